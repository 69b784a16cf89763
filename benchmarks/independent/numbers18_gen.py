#!/usr/bin/env python3
"""numbers18_gen.py -- held-out test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes/parts, differences, changes, counts) and `pct` (rates, shares, growth,
percentage points, malformed percentages).  Standard library only, Python 3.11.

  python3 numbers18_gen.py --seed 11 --out numbers18_seed11.jsonl
  python3 numbers18_gen.py --verify numbers18_seed11.jsonl numbers18_seed12.jsonl
  python3 numbers18_gen.py --style-table numbers18_seed11.jsonl > table.md

Every record carries `checks`: the relations the text states, with every number as it is written
(`s`) and its value (`v`).  --verify re-parses each `s` with its own parser (independent of the
formatter used to write it), finds it in the text, recomputes each relation and checks the label:
consistent -> all relations hold; inconsistent -> exactly one fails; negative -> only look-alikes.
"""
import argparse
import hashlib
import json
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

getcontext().prec = 40

# ============================================================================ formatting (writer side)
FW_TABLE = str.maketrans('0123456789.', '０１２３４５６７８９．')
ZH_DIG = '零一二三四五六七八九'


class Retry(Exception):
    pass


def zh_int(n, liang=False):
    """Write a non-negative integer (< 10^8) in Chinese numerals."""
    if n == 0:
        return '零'

    def four(x, lead):
        out, pending_zero, started = '', False, False
        for unit, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d = (x // unit) % 10
            if d == 0:
                if started:
                    pending_zero = True
                continue
            if pending_zero:
                out += '零'
                pending_zero = False
            if d == 1 and unit == 10 and not started and lead:
                out += '十'
            elif d == 2 and unit in (1000, 100) and liang and not started:
                out += '两' + name
            else:
                out += ZH_DIG[d] + name
            started = True
        return out

    hi, lo = divmod(n, 10000)
    if hi:
        s = four(hi, True) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += four(lo, False)
        return s
    return four(lo, True)


def _group(intpart, sep):
    rev = intpart[::-1]
    chunks = [rev[i:i + 3] for i in range(0, len(rev), 3)]
    return sep.join(c[::-1] for c in chunks[::-1])


def render(v, dec=0, mode='a'):
    v = D(v)
    q = v.quantize(D(1).scaleb(-dec))
    if q != v:
        raise ValueError('value %s not representable with %d decimals' % (v, dec))
    if mode in ('zh', 'zhl'):
        if dec or v != int(v) or v < 0:
            raise ValueError('zh numerals need a non-negative integer')
        return zh_int(int(v), liang=(mode == 'zhl'))
    base = f'{q:.{dec}f}'
    if mode in ('c', 'fc', 'sp') and abs(v) >= 1000:
        ip, _, fp = base.partition('.')
        sep = {'c': ',', 'fc': '，', 'sp': ' '}[mode]
        base = _group(ip, sep) + ('.' + fp if fp else '')
    if mode == 'fw':
        base = base.translate(FW_TABLE)
    return base


class T:
    """A number as written in the text."""

    def __init__(self, v, dec=0, mode='a', surface=None):
        self.v = D(v)
        self.dec = dec
        self.s = surface if surface is not None else render(self.v, dec, mode)

    def __str__(self):
        return self.s

    def __add__(self, other):
        return self.s + str(other)

    def __radd__(self, other):
        return str(other) + self.s

    def j(self):
        return {'s': self.s, 'v': format(self.v, 'f')}


def TW(v, dec=2, unit='万'):
    """value v (base units) written as x.xx万 / x.xx亿"""
    f = D(10000) if unit == '万' else D(100000000)
    disp = (D(v) / f)
    return T(v, surface=render(disp.quantize(D(1).scaleb(-dec)) if disp.quantize(D(1).scaleb(-dec)) == disp else _bad(), dec) + unit)


def _bad():
    raise Retry('not representable')


def P(v, dec=1, pct='%', fw=False):
    v = D(v).quantize(D(1).scaleb(-dec))
    s = f'{v:.{dec}f}'
    if fw:
        s = s.translate(FW_TABLE)
    return T(v, dec, surface=s + pct)


def rnd(x, dec):
    return D(x).quantize(D(1).scaleb(-dec), ROUND_HALF_UP)


def safe_rnd(x, dec):
    x = D(x)
    a = x.quantize(D(1).scaleb(-dec), ROUND_HALF_UP)
    b = x.quantize(D(1).scaleb(-dec), ROUND_HALF_EVEN)
    if a != b:
        raise Retry('half boundary')
    return a


def rdec(r, lo, hi, dec=0):
    u = 10 ** dec
    return D(r.randint(int(lo * u), int(hi * u))) / u


def bump(r, v, dec=0, frac=(0.04, 0.22), minunits=1, up=None):
    unit = D(1).scaleb(-dec)
    units = int(abs(D(v)) / unit * D(str(round(r.uniform(*frac), 4))))
    units = max(units, minunits if dec == 0 else max(minunits, 3))
    sign = r.choice([1, -1]) if up is None else (1 if up else -1)
    nv = D(v) + sign * units * unit
    if nv <= 0:
        nv = D(v) + units * unit
    return nv.quantize(unit)


def wrong_pct(r, true_rounded, dec, hi=None):
    if dec == 0:
        off = D(r.randint(2, 6))
    else:
        off = rnd(D(str(r.uniform(0.6, 3.8))), dec)
    up = r.random() < 0.5
    if hi is not None and true_rounded + off > hi:
        up = False
    if true_rounded - off <= 0:
        up = True
    return true_rounded + off if up else true_rounded - off


def pick_mode(r, big=False, allow_zh=False, weights=None):
    opts = [('a', 70), ('fw', 8)]
    if big:
        opts += [('c', 12), ('sp', 4), ('fc', 2)]
    if allow_zh:
        opts += [('zh', 6)]
    tot = sum(w for _, w in opts)
    x = r.uniform(0, tot)
    for m, w in opts:
        x -= w
        if x <= 0:
            return m
    return 'a'


# ============================================================================ checks (writer side)
def ck_sum(total, parts):
    return {'rel': 'sum', 'total': total.j(), 'parts': [p.j() for p in parts],
            'holds': total.v == sum((p.v for p in parts), D(0))}


def ck_diff(a, b, c):
    return {'rel': 'diff', 'a': a.j(), 'b': b.j(), 'c': c.j(), 'holds': a.v - b.v == c.v}


def ck_change(old, new, delta, direction):
    real = new.v - old.v if direction == 'inc' else old.v - new.v
    return {'rel': 'change', 'old': old.j(), 'new': new.j(), 'delta': delta.j(), 'dir': direction,
            'holds': real == delta.v}


def ck_balance(start, adds, subs, end):
    real = start.v + sum((a.v for a in adds), D(0)) - sum((s.v for s in subs), D(0))
    return {'rel': 'balance', 'start': start.j(), 'adds': [a.j() for a in adds], 'subs': [s.j() for s in subs],
            'end': end.j(), 'holds': real == end.v}


def ck_product(a, b, c):
    return {'rel': 'product', 'a': a.j(), 'b': b.j(), 'c': c.j(), 'holds': a.v * b.v == c.v}


def ck_count(n, items):
    return {'rel': 'count', 'n': n.j(), 'items': list(items), 'holds': n.v == len(items)}


def ck_avg(total, count, avg, factor=1):
    real = D(total.v) * D(factor) / count.v
    return {'rel': 'avg', 'total': total.j(), 'count': count.j(), 'avg': avg.j(), 'factor': str(factor),
            'holds': rnd(real, avg.dec) == avg.v}


def ck_rate(num, den, pct, scale=100):
    real = num.v / den.v * scale
    return {'rel': 'rate', 'num': num.j(), 'den': den.j(), 'pct': pct.j(), 'scale': scale,
            'holds': rnd(real, pct.dec) == pct.v}


def ck_pctchg(old, new, pct, direction):
    real = (new.v - old.v) / old.v * 100
    if direction == 'dec':
        real = -real
    return {'rel': 'pct_change', 'old': old.j(), 'new': new.j(), 'pct': pct.j(), 'dir': direction,
            'holds': real > 0 and rnd(real, pct.dec) == pct.v}


def ck_pp(old, new, delta, direction):
    real = new.v - old.v if direction == 'inc' else old.v - new.v
    return {'rel': 'pp_change', 'old': old.j(), 'new': new.j(), 'delta': delta.j(), 'dir': direction,
            'holds': real == delta.v}


def ck_shares(shares, exhaustive):
    s = sum((x.v for x in shares), D(0))
    dec = max(x.dec for x in shares)
    tol = D(len(shares)) * D('0.5') * D(1).scaleb(-dec)
    holds = abs(s - 100) <= tol if exhaustive else s <= 100 + tol
    return {'rel': 'share_sum', 'shares': [x.j() for x in shares], 'exhaustive': exhaustive, 'holds': holds}


def ck_fmt(surface):
    return {'rel': 'pct_format', 's': surface, 'holds': False}


def ck_look(kind, marker, nums=()):
    return {'rel': 'lookalike', 'kind': kind, 'marker': marker, 'nums': [n.j() for n in nums], 'holds': True}


# ============================================================================ verifier (independent)
# The verifier never uses render()/zh_int()/T: it parses the written surface itself.
_V_FW = {ord(c): ord(a) for c, a in zip('０１２３４５６７８９．', '0123456789.')}
_V_ZD = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
_V_ZU = {'十': 10, '百': 100, '千': 1000}
_V_ZH_RE = re.compile(r'[零〇一二两三四五六七八九十百千万亿]+')
DIGS = set('0123456789０１２３４５６７８９')
ZHN = set('零〇一二两三四五六七八九十百千万亿')


def v_zh(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in _V_ZD:
            num = _V_ZD[ch]
        elif ch in _V_ZU:
            if num == 0 and ch == '十':
                num = 1
            section += num * _V_ZU[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == '亿':
            total = (total + section + num) * 100000000
            section, num = 0, 0
        else:
            raise ValueError(s)
    return D(total + section + num)


def v_num(s):
    t = s.translate(_V_FW)
    mag = D(1)
    if t.endswith('万') and not _V_ZH_RE.fullmatch(t):
        mag, t = D(10000), t[:-1]
    elif t.endswith('亿') and not _V_ZH_RE.fullmatch(t):
        mag, t = D(100000000), t[:-1]
    if _V_ZH_RE.fullmatch(t):
        return v_zh(t) * mag
    if re.fullmatch(r'\d{1,3}(?:([,， ])\d{3})(?:\1\d{3})*(?:\.\d+)?', t):
        t = re.sub(r'[,， ]', '', t)
    if not re.fullmatch(r'\d+(?:\.\d+)?', t):
        raise ValueError('unparseable number %r' % s)
    return D(t) * mag


def v_pct(s):
    """well-formed percentage surface -> (value, decimals); raise on malformed"""
    t = s.translate(_V_FW)
    if t.startswith('百分之'):
        body = t[3:]
        if not _V_ZH_RE.fullmatch(body):
            raise ValueError('malformed %r' % s)
        return v_zh(body), 0
    m = re.fullmatch(r'(\d+)(?:\.(\d+))?[%％‰]', t)
    if not m:
        raise ValueError('malformed percentage %r' % s)
    return D(t[:-1]), len(m.group(2) or '')


def v_plain_dec(s):
    t = s.translate(_V_FW)
    m = re.fullmatch(r'(\d+)(?:\.(\d+))?', t)
    if not m:
        raise ValueError(s)
    return D(t), len(m.group(2) or '')


MALFORMED_RES = [
    re.compile(r'[0-9０-９][ \u3000\u00a0\t]+[%％]'),
    re.compile(r'(?<![0-9０-９.．])[%％][0-9０-９]'),
    re.compile(r'[%％]{2,}'),
    re.compile(r'[xX×＊*]+[%％]'),
    re.compile(r'[0-9０-９][.．]{2,}[0-9０-９]'),
    re.compile(r'[0-9０-９]。[0-9０-９]+[%％]'),
    re.compile(r'百分之[^，。；、\n]{0,12}[%％]'),
]


def v_malformed_spans(text):
    spans = []
    for rx in MALFORMED_RES:
        for m in rx.finditer(text):
            spans.append((m.start(), m.end()))
    spans.sort()
    merged = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def v_occurs(s, text):
    """s occurs in text as a whole number (not inside a longer number)."""
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        start = i + 1
        j = i + len(s)
        b = text[i - 1] if i > 0 else ''
        a = text[j] if j < len(text) else ''
        first, last = s[0], s[-1]
        if first in DIGS:
            if b in DIGS or b in '.．':
                continue
            if b in ',， ' and i >= 2 and text[i - 2] in DIGS and re.match(r'[0-9０-９]{3}(?![0-9０-９])', s):
                continue
        if first in ZHN and b in ZHN:
            continue
        if last in DIGS:
            if a in DIGS:
                continue
            if a in '.．' and j + 1 < len(text) and text[j + 1] in DIGS:
                continue
            if a in ',， ' and re.match(r'[0-9０-９]{3}(?![0-9０-９])', text[j + 1:j + 5]):
                continue
        if last in ZHN and a in ZHN:
            continue
        return True


class VErr(Exception):
    pass


def _num(o, text, pct=False, plain_dec=False):
    s, v = o['s'], D(o['v'])
    if pct:
        pv, dec = v_pct(s)
    elif plain_dec:
        pv, dec = v_plain_dec(s)
    else:
        pv, dec = v_num(s), None
    if pv != v:
        raise VErr('value mismatch %r parsed %s stored %s' % (s, pv, v))
    if not v_occurs(s, text):
        raise VErr('number %r not found as a whole number in text' % s)
    return pv, dec


def _pnum(o, text):
    if o['s'][-1] in '%％‰' or o['s'].startswith('百分之'):
        return _num(o, text, pct=True)
    return _num(o, text, plain_dec=True)


def v_check(c, text):
    """recompute one check; returns whether the relation holds (independent of c['holds'])."""
    rel = c['rel']
    if rel == 'sum':
        t, _ = _num(c['total'], text)
        ps = [_num(p, text)[0] for p in c['parts']]
        if len(ps) < 2:
            raise VErr('sum with fewer than 2 parts')
        return sum(ps, D(0)) == t, t - sum(ps, D(0))
    if rel == 'diff':
        a, b, cc = (_num(c[k], text)[0] for k in ('a', 'b', 'c'))
        return a - b == cc, a - b - cc
    if rel == 'change':
        o, n, d = (_num(c[k], text)[0] for k in ('old', 'new', 'delta'))
        real = n - o if c['dir'] == 'inc' else o - n
        return real == d, real - d
    if rel == 'balance':
        s0 = _num(c['start'], text)[0]
        e = _num(c['end'], text)[0]
        adds = [_num(x, text)[0] for x in c['adds']]
        subs = [_num(x, text)[0] for x in c['subs']]
        real = s0 + sum(adds, D(0)) - sum(subs, D(0))
        return real == e, real - e
    if rel == 'product':
        a, b, cc = (_num(c[k], text)[0] for k in ('a', 'b', 'c'))
        return a * b == cc, a * b - cc
    if rel == 'count':
        n = _num(c['n'], text)[0]
        for it in c['items']:
            if it not in text:
                raise VErr('count item %r not in text' % it)
        if len(set(c['items'])) != len(c['items']):
            raise VErr('duplicate count items')
        return n == len(c['items']), n - len(c['items'])
    if rel == 'avg':
        t = _num(c['total'], text)[0]
        n = _num(c['count'], text)[0]
        a, adec = _num(c['avg'], text, plain_dec=True)
        real = t * D(c['factor']) / n
        q = real.quantize(D(1).scaleb(-adec), ROUND_HALF_UP)
        return q == a, real - a
    if rel == 'rate':
        num = _num(c['num'], text)[0]
        den = _num(c['den'], text)[0]
        p, pdec = _pnum(c['pct'], text)
        scale = D(c.get('scale', 100))
        if scale == 1000 and not c['pct']['s'].endswith('‰'):
            raise VErr('per-mille rate without ‰')
        real = num / den * scale
        return real.quantize(D(1).scaleb(-pdec), ROUND_HALF_UP) == p, real - p
    if rel == 'pct_change':
        o = _num(c['old'], text)[0]
        n = _num(c['new'], text)[0]
        p, pdec = _pnum(c['pct'], text)
        real = (n - o) / o * 100
        if c['dir'] == 'dec':
            real = -real
        return real > 0 and real.quantize(D(1).scaleb(-pdec), ROUND_HALF_UP) == p, real - p
    if rel == 'pp_change':
        o = _num(c['old'], text, pct=c['old']['s'][-1] in '%％', plain_dec=c['old']['s'][-1] not in '%％')[0]
        n = _num(c['new'], text, pct=c['new']['s'][-1] in '%％', plain_dec=c['new']['s'][-1] not in '%％')[0]
        d = _num(c['delta'], text, plain_dec=True)[0]
        if '百分点' not in text:
            raise VErr('pp change without 百分点')
        real = n - o if c['dir'] == 'inc' else o - n
        return real == d, real - d
    if rel == 'share_sum':
        vals, decs = [], []
        for x in c['shares']:
            if x['s'][-1] in '%％':
                v, d = _num(x, text, pct=True)
            else:
                v, d = _num(x, text, plain_dec=True)
            vals.append(v)
            decs.append(d)
        s = sum(vals, D(0))
        tol = D(len(vals)) * D('0.5') * D(1).scaleb(-max(decs))
        if c['exhaustive']:
            return abs(s - 100) <= tol, s - 100
        return s <= 100 + tol, s - 100
    if rel == 'pct_format':
        s = c['s']
        if s not in text:
            raise VErr('malformed surface %r not in text' % s)
        ok = True
        try:
            v_pct(s)
        except ValueError:
            ok = False
        if ok:
            raise VErr('surface %r is a well-formed percentage' % s)
        if not any(re.search(rx, s) for rx in MALFORMED_RES) and not v_malformed_spans(text):
            raise VErr('malformed surface %r not caught by text scan' % s)
        return False, None
    if rel == 'lookalike':
        if c['marker'] not in text:
            raise VErr('look-alike marker %r not in text' % c['marker'])
        vals = []
        for x in c['nums']:
            if x['s'][-1] in '%％‰':
                vals.append(_num(x, text, pct=True)[0])
            else:
                vals.append(_num(x, text)[0])
        k = c['kind']
        if k in ('overlap', 'approx_total', 'partial_deng', 'selection', 'threshold_nested', 'single_subset',
                 'excluded_part', 'cumulative_vs_new'):
            if len(vals) < 2:
                raise VErr('look-alike %s needs a whole and parts' % k)
            whole, parts = vals[0], vals[1:]
            sp = sum(parts, D(0))
            if sp == whole:
                raise VErr('look-alike %s parts add up exactly: it would be a real relation' % k)
            if k in ('partial_deng', 'selection', 'single_subset', 'threshold_nested', 'cumulative_vs_new') and sp >= whole and k != 'threshold_nested':
                raise VErr('look-alike %s parts exceed whole' % k)
            if k == 'approx_total' and abs(sp - whole) > whole * D('0.12'):
                raise VErr('approximate total too far from parts')
        if k == 'approx_rate':
            num, den, p = vals
            real = num / den * 100
            if c['marker'] in ('约', '近') and abs(real - p) > 1:
                raise VErr('approximate rate too far from %s' % real)
            if c['marker'] == '近' and real >= p:
                raise VErr('近 rate should be below the stated figure')
            if c['marker'] == '以上' and real < p:
                raise VErr('以上 rate below the stated threshold')
        if k in ('growth_over_100', 'over_target') and not any(v > 100 for v in vals):
            raise VErr('%s without a value above 100' % k)
        if k == 'multi_choice' and sum(vals, D(0)) <= 100:
            raise VErr('multi-choice shares should exceed 100 to be a trap')
        if k == 'overlap_shares' and sum(vals, D(0)) <= 100:
            raise VErr('overlapping shares should exceed 100 to be a trap')
        return True, None
    raise VErr('unknown rel %r' % rel)


TOL_MIN = {'rate': D('0.3'), 'pct_change': D('0.3'), 'share_sum': D('1.0'), 'avg': D('0.5')}


def verify_record(rec, seen_ids=None):
    errs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            return ['missing field %s' % k]
    if rec['family'] not in ('totals', 'pct'):
        errs.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        errs.append('bad label')
    if not re.fullmatch(r'n18-(totals|pct)-\d{6}', rec['id']) or rec['id'].split('-')[1] != rec['family']:
        errs.append('bad id')
    if seen_ids is not None:
        if rec['id'] in seen_ids:
            errs.append('duplicate id')
        seen_ids.add(rec['id'])
    if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)*', rec['style']):
        errs.append('style not snake_case')
    text = rec['text']
    nl = len(text.split('\n'))
    if not 1 <= nl <= 8:
        errs.append('text has %d lines' % nl)
    if '\n' in rec['note'] or not rec['note'].strip():
        errs.append('note must be one line')
    fails, looks, real_checks, fmt_fail = 0, 0, 0, 0
    for c in rec['checks']:
        try:
            holds, gap = v_check(c, text)
        except (VErr, ValueError, KeyError, ZeroDivisionError, ArithmeticError) as e:
            errs.append('check %s: %s' % (c.get('rel'), e))
            continue
        if holds != c.get('holds'):
            errs.append('check %s: stored holds=%s, recomputed %s' % (c['rel'], c.get('holds'), holds))
        if c['rel'] == 'lookalike':
            looks += 1
            continue
        real_checks += 1
        if not holds:
            fails += 1
            if c['rel'] == 'pct_format':
                fmt_fail += 1
            elif c['rel'] in TOL_MIN and abs(gap) < TOL_MIN[c['rel']]:
                errs.append('check %s fails only by %s: too close to rounding' % (c['rel'], gap))
    mal = v_malformed_spans(text)
    lab = rec['label']
    if lab == 'consistent':
        if fails:
            errs.append('consistent record with %d failing relations' % fails)
        if not real_checks:
            errs.append('consistent record without checkable relation')
    elif lab == 'inconsistent':
        if fails != 1:
            errs.append('inconsistent record with %d failing relations (need exactly 1)' % fails)
    else:
        if real_checks:
            errs.append('negative record with checkable relations')
        if not looks:
            errs.append('negative record without look-alike')
    if len(mal) != fmt_fail:
        errs.append('text has %d malformed percentage spans, %d declared' % (len(mal), fmt_fail))
    return errs


def verify_files(paths):
    bad = 0
    total = 0
    for path in paths:
        seen = set()
        counts = {}
        styles = {}
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print('%s:%d: bad JSON %s' % (path, ln, e))
                    bad += 1
                    continue
                total += 1
                errs = verify_record(rec, seen)
                for e in errs:
                    print('%s:%d %s: %s' % (path, ln, rec.get('id'), e))
                bad += bool(errs)
                key = (rec.get('family'), rec.get('label'))
                counts[key] = counts.get(key, 0) + 1
                styles.setdefault((rec.get('family'), rec.get('style')), 0)
                styles[(rec.get('family'), rec.get('style'))] += 1
        names = [s for _, s in styles]
        if len(set(names)) != len(names):
            print('%s: a style name is used in both families' % path)
            bad += 1
        small = {k: v for k, v in styles.items() if not 15 <= v <= 20}
        if small:
            print('%s: styles outside 15-20 records: %s' % (path, small))
            bad += 1
        print('%s: %d records, %d styles, labels %s' % (
            path, sum(counts.values()), len(styles),
            ', '.join('%s/%s=%d' % (f, l, n) for (f, l), n in sorted(counts.items()))))
    print('verify: %d records checked, %d with problems' % (total, bad))
    return bad == 0


# ============================================================================ names and context (invented)
PLACE_A = ['青溪', '云岭', '临澜', '梧桐', '白沙', '松岗', '禾丰', '瀚海', '栖霞坪', '龙泉', '柳塘', '石门坎',
           '东湖', '岚山', '桂川', '碧水', '凤鸣', '平阳', '兴隆', '望江', '金沙', '玉屏', '北坡', '南浔口',
           '长岭', '清河', '鹤峰', '双桥', '泉港', '横塘', '嘉禾', '安澜']
PLACE_S = ['县', '区', '市', '镇', '街道', '乡', '新区', '经济开发区']
VILLAGE_A = ['上庄', '下湾', '杨柳', '石桥', '枫林', '新塘', '洪山', '竹园', '荷叶', '大坪', '小溪', '中坝',
             '岔口', '黄泥', '庙前', '樟树', '马鞍', '青龙', '白果', '莲花', '鸭塘', '高桥', '李家', '陈湾']
COMPANY_A = ['瀚洋', '禾盛', '泓泰', '青岚', '启明', '聚丰', '云帆', '金穗', '远航', '恒之', '博远', '嘉润',
             '乐源', '拓川', '星澜', '富华']
COMPANY_S = ['港务集团有限公司', '物流股份有限公司', '电子科技有限公司', '农业发展有限公司', '建设投资集团',
             '水务有限公司', '航空服务有限公司', '食品有限公司']


def place(r, kinds=None):
    return r.choice(PLACE_A) + r.choice(kinds or PLACE_S)


def villages(r, k, suffix='村'):
    return [v + suffix for v in r.sample(VILLAGE_A, k)]


def company(r):
    return r.choice(COMPANY_A) + r.choice(COMPANY_S)


OPENERS = [
    '{year}年，{org}在上级部门的指导下，围绕年度目标任务，统筹推进各项工作。',
    '现将{org}{year}年度有关工作情况报告如下。',
    '{year}年以来，{org}坚持问题导向，压实工作责任，主要业务运行平稳。',
    '一、{year}年工作完成情况',
    '（一）主要业务指标',
    '今年以来，我们聚焦重点任务，强化督促落实，各项工作取得新进展。',
    '{org}{year}年工作总结',
    '根据年度考核要求，{org}对全年工作进行了系统梳理。',
    '一年来，在党委政府的坚强领导下，全体干部职工履职尽责、攻坚克难。',
    '二、重点工作推进情况',
    '{year}年是“十四五”规划实施的关键之年。',
    '按照年初部署，{org}扎实开展各项专项行动。',
    '附件：{year}年度主要数据统计',
    '（二）业务数据',
    '为全面反映工作成效，现将相关统计情况摘要如下。',
    '{org}关于{year}年度工作情况的报告',
]
CLOSERS = [
    '下一步，将继续加强统筹调度，确保各项目标任务如期完成。',
    '工作中仍存在基层力量薄弱、信息化水平不高等问题，需在今后加以改进。',
    '以上数据来源于业务系统统计，截至{year}年12月31日。',
    '明年将进一步健全长效机制，巩固提升工作成效。',
    '我们将以此为新起点，持续推动工作提质增效。',
    '相关情况已按程序报送上级主管部门备案。',
    '数据口径与上年保持一致。',
    '下一步，{org}将对照问题清单逐项抓好整改落实。',
    '（数据来源：{org}）',
    '三、存在的问题和下一步打算',
    '全年未发生重大责任事故。',
    '以上情况，特此报告。',
]


HEAD_OPENERS = [o for o in OPENERS if o.startswith(('一、', '（一）', '（二）', '二、', '附件', '{org}'))]
TEXT_OPENERS = [o for o in OPENERS if o not in HEAD_OPENERS]


def wrap(r, body, org='', year=2023, pre=(0, 2), post=(0, 2), maxlines=8):
    if isinstance(body, str):
        body = [body]
    room = maxlines - len(body)
    npre = min(r.randint(*pre), max(room, 0))
    npost = min(r.randint(*post), max(room - npre, 0))
    fill = {'org': org, 'year': year}
    heads = [h for h in HEAD_OPENERS if org or not h.startswith('{org}')]
    a = []
    if npre:
        if r.random() < 0.5:
            a.append(r.choice(heads))
            npre -= 1
        a += r.sample(TEXT_OPENERS, npre)
    closers = [c for c in CLOSERS if org or '（数据来源：{org}）' != c]
    b = r.sample(closers, npost)
    b.sort(key=lambda c: c.startswith('三、'))
    return '\n'.join([x.format(**fill) for x in a] + list(body) + [x.format(**fill) for x in b])


def yr(r):
    y = getattr(r, 'fixed_year', None)
    return y if y is not None else r.randint(2019, 2024)


# ---------------------------------------------------------------- domain pools
# totals: (org, whole-phrase, unit, categories (mutually exclusive), part range, decimals)
TOT_DOMAINS = [
    ('生态环境分局', '立案查处环境违法案件', '起', ['水污染类', '大气污染类', '固体废物类', '噪声类', '辐射类'], (3, 40), 0),
    ('水利局', '新建改造灌溉渠道', '公里', ['干渠', '支渠', '斗渠', '农渠'], (5, 90), 1),
    ('林业和草原局', '完成营造林', '亩', ['人工造林', '封山育林', '退化林修复', '森林抚育'], (300, 9000), 0),
    ('港务集团', '完成货物吞吐量', '万吨', ['煤炭', '金属矿石', '粮食', '集装箱货物', '石油及制品'], (20, 900), 2),
    ('邮政管理局', '完成快递业务量', '万件', ['同城快递', '异地快递', '国际及港澳台快递'], (30, 3000), 2),
    ('退役军人事务局', '接收安置退役军人', '名', ['安排工作', '自主就业', '退休', '供养'], (2, 160), 0),
    ('民族宗教事务局', '排查登记宗教活动场所', '处', ['佛教', '道教', '天主教', '基督教'], (2, 60), 0),
    ('科技局', '获得授权专利', '件', ['发明专利', '实用新型专利', '外观设计专利'], (40, 2600), 0),
    ('市场监管局', '受理商标注册申请', '件', ['商品商标', '服务商标', '集体商标', '证明商标'], (5, 1800), 0),
    ('机场公司', '保障航班起降', '架次', ['国内航线', '国际航线', '地区航线'], (300, 26000), 0),
    ('消防救援大队', '接警出动', '起', ['火灾扑救', '抢险救援', '社会救助', '公务执勤'], (20, 900), 0),
    ('图书馆', '新增馆藏文献', '册', ['中文图书', '外文图书', '报刊合订本', '地方文献'], (200, 30000), 0),
    ('文化体育局', '承办体育赛事', '场', ['国际级', '国家级', '省级', '市级'], (1, 30), 0),
    ('海关', '监管进出口货运量', '万吨', ['一般贸易', '加工贸易', '保税物流', '其他贸易方式'], (5, 600), 2),
    ('乡村振兴局', '纳入防返贫监测对象', '户', ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'], (8, 400), 0),
    ('组织部', '现有基层党组织', '个', ['党委', '党总支', '党支部'], (3, 600), 0),
    ('人民法院', '受理各类案件', '件', ['刑事案件', '民事案件', '行政案件', '执行案件'], (60, 9000), 0),
    ('人民医院', '完成住院手术', '台次', ['一级手术', '二级手术', '三级手术', '四级手术'], (200, 9000), 0),
    ('教育局', '招收新生', '人', ['小学', '初中', '普通高中', '中职学校'], (300, 12000), 0),
    ('信访局', '受理信访事项', '件', ['来信', '来访', '网上信访', '电话信访'], (20, 1600), 0),
    ('审计局', '查出问题金额', '万元', ['违规资金', '管理不规范资金', '损失浪费资金'], (10, 9000), 2),
    ('农业农村局', '粮食播种面积', '万亩', ['小麦', '玉米', '水稻', '大豆', '薯类'], (1, 90), 1),
    ('交通运输局', '完成公路养护', '公里', ['国道', '省道', '县道', '乡道', '村道'], (10, 900), 1),
    ('村股份经济合作社', '村集体经济收入', '万元', ['经营性收入', '发包及上交收入', '投资收益', '补助收入'], (1, 90), 2),
    ('民政局', '发放救助资金', '万元', ['城乡低保', '特困供养', '临时救助', '孤儿基本生活费'], (20, 4000), 2),
    ('水文站', '建成水文监测站点', '处', ['水位站', '雨量站', '流量站', '墒情站'], (3, 120), 0),
    ('博物馆', '接待观众', '人次', ['基本陈列', '临时展览', '研学活动', '流动展览'], (800, 90000), 0),
    ('应急管理局', '排查整治安全隐患', '处', ['道路交通', '危险化学品', '建筑施工', '消防安全', '特种设备'], (10, 900), 0),
    ('税务局', '组织税收收入', '亿元', ['增值税', '企业所得税', '个人所得税', '其他税种'], (1, 90), 2),
    ('集装箱码头公司', '完成集装箱吞吐量', '万标箱', ['内贸', '外贸'], (5, 400), 2),
    ('知识产权局', '办理专利行政裁决案件', '件', ['侵权纠纷', '假冒专利', '其他纠纷'], (2, 90), 0),
    ('人民检察院', '受理审查起诉案件', '件', ['危害公共安全犯罪', '侵犯财产犯罪', '妨害社会管理秩序犯罪', '其他犯罪'], (15, 700), 0),
    ('寄递安全中心', '检查寄递企业网点', '个', ['邮政网点', '快递网点', '末端驿站'], (10, 900), 0),
    ('党员教育中心', '开展党员培训', '期', ['专题培训', '示范培训', '线上培训'], (2, 60), 0),
]

# pct: (org, whole-phrase, done-phrase, rate-name, unit, den range, rate range as fraction)
PCT_DOMAINS = [
    ('网格化服务管理中心', '受理网格事件', '办结', '办结率', '件', (200, 9000), (0.9, 0.999)),
    ('市场监管局', '抽检食品', '检验合格', '合格率', '批次', (120, 3000), (0.93, 0.995)),
    ('医疗保障局', '应参保人数', '实际参保', '参保率', '人', (3000, 90000), (0.9, 0.995)),
    ('12345热线中心', '接收诉求工单', '按时办结', '按时办结率', '件', (500, 60000), (0.85, 0.99)),
    ('邮政管理局', '抽查快件', '按时妥投', '妥投率', '件', (200, 5000), (0.9, 0.995)),
    ('机场公司', '执行航班', '正常放行', '放行正常率', '架次', (800, 30000), (0.8, 0.97)),
    ('消防救援大队', '检查社会单位', '完成隐患整改', '整改率', '家', (60, 2000), (0.8, 0.99)),
    ('乡村振兴局', '纳入监测对象', '消除风险', '风险消除率', '户', (40, 1500), (0.6, 0.95)),
    ('人民法院', '受理案件', '审结', '结案率', '件', (500, 12000), (0.82, 0.98)),
    ('教育局', '适龄残疾儿童少年', '入学', '入学率', '人', (80, 900), (0.9, 0.995)),
    ('林业和草原局', '春季造林', '成活', '成活率', '亩', (500, 20000), (0.82, 0.97)),
    ('海关', '申报报关单', '采用无纸化方式申报', '无纸化申报率', '份', (2000, 90000), (0.9, 0.999)),
    ('科技局', '提交专利申请', '获得授权', '授权率', '件', (100, 5000), (0.35, 0.8)),
    ('卫生健康局', '65岁及以上老年人', '纳入健康管理', '健康管理率', '人', (2000, 60000), (0.6, 0.9)),
    ('交通运输局', '建制村', '开通客运班车', '通客车率', '个', (40, 600), (0.9, 0.999)),
    ('税务局', '办理申报', '通过电子税务局完成', '网上申报率', '户次', (3000, 90000), (0.9, 0.999)),
    ('人力资源和社会保障局', '应届高校毕业生', '实现就业', '就业率', '人', (300, 9000), (0.8, 0.97)),
    ('审计局', '审计发现问题', '完成整改', '整改率', '个', (30, 600), (0.7, 0.98)),
    ('信访局', '办结信访事项', '群众评价满意', '满意率', '件', (100, 4000), (0.85, 0.99)),
    ('图书馆', '馆藏古籍', '完成数字化', '数字化率', '册', (800, 40000), (0.3, 0.8)),
    ('民政局', '养老机构', '消防安全达标', '达标率', '家', (15, 300), (0.8, 0.999)),
    ('水利局', '小型水库', '完成除险加固', '完成率', '座', (20, 400), (0.6, 0.98)),
    ('组织部', '村级党组织', '评定为星级', '星级评定率', '个', (30, 500), (0.5, 0.95)),
    ('退役军人事务局', '退役军人', '完成信息采集', '采集率', '人', (500, 30000), (0.9, 0.999)),
    ('体育局', '行政村', '建有健身设施', '覆盖率', '个', (50, 800), (0.85, 0.999)),
    ('疾控中心', '目标人群', '完成接种', '接种率', '人', (2000, 90000), (0.8, 0.98)),
]


def tdom(r, k=None, maxcat=None):
    d = r.choice([x for x in TOT_DOMAINS if len(x[3]) >= (k or 2)])
    org, whole, unit, cats, rng_, dec = d
    n = k or r.randint(2, min(len(cats), maxcat or 5))
    chosen = [c for c in cats if c in r.sample(cats, n)]
    return org, whole, unit, chosen, rng_, dec


def pdom(r):
    return r.choice(PCT_DOMAINS)


def mkparts(r, k, rng_, dec):
    return [rdec(r, rng_[0], rng_[1], dec) for _ in range(k)]


def sum_bad(r, total, parts, bad, dec, target=None):
    """returns (total, parts, what) with one number changed when bad"""
    parts = list(parts)
    if not bad:
        return total, parts, ''
    t = target or r.choice(['part', 'total'])
    if t == 'total':
        nt = bump(r, total, dec, frac=(0.02, 0.12))
        return nt, parts, 'total changed from %s' % total
    i = r.randrange(len(parts))
    old = parts[i]
    parts[i] = bump(r, parts[i], dec)
    return total, parts, 'part %d changed from %s' % (i + 1, old)


def rate_vals(r, dom_or_rng, dec, hi_frac=None, den=None):
    lo, hi = dom_or_rng[5] if len(dom_or_rng) > 5 else dom_or_rng
    fr = dom_or_rng[6] if len(dom_or_rng) > 6 else (0.85, 0.99)
    if den is None:
        den = r.randint(lo, hi)
    num = int(den * r.uniform(*fr))
    num = max(1, min(num, den))
    pct = safe_rnd(D(num) / D(den) * 100, dec)
    return den, num, pct


# ============================================================================ notes
def _s(o):
    return o['s']


def describe(c):
    rel = c['rel']
    ok = 'holds' if c['holds'] else 'WRONG'
    if rel == 'sum':
        return 'sum %s = %s vs stated whole %s: %s' % ('+'.join(_s(p) for p in c['parts']),
                                                      format(sum((D(p['v']) for p in c['parts']), D(0)), 'f'), _s(c['total']), ok)
    if rel == 'diff':
        return 'difference %s - %s vs stated %s: %s' % (_s(c['a']), _s(c['b']), _s(c['c']), ok)
    if rel == 'change':
        return 'change %s -> %s (%s) vs stated %s: %s' % (_s(c['old']), _s(c['new']), c['dir'], _s(c['delta']), ok)
    if rel == 'balance':
        return 'balance %s +%s -%s vs stated end %s: %s' % (_s(c['start']), '+'.join(_s(x) for x in c['adds']),
                                                          '-'.join(_s(x) for x in c['subs']), _s(c['end']), ok)
    if rel == 'product':
        return 'product %s x %s vs stated %s: %s' % (_s(c['a']), _s(c['b']), _s(c['c']), ok)
    if rel == 'count':
        return 'stated count %s vs %d listed items: %s' % (_s(c['n']), len(c['items']), ok)
    if rel == 'avg':
        return 'average %s/%s (x%s) vs stated %s (rounded to its decimals): %s' % (_s(c['total']), _s(c['count']), c['factor'], _s(c['avg']), ok)
    if rel == 'rate':
        real = D(c['num']['v']) / D(c['den']['v']) * c['scale']
        return 'rate %s/%s = %s vs stated %s (rounded to its decimals): %s' % (_s(c['num']), _s(c['den']), format(real.quantize(D('0.0001')), 'f'), _s(c['pct']), ok)
    if rel == 'pct_change':
        o, n = D(c['old']['v']), D(c['new']['v'])
        return 'change %s -> %s = %s%% vs stated %s: %s' % (_s(c['old']), _s(c['new']), format(((n - o) / o * 100).quantize(D('0.0001')), 'f'), _s(c['pct']), ok)
    if rel == 'pp_change':
        return 'points %s -> %s vs stated %s 个百分点 (%s): %s' % (_s(c['old']), _s(c['new']), _s(c['delta']), c['dir'], ok)
    if rel == 'share_sum':
        return 'shares %s sum to %s (%s): %s' % ('+'.join(_s(x) for x in c['shares']),
                                               format(sum((D(x['v']) for x in c['shares']), D(0)), 'f'),
                                               'exhaustive, must be 100 within rounding' if c['exhaustive'] else 'exclusive parts, cannot pass 100', ok)
    if rel == 'pct_format':
        return 'malformed percentage %r: WRONG whatever its arithmetic' % c['s']
    if rel == 'lookalike':
        return 'look-alike (%s, marker %r): not a checkable relation' % (c['kind'], c['marker'])
    return rel


def make_note(label, checks, extra=''):
    parts = [describe(c) for c in checks]
    head = {'consistent': 'consistent', 'inconsistent': 'inconsistent', 'negative': 'negative'}[label]
    s = head + ': ' + '; '.join(parts)
    if extra:
        s += ' | ' + extra
    return s.replace('\n', ' ')


# ============================================================================ style registry
STYLES = []


def style(family, kind='ci', name=None):
    def deco(f):
        STYLES.append((name or f.__name__.split('_', 1)[1], family, kind, f))
        return f
    return deco


def reg(family, kind, name, f):
    STYLES.append((name, family, kind, f))


def ctx_org(r, org):
    return place(r) + org


# ============================================================================ totals: generic whole/parts layouts
def jn(names, toks, unit, sep='、', tmpl='{n}{p}{u}'):
    return sep.join(tmpl.format(n=n, p=p, u=unit) for n, p in zip(names, toks))


def L_qizhong(r, c):
    return ['%s年，%s%s%s%s，其中%s。' % (c['year'], c['who'], c['whole'], c['T'], c['u'], jn(c['names'], c['P'], c['u']))]


def L_qizhong_numfirst(r, c):
    v = r.choice(['为', '属于', '涉及'])
    return ['全年%s%s%s，其中%s。' % (c['whole'], c['T'], c['u'], jn(c['names'], c['P'], c['u'], '，', '{p}{u}' + v + '{n}'))]


def L_fenbie(r, c):
    toks = [str(p) for p in c['P']]
    if r.random() < 0.5:
        vals = '、'.join(t + c['u'] for t in toks)
    else:
        vals = '、'.join(toks[:-1]) + '和' + toks[-1] + c['u']
    return ['%s%s%s，%s分别为%s。' % (c['who'], c['whole'], c['T'] + c['u'], '、'.join(c['names']), vals)]


def L_parts_then_total(r, c):
    w = r.choice(['合计', '共计', '总计', '累计'])
    return ['%s年%s情况：%s，%s%s%s。' % (c['year'], c['whole'], jn(c['names'], c['P'], c['u'], '，'), w, c['T'], c['u'])]


def L_baokuo(r, c):
    return ['%s%s%s（包括%s）。' % (c['whole'], c['T'], c['u'], jn(c['names'], c['P'], c['u'], r.choice(['，', '；', '、'])))]


def L_anlei(r, c):
    k = r.choice(['按类别分', '分类型看', '从构成看', '按类型统计'])
    return ['%s%s%s%s。' % (c['who'], c['whole'], c['T'], c['u']), '%s：%s。' % (k, jn(c['names'], c['P'], c['u'], '；'))]


def L_tab_table(r, c):
    lines = ['类别\t数量（%s）' % c['u']]
    lines += ['%s\t%s' % (n, p) for n, p in zip(c['names'], c['P'])]
    lines.append('%s\t%s' % (r.choice(['合计', '总计', '小计']), c['T']))
    return lines


def L_kv(r, c):
    lines = ['%s：%s%s' % (c['whole'], c['T'], c['u'])]
    for i, (n, p) in enumerate(zip(c['names'], c['P'])):
        lines.append(('  其中：' if i == 0 else '        ') + '%s：%s%s' % (n, p, c['u']))
    return lines


def L_yishi(r, c):
    ords = ['一是', '二是', '三是', '四是', '五是']
    body = '；'.join('%s%s%s%s' % (ords[i], n, p, c['u']) for i, (n, p) in enumerate(zip(c['names'], c['P'])))
    return ['%s%s%s%s。%s。' % (c['year'], '年', c['whole'], str(c['T']) + c['u'], body)]


def L_paren_lines(r, c):
    lines = ['%s%s%s，具体如下：' % (c['whole'], c['T'], c['u'])]
    br = r.choice(['({i})', '（{i}）', '{i}.', '{i}、'])
    for i, (n, p) in enumerate(zip(c['names'], c['P']), 1):
        lines.append(br.format(i=i) + '%s%s%s；' % (n, p, c['u']))
    lines[-1] = lines[-1][:-1] + '。'
    return lines


def L_circled(r, c):
    circ = '①②③④⑤'
    body = '；'.join('%s%s%s%s' % (circ[i], n, p, c['u']) for i, (n, p) in enumerate(zip(c['names'], c['P'])))
    return ['%s%s%s：%s。' % (c['whole'], c['T'], c['u'], body)]


def L_heading(r, c):
    hd = r.choice(['（二）', '（三）', '2.', '二、'])
    k = r.choice(['从类型看，', '分项来看，', '具体为：', ''])
    return ['%s%s%s%s' % (hd, c['whole'], c['T'], c['u']), '%s%s。' % (k, jn(c['names'], c['P'], c['u'], '，'))]


def L_pipe(r, c):
    lines = ['| 项目 | %s（%s） |' % (r.choice(['数量', '本年数', '完成数']), c['u']), '| --- | --- |']
    lines += ['| %s | %s |' % (n, p) for n, p in zip(c['names'], c['P'])]
    lines.append('| 合计 | %s |' % c['T'])
    return lines


def L_colon_inline(r, c):
    return ['%s，%s%s%s，其中：%s。' % (c['who'], c['whole'], c['T'], c['u'], jn(c['names'], c['P'], c['u'], '，', '{n}{p}{u}'))]


def L_sentences(r, c):
    lines = []
    for n, p in zip(c['names'], c['P']):
        lines.append(r.choice(['从%s看，全年为%s%s。', '%s方面，完成%s%s。', '%s：%s%s。']) % (n, p, c['u']))
    lines.append('以上%s%s%s%s。' % (r.choice(['合计', '共计', '总计']), c['whole'], c['T'], c['u']))
    return lines


def L_pdf_vertical(r, c):
    lines = []
    for n, p in zip(c['names'], c['P']):
        lines += [n, str(p)]
    lines += [r.choice(['合计', '合 计', '总计']), str(c['T'])]
    return lines


def L_total_last(r, c):
    return ['%s年度%s%s情况为：%s，%s%s%s。' % (c['year'], c['who'], c['whole'], jn(c['names'], c['P'], c['u'], '、'), r.choice(['总计', '共', '合计']), c['T'], c['u'])]


def L_whole_colon_lines(r, c):
    lines = ['%s%s%s。%s：' % (c['whole'], c['T'], c['u'], r.choice(['明细如下', '构成情况', '分类情况']))]
    lines += ['%s %s%s' % (n, p, c['u']) for n, p in zip(c['names'], c['P'])]
    return lines


def L_mixed_punct(r, c):
    seg = ''.join('%s（%s%s）' % (n, p, c['u']) if i < len(c['names']) - 1 else '%s（%s%s）' % (n, p, c['u'])
                  for i, (n, p) in enumerate(zip(c['names'], c['P'])))
    seg = '、'.join('%s（%s%s）' % (n, p, c['u']) for n, p in zip(c['names'], c['P']))
    return ['%s%s%s，涵盖%s。' % (c['whole'], c['T'], c['u'], seg)]


def sum_style(layout, mode=None, kmin=2, kmax=5, dec_ok=True, target=None, maxpart=None, big=False):
    def f(r, bad):
        for _ in range(50):
            org, whole, unit, cats, rg, dec = tdom(r, kmin)
            if not dec_ok and dec:
                continue
            if maxpart and rg[0] > maxpart:
                continue
            if big and rg[1] < 1000:
                continue
            break
        else:
            raise Retry('no domain')
        cats = cats[:kmax] if len(cats) > kmax else cats
        if len(cats) < kmin:
            raise Retry('k')
        if maxpart:
            rg = (rg[0], min(rg[1], maxpart))
        if big:
            rg = (max(rg[0], 1000), max(rg[1], 3000))
        parts = mkparts(r, len(cats), rg, dec)
        total = sum(parts)
        tv, pv, what = sum_bad(r, total, parts, bad, dec, target)
        m = mode(r) if callable(mode) else (mode or pick_mode(r, big=total >= 1000))
        if m in ('zh', 'zhl') and dec:
            m = 'a'
        Tt = T(tv, dec, m)
        Ps = [T(p, dec, m) for p in pv]
        year = yr(r)
        who = ctx_org(r, org)
        c = dict(whole=whole, u=unit, names=cats, P=Ps, T=Tt, year=year, who=who)
        body = layout(r, c)
        checks = [ck_sum(Tt, Ps)]
        return wrap(r, body, who, year), what, checks
    return f


for _name, _lay, _kw in [
    ('qizhong_name_num', L_qizhong, {}),
    ('qizhong_num_then_name', L_qizhong_numfirst, {}),
    ('fenbie_wei_list', L_fenbie, {}),
    ('parts_then_heji', L_parts_then_total, {}),
    ('baokuo_parenthetical', L_baokuo, {}),
    ('anlei_semicolon_breakdown', L_anlei, {}),
    ('tab_table_with_total_row', L_tab_table, {'mode': 'a'}),
    ('key_value_form', L_kv, {}),
    ('yishi_ershi_items_with_numbers', L_yishi, {}),
    ('numbered_paren_lines', L_paren_lines, {}),
    ('circled_items_inline', L_circled, {}),
    ('number_in_heading', L_heading, {}),
    ('pipe_markdown_table', L_pipe, {'mode': 'a'}),
    ('qizhong_colon_inline', L_colon_inline, {}),
    ('separate_sentences_then_total', L_sentences, {}),
    ('pdf_vertical_extraction', L_pdf_vertical, {'kmax': 3, 'mode': 'a'}),
    ('whole_after_parts', L_total_last, {}),
    ('colon_then_line_list', L_whole_colon_lines, {'kmax': 4}),
    ('parenthesised_parts', L_mixed_punct, {}),
    ('chinese_numerals_qizhong', L_qizhong, {'mode': 'zh', 'dec_ok': False, 'maxpart': 99}),
    ('chinese_numerals_fenbie', L_fenbie, {'mode': 'zhl', 'dec_ok': False, 'maxpart': 900}),
    ('fullwidth_digits_anlei', L_anlei, {'mode': 'fw'}),
    ('fullwidth_digits_kv', L_kv, {'mode': 'fw'}),
    ('thousands_comma_total_last', L_total_last, {'mode': 'c', 'big': True}),
    ('thousands_fullwidth_comma', L_qizhong, {'mode': 'fc', 'big': True}),
    ('thousands_space_lines', L_whole_colon_lines, {'mode': 'sp', 'big': True, 'kmax': 4}),
]:
    reg('totals', 'ci', _name, sum_style(_lay, **_kw))


# ============================================================================ totals: other constructions
def _dom(r, k=2, dec_ok=True):
    for _ in range(60):
        d = tdom(r, k)
        if len(d[3]) >= k and (dec_ok or not d[5]):
            return d
    raise Retry('dom')


@style('totals')
def t_two_year_columns(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 3)
    y = yr(r)
    a = mkparts(r, len(cats), rg, dec)
    b = mkparts(r, len(cats), rg, dec)
    ta, tb = sum(a), sum(b)
    which = r.randrange(2)
    what = ''
    if bad:
        if which == 0:
            ta, a, what = sum_bad(r, ta, a, True, dec)
        else:
            tb, b, what = sum_bad(r, tb, b, True, dec)
    A = [T(x, dec) for x in a]
    B = [T(x, dec) for x in b]
    TA, TB = T(ta, dec), T(tb, dec)
    sep = r.choice(['\t', '  ', ' | '])
    lines = ['%s（单位：%s）' % (whole, unit), sep.join(['类别', '%d年' % (y - 1), '%d年' % y])]
    lines += [sep.join([n, str(x), str(z)]) for n, x, z in zip(cats, A, B)]
    lines.append(sep.join(['合计', str(TA), str(TB)]))
    return wrap(r, lines, org, y, pre=(0, 1), post=(0, 1)), what, [ck_sum(TA, A), ck_sum(TB, B)]


@style('totals')
def t_quarter_row_table(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 2)
    q = mkparts(r, 4, (max(1, rg[0]), rg[1]), dec)
    tot = sum(q)
    tot, q, what = sum_bad(r, tot, q, bad, dec)
    Q = [T(x, dec) for x in q]
    TT = T(tot, dec)
    y = yr(r)
    sep = r.choice(['\t', '  '])
    lines = [sep.join(['指标', '一季度', '二季度', '三季度', '四季度', '全年']),
             sep.join(['%s（%s）' % (whole, unit)] + [str(x) for x in Q] + [str(TT)])]
    return wrap(r, lines, ctx_org(r, org), y), what, [ck_sum(TT, Q)]


@style('totals')
def t_monthly_lines_quarter_total(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 2)
    m0 = r.choice([1, 4, 7, 10])
    qn = '一二三四'[(m0 - 1) // 3]
    vals = mkparts(r, 3, rg, dec)
    tot = sum(vals)
    tot, vals, what = sum_bad(r, tot, vals, bad, dec)
    V = [T(x, dec) for x in vals]
    TT = T(tot, dec)
    lines = ['%s月度统计（%s）' % (whole, unit)]
    lines += ['%d月：%s' % (m0 + i, v) for i, v in enumerate(V)]
    lines.append('第%s季度合计：%s' % (qn, TT))
    return wrap(r, lines, ctx_org(r, org), yr(r), post=(0, 1)), what, [ck_sum(TT, V)]


@style('totals')
def t_nested_subparts(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 3)
    sub = mkparts(r, 2, rg, dec)
    p1 = sum(sub)
    others = mkparts(r, len(cats) - 1, rg, dec)
    tot = p1 + sum(others)
    what = ''
    if bad:
        if r.random() < 0.5:
            i = r.randrange(2)
            what = 'sub-part %d changed from %s' % (i + 1, sub[i])
            sub[i] = bump(r, sub[i], dec)
        else:
            i = r.randrange(len(others))
            what = 'outer part changed from %s' % others[i]
            others[i] = bump(r, others[i], dec)
    S = [T(x, dec) for x in sub]
    P1 = T(p1, dec)
    O = [T(x, dec) for x in others]
    TT = T(tot, dec)
    subn = r.choice([('本级办理', '下级转办'), ('新发生', '往年结转'), ('城区', '农村'), ('线上', '线下')])
    seg0 = '%s%s%s（含%s%s%s、%s%s%s）' % (cats[0], P1, unit, subn[0], S[0], unit, subn[1], S[1], unit)
    rest = '、'.join('%s%s%s' % (n, p, unit) for n, p in zip(cats[1:], O))
    body = '%s%s%s%s，其中%s，%s。' % (ctx_org(r, org), whole, TT, unit, seg0, rest)
    return wrap(r, body, org, yr(r)), what, [ck_sum(TT, [P1] + O), ck_sum(P1, S)]


@style('totals')
def t_households_and_persons(r, bad):
    cats = r.choice([['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'], ['城市低保', '农村低保'], ['特困供养', '低保', '低保边缘']])
    hh = [r.randint(5, 300) for _ in cats]
    pp = [h * r.randint(2, 4) + r.randint(0, h) for h in hh]
    TH, TP = sum(hh), sum(pp)
    what = ''
    if bad:
        i = r.randrange(len(cats))
        if r.random() < 0.5:
            what = 'households of %s changed from %d' % (cats[i], hh[i])
            hh[i] = int(bump(r, hh[i]))
        else:
            what = 'persons of %s changed from %d' % (cats[i], pp[i])
            pp[i] = int(bump(r, pp[i]))
    H = [T(x) for x in hh]
    Pp = [T(x) for x in pp]
    th, tp = T(TH), T(TP)
    seg = '，'.join('%s%s户%s人' % (n, h, p) for n, h, p in zip(cats, H, Pp))
    body = '截至%d年底，全%s共有%s对象%s户%s人，其中%s。' % (yr(r), r.choice(['县', '区', '市']), r.choice(['监测', '保障', '救助']), th, tp, seg)
    return wrap(r, body, '', yr(r)), what, [ck_sum(th, H), ck_sum(tp, Pp)]


@style('totals')
def t_mixed_yi_wan_investment(r, bad):
    srcs = r.sample(['中央预算内资金', '省级财政资金', '市县配套资金', '地方政府专项债券', '企业自筹', '银行贷款'], r.randint(2, 4))
    # parts in 万元 (integers), total in 亿元 with up to 4 decimals
    parts = [r.randint(3, 90) * 100 for _ in srcs]
    tot = sum(parts)
    tot, parts, what = sum_bad(r, tot, parts, bad, 0, target='part')
    if bad:
        parts = [int(p) // 100 * 100 if p > 200 else p for p in parts]
        if sum(parts) == tot:
            raise Retry('fixed itself')
    disp = (D(tot) / 10000).normalize()
    TT = T(tot * 10000, surface=format(disp, 'f') + '亿')
    Ps = [T(p * 10000, surface=render(p) + '万') for p in parts]
    proj = r.choice(['灌区续建配套与现代化改造工程', '港区集疏运通道项目', '国家储备林基地项目', '县级公共图书馆新馆项目', '跨境物流监管中心'])
    body = '%s总投资%s元，其中%s。' % (proj, TT, '、'.join('%s%s元' % (n, p) for n, p in zip(srcs, Ps)))
    return wrap(r, body, '', yr(r)), what + ' (亿 and 万 mixed)', [ck_sum(TT, Ps)]


def _diff_style(tmpl, rgs, unit_choices, dec_choices=(0,), subj=None):
    def f(r, bad):
        dec = r.choice(dec_choices)
        a = rdec(r, *rgs, dec=dec)
        b = (a * D(str(round(r.uniform(0.3, 0.95), 3)))).quantize(D(1).scaleb(-dec))
        if b <= 0 or b >= a:
            raise Retry('b')
        c = a - b
        what = ''
        if bad:
            k = r.choice(['a', 'b', 'c'])
            what = '%s changed' % k
            if k == 'a':
                a = bump(r, a, dec, frac=(0.02, 0.1))
            elif k == 'b':
                b = bump(r, b, dec)
            else:
                c = bump(r, c, dec)
        m = pick_mode(r, big=a >= 1000)
        A, B, C = T(a, dec, m), T(b, dec, m), T(c, dec, m)
        u = r.choice(unit_choices)
        y = yr(r)
        s = subj(r) if subj else ''
        body = tmpl(r).format(A=A, B=B, C=C, u=u, y=y, s=s)
        return wrap(r, body.split('\n'), s, y), what, [ck_diff(A, B, C)]
    return f


reg('totals', 'ci', 'income_expense_surplus', _diff_style(
    lambda r: r.choice(['{y}年{s}全年收入{A}{u}，支出{B}{u}，收支结余{C}{u}。',
                        '{s}{y}年度收入合计{A}{u}；支出合计{B}{u}；当年结余{C}{u}。',
                        '本年度总收入{A}{u}，总支出{B}{u}，结余{C}{u}，结余资金全部结转下年使用。']),
    (50, 9000), ['万元'], (0, 2), subj=lambda r: r.choice(['村股份经济合作社', '职工互助基金', '工会经费', '机关食堂'])))
reg('totals', 'ci', 'plan_done_remaining', _diff_style(
    lambda r: r.choice(['年度计划实施{s}{A}{u}，已完工{B}{u}，剩余{C}{u}正在加紧施工。',
                        '{s}任务{A}{u}，目前完成{B}{u}，尚余{C}{u}，力争年底前全部完成。']),
    (10, 900), ['个', '处', '座'], subj=lambda r: r.choice(['小型水库除险加固', '农村公路危桥改造', '山洪沟治理', '农村公厕改造'])))
reg('totals', 'ci', 'staffing_vacancy', _diff_style(
    lambda r: r.choice(['{s}核定编制{A}{u}，实有在编人员{B}{u}，空编{C}{u}。',
                        '现有编制数{A}{u}，在编在岗{B}{u}，缺编{C}{u}，需通过公开招聘补充。']),
    (20, 900), ['名', '人'], subj=lambda r: r.choice(['消防救援站', '县人民医院', '乡镇综合执法队', '公共图书馆'])))
reg('totals', 'ci', 'new_minus_cancelled_net', _diff_style(
    lambda r: r.choice(['全年新登记{s}{A}{u}，注销{B}{u}，净增{C}{u}。',
                        '{y}年新设立{s}{A}{u}，同期注吊销{B}{u}，净增加{C}{u}。']),
    (100, 20000), ['户', '家'], subj=lambda r: r.choice(['市场主体', '个体工商户', '快递末端网点', '农民专业合作社'])))


@style('totals')
def t_budget_adjusted(r, bad):
    dec = r.choice([0, 2])
    a = rdec(r, 100, 9000, dec)
    b = rdec(r, 10, float(a) / 3, dec)
    c = a + b
    c, (a, b), what = sum_bad(r, c, [a, b], bad, dec)
    m = pick_mode(r, big=c >= 1000)
    A, B, C = T(a, dec, m), T(b, dec, m), T(c, dec, m)
    item = r.choice(['森林草原防火经费', '退役军人服务保障经费', '公共图书馆免费开放资金', '港口航道维护经费', '民族团结进步创建经费'])
    body = r.choice(['{i}年初预算{A}万元，年中追加{B}万元，调整后预算{C}万元。',
                     '{i}：年初安排{A}万元，调整增加{B}万元，调整后为{C}万元。']).format(i=item, A=A, B=B, C=C)
    return wrap(r, body, '', yr(r)), what, [ck_sum(C, [A, B])]


def _change_style(tmpls, direction, subj_units):
    def f(r, bad):
        subj, unit, rg, dec = r.choice(subj_units)
        old = rdec(r, *rg, dec=dec)
        delta = (old * D(str(round(r.uniform(0.05, 0.6), 3)))).quantize(D(1).scaleb(-dec))
        if delta <= 0:
            raise Retry('d')
        new = old + delta if direction == 'inc' else old - delta
        what = ''
        if bad:
            k = r.choice(['old', 'new', 'delta'])
            what = '%s changed' % k
            if k == 'old':
                old = bump(r, old, dec, frac=(0.03, 0.15))
            elif k == 'new':
                new = bump(r, new, dec, frac=(0.03, 0.15))
            else:
                delta = bump(r, delta, dec)
            if (new - old if direction == 'inc' else old - new) <= 0:
                raise Retry('dir flip')
        m = pick_mode(r, big=max(old, new) >= 1000)
        O, N, Dl = T(old, dec, m), T(new, dec, m), T(delta, dec, m)
        y = yr(r)
        body = r.choice(tmpls).format(s=subj, u=unit, O=O, N=N, Dl=Dl, y=y, y0=y - 1)
        return wrap(r, body.split('\n'), '', y), what, [ck_change(O, N, Dl, direction)]
    return f


CHG_SUBJ = [('专职消防队员', '人', (40, 400), 0), ('公共图书馆藏书', '万册', (10, 300), 1), ('快递末端服务网点', '个', (50, 2000), 0),
            ('有效灌溉面积', '万亩', (5, 120), 2), ('注册志愿者', '人', (300, 20000), 0), ('港口货物吞吐量', '万吨', (100, 9000), 1),
            ('森林面积', '万亩', (20, 600), 1), ('国际航线', '条', (3, 40), 0), ('有效发明专利', '件', (100, 9000), 0),
            ('村级集体经济收入', '万元', (20, 900), 2)]
DEC_SUBJ = [('道路交通事故', '起', (40, 900), 0), ('火灾起数', '起', (50, 900), 0), ('信访总量', '件', (100, 4000), 0),
            ('监测对象', '户', (50, 900), 0), ('行政审批事项', '项', (60, 600), 0), ('水土流失面积', '平方公里', (50, 900), 1),
            ('空置床位', '张', (40, 400), 0), ('企业综合物流成本', '亿元', (5, 90), 2)]
reg('totals', 'ci', 'change_increase_to', _change_style(
    ['{s}由{O}{u}增加到{N}{u}，增加{Dl}{u}。', '{s}从{y0}年的{O}{u}增至{N}{u}，净增{Dl}{u}。',
     '全年{s}达到{N}{u}，较年初的{O}{u}增加{Dl}{u}。'], 'inc', CHG_SUBJ))
reg('totals', 'ci', 'change_decrease_to', _change_style(
    ['{s}由{O}{u}下降到{N}{u}，减少{Dl}{u}。', '{s}从上年的{O}{u}降至{N}{u}，下降{Dl}{u}。',
     '{y}年{s}{N}{u}，比{y0}年的{O}{u}减少{Dl}{u}。'], 'dec', DEC_SUBJ))
reg('totals', 'ci', 'yoy_columns_with_delta', _change_style(
    ['指标\t{y0}年\t{y}年\t增减\n{s}（{u}）\t{O}\t{N}\t+{Dl}', '项目：{s}\n上年：{O}{u}\n本年：{N}{u}\n增加：{Dl}{u}'], 'inc', CHG_SUBJ))


@style('totals')
def t_population_balance(r, bad):
    subj = r.choice([('在册党员', '名', '转入', '转出'), ('在校学生', '人', '转入', '转出'), ('登记在册退役军人', '人', '新增', '迁出'),
                     ('社区矫正对象', '人', '新接收', '解除矫正')])
    s0 = r.randint(200, 9000)
    a = r.randint(5, s0 // 5)
    b = r.randint(5, s0 // 5)
    e = s0 + a - b
    what = ''
    if bad:
        k = r.choice(['start', 'add', 'sub', 'end'])
        what = '%s changed' % k
        if k == 'start':
            s0 = int(bump(r, s0, frac=(0.01, 0.05)))
        elif k == 'add':
            a = int(bump(r, a))
        elif k == 'sub':
            b = int(bump(r, b))
        else:
            e = int(bump(r, e, frac=(0.01, 0.05)))
    m = pick_mode(r, big=True)
    S, A, B, E = T(s0, 0, m), T(a, 0, m), T(b, 0, m), T(e, 0, m)
    body = r.choice(['年初{n}{S}{u}，本年{ia}{A}{u}、{ib}{B}{u}，年末{n}{E}{u}。',
                     '{n}：年初数{S}{u}；{ia}{A}{u}；{ib}{B}{u}；年末数{E}{u}。']).format(n=subj[0], u=subj[1], ia=subj[2], ib=subj[3], S=S, A=A, B=B, E=E)
    return wrap(r, body.split('\n'), '', yr(r)), what, [ck_balance(S, [A], [B], E)]


@style('totals')
def t_fund_rollover_balance(r, bad):
    dec = 2
    s0 = rdec(r, 10, 900, dec)
    a = rdec(r, 100, 3000, dec)
    b = rdec(r, 50, float(s0 + a) * 0.95, dec)
    e = s0 + a - b
    if e <= 0:
        raise Retry('e')
    what = ''
    if bad:
        k = r.choice(['start', 'add', 'sub', 'end'])
        what = '%s changed' % k
        if k == 'start':
            s0 = bump(r, s0, dec)
        elif k == 'add':
            a = bump(r, a, dec, frac=(0.02, 0.1))
        elif k == 'sub':
            b = bump(r, b, dec, frac=(0.02, 0.1))
        else:
            e = bump(r, e, dec)
    S, A, B, E = T(s0, dec), T(a, dec), T(b, dec), T(e, dec)
    fund = r.choice(['水资源费', '森林植被恢复费', '残疾人就业保障金', '港口建设费', '体育彩票公益金'])
    body = '%s专户：上年结转%s万元，本年收入%s万元，本年支出%s万元，年末滚存结余%s万元。' % (fund, S, A, B, E)
    return wrap(r, body, '', yr(r)), what, [ck_balance(S, [A], [B], E)]


@style('totals')
def t_court_old_new_closed(r, bad):
    old, new = r.randint(50, 900), r.randint(500, 9000)
    tot = old + new
    closed = int(tot * r.uniform(0.8, 0.97))
    open_ = tot - closed
    what = ''
    if bad:
        if r.random() < 0.5:
            what = '旧存 changed from %d' % old
            old = int(bump(r, old))
        else:
            what = '未结 changed from %d' % open_
            open_ = int(bump(r, open_))
    m = pick_mode(r, big=True)
    O, N, TT, C, U = (T(x, 0, m) for x in (old, new, tot, closed, open_))
    inst = place(r, ['县', '区', '市']) + r.choice(['人民法院', '中级人民法院'])
    body = '%s全年受理案件%s件（旧存%s件，新收%s件），审结%s件，未结%s件。' % (inst, TT, O, N, C, U)
    return wrap(r, body, inst, yr(r)), what, [ck_sum(TT, [O, N]), ck_sum(TT, [C, U])]


@style('totals')
def t_cumulative_new_and_earlier(r, bad):
    subj = r.choice([('标准化规范化党支部', '个'), ('村级综合服务站', '个'), ('高标准农田', '万亩'), ('乡村快递服务站', '个'), ('全民健身路径', '条')])
    dec = 1 if subj[1] == '万亩' else 0
    a, b = rdec(r, 5, 200, dec), rdec(r, 20, 900, dec)
    tot = a + b
    tot, (a, b), what = sum_bad(r, tot, [a, b], bad, dec)
    A, B, TT = T(a, dec), T(b, dec), T(tot, dec)
    body = '累计建成%s%s%s，其中今年新建%s%s、以前年度建成%s%s。' % (subj[0], TT, subj[1], A, subj[1], B, subj[1])
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, [A, B])]


@style('totals')
def t_change_table_rows(r, bad):
    rows = r.sample([('旅客吞吐量（万人次）', 1, (50, 900)), ('货邮吞吐量（吨）', 0, (2000, 90000)), ('航班起降（架次）', 0, (3000, 60000)),
                     ('通航城市（个）', 0, (20, 90)), ('国际航线（条）', 0, (4, 40))], 3)
    y = yr(r)
    lines = ['项目\t%d年\t%d年\t增减' % (y - 1, y)]
    checks = []
    bi = r.randrange(3) if bad else -1
    what = ''
    for i, (name, dec, rg) in enumerate(rows):
        o = rdec(r, rg[0], rg[1], dec)
        n = (o * D(str(round(r.uniform(0.7, 1.4), 3)))).quantize(D(1).scaleb(-dec))
        if n == o:
            n += 1
        dl = abs(n - o)
        direction = 'inc' if n > o else 'dec'
        if i == bi:
            dl = bump(r, dl, dec)
            what = 'row %d delta changed' % (i + 1)
        O, N, Dl = T(o, dec), T(n, dec), T(dl, dec)
        lines.append('%s\t%s\t%s\t%s%s' % (name, O, N, '+' if direction == 'inc' else '-', Dl))
        checks.append(ck_change(O, N, Dl, direction))
    return wrap(r, lines, company(r), y, post=(0, 1)), what, checks


@style('totals')
def t_per_household_average(r, bad):
    n = r.randint(80, 3000)
    avg = r.randint(8, 120) * 100
    tot_yuan = n * avg
    if tot_yuan % 100:
        raise Retry('x')
    tot_wan = D(tot_yuan) / 10000
    dec = 2 if tot_wan != int(tot_wan) else 0
    if tot_wan * 100 != int(tot_wan * 100):
        raise Retry('x')
    what = ''
    if bad:
        avg = avg + r.choice([-1, 1]) * r.randint(3, 15) * 100
        what = 'average changed'
    TT, N, A = T(tot_wan, dec), T(n), T(avg)
    item = r.choice(['耕地地力保护补贴', '生态护林员补助', '退役军人优待金', '残疾人两项补贴', '草原生态保护补助奖励'])
    body = r.choice(['发放{i}{T}万元，惠及{N}户，户均{A}元。', '全年兑现{i}{T}万元，涉及{N}户，平均每户{A}元。']).format(i=item, T=TT, N=N, A=A)
    return wrap(r, body, '', yr(r)), what, [ck_avg(TT, N, A, 10000)]


ITEM_POOL = ['灌区渠系配套', '水毁工程修复', '河湖“清四乱”', '农村供水保障', '森林防火通道', '国家储备林建设', '古树名木保护',
             '智慧港口改造', '航道疏浚', '邮政快递进村', '冷链物流网点', '退役军人就业培训', '烈士纪念设施修缮',
             '民族团结示范创建', '专利导航服务', '知识产权质押融资', '智慧图书馆建设', '全民健身中心', '消防站建设',
             '跨境电商监管中心', '易地搬迁后续扶持', '党群服务中心改造']
ORD_CN = ['一是', '二是', '三是', '四是', '五是', '六是']


def _count_bad(r, n, bad):
    if not bad:
        return n, ''
    m = n + r.choice([-1, 1]) * r.randint(1, 2)
    if m < 2:
        m = n + 1
    return m, 'stated count %d but %d items listed' % (m, n)


@style('totals')
def t_count_yishi_items(r, bad):
    k = r.randint(3, 6)
    items = r.sample(ITEM_POOL, k)
    n, what = _count_bad(r, k, bad)
    N = T(n, 0, r.choice(['zh', 'a']))
    body = '全年重点实施%s项工程：%s。' % (N, '；'.join('%s%s工程' % (ORD_CN[i], it) for i, it in enumerate(items)))
    return wrap(r, body, '', yr(r)), what, [ck_count(N, [it + '工程' for it in items])]


@style('totals')
def t_count_named_companies(r, bad):
    k = r.randint(2, 6)
    names = []
    for _ in range(k * 3):
        c = r.choice(COMPANY_A) + r.choice(['港务', '物流', '科技', '农业', '食品', '航运'])
        if c not in names:
            names.append(c)
        if len(names) == k:
            break
    if len(names) < k:
        raise Retry('names')
    n, what = _count_bad(r, k, bad)
    N = T(n, 0, r.choice(['zh', 'a', 'a']))
    title = r.choice(['省级专精特新中小企业', '知识产权示范企业', '海关高级认证企业', '市级农业产业化龙头企业'])
    body = '全%s共有%s家企业获评%s，分别是%s。' % (r.choice(['县', '区', '市']), N, title, '、'.join(x + '公司' for x in names))
    return wrap(r, body, '', yr(r)), what, [ck_count(N, [x + '公司' for x in names])]


@style('totals')
def t_count_circled_aspects(r, bad):
    k = r.randint(3, 5)
    items = r.sample(['制度建设不健全', '台账资料不规范', '资金拨付不及时', '项目进度滞后', '日常巡查不到位', '信息公开不充分', '档案管理缺失'], k)
    n, what = _count_bad(r, k, bad)
    N = T(n, 0, r.choice(['zh', 'a']))
    body = '检查发现问题主要集中在以下%s个方面：%s。' % (N, '；'.join('①②③④⑤'[i] + it for i, it in enumerate(items)))
    return wrap(r, body, '', yr(r)), what, [ck_count(N, items)]


@style('totals')
def t_count_villages_list(r, bad):
    k = r.randint(3, 7)
    vs = villages(r, k, r.choice(['村', '社区']))
    n, what = _count_bad(r, k, bad)
    N = T(n, 0, r.choice(['zh', 'a']))
    body = '%s下辖%s个行政村（社区）：%s。' % (place(r, ['镇', '乡', '街道']), N, '、'.join(vs))
    return wrap(r, body, '', yr(r)), what, [ck_count(N, vs)]


@style('totals')
def t_count_heading_numbered_lines(r, bad):
    k = r.randint(3, 5)
    items = r.sample(ITEM_POOL, k)
    n, what = _count_bad(r, k, bad)
    N = T(n, 0, 'zh')
    lines = ['三、%s年计划推进%s项重点工作' % (yr(r) + 1, N)]
    lines += ['（%d）推进%s。' % (i + 1, it) for i, it in enumerate(items)]
    return wrap(r, lines, '', yr(r), pre=(0, 0), post=(0, 1)), what, [ck_count(N, items)]


@style('totals')
def t_unit_price_product(r, bad):
    qty = r.randint(2, 60)
    price = rdec(r, 0.5, 90, 2)
    tot = qty * price
    what = ''
    if bad:
        tot = bump(r, tot, 2, frac=(0.05, 0.2))
        what = 'total changed'
    Q, Pr, TT = T(qty), T(price, 2), T(tot, 2)
    item = r.choice(['消防水罐车', '多波束测深仪', '无人机巡护设备', '自助借还书机', '智能快件箱', '水质在线监测仪'])
    body = r.choice(['采购{i}{Q}台（套），单价{P}万元，合计{T}万元。', '{i}：数量{Q}台，单价{P}万元，金额{T}万元。']).format(i=item, Q=Q, P=Pr, T=TT)
    return wrap(r, body, '', yr(r)), what, [ck_product(Q, Pr, TT)]


@style('totals')
def t_quarterly_cumulative_halfyear(r, bad):
    subj, unit, rg, dec = r.choice([('完成港口货物吞吐量', '万吨', (200, 3000), 1), ('办理专利质押登记', '件', (5, 90), 0),
                                    ('接待读者', '万人次', (1, 40), 2), ('完成水利投资', '亿元', (1, 30), 2), ('监管进出口货物', '万吨', (20, 600), 2)])
    q1, q2 = rdec(r, *rg, dec=dec), rdec(r, *rg, dec=dec)
    h = q1 + q2
    h, (q1, q2), what = sum_bad(r, h, [q1, q2], bad, dec)
    A, B, H = T(q1, dec), T(q2, dec), T(h, dec)
    body = r.choice(['一季度%s%s%s，二季度%s%s，上半年累计%s%s。', '%s：一季度%s%s、二季度%s%s，1—6月累计%s%s。'])
    body = body % (subj, A, unit, B, unit, H, unit)
    return wrap(r, body, '', yr(r)), what, [ck_sum(H, [A, B])]


@style('totals')
def t_two_independent_sums(r, bad):
    d1, d2 = r.sample([d for d in TOT_DOMAINS if len(d[3]) >= 2], 2)
    checks, segs = [], []
    bi = r.randrange(2) if bad else -1
    what = ''
    for i, (org, whole, unit, cats, rg, dec) in enumerate((d1, d2)):
        cats = cats[:r.randint(2, min(4, len(cats)))]
        p = mkparts(r, len(cats), rg, dec)
        t = sum(p)
        t, p, w = sum_bad(r, t, p, i == bi, dec)
        what = what or w
        Tt, Ps = T(t, dec), [T(x, dec) for x in p]
        segs.append('%s%s%s%s，其中%s。' % (r.choice(['', '全年', '本年度']), whole, Tt, unit, jn(cats, Ps, unit)))
        checks.append(ck_sum(Tt, Ps))
    return wrap(r, segs, '', yr(r)), what, checks


@style('totals')
def t_county_towns_hierarchy(r, bad):
    subj, unit = r.choice([('完成高标准农田建设', '亩'), ('新增有效灌溉面积', '亩'), ('完成造林绿化', '亩'), ('排查整治隐患', '处'), ('走访慰问退役军人', '人次')])
    k = r.randint(3, 5)
    towns = [t + '镇' for t in r.sample(PLACE_A, k)]
    vals = [r.randint(30, 6000) for _ in towns]
    tot = sum(vals)
    tot, vals, what = sum_bad(r, tot, vals, bad, 0)
    V, TT = [T(v) for v in vals], T(tot)
    lines = ['全%s%s%s%s，各镇完成情况如下：' % (r.choice(['县', '区']), subj, TT, unit)]
    lines += ['%s：%s%s' % (t, v, unit) for t, v in zip(towns, V)]
    return wrap(r, lines, '', yr(r), post=(0, 1)), what, [ck_sum(TT, V)]


@style('totals')
def t_footnote_total_with_count(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 3)
    p = mkparts(r, len(cats), rg, dec)
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, dec)
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    K = T(len(cats), 0, r.choice(['zh', 'a']))
    lines = ['表1  %s分类统计（单位：%s）' % (whole, unit)]
    lines += ['%s  %s' % (n, x) for n, x in zip(cats, Ps)]
    lines.append('注：上表%s类合计%s%s。' % (K, TT, unit))
    return '\n'.join(lines), what, [ck_sum(TT, Ps), ck_count(K, cats)]


@style('totals')
def t_rank_order_breakdown(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 3)
    cats = cats[:3]
    p = sorted(mkparts(r, 3, rg, dec), reverse=True)
    if len(set(p)) < 3:
        raise Retry('tie')
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, dec, target='total')
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    body = '%s%s%s%s。从类型看，%s最多，为%s%s；其次是%s，%s%s；%s最少，为%s%s。' % (
        ctx_org(r, org), whole, TT, unit, cats[0], Ps[0], unit, cats[1], Ps[1], unit, cats[2], Ps[2], unit)
    return wrap(r, body, org, yr(r)), what, [ck_sum(TT, Ps)]


@style('totals')
def t_two_kinds_former_latter(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 2)
    cats = cats[:2]
    p = mkparts(r, 2, rg, dec)
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, dec)
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    K = T(2, surface='两')
    body = '%s%s%s，分为%s与%s%s类，前者%s%s，后者%s%s。' % (whole, TT, unit, cats[0], cats[1], K, Ps[0], unit, Ps[1], unit)
    return wrap(r, body, org, yr(r)), what, [ck_sum(TT, Ps), ck_count(K, cats)]


@style('totals')
def t_gender_split(r, bad):
    subj = r.choice(['参加培训的基层干部', '新录用公务员', '参赛运动员', '发展党员', '新招录消防员', '少数民族代表'])
    m, f_ = r.randint(5, 900), r.randint(5, 900)
    t = m + f_
    t, (m, f_), what = sum_bad(r, t, [m, f_], bad, 0)
    mode = pick_mode(r, allow_zh=True)
    M, F, TT = T(m, 0, mode), T(f_, 0, mode), T(t, 0, mode)
    body = r.choice(['{s}共{T}人，其中男性{M}人、女性{F}人。', '{s}{T}名（男{M}名，女{F}名）。', '{s}中，男{M}人，女{F}人，共{T}人。']).format(s=subj, T=TT, M=M, F=F)
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, [M, F])]


