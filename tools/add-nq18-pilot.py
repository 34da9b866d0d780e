#!/usr/bin/env python3
"""Adds to seed-data/ Bạc Liêu's two merged departments of 2019-2023, its pilot after Nghị quyết
18-NQ/TW (issue 11: "the merged departments it ran as a pilot after Nghị quyết 18-NQ/TW (Sở Giáo dục,
Khoa học và Công nghệ; Sở Văn hóa, Thông tin, Thể thao và Du lịch) and their later split").

What the sources say (docs/seed-data.md lists them):
- the People's Council (khóa IX) resolved in 2018 to merge Sở Giáo dục và Đào tạo with Sở Khoa học và
  Công nghệ and Sở Văn hóa, Thể thao và Du lịch with Sở Thông tin và Truyền thông (giaoducthoidai.vn,
  4 November 2018; cand.com.vn); the province's decision on the second merger ended both departments by
  31 December 2018 and started Sở Văn hóa, Thông tin, Thể thao và Du lịch on 1 January 2019, with 57
  staff (dantri.com.vn, baogiaothong.vn); the merger of education with science was announced on
  20 November 2018 (giaoduc.net.vn) and both merged departments worked "from the start of 2019"
  (sromost.gov.vn);
- the People's Council (khóa X, 8th session, 13 December 2022) resolved to re-establish the four
  departments (sromost.gov.vn); their directors were appointed on 15 March 2023, the day the province
  split the two merged departments (vietnamnet.vn, baomoi.com, vntraveler.vn).
The resolutions' numbers are not known: the events cite illustrative codes. The day of the education
merger (1 January 2019) and of both splits (15 March 2023) are the days the sources give for the start
of work, not the decisions' own days.

The merged departments hold, for their period, what their two predecessors held (the rows whose
instrument took effect before the split); the bodies under the predecessors report to them for that
period. The predecessors' periods are cut around the pilot: until 1 January 2019, and again from
15 March 2023.

Deterministic and idempotent: its rows are removed (and the predecessors' periods restored) first.
Run from the repository root: python3 tools/add-nq18-pilot.py
"""
from seed_csv import read_with_columns as read, write

START, END = '2019-01-01', '2023-03-15'
# merged body -> (name, English name, staff quota, its predecessors)
MERGED = {
    'BL_SGDKHCN': ('Sở Giáo dục, Khoa học và Công nghệ', 'Department of Education, Science and Technology', '',
                   ('BL_SGDDT', 'BL_SKHCN')),
    'BL_SVHTTTTDL': ('Sở Văn hóa, Thông tin, Thể thao và Du lịch',
                     'Department of Culture, Information, Sports and Tourism', '57', ('BL_SVHTTDL', 'BL_STTTT')),
}
MERGE_BASIS = dict(code='ILLUS-NQ-HDND-BL-2018', kind='RESOLUTION', number='(minh họa)',
                   title='Nghị quyết của HĐND tỉnh Bạc Liêu (khóa IX) về việc sắp xếp các cơ quan chuyên môn thuộc '
                         'UBND tỉnh, năm 2018 (mã minh họa)',
                   issuer='Hội đồng nhân dân tỉnh Bạc Liêu', issued_on='', effective_from=START, repealed_on='',
                   replaced_by='')
SPLIT_BASIS = dict(code='ILLUS-NQ-HDND-BL-2022', kind='RESOLUTION', number='(minh họa)',
                   title='Nghị quyết của HĐND tỉnh Bạc Liêu (khóa X, kỳ họp thứ 8) về việc tái lập Sở Giáo dục và '
                         'Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và '
                         'Truyền thông (mã minh họa)',
                   issuer='Hội đồng nhân dân tỉnh Bạc Liêu', issued_on='2022-12-13', effective_from=END,
                   repealed_on='', replaced_by='')


