#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers10: held-out arithmetic-audit test collection for Chinese government documents.

Generator and verifier in one file (Python 3.11, standard library only).

    python3 numbers10_gen.py --seed 11 --out numbers10_seed11.jsonl
    python3 numbers10_gen.py --verify numbers10_seed11.jsonl
    python3 numbers10_gen.py --style-table numbers10_seed11.jsonl

All place names, organisations, projects and figures are invented.
"""
import argparse
import json
import random
import re
import sys
import zlib
from fractions import Fraction as F
from math import floor

# =====================================================================
# 1. Number strings
# =====================================================================

FW_DIGITS = '０１２３４５６７８９'
_NORM = {ord(FW_DIGITS[i]): str(i) for i in range(10)}
_NORM.update({ord('．'): '.', ord('％'): '%'})
_TO_FW = {ord(str(i)): FW_DIGITS[i] for i in range(10)}
_WS = re.compile(r'[ \u2009\u202f\u00a0\u3000\n\r]')
CN_D = dict(zip('零〇一二两三四五六七八九', [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
CN_U = {'十': 10, '百': 100, '千': 1000}
_RE_AR = re.compile(r'(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?')
_RE_CN = re.compile(r'([零〇一二两三四五六七八九十百千]+)(?:点([零〇一二三四五六七八九]+))?')


class Num:
    __slots__ = ('value', 'half', 'unit', 'kind', 'nd', 'src')

    def __init__(self, value, half, unit, kind, nd, src):
        self.value, self.half, self.unit, self.kind, self.nd, self.src = value, half, unit, kind, nd, src


def cn_int_value(s):
    total, sec, num = 0, 0, None
    for ch in s:
        if ch in CN_D:
            num = CN_D[ch]
        elif ch in CN_U:
            sec += (1 if num is None else num) * CN_U[ch]
            num = None
        else:
            raise ValueError('bad chinese numeral ' + s)
    return total + sec + (num or 0)


def parse_num(s, bare_pct=False):
    """Parse one operand string.  Returns Num with value (rates as fractions),
    half-tolerance, unit of last digit, kind (num/pct/permille/times)."""
    if not isinstance(s, str) or not s:
        raise ValueError('empty operand')
    t = _WS.sub('', s.translate(_NORM))
    kind = 'num'
    if t.startswith('百分之'):
        kind, t = 'pct', t[3:]
    elif t.endswith('%'):
        kind, t = 'pct', t[:-1]
    elif t.endswith('‰'):
        kind, t = 'permille', t[:-1]
    elif t.endswith('倍'):
        kind, t = 'times', t[:-1]
    mag = 1
    if kind == 'num':
        for suf, m in (('万亿', 10 ** 12), ('亿', 10 ** 8), ('万', 10 ** 4)):
            if t.endswith(suf) and len(t) > len(suf):
                mag, t = m, t[:-len(suf)]
                break
    m = _RE_AR.fullmatch(t)
    if m:
        ip = m.group(1).replace(',', '')
        fp = m.group(2) or ''
        nd = len(fp)
        base = F(int(ip + fp), 10 ** nd)
    else:
        m = _RE_CN.fullmatch(t)
        if not m:
            raise ValueError('unparseable number string %r' % s)
        ip = cn_int_value(m.group(1))
        fp = ''.join(str(CN_D[c]) for c in (m.group(2) or ''))
        nd = len(fp)
        base = F(ip * 10 ** nd + (int(fp) if fp else 0), 10 ** nd)
    unit_raw = F(1, 10 ** nd)
    if kind == 'pct' or (kind == 'num' and bare_pct and mag == 1):
        return Num(base / 100, unit_raw / 200, unit_raw / 100, 'pct', nd, s)
    if kind == 'permille':
        return Num(base / 1000, unit_raw / 2000, unit_raw / 1000, 'pct', nd, s)
    if kind == 'times':
        return Num(base, unit_raw / 2, unit_raw, 'times', nd, s)
    exact = (nd == 0 and mag == 1)
    unit = unit_raw * mag
    return Num(base * mag, F(0) if exact else unit / 2, unit, 'num', nd, s)


def is_wellformed_pct(tok):
    try:
        n = parse_num(tok)
    except ValueError:
        return False
    return n.kind == 'pct'


def ff(x):
    """short decimal rendering of a Fraction for notes"""
    v = float(x)
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return ('%.6g' % v)


# =====================================================================
# 2. Check evaluation (the verifier's arithmetic)
# =====================================================================

class Bad(Exception):
    pass


def iv(op, bare=False):
    """interval of an operand: (lo, hi, U, desc); U = coarsest unit of rounded operands (0 if all exact)."""
    if isinstance(op, str):
        n = parse_num(op, bare)
        return n.value - n.half, n.value + n.half, (n.unit if n.half else F(0)), op
    if isinstance(op, list):
        if not op:
            raise Bad('empty operand list')
        lo = hi = F(0)
        U = F(0)
        ds = []
        for o in op:
            l, h, u, d = iv(o, bare)
            lo, hi, U = lo + l, hi + h, max(U, u)
            ds.append(d)
        return lo, hi, U, '(' + '+'.join(ds) + ')'
    if isinstance(op, dict):
        lo = hi = F(0)
        U = F(0)
        ds = []
        for o in op.get('sum', []):
            l, h, u, d = iv(o, bare)
            lo, hi, U = lo + l, hi + h, max(U, u)
            ds.append('+' + d)
        for o in op.get('sub', []):
            l, h, u, d = iv(o, bare)
            lo, hi, U = lo - h, hi - l, max(U, u)
            ds.append('-' + d)
        if not ds:
            raise Bad('empty signed operand')
        return lo, hi, U, '(' + ''.join(ds).lstrip('+') + ')'
    raise Bad('bad operand type')


def operand_strings(op):
    if isinstance(op, str):
        return [op]
    if isinstance(op, list):
        out = []
        for o in op:
            out += operand_strings(o)
        return out
    if isinstance(op, dict):
        return operand_strings(op.get('sum', [])) + operand_strings(op.get('sub', []))
    raise Bad('bad operand type')


def mid(lo, hi):
    return (lo + hi) / 2


def _cmp_interval(a, b, mode):
    """a = computed (parts / signed sum), b = stated whole. returns status, gap"""
    al, ah, au = a
    bl, bh, bu = b
    U = max(au, bu)
    if ah < bl:
        gap, side = bl - ah, 'below'
    elif al > bh:
        gap, side = al - bh, 'above'
    else:
        return 'consistent', F(0), U
    if mode == 'partial' and side == 'below':
        return 'negative', gap, U
    if U == 0:
        return 'inconsistent', gap, U
    return ('inconsistent' if gap >= U else 'grey'), gap, U


def _cmp_stated(t, u, lo, hi, sign):
    """stated signed value t with unit u against computed interval [lo,hi]."""
    if sign >= 0:
        meets = hi >= t - u / 2 and lo < t + u
    else:
        meets = lo <= t + u / 2 and hi > t - u
    dist = max(F(0), lo - t, t - hi)
    if meets:
        return 'consistent', dist
    if dist >= 2 * u:
        return 'inconsistent', dist
    return 'grey', dist


def _ratio(nl, nh, dl, dh):
    if dl <= 0:
        raise Bad('denominator interval not positive')
    c = [nl / dl, nl / dh, nh / dl, nh / dh]
    return min(c), max(c)


def _stated_rate(s, bare):
    n = parse_num(s, bare)
    if n.kind != 'pct':
        raise Bad('stated rate %r is not a percentage' % s)
    return n


REL_FIELDS = {
    'sum_eq': ('whole', 'parts'), 'linear': (), 'count': (), 'pct': ('stated', 'num', 'den'),
    'growth': ('stated', 'base', 'cur'), 'real_growth': ('stated', 'base', 'cur'),
    'pp': ('stated', 'from', 'to'), 'sum100': ('parts',), 'quot': ('stated', 'num', 'den'),
    'overlap': ('whole', 'parts'), 'approx': ('qual', 'stated'), 'none': ('tokens',), 'malformed': ('token',),
}


def check_strings(c):
    """all strings of a check that must be substrings of the text"""
    rel = c['rel']
    out = []
    if rel == 'linear':
        for sg, o in c['terms']:
            out += operand_strings(o)
        out += operand_strings(c['result'])
    elif rel == 'count':
        out += [c['stated']] + list(c['items'])
    elif rel == 'none':
        out += list(c['tokens'])
    elif rel == 'malformed':
        out += [c['token']]
    elif rel == 'approx':
        out += [c['stated']]
        for k in ('parts', 'num', 'den'):
            if k in c:
                out += operand_strings(c[k])
    else:
        for k in REL_FIELDS[rel]:
            if k in ('qual',):
                continue
            out += operand_strings(c[k])
    return out


def eval_check(c):
    """returns (status, description). status in consistent/inconsistent/negative/grey/malformed"""
    rel = c.get('rel')
    if rel not in REL_FIELDS:
        raise Bad('unknown rel %r' % rel)
    for k in REL_FIELDS[rel]:
        if k not in c:
            raise Bad('%s lacks %s' % (rel, k))
    bare = bool(c.get('bare_pct'))
    if rel == 'sum_eq':
        mode = c.get('mode', 'exact')
        if mode not in ('exact', 'partial'):
            raise Bad('bad mode')
        pl, ph, pu, pd = iv(c['parts'])
        wl, wh, wu, wd = iv(c['whole'])
        st, gap, U = _cmp_interval((pl, ph, pu), (wl, wh, wu), mode)
        return st, 'sum_eq[%s] %s=%s vs whole %s=%s (gap %s, unit %s) -> %s' % (
            mode, pd, ff(mid(pl, ph)), wd, ff(mid(wl, wh)), ff(gap), ff(U), st)
    if rel == 'linear':
        lo = hi = F(0)
        U = F(0)
        ds = []
        if not c['terms']:
            raise Bad('empty linear')
        for sg, o in c['terms']:
            l, h, u, d = iv(o)
            if sg == '+':
                lo, hi = lo + l, hi + h
            elif sg == '-':
                lo, hi = lo - h, hi - l
            else:
                raise Bad('bad sign in linear')
            U = max(U, u)
            ds.append(sg + d)
        rl, rh, ru, rd = iv(c['result'])
        st, gap, UU = _cmp_interval((lo, hi, U), (rl, rh, ru), 'exact')
        return st, 'linear %s=%s vs result %s=%s (gap %s) -> %s' % (
            ''.join(ds).lstrip('+'), ff(mid(lo, hi)), rd, ff(mid(rl, rh)), ff(gap), st)
    if rel == 'count':
        s = c['stated']
        n = parse_num(s)
        if n.kind != 'num' or n.half != 0:
            raise Bad('count stated not an exact integer')
        k = len(c['items'])
        if len(set(c['items'])) != k:
            raise Bad('duplicate items')
        N = int(n.value)
        if k == N:
            st = 'consistent'
        elif c.get('mode') == 'deng' and k < N:
            st = 'negative'
        else:
            st = 'inconsistent'
        return st, 'count stated %s=%d, items listed %d%s -> %s' % (s, N, k, ' (deng)' if c.get('mode') == 'deng' else '', st)
    if rel == 'pct':
        sn = _stated_rate(c['stated'], bare)
        nl, nh, _, nd_ = iv(c['num'])
        dl, dh, _, dd = iv(c['den'])
        lo, hi = _ratio(nl, nh, dl, dh)
        st, dist = _cmp_stated(sn.value, sn.unit, lo, hi, 1)
        return st, 'pct %s/%s in [%s%%,%s%%] vs stated %s (dist %s pts) -> %s' % (
            nd_, dd, ff(lo * 100), ff(hi * 100), c['stated'], ff(dist * 100), st)
    if rel in ('growth', 'real_growth'):
        sn = _stated_rate(c['stated'], bare)
        sign = c.get('sign', 1)
        if sign not in (1, -1):
            raise Bad('bad sign')
        bl, bh, _, bd = iv(c['base'])
        cl, ch, _, cd = iv(c['cur'])
        lo, hi = _ratio(cl, ch, bl, bh)
        lo, hi = lo - 1, hi - 1
        t = sign * sn.value
        if rel == 'growth':
            st, dist = _cmp_stated(t, sn.unit, lo, hi, sign)
            return st, 'growth %s/%s-1 in [%s%%,%s%%] vs stated %s%s (dist %s pts) -> %s' % (
                cd, bd, ff(lo * 100), ff(hi * 100), '+' if sign > 0 else '-', c['stated'], ff(dist * 100), st)
        blo = (1 + lo) / F(11, 10) - 1
        bhi = (1 + hi) / F(19, 20) - 1
        if blo <= t <= bhi:
            st = 'negative'
            dist = F(0)
        else:
            dist = max(blo - t, t - bhi)
            st = 'inconsistent' if dist >= F(5, 100) else 'grey'
        return st, 'real_growth nominal %s/%s-1 in [%s%%,%s%%], band [%s%%,%s%%] vs stated %s%s (dist %s pts) -> %s' % (
            cd, bd, ff(lo * 100), ff(hi * 100), ff(blo * 100), ff(bhi * 100), '+' if sign > 0 else '-', c['stated'],
            ff(dist * 100), st)
    if rel == 'pp':
        sn = parse_num(c['stated'])
        if sn.kind != 'num':
            raise Bad('pp stated must be plain points')
        sign = c.get('sign', 1)
        if sign not in (1, -1):
            raise Bad('bad sign')
        fr = _stated_rate(c['from'], bare)
        to = _stated_rate(c['to'], bare)
        lo = (to.value - to.half - fr.value - fr.half) * 100
        hi = (to.value + to.half - fr.value + fr.half) * 100
        t = sign * sn.value
        st, dist = _cmp_stated(t, sn.unit, lo, hi, sign)
        return st, 'pp (%s-%s)x100 in [%s,%s] vs stated %s%s (dist %s) -> %s' % (
            c['to'], c['from'], ff(lo), ff(hi), '+' if sign > 0 else '-', c['stated'], ff(dist), st)
    if rel == 'sum100':
        mode = c.get('mode', 'exact')
        if not isinstance(c['parts'], list) or len(c['parts']) < 2:
            raise Bad('sum100 needs parts')
        lo = hi = F(0)
        U = F(0)
        for p in c['parts']:
            n = _stated_rate(p, bare)
            lo, hi, U = lo + n.value - n.half, hi + n.value + n.half, max(U, n.unit)
        if lo <= 1 <= hi:
            st = 'consistent'
        elif lo > 1:
            st = 'inconsistent' if lo - 1 >= 2 * U else 'grey'
        elif mode == 'partial':
            st = 'negative'
        else:
            st = 'inconsistent' if 1 - hi >= 2 * U else 'grey'
        return st, 'sum100[%s] %s in [%s%%,%s%%] -> %s' % (mode, '+'.join(c['parts']), ff(lo * 100), ff(hi * 100), st)
    if rel == 'quot':
        sn = parse_num(c['stated'])
        if sn.kind not in ('num', 'times'):
            raise Bad('quot stated kind')
        nl, nh, _, nd_ = iv(c['num'])
        dl, dh, _, dd = iv(c['den'])
        lo, hi = _ratio(nl, nh, dl, dh)
        st, dist = _cmp_stated(sn.value, sn.unit, lo, hi, 1)
        return st, 'quot %s/%s in [%s,%s] vs stated %s (dist %s) -> %s' % (
            nd_, dd, ff(lo), ff(hi), c['stated'], ff(dist), st)
    if rel == 'overlap':
        wl, wh, _, wd = iv(c['whole'])
        over = []
        for p in c['parts']:
            l, h, _, d = iv(p)
            if l > wh:
                over.append(d)
        st = 'inconsistent' if over else 'negative'
        return st, 'overlap each of %s <= %s%s -> %s' % ('/'.join(operand_strings(c['parts'])), wd,
                                                         (' except ' + ','.join(over)) if over else '', st)
    if rel == 'approx':
        q = c['qual']
        sn = parse_num(c['stated'], bare)
        s = sn.value
        if 'parts' in c:
            lo, hi, _, d = iv(c['parts'])
        elif 'num' in c and 'den' in c:
            nl, nh, _, nd_ = iv(c['num'])
            dl, dh, _, dd = iv(c['den'])
            lo, hi = _ratio(nl, nh, dl, dh)
            d = '%s/%s' % (nd_, dd)
        else:
            raise Bad('approx needs parts or num/den')

        def ok(e):
            if q == '约':
                return abs(s - e) <= e / 10
            if q == '近':
                return F(9, 10) * s <= e <= s
            if q in ('超过', '逾', '余', '多', '以上'):
                return s <= e <= F(13, 10) * s
            raise Bad('bad qual %r' % q)
        st = 'negative' if ok(lo) and ok(hi) else 'grey'
        return st, 'approx %s%s vs exact %s in [%s,%s] -> %s' % (q, c['stated'], d, ff(lo), ff(hi), st)
    if rel == 'none':
        if not c['tokens'] or not c.get('why'):
            raise Bad('none needs tokens and why')
        return 'negative', 'none [%s]: %s -> negative' % ('/'.join(c['tokens']), c['why'])
    if rel == 'malformed':
        if is_wellformed_pct(c['token']):
            raise Bad('malformed token %r parses as a percentage' % c['token'])
        return 'malformed', 'malformed percentage %r -> inconsistent' % c['token']
    raise Bad('unhandled rel')


def evaluate(text, checks):
    """Recompute a record's label from text and checks alone.
    Returns (label, [descriptions]); label 'grey' or 'error: ...' when the record must not exist."""
    if not isinstance(checks, list) or not checks:
        return 'error: no checks', []
    sts, ds = [], []
    for c in checks:
        try:
            for s in check_strings(c):
                if not isinstance(s, str) or s not in text:
                    return 'error: operand %r not in text' % (s,), ds
            st, d = eval_check(c)
        except (Bad, ValueError, KeyError, TypeError, ZeroDivisionError) as e:
            return 'error: %s' % e, ds
        sts.append(st)
        ds.append(d)
    if 'grey' in sts:
        return 'grey', ds
    if 'malformed' in sts:
        if 'inconsistent' in sts:
            return 'error: malformed record with another failing check', ds
        return 'inconsistent', ds
    if 'inconsistent' in sts:
        return 'inconsistent', ds
    if 'consistent' in sts:
        return 'consistent', ds
    return 'negative', ds


# =====================================================================
# 3. Generation helpers (formatting, names, slips)
# =====================================================================

class Redraw(Exception):
    pass


def rhu(x, nd):
    """round a Fraction half-up (away from zero) to nd decimals; returns scaled int"""
    q = F(x) * 10 ** nd
    if q >= 0:
        return int(floor(q + F(1, 2)))
    return -int(floor(-q + F(1, 2)))


def group_int(ip, g):
    if not g or len(ip) < 4:
        return ip
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return g.join(out)


def fnum(scaled, nd=0, g='', fw=False, fwdot=False):
    """format a scaled integer with nd decimals"""
    neg = scaled < 0
    s = str(abs(int(scaled)))
    if nd:
        s = s.rjust(nd + 1, '0')
        ip, fp = s[:-nd], s[-nd:]
    else:
        ip, fp = s, ''
    out = group_int(ip, g) + ('.' + fp if nd else '')
    if fw:
        out = out.translate(_TO_FW)
        if fwdot:
            out = out.replace('.', '．')
    return ('-' if neg else '') + out


def to_fw(s, dot=False):
    s = s.translate(_TO_FW)
    return s.replace('.', '．') if dot else s


CN_DIGS = '零一二三四五六七八九'


def cn_int(n):
    if n == 0:
        return '零'
    if n >= 10000:
        raise ValueError('cn_int only below 10000')
    s, zero, started = '', False, False
    for val, u in ((1000, '千'), (100, '百'), (10, '十')):
        d = n // val % 10
        if d:
            if zero:
                s += '零'
                zero = False
            if not (val == 10 and d == 1 and not started):
                s += CN_DIGS[d]
            s += u
            started = True
        elif started:
            zero = True
    d = n % 10
    if d:
        if zero:
            s += '零'
        s += CN_DIGS[d]
    return s


def cn_dec(core):
    """'98.7' -> 九十八点七"""
    if '.' in core:
        a, b = core.split('.')
        return cn_int(int(a)) + '点' + ''.join(CN_DIGS[int(c)] for c in b)
    return cn_int(int(core))


def pct_str(rate, nd, form='%'):
    sc = rhu(F(rate) * 100, nd)
    core = fnum(sc, nd)
    if form == '%':
        return core + '%'
    if form == '％':
        return core + '％'
    if form == 'fw':
        return to_fw(core) + '％'
    if form == 'cn':
        return '百分之' + cn_dec(core)
    if form == 'bare':
        return core
    if form == '‰':
        return fnum(rhu(F(rate) * 1000, nd), nd) + '‰'
    raise ValueError(form)


def pct_core_slip(rng, s):
    """digit typo or swap inside a percentage string (keeps its form)."""
    m = re.match(r'^(\d+)(?:\.(\d+))?([%％‰]?)$', s)
    if not m:
        raise Redraw
    digits = m.group(1) + (m.group(2) or '')
    nd = len(m.group(2) or '')
    new, how = slip_digits(rng, digits)
    ip = new[:len(new) - nd] if nd else new
    fp = new[len(new) - nd:] if nd else ''
    ip = ip.lstrip('0') or '0'
    out = ip + ('.' + fp if nd else '') + m.group(3)
    return out, how


def slip_digits(rng, s):
    for _ in range(40):
        if rng.random() < 0.45 and len(s) >= 2:
            i = rng.randrange(len(s) - 1)
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != '0' or len(t) == 1:
                    return t, 'swapped adjacent digits %s->%s' % (s, t)
        else:
            i = rng.randrange(len(s))
            d = rng.choice([c for c in '0123456789' if c != s[i]])
            t = s[:i] + d + s[i + 1:]
            if t[0] != '0' or len(t) == 1:
                return t, 'digit typo %s->%s' % (s, t)
    raise Redraw


def slip_int(rng, n):
    t, how = slip_digits(rng, str(n))
    return int(t), how


def split_int(rng, total, k, minpart=1):
    if total < k * minpart:
        raise Redraw
    cuts = sorted(rng.sample(range(1, total - k * minpart + k), k - 1)) if k > 1 else []
    parts, prev = [], 0
    for c in cuts + [total - k * minpart + k]:
        parts.append(c - prev - 1 + minpart)
        prev = c
    assert sum(parts) == total
    return parts


def draw_parts(rng, k, lo, hi):
    """k positive integers with a skewed but plausible spread"""
    total = rng.randint(lo, hi)
    w = [rng.uniform(0.3, 3.0) for _ in range(k)]
    sw = sum(w)
    parts = [max(1, int(total * x / sw)) for x in w]
    return parts


def sum_slip(rng, parts, whole, kinds=None):
    """returns (parts2, whole2, description) -- a realistic slip in a total"""
    kinds = kinds or ['typo_whole', 'typo_whole', 'typo_part', 'double', 'omit']
    if len(parts) < 3 and len(kinds) > 1:
        kinds = [x for x in kinds if x != 'omit'] or kinds
    k = rng.choice(kinds)
    parts = list(parts)
    if k == 'typo_whole':
        w2, how = slip_int(rng, whole)
        return parts, w2, 'total written with ' + how
    if k == 'typo_part':
        i = rng.randrange(len(parts))
        p2, how = slip_int(rng, parts[i])
        parts[i] = p2
        return parts, whole, 'part %d written with %s (total kept)' % (i + 1, how)
    if k == 'double':
        i = rng.randrange(len(parts))
        return parts, whole + parts[i], 'part %d counted twice in the total' % (i + 1)
    if k == 'omit':
        i = rng.randrange(len(parts))
        return parts, whole - parts[i], 'part %d left out of the total' % (i + 1)
    raise ValueError(k)


PA = '青澄柘芦棠岚沅檀枫萝杉苇蓼榕樟鹭岑岫溱汀浔渼沣澧漪琅珂瑶璟翠霁曦晗桐栎楠蔚茗菁蘅芷'
PB = '溪川源峪湾塘埠岗坪坝桥林原屿陂洲冈垣亭港'


def pname(rng, suffix=''):
    a = rng.choice(PA)
    b = rng.choice(PA + PB)
    while b == a:
        b = rng.choice(PA + PB)
    return a + b + suffix


def county(rng):
    return pname(rng, rng.choice(['县', '区', '市', '县', '区']))


def town(rng):
    return pname(rng, rng.choice(['镇', '乡', '街道', '镇', '街道']))


def towns(rng, k):
    out = []
    while len(out) < k:
        t = town(rng)
        if t[:2] not in [x[:2] for x in out]:
            out.append(t)
    return out


def village(rng):
    return pname(rng, rng.choice(['村', '社区', '村']))


def year(rng):
    return rng.randint(2019, 2024)


def period(rng, y=None):
    y = y or year(rng)
    m = rng.randint(3, 11)
    return rng.choice(['%d年' % y, '今年以来', '%d年1—%d月' % (y, m), '截至%d年%d月底' % (y, m), '%d年上半年' % y,
                       '全年', '%d年前三季度' % y, '一年来'])


def gfmt(rng):
    return rng.choice(['', '', '', ',', ','])


def sample_names(rng, pool, k):
    if k > len(pool):
        raise Redraw
    return rng.sample(pool, k)


# ---- content pools -------------------------------------------------

COUNT_POOLS = [
    ('受理群众诉求', '件', ['咨询类', '求助类', '投诉类', '建议类', '举报类', '表扬类'], (600, 30000)),
    ('排查各类安全隐患', '项', ['消防安全隐患', '用电安全隐患', '燃气安全隐患', '危化品隐患', '建筑施工隐患', '特种设备隐患'], (80, 4000)),
    ('新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], (300, 15000)),
    ('开展职业技能培训', '人次', ['电工', '育婴员', '中式烹调师', '农村电商', '家政服务', '叉车司机'], (150, 9000)),
    ('调处矛盾纠纷', '件', ['婚姻家庭纠纷', '邻里纠纷', '土地山林纠纷', '劳资纠纷', '物业纠纷', '交通事故纠纷'], (40, 2600)),
    ('实现城镇新增就业', '人', ['高校毕业生', '农村转移劳动力', '就业困难人员', '退役军人'], (400, 28000)),
    ('办理不动产登记业务', '件', ['首次登记', '转移登记', '抵押登记', '变更登记', '注销登记'], (2000, 60000)),
    ('立案查处违法案件', '件', ['食品类', '药品类', '特种设备类', '价格类', '知识产权类', '广告类'], (30, 900)),
    ('受理法律援助案件', '件', ['民事案件', '刑事案件', '行政案件', '劳动争议案件'], (60, 2500)),
    ('完成农村危房改造', '户', ['低保户', '分散供养特困人员', '低保边缘家庭', '易返贫致贫户'], (12, 800)),
    ('办理政务服务事项', '件', ['社保医保类', '不动产类', '公安户政类', '市场准入类', '税务类'], (5000, 90000)),
    ('建成新能源汽车充电桩', '个', ['公共充电桩', '专用充电桩', '小区共享充电桩'], (40, 3000)),
    ('组织文化惠民演出', '场', ['送戏下乡', '广场文艺', '非遗展演', '校园巡演'], (20, 600)),
    ('出动执法人员', '人次', ['市场监管', '生态环境', '城市管理', '交通运输', '农业农村'], (300, 12000)),
    ('接收来信来访', '件次', ['来信', '来访', '网上信访', '领导信箱'], (80, 3000)),
    ('新建改造公共厕所', '座', ['城区公厕', '乡镇公厕', '旅游景区公厕', '农村公厕'], (6, 160)),
]

MONEY_POOLS = [
    ('一般公共预算支出', ['教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '城乡社区支出', '一般公共服务支出'], (20000, 900000)),
    ('争取上级补助资金', ['中央资金', '省级资金', '市级资金'], (3000, 120000)),
    ('发放各类救助资金', ['城乡低保金', '特困人员供养金', '临时救助金', '医疗救助金', '孤儿基本生活费'], (80, 9000)),
    ('完成固定资产投资', ['工业投资', '基础设施投资', '房地产开发投资', '社会事业投资'], (30000, 900000)),
    ('投入民生实事资金', ['教育', '医疗', '养老', '交通', '水利', '文体'], (2000, 60000)),
    ('兑付惠农补贴资金', ['耕地地力保护补贴', '农机购置补贴', '稻谷目标价格补贴', '种粮农民一次性补贴'], (300, 20000)),
    ('拨付就业补助资金', ['职业培训补贴', '社会保险补贴', '公益性岗位补贴', '创业担保贷款贴息'], (100, 8000)),
]

AREA_POOLS = [
    ('农作物播种面积', '万亩', ['水稻', '玉米', '大豆', '油菜', '蔬菜', '马铃薯'], (5, 120), 2),
    ('新建改建农村公路', '公里', ['县道', '乡道', '村道', '旅游路'], (20, 600), 1),
    ('完成营造林', '亩', ['人工造林', '封山育林', '退化林修复', '森林抚育'], (2000, 60000), 1),
    ('完成高标准农田建设', '万亩', ['新建', '改造提升'], (1, 30), 2),
    ('改造老旧小区', '万平方米', ['住宅楼本体', '道路及停车', '绿化及公共空间', '管网'], (5, 90), 2),
    ('清理河道沟渠', '公里', ['主干河道', '支流', '灌溉沟渠', '排涝沟'], (30, 900), 1),
]

RATE_POOLS = [
    # (den phrase, num phrase, rate word, unit)
    ('受理群众诉求', '办结', '办结率', '件'),
    ('受理信访事项', '按期办结', '按期办结率', '件'),
    ('排查安全隐患', '完成整改', '整改率', '项'),
    ('调解矛盾纠纷', '调解成功', '调解成功率', '件'),
    ('交办问题线索', '办结', '办结率', '件'),
    ('立案', '结案', '结案率', '件'),
    ('回访群众', '表示满意', '满意率', '人'),
    ('排查自建房', '完成初步判定', '初判完成率', '栋'),
    ('摸排重点人群', '完成健康随访', '随访率', '人'),
    ('登记失业人员', '实现再就业', '再就业率', '人'),
]

INDICATORS = [
    # (name, unit, magnitude-scale ('亿'/'万'/''), nd, range)
    ('地区生产总值', '亿元', 2, (80, 2500)),
    ('一般公共预算收入', '亿元', 2, (3, 180)),
    ('社会消费品零售总额', '亿元', 2, (20, 900)),
    ('外贸进出口总额', '亿元', 2, (2, 300)),
    ('规模以上工业总产值', '亿元', 2, (30, 1800)),
    ('税收收入', '亿元', 2, (2, 120)),
    ('接待游客', '万人次', 1, (50, 3000)),
    ('旅游总收入', '亿元', 2, (3, 400)),
    ('快递业务量', '万件', 1, (100, 20000)),
    ('粮食总产量', '万吨', 2, (5, 120)),
    ('金融机构各项存款余额', '亿元', 2, (100, 3000)),
    ('限额以上消费品零售额', '亿元', 2, (5, 300)),
]


def draw_amount(rng, lo, hi, nd):
    """random Fraction in [lo,hi] with nd+2 hidden decimals"""
    return F(rng.randint(int(lo * 10 ** (nd + 2)), int(hi * 10 ** (nd + 2))), 10 ** (nd + 2))


def rnd_scaled(x, nd):
    return rhu(x, nd)


STYLES = []


def style(family, name, kind, desc):
    assert kind in ('pos', 'neg', 'mal')
    if kind == 'mal':
        assert name.startswith('malformed') and family == 'pct'

    def deco(f):
        STYLES.append((family, name, kind, f, desc))
        return f
    return deco


def C_sum(whole, parts, mode='exact'):
    return {'rel': 'sum_eq', 'whole': whole, 'parts': parts, 'mode': mode}


def C_lin(terms, result):
    return {'rel': 'linear', 'terms': terms, 'result': result}


def C_pct(stated, num, den, bare=False):
    c = {'rel': 'pct', 'stated': stated, 'num': num, 'den': den}
    if bare:
        c['bare_pct'] = True
    return c


def C_growth(stated, sign, base, cur, rel='growth'):
    return {'rel': rel, 'stated': stated, 'sign': sign, 'base': base, 'cur': cur}


def C_none(tokens, why):
    return {'rel': 'none', 'tokens': tokens, 'why': why}


# =====================================================================
# 4. Styles -- family totals, positive (consistent / inconsistent)
# =====================================================================

def int_case(rng, label, k, lo, hi, kinds=None):
    parts = draw_parts(rng, k, lo, hi)
    whole = sum(parts)
    note = 'parts add up to the total'
    if label == 'inconsistent':
        parts, whole, note = sum_slip(rng, parts, whole, kinds)
        if whole <= 0 or min(parts) <= 0:
            raise Redraw
    return parts, whole, note


def dec_case(rng, label, k, lo, hi, nd, kinds=None, exact_total=False):
    total = draw_amount(rng, lo, hi, nd)
    w = [rng.uniform(0.3, 3.0) for _ in range(k)]
    sw = sum(w)
    trues = [total * F(int(x * 1000), int(sw * 1000)) for x in w]
    parts = [rhu(t, nd) for t in trues]
    whole = rhu(sum(trues), nd)
    if exact_total:
        whole = sum(parts)
    note = 'rounded parts add up to the rounded total'
    if min(parts) <= 0:
        raise Redraw
    if label == 'inconsistent':
        parts, whole, note = sum_slip(rng, parts, whole, kinds)
        if whole <= 0 or min(parts) <= 0:
            raise Redraw
    return parts, whole, note


ACTION_SETS = [
    ('处', ['全年共排查整治各类安全隐患{W}处', '各类安全隐患排查整治总数达{W}处'],
     ['开展消防安全专项检查，排查整治隐患{n}处', '开展燃气安全“回头看”，发现并整改问题{n}处',
      '开展经营性自建房安全排查，整治隐患{n}处', '开展道路交通隐患排查，治理隐患点{n}处',
      '开展危险化学品专项检查，整改隐患{n}处']),
    ('场', ['全年共开展各类宣传活动{W}场', '累计组织各类宣传活动{W}场'],
     ['组织“法律进社区”活动{n}场', '举办防范电信网络诈骗讲座{n}场', '开展禁毒主题宣传{n}场',
      '组织“安全生产月”咨询日活动{n}场', '开展垃圾分类入户宣传{n}场']),
    ('人', ['全年共帮扶困难群众{W}人', '累计帮扶各类困难群众{W}人'],
     ['落实低保兜底保障{n}人', '实施临时救助{n}人', '安排公益性岗位{n}人', '开展医疗救助{n}人']),
    ('个', ['全年共实施重点项目{W}个', '重点项目总数达到{W}个'],
     ['推进产业类项目{n}个', '实施基础设施类项目{n}个', '建设社会民生类项目{n}个', '实施生态环保类项目{n}个']),
    ('件', ['全年共承办人大代表建议和政协提案{W}件', '承办建议提案合计{W}件'],
     ['承办市人大代表建议{n}件', '承办市政协提案{n}件', '承办区人大代表建议{n}件', '承办区政协提案{n}件']),
    ('家', ['全年新增入库企业{W}家', '新增纳统企业共{W}家'],
     ['新增规模以上工业企业{n}家', '新增限额以上批零住餐企业{n}家', '新增规模以上服务业企业{n}家',
      '新增资质等级以上建筑业企业{n}家']),
]


def action_case(rng, label, lo=3, hi=900):
    unit, leads, acts = rng.choice(ACTION_SETS)
    k = rng.randint(3, min(5, len(acts)))
    idx = sorted(rng.sample(range(len(acts)), k))
    parts, whole, note = int_case(rng, label, k, max(lo, k), hi)
    g = gfmt(rng)
    P = [fnum(p, 0, g) for p in parts]
    W = fnum(whole, 0, g)
    items = [acts[i].format(n=p) for i, p in zip(idx, P)]
    lead = rng.choice(leads).format(W=W)
    return unit, lead, items, P, W, note


@style('totals', 'sum_fenbie', 'pos', 'total first, parts after 分别为/分别是/分别有')
def st_sum_fenbie(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    k = rng.randint(3, min(5, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, lo, hi)
    g = gfmt(rng)
    P = [fnum(p, 0, g) for p in parts]
    W = fnum(whole, 0, g)
    v = rng.randrange(3)
    if v == 0:
        text = '%s，%s共%s%s%s，%s分别为%s。' % (period(rng), county(rng), subj, W, unit, '、'.join(nm),
                                           '、'.join(p + unit for p in P))
    elif v == 1:
        text = '%s累计%s%s%s，分别是%s。' % (period(rng), subj, W, unit, '、'.join(n + p + unit for n, p in zip(nm, P)))
    else:
        text = '%s%s%s%s%s，按类别分，%s分别有%s%s。' % (town(rng), period(rng), subj, W, unit, '、'.join(nm),
                                                 '、'.join(P), unit)
    return text, [C_sum(W, P)], note


@style('totals', 'sum_parts_then_total', 'pos', 'parts listed first, then 合计/共计/总计 at the end of the sentence')
def st_sum_parts_then_total(rng, label):
    if rng.random() < 0.5:
        subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
        k = rng.randint(3, min(5, len(names)))
        nm = sample_names(rng, names, k)
        parts, whole, note = int_case(rng, label, k, lo, hi)
        g = gfmt(rng)
        P = [fnum(p, 0, g) for p in parts]
        W = fnum(whole, 0, g)
        sep = rng.choice(['，', '、', '；'])
        text = '%s，%s%s：%s，%s%s%s。' % (period(rng), town(rng), subj, sep.join(n + p + unit for n, p in zip(nm, P)),
                                     rng.choice(['合计', '共计', '总计', '累计']), W, unit)
    else:
        subj, names, (lo, hi) = rng.choice(MONEY_POOLS)
        k = rng.randint(3, min(5, len(names)))
        nm = sample_names(rng, names, k)
        nd = rng.choice([0, 1, 2])
        parts, whole, note = dec_case(rng, label, k, lo, hi, nd)
        g = gfmt(rng)
        P = [fnum(p, nd, g) for p in parts]
        W = fnum(whole, nd, g)
        text = '%s，%s%s：%s，%s%s万元。' % (period(rng), county(rng), subj, '，'.join(n + p + '万元' for n, p in zip(nm, P)),
                                      rng.choice(['合计', '共计', '总计']), W)
        W, P = W + '万', [p + '万' for p in P]
    return text, [C_sum(W, P)], note


@style('totals', 'sum_qizhong_full', 'pos', 'total then a complete breakdown under 其中 (partial mode: only parts above the total are errors)')
def st_sum_qizhong_full(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    k = rng.randint(2, min(4, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, lo, hi, ['typo_whole', 'typo_part', 'omit', 'omit'])
    g = gfmt(rng)
    P = [fnum(p, 0, g) for p in parts]
    W = fnum(whole, 0, g)
    body = rng.choice(['，', '、']).join(n + p + unit for n, p in zip(nm, P))
    v = rng.randrange(3)
    if v == 0:
        text = '%s，%s%s%s%s。其中，%s。' % (period(rng), county(rng), subj, W, unit, body)
    elif v == 1:
        text = '%s%s%s%s，其中%s。' % (period(rng), subj, W, unit, body)
    else:
        text = '%s共%s%s%s，其中：%s。' % (town(rng), subj, W, unit, body)
    return text, [C_sum(W, P, 'partial')], note


@style('totals', 'sum_heading_total', 'pos', 'total stands in a heading line, parts on the numbered lines below')
def st_sum_heading_total(rng, label):
    if rng.random() < 0.5:
        subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
        k = rng.randint(3, min(5, len(names)))
        nm = sample_names(rng, names, k)
        parts, whole, note = int_case(rng, label, k, lo, hi)
        g = gfmt(rng)
        P = [fnum(p, 0, g) for p in parts]
        W = fnum(whole, 0, g)
    else:
        subj, names, (lo, hi) = rng.choice(MONEY_POOLS)
        unit = '万元'
        k = rng.randint(3, min(5, len(names)))
        nm = sample_names(rng, names, k)
        nd = rng.choice([1, 2])
        parts, whole, note = dec_case(rng, label, k, lo, hi, nd)
        g = gfmt(rng)
        P = [fnum(p, nd, g) for p in parts]
        W = fnum(whole, nd, g)
    num = rng.choice('一二三四五六')
    head = rng.choice(['%s、%s情况（%s%s）' % (num, subj, W, unit), '（%s）%s：%s%s' % (num, subj, W, unit),
                       '%s、%s%s%s' % (num, subj, W, unit)])
    mk = rng.choice(['n.', '(n)'] if head.startswith('（') else ['n.', '(n)', '（n）'])
    lines = []
    for i, (n, p) in enumerate(zip(nm, P)):
        lab = mk.replace('n', str(i + 1)) if mk != '（n）' else '（%s）' % cn_int(i + 1)
        lines.append('%s%s%s%s%s' % (lab, n, rng.choice(['', '：', '　']), p, unit) + rng.choice(['。', '；', '']))
    if unit == '万元':
        W, P = W + '万', [p + '万' for p in P]
    return head + '\n' + '\n'.join(lines), [C_sum(W, P)], note


@style('totals', 'sum_next_sentence', 'pos', 'parts in one sentence, the total in the following sentence (以上合计 / 全年共)')
def st_sum_next_sentence(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    k = rng.randint(3, min(5, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, lo, hi)
    g = gfmt(rng)
    P = [fnum(p, 0, g) for p in parts]
    W = fnum(whole, 0, g)
    body = '，'.join(n + p + unit for n, p in zip(nm, P))
    fill = rng.choice(['', '各类事项均按规定流程办理。', '相关台账已全部录入系统。', '较上年同期均有不同程度增长。'])
    v = rng.randrange(3)
    if v == 0:
        text = '%s，%s%s。%s以上%s类合计%s%s。' % (period(rng), town(rng), body, fill, cn_int(k), W, unit)
    elif v == 1:
        text = '%s。%s全年共%s%s%s。' % (body, fill, subj, W, unit)
    else:
        text = '从分类看，%s。上述各项共计%s%s，%s' % (body, W, unit, fill or '总体保持平稳。')
    return text, [C_sum(W, P)], note


@style('totals', 'sum_yishi_ershi', 'pos', 'parts in 一是/二是/三是 clauses, total before or after (共计)')
def st_sum_yishi(rng, label):
    unit, lead, items, P, W, note = action_case(rng, label)
    ords = ['一是', '二是', '三是', '四是', '五是']
    body = '；'.join(o + it for o, it in zip(ords, items))
    if rng.random() < 0.5:
        text = '%s%s%s。' % (lead, rng.choice(['。', '：', '，具体是：']), body)
    else:
        text = '%s。%s%s。' % (body, rng.choice(['以上各项共计', '上述%s项合计' % cn_int(len(items)), '累计']), W + unit)
    return text, [C_sum(W, P)], note


@style('totals', 'sum_paren_numbered', 'pos', 'parts on （一）（二）（三） lines, total in the lead line')
def st_sum_paren(rng, label):
    unit, lead, items, P, W, note = action_case(rng, label)
    lines = ['（%s）%s。' % (cn_int(i + 1), it) for i, it in enumerate(items)]
    if rng.random() < 0.7:
        text = lead + '，具体如下：\n' + '\n'.join(lines)
    else:
        text = '\n'.join(lines) + '\n以上合计%s%s。' % (W, unit)
    return text, [C_sum(W, P)], note


@style('totals', 'sum_bullets', 'pos', 'parts on bullet lines (●/·/-/▲), total in the lead')
def st_sum_bullets(rng, label):
    if rng.random() < 0.5:
        unit, lead, items, P, W, note = action_case(rng, label)
        b = rng.choice(['●', '·', '-', '▲', '■', '◆'])
        text = lead + '：\n' + '\n'.join('%s %s' % (b, it) for it in items)
    else:
        subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
        k = rng.randint(3, min(5, len(names)))
        nm = sample_names(rng, names, k)
        parts, whole, note = int_case(rng, label, k, lo, hi)
        g = gfmt(rng)
        P = [fnum(p, 0, g) for p in parts]
        W = fnum(whole, 0, g)
        b = rng.choice(['●', '·', '-', '•'])
        text = '%s%s%s%s，分类情况：\n' % (period(rng), subj, W, unit) + '\n'.join(
            '%s %s：%s%s' % (b, n, p, unit) for n, p in zip(nm, P))
    return text, [C_sum(W, P)], note


def _table_data(rng, label, money=None):
    if money is None:
        money = rng.random() < 0.5
    if money:
        subj, names, (lo, hi) = rng.choice(MONEY_POOLS)
        unit = '万元'
        k = rng.randint(3, min(6, len(names)))
        nm = sample_names(rng, names, k)
        nd = rng.choice([0, 1, 2])
        parts, whole, note = dec_case(rng, label, k, lo, hi, nd, exact_total=(nd == 0))
        g = gfmt(rng)
        P = [fnum(p, nd, g) for p in parts]
        W = fnum(whole, nd, g)
    else:
        subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
        k = rng.randint(3, min(6, len(names)))
        nm = sample_names(rng, names, k)
        parts, whole, note = int_case(rng, label, k, lo, hi)
        g = gfmt(rng)
        P = [fnum(p, 0, g) for p in parts]
        W = fnum(whole, 0, g)
    return subj, unit, nm, P, W, note


@style('totals', 'sum_table_tab', 'pos', 'tab-separated table with a 合计 row (first or last)')
def st_sum_table_tab(rng, label):
    subj, unit, nm, P, W, note = _table_data(rng, label)
    title = rng.choice(['表%d　%s%s情况' % (rng.randint(1, 9), county(rng), subj), '%s%d年%s分类统计' % (county(rng), year(rng), subj)])
    rows = ['%s\t%s' % (n, p) for n, p in zip(nm, P)]
    tot = '%s\t%s' % (rng.choice(['合计', '总计', '合　计']), W)
    hdr = '%s\t%s（%s）' % (rng.choice(['类别', '项目', '分类']), rng.choice(['数量', '金额' if unit == '万元' else '数量', '本年']), unit)
    body = [tot] + rows if rng.random() < 0.35 else rows + [tot]
    return title + '\n' + hdr + '\n' + '\n'.join(body), [C_sum(W, P)], note


@style('totals', 'sum_table_markdown', 'pos', 'Markdown table (| bars |) with a bold or plain 合计 row')
def st_sum_table_md(rng, label):
    subj, unit, nm, P, W, note = _table_data(rng, label)
    bold = rng.random() < 0.5
    lines = ['| 序号 | 项目 | %s（%s） |' % ('金额' if unit == '万元' else '数量', unit), '| :-: | --- | ---: |']
    for i, (n, p) in enumerate(zip(nm, P)):
        lines.append('| %d | %s | %s |' % (i + 1, n, p))
    lines.append('|  | %s | %s |' % ('**合计**' if bold else '合计', ('**%s**' % W) if bold else W))
    return '%s%s统计如下：\n' % (town(rng), subj) + '\n'.join(lines), [C_sum(W, P)], note


@style('totals', 'sum_table_spaces', 'pos', 'table copied from a PDF with space-aligned columns, total row at the bottom')
def st_sum_table_spaces(rng, label):
    subj, unit, nm, P, W, note = _table_data(rng, label)
    width = max(len(n) for n in nm + ['合计']) + 1
    pad = rng.choice(['\u3000', ' '])
    lines = ['%s%s单位：%s' % (subj, pad * 4, unit)]
    for n, p in list(zip(nm, P)) + [('合计', W)]:
        cellw = width - len(n)
        lines.append(n + pad * (cellw if pad == '\u3000' else cellw * 2) + ' ' * rng.randint(1, 4) + p)
    return '\n'.join(lines), [C_sum(W, P)], note


@style('totals', 'sum_table_multicol', 'pos', 'table by town with two count columns and a 合计 row (two column totals checked)')
def st_sum_table_multicol(rng, label):
    k = rng.randint(3, 6)
    tw = towns(rng, k)
    c1 = draw_parts(rng, k, 200, 9000)
    c2 = [rng.randint(int(x * 0.85), x) for x in c1]
    w1, w2 = sum(c1), sum(c2)
    note = 'both column totals correct'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            c1, w1, note = sum_slip(rng, c1, w1)
            note = 'column 1: ' + note
        else:
            c2, w2, note = sum_slip(rng, c2, w2)
            note = 'column 2: ' + note
    g = gfmt(rng)
    sep = rng.choice(['\t', ' | ', '  '])
    hdr = sep.join(['镇（街道）', rng.choice(['受理量（件）', '受理（件）']), rng.choice(['办结量（件）', '办结（件）'])])
    rows = [sep.join([t, fnum(a, 0, g), fnum(b, 0, g)]) for t, a, b in zip(tw, c1, c2)]
    rows.append(sep.join(['合计', fnum(w1, 0, g), fnum(w2, 0, g)]))
    if sep == ' | ':
        rows = ['| ' + r + ' |' for r in rows]
        hdr = '| ' + hdr + ' |'
    text = '%s各镇（街道）诉求办理情况\n' % county(rng) + hdr + '\n' + '\n'.join(rows)
    return text, [C_sum(fnum(w1, 0, g), [fnum(a, 0, g) for a in c1]),
                  C_sum(fnum(w2, 0, g), [fnum(b, 0, g) for b in c2])], note


@style('totals', 'sum_wan_yi_mixed', 'pos', 'parts in 万元, total in 亿元 (unit conversion inside the sum)')
def st_sum_wan_yi(rng, label):
    subj, names, (lo, hi) = rng.choice(MONEY_POOLS[:1] + MONEY_POOLS[1:2] + MONEY_POOLS[3:5])
    k = rng.randint(2, min(5, len(names)))
    nm = sample_names(rng, names, k)
    nd = rng.choice([0, 0, 1])
    total = draw_amount(rng, max(lo, 12000), hi, 2)
    w = [rng.uniform(0.3, 3.0) for _ in range(k)]
    sw = sum(w)
    trues = [total * F(int(x * 1000), int(sw * 1000)) for x in w]
    parts = [rhu(t, nd) for t in trues]
    whole = rhu(sum(trues) / 10000, 2)  # 亿 with 2 decimals
    g = gfmt(rng)
    P = [fnum(p, nd, g) + '万' for p in parts]
    Wstr = fnum(whole, 2) + '亿'
    note = 'parts in 万元 add up to the total in 亿元'
    wunit = '亿元'
    if label == 'inconsistent':
        kind = rng.choice(['typo', 'omit', 'unit'])
        if kind == 'typo':
            w2, how = slip_int(rng, whole)
            Wstr = fnum(w2, 2) + '亿'
            note = 'total written with ' + how
        elif kind == 'omit':
            i = rng.randrange(k)
            Wstr = fnum(rhu((sum(trues) - trues[i]) / 10000, 2), 2) + '亿'
            note = 'part %d left out of the total' % (i + 1)
        else:
            Wstr = fnum(whole, 2) + '万'
            wunit = '万元'
            note = 'wrong unit: total in 亿 written as 万元'
    Wtxt = Wstr[:-1] + wunit
    Ptxt = [p[:-1] + '万元' for p in P]
    if rng.random() < 0.5:
        text = '%s，%s%s%s，%s%s。' % (period(rng), county(rng), subj, Wtxt, rng.choice(['按项目分，', '分别为', '包括']),
                                  '、'.join(n + p for n, p in zip(nm, Ptxt)))
    else:
        text = '%s%s，%s，合计%s。' % (county(rng), period(rng), '，'.join(n + p for n, p in zip(nm, Ptxt)), Wtxt)
    return text, [C_sum(Wstr, P)], note


@style('totals', 'sum_fullwidth_digits', 'pos', 'full-width digits (１２,３４５ / １２．５) in parts and total')
def st_sum_fw(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    k = rng.randint(3, min(5, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, lo, hi)
    g = rng.choice(['', ','])
    P = [fnum(p, 0, g, fw=True) for p in parts]
    W = fnum(whole, 0, g, fw=True)
    text = rng.choice(['%s，%s共%s%s%s，其中%s。' , '%s，%s共%s%s%s，分别为%s。']) % (
        period(rng), town(rng), subj, W, unit, '、'.join(n + p + unit for n, p in zip(nm, P)))
    mode = 'partial' if '其中' in text else 'exact'
    if mode == 'partial' and label == 'inconsistent':
        pass
    return text, [C_sum(W, P, mode)], note


@style('totals', 'sum_space_grouped', 'pos', 'statistical-bulletin digits grouped by spaces or thin spaces (12 345)')
def st_sum_space(rng, label):
    subj, unit, names, (lo, hi) = rng.choice([p for p in COUNT_POOLS if p[3][1] >= 9000])
    k = rng.randint(2, min(4, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, max(lo, 10000), max(hi, 40000) * 3)
    g = rng.choice([' ', '\u2009', '\u202f'])
    P = [fnum(p, 0, g) for p in parts]
    W = fnum(whole, 0, g)
    text = '%d年全年%s%s%s。%s' % (year(rng), subj, W, unit, '；'.join('%s%s%s' % (n, p, unit) for n, p in zip(nm, P))) + '。'
    return text, [C_sum(W, P)], note


@style('totals', 'sum_chinese_numerals', 'pos', 'small counts written in Chinese numerals (十二个村、三个社区), mixed with digits')
def st_sum_cn(rng, label):
    v = rng.randrange(3)
    if v == 0:
        names, unit, lead = ['行政村', '社区'], '个', '%s辖%s%s村（社区）'
    elif v == 1:
        names, unit, lead = ['小学', '初级中学', '幼儿园', '九年一贯制学校'], '所', '%s共有%s%s学校'
    else:
        names, unit, lead = ['城镇网格', '农村网格', '专属网格'], '个', '%s划分%s%s网格'
    k = rng.randint(2, min(3, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, 6, 60)
    cw = rng.random() < 0.7
    P = [cn_int(p) if rng.random() < 0.8 else str(p) for p in parts]
    W = cn_int(whole) if cw else str(whole)
    text = (lead % (town(rng), W, unit)) + '，' + rng.choice(['其中', '分别是', '包括']) + '、'.join(
        n + p + unit for n, p in zip(nm, P)) + '。'
    mode = 'partial' if '其中' in text else 'exact'
    return text, [C_sum(W, P, mode)], note


@style('totals', 'sum_decimals_area', 'pos', 'rounded decimal quantities (亩/公里/万平方米) whose parts add to a total')
def st_sum_area(rng, label):
    subj, unit, names, (lo, hi), nd = rng.choice(AREA_POOLS)
    k = rng.randint(2, min(5, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = dec_case(rng, label, k, lo, hi, nd)
    g = gfmt(rng)
    P = [fnum(p, nd, g) for p in parts]
    W = fnum(whole, nd, g)
    if rng.random() < 0.5:
        text = '%s，%s%s%s%s，%s%s。' % (period(rng), county(rng), subj, W, unit, rng.choice(['分别为', '包括']),
                                    '、'.join(n + p + unit for n, p in zip(nm, P)))
    else:
        text = '%s%s，%s，共计%s%s。' % (county(rng), subj, '，'.join(n + p + unit for n, p in zip(nm, P)), W, unit)
    if unit.startswith('万'):
        W, P = W + '万', [p + '万' for p in P]
    return text, [C_sum(W, P)], note


@style('totals', 'sum_colon_semicolon', 'pos', 'total before a colon, parts separated by semicolons')
def st_sum_colon(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    k = rng.randint(3, min(5, len(names)))
    nm = sample_names(rng, names, k)
    parts, whole, note = int_case(rng, label, k, lo, hi)
    g = gfmt(rng)
    P = [fnum(p, 0, g) for p in parts]
    W = fnum(whole, 0, g)
    body = '；'.join(n + rng.choice(['', '方面']) + p + unit for n, p in zip(nm, P))
    text = '%s共%s%s%s：%s。' % (period(rng), subj, W, unit, body)
    return text, [C_sum(W, P)], note


@style('totals', 'sum_households_persons', 'pos', 'households and persons listed in pairs (a户b人), two totals in one sentence')
def st_sum_hh(rng, label):
    names = rng.sample(['城市低保', '农村低保', '特困供养', '低保边缘', '支出型困难家庭'], rng.randint(2, 4))
    hh = [rng.randint(5, 900) for _ in names]
    pp = [h + rng.randint(0, h * 2) for h in hh]
    H, Pn = sum(hh), sum(pp)
    note = 'household and person totals correct'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            hh, H, note = sum_slip(rng, hh, H)
            note = 'households: ' + note
        else:
            pp, Pn, note = sum_slip(rng, pp, Pn)
            note = 'persons: ' + note
    body = '、'.join('%s%d户%d人' % (n, h, p) for n, h, p in zip(names, hh, pp))
    v = rng.randrange(2)
    if v == 0:
        text = '%s，%s共保障困难群众%d户%d人，其中%s。' % (period(rng), town(rng), H, Pn, body)
        mode = 'partial'
    else:
        text = '截至%d月底，在册%s，合计%d户%d人。' % (rng.randint(3, 12), body, H, Pn)
        mode = 'exact'
    return text, [C_sum(str(H), [str(h) for h in hh], mode), C_sum(str(Pn), [str(p) for p in pp], mode)], note


@style('totals', 'sum_nested', 'pos', 'two-level breakdown: total -> groups -> sub-items (two sums)')
def st_sum_nested(rng, label):
    v = rng.randrange(2)
    if v == 0:
        outer, inner_n, other = '学校', ['小学', '初中', '高中', '九年一贯制学校'], '民办学校'
        first, unit = '公办学校', '所'
        inner = [rng.randint(2, 60) for _ in range(rng.randint(2, 4))]
        B = rng.randint(1, 30)
    else:
        outer, inner_n, other = '招商项目', ['新材料', '装备制造', '电子信息', '绿色食品'], '服务业项目'
        first, unit = '工业项目', '个'
        inner = [rng.randint(1, 25) for _ in range(rng.randint(2, 4))]
        B = rng.randint(1, 20)
    A = sum(inner)
    W = A + B
    note = 'both levels add up'
    inner_names = inner_n[:len(inner)]
    if label == 'inconsistent':
        if rng.random() < 0.5:
            inner, A2, note = sum_slip(rng, inner, A, ['typo_part', 'double', 'omit'])
            A = A2
            W = A + B if rng.random() < 0.5 else W
            note = 'inner level: ' + note
        else:
            pair, W, note = sum_slip(rng, [A, B], W, ['typo_whole', 'double', 'omit'])
            note = 'outer level: ' + note
    if v == 0:
        text = '%s共有%s%d%s，其中%s%d%s、%s%d%s；%s中，%s。' % (
            county(rng), outer, W, unit, first, A, unit, other, B, unit, first,
            '、'.join('%s%d%s' % (n, x, unit) for n, x in zip(inner_names, inner)))
    else:
        text = '%s累计签约%s%d%s，按类型分，%s%d%s、%s%d%s；%s中，%s。' % (
            period(rng), outer, W, unit, first, A, unit, other, B, unit, first,
            '、'.join('%s类%d%s' % (n, x, unit) for n, x in zip(inner_names, inner)))
    mode = 'partial' if '其中' in text else 'exact'
    return text, [C_sum(str(W), [str(A), str(B)], mode), C_sum(str(A), [str(x) for x in inner], 'exact')], note


def wrap_pdf(rng, text, checks, width=None):
    """Insert hard line breaks as a PDF extractor would, keeping operand strings in step."""
    width = width or rng.randint(16, 30)
    brk = set(range(width, len(text), width))
    # occasionally a break right before a unit character
    out = []
    offs = []
    n = 0
    for i, ch in enumerate(text):
        if i in brk and ch != '\n':
            b_ = rng.choice(['\n', '\n', '\n\n', ' \n'])
            out.append(b_)
            n += len(b_)
        offs.append(n)
        out.append(ch)
        n += 1
    newtext = ''.join(out)

    def remap(s):
        i = text.find(s)
        if i < 0:
            raise Redraw
        a = offs[i]
        b = offs[i + len(s) - 1] + 1
        return newtext[a:b]

    def walk(o):
        if isinstance(o, str):
            return remap(o)
        if isinstance(o, list):
            return [walk(x) for x in o]
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        return o
    new_checks = []
    for c in checks:
        c2 = dict(c)
        for k in ('whole', 'parts', 'result', 'stated', 'num', 'den', 'base', 'cur', 'from', 'to', 'token'):
            if k in c2:
                c2[k] = walk(c2[k])
        if 'terms' in c2:
            c2['terms'] = [[sg, walk(o)] for sg, o in c2['terms']]
        if 'items' in c2:
            c2['items'] = [remap(x) for x in c2['items']]
        if 'tokens' in c2:
            c2['tokens'] = [remap(x) for x in c2['tokens']]
        new_checks.append(c2)
    return newtext, new_checks


@style('totals', 'sum_pdf_broken_lines', 'pos', 'sum sentence with hard line breaks from PDF extraction, sometimes inside a number')
def st_sum_pdf(rng, label):
    f = rng.choice([st_sum_fenbie, st_sum_parts_then_total, st_sum_colon, st_sum_qizhong_full])
    text, checks, note = f(rng, label)
    text, checks = wrap_pdf(rng, text, checks)
    return text, checks, note + ' (text wrapped as from a PDF)'


def lin_slip(rng, terms, result, nd=0):
    """terms: list of (sign, scaled int). returns terms, result, note"""
    k = rng.choice(['typo_result', 'typo_result', 'typo_term', 'sign'])
    terms = list(terms)
    if k == 'typo_result':
        r2, how = slip_int(rng, result)
        return terms, r2, 'result written with ' + how
    if k == 'typo_term':
        i = rng.randrange(len(terms))
        t2, how = slip_int(rng, terms[i][1])
        terms[i] = (terms[i][0], t2)
        return terms, result, 'term %d written with %s' % (i + 1, how)
    negs = [i for i, t in enumerate(terms) if t[0] == '-']
    if not negs:
        r2, how = slip_int(rng, result)
        return terms, r2, 'result written with ' + how
    i = rng.choice(negs)
    return terms, result + 2 * terms[i][1], 'decrease %d added instead of subtracted' % (i + 1)


@style('totals', 'lin_stock_flow', 'pos', 'stock and flow: 年初 + 新增 − 减少 = 年末 (sentence or small table)')
def st_lin_stock(rng, label):
    v = rng.randrange(5)
    nd = 0
    if v == 4:
        nd = 2
        a = rhu(draw_amount(rng, 20, 900, 2), 2)
        b = rhu(F(a) * F(rng.randint(10, 40), 100), 0)
        c = rhu(F(a) * F(rng.randint(5, 30), 100), 0)
        terms = [('+', a), ('+', b), ('-', c)]
    elif v == 3:
        a = rng.randint(300, 9000)
        terms = [('+', a), ('+', rng.randint(5, a // 20 + 6)), ('+', rng.randint(1, a // 30 + 3)),
                 ('-', rng.randint(1, a // 30 + 3)), ('-', rng.randint(1, a // 40 + 3))]
    else:
        a = rng.randint(200, 40000)
        terms = [('+', a), ('+', rng.randint(a // 50 + 1, a // 4 + 2)), ('-', rng.randint(a // 60 + 1, a // 5 + 2))]
    res = sum(x if s == '+' else -x for s, x in terms)
    note = 'opening + inflow - outflow = closing'
    if label == 'inconsistent':
        terms, res, note = lin_slip(rng, terms, res)
    g = gfmt(rng)
    S = [fnum(x, nd, g) for _, x in terms]
    R = fnum(res, nd, g)
    if v == 0:
        text = '年初%s在册城乡低保对象%s户，年内新增%s户、停保%s户，截至年底在册%s户。' % (county(rng), S[0], S[1], S[2], R)
    elif v == 1:
        text = '%s期初实有市场主体%s户，本期新设立%s户、注销%s户，期末实有%s户。' % (county(rng), S[0], S[1], S[2], R)
    elif v == 2:
        sep = rng.choice(['\t', '　', ' | '])
        text = '%s养老服务床位变动情况\n项目%s床位（张）\n年初%s%s\n本年新增%s%s\n本年减少%s%s\n年末%s%s' % (
            town(rng), sep, sep, S[0], sep, S[1], sep, S[2], sep, R)
    elif v == 3:
        text = '%s年初有党员%s名，全年发展党员%s名、组织关系转入%s名，转出%s名、去世%s名，年末党员%s名。' % (
            town(rng), S[0], S[1], S[2], S[3], S[4], R)
    else:
        text = '%s政府专项债务年初余额%s亿元，当年新增%s亿元、偿还%s亿元，年末余额%s亿元。' % (county(rng), S[0], S[1], S[2], R)
        S = [s + '亿' for s in S]
        R = R + '亿'
    return text, [C_lin([[s, x] for (s, _), x in zip(terms, S)], R)], note


@style('totals', 'lin_from_to', 'pos', 'change stated with 由…增至/下降到…，增加/减少… (a ± c = b)')
def st_lin_from_to(rng, label):
    up = rng.random() < 0.6
    rounded = rng.random() < 0.4
    if rounded:
        name, unit, nd, (lo, hi) = rng.choice(INDICATORS)
        a = rhu(draw_amount(rng, lo, hi, nd), nd)
    else:
        name, unit, nd, amax = rng.choice([('省级以上专精特新企业', '家', 0, 300), ('注册志愿者', '人', 0, 90000),
                                           ('规模以上工业企业', '家', 0, 1500), ('家庭医生签约服务团队', '个', 0, 400),
                                           ('城市公园', '个', 0, 120), ('养老机构床位', '张', 0, 9000)])
        a = rng.randint(12, amax)
    c = rng.randint(max(1, a // 40), max(2, a // 3))
    b = a + c if up else a - c
    if b <= 0:
        raise Redraw
    terms = [('+', a), ('+' if up else '-', c)]
    note = 'start %s change = end' % ('+' if up else '-')
    if label == 'inconsistent':
        terms, b, note = lin_slip(rng, terms, b)
    g = gfmt(rng)
    A, Cc, B = fnum(terms[0][1], nd, g), fnum(terms[1][1], nd, g), fnum(b, nd, g)
    y = year(rng)
    if up:
        text = rng.choice(['%s由%d年的%s%s增至%d年的%s%s，增加%s%s。' % (name, y - 1, A, unit, y, B, unit, Cc, unit),
                           '全区%s从年初的%s%s增长到%s%s，净增%s%s。' % (name, A, unit, B, unit, Cc, unit)])
    else:
        text = rng.choice(['%s由上年的%s%s下降到%s%s，减少%s%s。' % (name, A, unit, B, unit, Cc, unit),
                           '%s从%s%s降至%s%s，减少了%s%s。' % (name, A, unit, B, unit, Cc, unit)])
    if unit in ('亿元',):
        A, B, Cc = A + '亿', B + '亿', Cc + '亿'
    elif unit.startswith('万'):
        A, B, Cc = A + '万', B + '万', Cc + '万'
    return text, [C_lin([['+', A], [terms[1][0], Cc]], B)], note


@style('totals', 'lin_vs_last_year', 'pos', 'this year = last year ± 比上年增加/减少, base given in another sentence')
def st_lin_vs_last(rng, label):
    name, unit, nd, (lo, hi) = rng.choice(INDICATORS)
    up = rng.random() < 0.7
    a = rhu(draw_amount(rng, lo, hi, nd), nd)
    c = rhu(F(a) * F(rng.randint(2, 25), 100), 0) or 1
    b = a + c if up else a - c
    terms = [('+', a), ('+' if up else '-', c)]
    note = 'last year %s change = this year' % ('+' if up else '-')
    if label == 'inconsistent':
        terms, b, note = lin_slip(rng, terms, b)
    y = year(rng)
    A, Cc, B = fnum(terms[0][1], nd), fnum(terms[1][1], nd), fnum(b, nd)
    mag = '亿' if unit == '亿元' else '万'
    mid_s = rng.choice(['', '受市场需求变化影响，部分行业波动较大。', '全年经济运行总体平稳。'])
    text = '%d年，%s%s%s%s。%s%d年，%s达到%s%s，比上年%s%s%s。' % (
        y - 1, county(rng), name, rng.choice(['为', '完成']), A + unit, mid_s, y, name, B, unit,
        '增加' if up else '减少', Cc, unit)
    return text, [C_lin([['+', A + mag], [terms[1][0], Cc + mag]], B + mag)], note


@style('totals', 'lin_net_increase', 'pos', 'net change: 新增/新设 − 注销/退出 = 净增')
def st_lin_net(rng, label):
    a = rng.randint(50, 20000)
    b = rng.randint(a // 10 + 1, a * 9 // 10)
    c = a - b
    terms = [('+', a), ('-', b)]
    note = 'new - closed = net increase'
    if label == 'inconsistent':
        terms, c, note = lin_slip(rng, terms, c)
    g = gfmt(rng)
    A, B, Cc = fnum(terms[0][1], 0, g), fnum(terms[1][1], 0, g), fnum(c, 0, g)
    v = rng.randrange(3)
    if v == 0:
        text = '%s新设立各类市场主体%s户，注销%s户，净增%s户。' % (period(rng), A, B, Cc)
    elif v == 1:
        text = '全年新增参保单位%s家，因关停、迁出等原因退出%s家，参保单位净增加%s家。' % (A, B, Cc)
    else:
        text = '%s户籍人口迁入%s人、迁出%s人，机械增长%s人。' % (county(rng), A, B, Cc)
    return text, [C_lin([['+', A], ['-', B]], Cc)], note


@style('totals', 'lin_budget_balance', 'pos', 'budget account: 收入总计 = 本级+上级补助+上年结转; 结余 = 收入总计 − 支出')
def st_lin_budget(rng, label):
    nd = rng.choice([0, 1, 2])
    own = rhu(draw_amount(rng, 500, 60000, nd), nd)
    sub = rhu(draw_amount(rng, 300, 40000, nd), nd)
    carry = rhu(draw_amount(rng, 10, 3000, nd), nd)
    tot = own + sub + carry
    spend = tot - rhu(F(tot) * F(rng.randint(1, 12), 100), 0)
    bal = tot - spend
    note = 'income total and closing balance both correct'
    parts = [own, sub, carry]
    if label == 'inconsistent':
        if rng.random() < 0.5:
            parts, tot2, note = sum_slip(rng, parts, tot)
            note = 'income total: ' + note
            tot = tot2
        else:
            terms, bal, note = lin_slip(rng, [('+', tot), ('-', spend)], bal)
            tot, spend = terms[0][1], terms[1][1]
            note = 'balance: ' + note
    g = gfmt(rng)
    O, S, Ca, T, E, B = [fnum(x, nd, g) for x in parts + [tot, spend, bal]]
    text = ('%d年，%s一般公共预算本级收入%s万元，加上级补助收入%s万元、上年结转%s万元，收入总计%s万元；'
            '一般公共预算支出%s万元，年终结余%s万元。') % (year(rng), county(rng), O, S, Ca, T, E, B)
    w = lambda s: s + '万'
    return text, [C_sum(w(T), [w(O), w(S), w(Ca)]), C_lin([['+', w(T)], ['-', w(E)]], w(B))], note


@style('totals', 'lin_remaining', 'pos', 'plan / done / remaining (剩余、正在整改) split of one total')
def st_lin_remaining(rng, label):
    W = rng.randint(6, 400)
    a = rng.randint(1, W - 1)
    b = W - a
    terms = [('+', W), ('-', a)]
    note = 'total - done = remaining'
    if label == 'inconsistent':
        terms, b, note = lin_slip(rng, terms, b)
        if b <= 0:
            raise Redraw
    Ws, As, Bs = str(terms[0][1]), str(terms[1][1]), str(b)
    v = rng.randrange(3)
    if v == 0:
        text = '共计实施%s个小区改造，已完成施工%s个，剩余%s个正在施工中。' % (Ws, As, Bs)
    elif v == 1:
        text = '上级交办问题%s个，已完成整改%s个，%s个正在整改。' % (Ws, As, Bs)
    else:
        text = '年度计划新建%s个村级综合服务站，已建成%s个，另%s个预计%d月底前建成。' % (Ws, As, Bs, rng.randint(10, 12))
    return text, [C_lin([['+', Ws], ['-', As]], Bs)], note


COMPANY_A = ['新材料', '智能装备', '绿色食品', '电子科技', '生物医药', '现代物流', '精密制造', '新能源']
COMPANY_B = ['有限公司', '科技有限公司', '产业园项目', '生产基地项目', '智造园项目']


def company(rng):
    return pname(rng) + rng.choice(COMPANY_A) + rng.choice(COMPANY_B)


@style('totals', 'count_listed_items', 'pos', 'stated number of items vs the named items that follow (N个，分别是A、B、C)')
def st_count_items(rng, label):
    k = rng.randint(2, 5)
    items = []
    while len(items) < k:
        c = company(rng)
        if c not in items:
            items.append(c)
    N = k
    note = 'number of named items matches'
    if label == 'inconsistent':
        N = k + rng.choice([1, -1]) if k > 2 else k + 1
        note = 'stated %d but %d named' % (N, k)
    Ns = cn_int(N) if rng.random() < 0.4 else str(N)
    v = rng.randrange(3)
    if v == 0:
        text = '%s成功引进新项目%s个，分别是%s。' % (period(rng), Ns, '、'.join(items))
    elif v == 1:
        text = '新增签约企业%s家：%s。' % (Ns, '；'.join(items))
    else:
        text = '%s家企业（%s）完成入库纳统。' % (Ns, '、'.join(items))
    return text, [{'rel': 'count', 'stated': Ns, 'items': items}], note


WORK_ITEMS = ['完善网格化管理机制', '推进老旧小区改造', '抓好安全生产排查', '深化“放管服”改革', '加强基层党组织建设',
              '做好防汛抗旱准备', '开展农村人居环境整治', '推动数字乡村建设', '强化重点人群健康管理', '提升为民服务中心效能']


@style('totals', 'count_enumerated_tasks', 'pos', 'Chinese-numeral task count (重点抓好三项工作) vs 一是/二是 enumerated tasks')
def st_count_tasks(rng, label):
    k = rng.randint(2, 5)
    items = rng.sample(WORK_ITEMS, k)
    N = k
    note = 'number of enumerated tasks matches'
    if label == 'inconsistent':
        N = k + rng.choice([1, -1]) if k > 2 else k + 1
        note = 'stated %d tasks but %d enumerated' % (N, k)
    Ns = cn_int(N)
    ords = ['一是', '二是', '三是', '四是', '五是']
    text = '下一步，%s将重点抓好%s项工作：%s。' % (town(rng), Ns, '；'.join(o + it for o, it in zip(ords, items)))
    return text, [{'rel': 'count', 'stated': Ns, 'items': items}], note


@style('totals', 'sum_relief_money_persons', 'pos', 'relief list with persons and 万元 per item (77人160.31万元), two totals')
def st_sum_relief(rng, label):
    names = rng.sample(['医疗救助', '临时救助', '二次救助', '低保金', '高龄补贴', '残疾人两项补贴'], rng.randint(2, 4))
    ps = [rng.randint(5, 900) for _ in names]
    mt = [draw_amount(rng, p * F(1, 100), p * F(3, 10), 2) for p in ps]
    ms = [rhu(m, 2) for m in mt]
    P, M = sum(ps), rhu(sum(mt), 2)
    note = 'persons and money totals correct'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            ps, P, note = sum_slip(rng, ps, P)
            note = 'persons: ' + note
        else:
            ms, M, note = sum_slip(rng, ms, M)
            note = 'money: ' + note
    Ms = [fnum(m, 2) for m in ms]
    body = '；'.join('发放%s%d人%s万元' % (n, p, m) for n, p, m in zip(names, ps, Ms))
    text = '%s，%s%s。共计救助%d人、发放资金%s万元。' % (period(rng), town(rng), body, P, fnum(M, 2))
    return text, [C_sum(str(P), [str(p) for p in ps]), C_sum(fnum(M, 2) + '万', [m + '万' for m in Ms])], note


@style('totals', 'sum_bulletin_two_breakdowns', 'pos', 'hotline bulletin: one total split by channel and by type (two sums)')
def st_sum_bulletin(rng, label):
    W = rng.randint(800, 60000)
    ch_names = ['电话', rng.choice(['网络平台', '政务网站']), rng.choice(['微信小程序', '手机APP'])]
    ty_names = rng.sample(['咨询', '求助', '投诉', '建议', '举报'], 4)
    c1 = W * rng.randint(50, 75) // 100
    c2 = (W - c1) * rng.randint(40, 75) // 100
    ch = [c1, c2, W - c1 - c2]
    ty = split_int(rng, W, 4, 5)
    W1 = W2 = W
    note = 'both breakdowns add up'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            ch, _, note = sum_slip(rng, ch, W, ['typo_part'])
            note = 'channel breakdown: ' + note
        else:
            ty, _, note = sum_slip(rng, ty, W, ['typo_part'])
            note = 'type breakdown: ' + note
    if min(ch) <= 0 or min(ty) <= 0:
        raise Redraw
    g = gfmt(rng)
    Ws = fnum(W, 0, g)
    text = ('%d年%d月，%s12345政务服务便民热线共受理群众诉求%s件。\n按受理渠道分：%s。\n按诉求类型分：%s。') % (
        year(rng), rng.randint(1, 12), county(rng), Ws,
        '，'.join('%s%s件' % (n, fnum(x, 0, g)) for n, x in zip(ch_names, ch)),
        '，'.join('%s%s件' % (n, fnum(x, 0, g)) for n, x in zip(ty_names, ty)))
    return text, [C_sum(Ws, [fnum(x, 0, g) for x in ch]), C_sum(Ws, [fnum(x, 0, g) for x in ty])], note


@style('totals', 'sum_place_list', 'pos', 'per-town figures with the county total (各镇（街道）… 全县合计)')
def st_sum_place(rng, label):
    k = rng.randint(3, 6)
    tw = towns(rng, k)
    subj, unit, nd, (lo, hi) = rng.choice([('完成植树造林', '亩', 0, (300, 20000)), ('新增城镇就业', '人', 0, (200, 9000)),
                                           ('完成粮食播种', '万亩', 2, (2, 60)), ('完成投资', '亿元', 2, (3, 90))])
    if nd:
        parts, whole, note = dec_case(rng, label, k, lo, hi, nd)
    else:
        parts, whole, note = int_case(rng, label, k, lo, hi)
    g = gfmt(rng)
    P = [fnum(p, nd, g) for p in parts]
    W = fnum(whole, nd, g)
    mag = {'万亩': '万', '亿元': '亿'}.get(unit, '')
    text = '各镇（街道）%s情况：%s，全%s合计%s%s。' % (subj, '、'.join(t + p + unit for t, p in zip(tw, P)),
                                            rng.choice(['县', '区', '市']), W, unit)
    return text, [C_sum(W + mag, [p + mag for p in P])], note


# =====================================================================
# 5. Styles -- family pct, positive (consistent / inconsistent)
# =====================================================================

def draw_rate_pair(rng, dlo, dhi, rlo, rhi, allow_full=True):
    den = rng.randint(dlo, dhi)
    if allow_full and rng.random() < 0.08:
        return den, den
    r = rng.uniform(rlo, rhi)
    num = min(den, max(0, int(round(den * r))))
    return num, den


def rate_stated(rng, label, num, den, nd, form='%', alts=None):
    """correct stated rate or a realistic slip. alts: list of (Fraction, note) wrong-base alternatives."""
    s = pct_str(F(num, den), nd, form if form in ('%', '％') else '%')
    note = 'rate = num/den, rounded to %d decimals' % nd
    if label == 'inconsistent':
        choices = ['typo', 'typo', 'swap'] + (['alt'] * 2 if alts else [])
        k = rng.choice(choices)
        if k == 'alt':
            v, note = rng.choice(alts)
            s = pct_str(v, nd, '%')
        else:
            s2, how = pct_core_slip(rng, s.rstrip('%％'))
            s = s2 + '%'
            note = 'rate written with ' + how
    core = s[:-1]
    if form == '％':
        s = core + '％'
    elif form == 'fw':
        s = to_fw(core) + '％'
    elif form == 'cn':
        s = '百分之' + cn_dec(core)
    return s, note


@style('pct', 'rate_handled', 'pos', 'handled / received / rate in one sentence (受理…办结…办结率)')
def sp_rate_handled(rng, label):
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    num, den = draw_rate_pair(rng, 40, 40000, 0.82, 0.999)
    nd = rng.choice([1, 1, 2])
    S, note = rate_stated(rng, label, num, den, nd)
    g = gfmt(rng)
    D, N = fnum(den, 0, g), fnum(num, 0, g)
    v = rng.randrange(3)
    if v == 0:
        text = '%s，%s%s%s%s，%s%s%s，%s%s。' % (period(rng), town(rng), denp, D, unit, nump, N, unit, rw, S)
    elif v == 1:
        text = '%s共%s%s%s，已%s%s%s，%s达%s。' % (period(rng), denp, D, unit, nump, N, unit, rw, S)
    else:
        text = '%s%s%s%s、%s%s%s，%s为%s，较上年有所提升。' % (county(rng), denp, D, unit, nump, N, unit, rw, S)
    return text, [C_pct(S, N, D)], note


@style('pct', 'rate_insured_named_base', 'pos', 'coverage rate whose base is named differently (应参保/户籍人口/参保率); slips use the wrong base')
def sp_rate_insured(rng, label):
    pop = rng.randint(3000, 200000)
    den = int(pop * rng.uniform(0.72, 0.9))
    num = int(den * rng.uniform(0.9, 0.999))
    nd = rng.choice([1, 2])
    alts = [(F(num, pop), 'rate computed on the registered population instead of those required to enrol')]
    S, note = rate_stated(rng, label, num, den, nd, alts=alts)
    g = gfmt(rng)
    P, D, N = fnum(pop, 0, g), fnum(den, 0, g), fnum(num, 0, g)
    kind = rng.choice(['城乡居民医疗保险', '城乡居民基本养老保险'])
    v = rng.randrange(2)
    if v == 0:
        text = '%s户籍人口%s人，其中应参加%s%s人，实际参保%s人，参保率%s。' % (town(rng), P, kind, D, N, S)
    else:
        text = '全%s户籍人口%s人。%s年度%s应参保%s人，已参保缴费%s人，参保率达到%s。' % (
            rng.choice(['乡', '镇']), P, year(rng), kind, D, N, S)
    return text, [C_pct(S, N, D)], note


@style('pct', 'rate_base_prev_sentence', 'pos', 'rate whose denominator is given in an earlier sentence under another noun')
def sp_rate_prev(rng, label):
    v = rng.randrange(4)
    pop = rng.randint(20000, 400000)
    if v == 0:
        den = int(pop * rng.uniform(0.12, 0.2))
        num = int(den * rng.uniform(0.6, 0.95))
        a = '辖区常住人口%s人，其中65周岁以上老年人%s人。'
        b = '今年以来，累计为%s名老年人提供免费健康体检，体检率为%s。'
    elif v == 1:
        den = rng.randint(800, 9000)
        num = int(den * rng.uniform(0.95, 1.0))
        a = '全%s常住人口%%s人，现有义务教育阶段适龄儿童少年%%s人。' % rng.choice(['县', '区'])
        b = '秋季学期共有%s人在校就读，入学率%s。'
    elif v == 2:
        den = rng.randint(300, 12000)
        num = int(den * rng.uniform(0.5, 0.98))
        a = '辖区常住人口%s人，共排查经营性自建房%s栋。'
        b = '目前已完成安全鉴定%s栋，鉴定完成率%s。'
    else:
        den = int(pop * rng.uniform(0.2, 0.45))
        num = int(den * rng.uniform(0.7, 0.99))
        a = '截至目前，全街道常住人口%s人，重点人群%s人。'
        b = '家庭医生签约服务覆盖重点人群%s人，重点人群签约率%s。'
    nd = rng.choice([1, 2])
    alts = [(F(num, pop), 'rate computed on the resident population instead of the target group')]
    S, note = rate_stated(rng, label, num, den, nd, alts=alts)
    g = gfmt(rng)
    P, D, N = fnum(pop, 0, g), fnum(den, 0, g), fnum(num, 0, g)
    text = (a % (P, D)) + rng.choice(['', '通过入户走访、集中服务等方式推进工作。']) + (b % (N, S))
    return text, [C_pct(S, N, D)], note


@style('pct', 'rate_sampling_two_rates', 'pos', 'sampling inspection: completion rate and 不合格率/合格率 (signed numerator); slips use the plan as base')
def sp_rate_sampling(rng, label):
    plan = rng.choice([200, 300, 400, 500, 600, 800, 1000, 1200, 1500]) + rng.choice([0, 0, 50])
    done = int(plan * rng.uniform(0.92, 1.15))
    bad = int(done * rng.uniform(0.005, 0.06)) + 1
    nd1, nd2 = rng.choice([1, 2]), rng.choice([1, 2])
    S1 = pct_str(F(done, plan), nd1)
    use_pass = rng.random() < 0.4
    if use_pass:
        S2 = pct_str(F(done - bad, done), nd2)
    else:
        S2 = pct_str(F(bad, done), nd2)
    note = 'both rates correct'
    if label == 'inconsistent':
        k = rng.choice(['base', 'typo1', 'typo2'])
        if k == 'base':
            S2 = pct_str(F(done - bad, plan) if use_pass else F(bad, plan), nd2)
            note = 'second rate computed on the planned batches instead of those tested'
        elif k == 'typo1':
            c, how = pct_core_slip(rng, S1[:-1])
            S1 = c + '%'
            note = 'completion rate written with ' + how
        else:
            c, how = pct_core_slip(rng, S2[:-1])
            S2 = c + '%'
            note = 'second rate written with ' + how
    food = rng.choice(['食品', '食用农产品', '药品', '化妆品', '工业产品'])
    Pl, Dn, Bd = str(plan), str(done), str(bad)
    if use_pass:
        text = '全年计划抽检%s%s批次，实际完成%s批次，完成率%s；检出不合格%s批次，抽检合格率%s。' % (food, Pl, Dn, S1, Bd, S2)
        c2 = C_pct(S2, {'sum': [Dn], 'sub': [Bd]}, Dn)
    else:
        text = '共抽检%s%s批次（计划%s批次），完成率%s，其中不合格%s批次，不合格率为%s。' % (food, Dn, Pl, S1, Bd, S2)
        c2 = C_pct(S2, Bd, Dn)
    return text, [C_pct(S1, Dn, Pl), c2], note


@style('pct', 'rate_permille_births', 'pos', 'birth, death and natural-growth rates in ‰ from counts and average population')
def sp_rate_permille(rng, label):
    pop = rng.randint(80000, 2500000)
    b = int(pop * rng.uniform(0.005, 0.012))
    d = int(pop * rng.uniform(0.004, b / pop - 0.0005)) if b / pop - 0.0005 > 0.004 else int(pop * 0.0035)
    nd = 2
    s1 = pct_str(F(b, pop), nd, '‰')
    s2 = pct_str(F(d, pop), nd, '‰')
    s3 = pct_str(F(b - d, pop), nd, '‰')
    note = 'rates per thousand correct'
    if label == 'inconsistent':
        k = rng.choice(['typo', 'typo', 'sum'])
        if k == 'sum':
            s3 = pct_str(F(b + d, pop), nd, '‰')
            note = 'natural growth computed as births plus deaths'
        else:
            i = rng.randrange(3)
            arr = [s1, s2, s3]
            c, how = pct_core_slip(rng, arr[i][:-1])
            arr[i] = c + '‰'
            s1, s2, s3 = arr
            note = 'rate %d written with %s' % (i + 1, how)
    g = gfmt(rng)
    P, B, D = fnum(pop, 0, g), fnum(b, 0, g), fnum(d, 0, g)
    text = '%d年%s年平均人口%s人，全年出生人口%s人，人口出生率为%s；死亡人口%s人，人口死亡率为%s；人口自然增长率为%s。' % (
        year(rng), county(rng), P, B, s1, D, s2, s3)
    return text, [C_pct(s1, B, P), C_pct(s2, D, P), C_pct(s3, {'sum': [B], 'sub': [D]}, P)], note


@style('pct', 'rate_baifenzhi', 'pos', 'rate written out in Chinese (百分之九十六点五)')
def sp_rate_cn(rng, label):
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    num, den = draw_rate_pair(rng, 30, 8000, 0.8, 0.995)
    nd = rng.choice([0, 1, 1])
    S, note = rate_stated(rng, label, num, den, nd, form='cn')
    text = '%s%s%d%s，%s%d%s，%s为%s。' % (period(rng), denp, den, unit, nump, num, unit, rw, S)
    return text, [C_pct(S, str(num), str(den))], note


@style('pct', 'rate_fullwidth', 'pos', 'full-width digits and ％ in counts and the rate (９６．５％)')
def sp_rate_fw(rng, label):
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    num, den = draw_rate_pair(rng, 30, 30000, 0.8, 0.995)
    nd = rng.choice([1, 2])
    S, note = rate_stated(rng, label, num, den, nd, form='fw')
    if rng.random() < 0.4:
        S = S.replace('.', '．')
    D, N = fnum(den, 0, fw=True), fnum(num, 0, fw=True)
    text = '%s，%s%s%s，%s%s%s，%s%s。' % (period(rng), denp, D, unit, nump, N, unit, rw, S)
    return text, [C_pct(S, N, D)], note


@style('pct', 'share_of_total', 'pos', 'share of a part in a whole (占…的x%, 占比), whole in the same or a bracketed clause')
def sp_share(rng, label):
    v = rng.randrange(3)
    if v == 0:
        subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
        W = rng.randint(max(lo, 50), hi)
        a = int(W * rng.uniform(0.08, 0.7))
        last = int(W * rng.uniform(0.7, 0.95))
        nd = rng.choice([1, 2])
        alts = [(F(a, last), 'share computed against the previous-year total')]
        S, note = rate_stated(rng, label, a, W, nd, alts=alts)
        g = gfmt(rng)
        Ws, As, Ls = fnum(W, 0, g), fnum(a, 0, g), fnum(last, 0, g)
        n = rng.choice(names)
        text = '%s%s%s%s（上年同期%s%s），其中%s%s%s，占%s。' % (period(rng), subj, Ws, unit, Ls, unit, n, As, unit,
                                                         rng.choice(['', '总量的', '全部的']) + S)
        return text, [C_pct(S, As, Ws)], note
    if v == 1:
        pop = rhu(draw_amount(rng, 20, 300, 2), 2)
        vol = rhu(F(pop) * F(rng.randint(8, 35), 100), 0)
        nd = 2
        r = F(vol, pop)
        S = pct_str(r, nd)
        note = 'share of volunteers in resident population'
        if label == 'inconsistent':
            c, how = pct_core_slip(rng, S[:-1])
            S = c + '%'
            note = 'share written with ' + how
        P, V = fnum(pop, 2), fnum(vol, 2)
        text = '目前全区注册志愿者%s万人，占常住人口（%s万人）%s。' % (V, P, S)
        return text, [C_pct(S, V + '万', P + '万')], note
    name, unit, nd, (lo, hi) = rng.choice([x for x in INDICATORS if x[1] == '亿元'])
    W = rhu(draw_amount(rng, lo, hi, nd), nd)
    a = rhu(F(W) * F(rng.randint(15, 70), 100), 0)
    snd = 1
    S = pct_str(F(a, W), snd)
    note = 'share of the sub-item in the total'
    if label == 'inconsistent':
        c, how = pct_core_slip(rng, S[:-1])
        S = c + '%'
        note = 'share written with ' + how
    sub = {'地区生产总值': '第三产业增加值', '一般公共预算收入': '税收收入', '社会消费品零售总额': '城镇消费品零售额',
           '外贸进出口总额': '出口总额', '规模以上工业总产值': '高新技术产业产值', '税收收入': '增值税',
           '旅游总收入': '乡村旅游收入', '金融机构各项存款余额': '住户存款余额', '限额以上消费品零售额': '网上零售额'}[name]
    Ws, As = fnum(W, nd), fnum(a, nd)
    text = '%s%s亿元，%s%s亿元，占比%s。' % (name, Ws, sub, As, S)
    return text, [C_pct(S, As + '亿', Ws + '亿')], note


def shares_from_counts(rng, k, nd, sectors=False):
    if sectors:
        w = [rng.randint(30, 200), rng.randint(250, 500), rng.randint(350, 650)]
    else:
        w = [rng.randint(5, 100) for _ in range(k)]
    tot = sum(w)
    return [pct_str(F(x, tot), nd) for x in w], w


def share_slip(rng, S):
    S = list(S)
    i = rng.randrange(len(S))
    suf = S[i][-1]
    c, how = pct_core_slip(rng, S[i][:-1])
    S[i] = c + suf
    return S, 'share %d written with %s' % (i + 1, how)


@style('pct', 'share_sum100', 'pos', 'structure shares of one whole that must add to 100% (分别占…)')
def sp_share100(rng, label):
    v = rng.randrange(3)
    nd = rng.choice([1, 1, 2])
    if v == 0:
        names = ['第一产业', '第二产业', '第三产业']
        S, _ = shares_from_counts(rng, 3, nd, sectors=True)
    elif v == 1:
        names = rng.sample(['咨询类', '求助类', '投诉类', '建议类', '其他'], 4)
        S, _ = shares_from_counts(rng, 4, nd)
    else:
        names = ['城镇居民', '农村居民']
        S, _ = shares_from_counts(rng, 2, nd)
    note = 'shares add to 100%'
    if label == 'inconsistent':
        S, note = share_slip(rng, S)
    if v == 0:
        text = '从产业结构看，%s增加值占地区生产总值的比重分别为%s。' % ('、'.join(names), '、'.join(S))
    elif v == 1:
        text = '从诉求类型看，%s。' % '，'.join('%s占%s' % (n, s) for n, s in zip(names, S))
    else:
        text = '参保人员中，%s占%s，%s占%s。' % (names[0], S[0], names[1], S[1])
    return text, [{'rel': 'sum100', 'parts': S, 'mode': 'exact'}], note


@style('pct', 'share_ratio_colon', 'pos', 'structure written as a bare ratio 8.2:37.5:54.3 (bare_pct shares)')
def sp_share_ratio(rng, label):
    nd = 1
    S, _ = shares_from_counts(rng, 3, nd, sectors=True)
    S = [s[:-1] for s in S]
    note = 'ratio terms add to 100'
    if label == 'inconsistent':
        S = [s + '%' for s in S]
        S, note = share_slip(rng, S)
        S = [s[:-1] for s in S]
    colon = rng.choice([':', '∶', '：'])
    y = year(rng)
    text = rng.choice(['%d年，%s三次产业结构调整为%s。' % (y, county(rng), colon.join(S)),
                       '三次产业比例调整优化为%s，服务业主导地位进一步巩固。' % colon.join(S)])
    return text, [{'rel': 'sum100', 'parts': S, 'mode': 'exact', 'bare_pct': True}], note


GROWTH_CAP = {'地区生产总值': F(12, 100), '粮食总产量': F(10, 100), '金融机构各项存款余额': F(15, 100),
              '一般公共预算收入': F(25, 100), '税收收入': F(25, 100), '社会消费品零售总额': F(18, 100)}


def ind_pair(rng, glo, ghi, names=None):
    pool = [x for x in INDICATORS if (names is None or x[0] in names)]
    name, unit, nd, (lo, hi) = rng.choice(pool)
    base = rhu(draw_amount(rng, lo, hi, nd), nd)
    cap = GROWTH_CAP.get(name)
    if cap and ghi < 1:
        ghi = min(ghi, cap)
        glo = max(glo, -cap)
        if glo >= ghi:
            glo = ghi / 3
    g = F(rng.randint(int(glo * 1000), int(ghi * 1000)), 1000)
    cur = rhu(F(base) * (1 + g), 0)
    if cur <= 0 or cur == base:
        raise Redraw
    mag = '亿' if unit == '亿元' else '万'
    return name, unit, nd, base, cur, mag


def growth_stated(rng, label, base, cur, gnd, kinds=None):
    true = F(cur, base) - 1
    sign = 1 if true >= 0 else -1
    s = pct_str(abs(true), gnd)
    note = 'growth = cur/base - 1'
    if label == 'inconsistent':
        kinds = kinds or ['typo', 'typo', 'ratio', 'wrongden']
        k = rng.choice(kinds)
        if k == 'typo':
            c, how = pct_core_slip(rng, s[:-1])
            s = c + '%'
            note = 'growth written with ' + how
        elif k == 'ratio':
            if sign < 0:
                raise Redraw
            s = pct_str(F(cur, base), gnd)
            note = 'wrote cur/base (the ratio) as the growth rate'
        elif k == 'wrongden':
            s = pct_str(abs(F(cur - base, cur)), gnd)
            note = 'growth divided by the current value instead of the base'
        elif k == 'sign':
            sign = -sign
            note = 'direction word reversed (增长/下降)'
    return s, sign, note


@style('pct', 'growth_same_sentence', 'pos', 'growth rate with its base and current value in the same sentence')
def sp_growth_same(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 0.01, 0.35)
    gnd = rng.choice([1, 1, 2])
    s, sign, note = growth_stated(rng, label, base, cur, gnd)
    B, C = fnum(base, nd), fnum(cur, nd)
    w = '增长' if sign > 0 else '下降'
    v = rng.randrange(3)
    if v == 0:
        text = '%s实现%s%s%s，同比%s%s（上年同期为%s%s）。' % (period(rng), name, C, unit, w, s, B, unit)
    elif v == 1:
        text = '%s由上年的%s%s增至%s%s，%s%s。' % (name, B, unit, C, unit, w, s)
    else:
        text = '%s完成%s%s，比上年的%s%s%s%s。' % (county(rng), name, C + unit, B, unit, w, s)
    return text, [C_growth(s, sign, B + mag, C + mag)], note


@style('pct', 'growth_base_prev_sentence', 'pos', 'growth rate whose base year figure stands in an earlier sentence')
def sp_growth_prev(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 0.01, 0.4)
    gnd = rng.choice([1, 2])
    s, sign, note = growth_stated(rng, label, base, cur, gnd)
    B, C = fnum(base, nd), fnum(cur, nd)
    y = year(rng)
    mid_s = rng.choice(['', '面对复杂严峻的外部环境，各项工作稳步推进。', '全年主要指标完成情况如下。'])
    text = '%d年，全%s%s为%s%s。%s%d年，%s达到%s%s，%s%s。' % (
        y - 1, rng.choice(['县', '区', '市']), name, B, unit, mid_s, y, name, C, unit, '增长' if sign > 0 else '下降', s)
    return text, [C_growth(s, sign, B + mag, C + mag)], note


@style('pct', 'growth_decline', 'pos', 'decline (下降/减少) rate with base and current value; slips include 增长 written for a fall')
def sp_growth_decline(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, -0.3, -0.01)
    gnd = rng.choice([1, 2])
    s, sign, note = growth_stated(rng, label, base, cur, gnd, ['typo', 'typo', 'wrongden', 'sign'])
    B, C = fnum(base, nd), fnum(cur, nd)
    if sign < 0:
        w = rng.choice(['下降', '同比下降', '比上年减少'])
    else:
        w = rng.choice(['增长', '同比增长'])
    text = '受多重因素影响，%s%s%s，上年为%s%s，%s%s。' % (name, C, unit, B, unit, w, s)
    return text, [C_growth(s, sign, B + mag, C + mag)], note


@style('pct', 'growth_over100', 'pos', 'growth above 100% (recovery from a low base) with both amounts')
def sp_growth_over100(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 1.02, 3.8, names=['接待游客', '旅游总收入', '外贸进出口总额', '快递业务量'])
    gnd = 1
    s, sign, note = growth_stated(rng, label, base, cur, gnd, ['typo', 'ratio', 'wrongden'])
    B, C = fnum(base, nd), fnum(cur, nd)
    text = '%s%s达到%s%s，同比增长%s，上年同期仅为%s%s。' % (period(rng), name, C, unit, s, B, unit)
    return text, [C_growth(s, sign, B + mag, C + mag)], note


@style('pct', 'quot_times_prev_year', 'pos', 'multiple of last year (是上年的x倍); slips state the growth multiple instead')
def sp_times(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 0.2, 2.5, names=['快递业务量', '接待游客', '外贸进出口总额', '旅游总收入'])
    x = F(cur, base)
    tnd = rng.choice([1, 2])
    xs = fnum(rhu(x, tnd), tnd)
    note = 'multiple = cur/base'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            xs = fnum(rhu(x - 1, tnd), tnd)
            note = 'stated cur/base - 1 as the multiple'
        else:
            xs, how = slip_digits(rng, xs.replace('.', ''))
            xs = xs[:-tnd].lstrip('0') + '.' + xs[-tnd:] if len(xs) > tnd else '0.' + xs
            if xs.startswith('.'):
                xs = '0' + xs
            note = 'multiple written with ' + how
    B, C = fnum(base, nd), fnum(cur, nd)
    text = '%s%s%s，是上年（%s%s）的%s倍。' % (name, C, unit, B, unit, xs)
    return text, [{'rel': 'quot', 'stated': xs + '倍', 'num': C + mag, 'den': B + mag}], note


RATE_NAMES = [('城镇调查失业率', 3, 7), ('空气质量优良天数比率', 75, 95), ('森林覆盖率', 30, 70), ('城镇化率', 40, 75),
              ('研发经费投入强度', 1, 4), ('生活垃圾回收利用率', 25, 50), ('农村自来水普及率', 80, 98),
              ('高中阶段毛入学率', 88, 97), ('税收占一般公共预算收入比重', 55, 85), ('人均预期寿命达标率', 80, 95)]


@style('pct', 'pp_rise', 'pos', 'rate rising from a% to b%, change in 个百分点; slips give the relative change instead')
def sp_pp_rise(rng, label):
    name, lo, hi = rng.choice(RATE_NAMES)
    nd = rng.choice([1, 2])
    a = F(rng.randint(lo * 100, hi * 100), 10000)
    b = a + F(rng.randint(20, 600), 10000)
    A, Bs = pct_str(a, nd), pct_str(b, nd)
    av, bv = parse_num(A).value, parse_num(Bs).value
    c = (bv - av) * 100
    cs = fnum(rhu(c, nd), nd)
    note = 'points = b - a'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            cs = fnum(rhu((bv / av - 1) * 100, nd), nd)
            note = 'relative change written as percentage points'
        else:
            cs, how = pct_core_slip(rng, cs)
            note = 'points written with ' + how
    y = year(rng)
    text = rng.choice(['%s由%d年的%s提高到%d年的%s，提高%s个百分点。' % (name, y - 1, A, y, Bs, cs),
                       '%s从%s上升至%s，上升了%s个百分点。' % (name, A, Bs, cs)])
    return text, [{'rel': 'pp', 'stated': cs, 'sign': 1, 'from': A, 'to': Bs}], note


@style('pct', 'pp_fall', 'pos', 'rate falling, 比上年下降/回落 N 个百分点 with last year\'s rate in brackets')
def sp_pp_fall(rng, label):
    name, lo, hi = rng.choice(RATE_NAMES)
    nd = rng.choice([1, 2])
    a = F(rng.randint(lo * 100, hi * 100), 10000)
    b = a - F(rng.randint(10, 400), 10000)
    if b <= 0:
        raise Redraw
    A, Bs = pct_str(a, nd), pct_str(b, nd)
    c = (parse_num(A).value - parse_num(Bs).value) * 100
    cs = fnum(rhu(c, nd), nd)
    sign = -1
    note = 'points = a - b (fall)'
    w = rng.choice(['下降', '回落'])
    if label == 'inconsistent':
        k = rng.choice(['typo', 'typo', 'sign'])
        if k == 'sign':
            sign = 1
            w = '提高'
            note = 'a fall described as a rise'
        else:
            cs, how = pct_core_slip(rng, cs)
            note = 'points written with ' + how
    text = '%s为%s，比上年%s%s个百分点（上年为%s）。' % (name, Bs, w, cs, A)
    return text, [{'rel': 'pp', 'stated': cs, 'sign': sign, 'from': A, 'to': Bs}], note


def quot_stated(rng, label, val, nd, alts=()):
    s = fnum(rhu(val, nd), nd)
    note = 'quotient rounded to %d decimals' % nd
    if label == 'inconsistent':
        ks = ['typo', 'typo'] + (['alt'] * 2 if alts else [])
        k = rng.choice(ks)
        if k == 'alt':
            v, note = rng.choice(list(alts))
            s = fnum(rhu(v, nd), nd)
        else:
            digits = s.replace('.', '')
            d2, how = slip_digits(rng, digits)
            s = (d2[:-nd] + '.' + d2[-nd:]) if nd else d2
            if s.startswith('.'):
                s = '0' + s
            note = 'quotient written with ' + how
    return s, note


@style('pct', 'quot_per_capita', 'pos', 'per-capita figure = amount / population (人均), both 户籍 and 常住 populations given')
def sp_percap(rng, label):
    name = rng.choice(['地区生产总值', '一般公共预算收入', '社会消费品零售额', '住户存款余额'])
    pop_c = rhu(draw_amount(rng, 15, 180, 2), 2)  # 万人
    pop_h = rhu(F(pop_c) * F(rng.randint(105, 130), 100), 0)
    per = {'地区生产总值': (3, 12), '一般公共预算收入': (0.2, 1.2), '社会消费品零售额': (1, 5), '住户存款余额': (3, 10)}[name]
    amt = rhu(F(pop_c) * F(rng.randint(int(per[0] * 100), int(per[1] * 100)), 100), 0)  # 亿 with 2 decimals
    val = F(amt, 100) * 10 ** 8 / (F(pop_c, 100) * 10 ** 4)  # yuan per person
    if rng.random() < 0.5:
        qs, note = quot_stated(rng, label, val, 0, [(F(amt, 100) * 10 ** 8 / (F(pop_h, 100) * 10 ** 4),
                                                       'divided by registered instead of resident population')])
        unit, qop = '元', qs
    else:
        qs, note = quot_stated(rng, label, val / 10000, 2, [(F(amt, 100) * 10 ** 4 / (F(pop_h, 100) * 10 ** 4),
                                                               'divided by registered instead of resident population')])
        unit, qop = '万元', qs + '万'
    g = gfmt(rng)
    if unit == '元':
        qs = group_int(qs, g)
        qop = qs
    A, Pc, Ph = fnum(amt, 2), fnum(pop_c, 2), fnum(pop_h, 2)
    text = '%s年末户籍人口%s万人，常住人口%s万人。%s%s%s亿元，按常住人口计算，人均%s%s。' % (
        county(rng), Ph, Pc, '年末' if name == '住户存款余额' else '全年', name, A, qs, unit)
    return text, [{'rel': 'quot', 'stated': qop, 'num': A + '亿', 'den': Pc + '万'}], note


@style('pct', 'quot_household_avg', 'pos', 'per-household average (户均) from 万元 and a household count; slips divide by persons')
def sp_hh_avg(rng, label):
    hh = rng.randint(30, 6000)
    pp = hh + rng.randint(hh // 3, hh * 2)
    per = rng.randint(800, 12000)
    m = rhu(F(hh * per) / 10000, 2)
    val = F(m, 100) * 10000 / hh
    qs, note = quot_stated(rng, label, val, 0, [(F(m, 100) * 10000 / pp, 'divided by persons instead of households')])
    what = rng.choice(['产业奖补资金', '危房改造补助', '耕地地力保护补贴', '光伏收益分红', '农业保险理赔款'])
    M = fnum(m, 2)
    text = rng.choice(['为%d户%d人发放%s%s万元，户均%s元。' % (hh, pp, what, M, qs),
                       '全年共向%d户（%d人）兑付%s%s万元，平均每户%s元。' % (hh, pp, what, M, qs)])
    return text, [{'rel': 'quot', 'stated': qs, 'num': M + '万', 'den': str(hh)}], note


@style('pct', 'quot_per_item', 'pos', 'average per item (平均每个项目/案均/人均培训费用) with a 亿→万 unit change')
def sp_per_item(rng, label):
    v = rng.randrange(3)
    if v == 0:
        n = rng.randint(5, 120)
        m = rhu(draw_amount(rng, n * 0.05, n * 2.5, 2), 2)  # 亿
        val = F(m, 100) * 10000 / n  # 万元
        qs, note = quot_stated(rng, label, val, rng.choice([0, 1]), [(F(m, 100) * 1000 / n, 'unit slip: 亿 converted with 1000')])
        M = fnum(m, 2)
        text = '全年共实施重点项目%d个，完成投资%s亿元，平均每个项目投资%s万元。' % (n, M, qs)
        return text, [{'rel': 'quot', 'stated': qs + '万', 'num': M + '亿', 'den': str(n)}], note
    if v == 1:
        n = rng.randint(20, 900)
        m = rhu(draw_amount(rng, n * 0.3, n * 8, 1), 1)  # 万
        val = F(m, 10) / n
        qs, note = quot_stated(rng, label, val, 2)
        M = fnum(m, 1)
        text = '办结经济纠纷案件%d件，涉案金额%s万元，案均标的额%s万元。' % (n, M, qs)
        return text, [{'rel': 'quot', 'stated': qs + '万', 'num': M + '万', 'den': str(n)}], note
    n = rng.randint(100, 9000)
    m = rhu(draw_amount(rng, n * 0.02, n * 0.25, 2), 2)  # 万
    val = F(m, 100) * 10000 / n
    qs, note = quot_stated(rng, label, val, 0)
    M = fnum(m, 2)
    g = gfmt(rng)
    Ns = fnum(n, 0, g)
    text = '全年开展补贴性职业技能培训%s人次，支出培训补贴%s万元，人均%s元。' % (Ns, M, qs)
    return text, [{'rel': 'quot', 'stated': qs, 'num': M + '万', 'den': Ns}], note


@style('pct', 'rate_completion', 'pos', 'completion of a plan (完成年度计划的x%), sometimes above 100%')
def sp_completion(rng, label):
    v = rng.randrange(3)
    if v == 0:
        plan = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30]) * 10 ** rng.choice([2, 3])
        act = int(plan * rng.uniform(0.7, 1.3))
        nd = rng.choice([1, 2])
        S, note = rate_stated(rng, label, act, plan, nd, alts=[(F(plan, act), 'rate inverted (plan / actual)')])
        unit = rng.choice(['人', '亩', '户', '个'])
        what = {'人': '城镇新增就业', '亩': '高标准农田建设', '户': '农村改厕', '个': '充电基础设施建设'}[unit]
        text = '%s年度计划%d%s，实际完成%d%s，完成年度计划的%s。' % (what, plan, unit, act, unit, S)
        return text, [C_pct(S, str(act), str(plan))], note
    name, unit, nd, (lo, hi) = rng.choice([x for x in INDICATORS if x[1] == '亿元'])
    plan = rhu(draw_amount(rng, lo, hi, 1), 1)
    act = rhu(F(plan) * F(rng.randint(70, 135), 100) * 10, 0)  # 2 decimals
    snd = rng.choice([1, 2])
    S, note = rate_stated(rng, label, act, plan * 10, snd)
    P, A = fnum(plan, 1), fnum(act, 2)
    text = '%s目标%s亿元，已完成%s亿元，完成率%s。' % (name, P, A, S)
    return text, [C_pct(S, A + '亿', P + '亿')], note


@style('pct', 'rate_table_column', 'pos', 'table rows with count columns and a rate column (several pct checks, one row wrong)')
def sp_rate_table(rng, label):
    k = rng.randint(3, 5)
    tw = towns(rng, k)
    rows = []
    for t in tw:
        d = rng.randint(80, 6000)
        n = int(d * rng.uniform(0.85, 1.0))
        rows.append([t, d, n])
    nd = rng.choice([1, 2])
    S = [pct_str(F(n, d), nd) for _, d, n in rows]
    note = 'all row rates correct'
    if label == 'inconsistent':
        i = rng.randrange(k)
        c, how = pct_core_slip(rng, S[i][:-1])
        S[i] = c + '%'
        note = 'row %d rate written with %s' % (i + 1, how)
    sep = rng.choice(['\t', ' | ', '  '])
    lines = [sep.join(['单位', '受理（件）', '办结（件）', '办结率'])]
    for (t, d, n), s in zip(rows, S):
        lines.append(sep.join([t, str(d), str(n), s]))
    if sep == ' | ':
        lines = ['| ' + x + ' |' for x in lines]
    text = '表%d　%s各镇（街道）诉求办理情况\n' % (rng.randint(1, 5), county(rng)) + '\n'.join(lines)
    return text, [C_pct(s, str(n), str(d)) for (t, d, n), s in zip(rows, S)], note


@style('pct', 'share_table_column', 'pos', 'table with counts, a 占比 column adding to 100% and a 合计 row')
def sp_share_table(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    k = rng.randint(3, min(5, len(names)))
    nm = sample_names(rng, names, k)
    parts = draw_parts(rng, k, max(lo, 60), hi)
    W = sum(parts)
    nd = rng.choice([1, 2])
    S = [pct_str(F(p, W), nd) for p in parts]
    note = 'shares correct and add to 100%'
    if label == 'inconsistent':
        S, note = share_slip(rng, S)
    sep = rng.choice(['\t', ' | '])
    lines = [sep.join(['类别', '数量（%s）' % unit, '占比'])]
    for n, p, s in zip(nm, parts, S):
        lines.append(sep.join([n, str(p), s]))
    lines.append(sep.join(['合计', str(W), pct_str(1, nd)]))
    if sep == ' | ':
        lines = ['| ' + x + ' |' for x in lines]
    text = '%s%s分类统计\n' % (town(rng), subj) + '\n'.join(lines)
    checks = [{'rel': 'sum100', 'parts': S, 'mode': 'exact'}] + [C_pct(s, str(p), str(W)) for p, s in zip(parts, S)]
    return text, checks, note


@style('pct', 'rate_two_hotline', 'pos', 'two rates in one passage (办结率 and 满意率) with different bases; slips use the wrong base')
def sp_two_rates(rng, label):
    rec = rng.randint(500, 50000)
    done = int(rec * rng.uniform(0.9, 0.999))
    visit = int(done * rng.uniform(0.3, 0.8))
    sat = int(visit * rng.uniform(0.85, 0.99))
    nd1, nd2 = rng.choice([1, 2]), rng.choice([1, 2])
    S1 = pct_str(F(done, rec), nd1)
    S2 = pct_str(F(sat, visit), nd2)
    note = 'both rates correct'
    if label == 'inconsistent':
        k = rng.choice(['base', 'typo1', 'typo2'])
        if k == 'base':
            S2 = pct_str(F(sat, done), nd2)
            note = 'satisfaction rate computed on all handled cases instead of those revisited'
        elif k == 'typo1':
            c, how = pct_core_slip(rng, S1[:-1])
            S1, note = c + '%', 'handling rate written with ' + how
        else:
            c, how = pct_core_slip(rng, S2[:-1])
            S2, note = c + '%', 'satisfaction rate written with ' + how
    g = gfmt(rng)
    R, D, V, Sa = (fnum(x, 0, g) for x in (rec, done, visit, sat))
    text = ('%s，热线共受理群众来电%s件，办结%s件，办结率%s；对已办结事项电话回访%s件，群众表示满意%s件，满意率%s。'
            % (period(rng), R, D, S1, V, Sa, S2))
    return text, [C_pct(S1, D, R), C_pct(S2, Sa, V)], note


@style('pct', 'real_growth_with_nominal', 'pos', 'nominal growth plus growth at comparable prices; slips put the real rate far outside any price band')
def sp_real_nominal(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 0.02, 0.16, names=['地区生产总值', '规模以上工业总产值', '社会消费品零售总额'])
    gn = F(cur, base) - 1
    gnd = 1
    sn = pct_str(gn, gnd)
    infl = F(rng.randint(-5, 45), 1000)
    real = (1 + gn) / (1 + infl) - 1
    if real <= 0:
        raise Redraw
    sr = pct_str(real, gnd)
    note = 'nominal growth correct, real growth within a plausible deflator band'
    if label == 'inconsistent':
        k = rng.choice(['typo', 'shift'])
        if k == 'typo':
            c, how = pct_core_slip(rng, sr[:-1])
            sr = c + '%'
            note = 'real growth written with ' + how
        else:
            sr = pct_str(real + F(rng.randint(80, 160), 1000), gnd)
            note = 'real growth carried over from another indicator (far above nominal)'
    B, C = fnum(base, nd), fnum(cur, nd)
    text = '%d年%s%s%s，上年为%s%s；按现价计算增长%s，按可比价格计算增长%s。' % (
        year(rng), name, C, unit, B, unit, sn, sr)
    return text, [C_growth(sn, 1, B + mag, C + mag), C_growth(sr, 1, B + mag, C + mag, rel='real_growth')], note


@style('pct', 'growth_month_on_month', 'pos', 'month-on-month change (环比) with the previous month in brackets; 同比 figure has no base')
def sp_mom(rng, label):
    v = rng.randrange(2)
    m = rng.randint(2, 12)
    if v == 0:
        base = rng.randint(800, 40000)
        cur = int(base * rng.uniform(0.7, 1.4))
        if cur == base:
            raise Redraw
        s, sign, note = growth_stated(rng, label, base, cur, 1, ['typo', 'wrongden', 'sign'])
        B, C, mag, unit = str(base), str(cur), '', '件'
        what = '12345热线受理诉求'
    else:
        base = rhu(draw_amount(rng, 2, 80, 2), 2)
        cur = rhu(F(base) * F(rng.randint(70, 140), 100), 0)
        if cur == base:
            raise Redraw
        s, sign, note = growth_stated(rng, label, base, cur, 1, ['typo', 'wrongden', 'sign'])
        B, C, mag, unit = fnum(base, 2), fnum(cur, 2), '亿', '亿元'
        what = '社会消费品零售总额'
    yoy = pct_str(F(rng.randint(-80, 250), 1000), 1).lstrip('-')
    text = '%d月份，全%s%s%s%s，环比%s%s（%d月份为%s%s），同比%s%s。' % (
        m, rng.choice(['市', '区', '县']), what, C, unit, '增长' if sign > 0 else '下降', s, m - 1, B, unit,
        rng.choice(['增长', '下降']), yoy)
    return text, [C_growth(s, sign, B + mag, C + mag)], note


@style('pct', 'rate_den_is_sum', 'pos', 'share whose whole must be summed from listed parts (城镇a人、乡村b人，城镇化率)')
def sp_den_sum(rng, label):
    v = rng.randrange(3)
    a = rng.randint(2000, 400000)
    b = int(a * rng.uniform(0.3, 1.6))
    nd = rng.choice([1, 2])
    alts = [(F(b, a), 'share computed against the other part instead of the sum')]
    S, note = rate_stated(rng, label, b, a + b, nd, alts=alts)
    g = gfmt(rng)
    A, Bs = fnum(a, 0, g), fnum(b, 0, g)
    if v == 0:
        text = '年末常住人口中，乡村人口%s人，城镇人口%s人，常住人口城镇化率为%s。' % (A, Bs, S)
    elif v == 1:
        text = '全体干部职工中，男性%s人、女性%s人，女性占%s。' % (A, Bs, S)
    else:
        text = '全年旅客发送量中，公路%s人次，铁路%s人次，铁路占比%s。' % (A, Bs, S)
    return text, [C_pct(S, Bs, [A, Bs])], note


@style('pct', 'rate_budget_execution', 'pos', 'budget execution rate against the adjusted budget (年初预算 also given; slips use it)')
def sp_budget_exec(rng, label):
    b0 = rng.randint(3000, 200000)
    b1 = int(b0 * rng.uniform(1.03, 1.3))
    e = int(b1 * rng.uniform(0.82, 0.99))
    nd = rng.choice([1, 2])
    S, note = rate_stated(rng, label, e, b1, nd, alts=[(F(e, b0), 'execution rate computed on the initial budget')])
    g = gfmt(rng)
    B0, B1, E = fnum(b0, 0, g), fnum(b1, 0, g), fnum(e, 0, g)
    text = '%s部门年初预算%s万元，调整后预算%s万元，全年实际支出%s万元，预算执行率%s。' % (
        rng.choice(['区卫健局', '县农业农村局', '市城管局', '区民政局', '县教育局']), B0, B1, E, S)
    return text, [C_pct(S, E + '万' if False else E, B1)], note


@style('pct', 'growth_wan_yi_mixed', 'pos', 'growth with base in 万元 and current value in 亿元')
def sp_growth_wanyi(rng, label):
    base = rng.randint(5000, 99000)  # 万 integer
    cur_t = F(base) * (1 + F(rng.randint(10, 90), 100))
    if cur_t < 10000:
        raise Redraw
    cur = rhu(cur_t / 10000, 2)  # 亿, 2 dec
    curv = F(cur, 100) * 10000
    s, sign, note = growth_stated(rng, label, base, curv, 1)
    g = gfmt(rng)
    B = fnum(base, 0, g)
    C = fnum(cur, 2)
    what = rng.choice(['固定资产投资', '限上消费品零售额', '税收收入', '进出口总额'])
    text = '%s%s%s亿元，上年同期为%s万元，同比增长%s。' % (period(rng), what, C, B, s)
    return text, [C_growth(s, sign, B + '万', C + '亿')], note


@style('pct', 'rate_pdf_broken', 'pos', 'rate sentence with hard PDF line breaks (sometimes inside a number or before %)')
def sp_rate_pdf(rng, label):
    f = rng.choice([sp_rate_handled, sp_rate_prev, sp_growth_same, sp_two_rates])
    text, checks, note = f(rng, label)
    text, checks = wrap_pdf(rng, text, checks, rng.randint(14, 26))
    return text, checks, note + ' (text wrapped as from a PDF)'


@style('pct', 'rate_key_value_lines', 'pos', 'key: value lines (- 受理量：… / 办结率：…), sometimes Markdown bold')
def sp_kv(rng, label):
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    num, den = draw_rate_pair(rng, 50, 30000, 0.8, 0.999)
    nd = rng.choice([1, 2])
    S, note = rate_stated(rng, label, num, den, nd)
    b = rng.choice(['- ', '* ', '', '· '])
    bold = rng.random() < 0.3
    k = lambda s: ('**%s**' % s) if bold else s
    g = gfmt(rng)
    D, N = fnum(den, 0, g), fnum(num, 0, g)
    lines = ['%s%s：%s%s' % (b, k(denp), D, unit), '%s%s：%s%s' % (b, k(nump), N, unit), '%s%s：%s' % (b, k(rw), S)]
    text = '%s%s情况\n' % (county(rng), rw[:-1]) + '\n'.join(lines)
    return text, [C_pct(S, N, D)], note


@style('pct', 'quot_ratio_two_groups', 'pos', 'ratio of two groups (城乡居民收入比 / A是B的x倍)')
def sp_ratio2(rng, label):
    v = rng.randrange(2)
    if v == 0:
        b = rng.randint(12000, 30000)
        a = int(b * rng.uniform(1.6, 2.8))
        x = F(a, b)
        xs, note = quot_stated(rng, label, x, 2)
        text = '城镇居民人均可支配收入%d元，农村居民人均可支配收入%d元，城乡居民收入比为%s。' % (a, b, xs)
        return text, [{'rel': 'quot', 'stated': xs, 'num': str(a), 'den': str(b)}], note
    b = rng.randint(20, 4000)
    a = int(b * rng.uniform(1.3, 6))
    x = F(a, b)
    xs, note = quot_stated(rng, label, x, 1)
    what = rng.choice([('新登记企业', '户', '注销企业'), ('发明专利授权量', '件', '上年')])
    text = '%s%d%s，是%s（%d%s）的%s倍。' % (what[0], a, what[1], what[2], b, what[1], xs)
    return text, [{'rel': 'quot', 'stated': xs + '倍', 'num': str(a), 'den': str(b)}], note


# =====================================================================
# 6. Malformed percentages (pct, always inconsistent)
# =====================================================================

def _malformed_base(rng, bad_fn):
    """a handled/rate passage whose rate token is corrupted by bad_fn; another check in it holds."""
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    num, den = draw_rate_pair(rng, 60, 30000, 0.8, 0.999, allow_full=False)
    nd = rng.choice([1, 1, 2])
    good = pct_str(F(num, den), nd)
    bad, how = bad_fn(rng, good)
    if bad is None or is_wellformed_pct(bad):
        raise Redraw
    g = gfmt(rng)
    D, N = fnum(den, 0, g), fnum(num, 0, g)
    v = rng.randrange(2)
    if v == 0:
        k = 2
        a = rng.randint(1, den - 1)
        parts = [a, den - a]
        subs = list(rng.choice([('城区', '农村'), ('县本级', '各乡镇'), ('城区', '乡镇')]))
        P = [fnum(p, 0, g) for p in parts]
        text = '%s，%s%s%s%s，其中%s%s%s、%s%s%s；%s%s%s，%s%s。' % (
            period(rng), county(rng), denp, D, unit, subs[0], P[0], unit, subs[1], P[1], unit, nump, N, unit, rw, bad)
        other = C_sum(D, P, 'partial')
    else:
        visit = rng.randint(30, 3000)
        sat = int(visit * rng.uniform(0.85, 0.995))
        S2 = pct_str(F(sat, visit), 1)
        text = '%s%s%s%s，%s%s%s，%s%s；回访%d人，满意%d人，满意率%s。' % (
            period(rng), denp, D, unit, nump, N, unit, rw, bad, visit, sat, S2)
        other = C_pct(S2, str(sat), str(visit))
    return text, [other, {'rel': 'malformed', 'token': bad}], 'malformed rate token (' + how + '); intended %s' % good


def _mk_mal(name, desc, fn):
    @style('pct', name, 'mal', desc)
    def _f(rng, label):
        return _malformed_base(rng, fn)
    return _f


def _bad_double_percent(rng, s):
    return s[:-1] + rng.choice(['%%', '%％', '％%']), 'percent sign doubled'


def _bad_double_dot(rng, s):
    if '.' not in s:
        return None, ''
    return s.replace('.', rng.choice(['..', '．.']), 1), 'decimal point doubled'


def _bad_comma_decimal(rng, s):
    if '.' not in s:
        return None, ''
    return s.replace('.', ','), 'comma used as decimal separator'


def _bad_cn_fullstop(rng, s):
    if '.' not in s:
        return None, ''
    return s.replace('.', '。'), 'Chinese full stop used as decimal point'


def _bad_trailing_dot(rng, s):
    if '.' not in s:
        return None, ''
    return s.split('.')[0] + '.%', 'decimal digits dropped after the point'


def _bad_baifenzhi(rng, s):
    return '百分之' + s, '百分之 combined with a % sign'


def _bad_ocr(rng, s):
    idx = [i for i, c in enumerate(s) if c in '01']
    if not idx:
        return None, ''
    i = rng.choice(idx)
    rep = {'0': rng.choice(['O', 'o']), '1': rng.choice(['l', 'I'])}[s[i]]
    return s[:i] + rep + s[i + 1:], 'OCR letter in place of a digit'


def _bad_dunhao(rng, s):
    if '.' not in s:
        return None, ''
    return s.replace('.', '、'), '顿号 typed as decimal point'


_mk_mal('malformed_double_percent', 'rate with a doubled percent sign (96.8%%)', _bad_double_percent)
_mk_mal('malformed_double_dot', 'rate with a doubled decimal point (96..8%)', _bad_double_dot)
_mk_mal('malformed_comma_decimal', 'rate with a comma as decimal separator (96,8%)', _bad_comma_decimal)
_mk_mal('malformed_cn_fullstop', 'rate with 。 as decimal point (96。8%)', _bad_cn_fullstop)
_mk_mal('malformed_trailing_dot', 'rate whose decimals were lost (96.%)', _bad_trailing_dot)
_mk_mal('malformed_baifenzhi_percent', '百分之 and % both used (百分之96.8%)', _bad_baifenzhi)
_mk_mal('malformed_ocr_letter', 'OCR letter for a digit inside a rate (9l.5%, 1O0%)', _bad_ocr)
_mk_mal('malformed_dunhao_decimal', '顿号 typed as the decimal point (96、8%)', _bad_dunhao)


@style('pct', 'malformed_pct_points', 'mal', 'percent sign attached to a point change (提高2.3%个百分点); the rate itself holds')
def sp_mal_points(rng, label):
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    num, den = draw_rate_pair(rng, 60, 30000, 0.8, 0.995, allow_full=False)
    nd = rng.choice([1, 2])
    S = pct_str(F(num, den), nd)
    c = fnum(rng.randint(2, 90), 1)
    bad = c + '%个百分点'
    text = '%s%s%d%s，%s%d%s，%s%s，比上年提高%s。' % (period(rng), denp, den, unit, nump, num, unit, rw, S, bad)
    return text, [C_pct(S, str(num), str(den)), {'rel': 'malformed', 'token': bad}], 'point change written with a % sign'


# =====================================================================
# 7. Hard negatives -- family totals
# =====================================================================

def _partial_parts(rng, W, k, lo=0.1, hi=0.85):
    share = rng.uniform(lo, hi)
    tot = max(k, int(W * share))
    if tot >= W:
        raise Redraw
    return split_int(rng, tot, k, 1)


@style('totals', 'neg_qizhong_subset', 'neg', '其中 introduces only some of the parts; their sum is below the total')
def sn_qizhong(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    W = rng.randint(max(lo, 30), hi)
    k = rng.randint(1, min(3, len(names) - 1))
    nm = sample_names(rng, names, k)
    P = _partial_parts(rng, W, k)
    g = gfmt(rng)
    Ps = [fnum(p, 0, g) for p in P]
    Ws = fnum(W, 0, g)
    body = '、'.join(n + p + unit for n, p in zip(nm, Ps))
    text = rng.choice(['%s，%s共%s%s%s，其中%s。', '%s%s%s%s%s。其中，%s，均已按程序办理。']) % (
        period(rng), county(rng), subj, Ws, unit, body)
    return text, [C_sum(Ws, Ps, 'partial')], 'only some categories listed under 其中'


@style('totals', 'neg_bracket_han', 'neg', 'bracketed 含/其中 sub-count inside a total (共22家（含4家加气站）)')
def sn_bracket(rng, label):
    v = rng.randrange(4)
    W = rng.randint(*[(8, 90), (20, 900), (15, 400), (30, 3000)][v])
    a = rng.randint(1, max(1, W * 2 // 3))
    if a >= W:
        raise Redraw
    if v == 0:
        text = '我区已对燃气经营站点发放燃气经营许可证共计%d家（含%d家汽车加气站）。' % (W, a)
    elif v == 1:
        text = '市长热线转来诉求%d件（含重复件%d件），已全部办结并答复。' % (W, a)
    elif v == 2:
        text = '%s现有在编在岗人员%d人（其中女性%d人），平均年龄%d岁。' % (rng.choice(['区卫健局', '县自然资源局', '街道办事处']), W, a,
                                                          rng.randint(34, 48))
    else:
        text = '全年累计完成改造%d户（含上年结转%d户），改造质量全部验收合格。' % (W, a)
    return text, [C_sum(str(W), [str(a)], 'partial')], 'bracketed sub-count is part of the total'


@style('totals', 'neg_zhuyao_deng_partial', 'neg', '主要有/包括…等 lists that are explicitly incomplete')
def sn_zhuyao(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    W = rng.randint(max(lo, 40), hi)
    k = rng.randint(2, min(3, len(names) - 1))
    nm = sample_names(rng, names, k)
    P = _partial_parts(rng, W, k, 0.3, 0.9)
    g = gfmt(rng)
    Ps = [fnum(p, 0, g) for p in P]
    Ws = fnum(W, 0, g)
    text = '%s%s%s%s，%s%s等。' % (period(rng), subj, Ws, unit, rng.choice(['主要有', '包括', '主要集中在']),
                               '、'.join(n + p + unit for n, p in zip(nm, Ps)))
    return text, [C_sum(Ws, Ps, 'partial')], 'list closed by 等: incomplete by design'


@style('totals', 'neg_overlap_staff', 'neg', 'overlapping groups of the same staff (党员/女性/35岁以下/本科以上), sum exceeds the whole')
def sn_overlap_staff(rng, label):
    W = rng.randint(20, 3000)
    groups = rng.sample(['党员', '女性', '35岁以下', '大学本科以上学历', '少数民族', '中级以上职称'], rng.randint(3, 4))
    vals = [int(W * rng.uniform(0.25, 0.9)) for _ in groups]
    if sum(vals) <= W or min(vals) < 1:
        raise Redraw
    org = rng.choice(['局机关及下属单位', '街道', '县直卫生系统', '区教育系统', '镇机关'])
    text = '%s现有干部职工%d人，其中%s。' % (org, W, '、'.join('%s%d人' % (g_, v) for g_, v in zip(groups, vals)))
    return text, [{'rel': 'overlap', 'whole': str(W), 'parts': [str(v) for v in vals]}], 'overlapping attributes of one group'


@style('totals', 'neg_overlap_beneficiaries', 'neg', 'overlapping beneficiary categories (失能/独居/高龄 of the same elderly)')
def sn_overlap_benef(rng, label):
    W = rng.randint(60, 20000)
    v = rng.randrange(2)
    if v == 0:
        groups = ['失能半失能老人', '独居老人', '80岁以上高龄老人', '低保老人']
        pre = '为辖区%d名老年人建立健康档案并提供上门服务，其中'
    else:
        groups = ['残疾人', '重病患者', '低保对象', '脱贫人口']
        pre = '全年走访慰问困难群众%d人，其中'
    gs = rng.sample(groups, rng.randint(3, 4))
    vals = [int(W * rng.uniform(0.2, 0.7)) for _ in gs]
    if sum(vals) <= W:
        raise Redraw
    text = (pre % W) + '、'.join('%s%d人' % (g_, x) for g_, x in zip(gs, vals)) + '。'
    return text, [{'rel': 'overlap', 'whole': str(W), 'parts': [str(x) for x in vals]}], 'categories overlap (one person in several)'


def _round_sig(x, sig):
    if x <= 0:
        return 0
    e = len(str(int(x))) - sig
    if e <= 0:
        return int(x)
    return int(round(x / 10 ** e)) * 10 ** e


def _approx_str(rng, s):
    """render an approximate integer, with 万 when natural"""
    if s >= 10000 and s % 1000 == 0 and rng.random() < 0.6:
        v = F(s, 10000)
        nd = 0 if v.denominator == 1 else 1
        if v * 10 ** nd != int(v * 10 ** nd):
            return fnum(s, 0, gfmt(rng))
        return fnum(int(v * 10 ** nd), nd) + '万'
    return fnum(s, 0, gfmt(rng))


def _approx_total_case(rng, qual):
    k = rng.randint(2, 3)
    P = draw_parts(rng, k, 800, 60000)
    T = sum(P)
    if qual == '约':
        s = _round_sig(T, rng.choice([1, 2]))
    elif qual == '近':
        e = len(str(T)) - rng.choice([1, 2])
        s = -(-T // 10 ** e) * 10 ** e
    else:
        e = len(str(T)) - rng.choice([1, 2])
        s = (T // 10 ** e) * 10 ** e
    if s <= 0:
        raise Redraw
    return P, T, s


def _approx_total_text(rng, qual, P, s):
    ss = _approx_str(rng, s)
    g = gfmt(rng)
    Ps = [fnum(p, 0, g) for p in P]
    v = rng.randrange(3)
    names = rng.sample(['机关干部', '社区工作者', '志愿者', '网格员', '党员', '青年学生'], len(P))
    if qual in ('余', '多'):
        tot = '%s%s人次' % (ss, qual)
    elif qual == '以上':
        tot = '%s人次以上' % ss
    else:
        tot = '%s%s人次' % (qual, ss)
    if v == 0:
        text = '活动期间，累计发动%s参与，其中%s。' % (tot, '、'.join(n + p + '人次' for n, p in zip(names, Ps)))
    elif v == 1:
        text = '%s。全年共组织%s参与志愿服务。' % ('，'.join(n + p + '人次' for n, p in zip(names, Ps)), tot)
    else:
        text = '参与人员%s（%s）。' % (tot, '、'.join(n + p + '人次' for n, p in zip(names, Ps)))
    return text, Ps, ss


def _mk_approx_total(name, quals, desc):
    @style('totals', name, 'neg', desc)
    def _f(rng, label):
        q = rng.choice(quals)
        P, T, s = _approx_total_case(rng, q)
        text, Ps, ss = _approx_total_text(rng, q, P, s)
        return text, [{'rel': 'approx', 'qual': q, 'stated': ss, 'parts': Ps}], 'approximate total (%s) compatible with exact parts' % q
    return _f


_mk_approx_total('neg_approx_yue', ['约'], 'approximate total 约N against exact parts (within 10%)')
_mk_approx_total('neg_approx_yu_duo', ['余', '多'], 'N余/N多 totals against exact parts (parts sum a little above N)')
_mk_approx_total('neg_approx_jin', ['近'], '近N totals against exact parts (parts sum a little below N)')
_mk_approx_total('neg_approx_chaoguo', ['超过', '逾', '以上'], '超过/逾/N以上 totals against exact parts')


@style('totals', 'neg_doc_numbers', 'neg', 'document numbers (〔2023〕12号) and file titles next to real counts')
def sn_docno(rng, label):
    y = year(rng)
    ab = rng.choice(['政办发', '办字', '政发', '委办', '卫健发', '应急'])
    n = rng.randint(1, 160)
    pre = pname(rng)[:1] + ab
    doc = '〔%d〕%d号' % (y, n)
    k = rng.randint(3, 30)
    m = rng.randint(2, 12)
    text = rng.choice([
        '按照《关于印发%s年安全生产专项整治工作方案的通知》（%s%s）要求，组织%d个督查组对全%s%d个乡镇开展督查。' % (y, pre, doc, m, rng.choice(['县', '区']), k),
        '严格执行《%s加大困难群众救助的实施方案》（%s%s），截至%d月份共救助%d人次。' % (county(rng), pre, doc, m, k * 7),
    ])
    return text, [C_none([doc], 'document number, not a quantity')], 'document number looks like figures'


@style('totals', 'neg_dates_periods', 'neg', 'dates, contract periods and 1—N月 spans that do not form a sum')
def sn_dates(rng, label):
    y = year(rng)
    m = rng.randint(3, 9)
    d1 = rng.randint(1, 25)
    d2 = d1 + 1
    T = rng.choice([30, 45, 60, 90])
    m2 = m + rng.randint(1, 3)
    d3 = rng.randint(1, 28)
    text = '%d年汛前排水设施清淤工程于%d月%d日完成招标，%d月%d日进场施工，合同工期为%d天，%d月%d日通过竣工验收。' % (
        y, m, d1, m, d2, T, m2, d3)
    return text, [C_none(['%d月%d日' % (m, d1), '%d天' % T, '%d月%d日' % (m2, d3)], 'dates and contract period, not an arithmetic claim')], 'dates and durations'


@style('totals', 'neg_phone_codes', 'neg', 'hotline numbers, phone numbers and credit codes among counts')
def sn_phone(rng, label):
    area = '0%d' % rng.randint(310, 919)
    tel = '%d' % rng.randint(2000000, 8999999)
    cnt = rng.randint(20, 900)
    code = ('91%d%s%s' % (rng.randint(100000, 999999), rng.choice(['MA', 'MA0', 'MAC']),
                           ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))))[:18]
    text = rng.choice([
        '公布举报电话%s-%s和12345热线，全年接到群众举报%d件。' % (area, tel, cnt),
        '企业名称变更后统一社会信用代码%s保持不变，涉及许可证%d张同步换发。' % (code, cnt % 20 + 2),
    ])
    toks = [t for t in [area + '-' + tel, '12345', code] if t in text]
    return text, [C_none(toks, 'telephone numbers and codes are identifiers')], 'identifiers look like numbers'


@style('totals', 'neg_ranges', 'neg', 'ranges (5—6亿元, 3-17岁, 每月100—800元) that are not subtractions')
def sn_ranges(rng, label):
    v = rng.randrange(3)
    if v == 0:
        a = rng.randint(2, 9)
        tok = '%d-%d' % (a, a + 1) if rng.random() < 0.5 else '%d—%d' % (a, a + 1)
        text = '新增招引亿元以上企业两家，预计%d年将带来%s亿元销售额增长。' % (year(rng) + 1, tok)
    elif v == 1:
        tok = rng.choice(['3-17', '3—11', '12-17', '60—79'])
        text = '稳步推进%s岁人群疫苗接种，累计接种%d剂次。' % (tok, rng.randint(1000, 90000))
    else:
        lo = rng.choice([100, 150, 200])
        hi = rng.choice([600, 800, 1000])
        tok = '%d-%d' % (lo, hi)
        text = '符合条件的老人可享受%s元每月的养老服务补贴，目前享受补贴老人%d人。' % (tok, rng.randint(200, 9000))
    return text, [C_none([tok], 'a range, not a difference')], 'range written with a dash'


@style('totals', 'neg_target_vs_actual', 'neg', 'target and actual figures side by side (no sum or rate stated)')
def sn_target(rng, label):
    v = rng.randrange(2)
    if v == 0:
        T = rng.randint(100, 900)
        A = rng.randint(int(T * 0.6), int(T * 1.3))
        text = '市场主体壮大目标新增%d户，目前已完成%d户，其余正在积极对接。' % (T, A)
        toks = [str(T), str(A)]
    else:
        T = rng.randint(5, 60)
        t = rng.randint(1, T - 1)
        A = rhu(draw_amount(rng, T * 0.4, T * 1.1, 2), 2)
        text = '招商引资目标全口径%d亿元，其中产业到资%d亿元，目前已到位资金%s亿元。' % (T, t, fnum(A, 2))
        toks = [str(T), str(t), fnum(A, 2)]
    return text, [C_none(toks, 'targets versus actuals, no arithmetic claim')], 'target vs actual'


@style('totals', 'neg_named_numbers', 'neg', 'numbers inside names and slogans (1+X证书, 两不愁三保障, 3+2, 五进)')
def sn_named(rng, label):
    opts = [('1+X', '深入推进“1+X”证书制度试点，'), ('3+2', '开展“3+2”中高职贯通培养，'),
            ('两不愁三保障', '持续巩固“两不愁三保障”成果，'), ('五进', '开展普法“五进”活动，'),
            ('12345', '畅通“12345”热线诉求渠道，'), ('1+6+N', '构建“1+6+N”社会治理体系，'),
            ('三个一', '落实“三个一”帮扶机制，')]
    sel = rng.sample(opts, 2)
    n = rng.randint(3, 80)
    text = sel[0][1] + sel[1][1] + '全年完成相关培训%d场次。' % n
    return text, [C_none([s[0] for s in sel], 'numbers inside programme names')], 'names with numerals'


@style('totals', 'neg_monthly_vs_cumulative', 'neg', 'a single month and the year-to-date cumulative figure (not parts of one sum)')
def sn_monthly(rng, label):
    m = rng.randint(3, 11)
    a = rng.randint(200, 9000)
    A = a * rng.randint(m - 1, m + 2) + rng.randint(0, a)
    text = '%d月份受理群众诉求%d件，1—%d月累计受理%d件，%s。' % (m, a, m, A, rng.choice(['总体呈上升趋势', '同比基本持平']))
    return text, [C_none([str(a), str(A)], 'one month versus cumulative total')], 'month vs cumulative'


@style('totals', 'neg_count_deng', 'neg', '“A、B、C等N项” where fewer than N items are named (deng count)')
def sn_count_deng(rng, label):
    acts = ['扫黑除恶', '打非治违', '平安校园', '电信网络诈骗整治', '禁毒宣传', '防溺水', '消防安全', '食品安全']
    k = rng.randint(2, 4)
    items = rng.sample(acts, k)
    N = k + rng.randint(1, 6)
    Ns = cn_int(N) if rng.random() < 0.5 else str(N)
    text = '纵深推进%s等%s项专项行动。' % ('、'.join(items), Ns)
    return text, [{'rel': 'count', 'stated': Ns, 'items': items, 'mode': 'deng'}], '等 list names fewer than N'


@style('totals', 'neg_units_mixed', 'neg', 'households, persons and money in one list with no total claimed')
def sn_units(rng, label):
    h1, h2 = rng.randint(20, 600), rng.randint(5, 80)
    p1, p2 = h1 + rng.randint(h1 // 3, h1), h2 + rng.randint(0, h2 // 4)
    m1, m2 = rhu(draw_amount(rng, h1 * 0.05, h1 * 0.12, 2), 2), rhu(draw_amount(rng, h2 * 0.06, h2 * 0.15, 2), 2)
    text = '全乡累计为%d户低保户共%d人发放低保金%s万元、%d户五保户共%d人发放五保金%s万元。' % (
        h1, p1, fnum(m1, 2), h2, p2, fnum(m2, 2))
    return text, [C_none([str(h1), str(p1), fnum(m1, 2)], 'households, persons and amounts; no total stated')], 'mixed units'


@style('totals', 'neg_ordinals_ranks', 'neg', 'ranks, batches and 连续N年 (居全市第2位, 第四批)')
def sn_ranks(rng, label):
    r = rng.randint(1, 9)
    b = rng.choice(['三', '四', '五'])
    n = rng.randint(2, 8)
    k = rng.randint(2, 30)
    text = '%d家企业入选省级第%s批专精特新中小企业名单，数量居全市第%d位，%s已连续%d年获评考核优秀等次。' % (
        k, b, r, county(rng), n)
    return text, [C_none(['第%d位' % r, '%d年' % n], 'ranks and durations are not quantities to add')], 'ordinals'


@style('totals', 'neg_standard_codes', 'neg', 'standard numbers, road codes and model names (GB 3095-2012, S351, 国六)')
def sn_codes(rng, label):
    road = 'S%d' % rng.randint(201, 399)
    n = rng.randint(3, 40)
    km = fnum(rng.randint(20, 400), 1)
    text = rng.choice([
        '完成%s省道路肩平整%s公里，沿线空气质量执行GB 3095-2012二级标准。' % (road, km),
        '淘汰国三及以下排放标准营运柴油货车%d辆，%s省道改造段全面完工。' % (n, road),
    ])
    toks = [t for t in ['3095-2012', road, '国三'] if t in text]
    return text, [C_none(toks, 'codes and standard numbers')], 'codes'


@style('totals', 'neg_stock_includes_new', 'neg', 'stock total and this year\'s additions (总数达到49家，全年新增28家): the new ones are inside the stock')
def sn_stock_new(rng, label):
    A = rng.randint(10, 600)
    b = rng.randint(1, A - 1)
    what = rng.choice(['专精特新“小巨人”企业', '高新技术企业', '省级示范家庭农场', '五星级农家乐', '规模以上工业企业'])
    text = rng.choice(['全年新增%s%d家，总数达到%d家。' % (what, b, A), '截至年底，全区%s累计达到%d家，其中今年新认定%d家。' % (what, A, b)])
    return text, [C_sum(str(A), [str(b)], 'partial')], 'additions are a subset of the stock'


@style('totals', 'neg_person_times', 'neg', '人 against 人次/批次 counts of the same service (not a sum)')
def sn_ptimes(rng, label):
    p = rng.randint(100, 5000)
    t = p * rng.randint(2, 9) + rng.randint(0, p)
    b = rng.randint(5, 300)
    text = rng.choice(['上门服务老年人%d人，累计服务%d人次。' % (p, t),
                       '全年接待群众来访%d批%d人次，其中集体访%d批。' % (b, p, rng.randint(1, b // 3 + 1))])
    toks = [s for s in (str(p), str(t), str(b)) if s in text]
    return text, [C_none(toks, 'persons versus person-times/batches')], '人 vs 人次'


@style('totals', 'neg_two_scopes', 'neg', 'figures for different geographic scopes (全市…，我镇…)')
def sn_scopes(rng, label):
    A = rng.randint(80, 3000)
    b = rng.randint(3, A // 4 + 3)
    what = rng.choice(['食品生产企业', '养老机构', '农民专业合作社', '新能源汽车充电站'])
    text = '全市共有%s%d家，%s有%d家，数量居全市前列。' % (what, A, town(rng), b)
    return text, [C_none([str(A), str(b)], 'city-wide and town-level figures of different scope')], 'different scope'


@style('totals', 'neg_batches_ongoing', 'neg', 'first batch completed, second batch pending (no total stated)')
def sn_batches(rng, label):
    a = rng.randint(5, 80)
    b = rng.randint(3, 60)
    n = rng.randint(3000, 30000)
    text = '共排查农村低收入群体%d户，拟实施农村危房改造%d户，经入户核实符合条件%d户，目前已实施完成；第二批次%d户已完成公示。' % (
        n, a, a, b)
    return text, [C_none([str(n), str(b)], 'separate batches, no combined total claimed')], 'batches'


@style('totals', 'neg_year_column_table', 'neg', 'table with years as column headers and no total row')
def sn_yeartab(rng, label):
    y = year(rng)
    sep = rng.choice(['\t', ' | ', '  '])
    rows = []
    inds = rng.sample([('地区生产总值（亿元）', 2, 80, 900), ('常住人口（万人）', 2, 15, 120), ('城镇新增就业（人）', 0, 800, 9000),
                       ('粮食产量（万吨）', 2, 5, 60), ('一般公共预算收入（亿元）', 2, 3, 60)], 3)
    for name, nd, lo, hi in inds:
        base = draw_amount(rng, lo, hi, nd)
        vals = [fnum(rhu(base * F(100 + i * rng.randint(1, 8), 100), nd), nd) for i in range(3)]
        rows.append(sep.join([name] + vals))
    hdr = sep.join(['指标', str(y - 2), str(y - 1), str(y)])
    text = '主要经济指标\n' + hdr + '\n' + '\n'.join(rows)
    return text, [C_none([str(y - 2), str(y - 1), str(y)], 'year headers and yearly values are not parts of a sum')], 'year columns'


@style('totals', 'neg_avg_row_table', 'neg', 'table whose 全县 row is a weighted average, not a column total')
def sn_avgtab(rng, label):
    k = rng.randint(3, 5)
    tw = towns(rng, k)
    vals = [rng.randint(15000, 42000) for _ in tw]
    avg = int(sum(vals) / k * rng.uniform(0.97, 1.03))
    sep = rng.choice(['\t', ' | '])
    lines = [sep.join(['镇（街道）', '农村居民人均可支配收入（元）'])] + [sep.join([t, str(v)]) for t, v in zip(tw, vals)]
    lines.append(sep.join(['全县', str(avg)]))
    text = '\n'.join(lines)
    return text, [C_none([str(avg)], 'the county row is a population-weighted average, not a sum')], 'average row'


# =====================================================================
# 8. Hard negatives -- family pct
# =====================================================================

@style('pct', 'neg_pp_current_only', 'neg', '提高N个百分点 with only the current rate given (a point change, not a relative one)')
def sn_pp_only(rng, label):
    name, lo, hi = rng.choice(RATE_NAMES)
    b = pct_str(F(rng.randint(lo * 100, hi * 100), 10000), rng.choice([1, 2]))
    c = fnum(rng.randint(1, 60), 1)
    text = '%s达到%s，比上年提高%s个百分点。' % (name, b, c)
    return text, [C_none([b, c], 'point change; previous rate not given')], 'pp without base'


@style('pct', 'neg_real_growth_band', 'neg', 'growth at comparable prices that differs from the nominal growth of the stated amounts')
def sn_real(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 0.03, 0.14, names=['地区生产总值', '规模以上工业总产值', '社会消费品零售总额', '外贸进出口总额'])
    gn = F(cur, base) - 1
    infl = F(rng.choice([-1, 1]) * rng.randint(8, 40), 1000)
    real = (1 + gn) / (1 + infl) - 1
    if real <= 0:
        raise Redraw
    s = pct_str(real, 1)
    B, C = fnum(base, nd), fnum(cur, nd)
    text = rng.choice(['%s实现%s%s%s，上年为%s%s，按可比价格计算，比上年增长%s。' % (period(rng), name, C, unit, B, unit, s),
                       '%s%s%s（上年%s%s），扣除价格因素实际增长%s。' % (name, rng.choice(['达', '为']), C + unit, B, unit, s)])
    return text, [C_growth(s, 1, B + mag, C + mag, rel='real_growth')], 'real growth within the deflator band'


@style('pct', 'neg_growth_over100_nobase', 'neg', 'growth above 100% with no base stated (not malformed)')
def sn_g100(rng, label):
    g_ = pct_str(F(rng.randint(1010, 4500), 1000), 1)
    what = rng.choice(['跨境电商进出口额', '新能源汽车产量', '民宿接待游客人次', '工业技改投资', '网络零售额'])
    text = '%s%s同比增长%s，成为新的增长点。' % (period(rng), what, g_)
    return text, [C_none([g_], 'growth above 100% is legitimate; base not given')], 'over 100% growth'


@style('pct', 'neg_progress_over100', 'neg', 'progress or completion above 100% (时序进度102%, 完成目标的118%) without operands')
def sn_prog(rng, label):
    p = pct_str(F(rng.randint(1001, 1400), 1000), rng.choice([0, 1]))
    text = rng.choice(['固定资产投资已完成年度任务，时序进度%s。' % p, '各项主要指标均超额完成，其中招商引资到位资金完成年度目标的%s。' % p])
    return text, [C_none([p], 'progress can exceed 100%')], 'over 100% progress'


@style('pct', 'neg_per_capita_income', 'neg', 'per-capita incomes of different groups with growth rates, not summable')
def sn_income(rng, label):
    a = rng.randint(30000, 65000)
    b = rng.randint(14000, 30000)
    c = int((a + b) / 2 * rng.uniform(0.9, 1.2))
    g1, g2, g3 = (pct_str(F(rng.randint(30, 95), 1000), 1) for _ in range(3))
    text = '全体居民人均可支配收入%d元，增长%s；其中城镇居民%d元，增长%s；农村居民%d元，增长%s。' % (c, g1, a, g2, b, g3)
    return text, [C_none([str(c), str(a), str(b)], 'per-capita figures of groups do not add; bases for growth not given')], 'per-capita income'


@style('pct', 'neg_approx_rate_yishang', 'neg', 'rate stated as N%以上 / 超过N% with counts that satisfy it')
def sn_apx_rate(rng, label):
    den = rng.randint(200, 30000)
    S = rng.choice([80, 85, 90, 95, 98])
    r = rng.uniform(S / 100 + 0.002, min(0.999, S / 100 + 0.04))
    num = int(den * r)
    if F(num, den) < F(S, 100):
        raise Redraw
    q = rng.choice(['以上', '超过'])
    Ss = '%d%%' % S
    denp, nump, rw, unit = rng.choice(RATE_POOLS)
    if q == '以上':
        text = '%s%d%s，%s%d%s，%s达%s以上。' % (denp, den, unit, nump, num, unit, rw, Ss)
    else:
        text = '%s%d%s，%s%d%s，%s超过%s。' % (denp, den, unit, nump, num, unit, rw, Ss)
    return text, [{'rel': 'approx', 'qual': q, 'stated': Ss, 'num': str(num), 'den': str(den)}], 'lower-bound rate'


@style('pct', 'neg_approx_share_yue', 'neg', '约占N% with counts whose exact share is close')
def sn_apx_share(rng, label):
    subj, unit, names, (lo, hi) = rng.choice(COUNT_POOLS)
    W = rng.randint(max(lo, 40), hi)
    a = int(W * rng.uniform(0.15, 0.8))
    r = F(a, W) * 100
    S = int(round(float(r)))
    if rng.random() < 0.5:
        S = int(round(float(r) / 5)) * 5
    if S <= 0 or abs(F(S) - r) > r / 10:
        raise Redraw
    Ss = '%d%%' % S
    n = rng.choice(names)
    text = '%s%d%s，其中%s%d%s，约占%s。' % (subj, W, unit, n, a, unit, Ss)
    return text, [{'rel': 'approx', 'qual': '约', 'stated': Ss, 'num': str(a), 'den': str(W)}], 'approximate share'


@style('pct', 'neg_share_partial', 'neg', 'shares of some categories under 其中 (sum below 100%)')
def sn_share_part(rng, label):
    k = rng.randint(2, 3)
    w = [rng.randint(8, 35) for _ in range(k)]
    if sum(w) >= 95:
        raise Redraw
    S = [pct_str(F(x * 100 + rng.randint(0, 99), 10000), 1) for x in w]
    names = rng.sample(['咨询类', '求助类', '投诉类', '建议类'], k)
    text = '从诉求类型看，其中%s，其余为其他类诉求。' % '，'.join('%s占%s' % (n, s) for n, s in zip(names, S))
    return text, [{'rel': 'sum100', 'parts': S, 'mode': 'partial'}], 'shares of selected categories only'


@style('pct', 'neg_all_100pct', 'neg', 'several rates all at 100% (受理率、办结率、满意率均为100%) — no sum to 100')
def sn_all100(rng, label):
    n = rng.randint(10, 300)
    text = rng.choice(['全年受理信访案件%d件，实现受理率、办结率、参评率100%%。' % n,
                       '%d项政务服务事项网上可办率100%%，零跑动率100%%。' % n])
    return text, [C_none(['100%'], 'several rates each 100%, not shares')], 'all 100%'


@style('pct', 'neg_contribution_rate', 'neg', 'contribution rates and 拉动N个百分点 (not shares of the stated amounts)')
def sn_contrib(rng, label):
    c = pct_str(F(rng.randint(300, 750), 1000), 1)
    p = fnum(rng.randint(10, 60), 1)
    g_ = pct_str(F(rng.randint(30, 95), 1000), 1)
    text = '全%s地区生产总值增长%s，其中服务业对经济增长的贡献率为%s，拉动经济增长%s个百分点。' % (rng.choice(['县', '区', '市']), g_, c, p)
    return text, [C_none([c, p], 'contribution rate and pulled points are not checkable from the text')], 'contribution'


@style('pct', 'neg_indicator_rates', 'neg', 'unrelated indicator rates and ‰ in one sentence (城镇化率, 森林覆盖率, 出生率)')
def sn_indic(rng, label):
    sel = rng.sample(RATE_NAMES, 3)
    vals = [pct_str(F(rng.randint(lo * 100, hi * 100), 10000), rng.choice([1, 2])) for _, lo, hi in sel]
    pm = pct_str(F(rng.randint(450, 1100), 100000), 2, '‰')
    text = '，'.join('%s%s' % (n, v) for (n, _, _), v in zip(sel, vals)) + '，人口出生率%s。' % pm
    return text, [C_none(vals + [pm], 'rates of different indicators, no shared whole')], 'independent indicators'


@style('pct', 'neg_policy_rates', 'neg', 'interest, subsidy and tax-reduction rates (贴息50%, 减按20%征收)')
def sn_policy(rng, label):
    r1 = pct_str(F(rng.randint(300, 480), 10000), 2)
    r2 = rng.choice(['50%', '30%', '100%'])
    r3 = rng.choice(['20%', '25%', '75%'])
    n = rng.randint(20, 900)
    text = '为%d户经营主体发放创业担保贷款，贷款利率%s，财政按%s给予贴息；小型微利企业所得税减按%s计入应纳税所得额。' % (n, r1, r2, r3)
    return text, [C_none([r1, r2, r3], 'policy rates are not computed from the text')], 'policy rates'


@style('pct', 'neg_cagr', 'neg', '年均增长 (compound annual growth over several years) with start and end values')
def sn_cagr(rng, label):
    name, unit, nd, (lo, hi) = rng.choice([x for x in INDICATORS if x[1] == '亿元'])
    n = rng.choice([3, 5])
    g_ = F(rng.randint(40, 120), 1000)
    a = rhu(draw_amount(rng, lo, hi, nd), nd)
    b = rhu(F(a) * (1 + g_) ** n, 0)
    s = pct_str(g_, 1)
    y = year(rng)
    text = '%s由%d年的%s亿元增加到%d年的%s亿元，年均增长%s。' % (name, y - n, fnum(a, nd), y, fnum(b, nd), s)
    return text, [C_none([s], 'compound annual rate over %d years, not cur/base-1' % n)], 'CAGR'


@style('pct', 'neg_comparable_caliber', 'neg', 'growth 按可比口径 (base adjusted), so the raw amounts give another rate')
def sn_caliber(rng, label):
    name, unit, nd, base, cur, mag = ind_pair(rng, 0.0, 0.12, names=['一般公共预算收入', '税收收入'])
    raw = F(cur, base) - 1
    adj = raw + F(rng.choice([-1, 1]) * rng.randint(25, 80), 1000)
    if adj <= 0:
        raise Redraw
    s = pct_str(adj, 1)
    text = '%s完成%s亿元，上年为%s亿元，按可比口径增长%s。' % (name, fnum(cur, nd), fnum(base, nd), s)
    return text, [C_none([s], 'comparable-caliber growth uses an adjusted base')], 'caliber'


@style('pct', 'neg_share_unknown_whole', 'neg', 'share of a whole that is not given (占全省的12.3%)')
def sn_share_unk(rng, label):
    a = rhu(draw_amount(rng, 5, 120, 2), 2)
    s = pct_str(F(rng.randint(20, 300), 1000), 1)
    what = rng.choice(['粮食产量', '外贸进出口总额', '规模以上工业增加值'])
    text = '%s%s%s，占全%s的%s。' % (what, fnum(a, 2), '万吨' if what == '粮食产量' else '亿元', rng.choice(['省', '市']), s)
    return text, [C_none([s], 'the whole (province/city) is not given')], 'unknown whole'


@style('pct', 'neg_pp_vs_average', 'neg', 'rate compared with a provincial average (高于全省平均2.1个百分点)')
def sn_pp_avg(rng, label):
    name, lo, hi = rng.choice(RATE_NAMES)
    b = pct_str(F(rng.randint(lo * 100, hi * 100), 10000), 1)
    c = fnum(rng.randint(3, 80), 1)
    text = '%s%s，%s全省平均水平%s个百分点。' % (name, b, rng.choice(['高于', '低于']), c)
    return text, [C_none([b, c], 'comparison with an average that is not given')], 'vs average'


@style('pct', 'neg_growth_slowdown_pp', 'neg', 'growth rate and the change of the growth rate in points (增速回落1.3个百分点)')
def sn_slow(rng, label):
    g_ = pct_str(F(rng.randint(20, 120), 1000), 1)
    c = fnum(rng.randint(2, 40), 1)
    what = rng.choice(['规模以上工业增加值', '社会消费品零售总额', '地区生产总值', '税收收入'])
    text = '%s%s增长%s，增速比一季度%s%s个百分点。' % (period(rng), what, g_, rng.choice(['回落', '提高', '加快']), c)
    return text, [C_none([g_, c], 'change of a growth rate; earlier rate not given')], 'slowdown'


@style('pct', 'neg_approx_per_capita', 'neg', 'approximate per-capita figure (人均约N元) from exact amount and count')
def sn_apx_pc(rng, label):
    n = rng.randint(50, 9000)
    per = rng.randint(300, 9000)
    m = rhu(F(n * per * rng.randint(95, 105), 100) / 10000, 2)
    val = F(m, 100) * 10000 / n
    s = _round_sig(int(val), rng.choice([1, 2]))
    if s <= 0 or abs(s - val) > val / 10:
        raise Redraw
    text = '为%d名困难群众发放临时救助金%s万元，人均约%d元。' % (n, fnum(m, 2), s)
    return text, [{'rel': 'approx', 'qual': '约', 'stated': str(s), 'num': fnum(m, 2) + '万', 'den': str(n)}], 'approximate average'


@style('pct', 'neg_cumulative_ytd_growth', 'neg', 'year-to-date cumulative growth and single-month growth (no bases)')
def sn_ytd(rng, label):
    m = rng.randint(3, 11)
    g1 = pct_str(F(rng.randint(20, 150), 1000), 1)
    g2 = pct_str(F(rng.randint(10, 200), 1000), 1)
    what = rng.choice(['规模以上工业增加值', '限额以上消费品零售额', '固定资产投资'])
    text = '1—%d月，%s累计增长%s，其中%d月当月增长%s。' % (m, what, g1, m, g2)
    return text, [C_none([g1, g2], 'cumulative and monthly growth; no bases')], 'ytd'


@style('pct', 'neg_percent_in_names', 'neg', 'percent signs inside programme names and goals (“两个80%”, 百分百满意)')
def sn_pnames(rng, label):
    a = rng.choice(['80%', '90%', '95%'])
    n = rng.randint(5, 60)
    text = rng.choice(['围绕“两个%s”目标，新建%d个标准化服务站点。' % (a, n),
                       '开展“%s群众满意”窗口创建活动，共%d个窗口参与评比。' % (a, n)])
    return text, [C_none([a], 'percentage in a goal or programme name')], 'percent in name'


@style('pct', 'neg_real_income_band', 'neg', '扣除价格因素实际增长 of income, nominal amounts given for both years')
def sn_real_inc(rng, label):
    base = rng.randint(18000, 60000)
    gn = F(rng.randint(40, 110), 1000)
    cur = int(base * (1 + gn))
    infl = F(rng.randint(10, 35), 1000)
    real = F(cur, base) / (1 + infl) - 1
    s = pct_str(real, 1)
    who = rng.choice(['全体居民', '城镇居民', '农村居民'])
    text = '%s人均可支配收入%d元，上年为%d元，扣除价格因素实际增长%s。' % (who, cur, base, s)
    return text, [C_growth(s, 1, str(base), str(cur), rel='real_growth')], 'real income growth inside the band'


@style('pct', 'neg_overlap_shares', 'neg', 'shares of overlapping attributes of one group (党员占…、女性占…) summing above 100%')
def sn_ovsh(rng, label):
    gs = rng.sample(['党员', '女性', '35岁以下', '大专以上学历', '退役军人'], 3)
    S = [pct_str(F(rng.randint(300, 850), 1000), 1) for _ in gs]
    if sum(parse_num(s).value for s in S) <= 1:
        raise Redraw
    text = '全%s网格员队伍中，%s。' % (rng.choice(['区', '县', '镇']), '，'.join('%s占%s' % (g_, s) for g_, s in zip(gs, S)))
    return text, [C_none(S, 'overlapping attributes, shares need not add to 100%')], 'overlapping shares'


@style('pct', 'neg_growth_times_wording', 'neg', '增长N倍 wording (= (1+N)×) with both amounts; a naive 是…的N倍 reading would flag it')
def sn_times_word(rng, label):
    base = rng.randint(20, 3000)
    x = F(rng.randint(12, 45), 10)
    cur = int(base * (1 + x))
    xs = fnum(rhu(F(cur, base) - 1, 1), 1)
    what = rng.choice([('直播电商销售额', '万元'), ('新能源汽车保有量', '辆'), ('充电桩数量', '个')])
    text = '%s由上年的%d%s增加到%d%s，增长%s倍。' % (what[0], base, what[1], cur, what[1], xs)
    return text, [C_none([xs + '倍'], '增长N倍 means cur = (1+N) x base')], '增长N倍'


# =====================================================================
# 9. Driver: generate / verify / style table
# =====================================================================

LABELS = {'pos': ['consistent', 'inconsistent'], 'neg': ['negative'], 'mal': ['inconsistent']}
PER_GROUP = 16
ID_RE = re.compile(r'^n10-(totals|pct)-(\d{6})$')
FIELDS = ['id', 'family', 'style', 'label', 'text', 'note', 'checks']


def generate(seed):
    names = [s[1] for s in STYLES]
    assert len(names) == len(set(names)), 'duplicate style names'
    recs = {'totals': [], 'pct': []}
    seen = set()
    for fam in ('totals', 'pct'):
        for f_, name, kind, fn, desc in STYLES:
            if f_ != fam:
                continue
            for label in LABELS[kind]:
                rng = random.Random(zlib.crc32(f"{seed}|{fam}|{name}|{label}".encode()))
                got = tries = 0
                while got < PER_GROUP:
                    tries += 1
                    if tries > 20000:
                        raise RuntimeError('cannot fill group %s/%s' % (name, label))
                    try:
                        text, checks, gnote = fn(rng, label)
                    except Redraw:
                        continue
                    lab, ds = evaluate(text, checks)
                    if lab != label or text in seen:
                        continue  # grey, mismatched or duplicate: redraw
                    seen.add(text)
                    recs[fam].append({'family': fam, 'style': name, 'label': label, 'text': text,
                                      'note': gnote + ' | ' + '; '.join(ds), 'checks': checks})
                    got += 1
    out = []
    for fam in ('totals', 'pct'):
        lst = recs[fam]
        random.Random(zlib.crc32(f"{seed}|{fam}|order".encode())).shuffle(lst)
        for i, r in enumerate(lst, 1):
            rec = {'id': 'n10-%s-%06d' % (fam, i)}
            rec.update(r)
            out.append(rec)
    return out


def write_jsonl(recs, path):
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


def read_jsonl(path):
    out = []
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                out.append((ln, json.loads(line)))
    return out


def verify(path):
    errors = []
    ids = set()
    n = 0
    for ln, r in read_jsonl(path):
        n += 1
        where = 'line %d' % ln
        if not isinstance(r, dict) or any(k not in r for k in FIELDS):
            errors.append('%s: missing fields' % where)
            continue
        m = ID_RE.match(r['id']) if isinstance(r['id'], str) else None
        if not m:
            errors.append('%s: bad id %r' % (where, r['id']))
        elif m.group(1) != r['family']:
            errors.append('%s: id family %s != family %s' % (where, m.group(1), r['family']))
        if r['id'] in ids:
            errors.append('%s: duplicate id %s' % (where, r['id']))
        ids.add(r['id'])
        if r['family'] not in ('totals', 'pct'):
            errors.append('%s: bad family' % where)
        if r['label'] not in ('consistent', 'inconsistent', 'negative'):
            errors.append('%s: bad label' % where)
        if str(r['style']).startswith('malformed') and (r['family'] != 'pct' or r['label'] != 'inconsistent'):
            errors.append('%s: malformed style must be pct/inconsistent' % where)
        if not isinstance(r['text'], str) or not r['text']:
            errors.append('%s: empty text' % where)
            continue
        if not isinstance(r['note'], str) or ' | ' not in r['note']:
            errors.append('%s: note lacks generator | verifier parts' % where)
        lab, ds = evaluate(r['text'], r['checks'])
        if lab != r['label']:
            errors.append('%s (%s, %s): recomputed label %s != %s' % (where, r['id'], r['style'], lab, r['label']))
    for e in errors[:50]:
        print(e)
    print('%s: %d records, %d errors' % (path, n, len(errors)))
    return 0 if not errors and n else 1


def style_table(path):
    from collections import OrderedDict
    tab = OrderedDict()
    fam_lab = {}
    for _, r in read_jsonl(path):
        key = (r['family'], r['style'])
        tab.setdefault(key, {'consistent': 0, 'inconsistent': 0, 'negative': 0})
        tab[key][r['label']] += 1
        fam_lab[(r['family'], r['label'])] = fam_lab.get((r['family'], r['label']), 0) + 1
    order = {s[1]: i for i, s in enumerate(STYLES)}
    keys = sorted(tab, key=lambda k: (k[0] != 'totals', order.get(k[1], 10 ** 6), k[1]))
    print('%-7s %-34s %10s %12s %9s %6s' % ('family', 'style', 'consistent', 'inconsistent', 'negative', 'total'))
    for k in keys:
        c = tab[k]
        print('%-7s %-34s %10d %12d %9d %6d' % (k[0], k[1], c['consistent'], c['inconsistent'], c['negative'], sum(c.values())))
    print()
    for fam in ('totals', 'pct'):
        row = [fam_lab.get((fam, l), 0) for l in ('consistent', 'inconsistent', 'negative')]
        print('%-7s consistent=%d inconsistent=%d negative=%d total=%d' % (fam, row[0], row[1], row[2], sum(row)))
    print('styles: %d, records: %d' % (len(tab), sum(sum(c.values()) for c in tab.values())))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        return style_table(a.style_table)
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required for generation')
    recs = generate(a.seed)
    write_jsonl(recs, a.out)
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