@style('totals')
def t_urban_rural_split(r, bad):
    subj, unit, dec = r.choice([('城乡居民基本养老保险参保人数', '万人', 2), ('供水人口', '万人', 2), ('农村危房改造', '户', 0), ('义务教育在校生', '人', 0)])
    a = rdec(r, 2, 90, dec) if dec else rdec(r, 200, 30000)
    b = rdec(r, 2, 90, dec) if dec else rdec(r, 200, 30000)
    t = a + b
    t, (a, b), what = sum_bad(r, t, [a, b], bad, dec)
    m = pick_mode(r, big=t >= 1000)
    A, B, TT = T(a, dec, m), T(b, dec, m), T(t, dec, m)
    body = '%s%s%s，其中城镇%s%s，农村%s%s。' % (subj, TT, unit, A, unit, B, unit)
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, [A, B])]


@style('totals')
def t_land_area_hectares(r, bad):
    cats = r.sample(['耕地', '园地', '林地', '草地', '湿地', '水域及水利设施用地', '建设用地', '其他土地'], r.randint(3, 5))
    p = mkparts(r, len(cats), (50, 9000), 2)
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, 2)
    m = r.choice(['a', 'c'])
    Ps, TT = [T(x, 2, m) for x in p], T(t, 2, m)
    body = '%s国土调查总面积%s公顷。其中，%s。' % (place(r, ['县', '区', '乡', '镇']), TT, '；'.join('%s%s公顷' % (n, x) for n, x in zip(cats, Ps)))
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, Ps)]


