#!/usr/bin/env python3
"""Gives Cà Mau's 64 communes and wards, from 1 July 2025, the former district tasks that the 2025
decrees dividing powers between the two tiers of local government hand to the commune (issue 11: "with
the functions and the level rules of Nghị định 150/2025/NĐ-CP and the 2025 decrees dividing powers
between the two tiers").

Until this script, a task the district led until 30 June 2025 and no commune rule named (a school's
establishment, a building permit, a household's first land title…) was held in today's Cà Mau by the
province alone, or by nobody: pre-school and primary education had no lead at all. The Government issued
28 decrees on 11 and 12 June 2025 dividing and delegating powers, all in force from 1 July 2025 (baochinhphu.vn,
13 June 2025, lists them; hoinongdan.dongnai.gov.vn). Only the tasks below, each with the source that says
the decree hands it to the commune, are entered; the other former district tasks are left as they were
(docs/seed-data.md, *Still to do*).

For each task: a level rule (the commune level leads it, from 1 July 2025, on the decree), the lead of
every Cà Mau commune's People's Committee on the decree (with the article where the source gives it),
and the advice (ADVISE) of the commune office whose portfolio it is under Nghị định 150/2025/NĐ-CP
(Phòng Kinh tế / Phòng Kinh tế, Hạ tầng và Đô thị, or Phòng Văn hóa - Xã hội). The province keeps its
leads: these decrees divide a task between the levels, so both levels are expected to lead it.

Deterministic and idempotent: its mandates, level rules and responsibilities are removed first, then
added again. Run after tools/add-ca-mau-communes.py, from the repository root:
python3 tools/add-two-tier-powers.py
"""

from commune_offices import communes, office_of
from seed_csv import read, write

D = '2025-07-01'
# the day Nghị định 254/2025/NĐ-CP repealed Điều 6 of 125/2025 and gave its settlement power a new article
SETTLEMENT_MOVED = '2025-09-26'

