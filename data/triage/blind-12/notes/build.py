# converts hand-written notes (singles.txt, convs.txt) to JSONL; validates labels; fills station only where marked 'auto'
import csv, json, re, sys, collections
from near import near
G={g['id']:g for g in csv.DictReader(open('/work/shared/data/nagpur/gazetteer.csv'))}
UN={u['id']:u for u in csv.DictReader(open('/work/shared/data/nagpur/units.csv'))}
CATS="theft violence women_safety traffic accident suspicious nuisance cyber_fraud missing_person police_conduct information feedback other".split()
LM={ # assumed coordinates of landmarks not in gazetteer
 'Futala Lake':(21.1525,79.0425),'Variety Square':(21.1440,79.0830),'Maharajbagh':(21.1480,79.0720),
 'Jhansi Rani Square':(21.1435,79.0795),'Kasturchand Park':(21.1590,79.0840),'Chhatrapati Square':(21.1095,79.0705),
 'Mayo Hospital':(21.1505,79.0965),'Tekdi Ganesh Mandir':(21.1468,79.0835),'Telangkhedi Garden':(21.1535,79.0465),
 'Rahate Colony':(21.1295,79.0765),'Shatabdi Square':(21.1000,79.0860),'Reshimbagh':(21.1320,79.1080),
 'Empress Mall':(21.1395,79.0905),'Koradi Temple':(21.2440,79.0930),'Dragon Palace':(21.2155,79.2060),
 'Manewada':(21.1075,79.1080),'Dighori':(21.1040,79.1350),'Ganga Jamuna':(21.1520,79.1100),
}
AMB=[]
def station_for(place,geo):
    if place is None or place=='handle': return None
    if place=='pin': lat,lon=geo['lat'],geo['lon']
    elif place.startswith('landmark:'): lat,lon=LM[place[9:]]
    else:
        g=G[place]
        if g['station']: return g['station']
        lat,lon=float(g['lat']),float(g['lon'])
    a,b=near(lat,lon)
    if b[0]-a[0]<0.3: AMB.append((place,geo,a,b))
    return a[1]
def labels(hdr,geo,where):
    parts=[x.strip() for x in hdr.split('|')]
    if len(parts)==5: parts.append('auto')
    ch,cat,pri,lang,place,st=parts
    assert cat in CATS, (where,cat); assert pri in ('p1','p2','p3'),where; assert lang in ('en','hi','mr','hi-Latn'),where
    place=None if place=='null' else place
    if place and place.startswith('pin'): place='pin'
    auto=station_for(place,geo)
    if st=='auto': st=auto
    elif st=='null': st=None
    else:
        assert st in UN and UN[st]['status']=='active', (where,st)
        if place not in (None,'handle'): assert st==auto, (where,st,auto)
    if place=='handle': assert st, where
    if place is None: assert st is None, where
    return ch,{'category':cat,'priority':pri,'language':lang,'station':st},place
def blocks(fn):
    txt=open(fn,encoding='utf-8').read()
    return [b.strip('\n') for b in re.split(r'\n\s*\n',txt) if b.strip() and not b.strip().startswith('#')]
def pin(s):
    a,b=s.split(','); return {'lat':float(a),'lon':float(b)}
out=[]
for i,b in enumerate(blocks('singles.txt'),1):
    hdr,*rest=b.split('\n'); text=' '.join(rest).strip(); assert text,(i,b)
    geo=None; p=hdr.split('|')[4].strip()
    if p.startswith('pin:'): geo=pin(p[4:])
    ch,lab,place=labels(hdr,geo,i); assert ch in ('x','whatsapp','telegram','web'),i
    r={'id':'b12-%03d'%i,'channel':ch,'text':text}
    if geo: r['geo']=geo
    r['labels']=lab; r['place']=place; out.append(r)
conv=[]
for i,b in enumerate(blocks('convs.txt'),1):
    hdr,*rest=b.split('\n'); hdr=hdr[2:]; msgs=[]; geo=None
    for m in rest:
        if m.startswith('PIN '): geo=pin(m[4:]); msgs.append({'text':'','geo':geo})
        else: msgs.append({'text':m.strip()})
    assert 2<=len(msgs)<=6,(i,len(msgs))
    ch,lab,place=labels(hdr,geo,'c%d'%i); assert ch in ('whatsapp','telegram'),i
    if place=='pin': assert geo
    conv.append({'id':'b12c-%02d'%i,'channel':ch,'messages':msgs,'labels':lab,'place':place})
with open('../blind-12.jsonl','w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
with open('../blind-12-conversations.jsonl','w',encoding='utf-8') as f:
    for r in conv: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(out),'singles',len(conv),'convs'); [print('AMBIG',x) for x in AMB]
if '-s' in sys.argv:
    allr=out+conv
    C=collections.Counter
    for k in ('category','priority','language'):
        print(k,dict(C(r['labels'][k] for r in out)),'| conv',dict(C(r['labels'][k] for r in conv)))
    print('channel',dict(C(r['channel'] for r in out)),'| conv',dict(C(r['channel'] for r in conv)))
    def kind(p):
        if p is None: return 'none'
        if p in G: return 'gazetteer:'+G[p]['kind']+('' if G[p]['station'] else '(no station)')
        return p.split(':')[0]
    print('place',dict(C(kind(r['place']) for r in out)),'| conv',dict(C(kind(r['place']) for r in conv)))
    cp=C((r['labels']['category'],r['labels']['priority']) for r in out)
    print('catxpri singles'); [print(c,cp[(c,'p1')],cp[(c,'p2')],cp[(c,'p3')]) for c in CATS]
    cp=C((r['labels']['category'],r['labels']['priority']) for r in conv)
    print('catxpri convs'); [print(c,cp[(c,'p1')],cp[(c,'p2')],cp[(c,'p3')]) for c in CATS]
    print('stations',C(r['labels']['station'] for r in allr).most_common())
