#!/usr/bin/env python3
"""Adds to seed-data/ Cà Mau's 64 commune-level units from 1 July 2025 (issue 11, Nghị quyết
1655/NQ-UBTVQH15 of 16 June 2025) with the bodies of the two-tier model, and the UNIT_MERGE events of
Bạc Liêu's communes into them.

Names and the old units each new one was formed from: tools/research/communes/ca-mau-communes-2025.csv
(each row checked against khoản 1–64 of Điều 1 of the resolution's text by
tools/research/communes/check-against-1655.py). Only the Bạc Liêu side has old units in the seed: a new
unit formed from Bạc Liêu communes gets a UNIT_MERGE event from them; one formed from the old Cà Mau
province's communes (not in the seed) has no event.

Bodies of each new unit, from 1 July 2025:
- Party committee, People's Council, People's Committee, Fatherland Front, youth and women's unions,
  police and military command: the bodies of the commune template of its kind (a xã: Xã Châu Thới,
  VL_CT; a phường: Phường 1, TPBL_P1), with those of the template's responsibilities whose instrument
  is in force on 1 July 2025 and today (the 2025 local-government law 72/2025/QH15, the sector laws),
  reporting to the province's bodies (the district tier is gone);
- the commune's specialised agencies of Nghị định 150/2025/NĐ-CP: Văn phòng HĐND và UBND, Phòng Kinh
  tế (a phường: Phòng Kinh tế, Hạ tầng và Đô thị), Phòng Văn hóa - Xã hội, each advising (ADVISE) the
  People's Committee on the tasks of its portfolio that the committee leads; and the Trung tâm Phục
  vụ hành chính công (the one-stop shop, GOV.ONESTOP, COORDINATE: the committee leads it).
Staff quotas are left empty. Each unit gets its kind (a phường WARD, a xã RURAL_COMMUNE), so that
the level rules scoped by kind apply to it.

Deterministic and idempotent (drops its own rows first). Run after tools/add-bac-lieu-units.py, from
the repository root: python3 tools/add-ca-mau-communes.py
"""
import csv
import os
import re
import sys
import unicodedata

from commune_offices import office_of

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, 'seed-data')
RESEARCH = os.path.join(ROOT, 'tools', 'research', 'communes', 'ca-mau-communes-2025.csv')
D = '2025-07-01'
TODAY = '2026-12-05'
MANDATE = dict(code='NQ-1655-2025', kind='RESOLUTION', number='1655/NQ-UBTVQH15',
               title='Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Cà Mau năm 2025',
               issuer='Ủy ban Thường vụ Quốc hội', issued_on='2025-06-16', effective_from='2025-06-16',
               repealed_on='', replaced_by='')
TEMPLATES = {'XA': ('VL_CT', [('Châu Thới', '{}')], 'Chau Thoi Commune'),
             'PHUONG': ('TPBL_P1', [('Phường 1', 'Phường {}'), ('phường 1', 'phường {}')], 'Ward 1')}
# a template body's superior -> the province's body from 1 July 2025
SUPERIOR = {'HU': 'CM_TU', 'UBND': 'CM_UBND', 'MTTQ': 'CM_MTTQ', 'DTN': 'CM_TD', 'HLHPN': 'CM_HLHPN',
            'CA': 'CM_CA', 'BCHQS': 'CM_BCHQS'}
def ascii_fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def read(name):
    with open(os.path.join(SEED, name), encoding='utf-8', newline='') as h:
        r = csv.DictReader(h)
        return r.fieldnames, list(r)


def write(name, cols, rows):
    with open(os.path.join(SEED, name), 'w', encoding='utf-8', newline='') as h:
        w = csv.DictWriter(h, fieldnames=cols, lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, '') for c in cols})


OLD = re.compile(r'(Phường|Xã|Thị trấn) (.+?)(?: \((?:thành phố|thị xã) [^)]*\))? \(([^,()]+), (Bạc Liêu|Cà Mau)\)')