# code -> (number, title, issued on, in force from, repealed on, source)
DECREES = {
    'ND-125-2025': ('125/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương '
                    '02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tài chính', '2025-06-11', D, '',
                    'baochinhphu.vn (list of the 28 decrees); tintuc.thuvienphapluat.com (the commune manages, '
                    'pays and settles public-investment projects, Điều 6); a provincial text in the snapshot '
                    'tnt305/tai_lieu_noi_bo (11 June 2025)'),
    'ND-129-2025': ('129/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp '
                    'trong lĩnh vực quản lý của Bộ Nội vụ', '2025-06-11', D, '',
                    'a public snapshot of legal texts, tnt305/tai_lieu_noi_bo (Hà Nội\'s decision citing its number, '
                    '11 June 2025 and title; a thuvienphapluat.vn answer quoting Điều 59: the commune chair awards '
                    'the titles and certificates of Điều 80 khoản 2 and 3 of Luật Thi đua, khen thưởng); '
                    'baochinhphu.vn (in force 1 July 2025 with the 28 decrees)'),
    'ND-131-2025': ('131/2025/NĐ-CP', 'Nghị định quy định phân định thẩm quyền của chính quyền địa phương 02 cấp '
                    'trong lĩnh vực quản lý nhà nước của Bộ Nông nghiệp và Môi trường', '2025-06-12', D, '',
                    'atld.vn (heading and Điều 1); hoatieu.vn (table of contents: the commune\'s powers in crops, '
                    'Điều 4; livestock, Điều 6-7; irrigation, Điều 16-17; in force 1 July 2025); Hà Tĩnh\'s decision '
                    '2913/QĐ-UBND of 24 November 2025 in the snapshot tnt305/tai_lieu_noi_bo (khoản 1 Điều 29: the '
                    'commune chair receives the environmental registrations of projects and establishments)'),
    'ND-137-2025': ('137/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp '
                    'trong lĩnh vực văn hóa, thể thao và du lịch', '2025-06-12', D, '',
                    'dulichgiaitri.vn; vietnam.vn (festival registration, performing-arts and film-screening '
                    'notices received by the commune\'s People\'s Committee); a summary in the snapshot '
                    'tnt305/tai_lieu_noi_bo (the commune\'s People\'s Committee files the recognition of a '
                    'provincial tourist area, Luật Du lịch Điều 27 khoản 2 điểm a, as the district\'s did)'),
    # in force until 1 March 2027, like 151/2025 (a scheduled end, recorded as its repeal day)
    'ND-140-2025': ('140/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp '
                    'trong lĩnh vực quản lý nhà nước của Bộ Xây dựng', '2025-06-12', D, '2027-03-01',
                    'sggp.org.vn (building permits issued by the commune\'s People\'s Committee); '
                    'pbgdpl.cantho.gov.vn (in force 1 July 2025); a thuvienphapluat.vn answer in the snapshot '
                    'tnt305/tai_lieu_noi_bo quoting khoản 1 Điều 4 (building permits of Luật Xây dựng Điều 103 '
                    'khoản 2 and 3 by the commune\'s People\'s Committee) and a summary in the same snapshot ("từ '
                    'ngày 01 tháng 7 năm 2025 và hết hiệu lực kể từ ngày 01 tháng 3 năm 2027")'),
    'ND-142-2025': ('142/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương hai cấp '
                    'trong lĩnh vực quản lý nhà nước của Bộ Giáo dục và Đào tạo', '2025-06-12', D, '',
                    'ngoisao.vn (in force 1 July 2025; the commune chair establishes, permits, suspends, merges '
                    'and dissolves pre-schools); ngaynay.vn (also primary and lower-secondary schools)'),
    'ND-147-2025': ('147/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp '
                    'trong lĩnh vực quản lý nhà nước của Bộ Y tế', '2025-06-12', D, '',
                    'ngaynay.vn (12 June 2025, its subject, 6 chapters, 29 articles); a summary of its text in the '
                    'snapshot tnt305/tai_lieu_noi_bo (in its part on disease prevention the commune chair plans the '
                    'vaccine needs of the expanded immunisation programme and suspends public eateries in an '
                    'epidemic, as the district chair did; "có hiệu lực thi hành từ ngày 1/7/2025")'),
    # not one of the 28: the decree on business registration, which gives household businesses' registration
    # to the commune's business registration office
    'ND-168-2025': ('168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30', D, '',
                    'tapchitaichinh.vn (in force 1 July 2025); vinshop.vn (30 June 2025, replacing 01/2021/NĐ-CP); a '
                    'thuvienphapluat.vn article in the snapshot tnt305/tai_lieu_noi_bo quoting khoản 1 Điều 85: the '
                    'household business certificate is issued by the commune\'s business registration office'),
    # not one of the 28 either: the decree on paying and settling public investment, which repealed Điều 6 of
    # 125/2025 and took its settlement power over
    'ND-254-2025': ('254/2025/NĐ-CP', 'Nghị định quy định về quản lý, thanh toán, quyết toán dự án sử dụng vốn '
                    'đầu tư công', SETTLEMENT_MOVED, SETTLEMENT_MOVED, '',
                    'summaries in the snapshot tnt305/tai_lieu_noi_bo: its day, 6 chapters and 56 articles, in force '
                    'on signing, repealing Nghị định 99/2021/NĐ-CP and Điều 6 of 125/2025 (ce3c5bcdffb5105a.md); a '
                    'thuvienphapluat.vn answer quoting khoản 1 Điều 34: the commune chair approves the settlement '
                    'of completed projects the commune manages, those handed over by the district included '
                    '(0bcf29d75837176e.md)'),
    # in force until 1 March 2027 (vietnamnet.vn): a scheduled end, recorded as its repeal day
    'ND-151-2025': ('151/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, '
                    'phân quyền, phân cấp trong lĩnh vực đất đai', '2025-06-12', D, '2027-03-01',
                    'luatsuhcm.com (heading); vietnamnet.vn (in force 1 July 2025 to 1 March 2027); danviet.vn '
                    '(the commune\'s land-use plan, compensation, resettlement and enforced recovery, Điều 14); '
                    'hoinongdan.dongnai.gov.vn (first land titles of households and individuals, Điều 5)'),
}
# task -> (decree, article) or, where the power moved to another decree, [(decree, article, from, to)]; the
# commune office that advises on it is the one of its field (commune_offices.py)
TASKS = {
    'AGRI.CROP': ('ND-131-2025', 'Điều 4'),
    'AGRI.LIVE': ('ND-131-2025', 'Điều 6'),
    'AGRI.IRRIG': ('ND-131-2025', 'Điều 16'),
    'ENV.LAND.PLAN': ('ND-151-2025', 'Điều 14'),
    'ENV.LAND.ALLOC': ('ND-151-2025', 'Điều 14'),
    'ENV.LAND.TITLE': ('ND-151-2025', 'Điều 5'),
    'CONST.PERMIT': ('ND-140-2025', 'khoản 1 Điều 4'),
    'FIN.SETTLE': [('ND-125-2025', 'Điều 6', D, SETTLEMENT_MOVED),
                   ('ND-254-2025', 'khoản 1 Điều 34', SETTLEMENT_MOVED, '')],
    'EDU.PRESCHOOL': ('ND-142-2025', ''),
    'EDU.PRIMARY': ('ND-142-2025', ''),
    'CULT.CULTURE': ('ND-137-2025', ''),
    'CULT.TOUR': ('ND-137-2025', ''),
    'HOME.AWARD': ('ND-129-2025', 'Điều 59'),
    'HEALTH.PREVENT': ('ND-147-2025', ''),
    'ENV.POLL': ('ND-131-2025', 'khoản 1 Điều 29'),
    'PLAN.BIZREG': ('ND-168-2025', 'khoản 1 Điều 85'),
}
MANDATE_COLUMNS = ['code', 'kind', 'number', 'title', 'issuer', 'issued_on', 'effective_from', 'repealed_on',
                   'replaced_by']
