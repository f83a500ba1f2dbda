import json, collections as C
S=[json.loads(l) for l in open('../blind-11.jsonl')]; V=[json.loads(l) for l in open('../blind-11-conversations.jsonl')]
cats='theft violence women_safety traffic accident suspicious nuisance cyber_fraud missing_person police_conduct information feedback other'.split()
def kind(p):
    if p is None: return 'none'
    if p in ('pin','handle'): return p
    if p.startswith('landmark:'): return 'landmark (not in gazetteer)'
    return 'gazetteer'
def table(R,title):
    out=[f"### {title} ({len(R)})","","| category | p1 | p2 | p3 | total |","| --- | --- | --- | --- | --- |"]
    c=C.Counter((r['labels']['category'],r['labels']['priority']) for r in R)
    for k in cats: out.append(f"| `{k}` | {c[(k,'p1')]} | {c[(k,'p2')]} | {c[(k,'p3')]} | {sum(c[(k,p)] for p in ('p1','p2','p3'))} |")
    pc=C.Counter(r['labels']['priority'] for r in R)
    out.append(f"| **total** | {pc['p1']} | {pc['p2']} | {pc['p3']} | {len(R)} |")
    out.append("")
    for name,f in [('language',lambda r:r['labels']['language']),('channel',lambda r:r['channel']),('kind of place',lambda r:kind(r['place'])),('station null / set',lambda r:'null' if r['labels']['station'] is None else 'set')]:
        cc=C.Counter(f(r) for r in R)
        out.append(f"- {name}: "+", ".join(f"{k} {v}" for k,v in cc.most_common()))
    out.append("")
    return "\n".join(out)
print(table(S,'Single messages')); print(table(V,'Conversations'))
print("- conversation lengths: "+", ".join(f"{k} messages: {v}" for k,v in sorted(C.Counter(len(r['messages']) for r in V).items())))
print("- conversations with a pin message: %d"%sum(any('geo' in m for m in r['messages']) for r in V))
st=C.Counter(r['labels']['station'] for r in S+V if r['labels']['station'])
print("- stations used (singles + conversations): %d distinct"%len(st))
