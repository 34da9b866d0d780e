import csv, sys, re
from collections import defaultdict, OrderedDict
SRC='/tmp/seedwork/orig/'; DST='/work/wt/seed/seed-data/'
D1='2025-03-01'; D2='2025-07-01'
def rd(f): 
    with open(SRC+f, encoding='utf-8') as h: return list(csv.DictReader(h))
def wr(f, rows, cols):
    with open(DST+f,'w',encoding='utf-8',newline='') as h:
        w=csv.DictWriter(h, fieldnames=cols, lineterminator='\n'); w.writeheader()
        for r in rows: w.writerow({c:r.get(c,'') for c in cols})

# ---------------- mandates
M=rd('mandates.csv'); MC=['code','kind','number','title','issuer','issued_on','effective_from','repealed_on','replaced_by']
mi={m['code']:m for m in M}
mi['L-DTC-2019'].update(repealed_on='2025-01-01', replaced_by='L-DTC-2024')
mi['L-GTDB-2008'].update(replaced_by='L-TTATGTDB-2024')
mi['ND-45-2025'].update(repealed_on=D2, replaced_by='ND-150-2025')
mi['ND-108-2020'].update(effective_from='2020-11-25', repealed_on=D1)
new=[
 dict(code='L-DTC-2024',kind='LAW',number='58/2024/QH15',title='Luật Đầu tư công',issuer='Quốc hội',issued_on='2024-11-29',effective_from='2025-01-01'),
 dict(code='L-DB-2024',kind='LAW',number='35/2024/QH15',title='Luật Đường bộ',issuer='Quốc hội',issued_on='2024-06-27',effective_from='2025-01-01'),
 dict(code='L-TTATGTDB-2024',kind='LAW',number='36/2024/QH15',title='Luật Trật tự, an toàn giao thông đường bộ',issuer='Quốc hội',issued_on='2024-06-27',effective_from='2025-01-01'),
 dict(code='NQ-202-2025',kind='RESOLUTION',number='202/2025/QH15',title='Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',issuer='Quốc hội',issued_on='2025-06-12',effective_from='2025-06-12'),
 dict(code='KL-134-TW-2025',kind='CONCLUSION',number='134-KL/TW',title='Kết luận về Đề án sắp xếp, tinh gọn hệ thống cơ quan thanh tra',issuer='Bộ Chính trị, Ban Bí thư',issued_on='2025-03-28',effective_from='2025-03-28'),
 dict(code='ILLUS-NQ-HDND-BL-2025',kind='RESOLUTION',number='(minh họa)',title='Nghị quyết của HĐND tỉnh Bạc Liêu về việc thành lập, tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh từ 1/3/2025 (mã minh họa, chưa đối chiếu số hiệu)',issuer='Hội đồng nhân dân tỉnh Bạc Liêu',issued_on='2025-02-28',effective_from=D1),
 dict(code='ILLUS-CA-2025',kind='DECREE',number='(minh họa)',title='Văn bản năm 2025 giao Bộ Công an và công an tỉnh quản lý lý lịch tư pháp, sát hạch và cấp giấy phép lái xe, an toàn thông tin mạng, cai nghiện ma túy (mã minh họa, chưa đối chiếu số hiệu)',issuer='Chính phủ',issued_on='2025-02-28',effective_from=D1),
]
for n in new: M.append(n); mi[n['code']]=n
def inforce(code, day):
    m=mi[code]; return m['effective_from']<=day and (not m.get('repealed_on') or m['repealed_on']>day)

# ---------------- functions
F={f['code']:f for f in rd('functions.csv')}

# ---------------- admin units
U=rd('admin-units.csv'); UC=['code','name','name_en','level','parent_code','valid_from','valid_to']
for u in U: u['valid_to']=D2
U.append(dict(code='CM',name='Tỉnh Cà Mau',name_en='Ca Mau Province',level='PROVINCE',parent_code='',valid_from=D2))
wards={'BL.TPBL.P1','BL.TPBL.P7'}

