import sys,re
fn,sub,new=sys.argv[1:4]
t=open(fn,encoding='utf-8').read()
bl=re.split(r'(\n\s*\n)',t)
n=0
for i,b in enumerate(bl):
    if sub in b:
        h,rest=b.lstrip('\n').split('\n',1); bl[i]=new+'\n'+rest; n+=1
assert n==1,n
open(fn,'w',encoding='utf-8').write(''.join(bl))
