#!/usr/bin/env python3
"""Adds the 2025 ministry circulars that guide the functions of Cà Mau's departments and of the commune
offices in the same field (issue 11: "departments under Nghị định 150/2025/NĐ-CP with the functions the
2025 ministry circulars give them").

Only the circulars whose number, date and day of effect a source gives are entered (docs/seed-data.md
lists them; the research notes of 2026-12-05 list the others and why they are left out). Each one is
cited, besides Nghị định 150/2025/NĐ-CP, by
- every responsibility its department holds on Nghị định 150/2025/NĐ-CP, and
- the commune offices' advice on the tasks that department leads in the province, where the circular
  also guides the commune office (each below does: its title names the Phòng Văn hóa - Xã hội, the
  Văn phòng HĐND và UBND or the commune's specialised offices).
No article: the circulars' clause numbers were not read. A field a circular gives the commune that
Nghị định 150/2025 does not (community learning centres) is led by every commune's People's Committee on
the circular from its day of effect, advised by the office of its field, with a COMMUNE level rule. Left out for want of a day of effect at hand:
10/2025/TT-BKHCN, 19/2025/TT-BNNMT, 03/2025/TT-TTCP, 01/2025/TT-VPCP.

Which commune office advises on a task is the field Nghị định 150/2025 gives it (tools/commune_offices.py;
the ethnic and religious affairs circular agrees: tintuc.thuvienphapluat.com, "10 nhiệm vụ của Phòng Văn
hóa - Xã hội trong lĩnh vực dân tộc, tôn giáo từ 01/7/2025"); tools/add-commune-portfolios.py, run before
this script, has put each advice there.

Run after tools/add-two-tier-powers.py. Deterministic and idempotent: the mandates and rows it adds are
removed first. Run from the repository root: python3 tools/add-department-circulars.py
"""
from commune_offices import OFFICES, body_kind, communes, office_of
from seed_csv import read_with_columns as read, write

DECREE = 'ND-150-2025'
# code -> (number, title, issuer, signed, in force from, department, source)
CIRCULARS = {
    'TT-10-2025-BVHTTDL': ('10/2025/TT-BVHTTDL',
                           'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Văn hóa, Thể thao và Du lịch '
                           'thuộc UBND cấp tỉnh và của Phòng Văn hóa - Xã hội thuộc UBND cấp xã',
                           'Bộ Văn hóa, Thể thao và Du lịch', '2025-06-19', '2025-07-01', 'CM_SVHTTDL',
                           'thuviennhadat.vn (number, 19 June 2025); news.laodong.vn (in force 1 July 2025)'),
    'TT-15-2025-BGDDT': ('15/2025/TT-BGDĐT',
                         'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo và của Phòng '
                         'Văn hóa - Xã hội thuộc UBND cấp xã trong lĩnh vực giáo dục và đào tạo',
                         'Bộ Giáo dục và Đào tạo', '2025-07-24', '2025-07-24', 'CM_SGDDT',
                         'pbgdpl.laocai.gov.vn (number, 24 July 2025); vjs.vietnam.vn (in force that day, replaces '
                         '12/2020/TT-BGDĐT)'),
    'TT-20-2025-BYT': ('20/2025/TT-BYT',
                       'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về y tế thuộc UBND '
                       'cấp tỉnh và UBND cấp xã',
                       'Bộ Y tế', '2025-06-23', '2025-07-01', 'CM_SYT',
                       'thuviennhadat.vn (number, 23 June 2025); baonghean.vn (in force 1 July 2025)'),
    'TT-02-2025-BDTTG': ('02/2025/TT-BDTTG',
                         'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Dân tộc và Tôn giáo và công tác '
                         'dân tộc, tín ngưỡng, tôn giáo của phòng chuyên môn thuộc UBND cấp xã',
                         'Bộ Dân tộc và Tôn giáo', '2025-06-24', '2025-07-01', 'CM_SDTTG',
                         'tintuc.thuvienphapluat.com (in force 1 July 2025; the Phòng Văn hóa - Xã hội\'s ten tasks '
                         'in ethnic and religious affairs)'),
    'TT-57-2025-BTC': ('57/2025/TT-BTC',
                       'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Tài chính thuộc UBND cấp tỉnh và '
                       'chức năng, nhiệm vụ, quyền hạn trong lĩnh vực Tài chính - Kế hoạch của cơ quan chuyên môn '
                       'thuộc UBND cấp xã',
                       'Bộ Tài chính', '2025-06-25', '2025-07-01', 'CM_STC',
                       'vbpl.vn\'s record (number, title, 25 June 2025, in force 1 July 2025, in force today), as '
                       'copied in the public repository leanhvu-ktnn/DANANG_CQ2Cap_KTNN; a public snapshot of legal '
                       'texts (tnt305/tai_lieu_noi_bo) citing it'),
    'TT-10-2025-BNV': ('10/2025/TT-BNV',
                       'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ thuộc UBND cấp tỉnh và lĩnh '
                       'vực nội vụ của phòng chuyên môn thuộc UBND cấp xã',
                       'Bộ Nội vụ', '2025-06-19', '2025-07-01', 'CM_SNV',
                       'thuviennhadat.vn (number, 19 June 2025); lsvn.vn (replaces 05/2021/TT-BNV; the Phòng Văn hóa '
                       '- Xã hội\'s home-affairs tasks); news.laodong.vn (in force 1 July 2025)'),
    'TT-09-2025-BTP': ('09/2025/TT-BTP',
                       'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Tư pháp thuộc UBND cấp tỉnh và của '
                       'Văn phòng HĐND và UBND thuộc UBND cấp xã trong lĩnh vực tư pháp',
                       'Bộ Tư pháp', '2025-06-16', '2025-07-01', 'CM_STP',
                       'thuvienphapluat.vn (number, 16 June 2025, title); a public snapshot of legal texts '
                       '(tnt305/tai_lieu_noi_bo: "có hiệu lực từ 1/7/2025"); amended by 24/2025/TT-BTP from 1 '
                       'December 2025 (not entered)'),
    'TT-37-2025-BCT': ('37/2025/TT-BCT',
                       'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về công thương thuộc '
                       'UBND cấp tỉnh và UBND cấp xã',
                       'Bộ Công Thương', '2025-06-14', '2025-07-01', 'CM_SCT',
                       'thuviennhadat.vn (number, 14 June 2025); news.laodong.vn ("from July 1, 2025, the Department '
                       'of Industry and Trade will perform its tasks" under the decree and the circular)'),
    'TT-10-2025-BXD': ('10/2025/TT-BXD',
                       'Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn thuộc UBND cấp tỉnh '
                       'và UBND cấp xã về lĩnh vực xây dựng',
                       'Bộ Xây dựng', '2025-06-14', '2025-07-01', 'CM_SXD',
                       'a public snapshot of legal texts (tnt305/tai_lieu_noi_bo: number, 14 June 2025, title); '
                       'news.laodong.vn (the Ministry: in force when the district level ends, 1 July 2025)'),
}
# a field a circular gives the commune besides those of Nghị định 150/2025: circular -> [(task, what the
# source says)]. The education circular adds community learning centres (vjs.vietnam.vn: the Phòng Văn hóa
# - Xã hội advises the commune on "preschool education; general education …; community learning centers"),
# a part of continuing education; the province keeps the continuing-education centres.
COMMUNE_TASKS = {'TT-15-2025-BGDDT': [('EDU.CONTINUE', 'community learning centres')]}


