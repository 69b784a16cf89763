#!/usr/bin/env python3
"""numbers47_gen.py - held-out set 47: Chinese report statements with totals and percentages.

Generate:  python3 numbers47_gen.py --seed 11 --out numbers47_seed11.jsonl
Verify:    python3 numbers47_gen.py --verify numbers47_seed11.jsonl [more.jsonl ...]
Table:     python3 numbers47_gen.py --table numbers47_seed11.jsonl   (markdown style table)

Standard library only (Python 3.11).  Deterministic per seed: every style draws from its own
random.Random seeded with a string, so PYTHONHASHSEED has no influence.
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 60

# =====================================================================================
#  Part 1. The verifier (independent of the generator's formatting code)
# =====================================================================================

V_FW = {0xFF10 + i: 0x30 + i for i in range(10)}
V_FW[ord('．')] = ord('.')
V_CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
            '六': 6, '七': 7, '八': 8, '九': 9}
V_CN_UNIT = {'十': 10, '百': 100, '千': 1000}
V_CN_BIG = {'万': 10 ** 4, '亿': 10 ** 8}
V_CN_CHARS = set(V_CN_DIG) | set(V_CN_UNIT) | set(V_CN_BIG)
V_DIGITS = set('0123456789０１２３４５６７８９')
V_GOOD_PCT = re.compile(r'[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]')
V_BAD_PCT_SCAN = [re.compile(p) for p in (
    r'[xX×]{1,3}(?:[.．][xX×]{1,3})?\s*[%％]', r'[0-9０-９]\s+[%％]', r'[%％][0-9０-９]',
    r'[%％]{2}', r'[0-9０-９][.．]{2,}[0-9０-９]')]
V_MARKERS = {
    'partial': ('等', '主要有', '主要包括', '较多的是', '主要是'),
    'approx': ('约', '近', '余', '左右', '超过', '多'),
    'cumulative': ('累计',),
    'pp_no_base': ('个百分点',),
    'permille': ('‰',),
    'pct_no_base': ('%', '％'),
    'growth_over_100': ('增长', '增加', '提高', '上升'),
}
V_NEG_KINDS = {'partial', 'approx', 'overlap', 'two_wholes', 'cumulative', 'identifier',
               'growth_over_100', 'pp_no_base', 'overlap_shares', 'permille', 'pct_no_base',
               'rate_unstated'}
V_RELS = {'sum', 'balance', 'count_items', 'count_names', 'rate', 'per', 'growth', 'pp',
          'share_sum', 'malformed_pct', 'neg'}
V_NUM_FIELDS = {'parts', 'total', 'plus', 'minus', 'result', 'count', 'num', 'den', 'pct',
                'value', 'old', 'new', 'pp', 'shares'}


class VErr(Exception):
    pass


def v_cn(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN_DIG:
            num = V_CN_DIG[ch]
        elif ch in V_CN_UNIT:
            if num == 0:
                num = 1
            section += num * V_CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10 ** 4
            section = num = 0
        elif ch == '亿':
            total = (total + section + num) * 10 ** 8
            section = num = 0
    return total + section + num


def v_num(lit):
    """Parse a literal as written in the text; return (Decimal value, decimals shown)."""
    if not isinstance(lit, str) or not lit:
        raise VErr('bad literal %r' % (lit,))
    s = lit
    if s[-1] in '%％':
        s = s[:-1]
    if s and all(c in V_CN_CHARS for c in s):
        if s[0] in V_CN_BIG:
            raise VErr('bad chinese numeral %r' % lit)
        return Decimal(v_cn(s)), 0
    mult = 1
    if s.endswith('亿'):
        mult, s = 10 ** 8, s[:-1]
    elif s.endswith('万'):
        mult, s = 10 ** 4, s[:-1]
    s = s.translate(V_FW)
    s = re.sub(r'(?<=\d)[,，  ](?=\d{3}(?!\d))', '', s)
    if not re.fullmatch(r'\d+(?:\.\d+)?', s):
        raise VErr('unparsable literal %r' % lit)
    dp = len(s.split('.')[1]) if '.' in s else 0
    return Decimal(s) * mult, dp


def v_occurs(lit, text):
    """The literal occurs in the text, not glued to further digits."""
    start = 0
    L = len(lit)
    while True:
        i = text.find(lit, start)
        if i < 0:
            return False
        start = i + 1
        b = text[i - 1] if i > 0 else ''
        a = text[i + L] if i + L < len(text) else ''
        a2 = text[i + L + 1] if i + L + 1 < len(text) else ''
        if b and (b in V_DIGITS or (b in '.．' and i > 1 and text[i - 2] in V_DIGITS)):
            continue
        if b and lit[0] in V_CN_CHARS and b in V_CN_CHARS:
            continue
        if a and (a in V_DIGITS or (a in '.．' and a2 in V_DIGITS)):
            continue
        if a and lit[-1] in V_CN_CHARS and a in V_CN_CHARS:
            continue
        if a and lit[-1] not in '万亿' and a in '万亿':
            continue
        if a and lit[-1] not in '%％' and a in '%％‰':
            continue
        return True


def v_q(x, dp):
    return x.quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def v_margin(dp):
    return max(Decimal(2) * Decimal(1).scaleb(-dp), Decimal('0.3'))


def v_check(c, text):
    """Return True (relation holds), False (relation wrong) or None (neg, no relation)."""
    rel = c.get('rel')
    if rel not in V_RELS:
        raise VErr('unknown rel %r' % rel)
    for k, v in c.items():
        if k in V_NUM_FIELDS:
            for lit in (v if isinstance(v, list) else [v]):
                if not v_occurs(lit, text):
                    raise VErr('literal %r not in text' % lit)
                v_num(lit)
    N = lambda k: v_num(c[k])[0]
    if rel in ('sum', 'balance'):
        if rel == 'sum':
            got, want = sum((v_num(x)[0] for x in c['parts']), Decimal(0)), N('total')
            if len(c['parts']) < 2:
                raise VErr('sum needs two parts')
        else:
            got = sum((v_num(x)[0] for x in c['plus']), Decimal(0)) - \
                sum((v_num(x)[0] for x in c.get('minus', [])), Decimal(0))
            want = N('result')
        return got == want
    if rel in ('count_items', 'count_names'):
        key = 'items' if rel == 'count_items' else 'names'
        for it in c[key]:
            if it not in text:
                raise VErr('%s %r not in text' % (key, it))
        if len(set(c[key])) != len(c[key]):
            raise VErr('duplicate %s' % key)
        return Decimal(len(c[key])) == N('count')
    if rel in ('rate', 'growth', 'per'):
        stated, dp = v_num(c[{'rate': 'pct', 'growth': 'pct', 'per': 'value'}[rel]])
        if rel == 'rate':
            den = N('den')
            if den == 0:
                raise VErr('zero base')
            true = N('num') / den * 100
        elif rel == 'per':
            true = N('total') / N('count') * Decimal(c.get('factor', '1'))
        else:
            old, new = N('old'), N('new')
            if c.get('dir') not in ('up', 'down'):
                raise VErr('growth dir')
            true = (new - old) / old * 100 if c['dir'] == 'up' else (old - new) / old * 100
        r = v_q(true, dp)
        if r == stated:
            return True
        m = v_margin(dp) if rel != 'per' else Decimal(2) * Decimal(1).scaleb(-dp)
        if abs(r - stated) < m:
            raise VErr('%s wrong by less than the margin: %s vs %s' % (rel, stated, r))
        return False
    if rel == 'pp':
        (o, d1), (n, d2), (p, d3) = v_num(c['old']), v_num(c['new']), v_num(c['pp'])
        diff = n - o if c.get('dir') == 'up' else o - n
        if c.get('dir') not in ('up', 'down'):
            raise VErr('pp dir')
        if diff == p:
            return True
        if abs(diff - p) < v_margin(d3):
            raise VErr('pp wrong by less than the margin')
        return False
    if rel == 'share_sum':
        vals = [v_num(x) for x in c['shares']]
        tot = sum((v for v, _ in vals), Decimal(0))
        if tot == 100:
            return True
        if abs(tot - 100) < v_margin(max(d for _, d in vals)):
            raise VErr('share_sum wrong by less than the margin')
        return False
    if rel == 'malformed_pct':
        lit = c['literal']
        if lit not in text:
            raise VErr('malformed literal not in text')
        if V_GOOD_PCT.fullmatch(lit) or not ('%' in lit or '％' in lit):
            raise VErr('literal %r is not malformed' % lit)
        return False
    # neg
    kind = c.get('kind')
    if kind not in V_NEG_KINDS:
        raise VErr('unknown neg kind %r' % kind)
    ev = c.get('evidence', '')
    if not ev or ev not in text:
        raise VErr('neg evidence %r not in text' % ev)
    if kind in V_MARKERS and not any(m in ev for m in V_MARKERS[kind]):
        raise VErr('neg %s evidence lacks marker' % kind)
    if kind == 'identifier' and not any(ch in V_DIGITS for ch in ev):
        raise VErr('identifier without digits')
    if 'parts' in c:
        s = sum((v_num(x)[0] for x in c['parts']), Decimal(0))
        t = N('total')
        if kind == 'partial' and not s < t:
            raise VErr('partial list not below total')
        if kind == 'overlap' and not s > t:
            raise VErr('overlap not above total')
        if kind in ('approx', 'two_wholes') and s == t:
            raise VErr('%s adds up exactly' % kind)
    if 'count' in c:
        k = len(c.get('names', c.get('items', [])))
        if kind == 'partial' and not k < N('count'):
            raise VErr('partial name list not below count')
    if kind == 'overlap_shares':
        if sum((v_num(x)[0] for x in c['shares']), Decimal(0)) <= 100:
            raise VErr('overlapping shares do not pass 100')
    if kind == 'growth_over_100':
        if v_num(c['pct'])[0] <= 100:
            raise VErr('growth not over 100')
        if 'old' in c:
            o, n = N('old'), N('new')
            if v_q((n - o) / o * 100, v_num(c['pct'])[1]) != v_num(c['pct'])[0]:
                raise VErr('growth over 100 does not hold')
    if kind == 'rate_unstated':
        stated, dp = v_num(c['pct'])
        if v_q(N('num') / N('den') * 100, dp) == stated:
            raise VErr('rate_unstated actually matches')
    return None


def v_record(r):
    """Return the derived label; raise VErr on any structural problem."""
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in r:
            raise VErr('missing field %s' % k)
    if r['family'] not in ('totals', 'pct'):
        raise VErr('bad family')
    if not re.fullmatch(r'[a-z][a-z0-9]*(?:_[a-z0-9]+)*', r['style']):
        raise VErr('style not snake_case')
    if r['label'] not in ('consistent', 'inconsistent', 'negative'):
        raise VErr('bad label')
    if '\n' in r['note'] or not r['note']:
        raise VErr('note must be one line')
    text = r['text']
    nl = len(text.split('\n'))
    if not 1 <= nl <= 8:
        raise VErr('text has %d lines' % nl)
    if not r['checks']:
        raise VErr('no checks')
    res = [v_check(c, text) for c in r['checks']]
    has_mal = any(c['rel'] == 'malformed_pct' for c in r['checks'])
    if not has_mal and any(p.search(text) for p in V_BAD_PCT_SCAN):
        raise VErr('malformed percentage not declared')
    fails = sum(1 for x in res if x is False)
    if fails > 1:
        raise VErr('%d relations wrong' % fails)
    if fails == 1:
        return 'inconsistent'
    if any(c['rel'] == 'neg' for c in r['checks']):
        return 'negative'
    if not any(x is True for x in res):
        raise VErr('consistent record without a relation')
    return 'consistent'


def verify_files(paths):
    bad = 0
    total = 0
    seen = set()
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                total += 1
                try:
                    r = json.loads(line)
                    if r.get('id') in seen:
                        raise VErr('duplicate id')
                    seen.add(r.get('id'))
                    lab = v_record(r)
                    if lab != r['label']:
                        raise VErr('label %s but derived %s' % (r['label'], lab))
                except (VErr, KeyError, TypeError, ValueError, ArithmeticError) as e:
                    bad += 1
                    if bad <= 30:
                        print('%s:%d: %s: %s' % (path, ln, type(e).__name__, e), file=sys.stderr)
    print('verified %d records, %d disagreements' % (total, bad))
    return 1 if bad else 0


# =====================================================================================
#  Part 2. Generator machinery: slots, formatting, builder, mutation
# =====================================================================================

class Retry(Exception):
    pass


FWT = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN_D = '零一二三四五六七八九'


def cn_int(n, liang=False):
    if not 0 < n < 10 ** 8:
        raise Retry('cn range')

    def small(x, lead):
        s, zero, started = '', False, False
        for u, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d, x = divmod(x, u)
            if d == 0:
                if started:
                    zero = True
                continue
            if zero:
                s += '零'
                zero = False
            if d == 2 and u >= 100 and liang and not started:
                ch = '两'
            elif d == 1 and u == 10 and not started and lead:
                ch = ''
            else:
                ch = CN_D[d]
            s += ch + name
            started = True
        return s
    if n == 2 and liang:
        return '两'
    hi, lo = divmod(n, 10000)
    if not hi:
        return small(lo, True)
    s = small(hi, True) + '万'
    if lo:
        if lo < 1000:
            s += '零'
        s += small(lo, False)
    return s


def fmt_disp(disp, dp, style, liang=False):
    if style == 'cn':
        if dp or disp.denominator != 1:
            raise Retry('cn decimal')
        return cn_int(int(disp), liang)
    q = disp * 10 ** dp
    if q.denominator != 1 or q < 0:
        raise Retry('inexact display')
    s = str(q.numerator).rjust(dp + 1, '0')
    ip, fp = (s[:-dp], s[-dp:]) if dp else (s, '')
    if style in ('comma', 'fwcomma', 'space') and len(ip) > 3:
        sep = {'comma': ',', 'fwcomma': '，', 'space': ' '}[style]
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep.join(g)
    out = ip + ('.' + fp if dp else '')
    if style == 'fw':
        out = out.translate(FWT)
    return out


def round_hu(x, dp):
    """Round a Fraction half up to dp decimals; exact ties are refused (Retry)."""
    y = Fraction(x) * 10 ** dp
    fl = y.numerator // y.denominator
    fr = y - fl
    if fr == Fraction(1, 2):
        raise Retry('tie')
    return Fraction(fl + (1 if fr > Fraction(1, 2) else 0), 10 ** dp)


class Slot:
    def __init__(self, base, dp, scale, style, kind, sign='%', liang=False):
        self.base, self.dp, self.scale, self.style, self.kind = Fraction(base), dp, scale, style, kind
        self.sign, self.liang = sign, liang
        self.mutable, self.mut_dir, self.cap, self.malformed = True, 0, 100, None


TOK = re.compile('\ue000(\\d+)\ue001')
RESULT = {'rate': ['pct'], 'per': ['value'], 'growth': ['pct'], 'pp': ['pp'],
          'sum': ['parts', 'total'], 'balance': ['plus', 'minus', 'result'],
          'count_items': ['count'], 'count_names': ['count'], 'share_sum': ['shares']}


def toks_of(v):
    if isinstance(v, list):
        out = []
        for x in v:
            out += toks_of(x)
        return out
    if isinstance(v, str):
        return [int(m) for m in TOK.findall(v)]
    return []


class B:
    def __init__(self, rng):
        self.rng = rng
        self.slots = []
        self.checks = []
        self.notes = []

    # ---- slots
    def _add(self, s):
        self.slots.append(s)
        return '\ue000%d\ue001' % (len(self.slots) - 1)

    def n(self, base, dp=0, scale=1, style='plain', liang=False, mutable=True):
        s = Slot(base, dp, scale, style, 'n', liang=liang)
        s.mutable = mutable
        fmt_disp(s.base / scale, dp, style, liang)   # exactness check
        return self._add(s)

    def pct(self, value, dp=1, sign='%', style='plain', cap=100):
        s = Slot(value, dp, 1, style, 'pct', sign=sign)
        s.cap = cap
        fmt_disp(s.base, dp, style)
        return self._add(s)

    def ppn(self, value, dp=1, style='plain'):
        s = Slot(value, dp, 1, style, 'pp')
        fmt_disp(s.base, dp, style)
        return self._add(s)

    def slot(self, tok):
        return self.slots[int(TOK.fullmatch(tok).group(1))]

    def v(self, tok):
        return self.slot(tok).base

    def check(self, rel, **kw):
        d = {'rel': rel}
        d.update(kw)
        self.checks.append(d)

    # ---- relations computed from slots
    def rate(self, num, den, dp=1, sign='%', style='plain', cap=100, add=True):
        x = self.v(num) / self.v(den) * 100
        r = round_hu(x, dp)
        if r <= 0 or (cap is not None and r > cap):
            raise Retry('rate range')
        tok = self.pct(r, dp, sign, style, cap)
        if add:
            self.check('rate', num=num, den=den, pct=tok)
        return tok

    def per(self, total, count, dp=1, factor=1, style='plain'):
        r = round_hu(self.v(total) / self.v(count) * factor, dp)
        if r <= 0:
            raise Retry('per zero')
        tok = self.n(r, dp, style=style)
        self.check('per', total=total, count=count, value=tok, factor=str(factor))
        return tok

    def growth(self, old, new, dp=1, sign='%', style='plain'):
        o, n = self.v(old), self.v(new)
        if o == n:
            raise Retry('no growth')
        d = 'up' if n > o else 'down'
        r = round_hu(abs(n - o) / o * 100, dp)
        if r <= 0:
            raise Retry('growth zero')
        tok = self.pct(r, dp, sign, style, cap=None)
        self.check('growth', old=old, new=new, pct=tok, dir=d)
        return d, tok

    def pp(self, old, new, style='plain'):
        so, sn = self.slot(old), self.slot(new)
        d = sn.base - so.base
        if d == 0:
            raise Retry('no pp')
        tok = self.ppn(abs(d), max(so.dp, sn.dp), style)
        self.check('pp', old=old, new=new, pp=tok, dir='up' if d > 0 else 'down')
        return ('up' if d > 0 else 'down'), tok

    # ---- rendering
    def lit(self, i):
        s = self.slots[i]
        if s.malformed:
            return s.malformed
        t = fmt_disp(s.base / s.scale, s.dp, s.style, s.liang)
        t += {1: '', 10 ** 4: '万', 10 ** 8: '亿'}[s.scale]
        if s.kind == 'pct':
            t += s.sign
        return t

    def render(self, v):
        if isinstance(v, list):
            return [self.render(x) for x in v]
        if isinstance(v, str):
            return TOK.sub(lambda m: self.lit(int(m.group(1))), v)
        return v

    # ---- inconsistency
    def uses(self):
        u = Counter()
        for c in self.checks:
            for k, v in c.items():
                for i in toks_of(v):
                    u[i] += 1
        return u

    def mutate(self):
        rng = self.rng
        u = self.uses()
        cands = []
        for c in self.checks:
            for f in RESULT.get(c['rel'], []):
                for i in toks_of(c[f]):
                    if u[i] == 1 and self.slots[i].mutable:
                        cands.append((i, c['rel']))
        if not cands:
            raise Retry('nothing to mutate')
        i, rel = rng.choice(cands)
        s = self.slots[i]
        old = self.lit(i)
        if rel in ('rate', 'growth', 'pp', 'share_sum'):
            unit = Fraction(1, 10 ** s.dp)
            m = max(2 * unit, Fraction(3, 10))
            m = Fraction(-(-m.numerator * 10 ** s.dp // m.denominator), 10 ** s.dp)  # ceil to dp
            extra = rng.choice([0, 0, 1, 2, 5, 10, 20, 40]) * unit
            if s.dp == 0:
                extra = rng.choice([0, 1, 2, 3, 5, 8])
            delta = m + extra
            sign = rng.choice([1, -1])
            nv = s.base + sign * delta
            if nv <= 0 or (s.cap is not None and nv > s.cap):
                nv = s.base - sign * delta
            if nv <= 0 or (s.cap is not None and nv > s.cap):
                raise Retry('mutation range')
            s.base = nv
        elif rel in ('count_items', 'count_names'):
            k = int(s.base)
            d = rng.choice([1, 1, 2])
            if s.mut_dir < 0 or (s.mut_dir == 0 and rng.random() < 0.5):
                d = -d
            if k + d < 1:
                d = -d if s.mut_dir >= 0 else 0
            if k + d < 1 or d == 0:
                raise Retry('count mutation')
            s.base = Fraction(k + d)
        else:
            s.base = self.mutate_number(s, rel)
        self.notes.append('changed %s -> %s (%s)' % (old, self.lit(i), rel))
        return i

    def mutate_number(self, s, rel):
        rng = self.rng
        unit = Fraction(s.scale, 10 ** s.dp)
        if rel == 'per':
            k = int(s.base / unit)
            d = max(2, k // rng.choice([8, 12, 20, 30]))
            k2 = k + rng.choice([1, -1]) * d
            if k2 <= 0:
                k2 = k + d
            return k2 * unit
        k = int(s.base / unit)
        ks = str(k)
        for _ in range(20):
            how = rng.choice(['digit', 'digit', 'swap', 'add', 'add', 'add'])
            if how == 'digit':
                p = rng.randrange(len(ks))
                choices = [c for c in '0123456789' if c != ks[p] and not (p == 0 and c == '0')]
                k2 = int(ks[:p] + rng.choice(choices) + ks[p + 1:])
            elif how == 'swap' and len(ks) >= 2:
                p = rng.randrange(len(ks) - 1)
                if ks[p] == ks[p + 1] or (p == 0 and ks[1] == '0'):
                    continue
                k2 = int(ks[:p] + ks[p + 1] + ks[p] + ks[p + 2:])
            else:
                j = rng.randrange(max(1, len(ks) - 1))
                k2 = k + rng.choice([1, -1]) * rng.randint(1, 9) * 10 ** j
            if k2 > 0 and k2 != k and (s.style != 'cn' or k2 < 10 ** 5):
                return k2 * unit
        raise Retry('number mutation')

    def malform(self):
        rng = self.rng
        u = self.uses()
        cands = []
        for ci, c in enumerate(self.checks):
            if c['rel'] in ('rate', 'growth', 'share_sum'):
                for i in toks_of(c[RESULT[c['rel']][0]]):
                    if u[i] == 1 and self.slots[i].kind == 'pct':
                        cands.append((ci, i))
        if not cands:
            raise Retry('nothing to malform')
        ci, i = rng.choice(cands)
        good = self.lit(i)
        dg, sg = good[:-1], good[-1]
        ways = ['space', 'prefix', 'double', 'dots', 'xx']
        w = rng.choice(ways)
        if w == 'space':
            bad = dg + rng.choice([' ', ' ', '\u3000']) + sg
        elif w == 'prefix':
            bad = sg + dg
        elif w == 'double':
            bad = dg + sg + sg
        elif w == 'dots':
            if '.' in dg or '．' in dg:
                bad = re.sub(r'[.．]', lambda m: m.group(0) * 2, dg, count=1) + sg
            elif len(dg) >= 2:
                bad = dg[:-1] + '..' + dg[-1] + sg
            else:
                bad = 'xx' + sg
        else:
            bad = rng.choice(['xx', 'XX', 'xx.x', 'x.x', 'XX.X']) + sg
        self.slots[i].malformed = bad
        del self.checks[ci]
        self.checks.append({'rel': 'malformed_pct', 'literal': '\ue000%d\ue001' % i})
        self.notes.append('malformed percentage %r' % bad)


# =====================================================================================
#  Part 3. Names and source banks (all wording invented for this set)
# =====================================================================================

SYL = ('安宝北滨昌辰川春达东丰富港广海和河恒宏华怀惠吉嘉江金锦景静康兰乐丽林柳龙鹿茂梅美明'
       '南宁平浦谦青清庆泉仁瑞润沙山尚升盛石顺松泰潭桃天通桐万文西溪霞祥新兴秀旭阳怡义永玉园源'
       '云泽樟长珍正中竹')
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦方白邹孟熊秦邱尹薛段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔向汤'
GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文斌宇浩凯鹏辉玲婷雪慧晨欣怡'


def uniq(rng, fn, n):
    out = []
    for _ in range(200):
        x = fn(rng)
        if x not in out:
            out.append(x)
        if len(out) == n:
            return out
    raise Retry('names')


def place(rng, suffix=None):
    suf = suffix or rng.choice(['街道', '镇', '乡', '区', '县'])
    return rng.choice(SYL) + rng.choice(SYL) + suf


def person(rng):
    return rng.choice(SURN) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


class BD:
    """A whole and its parts: subject phrase, unit, part names, total range."""

    def __init__(self, subj, unit, names, lo, hi, dim, thing=None, dp=0, big=False, small=False):
        self.subj, self.unit, self.names, self.lo, self.hi = subj, unit, names, lo, hi
        self.dim, self.thing, self.dp, self.big, self.small = dim, thing or subj, dp, big, small


class RT:
    """A rate: name, base description, numerator description, unit, base range, rate range."""

    def __init__(self, name, den, num, unit, lo, hi, rlo, rhi, other):
        self.name, self.den, self.num, self.unit = name, den, num, unit
        self.lo, self.hi, self.rlo, self.rhi, self.other = lo, hi, rlo, rhi, other


def towns(rng, n, suf=None):
    return uniq(rng, lambda r: place(r, suf), n)


def pick_cats(rng, cats, lo=2):
    """Keep order; choose a prefix-free subset of at least lo categories."""
    n = rng.randint(lo, len(cats))
    idx = sorted(rng.sample(range(len(cats)), n))
    return [cats[i] for i in idx]


class Source:
    key = ''
    org = ''
    heads = []

    def bds(self, rng):
        raise NotImplementedError


class Telecom(Source):
    key = 'telecom'
    orgs = ['区通信发展管理办公室', '市通信管理局', '区工业和信息化局', '区数据资源局']
    heads = ['（一）加快新型信息基础设施建设', '信息通信业发展情况', '二、数字基础设施',
             '（三）推进“双千兆”网络协同发展', '通信行业运行情况通报']

    def bds(self, rng):
        return [
            BD('全年新建5G基站', '个', towns(rng, rng.randint(3, 5)), 300, 4000, '区域', '5G基站'),
            BD('固定宽带接入用户达到', '户', ['千兆宽带用户', '百兆宽带用户', '百兆以下用户'],
               20000, 900000, '速率档次', '固定宽带用户', big=True),
            BD('移动电话用户总数', '户', ['5G用户', '4G用户', '其他制式用户'], 200000, 4000000,
               '制式', '移动电话用户', big=True),
            BD('完成电信业务收入', '万元', ['固定通信业务收入', '移动通信业务收入'], 8000, 600000,
               '业务', '电信业务收入', dp=rng.choice([0, 0, 1])),
            BD('新建光缆线路', '公里', towns(rng, rng.randint(3, 4)), 200, 9000, '区域', '光缆线路'),
            BD('新增5G基站', '个', uniq(rng, lambda r: r.choice(SYL) + r.choice(SYL) + r.choice(
                ['通信', '信息', '网络']) + '公司', rng.randint(2, 4)), 200, 3000, '企业', '5G基站'),
        ]

    def gender(self, rng):
        return rng.choice([('参加全市通信行业职业技能竞赛的选手', '名'), ('全区通信行业从业人员', '人'),
                           ('参加5G应用推广培训的技术骨干', '名')])

    def small_bds(self, rng):
        return [BD('全年发生通信线路被盗损事件', '起', towns(rng, 3), 12, 180, '区域'),
                BD('新建“5G+智慧工厂”项目', '个', towns(rng, rng.randint(3, 4)), 10, 90, '区域'),
                BD('开展通信设施保护专项检查', '次', ['城区', '乡镇', '工业园区'], 20, 300, '区域')]

    def overlap(self, rng):
        return ('全年新建5G基站', '个', ['共建共享站点', '利用社会杆塔建设的站点', '位于农村地区的站点'])

    def two_wholes(self, rng):
        return ('全区行政村', '个', [('新建5G基站', '个'), ('改造升级4G基站', '个')])

    def cumulative(self, rng):
        return rng.choice([('全年新建5G基站', '累计建成', '个'), ('本年新增千兆宽带用户', '累计达到', '户'),
                           ('今年新增5G行业应用项目', '累计建成', '个')])

    def idents(self, rng, Y):
        ph = f'0{rng.randint(310, 799)}-{rng.randint(8100, 8999)}{rng.randint(1000, 9999)}'
        k = rng.randint(10, 40)
        m = f'ZXR{rng.randint(10, 99)}-{rng.randint(1000, 9999)}'
        doc = f'工信〔{Y}〕{rng.randint(11, 98)}号'
        dt = f'{Y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
        return [(f'打造“5G+工业互联网”典型场景，相关做法入选省级案例集。', '5G+'),
                (f'核心机房统一部署{m}型汇聚设备，运行平稳。', m),
                (f'在职业院校推行“1+X”证书制度，开设通信网络运维方向。', '“1+X”证书'),
                (f'用户可拨打服务电话{ph}反映网络问题。', ph),
                (f'根据{doc}文件要求，持续推进信号升级。', doc),
                (f'{dt}，区通信基础设施建设推进会召开。', dt)]
    def rates(self, rng):
        return [RT('千兆宽带用户占比', '固定宽带用户', '千兆宽带用户', '户', 20000, 800000, 12, 62, '农村宽带用户'),
                RT('5G用户渗透率', '移动电话用户', '5G用户', '户', 100000, 3000000, 28, 80, '本年新增用户'),
                RT('行政村5G通达率', '行政村', '已通5G网络的行政村', '个', 80, 900, 70, 99.6, '已通光纤的行政村'),
                RT('用户投诉处理率', '受理用户投诉', '已处理完毕的投诉', '件', 300, 20000, 90, 99.8, '涉及资费的投诉')]

    def growths(self, rng):
        return [('5G基站总数', '个', 1000, 20000, 1), ('固定宽带用户', '户', 50000, 900000, 1),
                ('电信业务收入', '万元', 10000, 500000, 1), ('用户申诉量', '件', 200, 5000, -1)]

    def triples(self, rng):
        return ('移动电话用户', '手机上网用户', '5G用户', '户', 300000, 3000000)

    def passfail(self, rng):
        return rng.choice([('抽检通信工程质量项目', '个', '合格', '不合格'),
                           ('检测基站电磁辐射点位', '个', '达标', '未达标')])

    def target(self, rng):
        return rng.choice([('新建5G基站', '个', 300, 4000), ('新增千兆宽带用户', '户', 5000, 90000),
                           ('新建光缆线路', '公里', 300, 5000)])

    def percap(self, rng):
        return rng.choice(['phone', 'staff'])

    def permille(self, rng):
        return rng.choice(['用户申诉率', '网络故障投诉率', '宽带用户申诉率'])

    def growth_thing(self, rng):
        return rng.choice(['5G行业应用项目数', '物联网终端用户数', '千兆宽带用户数'])

    def shares_overlap(self, rng):
        return ('新建5G基站中', ['共建共享站点', '农村站点', '利用社会杆塔建设的站点'])

    def balance(self, rng):
        return rng.choice([
            ('stock', '年初5G基站存量', '本年新建', '退网', '年末存量', '个'),
            ('fund', '通信设施建设补助资金到位', '支出', '结余', '万元')])

    def named(self, rng):
        names = uniq(rng, lambda r: r.choice(SYL) + r.choice(SYL) + r.choice(['电子', '智能', '精密', '新材料']) + '公司',
                     rng.randint(3, 5))
        return names, '家', '企业', '入选“5G+工业互联网”示范名单'

    def nitems(self, rng):
        return ('推进信号覆盖提升工程', '个', ['城区热点区域', '交通干线沿线', '旅游景区', '工业园区', '农村地区'],
                '完成站点优化', 50, 1500)


class Safety(Source):
    key = 'safety'
    orgs = ['区应急管理局', '区安全生产委员会办公室', '县应急管理局', '区消防救援大队']
    heads = ['（二）统筹发展和安全', '安全生产形势', '三、应急管理工作', '（四）防范化解重大安全风险',
             '安全生产工作情况']
    IND = ['工矿商贸领域', '道路交通领域', '火灾', '建筑施工领域']

    def bds(self, rng):
        ind = pick_cats(rng, self.IND, 3)
        return [
            BD('全年发生生产安全事故', '起', ind, 12, 240, '行业领域', '生产安全事故'),
            BD('事故造成死亡', '人', ind, 6, 90, '行业领域', '死亡人数'),
            BD('排查整治安全隐患', '处', ['重大隐患', '较大隐患', '一般隐患'], 800, 60000, '等级', '安全隐患', big=True),
            BD('组织开展应急演练', '场次', ['综合演练', '专项演练', '桌面推演'], 40, 1200, '类型', '应急演练'),
            BD('应急演练参与群众', '人次', towns(rng, rng.randint(3, 5)), 3000, 90000, '区域', '参与人次', big=True),
            BD('检查生产经营单位', '家次', pick_cats(rng, ['危险化学品企业', '工贸企业', '建筑工地', '人员密集场所'], 3),
               300, 12000, '行业', '检查单位'),
        ]

    def gender(self, rng):
        return rng.choice([('全区应急救援队伍共有队员', '名'), ('参加安全生产知识竞赛的职工', '人'),
                           ('新招录乡镇应急管理员', '名')])

    def small_bds(self, rng):
        ind = pick_cats(rng, self.IND, 3)
        return [BD('全年发生生产安全事故', '起', ind, 10, 160, '行业领域'),
                BD('事故造成死亡', '人', ind, 6, 90, '行业领域'),
                BD('挂牌督办重大隐患', '项', towns(rng, 3), 10, 120, '区域')]

    def overlap(self, rng):
        return ('排查安全隐患', '处', ['涉及消防安全的隐患', '限期整改的隐患', '位于人员密集场所的隐患'])

    def two_wholes(self, rng):
        return ('全区建成应急避难场所', '处', [('开展应急演练', '场次'), ('培训应急志愿者', '人次')])

    def cumulative(self, rng):
        return rng.choice([('本年新增应急避难场所', '累计建成', '处'), ('今年新组建基层应急救援队伍', '累计组建', '支'),
                           ('本年新增注册应急志愿者', '累计注册', '人')])

    def idents(self, rng, Y):
        ph = f'0{rng.randint(310, 799)}-{rng.randint(8100, 8999)}{rng.randint(1000, 9999)}'
        doc = f'安委办〔{Y}〕{rng.randint(3, 60)}号'
        dt = f'{Y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
        k = rng.randint(3, 9)
        return [('深入开展“7+X”重点行业领域安全整治。', '“7+X”'),
                (f'24小时应急值守电话{ph}保持畅通。', ph),
                (f'及时转发《{Y}年第{rng.randint(2, 9)}号安全生产预警提示》。', f'{Y}年第'),
                (f'按照{doc}文件部署，开展安全生产大检查。', doc),
                (f'{dt}，全区防汛应急演练在城区举行。', dt),
                (f'构建“1+{k}+N”应急预案体系。', f'“1+{k}+N”')]
    def rates(self, rng):
        return [RT('隐患整改率', '排查安全隐患', '已完成整改', '处', 600, 40000, 85, 99.8, '重大隐患'),
                RT('演练覆盖率', '规模以上工业企业', '开展应急演练的企业', '家', 80, 2000, 70, 99, '危化品企业'),
                RT('培训考核合格率', '参加安全培训人员', '考核合格人员', '人', 300, 20000, 85, 99.6, '特种作业人员'),
                RT('重大隐患销号率', '挂牌督办重大隐患', '已销号隐患', '项', 20, 400, 60, 99, '涉及消防安全的隐患')]

    def growths(self, rng):
        return [('生产安全事故起数', '起', 20, 300, -1), ('事故死亡人数', '人', 10, 120, -1),
                ('排查安全隐患数', '处', 1000, 50000, 1), ('应急演练场次', '场次', 60, 1200, 1)]

    def triples(self, rng):
        return ('检查生产经营单位', '检查工贸企业', '存在隐患的工贸企业', '家次', 2000, 20000)

    def passfail(self, rng):
        return rng.choice([('参加特种作业人员考核', '人', '合格', '不合格'),
                           ('抽查消防设施', '处', '合格', '不合格')])

    def target(self, rng):
        return rng.choice([('计划开展应急演练', '场次', 60, 900), ('计划培训安全管理人员', '人次', 800, 20000),
                           ('计划排查整治隐患', '处', 1000, 30000)])

    def permille(self, rng):
        return rng.choice(['从业人员工伤事故发生率为', '道路交通万车事故率折合为', '居民火灾发生率'])

    def growth_thing(self, rng):
        return rng.choice(['应急物资储备量', '注册应急志愿者人数', '应急广播终端数量'])

    def shares_overlap(self, rng):
        return ('排查的隐患中', ['涉及消防安全的', '限期整改的', '位于人员密集场所的'])

    def balance(self, rng):
        return ('stock', '上年结转未整改隐患', '本年新排查', '完成整改', '尚余正在整改的隐患', '处')

    def named(self, rng):
        names = uniq(rng, lambda r: r.choice(SYL) + r.choice(SYL) + r.choice(['化工', '建材', '机械', '物流']) + '有限公司',
                     rng.randint(3, 5))
        return names, '家', '企业', '被列为安全生产标准化示范单位'

    def nitems(self, rng):
        return ('开展安全生产专项整治行动', '家次', ['危险化学品领域', '消防安全领域', '城镇燃气领域', '道路运输领域', '建筑施工领域'],
                '检查企业', 100, 4000)


class Petition(Source):
    key = 'petition'
    orgs = ['区信访局', '市12345政务服务便民热线管理中心', '区人民来访接待中心', '区政务服务管理局']
    heads = ['（五）畅通群众诉求渠道', '信访工作情况', '四、12345热线运行情况', '（二）深化信访工作法治化',
             '接诉即办工作总结']

    def bds(self, rng):
        return [
            BD('全年受理群众信访事项', '件次', ['来信', '来访', '网上信访'], 300, 12000, '渠道', '信访事项'),
            BD('12345热线受理工单', '件', pick_cats(rng, ['咨询类', '求助类', '投诉类', '建议类'], 3), 5000, 500000,
               '诉求类型', '热线工单', big=True),
            BD('开展工单回访', '件', towns(rng, rng.randint(3, 5), '街道'), 1000, 60000, '街道', '回访工单'),
            BD('接待群众来访', '批次', ['个体访', '集体访'], 100, 3000, '类型', '来访批次'),
            BD('热线工单转办', '件', towns(rng, rng.randint(3, 4), '街道'), 2000, 90000, '承办单位', '转办工单'),
        ]

    def gender(self, rng):
        return rng.choice([('热线中心现有话务员', '名'), ('全区专兼职信访干部', '名'), ('选聘人民建议征集员', '名')])

    def small_bds(self, rng):
        return [BD('受理集体访', '批次', ['来访', '联名来信', '网上联名'], 10, 120, '渠道'),
                BD('开展领导干部接访下访', '次', towns(rng, 3, '街道'), 12, 200, '街道'),
                BD('化解信访积案', '件', ['重复信访', '信访积案', '疑难复杂事项'], 10, 150, '类型')]

    def overlap(self, rng):
        return ('受理热线工单', '件', ['涉及住房物业的工单', '通过微信渠道反映的工单', '重复来电工单'])

    def two_wholes(self, rng):
        return ('全年受理信访事项', '件次', [('接待来访群众', '人次'), ('回访信访人', '人次')])

    def cumulative(self, rng):
        return rng.choice([('本年新增热线知识库条目', '累计达到', '条'), ('今年新开通网上信访受理点', '累计开通', '个'),
                           ('本年新增注册网上信访用户', '累计注册', '人')])

    def idents(self, rng, Y):
        ph = f'0{rng.randint(310, 799)}-{rng.randint(8100, 8999)}{rng.randint(1000, 9999)}'
        no = f'XF{Y}{rng.randint(1000, 9999)}'
        dt = f'{Y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
        k = rng.randint(2, 9)
        return [('群众可通过12345热线、网上信访平台反映诉求。', '12345热线'),
                ('完善“1+3+N”矛盾纠纷多元化解体系。', '“1+3+N”'),
                (f'编号为{no}的信访件已办结并回访。', no),
                (f'来访接待电话{ph}工作日全天开通。', ph),
                (f'{dt}起，领导干部接访日调整为每周三。', dt),
                (f'推行“{k}+X”接诉即办工作机制。', f'“{k}+X”')]
    def rates(self, rng):
        return [RT('按期办结率', '受理信访事项', '按期办结', '件次', 300, 12000, 90, 99.8, '网上信访'),
                RT('群众满意率', '参与评价的事项', '评价满意的事项', '件', 300, 20000, 85, 99.5, '首次办理事项'),
                RT('回访满意率', '回访工单', '满意和基本满意工单', '件', 1000, 60000, 85, 99.5, '电话回访工单'),
                RT('热线工单办结率', '热线工单', '已办结工单', '件', 5000, 300000, 92, 99.8, '投诉类工单')]

    def growths(self, rng):
        return [('信访总量', '件次', 400, 12000, -1), ('热线工单量', '件', 10000, 400000, 1),
                ('集体访批次', '批次', 20, 300, -1), ('网上信访量', '件次', 200, 8000, 1)]

    def triples(self, rng):
        return ('政务服务热线工单', '投诉类工单', '涉及物业管理的投诉', '件', 20000, 400000)

    def passfail(self, rng):
        return rng.choice([('评查信访事项办理案卷', '卷', '合格', '不合格'),
                           ('抽查热线工单办理质量', '件', '达标', '不达标')])

    def target(self, rng):
        return rng.choice([('计划化解信访积案', '件', 30, 400), ('计划回访热线工单', '件', 2000, 40000),
                           ('计划开展领导接访', '次', 40, 400)])

    def permille(self, rng):
        return rng.choice(['信访量占常住人口的比例为', '重复信访率', '工单退单率'])

    def growth_thing(self, rng):
        return rng.choice(['网上信访量', '热线微信渠道工单量', '人民建议征集数量'])

    def shares_overlap(self, rng):
        return ('热线工单中', ['涉及住房物业的', '通过微信渠道反映的', '重复来电的'])

    def balance(self, rng):
        return ('stock', '上月结转在办工单', '本月新受理', '办结', '月末在办工单', '件')

    def named(self, rng):
        return towns(rng, rng.randint(3, 5), '街道'), '个', '街道', '被评为“信访工作示范街道”'

    def nitems(self, rng):
        return ('开展信访积案化解攻坚', '件', ['征地拆迁类', '劳资纠纷类', '物业管理类', '教育医疗类', '涉法涉诉类'],
                '化解积案', 30, 900)


class Grid(Source):
    key = 'grid'
    orgs = ['区社会治理中心', '区城市管理局', '区网格化服务管理中心', '区委政法委']
    heads = ['（三）提升基层治理效能', '网格化服务管理工作', '五、城市管理', '（六）推进城市精细化管理',
             '城市管理综合执法情况']

    def bds(self, rng):
        return [
            BD('全区配备网格员', '名', ['专职网格员', '兼职网格员'], 300, 6000, '类型', '网格员'),
            BD('共划分网格', '个', ['城市社区网格', '农村网格', '专属网格'], 100, 3000, '类型', '网格'),
            BD('网格员上报各类事件', '件', pick_cats(rng, ['矛盾纠纷类', '安全隐患类', '环境卫生类', '市容秩序类', '民生服务类'], 3),
               2000, 300000, '事件类别', '网格事件', big=True),
            BD('拆除违法建设', '平方米', towns(rng, rng.randint(3, 5)), 5000, 900000, '区域', '拆违面积', big=True),
            BD('生活垃圾分类覆盖小区', '个', towns(rng, rng.randint(3, 5), '街道'), 50, 1500, '街道', '覆盖小区'),
        ]

    def gender(self, rng):
        return rng.choice([('全区专职网格员', '名'), ('城市管理执法队员', '名'), ('新招聘专职网格员', '名')])

    def small_bds(self, rng):
        return [BD('新设立专属网格', '个', ['学校', '医院', '商圈', '工业园区'], 10, 120, '类型'),
                BD('查处占道经营', '起', towns(rng, 3, '街道'), 20, 300, '街道'),
                BD('调整优化网格', '个', towns(rng, 3, '街道'), 12, 160, '街道')]

    def overlap(self, rng):
        return ('全区配备专职网格员', '名', ['党员', '女性', '35岁及以下的'])

    def two_wholes(self, rng):
        return ('全区划分网格', '个', [('配备专职网格员', '名'), ('配备兼职网格员', '名')])

    def cumulative(self, rng):
        return rng.choice([('本年新增专职网格员', '累计配备', '名'), ('今年新接入智能感知设备', '累计接入', '台'),
                           ('本年新增垃圾分类示范小区', '累计建成', '个')])

    def idents(self, rng, Y):
        ph = f'0{rng.randint(310, 799)}-{rng.randint(8100, 8999)}{rng.randint(1000, 9999)}'
        gid = f'GX-{rng.randint(10, 99)}-{rng.randint(100, 999)}'
        doc = f'城管执〔{Y}〕{rng.randint(3, 90)}号'
        dt = f'{Y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
        k = rng.randint(3, 9)
        return [(f'构建“1+{k}+N”网格治理体系。', f'“1+{k}+N”'),
                (f'编号{gid}的网格试点“网格+物业”融合模式。', gid),
                (f'市民可拨打城管服务热线{ph}反映问题。', ph),
                (f'{dt}，全区网格化服务管理现场会召开。', dt),
                (f'建立“{k + 1}+X”部门联动机制。', f'“{k + 1}+X”'),
                (f'依据{doc}文件，开展违法建设专项整治。', doc)]
    def rates(self, rng):
        return [RT('网格事件办结率', '上报网格事件', '已办结事件', '件', 2000, 300000, 88, 99.8, '矛盾纠纷类事件'),
                RT('垃圾分类覆盖率', '住宅小区', '实行垃圾分类的小区', '个', 80, 2000, 50, 99, '老旧小区'),
                RT('事件按时办结率', '交办网格事件', '按时办结事件', '件', 1000, 90000, 85, 99.6, '安全隐患类事件'),
                RT('违法建设拆除率', '认定违法建设', '已拆除违法建设', '处', 100, 5000, 60, 99, '新增违法建设')]

    def growths(self, rng):
        return [('网格事件上报量', '件', 5000, 300000, 1), ('违法建设拆除面积', '平方米', 10000, 900000, 1),
                ('占道经营投诉量', '件', 300, 9000, -1), ('垃圾分类覆盖小区', '个', 80, 1500, 1)]

    def triples(self, rng):
        return ('上报网格事件', '矛盾纠纷类事件', '调解成功的矛盾纠纷', '件', 20000, 300000)

    def passfail(self, rng):
        return rng.choice([('参加网格员业务能力测试', '人', '合格', '不合格'),
                           ('检查垃圾分类投放点', '个', '达标', '不达标')])

    def target(self, rng):
        return rng.choice([('拆除违法建设任务', '平方米', 10000, 300000), ('新增垃圾分类覆盖小区目标', '个', 50, 600),
                           ('计划招聘专职网格员', '名', 50, 600)])

    def permille(self, rng):
        return rng.choice(['网格事件误报率', '垃圾分类投放点投诉率', '事件退回率'])

    def growth_thing(self, rng):
        return rng.choice(['智能感知设备接入数', '网格事件自办结数量', '拆违面积'])

    def shares_overlap(self, rng):
        return ('专职网格员中', ['党员', '女性', '35岁及以下的'])

    def balance(self, rng):
        return ('stock', '年初在岗网格员', '本年新招聘', '离岗', '年末在岗网格员', '名')

    def named(self, rng):
        return towns(rng, rng.randint(3, 5), '社区'), '个', '社区', '被确定为网格化治理示范社区'

    def nitems(self, rng):
        return ('开展城市环境专项整治', '处', ['占道经营', '乱堆乱放', '违规广告', '私搭乱建', '渣土遗撒'],
                '整治点位', 100, 6000)


class Election(Source):
    key = 'election'
    orgs = ['区民政局', '区村（社区）“两委”换届工作领导小组办公室', '区委组织部', '县民政局']
    heads = ['（四）加强基层政权建设', '村（居）委会换届选举工作情况', '六、基层群众自治',
             '（二）高质量完成换届选举', '社区工作者队伍建设']

    def bds(self, rng):
        return [
            BD('全区当选村（居）委会成员', '名', ['村委会成员', '居委会成员'], 200, 5000, '类型', '当选成员'),
            BD('新一届村（居）委会成员', '名', ['35岁及以下', '36至50岁', '51岁及以上'], 200, 5000, '年龄段', '当选成员'),
            BD('当选村（居）委会成员', '名', ['大专及以上学历', '高中（中专）学历', '初中及以下学历'], 200, 5000, '学历',
               '当选成员'),
            BD('全区社区工作者', '名', pick_cats(rng, ['研究生学历', '本科学历', '大专学历', '高中及以下学历'], 3),
               200, 3000, '学历', '社区工作者'),
            BD('登记选民', '人', towns(rng, rng.randint(3, 5)), 20000, 800000, '区域', '登记选民', big=True),
        ]

    def gender(self, rng):
        return rng.choice([('全区当选村（居）委会成员', '名'), ('新聘社区工作者', '名'), ('当选村（居）务监督委员会成员', '名')])

    def small_bds(self, rng):
        return [BD('完成换届的村（社区）', '个', ['行政村', '城市社区', '农村社区'], 20, 400, '类型'),
                BD('设立投票站', '个', towns(rng, 3), 12, 200, '区域'),
                BD('选出村民小组长', '名', towns(rng, 3), 30, 400, '区域')]

    def overlap(self, rng):
        return ('全区当选村（居）委会成员', '名', ['党员', '女性', '大专及以上学历的'])

    def two_wholes(self, rng):
        return ('全区村（社区）', '个', [('选出村（居）委会成员', '名'), ('选出村（居）务监督委员会成员', '名')])

    def cumulative(self, rng):
        return rng.choice([('本年新招聘社区工作者', '累计配备', '名'), ('今年新增持证社会工作者', '累计达到', '名'),
                           ('本年新建社区综合服务设施', '累计建成', '个')])

    def idents(self, rng, Y):
        no = f'{Y}{rng.randint(10000, 99999)}'
        doc = f'民发〔{Y}〕{rng.randint(3, 60)}号'
        dt = f'{Y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
        sec = f'第{rng.randint(2, 30)}选区'
        k = rng.randint(2, 9)
        return [(f'{sec}投票站秩序井然。', sec),
                (f'选民证编号{no}的选民因外出办理了委托投票。', no),
                ('鼓励社区工作者考取“1+X”职业技能等级证书。', '“1+X”'),
                (f'{dt}为全区统一选举日。', dt),
                (f'根据{doc}文件精神，规范选举程序。', doc),
                (f'推广“{k}+X”议事协商工作法。', f'“{k}+X”')]
    def rates(self, rng):
        return [RT('参选率', '登记选民', '参加投票选民', '人', 20000, 800000, 85, 99.5, '委托投票选民'),
                RT('“一肩挑”比例', '行政村', '书记、主任“一肩挑”的村', '个', 50, 900, 60, 99, '易地搬迁安置村'),
                RT('女性成员占比', '当选村（居）委会成员', '女性成员', '名', 200, 5000, 20, 55, '连任成员'),
                RT('大专及以上学历占比', '社区工作者', '大专及以上学历人员', '名', 200, 3000, 50, 95, '新招录人员')]

    def growths(self, rng):
        return [('参加投票选民', '人', 20000, 800000, 1), ('女性当选成员', '名', 50, 1200, 1),
                ('社区工作者', '名', 200, 3000, 1), ('平均年龄超过55岁的成员', '名', 50, 800, -1)]

    def triples(self, rng):
        return ('当选村（居）委会成员', '女性成员', '35岁及以下女性成员', '名', 1000, 6000)

    def passfail(self, rng):
        return rng.choice([('参加社区工作者职业水平考试', '人', '合格', '不合格'),
                           ('审查候选人资格', '人', '通过', '未通过')])

    def target(self, rng):
        return rng.choice([('计划培训新任村（居）委会成员', '人次', 300, 6000), ('社区工作者招聘计划', '名', 50, 600),
                           ('计划完成换届的村（社区）', '个', 30, 500)])

    def permille(self, rng):
        return rng.choice(['无效票比例', '选民登记错漏率', '废票率'])

    def growth_thing(self, rng):
        return rng.choice(['35岁及以下当选成员数量', '持证社会工作者人数', '女性社区工作者人数'])

    def shares_overlap(self, rng):
        return ('当选成员中', ['党员', '女性', '大专及以上学历的'])

    def balance(self, rng):
        return rng.choice([('fund', '换届选举工作经费到位', '支出', '结余', '万元'),
                           ('stock', '年初在岗社区工作者', '本年新招聘', '离职', '年末在岗', '名')])

    def named(self, rng):
        return towns(rng, rng.randint(3, 5), '村'), '个', '村', '被确定为换届选举试点村'

    def nitems(self, rng):
        return ('开展换届风气巡回督导', '个', ['选民登记环节', '候选人提名环节', '投票选举环节', '宣传引导环节', '信访受理环节'],
                '督导点位', 20, 600)


SOURCES = [Telecom(), Safety(), Petition(), Grid(), Election()]


# =====================================================================================
#  Part 4. Construction helpers
# =====================================================================================

def split_int(rng, total, n, lo_w=0.25):
    if total < 2 * n:
        raise Retry('split small')
    w = [rng.uniform(lo_w, 1.0) for _ in range(n)]
    s = sum(w)
    parts = [int(total * x / s) for x in w]
    parts[-1] = total - sum(parts[:-1])
    if min(parts) < 1:
        raise Retry('split zero')
    rng.shuffle(parts)
    return parts


APPROX = ['约', '近', '余', '左右', '超过', '多']


class Ctx:
    def __init__(self, rng, S, Y, family):
        self.rng, self.S, self.Y, self.family = rng, S, Y, family
        self.b = B(rng)
        self.sty = rng.choice(['plain'] * 6 + ['comma'])

    def pre(self):
        return self.rng.choice(['', '', f'{self.Y}年，', '今年以来，', '全年', '截至年底，'])

    def bd(self, big=None):
        lst = self.S.bds(self.rng)
        if big is not None:
            lst = [x for x in lst if x.big == big] or lst
        return self.rng.choice(lst)

    def num(self, bd, k, style=None, scale=1):
        dp = bd.dp if bd is not None else 0
        return self.b.n(Fraction(k, 10 ** dp), dp=dp, style=style or self.sty, scale=scale)

    def draw(self, bd, n_hidden=0, names=None):
        names = names or bd.names
        T = self.rng.randint(bd.lo * 10 ** bd.dp, bd.hi * 10 ** bd.dp)
        parts = split_int(self.rng, T, len(names) + n_hidden)
        return names, parts[:len(names)], T

    def approx(self, unit, S, dp=0, big=False):
        """Stated approximate total for an actual total S (in units of 10^-dp)."""
        rng = self.rng
        val = Fraction(S, 10 ** dp)
        if val < 30:
            raise Retry('approx small')
        mk = rng.choice(APPROX)
        if big and val >= 20000 and rng.random() < 0.7:
            scale, g, ddp = 10 ** 4, 1000, 1
        else:
            scale, g, ddp = 1, 10 ** (len(str(int(val))) - 2), 0
        lo = (val // g) * g
        hi = lo + g
        if mk == '近':
            A = hi
        elif mk in ('余', '多', '超过'):
            A = lo
        else:
            A = lo if val - lo < hi - val else hi
        if A == val or A <= 0:
            raise Retry('approx exact')
        if scale > 1 and A % 10000 == 0:
            ddp = 0
        tok = self.b.n(A, dp=ddp, scale=scale, style='plain')
        ph = {'约': f'约{tok}{unit}', '近': f'近{tok}{unit}', '超过': f'超过{tok}{unit}',
              '余': f'{tok}余{unit}', '多': f'{tok}多{unit}', '左右': f'{tok}{unit}左右'}[mk]
        return ph, tok, ph

    def lst(self, names, toks, unit, sep='、'):
        return sep.join(f'{n}{t}{unit}' for n, t in zip(names, toks))


def std_parts(c, bd, mode, sep='、'):
    """Common whole-and-parts material. Returns (list_text, total_text, tail_marker)."""
    b, rng = c.b, c.rng
    if mode == 'partial':
        names, parts, T = c.draw(bd, n_hidden=1)
    else:
        names, parts, T = c.draw(bd)
    ptoks = [c.num(bd, k) for k in parts]
    lst = c.lst(names, ptoks, bd.unit, sep)
    if mode == 'approx':
        ph, ttok, ev = c.approx(bd.unit, sum(parts), bd.dp, bd.big)
        b.check('neg', kind='approx', evidence=ev, parts=ptoks, total=ttok)
        return lst, ph, names, ptoks
    ttok = c.num(bd, T)
    if mode == 'partial':
        c.partial = (ptoks, ttok)
    else:
        b.check('sum', parts=ptoks, total=ttok)
    return lst, f'{ttok}{bd.unit}', names, ptoks


def reg_partial(c, ev):
    ptoks, ttok = c.partial
    c.b.check('neg', kind='partial', evidence=ev, parts=ptoks, total=ttok)


def item_ev(names, ptoks, unit):
    return f'{names[-1]}{ptoks[-1]}{unit}'


# =====================================================================================
#  Part 5. Totals constructions
# =====================================================================================

def t_qizhong(c, mode):
    bd = c.bd()
    lst, tot, names, ptoks = std_parts(c, bd, mode)
    head = f'{c.pre()}{bd.subj}{tot}'
    if mode != 'partial':
        return [f'{head}，其中{lst}。']
    form = c.rng.choice(['deng', 'jiaoduo', 'zhuyao'])
    if form == 'deng':
        reg_partial(c, item_ev(names, ptoks, bd.unit) + '等')
        return [f'{head}，其中{lst}等。']
    if form == 'jiaoduo':
        reg_partial(c, '其中数量较多的是')
        return [f'{head}，其中数量较多的是{lst}。']
    reg_partial(c, '主要有')
    return [f'{head}，主要有{lst}。']


def t_heji_after(c, mode):
    bd = c.bd()
    lst, tot, names, ptoks = std_parts(c, bd, mode, sep=c.rng.choice(['，', '；', '、']))
    kw = c.rng.choice(['合计', '共计', '总计', '累计', '以上合计'])
    lead = c.rng.choice([f'按{bd.dim}分，', f'{bd.thing}情况：', f'{c.Y}年{bd.thing}分{bd.dim}统计：'])
    return [f'{lead}{lst}，{kw}{tot}。']


def t_fenbie(c, mode):
    bd = c.bd()
    lst, tot, names, ptoks = std_parts(c, bd, mode)
    vals = '、'.join(f'{t}{bd.unit}' for t in ptoks)
    nm = '、'.join(names)
    if c.rng.random() < 0.5:
        return [f'{c.pre()}{bd.subj}{tot}，{nm}分别为{vals}。']
    th = bd.thing if bd.dim in ('区域', '街道', '企业', '承办单位', '时段') else ''
    return [f'{c.pre()}{nm}{th}分别为{vals}，{c.rng.choice(["共", "共计", "合计"])}{tot}。']


def t_bracket(c, mode):
    bd = c.bd()
    lst, tot, names, ptoks = std_parts(c, bd, mode)
    if mode == 'partial':
        reg_partial(c, '主要包括')
        return [f'{c.pre()}{bd.subj}{tot}（主要包括{lst}等）。']
    kw = c.rng.choice(['含', '包括', '其中', '其中：'])
    br = c.rng.choice([('（', '）'), ('(', ')')])
    return [f'{c.pre()}{bd.subj}{tot}{br[0]}{kw}{lst}{br[1]}，{c.rng.choice(["各项工作有序推进", "完成年度目标任务", "运行总体平稳"])}。']


def t_header_lines(c, mode):
    bd = c.bd()
    if len(bd.names) > 5:
        raise Retry('too many lines')
    lst, tot, names, ptoks = std_parts(c, bd, mode)
    bullet = c.rng.choice(['　　', '—', '· ', '  '])
    sepc = c.rng.choice(['：', '', ' '])
    lines = [f'{c.Y}年{bd.subj}{tot}，具体如下：' if c.rng.random() < 0.5 else f'{bd.thing}：{tot}']
    for n, t in zip(names, ptoks):
        lines.append(f'{bullet}{n}{sepc}{t}{bd.unit}')
    return lines


def table_delim(rng):
    return rng.choice(['\t', '|', '｜', '  ', ' | '])


def t_flat_table(c, mode):
    bd = c.bd()
    if len(bd.names) > 5:
        raise Retry('rows')
    names, parts, T = c.draw(bd)
    ptoks = [c.num(bd, k, style='plain') for k in parts]
    ttok = c.num(bd, T, style='plain')
    c.b.check('sum', parts=ptoks, total=ttok)
    d = table_delim(c.rng)
    rows = [f'{n}{d}{t}' for n, t in zip(names, ptoks)]
    tr = f'{c.rng.choice(["合计", "总计", "全区"])}{d}{ttok}'
    rows = [tr] + rows if c.rng.random() < 0.4 else rows + [tr]
    head = f'{bd.dim}{d}{bd.thing}（{bd.unit}）'
    if d in ('|', '｜') and c.rng.random() < 0.5:
        rows = [f'{d}{r}{d}' for r in rows]
        head = f'{d}{head}{d}'
    return [f'表{c.rng.randint(1, 9)}  {c.Y}年{bd.thing}分{bd.dim}情况', head] + rows


def t_table_two_years(c, mode):
    bd = c.bd()
    if len(bd.names) > 5:
        raise Retry('rows')
    names, p1, T1 = c.draw(bd)
    p2 = []
    for k in p1:
        p2.append(max(1, int(k * c.rng.uniform(0.75, 1.35))))
    T2 = sum(p2)
    t1 = [c.num(bd, k, style='plain') for k in p1]
    t2 = [c.num(bd, k, style='plain') for k in p2]
    tt1, tt2 = c.num(bd, T1, style='plain'), c.num(bd, T2, style='plain')
    c.b.check('sum', parts=t1, total=tt1)
    c.b.check('sum', parts=t2, total=tt2)
    d = table_delim(c.rng)
    head = f'{bd.dim}{d}{c.Y - 1}年{d}{c.Y}年'
    rows = [f'{n}{d}{a}{d}{x}' for n, a, x in zip(names, t1, t2)]
    tr = f'合计{d}{tt1}{d}{tt2}'
    rows = [tr] + rows if c.rng.random() < 0.3 else rows + [tr]
    return [f'{bd.thing}两年对比（单位：{bd.unit}）', head] + rows


MARKS = [['一是', '二是', '三是', '四是', '五是', '六是'], ['①', '②', '③', '④', '⑤', '⑥'],
         ['（1）', '（2）', '（3）', '（4）', '（5）', '（6）'], ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'],
         ['1.', '2.', '3.', '4.', '5.', '6.']]


def t_numbered_items(c, mode):
    rng, b = c.rng, c.b
    act, unit, cats, verb, lo, hi = c.S.nitems(rng)
    n = rng.randint(3, len(cats))
    cats = rng.sample(cats, n)
    mk = rng.choice(MARKS)
    cn = rng.random() < 0.6
    inline = rng.random() < 0.5 or n > 4
    if mode == 'partial':
        shown = rng.randint(2, n - 1)
        ctok = b.n(n, style='cn' if cn else 'plain', liang=True)
        items = [f'{mk[i]}{cats[i]}{verb}{c.num(None, rng.randint(lo, hi))}{unit}' for i in range(shown)]
        b.check('neg', kind='partial', evidence='主要有', count=ctok, items=mk[:shown])
        body = '；'.join(items)
        return [f'{c.Y}年{act}{ctok}项，主要有：{body}。']
    T = rng.randint(lo * n, hi * n)
    parts = split_int(rng, T, n)
    ptoks = [c.num(None, k) for k in parts]
    ttok = c.num(None, T)
    ctok = b.n(n, style='cn' if cn else 'plain', liang=True)
    b.check('count_items', count=ctok, items=mk[:n])
    b.check('sum', parts=ptoks, total=ttok)
    items = [f'{mk[i]}{cats[i]}{verb}{ptoks[i]}{unit}' for i in range(n)]
    head = f'{c.Y}年{act}{ctok}项，累计{verb}{ttok}{unit}'
    if inline:
        return [f'{head}：' + '；'.join(items) + '。']
    return [head + '：'] + [x + '；' for x in items[:-1]] + [items[-1] + '。']


def t_named_list(c, mode):
    rng, b = c.rng, c.b
    names, cls_unit, cls, pred = c.S.named(rng)
    k = len(names)
    nm = '、'.join(names)
    if mode == 'partial':
        N = k + rng.randint(2, 12)
        ctok = b.n(N, style=rng.choice(['plain', 'cn']))
        b.check('neg', kind='partial', evidence=f'等{c.b.render(ctok)}{cls_unit}', count=ctok, names=names)
        return [f'{c.pre()}{nm}等{ctok}{cls_unit}{cls}{pred}。']
    ctok = b.n(k, style=rng.choice(['plain', 'cn']))
    b.check('count_names', count=ctok, names=names)
    form = rng.choice(['deng', 'gong', 'ge'])
    if form == 'deng':
        b.slot(ctok).mut_dir = -1
        return [f'{c.pre()}{nm}等{ctok}{cls_unit}{cls}{pred}。']
    if form == 'gong':
        return [f'{c.pre()}{nm}共{ctok}{cls_unit}{cls}{pred}。']
    return [f'{c.pre()}{pred.replace("被", "")}的{cls}有{ctok}{cls_unit}，分别是{nm}。']


def t_balance(c, mode):
    rng, b = c.rng, c.b
    spec = c.S.balance(rng)
    if spec[0] == 'stock':
        _, a_l, b_l, c_l, d_l, unit = spec
        A = rng.randint(200, 20000)
        Bv = rng.randint(max(10, A // 20), max(20, A // 3))
        Cv = rng.randint(max(5, A // 30), max(10, A // 4))
        if Cv >= A + Bv:
            raise Retry('balance')
        Dv = A + Bv - Cv
        ta, tb, tc, td = (c.num(None, x) for x in (A, Bv, Cv, Dv))
        b.check('balance', plus=[ta, tb], minus=[tc], result=td)
        if rng.random() < 0.5:
            return [f'{a_l}{ta}{unit}，{b_l}{tb}{unit}，{c_l}{tc}{unit}，{d_l}{td}{unit}。']
        return [f'{a_l}{ta}{unit}；', f'{b_l}{tb}{unit}、{c_l}{tc}{unit}；', f'{d_l}{td}{unit}。']
    _, a_l, b_l, c_l, unit = spec
    dp = rng.choice([0, 1, 2])
    A = rng.randint(50 * 10 ** dp, 3000 * 10 ** dp)
    Bv = rng.randint(A // 2, A - 1)
    ta = c.b.n(Fraction(A, 10 ** dp), dp)
    tb = c.b.n(Fraction(Bv, 10 ** dp), dp)
    tc = c.b.n(Fraction(A - Bv, 10 ** dp), dp)
    b.check('balance', plus=[ta], minus=[tb], result=tc)
    return [f'{a_l}{ta}{unit}，{b_l}{tb}{unit}，{c_l}{tc}{unit}。']


def t_increase_to(c, mode):
    rng, b = c.rng, c.b
    thing, unit, lo, hi, dr = rng.choice(c.S.growths(rng))
    A = rng.randint(lo, hi)
    if rng.random() < 0.75:
        dr = dr
    else:
        dr = -dr
    D = max(1, int(A * rng.uniform(0.03, 0.4)))
    Bv = A + D if dr > 0 else A - D
    ta, tb, td = c.num(None, A), c.num(None, Bv), c.num(None, D)
    if dr > 0:
        b.check('balance', plus=[ta, td], minus=[], result=tb)
        w = rng.choice([('增加到', '增加'), ('增至', '净增'), ('提高到', '增加'), ('上升至', '增长')])
    else:
        b.check('balance', plus=[ta], minus=[td], result=tb)
        w = rng.choice([('减少到', '减少'), ('下降至', '下降'), ('降至', '减少')])
    if rng.random() < 0.6:
        return [f'{thing}由{c.Y - 1}年的{ta}{unit}{w[0]}{tb}{unit}、{w[1]}{td}{unit}。']
    return [f'{c.Y}年{thing}{tb}{unit}，比上年{w[1]}{td}{unit}（上年为{ta}{unit}）。']


def t_separate_sentences(c, mode):
    bd = c.bd()
    lst, tot, names, ptoks = std_parts(c, bd, mode)
    tpl = c.rng.choice(['{n}{v}{u}。', '{n}方面，共{v}{u}。', '{n}为{v}{u}。', '{n}有{v}{u}。'])
    sents = ''.join(tpl.format(n=n, v=t, u=bd.unit) for n, t in zip(names, ptoks))
    end = c.rng.choice([f'全{c.rng.choice(["区", "市", "县"])}合计{tot}。', f'以上共计{tot}。', f'{bd.thing}总数为{tot}。'])
    return [f'{c.Y}年{bd.thing}按{bd.dim}统计：{sents}{end}']


def t_subtotals(c, mode):
    rng, b = c.rng, c.b
    bd = c.bd()
    ns = uniq(rng, lambda r: place(r, r.choice(['街道', '镇', '乡'])), 4)
    g = rng.choice([('城区', '农村地区'), ('东片区', '西片区'), ('第一批', '第二批'), ('中心城区', '郊区')])
    T = rng.randint(bd.lo * 10 ** bd.dp, bd.hi * 10 ** bd.dp)
    parts = split_int(rng, T, 4)
    toks = [c.num(bd, k) for k in parts]
    s1t, s2t = c.num(bd, parts[0] + parts[1]), c.num(bd, parts[2] + parts[3])
    gt = c.num(bd, T)
    b.check('sum', parts=toks[:2], total=s1t)
    b.check('sum', parts=toks[2:], total=s2t)
    b.check('sum', parts=[s1t, s2t], total=gt)
    u = bd.unit
    return [f'{c.pre()}{bd.subj}{gt}{u}。其中{g[0]}{s1t}{u}（{ns[0]}{toks[0]}{u}、{ns[1]}{toks[1]}{u}），'
            f'{g[1]}{s2t}{u}（{ns[2]}{toks[2]}{u}、{ns[3]}{toks[3]}{u}）。']


STOCK = {'网格员', '网格', '当选成员', '社区工作者', '登记选民', '固定宽带用户', '移动电话用户', '覆盖小区'}


def t_quarters_months(c, mode):
    rng, b = c.rng, c.b
    lst = [x for x in c.S.bds(rng) if x.thing not in STOCK]
    if not lst:
        lst = [BD('开展换届选举业务培训', '人次', [], 500, 20000, '时段', '换届业务培训'),
               BD('受理换届选举来信来访', '件', [], 40, 900, '时段', '换届信访件')]
    bd = rng.choice(lst)
    kind = rng.choice(['q', 'q', 'h1', 'm3'])
    if kind == 'q':
        names = rng.choice([['一季度', '二季度', '三季度', '四季度'], ['第一季度', '第二季度', '第三季度', '第四季度']])
        whole = '全年'
    elif kind == 'h1':
        names = [f'{i}月' for i in range(1, 7)]
        whole = '上半年'
    else:
        q = rng.randint(0, 3)
        names = [f'{3 * q + i}月' for i in (1, 2, 3)]
        whole = ['一季度', '二季度', '三季度', '四季度'][q]
    bd2 = BD(bd.subj, bd.unit, names, bd.lo, bd.hi, '时段', bd.thing, bd.dp, bd.big)
    lst, tot, names, ptoks = std_parts(c, bd2, mode, sep='，')
    return [f'{c.Y}年{bd.thing}分时段完成情况：{lst}，{whole}{c.rng.choice(["合计", "共", "累计"])}{tot}。']


def t_gender_split(c, mode):
    rng, b = c.rng, c.b
    subj, unit = c.S.gender(rng)
    T = rng.randint(40, 5000)
    m = rng.randint(int(T * 0.2), int(T * 0.8))
    f = T - m
    tt = c.num(None, T)
    if mode == 'overlap':
        pm = rng.randint(max(1, T - f + 1), T - 1)
        tf, tp = c.num(None, f), c.num(None, pm)
        b.check('neg', kind='overlap', evidence='从构成看', parts=[tf, tp], total=tt)
        return [f'{c.pre()}{subj}{tt}{unit}。从构成看，女性{tf}{unit}，党员{tp}{unit}。']
    tm, tf = c.num(None, m), c.num(None, f)
    b.check('sum', parts=[tm, tf], total=tt)
    form = rng.randint(0, 2)
    if form == 0:
        return [f'{c.pre()}{subj}{tt}{unit}，其中男性{tm}{unit}、女性{tf}{unit}。']
    if form == 1:
        return [f'{c.pre()}{subj}{tt}{unit}（男{tm}{unit}，女{tf}{unit}）。']
    return [f'{c.pre()}{subj}中男性{tm}{unit}、女性{tf}{unit}，合计{tt}{unit}。']


WANYI = {
    'telecom': [('完成电信业务收入', '元', ['固定通信业务收入', '移动通信业务收入'], 8, 10)],
    'safety': [('投入安全生产专项资金', '元', ['隐患治理', '应急救援装备', '宣传培训'], 8, 10)],
    'petition': [('12345热线受理工单', '件', ['咨询类', '求助类', '投诉类', '建议类'], 4, 1)],
    'grid': [('拆除违法建设', '平方米', ['城区', '城乡接合部', '农村地区'], 4, 1),
             ('网格员上报事件', '件', ['矛盾纠纷', '安全隐患', '环境卫生'], 4, 1)],
    'election': [('登记选民', '人', ['城市社区', '农村社区', '行政村'], 4, 1)],
}


def t_wan_yi_mix(c, mode):
    rng, b = c.rng, c.b
    subj, unit, cats, tp, pk = rng.choice(WANYI[c.S.key])
    n = len(cats)
    if tp == 8:   # total in 亿 (2 dp) -> multiples of 10^6 元; parts in 万 (0 dp)
        Tu = rng.randint(60, 3000) if c.S.key == 'telecom' else rng.randint(30, 600)   # units of 10^6
        T = Tu * 10 ** 6
        parts = [x * 10 ** 4 for x in split_int(rng, Tu * 100, n)]
        tsc, tdp, psc = 10 ** 8, 2, 10 ** 4
    else:         # total in 万 (2 dp) -> multiples of 100; parts plain
        T = rng.randint(200, 9000) * 100 + rng.choice([0, 0, 100 * 0])
        parts = split_int(rng, T, n)
        tsc, tdp, psc = 10 ** 4, 2, 1
    ptoks = [b.n(p, 0, psc, c.sty if psc == 1 else 'plain') for p in parts]
    lst = '、'.join(f'{nm}{t}{unit}' for nm, t in zip(cats, ptoks))
    if mode == 'approx':
        S = sum(parts)
        g = 10 ** 7 if tp == 8 else 10 ** 3
        mk = rng.choice(APPROX)
        lo = (S // g) * g
        A = lo + g if mk == '近' else (lo if mk in ('余', '多', '超过') else (lo if S - lo < g / 2 else lo + g))
        if A == S or A <= 0:
            raise Retry('approx')
        ttok = b.n(A, 1 if A % tsc else 0, tsc)
        ph = {'约': f'约{ttok}{unit}', '近': f'近{ttok}{unit}', '超过': f'超过{ttok}{unit}',
              '余': f'{ttok}余{unit}', '多': f'{ttok}多{unit}', '左右': f'{ttok}{unit}左右'}[mk]
        b.check('neg', kind='approx', evidence=ph, parts=ptoks, total=ttok)
        tot = ph
    else:
        ttok = b.n(T, tdp, tsc)
        b.check('sum', parts=ptoks, total=ttok)
        tot = f'{ttok}{unit}'
    return [f'{c.pre()}{subj}{tot}，其中{lst}。']


def t_chinese_numerals(c, mode):
    rng, b = c.rng, c.b
    bd = rng.choice(c.S.small_bds(rng))
    if mode == 'partial':
        names, parts, T = c.draw(bd, n_hidden=1)
    else:
        names, parts, T = c.draw(bd)
    mix = rng.random() < 0.3
    ptoks = [b.n(k, style='plain' if (mix and rng.random() < 0.4) else 'cn', liang=rng.random() < 0.5) for k in parts]
    ttok = b.n(T, style='cn', liang=rng.random() < 0.5)
    lst = '、'.join(f'{n}{t}{bd.unit}' for n, t in zip(names, ptoks))
    if mode == 'partial':
        b.check('neg', kind='partial', evidence=f'{names[-1]}{ptoks[-1]}{bd.unit}等', parts=ptoks, total=ttok)
        return [f'{c.pre()}{bd.subj}{ttok}{bd.unit}，其中{lst}等。']
    b.check('sum', parts=ptoks, total=ttok)
    if rng.random() < 0.5:
        return [f'{c.pre()}{bd.subj}{ttok}{bd.unit}，其中{lst}。']
    return [f'{bd.subj}情况：{lst}，共{ttok}{bd.unit}。']


def t_fullwidth_separators(c, mode):
    bd = c.bd(big=True)
    c.sty = c.rng.choice(['fw', 'fw', 'comma', 'fwcomma', 'space'])
    if c.sty == 'space':
        bd = BD(bd.subj, bd.unit, bd.names, max(bd.lo, 1000), max(bd.hi, 5000), bd.dim, bd.thing, bd.dp, bd.big)
    lst, tot, names, ptoks = std_parts(c, bd, mode, sep='、' if c.sty != 'fwcomma' else '；')
    if c.rng.random() < 0.5:
        return [f'{c.pre()}{bd.subj}{tot}，其中{lst}。']
    return [f'{bd.thing}：{lst}；合计{tot}。']


TOTALS = [
    ('qizhong_list', t_qizhong, ['partial', 'approx']),
    ('heji_after_parts', t_heji_after, ['approx']),
    ('fenbie_names_first', t_fenbie, ['approx']),
    ('bracket_parts', t_bracket, ['partial', 'approx']),
    ('header_then_lines', t_header_lines, ['approx']),
    ('flat_table', t_flat_table, []),
    ('table_two_years', t_table_two_years, []),
    ('numbered_items', t_numbered_items, ['partial']),
    ('named_list_count', t_named_list, ['partial']),
    ('balance_flow', t_balance, []),
    ('increase_to', t_increase_to, []),
    ('separate_sentences', t_separate_sentences, ['approx']),
    ('subtotals_grand', t_subtotals, []),
    ('quarters_months', t_quarters_months, ['approx']),
    ('gender_split', t_gender_split, ['overlap']),
    ('wan_yi_mix', t_wan_yi_mix, ['approx']),
    ('chinese_numerals', t_chinese_numerals, ['partial']),
    ('fullwidth_separators', t_fullwidth_separators, ['approx']),
]


# =====================================================================================
#  Part 6. Percentage constructions
# =====================================================================================

def pdp(rng):
    return rng.choice([1, 1, 1, 2, 2, 0])


def draw_rate(rng, rt, lo=None, hi=None):
    hi = hi or rt.hi
    lo = min(lo or rt.lo, hi // 2)
    D = rng.randint(lo, hi)
    r = rng.uniform(rt.rlo, rt.rhi)
    N = max(1, min(D, round(D * r / 100)))
    return D, N


def rate_material(c, rt, mode, dp, style='plain', sign='%', D=None, N=None, dscale=1, nscale=1, ddp=0, ndp=0):
    """Return (den_tok, shown_num_label, shown_num_tok, pct_tok)."""
    rng, b = c.rng, c.b
    if D is None:
        D, N = draw_rate(rng, rt)
    dt = b.n(D, ddp, dscale, style)
    if mode == 'unstated':
        r = round_hu(Fraction(N, D) * 100, dp)
        pt = b.pct(r, dp, sign, style)
        for _ in range(20):
            O = rng.randint(max(1, D // 20), max(2, D // 2))
            if dscale > 1:
                O = (O // 100) * 100 or 100
            if round_hu(Fraction(O, D) * 100, dp) != r:
                break
        else:
            raise Retry('unstated')
        ot = b.n(O, ndp if nscale > 1 else 0, nscale, style)
        b.check('neg', kind='rate_unstated', evidence=rt.name, num=ot, den=dt, pct=pt)
        return dt, rt.other, ot, pt
    nt = b.n(N, ndp, nscale, style)
    pt = b.rate(nt, dt, dp, sign, style)
    return dt, rt.num, nt, pt


def p_rate_after(c, mode):
    rt = c.rng.choice(c.S.rates(c.rng))
    dt, nl, nt, pt = rate_material(c, rt, mode, pdp(c.rng))
    u = rt.unit
    v = c.rng.choice(['', '达', '达到', '为'])
    if mode == 'unstated':
        return [f'{c.pre()}{rt.den}{dt}{u}，其中{nl}{nt}{u}，{rt.name}{v}{pt}。']
    return [f'{c.pre()}{rt.den}{dt}{u}，{nl}{nt}{u}，{rt.name}{v}{pt}。']


def p_rate_before(c, mode):
    rt = c.rng.choice(c.S.rates(c.rng))
    dt, nl, nt, pt = rate_material(c, rt, mode, pdp(c.rng))
    u = rt.unit
    if mode != 'unstated' and c.rng.random() < 0.35:
        return [f'{rt.name}为{pt}（{nt}/{dt}）。']
    return [f'{c.pre()}{rt.name}{c.rng.choice(["达到", "为", "保持在"])}{pt}，{rt.den}{dt}{u}中{nl}{nt}{u}。']


def p_rate_bracket(c, mode):
    rt = c.rng.choice(c.S.rates(c.rng))
    dt, nl, nt, pt = rate_material(c, rt, mode, pdp(c.rng))
    u = rt.unit
    lab = '占' if mode != 'unstated' and c.rng.random() < 0.5 else rt.name
    br = c.rng.choice([('（', '）'), ('(', ')')])
    return [f'{c.pre()}{rt.den}{dt}{u}，其中{nl}{nt}{u}{br[0]}{lab}{pt}{br[1]}。']


def p_two_bases(c, mode):
    rng, b = c.rng, c.b
    big, mid, small, u, lo, hi = c.S.triples(rng)
    D2 = rng.randint(lo, hi)
    D1 = int(D2 * rng.uniform(0.2, 0.6))
    N = max(1, int(D1 * rng.uniform(0.08, 0.5)))
    t2, t1, tn = c.num(None, D2), c.num(None, D1), c.num(None, N)
    dp = pdp(rng)
    p1 = b.rate(tn, t1, dp)
    p2 = b.rate(tn, t2, dp)
    if rng.random() < 0.5:
        return [f'{c.pre()}{big}{t2}{u}，其中{mid}{t1}{u}；{small}{tn}{u}，分别占{mid}和{big}的{p1}和{p2}。']
    return [f'{big}{t2}{u}，{mid}{t1}{u}。', f'{small}{tn}{u}，占{mid}的{p1}，占{big}的{p2}。']


def p_pass_fail(c, mode):
    rng, b = c.rng, c.b
    desc, u, pw, fw = c.S.passfail(rng)
    D = rng.randint(30, 20000)
    N = max(1, min(D - 1, round(D * rng.uniform(0.8, 0.998))))
    dp = rng.choice([1, 1, 2])
    if mode == 'pct_no_base':
        r = round_hu(Fraction(N, D) * 100, dp)
        pt = b.pct(r, dp)
        b.check('neg', kind='pct_no_base', evidence=f'{pw}率{c.b.render(pt)}')
        return [f'{c.pre()}{desc}，{pw}率{pt}。']
    dt, nt = c.num(None, D), c.num(None, N)
    if rng.random() < 0.5:
        p1 = b.rate(nt, dt, dp)
        p2 = b.pct(100 - b.v(p1), dp)
        b.check('share_sum', shares=[p1, p2])
        return [f'{c.pre()}{desc}{dt}{u}，{pw}{nt}{u}，{pw}率{p1}，{fw}率{p2}。']
    ft = c.num(None, D - N)
    b.check('sum', parts=[nt, ft], total=dt)
    p1 = b.rate(nt, dt, dp)
    p2 = b.rate(ft, dt, dp)
    return [f'{c.pre()}{desc}{dt}{u}，其中{pw}{nt}{u}、{fw}{ft}{u}，{pw}率和{fw}率分别为{p1}和{p2}。']


def p_target(c, mode):
    rng, b = c.rng, c.b
    desc, u, lo, hi = c.S.target(rng)
    T = rng.randint(lo, hi)
    A = max(1, round(T * rng.uniform(0.82, 1.4)))
    tt, at = c.num(None, T), c.num(None, A)
    p = b.rate(at, tt, pdp(rng), cap=None)
    form = rng.randint(0, 2)
    if form == 0:
        return [f'{c.Y}年{desc}{tt}{u}，实际完成{at}{u}，完成率{p}。']
    if form == 1:
        return [f'{c.pre()}实际完成{at}{u}，为年度目标（{tt}{u}）的{p}。']
    return [f'{desc}{tt}{u}。', f'截至年底完成{at}{u}，目标完成率{p}。']


PERCAP = {   # total label/unit, count label/unit, count range, total-per-count range, per label/unit, factor
    'telecom': [('移动电话用户', '万户', '常住人口', '万人', 20, 300, 0.9, 1.4, '移动电话普及率达到', '部/百人', 100),
                ('固定宽带用户', '万户', '常住人口', '万人', 20, 300, 0.25, 0.5, '每百人拥有固定宽带用户', '户', 100)],
    'safety': [('全区应急救援队员', '名', '应急救援队伍', '支', 8, 60, 12, 45, '平均每支队伍', '名', 1),
               ('全年安全生产执法检查', '家次', '执法人员', '名', 20, 200, 30, 150, '人均检查', '家次', 1)],
    'petition': [('全年受理热线工单', '件', '在岗话务员', '名', 20, 300, 800, 3000, '人均受理工单', '件', 1),
                 ('全年受理信访事项', '件次', '常住人口', '万人', 20, 300, 0.002, 0.02, '每万人信访量为', '件次', 10000)],
    'grid': [('全区配备网格员', '名', '划分网格', '个', 100, 3000, 1.0, 2.5, '平均每个网格配备网格员', '名', 1),
             ('全区常住人口', '万人', '划分网格', '个', 100, 3000, 300, 1500, '平均每个网格服务群众', '人', 1)],
    'election': [('全区社区工作者', '名', '常住人口', '万人', 20, 300, 0.0008, 0.0025, '每万人拥有社区工作者', '名', 10000),
                 ('当选村（居）委会成员', '名', '村（社区）', '个', 30, 500, 3, 9, '平均每个村（社区）', '名', 1)],
}


def p_per_capita(c, mode):
    rng, b = c.rng, c.b
    tl, tu, cl, cu, clo, chi, rlo, rhi, pl, pu, f = rng.choice(PERCAP[c.S.key])

    def mk(unit, base):
        if unit.startswith('万'):
            dp = rng.choice([1, 2])
            g = 10 ** (4 - dp)
            k = max(1, round(base / g)) * g
            return b.n(k, dp, 10 ** 4), unit[1:], k
        k = max(1, round(base))
        return b.n(k, 0, 1, c.sty), unit, k
    cbase = rng.uniform(clo, chi) * (10 ** 4 if cu.startswith('万') else 1)
    ct, cu2, ck = mk(cu, cbase)
    tt, tu2, tk = mk(tu, ck * rng.uniform(rlo, rhi))
    pt = b.per(tt, ct, dp=rng.choice([0, 1, 1, 2]) if tk * f / ck > 10 else rng.choice([1, 2]), factor=f)
    if rng.random() < 0.5:
        return [f'{c.pre()}{tl}{tt}{tu2}，{cl}{ct}{cu2}，{pl}{pt}{pu}。']
    return [f'{pl}{pt}{pu}（{tl}{tt}{tu2}，{cl}{ct}{cu2}）。']


def p_share_sum(c, mode):
    rng, b = c.rng, c.b
    if mode == 'overlap_shares':
        lead, cats = c.S.shares_overlap(rng)
        dp = rng.choice([0, 1, 1])
        for _ in range(20):
            vals = [rng.randint(15 * 10 ** dp, 85 * 10 ** dp) for _ in cats]
            if sum(vals) > 110 * 10 ** dp:
                break
        else:
            raise Retry('overlap shares')
        toks = [b.pct(Fraction(v, 10 ** dp), dp) for v in vals]
        b.check('neg', kind='overlap_shares', evidence=lead, shares=toks)
        return [f'{c.pre()}{lead}' + '、'.join(f'{n}占{t}' for n, t in zip(cats, toks)) + '。']
    bd = c.bd()
    dp = rng.choice([0, 1, 1, 2])
    vals = split_int(rng, 100 * 10 ** dp, len(bd.names), 0.15)
    toks = [b.pct(Fraction(v, 10 ** dp), dp) for v in vals]
    b.check('share_sum', shares=toks)
    if rng.random() < 0.5:
        return [f'{c.pre()}{bd.thing}中，' + '、'.join(f'{n}占{t}' for n, t in zip(bd.names, toks)) + '。']
    return [f'从{bd.dim}看，' + '、'.join(bd.names) + f'分别占{bd.thing}总数的' + '、'.join(toks) + '。']


def free_rate(c, rt, dp):
    v = Fraction(c.rng.randint(int(rt.rlo * 10 ** dp), int(rt.rhi * 10 ** dp)), 10 ** dp)
    return c.b.pct(v, dp)


def rate_pair(c, rt, dp):
    rng = c.rng
    lo, hi = int(rt.rlo * 10 ** dp), int(min(rt.rhi, 99.9) * 10 ** dp)
    a = rng.randint(lo, hi)
    d = rng.randint(1, max(2, int(rng.choice([1, 2, 3, 6]) * 10 ** dp)))
    bb = a + d if rng.random() < 0.6 else a - d
    if not lo <= bb <= hi:
        bb = a - d if bb > a else a + d
    if not lo <= bb <= hi or bb == a:
        raise Retry('rate pair')
    return c.b.pct(Fraction(a, 10 ** dp), dp), c.b.pct(Fraction(bb, 10 ** dp), dp)


def p_pp_both(c, mode):
    rng, b = c.rng, c.b
    rt = rng.choice(c.S.rates(rng))
    dp = rng.choice([1, 1, 2])
    if mode == 'pp_no_base':
        ppv = b.ppn(Fraction(rng.randint(2, 80), 10), 1)
        w = rng.choice(['提高', '下降'])
        b.check('neg', kind='pp_no_base', evidence=f'{w}{c.b.render(ppv)}个百分点')
        return [f'{c.pre()}{rt.name}比上年{w}{ppv}个百分点。']
    p0, p1 = rate_pair(c, rt, dp)
    d, ppt = b.pp(p0, p1)
    w = '提高' if d == 'up' else '下降'
    if rng.random() < 0.5:
        return [f'{rt.name}由{c.Y - 1}年的{p0}{w}到{p1}，{w}{ppt}个百分点。']
    return [f'{c.Y}年{rt.name}为{p1}，比上年{w}{ppt}个百分点（上年为{p0}）。']


UPW = ['增长', '上升', '增加']
DNW = ['下降', '减少']


def p_growth_both(c, mode):
    rng, b = c.rng, c.b
    thing, u, lo, hi, dr = rng.choice(c.S.growths(rng))
    old = rng.randint(lo, hi)
    if mode == 'growth_over_100':
        new = int(old * rng.uniform(2.05, 4.8))
    else:
        g = rng.uniform(0.02, 0.6) if rng.random() < 0.8 else rng.uniform(0.002, 0.02)
        new = round(old * (1 + g)) if dr > 0 else round(old * (1 - g))
    ot, nt = c.num(None, old), c.num(None, new)
    dp = pdp(rng)
    d, gt = b.growth(ot, nt, dp)
    w = rng.choice(UPW if d == 'up' else DNW)
    if mode == 'growth_over_100':
        b.check('neg', kind='growth_over_100', evidence=f'增长{c.b.render(gt)}', old=ot, new=nt, pct=gt)
        w = '增长'
    form = rng.randint(0, 2)
    if form == 0:
        return [f'{c.Y}年{thing}{nt}{u}，较上年{w}{gt}（上年为{ot}{u}）。']
    if form == 1:
        return [f'{c.pre()}{thing}{nt}{u}，上年同期为{ot}{u}，同比{w}{gt}。']
    return [f'{thing}由{c.Y - 1}年的{ot}{u}变为{c.Y}年的{nt}{u}，{w}{gt}。']


def p_table_share(c, mode):
    rng, b = c.rng, c.b
    bd = c.bd()
    if len(bd.names) > 5:
        raise Retry('rows')
    names, parts, T = c.draw(bd)
    pt = [c.num(bd, k, style='plain') for k in parts]
    tt = c.num(bd, T, style='plain')
    b.check('sum', parts=pt, total=tt)
    dp = rng.choice([1, 1, 2])
    sh = [b.rate(x, tt, dp) for x in pt]
    d = table_delim(rng)
    head = f'{bd.dim}{d}{"金额" if "元" in bd.unit else "数量"}（{bd.unit}）{d}占比'
    rows = [f'{n}{d}{x}{d}{s}' for n, x, s in zip(names, pt, sh)]
    tr = f'合计{d}{tt}{d}—'
    rows = [tr] + rows if rng.random() < 0.4 else rows + [tr]
    return [f'{c.Y}年{bd.thing}构成', head] + rows


def p_multi_rate(c, mode):
    rng = c.rng
    r1, r2 = rng.sample(c.S.rates(rng), 2)
    which = rng.randint(0, 1)
    out = []
    for i, rt in enumerate((r1, r2)):
        m = mode if (mode == 'unstated' and i == which) else 'ok'
        dt, nl, nt, pt = rate_material(c, rt, m, pdp(rng))
        if m == 'unstated':
            out.append(f'{rt.den}{dt}{rt.unit}，其中{nl}{nt}{rt.unit}，{rt.name}{pt}')
        else:
            out.append(f'{rt.den}{dt}{rt.unit}，{nl}{nt}{rt.unit}，{rt.name}{pt}')
    return [f'{c.pre()}{out[0]}；{out[1]}。']


def p_rate_wan(c, mode):
    rng = c.rng
    cands = [r for r in c.S.rates(rng) if r.hi >= 20000] or c.S.rates(rng)
    rt = rng.choice(cands)
    D = rng.randint(max(rt.lo, 20000) // 100, max(rt.hi, 40000) // 100) * 100
    N = max(100, min(D, round(D * rng.uniform(rt.rlo, rt.rhi) / 100 / 100) * 100))
    nsc = rng.choice([1, 10 ** 4])
    dt, nl, nt, pt = rate_material(c, rt, mode, pdp(rng), D=D, N=N, dscale=10 ** 4, ddp=2,
                                   nscale=nsc, ndp=2 if nsc > 1 else 0)
    u = rt.unit
    if mode == 'unstated':
        return [f'{c.pre()}{rt.den}{dt}{u}，其中{nl}{nt}{u}，{rt.name}{pt}。']
    return [f'{c.pre()}{rt.den}{dt}{u}，{nl}{nt}{u}，{rt.name}{pt}。']


def p_growth_pp_combo(c, mode):
    rng, b = c.rng, c.b
    thing, u, lo, hi, dr = rng.choice(c.S.growths(rng))
    old = rng.randint(lo, hi)
    g = rng.uniform(0.03, 0.5)
    new = round(old * (1 + g)) if dr > 0 else round(old * (1 - g))
    ot, nt = c.num(None, old), c.num(None, new)
    d, gt = b.growth(ot, nt, pdp(rng))
    w = rng.choice(UPW if d == 'up' else DNW)
    first = f'{c.Y}年{thing}{nt}{u}，同比{w}{gt}（上年{ot}{u}）'
    rt = rng.choice(c.S.rates(rng))
    if mode == 'pp_no_base':
        ppv = b.ppn(Fraction(rng.randint(2, 80), 10), 1)
        w2 = rng.choice(['提高', '下降'])
        b.check('neg', kind='pp_no_base', evidence=f'{w2}{c.b.render(ppv)}个百分点')
        return [f'{first}；{rt.name}较上年{w2}{ppv}个百分点。']
    dp = rng.choice([1, 2])
    p0, p1 = rate_pair(c, rt, dp)
    d2, ppt = b.pp(p0, p1)
    w2 = '提高' if d2 == 'up' else '下降'
    return [f'{first}；{rt.name}{p1}，较上年{w2}{ppt}个百分点（上年为{p0}）。']


def p_rate_fullwidth(c, mode):
    rng, b = c.rng, c.b
    rt = rng.choice(c.S.rates(rng))
    if mode == 'permille':
        dp = rng.choice([1, 2])
        x = b.n(Fraction(rng.randint(1, 40 * 10 ** dp), 10 ** dp), dp, style=rng.choice(['fw', 'plain']))
        ev = f'{c.b.render(x)}‰'
        b.check('neg', kind='permille', evidence=ev)
        return [f'{c.pre()}{c.S.permille(rng)}{x}‰。']
    D, N = draw_rate(rng, rt, hi=min(rt.hi, 99999))
    sty = rng.choice(['fw', 'fw', 'cn'])
    dt, nl, nt, pt = rate_material(c, rt, 'ok', pdp(rng), style=sty if sty == 'fw' else 'plain',
                                   sign='％', D=D, N=N)
    if sty == 'cn':
        b.slot(dt).style = 'cn'
        b.slot(nt).style = 'cn'
    return [f'{c.pre()}{rt.den}{dt}{rt.unit}，{nl}{nt}{rt.unit}，{rt.name}{pt}。']


def p_table_rates_two_years(c, mode):
    rng, b = c.rng, c.b
    rts = rng.sample(c.S.rates(rng), rng.randint(2, 3))
    d = table_delim(rng)
    rows = []
    for rt in rts:
        dp = rng.choice([1, 1, 2])
        p0, p1 = rate_pair(c, rt, dp)
        dr, ppt = b.pp(p0, p1)
        rows.append(f'{rt.name}{d}{p0}{d}{p1}{d}{"提高" if dr == "up" else "下降"}{ppt}')
    head = f'指标{d}{c.Y - 1}年{d}{c.Y}年{d}变化（个百分点）'
    return [f'主要指标对比', head] + rows


def p_rate_separate(c, mode):
    rt = c.rng.choice(c.S.rates(c.rng))
    dt, nl, nt, pt = rate_material(c, rt, mode, pdp(c.rng))
    u = rt.unit
    mid = c.rng.choice(['', '坚持台账管理、销号管理。', '实行周调度、月通报。'])
    return [f'{c.Y}年{rt.den}{dt}{u}。{mid}', f'{nl}{nt}{u}。', f'经统计，{rt.name}为{pt}。']


PCTS = [
    ('rate_after_numbers', p_rate_after, ['unstated']),
    ('rate_before_numbers', p_rate_before, ['unstated']),
    ('rate_in_brackets', p_rate_bracket, ['unstated']),
    ('two_rates_two_bases', p_two_bases, []),
    ('pass_fail_rates', p_pass_fail, ['pct_no_base']),
    ('target_completion', p_target, []),
    ('per_capita_average', p_per_capita, []),
    ('shares_sum_100', p_share_sum, ['overlap_shares']),
    ('pp_both_rates', p_pp_both, ['pp_no_base']),
    ('growth_both_years', p_growth_both, ['growth_over_100']),
    ('table_share_column', p_table_share, []),
    ('multi_rate_paragraph', p_multi_rate, ['unstated']),
    ('rate_wan_units', p_rate_wan, ['unstated']),
    ('growth_and_pp', p_growth_pp_combo, ['pp_no_base']),
    ('rate_fullwidth', p_rate_fullwidth, ['permille']),
    ('table_rates_two_years', p_table_rates_two_years, []),
    ('rate_separate_sentences', p_rate_separate, ['unstated']),
]


# =====================================================================================
#  Part 7. Look-alike statements, context lines, records, main
# =====================================================================================

def neg_totals_extra(c):
    rng, b, S = c.rng, c.b, c.S
    kind = rng.choice(['overlap', 'two_wholes', 'cumulative', 'identifier', 'identifier'])
    if kind == 'overlap':
        subj, u, cats = S.overlap(rng)
        T = rng.randint(100, 20000)
        for _ in range(30):
            vals = [rng.randint(int(T * 0.15), int(T * 0.75)) for _ in cats]
            if sum(vals) > T * 1.1:
                break
        else:
            raise Retry('overlap')
        tt = c.num(None, T)
        toks = [c.num(None, v) for v in vals]
        lead = rng.choice(['从人员结构看', '从构成看', '按不同口径统计'])
        b.check('neg', kind='overlap', evidence=lead, parts=toks, total=tt)
        return f'{subj}{tt}{u}。{lead}，' + '，'.join(f'{n}{t}{u}' for n, t in zip(cats, toks)) + '。'
    if kind == 'two_wholes':
        whole, u, ps = S.two_wholes(rng)
        T = rng.randint(50, 3000)
        a, d = int(T * rng.uniform(0.6, 4)), int(T * rng.uniform(0.6, 4))
        if a + d == T:
            d += 1
        tt, ta, td = c.num(None, T), c.num(None, a), c.num(None, d)
        b.check('neg', kind='two_wholes', evidence=ps[0][0], parts=[ta, td], total=tt)
        return f'{whole}{tt}{u}，{ps[0][0]}{ta}{ps[0][1]}、{ps[1][0]}{td}{ps[1][1]}。'
    if kind == 'cumulative':
        new_l, cum_l, u = S.cumulative(rng)
        a = rng.randint(20, 5000)
        cum = a * rng.randint(3, 12) + rng.randint(1, 99)
        ta, tc = c.num(None, a), c.num(None, cum)
        b.check('neg', kind='cumulative', evidence=cum_l)
        return f'{new_l}{ta}{u}，{cum_l}{tc}{u}。'
    sent, ev = rng.choice(S.idents(rng, c.Y))
    b.check('neg', kind='identifier', evidence=ev)
    return sent


def neg_pct_extra(c):
    rng, b, S = c.rng, c.b, c.S
    kind = rng.choice(['growth_over_100', 'pp_no_base', 'overlap_shares', 'permille', 'pct_no_base'])
    if kind == 'growth_over_100':
        g = b.pct(Fraction(rng.randint(1010, 4800), 10), 1, cap=None)
        b.check('neg', kind='growth_over_100', evidence=f'增长{b.render(g)}', pct=g)
        return f'{S.growth_thing(rng)}同比增长{g}。'
    if kind == 'pp_no_base':
        rt = rng.choice(S.rates(rng))
        ppv = b.ppn(Fraction(rng.randint(2, 80), 10), 1)
        w = rng.choice(['提高', '下降'])
        b.check('neg', kind='pp_no_base', evidence=f'{w}{b.render(ppv)}个百分点')
        return f'{rt.name}较上年{w}{ppv}个百分点。'
    if kind == 'overlap_shares':
        return p_share_sum(c, 'overlap_shares')[0]
    if kind == 'permille':
        dp = rng.choice([1, 2])
        x = b.n(Fraction(rng.randint(1, 40 * 10 ** dp), 10 ** dp), dp)
        b.check('neg', kind='permille', evidence=f'{b.render(x)}‰')
        return f'{S.permille(rng)}{x}‰。'
    rt = rng.choice(S.rates(rng))
    p = free_rate(c, rt, rng.choice([1, 2]))
    ev = f'{rt.name}达到{b.render(p)}'
    b.check('neg', kind='pct_no_base', evidence=ev)
    return f'{ev}。'


def context(c, room):
    rng, S, Y = c.rng, c.S, c.Y
    before, after = [], []
    pool_b = [rng.choice(S.heads), f'{Y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日',
              f'本{rng.choice(["季度", "年度", "月"])}召开{rng.choice(["专题会议", "工作调度会", "联席会议"])}{rng.randint(2, 15)}次。',
              f'{rng.choice(S.orgs)}{Y}年工作总结（节选）']
    pool_a = [f'数据来源：{rng.choice(S.orgs)}', f'（数据截至{Y}年{rng.randint(6, 12)}月底）',
              '（以上数据为快报数，最终以统计部门公布为准）', f'统计口径：{Y}年1月1日至12月31日',
              '下一步，将持续巩固工作成效。']
    nb = min(room, rng.choice([0, 1, 1, 2]))
    before = rng.sample(pool_b, nb)
    na = min(room - nb, rng.choice([0, 0, 1, 1, 2]))
    after = rng.sample(pool_a, na)
    return before, after


def make_record(rng, fam, cname, fn, negs, S, label):
    last = None
    for attempt in range(400):
        c = Ctx(rng, S, rng.randint(2019, 2024), fam)
        try:
            mode = 'ok'
            if label == 'negative':
                mode = rng.choice(negs) if negs and rng.random() < 0.65 else 'extra'
            lines = fn(c, 'ok' if mode == 'extra' else mode)
            if mode == 'extra':
                x = neg_totals_extra(c) if fam == 'totals' else neg_pct_extra(c)
                lines = lines + [x] if rng.random() < 0.7 else [x] + lines
            how = mode
            if label == 'inconsistent':
                if fam == 'pct' and rng.random() < 0.25:
                    c.b.malform()
                    how = 'malformed percentage'
                else:
                    c.b.mutate()
                    how = 'one value changed'
            lines = [x.replace('全年全年', '全年') for x in lines]
            if len(lines) > 8:
                raise Retry('too long')
            bef, aft = context(c, 8 - len(lines))
            b = c.b
            text = b.render('\n'.join(bef + lines + aft))
            checks = []
            for ch in b.checks:
                checks.append({k: b.render(v) for k, v in ch.items()})
            rels = Counter(ch['rel'] for ch in checks)
            relstr = ', '.join('%s x%d' % kv for kv in sorted(rels.items()))
            if label == 'consistent':
                note = 'all relations hold (%s)' % relstr
            elif label == 'inconsistent':
                note = '%s: %s; relations: %s' % (how, '; '.join(b.notes), relstr)
            else:
                kinds = sorted({ch['kind'] for ch in checks if ch['rel'] == 'neg'})
                note = 'look-alike, not to flag: %s (%s)' % (', '.join(kinds), relstr)
            rec = {'id': '', 'family': fam, 'style': '', 'label': label, 'text': text,
                   'note': note.replace('\n', ' '), 'checks': checks}
            rec['style'] = 'x'
            got = v_record(rec)
            if got != label:
                last = 'derived %s' % got
                continue
            return rec
        except Retry as e:
            last = 'retry %s' % e
            continue
        except VErr as e:
            last = 'verr %s' % e
            continue
    raise RuntimeError('cannot make %s %s %s %s: %s' % (fam, cname, S.key, label, last))


def all_styles():
    out = []
    for cname, fn, negs in TOTALS:
        for S in SOURCES:
            out.append(('totals', cname, fn, negs, S))
    for cname, fn, negs in PCTS:
        for S in SOURCES:
            out.append(('pct', cname, fn, negs, S))
    return out


def generate(seed):
    recs = []
    for fam, cname, fn, negs, S in all_styles():
        style = f'{cname}_{S.key}'
        rng = random.Random(f'numbers47|seed={seed}|{fam}|{style}')
        n = rng.randint(15, 20)
        ncons, nneg = round(n * 0.4), round(n * 0.2)
        labels = ['consistent'] * ncons + ['negative'] * nneg + ['inconsistent'] * (n - ncons - nneg)
        rng.shuffle(labels)
        for lab in labels:
            r = make_record(rng, fam, cname, fn, negs, S, lab)
            r['style'] = style
            recs.append(r)
    for i, r in enumerate(recs):
        r['id'] = 'n47-s%d-%05d' % (seed, i + 1)
    return [{k: r[k] for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks')} for r in recs]


def style_table(path):
    rows = defaultdict(lambda: {'family': '', 'consistent': 0, 'inconsistent': 0, 'negative': 0, 'ex': None})
    order = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            st = rows[r['style']]
            if r['style'] not in order:
                order.append(r['style'])
            st['family'] = r['family']
            st[r['label']] += 1
            if st['ex'] is None and r['label'] == 'consistent':
                st['ex'] = r['text']
    print('| style | family | consistent | inconsistent | negative | example (consistent) |')
    print('|---|---|---|---|---|---|')
    for s in order:
        st = rows[s]
        ex = (st['ex'] or '').replace('\n', ' ⏎ ').replace('|', '\\|').replace('\t', ' ⇥ ')
        if len(ex) > 90:
            ex = ex[:90] + '…'
        print('| %s | %s | %d | %d | %d | %s |' % (s, st['family'], st['consistent'], st['inconsistent'],
                                                   st['negative'], ex))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.table:
        style_table(a.table)
        return 0
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required to generate')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cnt = Counter((r['family'], r['label']) for r in recs)
    print('wrote %d records, %d styles to %s' % (len(recs), len({r['style'] for r in recs}), a.out))
    for k in sorted(cnt):
        print('  %s %s: %d' % (k[0], k[1], cnt[k]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
