#!/usr/bin/env python3
"""numbers46_gen.py -- held-out set 46: Chinese report statements with totals and percentages.

Generate:  python3 numbers46_gen.py --seed 11 --out numbers46_seed11.jsonl
Verify:    python3 numbers46_gen.py --verify numbers46_seed11.jsonl numbers46_seed12.jsonl
Table:     python3 numbers46_gen.py --style-table numbers46_seed11.jsonl

Python 3.11, standard library only.  The verifier (first half of this file) has its own number
parser and recomputes every check with Decimal / ROUND_HALF_UP; it shares no code with the
generator's number formatting.
"""
import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 60

# =====================================================================================
#                                      VERIFIER
# =====================================================================================

V_FW = str.maketrans('０１２３４５６７８９．％，', '0123456789.%,')
V_CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
            '六': 6, '七': 7, '八': 8, '九': 9}
V_CN_UNIT = {'十': 10, '百': 100, '千': 1000}
V_CN_CHARS = set(V_CN_DIG) | set(V_CN_UNIT) | {'万', '亿'}
V_DIGITS = set('0123456789０１２３４５６７８９')
V_WF_PCT = re.compile(r'^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]$')
V_RELS = {'sum', 'balance', 'count_items', 'count_names', 'rate', 'per', 'growth', 'pp',
          'share_sum', 'malformed_pct', 'neg'}
V_NEG_KINDS = {'partial_list', 'approx_total', 'overlap', 'cumulative', 'two_wholes',
               'identifier', 'subset_row', 'growth_over_100', 'pct_no_base', 'pp_no_base',
               'overlap_shares', 'permille', 'rate_unstated', 'per_no_base', 'target_no_base',
               'carryover', 'different_base'}
V_PCT_RELS = {'rate', 'growth', 'pp', 'share_sum'}


class VErr(Exception):
    pass


def v_parse_cn(s):
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in V_CN_DIG:
            num = V_CN_DIG[ch]
        elif ch in V_CN_UNIT:
            if num == 0 and ch == '十':
                num = 1
            sec += num * V_CN_UNIT[ch]
            num = 0
        elif ch == '万':
            sec += num
            total += sec * 10000
            sec, num = 0, 0
        elif ch == '亿':
            sec += num
            total = (total + sec) * 10 ** 8
            sec, num = 0, 0
        else:
            raise VErr('bad chinese numeral %r' % s)
    return total + sec + num


def v_number(lit):
    """Parse a literal.  Returns (value in base units, decimals, literal multiplier, suffix)."""
    if not isinstance(lit, str) or not lit.strip():
        raise VErr('empty number literal')
    s = lit.strip().translate(V_FW)
    suf = ''
    if s.endswith('%'):
        suf, s = '%', s[:-1]
    elif s.endswith('‰'):
        suf, s = '‰', s[:-1]
    if s and all(c in V_CN_CHARS for c in s):
        return Decimal(v_parse_cn(s)), 0, Decimal(1), suf
    mult = Decimal(1)
    if s.endswith('亿'):
        mult, s = Decimal(10) ** 8, s[:-1]
    elif s.endswith('万'):
        mult, s = Decimal(10) ** 4, s[:-1]
    s = s.replace(',', '').replace(' ', '').replace('\u2009', '')
    neg = False
    if s[:1] in ('-', '−'):
        neg, s = True, s[1:]
    if not re.fullmatch(r'\d+(?:\.\d+)?', s):
        raise VErr('unparseable number %r' % lit)
    dec = len(s.split('.')[1]) if '.' in s else 0
    v = Decimal(s) * mult
    return (-v if neg else v), dec, mult, suf


def v_in_text(lit, text):
    """lit occurs in text as a whole number token (not inside a longer number)."""
    start = 0
    while True:
        i = text.find(lit, start)
        if i < 0:
            return False
        j = i + len(lit)
        prev = text[i - 1] if i > 0 else '\n'
        prev2 = text[i - 2] if i > 1 else '\n'
        nxt = text[j] if j < len(text) else '\n'
        nxt2 = text[j + 1] if j + 1 < len(text) else '\n'
        ok = True
        first, last = lit[0], lit[-1]
        if first in V_DIGITS or first in '-−':
            if prev in V_DIGITS or prev in '.．' or (prev in ',，' and prev2 in V_DIGITS and first in V_DIGITS
                                                     and len(re.match(r'[0-9０-９]*', lit).group()) == 3):
                ok = False
        if first in V_CN_CHARS and prev in V_CN_CHARS:
            ok = False
        if last in V_DIGITS:
            if nxt in V_DIGITS or nxt in '万亿' or (nxt in '.．,，' and nxt2 in V_DIGITS):
                ok = False
        if last in V_CN_CHARS and last not in '万亿' and nxt in V_CN_CHARS:
            ok = False
        if ok:
            return True
        start = i + 1


def v_q(x, d):
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def v_is_tie(x, d):
    y = x.scaleb(d)
    return (y * 2) == (y * 2).to_integral_value() and y != y.to_integral_value()


def v_eval(c, text):
    """Return (holds, deviation_info).  deviation_info = (stated, true, decimals) for pct relations."""
    rel = c.get('rel')

    def N(lit):
        if not isinstance(lit, str):
            raise VErr('number must be a string: %r' % (lit,))
        if not v_in_text(lit, text):
            raise VErr('number %r not found in text' % lit)
        return v_number(lit)

    def PCT(lit):
        if not V_WF_PCT.match(lit.strip()):
            raise VErr('malformed percent used in %s check: %r' % (rel, lit))
        return N(lit)

    if rel == 'sum':
        if len(c['parts']) < 1:
            raise VErr('sum without parts')
        s = sum((N(p)[0] for p in c['parts']), Decimal(0))
        return s == N(c['total'])[0], None
    if rel == 'balance':
        s = sum((N(p)[0] for p in c.get('plus', [])), Decimal(0)) - \
            sum((N(p)[0] for p in c.get('minus', [])), Decimal(0))
        return s == N(c['result'])[0], None
    if rel in ('count_items', 'count_names'):
        key = 'items' if rel == 'count_items' else 'names'
        for it in c[key]:
            if not isinstance(it, str) or it not in text:
                raise VErr('%s entry %r not in text' % (key, it))
        if len(set(c[key])) != len(c[key]):
            raise VErr('duplicate %s' % key)
        return N(c['count'])[0] == len(c[key]), None
    if rel == 'rate':
        num, den = N(c['num'])[0], N(c['den'])[0]
        val, d, m, _ = PCT(c['value'])
        if den == 0:
            raise VErr('zero denominator')
        x = num / den * 100
        if v_is_tie(x, d):
            raise VErr('rate is an exact .5 tie')
        t = v_q(x, d)
        return t == val, (val, t, d)
    if rel == 'per':
        tot, cnt = N(c['total'])[0], N(c['count'])[0]
        val, d, m, suf = N(c['value'])
        factor = Decimal(c.get('factor', '1'))
        x = tot / cnt * factor / m
        if v_is_tie(x, d):
            raise VErr('per is an exact .5 tie')
        t = v_q(x, d)
        return t == val / m, None
    if rel == 'growth':
        old, new = N(c['old'])[0], N(c['new'])[0]
        val, d, m, _ = PCT(c['value'])
        if c.get('dir') not in ('up', 'down'):
            raise VErr('growth needs dir up/down')
        x = (new - old) / old * 100 if c['dir'] == 'up' else (old - new) / old * 100
        if v_is_tie(x, d):
            raise VErr('growth is an exact .5 tie')
        t = v_q(x, d)
        return t == val, (val, t, d)
    if rel == 'pp':
        old, new = PCT(c['old'])[0], PCT(c['new'])[0]
        val, d, m, suf = N(c['value'])
        if suf:
            raise VErr('pp value must be a bare number')
        if c.get('dir') not in ('up', 'down'):
            raise VErr('pp needs dir up/down')
        t = new - old if c['dir'] == 'up' else old - new
        return t == val, (val, t, d)
    if rel == 'share_sum':
        vals = [PCT(p) for p in c['parts']]
        tot = PCT(c['total'])[0] if c.get('total') else Decimal(100)
        s = sum((v[0] for v in vals), Decimal(0))
        d = max(v[1] for v in vals)
        return s == tot, (s, tot, d)
    raise VErr('unknown rel %r' % rel)


def v_record(r):
    """Return (derived_label, errors)."""
    errs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in r:
            errs.append('missing field %s' % k)
    if errs:
        return None, errs
    text = r['text']
    if r['family'] not in ('totals', 'pct'):
        errs.append('bad family')
    if r['label'] not in ('consistent', 'inconsistent', 'negative'):
        errs.append('bad label')
    if not re.fullmatch(r'[a-z][a-z0-9_]*', r['style']):
        errs.append('style not snake_case')
    if '\n' in r['note'] or not r['note'].strip():
        errs.append('note must be one non-empty line')
    nlines = len(text.split('\n'))
    if not 1 <= nlines <= 8:
        errs.append('text has %d lines' % nlines)
    if not isinstance(r['checks'], list) or not r['checks']:
        errs.append('no checks')
        return None, errs
    fails, negs, real = [], 0, 0
    for c in r['checks']:
        rel = c.get('rel')
        if rel not in V_RELS:
            errs.append('unknown rel %r' % rel)
            continue
        try:
            if rel == 'neg':
                negs += 1
                if c.get('kind') not in V_NEG_KINDS:
                    raise VErr('unknown neg kind %r' % c.get('kind'))
                if c.get('marker') and c['marker'] not in text:
                    raise VErr('neg marker %r not in text' % c['marker'])
                for lit in c.get('numbers', []):
                    if not v_in_text(lit, text):
                        raise VErr('neg number %r not in text' % lit)
                    v_number(lit)
                if not c.get('numbers'):
                    raise VErr('neg check lists no numbers')
                if c.get('naive'):
                    held, _ = v_eval(c['naive'], text)
                    if held:
                        raise VErr('naive reading of neg %s holds: not a look-alike' % c['kind'])
                continue
            real += 1
            if rel == 'malformed_pct':
                lit = c.get('literal', '')
                if not lit or lit not in text:
                    raise VErr('malformed literal %r not in text' % lit)
                if V_WF_PCT.match(lit) or not ('%' in lit or '％' in lit):
                    raise VErr('literal %r is not a malformed percentage' % lit)
                fails.append(c)
                continue
            held, dev = v_eval(c, text)
            if not held:
                fails.append(c)
                if rel in V_PCT_RELS and dev is not None:
                    stated, true, d = dev
                    thr = max(Decimal(2).scaleb(-d), Decimal('0.3'))
                    if abs(stated - true) < thr:
                        raise VErr('wrong %s differs by only %s (< %s)' % (rel, abs(stated - true), thr))
        except VErr as e:
            errs.append(str(e))
        except (KeyError, TypeError, ArithmeticError, ValueError) as e:
            errs.append('bad check %r: %s' % (c, e))
    if fails:
        derived = 'inconsistent'
        if len(fails) != 1:
            errs.append('%d relations fail; an inconsistent record must break exactly one' % len(fails))
    elif negs:
        derived = 'negative'
    else:
        derived = 'consistent'
    if real == 0 and negs == 0:
        errs.append('no relation checks')
    return derived, errs


