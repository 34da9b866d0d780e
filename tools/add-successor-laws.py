#!/usr/bin/env python3
"""Dates the repeal of the laws the seed cites that were replaced in 2025 and 2026, adds their successors,
and restates on the successor every responsibility that still counts after the repeal (issue 11, "legal
basis complete and dated": the analysis of any day cites what was in force that day).

Each successor below was checked against a public copy or report of the law (the source is given with
it; docs/seed-data.md lists them). A responsibility of a body that exists after the repeal day and cites
the replaced law gets a second row, the same in everything but the mandate (no article: the old law's
article numbers do not carry over), so that from that day it cites the law in force; before that day
the old law still counts. Rows of bodies that end before the repeal are left alone.

Deterministic and idempotent: mandates it adds and rows it restates are removed first, then added again.
Run from the repository root: python3 tools/add-successor-laws.py
"""
from seed_csv import read, write


# old code -> (new code, number, title, issued on, in force from, source)
SUCCESSORS = {
    'L-KS-2010': ('L-DCKS-2024', '54/2024/QH15', 'Luật Địa chất và khoáng sản', '2024-11-29', '2025-07-01',
                  'Điều 110 khoản 4 as quoted by danhmucvanbanphapluatvietnam.blogspot.com; baotintuc.vn'),
    'L-BHVB-2015': ('L-BHVB-2025', '64/2025/QH15', 'Luật Ban hành văn bản quy phạm pháp luật', '2025-02-19',
                    '2025-04-01', 'tcvn.gov.vn; the law\'s heading on tailieu.vn'),
    'L-THANHTRA-2022': ('L-THANHTRA-2025', '84/2025/QH15', 'Luật Thanh tra', '2025-06-25', '2025-07-01',
                        'thanhtra.laocai.gov.vn; pbgdpl.gov.vn'),
    'L-CBCC-2008': ('L-CBCC-2025', '80/2025/QH15', 'Luật Cán bộ, công chức', '2025-06-24', '2025-07-01',
                    'thuvienphapluat.vn; hcma.vn'),
    'L-KHCN-2013': ('L-KHCNDMST-2025', '93/2025/QH15', 'Luật Khoa học, công nghệ và đổi mới sáng tạo', '2025-06-27',
                    '2025-10-01', 'vneconomy.vn and huengaynay.vn on Quyết định 2330/QĐ-TTg'),
    'L-VL-2013': ('L-VL-2025', '74/2025/QH15', 'Luật Việc làm', '2025-06-16', '2026-01-01', 'nhansu.vn'),
    'L-LT-2011': ('L-LT-2024', '33/2024/QH15', 'Luật Lưu trữ', '2024-06-21', '2025-07-01',
                  'sonv.ninhthuan.gov.vn (Luật Lưu trữ 01/2011/QH13 ceases that day); vietjack.me, Chương VIII'),
    'L-CD-2012': ('L-CD-2024', '50/2024/QH15', 'Luật Công đoàn', '2024-11-27', '2025-07-01',
                  'vietjack.me, Luật Công đoàn 2024 (replaces Luật Công đoàn 2012); laodong trade-union briefing'),
    'L-NSNN-2015': ('L-NSNN-2025', '89/2025/QH15', 'Luật Ngân sách nhà nước', '2025-06-25', '2026-01-01',
                    'english.luatvietnam.vn; the Government e-Portal as cited by globalreferral.group'),
    'L-GDNN-2014': ('L-GDNN-2025', '124/2025/QH15', 'Luật Giáo dục nghề nghiệp', '2025-12-10', '2026-01-01',
                    'the law\'s heading on thuviennhadat.vn; ngaynay.vn, nghenghiepcuocsong.vn and thanhnien.vn '
                    '(in force from 1 January 2026)'),
    # the number of the 2025 press law was not found in any copy at hand: left empty, not guessed
    'L-BC-2016': ('L-BC-2025', '', 'Luật Báo chí (2025)', '2025-12-10', '2026-07-01',
                  'plo.vn (passed 10 December 2025, in force 1 July 2026); baothanhhoa.vn, sggp.org.vn '
                  '(4 chapters, 51 articles, in force 1 July 2026)'),
    'L-VC-2010': ('L-VC-2025', '129/2025/QH15', 'Luật Viên chức', '2025-12-10', '2026-07-01',
                  'vietnamplus.vn (passed 10 December 2025); phobienphapluat.ufl.udn.vn (number, in force 1 July '
                  '2026); vnexpress.net'),
    'L-XD-2014': ('L-XD-2025', '135/2025/QH15', 'Luật Xây dựng', '2025-12-10', '2026-07-01',
                  'public legal registers citing vanban.chinhphu.vn and thuvienphapluat.vn ("Luật Xây dựng 2014 hết '
                  'hiệu lực từ 01/07/2026")'),
    # a whole new law of the same title; its repeal article was not read
    'L-QH-2017': ('L-QH-2025', '112/2025/QH15', 'Luật Quy hoạch', '2025-12-10', '2026-03-01',
                  'thuviennhadat.vn (the law\'s heading: "Quốc hội ban hành Luật Quy hoạch", 10 December 2025); '
                  'public legal registers (in force 1 March 2026)'),
    'L-CNTT-2006': ('L-CDS-2025', '148/2025/QH15', 'Luật Chuyển đổi số', '2025-12-11', '2026-07-01',
                    'thuviennhadat.vn (heading); baothanhhoa.vn, vietnamnet.vn (in force 1 July 2026); pbgdpl.gov.vn '
                    '(the 2006 law "đã hoàn thành sứ mệnh"); a public legal register citing Công báo (its Điều 47 '
                    'repeals the 2006 law)'),
}
MANDATE_COLUMNS = ['code', 'kind', 'number', 'title', 'issuer', 'issued_on', 'effective_from', 'repealed_on',
                   'replaced_by']