@style('totals')
def t_funding_sources_lines(r, bad):
    srcs = r.sample(['中央财政衔接推进乡村振兴补助资金', '省级财政衔接资金', '市级配套资金', '县级财政资金', '整合涉农资金', '社会帮扶资金'], r.randint(2, 4))
    p = mkparts(r, len(srcs), (20, 3000), r.choice([0, 2]))
    dec = 2 if any(x != int(x) for x in p) else 0
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, dec)
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    lines = ['资金来源：']
    lines += ['%s. %s %s万元' % (i + 1, n, x) for i, (n, x) in enumerate(zip(srcs, Ps))]
    lines.append('以上资金合计%s万元，全部用于易地搬迁后续扶持项目。' % TT)
    return wrap(r, lines, '', yr(r), pre=(0, 1), post=(0, 0)), what, [ck_sum(TT, Ps)]


@style('totals')
def t_sports_medals(r, bad):
    g, s, b = r.randint(1, 30), r.randint(1, 30), r.randint(1, 40)
    t = g + s + b
    t, (g, s, b), what = sum_bad(r, t, [g, s, b], bad, 0)
    mode = r.choice(['a', 'zh', 'fw'])
    G, S, B, TT = (T(x, 0, mode) for x in (g, s, b, t))
    ev = r.choice(['省第十届运动会', '全省少数民族传统体育运动会', '省青少年锦标赛', '全国残疾人田径锦标赛'])
    body = r.choice(['我%s代表团在%s上共获得奖牌%s枚，其中金牌%s枚、银牌%s枚、铜牌%s枚。' % (r.choice(['市', '县', '区']), ev, TT, G, S, B),
                     '%s：金牌%s枚，银牌%s枚，铜牌%s枚，奖牌总数%s枚。' % (ev, G, S, B, TT)])
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, [G, S, B])]


