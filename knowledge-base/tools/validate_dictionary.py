#!/usr/bin/env python3
"""Validate the search dictionaries in knowledge-base/src/main/resources/dictionary/.

Checks (errors make the exit code 1):
  everyday-names.tsv  - every non-comment line is exactly `code<TAB>phrase`; the code exists in the
                        catalog INDEX.csv; text is NFC, lower case, single-spaced; no duplicate lines;
                        no phrase from the too-generic list.
  abbreviations.tsv   - every non-comment line is exactly `as-typed<TAB>expansion`; NFC, lower case;
                        no left side defined twice; an identity line (x -> x) only where it protects x from
                        a shorter rule inside it.
Reports (information only):
  - phrases mapped to many codes, single-syllable phrases;
  - everyday phrases whose abbreviation-rewritten form is not itself listed for the same code;
  - coverage of the popularity rankings (top-N procedures present in the catalog).

Usage: python3 knowledge-base/tools/validate_dictionary.py [--data /work/shared/data] [-v]
"""
import argparse, csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DICT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'dictionary')
CODE_RE = re.compile(r'^\d\.\d{6}$')
TOO_GENERIC = {'thủ tục', 'làm giấy tờ', 'giấy tờ', 'hồ sơ', 'làm hồ sơ', 'đăng ký', 'xin giấy',
               'làm thủ tục', 'xin cấp', 'cấp lại', 'cấp đổi', 'làm lại', 'nộp hồ sơ', 'dịch vụ công'}


def read_tsv(path, errors):
    rows, seen = [], Counter()
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n').rstrip('\r')
            where = f'{os.path.basename(path)}:{n}'
            if unicodedata.normalize('NFC', line) != line:
                errors.append(f'{where}: not NFC (comments included)')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 2:
                errors.append(f'{where}: expected 2 tab-separated fields, got {len(parts)}')
                continue
            a, b = parts
            for x in (a, b):
                if not x or x != x.strip() or '  ' in x:
                    errors.append(f'{where}: empty field or stray spaces: {x!r}')
                if x != x.lower():
                    errors.append(f'{where}: not lower case: {x!r}')
            seen[line] += 1
            if seen[line] == 2:
                errors.append(f'{where}: duplicate line {line!r}')
            rows.append((n, a, b))
    return rows


def rewriter(abbrevs):
    table = {tuple(a.split()): b.split() for _, a, b in abbrevs}
    longest = max((len(k) for k in table), default=1)

    def rewrite(text):
        toks, out, i = text.split(), [], 0
        while i < len(toks):
            for L in range(min(longest, len(toks) - i), 0, -1):
                rep = table.get(tuple(toks[i:i + L]))
                if rep is not None:
                    out.extend(rep); i += L
                    break
            else:
                out.append(toks[i]); i += 1
        return ' '.join(out)
    return rewrite


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.environ.get('ASSISTANT_DATA', '/work/shared/data'))
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()
    errors = []
    index = os.path.join(args.data, 'catalog-dvcqg-2026', 'INDEX.csv')
    with open(index, encoding='utf-8') as f:
        catalog = {r['ma_thu_tuc']: r for r in csv.DictReader(f)}

    names = read_tsv(os.path.join(DICT, 'everyday-names.tsv'), errors)
    abbrevs = read_tsv(os.path.join(DICT, 'abbreviations.tsv'), errors)

    by_code, by_phrase = defaultdict(list), defaultdict(set)
    for n, code, phrase in names:
        if not CODE_RE.match(code):
            errors.append(f'everyday-names.tsv:{n}: malformed code {code!r}')
        elif code not in catalog:
            errors.append(f'everyday-names.tsv:{n}: code {code} is not in the catalog')
        if phrase in TOO_GENERIC:
            errors.append(f'everyday-names.tsv:{n}: phrase too generic: {phrase!r}')
        by_code[code].append(phrase)
        by_phrase[phrase].add(code)

    lefts = Counter(a for _, a, _ in abbrevs)
    for n, a, b in abbrevs:
        if lefts[a] > 1:
            errors.append(f'abbreviations.tsv:{n}: left side {a!r} defined {lefts[a]} times')
            lefts[a] = 0
        if a == b and not any(o != a and f' {o} ' in f' {a} ' for o in lefts):
            # an identity line is only useful to protect a phrase from a shorter rule inside it
            errors.append(f'abbreviations.tsv:{n}: identity rewrite {a!r} protects nothing')

    print(f'everyday-names.tsv: {len(names)} lines, {len(by_code)} procedures, {len(by_phrase)} distinct phrases')
    print(f'abbreviations.tsv:  {len(abbrevs)} lines')
    many = sorted((p for p, c in by_phrase.items() if len(c) > 4), key=lambda p: -len(by_phrase[p]))
    print(f'phrases mapped to more than 4 codes: {len(many)}' + (f' {many}' if many else ''))
    single = sorted(p for p in by_phrase if len(p.split()) == 1)
    print(f'single-syllable phrases: {len(single)} {single}')

    rewrite = rewriter(abbrevs)
    missing = [(c, p, rewrite(p)) for c, ps in by_code.items() for p in ps
               if rewrite(p) != p and rewrite(p) not in ps]
    print(f'phrases whose rewritten form is not listed for the same code: {len(missing)} (match raw and rewritten text)')
    if args.verbose:
        for c, p, r in missing:
            print(f'   {c}  {p!r} -> {r!r}')

    pop_dir = os.path.join(args.data, 'popularity')
    for fn, tops in (('citizen-top1000.json', (50, 100, 200, 300, 1000)), ('business-top2000.json', (50, 100, 300))):
        path = os.path.join(pop_dir, fn)
        if not os.path.exists(path):
            continue
        ranking = [p['TTHC_MA'] for p in json.load(open(path, encoding='utf-8'))]
        for top in tops:
            present = [c for c in ranking[:top] if c in catalog]
            cov1 = sum(1 for c in present if by_code.get(c))
            cov2 = sum(1 for c in present if len(by_code.get(c, [])) >= 2)
            print(f'{fn} top {top}: {len(present)} in catalog, {cov1} covered '
                  f'({cov2} with 2+ phrases), {len(present) - cov1} not covered')
            if args.verbose and top in (300, 100):
                for c in present:
                    if not by_code.get(c):
                        print(f'   not covered: {c} {" ".join(catalog[c]["ten_thu_tuc"].split())[:90]}')

    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        print('\n'.join('  ' + e for e in errors))
        return 1
    print('\nOK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