# ---------------- agencies
A=rd('agencies.csv'); AC=['code','name','name_en','sector','kind','admin_unit_code','status','staff_quota','valid_from','valid_to']
ai={a['code']:a for a in A}
merge_prov={'BL_SKHDT':'BL_STC','BL_SGTVT':'BL_SXD','BL_STNMT':'BL_SNNMT','BL_SNNPTNT':'BL_SNNMT',
            'BL_STTTT':'BL_SKHCN','BL_SLDTBXH':'BL_SNV','BL_BDT':'BL_SDTTG','BL_BTG_SNV':'BL_SDTTG'}
districts=['TPBL','VL','HD']
merge_dist={f'{d}_PLDTBXH':f'{d}_PNV' for d in districts}
ended_d1=set(merge_prov)|set(merge_dist)|{f'{d}_CA' for d in districts}
for a in A:
    a['valid_to']=D1 if a['code'] in ended_d1 else D2
ai['BL_BTG_SNV']['valid_from']='2010-01-01'
# commune quotas: one quota per commune (ND 33/2023 counts cán bộ and công chức together): keep it on the UBND only
for a in A:
    if a['admin_unit_code'].count('.')==2 and a['kind'] not in ('PEOPLES_COMMITTEE',): a['staff_quota']=''
# absorbing bodies: a new period from D1 with the staff of both
extra=[]
for tgt,srcs in [('BL_STC',['BL_SKHDT']),('BL_SXD',['BL_SGTVT']),('BL_SKHCN',['BL_STTTT']),('BL_SNV',['BL_SLDTBXH','BL_BTG_SNV'])]:
    a=ai[tgt]; b=dict(a); a['valid_to']=D1; b['valid_from']=D1; b['valid_to']=D2
    q=int(a['staff_quota'] or 0)+sum(int(ai[s]['staff_quota'] or 0) for s in srcs)
    if tgt=='BL_SNV': q-=int(ai['BL_BTG_SNV']['staff_quota'] or 0)*2  # religion board leaves for SDTTG
    b['staff_quota']=str(q); extra.append(b)
def newag(code,name,name_en,kind,unit,quota,vf,vt,sector='STATE'):
    return dict(code=code,name=name,name_en=name_en,sector=sector,kind=kind,admin_unit_code=unit,status='ACTIVE',staff_quota=str(quota) if quota!='' else '',valid_from=vf,valid_to=vt)
extra.append(newag('BL_SNNMT','Sở Nông nghiệp và Môi trường','Department of Agriculture and Environment','DEPARTMENT','BL',int(ai['BL_STNMT']['staff_quota'])+int(ai['BL_SNNPTNT']['staff_quota']),D1,D2))
extra.append(newag('BL_SDTTG','Sở Dân tộc và Tôn giáo','Department of Ethnic and Religious Affairs','DEPARTMENT','BL',int(ai['BL_BDT']['staff_quota'])+int(ai['BL_BTG_SNV']['staff_quota']),D1,D2))
A+=extra

# ---------------- responsibilities
R=rd('responsibilities.csv'); RC=['agency_code','function_code','role','mandate_code','article','valid_from','valid_to']
# review fixes
R=[r for r in R if not (r['agency_code'].split('_')[0]=='TPBL' and r['agency_code'].split('_')[1] in ('P1','P7') and r['function_code'] in ('AGRI.NTM','TRANS.RURALROAD'))]
for r in R:
    if r['agency_code'].endswith('_PYT') and r['function_code']=='HEALTH.INSUR': r['role']='LEAD'
    if r['agency_code']=='BL_TT_XTDTTMDL' and r['function_code'] in ('TRADE.PROMO','CULT.TOURPROMO'): r['role']='COORDINATE'
