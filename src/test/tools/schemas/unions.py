import json,sys,urllib.parse,glob
A=json.load(open(sys.argv.pop(1)))['definitions']
POLY={'ImageOutputFormat':['JpegOutputFormat','PngOutputFormat','WebpOutputFormat','GifOutputFormat'],
      'ChatCompletionMessage':['SystemMessage','UserMessage','AssistantMessage','ToolMessage'],
      'TrainingData':['ZipTrainingData'],
      'TrainingInputWritable':sorted(n for n in A if n.endswith('AiToolkitTrainingInputWritable'))}
def refs(x,acc):
    if isinstance(x,dict):
        for k,v in x.items():
            if k=='$ref' and isinstance(v,str): acc.add(urllib.parse.unquote(v.split('/')[-1]))
            else: refs(v,acc)
    elif isinstance(x,list):
        for v in x: refs(v,acc)
for f in sys.argv[1:]:
    doc=json.load(open(f)); D=doc['definitions']; changed=False
    for base,subs in POLY.items():
        if base in D:
            changed=True
            # the generator emits the discriminated base only; the official subtypes are what the server takes
            D[base]={'description':'union of the official subtypes of '+base,'anyOf':[{'$ref':'#/definitions/'+s} for s in subs]}
            todo=list(subs)
            while todo:
                n=todo.pop()
                if n in D and n not in subs: continue
                if n not in A: continue
                D[n]=A[n]; acc=set(); refs(A[n],acc); todo+= [r for r in acc if r not in D]
    if changed:
        doc['definitions']=dict(sorted(D.items())); json.dump(doc,open(f,'w'),indent=2); print('patched',f.split('/')[-1])