RESPONSIBILITY_COLUMNS = ['agency_code', 'function_code', 'role', 'mandate_code', 'article', 'valid_from',
                          'valid_to']


def ends_after(valid_to, day):
    return valid_to == '' or valid_to > day


def main():
    new_codes = {new for new, *_ in SUCCESSORS.values()}
    mandates = [m for m in read('mandates.csv') if m['code'] not in new_codes]
    for m in mandates:
        if m['code'] in SUCCESSORS:
            new, _, _, _, in_force, _ = SUCCESSORS[m['code']]
            m['repealed_on'], m['replaced_by'] = in_force, new
    for old, (new, number, title, issued, in_force, _) in SUCCESSORS.items():
        mandates.append({'code': new, 'kind': 'LAW', 'number': number, 'title': title, 'issuer': 'Quốc hội',
                         'issued_on': issued, 'effective_from': in_force, 'repealed_on': '', 'replaced_by': ''})
    write('mandates.csv', MANDATE_COLUMNS, mandates)

    agency_ends = {}
    for a in read('agencies.csv'):
        end = a['valid_to']
        known = agency_ends.get(a['code'])
        agency_ends[a['code']] = '' if known == '' or end == '' else max(known or end, end)
    agency_starts = {}
    for a in read('agencies.csv'):
        agency_starts[a['code']] = min(agency_starts.get(a['code'], a['valid_from']), a['valid_from'])

    def twin(r, code):
        return (r['agency_code'], r['function_code'], r['role'], code, r['valid_from'], r['valid_to'])

    all_rows = read('responsibilities.csv')
    old_twins = {twin(r, SUCCESSORS[r['mandate_code']][0]) for r in all_rows if r['mandate_code'] in SUCCESSORS}
    # a row on a successor is this script's restatement when its old-law twin is still there (made again
    # below); one without (it replaced a row that started after the repeal) is kept as it is
    rows = [r for r in all_rows if r['mandate_code'] not in new_codes or twin(r, r['mandate_code']) not in old_twins]
    restated = []
    replaced = []
    for r in rows:
        if r['mandate_code'] not in SUCCESSORS:
            continue
        new, _, _, _, in_force, _ = SUCCESSORS[r['mandate_code']]
        if ends_after(r['valid_to'], in_force) and ends_after(agency_ends[r['agency_code']], in_force):
            restated.append(dict(r, mandate_code=new, article=''))
            # a row that starts only once the old law is repealed never counted under it (Cà Mau's
            # bodies, from 1 July 2025): the successor's row replaces it
            if max(r['valid_from'], agency_starts[r['agency_code']]) >= in_force:
                replaced.append(id(r))
    rows = [r for r in rows if id(r) not in replaced]
    write('responsibilities.csv', RESPONSIBILITY_COLUMNS, rows + restated)
    print(f'mandates: {len(SUCCESSORS)} repealed, {len(SUCCESSORS)} added; responsibilities restated: {len(restated)} '
          f'({len(replaced)} of them replacing a row that starts after the repeal)')


if __name__ == '__main__':
    main()