# the district office's roads are district roads (TRANS.INFRA); commune roads are the communes' (TRANS.RURALROAD)
R=[r for r in R if not (r['agency_code'].endswith('_PKTHT') and r['function_code']=='TRANS.RURALROAD')]
# group
def key(r): return (r['agency_code'],r['function_code'],r['role'])
G=OrderedDict()
for r in R: G.setdefault(key(r),[]).append(r)
# police takes these from D1
to_police={'JUST.RECORD':'BL_STP','TRANS.LICENSE':'BL_SGTVT','ICT.SECURITY':'BL_STTTT'}
for k,rows in G.items():
    if k[1] in to_police and k[0]==to_police[k[1]]:
        for r in rows: r['valid_to']=D1
# successor mandates for instruments replaced
succ_rows=[]
for k,rows in G.items():
    ms={r['mandate_code'] for r in rows}
    per=(rows[0].get('valid_from',''),rows[0].get('valid_to',''))
    add=[]
    if 'L-DTC-2019' in ms: add.append('L-DTC-2024')
    if 'L-GTDB-2008' in ms: add.append('L-TTATGTDB-2024' if k[1] in ('TRANS.ENFORCE','TRANS.SAFETY','TRANS.LICENSE') else 'L-DB-2024')
    if ms & {'ND-24-2014','ND-107-2020','ND-37-2014','ND-108-2020'} and k[0] not in ended_d1 and per[1]!=D1: add.append('ND-45-2025')
    if 'L-TCCQDP-2015' in ms: add+=['L-TCCQDP-2025-65','L-TCCQDP-2025-72']
    for m in add:
        if m not in ms: succ_rows.append(dict(agency_code=k[0],function_code=k[1],role=k[2],mandate_code=m,article='',valid_from=per[0],valid_to=per[1]))
R+=succ_rows
G=OrderedDict()
for r in R: G.setdefault(key(r),[]).append(r)

REPL_D1={'ND-24-2014':'ND-45-2025','ND-107-2020':'ND-45-2025','ND-37-2014':'ND-45-2025','ND-108-2020':'ND-45-2025','ILLUS-QD-UBND-BL-SO':'ILLUS-NQ-HDND-BL-2025'}
def carry(mset, day, repl, default):
    out=[]
    for m in mset:
        m=repl.get(m,m)
        if m and inforce(m, day) and m not in out: out.append(m)
    if default not in out: out.append(default)
    return out
moves_d1=[]  # (from, to, function)
def dest_d1(ag, fn):
    if ag in ('BL_SGTVT',) and fn=='TRANS.LICENSE': return 'BL_CA'
    if ag=='BL_STTTT' and fn=='ICT.SECURITY': return 'BL_CA'
    if ag=='BL_SGTVT' and fn=='TRANS.ENFORCE': return None
    if ag=='BL_STTTT' and fn in ('ICT.PRESS','ICT.PUBLISH','ICT.GRASS','ICT.EXTERNAL'): return 'BL_SVHTTDL'
    if ag=='BL_SLDTBXH':
        if fn=='LAB.VOC': return 'BL_SGDDT'
        if fn in ('LAB.WELFARE','LAB.CHILD','LAB.SOCEVIL'): return 'BL_SYT'
        if fn=='LAB.POVERTY': return 'BL_SNNMT'
    if ag in merge_dist:
        d=ag.split('_')[0]
        if fn=='LAB.VOC': return f'{d}_PGDDT'
        if fn=='EDU.CENTER': return None   # Phòng GD&ĐT already leads the centre
        if fn in ('LAB.WELFARE','LAB.CHILD','LAB.SOCEVIL'): return f'{d}_PYT'
    if ag in merge_prov: return merge_prov[ag]
    if ag in merge_dist: return merge_dist[ag]
    return None
