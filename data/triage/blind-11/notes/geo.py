import csv, math, sys
U='/work/shared/data/nagpur/units.csv'; G='/work/shared/data/nagpur/gazetteer.csv'
st=[r for r in csv.DictReader(open(U)) if r['kind']=='station' and r['status']=='active' and r['lat']]
def hav(a,b,c,d):
    R=6371.0; p1,p2=math.radians(a),math.radians(c); dp=p2-p1; dl=math.radians(d-b)
    h=math.sin(dp/2)**2+math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2
    return 2*R*math.asin(math.sqrt(h))
def nearest(lat,lon):
    ds=sorted((hav(lat,lon,float(s['lat']),float(s['lon'])),s['id']) for s in st)
    win = ds[0][1] if ds[1][0]-ds[0][0]>=0.3 else None
    return win, ds[:2]
if __name__=='__main__':
    if len(sys.argv)>2:
        print(nearest(float(sys.argv[1]),float(sys.argv[2])))
    else:
        for r in csv.DictReader(open(G)):
            if not r['station']:
                if r['lat']: print(r['id'], nearest(float(r['lat']),float(r['lon'])))
                else: print(r['id'],'NO COORD -> null')
