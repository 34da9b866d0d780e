#!/usr/bin/env python3
"""Cites the articles of Luật Tổ chức chính quyền địa phương 77/2015/QH13 that belong to each kind of unit
(issue 11: "urban units citing the rural articles").

The seed's councils and committees of wards, towns (thị trấn), the provincial city and the district-level
town (thị xã) were cloned from rural templates and cited the articles of the xã (Điều 33, 35) and of the
huyện (Điều 26, 28). The law has one section per kind of unit, each of seven articles in the same order —
local government of the unit, its tasks, the council's structure, the council's tasks, the committee's
structure, the committee's tasks —, and its sections start at Điều 16 (tỉnh), 23 (huyện), 30 (xã),
37 (thành phố trực thuộc trung ương), 44 (quận), 51 (thị xã, thành phố thuộc tỉnh), 58 (phường) and
65 (thị trấn). Anchors read in public copies: Điều 19/21, 26/28 and 33/35 (the seed's rural citations),
Điều 37 (vi.wikisource.org, Chương III), Điều 51 and 52 (thuvienphapluat.vn), Điều 67, the structure of
the council of a thị trấn (luathoanganh.vn), Điều 69, the structure of its committee. The urban task
articles below follow from that layout; docs/seed-data.md says so.

Deterministic and idempotent. Run from the repository root: python3 tools/cite-urban-articles.py
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, 'seed-data')
LAW = 'L-TCCQDP-2015'

# unit kind -> (the council's tasks, the committee's tasks)
ARTICLES = {
    'PROVINCE': ('Điều 19', 'Điều 21'),
    'RURAL_DISTRICT': ('Điều 26', 'Điều 28'),
    'TOWN': ('Điều 54', 'Điều 56'),
    'PROVINCIAL_CITY': ('Điều 54', 'Điều 56'),
    'RURAL_COMMUNE': ('Điều 33', 'Điều 35'),
    'WARD': ('Điều 61', 'Điều 63'),
    'TOWNSHIP': ('Điều 68', 'Điều 70'),
}


def rows(name):
    with open(os.path.join(SEED, name), encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def main():
    unit_kind = {u['code']: u['kind'] for u in rows('admin-units.csv')}
    article_of = {}
    for a in rows('agencies.csv'):
        both = ARTICLES.get(unit_kind.get(a['admin_unit_code']))
        if both and a['kind'] in ('PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE'):
            article_of[a['code']] = both[0] if a['kind'] == 'PEOPLES_COUNCIL' else both[1]
    path = os.path.join(SEED, 'responsibilities.csv')
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    changed = 0
    for i, text in enumerate(lines[1:], start=1):
        if not text:
            continue
        fields = next(csv.reader([text]))
        agency, mandate, article = fields[0], fields[3], fields[4]
        wanted = article_of.get(agency)
        if mandate == LAW and article and wanted and article != wanted:
            fields[4] = wanted
            lines[i] = ','.join(fields) if all(',' not in x and '"' not in x for x in fields) else None
            if lines[i] is None:
                raise SystemExit(f'responsibilities.csv:{i + 1}: a field needs quoting; extend this tool')
            changed += 1
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(lines))
    print(f'{changed} citations of {LAW} moved to the article of their unit\'s kind')


if __name__ == '__main__':
    main()