newR=[]
held=set(G.keys())
def held_fn(agency, fn): return any(k[0]==agency and k[1]==fn for k in held)
for k,rows in list(G.items()):
    ag,fn,role=k
    if k[1] in to_police and ag==to_police[fn]:
        t='BL_CA'
    elif ag in ended_d1:
        t=dest_d1(ag,fn)
    else: continue
    if t is None: continue
    if (t,fn,role) in held or (role!='LEAD' and held_fn(t,fn)):
        moves_d1.append((ag,t,fn)); continue
    if role=='LEAD':
        for k2,rows2 in G.items():
            if k2[0]==t and k2[1]==fn and k2[2]!='LEAD':
                for r2 in rows2: r2['valid_to']=D1
                held.discard(k2)
    default='ILLUS-CA-2025' if t=='BL_CA' else 'ND-45-2025'
    ms=carry([r['mandate_code'] for r in rows], D1, REPL_D1, default)
    if t=='BL_CA' and 'L-CAND-2018' not in ms: ms.insert(0,'L-CAND-2018')
    for m in ms: newR.append(dict(agency_code=t,function_code=fn,role=role,mandate_code=m,article='',valid_from=D1,valid_to=D2 if t.startswith('BL_') or t.split('_')[0] in districts else ''))
    held.add((t,fn,role)); moves_d1.append((ag,t,fn))
R+=newR

# ---------------- reporting lines
L=rd('reporting-lines.csv'); LC=['agency_code','superior_code','line','valid_from','valid_to']
allmap={**merge_prov,**merge_dist}
newL=[]
seen={(l['agency_code'],l['superior_code'],l['line']) for l in L}
for l in L:
    a,s=l['agency_code'],l['superior_code']
    if s in allmap and a not in ended_d1:
        t=(a,allmap[s],l['line'])
        if t not in seen and t[0]!=t[1]: seen.add(t); newL.append(dict(agency_code=a,superior_code=allmap[s],line=l['line'],valid_from=D1))
    if a in ('BL_SNNPTNT','BL_BDT'):
        t=(allmap[a],s,l['line'])
        if t not in seen: seen.add(t); newL.append(dict(agency_code=allmap[a],superior_code=s,line=l['line'],valid_from=D1))
L+=newL

# ---------------- function-level rules
FL=rd('function-levels.csv'); FC=['function_code','level','mandate_code','valid_from','valid_to']
for f in FL:
    if f['level']=='DISTRICT':
        if f['mandate_code'] in ('L-CAND-2018','ND-168-2024','ND-100-2019'): f['valid_to']=D1
        elif not f['valid_to']: f['valid_to']=D2
FL.append(dict(function_code='HEALTH.INSUR',level='DISTRICT',mandate_code='ND-37-2014',valid_to=D2))
FL.append(dict(function_code='HEALTH.INSUR',level='DISTRICT',mandate_code='ND-45-2025',valid_to=D2))
for f in list(FL):
    if f['level']=='PROVINCE' and f['mandate_code']=='ND-45-2025':
        FL.append(dict(function_code=f['function_code'],level='PROVINCE',mandate_code='ND-150-2025',valid_from=D2))

# ================= 1 July 2025: Cà Mau
M.append(dict(code='ILLUS-QD-UBND-CM-SO',kind='DECISION',number='(minh họa)',title='Các quyết định của UBND tỉnh Cà Mau (mới) quy định chức năng, nhiệm vụ của sở, ngành từ 1/7/2025 (mã minh họa, gộp nhiều quyết định)',issuer='Ủy ban nhân dân tỉnh Cà Mau',issued_on=D2,effective_from=D2))
M.append(dict(code='ILLUS-QD-TU-CM',kind='DECISION',number='(minh họa)',title='Quyết định của Tỉnh ủy Cà Mau (mới) về chức năng, nhiệm vụ của các ban, văn phòng Tỉnh ủy (mã minh họa)',issuer='Tỉnh ủy Cà Mau',issued_on=D2,effective_from=D2))
for n in M[-2:]: mi[n['code']]=n
def exists(a, day): return (a.get('valid_from','')<=day) and (not a.get('valid_to') or a['valid_to']>day)
last='2025-06-30'
blprov=[a for a in A if a['admin_unit_code']=='BL' and exists(a,last)]
keep={'BL_TU':'CM_TU','BL_BTC_TU':'CM_BTC_TU','BL_BTG_TU':'CM_BTGDV_TU','BL_BDV_TU':'CM_BTGDV_TU','BL_BNC_TU':'CM_BNC_TU','BL_UBKT_TU':'CM_UBKT_TU','BL_VP_TU':'CM_VP_TU','BL_TCT':'CM_TCT',
 'BL_HDND':'CM_HDND','BL_VP_DBQH_HDND':'CM_VP_DBQH_HDND','BL_UBND':'CM_UBND','BL_VP_UBND':'CM_VP_UBND','BL_TTR':'CM_TTR','BL_TT_PVHCC':'CM_TT_PVHCC',
 'BL_MTTQ':'CM_MTTQ','BL_TD':'CM_TD','BL_HLHPN':'CM_HLHPN','BL_HND':'CM_HND','BL_HCCB':'CM_HCCB','BL_LDLD':'CM_LDLD','BL_TAND':'CM_TAND','BL_VKSND':'CM_VKSND','BL_CA':'CM_CA','BL_BCHQS':'CM_BCHQS','BL_BDBP':'CM_BDBP'}
