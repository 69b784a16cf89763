#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers13_gen.py -- generator, verifier and style-table printer for the
numbers13 held-out collection (arithmetic consistency in Chinese government
documents).  Python 3.11 standard library only.

    python3 numbers13_gen.py --seed 11 --out numbers13_seed11.jsonl
    python3 numbers13_gen.py --verify numbers13_seed11.jsonl
    python3 numbers13_gen.py --style-table numbers13_seed11.jsonl

Every record is produced by a *style* (a construction) for a target label,
then labelled again by the verifier below, which only reads the `checks`.
Records whose verifier label differs from the target, or that fall in a grey
zone of the tolerance rules, are discarded and regenerated.
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as Fr

# =====================================================================
# 1. Number parsing (verifier side)
# =====================================================================

_TR = {ord('０') + i: ord('0') + i for i in range(10)}
_TR.update({ord('．'): '.', ord('％'): '%', ord('﹪'): '%', ord('－'): '-',
            ord('−'): '-', ord('＋'): '+', ord('﹣'): '-'})
CN_DIG = {'零': 0, '〇': 0, '○': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2,
          '三': 3, '叁': 3, '四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6,
          '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9}
CN_UNIT = {'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
CN_BIG = {'万': 10 ** 4, '萬': 10 ** 4, '亿': 10 ** 8}
SEP_RE = re.compile(r"(?<=\d)[,，\s\u2009\u202f\u00a0'’](?=\d)")
NUM_RE = re.compile(r'[+-]?\d+(?:\.\d+)?')


class NumErr(ValueError):
    pass


class Num:
    """A parsed number string: value, one unit of its last digit, tolerance."""
    __slots__ = ('s', 'val', 'ulp', 'tol', 'kind', 'exact')

    def __init__(self, s, val, ulp, exact, kind):
        self.s, self.val, self.ulp, self.exact, self.kind = s, val, ulp, exact, kind
        self.tol = Fr(0) if exact else ulp / 2


def cn_int(s):
    """Chinese numeral (小写 or 大写) to int: 十二, 一百零五, 三千二百万, 壹佰贰拾叁万肆仟."""
    if not s:
        raise NumErr('empty chinese numeral')
    total = 0      # finished 亿 part
    wan = 0        # finished 万 part
    cur = 0        # current section (< 10000)
    num = 0
    last_unit = None
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
            last_unit = None
        elif ch in CN_UNIT:
            u = CN_UNIT[ch]
            if num == 0 and u == 10:
                num = 1
            cur += num * u
            num = 0
            last_unit = u
        elif ch in CN_BIG:
            b = CN_BIG[ch]
            cur += num
            num = 0
            if b == 10 ** 8:
                total = (total + wan + cur) * b
                wan = cur = 0
            else:
                wan = (wan + cur) * b
                cur = 0
        else:
            raise NumErr('bad chinese numeral char %r in %r' % (ch, s))
    return total + wan + cur + num


def parse_num(s):
    """Parse a number string copied from a text.  Returns Num.

    Rates (%, ％, ‰, 百分之, 千分之, 成) are returned as fractions (kind 'pct'),
    倍 as a plain ratio (kind 'times'), everything else kind 'n' in base units.
    """
    if not isinstance(s, str) or not s.strip():
        raise NumErr('not a number string: %r' % (s,))
    t = s.strip().translate(_TR)
    kind, scale = 'n', Fr(1)
    if t.startswith('百分之'):
        kind, scale, t = 'pct', Fr(1, 100), t[3:]
    elif t.startswith('千分之'):
        kind, scale, t = 'pct', Fr(1, 1000), t[3:]
    if t.endswith('%'):
        if kind != 'n':
            raise NumErr('double percent marker in %r' % s)
        kind, scale, t = 'pct', Fr(1, 100), t[:-1]
    elif t.endswith('‰'):
        if kind != 'n':
            raise NumErr('double permille marker in %r' % s)
        kind, scale, t = 'pct', Fr(1, 1000), t[:-1]
    elif t.endswith('倍'):
        kind, t = 'times', t[:-1]
    elif t.endswith('成') and kind == 'n':
        kind, scale, t = 'pct', Fr(1, 10), t[:-1]
    t = t.strip()
    sign = 1
    if t.startswith('负'):
        sign, t = -1, t[1:]
    mag = 1
    if t.endswith('万亿'):
        mag, t = 10 ** 12, t[:-2]
    elif t.endswith('亿') and not re.search('[万亿]', t[:-1]):
        mag, t = 10 ** 8, t[:-1]
    elif t.endswith('万') and not re.search('[万亿]', t[:-1]):
        mag, t = 10 ** 4, t[:-1]
    t = SEP_RE.sub('', t)
    # separators may be chained (",\n") -- repeat once more
    t = SEP_RE.sub('', t)
    if NUM_RE.fullmatch(t):
        if t[0] in '+-':
            if t[0] == '-':
                sign = -sign
            t = t[1:]
        d = len(t.split('.')[1]) if '.' in t else 0
        v = Fr(t)
        ulp = Fr(1, 10 ** d)
    else:
        if '点' in t:
            ip, dp = t.split('点', 1)
            iv = cn_int(ip) if ip else 0
            if not dp or any(ch not in CN_DIG for ch in dp):
                raise NumErr('bad chinese decimal %r' % s)
            d = len(dp)
            v = iv + Fr(int(''.join(str(CN_DIG[c]) for c in dp)), 10 ** d)
            ulp = Fr(1, 10 ** d)
        else:
            d = 0
            v = Fr(cn_int(t))
            ulp = Fr(1)
            if t[-1] in '亿万萬' and mag == 1:
                # e.g. 一亿二千万: rounded to one unit of the final magnitude
                ulp = Fr(CN_BIG[t[-1]])
                return Num(s, sign * v * scale, ulp * scale, False, kind)
    exact = (kind == 'n' and d == 0 and mag == 1)
    return Num(s, sign * v * mag * scale, ulp * mag * scale, exact, kind)


MAL_PATTERNS = [
    ('placeholder', re.compile(r'[xXＸｘ×＊*?？]+(?:[.．][xXＸｘ×＊*?？]+)?\s*[%％]')),
    ('space before sign', re.compile(r'[\d０-９]\s+[%％‰]')),
    ('double sign', re.compile(r'[%％‰]\s*[%％‰]')),
    ('百分之 with a % sign', re.compile(r'百分之.*[%％]')),
    ('百分之 with Arabic digits', re.compile(r'百分之\s*[\d０-９]')),
    ('full stop as decimal point', re.compile(r'[\d０-９][。，、][\d０-９]+\s*[%％]')),
    ('double decimal point', re.compile(r'[\d０-９][.．]{2,}[\d０-９]')),
    ('sign before the number', re.compile(r'^[%％][\d０-９]')),
    ('comma as decimal point', re.compile(r'^[\d０-９]{1,2}[,，][\d０-９]{1,2}[%％]$')),
    ('dangling decimal point', re.compile(r'[\d０-９][.．][%％]')),
    ('two decimal points', re.compile(r'[\d０-９][.．][\d０-９]+[.．][\d０-９]')),
]


def malformed_kind(tok):
    for name, rx in MAL_PATTERNS:
        if rx.search(tok):
            return name
    return None


# =====================================================================
# 2. Verifier arithmetic
# =====================================================================

def fs(x, nd=6):
    """Readable decimal for notes."""
    x = Fr(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = ('%.' + str(nd) + 'f') % float(x)
    s = s.rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def fp(x, nd=4):
    """Fraction as percent string for notes."""
    return fs(Fr(x) * 100, nd) + '%'


class Iv:
    """Interval with the coarsest unit of the operands."""
    __slots__ = ('lo', 'hi', 'ulp', 'mid', 'shown')

    def __init__(self, lo, hi, ulp, mid, shown):
        self.lo, self.hi, self.ulp, self.mid, self.shown = lo, hi, ulp, mid, shown


def ev(op):
    if isinstance(op, str):
        n = parse_num(op)
        return Iv(n.val - n.tol, n.val + n.tol, n.ulp, n.val, fs(n.val))
    if isinstance(op, list):
        if not op:
            raise NumErr('empty operand list')
        ivs = [ev(o) for o in op]
        return Iv(sum(i.lo for i in ivs), sum(i.hi for i in ivs), max(i.ulp for i in ivs),
                  sum(i.mid for i in ivs), '+'.join(i.shown for i in ivs))
    if isinstance(op, dict):
        add = [ev(o) for o in op.get('sum', [])]
        sub = [ev(o) for o in op.get('sub', [])]
        if not add:
            raise NumErr('signed sum without positive terms')
        lo = sum(i.lo for i in add) - sum(i.hi for i in sub)
        hi = sum(i.hi for i in add) - sum(i.lo for i in sub)
        mid = sum(i.mid for i in add) - sum(i.mid for i in sub)
        shown = '+'.join(i.shown for i in add) + ''.join('-' + i.shown for i in sub)
        return Iv(lo, hi, max(i.ulp for i in add + sub), mid, '(' + shown + ')')
    raise NumErr('bad operand %r' % (op,))


def gap(a_lo, a_hi, b_lo, b_hi):
    """Signed gap: >0 if a is above b, <0 if a is below b, 0 if they meet."""
    if a_lo > b_hi:
        return a_lo - b_hi
    if a_hi < b_lo:
        return a_hi - b_lo
    return Fr(0)


def dist_point(x, lo, hi):
    if x < lo:
        return lo - x
    if x > hi:
        return x - hi
    return Fr(0)


def stated_rule(v, u, lo, hi):
    """Stated value v (unit u) against computed interval [lo, hi]."""
    if v >= 0:
        a, b = v - u / 2, v + u
    else:
        a, b = v - u, v + u / 2
    if not (b < lo or a > hi):
        return 'consistent'
    if dist_point(v, lo, hi) >= 2 * u:
        return 'inconsistent'
    return 'grey'


def _rate_val(tok, bare):
    n = parse_num(tok)
    if bare:
        if n.kind != 'n':
            raise NumErr('bare_pct operand with a sign: %r' % tok)
        return n.val / 100, n.ulp / 100, n
    if n.kind not in ('pct', 'times'):
        raise NumErr('rate operand without a rate sign: %r' % tok)
    return n.val, n.ulp, n


def chk_sum_eq(c):
    w, p = ev(c['whole']), ev(c['parts'])
    mode = c.get('mode', 'exact')
    if mode not in ('exact', 'partial'):
        raise NumErr('bad mode')
    unit = max(w.ulp, p.ulp)
    g = gap(p.lo, p.hi, w.lo, w.hi)
    ar = 'sum_eq[%s]: %s = %s vs whole %s' % (mode, p.shown, fs(p.mid), fs(w.mid))
    if g == 0:
        lab = 'consistent'
    elif g < 0 and mode == 'partial':
        lab = 'negative'
    elif abs(g) >= unit:
        lab = 'inconsistent'
    else:
        lab = 'grey'
    return lab, ar + ' (gap %s, unit %s) -> %s' % (fs(g), fs(unit), lab)


def chk_linear(c):
    add, sub = [], []
    for sg, tok in c['terms']:
        if sg == '+':
            add.append(tok)
        elif sg == '-':
            sub.append(tok)
        else:
            raise NumErr('bad sign %r' % sg)
    l = ev({'sum': add, 'sub': sub}) if add else None
    if l is None:
        raise NumErr('linear without + term')
    r = ev(c['result'])
    unit = max(l.ulp, r.ulp)
    g = gap(l.lo, l.hi, r.lo, r.hi)
    if g == 0:
        lab = 'consistent'
    elif abs(g) >= unit:
        lab = 'inconsistent'
    else:
        lab = 'grey'
    return lab, 'linear: %s = %s vs %s (gap %s, unit %s) -> %s' % (
        l.shown, fs(l.mid), fs(r.mid), fs(g), fs(unit), lab)


def chk_count(c):
    n = parse_num(c['stated'])
    if n.kind != 'n' or n.val.denominator != 1:
        raise NumErr('bad count %r' % c['stated'])
    k = len(c['items'])
    deng = c.get('mode') == 'deng'
    if k == n.val:
        lab = 'consistent'
    elif deng and k < n.val:
        lab = 'negative'
    else:
        lab = 'inconsistent'
    return lab, 'count%s: %d items listed vs stated %s -> %s' % (
        '[deng]' if deng else '', k, fs(n.val), lab)


def chk_pct(c):
    bare = bool(c.get('bare_pct'))
    s, u, _ = _rate_val(c['stated'], bare)
    nu, de = ev(c['num']), ev(c['den'])
    if de.lo <= 0 or nu.lo < 0:
        raise NumErr('non-positive operands in pct')
    lo, hi = nu.lo / de.hi, nu.hi / de.lo
    lab = stated_rule(s, u, lo, hi)
    return lab, 'pct: %s/%s = %s..%s vs stated %s -> %s' % (
        nu.shown, de.shown, fp(lo), fp(hi), fp(s), lab)


def _growth_iv(c):
    b, cu = ev(c['base']), ev(c['cur'])
    if b.lo <= 0 or cu.lo < 0:
        raise NumErr('non-positive operands in growth')
    return b, cu, cu.lo / b.hi - 1, cu.hi / b.lo - 1


def chk_growth(c):
    bare = bool(c.get('bare_pct'))
    s, u, _ = _rate_val(c['stated'], bare)
    sign = int(c['sign'])
    if sign not in (1, -1):
        raise NumErr('bad sign')
    b, cu, lo, hi = _growth_iv(c)
    v = sign * s
    lab = stated_rule(v, u, lo, hi)
    return lab, 'growth: %s/%s-1 = %s..%s vs stated %s -> %s' % (
        cu.shown, b.shown, fp(lo), fp(hi), fp(v), lab)


def chk_real_growth(c):
    bare = bool(c.get('bare_pct'))
    s, u, _ = _rate_val(c['stated'], bare)
    sign = int(c['sign'])
    if sign not in (1, -1):
        raise NumErr('bad sign')
    b, cu, lo, hi = _growth_iv(c)
    blo, bhi = (1 + lo) / Fr('1.10') - 1, (1 + hi) / Fr('0.95') - 1
    v = sign * s
    d = dist_point(v, blo, bhi)
    if d == 0:
        lab = 'negative'
    elif d >= Fr(5, 100):
        lab = 'inconsistent'
    else:
        lab = 'grey'
    return lab, 'real_growth: nominal %s..%s, band %s..%s vs stated %s -> %s' % (
        fp(lo), fp(hi), fp(blo), fp(bhi), fp(v), lab)


def chk_pp(c):
    n = parse_num(c['stated'])
    if n.kind != 'n':
        raise NumErr('pp stated must be a plain number')
    sign = int(c['sign'])
    if sign not in (1, -1):
        raise NumErr('bad sign')
    f_, t_ = ev(c['from']), ev(c['to'])
    for tok in (c['from'], c['to']):
        if isinstance(tok, str) and parse_num(tok).kind != 'pct':
            raise NumErr('pp from/to must be rates')
    lo, hi = (t_.lo - f_.hi) * 100, (t_.hi - f_.lo) * 100
    v = sign * n.val
    lab = stated_rule(v, n.ulp, lo, hi)
    return lab, 'pp: (%s-%s)x100 = %s..%s points vs stated %s -> %s' % (
        fp(t_.mid), fp(f_.mid), fs(lo, 4), fs(hi, 4), fs(v), lab)


def chk_sum100(c):
    bare = bool(c.get('bare_pct'))
    mode = c.get('mode', 'exact')
    vals = [_rate_val(t, bare) for t in c['parts']]
    if len(vals) < 2:
        raise NumErr('sum100 needs two shares')
    lo = sum(v - (n.tol if not bare else n.tol / 100) for v, u, n in vals)
    hi = sum(v + (n.tol if not bare else n.tol / 100) for v, u, n in vals)
    u = max(u for v, u, n in vals)
    mid = sum(v for v, u, n in vals)
    if lo <= 1 <= hi:
        lab = 'consistent'
    elif hi < 1 and mode == 'partial':
        lab = 'negative'
    elif dist_point(Fr(1), lo, hi) >= 2 * u:
        lab = 'inconsistent'
    else:
        lab = 'grey'
    return lab, 'sum100[%s]: shares add to %s (%s..%s) -> %s' % (
        mode, fp(mid), fp(lo), fp(hi), lab)


def chk_quot(c):
    n = parse_num(c['stated'])
    nu, de = ev(c['num']), ev(c['den'])
    if de.lo <= 0 or nu.lo < 0:
        raise NumErr('non-positive operands in quot')
    lo, hi = nu.lo / de.hi, nu.hi / de.lo
    lab = stated_rule(n.val, n.ulp, lo, hi)
    return lab, 'quot: %s/%s = %s..%s vs stated %s -> %s' % (
        nu.shown, de.shown, fs(lo, 4), fs(hi, 4), fs(n.val, 4), lab)


def chk_overlap(c):
    w = ev(c['whole'])
    worst = 'negative'
    bits = []
    for p in c['parts']:
        pi = ev(p)
        g = gap(pi.lo, pi.hi, w.lo, w.hi)
        unit = max(w.ulp, pi.ulp)
        if g <= 0:
            r = 'ok'
        elif g >= unit:
            r = 'exceeds'
            worst = 'inconsistent'
        else:
            r = 'grey'
            if worst != 'inconsistent':
                worst = 'grey'
        bits.append('%s %s' % (pi.shown, r))
    return worst, 'overlap: whole %s; %s -> %s' % (w.shown, ', '.join(bits), worst)


APPROX_Q = ('约', '近', '超过', '逾', '余', '多', '以上')


def chk_approx(c):
    q = c['qual']
    if q not in APPROX_Q:
        raise NumErr('bad qual %r' % q)
    n = parse_num(c['stated'])
    s = n.val
    if 'parts' in c:
        e = ev(c['parts'])
        lo, hi = e.lo, e.hi
    else:
        nu, de = ev(c['num']), ev(c['den'])
        lo, hi = nu.lo / de.hi, nu.hi / de.lo
    if q == '约':
        ok = abs(lo - s) <= s / 10 and abs(hi - s) <= s / 10
    elif q == '近':
        ok = lo >= s * Fr(9, 10) and hi <= s
    else:
        ok = lo >= s and hi <= s * Fr(13, 10)
    lab = 'negative' if ok else 'grey'
    return lab, 'approx[%s]: exact %s..%s vs %s -> %s' % (q, fs(lo, 4), fs(hi, 4), fs(s, 4), lab)


def chk_none(c):
    if not c.get('tokens') or not c.get('why'):
        raise NumErr('none needs tokens and why')
    return 'negative', 'none: %s (%s)' % ('/'.join(c['tokens']), c['why'])


def chk_malformed(c):
    k = malformed_kind(c['token'])
    if not k:
        raise NumErr('token is not a malformed percentage: %r' % c['token'])
    return 'inconsistent', 'malformed: %s (%s)' % (c['token'], k)


CHECKERS = {'sum_eq': chk_sum_eq, 'linear': chk_linear, 'count': chk_count, 'pct': chk_pct,
            'growth': chk_growth, 'real_growth': chk_real_growth, 'pp': chk_pp,
            'sum100': chk_sum100, 'quot': chk_quot, 'overlap': chk_overlap,
            'approx': chk_approx, 'none': chk_none, 'malformed': chk_malformed}

STR_FIELDS = ('whole', 'parts', 'result', 'stated', 'num', 'den', 'base', 'cur',
              'from', 'to', 'items', 'tokens', 'token')


def check_strings(c):
    """All operand strings of a check (numbers, items, tokens)."""
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            walk(x.get('sum', []))
            walk(x.get('sub', []))
    for f in STR_FIELDS:
        if f in c:
            walk(c[f])
    if 'terms' in c:
        for t in c['terms']:
            walk(t[1])
    return out


def label_checks(checks, text):
    """Returns (label, arithmetic) for a list of checks; label may be 'grey'."""
    if not checks:
        raise NumErr('no checks')
    labs, ars = [], []
    for c in checks:
        rel = c.get('rel')
        if rel not in CHECKERS:
            raise NumErr('unknown rel %r' % rel)
        for s in check_strings(c):
            if not s or s not in text:
                raise NumErr('operand %r is not a substring of the text' % s)
        lab, ar = CHECKERS[rel](c)
        labs.append(lab)
        ars.append(ar)
    arith = '; '.join(ars)
    if 'grey' in labs:
        return 'grey', arith
    if any(c['rel'] == 'malformed' for c in checks):
        others = [l for c, l in zip(checks, labs) if c['rel'] != 'malformed']
        if 'inconsistent' in others:
            raise NumErr('malformed record whose other checks do not hold')
        return 'inconsistent', arith
    if 'inconsistent' in labs:
        return 'inconsistent', arith
    if 'consistent' in labs:
        return 'consistent', arith
    return 'negative', arith

# =====================================================================
# 3. Generator toolkit
# =====================================================================

class Skip(Exception):
    """A style cannot produce the requested label in this attempt."""


FULL_DIG = str.maketrans('0123456789', '０１２３４５６７８９')
CN_NUMS = '零一二三四五六七八九'


def cn_num(n, liang=False):
    """int -> 小写 Chinese numeral (0..99,999,999)."""
    if n == 0:
        return '零'
    if n >= 10 ** 8:
        raise ValueError(n)

    def sec(x):
        out, zero = '', False
        for u, ch in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d = x // u % 10
            if d:
                if zero and out:
                    out += '零'
                out += CN_NUMS[d] + ch
                zero = False
            else:
                zero = True
        return out
    hi, lo = divmod(n, 10000)
    if hi:
        s = sec(hi) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + sec(lo)
    else:
        s = sec(lo)
    if s.startswith('一十'):
        s = s[1:]
    if liang and n == 2:
        s = '两'
    return s


def cn_dec(units, nd):
    """decimal (units of 10^-nd) -> 九十八点七"""
    ip, f = divmod(units, 10 ** nd)
    s = cn_num(ip)
    if nd:
        s += '点' + ''.join(CN_NUMS[int(c)] for c in str(f).zfill(nd))
    return s


DAXIE = '零壹贰叁肆伍陆柒捌玖'


def daxie(n):
    s = cn_num(n)
    m = {'一': '壹', '二': '贰', '三': '叁', '四': '肆', '五': '伍', '六': '陆', '七': '柒',
         '八': '捌', '九': '玖', '十': '拾', '百': '佰', '千': '仟'}
    if n >= 10 and str(n)[0] == '1' and s.startswith('十'):
        s = '一' + s
    return ''.join(m.get(c, c) for c in s)


def round_half(x):
    """round half up for Fractions >= 0 -> int"""
    x = Fr(x)
    if x >= 0:
        return int(x + Fr(1, 2))
    return -int(-x + Fr(1, 2))


def trunc(x):
    return int(Fr(x))


SYL = list('青云临石东西南北金银白红清安平永长新兴福宁丰泰和宝龙凤秀桃柳枫松梅兰溪湖河山川岭坪塘源峰阳明华嘉泽沙')
SYL2 = list('溪桥岗湾口坝坪峪铺店庄寨沟洲屯堡集塘营渡')


class Prof:
    """Writing profile of one record."""

    def __init__(self, rng):
        r = rng.random()
        self.full = r < 0.14
        seps = [(',', 48), ('', 36), ('\u2009', 5), (' ', 4), ('，', 4 if self.full else 0),
                ('\u00a0', 3)]
        self.sep = wchoice(rng, seps)
        self.dec = '．' if (self.full and rng.random() < 0.5) else '.'
        self.pct = '％' if (self.full and rng.random() < 0.7) or rng.random() < 0.12 else '%'
        self.sep4 = rng.random() < 0.7
        self.half_punct = rng.random() < 0.08
        self.colon = ':' if self.half_punct else '：'
        self.lp, self.rp = ('(', ')') if self.half_punct else ('（', '）')
        self.semi = ';' if self.half_punct and rng.random() < 0.5 else '；'


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


class G:
    """Generation context handed to a style function."""

    def __init__(self, rng, label):
        self.rng = rng
        self.label = label
        self.p = Prof(rng)
        self.year = rng.randint(2016, 2026)
        self.notes = []
        pl = self.mkname
        self.county = pl() + rng.choice(['县', '县', '市', '区', '旗'])
        self.city = pl() + '市'
        self.town = pl() + rng.choice(['镇', '乡', '街道', '镇'])
        self.village = pl(SYL2) + rng.choice(['村', '社区', '村'])

    # --- random helpers
    def mkname(self, second=None):
        a = self.rng.choice(SYL)
        b = self.rng.choice(second or SYL)
        while b == a:
            b = self.rng.choice(SYL)
        return a + b

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def uni(self, a, b):
        return self.rng.uniform(a, b)

    # --- formatting
    def _fmt(self, units, nd, sep=None, full=None, dec=None):
        sep = self.p.sep if sep is None else sep
        full = self.p.full if full is None else full
        dec = self.p.dec if dec is None else dec
        neg = units < 0
        u = abs(int(units))
        ip, fpart = divmod(u, 10 ** nd)
        s = str(ip)
        if sep and (len(s) > 4 or (len(s) == 4 and self.p.sep4)):
            grp = []
            while len(s) > 3:
                grp.insert(0, s[-3:])
                s = s[:-3]
            grp.insert(0, s)
            s = sep.join(grp)
        if nd:
            s += '.' + str(fpart).zfill(nd)
        if full:
            s = s.translate(FULL_DIG)
            s = s.replace('.', dec)
        return ('-' if neg else '') + s

    def i(self, n, **kw):
        """exact integer"""
        return self._fmt(n, 0, **kw)

    def d(self, units, nd, **kw):
        return self._fmt(units, nd, **kw)

    def w(self, units, nd, **kw):
        return self._fmt(units, nd, **kw) + '万'

    def y(self, units, nd, **kw):
        return self._fmt(units, nd, **kw) + '亿'

    def m(self, units, nd, mag, **kw):
        return self._fmt(units, nd, **kw) + mag

    def pc(self, units, nd, sign=None, **kw):
        kw.setdefault('sep', '')
        return self._fmt(units, nd, **kw) + (sign or self.p.pct)

    def pm(self, units, nd, **kw):
        kw.setdefault('sep', '')
        return self._fmt(units, nd, **kw) + '‰'

    def cn(self, n, liang=False):
        return cn_num(n, liang)

    def yr(self, y=None):
        y = self.year if y is None else y
        return self.i(y, sep='') + '年'

    # --- punctuation
    @property
    def c(self):
        return self.p.colon

    def par(self, s):
        return self.p.lp + s + self.p.rp

    def note(self, s):
        self.notes.append(s)


def amt_spec(g, kind):
    """Pick decimals and magnitude for an amount kind."""
    if kind == 'int':
        return 0, ''
    if kind == 'wan':
        return g.ch([0, 1, 2, 2, 1]), '万'
    if kind == 'wan_int':
        return 0, '万'
    if kind == 'yi':
        return g.ch([1, 2, 2]), '亿'
    if kind == 'dec1':
        return 1, ''
    if kind == 'dec2':
        return 2, ''
    raise ValueError(kind)


def split_int(g, total, k, minpart=1, skew=1.0):
    """Split total into k positive ints with random weights."""
    if total < k * minpart:
        total = k * minpart
    ws = [g.rng.random() ** skew + 0.15 for _ in range(k)]
    sw = sum(ws)
    parts = [max(minpart, int(total * w / sw)) for w in ws]
    diff = total - sum(parts)
    parts[max(range(k), key=lambda j: parts[j])] += diff
    if min(parts) < minpart:
        return split_int(g, total + k * minpart, k, minpart, skew)
    return parts


def typo_int(g, n, keep_len=True):
    """Change one significant digit of n (not the last digit if possible)."""
    s = str(n)
    if len(s) == 1:
        return n + g.ch([2, 3, 4, 5]) if n < 5 else n - g.ch([2, 3, 4])
    top = max(1, min(len(s) - 1, 3))
    pos = g.ri(0, top - 1) if len(s) > 2 else 0
    digs = [c for c in '0123456789' if c != s[pos] and not (pos == 0 and c == '0')]
    t = s[:pos] + g.ch(digs) + s[pos + 1:]
    return int(t)


def transpose_int(g, n):
    s = str(n)
    cand = [k for k in range(len(s) - 1) if s[k] != s[k + 1] and not (k == 0 and s[1] == '0')]
    if not cand:
        return typo_int(g, n)
    k = g.ch(cand)
    return int(s[:k] + s[k + 1] + s[k] + s[k + 2:])


def sum_case(g, parts, mode='exact', names=None):
    """Return (whole, shown_parts, description) for the target label.

    `parts` are ints in units of the last digit.  For `partial` the whole
    includes an unlisted remainder when the label is negative.
    """
    L = g.label
    parts = list(parts)
    k = len(parts)
    nm = (lambda j: names[j]) if names else (lambda j: 'part %d' % (j + 1))
    s = sum(parts)
    if L == 'consistent':
        return s, parts, ('parts add up to the total' if mode == 'exact'
                          else 'listed parts under 其中 cover the whole exactly')
    if L == 'negative':
        if mode != 'partial':
            raise Skip()
        extra = max(1, int(s * g.uni(0.06, 0.7)))
        return s + extra, parts, 'partial list: the listed parts sum below the whole (rest unlisted)'
    # inconsistent
    if mode == 'exact':
        op = g.ch(['double', 'typo_whole', 'typo_part', 'transpose', 'drop', 'typo_whole'])
    else:
        op = g.ch(['typo_whole_low', 'inflate_part', 'double_list'])
    if op == 'double':
        j = g.ri(0, k - 1)
        return s + parts[j], parts, '%s counted twice in the total (%d instead of %d)' % (nm(j), s + parts[j], s)
    if op == 'typo_whole':
        w = typo_int(g, s)
        return w, parts, 'typo digit in the total (%d written as %d)' % (s, w)
    if op == 'transpose':
        w = transpose_int(g, s)
        return w, parts, 'two digits of the total transposed (%d written as %d)' % (s, w)
    if op == 'typo_part':
        j = g.ri(0, k - 1)
        q = typo_int(g, parts[j])
        sp = parts[:]
        sp[j] = q
        return s, sp, 'typo digit in %s (%d written as %d)' % (nm(j), parts[j], q)
    if op == 'drop':
        j = g.ri(0, k - 1)
        if k < 3:
            w = typo_int(g, s)
            return w, parts, 'typo digit in the total (%d written as %d)' % (s, w)
        return s - parts[j], parts, 'total leaves out %s (%d instead of %d)' % (nm(j), s - parts[j], s)
    # partial-mode corruptions: listed parts exceed the whole
    whole = s + (int(s * g.uni(0.0, 0.25)) if g.chance(0.6) else 0)
    if op == 'typo_whole_low':
        for _ in range(20):
            w = typo_int(g, whole)
            if w < s * 0.93:
                return w, parts, 'typo in the whole (%d written as %d) puts it below its listed parts' % (whole, w)
        op = 'inflate_part'
    if op == 'inflate_part':
        j = g.ri(0, k - 1)
        q = parts[j] + (whole - s) + max(2, int(whole * g.uni(0.08, 0.4)))
        sp = parts[:]
        sp[j] = q
        return whole, sp, '%s overstated (%d instead of %d): listed parts exceed the whole' % (nm(j), q, parts[j])
    j = g.ri(0, k - 1)
    sp = parts[:]
    sp[j] = parts[j] + (whole - s) + parts[(j + 1) % k] + 1
    return whole, sp, '%s also includes %s (counted twice): listed parts exceed the whole' % (nm(j), nm((j + 1) % k))


def rate_units(num, den, nd, how='round'):
    """num/den as percent units with nd decimals."""
    x = Fr(num) / Fr(den) * 100 * 10 ** nd
    return trunc(x) if how == 'trunc' else round_half(x)


def bad_rate(g, true_units, nd, cap=None, alts=None):
    """Wrong stated rate (units of 10^-nd percent) at least 3 units away."""
    u = true_units
    ops = ['typo', 'swap', 'shift', 'shift']
    if alts:
        ops += ['alt'] * 3
    for _ in range(40):
        op = g.ch(ops)
        if op == 'typo':
            v = typo_int(g, u) if u >= 10 else u + g.ri(3, 9)
            why = 'typo digit in the stated rate'
        elif op == 'swap':
            v = transpose_int(g, u) if u >= 10 else u + g.ri(3, 9)
            why = 'digits of the stated rate transposed'
        elif op == 'alt':
            v, why = g.ch(alts)
        else:
            d = max(3, int(abs(u) * g.uni(0.02, 0.12))) if u else g.ri(5, 50)
            d = max(d, 3 * 10 ** max(0, nd - 1)) if nd else d
            v = u + d * g.ch([1, -1])
            why = 'stated rate does not follow from the figures'
        if v is None or v == u or abs(v - u) < 3 or v <= 0:
            continue
        if cap is not None and v > cap:
            continue
        return v, why
    v = u + 7 if (cap is None or u + 7 <= cap) else u - 7
    return v, 'stated rate does not follow from the figures'


STYLES = OrderedDict()


class Style:
    def __init__(self, name, family, labels, desc, fn):
        self.name, self.family, self.labels, self.desc, self.fn = name, family, labels, desc, fn


def style(name, family, labels, desc):
    def deco(fn):
        if name in STYLES:
            raise RuntimeError('duplicate style ' + name)
        if name.startswith('malformed') and (family != 'pct' or labels != 'I'):
            raise RuntimeError('malformed styles are pct-only and inconsistent')
        STYLES[name] = Style(name, family, labels, desc, fn)
        return fn
    return deco


def C_sum(whole, parts, mode='exact'):
    return {'rel': 'sum_eq', 'whole': whole, 'parts': parts, 'mode': mode}


def C_lin(terms, result):
    return {'rel': 'linear', 'terms': [[a, b] for a, b in terms], 'result': result}


def C_count(stated, items, deng=False):
    c = {'rel': 'count', 'stated': stated, 'items': items}
    if deng:
        c['mode'] = 'deng'
    return c


def C_pct(stated, num, den, bare=False):
    c = {'rel': 'pct', 'stated': stated, 'num': num, 'den': den}
    if bare:
        c['bare_pct'] = True
    return c


def C_growth(stated, sign, base, cur, bare=False, real=False):
    c = {'rel': 'real_growth' if real else 'growth', 'stated': stated, 'sign': sign,
         'base': base, 'cur': cur}
    if bare:
        c['bare_pct'] = True
    return c


def C_pp(stated, sign, frm, to):
    return {'rel': 'pp', 'stated': stated, 'sign': sign, 'from': frm, 'to': to}


def C_s100(parts, mode='exact', bare=False):
    c = {'rel': 'sum100', 'parts': parts, 'mode': mode}
    if bare:
        c['bare_pct'] = True
    return c


def C_quot(stated, num, den):
    return {'rel': 'quot', 'stated': stated, 'num': num, 'den': den}


def C_overlap(whole, parts):
    return {'rel': 'overlap', 'whole': whole, 'parts': parts}


def C_approx(qual, stated, parts=None, num=None, den=None):
    c = {'rel': 'approx', 'qual': qual, 'stated': stated}
    if parts is not None:
        c['parts'] = parts
    else:
        c['num'], c['den'] = num, den
    return c


def C_none(tokens, why):
    return {'rel': 'none', 'tokens': tokens, 'why': why}


def C_mal(token):
    return {'rel': 'malformed', 'token': token}


def R(text, checks, desc):
    return {'text': text, 'checks': checks, 'desc': desc}


def join_list(g, items, last='和'):
    """A、B、C和D"""
    if len(items) == 1:
        return items[0]
    if last and g.chance(0.6):
        return '、'.join(items[:-1]) + last + items[-1]
    return '、'.join(items)


def break_line(g, s):
    """Break a number string across a line (PDF extraction)."""
    pos = [k for k in range(1, len(s)) if s[k - 1].isdigit() and s[k].isdigit()]
    if not pos:
        return s
    k = g.ch(pos)
    return s[:k] + '\n' + s[k:]

# =====================================================================
# 4. Vocabulary for breakdowns
# =====================================================================

class BD:
    def __init__(self, key, who, verb, unit, names, kind, lo, hi, noun=None, w=None):
        self.key, self.who, self.verb, self.unit, self.names = key, who, verb, unit, names
        self.w = w
        self.kind, self.lo, self.hi = kind, lo, hi
        self.noun = noun or verb


BDS = [
    BD('xf', ['{county}信访局', '{city}信访局', '{county}'], '共受理群众信访事项', '件',
       ['来信', '来访', '网上信访', '领导信箱转办'], 'int', 300, 6000, '信访事项'),
    BD('rx', ['{city}12345政务服务便民热线', '{county}12345热线', '市民热线'], '共受理群众诉求', '件',
       ['咨询类', '求助类', '投诉类', '意见建议类', '表扬感谢类'], 'int', 8000, 400000, '群众诉求'),
    BD('xs', ['{county}', '全县', '全区'], '各级各类学校共有在校学生', '人',
       ['学前教育', '小学', '初中', '普通高中', '中等职业教育'], 'int', 9000, 160000, '在校学生'),
    BD('tz', ['{county}', '全市', '全区'], '完成固定资产投资', '元',
       ['第一产业', '第二产业', '第三产业'], 'yi', 30, 900, '固定资产投资'),
    BD('zj', ['{county}', '全县', ''], '累计筹集衔接推进乡村振兴补助资金', '元',
       ['中央资金', '省级资金', '市级资金', '县级资金'], 'wan', 800, 60000, '衔接资金'),
    BD('aj', ['{county}人民法院', '县人民法院', '区法院'], '全年共受理各类案件', '件',
       ['刑事案件', '民事案件', '行政案件', '执行案件'], 'int', 2000, 30000, '各类案件', w=[10, 55, 3, 32]),
    BD('ls', ['{county}', '全县', '全市'], '粮食总产量', '吨',
       ['夏粮', '早稻', '秋粮'], 'wan', 5, 150, '粮食产量', w=[30, 10, 60]),
    BD('yh', ['{county}应急管理局', '全县', '{town}'], '共排查各类安全隐患', '处',
       ['重大隐患', '较大隐患', '一般隐患'], 'int', 200, 9000, '安全隐患', w=[2, 12, 86]),
    BD('xm', ['{county}', '全市', '全区'], '全年实施重点项目', '个',
       ['续建项目', '新开工项目', '前期项目'], 'int', 30, 400, '重点项目'),
    BD('px', ['{county}人社局', '全县', '全市'], '开展补贴性职业技能培训', '人次',
       ['农村劳动力', '高校毕业生', '退役军人', '企业职工'], 'int', 1500, 60000, '职业技能培训'),
    BD('mz', ['{county}人民医院', '县中医院', '{city}第二人民医院'], '全年完成门急诊', '人次',
       ['门诊', '急诊'], 'int', 80000, 900000, '门急诊量', w=[88, 12]),
    BD('cs', ['{village}', '{village}股份经济合作社'], '村集体经济总收入', '元',
       ['经营收入', '发包及上交收入', '投资收益', '补助收入', '其他收入'], 'wan', 20, 900, '集体经济收入'),
    BD('sj', ['{county}审计局', '市审计局', '区审计局'], '共查出主要问题金额', '元',
       ['违规问题金额', '管理不规范金额', '损失浪费金额'], 'wan', 500, 90000, '问题金额'),
    BD('ym', ['{county}', '全县', '全区'], '累计接种新冠病毒疫苗', '剂次',
       ['第一剂次', '第二剂次', '加强免疫剂次'], 'int', 50000, 2000000, '疫苗接种'),
    BD('yk', ['{county}', '全县', '全市'], '全年共接待游客', '人次',
       ['国内游客', '入境游客'], 'wan', 50, 3000, '接待游客', w=[96, 4]),
    BD('gl', ['{county}交通运输局', '全县', '全区'], '新改建农村公路', '公里',
       ['县道', '乡道', '村道'], 'dec1', 50, 1500, '农村公路'),
    BD('jc', ['{county}人民检察院', '区检察院', '县检察院'], '共受理审查起诉', '人',
       ['危险驾驶罪', '盗窃罪', '帮助信息网络犯罪活动罪', '诈骗罪', '其他罪名'], 'int', 200, 4000, '审查起诉'),
    BD('sc', ['{county}', '全区', '全市'], '实有各类市场主体', '户',
       ['企业', '个体工商户', '农民专业合作社'], 'int', 10000, 300000, '市场主体'),
    BD('rk', ['{county}', '全县', '全区'], '年末户籍总人口', '人',
       ['男性', '女性'], 'int', 100000, 1200000, '户籍人口', w=[51, 49]),
    BD('sr', ['{county}', '全市', '全区'], '一般公共预算收入完成', '元',
       ['税收收入', '非税收入'], 'yi', 5, 300, '一般公共预算收入', w=[70, 30]),
    BD('bz', ['{city}住建局', '全市', '{county}'], '筹集保障性租赁住房', '套',
       ['新建', '改建', '盘活存量'], 'int', 500, 20000, '保障性租赁住房'),
    BD('yl', ['{county}民政局', '全县', '全区'], '建成各类养老服务设施', '个',
       ['县级养老服务中心', '乡镇敬老院', '村级互助幸福院', '社区日间照料中心'], 'int', 20, 400, '养老服务设施'),
    BD('zl', ['{city}', '全市', '{county}'], '专利授权量', '件',
       ['发明专利', '实用新型专利', '外观设计专利'], 'int', 500, 30000, '专利授权', w=[15, 65, 20]),
    BD('cy', ['{county}人民医院', '县妇幼保健院', '市中心医院'], '全年出院患者', '人次',
       ['内科', '外科', '妇产科', '儿科', '其他科室'], 'int', 6000, 90000, '出院人次'),
    BD('crb', ['{county}疾控中心', '全县', '全市'], '全年报告法定传染病', '例',
       ['乙类传染病', '丙类传染病'], 'int', 500, 20000, '法定传染病'),
    BD('qy', ['{company}', '公司', '集团'], '全年实现营业收入', '元',
       ['主营业务收入', '其他业务收入'], 'wan', 3000, 900000, '营业收入', w=[85, 15]),
    BD('dk', ['{county}', '全市', '辖区'], '年末金融机构各项贷款余额', '元',
       ['住户贷款', '企（事）业单位贷款', '非银行业金融机构贷款'], 'yi', 50, 3000, '贷款余额', w=[40, 58, 2]),
    BD('yd', ['{county}', '全市', '全区'], '全社会用电量', '千瓦时',
       ['第一产业', '第二产业', '第三产业', '城乡居民生活'], 'yi', 5, 200, '用电量'),
    BD('xw', ['{county}教育局', '全县', '全区'], '新增公办学位', '个',
       ['幼儿园', '小学', '初中'], 'int', 500, 20000, '新增学位'),
    BD('zl2', ['{county}林业局', '全县', '全市'], '完成营造林', '亩',
       ['人工造林', '封山育林', '退化林修复', '森林抚育'], 'wan', 1, 40, '营造林'),
    BD('jy', ['{county}', '全县', '全区'], '城镇新增就业', '人',
       ['第一季度', '第二季度', '第三季度', '第四季度'], 'int', 2000, 40000, '城镇新增就业'),
    BD('dw', ['{county}', '全县', '本系统'], '共有基层党组织', '个',
       ['党委', '党总支', '党支部'], 'int', 120, 3000, '基层党组织', w=[5, 8, 87]),
]

COMPANY = ['{n}实业集团有限公司', '{n}水务有限公司', '{n}农业发展有限公司', '{n}城市建设投资集团',
           '{n}文旅集团', '{n}交通投资有限公司', '{n}供销合作社']


class Amts:
    """A chosen breakdown: names, part values (units of the last digit)."""

    def __init__(self, g, e=None, k=None, kinds=None, total=None):
        if e is None:
            pool = [b for b in BDS if kinds is None or b.kind in kinds]
            e = g.ch(pool)
        self.g, self.e = g, e
        self.nd, self.mag = amt_spec(g, e.kind)
        n = len(e.names)
        if k is None:
            k = g.ri(2, n) if n > 2 else 2
        k = min(k, n)
        if e.key == 'jy':
            k = n  # quarters: always all four
        if k == n:
            self.names = list(e.names)
        else:
            idx = sorted(g.sample(range(n), k))
            self.names = [e.names[j] for j in idx]
        scale = 10 ** self.nd
        if total is None:
            total = g.ri(e.lo * scale, e.hi * scale)
        if e.w:
            ws = [e.w[e.names.index(nm)] * g.uni(0.75, 1.25) for nm in self.names]
            sw = sum(ws)
            parts = [max(1, int(total * x / sw)) for x in ws]
            parts[max(range(k), key=lambda j: parts[j])] += total - sum(parts)
            self.parts = parts
        else:
            self.parts = split_int(g, total, k)
        self.unit = e.unit
        g.no_period = e.key in STOCK_KEYS or '全年' in e.verb or '年末' in e.verb
        self.who = self.fill(g.ch(e.who))
        self.verb = e.verb

    def fill(self, s):
        g = self.g
        return s.format(county=g.county, city=g.city, town=g.town, village=g.village,
                        company=g.ch(COMPANY).format(n=g.mkname()))

    def f(self, units):
        return self.g.m(units, self.nd, self.mag)


def ptxt(a, names, toks, sep='、', fmt='{n}{v}{u}'):
    return sep.join(fmt.format(n=n, v=v, u=a.unit) for n, v in zip(names, toks))


STOCK_KEYS = {'xs', 'sc', 'rk', 'dk', 'dw', 'yl', 'cs', 'jy', 'ls', 'zl2'}


def lead(g):
    """Opening time phrase; no partial-year period for stocks or 全年 verbs."""
    if getattr(g, 'no_period', False):
        return g.ch(['', g.yr() + '，', g.yr() + '，', '本年度，'])
    return g.ch(['', g.yr() + '，', g.yr() + '，', '今年以来，', '本年度，', g.yr() + '1—%d月，' % g.ri(6, 11)])


# =====================================================================
# 5. Totals styles
# =====================================================================

@style('qizhong_dunhao_partial', 'totals', 'CIN', '总数在前，“其中”后用顿号列分项（partial：分项可少于总数）')
def _t(g):
    a = Amts(g)
    w, ps, desc = sum_case(g, a.parts, 'partial', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s%s%s，其中%s。' % (lead(g), a.who, a.verb, W, a.unit, ptxt(a, a.names, toks))
    return R(t, [C_sum(W, toks, 'partial')], desc)


@style('fenbie_wei_heji', 'totals', 'CI', '“A、B、C分别为a、b、c，合计X”')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s中，%s分别为%s%s，%s%s%s。' % (
        lead(g), a.who, a.e.noun, join_list(g, a.names), join_list(g, toks), a.unit,
        g.ch(['合计', '共计', '总计']), W, a.unit)
    return R(t, [C_sum(W, toks)], desc)


@style('parts_comma_then_heji', 'totals', 'CI', '逐项列出后以“合计/共计”收尾，总数在分项之后')
def _t(g):
    a = Amts(g)
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s：%s，%s%s%s。' % (lead(g), a.who, a.e.noun, '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)),
                               g.ch(['合计', '两项合计' if len(toks) == 2 else '各项合计', '共计']), W, a.unit)
    return R(t, [C_sum(W, toks)], desc)