def verify_files(paths):
    bad = 0
    for path in paths:
        counts = Counter()
        styles = {}
        ids = set()
        n = 0
        with open(path, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                n += 1
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    print('%s:%d: bad JSON: %s' % (path, ln, e))
                    bad += 1
                    continue
                derived, errs = v_record(r)
                if r.get('id') in ids:
                    errs.append('duplicate id')
                ids.add(r.get('id'))
                if r.get('style') in styles and styles[r['style']] != r.get('family'):
                    errs.append('style used in two families')
                styles.setdefault(r.get('style'), r.get('family'))
                if derived is not None and derived != r.get('label'):
                    errs.append('label %r but checks derive %r' % (r.get('label'), derived))
                if errs:
                    bad += 1
                    for e in errs:
                        print('%s:%d [%s] %s' % (path, ln, r.get('id'), e))
                counts[(r.get('family'), r.get('label'))] += 1
        print('%s: %d records, %d styles' % (path, n, len(styles)))
        for fam in ('totals', 'pct'):
            tot = sum(v for (f, _), v in counts.items() if f == fam)
            print('  %-6s %4d  ' % (fam, tot) + '  '.join(
                '%s=%d' % (lab, counts[(fam, lab)]) for lab in ('consistent', 'inconsistent', 'negative')))
    if bad:
        print('VERIFY FAILED: %d bad records' % bad)
        return 1
    print('VERIFY OK')
    return 0


# =====================================================================================
#                                      GENERATOR
# =====================================================================================

FWD = str.maketrans('0123456789.', '０１２３４５６７８９．')
MULTV = {'': 1, '万': 10 ** 4, '亿': 10 ** 8}
CN_D = '零一二三四五六七八九'


def cn_numeral(n):
    assert 0 < n < 10 ** 8

    def sec(x):
        s, zero = '', False
        for i, u in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            dg = x // i % 10
            if dg == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += CN_D[dg] + u
        return s
    if n < 10000:
        r = sec(n)
    else:
        hi, lo = divmod(n, 10000)
        r = sec(hi) + '万'
        if lo:
            if lo < 1000:
                r += '零'
            r += sec(lo)
    if r.startswith('一十'):
        r = r[1:]
    if r.startswith('二千') or r.startswith('二万'):
        r = '两' + r[1:]
    return r


def fmt_ticks(ticks, dec, mode='plain'):
    neg = ticks < 0
    ip, fp = divmod(abs(ticks), 10 ** dec)
    if mode == 'cn' and dec == 0 and 0 < ip < 10 ** 8:
        return cn_numeral(ip)
    ips = str(ip)
    if mode in ('comma', 'cncomma', 'space') and ip >= 1000:
        sep = {'comma': ',', 'cncomma': '，', 'space': ' '}[mode]
        g = []
        while ips:
            g.insert(0, ips[-3:])
            ips = ips[:-3]
        ips = sep.join(g)
    s = ips + ('.' + str(fp).zfill(dec) if dec else '')
    if neg:
        s = '-' + s
    if mode == 'full':
        s = s.translate(FWD)
    return s


class Slot:
    def __init__(self, ticks, dec=0, mult='', kind='num', fmt='plain', cap=None):
        self.ticks, self.dec, self.mult, self.kind, self.fmt, self.cap = ticks, dec, mult, kind, fmt, cap
        self.raw = None

    def render(self):
        if self.raw is not None:
            return self.raw
        if self.kind == 'num':
            return fmt_ticks(self.ticks, self.dec, self.fmt) + self.mult
        if self.kind == 'cnt':
            if self.fmt == 'cn' and self.ticks == 2:
                return '两'
            return fmt_ticks(self.ticks, 0, self.fmt)
        if self.kind == 'pct':
            full = self.fmt == 'full'
            return fmt_ticks(self.ticks, self.dec, 'full' if full else 'plain') + ('％' if full else '%')
        if self.kind == 'pm':
            return fmt_ticks(self.ticks, self.dec, 'plain') + '‰'
        if self.kind == 'pp':
            return fmt_ticks(self.ticks, self.dec, 'plain')
        raise ValueError(self.kind)


NUMFIELDS = ('parts', 'total', 'plus', 'minus', 'result', 'num', 'den', 'value', 'old', 'new',
             'count', 'numbers')
PERTURB = {'sum': ('parts', 'total'), 'balance': ('plus', 'minus', 'result'),
           'count_items': ('count',), 'count_names': ('count',), 'rate': ('value',),
           'per': ('value',), 'growth': ('value',), 'pp': ('value',), 'share_sum': ('parts',)}


def q_ticks(fr, d):
    """Round-half-up a non-negative Fraction to d decimals -> (ticks, is_tie)."""
    x = fr * 10 ** d
    fl = math.floor(x)
    return math.floor(x + Fraction(1, 2)), (x - fl) == Fraction(1, 2)


class Retry(Exception):
    pass


class B:
    """Record builder: slots (numbers), checks referencing slot keys, text lines with {key}."""

    def __init__(self, rng, fmt, S, year):
        self.rng, self.fmt, self.S, self.year = rng, fmt, S, year
        self.slots, self.checks, self.n = {}, [], 0
        self.note = ''

    def slot(self, ticks, dec=0, mult='', kind='num', fmt=None, cap=None):
        k = 's%d' % self.n
        self.n += 1
        if fmt is None:
            fmt = self.fmt
            if kind == 'num' and fmt == 'cn' and (dec or ticks <= 0 or ticks >= 10 ** 6):
                fmt = 'plain'
            if kind == 'cnt' and fmt not in ('cn', 'full'):
                fmt = 'plain'
        self.slots[k] = Slot(ticks, dec, mult, kind, fmt, cap)
        return k

    def ph(self, k):
        return '{' + k + '}'

    def val(self, k):
        s = self.slots[k]
        if s.kind in ('num', 'cnt'):
            return Fraction(s.ticks, 10 ** s.dec) * MULTV[s.mult]
        return Fraction(s.ticks, 10 ** s.dec)

    def add(self, **c):
        self.checks.append(c)

    # ---------- relation helpers -------------------------------------------------------
    def pct_of(self, num_k, den_k, d, factor=100, cap=None):
        fr = self.val(num_k) * factor / self.val(den_k)
        t, tie = q_ticks(fr, d)
        if tie:
            raise Retry('tie')
        return self.slot(t, d, kind='pct', cap=cap)

    def rate(self, num_k, den_k, d, cap=100):
        k = self.pct_of(num_k, den_k, d, cap=cap)
        self.add(rel='rate', num=num_k, den=den_k, value=k)
        return k

    def growth(self, old_k, new_k, d):
        o, n = self.val(old_k), self.val(new_k)
        if o == n:
            raise Retry('no growth')
        direction = 'up' if n > o else 'down'
        t, tie = q_ticks(abs(n - o) * 100 / o, d)
        if tie or t == 0:
            raise Retry('tie')
        k = self.slot(t, d, kind='pct', cap=None if direction == 'up' else 100)
        self.add(rel='growth', old=old_k, new=new_k, value=k, dir=direction)
        return k, direction

    # ---------- finalisation -----------------------------------------------------------
    def refcount(self):
        rc = Counter()
        for c in self.checks:
            if c['rel'] == 'neg':
                continue
            for f in NUMFIELDS:
                v = c.get(f)
                if isinstance(v, list):
                    rc.update(v)
                elif isinstance(v, str):
                    rc[v] += 1
        return rc

    def perturb(self, k):
        s, rng = self.slots[k], self.rng
        if s.kind == 'cnt':
            choices = [x for x in (s.ticks - 2, s.ticks - 1, s.ticks + 1, s.ticks + 2) if x >= 2]
            s.ticks = rng.choice(choices)
            return
        if s.kind in ('pct', 'pp', 'pm'):
            thr = max(2, math.ceil(Fraction(3, 10) * 10 ** s.dec))
            for _ in range(50):
                delta = rng.randint(thr, thr * 4) * rng.choice((-1, 1))
                t = s.ticks + delta
                if t <= 0:
                    continue
                if s.cap is not None and t > s.cap * 10 ** s.dec:
                    continue
                s.ticks = t
                return
            raise Retry('cannot perturb pct')
        old = s.ticks
        for _ in range(50):
            digits = list(str(old))
            mode = rng.random()
            if mode < 0.2 and len(digits) >= 2:
                i = rng.randrange(len(digits) - 1)
                if digits[i] == digits[i + 1]:
                    continue
                digits[i], digits[i + 1] = digits[i + 1], digits[i]
            elif mode < 0.4:
                delta = rng.choice((1, 2, 3, 10, 20, 100)) * rng.choice((-1, 1))
                digits = list(str(old + delta)) if old + delta > 0 else digits
            else:
                i = rng.randrange(len(digits))
                if i == 0 and len(digits) > 1:
                    i = rng.randrange(1, len(digits))
                digits[i] = rng.choice([x for x in '0123456789' if x != digits[i]])
            t = int(''.join(digits))
            if t > 0 and t != old and len(str(t)) >= len(str(old)) - 1:
                s.ticks = t
                return
        raise Retry('cannot perturb num')

    def make_inconsistent(self, family):
        rc = self.refcount()
        cands = []
        for ci, c in enumerate(self.checks):
            if c['rel'] not in PERTURB:
                continue
            for f in PERTURB[c['rel']]:
                v = c.get(f)
                for k in (v if isinstance(v, list) else [v]):
                    if k in self.slots and rc[k] == 1:
                        cands.append((ci, k))
        if not cands:
            raise Retry('nothing to perturb')
        ci, k = self.rng.choice(cands)
        c = self.checks[ci]
        before = self.slots[k].render()
        mal = [(i, kk) for (i, kk) in cands if self.slots[kk].kind == 'pct'
               and self.checks[i]['rel'] in ('rate', 'growth', 'share_sum')]
        if family == 'pct' and mal and self.rng.random() < 0.28:
            ci, k = self.rng.choice(mal)
            before = self.slots[k].render()
            s = self.slots[k]
            body = before[:-1]
            forms = ['%s %%' % body, '%%%s' % body, '%s%%%%' % body, 'xx%', 'XX%']
            if '.' in body:
                forms.append(body.replace('.', '..', 1) + '%')
                forms.append('xx.x%')
            s.raw = self.rng.choice(forms)
            self.checks[ci] = dict(rel='malformed_pct', literal=k)
            return 'malformed percentage %s (for %s) -> %s' % (before, c['rel'], s.raw)
        self.perturb(k)
        role = next((f for f in PERTURB[c['rel']] if k == c.get(f) or (isinstance(c.get(f), list) and k in c[f])), '?')
        return 'one %s relation broken: %s changed from %s to %s' % (c['rel'], role, before, self.slots[k].render())

    def render_checks(self, strings):
        def conv(v):
            if isinstance(v, list):
                return [strings.get(x, x) for x in v]
            if isinstance(v, str):
                return strings.get(v, v)
            return v
        out = []
        for c in self.checks:
            d = {}
            for key, v in c.items():
                if key in NUMFIELDS or key == 'literal':
                    d[key] = conv(v)
                elif key == 'naive':
                    d[key] = {kk: (conv(vv) if kk in NUMFIELDS else vv) for kk, vv in v.items()}
                else:
                    d[key] = v
            out.append(d)
        return out


# =====================================================================================
#                                   NAMES AND CONTEXT
# =====================================================================================

SYL = list('青岚云川临溪安平泰和江宁清河松阳柳林枫桥石门白沙金山兴隆永丰长乐宜春南华东湖西城新汇嘉禾瑞昌')
SURN = list('王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林')
GIVEN = list('建国华明丽娟伟芳军勇杰敏静磊强洋艳秀英志文斌')


def pname(rng, suf=None):
    a = rng.choice(SYL)
    b = rng.choice([x for x in SYL if x != a])
    return a + b + (suf if suf is not None else rng.choice(['市', '县', '区']))


def person(rng):
    return rng.choice(SURN) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


CN_ORD = '一二三四五六七八九十'


def context_line(rng, S, year, c=None):
    c = rng.randrange(9) if c is None else c
    if c == 0:
        return '%s、%s' % (rng.choice(CN_ORD[:6]), rng.choice(S['heads']))
    if c == 1:
        return '（%s）%s' % (rng.choice(CN_ORD[:8]), rng.choice(S['heads']))
    if c == 2:
        return '数据来源：%s%s。' % (pname(rng, '市'), S['dept'])
    if c == 3:
        return '注：%d年数据为快报数，最终以统计年鉴为准。' % year
    if c == 4:
        return '%d年%d月%d日，%s召开%s工作推进会。' % (year, rng.randint(1, 12), rng.randint(1, 28),
                                               pname(rng, '市'), S['short'])
    if c == 5:
        return '全年召开专题会议%d次，研究部署%s重点任务。' % (rng.randint(3, 30), S['short'])
    if c == 6:
        return '——摘自《%s%d年%s工作总结》' % (pname(rng, ''), year, S['short'])
    if c == 7:
        return '本部分统计口径与上年保持一致。'
    return '下一步，将围绕“%s”持续发力。' % rng.choice(S['heads'])


# =====================================================================================
#                                      SOURCE DATA
# =====================================================================================

def T(whole, parts, mult, ub, lo, hi, dec, flow=False):
    return dict(whole=whole, parts=parts, mult=mult, ub=ub, lo=lo, hi=hi, dec=dec, flow=flow)


SOURCES = {
    'civil': dict(
        short='民政', dept='民政局',
        heads=['兜牢民生保障底线', '健全分层分类社会救助体系', '推动养老服务提质增效', '织密困难群众保障网'],
        sums=[T('城乡低保对象', ['城市低保对象', '农村低保对象'], '', '人', 8000, 60000, 0),
              T('特困人员', ['集中供养特困人员', '分散供养特困人员'], '', '人', 900, 9000, 0),
              T('养老机构床位', ['公办养老机构床位', '民办养老机构床位'], '', '张', 3000, 30000, 0),
              T('城乡低保金支出', ['城市低保金', '农村低保金'], '万', '元', 5000, 60000, 1, True),
              T('临时救助', ['急难型临时救助', '支出型临时救助'], '', '人次', 2000, 30000, 0, True),
              T('社会救助资金支出', ['低保金', '特困供养金', '临时救助金', '孤儿基本生活费'], '万', '元', 8000, 90000, 2, True)],
        funds=T('社会救助资金', ['城乡低保金', '特困人员供养金', '临时救助金', '孤儿基本生活费'], '万', '元', 150, 2500, 0),
        persons=[('城乡低保对象', '人', 8000, 60000), ('特困人员', '人', 900, 9000), ('养老护理员', '名', 300, 4000)],
        overlaps=[('城乡低保对象', ['老年人', '残疾人', '未成年人', '重病患者'], '', '人', 8000, 60000, 0),
                  ('特困人员', ['失能半失能人员', '80岁以上老人', '残疾人'], '', '人', 900, 9000, 0)],
        cumul=[('社区养老服务站', '个', 40, 600, '新建'), ('农村互助幸福院', '所', 50, 800, '新建')],
        balances=[('城乡低保对象', '年初', ['新增纳入'], ['退出'], '年末', '', '人', 8000, 60000, 0),
                  ('养老服务专项资金', None, ['收入'], ['支出'], '结余', '万', '元', 500, 9000, 1),
                  ('特困人员', '年初', ['新认定'], ['终止供养'], '年末', '', '人', 900, 9000, 0)],
        rates=[dict(rn='护理型床位占比', den='养老机构床位', num='护理型床位', mult='', ub='张', lo=3000, hi=30000, dec=0, plo=35, phi=70),
               dict(rn='特困人员集中供养率', den='特困人员', num='集中供养人员', mult='', ub='人', lo=900, hi=9000, dec=0, plo=15, phi=55),
               dict(rn='低保金社会化发放率', den='应发放低保户', num='社会化发放户', mult='', ub='户', lo=4000, hi=30000, dec=0, plo=95, phi=99.8)],
        passfail=[('养老机构消防安全检查', '家次', '合格', '不合格', 60, 900, 85, 97)],
        targets=[('新增养老机构床位', '', '张', 300, 3000, 0), ('特困供养服务设施改造', '', '所', 8, 90, 0)],
        growths=[('临时救助', '', '人次', 2000, 30000, 0, 3, 25, 'any'),
                 ('城乡低保金支出', '万', '元', 5000, 60000, 1, 2, 15, 'any'),
                 ('养老机构床位', '', '张', 3000, 30000, 0, 2, 12, 'up')],
        pps=[('护理型床位占比', 35, 65), ('特困人员集中供养率', 18, 50), ('低保对象动态核查率', 88, 97)],
        pers=[dict(vn='人均临时救助金额', tn='临时救助金额', tm='万', tub='元', tdec=2, cn='临时救助', cm='', cub='人次',
                   clo=2000, chi=30000, cdec=0, factor=1, vub='元', vlo=600, vhi=2500, vd=0)],
        items=['健全低保动态调整机制', '推进特困人员供养服务设施改造', '开展临时救助“先行救助”', '建设社区养老服务站点',
               '加强养老机构安全监管', '提升殡葬服务水平', '推进婚姻登记“跨省通办”', '落实残疾人两项补贴'],
        orgs=['养老院', '敬老院', '社区日间照料中心', '养老服务中心'], action='被评为星级养老机构',
        subrow=['其中：城区', '其中：当年新增'],
    ),
    'ecology': dict(
        short='生态环境', dept='生态环境局',
        heads=['深入打好污染防治攻坚战', '持续改善生态环境质量', '严格生态环境执法', '推进美丽河湖建设'],
        sums=[T('国控断面', ['Ⅰ-Ⅲ类断面', 'Ⅳ类断面', 'Ⅴ类断面', '劣Ⅴ类断面'], '', '个', 16, 80, 0),
              T('环境信访投诉', ['大气类投诉', '水类投诉', '噪声类投诉', '固废类投诉'], '', '件', 400, 6000, 0, True),
              T('环境行政处罚案件', ['大气类案件', '水类案件', '固废类案件', '其他类案件'], '', '件', 60, 900, 0, True),
              T('环境行政处罚罚款', ['大气类罚款', '水类罚款', '固废类罚款'], '万', '元', 200, 9000, 2, True),
              T('空气质量优良天数', ['优级天数', '良级天数'], '', '天', 250, 350, 0),
              T('生态环境保护资金', ['大气污染防治资金', '水污染防治资金', '土壤污染防治资金'], '万', '元', 3000, 50000, 1, True)],
        funds=T('生态环境保护资金', ['大气污染防治资金', '水污染防治资金', '土壤污染防治资金'], '万', '元', 120, 3000, 0),
        persons=[('环保志愿者', '名', 800, 9000), ('生态环境执法人员', '名', 60, 600), ('河湖巡查员', '名', 300, 5000)],
        overlaps=[('环境信访投诉', ['涉及工业企业的投诉', '夜间投诉', '重复投诉'], '', '件', 400, 6000, 0),
                  ('环境行政处罚案件', ['按日连续处罚案件', '移送公安案件', '涉及重点排污单位的案件'], '', '件', 60, 900, 0)],
        cumul=[('黑臭水体整治', '处', 20, 300, '完成'), ('入河排污口整治', '个', 40, 800, '完成')],
        balances=[('环境信访件', '上年结转', ['新受理'], ['办结'], '未办结', '', '件', 400, 6000, 0),
                  ('排污权交易资金', None, ['收入'], ['支出'], '结余', '万', '元', 200, 6000, 1)],
        rates=[dict(rn='空气质量优良率', den='有效监测天数', num='优良天数', mult='', ub='天', lo=355, hi=366, dec=0, plo=70, phi=97),
               dict(rn='国控断面水质优良比例', den='国控断面', num='Ⅰ-Ⅲ类断面', mult='', ub='个', lo=16, hi=80, dec=0, plo=60, phi=95),
               dict(rn='环境信访办结率', den='受理环境信访件', num='办结', mult='', ub='件', lo=400, hi=6000, dec=0, plo=92, phi=99.8)],
        passfail=[('排污单位监督性监测', '家次', '达标', '超标', 200, 3000, 88, 98)],
        targets=[('重点行业挥发性有机物治理', '', '个', 20, 300, 0), ('入河排污口整治', '', '个', 30, 400, 0)],
        growths=[('PM2.5平均浓度', '', '微克/立方米', 20, 60, 0, 3, 15, 'down'),
                 ('环境行政处罚案件', '', '件', 60, 900, 0, 5, 30, 'any'),
                 ('环境行政处罚罚款', '万', '元', 200, 9000, 2, 5, 40, 'any')],
        pps=[('空气质量优良率', 75, 95), ('国控断面水质优良比例', 60, 95), ('城市集中式饮用水水源达标率', 90, 99)],
        pers=[dict(vn='平均每件案件罚款', tn='环境行政处罚罚款', tm='万', tub='元', tdec=2, cn='环境行政处罚案件', cm='', cub='件',
                   clo=60, chi=900, cdec=0, factor=1, vub='万元', vlo=3, vhi=25, vd=2)],
        items=['开展大气污染防治“夏季攻坚”', '推进重点河湖水质提升', '实施土壤污染源头管控', '整治入河排污口',
               '开展固体废物专项整治', '推进噪声污染防治', '强化环境监测能力建设', '加强环境信访办理'],
        orgs=['化工有限公司', '建材有限公司', '环保科技有限公司', '印染有限公司'], action='因超标排放被立案查处',
        subrow=['其中：重点区域', '其中：城区'],
    ),
    'agri': dict(
        short='农业农村', dept='农业农村局',
        heads=['扛稳粮食安全政治责任', '全面推进乡村振兴', '加快农业机械化发展', '促进农民持续增收'],
        sums=[T('粮食播种面积', ['稻谷播种面积', '小麦播种面积', '玉米播种面积', '大豆播种面积', '薯类播种面积'], '万', '亩', 80, 900, 2),
              T('粮食总产量', ['稻谷产量', '小麦产量', '玉米产量', '大豆产量', '薯类产量'], '万', '吨', 30, 500, 2),
              T('农村居民人均可支配收入', ['工资性收入', '经营净收入', '财产净收入', '转移净收入'], '', '元', 15000, 30000, 0),
              T('高标准农田建成面积', ['新建高标准农田', '改造提升高标准农田'], '万', '亩', 5, 80, 2),
              T('新型农业经营主体', ['家庭农场', '农民合作社', '农业产业化龙头企业'], '', '家', 300, 4000, 0),
              T('农机购置补贴资金', ['拖拉机补贴', '收获机械补贴', '植保机械补贴', '烘干机械补贴'], '万', '元', 500, 9000, 1, True)],
        funds=T('农业农村投入资金', ['高标准农田建设资金', '农机购置补贴资金', '耕地地力保护补贴'], '万', '元', 150, 4000, 0),
        persons=[('高素质农民培训学员', '人', 1000, 9000), ('农村实用人才', '人', 2000, 30000), ('农技推广人员', '名', 200, 3000)],
        overlaps=[('高素质农民培训学员', ['女性学员', '45岁以下学员', '返乡入乡创业人员'], '', '人', 1000, 9000, 0),
                  ('新型农业经营主体', ['省级以上示范主体', '从事粮食生产的主体', '开展电商销售的主体'], '', '家', 300, 4000, 0)],
        cumul=[('高标准农田', '万亩', 30, 300, '新建'), ('农村公路', '公里', 500, 6000, '新改建')],
        balances=[('地方储备粮', '年初库存', ['轮入'], ['轮出'], '年末库存', '万', '吨', 5, 90, 2),
                  ('农业保险保费补贴资金', None, ['收入'], ['支出'], '结余', '万', '元', 300, 6000, 1)],
        rates=[dict(rn='秸秆综合利用率', den='秸秆可收集量', num='秸秆利用量', mult='万', ub='吨', lo=50, hi=400, dec=2, plo=85, phi=96),
               dict(rn='测土配方施肥技术覆盖率', den='农作物播种面积', num='测土配方施肥面积', mult='万', ub='亩', lo=100, hi=900, dec=1, plo=85, phi=95),
               dict(rn='农产品质量安全抽检合格率', den='抽检样品', num='合格样品', mult='', ub='批次', lo=500, hi=6000, dec=0, plo=96, phi=99.6)],
        passfail=[('农产品质量安全抽检', '批次', '合格', '不合格', 500, 6000, 96, 99.5)],
        targets=[('高标准农田建设', '万', '亩', 3, 60, 2), ('粮食播种面积', '万', '亩', 80, 900, 2)],
        growths=[('粮食总产量', '万', '吨', 30, 500, 2, 0.5, 6, 'any'),
                 ('农村居民人均可支配收入', '', '元', 15000, 30000, 0, 4, 9, 'up'),
                 ('粮食播种面积', '万', '亩', 80, 900, 2, 0.3, 4, 'any')],
        pps=[('农作物耕种收综合机械化率', 60, 88), ('秸秆综合利用率', 85, 96), ('农村自来水普及率', 85, 98)],
        pers=[dict(vn='粮食单产', tn='粮食总产量', tm='万', tub='吨', tdec=2, cn='粮食播种面积', cm='万', cub='亩',
                   clo=80, chi=900, cdec=2, factor=1000, vub='公斤', vlo=330, vhi=480, vd=1)],
        items=['落实粮食安全党政同责', '推进高标准农田建设', '实施种业振兴行动', '提升农机装备水平',
               '发展新型农村集体经济', '开展农村人居环境整治', '培育高素质农民', '加强农产品质量安全监管'],
        orgs=['种植专业合作社', '家庭农场', '农业开发有限公司', '粮油购销有限公司'], action='入选省级示范主体名单',
        subrow=['其中：当年新增', '其中：重点产区'],
    ),
    'sport': dict(
        short='体育', dept='文化广电旅游体育局',
        heads=['推动全民健身深入开展', '加快建设体育强市', '提升竞技体育水平', '完善公共体育服务体系'],
        sums=[T('体育场地', ['篮球场地', '足球场地', '全民健身路径', '健身步道'], '', '个', 2000, 30000, 0),
              T('全民健身赛事', ['国家级赛事', '省级赛事', '市级赛事'], '', '场', 40, 600, 0, True),
              T('运动员获得奖牌', ['金牌', '银牌', '铜牌'], '', '枚', 20, 300, 0),
              T('体育场地面积', ['室内场地面积', '室外场地面积'], '万', '平方米', 300, 3000, 1),
              T('社会体育指导员', ['国家级社会体育指导员', '一级社会体育指导员', '二级社会体育指导员', '三级社会体育指导员'], '', '名', 1000, 20000, 0),
              T('全民健身活动参与', ['线下活动参与', '线上活动参与'], '', '人次', 20000, 600000, 0, True)],
        funds=T('体育事业经费', ['场地设施建设经费', '赛事活动经费', '青少年体育经费'], '万', '元', 100, 2000, 0),
        persons=[('注册运动员', '名', 300, 3000), ('社会体育指导员', '名', 1000, 20000), ('青少年体育俱乐部会员', '人', 2000, 30000)],
        overlaps=[('注册运动员', ['女子运动员', '青少年运动员', '省队集训运动员'], '', '名', 300, 3000, 0),
                  ('全民健身赛事', ['线上赛事', '跨区域赛事', '社会力量主办的赛事'], '', '场', 40, 600, 0)],
        cumul=[('体育公园', '个', 10, 120, '新建'), ('社区健身中心', '个', 30, 400, '新建')],
        balances=[('体育彩票公益金', None, ['收入'], ['支出'], '结余', '万', '元', 300, 9000, 1),
                  ('体育场地', '年初', ['新建'], ['拆除'], '年末', '', '个', 2000, 30000, 0)],
        rates=[dict(rn='国民体质监测合格率', den='受测人数', num='合格人数', mult='', ub='人', lo=3000, hi=30000, dec=0, plo=85, phi=95),
               dict(rn='学生体质健康达标率', den='参测学生', num='达标学生', mult='', ub='人', lo=20000, hi=200000, dec=0, plo=88, phi=97),
               dict(rn='公共体育场馆开放率', den='公共体育场馆', num='免费低收费开放场馆', mult='', ub='个', lo=30, hi=300, dec=0, plo=70, phi=98)],
        passfail=[('国民体质监测', '人', '合格', '不合格', 3000, 30000, 85, 95)],
        targets=[('新建全民健身路径', '', '条', 30, 400, 0), ('新建社区健身设施', '', '处', 20, 300, 0)],
        growths=[('体育场地面积', '万', '平方米', 300, 3000, 1, 2, 12, 'up'),
                 ('体育场地', '', '个', 2000, 30000, 0, 3, 15, 'up'),
                 ('全民健身赛事', '', '场', 40, 600, 0, 5, 40, 'any')],
        pps=[('国民体质监测合格率', 86, 94), ('经常参加体育锻炼人数比例', 35, 50), ('学生体质健康优良率', 40, 60)],
        pers=[dict(vn='人均体育场地面积', tn='体育场地面积', tm='万', tub='平方米', tdec=1, cn='常住人口', cm='万', cub='人',
                   clo=100, chi=900, cdec=2, factor=1, vub='平方米', vlo=1.8, vhi=3.5, vd=2)],
        items=['实施全民健身设施补短板工程', '举办城市业余联赛', '推进体教融合', '开展国民体质监测',
               '加强社会体育指导员队伍建设', '扶持体育社会组织', '促进体育消费', '备战省运会'],
        orgs=['体育公园', '全民健身中心', '体育俱乐部', '健身步道管理站'], action='获评全民健身示范单位',
        subrow=['其中：城区', '其中：当年新建'],
    ),
    'pop': dict(
        short='人口', dept='统计局',
        heads=['人口总量保持稳定', '人口结构持续优化', '城镇化水平稳步提高', '人口发展基本情况'],
        sums=[T('常住人口', ['城镇人口', '乡村人口'], '万', '人', 80, 900, 2),
              T('常住人口', ['0-14岁人口', '15-59岁人口', '60岁及以上人口'], '万', '人', 80, 900, 2),
              T('出生人口', ['一孩', '二孩', '三孩及以上'], '', '人', 5000, 60000, 0, True),
              T('户籍迁入人口', ['省内迁入', '省外迁入'], '', '人', 3000, 50000, 0, True),
              T('常住人口', ['男性人口', '女性人口'], '万', '人', 80, 900, 2),
              T('流动人口服务站', ['街道服务站', '乡镇服务站'], '', '个', 30, 400, 0)],
        funds=T('计划生育家庭扶助资金', ['奖励扶助金', '特别扶助金', '独生子女父母奖励金'], '万', '元', 100, 1500, 0),
        persons=[('户籍人口', '人', 300000, 3000000), ('出生人口', '人', 5000, 60000), ('新落户人口', '人', 3000, 40000)],
        overlaps=[('常住人口', ['女性人口', '60岁及以上人口', '外来人口', '大专及以上学历人口'], '万', '人', 80, 900, 2),
                  ('户籍迁入人口', ['大学毕业生', '35岁以下人员', '投靠亲属落户人员'], '', '人', 3000, 50000, 0)],
        cumul=[('居住证', '万张', 5, 80, '新办理'), ('人口信息采集', '万条', 10, 300, '新采集')],
        balances=[('户籍人口', '年初', ['迁入', '出生'], ['迁出', '死亡'], '年末', '', '人', 300000, 3000000, 0),
                  ('流动人口登记', '年初', ['新登记'], ['注销'], '年末', '', '人', 20000, 300000, 0)],
        rates=[dict(rn='常住人口城镇化率', den='常住人口', num='城镇人口', mult='万', ub='人', lo=80, hi=900, dec=2, plo=45, phi=80),
               dict(rn='60岁及以上人口占比', den='常住人口', num='60岁及以上人口', mult='万', ub='人', lo=80, hi=900, dec=2, plo=14, phi=30),
               dict(rn='户籍人口城镇化率', den='户籍人口', num='户籍城镇人口', mult='万', ub='人', lo=80, hi=900, dec=2, plo=40, phi=70)],
        passfail=[('户籍信息核查', '条', '准确', '有误', 20000, 300000, 97, 99.6)],
        targets=[('人口抽样调查入户登记', '', '户', 5000, 60000, 0), ('居住证办理', '万', '张', 2, 30, 2)],
        growths=[('常住人口', '万', '人', 80, 900, 2, 0.1, 2, 'any'),
                 ('出生人口', '', '人', 5000, 60000, 0, 3, 15, 'down'),
                 ('户籍迁入人口', '', '人', 3000, 50000, 0, 3, 20, 'any')],
        pps=[('常住人口城镇化率', 45, 80), ('60岁及以上人口占比', 14, 30), ('户籍人口城镇化率', 40, 70)],
        pers=[dict(vn='平均每户人口', tn='家庭户人口', tm='万', tub='人', tdec=2, cn='家庭户', cm='万', cub='户',
                   clo=30, chi=300, cdec=2, factor=1, vub='人', vlo=2.4, vhi=3.2, vd=2)],
        items=['做好人口监测预警', '完善生育支持政策', '推进户籍制度改革', '落实居住证制度',
               '发展普惠托育服务', '积极应对人口老龄化', '开展人口变动抽样调查', '加强流动人口服务管理'],
        orgs=['街道', '社区', '镇', '乡'], action='被确定为人口监测试点单位',
        subrow=['其中：城镇', '其中：外来人口'],
    ),
}
SRC_ORDER = ['civil', 'ecology', 'agri', 'sport', 'pop']
AREA = ['全市', '全县', '全区', '本市', '全省']


# =====================================================================================
#                                   GENERIC DATA HELPERS
# =====================================================================================

def rticks(rng, lo, hi, dec):
    return rng.randint(int(round(lo * 10 ** dec)), int(round(hi * 10 ** dec)))


def split(rng, total, k, minshare=0.04):
    for _ in range(100):
        w = [rng.uniform(0.15, 1.0) for _ in range(k)]
        sw = sum(w)
        parts = [int(total * x / sw) for x in w[:-1]]
        last = total - sum(parts)
        parts.append(last)
        if all(p >= max(1, int(total * minshare)) for p in parts):
            return parts
    raise Retry('split')


def pick_sum(b, small=False):
    S = b.S
    ts = S['sums']
    if b.fmt == 'cn' or small:
        ts2 = [t for t in ts if t['dec'] == 0 and t['hi'] <= 99999]
        ts = ts2 or ts
    return b.rng.choice(ts)


def mk_sum(b, t, fmt=None, mult=None, with_total=True):
    rng = b.rng
    dec = t['dec']
    total = rticks(rng, t['lo'], t['hi'], dec)
    parts = split(rng, total, len(t['parts']))
    m = t['mult'] if mult is None else mult
    pk = [b.slot(v, dec, m, fmt=fmt) for v in parts]
    tk = b.slot(total, dec, m, fmt=fmt) if with_total else None
    return pk, tk


def U(t):
    return t['ub']


def ph(k):
    return '{' + k + '}'


def yr(b):
    return '%d年' % b.year


def area(b):
    return b.rng.choice(AREA)


SUMKW = ['合计', '共计', '总计', '累计']


def neg_check(b, kind, numbers, marker=None, naive=None, why=''):
    c = dict(rel='neg', kind=kind, numbers=numbers)
    if marker:
        c['marker'] = marker
    if naive:
        c['naive'] = naive
    b.add(**c)
    b.note = why


# ---------------------------------- shared negatives (totals) -----------------------

def neg_partial(b, t=None, form=None):
    rng = b.rng
    t = t or pick_sum(b)
    if len(t['parts']) < 3:
        # use a bigger topic so that a partial list still has 2+ names
        big = [x for x in b.S['sums'] if len(x['parts']) >= 3]
        t = rng.choice(big)
    pk, tk = mk_sum(b, t)
    k = rng.randint(2, len(pk) - 1)
    idx = sorted(rng.sample(range(len(pk)), k))
    shown = [pk[i] for i in idx]
    names = [t['parts'][i] for i in idx]
    u = U(t)
    lst = '、'.join('%s%s%s' % (n, ph(x), u) for n, x in zip(names, shown))
    form = form or rng.choice(['deng', 'zhuyao', 'jiaoduo'])
    if form == 'deng':
        line = '%s，%s%s%s%s，其中%s等。' % (yr(b), area(b), t['whole'], ph(tk), u, lst)
        marker = '等'
    elif form == 'zhuyao':
        line = '%s%s%s%s，主要有%s。' % (area(b), t['whole'], ph(tk), u, lst)
        marker = '主要有'
    else:
        line = '%s%s%s%s，其中数量较多的是%s。' % (yr(b), t['whole'], ph(tk), u, lst)
        marker = '数量较多的是'
    neg_check(b, 'partial_list', shown + [tk], marker, dict(rel='sum', parts=shown, total=tk),
              'partial list marked by %s: listed parts need not add up to the total' % marker)
    return [line]


def approx_total(b, exact_ticks, dec):
    """Return (ticks, dec, marker, where) of a round number near exact, never equal to it."""
    rng = b.rng
    v = exact_ticks
    mag = 10 ** max(1, len(str(v)) - 2)
    down = (v // mag) * mag
    up = down + mag
    marker = rng.choice(['约', '近', '余', '左右', '超过'])
    if marker in ('余', '超过'):
        t = down if down < v else down - mag
    elif marker == '近':
        t = up
    else:
        t = rng.choice([down, up]) if down != v else up
    if t <= 0 or t == v:
        raise Retry('approx')
    return t, marker


def approx_text(marker, lit, unit):
    if marker in ('约', '近', '超过'):
        return marker + lit + unit
    if marker == '余':
        return lit + '余' + unit
    return lit + unit + '左右'


def neg_approx(b, t=None):
    rng = b.rng
    t = t or pick_sum(b)
    pk, tk = mk_sum(b, t, with_total=False)
    exact = sum(b.slots[k].ticks for k in pk)
    at, marker = approx_total(b, exact, t['dec'])
    adec = t['dec']
    if adec and at % (10 ** adec) == 0 and rng.random() < 0.7:
        at, adec = at // 10 ** adec, 0
    tk = b.slot(at, adec, t['mult'], fmt='plain')
    u = U(t)
    lst = '、'.join('%s%s%s' % (n, ph(x), u) for n, x in zip(t['parts'], pk))
    tot = approx_text(marker, ph(tk), u)
    if rng.random() < 0.5:
        line = '%s，%s%s%s，其中%s。' % (yr(b), t['whole'], '' if marker in ('约', '近', '超过') else '达', tot, lst)
    else:
        line = '%s，合计%s。' % (lst, tot)
    neg_check(b, 'approx_total', pk + [tk], marker, dict(rel='sum', parts=pk, total=tk),
              'approximate total (%s): rounded figure is not meant to equal the sum' % marker)
    return [line]


def neg_overlap(b):
    rng = b.rng
    whole, cats, mult, ub, lo, hi, dec = rng.choice(b.S['overlaps'])
    total = rticks(rng, lo, hi, dec)
    k = rng.randint(2, min(3, len(cats)))
    cs = rng.sample(cats, k)
    for _ in range(50):
        vals = [int(total * rng.uniform(0.25, 0.75)) for _ in cs]
        if sum(vals) != total and all(v > 0 for v in vals):
            break
    tk = b.slot(total, dec, mult)
    ks = [b.slot(v, dec, mult) for v in vals]
    lst = '，'.join('%s%s%s' % (c, ph(x), ub) for c, x in zip(cs, ks))
    form = rng.randrange(3)
    if form == 0:
        line = '%s%s%s%s。从人员构成看，%s（有交叉）。' % (yr(b), whole, ph(tk), ub, lst) if ub in ('人', '名') else \
            '%s%s%s%s。从构成看，%s（有交叉）。' % (yr(b), whole, ph(tk), ub, lst)
        marker = '有交叉'
    elif form == 1:
        line = '%s%s%s，涉及%s。' % (whole, ph(tk), ub, lst)
        marker = '涉及'
    else:
        line = '在%s%s%s中，%s。' % (whole, ph(tk), ub, lst)
        marker = None
    neg_check(b, 'overlap', ks + [tk], marker, dict(rel='sum', parts=ks, total=tk),
              'overlapping subsets along different dimensions: they need not add up')
    return [line]


def neg_cumulative(b):
    rng = b.rng
    name, unit, lo, hi, verb = rng.choice(b.S['cumul'])
    mult = '万' if unit.startswith('万') else ''
    ub = unit[1:] if mult else unit
    dec = 2 if mult else 0
    cum = rticks(rng, lo, hi, dec)
    new = int(cum * rng.uniform(0.08, 0.3))
    if new <= 0:
        raise Retry('cum')
    ck, nk = b.slot(cum, dec, mult), b.slot(new, dec, mult)
    form = rng.randrange(3)
    if form == 0:
        line = '%s%s%s%s%s，%d年以来累计%s%s%s%s。' % (yr(b), verb, name, ph(nk), ub, b.year - rng.randint(3, 8), verb,
                                                  name, ph(ck), ub)
        marker = '以来累计'
    elif form == 1:
        line = '截至%s年底，历年累计%s%s%s%s，其中当年%s%s%s。' % (b.year, verb, name, ph(ck), ub, verb, ph(nk), ub)
        marker = '历年累计'
    else:
        line = '%s%s%s%s，累计达到%s%s（含以前年度）。' % (verb, name, ph(nk), ub, ph(ck), ub)
        marker = '含以前年度'
    neg_check(b, 'cumulative', [nk, ck], marker, dict(rel='sum', parts=[nk], total=ck),
              'cumulative stock versus this year\'s additions: not a whole and its parts')
    return [line]


def neg_two_wholes(b):
    rng = b.rng
    ts = b.S['sums']
    t1, t2 = rng.sample(ts, 2)
    if t1['whole'] == t2['whole']:
        raise Retry('same whole')
    dec1 = t1['dec']
    tk = b.slot(rticks(rng, t1['lo'], t1['hi'], dec1), dec1, t1['mult'])
    pk, _ = mk_sum(b, t2, with_total=False)
    lst = '、'.join('%s%s%s' % (n, ph(x), U(t2)) for n, x in zip(t2['parts'], pk))
    line = '%s%s%s%s。另外，%s方面，%s。' % (yr(b), t1['whole'], ph(tk), U(t1), t2['whole'], lst)
    neg_check(b, 'two_wholes', pk + [tk], None, dict(rel='sum', parts=pk, total=tk),
              'parts of one whole printed after the total of a different whole')
    return [line]


def neg_identifier(b):
    rng = b.rng
    S = b.S
    y = b.year
    lines = []
    nums = []
    opts = rng.sample(range(6), 2)
    for o in opts:
        if o == 0:
            k = b.slot(rng.randint(100, 3000), 0, '')
            lines.append('推行“1+X”证书制度，%s名学员取得职业技能等级证书。' % ph(k))
            nums.append(k)
        elif o == 1:
            k = b.slot(rng.randint(5, 40), 0, '')
            lines.append('建立“7+X”%s服务机制，覆盖%s个重点片区。' % (S['short'], ph(k)))
            nums.append(k)
        elif o == 2:
            lines.append('印发《%s%d—%d年%s行动方案》（%s政办发〔%d〕%d号）。' % (
                pname(rng, '市'), y, y + 2, S['short'], rng.choice(SYL), y, rng.randint(3, 90)))
            k = b.slot(rng.randint(10, 90), 0, '')
            lines.append('方案明确重点任务%s项。' % ph(k))
            nums.append(k)
        elif o == 3:
            k = b.slot(rng.randint(20, 300), 0, '')
            lines.append('开通%s服务热线0%d-%d，全年受理群众来电%s件。' % (
                S['short'], rng.randint(710, 999), rng.randint(2000000, 8999999), ph(k)))
            nums.append(k)
        elif o == 4:
            k = b.slot(rng.randint(3, 60), 0, '')
            lines.append('新购置%s-%d型监测设备%s台（套），设备编号%d%03d起。' % (
                rng.choice(['JC', 'HB', 'TY', 'NJ', 'MZ']), rng.randint(100, 999), ph(k), y, rng.randint(1, 200)))
            nums.append(k)
        else:
            k = b.slot(rng.randint(3, 20), 0, '')
            lines.append('%d年%d月%d日，召开第%s次联席会议，形成“5+2”协同推进格局。' % (
                y, rng.randint(1, 12), rng.randint(1, 28), ph(k)))
            nums.append(k)
    neg_check(b, 'identifier', nums, None, None,
              'identifiers, dates, phone and model numbers, 1+X / 7+X / 5+2 labels: no arithmetic claimed')
    return lines


GENERIC_TNEG = {'partial': neg_partial, 'approx': neg_approx, 'overlap': neg_overlap,
                'cumulative': neg_cumulative, 'two_wholes': neg_two_wholes, 'identifier': neg_identifier}


def tneg(b, kinds):
    k = b.rng.choice(kinds)
    return GENERIC_TNEG[k](b)


# =====================================================================================
#                               TOTALS CONSTRUCTIONS
# =====================================================================================

def c_qizhong(b, label):
    rng = b.rng
    if label == 'negative':
        return tneg(b, ['partial', 'partial', 'approx', 'overlap', 'two_wholes', 'identifier'])
    t = pick_sum(b)
    pk, tk = mk_sum(b, t)
    u = U(t)
    sep = rng.choice(['、', '，', '；'])
    lst = sep.join('%s%s%s' % (n, ph(k), u) for n, k in zip(t['parts'], pk))
    v = rng.randrange(4)
    if v == 0:
        line = '%s，%s%s%s%s，其中%s。' % (yr(b), area(b), t['whole'], ph(tk), u, lst)
    elif v == 1:
        line = '截至%s年底，%s%s达到%s%s。其中，%s。' % (b.year, area(b), t['whole'], ph(tk), u, lst)
    elif v == 2:
        line = '%s为%s%s；其中%s。' % (t['whole'], ph(tk), u, lst)
    else:
        line = '全年%s共计%s%s，其中：%s。' % (t['whole'], ph(tk), u, lst)
    b.add(rel='sum', parts=pk, total=tk)
    return [line]


def c_heji_after(b, label):
    rng = b.rng
    if label == 'negative':
        return tneg(b, ['approx', 'approx', 'partial', 'cumulative', 'identifier'])
    t = pick_sum(b)
    pk, tk = mk_sum(b, t)
    u = U(t)
    kw = rng.choice(SUMKW)
    lst = '，'.join('%s%s%s' % (n, ph(k), u) for n, k in zip(t['parts'], pk))
    v = rng.randrange(3)
    if v == 0:
        line = '%s，%s，%s%s%s。' % (yr(b), lst, kw, ph(tk), u)
    elif v == 1:
        line = '%s：%s；%s%s%s%s。' % (t['whole'], lst, kw, t['whole'], ph(tk), u)
    else:
        line = '%s，以上%s%s%s。' % (lst, kw, ph(tk), u)
    b.add(rel='sum', parts=pk, total=tk)
    return [line]


def c_fenbiewei(b, label):
    rng = b.rng
    if label == 'negative':
        if rng.random() < 0.5:
            t = rng.choice([x for x in b.S['sums'] if len(x['parts']) >= 3])
            pk, tk = mk_sum(b, t)
            idx = sorted(rng.sample(range(len(pk)), 2))
            shown = [pk[i] for i in idx]
            u = U(t)
            line = '%s%s%s%s，数量较多的是%s和%s，分别为%s%s、%s%s。' % (
                yr(b), t['whole'], ph(tk), u, t['parts'][idx[0]], t['parts'][idx[1]], ph(shown[0]), u,
                ph(shown[1]), u)
            neg_check(b, 'partial_list', shown + [tk], '数量较多的是', dict(rel='sum', parts=shown, total=tk),
                      'only the largest categories are listed (数量较多的是)')
            return [line]
        return tneg(b, ['approx', 'two_wholes', 'identifier'])
    t = pick_sum(b)
    pk, tk = mk_sum(b, t)
    u = U(t)
    names = '、'.join(t['parts'])
    vals = '、'.join('%s%s' % (ph(k), u) for k in pk[:-1]) + '和%s%s' % (ph(pk[-1]), u)
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s%s%s，%s分别为%s。' % (yr(b), t['whole'], ph(tk), u, names, vals)
    elif v == 1:
        line = '%s分别为%s，%s%s%s。' % (names, vals, rng.choice(SUMKW), ph(tk), u)
    else:
        line = '按类别分，%s分别为%s，%s%s%s。' % (names, vals, t['whole'] + '合计', ph(tk), u)
    b.add(rel='sum', parts=pk, total=tk)
    return [line]


def c_brackets(b, label):
    rng = b.rng
    if label == 'negative':
        if rng.random() < 0.5:
            t = rng.choice([x for x in b.S['sums'] if len(x['parts']) >= 3])
            pk, tk = mk_sum(b, t)
            k = rng.randint(1, len(pk) - 1)
            shown = pk[:k] if k > 1 else pk[:2]
            shown = shown if len(shown) < len(pk) else pk[:-1]
            u = U(t)
            lst = '、'.join('%s%s%s' % (n, ph(x), u) for n, x in zip(t['parts'], shown))
            line = '%s%s%s%s（含%s等）。' % (yr(b), t['whole'], ph(tk), u, lst)
            neg_check(b, 'partial_list', shown + [tk], '等）', dict(rel='sum', parts=shown, total=tk),
                      'bracketed list ends with 等: not exhaustive')
            return [line]
        return tneg(b, ['approx', 'overlap', 'identifier'])
    t = pick_sum(b)
    pk, tk = mk_sum(b, t)
    u = U(t)
    lst = '、'.join('%s%s%s' % (n, ph(k), u) for n, k in zip(t['parts'], pk))
    op, cl = rng.choice([('（', '）'), ('(', ')')])
    word = rng.choice(['含', '包括', '其中', ''])
    v = rng.randrange(2)
    if v == 0:
        line = '%s，%s%s%s%s%s%s%s。' % (yr(b), t['whole'], ph(tk), u, op, word, lst, cl)
    else:
        line = '全年%s达到%s%s%s%s%s%s，较好完成年度目标。' % (t['whole'], ph(tk), u, op, word, lst, cl)
    b.add(rel='sum', parts=pk, total=tk)
    return [line]


def c_header_lines(b, label):
    rng = b.rng
    if label == 'negative':
        if rng.random() < 0.6:
            t = rng.choice([x for x in b.S['sums'] if len(x['parts']) >= 3])
            pk, tk = mk_sum(b, t)
            idx = sorted(rng.sample(range(len(pk)), len(pk) - 1))
            shown = [pk[i] for i in idx]
            u = U(t)
            lines = ['%s%s%s%s，主要有：' % (yr(b), t['whole'], ph(tk), u)]
            lines += ['%s：%s%s' % (t['parts'][i], ph(pk[i]), u) for i in idx]
            neg_check(b, 'partial_list', shown + [tk], '主要有', dict(rel='sum', parts=shown, total=tk),
                      'header announces only the main categories (主要有)')
            return lines
        return tneg(b, ['approx', 'cumulative'])
    t = pick_sum(b)
    pk, tk = mk_sum(b, t)
    u = U(t)
    v = rng.randrange(3)
    if v == 0:
        lines = ['%s%s共%s%s，具体构成如下：' % (yr(b), t['whole'], ph(tk), u)]
        lines += ['%s：%s%s' % (n, ph(k), u) for n, k in zip(t['parts'], pk)]
    elif v == 1:
        lines = ['%s（%s%s）' % (t['whole'], ph(tk), u)]
        lines += ['——%s%s%s；' % (n, ph(k), u) for n, k in zip(t['parts'], pk)]
    else:
        lines = ['%s%s%s，其中' % (t['whole'], ph(tk), u)]
        lines += ['  %s %s%s' % (n, ph(k), u) for n, k in zip(t['parts'], pk)]
    b.add(rel='sum', parts=pk, total=tk)
    return lines


TABLE_SEPS = {'tab': '\t', 'pipe': ' | ', 'fwpipe': '｜', 'spaces': '    '}


def c_table_flat(b, label, sep='tab'):
    rng = b.rng
    S = TABLE_SEPS[sep]
    t = pick_sum(b)
    unit = t['mult'] + t['ub']
    pk, tk = mk_sum(b, t, mult='')
    first = rng.random() < 0.5
    rows = [(n, ph(k)) for n, k in zip(t['parts'], pk)]
    head = S.join([rng.choice(['类别', '项目', '指标']), '%s（%s）' % (t['whole'], unit)])
    tot_row = (rng.choice(['合计', '总计', '全市合计']), ph(tk))
    if label == 'negative' and rng.random() < 0.75:
        i = rng.randrange(len(pk))
        sub = int(b.slots[pk[i]].ticks * rng.uniform(0.2, 0.7))
        if sub <= 0:
            raise Retry('sub')
        sk = b.slot(sub, t['dec'], '')
        marker = rng.choice(b.S['subrow'])
        rows.insert(i + 1, ('  ' + marker, ph(sk)))
        neg_check(b, 'subset_row', pk + [sk, tk], marker, dict(rel='sum', parts=pk + [sk], total=tk),
                  'indented 其中 row is a subset of the row above, not another part')
    elif label == 'negative':
        exact = b.slots[tk].ticks
        at, _ = approx_total(b, exact, t['dec'])
        b.slots[tk].ticks = at
        tot_row = ('合计（约数）', ph(tk))
        neg_check(b, 'approx_total', pk + [tk], '约数', dict(rel='sum', parts=pk, total=tk),
                  'total row is marked as a rounded figure (约数)')
    else:
        b.add(rel='sum', parts=pk, total=tk)
    body = [S.join(r) for r in rows]
    tr = S.join(tot_row)
    lines = [head] + ([tr] + body if first else body + [tr])
    if rng.random() < 0.5:
        lines.insert(0, '表%d  %s%s%s构成' % (rng.randint(1, 9), yr(b), area(b), t['whole']))
    return lines


def c_table_two_years(b, label):
    rng = b.rng
    S = rng.choice(['\t', ' | ', '｜'])
    t = pick_sum(b)
    unit = t['mult'] + t['ub']
    pk1, tk1 = mk_sum(b, t, mult='')
    pk2 = []
    for k in pk1:
        v = b.slots[k].ticks
        pk2.append(b.slot(max(1, int(v * rng.uniform(0.85, 1.2))), t['dec'], ''))
    tk2 = b.slot(sum(b.slots[k].ticks for k in pk2), t['dec'], '')
    y = b.year
    head = S.join(['%s（%s）' % (t['whole'], unit), '%d年' % (y - 1), '%d年' % y])
    rows = [S.join([n, ph(a), ph(c)]) for n, a, c in zip(t['parts'], pk1, pk2)]
    tot = S.join([rng.choice(['合计', '总计']), ph(tk1), ph(tk2)])
    if label == 'negative':
        i = rng.randrange(len(pk1))
        s1 = b.slot(max(1, int(b.slots[pk1[i]].ticks * rng.uniform(0.2, 0.6))), t['dec'], '')
        s2 = b.slot(max(1, int(b.slots[pk2[i]].ticks * rng.uniform(0.2, 0.6))), t['dec'], '')
        marker = rng.choice(b.S['subrow'])
        rows.insert(i + 1, S.join(['  ' + marker, ph(s1), ph(s2)]))
        neg_check(b, 'subset_row', pk1 + [s1, tk1], marker, dict(rel='sum', parts=pk1 + [s1], total=tk1),
                  'two-year table with an indented 其中 subset row; both columns otherwise add up')
        b.add(rel='sum', parts=pk1, total=tk1)
        b.add(rel='sum', parts=pk2, total=tk2)
    else:
        b.add(rel='sum', parts=pk1, total=tk1)
        b.add(rel='sum', parts=pk2, total=tk2)
    lines = [head] + (rows + [tot] if rng.random() < 0.6 else [tot] + rows)
    return lines


ITEM_MARKS = [lambda i: '一二三四五六七八'[i] + '是', lambda i: '①②③④⑤⑥⑦⑧'[i],
              lambda i: '（%d）' % (i + 1), lambda i: '（%s）' % '一二三四五六七八'[i], lambda i: '%d.' % (i + 1)]


def c_numbered_items(b, label):
    rng = b.rng
    S = b.S
    n = rng.randint(3, 5)
    items = rng.sample(S['items'], n)
    mk = rng.choice(ITEM_MARKS)
    marks = [mk(i) for i in range(n)]
    cfmt = rng.choice(['cn', 'cn', 'plain'])
    if label == 'negative':
        ck = b.slot(n + rng.randint(2, 5), 0, kind='cnt', fmt=cfmt)
        head = '%s共实施%s重点工作%s项，主要包括：' % (yr(b), S['short'], ph(ck))
        marker = '主要包括'
        neg_check(b, 'partial_list', [ck], marker, dict(rel='count_items', count=ck, items=marks),
                  'announced count covers more items than the few listed after 主要包括')
    else:
        ck = b.slot(n, 0, kind='cnt', fmt=cfmt)
        head = rng.choice(['%s重点抓好%s项工作：' % (yr(b), ph(ck)),
                           '围绕%s，着力推进%s方面工作：' % (rng.choice(S['heads']), ph(ck)),
                           '全年实施%s民生实事%s件，具体为：' % (S['short'], ph(ck))])
        b.add(rel='count_items', count=ck, items=marks)
    inline = rng.random() < 0.5 and mk(0).endswith('是')
    if inline or n > 5:
        body = '；'.join('%s%s' % (m, it) for m, it in zip(marks, items)) + '。'
        return [head + body]
    return [head] + ['%s%s；' % (m, it) if not m.endswith('.') else '%s %s；' % (m, it) for m, it in zip(marks, items)]


def org_names(b, n):
    rng = b.rng
    used = set()
    out = []
    while len(out) < n:
        suf = rng.choice(b.S['orgs'])
        nm = (pname(rng, '') + suf) if suf not in ('街道', '社区', '镇', '乡') else pname(rng, suf)
        if b.S is SOURCES['ecology']:
            nm = pname(rng, '') + pname(rng, '')[:2] + suf
        if nm[:2] not in used:
            used.add(nm[:2])
            out.append(nm)
    return out


def c_named_list(b, label):
    rng = b.rng
    S = b.S
    n = rng.randint(3, 6)
    cfmt = rng.choice(['cn', 'plain', 'plain'])
    unitw = rng.choice(['家', '个'])
    if label == 'negative':
        names = org_names(b, rng.randint(2, 3))
        ck = b.slot(len(names) + rng.randint(3, 20), 0, kind='cnt', fmt=cfmt)
        line = '%s，%s等%s%s单位%s。' % (yr(b), '、'.join(names), ph(ck), unitw, S['action'])
        neg_check(b, 'partial_list', [ck], '等' + b.slots[ck].render(), dict(rel='count_names', count=ck, names=names),
                  '等N家 with N well above the names shown: a partial list')
        return [line]
    names = org_names(b, n)
    ck = b.slot(n, 0, kind='cnt', fmt=cfmt)
    v = rng.randrange(4) if label == 'consistent' else rng.randrange(3)
    if v == 0:
        line = '%s，%s共%s%s单位%s。' % (yr(b), '、'.join(names), ph(ck), unitw, S['action'])
    elif v == 1:
        line = '%s的单位有%s，共%s%s。' % (S['action'].replace('被', ''), '、'.join(names), ph(ck), unitw)
    elif v == 2:
        line = '经评审，%s单位（%s）%s。' % (ph(ck) + unitw, '、'.join(names), S['action'])
    else:
        line = '%s%s等%s%s单位%s。' % (yr(b), '、'.join(names), ph(ck), unitw, S['action'])
    b.add(rel='count_names', count=ck, names=names)
    return [line]


def c_balance(b, label):
    rng = b.rng
    name, start, plus, minus, end, mult, ub, lo, hi, dec = rng.choice(b.S['balances'])
    base = rticks(rng, lo, hi, dec)
    if start:
        sk = b.slot(base, dec, mult)
        pks = [b.slot(int(base * rng.uniform(0.02, 0.15)) + 1, dec, mult) for _ in plus]
        mks = [b.slot(int(base * rng.uniform(0.02, 0.14)) + 1, dec, mult) for _ in minus]
        endv = base + sum(b.slots[k].ticks for k in pks) - sum(b.slots[k].ticks for k in mks)
        plus_k, minus_k = [sk] + pks, mks
    else:
        pks = [b.slot(base, dec, mult)]
        mks = [b.slot(int(base * rng.uniform(0.6, 0.97)), dec, mult)]
        endv = base - b.slots[mks[0]].ticks
        plus_k, minus_k = pks, mks
    if endv <= 0:
        raise Retry('balance')
    ek = b.slot(endv, dec, mult)
    seg = []
    if start:
        seg.append('%s%s%s%s' % (start, name, ph(sk), ub))
    seg += ['%s%s%s%s' % ('' if (start or i) else name, p, ph(k), ub) for i, (p, k) in enumerate(zip(plus, pks))]
    seg += ['%s%s%s' % (m, ph(k), ub) for m, k in zip(minus, mks)]
    if label == 'negative' and rng.random() < 0.6:
        if start:
            marker = '（含跨年度调整）'
        else:
            marker = '（含历年结转）'
        ek2 = b.slot(endv + int(base * rng.uniform(0.05, 0.4)) + 1, dec, mult)
        tail = '%s%s%s%s' % (end + ('' if start else '滚存'), ph(ek2), ub, marker)
        line = '%s，%s，%s。' % (yr(b), '，'.join(seg), tail)
        neg_check(b, 'carryover', [ek2], marker, dict(rel='balance', plus=plus_k, minus=minus_k, result=ek2),
                  'end figure includes items not in the flow (%s)' % marker.strip('（）'))
        return [line]
    if label == 'negative':
        return tneg(b, ['approx', 'identifier'])
    tail = '%s%s%s%s' % (end, rng.choice(['', '为', '']), ph(ek), ub)
    if rng.random() < 0.5:
        line = '%s，%s，%s。' % (yr(b), '，'.join(seg), tail)
        lines = [line]
    else:
        lines = ['%s%s%s：' % (yr(b), name, '变动情况' if start else '收支情况')] + [s + '；' for s in seg] + [tail + '。']
        if len(lines) > 6:
            lines = ['%s，%s，%s。' % (yr(b), '，'.join(seg), tail)]
    b.add(rel='balance', plus=plus_k, minus=minus_k, result=ek)
    return lines


def growth_pair(b, g=None):
    rng = b.rng
    name, mult, ub, lo, hi, dec, glo, ghi, d = g or rng.choice(b.S['growths'])
    old = rticks(rng, lo, hi, dec)
    if d == 'any':
        d = rng.choice(['up', 'up', 'down'])
    r = rng.uniform(glo, ghi) / 100
    new = int(round(old * (1 + r))) if d == 'up' else int(round(old * (1 - r)))
    if new == old or new <= 0:
        raise Retry('growth')
    return name, mult, ub, dec, old, new, d


def c_from_to(b, label):
    rng = b.rng
    name, mult, ub, dec, old, new, d = growth_pair(b)
    ok_, nk = b.slot(old, dec, mult), b.slot(new, dec, mult)
    diff = abs(new - old)
    y = b.year
    verb = rng.choice(['增加', '提高', '增长']) if d == 'up' else rng.choice(['减少', '下降'])
    if label == 'negative':
        at, marker = approx_total(b, diff, dec)
        dk = b.slot(at, dec, mult, fmt='plain')
        line = '%s由%d年的%s%s%s到%d年的%s%s，%s%s。' % (name, y - 1, ph(ok_), ub, verb, y, ph(nk), ub, verb,
                                                 approx_text(marker, ph(dk), ub))
        naive = dict(rel='balance', plus=[nk], minus=[ok_], result=dk) if d == 'up' else \
            dict(rel='balance', plus=[ok_], minus=[nk], result=dk)
        neg_check(b, 'approx_total', [ok_, nk, dk], marker, naive,
                  'the change is given as a rounded figure (%s)' % marker)
        return [line]
    dk = b.slot(diff, dec, mult)
    v = rng.randrange(3)
    if v == 0:
        line = '%s由%d年的%s%s%s到%d年的%s%s，%s%s%s。' % (name, y - 1, ph(ok_), ub, verb, y, ph(nk), ub, verb,
                                                  ph(dk), ub)
    elif v == 1:
        line = '%s从上年的%s%s%s至%s%s，%s%s%s。' % (name, ph(ok_), ub, '增' if d == 'up' else '降', ph(nk), ub,
                                            '净增' if d == 'up' else '净减', ph(dk), ub)
    else:
        line = '%s，%s由%s%s%s到%s%s，%s了%s%s。' % (yr(b), name, ph(ok_), ub, verb, ph(nk), ub, verb, ph(dk), ub)
    if d == 'up':
        b.add(rel='balance', plus=[nk], minus=[ok_], result=dk)
    else:
        b.add(rel='balance', plus=[ok_], minus=[nk], result=dk)
    return [line]


def c_yoy_diff(b, label):
    rng = b.rng
    name, mult, ub, dec, old, new, d = growth_pair(b)
    ok_, nk = b.slot(old, dec, mult), b.slot(new, dec, mult)
    y = b.year
    verb = '增加' if d == 'up' else '减少'
    if label == 'negative':
        if rng.random() < 0.5:
            other = int(old * rng.uniform(0.85, 0.97)) if d == 'up' else int(old * rng.uniform(1.03, 1.15))
            dk = b.slot(abs(new - old), dec, mult)
            ok2 = b.slot(other, dec, mult)
            line = '%s%s%s%s，比上年%s%s%s（%d年为%s%s）。' % (yr(b), name, ph(nk), ub, verb, ph(dk), ub, y - 2,
                                                       ph(ok2), ub)
            naive = dict(rel='balance', plus=[nk], minus=[ok2], result=dk) if d == 'up' else \
                dict(rel='balance', plus=[ok2], minus=[nk], result=dk)
            neg_check(b, 'different_base', [nk, dk, ok2], '%d年为' % (y - 2), naive,
                      'bracketed figure is for the year before last, not the base of the change')
            return [line]
        return tneg(b, ['cumulative', 'identifier'])
    dk = b.slot(abs(new - old), dec, mult)
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s%s%s，比上年（%s%s）%s%s%s。' % (yr(b), name, ph(nk), ub, ph(ok_), ub, verb, ph(dk), ub)
    elif v == 1:
        line = '%d年%s为%s%s，%d年为%s%s，同比%s%s%s。' % (y, name, ph(nk), ub, y - 1, ph(ok_), ub, verb, ph(dk), ub)
    else:
        line = '%s%s%s，上年同期为%s%s，同比%s%s%s。' % (name, ph(nk), ub, ph(ok_), ub, verb, ph(dk), ub)
    if d == 'up':
        b.add(rel='balance', plus=[nk], minus=[ok_], result=dk)
    else:
        b.add(rel='balance', plus=[ok_], minus=[nk], result=dk)
    return [line]


def c_subtotals(b, label):
    rng = b.rng
    if label == 'negative':
        return tneg(b, ['approx', 'partial', 'two_wholes'])
    t = rng.choice([x for x in b.S['sums'] if len(x['parts']) <= 3]) if b.fmt != 'cn' else pick_sum(b)
    u = U(t)
    pa, ta = mk_sum(b, t)
    pb, tb = mk_sum(b, t)
    g = b.slot(b.slots[ta].ticks + b.slots[tb].ticks, t['dec'], t['mult'])
    p1, p2 = pname(rng, ''), pname(rng, '')
    sfx = rng.choice(['县', '区'])

    def seg(place, pk, tk):
        return '%s%s%s%s%s（%s）' % (place, sfx, t['whole'], ph(tk), u,
                                   '、'.join('%s%s%s' % (n, ph(k), u) for n, k in zip(t['parts'], pk)))
    if rng.random() < 0.5:
        lines = ['%s，%s；%s；两地%s%s%s。' % (yr(b), seg(p1, pa, ta), seg(p2, pb, tb), rng.choice(SUMKW),
                                           ph(g), u)]
    else:
        lines = ['%s：' % rng.choice(['分地区看', '分县区情况']), seg(p1, pa, ta) + '；', seg(p2, pb, tb) + '。',
                 '%s%s%s%s%s。' % (rng.choice(['两地', '以上']), rng.choice(SUMKW), t['whole'], ph(g), u)]
    b.add(rel='sum', parts=pa, total=ta)
    b.add(rel='sum', parts=pb, total=tb)
    b.add(rel='sum', parts=[ta, tb], total=g)
    return lines


QN = ['一季度', '二季度', '三季度', '四季度']


def c_quarters(b, label):
    rng = b.rng
    flows = [t for t in b.S['sums'] if t['flow']]
    if b.fmt == 'cn':
        flows = [t for t in flows if t['dec'] == 0] or flows
    t = rng.choice(flows)
    u = U(t)
    dec, m = t['dec'], t['mult']
    total = rticks(rng, t['lo'], t['hi'], dec)
    if label == 'negative':
        qs = split(rng, total, 4, 0.12)
        k1 = b.slot(qs[0], dec, m)
        c3 = b.slot(sum(qs[:3]), dec, m)
        tk = b.slot(total, dec, m)
        line = '%s一季度%s%s%s，前三季度累计%s%s，全年%s%s。' % (
            t['whole'], rng.choice(['完成', '']), ph(k1), u, ph(c3), u, ph(tk), u)
        neg_check(b, 'cumulative', [k1, c3, tk], '前三季度累计', dict(rel='sum', parts=[k1, c3], total=tk),
                  'year-to-date cumulative figures are not quarterly parts')
        return [line]
    form = rng.randrange(3)
    if form == 0:
        qs = split(rng, total, 4, 0.12)
        qk = [b.slot(v, dec, m) for v in qs]
        tk = b.slot(total, dec, m)
        line = '%s，%s分季度看，%s，全年%s%s%s。' % (yr(b), t['whole'], '、'.join(
            '%s%s%s' % (q, ph(k), u) for q, k in zip(QN, qk)), rng.choice(SUMKW), ph(tk), u)
        lines = [line]
    elif form == 1:
        qs = split(rng, total, 2, 0.3)
        qk = [b.slot(v, dec, m) for v in qs]
        tk = b.slot(total, dec, m)
        lines = ['%s上半年%s%s，下半年%s%s，全年%s%s%s。' % (t['whole'], ph(qk[0]), u, ph(qk[1]), u,
                                                   rng.choice(['共', '合计']), ph(tk), u)]
    else:
        qs = split(rng, total, 4, 0.12)
        qk = [b.slot(v, dec, '') for v in qs]
        tk = b.slot(total, dec, '')
        lines = ['%s%s（%s）' % (yr(b), t['whole'], m + u)]
        lines += ['%s：%s' % (q, ph(k)) for q, k in zip(['1—3月', '4—6月', '7—9月', '10—12月'], qk)]
        lines += ['全年：%s' % ph(tk)]
    b.add(rel='sum', parts=qk, total=tk)
    return lines


def c_sentences(b, label):
    rng = b.rng
    verbs = ['', '达到', '为', '共']
    if label == 'negative':
        if rng.random() < 0.6:
            t = rng.choice([x for x in b.S['sums'] if len(x['parts']) >= 3])
            pk, tk = mk_sum(b, t)
            idx = sorted(rng.sample(range(len(pk)), len(pk) - 1))
            u = U(t)
            lines = ['%s%s主要有以下几类。' % (yr(b), t['whole'])]
            lines += ['%s%s%s%s。' % (t['parts'][i], rng.choice(verbs), ph(pk[i]), u) for i in idx]
            lines.append('全年%s共%s%s。' % (t['whole'], ph(tk), u))
            shown = [pk[i] for i in idx]
            neg_check(b, 'partial_list', shown + [tk], '主要有', dict(rel='sum', parts=shown, total=tk),
                      'only the main categories are described (主要有)')
            return lines
        return tneg(b, ['cumulative', 'two_wholes'])
    t = pick_sum(b)
    pk, tk = mk_sum(b, t)
    u = U(t)
    sents = ['%s%s%s%s。' % (n, rng.choice(verbs), ph(k), u) for n, k in zip(t['parts'], pk)]
    end = rng.choice(['以上%s%s%s%s。' % (rng.choice(SUMKW), t['whole'], ph(tk), u),
                      '全年%s总计%s%s。' % (t['whole'], ph(tk), u),
                      '%s项%s%s%s%s。' % ('各', t['whole'], rng.choice(SUMKW), ph(tk), u)])
    if rng.random() < 0.5:
        lines = [''.join(sents) + end]
    else:
        lines = sents + [end]
    b.add(rel='sum', parts=pk, total=tk)
    return lines


def c_male_female(b, label):
    rng = b.rng
    whole, ub, lo, hi = rng.choice(b.S['persons'])
    total = rng.randint(lo, hi)
    m = int(total * rng.uniform(0.35, 0.65))
    f = total - m
    if label == 'negative':
        if rng.random() < 0.7:
            tk = b.slot(total, 0, '')
            fk = b.slot(f, 0, '')
            ok_ = b.slot(int(total * rng.uniform(0.3, 0.8)), 0, '')
            other = rng.choice(['60岁以上', '35岁以下', '党员', '具有大专以上学历的'])
            if b.slots[fk].ticks + b.slots[ok_].ticks == total:
                raise Retry('accidental sum')
            line = '%s%s%s%s，其中女性%s%s；%s%s%s。' % (yr(b), whole, ph(tk), ub, ph(fk), ub, other, ph(ok_), ub)
            neg_check(b, 'overlap', [tk, fk, ok_], '女性', dict(rel='sum', parts=[fk, ok_], total=tk),
                      'a gender figure and an age/status figure overlap; they are not complementary')
            return [line]
        return tneg(b, ['overlap', 'identifier'])
    tk, mk_, fk = b.slot(total, 0, ''), b.slot(m, 0, ''), b.slot(f, 0, '')
    v = rng.randrange(4)
    if v == 0:
        line = '%s%s%s%s，其中男性%s%s、女性%s%s。' % (yr(b), whole, ph(tk), ub, ph(mk_), ub, ph(fk), ub)
    elif v == 1:
        line = '%s男%s%s，女%s%s，共%s%s。' % (whole, ph(mk_), ub, ph(fk), ub, ph(tk), ub)
    elif v == 2:
        line = '%s%s%s（男%s%s、女%s%s）。' % (whole, ph(tk), ub, ph(mk_), ub, ph(fk), ub)
    else:
        line = '%s中男女分别为%s%s和%s%s，合计%s%s。' % (whole, ph(mk_), ub, ph(fk), ub, ph(tk), ub)
    b.add(rel='sum', parts=[mk_, fk], total=tk)
    return [line]


def c_wan_yi(b, label):
    rng = b.rng
    t = b.S['funds']
    tt = rticks(rng, t['lo'] / 100, t['hi'] / 100, 2)     # in 亿, 2 decimals
    if tt % 100 == 0:
        tt += 7
    parts = split(rng, tt * 100, len(t['parts']))         # in 万
    pfmt = rng.choice(['plain', 'comma'])
    pk = [b.slot(v, 0, '万', fmt=pfmt) for v in parts]
    lst = '、'.join('%s%s元' % (n, ph(k)) for n, k in zip(t['parts'], pk))
    if label == 'negative':
        at, marker = approx_total(b, tt, 2)
        adec = 2
        if at % 10 == 0:
            at, adec = at // 10, 1
        tk = b.slot(at, adec, '亿', fmt='plain')
        line = '%s，%s%s，其中%s。' % (yr(b), t['whole'], approx_text(marker, ph(tk), '元'), lst)
        neg_check(b, 'approx_total', pk + [tk], marker, dict(rel='sum', parts=pk, total=tk),
                  'approximate total in 亿 (%s) over exact parts in 万' % marker)
        return [line]
    tk = b.slot(tt, 2, '亿', fmt='plain')
    v = rng.randrange(3)
    if v == 0:
        line = '%s，%s%s元，其中%s。' % (yr(b), t['whole'], ph(tk), lst)
    elif v == 1:
        line = '%s，%s%s元。' % (lst, rng.choice(SUMKW), ph(tk))
    else:
        line = '全年安排%s%s元（%s）。' % (t['whole'], ph(tk), lst)
    b.add(rel='sum', parts=pk, total=tk)
    return [line]


# =====================================================================================
#                                 PCT CONSTRUCTIONS
# =====================================================================================

def rate_pair(b, r=None):
    rng = b.rng
    r = r or rng.choice(b.S['rates'])
    den = rticks(rng, r['lo'], r['hi'], r['dec'])
    p = rng.uniform(r['plo'], r['phi']) / 100
    num = int(round(den * p))
    if num <= 0 or num > den:
        raise Retry('rate')
    dk = b.slot(den, r['dec'], r['mult'])
    nk = b.slot(num, r['dec'], r['mult'])
    return r, nk, dk


def pdec(b):
    return b.rng.choice([1, 1, 2])


# ---------------------------------- shared negatives (pct) --------------------------

def pneg_no_base(b):
    rng = b.rng
    r = rng.choice(b.S['rates'])
    d = pdec(b)
    t = rticks(rng, r['plo'], r['phi'], d)
    k = b.slot(t, d, kind='pct')
    line = rng.choice(['%s，%s%s达到%s，创历史新高。' % (yr(b), area(b), r['rn'], ph(k)),
                       '%s稳定在%s以上，高于全省平均水平。' % (r['rn'], ph(k)),
                       '经测算，%s%s为%s。' % (yr(b), r['rn'], ph(k))])
    neg_check(b, 'pct_no_base', [k], None, None, 'a percentage stated with no base figures: nothing to recompute')
    return [line]


def pneg_unstated(b):
    rng = b.rng
    r = rng.choice(b.S['rates'])
    dk = b.slot(rticks(rng, r['lo'], r['hi'], r['dec']), r['dec'], r['mult'])
    d = pdec(b)
    k = b.slot(rticks(rng, r['plo'], r['phi'], d), d, kind='pct')
    line = '%s%s%s%s，%s为%s。' % (yr(b), r['den'], ph(dk), r['ub'], r['rn'], ph(k))
    neg_check(b, 'rate_unstated', [dk, k], None, None,
              'the numerator of the rate (%s) is not stated' % r['num'])
    return [line]


def pneg_overlap_shares(b):
    rng = b.rng
    whole, cats, mult, ub, lo, hi, dec = rng.choice(b.S['overlaps'])
    k = min(3, len(cats))
    cs = rng.sample(cats, k)
    d = pdec(b)
    for _ in range(50):
        vals = [rticks(rng, 20, 75, d) for _ in cs]
        if sum(vals) > 100 * 10 ** d:
            break
    else:
        raise Retry('ov')
    ks = [b.slot(v, d, kind='pct') for v in vals]
    lst = '，'.join('%s占%s' % (c, ph(x)) for c, x in zip(cs, ks))
    line = '%s%s中，%s（部分人员或事项同时属于多类）。' % (yr(b), whole, lst) if rng.random() < 0.5 else \
        '从%s构成看，%s。' % (whole, lst)
    neg_check(b, 'overlap_shares', ks, None, dict(rel='share_sum', parts=ks),
              'overlapping categories: their shares may sum past 100%')
    return [line]


def pneg_identifier(b):
    rng = b.rng
    y = b.year
    lines = []
    ks = []
    o = rng.sample(range(5), 2)
    for x in o:
        if x == 0:
            k = b.slot(rng.randint(20, 55), 0, '')
            lines.append('PM2.5年均浓度为%s微克/立方米，PM10同步下降。' % ph(k))
        elif x == 1:
            k = b.slot(rng.randint(30, 300), 0, '')
            lines.append('建成5G基站%s个，推进“1+X”证书试点。' % ph(k))
        elif x == 2:
            k = b.slot(rticks(rng, 10, 25, 2), 2, '万')
            lines.append('0-14岁人口%s人，15-59岁人口所占比重保持稳定。' % ph(k))
        elif x == 3:
            k = b.slot(rng.randint(5, 40), 0, '')
            lines.append('全市Ⅰ-Ⅲ类水质断面%s个，实施“一河一策”。' % ph(k))
        else:
            k = b.slot(rng.randint(3, 20), 0, '')
            lines.append('%d—%d年规划确定重点项目%s个，形成“7+X”推进机制。' % (y, y + 4, ph(k)))
        ks.append(k)
    neg_check(b, 'identifier', ks, None, None, 'PM2.5, 0-14岁, Ⅰ-Ⅲ类, 5G, 1+X and year ranges are labels, not arithmetic')
    return lines


def pneg_growth_over100(b):
    rng = b.rng
    name, mult, ub, lo, hi, dec, glo, ghi, d = rng.choice(b.S['growths'])
    old = rticks(rng, lo, hi, dec) // 3 + 1
    new = int(old * rng.uniform(2.05, 3.6))
    ok_, nk = b.slot(old, dec, mult), b.slot(new, dec, mult)
    gd = pdec(b)
    gk, _ = b.growth(ok_, nk, gd)
    line = rng.choice(['%s%s由上年的%s%s增加到%s%s，增长%s。' % (yr(b), name, ph(ok_), ub, ph(nk), ub, ph(gk)),
                       '%s%s%s，比上年（%s%s）增长%s，实现翻番。' % (name, ph(nk), ub, ph(ok_), ub, ph(gk))])
    neg_check(b, 'growth_over_100', [gk], None, None, 'growth above 100% is legitimate when the value more than doubled')
    return [line]


def pneg_growth_nobase(b):
    rng = b.rng
    name, mult, ub, lo, hi, dec, glo, ghi, d = rng.choice(b.S['growths'])
    nk = b.slot(rticks(rng, lo, hi, dec), dec, mult)
    gd = pdec(b)
    gk = b.slot(rticks(rng, glo, ghi, gd), gd, kind='pct')
    verb = '下降' if d == 'down' else '增长'
    line = '%s%s%s%s，同比%s%s。' % (yr(b), name, ph(nk), ub, verb, ph(gk))
    neg_check(b, 'pct_no_base', [nk, gk], None, None, 'growth rate given without last year\'s value')
    return [line]


def pneg_pp_nobase(b):
    rng = b.rng
    rn, lo, hi = rng.choice(b.S['pps'])
    d = pdec(b)
    pk = b.slot(rticks(rng, 0.3, 4.5, d), d, kind='pp')
    if rng.random() < 0.5:
        line = '%s%s较上年提高%s个百分点。' % (yr(b), rn, ph(pk))
        nums = [pk]
    else:
        nk = b.slot(rticks(rng, lo, hi, d), d, kind='pct')
        line = '%s达到%s，提高%s个百分点。' % (rn, ph(nk), ph(pk))
        nums = [nk, pk]
    neg_check(b, 'pp_no_base', nums, '个百分点', None, '个百分点 change without the base-year rate')
    return [line]


def pneg_permille(b):
    rng = b.rng
    bk = b.slot(rticks(rng, 5, 11, 2), 2, kind='pm')
    dk = b.slot(rticks(rng, 5, 9, 2), 2, kind='pm')
    uk = b.slot(rticks(rng, 45, 80, 2), 2, kind='pct')
    line = '%s人口出生率%s，死亡率%s；常住人口城镇化率%s。' % (yr(b), ph(bk), ph(dk), ph(uk))
    neg_check(b, 'permille', [bk, dk, uk], '‰', None, 'per-mille rates next to a percentage; no relation is stated')
    return [line]


def pneg_per_nobase(b):
    rng = b.rng
    p = rng.choice(b.S['pers'])
    vmult = '万' if p['vub'].startswith('万') else ''
    vk = b.slot(rticks(rng, p['vlo'], p['vhi'], p['vd']), p['vd'], vmult)
    ck = b.slot(rticks(rng, p['clo'], p['chi'], p['cdec']), p['cdec'], p['cm'])
    vu = p['vub'][1:] if vmult else p['vub']
    line = '%s%s%s%s，%s达到%s%s。' % (yr(b), p['cn'], ph(ck), p['cub'], p['vn'], ph(vk), vu)
    neg_check(b, 'per_no_base', [ck, vk], None, None, 'average given without the total it is computed from')
    return [line]


GENERIC_PNEG = {'no_base': pneg_no_base, 'unstated': pneg_unstated, 'overlap_shares': pneg_overlap_shares,
                'identifier': pneg_identifier, 'growth_over100': pneg_growth_over100,
                'growth_nobase': pneg_growth_nobase, 'pp_nobase': pneg_pp_nobase, 'permille': pneg_permille,
                'per_nobase': pneg_per_nobase}


def pneg(b, kinds):
    return GENERIC_PNEG[b.rng.choice(kinds)](b)


RATE_NEGS = ['no_base', 'unstated', 'unstated', 'overlap_shares', 'identifier']


def c_rate_after(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, RATE_NEGS)
    r, nk, dk = rate_pair(b)
    u = r['ub']
    rk = b.rate(nk, dk, pdec(b))
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s%s%s，%s%s%s，%s为%s。' % (yr(b), r['den'], ph(dk), u, r['num'], ph(nk), u, r['rn'], ph(rk))
    elif v == 1:
        line = '全年%s%s%s，其中%s%s%s，%s达到%s。' % (r['den'], ph(dk), u, r['num'], ph(nk), u, r['rn'], ph(rk))
    else:
        line = '%s%s%s、%s%s%s，%s%s。' % (r['den'], ph(dk), u, r['num'], ph(nk), u, r['rn'], ph(rk))
    return [line]


def c_rate_before(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, RATE_NEGS)
    r, nk, dk = rate_pair(b)
    u = r['ub']
    rk = b.rate(nk, dk, pdec(b))
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s达到%s，在%s%s%s中，%s%s%s。' % (yr(b), r['rn'], ph(rk), r['den'], ph(dk), u, r['num'], ph(nk), u)
    elif v == 1:
        line = '%s为%s（%s%s%s/%s%s%s）。' % (r['rn'], ph(rk), r['num'], ph(nk), u, r['den'], ph(dk), u)
    else:
        lines = ['%s：%s' % (r['rn'], ph(rk)), '%s：%s%s' % (r['den'], ph(dk), u), '%s：%s%s' % (r['num'], ph(nk), u)]
        return lines
    return [line]


def c_rate_bracket(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, RATE_NEGS)
    r, nk, dk = rate_pair(b)
    u = r['ub']
    rk = b.rate(nk, dk, pdec(b))
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s%s%s，其中%s%s%s（占%s）。' % (yr(b), r['den'], ph(dk), u, r['num'], ph(nk), u, ph(rk))
    elif v == 1:
        line = '%s%s%s，%s%s%s，占比%s。' % (r['den'], ph(dk), u, r['num'], ph(nk), u, ph(rk))
    else:
        line = '%s%s%s（%s%s，%s%s%s）。' % (r['num'], ph(nk), u, r['rn'], ph(rk), r['den'] + '为', ph(dk), u)
    return [line]


def c_two_rates(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, RATE_NEGS)
    r1, r2 = rng.sample(b.S['rates'], 2)
    if r1['den'] == r2['den']:
        raise Retry('same base')
    a = rate_pair(b, r1)
    c = rate_pair(b, r2)
    k1 = b.rate(a[1], a[2], pdec(b))
    k2 = b.rate(c[1], c[2], pdec(b))
    seg = lambda r, nk, dk, rk: '%s%s%s，%s%s%s，%s%s' % (r['den'], ph(dk), r['ub'], r['num'], ph(nk), r['ub'],
                                                         r['rn'], ph(rk))
    line = '%s，%s；%s。' % (yr(b), seg(r1, a[1], a[2], k1), seg(r2, c[1], c[2], k2))
    return [line]


def c_pass_fail(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['no_base', 'unstated', 'identifier'])
    what, u, pn, fn, lo, hi, plo, phi = rng.choice(b.S['passfail'])
    tot = rng.randint(lo, hi)
    ps = int(round(tot * rng.uniform(plo, phi) / 100))
    if ps >= tot:
        raise Retry('pf')
    tk, pk, fk = b.slot(tot, 0, ''), b.slot(ps, 0, ''), b.slot(tot - ps, 0, '')
    d = pdec(b)
    pr = b.rate(pk, tk, d)
    fr = b.rate(fk, tk, d)
    v = rng.randrange(2)
    if v == 0:
        line = '%s%s%s%s，%s%s%s、%s%s%s，%s率%s，%s率%s。' % (yr(b), what, ph(tk), u, pn, ph(pk), u, fn, ph(fk), u,
                                                        pn, ph(pr), fn, ph(fr))
        b.add(rel='sum', parts=[pk, fk], total=tk)
    else:
        line = '%s共%s%s，%s率%s（%s%s）、%s率%s（%s%s）。' % (what, ph(tk), u, pn, ph(pr), ph(pk), u, fn, ph(fr),
                                                        ph(fk), u)
        b.add(rel='sum', parts=[pk, fk], total=tk)
    return [line]


def c_target(b, label):
    rng = b.rng
    task, mult, ub, lo, hi, dec = rng.choice(b.S['targets'])
    tgt = rticks(rng, lo, hi, dec)
    d = pdec(b)
    if label == 'negative':
        if rng.random() < 0.6:
            rk = b.slot(rticks(rng, 85, 135, d), d, kind='pct')
            line = '%s%s任务完成率达到%s。' % (yr(b), task, ph(rk))
            neg_check(b, 'target_no_base', [rk], None, None, 'completion rate with neither target nor result stated')
            return [line]
        return pneg(b, ['no_base', 'identifier'])
    done = int(round(tgt * rng.uniform(0.85, 1.35)))
    tk, dk = b.slot(tgt, dec, mult), b.slot(done, dec, mult)
    rk = b.rate(dk, tk, d, cap=None)
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s年度目标%s%s，实际完成%s%s，完成率%s。' % (yr(b), task, ph(tk), ub, ph(dk), ub, ph(rk))
    elif v == 1:
        line = '%s完成%s%s，为年度任务（%s%s）的%s。' % (task, ph(dk), ub, ph(tk), ub, ph(rk))
    else:
        line = '省下达%s任务%s%s，全年完成%s%s，完成年度任务的%s。' % (task, ph(tk), ub, ph(dk), ub, ph(rk))
    return [line]


def c_per_capita(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['per_nobase', 'per_nobase', 'identifier'])
    p = rng.choice(b.S['pers'])
    ct = rticks(rng, p['clo'], p['chi'], p['cdec'])
    ck = b.slot(ct, p['cdec'], p['cm'])
    per = Fraction(rticks(rng, p['vlo'] * 100, p['vhi'] * 100, 0), 100)
    tot_val = b.val(ck) * per / p['factor']              # in base units
    tt = int(round(tot_val / MULTV[p['tm']] * 10 ** p['tdec']))
    tk = b.slot(tt, p['tdec'], p['tm'])
    vmult = '万' if p['vub'].startswith('万') else ''
    fr = b.val(tk) / b.val(ck) * p['factor'] / MULTV[vmult]
    t, tie = q_ticks(fr, p['vd'])
    if tie:
        raise Retry('tie')
    vk = b.slot(t, p['vd'], vmult)
    vu = p['vub'][1:] if vmult else p['vub']
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s%s%s，%s%s%s，%s%s%s。' % (yr(b), p['tn'], ph(tk), p['tub'], p['cn'], ph(ck), p['cub'], p['vn'],
                                          ph(vk), vu)
    elif v == 1:
        line = '%s%s%s（按%s%s%s计算）。' % (p['vn'], ph(vk), vu, p['cn'], ph(ck), p['cub']) + \
            '%s为%s%s。' % (p['tn'], ph(tk), p['tub'])
    else:
        line = '%s达到%s%s，%s%s%s，%s%s%s。' % (p['tn'], ph(tk), p['tub'], p['cn'], ph(ck), p['cub'],
                                          p['vn'] + '为', ph(vk), vu)
    b.add(rel='per', total=tk, count=ck, value=vk, factor=str(p['factor']))
    return [line]


def shares_of(b, n, d):
    rng = b.rng
    w = [rng.uniform(0.15, 1) for _ in range(n)]
    sw = sum(w)
    exact = [Fraction(x).limit_denominator(10 ** 6) / Fraction(sw).limit_denominator(10 ** 6) * 100 * 10 ** d
             for x in w]
    fl = [math.floor(x) for x in exact]
    rem = 100 * 10 ** d - sum(fl)
    order = sorted(range(n), key=lambda i: exact[i] - fl[i], reverse=True)
    for i in order[:rem]:
        fl[i] += 1
    if any(x <= 0 for x in fl):
        raise Retry('shares')
    return fl


def c_shares_100(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['overlap_shares', 'overlap_shares', 'no_base'])
    t = rng.choice(b.S['sums'])
    d = pdec(b)
    sh = shares_of(b, len(t['parts']), d)
    ks = [b.slot(v, d, kind='pct', cap=100) for v in sh]
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s构成中，%s。' % (yr(b), t['whole'], '，'.join('%s占%s' % (n, ph(k)) for n, k in zip(t['parts'], ks)))
    elif v == 1:
        line = '从结构看，%s分别占%s的%s。' % ('、'.join(t['parts']), t['whole'], '、'.join(ph(k) for k in ks))
    else:
        lines = ['%s结构（%%）' % t['whole']] + ['%s  %s' % (n, ph(k)) for n, k in zip(t['parts'], ks)]
        b.add(rel='share_sum', parts=ks)
        return lines
    b.add(rel='share_sum', parts=ks)
    return [line]


def pp_pair(b):
    rng = b.rng
    rn, lo, hi = rng.choice(b.S['pps'])
    d = rng.choice([1, 1, 2])
    old = rticks(rng, lo, hi, d)
    delta = rticks(rng, 0.3, 4.5, d) * rng.choice([1, 1, -1])
    new = old + delta
    if new <= 0 or new >= 100 * 10 ** d:
        raise Retry('pp')
    ok_ = b.slot(old, d, kind='pct')
    nk = b.slot(new, d, kind='pct')
    pk = b.slot(abs(delta), d, kind='pp')
    direction = 'up' if delta > 0 else 'down'
    b.add(rel='pp', old=ok_, new=nk, value=pk, dir=direction)
    return rn, ok_, nk, pk, direction


def c_pp_both(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['pp_nobase', 'pp_nobase', 'no_base'])
    rn, ok_, nk, pk, d = pp_pair(b)
    verb = rng.choice(['提高', '上升']) if d == 'up' else rng.choice(['下降', '降低'])
    verb2 = '提高' if d == 'up' else '下降'
    v = rng.randrange(3)
    if v == 0:
        line = '%s由%d年的%s%s到%s，%s%s个百分点。' % (rn, b.year - 1, ph(ok_), verb2, ph(nk), verb, ph(pk))
    elif v == 1:
        line = '%s%s为%s，比上年的%s%s%s个百分点。' % (yr(b), rn, ph(nk), ph(ok_), verb, ph(pk))
    else:
        line = '%s%s（上年%s），%s%s个百分点。' % (rn, ph(nk), ph(ok_), verb, ph(pk))
    return [line]


def c_pp_combo(b, label):
    """a rate recomputed from counts plus a 个百分点 change against last year's rate."""
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['pp_nobase', 'no_base', 'unstated'])
    r, nk, dk = rate_pair(b)
    d = rng.choice([1, 2])
    rk = b.rate(nk, dk, d)
    cur = b.slots[rk].ticks
    delta = rticks(rng, 0.3, 4.0, d) * rng.choice([1, 1, -1])
    old = cur - delta
    if old <= 0 or old >= 100 * 10 ** d:
        raise Retry('ppc')
    ok_ = b.slot(old, d, kind='pct')
    pk = b.slot(abs(delta), d, kind='pp')
    direction = 'up' if delta > 0 else 'down'
    b.add(rel='pp', old=ok_, new=rk, value=pk, dir=direction)
    verb = '提高' if direction == 'up' else '下降'
    line = '%s%s%s%s，%s%s%s，%s%s，较上年的%s%s%s个百分点。' % (
        yr(b), r['den'], ph(dk), r['ub'], r['num'], ph(nk), r['ub'], r['rn'], ph(rk), ph(ok_), verb, ph(pk))
    return [line]


