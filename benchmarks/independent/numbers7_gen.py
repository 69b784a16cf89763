#!/usr/bin/env python3
"""numbers7 held-out test collection: generator and independent verifier.

Usage:
    python3 numbers7_gen.py --seed 11 --out numbers7_seed11.jsonl
    python3 numbers7_gen.py --verify numbers7_seed11.jsonl
    python3 numbers7_gen.py --style-table numbers7_seed11.jsonl   (markdown table for the README)

Standard library only.  Every (seed, family, style, label) group draws from its
own random.Random(zlib.crc32(...)), so the output is byte-for-byte reproducible.

The file has two halves that never call each other in the verifier direction:
  * GENERATOR (prefix g_/G/style functions): builds text from known values, knows the
    tolerance of every number because it formatted it, and keeps a record only when its
    own arithmetic gives the intended label with a clear margin (grey records dropped).
  * VERIFIER (prefix v_): parses the operand strings back out of the record, with its own
    number parser (full-width digits, Chinese numerals, 万/亿, %, ‰, 百分之, 倍, broken
    lines), evaluates every relation under the tolerances of FORMAT_numbers.md and derives
    the label.  --verify exits 0 iff every record's label is reproduced.
"""
import sys
import json
import re
import zlib
import random
import argparse
from fractions import Fraction as F

# ======================================================================================
#                                      VERIFIER
# ======================================================================================
# Nothing in this half calls anything from the generator half.

V_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
V_FW.update({'．': '.', '，': ',', '％': '%', '：': ':', '－': '-', '＋': '+'})
V_CN_D = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
          '六': 6, '七': 7, '八': 8, '九': 9}
V_CN_U = {'十': 10, '百': 100, '千': 1000}


class VErr(Exception):
    pass


def v_norm(s):
    out = []
    for ch in s:
        if ch.isspace():
            continue
        out.append(V_FW.get(ch, ch))
    return ''.join(out)


def v_cn_int(t):
    """Chinese numeral below 100000000 (no 亿), e.g. 一千二百零五, 十五, 三万二千."""
    if not t:
        raise VErr('empty chinese numeral')
    if '万' in t:
        hi, lo = t.split('万', 1)
        return v_cn_int(hi) * 10000 + (v_cn_int(lo) if lo else 0)
    total, cur = 0, None
    for ch in t:
        if ch in V_CN_D:
            cur = V_CN_D[ch]
        elif ch in V_CN_U:
            total += (1 if cur is None else cur) * V_CN_U[ch]
            cur = None
        else:
            raise VErr('bad chinese numeral %r' % t)
    if cur is not None:
        total += cur
    return total


def v_cn_number(t):
    """returns (Fraction value, places)"""
    if '点' in t:
        a, b = t.split('点', 1)
        ip = v_cn_int(a) if a else 0
        digs = ''.join(str(V_CN_D[c]) for c in b)
        return F(ip) + F(int(digs), 10 ** len(digs)), len(digs)
    return F(v_cn_int(t)), 0


V_MALFORMED_PATTERNS = [
    ('space before percent sign', re.compile(r'[0-9０-９]\s+[%％]')),
    ('doubled percent sign', re.compile(r'[%％]{2}')),
    ('Chinese full stop as decimal point', re.compile(r'[0-9０-９]。[0-9０-９]+\s*[%％]')),
    ('missing leading zero', re.compile(r'^[.．][0-9０-９]+[%％]')),
    ('placeholder digits', re.compile(r'^[xXｘＸ*＊]+(\.[xXｘＸ]+)?[%％]$')),
    ('doubled decimal point', re.compile(r'[0-9]\.\.[0-9]')),
    ('百分之 together with percent sign', re.compile(r'^百分之.*[%％]$')),
    ('decimal comma in percentage', re.compile(r'^[0-9]{1,3},[0-9]{1,2}[%％]$')),
    ('percent sign before the number', re.compile(r'^[%％][0-9]')),
]


def v_malformed_kind(tok, text):
    for name, rx in V_MALFORMED_PATTERNS:
        if rx.search(tok):
            if name == 'missing leading zero':
                i = text.find(tok)
                while i >= 0:
                    if i == 0 or not text[i - 1].isdigit():
                        return name
                    i = text.find(tok, i + 1)
                continue
            return name
    return None


def v_repair(t):
    """lenient reading of a malformed percentage, used when another check quotes it."""
    t = t.replace('%%', '%').replace('。', '.').replace('..', '.')
    if t.startswith('%') and len(t) > 1 and t[1].isdigit():
        t = t[1:] + '%'
    if t.startswith('百分之') and t.endswith('%'):
        t = t[3:]
    m = re.fullmatch(r'([0-9]{1,3}),([0-9]{1,2})%', t)
    if m:
        t = m.group(1) + '.' + m.group(2) + '%'
    if t.startswith('.'):
        t = '0' + t
    return t


class VNum:
    __slots__ = ('s', 'v', 'h', 'u', 'exact', 'kind')

    def __init__(self, s, v, h, u, exact, kind):
        self.s, self.v, self.h, self.u, self.exact, self.kind = s, v, h, u, exact, kind

    def lo(self):
        return self.v - self.h

    def hi(self):
        return self.v + self.h


def v_parse(s, bare_pct=False):
    t = v_norm(s)
    t = v_repair(t)
    mult = F(1)
    kind = 'num'
    if t.startswith('百分之'):
        kind, mult, t = 'pct', F(1, 100), t[3:]
    elif t.startswith('千分之'):
        kind, mult, t = 'pct', F(1, 1000), t[3:]
    if t.endswith('%'):
        kind, mult, t = 'pct', F(1, 100), t[:-1]
    elif t.endswith('‰'):
        kind, mult, t = 'pct', F(1, 1000), t[:-1]
    elif t.endswith('倍'):
        kind, t = 'times', t[:-1]
    elif bare_pct:
        kind, mult = 'pct', F(1, 100)
    mag = 1
    if t.endswith('亿'):
        mag, t = 10 ** 8, t[:-1]
    elif t.endswith('万') and re.fullmatch(r'[0-9,.]+万', t):
        mag, t = 10 ** 4, t[:-1]
    if re.fullmatch(r'[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+(\.[0-9]+)?', t):
        ip, _, fp = t.replace(',', '').partition('.')
        places = len(fp)
        val = F(int(ip + fp), 10 ** places)
    elif t and all(c in V_CN_D or c in V_CN_U or c in '点万' for c in t):
        val, places = v_cn_number(t)
    else:
        raise VErr('cannot read number %r' % s)
    unit = F(1, 10 ** places) * mag * mult
    exact = (kind == 'num' and places == 0 and mag == 1)
    return VNum(s, val * mag * mult, F(0) if exact else unit / 2, unit, exact, kind)


def v_operand(x, bare_pct=False):
    """operand: string, list of strings (sum) or {'sum':[...],'sub':[...]}.
    returns (lo, hi, [VNum...])"""
    if isinstance(x, str):
        n = v_parse(x, bare_pct)
        return n.lo(), n.hi(), [n]
    if isinstance(x, list):
        lo = hi = F(0)
        ns = []
        for y in x:
            a, b, c = v_operand(y, bare_pct)
            lo, hi, ns = lo + a, hi + b, ns + c
        return lo, hi, ns
    if isinstance(x, dict):
        a, b, ns = v_operand(x.get('sum', []), bare_pct)
        c, d, ms = v_operand(x.get('sub', []), bare_pct)
        return a - d, b - c, ns + ms
    raise VErr('bad operand %r' % (x,))


def v_strings(x):
    if isinstance(x, str):
        return [x]
    if isinstance(x, list):
        r = []
        for y in x:
            r += v_strings(y)
        return r
    if isinstance(x, dict):
        r = []
        for k in ('sum', 'sub'):
            r += v_strings(x.get(k, []))
        return r
    return []


def v_fmt(x):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    return ('%.6f' % float(x)).rstrip('0').rstrip('.')


def v_sum_status(plo, phi, wlo, whi, nums, partial=False):
    if phi >= wlo and plo <= whi:
        return 'consistent'
    if partial and phi < wlo:
        return 'negative'
    gap = (plo - whi) if plo > whi else (wlo - phi)
    if all(n.exact for n in nums):
        return 'inconsistent'
    umax = max(n.u for n in nums)
    return 'inconsistent' if gap >= umax else 'grey'


def v_rate_status(clo, chi, s, u):
    if clo < s + u and chi >= s - u / 2:
        return 'consistent'
    if chi <= s - 2 * u or clo >= s + 2 * u:
        return 'inconsistent'
    return 'grey'


def v_check(c, text):
    """returns (status, arithmetic text)"""
    rel = c.get('rel')
    for sstr in v_check_strings(c):
        if sstr not in text:
            raise VErr('operand %r not in text' % sstr)
    bp = bool(c.get('bare_pct'))
    if rel == 'sum_eq':
        plo, phi, pn = v_operand(c['parts'], bp)
        wlo, whi, wn = v_operand(c['whole'], bp)
        st = v_sum_status(plo, phi, wlo, whi, pn + wn, c.get('mode') == 'partial')
        return st, 'sum_eq[%s]: parts %s..%s vs whole %s..%s -> %s' % (
            c.get('mode'), v_fmt(plo), v_fmt(phi), v_fmt(wlo), v_fmt(whi), st)
    if rel == 'linear':
        lo = hi = F(0)
        ns = []
        for sign, x in c['terms']:
            a, b, n = v_operand(x, bp)
            ns += n
            if sign == '+':
                lo, hi = lo + a, hi + b
            elif sign == '-':
                lo, hi = lo - b, hi - a
            else:
                raise VErr('bad sign')
        rlo, rhi, rn = v_operand(c['result'], bp)
        st = v_sum_status(lo, hi, rlo, rhi, ns + rn)
        return st, 'linear: terms %s..%s vs result %s..%s -> %s' % (
            v_fmt(lo), v_fmt(hi), v_fmt(rlo), v_fmt(rhi), st)
    if rel == 'count':
        stated = v_parse(c['stated'])
        n = len(c['items'])
        if len(set(c['items'])) != n:
            raise VErr('duplicate items')
        if n == stated.v:
            st = 'consistent'
        elif c.get('mode') == 'deng' and n < stated.v:
            st = 'negative'
        else:
            st = 'inconsistent'
        return st, 'count: %d items vs stated %s -> %s' % (n, v_fmt(stated.v), st)
    if rel in ('pct', 'quot'):
        s = v_parse(c['stated'], bp and rel == 'pct')
        nlo, nhi, _ = v_operand(c['num'])
        dlo, dhi, _ = v_operand(c['den'])
        if dlo <= 0 or nlo < 0:
            raise VErr('non-positive operand')
        clo, chi = nlo / dhi, nhi / dlo
        st = v_rate_status(clo, chi, s.v, s.u)
        return st, '%s: %s in %s..%s vs stated %s (u %s) -> %s' % (
            rel, 'num/den', v_fmt(clo), v_fmt(chi), v_fmt(s.v), v_fmt(s.u), st)
    if rel in ('growth', 'real_growth'):
        s = v_parse(c['stated'], bp)
        sign = int(c['sign'])
        blo, bhi, _ = v_operand(c['base'])
        clo, chi, _ = v_operand(c['cur'])
        if blo <= 0:
            raise VErr('non-positive base')
        glo, ghi = clo / bhi - 1, chi / blo - 1
        if rel == 'growth':
            tlo, thi = (glo, ghi) if sign > 0 else (-ghi, -glo)
            st = v_rate_status(tlo, thi, s.v, s.u)
            return st, 'growth: %s in %s..%s vs stated %s (u %s) -> %s' % (
                'sign*(cur/base-1)', v_fmt(tlo), v_fmt(thi), v_fmt(s.v), v_fmt(s.u), st)
        blo2, bhi2 = (1 + glo) / F(110, 100) - 1, (1 + ghi) / F(95, 100) - 1
        t = sign * s.v
        if blo2 <= t <= bhi2:
            st = 'negative'
        elif t <= blo2 - F(5, 100) or t >= bhi2 + F(5, 100):
            st = 'inconsistent'
        else:
            st = 'grey'
        return st, 'real_growth: nominal %s..%s, band %s..%s vs stated %s -> %s' % (
            v_fmt(glo), v_fmt(ghi), v_fmt(blo2), v_fmt(bhi2), v_fmt(t), st)
    if rel == 'pp':
        s = v_parse(c['stated'])
        sign = int(c['sign'])
        flo, fhi, fn = v_operand(c['from'])
        tlo, thi, tn = v_operand(c['to'])
        for n in fn + tn:
            if n.kind != 'pct':
                raise VErr('pp operand is not a rate')
        dlo, dhi = (tlo - fhi) * 100, (thi - flo) * 100
        if sign < 0:
            dlo, dhi = -dhi, -dlo
        st = v_rate_status(dlo, dhi, s.v, s.u)
        return st, 'pp: sign*(to-from)*100 in %s..%s vs stated %s (u %s) -> %s' % (
            v_fmt(dlo), v_fmt(dhi), v_fmt(s.v), v_fmt(s.u), st)
    if rel == 'sum100':
        ns = [v_parse(x, bp) for x in c['parts']]
        lo = sum((n.lo() for n in ns), F(0))
        hi = sum((n.hi() for n in ns), F(0))
        umax = max(n.u for n in ns)
        if lo <= 1 <= hi:
            st = 'consistent'
        elif c.get('mode') == 'partial' and hi < 1:
            st = 'negative'
        elif 1 - hi >= 2 * umax or lo - 1 >= 2 * umax:
            st = 'inconsistent'
        else:
            st = 'grey'
        return st, 'sum100[%s]: shares %s..%s -> %s' % (c.get('mode'), v_fmt(lo), v_fmt(hi), st)
    if rel == 'overlap':
        w = v_parse(c['whole'])
        ps = [v_parse(x) for x in c['parts']]
        ok = all(p.lo() <= w.hi() for p in ps)
        st = 'negative' if ok else 'inconsistent'
        tot = sum((p.v for p in ps), F(0))
        return st, 'overlap: parts sum %s vs whole %s, each part <= whole: %s -> %s' % (
            v_fmt(tot), v_fmt(w.v), ok, st)
    if rel == 'approx':
        q = c['qual']
        s = v_parse(c['stated'])
        if 'parts' in c:
            elo, ehi, _ = v_operand(c['parts'])
        else:
            nlo, nhi, _ = v_operand(c['num'])
            dlo, dhi, _ = v_operand(c['den'])
            elo, ehi = nlo / dhi, nhi / dlo
        sv = s.v
        if q == '约':
            ok = abs(elo - sv) <= F(1, 10) * elo and abs(ehi - sv) <= F(1, 10) * ehi
        elif q == '近':
            ok = F(9, 10) * sv <= elo and ehi <= sv
        elif q in ('超过', '逾', '余', '多', '以上'):
            ok = sv <= elo and ehi <= F(13, 10) * sv
        else:
            raise VErr('bad qual %r' % q)
        st = 'negative' if ok else 'grey'
        return st, 'approx[%s]: exact %s..%s vs stated %s -> %s' % (
            q, v_fmt(elo), v_fmt(ehi), v_fmt(sv), st)
    if rel == 'none':
        if not c.get('why'):
            raise VErr('none without why')
        return 'negative', 'none: %s' % c['why']
    if rel == 'malformed':
        k = v_malformed_kind(c['token'], text)
        if not k:
            raise VErr('token %r is not recognised as malformed' % c['token'])
        return 'malformed', 'malformed: %s (%s)' % (c['token'], k)
    raise VErr('unknown rel %r' % rel)


def v_check_strings(c):
    rel = c.get('rel')
    keys = {'sum_eq': ('whole', 'parts'), 'linear': ('result',), 'count': ('stated', 'items'),
            'pct': ('stated', 'num', 'den'), 'quot': ('stated', 'num', 'den'),
            'growth': ('stated', 'base', 'cur'), 'real_growth': ('stated', 'base', 'cur'),
            'pp': ('stated', 'from', 'to'), 'sum100': ('parts',), 'overlap': ('whole', 'parts'),
            'approx': ('stated', 'parts', 'num', 'den'), 'none': ('tokens',),
            'malformed': ('token',)}.get(rel, ())
    r = []
    for k in keys:
        if k in c:
            r += v_strings(c[k])
    if rel == 'linear':
        for _, x in c['terms']:
            r += v_strings(x)
    return r


def v_record(rec):
    """returns (derived label, [arith texts]) or raises VErr"""
    text = rec['text']
    sts, ar = [], []
    for c in rec['checks']:
        st, a = v_check(c, text)
        sts.append(st)
        ar.append(a)
    if not sts:
        raise VErr('no checks')
    if 'grey' in sts:
        raise VErr('grey check: ' + '; '.join(ar))
    if 'malformed' in sts:
        if 'inconsistent' in sts or 'negative' in sts:
            raise VErr('malformed record whose other checks do not hold')
        return 'inconsistent', ar
    if 'inconsistent' in sts:
        return 'inconsistent', ar
    if 'negative' in sts:
        return 'negative', ar
    return 'consistent', ar


def v_note_tail(ar):
    return ' ; '.join(ar)


V_ID = re.compile(r'^n7-(totals|pct)-\d{6}$')


def v_verify_file(path):
    bad = 0
    n = 0
    ids = set()
    counts = {}
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            n += 1
            try:
                rec = json.loads(line)
                if set(rec) != {'id', 'family', 'style', 'label', 'text', 'note', 'checks'}:
                    raise VErr('bad field set')
                if not V_ID.match(rec['id']) or rec['id'].split('-')[1] != rec['family']:
                    raise VErr('bad id')
                if rec['id'] in ids:
                    raise VErr('duplicate id')
                ids.add(rec['id'])
                if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
                    raise VErr('bad label')
                if rec['style'].startswith('malformed') and (
                        rec['family'] != 'pct' or rec['label'] != 'inconsistent'):
                    raise VErr('malformed style outside pct/inconsistent')
                lab, ar = v_record(rec)
                if lab != rec['label']:
                    raise VErr('label %s, verifier says %s: %s' % (rec['label'], lab, ar))
                if not rec['note'].endswith(' | ' + v_note_tail(ar)):
                    raise VErr('note arithmetic differs from verifier')
                key = (rec['family'], rec['label'])
                counts[key] = counts.get(key, 0) + 1
            except (VErr, KeyError, TypeError, ValueError, ZeroDivisionError) as e:
                bad += 1
                if bad <= 30:
                    print('line %d: %s' % (ln, e), file=sys.stderr)
    for k in sorted(counts):
        print('%s/%s: %d' % (k[0], k[1], counts[k]))
    print('%s: %d records, %d failures' % (path, n, bad))
    return bad == 0 and n > 0


# ======================================================================================
#                                      GENERATOR
# ======================================================================================

FWT = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
CN_DIG = '零一二三四五六七八九'


def cn_int(n):
    """integer 0 <= n < 100000 in Chinese numerals"""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return '十' + (CN_DIG[n % 10] if n % 10 else '')
    out = []
    started = zero = False
    for val, u in ((10000, '万'), (1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = (n // val) % 10
        if d:
            if zero:
                out.append('零')
            out.append(CN_DIG[d] + u)
            started, zero = True, False
        elif started:
            zero = True
    return ''.join(out)


def cn_dec(k, places):
    ip, fp = divmod(k, 10 ** places)
    s = cn_int(ip)
    if places:
        s += '点' + ''.join(CN_DIG[int(ch)] for ch in str(fp).rjust(places, '0'))
    return s


def rh(fr, places=0):
    """round half up a non-negative Fraction to an integer count of 10**-places"""
    x = F(fr) * 10 ** places
    return (2 * x.numerator + x.denominator) // (2 * x.denominator)


def digits(k, places, sep):
    s = str(k).rjust(places + 1, '0')
    ip, fp = (s[:-places], s[-places:]) if places else (s, '')
    if sep:
        ip = '{:,}'.format(int(ip))
    return ip + ('.' + fp if places else '')


class GN:
    """a number as the generator wrote it: string, value, half tolerance, unit, exact"""
    __slots__ = ('s', 'v', 'h', 'u', 'exact', 'k', 'pl', 'mag')

    def __init__(self, s, v, h, u, exact, k=None, pl=0, mag=''):
        self.s, self.v, self.h, self.u, self.exact = s, F(v), F(h), F(u), exact
        self.k, self.pl, self.mag = k, pl, mag

    def __str__(self):
        return self.s

    def __format__(self, spec):
        return self.s


MAGV = {'': 1, '万': 10 ** 4, '亿': 10 ** 8}


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.fw = rng.random() < 0.06
        x = rng.random()
        self.sep = 'always' if x < 0.45 else ('big' if x < 0.6 else 'never')
        self.half = rng.random() < 0.15    # half-width prose punctuation
        self.year = rng.randint(2019, 2024)

    # ---- randomness shortcuts
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    # ---- number writers
    def _sep(self, k, places, sep):
        if sep is not None:
            return sep
        ip = k // (10 ** places)
        if self.sep == 'always':
            return ip >= 1000
        if self.sep == 'big':
            return ip >= 10000
        return False

    def _fw(self, s, fw):
        if fw is None:
            fw = self.fw
        return s.translate(FWT) if fw else s

    def I(self, n, sep=None, fw=None):
        """exact integer"""
        s = self._fw(digits(n, 0, self._sep(n, 0, sep)), fw)
        return GN(s, n, 0, 1, True, k=n)

    def X(self, k, places, mag='', sep=None, fw=None):
        """k * 10**-places, followed by an optional 万/亿 that belongs to the string"""
        if places == 0 and mag == '':
            return self.I(k, sep, fw)
        m = MAGV[mag]
        s = self._fw(digits(k, places, self._sep(k, places, sep)), fw) + mag
        u = F(m, 10 ** places)
        return GN(s, F(k * m, 10 ** places), u / 2, u, False, k=k, pl=places, mag=mag)

    def P(self, k, places, sym='%', fw=None):
        """percentage k*10**-places %"""
        div = 100 if sym in ('%', '％') else 1000
        s = digits(k, places, False)
        if fw if fw is not None else self.fw:
            s = s.translate(FWT)
            sym = '％' if sym == '%' else sym
        u = F(1, 10 ** places * div)
        return GN(s + sym, F(k, 10 ** places * div), u / 2, u, False, k=k, pl=places)

    def PB(self, k, places, fw=None):
        """bare percentage (table cell, ratio term): used with bare_pct"""
        s = self._fw(digits(k, places, False), fw)
        u = F(1, 10 ** places * 100)
        return GN(s, F(k, 10 ** places * 100), u / 2, u, False, k=k, pl=places)

    def PW(self, k, places, per='百分之'):
        div = 100 if per == '百分之' else 1000
        u = F(1, 10 ** places * div)
        return GN(per + cn_dec(k, places), F(k, 10 ** places * div), u / 2, u, False, k=k, pl=places)

    def T(self, k, places, fw=None):
        """k*10**-places 倍"""
        u = F(1, 10 ** places)
        return GN(self._fw(digits(k, places, False), fw) + '倍', F(k, 10 ** places), u / 2, u, False,
                  k=k, pl=places)

    def D(self, k, places, fw=None):
        """plain decimal (points, ratios, quotients)"""
        if places == 0:
            return GN(self._fw(str(k), fw), k, F(1, 2), 1, False, k=k)
        u = F(1, 10 ** places)
        return GN(self._fw(digits(k, places, False), fw), F(k, 10 ** places), u / 2, u, False,
                  k=k, pl=places)

    def CN(self, n):
        return GN(cn_int(n), n, 0, 1, True, k=n)

    def CND(self, k, places):
        u = F(1, 10 ** places)
        return GN(cn_dec(k, places), F(k, 10 ** places), u / 2, u, places == 0, k=k, pl=places)

    # ---- text helpers
    def punct(self, text):
        if not self.half:
            return text
        return text.translate(str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'}))


def brk(n, rng, where=None):
    """copy of a GN whose string is broken by a PDF line break"""
    s = n.s
    pos = [i for i in range(1, len(s)) if s[i - 1] not in ',，' and s[i] not in ',，']
    if not pos:
        return n
    i = rng.choice(pos) if where is None else where
    s2 = s[:i] + rng.choice(['\n', '\n', ' \n', '\r\n']) + s[i:]
    return GN(s2, n.v, n.h, n.u, n.exact, n.k, n.pl, n.mag)


# ---------------------------------------------------------------- generator-side evaluation

def g_iv(x):
    if isinstance(x, GN):
        return x.v - x.h, x.v + x.h, [x]
    if isinstance(x, list):
        lo = hi = F(0)
        ns = []
        for y in x:
            a, b, c = g_iv(y)
            lo, hi, ns = lo + a, hi + b, ns + c
        return lo, hi, ns
    if isinstance(x, dict):
        a, b, n1 = g_iv(x.get('sum', []))
        c, d, n2 = g_iv(x.get('sub', []))
        return a - d, b - c, n1 + n2
    raise TypeError(x)


def g_cmp_sum(lo, hi, wlo, whi, ns, partial=False):
    if lo <= whi and hi >= wlo:
        return 'consistent'
    if partial and hi < wlo:
        return 'negative'
    gap = max(lo - whi, wlo - hi)
    if all(n.exact for n in ns):
        return 'inconsistent'
    return 'inconsistent' if gap >= max(n.u for n in ns) else 'grey'


def g_cmp_rate(lo, hi, st):
    s, u = st.v, st.u
    if hi >= s - u / 2 and lo < s + u:
        return 'consistent'
    if lo >= s + 2 * u or hi <= s - 2 * u:
        return 'inconsistent'
    return 'grey'


def g_eval(c):
    rel = c['rel']
    if rel == 'sum_eq':
        lo, hi, a = g_iv(c['parts'])
        wlo, whi, b = g_iv(c['whole'])
        return g_cmp_sum(lo, hi, wlo, whi, a + b, c['mode'] == 'partial')
    if rel == 'linear':
        lo = hi = F(0)
        ns = []
        for sg, x in c['terms']:
            a, b, n = g_iv(x)
            ns += n
            lo, hi = (lo + a, hi + b) if sg == '+' else (lo - b, hi - a)
        wlo, whi, b = g_iv(c['result'])
        return g_cmp_sum(lo, hi, wlo, whi, ns + b)
    if rel == 'count':
        n, s = len(c['items']), c['stated'].v
        if n == s:
            return 'consistent'
        return 'negative' if (c.get('mode') == 'deng' and n < s) else 'inconsistent'
    if rel in ('pct', 'quot'):
        nlo, nhi, _ = g_iv(c['num'])
        dlo, dhi, _ = g_iv(c['den'])
        return g_cmp_rate(nlo / dhi, nhi / dlo, c['stated'])
    if rel in ('growth', 'real_growth'):
        blo, bhi, _ = g_iv(c['base'])
        clo, chi, _ = g_iv(c['cur'])
        lo, hi = clo / bhi - 1, chi / blo - 1
        if rel == 'growth':
            if c['sign'] < 0:
                lo, hi = -hi, -lo
            return g_cmp_rate(lo, hi, c['stated'])
        t = c['sign'] * c['stated'].v
        blo2, bhi2 = (1 + lo) / F(11, 10) - 1, (1 + hi) / F(19, 20) - 1
        if blo2 + F(1, 200) <= t <= bhi2 - F(1, 200):
            return 'negative'
        if t <= blo2 - F(6, 100) or t >= bhi2 + F(6, 100):
            return 'inconsistent'
        return 'grey'
    if rel == 'pp':
        flo, fhi, _ = g_iv(c['from'])
        tlo, thi, _ = g_iv(c['to'])
        lo, hi = (tlo - fhi) * 100, (thi - flo) * 100
        if c['sign'] < 0:
            lo, hi = -hi, -lo
        return g_cmp_rate(lo, hi, c['stated'])
    if rel == 'sum100':
        lo, hi, ns = g_iv(c['parts'])
        um = max(n.u for n in ns)
        if lo <= 1 <= hi:
            return 'consistent'
        if c['mode'] == 'partial' and hi < 1:
            return 'negative'
        if hi <= 1 - 2 * um or lo >= 1 + 2 * um:
            return 'inconsistent'
        return 'grey'
    if rel == 'overlap':
        w = c['whole']
        return 'negative' if all(p.v + p.h <= w.v - w.h for p in c['parts']) else 'grey'
    if rel == 'approx':
        q, s = c['qual'], c['stated'].v
        if 'parts' in c:
            lo, hi, _ = g_iv(c['parts'])
        else:
            nlo, nhi, _ = g_iv(c['num'])
            dlo, dhi, _ = g_iv(c['den'])
            lo, hi = nlo / dhi, nhi / dlo
        if q == '约':
            ok = lo >= s * F(95, 100) and hi <= s * F(105, 100)
        elif q == '近':
            ok = lo >= s * F(92, 100) and hi < s
        else:
            ok = lo > s and hi <= s * F(125, 100)
        return 'negative' if ok else 'grey'
    if rel == 'none':
        return 'negative'
    if rel == 'malformed':
        return 'malformed'
    raise ValueError(rel)


def g_label(checks):
    sts = [g_eval(c) for c in checks]
    if 'grey' in sts:
        return None
    if 'malformed' in sts:
        if 'inconsistent' in sts or 'negative' in sts:
            return None
        return 'inconsistent'
    if 'inconsistent' in sts:
        return 'inconsistent'
    if 'negative' in sts:
        return 'negative'
    return 'consistent'


def ser(x):
    if isinstance(x, GN):
        return x.s
    if isinstance(x, list):
        return [ser(y) for y in x]
    if isinstance(x, tuple):
        return [ser(y) for y in x]
    if isinstance(x, dict):
        return {k: ser(v) for k, v in x.items()}
    return x


# ---------------------------------------------------------------- check constructors

def SUM(whole, parts, mode='exact'):
    return {'rel': 'sum_eq', 'whole': whole, 'parts': list(parts), 'mode': mode}


def LIN(terms, result):
    return {'rel': 'linear', 'terms': [[s, x] for s, x in terms], 'result': result}


def CNT(stated, items, deng=False):
    c = {'rel': 'count', 'stated': stated, 'items': list(items)}
    if deng:
        c['mode'] = 'deng'
    return c


def PCT(stated, num, den, bare=False):
    c = {'rel': 'pct', 'stated': stated, 'num': num, 'den': den}
    if bare:
        c['bare_pct'] = True
    return c


def GRO(stated, sign, base, cur, bare=False, real=False):
    c = {'rel': 'real_growth' if real else 'growth', 'stated': stated, 'sign': sign,
         'base': base, 'cur': cur}
    if bare:
        c['bare_pct'] = True
    return c


def PP(stated, sign, frm, to):
    return {'rel': 'pp', 'stated': stated, 'sign': sign, 'from': frm, 'to': to}


def S100(parts, mode='exact', bare=False):
    c = {'rel': 'sum100', 'parts': list(parts), 'mode': mode}
    if bare:
        c['bare_pct'] = True
    return c


def QUOT(stated, num, den):
    return {'rel': 'quot', 'stated': stated, 'num': num, 'den': den}


def OVL(whole, parts):
    return {'rel': 'overlap', 'whole': whole, 'parts': list(parts)}


def APX(qual, stated, parts=None, num=None, den=None):
    c = {'rel': 'approx', 'qual': qual, 'stated': stated}
    if parts is not None:
        c['parts'] = list(parts)
    else:
        c['num'], c['den'] = num, den
    return c


def NONE(tokens, why):
    return {'rel': 'none', 'tokens': list(tokens), 'why': why}


def MAL(token):
    return {'rel': 'malformed', 'token': token}


# ---------------------------------------------------------------- small helpers

def transpose(k):
    s = str(k)
    pos = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[i + 1] == '0')]
    if not pos:
        return None, None
    return pos, s


def g_transpose(k, rng):
    pos, s = transpose(k)
    if not pos:
        return None
    i = rng.choice(pos)
    return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])


