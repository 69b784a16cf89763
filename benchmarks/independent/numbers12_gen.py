#!/usr/bin/env python3
"""numbers12 held-out generator and verifier (standard library only).

Generates invented Chinese government-style passages with arithmetic relations
(wholes/parts, changes, stock and flow, counts, rates, shares, growth, points,
quotients, approximations, malformed percentages) and a machine-readable list of
checks. `--verify FILE` recomputes every check from the strings in the text.

Usage:
  python3 numbers12_gen.py --seed 11 --out numbers12_seed11.jsonl
  python3 numbers12_gen.py --verify numbers12_seed11.jsonl
  python3 numbers12_gen.py --style-table numbers12_seed11.jsonl
"""
import argparse
import json
import re
import sys
import zlib
import random
from fractions import Fraction as Fr
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60

# ---------------------------------------------------------------------------
# number parsing (verifier side)
# ---------------------------------------------------------------------------
FW_MAP = str.maketrans('０１２３４５６７８９．，％：－＋', '0123456789.,%:-+')
CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
          '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


class ParseError(Exception):
    pass


def cn_int_parse(s):
    if s == '':
        return 0
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (cur if cur else 1) * CN_UNIT[ch]
            cur = 0
        elif ch == '万':
            total = (total + cur) * 10000
            cur = 0
        else:
            raise ParseError(s)
    return total + cur


def parse_num(s, bare_pct=False):
    """Return (value, half, unit, rounded) as Fractions.

    value is in base units (percent -> fraction of 1)."""
    t = s.translate(FW_MAP)
    t = re.sub(r'\s+', '', t)
    scale = Fr(1)
    kind = 'plain'
    if t.startswith('百分之'):
        t = t[3:]
        kind = 'pct'
    changed = True
    while changed:
        changed = False
        for suf, k in (('%', 'pct'), ('‰', 'pm'), ('倍', 'bei'), ('成', 'cheng')):
            if t.endswith(suf):
                t = t[:-len(suf)]
                kind = k
                changed = True
    mag = 1
    if t.endswith('万亿'):
        mag, t = 10 ** 12, t[:-2]
    elif t.endswith('亿'):
        mag, t = 10 ** 8, t[:-1]
    elif t.endswith('万'):
        mag, t = 10 ** 4, t[:-1]
    if kind == 'plain' and bare_pct:
        kind = 'pct'
    if kind == 'pct':
        scale = Fr(1, 100)
    elif kind == 'pm':
        scale = Fr(1, 1000)
    elif kind == 'cheng':
        scale = Fr(1, 10)
    neg = False
    if t.startswith('-'):
        neg, t = True, t[1:]
    if re.search(r'[零〇一二两三四五六七八九十百千]', t):
        if '点' in t:
            ip, dp = t.split('点', 1)
        else:
            ip, dp = t, ''
        iv = cn_int_parse(ip)
        if not all(c in CN_DIG for c in dp):
            raise ParseError(s)
        ds = ''.join(str(CN_DIG[c]) for c in dp)
        d = len(ds)
        val = Fr(iv) + (Fr(int(ds), 10 ** d) if d else 0)
    else:
        t2 = t.replace(',', '')
        m = re.fullmatch(r'(\d+)(?:\.(\d+))?', t2)
        if not m:
            raise ParseError(s)
        d = len(m.group(2) or '')
        val = Fr(m.group(1) + ('.' + m.group(2) if d else ''))
    if neg:
        val = -val
    rounded = d > 0 or mag > 1 or kind in ('pct', 'pm', 'cheng')
    unit = Fr(1, 10 ** d) * mag * scale
    if not rounded:
        unit = Fr(1)
    half = unit / 2 if rounded else Fr(0)
    return val * mag * scale, half, unit, rounded


def operand(x, text, bare_pct=False):
    """Return (value, half, coarsest unit, list of strings)."""
    if isinstance(x, str):
        if x not in text:
            raise ParseError('not in text: %r' % x)
        v, h, u, _ = parse_num(x, bare_pct)
        return v, h, u, [x]
    if isinstance(x, list):
        v = h = Fr(0)
        u = Fr(0)
        ss = []
        for y in x:
            a, b, c, d = operand(y, text, bare_pct)
            v += a
            h += b
            u = max(u, c)
            ss += d
        return v, h, u, ss
    if isinstance(x, dict):
        v1, h1, u1, s1 = operand(x.get('sum', []), text, bare_pct)
        v2, h2, u2, s2 = operand(x.get('sub', []), text, bare_pct)
        return v1 - v2, h1 + h2, max(u1, u2), s1 + s2
    raise ParseError(repr(x))


def fnum(v):
    f = float(v)
    if abs(f) >= 1000:
        return ('%.3f' % f).rstrip('0').rstrip('.')
    return ('%.6f' % f).rstrip('0').rstrip('.')


def div_iv(nlo, nhi, dlo, dhi):
    if dlo <= 0:
        raise ParseError('denominator interval reaches zero')
    cands = [nlo / dlo, nlo / dhi, nhi / dlo, nhi / dhi]
    return min(cands), max(cands)


def stated_outcome(lo, hi, s, u):
    """Compare stated s (unit u) with computed interval [lo, hi]."""
    def meets(a, b, closed_right=True):
        if closed_right:
            return not (hi < a or lo > b)
        return not (hi < a or lo >= b)
    if meets(s - u / 2, s + u / 2):
        return 'C'
    if s >= 0 and meets(s, s + u, closed_right=False):
        return 'C'
    if s < 0 and meets(s - u, s, True) and lo > s - u:
        return 'C'
    if s < lo:
        dist = lo - s
    elif s > hi:
        dist = s - hi
    else:
        dist = Fr(0)
    if dist >= 2 * u:
        return 'I'
    return 'G'


def sign_of(c):
    sg = c.get('sign', 1)
    if sg not in (1, -1):
        raise ParseError('bad sign')
    return sg


def eval_check(c, text):
    """Return (outcome, explanation). outcome in C/I/N/G."""
    rel = c['rel']
    bp = bool(c.get('bare_pct'))
    if rel in ('sum_eq', 'linear'):
        if rel == 'sum_eq':
            W = operand(c['whole'], text)
            P = operand(c['parts'], text)
            total, th, tu = P[0], P[1], P[2]
            mode = c.get('mode', 'exact')
            expl = '%s=%s vs %s' % ('+'.join(P[3]), fnum(total), c['whole'])
        else:
            total = th = Fr(0)
            tu = Fr(0)
            bits = []
            for sgn, s in c['terms']:
                v, h, u, _ = operand(s, text)
                total += v if sgn == '+' else -v
                th += h
                tu = max(tu, u)
                bits.append(sgn + s)
            W = operand(c['result'], text)
            mode = 'exact'
            expl = '%s=%s vs %s' % (''.join(bits), fnum(total), c['result'])
        diff = total - W[0]
        tol = th + W[1]
        unit = max(tu, W[2])
        if abs(diff) <= tol:
            return 'C', expl + ' (within ±%s) -> consistent' % fnum(tol)
        if mode == 'partial' and diff < 0:
            return 'N', expl + ' (parts below whole, partial list) -> negative'
        if abs(diff) - tol >= unit:
            return 'I', expl + ' (gap %s beyond tolerance %s) -> inconsistent' % (fnum(abs(diff)), fnum(tol))
        return 'G', expl + ' grey'
    if rel == 'count':
        n = len(c['items'])
        for it in c['items']:
            if it not in text:
                raise ParseError('item not in text: %r' % it)
        if c['stated'] not in text:
            raise ParseError('count not in text')
        st, _, _, _ = parse_num(c['stated'])
        expl = 'listed %d items vs stated %s' % (n, c['stated'])
        if n == st:
            return 'C', expl + ' -> consistent'
        if c.get('mode') == 'deng' and n < st:
            return 'N', expl + ' (等, fewer listed) -> negative'
        return 'I', expl + ' -> inconsistent'
    if rel in ('pct', 'quot'):
        if c['stated'] not in text:
            raise ParseError('stated not in text')
        s, _, u, _ = parse_num(c['stated'], bp)
        N = operand(c['num'], text)
        D = operand(c['den'], text)
        lo, hi = div_iv(N[0] - N[1], N[0] + N[1], D[0] - D[1], D[0] + D[1])
        o = stated_outcome(lo, hi, s, u)
        expl = '%s/%s=[%s,%s] vs %s' % ('+'.join(N[3]), '+'.join(D[3]), fnum(lo), fnum(hi), fnum(s))
        return o, expl + ' -> ' + {'C': 'consistent', 'I': 'inconsistent', 'G': 'grey'}[o]
    if rel in ('growth', 'real_growth'):
        if c['stated'] not in text:
            raise ParseError('stated not in text')
        s, _, u, _ = parse_num(c['stated'], bp)
        sg = sign_of(c)
        B = operand(c['base'], text)
        Cu = operand(c['cur'], text)
        lo, hi = div_iv(Cu[0] - Cu[1], Cu[0] + Cu[1], B[0] - B[1], B[0] + B[1])
        lo, hi = lo - 1, hi - 1
        if rel == 'growth':
            if sg < 0:
                lo, hi = -hi, -lo
            o = stated_outcome(lo, hi, s, u)
            expl = 'sign*(%s/%s-1)=[%s,%s] vs %s' % (c['cur'], c['base'], fnum(lo), fnum(hi), fnum(s))
            return o, expl + ' -> ' + {'C': 'consistent', 'I': 'inconsistent', 'G': 'grey'}[o]
        blo = (1 + lo) / Fr(11, 10) - 1
        bhi = (1 + hi) / Fr(95, 100) - 1
        sv = sg * s
        expl = 'nominal [%s,%s], real band [%s,%s] vs %s' % (fnum(lo), fnum(hi), fnum(blo), fnum(bhi), fnum(sv))
        if blo <= sv <= bhi:
            return 'N', expl + ' -> negative (inside band)'
        if sv < blo - Fr(5, 100) or sv > bhi + Fr(5, 100):
            return 'I', expl + ' -> inconsistent'
        return 'G', expl + ' grey'
    if rel == 'pp':
        if c['stated'] not in text:
            raise ParseError('stated not in text')
        s, _, u, _ = parse_num(c['stated'])
        sg = sign_of(c)
        F_ = operand(c['from'], text, bp)
        T_ = operand(c['to'], text, bp)
        lo = (T_[0] - T_[1] - F_[0] - F_[1]) * 100
        hi = (T_[0] + T_[1] - F_[0] + F_[1]) * 100
        if sg < 0:
            lo, hi = -hi, -lo
        o = stated_outcome(lo, hi, s, u)
        expl = 'sign*(%s-%s)*100=[%s,%s] vs %s' % (c['to'], c['from'], fnum(lo), fnum(hi), fnum(s))
        return o, expl + ' -> ' + {'C': 'consistent', 'I': 'inconsistent', 'G': 'grey'}[o]
    if rel == 'sum100':
        v = h = Fr(0)
        u = Fr(0)
        for p in c['parts']:
            a, b, cc, _ = operand(p, text, bp)
            v += a
            h += b
            u = max(u, cc)
        lo, hi = v - h, v + h
        expl = 'shares %s sum=%s%% [%s,%s]' % ('+'.join(c['parts']), fnum(v * 100), fnum(lo * 100), fnum(hi * 100))
        if lo <= 1 <= hi:
            return 'C', expl + ' -> consistent'
        if c.get('mode') == 'partial' and hi < 1:
            return 'N', expl + ' -> negative (partial, under 100%)'
        if (1 - hi) >= 2 * u or (lo - 1) >= 2 * u:
            return 'I', expl + ' -> inconsistent'
        return 'G', expl + ' grey'
    if rel == 'overlap':
        W = operand(c['whole'], text)
        bad = []
        for p in c['parts']:
            a, b, cc, _ = operand(p, text)
            if a - b > W[0] + W[1]:
                if (a - b) - (W[0] + W[1]) >= max(cc, W[2]):
                    bad.append(p)
                else:
                    return 'G', 'overlap grey'
        expl = 'overlapping groups %s each vs whole %s' % ('/'.join(c['parts']), c['whole'])
        if bad:
            return 'I', expl + ': %s exceeds whole -> inconsistent' % '/'.join(bad)
        return 'N', expl + ': each part <= whole -> negative'
    if rel == 'approx':
        if c['stated'] not in text:
            raise ParseError('stated not in text')
        s, _, _, _ = parse_num(c['stated'])
        if 'parts' in c:
            E = operand(c['parts'], text)
            elo, ehi = E[0] - E[1], E[0] + E[1]
        else:
            N = operand(c['num'], text)
            D = operand(c['den'], text)
            elo, ehi = div_iv(N[0] - N[1], N[0] + N[1], D[0] - D[1], D[0] + D[1])
        q = c['qual']
        if q == '约':
            ok = elo >= s * Fr(9, 10) and ehi <= s * Fr(11, 10)
        elif q == '近':
            ok = elo >= s * Fr(9, 10) and ehi <= s
        elif q in ('超过', '逾', '余', '多', '以上'):
            ok = elo >= s and ehi <= s * Fr(13, 10)
        else:
            raise ParseError('bad qual')
        expl = 'exact [%s,%s] vs %s%s' % (fnum(elo), fnum(ehi), q, fnum(s))
        if ok:
            return 'N', expl + ' -> negative (compatible approximation)'
        return 'G', expl + ' grey'
    if rel == 'none':
        for t in c['tokens']:
            if t not in text:
                raise ParseError('token not in text: %r' % t)
        return 'N', 'nothing checkable (%s) -> negative' % c['why']
    if rel == 'malformed':
        if c['token'] not in text:
            raise ParseError('malformed token not in text')
        return 'I', 'malformed percentage %r -> inconsistent' % c['token']
    raise ParseError('unknown rel ' + rel)


LABEL_OF = {'C': 'consistent', 'I': 'inconsistent', 'N': 'negative'}


def evaluate(text, checks):
    outs, expls = [], []
    for c in checks:
        o, e = eval_check(c, text)
        outs.append(o)
        expls.append(c['rel'] + ': ' + e)
    if not outs or 'G' in outs:
        return None, expls
    if 'I' in outs:
        return 'inconsistent', expls
    if 'C' in outs:
        return 'consistent', expls
    return 'negative', expls


# ---------------------------------------------------------------------------
# formatting helpers (generator side)
# ---------------------------------------------------------------------------
FW_DIG = str.maketrans('0123456789', '０１２３４５６７８９')
CN_D = '零一二三四五六七八九'


def rnd(x, d, mode=ROUND_HALF_UP):
    x = Fr(x)
    q = Decimal(x.numerator) / Decimal(x.denominator)
    return format(q.quantize(Decimal(1).scaleb(-d), rounding=mode), 'f')


def cn4(n, top=True):
    """Chinese numeral for 0 < n < 10000."""
    if n == 0:
        return '零'
    digs = [(n // 1000) % 10, (n // 100) % 10, (n // 10) % 10, n % 10]
    units = ['千', '百', '十', '']
    out = ''
    zero = False
    started = False
    for d, u in zip(digs, units):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += '零'
            zero = False
        if not (d == 1 and u == '十' and not started and top):
            out += CN_D[d]
        out += u
        started = True
    return out


def cn_num(s):
    """'98.7' -> 九十八点七 ; integers < 10000."""
    if '.' in s:
        ip, dp = s.split('.')
    else:
        ip, dp = s, ''
    iv = int(ip)
    out = cn4(iv) if iv else '零'
    if dp:
        out += '点' + ''.join(CN_D[int(c)] for c in dp)
    return out


class Fmt:
    """Per-record writing profile."""

    def __init__(self, rng, fw=None, half=None, sep=None):
        self.rng = rng
        self.fw = (rng.random() < 0.12) if fw is None else fw
        self.half = (rng.random() < 0.2) if half is None else half
        self.sep = rng.choice(['', '', ',', ',', '，', ' ']) if sep is None else sep
        self.pctsign = '％' if (self.fw or rng.random() < 0.15) else '%'

    def _g(self, s):
        return s.translate(FW_DIG) if self.fw else s

    def grp(self, ip, sep=None):
        sep = self.sep if sep is None else sep
        if not sep or len(ip) <= 3:
            return ip
        out = []
        while len(ip) > 3:
            out.insert(0, ip[-3:])
            ip = ip[:-3]
        out.insert(0, ip)
        return sep.join(out)

    def i(self, n, sep=None):
        return self._g(self.grp(str(n), sep))

    def d(self, x, d, sep=None, mode=ROUND_HALF_UP):
        s = rnd(x, d, mode)
        ip, _, dp = s.partition('.')
        s2 = self.grp(ip, sep if sep is not None else (self.sep if self.sep in (',', '') else '')) + ('.' + dp if dp else '')
        return self._g(s2)

    def w(self, x, d, mag='万'):
        """x already expressed in units of mag."""
        if d == 0:
            return self.i(int(rnd(x, 0))) + mag
        return self.d(x, d) + mag

    def p(self, frac, d, mode=ROUND_HALF_UP, sign=None):
        return self.d(Fr(frac) * 100, d, sep='', mode=mode) + (sign or self.pctsign)

    def pm(self, frac, d):
        return self.d(Fr(frac) * 1000, d, sep='') + '‰'

    def pcn(self, frac, d, mode=ROUND_HALF_UP):
        return '百分之' + cn_num(rnd(Fr(frac) * 100, d, mode))

    def fmt(self, tpl, **kw):
        if self.half:
            tpl = tpl.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')'}))
        return tpl.format(**kw)


def ctx(F):
    return F.fmt


# ---------------------------------------------------------------------------
# invented vocabulary
# ---------------------------------------------------------------------------
SYL1 = list('岚柘檀蓼芗沣茴槿蕖璞泓岑霁澴汀棠淇茆榆楠苕荻湄浔崮峪漕渚菱枫杞蔚筠琮珩')
SYL2 = list('溪湾川塘坪岗浦桥源阳泽陂堰垣峰林屿渡埠冈洲坂')


def place(rng, kind=None):
    kind = kind or rng.choice(['县', '区', '市', '镇', '街道', '乡'])
    return rng.choice(SYL1) + rng.choice(SYL2) + kind


def village(rng):
    return rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(['村', '社区'])


def year(rng):
    return rng.randint(2018, 2024)


OPEN = ['今年以来，', '报告期内，', '一年来，', '{y}年，', '{y}年度，', '全年', '截至{y}年底，', '过去一年，', '本年度']


def opener(rng, y):
    return rng.choice(OPEN).format(y=y)


def perturb_int(rng, n, allow_small=True):
    """A realistic wrong version of integer n (never equal)."""
    s = str(n)
    for _ in range(20):
        r = rng.random()
        if r < 0.3 and len(s) >= 2:
            i = rng.randrange(len(s) - 1)
            if s[i] != s[i + 1] and not (i == 0 and s[i + 1] == '0'):
                m = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                if m != n:
                    return m, 'digits swapped (%d -> %d)' % (n, m)
        elif r < 0.55:
            i = rng.randrange(len(s))
            c = rng.choice([x for x in '0123456789' if x != s[i]])
            if i == 0 and c == '0':
                continue
            m = int(s[:i] + c + s[i + 1:])
            return m, 'one digit mistyped (%d -> %d)' % (n, m)
        else:
            dlt = rng.choice([1, 2, 3, 5, 6, 9, 10, 12, 20, 30, 100])
            if not allow_small and dlt < 3:
                continue
            m = n + rng.choice([-1, 1]) * dlt
            if m > 0:
                return m, 'off by %d (%d -> %d)' % (m - n, n, m)
    return n + 7, 'off by 7'


def split_int(rng, total, k, minv=1):
    """Random composition of total into k positive parts."""
    if total < k * minv:
        total = k * minv
    cuts = sorted(rng.sample(range(1, total - k * minv + k), k - 1)) if k > 1 else []
    parts = []
    prev = 0
    for c in cuts + [total - k * minv + k]:
        parts.append(c - prev - 1 + minv)
        prev = c
    return parts


def parts_between(rng, k, lo, hi):
    return [rng.randint(lo, hi) for _ in range(k)]


