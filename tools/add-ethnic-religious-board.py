#!/usr/bin/env python3
"""Moves Bạc Liêu's religious-affairs board (Ban Tôn giáo of Sở Nội vụ) into the provincial ethnic-affairs
committee from 1 January 2019, which became Ban Dân tộc và Tôn giáo tỉnh until it turned into Sở Dân tộc
và Tôn giáo on 1 March 2025 (issue 11: "its real history as far as sources allow").

What the sources say (docs/seed-data.md lists them):
- the People's Council (khóa IX) resolution of 2018 that started the NQ-18 pilot also moved "Ban Tôn giáo
  trực thuộc Sở Nội vụ ... về Ban Dân tộc để thành lập Ban Dân tộc và Tôn giáo" (cand.com.vn, "Bạc Liêu
  sáp nhập nhiều sở, ngành"; Tiền Phong as reprinted by hatinh24h.com.vn);
- the body went on under that name: baodantoc.vn (October 2023, a new head of "Ban Dân tộc và Tôn giáo
  tỉnh" after nearly three years without one) and vovworld.vn (27 September 2024, "Ban Dân tộc và Tôn
  giáo tỉnh Bạc Liêu" at the Sen Dolta festival) — so Nghị định 107/2020/NĐ-CP, which gave religion back
  to home affairs in the national model, did not undo it in Bạc Liêu before 2025;
- the religious board itself dates from 1 January 2010 (Quyết định 4677/QĐ-UBND of 31 December 2009,
  snv.baclieu.gov.vn), as the seed already has it.
The move's day is not given by a source: it is the day the same resolution's mergers took effect
(1 January 2019, tools/add-nq18-pilot.py), and its legal basis is that resolution's illustrative code.
Staff quota of the joined committee: the sum of its two parts, illustrative like Sở Dân tộc và Tôn giáo's.

Run after tools/add-nq18-pilot.py (which adds ILLUS-NQ-HDND-BL-2018). Deterministic and idempotent: it
restores the committee's, the board's and the 2025 event's first state, then applies the move again.
Run from the repository root: python3 tools/add-ethnic-religious-board.py
"""
from seed_csv import read_with_columns as read, write

MOVE, REFORM = '2019-01-01', '2025-03-01'
COMMITTEE, BOARD, DEPARTMENT = 'BL_BDT', 'BL_BTG_SNV', 'BL_SDTTG'
JOINED_NAME = ('Ban Dân tộc và Tôn giáo tỉnh', 'Provincial Committee for Ethnic and Religious Affairs')
BASIS = 'ILLUS-NQ-HDND-BL-2018'
RELIGION = 'HOME.RELIG'
EVENTS = ('EV_2019_01_01_BDTTG', 'EV_2019_01_01_BDTTG_NAME', 'EV_2025_03_01_SDTTG_TASKS', 'EV_2025_03_01_BDT_END')
# what the committee held on the reform's eve and Sở Dân tộc và Tôn giáo holds from it
PORTFOLIO = 'ETHNIC.KHMER;ETHNIC.POLICY;HOME.RELIG'


def restore_agencies(agencies):
    """The committee as one row until the reform, the board until the reform."""
    out = []
    for a in agencies:
        if a['code'] == COMMITTEE and a['valid_from'] == MOVE:
            continue
        if a['code'] == COMMITTEE and a['valid_to'] == MOVE:
            a = dict(a, valid_to=REFORM)
        if a['code'] == BOARD and a['valid_to'] == MOVE:
            a = dict(a, valid_to=REFORM)
        out.append(a)
    return out


def main():
    acols, agencies = read('agencies.csv')
    agencies = restore_agencies(agencies)
    quota = {a['code']: int(a['staff_quota'] or 0) for a in agencies if a['code'] in (COMMITTEE, BOARD)}
    moved = []
    for a in agencies:
        if a['code'] == COMMITTEE and a['valid_from'] == '':
            moved.append(dict(a, valid_to=MOVE))
            moved.append(dict(a, name=JOINED_NAME[0], name_en=JOINED_NAME[1], staff_quota=str(sum(quota.values())),
                              valid_from=MOVE))
        elif a['code'] == BOARD:
            moved.append(dict(a, valid_to=MOVE))
        else:
            moved.append(a)
    write('agencies.csv', acols, moved)

    rcols, rows = read('responsibilities.csv')
    rows = [r for r in rows if not (r['agency_code'] == COMMITTEE and r['function_code'] == RELIGION)]
    taken = []
    for r in rows:
        if r['agency_code'] == BOARD and r['function_code'] == RELIGION and r['role'] == 'LEAD':
            taken.append(dict(r, agency_code=COMMITTEE, article='', valid_from=MOVE, valid_to=''))
            r['valid_to'] = MOVE  # the board's own row ends with it (a second run writes the same)
    taken.append(dict(agency_code=COMMITTEE, function_code=RELIGION, role='LEAD', mandate_code=BASIS, article='',
                      valid_from=MOVE, valid_to=''))
    write('responsibilities.csv', rcols, rows + taken)

    ccols, changes = read('changes.csv')
    changes = [c for c in changes if c['code'] not in EVENTS]
    # one body into a new one is no merger (a merger of one is an absorption into a body that existed):
    # the department is established, takes the committee's portfolio, and the committee ends
    for c in changes:
        if c['code'] == 'EV_2025_03_01_SDTTG':
            c.update(kind='ESTABLISH', from_codes='', to_codes=DEPARTMENT,
                     note='Thành lập Sở Dân tộc và Tôn giáo trên cơ sở Ban Dân tộc và Tôn giáo tỉnh')
    events = [
        dict(code=EVENTS[0], date=MOVE, kind='MERGE', from_codes=f'{COMMITTEE};{BOARD}', to_codes=COMMITTEE,
             function_codes='', mandate_code=BASIS,
             note='Ban Tôn giáo (thuộc Sở Nội vụ) chuyển về Ban Dân tộc tỉnh (thí điểm theo Nghị quyết 18-NQ/TW)'),
        dict(code=EVENTS[1], date=MOVE, kind='RENAME', from_codes=COMMITTEE, to_codes='', function_codes='',
             mandate_code=BASIS, note='Ban Dân tộc tỉnh thành Ban Dân tộc và Tôn giáo tỉnh'),
    ]
    reform = [
        dict(code=EVENTS[2], date=REFORM, kind='TRANSFER', from_codes=COMMITTEE, to_codes=DEPARTMENT,
             function_codes=PORTFOLIO, mandate_code='ILLUS-NQ-HDND-BL-2025',
             note='Chức năng, nhiệm vụ của Ban Dân tộc và Tôn giáo chuyển sang Sở Dân tộc và Tôn giáo'),
        dict(code=EVENTS[3], date=REFORM, kind='DISSOLVE', from_codes=COMMITTEE, to_codes='', function_codes='',
             mandate_code='ILLUS-NQ-HDND-BL-2025', note='Ban Dân tộc và Tôn giáo tỉnh kết thúc hoạt động'),
    ]
    at = next(i for i, c in enumerate(changes) if c['code'] == 'EV_2025_03_01_SDTTG') + 1
    changes[at:at] = reform
    write('changes.csv', ccols, events + changes)
    print(f'{BOARD} ends on {MOVE}; {COMMITTEE} renamed and leads {RELIGION} ({len(taken)} rows) until {REFORM}')


if __name__ == '__main__':
    main()