for d in ['SNV','STP','STC','SCT','SNNMT','SXD','SKHCN','SVHTTDL','SGDDT','SYT','SDTTG']: keep['BL_'+d]='CM_'+d
# administrative superior of each folded body
adm={}
for l in L:
    if l['line']=='ADMINISTRATIVE': 
        a=ai.get(l['agency_code']) or {}
        s=l['superior_code']
        if exists({'valid_from':l.get('valid_from',''),'valid_to':l.get('valid_to','')},last) and any(x['code']==s and exists(x,last) for x in A): adm[l['agency_code']]=s
fold={}
for a in blprov:
    c=a['code']
    if c in keep: continue
    if c in ('BL_TT_XTDTTMDL','BL_BQLDA_XD'): continue
    p=adm.get(c)
    if p in keep: fold[c]=keep[p]
    else: print('not carried', c, p)
cm_names={'CM_BTGDV_TU':('Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau','Propaganda and Mass Mobilisation Board of the Ca Mau Provincial Party Committee'),
          'CM_TCT':('Trường Chính trị tỉnh Cà Mau','Ca Mau Provincial Political School')}
cmA=[]; made=set()
for a in blprov:
    c=a['code']
    if c not in keep or keep[c] in made: continue
    t=keep[c]; made.add(t)
    n,ne=cm_names.get(t,(a['name'].replace('Bạc Liêu','Cà Mau'),a['name_en'].replace('Bac Lieu','Ca Mau')))
    if t in ('CM_TU','CM_BTC_TU','CM_BNC_TU','CM_UBKT_TU','CM_VP_TU') and 'Cà Mau' not in n: n+=' Cà Mau'; ne=ne.replace('Provincial Party Committee','Ca Mau Provincial Party Committee') if 'Provincial Party Committee' in ne else ne
    cmA.append(dict(code=t,name=n,name_en=ne,sector=a['sector'],kind=a['kind'],admin_unit_code='CM',status='ACTIVE',staff_quota='',valid_from=D2,valid_to=''))
A+=cmA
REPL_D2={'ND-24-2014':'ND-150-2025','ND-107-2020':'ND-150-2025','ND-45-2025':'ND-150-2025','ND-37-2014':'ND-150-2025','ND-108-2020':'ND-150-2025',
 'L-TCCQDP-2015':'L-TCCQDP-2025-72','L-TCCQDP-2025-65':'L-TCCQDP-2025-72','ILLUS-QD-UBND-BL-SO':'ILLUS-QD-UBND-CM-SO','ILLUS-NQ-HDND-BL-2025':'ILLUS-QD-UBND-CM-SO','ILLUS-QD-TU-BL':'ILLUS-QD-TU-CM'}
def holds(r, day): return exists({'valid_from':r.get('valid_from',''),'valid_to':r.get('valid_to','')},day)
G=OrderedDict()
for r in R:
    if r['agency_code'] in keep or r['agency_code'] in fold:
        if holds(r,last): G.setdefault(key(r),[]).append(r)