def corrupt_sum_int(rng, whole, parts):
    """Return (whole2, parts2, desc) so that parts no longer add to whole."""
    r = rng.random()
    k = rng.randrange(len(parts))
    if r < 0.3:
        w2, d = perturb_int(rng, whole)
        return w2, parts, 'total mistyped: ' + d
    if r < 0.5 and len(parts) >= 2:
        return whole + parts[k], parts, 'part %d counted twice in the total' % (k + 1)
    if r < 0.65 and len(parts) >= 3:
        return whole - parts[k], parts, 'part %d left out of the total' % (k + 1)
    p2 = list(parts)
    p2[k], d = perturb_int(rng, parts[k])
    return whole, p2, 'part %d changed: %s' % (k + 1, d)


def corrupt_rate(rng, s_val, u, lo_k=3):
    """Shift a stated value by several units or swap digits. s_val Fraction."""
    r = rng.random()
    if r < 0.25:
        sv = rnd(s_val / u, 0)
        if len(sv) >= 2:
            i = rng.randrange(len(sv) - 1)
            if sv[i] != sv[i + 1] and not (i == 0 and sv[1] == '0'):
                m = int(sv[:i] + sv[i + 1] + sv[i] + sv[i + 2:])
                return Fr(m) * u, 'digits swapped'
    k = rng.choice([lo_k, lo_k + 1, lo_k + 2, 5, 7, 9, 12, 15, 20, 26, 33])
    sgn = rng.choice([-1, 1])
    v = s_val + sgn * k * u
    if v <= 0:
        v = s_val + k * u
    return v, 'stated figure off by %d units of its last digit' % k


def pick(rng, seq, k):
    idx = sorted(rng.sample(range(len(seq)), k))
    return [seq[i] for i in idx]


CN_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
CN_COUNT2 = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
ORD_CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
CIRC = '①②③④⑤⑥⑦⑧⑨⑩'

STYLES = []


