import json,sys,urllib.parse
A=json.load(open(sys.argv.pop(1)))['definitions']
out=sys.argv[1]
for t in sys.argv[2:]:
    src = t+'Writable' if t+'Writable' in A and 'Training' in t else t
    if src not in A: print('MISSING',t); continue
    seen={}; todo=[src]
    while todo:
        n=todo.pop()
        if n in seen: continue
        seen[n]=A[n]
        def walk(x):
            if isinstance(x,dict):
                for k,v in x.items():
                    if k=='$ref' and isinstance(v,str): todo.append(urllib.parse.unquote(v.split('/')[-1]))
                    else: walk(v)
            elif isinstance(x,list):
                for v in x: walk(v)
        walk(A[n])
    doc={"$ref":"#/definitions/"+urllib.parse.quote(src),"$schema":"http://json-schema.org/draft-07/schema#","definitions":dict(sorted(seen.items()))}
    json.dump(doc,open(f'{out}/{t}.schema.json','w'),indent=2); 
    print(t, '<-', src, len(seen))
