#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers31_gen.py - held-out test collection for an arithmetic auditor of Chinese report text.

Two families of labelled records (JSON Lines):
  totals : a whole and its parts, differences, changes, flows, counted item lists ...
  pct    : rates / shares / growth / percentage points / averages / malformed percentages ...

Every record carries `checks`: the relations that hold (or, for exactly one of them in an
`inconsistent` record, fail).  Each number in a check is stored as the literal written in the
text ("s") together with its value ("v"); the verifier re-parses every literal from its own
spelling (ASCII / full-width digits, thousands separators, Chinese numerals, 万/亿), confirms the
literal occurs in the text, recomputes every relation and confirms the label.

Usage:
  python3 numbers31_gen.py --seed 11 --out numbers31_seed11.jsonl
  python3 numbers31_gen.py --verify numbers31_seed11.jsonl      (exit 0 when everything checks)
  python3 numbers31_gen.py --style-table                        (markdown table for the README)

Standard library only (Python 3.11).
"""
import argparse
import collections
import json
import random
import re
import sys
import zlib
from decimal import Decimal as D, getcontext
from fractions import Fraction as Fr

getcontext().prec = 60

# =====================================================================================
#  numerals: writing
# =====================================================================================
CN_D = '零一二三四五六七八九'
FW_D = '０１２３４５６７８９'
TO_ASCII = str.maketrans({**{FW_D[i]: str(i) for i in range(10)},
                          '．': '.', '，': ',', '－': '-', '−': '-'})
MAGS = {None: 1, '': 1, '万': 10 ** 4, '亿': 10 ** 8}


def cn_int(n, liang=False):
    """Chinese numeral for a non-negative integer < 10**12 (十二, 一万零五, 两千三百)."""
    n = int(n)
    assert 0 <= n < 10 ** 12
    if n == 0:
        return '零'

    def sec(x):
        out, zero = '', False
        for p, u in ((3, '千'), (2, '百'), (1, '十'), (0, '')):
            dg = x // 10 ** p % 10
            if dg == 0:
                if out:
                    zero = True
                continue
            if zero:
                out += '零'
                zero = False
            out += CN_D[dg] + u
        return out

    groups = [(n // 10 ** 8) % 10000, (n // 10 ** 4) % 10000, n % 10000]
    out, started, need_zero = '', False, False
    for g, u in zip(groups, ('亿', '万', '')):
        if g == 0:
            if started:
                need_zero = True
            continue
        if started and (need_zero or g < 1000):
            out += '零'
        out += sec(g) + u
        started, need_zero = True, False
    if out.startswith('一十'):
        out = out[1:]
    if liang:
        out = re.sub('^二(?=[千万亿])', '两', out)
        if out == '二':
            out = '两'
    return out


def cn_dec(v, dec):
    """Chinese numeral with 点: 三点五."""
    txt = f'{D(v):.{dec}f}'
    ip, _, fp = txt.partition('.')
    out = cn_int(int(ip))
    if fp:
        out += '点' + ''.join(CN_D[int(ch)] for ch in fp)
    return out


def dstr(v):
    """Plain decimal string without exponent."""
    if isinstance(v, Fr):
        v = D(v.numerator) / D(v.denominator)
    v = D(v)
    if v == v.to_integral_value():
        return str(int(v))
    return format(v.normalize(), 'f')


class L:
    """A number as written in the text: literal s, value v (in base units)."""
    __slots__ = ('s', 'v')

    def __init__(self, s, v):
        self.s = s
        self.v = D(v)

    def __str__(self):
        return self.s

    def j(self):
        return {'s': self.s, 'v': dstr(self.v)}


MODES = ['ascii', 'comma', 'ccomma', 'space', 'fw', 'cn', 'wan']
MODE_W = [54, 12, 4, 4, 10, 10, 6]


class F:
    """Number formatter with one writing habit per document."""

    def __init__(self, r, mode=None):
        self.r = r
        self.mode = mode or r.choices(MODES, MODE_W)[0]
        self.fwdot = '．' if r.random() < 0.5 else '.'
        self.pctsign = '％' if (self.mode == 'fw' and r.random() < 0.85) or r.random() < 0.05 else '%'
        self.cnpct = self.mode == 'cn' and r.random() < 0.4
        self.liang = r.random() < 0.5

    def digits(self, v, dec=0, mode=None):
        mode = mode or self.mode
        v = D(v)
        txt = f'{v:.{dec}f}'
        neg = txt.startswith('-')
        if neg:
            txt = txt[1:]
        ip, _, fp = txt.partition('.')
        if mode == 'cn':
            iv = int(ip)
            if dec == 0 and (iv < 1000 or iv % 100 == 0) and iv < 10 ** 9:
                return ('负' if neg else '') + cn_int(iv, self.liang)
            if dec > 0 and iv < 100 and self.r.random() < 0.5:
                return ('负' if neg else '') + cn_dec(txt, dec)
            mode = 'ascii'
        if mode in ('ccomma', 'space') and len(ip) > 6:
            mode = 'comma'
        if mode in ('ccomma', 'space') and len(ip) < 5:
            mode = 'ascii'
        if mode in ('comma', 'ccomma', 'space') and len(ip) >= 4:
            sep = {'comma': ',', 'ccomma': '，', 'space': ' '}[mode]
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = sep.join(groups)
        out = ip + ('.' + fp if fp else '')
        if mode == 'fw':
            out = ''.join(FW_D[int(ch)] if ch.isdigit() else (self.fwdot if ch == '.' else ch) for ch in out)
        return ('-' if neg else '') + out

    def i(self, v, mode=None):
        """Integer count in base units."""
        v = int(v)
        mode = mode or self.mode
        if mode == 'wan' and v >= 10000 and v % 100 == 0:
            w = D(v) / 10000
            return L(dstr(w) + '万', v)
        if mode == 'wan':
            mode = 'ascii'
        return L(self.digits(v, 0, mode), v)

    def d(self, v, dec, mag=None, mode=None):
        """A value displayed with `dec` decimals, optionally followed by 万/亿 (value scaled)."""
        v = D(v)
        mode = mode or self.mode
        if mode == 'wan':
            mode = 'ascii'
        if mode == 'cn' and mag:
            mode = 'ascii'
        s = self.digits(v, dec, mode)
        return L(s + (mag or ''), v * MAGS[mag])

    def p(self, v, dec, sign='%'):
        """Percent token; v already rounded."""
        v = D(v)
        if self.cnpct and sign == '%' and v >= 0:
            if v == int(v):
                return L('百分之' + cn_int(int(v)), v)
            if v < 1000:
                return L('百分之' + cn_dec(v, dec), v)
        mode = 'ascii' if self.mode in ('cn', 'wan', 'comma', 'ccomma', 'space') else self.mode
        s = self.digits(v, dec, mode)
        if sign == '%':
            s += self.pctsign
        else:
            s += sign
        return L(s, v)

    def x(self, v, dec):
        """A plain ratio / index number (倍, 个百分点, 天, 元 ...), no grouping, no Chinese."""
        mode = 'fw' if self.mode == 'fw' else 'ascii'
        return L(self.digits(D(v), dec, mode), D(v))


# =====================================================================================
#  numerals: reading (used by the verifier; independent of the writer above)
# =====================================================================================
CN_VAL = {c: i for i, c in enumerate(CN_D)}
CN_VAL.update({'两': 2, '〇': 0})
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def parse_cn_int(s):
    total = sec = num = 0
    for ch in s:
        if ch in CN_VAL:
            num = CN_VAL[ch]
        elif ch in CN_UNIT:
            if num == 0 and ch == '十':
                num = 1
            sec += num * CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (sec + num) * 10 ** 4
            sec = num = 0
        elif ch == '亿':
            total = (total + sec + num) * 10 ** 8
            sec = num = 0
        else:
            raise ValueError('bad chinese numeral ' + s)
    return total + sec + num


def parse_num(s):
    """Value and number of decimals of a numeric literal (any of the spellings used)."""
    t = s.strip().translate(TO_ASCII)
    neg = False
    for pre in ('-', '负', '零下'):
        if t.startswith(pre):
            neg, t = True, t[len(pre):]
            break
    mult = 1
    if re.search('[0-9]', t) or '点' in t:
        if t.endswith('万亿'):
            mult, t = 10 ** 12, t[:-2]
        elif t.endswith('亿'):
            mult, t = 10 ** 8, t[:-1]
        elif t.endswith('万'):
            mult, t = 10 ** 4, t[:-1]
    if re.fullmatch(r'[0-9]+(\.[0-9]+)?', t):
        v = D(t)
        dec = len(t.split('.')[1]) if '.' in t else 0
    elif re.fullmatch(r'[0-9]{1,3}([, ][0-9]{3})+(\.[0-9]+)?', t):
        if len(set(re.findall('[, ]', t))) != 1:
            raise ValueError('mixed separators ' + s)
        t2 = re.sub('[, ]', '', t)
        v = D(t2)
        dec = len(t2.split('.')[1]) if '.' in t2 else 0
    elif re.fullmatch('[零〇一二两三四五六七八九十百千万亿]+(点[零〇一二三四五六七八九]+)?', t):
        ip, _, fp = t.partition('点')
        v = D(parse_cn_int(ip))
        for k, ch in enumerate(fp):
            v += D(CN_VAL[ch]) / D(10) ** (k + 1)
        dec = len(fp)
    else:
        raise ValueError('unparsable literal ' + repr(s))
    v = v * mult
    return (-v if neg else v), dec


def parse_any(s):
    """Numeric literal, possibly a percent / per-mille / per-10k token."""
    t = s.strip()
    if t.startswith('百分之'):
        return parse_num(t[3:])
    if t.startswith('千分之'):
        return parse_num(t[3:])
    for suf in ('%', '％', '‰', '/10万', '/万'):
        if t.endswith(suf):
            return parse_num(t[:-len(suf)])
    return parse_num(t)


NUMCH = set('0123456789０１２３４５６７８９.．')
CNCH = set('零〇一二两三四五六七八九十百千万亿点')


def present(lit, text):
    """Literal occurs in text as a whole number (not inside a longer number)."""
    start = 0
    while True:
        i = text.find(lit, start)
        if i < 0:
            return False
        j = i + len(lit)
        prev = text[i - 1] if i > 0 else '\0'
        prev2 = text[i - 2] if i > 1 else '\0'
        nxt = text[j] if j < len(text) else '\0'
        ok = True
        first, last = lit[0], lit[-1]
        if first in NUMCH or first == '-':
            if prev in NUMCH or (prev in ',，' and prev2 in NUMCH and first in NUMCH):
                ok = False
        if first in CNCH and prev in CNCH:
            ok = False
        if last in NUMCH:
            if nxt in NUMCH or nxt in '万亿':
                ok = False
            if nxt in ',， ' and text[j + 1:j + 4].translate(TO_ASCII).isdigit() and len(text[j + 1:j + 4]) == 3:
                nx4 = text[j + 4] if j + 4 < len(text) else '\0'
                if nx4 not in NUMCH:
                    ok = False
        if last in CNCH and nxt in CNCH:
            ok = False
        if ok:
            return True
        start = i + 1


# =====================================================================================
#  malformed percentages
# =====================================================================================
MAL_RE = re.compile('|'.join([
    r'(?<![A-Za-z])[xX×ｘＸ]{1,4}(?:[.．][xX×ｘＸ]{1,3})?[ \u3000]?[%％]',   # xx%  x.xx%
    r'[0-9０-９][ \u3000\u00a0]+[%％]',                                   # 98.6 %
    r'[%％][0-9０-９]',                                                   # %98
    r'[%％]{2,}',                                                         # %% ％％ %％
    r'[0-9０-９][.．]{2,}[0-9０-９]+[%％]',                                # 98..6%
    r'[0-9０-９][.．][%％]',                                               # 98.%
    r'(?<![0-9０-９.．])[.．][0-9０-９]+[%％]',                             # .98%
    r'[0-9]+[.．][0-9]+[.．][0-9]+[%％]',                                  # 98.6.5%
    r'百分之[零〇一二两三四五六七八九十百点0-9０-９.．]{1,12}[%％]',               # 百分之98.6%
    r'[0-9０-９][。·][0-9０-９]+[%％]',                                     # 98。6%  98·6%
]))
PLACEHOLDER_RE = re.compile(r'[xX×ｘＸ]{2,}|(?<![A-Za-z])[xX](?=[.．%％])')


# =====================================================================================
#  checks: evaluation
# =====================================================================================
def rnd(fr, d):
    """Round a Fraction half away from zero to d decimals; returns Decimal."""
    sgn = -1 if fr < 0 else 1
    a = abs(fr) * 10 ** d
    n = int(a)
    if a - n >= Fr(1, 2):
        n += 1
    return D(sgn * n).scaleb(-d)


def is_tie(fr, d):
    a = abs(fr) * 10 ** d
    return a - int(a) == Fr(1, 2)


def FR(v):
    if isinstance(v, Fr):
        return v
    return Fr(D(v))


class CheckError(Exception):
    pass


class Retry(Exception):
    pass


def val(x, text):
    """Parse a {"s","v"} number, confirm it against its value and its presence in text."""
    s = x['s']
    v, dec = parse_any(s)
    if v != D(x['v']):
        raise CheckError(f'literal {s!r} parses to {v}, stored {x["v"]}')
    if not present(s, text):
        raise CheckError(f'literal {s!r} not found in text')
    mult = 1
    t = s.translate(TO_ASCII)
    if re.search('[0-9]', t) or '点' in t:
        if t.rstrip('%％‰').endswith('亿'):
            mult = 10 ** 8
        elif t.rstrip('%％‰').endswith('万'):
            mult = 10 ** 4
    return v, dec, mult


def gap_needed(d, base):
    return max(Fr(15, 10) / 10 ** d, Fr(base))


def ulp_of(nums):
    """Largest rounding unit among the literals (None when all plain integers)."""
    u = None
    for v, dec, mult in nums:
        if dec == 0 and mult == 1:
            continue
        uu = Fr(mult) / 10 ** dec
        u = uu if u is None or uu > u else u
    return u


def eval_check(c, text):
    """Return (holds, gap_ok, summary)."""
    rel = c['rel']

    def V(k):
        return val(c[k], text)

    def VL(k):
        return [val(x, text) for x in c[k]]

    if rel in ('sum', 'diff', 'change', 'flow'):
        if rel == 'sum':
            t = V('total')
            ps = VL('parts')
            lhs, rhs = sum(FR(p[0]) for p in ps), FR(t[0])
            nums = ps + [t]
            summ = '+'.join(dstr(p[0]) for p in ps) + '=' + dstr(lhs) + (' = ' if lhs == rhs else ' ≠ ') + dstr(rhs)
        elif rel == 'diff':
            a = V('a')
            bs = VL('b')
            res = V('result')
            lhs, rhs = FR(a[0]) - sum(FR(b[0]) for b in bs), FR(res[0])
            nums = [a, res] + bs
            summ = dstr(a[0]) + ''.join('-' + dstr(b[0]) for b in bs) + '=' + dstr(lhs) + (' = ' if lhs == rhs else ' ≠ ') + dstr(rhs)
        elif rel == 'change':
            o, n, dl = V('old'), V('new'), V('delta')
            sg = 1 if c['dir'] == '+' else -1
            lhs, rhs = FR(n[0]) - FR(o[0]), sg * FR(dl[0])
            nums = [o, n, dl]
            summ = f'{dstr(n[0])}-{dstr(o[0])}={dstr(lhs)}' + (' = ' if lhs == rhs else ' ≠ ') + dstr(rhs)
        else:
            st, en = V('start'), V('end')
            pl, mi = VL('plus'), VL('minus')
            lhs = FR(st[0]) + sum(FR(p[0]) for p in pl) - sum(FR(m[0]) for m in mi)
            rhs = FR(en[0])
            nums = [st, en] + pl + mi
            summ = dstr(st[0]) + ''.join('+' + dstr(p[0]) for p in pl) + ''.join('-' + dstr(m[0]) for m in mi) + '=' + dstr(lhs) + (' = ' if lhs == rhs else ' ≠ ') + dstr(rhs)
        holds = lhs == rhs
        u = ulp_of(nums)
        if u is None:
            gap_ok = abs(lhs - rhs) >= 1
        else:
            gap_ok = abs(lhs - rhs) >= (len(nums)) * u
        return holds, gap_ok, rel + ' ' + summ
    if rel == 'count':
        n = V('n')
        items = c['items']
        for it in items:
            if it not in text:
                raise CheckError('item not in text: ' + it)
        holds = FR(n[0]) == len(items)
        return holds, abs(FR(n[0]) - len(items)) >= 1, f'count stated {dstr(n[0])}, listed {len(items)}'
    if rel in ('rate', 'avg'):
        def VS(k):
            xs = c[k] if isinstance(c[k], list) else [c[k]]
            return sum(FR(val(x, text)[0]) for x in xs)
        numv = VS('num') - (VS('num_sub') if 'num_sub' in c else 0)
        if 'den_year' in c:
            yr = int(c['den_year'])
            if f'{yr}年' not in text:
                raise CheckError('den_year not in text')
            denv = Fr(366 if (yr % 4 == 0 and yr % 100 != 0) or yr % 400 == 0 else 365)
        else:
            denv = VS('den') - (VS('den_sub') if 'den_sub' in c else 0)
        num, den, st = (numv,), (denv,), V('stated')
        scale = Fr(str(c.get('scale', 100 if rel == 'rate' else 1)))
        if FR(den[0]) == 0:
            raise CheckError('zero denominator')
        true = FR(num[0]) / FR(den[0]) * scale
        d = st[1]
        calc = rnd(true, d)
        holds = calc == st[0]
        if holds and is_tie(true, d):
            raise CheckError('rounding tie in a holding check')
        base = '0.5' if rel == 'rate' else 0
        g = gap_needed(d, base)
        if rel == 'avg':
            g = max(Fr(15, 10) / 10 ** d, abs(true) / 100)
        return holds, abs(FR(st[0]) - true) >= g, f'{rel} {dstr(num[0])}/{dstr(den[0])}×{scale}={float(true):.4f} → {dstr(calc)} vs stated {dstr(st[0])}'
    if rel in ('growth', 'times', 'cheng'):
        o, n, st = V('old'), V('new'), V('stated')
        if FR(o[0]) == 0:
            raise CheckError('zero base')
        ratio = FR(n[0]) / FR(o[0])
        sg = 1 if c.get('dir', '+') == '+' else -1
        if rel == 'growth':
            true, base = sg * (ratio - 1) * 100, '0.5'
        elif rel == 'cheng':
            true, base = sg * (ratio - 1) * 10, '1'
        else:
            true = ratio if c['kind'] == 'ratio' else ratio - 1
            base = '0.1'
        d = st[1]
        calc = rnd(true, d)
        holds = calc == st[0]
        if holds and is_tie(true, d):
            raise CheckError('rounding tie in a holding check')
        return holds, abs(FR(st[0]) - true) >= gap_needed(d, base), f'{rel} {dstr(o[0])}→{dstr(n[0])}: {float(true):.4f} → {dstr(calc)} vs stated {dstr(st[0])}'
    if rel == 'pp':
        o, n, st = V('old'), V('new'), V('stated')
        sg = 1 if c['dir'] == '+' else -1
        true = (FR(n[0]) - FR(o[0])) * sg
        holds = true == FR(st[0])
        return holds, abs(true - FR(st[0])) >= gap_needed(st[1], '0.5'), f'pp {dstr(n[0])}-{dstr(o[0])}={dstr(true)} vs stated {dstr(st[0])}'
    if rel in ('share_sum', 'structure'):
        ss = VL('shares')
        tot = sum(FR(s[0]) for s in ss)
        mode = c.get('mode', 'eq100')
        if mode == 'eq100':
            holds = tot == 100
            gap_ok = abs(tot - 100) >= 1
        else:
            holds = tot <= 100
            gap_ok = tot - 100 >= 1
        return holds, gap_ok, f'{rel}({mode}) ' + '+'.join(dstr(s[0]) for s in ss) + f'={float(tot):g}'
    if rel == 'complement':
        a, b = V('a'), V('b')
        whole = FR(c.get('whole', 100))
        tot = FR(a[0]) + FR(b[0])
        return tot == whole, abs(tot - whole) >= Fr(1, 2), f'complement {dstr(a[0])}+{dstr(b[0])}={float(tot):g} vs {float(whole):g}'
    if rel == 'cagr':
        o, n, st = V('old'), V('new'), V('stated')
        yrs = int(c['years'])
        true_d = ((D(n[0]) / D(o[0])) ** (D(1) / D(yrs)) - 1) * 100
        d = st[1]
        true = Fr(true_d)
        calc = rnd(true, d)
        holds = calc == st[0]
        a = abs(true) * 10 ** d
        if holds and abs(a - int(a) - Fr(1, 2)) < Fr(1, 10 ** 6):
            raise CheckError('cagr too close to a rounding boundary')
        return holds, abs(FR(st[0]) - true) >= gap_needed(d, '0.5'), f'cagr {dstr(o[0])}→{dstr(n[0])} over {yrs}y: {float(true):.4f} → {dstr(calc)} vs {dstr(st[0])}'
    if rel == 'malformed':
        tok = c['token']
        if tok not in text:
            raise CheckError('malformed token not in text')
        if not MAL_RE.search(tok):
            raise CheckError('token is not malformed: ' + tok)
        return False, True, f'malformed percentage {tok!r} ({c.get("kind", "")})'
    if rel == 'trap':
        for k in ('total', 'a', 'b'):
            if k in c:
                val(c[k], text)
        parts = VL('parts') if 'parts' in c else []
        for lit in c.get('literals', []):
            if lit not in text:
                raise CheckError('trap literal not in text: ' + lit)
        summ = 'trap ' + c['kind']
        if 'total' in c and parts:
            t = FR(val(c['total'], text)[0])
            s = sum(FR(p[0]) for p in parts)
            naive = s == t
            if c.get('naive_fails') and naive:
                raise CheckError('trap expected the naive sum to fail')
            summ += f' (naive {"+".join(dstr(p[0]) for p in parts)}={float(s):g} vs {float(t):g}: not a checkable relation)'
        elif parts:
            s = sum(FR(p[0]) for p in parts)
            if c.get('naive_over_100') and s <= 100:
                raise CheckError('trap expected shares over 100')
            if c['kind'] == 'declared_rounding_shares' and s == 100:
                raise CheckError('trap expected shares not summing to 100')
            summ += f' (naive sum {float(s):g}: not a checkable relation)'
        return True, True, summ
    raise CheckError('unknown rel ' + rel)


LABELS = ('consistent', 'inconsistent', 'negative')
FAMILIES = ('totals', 'pct')


def verify_record(rec):
    """Return (errors, summaries)."""
    errs = []
    summ = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            errs.append('missing ' + k)
    if errs:
        return errs, summ
    if rec['family'] not in FAMILIES:
        errs.append('bad family')
    if rec['label'] not in LABELS:
        errs.append('bad label')
    if not re.fullmatch(r'[a-z][a-z0-9_]*', rec['style']):
        errs.append('bad style name')
    text = rec['text']
    lines = text.split('\n')
    if not 1 <= len(lines) <= 8 or any(not ln.strip() for ln in lines):
        errs.append(f'text has {len(lines)} lines / empty line')
    if '\n' in rec['note']:
        errs.append('note not one line')
    results = []
    malformed_tokens = []
    for c in rec['checks']:
        try:
            holds, gap_ok, s = eval_check(c, text)
        except CheckError as e:
            errs.append('check error: ' + str(e))
            continue
        except (ValueError, KeyError, ZeroDivisionError) as e:
            errs.append('check exception: ' + repr(e))
            continue
        if 'holds' in c and bool(c['holds']) != holds:
            errs.append(f'stored holds={c["holds"]} but recomputed {holds}: {s}')
        results.append((c['rel'], holds, gap_ok))
        summ.append(s)
        if c['rel'] == 'malformed':
            malformed_tokens.append(c['token'])
    # malformed / placeholder scan over the whole text
    found = [m for m in MAL_RE.finditer(text)]
    for m in found:
        if not any(tok in text and m.group(0) in tok or tok in m.group(0) for tok in malformed_tokens):
            errs.append('unexpected malformed percentage in text: ' + m.group(0))
    for m in PLACEHOLDER_RE.finditer(text):
        if not any(m.group(0) in tok for tok in malformed_tokens):
            errs.append('unexpected placeholder in text: ' + m.group(0))
    relational = [x for x in results if x[0] != 'trap']
    fails = [x for x in results if not x[1]]
    label = rec['label']
    if label == 'consistent':
        if not relational:
            errs.append('consistent record without a relational check')
        if fails:
            errs.append('consistent record has failing check')
    elif label == 'inconsistent':
        if len(fails) != 1:
            errs.append(f'inconsistent record has {len(fails)} failing checks')
        for f in fails:
            if not f[2]:
                errs.append('failing check within rounding tolerance (error too small)')
    elif label == 'negative':
        if fails:
            errs.append('negative record has failing check')
        if not any(x[0] == 'trap' for x in results):
            errs.append('negative record without trap check')
    return errs, summ


# =====================================================================================
#  generation context and helpers
# =====================================================================================
class Ctx:
    def __init__(self, r, label, mode=None):
        self.r = r
        self.label = label
        self.bad = label == 'inconsistent'
        self.neg = label == 'negative'
        self.f = F(r, mode)
        self.checks = []
        self.year = r.choice([2019, 2020, 2021, 2022, 2023, 2023, 2024, 2024])

    def add(self, rel, **kw):
        d = {'rel': rel}
        for k, v in kw.items():
            if isinstance(v, L):
                d[k] = v.j()
            elif isinstance(v, (list, tuple)) and v and isinstance(v[0], L):
                d[k] = [x.j() for x in v]
            else:
                d[k] = v
        self.checks.append(d)
        return d

    # shortcuts -----------------------------------------------------------------
    def i(self, v, mode=None):
        return self.f.i(v, mode)

    def u(self, n, dec, mag=None, mode=None):
        """n integer units of 10**-dec (display unit), e.g. u(123456, 2, '万') -> 1234.56万."""
        return self.f.d(D(n).scaleb(-dec), dec, mag, mode)

    def p(self, v, dec, sign='%'):
        return self.f.p(v, dec, sign)

    def x(self, v, dec):
        return self.f.x(v, dec)

    def ch(self, xs):
        return self.r.choice(xs)

    def coin(self, p=0.5):
        return self.r.random() < p


def rint(r, lo, hi):
    return r.randint(int(lo), int(hi))


def wrong(r, v, minabs=1, minv=1, maxrel=0.25):
    """A plausible wrong version of the integer v (typo, off by some, digit swapped)."""
    v = int(v)
    for _ in range(200):
        k = r.random()
        s = str(v)
        if k < 0.45:
            delta = r.randint(minabs, max(minabs, int(abs(v) * maxrel * r.random()) + minabs))
            w = v + r.choice((-1, 1)) * delta
        elif k < 0.7 and len(s) >= 1:
            pos = r.randrange(len(s))
            choices = [dg for dg in '0123456789' if dg != s[pos] and not (pos == 0 and dg == '0')]
            w = int(s[:pos] + r.choice(choices) + s[pos + 1:])
        elif k < 0.85 and len(s) >= 2:
            pos = r.randrange(len(s) - 1)
            w = int(s[:pos] + s[pos + 1] + s[pos] + s[pos + 2:]) if s[pos + 1] != '0' or pos > 0 else v
        else:
            w = v + r.choice((-1, 1)) * r.choice((1, 2, 3, 5, 10, 20, 100)) * minabs
        if w != v and w >= minv and abs(w - v) >= minabs and abs(w - v) <= max(abs(v) * 0.6, minabs * 30):
            return w
    return v + minabs


def split_total(r, total, k, minpart=1):
    """Split integer total into k positive parts (random, not too uneven)."""
    assert total >= k * minpart
    ws = [r.uniform(0.3, 1.7) for _ in range(k)]
    sw = sum(ws)
    parts = [max(minpart, int(total * w / sw)) for w in ws]
    diff = total - sum(parts)
    i = 0
    while diff != 0:
        j = i % k
        if diff > 0:
            parts[j] += 1
            diff -= 1
        elif parts[j] > minpart:
            parts[j] -= 1
            diff += 1
        i += 1
    return parts


def gen_parts(r, k, lo, hi):
    return [r.randint(lo, hi) for _ in range(k)]


def corrupt_sum(c, total, parts, minabs=1, allow_total=True):
    """For inconsistent records: change the total or one part. Returns (total, parts, what)."""
    if not c.bad:
        return total, list(parts), None
    parts = list(parts)
    if allow_total and c.coin(0.4):
        return wrong(c.r, total, minabs, minv=max(parts) + 1), parts, 'total'
    j = c.r.randrange(len(parts))
    parts[j] = wrong(c.r, parts[j], minabs, minv=1)
    return total, parts, f'part {j + 1}'


def rate_true(num, den, scale=100):
    return Fr(num) / Fr(den) * scale


def ok_rate(num, den, d, scale=100):
    """Rounded rate (Decimal) or None when it would be a rounding tie."""
    t = Fr(D(num)) / Fr(D(den)) * scale
    if is_tie(t, d):
        return None
    return rnd(t, d)


def bad_value(r, true, d, base=Fr(1, 2), lo=None, hi=None):
    """A stated value that is clearly off the true one (beyond rounding)."""
    g = gap_needed(d, base)
    true = Fr(true)
    for _ in range(500):
        k = r.random()
        if k < 0.5:
            off = Fr(r.uniform(float(g) * 1.2, float(g) * 1.2 + max(2.0, abs(float(true)) * 0.08)))
            v = true + r.choice((-1, 1)) * off
        elif k < 0.75:
            s = f'{float(true):.{d}f}'
            digs = [i for i, ch in enumerate(s) if ch.isdigit()]
            if len(digs) >= 2:
                pos = r.choice(digs[:-1])
                nxt = pos + 1 if s[pos + 1].isdigit() else pos + 2
                if nxt < len(s):
                    lst = list(s)
                    lst[pos], lst[nxt] = lst[nxt], lst[pos]
                    v = Fr(D(''.join(lst)))
                else:
                    continue
            else:
                continue
        else:
            v = true + r.choice((-1, 1)) * Fr(r.choice((1, 2, 3, 5, 10)))
        vv = rnd(Fr(v), d)
        if abs(Fr(vv) - true) < g:
            continue
        if lo is not None and vv < lo:
            continue
        if hi is not None and vv > hi:
            continue
        if vv <= 0 and true > 0:
            continue
        return vv
    raise RuntimeError('bad_value failed')


def pick_rate_counts(r, lo_rate, hi_rate, den_lo, den_hi, d):
    """den, num with num/den in [lo,hi] (fractions) and no rounding tie."""
    for _ in range(500):
        den = r.randint(den_lo, den_hi)
        num = int(den * r.uniform(lo_rate, hi_rate))
        if num < 0 or num > den * 3:
            continue
        v = ok_rate(num, den, d)
        if v is None:
            continue
        return den, num, v
    raise RuntimeError('pick_rate_counts failed')


CNUM = '一二三四五六七八九十'
CIRC = '①②③④⑤⑥⑦⑧⑨⑩'


def cn_small(n):
    return cn_int(n)


# =====================================================================================
#  vocabulary (all names invented)
# =====================================================================================
SYL = '青云松柳桐澜溪岚枫槐榆沙石泉湾坪杉梓禾麓滨汀棠芦蒲鹭苇樟楠芷蘅茗萍荻菱栎桦岱崇瑶珂璞琅翠黛苍碧霁渚'


def nm2(r):
    a, b = r.sample(SYL, 2)
    return a + b


def county(r):
    return nm2(r) + r.choice(['县', '区', '县', '市', '区'])


def town(r):
    return nm2(r) + r.choice(['镇', '乡', '街道', '镇'])


def towns(r, k):
    out = []
    while len(out) < k:
        t = nm2(r) + r.choice(['镇', '乡', '街道', '镇'])
        if t[:2] not in [o[:2] for o in out]:
            out.append(t)
    return out


def villages(r, k):
    out = []
    while len(out) < k:
        t = nm2(r) + r.choice(['村', '村', '社区'])
        if t[:2] not in [o[:2] for o in out]:
            out.append(t)
    return out


def company(r):
    return nm2(r) + r.choice(['精密机械', '新材料', '食品', '电子科技', '纺织', '物流', '建材', '生物医药',
                              '智能装备', '环保科技', '农业发展', '汽车零部件']) + r.choice(['有限公司', '股份有限公司', '有限责任公司'])


def hospital(r):
    return nm2(r) + r.choice(['市', '县']) + r.choice(['第一人民医院', '第二人民医院', '中医院', '妇幼保健院', '中心医院', '人民医院'])


def city(r):
    return nm2(r) + '市'


def org_self(r, sector):
    return r.choice({
        'gov': ['我县', '我区', '全县', '全区', '我市', '全市'],
        'town': ['我镇', '我街', '全镇', '我乡', '本街道'],
        'dept': ['我局', '本局', '局机关'],
        'court': ['本院', '我院'],
        'hosp': ['我院', '全院', '医院'],
        'school': ['我校', '学校', '全校'],
        'village': ['村两委', '本村', '我村'],
        'company': ['公司', '本公司', '集团'],
    }[sector])


OPENERS = {
    'gen': ['{y}年，在上级党委政府的坚强领导下，{o}紧扣年度目标任务，各项工作稳步推进。',
            '今年以来，{o}坚持问题导向和目标导向，持续加大工作力度。',
            '{y}年以来，{o}认真贯彻落实上级决策部署，统筹推进各项重点工作。',
            '现将有关情况报告如下。',
            '对照年初确定的目标任务，{o}逐项抓好落实。'],
    'env': ['今年以来，{o}持续深入打好污染防治攻坚战，保持环境执法高压态势。',
            '{y}年，{o}坚持精准治污、科学治污、依法治污。'],
    'safety': ['{y}年，{o}深入开展安全生产专项整治，压紧压实各方责任。',
               '汛期前，{o}组织开展拉网式安全隐患大排查。'],
    'court': ['{y}年，{o}坚持公正司法，审判执行质效稳步提升。',
              '一年来，{o}依法履行审判职能，服务保障大局。'],
    'proc': ['{y}年，{o}依法履行法律监督职责，各项检察工作取得新进展。'],
    'hosp': ['{y}年，{o}坚持公益性办院方向，持续改善医疗服务。',
             '一年来，{o}围绕高质量发展目标，医疗服务能力稳步提升。',
             '{y}年度医疗业务运行情况如下。'],
    'school': ['{y}学年，{o}坚持立德树人根本任务，教育教学质量稳步提高。'],
    'village': ['{y}年，{o}带领群众发展集体经济，村容村貌明显改善。'],
    'company': ['{y}年，面对复杂多变的市场环境，{o}坚持稳中求进，经营业绩保持平稳。',
                '报告期内，{o}聚焦主业，持续优化产品结构。'],
    'meteo': ['{y}年，全市气候总体偏暖，降水时空分布不均。',
              '入汛以来，全市先后出现多次强降雨过程。'],
    'tour': ['假日期间，全县文旅市场安全平稳有序。',
             '{y}年，{o}深入推进文旅融合发展，文旅市场加快回暖。'],
    'post': ['{y}年，全市邮政快递业保持较快发展势头。',
             '今年以来，{o}持续推进电子商务进农村综合示范工作。'],
    'ip': ['{y}年，{o}深入实施知识产权强市战略，知识产权创造质量稳步提升。'],
    'culture': ['{y}年，{o}持续推进公共文化服务体系建设，群众文化生活日益丰富。'],
    'finance': ['{y}年，{o}严格执行人大批准的预算，财政运行总体平稳。',
                '现将{y}年预算执行情况报告如下。'],
    'audit': ['根据年度审计项目计划，{o}组织开展了预算执行和其他财政收支审计。'],
    'civil': ['{y}年，{o}坚持兜底线、织密网、建机制，扎实做好基本民生保障。'],
    'agri': ['{y}年，{o}坚决扛稳粮食安全责任，农业生产形势总体较好。'],
    'market': ['{y}年，{o}持续优化营商环境，市场主体活力不断增强。'],
    'hr': ['{y}年，{o}把稳就业摆在突出位置，就业形势总体稳定。'],
}

CLOSERS = {
    'gen': ['下一步，将继续完善长效机制，巩固提升工作成效。',
            '相关情况已在门户网站公开，接受社会监督。',
            '各项工作总体进展顺利，达到了预期目标。',
            '工作中也存在一些短板和不足，需在今后工作中加以改进。',
            '上述数据为快报数，以统计年鉴公布数据为准。'],
    'env': ['对违法企业均已依法处理，并在媒体上公开曝光。'],
    'safety': ['所有隐患均已建立台账，实行闭环管理。'],
    'court': ['审判执行质效主要指标位居全市法院前列。'],
    'proc': ['检察机关将进一步加强与公安、法院的协作配合。'],
    'hosp': ['医疗质量安全总体可控，未发生重大医疗纠纷。', '各项医疗指标保持平稳运行。'],
    'school': ['学校将进一步深化课堂教学改革。'],
    'village': ['村务、财务情况已按规定在村务公开栏公示。'],
    'company': ['公司将继续加大研发投入，提升核心竞争力。'],
    'meteo': ['有关部门及时启动防汛应急响应，未造成人员伤亡。'],
    'tour': ['假日期间未发生重大安全事故和有效投诉。'],
    'post': ['寄递服务网络进一步向乡村延伸。'],
    'ip': ['知识产权保护工作社会满意度持续提升。'],
    'culture': ['各类文化活动覆盖城乡，群众参与热情高涨。'],
    'finance': ['预算执行总体符合预期。'],
    'audit': ['对审计发现的问题，有关单位正在按要求整改。'],
    'civil': ['各项救助资金均通过“一卡通”足额发放到位。'],
    'agri': ['农业生产资料供应充足，价格总体稳定。'],
    'market': ['市场主体结构持续优化。'],
    'hr': ['就业创业服务体系更加健全。'],
}

HEADS = {
    'gen': ['一、主要工作完成情况', '（一）重点工作推进情况', '二、{y}年工作开展情况', '（三）统筹推进民生事业'],
    'env': ['（二）生态环境保护', '三、持续改善生态环境质量'],
    'safety': ['（四）安全生产', '二、防范化解重大风险'],
    'court': ['一、审判执行工作情况'],
    'proc': ['一、依法履行检察职能情况'],
    'hosp': ['一、医疗业务开展情况', '（一）医疗服务', '二、运营管理情况'],
    'school': ['一、学校基本情况', '（二）教育教学质量'],
    'village': ['一、村集体经济发展情况'],
    'company': ['一、经营情况讨论与分析', '（一）主要经营数据'],
    'meteo': ['一、气候概况', '（一）降水', '二、水情'],
    'tour': ['一、假日文旅市场运行情况', '（二）文旅市场'],
    'post': ['一、行业运行情况', '（三）电子商务'],
    'ip': ['一、知识产权创造', '（一）专利'],
    'culture': ['一、公共文化服务', '（二）文化事业'],
    'finance': ['一、{y}年预算执行情况', '（一）一般公共预算'],
    'audit': ['一、审计发现的主要问题', '二、本级预算执行审计情况'],
    'civil': ['一、基本民生保障'],
    'agri': ['一、农业生产'],
    'market': ['一、市场主体发展'],
    'hr': ['一、就业创业'],
}


def wrap(c, body, sector='gen', org=None, head_p=0.35, open_p=0.6, close_p=0.5, org_kind='gov'):
    """Put context around the checked statement(s). body: list of lines."""
    r = c.r
    o = org or org_self(r, org_kind)
    y = c.year
    lines = list(body)
    pool_o = OPENERS.get(sector, []) + (OPENERS['gen'] if r.random() < 0.3 or not OPENERS.get(sector) else [])
    pool_c = CLOSERS.get(sector, []) + (CLOSERS['gen'] if r.random() < 0.4 or not CLOSERS.get(sector) else [])
    if pool_o and r.random() < open_p:
        op = r.choice(pool_o).format(y=y, o=o)
        if r.random() < 0.6 and len(lines[0]) < 200:
            lines[0] = op + lines[0]
        else:
            lines.insert(0, op)
    if pool_c and r.random() < close_p and len(lines) < 8:
        cl = r.choice(pool_c).format(y=y, o=o)
        if r.random() < 0.6:
            lines[-1] = lines[-1] + cl
        else:
            lines.append(cl)
    heads = HEADS.get(sector, HEADS['gen'])
    if r.random() < head_p and len(lines) < 8:
        lines.insert(0, r.choice(heads).format(y=y))
    return '\n'.join(lines[:8])


def sent_end(s):
    return s if s.endswith(('。', '；', '：')) else s + '。'


# =====================================================================================
#  style registry
# =====================================================================================
STYLES = []


def style(name, family, labels, desc):
    def deco(fn):
        STYLES.append({'name': name, 'family': family, 'labels': labels, 'desc': desc, 'fn': fn})
        return fn
    return deco


# =====================================================================================
#  a bank of wholes with mutually exclusive parts
# =====================================================================================
CATS = [
    dict(sec='env', ok='dept', lead=['共查处环境违法案件', '全年立案查处环境违法行为', '累计办理环境行政处罚案件'], unit='起', grp='案件',
         names=['水污染', '大气污染', '噪声污染', '固体废物污染', '土壤污染', '辐射安全'], lo=3, hi=60),
    dict(sec='safety', ok='dept', lead=['共排查整治火灾隐患', '累计发现并督改消防安全隐患'], unit='处', grp='隐患',
         names=['消防通道堵塞', '电气线路私拉乱接', '消防设施损坏', '违规住人', '疏散指示缺失'], lo=10, hi=400),
    dict(sec='market', ok='dept', lead=['新登记市场主体', '全年新增各类市场主体'], unit='户', grp='',
         names=['企业', '个体工商户', '农民专业合作社'], lo=20, hi=4000),
    dict(sec='gen', ok='dept', lead=['共受理群众信访事项', '全年登记受理信访件'], unit='件', grp='',
         names=['来信', '来访', '网上信访', '领导信箱转办'], lo=15, hi=600),
    dict(sec='civil', ok='dept', lead=['累计发放各类救助资金', '全年支出困难群众救助资金'], unit='元', mag='万', dec=2, grp='',
         names=['城乡低保金', '特困人员供养金', '临时救助金', '残疾人两项补贴'], lo=5000, hi=300000),
    dict(sec='hr', ok='dept', lead=['开展职业技能培训', '组织补贴性职业技能培训'], unit='人次', grp='',
         names=['电工', '焊工', '育婴员', '养老护理员', '中式烹调师', '电子商务师'], lo=40, hi=900),
    dict(sec='agri', ok='dept', lead=['完成营造林', '全年完成造林绿化任务'], unit='亩', grp='',
         names=['人工造林', '封山育林', '退化林修复', '森林抚育'], lo=100, hi=9000),
    dict(sec='safety', ok='dept', lead=['查处道路交通违法行为', '共纠正查处各类交通违法'], unit='起', grp='',
         names=['酒驾醉驾', '超速行驶', '不按规定佩戴安全头盔', '闯红灯', '无证驾驶'], lo=30, hi=9000),
    dict(sec='gen', ok='town', lead=['共排查调处矛盾纠纷', '全年调解各类矛盾纠纷'], unit='宗', grp='纠纷',
         names=['婚姻家庭', '邻里', '土地权属', '劳资', '物业服务'], lo=4, hi=300),
    dict(sec='gen', ok='dept', lead=['共办理法律援助案件', '全年受理指派法律援助案件'], unit='件', grp='案件',
         names=['民事', '刑事', '行政'], lo=10, hi=800),
    dict(sec='market', ok='dept', lead=['新增规模以上工业企业', '新培育入规工业企业'], unit='家', grp='企业',
         names=['装备制造', '电子信息', '食品加工', '新材料', '纺织服装'], lo=1, hi=30),
    dict(sec='hr', ok='dept', lead=['引进各类人才', '共招引高校毕业生'], unit='名', grp='',
         names=['博士研究生', '硕士研究生', '全日制本科生'], lo=3, hi=500),
    dict(sec='gen', ok='dept', lead=['开工改造老旧小区', '完成老旧小区改造'], unit='个', grp='', names=None, lo=2, hi=40),
    dict(sec='agri', ok='dept', lead=['新建改造农村供水管网', '铺设改造供水管道'], unit='公里', dec=1, grp='',
         names=None, lo=50, hi=2000),
    dict(sec='gen', ok='dept', lead=['完成农村公路提档升级', '改造提升农村公路'], unit='公里', dec=1, grp='',
         names=['县道', '乡道', '村道'], lo=30, hi=1500),
    dict(sec='culture', ok='dept', lead=['开展送戏下乡演出', '组织文化惠民演出'], unit='场', grp='',
         names=['黄梅戏', '花鼓戏', '曲艺', '歌舞', '小品'], lo=4, hi=120),
    dict(sec='market', ok='dept', lead=['受理消费者诉求', '共处理消费投诉举报咨询'], unit='件', grp='',
         names=['投诉', '举报', '咨询'], lo=100, hi=6000),
    dict(sec='agri', ok='dept', lead=['发放耕地地力保护补贴', '兑付惠农补贴资金'], unit='元', mag='万', dec=2, grp='',
         names=None, lo=2000, hi=90000),
    dict(sec='gen', ok='dept', lead=['拆除违法建设', '依法拆除违章建筑'], unit='处', grp='', names=None, lo=3, hi=200),
    dict(sec='school', ok='dept', lead=['资助家庭经济困难学生', '累计资助困难学生'], unit='人次', grp='学生',
         names=['学前教育', '义务教育', '普通高中', '中等职业教育'], lo=20, hi=3000),
    dict(sec='civil', ok='dept', lead=['办理婚姻登记业务', '受理婚姻登记'], unit='件', grp='',
         names=['结婚登记', '离婚登记', '补领婚姻登记证'], lo=50, hi=3000),
    dict(sec='gen', ok='gov', lead=['实施市级重点项目', '谋划推进重点建设项目'], unit='个', grp='项目',
         names=['产业类', '基础设施类', '社会民生类', '生态环保类'], lo=3, hi=80),
    dict(sec='gen', ok='town', lead=['网格员累计上报网格事件', '综治平台共受理网格事件'], unit='件', grp='事件',
         names=['矛盾纠纷', '治安隐患', '环境卫生', '安全隐患'], lo=50, hi=9000),
    dict(sec='market', ok='dept', lead=['完成食品安全监督抽检', '共抽检食品'], unit='批次', grp='',
         names=['粮食加工品', '食用农产品', '餐饮食品', '乳制品', '酒类'], lo=30, hi=2000),
]


class Cat:
    """One drawn whole with k mutually exclusive parts."""

    def __init__(self, c, k=None, kmin=2, kmax=4, cat=None, ints_only=False, small=False):
        r = c.r
        pool = [x for x in CATS if not (ints_only and (x.get('dec') or x.get('mag')))]
        if small:
            pool = [x for x in pool if x['hi'] <= 800 and not x.get('dec')]
        self.cat = cat = cat or r.choice(pool)
        self.c = c
        names = cat['names']
        if k is None:
            k = r.randint(kmin, kmax)
        if names is None:
            self.names = towns(r, k) if r.random() < 0.7 else villages(r, k)
            self.place_parts = True
        else:
            k = min(k, len(names))
            self.names = r.sample(names, k) if r.random() < 0.6 else names[:k]
            self.place_parts = False
        self.k = k
        self.unit = cat['unit']
        self.dec = cat.get('dec', 0)
        self.mag = cat.get('mag')
        self.lead = r.choice(cat['lead'])
        self.grp = cat.get('grp', '')
        self.sec = cat['sec']
        self.ok = cat['ok']
        lo, hi = cat['lo'], cat['hi']
        if small:
            hi = min(hi, 200)
        self.vals = [r.randint(lo, hi) for _ in range(k)]
        self.total = sum(self.vals)
        self.minabs = 1 if (self.dec == 0 and not self.mag) else (k + 3)

    def mk(self, n, mode=None):
        if self.dec == 0 and not self.mag:
            return self.c.i(n, mode)
        return self.c.u(n, self.dec, self.mag, mode)

    def corrupt(self, allow_total=True):
        t, ps, what = corrupt_sum(self.c, self.total, self.vals, self.minabs, allow_total)
        return t, ps, what

    def part(self, name, lit, grp_p=0.3):
        g = self.grp if (self.grp and self.c.r.random() < grp_p) else ''
        return f'{name}{g}{lit}{self.unit}'


def joinlist(r, items, seps=('、',), last=None):
    sep = r.choice(seps)
    if last and len(items) > 1 and r.random() < 0.5:
        return sep.join(items[:-1]) + last + items[-1]
    return sep.join(items)


def fin(c, text, note, what=None):
    if what:
        note += f' [changed: {what}]'
    return text, note


# =====================================================================================
#  TOTALS family
# =====================================================================================
@style('t_qizhong_list', 'totals', 'ci', '总数在前，“其中”后逐项列出名称+数量（顿号/逗号/分号分隔）')
def _t1(c):
    k = Cat(c, kmin=2, kmax=5)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    body = f'{k.lead}{TL}{k.unit}，其中{"：" if c.coin(0.2) else ""}{joinlist(c.r, items, ("、", "，", "；"))}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '总数与其中各项之和', what)


@style('t_fenbie_wei', 'totals', 'ci', '“A、B、C分别为a、b、c”：名称集中在前，数量集中在后')
def _t2(c):
    k = Cat(c, kmin=2, kmax=4)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    names = joinlist(c.r, k.names, ('、',), '和')
    if c.coin():
        nums = '、'.join(f'{l}{k.unit}' for l in lits)
    else:
        nums = '、'.join(str(l) for l in lits) + k.unit
    verb = c.ch(['分别为', '分别是', '分别有', '依次为'])
    pre = c.ch(['其中', '按类别分，', '从类型看，', '其中，'])
    body = f'{k.lead}{TL}{k.unit}，{pre}{names}{k.grp if c.coin(0.3) else ""}{verb}{nums}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '“分别为”对应的各项之和应等于总数', what)


@style('t_parts_then_heji', 'totals', 'ci', '先列各项，最后“合计/共计/总计/以上合计”给出总数')
def _t3(c):
    k = Cat(c, kmin=2, kmax=5)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    verb = k.lead
    items = [k.part(n, l, 0.5) for n, l in zip(k.names, lits)]
    tail = c.ch(['合计', '共计', '总计', '以上合计', '累计'])
    body = f'{verb}：{joinlist(c.r, items, ("，", "；", "、"))}，{tail}{TL}{k.unit}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '各项在前、合计在后', what)


@style('t_baokuo_paren', 'totals', 'ci', '总数后用括号“（包括/含/其中…）”列出组成')
def _t4(c):
    k = Cat(c, kmin=2, kmax=4)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    op, cl = c.ch([('（', '）'), ('(', ')')])
    kw = c.ch(['包括', '其中包括', '其中', '其中：'])
    body = f'{k.lead}{TL}{k.unit}{op}{kw}{joinlist(c.r, items, ("、", "，"))}{cl}，{c.ch(["完成年度目标任务", "工作任务全面完成", "较好完成了既定任务"])}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '括号内组成之和应等于总数', what)


@style('t_line_list', 'totals', 'ci', '总数一行，下面逐行列出各项（“——”“·”“-”或冒号开头）')
def _t5(c):
    k = Cat(c, kmin=3, kmax=5)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    head = f'{k.lead}{TL}{k.unit}，{c.ch(["具体如下：", "按类别统计如下：", "分项情况："])}'
    mark = c.ch(['——', '·', '- ', '', '◆'])
    colon = c.ch(['：', ':', ' '])
    lines = [head] + [f'{mark}{n}{colon}{l}{k.unit}{c.ch(["；", "", "。"]) if i < k.k - 1 else "。"}' for i, (n, l) in enumerate(zip(k.names, lits))]
    return fin(c, wrap(c, lines, k.sec, org_kind=k.ok, close_p=0.2, head_p=0.2), '逐行列出的各项之和应等于首行总数', what)


@style('t_cn_numerals', 'totals', 'ci', '全部用汉字数字书写（二十三个、一百零五户、两千）')
def _t6(c):
    c.f = F(c.r, 'cn')
    k = Cat(c, kmin=2, kmax=4, ints_only=True, small=True)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    if c.coin():
        body = f'{k.lead}{TL}{k.unit}，其中{joinlist(c.r, items, ("、", "，"))}。'
    else:
        body = f'{joinlist(c.r, items, ("，", "、"))}，{c.ch(["合计", "共计"])}{TL}{k.unit}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '汉字数字的总数与分项', what)


@style('t_fullwidth_digits', 'totals', 'ci', '全角数字（３８起、１２．５万元）书写的总分关系')
def _t7(c):
    c.f = F(c.r, 'fw')
    k = Cat(c, kmin=2, kmax=4)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    if c.coin():
        body = f'{k.lead}{TL}{k.unit}，其中{joinlist(c.r, items, ("、", "，"))}。'
    else:
        body = f'{k.lead}{TL}{k.unit}。其中，{joinlist(c.r, items, ("；", "，"))}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '全角数字的总数与分项', what)


@style('t_comma_thousands_yuan', 'totals', 'ci', '以元为单位的大额资金，千分位逗号（12,345,678元）')
def _t8(c):
    c.f = F(c.r, c.ch(['comma', 'comma', 'comma', 'ccomma']))
    r = c.r
    topic = c.ch([('拨付乡村振兴衔接资金', ['产业发展', '基础设施', '就业帮扶', '小额信贷贴息']),
                  ('下达义务教育经费', ['公用经费', '营养改善计划', '校舍维修', '教师培训']),
                  ('支付征地拆迁补偿款', ['土地补偿费', '安置补助费', '青苗补偿费', '地上附着物补偿费']),
                  ('发放稳岗返还资金', ['大型企业', '中小微企业', '社会组织']),
                  ('兑现企业奖补资金', ['技术改造', '研发投入', '上规入统', '品牌创建'])])
    k = r.randint(2, len(topic[1]))
    names = r.sample(topic[1], k)
    vals = [r.randint(20000, 9000000) for _ in range(k)]
    if c.coin(0.3):
        vals = [v - v % 100 for v in vals]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, 1)
    lits = [c.i(v) for v in P]
    TL = c.i(T)
    c.add('sum', total=TL, parts=lits)
    items = [f'{n}{l}元' for n, l in zip(names, lits)]
    body = f'{c.ch(["全年", "截至12月底，", "本年度"])}{topic[0]}{TL}元，其中{joinlist(r, items, ("；", "，"))}。'
    return fin(c, wrap(c, [body], 'finance', org_kind='dept'), '千分位分隔的元金额总分关系', what)


@style('t_space_thousands_table', 'totals', 'ci', '表格行，数字用空格作千分位（12 345），表头注明单位')
def _t9(c):
    r = c.r
    c.f = F(r, 'space')
    topic = c.ch([('各镇（街道）常住人口', '人', 3000, 90000), ('各乡镇耕地面积', '亩', 2000, 60000),
                  ('各镇街道路清扫保洁面积', '平方米', 20000, 400000), ('各片区供水户数', '户', 1500, 40000)])
    k = r.randint(3, 5)
    names = towns(r, k)
    vals = [r.randint(topic[2], topic[3]) for _ in range(k)]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, 1)
    lits = [c.i(v) for v in P]
    TL = c.i(T)
    c.add('sum', total=TL, parts=lits)
    sep = c.ch(['\t', '　', ' | '])
    lines = [f'表{r.randint(1, 9)}  {c.year}年{topic[0]}（单位：{topic[1]}）', f'地区{sep}数量']
    lines += [f'{n}{sep}{l}' for n, l in zip(names, lits)]
    lines.append(f'{c.ch(["合计", "总计", "全县"])}{sep}{TL}')
    return fin(c, '\n'.join(lines[:8]), '空格千分位的表格合计行', what)


@style('t_wan_yi_mixed', 'totals', 'ci', '总额用亿元，分项用万元或亿元混写，需换算量级')
def _t10(c):
    r = c.r
    topic = c.ch([('完成固定资产投资', ['工业投资', '基础设施投资', '房地产开发投资', '民间投资以外的其他投资']),
                  ('争取上级资金', ['中央预算内投资', '地方政府专项债券', '省级专项资金']),
                  ('实现外贸进出口总额', ['出口', '进口']),
                  ('完成重点项目投资', ['产业项目', '城建项目', '水利项目', '交通项目'])])
    k = r.randint(2, min(4, len(topic[1])))
    names = topic[1][:k] if topic[0] != '完成固定资产投资' else r.sample(topic[1][:3], k if k <= 3 else 3)
    k = len(names)
    vals = [r.randint(40, 3000) for _ in range(k)]   # units of 0.01亿 = 100万
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, k + 3)
    TL = c.u(T, 2, '亿')
    lits = []
    for v in P:
        if c.coin(0.55):
            lits.append(c.u(v * 100, 0, '万'))      # 0.01亿 = 100万
        else:
            lits.append(c.u(v, 2, '亿'))
    c.add('sum', total=TL, parts=lits)
    items = [f'{n}{l}元' for n, l in zip(names, lits)]
    body = f'全年{topic[0]}{TL}元，其中{joinlist(r, items, ("、", "，", "；"))}。'
    return fin(c, wrap(c, [body], 'finance', org_kind='gov'), '亿元与万元混写的总分关系（需换算）', what)


@style('t_parts_named_after', 'totals', 'ci', '数量在前、名称在后（“12起为水污染案件、14起涉及大气”）')
def _t11(c):
    k = Cat(c, kmin=2, kmax=4, ints_only=True)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    verb = c.ch(['为', '属于', '涉及', '是'])
    items = [f'{l}{k.unit}{verb}{n}{k.grp if k.grp and c.coin(0.5) else ""}' for n, l in zip(k.names, lits)]
    body = f'{k.lead}{TL}{k.unit}。{c.ch(["其中", "其中，", "从构成看，"])}{joinlist(c.r, items, ("，", "；", "、"))}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '数量前置、名称后置的各项之和', what)


@style('t_total_next_sentence', 'totals', 'ci', '总数一句，分项另起一句（“从类型看/分领域看…”），中间夹叙述')
def _t12(c):
    k = Cat(c, kmin=2, kmax=4)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    mid = c.ch(['各项工作均按时间节点推进。', '工作中坚持边查边改、立查立改。', '做到了底数清、情况明。', '相关台账已全部建立。'])
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    pre = c.ch(['从类型看，', '分领域看，', '按类别划分，', '具体来看，', '从分布看，' if k.place_parts else '从类型看，'])
    lines = [f'{k.lead}{TL}{k.unit}。{mid}', f'{pre}{joinlist(c.r, items, ("，", "；", "、"))}。']
    if c.coin(0.5):
        lines = [lines[0] + lines[1]]
    return fin(c, wrap(c, lines, k.sec, org_kind=k.ok), '跨句的总数与分项', what)


@style('t_verbs_then_yishang', 'totals', 'ci', '每项各带动词成句，最后“以上共计/累计”')
def _t13(c):
    r = c.r
    topic = c.ch([
        ('起', [('查处无证经营', ''), ('查处超范围经营', ''), ('查处虚假宣传', ''), ('查处价格违法', '')], '查处各类违法行为'),
        ('户', [('走访慰问困难群众', ''), ('慰问退役军人家庭', ''), ('看望留守儿童家庭', '')], '走访慰问'),
        ('场', [('举办专场招聘会', ''), ('开展直播带岗', ''), ('组织校园招聘', '')], '举办各类招聘活动'),
        ('次', [('开展联合执法', ''), ('开展夜查行动', ''), ('组织专项督查', '')], '开展各类检查'),
        ('栋', [('完成自建房初判', ''), ('完成安全鉴定', ''), ('完成危房整治', '')], '处置经营性自建房')])
    k = r.randint(2, len(topic[1]))
    acts = r.sample(topic[1], k)
    vals = [r.randint(3, 400) for _ in range(k)]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    lits = [c.i(v) for v in P]
    TL = c.i(T)
    c.add('sum', total=TL, parts=lits)
    cls = [f'{a[0]}{l}{topic[0]}' for a, l in zip(acts, lits)]
    tail = c.ch([f'以上共计{TL}{topic[0]}', f'累计{topic[2]}{TL}{topic[0]}', f'合计{TL}{topic[0]}'])
    body = '，'.join(cls) + '，' + tail + '。'
    return fin(c, wrap(c, [body], 'gen', org_kind='dept'), '动词短句逐项列出，末尾合计', what)


@style('t_mixed_cn_ascii', 'totals', 'ci', '总数用汉字数字、分项用阿拉伯数字（或反之）')
def _t14(c):
    k = Cat(c, kmin=2, kmax=4, ints_only=True, small=True)
    T, P, what = k.corrupt()
    c.f.liang = c.coin()
    if c.coin():
        TL = k.mk(T, 'cn')
        lits = [k.mk(v, 'ascii') for v in P]
    else:
        TL = k.mk(T, 'ascii')
        lits = [k.mk(v, 'cn') for v in P]
    c.add('sum', total=TL, parts=lits)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    body = f'{k.lead}{TL}{k.unit}，其中{joinlist(c.r, items, ("、", "，"))}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '汉字与阿拉伯数字混写的总分关系', what)


@style('t_nested_qizhong', 'totals', 'ci', '两层“其中”：总数→分项→某一分项再细分，两处加总都要成立')
def _t15(c):
    r = c.r
    topic = c.ch([
        ('全年受理各类案件', '件', ['民事案件', '刑事案件', '行政案件'], '民事案件', ['婚姻家庭纠纷', '合同纠纷', '侵权纠纷'], 'court'),
        ('新增城镇就业', '人', ['城镇新增就业', '农村劳动力转移就业'], '城镇新增就业', ['高校毕业生', '退役军人', '就业困难人员'], 'hr'),
        ('全年投入资金', '万元', ['财政资金', '社会资本'], '财政资金', ['中央资金', '省级资金', '县级配套'], 'finance'),
        ('累计排查隐患', '处', ['一般隐患', '重大隐患'], '一般隐患', ['消防类', '用电类', '燃气类'], 'safety'),
        ('建成高标准农田', '亩', ['新建', '改造提升'], '新建', ['粮食功能区', '重要农产品保护区'], 'agri')])
    lead, unit, top, sub_of, subs, sec = topic
    money = unit == '万元'
    k1 = len(top)
    vals = [r.randint(30, 900) if not money else r.randint(5000, 90000) for _ in range(k1)]
    sub_vals = split_total(r, vals[0], r.randint(2, len(subs)), 1)
    subs_sel = r.sample(subs, len(sub_vals)) if len(sub_vals) < len(subs) else subs
    if len(sub_vals) < len(subs) or True:
        pass
    T = sum(vals)
    minabs = 1 if not money else 6

    def mk(v):
        return c.u(v, 2, '万') if money else c.i(v)
    which = r.choice(['outer', 'inner']) if c.bad else None
    T2, vals2, what = T, list(vals), None
    sub2 = list(sub_vals)
    if which == 'outer':
        T2, _, what = corrupt_sum(c, T, vals, minabs)
        if what != 'total':
            # keep the first part (which is subdivided) intact; corrupt another part or the total
            T2 = wrong(r, T, minabs, minv=max(vals) + 1)
            what = 'outer total'
    elif which == 'inner':
        j = r.randrange(len(sub_vals))
        sub2[j] = wrong(r, sub_vals[j], minabs)
        what = f'inner part {j + 1}'
    TL = mk(T2)
    lits = [mk(v) for v in vals2]
    slits = [mk(v) for v in sub2]
    u = '元' if money else unit
    c.add('sum', total=TL, parts=lits)
    c.add('sum', total=lits[0], parts=slits)
    inner = joinlist(r, [f'{n}{l}{u}' for n, l in zip(subs_sel, slits)], ('、', '，'))
    first = f'{top[0]}{lits[0]}{u}（{c.ch(["其中", "其中："])}{inner}）' if c.coin() else f'{top[0]}{lits[0]}{u}，{c.ch(["其中", "其中："])}{inner}'
    rest = [f'{n}{l}{u}' for n, l in zip(top[1:], lits[1:])]
    sep = '；' if '，' in first else c.ch(['；', '，'])
    body = f'{lead}{TL}{u}，其中{first}{sep}{sep.join(rest)}。'
    return fin(c, wrap(c, [body], sec, org_kind='dept' if sec != 'court' else 'court'), '外层总分与内层“其中”细分两个加总', what)


@style('t_two_statements', 'totals', 'ci', '一段里两个独立的总分关系（两个不同指标），只错一处')
def _t16(c):
    k1 = Cat(c, kmin=2, kmax=3)
    k2 = Cat(c, kmin=2, kmax=3)
    while k2.cat is k1.cat:
        k2 = Cat(c, kmin=2, kmax=3)
    pick = c.r.randrange(2) if c.bad else -1
    outs = []
    what = None
    for idx, k in enumerate((k1, k2)):
        if idx == pick:
            T, P, what = k.corrupt()
            what = f'statement {idx + 1}: {what}'
        else:
            T, P = k.total, k.vals
        lits = [k.mk(v) for v in P]
        TL = k.mk(T)
        c.add('sum', total=TL, parts=lits)
        items = [k.part(n, l) for n, l in zip(k.names, lits)]
        outs.append(f'{k.lead}{TL}{k.unit}，其中{joinlist(c.r, items, ("、", "，"))}')
    if c.coin():
        body = [f'{outs[0]}；{outs[1]}。']
    else:
        body = [f'一是{outs[0]}。', f'二是{outs[1]}。']
    return fin(c, wrap(c, body, 'gen', org_kind='gov'), '两个总分关系并列', what)


@style('t_hu_ren_double', 'totals', 'ci', '户数和人数两个总量同时按片区拆分（“143户485人，其中A 80户270人…”）')
def _t17(c):
    r = c.r
    act = c.ch(['合计安置被征收户', '完成搬迁安置', '纳入低保保障', '认定监测对象', '完成危房改造'])
    k = r.randint(2, 4)
    names = c.ch([towns(r, k), villages(r, k), [f'{nm2(r)}{c.ch(["小区", "安置区", "花园"])}' for _ in range(k)]])
    hs = [r.randint(8, 160) for _ in range(k)]
    ps = [h * r.randint(2, 4) + r.randint(0, h) for h in hs]
    H, P = sum(hs), sum(ps)
    what = None
    if c.bad:
        if c.coin():
            H, hs, what = corrupt_sum(c, H, hs)
            what = '户 ' + what
        else:
            P, ps, what = corrupt_sum(c, P, ps)
            what = '人 ' + what
    HL, PL = c.i(H), c.i(P)
    hl = [c.i(v) for v in hs]
    pl = [c.i(v) for v in ps]
    c.add('sum', total=HL, parts=hl)
    c.add('sum', total=PL, parts=pl)
    items = [f'{n}{a}户{b}人' for n, a, b in zip(names, hl, pl)]
    body = f'{act}{HL}户{PL}人，其中{joinlist(r, items, ("、", "，", "；"))}。'
    return fin(c, wrap(c, [body], 'civil', org_kind='town'), '户数、人数两套加总', what)


@style('t_yishi_amounts', 'totals', 'ci', '“一是…二是…三是…”各带金额，前或后给出合计')
def _t18(c):
    r = c.r
    acts = ['安排产业发展资金', '实施人居环境整治', '支持村级集体经济', '用于小型水利设施维修', '开展技能培训补贴',
            '发放防返贫保险补助', '建设农村道路', '改造农村危房', '支持消费帮扶', '补助医疗救助']
    k = r.randint(2, 5)
    a = r.sample(acts, k)
    dec = c.ch([0, 1, 2])
    vals = [r.randint(50, 3000) * (1 if dec else 1) for _ in range(k)]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, k + 3)
    lits = [c.u(v, dec, '万') for v in P]
    TL = c.u(T, dec, '万')
    c.add('sum', total=TL, parts=lits)
    ords = ['一是', '二是', '三是', '四是', '五是']
    items = [f'{ords[i]}{a[i]}{lits[i]}元' for i in range(k)]
    if c.coin():
        body = [f'{c.ch(["全年共统筹衔接资金", "共投入各类资金", "累计安排资金"])}{TL}元，主要用于：{"；".join(items)}。']
    else:
        body = [f'{"；".join(items)}。{c.ch(["以上合计", "上述资金共计", "合计"])}{TL}元。']
    return fin(c, wrap(c, body, 'village', org_kind='gov'), '一是二是…各项金额与合计', what)


@style('t_circled_items', 'totals', 'ci', '①②③序号逐项给数，与总数对应')
def _t19(c):
    k = Cat(c, kmin=3, kmax=5)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    items = [f'{CIRC[i]}{k.part(n, l)}' for i, (n, l) in enumerate(zip(k.names, lits))]
    if c.coin():
        lines = [f'{k.lead}{TL}{k.unit}：{"；".join(items)}。']
    else:
        lines = [f'{k.lead}{TL}{k.unit}，具体为：'] + [it + ('；' if i < len(items) - 1 else '。') for i, it in enumerate(items)]
    return fin(c, wrap(c, lines, k.sec, org_kind=k.ok, close_p=0.3), '带圈序号的分项与总数', what)


@style('t_paren_num_items', 'totals', 'ci', '（1）（2）（3）分行列项，合计放在首句或末行')
def _t20(c):
    k = Cat(c, kmin=2, kmax=5)
    T, P, what = k.corrupt()
    lits = [k.mk(v) for v in P]
    TL = k.mk(T)
    c.add('sum', total=TL, parts=lits)
    fmt = c.ch(['（{}）', '({})', '{}.', '{}、'])
    items = [fmt.format(i + 1) + k.part(n, l) + '。' for i, (n, l) in enumerate(zip(k.names, lits))]
    if c.coin():
        lines = [f'{k.lead}{TL}{k.unit}，分类情况如下：'] + items
    else:
        lines = [f'{k.lead}情况：'] + items + [f'{c.ch(["合计", "以上共计", "总计"])}{TL}{k.unit}。']
    return fin(c, wrap(c, lines[:7], k.sec, org_kind=k.ok, close_p=0.0, open_p=0.3, head_p=0.2), '编号分行列项与合计', what)


ACTIONS = ['打击非法采砂', '整治餐饮油烟', '清理河道垃圾', '排查燃气隐患', '治理校园周边环境', '规范电动车停放',
           '整治违规广告牌', '清理“僵尸车”', '查处占道经营', '开展夜市整治', '整治群租房', '排查危旧房屋',
           '开展食品安全快检', '整治农村乱堆乱放', '清理小广告']


@style('t_count_items_yishi', 'totals', 'ci', '“共开展N项行动：一是…二是…”，所列条目数应等于N')
def _t21(c):
    r = c.r
    n = r.randint(3, 6)
    acts = r.sample(ACTIONS, n)
    stated = n
    what = None
    if c.bad:
        stated = n + r.choice([-1, 1, 2]) if n > 3 else n + r.choice([1, 2])
        what = 'count'
    if c.coin(0.7):
        NL = L(cn_int(stated), stated)
    else:
        NL = c.x(stated, 0)
    ords = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是']
    items = [ords[i] for i in range(n)]
    c.add('count', n=NL, items=items)
    thing = c.ch(['专项行动', '专项整治', '重点工作', '攻坚任务'])
    body = f'{c.ch(["今年以来，", "", "全年"])}{c.ch(["共开展", "集中开展", "重点推进"])}{NL}项{thing}：' + '；'.join(f'{ords[i]}{acts[i]}' for i in range(n)) + '。'
    return fin(c, wrap(c, [body], 'gen', org_kind='dept', open_p=0.3), '所列“一是…”条数与所称项数', what)


@style('t_count_items_named', 'totals', 'ci', '“建成3个示范村：甲村、乙村、丙村”，列出的名称个数应等于所称个数')
def _t22(c):
    r = c.r
    n = r.randint(2, 6)
    kind = c.ch(['v', 't', 'c'])
    if kind == 'v':
        names = villages(r, n)
        thing = c.ch(['个美丽乡村示范村', '个省级乡村振兴示范村', '个“一村一品”示范村'])
        verb = c.ch(['建成', '创建', '获评'])
    elif kind == 't':
        names = towns(r, n)
        thing = c.ch(['个乡镇（街道）', '个镇街'])
        verb = c.ch(['覆盖', '涉及', '辐射'])
    else:
        names = [company(r) for _ in range(n)]
        thing = c.ch(['家企业', '家“专精特新”企业', '家高新技术企业'])
        verb = c.ch(['新认定', '新培育', '推荐申报'])
    stated = n
    what = None
    if c.bad:
        stated = n + r.choice([-1, 1]) if n > 2 else n + 1
        what = 'count'
    NL = L(cn_int(stated, True), stated) if c.coin(0.6) else c.x(stated, 0)
    c.add('count', n=NL, items=names)
    op, cl = c.ch([('：', '。'), ('（', '）。'), ('，分别是', '。'), ('，即', '。')])
    body = f'{verb}{NL}{thing}{op}{"、".join(names)}{cl}'
    return fin(c, wrap(c, [body], 'gen', org_kind='gov', open_p=0.4), '列出的名称个数与所称个数', what)


@style('t_table_header_units', 'totals', 'ci', '表格（表头注明“单位：万元/人”），末行合计')
def _t23(c):
    r = c.r
    topic = c.ch([('各镇（街道）财政收入完成情况', '万元', 2, 'money'), ('各部门培训人数统计', '人', 0, 'n'),
                  ('各片区保障性住房分配情况', '套', 0, 'n'), ('各乡镇粮食产量', '吨', 1, 'n'),
                  ('各学校招生计划', '人', 0, 'n')])
    if c.f.mode == 'cn':
        c.f = F(r, 'ascii')
    k = r.randint(3, 5)
    names = towns(r, k) if topic[3] == 'money' or '乡镇' in topic[0] or '片区' in topic[0] else \
        ([f'{nm2(r)}{c.ch(["中学", "小学", "职业学校"])}' for _ in range(k)] if '学校' in topic[0] else
         r.sample(['发改局', '教育局', '卫健局', '住建局', '农业农村局', '人社局', '交通运输局', '文旅局'], k))
    dec = topic[2]
    vals = [r.randint(100, 50000) if dec else r.randint(20, 900) for _ in range(k)]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, 1 if dec == 0 else k + 3)
    lits = [c.u(v, dec) if dec else c.i(v) for v in P]
    TL = c.u(T, dec) if dec else c.i(T)
    c.add('sum', total=TL, parts=lits)
    sep = c.ch(['\t', '　　', ' | ', '  '])
    col = c.ch(['数量', '完成数', '合计', '本年数']) if topic[3] != 'money' else c.ch(['完成数', '本年累计'])
    lines = [f'{topic[0]}（单位：{topic[1]}）' if c.coin() else f'表{r.randint(1, 12)} {topic[0]}    单位：{topic[1]}',
             f'{c.ch(["名称", "单位"] if "部门" in topic[0] else (["学校", "名称"] if "学校" in topic[0] else ["地区", "镇（街道）", "名称"]))}{sep}{col}']
    lines += [f'{n}{sep}{l}' for n, l in zip(names, lits)]
    lines.append(f'{c.ch(["合计", "合  计", "总计"])}{sep}{TL}')
    return fin(c, '\n'.join(lines[:8]), '表格各行与合计行（单位在表头）', what)


@style('t_table_total_first', 'totals', 'ci', '表格总计行在最上，下面“其中：”缩进行')
def _t24(c):
    r = c.r
    topic = c.ch([('一般公共预算收入', '万元', ['税收收入', '非税收入']),
                  ('社会消费品零售总额', '亿元', ['城镇', '乡村']),
                  ('农林牧渔业总产值', '亿元', ['农业', '林业', '牧业', '渔业', '农林牧渔服务业']),
                  ('年末常住人口', '万人', ['城镇人口', '乡村人口']),
                  ('货物进出口总额', '亿元', ['出口额', '进口额'])])
    names = topic[2]
    k = len(names)
    vals = [r.randint(200, 90000) for _ in range(k)]
    dec = 2 if topic[1] != '万人' else 2
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, k + 3)
    mag = '亿' if topic[1].startswith('亿') else '万'
    # values written without magnitude in a table whose header carries the unit
    lits = [c.u(v, dec, mode='ascii') for v in P]
    TL = c.u(T, dec, mode='ascii')
    c.add('sum', total=TL, parts=lits)
    sep = c.ch(['\t', '　', ' | '])
    lines = [f'指标{sep}{c.year}年（{topic[1]}）' if c.coin() else f'指标名称{sep}绝对数（{topic[1]}）',
             f'{topic[0]}{sep}{TL}']
    for i, (n, l) in enumerate(zip(names, lits)):
        pre = c.ch(['  其中：', '其中：', '　其中：']) if i == 0 else c.ch(['        ', '　　　', '      '])
        lines.append(f'{pre}{n}{sep}{l}')
    return fin(c, '\n'.join(lines[:8]), '表格首行总计、下设“其中”各行（单位在表头）', what)


@style('t_table_row_totals', 'totals', 'ci', '多列表格：每行“合计”列=各列之和（男/女、城镇/农村…），多行多处加总')
def _t25(c):
    r = c.r
    topic = c.ch([('男', '女', '各学段在校学生数（人）', ['小学', '初中', '高中', '中职']),
                  ('城镇', '农村', '各类参保人数（人）', ['职工医保', '居民医保', '职工养老']),
                  ('本地', '外地', '各景区接待游客（人次）', None),
                  ('新建', '改建', '各镇道路建设里程（米）', None)])
    if c.f.mode in ('cn', 'wan'):
        c.f = F(r, 'ascii')
    k = r.randint(2, 4)
    rows = topic[3][:k] if topic[3] else ([f'{nm2(r)}景区' for _ in range(k)] if '景区' in topic[2] else towns(r, k))
    k = len(rows)
    data = [(r.randint(200, 9000), r.randint(200, 9000)) for _ in range(k)]
    bad_row = r.randrange(k) if c.bad else -1
    sep = c.ch(['\t', ' | ', '　'])
    lines = [f'{topic[2]}', sep.join(['项目', topic[0], topic[1], '合计'])]
    what = None
    for i, (nm, (a, b)) in enumerate(zip(rows, data)):
        t = a + b
        if i == bad_row:
            t = wrong(r, t, 1, minv=max(a, b) + 1)
            what = f'row {i + 1} total'
        al, bl, tl = c.i(a), c.i(b), c.i(t)
        c.add('sum', total=tl, parts=[al, bl])
        lines.append(sep.join([nm, str(al), str(bl), str(tl)]))
    return fin(c, '\n'.join(lines[:8]), '逐行“合计”列等于前两列之和', what)


@style('t_income_expense_balance', 'totals', 'ci', '收入、支出、结余（差额）三数关系')
def _t26(c):
    r = c.r
    topic = c.ch([('村集体经济', '收入', '支出', '结余', 'village', 300, 30000), ('工会经费', '收入', '支出', '结余', 'gen', 200, 9000),
                  ('食堂账户', '收入', '支出', '结余', 'school', 500, 20000), ('党费', '收缴', '使用', '结存', 'gen', 50, 3000),
                  ('城乡居民医保基金', '收入', '支出', '当期结余', 'finance', 100000, 2000000),
                  ('专项资金', '到位', '支出', '结余', 'finance', 2000, 90000)])
    dec = c.ch([0, 2, 2])
    mag = '万' if dec == 2 else None
    a = r.randint(topic[5], topic[6]) if dec == 2 else r.randint(topic[5], topic[6]) * 100 + r.randint(0, 99)
    b = r.randint(int(a * 0.5), int(a * 0.98))
    res = a - b
    what = None
    if c.bad:
        j = r.choice(['a', 'b', 'res'])
        if j == 'a':
            a = wrong(r, a, 1 if dec == 0 else 6, minv=b + 1)
        elif j == 'b':
            b = wrong(r, b, 1 if dec == 0 else 6)
            if b >= a:
                b = a - res - r.randint(7, 50)
        else:
            res = wrong(r, res, 1 if dec == 0 else 6)
        what = j
    mk = (lambda v: c.u(v, dec, mag)) if dec else c.i
    AL, BL, RL = mk(a), mk(b), mk(res)
    c.add('diff', a=AL, b=[BL], result=RL)
    u = '元'
    s = c.ch([
        f'{c.year}年{topic[0]}{topic[1]}{AL}{u}，{topic[2]}{BL}{u}，{topic[3]}{RL}{u}。',
        f'全年{topic[0]}共{topic[1]}{AL}{u}、{topic[2]}{BL}{u}，收支相抵{topic[3]}{RL}{u}。',
        f'{topic[0]}：本年{topic[1]}{AL}{u}；本年{topic[2]}{BL}{u}；年末{topic[3]}{RL}{u}。'])
    return fin(c, wrap(c, [s], topic[4], org_kind='village' if topic[4] == 'village' else 'dept'), '收入−支出=结余', what)


@style('t_fund_rollforward', 'totals', 'ci', '基金当年结余与累计结余滚存：当年结余=收入−支出，累计=上年累计+当年结余')
def _t27(c):
    r = c.r
    fund = c.ch(['城乡居民基本养老保险基金', '职工基本医疗保险统筹基金', '失业保险基金', '工伤保险基金', '住房公积金'])
    inc = r.randint(20000, 900000)
    exp = r.randint(int(inc * 0.6), int(inc * 1.05))
    bal = inc - exp
    prev = r.randint(50000, 2000000)
    cum = prev + bal
    which = r.choice(['bal', 'cum']) if c.bad else None
    bal_s, cum_s = bal, cum
    if which == 'bal':
        bal_s = wrong(r, abs(bal), 6) * (1 if bal >= 0 else -1)
        cum_s = prev + bal_s if False else cum   # keep cumulative consistent with the true balance
    elif which == 'cum':
        cum_s = wrong(r, cum, 6)
    I, E, P = c.u(inc, 2, '万'), c.u(exp, 2, '万'), c.u(prev, 2, '万')
    B = c.u(abs(bal_s), 2, '万')
    if bal >= 0:
        c.add('diff', a=I, b=[E], result=B)
        bal_txt = f'当年结余{B}元'
    else:
        c.add('diff', a=E, b=[I], result=B)
        bal_txt = f'当年收支缺口{B}元'
    C = c.u(cum_s, 2, '万')
    # roll-forward checked with income and expenditure themselves: last year's balance + income - expenditure
    c.add('flow', start=P, plus=[I], minus=[E], end=C)
    s = f'{c.year}年，{fund}收入{I}元，支出{E}元，{bal_txt}；上年末累计结余{P}元，年末滚存结余{C}元。'
    return fin(c, wrap(c, [s], 'finance', org_kind='dept'), '当年结余与滚存结余两处关系', which)


def no_cn(c, mode='ascii'):
    if c.f.mode in ('cn', 'wan'):
        c.f = F(c.r, mode)


CHANGE_TOPICS = [
    # (subject, unit, lo, hi, sector, verbs up, verbs down)
    ('全县养老机构床位', '张', 300, 5000, 'civil'),
    ('在册网格员', '人', 80, 900, 'gen'),
    ('农村集体经济年收入超10万元的村', '个', 5, 120, 'village'),
    ('专职消防员', '人', 20, 400, 'safety'),
    ('家庭医生签约服务团队', '个', 20, 300, 'hosp'),
    ('规模以上工业企业', '家', 40, 900, 'market'),
    ('新能源公交车', '辆', 30, 800, 'gen'),
    ('公办幼儿园', '所', 10, 150, 'school'),
    ('城市社区“15分钟生活圈”', '个', 5, 80, 'gen'),
    ('登记在册志愿者', '人', 1000, 90000, 'gen'),
]


@style('t_change_increase', 'totals', 'ci', '“由A增加到B，增加C”：两端值与增量')
def _t28(c):
    r = c.r
    subj, unit, lo, hi, sec = c.ch(CHANGE_TOPICS)
    a = r.randint(lo, hi)
    b = a + r.randint(max(1, a // 20), max(2, a // 2))
    d = b - a
    what = None
    if c.bad:
        which = r.choice(['a', 'b', 'd'])
        if which == 'a':
            a = wrong(r, a, 1, minv=1)
            if a >= b:
                a = b - d - r.randint(2, 9)
        elif which == 'b':
            b = wrong(r, b, 1, minv=a + 1)
        else:
            d = wrong(r, d, 1)
        what = which
    AL, BL, DL = c.i(a), c.i(b), c.i(d)
    c.add('change', old=AL, new=BL, delta=DL, dir='+')
    s = c.ch([
        f'{subj}由{AL}{unit}增加到{BL}{unit}，增加{DL}{unit}。',
        f'{subj}从{c.year - 1}年的{AL}{unit}增至{BL}{unit}，净增{DL}{unit}。',
        f'{subj}达到{BL}{unit}，比{c.ch(["上年", "年初", "“十三五”末"])}的{AL}{unit}多{DL}{unit}。',
        f'{subj}{AL}{unit}→{BL}{unit}（+{DL}{unit}）。'])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '增加前后两值之差等于所称增量', what)


@style('t_change_decrease', 'totals', 'ci', '“由A下降到B，减少C”：减少类变化')
def _t29(c):
    r = c.r
    subj, unit, lo, hi, sec = c.ch([
        ('辖区刑事警情', '起', 100, 3000, 'safety'), ('生产安全事故死亡人数', '人', 5, 60, 'safety'),
        ('重复信访件', '件', 20, 500, 'gen'), ('农村低保对象', '人', 500, 9000, 'civil'),
        ('空气重污染天数', '天', 5, 40, 'env'), ('欠薪投诉', '件', 30, 600, 'hr'),
        ('道路交通事故', '起', 50, 900, 'safety'), ('行政审批事项', '项', 80, 400, 'gen'),
        ('电信网络诈骗案件', '起', 80, 1500, 'safety'), ('住院患者平均等待手术时间', '天', 3, 12, 'hosp')])
    a = r.randint(lo, hi)
    b = a - r.randint(max(1, a // 20), max(2, a // 2))
    d = a - b
    what = None
    if c.bad:
        which = r.choice(['a', 'b', 'd'])
        if which == 'a':
            a = wrong(r, a, 1, minv=b + 1)
        elif which == 'b':
            b = wrong(r, b, 1, minv=0)
            if b >= a:
                b = a - d - r.randint(1, 3)
                if b < 0:
                    b = a - d + 1
        else:
            d = wrong(r, d, 1)
        what = which
    AL, BL, DL = c.i(a), c.i(b), c.i(d)
    c.add('change', old=AL, new=BL, delta=DL, dir='-')
    s = c.ch([
        f'{subj}由{AL}{unit}下降到{BL}{unit}，减少{DL}{unit}。',
        f'{subj}从上年的{AL}{unit}降至{BL}{unit}，同比减少{DL}{unit}。',
        f'{subj}{BL}{unit}，较上年（{AL}{unit}）少{DL}{unit}。',
        f'{subj}压减至{BL}{unit}，比{c.year - 1}年减少{DL}{unit}（{c.year - 1}年为{AL}{unit}）。'])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '下降前后两值之差等于所称减少量', what)


@style('t_vs_last_year_amount', 'totals', 'ci', '本年数、上年数、增减额（万元/亿元，正负方向）')
def _t30(c):
    r = c.r
    subj = c.ch(['一般公共预算收入', '税收收入', '民生支出', '农林水支出', '卫生健康支出', '教育支出', '政府性基金收入'])
    b = r.randint(20000, 900000)
    up = c.coin(0.7)
    a = b + (1 if up else -1) * r.randint(b // 40, b // 5)
    d = abs(a - b)
    what = None
    if c.bad:
        which = r.choice(['a', 'b', 'd'])
        if which == 'a':
            a = wrong(r, a, 8)
        elif which == 'b':
            b = wrong(r, b, 8)
        else:
            d = wrong(r, d, 8)
        what = which
        if (a - b > 0) != up:
            raise Retry()
    AL, BL, DL = c.u(a, 2, '万'), c.u(b, 2, '万'), c.u(d, 2, '万')
    c.add('change', old=BL, new=AL, delta=DL, dir='+' if up else '-')
    w = c.ch(['增加', '增长', '多'] if up else ['减少', '下降', '少'])
    s = c.ch([f'{subj}完成{AL}元，上年同期{BL}元，比上年{w}{DL}元。',
              f'全年{subj}{AL}元，较上年的{BL}元{w}{DL}元。',
              f'{subj}：本年{AL}元，上年{BL}元，增减额{"" if up else "-"}{DL}元。'])
    return fin(c, wrap(c, [s], 'finance', org_kind='gov'), '本年−上年=增减额', what)


@style('t_net_increase', 'totals', 'ci', '新增、注销（减少）与净增三数')
def _t31(c):
    r = c.r
    subj, u = c.ch([('市场主体', '户'), ('企业', '户'), ('党员', '名'), ('参保人员', '人'), ('注册志愿者', '人'), ('登记车辆', '辆')])
    add = r.randint(50, 6000)
    rem = r.randint(add // 10, int(add * 0.8))
    net = add - rem
    what = None
    if c.bad:
        which = r.choice(['add', 'rem', 'net'])
        if which == 'add':
            add = wrong(r, add, 1, minv=rem + 1)
        elif which == 'rem':
            rem = wrong(r, rem, 1, minv=1)
            if rem >= add:
                rem = add - net - r.randint(1, 9)
        else:
            net = wrong(r, net, 1)
        what = which
    A, R, N = c.i(add), c.i(rem), c.i(net)
    c.add('diff', a=A, b=[R], result=N)
    verb_rem = {'市场主体': '注销', '企业': '注销', '党员': '减少（含死亡、出党）', '参保人员': '减少', '注册志愿者': '注销', '登记车辆': '注销'}[subj]
    s = c.ch([f'全年新增{subj}{A}{u}，{verb_rem}{R}{u}，净增{N}{u}。',
              f'{subj}新增{A}{u}、{verb_rem}{R}{u}，增减相抵净增加{N}{u}。',
              f'本年度{subj}净增{N}{u}（新增{A}{u}，{verb_rem}{R}{u}）。'])
    return fin(c, wrap(c, [s], 'market', org_kind='dept'), '新增−减少=净增', what)


@style('t_stock_flow', 'totals', 'ci', '期初+本期增加−本期减少=期末（库存、台账、案件存量）')
def _t32(c):
    r = c.r
    subj, u, addw, remw = c.ch([
        ('未结案件', '件', '新收', '审结'), ('储备粮库存', '吨', '轮入', '轮出'), ('在库应急物资（帐篷）', '顶', '调入', '调出'),
        ('在册低保户', '户', '新纳入', '退出'), ('待办信访件', '件', '新受理', '办结'), ('在建项目', '个', '新开工', '竣工')])
    s0 = r.randint(50, 3000)
    ad = r.randint(50, 3000)
    rm = r.randint(max(1, (s0 + ad) // 4), s0 + ad - 1)
    e = s0 + ad - rm
    what = None
    vals = {'s0': s0, 'ad': ad, 'rm': rm, 'e': e}
    if c.bad:
        which = r.choice(list(vals))
        vals[which] = wrong(r, vals[which], 1, minv=1)
        what = which
    S, A, R, E = (c.i(vals[k]) for k in ('s0', 'ad', 'rm', 'e'))
    c.add('flow', start=S, plus=[A], minus=[R], end=E)
    t = c.ch([f'年初{subj}{S}{u}，本年{addw}{A}{u}，{remw}{R}{u}，年末{subj}{E}{u}。',
              f'{subj}：期初{S}{u}，{addw}{A}{u}，{remw}{R}{u}，期末结存{E}{u}。',
              f'上年结转{S}{u}，{addw}{A}{u}，{remw}{R}{u}，{subj}结转下年{E}{u}。'])
    return fin(c, wrap(c, [t], 'gen', org_kind='dept'), '期初+增加−减少=期末', what)


@style('t_court_cases', 'totals', 'ci', '法院受理/审结案件按类型拆分（两组总分）')
def _t33(c):
    r = c.r
    types = r.sample(['刑事', '民商事', '行政', '执行', '非诉审查'], r.randint(3, 4))
    acc = [r.randint(50, 4000) for _ in types]
    clo = [int(a * r.uniform(0.85, 0.99)) for a in acc]
    TA, TC = sum(acc), sum(clo)
    what = None
    if c.bad:
        if c.coin():
            TA, acc, what = corrupt_sum(c, TA, acc)
            what = '受理 ' + what
        else:
            TC, clo, what = corrupt_sum(c, TC, clo)
            what = '审结 ' + what
    TAL, TCL = c.i(TA), c.i(TC)
    al, cl = [c.i(v) for v in acc], [c.i(v) for v in clo]
    c.add('sum', total=TAL, parts=al)
    c.add('sum', total=TCL, parts=cl)
    if c.coin():
        s = f'全年受理各类案件{TAL}件，审结{TCL}件。其中，' + '；'.join(f'受理{t}案件{a}件、审结{b}件' for t, a, b in zip(types, al, cl)) + '。'
    else:
        s = f'{c.year}年共受理案件{TAL}件、审（执）结{TCL}件，' + '，'.join(f'{t}案件分别为{a}件和{b}件' for t, a, b in zip(types, al, cl)) + '。'
    return fin(c, wrap(c, [s], 'court', org_kind='court'), '受理、审结两组总分', what)


@style('t_procuratorate', 'totals', 'ci', '检察院审查起诉：起诉+不起诉=审结；批捕+不捕=审查逮捕')
def _t34(c):
    r = c.r
    ap = r.randint(80, 900)
    nap = r.randint(10, ap // 2)
    pr = r.randint(200, 2000)
    npr = r.randint(20, pr // 3)
    ca, cp = ap + nap, pr + npr
    what = None
    nums = {'ap': ap, 'nap': nap, 'ca': ca, 'pr': pr, 'npr': npr, 'cp': cp}
    if c.bad:
        which = r.choice(list(nums))
        nums[which] = wrong(r, nums[which], 1)
        what = which
    L_ = {k: c.i(v) for k, v in nums.items()}
    c.add('sum', total=L_['ca'], parts=[L_['ap'], L_['nap']])
    c.add('sum', total=L_['cp'], parts=[L_['pr'], L_['npr']])
    s1 = c.ch([f'审查逮捕各类犯罪嫌疑人{L_["ca"]}人，批准逮捕{L_["ap"]}人，不批准逮捕{L_["nap"]}人',
               f'共受理审查逮捕{L_["ca"]}人，其中批捕{L_["ap"]}人、不捕{L_["nap"]}人'])
    s2 = c.ch([f'审结审查起诉案件涉及{L_["cp"]}人，提起公诉{L_["pr"]}人，决定不起诉{L_["npr"]}人',
               f'审查起诉{L_["cp"]}人，其中起诉{L_["pr"]}人、不起诉{L_["npr"]}人'])
    body = [f'{s1}；{s2}。'] if c.coin() else [f'{s1}。', f'{s2}。']
    return fin(c, wrap(c, body, 'proc', org_kind='court'), '批捕+不捕、起诉+不起诉两组加总', what)


@style('t_hazard_rectify', 'totals', 'ci', '隐患总数=已整改+正在整改（或限期整改）')
def _t35(c):
    r = c.r
    scope = c.ch(['检查生产经营单位', '排查“三小”场所', '检查建筑工地', '排查经营性自建房', '检查危化品企业'])
    n_units = r.randint(30, 3000)
    tot = r.randint(50, 4000)
    done = r.randint(int(tot * 0.6), tot - 1)
    rest = tot - done
    T, P, what = corrupt_sum(c, tot, [done, rest])
    U, TL, DL, RL = c.i(n_units), c.i(T), c.i(P[0]), c.i(P[1])
    c.add('sum', total=TL, parts=[DL, RL])
    unit_w = c.ch(['家', '个']) if '场所' in scope or '企业' in scope or '单位' in scope else c.ch(['个', '处'])
    if '自建房' in scope:
        unit_w = '栋'
    s = c.ch([f'{scope}{U}{unit_w}，发现安全隐患{TL}处，已整改{DL}处，正在整改{RL}处。',
              f'{scope}{U}{unit_w}，排查隐患{TL}处，其中已完成整改{DL}处，其余{RL}处已落实限期整改措施。',
              f'共{scope}{U}{unit_w}次，查出问题隐患{TL}项，立行立改{DL}项，限期整改{RL}项。'])
    return fin(c, wrap(c, [s], 'safety', org_kind='dept'), '隐患数=已整改+在改（检查单位数不参与）', what)


@style('t_hospital_visits', 'totals', 'ci', '医院门急诊人次=门诊+急诊（万人次与人次混写）')
def _t36(c):
    r = c.r
    op = r.randint(80000, 2500000)
    er = r.randint(8000, 300000)
    op -= op % 100
    er -= er % 10 if c.coin() else 0
    T = op + er
    T, P, what = corrupt_sum(c, T, [op, er], 400)
    # choose a writing: total and outpatient in 万人次 (when exact), emergency in 人次
    def wan_or_int(v):
        if v % 100 == 0 and c.coin(0.7):
            return c.u(v // 100, 2, '万')
        return c.i(v)
    TL = wan_or_int(T)
    OL = wan_or_int(P[0])
    EL = c.i(P[1])
    c.add('sum', total=TL, parts=[OL, EL])
    def unit(l):
        return '人次' if l.s.endswith('万') else '人次'
    hs = hospital(r)
    s = c.ch([f'全年完成门急诊{TL}人次，其中门诊{OL}人次、急诊{EL}人次。',
              f'{hs}{c.year}年门诊{OL}人次，急诊{EL}人次，门急诊合计{TL}人次。',
              f'门急诊总诊疗{TL}人次（门诊{OL}人次，急诊{EL}人次）。'])
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '门急诊=门诊+急诊（单位万人次/人次换算）', what)


@style('t_hospital_surgery_grades', 'totals', 'ci', '手术台次按一至四级手术分级，之和等于总台次')
def _t37(c):
    r = c.r
    k = r.choice([3, 4])
    g = ['一级', '二级', '三级', '四级'][4 - k:] if c.coin() else ['一级', '二级', '三级', '四级'][:k]
    vals = [r.randint(200, 9000) for _ in g]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    if c.coin():
        s = f'完成手术{TL}台次，其中' + '、'.join(f'{a}手术{b}台次' for a, b in zip(g, lits)) + '。'
    else:
        s = f'按手术分级统计，' + '，'.join(f'{a}{b}台' for a, b in zip(g, lits)) + f'，全年手术总量{TL}台。'
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '分级手术台次之和', what)


@style('t_hospital_beds_campus', 'totals', 'ci', '开放床位按院区/科室拆分，和出院人次并列（只有床位是总分关系）')
def _t38(c):
    r = c.r
    k = r.randint(2, 4)
    names = c.ch([[f'{nm2(r)}院区' for _ in range(k)], r.sample(['内科系统', '外科系统', '妇产科', '儿科', '重症医学科', '康复医学科'], k)])
    beds = [r.randint(40, 900) for _ in range(k)]
    T = sum(beds)
    T, P, what = corrupt_sum(c, T, beds)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    dis = c.i(r.randint(8000, 90000))
    s = f'实际开放床位{TL}张，其中{joinlist(r, [f"{n}{l}张" for n, l in zip(names, lits)], ("、", "，"))}；全年出院患者{dis}人次。'
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '开放床位总分关系（出院人次为独立数）', what)


@style('t_school_students', 'totals', 'ci', '在校生按年级/学段拆分，另有班级数等独立数字')
def _t39(c):
    r = c.r
    no_cn(c)
    grades = c.ch([['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'], ['七年级', '八年级', '九年级'],
                   ['高一', '高二', '高三'], ['小班', '中班', '大班']])
    if len(grades) == 6:
        grades = grades[:r.choice([3, 6])] if c.coin(0.3) else grades
    vals = [r.randint(60, 700) for _ in grades]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    classes = c.i(r.randint(12, 80))
    teachers = c.i(r.randint(40, 260))
    name = f'{nm2(r)}{c.ch(["中心小学", "实验小学", "第一小学"])}'
    if grades[0] == '七年级':
        name = f'{nm2(r)}{c.ch(["初级中学", "实验学校", "第二中学"])}'
    if grades[0] == '高一':
        name = f'{nm2(r)}{c.ch(["高级中学", "第一中学", "实验中学"])}'
    if grades[0] == '小班':
        name = f'{nm2(r)}{c.ch(["中心幼儿园", "实验幼儿园"])}'
    s = f'{name}现有教学班{classes}个，在校{"幼儿" if grades[0] == "小班" else "学生"}{TL}人，其中{"、".join(f"{g}{l}人" for g, l in zip(grades, lits))}；教职工{teachers}人。'
    return fin(c, wrap(c, [s], 'school', org_kind='school'), '各年级人数之和=在校生数（班级数、教职工数不参与）', what)


@style('t_teacher_titles', 'totals', 'ci', '专任教师按职称拆分')
def _t40(c):
    r = c.r
    titles = c.ch([['正高级', '高级', '一级', '二级', '三级'], ['高级', '一级', '二级及以下'], ['副高以上', '中级', '初级', '未定级']])
    titles = titles[:r.randint(3, len(titles))]
    vals = [r.randint(3, 300) for _ in titles]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    suffix = '教师' if titles[0] != '副高以上' else ''
    s = c.ch([f'全校专任教师{TL}人，其中' + '、'.join(f'{t}{suffix}{l}人' for t, l in zip(titles, lits)) + '。',
              f'专任教师中，' + '，'.join(f'{t}职称{l}人' for t, l in zip(titles, lits)) + f'，合计{TL}人。'])
    return fin(c, wrap(c, [s], 'school', org_kind='school'), '各职称人数之和=专任教师数', what)


@style('t_village_income', 'totals', 'ci', '村集体经营性收入按来源拆分（万元，一位或两位小数）')
def _t41(c):
    r = c.r
    src_ = r.sample(['资产租赁', '土地流转服务', '光伏发电', '入股分红', '农产品销售', '物业服务', '劳务服务'], r.randint(2, 4))
    dec = c.ch([1, 2])
    vals = [r.randint(20, 900) * (10 if dec == 2 else 1) + (r.randint(0, 9) if dec == 2 else 0) for _ in src_]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, dec, '万')
    lits = [c.u(v, dec, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    v = villages(r, 1)[0]
    s = c.ch([f'{v}{c.year}年村集体经济收入{TL}元，其中{"、".join(f"{a}收入{b}元" for a, b in zip(src_, lits))}。',
              f'{c.year}年{v}集体收入来源：{"；".join(f"{a}{b}元" for a, b in zip(src_, lits))}，合计{TL}元。'])
    return fin(c, wrap(c, [s], 'village', org_kind='village'), '各来源收入之和=集体收入', what)


@style('t_company_segments', 'totals', 'ci', '公司营业收入按业务板块拆分（亿元两位小数），另有同比独立数字')
def _t42(c):
    r = c.r
    segs = r.sample(['工程机械', '零部件', '新能源装备', '技术服务', '海外业务', '原材料贸易', '软件与信息服务'], r.randint(2, 4))
    vals = [r.randint(80, 9000) for _ in segs]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, 2, '亿')
    lits = [c.u(v, 2, '亿') for v in P]
    c.add('sum', total=TL, parts=lits)
    g = c.p(D(r.randint(-150, 400)) / 10, 1)
    name = company(r)
    s = f'{c.ch(["报告期内", c.str_year() if False else f"{c.year}年"])}，{name}实现营业收入{TL}元，同比{"增长" if g.v >= 0 else "下降"}{c.p(abs(g.v), 1)}。分业务看，' + '，'.join(f'{a}板块收入{b}元' for a, b in zip(segs, lits)) + '。'
    return fin(c, wrap(c, [s], 'company', org_kind='company'), '各板块收入之和=营业收入（同比为独立数）', what)


@style('t_profit_chain', 'totals', 'ci', '利润=收入−成本−费用（多项相减）')
def _t43(c):
    r = c.r
    rev = r.randint(50000, 900000)
    cost = r.randint(int(rev * 0.5), int(rev * 0.75))
    fee = r.randint(int(rev * 0.05), int(rev * 0.15))
    tax = r.randint(int(rev * 0.005), int(rev * 0.02))
    prof = rev - cost - fee - tax
    nums = {'rev': rev, 'cost': cost, 'fee': fee, 'tax': tax, 'prof': prof}
    what = None
    if c.bad:
        which = r.choice(list(nums))
        nums[which] = wrong(r, nums[which], 8)
        what = which
    Lr, Lc, Lf, Lt, Lp = (c.u(nums[k], 2, '万') for k in ('rev', 'cost', 'fee', 'tax', 'prof'))
    c.add('diff', a=Lr, b=[Lc, Lf, Lt], result=Lp)
    s = c.ch([f'全年实现营业收入{Lr}元，营业成本{Lc}元，期间费用{Lf}元，税金及附加{Lt}元，实现利润总额{Lp}元。',
              f'公司营业收入{Lr}元，扣除营业成本{Lc}元、税金及附加{Lt}元和销售、管理、财务费用合计{Lf}元后，利润总额为{Lp}元。'])
    return fin(c, wrap(c, [s], 'company', org_kind='company'), '收入−成本−税金−费用=利润', what)


@style('t_balance_sheet', 'totals', 'ci', '资产总额=负债总额+所有者权益')
def _t44(c):
    r = c.r
    liab = r.randint(10000, 900000)
    eq = r.randint(10000, 900000)
    ass = liab + eq
    T, P, what = corrupt_sum(c, ass, [liab, eq], 8)
    A, Lb, E = c.u(T, 2, '万'), c.u(P[0], 2, '万'), c.u(P[1], 2, '万')
    c.add('sum', total=A, parts=[Lb, E])
    who = c.ch([company(r), f'{county(r)}城市建设投资有限公司', f'{county(r)}国有资产运营有限公司'])
    s = c.ch([f'截至{c.year}年末，{who}资产总额{A}元，负债总额{Lb}元，所有者权益{E}元。',
              f'{c.year}年末，公司资产合计{A}元，其中负债{Lb}元、净资产{E}元。'])
    return fin(c, wrap(c, [s], 'company', org_kind='company'), '资产=负债+所有者权益', what)


@style('t_population_natural', 'totals', 'ci', '出生人口−死亡人口=自然增长人口（可为负）')
def _t45(c):
    r = c.r
    births = r.randint(300, 9000)
    deaths = r.randint(300, 9000)
    while deaths == births:
        deaths += 7
    nat = births - deaths
    nums = {'b': births, 'd': deaths, 'n': abs(nat)}
    what = None
    if c.bad:
        which = r.choice(list(nums))
        nums[which] = wrong(r, nums[which], 1)
        what = which
        if (nums['b'] - nums['d'] > 0) != (nat > 0) and which != 'n':
            nums[which] = nums[which] + (1 if which == 'b' else -1) * 0
    B, Dd, N = c.i(nums['b']), c.i(nums['d']), c.i(nums['n'])
    if nat > 0:
        c.add('diff', a=B, b=[Dd], result=N)
        tail = c.ch([f'自然增长{N}人', f'人口自然增长{N}人', f'净增{N}人'])
    else:
        c.add('diff', a=Dd, b=[B], result=N)
        tail = c.ch([f'自然减少{N}人', f'人口自然增长为负，净减少{N}人'])
    s = f'全年出生人口{B}人，死亡人口{Dd}人，{tail}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '出生−死亡=自然增长（或自然减少）', what)


@style('t_budget_exec_balance', 'totals', 'ci', '预算数−执行数=结转结余（或超支）')
def _t46(c):
    r = c.r
    item = c.ch(['部门预算', '项目支出预算', '基本支出预算', '“三公”经费预算', '政府采购预算'])
    bud = r.randint(300, 90000)
    exe = r.randint(int(bud * 0.7), bud - 1)
    bal = bud - exe
    nums = {'bud': bud, 'exe': exe, 'bal': bal}
    what = None
    if c.bad:
        which = r.choice(list(nums))
        nums[which] = wrong(r, nums[which], 6)
        what = which
    Bd, Ex, Bl = (c.u(nums[k], 2, '万') for k in ('bud', 'exe', 'bal'))
    c.add('diff', a=Bd, b=[Ex], result=Bl)
    s = c.ch([f'{c.year}年{item}{Bd}元，实际支出{Ex}元，结转结余{Bl}元。',
              f'全年{item}安排{Bd}元，执行{Ex}元，年末结余{Bl}元，结余资金按规定收回统筹。'])
    return fin(c, wrap(c, [s], 'finance', org_kind='dept'), '预算−执行=结余', what)


@style('t_fund_sources', 'totals', 'ci', '项目总投资按资金来源（中央/省/市/县/自筹）拆分')
def _t47(c):
    r = c.r
    srcs = r.sample(['中央资金', '省级资金', '市级资金', '县级配套', '企业自筹', '银行贷款', '专项债券'], r.randint(2, 4))
    dec = c.ch([0, 2])
    vals = [r.randint(50, 9000) * (1 if dec == 0 else 100) + (r.randint(0, 99) if dec else 0) for _ in srcs]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, dec, '万')
    lits = [c.u(v, dec, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    proj = c.ch(['污水处理厂提标改造工程', '农村供水保障工程', '县域医共体信息化项目', '中小学校舍新建工程', '乡村振兴示范带建设项目'])
    s = c.ch([f'{proj}总投资{TL}元，资金来源为：{"，".join(f"{a}{b}元" for a, b in zip(srcs, lits))}。',
              f'{proj}计划投资{TL}元，其中{"、".join(f"{a}{b}元" for a, b in zip(srcs, lits))}。'])
    return fin(c, wrap(c, [s], 'finance', org_kind='gov'), '各资金来源之和=总投资', what)


@style('t_audit_findings', 'totals', 'ci', '审计查出问题金额按性质拆分（亿元/万元）')
def _t48(c):
    r = c.r
    kinds = r.sample(['违规使用资金', '管理不规范', '损失浪费', '应缴未缴财政', '资金闲置'], r.randint(2, 4))
    vals = [r.randint(30, 9000) for _ in kinds]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, 2, '万')
    lits = [c.u(v, 2, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    n = c.i(r.randint(5, 60))
    s = c.ch([f'全年完成审计项目{n}个，查出问题金额{TL}元，其中{"、".join(f"{a}{b}元" for a, b in zip(kinds, lits))}。',
              f'审计发现问题金额{TL}元。按性质分，{"；".join(f"{a}{b}元" for a, b in zip(kinds, lits))}。'])
    return fin(c, wrap(c, [s], 'audit', org_kind='dept'), '按性质的问题金额之和（项目数不参与）', what)


@style('t_inspection_problems', 'totals', 'ci', '巡察发现问题按方面拆分，另有移交线索数')
def _t49(c):
    r = c.r
    asp = r.sample(['贯彻落实党的路线方针政策方面', '落实全面从严治党责任方面', '落实组织路线方面', '落实整改方面', '群众身边腐败和作风问题方面'], r.randint(2, 4))
    vals = [r.randint(4, 90) for _ in asp]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    clues = c.i(r.randint(1, 30))
    units = c.i(r.randint(3, 20))
    s = f'本轮巡察{units}个党组织，共发现问题{TL}个，其中{"；".join(f"{a}{b}个" for a, b in zip(asp, lits))}；移交问题线索{clues}条。'
    return fin(c, wrap(c, [s], 'gen', org_kind='dept', open_p=0.2), '各方面问题之和（被巡察单位数、线索数不参与）', what)


@style('t_rainfall_months', 'totals', 'ci', '汛期/季度降水量=各月降水量之和（毫米，一位小数）')
def _t50(c):
    r = c.r
    months = c.ch([['6月', '7月', '8月'], ['5月', '6月', '7月', '8月', '9月'], ['4月', '5月', '6月'], ['7月', '8月', '9月']])
    vals = [r.randint(300, 4500) for _ in months]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, 1)
    lits = [c.u(v, 1) for v in P]
    c.add('sum', total=TL, parts=lits)
    st = f'{nm2(r)}{c.ch(["站", "国家基本气象站", "水文站"])}'
    span = f'{months[0]}至{months[-1]}'
    s = c.ch([f'{span}，{st}累计降水量{TL}毫米，其中{"、".join(f"{m}{l}毫米" for m, l in zip(months, lits))}。',
              f'各月降水量分别为：{"，".join(f"{m}{l}毫米" for m, l in zip(months, lits))}，{span}合计{TL}毫米。'])
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '各月降水量之和=时段累计降水量', what)


@style('t_reservoir_storage', 'totals', 'ci', '全市水库蓄水总量=各水库蓄水量之和（亿立方米/万立方米）')
def _t51(c):
    r = c.r
    k = r.randint(2, 4)
    names = [f'{nm2(r)}水库' for _ in range(k)]
    big = c.coin()
    vals = [r.randint(300, 9000) if big else r.randint(50, 3000) for _ in range(k)]   # 0.01亿 or 万
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, k + 3)
    if big:
        TL = c.u(T, 2, '亿')
        lits = [c.u(v, 2, '亿') if c.coin(0.7) else c.u(v * 100, 0, '万') for v in P]
        if all(l.s.endswith('万') for l in lits):
            lits[0] = c.u(P[0], 2, '亿')
    else:
        TL = c.i(T)
        lits = [c.i(v) for v in P]
        TL = c.u(T, 0, '万')
        lits = [c.u(v, 0, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    s = f'截至{c.ch(["6月30日", "8月底", "汛末", "10月1日"])}，{c.ch(["全市", "全县", "流域内"])}{"大中型" if big else "小型"}水库蓄水总量{TL}立方米，其中{"、".join(f"{n}{l}立方米" for n, l in zip(names, lits))}。'
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '各水库蓄水量之和（亿/万立方米换算）', what)


@style('t_river_level_warning', 'totals', 'ci', '最高水位−警戒水位=超警幅度（米，两位小数）')
def _t52(c):
    r = c.r
    warn = r.randint(2000, 4500)
    over = r.randint(5, 300)
    peak = warn + over
    nums = {'peak': peak, 'warn': warn, 'over': over}
    what = None
    if c.bad:
        which = r.choice(list(nums))
        nums[which] = wrong(r, nums[which], 5)
        what = which
        if nums['peak'] <= nums['warn']:
            raise Retry()
    P_, W, O = c.u(nums['peak'], 2), c.u(nums['warn'], 2), c.u(nums['over'], 2)
    c.add('diff', a=P_, b=[W], result=O)
    st = f'{nm2(r)}{c.ch(["江", "河"])}{nm2(r)}站'
    s = c.ch([f'{st}洪峰水位{P_}米，超警戒水位（{W}米）{O}米。',
              f'{st}{c.ch(["7月", "6月", "8月"])}{r.randint(1, 28)}日出现最高水位{P_}米，警戒水位{W}米，超警{O}米。',
              f'{st}最高水位达{P_}米，高出警戒水位{O}米（警戒水位{W}米）。'])
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '最高水位−警戒水位=超警幅度', what)


@style('t_temperature_anomaly', 'totals', 'ci', '气温距平：实况−常年值=偏高/偏低幅度（含零下温度）')
def _t53(c):
    r = c.r
    normal = r.randint(-120, 60)   # tenths of a degree
    anom = r.randint(-30, 30)
    while anom == 0:
        anom = r.randint(-30, 30)
    act = normal + anom
    nums = {'act': act, 'normal': normal, 'anom': abs(anom)}
    what = None
    if c.bad:
        which = r.choice(list(nums))
        if which == 'anom':
            nums['anom'] = wrong(r, abs(anom), 3, minv=1)
        else:
            nums[which] = nums[which] + r.choice([-1, 1]) * r.randint(3, 15)
        what = which
        if (nums['act'] - nums['normal'] > 0) != (anom > 0) and which != 'anom':
            raise Retry()

    def temp(v):
        if v < 0 and c.coin(0.4):
            return L('零下' + c.f.digits(D(-v).scaleb(-1), 1, 'ascii'), D(v).scaleb(-1))
        return L(c.f.digits(D(v).scaleb(-1), 1, 'ascii'), D(v).scaleb(-1))
    A, N = temp(nums['act']), temp(nums['normal'])
    AN = c.u(nums['anom'], 1, mode='ascii')
    c.add('change', old=N, new=A, delta=AN, dir='+' if anom > 0 else '-')
    per = c.ch(['1月', '12月', '冬季', '2月', '1月中旬'])
    w = '偏高' if anom > 0 else '偏低'
    s = c.ch([f'{per}全市平均气温{A}℃，较常年同期（{N}℃）{w}{AN}℃。',
              f'{per}平均气温为{A}℃，常年值{N}℃，{w}{AN}℃。'])
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '实况气温−常年值=距平（负温度）', what)


@style('t_tourism_overnight', 'totals', 'ci', '接待游客=过夜游客+一日游游客（万人次两位小数）')
def _t54(c):
    r = c.r
    a = r.randint(500, 90000)
    b = r.randint(500, 90000)
    T = a + b
    T, P, what = corrupt_sum(c, T, [a, b], 5)
    TL, AL, BL = c.u(T, 2, '万'), c.u(P[0], 2, '万'), c.u(P[1], 2, '万')
    c.add('sum', total=TL, parts=[AL, BL])
    rev = c.u(r.randint(1000, 90000), 2, '亿')
    s = c.ch([f'全年接待游客{TL}人次，其中过夜游客{AL}人次、一日游游客{BL}人次，实现旅游总收入{rev}元。',
              f'{c.year}年共接待国内游客{TL}人次。从游客结构看，过夜游客{AL}人次，一日游游客{BL}人次。'])
    return fin(c, wrap(c, [s], 'tour', org_kind='gov'), '过夜+一日游=接待游客（旅游收入独立）', what)


@style('t_holiday_days', 'totals', 'ci', '假期每日客流相加等于假期总客流（国庆/春节/五一）')
def _t55(c):
    r = c.r
    hol, days = c.ch([('国庆假期', 7), ('春节假期', 7), ('“五一”假期', 5), ('中秋假期', 3), ('端午假期', 3), ('元旦假期', 3)])
    vals = [r.randint(3000, 90000) for _ in range(days)]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    spot = f'{nm2(r)}{c.ch(["古镇", "景区", "湿地公园", "老街"])}'
    if days >= 5:
        lines = [f'{hol}{spot}累计接待游客{TL}人次，逐日客流如下：', '　'.join(f'第{cn_int(i + 1)}天{l}' for i, l in enumerate(lits)) + '（单位：人次）。']
    else:
        lines = [f'{hol}{days}天，{spot}分别接待游客{"、".join(str(l) for l in lits)}人次，三天合计{TL}人次。']
    return fin(c, wrap(c, lines, 'tour', org_kind='gov', open_p=0.3), '逐日客流之和=假期总客流', what)


@style('t_express_parcels', 'totals', 'ci', '快递业务量=同城+异地+国际/港澳台（万件两位小数）')
def _t56(c):
    r = c.r
    names = ['同城', '异地', '国际及港澳台']
    k = c.ch([2, 3, 3])
    vals = [r.randint(20000, 900000), r.randint(100000, 9000000), r.randint(100, 20000)][:k]
    names = names[:k]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, k + 3)
    TL = c.u(T, 2, '万')
    lits = [c.u(v, 2, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    s = c.ch([f'全市快递服务企业业务量累计完成{TL}件，其中{"、".join(f"{n}业务量{l}件" for n, l in zip(names, lits))}。',
              f'快递业务量{TL}件。分专业看，{"；".join(f"{n}快递{l}件" for n, l in zip(names, lits))}。'])
    return fin(c, wrap(c, [s], 'post', org_kind='gov'), '各类快递业务量之和', what)


@style('t_crossborder_orders', 'totals', 'ci', '跨境电商订单/交易额：进口+出口（单、万元）')
def _t57(c):
    r = c.r
    ex = r.randint(10000, 9000000)
    im = r.randint(1000, 3000000)
    T = ex + im
    T, P, what = corrupt_sum(c, T, [ex, im])
    TL, EL, IL = c.i(T), c.i(P[0]), c.i(P[1])
    c.add('sum', total=TL, parts=[EL, IL])
    s = c.ch([f'{nm2(r)}综合保税区跨境电商业务申报清单{TL}单，其中出口{EL}单、进口{IL}单。',
              f'全年跨境电商进出口清单共{TL}票（出口{EL}票，进口{IL}票）。'])
    return fin(c, wrap(c, [s], 'post', org_kind='gov'), '出口+进口=跨境电商单量', what)


@style('t_patent_types', 'totals', 'ci', '专利授权量=发明+实用新型+外观设计')
def _t58(c):
    r = c.r
    vals = [r.randint(50, 3000), r.randint(300, 12000), r.randint(50, 4000)]
    names = ['发明专利', '实用新型专利', '外观设计专利']
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    pct = c.x(D(r.randint(10, 400)) / 10, 1)
    s = c.ch([f'全年专利授权{TL}件，同比增长{pct}%，其中{"、".join(f"{n}{l}件" for n, l in zip(names, lits))}。',
              f'获得授权专利{TL}件，按类型分，发明、实用新型和外观设计分别为{lits[0]}件、{lits[1]}件和{lits[2]}件。'])
    return fin(c, wrap(c, [s], 'ip', org_kind='dept'), '三类专利之和=授权总量（同比为独立数）', what)


@style('t_trademark_change', 'totals', 'ci', '有效注册商标由A件增至B件，净增C件；马德里商标等并列独立数')
def _t59(c):
    r = c.r
    a = r.randint(5000, 90000)
    b = a + r.randint(300, 9000)
    d = b - a
    nums = {'a': a, 'b': b, 'd': d}
    what = None
    if c.bad:
        which = r.choice(list(nums))
        nums[which] = wrong(r, nums[which], 1)
        what = which
        if nums['b'] <= nums['a']:
            raise Retry()
    A, B, Dd = (c.i(nums[k]) for k in ('a', 'b', 'd'))
    c.add('change', old=A, new=B, delta=Dd, dir='+')
    mad = c.i(r.randint(3, 200))
    s = c.ch([f'有效注册商标由年初的{A}件增加到{B}件，净增{Dd}件；马德里国际注册商标{mad}件。',
              f'全市有效注册商标达{B}件，较上年末的{A}件增加{Dd}件，地理标志商标{mad}件。'])
    return fin(c, wrap(c, [s], 'ip', org_kind='dept'), '年末−年初=净增（其他商标数独立）', what)


@style('t_library_lending', 'totals', 'ci', '图书馆外借/流通人次按纸质、电子或总分馆拆分')
def _t60(c):
    r = c.r
    k = r.randint(2, 4)
    if c.coin():
        names = ['总馆'] + [f'{nm2(r)}分馆' for _ in range(k - 1)]
        what_ = '图书外借'
        unit = '册次'
    else:
        names = r.sample(['纸质图书', '电子图书', '期刊', '视听文献'], k)
        what_ = '文献外借'
        unit = '册次'
    vals = [r.randint(2000, 300000) for _ in range(k)]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    visitors = c.i(r.randint(50000, 900000))
    lib = f'{city(r)}图书馆'
    s = f'{lib}全年接待读者{visitors}人次，{what_}{TL}{unit}，其中{"、".join(f"{n}{l}{unit}" for n, l in zip(names, lits))}。'
    return fin(c, wrap(c, [s], 'culture', org_kind='dept'), '外借册次总分（读者人次独立）', what)


@style('t_cinema_boxoffice', 'totals', 'ci', '电影票房/场次按影院拆分（万元两位小数或场）')
def _t61(c):
    r = c.r
    k = r.randint(2, 4)
    names = [f'{nm2(r)}{c.ch(["影城", "国际影城", "电影院"])}' for _ in range(k)]
    if c.coin():
        vals = [r.randint(5000, 300000) for _ in range(k)]
        T = sum(vals)
        T, P, what = corrupt_sum(c, T, vals, k + 3)
        TL = c.u(T, 2, '万')
        lits = [c.u(v, 2, '万') for v in P]
        u = '元'
        lead = '城市院线票房收入'
    else:
        vals = [r.randint(2000, 40000) for _ in range(k)]
        T = sum(vals)
        T, P, what = corrupt_sum(c, T, vals)
        TL = c.i(T)
        lits = [c.i(v) for v in P]
        u = '场'
        lead = '放映电影'
    c.add('sum', total=TL, parts=lits)
    s = f'{c.year}年，{c.ch(["全县", "城区", "全市"])}{lead}{TL}{u}，其中{"、".join(f"{n}{l}{u}" for n, l in zip(names, lits))}。'
    return fin(c, wrap(c, [s], 'culture', org_kind='gov'), '各影院之和=合计', what)


@style('t_museum_visitors', 'totals', 'ci', '博物馆观众=成人+未成年人（或本地+外地），另有展览数独立')
def _t62(c):
    r = c.r
    pair = c.ch([('成年观众', '未成年观众'), ('本地观众', '外地观众'), ('个人参观', '团体参观')])
    a, b = r.randint(5000, 400000), r.randint(2000, 200000)
    T = a + b
    T, P, what = corrupt_sum(c, T, [a, b])
    TL, AL, BL = c.i(T), c.i(P[0]), c.i(P[1])
    c.add('sum', total=TL, parts=[AL, BL])
    ex = c.i(r.randint(3, 40))
    mus = f'{city(r)}博物馆'
    s = c.ch([f'{mus}全年举办展览{ex}个，接待观众{TL}人次，其中{pair[0]}{AL}人次、{pair[1]}{BL}人次。',
              f'{mus}接待{pair[0]}{AL}人次，{pair[1]}{BL}人次，共计{TL}人次；推出临时展览{ex}个。'])
    return fin(c, wrap(c, [s], 'culture', org_kind='dept'), '两类观众之和=观众总数（展览数独立）', what)


@style('t_agri_sown_area', 'totals', 'ci', '粮食播种面积=早稻+中稻+晚稻/玉米/大豆…（万亩两位小数或亩）')
def _t63(c):
    r = c.r
    crops = c.ch([['早稻', '中稻', '晚稻'], ['小麦', '玉米', '大豆'], ['水稻', '玉米', '薯类', '大豆'], ['夏粮', '秋粮']])
    vals = [r.randint(300, 90000) for _ in crops]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    if c.coin():
        TL = c.u(T, 2, '万')
        lits = [c.u(v, 2, '万') for v in P]
        u = '亩'
    else:
        TL = c.u(T, 2)
        lits = [c.u(v, 2) for v in P]
        u = '公顷'
    c.add('sum', total=TL, parts=lits)
    s = c.ch([f'全年粮食播种面积{TL}{u}，其中{"、".join(f"{n}{l}{u}" for n, l in zip(crops, lits))}。',
              f'{"、".join(f"{n}播种{l}{u}" for n, l in zip(crops, lits))}，粮食作物播种面积合计{TL}{u}。'])
    return fin(c, wrap(c, [s], 'agri', org_kind='gov'), '各作物播种面积之和', what)


@style('t_election_votes', 'totals', 'ci', '表决/选举：应到=实到+缺席，赞成+反对+弃权=实到（两处关系）')
def _t64(c):
    r = c.r
    due = r.randint(30, 400)
    absent = r.randint(0, due // 10)
    pres = due - absent
    no = r.randint(0, pres // 20)
    abst = r.randint(0, pres // 20)
    yes = pres - no - abst
    nums = {'due': due, 'absent': absent, 'pres': pres, 'yes': yes, 'no': no, 'abst': abst}
    what = None
    if c.bad:
        which = r.choice(['due', 'absent', 'yes', 'no', 'abst'])
        nums[which] = wrong(r, nums[which], 1, minv=1 if nums[which] > 0 else 1)
        what = which
    Lx = {k: c.i(v) for k, v in nums.items()}
    c.add('sum', total=Lx['due'], parts=[Lx['pres'], Lx['absent']])
    c.add('sum', total=Lx['pres'], parts=[Lx['yes'], Lx['no'], Lx['abst']])
    body = c.ch(['代表', '委员', '党员代表', '村民代表'])
    s = (f'本次会议应到{body}{Lx["due"]}名，实到{Lx["pres"]}名，缺席{Lx["absent"]}名，符合法定人数。'
         f'表决结果：赞成{Lx["yes"]}票，反对{Lx["no"]}票，弃权{Lx["abst"]}票，{c.ch(["决议获得通过", "议案获得通过"])}。')
    return fin(c, s, '应到=实到+缺席；赞成+反对+弃权=实到', what)


@style('t_employment_channels', 'totals', 'ci', '新增就业按渠道/人群拆分（“其中”后可含重叠以外的互斥分类）')
def _t65(c):
    r = c.r
    names = r.sample(['企业吸纳', '自主创业', '灵活就业', '公益性岗位安置', '政策性岗位招录'], r.randint(2, 4))
    vals = [r.randint(50, 6000) for _ in names]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    rate = c.x(D(r.randint(25, 45)) / 10, 1)
    s = f'城镇新增就业{TL}人，{c.ch(["按就业渠道分，", "从渠道看，", "其中"])}{"、".join(f"{n}{l}人" for n, l in zip(names, lits))}；城镇调查失业率控制在{rate}%以内。'
    return fin(c, wrap(c, [s], 'hr', org_kind='gov'), '各渠道之和=新增就业（失业率为独立控制线）', what)


@style('t_transport_passengers', 'totals', 'ci', '客运量=公路+铁路+水路+民航（万人次）')
def _t66(c):
    r = c.r
    names = r.sample(['公路', '铁路', '水路', '民航'], r.randint(2, 4))
    vals = [r.randint(100, 90000) for _ in names]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    dec = c.ch([1, 2])
    TL = c.u(T, 2, '万') if dec == 2 else c.u(T, 2, '万')
    lits = [c.u(v, 2, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    s = c.ch([f'全年完成旅客运输量{TL}人次，其中{"、".join(f"{n}{l}人次" for n, l in zip(names, lits))}。',
              f'{"，".join(f"{n}客运量{l}人次" for n, l in zip(names, lits))}，综合客运量{TL}人次。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '各运输方式客运量之和', what)


@style('t_age_bands', 'totals', 'ci', '老年人口按年龄段拆分（60—69岁、70—79岁…，年龄区间不是数值关系）')
def _t67(c):
    r = c.r
    bands = c.ch([['60—69岁', '70—79岁', '80岁及以上'], ['60-64岁', '65-79岁', '80岁以上'], ['60至69周岁', '70至79周岁', '80至89周岁', '90周岁以上']])
    vals = [r.randint(300, 60000) for _ in bands]
    vals.sort(reverse=True)
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals)
    TL = c.i(T)
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    cent = c.i(r.randint(3, 90))
    s = f'全县60周岁以上户籍老年人{TL}人，其中{"，".join(f"{b}{l}人" for b, l in zip(bands, lits))}；百岁老人{cent}人。'
    return fin(c, wrap(c, [s], 'civil', org_kind='gov'), '各年龄段人数之和（年龄界限和百岁老人数不参与）', what)


@style('t_mixed_yuan_wan', 'totals', 'ci', '总额用万元（小数），分项用元（整数），需换算')
def _t68(c):
    r = c.r
    k = r.randint(2, 4)
    names = r.sample(['慰问困难党员', '慰问老党员', '救助困难群众', '资助困难学生', '慰问一线职工', '帮扶残疾人家庭'], k)
    vals = [r.randint(5, 800) * 100 for _ in range(k)]   # whole hundreds of yuan
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, 100 * (k + 2), allow_total=False) if c.bad else (T, vals, None)
    if c.bad and c.coin(0.4):
        T, P = sum(vals), list(vals)
        T = T + r.choice([-1, 1]) * r.choice([1000, 2000, 5000, 10000, 3000])
        what = 'total'
    TL = c.u(T // 100, 2, '万')
    lits = [c.i(v) for v in P]
    c.add('sum', total=TL, parts=lits)
    s = c.ch([f'节日期间共发放慰问金{TL}元，其中{"、".join(f"{n}{l}元" for n, l in zip(names, lits))}。',
              f'{"，".join(f"{n}发放{l}元" for n, l in zip(names, lits))}，合计{TL}元。'])
    return fin(c, wrap(c, [s], 'civil', org_kind='dept'), '元与万元换算后的总分关系', what)


@style('t_project_cost_items', 'totals', 'ci', '工程概算：建安工程费+设备购置费+其他费用+预备费=总投资')
def _t69(c):
    r = c.r
    names = ['建筑安装工程费', '设备购置费', '工程建设其他费用', '基本预备费']
    k = c.ch([3, 4])
    names = names[:k]
    vals = [r.randint(5000, 900000), r.randint(1000, 300000), r.randint(500, 90000), r.randint(100, 30000)][:k]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, k + 3)
    TL = c.u(T, 2, '万')
    lits = [c.u(v, 2, '万') for v in P]
    c.add('sum', total=TL, parts=lits)
    proj = c.ch(['县人民医院门诊综合楼', '城区雨污分流改造工程', '职业教育实训基地', '智慧农贸市场', '应急物资储备库'])
    if c.coin():
        s = f'{proj}项目总投资{TL}元，其中{"，".join(f"{n}{l}元" for n, l in zip(names, lits))}。'
        lines = [s]
    else:
        no_cn(c)
        lines = [f'{proj}投资估算（单位：万元）'] + [f'{n}\t{l.s[:-1]}' for n, l in zip(names, lits)] + [f'总投资\t{TL.s[:-1]}']
        lits2 = [L(l.s[:-1], l.v / 10000) for l in lits]
        c.checks[-1] = {'rel': 'sum', 'total': L(TL.s[:-1], TL.v / 10000).j(), 'parts': [x.j() for x in lits2]}
    return fin(c, '\n'.join(lines) if len(lines) > 1 else wrap(c, lines, 'finance', org_kind='gov'), '概算各项费用之和=总投资', what)


@style('t_garbage_tonnage', 'totals', 'ci', '生活垃圾清运/分类量按类别（吨，一位小数）')
def _t70(c):
    r = c.r
    names = r.sample(['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'], r.randint(2, 4))
    vals = [r.randint(5, 900000) if n != '有害垃圾' else r.randint(5, 900) for n in names]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, 1)
    lits = [c.u(v, 1) for v in P]
    c.add('sum', total=TL, parts=lits)
    s = c.ch([f'全年分类收运生活垃圾{TL}吨，其中{"、".join(f"{n}{l}吨" for n, l in zip(names, lits))}。',
              f'{"，".join(f"{n}{l}吨" for n, l in zip(names, lits))}，四分类合计{TL}吨。' if len(names) == 4 else
              f'{"，".join(f"{n}{l}吨" for n, l in zip(names, lits))}，合计{TL}吨。'])
    return fin(c, wrap(c, [s], 'env', org_kind='dept'), '各类垃圾量之和', what)


@style('t_energy_consumption', 'totals', 'ci', '综合能耗按能源品种折标（吨标准煤），另有单位产值能耗独立数')
def _t71(c):
    r = c.r
    names = r.sample(['原煤', '电力', '天然气', '汽油', '柴油', '热力'], r.randint(2, 4))
    vals = [r.randint(100, 900000) for _ in names]
    T = sum(vals)
    T, P, what = corrupt_sum(c, T, vals, len(vals) + 3)
    TL = c.u(T, 2, '万') if c.coin() else c.u(T, 0)
    if TL.s.endswith('万'):
        lits = [c.u(v, 2, '万') for v in P]
    else:
        lits = [c.u(v, 0) for v in P]
    c.add('sum', total=TL, parts=lits)
    s = f'规模以上工业综合能源消费量{TL}吨标准煤，其中{"、".join(f"{n}折标{l}吨" for n, l in zip(names, lits))}；万元工业增加值能耗下降{c.x(D(r.randint(5, 80)) / 10, 1)}%。'
    return fin(c, wrap(c, [s], 'env', org_kind='gov'), '分品种折标煤之和（能耗下降率独立）', what)


# ------------------------------------------------------------------ totals: negatives
@style('t_neg_overlap_subsets', 'totals', 'n', '“其中”后是相互交叉的子集（女性/党员/35岁以下），和不等于总数也不是错误')
def _tn1(c):
    r = c.r
    whole, u, subs = c.ch([
        ('参训人员', '人', ['女性', '党员', '35岁以下青年', '大专以上学历']),
        ('全村户籍人口', '人', ['党员', '60岁以上老人', '脱贫人口', '外出务工人员']),
        ('新录用公务员', '名', ['女性', '中共党员', '硕士研究生以上学历', '少数民族']),
        ('在册志愿者', '人', ['党员', '青年学生', '退休人员', '女性']),
        ('受理案件', '件', ['涉企案件', '涉民生案件', '通过诉前调解化解', '简易程序审理'])])
    k = r.randint(2, 4)
    T = r.randint(100, 3000)
    names = r.sample(subs, k)
    for _ in range(100):
        vals = [r.randint(int(T * 0.2), int(T * 0.8)) for _ in range(k)]
        if sum(vals) != T:
            break
    TL = c.i(T)
    lits = [c.i(v) for v in vals]
    c.add('trap', kind='overlapping_subsets', total=TL, parts=lits, naive_fails=True)
    pre = '' if whole.startswith('全村') else c.ch(["全年", "本年度", ""])
    s = f'{pre}{whole}{TL}{u}，其中{"、".join(f"{n}{l}{u}" for n, l in zip(names, lits))}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '交叉子集，不构成总分关系')


@style('t_neg_selection_zhuyao', 'totals', 'n', '“主要有/主要包括/重点是”只列举部分，分项之和小于总数')
def _tn2(c):
    k = Cat(c, kmin=2, kmax=3, ints_only=True)
    r = c.r
    T = k.total + r.randint(max(3, k.total // 8), max(6, k.total // 2))
    TL = k.mk(T)
    lits = [k.mk(v) for v in k.vals]
    c.add('trap', kind='selection_not_exhaustive', total=TL, parts=lits, naive_fails=True)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    kw = c.ch(['主要有', '主要包括', '重点是', '较为突出的有', '以'])
    if kw == '以':
        body = f'{k.lead}{TL}{k.unit}，以{joinlist(r, items, ("、",))}为主。'
    else:
        body = f'{k.lead}{TL}{k.unit}，{kw}{joinlist(r, items, ("、", "，"))}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '列举为部分选项，不是穷尽分解')


@style('t_neg_partial_deng', 'totals', 'n', '列举以“等”收尾（“A 12起、B 14起等”），分项之和小于总数')
def _tn3(c):
    k = Cat(c, kmin=2, kmax=3, ints_only=True)
    r = c.r
    T = k.total + r.randint(max(3, k.total // 10), max(6, k.total // 2))
    TL = k.mk(T)
    lits = [k.mk(v) for v in k.vals]
    c.add('trap', kind='partial_list_deng', total=TL, parts=lits, naive_fails=True)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    body = c.ch([f'{k.lead}{TL}{k.unit}，其中{"、".join(items)}等。',
                 f'{k.lead}{TL}{k.unit}，涉及{"、".join(items)}等{c.ch(["多个", "各个", "若干"])}{c.ch(["领域", "类别", "方面"])}。'])
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '以“等”结尾的不完全列举')


@style('t_neg_approx_total', 'totals', 'n', '总数带“约/近/余/多/超”，分项为精确数，不构成严格相等')
def _tn4(c):
    r = c.r
    k = Cat(c, kmin=2, kmax=4, ints_only=True)
    s_ = k.total
    kind = c.ch(['余', '多', '约', '近', '超'])
    mag = 10 ** max(1, len(str(s_)) - 2)
    if kind in ('余', '多', '超'):
        T = (s_ // mag) * mag
        if T == s_:
            T -= mag
    else:
        T = round(s_ / mag) * mag
        if kind == '近':
            T = (s_ // mag + 1) * mag
        if T == s_:
            T += mag
    if T <= 0:
        raise Retry()
    TL = k.mk(T)
    lits = [k.mk(v) for v in k.vals]
    c.add('trap', kind='approximate_total_' + kind, total=TL, parts=lits, naive_fails=True)
    items = [k.part(n, l) for n, l in zip(k.names, lits)]
    lead = k.lead
    if kind in ('余', '多'):
        tot = f'{TL}{kind}{k.unit}'
    elif kind == '约':
        tot = f'约{TL}{k.unit}'
    elif kind == '近':
        tot = f'近{TL}{k.unit}'
    else:
        tot = f'超{TL}{k.unit}'
    body = f'{lead}{tot}，其中{joinlist(r, items, ("、", "，"))}。'
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), f'总数为约数（{kind}），不要求严格相等')


@style('t_neg_model_numbers', 'totals', 'n', '设备型号、标准号、规格中的数字（ZL50、GB 50016-2014、DN300）不是数量关系')
def _tn5(c):
    r = c.r
    n1, n2 = r.randint(2, 9), r.randint(1, 6)
    m1 = f'{c.ch(["HX", "ZL", "QY", "JK", "DF"])}{r.randint(10, 99)}{c.ch(["", "0", "00"])}'
    m2 = f'{c.ch(["SZ", "XP", "LG", "BJ"])}-{r.randint(100, 5000)}{c.ch(["", "A", "Ⅱ"])}'
    dn = c.ch(['DN300', 'DN600', 'DN150', 'DN800', 'PE100'])
    std = c.ch(['GB 50016-2014', 'GB/T 50378-2019', 'GB 3096-2008', 'CJJ 1-2008', 'GB 55015-2021'])
    N1, N2 = c.i(n1), c.i(n2)
    km = c.u(r.randint(12, 900), 1)
    lines = c.ch([
        [f'新购置{m1}型装载机{N1}台、{m2}型洒水车{N2}台，均已投入使用。', f'铺设{dn}供水主管{km}公里，工程按照{std}标准组织验收。'],
        [f'按照{std}要求完成消防设施改造，更换{m2}型应急照明灯具{N1}批次。', f'配备{m1}型排涝泵车{N2}台。'],
        [f'改造{dn}雨水管网{km}公里，选用{m1}型检查井盖，施工质量符合{std}规定。']])
    c.add('trap', kind='model_and_standard_numbers', literals=[m1, dn, std][:3] if any(m1 in x for x in lines) else [dn if any(dn in x for x in lines) else std])
    # keep only literals actually used
    used = [x for x in (m1, m2, dn, std) if any(x in ln for ln in lines)]
    c.checks[-1]['literals'] = used
    return fin(c, wrap(c, [''.join(lines)] if c.coin() else lines, 'gen', org_kind='dept'), '型号/标准号/管径中的数字，无可核算关系')


@style('t_neg_phone_dates', 'totals', 'n', '电话、日期、时间段、邮编等数字，形似加减但不是数量关系')
def _tn6(c):
    r = c.r
    area = f'0{r.randint(310, 999)}'
    phone = f'{area}-{r.randint(2000000, 8999999)}'
    mob = f'1{r.choice([3, 5, 8])}{r.randint(0, 9)}{r.randint(10000000, 99999999)}'
    hrs = c.ch(['8:30-12:00、14:30-17:30', '9:00—17:00', '8:00-18:00'])
    d1 = f'{c.year}年{r.randint(1, 12)}月{r.randint(1, 28)}日'
    post = f'{r.randint(40, 62)}{r.randint(1000, 9999)}'
    lines = c.ch([
        [f'即日起至{d1}，群众可通过举报电话{phone}或“12345”政务服务便民热线反映问题，受理时间为工作日{hrs}。'],
        [f'办事群众可拨打咨询电话{phone}、{mob}（联系人：{c.ch(["王", "李", "陈", "刘"])}{c.ch(["女士", "先生"])}），来信请寄至{county(r)}{nm2(r)}路{r.randint(1, 300)}号，邮编{post}。'],
        [f'{d1}，{c.ch(["第七届", "第十二届", "第三届"])}农民丰收节在{town(r)}开幕，活动持续{cn_int(r.randint(3, 9))}天。', f'报名热线：{phone}。']])
    used = [x for x in (phone, mob, hrs, d1, post) if any(x in ln for ln in lines)]
    c.add('trap', kind='phone_date_time_postcode', literals=used)
    return fin(c, wrap(c, lines, 'gen', org_kind='dept', open_p=0.3), '电话/日期/时间段/邮编')


@style('t_neg_plus_x', 'totals', 'n', '“1+X证书”“7+X”“3+2分段”“1+N”等加号名称，不是算式')
def _tn7(c):
    r = c.r
    a, b = r.randint(1, 9), r.randint(1, 5)
    n = c.i(r.randint(3, 30))
    m = c.i(r.randint(100, 3000))
    s = c.ch([
        f'推进“1+X”证书制度试点，{n}个专业参与，{m}名学生取得职业技能等级证书。',
        f'建立“{a}+X”联席工作机制，由{cn_int(a)}个成员单位加若干协作单位组成，全年召开联席会议{n}次。',
        f'开设中高职“3+2”贯通培养专业{n}个，在校生{m}人。',
        f'打造“1+{cn_int(b)}+N”基层治理体系，覆盖{n}个村（社区）。',
        f'实行“5+2”“白+黑”工作模式，累计出动执法人员{m}人次。',
        f'推行“{a}+{b}”帮扶模式（{cn_int(a)}名干部联系{cn_int(b)}户），结对帮扶{m}户。'])
    toks = [t for t in re.findall(r'“[^”]*\+[^”]*”', s)]
    c.add('trap', kind='plus_in_names', literals=toks)
    return fin(c, wrap(c, [s], 'gen', org_kind='dept'), '带加号的名称不是加法')


@style('t_neg_ranks', 'totals', 'n', '名次、届次、序号（第3位、第12届、前10）与统计数字并列')
def _tn8(c):
    r = c.r
    n = r.randint(8, 30)
    rank = r.randint(1, n)
    N, R_ = c.i(n), c.i(rank)
    s = c.ch([
        f'在全市{N}个县（市、区）营商环境评价中排名第{R_}位，较上年前移{c.i(r.randint(1, 6))}位。',
        f'连续{c.i(r.randint(2, 8))}年位居全省县域经济综合实力前{c.i(r.randint(10, 50))}强，今年列第{R_}位。',
        f'第{c.i(r.randint(3, 40))}届{c.ch(["职工运动会", "校园科技节", "农民运动会"])}共设{N}个项目，我单位代表队获团体第{R_}名。',
        f'全省{N}支参赛队伍中，我市代表队以{c.u(r.randint(600, 999), 1)}分位列第{R_}。'])
    c.add('trap', kind='ranks_and_ordinals', literals=[f'第{R_}'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '名次/届次与总数不构成加总')


@style('t_neg_cumulative_vs_annual', 'totals', 'n', '累计数与当年分项并列（累计1260个，今年城区210个、乡镇176个），口径不同')
def _tn9(c):
    r = c.r
    subj, u = c.ch([('公共充电桩', '个'), ('“口袋公园”', '个'), ('农村户厕改造', '户'), ('老旧小区加装电梯', '部'), ('5G基站', '个')])
    a, b = r.randint(30, 600), r.randint(30, 600)
    cum = a + b + r.randint(200, 5000)
    C, A, B = c.i(cum), c.i(a), c.i(b)
    c.add('trap', kind='cumulative_vs_annual', total=C, parts=[A, B], naive_fails=True)
    s = c.ch([f'截至{c.year}年底，全{c.ch(["县", "市", "区"])}累计建成{subj}{C}{u}，今年新建的{subj}中城区{A}{u}、乡镇{B}{u}。',
              f'{subj}累计达到{C}{u}。{c.year}年新增部分，城区{A}{u}，农村{B}{u}。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '累计数与当年新增分布口径不同')


@style('t_neg_rounding_declared', 'totals', 'n', '表或文中声明“因四舍五入，分项之和与合计略有出入”，差额在尾数')
def _tn10(c):
    r = c.r
    names = c.ch([['第一产业', '第二产业', '第三产业'], ['税收收入', '非税收入'], ['城镇', '乡村'], ['农业', '林业', '牧业', '渔业']])
    k = len(names)
    vals = [r.randint(300, 90000) for _ in range(k)]   # thousandths of 亿
    T3 = sum(vals)
    # shown with 2 decimals: each rounded separately
    shown = [int(rnd(Fr(v, 10), 0)) for v in vals]
    Ts = int(rnd(Fr(T3, 10), 0))
    if sum(shown) == Ts:
        raise Retry()
    TL = c.u(Ts, 2, '亿')
    lits = [c.u(v, 2, '亿') for v in shown]
    c.add('trap', kind='declared_rounding', total=TL, parts=lits, naive_fails=True, literals=['四舍五入'])
    subj = c.ch(['地区生产总值', '一般公共预算收入', '社会消费品零售总额', '农林牧渔业总产值'])
    s = f'全年实现{subj}{TL}元，其中{"、".join(f"{n}{l}元" for n, l in zip(names, lits))}。'
    note = c.ch(['（注：因四舍五入，分项之和与合计数略有差异。）', '注：部分数据因四舍五入，存在总计与分项合计不等的情况。', '（因四舍五入原因，分项合计与总数存在尾差。）'])
    return fin(c, wrap(c, [s, note], 'finance', org_kind='gov', close_p=0), '声明四舍五入尾差')


@style('t_neg_renci_vs_ren', 'totals', 'n', '人次与人、户与人、次与家等不同计量单位并列，不能相加比较')
def _tn11(c):
    r = c.r
    tot = r.randint(500, 9000)
    a, b = r.randint(50, tot // 3), r.randint(50, tot // 3)
    T, A, B = c.i(tot), c.i(a), c.i(b)
    c.add('trap', kind='different_units', total=T, parts=[A, B], naive_fails=True)
    s = c.ch([f'开展各类培训{c.i(r.randint(10, 90))}期、培训{T}人次，覆盖党员干部{A}人、村（社区）干部{B}人。',
              f'家庭医生上门服务{T}人次，服务失能老人{A}人、重度残疾人{B}人。',
              f'全年检查企业{T}家次，涉及危化品企业{A}家、工贸企业{B}家。',
              f'累计走访{T}户次，联系帮扶脱贫户{A}户、监测户{B}户。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='dept'), '人次/家次/户次与人/家/户不同单位')


@style('t_neg_ranges_docnums', 'totals', 'n', '年龄区间、文号〔2023〕15号、规划期2021—2025年等带连字符或括号的数字')
def _tn12(c):
    r = c.r
    y = c.year
    doc = f'〔{y - 1}〕{r.randint(1, 60)}号'
    age = c.ch(['18-59岁', '18至59周岁', '60-69岁', '3-6岁', '16—60周岁'])
    span = c.ch([f'{y - 2}—{y + 2}年', f'{y}-{y + 4}年', '2021—2025年'])
    n = c.i(r.randint(100, 90000))
    s = c.ch([f'根据《关于印发{span}乡村振兴规划的通知》（{nm2(r)}政发{doc}）要求，{age}人群健康体检覆盖{n}人。',
              f'按照{nm2(r)}办发{doc}文件精神，为{age}参保人员{n}人缴纳补充保险。',
              f'完成{age}人群疫苗接种{n}人，相关工作纳入{span}考核。'])
    used = [x for x in (doc, age, span) if x in s]
    c.add('trap', kind='ranges_and_document_numbers', literals=used)
    return fin(c, wrap(c, [s], 'gen', org_kind='dept'), '区间、文号、年份跨度')


@style('t_neg_single_part', 'totals', 'n', '“其中”只给一个子项（其中博士12人），无法也无需加总')
def _tn13(c):
    k = Cat(c, kmin=2, kmax=2, ints_only=True)
    r = c.r
    T = k.total
    TL = k.mk(T)
    one = k.mk(k.vals[0])
    c.add('trap', kind='single_subitem', literals=[TL.s, one.s])
    other = c.ch([f'同比增长{c.p(D(r.randint(12, 300)) / 10, 1)}', f'完成年度任务', '提前完成目标任务'])
    body = c.ch([f'{k.lead}{TL}{k.unit}，其中{k.names[0]}{one}{k.unit}，{other}。',
                 f'{k.lead}{TL}{k.unit}（其中{k.names[0]}{one}{k.unit}），{other}。'])
    return fin(c, wrap(c, [body], k.sec, org_kind=k.ok), '只有一个子项，无加总关系')


@style('t_neg_weighted_average', 'totals', 'n', '全体居民人均收入介于城镇与农村之间（加权平均），不是两者之和')
def _tn14(c):
    r = c.r
    rural = r.randint(12000, 26000)
    urban = r.randint(int(rural * 1.6), int(rural * 2.6))
    share = r.uniform(0.35, 0.75)
    allv = int(urban * share + rural * (1 - share))
    A, U_, R_ = c.i(allv), c.i(urban), c.i(rural)
    c.add('trap', kind='weighted_average_not_sum', total=A, parts=[U_, R_], naive_fails=True)
    ga, gb = sorted(r.sample(range(40, 95), 2))
    gm = r.randint(ga, gb)
    g2v, g3v = (ga, gb) if c.coin() else (gb, ga)
    g1, g2, g3 = c.p(D(gm) / 10, 1), c.p(D(g2v) / 10, 1), c.p(D(g3v) / 10, 1)
    s = c.ch([f'全体居民人均可支配收入{A}元，增长{g1}；其中城镇居民{U_}元，增长{g2}；农村居民{R_}元，增长{g3}。',
              f'城镇、农村居民人均可支配收入分别为{U_}元和{R_}元，全体居民人均可支配收入{A}元。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '人均数为加权平均')


@style('t_neg_bounds_targets', 'totals', 'n', '目标下限/上限（不少于、以上、以内、力争）并列，不构成等式')
def _tn15(c):
    r = c.r
    T = r.randint(1000, 9000)
    a, b = r.randint(200, T // 2), r.randint(50, T // 4)
    TL, AL, BL = c.i(T), c.i(a), c.i(b)
    c.add('trap', kind='bounds_not_equations', total=TL, parts=[AL, BL], naive_fails=True)
    s = c.ch([f'{c.year + 1}年力争城镇新增就业{TL}人以上，其中高校毕业生就业不少于{AL}人、帮助就业困难人员就业{BL}人以上。',
              f'全年计划培训不少于{TL}人次，其中新型职业农民不低于{AL}人次，农村实用人才{BL}人次以上。',
              f'确保完成造林{TL}亩以上，其中国储林项目不少于{AL}亩，珍贵树种不少于{BL}亩。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov', close_p=0.2), '下限/目标值，不要求相加相等')


@style('t_neg_target_vs_actual', 'totals', 'n', '计划数与完成数并列（计划4000万元、完成4380万元），并非分解关系')
def _tn16(c):
    r = c.r
    plan = r.randint(1000, 90000)
    act = int(plan * r.uniform(0.8, 1.3))
    n1, n2 = r.randint(3, 30), r.randint(3, 30)
    P_, A_ = c.u(plan, 0, '万'), c.u(act, 0, '万')
    N1, N2 = c.i(n1), c.i(n2)
    c.add('trap', kind='plan_vs_actual', literals=[P_.s, A_.s])
    s = c.ch([f'年度计划投资{P_}元，实际完成投资{A_}元；计划开工项目{N1}个，实际开工{N2}个。',
              f'{c.ch(["招商引资", "重点项目", "民生实事"])}目标任务{P_}元，实际完成{A_}元。'])
    return fin(c, wrap(c, [s], 'finance', org_kind='gov'), '计划与实际不构成等式')


@style('t_neg_year_series', 'totals', 'n', '连续年份序列“2021年、2022年、2023年分别为a、b、c”，没有合计也无关系')
def _tn17(c):
    r = c.r
    y = c.year
    subj, u = c.ch([('地区生产总值', '亿元'), ('一般公共预算收入', '亿元'), ('接待游客', '万人次'), ('专利授权量', '件'), ('新登记企业', '户')])
    k = r.randint(3, 4)
    years = [y - k + 1 + i for i in range(k)]
    base = r.randint(300, 9000) if u in ('件', '户') else r.randint(1000, 90000)
    seq = [base]
    for _ in range(k - 1):
        seq.append(int(seq[-1] * r.uniform(1.02, 1.18)))
    if u in ('件', '户'):
        vals = [c.i(v) for v in seq]
    else:
        vals = [c.u(v, 2) for v in seq]
    unit = u
    c.add('trap', kind='year_series', literals=[v.s for v in vals])
    s = f'{"、".join(f"{yy}年" for yy in years)}，{c.ch(["全市", "全县", "全区"])}{subj}分别为{"、".join(str(v) for v in vals)}{unit}，{c.ch(["呈逐年增长态势", "总体保持稳定", "发展势头良好"])}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '年份序列，无合计')


# =====================================================================================
#  PCT family
# =====================================================================================
RATES = [
    # sector, org kind, whole phrase, part phrase, rate name, unit, den range, rate range
    ('gen', 'town', '网格员累计上报网格事件', '办结', '办结率', '件', (200, 20000), (0.90, 1.0)),
    ('gen', 'dept', '受理群众诉求', '按期办结', '按期办结率', '件', (100, 30000), (0.85, 1.0)),
    ('safety', 'dept', '排查安全隐患', '完成整改', '整改率', '处', (50, 5000), (0.80, 1.0)),
    ('market', 'dept', '完成食品安全监督抽检', '合格', '合格率', '批次', (100, 5000), (0.95, 1.0)),
    ('civil', 'dept', '应参保城乡居民', '已参保', '参保率', '人', (5000, 900000), (0.90, 1.0)),
    ('gen', 'dept', '梳理依申请政务服务事项', '实现全程网办', '全程网办率', '项', (100, 2000), (0.70, 1.0)),
    ('gen', 'dept', '排查经营性自建房', '完成安全初判', '初判完成率', '栋', (500, 20000), (0.90, 1.0)),
    ('court', 'court', '受理各类案件', '审（执）结', '结案率', '件', (500, 20000), (0.85, 0.99)),
    ('gen', 'town', '调处矛盾纠纷', '调解成功', '调解成功率', '宗', (50, 3000), (0.85, 0.99)),
    ('hr', 'dept', '本地户籍应届高校毕业生', '实现就业', '就业率', '人', (200, 9000), (0.80, 0.98)),
    ('school', 'school', '参加国家学生体质健康测试的学生', '达到合格及以上等级', '合格率', '人', (300, 5000), (0.85, 0.99)),
    ('gen', 'dept', '发放调查问卷', '有效回收', '有效回收率', '份', (300, 5000), (0.85, 0.99)),
    ('civil', 'dept', '符合条件的困难残疾人', '已享受生活补贴', '覆盖率', '人', (300, 20000), (0.90, 1.0)),
    ('market', 'dept', '发放消费券', '核销', '核销率', '张', (10000, 900000), (0.50, 0.95)),
    ('gen', 'dept', '收到人大代表建议和政协提案', '按时办复', '按时办复率', '件', (40, 600), (0.90, 1.0)),
    ('env', 'dept', '纳入监管的重点排污单位', '完成自动监控联网', '联网率', '家', (30, 600), (0.85, 1.0)),
    ('agri', 'dept', '抽检农产品样品', '检测合格', '抽检合格率', '个', (200, 8000), (0.96, 1.0)),
    ('hosp', 'hosp', '出院患者', '实施临床路径管理', '临床路径入径率', '人次', (5000, 90000), (0.40, 0.85)),
    ('gen', 'town', '应开展入户走访的监测户', '完成走访', '走访率', '户', (100, 3000), (0.90, 1.0)),
    ('gen', 'dept', '12345热线转办工单', '按时签收', '按时签收率', '件', (1000, 90000), (0.93, 1.0)),
]


class Rate:
    """One rate statement drawn from RATES."""

    def __init__(self, c, d=None, entry=None, over_ok=False):
        r = c.r
        self.c = c
        self.e = e = entry or r.choice(RATES)
        self.sec, self.ok, self.whole, self.part, self.name, self.unit, dr, rr = e
        self.d = d if d is not None else r.choice([0, 1, 1, 2, 2, 2])
        self.den, self.num, self.true_r = pick_rate_counts(r, rr[0], rr[1], dr[0], dr[1], self.d)
        self.stated = self.true_r
        self.what = None
        self.over_ok = over_ok

    def corrupt(self):
        if self.c.bad:
            self.stated = bad_value(self.c.r, Fr(self.num) / Fr(self.den) * 100, self.d, lo=0,
                                    hi=None if self.over_ok else D(100))
            self.what = 'rate'
        return self

    def lits(self):
        c = self.c
        return c.i(self.den), c.i(self.num), c.p(self.stated, self.d)

    def check(self, N, Dn, S):
        self.c.add('rate', num=N, den=Dn, stated=S)


def verb_rate(c):
    return c.ch(['', '达', '达到', '为', '达', ''])


@style('p_rate_basic', 'pct', 'ci', '“总数N、完成M、某率X%”：率=M/N按所写小数位四舍五入')
def _p1(c):
    R = Rate(c).corrupt()
    Dn, N, S = R.lits()
    R.check(N, Dn, S)
    s = c.ch([f'{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}，{R.name}{verb_rate(c)}{S}。',
              f'{R.whole}{Dn}{R.unit}，已{R.part}{N}{R.unit}，{R.name}{verb_rate(c)}{S}。',
              f'全年{R.whole}{Dn}{R.unit}、{R.part}{N}{R.unit}，{R.name}{S}。'])
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '率=部分/总数', R.what)


@style('p_rate_first_paren', 'pct', 'ci', '先给率，括号里或随后给出分子分母（“办结率98.67%（603件中办结595件）”）')
def _p2(c):
    R = Rate(c).corrupt()
    Dn, N, S = R.lits()
    R.check(N, Dn, S)
    s = c.ch([f'{R.name}{verb_rate(c)}{S}（{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}）。',
              f'{R.name}{S}，{Dn}{R.unit}中已{R.part}{N}{R.unit}。',
              f'{R.name}{verb_rate(c)}{S}，即{R.whole}{Dn}{R.unit}中有{N}{R.unit}{R.part}。'])
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '率在前，分子分母在后', R.what)


@style('p_rate_den_after', 'pct', 'ci', '“在……的N个中，M个……，……率为X%”：分母以“在…中”引出')
def _p3(c):
    R = Rate(c).corrupt()
    Dn, N, S = R.lits()
    R.check(N, Dn, S)
    s = c.ch([f'在{R.whole}的{Dn}{R.unit}中，{N}{R.unit}{R.part}，{R.name}为{S}。',
              f'{c.year}年{R.whole}共计{Dn}{R.unit}，其中{R.part}的有{N}{R.unit}，{R.name}{S}。'])
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '“在…中”引出的分母', R.what)


@style('p_rate_unresolved', 'pct', 'ci', '给出总数与“尚未完成”数，率按(总数−未完成)/总数核算')
def _p4(c):
    R = Rate(c, entry=c.ch([e for e in RATES if e[7][1] >= 1.0])).corrupt()
    if R.num == R.den:
        raise Retry()
    Dn = c.i(R.den)
    M = c.i(R.den - R.num)
    S = c.p(R.stated, R.d)
    c.add('rate', num=Dn, num_sub=[M], den=Dn, stated=S)
    s = c.ch([f'{R.whole}{Dn}{R.unit}，{R.name}{S}，尚有{M}{R.unit}正在推进。',
              f'{R.whole}{Dn}{R.unit}，除{M}{R.unit}仍在办理外，其余均已{R.part}，{R.name}{S}。'])
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '率=(总数−未完成)/总数', R.what)


@style('p_two_rates', 'pct', 'ci', '同一段两个率（办结率、回访满意率），分母不同，只错一处')
def _p5(c):
    r = c.r
    d = c.ch([1, 2])
    den, num, v1 = pick_rate_counts(r, 0.9, 1.0, 300, 9000, d)
    den2, num2, v2 = pick_rate_counts(r, 0.85, 0.99, max(10, num // 3), num, d)
    den2 = min(den2, num)
    v2 = ok_rate(num2, den2, d)
    if v2 is None or num2 > den2:
        raise Retry()
    s1, s2 = v1, v2
    what = None
    if c.bad:
        if c.coin():
            s1 = bad_value(r, Fr(num, den) * 100, d, lo=0, hi=D(100))
            what = 'first rate'
        else:
            s2 = bad_value(r, Fr(num2, den2) * 100, d, lo=0, hi=D(100))
            what = 'second rate'
    Dn, N, S1 = c.i(den), c.i(num), c.p(s1, d)
    D2, N2, S2 = c.i(den2), c.i(num2), c.p(s2, d)
    c.add('rate', num=N, den=Dn, stated=S1)
    c.add('rate', num=N2, den=D2, stated=S2)
    kind = c.ch(['诉求', '工单', '信访事项', '投诉'])
    s = (f'全年受理群众{kind}{Dn}件，办结{N}件，办结率{S1}；对已办结事项回访{D2}件，'
         f'群众表示满意{N2}件，满意率{S2}。')
    return fin(c, wrap(c, [s], 'gen', org_kind='dept'), '两个率各自的分子分母', what)


@style('p_rate_multi_units', 'pct', 'ci', '几个乡镇/科室各自给出分子分母和率，一处算错')
def _p6(c):
    r = c.r
    e = c.ch([x for x in RATES if x[1] in ('town', 'dept') and x[0] not in ('hosp', 'court', 'market')])
    d = c.ch([1, 2])
    k = r.randint(2, 3)
    names = towns(r, k)
    bad_i = r.randrange(k) if c.bad else -1
    parts = []
    what = None
    for i, n in enumerate(names):
        den, num, v = pick_rate_counts(r, e[7][0], e[7][1], max(20, e[6][0] // 5), max(40, e[6][1] // 5), d)
        if i == bad_i:
            v = bad_value(r, Fr(num, den) * 100, d, lo=0, hi=D(100))
            what = f'unit {i + 1}'
        Dn, N, S = c.i(den), c.i(num), c.p(v, d)
        c.add('rate', num=N, den=Dn, stated=S)
        parts.append(f'{n}{Dn}{e[5]}、{N}{e[5]}、{S}')
    s = f'分{c.ch(["镇街", "乡镇"])}看，{e[2]}、{e[3]}数及{e[4]}分别为：' + '；'.join(parts) + '。'
    return fin(c, wrap(c, [s], e[0], org_kind='gov'), '逐个单位核算率', what)


SHARE_TOPICS = [
    # whole phrase, unit, part names, sector
    ('全年新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], 'market'),
    ('受理消费投诉', '件', ['商品类', '服务类'], 'market'),
    ('办理法律援助案件', '件', ['民事', '刑事', '行政'], 'gen'),
    ('全年新增城镇就业', '人', ['企业吸纳', '灵活就业', '自主创业'], 'hr'),
    ('办理不动产登记业务', '件', ['首次登记', '转移登记', '抵押登记', '变更登记'], 'gen'),
    ('受理行政复议申请', '件', ['公安类', '自然资源类', '市场监管类', '人社类'], 'gen'),
    ('发生火灾', '起', ['居民住宅', '交通工具', '生产经营场所', '其他场所'], 'safety'),
    ('完成造林', '亩', ['人工造林', '封山育林', '退化林修复'], 'agri'),
]


@style('p_share_zhan', 'pct', 'ci', '“其中A a件，占X%”：一个分项占总数的比重')
def _p7(c):
    r = c.r
    whole, u, names, sec = c.ch(SHARE_TOPICS)
    d = c.ch([1, 1, 2, 0])
    T = r.randint(100, 20000)
    a = r.randint(int(T * 0.05), int(T * 0.9))
    v = ok_rate(a, T, d)
    if v is None:
        raise Retry()
    what = None
    if c.bad:
        v = bad_value(r, Fr(a, T) * 100, d, lo=0, hi=D(100))
        what = 'share'
    TL, AL, S = c.i(T), c.i(a), c.p(v, d)
    c.add('rate', num=AL, den=TL, stated=S)
    n = c.ch(names)
    s = c.ch([f'{whole}{TL}{u}，其中{n}{AL}{u}，占{S}。',
              f'{whole}{TL}{u}，{n}{AL}{u}、占比{S}。',
              f'{whole}{TL}{u}。{n}{AL}{u}，占总数的{S}。'])
    return fin(c, wrap(c, [s], sec, org_kind='dept'), '分项/总数=占比', what)


@style('p_shares_partition_counts', 'pct', 'ci', '总数分解为几项，每项给数量和占比，各占比分别核算')
def _p8(c):
    r = c.r
    whole, u, names, sec = c.ch(SHARE_TOPICS)
    d = c.ch([1, 2])
    k = min(len(names), r.randint(2, 4))
    names = names[:k]
    T = r.randint(200, 20000)
    vals = split_total(r, T, k, max(1, T // 50))
    shares = [ok_rate(v, T, d) for v in vals]
    if any(s is None for s in shares) or sum(shares) != 100:
        raise Retry()
    what = None
    if c.bad:
        j = r.randrange(k)
        shares[j] = bad_value(r, Fr(vals[j], T) * 100, d, lo=0, hi=D(100))
        what = f'share {j + 1}'
    TL = c.i(T)
    lits = [c.i(v) for v in vals]
    ps = [c.p(s, d) for s in shares]
    c.add('sum', total=TL, parts=lits)
    for l, p in zip(lits, ps):
        c.add('rate', num=l, den=TL, stated=p)
    items = [f'{n}{l}{u}、占{p}' if c.coin(0.5) else f'{n}{l}{u}（占{p}）' for n, l, p in zip(names, lits, ps)]
    s = f'{whole}{TL}{u}，其中{"；".join(items)}。'
    return fin(c, wrap(c, [s], sec, org_kind='dept'), '各分项占比与总数（分项之和亦成立）', what)


@style('p_shares_exhaustive_sum', 'pct', 'ci', '只给出一个整体的全部构成比重（男/女、城/乡、一/二/三产），应合计100%')
def _p9(c):
    r = c.r
    topic = c.ch([('常住人口中，', ['男性', '女性'], '人口性别构成'), ('在校生中，', ['城镇学生', '农村学生'], ''),
                  ('参保人员中，', ['在职职工', '退休人员'], ''), ('地区生产总值中，', ['第一产业', '第二产业', '第三产业'], ''),
                  ('税收收入中，', ['增值税', '企业所得税', '个人所得税', '其他税种'], ''), ('快递业务量中，', ['同城', '异地', '国际及港澳台'], '')])
    names = topic[1]
    k = len(names)
    d = c.ch([1, 1, 2])
    unit = 10 ** d
    total = 100 * unit
    vals = split_total(r, total, k, unit)
    if names[0] == '第一产业':
        a, b = r.randint(3 * unit, 18 * unit), r.randint(28 * unit, 52 * unit)
        vals = [a, b, total - a - b]
    what = None
    if c.bad:
        j = r.randrange(k)
        vals[j] = vals[j] + r.choice([-1, 1]) * r.randint(unit, 8 * unit)
        if vals[j] <= 0:
            vals[j] += 10 * unit
        what = f'share {j + 1}'
    ps = [c.p(D(v).scaleb(-d), d) for v in vals]
    c.add('share_sum', shares=ps, mode='eq100')
    s = f'{topic[0]}{"，".join(f"{n}占{p}" for n, p in zip(names, ps))}。' if c.coin() else \
        f'{topic[0]}{"、".join(names)}分别占{"、".join(str(p) for p in ps)}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '穷尽构成的比重合计应为100%', what)


@style('p_shares_subset_le100', 'pct', 'ci', '“其中”列出几个互斥分项的占比，合计不得超过100%')
def _p10(c):
    r = c.r
    whole, names = c.ch([('全年引进项目中，', ['制造业项目', '现代服务业项目', '农业项目', '文旅项目']),
                         ('新增贷款中，', ['小微企业贷款', '涉农贷款', '个人住房贷款']),
                         ('发生的交通事故中，', ['货车肇事', '电动自行车肇事', '摩托车肇事']),
                         ('网上零售额中，', ['实物商品', '服务类商品']),
                         ('办理的民事案件中，', ['婚姻家庭纠纷', '合同纠纷', '物业纠纷']),
                         ('门诊患者中，', ['医保患者', '自费患者'])])
    k = r.randint(2, min(3, len(names)))
    names = r.sample(names, k)
    d = c.ch([1, 1, 2, 0])
    unit = 10 ** d
    if c.bad:
        tot = 100 * unit + r.randint(2 * unit, 40 * unit)
        what = 'shares exceed 100%'
    else:
        tot = r.randint(40 * unit, 96 * unit)
        what = None
    vals = split_total(r, tot, k, unit)
    ps = [c.p(D(v).scaleb(-d), d) for v in vals]
    c.add('share_sum', shares=ps, mode='le100')
    s = f'{whole}{"，".join(f"{n}占{p}" for n, p in zip(names, ps))}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '互斥分项比重之和≤100%', what)


@style('p_structure_ratio', 'pct', 'ci', '三次产业结构比“8.2∶35.6∶56.2”，各项之和应为100')
def _p11(c):
    r = c.r
    d = c.ch([1, 1, 2])
    unit = 10 ** d
    a = r.randint(3 * unit, 20 * unit)
    b = r.randint(25 * unit, 55 * unit)
    cc = 100 * unit - a - b
    vals = [a, b, cc]
    what = None
    if c.bad:
        j = r.randrange(3)
        vals[j] += r.choice([-1, 1]) * r.randint(unit, 6 * unit)
        what = f'term {j + 1}'
    ls = [c.x(D(v).scaleb(-d), d) for v in vals]
    c.add('structure', shares=ls, mode='eq100')
    colon = c.ch(['∶', ':', '：'])
    prev = [c.x(D(v).scaleb(-d), d) for v in split_total(r, 100 * unit, 3, unit)]
    s = c.ch([f'三次产业结构由上年的调整为{colon.join(str(x) for x in ls)}。'.replace('由上年的调整为', '调整为'),
              f'三次产业结构比为{colon.join(str(x) for x in ls)}，产业结构持续优化。',
              f'全年三次产业增加值比例为{colon.join(str(x) for x in ls)}。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '三次产业结构比合计100', what)


@style('p_table_pct_column', 'pct', 'ci', '表格：数量列+“占比（%）”列，每行占比分别核算（表头带%）')
def _p12(c):
    r = c.r
    no_cn(c)
    whole, u, names, sec = c.ch(SHARE_TOPICS)
    k = min(len(names), r.randint(2, 4))
    names = names[:k]
    T = r.randint(200, 20000)
    vals = split_total(r, T, k, max(1, T // 40))
    d = c.ch([1, 2])
    shares = [ok_rate(v, T, d) for v in vals]
    if any(s is None for s in shares) or sum(shares) != 100:
        raise Retry()
    what = None
    if c.bad:
        j = r.randrange(k)
        shares[j] = bad_value(r, Fr(vals[j], T) * 100, d, lo=0, hi=D(100))
        what = f'row {j + 1}'
    sep = c.ch(['\t', ' | ', '　'])
    TL = c.i(T)
    lits = [c.i(v) for v in vals]
    ps = [c.x(s, d) for s in shares]
    c.add('sum', total=TL, parts=lits)
    for l, p in zip(lits, ps):
        c.add('rate', num=l, den=TL, stated=p)
    hdr = c.ch(['占比（%）', '比重(%)', '占比(%)', '构成（%）'])
    lines = [f'{whole}构成', f'类别{sep}数量（{u}）{sep}{hdr}']
    lines += [f'{n}{sep}{l}{sep}{p}' for n, l, p in zip(names, lits, ps)]
    lines.append(f'合计{sep}{TL}')
    return fin(c, '\n'.join(lines), '表格占比列（表头带%）逐行核算', what)


GROWTH_TOPICS = [
    # subject, unit, dec, mag, lo, hi (in display units * 10**dec), sector
    ('规模以上工业增加值', '元', 2, '亿', 500, 90000, 'gen'),
    ('一般公共预算收入', '元', 2, '万', 50000, 900000, 'finance'),
    ('接待游客', '人次', 2, '万', 3000, 900000, 'tour'),
    ('网上零售额', '元', 2, '亿', 300, 90000, 'post'),
    ('快递业务量', '件', 2, '万', 30000, 9000000, 'post'),
    ('专利授权量', '件', 0, None, 300, 20000, 'ip'),
    ('城镇居民人均可支配收入', '元', 0, None, 25000, 60000, 'gen'),
    ('外贸出口额', '元', 2, '亿', 300, 90000, 'gen'),
    ('税收收入', '元', 2, '万', 50000, 900000, 'finance'),
    ('农村居民人均可支配收入', '元', 0, None, 12000, 30000, 'gen'),
    ('新登记市场主体', '户', 0, None, 800, 30000, 'market'),
    ('社会消费品零售总额', '元', 2, '亿', 1000, 90000, 'gen'),
    ('图书外借', '册次', 0, None, 20000, 900000, 'culture'),
    ('门急诊人次', '人次', 2, '万', 5000, 300000, 'hosp'),
    ('电影票房', '元', 2, '万', 5000, 900000, 'culture'),
    ('技术合同成交额', '元', 2, '亿', 100, 9000, 'ip'),
]

DECLINE_TOPICS = [
    ('刑事案件立案数', '起', 0, None, 300, 9000, 'safety'),
    ('生产安全事故起数', '起', 0, None, 10, 300, 'safety'),
    ('信访总量', '件', 0, None, 300, 9000, 'gen'),
    ('道路交通事故死亡人数', '人', 0, None, 20, 400, 'safety'),
    ('化肥施用量（折纯）', '吨', 0, None, 3000, 90000, 'agri'),
    ('单位地区生产总值能耗', '吨标准煤/万元', 3, None, 200, 900, 'env'),
    ('电信网络诈骗发案数', '起', 0, None, 200, 5000, 'safety'),
    ('“三公”经费支出', '元', 2, '万', 1000, 90000, 'finance'),
    ('火灾起数', '起', 0, None, 50, 3000, 'safety'),
]


def gpair(c, topic, gmin, gmax, d, allow_over=False):
    """old/new values (units) and the true growth in %."""
    r = c.r
    subj, unit, dec, mag, lo, hi, sec = topic
    for _ in range(300):
        old = r.randint(lo, hi)
        g = r.uniform(gmin, gmax)
        new = int(round(old * (1 + g)))
        if new <= 0 or new == old:
            continue
        true = (Fr(new) - Fr(old)) / Fr(old) * 100
        if is_tie(true, d):
            continue
        return old, new, true
    raise Retry()


def gl(c, topic, v):
    subj, unit, dec, mag, lo, hi, sec = topic
    if dec == 0 and not mag:
        return c.i(v)
    return c.u(v, dec, mag)


@style('p_growth_from_to', 'pct', 'ci', '“由A增至B，增长X%”：增长率=(B−A)/A')
def _p13(c):
    t = c.ch(GROWTH_TOPICS)
    d = c.ch([1, 1, 2, 0])
    old, new, true = gpair(c, t, 0.02, 0.35, d)
    v = rnd(true, d)
    what = None
    if c.bad:
        v = bad_value(c.r, true, d, lo=D('0.1'))
        what = 'growth'
    A, B, S = gl(c, t, old), gl(c, t, new), c.p(v, d)
    c.add('growth', old=A, new=B, stated=S, dir='+')
    u = t[1]
    s = c.ch([f'{t[0]}由{c.year - 1}年的{A}{u}增至{B}{u}，增长{S}。',
              f'{t[0]}从{A}{u}增加到{B}{u}，增幅{S}。',
              f'{t[0]}{B}{u}，比上年（{A}{u}）增长{S}。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '增长率=(新−旧)/旧', what)


@style('p_decline_from_to', 'pct', 'ci', '“由A降至B，下降X%”：下降率=(A−B)/A')
def _p14(c):
    t = c.ch(DECLINE_TOPICS)
    d = c.ch([1, 1, 2, 0])
    old, new, true = gpair(c, t, -0.45, -0.02, d)
    v = rnd(-true, d)
    what = None
    if c.bad:
        v = bad_value(c.r, -true, d, lo=D('0.1'), hi=D(99))
        what = 'decline'
    A, B, S = gl(c, t, old), gl(c, t, new), c.p(v, d)
    c.add('growth', old=A, new=B, stated=S, dir='-')
    u = t[1]
    s = c.ch([f'{t[0]}由{A}{u}降至{B}{u}，下降{S}。',
              f'{t[0]}{B}{u}，较上年的{A}{u}下降{S}。',
              f'{t[0]}从上年{A}{u}减少到{B}{u}，降幅{S}。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '下降率=(旧−新)/旧', what)


@style('p_yoy_two_values', 'pct', 'ci', '本期值与上年同期值分两处给出，“同比增长/下降X%”')
def _p15(c):
    t = c.ch(GROWTH_TOPICS + DECLINE_TOPICS)
    d = c.ch([1, 2])
    old, new, true = gpair(c, t, -0.3, 0.5, d)
    up = new > old
    v = rnd(abs(true), d)
    what = None
    if c.bad:
        v = bad_value(c.r, abs(true), d, lo=D('0.1'))
        what = 'yoy'
    A, B, S = gl(c, t, old), gl(c, t, new), c.p(v, d)
    c.add('growth', old=A, new=B, stated=S, dir='+' if up else '-')
    u = t[1]
    w = '增长' if up else '下降'
    per = c.ch(['1—6月', '前三季度', '1—11月', '全年', '一季度'])
    s = c.ch([f'{per}，{t[0]}{B}{u}，上年同期为{A}{u}，同比{w}{S}。',
              f'{per}完成{t[0]}{B}{u}，同比{w}{S}（上年同期{A}{u}）。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '同比=(本期−上年同期)/上年同期', what)


@style('p_growth_negative_sign', 'pct', 'ci', '负增长写成“增幅-17.01%”“增长-5.3%”（负号表示下降）')
def _p16(c):
    t = c.ch([x for x in GROWTH_TOPICS if x[0] in SLUMP])
    d = c.ch([1, 2])
    old, new, true = gpair(c, t, -0.35, -0.02, d)
    v = rnd(true, d)
    what = None
    if c.bad:
        v = -bad_value(c.r, -true, d, lo=D('0.1'), hi=D(99))
        what = 'negative growth'
    A, B = gl(c, t, old), gl(c, t, new)
    S = c.p(v, d)
    c.add('growth', old=A, new=B, stated=S, dir='+')
    u = t[1]
    s = c.ch([f'{t[0]}完成{B}{u}，上年为{A}{u}，增幅{S}。',
              f'{t[0]}{B}{u}，同比增长{S}（上年同期{A}{u}）。',
              f'{t[0]}：本年{B}{u}，上年{A}{u}，增速{S}。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '负增长率带负号', what)


@style('p_growth_over_100_values', 'pct', 'ci', '增长超过100%且给出两端值（由A增至B，增长126.5%），超百不是错误')
def _p17(c):
    t = c.ch([x for x in GROWTH_TOPICS if x[0] in ('技术合同成交额', '网上零售额', '电影票房', '接待游客', '外贸出口额', '快递业务量', '专利授权量', '门急诊人次')])
    d = c.ch([1, 1, 2])
    old, new, true = gpair(c, t, 1.02, 2.6, d)
    v = rnd(true, d)
    what = None
    if c.bad:
        v = bad_value(c.r, true, d, lo=D(1))
        what = 'growth'
    A, B, S = gl(c, t, old), gl(c, t, new), c.p(v, d)
    c.add('growth', old=A, new=B, stated=S, dir='+')
    u = t[1]
    s = c.ch([f'{t[0]}由{A}{u}大幅增至{B}{u}，增长{S}。',
              f'{t[0]}达{B}{u}，比上年的{A}{u}增长{S}，实现翻番。' if true >= 100 else f'{t[0]}达{B}{u}，比上年的{A}{u}增长{S}。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '超过100%的增长率', what)


BIG_GROWTH = ('技术合同成交额', '网上零售额', '电影票房', '快递业务量', '专利授权量', '外贸出口额', '接待游客')
SLUMP = ('接待游客', '电影票房', '外贸出口额', '新登记市场主体', '技术合同成交额', '门急诊人次', '快递业务量', '图书外借')


@style('p_times_shi_de', 'pct', 'ci', '“是上年的2.3倍”“相当于…的1.8倍”：倍数=新/旧')
def _p18(c):
    t = c.ch([x for x in GROWTH_TOPICS if x[0] in BIG_GROWTH])
    d = c.ch([1, 1, 2])
    r = c.r
    for _ in range(200):
        old = r.randint(t[4], t[5])
        new = int(old * r.uniform(1.3, 5.0))
        ratio = Fr(new, old)
        if not is_tie(ratio, d):
            break
    v = rnd(ratio, d)
    what = None
    if c.bad:
        v = bad_value(r, ratio, d, base=Fr(1, 10), lo=D(1))
        what = 'multiple'
    A, B, S = gl(c, t, old), gl(c, t, new), c.x(v, d)
    c.add('times', old=A, new=B, stated=S, kind='ratio')
    u = t[1]
    s = c.ch([f'{t[0]}{B}{u}，是上年{A}{u}的{S}倍。',
              f'{t[0]}达到{B}{u}，相当于{c.year - 5}年（{A}{u}）的{S}倍。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '“是…的X倍”=新/旧', what)


@style('p_times_zengzhang', 'pct', 'ci', '“增长1.3倍”表示新/旧−1，而不是新/旧')
def _p19(c):
    t = c.ch([x for x in GROWTH_TOPICS if x[0] in BIG_GROWTH])
    d = c.ch([1, 1, 2])
    r = c.r
    for _ in range(200):
        old = r.randint(t[4], t[5])
        new = int(old * r.uniform(2.1, 5.0))
        g = Fr(new, old) - 1
        if not is_tie(g, d):
            break
    v = rnd(g, d)
    what = None
    if c.bad:
        v = rnd(Fr(new, old), d) if c.coin(0.5) else bad_value(r, g, d, base=Fr(1, 10), lo=D('0.1'))
        what = 'multiple (ratio written as growth)' if v == rnd(Fr(new, old), d) else 'multiple'
    A, B, S = gl(c, t, old), gl(c, t, new), c.x(v, d)
    c.add('times', old=A, new=B, stated=S, kind='growth')
    u = t[1]
    s = c.ch([f'{t[0]}由{A}{u}增加到{B}{u}，增长{S}倍。',
              f'{t[0]}{B}{u}，比上年（{A}{u}）增长{S}倍。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '“增长X倍”=新/旧−1', what)


@style('p_cheng_growth', 'pct', 'ci', '用“成”表示增减（增长三成、下降两成），与两端数值对照（按整成四舍五入）')
def _p20(c):
    t = c.ch(GROWTH_TOPICS)
    r = c.r
    for _ in range(200):
        old = r.randint(t[4], t[5])
        k = r.randint(1, 6) if (c.coin(0.7) or t[0] not in SLUMP) else -r.randint(1, 3)
        g = k / 10 + r.uniform(-0.035, 0.035)
        new = int(round(old * (1 + g)))
        true = (Fr(new) - old) / old * 10
        if abs(true - k) < Fr(2, 5):
            break
    up = k > 0
    stated = abs(k)
    what = None
    if c.bad:
        stated = abs(k) + r.choice([2, 3]) if abs(k) <= 3 or c.coin() else abs(k) - 2
        what = 'cheng'
    A, B = gl(c, t, old), gl(c, t, new)
    S = L(cn_int(stated, liang=True) if c.coin(0.8) else str(stated), stated)
    c.add('cheng', old=A, new=B, stated=S, dir='+' if up else '-')
    u = t[1]
    w = '增长' if up else '下降'
    s = c.ch([f'{t[0]}{B}{u}，较上年的{A}{u}{w}{S}成。', f'{t[0]}由{A}{u}{"增至" if up else "降至"}{B}{u}，{w}{S}成。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '“X成”=十分之X，按整成四舍五入（真值与所写成数相差不足0.4成）', what)


@style('p_increase_and_growth', 'pct', 'ci', '“今年A，比上年增加B，增长C%”：上年=A−B，增长率=B/(A−B)')
def _p21(c):
    t = c.ch(GROWTH_TOPICS)
    d = c.ch([1, 1, 2])
    old, new, true = gpair(c, t, 0.03, 0.5, d)
    inc = new - old
    v = rnd(true, d)
    what = None
    if c.bad:
        v = bad_value(c.r, true, d, lo=D('0.1'))
        what = 'growth'
    B, I, S = gl(c, t, new), gl(c, t, inc), c.p(v, d)
    c.add('rate', num=I, den=B, den_sub=[I], stated=S)
    u = t[1]
    s = c.ch([f'{t[0]}{B}{u}，比上年增加{I}{u}，增长{S}。',
              f'{t[0]}完成{B}{u}，同比增加{I}{u}、增长{S}。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '增量/(本年−增量)=增长率', what)


@style('p_cagr', 'pct', 'ci', '“由A增长到B，年均增长X%”：年均增速=(B/A)^(1/n)−1')
def _p22(c):
    t = c.ch(GROWTH_TOPICS)
    r = c.r
    n = r.choice([3, 4, 5])
    y1 = c.year - n
    d = c.ch([1, 1, 2])
    for _ in range(100):
        old = r.randint(t[4], t[5])
        g = r.uniform(0.03, 0.18)
        new = int(old * (1 + g) ** n)
        true = Fr(((D(new) / D(old)) ** (D(1) / D(n)) - 1) * 100)
        a = abs(true) * 10 ** d
        if abs(a - int(a) - Fr(1, 2)) > Fr(1, 1000):
            break
    v = rnd(true, d)
    what = None
    if c.bad:
        simple = rnd((Fr(new) / old - 1) * 100 / n, d)
        v = simple if c.coin(0.4) and abs(Fr(simple) - true) >= gap_needed(d, '0.5') else bad_value(r, true, d, lo=D('0.1'))
        what = 'average annual growth'
    A, B, S = gl(c, t, old), gl(c, t, new), c.p(v, d)
    c.add('cagr', old=A, new=B, stated=S, years=n)
    u = t[1]
    s = f'{t[0]}由{y1}年的{A}{u}增长到{c.year}年的{B}{u}，年均增长{S}。'
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), f'年均增速按{n}年复合计算', what)


PP_TOPICS = [
    ('药占比', 'hosp', (20, 45), -1), ('城镇调查失业率', 'hr', (3, 6), -1), ('空气质量优良天数比例', 'env', (70, 95), 1),
    ('城镇化率', 'gen', (40, 75), 1), ('研发经费投入强度', 'ip', (1, 4), 1), ('森林覆盖率', 'agri', (30, 70), 1),
    ('耗材占比', 'hosp', (15, 35), -1), ('常住人口城镇化率', 'gen', (40, 75), 1), ('三四级手术占比', 'hosp', (20, 60), 1),
    ('网上零售额占社会消费品零售总额比重', 'post', (10, 40), 1),
]


def pp_pair(c, rng_, direction, d):
    r = c.r
    unit = 10 ** d
    old = r.randint(rng_[0] * unit, rng_[1] * unit)
    delta = r.randint(max(1, unit // 10 * 3), 8 * unit)
    new = old + direction * delta
    if new <= 0:
        raise Retry()
    return old, new, delta


@style('p_pp_change', 'pct', 'ci', '“由32.5%降至28.1%，下降4.4个百分点”：百分点=两率之差')
def _p23(c):
    name, sec, rg, dr = c.ch(PP_TOPICS)
    d = c.ch([1, 1, 2])
    if c.coin(0.25):
        dr = -dr
    old, new, delta = pp_pair(c, rg, dr, d)
    st = delta
    what = None
    if c.bad:
        st = wrong(c.r, delta, max(5, 10 ** d // 2), minv=1)
        what = 'percentage points'
    O, N_ = c.p(D(old).scaleb(-d), d), c.p(D(new).scaleb(-d), d)
    S = c.x(D(st).scaleb(-d), d)
    c.add('pp', old=O, new=N_, stated=S, dir='+' if dr > 0 else '-')
    w1, w2 = ('提高到', '提高') if dr > 0 else ('下降到', '下降')
    s = c.ch([f'{name}由上年的{O}{w1}{N_}，{w2}{S}个百分点。',
              f'{name}{N_}，比上年{w2}{S}个百分点（上年为{O}）。'])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '百分点=新率−旧率', what)


@style('p_pct_change_of_pct', 'pct', 'ci', '比率的相对变化（药占比由32.5%降至28.1%，“下降13.5%”是相对降幅，不是百分点）')
def _p24(c):
    name, sec, rg, dr = c.ch(PP_TOPICS)
    d = 1
    old, new, delta = pp_pair(c, rg, dr, d)
    true = (Fr(new) - old) / old * 100
    dd = c.ch([1, 2])
    if is_tie(true, dd):
        raise Retry()
    v = rnd(abs(true), dd)
    what = None
    if c.bad:
        # the classic slip: writing the point difference as a relative change
        pts = D(delta).scaleb(-d)
        if abs(Fr(pts) - abs(true)) >= gap_needed(dd, '0.5') and c.coin(0.6):
            v = pts.quantize(D(1).scaleb(-dd))
            what = 'relative change (points written as %)'
        else:
            v = bad_value(c.r, abs(true), dd, lo=D('0.1'))
            what = 'relative change'
    O, N_ = c.p(D(old).scaleb(-d), d), c.p(D(new).scaleb(-d), d)
    S = c.p(v, dd)
    c.add('growth', old=O, new=N_, stated=S, dir='+' if dr > 0 else '-')
    w = '提高' if dr > 0 else '下降'
    s = c.ch([f'{name}由{O}{"升至" if dr > 0 else "降至"}{N_}，相对{w}{S}。',
              f'{name}从{O}变为{N_}，{w}幅度为{S}。'])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '比率的相对变化=(新−旧)/旧', what)


@style('p_pp_vs_avg', 'pct', 'ci', '“高于全省平均水平（85.2%）3.3个百分点”：与参照值的百分点差')
def _p25(c):
    name, sec, rg, dr = c.ch(PP_TOPICS)
    d = c.ch([1, 1, 2])
    r = c.r
    unit = 10 ** d
    ref = r.randint(rg[0] * unit, rg[1] * unit)
    delta = r.randint(max(1, unit // 5), 6 * unit)
    hi = c.coin(0.7)
    mine = ref + delta if hi else ref - delta
    st = delta
    what = None
    if c.bad:
        st = wrong(r, delta, max(5, unit // 2), minv=1)
        what = 'gap in points'
    M, R_ = c.p(D(mine).scaleb(-d), d), c.p(D(ref).scaleb(-d), d)
    S = c.x(D(st).scaleb(-d), d)
    c.add('pp', old=R_, new=M, stated=S, dir='+' if hi else '-')
    w = '高于' if hi else '低于'
    lvl = c.ch(['全省平均水平', '全市平均水平', '考核目标', '全国平均水平'])
    s = c.ch([f'{name}{M}，{w}{lvl}（{R_}）{S}个百分点。', f'{name}达到{M}，{lvl}为{R_}，{w}{S}个百分点。'])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '与参照值之差（百分点）', what)


@style('p_complement_pair', 'pct', 'ci', '一对互补的率（合格率与不合格率、出勤率与缺勤率），合计应为100%')
def _p26(c):
    r = c.r
    a_name, b_name, sec = c.ch([('抽检合格率', '不合格率', 'market'), ('出勤率', '缺勤率', 'school'),
                                ('达标率', '超标率', 'env'), ('优良天数比例', '污染天数比例', 'env'),
                                ('签约履约率', '违约率', 'gen'), ('治愈好转率', '未愈率', 'hosp')])
    d = c.ch([1, 1, 2])
    unit = 10 ** d
    a = r.randint(85 * unit, 100 * unit - 1)
    b = 100 * unit - a
    what = None
    if c.bad:
        if c.coin():
            b = wrong(r, b, max(5, unit // 2), minv=1)
        else:
            a = wrong(r, a, max(5, unit // 2), minv=80 * unit)
            if a >= 100 * unit:
                a = 100 * unit - b - r.randint(3, 9) * unit // 2 - 1
        what = 'complement'
    A, B = c.p(D(a).scaleb(-d), d), c.p(D(b).scaleb(-d), d)
    c.add('complement', a=A, b=B)
    s = c.ch([f'{a_name}为{A}，{b_name}为{B}。', f'{a_name}{A}、{b_name}{B}。'])
    return fin(c, wrap(c, [s], sec, org_kind='dept'), '互补两率合计100%', what)


def rstate(c, true, d, over_ok=False, lo=0, base=Fr(1, 2)):
    """Stated value for a rate-like check: rounded truth, or a clear error when inconsistent."""
    if is_tie(true, d):
        raise Retry()
    if c.bad:
        return bad_value(c.r, true, d, base=base, lo=D(lo), hi=None if over_ok else D(100)), 'stated rate'
    return rnd(true, d), None


@style('p_hosp_outcome_rates', 'pct', 'ci', '出院患者治愈、好转、未愈、死亡人数及治愈率、死亡率（率与人数、人数与总数）')
def _p27(c):
    r = c.r
    T = r.randint(2000, 60000)
    cure = int(T * r.uniform(0.55, 0.8))
    dead = int(T * r.uniform(0.003, 0.02))
    better = int(T * r.uniform(0.1, 0.3))
    fail = T - cure - dead - better
    if fail <= 0:
        raise Retry()
    d = c.ch([1, 2])
    cr, dr_ = Fr(cure, T) * 100, Fr(dead, T) * 100
    if is_tie(cr, d) or is_tie(dr_, d):
        raise Retry()
    vc, vd = rnd(cr, d), rnd(dr_, d)
    what = None
    if c.bad:
        which = r.choice(['cure', 'dead', 'sum'])
        if which == 'cure':
            vc = bad_value(r, cr, d, lo=0, hi=D(100))
        elif which == 'dead':
            vd = bad_value(r, dr_, d, lo=D('0.01'), hi=D(100))
        else:
            fail = wrong(r, fail, 1)
        what = which
    TL, CL, BL, FL, DL = c.i(T), c.i(cure), c.i(better), c.i(fail), c.i(dead)
    SC, SD = c.p(vc, d), c.p(vd, d)
    c.add('sum', total=TL, parts=[CL, BL, FL, DL])
    c.add('rate', num=CL, den=TL, stated=SC)
    c.add('rate', num=DL, den=TL, stated=SD)
    s = (f'全年出院患者{TL}人次，其中治愈{CL}人次、好转{BL}人次、未愈{FL}人次、死亡{DL}人次，'
         f'治愈率{SC}，{c.ch(["住院患者死亡率", "死亡率"])}{SD}。')
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '转归人数之和与治愈率、死亡率', what)


@style('p_hosp_bed_occupancy', 'pct', 'ci', '病床使用率=实际占用总床日/实际开放总床日，可超过100%')
def _p28(c):
    r = c.r
    beds = r.randint(200, 2500)
    days = 366 if c.year % 4 == 0 else 365
    opened = beds * days
    occ = int(opened * r.uniform(0.78, 1.12))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(occ, opened) * 100, d, over_ok=True)
    OL, CL, S = c.i(opened), c.i(occ), c.p(v, d)
    c.add('rate', num=CL, den=OL, stated=S)
    B = c.i(beds)
    s = c.ch([f'实际开放床位{B}张，实际开放总床日数{OL}日，实际占用总床日数{CL}日，病床使用率{S}。',
              f'病床使用率{S}（实际占用总床日{CL}日÷实际开放总床日{OL}日），开放床位{B}张。'])
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '病床使用率（可>100%）', what)


@style('p_hosp_drug_ratio', 'pct', 'ci', '药占比=药品收入/医疗收入（万元）')
def _p29(c):
    r = c.r
    med = r.randint(50000, 900000)
    drug = int(med * r.uniform(0.18, 0.42))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(drug, med) * 100, d)
    M, Dg, S = c.u(med, 2, '万'), c.u(drug, 2, '万'), c.p(v, d)
    c.add('rate', num=Dg, den=M, stated=S)
    s = c.ch([f'全年医疗收入{M}元，其中药品收入{Dg}元，药占比{S}。',
              f'药品收入{Dg}元，占医疗收入（{M}元）的{S}，药占比持续下降。'])
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '药占比', what)


@style('p_hosp_consumables_ratio', 'pct', 'ci', '百元医疗收入卫生材料消耗/耗材占比=卫生材料收入/医疗收入')
def _p30(c):
    r = c.r
    med = r.randint(50000, 900000)
    mat = int(med * r.uniform(0.12, 0.32))
    d = c.ch([1, 2])
    true = Fr(mat, med) * 100
    v, what = rstate(c, true, d)
    M, Mt = c.u(med, 2, '万'), c.u(mat, 2, '万')
    if c.coin(0.4):
        S = c.x(v, d)
        c.add('rate', num=Mt, den=M, stated=S)
        s = f'医疗收入{M}元，卫生材料收入{Mt}元，百元医疗收入消耗卫生材料{S}元。'
    else:
        S = c.p(v, d)
        c.add('rate', num=Mt, den=M, stated=S)
        s = f'医疗收入{M}元，其中卫生材料收入{Mt}元，耗材占比{S}，{c.ch(["控制在考核目标以内", "较上年有所下降"])}。'
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '耗材占比/百元消耗', what)


@style('p_hosp_avg_cost', 'pct', 'ci', '门诊次均费用=门诊收入/门诊人次（万元÷万人次→元），及次均费用同比变化')
def _p31(c):
    r = c.r
    visits = r.randint(500, 30000) * 100            # persons, multiple of 100 → x.xx万
    avg_true_cents = r.randint(15000, 45000)       # 150.00-450.00 yuan
    income = visits * avg_true_cents // 100         # yuan
    income -= income % 100                          # 0.01万
    d = c.ch([1, 2])
    avg = Fr(income, visits)
    if is_tie(avg, d):
        raise Retry()
    stated_avg = rnd(avg, d)
    which = r.choice(['avg', 'growth']) if c.bad else None
    if which == 'avg':
        stated_avg = bad_value(r, avg, d, base=avg / 40, lo=D(1))
    # last year's average and the growth, consistent with the STATED average
    last = int(Fr(stated_avg) * 100 / Fr(r.uniform(0.92, 1.12))) / D(100)
    last = D(last).quantize(D('0.01'))
    g = (Fr(stated_avg) - Fr(last)) / Fr(last) * 100
    gd = 1
    if is_tie(g, gd) or g == 0:
        raise Retry()
    gv = rnd(abs(g), gd)
    if which == 'growth':
        gv = bad_value(r, abs(g), gd, lo=D('0.1'))
    I = c.u(income // 100, 2, '万')
    V_ = c.u(visits // 100, 2, '万')
    A = c.x(stated_avg, d)
    LY = c.x(last, 2)
    G = c.p(gv, gd)
    c.add('avg', num=I, den=V_, stated=A)
    c.add('growth', old=LY, new=A, stated=G, dir='+' if g > 0 else '-')
    w = '增长' if g > 0 else '下降'
    s = f'门诊收入{I}元，门诊{V_}人次，门诊次均费用{A}元，较上年的{LY}元{w}{G}。'
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '次均费用=收入/人次；次均费用的同比', which)


@style('p_hosp_avg_stay', 'pct', 'ci', '平均住院日=出院者占用总床日数/出院人数')
def _p32(c):
    r = c.r
    dis = r.randint(5000, 90000)
    bd = int(dis * r.uniform(5.5, 11.0))
    d = 1 if c.coin(0.8) else 2
    v, what = rstate(c, Fr(bd, dis), d, over_ok=True, lo=1, base=Fr(3, 10))
    DL, BL, S = c.i(dis), c.i(bd), c.x(v, d)
    c.add('avg', num=BL, den=DL, stated=S)
    s = c.ch([f'出院{DL}人次，出院者占用总床日数{BL}日，平均住院日{S}天。',
              f'平均住院日{S}天（出院者占用总床日{BL}日，出院人数{DL}人）。'])
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '平均住院日', what)


@style('p_hosp_surgery_share', 'pct', 'ci', '三、四级手术占比=(三级+四级)/手术总台次（分子为两项之和）')
def _p33(c):
    r = c.r
    g3, g4 = r.randint(500, 9000), r.randint(100, 4000)
    g12 = r.randint(1000, 15000)
    T = g12 + g3 + g4
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(g3 + g4, T) * 100, d)
    TL, A, B, S = c.i(T), c.i(g3), c.i(g4), c.p(v, d)
    c.add('rate', num=[A, B], den=TL, stated=S)
    s = c.ch([f'全年完成手术{TL}台次，其中三级手术{A}台次、四级手术{B}台次，三、四级手术占比{S}。',
              f'三级手术{A}台次，四级手术{B}台次，占手术总量（{TL}台次）的{S}。'])
    return fin(c, wrap(c, [s], 'hosp', org_kind='hosp'), '(三级+四级)/总台次', what)


@style('p_maternal_infant', 'pct', 'ci', '孕产妇死亡率（/10万）与婴儿死亡率（‰），分母为活产数')
def _p34(c):
    r = c.r
    births = r.randint(3000, 60000)
    mm = r.randint(0, 6)
    inf = r.randint(5, max(6, births // 250))
    d1, d2 = c.ch([1, 2]), c.ch([1, 2])
    t1, t2 = Fr(mm, births) * 100000, Fr(inf, births) * 1000
    if is_tie(t1, d1) or is_tie(t2, d2):
        raise Retry()
    v1, v2 = rnd(t1, d1), rnd(t2, d2)
    what = None
    if c.bad:
        if c.coin() and mm > 0:
            v1 = bad_value(r, t1, d1, base=Fr(1), lo=D('0.1'))
            what = 'maternal'
        else:
            v2 = bad_value(r, t2, d2, lo=D('0.1'))
            what = 'infant'
    B, M, I = c.i(births), c.i(mm), c.i(inf)
    S1 = c.p(v1, d1, sign='/10万')
    S2 = c.p(v2, d2, sign='‰')
    c.add('rate', num=M, den=B, stated=S1, scale=100000)
    c.add('rate', num=I, den=B, stated=S2, scale=1000)
    s = (f'全年活产{B}人，孕产妇死亡{M}人，孕产妇死亡率{S1}；婴儿死亡{I}人，婴儿死亡率{S2}。')
    return fin(c, wrap(c, [s], 'hosp', org_kind='gov'), '每10万活产与每千活产', what)


@style('p_rain_cheng', 'pct', 'ci', '降水量较常年偏多/偏少X成（成=十分之一，按整成四舍五入）')
def _p35(c):
    r = c.r
    for _ in range(200):
        normal = r.randint(3000, 16000)   # 0.1 mm
        k = r.randint(1, 6) if c.coin(0.55) else -r.randint(1, 5)
        act = int(normal * (1 + k / 10 + r.uniform(-0.03, 0.03)))
        true = (Fr(act) - normal) / normal * 10
        if abs(true - k) < Fr(2, 5):
            break
    up = k > 0
    st = abs(k)
    what = None
    if c.bad:
        st = abs(k) + 2 if c.coin() or abs(k) <= 2 else abs(k) - 2
        what = 'cheng'
    A, N_ = c.u(act, 1), c.u(normal, 1)
    S = L(cn_int(st, liang=True), st) if c.coin(0.5) else c.x(st, 0)
    c.add('cheng', old=N_, new=A, stated=S, dir='+' if up else '-')
    per = c.ch(['汛期', '6月', '7月', '夏季', '1—8月', '主汛期'])
    w = '偏多' if up else '偏少'
    s = c.ch([f'{per}全市平均降水量{A}毫米，较常年同期（{N_}毫米）{w}{S}成。',
              f'{per}累计降水{A}毫米，常年同期为{N_}毫米，{w}{S}成。'])
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '偏多/偏少X成（成=十分之一，按整成四舍五入）', what)


@style('p_rain_pct_vs_normal', 'pct', 'ci', '降水量/来水量较常年或上年偏多/偏少X%')
def _p36(c):
    r = c.r
    what_ = c.ch([('降水量', '毫米', 1, None, 3000, 18000), ('入库水量', '立方米', 0, '万', 2000, 90000),
                  ('径流量', '立方米', 2, '亿', 2000, 90000)])
    d = c.ch([0, 1])
    for _ in range(100):
        normal = r.randint(what_[4], what_[5])
        act = int(normal * r.uniform(0.45, 1.6))
        true = (Fr(act) - normal) / normal * 100
        if not is_tie(abs(true), d) and act != normal:
            break
    up = act > normal
    v, what = rstate(c, abs(true), d, over_ok=True, lo=D('0.1'))
    A, N_ = c.u(act, what_[2], what_[3]), c.u(normal, what_[2], what_[3])
    S = c.p(v, d)
    c.add('growth', old=N_, new=A, stated=S, dir='+' if up else '-')
    w = '偏多' if up else '偏少'
    ref = c.ch(['常年同期', '多年平均', '上年同期'])
    s = f'{c.ch(["全年", "汛期", "1—9月"])}{what_[0]}{A}{what_[1]}，较{ref}（{N_}{what_[1]}）{w}{S}。'
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '距平百分率', what)


@style('p_reservoir_rate', 'pct', 'ci', '水库蓄水率=蓄水量/兴利库容（或正常蓄水位库容）')
def _p37(c):
    r = c.r
    cap = r.randint(500, 90000)
    st_ = int(cap * r.uniform(0.35, 0.98))
    d = c.ch([0, 1, 1, 2])
    v, what = rstate(c, Fr(st_, cap) * 100, d)
    big = c.coin()
    if big:
        C, S_ = c.u(cap, 2, '亿'), c.u(st_, 2, '亿')
    else:
        C, S_ = c.u(cap, 0, '万'), c.u(st_, 0, '万')
    P = c.p(v, d)
    c.add('rate', num=S_, den=C, stated=P)
    name = f'{nm2(r)}水库'
    s = c.ch([f'{name}当前蓄水量{S_}立方米，兴利库容{C}立方米，蓄水率{P}。',
              f'全市大中型水库蓄水{S_}立方米，占正常蓄水位相应库容（{C}立方米）的{P}。'])
    return fin(c, wrap(c, [s], 'meteo', org_kind='dept'), '蓄水率', what)


@style('p_air_quality_days', 'pct', 'ci', '空气优良天数比例：分母为全年天数（闰年366天）或注明的有效监测天数')
def _p38(c):
    r = c.r
    yr = c.year
    explicit = c.coin(0.4)
    ndays = 366 if yr % 4 == 0 else 365
    if explicit:
        ndays = r.randint(ndays - 6, ndays)
    good = r.randint(int(ndays * 0.7), ndays - 3)
    d = c.ch([1, 1, 2])
    true = Fr(good, ndays) * 100
    v, what = rstate(c, true, d)
    if c.bad and not explicit and c.coin(0.5):
        other = 365 if ndays == 366 else 366
        alt = Fr(good, other) * 100
        vv = rnd(alt, d)
        if abs(Fr(vv) - true) >= gap_needed(d, '0.5'):
            v, what = vv, 'computed over the wrong number of days'
    G, S = c.i(good), c.p(v, d)
    if explicit:
        N_ = c.i(ndays)
        c.add('rate', num=G, den=N_, stated=S)
        s = f'{yr}年，城区有效监测天数{N_}天，空气质量优良天数{G}天，优良天数比例{S}。'
    else:
        c.add('rate', num=G, den_year=yr, stated=S)
        s = f'{yr}年城区空气质量优良天数{G}天，优良天数比例{S}{c.ch(["。", "，PM2.5年均浓度持续下降。"])}'
    return fin(c, wrap(c, [s], 'env', org_kind='gov'), f'优良天数/{"有效监测天数" if explicit else "全年天数"}', what)


@style('p_pollutant_decline', 'pct', 'ci', 'PM2.5/PM10年均浓度由A降至B微克/立方米，下降X%')
def _p39(c):
    r = c.r
    pol = c.ch(['PM2.5', 'PM10', '二氧化氮', '细颗粒物（PM2.5）'])
    dec = c.ch([0, 0, 1])
    for _ in range(100):
        old = r.randint(25, 80) * 10 ** dec + (r.randint(0, 9) if dec else 0)
        new = int(old * r.uniform(0.75, 0.97))
        true = (Fr(old) - new) / old * 100
        d = c.ch([1, 1, 0])
        if not is_tie(true, d) and new < old:
            break
    v, what = rstate(c, true, d, lo=D('0.1'))
    O, N_, S = c.u(old, dec), c.u(new, dec), c.p(v, d)
    c.add('growth', old=O, new=N_, stated=S, dir='-')
    s = c.ch([f'{pol}年均浓度由{O}微克/立方米降至{N_}微克/立方米，下降{S}。',
              f'{pol}平均浓度{N_}微克/立方米，同比下降{S}（上年{O}微克/立方米）。'])
    return fin(c, wrap(c, [s], 'env', org_kind='gov'), '浓度下降率', what)


@style('p_water_sections', 'pct', 'ci', '国省考断面水质优良比例（小分母：17个中15个）')
def _p40(c):
    r = c.r
    n = r.randint(6, 45)
    good = r.randint(max(1, int(n * 0.6)), n)
    d = c.ch([1, 1, 2, 0])
    v, what = rstate(c, Fr(good, n) * 100, d)
    N_, G, S = c.i(n), c.i(good), c.p(v, d)
    c.add('rate', num=G, den=N_, stated=S)
    s = c.ch([f'{N_}个国省考断面中，水质优良（达到或优于Ⅲ类）断面{G}个，优良比例{S}。',
              f'全市纳入考核的{N_}个地表水断面，Ⅰ—Ⅲ类水质断面{G}个，占{S}。'])
    return fin(c, wrap(c, [s], 'env', org_kind='gov'), '小分母比例（Ⅲ类等罗马数字不是数值）', what)


@style('p_forest_cover_units', 'pct', 'ci', '森林覆盖率：森林面积（公顷/万亩）与国土面积（平方公里）单位不同，需换算')
def _p41(c):
    r = c.r
    area = r.randint(800, 9000)             # km2
    rate_ = r.uniform(0.3, 0.75)
    if c.coin():
        forest = int(area * 100 * rate_)   # hectares
        scale = '1'                         # ha / (km2*100) * 100
        F_ = c.i(forest)
        unit = '公顷'
        true = Fr(forest) / area
    else:
        forest_mu = int(area * 1500 * rate_ / 100) * 100   # 亩, whole hundreds
        scale = '1/15'                      # mu / (km2*1500) * 100
        F_ = c.u(forest_mu // 100, 2, '万')
        unit = '亩'
        true = Fr(forest_mu) / (area * 1500) * 100
    d = c.ch([1, 2])
    v, what = rstate(c, true, d)
    A, S = c.i(area), c.p(v, d)
    c.add('rate', num=F_, den=A, stated=S, scale=scale)
    s = f'全县国土面积{A}平方公里，森林面积{F_}{unit}，森林覆盖率{S}。'
    return fin(c, wrap(c, [s], 'agri', org_kind='gov'), f'森林覆盖率（{unit}换算为平方公里）', what)


@style('p_tour_recover_2019', 'pct', 'ci', '“按可比口径恢复至2019年同期的X%”（可超过100%），两期数值均给出')
def _p42(c):
    r = c.r
    base = r.randint(3000, 90000)
    now = int(base * r.uniform(0.6, 1.35))
    d = c.ch([1, 1, 2])
    v, what = rstate(c, Fr(now, base) * 100, d, over_ok=True, lo=1)
    hol = c.ch(['春节假期', '“五一”假期', '国庆假期', '端午假期'])
    N_, B, S = c.u(now, 2, '万'), c.u(base, 2, '万'), c.p(v, d)
    c.add('rate', num=N_, den=B, stated=S)
    s = c.ch([f'{hol}全县接待游客{N_}人次，按可比口径恢复至2019年同期（{B}人次）的{S}。',
              f'{hol}累计接待游客{N_}人次，2019年同期为{B}人次，恢复至{S}。'])
    return fin(c, wrap(c, [s], 'tour', org_kind='gov'), '恢复率=本期/2019同期（可>100%）', what)


@style('p_tour_holiday_yoy', 'pct', 'ci', '假日游客量与旅游收入各自同比（万人次、亿元），两处同比只错一处')
def _p43(c):
    r = c.r
    d = c.ch([1, 2])
    v0 = r.randint(3000, 90000)
    v1 = int(v0 * r.uniform(0.9, 1.6))
    m0 = r.randint(100, 9000)
    m1 = int(m0 * r.uniform(0.9, 1.8))
    g1 = (Fr(v1) - v0) / v0 * 100
    g2 = (Fr(m1) - m0) / m0 * 100
    if is_tie(abs(g1), d) or is_tie(abs(g2), d) or g1 == 0 or g2 == 0:
        raise Retry()
    s1, s2 = rnd(abs(g1), d), rnd(abs(g2), d)
    what = None
    if c.bad:
        if c.coin():
            s1 = bad_value(r, abs(g1), d, lo=D('0.1'))
            what = 'visitors yoy'
        else:
            s2 = bad_value(r, abs(g2), d, lo=D('0.1'))
            what = 'revenue yoy'
    V1, V0, M1, M0 = c.u(v1, 2, '万'), c.u(v0, 2, '万'), c.u(m1, 2, '亿'), c.u(m0, 2, '亿')
    S1, S2 = c.p(s1, d), c.p(s2, d)
    c.add('growth', old=V0, new=V1, stated=S1, dir='+' if g1 > 0 else '-')
    c.add('growth', old=M0, new=M1, stated=S2, dir='+' if g2 > 0 else '-')
    w1, w2 = ('增长' if g1 > 0 else '下降'), ('增长' if g2 > 0 else '下降')
    hol = c.ch(['国庆假期', '春节假期', '“五一”假期'])
    s = (f'{hol}，全市接待游客{V1}人次，同比{w1}{S1}（上年同期{V0}人次）；实现旅游收入{M1}元，'
         f'同比{w2}{S2}（上年同期{M0}元）。')
    return fin(c, wrap(c, [s], 'tour', org_kind='gov'), '两项同比', what)


@style('p_hotel_occupancy', 'pct', 'ci', '酒店平均客房出租率=已出租间夜/可供出租间夜')
def _p44(c):
    r = c.r
    rooms = r.randint(200, 9000)
    nights = c.ch([3, 5, 7])
    avail = rooms * nights
    sold = int(avail * r.uniform(0.45, 0.97))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(sold, avail) * 100, d)
    A, S_, P = c.i(avail), c.i(sold), c.p(v, d)
    c.add('rate', num=S_, den=A, stated=P)
    s = c.ch([f'假期{cn_int(nights)}天，全市重点监测酒店可供出租客房{A}间夜，实际出租{S_}间夜，平均出租率{P}。',
              f'重点酒店平均出租率{P}（出租{S_}间夜/可供{A}间夜）。'])
    return fin(c, wrap(c, [s], 'tour', org_kind='gov'), '出租率', what)


@style('p_online_retail_share', 'pct', 'ci', '网上零售额占社会消费品零售总额比重（亿元）')
def _p45(c):
    r = c.r
    tot = r.randint(5000, 900000)
    onl = int(tot * r.uniform(0.08, 0.45))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(onl, tot) * 100, d)
    T, O, S = c.u(tot, 2, '亿'), c.u(onl, 2, '亿'), c.p(v, d)
    c.add('rate', num=O, den=T, stated=S)
    kind = c.ch(['网上零售额', '实物商品网上零售额', '限上单位通过公共网络实现的零售额'])
    s = c.ch([f'社会消费品零售总额{T}元，{kind}{O}元，占社会消费品零售总额的比重为{S}。',
              f'{kind}{O}元，占社会消费品零售总额（{T}元）的{S}。'])
    return fin(c, wrap(c, [s], 'post', org_kind='gov'), '网零占社零比重', what)


@style('p_livestream_growth', 'pct', 'ci', '直播电商：场次、销售额（万元）与销售额同比')
def _p46(c):
    r = c.r
    d = c.ch([1, 2])
    old = r.randint(5000, 900000)
    new = int(old * r.uniform(1.05, 2.2))
    g = (Fr(new) - old) / old * 100
    v, what = rstate(c, g, d, over_ok=True, lo=D('0.1'))
    n = c.i(r.randint(200, 30000))
    N_, O, S = c.u(new, 2, '万'), c.u(old, 2, '万'), c.p(v, d)
    c.add('growth', old=O, new=N_, stated=S, dir='+')
    s = c.ch([f'全年开展直播带货{n}场次，实现直播电商销售额{N_}元，同比增长{S}（上年{O}元）。',
              f'直播电商销售额由上年的{O}元增至{N_}元，增长{S}，累计直播{n}场次。'])
    return fin(c, wrap(c, [s], 'post', org_kind='gov'), '直播销售额同比（场次独立）', what)


@style('p_express_yoy', 'pct', 'ci', '快递业务量与业务收入两项同比（万件、亿元），只错一处')
def _p47(c):
    return _p43_like(c, ('快递业务量', '件', '万', 30000, 3000000), ('快递业务收入', '元', '亿', 100, 9000), 'post')


def _p43_like(c, a, b, sec):
    r = c.r
    d = c.ch([1, 2])
    v0 = r.randint(a[3], a[4])
    v1 = int(v0 * r.uniform(0.9, 1.5))
    m0 = r.randint(b[3], b[4])
    m1 = int(m0 * r.uniform(0.9, 1.5))
    g1 = (Fr(v1) - v0) / v0 * 100
    g2 = (Fr(m1) - m0) / m0 * 100
    if is_tie(abs(g1), d) or is_tie(abs(g2), d) or g1 == 0 or g2 == 0:
        raise Retry()
    s1, s2 = rnd(abs(g1), d), rnd(abs(g2), d)
    what = None
    if c.bad:
        if c.coin():
            s1 = bad_value(r, abs(g1), d, lo=D('0.1'))
            what = 'first yoy'
        else:
            s2 = bad_value(r, abs(g2), d, lo=D('0.1'))
            what = 'second yoy'
    V1, V0, M1, M0 = c.u(v1, 2, a[2]), c.u(v0, 2, a[2]), c.u(m1, 2, b[2]), c.u(m0, 2, b[2])
    S1, S2 = c.p(s1, d), c.p(s2, d)
    c.add('growth', old=V0, new=V1, stated=S1, dir='+' if g1 > 0 else '-')
    c.add('growth', old=M0, new=M1, stated=S2, dir='+' if g2 > 0 else '-')
    w1, w2 = ('增长' if g1 > 0 else '下降'), ('增长' if g2 > 0 else '下降')
    s = c.ch([f'{a[0]}完成{V1}{a[1]}，上年{V0}{a[1]}，同比{w1}{S1}；{b[0]}{M1}{b[1]}，上年{M0}{b[1]}，同比{w2}{S2}。',
              f'{a[0]}{V1}{a[1]}、{b[0]}{M1}{b[1]}，分别比上年（{V0}{a[1]}、{M0}{b[1]}）{w1}{S1}和{w2}{S2}。'])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '两项同比', what)


@style('p_crossborder_share', 'pct', 'ci', '跨境电商进出口额占外贸进出口总额比重（亿元与万元混写）')
def _p48(c):
    r = c.r
    tot = r.randint(3000, 90000)           # 0.01亿
    cb = int(tot * r.uniform(0.03, 0.3))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(cb, tot) * 100, d)
    T = c.u(tot, 2, '亿')
    CB = c.u(cb * 100, 0, '万') if c.coin() and cb < 5000 else c.u(cb, 2, '亿')
    S = c.p(v, d)
    c.add('rate', num=CB, den=T, stated=S)
    s = f'全市外贸进出口总额{T}元，其中跨境电商进出口{CB}元，占{S}。'
    return fin(c, wrap(c, [s], 'post', org_kind='gov'), '跨境电商占比（亿/万换算）', what)


@style('p_patent_type_shares', 'pct', 'ci', '发明专利占专利授权总量比重；可同时给两类占比')
def _p49(c):
    r = c.r
    inv, um, ds = r.randint(50, 4000), r.randint(300, 12000), r.randint(50, 4000)
    T = inv + um + ds
    d = c.ch([1, 2])
    t1, t2 = Fr(inv, T) * 100, Fr(um, T) * 100
    if is_tie(t1, d) or is_tie(t2, d):
        raise Retry()
    v1, v2 = rnd(t1, d), rnd(t2, d)
    what = None
    if c.bad:
        if c.coin():
            v1 = bad_value(r, t1, d, lo=0, hi=D(100))
            what = 'invention share'
        else:
            v2 = bad_value(r, t2, d, lo=0, hi=D(100))
            what = 'utility share'
    TL, I, U, X = c.i(T), c.i(inv), c.i(um), c.i(ds)
    S1, S2 = c.p(v1, d), c.p(v2, d)
    c.add('sum', total=TL, parts=[I, U, X])
    c.add('rate', num=I, den=TL, stated=S1)
    c.add('rate', num=U, den=TL, stated=S2)
    s = (f'全年授权专利{TL}件，其中发明专利{I}件、占{S1}，实用新型专利{U}件、占{S2}，外观设计专利{X}件。')
    return fin(c, wrap(c, [s], 'ip', org_kind='dept'), '专利类型占比', what)


@style('p_patent_per_10k', 'pct', 'ci', '每万人口高价值发明专利拥有量=拥有量/常住人口（万人）')
def _p50(c):
    r = c.r
    pop = r.randint(2000, 90000)     # 0.01万人
    per = r.uniform(2, 40)
    n = int(pop / 100 * per)
    d = c.ch([1, 2])
    true = Fr(n) / (Fr(pop) * 100) * 10000
    v, what = rstate(c, true, d, over_ok=True, lo=D('0.1'))
    N_, P, S = c.i(n), c.u(pop, 2, '万'), c.x(v, d)
    c.add('rate', num=N_, den=P, stated=S, scale=10000)
    kind = c.ch(['高价值发明专利', '发明专利'])
    s = c.ch([f'全市拥有有效{kind}{N_}件，按常住人口{P}人计算，每万人口{kind}拥有量达{S}件。',
              f'每万人口{kind}拥有量{S}件（有效{kind}{N_}件，常住人口{P}人）。'])
    return fin(c, wrap(c, [s], 'ip', org_kind='dept'), '每万人口拥有量', what)


@style('p_pct_applications_growth', 'pct', 'ci', 'PCT国际专利申请量同比（小数目，增长率可很大）')
def _p51(c):
    r = c.r
    old = r.randint(5, 300)
    new = int(old * r.uniform(1.05, 2.5))
    if new == old:
        raise Retry()
    d = c.ch([1, 2])
    v, what = rstate(c, (Fr(new) - old) / old * 100, d, over_ok=True, lo=D('0.1'))
    O, N_, S = c.i(old), c.i(new), c.p(v, d)
    c.add('growth', old=O, new=N_, stated=S, dir='+')
    s = c.ch([f'PCT国际专利申请{N_}件，较上年的{O}件增长{S}。', f'通过PCT途径提交国际专利申请{N_}件，同比增长{S}（上年{O}件）。'])
    return fin(c, wrap(c, [s], 'ip', org_kind='dept'), 'PCT申请同比', what)


@style('p_boxoffice_growth', 'pct', 'ci', '电影票房与观影人次两项同比（万元、万人次）')
def _p52(c):
    return _p43_like(c, ('观影人次', '人次', '万', 3000, 60000), ('电影票房', '元', '万', 120000, 2400000), 'culture')


@style('p_library_digital_share', 'pct', 'ci', '图书馆线上服务人次占总服务人次比重（万人次）')
def _p53(c):
    r = c.r
    tot = r.randint(2000, 90000)
    on = int(tot * r.uniform(0.2, 0.7))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(on, tot) * 100, d)
    T, O, S = c.u(tot, 2, '万'), c.u(on, 2, '万'), c.p(v, d)
    c.add('rate', num=O, den=T, stated=S)
    lib = f'{city(r)}图书馆'
    s = f'{lib}全年服务读者{T}人次，其中数字资源线上服务{O}人次，占{S}。'
    return fin(c, wrap(c, [s], 'culture', org_kind='dept'), '线上服务占比', what)


@style('p_museum_minors_share', 'pct', 'ci', '博物馆未成年观众（人次）占观众总数（万人次）比重')
def _p54(c):
    r = c.r
    tot = r.randint(300, 9000) * 100
    mi = r.randint(int(tot * 0.1), int(tot * 0.5))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(mi, tot) * 100, d)
    T, M, S = c.u(tot // 100, 2, '万'), c.i(mi), c.p(v, d)
    c.add('rate', num=M, den=T, stated=S)
    mus = f'{city(r)}博物馆'
    s = f'{mus}接待观众{T}人次，其中未成年观众{M}人次，占{S}。'
    return fin(c, wrap(c, [s], 'culture', org_kind='dept'), '万人次与人次换算后的占比', what)


@style('p_insurance_coverage', 'pct', 'ci', '基本医保/养老保险参保率（万人两位小数）')
def _p55(c):
    r = c.r
    base = r.randint(5000, 300000)
    ins = int(base * r.uniform(0.9, 0.995))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(ins, base) * 100, d)
    B, I, S = c.u(base, 2, '万'), c.u(ins, 2, '万'), c.p(v, d)
    c.add('rate', num=I, den=B, stated=S)
    kind = c.ch(['基本医疗保险', '城乡居民基本养老保险', '基本医保'])
    s = c.ch([f'户籍人口{B}人，参加{kind}{I}人，参保率{S}。', f'{kind}参保{I}人，参保率稳定在{S}（应参保{B}人）。'])
    return fin(c, wrap(c, [s], 'civil', org_kind='gov'), '参保率', what)


@style('p_vaccination_two_rates', 'pct', 'ci', '目标人群、首针与全程接种人数及两个接种率')
def _p56(c):
    r = c.r
    T = r.randint(3000, 90000)
    first = int(T * r.uniform(0.85, 0.99))
    full = int(first * r.uniform(0.85, 0.99))
    d = c.ch([1, 2])
    t1, t2 = Fr(first, T) * 100, Fr(full, T) * 100
    if is_tie(t1, d) or is_tie(t2, d):
        raise Retry()
    v1, v2 = rnd(t1, d), rnd(t2, d)
    what = None
    if c.bad:
        if c.coin():
            v1 = bad_value(r, t1, d, lo=0, hi=D(100))
            what = 'first dose rate'
        else:
            v2 = bad_value(r, t2, d, lo=0, hi=D(100))
            what = 'full course rate'
    TL, F1, F2 = c.i(T), c.i(first), c.i(full)
    S1, S2 = c.p(v1, d), c.p(v2, d)
    c.add('rate', num=F1, den=TL, stated=S1)
    c.add('rate', num=F2, den=TL, stated=S2)
    grp = c.ch(['60岁以上人群', '适龄儿童', '目标人群', '80岁以上老年人'])
    s = f'{grp}{TL}人，首针接种{F1}人、接种率{S1}，全程接种{F2}人、全程接种率{S2}。'
    return fin(c, wrap(c, [s], 'hosp', org_kind='gov'), '两个接种率', what)


@style('p_school_pass_excellent', 'pct', 'ci', '参考人数、合格与优秀人数、合格率与优秀率')
def _p57(c):
    r = c.r
    T = r.randint(100, 5000)
    ok_ = int(T * r.uniform(0.85, 0.99))
    ex = int(T * r.uniform(0.15, 0.5))
    d = c.ch([1, 2])
    t1, t2 = Fr(ok_, T) * 100, Fr(ex, T) * 100
    if is_tie(t1, d) or is_tie(t2, d):
        raise Retry()
    v1, v2 = rnd(t1, d), rnd(t2, d)
    what = None
    if c.bad:
        if c.coin():
            v1 = bad_value(r, t1, d, lo=0, hi=D(100))
            what = 'pass rate'
        else:
            v2 = bad_value(r, t2, d, lo=0, hi=D(100))
            what = 'excellence rate'
    TL, O, E = c.i(T), c.i(ok_), c.i(ex)
    S1, S2 = c.p(v1, d), c.p(v2, d)
    c.add('rate', num=O, den=TL, stated=S1)
    c.add('rate', num=E, den=TL, stated=S2)
    exam = c.ch(['初中学业水平考试', '体质健康测试', '期末统考', '学业水平合格性考试'])
    s = f'{exam}全{c.ch(["县", "区", "校"])}参考{TL}人，合格{O}人，合格率{S1}；优秀{E}人，优秀率{S2}。'
    return fin(c, wrap(c, [s], 'school', org_kind='school'), '合格率、优秀率', what)


@style('p_target_completion', 'pct', 'ci', '“完成年度目标的X%”（可超过100%）')
def _p58(c):
    r = c.r
    t = c.ch(GROWTH_TOPICS)
    tgt = r.randint(t[4], t[5])
    act = int(tgt * r.uniform(0.6, 1.3))
    d = c.ch([1, 1, 2, 0])
    v, what = rstate(c, Fr(act, tgt) * 100, d, over_ok=True, lo=1)
    T, A, S = gl(c, t, tgt), gl(c, t, act), c.p(v, d)
    c.add('rate', num=A, den=T, stated=S)
    u = t[1]
    s = c.ch([f'{t[0]}完成{A}{u}，为年度目标（{T}{u}）的{S}。',
              f'年度目标{t[0]}{T}{u}，实际完成{A}{u}，完成年度目标的{S}。'])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '完成率=完成/目标（可>100%）', what)


@style('p_budget_exec_rate', 'pct', 'ci', '预算执行率/资金支出进度=已支出/预算（万元）')
def _p59(c):
    r = c.r
    bud = r.randint(1000, 900000)
    sp = int(bud * r.uniform(0.5, 0.99))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(sp, bud) * 100, d)
    B, Sp, S = c.u(bud, 2, '万'), c.u(sp, 2, '万'), c.p(v, d)
    c.add('rate', num=Sp, den=B, stated=S)
    item = c.ch(['衔接推进乡村振兴补助资金', '部门预算', '中央直达资金', '政府专项债券资金'])
    s = c.ch([f'{item}下达{B}元，已支出{Sp}元，支出进度{S}。', f'{item}预算{B}元，执行{Sp}元，预算执行率{S}。'])
    return fin(c, wrap(c, [s], 'finance', org_kind='dept'), '执行率', what)


@style('p_debt_asset_ratio', 'pct', 'ci', '资产负债率=负债总额/资产总额（亿元）')
def _p60(c):
    r = c.r
    ass = r.randint(1000, 90000)
    liab = int(ass * r.uniform(0.3, 0.8))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(liab, ass) * 100, d)
    A, Lb, S = c.u(ass, 2, '亿'), c.u(liab, 2, '亿'), c.p(v, d)
    c.add('rate', num=Lb, den=A, stated=S)
    s = c.ch([f'年末资产总额{A}元，负债总额{Lb}元，资产负债率{S}。', f'公司负债{Lb}元，资产负债率{S}，资产总额{A}元。'])
    return fin(c, wrap(c, [s], 'company', org_kind='company'), '资产负债率', what)


@style('p_gross_margin', 'pct', 'ci', '毛利率=(营业收入−营业成本)/营业收入（分子需先做减法）')
def _p61(c):
    r = c.r
    rev = r.randint(5000, 900000)
    cost = int(rev * r.uniform(0.55, 0.9))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(rev - cost, rev) * 100, d)
    R_, C_, S = c.u(rev, 2, '万'), c.u(cost, 2, '万'), c.p(v, d)
    c.add('rate', num=R_, num_sub=[C_], den=R_, stated=S)
    s = c.ch([f'实现营业收入{R_}元，营业成本{C_}元，综合毛利率{S}。', f'主营业务收入{R_}元、成本{C_}元，毛利率为{S}。'])
    return fin(c, wrap(c, [s], 'company', org_kind='company'), '毛利率', what)


@style('p_urbanization', 'pct', 'ci', '常住人口城镇化率=城镇人口/常住人口（万人）')
def _p62(c):
    r = c.r
    pop = r.randint(2000, 90000)
    urb = int(pop * r.uniform(0.35, 0.8))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(urb, pop) * 100, d)
    P, U, S = c.u(pop, 2, '万'), c.u(urb, 2, '万'), c.p(v, d)
    c.add('rate', num=U, den=P, stated=S)
    s = c.ch([f'年末常住人口{P}人，其中城镇人口{U}人，常住人口城镇化率{S}。', f'城镇常住人口{U}人，占常住人口（{P}人）的{S}。'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '城镇化率', what)


@style('p_satisfaction_survey', 'pct', 'ci', '满意度=(满意+基本满意)/有效问卷，分子为两项之和')
def _p63(c):
    r = c.r
    T = r.randint(200, 5000)
    a = int(T * r.uniform(0.6, 0.85))
    b = int(T * r.uniform(0.05, 0.15))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(a + b, T) * 100, d)
    TL, A, B, S = c.i(T), c.i(a), c.i(b), c.p(v, d)
    c.add('rate', num=[A, B], den=TL, stated=S)
    s = f'共回收有效问卷{TL}份，其中“满意”{A}份、“基本满意”{B}份，综合满意率{S}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='dept'), '满意+基本满意', what)


@style('p_vote_approval', 'pct', 'ci', '赞成票占实到人数比例')
def _p64(c):
    r = c.r
    pres = r.randint(30, 500)
    yes = r.randint(int(pres * 0.8), pres)
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(yes, pres) * 100, d)
    P, Y, S = c.i(pres), c.i(yes), c.p(v, d)
    c.add('rate', num=Y, den=P, stated=S)
    s = f'会议实到代表{P}名，{c.ch(["该议案", "决议草案", "选举办法"])}以{Y}票赞成获得通过，赞成票占实到代表的{S}。'
    return fin(c, s, '赞成率', what)


@style('p_sex_ratio', 'pct', 'ci', '出生人口性别比=男婴/女婴×100（不是百分比，无%号）')
def _p65(c):
    r = c.r
    f = r.randint(1000, 30000)
    m = int(f * r.uniform(1.02, 1.15))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(m, f) * 100, d, over_ok=True, lo=50)
    M, F_, S = c.i(m), c.i(f), c.x(v, d)
    c.add('rate', num=M, den=F_, stated=S)
    s = f'全年出生男婴{M}人、女婴{F_}人，出生人口性别比为{S}（女性为100）。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '性别比（以女=100）', what)


@style('p_birth_rate_permille', 'pct', 'ci', '人口出生率（‰）=出生人口/年平均常住人口（万人）×1000')
def _p66(c):
    r = c.r
    pop = r.randint(3000, 90000)     # 0.01万
    b = int(pop * 100 * r.uniform(0.005, 0.011))
    d = c.ch([2, 2, 1])
    v, what = rstate(c, Fr(b) / (Fr(pop) * 100) * 1000, d, over_ok=True, lo=D('0.1'))
    B, P = c.i(b), c.u(pop, 2, '万')
    S = c.p(v, d, sign='‰')
    c.add('rate', num=B, den=P, stated=S, scale=1000)
    s = f'全年出生人口{B}人，按年平均常住人口{P}人计算，人口出生率为{S}。'
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '千分率', what)


@style('p_share_wanrenci_vs_ren', 'pct', 'ci', '分子为人次、分母为万人次（或反之）的占比，需换算量级')
def _p67(c):
    r = c.r
    tot = r.randint(100, 9000) * 100
    part = r.randint(int(tot * 0.05), int(tot * 0.6))
    d = c.ch([1, 2])
    v, what = rstate(c, Fr(part, tot) * 100, d)
    T, P, S = c.u(tot // 100, 2, '万'), c.i(part), c.p(v, d)
    c.add('rate', num=P, den=T, stated=S)
    grp = c.ch(['研学团队', '入境游客', '老年游客', '省外游客'])
    s = f'{nm2(r)}景区全年接待游客{T}人次，其中{grp}{P}人次，占{S}。'
    return fin(c, wrap(c, [s], 'tour', org_kind='gov'), '人次/万人次换算', what)


@style('p_per_capita_avg', 'pct', 'ci', '户均/人均数=总额/户数（人数），元与万元换算')
def _p68(c):
    r = c.r
    n = r.randint(50, 20000)
    per = r.uniform(300, 8000)
    tot = int(n * per / 100) * 100
    d = c.ch([0, 1, 2])
    true = Fr(tot, n)
    v, what = rstate(c, true, d, over_ok=True, lo=1, base=true / 40)
    unit = c.ch(['户', '人'])
    N_, T, S = c.i(n), c.u(tot // 100, 2, '万'), c.x(v, d)
    c.add('avg', num=T, den=N_, stated=S)
    what_ = c.ch(['发放产业奖补资金', '兑现生态护林员补助', '发放高龄津贴', '发放耕地地力补贴', '分红'])
    s = f'{what_}{T}元，惠及{N_}{unit}，{unit}均{S}元。'
    return fin(c, wrap(c, [s], 'civil', org_kind='dept'), '均值=总额/对象数', what)


@style('p_mixed_mag_completion', 'pct', 'ci', '计划以亿元、完成以万元表示的完成率（量级不同）')
def _p69(c):
    r = c.r
    plan = r.randint(100, 9000)          # 0.01亿 = 100万
    done = int(plan * 100 * r.uniform(0.5, 1.2))   # 万
    d = c.ch([1, 1, 2])
    v, what = rstate(c, Fr(done, plan * 100) * 100, d, over_ok=True, lo=1)
    P, Dn, S = c.u(plan, 2, '亿'), c.u(done, 0, '万'), c.p(v, d)
    c.add('rate', num=Dn, den=P, stated=S)
    s = f'年度计划投资{P}元，已完成投资{Dn}元，完成率{S}。'
    return fin(c, wrap(c, [s], 'finance', org_kind='gov'), '亿元与万元之比', what)


@style('p_fullwidth_pct', 'pct', 'ci', '全角数字与全角百分号（９８．６７％）书写的率')
def _p70(c):
    c.f = F(c.r, 'fw')
    c.f.pctsign = '％'
    R = Rate(c).corrupt()
    Dn, N, S = R.lits()
    R.check(N, Dn, S)
    s = f'{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}，{R.name}{verb_rate(c)}{S}。'
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '全角率', R.what)


@style('p_chinese_pct', 'pct', 'ci', '汉字书写的百分数（百分之九十八点六）与汉字/阿拉伯数字的分子分母')
def _p71(c):
    c.f = F(c.r, 'cn')
    c.f.cnpct = True
    R = Rate(c, d=c.ch([0, 1])).corrupt()
    Dn, N, S = R.lits()
    R.check(N, Dn, S)
    s = c.ch([f'{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}，{R.name}为{S}。',
              f'{R.whole}{Dn}{R.unit}中{R.part}{N}{R.unit}，占{S}。'])
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '汉字百分数', R.what)


@style('p_approx_rate_yue', 'pct', 'ci', '“约98%”“近九成”式约数率：取整后与真值相符为一致（依赖“约”的取整）')
def _p72(c):
    R = Rate(c, d=0)
    r = c.r
    true = Fr(R.num, R.den) * 100
    word = c.ch(['约', '约', '近', '接近'])
    v = rnd(true, 0)
    if word in ('近', '接近') and Fr(v) <= true:
        raise Retry()
    what = None
    if c.bad:
        v = bad_value(r, true, 0, base=Fr(3), lo=1, hi=D(100))
        what = 'approximate rate far from the true value'
    Dn, N = c.i(R.den), c.i(R.num)
    S = c.p(v, 0)
    c.add('rate', num=N, den=Dn, stated=S)
    s = f'{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}，{R.name}{word}{S}。'
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), f'依赖“{word}”：率四舍五入到个位后与所写值相等' + ('（“近”时真值略低于所写值）' if word in ('近', '接近') else ''), what)


# ------------------------------------------------------------------ pct: malformed percentages
def pct_sentence(c, allow_standalone=False):
    """A sentence with one percentage slot {P}; returns (template, value, d, add_check)."""
    r = c.r
    kinds = ['rate', 'rate', 'share', 'growth'] + (['standalone'] if allow_standalone else [])
    kind = c.ch(kinds)
    if kind == 'rate':
        R = Rate(c)
        Dn, N = c.i(R.den), c.i(R.num)
        tpl = c.ch([f'{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}，{R.name}{verb_rate(c)}{{P}}。',
                    f'{R.name}{verb_rate(c)}{{P}}（{R.whole}{Dn}{R.unit}，{R.part}{N}{R.unit}）。'])
        return tpl, R.true_r, R.d, (lambda S: c.add('rate', num=N, den=Dn, stated=S)), R.sec
    if kind == 'share':
        whole, u, names, sec = c.ch(SHARE_TOPICS)
        d = c.ch([1, 2])
        T = r.randint(100, 20000)
        a = r.randint(int(T * 0.05), int(T * 0.9))
        v = ok_rate(a, T, d)
        if v is None:
            raise Retry()
        TL, AL = c.i(T), c.i(a)
        tpl = f'{whole}{TL}{u}，其中{c.ch(names)}{AL}{u}，占{{P}}。'
        return tpl, v, d, (lambda S: c.add('rate', num=AL, den=TL, stated=S)), sec
    if kind == 'growth':
        t = c.ch(GROWTH_TOPICS)
        d = c.ch([1, 2])
        old, new, true = gpair(c, t, 0.02, 0.4, d)
        A, B = gl(c, t, old), gl(c, t, new)
        tpl = f'{t[0]}{B}{t[1]}，比上年（{A}{t[1]}）增长{{P}}。'
        return tpl, rnd(true, d), d, (lambda S: c.add('growth', old=A, new=B, stated=S, dir='+')), t[6]
    d = c.ch([1, 2])
    v = D(r.randint(10, 900)).scaleb(-1) if d == 1 else D(r.randint(100, 9000)).scaleb(-2)
    tpl = c.ch([f'{c.ch(["规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "税收收入"])}同比增长{{P}}。',
                f'城镇调查失业率控制在{{P}}以内。', f'研发经费投入强度达到{{P}}。'])
    return tpl, v, d, None, 'gen'


def mal_token(c, v, d, kind):
    r = c.r
    num = f'{v:.{d}f}'
    if kind == 'placeholder':
        return c.ch(['xx%', 'XX%', 'xx.x%', 'x.xx%', '××%', 'XX.XX%', 'xxx%', 'xx％', 'X%'])
    if kind == 'space':
        return num + c.ch([' %', '　%', ' ％', '  %'])
    if kind == 'percent_first':
        return c.ch(['%', '％']) + num
    if kind == 'doubled':
        return num + c.ch(['%%', '％％', '%％', '％%'])
    if kind == 'cn_double':
        if c.coin():
            return '百分之' + num + c.ch(['%', '％'])
        return '百分之' + cn_dec(v, d) + c.ch(['%', '％'])
    if kind == 'decimal_mark':
        ip, _, fp = num.partition('.')
        if not fp:
            fp = '5'
        return ip + c.ch(['。', '·']) + fp + c.ch(['%', '％'])
    if kind == 'dots':
        ip, _, fp = num.partition('.')
        opts = [f'{ip}..{fp}%' if fp else f'{ip}..5%', f'{ip}.%', f'{ip}．．{fp or "0"}%']
        if fp and len(fp) >= 2:
            opts.append(f'{ip}.{fp[0]}.{fp[1:]}%')
        return c.ch(opts)
    raise ValueError(kind)


def malformed_style(c, kind):
    standalone = c.bad and c.coin(0.25)
    tpl, v, d, add, sec = pct_sentence(c, allow_standalone=standalone)
    if not c.bad:
        S = c.p(v, d)
        add(S)
        txt = tpl.replace('{P}', S.s)
        return fin(c, wrap(c, [txt], sec, org_kind='dept'), f'well-formed percentage (twin of the {kind} style)')
    tok = mal_token(c, v, d, kind)
    c.add('malformed', token=tok, kind=kind)
    txt = tpl.replace('{P}', tok)
    return fin(c, wrap(c, [txt], sec, org_kind='dept'), f'malformed percentage ({kind}); the arithmetic itself is not the issue', kind)


@style('p_mal_placeholder', 'pct', 'ci', '未填的占位百分数（xx%、XX.XX%、××%）；一致样本为正常百分数')
def _pm1(c):
    return malformed_style(c, 'placeholder')


@style('p_mal_space', 'pct', 'ci', '数字与%之间有空格（98.6 %、全角空格）；一致样本为正常写法')
def _pm2(c):
    return malformed_style(c, 'space')


@style('p_mal_percent_first', 'pct', 'ci', '%号写在数字前（%98.6）；一致样本为正常写法')
def _pm3(c):
    return malformed_style(c, 'percent_first')


@style('p_mal_doubled', 'pct', 'ci', '重复的百分号（98.6%%、98.6％％、%％）；一致样本为正常写法')
def _pm4(c):
    return malformed_style(c, 'doubled')


@style('p_mal_dots', 'pct', 'ci', '小数点错误（98..6%、98.%、98.6.7%）；一致样本为正常写法')
def _pm5(c):
    return malformed_style(c, 'dots')


@style('p_mal_cn_double', 'pct', 'ci', '“百分之”与%重复标记（百分之98.6%、百分之九十八点六%）；一致样本为正常写法')
def _pm7(c):
    return malformed_style(c, 'cn_double')


@style('p_mal_decimal_mark', 'pct', 'ci', '句号或间隔号误作小数点（98。6%、98·6%）；一致样本为正常写法')
def _pm8(c):
    return malformed_style(c, 'decimal_mark')


@style('p_mal_in_table', 'pct', 'ci', '表格“占比”列中一个单元格百分数格式错误（其余正确）；一致样本整表正确')
def _pm6(c):
    r = c.r
    no_cn(c)
    whole, u, names, sec = c.ch(SHARE_TOPICS)
    k = min(len(names), r.randint(2, 4))
    names = names[:k]
    T = r.randint(200, 20000)
    vals = split_total(r, T, k, max(1, T // 40))
    d = c.ch([1, 2])
    shares = [ok_rate(v, T, d) for v in vals]
    if any(s is None for s in shares) or sum(shares) != 100:
        raise Retry()
    TL = c.i(T)
    lits = [c.i(v) for v in vals]
    bad_j = r.randrange(k) if c.bad else -1
    sep = c.ch(['\t', ' | ', '\t'])
    lines = [f'{whole}构成', f'类别{sep}数量（{u}）{sep}占比']
    c.add('sum', total=TL, parts=lits)
    what = None
    for j, (n, l, s) in enumerate(zip(names, lits, shares)):
        if j == bad_j:
            kind = c.ch(['placeholder', 'space', 'percent_first', 'doubled', 'dots'])
            tok = mal_token(c, s, d, kind)
            c.add('malformed', token=tok, kind=kind)
            cell = tok
            what = f'row {j + 1} ({kind})'
        else:
            P = c.p(s, d)
            c.add('rate', num=l, den=TL, stated=P)
            cell = P.s
        lines.append(f'{n}{sep}{l}{sep}{cell}')
    lines.append(f'合计{sep}{TL}{sep}{c.p(D(100), 0)}')
    # the shares of the consistent table sum to exactly 100; in the inconsistent table only the format is wrong
    return fin(c, '\n'.join(lines), '表内百分数格式', what)


# ------------------------------------------------------------------ pct: negatives
@style('p_neg_pp_standalone', 'pct', 'n', '“提高2.5个百分点”只给本期值，无上期值，不可核算')
def _pn1(c):
    r = c.r
    name, sec, rg, dr = c.ch(PP_TOPICS)
    d = c.ch([1, 2])
    curv = r.randint(rg[0] * 10 ** d, rg[1] * 10 ** d)
    cur = c.p(D(curv).scaleb(-d), d)
    pp = c.x(D(r.randint(1, max(2, min(60, curv * 10 // 10 ** d // 4)))).scaleb(-1), 1)
    w = c.ch(['提高', '上升', '下降', '回落'])
    s = c.ch([f'{name}达到{cur}，比上年{w}{pp}个百分点。', f'{name}{cur}，较上年同期{w}{pp}个百分点。'])
    c.add('trap', kind='pp_without_base', literals=[cur.s, pp.s])
    return fin(c, wrap(c, [s], sec, org_kind='gov'), '百分点变化缺少基期值')


@style('p_neg_growth_over_100_standalone', 'pct', 'n', '单独给出的超过100%的增速（增长156.3%），无基数，不是错误')
def _pn2(c):
    r = c.r
    t = c.ch(GROWTH_TOPICS)
    g = c.p(D(r.randint(1005, 4000)).scaleb(-1), 1)
    B = gl(c, t, r.randint(t[4], t[5]))
    s = c.ch([f'{t[0]}{B}{t[1]}，同比增长{g}。', f'{t[0]}实现爆发式增长，增幅达{g}。', f'{t[0]}{B}{t[1]}，增速{g}，增幅居全市首位。'])
    c.add('trap', kind='growth_over_100_without_base', literals=[g.s])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '超过100%的增速无基数')


@style('p_neg_over_100_ok', 'pct', 'n', '可以超过100%的比率（病床使用率、恢复率、完成率、产销率）单独出现')
def _pn3(c):
    r = c.r
    v = c.p(D(r.randint(1001, 1350)).scaleb(-1), 1)
    s = c.ch([f'病床使用率{v}，平均住院日{c.x(D(r.randint(55, 110)).scaleb(-1), 1)}天。',
              f'国庆假期接待游客恢复至2019年同期的{v}。',
              f'城镇新增就业完成年度目标任务的{v}。',
              f'规模以上工业产品产销率{v}。',
              f'学前教育毛入园率{v}。'])
    c.add('trap', kind='rate_over_100_allowed', literals=[v.s])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '可超100%的比率')


@style('p_neg_multi_choice_survey', 'pct', 'n', '多选题各选项比例之和超过100%（注明可多选），不是错误')
def _pn4(c):
    r = c.r
    opts = r.sample(['办事流程繁琐', '停车难', '信息公开不及时', '窗口服务态度', '网上办理不便', '等候时间长'], r.randint(3, 4))
    d = c.ch([1, 0])
    for _ in range(100):
        vals = [r.randint(15 * 10 ** d, 70 * 10 ** d) for _ in opts]
        if sum(vals) > 100 * 10 ** d + 10 ** d:
            break
    ps = [c.p(D(v).scaleb(-d), d) for v in vals]
    n = c.i(r.randint(300, 3000))
    note = c.ch(['（本题为多选题）', '（可多选）', '（多项选择，比例之和大于100%）'])
    s = f'在回收的{n}份问卷中，群众反映较集中的问题{note}依次为：' + '、'.join(f'{o}（{p}）' for o, p in zip(opts, ps)) + '。'
    c.add('trap', kind='multiple_choice_shares', parts=ps, naive_over_100=True)
    return fin(c, wrap(c, [s], 'gen', org_kind='dept'), '多选比例之和>100%')


@style('p_neg_policy_rates', 'pct', 'n', '政策参数类百分数（征收率3%、缴费比例16%与8%、首付20%），不构成关系')
def _pn5(c):
    r = c.r
    P = c.p
    s = c.ch([
        f'对小规模纳税人适用{P(D(3), 0)}征收率的应税销售收入，减按{P(D(1), 0)}征收率征收增值税，全年惠及纳税人{c.i(r.randint(300, 9000))}户。',
        f'职工基本养老保险单位缴费比例为{P(D(16), 0)}，个人缴费比例为{P(D(8), 0)}；失业保险总费率继续阶段性降至{P(D(1), 0)}。',
        f'首套住房商业性个人住房贷款最低首付款比例调整为不低于{P(D(c.ch([15, 20, 25])), 0)}，公积金贷款利率下调{c.x(D("0.25"), 2)}个百分点。',
        f'项目竣工验收后按合同价款的{P(D(c.ch([3, 5])), 0)}预留质量保证金，其余按进度支付，农民工工资保证金按工程施工合同额的{P(D(c.ch([1, 2, 3])), 0)}缴存。',
        f'对年度绩效考核优秀的单位，按奖励性绩效工资总额的{P(D(r.randint(5, 20)), 0)}上浮，良好等次上浮{P(D(r.randint(1, 4)), 0)}。',
        f'住房公积金缴存比例统一为{P(D(c.ch([5, 8, 10, 12])), 0)}，困难企业可申请降至{P(D(5), 0)}。',
        f'对新招用高校毕业生的企业，按其缴纳社会保险费的{P(D(c.ch([50, 60, 80])), 0)}给予补贴，最长不超过{c.i(c.ch([6, 12, 24]))}个月。',
        f'贷款贴息按贷款市场报价利率的{P(D(c.ch([30, 50])), 0)}给予补助，单户贴息上限{c.i(c.ch([5, 10, 20]))}万元。'])
    c.add('trap', kind='policy_parameters', literals=[])
    return fin(c, wrap(c, [s], 'finance', org_kind='dept'), '政策参数')


@style('p_neg_different_wholes', 'pct', 'n', '占不同整体的比重并列（占全省的8.3%、占全市的38%），不能相加或互比')
def _pn6(c):
    r = c.r
    items = r.sample(['地区生产总值', '工业增加值', '税收收入', '进出口总额', '社会消费品零售总额', '常住人口'], 3)
    d = c.ch([1, 2])
    ps = [c.p(D(r.randint(20 * 10 ** d, 60 * 10 ** d)).scaleb(-d), d) for _ in items]
    s = f'{c.ch(["我县", "我区", "开发区"])}' + '，'.join(f'{it}占全{c.ch(["市", "省"])}的{p}' for it, p in zip(items, ps)) + '，经济首位度不断提升。'
    c.add('trap', kind='shares_of_different_wholes', parts=ps)
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '不同整体的比重')


@style('p_neg_header_pct_table', 'pct', 'n', '表头带“（%）”的增速表，单元格无%号、无基数，不可核算也不是格式错误')
def _pn7(c):
    r = c.r
    no_cn(c)
    inds = r.sample(['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入', '城乡居民人均可支配收入'], r.randint(3, 5))
    sep = c.ch(['\t', ' | ', '　'])
    hdr = c.ch(['增速（%）', '同比增长(%)', '比上年增长（%）'])
    lines = [f'{c.year}年主要经济指标完成情况', f'指标{sep}{hdr}{sep}全市位次']
    lits = []
    for it in inds:
        g = c.x(D(r.randint(-50, 150)).scaleb(-1), 1)
        lits.append(g.s)
        lines.append(f'{it}{sep}{g}{sep}{r.randint(1, 12)}')
    c.add('trap', kind='percent_in_header_only', literals=[hdr])
    return fin(c, '\n'.join(lines[:8]), '表头带%的增速表')


@style('p_neg_ranges_thresholds', 'pct', 'n', '区间与阈值（50%~60%、不低于90%、±5%、3%以内），不是算错也不是格式错')
def _pn8(c):
    r = c.r
    a = r.randint(3, 6) * 10
    s = c.ch([f'力争规上工业增加值增长{c.p(D(a // 10), 0)}—{c.p(D(a // 10 + 2), 0)}。',
              f'将重点项目资金拨付率提高到不低于{c.p(D(90), 0)}，误差控制在±{c.p(D(5), 0)}以内。',
              f'对企业研发投入增量部分给予{c.p(D(a), 0)}～{c.p(D(a + 10), 0)}的奖补。',
              f'城镇调查失业率控制在{c.p(D("5.5"), 1)}左右，居民消费价格涨幅{c.p(D(3), 0)}左右。',
              f'绿化覆盖率{c.p(D(40), 0)}以上，单位面积能耗下降{c.p(D(a // 10), 0)}至{c.p(D(a // 10 + 1), 0)}。'])
    c.add('trap', kind='ranges_and_thresholds', literals=[])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '区间/阈值')


@style('p_neg_times_standalone', 'pct', 'n', '单独的倍数（增长2.3倍、是全省平均的1.5倍），无基数', )
def _pn9(c):
    r = c.r
    t = c.ch(GROWTH_TOPICS)
    x = c.x(D(r.randint(11, 60)).scaleb(-1), 1)
    s = c.ch([f'{t[0]}增长{x}倍，增速居全省前列。', f'{t[0]}是全省平均水平的{x}倍。', f'{t[0]}相当于“十三五”末的{x}倍。'])
    c.add('trap', kind='multiple_without_base', literals=[x.s])
    return fin(c, wrap(c, [s], t[6], org_kind='gov'), '无基数的倍数')


@style('p_neg_rounded_shares_declared', 'pct', 'n', '构成比重因四舍五入合计为99.9%或100.1%，并注明“因四舍五入”')
def _pn10(c):
    r = c.r
    names = c.ch([['第一产业', '第二产业', '第三产业'], ['城镇', '乡村'], ['企业', '个体工商户', '农民专业合作社'], ['小学', '初中', '高中', '中职']])
    k = len(names)
    for _ in range(500):
        T = r.randint(300, 90000)
        vals = split_total(r, T, k, max(1, T // 20))
        shares = [ok_rate(v, T, 1) for v in vals]
        if None not in shares and sum(shares) != 100:
            break
    else:
        raise Retry()
    ps = [c.p(s, 1) for s in shares]
    s = f'{c.ch(["从结构看，", "按类别分，"])}' + '、'.join(f'{n}占{p}' for n, p in zip(names, ps)) + '。' + c.ch(['（因四舍五入，各项比重之和不等于100%。）', '注：比重合计因四舍五入存在尾差。', '（部分比重因四舍五入，合计不为100%）'])
    c.add('trap', kind='declared_rounding_shares', parts=ps, literals=['四舍五入'])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov', close_p=0), '四舍五入尾差已声明')


@style('p_neg_100pct_slogans', 'pct', 'n', '“100%”口号式指标（应保尽保100%、100%网上可办），无分子分母')
def _pn11(c):
    h = c.p(D(100), 0)
    subj = c.ch(['依申请政务服务事项', '脱贫人口', '农村低保对象', '行政村', '义务教育适龄儿童', '三级以上医院',
                 '重点排污单位', '新建住宅小区', '乡镇卫生院', '中小学校', '自然村', '农村寄宿制学校'])
    met = c.ch([f'{subj}实现{h}全覆盖', f'{subj}覆盖率达到{h}', f'{subj}{c.ch(["达标率", "完成率", "落实率"])}保持{h}',
                f'{subj}实现“应纳尽纳”，比例为{h}', f'实现{subj}“两个{h}”目标'])
    tail = c.ch(['，做到了“零遗漏”。', '，连续多年保持这一水平。', '。', '，相关工作走在全市前列。', '，群众获得感明显增强。'])
    s = met + tail
    c.add('trap', kind='one_hundred_percent_slogan', literals=[h.s])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '100%口号')


@style('p_neg_index_points', 'pct', 'n', '价格指数与景气指数（CPI 102.1、PMI 50.8%、上年=100）', )
def _pn12(c):
    r = c.r
    cpi = c.x(D(r.randint(985, 1040)).scaleb(-1), 1)
    pmi = c.p(D(r.randint(470, 530)).scaleb(-1), 1)
    s = c.ch([f'居民消费价格总水平指数为{cpi}（上年=100），其中食品烟酒类价格指数{c.x(D(r.randint(970, 1060)).scaleb(-1), 1)}。',
              f'制造业采购经理指数（PMI）为{pmi}，连续{c.i(r.randint(2, 8))}个月位于荣枯线以上。',
              f'工业生产者出厂价格指数{cpi}，购进价格指数{c.x(D(r.randint(970, 1060)).scaleb(-1), 1)}。'])
    c.add('trap', kind='price_and_business_indices', literals=[])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '指数不是比率关系')


@style('p_neg_rate_without_base', 'pct', 'n', '率与约数基数（1.2万余件、近千户）并列，无法精确核算')
def _pn13(c):
    r = c.r
    R = Rate(c)
    base = R.den
    mag = 10 ** max(1, len(str(base)) - 2)
    approx = (base // mag) * mag
    if approx == base:
        raise Retry()
    A = c.i(approx)
    S = c.p(R.true_r if c.coin(0.5) else D(r.randint(900, 999)).scaleb(-1), 1 if c.coin(0.5) else R.d)
    word = c.ch(['余', '多'])
    s = f'{R.whole}{A}{word}{R.unit}，{R.name}{verb_rate(c)}{S}，{c.ch(["群众满意度持续提升", "工作质效稳步提高", "位居全市前列"])}。'
    c.add('trap', kind='rate_with_approximate_base', literals=[A.s + word, S.s])
    return fin(c, wrap(c, [s], R.sec, org_kind=R.ok), '基数为约数')


@style('p_neg_different_periods', 'pct', 'n', '不同时段的累计增速（一季度5.2%、上半年6.1%、前三季度6.8%），不必相加或一致')
def _pn14(c):
    r = c.r
    ind = c.ch(['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额'])
    vals = sorted(r.sample(range(20, 120), 3))
    trend = c.ch(['up', 'down', 'flat'])
    if trend == 'down':
        vals = vals[::-1]
    ps = [c.p(D(v).scaleb(-1), 1) for v in vals]
    tail = {'up': '呈逐季回升态势', 'down': '增速逐季回落', 'flat': c.ch(['增速有所波动', '运行总体平稳'])}[trend]
    s = f'{ind}一季度增长{ps[0]}，上半年增长{ps[1]}，前三季度增长{ps[2]}，{tail}。'
    c.add('trap', kind='cumulative_growth_by_period', literals=[p.s for p in ps])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '不同时段增速')


@style('p_neg_vague_cheng', 'pct', 'n', '模糊比例（近三成、超过半数、九成以上），与数字大体相符，不可精确核算')
def _pn15(c):
    r = c.r
    T = r.randint(200, 9000)
    kind = c.ch(['jin', 'over_half', 'above'])
    if kind == 'jin':
        k = r.randint(2, 8)
        a = int(T * r.uniform(k / 10 - 0.035, k / 10 - 0.005))
        phrase = f'近{cn_int(k, True)}成'
    elif kind == 'over_half':
        a = int(T * r.uniform(0.52, 0.7))
        phrase = c.ch(['超过半数', '过半'])
    else:
        k = r.randint(6, 9)
        a = int(T * r.uniform(k / 10 + 0.005, min(0.999, k / 10 + 0.08)))
        phrase = f'{cn_int(k)}成以上'
    whole, u, names, sec = c.ch(SHARE_TOPICS)
    TL, AL = c.i(T), c.i(a)
    s = f'{whole}{TL}{u}，其中{c.ch(names)}{AL}{u}，占{phrase}。'
    c.add('trap', kind='vague_proportion', literals=[phrase])
    return fin(c, wrap(c, [s], sec, org_kind='dept'), f'模糊比例“{phrase}”')


@style('p_neg_contribution_pull', 'pct', 'n', '贡献率与拉动百分点（贡献率35.6%、拉动增长1.2个百分点），无基数不可核算')
def _pn16(c):
    r = c.r
    sec_ = c.ch(['第二产业', '第三产业', '工业', '消费', '投资'])
    cr = c.p(D(r.randint(150, 650)).scaleb(-1), 1)
    pull = c.x(D(r.randint(5, 45)).scaleb(-1), 1)
    g = c.p(D(r.randint(30, 90)).scaleb(-1), 1)
    s = f'全年地区生产总值增长{g}，其中{sec_}对经济增长的贡献率为{cr}，拉动经济增长{pull}个百分点。'
    c.add('trap', kind='contribution_and_pull', literals=[cr.s, pull.s])
    return fin(c, wrap(c, [s], 'gen', org_kind='gov'), '贡献率与拉动点')


# =====================================================================================
#  planning, generation, verification, CLI
# =====================================================================================
PER_FAMILY = 1500
NEG_SHARE = 0.2
ID_PREFIX = 'n31'


def plan_family(fam):
    sts = [s for s in STYLES if s['family'] == fam]
    nonly = [s for s in sts if s['labels'] == 'n']
    ci = [s for s in sts if s['labels'] == 'ci']
    assert len(nonly) + len(ci) == len(sts), 'unsupported label set'
    NT = round(PER_FAMILY * NEG_SHARE)
    q, rem = divmod(NT, len(nonly))
    cn = [min(20, max(15, q + (1 if i < rem else 0))) for i in range(len(nonly))]
    rest = PER_FAMILY - sum(cn)
    q, rem = divmod(rest, len(ci))
    cc = [min(20, max(15, q + (1 if i < rem else 0))) for i in range(len(ci))]
    plan = []
    for s, n in zip(nonly, cn):
        plan += [(s, 'negative', i) for i in range(n)]
    flip = 0
    for s, n in zip(ci, cc):
        nc = n // 2
        if n % 2:
            nc += flip
            flip ^= 1
        labs = ['consistent'] * nc + ['inconsistent'] * (n - nc)
        plan += [(s, lab, i) for i, lab in enumerate(labs)]
    return plan


LABEL_WORD = {'consistent': 'holds', 'inconsistent': 'one relation wrong', 'negative': 'not a checkable relation'}


def make_record(st, label, seed, idx, seen):
    last = None
    for attempt in range(300):
        r = random.Random(f'{seed}:{st["name"]}:{idx}:{attempt}')
        c = Ctx(r, label)
        try:
            text, note = st['fn'](c)
        except Retry:
            continue
        rec = {'id': '', 'family': st['family'], 'style': st['name'], 'label': label,
               'text': text, 'note': note, 'checks': c.checks}
        errs, summ = verify_record(rec)
        if errs:
            last = (errs, text)
            continue
        if text in seen:
            last = (['duplicate text'], text)
            continue
        # store the recomputed verdict of every check, and a one-line note
        for ch in rec['checks']:
            holds, _, _ = eval_check(ch, text)
            ch['holds'] = holds
        rec['note'] = f'{label} ({LABEL_WORD[label]}): {note} | ' + '; '.join(summ)
        rec['note'] = rec['note'].replace('\n', ' ')
        seen.add(text)
        return rec
    raise RuntimeError(f'style {st["name"]} label {label} failed: {last}')


def generate(seed):
    out = []
    seen = set()
    rng = random.Random(f'order:{seed}')
    for fam in FAMILIES:
        recs = [make_record(st, lab, seed, i, seen) for st, lab, i in plan_family(fam)]
        rng.shuffle(recs)
        for n, rec in enumerate(recs, 1):
            rec['id'] = f'{ID_PREFIX}-{fam}-{n:06d}'
        out += recs
    return out


def verify_file(path):
    errors = []
    recs = []
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f'line {ln}: bad JSON {e}')
    ids = collections.Counter(r.get('id') for r in recs)
    for i, n in ids.items():
        if n > 1:
            errors.append(f'duplicate id {i}')
    texts = collections.Counter(r.get('text') for r in recs)
    dups = sum(1 for t, n in texts.items() if n > 1)
    if dups:
        errors.append(f'{dups} duplicated texts')
    by_style = collections.Counter()
    fam_lab = collections.Counter()
    style_fam = {}
    for rec in recs:
        errs, _ = verify_record(rec)
        if not re.fullmatch(rf'{ID_PREFIX}-(totals|pct)-\d{{6}}', rec.get('id', '')) or rec['id'].split('-')[1] != rec.get('family'):
            errs.append('bad id')
        for ch in rec.get('checks', []):
            if 'holds' not in ch:
                errs.append('check without stored holds')
        for e in errs:
            errors.append(f'{rec.get("id")}: {e}')
        by_style[rec.get('style')] += 1
        fam_lab[(rec.get('family'), rec.get('label'))] += 1
        if style_fam.setdefault(rec.get('style'), rec.get('family')) != rec.get('family'):
            errors.append(f'style {rec.get("style")} in two families')
    for s, n in by_style.items():
        if not 15 <= n <= 20:
            errors.append(f'style {s} has {n} records (want 15-20)')
    if len(by_style) < 150:
        errors.append(f'only {len(by_style)} styles')
    fam_tot = collections.Counter()
    for (f, l), n in fam_lab.items():
        fam_tot[f] += n
    for f in FAMILIES:
        tot = fam_tot[f]
        if not tot:
            errors.append(f'family {f} empty')
            continue
        for lab, want in (('consistent', 0.4), ('inconsistent', 0.4), ('negative', 0.2)):
            share = fam_lab[(f, lab)] / tot
            if abs(share - want) > 0.05:
                errors.append(f'family {f}: {lab} share {share:.3f} (want about {want})')
    if abs(fam_tot['totals'] - fam_tot['pct']) > 0.1 * max(1, len(recs)):
        errors.append('families unbalanced')
    print(f'{path}: {len(recs)} records, {len(by_style)} styles')
    for f in FAMILIES:
        print(f'  {f}: {fam_tot[f]} records; ' + ', '.join(f'{lab} {fam_lab[(f, lab)]}' for lab in LABELS)
              + f'; styles {sum(1 for s in by_style if style_fam[s] == f)}'
              + f'; records per style {min(n for s, n in by_style.items() if style_fam[s] == f)}-{max(n for s, n in by_style.items() if style_fam[s] == f)}')
    if errors:
        print(f'  {len(errors)} problem(s):')
        for e in errors[:60]:
            print('   ', e)
        return False
    print('  OK: every literal re-parsed from the text, every relation recomputed, every label confirmed')
    return True


def style_table():
    rows = ['| # | style | family | labels | construction |', '|---|---|---|---|---|']
    for i, s in enumerate(STYLES, 1):
        lab = {'ci': 'consistent / inconsistent', 'n': 'negative'}[s['labels']]
        rows.append(f'| {i} | `{s["name"]}` | {s["family"]} | {lab} | {s["desc"]} |')
    return '\n'.join(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, help='generate records for this seed')
    ap.add_argument('--out', help='output JSONL path (default numbers31_seed<SEED>.jsonl)')
    ap.add_argument('--verify', nargs='+', metavar='FILE', help='verify generated file(s); exit 1 on any problem')
    ap.add_argument('--style-table', action='store_true', help='print the markdown style table')
    a = ap.parse_args(argv)
    if a.style_table:
        print(style_table())
        return 0
    if a.verify:
        ok = all([verify_file(p) for p in a.verify])
        return 0 if ok else 1
    if a.seed is None:
        ap.error('give --seed, --verify or --style-table')
    recs = generate(a.seed)
    out = a.out or f'numbers31_seed{a.seed}.jsonl'
    with open(out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    fam = collections.Counter((r['family'], r['label']) for r in recs)
    print(f'wrote {len(recs)} records to {out}: ' + ', '.join(f'{f}/{l} {n}' for (f, l), n in sorted(fam.items())))
    return 0


if __name__ == '__main__':
    sys.exit(main())