@style('whole_then_breakdown_next_sentence', 'totals', 'CI', '总数一句，下一句“从类型看/按类别分”给出全部分项')
def _t(g):
    a = Amts(g, k=None)
    if len(a.names) < 2:
        raise Skip()
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    intro = g.ch(['从类型看', '按类别分', '分类型看', '从构成看', '具体来看'])
    t = '%s%s%s%s%s。%s，%s。' % (lead(g), a.who, a.verb, W, a.unit, intro,
                               '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
    return R(t, [C_sum(W, toks)], desc)


FILLER = [
    '坚持问题导向，建立健全工作台账，实行清单化管理、项目化推进。',
    '各部门密切配合，形成了上下联动、齐抓共管的工作格局。',
    '严格落实首问负责制和限时办结制，切实提高工作效率。',
    '同时，加强督查督办，对进度滞后的单位进行通报。',
    '注重发挥典型示范作用，及时总结推广基层好经验好做法。',
    '持续优化工作流程，推动各项工作制度化、规范化、常态化。',
    '针对群众反映集中的问题，组织开展专项治理。',
    '全面压实属地责任，层层签订目标责任书。',
    '结合主题教育，深入开展调查研究，推动解决了一批实际问题。',
    '建立周调度、月通报、季考核工作机制。',
]


@style('far_parts_paragraph', 'totals', 'CI', '总数在第一段，分项在隔了若干句的后一段')
def _t(g):
    a = Amts(g)
    if len(a.names) < 2:
        raise Skip()
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    fill = ''.join(g.sample(FILLER, g.ri(2, 4)))
    head = g.ch(['一、总体情况', '一、基本情况', '（一）工作开展情况', '一、主要工作'])
    head2 = g.ch(['二、分类情况', '二、结构分析', '（二）分类统计', '二、具体情况'])
    t = '%s\n%s%s%s%s%s。%s\n%s\n按类别统计，%s。' % (
        head, lead(g), a.who, a.verb, W, a.unit, fill, head2,
        '；'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
    return R(t, [C_sum(W, toks)], desc)


@style('semicolon_then_yishang_gongji', 'totals', 'CI', '分项用“；”分隔，句末“以上共计X”')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    sc = g.p.semi
    t = '%s%s。%s%s%s。' % (sc.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)), '',
                          g.ch(['以上共计', '以上合计', '上述各项共']), W, a.unit)
    t = lead(g) + a.who + a.e.noun + g.c + t
    return R(t, [C_sum(W, toks)], desc)


ORD_CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']


@style('yishi_ershi_items', 'totals', 'CI', '“一是……二是……三是……”逐条给出分项，总数在前')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    acts = ['%s是%s%s%s' % (ORD_CN[j], n, v, a.unit) for j, (n, v) in enumerate(zip(a.names, toks))]
    t = '%s%s%s%s%s。%s。' % (lead(g), a.who, a.verb, W, a.unit, '；'.join(acts))
    return R(t, [C_sum(W, toks)], desc)


@style('paren_numbered_lines', 'totals', 'CI', '（一）（二）（三）分行列项，末行“合计”')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    lines = ['%s%s%s%s%s' % (g.par(ORD_CN[j]), n, g.c, v, a.unit) for j, (n, v) in enumerate(zip(a.names, toks))]
    t = '%s%s%s统计情况\n%s\n合计%s%s%s' % (g.yr(), a.who, a.e.noun, '\n'.join(lines), g.c, W, a.unit)
    return R(t, [C_sum(W, toks)], desc)


CIRC = '①②③④⑤⑥⑦⑧⑨⑩'


@style('circled_numbers', 'totals', 'CI', '①②③编号分项，总数在前')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s%s%s，具体为%s%s。' % (lead(g), a.who, a.verb, W, a.unit,
                                 '；'.join('%s%s%s%s' % (CIRC[j], n, v, a.unit) for j, (n, v) in enumerate(zip(a.names, toks))), '')
    return R(t, [C_sum(W, toks)], desc)


def _unit_head(a):
    return ('万' if a.mag == '万' else '亿' if a.mag == '亿' else '') + a.unit


@style('markdown_table_heji', 'totals', 'CI', 'Markdown 表格，末行“合计”，单位在表头')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    nd = a.nd
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    f = lambda u: g.d(u, nd)
    toks = [f(x) for x in ps]
    W = f(w)
    rows = ['| 项目 | %s（%s） |' % (a.e.noun, _unit_head(a)), '| --- | ---: |']
    rows += ['| %s | %s |' % (n, v) for n, v in zip(a.names, toks)]
    rows.append('| %s | %s |' % (g.ch(['合计', '**合计**', '总计']), W))
    t = '%s%s%s情况表\n' % (g.yr(), a.who, a.e.noun) + '\n'.join(rows)
    return R(t, [C_sum(W, toks)], desc)


@style('tab_table_total_first', 'totals', 'CI', '制表符分隔的表格，“合计”行在最上面')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    nd = a.nd
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    f = lambda u: g.d(u, nd)
    toks = [f(x) for x in ps]
    W = f(w)
    rows = ['类别\t%s\t单位' % a.e.noun, '合计\t%s\t%s' % (W, _unit_head(a))]
    rows += ['%s\t%s\t%s' % (n, v, _unit_head(a)) for n, v in zip(a.names, toks)]
    t = '\n'.join(rows)
    return R(t, [C_sum(W, toks)], desc)


@style('fullwidth_space_table', 'totals', 'CI', '全角空格对齐的表格（PDF 抽取），合计在末行')
def _t(g):
    a = Amts(g, k=g.ri(3, 5))
    nd = a.nd
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    f = lambda u: g.d(u, nd)
    toks = [f(x) for x in ps]
    W = f(w)
    sp = lambda: '\u3000' * g.ri(1, 3)
    rows = ['指标%s%s%s（%s）' % (sp(), sp(), a.e.noun, _unit_head(a))]
    rows += ['%s%s%s' % (n, sp(), v) for n, v in zip(a.names, toks)]
    rows.append('合%s计%s%s' % ('\u3000' * g.ri(0, 2), sp(), W))
    t = '\n'.join(rows)
    return R(t, [C_sum(W, toks)], desc)