cmR=OrderedDict()  # (agency,fn,role) -> list of (mandate,article)
pairs=defaultdict(set)
order=[k for k in G if k[0] in keep]+[k for k in G if k[0] in fold]
for k in order:
    rows=G[k]; ag,fn,role=k
    t=keep.get(ag) or fold.get(ag)
    if ag in fold and any(x[0]==t and x[1]==fn for x in cmR): pairs[(ag,t)].add(fn); continue
    ms=[]
    for r in rows:
        m=REPL_D2.get(r['mandate_code'],r['mandate_code'])
        art=r['article'] if m==r['mandate_code'] else ''
        if m and inforce(m,D2) and m not in [x[0] for x in ms]: ms.append((m,art))
    if not ms:
        dflt='ND-150-2025' if ai.get(ag,{}).get('sector')=='STATE' or ag in ('BL_SNNMT','BL_SDTTG') else None
        if dflt is None: print('no mandate in force', k, [r['mandate_code'] for r in rows]); continue
        ms=[(dflt,'')]
    cur=cmR.setdefault((t,fn,role),[])
    for m in ms:
        if m[0] not in [x[0] for x in cur]: cur.append(m)
    pairs[(ag,t)].add(fn)
for (t,fn,role),ms in cmR.items():
    for m,art in ms: R.append(dict(agency_code=t,function_code=fn,role=role,mandate_code=m,article=art))
# reporting lines of Cà Mau
cmL=set()
for l in L:
    a,s=l['agency_code'],l['superior_code']
    if a in keep and s in keep and holds(l,last) and any(x['code']==a and exists(x,last) for x in A) and any(x['code']==s and exists(x,last) for x in A):
        ta,ts=keep[a],keep[s]
        if ta!=ts: cmL.add((ta,ts,l['line']))
for o in ['CM_TD','CM_HLHPN','CM_HND','CM_HCCB','CM_LDLD']: cmL.add((o,'CM_MTTQ','ADMINISTRATIVE'))
for t in sorted(cmL): L.append(dict(agency_code=t[0],superior_code=t[1],line=t[2]))

# ================= changes.csv
E_=[]
def ev(code,date,kind,fr,to,fns='',m='',note=''):
    E_.append(dict(code=code,date=date,kind=kind,from_codes=';'.join(fr),to_codes=';'.join(to),function_codes=';'.join(fns),mandate_code=m,note=note))
NB='ILLUS-NQ-HDND-BL-2025'
ev('EV_2025_03_01_STC',D1,'MERGE',['BL_SKHDT','BL_STC'],['BL_STC'],m=NB,note='Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính (Nghị định 45/2025/NĐ-CP, Điều 8)')
ev('EV_2025_03_01_SXD',D1,'MERGE',['BL_SGTVT','BL_SXD'],['BL_SXD'],m=NB,note='Sở Giao thông vận tải hợp nhất vào Sở Xây dựng; sát hạch, cấp giấy phép lái xe sang Công an tỉnh')
ev('EV_2025_03_01_SNNMT',D1,'MERGE',['BL_SNNPTNT','BL_STNMT'],['BL_SNNMT'],m=NB,note='Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường hợp nhất thành Sở Nông nghiệp và Môi trường')
ev('EV_2025_03_01_SKHCN',D1,'MERGE',['BL_STTTT','BL_SKHCN'],['BL_SKHCN'],m=NB,note='Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ; báo chí, xuất bản, thông tin cơ sở, thông tin đối ngoại sang Sở VHTTDL; an toàn thông tin mạng sang Công an tỉnh')
ev('EV_2025_03_01_SNV',D1,'MERGE',['BL_SLDTBXH','BL_SNV'],['BL_SNV'],m=NB,note='Sở Lao động - Thương binh và Xã hội hợp nhất vào Sở Nội vụ; giáo dục nghề nghiệp sang Sở GD&ĐT; bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội sang Sở Y tế; giảm nghèo sang Sở Nông nghiệp và Môi trường; cai nghiện ma túy sang Công an tỉnh')
ev('EV_2025_03_01_SDTTG',D1,'MERGE',['BL_BDT','BL_BTG_SNV'],['BL_SDTTG'],m=NB,note='Ban Dân tộc và Ban Tôn giáo (thuộc Sở Nội vụ) thành Sở Dân tộc và Tôn giáo')
grp=defaultdict(list)
mt={**merge_prov,**merge_dist}
for f,t,fn in moves_d1:
    if mt.get(f)==t: continue
    if fn not in grp[(f,t)]: grp[(f,t)].append(fn)
