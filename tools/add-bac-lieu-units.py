#!/usr/bin/env python3
"""Adds to seed-data/ Bạc Liêu's district-level and commune-level units that the seed lacked (issue 11).

Before this script the seed held 3 of Bạc Liêu's 7 district-level units (Thành phố Bạc Liêu, Vĩnh Lợi,
Hồng Dân) with 3 communes each. This adds the 4 others (Thị xã Giá Rai, Phước Long, Hòa Bình, Đông Hải)
and the 55 missing commune-level units (64 in all, names from tools/research/communes/
bac-lieu-communes-2024.csv), each with the bodies, responsibilities, reporting lines, periods and change
events of the existing units of its kind, used as templates:

- a thị xã takes the city's (TPBL) bodies: urban offices (Phòng Kinh tế, Phòng Quản lý đô thị,
  Nghị định 37/2014/NĐ-CP Điều 7 khoản 2); a huyện takes Vĩnh Lợi's (VL): rural offices (Phòng Nông
  nghiệp và Phát triển nông thôn, Phòng Kinh tế và Hạ tầng);
- a phường takes Phường 1's (TPBL_P1), a xã of the city or thị xã takes Hiệp Thành's (TPBL_HT), a thị
  trấn takes Châu Hưng's (VL_CH), a xã of a huyện takes Châu Thới's (VL_CT).

A clone cites the same instruments, articles and periods as its template and reports to the bodies of
its own district (and to the same provincial bodies). Events of one template district (the 1 March 2025
transfers and mergers of the labour office, the 1 July 2025 end of the district inspectorate) are
cloned; events naming several districts (end of the district police, end of the district tier) get the
new districts' codes added. Staff quotas are left empty: no source gives them.

Deterministic, and idempotent: rows it generated before are dropped first (by code), then generated
again. Run from the repository root: python3 tools/add-bac-lieu-units.py
"""
import csv
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, 'seed-data')
RESEARCH = os.path.join(ROOT, 'tools', 'research', 'communes', 'bac-lieu-communes-2024.csv')

# district name in the research CSV -> (unit code, agency prefix, template prefix, admin name, English name,
#                                       name replacements from the template's names)
DISTRICTS = {
    'Thành phố Bạc Liêu': ('BL.TPBL', 'TPBL', 'TPBL', None, None, []),
    'Vĩnh Lợi': ('BL.VL', 'VL', 'VL', None, None, []),
    'Hồng Dân': ('BL.HD', 'HD', 'VL', None, None, [('Vĩnh Lợi', 'Hồng Dân'), ('Vinh Loi', 'Hong Dan')]),
    'Thị xã Giá Rai': ('BL.GR', 'GR', 'TPBL', 'Thị xã Giá Rai', 'Gia Rai Town', [
        ('Thành phố Bạc Liêu', 'Thị xã Giá Rai'), ('thành phố Bạc Liêu', 'thị xã Giá Rai'),
        ('Thành ủy Bạc Liêu', 'Thị ủy Giá Rai'), ('Thành Đoàn Bạc Liêu', 'Thị Đoàn Giá Rai'),
        ('Thanh tra thành phố', 'Thanh tra thị xã'), ('Bac Lieu City', 'Gia Rai Town')]),
    'Phước Long': ('BL.PL', 'PL', 'VL', 'Huyện Phước Long', 'Phuoc Long District',
                   [('Vĩnh Lợi', 'Phước Long'), ('Vinh Loi', 'Phuoc Long')]),
    'Hòa Bình': ('BL.HB', 'HB', 'VL', 'Huyện Hòa Bình', 'Hoa Binh District',
                 [('Vĩnh Lợi', 'Hòa Bình'), ('Vinh Loi', 'Hoa Binh')]),
    'Đông Hải': ('BL.DH', 'DH', 'VL', 'Huyện Đông Hải', 'Dong Hai District',
                 [('Vĩnh Lợi', 'Đông Hải'), ('Vinh Loi', 'Dong Hai')]),
}
NEW_DISTRICTS = ['Thị xã Giá Rai', 'Phước Long', 'Hòa Bình', 'Đông Hải']
TEMPLATE_DISTRICT_UNIT = {'TPBL': 'BL.TPBL', 'VL': 'BL.VL'}
# commune templates: (agency prefix, Vietnamese core, English name)
COMMUNE_TEMPLATES = {
    'PHUONG': ('TPBL_P1', 'BL.TPBL.P1', [('Phường 1', 'Phường {}'), ('phường 1', 'phường {}')], 'Ward 1'),
    'XA_URBAN': ('TPBL_HT', 'BL.TPBL.HT', [('Hiệp Thành', '{}')], 'Hiep Thanh Commune'),
    'THI_TRAN': ('VL_CH', 'BL.VL.CH', [('Châu Hưng', '{}')], 'Chau Hung Township'),
    'XA_RURAL': ('VL_CT', 'BL.VL.CT', [('Châu Thới', '{}')], 'Chau Thoi Commune'),
}
# commune code overrides where the initials collide within a district
CODE_OVERRIDES = {('Thị xã Giá Rai', 'Xã Phong Tân'): 'PTN', ('Phước Long', 'Xã Phước Long'): 'XPL'}
# the commune-level units the seed held before this script (its templates among them)
HAND_MADE_COMMUNES = ['BL.TPBL.P1', 'BL.TPBL.P7', 'BL.TPBL.HT', 'BL.VL.CH', 'BL.VL.CT', 'BL.VL.HH', 'BL.HD.ND',
                      'BL.HD.NQ', 'BL.HD.LN']


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


