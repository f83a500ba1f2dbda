import json,collections,csv
from near import near
import build  # rebuilds files
S=[json.loads(l) for l in open('../blind-12.jsonl')]; C=[json.loads(l) for l in open('../blind-12-conversations.jsonl')]
G={g['id']:g for g in csv.DictReader(open('/work/shared/data/nagpur/gazetteer.csv'))}
cats=build.CATS
def catpri(R,title):
    c=collections.Counter((r['labels']['category'],r['labels']['priority']) for r in R)
    print(f'\n**{title}**\n\n| category | p1 | p2 | p3 | total |\n|---|---|---|---|---|')
    for k in cats: print(f"| {k} | {c[(k,'p1')]} | {c[(k,'p2')]} | {c[(k,'p3')]} | {sum(c[(k,p)] for p in ('p1','p2','p3'))} |")
    print(f"| **total** | {sum(v for (k,p),v in c.items() if p=='p1')} | {sum(v for (k,p),v in c.items() if p=='p2')} | {sum(v for (k,p),v in c.items() if p=='p3')} | {len(R)} |")
def simple(R,title,f):
    c=collections.Counter(f(r) for r in R)
    print(f'\n**{title}**\n\n| value | count |\n|---|---|'); [print(f'| {k} | {v} |') for k,v in c.most_common()]
def kind(r):
    p=r['place']
    if p is None: return 'no place (station null)'
    if p=='handle': return 'station X handle only'
    if p=='pin': return 'map pin'
    if p.startswith('landmark:'): return 'landmark not in gazetteer'
    g=G[p]; return f"gazetteer {g['kind']}"+(' with station' if g['station'] else ' without station (nearest station)')
catpri(S,'Single messages: category × priority'); catpri(C,'Conversations: category × priority')
for R,n in ((S,'single messages'),(C,'conversations')):
    simple(R,f'Language, {n}',lambda r:r['labels']['language'])
    simple(R,f'Channel, {n}',lambda r:r['channel'])
    simple(R,f'Kind of place, {n}',kind)
print('\n**Points within 0.3 km of equidistant between two stations (labelled with the nearest)**\n\n| record(s) | point | nearest (km) | second (km) |\n|---|---|---|---|')
seen={}
for r in S+C:
    p=r['place']; pt=None
    if p=='pin':
        geo=r.get('geo') or [m for m in r['messages'] if 'geo' in m][-1]['geo']; pt=(geo['lat'],geo['lon']); lab=f"pin {pt[0]}, {pt[1]}"
    elif p and p.startswith('landmark:'): pt=build.LM[p[9:]]; lab=p
    elif p in G and not G[p]['station'] and G[p]['lat']: pt=(float(G[p]['lat']),float(G[p]['lon'])); lab=f'gazetteer {p}'
    if pt:
        a,b=near(*pt)
        if b[0]-a[0]<0.3: seen.setdefault((lab,a[1],round(a[0],2),b[1],round(b[0],2)),[]).append(r['id'])
for (lab,s1,d1,s2,d2),ids in seen.items(): print(f"| {', '.join(ids)} | {lab} | {s1} ({d1}) | {s2} ({d2}) |")
print('\n**Assumed coordinates of landmarks not in the gazetteer**\n\n| landmark | lat | lon | nearest active station (km) | used in |\n|---|---|---|---|---|')
for k,(la,lo) in build.LM.items():
    a,b=near(la,lo); ids=[r['id'] for r in S+C if r['place']==f'landmark:{k}']
    if ids: print(f"| {k} | {la} | {lo} | {a[1]} ({a[0]:.2f}) | {', '.join(ids)} |")