@style('totals')
def t_side_by_side_tables(r, bad):
    (o1, w1, u1, c1, r1, d1), (o2, w2, u2, c2, r2, d2) = r.sample([d for d in TOT_DOMAINS if len(d[3]) >= 3 and d[5] == 0], 2)
    k = 3
    c1, c2 = c1[:k], c2[:k]
    p1, p2 = mkparts(r, k, r1, 0), mkparts(r, k, r2, 0)
    t1, t2 = sum(p1), sum(p2)
    bi = r.randrange(2) if bad else -1
    t1, p1, w_a = sum_bad(r, t1, p1, bi == 0, 0)
    t2, p2, w_b = sum_bad(r, t2, p2, bi == 1, 0)
    P1, P2 = [T(x) for x in p1], [T(x) for x in p2]
    T1, T2 = T(t1), T(t2)
    lines = ['%s（%s）    |    %s（%s）' % (w1, u1, w2, u2)]
    for i in range(k):
        lines.append('%s %s    |    %s %s' % (c1[i], P1[i], c2[i], P2[i]))
    lines.append('合计 %s    |    合计 %s' % (T1, T2))
    return wrap(r, lines, '', yr(r), pre=(0, 1), post=(0, 1)), (w_a or w_b), [ck_sum(T1, P1), ck_sum(T2, P2)]