def style(name, family, labels):
    def deco(fn):
        STYLES.append((name, family, labels, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# scenes
# ---------------------------------------------------------------------------
def _org(kind):
    def f(rng):
        p = place(rng, rng.choice(['县', '区', '市']))
        return p + kind
    return f


def _town(rng):
    return place(rng, rng.choice(['镇', '街道', '乡']))


# (org, verb+object, unit, part names, part range)
CSCENES = [
    (_org('12345政务服务便民热线'), '受理群众诉求', '件', ['咨询类', '求助类', '投诉类', '举报类', '意见建议类'], (30, 2600)),
    (_org('人民检察院'), '受理审查起诉案件', '件', ['危险驾驶案', '盗窃案', '诈骗案', '帮助信息网络犯罪活动案', '故意伤害案', '开设赌场案'], (3, 260)),
    (_org('人民法院'), '新收各类案件', '件', ['民事案件', '刑事案件', '行政案件', '执行案件'], (20, 5200)),
    (_org('审计局'), '完成审计项目', '个', ['预算执行审计', '经济责任审计', '专项审计调查', '政府投资审计'], (2, 40)),
    (_org('市场监督管理局'), '新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], (40, 9000)),
    (_town, '排查化解矛盾纠纷', '起', ['婚姻家庭纠纷', '邻里纠纷', '土地纠纷', '劳资纠纷', '物业纠纷'], (4, 320)),
    (_org('应急管理局'), '检查生产经营单位', '家次', ['危化品企业', '工贸企业', '建筑施工单位', '人员密集场所'], (10, 1400)),
    (_org('纪委监委'), '处置问题线索', '件', ['谈话函询', '初步核实', '暂存待查', '予以了结'], (5, 600)),
    (_org('消防救援大队'), '接处警', '起', ['火灾扑救', '抢险救援', '社会救助'], (20, 2400)),
    (_org('公安局交警大队'), '查处交通违法行为', '起', ['酒后驾驶', '超速行驶', '闯红灯', '不按规定使用安全带', '违法停车'], (50, 30000)),
    (_org('教育局'), '公开招聘教师', '名', ['高中', '初中', '小学', '幼儿园'], (5, 260)),
    (_org('文化馆'), '开展文化惠民演出', '场次', ['送戏下乡', '广场文艺', '非遗展演', '少儿专场'], (3, 180)),
    (_org('法律援助中心'), '办理法律援助案件', '件', ['民事案件', '刑事案件', '行政案件'], (20, 1500)),
    (_org('发展和改革局'), '推进重点项目', '个', ['新开工项目', '续建项目', '前期项目'], (4, 120)),
    (_org('人力资源和社会保障局'), '引进各类人才', '名', ['博士研究生', '硕士研究生', '本科生'], (3, 900)),
    (_org('信访局'), '接待群众来访', '批次', ['初信初访', '重复信访', '集体访'], (10, 1200)),
    (_org('疾病预防控制中心'), '报告法定传染病', '例', ['乙类传染病', '丙类传染病'], (30, 4000)),
    (_org('生态环境分局'), '办理环境信访件', '件', ['大气类', '噪声类', '水污染类', '固废类'], (10, 700)),
    (_org('农业农村局'), '培训高素质农民', '人', ['种植业', '养殖业', '农村电商', '乡村治理'], (20, 900)),
    (_org('退役军人事务局'), '走访慰问优抚对象', '人次', ['伤残军人', '烈属', '在乡老复员军人', '带病回乡退伍军人'], (10, 800)),
    (_org('人民医院'), '开展义诊活动', '场', ['社区义诊', '乡村巡诊', '企业健康讲座'], (3, 90)),
    (_org('税务局'), '办理退税业务', '笔', ['留抵退税', '出口退税', '汇算清缴退税'], (30, 9000)),
    (_org('住房和城乡建设局'), '改造老旧小区', '个', ['城区片区', '城郊片区', '工矿片区'], (3, 80)),
    (_org('民政局'), '登记婚姻', '对', ['结婚登记', '离婚登记', '补领婚姻登记证'], (60, 6000)),
]

# money scenes: whole name, part names, unit word after 万/亿
MSCENES = [
    ('一般公共预算支出', ['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '城乡社区支出']),
    ('审计查出问题金额', ['违规使用资金', '损失浪费金额', '管理不规范资金', '应缴未缴财政资金']),
    ('完成固定资产投资', ['工业投资', '基础设施投资', '房地产开发投资', '社会事业投资']),
    ('村集体经济收入', ['经营性收入', '发包及上交收入', '投资收益', '补助收入']),
    ('医院总收入', ['医疗收入', '财政补助收入', '科教收入', '其他收入']),
    ('学校年度经费支出', ['人员经费', '公用经费', '项目经费']),
    ('农林牧渔业总产值', ['农业产值', '林业产值', '牧业产值', '渔业产值', '农林牧渔服务业产值']),
    ('政府性基金预算收入', ['国有土地使用权出让收入', '城市基础设施配套费收入', '污水处理费收入', '其他基金收入']),
    ('发放各类惠民补贴', ['耕地地力保护补贴', '农机购置补贴', '困难群众救助金', '高龄津贴']),
    ('追赃挽损金额', ['退赃退赔', '追缴违法所得', '罚金']),
    ('公司营业收入', ['主营业务收入', '其他业务收入']),
    ('社会消费品零售总额', ['城镇消费品零售额', '乡村消费品零售额']),
]


def cscene(rng):
    org, vo, u, names, (lo, hi) = rng.choice(CSCENES)
    return org(rng), vo, u, names, lo, hi


def int_parts(rng, names, lo, hi, k=None):
    k = k or rng.randint(2, min(5, len(names)))
    ns = pick(rng, names, k)
    hi2 = max(lo + 2, hi // k)
    return ns, [rng.randint(max(1, lo // k), hi2) for _ in ns]


def sum_label(rng, label, whole, parts, partial=False):
    """Adjust integer whole/parts for the wanted label. Returns (whole, parts, desc)."""
    if label == 'consistent':
        return whole, parts, 'parts add up to the total'
    if label == 'negative':
        extra = rng.randint(max(1, whole // 20), max(2, whole // 3 + 1))
        return whole + extra, parts, 'partial list: listed parts cover only part of the total (%d not itemised)' % extra
    if partial:
        # partial list whose parts exceed the whole
        r = rng.random()
        if r < 0.4:
            k = rng.randrange(len(parts))
            return whole - parts[k], parts, 'total omits item %d, listed parts exceed it' % (k + 1)
        w2 = whole - rng.randint(max(1, whole // 30), max(2, whole // 6))
        if w2 <= 0:
            w2 = 1
        return w2, parts, 'total mistyped below the listed parts'
    return corrupt_sum_int(rng, whole, parts)


def join_parts(F, names, strs, u, sep='、', tpl='{n}{v}{u}'):
    return sep.join(tpl.format(n=n, v=v, u=u) for n, v in zip(names, strs))


# ---------------------------------------------------------------------------
# TOTALS styles
# ---------------------------------------------------------------------------
def cbase(rng, label, partial, kmin=2, kmax=5):
    org, vo, u, names, lo, hi = cscene(rng)
    k = rng.randint(min(kmin, len(names)), min(kmax, len(names)))
    ns, ps = int_parts(rng, names, lo, hi, k)
    whole = sum(ps)
    whole, ps, desc = sum_label(rng, label, whole, ps, partial)
    F = Fmt(rng)
    return F, year(rng), org, vo, u, ns, whole, ps, desc


def S(whole, parts, mode='exact'):
    return {'rel': 'sum_eq', 'whole': whole, 'parts': parts, 'mode': mode}


@style('t_gong_qizhong', 'totals', 'CIN')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, True)
    W = F.i(w); P = [F.i(p) for p in ps]
    body = join_parts(F, ns, P, u, sep=rng.choice(['、', '，']))
    t = F.fmt('{o}{org}共{vo}{W}{u}，其中{body}。' + rng.choice(['', '群众满意度持续提升。', '各项工作有序推进。']),
              o=opener(rng, y), org=org, vo=vo, W=W, u=u, body=body)
    return t, [S(W, P, 'partial')], desc


@style('t_qizhong_colon', 'totals', 'CIN')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, True)
    W = F.i(w); P = [F.i(p) for p in ps]
    body = '；'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    t = F.fmt('{y}年，{org}{vo}{W}{u}。其中：{body}。', y=y, org=org, vo=vo, W=W, u=u, body=body)
    return t, [S(W, P, 'partial')], desc


@style('t_bracket_qizhong', 'totals', 'CIN')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, True)
    W = F.i(w); P = [F.i(p) for p in ps]
    body = '、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    tail = rng.choice(['，同比有所增长。', '，为全年目标任务完成奠定了基础。', '。'])
    t = F.fmt('{o}{org}累计{vo}{W}{u}（其中{body}）{tail}', o=opener(rng, y), org=org, vo=vo, W=W, u=u, body=body, tail=tail)
    return t, [S(W, P, 'partial')], desc


@style('t_fenbie_wei', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False)
    W = F.i(w); P = [F.i(p) for p in ps]
    t = F.fmt('{o}{org}{vo}{W}{u}，按类别分，{names}分别为{vals}。', o=opener(rng, y), org=org, vo=vo, W=W, u=u,
              names='、'.join(ns), vals='、'.join(p + u for p in P))
    return t, [S(W, P)], desc


@style('t_yici_wei', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 3, 5)
    W = F.i(w); P = [F.i(p) for p in ps]
    t = F.fmt('{y}年{org}共{vo}{W}{u}。{names}{vb}{vals}{u}。', y=y, org=org, vo=vo, W=W, u=u,
              names='、'.join(ns), vb=rng.choice(['依次为', '分别是', '依次是']), vals='、'.join(P))
    return t, [S(W, P)], desc


@style('t_heji_after', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False)
    W = F.i(w); P = [F.i(p) for p in ps]
    body = '，'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    t = F.fmt('{o}{org}{vo}情况如下：{body}，{hj}{W}{u}。', o=opener(rng, y), org=org, vo=vo, body=body,
              hj=rng.choice(['合计', '共计', '总计', '合计完成']), W=W, u=u)
    return t, [S(W, P)], desc


@style('t_qiyu_remainder', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 3, 4)
    W = F.i(w); P = [F.i(p) for p in ps]
    first = '、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns[:-1], P[:-1]))
    t = F.fmt('{org}全年{vo}{W}{u}，其中{first}，其余{last}{u}为{ln}。', org=org, vo=vo, W=W, u=u, first=first,
              last=P[-1], ln=ns[-1])
    return t, [S(W, P)], desc


@style('t_ranking_sentences', 'totals', 'CIN')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, True, 3, 4)
    order = sorted(range(len(ps)), key=lambda i: -ps[i])
    ns = [ns[i] for i in order]; ps = [ps[i] for i in order]
    W = F.i(w); P = [F.i(p) for p in ps]
    segs = ['{}最多，达{}{}'.format(ns[0], P[0], u), '{}次之，为{}{}'.format(ns[1], P[1], u)]
    for n, p in zip(ns[2:], P[2:]):
        segs.append('{}{}{}'.format(n, p, u))
    t = F.fmt('{y}年，{org}{vo}{W}{u}。从类型看，{segs}。', y=y, org=org, vo=vo, W=W, u=u, segs='；'.join(segs))
    return t, [S(W, P, 'partial')], desc


def md_table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join(['---'] * len(head)) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(r) + ' |')
    return '\n'.join(out)


@style('t_md_table_heji', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 3, 5)
    W = F.i(w); P = [F.i(p) for p in ps]
    rows = [[n, p] for n, p in zip(ns, P)] + [['合计', W]]
    t = '{}{}{}情况（单位：{}）\n\n'.format(org, y, vo, u) + md_table(['类别', '数量'], rows)
    return t, [S(W, P)], desc


@style('t_tab_table_heji', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 3, 5)
    W = F.i(w); P = [F.i(p) for p in ps]
    lines = ['表{} {}{}年{}统计'.format(rng.randint(1, 9), org, y, vo), '项目\t数量（{}）'.format(u)]
    lines += ['{}\t{}'.format(n, p) for n, p in zip(ns, P)]
    lines.insert(2 if rng.random() < 0.4 else len(lines), '总计\t{}'.format(W))
    return '\n'.join(lines), [S(W, P)], desc


@style('t_space_table', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 3, 5)
    F.sep = rng.choice(['', ','])
    W = F.i(w); P = [F.i(p) for p in ps]
    width = max(len(n) for n in ns) + 2
    lines = ['{}  {}年{}'.format(org, y, vo), '类别'.ljust(width, '　') + '  ' + '数量/' + u]
    lines += [n.ljust(width, '　') + '  ' + p for n, p in zip(ns, P)]
    lines.append('合计'.ljust(width, '　') + '  ' + W)
    return '\n'.join(lines), [S(W, P)], desc


@style('t_kv_lines', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 2, 5)
    W = F.i(w); P = [F.i(p) for p in ps]
    c = '：' if not F.half else ':'
    lines = ['{}{}年{}情况'.format(org, y, vo), '{}总量{}{}{}'.format(vo[-4:] if len(vo) > 4 else vo, c, W, u)]
    lines += ['{}{}{}{}'.format(n, c, p, u) for n, p in zip(ns, P)]
    return '\n'.join(lines), [S(W, P)], desc


@style('t_numbered_heads_total', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 3, 5)
    W = F.i(w); P = [F.i(p) for p in ps]
    mk = rng.choice(['（{}）', '{}、', '{}.'])
    fills = ['，较好完成了年度任务。', '，均已登记在册。', '。', '，全部按要求处置。']
    lines = ['{}{}年{}情况如下：'.format(org, y, vo)]
    for i, (n, p) in enumerate(zip(ns, P)):
        tag = mk.format(ORD_CN[i] if mk != '{}.' else i + 1)
        lines.append('{}{}：{}{}{}'.format(tag, n, p, u, rng.choice(fills)))
    lines.append(rng.choice(['以上共计{}{}。', '上述各类合计{}{}。', '全年总计{}{}。']).format(W, u))
    return F.fmt('\n'.join(lines).replace('{', '{{').replace('}', '}}')), [S(W, P)], desc


@style('t_yishi_ershi', 'totals', 'CIN')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, True, 2, 4)
    W = F.i(w); P = [F.i(p) for p in ps]
    segs = []
    for i, (n, p) in enumerate(zip(ns, P)):
        segs.append('{}是{}{}{}{}'.format(ORD_CN[i], rng.choice(['', '完成', '涉及']), n, p, u))
    t = F.fmt('{o}{org}共{vo}{W}{u}，主要做法：{segs}。', o=opener(rng, y), org=org, vo=vo, W=W, u=u, segs='；'.join(segs))
    return t, [S(W, P, 'partial')], desc


def pdf_wrap(rng, text, protect):
    """Insert line breaks at random positions not inside protected strings."""
    bad = set()
    for s in protect:
        start = 0
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            for j in range(i + 1, i + len(s)):
                bad.add(j)
            start = i + 1
    ok = [i for i in range(8, len(text) - 2) if i not in bad and text[i] not in '，。、；' and text[i - 1] != '\n']
    if not ok:
        return text
    cuts = sorted(rng.sample(ok, min(len(ok), rng.randint(1, 3))))
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return '\n'.join(out)


@style('t_pdf_linebreaks', 'totals', 'CIN')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, True, 2, 4)
    W = F.i(w); P = [F.i(p) for p in ps]
    body = '，'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    t = F.fmt('{o}{org}坚持问题导向，全年共{vo}{W}{u}，其中{body}，各项工作取得明显成效。', o=opener(rng, y),
              org=org, vo=vo, W=W, u=u, body=body)
    t = pdf_wrap(rng, t, [W] + P)
    # also break right after a number once in a while
    return t, [S(W, P, 'partial')], desc + '; text wrapped like PDF extraction'


@style('t_pdf_number_split', 'totals', 'CI')
def _(rng, label):
    org, vo, u, names, lo, hi = cscene(rng)
    k = rng.randint(2, min(4, len(names)))
    ns = pick(rng, names, k)
    ps = [rng.randint(1000, 9800) for _ in ns]
    w = sum(ps)
    w, ps, desc = sum_label(rng, label, w, ps, False)
    F = Fmt(rng, fw=False, sep=',')
    W = F.i(w); P = [F.i(p) for p in ps]
    j = rng.randrange(len(P) + 1)
    if j == len(P):
        Wb = W.replace(',', ',\n', 1); P2 = P
    else:
        Wb = W; P2 = list(P); P2[j] = P[j].replace(',', ',\n', 1)
    body = '、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P2))
    t = F.fmt('{org}{y}年{vo}总数为{W}{u}，分别是{body}。', org=org, y=year(rng), vo=vo, W=Wb, u=u, body=body)
    return t, [S(Wb, P2)], desc + '; one number broken across two lines after its thousands comma'


@style('t_cn_numerals', 'totals', 'CIN')
def _(rng, label):
    org, vo, u, names, lo, hi = cscene(rng)
    k = rng.randint(2, min(4, len(names)))
    ns = pick(rng, names, k)
    ps = [rng.randint(2, 60) for _ in ns]
    w = sum(ps)
    w, ps, desc = sum_label(rng, label, w, ps, True)
    W = cn4(w); P = [cn4(p) for p in ps]
    body = '、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    F = Fmt(rng)
    t = F.fmt('{org}全年共{vo}{W}{u}，其中{body}。', org=org, vo=vo, W=W, u=u, body=body)
    return t, [S(W, P, 'partial')], desc + '; Chinese numerals'


@style('t_fullwidth_digits', 'totals', 'CI')
def _(rng, label):
    F, y, org, vo, u, ns, w, ps, desc = cbase(rng, label, False, 2, 4)
    F.fw = True
    W = F.i(w); P = [F.i(p) for p in ps]
    body = '、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    t = F.fmt('{org}{vo}{W}{u}，包括{body}。', org=org, vo=vo, W=W, u=u, body=body.replace('、', '和', 1) if len(P) == 2 else body)
    return t, [S(W, P)], desc + '; full-width digits'


PAIRS = [('在校学生', '人', '男生', '女生', (300, 4000)), ('常住人口', '人', '城镇人口', '乡村人口', (3000, 90000)),
         ('从业人员', '人', '男性', '女性', (80, 3000)), ('参保人数', '人', '城镇职工', '城乡居民', (2000, 80000)),
         ('出生人口', '人', '男婴', '女婴', (100, 3000)), ('门急诊量', '人次', '门诊', '急诊', (5000, 300000)),
         ('出院患者', '人次', '医保患者', '自费患者', (800, 40000)), ('审结案件', '件', '当庭宣判', '定期宣判', (100, 4000))]


@style('t_two_part_complement', 'totals', 'CI')
def _(rng, label):
    nm, u, a, b, (lo, hi) = rng.choice(PAIRS)
    x = rng.randint(lo // 2, hi // 2); z = rng.randint(lo // 2, hi // 2)
    w, ps, desc = sum_label(rng, label, x + z, [x, z], False)
    F = Fmt(rng)
    W = F.i(w); P = [F.i(p) for p in ps]
    org = rng.choice([place(rng), _org('人民医院')(rng), place(rng, '镇'), _org('第一中学')(rng)])
    if rng.random() < 0.5:
        t = F.fmt('截至{y}年末，{org}{nm}{W}{u}，{a}{p0}{u}，{b}{p1}{u}。', y=year(rng), org=org, nm=nm, W=W, u=u, a=a, b=b, p0=P[0], p1=P[1])
    else:
        t = F.fmt('{org}{a}{p0}{u}、{b}{p1}{u}，{nm}合计{W}{u}。', org=org, nm=nm, W=W, u=u, a=a, b=b, p0=P[0], p1=P[1])
    return t, [S(W, P)], desc


@style('t_multi_level', 'totals', 'CI')
def _(rng, label):
    org = _org('人民法院')(rng)
    a1, a2, b = rng.randint(100, 2000), rng.randint(50, 900), rng.randint(80, 1500)
    A = a1 + a2; W0 = A + b
    F = Fmt(rng)
    desc = 'two-level breakdown consistent'
    wA, wW = A, W0
    parts1 = [a1, a2]
    if label == 'inconsistent':
        if rng.random() < 0.5:
            wA, d = perturb_int(rng, A); desc = 'sub-total mistyped: ' + d
        else:
            wW, d = perturb_int(rng, W0); desc = 'grand total mistyped: ' + d
    sW, sA, sB, s1, s2 = F.i(wW), F.i(wA), F.i(b), F.i(a1), F.i(a2)
    t = F.fmt('{y}年，{org}共受理各类案件{W}件。其中，民事案件{A}件（含婚姻家庭案件{a1}件、合同纠纷案件{a2}件），刑事案件{B}件。',
              y=year(rng), org=org, W=sW, A=sA, a1=s1, a2=s2, B=sB)
    return t, [S(sW, [sA, sB]), S(sA, [s1, s2])], desc


@style('t_two_totals_passage', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    chk, texts, desc = [], [], 'both totals add up'
    bad = rng.randrange(2) if label == 'inconsistent' else -1
    for j in range(2):
        org, vo, u, names, lo, hi = cscene(rng)
        ns, ps = int_parts(rng, names, lo, hi, rng.randint(2, min(3, len(names))))
        w = sum(ps)
        if j == bad:
            w, ps, desc = corrupt_sum_int(rng, w, ps)
            desc = 'second' if j else 'first'; desc += ' passage: total does not match its parts'
        W = F.i(w); P = [F.i(p) for p in ps]
        texts.append('{}{}{}{}，{}分别为{}。{}'.format(org, vo, W, u, '、'.join(ns), '、'.join(p + u for p in P), rng.choice(['', '相关数据已录入系统。', '群众反映的问题均已办结。'])))
        chk.append(S(W, P))
    t = F.fmt(texts[0] + '\n' + texts[1])
    return t, chk, desc


@style('t_quarter_breakdown', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    what, u = rng.choice([('完成工业增加值', '万'), ('实现旅游接待', '人次'), ('办理不动产登记', '件'), ('接收来信', '件'), ('受理12315投诉', '件')])
    qs = [rng.randint(300, 9000) for _ in range(4)]
    w = sum(qs)
    w, qs, desc = sum_label(rng, label, w, qs, False)
    if u == '万':
        W = F.i(w) + '万'; Q = [F.i(q) + '万' for q in qs]; unit_tail = '元'
        # integers with 万 are rounded: make inconsistency large enough
        if label == 'inconsistent' and abs(w - sum(qs)) < 6:
            return None
    else:
        W = F.i(w); Q = [F.i(q) for q in qs]; unit_tail = u
    org = place(rng)
    if rng.random() < 0.5:
        t = F.fmt('{org}{y}年全年{what}{W}{ut}。分季度看，一至四季度分别为{q0}{ut}、{q1}{ut}、{q2}{ut}和{q3}{ut}。',
                  org=org, y=year(rng), what=what, W=W, ut=unit_tail, q0=Q[0], q1=Q[1], q2=Q[2], q3=Q[3])
    else:
        t = '{}{}分季度情况\n一季度：{}{}\n二季度：{}{}\n三季度：{}{}\n四季度：{}{}\n全年合计：{}{}'.format(
            org, what, Q[0], unit_tail, Q[1], unit_tail, Q[2], unit_tail, Q[3], unit_tail, W, unit_tail)
    return t, [S(W, Q)], desc


@style('t_month_breakdown', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    n = rng.choice([3, 6])
    ms = [rng.randint(20, 900) for _ in range(n)]
    w = sum(ms)
    w, ms, desc = sum_label(rng, label, w, ms, False)
    W = F.i(w); M = [F.i(m) for m in ms]
    org = _org('12345政务服务便民热线')(rng)
    per = '一季度' if n == 3 else '上半年'
    body = '，'.join('{}月{}件'.format(i + 1, m) for i, m in enumerate(M))
    t = F.fmt('{org}{y}年{per}受理工单{W}件。按月份统计：{body}。', org=org, y=year(rng), per=per, W=W, body=body)
    return t, [S(W, M)], desc


def mbase(rng, label, partial, kmin=2, kmax=5, d=None, big=False):
    whole_nm, names = rng.choice(MSCENES)
    k = rng.randint(kmin, min(kmax, len(names)))
    ns = pick(rng, names, k)
    d = rng.choice([0, 1, 2, 2]) if d is None else d
    scale = 10 ** d
    lo, hi = (2000, 900000) if big else (50, 60000)
    true = [Fr(rng.randint(lo * scale, hi * scale) * 10 + rng.randint(0, 9), scale * 10) for _ in ns]
    F = Fmt(rng)
    P = [F.d(x, d) for x in true]
    pv = [Fr(rnd(x, d)) for x in true]
    wv = sum(true)
    unit = Fr(1, scale)
    desc = 'parts add up to the total (rounded)'
    if label == 'negative':
        wv = wv + max(Fr(rng.randint(3, 40), 100) * wv, (k + 3) * unit)
        desc = 'partial list: parts cover only part of the total'
    elif label == 'inconsistent':
        r = rng.random()
        if r < 0.35 and k >= 2:
            j = rng.randrange(k)
            wv = wv + pv[j] if not partial else wv - pv[j]
            desc = 'part %d %s' % (j + 1, 'counted twice in the total' if not partial else 'left out of a total that the listed parts exceed')
        elif r < 0.6:
            s = rnd(wv, d).replace('.', '')
            i = rng.randrange(max(1, len(s) - 1))
            if len(s) >= 2 and s[i] != s[i + 1]:
                s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                wv = Fr(int(s2), scale)
                desc = 'digits of the total swapped'
            else:
                wv = wv - (k + rng.randint(3, 30)) * unit if partial else wv + (k + rng.randint(3, 30)) * unit
                desc = 'total off by several units'
        else:
            wv = wv - (k + rng.randint(3, 60)) * unit if partial else wv + rng.choice([-1, 1]) * (k + rng.randint(3, 60)) * unit
            desc = 'total off by several units of its last digit'
        if wv <= 0:
            return None
    W = F.d(wv, d)
    return F, year(rng), whole_nm, ns, W, P, desc, d


@style('t_money_qizhong', 'totals', 'CIN')
def _(rng, label):
    r = mbase(rng, label, True)
    if not r:
        return None
    F, y, wn, ns, W, P, desc, d = r
    W += '万'; P = [p + '万' for p in P]
    body = '，'.join('{}{}元'.format(n, p) for n, p in zip(ns, P))
    t = F.fmt('{y}年{pl}{wn}{W}元，其中{body}。', y=y, pl=place(rng), wn=wn, W=W, body=body)
    return t, [S(W, P, 'partial')], desc


@style('t_money_fenbie', 'totals', 'CI')
def _(rng, label):
    r = mbase(rng, label, False, 2, 4)
    if not r:
        return None
    F, y, wn, ns, W, P, desc, d = r
    W += '万'; P = [p + '万' for p in P]
    t = F.fmt('{pl}{y}年{wn}为{W}元，{names}分别为{vals}。', y=y, pl=place(rng), wn=wn, W=W, names='、'.join(ns),
              vals='、'.join(p + '元' for p in P))
    return t, [S(W, P)], desc


@style('t_money_yi_whole_wan_parts', 'totals', 'CI')
def _(rng, label):
    whole_nm, names = rng.choice(MSCENES)
    k = rng.randint(2, min(4, len(names)))
    ns = pick(rng, names, k)
    parts = [rng.randint(800, 90000) for _ in ns]  # in 万, integer
    F = Fmt(rng)
    P = [F.i(p) + '万' for p in parts]
    tot = Fr(sum(parts), 10000)  # in 亿
    dd = rng.choice([2, 2, 3]) if tot < 100 else 2
    desc = 'parts in 万 add up to the 亿 total'
    if label == 'inconsistent':
        tot += rng.choice([-1, 1]) * Fr(rng.randint(3, 30), 10 ** (dd - 1)) / 10 * 10
        if tot <= 0:
            return None
        desc = 'total in 亿 does not match the parts in 万'
    W = F.d(tot, dd) + '亿'
    body = '、'.join('{}{}元'.format(n, p) for n, p in zip(ns, P))
    t = F.fmt('{y}年，{pl}{wn}达到{W}元。从构成看，{body}，共同构成了全年总量。', y=year(rng), pl=place(rng, '市'), wn=whole_nm, W=W, body=body)
    return t, [S(W, P)], desc


@style('t_money_wan_integer', 'totals', 'CI')
def _(rng, label):
    whole_nm, names = rng.choice(MSCENES)
    k = rng.randint(2, min(4, len(names)))
    ns = pick(rng, names, k)
    parts = [rng.randint(50, 9000) for _ in ns]
    w = sum(parts)
    desc = 'parts add up'
    if label == 'inconsistent':
        w += rng.choice([-1, 1]) * rng.randint(k + 3, k + 200)
        desc = 'total in 万 off by more than the rounding of the parts'
    F = Fmt(rng)
    W = F.i(w) + '万'; P = [F.i(p) + '万' for p in parts]
    body = '，'.join('{}{}元'.format(n, p) for n, p in zip(ns, P))
    t = F.fmt('全年{wn}{W}元。具体为：{body}。', wn=whole_nm, W=W, body=body)
    return t, [S(W, P)], desc


@style('t_budget_table_xiaoji', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng, fw=False)
    d = rng.choice([1, 2])
    sc = 10 ** d
    a = [Fr(rng.randint(10 * sc, 5000 * sc), sc) for _ in range(rng.randint(2, 3))]
    b = [Fr(rng.randint(10 * sc, 5000 * sc), sc) for _ in range(rng.randint(2, 3))]
    sa, sb = sum(a), sum(b)
    tot = sa + sb
    desc = 'subtotals and grand total add up'
    unit = Fr(1, sc)
    if label == 'inconsistent':
        r = rng.random()
        if r < 0.4:
            sa += rng.choice([-1, 1]) * rng.randint(6, 90) * unit; desc = 'first subtotal off'
            tot = sa + sb if rng.random() < 0.5 else tot
        elif r < 0.7:
            tot += rng.choice([-1, 1]) * rng.randint(6, 90) * unit; desc = 'grand total off'
        else:
            tot = sa + sb + b[0]; desc = 'one line counted twice in the grand total'
    A = [F.d(x, d) for x in a]; B = [F.d(x, d) for x in b]
    SA, SB, T = F.d(sa, d), F.d(sb, d), F.d(tot, d)
    na = pick(rng, ['工资福利支出', '商品和服务支出', '对个人和家庭的补助'], len(a))
    nb = pick(rng, ['信息化建设', '专项业务经费', '设备购置', '维修改造'], len(b))
    sepc = rng.choice(['\t', '  ', ' | '])
    lines = ['{}{}年部门决算支出表（单位：万元）'.format(_org(rng.choice(['教育局', '卫生健康局', '水利局', '司法局']))(rng), year(rng)),
             sepc.join(['项目', '决算数']), sepc.join(['一、基本支出', ''])]
    lines += [sepc.join(['  ' + n, x]) for n, x in zip(na, A)]
    lines.append(sepc.join(['  小计', SA]))
    lines.append(sepc.join(['二、项目支出', '']))
    lines += [sepc.join(['  ' + n, x]) for n, x in zip(nb, B)]
    lines.append(sepc.join(['  小计', SB]))
    lines.append(sepc.join(['支出合计', T]))
    return '\n'.join(l.rstrip() for l in lines), [S(SA, A), S(SB, B), S(T, [SA, SB])], desc


@style('t_budget_heads_kv', 'totals', 'CI')
def _(rng, label):
    r = mbase(rng, label, False, 2, 4, d=2)
    if not r:
        return None
    F, y, wn, ns, W, P, desc, d = r
    lines = ['一、{}'.format(wn), '{}年{}{}万元，具体如下：'.format(y, wn, W)]
    for i, (n, p) in enumerate(zip(ns, P)):
        lines.append('（{}）{}：{}万元。'.format(ORD_CN[i], n, p))
    return F.fmt('\n'.join(lines)), [S(W, P)], desc


LIN_SCENES = [('注册志愿者', '人', (500, 30000)), ('市场主体', '户', (2000, 90000)), ('规上工业企业', '家', (40, 900)),
              ('家庭医生签约人数', '人', (3000, 90000)), ('5G基站', '个', (100, 4000)), ('农民专业合作社', '家', (50, 1200)),
              ('高新技术企业', '家', (20, 800)), ('养老机构床位', '张', (300, 9000)), ('公共充电桩', '个', (100, 6000)),
              ('在册党员', '名', (200, 9000))]


def lin(terms, result):
    return {'rel': 'linear', 'terms': terms, 'result': result}


def change_vals(rng, label, lo, hi, up=True):
    a = rng.randint(lo, hi)
    c = rng.randint(max(1, a // 50), max(2, a // 3))
    b = a + c if up else a - c
    desc = 'change matches the two levels'
    if label == 'inconsistent':
        r = rng.random()
        if r < 0.5:
            c, dd = perturb_int(rng, c); desc = 'stated change wrong: ' + dd
        else:
            b, dd = perturb_int(rng, b); desc = 'end level wrong: ' + dd
    return a, b, c, desc


@style('t_you_zengzhi', 'totals', 'CI')
def _(rng, label):
    nm, u, (lo, hi) = rng.choice(LIN_SCENES)
    a, b, c, desc = change_vals(rng, label, lo, hi)
    F = Fmt(rng)
    A, B, C = F.i(a), F.i(b), F.i(c)
    y = year(rng)
    t = F.fmt(rng.choice(['{pl}{nm}由{y0}年的{A}{u}增至{y}年的{B}{u}，增加{C}{u}。',
                          '{pl}{nm}从{A}{u}增加到{B}{u}，净增{C}{u}。',
                          '{y}年末，{pl}{nm}达到{B}{u}，较{y0}年末的{A}{u}增加了{C}{u}。']),
              pl=place(rng), nm=nm, y0=y - 1, y=y, A=A, B=B, C=C, u=u)
    return t, [lin([['+', A], ['+', C]], B)], desc


@style('t_bi_shangnian_zengjia', 'totals', 'CI')
def _(rng, label):
    org, vo, u, names, lo, hi = cscene(rng)
    a, b, c, desc = change_vals(rng, label, max(lo, 20), hi)
    F = Fmt(rng)
    A, B, C = F.i(a), F.i(b), F.i(c)
    y = year(rng)
    t = F.fmt(rng.choice(['{y}年，{org}{vo}{B}{u}，比上年增加{C}{u}（{y0}年为{A}{u}）。',
                          '{org}{y}年{vo}{B}{u}，较去年同期多{C}{u}。去年同期为{A}{u}。',
                          '{y0}年{org}{vo}{A}{u}；{y}年{vo}{B}{u}，比上年增加{C}{u}。']),
              y=y, y0=y - 1, org=org, vo=vo, A=A, B=B, C=C, u=u)
    return t, [lin([['+', A], ['+', C]], B)], desc


@style('t_jianshao_decline', 'totals', 'CI')
def _(rng, label):
    org, vo, u, names, lo, hi = cscene(rng)
    a, b, c, desc = change_vals(rng, label, max(lo, 30), hi, up=False)
    if b <= 0:
        return None
    F = Fmt(rng)
    A, B, C = F.i(a), F.i(b), F.i(c)
    y = year(rng)
    t = F.fmt(rng.choice(['{org}{vo}由上年的{A}{u}下降至{B}{u}，减少{C}{u}。',
                          '{y}年{org}{vo}{B}{u}，较去年的{A}{u}减少{C}{u}，降幅明显。',
                          '与{y0}年相比，{org}{vo}减少了{C}{u}，从{A}{u}回落到{B}{u}。']),
              y=y, y0=y - 1, org=org, vo=vo, A=A, B=B, C=C, u=u)
    return t, [lin([['+', A], ['-', C]], B)], desc


@style('t_net_increase', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    kind, u = rng.choice([('市场主体', '户'), ('企业', '家'), ('个体工商户', '户'), ('参保单位', '家')])
    a = rng.randint(200, 12000); b = rng.randint(50, a - 1); c = a - b
    desc = 'net change = new - cancelled'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            c, dd = perturb_int(rng, c)
        else:
            c = a + b; dd = 'cancellations added instead of subtracted'
        desc = 'net change wrong: ' + dd
    A, B, C = F.i(a), F.i(b), F.i(c)
    t = F.fmt('{y}年{pl}新设立{k}{A}{u}，注销{B}{u}，净增{C}{u}。', y=year(rng), pl=place(rng), k=kind, A=A, B=B, C=C, u=u)
    return t, [lin([['+', A], ['-', B]], C)], desc


def flow_vals(rng, label, lo, hi):
    a = rng.randint(lo, hi); b = rng.randint(lo // 10 + 1, hi // 4); c = rng.randint(lo // 20 + 1, min(a, hi // 5))
    d = a + b - c
    desc = 'opening + new - exits = closing'
    if label == 'inconsistent':
        r = rng.random()
        if r < 0.4:
            d, dd = perturb_int(rng, d); desc = 'closing stock wrong: ' + dd
        elif r < 0.7:
            d = a + b + c; desc = 'exits added instead of subtracted'
        else:
            b, dd = perturb_int(rng, b); desc = 'inflow wrong: ' + dd
    return a, b, c, d, desc


@style('t_stock_flow_entities', 'totals', 'CI')
def _(rng, label):
    nm, u, (lo, hi) = rng.choice(LIN_SCENES)
    a, b, c, d, desc = flow_vals(rng, label, lo, hi)
    F = Fmt(rng)
    A, B, C, D = F.i(a), F.i(b), F.i(c), F.i(d)
    y = year(rng)
    t = F.fmt(rng.choice(['{pl}{y}年初有{nm}{A}{u}，全年新增{B}{u}，注销（退出）{C}{u}，年末实有{D}{u}。',
                          '年初{nm}{A}{u}；本年新增{B}{u}；减少{C}{u}；期末{D}{u}。',
                          '截至{y}年底，{pl}{nm}{D}{u}。全年新增{B}{u}、退出{C}{u}，年初基数为{A}{u}。']),
              pl=place(rng), y=y, nm=nm, A=A, B=B, C=C, D=D, u=u)
    return t, [lin([['+', A], ['+', B], ['-', C]], D)], desc


@style('t_stock_flow_fund', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    d = 2
    a = Fr(rng.randint(1000, 900000), 100); b = Fr(rng.randint(1000, 900000), 100); c = Fr(rng.randint(1000, int((a + b) * 90)), 100)
    e = a + b - c
    desc = 'opening balance + income - spending = closing balance'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            e += rng.choice([-1, 1]) * Fr(rng.randint(5, 5000), 100); desc = 'closing balance off'
        else:
            e = a + b - c + 2 * c if rng.random() < 0.3 else e + Fr(rng.choice([9, 90, 900]), 1); desc = 'closing balance computed wrongly'
    if e <= 0:
        return None
    A, B, C, E = [F.d(x, d) + '万' for x in (a, b, c, e)]
    fund = rng.choice(['城乡居民基本医疗保险基金', '住房公积金', '工会经费', '村级公益事业专项资金', '残疾人就业保障金'])
    t = F.fmt(rng.choice(['{f}年初滚存结余{A}元，本年收入{B}元，本年支出{C}元，年末滚存结余{E}元。',
                          '（{k}）{f}\n上年结余：{A}元\n本年收入：{B}元\n本年支出：{C}元\n年末结余：{E}元']),
              f=fund, A=A, B=B, C=C, E=E, k=ORD_CN[rng.randrange(5)])
    return t, [lin([['+', A], ['+', B], ['-', C]], E)], desc


@style('t_stock_flow_population', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    a = rng.randint(8000, 600000)
    bi, de, im, em = rng.randint(50, a // 80), rng.randint(50, a // 90), rng.randint(20, a // 60), rng.randint(20, a // 60)
    e = a + bi - de + im - em
    desc = 'population balance holds'
    if label == 'inconsistent':
        if rng.random() < 0.6:
            e, dd = perturb_int(rng, e); desc = 'year-end population wrong: ' + dd
        else:
            e = a + bi - de + im + em; desc = 'emigrants added instead of subtracted'
    A, B, D, I, M, E = F.i(a), F.i(bi), F.i(de), F.i(im), F.i(em), F.i(e)
    t = F.fmt('{pl}年初户籍人口{A}人。全年出生{B}人，死亡{D}人；迁入{I}人，迁出{M}人。年末户籍人口{E}人。',
              pl=place(rng), A=A, B=B, D=D, I=I, M=M, E=E)
    return t, [lin([['+', A], ['+', B], ['-', D], ['+', I], ['-', M]], E)], desc


@style('t_court_old_new', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    old, new = rng.randint(30, 900), rng.randint(500, 9000)
    tot = old + new
    done = rng.randint(int(tot * 0.8), tot - 1); left = tot - done
    desc = 'carried-over + new = handled = closed + pending'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            tot, dd = perturb_int(rng, tot); desc = 'total caseload wrong: ' + dd
            if tot == done + left:
                return None
        else:
            left, dd = perturb_int(rng, left); desc = 'pending cases wrong: ' + dd
    O, N, T, D, L = F.i(old), F.i(new), F.i(tot), F.i(done), F.i(left)
    t = F.fmt('{y}年，{org}受理案件{T}件，其中旧存{O}件、新收{N}件；审（执）结{D}件，未结{L}件。',
              y=year(rng), org=_org('人民法院')(rng), T=T, O=O, N=N, D=D, L=L)
    return t, [S(T, [O, N]), S(T, [D, L])], desc


@style('t_votes', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng, fw=False, sep='')
    yes, no, ab = rng.randint(40, 480), rng.randint(0, 12), rng.randint(0, 15)
    att = yes + no + ab
    desc = 'votes add up to members present'
    if label == 'inconsistent':
        att, dd = perturb_int(rng, att); desc = 'members present wrong: ' + dd
    A, Y, N, B = str(att), str(yes), str(no), str(ab)
    body = rng.choice(['出席代表{A}人，表决结果：赞成{Y}票，反对{N}票，弃权{B}票，决议获得通过。',
                       '会议应到委员{X}人，实到{A}人。表决赞成{Y}票、反对{N}票、弃权{B}票。'])
    t = body.format(A=A, Y=Y, N=N, B=B, X=att + rng.randint(1, 9))
    t = '{}第{}次会议'.format(place(rng, '县') + '人大常委会', CN_COUNT2[rng.randint(2, 12)]) + '，' + t
    return t, [S(A, [Y, N, B])], desc


@style('t_attendance', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    shi, qj = rng.randint(20, 300), rng.randint(1, 12)
    ying = shi + qj
    desc = 'present + on leave = expected'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            ying, dd = perturb_int(rng, ying)
        else:
            shi, dd = perturb_int(rng, shi)
        desc = 'attendance figures do not add up: ' + dd
    Y, S_, Q = F.i(ying), F.i(shi), F.i(qj)
    t = F.fmt(rng.choice(['本次培训应参训{Y}人，实际参训{S}人，请假{Q}人。', '会议应到{Y}人，实到{S}人，因公请假{Q}人，符合规定人数。']),
              Y=Y, S=S_, Q=Q)
    return t, [lin([['+', S_], ['+', Q]], Y)], desc


@style('t_loan_balance', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    d = rng.choice([1, 2])
    a = Fr(rng.randint(200 * 10 ** d, 9000 * 10 ** d), 10 ** d)
    c = Fr(rng.randint(5 * 10 ** d, int(a * 10 ** d) // 5), 10 ** d)
    b = a + c
    desc = 'year-end balance = start + increase'
    if label == 'inconsistent':
        c = c + rng.choice([-1, 1]) * Fr(rng.randint(5, 200), 10 ** d)
        desc = 'stated increase does not match the two balances'
        if c <= 0:
            return None
    A, B, C = F.d(a, d) + '亿', F.d(b, d) + '亿', F.d(c, d) + '亿'
    what = rng.choice(['本外币各项贷款余额', '人民币各项存款余额', '住户存款余额', '涉农贷款余额'])
    t = F.fmt('{y}年末，全{k}{w}{B}元，比年初增加{C}元。年初余额为{A}元。', y=year(rng), k=rng.choice(['县', '区', '市']), w=what, A=A, B=B, C=C)
    return t, [lin([['+', A], ['+', C]], B)], desc


@style('t_yoy_change_list', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    items = pick(rng, LIN_SCENES, 3)
    bad = rng.randrange(3) if label == 'inconsistent' else -1
    chk, lines, desc = [], [], 'all changes match'
    for i, (nm, u, (lo, hi)) in enumerate(items):
        a, b, c, dd = change_vals(rng, 'inconsistent' if i == bad else 'consistent', lo, hi)
        if i == bad:
            desc = 'item %d: %s' % (i + 1, dd)
        A, B, C = F.i(a), F.i(b), F.i(c)
        lines.append('{}. {}：{}{}（上年{}{}），增加{}{}'.format(i + 1, nm, B, u, A, u, C, u))
        chk.append(lin([['+', A], ['+', C]], B))
    t = F.fmt('主要指标完成情况\n' + '\n'.join(lines))
    return t, chk, desc


@style('t_wrong_base_year', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    nm, u, (lo, hi) = rng.choice(LIN_SCENES)
    v1 = rng.randint(lo, hi); v2 = v1 + rng.randint(max(1, v1 // 30), max(2, v1 // 6)); v3 = v2 + rng.randint(max(1, v2 // 30), max(2, v2 // 6))
    c = v3 - v2
    desc = 'change measured from the previous year'
    if label == 'inconsistent':
        c = v3 - v1; desc = 'change measured from two years earlier (wrong base year) but described as 比上年'
    y = year(rng)
    A1, A2, A3, C = F.i(v1), F.i(v2), F.i(v3), F.i(c)
    if len({A1, A2, A3, C}) < 4:
        return None
    t = F.fmt('{pl}{nm}：{y2}年{A1}{u}，{y1}年{A2}{u}，{y}年{A3}{u}。{y}年比上年增加{C}{u}。',
              pl=place(rng), nm=nm, y2=y - 2, y1=y - 1, y=y, A1=A1, A2=A2, A3=A3, C=C, u=u)
    return t, [lin([['+', A2], ['+', C]], A3)], desc


@style('t_epidemic_cumulative', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    prev = rng.randint(50, 9000); lo, ab, im = rng.randint(0, 40), rng.randint(0, 90), rng.randint(0, 9)
    new = lo + ab + im
    cum = prev + new
    desc = 'previous cumulative + new = cumulative; new = local + asymptomatic + imported'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            cum, dd = perturb_int(rng, cum); desc = 'cumulative wrong: ' + dd
        else:
            new, dd = perturb_int(rng, new); desc = 'daily new total wrong: ' + dd
            cum = prev + (lo + ab + im)
    P, L, A, I, N, C = F.i(prev), str(lo), str(ab), str(im), str(new), F.i(cum)
    t = F.fmt('{m}月{d}日0—24时，{pl}新增报告感染者{N}例，其中本土确诊病例{L}例、本土无症状感染者{A}例、境外输入{I}例。截至{d}日24时，累计报告{C}例（此前累计{P}例）。',
              m=rng.randint(1, 12), d=rng.randint(1, 28), pl=place(rng, '市'), N=N, L=L, A=A, I=I, C=C, P=P)
    return t, [S(N, [L, A, I]), lin([['+', P], ['+', N]], C)], desc


@style('t_agri_area_partial', 'totals', 'CIN')
def _(rng, label):
    F = Fmt(rng)
    crops = pick(rng, ['小麦', '玉米', '水稻', '大豆', '马铃薯', '油菜', '花生'], rng.randint(2, 4))
    d = rng.choice([1, 2])
    vals = [Fr(rng.randint(5 * 10 ** d, 90 * 10 ** d), 10 ** d) for _ in crops]
    pv = [Fr(rnd(v, d)) for v in vals]
    w = sum(vals)
    unit = Fr(1, 10 ** d)
    desc = 'crop areas add up'
    if label == 'negative':
        w += Fr(rng.randint(20, 400), 10); desc = 'only main crops listed (partial)'
    elif label == 'inconsistent':
        w -= (len(crops) + rng.randint(3, 40)) * unit; desc = 'total area below the listed crops'
    W = F.d(w, d) + '万'; P = [F.d(v, d) + '万' for v in vals]
    body = '、'.join('{}{}亩'.format(c, p) for c, p in zip(crops, P))
    t = F.fmt('{y}年全{k}粮食播种面积{W}亩，其中{body}。', y=year(rng), k=rng.choice(['县', '市', '区']), W=W, body=body)
    return t, [S(W, P, 'partial')], desc


@style('t_proc_arrest_review', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    a, b = rng.randint(30, 900), rng.randint(3, 200)
    w = a + b
    w, ps, desc = sum_label(rng, label, w, [a, b], False)
    W, A, B = F.i(w), F.i(ps[0]), F.i(ps[1])
    t = F.fmt(rng.choice(['{y}年，{org}共审查逮捕犯罪嫌疑人{W}人，批准逮捕{A}人，不批准逮捕{B}人。',
                          '{org}批准逮捕{A}人、不捕{B}人，审查逮捕案件涉及犯罪嫌疑人共{W}人。']),
              y=year(rng), org=_org('人民检察院')(rng), W=W, A=A, B=B)
    return t, [S(W, [A, B])], desc


@style('t_hospital_visits', 'totals', 'CI')
def _(rng, label):
    F = Fmt(rng)
    a, b = rng.randint(20000, 900000), rng.randint(2000, 90000)
    if rng.random() < 0.4:
        w = a + b
        w, ps, desc = sum_label(rng, label, w, [a, b], False)
        W, A, B = F.i(w), F.i(ps[0]), F.i(ps[1])
    else:
        wv = Fr(a + b, 10000)
        desc = 'parts add up (total in 万)'
        if label == 'inconsistent':
            wv += rng.choice([-1, 1]) * Fr(rng.randint(3, 60), 100); desc = 'total in 万人次 off'
        W, A, B = F.d(wv, 2) + '万', F.i(a), F.i(b)
    t = F.fmt('{y}年{org}门急诊{W}人次，其中门诊{A}人次、急诊{B}人次；出院患者较上年有所增加。',
              y=year(rng), org=_org('中医院')(rng) if rng.random() < 0.5 else _org('人民医院')(rng), W=W, A=A, B=B)
    return t, [S(W, [A, B])], desc


MEASURES = ['强化组织领导', '健全工作机制', '加大资金投入', '压实主体责任', '加强队伍建设', '完善考核办法', '深化宣传引导',
            '推进信息化建设', '开展专项整治', '强化督查问效', '优化营商环境', '补齐民生短板', '抓好安全生产', '加强源头治理',
            '推动数据共享', '落实包保责任', '规范资金管理', '提升服务效能', '夯实基层基础', '健全长效机制']
PROBLEMS = ['部分项目资金拨付不及时', '个别单位固定资产账实不符', '政府采购程序不规范', '专项资金存在挤占挪用',
            '往来款项长期挂账未清理', '公务卡结算执行不到位', '合同管理不规范', '绩效目标设置不够细化',
            '个别工程未按规定办理竣工决算', '非税收入未及时上缴', '内部控制制度不健全', '项目前期论证不充分']
ACTS = ['“我们的节日”主题活动', '法治宣传进社区', '全民健身运动会', '科普大篷车巡展', '道德讲堂', '志愿服务集中行动',
        '农民丰收节', '读书分享会', '防范电信诈骗宣传周', '消防安全演练', '义务植树', '健康知识讲座']
COMPANIES = ['{a}新材料有限公司', '{a}智能装备股份有限公司', '{a}食品有限公司', '{a}生物科技有限公司', '{a}精密机械有限公司',
             '{a}电子科技有限公司', '{a}纺织有限公司', '{a}物流有限公司', '{a}农业开发有限公司', '{a}医疗器械有限公司']


def company(rng):
    return rng.choice(COMPANIES).format(a=rng.choice(SYL1) + rng.choice(SYL1 + SYL2))


def count_n(rng, label, n, deng=False):
    if label == 'consistent':
        return n, 'listed items match the stated count'
    if label == 'negative':
        return n + rng.randint(1, 6), '等: more items exist than are listed'
    if deng:
        return max(1, n - rng.randint(1, 2)), 'more items listed than the 等 count'
    m = n + rng.choice([-1, 1, 1, -2, 2])
    if m < 1:
        m = n + 1
    return m, 'stated count %d but %d items listed' % (m, n)


def C_(stated, items, deng=False):
    c = {'rel': 'count', 'stated': stated, 'items': items}
    if deng:
        c['mode'] = 'deng'
    return c


@style('t_count_fangmian', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(2, 7)
    its = pick(rng, MEASURES, n)
    m, desc = count_n(rng, label, n)
    st = CN_COUNT[m]
    segs = '；'.join('{}是{}'.format(ORD_CN[i], x) for i, x in enumerate(its))
    F = Fmt(rng)
    t = F.fmt('为推动各项任务落地见效，{pl}重点抓了以下{st}个方面的工作：{segs}。', pl=place(rng), st=st, segs=segs)
    return t, [C_(st, its)], desc


@style('t_count_deng', 'totals', 'CIN')
def _(rng, label):
    n = rng.randint(2, 5)
    its = [company(rng) for _ in range(n)]
    if len(set(its)) < n:
        return None
    m, desc = count_n(rng, label, n, deng=True)
    F = Fmt(rng)
    st = str(m) if rng.random() < 0.5 else CN_COUNT[m] if m <= 12 else str(m)
    t = F.fmt('{y}年，{pl}新引进{its}等{st}家企业，{tail}', y=year(rng), pl=place(rng, '区'), its='、'.join(its), st=st,
              tail=rng.choice(['带动就业明显。', '协议投资额创历史新高。', '产业集聚效应初步显现。']))
    return t, [C_(st, its, True)], desc


@style('t_count_numbered_list', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(2, 6)
    its = pick(rng, PROBLEMS, n)
    m, desc = count_n(rng, label, n)
    st = str(m) if rng.random() < 0.6 else CN_COUNT[m]
    lines = ['审计发现的主要问题（共{}个）：'.format(st) if rng.random() < 0.5 else '审计发现{}个方面的问题：'.format(st)]
    fmt_ = rng.choice(['{}. {}。', '{}.{}；', '（{}）{}。'])
    for i, x in enumerate(its):
        lines.append(fmt_.format(i + 1, x))
    return '\n'.join(lines), [C_(st, its)], desc


@style('t_count_circled', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(2, 6)
    its = pick(rng, ACTS, n)
    m, desc = count_n(rng, label, n)
    st = CN_COUNT[m]
    body = ''.join('{}{}'.format(CIRC[i], x) for i, x in enumerate(its))
    t = '{}{}年共组织开展{}项群众性文化活动：{}，参与群众反响良好。'.format(village(rng), year(rng), st, body)
    return t, [C_(st, its)], desc


@style('t_count_headings', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(2, 5)
    its = pick(rng, MEASURES, n)
    m, desc = count_n(rng, label, n)
    st = CN_COUNT[m]
    lines = ['现就{}年工作从{}个方面报告如下。'.format(year(rng), st)]
    for i, x in enumerate(its):
        lines.append('（{}）{}'.format(ORD_CN[i], x))
        lines.append(rng.choice(['坚持高位推动，层层压实责任。', '对照年度目标，逐项细化落实。', '围绕中心工作，统筹安排部署。']))
    return '\n'.join(lines), [C_(st, its)], desc


@style('t_count_villages', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(3, 9)
    its = []
    while len(its) < n:
        v = rng.choice(SYL1) + rng.choice(SYL2) + '村'
        if v not in its:
            its.append(v)
    m, desc = count_n(rng, label, n)
    st = str(m) if rng.random() < 0.5 else CN_COUNT[m]
    t = '{}辖{}个行政村，分别是{}。全{}总面积约{}平方公里。'.format(place(rng, '镇'), st, '、'.join(its), '镇', rng.randint(30, 200))
    return t, [C_(st, its)], desc


@style('t_count_semicolon_yishang', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(3, 6)
    its = pick(rng, MEASURES, n)
    m, desc = count_n(rng, label, n)
    st = CN_COUNT[m]
    t = '下一步，重点抓好以下工作：{}。以上{}项工作由分管领导牵头负责。'.format('；'.join(its), st)
    return t, [C_(st, its)], desc


@style('t_count_baokuo_zainei', 'totals', 'CIN')
def _(rng, label):
    n = rng.randint(2, 4)
    its = [company(rng) for _ in range(n)]
    if len(set(its)) < n:
        return None
    m, desc = count_n(rng, label, n, deng=True)
    st = str(m)
    t = '包括{}在内的{}家企业入选{}年度省级专精特新中小企业名单。'.format('、'.join(its), st, year(rng))
    return t, [C_(st, its, True)], desc


@style('t_count_table_rows', 'totals', 'CI')
def _(rng, label):
    n = rng.randint(3, 6)
    names = []
    while len(names) < n:
        v = rng.choice(['{}至{}公路改建工程', '{}污水处理厂提标改造', '{}学校综合楼', '{}农贸市场升级改造', '{}片区棚户区改造'])
        v = v.format(rng.choice(SYL1) + rng.choice(SYL2), rng.choice(SYL1) + rng.choice(SYL2))
        if v not in names:
            names.append(v)
    m, desc = count_n(rng, label, n)
    st = str(m)
    rows = [[str(i + 1), x, str(rng.randint(300, 30000))] for i, x in enumerate(names)]
    t = '{}年重点建设项目共{}个，明细如下：\n\n'.format(year(rng), st) + md_table(['序号', '项目名称', '总投资（万元）'], rows)
    return t, [C_(st, names)], desc


def OV(whole, parts):
    return {'rel': 'overlap', 'whole': whole, 'parts': parts}


def overlap_vals(rng, label, w):
    fr = [rng.uniform(0.3, 0.95) for _ in range(3)]
    ps = [max(1, int(w * f)) for f in fr]
    desc = 'overlapping groups, each within the total'
    if label == 'inconsistent':
        j = rng.randrange(3)
        ps[j] = w + rng.randint(1, max(2, w // 5))
        desc = 'group %d larger than the whole body' % (j + 1)
    return ps, desc


@style('t_overlap_staff', 'totals', 'NI')
def _(rng, label):
    F = Fmt(rng)
    w = rng.randint(30, 1500)
    ps, desc = overlap_vals(rng, label, w)
    W, P = F.i(w), [F.i(p) for p in ps]
    t = F.fmt('{org}现有在编干部职工{W}名，其中中共党员{a}名，女性{b}名，35岁以下{c}名，队伍结构不断优化。',
              org=_org(rng.choice(['财政局', '统计局', '司法局', '自然资源局']))(rng), W=W, a=P[0], b=P[1], c=P[2])
    return t, [OV(W, P)], desc


@style('t_overlap_trainees', 'totals', 'NI')
def _(rng, label):
    F = Fmt(rng)
    w = rng.randint(40, 900)
    ps, desc = overlap_vals(rng, label, w)
    W, P = F.i(w), [F.i(p) for p in ps]
    t = F.fmt('本期培训班共有学员{W}人。学员中，具有大学本科以上学历的{a}人，来自基层一线的{b}人，首次参加市级培训的{c}人。',
              W=W, a=P[0], b=P[1], c=P[2])
    return t, [OV(W, P)], desc


@style('t_overlap_households', 'totals', 'NI')
def _(rng, label):
    F = Fmt(rng)
    w = rng.randint(120, 2400)
    ps, desc = overlap_vals(rng, label, w)
    W, P = F.i(w), [F.i(p) for p in ps]
    t = F.fmt('{v}共有农户{W}户，其中参加新农合的{a}户，安装自来水的{b}户，实现宽带入户的{c}户。', v=village(rng), W=W, a=P[0], b=P[1], c=P[2])
    return t, [OV(W, P)], desc


def approx_stated(rng, exact, qual):
    """Pick a round stated value compatible with exact under qual."""
    import math
    mag = 10 ** max(0, int(math.log10(max(exact, 1))) - 1)
    if qual == '约':
        s = round(exact / mag) * mag
    elif qual == '近':
        s = (exact // mag + 1) * mag
    else:
        s = (exact // mag) * mag
    return max(s, 1)


@style('t_approx_total', 'totals', 'N')
def _(rng, label):
    F = Fmt(rng)
    org, vo, u, names, lo, hi = cscene(rng)
    ns, ps = int_parts(rng, names, max(lo, 20), max(hi, 200), rng.randint(2, 4))
    e = sum(ps)
    q = rng.choice(['约', '约', '近', '超过', '逾'])
    s = approx_stated(rng, e, q)
    S_, P = F.i(s), [F.i(p) for p in ps]
    body = '、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    t = F.fmt('{y}年{org}{vo}{q}{S}{u}，分别为{body}。', y=year(rng), org=org, vo=vo, q=q, S=S_, u=u, body=body)
    return t, [{'rel': 'approx', 'qual': q, 'stated': S_, 'parts': P}], 'approximate total %s%d compatible with exact sum %d' % (q, s, e)


@style('t_approx_yu_duo', 'totals', 'N')
def _(rng, label):
    F = Fmt(rng)
    org, vo, u, names, lo, hi = cscene(rng)
    ns, ps = int_parts(rng, names, max(lo, 30), max(hi, 300), rng.randint(2, 4))
    e = sum(ps)
    q = rng.choice(['余', '多', '以上'])
    s = approx_stated(rng, e, q)
    S_, P = F.i(s), [F.i(p) for p in ps]
    body = '，'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, P))
    if q == '以上':
        head = '{}{}{}'.format(S_, u, '以上')
    else:
        head = '{}{}{}'.format(S_, q, u)
    t = F.fmt('{org}全年{vo}{head}。具体来看：{body}。', org=org, vo=vo, head=head, body=body)
    return t, [{'rel': 'approx', 'qual': q, 'stated': S_, 'parts': P}], 'approximate %s figure compatible with the exact parts' % q


@style('t_approx_wan_money', 'totals', 'N')
def _(rng, label):
    F = Fmt(rng)
    wn, names = rng.choice(MSCENES)
    ns = pick(rng, names, rng.randint(2, min(4, len(names))))
    vals = [rng.randint(300, 9000) for _ in ns]
    e = sum(vals)
    q = rng.choice(['约', '近', '超过', '逾'])
    s = approx_stated(rng, e, q)
    if s % 1000 == 0 and rng.random() < 0.5:
        S_ = cn_num(str(s // 1000)) + '千万' if False else F.d(Fr(s, 10000), 1) + '亿'
    else:
        S_ = F.i(s) + '万'
    P = [F.i(v) + '万' for v in vals]
    body = '、'.join('{}{}元'.format(n, p) for n, p in zip(ns, P))
    t = F.fmt('{wn}{q}{S}元，其中{body}。', wn=wn, q=q, S=S_, body=body)
    return t, [{'rel': 'approx', 'qual': q, 'stated': S_, 'parts': P}], 'approximate money total compatible with parts'


@style('t_approx_with_exact', 'totals', 'CIN')
def _(rng, label):
    F = Fmt(rng)
    org, vo, u, names, lo, hi = cscene(rng)
    ns, ps = int_parts(rng, names, max(lo, 30), max(hi, 300), 3)
    e = sum(ps)
    q = rng.choice(['约', '近', '超过'])
    s = approx_stated(rng, e, q)
    S_ = F.i(s)
    # exact sub-breakdown of the first part
    a1 = rng.randint(1, ps[0] - 1) if ps[0] > 2 else None
    if a1 is None:
        return None
    a2 = ps[0] - a1
    P = [F.i(p) for p in ps]
    desc = 'approximate total fine'
    chks = [{'rel': 'approx', 'qual': q, 'stated': S_, 'parts': P}]
    if label != 'negative':
        if label == 'inconsistent':
            a2, dd = perturb_int(rng, a2); desc += '; sub-breakdown wrong: ' + dd
        else:
            desc += '; sub-breakdown exact'
        A1, A2 = F.i(a1), F.i(a2)
        t = F.fmt('{org}{vo}{q}{S}{u}。其中{n0}{p0}{u}（分别来自线上渠道{A1}{u}、线下渠道{A2}{u}），{n1}{p1}{u}，{n2}{p2}{u}。',
                  org=org, vo=vo, q=q, S=S_, u=u, n0=ns[0], p0=P[0], A1=A1, A2=A2, n1=ns[1], p1=P[1], n2=ns[2], p2=P[2])
        chks.append(S(P[0], [A1, A2]))
    else:
        t = F.fmt('{org}{vo}{q}{S}{u}。其中{n0}{p0}{u}，{n1}{p1}{u}，{n2}{p2}{u}。',
                  org=org, vo=vo, q=q, S=S_, u=u, n0=ns[0], p0=P[0], n1=ns[1], p1=P[1], n2=ns[2], p2=P[2])
    return t, chks, desc


def NONE(tokens, why):
    return {'rel': 'none', 'tokens': tokens, 'why': why}


@style('t_none_docnum_date', 'totals', 'N')
def _(rng, label):
    y = year(rng)
    dn = '〔{}〕{}号'.format(y, rng.randint(1, 80))
    pre = rng.choice(['政办发', '府办', '发改投资', '财预', '教发', '卫健发'])
    dt = '{}年{}月{}日'.format(y, rng.randint(1, 12), rng.randint(1, 28))
    pl = place(rng)
    t = rng.choice(['根据《{pl}关于印发重点民生实事项目实施方案的通知》（{p}{dn}）精神，{dt}起，全{k}共{n}个部门参与联合督查。',
                    '按照{pre2}{dn}文件要求，本单位于{dt}召开专题会议，研究部署第{c}季度重点工作。'])
    n = CN_COUNT[rng.randint(3, 12)]
    t = t.format(pl=pl, p=pre[:2], dn=dn, dt=dt, k=pl[-1], n=n, pre2=pl[:2] + pre, c=CN_COUNT2[rng.randint(1, 4)])
    return t, [NONE([dn, dt], 'document number and date')], 'document number and date only'


@style('t_none_phone_address', 'totals', 'N')
def _(rng, label):
    tel = '0{}-{}'.format(rng.randint(310, 999), rng.randint(2000000, 8999999))
    mob = '1{}{}'.format(rng.choice(['38', '39', '58', '87', '99']), rng.randint(10000000, 99999999))
    no = '{}号'.format(rng.randint(1, 399))
    t = rng.choice(['举报电话：{tel}，联系人手机：{mob}。地址：{pl}{rd}路{no}，邮编{zip}。',
                    '如有疑问请拨打{tel}或{mob}咨询（工作日8:30—17:30），来访请至{pl}{rd}路{no}三楼。'])
    z = str(rng.randint(100000, 860000))
    t = t.format(tel=tel, mob=mob, pl=place(rng), rd=rng.choice(SYL1) + rng.choice(SYL2), no=no, zip=z)
    return t, [NONE([tel, mob], 'telephone numbers and address')], 'contact details only'


@style('t_none_range_codes', 'totals', 'N')
def _(rng, label):
    a = rng.randint(2, 5); b = a + rng.randint(1, 4)
    rg = '{}—{}'.format(a, b)
    opts = [('每个网格配备{rg}名专兼职网格员，推行“1+N”服务模式。', [rg, '1+N']),
            ('在职业院校推进“1+X”证书制度试点，每名学生可考取{rg}本职业技能等级证书。', [rg, '1+X']),
            ('执行“7+X”服务时长，机房更换{rg}台x86服务器。', ['7+X', 'x86', rg]),
            ('每周开展{rg}次巡查，重点区域实行“5+2”“白+黑”工作模式。', [rg, '5+2'])]
    tpl, toks = rng.choice(opts)
    t = place(rng) + tpl.format(rg=rg)
    return t, [NONE(toks, 'ranges and codes')], 'ranges / codes only'


# ---------------------------------------------------------------------------
# PCT styles
# ---------------------------------------------------------------------------
# org, denominator phrase, numerator phrase, rate name, unit, den range, ratio range
RSCENES = [
    (_org('12345政务服务便民热线'), '受理群众诉求', '办结', '办结率', '件', (300, 40000), (0.85, 0.999)),
    (_org('人民法院'), '受理各类案件', '审执结', '结案率', '件', (800, 16000), (0.82, 0.98)),
    (_org('市场监督管理局'), '抽检食品', '检验合格', '抽检合格率', '批次', (200, 6000), (0.93, 0.995)),
    (_org('疾病预防控制中心'), '应接种适龄儿童', '完成接种', '接种率', '人', (800, 40000), (0.9, 0.995)),
    (_org('教育局'), '参加体质健康测试学生', '测试达标', '达标率', '人', (2000, 60000), (0.85, 0.97)),
    (_org('人民检察院'), '审结审查起诉案件', '适用认罪认罚从宽制度', '适用率', '件', (200, 2600), (0.75, 0.95)),
    (_org('信访局'), '受理信访事项', '按期办结', '按期办结率', '件', (100, 3000), (0.9, 0.999)),
    (_org('司法局'), '调解矛盾纠纷', '调解成功', '调解成功率', '起', (200, 9000), (0.9, 0.995)),
    (_org('应急管理局'), '排查安全隐患', '整改到位', '整改率', '处', (200, 9000), (0.88, 0.999)),
    (_org('卫生健康局'), '随访高血压患者', '血压控制达标', '规范管理率', '人', (1000, 40000), (0.6, 0.85)),
    (_org('住房和城乡建设局'), '检查在建工地', '扬尘治理达标', '达标率', '个', (40, 900), (0.8, 0.98)),
    (_org('人力资源和社会保障局'), '受理劳动保障监察案件', '结案', '结案率', '件', (60, 2000), (0.9, 0.99)),
    (_org('民政局'), '回访救助对象', '表示满意', '满意率', '户', (200, 8000), (0.9, 0.995)),
    (_org('税务局'), '回访纳税人', '评价“满意”', '满意率', '户', (300, 12000), (0.92, 0.999)),
]


def rscene(rng):
    org, dp, npf, rn, u, (lo, hi), (rlo, rhi) = rng.choice(RSCENES)
    return org(rng), dp, npf, rn, u, lo, hi, rlo, rhi


def P_(stated, num, den, bare=False):
    c = {'rel': 'pct', 'stated': stated, 'num': num, 'den': den}
    if bare:
        c['bare_pct'] = True
    return c


def rate_core(rng, label, lo, hi, rlo, rhi, d):
    den = rng.randint(lo, hi)
    num = int(den * rng.uniform(rlo, rhi))
    if num <= 0:
        num = 1
    true = Fr(num, den)
    s = Fr(rnd(true * 100, d))
    u = Fr(1, 10 ** d)
    desc = 'rate = numerator/denominator'
    if label == 'inconsistent':
        r = rng.random()
        if r < 0.2:
            # wrong denominator used
            s = Fr(rnd(Fr(num, den + rng.randint(max(3, den // 20), max(4, den // 5))) * 100, d))
            desc = 'rate computed on a wrong base'
        else:
            s, desc = corrupt_rate(rng, s, u)
            desc = 'rate wrong: ' + desc
    return num, den, s, desc


def pct_str(F, s, d, kind=None):
    """s = percent value (Fraction, e.g. 98.7)."""
    kind = kind or 'pct'
    if kind == 'cn':
        return '百分之' + cn_num(rnd(s, d))
    return F.d(s, d, sep='') + F.pctsign


@style('p_rate_sentence', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = rng.choice([1, 1, 2])
    num, den, s, desc = rate_core(rng, label, lo, hi, rlo, rhi, d)
    F = Fmt(rng)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
    t = F.fmt(rng.choice(['{o}{org}共{dp}{D}{u}，{np}{N}{u}，{rn}{R}。', '{o}{org}{dp}{D}{u}，其中{np}{N}{u}，{rn}达到{R}。',
                          '{org}全年{dp}{D}{u}、{np}{N}{u}，{rn}为{R}，{tail}']),
              o=opener(rng, year(rng)), org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R,
              tail=rng.choice(['较上年有所提升。', '位居全市前列。', '完成年度目标。']))
    return t, [P_(R, N, D)], desc


@style('p_rate_paren', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = rng.choice([1, 2])
    num, den, s, desc = rate_core(rng, label, lo, hi, rlo, rhi, d)
    F = Fmt(rng)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
    t = F.fmt('{y}年，{org}{dp}{D}{u}，{np}{N}{u}（{rn}{R}），{tail}', y=year(rng), org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R,
              tail=rng.choice(['工作质效稳步提升。', '群众获得感不断增强。', '未发生重大负面舆情。']))
    return t, [P_(R, N, D)], desc


@style('p_rate_cross_sentence', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = 1
    num, den, s, desc = rate_core(rng, label, lo, hi, rlo, rhi, d)
    F = Fmt(rng)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
    t = F.fmt('{y}年，{org}{dp}{D}{u}。针对群众反映集中的问题，建立台账、逐项销号。截至年底，已{np}{N}{u}。'
              '{rn}为{R}，{tail}', y=year(rng), org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R,
              tail=rng.choice(['剩余事项正在加快推进。', '未办结事项已纳入下年度跟踪督办。']))
    return t, [P_(R, N, D)], desc + '; figures spread over several sentences'


def rate_rows(rng, label, k, d=1):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    bad = rng.randrange(k) if label == 'inconsistent' else -1
    rows, desc = [], 'all row rates correct'
    for i in range(k):
        num, den, s, dd = rate_core(rng, 'inconsistent' if i == bad else 'consistent', max(20, lo // 8), max(60, hi // 6), rlo, rhi, d)
        if i == bad:
            desc = 'row %d: %s' % (i + 1, dd)
        rows.append((num, den, s))
    return org, dp, npf, rn, u, rows, desc


@style('p_rate_table_md', 'pct', 'CI')
def _(rng, label):
    k = rng.randint(3, 5)
    org, dp, npf, rn, u, rows, desc = rate_rows(rng, label, k)
    F = Fmt(rng, fw=False)
    units = []
    while len(units) < k:
        x = place(rng, rng.choice(['镇', '街道']))
        if x not in units:
            units.append(x)
    tr, chk = [], []
    for nm, (num, den, s) in zip(units, rows):
        D, N, R = F.i(den), F.i(num), F.d(s, 1) + '%'
        tr.append([nm, D, N, R])
        chk.append(P_(R, N, D))
    t = '{}各镇（街道）{}情况\n\n'.format(org, rn) + md_table(['单位', dp + '（' + u + '）', npf + '（' + u + '）', rn], tr)
    return t, chk, desc


@style('p_rate_table_tab_bare', 'pct', 'CI')
def _(rng, label):
    k = rng.randint(3, 5)
    org, dp, npf, rn, u, rows, desc = rate_rows(rng, label, k)
    F = Fmt(rng, fw=False, sep='')
    lines = ['单位\t{}\t{}\t{}（%）'.format(dp, npf, rn)]
    chk = []
    used = set()
    for num, den, s in rows:
        nm = village(rng)
        if nm in used:
            return None
        used.add(nm)
        D, N, R = F.i(den), F.i(num), F.d(s, 1)
        lines.append('\t'.join([nm, D, N, R]))
        chk.append(P_(R, N, D, bare=True))
    return '\n'.join(lines), chk, desc + '; percent sign only in the column header'


@style('p_rate_kv_lines', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = rng.choice([1, 2])
    num, den, s, desc = rate_core(rng, label, lo, hi, rlo, rhi, d)
    F = Fmt(rng)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
    c = ':' if F.half else '：'
    t = '{}{}年工作指标\n{}{}{}{}\n{}{}{}{}\n{}{}{}'.format(org, year(rng), dp, c, D, u, npf, c, N, u, rn, c, R)
    return t, [P_(R, N, D)], desc


@style('p_rate_cn_pct', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = 1
    num, den, s, desc = rate_core(rng, label, lo, hi, rlo, rhi, d)
    F = Fmt(rng)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d, 'cn')
    t = F.fmt('{org}{dp}{D}{u}，{np}{N}{u}，{rn}达到{R}。', org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R)
    return t, [P_(R, N, D)], desc + '; rate in Chinese numerals'


@style('p_rate_fullwidth', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = rng.choice([1, 2])
    num, den, s, desc = rate_core(rng, label, lo, hi, rlo, rhi, d)
    F = Fmt(rng, fw=True)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
    t = F.fmt('{org}{dp}{D}{u}，{np}{N}{u}，{rn}{R}。', org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R)
    return t, [P_(R, N, D)], desc + '; full-width digits'


@style('p_rate_truncated', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    d = 1
    den = rng.randint(lo, hi)
    num = int(den * rng.uniform(rlo, rhi))
    true = Fr(num, den) * 100
    s = Fr(rnd(true, d, ROUND_DOWN))
    desc = 'rate truncated rather than rounded (acceptable)'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10))
    F = Fmt(rng)
    N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
    t = F.fmt('{org}{dp}{D}{u}，{np}{N}{u}，{rn}{R}。', org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R)
    return t, [P_(R, N, D)], desc


@style('p_rate_integer_pct', 'pct', 'CI')
def _(rng, label):
    org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
    F = Fmt(rng)
    den = rng.randint(lo, hi)
    if rng.random() < 0.3:
        num = den
    else:
        num = int(den * rng.uniform(rlo, rhi))
    s = Fr(rnd(Fr(num, den) * 100, 0))
    desc = 'whole-number percentage'
    if label == 'inconsistent':
        s = s - rng.choice([2, 3, 4, 5, 8]) if s >= 100 or rng.random() < 0.5 else s + rng.choice([2, 3, 5])
        desc = 'whole-number percentage off by several points'
        if s > 100 and num <= den:
            s = 100 - rng.randint(3, 9)
    N, D, R = F.i(num), F.i(den), F.i(int(s)) + F.pctsign
    t = F.fmt('{org}{dp}{D}{u}，{np}{N}{u}，{rn}{R}。', org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R)
    return t, [P_(R, N, D)], desc


@style('p_completion_over100', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    what, u = rng.choice([('新增城镇就业', '人'), ('完成造林任务', '亩'), ('改造农村户厕', '户'), ('新建充电桩', '个'), ('完成高标准农田建设', '亩')])
    plan = rng.randint(100, 20000)
    act = int(plan * rng.uniform(1.01, 1.6))
    s = Fr(rnd(Fr(act, plan) * 100, 1))
    desc = 'completion rate over 100% is fine'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10))
    P, A, R = F.i(plan), F.i(act), pct_str(F, s, 1)
    t = F.fmt('{pl}全年{what}{A}{u}，市下达任务{P}{u}，完成率{R}，超额完成年度目标。', pl=place(rng), what=what, A=A, P=P, u=u, R=R)
    return t, [P_(R, A, P)], desc


@style('p_permille_rate', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    pop = rng.randint(50000, 3000000)
    kind = rng.choice([('出生', '人口出生率', 0.005, 0.011), ('死亡', '人口死亡率', 0.005, 0.009)])
    n = int(pop * rng.uniform(kind[2], kind[3]))
    s = Fr(rnd(Fr(n, pop) * 1000, 2))
    desc = 'per-mille rate'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 100), 4)
    P, N = F.i(pop), F.i(n)
    R = F.d(s, 2, sep='') + '‰'
    t = F.fmt('{y}年末全{k}户籍人口{P}人，全年{b}人口{N}人，{rn}为{R}。', y=year(rng), k=rng.choice(['县', '区', '市']), P=P, b=kind[0], N=N, rn=kind[1], R=R)
    return t, [P_(R, N, P)], desc


@style('p_rate_wan_den', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    what = rng.choice([('城乡居民医保应参保人数', '已参保', '参保率'), ('常住人口', '已建立电子健康档案', '建档率'), ('65岁以上老年人', '接受健康管理', '健康管理率')])
    den = Fr(rng.randint(200, 9000), 100)  # 万
    num = den * Fr(rng.randint(700, 990), 1000)
    dn = F.d(den, 2) + '万'; nn = F.d(num, 2) + '万'
    s = Fr(rnd(Fr(rnd(num, 2)) / Fr(rnd(den, 2)) * 100, 1))
    desc = 'rate from 万 figures'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10), 5)
    R = pct_str(F, s, 1)
    t = F.fmt('全{k}{a}{D}人，{b}{N}人，{c}{R}。', k=rng.choice(['县', '区', '市']), a=what[0], D=dn, b=what[1], N=nn, c=what[2], R=R)
    return t, [P_(R, nn, dn)], desc


@style('p_rate_den_sum', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    a, b = rng.randint(200, 9000), rng.randint(100, 5000)
    num = int((a + b) * rng.uniform(0.9, 0.995))
    s = Fr(rnd(Fr(num, a + b) * 100, 1))
    desc = 'rate over the sum of two channels'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s = Fr(rnd(Fr(num, a + b) * 100, 1))
            s2 = Fr(rnd(Fr(min(num, a), a) * 100, 1))
            if abs(s2 - s) < Fr(5, 10):
                s, desc = corrupt_rate(rng, s, Fr(1, 10), 5)
            else:
                s = s2; desc = 'rate computed on one channel only'
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 10), 5)
    A, B, N, R = F.i(a), F.i(b), F.i(num), pct_str(F, s, 1)
    t = F.fmt('{org}通过网络平台受理诉求{A}件，通过电话受理{B}件；已办结{N}件，总体办结率{R}。', org=_org('政务服务中心')(rng), A=A, B=B, N=N, R=R)
    return t, [P_(R, N, [A, B])], desc


@style('p_hotline_two_rates', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    den = rng.randint(2000, 60000)
    done = int(den * rng.uniform(0.9, 0.995))
    vis = int(done * rng.uniform(0.3, 0.8))
    sat = int(vis * rng.uniform(0.85, 0.99))
    s1 = Fr(rnd(Fr(done, den) * 100, 2)); s2 = Fr(rnd(Fr(sat, vis) * 100, 2))
    desc = 'both rates right'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s1, dd = corrupt_rate(rng, s1, Fr(1, 100), 5); desc = 'completion rate wrong'
        else:
            s2 = Fr(rnd(Fr(sat, done) * 100, 2)); desc = 'satisfaction rate computed over all completed cases instead of those revisited'
    D, Dn, V, Sa = F.i(den), F.i(done), F.i(vis), F.i(sat)
    R1, R2 = pct_str(F, s1, 2), pct_str(F, s2, 2)
    t = F.fmt('{org}{y}年受理工单{D}件，办结{Dn}件，办结率{R1}；回访{V}件，群众满意{Sa}件，满意率{R2}。',
              org=_org('12345热线')(rng), y=year(rng), D=D, Dn=Dn, R1=R1, V=V, Sa=Sa, R2=R2)
    return t, [P_(R1, Dn, D), P_(R2, Sa, V)], desc


@style('p_school_exam', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    n = rng.randint(120, 1200)
    a = int(n * rng.uniform(0.8, 0.98)); b = int(a * rng.uniform(0.2, 0.6))
    s1 = Fr(rnd(Fr(a, n) * 100, 1)); s2 = Fr(rnd(Fr(b, n) * 100, 1))
    desc = 'pass and excellence rates right'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s2 = Fr(rnd(Fr(b, a) * 100, 1)); desc = 'excellence rate computed over passers instead of candidates'
        else:
            s1, dd = corrupt_rate(rng, s1, Fr(1, 10)); desc = 'pass rate: ' + dd
    N, A, B = F.i(n), F.i(a), F.i(b)
    R1, R2 = pct_str(F, s1, 1), pct_str(F, s2, 1)
    t = F.fmt('{sch}{y}届初三年级参加中考{N}人，及格{A}人，及格率{R1}；优秀{B}人，优秀率{R2}。',
              sch=place(rng, rng.choice(['镇', '县'])) + rng.choice(['第一中学', '实验学校', '中心学校']), y=year(rng), N=N, A=A, B=B, R1=R1, R2=R2)
    return t, [P_(R1, A, N), P_(R2, B, N)], desc


@style('p_hospital_bed_rate', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    beds = rng.randint(100, 1500)
    days = beds * 365
    used = int(days * rng.uniform(0.7, 1.05))
    s = Fr(rnd(Fr(used, days) * 100, 2))
    desc = 'bed occupancy = occupied bed-days / open bed-days'
    if label == 'inconsistent':
        s, dd = corrupt_rate(rng, s, Fr(1, 100), 6); desc = 'bed occupancy wrong: ' + dd
    Dy, U, R = F.i(days), F.i(used), pct_str(F, s, 2)
    t = F.fmt('{org}{y}年实际开放总床日{Dy}，实际占用总床日{U}，病床使用率{R}。', org=_org('人民医院')(rng), y=year(rng), Dy=Dy, U=U, R=R)
    return t, [P_(R, U, Dy)], desc


@style('p_proc_plea_rate', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    n = rng.randint(300, 4000); ppl = int(n * rng.uniform(1.1, 1.4))
    a = int(ppl * rng.uniform(0.8, 0.95))
    s = Fr(rnd(Fr(a, ppl) * 100, 1))
    desc = 'plea rate over persons'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s = Fr(rnd(Fr(a, n) * 100, 1)); desc = 'persons divided by cases (wrong base)'
            if s > 100:
                s, desc = corrupt_rate(rng, Fr(rnd(Fr(a, ppl) * 100, 1)), Fr(1, 10))
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 10))
    N, P, A, R = F.i(n), F.i(ppl), F.i(a), pct_str(F, s, 1)
    t = F.fmt('{y}年，{org}审结审查起诉案件{N}件{P}人，其中适用认罪认罚从宽制度{A}人，适用率{R}。', y=year(rng), org=_org('人民检察院')(rng), N=N, P=P, A=A, R=R)
    return t, [P_(R, A, P)], desc


@style('p_court_mediation_rate', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    n = rng.randint(500, 9000); a = int(n * rng.uniform(0.2, 0.55)); b = int(n * rng.uniform(0.05, 0.2))
    s = Fr(rnd(Fr(a + b, n) * 100, 2))
    desc = 'mediation + withdrawal over civil cases closed'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s = Fr(rnd(Fr(a, n) * 100, 2)); desc = 'only mediated cases counted'
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 100), 6)
    N, A, B, R = F.i(n), F.i(a), F.i(b), pct_str(F, s, 2)
    t = F.fmt('全年审结民商事案件{N}件，其中调解结案{A}件、撤诉结案{B}件，调撤率{R}。', N=N, A=A, B=B, R=R)
    return t, [P_(R, [A, B], N)], desc


def share_core(rng, label, whole, part, d):
    s = Fr(rnd(Fr(part) / Fr(whole) * 100, d))
    desc = 'share = part / whole'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10 ** d), 4)
        desc = 'share wrong: ' + desc
    return s, desc


@style('p_share_zhanbi', 'pct', 'CI')
def _(rng, label):
    org, vo, u, names, lo, hi = cscene(rng)
    F = Fmt(rng)
    w = rng.randint(max(lo, 40), max(hi, 200)); p = rng.randint(max(1, w // 20), w - 1)
    d = rng.choice([1, 1, 2])
    s, desc = share_core(rng, label, w, p, d)
    W, Pp, R = F.i(w), F.i(p), pct_str(F, s, d)
    n = rng.choice(names)
    t = F.fmt(rng.choice(['{org}{vo}{W}{u}，其中{n}{P}{u}，占{R}。', '{org}{vo}{W}{u}。{n}{P}{u}，占总量的{R}，{tail}',
                          '在{org}{vo}的{W}{u}中，{n}有{P}{u}，占比{R}。']),
              org=org, vo=vo, W=W, u=u, n=n, P=Pp, R=R, tail=rng.choice(['居各类之首。', '需引起重视。', '比重有所下降。']))
    return t, [P_(R, Pp, W)], desc


@style('p_share_bizhong_yi', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    w = Fr(rng.randint(1000, 90000), 100)  # 亿
    p = w * Fr(rng.randint(80, 700), 1000)
    W, Pp = F.d(w, 2) + '亿', F.d(p, 2) + '亿'
    s, desc = share_core(rng, label, Fr(rnd(w, 2)), Fr(rnd(p, 2)), 1)
    R = pct_str(F, s, 1)
    a, b = rng.choice([('地区生产总值', '数字经济核心产业增加值'), ('规上工业总产值', '高新技术产业产值'), ('一般公共预算支出', '民生支出'),
                       ('社会消费品零售总额', '网上零售额'), ('固定资产投资', '工业投资')])
    t = F.fmt('{y}年全{k}{a}{W}元，{b}{P}元，占{a}的比重为{R}。', y=year(rng), k=rng.choice(['市', '县', '区']), a=a, b=b, W=W, P=Pp, R=R)
    return t, [P_(R, Pp, W)], desc


@style('p_share_suozhan_bili', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    w = rng.randint(100, 20000); p = rng.randint(w // 10, w * 9 // 10)
    s, desc = share_core(rng, label, w, p, 1)
    W, Pp, R = F.i(w), F.i(p), pct_str(F, s, 1)
    a, b, u = rng.choice([('专任教师', '具有研究生学历的', '人'), ('注册志愿者', '45岁以下的', '人'), ('行政村', '通5G网络的', '个'), ('规上企业', '有研发活动的', '家')])
    t = F.fmt('全{k}共有{a}{W}{u}，{b}{P}{u}，所占比例为{R}。', k=rng.choice(['县', '区', '市']), a=a, b=b, W=W, P=Pp, u=u, R=R)
    return t, [P_(R, Pp, W)], desc


@style('p_share_each_of_total', 'pct', 'CI')
def _(rng, label):
    org, vo, u, names, lo, hi = cscene(rng)
    F = Fmt(rng)
    k = min(3, len(names))
    ns = pick(rng, names, k)
    ps = [rng.randint(max(3, lo // 3), max(hi // 3, 20)) for _ in ns]
    w = sum(ps) + rng.randint(0, max(1, sum(ps) // 4))
    bad = rng.randrange(k) if label == 'inconsistent' else -1
    Rs, chk, desc = [], [], 'each share right'
    W = F.i(w)
    Ps = [F.i(p) for p in ps]
    for i, p in enumerate(ps):
        s, dd = share_core(rng, 'inconsistent' if i == bad else 'consistent', w, p, 1)
        if i == bad:
            desc = 'share %d: %s' % (i + 1, dd)
        R = pct_str(F, s, 1)
        Rs.append(R)
        chk.append(P_(R, Ps[i], W))
    t = F.fmt('{org}{vo}{W}{u}，其中{body}，分别占{R}。', org=org, vo=vo, W=W, u=u,
              body='、'.join('{}{}{}'.format(n, p, u) for n, p in zip(ns, Ps)), R='、'.join(Rs))
    return t, chk, desc


def shares_vals(rng, k, d, label, partial=False):
    """Return list of share values (percent Fractions) at d decimals."""
    unit = Fr(1, 10 ** d)
    w = [rng.uniform(0.5, 3) for _ in range(k)]
    tot = sum(w)
    raw = [Fr(x / tot) * 100 for x in w]
    vals = [Fr(rnd(x, d)) for x in raw]
    diff = 100 - sum(vals)
    vals[-1] += diff  # exact 100
    desc = 'shares add to 100%'
    if partial:
        if label == 'negative':
            vals = vals[:-1]; desc = 'only some categories listed (partial)'
        elif label == 'inconsistent':
            j = rng.randrange(k - 1)
            vals = vals[:-1]
            vals[j] += vals and (100 - sum(vals)) + rng.randint(3, 40) * unit * (10 if d == 0 else 1)
            desc = 'listed shares exceed 100%'
        else:
            desc = 'shares of all categories listed'
    elif label == 'inconsistent':
        r = rng.random()
        j = rng.randrange(k)
        if r < 0.4:
            vals[j] += rng.choice([-1, 1]) * rng.randint(3, 40) * unit * (1 if d else 1)
            desc = 'one share changed; shares no longer add to 100%'
        else:
            vals[j] += rng.choice([2, 3, 1.5, 2.3, 4]) if d else rng.choice([2, 3, 4])
            vals[j] = Fr(rnd(Fr(vals[j]), d))
            desc = 'shares add to more than 100%'
    if any(v <= 0 for v in vals):
        return None, desc
    return vals, desc


@style('p_structure_ratio_bare', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    vals, desc = shares_vals(rng, 3, 1, label)
    if not vals:
        return None
    S_ = [F.d(v, 1, sep='') for v in vals]
    sep = rng.choice([':', '：', '∶'])
    y = year(rng)
    t = F.fmt('{y}年，全{k}三次产业结构调整为{r}，{tail}', y=y, k=rng.choice(['县', '市', '区']), r=sep.join(S_),
              tail=rng.choice(['第三产业比重进一步提高。', '产业结构持续优化。', '二产比重保持稳定。']))
    c = {'rel': 'sum100', 'parts': S_, 'mode': 'exact', 'bare_pct': True}
    return t, [c], desc


@style('p_shares_sum100', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    k = rng.randint(3, 5)
    d = rng.choice([1, 1, 2])
    vals, desc = shares_vals(rng, k, d, label)
    if not vals:
        return None
    S_ = [pct_str(F, v, d) for v in vals]
    cats = pick(rng, ['初中及以下', '高中（中专）', '大专', '本科', '研究生'], k) if rng.random() < 0.5 else \
        pick(rng, ['30岁以下', '31—40岁', '41—50岁', '51—60岁', '60岁以上'], k)
    t = F.fmt('从{dim}结构看，{body}。', dim='年龄' if '岁' in cats[0] else '学历',
              body='，'.join('{}占{}'.format(c, s) for c, s in zip(cats, S_)))
    return t, [{'rel': 'sum100', 'parts': S_, 'mode': 'exact'}], desc


@style('p_shares_partial', 'pct', 'CIN')
def _(rng, label):
    F = Fmt(rng)
    k = rng.randint(3, 5)
    vals, desc = shares_vals(rng, k, 1, label, partial=True)
    if not vals:
        return None
    S_ = [pct_str(F, v, 1) for v in vals]
    cats = pick(rng, ['婚姻家庭纠纷', '邻里纠纷', '劳资纠纷', '物业纠纷', '土地纠纷', '交通事故纠纷'], len(vals))
    t = F.fmt('从纠纷类型看，{body}。', body='；'.join('{}占{}'.format(c, s) for c, s in zip(cats, S_)))
    t = '{}全年排查各类矛盾纠纷{}起。'.format(place(rng, '镇'), rng.randint(100, 900)) + t
    return t, [{'rel': 'sum100', 'parts': S_, 'mode': 'partial'}], desc


@style('p_shares_table_md', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng, fw=False)
    k = rng.randint(3, 5)
    vals, desc = shares_vals(rng, k, 1, label)
    if not vals:
        return None
    cats = pick(rng, ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出', '其他支出'], k)
    S_ = [F.d(v, 1, sep='') + '%' for v in vals]
    amt = [str(rng.randint(50, 9000)) for _ in cats]
    rows = [[c, a, s] for c, a, s in zip(cats, amt, S_)] + [['合计', '—', '100%']]
    t = '支出结构表\n\n' + md_table(['经济分类', '金额（万元）', '占比'], rows)
    return t, [{'rel': 'sum100', 'parts': S_, 'mode': 'exact'}], desc


def G_(stated, base, cur, sign=1, rel='growth', bare=False):
    c = {'rel': rel, 'stated': stated, 'sign': sign, 'base': base, 'cur': cur}
    if bare:
        c['bare_pct'] = True
    return c


GSCENES = [('地区生产总值', '亿元', (80, 3000), 2), ('一般公共预算收入', '亿元', (5, 300), 2), ('社会消费品零售总额', '亿元', (30, 2000), 2),
           ('接待游客', '万人次', (50, 3000), 1), ('外贸进出口总额', '亿元', (10, 900), 2), ('城乡居民储蓄存款余额', '亿元', (50, 2000), 1),
           ('村集体经济总收入', '万元', (80, 5000), 1), ('快递业务量', '万件', (200, 20000), 1), ('用电量', '亿千瓦时', (10, 400), 2),
           ('粮食总产量', '万吨', (10, 200), 2), ('税收收入', '亿元', (5, 200), 2), ('规上工业营业收入', '亿元', (50, 3000), 1)]


def gscene(rng):
    nm, unit, (lo, hi), d = rng.choice(GSCENES)
    mag = unit[:-1] if unit[0] in '万亿' and unit[1] in '元人件吨千' and unit[0] != unit[1] else ''
    mag = unit[0] if unit[0] in '万亿' else ''
    rest = unit[1:] if mag else unit
    return nm, mag, rest, lo, hi, d


def growth_core(rng, label, lo, hi, d, glo, ghi, gd=1):
    sc = 10 ** d
    base = Fr(rng.randint(lo * sc, hi * sc), sc)
    g = rng.uniform(glo, ghi)
    cur = Fr(rnd(base * Fr(1 + g), d))
    gtrue = cur / base - 1
    s = Fr(rnd(abs(gtrue) * 100, gd))
    desc = 'growth from the two levels'
    if label == 'inconsistent':
        r = rng.random()
        if r < 0.25:
            s = Fr(rnd(abs(cur - base) / cur * 100, gd)); desc = 'change divided by the current level instead of the base'
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 10 ** gd), 4)
            desc = 'growth rate wrong: ' + desc
    return base, cur, s, desc, (1 if gtrue >= 0 else -1)


@style('p_growth_basic', 'pct', 'CI')
def _(rng, label):
    nm, mag, rest, lo, hi, d = gscene(rng)
    base, cur, s, desc, sg = growth_core(rng, label, lo, hi, d, 0.02, 0.25)
    F = Fmt(rng)
    B, Cu, R = F.d(base, d) + mag, F.d(cur, d) + mag, pct_str(F, s, 1)
    y = year(rng)
    t = F.fmt(rng.choice(['{y}年全{k}{nm}{C}{r}，比上年增长{R}（上年为{B}{r}）。', '{y0}年{nm}{B}{r}，{y}年达到{C}{r}，增长{R}。',
                          '全{k}实现{nm}{C}{r}，较上年的{B}{r}增长{R}。']),
              y=y, y0=y - 1, k=rng.choice(['县', '市', '区']), nm=nm, C=Cu, B=B, r=rest, R=R)
    return t, [G_(R, B, Cu)], desc


@style('p_growth_decline', 'pct', 'CI')
def _(rng, label):
    nm, mag, rest, lo, hi, d = gscene(rng)
    base, cur, s, desc, sg = growth_core(rng, label, lo, hi, d, -0.3, -0.02)
    F = Fmt(rng)
    B, Cu, R = F.d(base, d) + mag, F.d(cur, d) + mag, pct_str(F, s, 1)
    w = rng.choice(['下降', '减少', '回落'])
    t = F.fmt('受多重因素影响，{y}年全{k}{nm}{C}{r}，比上年{w}{R}；上年同期为{B}{r}。', y=year(rng), k=rng.choice(['县', '市', '区']), nm=nm, C=Cu, B=B, r=rest, R=R, w=w)
    return t, [G_(R, B, Cu, -1)], desc


@style('p_growth_tongbi_month', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    what, u = rng.choice([('受理工单', '件'), ('新增市场主体', '户'), ('发送快递', '件'), ('办理出入境证件', '本')])
    base = rng.randint(200, 30000)
    g = rng.uniform(-0.3, 0.6)
    cur = max(1, int(base * (1 + g)))
    gt = Fr(cur, base) - 1
    s = Fr(rnd(abs(gt) * 100, 1))
    desc = 'year-on-year change'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10), 4)
    w = '增长' if gt >= 0 else '下降'
    m = rng.randint(1, 12)
    B, Cu, R = F.i(base), F.i(cur), pct_str(F, s, 1)
    t = F.fmt('{m}月份，{org}{what}{C}{u}，同比{w}{R}（去年同月{B}{u}）。', m=m, org=_org(rng.choice(['政务服务中心', '邮政管理局', '公安局']))(rng), what=what, C=Cu, u=u, w=w, R=R, B=B)
    return t, [G_(R, B, Cu, 1 if gt >= 0 else -1)], desc


@style('p_huanbi_month', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    base = rng.randint(300, 9000)
    g = rng.uniform(-0.25, 0.35)
    cur = max(1, int(base * (1 + g)))
    gt = Fr(cur, base) - 1
    s = Fr(rnd(abs(gt) * 100, 1))
    desc = 'month-on-month change'
    if label == 'inconsistent':
        if rng.random() < 0.4:
            yb = int(base * rng.uniform(0.6, 0.9))
            s2 = Fr(rnd(abs(Fr(cur, yb) - 1) * 100, 1))
            if abs(s2 - s) > 1:
                s = s2; desc = 'growth taken against the same month last year, labelled 环比'
            else:
                s, desc = corrupt_rate(rng, s, Fr(1, 10), 4)
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 10), 4)
    m = rng.randint(2, 12)
    w = rng.choice(['增长', '上升']) if gt >= 0 else rng.choice(['下降', '减少'])
    B, Cu, R = F.i(base), F.i(cur), pct_str(F, s, 1)
    t = F.fmt('{org}{m0}月受理投诉{B}件，{m}月受理{C}件，环比{w}{R}。', org=_org('12315投诉举报中心')(rng), m0=m - 1, m=m, B=B, C=Cu, w=w, R=R)
    return t, [G_(R, B, Cu, 1 if gt >= 0 else -1)], desc


@style('p_growth_half_year', 'pct', 'CI')
def _(rng, label):
    nm, mag, rest, lo, hi, d = gscene(rng)
    base, cur, s, desc, sg = growth_core(rng, label, max(1, lo // 2), hi // 2, d, -0.15, 0.3, gd=rng.choice([1, 2]))
    F = Fmt(rng)
    gd = 2 if ('.' in rnd(s, 2) and s != Fr(rnd(s, 1))) else 1
    B, Cu, R = F.d(base, d) + mag, F.d(cur, d) + mag, pct_str(F, s, gd)
    w = '增长' if sg > 0 else '下降'
    t = F.fmt('上半年，全{k}完成{nm}{C}{r}，较去年同期{w}{R}。去年上半年为{B}{r}。', k=rng.choice(['县', '市']), nm=nm, C=Cu, r=rest, w=w, R=R, B=B)
    return t, [G_(R, B, Cu, sg)], desc


@style('p_growth_over100', 'pct', 'CI')
def _(rng, label):
    nm, mag, rest, lo, hi, d = gscene(rng)
    base, cur, s, desc, sg = growth_core(rng, label, lo, hi // 3, d, 1.02, 2.6)
    F = Fmt(rng)
    B, Cu, R = F.d(base, d) + mag, F.d(cur, d) + mag, pct_str(F, s, 1)
    t = F.fmt('{y}年{nm}达{C}{r}，上年为{B}{r}，增长{R}，增幅居全省第一。', y=year(rng), nm=nm, C=Cu, r=rest, B=B, R=R)
    return t, [G_(R, B, Cu)], desc + '; growth above 100%'


@style('p_growth_bei', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    what, u = rng.choice([('新能源汽车产量', '辆'), ('跨境电商交易额', '万元'), ('网络零售额', '万元'), ('新增专利授权', '件'), ('直播带货销售额', '万元')])
    base = rng.randint(100, 9000)
    cur = int(base * rng.uniform(2.1, 5.5))
    mult = Fr(cur, base) - 1
    s = Fr(rnd(mult, 1))
    desc = '增长x倍 means cur/base - 1'
    if label == 'inconsistent':
        s = Fr(rnd(Fr(cur, base), 1)); desc = '增长x倍 used for the ratio cur/base (should be one less)'
    B, Cu = F.i(base), F.i(cur)
    R = F.d(s, 1, sep='') + '倍'
    t = F.fmt('{y}年，全{k}{what}{C}{u}，比上年的{B}{u}增长{R}。', y=year(rng), k=rng.choice(['市', '县']), what=what, C=Cu, u=u, B=B, R=R)
    return t, [G_(R, B, Cu)], desc


def Q_(stated, num, den):
    return {'rel': 'quot', 'stated': stated, 'num': num, 'den': den}


@style('p_times_shangnian', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    what, u = rng.choice([('引进外资', '万美元'), ('技术合同成交额', '万元'), ('研发投入', '万元'), ('新增发明专利', '件')])
    base = rng.randint(100, 9000)
    cur = int(base * rng.uniform(1.3, 4.5))
    s = Fr(rnd(Fr(cur, base), 1))
    desc = '是上年的x倍 = cur/base'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s = Fr(rnd(Fr(cur, base) - 1, 1)); desc = 'multiple stated as growth (one less than the ratio)'
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 10), 4)
    B, Cu, R = F.i(base), F.i(cur), F.d(s, 1, sep='') + '倍'
    t = F.fmt('{org}{y}年{what}{C}{u}，是上年（{B}{u}）的{R}。', org=place(rng), y=year(rng), what=what, C=Cu, u=u, B=B, R=R)
    return t, [Q_(R, Cu, B)], desc


def real_core(rng, label, lo, hi, d):
    sc = 10 ** d
    base = Fr(rng.randint(lo * sc, hi * sc), sc)
    g = rng.uniform(0.02, 0.14)
    cur = Fr(rnd(base * Fr(1 + g), d))
    nom = cur / base - 1
    if label == 'negative':
        real = (1 + nom) / Fr(1 + rng.uniform(0.0, 0.05)) - 1
        s = Fr(rnd(real * 100, 1))
        desc = 'real growth below nominal, plausible price change'
    else:
        real = nom + Fr(rng.uniform(0.07, 0.15))
        s = Fr(rnd(real * 100, 1))
        desc = 'real growth far above the nominal change (implies a large price fall)'
        if rng.random() < 0.4:
            real = (1 + nom) / Fr(1.12 + rng.uniform(0.05, 0.1)) - 1
            s = Fr(rnd(real * 100, 1)); desc = 'real growth far below what price changes could explain'
    sg = 1 if s >= 0 else -1
    return base, cur, abs(s), desc, sg


@style('p_real_growth_gdp', 'pct', 'NI')
def _(rng, label):
    F = Fmt(rng)
    base, cur, s, desc, sg = real_core(rng, label, 80, 3000, 2)
    B, Cu, R = F.d(base, 2) + '亿', F.d(cur, 2) + '亿', pct_str(F, s, 1)
    w = '增长' if sg > 0 else '下降'
    t = F.fmt('初步核算，{y}年全{k}地区生产总值{C}元，上年为{B}元；按可比价格计算，比上年{w}{R}。', y=year(rng), k=rng.choice(['市', '县']), C=Cu, B=B, w=w, R=R)
    return t, [G_(R, B, Cu, sg, 'real_growth')], desc


@style('p_real_growth_income', 'pct', 'NI')
def _(rng, label):
    F = Fmt(rng)
    base, cur, s, desc, sg = real_core(rng, label, 15000, 60000, 0)
    B, Cu, R = F.i(int(base)), F.i(int(cur)), pct_str(F, s, 1)
    w = '增长' if sg > 0 else '下降'
    who = rng.choice(['全体居民', '城镇居民', '农村居民'])
    t = F.fmt('{y}年{who}人均可支配收入{C}元，上年为{B}元，扣除价格因素，实际{w}{R}。', y=year(rng), who=who, C=Cu, B=B, w=w, R=R)
    return t, [G_(R, B, Cu, sg, 'real_growth')], desc


def PP_(stated, frm, to, sign=1):
    return {'rel': 'pp', 'stated': stated, 'sign': sign, 'from': frm, 'to': to}


def pp_core(rng, label, up=True, d=1):
    r1 = Fr(rnd(Fr(rng.uniform(0.3, 0.95)) * 100, d))
    delta = Fr(rnd(Fr(rng.uniform(0.3, 9)), d))
    r2 = r1 + delta if up else r1 - delta
    if r2 >= 100 or r2 <= 0:
        return None
    s = abs(r2 - r1)
    desc = 'points = difference of the two rates'
    if label == 'inconsistent':
        r = rng.random()
        if r < 0.3:
            s = Fr(rnd(abs(r2 / r1 - 1) * 100, d)); desc = 'relative change given as percentage points'
            if abs(s - abs(r2 - r1)) < Fr(3, 10 ** d):
                s, desc = corrupt_rate(rng, abs(r2 - r1), Fr(1, 10 ** d), 3)
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 10 ** d), 3)
            desc = 'points wrong: ' + desc
    return r1, r2, s, desc


RATE_NAMES = ['城镇化率', '森林覆盖率', '污水集中处理率', '生活垃圾分类覆盖率', '学前教育毛入园率', '农村自来水普及率', '案件结案率',
              '群众满意率', '研发投入强度', '高中阶段毛入学率', '二级以上医院预约诊疗率', '政务服务事项网上可办率']


@style('p_pp_tigao', 'pct', 'CI')
def _(rng, label):
    r = pp_core(rng, label, True)
    if not r:
        return None
    r1, r2, s, desc = r
    F = Fmt(rng)
    A, B, S_ = pct_str(F, r1, 1), pct_str(F, r2, 1), F.d(s, 1, sep='')
    y = year(rng)
    t = F.fmt(rng.choice(['全{k}{rn}由{y0}年的{A}提高到{B}，提高{S}个百分点。', '{rn}达到{B}，比上年（{A}）提高{S}个百分点。',
                          '{y}年{rn}为{B}，较上年提升了{S}个百分点；上年为{A}。']),
              k=rng.choice(['县', '市', '区']), rn=rng.choice(RATE_NAMES), y0=y - 1, y=y, A=A, B=B, S=S_)
    return t, [PP_(S_, A, B)], desc


@style('p_pp_jiangdi', 'pct', 'CI')
def _(rng, label):
    r = pp_core(rng, label, False)
    if not r:
        return None
    r1, r2, s, desc = r
    F = Fmt(rng)
    A, B, S_ = pct_str(F, r1, 1), pct_str(F, r2, 1), F.d(s, 1, sep='')
    rn = rng.choice(['调查失业率', '万车死亡率', '刑事案件发案率', '资产负债率', '婴儿死亡率', '贫困发生率', '空置率', '不良贷款率'])
    t = F.fmt(rng.choice(['{rn}由{A}降至{B}，下降{S}个百分点。', '{rn}{B}，较上年的{A}降低{S}个百分点。', '{rn}从上年的{A}回落到{B}，回落{S}个百分点。']),
              rn=rn, A=A, B=B, S=S_)
    return t, [PP_(S_, A, B, -1)], desc


@style('p_pp_vs_percent', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    r1 = Fr(rnd(Fr(rng.uniform(0.4, 0.9)) * 100, 1))
    delta = Fr(rnd(Fr(rng.uniform(1.5, 9)), 1))
    r2 = r1 + delta
    if r2 >= 100:
        return None
    rel = r2 / r1 - 1
    A, B = pct_str(F, r1, 1), pct_str(F, r2, 1)
    rn = rng.choice(RATE_NAMES)
    if label == 'consistent':
        if rng.random() < 0.5:
            S_ = F.d(delta, 1, sep='')
            t = F.fmt('{rn}由{A}提高到{B}，提高了{S}个百分点。', rn=rn, A=A, B=B, S=S_)
            return t, [PP_(S_, A, B)], 'written correctly as points'
        S_ = pct_str(F, Fr(rnd(rel * 100, 1)), 1)
        t = F.fmt('{rn}由{A}提高到{B}，相对提高{S}。', rn=rn, A=A, B=B, S=S_)
        return t, [G_(S_, A, B)], 'relative change written as percent, correctly'
    S_ = pct_str(F, delta, 1)
    if abs(delta - rel * 100) < Fr(3, 10):
        return None
    t = F.fmt('{rn}由{A}提高到{B}，提高了{S}。', rn=rn, A=A, B=B, S=S_)
    return t, [G_(S_, A, B)], 'percentage points written as percent (relative change is different)'


@style('p_pp_cn_numerals', 'pct', 'CI')
def _(rng, label):
    r = pp_core(rng, label, rng.random() < 0.6)
    if not r:
        return None
    r1, r2, s, desc = r
    F = Fmt(rng)
    A, B = pct_str(F, r1, 1, 'cn'), pct_str(F, r2, 1, 'cn')
    S_ = cn_num(rnd(s, 1))
    up = r2 > r1
    t = F.fmt('{rn}从{A}{v1}到{B}，{v2}了{S}个百分点。', rn=rng.choice(RATE_NAMES), A=A, B=B, S=S_,
              v1='上升' if up else '下降', v2='提高' if up else '降低')
    return t, [PP_(S_, A, B, 1 if up else -1)], desc + '; Chinese numerals'


@style('p_pp_and_growth_mix', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    w1 = rng.randint(3000, 40000); p1 = int(w1 * rng.uniform(0.2, 0.5))
    w2 = int(w1 * rng.uniform(1.03, 1.25)); p2 = int(w2 * rng.uniform(0.25, 0.6))
    sh1 = Fr(rnd(Fr(p1, w1) * 100, 1)); sh2 = Fr(rnd(Fr(p2, w2) * 100, 1))
    if sh2 <= sh1:
        return None
    g = Fr(rnd((Fr(w2, w1) - 1) * 100, 1))
    pp = sh2 - sh1
    desc = 'growth, shares and points consistent'
    bad = rng.randrange(3) if label == 'inconsistent' else -1
    if bad == 0:
        g, d0 = corrupt_rate(rng, g, Fr(1, 10), 4); desc = 'growth wrong'
    elif bad == 1:
        sh2, d0 = corrupt_rate(rng, sh2, Fr(1, 10), 4); desc = 'current share wrong'
        pp = sh2 - sh1
        if pp <= 0:
            return None
    elif bad == 2:
        pp = Fr(rnd((sh2 / sh1 - 1) * 100, 1)); desc = 'relative change reported as points'
        if abs(pp - (sh2 - sh1)) < Fr(3, 10):
            return None
    W1, W2, P1, P2 = F.i(w1), F.i(w2), F.i(p1), F.i(p2)
    G1, S1, S2, PP = pct_str(F, g, 1), pct_str(F, sh1, 1), pct_str(F, sh2, 1), F.d(pp, 1, sep='')
    t = F.fmt('{y}年全{k}登记市场主体{W2}户，比上年末增长{G}（上年末{W1}户）。其中企业{P2}户，占{S2}，'
              '比重较上年末的{S1}（{P1}户）提高{PP}个百分点。', y=year(rng), k=rng.choice(['县', '区']), W2=W2, G=G1, W1=W1, P2=P2, S2=S2, S1=S1, P1=P1, PP=PP)
    return t, [G_(G1, W1, W2), P_(S2, P2, W2), P_(S1, P1, W1), PP_(PP, S1, S2)], desc


def quot_core(rng, label, num, den, d):
    s = Fr(rnd(Fr(num) / Fr(den), d))
    desc = 'quotient = numerator / denominator'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10 ** d), 4)
        desc = 'quotient wrong: ' + desc
    return s, desc


@style('p_per_capita_income', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    pop = Fr(rng.randint(500, 30000), 100)  # 万人
    pc = rng.randint(8000, 70000)
    tot = Fr(rnd(pop * 10000 * pc / 10 ** 8, 2))  # 亿
    P, T = F.d(pop, 2) + '万', F.d(tot, 2) + '亿'
    s, desc = quot_core(rng, label, tot * 10 ** 8, Fr(rnd(pop, 2)) * 10000, 0)
    S_ = F.i(int(s))
    what = rng.choice(['可支配收入总额', '城乡居民储蓄存款余额', '财政民生支出', '地区生产总值'])
    head = {'可支配收入总额': '人均可支配收入', '城乡居民储蓄存款余额': '人均储蓄存款', '财政民生支出': '人均民生支出', '地区生产总值': '人均地区生产总值'}[what]
    t = F.fmt('全{k}常住人口{P}人，{w}{T}元，{h}{S}元。', k=rng.choice(['县', '市', '区']), P=P, w=what, T=T, h=head, S=S_)
    return t, [Q_(S_, T, P)], desc


@style('p_per_unit_daily', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    days = rng.choice([365, 366, 181, 90, 31, 30, 250])
    per = {365: '全年', 366: '全年', 181: '上半年', 90: '一季度', 31: '当月', 30: '当月', 250: '全年工作日'}[days]
    n = rng.randint(days * 3, days * 900)
    d = rng.choice([0, 1])
    s, desc = quot_core(rng, label, n, days, d)
    N, D, S_ = F.i(n), str(days), F.d(s, d, sep='') if d else F.i(int(s))
    what, u = rng.choice([('办理各类业务', '笔'), ('接听来电', '个'), ('受理工单', '件'), ('接待办事群众', '人次')])
    t = F.fmt('{org}{per}（{D}天）共{what}{N}{u}，平均每天{S}{u}。', org=_org('政务服务中心')(rng), per=per, D=D, what=what, N=N, u=u, S=S_)
    return t, [Q_(S_, N, D)], desc


@style('p_per_unit_average', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    kind = rng.choice(['户均', '村均', '人均', '校均', '平均每件'])
    if kind == '户均':
        n, den = rng.randint(300, 9000), rng.randint(100, 2000); a, b, u1, u2 = '发放补贴', '受益农户', '万元', '户'
    elif kind == '村均':
        n, den = rng.randint(100, 6000), rng.randint(8, 60); a, b, u1, u2 = '村集体经济收入合计', '行政村', '万元', '个'
    elif kind == '人均':
        n, den = rng.randint(2000, 90000), rng.randint(20, 900); a, b, u1, u2 = '累计完成培训学时', '参训干部', '学时', '人'
    elif kind == '校均':
        n, den = rng.randint(3000, 90000), rng.randint(5, 60); a, b, u1, u2 = '在校学生', '学校', '人', '所'
    else:
        n, den = rng.randint(200, 9000), rng.randint(20, 400); a, b, u1, u2 = '审计查出问题金额', '审计项目', '万元', '个'
    d = 1 if u1 != '人' else 0
    s, desc = quot_core(rng, label, n, den, d)
    N, D = F.i(n), F.i(den)
    S_ = F.d(s, d, sep='') if d else F.i(int(s))
    t = F.fmt('{a}{N}{u1}，{b}{D}{u2}，{k}{S}{u1}。', a=a, N=N, u1=u1, b=b, D=D, u2=u2, k=kind, S=S_)
    return t, [Q_(S_, N, D)], desc


@style('p_yield_per_mu', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    area = Fr(rng.randint(50, 2000), 100)  # 万亩
    y = rng.randint(300, 700)
    tot = Fr(rnd(area * y, 1))  # 万公斤
    A, T = F.d(area, 2) + '万', F.d(tot, 1) + '万'
    s, desc = quot_core(rng, label, Fr(rnd(tot, 1)), Fr(rnd(area, 2)), 0)
    S_ = F.i(int(s))
    crop = rng.choice(['小麦', '水稻', '玉米', '大豆'])
    t = F.fmt('{y}年全{k}{c}种植面积{A}亩，总产{T}公斤，平均亩产{S}公斤。', y=year(rng), k=rng.choice(['县', '市']), c=crop, A=A, T=T, S=S_)
    return t, [Q_(S_, T, A)], desc


@style('p_budget_exec_rate', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    bud = Fr(rng.randint(10000, 9000000), 100)
    act = bud * Fr(rng.randint(780, 1000), 1000)
    B, A = F.d(bud, 2) + '万', F.d(act, 2) + '万'
    s = Fr(rnd(Fr(rnd(act, 2)) / Fr(rnd(bud, 2)) * 100, 2))
    desc = 'execution rate = final / budget'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 100), 5)
    R = pct_str(F, s, 2)
    t = F.fmt('{org}{y}年年初预算{B}元，全年支出决算{A}元，预算执行率{R}。', org=_org(rng.choice(['教育局', '农业农村局', '交通运输局']))(rng), y=year(rng), B=B, A=A, R=R)
    return t, [P_(R, A, B)], desc


@style('p_profit_margin', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    rev = Fr(rng.randint(5000, 900000), 100)
    prof = rev * Fr(rng.randint(20, 250), 1000)
    Rv, Pf = F.d(rev, 2) + '万', F.d(prof, 2) + '万'
    s = Fr(rnd(Fr(rnd(prof, 2)) / Fr(rnd(rev, 2)) * 100, 2))
    desc = 'profit margin = profit / revenue'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 100), 5)
    R = pct_str(F, s, 2)
    t = F.fmt('{c}{y}年实现营业收入{Rv}元，利润总额{Pf}元，营业收入利润率{R}。', c=company(rng), y=year(rng), Rv=Rv, Pf=Pf, R=R)
    return t, [P_(R, Pf, Rv)], desc


@style('p_debt_ratio', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    ast = Fr(rng.randint(10000, 900000), 100)
    debt = ast * Fr(rng.randint(200, 850), 1000)
    As, Db = F.d(ast, 2) + '万', F.d(debt, 2) + '万'
    s = Fr(rnd(Fr(rnd(debt, 2)) / Fr(rnd(ast, 2)) * 100, 2))
    desc = 'debt ratio = liabilities / assets'
    if label == 'inconsistent':
        if rng.random() < 0.4:
            eq = Fr(rnd(ast, 2)) - Fr(rnd(debt, 2))
            s = Fr(rnd(Fr(rnd(debt, 2)) / eq * 100, 2)); desc = 'liabilities divided by equity instead of assets'
        else:
            s, desc = corrupt_rate(rng, s, Fr(1, 100), 5)
    R = pct_str(F, s, 2)
    t = F.fmt('截至{y}年末，{c}资产总额{As}元，负债总额{Db}元，资产负债率{R}。', y=year(rng), c=company(rng), As=As, Db=Db, R=R)
    return t, [P_(R, Db, As)], desc


@style('p_growth_table_md', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng, fw=False)
    k = rng.randint(3, 5)
    scs = pick(rng, GSCENES, k)
    bad = rng.randrange(k) if label == 'inconsistent' else -1
    rows, chk, desc = [], [], 'all growth rates right'
    for i, (nm, unit, (lo, hi), d) in enumerate(scs):
        base, cur, s, dd, sg = growth_core(rng, 'inconsistent' if i == bad else 'consistent', lo, hi, d, -0.1, 0.25)
        if i == bad:
            desc = 'row %d: %s' % (i + 1, dd)
        B, Cu = F.d(base, d), F.d(cur, d)
        Sx = F.d(s, 1, sep='')
        if sg < 0:
            Sx = '-' + Sx
        rows.append([nm + '（' + unit + '）', Cu, B, Sx])
        c = G_(Sx.lstrip('-'), B, Cu, sg, bare=True)
        chk.append(c)
    t = '主要经济指标\n\n' + md_table(['指标', '本年', '上年', '增长（%）'], rows)
    return t, chk, desc + '; negative growth shown with a minus sign'


@style('p_growth_kv_lines', 'pct', 'CI')
def _(rng, label):
    nm, mag, rest, lo, hi, d = gscene(rng)
    base, cur, s, desc, sg = growth_core(rng, label, lo, hi, d, -0.2, 0.3)
    F = Fmt(rng)
    B, Cu, R = F.d(base, d) + mag, F.d(cur, d) + mag, pct_str(F, s, 1)
    c = ':' if F.half else '：'
    t = '{}\n本期{}{}{}\n上年同期{}{}{}\n{}{}{}'.format(nm, c, Cu, rest, c, B, rest, '增幅' if sg > 0 else '降幅', c, R)
    return t, [G_(R, B, Cu, sg)], desc


@style('p_quarter_growth', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    k = rng.randint(2, 4)
    bad = rng.randrange(k) if label == 'inconsistent' else -1
    segs, chk, desc = [], [], 'quarterly growth rates right'
    for i in range(k):
        base, cur, s, dd, sg = growth_core(rng, 'inconsistent' if i == bad else 'consistent', 20, 400, 2, -0.1, 0.2)
        if i == bad:
            desc = 'quarter %d: %s' % (i + 1, dd)
        B, Cu, R = F.d(base, 2) + '亿', F.d(cur, 2) + '亿', pct_str(F, s, 1)
        segs.append('{}季度{}元（上年同期{}元），{}{}'.format(ORD_CN[i], Cu, B, '增长' if sg > 0 else '下降', R))
        chk.append(G_(R, B, Cu, sg))
    t = F.fmt('分季度看，全{k}规上工业增加值{body}。', k=rng.choice(['市', '县']), body='；'.join(segs))
    return t, chk, desc


@style('p_income_growth_yuan', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    base = rng.randint(9000, 70000)
    cur = int(base * rng.uniform(1.03, 1.12))
    s = Fr(rnd((Fr(cur, base) - 1) * 100, 1))
    desc = 'income growth'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10), 4)
    B, Cu, R = F.i(base), F.i(cur), pct_str(F, s, 1)
    who = rng.choice(['农村常住居民', '城镇常住居民', '脱贫人口'])
    t = F.fmt('{who}人均可支配收入达到{C}元，比上年的{B}元增加{D}元，增长{R}。', who=who, C=Cu, B=B, D=F.i(cur - base), R=R)
    return t, [G_(R, B, Cu), lin([['+', B], ['+', F.i(cur - base)]], Cu)], desc


@style('p_growth_wan_yi_mixed', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    base = rng.randint(3000, 9900)  # 万
    cur = Fr(base, 10000) * Fr(rng.randint(1050, 1600), 1000)  # 亿
    C = F.d(cur, 2) + '亿'
    s = Fr(rnd((Fr(rnd(cur, 2)) * 10000 / base - 1) * 100, 1))
    desc = 'growth across 万 and 亿 units'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10), 6)
    B, R = F.i(base) + '万', pct_str(F, s, 1)
    t = F.fmt('{what}首次突破亿元大关，达到{C}元，上年为{B}元，增长{R}。', what=rng.choice(['全县农产品网络销售额', '园区技术合同成交额', '村级集体经济总收入']), C=C, B=B, R=R)
    return t, [G_(R, B, C)], desc


@style('p_share_pdf_break', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    w = rng.randint(500, 90000); p = rng.randint(w // 10, w * 9 // 10)
    s, desc = share_core(rng, label, w, p, 1)
    W, Pp, R = F.i(w), F.i(p), pct_str(F, s, 1)
    t = F.fmt('{y}年全{k}共办理不动产登记{W}件，其中通过“一网通办”线上办理{P}件，线上办理比例为{R}，较上年明显提高。',
              y=year(rng), k=rng.choice(['县', '市']), W=W, P=Pp, R=R)
    t = pdf_wrap(rng, t, [W, Pp, R])
    return t, [P_(R, Pp, W)], desc + '; PDF-style line breaks'


@style('p_vaccination_epidemic', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    tgt = rng.randint(5000, 400000)
    a = int(tgt * rng.uniform(0.85, 0.99)); b = int(a * rng.uniform(0.6, 0.95))
    s1 = Fr(rnd(Fr(a, tgt) * 100, 2)); s2 = Fr(rnd(Fr(b, tgt) * 100, 2))
    desc = 'first-dose and full-course coverage right'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s2 = Fr(rnd(Fr(b, a) * 100, 2)); desc = 'full-course rate computed over first-dose recipients'
        else:
            s1, desc = corrupt_rate(rng, s1, Fr(1, 100), 5)
    T, A, B = F.i(tgt), F.i(a), F.i(b)
    R1, R2 = pct_str(F, s1, 2), pct_str(F, s2, 2)
    t = F.fmt('截至{m}月{d}日，全{k}60岁以上目标人群{T}人，累计接种第一剂次{A}人，接种率{R1}；全程接种{B}人，全程接种率{R2}。',
              m=rng.randint(1, 12), d=rng.randint(1, 28), k=rng.choice(['县', '区']), T=T, A=A, B=B, R1=R1, R2=R2)
    return t, [P_(R1, A, T), P_(R2, B, T)], desc


@style('p_agri_insurance_coverage', 'pct', 'CI')
def _(rng, label):
    F = Fmt(rng)
    area = Fr(rng.randint(500, 9000), 100)
    ins = area * Fr(rng.randint(500, 980), 1000)
    A, I = F.d(area, 2) + '万', F.d(ins, 2) + '万'
    s = Fr(rnd(Fr(rnd(ins, 2)) / Fr(rnd(area, 2)) * 100, 1))
    desc = 'insurance coverage of sown area'
    if label == 'inconsistent':
        s, desc = corrupt_rate(rng, s, Fr(1, 10), 6)
    R = pct_str(F, s, 1)
    t = F.fmt('三大粮食作物播种面积{A}亩，参保面积{I}亩，政策性农业保险覆盖率{R}。', A=A, I=I, R=R)
    return t, [P_(R, I, A)], desc


@style('p_none_target', 'pct', 'N')
def _(rng, label):
    a = rng.randint(85, 99); b = rnd(Fr(rng.randint(850, 999), 10), 1)
    tpl, toks = rng.choice([
        ('{y}年力争全{k}城市生活污水集中收集率达到{a}%以上，农村卫生户厕普及率稳定在{b}%。', ['{a}%', '{b}%']),
        ('确保群众满意率不低于{b}%，政务服务事项“一网通办”比例达到{a}%。', ['{b}%', '{a}%']),
        ('目标：到{y}年底，义务教育巩固率保持在{b}%以上，学前三年毛入园率达到{a}%。', ['{b}%', '{a}%'])])
    y = year(rng) + 1
    t = tpl.format(y=y, k=rng.choice(['县', '市']), a=a, b=b)
    return t, [NONE([x.format(a=a, b=b) for x in toks], 'targets, no computation')], 'targets only'


@style('p_none_points_only', 'pct', 'N')
def _(rng, label):
    a = rnd(Fr(rng.randint(1, 60), 10), 1); b = rnd(Fr(rng.randint(1, 150), 10), 1)
    t = rng.choice(['全{k}城镇化率比上年提高{a}个百分点，第三产业占比提升{b}个百分点。',
                    '一般公共预算收入增长{b}%，增速比全省平均高{a}个百分点。',
                    '居民消费价格指数上涨{a}%，涨幅比上年回落{b}个百分点。']).format(k=rng.choice(['县', '市']), a=a, b=b)
    return t, [NONE([a, b], 'changes without the underlying levels')], 'points/growth without bases'


@style('p_none_growth_only', 'pct', 'N')
def _(rng, label):
    F = Fmt(rng)
    g = [rnd(Fr(rng.randint(5, 250), 10), 1) for _ in range(3)]
    t = F.fmt('{y}年，全{k}规上工业增加值同比增长{a}%，固定资产投资增长{b}%，社会消费品零售总额增长{c}%，主要指标增速均高于全省平均水平。',
              y=year(rng), k=rng.choice(['县', '市', '区']), a=g[0], b=g[1], c=g[2])
    return t, [NONE([g[0] + '%', g[1] + '%'], 'growth rates without levels')], 'growth only'


@style('p_none_ratio_colon', 'pct', 'N')
def _(rng, label):
    a = rng.randint(1, 9); b = 10 - a
    r = '{}:{}'.format(a, b) if rng.random() < 0.5 else '{}∶{}'.format(a, b)
    t = rng.choice(['项目资金由省、县按{r}比例分担，{m}月底前拨付到位。', '本届村“两委”成员男女比例为{r}，平均年龄{age}岁。',
                    '按照{r}的比例配置城乡学校教师编制，每校配备{lo}—{hi}名心理健康教师。']).format(
        r=r, m=rng.randint(3, 12), age=rng.randint(35, 52), lo=1, hi=rng.randint(2, 4))
    return t, [NONE([r], 'ratio of integers, not shares')], 'ratio look-alike'


@style('p_none_policy_pct', 'pct', 'N')
def _(rng, label):
    a = rng.choice([15, 20, 25, 30]); b = rng.choice(['0.25', '0.1', '0.15', '0.5']); c = rng.choice([50, 60, 70, 80])
    t = rng.choice(['首套住房商业贷款首付比例不低于{a}%，公积金贷款利率下调{b}个百分点。',
                    '对符合条件的企业按设备投资额的{a}%给予补助，最高不超过{c}万元。',
                    '门诊费用报销比例提高到{c}%，起付线降低{b}个百分点。']).format(a=a, b=b, c=c)
    return t, [NONE([b], 'policy parameters, no computation')], 'policy percentages'


def A_(qual, stated, num, den):
    return {'rel': 'approx', 'qual': qual, 'stated': stated, 'num': num, 'den': den}


@style('p_approx_cheng', 'pct', 'N')
def _(rng, label):
    F = Fmt(rng)
    c = rng.randint(5, 9)
    q = rng.choice(['近', '超过'])
    den = rng.randint(200, 20000)
    ratio = rng.uniform(c / 10 - 0.05, c / 10 - 0.005) if q == '近' else rng.uniform(c / 10 + 0.005, min(0.99, c / 10 + 0.08))
    num = int(den * ratio)
    S_ = CN_COUNT2[c] + '成'
    D, N = F.i(den), F.i(num)
    t = F.fmt('{org}{y}年办理群众诉求{D}件，其中{N}件在3个工作日内办结，{q}{S}的诉求实现“快办快结”。', org=_org('12345热线')(rng), y=year(rng), D=D, N=N, q=q, S=S_)
    return t, [A_(q, S_, N, D)], 'approximate share in 成'


@style('p_approx_pct_qual', 'pct', 'N')
def _(rng, label):
    F = Fmt(rng)
    q = rng.choice(['约', '超过', '近'])
    den = rng.randint(100, 9000)
    s = rng.choice([40, 50, 60, 70, 80, 90, 95])
    ratio = {'约': rng.uniform(s * 0.92, s * 1.08) / 100, '超过': rng.uniform(s * 1.01, min(99.5, s * 1.2)) / 100,
             '近': rng.uniform(s * 0.92, s * 0.99) / 100}[q]
    num = int(den * ratio)
    S_ = str(s) + F.pctsign
    D, N = F.i(den), F.i(num)
    t = F.fmt('全{k}{D}家规上企业中，{N}家开展了数字化改造，占比{q}{S}。', k=rng.choice(['县', '市', '区']), D=D, N=N, q=q, S=S_) if q != '超过' else \
        F.fmt('全{k}{D}家规上企业中，{N}家开展了数字化改造，{q}{S}的企业实现了设备联网。', k=rng.choice(['县', '市', '区']), D=D, N=N, q=q, S=S_)
    return t, [A_(q, S_, N, D)], 'approximate percentage'


MAL_KINDS = {
    'malformed_double_sign': lambda s: s + '%%',
    'malformed_cn_digits_mixed': lambda s: '百分之' + s,
    'malformed_double_dot': lambda s: s.replace('.', '..', 1) + '%',
    'malformed_careof_sign': lambda s: s + '℅',
    'malformed_trailing_dot': lambda s: s.split('.')[0] + '.%',
    'malformed_period_decimal': lambda s: s.replace('.', '。', 1) + '%',
    'malformed_sign_prefix': lambda s: '%' + s,
    'malformed_cn_with_sign': lambda s: '百分之' + cn_num(s) + '%',
}


def _mal_factory(kind):
    def fn(rng, label):
        org, dp, npf, rn, u, lo, hi, rlo, rhi = rscene(rng)
        d = 1
        num, den, s, desc = rate_core(rng, 'consistent', lo, hi, rlo, rhi, d)
        F = Fmt(rng, fw=False)
        N, D, R = F.i(num), F.i(den), pct_str(F, s, d)
        other = rnd(Fr(rng.randint(850, 999), 10), 1)
        tok = MAL_KINDS[kind](other)
        t = F.fmt(rng.choice(['{org}{dp}{D}{u}，{np}{N}{u}，{rn}{R}；群众满意度{M}。',
                              '{org}群众满意度{M}，全年{dp}{D}{u}、{np}{N}{u}，{rn}{R}。']),
                  org=org, dp=dp, D=D, u=u, np=npf, N=N, rn=rn, R=R, M=tok)
        return t, [P_(R, N, D), {'rel': 'malformed', 'token': tok}], 'badly written percentage %s; the other rate is right' % tok
    return fn


for _k in MAL_KINDS:
    style(_k, 'pct', 'I')(_mal_factory(_k))


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
LAB = {'C': 'consistent', 'I': 'inconsistent', 'N': 'negative'}
PER_FAMILY = 1500


def group_plan():
    groups = {'totals': [], 'pct': []}
    for name, fam, labels, fn in STYLES:
        for l in labels:
            groups[fam].append((name, LAB[l], fn))
    plan = []
    for fam in ('totals', 'pct'):
        g = groups[fam]
        if not g:
            continue
        base, extra = divmod(PER_FAMILY, len(g))
        for i, (name, lab, fn) in enumerate(g):
            plan.append((fam, name, lab, fn, base + (1 if i < extra else 0)))
    return plan


BAD_COMMA = re.compile(r'(\d)[,，](\d+)')


def text_ok(t):
    for m in BAD_COMMA.finditer(t.translate(FW_MAP)):
        if len(m.group(2)) != 3 and not t[m.end():m.end() + 1].isdigit():
            return False
    return True


def generate(seed):
    recs = []
    counters = {'totals': 0, 'pct': 0}
    for fam, name, lab, fn, n in group_plan():
        rng = random.Random(zlib.crc32(f"{seed}|{fam}|{name}|{lab}".encode()))
        seen = set()
        got = 0
        tries = 0
        while got < n and tries < n * 60:
            tries += 1
            try:
                r = fn(rng, lab)
            except (ValueError, IndexError, ZeroDivisionError):
                r = None
            if not r:
                continue
            text, checks, desc = r
            if text in seen or not text_ok(text):
                continue
            try:
                got_lab, expls = evaluate(text, checks)
            except (ParseError, ZeroDivisionError, KeyError):
                continue
            if got_lab != lab:
                continue
            if lab == 'inconsistent' and name.startswith('malformed') is False and False:
                continue
            seen.add(text)
            got += 1
            counters[fam] += 1
            recs.append({'id': 'n12-%s-%06d' % (fam, counters[fam]), 'family': fam, 'style': name, 'label': lab,
                         'text': text, 'note': desc + ' | ' + '; '.join(expls), 'checks': checks})
        if got < n:
            sys.stderr.write('warning: %s/%s only %d of %d\n' % (name, lab, got, n))
    return recs


def verify(path):
    bad = 0
    n = 0
    ids = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            n += 1
            r = json.loads(line)
            if r['id'] in ids:
                print('duplicate id', r['id']); bad += 1
            ids.add(r['id'])
            if r['style'].startswith('malformed') and (r['family'] != 'pct' or r['label'] != 'inconsistent'):
                print('malformed style rule broken', r['id']); bad += 1
            try:
                lab, expls = evaluate(r['text'], r['checks'])
            except Exception as e:  # noqa
                print('%s: error %s' % (r['id'], e)); bad += 1
                continue
            if r['style'].startswith('malformed'):
                outs = [eval_check(c, r['text'])[0] for c in r['checks'] if c['rel'] != 'malformed']
                if 'I' in outs or not any(c['rel'] == 'malformed' for c in r['checks']):
                    print('%s: malformed record with failing other checks' % r['id']); bad += 1
            if lab != r['label']:
                print('%s: label %s but verifier says %s' % (r['id'], r['label'], lab)); bad += 1
    print('verified %d records, %d problems' % (n, bad))
    return 0 if bad == 0 and n > 0 else 1


def style_table(path):
    cnt = {}
    fams = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            cnt.setdefault(r['style'], {'consistent': 0, 'inconsistent': 0, 'negative': 0})[r['label']] += 1
            fams[r['style']] = r['family']
    out = ['| family | style | consistent | inconsistent | negative | total |', '|---|---|---|---|---|---|']
    for st in sorted(cnt, key=lambda s: (fams[s], s)):
        c = cnt[st]
        out.append('| %s | %s | %d | %d | %d | %d |' % (fams[st], st, c['consistent'], c['inconsistent'], c['negative'], sum(c.values())))
    tot = {k: sum(c[k] for c in cnt.values()) for k in ('consistent', 'inconsistent', 'negative')}
    out.append('| all | %d styles | %d | %d | %d | %d |' % (len(cnt), tot['consistent'], tot['inconsistent'], tot['negative'], sum(tot.values())))
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify')
    ap.add_argument('--style-table')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required for generation')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    sys.stderr.write('wrote %d records to %s\n' % (len(recs), a.out))


if __name__ == '__main__':
    main()