LEVEL_COLUMNS = ['function_code', 'level', 'unit_kinds', 'mandate_code', 'valid_from', 'valid_to']
RESPONSIBILITY_COLUMNS = ['agency_code', 'function_code', 'role', 'mandate_code', 'article', 'valid_from',
                          'valid_to']


def spans(task):
    """The (decree, article, from, to) of a task's commune lead, in order."""
    basis = TASKS[task]
    return basis if isinstance(basis, list) else [(*basis, D, '')]


def main():
    mandates = [m for m in read('mandates.csv') if m['code'] not in DECREES]
    for code, (number, title, issued, in_force, repealed, _) in DECREES.items():
        mandates.append({'code': code, 'kind': 'DECREE', 'number': number, 'title': title, 'issuer': 'Chính phủ',
                         'issued_on': issued, 'effective_from': in_force, 'repealed_on': repealed,
                         'replaced_by': ''})
    write('mandates.csv', MANDATE_COLUMNS, mandates)

    levels = [r for r in read('function-levels.csv') if r['mandate_code'] not in DECREES]
    for function in TASKS:
        for decree, _, start, end in spans(function):
            levels.append({'function_code': function, 'level': 'COMMUNE', 'unit_kinds': '', 'mandate_code': decree,
                           'valid_from': start, 'valid_to': end})
    write('function-levels.csv', LEVEL_COLUMNS, levels)

    units = communes(a['code'] for a in read('agencies.csv'))
    rows = [r for r in read('responsibilities.csv') if r['mandate_code'] not in DECREES]
    added = 0
    for commune in units:
        for function in TASKS:
            for decree, article, start, end in spans(function):
                for agency, role in ((f'{commune}_UBND', 'LEAD'), (f'{commune}_{office_of(function)}', 'ADVISE')):
                    # the first span starts with the commune itself
                    rows.append({'agency_code': agency, 'function_code': function, 'role': role,
                                 'mandate_code': decree, 'article': article if role == 'LEAD' else '',
                                 'valid_from': '' if start == D else start, 'valid_to': end})
                    added += 1
    write('responsibilities.csv', RESPONSIBILITY_COLUMNS, rows)
    print(f'mandates +{len(DECREES)}, level rules +{sum(len(spans(t)) for t in TASKS)}, responsibilities +{added} '
          f'({len(units)} communes and wards)')


if __name__ == '__main__':
    main()