@style('totals')
def t_income_expense_rows(r, bad):
    units = villages(r, 3, r.choice(['村', '社区']))
    lines = ['单位\t收入（万元）\t支出（万元）\t结余（万元）']
    checks = []
    bi = r.randrange(3) if bad else -1
    what = ''
    for i, u in enumerate(units):
        a = rdec(r, 10, 300, 2)
        b = rdec(r, 5, float(a) * 0.9, 2)
        c = a - b
        if i == bi:
            c = bump(r, c, 2)
            what = 'row %d surplus changed' % (i + 1)
        A, B, C = T(a, 2), T(b, 2), T(c, 2)
        lines.append('%s\t%s\t%s\t%s' % (u, A, B, C))
        checks.append(ck_diff(A, B, C))
    return wrap(r, lines, '', yr(r), pre=(0, 1), post=(0, 1)), what, checks


@style('totals')
def t_express_yoy_two_columns(r, bad):
    cats = ['同城', '异地', '国际及港澳台']
    a = mkparts(r, 3, (5, 900), 2)
    b = mkparts(r, 3, (5, 900), 2)
    ta, tb = sum(a), sum(b)
    bi = r.randrange(2) if bad else -1
    ta, a, w1 = sum_bad(r, ta, a, bi == 0, 2)
    tb, b, w2 = sum_bad(r, tb, b, bi == 1, 2)
    A, B, TA, TB = [T(x, 2) for x in a], [T(x, 2) for x in b], T(ta, 2), T(tb, 2)
    lines = ['快递业务量（万件）  本期  上年同期']
    lines += ['%s  %s  %s' % (n, x, z) for n, x, z in zip(cats, A, B)]
    lines.append('合计  %s  %s' % (TA, TB))
    return wrap(r, lines, '邮政管理局', yr(r), pre=(0, 1), post=(0, 1)), w1 or w2, [ck_sum(TA, A), ck_sum(TB, B)]


@style('totals')
def t_total_in_footnote_star(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 2)
    p = mkparts(r, len(cats), rg, dec)
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, dec)
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    body = ['%s%s*：%s。' % (ctx_org(r, org), whole, '，'.join('%s%s%s' % (n, x, unit) for n, x in zip(cats, Ps))),
            '* 以上各项合计为%s%s。' % (TT, unit)]
    return wrap(r, body, org, yr(r), pre=(0, 1), post=(0, 1)), what, [ck_sum(TT, Ps)]


@style('totals')
def t_patent_types_with_wan(r, bad):
    cats = ['发明专利', '实用新型专利', '外观设计专利']
    p = [r.randint(100, 20000) for _ in cats]
    t = sum(p)
    t, p, what = sum_bad(r, t, p, bad, 0, target='part')
    # total written as x.xxxx万 when exact
    if t % 1 == 0 and (D(t) / 10000) * 10000 == t and r.random() < 0.6:
        disp = D(t) / 10000
        dd = max(0, -disp.normalize().as_tuple().exponent)
        TT = T(t, surface=render(disp, dd) + '万')
    else:
        TT = T(t, 0, 'c')
    Ps = [T(x, 0, r.choice(['a', 'c'])) for x in p]
    body = '全%s专利授权量%s件，其中%s。' % (r.choice(['省', '市']), TT, '、'.join('%s%s件' % (n, x) for n, x in zip(cats, Ps)))
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, Ps)]


# ============================================================================ totals: negatives (look-alikes)
@style('totals', 'neg')
def n_overlap_party_members(r, bad):
    t = r.randint(80, 3000)
    cats = r.sample(['女党员', '少数民族党员', '大专及以上学历党员', '35岁及以下党员', '60岁以上党员', '流动党员'], 3)
    p = [int(t * r.uniform(0.1, 0.6)) for _ in cats]
    if sum(p) == t:
        raise Retry('eq')
    TT, Ps = T(t), [T(x) for x in p]
    body = '%s共有党员%s名，其中%s。' % (place(r, ['镇', '街道', '乡']), TT, '、'.join('%s%s名' % (n, x) for n, x in zip(cats, Ps)))
    return wrap(r, body, '', yr(r)), 'categories overlap (a woman can be under 35 and hold a degree): not a partition', [ck_look('overlap', cats[0], [TT] + Ps)]


@style('totals', 'neg')
def n_overlap_employment_groups(r, bad):
    t = r.randint(2000, 30000)
    cats = r.sample(['高校毕业生', '农村转移劳动力', '就业困难人员', '退役军人', '脱贫劳动力'], 3)
    p = [int(t * r.uniform(0.15, 0.55)) for _ in cats]
    if sum(p) == t:
        raise Retry('eq')
    TT, Ps = T(t, 0, r.choice(['a', 'c'])), [T(x) for x in p]
    body = '全年城镇新增就业%s人，其中%s。' % (TT, '，'.join('帮助%s就业%s人' % (n, x) for n, x in zip(cats, Ps)))
    return wrap(r, body, '', yr(r)), 'overlapping target groups listed under 其中, not a breakdown', [ck_look('overlap', cats[0], [TT] + Ps)]


@style('totals', 'neg')
def n_selection_zhuyao(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 3)
    cats = cats[:3]
    p = mkparts(r, 2, rg, dec)
    t = sum(p) + rdec(r, rg[0], rg[1], dec)
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    mk = r.choice(['主要有', '主要包括', '重点是'])
    body = '%s%s%s，%s%s。' % (whole, TT, unit, mk, '、'.join('%s%s%s' % (n, x, unit) for n, x in zip(cats, Ps)))
    return wrap(r, body, org, yr(r)), 'parts introduced by %s are a selection, not the full breakdown' % mk, [ck_look('selection', mk, [TT] + Ps)]


@style('totals', 'neg')
def n_partial_list_deng(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 3)
    p = mkparts(r, len(cats) - 1, rg, dec)
    t = sum(p) + rdec(r, rg[0], rg[1], dec)
    Ps, TT = [T(x, dec) for x in p], T(t, dec)
    body = '%s%s%s，其中%s等。' % (whole, TT, unit, '、'.join('%s%s%s' % (n, x, unit) for n, x in zip(cats, Ps)))
    return wrap(r, body, org, yr(r)), 'list ends with 等: partial, cannot be summed against the whole', [ck_look('partial_deng', '等。', [TT] + Ps)]


