#!/usr/bin/env python3
"""Adds to seed-data/ the coordination that the national function statements give Bạc Liêu's departments
before the 2025 reform, and the five tasks the seed lacked (issue 11, "the documented real overlaps").

Before this script each department of the seed held only what it leads, so two departments whose
portfolios the law ties together (planning and finance, transport and construction, natural resources
and agriculture, information and science, labour and home affairs: the five pairs merged on 1 March
2025) were in no working contact, and MERGER_CANDIDATE could not see them. The coordination comes from
the same national instruments for every province (the sector laws and Nghị định 24/2014/NĐ-CP as
amended by 107/2020/NĐ-CP), coded once for the test province of Trà Vinh
(src/test/resources/datasets/tra-vinh-2024, docs/rules.md "The merger score"); this script carries
those rows over to Bạc Liêu's bodies of the same kind:

- every COORDINATE or ADVISE row of Trà Vinh whose body exists in Bạc Liêu on 28 February 2025 and
  does not already hold that task there, with the instruments in force on that day (Luật Đầu tư công
  58/2024/QH15 instead of 39/2019/QH14, Luật Đất đai 31/2024/QH15 instead of 45/2013/QH13), for the
  time before the reform only (valid_to 2025-03-01: the departments they tie together were merged that
  day, and the seed does not yet code the coordination of the merged departments or of Cà Mau);
- the five tasks the seed lacked (public-sector wages, mining, rural clean water, urban transport
  infrastructure, advertising in the press) with their leads through time: the pre-reform department
  under Nghị định 24/2014 and 107/2020, the department that took the task on 1 March 2025 under
  Nghị định 45/2025/NĐ-CP, and Cà Mau's department from 1 July 2025 under Nghị định 150/2025/NĐ-CP;
- the four laws those rows cite that the seed did not hold, with the dates of Trà Vinh's mandates.

Deterministic and idempotent: the functions, mandates and leads it adds are removed first, then added again
at the end of each file; coordination is added only where the body holds nothing of the task before the
reform, so a second run adds none.
Run from the repository root: python3 tools/add-documented-overlaps.py
"""
import csv
import io
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, 'seed-data')
TRA_VINH = os.path.join(ROOT, 'src', 'test', 'resources', 'datasets', 'tra-vinh-2024')

BEFORE_REFORM_END = '2025-03-01'
# Instruments of Trà Vinh's rows that were no longer in force on 28 February 2025, and what replaced them
# (None: the row is left out. Luật Quy hoạch đô thị 30/2009/QH12 is replaced by the Luật Quy hoạch đô thị và
# nông thôn of 26 November 2024, whose day of effect the seed does not hold; the two rows citing it are
# construction planning, which the transport and natural-resources departments also coordinate under
# other rows.)
IN_FORCE_ON_28_FEB_2025 = {'L-DTC-2019': 'L-DTC-2024', 'L-DD-2013': None, 'L-QHDT-2009': None}
NEW_MANDATES = ['L-KTTV-2015', 'L-BHYT-2008', 'L-CNTT-2006', 'L-QC-2012']
NEW_FUNCTIONS = ['AGRI.RWATER', 'HOME.WAGE', 'ICT.ADS', 'TRADE.MINING', 'TRANS.URBAN']
# task -> (lead before the reform, [(lead from 1 March 2025, valid_from, valid_to)], lead of Cà Mau,
#          sector laws cited with the organising decree)
NEW_LEADS = {
    'HOME.WAGE': ('BL_SNV', [('BL_SNV', '', '')], 'CM_SNV', []),
    'TRADE.MINING': ('BL_SCT', [('BL_SCT', '', '')], 'CM_SCT', []),
    'AGRI.RWATER': ('BL_SNNPTNT', [('BL_SNNMT', '', '')], 'CM_SNNMT', []),
    'TRANS.URBAN': ('BL_SGTVT', [('BL_SXD', '2025-03-01', '2025-07-01')], 'CM_SXD', ['L-DB-2024']),
    'ICT.ADS': ('BL_STTTT', [('BL_SVHTTDL', '2025-03-01', '2025-07-01')], 'CM_SVHTTDL', ['L-QC-2012']),
}