def g_slip(k, rng, up=None):
    """change one (non-leading) digit by one: off by 10, 100, ..."""
    s = str(k)
    if len(s) < 2:
        return None
    i = rng.randrange(1, len(s))
    d = int(s[i])
    cand = []
    if up in (None, True) and d < 9:
        cand.append(d + 1)
    if up in (None, False) and d > 0:
        cand.append(d - 1)
    if not cand:
        return None
    return int(s[:i] + str(rng.choice(cand)) + s[i + 1:])


def split(rng, total, k, lo_frac=0.06):
    """random composition of total into k positive integers"""
    if k == 1:
        return [total]
    for _ in range(100):
        w = [rng.uniform(0.3, 1.0) ** 1.6 for _ in range(k)]
        sw = sum(w)
        parts = [max(1, int(total * x / sw)) for x in w]
        parts[-1] = total - sum(parts[:-1])
        if min(parts) >= max(1, int(total * lo_frac / k)):
            return parts
    base = total // k
    return [base] * (k - 1) + [total - base * (k - 1)]


def inj_sum(c, parts, whole, names, kinds=None, partial=False):
    """inject one slip into a breakdown.  parts/whole are integer counts in their printed unit.
    returns (parts2, whole2, description)"""
    r = c.r
    kinds = list(kinds or ['omit', 'double', 'trans_whole', 'trans_part', 'off', 'slip_whole',
                           'slip_part', 'drop_digit'])
    if partial:
        kinds = [k for k in kinds if k not in ('double',)]
    for _ in range(30):
        kind = r.choice(kinds)
        p2, w2 = list(parts), whole
        i = r.randrange(len(parts))
        if kind == 'omit' and len(parts) >= 2:
            w2 = whole - parts[i]
            d = 'total leaves out %s' % names[i]
        elif kind == 'double':
            w2 = whole + parts[i]
            d = '%s counted twice in the total' % names[i]
        elif kind == 'trans_whole':
            w2 = g_transpose(whole, r)
            d = 'digits of the total transposed'
        elif kind == 'trans_part':
            p2[i] = g_transpose(parts[i], r)
            d = 'digits of %s transposed' % names[i]
        elif kind == 'off':
            w2 = whole + r.choice([-1, 1]) * r.randint(1, 9) * (1 if whole < 2000 else r.choice([1, 10]))
            d = 'total off by a few units'
        elif kind == 'slip_whole':
            w2 = g_slip(whole, r, up=False if partial else None)
            d = 'one digit of the total slipped'
        elif kind == 'slip_part':
            p2[i] = g_slip(parts[i], r, up=True if partial else None)
            d = 'one digit of %s slipped' % names[i]
        elif kind == 'drop_digit':
            s = str(whole)
            if len(s) < 3:
                continue
            j = r.randrange(1, len(s))
            w2 = int(s[:j] + s[j + 1:])
            d = 'a digit of the total dropped'
        else:
            continue
        if w2 is None or any(x is None for x in p2) or w2 <= 0 or min(p2) <= 0:
            continue
        if w2 == whole and p2 == parts:
            continue
        if partial and sum(p2) <= w2:
            continue
        return p2, w2, d
    return None


# ---------------------------------------------------------------- vocabulary

PL1 = '青澄云柳金石桐梅兰沙凤龙安宁平清禾溪川河塘岭峰泉源湾林松竹桥阳华庆丰兴隆永长新'
PL2 = '川溪山河阳城江湖源坪岗桥塘湾浦州林原亭洲岭口坝'


def place(c, kind=None):
    a = c.ch(PL1)
    b = c.ch(PL2)
    while b == a:
        b = c.ch(PL2)
    kind = kind or c.ch(['县', '区', '市', '县', '区'])
    return a + b + kind


def town(c):
    a, b = c.ch(PL1), c.ch(PL2)
    while b == a:
        b = c.ch(PL2)
    return a + b + c.ch(['镇', '镇', '乡', '街道'])


def towns(c, k):
    out = []
    while len(out) < k:
        t = town(c)
        if t not in out and all(t[:2] != o[:2] for o in out):
            out.append(t)
    return out


def villages(c, k):
    out = []
    while len(out) < k:
        t = c.ch(PL1) + c.ch('家庄坪湾岭河桥沟园堡屯塘') + c.ch(['村', '村', '社区'])
        if t not in out:
            out.append(t)
    return out


CN_SEQ = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
PAREN = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']


def yr(c, d=0):
    return '%d年' % (c.year + d)


def join_dun(items, c=None, last_he=False):
    if last_he and len(items) >= 2:
        return '、'.join(items[:-1]) + c.ch(['和', '及']) + items[-1]
    return '、'.join(items)


# ---------------------------------------------------------------- breakdown domains (totals)

def DOM(subj, whole, m, parts, other=None, r=(100, 5000), mag='', pl=0, tail=None):
    return dict(subj=subj, whole=whole, m=m, parts=parts, other=other, r=r, mag=mag, pl=pl,
                tail=tail or [])


DOMS = [
    DOM(['市信访局', '县信访局', '区信访局', '全县各级信访部门'], '受理群众信访事项', '件',
        ['来信', '来访', '网上信访', '领导信箱'], None, (400, 6000)),
    DOM(['12345政务服务便民热线', '市民服务热线', '12345热线'], '受理群众诉求', '件',
        ['咨询类', '求助类', '投诉类', '建议类'], '其他类', (8000, 150000)),
    DOM(['区人民法院', '县人民法院', '市中级人民法院', '全市两级法院'], '受理各类案件', '件',
        ['刑事案件', '民事案件', '行政案件', '执行案件'], '其他案件', (2000, 40000)),
    DOM(['县人民检察院', '区人民检察院', '市检察机关'], '受理审查起诉案件', '件',
        ['危险驾驶', '盗窃', '诈骗', '帮助信息网络犯罪活动', '故意伤害'], '其他罪名', (300, 3000)),
    DOM(['全县', '全区', '全市'], '共有在校学生', '人',
        ['幼儿园在园幼儿', '小学在校生', '初中在校生', '普通高中在校生', '中职在校生'], None,
        (10000, 300000)),
    DOM(['全县', '全区', '我市'], '共有各级各类学校', '所',
        ['幼儿园', '小学', '初中', '普通高中', '中等职业学校'], None, (60, 1500)),
    DOM(['全市', '全县', '全区'], '共有医疗卫生机构', '个',
        ['医院', '基层医疗卫生机构', '专业公共卫生机构'], '其他卫生机构', (300, 5000)),
    DOM(['全市', '全县', '本级'], '一般公共预算支出', '元',
        ['教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '城乡社区支出',
         '一般公共服务支出'], '其他支出', (2000, 40000), '亿', 2),
    DOM(['全市', '全区', '全县'], '完成税收收入', '元',
        ['增值税', '企业所得税', '个人所得税', '契税', '城市维护建设税'], '其他税种', (500, 30000),
        '亿', 2),
    DOM(['全县', '全区', '市场监管部门'], '新登记市场主体', '户',
        ['企业', '个体工商户', '农民专业合作社'], None, (1000, 60000)),
    DOM(['全县民政系统', '区民政局', '市民政局'], '发放各类救助资金', '元',
        ['城乡低保金', '特困人员供养金', '临时救助金', '孤儿基本生活费'], '其他救助资金',
        (30000, 2000000), '万', 2),
    DOM(['全县', '我区', '我市'], '受理中央生态环境保护督察转办信访件', '件',
        ['已办结', '阶段性办结', '正在办理'], None, (50, 800)),
    DOM(['全县', '全区', '各级各部门'], '排查整治各类安全隐患', '处',
        ['道路交通', '消防', '建筑施工', '危险化学品', '城镇燃气'], '其他领域', (500, 20000)),
    DOM(['全市', '全县'], '粮食播种面积', '亩',
        ['小麦', '玉米', '稻谷', '大豆', '薯类'], '其他杂粮', (500, 30000), '万', 2),
    DOM(['我校', '全市', '全省'], '录取新生', '人',
        ['普通本科', '高职（专科）'], None, (3000, 60000)),
    DOM(['市审计局', '县审计局', '区审计局'], '审计查出问题金额', '元',
        ['违规问题金额', '损失浪费问题金额', '管理不规范问题金额'], None, (100, 9000), '亿', 2),
    DOM(['全县', '全市', '景区'], '接待游客', '人次',
        ['一日游游客', '过夜游客'], None, (500, 20000), '万', 1),
    DOM(['全县', '全区', '全市'], '完成固定资产投资', '元',
        ['工业投资', '基础设施投资', '房地产开发投资', '社会事业投资'], '其他投资', (500, 9000),
        '亿', 1),
    DOM(['市医保局', '县医疗保障局', '全市'], '支出医保基金', '元',
        ['住院费用', '普通门诊费用', '门诊慢特病费用', '定点药店购药'], '其他支出',
        (3000, 90000), '万', 0),
    DOM(['全县', '全区'], '新改建农村公路', '公里',
        ['县道', '乡道', '村道'], None, (300, 9000), '', 1),
    DOM(['全县人社部门', '市人社局', '全区'], '开展职业技能培训', '人次',
        ['企业职工', '农村转移劳动力', '高校毕业生', '退役军人'], '其他人员', (3000, 80000)),
    DOM(['市市场监管局', '县市场监管局', '全区市场监管部门'], '检查食品生产经营主体', '家次',
        ['食品生产企业', '食品销售单位', '餐饮服务单位'], None, (1000, 30000)),
    DOM(['县人民检察院', '区人民检察院'], '立案办理公益诉讼案件', '件',
        ['生态环境和资源保护', '食品药品安全', '国有财产保护', '国有土地使用权出让'], '其他领域',
        (40, 900)),
    DOM(['全市', '全县'], '总诊疗人次', '人次',
        ['医院', '基层医疗卫生机构'], '其他医疗卫生机构', (10000, 900000), '万', 2),
    DOM(['全县', '全区', '全市'], '保障城乡低保对象', '人',
        ['城市低保对象', '农村低保对象'], None, (2000, 90000)),
    DOM(['县消防救援大队', '区消防救援大队', '市消防救援支队'], '接警出动', '起',
        ['火灾扑救', '抢险救援', '社会救助'], None, (300, 9000)),
    DOM(['12345热线', '市长热线'], '受理来电来件', '件',
        ['电话渠道', '网站渠道', '微信公众号', '手机APP'], '其他渠道', (8000, 200000)),
    DOM(['县政务服务中心', '区政务服务大厅', '市民中心'], '办理各类政务服务事项', '件',
        ['即办件', '承诺件', '联办件'], None, (20000, 900000)),
    DOM(['全县', '全区', '全市'], '实施重点项目', '个',
        ['产业项目', '基础设施项目', '民生项目', '生态环保项目'], '其他项目', (30, 400)),
    DOM(['全市', '全县'], '处理生活垃圾', '吨',
        ['焚烧处理', '卫生填埋', '资源化利用'], None, (500, 90000), '万', 2),
]


def bd(c, d, mode='exact', kmin=2, kmax=5):
    """names, part values, whole value (integers in the printed unit)"""
    lo, hi = d['r']
    whole = c.ri(lo, hi)
    if mode == 'exact':
        if d['other']:
            k = c.ri(max(2, kmin - 1), min(kmax - 1, len(d['parts'])))
            idx = sorted(c.sample(range(len(d['parts'])), k))
            names = [d['parts'][i] for i in idx] + [d['other']]
        else:
            names = list(d['parts'])
    else:
        k = c.ri(1, min(kmax, len(d['parts'])))
        idx = sorted(c.sample(range(len(d['parts'])), k))
        names = [d['parts'][i] for i in idx]
    parts = split(c.r, whole, len(names))
    if d['other'] and mode == 'exact' and len(parts) >= 2:
        # "其他" is usually the smallest item
        j = parts.index(min(parts))
        parts[j], parts[-1] = parts[-1], parts[j]
    return names, parts, whole


def dnum(c, d, k):
    return c.X(k, d['pl'], d['mag'])


def subj_open(c, d):
    s = c.ch(d['subj'])
    y = yr(c)
    mon = c.ri(5, 11)
    return c.ch([
        '%s，%s' % (y, s), '今年以来，%s' % s, '%s1—%d月，%s' % (y, mon, s),
        '%s，%s' % (y, s), '过去一年，%s' % s, '%s上半年，%s' % (y, s),
        '截至%s%d月底，%s' % (y, mon, s),
    ])


END_TAILS = ['。', '。', '，各项工作有序推进。', '，总体运行平稳。', '，工作成效明显。', '。']


def breakdown(c, label, mode='exact', kmin=2, kmax=5, dom=None, inj_kinds=None):
    d = dom or c.ch(DOMS)
    names, parts, whole = bd(c, d, mode, kmin, kmax)
    if label == 'inconsistent':
        res = inj_sum(c, parts, whole, names, inj_kinds, partial=(mode == 'partial'))
        if not res:
            return None
        parts, whole, desc = res
    elif label == 'consistent':
        desc = 'parts add up to the total'
    else:
        return None
    W = dnum(c, d, whole)
    P = [dnum(c, d, x) for x in parts]
    return d, names, P, W, desc


# ======================================================================================
#                                  TOTALS STYLES
# ======================================================================================

def items(c, names, P, m, form=None, sep=None):
    form = form or c.ch(['{n}{v}{m}', '{n}{v}{m}', '{n}为{v}{m}', '{n}{v}{m}'])
    sep = sep or c.ch(['、', '，', '、'])
    return sep.join(form.format(n=n, v=p.s, m=m) for n, p in zip(names, P))


def t_qizhong_fenbie(c, label):
    b = breakdown(c, label, 'partial' if label == 'inconsistent' else 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    if len(names) < 2:
        return None
    m = d['m']
    vals = '、'.join(p.s + m for p in P)
    t = '%s%s%s%s，其中%s分别为%s%s' % (subj_open(c, d), d['whole'], W, m, join_dun(names, c, c.p(0.4)),
                                     vals, c.ch(END_TAILS))
    return t, [SUM(W, P, 'partial')], desc


def t_fenbie_wei(c, label):
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    lead = c.ch(['，分别为', '。按类别分，', '，按类型划分：', '。从构成看，'])
    t = '%s%s%s%s%s%s%s' % (subj_open(c, d), d['whole'], W, m, lead, items(c, names, P, m),
                           c.ch(END_TAILS))
    return t, [SUM(W, P)], desc


def t_baokuo(c, label):
    d = c.ch([x for x in DOMS if x['other']])
    b = breakdown(c, label, 'exact', dom=d)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    t = '%s%s%s%s，包括%s%s' % (subj_open(c, d), d['whole'], W, m, items(c, names, P, m, sep='、'),
                             c.ch(END_TAILS))
    return t, [SUM(W, P)], desc


def t_parts_before_heji(c, label):
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    kw = c.ch(['合计', '合计', '共计', '总计', '以上合计', '%s项合计' % cn_int(len(names))])
    t = '%s%s：%s，%s%s%s%s' % (subj_open(c, d), d['whole'], items(c, names, P, m), kw, W, m,
                            c.ch(END_TAILS))
    return t, [SUM(W, P)], desc


def t_bracket_qizhong(c, label):
    b = breakdown(c, label, 'partial' if label == 'inconsistent' else 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    lb, rb = c.ch([('（', '）'), ('(', ')'), ('（', '）')])
    inner = items(c, names, P, m, sep=c.ch(['、', '，', '；']))
    t = '%s%s%s%s%s其中%s%s%s' % (subj_open(c, d), d['whole'], W, m, lb, inner, rb, c.ch(END_TAILS))
    return t, [SUM(W, P, 'partial')], desc


def t_han_bracket(c, label):
    # a project budget with its funding sources in a 含… bracket
    sources = [('中央预算内资金', '省级补助资金', '市县配套资金', '企业自筹资金'),
               ('专项债券资金', '一般债券资金', '财政预算资金'),
               ('上级补助', '本级配套', '社会资本')]
    src = list(c.ch(sources))
    k = c.ri(2, len(src))
    names = src[:k]
    mag, pl = c.ch([('万', 0), ('万', 2), ('亿', 2), ('万', 1)])
    whole = {('万', 0): (800, 90000), ('万', 2): (30000, 9000000), ('亿', 2): (100, 3000),
             ('万', 1): (3000, 900000)}[(mag, pl)]
    whole = c.ri(*whole)
    parts = split(c.r, whole, k)
    desc = 'funding sources add up to the total'
    if label == 'inconsistent':
        res = inj_sum(c, parts, whole, names, partial=True)
        if not res:
            return None
        parts, whole, desc = res
    W = c.X(whole, pl, mag)
    P = [c.X(x, pl, mag) for x in parts]
    proj = c.ch(['城区污水管网改造工程', '中心学校教学综合楼项目', '农村饮水安全巩固提升工程',
                 '县人民医院门急诊综合楼', '老旧小区改造项目', '高标准农田建设项目', '产业园标准厂房'])
    inner = '、'.join('%s%s元' % (n, p.s) for n, p in zip(names, P))
    lb, rb = c.ch([('（', '）'), ('(', ')')])
    t = '%s%s总投资%s元%s含%s%s，%s' % (yr(c), proj, W, lb, inner, rb,
                                  c.ch(['目前已完成主体工程。', '年内计划开工建设。', '已完成立项审批。']))
    return t, [SUM(W, P, 'partial')], desc


def t_gongji_colon(c, label):
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    kw = c.ch(['共计', '总计', '合计', '总数为'])
    sep = c.ch(['；', '，', '；'])
    body = sep.join('%s%s%s' % (n, p, m) for n, p in zip(names, P))
    t = '%s%s%s%s%s：%s。' % (subj_open(c, d), d['whole'], kw, W, m, body)
    return t, [SUM(W, P)], desc


def t_zongji_tail(c, label):
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    lines = ['%s%s' % (subj_open(c, d), d['whole'] + '情况如下：')]
    for n, p in zip(names, P):
        lines.append('%s：%s%s；' % (n, p, m))
    lines.append('%s：%s%s。' % (c.ch(['总计', '合计', '共计']), W, m))
    sep = c.ch(['', '\n'])
    return c.punct(sep.join(lines)), [SUM(W, P)], desc


def t_yigong_news(c, label):
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    src = c.ch(['记者从%s获悉' % c.ch(['市统计局', '县政府新闻办', '区融媒体中心', '市发展改革委']),
                '从新闻发布会上传出消息', '据%s介绍' % c.ch(['相关负责人', '该局负责同志'])])
    t = '%s，%s%s一共%s%s%s。从构成看，%s。' % (src, yr(c), c.ch(d['subj']), d['whole'], W, m,
                                       items(c, names, P, m, sep='，'))
    return t, [SUM(W, P)], desc


def t_leiji_years(c, label):
    k = c.ri(3, 5)
    y0 = c.year - k + 1
    what, m, mag, pl, r = c.ch([('累计新建改建农村公路', '公里', '', 1, (200, 3000)),
                                ('累计完成造林绿化', '亩', '万', 2, (100, 2000)),
                                ('累计实施棚户区改造', '套', '', 0, (300, 6000)),
                                ('累计发放创业担保贷款', '元', '亿', 2, (50, 900)),
                                ('累计培训高素质农民', '人', '', 0, (200, 3000))])
    parts = [c.ri(*r) for _ in range(k)]
    whole = sum(parts)
    names = ['%d年' % (y0 + i) for i in range(k)]
    desc = 'yearly figures add up to the cumulative total'
    if label == 'inconsistent':
        res = inj_sum(c, parts, whole, names)
        if not res:
            return None
        parts, whole, desc = res
    W = c.X(whole, pl, mag)
    P = [c.X(x, pl, mag) for x in parts]
    per = c.ch(['“十四五”以来', '%d—%d年' % (y0, c.year), '近%s年来' % cn_int(k)])
    body = '、'.join('%s%s' % (p, m) for p in P)
    t = '%s，%s%s%s，%d—%d年分别完成%s。' % (per, what, W, m, y0, c.year, body)
    return t, [SUM(W, P)], desc


# ======================================================================================
#                                  DRIVER
# ======================================================================================

LABELS3 = ('consistent', 'inconsistent', 'negative')
SHARES = {'consistent': 0.40, 'inconsistent': 0.45, 'negative': 0.15}
TARGET = 1420


def g_strings(x):
    if isinstance(x, GN):
        return [x.s]
    if isinstance(x, (list, tuple)):
        r = []
        for y in x:
            r += g_strings(y)
        return r
    if isinstance(x, dict):
        r = []
        for k, v in x.items():
            if k == 'terms':
                for _, y in v:
                    r += g_strings(y)
            elif k not in ('rel', 'mode', 'why', 'qual', 'sign', 'bare_pct'):
                r += g_strings(v)
        return r
    if isinstance(x, str):
        return [x]
    return []


def allocate(groups):
    by = {}
    for g in groups:
        by.setdefault(g[1], []).append(g)
    out = {}
    for lab, gs in by.items():
        tgt = int(round(TARGET * SHARES[lab]))
        base, rem = divmod(tgt, len(gs))
        for i, g in enumerate(gs):
            out[g] = max(10, min(13, base + (1 if i < rem else 0)))
    return out


class Mismatch(Exception):
    pass


def make_group(seed, family, style, fn, label, n, seen, stats):
    rng = random.Random(zlib.crc32(('%d|%s|%s|%s' % (seed, family, style, label)).encode()))
    out = []
    tries = 0
    while len(out) < n and tries < 600 * n:
        tries += 1
        c = Ctx(rng)
        res = fn(c, label)
        if not res:
            continue
        text, checks, desc = res
        if g_label(checks) != label:
            stats['dropped'] = stats.get('dropped', 0) + 1
            continue
        if text in seen:
            continue
        if any(s not in text for s in g_strings([ch for ch in checks])):
            raise Mismatch('%s/%s: operand not in text' % (style, label))
        rec = {'id': None, 'family': family, 'style': style, 'label': label, 'text': text,
               'note': '', 'checks': ser(checks)}
        try:
            vl, ar = v_record(rec)
        except VErr as e:
            stats.setdefault('mismatch', []).append('%s/%s: %s :: %s' % (style, label, e, text[:80]))
            continue
        if vl != label:
            stats.setdefault('mismatch', []).append('%s/%s: verifier %s :: %s' % (style, label, vl, text[:80]))
            continue
        rec['note'] = desc + ' | ' + v_note_tail(ar)
        seen.add(text)
        out.append(rec)
    if len(out) < n:
        stats.setdefault('short', []).append('%s/%s %d/%d' % (style, label, len(out), n))
    return out


def generate(seed, only=None):
    recs = []
    stats = {}
    for family in ('totals', 'pct'):
        groups = [(st, lab) for st, fn, labs in STYLES[family] for lab in labs]
        fns = {st: fn for st, fn, labs in STYLES[family]}
        al = allocate(groups)
        seen = set()
        fam = []
        for st, lab in groups:
            if only and st not in only:
                continue
            fam += make_group(seed, family, st, fns[st], lab, al[(st, lab)], seen, stats)
        random.Random(zlib.crc32(('%d|order|%s' % (seed, family)).encode())).shuffle(fam)
        for i, r in enumerate(fam, 1):
            r['id'] = 'n7-%s-%06d' % (family, i)
        recs += fam
    return recs, stats


def style_table(path):
    seen = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            key = (r['family'], r['style'])
            d = seen.setdefault(key, {'labels': {}, 'ex': None})
            d['labels'][r['label']] = d['labels'].get(r['label'], 0) + 1
            if d['ex'] is None or (r['label'] == 'consistent' and d['ex'][0] != 'consistent'):
                d['ex'] = (r['label'], r['text'])
    for f in ('totals', 'pct'):
        print('\n#### %s (%d styles)\n' % (f, sum(1 for k in seen if k[0] == f)))
        print('| style | labels (n) | example (seed 11) |')
        print('|---|---|---|')
        for (ff, s) in sorted(k for k in seen if k[0] == f):
            d = seen[(ff, s)]
            labs = ', '.join('%s %d' % (l[:3] if l != 'inconsistent' else 'inc', d['labels'][l])
                             for l in LABELS3 if l in d['labels'])
            ex = d['ex'][1].replace('\r', '').replace('\n', ' ⏎ ').replace('|', '\\|')
            if len(ex) > 110:
                ex = ex[:108] + '…'
            print('| `%s` | %s | %s |' % (s, labs, ex))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify')
    ap.add_argument('--style-table')
    ap.add_argument('--only', nargs='*')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if v_verify_file(a.verify) else 1)
    if a.style_table:
        style_table(a.style_table)
        return
    recs, stats = generate(a.seed, a.only)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    for k in ('short', 'mismatch'):
        for x in stats.get(k, [])[:40]:
            print(k, x, file=sys.stderr)
    print('%d records, dropped %d, mismatches %d, short groups %d' % (
        len(recs), stats.get('dropped', 0), len(stats.get('mismatch', [])), len(stats.get('short', []))),
        file=sys.stderr)


STYLES = {'totals': [], 'pct': []}


def register(family, name, fn, labels=('consistent', 'inconsistent')):
    STYLES[family].append((name, fn, tuple(labels)))


# ---------------------------------------------------------------- tables

def render_table(c, header, rows, kind):
    """rows: list of lists of strings (first row is header)"""
    allr = [header] + rows
    if kind == 'tab':
        return '\n'.join('\t'.join(r) for r in allr)
    if kind == 'md':
        lines = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join(['---'] * len(header)) + '|']
        lines += ['| ' + ' | '.join(r) + ' |' for r in rows]
        return '\n'.join(lines)
    if kind == 'bar':
        return '\n'.join('｜'.join(r) for r in allr)
    if kind == 'space':
        w = [max(len(r[i]) for r in allr) for i in range(len(header))]
        return '\n'.join('  '.join(x.ljust(w[i] + 1) if i < len(r) - 1 else x
                                   for i, x in enumerate(r)) for r in allr)
    if kind == 'lines':      # every cell on its own line, as PDF extraction often gives
        return '\n'.join('\n'.join(r) for r in allr)
    raise ValueError(kind)


TAB_TOPICS = [
    # title, row kind, columns [(name, unit, mag, places, lo, hi)]
    ('农村低保对象分布情况', 'town', [('户数', '户', '', 0, 80, 1500), ('人数', '人', '', 0, 150, 3200)]),
    ('易地扶贫搬迁安置情况', 'town', [('搬迁户数', '户', '', 0, 20, 600), ('搬迁人口', '人', '', 0, 60, 2400)]),
    ('高标准农田建设任务分解', 'town', [('建设面积（亩）', '', '', 0, 500, 12000), ('投资（万元）', '', '', 2, 8000, 200000)]),
    ('12345热线工单分布', 'town', [('受理量（件）', '', '', 0, 200, 9000)]),
    ('安全隐患排查整治情况', 'town', [('排查隐患（处）', '', '', 0, 30, 900), ('已整改（处）', '', '', 0, 20, 800)]),
    ('一般公共预算支出执行情况', 'func', [('执行数（万元）', '', '', 2, 30000, 900000)]),
    ('重点项目投资完成情况', 'proj', [('完成投资（万元）', '', '', 0, 300, 30000)]),
    ('城乡居民医保参保情况', 'town', [('参保人数（人）', '', '', 0, 3000, 60000)]),
    ('义务教育阶段学生数', 'town', [('小学（人）', '', '', 0, 300, 9000), ('初中（人）', '', '', 0, 150, 5000)]),
    ('各月受理案件数', 'month', [('受理（件）', '', '', 0, 40, 900)]),
]
FUNCS = ['一般公共服务', '公共安全', '教育', '科学技术', '文化旅游体育与传媒', '社会保障和就业',
         '卫生健康', '节能环保', '城乡社区', '农林水', '交通运输']
PROJS = ['滨江大道改造', '第二水厂扩建', '职教中心实训楼', '冷链物流园', '城南污水处理厂',
         '县医院新院区', '农贸市场提升', '光伏发电示范', '产业园道路', '智慧停车场']


def table_rows(c, rowkind, k):
    if rowkind == 'town':
        return towns(c, k)
    if rowkind == 'func':
        return c.sample(FUNCS, k)
    if rowkind == 'proj':
        return c.sample(PROJS, k)
    m0 = c.ri(1, 12 - k + 1)
    return ['%d月' % (m0 + i) for i in range(k)]


def tbl_generic(c, label, kind, ncols=None):
    title, rowkind, cols = c.ch(TAB_TOPICS)
    if ncols == 1:
        cols = cols[:1]
    k = c.ri(3, 7)
    names = table_rows(c, rowkind, k)
    colvals = []
    for (cn, u, mag, pl, lo, hi) in cols:
        colvals.append([c.ri(lo, hi) for _ in range(k)])
    totals = [sum(v) for v in colvals]
    desc = 'column totals add up'
    if label == 'inconsistent':
        j = c.ri(0, len(cols) - 1)
        res = inj_sum(c, colvals[j], totals[j], names)
        if not res:
            return None
        colvals[j], totals[j], d0 = res
        desc = '%s column: %s' % (cols[j][0], d0)
    sep = False if c.p(0.5) else None
    cells = [[c.X(v, col[3], col[2], sep=sep) for v in vals] for col, vals in zip(cols, colvals)]
    tots = [c.X(t, col[3], col[2], sep=sep) for col, t in zip(cols, totals)]
    first = {'town': c.ch(['乡镇', '乡镇（街道）', '单位']), 'func': '功能科目', 'proj': '项目名称',
             'month': '月份'}[rowkind]
    header = [first] + [col[0] for col in cols]
    rows = [[names[i]] + [cells[j][i].s for j in range(len(cols))] for i in range(k)]
    rows.append([c.ch(['合计', '合计', '总计', '全县合计', '合  计'])] + [t.s for t in tots])
    tab = render_table(c, header, rows, kind)
    cap = c.ch(['表%d  %s%s%s' % (c.ri(1, 9), place(c), yr(c), title), '附表：%s' % title,
                '%s%s统计表' % (yr(c), title.replace('情况', ''))])
    text = cap + '\n' + tab
    checks = [SUM(t, cl) for t, cl in zip(tots, cells)]
    return text, checks, desc