def c_growth_both(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['growth_over100', 'growth_nobase'])
    name, mult, ub, dec, old, new, _ = growth_pair(b)
    ok_, nk = b.slot(old, dec, mult), b.slot(new, dec, mult)
    gk, d = b.growth(ok_, nk, pdec(b))
    verb = rng.choice(['增长', '增加']) if d == 'up' else rng.choice(['下降', '减少'])
    v = rng.randrange(3)
    if v == 0:
        line = '%s%s%s%s，较上年的%s%s%s%s。' % (yr(b), name, ph(nk), ub, ph(ok_), ub, verb, ph(gk))
    elif v == 1:
        line = '%d年%s为%s%s，%d年为%s%s，%s%s。' % (b.year, name, ph(nk), ub, b.year - 1, ph(ok_), ub,
                                              '同比' + verb, ph(gk))
    else:
        line = '%s从%s%s%s到%s%s，%s幅度为%s。' % (name, ph(ok_), ub, '增加' if d == 'up' else '减少', ph(nk), ub,
                                           '增长' if d == 'up' else '下降', ph(gk))
    return [line]


def c_tongqi(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['growth_nobase', 'growth_over100', 'identifier'])
    name, mult, ub, dec, old, new, _ = growth_pair(b)
    ok_, nk = b.slot(old, dec, mult), b.slot(new, dec, mult)
    gk, d = b.growth(ok_, nk, pdec(b))
    verb = '增长' if d == 'up' else '下降'
    per = rng.choice(['1—%d月' % rng.randint(3, 11), '上半年', '前三季度', '全年'])
    v = rng.randrange(2)
    if v == 0:
        line = '%s%s%s%s%s，上年同期为%s%s，同比%s%s。' % (b.year, '年' + per, name, ph(nk), ub, ph(ok_), ub, verb, ph(gk))
    else:
        line = '%s%s同比%s%s，达到%s%s（上年同期%s%s）。' % (per, name, verb, ph(gk), ph(nk), ub, ph(ok_), ub)
    return [line]


