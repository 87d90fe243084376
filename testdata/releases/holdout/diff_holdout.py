#!/usr/bin/env python3
"""Print, per held-out document, the gold-vs-predicted differences (names, kinds,
roles, events, statistics). usage: diff_holdout.py [GOLD_DIR] [PRED.jsonl] [TOOLS_DIR]"""
import json,sys,glob,os
GOLD_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PRED = sys.argv[2] if len(sys.argv) > 2 else '/tmp/hold.jsonl'
sys.path.insert(0, sys.argv[3] if len(sys.argv) > 3 else '/work/shared/tools')
from score import norm
pred={}
for l in open(PRED,encoding='utf-8'):
    d=json.loads(l); pred[d['id']]=d
for gf in sorted(glob.glob(os.path.join(GOLD_DIR,'*.gold.json'))):
    g=json.load(open(gf)); p=pred[g['id']]; out=[]
    for cat in ['persons','organizations','places']:
        gn={norm(o['name']):o for o in g[cat]}; pn={norm(o['name']):o for o in p.get(cat,[])}
        if cat=='organizations':
            gk=set(); [gk.update({norm(o['name'])}|{norm(a) for a in o.get('aliases',[])}) for o in g[cat]]
            pk=set(); [pk.update({norm(o['name'])}|{norm(a) for a in o.get('aliases',[])}) for o in p.get(cat,[])]
            fp=[o['name']+str(o.get('aliases')) for o in p.get(cat,[]) if not ({norm(o['name'])}|{norm(a) for a in o.get('aliases',[])})&gk]
            fn=[o['name'] for o in g[cat] if not ({norm(o['name'])}|{norm(a) for a in o.get('aliases',[])})&pk]
        else:
            fp=[pn[k]['name']+('/'+pn[k].get('kind','') if cat=='places' else '') for k in pn if k not in gn]
            fn=[gn[k]['name'] for k in gn if k not in pn]
        if fp or fn: out.append(f"  {cat}: FP={fp} FN={fn}")
        if cat=='places':
            for k in gn.keys()&pn.keys():
                if gn[k]['kind']!=pn[k].get('kind'): out.append(f"  kind {k}: gold {gn[k]['kind']} pred {pn[k].get('kind')}")
    gr={(norm(o['name']),norm(r)) for o in g['persons'] for r in o['roles']}
    pr={(norm(o['name']),norm(r)) for o in p.get('persons',[]) for r in o.get('roles',[])}
    if gr!=pr: out.append(f"  roles FP={sorted(pr-gr)} FN={sorted(gr-pr)}")
    out.append("  GOLD EV: "+"; ".join(json.dumps({k:v for k,v in e.items()},ensure_ascii=False) for e in g['events']))
    out.append("  PRED EV: "+"; ".join(json.dumps({k:v for k,v in e.items() if k not in('trigger',) and v is not None},ensure_ascii=False)+" <"+(e.get('trigger') or {}).get('text','')+">" for e in p.get('events',[])))
    if g['countryGroupStats'] or p.get('countryGroupStats'):
        out.append("  GOLD ST: "+json.dumps(g['countryGroupStats'],ensure_ascii=False))
        out.append("  PRED ST: "+json.dumps([{k:v for k,v in s.items()} for s in p.get('countryGroupStats',[])],ensure_ascii=False))
    print(g['id']); print("\n".join(out))
