# Draws the sealed split from test/corpus/incoming by the fixed rule in docs/evaluation.md ("How
# the split was drawn"), moves the files into dev/ and sealed/, writes test/corpus/index.csv. Run once.
import csv, hashlib, math, os, re, shutil, sys, glob, collections
root=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))  # test/
inc=f'{root}/corpus/incoming'
WIRES={'reuters','ap','associated press','afp','antara','antara news','bernama','xinhua','tass','anadolu','anadolu agency','yonhap','kyodo','bloomberg','ria novosti','kcna'}
SLD={'co','com','or','ac','go','net','org','gov','web','my','sch','mil','edu','ne'}
def site(url):
    h=re.sub(r'^https?://','',url).split('/')[0].lower().split(':')[0]
    parts=h.split('.')
    if len(parts)>=3 and parts[-2] in SLD: return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])
arts=[]
already=set(os.path.basename(x)[:-3] for x in glob.glob(f'{root}/corpus/dev/*/*.md'))
for f in sorted(glob.glob(f'{inc}/*/*.md')):
    if os.path.basename(f)[:-3] in already: continue
    txt=open(f).read()
    fm=re.match(r'^---\n(.*?)\n---\n',txt,re.S).group(1)
    meta={}
    for line in fm.split('\n'):
        m=re.match(r'^(\w+):\s*(.*)$',line)
        if m: meta[m.group(1)]=m.group(2).strip().strip('"')
    meta['path']=f; meta['site']=site(meta['url'])
    arts.append(meta)
# sources.csv rows
src={}
for f in glob.glob(f'{inc}/*/_sources.csv'):
    for row in csv.DictReader(open(f)): src[row['id']]=row
# union outlet names and sites into groups
parent={}
def find(x):
    parent.setdefault(x,x)
    while parent[x]!=x: parent[x]=parent[parent[x]]; x=parent[x]
    return x
def union(a,b): parent[find(a)]=find(b)
for a in arts: union('o:'+a['outlet'].lower(),'s:'+a['site'])
groups=collections.defaultdict(list)
for a in arts: groups[find('o:'+a['outlet'].lower())].append(a)
ev_total=collections.Counter(a['event'] for a in arts)
sealed=set(); ev_sealed=collections.Counter(); lang=collections.Counter()
order=sorted(groups, key=lambda g: hashlib.sha1(g.encode()).hexdigest())
TARGET_LANG={'id':12,'en':12}
for g in order:
    members=groups[g]
    if any(m['outlet'].lower() in WIRES for m in members): continue
    if len({m['event'] for m in members})>1: continue
    ev=members[0]['event']
    if ev_sealed[ev]+len(members) > math.ceil(ev_total[ev]*0.3): continue
    ls=collections.Counter(m['language'] for m in members)
    if any(lang[l]+n > TARGET_LANG[l] for l,n in ls.items()): continue
    for m in members: sealed.add(m['id'])
    ev_sealed[ev]+=len(members); lang.update(ls)
    if lang['id']>=TARGET_LANG['id'] and lang['en']>=TARGET_LANG['en']: break
dev=[a for a in arts if a['id'] not in sealed]
sl=[a for a in arts if a['id'] in sealed]
print('sealed',len(sl),collections.Counter(a['language'] for a in sl),dict(ev_sealed))
print('dev',len(dev),'outlets',len({a['outlet'] for a in dev}),'en',sum(a['language']=='en' for a in dev),'events',len({a['event'] for a in dev}))
if '--apply' in sys.argv:
    for a in arts:
        split='sealed' if a['id'] in sealed else 'dev'
        d=f"{root}/corpus/{split}/{a['event']}"; os.makedirs(d,exist_ok=True)
        shutil.move(a['path'],f"{d}/{a['id']}.md")
        os.makedirs(f'{root}/gold/{split}',exist_ok=True)
        g=f"{root}/gold/incoming/{a['id']}.jsonl"
        if os.path.exists(g): shutil.move(g,f"{root}/gold/{split}/{a['id']}.jsonl")
    for i in already:  # incoming copies of articles already in dev
        for f in glob.glob(f'{inc}/*/{i}.md')+glob.glob(f'{root}/gold/incoming/{i}.jsonl'): os.remove(f)
    rows=[]
    for f in sorted(glob.glob(f'{root}/corpus/dev/*/*.md')+glob.glob(f'{root}/corpus/sealed/*/*.md')):
        split=f.split('/corpus/')[1].split('/')[0]
        fm=re.match(r'^---\n(.*?)\n---\n',open(f).read(),re.S).group(1)
        meta=dict(m.groups() for m in (re.match(r'^(\w+):\s*(.*)$',l) for l in fm.split('\n')) if m)
        s=src.get(meta['id'],{})
        rows.append({'id':meta['id'],'split':split,'event':meta['event'],'outlet':meta['outlet'].strip('"'),'language':meta['language'],'published':meta.get('published',''),'url':meta['url'],'found_by_search':s.get('query','')})
    rows.sort(key=lambda r:(r['split'],r['event'],r['id']))
    with open(f'{root}/corpus/index.csv','w',newline='') as fh:
        w=csv.DictWriter(fh,fieldnames=list(rows[0].keys())); w.writeheader(); w.writerows(rows)
    print('applied', len(rows), 'rows')
