#!/usr/bin/env python3
"""Adds the laws (and one decree) that were in force before laws the seed cites took effect, so that a day
of the record before them (the NQ-18 pilot of 2019-2023, docs/seed-data.md) cites what was in force
then instead of reporting the bodies' tasks as unfounded and their commune tasks as gaps (issue 11:
"the analysis of any day cites what was in force that day"). The mirror of add-successor-laws.py.

Each predecessor: number, days and the law that replaced it as a public copy gives them (the source is
given with it; docs/seed-data.md lists them). A responsibility that cites the newer law and starts before
it took effect gets a second row, the same in everything but the mandate (no article: the numbering
differs), on the predecessor; the predecessor's repeal ends what that row counts for. So does each level
rule on the newer law (the same tiers led the same tasks under the older one).

Deterministic and idempotent: the mandates it adds and the rows it restates are removed first.
Run from the repository root: python3 tools/add-predecessor-laws.py
"""
from seed_csv import read, write


# newer law -> (predecessor code, number, title, issued on, in force from, source)
PREDECESSORS = {
    'L-CAND-2018': ('L-CAND-2014', '73/2014/QH13', 'Luật Công an nhân dân (2014)', '2014-11-27', '2015-07-01',
                    'vietjack.me (in force 1 July 2015, no longer from 1 July 2019)'),
    'L-DQTV-2019': ('L-DQTV-2009', '43/2009/QH12', 'Luật Dân quân tự vệ (2009)', '2009-11-23', '2010-07-01',
                    'hethongphapluat.com, vietjack.me (in force 1 July 2010); dqtv.vn (the 2019 law from 1 July 2020)'),
    'L-TN-2020': ('L-TN-2005', '53/2005/QH11', 'Luật Thanh niên (2005)', '2005-11-29', '2006-07-01',
                  'vietjack.me (in force 1 July 2006, no longer from 1 January 2021); youth.uel.edu.vn (replaced by '
                  'the 2020 law)'),
    'L-THANHTRA-2022': ('L-THANHTRA-2010', '56/2010/QH12', 'Luật Thanh tra (2010)', '2010-11-15', '2011-07-01',
                        'the Ministry of Justice\'s introduction of the 2022 law (replaces 56/2010/QH12 of 15 November '
                        '2010, in force 1 July 2011); luatvietnam.vn (the 2022 law from 1 July 2023)'),
    'L-GD-2019': ('L-GD-2005', '38/2005/QH11', 'Luật Giáo dục (2005)', '2005-06-14', '2006-01-01',
                  'luatsux.vn (Điều 114 of the 2019 law ends 38/2005/QH11 as amended); vietjack.me (dates); '
                  'baodaklak.vn'),
    'L-PCTN-2018': ('L-PCTN-2005', '55/2005/QH11', 'Luật Phòng, chống tham nhũng (2005)', '2005-11-29', '2006-06-01',
                    'vksdanang.gov.vn and daulieu.hatinh.gov.vn (the 2018 law replaces 55/2005/QH11 and its amending '
                    'laws 01/2007/QH12, 27/2012/QH13); vietjack.me and the consolidated text 10/VBHN-VPQH (dates)'),
    'L-TC-2018': ('L-TC-2011', '03/2011/QH13', 'Luật Tố cáo (2011)', '2011-11-11', '2012-07-01',
                  'luatducthanh.com (in force 1 July 2012, ends when the 2018 law takes effect)'),
    'L-QP-2018': ('L-QP-2005', '39/2005/QH11', 'Luật Quốc phòng (2005)', '2005-06-14', '2006-01-01',
                  'luatminhkhue.vn (in force 1 January 2006, no longer from 1 January 2019); kyanh.hatinh.gov.vn'),
    'L-DTC-2019': ('L-DTC-2014', '49/2014/QH13', 'Luật Đầu tư công (2014)', '2014-06-18', '2015-01-01',
                   'moj.gov.vn (passed 18 June 2014, in force 1 January 2015); business.gov.vn (Luật số 49/2014/QH13)'),
    'L-LN-2017': ('L-BVPTR-2004', '29/2004/QH11', 'Luật Bảo vệ và phát triển rừng (2004)', '2004-12-03', '2005-04-01',
                  'luatminhkhue.vn (issued 3 December 2004, in force 1 April 2005, no longer in force from 1 January '
                  '2019)'),
    'L-TS-2017': ('L-TS-2003', '17/2003/QH11', 'Luật Thủy sản (2003)', '2003-11-26', '2004-07-01',
                  'vietjack.me (in force 1 July 2004, no longer from 1 January 2019)'),
    'L-TDKT-2022': ('L-TDKT-2003', '15/2003/QH11', 'Luật Thi đua, khen thưởng (2003)', '2003-11-26', '2004-07-01',
                    'vi.wikisource.org (Điều 94 of the 2022 law ends 15/2003/QH11 as amended); vietjack.me and '
                    'vbpl.vn (dates)'),
    # a whole new law of the same title: the sources give the older law's days; the newer law's repeal
    # article was not read (docs/seed-data.md)
    'L-NO-2023': ('L-NO-2014', '65/2014/QH13', 'Luật Nhà ở (2014)', '2014-11-25', '2015-07-01',
                  'the consolidated text 03/VBHN-VPQH (number and days)'),
    'L-TNN-2023': ('L-TNN-2012', '17/2012/QH13', 'Luật Tài nguyên nước (2012)', '2012-06-21', '2013-01-01',
                   'aresen.vn (number and days); tapchimoitruong.vn'),
    'L-GIA-2023': ('L-GIA-2012', '11/2012/QH13', 'Luật Giá (2012)', '2012-06-20', '2013-01-01',
                   'the consolidated text 19/VBHN-VPQH on thuvienphapluat.vn; dms.gov.vn (the 2023 law against the 2012 '
                   'law)'),
    'L-HTX-2023': ('L-HTX-2012', '23/2012/QH13', 'Luật Hợp tác xã (2012)', '2012-11-20', '2013-07-01',
                   'luathoptacxa.com (number and days)'),
    # a decree of the same title and subject (the sanctions for road and rail traffic), which the 2019 one
    # replaced on its day of effect; its repeal article was not read
    'ND-100-2019': ('ND-46-2016', '46/2016/NĐ-CP', 'Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực '
                    'giao thông đường bộ và đường sắt (2016)', '2016-05-26', '2016-08-01',
                    'webthethao.vn (in force 1 August 2016, replacing 171/2013 and 107/2014); a public question '
                    'bank quoting its number, day and title'),
}
# newer law -> the seed's own row of the law it replaced (already dated there): only the rows are restated
IN_SEED = {'L-DTC-2024': 'L-DTC-2019', 'L-TTATGTDB-2024': 'L-GTDB-2008', 'L-DB-2024': 'L-GTDB-2008',
           'L-DD-2024': 'L-DD-2013'}