def c_growth_multi(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['growth_over100', 'growth_nobase'])
    g1, g2 = rng.sample(b.S['growths'], 2)
    segs = []
    for g in (g1, g2):
        name, mult, ub, dec, old, new, _ = growth_pair(b, g)
        ok_, nk = b.slot(old, dec, mult), b.slot(new, dec, mult)
        gk, d = b.growth(ok_, nk, pdec(b))
        segs.append('%s%s%s，比上年%s%s%s%s' % (name, ph(nk), ub, ph(ok_), ub, '增长' if d == 'up' else '下降', ph(gk)))
    return ['%s，%s；%s。' % (yr(b), segs[0], segs[1])]


def c_table_share(b, label):
    rng = b.rng
    S = rng.choice(['\t', ' | ', '｜'])
    t = rng.choice(b.S['sums'])
    unit = t['mult'] + t['ub']
    d = pdec(b)
    if label == 'negative':
        r = rng.sample(b.S['rates'], min(3, len(b.S['rates'])))
        ks = [b.slot(rticks(rng, x['plo'], x['phi'], d), d, kind='pct') for x in r]
        lines = [S.join(['指标', '%d年' % b.year])] + [S.join([x['rn'], ph(k)]) for x, k in zip(r, ks)]
        neg_check(b, 'pct_no_base', ks, None, None, 'table of rates with no base columns')
        return lines
    pk, tk = mk_sum(b, t, mult='')
    b.add(rel='sum', parts=pk, total=tk)
    sks = []
    for k in pk:
        fr = b.val(k) * 100 / b.val(tk)
        tt, tie = q_ticks(fr, d)
        if tie:
            raise Retry('tie')
        sk = b.slot(tt, d, kind='pct', fmt='plain')
        b.add(rel='rate', num=k, den=tk, value=sk)
        sks.append(sk)
    head = S.join(['类别', '%s（%s）' % (t['whole'], unit), '占比'])
    rows = [S.join([n, ph(k), ph(s)]) for n, k, s in zip(t['parts'], pk, sks)]
    tot = S.join(['合计', ph(tk), '—'])
    return [head] + rows + [tot]


