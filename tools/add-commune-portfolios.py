#!/usr/bin/env python3
"""Gives every Cà Mau commune and ward, from 1 July 2025, the state-management fields that Nghị định
150/2025/NĐ-CP (Điều 15) assigns to its offices (issue 11: "with the functions and the level rules of
Nghị định 150/2025/NĐ-CP").

The offices "tham mưu, giúp Ủy ban nhân dân cấp xã thực hiện chức năng quản lý nhà nước về các lĩnh vực
sau" (tools/commune_offices.py quotes the source): the commune's People's Committee manages each field in
its area, the office of that field advises it. Before this script a commune held only the tasks of its
template commune and of the decrees that moved district tasks down, so that, for instance, the Văn phòng
served nobody (GOV.SUPPORT), and home affairs, sport or markets were led in today's Cà Mau by the
province alone although the decree gives each commune an office for them.

For each field's function that no COMMUNE level rule in force on 1 July 2025 holds yet (the rules of
the local-government law, the sector laws and the 2025 decrees stay as they are, with their scope: the
new-rural programme and rural roads remain the xã's alone): every commune's People's Committee's lead (the Văn phòng's own, for GOV.SUPPORT: it is the office that serves the
committee) and its office's advice, both on Nghị định 150/2025/NĐ-CP, Điều 15; and a level rule — the
commune level leads the function from 1 July 2025 on the decree (the province keeps its own). Every
advice of a commune office is then given to the office the decree names for its field (giảm nghèo, for
one, is Phòng Kinh tế's, not Phòng Văn hóa - Xã hội's), and every advice of an office on the decree cites
its Điều 15.

Deterministic and idempotent: its rows (the leads on the decree, their advice and its COMMUNE level
rules) are removed first, then added again. Run after tools/add-two-tier-powers.py and before
tools/add-department-circulars.py (which cites the field's circular beside the decree on the offices'
advice), from the repository root:
python3 tools/add-commune-portfolios.py
"""
from commune_offices import FIELDS, OFFICES, body_kind, communes, office_of
from seed_csv import read_with_columns, write

DECREE = 'ND-150-2025'
ARTICLE = 'Điều 15'
D = '2025-07-01'
# a field the Văn phòng does for the committee rather than advises it on
OWN_LEADS = {'GOV.SUPPORT'}


def main():
    level_columns, levels = read_with_columns('function-levels.csv')
    own = {r['function_code'] for r in levels if r['level'] == 'COMMUNE' and r['mandate_code'] == DECREE}
    levels = [r for r in levels if not (r['level'] == 'COMMUNE' and r['mandate_code'] == DECREE)]
    columns, rows = read_with_columns('responsibilities.csv')
    rows = [r for r in rows if not (body_kind(r['agency_code']) and r['mandate_code'] == DECREE
                                    and r['function_code'] in own)]

    # every advice of a commune office goes to the office of its field, and its advice on the decree cites
    # the article that gives the office its fields
    moved, kept, seen = 0, [], set()
    for r in rows:
        kind = body_kind(r['agency_code'])
        if kind in OFFICES and r['role'] == 'ADVISE':
            office = office_of(r['function_code'])
            if kind != office:
                r = dict(r, agency_code=f"{r['agency_code'].rsplit('_', 1)[0]}_{office}")
                moved += 1
            if r['mandate_code'] == DECREE:
                r = dict(r, article=ARTICLE)
        key = tuple(r.values())
        if key not in seen:
            seen.add(key)
            kept.append(r)
    rows = kept

    held = {r['function_code'] for r in levels
            if r['level'] == 'COMMUNE' and (r['valid_to'] == '' or r['valid_to'] > D)}
    functions = [f for _, fields in FIELDS.items() for _, fs in fields for f in fs if f not in held]
    units = communes(r['agency_code'] for r in rows)
    for r in rows:
        if body_kind(r['agency_code']) == 'UBND' and r['role'] == 'LEAD' and r['function_code'] in functions:
            raise SystemExit(f"{r['agency_code']} already leads {r['function_code']} on {r['mandate_code']}: "
                             'give the commune level a rule for it')
    added = 0
    for commune in units:
        for function in functions:
            office = office_of(function)
            pairs = [(office, 'LEAD')] if function in OWN_LEADS else [('UBND', 'LEAD'), (office, 'ADVISE')]
            for suffix, role in pairs:
                rows.append({'agency_code': f'{commune}_{suffix}', 'function_code': function, 'role': role,
                             'mandate_code': DECREE, 'article': ARTICLE,
                             'valid_from': '', 'valid_to': ''})
                added += 1
    write('responsibilities.csv', columns, rows)

    for function in functions:
        levels.append({'function_code': function, 'level': 'COMMUNE', 'unit_kinds': '', 'mandate_code': DECREE,
                       'valid_from': D, 'valid_to': ''})
    write('function-levels.csv', level_columns, levels)
    print(f'responsibilities +{added}, advice moved {moved}, level rules +{len(functions)} '
          f'({len(units)} communes and wards)')


if __name__ == '__main__':
    main()