MANDATE_COLUMNS = ['code', 'kind', 'number', 'title', 'issuer', 'issued_on', 'effective_from', 'repealed_on',
                   'replaced_by']
LEVEL_COLUMNS = ['function_code', 'level', 'unit_kinds', 'mandate_code', 'valid_from', 'valid_to']
RESPONSIBILITY_COLUMNS = ['agency_code', 'function_code', 'role', 'mandate_code', 'article', 'valid_from',
                          'valid_to']


def main():
    old_codes = {old for old, *_ in PREDECESSORS.values()}
    older = {new: old for new, (old, *_) in PREDECESSORS.items()} | IN_SEED
    mandates = [m for m in read('mandates.csv') if m['code'] not in old_codes]
    effective = {m['code']: m['effective_from'] for m in mandates}
    for new, (old, number, title, issued, in_force, _) in PREDECESSORS.items():
        kind, issuer = ('DECREE', 'Chính phủ') if new.startswith('ND-') else ('LAW', 'Quốc hội')
        mandates.append({'code': old, 'kind': kind, 'number': number, 'title': title, 'issuer': issuer,
                         'issued_on': issued, 'effective_from': in_force, 'repealed_on': effective[new],
                         'replaced_by': new})
    write('mandates.csv', MANDATE_COLUMNS, mandates)

    starts = {}
    for a in read('agencies.csv'):
        starts[a['code']] = min(starts.get(a['code'], a['valid_from']), a['valid_from'])
    # rows on the added laws are all this script's; rows on the seed's own older laws are added only
    # where missing, so a second run adds nothing
    rows = [r for r in read('responsibilities.csv') if r['mandate_code'] not in old_codes]
    present = {tuple(r.values()) for r in rows}
    restated, kept_twins = [], []
    pending = list(rows)  # a restated row is restated again where its law had a predecessor too
    for r in pending:
        if r['mandate_code'] in older and max(r['valid_from'], starts[r['agency_code']]) < effective[r['mandate_code']]:
            n = dict(r, mandate_code=older[r['mandate_code']], article='')
            if tuple(n.values()) not in present:
                present.add(tuple(n.values()))
                (restated if n['mandate_code'] in old_codes else kept_twins).append(n)
                pending.append(n)
    # the twins on the seed's own laws stay with the seed's rows, so a second run writes the same file
    write('responsibilities.csv', RESPONSIBILITY_COLUMNS, rows + kept_twins + restated)
    restated += kept_twins

    # the level rules the newer law gives held under the older one as well (the same tiers led the
    # same tasks: police, militia, youth, inspection, land, roads)
    levels = [r for r in read('function-levels.csv') if r['mandate_code'] not in old_codes]
    present = {tuple(r.values()) for r in levels}
    twins = []
    pending = list(levels)
    for r in pending:
        if r['mandate_code'] in older and (r['valid_from'] == '' or r['valid_from'] < effective[r['mandate_code']]):
            n = dict(r, mandate_code=older[r['mandate_code']])
            if tuple(n.values()) not in present:
                present.add(tuple(n.values()))
                twins.append(n)
                pending.append(n)
    write('function-levels.csv', LEVEL_COLUMNS, levels + twins)
    print(f'mandates +{len(PREDECESSORS)}, responsibilities restated: {len(restated)}, level rules: {len(twins)}')


if __name__ == '__main__':
    main()