def c_rate_with_sum(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['overlap_shares', 'no_base', 'unstated'])
    t = rng.choice(b.S['sums'])
    pk, tk = mk_sum(b, t)
    b.add(rel='sum', parts=pk, total=tk)
    i = rng.randrange(len(pk))
    rk = b.rate(pk[i], tk, pdec(b))
    u = U(t)
    lst = '、'.join('%s%s%s%s' % (n, ph(k), u, '（占%s）' % ph(rk) if j == i else '')
                   for j, (n, k) in enumerate(zip(t['parts'], pk)))
    line = '%s%s%s%s，其中%s。' % (yr(b), t['whole'], ph(tk), u, lst)
    return [line]


def c_mix_growth_rate(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['growth_over100', 'overlap_shares', 'growth_nobase'])
    t = rng.choice([x for x in b.S['sums'] if x['dec'] or x['hi'] > 500])
    pk, tk = mk_sum(b, t, with_total=True)
    cur = b.slots[tk].ticks
    old = int(cur / rng.uniform(0.9, 1.12))
    if old == cur:
        raise Retry('mg')
    ok_ = b.slot(old, t['dec'], t['mult'])
    gk, d = b.growth(ok_, tk, pdec(b))
    i = rng.randrange(len(pk))
    rk = b.rate(pk[i], tk, pdec(b))
    u = U(t)
    line = '%s%s%s%s，比上年（%s%s）%s%s；其中%s%s%s，占%s。' % (
        yr(b), t['whole'], ph(tk), u, ph(ok_), u, '增长' if d == 'up' else '下降', ph(gk), t['parts'][i], ph(pk[i]),
        u, ph(rk))
    return [line]