for (f,t),fns in sorted(grp.items()):
    police=t=='BL_CA'
    ev(f'EV_2025_03_01_{f}_{t}'.replace('BL_','').replace('__','_'),D1,'TRANSFER',[f],[t],fns,m='ILLUS-CA-2025' if police else ('ND-45-2025'),note='Chuyển nhiệm vụ sang Công an tỉnh từ 1/3/2025' if police else 'Chuyển nhiệm vụ khi sắp xếp cơ quan chuyên môn từ 1/3/2025')
for d in districts:
    ev(f'EV_2025_03_01_{d}_PNV',D1,'MERGE',[f'{d}_PLDTBXH',f'{d}_PNV'],[f'{d}_PNV'],m='ND-45-2025',note='Phòng Lao động - TB&XH hợp nhất vào Phòng Nội vụ (Nghị định 45/2025/NĐ-CP)')
ev('EV_2025_03_01_CA_HUYEN',D1,'DISSOLVE',[f'{d}_CA' for d in districts],[],note='Kết thúc hoạt động công an cấp huyện; công an tổ chức theo ba cấp (Bộ, tỉnh, xã)')
# 1 July
ev('EV_2025_07_01_CA_MAU',D2,'UNIT_MERGE',['BL'],['CM'],m='NQ-202-2025',note='Sắp xếp toàn bộ diện tích, dân số của tỉnh Bạc Liêu và tỉnh Cà Mau thành tỉnh Cà Mau (Nghị quyết 202/2025/QH15, Điều 1, khoản 22)')
ev('EV_2025_07_01_HUYEN',D2,'LEVEL_ABOLISHED',['BL.TPBL','BL.VL','BL.HD'],['CM'],m='L-TCCQDP-2025-72',note='Kết thúc hoạt động của đơn vị hành chính cấp huyện; chính quyền địa phương hai cấp')
ev('EV_2025_07_01_CM_BODIES',D2,'ESTABLISH',[],[a['code'] for a in cmA],m='NQ-202-2025',note='Các cơ quan cấp tỉnh của tỉnh Cà Mau (mới); các sở theo Nghị định 150/2025/NĐ-CP')
cmheld={(t,fn) for (t,fn,role) in cmR}
for (f,t),fns in sorted(pairs.items()):
    fns=[x for x in sorted(fns) if (t,x) in cmheld]
    if fns: ev(f'EV_2025_07_01_{f}',D2,'TRANSFER',[f],[t],fns,m='NQ-202-2025' if not t.startswith('CM_S') else 'ND-150-2025',note='Chức năng, nhiệm vụ chuyển sang cơ quan tương ứng của tỉnh Cà Mau (mới)')
ttr=[k for k in cmR if k[0]=='CM_TTR']
for d in districts:
    fns=sorted({r['function_code'] for r in R if r['agency_code']==f'{d}_TTR' and r['function_code'].startswith('INSP.') and ('CM_TTR',r['function_code']) in cmheld})
    ev(f'EV_2025_07_01_{d}_TTR',D2,'TRANSFER',[f'{d}_TTR'],['CM_TTR'],fns,m='KL-134-TW-2025',note='Thanh tra huyện kết thúc; thanh tra tập trung ở Thanh tra tỉnh')
EC=['code','date','kind','from_codes','to_codes','function_codes','mandate_code','note']

wr('mandates.csv',M,MC); wr('admin-units.csv',U,UC); wr('agencies.csv',A,AC); wr('responsibilities.csv',R,RC)
wr('reporting-lines.csv',L,LC); wr('function-levels.csv',FL,FC); wr('changes.csv',E_,EC)
print('agencies',len(A),'resp',len(R),'lines',len(L),'rules',len(FL),'events',len(E_))