def read(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def line(values):
    out = io.StringIO()
    csv.writer(out, lineterminator='').writerow(values)
    return out.getvalue()


def rewrite(name, added):
    """Appends the added lines to a seed file, after removing them wherever they already are."""
    path = os.path.join(SEED, name)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().splitlines()
    kept = [l for l in lines if l not in set(added)]
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(kept + added) + '\n')
    return len(added)


def responsibility(agency, function, role, mandate, valid_from='', valid_to=''):
    return line([agency, function, role, mandate, '', valid_from, valid_to])


def new_leads():
    rows = []
    for function, (before, after, ca_mau, laws) in NEW_LEADS.items():
        # a department that keeps the task holds it in one period; the mandates in force say which count
        ends = '' if before in [agency for agency, _, _ in after] else BEFORE_REFORM_END
        for mandate in laws + ['ND-24-2014', 'ND-107-2020']:
            rows.append(responsibility(before, function, 'LEAD', mandate, '', ends))
        for agency, valid_from, valid_to in after:
            for mandate in laws + ['ND-45-2025']:
                rows.append(responsibility(agency, function, 'LEAD', mandate, valid_from, valid_to))
        for mandate in laws + ['ND-150-2025']:
            rows.append(responsibility(ca_mau, function, 'LEAD', mandate))
    return rows


def coordination(seed_rows):
    """Trà Vinh's coordination as Bạc Liêu's rows, leaving out what the seed holds otherwise."""
    agencies = {r['code'] for r in read(os.path.join(SEED, 'agencies.csv'))}
    candidates = []
    for r in read(os.path.join(TRA_VINH, 'responsibilities.csv')):
        agency = 'BL_' + r['agency_code'][len('TV_'):]
        mandate = IN_FORCE_ON_28_FEB_2025.get(r['mandate_code'], r['mandate_code'])
        if r['role'] in ('COORDINATE', 'ADVISE') and agency in agencies and mandate is not None:
            row = responsibility(agency, r['function_code'], r['role'], mandate, '', BEFORE_REFORM_END)
            if row not in [c[2] for c in candidates]:
                candidates.append((agency, r['function_code'], row))
    # coordination of a task no provincial body leads would be a NO_LEAD of the seed's making: the task's
    # lead is not coded here (rural roads, universal education, grassroots mediation)
    led_before_reform = {r['function_code'] for r in seed_rows
                         if r['role'] == 'LEAD' and r['agency_code'].startswith('BL_')
                         and (r.get('valid_from') or '') < BEFORE_REFORM_END} | set(NEW_LEADS)
    candidates = [c for c in candidates if c[1] in led_before_reform]
    held_before_reform = {(r['agency_code'], r['function_code']) for r in seed_rows
                          if (r.get('valid_from') or '') < BEFORE_REFORM_END}
    return [row for agency, function, row in candidates if (agency, function) not in held_before_reform]


# The department that holds a pre-reform department's portfolio from 1 March 2025 (Bạc Liêu) and from
# 1 July 2025 (Cà Mau), per changes.csv; a row's own successor where its department was split: the
# information department's press went to culture, the labour department's social protection to health
# and its vocational training to education (the successors lead those tasks, so the rows fall away).
SUCCESSOR_ON_1_MARCH = {
    'BL_SKHDT': 'BL_STC', 'BL_STC': 'BL_STC', 'BL_SGTVT': 'BL_SXD', 'BL_SXD': 'BL_SXD',
    'BL_STNMT': 'BL_SNNMT', 'BL_SNNPTNT': 'BL_SNNMT', 'BL_STTTT': 'BL_SKHCN', 'BL_SKHCN': 'BL_SKHCN',
    'BL_SLDTBXH': 'BL_SNV', 'BL_SNV': 'BL_SNV', 'BL_SYT': 'BL_SYT', 'BL_SCT': 'BL_SCT',
    'BL_SVHTTDL': 'BL_SVHTTDL', 'BL_SGDDT': 'BL_SGDDT',
}
SPLIT_ON_1_MARCH = {
    ('BL_STTTT', 'PARTY.PRESS'): 'BL_SVHTTDL', ('BL_STTTT', 'CULT.ADS'): 'BL_SVHTTDL',
    ('BL_SLDTBXH', 'HEALTH.INSUR'): 'BL_SYT', ('BL_SLDTBXH', 'EDU.CAREER'): 'BL_SGDDT',
}
REFORM = '2025-03-01'
MERGER = '2025-07-01'
# the organising decrees of the departments: a row resting on them alone is not carried over (that
# Nghị định 45/2025 and 150/2025 give the same coordination is not checked)
ORGANISING_DECREES = {'ND-24-2014', 'ND-107-2020', 'ND-45-2025'}