def main():
    with open(RESEARCH, encoding='utf-8', newline='') as h:
        research = list(csv.DictReader(h))
    mcols, mandates = read('mandates.csv')
    ucols, units = read('admin-units.csv')
    acols, agencies = read('agencies.csv')
    lcols, lines = read('reporting-lines.csv')
    rcols, resps = read('responsibilities.csv')
    ccols, changes = read('changes.csv')
    _, functions = read('functions.csv')
    minfo = {m['code']: m for m in mandates}

    def in_force(code, day):
        m = minfo.get(code)
        return bool(m) and m['effective_from'] <= day and (not m['repealed_on'] or m['repealed_on'] > day)

    # ---- drop what an earlier run generated
    mine_unit = lambda c: c.startswith('CM.')
    mine_agency = lambda c: re.match(r'CM_[PX][A-Z0-9]+_', c) is not None
    mandates = [m for m in mandates if m['code'] != MANDATE['code']]
    units = [u for u in units if not mine_unit(u['code'])]
    agencies = [a for a in agencies if not mine_agency(a['code'])]
    lines = [r for r in lines if not mine_agency(r['agency_code'])]
    resps = [r for r in resps if not mine_agency(r['agency_code'])]
    changes = [c for c in changes if not c['code'].startswith(('EV_2025_07_01_UNIT_', 'EV_2025_07_01_BODIES_'))]

    # the Bạc Liêu communes of the seed, by (district name as in the research files, name)
    dname = {'BL.TPBL': 'Thành phố Bạc Liêu', 'BL.GR': 'Thị xã Giá Rai', 'BL.VL': 'Vĩnh Lợi', 'BL.HD': 'Hồng Dân',
             'BL.PL': 'Phước Long', 'BL.HB': 'Hòa Bình', 'BL.DH': 'Đông Hải'}
    old_units = {(dname[u['parent_code']], u['name']): u['code'] for u in units
                 if u['level'] == 'COMMUNE' and u['parent_code'] in dname}
    function_codes = [f['code'] for f in functions]

    out_units, out_agencies, out_lines, out_resps, out_changes = [], [], [], [], []
    used = set()
    for row in research:
        name, kind = row['name'], row['type']
        core = name.split(' ', 1)[1]
        tag = ('P' if kind == 'PHUONG' else 'X') + re.sub(r'[^A-Z0-9]', '', ascii_fold(core).upper())
        if tag in used:
            raise SystemExit(f'{RESEARCH}: two units make the code {tag}')
        used.add(tag)
        ucode, apre = f'CM.{tag}', f'CM_{tag}'
        en_core = ascii_fold(core)
        name_en = f'{en_core} Ward' if kind == 'PHUONG' else f'{en_core} Commune'
        out_units.append(dict(code=ucode, name=name, name_en=name_en, level='COMMUNE',
                              kind='WARD' if kind == 'PHUONG' else 'RURAL_COMMUNE', parent_code='CM',
                              valid_from=D, valid_to=''))
        established = []
        t_apre, t_repl, t_en = TEMPLATES[kind]
        repl = [(a, b.format(core)) for a, b in t_repl]
        lower = 'phường' if kind == 'PHUONG' else 'xã'
        # the template's bodies
        for a in agencies:
            if not a['code'].startswith(t_apre + '_'):
                continue
            suffix = a['code'][len(t_apre) + 1:]
            n = dict(a, code=f'{apre}_{suffix}', admin_unit_code=ucode, staff_quota='', valid_from=D, valid_to='')
            for x, y in repl:
                n['name'] = n['name'].replace(x, y)
            n['name_en'] = a['name_en'].replace(t_en, name_en)
            out_agencies.append(n)
            established.append(n['code'])
        for r in lines:
            if not r['agency_code'].startswith(t_apre + '_'):
                continue
            sup = r['superior_code']
            if sup.startswith(t_apre + '_'):
                sup = apre + sup[len(t_apre):]
            else:
                sup = SUPERIOR[sup.split('_', 1)[1]]
            out_lines.append(dict(r, agency_code=apre + r['agency_code'][len(t_apre):], superior_code=sup,
                                  valid_from='', valid_to=''))
        for r in resps:
            if r['agency_code'].startswith(t_apre + '_') and r['mandate_code'] and \
                    in_force(r['mandate_code'], D) and in_force(r['mandate_code'], TODAY) and not r['valid_to']:
                out_resps.append(dict(r, agency_code=apre + r['agency_code'][len(t_apre):], valid_from='',
                                      valid_to=''))
        ubnd_leads = sorted({r['function_code'] for r in out_resps
                             if r['agency_code'] == f'{apre}_UBND' and r['role'] == 'LEAD'},
                            key=function_codes.index)
        # the specialised agencies of Nghị định 150/2025/NĐ-CP and the one-stop centre
        pkt = 'Phòng Kinh tế, Hạ tầng và Đô thị' if kind == 'PHUONG' else 'Phòng Kinh tế'
        pkt_en = 'Economy, Infrastructure and Urban Office' if kind == 'PHUONG' else 'Economic Office'
        new_bodies = [
            ('VP', f'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {lower} {core}',
             f"Office of the People's Council and People's Committee, {name_en}", 'STATE', 'OFFICE'),
            ('PKT', f'{pkt} {lower} {core}', f'{pkt_en}, {name_en}', 'STATE', 'OFFICE'),
            ('PVHXH', f'Phòng Văn hóa - Xã hội {lower} {core}', f'Culture and Social Affairs Office, {name_en}',
             'STATE', 'OFFICE'),
            ('TTPVHCC', f'Trung tâm Phục vụ hành chính công {lower} {core}',
             f'Public Administration Service Centre, {name_en}', 'PUBLIC_SERVICE', 'PUBLIC_SERVICE_UNIT'),
        ]
        for suffix, vi, en, sector, akind in new_bodies:
            code = f'{apre}_{suffix}'
            out_agencies.append(dict(code=code, name=vi, name_en=en, sector=sector, kind=akind,
                                     admin_unit_code=ucode, status='ACTIVE', staff_quota='', valid_from=D,
                                     valid_to=''))
            established.append(code)
            out_lines.append(dict(agency_code=code, superior_code=f'{apre}_UBND', line='ADMINISTRATIVE',
                                  valid_from='', valid_to=''))
            out_lines.append(dict(agency_code=code, superior_code=f'{apre}_DU', line='PARTY', valid_from='',
                                  valid_to=''))
            if suffix == 'TTPVHCC':
                out_resps.append(dict(agency_code=code, function_code='GOV.ONESTOP', role='COORDINATE',
                                      mandate_code='ND-150-2025', article='', valid_from='', valid_to=''))
                continue
            for f in ubnd_leads:
                if office_of(f) == suffix:
                    out_resps.append(dict(agency_code=code, function_code=f, role='ADVISE',
                                          mandate_code='ND-150-2025', article='', valid_from='', valid_to=''))
        out_changes.append(dict(code=f'EV_2025_07_01_BODIES_{tag}', date=D, kind='ESTABLISH', from_codes='',
                                to_codes=';'.join(established), function_codes='', mandate_code='ND-150-2025',
                                note=f'Cơ quan, tổ chức của {lower} {core} từ 1/7/2025 (chính quyền địa phương hai cấp)'))
        # the old units it was formed from
        olds = []
        for m in OLD.finditer(row['formed_from']):
            if m.group(4) != 'Bạc Liêu':
                continue
            key = (m.group(3), f'{m.group(1)} {m.group(2)}')
            if key not in old_units:
                raise SystemExit(f'{RESEARCH}: {name}: old unit {key} is not in the seed')
            olds.append(old_units[key])
        if olds:
            note = f'Sắp xếp thành {lower} {core} (Nghị quyết 1655/NQ-UBTVQH15)'
            out_changes.append(dict(code=f'EV_2025_07_01_UNIT_{tag}', date=D, kind='UNIT_MERGE', from_codes=';'.join(olds),
                                    to_codes=ucode, function_codes='', mandate_code=MANDATE['code'], note=note))
    merged = [c for e in out_changes if e['kind'] == 'UNIT_MERGE' for c in e['from_codes'].split(';')]
    if len(merged) != len(set(merged)):
        print('note: an old unit is in two merges (a part of it went elsewhere)', file=sys.stderr)

    write('mandates.csv', mcols, mandates + [MANDATE])
    write('admin-units.csv', ucols, units + out_units)
    write('agencies.csv', acols, agencies + out_agencies)
    write('reporting-lines.csv', lcols, lines + out_lines)
    write('responsibilities.csv', rcols, resps + out_resps)
    write('changes.csv', ccols, changes + out_changes)
    print(f'units +{len(out_units)}, agencies +{len(out_agencies)}, lines +{len(out_lines)}, '
          f'responsibilities +{len(out_resps)}, events +{len(out_changes)} ({len(merged)} old units merged)',
          file=sys.stderr)


if __name__ == '__main__':
    main()
