#!/usr/bin/env python3
"""Checks ca-mau-communes-2025.csv against the text of Nghị quyết 1655/NQ-UBTVQH15 (nq-1655-2025-text.md,
a copy of the resolution: SOURCES.md, S-TEXT1655) and, with --write, rewrites each row's qualifiers
(một phần / phần còn lại) and its source key from the text.

A row agrees when the old units it lists are exactly those its khoản names; the khoản of each of the 63
new units (khoản 1–63) and the unit left as it was (khoản 64: xã Hồ Thị Kỷ) are read from the text.
Run from the repository root: python3 tools/research/communes/check-against-1655.py [--write]
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
from seed_csv import read_with_columns, write  # noqa: E402  (an absolute path reads and writes outside seed-data/)

TEXT = os.path.join(HERE, 'nq-1655-2025-text.md')
TABLE = os.path.join(HERE, 'ca-mau-communes-2025.csv')
KIND = r'(?:thị trấn|xã|phường|Phường)'
# words a clause names besides the old units: the towns and islands that tell same-named units apart
NOT_UNITS = {'Điều', 'Phường', 'Bạc Liêu', 'Cà Mau', 'Giá Rai', 'Hòn Chuối', 'Hòn Đá Bạc'}
SEGMENT = re.compile(r'(toàn bộ diện tích tự nhiên, quy mô dân số của|một phần diện tích tự nhiên, quy mô dân số của'
                     r'|phần còn lại của(?: của)?)')


def norm(s):
    return unicodedata.normalize('NFC', s).replace('Hoà', 'Hòa').strip()


def articles(text):
    """khoản number -> (new unit's name as in the table, the clause's text before the new name)"""
    found = {}
    for m in re.finditer(r'\n(\d+)\. Sắp xếp (.*?)thành (?:xã mới|phường mới)?(?: có tên gọi là)? ?\*\*(xã|phường) ([^*]+)\*\*',
                         text):
        found[f'{m.group(3).capitalize()} {norm(m.group(4))}'] = (int(m.group(1)), norm(m.group(2)).replace('**', ''))
    return found


def bare_name(old_name):
    """the name as a clause gives it after its kind: 'Vĩnh Hậu A'; a numbered ward keeps its kind: 'Phường 5'"""
    name = re.sub(r' \(.*$', '', old_name)
    return name if re.fullmatch(r'Phường \d+', name) else re.sub(r'^(Xã|Phường|Thị trấn) ', '', name)


def named(old_name):
    """the old unit's name as a whole word of a clause"""
    return re.compile(r'(?<![\wÀ-ỹ])' + re.escape(bare_name(old_name)) + r'(?![\wÀ-ỹ])')


def qualifier(clause, old_name):
    """whole, part or the rest, by the segment of the clause in which the old unit is named"""
    pos = [m.start() for m in named(old_name).finditer(clause)]
    if not pos:
        return None
    marks = [(m.start(), m.group(1)) for m in SEGMENT.finditer(clause) if m.start() < pos[0]]
    kind = marks[-1][1] if marks else ''
    if kind.startswith('một phần'):
        return 'một phần'
    if kind.startswith('phần còn lại'):
        after = clause[pos[0]:]
        k = re.search(r'sau khi sắp xếp theo quy định tại (khoản [\d, khoản]+?) Điều này', after)
        return 'phần còn lại' + (f' sau khi sắp xếp theo {k.group(1)}' if k else '')
    return ''


def main():
    rewrite = '--write' in sys.argv
    text = norm(open(TEXT, encoding='utf-8').read())
    arts = articles(text)
    unchanged = 'X' + re.search(r'01 xã không thực hiện sắp xếp là (xã [^.]+)\.', text).group(1)[1:]
    columns, rows = read_with_columns(TABLE)
    problems = []
    for row in rows:
        name = norm(row['name'])
        listed_text = row['formed_from']
        while '[' in listed_text:  # qualifiers, some nested: [một phần [inferred]]
            listed_text = re.sub(r'\[[^\[\]]*\]', '', listed_text)
        olds = [o.strip() for o in listed_text.split(';') if o.strip()]
        if name == unchanged:
            row['source'] = 'S-TEXT1655 khoản 64 (không thực hiện sắp xếp)'
            continue
        if name not in arts:
            problems.append(f'{name}: not in the resolution')
            continue
        k, clause = arts[name]
        listed = []
        for old in olds:
            q = qualifier(clause, old)
            if q is None:
                problems.append(f'{name} (khoản {k}): {bare_name(old)} is not in the clause')
                continue
            listed.append(old + (f' [{q}]' if q else ''))
        rest = clause
        for old in sorted(olds, key=len, reverse=True):
            rest = named(old).sub('#', rest)
        extra = [w for w in re.findall(r'(?:' + KIND + r'|các xã|và|,) ((?:[A-ZĐÂ0-9][^\s,.()]*)(?: [A-ZĐ0-9][^\s,.()]*)*)', rest)
                 if w not in NOT_UNITS]
        if extra:
            problems.append(f'{name} (khoản {k}): the clause also names {extra}')
        row['formed_from'] = '; '.join(listed)
        row['source'] = f'S-TEXT1655 khoản {k}'
    for p in problems:
        print(p)
    if rewrite and not problems:
        write(TABLE, columns, rows)
    print(f'{len(rows)} rows, {len(problems)} disagreements' + (' (written)' if rewrite and not problems else ''))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