def main():
    mcols, mandates = read('mandates.csv')
    mandates = [m for m in mandates if m['code'] not in CIRCULARS]
    for code, (number, title, issuer, signed, in_force, _, _) in CIRCULARS.items():
        mandates.append(dict(code=code, kind='CIRCULAR', number=number, title=title, issuer=issuer,
                             issued_on=signed, effective_from=in_force, repealed_on='', replaced_by=''))
    write('mandates.csv', mcols, mandates)

    lcols, levels = read('function-levels.csv')
    levels = [r for r in levels if r['mandate_code'] not in CIRCULARS]
    rcols, rows = read('responsibilities.csv')
    rows = [r for r in rows if r['mandate_code'] not in CIRCULARS]
    department_circular = {dept: code for code, (*_, dept, _) in CIRCULARS.items()}
    led_by = {}
    for r in rows:
        if r['agency_code'] in department_circular and r['role'] == 'LEAD':
            led_by.setdefault(r['function_code'], r['agency_code'])
    added, present = [], set()
    for r in rows:
        code = None
        if r['agency_code'] in department_circular and r['mandate_code'] == DECREE:
            code = department_circular[r['agency_code']]
        elif body_kind(r['agency_code']) in OFFICES and r['mandate_code'] == DECREE and r['function_code'] in led_by:
            code = department_circular[led_by[r['function_code']]]
        if code:
            twin = dict(r, mandate_code=code, article='')
            key = tuple(twin.values())
            if key not in present:
                present.add(key)
                added.append(twin)
    units = communes(r['agency_code'] for r in rows)
    for code, tasks in COMMUNE_TASKS.items():
        in_force = CIRCULARS[code][4]
        for function, _ in tasks:
            levels.append(dict(function_code=function, level='COMMUNE', unit_kinds='', mandate_code=code,
                               valid_from=in_force, valid_to=''))
            for commune in units:
                for suffix, role in (('UBND', 'LEAD'), (office_of(function), 'ADVISE')):
                    added.append(dict(agency_code=f'{commune}_{suffix}', function_code=function, role=role,
                                      mandate_code=code, article='', valid_from=in_force, valid_to=''))
    write('function-levels.csv', lcols, levels)
    write('responsibilities.csv', rcols, rows + added)
    print(f'mandates +{len(CIRCULARS)}, responsibilities +{len(added)} (department and commune-office rows), '
          f'level rules +{sum(len(t) for t in COMMUNE_TASKS.values())}')


if __name__ == '__main__':
    main()