def core_of(name):
    """'Xã Vĩnh Trạch Đông' -> ('XA', 'Vĩnh Trạch Đông'); 'Phường 1' -> ('PHUONG', '1')."""
    for prefix, t in (('Thị trấn ', 'THI_TRAN'), ('Phường ', 'PHUONG'), ('Xã ', 'XA')):
        if name.startswith(prefix):
            return t, name[len(prefix):]
    raise SystemExit(f'{RESEARCH}: cannot read the kind of unit of "{name}"')


def english(kind, core):
    a = ascii_fold(core)
    if kind == 'PHUONG':
        return f'Ward {a}' if a.isdigit() else f'{a} Ward'
    return f'{a} Township' if kind == 'THI_TRAN' else f'{a} Commune'


def initials(kind, core):
    if kind == 'PHUONG' and core.isdigit():
        return 'P' + core
    return ''.join(w[0] for w in ascii_fold(core).split()).upper()


def main():
    with open(RESEARCH, encoding='utf-8', newline='') as h:
        research = list(csv.DictReader(h))
    ucols, units = read('admin-units.csv')
    acols, agencies = read('agencies.csv')
    lcols, lines = read('reporting-lines.csv')
    rcols, resps = read('responsibilities.csv')
    ccols, changes = read('changes.csv')

    # ---- the units to add: districts and communes (codes)
    plan = []  # (district, unit code, agency prefix, template key, name, English, district prefix)
    existing_names = {u['code']: u['name'] for u in units}
    taken = {}
    for d, (dcode, dpre, _, _, _, _) in DISTRICTS.items():
        taken[d] = {c.split('.')[-1] for c in HAND_MADE_COMMUNES if c.startswith(dcode + '.')}
    for row in research:
        d = row['district']
        dcode, dpre, tpre, _, _, _ = DISTRICTS[d]
        kind, core = core_of(row['name'])
        if any(existing_names.get(c) == row['name'] for c in HAND_MADE_COMMUNES if c.startswith(dcode + '.')):
            continue  # in the seed before this script
        code = CODE_OVERRIDES.get((d, row['name'])) or initials(kind, core)
        if code in taken[d]:
            raise SystemExit(f'commune code {dcode}.{code} of "{row["name"]}" collides: add an override')
        taken[d].add(code)
        tkey = kind if kind != 'XA' else ('XA_URBAN' if tpre == 'TPBL' else 'XA_RURAL')
        plan.append((d, f'{dcode}.{code}', f'{dpre}_{code}', tkey, row['name'], english(kind, core), kind, core))

    new_unit_codes = {DISTRICTS[d][0] for d in NEW_DISTRICTS} | {p[1] for p in plan}
    new_prefixes = [DISTRICTS[d][1] + '_' for d in NEW_DISTRICTS] + [p[2] + '_' for p in plan]

    def generated_agency(code):
        return any(code.startswith(p) for p in new_prefixes)

    # ---- drop what an earlier run generated
    units = [u for u in units if u['code'] not in new_unit_codes]
    agencies = [a for a in agencies if not generated_agency(a['code'])]
    lines = [r for r in lines if not generated_agency(r['agency_code'])]
    resps = [r for r in resps if not generated_agency(r['agency_code'])]
    new_event_prefixes = tuple(f'EV_GEN_{DISTRICTS[d][1]}_' for d in NEW_DISTRICTS)
    changes = [c for c in changes if not c['code'].startswith(new_event_prefixes)]

    agency_codes = {a['code'] for a in agencies}

    def district_agencies(tpre):
        return {a['code'] for a in agencies if a['admin_unit_code'] == TEMPLATE_DISTRICT_UNIT[tpre]}

    tmpl_district_agencies = {t: district_agencies(t) for t in TEMPLATE_DISTRICT_UNIT}

    def map_code(code, mapping):
        return mapping.get(code, code)

    def replace_names(s, repl):
        for a, b in repl:
            s = s.replace(a, b)
        return s

    out_units, out_agencies, out_lines, out_resps, out_changes = [], [], [], [], []

    def clone_agency_rows(mapping, repl_vi, repl_en, unit_map):
        for a in agencies:
            if a['code'] in mapping:
                n = dict(a)
                n['code'] = mapping[a['code']]
                n['name'] = replace_names(a['name'], repl_vi)
                n['name_en'] = replace_names(a['name_en'], repl_en)
                n['admin_unit_code'] = unit_map[a['admin_unit_code']]
                n['staff_quota'] = ''
                out_agencies.append(n)
        for r in lines:
            if r['agency_code'] in mapping:
                n = dict(r)
                n['agency_code'] = mapping[r['agency_code']]
                n['superior_code'] = map_code(r['superior_code'], mapping)
                out_lines.append(n)
        for r in resps:
            if r['agency_code'] in mapping:
                n = dict(r)
                n['agency_code'] = mapping[r['agency_code']]
                out_resps.append(n)

    # ---- districts
    district_maps = {}
    for d in NEW_DISTRICTS:
        dcode, dpre, tpre, name, name_en, repl = DISTRICTS[d]
        tunit = next(u for u in units if u['code'] == TEMPLATE_DISTRICT_UNIT[tpre])
        out_units.append(dict(tunit, code=dcode, name=name, name_en=name_en))
        mapping = {c: dpre + c[len(tpre):] for c in sorted(tmpl_district_agencies[tpre])}
        district_maps[d] = mapping
        clone_agency_rows(mapping, repl, repl, {TEMPLATE_DISTRICT_UNIT[tpre]: dcode})
        # events of the template district alone: cloned
        tset = tmpl_district_agencies[tpre]
        others = set().union(*(v for k, v in tmpl_district_agencies.items() if k != tpre)) | {
            c for c in agency_codes if c.startswith('HD_')}
        for e in changes:
            codes = [c.strip() for f in ('from_codes', 'to_codes') for c in e[f].split(';') if c.strip()]
            if any(c in tset for c in codes) and not any(c in others for c in codes):
                n = dict(e)
                rest = e['code'][len('EV_'):].replace('TPBL_', '').replace('VL_', '').replace('TPP', 'P')
                n['code'] = f'EV_GEN_{dpre}_{rest}'
                for f in ('from_codes', 'to_codes'):
                    n[f] = ';'.join(map_code(c.strip(), mapping) for c in e[f].split(';') if c.strip())
                out_changes.append(n)

    # ---- communes
    for d, ucode, apre, tkey, name, name_en, kind, core in plan:
        dcode, dpre, tpre = DISTRICTS[d][:3]
        t_apre, t_ucode, t_repl, t_en = COMMUNE_TEMPLATES[tkey]
        tunit = next(u for u in units if u['code'] == t_ucode)
        out_units.append(dict(tunit, code=ucode, name=name, name_en=name_en, parent_code=dcode))
        dmap = district_maps.get(d) or {c: dpre + c[len(tpre):] for c in tmpl_district_agencies[tpre]}
        mapping = dict(dmap)
        for c in sorted(agency_codes):
            if c.startswith(t_apre + '_'):
                mapping[c] = apre + c[len(t_apre):]
        own = {c: v for c, v in mapping.items() if c.startswith(t_apre + '_')}
        repl_vi = [(a, b.format(core)) for a, b in t_repl]
        # agencies and lines of the commune's own bodies; superiors through the district map
        for a in agencies:
            if a['code'] in own:
                n = dict(a)
                n['code'] = own[a['code']]
                n['name'] = replace_names(a['name'], repl_vi)
                n['name_en'] = a['name_en'].replace(t_en, name_en)
                n['admin_unit_code'] = ucode
                n['staff_quota'] = ''
                out_agencies.append(n)
        for r in lines:
            if r['agency_code'] in own:
                out_lines.append(dict(r, agency_code=own[r['agency_code']],
                                      superior_code=map_code(r['superior_code'], mapping)))
        for r in resps:
            if r['agency_code'] in own:
                out_resps.append(dict(r, agency_code=own[r['agency_code']]))

    # ---- events naming several districts: add the new districts' codes
    for e in changes:
        for f in ('from_codes', 'to_codes'):
            codes = [c.strip() for c in e[f].split(';') if c.strip()]
            tdist = [c for c in codes if c in tmpl_district_agencies['TPBL'] or c in tmpl_district_agencies['VL']]
            if len(codes) >= 2 and tdist and any(c.startswith('HD_') for c in codes):
                for d in NEW_DISTRICTS:
                    tpre = DISTRICTS[d][2]
                    for c in codes[:]:
                        if c in tmpl_district_agencies[tpre]:
                            nc = district_maps[d][c]
                            if nc not in codes:
                                codes.append(nc)
                e[f] = ';'.join(codes)
            elif len(codes) >= 2 and 'BL.TPBL' in codes and 'BL.HD' in codes:
                for d in NEW_DISTRICTS:
                    if DISTRICTS[d][0] not in codes:
                        codes.append(DISTRICTS[d][0])
                e[f] = ';'.join(codes)

    # ---- checks and write
    all_agencies = agencies + out_agencies
    seen = set()
    for a in all_agencies:
        key = (a['code'], a['valid_from'], a['valid_to'])
        if key in seen:
            raise SystemExit(f'duplicate agency period {key}')
        seen.add(key)
    ev = [c['code'] for c in changes + out_changes]
    if len(ev) != len(set(ev)):
        raise SystemExit('duplicate event code')

    # units: new districts after the last district, communes after their district's communes
    def unit_key(u):
        order = ['BL', 'BL.TPBL', 'BL.GR', 'BL.VL', 'BL.HD', 'BL.PL', 'BL.HB', 'BL.DH', 'CM']
        top = u['code'] if u['level'] in ('PROVINCE', 'DISTRICT') else u['parent_code']
        return order.index(top) if top in order else len(order)

    all_units = sorted(units + out_units, key=unit_key)  # stable: keeps each group's order
    write('admin-units.csv', ucols, all_units)
    write('agencies.csv', acols, all_agencies)
    write('reporting-lines.csv', lcols, lines + out_lines)
    write('responsibilities.csv', rcols, resps + out_resps)
    write('changes.csv', ccols, changes + out_changes)
    print(f'units +{len(out_units)}, agencies +{len(out_agencies)}, lines +{len(out_lines)}, '
          f'responsibilities +{len(out_resps)}, events +{len(out_changes)}', file=sys.stderr)


if __name__ == '__main__':
    main()