def t_table_tab(c, label):
    return tbl_generic(c, label, 'tab')


def t_table_markdown(c, label):
    return tbl_generic(c, label, 'md')


def t_table_fullbar(c, label):
    return tbl_generic(c, label, 'bar')


def t_table_spaces(c, label):
    return tbl_generic(c, label, 'space')


def t_table_cell_lines(c, label):
    return tbl_generic(c, label, 'lines', ncols=1)


def t_table_row_total_col(c, label):
    """rows with their own 合计 column: 城镇 | 农村 | 合计"""
    topic, cols, lo, hi, unit = c.ch([
        ('参保人数', ['职工医保', '居民医保'], 500, 40000, '人'),
        ('新增就业', ['城镇新增就业', '农村劳动力转移'], 50, 3000, '人'),
        ('受理案件', ['民事', '刑事', '行政'], 20, 3000, '件'),
        ('已整改问题', ['立行立改', '限期整改'], 5, 600, '个'),
        ('改造户数', ['户厕改造', '危房改造'], 10, 2000, '户'),
    ])
    k = c.ri(3, 6)
    names = towns(c, k)
    vals = [[c.ri(lo, hi) for _ in cols] for _ in range(k)]
    tots = [sum(v) for v in vals]
    desc = 'every row total adds up'
    if label == 'inconsistent':
        i = c.ri(0, k - 1)
        res = inj_sum(c, vals[i], tots[i], cols)
        if not res:
            return None
        vals[i], tots[i], d0 = res
        desc = 'row %s: %s' % (names[i], d0)
    kind = c.ch(['tab', 'md', 'bar', 'space'])
    sep = False if c.p(0.6) else None
    V = [[c.I(x, sep=sep) for x in row] for row in vals]
    T_ = [c.I(x, sep=sep) for x in tots]
    header = ['单位'] + cols + [c.ch(['合计', '小计', '总数'])]
    rows = [[names[i]] + [v.s for v in V[i]] + [T_[i].s] for i in range(k)]
    text = '%s%s分乡镇%s情况（单位：%s）\n' % (place(c), yr(c), topic, unit) + \
        render_table(c, header, rows, kind)
    return text, [SUM(T_[i], V[i]) for i in range(k)], desc


def t_table_both_totals(c, label):
    cols, what = c.ch([(['一季度', '二季度', '三季度', '四季度'], '受理信访件（件）'),
                       (['上半年', '下半年'], '办理政务服务事项（件）'),
                       (['咨询', '投诉', '求助'], '12345热线工单（件）'),
                       (['男', '女'], '职业技能培训人数（人）'),
                       (['企业', '个体工商户'], '新增市场主体（户）'),
                       (['一季度', '二季度', '三季度'], '门急诊人次')])
    k = c.ri(3, 5)
    names = towns(c, k)
    vals = [[c.ri(20, 2000) for _ in cols] for _ in range(k)]
    rt = [sum(v) for v in vals]
    ct = [sum(vals[i][j] for i in range(k)) for j in range(len(cols))]
    gt = sum(rt)
    desc = 'row totals, column totals and grand total add up'
    if label == 'inconsistent':
        kindi = c.ch(['cell', 'rowtot', 'coltot', 'grand'])
        i, j = c.ri(0, k - 1), c.ri(0, len(cols) - 1)
        if kindi == 'cell':
            nv = c.ch([g_transpose(vals[i][j], c.r), g_slip(vals[i][j], c.r)])
            if not nv or nv == vals[i][j]:
                return None
            vals[i][j] = nv
            desc = 'cell %s/%s mistyped, totals computed from the true value' % (names[i], cols[j])
        elif kindi == 'rowtot':
            nv = g_transpose(rt[i], c.r) or rt[i] + 10
            rt[i] = nv
            desc = 'row total of %s mistyped' % names[i]
        elif kindi == 'coltot':
            ct[j] = ct[j] - vals[c.ri(0, k - 1)][j]
            desc = 'column total of %s leaves out one row' % cols[j]
        else:
            gt = gt + c.ch([-1, 1]) * c.ri(1, 30)
            desc = 'grand total off'
    sep = False
    V = [[c.I(x, sep=sep) for x in row] for row in vals]
    R = [c.I(x, sep=sep) for x in rt]
    C_ = [c.I(x, sep=sep) for x in ct]
    G = c.I(gt, sep=sep)
    header = ['单位'] + cols + ['合计']
    rows = [[names[i]] + [v.s for v in V[i]] + [R[i].s] for i in range(k)]
    rows.append(['合计'] + [x.s for x in C_] + [G.s])
    text = '%s%s分单位%s\n' % (place(c), yr(c), what) + render_table(c, header, rows, c.ch(['tab', 'md', 'space']))
    checks = [SUM(R[i], V[i]) for i in range(k)] + [SUM(C_[j], [V[i][j] for i in range(k)])
                                                    for j in range(len(cols))]
    checks.append(SUM(G, R))
    return text, checks, desc


# ---------------------------------------------------------------- numbered, nested, spread

FILLERS = ['坚持问题导向，压实工作责任', '建立工作台账，实行销号管理', '强化部门协同，形成工作合力',
           '加强督查督办，确保按期完成', '健全长效机制，推动常态长效', '注重源头治理，减少增量',
           '优化办理流程，提高办理质效', '开展回头看，防止问题反弹', '落实领导包案制度',
           '定期通报进展情况', '聚焦群众急难愁盼', '严格按照时间节点推进']


def t_numbered_yishi(c, label):
    b = breakdown(c, label, 'exact', kmin=3)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    segs = []
    for i, (n, p) in enumerate(zip(names, P)):
        segs.append('%s是%s%s%s' % (CN_SEQ[i], n, p, m))
    body = '；'.join(segs) + '。'
    if c.p(0.5):
        t = '%s%s%s%s。%s' % (subj_open(c, d), d['whole'], W, m, body)
    else:
        t = '%s%s：%s以上%s%s%s。' % (subj_open(c, d), d['whole'], body,
                                   c.ch(['共计', '合计', '总计']), W, m)
    return c.punct(t), [SUM(W, P)], desc


def t_numbered_paren(c, label):
    b = breakdown(c, label, 'exact', kmin=3)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    lines = ['%s%s' % (subj_open(c, d), d['whole'] + '情况')]
    for i, (n, p) in enumerate(zip(names, P)):
        lines.append('%s%s。%s，全年%s%s%s。' % (PAREN[i], n, c.ch(FILLERS), c.ch(['共', '', '完成']), p, m))
    lines.append('以上%s类合计%s%s。' % (cn_int(len(names)), W, m))
    return '\n'.join(lines), [SUM(W, P)], desc


def t_numbered_arabic(c, label):
    b = breakdown(c, label, 'exact', kmin=3)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    fmt = c.ch(['%d.', '%d、', '（%d）', '%d)'])
    lines = ['%s%s%s%s，具体如下：' % (subj_open(c, d), d['whole'], W, m)]
    for i, (n, p) in enumerate(zip(names, P)):
        lines.append('%s%s%s%s；' % (fmt % (i + 1), n, c.ch(['', '：', ' ']), p.s + m))
    lines[-1] = lines[-1][:-1] + '。'
    return '\n'.join(lines), [SUM(W, P)], desc