def main():
    predecessors = {p: merged for merged, (_, _, _, ps) in MERGED.items() for p in ps}
    mine = set(MERGED)

    mcols, mandates = read('mandates.csv')
    mandates = [m for m in mandates if m['code'] not in (MERGE_BASIS['code'], SPLIT_BASIS['code'])]
    effective = {m['code']: m['effective_from'] for m in mandates}
    write('mandates.csv', mcols, mandates + [MERGE_BASIS, SPLIT_BASIS])

    acols, agencies = read('agencies.csv')
    agencies = [a for a in agencies if a['code'] not in mine]
    # restore the predecessors' first periods (an earlier run cut them), then cut them around the pilot
    ends = {a['code']: a['valid_to'] for a in agencies if a['code'] in predecessors and a['valid_from'] == END}
    restored = []
    for a in agencies:
        if a['code'] in ends and a['valid_from'] == END:
            continue
        if a['code'] in ends and a['valid_from'] == '' and a['valid_to'] == START:
            a = dict(a, valid_to=ends[a['code']])
        restored.append(a)
    agencies = restored
    cut = []
    for a in agencies:
        if a['code'] in predecessors and a['valid_from'] == '':
            cut.append(dict(a, valid_to=START))
            cut.append(dict(a, valid_from=END))
        else:
            cut.append(a)
    for code, (name, name_en, quota, _) in MERGED.items():
        cut.append(dict(code=code, name=name, name_en=name_en, sector='STATE', kind='DEPARTMENT',
                        admin_unit_code='BL', status='ACTIVE', staff_quota=quota, valid_from=START, valid_to=END))
    write('agencies.csv', acols, cut)

    lcols, lines = read('reporting-lines.csv')
    lines = [r for r in lines if r['agency_code'] not in mine and r['superior_code'] not in mine]
    added = []
    for r in lines:
        if r['agency_code'] in predecessors:
            added.append(dict(r, agency_code=predecessors[r['agency_code']]))
        elif r['superior_code'] in predecessors and (r['valid_to'] == '' or r['valid_to'] > START) \
                and (r['valid_from'] == '' or r['valid_from'] < END):
            added.append(dict(r, superior_code=predecessors[r['superior_code']], valid_from=START, valid_to=END))
    unique = []
    for r in added:
        if r not in unique:
            unique.append(r)
    write('reporting-lines.csv', lcols, lines + unique)

    rcols, rows = read('responsibilities.csv')
    rows = [r for r in rows if r['agency_code'] not in mine]
    held = []
    for r in rows:
        if r['agency_code'] in predecessors and effective.get(r['mandate_code'], '') < END \
                and (r['valid_to'] == '' or r['valid_to'] > START) and (r['valid_from'] == '' or r['valid_from'] < END):
            # the merged body's own period bounds the row
            n = dict(r, agency_code=predecessors[r['agency_code']], valid_from='', valid_to='')
            if n not in held:
                held.append(n)
    write('responsibilities.csv', rcols, rows + held)

    ccols, changes = read('changes.csv')
    changes = [c for c in changes if not c['code'].startswith(('EV_2019_01_01_', 'EV_2023_03_15_'))]
    events = []
    for code, (name, _, _, (first, second)) in MERGED.items():
        tag = code.split('_', 1)[1]
        events.append(dict(code=f'EV_2019_01_01_{tag}', date=START, kind='MERGE', from_codes=f'{first};{second}',
                           to_codes=code, function_codes='', mandate_code=MERGE_BASIS['code'],
                           note=f'Hợp nhất thành {name} (thí điểm theo Nghị quyết 18-NQ/TW)'))
        events.append(dict(code=f'EV_2023_03_15_{tag}', date=END, kind='SPLIT', from_codes=code,
                           to_codes=f'{first};{second}', function_codes='', mandate_code=SPLIT_BASIS['code'],
                           note=f'Tổ chức lại {name}, tái lập hai sở'))
    write('changes.csv', ccols, events + changes)
    print(f'agencies +{len(MERGED)} (and the periods of {len(predecessors)} cut), lines +{len(unique)}, '
          f'responsibilities +{len(held)}, events +{len(events)}')


if __name__ == '__main__':
    main()
