# converts hand-written notes (singles-*.txt, convs-*.txt) to JSONL; derives station from place via README rules
import csv, json, glob, re
from geo import nearest
from landmarks import L
G={r['id']:r for r in csv.DictReader(open('/work/shared/data/nagpur/gazetteer.csv'))}
H={r['x_handle']:r['id'] for r in csv.DictReader(open('/work/shared/data/nagpur/units.csv')) if r['x_handle'] and r['kind']=='station'}
CATS='theft violence women_safety traffic accident suspicious nuisance cyber_fraud missing_person police_conduct information feedback other'.split()
def place_station(p, pin=None):
    if p=='null': return None, None
    if p=='pin': return 'pin', nearest(*pin)[0]
    if p.startswith('handle:'): return 'handle', H[p[7:]]
    if p.startswith('landmark:'):
        n=p[9:]; return p, nearest(*L[n])[0]
    g=G[p]
    if g['station']: return p, g['station']
    if g['lat']: return p, nearest(float(g['lat']),float(g['lon']))[0]
    return p, None
def labels(cat,pri,lang,st):
    assert cat in CATS, cat; assert pri in ('p1','p2','p3'); assert lang in ('en','hi','mr','hi-Latn'), lang
    return {"category":cat,"priority":pri,"language":lang,"station":st}
singles=[]; convs=[]
for f in sorted(glob.glob('singles-*.txt')):
    for ln in open(f):
        ln=ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        ch,cat,pri,lang,pl,text=[x.strip() if i<5 else x for i,x in enumerate(ln.split('|',5))]
        text=text.strip()
        assert ch in ('x','whatsapp','telegram','web'), ln
        pin=None
        if pl.startswith('pin:'):
            pin=tuple(float(v) for v in pl[4:].split(',')); pl='pin'
        place,st=place_station(pl,pin)
        rec={"id":f"b11-{len(singles)+1:03d}","channel":ch,"text":text}
        if pin: rec["geo"]={"lat":pin[0],"lon":pin[1]}
        rec["labels"]=labels(cat,pri,lang,st); rec["place"]=place
        singles.append(rec)
for f in sorted(glob.glob('convs-*.txt')):
    for blk in open(f).read().split('\n\n'):
        lines=[l for l in blk.strip().split('\n') if l.strip() and not l.startswith('#')]
        if not lines: continue
        h=lines[0]; assert h.startswith('C|'), h
        _,ch,cat,pri,lang,pl=[x.strip() for x in h.split('|')]
        assert ch in ('whatsapp','telegram')
        msgs=[]; pin=None
        for l in lines[1:]:
            assert l.startswith('> '), l
            t=l[2:].strip()
            if t.startswith('PIN '):
                a,b=t[4:].split(','); g={"lat":float(a),"lon":float(b)}; msgs.append({"text":"","geo":g})
                if pl=='pin': pin=(g['lat'],g['lon'])
            else: msgs.append({"text":t})
        assert 2<=len(msgs)<=6, h
        place,st=place_station(pl,pin)
        convs.append({"id":f"b11c-{len(convs)+1:02d}","channel":ch,"messages":msgs,"labels":labels(cat,pri,lang,st),"place":place})
with open('../blind-11.jsonl','w') as o:
    for r in singles: o.write(json.dumps(r,ensure_ascii=False)+'\n')
with open('../blind-11-conversations.jsonl','w') as o:
    for r in convs: o.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(singles),'singles',len(convs),'convs')