@style('key_value_lines', 'totals', 'CI', '“键：值”逐行，末行总计')
def _t(g):
    a = Amts(g, k=g.ri(2, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    rows = ['%s%s%s%s' % (n, g.c, v, a.unit) for n, v in zip(a.names, toks)]
    rows.append('%s%s%s%s' % (g.ch(['总计', '合计', a.e.noun + '总量']), g.c, W, a.unit))
    if g.chance(0.5):
        rows.insert(0, '%s%s' % (a.who or g.county, a.e.noun + '（' + g.yr() + '）'))
    return R('\n'.join(rows), [C_sum(W, toks)], desc)


@style('bracket_qizhong_partial', 'totals', 'CIN', '“X（其中：A a，B b）”括号内其中（partial）')
def _t(g):
    a = Amts(g)
    w, ps, desc = sum_case(g, a.parts, 'partial', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    inner = ('，' if g.chance(0.5) else '、').join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '%s%s%s%s%s%s，%s。' % (lead(g), a.who, a.verb, W, a.unit, g.par('其中' + g.c + inner),
                              g.ch(FILLER)[:-1])
    return R(t, [C_sum(W, toks, 'partial')], desc)


@style('bracket_sources_exact', 'totals', 'CI', '“完成投资X（中央a、省级b、市县配套c）”括号内完整来源')
def _t(g):
    kind = g.ch(['wan', 'yi', 'wan'])
    nd, mag = amt_spec(g, kind)
    names = g.ch([['中央资金', '省级资金', '市县配套资金'], ['中央预算内投资', '地方政府专项债券', '企业自筹'],
                  ['上级补助', '县级财政', '社会资本'], ['中央财政', '省财政', '市财政', '县财政']])
    sc = 10 ** nd
    tot = g.ri(3 * sc, 80 * sc) if kind == 'yi' else g.ri(300 * sc, 60000 * sc)
    parts = split_int(g, tot, len(names))
    w, ps, desc = sum_case(g, parts, 'exact', names)
    f = lambda u: g.m(u, nd, mag)
    toks = [f(x) for x in ps]
    W = f(w)
    proj = g.ch(['高标准农田建设项目', '城区污水管网改造工程', '中小学校舍提升工程', '农村供水保障工程',
                 '老旧小区改造项目', '县域医共体建设项目'])
    t = '%s%s累计完成投资%s元%s，%s。' % (g.yr(), proj, W, g.par('、'.join('%s%s元' % (n, v) for n, v in zip(names, toks))),
                                  g.ch(['工程形象进度达到序时要求', '已全部完工并投入使用', '完成年度目标任务']))
    return R(t, [C_sum(W, toks)], desc)


@style('zhuyao_you_partial', 'totals', 'CIN', '“主要有/主要包括”列出主要分项（partial）')
def _t(g):
    a = Amts(g)
    w, ps, desc = sum_case(g, a.parts, 'partial', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s%s%s，%s%s。' % (lead(g), a.who, a.verb, W, a.unit, g.ch(['主要有', '主要包括', '主要是']),
                              ptxt(a, a.names, toks))
    return R(t, [C_sum(W, toks, 'partial')], desc)


@style('yishang_gong_after_items', 'totals', 'CI', '先列各单位数值，句末“以上共X”')
def _t(g):
    k = g.ri(3, 6)
    units_ = [g.mkname() + g.ch(['镇', '乡', '街道']) for _ in range(k)]
    if len(set(units_)) < k:
        raise Skip()
    what = g.ch([('完成造林', '亩', 50, 3000), ('发放耕地地力保护补贴', '户', 300, 9000),
                 ('新增城镇就业', '人', 80, 2000), ('改造农村危房', '户', 5, 200), ('建成高标准农田', '亩', 500, 20000)])
    parts = [g.ri(what[2], what[3]) for _ in range(k)]
    w, ps, desc = sum_case(g, parts, 'exact', units_)
    toks = [g.i(x) for x in ps]
    W = g.i(w)
    t = '%s%s%s。以上共%s%s。' % (g.yr(), what[0].replace('完成', '').replace('发放', '') + '任务分解：',
                              '，'.join('%s%s%s' % (u, v, what[1]) for u, v in zip(units_, toks)), W, what[1])
    return R(t, [C_sum(W, toks)], desc)


@style('mixed_wan_yi_units', 'totals', 'CI', '总数用“亿元”，分项用“万元”（单位混用）')
def _t(g):
    ndy = g.ch([1, 2, 2])
    totw = g.ri(30000, 900000)  # in 万 (integers)
    names = g.ch([['税收收入', '非税收入'], ['中央补助', '地方财力'], ['工业投资', '基础设施投资', '民间投资'],
                  ['商品房销售额', '二手房交易额'], ['社会消费品零售总额限上', '限下']])
    if names[-1] == '限下':
        names = ['限额以上单位', '限额以下单位']
    k = len(names)
    parts = split_int(g, totw, k)
    # whole in 亿 rounded to ndy decimals
    w_units = round_half(Fr(totw, 10 ** (4 - ndy)))  # 万 -> 亿 units of 10^-ndy
    L = g.label
    desc = 'parts in 万 add up to the total in 亿 within rounding'
    if L == 'inconsistent':
        op = g.ch(['typo_whole', 'double', 'typo_part'])
        if op == 'typo_whole':
            nw = typo_int(g, w_units)
            desc = 'typo in the total (%s亿 written as %s亿)' % (fs(Fr(w_units, 10 ** ndy)), fs(Fr(nw, 10 ** ndy)))
            w_units = nw
        elif op == 'double':
            j = g.ri(0, k - 1)
            w_units = round_half(Fr(totw + parts[j], 10 ** (4 - ndy)))
            desc = '%s counted twice in the total' % names[j]
        else:
            j = g.ri(0, k - 1)
            q = typo_int(g, parts[j])
            desc = 'typo in %s (%d万 written as %d万)' % (names[j], parts[j], q)
            parts = parts[:]
            parts[j] = q
    toks = [g.w(x, 0) for x in parts]
    W = g.y(w_units, ndy)
    who = g.ch([g.county, g.city, '全区'])
    t = '%s%s%s达到%s元。分项看，%s。' % (g.yr(), who, g.ch(['相关指标合计', '该项收入', '总量']), W,
                                  '，'.join('%s%s元' % (n, v) for n, v in zip(names, toks)))
    return R(t, [C_sum(W, toks)], desc)


@style('wanyuan_vs_yuan_parts', 'totals', 'CI', '总额用“万元”带小数，分项用“元”整数')
def _t(g):
    k = g.ri(2, 4)
    parts = [g.ri(3, 900) * 100 + g.ch([0, 0, 50]) for _ in range(k)]
    nd = 2
    tot = sum(parts)   # yuan
    names = g.sample(['困难群众临时救助', '医疗救助', '教育资助', '孤儿基本生活费', '残疾人两项补贴',
                      '高龄津贴', '慰问金'], k)
    w_units = round_half(Fr(tot, 100))  # units of 0.01万 = 100 yuan
    desc = 'parts in 元 add up to the total in 万元'
    if g.label == 'inconsistent':
        op = g.ch(['typo_whole', 'double', 'drop'])
        if op == 'typo_whole':
            nw = typo_int(g, w_units)
            desc = 'typo in the total (%s万 written as %s万)' % (fs(Fr(w_units, 100)), fs(Fr(nw, 100)))
            w_units = nw
        elif op == 'double':
            j = g.ri(0, k - 1)
            w_units = round_half(Fr(tot + parts[j], 100))
            desc = '%s counted twice in the total' % names[j]
        else:
            j = g.ri(0, k - 1)
            w_units = round_half(Fr(tot - parts[j], 100))
            desc = 'total leaves out %s' % names[j]
    toks = [g.i(x) for x in parts]
    W = g.w(w_units, nd)
    t = '%s%s%s月共发放各类救助资金%s元，%s。' % (g.town, g.yr(), g.cn(g.ri(1, 12)), W,
                                         '，'.join('%s%s元' % (n, v) for n, v in zip(names, toks)))
    return R(t, [C_sum(W, toks)], desc)


@style('chinese_numerals_sum', 'totals', 'CI', '总数与分项均用汉字小写数字')
def _t(g):
    k = g.ri(2, 4)
    what = g.ch([('村民小组', '个', 3, 30), ('自然村', '个', 2, 25), ('党支部', '个', 2, 20),
                 ('网格', '个', 5, 60), ('卫生室', '所', 1, 12)])
    areas = g.sample(['东片', '西片', '南片', '北片', '中心片', '山区片', '库区片'], k)
    parts = [g.ri(what[2], what[3]) for _ in range(k)]
    w, ps, desc = sum_case(g, parts, 'exact', areas)
    toks = [g.cn(x) for x in ps]
    W = g.cn(w)
    t = '%s共有%s%s%s，分布在%s个片区：%s。' % (g.town, what[0], W, what[1], g.cn(k, liang=True),
                                      '，'.join('%s%s%s' % (n, v, what[1]) for n, v in zip(areas, toks)))
    return R(t, [C_sum(W, toks)], desc)


@style('fullwidth_digits_sum', 'totals', 'CI', '全角数字（含全角逗号/小数点）的总分关系')
def _t(g):
    g.p.full = True
    g.p.sep = g.ch([',', '，', ''])
    g.p.dec = g.ch(['.', '．'])
    a = Amts(g)
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s%s%s。按类别分：%s。' % (lead(g), a.who, a.verb, W, a.unit,
                                  '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
    return R(t, [C_sum(W, toks)], desc)


@style('thousands_separators_mixed', 'totals', 'CI', '千分位用空格、窄空格、全角逗号或不加，混用')
def _t(g):
    a = Amts(g, kinds=['int'])
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    seps = [',', '\u2009', ' ', '', '\u00a0', '，']
    toks = [g.i(x, sep=g.ch(seps)) for x in ps]
    W = g.i(w, sep=g.ch(seps))
    t = '%s%s%s%s%s，%s。' % (lead(g), a.who, a.verb, W, a.unit,
                            '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
    return R(t, [C_sum(W, toks)], desc)


@style('number_broken_across_lines', 'totals', 'CI', 'PDF 抽取导致数字被换行拆开')
def _t(g):
    a = Amts(g)
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    j = g.ri(-1, len(toks) - 1)
    if j < 0 or g.chance(0.3):
        W = break_line(g, W)
    if j >= 0:
        toks[j] = break_line(g, toks[j])
    if '\n' not in W and not any('\n' in x for x in toks):
        raise Skip()
    t = '%s%s%s%s%s。分类型看，%s。' % (lead(g), a.who, a.verb, W, a.unit,
                                  '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
    return R(t, [C_sum(W, toks)], desc)


INC_ITEMS = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税',
             '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税']
NONTAX = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资本经营收入', '国有资源（资产）有偿使用收入',
          '政府住房基金收入', '其他收入']
EXP_ITEMS = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出',
             '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出',
             '交通运输支出', '住房保障支出', '灾害防治及应急管理支出']


@style('budget_income_table_subtotals', 'totals', 'CI', '预算收入表：税收小计+非税小计=合计（两层）')
def _t(g):
    tax = g.sample(INC_ITEMS, g.ri(3, 5))
    non = g.sample(NONTAX, g.ri(2, 3))
    tv = [g.ri(300, 90000) for _ in tax]
    nv = [g.ri(100, 30000) for _ in non]
    ts, ns = sum(tv), sum(nv)
    tot = ts + ns
    desc = 'subtotals and the total add up'
    L = g.label
    if L == 'inconsistent':
        op = g.ch(['sub', 'tot', 'item'])
        if op == 'sub':
            n2 = typo_int(g, ts)
            desc = 'typo in the tax subtotal (%d written as %d)' % (ts, n2)
            ts = n2
            tot = sum(tv) + ns
        elif op == 'tot':
            n2 = g.ch([typo_int(g, tot), tot + nv[0], tot - nv[-1]])
            desc = 'total does not equal the two subtotals (%d instead of %d)' % (n2, tot)
            tot = n2
        else:
            j = g.ri(0, len(nv) - 1)
            q = typo_int(g, nv[j])
            desc = 'typo in %s (%d written as %d)' % (non[j], nv[j], q)
            nv = nv[:]
            nv[j] = q
    f = g.i
    rows = ['%s%s一般公共预算收入执行情况表' % (g.yr(), g.county), '单位：万元', '项目\t执行数',
            '一、税收收入\t%s' % f(ts)] + ['  %s\t%s' % (n, f(v)) for n, v in zip(tax, tv)] + \
           ['二、非税收入\t%s' % f(ns)] + ['  %s\t%s' % (n, f(v)) for n, v in zip(non, nv)] + \
           ['收入合计\t%s' % f(tot)]
    checks = [C_sum(f(ts), [f(v) for v in tv]), C_sum(f(ns), [f(v) for v in nv]),
              C_sum(f(tot), [f(ts), f(ns)])]
    return R('\n'.join(rows), checks, desc)


@style('budget_expenditure_kv', 'totals', 'CI', '支出科目逐行“科目：金额万元”，首行支出合计')
def _t(g):
    items = g.sample(EXP_ITEMS, g.ri(4, 7))
    nd = g.ch([0, 0, 1, 2])
    vals = [g.ri(50, 40000) * 10 ** nd + g.ri(0, 10 ** nd - 1) for _ in items]
    w, ps, desc = sum_case(g, vals, 'exact', items)
    f = lambda u: g.w(u, nd)
    toks = [f(x) for x in ps]
    W = f(w)
    rows = ['%s年%s本级一般公共预算支出%s元，按功能分类：' % (g.i(g.year, sep=''), g.county, W)]
    rows += ['%s%s%s元' % (n, g.c, v) for n, v in zip(items, toks)]
    return R('\n'.join(rows), [C_sum(W, toks)], desc)


@style('audit_findings_partial', 'totals', 'CIN', '审计报告：问题金额“其中”违规、损失浪费等（partial）')
def _t(g):
    nd = g.ch([0, 2, 2])
    names = g.sample(['违规问题金额', '管理不规范金额', '损失浪费金额', '侵占挪用金额', '虚报冒领金额'], g.ri(2, 3))
    tot = g.ri(200 * 10 ** nd, 60000 * 10 ** nd)
    parts = split_int(g, tot, len(names))
    w, ps, desc = sum_case(g, parts, 'partial', names)
    f = lambda u: g.w(u, nd)
    toks = [f(x) for x in ps]
    W = f(w)
    t = '%s对%s个单位进行了审计，共查出主要问题金额%s元，其中%s；已督促整改问题金额%s元。' % (
        g.yr(), g.cn(g.ri(8, 60)), W, '，'.join('%s%s元' % (n, v) for n, v in zip(names, toks)),
        f(g.ri(1, max(1, w))))
    return R(t, [C_sum(W, toks, 'partial')], desc)


@style('court_new_old_closed', 'totals', 'CI', '法院报告：新收+旧存=受理；审结+未结=受理（两个关系）')
def _t(g):
    new = g.ri(2000, 40000)
    old = g.ri(100, 4000)
    tot = new + old
    closed = g.ri(int(tot * 0.8), tot - 1)
    open_ = tot - closed
    desc = 'new + carried-over = accepted; closed + pending = accepted'
    T = tot
    if g.label == 'inconsistent':
        op = g.ch(['tot', 'open', 'new'])
        if op == 'tot':
            T = g.ch([typo_int(g, tot), new, tot + open_])
            desc = 'accepted total wrong (%d instead of %d)' % (T, tot)
        elif op == 'open':
            o2 = typo_int(g, open_)
            desc = 'typo in pending cases (%d written as %d)' % (open_, o2)
            open_ = o2
        else:
            n2 = typo_int(g, new)
            desc = 'typo in new cases (%d written as %d)' % (new, n2)
            new = n2
    f = g.i
    court = g.ch([g.county + '人民法院', g.city + '中级人民法院', '本院'])
    t = '%s，%s共受理各类案件%s件%s，审结%s件，未结%s件。' % (
        g.yr(), court, f(T), g.par('新收%s件，旧存%s件' % (f(new), f(old))), f(closed), f(open_))
    checks = [C_lin([('+', f(new)), ('+', f(old))], f(T)), C_sum(f(T), [f(closed), f(open_)])]
    return R(t, checks, desc)


@style('procuratorate_two_way_split', 'totals', 'CI', '检察报告：审查逮捕X人，批准a人、不批准b人（两分）')
def _t(g):
    tot = g.ri(150, 3000)
    a = g.ri(int(tot * 0.55), int(tot * 0.92))
    parts = [a, tot - a]
    names = ['批准逮捕', '不批准逮捕']
    if g.chance(0.5):
        names = ['提起公诉', '不起诉']
    w, ps, desc = sum_case(g, parts, 'exact', names)
    f = g.i
    verb = '审查逮捕' if names[0] == '批准逮捕' else '审结审查起诉案件涉及'
    t = '%s%s%s犯罪嫌疑人%s人，%s%s人，%s%s人。' % (
        g.yr(), g.ch([g.county + '人民检察院', '我院', '全市检察机关']), verb, f(w), names[0], f(ps[0]), names[1], f(ps[1]))
    return R(t, [C_sum(f(w), [f(ps[0]), f(ps[1])])], desc)


@style('hotline_phone_lookalike', 'totals', 'CIN', '热线通报：12345、电话号码等不能参与运算，另有 partial 总分')
def _t(g):
    e = [b for b in BDS if b.key == 'rx'][0]
    a = Amts(g, e=e)
    L = g.label
    phone = '0%d-%d' % (g.ri(310, 999), g.ri(5000000, 8999999))
    pre = '%s%s月，%s12345政务服务便民热线（24小时服务电话：%s）' % (g.yr(), g.cn(g.ri(1, 12)), g.city, phone)
    if L == 'negative' and g.chance(0.4):
        t = pre + '运行平稳，群众可通过电话、微信公众号、“%s”App等渠道反映诉求。' % g.mkname()
        return R(t, [C_none(['12345', phone], 'hotline name and phone number')], 'hotline number and phone are not quantities')
    w, ps, desc = sum_case(g, a.parts, 'partial', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = pre + '共受理群众诉求%s件，其中%s。' % (W, '、'.join('%s%s件' % (n, v) for n, v in zip(a.names, toks)))
    return R(t, [C_sum(W, toks, 'partial'), C_none([phone], 'phone number')], desc)


@style('grain_seasons_total_last', 'totals', 'CI', '农业统计：夏粮、早稻、秋粮分列，句末全年粮食总产量')
def _t(g):
    names = g.ch([['夏粮', '早稻', '秋粮'], ['夏粮', '秋粮'], ['小麦', '玉米', '稻谷', '豆类', '薯类']])
    nd = g.ch([1, 2, 2])
    tot = g.ri(5 * 10 ** nd, 120 * 10 ** nd)
    parts = split_int(g, tot, len(names))
    w, ps, desc = sum_case(g, parts, 'exact', names)
    f = lambda u: g.w(u, nd)
    toks = [f(x) for x in ps]
    W = f(w)
    t = '%s，%s%s，全年粮食总产量%s吨%s。' % (
        g.yr(), g.county, '，'.join('%s产量%s吨' % (n, v) for n, v in zip(names, toks)), W,
        g.ch(['，连续%s年稳定在%s万吨以上' % (g.cn(g.ri(3, 12)), g.cn(max(1, int(w / 10 ** nd) - g.ri(0, 3)))), '', '，创历史新高']))
    return R(t, [C_sum(W, toks)], desc)


@style('epidemic_cumulative_linear', 'totals', 'CI', '疫情通报：累计确诊 = 累计治愈出院 + 死亡 + 现有确诊')
def _t(g):
    cured = g.ri(50, 9000)
    dead = g.ri(0, 30)
    cur = g.ri(0, 400)
    tot = cured + dead + cur
    desc = 'cured + deaths + current = cumulative confirmed'
    L = g.label
    nums = dict(tot=tot, cured=cured, dead=dead, cur=cur)
    if L == 'inconsistent':
        op = g.ch(['tot', 'cured', 'stale'])
        if op == 'tot':
            nums['tot'] = typo_int(g, tot)
            desc = 'typo in cumulative confirmed (%d written as %d)' % (tot, nums['tot'])
        elif op == 'cured':
            nums['cured'] = typo_int(g, cured)
            desc = 'typo in cumulative cured (%d written as %d)' % (cured, nums['cured'])
        else:
            d = g.ri(3, 40)
            nums['cur'] = cur + d
            desc = 'current cases not updated (%d instead of %d)' % (cur + d, cur)
    f = g.i
    m, dday = g.ri(1, 12), g.ri(1, 28)
    t = '截至%s%d月%d日24时，%s累计报告确诊病例%s例，累计治愈出院%s例，累计死亡%s例，现有确诊病例%s例。' % (
        g.yr(), m, dday, g.ch([g.county, g.city, '全省']), f(nums['tot']), f(nums['cured']), f(nums['dead']), f(nums['cur']))
    checks = [C_lin([('+', f(nums['cured'])), ('+', f(nums['dead'])), ('+', f(nums['cur']))], f(nums['tot']))]
    return R(t, checks, desc)


@style('school_grade_lines', 'totals', 'CI', '学校报告：各年级人数逐行，末尾全校在校生')
def _t(g):
    grades = g.ch([['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'], ['七年级', '八年级', '九年级'],
                   ['高一', '高二', '高三']])
    per = [g.ri(80, 900) for _ in grades]
    w, ps, desc = sum_case(g, per, 'exact', grades)
    f = g.i
    school = g.mkname() + g.ch(['中心小学', '第一初级中学', '实验学校', '第二中学'])
    t = '%s%s学年学生情况\n%s\n全校在校生共%s人。' % (
        school, '%d—%d' % (g.year - 1, g.year),
        '\n'.join('%s%s%s人%s' % (n, g.c, f(v), '，%s个班' % g.cn(g.ri(2, 18))) for n, v in zip(grades, ps)), f(w))
    return R(t, [C_sum(f(w), [f(v) for v in ps])], desc)


@style('hospital_beds_departments', 'totals', 'CI', '医院报告：编制床位按科室分配，总数在前')
def _t(g):
    deps = g.sample(['内科', '外科', '妇产科', '儿科', '骨科', '康复科', '重症医学科', '中医科', '感染科', '眼耳鼻喉科'], g.ri(4, 7))
    per = [g.ri(10, 160) for _ in deps]
    w, ps, desc = sum_case(g, per, 'exact', deps)
    f = g.i
    hos = g.ch([g.county + '人民医院', g.county + '中医医院', g.mkname() + '镇中心卫生院'])
    t = '%s现有编制床位%s张，实际开放%s张。各科室床位设置：%s。' % (
        hos, f(w + g.ri(0, 50)), f(w), '，'.join('%s%s张' % (n, f(v)) for n, v in zip(deps, ps)))
    return R(t, [C_sum(f(w), [f(v) for v in ps])], desc)


@style('enterprise_segments_semicolon', 'totals', 'CI', '企业年报：分板块营业收入用“；”列出，合计在后')
def _t(g):
    segs = g.sample(['供水业务', '污水处理业务', '工程施工业务', '房地产开发业务', '物业服务', '砂石销售',
                     '物流运输', '酒店餐饮', '文旅运营', '农产品销售'], g.ri(3, 5))
    nd = g.ch([2, 2, 0])
    per = [g.ri(100 * 10 ** nd, 30000 * 10 ** nd) for _ in segs]
    w, ps, desc = sum_case(g, per, 'exact', segs)
    f = lambda u: g.w(u, nd)
    toks = [f(x) for x in ps]
    comp = g.ch(COMPANY).format(n=g.mkname())
    t = '%s%s年度经营情况：%s。上述板块合计实现营业收入%s元。' % (
        comp, g.i(g.year, sep=''), '；'.join('%s收入%s元' % (n, v) for n, v in zip(segs, toks)), f(w))
    return R(t, [C_sum(f(w), toks)], desc)


@style('village_income_sources_list', 'totals', 'CI', '村级报告：集体经济收入来源“包括”完整列出')
def _t(g):
    e = [b for b in BDS if b.key == 'cs'][0]
    a = Amts(g, e=e, k=g.ri(3, 5))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s村集体经济收入%s元，包括%s。' % (g.yr(), a.who, W, join_list(g, ['%s%s元' % (n, v) for n, v in zip(a.names, toks)]))
    return R(t, [C_sum(W, toks)], desc)


@style('population_two_partitions', 'totals', 'CI', '人口：男+女=总人口，城镇+乡村=总人口（同一整体两种划分）')
def _t(g):
    tot = g.ri(80000, 1500000)
    m = int(tot * g.uni(0.49, 0.53))
    u = int(tot * g.uni(0.3, 0.7))
    vals = dict(tot=tot, m=m, f=tot - m, u=u, r=tot - u)
    desc = 'both partitions add up to the total'
    if g.label == 'inconsistent':
        key = g.ch(['m', 'f', 'u', 'r'])
        old = vals[key]
        vals[key] = g.ch([typo_int(g, old), transpose_int(g, old)])
        desc = 'wrong figure for %s (%d instead of %d)' % ({'m': '男性', 'f': '女性', 'u': '城镇', 'r': '乡村'}[key], vals[key], old)
    f = g.i
    t = '%s年末%s户籍总人口%s人。按性别分，男性%s人，女性%s人；按城乡分，城镇人口%s人，乡村人口%s人。' % (
        g.yr(), g.county, f(vals['tot']), f(vals['m']), f(vals['f']), f(vals['u']), f(vals['r']))
    checks = [C_sum(f(vals['tot']), [f(vals['m']), f(vals['f'])]),
              C_sum(f(vals['tot']), [f(vals['u']), f(vals['r'])])]
    return R(t, checks, desc)


@style('nested_qizhong_two_levels', 'totals', 'CIN', '两层结构：总数=A+B，A“其中”再列子项（partial）')
def _t(g):
    A = g.ri(2000, 60000)
    B = g.ri(500, 30000)
    sub = split_int(g, A, g.ri(2, 3))
    names = ['城镇', '农村'] if g.chance(0.5) else ['企业职工', '城乡居民']
    subn = g.sample(['领取待遇人员', '在职参保人员', '灵活就业人员', '新增参保人员'], len(sub))
    L = g.label
    desc = 'top level adds up; sub-items do not exceed their parent'
    tot = A + B
    if L == 'negative':
        sub = [int(x * g.uni(0.4, 0.9)) for x in sub]
        desc = 'sub-items under 其中 cover only part of their parent; top level adds up'
    elif L == 'inconsistent':
        op = g.ch(['top', 'sub'])
        if op == 'top':
            tot = g.ch([typo_int(g, A + B), A + B + sub[0]])
            desc = 'top total wrong (%d instead of %d)' % (tot, A + B)
        else:
            j = g.ri(0, len(sub) - 1)
            sub = sub[:]
            sub[j] += int(A * g.uni(0.1, 0.5)) + 1
            desc = 'sub-item %s overstated so the sub-items exceed their parent' % subn[j]
    f = g.i
    if L == 'negative':
        t = '%s%s参加基本养老保险%s人。%s参保%s人，其中%s。' % (
            g.yr(), g.county, f(tot), names[0], f(A), '、'.join('%s%s人' % (n, f(v)) for n, v in zip(subn, sub)))
        return R(t, [C_sum(f(A), [f(v) for v in sub], 'partial')], desc)
    t = '%s%s参加基本养老保险%s人。%s参保%s人，其中%s；%s参保%s人。' % (
        g.yr(), g.county, f(tot), names[0], f(A), '、'.join('%s%s人' % (n, f(v)) for n, v in zip(subn, sub)),
        names[1], f(B))
    checks = [C_sum(f(tot), [f(A), f(B)]), C_sum(f(A), [f(v) for v in sub], 'partial')]
    return R(t, checks, desc)


@style('table_subtotals_and_total', 'totals', 'CI', 'Markdown 表格含两个“小计”与“合计”')
def _t(g):
    grpA = g.sample(['城区', '开发区', '高新区', '老城片区'], 2)
    grpB = g.sample(['东部乡镇', '西部乡镇', '山区乡镇', '库区乡镇'], 2)
    va = [g.ri(10, 900) for _ in grpA]
    vb = [g.ri(10, 900) for _ in grpB]
    sa, sb = sum(va), sum(vb)
    tot = sa + sb
    desc = 'subtotals and total add up'
    if g.label == 'inconsistent':
        op = g.ch(['sa', 'tot', 'item'])
        if op == 'sa':
            sa2 = typo_int(g, sa)
            desc = 'first subtotal wrong (%d instead of %d)' % (sa2, sa)
            sa = sa2
            tot = sum(va) + sb
        elif op == 'tot':
            t2 = g.ch([tot + sa, typo_int(g, tot), sa + sb + vb[0]])
            desc = 'total wrong (%d instead of %d)' % (t2, tot)
            tot = t2
        else:
            vb = vb[:]
            q = typo_int(g, vb[1])
            desc = 'typo in %s (%d written as %d)' % (grpB[1], vb[1], q)
            vb[1] = q
    what = g.ch([('新建5G基站', '个'), ('改造老旧小区', '个'), ('新增停车泊位', '个'), ('建成充电桩', '个'), ('安装路灯', '盏')])
    f = g.i
    rows = ['| 区域 | %s（%s） |' % what, '|---|---|']
    rows += ['| %s | %s |' % (n, f(v)) for n, v in zip(grpA, va)] + ['| 小计 | %s |' % f(sa)]
    rows += ['| %s | %s |' % (n, f(v)) for n, v in zip(grpB, vb)] + ['| 小计 | %s |' % f(sb)]
    rows += ['| 合计 | %s |' % f(tot)]
    checks = [C_sum(f(sa), [f(v) for v in va]), C_sum(f(sb), [f(v) for v in vb]), C_sum(f(tot), [f(sa), f(sb)])]
    if len({f(sa), f(sb)} | {f(v) for v in va + vb}) < 6:
        raise Skip()
    return R('\n'.join(rows), checks, desc)


@style('year_series_cumulative', 'totals', 'CI', '“20xx—20xx年累计投入X亿元，各年分别为……”')
def _t(g):
    n = g.ri(3, 5)
    y0 = g.ri(2015, 2026 - n + 1)
    nd = g.ch([1, 2])
    per = [g.ri(1 * 10 ** nd, 60 * 10 ** nd) for _ in range(n)]
    yrs = ['%d年' % (y0 + j) for j in range(n)]
    w, ps, desc = sum_case(g, per, 'exact', yrs)
    f = lambda u: g.y(u, nd)
    toks = [f(x) for x in ps]
    what = g.ch(['教育', '水利建设', '农村人居环境整治', '民生实事', '科技研发', '生态环境保护'])
    t = '%d—%d年，%s累计投入%s资金%s元，%s分别为%s元。' % (
        y0, y0 + n - 1, g.county, what, f(w), '各年', '、'.join(toks))
    return R(t, [C_sum(f(w), toks)], desc)


def _lin_case(g, a, b, sign):
    """a (+/-) b = c ; returns shown (a, b, c, desc) for the label."""
    c = a + b if sign > 0 else a - b
    if g.label == 'consistent':
        return a, b, c, 'change adds up'
    op = g.ch(['c', 'b', 'a', 'b'])
    if op == 'c':
        c2 = typo_int(g, c)
        return a, b, c2, 'end figure wrong (%d instead of %d)' % (c2, c)
    if op == 'b':
        b2 = g.ch([typo_int(g, b), transpose_int(g, b)])
        return a, b2, c, 'stated change wrong (%d instead of %d)' % (b2, b)
    a2 = typo_int(g, a)
    return a2, b, c, 'start figure wrong (%d instead of %d)' % (a2, a)


CHANGE_WHAT = [('市场主体', '户', 20000, 300000), ('高新技术企业', '家', 20, 600), ('规模以上工业企业', '家', 50, 900),
               ('等级医院', '家', 5, 40), ('家庭农场', '家', 100, 3000), ('农民专业合作社', '家', 200, 4000),
               ('城市公园', '个', 5, 80), ('注册志愿者', '人', 5000, 200000), ('养老床位', '张', 500, 9000),
               ('普惠性幼儿园', '所', 20, 300), ('A级旅游景区', '家', 5, 60), ('5G基站', '个', 300, 9000)]


@style('change_you_zengzhi', 'totals', 'CI', '“由X增至Y，增加Z”')
def _t(g):
    nm, u, lo, hi = g.ch(CHANGE_WHAT)
    a = g.ri(lo, hi)
    b = g.ri(max(1, a // 50), max(2, a // 3))
    A, B, C, desc = _lin_case(g, a, b, +1)
    f = g.i
    y0 = g.ri(2015, 2024)
    t = '%s%s由%d年的%s%s增至%d年的%s%s，增加%s%s。' % (g.county, nm, y0, f(A), u, min(2026, y0 + g.ri(1, 5)), f(C), u, f(B), u)
    return R(t, [C_lin([('+', f(A)), ('+', f(B))], f(C))], desc)


@style('change_bishangnian_zengjia', 'totals', 'CI', '上年数在前一句，本年“达到Y，比上年增加Z”')
def _t(g):
    nm, u, lo, hi = g.ch(CHANGE_WHAT)
    a = g.ri(lo, hi)
    b = g.ri(max(1, a // 50), max(2, a // 4))
    A, B, C, desc = _lin_case(g, a, b, +1)
    f = g.i
    t = '%d年末，%s共有%s%s%s。%s%s年末%s达到%s%s，比上年%s%s%s。' % (
        g.year - 1, g.county, nm, f(A), u, g.ch(FILLER), g.yr(), '', f(C), u, g.ch(['增加', '净增', '新增']), f(B), u)
    return R(t, [C_lin([('+', f(A)), ('+', f(B))], f(C))], desc)


@style('change_jianshao_dao', 'totals', 'CI', '“由X减少到Y，减少Z”（下降方向）')
def _t(g):
    what = g.ch([('农村贫困人口', '人', 2000, 60000), ('重大安全隐患', '处', 50, 900), ('信访积案', '件', 30, 800),
                 ('黑臭水体', '条', 10, 90), ('生产安全事故', '起', 20, 300), ('刑事案件立案数', '起', 800, 9000),
                 ('未整改问题', '个', 20, 600)])
    nm, u, lo, hi = what
    a = g.ri(lo, hi)
    b = g.ri(max(1, a // 20), max(2, a * 2 // 3))
    A, B, C, desc = _lin_case(g, a, b, -1)
    f = g.i
    t = '%s%s由上年的%s%s%s到%s%s，%s%s%s。' % (g.county, nm, f(A), u, g.ch(['减少', '下降', '压降']), f(C), u,
                                          g.ch(['减少', '下降', '压减']), f(B), u)
    return R(t, [C_lin([('+', f(A)), ('-', f(B))], f(C))], desc)


@style('huanbi_month_change', 'totals', 'CI', '月报：本月X件，上月Y件，“环比增加/减少Z件”')
def _t(g):
    prev = g.ri(200, 30000)
    d = g.ri(max(1, prev // 40), max(2, prev // 4))
    up = g.chance(0.5)
    A, B, C, desc = _lin_case(g, prev, d, 1 if up else -1)
    f = g.i
    m = g.ri(2, 12)
    t = '%s%s月，%s12345热线共受理群众诉求%s件（上月%s件），环比%s%s件。' % (
        g.yr(), g.cn(m), g.city, f(C), f(A), '增加' if up else '减少', f(B))
    return R(t, [C_lin([('+', f(A)), ('+' if up else '-', f(B))], f(C))], desc)


def _flow_case(g, start, inc, dec):
    """start + Σinc − Σdec = end"""
    end = start + sum(inc) - sum(dec)
    if g.label == 'consistent':
        return start, inc, dec, end, 'opening + inflows − outflows = closing'
    op = g.ch(['end', 'inc', 'dec', 'sign'])
    inc, dec = inc[:], dec[:]
    if op == 'end':
        e2 = typo_int(g, end)
        return start, inc, dec, e2, 'closing figure wrong (%d instead of %d)' % (e2, end)
    if op == 'inc':
        j = g.ri(0, len(inc) - 1)
        q = typo_int(g, inc[j])
        inc[j] = q
        return start, inc, dec, end, 'an inflow misstated (%d)' % q
    if op == 'dec' and dec:
        j = g.ri(0, len(dec) - 1)
        q = typo_int(g, dec[j])
        dec[j] = q
        return start, inc, dec, end, 'an outflow misstated (%d)' % q
    e2 = start + sum(inc) + sum(dec)
    return start, inc, dec, e2, 'outflows added instead of subtracted (closing %d instead of %d)' % (e2, end)


@style('stock_flow_sentence', 'totals', 'CI', '年初数+新增−减少=年末数（一句话）')
def _t(g):
    what = g.ch([('登记在册的社会组织', '家', '新登记', '注销登记', 80, 900),
                 ('在册特困供养人员', '人', '新纳入', '退出', 300, 6000),
                 ('低保对象', '户', '新增', '退出', 800, 12000),
                 ('在库科技型中小企业', '家', '新入库', '出库', 50, 900),
                 ('建档立卡监测对象', '户', '新识别', '风险消除', 200, 5000)])
    nm, u, iv, dv, lo, hi = what
    s = g.ri(lo, hi)
    inc = [g.ri(max(1, s // 30), max(2, s // 4))]
    dec = [g.ri(max(1, s // 40), max(2, s // 5))]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    f = g.i
    t = '%s初%s%s%s%s，年内%s%s%s、%s%s%s，年末%s%s%s。' % (
        g.yr(), g.county, nm, f(S), u, iv, f(I[0]), u, dv, f(D[0]), u, g.ch(['共有', '实有', '为']), f(E), u)
    return R(t, [C_lin([('+', f(S)), ('+', f(I[0])), ('-', f(D[0]))], f(E))], desc)


@style('stock_flow_table_row', 'totals', 'CI', '表格行：年初数｜本年增加｜本年减少｜年末数（万元）')
def _t(g):
    nd = g.ch([0, 2])
    s = g.ri(1000 * 10 ** nd, 90000 * 10 ** nd)
    inc = [g.ri(100 * 10 ** nd, 30000 * 10 ** nd)]
    dec = [g.ri(100 * 10 ** nd, 20000 * 10 ** nd)]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    f = lambda u: g.d(u, nd)
    item = g.ch(['固定资产原值', '专项债务余额', '国有资本金', '预付账款', '在建工程', '应收账款'])
    sep = g.ch(['\t', ' | ', '\u3000'])
    rows = ['单位：万元', sep.join(['项目', '年初数', '本年增加', '本年减少', '年末数']),
            sep.join([item, f(S), f(I[0]), f(D[0]), f(E)])]
    if sep == ' | ':
        rows = ['单位：万元', '| ' + rows[1] + ' |', '|---|---|---|---|---|', '| ' + rows[2] + ' |']
    return R('\n'.join(rows), [C_lin([('+', f(S)), ('+', f(I[0])), ('-', f(D[0]))], f(E))], desc)


@style('net_increase_new_minus_cancel', 'totals', 'CI', '“新设a户，注销b户，净增c户”')
def _t(g):
    a = g.ri(1000, 40000)
    b = g.ri(200, a - 100)
    A, B, C, desc = _lin_case(g, a, b, -1)
    f = g.i
    t = '%s%s新登记市场主体%s户，注吊销%s户，净增%s户，%s。' % (g.yr(), g.county, f(A), f(B), f(C),
                                                 g.ch(['市场活力持续释放', '总量稳步增长', '营商环境持续优化']))
    return R(t, [C_lin([('+', f(A)), ('-', f(B))], f(C))], desc)


COUNT_POOLS = {
    '乡镇': ['青山镇', '白沙镇', '云岭乡', '石门镇', '桃源乡', '龙泉镇', '金溪镇', '凤凰乡', '东湖街道', '南塘镇', '柳河乡', '清水镇'],
    '试点村': ['前进村', '红星村', '枫林村', '新华村', '长塘村', '石桥村', '梅岭村', '河口村', '松坪村', '兴隆村'],
    '重点行业': ['建筑施工', '道路交通', '危险化学品', '消防', '燃气', '特种设备', '矿山', '工贸'],
    '领域': ['教育', '医疗', '养老', '托育', '住房', '就业', '社保', '文体'],
    '专项行动': ['“蓝天”行动', '“净土”行动', '“清河”行动', '“护苗”行动', '“铁拳”行动', '“昆仑”行动'],
    '工作专班': ['综合协调组', '项目推进组', '要素保障组', '督查督办组', '宣传报道组', '安全稳定组'],
}


@style('count_deng_n', 'totals', 'CIN', '列举后“等N个”（deng：列举可少于N）')
def _t(g):
    cat = g.ch(list(COUNT_POOLS))
    pool = COUNT_POOLS[cat]
    n = g.ri(3, min(7, len(pool)))
    L = g.label
    if L == 'consistent':
        k = n
        desc = 'all N items listed before 等'
    elif L == 'negative':
        k = g.ri(2, n - 1)
        desc = '等N个 with only some of them named'
    else:
        k = n + g.ri(1, 2)
        if k > len(pool):
            raise Skip()
        desc = 'more items listed than the stated count'
    items = g.sample(pool, k)
    N = g.ch([g.i(n), g.cn(n, liang=True)])
    unit = '个'
    t = '%s，%s%s等%s%s%s被确定为%s%s。' % (g.yr(), '', '、'.join(items), N, unit, cat,
                                     g.ch(['省级', '市级', '首批']), g.ch(['示范点', '试点单位', '重点推进对象']))
    return R(t, [C_count(N, items, deng=True)], desc)


@style('count_baokuo_gong_n', 'totals', 'CI', '“包括A、B、C共N个”（完整列举）')
def _t(g):
    cat = g.ch(list(COUNT_POOLS))
    pool = COUNT_POOLS[cat]
    n = g.ri(3, min(7, len(pool)))
    L = g.label
    desc = 'number of listed items equals the stated count'
    k = n
    if L == 'inconsistent':
        k = n + g.ch([-1, 1]) if n < len(pool) else n - 1
        desc = 'listed %d items but states %d' % (k, n)
    items = g.sample(pool, k)
    N = g.ch([g.i(n), g.cn(n, liang=True)])
    t = '本次%s范围包括%s，共%s个%s。' % (g.ch(['督查', '考核', '评估', '抽查']), '、'.join(items), N, cat)
    return R(t, [C_count(N, items)], desc)


@style('count_cn_numeral_colon', 'totals', 'CI', '“成立了三个工作组：……”汉字数字计数')
def _t(g):
    pool = COUNT_POOLS['工作专班']
    n = g.ri(3, 6)
    L = g.label
    k = n
    desc = 'number of listed groups equals the stated count'
    if L == 'inconsistent':
        k = n + g.ch([-1, 1])
        if k > len(pool) or k < 2:
            raise Skip()
        desc = 'listed %d groups but states %d' % (k, n)
    items = g.sample(pool, k)
    N = g.cn(n, liang=True)
    t = '为推进%s，%s成立工作专班，下设%s个工作组%s%s，分别负责相关工作。' % (
        g.ch(['项目建设', '招商引资', '城市更新', '防汛救灾']), g.county, N, g.c, '、'.join(items))
    return R(t, [C_count(N, items)], desc)


TASKS = ['抓好粮食生产', '推进产业升级', '加强基础设施建设', '深化改革创新', '改善人居环境', '保障改善民生',
         '防范化解风险', '加强作风建设', '扩大有效投资', '促进消费回暖']


@style('count_n_aspects_yishi', 'totals', 'CI', '“重点抓好N个方面：一是……二是……”')
def _t(g):
    n = g.ri(3, 6)
    k = n
    desc = 'number of 一是/二是 items equals N'
    if g.label == 'inconsistent':
        k = n + g.ch([-1, 1])
        desc = 'announces %d aspects but lists %d' % (n, k)
    items = g.sample(TASKS, k)
    N = g.cn(n, liang=True)
    t = '%s要重点抓好%s个方面工作：%s。' % (g.ch(['下一步', '今年', str(min(2026, g.year + 1)) + '年']), N,
                                  '；'.join('%s是%s' % (ORD_CN[j], it) for j, it in enumerate(items)))
    return R(t, [C_count(N, items)], desc)


@style('overlap_members_groups', 'totals', 'CIN', '同一群体的交叉划分：党员/女性/35岁以下（overlap），另有男女之和')
def _t(g):
    tot = g.ri(40, 3000)
    fem = int(tot * g.uni(0.3, 0.6))
    party = int(tot * g.uni(0.4, 0.85))
    young = int(tot * g.uni(0.2, 0.5))
    L = g.label
    f = g.i
    org = g.ch(['局机关及下属单位', '全院', '学校', '中心', '全系统'])
    if L == 'negative':
        t = '%s现有干部职工%s人，其中中共党员%s人，女性%s人，35岁以下%s人，本科及以上学历%s人。' % (
            org, f(tot), f(party), f(fem), f(young), f(int(tot * g.uni(0.5, 0.95))))
        return R(t, [C_overlap(f(tot), [f(party), f(fem), f(young)])],
                 'overlapping groups of the same staff; each is below the whole although they add up beyond it')
    male = tot - fem
    desc = 'men + women = staff; overlapping groups within the whole'
    if L == 'inconsistent':
        op = g.ch(['party', 'male'])
        if op == 'party':
            party = tot + g.ri(max(2, tot // 20), max(3, tot // 3))
            desc = 'party members (%d) exceed the whole staff (%d)' % (party, tot)
        else:
            male = g.ch([typo_int(g, male), male + g.ri(2, 30)])
            desc = 'men + women do not give the staff total (men %d instead of %d)' % (male, tot - fem)
    t = '%s现有干部职工%s人，男性%s人、女性%s人；中共党员%s人，35岁以下青年干部%s人。' % (
        org, f(tot), f(male), f(fem), f(party), f(young))
    return R(t, [C_sum(f(tot), [f(male), f(fem)]), C_overlap(f(tot), [f(party), f(young)])], desc)


def _approx_num(g, exact, qual):
    """Round the exact figure to a 'nice' stated number fitting the qualifier."""
    mags = [10 ** k for k in range(len(str(exact)) - 2, len(str(exact)))]
    for m in mags[::-1] + mags:
        if m < 1:
            continue
        if qual == '约':
            s = round_half(Fr(exact, m)) * m
            if s > 0 and abs(exact - s) <= s / 10:
                return s
        elif qual == '近':
            s = -(-exact // m) * m
            if exact >= s * 0.9 and s >= exact:
                return s
        else:
            s = exact // m * m
            if s > 0 and s <= exact <= s * 1.3:
                return s
    raise Skip()


def _fmt_round(g, s):
    """Stated approximate number: 3万, 1.2万, 8000 or 汉字."""
    if s >= 10000 and s % 1000 == 0:
        v = Fr(s, 10000)
        nd = 0 if v.denominator == 1 else 1
        return g.w(int(v * 10 ** nd), nd, sep='')
    return g.i(s)


@style('approx_yue_with_exact', 'totals', 'CIN', '“约X”与精确分项并存（约：±10%），另有精确总分关系')
def _t(g):
    a = Amts(g, kinds=['int'])
    L = g.label
    if L == 'negative':
        toks = [a.f(x) for x in a.parts]
        S = _fmt_round(g, _approx_num(g, sum(a.parts), '约'))
        t = '%s%s%s约%s%s，%s。' % (lead(g), a.who, a.verb, S, a.unit,
                                 '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
        return R(t, [C_approx('约', S, parts=toks)], 'rounded 约 figure compatible with the exact parts')
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    S = _fmt_round(g, _approx_num(g, sum(ps), '约'))
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s%s%s，%s，%s%s约%s%s。' % (lead(g), a.who, a.verb, W, a.unit,
                                       '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)),
                                       g.ch(['各项', '分项']), g.ch(['加总', '相加']), S, a.unit)
    return R(t, [C_sum(W, toks), C_approx('约', S, parts=toks)], desc + '; 约 figure compatible with the parts')


@style('approx_jin_whole', 'totals', 'CIN', '“近X”概数（精确值在0.9X～X之间），另有精确总分关系')
def _t(g):
    a = Amts(g, kinds=['int'])
    L = g.label
    if L == 'negative':
        toks = [a.f(x) for x in a.parts]
        S = _fmt_round(g, _approx_num(g, sum(a.parts), '近'))
        t = '%s%s%s近%s%s。%s。' % (lead(g), a.who, a.verb, S, a.unit,
                                 '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
        return R(t, [C_approx('近', S, parts=toks)], '近 figure compatible with the exact parts')
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    S = _fmt_round(g, _approx_num(g, sum(ps), '近'))
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s近%s%s。分项看，%s，合计%s%s。' % (lead(g), a.who, a.verb, S, a.unit,
                                          '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)), W, a.unit)
    return R(t, [C_sum(W, toks), C_approx('近', S, parts=toks)], desc)


@style('approx_chaoguo_yu', 'totals', 'CIN', '“超过/逾/余/多X”概数（精确值在X～1.3X之间）')
def _t(g):
    a = Amts(g, kinds=['int'])
    q = g.ch(['超过', '逾', '余', '多', '以上'])
    L = g.label
    if L == 'negative':
        w, ps, desc = sum(a.parts), a.parts, '%s figure compatible with the exact parts' % q
    else:
        w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    s = _approx_num(g, sum(ps), q)
    S = _fmt_round(g, s)
    if q in ('余', '多'):
        if s % 10:
            raise Skip()
        phrase = '%s%s%s' % (S, q, a.unit)
    elif q == '以上':
        phrase = '%s%s以上' % (S, a.unit)
    else:
        phrase = '%s%s%s' % (q, S, a.unit)
    toks = [a.f(x) for x in ps]
    if L == 'negative':
        t = '%s%s%s%s，%s。' % (lead(g), a.who, a.verb, phrase, '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)))
        return R(t, [C_approx(q, S, parts=toks)], desc)
    W = a.f(w)
    t = '%s%s%s%s。据统计，%s，合计%s%s。' % (lead(g), a.who, a.verb, phrase,
                                      '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)), W, a.unit)
    return R(t, [C_sum(W, toks), C_approx(q, S, parts=toks)], desc)


@style('daxie_vs_xiaoxie_amount', 'totals', 'CI', '合同金额：阿拉伯数字与大写金额对照')
def _t(g):
    yuan = g.ri(2, 9999) * 100 + g.ch([0, 0, 0, 50, 80])
    if yuan >= 10 ** 8:
        raise Skip()
    shown = yuan
    desc = 'figures and words state the same amount'
    if g.label == 'inconsistent':
        shown = g.ch([typo_int(g, yuan), transpose_int(g, yuan)])
        desc = 'amount in words differs from the figures (%d vs %d)' % (shown, yuan)
    s_fig = g.d(yuan * 100, 2, full=False)
    s_dx = daxie(shown)
    t = '合同总价%s¥%s元（大写：人民币%s元整）。%s' % (g.c, s_fig, s_dx,
                                             g.ch(['付款方式：按工程进度支付。', '质保金为合同总价的3%。', '本合同一式六份。']))
    return R(t, [C_sum(s_fig, [s_dx])], desc)


@style('carryover_balance_linear', 'totals', 'CI', '资金结余：上年结转+本年收入−本年支出=年末结余')
def _t(g):
    nd = g.ch([2, 2, 0])
    s = g.ri(10 * 10 ** nd, 9000 * 10 ** nd)
    inc = [g.ri(100 * 10 ** nd, 30000 * 10 ** nd)]
    dec = [g.ri(50 * 10 ** nd, inc[0] + s - 1)]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    f = lambda u: g.w(u, nd)
    fund = g.ch(['城乡居民基本医疗保险基金', '住房公积金', '村级公益事业专项资金', '工会经费', '残疾人就业保障金'])
    t = '%s%s上年结转%s元，本年收入%s元，本年支出%s元，年末滚存结余%s元。' % (
        g.yr(), fund, f(S), f(I[0]), f(D[0]), f(E))
    return R(t, [C_lin([('+', f(S)), ('+', f(I[0])), ('-', f(D[0]))], f(E))], desc)


@style('debt_balance_linear', 'totals', 'CI', '政府债务：年初余额+新增−偿还=年末余额（亿元）')
def _t(g):
    nd = g.ch([2, 2, 1])
    s = g.ri(20 * 10 ** nd, 900 * 10 ** nd)
    inc = [g.ri(2 * 10 ** nd, 150 * 10 ** nd)]
    dec = [g.ri(1 * 10 ** nd, 80 * 10 ** nd)]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    f = lambda u: g.y(u, nd)
    t = '%s初，%s政府债务余额%s元；当年新增债券%s元，偿还到期债务%s元，%s年末债务余额%s元，控制在限额以内。' % (
        g.yr(), g.county, f(S), f(I[0]), f(D[0]), '', f(E))
    return R(t, [C_lin([('+', f(S)), ('+', f(I[0])), ('-', f(D[0]))], f(E))], desc)


@style('livestock_stock_flow', 'totals', 'CI', '畜牧：年初存栏+新增−出栏−死亡=年末存栏')
def _t(g):
    s = g.ri(2000, 90000)
    inc = [g.ri(s // 3, s * 2)]
    dec = [g.ri(s // 4, s + inc[0] // 2), g.ri(10, max(11, s // 50))]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    if E <= 0:
        raise Skip()
    f = g.i
    an = g.ch(['生猪', '肉牛', '肉羊', '奶牛'])
    t = '%s%s畜牧生产情况：年初%s存栏%s头，全年新增仔畜%s头，出栏%s头，死亡%s头，年末存栏%s头。' % (
        g.village, g.yr(), an, f(S), f(I[0]), f(D[0]), f(D[1]), f(E))
    return R(t, [C_lin([('+', f(S)), ('+', f(I[0])), ('-', f(D[0])), ('-', f(D[1]))], f(E))], desc)


@style('staff_change_linear', 'totals', 'CI', '人事：年初在编+录用+调入−退休−调出=年末在编')
def _t(g):
    s = g.ri(60, 3000)
    inc = [g.ri(1, max(2, s // 10)), g.ri(0, max(1, s // 20))]
    dec = [g.ri(1, max(2, s // 15)), g.ri(0, max(1, s // 25))]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    f = g.i
    org = g.ch(['局系统', '本单位', '全县教育系统', '县直机关'])
    t = '%s年初在编人员%s人，年内公开招录%s人、调入%s人，退休%s人、调出%s人，年末在编%s人。' % (
        org, f(S), f(I[0]), f(I[1]), f(D[0]), f(D[1]), f(E))
    return R(t, [C_lin([('+', f(S)), ('+', f(I[0])), ('+', f(I[1])), ('-', f(D[0])), ('-', f(D[1]))], f(E))], desc)


@style('plan_actual_overfulfil', 'totals', 'CI', '“计划X，实际完成Y，超计划Z”')
def _t(g):
    what = g.ch([('新建农村户厕', '座'), ('植树造林', '亩'), ('培训农民', '人次'), ('新增城镇就业', '人'), ('改造农村危房', '户')])
    a = g.ri(200, 20000)
    b = g.ri(max(1, a // 50), max(2, a // 5))
    A, B, C, desc = _lin_case(g, a, b, +1)
    f = g.i
    t = '%s%s计划%s%s，实际完成%s%s，超计划%s%s。' % (g.yr(), what[0], f(A), what[1], f(C), what[1], f(B), what[1])
    return R(t, [C_lin([('+', f(A)), ('+', f(B))], f(C))], desc)


DOC_ORG = ['政发', '政办发', '办发', '财预', '农发', '教发', '卫健发', '发改投资', '人社发', '民发']


def docnum(g):
    y = g.ri(2015, 2026)
    pre = g.ch([g.county[0], g.city[0], g.mkname()[0]])
    return '%s%s〔%d〕%d号' % (pre, g.ch(DOC_ORG), y, g.ri(1, 180))


@style('docnum_lookalike', 'totals', 'CIN', '文号〔2023〕15号等不是数量；另有真实总分关系')
def _t(g):
    dn = docnum(g)
    title = g.ch(['关于进一步加强安全生产工作的通知', '关于印发〈乡村振兴重点工作任务清单〉的通知',
                  '关于做好城乡居民医疗保障工作的通知', '关于开展“双随机、一公开”监管工作的通知'])
    L = g.label
    a = Amts(g, kinds=['int'])
    if L == 'negative' and g.chance(0.5):
        t = '根据《%s》（%s）要求，%s结合实际制定了实施方案，明确了责任分工和时间节点。' % (title, dn, a.who or g.county)
        return R(t, [C_none([dn], 'document number')], 'document number is not a quantity')
    w, ps, desc = sum_case(g, a.parts, 'partial' if L == 'negative' else 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    mid = '其中' if L == 'negative' else '分别为'
    if mid == '分别为':
        body = '%s%s分别为%s%s' % ('、'.join(a.names), '', '、'.join(toks), a.unit)
    else:
        body = '其中' + '、'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '按照《%s》（%s）部署，%s%s%s%s，%s。' % (title, dn, a.who, a.verb, W, a.unit, body)
    return R(t, [C_sum(W, toks, 'partial' if L == 'negative' else 'exact'), C_none([dn], 'document number')], desc)


@style('date_lookalike', 'totals', 'CIN', '日期、时段（2023年3月15日、1—9月、24时）不是数量；另有总分关系')
def _t(g):
    y = g.year
    m1, m2 = sorted(g.sample(range(1, 13), 2))
    dd = g.ri(1, 28)
    date = '%d年%d月%d日' % (y, m2, dd)
    per = '%d—%d月' % (m1, m2)
    a = Amts(g, kinds=['int'])
    L = g.label
    if L == 'negative' and g.chance(0.5):
        t = '%s，%s召开%s工作推进会，通报了%s%s工作进展情况，部署下一阶段重点任务。' % (
            date, a.who or g.county, g.ch(['第三季度', '年度', '专项']), per, a.e.noun)
        return R(t, [C_none([date, per], 'date and period')], 'dates are not quantities')
    w, ps, desc = sum_case(g, a.parts, 'partial' if L == 'negative' else 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    body = ('其中' if L == 'negative' else '分项为') + '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '截至%s，%s%s%s%s%s，%s。' % (date, a.who, per, a.verb.replace('全年', ''), W, a.unit, body)
    return R(t, [C_sum(W, toks, 'partial' if L == 'negative' else 'exact'), C_none([date], 'date')], desc)


@style('phone_code_lookalike', 'totals', 'CIN', '电话、邮编、统一社会信用代码不是数量；另有总分关系')
def _t(g):
    tel = '%d-%d' % (g.ri(310, 999) if g.chance(0.5) else g.ch([10, 20, 21, 22, 23, 24, 25, 27, 28, 29]),
                     g.ri(50000000, 89999999) if g.chance(0.4) else g.ri(5000000, 8999999))
    tel = '0' + tel
    zipc = '%06d' % g.ri(100000, 859999)
    mob = '1%d%08d' % (g.ch([33, 35, 38, 39, 50, 58, 77, 86, 89]), g.ri(0, 99999999))
    L = g.label
    a = Amts(g, kinds=['int'])
    if L == 'negative' and g.chance(0.5):
        t = '联系人：%s科 %s同志，联系电话：%s，手机：%s，邮政编码：%s。' % (
            g.ch(['综合', '业务', '规划']), g.ch(['张', '李', '王', '刘', '陈']), tel, mob, zipc)
        return R(t, [C_none([tel, mob, zipc], 'phone numbers and postcode')], 'contact numbers are not quantities')
    w, ps, desc = sum_case(g, a.parts, 'partial' if L == 'negative' else 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    body = ('其中' if L == 'negative' else '') + '、'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '%s%s%s%s%s，%s。咨询电话：%s。' % (lead(g), a.who, a.verb, W, a.unit, body, tel)
    return R(t, [C_sum(W, toks, 'partial' if L == 'negative' else 'exact'), C_none([tel], 'phone number')], desc)


@style('ranking_lookalike', 'totals', 'CIN', '排名“全省第3位”“前移5位”不是总分；另有总分关系')
def _t(g):
    r1 = g.ri(1, 20)
    r0 = r1 + g.ri(1, 9)
    rk = '第%d位' % r1
    mv = '%d位' % (r0 - r1)
    L = g.label
    a = Amts(g, kinds=['int', 'wan'])
    if L == 'negative' and g.chance(0.5):
        t = '在全省%s考核中，%s位列%s，较上年前移%s，连续%s年进入全省前%s名。' % (
            g.ch(['营商环境', '高质量发展', '乡村振兴', '平安建设']), g.county, rk, mv, g.cn(g.ri(2, 5)), g.cn(g.ch([10, 20, 30])))
        return R(t, [C_none([rk, mv], 'ranking and rank change')], 'rankings are not quantities to add')
    w, ps, desc = sum_case(g, a.parts, 'partial' if L == 'negative' else 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    body = ('其中' if L == 'negative' else '') + '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '%s%s%s%s%s，总量居全市%s，%s。' % (lead(g), a.who, a.verb, W, a.unit, rk, body)
    return R(t, [C_sum(W, toks, 'partial' if L == 'negative' else 'exact'), C_none([rk], 'ranking')], desc)


TECH = [('1+X', '“1+X”职业技能等级证书制度试点'), ('x86', 'x86架构服务器'), ('5G', '5G网络'),
        ('V2.0', '智慧城市平台V2.0版'), ('7+X', '“7+X”重点产业链'), ('3+2', '“3+2”分段培养'),
        ('1+N', '“1+N”政策体系'), ('ISO 9001', 'ISO 9001质量管理体系认证'), ('IPv6', 'IPv6规模部署'),
        ('4A', '国家4A级旅游景区'), ('12345', '12345热线'), ('110', '110接处警')]


@style('version_code_lookalike', 'totals', 'CIN', '1+X、7+X、x86、5G、V2.0、4A 等代号不是算式；另有总分关系')
def _t(g):
    tok, phrase = g.ch(TECH)
    L = g.label
    if L == 'negative' and g.chance(0.6):
        t = '%s深入推进%s，%s，%s。' % (g.county, phrase, g.ch(['取得阶段性成效', '工作走在全市前列', '形成了可复制可推广的经验']),
                                   g.ch(['相关做法被省级媒体报道', '获评省级示范', '群众满意度明显提升']))
        return R(t, [C_none([tok], 'code/name, not an arithmetic expression')], 'code or name that looks like arithmetic')
    a = Amts(g, kinds=['int'])
    mode = 'partial' if L == 'negative' else 'exact'
    w, ps, desc = sum_case(g, a.parts, mode, a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    body = ('其中' if mode == 'partial' else '') + '、'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '%s%s%s%s%s，%s。%s%s。' % (lead(g), a.who, a.verb, W, a.unit, body, phrase,
                                  g.ch(['同步推进', '取得积极进展', '纳入年度重点任务', '顺利通过验收']))
    return R(t, [C_sum(W, toks, mode), C_none([tok], 'code/name')], desc)


@style('range_lookalike', 'totals', 'CIN', '区间“3—5年”“800～1,200元”不是减法；另有总分关系')
def _t(g):
    lo = g.ri(3, 80) * 10
    hi = lo + g.ri(2, 40) * 10
    tilde = g.ch(['～', '~', '—', '-', '至'])
    rg = '%s%s%s' % (g.i(lo), tilde, g.i(hi))
    ys = '%d%s%d年' % (g.ri(2, 3), g.ch(['—', '～', '-']), g.ri(4, 5))
    L = g.label
    if L == 'negative' and g.chance(0.5):
        t = '对符合条件的经营主体给予每亩%s元的补助，补助期限为%s，具体标准由各乡镇%s确定。' % (
            rg, ys, g.ch(['结合实际', '研究', '按程序']))
        return R(t, [C_none([rg, ys], 'ranges')], 'ranges are not subtractions')
    a = Amts(g, kinds=['int'])
    w, ps, desc = sum_case(g, a.parts, 'partial' if L == 'negative' else 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    body = ('其中' if L == 'negative' else '') + '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '%s%s%s%s%s，%s；%s标准为每人每月%s元。' % (lead(g), a.who, a.verb, W, a.unit, body, '补助', rg)
    return R(t, [C_sum(W, toks, 'partial' if L == 'negative' else 'exact'), C_none([rg], 'range')], desc)


@style('target_lookalike', 'totals', 'CIN', '目标、计划数（力争达到、预计）不参与核对；另有实际总分关系')
def _t(g):
    a = Amts(g, kinds=['int', 'wan'])
    tgt = a.f(int(sum(a.parts) * g.uni(1.05, 1.5)))
    L = g.label
    g.year = min(g.year, 2025)
    ty = g.year + 1
    if L == 'negative' and g.chance(0.5):
        t = '%d年，%s力争%s%s%s，%s。' % (ty, a.who or g.county, a.verb.replace('共', '').replace('全年', ''), tgt, a.unit,
                                   g.ch(['确保完成省市下达的目标任务', '努力实现“十四五”规划目标', '为全面完成规划目标打下坚实基础']))
        return R(t, [C_none([tgt], 'target figure')], 'target figure, nothing to check')
    w, ps, desc = sum_case(g, a.parts, 'partial' if L == 'negative' else 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    body = ('其中' if L == 'negative' else '') + '，'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks))
    t = '%s%s%s%s%s，%s。%d年目标为%s%s。' % (g.yr(), a.who, a.verb, W, a.unit, body, ty, tgt, a.unit)
    return R(t, [C_sum(W, toks, 'partial' if L == 'negative' else 'exact'), C_none([tgt], 'target')], desc)


@style('colon_sources_semicolon', 'totals', 'CI', '“资金来源：中央…；省级…；自筹…。总投资X”')
def _t(g):
    nd = g.ch([0, 1, 2])
    names = g.ch([['中央补助', '省级补助', '县级配套', '群众自筹'], ['争取上级资金', '整合涉农资金', '社会捐赠'],
                  ['专项债券', '银行贷款', '企业自有资金']])
    tot = g.ri(100 * 10 ** nd, 50000 * 10 ** nd)
    parts = split_int(g, tot, len(names))
    w, ps, desc = sum_case(g, parts, 'exact', names)
    f = lambda u: g.w(u, nd)
    toks = [f(x) for x in ps]
    t = '项目总投资%s元。资金来源%s%s。' % (f(w), g.c, g.p.semi.join('%s%s元' % (n, v) for n, v in zip(names, toks)))
    return R(t, [C_sum(f(w), toks)], desc)


@style('parts_then_bracket_heji', 'totals', 'CI', '“A a、B b、C c（合计X）”括号内合计')
def _t(g):
    a = Amts(g, k=g.ri(2, 4))
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    t = '%s%s%s%s%s。' % (lead(g), a.who, a.e.noun + g.c, '、'.join('%s%s%s' % (n, v, a.unit) for n, v in zip(a.names, toks)),
                        g.par(g.ch(['合计', '共', '总计']) + W + a.unit))
    return R(t, [C_sum(W, toks)], desc)


@style('procurement_items_contract', 'totals', 'CI', '采购结果公告：各包中标金额（元，含分）与合同总价')
def _t(g):
    k = g.ri(2, 5)
    goods = g.sample(['办公家具', '教学一体机', '体育器材', '图书', '医疗设备', '监控设备', '实验室耗材', '物业服务', '食堂设备'], k)
    vals = [g.ri(5000, 900000) * 100 + g.ri(0, 99) for _ in goods]
    w, ps, desc = sum_case(g, vals, 'exact', goods)
    f = lambda u: g.d(u, 2)
    rows = ['项目编号：%s-%d-%03d' % (g.ch(['ZFCG', 'GK', 'CG']), g.year, g.ri(1, 300))]
    rows += ['包%d：%s，中标金额%s元' % (j + 1, n, f(v)) for j, (n, v) in enumerate(zip(goods, ps))]
    rows.append('中标总金额：%s元' % f(w))
    return R('\n'.join(rows), [C_sum(f(w), [f(v) for v in ps])], desc)


@style('quarterly_fenbie', 'totals', 'CI', '“一至四季度分别完成a、b、c、d，全年X”')
def _t(g):
    nd = g.ch([1, 2])
    q = [g.ri(1 * 10 ** nd, 40 * 10 ** nd) for _ in range(4)]
    qs = ['一季度', '二季度', '三季度', '四季度']
    w, ps, desc = sum_case(g, q, 'exact', qs)
    f = lambda u: g.y(u, nd)
    toks = [f(x) for x in ps]
    t = '%s%s一至四季度分别完成%s%s元，全年累计完成%s元。' % (
        g.yr(), g.county + g.ch(['固定资产投资', '工业投资', '项目投资']), '、'.join(toks[:-1]) + '和' + toks[-1], '', f(w))
    return R(t, [C_sum(f(w), toks)], desc)


@style('two_wholes_one_passage', 'totals', 'CI', '同一段两个总数各有分项，只有一个可能出错')
def _t(g):
    e1, e2 = g.sample([b for b in BDS if b.kind == 'int'], 2)
    a1 = Amts(g, e=e1)
    a2 = Amts(g, e=e2)
    L = g.label
    g.label = 'consistent'
    w1, p1, _ = sum_case(g, a1.parts, 'exact', a1.names)
    g.label = L
    w2, p2, desc = sum_case(g, a2.parts, 'exact', a2.names)
    if g.chance(0.5):
        (a1, w1, p1), (a2, w2, p2) = (a2, w2, p2), (a1, w1, p1)
    t1 = [a1.f(x) for x in p1]
    t2 = [a2.f(x) for x in p2]
    t = '%s%s%s%s%s（%s）；%s%s%s%s（%s）。' % (
        lead(g), a1.who, a1.verb, a1.f(w1), a1.unit, '、'.join('%s%s%s' % (n, v, a1.unit) for n, v in zip(a1.names, t1)),
        a2.who, a2.verb, a2.f(w2), a2.unit, '、'.join('%s%s%s' % (n, v, a2.unit) for n, v in zip(a2.names, t2)))
    return R(t, [C_sum(a1.f(w1), t1), C_sum(a2.f(w2), t2)], desc)


@style('rounding_noise_sum', 'totals', 'CI', '分项与合计各自四舍五入，差一个末位单位仍属一致')
def _t(g):
    k = g.ri(3, 6)
    names = g.sample(['一般公共服务', '教育', '卫生健康', '社会保障和就业', '农林水', '城乡社区', '交通运输', '住房保障'], k)
    fine = [g.ri(1000, 900000) for _ in range(k)]  # units of 0.0001亿 = 1万
    nd = g.ch([1, 2])
    step = 10 ** (4 - nd)
    rp = [round_half(Fr(x, step)) for x in fine]
    rw = round_half(Fr(sum(fine), step))
    desc = 'parts and total rounded separately (difference %d unit(s) of the last digit)' % abs(rw - sum(rp))
    if g.label == 'consistent':
        if rw == sum(rp) and g.chance(0.7):
            raise Skip()  # prefer cases that show a rounding difference
    else:
        op = g.ch(['typo', 'double'])
        if op == 'typo':
            n2 = typo_int(g, rw)
            desc = 'typo in the total (%s written as %s)' % (fs(Fr(rw, 10 ** nd)), fs(Fr(n2, 10 ** nd)))
            rw = n2
        else:
            j = g.ri(0, k - 1)
            rw = rw + rp[j]
            desc = '%s counted twice in the total' % names[j]
    f = lambda u: g.y(u, nd)
    toks = [f(x) for x in rp]
    t = '%s%s民生支出%s元，%s。' % (g.yr(), g.county, f(rw), '，'.join('%s%s元' % (n, v) for n, v in zip(names, toks)))
    return R(t, [C_sum(f(rw), toks)], desc)


@style('dot_leader_lines', 'totals', 'CI', '目录式“项目……数值”点引导线，末行合计')
def _t(g):
    a = Amts(g, k=g.ri(3, 5), kinds=['int', 'wan'])
    w, ps, desc = sum_case(g, a.parts, 'exact', a.names)
    toks = [a.f(x) for x in ps]
    W = a.f(w)
    lead_ch = g.ch(['…', '·', '．', '.'])
    rows = ['%s%s%s%s' % (n, lead_ch * g.ri(4, 12), v, a.unit) for n, v in zip(a.names, toks)]
    rows.append('合计%s%s%s' % (lead_ch * g.ri(4, 12), W, a.unit))
    t = '%s%s（%s）\n' % (a.who or g.county, a.e.noun, g.yr()) + '\n'.join(rows)
    return R(t, [C_sum(W, toks)], desc)


@style('village_households_list', 'totals', 'CI', '“全镇X户分布在各村：A村a户、B村b户……”')
def _t(g):
    k = g.ri(3, 7)
    vs = list(dict.fromkeys(g.mkname(SYL2) + '村' for _ in range(k + 3)))[:k]
    if len(vs) < k:
        raise Skip()
    vals = [g.ri(80, 1500) for _ in vs]
    w, ps, desc = sum_case(g, vals, 'exact', vs)
    f = g.i
    what = g.ch(['农村常住户', '脱贫户', '参保户', '自来水入户', '清洁取暖改造户'])
    t = '%s%s共%s户，各村分布如下：%s。' % (g.town, what, f(w), '，'.join('%s%s户' % (n, f(v)) for n, v in zip(vs, ps)))
    return R(t, [C_sum(f(w), [f(v) for v in ps])], desc)


@style('stock_flow_multi_sentence', 'totals', 'CI', '存量与流量分三句写（年初、年内变动、年末），单位万元')
def _t(g):
    nd = g.ch([0, 1, 2])
    s = g.ri(100 * 10 ** nd, 20000 * 10 ** nd)
    inc = [g.ri(10 * 10 ** nd, 8000 * 10 ** nd), g.ri(1 * 10 ** nd, 3000 * 10 ** nd)]
    dec = [g.ri(10 * 10 ** nd, min(s, 8000 * 10 ** nd))]
    S, I, D, E, desc = _flow_case(g, s, inc, dec)
    f = lambda u: g.w(u, nd)
    t = '%s年初，%s专项资金账户余额%s元。\n年内，上级拨入%s元，利息收入%s元；按项目进度拨付%s元。\n截至年末，账户余额%s元。' % (
        g.yr(), g.town, f(S), f(I[0]), f(I[1]), f(D[0]), f(E))
    return R(t, [C_lin([('+', f(S)), ('+', f(I[0])), ('+', f(I[1])), ('-', f(D[0]))], f(E))], desc)


@style('row_subtotal_boys_girls', 'totals', 'CI', '多行统计：每行“小计（a+b）”形式的行内合计')
def _t(g):
    k = g.ri(2, 4)
    rows, checks = [], []
    L = g.label
    bad = g.ri(0, k - 1)
    desc = 'every row total equals its two parts'
    who = g.sample(['一中', '二中', '实验中学', '职业中专', '城关小学', '育才小学'], k)
    for j in range(k):
        a, b = g.ri(20, 900), g.ri(20, 900)
        c = a + b
        if L == 'inconsistent' and j == bad:
            c2 = g.ch([typo_int(g, c), c + g.ri(1, 9), abs(a - b)])
            if c2 == c:
                c2 = c + 10
            desc = 'row %s: total %d instead of %d' % (who[j], c2, c)
            c = c2
        rows.append('%s：男生%s人，女生%s人，小计%s人' % (who[j], g.i(a), g.i(b), g.i(c)))
        checks.append(C_sum(g.i(c), [g.i(a), g.i(b)]))
    return R('\n'.join(rows), checks, desc)

# =====================================================================
# 6. Pct styles
# =====================================================================

class RP:
    def __init__(self, rate, den_v, num_v, unit, lo, hi, flo, fhi, who):
        self.rate, self.den_v, self.num_v, self.unit = rate, den_v, num_v, unit
        self.lo, self.hi, self.flo, self.fhi, self.who = lo, hi, flo, fhi, who


RPS = [
    RP('办结率', '受理群众诉求', '办结', '件', 500, 300000, 0.90, 0.999, ['{city}12345热线', '市民服务热线']),
    RP('合格率', '抽检食品样品', '检验合格', '批次', 200, 9000, 0.95, 0.995, ['{county}市场监管局', '县市场监督管理局']),
    RP('满意率', '电话回访群众', '表示满意', '人', 300, 20000, 0.85, 0.99, ['{county}', '县纪委监委']),
    RP('出勤率', '应出勤', '实际出勤', '人次', 500, 20000, 0.9, 0.995, ['{county}教育局', '县直机关']),
    RP('覆盖率', '行政村', '实现5G网络覆盖', '个', 50, 600, 0.55, 0.99, ['{county}', '全县']),
    RP('接种率', '适龄儿童', '完成免疫规划疫苗全程接种', '人', 2000, 60000, 0.92, 0.995, ['{county}疾控中心', '全县']),
    RP('整改率', '审计发现问题', '已完成整改', '个', 20, 900, 0.7, 0.99, ['{county}审计局', '被审计单位']),
    RP('结案率', '受理各类案件', '审结', '件', 2000, 40000, 0.85, 0.98, ['{county}人民法院', '县法院']),
    RP('就业率', '应届高校毕业生', '实现就业', '人', 500, 30000, 0.85, 0.97, ['{county}人社局', '全市']),
    RP('参保率', '户籍人口', '参加城乡居民基本医疗保险', '人', 50000, 900000, 0.95, 0.995, ['{county}医保局', '全县']),
    RP('签约率', '重点人群', '签约家庭医生', '人', 5000, 200000, 0.6, 0.9, ['{county}卫健局', '全区']),
    RP('达标率', '国省控监测断面', '水质达到或优于Ⅲ类', '个', 10, 80, 0.6, 1.0, ['{county}生态环境分局', '全市']),
    RP('开工率', '计划实施项目', '开工', '个', 20, 400, 0.7, 1.0, ['{county}', '全区']),
    RP('入园率', '学前三年适龄幼儿', '在园', '人', 2000, 40000, 0.85, 0.99, ['{county}教育局', '全县']),
    RP('及时率', '需按期回复的网民留言', '按期回复', '条', 100, 6000, 0.9, 1.0, ['{county}政府网站', '县长信箱']),
    RP('通过率', '参加技能鉴定', '取得职业资格证书', '人', 200, 9000, 0.6, 0.95, ['{county}人社局', '县职教中心']),
    RP('普及率', '农村户籍户', '通自来水', '户', 5000, 200000, 0.85, 0.995, ['{county}水利局', '全县']),
    RP('回访率', '办结工单', '完成回访', '件', 500, 90000, 0.8, 1.0, ['{city}12345热线', '热线办']),
]


class RateCase:
    def __init__(self, g, e=None, nd=None):
        self.g = g
        self.e = e or g.ch(RPS)
        e = self.e
        self.den = g.ri(e.lo, e.hi)
        self.num = min(self.den, max(1, round_half(self.den * Fr(g.uni(e.flo, e.fhi)).limit_denominator(10 ** 6))))
        self.nd = g.ch([1, 1, 1, 2]) if nd is None else nd
        self.who = g.ch(e.who).format(county=g.county, city=g.city)


def rate_pick(g, num, den, nd=1, cap=True, alts=None, trunc_ok=True):
    """(stated units, description) for num/den in percent with nd decimals."""
    true = rate_units(num, den, nd)
    if g.label != 'inconsistent':
        if trunc_ok and g.chance(0.08):
            t = rate_units(num, den, nd, 'trunc')
            if t != true:
                return t, 'rate truncated instead of rounded (still consistent)'
        return true, 'stated rate matches the figures'
    cp = 100 * 10 ** nd if cap and true <= 100 * 10 ** nd else None
    v, why = bad_rate(g, true, nd, cp, alts)
    return v, '%s (%s%% stated, %s%% computed)' % (why, fs(Fr(v, 10 ** nd)), fs(Fr(true, 10 ** nd)))


def growth_pick(g, base, cur, nd=1, allow_sign=True):
    """(abs stated units, sign, description) for cur/base - 1."""
    r = Fr(cur) / Fr(base) - 1
    sign = 1 if r >= 0 else -1
    true = round_half(abs(r) * 100 * 10 ** nd)
    if g.label != 'inconsistent':
        return true, sign, 'stated growth matches the figures'
    ops = ['swap', 'typo', 'shift', 'swap']
    if allow_sign and true >= 10 * 10 ** max(0, nd - 1):
        ops.append('sign')
    for _ in range(30):
        op = g.ch(ops)
        if op == 'swap':
            v = round_half(abs(Fr(cur) - Fr(base)) / Fr(cur) * 100 * 10 ** nd)
            if abs(v - true) >= 4:
                return v, sign, 'growth computed on the current year instead of the base year (%s%% instead of %s%%)' % (
                    fs(Fr(v, 10 ** nd)), fs(Fr(true, 10 ** nd)))
        elif op == 'sign':
            return true, -sign, 'direction reversed (%s instead of %s)' % ('增长' if sign < 0 else '下降', '增长' if sign > 0 else '下降')
        else:
            v, why = bad_rate(g, true, nd)
            if v > 0:
                return v, sign, '%s (%s%% stated, %s%% computed)' % (
                    why.replace('rate', 'growth'), fs(Fr(v, 10 ** nd)), fs(Fr(true, 10 ** nd)))
    raise Skip()


class AM:
    def __init__(self, name, unit, kind, lo, hi, who):
        self.name, self.unit, self.kind, self.lo, self.hi, self.who = name, unit, kind, lo, hi, who


AMS = [
    AM('地区生产总值', '元', 'yi', 50, 3000, ['{county}', '全市', '全区']),
    AM('一般公共预算收入', '元', 'yi', 5, 300, ['{county}', '全县', '市本级']),
    AM('社会消费品零售总额', '元', 'yi', 20, 1500, ['{county}', '全市']),
    AM('规模以上工业增加值', '元', 'yi', 10, 900, ['{county}', '全区']),
    AM('外贸进出口总额', '元', 'yi', 3, 600, ['{city}', '全市']),
    AM('旅游总收入', '元', 'yi', 5, 400, ['{county}', '全县']),
    AM('税收收入', '元', 'wan', 5000, 500000, ['{county}', '全县']),
    AM('接待游客', '人次', 'wan', 50, 3000, ['{county}', '全县']),
    AM('粮食总产量', '吨', 'wan', 5, 150, ['{county}', '全市']),
    AM('受理群众诉求', '件', 'int', 5000, 400000, ['{city}12345热线']),
    AM('门急诊', '人次', 'int', 80000, 900000, ['{county}人民医院', '县中医院']),
    AM('新登记市场主体', '户', 'int', 2000, 40000, ['{county}', '全区']),
    AM('受理各类案件', '件', 'int', 2000, 40000, ['{county}人民法院']),
    AM('快递业务量', '件', 'wan', 100, 90000, ['{city}', '全市']),
    AM('全社会用电量', '千瓦时', 'yi', 5, 200, ['{county}', '全市']),
]


class AmtPair:
    """base and current amounts (units of the last digit)."""

    def __init__(self, g, e=None, glo=-0.12, ghi=0.25, kinds=None):
        pool = [a for a in AMS if kinds is None or a.kind in kinds]
        self.e = e or g.ch(pool)
        e = self.e
        self.g = g
        self.nd, self.mag = amt_spec(g, e.kind)
        sc = 10 ** self.nd
        self.base = g.ri(e.lo * sc, e.hi * sc)
        gr = g.uni(glo, ghi)
        if abs(gr) < 0.004:
            gr = 0.02
        self.cur = max(1, round_half(self.base * Fr(gr + 1).limit_denominator(10 ** 6)))
        self.who = g.ch(e.who).format(county=g.county, city=g.city)

    def f(self, u):
        return self.g.m(u, self.nd, self.mag)

    def val(self, u):
        return parse_num(self.f(u)).val


def GW(sign):
    return '增长' if sign > 0 else '下降'


# ---------------------------------------------------------------- rates

@style('rate_sentence_basic', 'pct', 'CI', '“受理X件，办结Y件，办结率Z%”一句话')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd,
                        alts=[(100 * 10 ** rc.nd - rate_units(rc.num, rc.den, rc.nd), 'complement stated as the rate')])
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    t = '%s%s%s%s%s，%s%s%s，%s%s%s。' % (lead(g), rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate,
                                      g.ch(['', '为', '达', '达到']), st)
    return R(t, [C_pct(st, N, D)], desc)


@style('rate_qizhong_da', 'pct', 'CI', '“总数X，其中达标Y，达标率Z%”')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    t = '%s%s共有%s%s%s，其中%s%s%s，%s%s。' % (g.yr(), rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D)], desc)


@style('share_zhan_of_whole', 'pct', 'CI', '“其中女性N人，占X%”占比')
def _p(g):
    whole = g.ri(300, 500000)
    frac = g.uni(0.05, 0.75)
    part = max(1, int(whole * frac))
    nd = g.ch([1, 1, 2])
    what = g.ch([('在校学生', '人', '女生'), ('参保人员', '人', '60岁以上人员'), ('市场主体', '户', '企业'),
                 ('受理诉求', '件', '投诉类诉求'), ('新增就业', '人', '高校毕业生'), ('户籍人口', '人', '少数民族人口'),
                 ('专任教师', '人', '研究生学历教师'), ('执业医师', '人', '全科医生')])
    S, desc = rate_pick(g, part, whole, nd, alts=[(rate_units(part, whole - part, nd), 'share computed over the remainder instead of the whole')])
    st = g.pc(S, nd)
    t = '%s%s%s%s%s，其中%s%s%s，占%s。' % (lead(g), g.county, what[0], g.i(whole), what[1], what[2], g.i(part), what[1], st)
    return R(t, [C_pct(st, g.i(part), g.i(whole))], desc)


@style('rate_permille_birth', 'pct', 'CI', '人口出生率、死亡率用‰，常住人口以“万人”计')
def _p(g):
    pop = g.ri(50000, 3000000)
    nd_pop = g.ch([1, 2, 2])
    pop_units = round_half(Fr(pop, 10 ** (4 - nd_pop)))
    P = g.w(pop_units, nd_pop)
    popv = parse_num(P).val
    births = max(10, int(popv * Fr(g.uni(0.004, 0.013)).limit_denominator(10 ** 6)))
    deaths = max(10, int(popv * Fr(g.uni(0.005, 0.009)).limit_denominator(10 ** 6)))
    nd = 2
    tb = round_half(Fr(births) / popv * 1000 * 100)
    td = round_half(Fr(deaths) / popv * 1000 * 100)
    desc = 'birth and death rates match'
    if g.label == 'inconsistent':
        op = g.ch(['pct_not_permille', 'typo', 'swap'])
        if op == 'pct_not_permille':
            tb = round_half(Fr(births) / popv * 100 * 100)
            desc = 'birth rate computed per hundred but written with ‰'
        elif op == 'swap':
            tb, td = td, tb
            if abs(tb - td) < 5:
                raise Skip()
            desc = 'birth and death rates swapped'
        else:
            nb = typo_int(g, tb)
            desc = 'typo in the birth rate (%s‰ instead of %s‰)' % (fs(Fr(nb, 100)), fs(Fr(tb, 100)))
            tb = nb
    B, Dd = g.pm(tb, nd), g.pm(td, nd)
    t = '%s末%s常住人口%s人。全年出生人口%s人，出生率%s；死亡人口%s人，死亡率%s。' % (
        g.yr(), g.county, P, g.i(births), B, g.i(deaths), Dd)
    return R(t, [C_pct(B, g.i(births), P), C_pct(Dd, g.i(deaths), P)], desc)


@style('rate_baifenzhi_chinese', 'pct', 'CI', '“百分之九十八点六”汉字百分数')
def _p(g):
    rc = RateCase(g, nd=1)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, 1, trunc_ok=False)
    st = '百分之' + cn_dec(S, 1)
    D, N = g.i(rc.den), g.i(rc.num)
    t = '%s%s%s%s，%s%s%s，%s达到%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D)], desc)


@style('rate_fullwidth_digits', 'pct', 'CI', '全角数字与全角百分号“９８.６％”')
def _p(g):
    g.p.full = True
    g.p.pct = '％'
    g.p.dec = g.ch(['.', '．'])
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D)], desc)


@style('rate_two_decimals', 'pct', 'CI', '两位小数的比率“99.27%”')
def _p(g):
    rc = RateCase(g, nd=2)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, 2)
    st = g.pc(S, 2)
    D, N = g.i(rc.den), g.i(rc.num)
    t = '截至%s%d月底，%s%s%s%s，%s%s%s，%s%s。' % (g.yr(), g.ri(3, 12), rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D)], desc)


@style('rate_truncated', 'pct', 'CI', '比率截断而非四舍五入（99.97%写成99.9%），仍属一致')
def _p(g):
    for _ in range(20):
        rc = RateCase(g, nd=1)
        tr = rate_units(rc.num, rc.den, 1, 'trunc')
        rd = rate_units(rc.num, rc.den, 1)
        if tr != rd:
            break
    else:
        raise Skip()
    e = rc.e
    if g.label == 'consistent':
        S, desc = tr, 'rate truncated instead of rounded (%s%% vs %s%%), still consistent' % (fs(Fr(tr, 10)), fs(Fr(rd, 10)))
    else:
        S, desc = rate_pick(g, rc.num, rc.den, 1)
    st = g.pc(S, 1)
    D, N = g.i(rc.den), g.i(rc.num)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D)], desc)


@style('rate_over100_plan', 'pct', 'CIN', '“完成年度计划的112.3%”超过100%属正常；无基数时只是看起来像错误')
def _p(g):
    what = g.ch([('招商引资到位资金', '元', 'wan'), ('植树造林', '亩', 'int'), ('新增城镇就业', '人', 'int'),
                 ('一般公共预算收入', '元', 'yi'), ('固定资产投资', '元', 'yi'), ('农村公路建设', '公里', 'dec1')])
    nd_r = g.ch([1, 1, 2])
    L = g.label
    if L == 'negative':
        r = g.ri(1005, 1600) * 10 ** (nd_r - 1)
        st = g.pc(r, nd_r)
        t = '%s%s%s完成年度目标任务的%s，%s。' % (g.yr(), g.county, what[0], st, g.ch(['超额完成全年任务', '位居全市前列', '创历史最好水平']))
        return R(t, [C_none([st], 'rate above 100% without a base: legitimately over 100%')], 'completion rate above 100% is normal; no base given')
    nd, mag = amt_spec(g, what[2])
    plan = g.ri(100 * 10 ** nd, 9000 * 10 ** nd) if what[2] != 'yi' else g.ri(5 * 10 ** nd, 300 * 10 ** nd)
    act = round_half(plan * Fr(g.uni(0.9, 1.45)).limit_denominator(10 ** 5))
    Pl, Ac = g.m(plan, nd, mag), g.m(act, nd, mag)
    S, desc = rate_pick(g, parse_num(Ac).val, parse_num(Pl).val, nd_r, cap=False)
    st = g.pc(S, nd_r)
    t = '%s%s%s计划%s%s，实际完成%s%s，完成年度计划的%s。' % (g.yr(), g.county, what[0], Pl, what[1], Ac, what[1], st)
    return R(t, [C_pct(st, Ac, Pl)], desc)


@style('rate_base_far_before', 'pct', 'CI', '基数在前一段，比率在隔了几句的后一段')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    fill = ''.join(g.sample(FILLER, g.ri(1, 3)))
    t = '%s%s%s%s%s。%s\n%s%s%s%s，%s%s。' % (g.yr(), rc.who, e.den_v, D, e.unit, fill, g.ch(['截至年底，', '目前，', '经核查，']),
                                         e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D)], desc)


def _rate_rows(g, k, nd):
    e = g.ch(RPS)
    units_ = g.sample(['城关镇', '东城街道', '西城街道', '石桥镇', '青山乡', '白沙镇', '河口镇', '龙泉乡', '金溪镇', '桃源乡'], k)
    rows = []
    bad = g.ri(0, k - 1)
    desc = 'every row rate matches'
    for j, u in enumerate(units_):
        den = g.ri(max(10, e.lo // 10), max(20, e.hi // 10))
        num = min(den, max(1, int(den * g.uni(e.flo, e.fhi))))
        lab = g.label
        if j != bad:
            g.label = 'consistent'
        S, d = rate_pick(g, num, den, nd, trunc_ok=False)
        g.label = lab
        if j == bad and lab == 'inconsistent':
            desc = 'row %s: %s' % (u, d)
        rows.append((u, den, num, S))
    return e, rows, desc


@style('rate_markdown_table', 'pct', 'CI', 'Markdown 表格：应/实/比率三列，按乡镇分行')
def _p(g):
    nd = g.ch([1, 2])
    e, rows, desc = _rate_rows(g, g.ri(2, 5), nd)
    out = ['| 单位 | %s（%s） | %s（%s） | %s |' % (e.den_v, e.unit, e.num_v, e.unit, e.rate), '|---|---:|---:|---:|']
    checks = []
    for u, den, num, S in rows:
        st = g.pc(S, nd)
        out.append('| %s | %s | %s | %s |' % (u, g.i(den), g.i(num), st))
        checks.append(C_pct(st, g.i(num), g.i(den)))
    return R('\n'.join(out), checks, desc)


@style('rate_tab_table', 'pct', 'CI', '制表符分隔表格，比率列不带%号（表头注明%）')
def _p(g):
    nd = g.ch([1, 2])
    e, rows, desc = _rate_rows(g, g.ri(2, 5), nd)
    out = ['单位\t%s\t%s\t%s（%%）' % (e.den_v, e.num_v, e.rate)]
    checks = []
    for u, den, num, S in rows:
        st = g.d(S, nd, sep='')
        out.append('%s\t%s\t%s\t%s' % (u, g.i(den), g.i(num), st))
        checks.append(C_pct(st, g.i(num), g.i(den), bare=True))
    return R('\n'.join(out), checks, desc)


@style('rate_kv_lines', 'pct', 'CI', '“键：值”逐行：应办、已办、比率')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    rows = ['%s%s%s%s' % (e.den_v, g.c, D, e.unit), '%s%s%s%s' % (e.num_v, g.c, N, e.unit), '%s%s%s' % (e.rate, g.c, st)]
    if g.chance(0.5):
        rows.insert(0, '【%s】%s' % (rc.who, g.yr()))
    return R('\n'.join(rows), [C_pct(st, N, D)], desc)


@style('rate_yishi_items', 'pct', 'CI', '“一是……二是……”每条带一个比率')
def _p(g):
    es = g.sample(RPS, g.ri(2, 3))
    bad = g.ri(0, len(es) - 1)
    items, checks = [], []
    desc = 'all item rates match'
    lab = g.label
    for j, e in enumerate(es):
        rc = RateCase(g, e=e)
        if j != bad:
            g.label = 'consistent'
        S, d = rate_pick(g, rc.num, rc.den, rc.nd, trunc_ok=False)
        g.label = lab
        if j == bad and lab == 'inconsistent':
            desc = 'item %s: %s' % (ORD_CN[j], d)
        st = g.pc(S, rc.nd)
        items.append('%s是%s%s%s、%s%s%s，%s%s' % (ORD_CN[j], e.den_v, g.i(rc.den), e.unit, e.num_v, g.i(rc.num), e.unit, e.rate, st))
        checks.append(C_pct(st, g.i(rc.num), g.i(rc.den)))
    t = '%s重点工作成效明显：%s。' % (g.yr(), '；'.join(items))
    return R(t, checks, desc)


@style('hotline_two_rates', 'pct', 'CI', '热线通报：按时办结率与满意率两个比率，分母不同')
def _p(g):
    acc = g.ri(5000, 300000)
    fin = int(acc * g.uni(0.93, 0.995))
    ontime = int(fin * g.uni(0.9, 0.995))
    visited = int(fin * g.uni(0.3, 0.8))
    sat = int(visited * g.uni(0.85, 0.99))
    nd = g.ch([1, 2])
    lab = g.label
    bad = g.ri(0, 1)
    desc = 'both rates match'
    g.label = 'consistent' if bad == 1 else lab
    alts = [(rate_units(ontime, acc, nd), 'on-time rate computed over all accepted cases instead of closed ones')]
    S1, d1 = rate_pick(g, ontime, fin, nd, alts=alts, trunc_ok=False)
    g.label = 'consistent' if bad == 0 else lab
    S2, d2 = rate_pick(g, sat, visited, nd, alts=[(rate_units(sat, fin, nd), 'satisfaction computed over all closed cases')], trunc_ok=False)
    g.label = lab
    if lab == 'inconsistent':
        desc = ('on-time rate: ' + d1) if bad == 0 else ('satisfaction rate: ' + d2)
    s1, s2 = g.pc(S1, nd), g.pc(S2, nd)
    f = g.i
    t = '%s%s月，%s12345热线受理群众诉求%s件，办结%s件，其中按时办结%s件，按时办结率%s；回访%s件，群众满意%s件，满意率%s。' % (
        g.yr(), g.cn(g.ri(1, 12)), g.city, f(acc), f(fin), f(ontime), s1, f(visited), f(sat), s2)
    return R(t, [C_pct(s1, f(ontime), f(fin)), C_pct(s2, f(sat), f(visited))], desc)


# ---------------------------------------------------------------- growth

def _growth_text(g, ap, B, C, st, sign, word=None, neg_number=False):
    word = word or GW(sign)
    return '%s，%s%s%s%s，%s%s%s。' % (g.yr(), ap.who, ap.e.name, g.ch(['', '完成', '达到', '实现']), C + ap.e.unit,
                                    g.ch(['比上年', '同比']), word, st)


@style('growth_tongbi_base_given', 'pct', 'CI', '“上年为B……本年C，同比增长g%”')
def _p(g):
    ap = AmtPair(g, glo=0.005, ghi=0.3)
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    st = g.pc(S, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，上年同期为%s%s，同比%s%s。' % (g.yr(), ap.who, ap.e.name, g.ch(['', '完成', '实现']), C + ap.e.unit,
                                          B, ap.e.unit, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('growth_xiajiang', 'pct', 'CI', '“比上年下降g%”负增长用“下降”表述')
def _p(g):
    ap = AmtPair(g, glo=-0.3, ghi=-0.01)
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    st = g.pc(S, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '受%s等因素影响，%s%s%s%s，比上年%s%s%s（上年%s%s）。' % (
        g.ch(['市场需求不足', '政策调整', '项目周期', '极端天气']), g.yr(), ap.who, ap.e.name, C + ap.e.unit, GW(sign),
        st, '', B, ap.e.unit)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('growth_negative_number', 'pct', 'CI', '“增长-3.2%”用负数表示下降')
def _p(g):
    ap = AmtPair(g, glo=-0.25, ghi=-0.01)
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1, allow_sign=False)
    if g.label == 'inconsistent' and g.chance(0.3):
        st = g.pc(S, 1)
        desc = 'minus sign dropped: 增长%s although the figure fell' % st
        sg = 1
    else:
        st = '-' + g.pc(S, 1) if sign < 0 else g.pc(S, 1)
        sg = 1
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，上年%s%s，增长%s。' % (g.yr(), ap.who, ap.e.name, C, ap.e.unit, B, ap.e.unit, st)
    return R(t, [C_growth(st, sg, B, C)], desc)


@style('growth_bei_multiple', 'pct', 'CI', '“增长1.5倍”（增长超过100%，以倍数表述）')
def _p(g):
    ap = AmtPair(g, glo=1.15, ghi=4.0, kinds=['int', 'wan'])
    b, c = ap.val(ap.base), ap.val(ap.cur)
    true = round_half((c / b - 1) * 10)
    desc = 'growth of x倍 means current = (1+x) × base'
    if g.label == 'inconsistent':
        op = g.ch(['times', 'typo'])
        if op == 'times':
            v = round_half(c / b * 10)
            desc = '增长x倍 used for “是…的x倍” (x = current/base = %s)' % fs(Fr(v, 10))
        else:
            v = true + g.ch([-1, 1]) * g.ri(3, 8)
            desc = 'wrong multiple (%s instead of %s)' % (fs(Fr(v, 10)), fs(Fr(true, 10)))
        true = v
    if true <= 0:
        raise Skip()
    st = g.d(true, 1, sep='') + '倍'
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s由%d年的%s%s增长到%s%s，增长%s。' % (ap.who, ap.e.name, '', max(2015, g.year - g.ri(3, 5)), B, ap.e.unit, C, ap.e.unit, st)
    return R(t, [C_growth(st, 1, B, C)], desc)


@style('growth_over100_percent', 'pct', 'CI', '“增长156.3%”增幅超过100%')
def _p(g):
    ap = AmtPair(g, glo=1.0, ghi=3.0)
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1, allow_sign=False)
    st = g.pc(S, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，较上年（%s%s）大幅%s%s。' % (g.yr(), ap.who, '', ap.e.name, C + ap.e.unit, B, ap.e.unit, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('growth_huanbi_month', 'pct', 'CI', '月度通报“环比增长/下降g%”，上月数在括号内')
def _p(g):
    ap = AmtPair(g, glo=-0.2, ghi=0.2, kinds=['int'])
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    st = g.pc(S, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    m = g.ri(2, 12)
    t = '%s%d月，%s%s%s%s（%d月为%s%s），环比%s%s。' % (g.yr(), m, ap.who, ap.e.name, C, ap.e.unit, m - 1, B, ap.e.unit, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('growth_markdown_table', 'pct', 'CI', 'Markdown 表格：指标｜本年｜上年｜增长（%），可为负数')
def _p(g):
    k = g.ri(2, 4)
    es = g.sample([a for a in AMS if a.kind in ('yi', 'wan')], k)
    return _growth_table_rebuild(g, es, g.ri(0, k - 1), g.label)


def _growth_table_rebuild(g, es, bad, lab):
    rows = ['| 指标 | %d年 | %d年 | 增长（%%） |' % (g.year, g.year - 1), '|---|---:|---:|---:|']
    checks = []
    desc = 'all growth figures match'
    for j, e in enumerate(es):
        ap = AmtPair(g, e=e)
        ap.mag = ''  # unit goes to the row header, the cells are plain decimals
        if j != bad:
            g.label = 'consistent'
        S, sign, d = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
        g.label = lab
        if j == bad and lab == 'inconsistent':
            desc = '%s: %s' % (e.name, d)
        st = ('-' if sign < 0 else '') + g.d(S, 1, sep='')
        B, C = ap.f(ap.base), ap.f(ap.cur)
        mg = {'yi': '亿', 'wan': '万'}.get(e.kind, '')
        rows.append('| %s（%s%s） | %s | %s | %s |' % (e.name, mg, e.unit, C, B, st))
        checks.append(C_growth(st, 1, B, C, bare=True))
    return R('\n'.join(rows), checks, desc)


@style('growth_wan_to_yi', 'pct', 'CI', '基数用“万元”、本期用“亿元”的增长率（单位换算）')
def _p(g):
    basew = g.ri(3000, 99000)  # 万
    gr = Fr(g.uni(0.03, 0.6)).limit_denominator(10 ** 5)
    nd = 2
    cur_units = round_half(basew * (1 + gr) / 100)  # 亿 with 2 decimals
    B = g.w(basew, 0)
    C = g.y(cur_units, nd)
    S, sign, desc = growth_pick(g, parse_num(B).val, parse_num(C).val, 1)
    st = g.pc(S, 1)
    what = g.ch(['旅游总收入', '农产品网络零售额', '技术合同成交额', '招商引资到位资金', '文化产业增加值'])
    t = '%s%s%s首次突破%s亿元，达到%s元，上年为%s元，%s%s。' % (g.yr(), g.county, what, g.cn(int(parse_num(C).val // 10 ** 8) or 1), C, B, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('growth_year_series', 'pct', 'CI', '连续几年数值，每年“增长x%”，一处出错')
def _p(g):
    n = g.ri(3, 4)
    y0 = g.ri(2015, 2026 - n + 1)
    e = g.ch([a for a in AMS if a.kind == 'yi'])
    nd = g.ch([1, 2])
    vals = [g.ri(e.lo * 10 ** nd, e.hi * 10 ** nd)]
    for _ in range(n - 1):
        vals.append(round_half(vals[-1] * Fr(g.uni(0.93, 1.18)).limit_denominator(10 ** 5)))
    lab = g.label
    bad = g.ri(1, n - 1)
    parts, checks = [], []
    desc = 'every yearly growth matches'
    f = lambda u: g.y(u, nd)
    parts.append('%d年%s元' % (y0, f(vals[0])))
    for j in range(1, n):
        if j != bad:
            g.label = 'consistent'
        S, sign, d = growth_pick(g, parse_num(f(vals[j - 1])).val, parse_num(f(vals[j])).val, 1)
        g.label = lab
        if j == bad and lab == 'inconsistent':
            desc = '%d: %s' % (y0 + j, d)
        st = g.pc(S, 1)
        parts.append('%d年%s元、%s%s' % (y0 + j, f(vals[j]), GW(sign), st))
        checks.append(C_growth(st, sign, f(vals[j - 1]), f(vals[j])))
    t = '%d—%d年，%s%s分别为：%s。' % (y0, y0 + n - 1, g.county, e.name, '；'.join(parts))
    return R(t, checks, desc)


@style('growth_you_zengzhi_pct', 'pct', 'CI', '“由B增至C，增长g%”')
def _p(g):
    ap = AmtPair(g, glo=0.02, ghi=0.9)
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    st = g.pc(S, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    y0 = max(2015, g.year - g.ri(1, 5))
    t = '%s%s由%d年的%s%s%s至%d年的%s%s，%s%s。' % (ap.who, ap.e.name, y0, B, ap.e.unit, '增加' if sign > 0 else '减少',
                                            g.year, C, ap.e.unit, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('growth_amount_and_rate', 'pct', 'CI', '“比上年增加Z，增长g%”：增量与增速两个关系')
def _p(g):
    ap = AmtPair(g, glo=-0.2, ghi=0.35, kinds=['int', 'wan'])
    b, c = ap.base, ap.cur
    d = c - b
    lab = g.label
    bad = g.ch(['lin', 'growth'])
    g.label = 'consistent' if bad == 'lin' else lab
    S, sign, desc = growth_pick(g, ap.val(b), ap.val(c), 1)
    g.label = lab
    D = abs(d)
    if lab == 'inconsistent' and bad == 'lin':
        D2 = typo_int(g, D) if D >= 10 else D + g.ri(3, 9)
        desc = 'stated change wrong (%d instead of %d)' % (D2, D)
        D = D2
    st = g.pc(S, 1)
    B, C, Dd = ap.f(b), ap.f(c), ap.f(D)
    word = '增加' if d >= 0 else '减少'
    t = '%s%s%s%s%s，比上年的%s%s%s%s%s，%s%s。' % (g.yr(), ap.who, ap.e.name, C, ap.e.unit, B, ap.e.unit, word, Dd, ap.e.unit,
                                          GW(sign), st)
    return R(t, [C_lin([('+', B), ('+' if d >= 0 else '-', Dd)], C), C_growth(st, sign, B, C)], desc)


@style('growth_chinese_baifenzhi', 'pct', 'CI', '“增长百分之十二点五”汉字增幅')
def _p(g):
    ap = AmtPair(g, glo=-0.2, ghi=0.4, kinds=['int'])
    S, sign, desc = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    st = '百分之' + cn_dec(S, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，较上年的%s%s%s%s。' % (g.yr(), ap.who, ap.e.name, C, ap.e.unit, B, ap.e.unit, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C)], desc)


@style('per_capita_income_growth', 'pct', 'CI', '居民人均可支配收入（元）同比增长，城镇与农村两组')
def _p(g):
    ub = g.ri(22000, 65000)
    rb = g.ri(9000, 28000)
    uc = round_half(ub * Fr(g.uni(0.03, 0.09)).limit_denominator(10 ** 5) + ub)
    rc_ = round_half(rb * Fr(g.uni(0.05, 0.11)).limit_denominator(10 ** 5) + rb)
    lab = g.label
    bad = g.ri(0, 1)
    g.label = 'consistent' if bad else lab
    S1, s1, d1 = growth_pick(g, ub, uc, 1, allow_sign=False)
    g.label = 'consistent' if not bad else lab
    S2, s2, d2 = growth_pick(g, rb, rc_, 1, allow_sign=False)
    g.label = lab
    desc = 'both growth rates match' if lab != 'inconsistent' else ('urban: ' + d1 if not bad else 'rural: ' + d2)
    f = g.i
    a1, a2 = g.pc(S1, 1), g.pc(S2, 1)
    t = '%s%s城镇居民人均可支配收入%s元，比上年（%s元）增长%s；农村居民人均可支配收入%s元，比上年（%s元）增长%s。' % (
        g.yr(), g.county, f(uc), f(ub), a1, f(rc_), f(rb), a2)
    return R(t, [C_growth(a1, s1, f(ub), f(uc)), C_growth(a2, s2, f(rb), f(rc_))], desc)


def _real_case(g, base_v, cur_v):
    """stated real growth (units of 0.1%) and sign, desc"""
    nom = Fr(cur_v) / Fr(base_v) - 1
    if g.label == 'negative':
        p = Fr(g.uni(-0.03, 0.07)).limit_denominator(10 ** 5)
        real = (1 + nom) / (1 + p) - 1
        v = round_half(abs(real) * 1000)
        return v, (1 if real >= 0 else -1), 'real growth compatible with nominal growth and a price change of %s%%' % fs(p * 100, 1)
    hi_b = (1 + nom) / Fr('0.95') - 1
    lo_b = (1 + nom) / Fr('1.10') - 1
    op = g.ch(['high', 'low', 'sign'])
    if op == 'sign' and nom > Fr(3, 100):
        real = -nom
        why = 'growth direction reversed'
    elif op == 'low' or op == 'sign':
        real = lo_b - Fr(g.ri(60, 150), 1000)
        why = 'real growth far below what the amounts allow'
    else:
        real = hi_b + Fr(g.ri(60, 150), 1000)
        why = 'real growth higher than the nominal growth can allow (typo or another indicator pasted)'
    v = round_half(abs(real) * 1000)
    return v, (1 if real >= 0 else -1), why + ' (nominal %s%%)' % fs(nom * 100, 2)


@style('real_growth_gdp', 'pct', 'NI', '地区生产总值“按可比价格计算，比上年增长g%”（允许价格因素）')
def _p(g):
    nd = g.ch([1, 2])
    b = g.ri(50 * 10 ** nd, 3000 * 10 ** nd)
    c = round_half(b * Fr(g.uni(0.97, 1.12)).limit_denominator(10 ** 5))
    B, C = g.y(b, nd), g.y(c, nd)
    v, sign, desc = _real_case(g, parse_num(B).val, parse_num(C).val)
    st = g.pc(v, 1)
    t = '%s%s实现地区生产总值%s元，上年为%s元，按可比价格计算，比上年%s%s。' % (g.yr(), g.county, C, B, GW(sign), st)
    return R(t, [C_growth(st, sign, B, C, real=True)], desc)


@style('real_growth_income_deflated', 'pct', 'NI', '收入“扣除价格因素，实际增长g%”，名义增长另有')
def _p(g):
    b = g.ri(9000, 60000)
    c = round_half(b * Fr(g.uni(1.02, 1.11)).limit_denominator(10 ** 5))
    f = g.i
    v, sign, desc = _real_case(g, b, c)
    st = g.pc(v, 1)
    nom = round_half((Fr(c, b) - 1) * 1000)
    nst = g.pc(nom, 1)
    who = g.ch(['全体居民', '农村居民', '城镇居民'])
    t = '%s%s%s人均可支配收入%s元，上年为%s元，名义增长%s，扣除价格因素，实际%s%s。' % (
        g.yr(), g.county, who, f(c), f(b), nst, GW(sign), st)
    checks = [C_growth(nst, 1, f(b), f(c)), C_growth(st, sign, f(b), f(c), real=True)]
    if g.label == 'negative':
        checks = checks[1:]
    return R(t, checks, desc)


@style('real_growth_retail_table', 'pct', 'NI', '表格行：现价总量与“可比价增速”列')
def _p(g):
    nd = g.ch([1, 2])
    e = g.ch([a for a in AMS if a.kind == 'yi'])
    b = g.ri(e.lo * 10 ** nd, e.hi * 10 ** nd)
    c = round_half(b * Fr(g.uni(0.96, 1.13)).limit_denominator(10 ** 5))
    B, C = g.d(b, nd, sep=''), g.d(c, nd, sep='')
    v, sign, desc = _real_case(g, parse_num(B).val, parse_num(C).val)
    st = ('-' if sign < 0 else '') + g.d(v, 1, sep='')
    rows = ['指标\t%d年（亿元）\t%d年（亿元）\t可比价增速（%%）' % (g.year - 1, g.year), '%s\t%s\t%s\t%s' % (e.name, B, C, st)]
    return R('\n'.join(rows), [C_growth(st, 1, B, C, real=True, bare=True)], desc)


# ---------------------------------------------------------------- percentage points

def _pp_case(g, a, b, nd):
    """a, b rates in units (nd decimals, percent). Returns stated points units, sign, desc."""
    diff = b - a
    sign = 1 if diff >= 0 else -1
    v = abs(diff)
    if g.label != 'inconsistent':
        return v, sign, 'points = difference of the two rates'
    op = g.ch(['relative', 'typo', 'sign', 'relative'])
    if op == 'relative':
        r = round_half(abs(Fr(b, a) - 1) * 100 * 10 ** nd)
        if abs(r - v) >= 3:
            return r, sign, 'relative change written as percentage points (%s instead of %s)' % (fs(Fr(r, 10 ** nd)), fs(Fr(v, 10 ** nd)))
    if op == 'sign' and v >= 3:
        return v, -sign, 'direction reversed (提高/下降 swapped)'
    w = v + g.ch([1, -1]) * max(3, int(v * g.uni(0.3, 1.0)))
    if w <= 0:
        w = v + 5
    return w, sign, 'wrong number of points (%s instead of %s)' % (fs(Fr(w, 10 ** nd)), fs(Fr(v, 10 ** nd)))


PP_RATES = ['城镇化率', '森林覆盖率', '高中阶段毛入学率', '税收占一般公共预算收入比重', '研发经费投入强度', '空气质量优良天数比率',
            '农村自来水普及率', '学前教育毛入园率', '居民健康素养水平', '城镇登记失业率', '规上工业增加值占比', '一次办结率']


@style('pp_you_tigao_dao', 'pct', 'CI', '“由a%提高到b%，提高x个百分点”')
def _p(g):
    nd = g.ch([1, 1, 2])
    a = g.ri(20 * 10 ** nd, 95 * 10 ** nd)
    b = a + g.ri(1, 8 * 10 ** nd)
    if b > 100 * 10 ** nd:
        raise Skip()
    v, sign, desc = _pp_case(g, a, b, nd)
    A, Bb = g.pc(a, nd), g.pc(b, nd)
    st = g.d(v, nd, sep='')
    word = '提高' if sign > 0 else '下降'
    t = '%s由%d年的%s%s到%d年的%s，%s%s个百分点。' % (g.ch(PP_RATES), max(2015, g.year - g.ri(1, 5)), A, '提高' if b >= a else '下降', g.year, Bb, word, st)
    return R(t, [C_pp(st, sign, A, Bb)], desc)


@style('pp_xiajiang', 'pct', 'CI', '“比上年下降x个百分点”，上年比率在括号内')
def _p(g):
    nd = g.ch([1, 2])
    what, lo, hi = g.ch([('城镇调查失业率', 3, 7), ('资产负债率', 30, 85), ('药占比', 20, 45), ('一般公共服务支出占比', 5, 15),
                         ('重复来电率', 5, 25), ('商品房库存去化周期超过18个月的楼盘占比', 10, 40), ('行政复议纠错率', 5, 20)])
    a = g.ri(lo * 10 ** nd, hi * 10 ** nd)
    b = a - g.ri(1, min(a - 1, max(2, a // 5)))
    v, sign, desc = _pp_case(g, a, b, nd)
    A, Bb = g.pc(a, nd), g.pc(b, nd)
    st = g.d(v, nd, sep='')
    word = '提高' if sign > 0 else '下降'
    t = '%s%s%s为%s，比上年%s%s%s个百分点。' % (g.yr(), g.county, what, Bb, g.par('上年为' + A), word, st)
    return R(t, [C_pp(st, sign, A, Bb)], desc)


@style('pp_chinese_numeral_points', 'pct', 'CI', '“提高一点五个百分点”汉字百分点')
def _p(g):
    a = g.ri(200, 950)
    b = a + g.ri(1, 60)
    if b > 1000:
        raise Skip()
    v, sign, desc = _pp_case(g, a, b, 1)
    A, Bb = g.pc(a, 1), g.pc(b, 1)
    st = cn_dec(v, 1) if v % 10 else cn_num(v // 10, liang=True)
    if sign < 0:
        word = '下降'
    else:
        word = '提高'
    t = '%s%s从上年的%s提升至%s，%s了%s个百分点。' % (g.county, g.ch(PP_RATES), A, Bb, word, st)
    return R(t, [C_pp(st, sign, A, Bb)], desc)


@style('pp_and_growth_pair', 'pct', 'CI', '同一比率的变化既有“提高x个百分点”也有旧值、新值的计数')
def _p(g):
    den1 = g.ri(2000, 90000)
    r1 = g.uni(0.5, 0.95)
    n1 = int(den1 * r1)
    nd = 1
    b = rate_units(n1, den1, nd)
    a = b + g.ch([1, -1, -1]) * g.ri(3, 60)
    if a >= 1000 or a <= 0:
        raise Skip()
    if a == b:
        raise Skip()
    lab = g.label
    bad = g.ch(['pp', 'rate'])
    g.label = 'consistent' if bad == 'rate' else lab
    v, sign, desc = _pp_case(g, a, b, nd)
    g.label = 'consistent' if bad == 'pp' else lab
    S1, d1 = rate_pick(g, n1, den1, nd, trunc_ok=False)
    g.label = lab
    if lab == 'inconsistent' and bad == 'rate':
        desc = 'current rate: ' + d1
    A, Bb = g.pc(a, nd), g.pc(S1, nd)
    st = g.d(v, nd, sep='')
    f = g.i
    what = g.ch([('高中阶段毕业生', '升入高等学校', '升学率'), ('参加考试人员', '考试合格', '合格率'),
                 ('新生儿', '接受新生儿疾病筛查', '筛查率'), ('孕产妇', '接受系统管理', '系统管理率')])
    t = '%s%s%s%s人，%s%s人，%s%s，比上年（%s）%s%s个百分点。' % (
        g.yr(), g.county, what[0], f(den1), what[1], f(n1), what[2], Bb, A, '提高' if sign > 0 else '下降', st)
    return R(t, [C_pct(Bb, f(n1), f(den1)), C_pp(st, sign, A, Bb)], desc)


# ---------------------------------------------------------------- shares summing to 100

def _shares(g, k, nd, lo=0.03):
    ws = [g.uni(lo, 1) for _ in range(k)]
    s = sum(ws)
    cnt = g.ri(2000, 900000)
    counts = [max(1, int(cnt * w / s)) for w in ws]
    tot = sum(counts)
    sh = [rate_units(c, tot, nd) for c in counts]
    return counts, tot, sh


def _share_corrupt(g, sh, nd, names):
    """Corrupt one share so the sum misses 100."""
    j = g.ri(0, len(sh) - 1)
    sh = sh[:]
    op = g.ch(['typo', 'shift', 'swap'])
    old = sh[j]
    if op == 'typo' and old >= 10:
        sh[j] = typo_int(g, old)
    elif op == 'swap' and old >= 10:
        sh[j] = transpose_int(g, old)
    else:
        sh[j] = old + g.ch([1, -1]) * g.ri(6, 25) * 10 ** max(0, nd - 1)
    if sh[j] <= 0 or sh[j] == old:
        sh[j] = old + 13 * 10 ** max(0, nd - 1)
    tot = sum(sh)
    return sh, '%s share %s%% instead of %s%%: shares add to %s%%' % (names[j], fs(Fr(sh[j], 10 ** nd)), fs(Fr(old, 10 ** nd)),
                                                                     fs(Fr(tot, 10 ** nd)))


@style('share_three_industries', 'pct', 'CI', '三次产业增加值占比“分别为a%、b%、c%”')
def _p(g):
    nd = g.ch([1, 1, 2])
    a = g.ri(3 * 10 ** nd, 25 * 10 ** nd)
    b = g.ri(25 * 10 ** nd, 55 * 10 ** nd)
    c = 100 * 10 ** nd - a - b
    sh = [a, b, c]
    names = ['第一产业', '第二产业', '第三产业']
    desc = 'shares add to 100%'
    if g.label == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, nd, names)
    toks = [g.pc(x, nd) for x in sh]
    t = '%s%s三次产业增加值占地区生产总值的比重分别为%s、%s和%s。' % (g.yr(), g.county, toks[0], toks[1], toks[2])
    return R(t, [C_s100(toks)], desc)


@style('structure_ratio_colon', 'pct', 'CI', '三次产业结构“8.2:37.5:54.3”（比值项不带%号）')
def _p(g):
    nd = 1
    a = g.ri(20, 250)
    b = g.ri(250, 550)
    c = 1000 - a - b
    sh = [a, b, c]
    desc = 'ratio terms add to 100'
    if g.label == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, nd, ['first term', 'second term', 'third term'])
    toks = [g.d(x, 1, sep='') for x in sh]
    colon = g.ch([':', '：'])
    t = '%s%s三次产业结构调整为%s，%s。' % (g.yr(), g.county, colon.join(toks), g.ch(['产业结构持续优化', '第三产业比重进一步提高', '结构更趋合理']))
    return R(t, [C_s100(toks, bare=True)], desc)


@style('structure_ratio_fullwidth', 'pct', 'CI', '全角数字与比号“８.２∶３７.５∶５４.３”')
def _p(g):
    g.p.full = True
    g.p.dec = g.ch(['.', '．'])
    a = g.ri(20, 250)
    b = g.ri(250, 550)
    c = 1000 - a - b
    sh = [a, b, c]
    desc = 'ratio terms add to 100'
    if g.label == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, 1, ['first term', 'second term', 'third term'])
    toks = [g.d(x, 1, sep='') for x in sh]
    t = '三次产业比例由上年的%s调整为%s。' % ('∶'.join(g.d(x, 1, sep='') for x in [a + 3, b + 5, c - 8]) if c > 8 else '—', '∶'.join(toks))
    return R(t, [C_s100(toks, bare=True)], desc)


@style('share_partial_qizhong', 'pct', 'CIN', '“其中”分项占比（partial：可小于100%）')
def _p(g):
    k = g.ri(2, 4)
    counts, tot, sh = _shares(g, k + (1 if g.label == 'negative' else 0), 1)
    names = g.sample(['城镇', '农村', '企业', '个体', '机关事业单位', '灵活就业人员', '外来务工人员'], len(sh))
    desc = 'listed shares cover the whole'
    if g.label == 'negative':
        sh = sh[:k]
        names = names[:k]
        desc = 'shares under 其中 cover only part of the whole'
    elif g.label == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, 1, names)
        if sum(sh) < 1000:
            raise Skip()
    toks = [g.pc(x, 1) for x in sh]
    t = '%s末%s%s人员%s人，其中%s。' % (g.yr(), g.county, g.ch(['参保', '就业', '参加职工医保']), g.i(g.ri(20000, 600000)),
                                '，'.join('%s%s占%s' % (n, g.ch(['人员', '']), v) for n, v in zip(names, toks)))
    return R(t, [C_s100(toks, 'partial')], desc)


@style('share_counts_and_percents', 'pct', 'CI', '分项数量与占比同时给出：“A a件，占x%；B b件，占y%”')
def _p(g):
    k = g.ri(2, 4)
    a = Amts(g, kinds=['int'], k=k)
    tot = sum(a.parts)
    nd = 1
    sh = [rate_units(x, tot, nd) for x in a.parts]
    lab = g.label
    desc = 'shares match the counts'
    k = len(sh)
    if lab == 'inconsistent':
        j = g.ri(0, k - 1)
        old = sh[j]
        sh = sh[:]
        sh[j], why = bad_rate(g, old, nd, 1000)
        desc = '%s: %s (%s%% instead of %s%%)' % (a.names[j], why, fs(Fr(sh[j], 10)), fs(Fr(old, 10)))
    W = a.f(tot)
    toks = [g.pc(x, nd) for x in sh]
    body = '；'.join('%s%s%s，占%s' % (n, a.f(v), a.unit, s) for n, v, s in zip(a.names, a.parts, toks))
    t = '%s%s%s%s%s。其中，%s。' % (lead(g), a.who, a.verb, W, a.unit, body)
    checks = [C_pct(s, a.f(v), W) for v, s in zip(a.parts, toks)]
    return R(t, checks, desc)


@style('age_structure_shares', 'pct', 'CI', '年龄结构三段占比合计100%，另有“65岁及以上”子集不计入')
def _p(g):
    nd = g.ch([1, 2])
    a = g.ri(10 * 10 ** nd, 22 * 10 ** nd)
    c = g.ri(15 * 10 ** nd, 32 * 10 ** nd)
    b = 100 * 10 ** nd - a - c
    sub = int(c * g.uni(0.6, 0.8))
    sh = [a, b, c]
    desc = 'three age groups add to 100%; 65+ is a subset of 60+'
    if g.label == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, nd, ['0—14岁', '15—59岁', '60岁及以上'])
    toks = [g.pc(x, nd) for x in sh]
    st = g.pc(sub, nd)
    t = '常住人口中，0—14岁人口占%s，15—59岁人口占%s，60岁及以上人口占%s（其中65岁及以上人口占%s）。' % (toks[0], toks[1], toks[2], st)
    return R(t, [C_s100(toks)], desc)


@style('expenditure_shares_with_other', 'pct', 'CI', '支出结构：几项占比加“其他支出占x%”合计100%')
def _p(g):
    k = g.ri(3, 5)
    names = g.sample(EXP_ITEMS, k) + ['其他支出']
    nd = 1
    ws = [g.uni(0.05, 1) for _ in names]
    s = sum(ws)
    sh = [round_half(Fr(w / s).limit_denominator(10 ** 6) * 1000) for w in ws]
    sh[-1] += 1000 - sum(sh)
    if sh[-1] <= 0:
        raise Skip()
    desc = 'shares add to 100%'
    if g.label == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, nd, names)
    toks = [g.pc(x, nd) for x in sh]
    t = '从支出结构看，%s。' % '，'.join('%s占%s' % (n, v) for n, v in zip(names, toks))
    return R(t, [C_s100(toks)], desc)


@style('share_markdown_table_total100', 'pct', 'CI', 'Markdown 表格含“占比”列与“合计 | 100.0%”行')
def _p(g):
    a = Amts(g, kinds=['int'], k=None)
    k = len(a.parts)
    if k < 2:
        raise Skip()
    tot = sum(a.parts)
    sh = [rate_units(x, tot, 1) for x in a.parts]
    desc = 'shares match the counts and add to 100%'
    lab = g.label
    checks = []
    if lab == 'inconsistent':
        sh, desc = _share_corrupt(g, sh, 1, a.names)
    toks = [g.pc(x, 1) for x in sh]
    rows = ['| 类别 | 数量（%s） | 占比 |' % a.unit, '|---|---:|---:|']
    rows += ['| %s | %s | %s |' % (n, g.i(v), s) for n, v, s in zip(a.names, a.parts, toks)]
    rows.append('| 合计 | %s | %s |' % (g.i(tot), g.pc(1000, 1)))
    checks.append(C_s100(toks))
    return R('\n'.join(rows), checks, desc)


# ---------------------------------------------------------------- quotients

def _quot_pick(g, num_v, den_v, nd, scale=1):
    """Stated quotient units (nd decimals) of num/den/scale."""
    q = Fr(num_v) / Fr(den_v) / scale
    true = round_half(q * 10 ** nd)
    if g.label != 'inconsistent':
        return true, 'quotient matches'
    op = g.ch(['shift', 'typo', 'swap'])
    if op == 'typo' and true >= 100:
        v = typo_int(g, true)
        return v, 'typo in the stated quotient (%s instead of %s)' % (fs(Fr(v, 10 ** nd)), fs(Fr(true, 10 ** nd)))
    if op == 'swap' and true >= 100:
        v = transpose_int(g, true)
        if v != true:
            return v, 'digits transposed in the stated quotient'
    v = round_half(true * Fr(g.ch([1, -1]) * g.ri(4, 25) + 100, 100))
    return v, 'quotient off by several per cent (%s instead of %s)' % (fs(Fr(v, 10 ** nd)), fs(Fr(true, 10 ** nd)))


@style('per_capita_gdp', 'pct', 'CI', '人均 = 总量（亿元）÷人口（万人），结果以元计')
def _p(g):
    ndp = g.ch([1, 2])
    pop = g.ri(10 * 10 ** ndp, 300 * 10 ** ndp)
    P = g.w(pop, ndp)
    nd = 2
    per = g.uni(30000, 150000)
    tot = round_half(parse_num(P).val * Fr(per).limit_denominator(10 ** 3) / 10 ** 6)
    T = g.y(tot, nd)
    v, desc = _quot_pick(g, parse_num(T).val, parse_num(P).val, 0)
    S = g.i(v)
    what = g.ch([('地区生产总值', '人均地区生产总值'), ('一般公共预算支出', '人均财政支出'), ('居民储蓄存款余额', '人均储蓄存款')])
    if what[0] != '地区生产总值':
        tot = max(1, tot // 8)
        T = g.y(tot, nd)
        v, desc = _quot_pick(g, parse_num(T).val, parse_num(P).val, 0)
        S = g.i(v)
    t = '%s末%s常住人口%s人，全年%s%s元，%s%s元。' % (g.yr(), g.county, P, what[0], T, what[1], S)
    return R(t, [C_quot(S, T, P)], desc)


@style('per_mu_output', 'pct', 'CI', '亩均产值/收益 = 产值 ÷ 面积（万亩）')
def _p(g):
    nda = g.ch([1, 2])
    area = g.ri(1 * 10 ** nda, 80 * 10 ** nda)
    A = g.w(area, nda)
    per = Fr(g.ri(1500, 12000))
    val = round_half(parse_num(A).val * per / 10 ** 6)  # 亿 units of 0.01
    V = g.y(val, 2)
    if val <= 0:
        raise Skip()
    v, desc = _quot_pick(g, parse_num(V).val, parse_num(A).val, 0)
    S = g.i(v)
    crop = g.ch(['茶园', '设施蔬菜', '水果', '中药材', '高标准农田', '稻虾共作'])
    t = '%s%s种植面积%s亩，实现产值%s元，亩均产值%s元。' % (g.county, crop, A, V, S)
    return R(t, [C_quot(S, V, A)], desc)


@style('average_per_village', 'pct', 'CI', '“村均/校均/户均”平均数（总量万元 ÷ 个数）')
def _p(g):
    n = g.ri(12, 400)
    nd = g.ch([1, 2])
    per = g.uni(5, 150)
    tot = round_half(Fr(n) * Fr(per).limit_denominator(1000) * 10 ** nd)
    T = g.w(tot, nd)
    v, desc = _quot_pick(g, parse_num(T).val, n, nd, 10 ** 4)
    S = g.w(v, nd)
    what = g.ch([('个行政村', '村集体经济收入合计', '村均'), ('所学校', '生均公用经费拨付合计', '校均'),
                 ('个社区', '党组织服务群众经费合计', '社区均'), ('家合作社', '经营收入合计', '社均')])
    t = '%s%s%s%s%s元，%s%s元。' % (g.county, g.i(n), what[0], what[1], T, what[2], S)
    return R(t, [C_quot(S, T, g.i(n))], desc)


@style('per_household_subsidy', 'pct', 'CI', '户均补贴 = 资金（万元）÷ 户数，结果以元计')
def _p(g):
    hh = g.ri(300, 80000)
    per = g.ri(200, 5000)
    nd = g.ch([1, 2])
    tot = round_half(Fr(hh * per, 10 ** (4 - nd)))
    T = g.w(tot, nd)
    v, desc = _quot_pick(g, parse_num(T).val, hh, 0)
    S = g.i(v)
    what = g.ch(['耕地地力保护补贴', '农机购置补贴', '生态公益林补偿', '取暖补助', '渔业油价补贴'])
    t = '%s发放%s%s元，惠及农户%s户，户均%s元。' % (g.yr(), what, T, g.i(hh), S)
    return R(t, [C_quot(S, T, g.i(hh))], desc)


@style('multiple_shi_bei', 'pct', 'CI', '“是上年的x倍”“相当于…的x倍”')
def _p(g):
    ap = AmtPair(g, glo=0.6, ghi=5.0)
    b, c = ap.val(ap.base), ap.val(ap.cur)
    v, desc = _quot_pick(g, c, b, 1)
    if g.label == 'inconsistent' and g.chance(0.4):
        v = round_half((c / b - 1) * 10)
        desc = 'growth multiple (cur/base − 1) given as “是…的x倍”'
    if v <= 10:
        raise Skip()
    st = g.d(v, 1, sep='') + '倍'
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，是%d年（%s%s）的%s。' % (g.yr(), ap.who, ap.e.name, C, ap.e.unit, max(2015, g.year - g.ri(1, 5)), B, ap.e.unit, st)
    return R(t, [C_quot(st, C, B)], desc)


@style('ratio_of_two_rates', 'pct', 'CI', '“是全省平均水平（a%）的x倍”两个比率之比')
def _p(g):
    a = g.ri(20, 300)
    b = int(a * g.uni(1.2, 3.0))
    A, Bb = g.pc(a, 1), g.pc(b, 1)
    v, desc = _quot_pick(g, parse_num(Bb).val, parse_num(A).val, 1)
    if v <= 10:
        raise Skip()
    st = g.d(v, 1, sep='') + '倍'
    what = g.ch(['研发经费投入强度', '数字经济核心产业增加值占比', '高新技术产业增加值占比', '民营经济贡献率'])
    t = '%s%s%s达%s，是全省平均水平（%s）的%s。' % (g.yr(), g.county, what, Bb, A, st)
    return R(t, [C_quot(st, Bb, A)], desc)


@style('student_teacher_ratio', 'pct', 'CI', '生师比“16.3:1”= 在校生 ÷ 专任教师')
def _p(g):
    tch = g.ri(60, 3000)
    stu = int(tch * g.uni(10, 22))
    v, desc = _quot_pick(g, stu, tch, 1)
    st = g.d(v, 1, sep='')
    school = g.ch(['全县小学', '全县初中', '县职教中心', '全区普通高中'])
    t = '%s在校学生%s人，专任教师%s人，生师比为%s%s1。' % (school, g.i(stu), g.i(tch), st, g.ch([':', '：', '∶']))
    return R(t, [C_quot(st, g.i(stu), g.i(tch))], desc)


# ---------------------------------------------------------------- approximations

CN_CHENG = ['一', '二', '三', '四', '五', '六', '七', '八', '九']


@style('approx_jin_cheng', 'pct', 'CIN', '“近六成”“超过八成”成数概说，另有精确比率')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    r = Fr(rc.num, rc.den)
    k = int(r * 10)
    q = g.ch(['近', '超过'])
    if q == '近':
        k = k + 1
        if not (r >= Fr(k, 10) * Fr(9, 10) and r <= Fr(k, 10)) or k > 9:
            q = '超过'
            k -= 1
    if q == '超过' and (k < 1 or not (Fr(k, 10) <= r <= Fr(k, 10) * Fr(13, 10))):
        raise Skip()
    cheng = CN_CHENG[k - 1] + '成'
    D, N = g.i(rc.den), g.i(rc.num)
    if g.label == 'negative':
        t = '%s%s%s%s，%s%s%s，%s%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, q, cheng)
        return R(t, [C_approx(q, cheng, num=N, den=D)], '%s%s compatible with %s/%s' % (q, cheng, N, D))
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    t = '%s%s%s%s，%s%s%s，%s%s，%s%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st, q, cheng)
    return R(t, [C_pct(st, N, D), C_approx(q, cheng, num=N, den=D)], desc)


@style('approx_yue_zhan', 'pct', 'CIN', '“约占x%”概略占比，另有精确占比')
def _p(g):
    whole = g.ri(1000, 900000)
    part = int(whole * g.uni(0.1, 0.8))
    ap = round_half(Fr(part * 100, whole))
    A = g.pc(ap, 0)
    what = g.ch([('常住人口', '城镇人口', '人'), ('耕地面积', '水田', '亩'), ('参保人数', '退休人员', '人'), ('工单量', '投诉类工单', '件')])
    W, P = g.i(whole), g.i(part)
    if g.label == 'negative':
        t = '%s%s%s%s，其中%s%s%s，约占%s。' % (g.county, what[0], W, what[2], what[1], P, what[2], A)
        return R(t, [C_approx('约', A, num=P, den=W)], '约 share compatible with the counts')
    S, desc = rate_pick(g, part, whole, 2)
    st = g.pc(S, 2)
    t = '%s%s%s%s，其中%s%s%s，占%s（约占%s）。' % (g.county, what[0], W, what[2], what[1], P, what[2], st, A)
    return R(t, [C_pct(st, P, W), C_approx('约', A, num=P, den=W)], desc)


@style('approx_yishang_pct', 'pct', 'CIN', '“95%以上”“超过90%”下限式表述，另有精确比率')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    r = Fr(rc.num, rc.den) * 100
    lo = int(r)
    for m in (5, 1):
        s = lo // m * m
        if s > 0 and s <= r <= s * Fr(13, 10):
            break
    q = g.ch(['以上', '超过'])
    ST = g.pc(s, 0)
    D, N = g.i(rc.den), g.i(rc.num)
    phrase = ('%s以上' % ST) if q == '以上' else ('超过%s' % ST)
    if g.label == 'negative':
        t = '%s%s%s%s，%s%s%s，%s稳定在%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, phrase)
        return R(t, [C_approx(q, ST, num=N, den=D)], 'lower-bound phrase compatible with %s/%s' % (N, D))
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    t = '%s%s%s%s，%s%s%s，%s%s，连续三年保持在%s。' % (rc.who, e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st, phrase)
    return R(t, [C_pct(st, N, D), C_approx(q, ST, num=N, den=D)], desc)


# ---------------------------------------------------------------- malformed percentages

def _mal_base(g, nd=1):
    rc = RateCase(g, nd=nd)
    lab = g.label
    g.label = 'consistent'
    S, _ = rate_pick(g, rc.num, rc.den, nd, trunc_ok=False)
    g.label = lab
    return rc, S


def _mal_text(g, rc, tok):
    e = rc.e
    return '%s%s%s%s，%s%s%s，%s%s。' % (rc.who, e.den_v, g.i(rc.den), e.unit, e.num_v, g.i(rc.num), e.unit, e.rate, tok)


@style('malformed_placeholder_xx', 'pct', 'I', '比率未填写：“办结率xx%”“XX.X%”')
def _p(g):
    rc = RateCase(g)
    tok = g.ch(['xx%', 'XX%', 'xx.x%', 'XX.X%', 'x%', 'xx.xx%', '××%', 'ｘｘ％'])
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok)], 'rate left as a placeholder')


@style('malformed_space_before_sign', 'pct', 'I', '数字与百分号之间有空格“98.6 %”（数值本身正确）')
def _p(g):
    rc, S = _mal_base(g)
    num = g.d(S, 1, sep='', full=False, dec='.')
    tok = num + g.ch([' ', '  ', '\u3000', '\u00a0']) + g.ch(['%', '％'])
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok), C_pct(num, g.i(rc.num), g.i(rc.den), bare=True)], 'space between the number and the percent sign')


@style('malformed_double_sign', 'pct', 'I', '重复的百分号“98.6%%”“98.6%％”')
def _p(g):
    rc, S = _mal_base(g)
    good = g.pc(S, 1, sign='%')
    tok = good + g.ch(['%', '％'])
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok), C_pct(good, g.i(rc.num), g.i(rc.den))], 'percent sign doubled')


@style('malformed_baifenzhi_with_sign', 'pct', 'I', '“百分之98.6%”汉字与符号重复')
def _p(g):
    rc, S = _mal_base(g)
    good = g.pc(S, 1, sign=g.ch(['%', '％']))
    tok = '百分之' + good
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok), C_pct(good, g.i(rc.num), g.i(rc.den))], '百分之 combined with a percent sign')


@style('malformed_baifenzhi_digits', 'pct', 'I', '“百分之９８.６”汉字百分与阿拉伯数字混用')
def _p(g):
    rc, S = _mal_base(g)
    num = g.d(S, 1, sep='', full=g.chance(0.5))
    tok = '百分之' + num
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok), C_pct(num, g.i(rc.num), g.i(rc.den), bare=True)], '百分之 followed by Arabic digits')


@style('malformed_fullstop_decimal', 'pct', 'I', '句号/顿号误作小数点“98。6%”')
def _p(g):
    rc, S = _mal_base(g)
    s = g.d(S, 1, sep='', full=False, dec='.')
    tok = s.replace('.', g.ch(['。', '、', '，'])) + g.ch(['%', '％'])
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok)], 'Chinese full stop or comma used as the decimal point')


@style('malformed_double_point', 'pct', 'I', '小数点重复“98..6%”或两个小数点“9.8.6%”')
def _p(g):
    rc, S = _mal_base(g)
    s = g.d(S, 1, sep='', full=False, dec='.')
    if g.chance(0.6):
        tok = s.replace('.', '..') + '%'
    else:
        ip, fp_ = s.split('.')
        if len(ip) < 2:
            raise Skip()
        tok = ip[0] + '.' + ip[1:] + '.' + fp_ + '%'
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok)], 'decimal point doubled or repeated')


@style('malformed_sign_before_number', 'pct', 'I', '百分号写在数字前“%98.6”')
def _p(g):
    rc, S = _mal_base(g)
    num = g.d(S, 1, sep='', full=False, dec='.')
    tok = g.ch(['%', '％']) + num
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok), C_pct(num, g.i(rc.num), g.i(rc.den), bare=True)], 'percent sign placed before the number')


@style('malformed_comma_decimal', 'pct', 'I', '逗号作小数点“98,6%”（欧式写法）')
def _p(g):
    rc, S = _mal_base(g)
    s = g.d(S, 1, sep='', full=False, dec='.')
    ip, fp_ = s.split('.')
    if len(ip) > 2:
        raise Skip()
    tok = ip + ',' + fp_ + '%'
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok)], 'comma used as the decimal point')


@style('malformed_dangling_point', 'pct', 'I', '小数位丢失“98.%”')
def _p(g):
    rc, S = _mal_base(g)
    s = g.d(S, 1, sep='', full=False, dec='.')
    tok = s.split('.')[0] + '.' + g.ch(['%', '％'])
    t = _mal_text(g, rc, tok)
    return R(t, [C_mal(tok)], 'decimal digits missing after the point')


@style('malformed_in_growth_sentence', 'pct', 'I', '增长率里的格式错误（空格、重复号），金额关系本身成立')
def _p(g):
    ap = AmtPair(g, glo=0.01, ghi=0.3)
    lab = g.label
    g.label = 'consistent'
    S, sign, _ = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    g.label = lab
    good = g.pc(S, 1, sign='%')
    kind = g.ch(['space', 'double', 'dot'])
    if kind == 'space':
        tok = good[:-1] + ' %'
        checks = [C_mal(tok), C_growth(good[:-1], sign, ap.f(ap.base), ap.f(ap.cur), bare=True)]
    elif kind == 'double':
        tok = good + '%'
        checks = [C_mal(tok), C_growth(good, sign, ap.f(ap.base), ap.f(ap.cur))]
    else:
        tok = good.replace('.', '..')
        checks = [C_mal(tok)]
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，上年%s%s，同比%s%s。' % (g.yr(), ap.who, ap.e.name, C, ap.e.unit, B, ap.e.unit, GW(sign), tok)
    return R(t, checks, 'badly written growth percentage (%s)' % kind)


# ---------------------------------------------------------------- domain rates

@style('hospital_bed_occupancy', 'pct', 'CIN', '病床使用率 = 实际占用床日 ÷ 开放床日，可超过100%')
def _p(g):
    beds = g.ri(80, 1500)
    days = 365 if g.year % 4 else 366
    open_days = beds * days
    occ = int(open_days * g.uni(0.7, 1.15))
    nd = g.ch([1, 2])
    hos = g.ch([g.county + '人民医院', g.county + '中医医院', '县妇幼保健院'])
    if g.label == 'negative':
        st = g.pc(g.ri(1005, 1200) * 10 ** (nd - 1), nd)
        t = '%s%s病床使用率%s，平均住院日%s天，%s。' % (hos, g.yr(), st, g.d(g.ri(60, 120), 1), '床位长期处于超负荷运行状态')
        return R(t, [C_none([st], 'bed occupancy above 100% is possible (extra beds)')], 'bed occupancy over 100% is legitimate')
    S, desc = rate_pick(g, occ, open_days, nd, cap=False)
    st = g.pc(S, nd)
    t = '%s%s实际开放总床日数%s，实际占用总床日数%s，病床使用率%s。' % (hos, g.yr(), g.i(open_days), g.i(occ), st)
    return R(t, [C_pct(st, g.i(occ), g.i(open_days))], desc)


@style('school_consolidation_rates', 'pct', 'CI', '学校：巩固率（毕业生 ÷ 入学时人数）与升学率')
def _p(g):
    entry = g.ri(300, 12000)
    grad = int(entry * g.uni(0.95, 0.999))
    up = int(grad * g.uni(0.55, 0.95))
    nd = 1
    lab = g.label
    bad = g.ri(0, 1)
    g.label = 'consistent' if bad else lab
    S1, d1 = rate_pick(g, grad, entry, nd, alts=[(rate_units(up, entry, nd), 'consolidation computed with the promoted students')], trunc_ok=False)
    g.label = 'consistent' if not bad else lab
    S2, d2 = rate_pick(g, up, grad, nd, alts=[(rate_units(up, entry, nd), 'promotion rate computed over the entry cohort')], trunc_ok=False)
    g.label = lab
    desc = 'both rates match' if lab != 'inconsistent' else ('consolidation: ' + d1 if not bad else 'promotion: ' + d2)
    f = g.i
    a1, a2 = g.pc(S1, nd), g.pc(S2, nd)
    t = '%d届初中毕业生%s人（该届入学时%s人），九年义务教育巩固率%s；升入高中阶段学校%s人，升学率%s。' % (
        g.year, f(grad), f(entry), a1, f(up), a2)
    return R(t, [C_pct(a1, f(grad), f(entry)), C_pct(a2, f(up), f(grad))], desc)


@style('vaccination_coverage_doses', 'pct', 'CI', '疫苗接种率，目标人群以“万人”计')
def _p(g):
    ndp = 2
    tgt = g.ri(5 * 10 ** ndp, 150 * 10 ** ndp)
    T = g.w(tgt, ndp)
    tv = parse_num(T).val
    done = int(tv * Fr(g.uni(0.7, 0.98)).limit_denominator(10 ** 5))
    nd = 1
    S, desc = rate_pick(g, done, tv, nd, trunc_ok=False)
    st = g.pc(S, nd)
    what = g.ch(['流感疫苗', '新冠病毒疫苗加强针', '麻腮风疫苗', '乙肝疫苗', 'HPV疫苗'])
    t = '%s%s目标人群%s人，已完成接种%s人，接种率%s。' % (g.county, what, T, g.i(done), st)
    return R(t, [C_pct(st, g.i(done), T)], desc)


@style('budget_execution_rate', 'pct', 'CI', '预算执行率 = 实际支出 ÷ 预算数（万元）')
def _p(g):
    nd = g.ch([0, 2])
    bud = g.ri(500 * 10 ** nd, 90000 * 10 ** nd)
    act = int(bud * g.uni(0.55, 1.0))
    Bd, Ac = g.w(bud, nd), g.w(act, nd)
    ndr = g.ch([1, 2])
    S, desc = rate_pick(g, parse_num(Ac).val, parse_num(Bd).val, ndr,
                        alts=[(rate_units(parse_num(Bd).val - parse_num(Ac).val, parse_num(Bd).val, ndr), 'unspent share stated as the execution rate')])
    st = g.pc(S, ndr)
    who = g.ch(['部门预算', '项目资金', '专项转移支付资金', '政府采购预算'])
    t = '%s%s年初%s%s元，全年实际支出%s元，预算执行率%s。' % (g.county + g.ch(['教育局', '卫健委', '农业农村局', '交通运输局']), g.yr(),
                                                who, Bd, Ac, st)
    return R(t, [C_pct(st, Ac, Bd)], desc)


@style('audit_rectification_rate', 'pct', 'CI', '审计整改：发现问题N个，已整改M个，整改率；另有金额整改')
def _p(g):
    n = g.ri(20, 900)
    m = int(n * g.uni(0.7, 0.99))
    nd = g.ch([0, 2])
    amt = g.ri(100 * 10 ** nd, 20000 * 10 ** nd)
    done = int(amt * g.uni(0.5, 0.98))
    A, Dn = g.w(amt, nd), g.w(done, nd)
    lab = g.label
    bad = g.ri(0, 1)
    g.label = 'consistent' if bad else lab
    S1, d1 = rate_pick(g, m, n, 1, trunc_ok=False)
    g.label = 'consistent' if not bad else lab
    S2, d2 = rate_pick(g, parse_num(Dn).val, parse_num(A).val, 1, trunc_ok=False)
    g.label = lab
    desc = 'both rectification rates match' if lab != 'inconsistent' else ('count rate: ' + d1 if not bad else 'amount rate: ' + d2)
    a1, a2 = g.pc(S1, 1), g.pc(S2, 1)
    t = '对%d年度审计发现的%s个问题，已整改%s个，整改率%s；涉及问题金额%s元，已整改%s元，金额整改率%s。' % (
        g.year - 1, g.i(n), g.i(m), a1, A, Dn, a2)
    return R(t, [C_pct(a1, g.i(m), g.i(n)), C_pct(a2, Dn, A)], desc)


@style('court_case_closure_rate', 'pct', 'CI', '法院：受理（含旧存）、审结、结案率')
def _p(g):
    new = g.ri(2000, 40000)
    old = g.ri(100, 4000)
    acc = new + old
    done = int(acc * g.uni(0.85, 0.98))
    alts = [(rate_units(done, new, 1), 'closure rate computed over new cases only')]
    S, desc = rate_pick(g, done, acc, 1, alts=alts, cap=False)
    st = g.pc(S, 1)
    f = g.i
    t = '%s%s共受理案件%s件（其中新收%s件），审结%s件，结案率%s。' % (g.yr(), g.ch([g.county + '人民法院', '全市法院']), f(acc), f(new), f(done), st)
    return R(t, [C_pct(st, f(done), f(acc)), C_sum(f(acc), [f(new)], 'partial')], desc)


@style('procuratorate_plea_rate', 'pct', 'CI', '检察：认罪认罚从宽制度适用率')
def _p(g):
    tot = g.ri(300, 6000)
    ap = int(tot * g.uni(0.8, 0.95))
    S, desc = rate_pick(g, ap, tot, 1)
    st = g.pc(S, 1)
    t = '%s审结刑事案件%s人，适用认罪认罚从宽制度%s人，适用率%s，量刑建议采纳率%s。' % (
        g.yr(), g.i(tot), g.i(ap), st, g.pc(g.ri(900, 995), 1))
    return R(t, [C_pct(st, g.i(ap), g.i(tot))], desc)


@style('enterprise_financial_ratios', 'pct', 'CI', '企业：资产负债率、营业利润率（亿元/万元）')
def _p(g):
    nd = 2
    assets = g.ri(5 * 10 ** nd, 900 * 10 ** nd)
    debt = int(assets * g.uni(0.3, 0.85))
    A, Dt = g.y(assets, nd), g.y(debt, nd)
    rev = g.ri(5000, 900000)
    prof = int(rev * g.uni(0.02, 0.2))
    Rv, Pf = g.w(rev, 0), g.w(prof, 0)
    lab = g.label
    bad = g.ri(0, 1)
    g.label = 'consistent' if bad else lab
    S1, d1 = rate_pick(g, parse_num(Dt).val, parse_num(A).val, 1, trunc_ok=False,
                       alts=[(rate_units(parse_num(Dt).val, parse_num(A).val - parse_num(Dt).val, 1), 'debt divided by equity instead of assets')])
    g.label = 'consistent' if not bad else lab
    S2, d2 = rate_pick(g, parse_num(Pf).val, parse_num(Rv).val, 1, trunc_ok=False)
    g.label = lab
    desc = 'both ratios match' if lab != 'inconsistent' else ('debt ratio: ' + d1 if not bad else 'profit margin: ' + d2)
    a1, a2 = g.pc(S1, 1), g.pc(S2, 1)
    comp = g.ch(COMPANY).format(n=g.mkname())
    t = '截至%s末，%s资产总额%s元，负债总额%s元，资产负债率%s；全年实现营业收入%s元，营业利润%s元，营业利润率%s。' % (
        g.yr(), comp, A, Dt, a1, Rv, Pf, a2)
    return R(t, [C_pct(a1, Dt, A), C_pct(a2, Pf, Rv)], desc)


@style('air_quality_good_days', 'pct', 'CI', '空气质量优良天数比率 = 优良天数 ÷ 有效监测天数')
def _p(g):
    days = g.ch([365, 366, 364, 362])
    good = int(days * g.uni(0.7, 0.98))
    S, desc = rate_pick(g, good, days, 1)
    st = g.pc(S, 1)
    t = '%s%s有效监测%s天，空气质量优良%s天，优良天数比率%s，PM2.5平均浓度%s微克/立方米。' % (
        g.yr(), g.city, g.i(days), g.i(good), st, g.i(g.ri(18, 55)))
    return R(t, [C_pct(st, g.i(good), g.i(days)), C_none(['PM2.5'], 'pollutant name')], desc)


@style('tap_water_coverage_village', 'pct', 'CI', '村级报告：自来水入户率、卫生厕所普及率（户）')
def _p(g):
    hh = g.ri(120, 2500)
    w = int(hh * g.uni(0.8, 1.0))
    t_ = int(hh * g.uni(0.6, 0.98))
    lab = g.label
    bad = g.ri(0, 1)
    g.label = 'consistent' if bad else lab
    S1, d1 = rate_pick(g, w, hh, 1, trunc_ok=False)
    g.label = 'consistent' if not bad else lab
    S2, d2 = rate_pick(g, t_, hh, 1, trunc_ok=False)
    g.label = lab
    desc = 'both coverage rates match' if lab != 'inconsistent' else ('tap water: ' + d1 if not bad else 'toilets: ' + d2)
    a1, a2 = g.pc(S1, 1), g.pc(S2, 1)
    t = '%s共有农户%s户。目前，自来水入户%s户，入户率%s；改建卫生厕所%s户，普及率%s。' % (g.village, g.i(hh), g.i(w), a1, g.i(t_), a2)
    return R(t, [C_pct(a1, g.i(w), g.i(hh)), C_pct(a2, g.i(t_), g.i(hh))], desc)


@style('graduate_employment_rate', 'pct', 'CI', '就业率，分母是“离校未就业+已就业”需要先加')
def _p(g):
    emp = g.ri(300, 20000)
    une = int(emp * g.uni(0.02, 0.15))
    tot = emp + une
    f = g.i
    S, desc = rate_pick(g, emp, tot, 1, alts=[(rate_units(emp - une, tot, 1), 'unemployed subtracted twice')])
    st = g.pc(S, 1)
    t = '%d届%s毕业生中，已实现就业%s人，尚未就业%s人，就业率%s。' % (g.year, g.ch(['本县生源高校', '县职教中心', '全市中职']), f(emp), f(une), st)
    return R(t, [C_pct(st, f(emp), {'sum': [f(emp), f(une)]})], desc)


@style('growth_and_share_combo', 'pct', 'CI', '同一句既有增速又有占比：“增长g%，占全市的x%”')
def _p(g):
    ap = AmtPair(g, glo=0.02, ghi=0.3, kinds=['yi'])
    city_tot = int(ap.cur * g.uni(3, 12))
    CT = ap.f(city_tot)
    lab = g.label
    bad = g.ri(0, 1)
    g.label = 'consistent' if bad else lab
    S1, sign, d1 = growth_pick(g, ap.val(ap.base), ap.val(ap.cur), 1)
    g.label = 'consistent' if not bad else lab
    S2, d2 = rate_pick(g, ap.val(ap.cur), parse_num(CT).val, 1, trunc_ok=False)
    g.label = lab
    desc = 'growth and share both match' if lab != 'inconsistent' else ('growth: ' + d1 if not bad else 'share: ' + d2)
    a1, a2 = g.pc(S1, 1), g.pc(S2, 1)
    B, C = ap.f(ap.base), ap.f(ap.cur)
    t = '%s%s%s%s%s，比上年（%s%s）%s%s，占全市（%s%s）的%s。' % (
        g.yr(), g.county, ap.e.name, C, ap.e.unit, B, ap.e.unit, GW(sign), a1, CT, ap.e.unit, a2)
    return R(t, [C_growth(a1, sign, B, C), C_pct(a2, C, CT)], desc)


@style('rate_number_broken_line', 'pct', 'CI', 'PDF 抽取把分子或分母拆到下一行')
def _p(g):
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    if rc.den < 100:
        raise Skip()
    D2 = break_line(g, D)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (rc.who, e.den_v, D2, e.unit, e.num_v, N, e.unit, e.rate, st)
    return R(t, [C_pct(st, N, D2)], desc)


# ---------------------------------------------------------------- look-alikes with rates

def _rate_with(g, lab):
    """A plain rate sentence (or '' with no check when negative)."""
    rc = RateCase(g)
    e = rc.e
    S, desc = rate_pick(g, rc.num, rc.den, rc.nd)
    st = g.pc(S, rc.nd)
    D, N = g.i(rc.den), g.i(rc.num)
    return '%s%s%s，%s%s%s，%s%s' % (e.den_v, D, e.unit, e.num_v, N, e.unit, e.rate, st), C_pct(st, N, D), desc


@style('lookalike_docnum_rate', 'pct', 'CIN', '文号〔2024〕8号与比率同句，文号不是数量')
def _p(g):
    dn = docnum(g)
    if g.label == 'negative':
        t = '根据%s文件精神，%s将考核结果纳入年度综合目标考评，权重为%s。' % (dn, g.county, g.pc(g.ri(3, 20), 0))
        return R(t, [C_none([dn], 'document number; weight with no base')], 'document number and a weight, nothing to check')
    body, chk, desc = _rate_with(g, g.label)
    t = '按照%s要求，%s，%s。' % (dn, g.county + body, g.ch(['圆满完成目标任务', '位居全市前列', '较上年有所提升']))
    return R(t, [chk, C_none([dn], 'document number')], desc)


@style('lookalike_target_rate', 'pct', 'CIN', '“力争达到95%以上”目标值不核对；另有实际比率')
def _p(g):
    tgt = g.pc(g.ri(80, 99), 0)
    phrase = g.ch(['力争达到%s以上', '目标值为%s', '确保不低于%s', '争取提高到%s'])
    if g.label == 'negative':
        t = '到%d年，%s%s%s。' % (min(2026, g.year + g.ri(1, 4)) if g.year < 2026 else 2026, g.county, g.ch(PP_RATES), phrase % tgt)
        return R(t, [C_none([tgt], 'target rate')], 'target rate, nothing to check')
    body, chk, desc = _rate_with(g, g.label)
    act = parse_num(chk['stated']).val * 100
    if act >= 98:
        raise Skip()
    tgt = g.pc(g.ri(int(act) + 1, 99), 0)
    t = '%s%s%s。下一步，%s。' % (g.yr(), g.county, body, phrase % tgt)
    return R(t, [chk, C_none([tgt], 'target rate')], desc)


@style('lookalike_range_rate', 'pct', 'CIN', '“控制在3%—5%”“增长6%～7%”区间不是运算；另有比率')
def _p(g):
    a = g.ri(1, 8)
    b = a + g.ri(1, 3)
    rg = '%d%s%s%d%s' % (a, g.ch(['%', '']), g.ch(['—', '～', '-', '至']), b, '%')
    if g.label == 'negative':
        t = '预计%d年%s%s增长%s，%s控制在%s以内。' % (min(2026, g.year + 1), g.county, g.ch(['地区生产总值', '一般公共预算收入', '社会消费品零售总额']),
                                           rg, g.ch(['居民消费价格涨幅', '城镇调查失业率']), g.pc(g.ri(3, 6), 0))
        return R(t, [C_none([rg], 'range of expected growth')], 'expected ranges and ceilings, nothing to check')
    body, chk, desc = _rate_with(g, g.label)
    t = '%s%s%s，预计明年增幅在%s之间。' % (g.yr(), g.county, body, rg)
    return R(t, [chk, C_none([rg], 'range')], desc)


@style('lookalike_interest_rate', 'pct', 'CIN', '利率、贴息比例、首付比例等政策比率无基数；另有比率')
def _p(g):
    lpr = g.pc(g.ri(300, 465), 2)
    ti = g.pc(g.ch([30, 50, 60, 100]), 0)
    if g.label == 'negative':
        t = '对符合条件的创业担保贷款，按贷款市场报价利率（%s）的%s给予贴息，%s。' % (lpr, ti, g.ch(['期限不超过3年', '单户最高300万元', '由财政资金承担']))
        return R(t, [C_none([lpr, ti], 'policy rates without a base')], 'policy rates, nothing to check')
    body, chk, desc = _rate_with(g, g.label)
    t = '%s%s%s；同期一年期贷款市场报价利率为%s。' % (g.yr(), g.county, body, lpr)
    return R(t, [chk, C_none([lpr], 'interest rate')], desc)


@style('lookalike_version_code_rate', 'pct', 'CIN', '5G、x86、IPv6、1+X 等代号与比率同段')
def _p(g):
    tok, phrase = g.ch(TECH)
    if tok not in phrase:
        raise Skip()
    if g.label == 'negative':
        t = '%s加快%s，%s。' % (g.county, phrase, g.ch(['重点场所覆盖率明显提高', '试点工作走在全省前列', '应用场景不断丰富']))
        return R(t, [C_none([tok], 'code/name')], 'code or name, nothing to check')
    body, chk, desc = _rate_with(g, g.label)
    t = '%s%s。同时，%s%s。' % (g.county, body, phrase, g.ch(['稳步推进', '取得积极进展', '列入年度重点任务']))
    return R(t, [chk, C_none([tok], 'code/name')], desc)


@style('lookalike_dotted_date_rate', 'pct', 'CIN', '点分日期“2023.10.15”、时间“14:30”与比率同段')
def _p(g):
    m, d = g.ri(1, 12), g.ri(1, 28)
    dt = '%d.%d.%d' % (g.year, m, d)
    tm = '%02d:%02d' % (g.ri(8, 17), g.ch([0, 30]))
    if g.label == 'negative':
        t = '会议定于%s %s在县政府三楼会议室召开，请各单位主要负责同志准时参加。' % (dt, tm)
        return R(t, [C_none([dt, tm], 'date and time')], 'date and time, nothing to check')
    body, chk, desc = _rate_with(g, g.label)
    t = '（数据截至%s）%s%s。' % (dt, g.county, body)
    return R(t, [chk, C_none([dt], 'date')], desc)

# =====================================================================
# 7. Driver: generation, verification, style table
# =====================================================================

LABELS = ('consistent', 'inconsistent', 'negative')
SHARE = {'consistent': 0.4, 'inconsistent': 0.4, 'negative': 0.2}
ID_RE = re.compile(r'n13-(totals|pct)-\d{6}')


def try_style(st, label, rng, seen, stats, debug=False):
    for _ in range(80):
        g = G(rng, label)
        try:
            r = st.fn(g)
            lab, arith = label_checks(r['checks'], r['text'])
        except Skip:
            stats['skip', st.name] += 1
            continue
        except (NumErr, ValueError, ZeroDivisionError, IndexError) as e:
            stats['error', st.name] += 1
            if debug:
                raise
            continue
        if lab != label:
            stats['mismatch', st.name, lab] += 1
            continue
        if r['text'] in seen:
            stats['dup', st.name] += 1
            continue
        seen.add(r['text'])
        return {'family': st.family, 'style': st.name, 'label': label, 'text': r['text'],
                'note': r['desc'] + ' | ' + arith, 'checks': r['checks']}
    return None


def generate(seed, n_per_family=1500, debug=False):
    rng = random.Random(seed)
    stats = Counter()
    out = []
    for fam in ('totals', 'pct'):
        seen = set()
        recs = []
        q = {'consistent': round(n_per_family * SHARE['consistent']),
             'inconsistent': round(n_per_family * SHARE['inconsistent'])}
        q['negative'] = n_per_family - q['consistent'] - q['inconsistent']
        for label in LABELS:
            code = label[0].upper()
            cands = [s for s in STYLES.values() if s.family == fam and code in s.labels]
            order = []
            while len(order) < q[label]:
                blk = cands[:]
                rng.shuffle(blk)
                order += blk
            order = order[:q[label]]
            for st in order:
                rec = try_style(st, label, rng, seen, stats, debug)
                while rec is None:
                    stats['fallback', st.name, label] += 1
                    rec = try_style(rng.choice(cands), label, rng, seen, stats, debug)
                recs.append(rec)
        rng.shuffle(recs)
        for k, r in enumerate(recs, 1):
            r['id'] = 'n13-%s-%06d' % (fam, k)
            out.append(OrderedDict([('id', r['id']), ('family', r['family']), ('style', r['style']),
                                    ('label', r['label']), ('text', r['text']), ('note', r['note']),
                                    ('checks', r['checks'])]))
    return out, stats


def verify_file(path, quiet=False):
    errors = []
    ids = set()
    cnt = Counter()
    styles = Counter()
    n = 0
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append('line %d: bad JSON (%s)' % (ln, e))
                continue
            rid = r.get('id', '')
            where = 'line %d (%s)' % (ln, rid)
            missing = [k for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks') if k not in r]
            if missing:
                errors.append('%s: missing %s' % (where, missing))
                continue
            m = ID_RE.fullmatch(rid)
            if not m or m.group(1) != r['family']:
                errors.append('%s: bad id for family %s' % (where, r['family']))
            if rid in ids:
                errors.append('%s: duplicate id' % where)
            ids.add(rid)
            if r['label'] not in LABELS:
                errors.append('%s: bad label' % where)
            if r['style'].startswith('malformed') and (r['family'] != 'pct' or r['label'] != 'inconsistent'):
                errors.append('%s: malformed style must be pct/inconsistent' % where)
            try:
                lab, arith = label_checks(r['checks'], r['text'])
            except (NumErr, ValueError, KeyError, TypeError, ZeroDivisionError) as e:
                errors.append('%s: %s' % (where, e))
                continue
            if lab != r['label']:
                errors.append('%s: verifier says %s, record says %s (%s)' % (where, lab, r['label'], arith))
            if ' | ' not in r['note'] or not r['note'].endswith(' | ' + arith):
                errors.append('%s: note does not end with the verifier arithmetic' % where)
            cnt[r['family'], r['label']] += 1
            styles[r['style']] += 1
    if not quiet:
        print('%s: %d records, %d styles' % (path, n, len(styles)))
        for fam in ('totals', 'pct'):
            tot = sum(cnt[fam, l] for l in LABELS)
            print('  %-6s %5d  ' % (fam, tot) + '  '.join('%s %d' % (l, cnt[fam, l]) for l in LABELS))
        if errors:
            print('FAILED: %d problem(s)' % len(errors))
            for e in errors[:40]:
                print('  ' + e)
        else:
            print('OK: every label reproduced from the checks; every operand is a substring of its text')
    return not errors


def style_table(path):
    cnt = Counter()
    fam = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                cnt[r['style'], r['label']] += 1
                fam[r['style']] = r['family']
    order = [s for s in STYLES if s in fam] + sorted(s for s in fam if s not in STYLES)
    print('| style | family | label | count | description |')
    print('|---|---|---|---:|---|')
    for s in order:
        desc = STYLES[s].desc if s in STYLES else ''
        for l in LABELS:
            if cnt[s, l]:
                print('| %s | %s | %s | %d | %s |' % (s, fam[s], l, cnt[s, l], desc.replace('|', '\\|')))
    nst = Counter(fam.values())
    print()
    print('%d styles (%d totals, %d pct), %d records.' % (len(fam), nst['totals'], nst['pct'], sum(cnt.values())))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--n', type=int, default=1500, help='records per family (default 1500)')
    ap.add_argument('--verify', metavar='FILE', nargs='+')
    ap.add_argument('--style-table', metavar='FILE')
    ap.add_argument('--debug', action='store_true')
    ap.add_argument('--stats', action='store_true')
    a = ap.parse_args(argv)
    if a.verify:
        ok = all([verify_file(p) for p in a.verify])
        return 0 if ok else 1
    if a.style_table:
        style_table(a.style_table)
        return 0
    if a.seed is None or not a.out:
        ap.error('give --seed N --out FILE, --verify FILE or --style-table FILE')
    recs, stats = generate(a.seed, a.n, a.debug)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    if a.stats:
        for k, v in sorted(stats.items(), key=lambda kv: -kv[1])[:80]:
            print(v, k, file=sys.stderr)
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0 if verify_file(a.out) else 1


if __name__ == '__main__':
    sys.exit(main())