def c_permille(b, label):
    rng = b.rng
    if label == 'negative':
        return pneg(b, ['permille', 'permille', 'identifier'])
    d = 2
    br = rticks(rng, 5.5, 11, d)
    dr = rticks(rng, 5, 9, d)
    if dr >= br:
        br, dr = dr + 40, br
    bk, dk = b.slot(br, d, kind='pm'), b.slot(dr, d, kind='pm')
    nk = b.slot(br - dr, d, kind='pm')
    v = rng.randrange(2)
    if v == 0:
        line = '%s，%s人口出生率为%s，死亡率为%s，自然增长率为%s。' % (yr(b), area(b), ph(bk), ph(dk), ph(nk))
    else:
        line = '全年人口自然增长率%s（出生率%s、死亡率%s）。' % (ph(nk), ph(bk), ph(dk))
    b.add(rel='balance', plus=[bk], minus=[dk], result=nk)
    return [line]


# =====================================================================================
#                                       STYLES
# =====================================================================================

TOTALS_CONS = [
    ('qizhong_list', c_qizhong), ('heji_after_parts', c_heji_after), ('fenbiewei_names', c_fenbiewei),
    ('bracket_parts', c_brackets), ('header_total_lines', c_header_lines), ('flat_table', c_table_flat),
    ('two_year_table', c_table_two_years), ('numbered_items_count', c_numbered_items),
    ('named_units_count', c_named_list), ('balance_flow', c_balance), ('from_to_change', c_from_to),
    ('yoy_difference', c_yoy_diff), ('subtotals_grand', c_subtotals), ('quarters_year', c_quarters),
    ('separate_sentences', c_sentences), ('male_female', c_male_female), ('yi_wan_mix', c_wan_yi),
]
PCT_CONS = [
    ('rate_after_numbers', c_rate_after), ('rate_before_numbers', c_rate_before),
    ('rate_in_brackets', c_rate_bracket), ('two_rates_two_bases', c_two_rates), ('pass_fail_rates', c_pass_fail),
    ('target_completion', c_target), ('per_capita', c_per_capita), ('shares_to_100', c_shares_100),
    ('pp_both_rates', c_pp_both), ('rate_and_pp', c_pp_combo), ('growth_both_years', c_growth_both),
    ('same_period_last_year', c_tongqi), ('two_growths', c_growth_multi), ('share_column_table', c_table_share),
    ('part_share_in_list', c_rate_with_sum), ('growth_and_share', c_mix_growth_rate),
]
NUMFMTS = ['plain', 'comma', 'cn', 'cncomma', 'full', 'space', 'plain', 'comma']
TABLE_SEP_CYCLE = ['tab', 'pipe', 'fwpipe', 'spaces', 'tab']
FMT_OK = {'flat_table': ('plain', 'comma'), 'two_year_table': ('plain', 'comma'),
          'yi_wan_mix': ('plain',), 'numbered_items_count': ('plain',), 'named_units_count': ('plain',)}