def after_reform(seed_rows, before_rows):
    """The coordination of the sector laws, carried from the pre-reform departments to the departments
    that hold their portfolios after 1 March 2025 and in Cà Mau from 1 July 2025; left out where the
    successor or a body under it holds the task itself (the merger made the tie internal) or no body leads
    the task then."""
    mandates = {r['code']: r for r in read(os.path.join(SEED, 'mandates.csv'))}

    def in_force(code, day):
        m = mandates[code]
        return m['effective_from'] <= day and (not m['repealed_on'] or m['repealed_on'] > day)

    def overlaps(r, start, end):
        return (r.get('valid_from') or '') < (end or '9999') and (r.get('valid_to') or '9999') > start

    lines = read(os.path.join(SEED, 'reporting-lines.csv'))

    def own_bodies(agency, start, end):
        """The department and the bodies under it (its sub-departments: Chi cục Thủy lợi, Kiểm lâm…)."""
        return {agency} | {x['agency_code'] for x in lines if x['superior_code'] == agency
                           and x['line'] == 'ADMINISTRATIVE' and overlaps(x, start, end)}

    periods = [(REFORM, MERGER, 'BL_'), (MERGER, '', 'CM_')]
    rows = []
    for r in before_rows:
        old, function, role, mandate = r[0], r[1], r[2], r[3]
        if mandate in ORGANISING_DECREES or not in_force(mandate, REFORM):
            continue
        heir = SPLIT_ON_1_MARCH.get((old, function), SUCCESSOR_ON_1_MARCH.get(old))
        if heir is None:
            continue
        for start, end, prefix in periods:
            agency = prefix + heir[len('BL_'):]
            own = own_bodies(agency, start, end)
            held = any(x['agency_code'] in own and x['function_code'] == function and overlaps(x, start, end)
                       for x in seed_rows)
            led = any(x['role'] == 'LEAD' and x['function_code'] == function and x['agency_code'].startswith(prefix)
                      and overlaps(x, start, end) for x in seed_rows)
            if not held and led:
                # a law repealed by then is restated on its successor by tools/add-successor-laws.py
                row = responsibility(agency, function, role, mandate, start, end)
                if row not in rows:
                    rows.append(row)
    return rows


def as_line(r):
    return line([r[k] for k in ('agency_code', 'function_code', 'role', 'mandate_code', 'article', 'valid_from',
                                'valid_to')])


def main():
    tra_vinh_functions = {r['code']: r for r in read(os.path.join(TRA_VINH, 'functions.csv'))}
    tra_vinh_mandates = {r['code']: r for r in read(os.path.join(TRA_VINH, 'mandates.csv'))}
    functions = [line([tra_vinh_functions[c][k] for k in ('code', 'name', 'name_en', 'parent_code', 'cofog')])
                 for c in NEW_FUNCTIONS]
    mandates = [line([tra_vinh_mandates[c][k] for k in ('code', 'kind', 'number', 'title', 'issuer', 'issued_on',
                                                         'effective_from', 'repealed_on', 'replaced_by')])
                for c in NEW_MANDATES]
    rewrite('functions.csv', functions)
    rewrite('mandates.csv', mandates)
    # the coordination is derived from the seed without this script's own leads
    ours = set(new_leads())
    seed_rows = [r for r in read(os.path.join(SEED, 'responsibilities.csv')) if as_line(r) not in ours]
    before = coordination(seed_rows)
    before_rows = [next(csv.reader([r])) for r in before] + [
        [r['agency_code'], r['function_code'], r['role'], r['mandate_code']] for r in seed_rows
        if r['role'] in ('COORDINATE', 'ADVISE') and r['valid_to'] == BEFORE_REFORM_END
        and r['agency_code'] in SUCCESSOR_ON_1_MARCH]
    added = new_leads() + before + after_reform(seed_rows, before_rows)
    rewrite('responsibilities.csv', added)
    print(f'functions +{len(functions)}, mandates +{len(mandates)}, responsibilities +{len(added)}')


if __name__ == '__main__':
    main()