NESTS = [
    # top whole, unit/mag/places, [(part, [subparts] or None)]
    ('一般公共预算收入', '元', '亿', 2, (3000, 60000), [('税收收入', ['增值税', '企业所得税', '个人所得税', '其他税收']),
                                  ('非税收入', ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入'])]),
    ('在校学生', '人', '', 0, (8000, 200000), [('义务教育阶段', ['小学', '初中']), ('学前教育', None), ('普通高中', None)]),
    ('受理各类案件', '件', '', 0, (3000, 40000), [('民事案件', ['婚姻家庭纠纷', '合同纠纷', '侵权纠纷', '其他民事纠纷']),
                              ('刑事案件', None), ('行政案件', None)]),
    ('到位资金', '元', '万', 2, (20000, 900000), [('上级资金', ['中央资金', '省级资金', '市级资金']), ('县级配套资金', None),
                              ('社会资金', None)]),
    ('新增就业', '人', '', 0, (3000, 60000), [('城镇新增就业', None), ('农村劳动力转移就业', ['县内就业', '省内县外就业', '省外就业'])]),
    ('医保基金支出', '元', '万', 0, (5000, 90000), [('职工医保', ['统筹基金', '个人账户']), ('居民医保', None)]),
    ('农作物播种面积', '亩', '万', 1, (300, 3000), [('粮食作物', ['稻谷', '小麦', '玉米', '其他粮食作物']),
                                ('经济作物', ['油料', '蔬菜', '其他经济作物'])]),
]


def t_nested_two_level(c, label):
    top, m, mag, pl, rng, spec = c.ch(NESTS)
    whole = c.ri(*rng)
    lvl1 = split(c.r, whole, len(spec))
    subs = []
    for (pn, sub), v in zip(spec, lvl1):
        subs.append(split(c.r, v, len(sub)) if sub else None)
    desc = 'both levels add up'
    if label == 'inconsistent':
        if c.p(0.5):
            res = inj_sum(c, lvl1, whole, [p for p, _ in spec])
            if not res:
                return None
            lvl1, whole, desc = res
            desc = 'top level: ' + desc
            # sub-breakdowns keep following the (possibly mistyped) first-level figures
            for i, (pn, sub) in enumerate(spec):
                if sub and sum(subs[i]) != lvl1[i]:
                    subs[i] = split(c.r, lvl1[i], len(sub))
        else:
            cand = [i for i, (pn, sub) in enumerate(spec) if sub]
            i = c.ch(cand)
            res = inj_sum(c, subs[i], lvl1[i], spec[i][1], kinds=['omit', 'double', 'trans_part', 'slip_part'])
            if not res:
                return None
            subs[i], _, d0 = res[0], res[1], res[2]
            if res[1] != lvl1[i]:
                return None
            desc = 'second level under %s: %s' % (spec[i][0], d0)
    X = lambda k: c.X(k, pl, mag)
    W = X(whole)
    L1 = [X(v) for v in lvl1]
    S = [[X(v) for v in s] if s else None for s in subs]
    u = mag + m if mag else m
    sents = ['%s%s%s%s%s，%s' % (yr(c), c.ch(['全县', '全市', '全区', '本级']), top,
                                c.ch(['', '共', '合计']), W.s + m,
                                '、'.join('%s%s%s' % (pn, c.ch(['', '为']), L1[i].s + m) for i, (pn, _) in enumerate(spec)))]
    for i, (pn, sub) in enumerate(spec):
        if sub:
            sents.append('%s中，%s' % (pn, '、'.join('%s%s' % (sn, S[i][j].s + m) for j, sn in enumerate(sub))))
    t = '。'.join(sents) + '。'
    checks = [SUM(W, L1)] + [SUM(L1[i], S[i]) for i in range(len(spec)) if S[i]]
    return t, checks, desc


def t_nested_three_level(c, label):
    # cases -> civil -> contract disputes -> kinds
    total = c.ri(6000, 40000)
    l1n = ['民商事案件', '刑事案件', '行政案件', '执行案件']
    l1 = split(c.r, total, 4)
    l2n = ['合同纠纷', '婚姻家庭纠纷', '劳动争议', '其他民商事纠纷']
    l2 = split(c.r, l1[0], 4)
    l3n = ['买卖合同', '民间借贷', '金融借款', '其他合同']
    l3 = split(c.r, l2[0], 4)
    desc = 'three levels add up'
    if label == 'inconsistent':
        lv = c.ri(1, 3)
        if lv == 1:
            res = inj_sum(c, l1, total, l1n, kinds=['trans_whole', 'off', 'slip_whole', 'omit'])
            if not res:
                return None
            l1, total, desc = res[0], res[1], 'first level: ' + res[2]
        elif lv == 2:
            res = inj_sum(c, l2, l1[0], l2n, kinds=['trans_part', 'slip_part', 'double'])
            if not res or res[1] != l1[0]:
                return None
            l2, desc = res[0], 'second level: ' + res[2]
            if sum(l3) != l2[0]:
                l3 = split(c.r, l2[0], 4)
        else:
            res = inj_sum(c, l3, l2[0], l3n, kinds=['trans_part', 'slip_part', 'omit', 'double'])
            if not res or res[1] != l2[0]:
                return None
            l3, desc = res[0], 'third level: ' + res[2]
    I = c.I
    T_, L1, L2, L3 = I(total), [I(x) for x in l1], [I(x) for x in l2], [I(x) for x in l3]
    court = c.ch(['区人民法院', '县人民法院', '市中级人民法院'])
    form = c.ri(0, 2)
    if form == 0:
        t = ('%s，%s共受理各类案件%s件，分别为%s。民商事案件中，%s。合同纠纷案件按类型分，%s。' % (
            yr(c), court, T_, '、'.join('%s%s件' % (n, v) for n, v in zip(l1n, L1)),
            '，'.join('%s%s件' % (n, v) for n, v in zip(l2n, L2)),
            '、'.join('%s%s件' % (n, v) for n, v in zip(l3n, L3))))
    elif form == 1:
        t = '一、收案情况\n全年受理案件%s件。\n（一）%s%s件\n1.%s%s件（%s）\n2.%s\n（二）%s' % (
            T_, l1n[0], L1[0], l2n[0], L2[0], '、'.join('%s%s件' % (n, v) for n, v in zip(l3n, L3)),
            '；'.join('%s%s件' % (n, v) for n, v in zip(l2n[1:], L2[1:])),
            '；'.join('%s%s件' % (n, v) for n, v in zip(l1n[1:], L1[1:])))
    else:
        t = '%s%s受理的%s件案件中，%s；%s%s件，包括%s；合同纠纷又细分为%s。' % (
            court, yr(c), T_, '，'.join('%s%s件' % (n, v) for n, v in zip(l1n[1:], L1[1:])), l1n[0], L1[0],
            '、'.join('%s%s件' % (n, v) for n, v in zip(l2n, L2)),
            '、'.join('%s%s件' % (n, v) for n, v in zip(l3n, L3)))
    return c.punct(t), [SUM(T_, L1), SUM(L1[0], L2), SUM(L2[0], L3)], desc


def t_parallel_breakdowns(c, label):
    # the same population split two ways
    what, m, a, b = c.ch([('年末户籍人口', '人', ('男性', '女性'), ('城镇人口', '乡村人口')),
                          ('在岗职工', '人', ('男职工', '女职工'), ('在编人员', '编外人员')),
                          ('参加高考考生', '人', ('男生', '女生'), ('普通类考生', '艺体类考生')),
                          ('登记失业人员', '人', ('男性', '女性'), ('城镇户籍', '农村户籍'))])
    whole = c.ri(3000, 900000)
    p1, p2 = split(c.r, whole, 2), split(c.r, whole, 2)
    desc = 'both splits add up'
    which = 0
    if label == 'inconsistent':
        which = c.ri(0, 1)
        res = inj_sum(c, [p1, p2][which], whole, list([a, b][which]), kinds=['trans_part', 'slip_part', 'off'])
        if not res or res[1] != whole:
            return None
        if which == 0:
            p1 = res[0]
        else:
            p2 = res[0]
        desc = 'second split: ' if which else 'first split: '
        desc += res[2]
    W = c.I(whole)
    A = [c.I(x) for x in p1]
    B = [c.I(x) for x in p2]
    t = '%s%s%s%s%s。%s%s%s%s、%s%s%s；%s%s%s，%s%s%s。' % (
        yr(c), place(c), what, W, m, c.ch(['按性别分，', '从性别看，', '']), a[0], A[0], m, a[1], A[1], m,
        b[0], B[0], m, b[1], B[1], m)
    return c.punct(t), [SUM(W, A), SUM(W, B)], desc


def t_across_sentences(c, label):
    b = breakdown(c, label, 'exact', kmin=3)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    sents = ['%s%s%s%s' % (subj_open(c, d), d['whole'], W, m)]
    fill = c.sample(FILLERS, len(names))
    for i, (n, p) in enumerate(zip(names, P)):
        sents.append('%s%s方面，%s%s' % (c.ch(['在', '', '']), n, c.ch(['共', '']), p.s + m + '，' + fill[i]))
    return '。'.join(sents) + '。', [SUM(W, P)], desc


# ---------------------------------------------------------------- changes, stock and flow

CHG = [
    # name, measure, mag, places, (lo, hi) in printed units
    ('规模以上工业企业', '家', '', 0, (40, 900)),
    ('高新技术企业', '家', '', 0, (20, 600)),
    ('国家A级旅游景区', '个', '', 0, (5, 60)),
    ('执业（助理）医师', '人', '', 0, (800, 9000)),
    ('养老机构床位', '张', '', 0, (1000, 20000)),
    ('5G基站', '个', '', 0, (300, 9000)),
    ('实有市场主体', '户', '万', 2, (300, 9000)),
    ('城乡居民储蓄存款余额', '元', '亿', 1, (800, 9000)),
    ('各项贷款余额', '元', '亿', 2, (8000, 90000)),
    ('注册志愿者', '人', '万', 2, (100, 4000)),
    ('农民专业合作社', '家', '', 0, (200, 3000)),
    ('省级以上农业产业化龙头企业', '家', '', 0, (8, 90)),
    ('家庭医生签约人数', '人', '万', 1, (50, 900)),
    ('公共充电桩', '个', '', 0, (200, 9000)),
]


def chg_values(c, lab_sign=None):
    name, m, mag, pl, (lo, hi) = c.ch(CHG)
    x = c.ri(lo, hi)
    up = c.p(0.75) if lab_sign is None else lab_sign
    dz = max(1, int(x * c.r.uniform(0.03, 0.35)))
    y = x + dz if up else x - dz
    return name, m, mag, pl, x, y, dz, up


def chg_err(c, x, y, dz, up):
    """returns (x, y, dz, desc) with one slip"""
    k = c.ch(['trans_z', 'trans_y', 'off', 'reverse', 'slip_z', 'slip_y'])
    if k == 'trans_z':
        z2 = g_transpose(dz, c.r)
        return (x, y, z2, 'digits of the change transposed') if z2 and z2 != dz else None
    if k == 'trans_y':
        y2 = g_transpose(y, c.r)
        return (x, y2, dz, 'digits of the new value transposed') if y2 and y2 != y else None
    if k == 'off':
        return x, y, dz + c.ch([-1, 1]) * c.ri(1, 9), 'change off by a few units'
    if k == 'reverse':
        return x, y, x + y if c.p(0.3) else dz * 2, 'change computed wrongly'
    if k == 'slip_z':
        z2 = g_slip(dz, c.r)
        return (x, y, z2, 'one digit of the change slipped') if z2 else None
    y2 = g_slip(y, c.r)
    return (x, y2, dz, 'one digit of the new value slipped') if y2 else None


def t_change_youzengzhi(c, label):
    name, m, mag, pl, x, y, dz, up = chg_values(c)
    desc = 'old + change = new'
    if label == 'inconsistent':
        e = chg_err(c, x, y, dz, up)
        if not e or min(e[:3]) <= 0:
            return None
        x, y, dz, desc = e
    X, Y, Z = c.X(x, pl, mag), c.X(y, pl, mag), c.X(dz, pl, mag)
    v1, v2 = ('增至', '增加') if up else ('减至', '减少')
    v1 = c.ch([v1, '增加到' if up else '下降到', '发展到' if up else '减少到'])
    pre = c.ch(['%s由%s的' % (name, yr(c, -1)), '%s由上年末的' % name, '%s从%s年末的' % (name, c.year - 1)])
    t = '%s%s%s%s%s%s%s，%s%s%s%s' % (pre, X, m, v1, c.ch(['', '%s年末的' % c.year, '目前的']), Y, m,
                                  c.ch(['', '净', '']) + v2, Z, m, c.ch(END_TAILS))
    terms = [('+', X), ('+' if up else '-', Z)]
    return t, [LIN(terms, Y)], desc


def t_change_bishangnian(c, label):
    name, m, mag, pl, x, y, dz, up = chg_values(c)
    desc = 'last year + change = this year'
    if label == 'inconsistent':
        e = chg_err(c, x, y, dz, up)
        if not e or min(e[:3]) <= 0:
            return None
        x, y, dz, desc = e
    X, Y, Z = c.X(x, pl, mag), c.X(y, pl, mag), c.X(dz, pl, mag)
    v = c.ch(['增加', '多']) if up else c.ch(['减少', '少'])
    form = c.ri(0, 2)
    if form == 0:
        t = '截至%s年末，全%s%s达到%s%s，比上年%s%s%s（上年为%s%s）。' % (c.year, c.ch('县区市'), name, Y, m, v, Z, m, X, m)
    elif form == 1:
        t = '%s%s%s%s，%s%s%s，比上年的%s%s%s%s%s。' % (yr(c), place(c), name, c.ch(['达', '为', '']), Y, m,
                                              '', X, m, v, Z, m)
    else:
        t = '%s年末%s%s%s，上年末%s%s，同比%s%s%s。' % (c.year, name, Y, m, X, m, v, Z, m)
    terms = [('+', X), ('+' if up else '-', Z)]
    return c.punct(t), [LIN(terms, Y)], desc


NET = [('新登记市场主体', '注销', '户', '市场主体'), ('新发展党员', '减少（含死亡、出党）', '名', '党员'),
       ('新纳入低保', '退出低保', '户', '低保户'), ('新增规上工业企业', '退库', '家', '规上工业企业'),
       ('新增纳税人', '注销纳税人', '户', '纳税人'), ('新增参保', '停保', '人', '参保人员'),
       ('新认定高新技术企业', '到期未通过复审', '家', '高新技术企业')]


def t_net_change(c, label):
    add, rem, m, who = c.ch(NET)
    a = c.ri(50, 9000)
    b = c.ri(10, a - 5)
    n = a - b
    desc = 'additions - removals = net increase'
    if label == 'inconsistent':
        k = c.ch(['sum', 'trans', 'off', 'slip'])
        if k == 'sum':
            n, desc = a + b, 'net figure adds the removals instead of subtracting'
        elif k == 'trans':
            n2 = g_transpose(n, c.r)
            if not n2 or n2 == n:
                return None
            n, desc = n2, 'digits of the net figure transposed'
        elif k == 'off':
            n, desc = n + c.ch([-1, 1]) * c.ri(1, 12), 'net figure off by a few units'
        else:
            a2 = g_slip(a, c.r)
            if not a2:
                return None
            a, desc = a2, 'one digit of the additions slipped'
    A, B, N = c.I(a), c.I(b), c.I(n)
    t = c.ch(['%s%s%s%s，%s%s%s，净增%s%s。', '%s%s%s%s、%s%s%s，%s净增%s%s。']) 
    if t.count('%s') == 10:
        t = t % (yr(c), add, A, m, rem, B, m, who, N, m)
    else:
        t = t % (yr(c), add, A, m, rem, B, m, N, m)
    return c.punct(t), [LIN([('+', A), ('-', B)], N)], desc


def t_net_decrease(c, label):
    what, m = c.ch([('建档立卡监测对象', '户'), ('在册低保对象', '人'), ('信访积案', '件'),
                    ('煤矿企业', '处'), ('散乱污企业', '家'), ('农村危房', '户'), ('存量隐患', '处')])
    out = c.ri(40, 3000)
    add = c.ri(5, out - 10)
    n = out - add
    desc = 'removals - additions = net decrease'
    if label == 'inconsistent':
        k = c.ch(['sum', 'trans', 'off'])
        if k == 'sum':
            n, desc = out + add, 'net decrease adds both flows'
        elif k == 'trans':
            n2 = g_transpose(n, c.r)
            if not n2 or n2 == n:
                return None
            n, desc = n2, 'digits of the net decrease transposed'
        else:
            n, desc = n + c.ch([-1, 1]) * c.ri(1, 9), 'net decrease off by a few'
    O, A, N = c.I(out), c.I(add), c.I(n)
    v_out = c.ch(['退出', '销号', '关停', '化解', '清零'])
    t = '%s，%s%s%s%s，新增%s%s，净减少%s%s，%s。' % (yr(c), what, v_out, O, m, A, m, N, m,
                                          c.ch(['总量持续下降', '存量进一步压减', '呈逐年下降趋势']))
    if c.p(0.4):
        t = t.replace('净减少', '净减')
    return c.punct(t), [LIN([('+', O), ('-', A)], N)], desc


STOCK = [
    ('信访积案', '件', '年初积存', '新交办', '化解', '年底剩余'),
    ('社区矫正对象', '人', '年初在册', '新接收', '解除矫正', '年末在册'),
    ('特困供养人员', '人', '年初', '新纳入', '退出（含死亡）', '年末'),
    ('储备项目', '个', '年初在库', '新入库', '开工转出', '年末在库'),
    ('农村低保对象', '户', '年初', '新增', '退出', '年末'),
    ('党员', '名', '年初', '发展和转入', '转出和死亡', '年末'),
    ('待整改问题', '个', '年初剩余', '新发现', '整改销号', '目前剩余'),
    ('登记失业人员', '人', '年初', '新登记', '实现就业或注销', '年末'),
]


def t_stock_flow(c, label):
    what, m, s0n, an, bn, s1n = c.ch(STOCK)
    s0 = c.ri(30, 6000)
    a = c.ri(5, max(10, s0 // 2))
    b = c.ri(5, max(10, (s0 + a) // 3))
    s1 = s0 + a - b
    if s1 <= 0:
        return None
    desc = 'opening + inflow - outflow = closing'
    if label == 'inconsistent':
        k = c.ch(['sign', 'sign', 'trans', 'off', 'omit'])
        if k == 'sign':
            s1, desc = s0 + a + b, 'outflow added instead of subtracted'
            if c.p(0.4):
                s1, desc = s0 - a + b, 'inflow and outflow signs swapped'
        elif k == 'trans':
            x = g_transpose(s1, c.r)
            if not x or x == s1:
                return None
            s1, desc = x, 'digits of the closing figure transposed'
        elif k == 'off':
            s1, desc = s1 + c.ch([-1, 1]) * c.ri(1, 9), 'closing figure off by a few'
        else:
            s1, desc = s0 + a, 'closing figure forgets the outflow'
        if s1 <= 0:
            return None
    S0, A, B, S1 = c.I(s0), c.I(a), c.I(b), c.I(s1)
    form = c.ri(0, 2)
    if form == 0:
        t = '%s%s%s%s，%s%s%s，%s%s%s，%s%s%s%s。' % (s0n, what, S0, m, c.ch(['全年', '本年', '']) + an, A, m,
                                           bn, B, m, s1n, c.ch(['', '实有', '共有']), S1, m)
    elif form == 1:
        t = '%s：%s%s%s；%s%s%s；%s%s%s；%s%s%s。' % (what + '动态管理情况', s0n, S0, m, an, A, m, bn, B, m, s1n, S1, m)
    else:
        t = '%s%s底，全%s%s%s%s。%s，%s%s%s、%s%s%s（%s%s%s）。' % (
            yr(c), c.ch(['12月', '年']), c.ch('县区市'), what, S1, m, c.ch(['年内', '全年']), an, A, m,
            bn, B, m, s0n, S0, m)
    return c.punct(t), [LIN([('+', S0), ('+', A), ('-', B)], S1)], desc


def t_stock_flow_table(c, label):
    rows = c.sample(STOCK, c.ri(2, 4))
    k = len(rows)
    vals = []
    for _ in range(k):
        s0 = c.ri(30, 3000)
        a = c.ri(5, s0 // 2 + 5)
        b = c.ri(5, s0 // 2 + 5)
        vals.append([s0, a, b, s0 + a - b])
    desc = 'every row: opening + inflow - outflow = closing'
    if label == 'inconsistent':
        i = c.ri(0, k - 1)
        s0, a, b, s1 = vals[i]
        if c.p(0.5):
            vals[i][3] = s0 + a + b
            desc = 'row %s: outflow added' % rows[i][0]
        else:
            x = g_transpose(s1, c.r)
            if not x or x == s1:
                return None
            vals[i][3] = x
            desc = 'row %s: closing figure transposed' % rows[i][0]
    N = [[c.I(x, sep=False) for x in r] for r in vals]
    header = ['项目', '年初数', '本年增加', '本年减少', '年末数']
    body = [[rows[i][0] + '（' + rows[i][1] + '）'] + [x.s for x in N[i]] for i in range(k)]
    text = '%s%s动态管理台账\n' % (place(c), yr(c)) + render_table(c, header, body, c.ch(['tab', 'md', 'bar', 'space']))
    checks = [LIN([('+', N[i][0]), ('+', N[i][1]), ('-', N[i][2])], N[i][3]) for i in range(k)]
    return text, checks, desc


def t_cumulative_quarters(c, label):
    what, m, mag, pl, lo, hi = c.ch([('完成固定资产投资', '元', '亿', 2, 500, 9000),
                                     ('受理12345热线工单', '件', '', 0, 3000, 40000),
                                     ('实现社会消费品零售总额', '元', '亿', 1, 100, 3000),
                                     ('办理不动产登记', '件', '', 0, 800, 9000),
                                     ('完成工业用电量', '千瓦时', '亿', 2, 100, 3000)])
    lev = c.ri(lo, hi)
    q = [int(lev * c.r.uniform(0.75, 1.3)) for _ in range(4)]
    tot = sum(q)
    names = ['一季度', '二季度', '三季度', '四季度']
    desc = 'four quarters add up to the year'
    if label == 'inconsistent':
        res = inj_sum(c, q, tot, names)
        if not res:
            return None
        q, tot, desc = res
    Q = [c.X(x, pl, mag) for x in q]
    T_ = c.X(tot, pl, mag)
    if c.p(0.5):
        t = '%s全年%s%s%s，%s' % (yr(c), what, T_, m, '，'.join('%s%s%s' % (n, x, m) for n, x in zip(names, Q))) + '。'
    else:
        t = '%s、%s、%s、%s分别%s%s%s、%s%s、%s%s、%s%s，全年累计%s%s。' % (
            names[0], names[1], names[2], names[3], what, Q[0], m, Q[1], m, Q[2], m, Q[3], m, T_, m)
    return c.punct(t), [SUM(T_, Q)], desc


def t_cumulative_monthly(c, label):
    what, m, mag, pl, lo, hi = c.ch([('规上工业增加值', '元', '亿', 2, 50, 900),
                                     ('一般公共预算收入', '元', '万', 0, 800, 30000),
                                     ('接待游客', '人次', '万', 1, 20, 600),
                                     ('完成外贸进出口额', '元', '亿', 2, 30, 900),
                                     ('受理群众来电', '件', '', 0, 1000, 20000)])
    mo = c.ri(3, 11)
    lev = c.ri(lo, hi)
    a = sum(int(lev * c.r.uniform(0.8, 1.2)) for _ in range(mo - 1))
    b = int(lev * c.r.uniform(0.8, 1.25))
    s = a + b
    desc = 'cumulative to last month + this month = cumulative to this month'
    if label == 'inconsistent':
        k = c.ch(['trans', 'slip', 'prev'])
        if k == 'trans':
            s2 = g_transpose(s, c.r)
            if not s2 or s2 == s:
                return None
            s, desc = s2, 'digits of the new cumulative figure transposed'
        elif k == 'slip':
            b2 = g_slip(b, c.r)
            if not b2:
                return None
            b, desc = b2, 'one digit of the monthly figure slipped'
        else:
            s, desc = a + b + c.ri(lo, hi), 'cumulative figure includes another month twice'
    A, B, S = c.X(a, pl, mag), c.X(b, pl, mag), c.X(s, pl, mag)
    t = '%s1—%d月，全%s%s%s%s；%d月当月%s%s，1—%d月累计%s%s。' % (
        yr(c), mo - 1, c.ch('县区市'), what, A, m, mo, B, m, mo, S, m)
    if mo - 1 == 1:
        t = t.replace('1—1月', '1月')
    return c.punct(t), [LIN([('+', A), ('+', B)], S)], desc


def t_cumulative_built(c, label):
    what, m = c.ch([('村级综合服务中心', '个'), ('农村幸福院', '所'), ('城市书房', '个'), ('口袋公园', '个'),
                    ('新时代文明实践站', '个'), ('充电站', '座'), ('社区食堂', '家'), ('标准化卫生室', '个')])
    a = c.ri(10, 400)
    b = c.ri(3, 80)
    s = a + b
    desc = 'built before + built this year = built in total'
    if label == 'inconsistent':
        k = c.ch(['off', 'trans', 'prev'])
        if k == 'off':
            s, desc = s + c.ch([-1, 1]) * c.ri(1, 6), 'total off by a few'
        elif k == 'trans':
            s2 = g_transpose(s, c.r)
            if not s2 or s2 == s:
                return None
            s, desc = s2, 'digits of the total transposed'
        else:
            s, desc = a, 'cumulative total not updated with this year'
    A, B, S = c.I(a), c.I(b), c.I(s)
    t = c.ch(['截至上年底已建成%s%s%s，今年新建%s%s，累计建成%s%s。',
              '今年新建成%s%s%s，%s加上往年建成的%s%s，全%s已累计建成%s%s。'])
    if t.startswith('截至'):
        t = t % (what, A, m, B, m, S, m)
        return c.punct(t), [LIN([('+', A), ('+', B)], S)], desc
    t = t % (what, B, m, '', A, m, c.ch('县区市'), S, m)
    return c.punct(t), [LIN([('+', B), ('+', A)], S)], desc


# ---------------------------------------------------------------- counts of listed items

ACTIONS = ['清源行动', '护苗行动', '净网行动', '利剑行动', '春风行动', '铁拳行动', '蓝天保卫战',
           '碧水保卫战', '净土保卫战', '百日攻坚行动', '雷霆行动', '亮剑行动', '夏季治安打击整治行动']
INDUSTRY = ['新材料', '电子科技', '食品', '机械制造', '纺织', '生物医药', '智能装备', '包装材料', '农业开发']


def firms(c, k):
    out = []
    while len(out) < k:
        f = c.ch(PL1) + c.ch(PL1) + c.ch(INDUSTRY) + c.ch(['有限公司', '股份有限公司', '有限公司'])
        if f not in out and all(f[:2] != o[:2] for o in out):
            out.append(f)
    return out


def count_pool(c, k):
    kind = c.ri(0, 4)
    if kind == 0:
        return towns(c, k), c.ch(['个乡镇（街道）', '个乡镇']), c.ch(['被评为市级平安乡镇', '完成年度考核目标', '纳入试点范围'])
    if kind == 1:
        return villages(c, k), c.ch(['个村（社区）', '个行政村']), c.ch(['入选省级美丽乡村示范村', '完成集体经济“清零”任务', '获评“四好农村路”示范村'])
    if kind == 2:
        return firms(c, k), '家企业', c.ch(['获评省级专精特新企业', '新晋规上工业企业', '通过高新技术企业认定'])
    if kind == 3:
        if k > len(PROJS):
            return None
        return c.sample(PROJS, k), c.ch(['个重点项目', '个项目']), c.ch(['纳入省级重点项目库', '已竣工投用', '完成年度投资计划'])
    if k > len(ACTIONS):
        return None
    return c.sample(ACTIONS, k), '项专项行动', c.ch(['统筹推进', '集中开展', '部署开展'])


def count_stated(c, n):
    if c.p(0.45):
        if n == 2:
            return GN('两', 2, 0, 1, True, k=2)
        return c.CN(n)
    return c.I(n)


def count_err(c, n):
    """stated number for a slip in an item count"""
    return n + c.ch([-1, 1, 1])


def t_count_colon(c, label):
    k = c.ri(3, 8)
    pool = count_pool(c, k)
    if not pool:
        return None
    names, noun, verb = pool
    n = k
    desc = 'count matches the list'
    if label == 'inconsistent':
        n = count_err(c, k)
        desc = 'stated count %s the listed items' % ('exceeds' if n > k else 'is below')
    N = count_stated(c, n)
    sep = c.ch(['、', '，', '；'])
    t = '%s，全%s共有%s%s%s：%s。' % (yr(c), c.ch('县区市'), N, noun, verb, sep.join(names))
    if c.p(0.4):
        t = '%s%s%s%s，分别是%s。' % (yr(c), verb + '的', N.s, noun, sep.join(names))
    return t, [CNT(N, names)], desc


MINSHENG = ['新建改扩建公办幼儿园', '实施老旧小区改造', '新增城市公共停车泊位', '建设社区嵌入式养老服务站',
            '改造提升农贸市场', '实施农村供水保障工程', '新建城市口袋公园', '推进中小学食堂明厨亮灶',
            '开展适龄妇女“两癌”免费筛查', '建设标准化村卫生室', '新增公交线路', '改造背街小巷',
            '实施校园周边交通安全提升', '建设智慧菜市场', '开展困难残疾人家庭无障碍改造']


def t_count_numbered(c, label):
    k = c.ri(5, 10)
    its = c.sample(MINSHENG, k)
    n = k
    desc = 'count matches the numbered list'
    if label == 'inconsistent':
        n = count_err(c, k)
        desc = 'headline count %s the numbered items' % ('exceeds' if n > k else 'is below')
    N = c.CN(n) if c.p(0.7) else c.I(n)
    head = c.ch(['%s年，%s确定%s件民生实事，具体为：' % (c.year, place(c), N.s),
                 '%s大民生实事项目推进情况' % N.s, '今年，我们将集中办好%s件民生实事：' % N.s])
    fmt = c.ch(['（%s）', '%s、', '%s是'])
    lines = [head]
    for i, it in enumerate(its):
        key = CN_SEQ[i] if fmt != '%s、' else str(i + 1)
        lines.append((fmt % key) + it + c.ch(['；', '；', '，目前进展顺利；']))
    lines[-1] = lines[-1][:-1] + '。'
    joiner = c.ch(['\n', ''])
    return joiner.join(lines), [CNT(N, its)], desc


def t_count_parenthetical(c, label):
    k = c.ri(2, 6)
    pool = count_pool(c, k)
    if not pool:
        return None
    names, noun, verb = pool
    n = k
    desc = 'count matches the bracketed list'
    if label == 'inconsistent':
        n = count_err(c, k)
        desc = 'count %s the bracketed list' % ('exceeds' if n > k else 'is below')
    N = count_stated(c, n)
    lb, rb = c.ch([('（', '）'), ('(', ')')])
    t = '%s，%s%s%s%s%s%s，%s' % (yr(c), N, noun, lb, '、'.join(names), rb, verb,
                               c.ch(['为全市提供了可复制的经验。', '相关做法得到上级肯定。', '示范带动作用明显。']))
    return t, [CNT(N, names)], desc


def t_count_deng(c, label):
    k = c.ri(2, 6)
    pool = count_pool(c, k)
    if not pool:
        return None
    names, noun, verb = pool
    if label == 'consistent':
        n, desc = k, 'count with 等 matches the list'
    elif label == 'negative':
        n, desc = k + c.ri(1, 12), '等 list names only some of the counted items'
    else:
        if k < 3:
            return None
        n, desc = k - 1, '等 count is below the number of items listed'
    N = count_stated(c, n)
    t = '%s%s等%s%s%s。' % (c.ch(['', '%s，' % yr(c), '目前，']), '、'.join(names), N, noun, verb)
    return t, [CNT(N, names, deng=True)], desc


# ---------------------------------------------------------------- number writing

def t_mixed_wan_yi(c, label):
    what, names = c.ch([('项目总投资', ['中央预算内投资', '省级专项资金', '市县配套资金', '企业自筹']),
                        ('到位资金', ['地方政府专项债券', '上级补助资金', '本级财政资金']),
                        ('审计查出问题金额', ['违规问题金额', '管理不规范问题金额', '损失浪费问题金额']),
                        ('完成固定资产投资', ['工业投资', '基础设施投资', '其他投资']),
                        ('发放各类惠农补贴', ['耕地地力保护补贴', '农机购置补贴', '其他补贴'])])
    k = len(names)
    parts = [c.ri(200, 30000) for _ in range(k)]        # in 万
    yi_idx = [i for i in range(k) if c.p(0.4)]
    for i in yi_idx:
        parts[i] = max(100, parts[i] // 100 * 100)      # printed exactly in 亿
    tot = sum(parts)
    wk = rh(F(tot, 100))                                # hundredths of 亿
    desc = 'parts in 万 and 亿 add up to the total in 亿'
    show = list(parts)
    if label == 'inconsistent':
        kind = c.ch(['wanyi', 'omit', 'decimal', 'trans'])
        i = c.ri(0, k - 1)
        if kind == 'wanyi':
            if i in yi_idx:
                return None
            if c.p(0.5):
                show[i] = parts[i] * 10
                desc = '%s written ten times too large (万 slip)' % names[i]
            else:
                show[i] = parts[i] // 10
                desc = '%s written ten times too small (万 slip)' % names[i]
        elif kind == 'omit':
            wk = rh(F(tot - parts[i], 100))
            desc = 'total leaves out %s' % names[i]
        elif kind == 'decimal':
            wk = wk * 10 if c.p(0.5) else wk // 10
            desc = 'decimal point of the total misplaced'
        else:
            w2 = g_transpose(wk, c.r)
            if not w2 or w2 == wk:
                return None
            wk, desc = w2, 'digits of the total transposed'
    W = c.X(wk, 2, '亿')
    P = [c.X(show[i] // 100, 2, '亿') if i in yi_idx else c.X(show[i], 0, '万') for i in range(k)]
    t = '%s%s%s%s元，%s%s。' % (yr(c), c.ch(['全县', '全区', '', '']), what, W, c.ch(['资金构成为：', '分别为', '具体为']),
                             '，'.join('%s%s元' % (n, p) for n, p in zip(names, P)))
    return c.punct(t), [SUM(W, P)], desc


def t_mixed_wanren_ren(c, label):
    names, what = c.ch([(['国内游客', '入境游客'], '接待游客'), (['城镇职工', '城乡居民'], '参加基本医疗保险'),
                        (['省内考生', '省外考生'], '报名参加考试'), (['住院患者', '门诊患者'], '服务患者')])
    unit = '人次' if '游客' in names[0] or '患者' in names[0] else '人'
    big = c.ri(20000, 900000)
    parts = [big, c.ri(2000, max(2500, big * 3 // 10))]
    tot = sum(parts)
    wk = rh(F(tot, 1000))           # tenths of 万
    desc = 'parts in persons add up to the total in 万'
    if label == 'inconsistent':
        kind = c.ch(['decimal', 'omit', 'slip'])
        if kind == 'decimal':
            wk, desc = (wk * 10, 'total ten times too large') if c.p(0.5) else (wk // 10, 'total ten times too small')
        elif kind == 'omit':
            wk, desc = rh(F(parts[0], 1000)), 'total is only the largest group'
        else:
            w2 = g_slip(wk, c.r)
            if not w2:
                return None
            wk, desc = w2, 'one digit of the total slipped'
    W = c.X(wk, 1, '万')
    P = [c.I(x) for x in parts]
    t = '%s，%s%s%s%s，%s%s%s%s、%s%s%s。' % (yr(c), place(c), what, W, unit, c.ch(['分别为', '其构成是']),
                                       names[0], P[0], unit, names[1], P[1], unit)
    return c.punct(t), [SUM(W, P)], desc


def t_chinese_numerals(c, label):
    whole_t, names, m = c.ch([('全镇共有党组织', ['党委', '党总支', '党支部'], '个'),
                              ('全乡辖行政村和社区', ['行政村', '社区'], '个'),
                              ('全校共有教职工', ['专任教师', '行政人员', '工勤人员'], '名'),
                              ('本届党委共有委员', ['书记和副书记', '其他委员'], '名'),
                              ('全县共有养老服务设施', ['养老院', '农村幸福院', '日间照料中心'], '个'),
                              ('全年共召开会议', ['常务会议', '专题会议', '现场办公会'], '次'),
                              ('全镇共划分网格', ['城镇网格', '农村网格', '专属网格'], '个'),
                              ('全街道共有居民小区', ['商品房小区', '老旧小区', '安置小区'], '个')])
    whole = c.ri(12, 480)
    parts = split(c.r, whole, len(names), lo_frac=0.15)
    desc = 'parts in Chinese numerals add up'
    if label == 'inconsistent':
        res = inj_sum(c, parts, whole, names, kinds=['omit', 'double', 'off', 'trans_whole', 'trans_part'])
        if not res:
            return None
        parts, whole, desc = res
    W = c.CN(whole)
    P = [c.CN(x) for x in parts]
    if c.p(0.5):
        t = '%s%s%s，分别为%s。' % (whole_t, W, m, '、'.join('%s%s%s' % (n, p, m) for n, p in zip(names, P)))
    else:
        t = '%s，合计%s%s。' % ('，'.join('%s%s%s' % (n, p, m) for n, p in zip(names, P)), W, m)
        t = whole_t.replace('共有', '').replace('共', '') + '：' + t
    return t, [SUM(W, P)], desc


def t_fullwidth_digits(c, label):
    c.fw = True
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    t = '%s%s%s%s，分别为%s。' % (subj_open(c, d), d['whole'], W, m, items(c, names, P, m))
    return t, [SUM(W, P)], desc


def t_halfwidth_punct(c, label):
    c.half, c.sep = True, 'always'
    b = breakdown(c, label, 'exact')
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    t = '%s%s%s%s,%s:%s。' % (subj_open(c, d), d['whole'], W, m, c.ch(['具体为', '分类如下', '分项看']),
                             ';'.join('%s%s%s' % (n, p, m) for n, p in zip(names, P)))
    return c.punct(t), [SUM(W, P)], desc


def t_pdf_broken(c, label):
    b = breakdown(c, label, 'exact', kmin=3)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    j = c.ri(-1, len(P) - 1)
    if j < 0:
        W = brk(W, c.r)
    else:
        P[j] = brk(P[j], c.r)
    t = '%s%s%s%s，分别为%s。' % (subj_open(c, d), d['whole'], W, m, items(c, names, P, m, form='{n}{v}{m}'))
    # a page break somewhere else in the sentence too
    if c.p(0.5):
        cut = c.ri(4, 12)
        t = t[:cut] + '\n' + t[cut:] if all(cut not in range(t.find(x.s), t.find(x.s) + len(x.s) + 1)
                                             for x in [W] + P) else t
    return t, [SUM(W, P)], desc


# ---------------------------------------------------------------- genre-specific totals

def t_budget_totals(c, label):
    inc_n = ['一般公共预算收入', '上级补助收入', '债务转贷收入', '上年结余收入', '调入资金']
    exp_n = ['一般公共预算支出', '上解上级支出', '债务还本支出', '年终结余']
    inc = [c.ri(800, 6000), c.ri(1500, 9000), c.ri(100, 2500), c.ri(20, 600), c.ri(50, 1500)]
    tot = sum(inc)
    exp = split(c.r, tot, 4)
    exp.sort(reverse=True)
    exp = [exp[0], exp[2], exp[1], exp[3]]
    tot_e = tot
    desc = 'income items add up to 收入总计 and expenditure items to 支出总计, which balance'
    which = None
    if label == 'inconsistent':
        which = c.ch(['inc', 'exp'])
        if which == 'inc':
            res = inj_sum(c, inc, tot, inc_n, kinds=['trans_part', 'slip_part', 'omit'])
            if not res or res[1] != tot and res[2].startswith('total') is False:
                return None
            inc, tot2, d0 = res
            if tot2 != tot:
                return None
            desc = 'income side: ' + d0
        else:
            res = inj_sum(c, exp, tot, exp_n, kinds=['trans_part', 'slip_part'])
            if not res or res[1] != tot:
                return None
            exp, _, d0 = res
            desc = 'expenditure side: ' + d0
    form = c.ri(0, 2)
    X = (lambda k: c.X(k, 2, '亿')) if form < 2 else (lambda k: c.X(k, 2, '', sep=False))
    I_ = [X(x) for x in inc]
    E_ = [X(x) for x in exp]
    TI, TE = X(tot), X(tot_e)
    if form == 0:
        t = ('%s全%s财政收入总计%s元，包括%s。支出总计%s元，包括%s。收支平衡。' % (
            yr(c, -1) if c.p(0.5) else yr(c), c.ch('县区市'), TI, '、'.join('%s%s元' % (n, v) for n, v in zip(inc_n, I_)),
            TE, '、'.join('%s%s元' % (n, v) for n, v in zip(exp_n, E_))))
    elif form == 1:
        t = '（一）一般公共预算收支平衡情况\n%s，加上%s，收入总计%s元。%s，加上%s，支出总计%s元。收支相抵，当年收支平衡。' % (
            '全%s一般公共预算收入完成%s元' % (c.ch('县区市'), I_[0].s),
            '、'.join('%s%s元' % (n, v) for n, v in zip(inc_n[1:], I_[1:])), TI,
            '一般公共预算支出完成%s元' % E_[0].s, '、'.join('%s%s元' % (n, v) for n, v in zip(exp_n[1:], E_[1:])), TE)
    else:
        rows = [['收入总计', TI.s, '支出总计', TE.s]]
        for i in range(max(len(inc_n), len(exp_n))):
            rows.append(['  ' + inc_n[i] if i < len(inc_n) else '', I_[i].s if i < len(inc_n) else '',
                         '  ' + exp_n[i] if i < len(exp_n) else '', E_[i].s if i < len(exp_n) else ''])
        t = '%s年一般公共预算收支决算总表（单位：亿元）\n' % c.year + render_table(c, ['收入', '金额', '支出', '金额'], rows, c.ch(['tab', 'md']))
    return c.punct(t) if form < 2 else t, [SUM(TI, I_), SUM(TE, E_), LIN([('+', TI)], TE)], desc


def t_court_old_new(c, label):
    new = c.ri(1500, 30000)
    old = c.ri(100, new // 5)
    tot = new + old
    done = int(tot * c.r.uniform(0.82, 0.97))
    left = tot - done
    desc = 'new + carried over = accepted; concluded + pending = accepted'
    vals = dict(new=new, old=old, tot=tot, done=done, left=left)
    if label == 'inconsistent':
        k = c.ch(['tot', 'left', 'done', 'new'])
        if k == 'tot':
            x = g_transpose(tot, c.r)
            if not x or x == tot:
                return None
            vals['tot'], desc = x, 'digits of the accepted total transposed'
        elif k == 'left':
            vals['left'], desc = left + c.ch([-1, 1]) * c.ri(1, 30), 'pending cases off'
        elif k == 'done':
            x = g_slip(done, c.r)
            if not x:
                return None
            vals['done'], desc = x, 'one digit of the concluded cases slipped'
        else:
            vals['left'], desc = tot - done + old, 'pending cases counted with the carried-over cases again'
    N = {k: c.I(v) for k, v in vals.items()}
    court = c.ch(['县人民法院', '区人民法院', '市中级人民法院', '全市法院'])
    form = c.ri(0, 1)
    if form == 0:
        t = '%s，%s新收各类案件%s件，加上旧存%s件，共受理%s件；审（执）结%s件，未结%s件。' % (
            yr(c), court, N['new'], N['old'], N['tot'], N['done'], N['left'])
    else:
        t = '%s，%s共受理案件%s件（旧存%s件，新收%s件），审结%s件，尚有%s件未结。' % (
            yr(c), court, N['tot'], N['old'], N['new'], N['done'], N['left'])
    return c.punct(t), [LIN([('+', N['new']), ('+', N['old'])], N['tot']),
                        LIN([('+', N['done']), ('+', N['left'])], N['tot'])], desc


def t_hotline_channels(c, label):
    tot = c.ri(8000, 300000)
    ch_n = ['电话', '网络平台', '微信小程序', '其他渠道']
    chv = split(c.r, tot, 4)
    chv.sort(reverse=True)
    st_n = ['已办结', '正在办理']
    done = int(tot * c.r.uniform(0.93, 0.995))
    stv = [done, tot - done]
    desc = 'channels and processing states each add up to the total'
    if label == 'inconsistent':
        if c.p(0.5):
            res = inj_sum(c, chv, tot, ch_n, kinds=['trans_part', 'slip_part'])
            if not res or res[1] != tot:
                return None
            chv, _, d0 = res
            desc = 'channel breakdown: ' + d0
        else:
            res = inj_sum(c, stv, tot, st_n, kinds=['trans_part', 'slip_part'])
            if not res or res[1] != tot:
                return None
            stv, _, d0 = res
            desc = 'state breakdown: ' + d0
    T_ = c.I(tot)
    CH = [c.I(x) for x in chv]
    ST = [c.I(x) for x in stv]
    t = '%s，%s12345热线共受理群众诉求%s件。按受理渠道分，%s。按办理状态分，%s。' % (
        yr(c), place(c), T_, '，'.join('%s%s件' % (n, v) for n, v in zip(ch_n, CH)),
        '，'.join('%s%s件' % (n, v) for n, v in zip(st_n, ST)))
    return c.punct(t), [SUM(T_, CH), SUM(T_, ST)], desc


def t_inspection_rectify(c, label):
    tot = c.ri(12, 260)
    names = ['已完成整改', '达到序时进度', '正在推进']
    vals = split(c.r, tot, 3, lo_frac=0.1)
    vals.sort(reverse=True)
    desc = 'rectification states add up to the assigned problems'
    if label == 'inconsistent':
        res = inj_sum(c, vals, tot, names, kinds=['off', 'trans_part', 'trans_whole', 'omit', 'double'])
        if not res:
            return None
        vals, tot, desc = res
    T_ = c.I(tot)
    V = [c.I(x) for x in vals]
    who = c.ch(['第二轮中央生态环境保护督察', '省生态环境保护督察', '长江经济带生态环境警示片', '省委巡视'])
    t = '%s反馈的%s个问题中，%s%s个，%s%s个，%s%s个，整改工作%s。' % (
        who, T_, names[0], V[0], names[1], V[1], names[2], V[2],
        c.ch(['总体进展顺利', '按计划推进', '取得阶段性成效']))
    if c.p(0.4):
        t = '【整改进展】' + t
    return c.punct(t), [SUM(T_, V)], desc


def t_safety_accident(c, label):
    names = c.sample(['道路运输', '工矿商贸', '火灾', '建筑施工', '渔业船舶', '农业机械'], c.ri(2, 4))
    k = len(names)
    acc = [c.ri(1, 40) for _ in range(k)]
    dead = [c.ri(0, a + 2) for a in acc]
    if min(dead) == 0 and c.p(0.7):
        dead = [max(1, d) for d in dead]
    A, D = sum(acc), sum(dead)
    desc = 'accidents and deaths by sector add up'
    which = None
    if label == 'inconsistent':
        which = c.ch(['acc', 'dead'])
        vals, tot = (acc, A) if which == 'acc' else (dead, D)
        res = inj_sum(c, vals, tot, [n + '事故' for n in names], kinds=['off', 'omit', 'double', 'slip_whole'])
        if not res:
            return None
        if which == 'acc':
            acc, A, d0 = res
        else:
            dead, D, d0 = res
        desc = ('accident count: ' if which == 'acc' else 'death toll: ') + d0
    A_, D_ = c.I(A), c.I(D)
    AC = [c.I(x) for x in acc]
    DE = [c.I(x) for x in dead]
    segs = '；'.join('%s事故%s起、死亡%s人' % (n, a, d) for n, a, d in zip(names, AC, DE))
    t = '%s，全%s共发生各类生产安全事故%s起、死亡%s人。分行业看：%s。' % (
        yr(c), c.ch('县区市'), A_, D_, segs)
    return c.punct(t), [SUM(A_, AC), SUM(D_, DE)], desc


def t_agri_output(c, label):
    s_area = c.ri(500, 9000)
    a_area = c.ri(500, 9000)
    s_out = c.ri(200, 4000)
    a_out = c.ri(200, 4000)
    vals = dict(sa=s_area, aa=a_area, ta=s_area + a_area, so=s_out, ao=a_out, to=s_out + a_out)
    desc = 'summer + autumn grain = whole year, for area and output'
    if label == 'inconsistent':
        k = c.ch(['ta', 'to'])
        x = c.ch([g_transpose(vals[k], c.r), g_slip(vals[k], c.r)])
        if not x or x == vals[k]:
            return None
        vals[k] = x
        desc = ('sown area' if k == 'ta' else 'output') + ' total mistyped'
    A = {k: c.X(v, 2, '万') for k, v in vals.items() if k.endswith('a')}
    O = {k: c.X(v, 2, '万') for k, v in vals.items() if k.endswith('o')}
    form = c.ri(0, 2)
    if form == 0:
        t = '%s，全%s粮食播种面积%s亩，其中夏粮%s亩、秋粮%s亩；粮食总产量%s吨，%s夏粮%s吨，秋粮%s吨。' % (
            yr(c), c.ch('县区市'), A['ta'], A['sa'], A['aa'], O['to'], c.ch(['其中', '']), O['so'], O['ao'])
    elif form == 1:
        t = '全年粮食总产量%s吨，其中夏粮%s吨、秋粮%s吨。粮食播种面积%s亩，其中夏粮%s亩、秋粮%s亩。' % (
            O['to'], O['so'], O['ao'], A['ta'], A['sa'], A['aa'])
    else:
        t = '表%d  %d年粮食生产情况\n项目\t播种面积（万亩）\t总产量（万吨）\n全年\t%s\t%s\n  夏粮\t%s\t%s\n  秋粮\t%s\t%s' % (
            c.ri(1, 9), c.year, A['ta'].s[:-1], O['to'].s[:-1], A['sa'].s[:-1], O['so'].s[:-1], A['aa'].s[:-1], O['ao'].s[:-1])
        A = {k: GN(v.s[:-1], v.v / 10000, v.h / 10000, v.u / 10000, False) for k, v in A.items()}
        O = {k: GN(v.s[:-1], v.v / 10000, v.h / 10000, v.u / 10000, False) for k, v in O.items()}
    return c.punct(t), [SUM(A['ta'], [A['sa'], A['aa']], 'partial'), SUM(O['to'], [O['so'], O['ao']], 'partial')], desc


def t_enrolment_report(c, label):
    adm = c.ri(300, 12000)
    noshow = c.ri(2, max(3, adm // 25))
    rep = adm - noshow
    vals = dict(adm=adm, rep=rep, no=noshow)
    desc = 'admitted = registered + not registered'
    if label == 'inconsistent':
        k = c.ch(['rep', 'no', 'adm'])
        if k == 'no':
            vals['no'] = noshow + c.ch([-1, 1]) * c.ri(1, 9)
            if vals['no'] <= 0:
                return None
            desc = 'no-show count off'
        else:
            x = c.ch([g_transpose(vals[k], c.r), g_slip(vals[k], c.r)])
            if not x or x == vals[k]:
                return None
            vals[k] = x
            desc = ('registered' if k == 'rep' else 'admitted') + ' figure mistyped'
    N = {k: c.I(v) for k, v in vals.items()}
    sch = c.ch(['我校', '学院', '全市普通高中', '县职教中心'])
    t = '%s%s年%s共录取新生%s人，截至报到截止日，实际报到%s人，未报到%s人%s。' % (
        c.ch(['', '【招生工作总结】']), c.year, sch, N['adm'], N['rep'], N['no'],
        c.ch(['', '（均已办理放弃入学手续）', '，已逐一电话核实原因']))
    return c.punct(t), [LIN([('+', N['rep']), ('+', N['no'])], N['adm'])], desc


def t_medins_fund_balance(c, label):
    mag, pl = c.ch([('万', 2), ('亿', 2), ('万', 0)])
    inc = c.ri(300000, 9000000) if (mag, pl) == ('万', 2) else c.ri(300, 9000) if mag == '亿' else c.ri(3000, 90000)
    exp = int(inc * c.r.uniform(0.82, 1.05))
    bal = inc - exp
    prev = c.ri(abs(bal) + 100, abs(bal) * 6 + 20000)
    cum = prev + bal
    vals = dict(inc=inc, exp=exp, bal=bal, prev=prev, cum=cum)
    desc = 'income - expenditure = current balance; last balance + current = accumulated'
    if label == 'inconsistent':
        k = c.ch(['bal', 'cum', 'cum2'])
        if k == 'bal':
            x = g_transpose(abs(bal), c.r)
            if not x or x == abs(bal):
                return None
            vals['bal'] = x if bal > 0 else -x
            desc = 'digits of the current balance transposed'
        elif k == 'cum':
            vals['cum'] = prev - bal
            desc = 'accumulated balance applies the current balance with the wrong sign'
        else:
            x = g_slip(cum, c.r)
            if not x:
                return None
            vals['cum'] = x
            desc = 'one digit of the accumulated balance slipped'
    if vals['bal'] == 0 or vals['cum'] <= 0:
        return None
    X = lambda k: c.X(k, pl, mag)
    I_, E_, P_, C_ = X(vals['inc']), X(vals['exp']), X(vals['prev']), X(vals['cum'])
    B_ = X(abs(vals['bal']))
    fund = c.ch(['职工基本医疗保险统筹基金', '城乡居民基本医疗保险基金', '工伤保险基金'])
    surplus = vals['bal'] > 0
    t = '%s，%s收入%s元，支出%s元，当期%s%s元；%s滚存结余%s元，年末滚存结余%s元。' % (
        yr(c), fund, I_, E_, '结余' if surplus else '收不抵支，缺口', B_, c.ch(['上年末', '加上上年']), P_, C_)
    if surplus:
        checks = [LIN([('+', I_), ('-', E_)], B_), LIN([('+', P_), ('+', B_)], C_)]
    else:
        checks = [LIN([('+', E_), ('-', I_)], B_), LIN([('+', P_), ('-', B_)], C_)]
    return c.punct(t), checks, desc


def t_meeting_attendance(c, label):
    body, lo, hi = c.ch([('委员', 9, 45), ('常委会组成人员', 15, 40), ('党委委员', 7, 15), ('班子成员', 6, 13),
                         ('代表', 30, 80)])
    due = c.ri(lo, hi)
    leave = c.ri(0, max(1, due // 6))
    came = due - leave
    vals = dict(due=due, came=came, leave=leave)
    desc = 'present + on leave = expected'
    if label == 'inconsistent':
        k = c.ch(['came', 'leave'])
        vals[k] = vals[k] + c.ch([-1, 1, 2])
        if vals[k] < 0:
            return None
        desc = ('present' if k == 'came' else 'on-leave') + ' count off by one or two'
    N = {k: c.I(v) for k, v in vals.items()}
    chair = c.ch(PL1) + c.ch(['某', '某某'])
    lz = c.ri(2, 9)
    mon = c.ri(1, 12)
    t = '%s纪要\n时间：%d年%d月%d日\n主持：%s\n出席：应到%s%s人，实到%s人，请假%s人。%s\n' % (
        c.ch(['第%s次主任会议' % cn_int(c.ri(2, 30)), '党委（扩大）会议', '%s月份办公会' % cn_int(mon)]),
        c.year, mon, c.ri(1, 28), chair, body, N['due'], N['came'], N['leave'],
        c.ch(['列席：相关部门负责同志%s人。' % lz, '', '列席：办公室全体人员。']))
    t += c.ch(['会议听取了上半年重点工作推进情况汇报。', '会议研究了有关事项。'])
    if vals['leave'] == 0 and label == 'consistent':
        return None
    return t, [LIN([('+', N['came']), ('+', N['leave'])], N['due'])], desc


def t_performance_scores(c, label):
    names = ['决策', '过程', '产出', '效益']
    full = [c.ch([15, 20]), c.ch([15, 20]), c.ch([30, 40]), c.ch([20, 30])]
    s = [x * 2 - c.ri(0, max(1, x // 4)) for x in full]       # half points
    tot = sum(s)
    desc = 'indicator scores add up to the self-assessed total'
    if label == 'inconsistent':
        res = inj_sum(c, s, tot, [n + '指标' for n in names], kinds=['off', 'slip_part', 'trans_whole'])
        if not res:
            return None
        s, tot, desc = res
    S_ = [c.D(x * 5, 1) if x % 2 else c.I(x // 2) for x in s]
    T_ = c.D(tot * 5, 1) if tot % 2 else c.I(tot // 2)
    proj = c.ch(['农村人居环境整治专项资金', '义务教育薄弱环节改善资金', '城乡医疗救助资金', '就业补助资金'])
    t = '%s%s年度绩效自评报告\n经评价，%s%s。其中，%s。评价等级为“%s”。' % (
        proj, c.year, c.ch(['该项目自评得分', '综合得分']), T_.s + '分',
        '，'.join('%s指标得分%s分（满分%d分）' % (n, v, f) for n, v, f in zip(names, S_, full)),
        '优' if tot >= 180 else '良')
    return t, [SUM(T_, S_)], desc


def t_vertical_list(c, label):
    b = breakdown(c, label, 'exact', kmin=3)
    if not b:
        return None
    d, names, P, W, desc = b
    m = d['m']
    bullet = c.ch(['- ', '· ', '● ', '※', '▲'])
    lines = ['%s%s（单位：%s）' % (c.ch(d['subj']), d['whole'].lstrip('共'), (d['mag'] + m) if d['mag'] else m)]
    for n, p in zip(names, P):
        lines.append('%s%s：%s' % (bullet, n, p))
    lines.append('%s合计：%s' % (bullet if c.p(0.4) else '', W))
    return '\n'.join(lines), [SUM(W, P)], desc


def t_qizhong_partial(c, label):
    d = c.ch(DOMS)
    names, parts, whole = bd(c, d, 'exact')
    mode_desc = ''
    if label == 'consistent':
        desc = '其中 lists every part and they add up'
    elif label == 'negative':
        idx = [i for i, n in enumerate(names) if n != d['other']]
        keep = sorted(c.sample(idx, c.ri(1, max(1, len(idx) - 1))))
        if len(keep) == len(names):
            return None
        names = [names[i] for i in keep]
        parts = [parts[i] for i in keep]
        desc = '其中 names only some parts'
    else:
        res = inj_sum(c, parts, whole, names, partial=True)
        if not res:
            return None
        parts, whole, desc = res
    W = dnum(c, d, whole)
    P = [dnum(c, d, x) for x in parts]
    m = d['m']
    t = '%s%s%s%s，其中%s%s' % (subj_open(c, d), d['whole'], W, m, items(c, names, P, m), c.ch(END_TAILS))
    return t, [SUM(W, P, 'partial')], desc


# ---------------------------------------------------------------- totals: hard negatives

def n_zhuyao_deng(c, label):
    d = c.ch(DOMS)
    names, parts, whole = bd(c, d, 'exact')
    idx = [i for i, n in enumerate(names) if n != d['other']]
    if len(idx) < 2:
        return None
    keep = sorted(c.sample(idx, c.ri(1, len(idx) - 1 if len(idx) == len(names) else len(idx))))
    names = [names[i] for i in keep]
    parts = [parts[i] for i in keep]
    W = dnum(c, d, whole)
    P = [dnum(c, d, x) for x in parts]
    m = d['m']
    kw = c.ch(['主要有', '主要包括', '其中主要有'])
    t = '%s%s%s%s，%s%s等%s' % (subj_open(c, d), d['whole'], W, m, kw, items(c, names, P, m, form='{n}{v}{m}'),
                             c.ch(['。', '。', '，结构总体稳定。']))
    return t, [SUM(W, P, 'partial')], 'only the main parts are named (主要有…等)'


OVL_SETS = [
    ('全镇共有村（社区）干部', '人', ['党员', '女性', '35岁以下', '大专以上学历'], (80, 600)),
    ('本届村“两委”成员', '名', ['党员', '女性', '致富带头人', '退役军人'], (60, 900)),
    ('全系统共有干部职工', '人', ['中共党员', '女职工', '专业技术人员', '45岁以下'], (100, 3000)),
    ('新录用公务员', '名', ['研究生学历', '女性', '中共党员', '应届毕业生'], (30, 400)),
    ('全县共有企业', '家', ['规上工业企业', '高新技术企业', '专精特新中小企业', '出口企业'], (300, 9000)),
    ('新招募志愿者', '人', ['在校学生', '党员', '女性', '退休人员'], (200, 9000)),
]


def ovl_helper(c, label, sets):
    what, m, groups, (lo, hi) = c.ch(sets)
    w = c.ri(lo, hi)
    k = c.ri(3, 4)
    gs = c.sample(groups, k)
    fr = [c.r.uniform(0.25, 0.95) for _ in gs]
    if sum(fr) < 1.1:
        fr[0] += 0.5
    vals = [max(1, min(w - 1, int(w * f))) for f in fr]
    W = c.I(w)
    V = [c.I(x) for x in vals]
    t = '%s%s%s，其中%s。' % (what, W, m, '，'.join('%s%s%s' % (g, v, m) for g, v in zip(gs, V)))
    if c.p(0.4):
        t = t.replace('，其中', '。从结构看，')
    return t, [OVL(W, V)], 'overlapping groups of the same people or firms'


def n_overlap_people(c, label):
    return ovl_helper(c, label, OVL_SETS[:4] + OVL_SETS[5:])


def n_overlap_entities(c, label):
    what, m, groups, rng = OVL_SETS[4]
    w = c.ri(*rng)
    gs = c.sample(groups, 3)
    vals = [int(w * c.r.uniform(0.02, 0.35)) + 1 for _ in gs]
    extra = c.ch(['同时具备两项以上资质的企业%d家' % c.ri(5, 80), '部分企业同时列入多个名录', ''])
    W = c.I(w)
    V = [c.I(x) for x in vals]
    t = '截至%s年底，%s%s%s，其中%s%s。' % (c.year, what, W, m, '、'.join('%s%s%s' % (g, v, m) for g, v in zip(gs, V)),
                                      ('，' + extra) if extra else '')
    return t, [OVL(W, V)], 'overlapping firm categories'


def n_target_plan(c, label):
    what, m, p1, p2, lo, hi = c.ch([('新增市场主体', '户', '企业', '个体工商户', 2000, 30000),
                                    ('城镇新增就业', '人', '高校毕业生', '就业困难人员', 1000, 20000),
                                    ('完成造林', '亩', '人工造林', '封山育林', 3000, 50000),
                                    ('引进项目', '个', '亿元以上项目', '外资项目', 30, 300)])
    x = c.ri(lo, hi)
    a = int(x * c.r.uniform(0.2, 0.5))
    b = int(x * c.r.uniform(0.1, 0.4))
    X, A, B = c.I(x), c.I(a), c.I(b)
    t = '%s工作目标：%s力争达到%s%s，其中%s不少于%s%s，%s%s%s以上。' % (
        yr(c, 1) if c.p(0.5) else '下一步', what, X, m, p1, A, m, p2, B, m)
    return t, [NONE([X, A, B], 'targets with lower bounds (力争, 不少于, 以上), not an exact breakdown')], 'targets'


def n_range(c, label):
    lo = c.ri(1, 50) * 100
    hi = lo + c.ri(1, 20) * 100
    n = c.ri(30, 900)
    tot = c.ri(20, 500)
    LO, HI, N, T_ = c.I(lo), c.I(hi), c.I(n), c.I(tot)
    dash = c.ch(['—', '-', '～', '至'])
    what = c.ch(['对困难家庭', '对新录用的高校毕业生', '对首次创业人员', '对改造户'])
    t = '%s按每户%s%s%s元的标准给予补助，今年共补助%s户，计划安排资金%s万元。' % (what, LO, dash, HI, N, T_)
    return t, [NONE([LO, HI, N, T_], 'a per-household range and a plan figure: nothing must add up')], 'range'


def approx_round(e, q, sig=2):
    """an approximate figure for exact value e under qualifier q: (k, unit)"""
    unit = 10 ** max(0, len(str(int(e))) - sig)
    if q == '约':
        k = rh(F(e, unit))
    elif q == '近':
        k = -(-e // unit)
        if k * unit == e:
            k += 1
    else:
        k = e // unit
        if k * unit == e:
            k -= 1
    return k, unit


def n_approx(c, label):
    q = c.ch(['约', '近', '余', '多', '超过', '逾'])
    d = c.ch([x for x in DOMS if x['mag'] == '' and x['pl'] == 0])
    names, parts, whole = bd(c, d, 'exact')
    e = sum(parts)
    if e >= 20000:
        k, unit = approx_round(e, q, 3)
        if unit < 1000:
            return None
        S = c.X(k * unit // 1000, 1, '万')
    else:
        k, unit = approx_round(e, q, 2)
        S = GN(str(k * unit), k * unit, 0, 1, True, k=k * unit)
    P = [dnum(c, d, x) for x in parts]
    m = d['m']
    if q in ('余', '多'):
        st = '%s%s%s' % (S, q, m)
    else:
        st = '%s%s%s' % (q, S, m)
    t = '%s%s%s，%s%s' % (subj_open(c, d), d['whole'], st, c.ch(['分别为', '具体为：', '其中']),
                         items(c, names, P, m) + '。')
    return t, [APX(q, S, parts=P)], 'approximate total (%s) next to exact parts' % q


def n_docnumber(c, label):
    org = c.ch(PL1) + c.ch(['政办发', '财农', '发改投资', '人社发', '民发', '教发'])
    a, b = c.ri(3, 60), c.ri(3, 60)
    tot = a + b + c.ch([-1, 1]) * c.ri(2, 15)
    if tot <= 0:
        return None
    y = c.year
    A = GN('〔%d〕%d号' % (y, a), a, 0, 1, True)
    B = GN('〔%d〕%d号' % (y - c.ri(0, 1), b), b, 0, 1, True)
    T_ = c.I(tot)
    what = c.ch(['共下达补助资金%s万元' % T_.s, '共涉及项目%s个' % T_.s, '共安排培训%s期' % T_.s])
    t = '根据《关于做好%s的通知》（%s%s）和《实施细则》（%s%s）要求，%s%s。' % (
        c.ch(['农村人居环境整治', '稳就业保民生', '冬春救助', '义务教育资助']), org, A.s, org, B.s,
        c.ch(['全%s' % c.ch('县区市'), '我局']), what)
    return t, [NONE([A, B, T_], 'document numbers are identifiers, not quantities')], 'document numbers'


def n_dates_phones(c, label):
    ph = '%s-%d' % (c.ch(['0731', '0755', '0371', '023', '0851', '0931']), c.ri(20000000, 89999999))
    d1 = '%d月%d日' % (c.ri(1, 12), c.ri(1, 28))
    h = c.ri(8, 9)
    cnt = c.ri(3, 90)
    N = c.I(cnt)
    PH = GN(ph, 0, 0, 1, True)
    t = ('%s起，%s开通%s热线（%s、%s），受理时间为每日%d:00—%d:30，截至%s共接听来电%s个。' % (
        d1, c.ch(['县市场监管局', '区人社局', '市医保局']), c.ch(['投诉举报', '欠薪维权', '政策咨询']),
        c.ch(['12315', '12333', '12393']), ph, h, c.ri(17, 21), c.ch(['目前', '月底', '本周']), N))
    return t, [NONE([PH, N], 'phone numbers, service hours and dates sit next to a count')], 'dates and phone numbers'


def n_policy_names(c, label):
    combos = c.sample(['1+X', '5+2', '3+1+2', '7+X', '1+3+N', '2+N', '4+2', '3+3'], 3)
    n = c.ri(3, 40)
    N = c.I(n)
    ctx = c.ch(['推进“%s”证书制度试点，实行“%s”课后服务模式，建立“%s”工作机制，全年覆盖学校%s所。',
                '构建“%s”政策体系，落实“%s”工作要求，探索“%s”治理模式，累计培育示范点%s个。'])
    t = ctx % (combos[0], combos[1], combos[2], N)
    toks = [GN(x, 0, 0, 1, True) for x in combos]
    return t, [NONE(toks + [N], 'policy names with + are labels, not sums')], 'policy names'


def n_diff_years(c, label):
    what, m = c.ch([('城镇新增就业', '人'), ('新登记市场主体', '户'), ('完成造林', '亩'), ('办理政务服务事项', '件')])
    vals = [c.ri(1000, 9000) for _ in range(3)]
    tgt = min(vals) - c.ri(50, 500)
    V = [c.I(x) for x in vals]
    T_ = c.I(tgt)
    y = c.year
    t = '%d年、%d年、%d年全%s%s分别为%s%s、%s%s、%s%s，均超额完成省下达的%s%s年度目标任务。' % (
        y - 2, y - 1, y, c.ch('县区市'), what, V[0], m, V[1], m, V[2], m, T_, m)
    return t, [NONE(V + [T_], 'figures of different years next to a yearly target; no total intended')], 'different years'


def n_diff_regions(c, label):
    what, m, mag, pl = c.ch([('地区生产总值', '元', '亿', 1), ('粮食总产量', '吨', '万', 2),
                             ('一般公共预算收入', '元', '亿', 2), ('常住人口', '人', '万', 2)])
    own = c.ri(500, 9000)
    a, b = c.ri(300, 9000), c.ri(300, 9000)
    O, A, B = c.X(own, pl, mag), c.X(a, pl, mag), c.X(b, pl, mag)
    t = '%s全%s%s%s%s，周边的%s、%s分别为%s%s、%s%s，%s。' % (
        yr(c), c.ch('县区市'), what, O, m, place(c), place(c), A, m, B, m,
        c.ch(['我%s在区域中的位次保持稳定' % c.ch('县区市'), '总量差距有所缩小', '仍有追赶空间']))
    return t, [NONE([O, A, B], 'figures of different regions side by side')], 'different regions'


def n_yearend_vs_avg(c, label):
    what = c.ch(['从业人员', '在岗职工', '参保职工'])
    ye = c.ri(3000, 90000)
    av = int(ye * c.r.uniform(0.9, 1.08))
    f = int(ye * c.r.uniform(0.3, 0.6))
    YE, AV, FM = c.I(ye), c.I(av), c.I(f)
    t = '%s年末全%s规模以上企业%s%s人，全年平均%s%s人；年末%s中女性%s人。' % (
        c.year, c.ch('县区市'), what, YE, what, AV, what, FM)
    return t, [NONE([YE, AV, FM], 'year-end and average head counts are different measures')], 'year-end vs average'


def n_renci_vs_ren(c, label):
    sessions = c.ri(8, 90)
    rc = c.ri(800, 20000)
    ren = int(rc * c.r.uniform(0.4, 0.8))
    S, RC, RN = c.I(sessions), c.I(rc), c.I(ren)
    t = '全年举办%s培训班%s期，培训%s人次，涉及%s%s人，%s。' % (
        c.ch(['职业技能', '安全生产', '家政服务', '电商']), S, RC, c.ch(['企业职工', '农村劳动力', '各类人员']), RN,
        c.ch(['培训合格率较高', '参训人员反响良好', '有力促进了就业']))
    return t, [NONE([S, RC, RN], '人次 counts visits, 人 counts people; neither is a part of the other')], '人次 vs 人'


def n_accepted_vs_done(c, label):
    acc = c.ri(500, 90000)
    done = int(acc * c.r.uniform(0.9, 0.99))
    sat = int(done * c.r.uniform(0.85, 0.98))
    A, D, S = c.I(acc), c.I(done), c.I(sat)
    t = '%s，%s共受理%s件，办结%s件，回访满意%s件，%s。' % (
        yr(c), c.ch(['12345热线', '区信访局', '市长信箱', '县政务服务中心']), A, D, S,
        c.ch(['群众获得感持续增强', '办理质效稳步提升', '未办结件正在跟踪督办']))
    return t, [NONE([A, D, S], 'successive stages of one workflow, not parts of a total')], 'accepted vs done'


def n_cumulative_vs_current(c, label):
    what, m = c.ch([('培训高素质农民', '人'), ('改造农村户厕', '户'), ('建设高标准农田', '万亩'), ('发放创业担保贷款', '亿元')])
    if m in ('万亩', '亿元'):
        tot, cur, prev = c.ri(300, 900), c.ri(40, 120), c.ri(30, 120)
        T_, C_, P_ = c.X(tot, 1, m[0]), c.X(cur, 1, m[0]), c.X(prev, 1, m[0])
        m = m[1:]
    else:
        tot, cur, prev = c.ri(3000, 90000), c.ri(300, 3000), c.ri(300, 3000)
        T_, C_, P_ = c.I(tot), c.I(cur), c.I(prev)
    t = '%s累计%s%s%s，其中%s年%s%s，%s年%s%s。' % (c.ch(['近五年来', '近年来', '“十三五”以来']), what, T_, m, c.year, C_, m, c.year - 1, P_, m)
    return t, [SUM(T_, [C_, P_], 'partial')], 'cumulative figure with only the last two years named'


def n_ranking_codes(c, label):
    road = c.ch(['G%d' % c.ri(1, 99), 'S%d' % c.ri(200, 399), 'X%03d' % c.ri(1, 200)])
    rank = c.ri(2, 9)
    lvl = c.ch(['3A', '4A', '5A'])
    km = c.ri(5, 60)
    R, RK, KM = GN(road, 0, 0, 1, True), c.I(rank), c.I(km)
    t = '%s线改扩建工程完成路基%s公里，沿线%s级景区游客量增长明显，全%s营商环境评价排名全省第%s位。' % (
        R, KM, lvl, c.ch('县区市'), RK)
    return t, [NONE([R, KM, RK], 'road codes, scenic grades and ranks are labels')], 'codes and ranks'


def n_han_single(c, label):
    what, inner, m = c.ch([('发放各类补贴', '一次性生活补贴', '元'), ('完成投资', '设备购置', '元'),
                           ('拨付救灾资金', '应急物资采购', '元'), ('兑现惠企资金', '稳岗返还', '元')])
    w = c.ri(300, 90000)
    p = int(w * c.r.uniform(0.05, 0.7))
    W, P = c.X(w, 0, '万'), c.X(p, 0, '万')
    lb, rb = c.ch([('（', '）'), ('(', ')')])
    t = '%s，%s%s%s%s含%s%s%s%s。' % (yr(c), what, W, m, lb, inner, P, m, rb)
    return t, [SUM(W, [P], 'partial')], 'a single part in a 含 bracket'


def n_budget_vs_actual(c, label):
    a = c.ri(1000, 90000)
    b = int(a * c.r.uniform(1.02, 1.3))
    d = int(b * c.r.uniform(0.85, 0.99))
    A, B, D = c.X(a, 2, '万'), c.X(b, 2, '万'), c.X(d, 2, '万')
    t = '%s年%s年初预算%s元，调整预算%s元，决算支出%s元，%s。' % (
        c.year, c.ch(['部门', '本单位', '该项目']), A, B, D, c.ch(['结转资金按规定管理', '调整预算主要为追加疫情防控经费', '']))
    t = t.replace('，。', '。')
    return t, [NONE([A, B, D], 'budget, adjusted budget and final spending are successive versions, not parts')], 'budget versions'


# ======================================================================================
#                                  PCT STYLES
# ======================================================================================

def pk(ratio, places, trunc=False):
    """integer count of 10**-places percent for a ratio"""
    x = F(ratio) * 100 * 10 ** places
    if trunc:
        return x.numerator // x.denominator
    return rh(F(ratio) * 100, places)


def bad_rate_k(c, k, places, ratio, kinds=None, alt_ratios=None, mult=100):
    """an erroneous printed rate (k in 10**-places percent or permille). returns (k2, desc) or None"""
    kinds = kinds or ['trans', 'off', 'base', 'decimal', 'alt']
    kind = c.ch(kinds)
    if kind == 'trans':
        k2 = g_transpose(k, c.r)
        return (k2, 'digits of the rate transposed') if k2 and k2 != k else None
    if kind == 'off':
        d = c.ri(3, 25) * (10 ** max(0, places - 1))
        k2 = k + c.ch([-1, 1]) * d
        return (k2, 'rate off by %s points' % digits(d, places, False)) if k2 > 0 else None
    if kind == 'base':
        r2 = F(ratio) * F(c.ri(80, 94), 100) if c.p(0.6) else F(ratio) * F(c.ri(106, 125), 100)
        if ratio <= 1 and r2 > F(995, 1000):
            r2 = F(ratio) * F(c.ri(80, 94), 100)
        return rh(r2 * mult, places), 'rate computed on another base'
    if kind == 'decimal':
        if places == 0:
            return None
        return k // 10, 'decimal point of the rate shifted'
    if kind == 'alt' and alt_ratios:
        r2, why = c.ch(alt_ratios)
        return rh(F(r2) * mult, places), why
    if kind == 'claim100' and mult == 100:
        if ratio >= F(975, 1000) or ratio < F(85, 100):
            return None
        return 100 * 10 ** places, 'rate claimed as 100% although not all were done'
    return None


def rate_pair(c, label, num, den, places=None, kinds=None, alt=None, trunc_p=0.12, sym='%', allow_int=True):
    """stated percentage for num/den (values as Fractions of printed numbers)."""
    if places is None:
        places = c.ch([1, 1, 2, 2, 0] if allow_int else [1, 1, 2])
    ratio = F(num) / F(den)
    mult = 1000 if sym == '‰' else 100
    if label == 'consistent':
        trunc = c.p(trunc_p)
        x = ratio * mult * 10 ** places
        k = x.numerator // x.denominator if trunc else rh(ratio * mult, places)
        desc = 'rate %s' % ('truncated' if trunc else 'rounded')
        k0 = None
    else:
        k0 = rh(ratio * mult, places)
        res = bad_rate_k(c, k0, places, ratio, kinds, alt, mult)
        if not res:
            return None
        k, desc = res
        if k <= 0 or k == k0:
            return None
    if mult == 100 and k == 100 * 10 ** places and places and c.p(0.8):
        k, places = 100, 0
    return c.P(k, places, sym), desc


RATES = [
    # subject, den phrase, num phrase, rate name, measure, den range, ratio range
    (['12345热线', '市民服务热线', '区政务服务便民热线'], '受理群众诉求', '办结', '办结率', '件', (2000, 200000), (0.9, 1.0)),
    (['县信访局', '区信访局', '市信访局'], '受理信访事项', '按期办结', '按期办结率', '件', (200, 6000), (0.85, 1.0)),
    (['县市场监管局', '区市场监管局', '市市场监督管理局'], '抽检食品', '检验合格', '合格率', '批次', (300, 9000), (0.95, 0.995)),
    (['县疾控中心', '区卫生健康局', '全市'], '应种适龄儿童', '完成免疫规划疫苗全程接种', '接种率', '人', (3000, 90000), (0.95, 0.999)),
    (['县医保局', '全区', '全市'], '应参保人数', '实际参保', '参保率', '人', (20000, 900000), (0.9, 0.995)),
    (['全县', '全区', '市生态环境局'], '督察整改任务', '完成整改', '完成率', '项', (20, 500), (0.6, 1.0)),
    (['县审计局', '区审计局', '市审计局'], '审计发现问题', '已整改到位', '整改率', '个', (30, 800), (0.7, 1.0)),
    (['市教育局', '学院', '全市'], '高校毕业生', '实现就业', '就业率', '人', (300, 20000), (0.8, 0.98)),
    (['全县', '全区', '各级各部门'], '排查安全隐患', '完成整改', '整改率', '处', (100, 20000), (0.9, 1.0)),
    (['县劳动人事争议仲裁院', '区人社局', '市仲裁委'], '受理劳动人事争议案件', '审结', '结案率', '件', (200, 5000), (0.9, 1.0)),
    (['县税务局', '区税务局'], '应申报纳税人', '按期申报', '按期申报率', '户', (5000, 90000), (0.95, 0.999)),
    (['全县', '全区', '全市'], '签约服务重点人群', '完成年度履约', '履约率', '人', (5000, 90000), (0.8, 0.99)),
    (['县民政局', '区民政局'], '核查低保家庭', '完成入户核查', '核查完成率', '户', (800, 30000), (0.85, 1.0)),
    (['县农业农村局', '全县', '全区'], '抽检农产品', '检测合格', '合格率', '批次', (200, 6000), (0.96, 0.999)),
]


def rate_vals(c, spec=None):
    spec = spec or c.ch(RATES)
    subj, denp, nump, rname, m, (lo, hi), (rlo, rhi) = spec
    den = c.ri(lo, hi)
    ratio = c.r.uniform(rlo, rhi)
    num = int(den * ratio)
    if c.p(0.08) and rhi >= 1.0:
        num = den
    return spec, den, num


def rate_generic_impl(c, label, form):
    spec, den, num = rate_vals(c)
    subj, denp, nump, rname, m, _, _ = spec
    kinds = ['trans', 'off', 'base', 'decimal', 'alt', 'claim100']
    alt = [(F(num) / F(den + c.ri(1, max(2, den // 8))), 'rate computed on a larger base'),
           (F(den - num) / F(den) if num < den else F(1, 2), 'the complementary rate given instead')]
    if label == 'inconsistent' and c.p(0.25):
        # the numerator in the text was mistyped, the rate belongs to the true figure
        n2 = c.ch([g_transpose(num, c.r), g_slip(num, c.r)])
        if not n2 or n2 == num or n2 > den:
            return None
        places = c.ch([1, 2])
        S = c.P(rh(F(num, den) * 100, places), places)
        desc = 'numerator mistyped in the text; rate belongs to the true figure'
        num = n2
    else:
        r = rate_pair(c, label, num, den, kinds=kinds, alt=alt)
        if not r:
            return None
        S, desc = r
    D, N = c.I(den), c.I(num)
    s = c.ch(subj)
    if form == 0:
        t = '%s，%s%s%s%s，%s%s%s，%s%s。' % (yr(c), s, denp, D, m, nump, N, m, rname, c.ch(['', '达', '为', '达到']) + S.s)
    elif form == 1:
        t = '%s共%s%s%s，%s%s%s（%s%s）%s' % (s, denp, D, m, nump, N, m, rname, S, c.ch(END_TAILS))
    else:
        t = '%s%s%s，%s%s，%s%s%s%s。' % (denp, D, m, c.ch(['', '其中', '累计']) + ('' if nump.startswith('已') else '已') + nump, N.s + m, rname,
                                     c.ch(['达', '为', '']), S, c.ch(['', '，较上年有所提升', '，位居全市前列']))
    return c.punct(t), [PCT(S, N, D)], desc


def t_rate_completion(c, label):
    return rate_generic_impl(c, label, 0)


def t_rate_bracket(c, label):
    return rate_generic_impl(c, label, 1)


def t_rate_yi_zhong(c, label):
    return rate_generic_impl(c, label, 2)


def t_rate_buhege(c, label):
    den = c.ri(300, 12000)
    bad = max(1, int(den * c.r.uniform(0.003, 0.06)))
    alt = [(F(bad) / F(den - bad), 'unqualified rate computed on the qualified batches')]
    r = rate_pair(c, label, bad, den, places=c.ch([1, 2, 2]), kinds=['trans', 'off', 'base', 'alt', 'decimal'], alt=alt)
    if not r:
        return None
    S, desc = r
    D, B = c.I(den), c.I(bad)
    what = c.ch(['食品', '食用农产品', '工业产品', '药品', '化妆品', '农资产品'])
    t = '%s全年共抽检%s%s批次，检出不合格%s批次，不合格率%s，%s。' % (
        c.ch(['', '（五）加强抽检监测。', '市场监管方面，']), what, D, B, S,
        c.ch(['不合格产品已全部依法处置', '已全部移交稽查部门处理', '核查处置率100%']))
    return t, [PCT(S, B, D)], desc


def t_rate_fugai(c, label):
    unit, what = c.ch([('行政村', '实现5G网络覆盖'), ('社区', '建成新时代文明实践站'), ('行政村', '通硬化路'),
                       ('学校', '配备专职心理健康教师'), ('乡镇', '建成综合文化站'), ('村', '建立村级综合服务站')])
    den = c.ri(12, 600)
    num = c.ri(max(1, int(den * 0.6)), den)
    r = rate_pair(c, label, num, den, kinds=['trans', 'off', 'base', 'alt', 'claim100'],
                  alt=[(F(num) / F(den - c.ri(1, max(2, den // 10))), 'rate computed on a smaller base')])
    if not r:
        return None
    S, desc = r
    D, N = c.I(den), c.I(num)
    t = '全%s%s个%s中，已有%s个%s，覆盖率%s。' % (c.ch('县区市镇'), D, unit, N, what, S)
    if c.p(0.3):
        t = '全%s共有%s%s个，%s%s个，覆盖率%s。' % (c.ch('县区市'), unit, D, what, N, S)
    return t, [PCT(S, N, D)], desc


def t_rate_budget_exec(c, label):
    mag, pl = c.ch([('万', 2), ('万', 0), ('亿', 2)])
    den = c.ri(30000, 9000000) if pl == 2 and mag == '万' else c.ri(300, 90000) if mag == '万' else c.ri(300, 9000)
    num = int(den * c.r.uniform(0.7, 1.02))
    D, N = c.X(den, pl, mag), c.X(num, pl, mag)
    r = rate_pair(c, label, N.v, D.v, places=c.ch([1, 2, 2]), kinds=['trans', 'off', 'base', 'decimal'])
    if not r:
        return None
    S, desc = r
    who = c.ch(['部门', '本单位', '该项目', '区卫生健康局', '县教育局'])
    t = '%s%s年%s%s元，实际支出%s元，预算执行率为%s。' % (who, c.year, c.ch(['全年预算', '年初预算安排', '调整后预算']), D, N, S)
    return c.punct(t), [PCT(S, N, D)], desc


def t_rate_daowei(c, label):
    mag, pl = c.ch([('万', 2), ('亿', 2), ('万', 0)])
    den = c.ri(30000, 9000000) if pl == 2 and mag == '万' else c.ri(300, 90000) if mag == '万' else c.ri(100, 9000)
    num = int(den * c.r.uniform(0.5, 1.0))
    D, N = c.X(den, pl, mag), c.X(num, pl, mag)
    r = rate_pair(c, label, N.v, D.v, places=c.ch([1, 2]), kinds=['trans', 'off', 'base', 'decimal'])
    if not r:
        return None
    S, desc = r
    what = c.ch(['项目计划总投资', '上级下达专项资金', '应到位配套资金', '招商引资合同金额'])
    t = '%s%s元，截至%s月底实际到位%s元，到位率%s。' % (what, D, c.ri(6, 12), N, S)
    return c.punct(t), [PCT(S, N, D)], desc


def t_rate_manyi(c, label):
    den = c.ri(200, 90000)
    num = int(den * c.r.uniform(0.85, 0.995))
    two = c.p(0.4)
    if two:
        a = int(num * c.r.uniform(0.7, 0.95))
        b = num - a
        A, B = c.I(a), c.I(b)
    r = rate_pair(c, label, num, den, kinds=['trans', 'off', 'base', 'alt'],
                  alt=[(F(a if two else num - 1, den), 'only 满意 counted, 基本满意 left out')] if two else None)
    if not r:
        return None
    S, desc = r
    D, N = c.I(den), c.I(num)
    if two:
        t = '%s回访群众%s人次，其中表示满意%s人次、基本满意%s人次，满意率%s。' % (c.ch(['全年共', '累计', '']), D, A, B, S)
        return t, [PCT(S, [A, B], D)], desc
    form = c.ri(0, 2)
    if form == 0:
        t = '%s回访%s人次，满意%s人次，群众满意率%s。' % (c.ch(['电话', '短信', '上门']), D, N, S)
    elif form == 1:
        t = '第三方测评共调查群众%s人，对%s工作表示满意的%s人，满意度%s。' % (D, c.ch(['平安建设', '政务服务', '人居环境整治', '营商环境']), N, S)
    else:
        t = '（%s）群众满意度。发放调查问卷%s份，回收有效问卷中表示满意%s份，满意率%s。' % (c.ch(CN_SEQ[:6]), D, N, S)
    return t, [PCT(S, N, D)], desc


def t_rate_daohui(c, label):
    due = c.ri(25, 400)
    came = due - c.ri(1, max(2, due // 10))
    r = rate_pair(c, label, came, due, kinds=['trans', 'off', 'base', 'claim100'])
    if not r:
        return None
    S, desc = r
    D, N = c.I(due), c.I(came)
    form = c.ri(0, 2)
    if form == 0:
        t = '%s次会议应到%s%s人，实到%s人，到会率%s，符合法定人数要求。' % (
            c.ch(['本', '第%s' % cn_int(c.ri(1, 9))]), c.ch(['代表', '委员', '成员']), D, N, S)
    elif form == 1:
        t = '全年共组织集中学习%s次，应参学党员%s人，实际参学%s人，参学率%s。' % (c.I(c.ri(6, 24)), D, N, S)
    else:
        t = '大会执行主席宣布：本次大会应出席代表%s名，因事因病请假后实到%s名，出席率%s，符合法定人数，大会可以开始。' % (D, N, S)
    return t, [PCT(S, N, D)], desc


def t_rate_jiean_court(c, label):
    new = c.ri(1500, 30000)
    old = c.ri(100, new // 5)
    done = int((new + old) * c.r.uniform(0.82, 0.98))
    alt = [(F(done, new), 'closure rate computed on new cases only')]
    r = rate_pair(c, label, done, new + old, places=c.ch([1, 2]), kinds=['alt', 'alt', 'trans', 'off'], alt=alt)
    if not r:
        return None
    S, desc = r
    NW, OL, DN = c.I(new), c.I(old), c.I(done)
    form = c.ri(0, 2)
    court = c.ch(['县人民法院', '区人民法院', '全市法院'])
    if form == 0:
        t = '%s，%s新收案件%s件，旧存%s件，审执结%s件，结案率%s。' % (yr(c), court, NW, OL, DN, S)
    elif form == 1:
        t = '%s%s共审结、执结案件%s件，结案率%s（全年新收%s件，上年结转%s件）。' % (yr(c), court, DN, S, NW, OL)
    else:
        t = '一年来，%s坚持“立审执”一体推进，在新收案件%s件、旧存未结案件%s件的情况下，审执结%s件，结案率达%s。' % (
            court, NW, OL, DN, S)
    return c.punct(t), [PCT(S, DN, [NW, OL])], desc


# ---------------------------------------------------------------- shares

SHARE_DOMS = [d for d in DOMS]


def share_parts(c, d=None, kmin=2, kmax=5):
    d = d or c.ch(SHARE_DOMS)
    names, parts, whole = bd(c, d, 'exact', kmin, kmax)
    return d, names, parts, whole


def t_share_zhan(c, label):
    what, num_n, den_n, m, mag, pl, lo, hi, rlo, rhi = c.ch([
        ('民生', '民生支出', '一般公共预算支出', '元', '亿', 2, 2000, 90000, 0.6, 0.85),
        ('税收', '税收收入', '一般公共预算收入', '元', '亿', 2, 500, 30000, 0.55, 0.85),
        ('工业', '规上工业增加值', '地区生产总值', '元', '亿', 1, 500, 30000, 0.2, 0.45),
        ('数字', '数字经济核心产业增加值', '地区生产总值', '元', '亿', 1, 500, 30000, 0.05, 0.2),
        ('教育', '教育支出', '一般公共预算支出', '元', '亿', 2, 2000, 90000, 0.12, 0.25),
        ('外贸', '出口总额', '进出口总额', '元', '亿', 2, 300, 9000, 0.5, 0.8),
        ('就业', '第三产业从业人员', '全社会从业人员', '人', '万', 2, 500, 9000, 0.35, 0.6)])
    den = c.ri(lo, hi)
    num = int(den * c.r.uniform(rlo, rhi))
    D, N = c.X(den, pl, mag), c.X(num, pl, mag)
    r = rate_pair(c, label, N.v, D.v, places=c.ch([1, 1, 2]), kinds=['trans', 'off', 'base', 'decimal', 'alt'],
                  alt=[(F(num, den - num), 'share computed against the remainder instead of the whole')])
    if not r:
        return None
    S, desc = r
    form = c.ri(0, 2)
    if form == 0:
        t = '%s全%s%s%s%s，其中%s%s%s，占%s%s。' % (yr(c), c.ch('县区市'), den_n, D, m, num_n, N, m, c.ch(['', '比重为', '比重达']), S)
    elif form == 1:
        t = '%s%s%s，占%s%s%s的%s。' % (num_n, N, m, den_n, D, m, S)
    else:
        t = '%s%s达%s%s，%s占%s比重为%s（%s为%s%s）。' % (yr(c), num_n, N, m, num_n.replace('收入', '').replace('增加值', ''), den_n, S, den_n, D, m)
    return c.punct(t), [PCT(S, N, D)], desc


def t_share_zhanbi_bracket(c, label):
    d, names, parts, whole = share_parts(c)
    i = c.ri(0, len(names) - 1)
    if names[i].startswith('其他'):
        i = 0
    W = dnum(c, d, whole)
    P = dnum(c, d, parts[i])
    alt = [(F(parts[(i + 1) % len(parts)], whole), 'share of another category quoted'),
           (F(parts[i], whole - parts[i]), 'share computed against the rest')]
    r = rate_pair(c, label, P.v, W.v, places=c.ch([1, 2]), kinds=['trans', 'off', 'alt', 'alt', 'decimal'], alt=alt)
    if not r:
        return None
    S, desc = r
    m = d['m']
    t = '%s%s%s%s。%s%s%s%s（占比%s），%s。' % (subj_open(c, d), d['whole'], W, m, c.ch(['从类型看，', '分类看，', '']),
                                          names[i], P, m, S, c.ch(['居各类之首', '较上年有所上升', '比重最大', '需重点关注']))
    return c.punct(t), [PCT(S, P, W)], desc


def share_ks(c, parts, places):
    """rounded shares that add up to exactly 100 (largest remainder), as k counts"""
    tot = sum(parts)
    unit = 100 * 10 ** places
    raw = [F(p * unit, tot) for p in parts]
    ks = [int(x) for x in raw]
    rem = unit - sum(ks)
    order = sorted(range(len(parts)), key=lambda i: -(raw[i] - ks[i]))
    for i in order[:rem]:
        ks[i] += 1
    return ks


def t_shares_sum100(c, label):
    d, names, parts, whole = share_parts(c, kmin=3)
    places = c.ch([1, 1, 2, 0])
    ks = share_ks(c, parts, places)
    desc = 'shares of an exhaustive breakdown add up to 100%'
    if label == 'inconsistent':
        kind = c.ch(['trans', 'drop', 'dup', 'off'])
        i = c.ri(0, len(ks) - 1)
        if kind == 'trans':
            k2 = g_transpose(ks[i], c.r)
            if not k2 or k2 == ks[i]:
                return None
            ks[i], desc = k2, 'digits of one share transposed'
        elif kind == 'drop':
            j = (i + 1) % len(ks)
            ks[i], desc = ks[i] + ks[j], 'one share includes its neighbour as well'
        elif kind == 'dup':
            j = (i + 1) % len(ks)
            if ks[i] == ks[j]:
                return None
            ks[j], desc = ks[i], 'one share copied into the next category'
        else:
            ks[i] += c.ch([-1, 1]) * c.ri(3, 12) * 10 ** places
            desc = 'one share off by several points'
            if ks[i] <= 0:
                return None
    S = [c.P(k, places) for k in ks]
    m = d['m']
    t = '%s%s%s%s，其中%s分别占%s。' % (subj_open(c, d), d['whole'], dnum(c, d, whole), m, join_dun(names, c, True),
                                  '、'.join(s.s for s in S))
    if c.p(0.4):
        t = '%s%s构成中，%s。' % (yr(c), d['whole'].replace('共有', ''), '，'.join('%s占%s' % (n, s) for n, s in zip(names, S)))
    return c.punct(t), [S100(S)], desc


def t_shares_with_amounts(c, label):
    d, names, parts, whole = share_parts(c, kmin=2, kmax=4)
    places = c.ch([1, 2])
    W = dnum(c, d, whole)
    P = [dnum(c, d, x) for x in parts]
    ks = [rh(F(p.v) / W.v * 100, places) for p in P]
    desc = 'each share equals its amount over the total'
    if label == 'inconsistent':
        kind = c.ch(['swap', 'trans', 'base'])
        if kind == 'swap':
            i, j = c.sample(range(len(ks)), 2)
            if abs(ks[i] - ks[j]) < 3 * 10 ** places:
                return None
            ks[i], ks[j] = ks[j], ks[i]
            desc = 'shares of %s and %s swapped' % (names[i], names[j])
        elif kind == 'trans':
            i = c.ri(0, len(ks) - 1)
            k2 = g_transpose(ks[i], c.r)
            if not k2 or k2 == ks[i]:
                return None
            ks[i], desc = k2, 'digits of the share of %s transposed' % names[i]
        else:
            i = c.ri(0, len(ks) - 1)
            if len(ks) < 3:
                return None
            rest = sum(parts) - parts[(i + 1) % len(parts)]
            ks[i] = rh(F(parts[i], rest) * 100, places)
            desc = 'share of %s computed on a total that leaves one category out' % names[i]
    S = [c.P(k, places) for k in ks]
    m = d['m']
    t = '%s%s%s%s，%s。' % (subj_open(c, d), d['whole'], W, m,
                         '；'.join('%s%s%s，占%s' % (n, p, m, s) for n, p, s in zip(names, P, S)))
    return c.punct(t), [PCT(s, p, W) for s, p in zip(S, P)], desc


def t_structure_ratio(c, label):
    gdp = c.ri(3000, 90000)       # tenths of 亿
    fr = [c.r.uniform(0.04, 0.2), c.r.uniform(0.25, 0.5)]
    p1, p2 = int(gdp * fr[0]), int(gdp * fr[1])
    p3 = gdp - p1 - p2
    parts = [p1, p2, p3]
    ks = [rh(F(p, gdp) * 100, 1) for p in parts]
    desc = 'structure terms are the shares of the three industries'
    with_vals = c.p(0.6)
    if label == 'inconsistent':
        kind = c.ch(['trans', 'swap', 'off'] if with_vals else ['trans', 'off'])
        i = c.ri(0, 2)
        if kind == 'trans':
            k2 = g_transpose(ks[i], c.r)
            if not k2 or k2 == ks[i]:
                return None
            ks[i], desc = k2, 'digits of one structure term transposed'
        elif kind == 'swap':
            ks[0], ks[1] = ks[1], ks[0]
            desc = 'primary and secondary terms swapped'
        else:
            ks[i] += c.ch([-1, 1]) * c.ri(5, 30)
            desc = 'one structure term off by at least half a point'
    V = [c.X(p, 1, '亿') for p in parts]
    G = c.X(gdp, 1, '亿')
    S = [c.PB(k, 1) for k in ks]
    ratio = '%s:%s:%s' % tuple(s.s for s in S) if c.p(0.6) else '%s∶%s∶%s' % tuple(s.s for s in S)
    checks = [S100(S, bare=True)]
    if with_vals:
        t = '%s全%s实现地区生产总值%s元。其中，第一产业增加值%s元，第二产业增加值%s元，第三产业增加值%s元，三次产业结构为%s。' % (
            yr(c), c.ch('县区市'), G, V[0], V[1], V[2], ratio)
        checks += [PCT(s, v, G, bare=True) for s, v in zip(S, V)]
    else:
        t = '%s，全%s三次产业结构调整为%s，%s。' % (yr(c), c.ch('县区市'), ratio, c.ch(['服务业主导地位进一步巩固', '产业结构持续优化']))
    return c.punct(t), checks, desc


# ---------------------------------------------------------------- growth

GROW = [
    ('一般公共预算收入', '元', '亿', 2, (200, 30000)),
    ('税收收入', '元', '亿', 2, (150, 20000)),
    ('社会消费品零售总额', '元', '亿', 1, (300, 9000)),
    ('外贸进出口总额', '元', '亿', 2, (500, 90000)),
    ('城镇新增就业', '人', '', 0, (2000, 60000)),
    ('接待游客', '人次', '万', 1, (300, 9000)),
    ('旅游总收入', '元', '亿', 2, (1000, 90000)),
    ('12345热线受理量', '件', '', 0, (8000, 300000)),
    ('新登记市场主体', '户', '', 0, (2000, 60000)),
    ('规上工业企业营业收入', '元', '亿', 1, (800, 20000)),
    ('城乡居民医保基金支出', '元', '万', 2, (300000, 9000000)),
    ('刑事案件立案数', '起', '', 0, (300, 9000)),
    ('生产安全事故起数', '起', '', 0, (15, 400)),
    ('信访总量', '件次', '', 0, (300, 9000)),
]


def grow_vals(c, down=None, big=False):
    name, m, mag, pl, (lo, hi) = c.ch(GROW)
    base = c.ri(lo, hi)
    if down is None:
        down = c.p(0.3)
    g = c.r.uniform(0.02, 0.35) if not big else c.r.uniform(1.05, 3.5)
    cur = int(base * (1 - g)) if down else int(base * (1 + g))
    if cur <= 0:
        return None
    return name, m, mag, pl, base, cur, down


def growth_stated(c, label, B, C, down, places=None, kinds=None):
    """stated growth (GN) for base/cur GNs; sign from down"""
    places = places if places is not None else c.ch([1, 1, 1, 2])
    g = F(C.v) / F(B.v) - 1
    mag_ = -g if down else g
    if label == 'consistent':
        return c.P(rh(mag_ * 100, places), places), 'growth rounded'
    kinds = kinds or ['swap', 'trans', 'off', 'sign', 'pp_diff']
    kind = c.ch(kinds)
    if kind == 'swap':
        g2 = 1 - F(B.v) / F(C.v)   # (cur-base)/cur
        k, desc = rh(abs(g2) * 100, places), 'growth computed on the current value instead of the base'
    elif kind == 'trans':
        k0 = rh(mag_ * 100, places)
        k = g_transpose(k0, c.r)
        desc = 'digits of the growth rate transposed'
    elif kind == 'off':
        k0 = rh(mag_ * 100, places)
        k = k0 + c.ch([-1, 1]) * c.ri(2, 40) * 10 ** max(0, places - 1) * 5
        desc = 'growth rate off by several points'
    elif kind == 'sign':
        return 'SIGN', 'direction of change reversed'
    else:
        k = rh(abs(F(C.v) - F(B.v)) / F(C.v + B.v) * 2 * 100, places)
        desc = 'growth computed against the average of the two years'
    if not k or k <= 0:
        return None
    return c.P(k, places), desc


def t_growth_yoy(c, label):
    v = grow_vals(c, down=False)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    r = growth_stated(c, label, B, C, down)
    if not r:
        return None
    S, desc = r
    word = '增长'
    sign = 1
    if S == 'SIGN':
        S = c.P(rh((F(C.v) / F(B.v) - 1) * 100, 1), 1)
        word, sign = '下降', -1
    form = c.ri(0, 2)
    if form == 0:
        t = '%s全%s%s%s%s，同比%s%s（上年同期%s%s）。' % (yr(c), c.ch('县区市'), name, C, m, word, S, B, m)
    elif form == 1:
        t = '%s%s%s%s，较%s年的%s%s%s%s。' % (yr(c), name, c.ch(['达到', '完成', '实现']), C.s + m, c.year - 1, B, m, word, S)
    else:
        t = '%s年%s%s%s，%s年为%s%s，比上年%s%s。' % (c.year - 1, name, B, m, c.year, C, m, word, S)
    return c.punct(t), [GRO(S, sign, B, C)], desc


def t_decline_yoy(c, label):
    v = grow_vals(c, down=True)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    r = growth_stated(c, label, B, C, True)
    if not r:
        return None
    S, desc = r
    word, sign = c.ch(['下降', '减少', '下降']), -1
    if S == 'SIGN':
        S = c.P(rh((1 - F(C.v) / F(B.v)) * 100, 1), 1)
        word, sign = '增长', 1
    t = c.ch(['%s%s%s%s，比上年的%s%s%s%s。', '%s%s由上年的%s%s降至%s%s，同比%s%s。'])
    if t.startswith('%s%s由'):
        t = t % (yr(c), name, B, m, C, m, word, S)
    else:
        t = t % (yr(c), name, C, m, B, m, word, S)
    return c.punct(t), [GRO(S, sign, B, C)], desc


def t_growth_mom(c, label):
    name, m, mag, pl, (lo, hi) = c.ch(GROW)
    lo2, hi2 = max(1, lo // 12), max(2, hi // 12)
    base = c.ri(lo2 * 3, hi2 * 3)
    down = c.p(0.4)
    cur = int(base * (1 + (-1 if down else 1) * c.r.uniform(0.02, 0.3)))
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    r = growth_stated(c, label, B, C, down)
    if not r:
        return None
    S, desc = r
    word, sign = ('下降', -1) if down else ('增长', 1)
    if S == 'SIGN':
        S = c.P(rh(abs(F(C.v) / F(B.v) - 1) * 100, 1), 1)
        sign = -sign
        word = '增长' if sign > 0 else '下降'
    mo = c.ri(2, 12)
    t = '%s%d月，%s%s%s，环比%s%s（%d月为%s%s）。' % (yr(c), mo, name, C, m, word, S, mo - 1, B, m)
    return c.punct(t), [GRO(S, sign, B, C)], desc


def t_growth_youzengzhi(c, label):
    v = grow_vals(c)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    r = growth_stated(c, label, B, C, down)
    if not r:
        return None
    S, desc = r
    sign = -1 if down else 1
    if S == 'SIGN':
        S = c.P(rh(abs(F(C.v) / F(B.v) - 1) * 100, 1), 1)
        sign = -sign
    v1 = '降至' if down else '增至'
    v2 = '增长' if sign > 0 else '下降'
    t = '%s由%s年的%s%s%s%s年的%s%s，%s%s。' % (name, c.year - 1, B, m, v1, c.year, C, m, v2, S)
    return c.punct(t), [GRO(S, sign, B, C)], desc


def t_growth_bei(c, label):
    v = grow_vals(c, down=False, big=True)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    g = F(C.v) / F(B.v) - 1
    pl2 = c.ch([1, 1, 2])
    if label == 'consistent':
        S, desc = c.T(rh(g, pl2), pl2), '增长N倍 = growth of N×100%'
    else:
        S, desc = c.T(rh(g + 1, pl2), pl2), '增长N倍 written with the multiple (是…的N倍) instead of the growth'
    t = '%s%s%s%s，比%s年增长%s，%s。' % (yr(c), name, C, m, c.year - 1, S, c.ch(['增幅居全市首位', '实现跨越式增长', '主要得益于新项目投产']))
    if c.p(0.5):
        t = '%s%s%s%s，较上年（%s%s）增长%s。' % (yr(c), name, c.ch(['', '达到']), C.s + m, B, m, S)
    else:
        t = t.replace('比%s年增长' % (c.year - 1), '比%s年（%s%s）增长' % (c.year - 1, B.s, m))
    return c.punct(t), [GRO(S, 1, B, C)], desc


def t_times_shi_bei(c, label):
    v = grow_vals(c, down=False, big=True)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    q = F(C.v) / F(B.v)
    pl2 = c.ch([1, 1, 2])
    if label == 'consistent':
        S, desc = c.T(rh(q, pl2), pl2), 'multiple = current / base'
    else:
        k = c.ch(['minus', 'trans'])
        if k == 'minus':
            S, desc = c.T(rh(q - 1, pl2), pl2), 'multiple written as the growth (one too small)'
        else:
            k0 = rh(q, pl2)
            k2 = g_transpose(k0, c.r)
            if not k2 or k2 == k0:
                return None
            S, desc = c.T(k2, pl2), 'digits of the multiple transposed'
    t = '%s%s%s%s，是%s年（%s%s）的%s。' % (yr(c), name, c.ch(['达', '']), C.s + m, c.year - 1, B, m, S)
    return c.punct(t), [QUOT(S, C, B)], desc


# ---------------------------------------------------------------- percentage points

PPR = [('城镇化率', 40, 75), ('高中阶段毛入学率', 88, 99), ('农村自来水普及率', 80, 99), ('森林覆盖率', 30, 70),
       ('空气质量优良天数比率', 75, 95), ('城镇调查失业率', 3, 6), ('研发经费投入强度', 1, 4),
       ('义务教育巩固率', 95, 99.9), ('二级以上医院占比', 20, 60), ('居民健康素养水平', 15, 35)]


def pp_vals(c, down=None):
    name, lo, hi = c.ch(PPR)
    places = c.ch([1, 1, 2])
    a = c.r.uniform(lo, hi)
    if down is None:
        down = c.p(0.3)
    d = max(0.2, a * c.r.uniform(0.02, 0.12))
    b = a - d if down else a + d
    if b <= 0 or b >= 100:
        return None
    ka, kb = rh(F(a), places), rh(F(b), places)
    return name, places, ka, kb, down


def pp_stated(c, label, ka, kb, places, down):
    diff = abs(kb - ka)
    ppl = places if c.p(0.7) else min(places, 1)
    if places > ppl:
        dk = rh(F(diff, 10 ** (places - ppl)))
    else:
        dk = diff
    if label == 'consistent':
        return c.D(dk, ppl), 'points = difference of the two rates'
    kind = c.ch(['relative', 'trans', 'off', 'sum'])
    if kind == 'relative':
        rel = F(diff, ka) * 100
        k = rh(rel, ppl)
        desc = 'relative change reported as percentage points'
    elif kind == 'trans':
        k = g_transpose(dk, c.r)
        desc = 'digits of the point change transposed'
    elif kind == 'off':
        k = dk + c.ch([-1, 1]) * c.ri(3, 15) * (10 ** max(0, ppl - 1))
        desc = 'point change off'
    else:
        k = rh(F(diff * 2, 10 ** max(0, places - ppl)))
        desc = 'point change doubled'
    if not k or k <= 0:
        return None
    return c.D(k, ppl), desc


def t_pp_rise(c, label):
    v = pp_vals(c, down=False)
    if not v:
        return None
    name, places, ka, kb, down = v
    A, B = c.P(ka, places), c.P(kb, places)
    r = pp_stated(c, label, ka, kb, places, down)
    if not r:
        return None
    S, desc = r
    t = c.ch(['%s%s由上年的%s提高到%s，提高%s个百分点。', '%s%s达到%s，比上年（%s）提高%s个百分点。',
              '%s%s为%s，较上年的%s上升%s个百分点。'])
    if '由上年' in t:
        t = t % (yr(c), name, A, B, S)
    else:
        t = t % (yr(c), name, B, A, S)
    return t, [PP(S, 1, A, B)], desc


def t_pp_fall(c, label):
    v = pp_vals(c, down=True)
    if not v:
        return None
    name, places, ka, kb, down = v
    A, B = c.P(ka, places), c.P(kb, places)
    r = pp_stated(c, label, ka, kb, places, down)
    if not r:
        return None
    S, desc = r
    t = '%s%s为%s，比上年的%s下降%s个百分点%s' % (yr(c), name, B, A, S, c.ch(['。', '，降幅收窄。', '，但仍高于全省平均。']))
    return t, [PP(S, -1, A, B)], desc


def t_pp_vs_region(c, label):
    v = pp_vals(c)
    if not v:
        return None
    name, places, ka, kb, down = v       # ka = province, kb = local
    P_, L_ = c.P(ka, places), c.P(kb, places)
    r = pp_stated(c, label, ka, kb, places, down)
    if not r:
        return None
    S, desc = r
    hl = '低于' if down else '高于'
    t = '%s我%s%s为%s，%s全省平均水平（%s）%s个百分点。' % (yr(c), c.ch('县区市'), name, L_, hl, P_, S)
    return t, [PP(S, -1 if down else 1, P_, L_)], desc


# ---------------------------------------------------------------- quotients

def quot_stated(c, label, num, den, places, kinds=('trans', 'wanyi', 'wrongden', 'off'), alt_den=None):
    """stated quotient num/den (Fractions) with `places` decimals, as GN via c.D or c.I"""
    q = F(num) / F(den)
    k0 = rh(q, places)
    if label == 'consistent':
        return k0, 'quotient rounded'
    kind = c.ch(list(kinds))
    if kind == 'trans':
        k = g_transpose(k0, c.r)
        desc = 'digits of the quotient transposed'
    elif kind == 'wanyi':
        k = k0 * 10 if c.p(0.5) else k0 // 10
        desc = 'quotient off by a factor of ten (unit slip)'
    elif kind == 'wrongden' and alt_den:
        k = rh(F(num) / F(alt_den), places)
        desc = 'quotient computed on another denominator'
    else:
        k = rh(q * F(c.ri(110, 135), 100), places) if c.p(0.5) else rh(q * F(c.ri(70, 90), 100), places)
        desc = 'quotient off by more than ten per cent'
    if not k or k == k0:
        return None
    return k, desc


def t_per_capita(c, label):
    what, tot_n, unit_out = c.ch([('人均地区生产总值', '地区生产总值', '元'), ('人均一般公共预算收入', '一般公共预算收入', '元'),
                                  ('人均社会消费品零售额', '社会消费品零售总额', '元'), ('人均储蓄存款', '城乡居民储蓄存款余额', '元')])
    pop = c.ri(150, 9000)          # tenths of 万人... use 2 decimals
    popk = c.ri(1500, 90000)       # hundredths of 万
    P_ = c.X(popk, 2, '万')
    per = c.ri(20000, 150000) if '生产总值' in tot_n or '储蓄' in tot_n else c.ri(3000, 40000)
    totk = rh(F(per) * P_.v / 10 ** 8, 2)    # hundredths of 亿
    T_ = c.X(totk, 2, '亿')
    r = quot_stated(c, label, T_.v, P_.v, 0, alt_den=P_.v * F(c.ri(105, 120), 100))
    if not r:
        return None
    k, desc = r
    S = c.I(k)
    t = '%s，全%s%s%s元，常住人口%s人，%s%s%s。' % (yr(c), c.ch('县区市'), tot_n, T_, P_, what, c.ch(['达', '为', '']), S.s + unit_out)
    return c.punct(t), [QUOT(S, T_, P_)], desc


def t_per_household(c, label):
    what = c.ch(['发放耕地地力保护补贴', '发放临时救助金', '兑现生态公益林补偿资金', '发放困难群众取暖补贴', '拨付危房改造补助资金'])
    hh = c.ri(120, 60000)
    per = c.ri(80, 30000)
    raw = per * hh + c.ri(-hh // 3, hh // 3)
    if raw >= 10 ** 6 and c.p(0.7):
        T_ = c.X(rh(F(raw, 100)), 2, '万')
    else:
        T_ = c.I(raw)
    H = c.I(hh)
    places = c.ch([0, 0, 1, 2])
    r = quot_stated(c, label, T_.v, H.v, places)
    if not r:
        return None
    k, desc = r
    S = c.D(k, places) if places else c.I(k)
    t = '%s%s元，惠及%s户，户均%s元。' % (what, T_, H, S)
    if c.p(0.4):
        t = '全年%s共计%s元，涉及%s户，平均每户%s元。' % (what, T_, H, S)
    return t, [QUOT(S, T_, H)], desc


def t_average_per_item(c, label):
    what, per_w, m_out, mag, pl = c.ch([('个项目，总投资', '平均每个项目投资', '元', '亿', 2),
                                        ('场活动，参与群众', '场均参与', '人次', '', 0),
                                        ('期培训班，培训学员', '平均每期培训', '人', '', 0),
                                        ('家企业，实现营业收入', '户均营业收入', '元', '亿', 2)])
    n = c.ri(8, 400)
    if mag == '亿':
        tot = c.ri(300, 90000)
        T_ = c.X(tot, 2, '亿')
        q = T_.v / n
        # per-item in 万 with 1-2 decimals
        places = c.ch([0, 1, 2])
        N = c.I(n)
        r = quot_stated(c, label, T_.v / 10 ** 4, N.v, places)
        if not r:
            return None
        k, desc = r
        S = c.X(k, places, '万')
        t = '%s共实施%s%s%s元，%s%s元。' % (yr(c), N, what, T_, per_w, S)
        if '企业' in what:
            t = '%s全%s规上工业%s%s%s元，%s%s元。' % (yr(c), c.ch('县区市'), N, what.replace('个项目，', ''), T_, per_w, S)
        return c.punct(t), [QUOT(S, T_, N)], desc
    tot = n * c.ri(20, 300) + c.ri(0, n - 1)
    T_, N = c.I(tot), c.I(n)
    places = c.ch([0, 1])
    r = quot_stated(c, label, T_.v, N.v, places)
    if not r:
        return None
    k, desc = r
    S = c.D(k, places) if places else c.I(k)
    t = '%s共开展%s%s%s%s，%s%s%s。' % (c.ch(['全年', '今年以来', '上半年']), N, what, T_, m_out, per_w, S, m_out)
    return c.punct(t), [QUOT(S, T_, N)], desc


def t_ratio_teacher_student(c, label):
    t_ = c.ri(150, 9000)
    ratio = c.r.uniform(11, 19)
    s_ = int(t_ * ratio)
    T_, S_ = c.I(t_), c.I(s_)
    r = quot_stated(c, label, s_, t_, 1, kinds=('trans', 'off'))
    if not r:
        return None
    k, desc = r
    Q = c.D(k, 1)
    lvl = c.ch(['小学', '初中', '普通高中', '中等职业学校'])
    colon = c.ch([':', '∶', '：'])
    t = '全%s%s在校生%s人，专任教师%s人，生师比为%s%s1。' % (c.ch('县区市'), lvl, S_, T_, Q, colon)
    return t, [QUOT(Q, S_, T_)], desc


def t_good_air_days(c, label):
    y = c.year
    days = 366 if y % 4 == 0 else 365
    good = c.ri(int(days * 0.7), days - 5)
    D, G = c.I(days), c.I(good)
    alt = [(F(good, 365 if days == 366 else 366), 'ratio computed with the wrong number of days'),
           (F(good + c.ri(5, 30), days), 'ratio includes lightly polluted days')]
    r = rate_pair(c, label, good, days, places=1, kinds=['alt', 'trans', 'off'], alt=alt)
    if not r:
        return None
    S, desc = r
    t = '%d年，%s城区有效监测天数%s天，空气质量优良天数%s天，优良天数比率%s。' % (y, place(c), D, G, S)
    return t, [PCT(S, G, D)], desc


def t_bed_usage(c, label):
    beds = c.ri(200, 3000)
    y = c.year
    days = 366 if y % 4 == 0 else 365
    open_bd = beds * days
    used = int(open_bd * c.r.uniform(0.6, 0.98))
    O, U = c.I(open_bd), c.I(used)
    r = rate_pair(c, label, used, open_bd, places=c.ch([1, 2]), kinds=['trans', 'off', 'base'])
    if not r:
        return None
    S, desc = r
    hosp = c.ch(['县人民医院', '区中医院', '市第二人民医院', '妇幼保健院'])
    form = c.ri(0, 2)
    if form == 0:
        t = '%d年%s实际开放总床日数%s，实际占用总床日数%s，病床使用率%s。' % (y, hosp, O, U, S)
    elif form == 1:
        t = '%s%d年医疗服务情况：\n实际开放总床日数：%s\n实际占用总床日数：%s\n病床使用率：%s' % (hosp, y, O, U, S)
    else:
        t = '全年%s实有床位%d张，实际开放总床日%s个，实际占用总床日%s个，病床使用率为%s。' % (hosp, beds, O, U, S)
    return t, [PCT(S, U, O)], desc


# ---------------------------------------------------------------- per mille, words

def t_permille_birth(c, label):
    popk = c.ri(3000, 90000)          # hundredths of 万
    P_ = c.X(popk, 2, '万')
    br = c.r.uniform(0.005, 0.012)
    dr = c.r.uniform(0.005, 0.01)
    births = int(P_.v * F(br).limit_denominator(10 ** 6))
    deaths = int(P_.v * F(dr).limit_denominator(10 ** 6))
    Bn, Dn = c.I(births), c.I(deaths)
    places = 2
    kb = rh(F(births) / P_.v * 1000, places)
    kd = rh(F(deaths) / P_.v * 1000, places)
    desc = 'birth and death rates per mille of the population, natural growth = difference'
    if label == 'inconsistent':
        kind = c.ch(['pct', 'trans', 'nat'])
        if kind == 'pct':
            kb = rh(F(births) / P_.v * 100, places)
            desc = 'birth rate computed per cent but printed with ‰'
        elif kind == 'trans':
            k2 = g_transpose(kb, c.r)
            if not k2 or k2 == kb:
                return None
            kb, desc = k2, 'digits of the birth rate transposed'
    kn = kb - kd
    BR, DR = c.P(kb, places, '‰'), c.P(kd, places, '‰')
    checks = [PCT(BR, Bn, P_), PCT(DR, Dn, P_)]
    if label == 'inconsistent' and desc.startswith('birth and'):
        # natural growth rate slip
        kn2 = rh(F(births - deaths) / P_.v * 1000, places) + c.ch([-1, 1]) * c.ri(20, 90)
        NR = c.P(abs(kn2), places, '‰')
        desc = 'natural growth rate does not equal birth rate minus death rate'
    else:
        NR = c.P(abs(kn), places, '‰')
    if kn >= 0:
        checks.append(LIN([('+', BR), ('-', DR)], NR))
        nw = '人口自然增长率为%s' % NR
    else:
        checks.append(LIN([('+', DR), ('-', BR)], NR))
        nw = '人口自然增长率为-%s' % NR
    if NR.k == 0:
        return None
    form = c.ri(0, 2)
    if form == 0:
        t = '%s年末全%s常住人口%s人。全年出生人口%s人，出生率%s；死亡人口%s人，死亡率%s；%s。' % (
            c.year, c.ch('县区市'), P_, Bn, BR, Dn, DR, nw)
    elif form == 1:
        t = '全年出生人口%s人，人口出生率为%s；死亡人口%s人，人口死亡率为%s；%s。年末常住人口%s人。' % (
            Bn, BR, Dn, DR, nw, P_)
    else:
        t = '人口：年末常住人口%s人｜出生%s人（出生率%s）｜死亡%s人（死亡率%s）｜%s' % (P_, Bn, BR, Dn, DR, nw.replace('为', ''))
    return t, checks, desc


def t_permille_words(c, label):
    births = c.ri(2000, 60000)
    r_ = c.r.uniform(0.0015, 0.006)
    deaths = max(2, int(births * r_))
    what = c.ch([('婴儿死亡', '婴儿死亡率'), ('5岁以下儿童死亡', '5岁以下儿童死亡率')])
    places = c.ch([1, 2])
    ratio = F(deaths, births)
    k0 = rh(ratio * 1000, places)
    if label == 'consistent':
        k, desc = k0, 'rate per mille rounded'
    else:
        kind = c.ch(['pct', 'trans', 'off'])
        if kind == 'pct':
            k, desc = rh(ratio * 100, places), 'rate computed per cent but written 千分之'
        elif kind == 'trans':
            k, desc = g_transpose(k0, c.r), 'digits transposed'
        else:
            k, desc = k0 + c.ri(5, 30) * (10 ** max(0, places - 1)), 'rate off'
        if not k or k == k0:
            return None
    if places == 2 and k % 10 == 0:
        return None
    S = c.PW(k, places, '千分之')
    B, D = c.I(births), c.I(deaths)
    form = c.ri(0, 2)
    if form == 0:
        t = '全年活产数%s人，%s%s人，%s为%s，%s。' % (B, what[0], D, what[1], S, c.ch(['低于全省平均水平', '控制在规划目标以内', '较上年有所下降']))
    elif form == 1:
        t = '妇幼健康：全%s%d年住院分娩活产%s人，%s%s例，%s%s。' % (c.ch('县区市'), c.year, B, what[0], D, what[1], S)
    else:
        t = '%s下降到%s（%d年活产%s人中%s%s人），妇幼健康核心指标持续向好。' % (what[1], S, c.year, B, what[0], D)
    return t, [PCT(S, D, B)], desc


def t_pct_words(c, label):
    spec, den, num = rate_vals(c)
    subj, denp, nump, rname, m, _, _ = spec
    places = c.ch([1, 1, 2, 0])
    ratio = F(num, den)
    k0 = rh(ratio * 100, places)
    if label == 'consistent':
        k, desc = k0, 'rate in words rounded'
    else:
        res = bad_rate_k(c, k0, places, ratio, ['trans', 'off', 'base'])
        if not res:
            return None
        k, desc = res
        if k == k0 or k <= 0:
            return None
    if places == 2 and k % 10 == 0:
        return None
    S = c.PW(k, places)
    D, N = c.I(den), c.I(num)
    t = '%s%s%s%s，%s%s%s，%s达到%s。' % (c.ch(subj), denp, D, m, nump, N, m, rname, S)
    return t, [PCT(S, N, D)], desc


# ---------------------------------------------------------------- rates in tables

def t_table_budget_exec(c, label):
    k = c.ri(3, 6)
    rows = c.sample(FUNCS, k)
    bud = [c.ri(30000, 900000) for _ in rows]       # hundredths of 万
    act = [int(b * c.r.uniform(0.6, 1.0)) for b in bud]
    B = [c.X(x, 2, '', sep=False) for x in bud]
    A = [c.X(x, 2, '', sep=False) for x in act]
    ks = [rh(F(a.v) / F(b.v) * 100, 1) for a, b in zip(A, B)]
    desc = 'every execution rate equals actual / budget'
    if label == 'inconsistent':
        i = c.ri(0, k - 1)
        res = bad_rate_k(c, ks[i], 1, F(A[i].v) / F(B[i].v), ['trans', 'off', 'base'])
        if not res or res[0] == ks[i]:
            return None
        ks[i], d0 = res
        desc = 'row %s: %s' % (rows[i], d0)
    pct_sign = c.p(0.4)
    S = [c.P(x, 1) if pct_sign else c.PB(x, 1) for x in ks]
    header = ['科目', '预算数（万元）', '执行数（万元）', '执行率' if pct_sign else '执行率（%）']
    body = [[rows[i], B[i].s, A[i].s, S[i].s] for i in range(k)]
    text = '%s%s年部分支出科目预算执行情况\n' % (place(c), c.year) + render_table(c, header, body, c.ch(['tab', 'md', 'bar', 'space']))
    return text, [PCT(S[i], A[i], B[i], bare=not pct_sign) for i in range(k)], desc


def t_table_pass_rate(c, label):
    k = c.ri(3, 6)
    rows = c.sample(['粮食加工品', '食用油', '肉制品', '乳制品', '饮料', '调味品', '酒类', '糕点', '蔬菜制品', '水产制品', '餐饮食品'], k)
    den = [c.ri(20, 900) for _ in rows]
    num = [d - c.ri(0, max(1, d // 15)) for d in den]
    ks = [rh(F(n, d) * 100, 2) for n, d in zip(num, den)]
    desc = 'every pass rate equals passed / sampled'
    if label == 'inconsistent':
        i = c.ri(0, k - 1)
        res = bad_rate_k(c, ks[i], 2, F(num[i], den[i]), ['trans', 'off', 'claim100'])
        if not res or res[0] == ks[i]:
            return None
        ks[i], d0 = res
        desc = 'row %s: %s' % (rows[i], d0)
    D = [c.I(x, sep=False) for x in den]
    N = [c.I(x, sep=False) for x in num]
    S = [c.P(x, 2) if x != 10000 else c.P(100, 0) for x in ks]
    header = ['食品类别', '抽检批次', '合格批次', '合格率']
    body = [[rows[i], D[i].s, N[i].s, S[i].s] for i in range(k)]
    text = '表%d  %s年食品安全监督抽检结果\n' % (c.ri(1, 6), c.year) + render_table(c, header, body, c.ch(['tab', 'md', 'bar', 'space', 'lines']))
    return text, [PCT(S[i], N[i], D[i]) for i in range(k)], desc


def t_table_growth(c, label):
    k = c.ri(3, 5)
    specs = c.sample(GROW, k)
    base = [c.ri(*s[4]) for s in specs]
    cur = [int(b * (1 + c.r.uniform(-0.2, 0.35))) for b in base]
    B = [c.X(b, s[3], '', sep=False) for b, s in zip(base, specs)]
    C = [c.X(x, s[3], '', sep=False) for x, s in zip(cur, specs)]
    gk = [rh(abs(F(cc.v) / F(bb.v) - 1) * 100, 1) for bb, cc in zip(B, C)]
    signs = [1 if cc.v >= bb.v else -1 for bb, cc in zip(B, C)]
    desc = 'every growth column value equals current / previous - 1'
    if label == 'inconsistent':
        i = c.ri(0, k - 1)
        kind = c.ch(['swap', 'trans', 'sign'])
        if kind == 'swap':
            gk[i] = rh(abs(1 - F(B[i].v) / F(C[i].v)) * 100, 1)
            desc = 'row %s: growth computed on the current value' % specs[i][0]
        elif kind == 'trans':
            g2 = g_transpose(gk[i], c.r)
            if not g2 or g2 == gk[i]:
                return None
            gk[i], desc = g2, 'row %s: digits of the growth transposed' % specs[i][0]
        else:
            if gk[i] < 15:
                return None
            signs[i] = -signs[i]
            desc = 'row %s: minus sign lost or added' % specs[i][0]
    G = [c.PB(x, 1) for x in gk]
    gs = [('-' if sg < 0 else '') + g.s for g, sg in zip(G, signs)]
    unit = lambda s: (s[2] + s[1]) if s[2] else s[1]
    header = ['指标', '单位', '%d年' % (c.year - 1), '%d年' % c.year, '增长（%）']
    body = [[specs[i][0], unit(specs[i]), B[i].s, C[i].s, gs[i]] for i in range(k)]
    text = '%s主要经济社会指标\n' % place(c) + render_table(c, header, body, c.ch(['tab', 'md', 'bar', 'space']))
    return text, [GRO(G[i], signs[i], B[i], C[i], bare=True) for i in range(k)], desc


def t_table_shares(c, label):
    d, names, parts, whole = share_parts(c, kmin=3, kmax=5)
    places = c.ch([1, 2])
    ks = share_ks(c, parts, places)
    desc = 'each share is its count over the total and the shares add up to 100'
    if label == 'inconsistent':
        i, j = c.sample(range(len(ks)), 2)
        if c.p(0.5):
            if abs(ks[i] - ks[j]) < 3 * 10 ** places:
                return None
            ks[i], ks[j] = ks[j], ks[i]
            desc = 'shares of %s and %s swapped' % (names[i], names[j])
        else:
            k2 = g_transpose(ks[i], c.r)
            if not k2 or k2 == ks[i]:
                return None
            ks[i], desc = k2, 'digits of the share of %s transposed' % names[i]
    V = [c.X(p, d['pl'], '', sep=False) for p in parts]
    W = c.X(whole, d['pl'], '', sep=False)
    S = [c.PB(x, places) for x in ks]
    u = (d['mag'] + d['m']) if d['mag'] else d['m']
    header = ['类别', '数量（%s）' % u, '占比（%）']
    body = [[n, v.s, s.s] for n, v, s in zip(names, V, S)] + [['合计', W.s, '100']]
    text = '%s%s构成情况\n' % (yr(c), d['whole'].replace('共有', '').replace('受理', '受理的')) + render_table(c, header, body, c.ch(['tab', 'md', 'bar', 'space']))
    checks = [PCT(s, v, W, bare=True) for s, v in zip(S, V)] + [S100(S, bare=True)]
    return text, checks, desc


def t_pp_from_table(c, label):
    v = pp_vals(c)
    if not v:
        return None
    name, places, ka, kb, down = v
    A, B = c.P(ka, places), c.P(kb, places)
    r = pp_stated(c, label, ka, kb, places, down)
    if not r:
        return None
    S, desc = r
    others = [p for p in PPR if p[0] != name]
    extra = []
    for nm, lo, hi in c.sample(others, c.ri(1, 3)):
        x0 = c.r.uniform(lo, hi)
        extra.append([nm, c.P(rh(F(x0), places), places).s, c.P(rh(F(x0 * c.r.uniform(0.95, 1.05)), places), places).s])
    rows = extra + [[name, A.s, B.s]]
    c.r.shuffle(rows)
    tab = render_table(c, ['指标', '%d年' % (c.year - 1), '%d年' % c.year], rows, c.ch(['tab', 'md', 'bar']))
    t = '%s\n如上表，%s%s%s个百分点。' % (tab, name, '下降' if down else '提高', S)
    chk = PP(S, -1 if down else 1, A, B)
    # bare table cells: express the rates as percentages through the pp relation's own strings
    return t, [chk], desc


# ---------------------------------------------------------------- more rate constructions

def t_multi_rates_fenbie(c, label):
    acc = c.ri(2000, 200000)
    done = int(acc * c.r.uniform(0.93, 0.999))
    visit = int(done * c.r.uniform(0.3, 0.9))
    sat = int(visit * c.r.uniform(0.85, 0.99))
    A, D, V, S_ = c.I(acc), c.I(done), c.I(visit), c.I(sat)
    places = c.ch([1, 2])
    k1 = rh(F(done, acc) * 100, places)
    k2 = rh(F(sat, visit) * 100, places)
    desc = 'both rates match their own counts'
    if label == 'inconsistent':
        kind = c.ch(['swap', 'wrongden', 'trans'])
        if kind == 'swap':
            if abs(k1 - k2) < 3 * 10 ** places:
                return None
            k1, k2 = k2, k1
            desc = 'the two rates given in the wrong order'
        elif kind == 'wrongden':
            k2 = rh(F(sat, done) * 100, places)
            desc = 'satisfaction rate computed on all concluded cases instead of the visited ones'
        else:
            x = g_transpose(k1, c.r)
            if not x or x == k1:
                return None
            k1, desc = x, 'digits of the closing rate transposed'
    R1, R2 = c.P(k1, places), c.P(k2, places)
    form = c.ri(0, 2)
    who = c.ch(['12345热线', '市民热线', '区便民服务中心'])
    if form == 0:
        t = '%s，%s共受理诉求%s件，办结%s件；回访%s件，群众满意%s件，办结率、满意率分别为%s和%s。' % (
            yr(c), who, A, D, V, S_, R1, R2)
    elif form == 1:
        t = '%s运行情况\n受理量：%s件｜办结量：%s件｜办结率：%s\n回访量：%s件｜满意量：%s件｜满意率：%s' % (
            who, A, D, R1, V, S_, R2)
    else:
        t = '%s%s受理%s件、办结%s件，办结率%s；对办结件回访%s件，其中满意%s件，满意率%s。' % (
            yr(c), who, A, D, R1, V, S_, R2)
    return c.punct(t), [PCT(R1, D, A), PCT(R2, S_, V)], desc


def t_two_declines_fenbie(c, label):
    a0 = c.ri(20, 400)
    a1 = int(a0 * c.r.uniform(0.6, 0.95))
    d0 = c.ri(10, 300)
    d1 = int(d0 * c.r.uniform(0.5, 0.95))
    if min(a1, d1) <= 0:
        return None
    A0, A1, D0, D1 = c.I(a0), c.I(a1), c.I(d0), c.I(d1)
    g1 = rh((1 - F(a1, a0)) * 100, 1)
    g2 = rh((1 - F(d1, d0)) * 100, 1)
    desc = 'both declines match their own figures'
    if label == 'inconsistent':
        kind = c.ch(['swap', 'base', 'trans'])
        if kind == 'swap':
            if abs(g1 - g2) < 30:
                return None
            g1, g2 = g2, g1
            desc = 'the two declines given in the wrong order'
        elif kind == 'base':
            g2 = rh((F(d0, d1) - 1) * 100, 1)
            desc = 'death decline computed on the current value'
        else:
            x = g_transpose(g1, c.r)
            if not x or x == g1:
                return None
            g1, desc = x, 'digits of the accident decline transposed'
    G1, G2 = c.P(g1, 1), c.P(g2, 1)
    form = c.ri(0, 2)
    if form == 0:
        t = '%s全%s发生各类生产安全事故%s起、死亡%s人，上年分别为%s起、%s人，事故起数和死亡人数同比分别下降%s和%s。' % (
            yr(c), c.ch('县区市'), A1, D1, A0, D0, G1, G2)
    elif form == 1:
        t = '%s全%s共发生道路交通事故%s起（上年%s起），同比下降%s；死亡%s人（上年%s人），同比下降%s。' % (
            yr(c), c.ch('县区市'), A1, A0, G1, D1, D0, G2)
    else:
        t = '安全生产形势持续稳定向好。全年事故起数%s起、死亡人数%s人，较上年的%s起、%s人实现“双下降”，降幅分别为%s、%s。' % (
            A1, D1, A0, D0, G1, G2)
    return c.punct(t), [GRO(G1, -1, A0, A1), GRO(G2, -1, D0, D1)], desc


def t_time_progress(c, label):
    what, m, mag, pl, lo, hi = c.ch([('固定资产投资', '元', '亿', 2, 1000, 90000), ('招商引资到位资金', '元', '亿', 2, 500, 30000),
                                     ('城镇新增就业', '人', '', 0, 2000, 40000), ('税收收入', '元', '万', 0, 20000, 900000)])
    tgt = c.ri(lo, hi)
    done = int(tgt * c.r.uniform(0.4, 0.95))
    T_, D_ = c.X(tgt, pl, mag), c.X(done, pl, mag)
    r = rate_pair(c, label, D_.v, T_.v, places=c.ch([1, 1, 2, 0]), kinds=['trans', 'off', 'base'])
    if not r:
        return None
    S, desc = r
    mo = c.ri(5, 11)
    t = '1—%d月，%s完成%s%s，占全年目标任务%s%s的%s，%s。' % (
        mo, what, D_, m, T_, m, S, c.ch(['超序时进度', '基本达到序时进度', '与序时进度仍有差距']))
    if c.p(0.4):
        t = '%s：全年目标%s%s，1—%d月完成%s%s，完成年度目标的%s。' % (what, T_, m, mo, D_, m, S)
    return c.punct(t), [PCT(S, D_, T_)], desc


def t_completion_over_100(c, label):
    what, m, mag, pl, lo, hi = c.ch([('一般公共预算收入', '元', '亿', 2, 300, 30000), ('城镇新增就业', '人', '', 0, 2000, 40000),
                                     ('植树造林', '亩', '万', 2, 100, 9000), ('粮食播种面积', '亩', '万', 2, 1000, 30000)])
    tgt = c.ri(lo, hi)
    done = int(tgt * c.r.uniform(1.01, 1.35))
    T_, D_ = c.X(tgt, pl, mag), c.X(done, pl, mag)
    r = rate_pair(c, label, D_.v, T_.v, places=c.ch([1, 1, 2]),
                  kinds=['trans', 'alt', 'base'], alt=[(F(done - tgt, tgt), 'excess over the plan given as the completion rate'),
                                                     (F(tgt, done), 'completion rate inverted')])
    if not r:
        return None
    S, desc = r
    t = '全年%s%s%s，为年度计划%s%s的%s，%s。' % (what, D_, m, T_, m, S, c.ch(['超额完成任务', '圆满完成目标任务']))
    return c.punct(t), [PCT(S, D_, T_)], desc


def t_rd_intensity(c, label):
    gdp = c.ri(3000, 90000)      # tenths of 亿
    rd = int(gdp * c.r.uniform(0.01, 0.04) * 10)    # hundredths of 亿
    G, R = c.X(gdp, 1, '亿'), c.X(rd, 2, '亿')
    r = rate_pair(c, label, R.v, G.v, places=2, kinds=['trans', 'off', 'decimal', 'alt'],
                  alt=[(R.v / G.v * 10, 'R&D intensity shifted by a 亿/万 slip')])
    if not r:
        return None
    S, desc = r
    form = c.ri(0, 2)
    if form == 0:
        t = '%s全%s研究与试验发展（R&D）经费投入%s元，相当于地区生产总值（%s元）的%s。' % (yr(c), c.ch('县区市'), R, G, S)
    elif form == 1:
        t = '%s全%s地区生产总值%s元，全社会研发经费支出%s元，研发投入强度达到%s，%s。' % (
            yr(c), c.ch('县区市'), G, R, S, c.ch(['创历史新高', '高于全省平均水平', '科技创新支撑能力持续增强']))
    else:
        t = '科技创新：R&D经费%s元，占GDP比重%s（GDP %s元）。' % (R, S, G)
    return t, [PCT(S, R, G)], desc


def t_rate_fullwidth(c, label):
    c.fw = True
    return rate_generic_impl(c, label, c.ri(0, 2))


def t_rate_across_sentences(c, label):
    spec, den, num = rate_vals(c)
    subj, denp, nump, rname, m, _, _ = spec
    r = rate_pair(c, label, num, den, kinds=['trans', 'off', 'base', 'claim100'])
    if not r:
        return None
    S, desc = r
    D, N = c.I(den), c.I(num)
    f = c.sample(FILLERS, 2)
    t = '%s，%s%s%s%s。%s，%s。截至年底，%s%s%s。经统计，%s%s。' % (
        yr(c), c.ch(subj), denp, D, m, f[0], f[1], c.ch(['已', '累计已']) + nump.lstrip('已'), N, m, rname, c.ch(['为', '达']) + S.s)
    return t, [PCT(S, N, D)], desc


def t_rate_pdf_broken(c, label):
    spec, den, num = rate_vals(c)
    subj, denp, nump, rname, m, _, _ = spec
    r = rate_pair(c, label, num, den, kinds=['trans', 'off', 'base'])
    if not r:
        return None
    S, desc = r
    D, N = c.I(den), c.I(num)
    which = c.ri(0, 2)
    if which == 0:
        S = brk(S, c.r)
    elif which == 1:
        D = brk(D, c.r)
    else:
        N = brk(N, c.r)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (c.ch(subj), denp, D, m, nump, N, m, rname, S)
    return t, [PCT(S, N, D)], desc


def t_share_female(c, label):
    what, grp = c.ch([('新录用公务员', '女性'), ('本届人大代表', '妇女代表'), ('村“两委”成员', '女性成员'),
                      ('专任教师', '女教师'), ('新发展党员', '女党员'), ('技能人才', '高技能人才')])
    w = c.ri(40, 9000)
    f = int(w * c.r.uniform(0.1, 0.7))
    W, Fm = c.I(w), c.I(f)
    r = rate_pair(c, label, f, w, places=c.ch([1, 2]), kinds=['trans', 'alt', 'off'],
                  alt=[(F(w - f, w), 'share of the other group quoted'), (F(f, w - f), 'share computed against the rest')])
    if not r:
        return None
    S, desc = r
    t = '%s%s人，其中%s%s人，占%s。' % (what, W, grp, Fm, S)
    if c.p(0.4):
        t = '%s中，%s有%s人，占%s总数（%s人）的%s。' % (what, grp, Fm, what, W, S)
    return t, [PCT(S, Fm, W)], desc


def t_growth_lines(c, label):
    v = grow_vals(c)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    r = growth_stated(c, label, B, C, down, kinds=['swap', 'trans', 'off', 'pp_diff'])
    if not r:
        return None
    S, desc = r
    u = (mag + m) if mag else m
    t = '【%s】\n%d年：%s%s\n%d年：%s%s\n%s：%s' % (name, c.year - 1, B, u[len(mag):] if mag else u, c.year, C,
                                              u[len(mag):] if mag else u, '降幅' if down else '增幅', S)
    return t, [GRO(S, -1 if down else 1, B, C)], desc


def t_growth_mixed_units(c, label):
    name = c.ch(['一般公共预算收入', '社会消费品零售总额', '旅游总收入', '招商引资到位资金', '农村居民人均可支配收入总额'])
    base = c.ri(3000, 9999)           # 万元, integer
    cur = int(base * c.r.uniform(1.05, 1.6))
    if cur < 10000:
        return None
    B = c.X(base, 0, '万')
    C = c.X(rh(F(cur, 100)), 2, '亿')
    r = growth_stated(c, label, B, C, False, places=1, kinds=['swap', 'trans', 'off'])
    if not r:
        return None
    S, desc = r
    t = '%s从%d年的%s元增加到%d年的%s元，增长%s，首次突破亿元大关。' % (name, c.year - 1, B, c.year, C, S)
    return t, [GRO(S, 1, B, C)], desc


def t_growth_minus_sign(c, label):
    v = grow_vals(c, down=True)
    if not v:
        return None
    name, m, mag, pl, base, cur, down = v
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    r = growth_stated(c, label, B, C, True, kinds=['swap', 'trans', 'off'])
    if not r:
        return None
    S, desc = r
    t = '%s%s%s%s，上年为%s%s，同比增长-%s。' % (yr(c), name, C, m, B, m, S)
    return c.punct(t), [GRO(S, -1, B, C)], desc


def t_rate_zhenggai_amount(c, label):
    tot = c.ri(50, 9000)             # hundredths of 亿
    fixed = int(tot * 100 * c.r.uniform(0.5, 0.99))     # 万
    T_ = c.X(tot, 2, '亿')
    X_ = c.X(fixed, 0, '万')
    r = rate_pair(c, label, X_.v, T_.v, places=c.ch([1, 2]), kinds=['trans', 'off', 'alt', 'decimal'],
                  alt=[(X_.v / T_.v / 10, '万/亿 slip in the rectification rate')])
    if not r:
        return None
    S, desc = r
    form = c.ri(0, 2)
    if form == 0:
        t = '审计查出问题金额%s元，截至%s已整改问题金额%s元，整改率%s。' % (T_, c.ch(['目前', '报告日', '%d月底' % c.ri(3, 12)]), X_, S)
    elif form == 1:
        t = '%s本级预算执行和其他财政收支审计发现问题涉及金额%s元。有关部门已通过上缴财政、调整账目、规范管理等方式整改%s元，问题金额整改率%s。' % (
            c.ch(['对', '']), T_, X_, S)
    else:
        t = '整改总体情况：涉及金额的问题%s元，已完成整改%s元（占%s），其余问题正在持续推进。' % (T_, X_, S)
    return t, [PCT(S, X_, T_)], desc


def t_rate_exam(c, label):
    sit = c.ri(2000, 60000)
    adm = int(sit * c.r.uniform(0.45, 0.65))
    line = int(sit * c.r.uniform(0.7, 0.95))
    Si, Ad, Li = c.I(sit), c.I(adm), c.I(line)
    places = c.ch([1, 2])
    k1 = rh(F(adm, sit) * 100, places)
    k2 = rh(F(line, sit) * 100, places)
    desc = 'admission and pass rates match their counts'
    if label == 'inconsistent':
        kind = c.ch(['swap', 'trans', 'base'])
        if kind == 'swap':
            k1, k2 = k2, k1
            desc = 'the two rates swapped'
        elif kind == 'trans':
            x = g_transpose(k2, c.r)
            if not x or x == k2:
                return None
            k2, desc = x, 'digits of the pass rate transposed'
        else:
            k1 = rh(F(adm, line) * 100, places)
            desc = 'admission rate computed on those above the line'
    R1, R2 = c.P(k1, places), c.P(k2, places)
    form = c.ri(0, 2)
    if form == 0:
        t = '%s年全%s参加中考考生%s人，普通高中录取%s人，录取率%s；总分达到最低控制线的考生%s人，上线率%s。' % (
            c.year, c.ch('县区市'), Si, Ad, R1, Li, R2)
    elif form == 1:
        t = '【%s年招生工作】实考人数：%s人\n普高录取：%s人（录取率%s）\n上线人数：%s人（上线率%s）' % (c.year, Si, Ad, R1, Li, R2)
    else:
        t = '今年我%s共有%s名考生参加高考，本科上线%s人，上线率%s；最终被本科院校录取%s人，本科录取率%s。' % (
            c.ch('县区市'), Si, Li, R2, Ad, R1)
        if label == 'inconsistent' and desc.startswith('admission rate computed'):
            desc = 'admission rate computed on those above the line'
    return t, [PCT(R1, Ad, Si), PCT(R2, Li, Si)], desc


def t_rate_headline_first(c, label):
    spec, den, num = rate_vals(c)
    subj, denp, nump, rname, m, _, _ = spec
    r = rate_pair(c, label, num, den, kinds=['trans', 'off', 'base', 'claim100'])
    if not r:
        return None
    S, desc = r
    D, N = c.I(den), c.I(num)
    head = c.ch(['（%s）%s达%s' % (c.ch(CN_SEQ[:6]), rname, S), '%s. %s提升至%s' % (c.ri(1, 6), rname, S),
                 '■ %s%s' % (rname, S)])
    t = '%s\n%s%s%s%s，%s%s%s。%s。' % (head, c.ch(['全年', '今年以来', '']), denp, D, m, nump, N, m, c.ch(FILLERS))
    return t, [PCT(S, N, D)], desc


# ---------------------------------------------------------------- pct: three-label styles

def t_shares_partial(c, label):
    sets = [('从行业分布看，', ['制造业', '批发和零售业', '住宿和餐饮业', '建筑业', '交通运输业'], '其他行业'),
            ('从诉求类型看，', ['城市管理', '劳动社保', '住房建设', '市场监管', '交通出行'], '其他类'),
            ('从案件类型看，', ['合同纠纷', '婚姻家庭纠纷', '劳动争议', '侵权纠纷'], '其他纠纷'),
            ('从资金投向看，', ['基础设施', '产业发展', '社会民生', '生态环保'], '其他领域')]
    lead, cats, other = c.ch(sets)
    k = c.ri(2, len(cats))
    names = c.sample(cats, k) + [other]
    parts = split(c.r, c.ri(1000, 90000), len(names))
    j = parts.index(min(parts))
    parts[j], parts[-1] = parts[-1], parts[j]
    places = c.ch([1, 1, 2])
    ks = share_ks(c, parts, places)
    desc = 'shares of all categories add up to 100%'
    if label == 'negative':
        drop = c.ri(1, max(1, len(names) - 2))
        names, ks = names[:len(names) - drop], ks[:len(ks) - drop]
        names = [n for n in names]
        desc = 'only the main categories are given, their shares add up to less than 100%'
        if other in names:
            return None
    elif label == 'inconsistent':
        i = c.ri(0, len(ks) - 1)
        kind = c.ch(['trans', 'add', 'dup'])
        if kind == 'trans':
            x = g_transpose(ks[i], c.r)
            if not x or x <= ks[i]:
                return None
            ks[i], desc = x, 'digits of one share transposed; shares exceed 100%'
        elif kind == 'add':
            ks[i] += c.ri(3, 15) * 10 ** places
            desc = 'one share too large; shares exceed 100%'
        else:
            j = (i + 1) % len(ks)
            if ks[j] >= ks[i]:
                return None
            ks[j] = ks[i]
            desc = 'a larger share copied into the next category; shares exceed 100%'
        if c.p(0.5):
            names, ks = names[:-1], ks[:-1]   # the 其他 share left out
    S = [c.P(x, places) for x in ks]
    body = '，'.join('%s占%s' % (n, s) for n, s in zip(names, S))
    t = '%s%s%s' % (lead, body, c.ch(['。', '等。', '，结构持续优化。']) if label != 'consistent' else '。')
    if label == 'negative':
        t = '%s%s主要集中在%s等领域。' % (lead, '', body)
    return t, [S100(S, 'partial')], desc


def t_real_growth(c, label):
    what, mag, pl = c.ch([('地区生产总值', '亿', 1), ('规模以上工业增加值', '亿', 2), ('农林牧渔业总产值', '亿', 2),
                          ('第三产业增加值', '亿', 1)])
    base = c.ri(3000, 90000)
    nom = c.r.uniform(0.0, 0.12)
    cur = int(base * (1 + nom))
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    g = F(C.v) / F(B.v) - 1
    if label == 'negative':
        real = g - F(c.ri(5, 30), 1000)
        desc = 'real growth at comparable prices, compatible with the nominal change'
    else:
        real = g + F(c.ri(100, 160), 1000) if c.p(0.6) else g - F(c.ri(170, 220), 1000)
        desc = 'real growth far outside what the nominal change allows (digit slip)'
    if real == 0:
        return None
    sign = 1 if real > 0 else -1
    S = c.P(rh(abs(real) * 100, 1), 1)
    word = '增长' if sign > 0 else '下降'
    kw = c.ch(['按可比价格计算', '按可比价计算', '扣除价格因素'])
    t = '%s全%s实现%s%s元，上年为%s元，%s，比上年%s%s。' % (yr(c), c.ch('县区市'), what, C, B, kw, word, S)
    if c.p(0.3):
        t = '%s%s%s元，%s实际%s%s（上年%s元）。' % (yr(c), what, C, kw.replace('计算', ''), word, S, B)
    return c.punct(t), [GRO(S, sign, B, C, real=True)], desc


# ---------------------------------------------------------------- pct: malformed percentages

def mal_base(c):
    spec, den, num = rate_vals(c)
    ratio = F(num, den)
    places = c.ch([1, 2])
    k = rh(ratio * 100, places)
    return spec, den, num, k, places


def mal_record(c, token, k, places, spec, den, num, desc, with_pct=True):
    subj, denp, nump, rname, m, _, _ = spec
    D, N = c.I(den), c.I(num)
    st = GN(token, F(k, 10 ** places * 100), F(1, 2 * 10 ** places * 100), F(1, 10 ** places * 100), False)
    form = c.ri(0, 2)
    if form == 0:
        t = '%s，%s%s%s%s，%s%s%s，%s%s。' % (yr(c), c.ch(subj), denp, D, m, nump, N, m, rname, c.ch(['', '达', '为']) + token)
    elif form == 1:
        t = '%s%s%s%s，%s%s%s（%s%s）。' % (c.ch(subj), denp, D, m, nump, N, m, rname, token)
    else:
        t = '%s%s%s，%s%s%s，%s%s，%s。' % (denp, D, m, nump, N, m, rname, token, c.ch(['较上年有所提升', '位居全市前列', '达到预期目标']))
    checks = [MAL(token)]
    if with_pct:
        checks.append(PCT(st, N, D))
    return t, checks, desc


def t_malformed_space(c, label):
    spec, den, num, k, places = mal_base(c)
    tok = digits(k, places, False) + c.ch([' ', ' ', '\u3000', '  ']) + c.ch(['%', '%', '％'])
    return mal_record(c, tok, k, places, spec, den, num, 'space between the number and the percent sign')


def t_malformed_double_sign(c, label):
    spec, den, num, k, places = mal_base(c)
    tok = digits(k, places, False) + c.ch(['%%', '％％', '%％'])
    return mal_record(c, tok, k, places, spec, den, num, 'percent sign doubled')


def t_malformed_juhao(c, label):
    spec, den, num, k, places = mal_base(c)
    s = digits(k, places, False)
    tok = s.replace('.', '。') + '%'
    return mal_record(c, tok, k, places, spec, den, num, 'Chinese full stop used as the decimal point')


def t_malformed_double_dot(c, label):
    spec, den, num, k, places = mal_base(c)
    s = digits(k, places, False)
    tok = s.replace('.', '..') + '%'
    return mal_record(c, tok, k, places, spec, den, num, 'decimal point doubled')


def t_malformed_sign_first(c, label):
    spec, den, num, k, places = mal_base(c)
    tok = c.ch(['%', '％']) + digits(k, places, False)
    return mal_record(c, tok, k, places, spec, den, num, 'percent sign written before the number')


def t_malformed_baifenzhi_sign(c, label):
    spec, den, num, k, places = mal_base(c)
    if c.p(0.5):
        tok = '百分之' + digits(k, places, False) + '%'
    else:
        if k % 10 == 0 and places:
            return None
        tok = '百分之' + cn_dec(k, places) + '%'
    return mal_record(c, tok, k, places, spec, den, num, '百分之 and a percent sign used together')


def t_malformed_no_leading_zero(c, label):
    den = c.ri(2000, 90000)
    bad = max(1, int(den * c.r.uniform(0.001, 0.0095)))
    places = 2
    k = rh(F(bad, den) * 100, places)
    if k >= 100 or k < 10:
        return None
    tok = '.' + str(k).rjust(2, '0') + '%'
    D, B = c.I(den), c.I(bad)
    what = c.ch(['食品', '食用农产品', '工业产品', '药品'])
    st = GN(tok, F(k, 10000), F(1, 20000), F(1, 10000), False)
    t = '全年抽检%s%s批次，不合格%s批次，不合格率%s。' % (what, D, B, c.ch(['', '为']) + tok)
    return t, [MAL(tok), PCT(st, B, D)], 'leading zero of a rate below 1% missing'


def t_malformed_placeholder(c, label):
    spec, den, num, k, places = mal_base(c)
    tok = c.ch(['xx%', 'XX%', 'xx.x%', 'XX.XX%', 'xxx%', 'ｘｘ％'])
    subj, denp, nump, rname, m, _, _ = spec
    D, N = c.I(den), c.I(num)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (c.ch(subj), denp, D, m, nump, N, m, rname, c.ch(['', '达', '为']) + tok)
    return t, [MAL(tok)], 'template placeholder left where the rate should be'


# ---------------------------------------------------------------- pct: hard negatives

def G_(s):
    """a literal token (identifier-like) used only in a none check"""
    return GN(s, 0, 0, 1, True)


def p_target_rate(c, label):
    rname = c.ch(['群众满意率', '按期办结率', '农村自来水普及率', '高中阶段毛入学率', '生活垃圾无害化处理率', '城镇化率'])
    a = c.P(c.ri(850, 999), 1)
    b = c.P(c.ri(90, 99), 0)
    t = c.ch(['%s工作目标：%s力争达到%s以上，%s不低于%s。', '下一步，我们将确保%s%s稳定在%s以上，力争%s提升至%s。'])
    if t.startswith('%s工作'):
        t = t % (yr(c, 1), rname, a, c.ch(['回访率', '督办率', '覆盖率']), b)
    else:
        t = t % ('', rname, a, c.ch(['回访率', '督办率', '覆盖率']), b)
    return t, [NONE([a, b], 'targets (力争, 不低于, 以上), nothing to compute')], 'target rates'


def p_range_rate(c, label):
    lo = c.ri(3, 8)
    hi = lo + c.ri(1, 2)
    A, B = c.P(lo, 0), c.P(hi, 0)
    C_ = c.P(c.ri(20, 40), 1)
    dash = c.ch(['—', '-', '～', '到'])
    what = c.ch(['地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额'])
    t = '%s主要预期目标：%s增长%s%s%s左右，居民消费价格涨幅控制在%s以内，城镇调查失业率控制在%s以内。' % (
        yr(c, 1), what, A.s.rstrip('%') if c.p(0.5) else A.s, dash, B, c.P(3, 0), C_)
    toks = [B, C_]
    return t, [NONE(toks, 'planned ranges and ceilings, not computed rates')], 'ranges'


def p_approx_rate(c, label):
    spec, den, num = rate_vals(c)
    subj, denp, nump, rname, m, _, _ = spec
    ratio = F(num, den)
    q = c.ch(['约', '超过', '逾', '以上', '近'])
    pct = ratio * 100
    if q == '约':
        k = rh(pct)
    elif q == '近':
        k = -(-pct.numerator // pct.denominator)
        if k == pct:
            k += 1
    else:
        k = pct.numerator // pct.denominator
        if k == pct:
            k -= 1
    S = c.P(k, 0)
    D, N = c.I(den), c.I(num)
    if q == '以上':
        st = c.ch(['达', '']) + '%s以上' % S
    else:
        st = '%s%s' % (q, S)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (c.ch(subj), denp, D, m, nump, N, m, rname, st)
    return t, [APX(q, S, num=N, den=D)], 'approximate rate (%s) next to exact counts' % q


def p_growth_over_100_nobase(c, label):
    name, m, mag, pl, (lo, hi) = c.ch(GROW)
    cur = c.ri(lo, hi)
    C = c.X(cur, pl, mag)
    g = c.P(c.ri(1005, 3500), 1)
    t = '%s%s%s%s，同比增长%s，%s。' % (yr(c), name, C, m, g, c.ch(['主要是上年同期基数较低', '主要受重大项目集中投产拉动', '增速居全省第一']))
    return t, [NONE([C, g], 'growth above 100% with no base stated: nothing to check')], 'growth over 100% without base'


def p_pp_one_rate(c, label):
    name, lo, hi = c.ch(PPR)
    a = c.P(rh(F(c.r.uniform(lo, hi)), 1), 1)
    d = c.D(c.ri(2, 40), 1)
    t = '%s%s达到%s，%s%s个百分点%s' % (yr(c), name, a, c.ch(['比上年提高', '较上年提升', '比“十三五”末提高']), d,
                                   c.ch(['。', '，提前完成规划目标。']))
    return t, [NONE([a, d], 'percentage-point change with only the current rate stated')], 'pp with one rate'


def p_ratio_not_share(c, label):
    form = c.ri(0, 2)
    if form == 0:
        x = c.D(c.ri(1030, 1180), 1)
        t = '%s全%s出生人口性别比为%s（女=100），%s。' % (yr(c), c.ch('县区市'), x, c.ch(['趋于正常', '较上年有所下降']))
        toks = [x]
    elif form == 1:
        x = c.D(c.ri(150, 280), 2)
        u = c.D(c.ri(25000, 60000), 0)
        t = '城乡居民人均可支配收入之比由上年的%s∶1缩小至%s∶1，城镇居民人均可支配收入%s元。' % (
            digits(x.k + c.ri(1, 9), 2, False), x, u)
        toks = [x, u]
    else:
        a, b = c.ri(95, 99), c.ri(100, 112)
        A, B = c.D(a, 0), c.D(b, 0)
        t = '%s届毕业生中男女比例约为1:%s.%s，%s。' % (c.year, b // 100, str(b % 100).rjust(2, '0'), c.ch(['基本均衡', '女生略多']))
        toks = [G_('1:%s.%s' % (b // 100, str(b % 100).rjust(2, '0')))]
    return t, [NONE(toks, 'ratios that are not shares of a whole')], 'ratio, not share'


def p_cagr(c, label):
    name, m, mag, pl, (lo, hi) = c.ch([g for g in GROW if g[2]])
    n = c.ri(3, 5)
    base = c.ri(lo, hi)
    r = c.r.uniform(0.04, 0.15)
    cur = int(base * (1 + r) ** n)
    B, C = c.X(base, pl, mag), c.X(cur, pl, mag)
    cg = (float(C.v) / float(B.v)) ** (1.0 / n) - 1
    S = c.P(int(round(cg * 1000)), 1)
    y1 = c.year
    t = '%s由%d年的%s%s增加到%d年的%s%s，年均增长%s。' % (name, y1 - n, B, m, y1, C, m, S)
    return t, [NONE([B, C, S], 'average annual (compound) growth over %d years, not the simple growth' % n)], 'compound annual growth'


def p_share_no_whole(c, label):
    what = c.ch(['粮食总产量', '规上工业增加值', '外贸进出口总额', '旅游总收入', '新增市场主体'])
    S = c.P(c.ri(20, 350), 1)
    V = c.X(c.ri(300, 9000), 2, '亿')
    t = '%s全%s%s%s元，占全省的%s，%s。' % (yr(c), c.ch('县区市'), what, V, S, c.ch(['居全省第%s位' % cn_int(c.ri(2, 9)), '份额稳中有升']))
    if what == '粮食总产量':
        t = t.replace('元', '吨')
    return t, [NONE([V, S], 'share of a provincial total that the text does not give')], 'share without its whole'


def p_codes_lookalike(c, label):
    pm = c.ri(18, 45)
    d = c.P(c.ri(10, 150), 1)
    bs = c.ri(200, 3000)
    t = '%s全%sPM2.5平均浓度为%d微克/立方米，同比下降%s；新建5G基站%d个，%s执行GB 3095-2012标准。' % (
        yr(c), c.ch('县区市'), pm, d, bs, c.ch(['空气质量监测', '各监测点位']))
    return t, [NONE([G_('PM2.5'), G_('5G'), G_('GB 3095-2012'), d], 'pollutant, network and standard codes next to a rate')], 'codes'


def p_overlap_shares(c, label):
    what, m, groups, (lo, hi) = c.ch(OVL_SETS[:4] + OVL_SETS[5:])
    w = c.ri(lo, hi)
    gs = c.sample(groups, 3)
    fr = [c.r.uniform(0.3, 0.9) for _ in gs]
    if sum(fr) < 1.2:
        fr[0] = 0.9
    vals = [max(1, int(w * f)) for f in fr]
    W = c.I(w)
    V = [c.I(x) for x in vals]
    S = [c.P(rh(F(v, w) * 100, 1), 1) for v in vals]
    t = '%s%s%s，其中%s。' % (what, W, m, '，'.join('%s%s%s、占%s' % (g, v, m, s) for g, v, s in zip(gs, V, S)))
    return t, [OVL(W, V)] + [PCT(s, v, W) for s, v in zip(S, V)], 'overlapping groups: shares add up to more than 100% legitimately'


def p_per_capita_avg_pop(c, label):
    pop_end = c.ri(1500, 90000)   # hundredths of 万
    gdp = rh(F(pop_end * c.ri(40000, 150000), 10 ** 5))      # tenths of 亿
    G, P_ = c.X(gdp, 1, '亿'), c.X(pop_end, 2, '万')
    avg = P_.v * F(c.ri(985, 1015), 1000)
    pc = c.I(rh(G.v / avg))
    form = c.ri(0, 2)
    if form == 0:
        t = '%s全%s地区生产总值%s元，年末常住人口%s人，按年平均常住人口计算，人均地区生产总值%s元。' % (
            yr(c), c.ch('县区市'), G, P_, pc)
    elif form == 1:
        t = '%s实现地区生产总值%s元，人均地区生产总值%s元（按年平均常住人口计算）。年末常住人口%s人。' % (yr(c), G, pc, P_)
    else:
        t = '注：人均地区生产总值按年平均人口计算。%s年末全%s常住人口%s人；全年地区生产总值%s元，人均%s元。' % (
            c.year, c.ch('县区市'), P_, G, pc)
    return t, [NONE([G, P_, pc], 'per-capita figure uses the average population, which is not stated')], 'per capita on average population'


def p_diff_year_rates(c, label):
    rname = c.ch(['食品抽检合格率', '按期办结率', '群众满意率', '义务教育巩固率'])
    y = c.year
    vals = [c.P(c.ri(900, 999), 1) for _ in range(3)]
    t = '%d年、%d年、%d年，全%s%s分别为%s、%s、%s，%s。' % (y - 2, y - 1, y, c.ch('县区市'), rname, vals[0], vals[1], vals[2],
                                                c.ch(['总体保持稳定', '持续高位运行', '呈稳中有升态势']))
    return t, [NONE(vals, 'rates of different years side by side, no change claimed')], 'rates of different years'


def p_subgroup_rates(c, label):
    rname, sub = c.ch([('疫苗接种率', ['60岁以上老年人', '80岁以上老年人']), ('参保率', ['城镇居民', '农村居民']),
                       ('就业率', ['本科毕业生', '专科毕业生']), ('合格率', ['食品生产环节', '流通环节'])])
    k1, k2 = sorted(c.sample(range(700, 1000), 2))
    if k2 - k1 < 6:
        return None
    ka = c.ri(k1 + 2, k2 - 2)
    if c.p(0.5):
        k1, k2 = k2, k1
    a, b1, b2 = c.P(ka, 1), c.P(k1, 1), c.P(k2, 1)
    t = '全%s%s为%s，其中%s%s、%s%s。' % (c.ch('县区市'), rname, a, sub[0], b1, sub[1], b2)
    return t, [NONE([a, b1, b2], 'rates of subgroups are not parts of the overall rate')], 'subgroup rates'


def p_interest_rates(c, label):
    lpr = c.P(c.ri(300, 460), 2)
    bp = c.ri(5, 50)
    sub = c.P(c.ri(10, 50), 0)
    form = c.ri(0, 2)
    if form == 0:
        t = '一年期贷款市场报价利率（LPR）为%s，较上年下降%d个基点；对符合条件的小微企业贷款给予%s的财政贴息。' % (lpr, bp, sub)
    elif form == 1:
        t = '%s新发放普惠小微企业贷款加权平均利率%s，同比下降%d个基点，创业担保贷款贴息比例%s。' % (yr(c), lpr, bp, sub)
    else:
        t = '首套住房商业贷款利率下限调整为%s，公积金贷款首付比例最低%s，%s办理公积金贷款%s笔。' % (
            lpr, sub, yr(c), c.I(c.ri(300, 9000)))
    return t, [NONE([lpr, sub], 'interest rates and basis points, nothing to recompute')], 'interest rates'


def p_tax_rate_policy(c, label):
    form = c.ri(0, 3)
    amt = c.X(c.ri(3000, 900000), 2, '万')
    if form == 0:
        a, b = c.ch([(13, 9), (16, 13), (10, 9), (11, 10), (17, 16)])
        A, B = c.P(a, 0), c.P(b, 0)
        e = c.P(c.ch([20, 25, 50]), 0)
        t = '%s落实增值税税率由%s降至%s的政策，对小型微利企业应纳税所得额减按%s计入，全年新增减税降费%s元。' % (
            yr(c), A, B, e, amt)
        toks = [A, B, e, amt]
    elif form == 1:
        a, b = c.ch([(20, 16), (19, 16), (1.5, 1), (2, 1)])
        A = c.P(int(a * 10), 1) if a != int(a) else c.P(int(a), 0)
        B = c.P(int(b), 0)
        what = '企业职工基本养老保险单位缴费比例' if a >= 19 else '失业保险费率'
        t = '%s继续执行阶段性降低社会保险费率政策，%s由%s降至%s，为%s家企业减轻负担%s元。' % (
            yr(c), what, A, B, c.I(c.ri(300, 30000)), amt)
        toks = [A, B, amt]
    elif form == 2:
        lo, hi = c.ch([(5, 12), (5, 10), (7, 12)])
        L, H = c.P(lo, 0), c.P(hi, 0)
        t = '住房公积金单位和个人缴存比例按%s至%s执行，%s全年归集住房公积金%s元。' % (L, H, place(c), amt)
        toks = [L, H, amt]
    else:
        r1 = c.P(c.ch([3, 1]), 0)
        r2 = c.P(1, 0)
        t = '小规模纳税人适用%s征收率的应税销售收入，减按%s征收率征收增值税，%s累计惠及纳税人%s户。' % (
            r1, r2, yr(c), c.I(c.ri(1000, 90000)))
        if r1.v == r2.v:
            return None
        toks = [r1, r2]
    return c.punct(t), [NONE(toks, 'statutory tax and contribution rates, not computed rates')], 'tax rate policy'


def p_dates_docnums(c, label):
    n = c.ri(3, 60)
    r_ = c.P(c.ri(900, 1000), 1)
    doc = '〔%d〕%d号' % (c.year, n)
    t = '按照《%s关于印发考核办法的通知》（%s）要求，%d年第%s季度%s排名全市第%s，达标率%s。' % (
        c.ch(['市政府办公室', '县委办', '区政府']), doc, c.year, cn_int(c.ri(1, 4)), c.ch(['营商环境评价', '政务服务考核']),
        cn_int(c.ri(1, 9)), r_)
    return t, [NONE([G_(doc), r_], 'document number, quarter and rank near a rate with no counts')], 'document numbers and dates'


def p_progress_no_target(c, label):
    a = c.P(c.ri(400, 800), 1)
    what = c.ch(['固定资产投资', '重点项目投资', '税收收入', '招商引资到位资金'])
    v = c.X(c.ri(300, 9000), 2, '亿')
    t = c.ch(['上半年%s完成%s元，完成全年任务的%s，实现“时间过半、任务过半”。',
              '1—%d月%s累计完成%s元，占年度计划的%s。' % (c.ri(3, 11), '%s', '%s', '%s'),
              '%s：完成%s元，年度目标完成率%s。']) % (what, v, a)
    return t, [NONE([v, a], 'share of an annual target that is not stated')], 'progress without target'


# ======================================================================================
#                                  REGISTRY
# ======================================================================================

TOTALS_NORMAL = [
    'qizhong_fenbie', 'fenbie_wei', 'baokuo', 'parts_before_heji', 'bracket_qizhong', 'han_bracket',
    'gongji_colon', 'zongji_tail', 'yigong_news', 'leiji_years', 'table_tab', 'table_markdown',
    'table_fullbar', 'table_spaces', 'table_cell_lines', 'table_row_total_col', 'table_both_totals',
    'numbered_yishi', 'numbered_paren', 'numbered_arabic', 'nested_two_level', 'nested_three_level',
    'parallel_breakdowns', 'across_sentences', 'change_youzengzhi', 'change_bishangnian', 'net_change',
    'net_decrease', 'stock_flow', 'stock_flow_table', 'cumulative_quarters', 'cumulative_monthly',
    'cumulative_built', 'count_colon', 'count_numbered', 'count_parenthetical', 'mixed_wan_yi',
    'mixed_wanren_ren', 'chinese_numerals', 'fullwidth_digits', 'halfwidth_punct', 'pdf_broken',
    'budget_totals', 'court_old_new', 'hotline_channels', 'inspection_rectify', 'safety_accident',
    'agri_output', 'enrolment_report', 'medins_fund_balance', 'meeting_attendance', 'performance_scores',
    'vertical_list']
TOTALS_THREE = ['qizhong_partial', 'count_deng']
TOTALS_NEG = ['zhuyao_deng', 'overlap_people', 'overlap_entities', 'target_plan', 'range', 'approx',
              'docnumber', 'dates_phones', 'policy_names', 'diff_years', 'diff_regions', 'yearend_vs_avg',
              'renci_vs_ren', 'accepted_vs_done', 'cumulative_vs_current', 'ranking_codes', 'han_single',
              'budget_vs_actual']

PCT_NORMAL = [
    'rate_completion', 'rate_bracket', 'rate_yi_zhong', 'rate_buhege', 'rate_fugai', 'rate_budget_exec',
    'rate_daowei', 'rate_manyi', 'rate_daohui', 'rate_jiean_court', 'share_zhan', 'share_zhanbi_bracket',
    'shares_sum100', 'shares_with_amounts', 'structure_ratio', 'growth_yoy', 'decline_yoy', 'growth_mom',
    'growth_youzengzhi', 'growth_bei', 'times_shi_bei', 'pp_rise', 'pp_fall', 'pp_vs_region', 'per_capita',
    'per_household', 'average_per_item', 'ratio_teacher_student', 'good_air_days', 'bed_usage',
    'permille_birth', 'permille_words', 'pct_words', 'table_budget_exec', 'table_pass_rate', 'table_growth',
    'table_shares', 'pp_from_table', 'multi_rates_fenbie', 'two_declines_fenbie', 'time_progress',
    'completion_over_100', 'rd_intensity', 'rate_fullwidth', 'rate_across_sentences', 'rate_pdf_broken',
    'share_female', 'growth_lines', 'growth_mixed_units', 'growth_minus_sign', 'rate_zhenggai_amount',
    'rate_exam', 'rate_headline_first']
PCT_MAL = ['malformed_space', 'malformed_double_sign', 'malformed_juhao', 'malformed_double_dot',
           'malformed_sign_first', 'malformed_baifenzhi_sign', 'malformed_no_leading_zero',
           'malformed_placeholder']
PCT_NEG = ['target_rate', 'range_rate', 'approx_rate', 'growth_over_100_nobase', 'pp_one_rate',
           'ratio_not_share', 'cagr', 'share_no_whole', 'codes_lookalike', 'overlap_shares',
           'per_capita_avg_pop', 'diff_year_rates', 'subgroup_rates', 'interest_rates', 'tax_rate_policy',
           'dates_docnums', 'progress_no_target']

for _n in TOTALS_NORMAL:
    register('totals', _n, globals()['t_' + _n])
register('totals', 'qizhong_partial', t_qizhong_partial, LABELS3)
register('totals', 'count_deng', t_count_deng, LABELS3)
for _n in TOTALS_NEG:
    register('totals', 'neg_' + _n, globals()['n_' + _n], ('negative',))
for _n in PCT_NORMAL:
    register('pct', _n, globals()['t_' + _n])
register('pct', 'shares_partial', t_shares_partial, LABELS3)
register('pct', 'real_growth', t_real_growth, ('inconsistent', 'negative'))
for _n in PCT_MAL:
    register('pct', _n, globals()['t_' + _n], ('inconsistent',))
for _n in PCT_NEG:
    register('pct', 'neg_' + _n, globals()['p_' + _n], ('negative',))


if __name__ == '__main__':
    main()