def build_styles():
    styles = []
    for ci, (cname, fn) in enumerate(TOTALS_CONS):
        for si, src in enumerate(SRC_ORDER):
            fmt = NUMFMTS[(ci + si) % len(NUMFMTS)]
            if cname in FMT_OK and fmt not in FMT_OK[cname]:
                fmt = FMT_OK[cname][(ci + si) % len(FMT_OK[cname])]
            kw = {}
            if cname == 'flat_table':
                kw['sep'] = TABLE_SEP_CYCLE[si]
                name = 'tot_%s_%s_%s' % (cname, kw['sep'], src)
            else:
                name = 'tot_%s_%s' % (cname, src)
            styles.append(dict(name=name, family='totals', fn=fn, src=src, fmt=fmt, kw=kw))
    for ci, (cname, fn) in enumerate(PCT_CONS):
        for si, src in enumerate(SRC_ORDER):
            fmt = NUMFMTS[(ci + si) % len(NUMFMTS)]
            if fmt == 'cn':
                fmt = 'plain'
            styles.append(dict(name='pct_%s_%s' % (cname, src), family='pct', fn=fn, src=src, fmt=fmt, kw={}))
    styles.append(dict(name='pct_permille_vital_rates_pop', family='pct', fn=c_permille, src='pop', fmt='plain', kw={}))
    styles.append(dict(name='pct_fullwidth_rates_pop', family='pct', fn=c_rate_after, src='pop', fmt='full', kw={}))
    styles.append(dict(name='pct_fullwidth_rates_sport', family='pct', fn=c_rate_bracket, src='sport', fmt='full', kw={}))
    styles.append(dict(name='tot_chinese_numerals_sport', family='totals', fn=c_qizhong, src='sport', fmt='cn', kw={}))
    return styles