@style('totals', 'neg')
def n_approx_total(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 2, dec_ok=False)
    p = mkparts(r, len(cats), (max(rg[0], 10), max(rg[1], 60)), 0)
    s = sum(p)
    form = r.choice(['约', '近', '余', '多'])
    if form == '约':
        t = int(round(float(s), -1)) if s > 50 else s + r.choice([-1, 1])
    elif form == '近':
        t = (int(s) // 10 + 1) * 10
    else:
        t = (int(s) // 10) * 10
    if t == s or t <= 0:
        raise Retry('eq')
    TT, Ps = T(t), [T(x) for x in p]
    wrt = {'约': '约%s%s' % (TT, unit), '近': '近%s%s' % (TT, unit), '余': '%s余%s' % (TT, unit), '多': '%s多%s' % (TT, unit)}[form]
    marker = {'约': '约', '近': '近', '余': '余', '多': '多'}[form]
    body = '%s%s，其中%s。' % (whole, wrt, '、'.join('%s%s%s' % (n, x, unit) for n, x in zip(cats, Ps)))
    return wrap(r, body, org, yr(r)), 'rounded/approximate whole (%s): parts %s vs %s is not a mismatch' % (form, s, t), [ck_look('approx_total', marker, [TT] + Ps)]


@style('totals', 'neg')
def n_model_numbers_standards(r, bad):
    a, b = r.randint(10, 90), r.randint(100, 900)
    yrr = r.randint(2012, 2022)
    A = T(a)
    body = r.choice([
        '依据GB 50016-%d《建筑设计防火规范》，对辖区%s家单位开展检查，新配备XF-%d型消防水带及KT-%d-%d型破拆工具。' % (yrr, A, b, a, b // 10),
        '新购置的HY-%d型多波束测深系统已完成调试，配合%s套RTK-%d定位终端用于航道测量，执行SL %d-%d标准。' % (b, A, a, b, yrr),
    ])
    return wrap(r, body, '', yr(r)), 'model numbers and standard codes look like arithmetic but are identifiers', [ck_look('identifier', r.choice(['型']), [A])]


@style('totals', 'neg')
def n_dates_phone_docnums(r, bad):
    y = yr(r)
    m, d = r.randint(1, 12), r.randint(1, 28)
    body = '根据《关于做好%d年度防汛抗旱工作的通知》（%s水发〔%d〕%d号）要求，%d月%d日起实行24小时值班，值班电话0%d-%d，举报邮箱%s@%s.gov.cn。' % (
        y, r.choice(['青', '临', '云', '梧']), y, r.randint(3, 60), m, d, r.randint(310, 999), r.randint(2000000, 8999999), 'fxb', 'qx')
    return wrap(r, body, '', y), 'dates, document numbers and phone numbers: no relation', [ck_look('identifier', '号', [])]


@style('totals', 'neg')
def n_ranks_positions(r, bad):
    a, b = r.randint(1, 9), r.randint(10, 20)
    A, B = T(a), T(b)
    body = r.choice(['全市营商环境评价中我县位列第%s位，较上年第%s位有明显提升。', '在全省%s个同类口岸中通关时效排名第%s位。'])
    if '同类口岸' in body:
        body = body % (B, A)
    else:
        body = body % (A, B)
    return wrap(r, body, '', yr(r)), 'ranks/positions, no arithmetic relation stated', [ck_look('rank', '第', [A, B])]


@style('totals', 'neg')
def n_one_plus_x(r, bad):
    n = r.randint(20, 600)
    N = T(n)
    body = r.choice([
        '深化“1+X”证书制度试点，全年%s名学生取得职业技能等级证书，构建“7+X”帮扶体系。' % N,
        '推行“1+3+N”网格管理模式，组建“1+N”志愿服务队%s支，落实“5+2”值班制度。' % N,
        '打造“2+4+N”现代产业体系，形成“1+1+1”家庭医生签约服务模式，签约服务%s户。' % N,
    ])
    return wrap(r, body, '', yr(r)), 'policy labels like 1+X / 7+X are names, not sums', [ck_look('policy_label', '+', [N])]


@style('totals', 'neg')
def n_different_wholes(r, bad):
    towns = [t + r.choice(['镇', '乡']) for t in r.sample(PLACE_A, 3)]
    subj, unit = r.choice([('受理信访事项', '件'), ('查处违法用地', '宗'), ('完成造林', '亩'), ('新增市场主体', '户')])
    vals = [T(r.randint(10, 900)) for _ in towns]
    body = '%s%s%s%s，%s%s%s，%s为%s%s。' % (towns[0], subj, vals[0], unit, towns[1], vals[1], unit, towns[2], vals[2], unit)
    return wrap(r, body, '', yr(r)), 'three separate towns, no whole stated', [ck_look('separate_wholes', towns[0], vals)]


@style('totals', 'neg')
def n_cumulative_vs_new(r, bad):
    subj, unit = r.choice([('乡村快递服务站', '个'), ('5G基站', '座'), ('新时代文明实践站', '个'), ('标准化党群服务中心', '个')])
    t = r.randint(100, 3000)
    a = r.randint(5, t // 4)
    TT, A = T(t), T(a)
    body = r.choice(['本年新建%s%s%s，累计达到%s%s。' % (subj, A, unit, TT, unit), '%s累计建成%s%s，其中今年新建%s%s。' % (subj, TT, unit, A, unit)])
    return wrap(r, body, '', yr(r)), 'cumulative stock vs new additions: only one part given', [ck_look('cumulative_vs_new', '累计', [TT, A])]


@style('totals', 'neg')
def n_ranges_spans(r, bad):
    a, b = r.randint(1, 5) * 1000, r.randint(6, 12) * 1000
    c, d = r.randint(2, 4), r.randint(5, 9)
    body = r.choice(['对符合条件的农户每户补助%d—%d元，项目建设期%d-%d年。' % (a, b, c, d),
                     '单次航道维护疏浚深度%d～%d米，作业窗口每年%d—%d月。' % (c, d, c, d + 2)])
    return wrap(r, body, '', yr(r)), 'ranges written with — / ～ / -, not subtractions', [ck_look('range', r.choice(['年', '月']) if False else '—' if '—' in body else '～', [])]


@style('totals', 'neg')
def n_single_subset_qizhong(r, bad):
    whole, sub, unit, rg = r.choice([('受理各类案件', '涉外案件', '件', (800, 9000)), ('接警出动', '夜间出动', '起', (300, 3000)),
                                     ('完成营造林', '国家储备林', '亩', (3000, 30000)), ('完成快递业务量', '农村地区', '万件', (300, 9000)),
                                     ('保障航班起降', '货运航班', '架次', (3000, 60000)), ('接收安置退役军人', '伤病残退役军人', '名', (60, 600)),
                                     ('办理专利质押登记', '知识产权质押融资', '笔', (40, 400))])
    t = r.randint(*rg)
    a = int(t * r.uniform(0.05, 0.4))
    if a <= 0:
        raise Retry('a')
    TT, A = T(t), T(a)
    body = '%s%s%s，其中%s%s%s。' % (whole, TT, unit, sub, A, unit)
    return wrap(r, body, '', yr(r)), 'only one subset under 其中: nothing to add up', [ck_look('single_subset', '其中', [TT, A])]


@style('totals', 'neg')
def n_threshold_nested(r, bad):
    a = r.randint(12, 80)
    b = r.randint(3, a - 2)
    c = r.randint(1, b - 1)
    A, B, C = T(a), T(b), T(c)
    body = r.choice(['全年实施重点项目%s个，其中亿元以上项目%s个，10亿元以上项目%s个。',
                     '新引进企业%s家，其中投资5000万元以上%s家，投资1亿元以上%s家。']) % (A, B, C)
    return wrap(r, body, '', yr(r)), 'threshold classes are nested (10亿以上 ⊂ 亿元以上)', [ck_look('threshold_nested', '以上', [A, B, C])]


@style('totals', 'neg')
def n_excluded_part(r, bad):
    org, whole, unit, cats, rg, dec = _dom(r, 2, dec_ok=False)
    t = r.randint(max(rg[0], 20) * 2, max(rg[1], 60) * 2)
    a = r.randint(1, max(2, t // 6))
    TT, A = T(t), T(a)
    ex = r.choice(['移送司法机关', '上级交办', '跨区域协查'])
    body = '%s%s%s（不含%s%s%s）。' % (whole, TT, unit, ex, A, unit)
    return wrap(r, body, org, yr(r)), 'excluded amount in 不含 is outside the whole', [ck_look('excluded_part', '不含', [TT, A])]


@style('totals', 'neg')
def n_year_series_no_total(r, bad):
    y = yr(r)
    subj, unit = r.choice([('港口集装箱吞吐量', '万标箱'), ('旅客吞吐量', '万人次'), ('快递业务量', '亿件'), ('专利授权量', '件')])
    v = [T(rdec(r, 10, 900, 1 if '万' in unit or '亿' in unit else 0), 1 if '万' in unit or '亿' in unit else 0) for _ in range(3)]
    body = '%d年、%d年、%d年%s分别为%s%s、%s%s和%s%s。' % (y - 2, y - 1, y, subj, v[0], unit, v[1], unit, v[2], unit)
    return wrap(r, body, '', y), 'a yearly series, no total or change stated', [ck_look('series', '分别为', v)]


@style('totals', 'neg')
def n_stock_and_flow(r, bad):
    a, b = r.randint(2000, 90000), r.randint(2000, 90000)
    A, B = T(a, 0, 'c'), T(b, 0, 'c')
    body = r.choice(['全年生猪出栏%s头，年末存栏%s头。', '年末牛存栏%s头，全年出栏肉牛%s头。']) % (A, B)
    return wrap(r, body, '', yr(r)), 'stock and flow are different quantities', [ck_look('separate_wholes', '栏', [A, B])]


@style('totals', 'neg')
def n_times_multiple(r, bad):
    a = r.randint(2, 9)
    k = r.choice(['1.5', '2', '3.2', '0.8'])
    body = '港口集装箱航线增至%s条，吞吐量是%d年的%s倍，实现“十四五”开门红。' % (T(a), yr(r) - 3, k)
    return wrap(r, body, '', yr(r)), 'a multiple of an unstated base', [ck_look('multiple', '倍', [T(a)])]


# ============================================================================ pct: rate layouts
def rate_core(r, bad, dec=None, mode='a', pctsign='%', fwpct=False, dom=None, allow_num_bad=True):
    d = dom or pdom(r)
    dec = r.choice([0, 1, 1, 2, 2]) if dec is None else dec
    den, num, pct = rate_vals(r, d, dec)
    what = ''
    if bad:
        if allow_num_bad and r.random() < 0.35:
            old = num
            num2 = int(bump(r, num, 0, frac=(0.03, 0.08)))
            if num2 > den:
                num2 = num - (num2 - num)
            if num2 <= 0:
                raise Retry('n')
            num = num2
            what = 'done count changed from %d' % old
            if safe_rnd(D(num) / D(den) * 100, dec) == pct or abs(D(num) / D(den) * 100 - pct) < D('0.3'):
                raise Retry('too close')
        else:
            pct = wrong_pct(r, pct, dec, hi=D(100))
            what = 'stated rate off by more than rounding'
    Dn, Nm = T(den, 0, mode), T(num, 0, mode)
    Pc = P(pct, dec, pctsign, fw=fwpct)
    return d, Dn, Nm, Pc, what


def RL_basic(r, d, Dn, Nm, Pc, y):
    return ['%s%s%s，%s%s%s，%s%s。' % (d[1], Dn, d[4], d[2], Nm, d[4], d[3], Pc)]


def RL_fraction(r, d, Dn, Nm, Pc, y):
    return ['%d年%s%s%s（%s/%s）。' % (y, d[3], r.choice(['为', '达', '达到']), Pc, Nm, Dn)]


def RL_zhong(r, d, Dn, Nm, Pc, y):
    return ['在%s%s%s中，已%s%s%s，占%s。' % (d[1], Dn, d[4], d[2], Nm, d[4], Pc)]


def RL_paren(r, d, Dn, Nm, Pc, y):
    return ['全年%s%s%s，%s%s%s（%s%s）。' % (d[1], Dn, d[4], d[2], Nm, d[4], d[3], Pc)]


def RL_heading(r, d, Dn, Nm, Pc, y):
    return ['（%s）%s达到%s' % (r.choice('一二三四'), d[3], Pc), '%d年，%s%s%s，%s%s%s。' % (y, d[1], Dn, d[4], d[2], Nm, d[4])]


def RL_kv(r, d, Dn, Nm, Pc, y):
    c = r.choice(['：', ':'])
    return ['%s%s%s%s' % (d[1], c, Dn, d[4]), '%s%s%s%s' % (d[2], c, Nm, d[4]), '%s%s%s' % (d[3], c, Pc)]


def RL_rate_first(r, d, Dn, Nm, Pc, y):
    return ['%s为%s：%s%s%s，%s%s%s。' % (d[3], Pc, d[1], Dn, d[4], d[2], Nm, d[4])]


def RL_title(r, d, Dn, Nm, Pc, y):
    return ['%s关于%d年度%s%s的情况说明' % (d[0], y, d[3], Pc), '经统计，全年%s%s%s，其中%s%s%s。' % (d[1], Dn, d[4], d[2], Nm, d[4])]


def RL_footnote(r, d, Dn, Nm, Pc, y):
    return ['表2  %s情况' % d[3], '%s（%s）  %s' % (d[1], d[4], Dn), '%s（%s）  %s' % (d[2], d[4], Nm), '注：%s为%s。' % (d[3], Pc)]


def RL_dash(r, d, Dn, Nm, Pc, y):
    b = r.choice(['- ', '• ', '·'])
    return [b + '%s：%s%s' % (d[1], Dn, d[4]), b + '%s：%s%s' % (d[2], Nm, d[4]), b + '%s：%s' % (d[3], Pc)]


def RL_den_after(r, d, Dn, Nm, Pc, y):
    return ['截至%d月底，%s%s%s，%s达%s，%s总数为%s%s。' % (r.randint(6, 12), d[2], Nm, d[4], d[3], Pc, d[1], Dn, d[4])]


def RL_pipe(r, d, Dn, Nm, Pc, y):
    return ['| 指标 | 数值 |', '| --- | --- |', '| %s（%s） | %s |' % (d[1], d[4], Dn), '| %s（%s） | %s |' % (d[2], d[4], Nm), '| %s | %s |' % (d[3], Pc)]


def rate_style(layout, **kw):
    def f(r, bad):
        d, Dn, Nm, Pc, what = rate_core(r, bad, **{k: (v(r) if callable(v) else v) for k, v in kw.items()})
        y = yr(r)
        who = place(r) + d[0]
        body = layout(r, d, Dn, Nm, Pc, y)
        return wrap(r, body, who, y), what, [ck_rate(Nm, Dn, Pc)]
    return f


for _name, _lay, _kw in [
    ('rate_basic_sentence', RL_basic, {}),
    ('rate_with_fraction_in_parens', RL_fraction, {}),
    ('rate_zhong_zhan', RL_zhong, {}),
    ('rate_parenthetical', RL_paren, {}),
    ('rate_in_heading', RL_heading, {}),
    ('rate_key_value_lines', RL_kv, {}),
    ('rate_stated_first', RL_rate_first, {}),
    ('rate_in_title_line', RL_title, {}),
    ('rate_in_table_footnote', RL_footnote, {}),
    ('rate_dash_bullets', RL_dash, {}),
    ('rate_denominator_after', RL_den_after, {}),
    ('rate_pipe_table', RL_pipe, {}),
    ('rate_fullwidth_digits_and_sign', RL_basic, {'mode': 'fw', 'pctsign': '％', 'fwpct': True}),
    ('rate_fullwidth_percent_sign_only', RL_paren, {'pctsign': '％'}),
    ('rate_thousands_separators', RL_kv, {'mode': lambda r: r.choice(['c', 'c', 'fc', 'sp'])}),
    ('rate_integer_percent', RL_den_after, {'dec': 0}),
    ('rate_two_decimals_kv', RL_dash, {'dec': 2}),
]:
    reg('pct', 'ci', _name, rate_style(_lay, **_kw))


@style('pct')
def p_rate_chinese_numeral_counts(r, bad):
    den = r.randint(8, 40)
    num = r.randint(max(1, den // 2), den - 1)
    dec = r.choice([0, 1, 2])
    pct = safe_rnd(D(num) / D(den) * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        what = 'rate off'
    Dn, Nm, Pc = T(den, 0, 'zh'), T(num, 0, 'zh'), P(pct, dec)
    subj = r.choice([('个行政村', '完成村规民约修订'), ('所学校', '建成标准化图书室'), ('个社区', '建成退役军人服务站'), ('座小型水库', '完成安全鉴定')])
    body = '全%s%s%s，已有%s%s%s，完成率%s。' % (r.choice(['镇', '乡', '街道']), Dn, subj[0], Nm, subj[0], subj[1], Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Nm, Dn, Pc)]


@style('pct')
def p_rate_baifenzhi_chinese(r, bad):
    d = pdom(r)
    den, num, pct = rate_vals(r, d, 0)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, 0, hi=D(100))
        what = 'rate off'
    Dn, Nm = T(den), T(num)
    Pc = T(pct, surface='百分之' + zh_int(int(pct)))
    body = '%s%s%s，%s%s%s，%s达到%s。' % (d[1], Dn, d[4], d[2], Nm, d[4], d[3], Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Nm, Dn, Pc)]


@style('pct')
def p_rate_wan_people(r, bad):
    den = r.randint(500, 9000) * 100
    num = int(den * r.uniform(0.9, 0.995)) // 100 * 100
    dec = r.choice([1, 2])
    pct = safe_rnd(D(num) / D(den) * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        what = 'rate off'
    Dn = T(den, surface=format((D(den) / 10000).normalize(), 'f') + '万')
    Nm = T(num, surface=format((D(num) / 10000).normalize(), 'f') + '万')
    Pc = P(pct, dec)
    subj = r.choice([('应参保', '实际参保', '参保率'), ('农村常住人口', '农村自来水受益人口', '自来水普及率'), ('户籍人口', '参加基本医疗保险', '基本医保参保率')])
    body = '%s%s人，%s%s人，%s%s。' % (subj[0], Dn, subj[1], Nm, subj[2], Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Nm, Dn, Pc)]


@style('pct')
def p_rate_plus_remaining(r, bad):
    d = pdom(r)
    dec = r.choice([1, 2])
    den, num, pct = rate_vals(r, d, dec)
    rest = den - num
    what = ''
    if bad:
        if r.random() < 0.5:
            rest = int(bump(r, rest)) if rest > 0 else rest + 2
            what = 'remaining count changed'
        else:
            pct = wrong_pct(r, pct, dec, hi=D(100))
            what = 'rate off'
    if rest <= 0:
        raise Retry('r')
    Dn, Nm, Rs, Pc = T(den), T(num), T(rest), P(pct, dec)
    body = '%s%s%s，已%s%s%s，尚有%s%s正在推进，%s%s。' % (d[1], Dn, d[4], d[2], Nm, d[4], Rs, d[4], d[3], Pc)
    return wrap(r, body, '', yr(r)), what, [ck_sum(Dn, [Nm, Rs]), ck_rate(Nm, Dn, Pc)]


@style('pct')
def p_inspection_pass_fail(r, bad):
    den = r.randint(150, 6000)
    fail = r.randint(1, max(2, den // 25))
    ok = den - fail
    dec = 2
    pct = safe_rnd(D(fail) / D(den) * 100, dec)
    what = ''
    if bad:
        if r.random() < 0.5:
            pct = wrong_pct(r, pct, dec, hi=D(100))
            if pct <= 0:
                raise Retry('neg')
            what = 'failure rate off'
        else:
            ok = int(bump(r, ok, frac=(0.005, 0.02)))
            what = 'pass count changed'
    Dn, Ok, Fl, Pc = T(den, 0, r.choice(['a', 'c'])), T(ok, 0), T(fail), P(pct, dec)
    goods = r.choice(['食用农产品', '林木种苗', '进口冷链食品', '预包装食品', '农资产品'])
    body = '全年抽检%s%s批次，合格%s批次，不合格%s批次，不合格率为%s。' % (goods, Dn, Ok, Fl, Pc)
    return wrap(r, body, '', yr(r)), what, [ck_sum(Dn, [Ok, Fl]), ck_rate(Fl, Dn, Pc)]


@style('pct')
def p_multi_unit_rate_table(r, bad):
    d = r.choice([x for x in PCT_DOMAINS if x[0] in ('医疗保障局', '乡村振兴局', '卫生健康局', '疾控中心', '退役军人事务局', '体育局')])
    units = villages(r, 3, r.choice(['村', '社区']))
    dec = r.choice([1, 2])
    lines = ['单位\t%s（%s）\t%s（%s）\t%s' % (d[1], d[4], d[2], d[4], d[3])]
    checks = []
    bi = r.randrange(3) if bad else -1
    what = ''
    for i, u in enumerate(units):
        den = r.randint(20, 900)
        num = int(den * r.uniform(*d[6]))
        num = max(1, min(num, den))
        pct = safe_rnd(D(num) / D(den) * 100, dec)
        if i == bi:
            pct = wrong_pct(r, pct, dec, hi=D(100))
            what = 'row %d rate off' % (i + 1)
        Dn, Nm, Pc = T(den), T(num), P(pct, dec)
        lines.append('%s\t%s\t%s\t%s' % (u, Dn, Nm, Pc))
        checks.append(ck_rate(Nm, Dn, Pc))
    return wrap(r, lines, '', yr(r), pre=(0, 1), post=(0, 1)), what, checks


@style('pct')
def p_permille_birth_rate(r, bad):
    pop = r.randint(50, 900) * 100  # persons
    births = int(pop * r.uniform(0.005, 0.011))
    pm = safe_rnd(D(births) / D(pop) * 1000, 2)
    what = ''
    if bad:
        pm = pm + r.choice([-1, 1]) * rnd(D(str(r.uniform(0.8, 2.5))), 2)
        what = 'per-mille rate off'
    Pop = T(pop, surface=format((D(pop) / 10000).normalize(), 'f') + '万')
    B, Pm = T(births), P(pm, 2, '‰')
    body = '年末常住人口%s人，全年出生人口%s人，人口出生率为%s。' % (Pop, B, Pm)
    return wrap(r, body, '', yr(r)), what, [ck_rate(B, Pop, Pm, scale=1000)]


@style('pct')
def p_over_100_completion(r, bad):
    plan = rdec(r, 5, 90, 2)
    done = (plan * D(str(round(r.uniform(1.02, 1.35), 3)))).quantize(D('0.01'))
    dec = r.choice([1, 2])
    pct = safe_rnd(done / plan * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec)
        what = 'completion rate off'
    Pl, Dn_, Pc = T(plan, 2), T(done, 2), P(pct, dec)
    subj = r.choice(['水利建设投资', '交通固定资产投资', '外贸进出口额', '林业产业总产值', '技术合同成交额'])
    body = '%s年度目标%s亿元，实际完成%s亿元，完成年度目标的%s，超额完成任务。' % (subj, Pl, Dn_, Pc)
    return wrap(r, body, '', yr(r)), what + ' (over 100 %% is legitimate here)', [ck_rate(Dn_, Pl, Pc)]


@style('pct')
def p_budget_execution(r, bad):
    bud = rdec(r, 100, 9000, 2)
    act = (bud * D(str(round(r.uniform(0.75, 1.1), 3)))).quantize(D('0.01'))
    dec = 1
    pct = safe_rnd(act / bud * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec)
        what = 'execution rate off'
    B, A, Pc = T(bud, 2, r.choice(['a', 'c'])), T(act, 2, r.choice(['a', 'c'])), P(pct, dec)
    item = r.choice(['一般公共预算支出', '政府性基金预算支出', '部门项目支出', '“三公”经费支出'])
    body = r.choice(['%s预算数%s万元，决算数%s万元，完成预算的%s。', '%s：调整预算%s万元，执行%s万元，预算执行率%s。']) % (item, B, A, Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(A, B, Pc)]


@style('pct')
def p_multi_rate_same_den(r, bad):
    den = r.randint(300, 20000)
    a = int(den * r.uniform(0.9, 0.99))
    b = int(den * r.uniform(0.85, 0.98))
    dec = r.choice([1, 2])
    pa, pb = safe_rnd(D(a) / den * 100, dec), safe_rnd(D(b) / den * 100, dec)
    what = ''
    if bad:
        if r.random() < 0.5:
            pa = wrong_pct(r, pa, dec, hi=D(100))
            what = 'first rate off'
        else:
            pb = wrong_pct(r, pb, dec, hi=D(100))
            what = 'second rate off'
    Dn, A, B, PA, PB = T(den), T(a), T(b), P(pa, dec), P(pb, dec)
    body = '全年受理群众诉求%s件，按期办结%s件，按期办结率%s；回访满意%s件，满意率%s。' % (Dn, A, PA, B, PB)
    return wrap(r, body, '12345热线', yr(r)), what, [ck_rate(A, Dn, PA), ck_rate(B, Dn, PB)]


@style('pct')
def p_two_towns_fenbie_rates(r, bad):
    t1, t2 = [x + '镇' for x in r.sample(PLACE_A, 2)]
    d1, d2 = r.randint(40, 900), r.randint(40, 900)
    n1, n2 = int(d1 * r.uniform(0.85, 0.99)), int(d2 * r.uniform(0.85, 0.99))
    dec = 1
    p1, p2 = safe_rnd(D(n1) / d1 * 100, dec), safe_rnd(D(n2) / d2 * 100, dec)
    what = ''
    if bad:
        if r.random() < 0.5:
            p1 = wrong_pct(r, p1, dec, hi=D(100))
        else:
            p2 = wrong_pct(r, p2, dec, hi=D(100))
        what = 'one of the two rates off'
    D1, D2, N1, N2, P1_, P2_ = T(d1), T(d2), T(n1), T(n2), P(p1, dec), P(p2, dec)
    body = '%s、%s应改造农村户厕分别为%s户、%s户，已改造%s户、%s户，改造完成率分别为%s、%s。' % (t1, t2, D1, D2, N1, N2, P1_, P2_)
    return wrap(r, body, '', yr(r)), what, [ck_rate(N1, D1, P1_), ck_rate(N2, D2, P2_)]


@style('pct')
def p_share_zhan_single(r, bad):
    dec_v = 2
    tot = rdec(r, 20, 900, dec_v)
    part = (tot * D(str(round(r.uniform(0.2, 0.8), 3)))).quantize(D('0.01'))
    dec = 1
    pct = safe_rnd(part / tot * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        what = 'share off'
    TT, Pt, Pc = T(tot, 2), T(part, 2), P(pct, dec)
    subj = r.choice([('进出口总值', '出口', '亿元'), ('港口货物吞吐量', '外贸货物吞吐量', '万吨'), ('快递业务收入', '异地快递业务收入', '亿元'), ('林业总产值', '林下经济产值', '亿元')])
    body = '%s%s%s，其中%s%s%s，占%s。' % (subj[0], TT, subj[2], subj[1], Pt, subj[2], Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Pt, TT, Pc)]


@style('pct')
def p_share_zhan_two_parts(r, bad):
    tot = r.randint(500, 20000)
    a = int(tot * r.uniform(0.25, 0.45))
    b = int(tot * r.uniform(0.15, 0.35))
    dec = r.choice([1, 2])
    pa, pb = safe_rnd(D(a) / tot * 100, dec), safe_rnd(D(b) / tot * 100, dec)
    what = ''
    if bad:
        if r.random() < 0.5:
            pa = wrong_pct(r, pa, dec, hi=D(60))
        else:
            pb = wrong_pct(r, pb, dec, hi=D(50))
        what = 'one share off'
    TT, A, B, PA, PB = T(tot, 0, r.choice(['a', 'c'])), T(a), T(b), P(pa, dec), P(pb, dec)
    cats = r.choice([('发明专利', '实用新型专利', '专利授权量', '件'), ('刑事案件', '民事案件', '受理案件', '件'), ('来信', '来访', '信访事项', '件'), ('国际航线旅客', '地区航线旅客', '旅客吞吐量', '人次')])
    body = '%s%s%s，其中%s%s%s，占%s；%s%s%s，占%s。' % (cats[2], TT, cats[3], cats[0], A, cats[3], PA, cats[1], B, cats[3], PB)
    return wrap(r, body, '', yr(r)), what, [ck_rate(A, TT, PA), ck_rate(B, TT, PB), ck_shares([PA, PB], False)]


def exh_shares(r, k, dec, noise=True):
    unit_total = 100 * 10 ** dec
    while True:
        cuts = sorted(r.sample(range(1, unit_total), k - 1))
        vals = [b - a for a, b in zip([0] + cuts, cuts + [unit_total])]
        if min(vals) >= 2 * 10 ** dec:
            break
    if noise and dec and r.random() < 0.4:
        i = r.randrange(k)
        vals[i] += r.choice([-1, 1])
    return [D(v) / (10 ** dec) for v in vals]


def break_shares_up(r, vals, dec):
    i = r.randrange(len(vals))
    vals = list(vals)
    vals[i] = vals[i] + rnd(D(str(r.uniform(1.6, 9))), dec)
    return vals, 'share %d raised: sum passes 100' % (i + 1)


def share_sum_style(builder, k=(3, 3), dec=(1, 1), exhaustive=True):
    def f(r, bad):
        kk = r.randint(*k)
        dd = r.choice(dec) if isinstance(dec, (list, tuple)) else dec
        if exhaustive:
            vals = exh_shares(r, kk, dd)
        else:
            tot = D(r.randint(55, 92))
            vals = [v * tot / 100 for v in exh_shares(r, kk, dd, noise=False)]
            vals = [rnd(v, dd) for v in vals]
            if any(v <= 0 for v in vals):
                raise Retry('z')
        what = ''
        if bad:
            if exhaustive:
                vals, what = break_shares_up(r, vals, dd)
            else:
                i = r.randrange(kk)
                need = 100 - sum(vals) + rnd(D(str(r.uniform(1.6, 12))), dd)
                vals[i] = vals[i] + need
                what = 'share %d raised so the exclusive parts pass 100' % (i + 1)
        text, toks = builder(r, vals, dd)
        return wrap(r, text, '', yr(r)), what, [ck_shares(toks, exhaustive)]
    return f


def SB_industry(r, vals, dd):
    vals = vals[:3]
    toks = [P(v, dd) for v in vals]
    return ['三次产业增加值占地区生产总值的比重分别为%s、%s、%s。' % tuple(toks)], toks


def SB_ratio_colon(r, vals, dd):
    sep = r.choice([':', '∶', '：'])
    toks = [T(v, dd, surface=f'{v:.{dd}f}') for v in vals]
    return ['%d年三次产业结构比例调整为%s。' % (yr(r), sep.join(str(t) for t in toks))], toks


def SB_pie_lines(r, vals, dd):
    names = r.sample(['公路运输', '铁路运输', '水路运输', '航空运输', '管道运输'], len(vals))
    toks = [P(v, dd) for v in vals]
    lines = ['图3  %s货运量构成' % r.choice(['全市', '全省', '港区'])] + ['%s  %s' % (n, t) for n, t in zip(names, toks)]
    return lines, toks


def SB_gender(r, vals, dd):
    toks = [P(v, dd) for v in vals]
    subj = r.choice(['全市志愿者中', '新录用公务员中', '本科在校生中', '注册运动员中'])
    return ['%s，男性占%s，女性占%s。' % (subj, toks[0], toks[1])], toks


def SB_age_table(r, vals, dd):
    toks = [P(v, dd) for v in vals]
    return ['年龄构成\t占比', '0—14岁\t%s' % toks[0], '15—59岁\t%s' % toks[1], '60岁及以上\t%s' % toks[2]], toks


def SB_exclusive_partial(r, vals, dd):
    names = r.sample(['国有控股企业', '民营企业', '外商及港澳台投资企业', '集体企业'], len(vals))
    toks = [P(v, dd) for v in vals]
    subj = r.choice(['全市进出口总值中', '规模以上工业增加值中', '新增市场主体注册资本中'])
    return ['%s，%s。' % (subj, '、'.join('%s占%s' % (n, t) for n, t in zip(names, toks)))], toks


def SB_pipe_shares(r, vals, dd):
    names = r.sample(['一般贸易', '加工贸易', '保税物流', '其他'], len(vals))
    toks = [P(v, dd) for v in vals]
    lines = ['| 贸易方式 | 占比 |'] + ['| %s | %s |' % (n, t) for n, t in zip(names, toks)]
    return lines, toks


def SB_land_use(r, vals, dd):
    names = r.sample(['林地', '耕地', '草地', '建设用地', '水域'], len(vals))
    toks = [P(v, dd, '％') for v in vals]
    return ['从土地利用结构看，%s。' % '，'.join('%s占%s' % (n, t) for n, t in zip(names, toks))], toks


reg('pct', 'ci', 'shares_industry_structure', share_sum_style(SB_industry, (3, 3), (1, 2)))
reg('pct', 'ci', 'shares_ratio_colon_form', share_sum_style(SB_ratio_colon, (3, 3), 1))
reg('pct', 'ci', 'shares_pie_legend_lines', share_sum_style(SB_pie_lines, (3, 5), (1, 2)))
reg('pct', 'ci', 'shares_gender_two_way', share_sum_style(SB_gender, (2, 2), (1, 2)))
reg('pct', 'ci', 'shares_age_group_table', share_sum_style(SB_age_table, (3, 3), (1, 2)))
reg('pct', 'ci', 'shares_exclusive_not_exhaustive', share_sum_style(SB_exclusive_partial, (2, 3), 1, exhaustive=False))
reg('pct', 'ci', 'shares_pipe_table', share_sum_style(SB_pipe_shares, (3, 4), 1))
reg('pct', 'ci', 'shares_land_use_fullwidth', share_sum_style(SB_land_use, (3, 5), (1, 2)))


# ============================================================================ pct: change, points, combined
def chg_vals(r, direction, rg=(50, 9000), vdec=0, g=(0.03, 0.6), pdec=None):
    pdec = r.choice([1, 1, 2]) if pdec is None else pdec
    old = rdec(r, *rg, dec=vdec)
    f = D(str(round(r.uniform(*g), 4)))
    new = (old * (1 + f) if direction == 'inc' else old * (1 - f)).quantize(D(1).scaleb(-vdec))
    if new == old or new <= 0:
        raise Retry('same')
    real = (new - old) / old * 100 * (1 if direction == 'inc' else -1)
    return old, new, safe_rnd(real, pdec), pdec


def pctchg_style(tmpls, direction, subjects, g=(0.03, 0.6), bad_new=True):
    def f(r, bad):
        subj, unit, rg, vdec = r.choice(subjects)
        old, new, pct, pdec = chg_vals(r, direction, rg, vdec, g)
        what = ''
        if bad:
            if bad_new and r.random() < 0.3:
                new2 = bump(r, new, vdec, frac=(0.03, 0.1))
                real = (new2 - old) / old * 100 * (1 if direction == 'inc' else -1)
                if real <= 0 or abs(real - pct) < D('0.5'):
                    raise Retry('close')
                new = new2
                what = 'current value changed'
            else:
                pct = wrong_pct(r, pct, pdec)
                what = 'stated change rate off'
        m = pick_mode(r, big=max(old, new) >= 1000)
        O, N, Pc = T(old, vdec, m), T(new, vdec, m), P(pct, pdec, r.choice(['%', '%', '％']))
        y = yr(r)
        body = r.choice(tmpls).format(s=subj, u=unit, O=O, N=N, P=Pc, y=y, y0=y - 1)
        return wrap(r, body.split('\n'), '', y), what, [ck_pctchg(O, N, Pc, direction)]
    return f


INC_SUBJ = [('港口货物吞吐量', '万吨', (500, 9000), 1), ('快递业务量', '万件', (100, 9000), 2), ('有效发明专利', '件', (100, 9000), 0),
            ('旅客吞吐量', '万人次', (20, 900), 1), ('图书馆读者到馆', '万人次', (5, 90), 2), ('外贸进出口总值', '亿元', (10, 900), 2),
            ('林下经济产值', '亿元', (1, 60), 2), ('注册志愿者', '人', (500, 30000), 0), ('技术合同成交额', '亿元', (1, 90), 2)]
DEC_SUBJ_P = [('火灾起数', '起', (100, 900), 0), ('道路交通事故死亡人数', '人', (20, 300), 0), ('信访总量', '件', (200, 5000), 0),
              ('单位GDP能耗', '吨标准煤/万元', (1, 3), 3), ('农村饮水不安全人口', '人', (500, 9000), 0), ('重复信访件', '件', (30, 600), 0)]

reg('pct', 'ci', 'growth_from_to_increase', pctchg_style(['{s}由{O}{u}增至{N}{u}，增长{P}。', '{s}从{y0}年的{O}{u}提升到{N}{u}，增幅{P}。'], 'inc', INC_SUBJ))
reg('pct', 'ci', 'decline_from_to', pctchg_style(['{s}由{O}{u}下降到{N}{u}，下降{P}。', '{s}{N}{u}，较上年的{O}{u}下降{P}。'], 'dec', DEC_SUBJ_P, g=(0.03, 0.5)))
reg('pct', 'ci', 'yoy_with_base_in_parens', pctchg_style(['全年完成{s}{N}{u}，同比增长{P}（上年同期为{O}{u}）。', '{s}{N}{u}（{y0}年：{O}{u}），比上年增长{P}。'], 'inc', INC_SUBJ))
reg('pct', 'ci', 'growth_over_100_with_base', pctchg_style(['{s}由{O}{u}增加到{N}{u}，增长{P}，实现翻番。', '{s}达到{N}{u}，是{y0}年{O}{u}的两倍多，增长{P}。'], 'inc', INC_SUBJ, g=(1.05, 2.2)))
reg('pct', 'ci', 'growth_key_value_form', pctchg_style(['指标：{s}\n本年：{N}{u}\n上年：{O}{u}\n增幅：{P}', '{s}\n{y}年 {N}{u}\n{y0}年 {O}{u}\n同比 +{P}'], 'inc', INC_SUBJ))
reg('pct', 'ci', 'decline_key_value_form', pctchg_style(['{s}：本期{N}{u}；上年同期{O}{u}；同比下降{P}。', '{s}（{u}）\t{y0}年 {O}\t{y}年 {N}\t降幅 {P}'], 'dec', DEC_SUBJ_P, g=(0.03, 0.5)))


@style('pct')
def p_huanbi_monthly(r, bad):
    m = r.randint(2, 12)
    old, new, pct, pdec = chg_vals(r, 'inc', (50, 3000), 0, (0.03, 0.5))
    what = ''
    if bad:
        pct = wrong_pct(r, pct, pdec)
        what = 'month-on-month rate off'
    O, N, Pc = T(old), T(new), P(pct, pdec)
    subj = r.choice(['12345热线受理量', '快递投诉量', '网格上报事件', '出入境旅客'])
    body = '%d月份%s%s件，环比增长%s（%d月份为%s件）。' % (m, subj, N, Pc, m - 1, O)
    return wrap(r, body, '', yr(r)), what, [ck_pctchg(O, N, Pc, 'inc')]


@style('pct')
def p_yoy_table_rows(r, bad):
    rows = r.sample([('货物吞吐量（万吨）', 1), ('集装箱吞吐量（万标箱）', 2), ('旅客吞吐量（万人次）', 1), ('外贸吞吐量（万吨）', 1), ('滚装汽车（万辆）', 2)], 3)
    y = yr(r)
    lines = ['指标\t%d年\t%d年\t增速（%%）' % (y, y - 1)]
    bi = r.randrange(3) if bad else -1
    checks, what = [], ''
    for i, (nm, vd) in enumerate(rows):
        direction = 'inc' if r.random() < 0.75 else 'dec'
        old, new, pct, pdec = chg_vals(r, direction, (10, 900), vd, (0.02, 0.35), pdec=1)
        if i == bi:
            pct = wrong_pct(r, pct, 1)
            what = 'row %d growth off' % (i + 1)
        O, N = T(old, vd), T(new, vd)
        Pc = T(pct, 1, surface=f'{pct:.1f}')
        lines.append('%s\t%s\t%s\t%s%s' % (nm, N, O, '' if direction == 'inc' else '-', Pc))
        checks.append(ck_pctchg(O, N, Pc, direction))
    return wrap(r, lines, company(r), y, pre=(0, 1), post=(0, 1)), what, checks


@style('pct')
def p_accidents_decline_counts(r, bad):
    old = r.randint(20, 400)
    new = r.randint(max(1, old // 2), old - 1)
    pdec = 1
    pct = safe_rnd(D(old - new) / old * 100, pdec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, pdec, hi=D(99))
        what = 'decline rate off'
    mode = r.choice(['a', 'zh'])
    O, N, Pc = T(old, 0, mode), T(new, 0, mode), P(pct, pdec)
    subj = r.choice(['安全生产事故', '森林火情', '溺水事件', '涉路交通事故'])
    body = '全年发生%s%s起，上年为%s起，同比下降%s。' % (subj, N, O, Pc)
    return wrap(r, body, '', yr(r)), what, [ck_pctchg(O, N, Pc, 'dec')]


def pp_vals(r, direction, lo=50, hi=95, dec=1):
    o = rdec(r, lo, hi, dec)
    d = rdec(r, 0.3, 8, dec)
    n = o + d if direction == 'inc' else o - d
    if n >= 100 or n <= 0:
        raise Retry('pp')
    return o, n, d


def pp_style(tmpls, direction):
    def f(r, bad):
        dec = r.choice([1, 2])
        o, n, d = pp_vals(r, direction, dec=dec)
        what = ''
        if bad:
            d2 = d + r.choice([-1, 1]) * rnd(D(str(r.uniform(0.4, 2.5))), dec)
            if d2 <= 0:
                d2 = d + rnd(D(str(r.uniform(0.4, 2.5))), dec)
            d = d2
            what = 'stated points off'
        O, N, Dl = P(o, dec), P(n, dec), T(d, dec, surface=f'{d:.{dec}f}')
        subj = r.choice(['森林覆盖率', '农田灌溉水有效利用系数达标率', '快递包装绿色化率', '城市生活垃圾回收利用率', '党员教育培训覆盖率', '城镇登记失业人员再就业率'])
        y = yr(r)
        body = r.choice(tmpls).format(s=subj, O=O, N=N, Dl=Dl, y=y, y0=y - 1)
        return wrap(r, body, '', y), what, [ck_pp(O, N, Dl, direction)]
    return f


reg('pct', 'ci', 'points_change_increase', pp_style(['{s}由{O}提高到{N}，提高{Dl}个百分点。', '{s}达到{N}，比{y0}年的{O}上升{Dl}个百分点。'], 'inc'))
reg('pct', 'ci', 'points_change_decrease', pp_style(['{s}由{O}降至{N}，下降{Dl}个百分点。', '{s}为{N}，较上年（{O}）回落{Dl}个百分点。'], 'dec'))


@style('pct')
def p_air_quality_days_and_points(r, bad):
    y = r.choice([2019, 2021, 2022, 2023, 2024])
    days = 366 if y in (2020, 2024) else 365
    good = r.randint(260, 355)
    dec = 1
    pct = safe_rnd(D(good) / days * 100, dec)
    old = pct - rdec(r, 0.5, 6, 1)
    dl = pct - old
    what = ''
    if bad:
        if r.random() < 0.5:
            good2 = good + r.choice([-1, 1]) * r.randint(4, 12)
            if abs(D(good2) / days * 100 - pct) < D('0.5'):
                raise Retry('c')
            good = good2
            what = 'good-day count changed'
        else:
            dl = dl + r.choice([-1, 1]) * rnd(D(str(r.uniform(0.4, 2))), 1)
            if dl <= 0:
                raise Retry('d')
            what = 'stated points off'
    G, Dy, Pc, O, Dl = T(good), T(days), P(pct, dec), P(old, dec), T(dl, 1, surface=f'{dl:.1f}')
    body = '%d年全年有效监测%s天，空气质量优良天数%s天，优良率%s，比上年的%s提高%s个百分点。' % (y, Dy, G, Pc, O, Dl)
    return wrap(r, body, '', y, pre=(0, 1)), what, [ck_rate(G, Dy, Pc), ck_pp(O, Pc, Dl, 'inc')]


@style('pct')
def p_share_and_growth_combined(r, bad):
    old, new, g, gdec = chg_vals(r, 'inc', (20, 900), 2, (0.03, 0.4), pdec=1)
    tot = (new / D(str(round(r.uniform(0.3, 0.8), 3)))).quantize(D('0.01'))
    sh = safe_rnd(new / tot * 100, 1)
    what = ''
    if bad:
        if r.random() < 0.5:
            g = wrong_pct(r, g, 1)
            what = 'growth rate off'
        else:
            sh = wrong_pct(r, sh, 1, hi=D(100))
            what = 'share off'
    O, N, G, TT, S = T(old, 2), T(new, 2), P(g, 1), T(tot, 2), P(sh, 1)
    body = '全年出口%s亿元，比上年（%s亿元）增长%s，占进出口总值%s亿元的%s。' % (N, O, G, TT, S)
    return wrap(r, body, '海关', yr(r)), what, [ck_pctchg(O, N, G, 'inc'), ck_rate(N, TT, S)]


@style('pct')
def p_forest_coverage_area(r, bad):
    land = rdec(r, 800, 20000, 0)
    forest = (land * D(str(round(r.uniform(0.3, 0.75), 3)))).quantize(D('0.01'))
    dec = 2
    pct = safe_rnd(forest / land * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        what = 'coverage off'
    L, F, Pc = T(land, 0, r.choice(['a', 'c'])), T(forest, 2, r.choice(['a', 'c'])), P(pct, dec)
    where = r.choice(['县', '市'])
    if r.random() < 0.5:
        body = '全%s国土面积%s平方公里，森林面积%s平方公里，森林覆盖率%s。' % (where, L, F, Pc)
    else:
        body = '全%s森林覆盖率达到%s（森林面积%s平方公里/国土面积%s平方公里）。' % (where, Pc, F, L)
    return wrap(r, body, '林业和草原局', yr(r)), what, [ck_rate(F, L, Pc)]


@style('pct')
def p_den_from_sum_then_rate(r, bad):
    a, b = r.randint(50, 3000), r.randint(50, 3000)
    tot = a + b
    done = int(tot * r.uniform(0.9, 0.995))
    dec = 2
    pct = safe_rnd(D(done) / tot * 100, dec)
    what = ''
    if bad:
        if r.random() < 0.5:
            a = int(bump(r, a))
            what = 'one component changed'
        else:
            pct = wrong_pct(r, pct, dec, hi=D(100))
            what = 'rate off'
    A, B, TT, Dn, Pc = T(a), T(b), T(tot), T(done), P(pct, dec)
    body = '受理信访件%s件、网上投诉%s件，共计%s件，已办结%s件，办结率%s。' % (A, B, TT, Dn, Pc)
    return wrap(r, body, '', yr(r)), what, [ck_sum(TT, [A, B]), ck_rate(Dn, TT, Pc)]


@style('pct')
def p_unfinished_rate(r, bad):
    d = pdom(r)
    den, num, _ = rate_vals(r, d, 1)
    rest = den - num
    if rest <= 0:
        raise Retry('r')
    dec = 2
    pct = safe_rnd(D(rest) / den * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        if pct <= 0:
            raise Retry('neg')
        what = 'residual rate off'
    Dn, Rs, Pc = T(den), T(rest), P(pct, dec)
    body = '%s%s%s，尚未%s%s%s，占总数的%s，将于下季度全部完成。' % (d[1], Dn, d[4], d[2], Rs, d[4], Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Rs, Dn, Pc)]


@style('pct')
def p_numbered_items_rates(r, bad):
    ds = r.sample(PCT_DOMAINS, 2)
    bi = r.randrange(2) if bad else -1
    lines, checks, what = [], [], ''
    for i, d in enumerate(ds):
        dec = r.choice([1, 2])
        den, num, pct = rate_vals(r, d, dec)
        if i == bi:
            pct = wrong_pct(r, pct, dec, hi=D(100))
            what = 'item %d rate off' % (i + 1)
        Dn, Nm, Pc = T(den), T(num), P(pct, dec)
        lines.append('%s%s%s%s，%s%s%s，%s%s；' % (['一是', '二是'][i], d[1], Dn, d[4], d[2], Nm, d[4], d[3], Pc))
        checks.append(ck_rate(Nm, Dn, Pc))
    lines[-1] = lines[-1][:-1] + '。'
    return wrap(r, lines, '', yr(r)), what, checks


@style('pct')
def p_pass_and_fail_rate_pair(r, bad):
    den = r.randint(200, 9000)
    ok = int(den * r.uniform(0.9, 0.995))
    dec = 2
    p1 = safe_rnd(D(ok) / den * 100, dec)
    p2 = 100 - p1
    what = ''
    if bad:
        p2 = p2 + rnd(D(str(r.uniform(1.2, 4))), dec)
        what = 'failure rate raised: pass + fail shares pass 100'
    Dn, Ok, P1_, P2_ = T(den), T(ok), P(p1, dec), P(p2, dec)
    goods = r.choice(['进口食品', '林草种子', '寄递物品', '预包装食品'])
    body = '共检测%s样品%s批次，合格%s批次，合格率%s，不合格率%s。' % (goods, Dn, Ok, P1_, P2_)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Ok, Dn, P1_), ck_shares([P1_, P2_], True)]


@style('pct')
def p_share_of_gdp_yi(r, bad):
    gdp = rdec(r, 100, 9000, 2)
    part = (gdp * D(str(round(r.uniform(0.2, 0.7), 3)))).quantize(D('0.01'))
    dec = 1
    pct = safe_rnd(part / gdp * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        what = 'share off'
    G, Pt, Pc = T(gdp, 2, r.choice(['a', 'c'])), T(part, 2), P(pct, dec)
    subj = r.choice(['民营经济增加值', '数字经济核心产业增加值', '服务业增加值', '海洋经济增加值'])
    body = '全年实现地区生产总值%s亿元；%s%s亿元，占GDP比重为%s。' % (G, subj, Pt, Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(Pt, G, Pc)]


@style('pct')
def p_rate_two_periods(r, bad):
    d = pdom(r)
    dec = 1
    den1, num1, p1 = rate_vals(r, d, dec)
    den2, num2, p2 = rate_vals(r, d, dec, den=den1 * 2 + r.randint(0, den1))
    what = ''
    if bad:
        if r.random() < 0.5:
            p1 = wrong_pct(r, p1, dec, hi=D(100))
        else:
            p2 = wrong_pct(r, p2, dec, hi=D(100))
        what = 'one period rate off'
    A, B, PA, C, E, PB = T(den1), T(num1), P(p1, dec), T(den2), T(num2), P(p2, dec)
    lines = ['上半年%s%s%s，%s%s%s，%s%s；' % (d[1], A, d[4], d[2], B, d[4], d[3], PA),
             '全年%s%s%s，%s%s%s，%s%s。' % (d[1], C, d[4], d[2], E, d[4], d[3], PB)]
    return wrap(r, lines, '', yr(r)), what, [ck_rate(B, A, PA), ck_rate(E, C, PB)]


@style('pct')
def p_share_new_jobs_group(r, bad):
    tot = r.randint(1000, 30000)
    a = int(tot * r.uniform(0.1, 0.5))
    dec = 1
    pct = safe_rnd(D(a) / tot * 100, dec)
    what = ''
    if bad:
        pct = wrong_pct(r, pct, dec, hi=D(100))
        what = 'share off'
    TT, A, Pc = T(tot, 0, r.choice(['a', 'c'])), T(a), P(pct, dec)
    grp = r.choice(['退役军人', '高校毕业生', '脱贫劳动力'])
    body = '全年帮扶就业%s人，其中%s%s人，占%s。' % (TT, grp, A, Pc)
    return wrap(r, body, '', yr(r)), what, [ck_rate(A, TT, Pc)]


# ============================================================================ pct: malformed percentages
def base_rate(r):
    d = pdom(r)
    dec = r.choice([1, 2])
    den, num, pct = rate_vals(r, d, dec)
    Dn, Nm, Pc = T(den), T(num), P(pct, dec)
    tmpl = r.choice(['%s%s%s，%s%s%s，%s{X}。' % (d[1], Dn, d[4], d[2], Nm, d[4], d[3]),
                     '%s：%s%s；%s：%s%s；%s：{X}' % (d[1], Dn, d[4], d[2], Nm, d[4], d[3])])
    return tmpl, Pc, lambda: [ck_rate(Nm, Dn, Pc)]


def base_growth(r):
    subj, unit, rg, vdec = r.choice(INC_SUBJ)
    old, new, pct, pdec = chg_vals(r, 'inc', rg, vdec, (0.03, 0.5), pdec=r.choice([1, 2]))
    O, N, Pc = T(old, vdec), T(new, vdec), P(pct, pdec)
    tmpl = '%s由%s%s增至%s%s，同比增长{X}。' % (subj, O, unit, N, unit)
    return tmpl, Pc, lambda: [ck_pctchg(O, N, Pc, 'inc')]


def base_share(r):
    tot = rdec(r, 20, 900, 2)
    part = (tot * D(str(round(r.uniform(0.2, 0.8), 3)))).quantize(D('0.01'))
    pct = safe_rnd(part / tot * 100, 1)
    TT, Pt, Pc = T(tot, 2), T(part, 2), P(pct, 1)
    subj = r.choice([('进出口总值', '出口'), ('一般公共预算收入', '税收收入'), ('林业总产值', '林下经济产值')])
    tmpl = '%s%s亿元，其中%s%s亿元，占{X}。' % (subj[0], TT, subj[1], Pt)
    return tmpl, Pc, lambda: [ck_rate(Pt, TT, Pc)]


def base_table(r):
    d = pdom(r)
    den, num, pct = rate_vals(r, d, 1)
    Dn, Nm, Pc = T(den), T(num), P(pct, 1)
    tmpl = '指标\t%s（%s）\t%s（%s）\t%s\n%d年\t%s\t%s\t{X}' % (d[1], d[4], d[2], d[4], d[3], yr(r), Dn, Nm)
    return tmpl, Pc, lambda: [ck_rate(Nm, Dn, Pc)]


def base_shares_list(r):
    vals = exh_shares(r, 3, 1)
    toks = [P(v, 1) for v in vals]
    names = r.sample(['公路', '水路', '铁路', '航空'], 3)
    i = r.randrange(3)
    segs = ['%s占%s' % (n, '{X}' if j == i else t) for j, (n, t) in enumerate(zip(names, toks))]
    tmpl = '全年货运量中，' + '，'.join(segs) + '。'
    return tmpl, toks[i], lambda: [ck_shares(toks, True)]


def _mal_space(r, p):
    return p.s[:-1] + ' ' + p.s[-1]


def _mal_fwspace(r, p):
    return p.s[:-1] + '\u3000％'


def _mal_xx(r, p):
    return r.choice(['xx%', 'XX%', 'xx.x%', 'xx.xx%', 'XX.X%'])


def _mal_prefix(r, p):
    return '%' + p.s[:-1]


def _mal_double(r, p):
    return p.s[:-1] + r.choice(['%%', '％％', '%％'])


def _mal_doubledot(r, p):
    ip, _, fp = p.s[:-1].partition('.')
    return ip + '..' + fp + '%'


def _mal_ideostop(r, p):
    ip, _, fp = p.s[:-1].partition('.')
    return ip + '。' + fp + '%'


def _mal_baifenzhi(r, p):
    return '百分之' + p.s


def malformed_style(mal, base):
    def f(r, bad):
        tmpl, Pc, good = base(r)
        if bad:
            s = mal(r, Pc)
            text = tmpl.replace('{X}', s)
            checks = [ck_fmt(s)]
            what = 'malformed percentage instead of %s (arithmetic itself right)' % Pc.s
        else:
            text = tmpl.replace('{X}', Pc.s)
            checks = good()
            what = 'well-formed twin of a malformed-percentage style'
        return wrap(r, text.split('\n'), '', yr(r)), what, checks
    return f


for _name, _mal, _base in [
    ('malformed_space_before_sign', _mal_space, base_rate),
    ('malformed_ideographic_space', _mal_fwspace, base_growth),
    ('malformed_xx_placeholder', _mal_xx, base_rate),
    ('malformed_sign_before_number', _mal_prefix, base_share),
    ('malformed_double_sign', _mal_double, base_growth),
    ('malformed_double_decimal_point', _mal_doubledot, base_rate),
    ('malformed_ideographic_full_stop', _mal_ideostop, base_share),
    ('malformed_baifenzhi_plus_sign', _mal_baifenzhi, base_growth),
    ('malformed_in_table_cell', _mal_space, base_table),
    ('malformed_in_share_list', _mal_double, base_shares_list),
]:
    reg('pct', 'ci', _name, malformed_style(_mal, _base))


# ============================================================================ pct: negatives (look-alikes)
@style('pct', 'neg')
def q_growth_over_100_standalone(r, bad):
    g = rdec(r, 101, 480, r.choice([1, 2]))
    dec = 1 if g * 10 == int(g * 10) else 2
    G = P(g, dec)
    subj = r.choice(['跨境电商进出口额', '新能源汽车出口', '技术合同成交额', '低空经济产值', '冷链物流业务量'])
    body = '%s同比增长%s，增速居全省首位。' % (subj, G)
    return wrap(r, body, '', yr(r)), 'growth above 100 % with no base: legitimate, not checkable', [ck_look('growth_over_100', '增长', [G])]


@style('pct', 'neg')
def q_points_standalone(r, bad):
    a = rdec(r, 0.2, 6, 1)
    A = T(a, 1, surface=f'{a:.1f}')
    subj = r.choice(['研发经费投入强度', '城镇化率', '民营经济占比', '第三产业比重', '政务服务网办率'])
    body = '%s比上年提高%s个百分点。' % (subj, A)
    return wrap(r, body, '', yr(r)), 'percentage points with no base rates stated', [ck_look('pp_standalone', '个百分点', [A])]


@style('pct', 'neg')
def q_multi_choice_survey(r, bad):
    k = r.randint(3, 4)
    vals = [rdec(r, 30, 85, 1) for _ in range(k)]
    if sum(vals) <= 100:
        raise Retry('s')
    toks = [P(v, 1) for v in vals]
    names = r.sample(['公共图书馆', '博物馆', '文化馆', '体育场馆', '城市书房'], k)
    body = '问卷调查显示（可多选），过去一年去过%s的受访者分别占%s。' % ('、'.join(names), '、'.join(t.s for t in toks))
    return wrap(r, body, '', yr(r)), 'multiple-choice survey: shares may exceed 100 in total', [ck_look('multi_choice', '多选', toks)]


@style('pct', 'neg')
def q_rates_of_different_towns(r, bad):
    towns = [t + '镇' for t in r.sample(PLACE_A, 3)]
    toks = [P(rdec(r, 85, 99.9, 1), 1) for _ in towns]
    body = '分镇看，%s参保率%s，%s%s，%s%s。' % (towns[0], toks[0], towns[1], toks[1], towns[2], toks[2])
    return wrap(r, body, '', yr(r)), 'rates of different towns: nothing to add', [ck_look('separate_wholes', '参保率', toks)]


@style('pct', 'neg')
def q_policy_label_with_pct(r, bad):
    p = P(rdec(r, 60, 99, 1), 1)
    body = r.choice(['推行“1+X”证书制度，试点专业学生职业技能等级证书通过率%s。', '落实“7+X”监测帮扶机制，“2+N”结对帮扶覆盖率达%s。']) % p
    return wrap(r, body, '', yr(r)), 'policy labels 1+X / 7+X plus a rate without base', [ck_look('policy_label', '+', [p])]


@style('pct', 'neg')
def q_over_target_standalone(r, bad):
    p = P(rdec(r, 100.5, 160, 1), 1)
    body = '%s完成年度目标的%s，提前一个季度完成全年任务。' % (r.choice(['港口货物吞吐量', '新增发明专利', '造林任务', '外贸进出口']), p)
    return wrap(r, body, '', yr(r)), 'completion above 100 % is fine and has no base', [ck_look('over_target', '完成年度目标', [p])]


@style('pct', 'neg')
def q_approx_rate(r, bad):
    d = pdom(r)
    den, num, _ = rate_vals(r, d, 2)
    real = D(num) / den * 100
    form = r.choice(['约', '近', '以上'])
    if form == '约':
        p = rnd(real, 0)
    elif form == '近':
        p = rnd(real, 0)
        if p <= real:
            p = p + 1
    else:
        p = D(int(real))
    if abs(p - real) > 1 or p > 100 or p == rnd(real, 2):
        raise Retry('x')
    Dn, Nm, Pc = T(den), T(num), P(p, 0)
    rate = {'约': '约%s' % Pc, '近': '近%s' % Pc, '以上': '%s以上' % Pc}[form]
    body = '%s%s%s，%s%s%s，%s%s。' % (d[1], Dn, d[4], d[2], Nm, d[4], d[3], rate)
    return wrap(r, body, '', yr(r)), 'approximate rate (%s): %s vs exact %s is not an error' % (form, p, rnd(real, 2)), [ck_look('approx_rate', form, [Nm, Dn, Pc])]


@style('pct', 'neg')
def q_fixed_tax_and_interest_rates(r, bad):
    body = r.choice(['落实小规模纳税人减按1%征收率征收增值税政策，企业所得税优惠税率为15%，一般纳税人适用税率13%。',
                     '发放创业担保贷款，贷款利率不超过LPR加50个基点，财政贴息比例为50%，个人最高额度30万元。',
                     '按工资总额的1.5%缴纳工会经费，单位缴纳基本养老保险费率为16%，个人缴费比例8%。'])
    return wrap(r, body, '', yr(r)), 'statutory rates of different bases, no whole/part', [ck_look('fixed_rate', '%', [])]


@style('pct', 'neg')
def q_overlap_shares(r, bad):
    a, b = rdec(r, 45, 70, 1), rdec(r, 45, 75, 1)
    if a + b <= 100:
        raise Retry('s')
    A, B = P(a, 1), P(b, 1)
    subj = r.choice(['新招录社区工作者', '注册志愿者', '新发展党员'])
    body = '%s中，女性占%s，35岁及以下占%s，大专以上学历占比进一步提高。' % (subj, A, B)
    return wrap(r, body, '', yr(r)), 'overlapping attributes: shares can pass 100', [ck_look('overlap_shares', '35岁', [A, B])]


@style('pct', 'neg')
def q_pct_ranges(r, bad):
    a, b = r.randint(3, 10), r.randint(11, 30)
    body = r.choice(['对符合条件的项目按投资额的%d%%—%d%%给予补助。' % (a, b), '预计全年增速保持在%d%%～%d%%区间。' % (a, b)])
    return wrap(r, body, '', yr(r)), 'a range of percentages', [ck_look('range', '%d%%' % a, [])]


@style('pct', 'neg')
def q_scores_not_percent(r, bad):
    s = rdec(r, 85, 99.9, 1)
    body = '群众满意度测评得分%s分，在全市%d个部门中排名第%d位。' % (T(s, 1), r.randint(20, 40), r.randint(1, 9))
    return wrap(r, body, '', yr(r)), 'a score, not a percentage', [ck_look('score', '分', [T(s, 1)])]


@style('pct', 'neg')
def q_times_growth(r, bad):
    k = r.choice(['1.5', '2.3', '0.8', '3'])
    body = '%s增长%s倍，带动相关产业链产值稳步提升。' % (r.choice(['跨境电商交易额', '航空货邮吞吐量', '快递进村覆盖点']), k)
    return wrap(r, body, '', yr(r)), 'growth in multiples with no base', [ck_look('multiple', '倍', [])]


@style('pct', 'neg')
def q_rate_with_points_no_base(r, bad):
    p = P(rdec(r, 90, 99.9, 1), 1)
    a = rdec(r, 0.1, 3, 1)
    A = T(a, 1, surface=f'{a:.1f}')
    body = '产品质量监督抽查合格率%s，较上年提高%s个百分点。' % (p, A)
    return wrap(r, body, '', yr(r)), 'only the current rate is given: points change not checkable', [ck_look('pp_standalone', '个百分点', [p, A])]


@style('pct', 'neg')
def q_shares_of_different_wholes(r, bad):
    a, b = P(rdec(r, 5, 40, 1), 1), P(rdec(r, 5, 40, 1), 1)
    body = '全年出口额占全省的%s，进口额占全市外贸总量的%s，两项指标均创历史新高。' % (a, b)
    return wrap(r, body, '', yr(r)), 'shares of different wholes', [ck_look('separate_wholes', '占全省', [a, b])]


@style('pct', 'neg')
def q_nested_share_thresholds(r, bad):
    a = r.randint(70, 95)
    b = r.randint(20, a - 10)
    body = '全市%d%%以上的行政村建成综合性文化服务中心，其中%d%%以上达到省级示范标准。' % (a, b)
    return wrap(r, body, '', yr(r)), 'nested thresholds (以上), subset of a subset', [ck_look('nested_share', '以上', [])]


@style('pct', 'neg')
def q_negative_growth_minus_sign(r, bad):
    g = rdec(r, 1, 25, 2)
    G = P(g, 2)
    body = '其他营利性服务业营业收入增幅目标%d%%，目前实际增幅为-%s。' % (r.randint(10, 30), G)
    return wrap(r, body, '', yr(r)), 'a negative growth written with a minus sign is a valid figure', [ck_look('negative_growth', '-', [G])]


@style('pct', 'neg')
def q_progress_time_schedule(r, bad):
    a = r.randint(60, 99)
    b = r.randint(60, 99)
    body = '截至%d月底，项目形象进度%d%%，时序进度%d%%，资金支付进度与工程进度基本匹配。' % (r.randint(6, 11), a, b)
    return wrap(r, body, '', yr(r)), 'progress figures of different measures', [ck_look('separate_wholes', '时序进度', [])]


# ============================================================================ generation
PER_FAMILY = 1500
NEG_SHARE = 300


def _rng(seed, *parts):
    h = hashlib.sha256(('|'.join([str(seed)] + [str(p) for p in parts])).encode('utf-8')).hexdigest()
    return random.Random(int(h[:16], 16))


def _alloc(styles, n, seed, tag):
    base, rem = divmod(n, len(styles))
    r = _rng(seed, 'alloc', tag)
    extra = set(r.sample(range(len(styles)), rem))
    return [base + (1 if i in extra else 0) for i in range(len(styles))]


def generate(seed, quiet=False):
    names = [s[0] for s in STYLES]
    if len(set(names)) != len(names):
        raise SystemExit('duplicate style names')
    out = []
    stats = {}
    for fam in ('totals', 'pct'):
        ci = [s for s in STYLES if s[1] == fam and s[2] == 'ci']
        ng = [s for s in STYLES if s[1] == fam and s[2] == 'neg']
        plan = []
        k = 0
        for st, n in zip(ci, _alloc(ci, PER_FAMILY - NEG_SHARE, seed, fam + 'ci')):
            for j in range(n):
                plan.append((st, j, 'consistent' if k % 2 == 0 else 'inconsistent'))
                k += 1
        for st, n in zip(ng, _alloc(ng, NEG_SHARE, seed, fam + 'neg')):
            for j in range(n):
                plan.append((st, j, 'negative'))
        recs = []
        for (name, family, kind, fn), j, label in plan:
            for attempt in range(200):
                r = _rng(seed, name, j, label, attempt)
                r.fixed_year = r.randint(2019, 2024)
                try:
                    text, what, checks = fn(r, label == 'inconsistent')
                except Retry:
                    stats[(name, 'retry')] = stats.get((name, 'retry'), 0) + 1
                    continue
                rec = {'id': '', 'family': family, 'style': name, 'label': label, 'text': text,
                       'note': make_note(label, checks, what), 'checks': checks}
                rec['id'] = 'n18-%s-000000' % family
                errs = verify_record(rec)
                if errs:
                    stats[(name, 'reject')] = stats.get((name, 'reject'), 0) + 1
                    if not quiet and stats[(name, 'reject')] <= 3:
                        print('reject %s/%s: %s' % (name, label, errs[:2]), file=sys.stderr)
                    continue
                recs.append(rec)
                break
            else:
                raise SystemExit('style %s could not produce a %s record' % (name, label))
        _rng(seed, 'shuffle', fam).shuffle(recs)
        for i, rec in enumerate(recs, 1):
            rec['id'] = 'n18-%s-%06d' % (fam, i)
        out.extend(recs)
    if not quiet:
        rej = {k[0]: v for k, v in stats.items() if k[1] == 'reject'}
        if rej:
            print('rejected drafts per style: %s' % rej, file=sys.stderr)
    return out


def style_table(paths):
    rows = {}
    for path in paths:
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                rec = json.loads(line)
                key = (rec['family'], rec['style'])
                e = rows.setdefault(key, {'consistent': 0, 'inconsistent': 0, 'negative': 0, 'ex': None})
                e[rec['label']] += 1
                if e['ex'] is None or (rec['label'] != 'consistent' and e['ex'][0] == 'consistent' and False):
                    e['ex'] = (rec['label'], rec['text'])
    out = ['| # | style | family | consistent | inconsistent | negative | example (first record, abridged) |',
           '|---|---|---|---|---|---|---|']
    for i, ((fam, st), e) in enumerate(sorted(rows.items()), 1):
        ex = e['ex'][1].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(ex) > 110:
            ex = ex[:110] + '…'
        out.append('| %d | `%s` | %s | %d | %d | %d | [%s] %s |' % (i, st, fam, e['consistent'], e['inconsistent'], e['negative'], e['ex'][0], ex))
    return '\n'.join(out) + '\n'


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', nargs='+', metavar='FILE')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args(argv)
    if a.verify:
        return 0 if verify_files(a.verify) else 1
    if a.style_table:
        sys.stdout.write(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error('need --seed N --out FILE, or --verify FILE…, or --style-table FILE…')
    recs = generate(a.seed, a.quiet)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    fams = {}
    for rec in recs:
        fams[(rec['family'], rec['label'])] = fams.get((rec['family'], rec['label']), 0) + 1
    print('wrote %d records (%d styles) to %s: %s' % (len(recs), len({r['style'] for r in recs}), a.out,
                                                     ', '.join('%s/%s=%d' % (f, l, n) for (f, l), n in sorted(fams.items()))))
    return 0


if __name__ == '__main__':
    sys.exit(main())
