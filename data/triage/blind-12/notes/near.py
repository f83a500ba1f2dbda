import csv, math, sys
U=[r for r in csv.DictReader(open('/work/shared/data/nagpur/units.csv')) if r['kind']=='station' and r['status']=='active' and r['lat']]
def d(a,b,c,e):
    R=6371.0088; p1,p2=math.radians(a),math.radians(c); dp=p2-p1; dl=math.radians(e-b)
    h=math.sin(dp/2)**2+math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2
    return 2*R*math.asin(math.sqrt(h))
def near(lat,lon):
    s=sorted((d(lat,lon,float(u['lat']),float(u['lon'])),u['id']) for u in U)
    return s[0],s[1]
if __name__=='__main__':
    if len(sys.argv)>2:
        a,b=near(float(sys.argv[1]),float(sys.argv[2])); print(a,b,'AMBIG' if b[0]-a[0]<0.3 else '')
    else:
        for g in csv.DictReader(open('/work/shared/data/nagpur/gazetteer.csv')):
            if not g['station'] and g['lat']:
                a,b=near(float(g['lat']),float(g['lon']))
                print(g['id'],a[1],round(a[0],2),b[1],round(b[0],2),'AMBIG' if b[0]-a[0]<0.3 else '')