def gen_record(st, rng, label, seed, idx):
    S = SOURCES[st['src']]
    for attempt in range(200):
        year = rng.randint(2019, 2024)
        b = B(rng, st['fmt'], S, year)
        try:
            lines = st['fn'](b, label, **st['kw'])
            note = b.note
            if label == 'inconsistent':
                note = b.make_inconsistent(st['family'])
            elif label == 'consistent':
                rels = Counter(c['rel'] for c in b.checks)
                note = 'all relations hold: ' + ', '.join('%s×%d' % (k, v) for k, v in sorted(rels.items()))
            strings = {k: s.render() for k, s in b.slots.items()}
            body = [ln.format(**strings) for ln in lines]
            room = 8 - len(body)
            if room < 0:
                raise Retry('too many lines')
            pre = rng.randint(0, min(2, room))
            post = rng.randint(0, min(2, room - pre))
            kinds = rng.sample(range(9), pre + post)
            ctx = [context_line(rng, S, year, c) for c in kinds]
            text_lines = ctx[:pre] + body + ctx[pre:]
            rec = dict(id='n46-s%d-%05d' % (seed, idx), family=st['family'], style=st['name'], label=label,
                       text='\n'.join(text_lines), note=note, checks=b.render_checks(strings))
            derived, errs = v_record(rec)
            if errs or derived != label:
                raise Retry('self-check: %s %s' % (derived, errs[:2]))
            return rec
        except Retry:
            continue
    raise RuntimeError('could not generate %s/%s' % (st['name'], label))


def generate(seed, out):
    styles = build_styles()
    recs = []
    for st in styles:
        rng = random.Random('numbers46|%d|%s' % (seed, st['name']))
        n = rng.randint(15, 20)
        nc = round(0.4 * n)
        ni = round(0.4 * n)
        labels = ['consistent'] * nc + ['inconsistent'] * ni + ['negative'] * (n - nc - ni)
        rng.shuffle(labels)
        for lab in labels:
            recs.append((st, lab, rng))
    out_recs = []
    for i, (st, lab, rng) in enumerate(recs):
        out_recs.append(gen_record(st, rng, lab, seed, i))
    with open(out, 'w', encoding='utf-8') as f:
        for r in out_recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cnt = Counter((r['family'], r['label']) for r in out_recs)
    print('wrote %s: %d records, %d styles' % (out, len(out_recs), len(styles)))
    for k in sorted(cnt):
        print('  %s %s %d' % (k[0], k[1], cnt[k]))


def style_table(path):
    rows = defaultdict(lambda: dict(family='', c=Counter(), ex=None))
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            row = rows[r['style']]
            row['family'] = r['family']
            row['c'][r['label']] += 1
            if row['ex'] is None and r['label'] == 'consistent':
                body = [ln for ln in r['text'].split('\n')]
                lit = r['checks'][0]
                nums = [x for x in (lit.get('total'), lit.get('value'), lit.get('count'), lit.get('result'))
                        if isinstance(x, str)]
                pick = next((ln for ln in body if any(n in ln for n in nums)), body[0])
                row['ex'] = pick
    print('| style | family | consistent | inconsistent | negative | example (a consistent record) |')
    print('|---|---|---|---|---|---|')
    for name, row in rows.items():
        ex = (row['ex'] or '').replace('|', '\\|').replace('\t', ' ⇥ ')
        if len(ex) > 90:
            ex = ex[:90] + '…'
        print('| %s | %s | %d | %d | %d | %s |' % (name, row['family'], row['c']['consistent'],
                                                   row['c']['inconsistent'], row['c']['negative'], ex))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.style_table:
        style_table(a.style_table)
        return
    if a.seed is None or not a.out:
        ap.error('need --seed and --out (or --verify FILES)')
    generate(a.seed, a.out)


if __name__ == '__main__':
    main()
