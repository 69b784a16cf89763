#!/usr/bin/env python3
"""numbers8: held-out test collection for arithmetic checks in Chinese official documents.

Generator and independent verifier in one file, standard library only.

  python3 numbers8_gen.py --seed 11 --out numbers8_seed11.jsonl
  python3 numbers8_gen.py --verify numbers8_seed11.jsonl
  python3 numbers8_gen.py --style-table numbers8_seed11.jsonl

Every record is built by a style function (text + machine-readable checks), then the
verifier below re-parses every operand string from scratch and recomputes the label.
Only records whose recomputed label equals the intended one are kept (grey cases are
dropped), so the files hold no grey records.  Randomness: random.Random seeded with
zlib.crc32("seed|family|style|label"); no hash(), no clock, no set iteration.
"""
import argparse
import json
import random
import re
import sys
import zlib
from collections import OrderedDict
from fractions import Fraction

# ---------------------------------------------------------------------------
# Part 1. Verifier: number parsing and relation evaluation (independent of generation)
# ---------------------------------------------------------------------------

_FW2HW = {}
for _i in range(10):
    _FW2HW[chr(0xFF10 + _i)] = str(_i)
_FW2HW.update({'．': '.', '％': '%', '，': ',', '　': ' ', '﹪': '%'})

CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
          '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def _cn_int(s):
    """Chinese numeral integer (up to 亿) -> int."""
    if s == '':
        return 0
    total = 0
    for big, mult in (('亿', 10 ** 8), ('万', 10 ** 4)):
        if big in s:
            head, s = s.split(big, 1)
            total += _cn_int(head) * mult
    sec = 0
    num = None
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            sec += (1 if num is None else num) * CN_UNIT[ch]
            num = None
        else:
            raise ValueError('bad chinese numeral %r' % s)
    if num is not None:
        sec += num
    return total + sec


class Num:
    """A parsed operand: value (Fraction), unit of last digit, half tolerance, kind."""

    def __init__(self, raw, value, unit, rounded, kind):
        self.raw, self.value, self.unit, self.rounded, self.kind = raw, value, unit, rounded, kind

    @property
    def half(self):
        return self.unit / 2 if self.rounded else Fraction(0)

    def lo(self):
        return self.value - self.half

    def hi(self):
        return self.value + self.half


def parse_num(raw, bare_pct=False):
    t = ''.join(_FW2HW.get(c, c) for c in raw)
    t = ''.join(c for c in t if c not in ' \n\r\t\u2009\u202f\u00a0')
    kind = 'num'
    div = 1
    if t.startswith('百分之'):
        kind, div, t = 'pct', 100, t[3:]
    elif t.startswith('千分之'):
        kind, div, t = 'permille', 1000, t[3:]
    if '%' in t:
        kind, div, t = 'pct', 100, t.replace('%', '')
    if '‰' in t:
        kind, div, t = 'permille', 1000, t.replace('‰', '')
    if t.endswith('倍'):
        kind, t = 'times', t[:-1]
    if bare_pct and kind == 'num':
        kind, div = 'pct', 100
    mag = 1
    has_arabic = any(c.isdigit() and c.isascii() for c in t)
    if has_arabic:
        if t.endswith('亿'):
            mag, t = 10 ** 8, t[:-1]
        elif t.endswith('万'):
            mag, t = 10 ** 4, t[:-1]
        t = t.replace('。', '.').replace(',', '')
        if '.' in t:
            a, b = t.split('.')
            dec = len(b)
        else:
            a, b, dec = t, '', 0
        if not (a + b).isdigit():
            raise ValueError('unparsable number %r' % raw)
        val = Fraction(int(a + b), 10 ** dec)
    else:
        if '点' in t:
            a, b = t.split('点')
            ival = _cn_int(a)
            digs = ''.join(str(CN_DIG[c]) for c in b)
            dec = len(digs)
            val = ival + Fraction(int(digs), 10 ** dec)
        else:
            dec = 0
            val = Fraction(_cn_int(t))
    unit = Fraction(mag, 10 ** dec * div)
    value = val * mag / div
    rounded = dec > 0 or mag > 1 or kind in ('pct', 'permille')
    return Num(raw, value, unit, rounded, kind)


def operand(op, bare=False):
    """A string, a list of strings (sum) or {'sum':[..],'sub':[..]} -> (value, half, maxunit, allexact)."""
    if isinstance(op, str):
        n = parse_num(op, bare)
        return n.value, n.half, n.unit, not n.rounded
    if isinstance(op, list):
        op = {'sum': op, 'sub': []}
    v = h = Fraction(0)
    u = Fraction(0)
    ex = True
    for sgn, key in ((1, 'sum'), (-1, 'sub')):
        for s in op.get(key, []):
            n = parse_num(s, bare)
            v += sgn * n.value
            h += n.half
            u = max(u, n.unit)
            ex = ex and not n.rounded
    return v, h, u, ex


def strings_of(op):
    if isinstance(op, str):
        return [op]
    if isinstance(op, list):
        return list(op)
    return list(op.get('sum', [])) + list(op.get('sub', []))


def fnum(x, nd=4):
    x = float(x)
    if abs(x - round(x)) < 1e-12:
        return str(int(round(x)))
    return ('%.' + str(nd) + 'f') % x


def _interval_ratio(n, d):
    nv, nh = n[0], n[1]
    dv, dh = d[0], d[1]
    lo_d, hi_d = dv - dh, dv + dh
    if lo_d <= 0:
        lo_d = dv / 2 if dv > 0 else Fraction(1, 10 ** 9)
    return (nv - nh) / hi_d, (nv + nh) / lo_d


def _stated_window(t, u):
    # rounding [t-u/2, t+u/2] union truncation toward zero
    if t >= 0:
        return t - u / 2, t + u
    return t - u, t + u / 2


def _dist(x, lo, hi):
    if x < lo:
        return lo - x
    if x > hi:
        return x - hi
    return Fraction(0)


def _judge_stated(t, u, lo, hi):
    wlo, whi = _stated_window(t, u)
    if not (hi < wlo or lo > whi):
        return 'consistent'
    if _dist(t, lo, hi) >= 2 * u:
        return 'inconsistent'
    return 'grey'


def _sum_judge(S, H, U, exact, W, mode):
    diff = S - W
    if exact:
        if diff == 0:
            return 'consistent'
        if mode == 'partial' and diff < 0:
            return 'negative'
        return 'inconsistent'
    gap = abs(diff) - H
    if gap <= 0:
        return 'consistent'
    if mode == 'partial' and diff < 0:
        return 'negative'
    if gap >= U:
        return 'inconsistent'
    return 'grey'


def eval_check(c):
    """-> (outcome, explanation). outcome in consistent/inconsistent/negative/grey/malformed."""
    rel = c['rel']
    if rel == 'sum_eq':
        S, H1, U1, e1 = operand(c['parts'])
        W, H2, U2, e2 = operand(c['whole'])
        out = _sum_judge(S, H1 + H2, max(U1, U2), e1 and e2, W, c.get('mode', 'exact'))
        return out, 'sum_eq[%s]: %s = %s vs whole %s (tol %s) -> %s' % (
            c.get('mode', 'exact'), '+'.join(strings_of(c['parts'])), fnum(S), fnum(W), fnum(H1 + H2), out)
    if rel == 'linear':
        S = H = Fraction(0)
        U = Fraction(0)
        ex = True
        for sg, s in c['terms']:
            n = parse_num(s)
            S += n.value if sg == '+' else -n.value
            H += n.half
            U = max(U, n.unit)
            ex = ex and not n.rounded
        r = parse_num(c['result'])
        out = _sum_judge(S, H + r.half, max(U, r.unit), ex and not r.rounded, r.value, 'exact')
        expr = ''.join('%s%s' % (sg, s) for sg, s in c['terms'])
        return out, 'linear: %s = %s vs %s (tol %s) -> %s' % (expr, fnum(S), fnum(r.value), fnum(H + r.half), out)
    if rel == 'count':
        st = parse_num(c['stated']).value
        k = len(c['items'])
        if k == st:
            out = 'consistent'
        elif c.get('mode') == 'deng' and k < st:
            out = 'negative'
        else:
            out = 'inconsistent'
        return out, 'count: %d items listed vs stated %s -> %s' % (k, fnum(st), out)
    if rel in ('pct', 'quot'):
        bare = c.get('bare_pct', False)
        s = parse_num(c['stated'], bare)
        n = operand(c['num'])
        d = operand(c['den'])
        lo, hi = _interval_ratio(n, d)
        out = _judge_stated(s.value, s.unit, lo, hi)
        return out, '%s: %s/%s = [%s, %s] vs stated %s -> %s' % (
            rel, fnum(n[0]), fnum(d[0]), fnum(lo, 6), fnum(hi, 6), fnum(s.value, 6), out)
    if rel in ('growth', 'real_growth'):
        bare = c.get('bare_pct', False)
        s = parse_num(c['stated'], bare)
        b = operand(c['base'])
        cu = operand(c['cur'])
        lo, hi = _interval_ratio(cu, b)
        lo, hi = lo - 1, hi - 1
        t = c['sign'] * s.value
        if rel == 'growth':
            out = _judge_stated(t, s.unit, lo, hi)
            return out, 'growth: %s/%s-1 = [%s, %s] vs %s -> %s' % (
                fnum(cu[0]), fnum(b[0]), fnum(lo, 6), fnum(hi, 6), fnum(t, 6), out)
        blo = (1 + lo) / Fraction(110, 100) - 1
        bhi = (1 + hi) / Fraction(95, 100) - 1
        if blo <= t <= bhi:
            out = 'negative'
        elif _dist(t, blo, bhi) >= Fraction(5, 100):
            out = 'inconsistent'
        else:
            out = 'grey'
        return out, 'real_growth: nominal [%s, %s], band [%s, %s] vs %s -> %s' % (
            fnum(lo, 6), fnum(hi, 6), fnum(blo, 6), fnum(bhi, 6), fnum(t, 6), out)
    if rel == 'pp':
        s = parse_num(c['stated'])
        f = parse_num(c['from'])
        to = parse_num(c['to'])
        lo = (to.lo() - f.hi()) * 100
        hi = (to.hi() - f.lo()) * 100
        t = c['sign'] * s.value
        out = _judge_stated(t, s.unit, lo, hi)
        return out, 'pp: (%s-%s)x100 = [%s, %s] vs %s -> %s' % (
            fnum(to.value, 6), fnum(f.value, 6), fnum(lo), fnum(hi), fnum(t), out)
    if rel == 'sum100':
        bare = c.get('bare_pct', False)
        ns = [parse_num(p, bare) for p in c['parts']]
        S = sum((n.value for n in ns), Fraction(0))
        H = sum((n.half for n in ns), Fraction(0))
        U = max(n.unit for n in ns)
        one = Fraction(1)
        if S - H <= one <= S + H:
            out = 'consistent'
        elif S + H < one and c.get('mode') == 'partial':
            out = 'negative'
        elif _dist(one, S - H, S + H) >= 2 * U:
            out = 'inconsistent'
        else:
            out = 'grey'
        return out, 'sum100[%s]: shares sum %s%% (tol %s) -> %s' % (
            c.get('mode', 'exact'), fnum(S * 100), fnum(H * 100), out)
    if rel == 'overlap':
        W = parse_num(c['whole'])
        ps = [parse_num(p) for p in c['parts']]
        bad = [p.raw for p in ps if p.lo() > W.hi()]
        out = 'inconsistent' if bad else 'negative'
        return out, 'overlap: parts %s each <= whole %s -> %s' % (
            ','.join(fnum(p.value) for p in ps), fnum(W.value), out)
    if rel == 'approx':
        s = parse_num(c['stated']).value
        if 'parts' in c:
            e = operand(c['parts'])[0]
        else:
            e = operand(c['num'])[0] / operand(c['den'])[0]
        q = c['qual']
        if q == '约':
            ok = abs(e - s) <= e / 10
        elif q == '近':
            ok = s * Fraction(9, 10) <= e <= s
        else:
            ok = s <= e <= s * Fraction(13, 10)
        out = 'negative' if ok else 'grey'
        return out, 'approx[%s]: exact %s vs stated %s -> %s' % (q, fnum(e, 6), fnum(s, 6), out)
    if rel == 'none':
        return 'negative', 'none: %s (%s)' % ('/'.join(c['tokens']), c['why'])
    if rel == 'malformed':
        return 'malformed', 'malformed: %r' % c['token']
    raise ValueError('unknown rel %s' % rel)


def check_strings(c):
    rel = c['rel']
    out = []
    if rel == 'sum_eq':
        out += strings_of(c['whole']) + strings_of(c['parts'])
    elif rel == 'linear':
        out += [s for _, s in c['terms']] + [c['result']]
    elif rel == 'count':
        out += [c['stated']] + list(c['items'])
    elif rel in ('pct', 'quot'):
        out += [c['stated']] + strings_of(c['num']) + strings_of(c['den'])
    elif rel in ('growth', 'real_growth'):
        out += [c['stated']] + strings_of(c['base']) + strings_of(c['cur'])
    elif rel == 'pp':
        out += [c['stated'], c['from'], c['to']]
    elif rel == 'sum100':
        out += list(c['parts'])
    elif rel == 'overlap':
        out += [c['whole']] + list(c['parts'])
    elif rel == 'approx':
        out += [c['stated']]
        out += strings_of(c['parts']) if 'parts' in c else strings_of(c['num']) + strings_of(c['den'])
    elif rel == 'none':
        out += list(c['tokens'])
    elif rel == 'malformed':
        out += [c['token']]
    return out


def derive_label(text, checks):
    """Recompute a record's label from its checks. Returns (label or None, explanations, problems)."""
    problems = []
    for c in checks:
        for s in check_strings(c):
            if s not in text:
                problems.append('operand %r not in text' % s)
    outs, expl = [], []
    for c in checks:
        try:
            o, e = eval_check(c)
        except Exception as exc:  # noqa
            o, e = 'grey', 'error %s' % exc
        outs.append(o)
        expl.append(e)
    if not checks:
        problems.append('no checks')
    if 'grey' in outs:
        return None, expl, problems + ['grey check']
    if 'malformed' in outs:
        others = [o for o in outs if o != 'malformed']
        if any(o == 'inconsistent' for o in others):
            problems.append('malformed record whose other checks fail')
        return 'inconsistent', expl, problems
    if 'inconsistent' in outs:
        return 'inconsistent', expl, problems
    if 'negative' in outs:
        return 'negative', expl, problems
    return 'consistent', expl, problems


# ---------------------------------------------------------------------------
# Part 2. Formatting helpers and prose pools (all sentences invented for this set)
# ---------------------------------------------------------------------------

_HW2FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')


def fw(s):
    return s.translate(_HW2FW)


def sep_int(n, sep=''):
    s = str(n)
    if not sep or abs(n) < 1000:
        return s
    return '{:,}'.format(n).replace(',', sep)


CN_D = '零一二三四五六七八九'


def cn(n):
    """int (0..99999) -> Chinese numeral, 十二 / 一百零五 / 三千零二十."""
    if n < 10:
        return CN_D[n]
    if n < 20:
        return '十' + (CN_D[n % 10] if n % 10 else '')
    out = ''
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十'), (1, '')]
    zero = False
    started = False
    for v, name in units:
        d = n // v % 10 if v < 10000 else n // v
        if d:
            if zero and started:
                out += '零'
            out += CN_D[d] + name
            zero = False
            started = True
        elif started:
            zero = True
    return out


def cn_dec(intpart, digits):
    return cn(intpart) + ('点' + ''.join(CN_D[int(c)] for c in digits) if digits else '')


def dec(v, d):
    """integer v in units of 10^-d -> string."""
    neg = v < 0
    v = abs(v)
    if d == 0:
        s = str(v)
    else:
        s = '%d.%0*d' % (v // 10 ** d, d, v % 10 ** d)
    return ('-' if neg else '') + s


def dec_sep(v, d, sep):
    s = dec(v, d)
    if '.' in s:
        a, b = s.split('.')
        return sep_int(int(a), sep) + '.' + b
    return sep_int(int(s), sep)


def rnd(x, d):
    """round half up of a Fraction/float x to d decimals -> integer in units 10^-d."""
    x = Fraction(x) * 10 ** d
    return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def pick_sep(rng):
    return pick(rng, ['', '', '', ',', ',', '，', ' '])


YEARS = [2019, 2020, 2021, 2022, 2023, 2024]

PLACE_A = list('青临云石南清永和新龙桃柳梅松安平兴宁泰丰长乐盛瑞金白')
PLACE_B = list('溪源阳川岭林塘坪桥湾港台冈营埠渡洲')


def place(rng, kind=None):
    k = kind or pick(rng, ['县', '区', '镇', '街道', '乡', '市'])
    return pick(rng, PLACE_A) + pick(rng, PLACE_B) + k


def places(rng, n, kind):
    out = []
    tries = 0
    while len(out) < n and tries < 200:
        tries += 1
        p = place(rng, kind)
        if p not in out:
            out.append(p)
    return out


LEADS = ['今年以来，', '{y}年，', '上半年，', '一季度，', '截至6月底，', '报告期内，', '{y}年全年，',
         '1—9月，', '过去一年，', '本年度，', '截至{y}年底，', '1—11月，', '', '', '']

PRE = [
    '我们坚持以人民为中心的发展思想，统筹推进各项工作。',
    '围绕年初确定的目标任务，各科室压实责任、协同发力。',
    '按照“早谋划、早部署、早见效”的要求，工作推进总体有序。',
    '在上级部门的精心指导下，全体干部职工攻坚克难、真抓实干。',
    '面对多重困难交织叠加的局面，全区上下稳住了基本盘。',
    '针对群众反映集中的难点问题，建立了清单化推进机制。',
    '坚持问题导向，实行每月调度、每季通报。',
    '聚焦基层所需所盼，持续补齐短板弱项。',
    '着眼长效常治，进一步完善了台账管理制度。',
    '对照年度考核指标，逐项细化分解到科室和责任人。',
    '今年是实施“十四五”规划承上启下的关键一年。',
    '全局上下凝心聚力，各项主要指标稳中有进。',
    '我们把稳增长摆在更加突出的位置，狠抓政策落地见效。',
    '围绕“项目提速年”部署，强化要素保障。',
    '坚持尽力而为、量力而行，民生支出保持较高水平。',
]

POST = [
    '相关工作得到上级部门充分肯定。',
    '群众获得感、幸福感进一步增强。',
    '为完成全年目标任务打下了较好基础。',
    '下一步将继续巩固提升。',
    '工作中也存在推进不平衡等问题，需要在下阶段着力解决。',
    '有关情况已按程序报送。',
    '以上数据以统计部门最终核定为准。',
    '整体进度符合序时要求。',
    '后续将加强跟踪问效，确保取得实效。',
    '上述事项均已建立台账、实行销号管理。',
    '同时，我们注重总结经验，形成了一批可复制的做法。',
    '这些成绩的取得，离不开各方面的大力支持。',
]

HEADINGS = ['（一）坚持民生优先，兜牢基本保障', '二、主要指标完成情况', '（三）强化要素保障，项目建设提速增效',
            '三、财政收支情况', '（二）社会事业稳步发展', '一、上半年工作回顾', '（四）平安建设扎实推进',
            '（五）深化改革创新，激发发展活力', '二、重点工作推进情况', '（二）聚焦基层治理，提升服务效能',
            '四、存在的问题', '一、{y}年工作完成情况', '（六）生态环境持续改善']


def lead(rng, y):
    return pick(rng, LEADS).replace('{y}', str(y))


def wrap(rng, claim, y=None, heading_p=0.25):
    """Put the checked claim inside 1-4 sentences of ordinary prose."""
    y = y or pick(rng, YEARS)
    parts = []
    r = rng.random()
    if r < 0.35:
        parts.append(pick(rng, PRE))
    parts.append(claim)
    r = rng.random()
    if r < 0.45:
        parts.append(pick(rng, POST))
        if rng.random() < 0.2:
            q = pick(rng, POST)
            if q not in parts:
                parts.append(q)
    body = ''.join(parts)
    if rng.random() < heading_p:
        body = pick(rng, HEADINGS).replace('{y}', str(y)) + '\n' + body
    return body


def rand_parts(rng, k, lo, hi, skew=True):
    out = []
    for i in range(k):
        if skew:
            w = rng.random() ** 1.6
            out.append(max(1, int(lo + (hi - lo) * w)))
        else:
            out.append(rng.randint(lo, hi))
    return out


def transpose_digits(n):
    """swap two adjacent different digits of int n (keeps digit count) or None."""
    s = str(n)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
    if not idx:
        return None
    i = idx[len(idx) // 2] if len(idx) > 1 else idx[0]
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return int(t)


def transpose_rand(rng, n):
    s = str(n)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
    if not idx:
        return None
    i = pick(rng, idx)
    return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])


def mistype(rng, n):
    """change one digit of n (not the leading one to zero)."""
    s = str(n)
    if len(s) == 1:
        return n + pick(rng, [1, 2, 3]) if n < 7 else n - 2
    i = rng.randrange(len(s))
    choices = [d for d in '0123456789' if d != s[i] and not (i == 0 and d == '0')]
    return int(s[:i] + pick(rng, choices) + s[i + 1:])


def corrupt_sum(rng, parts, partial=False):
    """Return (parts2, total2, desc) with an error of a kind real documents have.
    partial=True: the error must make the parts exceed the total."""
    total = sum(parts)
    k = len(parts)
    j = rng.randrange(k)
    kinds = ['transpose_total', 'mistype_part', 'drop_part', 'double_part', 'stale_total', 'mistype_total']
    if partial:
        kinds = ['drop_part', 'mistype_part_up', 'stale_total_low', 'transpose_total']
    if k == 2:
        kinds = [x for x in kinds if x != 'drop_part']
    kd = pick(rng, kinds)
    p2 = list(parts)
    if kd == 'transpose_total':
        t2 = transpose_rand(rng, total)
        if t2 is None or t2 == total:
            return None
        return p2, t2, 'digits of the total transposed (%d written as %d)' % (total, t2)
    if kd == 'mistype_total':
        t2 = mistype(rng, total)
        return p2, t2, 'one digit of the total mistyped (%d written as %d)' % (total, t2)
    if kd == 'mistype_part':
        v = mistype(rng, parts[j])
        if v <= 0:
            return None
        p2[j] = v
        return p2, total, 'part %d mistyped (%d written as %d), total left as computed' % (j + 1, parts[j], v)
    if kd == 'mistype_part_up':
        v = mistype(rng, parts[j])
        if v <= parts[j]:
            v = parts[j] + max(1, parts[j] // 3)
        p2[j] = v
        return p2, total, 'part %d mistyped upward (%d written as %d)' % (j + 1, parts[j], v)
    if kd == 'drop_part':
        return p2, total - parts[j], 'total omits part %d (%d)' % (j + 1, parts[j])
    if kd == 'double_part':
        return p2, total + parts[j], 'part %d counted twice in the total' % (j + 1)
    if kd == 'stale_total':
        d = max(1, int(total * rng.uniform(0.02, 0.12)))
        t2 = total + pick(rng, [-1, 1]) * d
        return p2, t2, 'stale total %d left after a part changed (parts sum %d)' % (t2, total)
    if kd == 'stale_total_low':
        d = max(1, int(total * rng.uniform(0.02, 0.12)))
        return p2, total - d, 'stale total %d below the parts (sum %d)' % (total - d, total)
    return None


# ---------------------------------------------------------------------------
# Part 3. Check constructors and style registry
# ---------------------------------------------------------------------------

STYLES = OrderedDict()   # (family, style) -> (labels, fn)


def style(family, name, labels):
    def deco(fn):
        STYLES[(family, name)] = (labels, fn)
        return fn
    return deco


def c_sum(whole, parts, mode='exact'):
    return {'rel': 'sum_eq', 'whole': whole, 'parts': parts, 'mode': mode}


def c_lin(terms, result):
    return {'rel': 'linear', 'terms': [list(t) for t in terms], 'result': result}


def c_count(stated, items, deng=False):
    d = {'rel': 'count', 'stated': stated, 'items': items}
    if deng:
        d['mode'] = 'deng'
    return d


def c_pct(stated, num, den, bare=False):
    d = {'rel': 'pct', 'stated': stated, 'num': num, 'den': den}
    if bare:
        d['bare_pct'] = True
    return d


def c_growth(stated, sign, base, cur, real=False):
    return {'rel': 'real_growth' if real else 'growth', 'stated': stated, 'sign': sign, 'base': base, 'cur': cur}


def c_pp(stated, sign, frm, to):
    return {'rel': 'pp', 'stated': stated, 'sign': sign, 'from': frm, 'to': to}


def c_s100(parts, mode='exact', bare=False):
    d = {'rel': 'sum100', 'parts': parts, 'mode': mode}
    if bare:
        d['bare_pct'] = True
    return d


def c_quot(stated, num, den):
    return {'rel': 'quot', 'stated': stated, 'num': num, 'den': den}


def c_overlap(whole, parts):
    return {'rel': 'overlap', 'whole': whole, 'parts': parts}


def c_approx(qual, stated, parts=None, num=None, den=None):
    d = {'rel': 'approx', 'qual': qual, 'stated': stated}
    if parts is not None:
        d['parts'] = parts
    else:
        d['num'], d['den'] = num, den
    return d


def c_none(tokens, why):
    return {'rel': 'none', 'tokens': tokens, 'why': why}


def c_mal(token):
    return {'rel': 'malformed', 'token': token}


def F(rng, n, sep=None, fwp=0.04):
    """exact integer as written in a report."""
    s = sep_int(n, pick_sep(rng) if sep is None else sep)
    if rng.random() < fwp:
        s = fw(s)
    return s


# topics for integer breakdowns: (whole phrase, unit, parts, part range)
TOPICS = [
    ('受理群众诉求', '件', ['咨询类', '求助类', '投诉类', '建议类', '举报类'], (40, 900)),
    ('新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], (30, 2600)),
    ('排查整治安全隐患', '处', ['一般隐患', '消防隐患', '燃气隐患', '交通隐患', '重大隐患'], (5, 600)),
    ('组织各类培训', '人次', ['党员干部', '农村实用人才', '退役军人', '返乡创业人员'], (60, 2400)),
    ('调处矛盾纠纷', '起', ['婚姻家庭纠纷', '邻里纠纷', '土地山林纠纷', '劳资纠纷', '物业纠纷'], (3, 260)),
    ('实施重点项目', '个', ['产业类项目', '基础设施类项目', '社会民生类项目', '生态环保类项目'], (3, 45)),
    ('办理政务服务事项', '件', ['即办件', '承诺件', '联办件', '上报件'], (120, 9800)),
    ('救助困难群众', '人次', ['低保对象', '特困人员', '临时救助对象', '残疾人'], (30, 3200)),
    ('查处各类违法案件', '件', ['食品类', '药品类', '价格类', '特种设备类', '广告类'], (2, 180)),
    ('办理人大代表建议和政协委员提案', '件', ['人大代表建议', '政协委员提案'], (20, 160)),
    ('招引签约项目', '个', ['工业项目', '商贸物流项目', '文旅项目', '现代农业项目'], (2, 30)),
    ('发展新党员', '名', ['农村', '机关事业单位', '非公企业', '社会组织'], (2, 60)),
    ('开展文化惠民演出', '场', ['送戏下乡', '广场文艺', '校园专场', '节庆活动'], (4, 120)),
    ('接收“12345”热线工单', '件', ['城市管理', '住房建设', '劳动保障', '交通运输', '市场监管'], (90, 4200)),
    ('完成农村危房改造', '户', ['拆除重建', '维修加固', '置换安置'], (8, 240)),
    ('清理整治河道', '公里', None, None),
]
TOPICS = [t for t in TOPICS if t[2]]


def topic_parts(rng, k_lo=2, k_hi=5):
    tp = pick(rng, TOPICS)
    names = tp[2]
    k = rng.randint(min(k_lo, len(names)), min(k_hi, len(names)))
    idx = sorted(rng.sample(range(len(names)), k))
    sel = [names[i] for i in idx]
    vals = rand_parts(rng, k, tp[3][0], tp[3][1])
    return tp, sel, vals


def joiner(rng):
    return pick(rng, ['、', '、', '，', '；'])


# ---------------------------------------------------------------------------
# Part 4. totals styles
# ---------------------------------------------------------------------------

def breakdown(rng, label, partial, k_lo=2, k_hi=5, tp_sel=None):
    tp, names, vals = tp_sel or topic_parts(rng, k_lo, k_hi)
    if label == 'consistent':
        return tp, names, vals, sum(vals), 'parts add up to the total'
    if label == 'negative':
        extra = max(1, int(sum(vals) * rng.uniform(0.05, 0.6)))
        return tp, names, vals, sum(vals) + extra, 'listed parts do not exhaust the whole (%d in other categories)' % extra
    r = corrupt_sum(rng, vals, partial=partial)
    if r is None:
        return None
    return tp, names, r[0], r[1], r[2]


def _parts_text(rng, names, strs, unit, jn=None, last_he=False):
    jn = jn or joiner(rng)
    segs = ['%s%s%s' % (n, s, unit) for n, s in zip(names, strs)]
    if last_he and len(segs) > 1:
        return jn.join(segs[:-1]) + '和' + segs[-1]
    return jn.join(segs)


@style('totals', 'tot_gong_qizhong', ['consistent', 'inconsistent', 'negative'])
def s_gong_qizhong(rng, label):
    r = breakdown(rng, label, True)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    y = pick(rng, YEARS)
    sep = pick_sep(rng)
    W = F(rng, whole, sep)
    P = [F(rng, v, sep) for v in vals]
    verb = pick(rng, ['共', '共计', '合计', '累计', '', '全年共'])
    claim = '%s%s%s%s%s，其中%s。' % (lead(rng, y), verb if verb != '全年共' else '', tp[0], W if verb != '全年共' else W, tp[1],
                                  _parts_text(rng, names, P, tp[1]))
    if verb == '全年共':
        claim = '%s全年共%s%s%s，其中%s。' % ('' if rng.random() < 0.5 else '%d年' % y, tp[0], W, tp[1], _parts_text(rng, names, P, tp[1]))
    return {'text': wrap(rng, claim, y), 'checks': [c_sum(W, P, 'partial')], 'desc': desc}


@style('totals', 'tot_colon_semicolon_qizhong', ['consistent', 'inconsistent', 'negative'])
def s_colon_semicolon(rng, label):
    r = breakdown(rng, label, True, 3, 5)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    y = pick(rng, YEARS)
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    lines = ['%s：%s%s' % (n, p, tp[1]) for n, p in zip(names, P)]
    if rng.random() < 0.5:
        body = '%s%s合计%s%s。其中：%s。' % (lead(rng, y), tp[0], W, tp[1], '；'.join(lines))
    else:
        body = '%s%s总计%s%s。其中：\n%s。' % (lead(rng, y), tp[0], W, tp[1], '；\n'.join(lines))
    return {'text': wrap(rng, body, y), 'checks': [c_sum(W, P, 'partial')], 'desc': desc}


@style('totals', 'tot_bracket_qizhong', ['consistent', 'inconsistent', 'negative'])
def s_bracket(rng, label):
    r = breakdown(rng, label, True, 2, 3)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    y = pick(rng, YEARS)
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    br = pick(rng, ['（其中%s）', '(其中%s)', '（其中：%s）'])
    inner = _parts_text(rng, names, P, tp[1], pick(rng, ['，', '、', '；']))
    claim = '%s%s%s%s%s，%s' % (lead(rng, y), tp[0], W, tp[1], br % inner,
                              pick(rng, ['办结率保持较高水平。', '均已录入系统。', '较上年有所增加。', '全部按时反馈。']))
    return {'text': wrap(rng, claim, y), 'checks': [c_sum(W, P, 'partial')], 'desc': desc}


@style('totals', 'tot_leiji_qizhong', ['consistent', 'inconsistent', 'negative'])
def s_leiji(rng, label):
    r = breakdown(rng, label, True, 2, 4)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    y = pick(rng, YEARS[2:])
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    start = pick(rng, ['“十四五”以来', '三年来', '自%d年以来' % (y - 2), '近年来'])
    claim = '%s，累计%s%s%s，其中%s。' % (start, tp[0], W, tp[1], _parts_text(rng, names, P, tp[1], last_he=rng.random() < 0.4))
    return {'text': wrap(rng, claim, y), 'checks': [c_sum(W, P, 'partial')], 'desc': desc}


@style('totals', 'tot_fenbiewei', ['consistent', 'inconsistent'])
def s_fenbiewei(rng, label):
    r = breakdown(rng, label, False, 2, 4)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    y = pick(rng, YEARS)
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    ns = '、'.join(names)
    if rng.random() < 0.5:
        claim = '%s%s%s，%s分别为%s%s。' % (lead(rng, y), tp[0], W + tp[1], ns, '、'.join(P), tp[1])
    else:
        claim = '%s%s分别%s%s%s，合计%s%s。' % (lead(rng, y), ns, pick(rng, ['为', '达到', '完成']), '、'.join(P), tp[1], W, tp[1])
    return {'text': wrap(rng, claim, y), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_parts_first', ['consistent', 'inconsistent'])
def s_parts_first(rng, label):
    r = breakdown(rng, label, False, 2, 5)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    y = pick(rng, YEARS)
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    segs = ['%s%s%s' % (n, pick(rng, ['', '']), p + tp[1]) for n, p in zip(names, P)]
    tail = pick(rng, ['，共计%s%s', '，总计%s%s', '，合计%s%s', '，共%s%s', '，以上共%s%s'])
    claim = '%s%s方面，%s%s。' % (lead(rng, y), tp[0], joiner(rng).join(segs), tail % (W, tp[1]))
    return {'text': wrap(rng, claim, y), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


def money_parts(rng, k, unit_dec, lo, hi):
    return [rng.randint(lo, hi) for _ in range(k)]


@style('totals', 'tot_youzucheng', ['consistent', 'inconsistent'])
def s_youzucheng(rng, label):
    names = pick(rng, [['中央预算内资金', '省级配套资金', '县级自筹资金'], ['政府专项债券', '银行贷款', '企业自筹'],
                       ['上级补助', '本级财政', '社会资本'], ['财政资金', '社会捐赠']])
    d = pick(rng, [2, 2, 1])
    vals = [rng.randint(5, 400) * (10 if d == 2 else 1) + rng.randint(0, 9) for _ in names]
    if rng.random() < 0.4:
        vals = [rng.randint(3000, 900000) // (10 if d == 1 else 1) for _ in names]
    whole = sum(vals)
    desc = 'parts add up to the total'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    mg = pick(rng, ['亿', '亿', '万'])
    W = dec(whole, d) + mg
    P = [dec(v, d) + mg for v in vals]
    proj = pick(rng, ['污水处理厂提标改造项目', '城乡供水一体化工程', '老旧小区改造项目', '中心学校教学楼建设项目', '农产品冷链物流园'])
    segs = ['%s%s元' % (n, p) for n, p in zip(names, P)]
    src = '、'.join(segs[:-1]) + '和' + segs[-1] if len(segs) > 1 else segs[0]
    claim = '%s总投资%s元，由%s组成。' % (proj, W, src)
    if rng.random() < 0.4:
        claim = '%s计划总投资%s元，资金由%s构成，目前已开工建设。' % (proj, W, src)
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_baokuo', ['consistent', 'inconsistent'])
def s_baokuo(rng, label):
    opts = [('全县共有各级各类学校', '所', ['幼儿园', '小学', '初级中学', '普通高中', '中等职业学校'], (2, 90)),
            ('全区医疗卫生机构', '个', ['医院', '乡镇卫生院', '社区卫生服务中心', '村卫生室'], (3, 220)),
            ('辖区养老服务设施', '处', ['养老院', '日间照料中心', '农村幸福院', '老年食堂'], (2, 60)),
            ('全市A级旅游景区', '家', ['5A级', '4A级', '3A级', '2A级'], (1, 30))]
    o = pick(rng, opts)
    k = rng.randint(2, len(o[2]))
    names = o[2][:k]
    tp = (o[0], o[1], names, o[3])
    r = breakdown(rng, label, False, tp_sel=(tp, names, rand_parts(rng, k, *o[3])))
    if not r:
        return None
    _, names, vals, whole, desc = r
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    claim = '%s%s%s，包括%s。' % (o[0], W, o[1], _parts_text(rng, names, P, o[1], last_he=rng.random() < 0.5))
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


BUDGET_ITEMS = ['一般公共服务', '公共安全', '教育', '科学技术', '文化旅游体育与传媒', '社会保障和就业', '卫生健康',
                '节能环保', '城乡社区', '农林水', '交通运输', '住房保障', '灾害防治及应急管理']


@style('totals', 'tot_table_tab', ['consistent', 'inconsistent'])
def s_table_tab(rng, label):
    k = rng.randint(4, 8)
    names = rng.sample(BUDGET_ITEMS, k)
    d = pick(rng, [2, 1, 0])
    vals = [rng.randint(300, 90000) for _ in names]
    whole = sum(vals)
    desc = 'table rows add up to 合计'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    y = pick(rng, YEARS)
    sep = pick(rng, ['\t', '\t\t', '  '])
    W = dec(whole, d)
    P = [dec(v, d) for v in vals]
    head = pick(rng, ['表%d  %d年一般公共预算支出执行情况' % (rng.randint(1, 6), y), '%d年部门支出决算明细' % y, '附表：支出分类汇总'])
    unit = pick(rng, ['（单位：万元）', '单位：万元', '（万元）'])
    lines = [head, unit, '项目%s金额' % sep]
    for n, p in zip(names, P):
        lines.append('%s%s%s' % (n, sep, p))
    lines.append('%s%s%s' % (pick(rng, ['合计', '合  计', '总计']), sep, W))
    text = '\n'.join(lines)
    if rng.random() < 0.5:
        text = pick(rng, PRE) + '\n' + text
    return {'text': text, 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_table_fullwidth', ['consistent', 'inconsistent'])
def s_table_fw(rng, label):
    k = rng.randint(3, 7)
    towns = places(rng, k, pick(rng, ['镇', '街道', '乡']))
    if len(towns) < k:
        return None
    vals = rand_parts(rng, k, 8, 900)
    whole = sum(vals)
    desc = 'table rows add up to 合计'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    col = pick(rng, ['新增市场主体（户）', '完成改厕（户）', '入库项目（个）', '参训人数（人）'])
    W = fw(str(whole))
    P = [fw(str(v)) for v in vals]
    lines = ['镇（街道）　　%s' % col]
    for t, p in zip(towns, P):
        lines.append('%s　　%s' % (t.ljust(5, '　'), p))
    lines.append('合　　计　　%s' % W)
    text = pick(rng, ['各镇（街道）完成情况如下：', '分地区情况见下表。', '具体如下：']) + '\n' + '\n'.join(lines)
    return {'text': text, 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_table_two_columns', ['consistent', 'inconsistent'])
def s_table_two(rng, label):
    k = rng.randint(3, 6)
    names = rng.sample(['税收收入', '非税收入', '国有资源有偿使用收入', '行政事业性收费', '罚没收入', '专项收入', '其他收入'], k)
    a = [rng.randint(200, 60000) for _ in names]
    b = [max(100, int(v * rng.uniform(0.8, 1.25))) for v in a]
    ta, tb = sum(a), sum(b)
    desc = 'both columns add up'
    if label == 'inconsistent':
        which = rng.randrange(2)
        r = corrupt_sum(rng, b if which else a)
        if not r:
            return None
        if which:
            b, tb = r[0], r[1]
        else:
            a, ta = r[0], r[1]
        desc = ('%s column: ' % ('本年' if which else '上年')) + r[2]
    d = pick(rng, [1, 2])
    y = pick(rng, YEARS)
    sep = pick(rng, ['\t', '    '])
    lines = ['单位：万元', '项目%s%d年%s%d年' % (sep, y - 1, sep, y)]
    for n, u, v in zip(names, a, b):
        lines.append('%s%s%s%s%s' % (n, sep, dec(u, d), sep, dec(v, d)))
    lines.append('合计%s%s%s%s' % (sep, dec(ta, d), sep, dec(tb, d)))
    checks = [c_sum(dec(ta, d), [dec(u, d) for u in a]), c_sum(dec(tb, d), [dec(v, d) for v in b])]
    text = '%d年收入构成对比表\n' % y + '\n'.join(lines)
    return {'text': text, 'checks': checks, 'desc': desc}


ACTIONS = ['强化政治引领', '夯实基层基础', '优化营商环境', '推动项目落地', '抓实安全生产', '改善人居环境', '兜牢民生底线',
           '深化作风建设', '提升服务效能', '加强队伍建设', '完善制度机制', '推进数字赋能', '加大招商力度', '守牢生态红线']


def _count_setup(rng, label):
    k = rng.randint(3, 7)
    if label == 'consistent':
        stated = k
        desc = '%d items listed under a stated count of %d' % (k, k)
    else:
        stated = k + pick(rng, [-1, 1, 1, 2])
        desc = 'stated count %d but %d items listed' % (stated, k)
    return k, stated, desc


ORD = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是']
CIRC = '①②③④⑤⑥⑦⑧⑨'


@style('totals', 'tot_count_yishi', ['consistent', 'inconsistent'])
def s_count_yishi(rng, label):
    k, st, desc = _count_setup(rng, label)
    acts = rng.sample(ACTIONS, k)
    S = cn(st) if rng.random() < 0.8 else str(st)
    segs = []
    for i, a in enumerate(acts):
        segs.append('%s%s，%s' % (ORD[i], a, pick(rng, ['取得阶段性成效', '建立了工作专班', '制定了实施方案', '形成了长效机制', '推动问题整改到位'])))
    claim = '%s重点抓好%s个方面工作：%s。' % (pick(rng, ['今年以来，', '围绕年度目标，', '']), S, '；'.join(segs))
    return {'text': wrap(rng, claim, heading_p=0.4), 'checks': [c_count(S, ORD[:k])], 'desc': desc}


@style('totals', 'tot_count_circled', ['consistent', 'inconsistent'])
def s_count_circled(rng, label):
    k, st, desc = _count_setup(rng, label)
    items = rng.sample(['推行“一窗通办”', '开通帮办代办', '实行容缺受理', '推广电子证照', '设立夜间服务窗口', '上线“掌上办”',
                        '开展上门服务', '建立首问负责制', '推行告知承诺制'], k)
    S = str(st) if rng.random() < 0.6 else cn(st)
    mk = [CIRC[i] for i in range(k)]
    sepl = pick(rng, ['；', '\n', '；\n'])
    claim = '推出便民服务举措%s项：%s。' % (S, sepl.join(m + it for m, it in zip(mk, items)))
    return {'text': wrap(rng, claim), 'checks': [c_count(S, mk)], 'desc': desc}


@style('totals', 'tot_count_paren_lines', ['consistent', 'inconsistent'])
def s_count_paren(rng, label):
    k, st, desc = _count_setup(rng, label)
    probs = rng.sample(['部分项目前期工作推进缓慢', '财政收支矛盾依然突出', '产业结构有待优化', '公共服务供给仍有短板',
                        '基层干部能力与新要求还有差距', '安全生产形势依然复杂', '招商引资质量不高', '村级集体经济基础薄弱'], k)
    S = cn(st)
    mk = ['（%d）' % (i + 1) for i in range(k)] if rng.random() < 0.5 else ['(%d)' % (i + 1) for i in range(k)]
    lines = ['%s%s。' % (m, p) for m, p in zip(mk, probs)]
    text = '%s\n工作中还存在以下%s个方面的问题：\n%s' % (pick(rng, ['四、存在的问题', '三、存在的困难和不足', '（三）问题与不足']), S,
                                            '\n'.join(lines))
    return {'text': text, 'checks': [c_count(S, mk)], 'desc': desc}


@style('totals', 'tot_count_quoted', ['consistent', 'inconsistent'])
def s_count_quoted(rng, label):
    k, st, desc = _count_setup(rng, label)
    k = min(k, 6)
    if label == 'consistent':
        st = k
    elif st == k:
        st = k + 1
    desc = '“%s项行动” naming %d actions' % (cn(st), k)
    acts = rng.sample(['清违拆临', '清河净岸', '文明交通', '平安校园', '净水护源', '治乱清障', '背街小巷提升', '农贸市场整治'], k)
    S = cn(st)
    items = ['“%s”行动' % a for a in acts] if rng.random() < 0.5 else ['%s行动' % a for a in acts]
    claim = '%s深入开展了“%s项行动”：%s，%s' % (lead(rng, pick(rng, YEARS)), S, '、'.join(items),
                                      pick(rng, ['城乡面貌明显改观。', '整治成效群众认可。', '累计投入人力物力较大。']))
    return {'text': wrap(rng, claim), 'checks': [c_count(S, items)], 'desc': desc}


@style('totals', 'tot_count_deng', ['consistent', 'inconsistent', 'negative'])
def s_count_deng(rng, label):
    k = rng.randint(3 if label == 'inconsistent' else 2, 5)
    if label == 'consistent':
        st = k
        desc = '%d items listed before 等%d个' % (k, k)
    elif label == 'negative':
        st = k + rng.randint(1, 9)
        desc = 'only %d examples listed before 等%d个 (fewer is fine)' % (k, st)
    else:
        st = k - rng.randint(1, k - 2)
        desc = '%d items listed but 等%d个' % (k, st)
    names = places(rng, k, '村')
    if len(names) < k:
        return None
    S = str(st) if rng.random() < 0.6 else cn(st)
    claim = '%s%s等%s个村%s。' % (lead(rng, pick(rng, YEARS)), '、'.join(names), S,
                              pick(rng, ['被评为市级美丽乡村示范村', '完成集体经济“消薄”任务', '实现生活污水治理全覆盖', '建成村级综合服务中心']))
    return {'text': wrap(rng, claim), 'checks': [c_count(S, names, deng=True)], 'desc': desc}


@style('totals', 'tot_cn_numeral_sum', ['consistent', 'inconsistent'])
def s_cn_sum(rng, label):
    tp = pick(rng, [('全镇辖', '个', ['行政村', '社区', '居委会']), ('召开会议', '次', ['党委会', '常务会', '专题会']),
                    ('开展督查', '次', ['综合督查', '专项督查', '暗访']), ('全乡设', '个', ['党总支', '党支部'])])
    k = len(tp[2])
    vals = [rng.randint(2, 40) for _ in range(k)]
    whole = sum(vals)
    desc = 'Chinese-numeral parts add up'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r or min(r[0]) <= 0 or r[1] <= 0:
            return None
        vals, whole, desc = r
    P = [cn(v) for v in vals]
    W = cn(whole)
    segs = ['%s%s%s' % (n, p, tp[1]) for n, p in zip(tp[2], P)]
    claim = '%s%s，共%s%s。' % (tp[0], '、'.join(segs), W, tp[1])
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


def corrupt_value(rng, v):
    kd = pick(rng, ['transpose', 'mistype', 'shift'])
    if kd == 'transpose':
        w = transpose_rand(rng, v)
        if w is None or w == v:
            return None
        return w, 'digits transposed (%d written as %d)' % (v, w)
    if kd == 'mistype':
        w = mistype(rng, v)
        return w, 'one digit mistyped (%d written as %d)' % (v, w)
    d = max(1, int(abs(v) * rng.uniform(0.03, 0.2)))
    w = v + pick(rng, [-1, 1]) * d
    return w, 'stale figure %d (should be %d)' % (w, v)


CHG_TOPICS = [('全市市场主体', '户', (20000, 260000)), ('城乡居民医保参保人数', '人', (50000, 900000)),
              ('规模以上工业企业', '家', (40, 900)), ('高新技术企业', '家', (12, 600)), ('养老机构床位', '张', (300, 9000)),
              ('农村集体经济收入超50万元的村', '个', (3, 120)), ('公共充电桩', '个', (200, 12000)),
              ('注册志愿者', '人', (2000, 90000))]


@style('totals', 'tot_change_youzengzhi', ['consistent', 'inconsistent'])
def s_change_to(rng, label):
    tp = pick(rng, CHG_TOPICS)
    a = rng.randint(*tp[2])
    up = rng.random() < 0.75
    b = int(a * (rng.uniform(1.03, 1.6) if up else rng.uniform(0.6, 0.97)))
    z = abs(b - a)
    desc = 'change equals difference'
    if label == 'inconsistent':
        r = corrupt_value(rng, z)
        if not r or r[0] <= 0:
            return None
        z, desc = r[0], 'stated change: ' + r[1]
    A, B, Z = F(rng, a), F(rng, b), F(rng, z)
    y = pick(rng, YEARS)
    if up:
        claim = '%s由%d年初的%s%s增加到%s%s，%s%s%s。' % (tp[0], y, A, tp[1], B, tp[1], pick(rng, ['增加', '净增', '新增']), Z, tp[1])
        terms = [('+', B), ('-', A)]
    else:
        claim = '%s由%s%s减少到%s%s，%s%s%s。' % (tp[0], A, tp[1], B, tp[1], pick(rng, ['减少', '下降', '压减']), Z, tp[1])
        terms = [('+', A), ('-', B)]
    return {'text': wrap(rng, claim, y), 'checks': [c_lin(terms, Z)], 'desc': desc}


@style('totals', 'tot_change_bishangnian', ['consistent', 'inconsistent'])
def s_change_bsn(rng, label):
    tp = pick(rng, [('完成固定资产投资', '亿元', 2), ('实现社会消费品零售总额', '亿元', 2), ('完成税收收入', '万元', 1),
                    ('实现农林牧渔业总产值', '亿元', 2), ('接待游客', '万人次', 1), ('实现进出口总额', '亿元', 2)])
    d = tp[2]
    a = rng.randint(300, 90000)
    up = rng.random() < 0.7
    b = int(a * (rng.uniform(1.02, 1.35) if up else rng.uniform(0.7, 0.98)))
    z = abs(b - a)
    desc = 'change equals difference of the two years'
    if label == 'inconsistent':
        r = corrupt_value(rng, z)
        if not r or r[0] <= 0:
            return None
        z, desc = r[0], 'stated change: ' + r[1]
    mg = tp[1][0]
    A, B, Z = dec(a, d) + mg, dec(b, d) + mg, dec(z, d) + mg
    y = pick(rng, YEARS)
    word = '增加' if up else '减少'
    if rng.random() < 0.5:
        claim = '%d年%s%s%s，比上年%s%s%s。上年同期为%s%s。' % (y, tp[0], B, tp[1][1:], word, Z, tp[1][1:], A, tp[1][1:])
    else:
        claim = '%d年%s%s%s，上年为%s%s，%s%s%s。' % (y, tp[0], B, tp[1][1:], A, tp[1][1:], '同比' + word, Z, tp[1][1:])
    terms = [('+', B), ('-', A)] if up else [('+', A), ('-', B)]
    return {'text': wrap(rng, claim, y), 'checks': [c_lin(terms, Z)], 'desc': desc}


@style('totals', 'tot_net_increase', ['consistent', 'inconsistent'])
def s_net(rng, label):
    tp = pick(rng, [('新设立企业', '注销企业', '户'), ('新登记个体工商户', '注销个体工商户', '户'), ('新增参保', '停保', '人'),
                    ('新增就业岗位', '流失岗位', '个'), ('新发展会员', '退出会员', '名')])
    a = rng.randint(80, 9000)
    b = int(a * rng.uniform(0.1, 0.8))
    c = a - b
    desc = 'net increase = new - exits'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            c = a + b
            desc = 'net figure adds exits instead of subtracting'
        else:
            r = corrupt_value(rng, c)
            if not r or r[0] <= 0:
                return None
            c, desc = r[0], 'net figure: ' + r[1]
    A, B, C = F(rng, a), F(rng, b), F(rng, c)
    claim = '%s%s%s%s，%s%s%s，净增%s%s。' % (lead(rng, pick(rng, YEARS)), tp[0], A, tp[2], tp[1], B, tp[2], C, tp[2])
    return {'text': wrap(rng, claim), 'checks': [c_lin([('+', A), ('-', B)], C)], 'desc': desc}


@style('totals', 'tot_decrease_wan', ['consistent', 'inconsistent'])
def s_decrease(rng, label):
    tp = pick(rng, ['“三公”经费支出', '会议费支出', '公务用车运行维护费', '一般性支出', '办公经费'])
    d = pick(rng, [2, 1])
    a = rng.randint(500, 90000)
    b = int(a * rng.uniform(0.6, 0.96))
    z = a - b
    desc = 'decrease = last year - this year'
    if label == 'inconsistent':
        r = corrupt_value(rng, z)
        if not r or r[0] <= 0:
            return None
        z, desc = r[0], 'stated decrease: ' + r[1]
    A, B, Z = dec(a, d) + '万', dec(b, d) + '万', dec(z, d) + '万'
    y = pick(rng, YEARS)
    claim = '%d年%s%s元，%d年为%s元，减少%s元，%s' % (y, tp, B, y - 1, A, Z,
                                             pick(rng, ['厉行节约要求有效落实。', '主要是严控公务活动规模。', '压减幅度超过预期。']))
    return {'text': wrap(rng, claim, y), 'checks': [c_lin([('+', A), ('-', B)], Z)], 'desc': desc}


@style('totals', 'tot_stock_flow', ['consistent', 'inconsistent'])
def s_stock_flow(rng, label):
    tp = pick(rng, [('在册市场主体', '新登记', '注销', '户'), ('在编人员', '新录用', '退休和调出', '人'),
                    ('低保对象', '新纳入', '退出', '人'), ('在库项目', '新入库', '出库', '个'), ('特困供养人员', '新增', '减少', '人')])
    a = rng.randint(100, 40000)
    b = int(a * rng.uniform(0.03, 0.4))
    c = int(a * rng.uniform(0.01, 0.3))
    e = a + b - c
    desc = 'opening + inflow - outflow = closing'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.25:
            e = a + b + c
            desc = 'outflow added instead of subtracted'
        elif kd < 0.45:
            e = a + b
            desc = 'outflow left out of the closing stock'
        else:
            r = corrupt_value(rng, e)
            if not r:
                return None
            e, desc = r[0], 'closing stock: ' + r[1]
    A, B, C, E = F(rng, a), F(rng, b), F(rng, c), F(rng, e)
    y = pick(rng, YEARS)
    if rng.random() < 0.5:
        claim = '年初%s%s%s，本年%s%s%s，%s%s%s，年末实有%s%s。' % (tp[0], A, tp[3], tp[1], B, tp[3], tp[2], C, tp[3], E, tp[3])
    else:
        claim = '截至%d年底，%s%s%s。其中全年%s%s%s、%s%s%s，上年末为%s%s。' % (y, tp[0], E, tp[3], tp[1], B, tp[3], tp[2], C, tp[3], A, tp[3])
    return {'text': wrap(rng, claim, y), 'checks': [c_lin([('+', A), ('+', B), ('-', C)], E)], 'desc': desc}


@style('totals', 'tot_income_expense', ['consistent', 'inconsistent'])
def s_inc_exp(rng, label):
    d = pick(rng, [2, 1])
    inc = rng.randint(2000, 900000)
    exp = int(inc * rng.uniform(0.6, 0.99))
    bal = inc - exp
    desc = 'income - expense = balance'
    if label == 'inconsistent':
        r = corrupt_value(rng, bal) if rng.random() < 0.7 else ((inc + exp), 'balance computed as income + expense')
        if not r or r[0] <= 0:
            return None
        bal, desc = r[0], 'balance: ' + r[1]
    I, E, B = dec(inc, d) + '万', dec(exp, d) + '万', dec(bal, d) + '万'
    who = pick(rng, ['机关事业单位养老保险基金', '城乡居民医保基金', '住房公积金', '工会经费', '村级集体经济'])
    claim = '%s全年收入%s元，支出%s元，当年%s%s元。' % (who, I, E, pick(rng, ['结余', '收支结余', '结存']), B)
    return {'text': wrap(rng, claim), 'checks': [c_lin([('+', I), ('-', E)], B)], 'desc': desc}


@style('totals', 'tot_balance_carry', ['consistent', 'inconsistent'])
def s_carry(rng, label):
    d = 2
    a = rng.randint(100, 50000)
    b = rng.randint(5000, 300000)
    c = int((a + b) * rng.uniform(0.7, 0.98))
    e = a + b - c
    desc = 'carried over + income - expense = closing balance'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            e = b - c
            desc = 'closing balance ignores the amount carried over'
        else:
            r = corrupt_value(rng, e)
            if not r or r[0] <= 0:
                return None
            e, desc = r[0], 'closing balance: ' + r[1]
    A, B, C, E = (dec(x, d) + '万' for x in (a, b, c, e))
    y = pick(rng, YEARS)
    claim = '%d年，上年结转%s元，本年收入%s元，本年支出%s元，年末滚存结余%s元。' % (y, A, B, C, E)
    if rng.random() < 0.4:
        claim = '三、财政收支情况\n上年结转资金%s元；本年度收入合计%s元；本年度支出合计%s元；年末结转和结余%s元。' % (A, B, C, E)
    return {'text': wrap(rng, claim, y, 0), 'checks': [c_lin([('+', A), ('+', B), ('-', C)], E)], 'desc': desc}


@style('totals', 'tot_monthly_cumulative', ['consistent', 'inconsistent'])
def s_monthly(rng, label):
    m = rng.randint(3, 11)
    d = pick(rng, [2, 1])
    tp = pick(rng, [('完成固定资产投资', '亿元'), ('实现规上工业产值', '亿元'), ('组织税收收入', '万元'), ('完成外贸进出口', '亿元')])
    prev = rng.randint(1000, 90000)
    cur = int(prev / (m - 1) * rng.uniform(0.7, 1.4))
    tot = prev + cur
    desc = 'cumulative to month m-1 + month m = cumulative to month m'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            tot = prev
            r = None
            desc = 'cumulative not updated after adding month %d' % m
        else:
            r = corrupt_value(rng, tot)
            if not r:
                return None
            tot, desc = r[0], 'cumulative: ' + r[1]
    mg = tp[1][0]
    P, C, T = dec(prev, d) + mg, dec(cur, d) + mg, dec(tot, d) + mg
    un = tp[1][1:]
    if rng.random() < 0.5:
        claim = '1—%d月累计%s%s%s。%d月当月%s%s%s，1—%d月累计达到%s%s。' % (m - 1, tp[0], P, un, m, tp[0], C, un, m, T, un)
    else:
        claim = '截至%d月底，全县累计%s%s%s，其中%d月%s%s；1—%d月累计为%s%s。' % (m, tp[0], T, un, m, C, un, m - 1, P, un)
    return {'text': wrap(rng, claim), 'checks': [c_lin([('+', P), ('+', C)], T)], 'desc': desc}


@style('totals', 'tot_two_sentences', ['consistent', 'inconsistent'])
def s_two_sent(rng, label):
    tp = pick(rng, [('新建城市社区综合服务站', '对老旧站点实施提升改造', '个'), ('新建农村公路', '改造提升县乡道', '公里'),
                    ('新建公办幼儿园', '改扩建公办幼儿园', '所'), ('新建口袋公园', '提质改造街头游园', '处')])
    a, b = rng.randint(3, 400), rng.randint(2, 300)
    whole = a + b
    desc = 'parts in two sentences add up'
    if label == 'inconsistent':
        r = corrupt_sum(rng, [a, b])
        if not r:
            return None
        (a, b), whole, desc = r[0], r[1], r[2]
    A, B, W = F(rng, a), F(rng, b), F(rng, whole)
    s1 = '全年%s%s%s，%s。' % (tp[0], A, tp[2], pick(rng, ['均已投入使用', '超额完成年度任务', '群众反响良好']))
    s2 = '同时，%s%s%s。' % (tp[1], B, tp[2])
    s3 = pick(rng, ['两项合计完成%s%s。', '新建和改造共计%s%s。', '全年共完成%s%s，居全市前列。'])
    claim = s1 + pick(rng, ['', pick(rng, PRE)]) + s2 + s3 % (W, tp[2])
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, [A, B], 'exact')], 'desc': desc}


@style('totals', 'tot_budget_sources', ['consistent', 'inconsistent'])
def s_budget(rng, label):
    d = pick(rng, [2, 1, 0])
    a = rng.randint(50, 60000)
    b = rng.randint(50, 60000)
    whole = a + b
    desc = 'budget = higher-level grant + own allocation'
    if label == 'inconsistent':
        r = corrupt_sum(rng, [a, b])
        if not r:
            return None
        (a, b), whole, desc = r[0], r[1], r[2]
    A, B, W = (dec(x, d) + '万' for x in (a, b, whole))
    what = pick(rng, ['乡村振兴衔接资金', '部门预算', '就业补助资金', '城乡环境整治专项经费', '义务教育保障经费'])
    if rng.random() < 0.5:
        claim = '%s年初预算%s元，资金来源为上级补助%s元、本级财政安排%s元。' % (what, W, A, B)
    else:
        claim = '安排%s%s元（上级补助%s元+本级安排%s元），已全部下达。' % (what, W, A, B)
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, [A, B], 'exact')], 'desc': desc}


@style('totals', 'tot_age_bands', ['consistent', 'inconsistent'])
def s_age(rng, label):
    tot = rng.randint(8000, 160000)
    a = int(tot * rng.uniform(0.12, 0.2))
    c = int(tot * rng.uniform(0.15, 0.3))
    b = tot - a - c
    vals = [a, b, c]
    whole = tot
    desc = 'age bands add up to the population'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    sep = pick_sep(rng)
    P = [F(rng, v, sep) for v in vals]
    W = F(rng, whole, sep)
    who = pick(rng, ['户籍人口', '常住人口', '登记人口'])
    old65 = int(vals[2] * rng.uniform(0.6, 0.75))
    claim = '全%s%s%s人。按年龄分，0—14岁%s人，15—59岁%s人，60岁及以上%s人（其中65岁及以上%s人）。' % (
        pick(rng, ['镇', '乡', '街道', '县']), who, W, P[0], P[1], P[2], F(rng, old65, sep))
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_cases_by_type', ['consistent', 'inconsistent'])
def s_cases(rng, label):
    types = rng.sample(['盗窃', '电信网络诈骗', '故意伤害', '抢夺', '寻衅滋事', '危险驾驶', '非法吸收公众存款'], rng.randint(3, 5)) + ['其他']
    vals = rand_parts(rng, len(types), 2, 400)
    whole = sum(vals)
    desc = 'case types add up'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    P = [F(rng, v) for v in vals]
    W = F(rng, whole)
    segs = ['%s案件%s起' % (t, p) if t != '其他' else '其他案件%s起' % p for t, p in zip(types, P)]
    claim = '全年共立刑事案件%s起。按案件类型分，%s。' % (W, joiner(rng).join(segs))
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_mixed_yi_wan', ['consistent', 'inconsistent'])
def s_mixed(rng, label):
    k = rng.randint(2, 4)
    names = pick(rng, [['中央资金', '省级资金', '市级资金', '县级资金'], ['一般债券', '专项债券', '再融资债券', '抗疫特别国债']])[:k]
    vals = [rng.randint(800, 40000) for _ in range(k)]   # in 万
    whole = sum(vals)
    desc = 'parts in 万 and 亿 add up'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    P = []
    for v in vals:
        if v >= 10000 and rng.random() < 0.6:
            P.append(dec(rnd(Fraction(v, 10000), 2), 2) + '亿')
        else:
            P.append(sep_int(v, pick(rng, ['', ','])) + '万')
    W = dec(rnd(Fraction(whole, 10000), 2), 2) + '亿'
    segs = ['%s%s元' % (n, p) for n, p in zip(names, P)]
    claim = '%s争取上级%s%s元，包括%s。' % (lead(rng, pick(rng, YEARS)), pick(rng, ['各类资金', '补助资金', '债券资金']), W,
                                  '、'.join(segs[:-1]) + ('和' + segs[-1] if k > 1 else segs[-1]))
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_wan_parts_integer_whole', ['consistent', 'inconsistent'])
def s_wan_int(rng, label):
    tot = rng.randint(150000, 3000000)
    a = int(tot * rng.uniform(0.35, 0.75))
    b = tot - a
    desc = 'parts in 万 match the integer whole within rounding'
    A = dec(rnd(Fraction(a, 10000), 2), 2) + '万'
    B = dec(rnd(Fraction(b, 10000), 2), 2) + '万'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.5:
            w = transpose_rand(rng, tot)
            if not w:
                return None
            tot, desc = w, 'integer total with transposed digits'
        else:
            a2 = rnd(Fraction(a, 10000), 2)
            r = corrupt_value(rng, a2)
            if not r:
                return None
            A = dec(r[0], 2) + '万'
            desc = 'urban population in 万: ' + r[1]
    W = F(rng, tot)
    claim = '年末全%s常住人口%s人。城镇人口%s人，乡村人口%s人。' % (pick(rng, ['市', '县', '区']), W, A, B)
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, [A, B], 'exact')], 'desc': desc}


@style('totals', 'tot_mixed_separators', ['consistent', 'inconsistent'])
def s_seps(rng, label):
    tp, names, vals = topic_parts(rng, 3, 5)
    vals = [v * rng.randint(3, 40) + rng.randint(0, 999) for v in vals]
    r = breakdown(rng, label, False, tp_sel=(tp, names, vals))
    if not r:
        return None
    _, names, vals, whole, desc = r
    P = [sep_int(v, pick(rng, [',', '，', ' ', '', '\u2009'])) for v in vals]
    W = sep_int(whole, pick(rng, [',', '，', ' ']))
    if rng.random() < 0.3:
        P = [fw(x) if rng.random() < 0.5 else x for x in P]
    claim = '%s%s：%s，合计%s%s。' % (lead(rng, pick(rng, YEARS)), tp[0], _parts_text(rng, names, P, tp[1]), W, tp[1])
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc + '; mixed thousands separators'}


@style('totals', 'tot_linebreak_scrape', ['consistent', 'inconsistent'])
def s_linebreak(rng, label):
    r = breakdown(rng, label, rng.random() < 0.5 and False, 2, 4)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    vals = list(vals)
    W = str(whole)
    P = [str(v) for v in vals]
    cand = [i for i, x in enumerate([W] + P) if len(x) >= 2]
    if not cand:
        return None
    j = pick(rng, cand)
    allv = [W] + P
    x = allv[j]
    cut = rng.randint(1, len(x) - 1)
    allv[j] = x[:cut] + pick(rng, ['\n', '\n', ' \n', '\n\n']) + x[cut:]
    W, P = allv[0], allv[1:]
    claim = '%s%s，合计%s%s，%s。' % (lead(rng, pick(rng, YEARS)), _parts_text(rng, names, P, tp[1], '，'), W, tp[1],
                                  pick(rng, ['均按要求完成', '较好完成了年度任务', '各项工作有序推进']))
    claim = tp[0] + '情况如下：' + claim
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')],
            'desc': desc + '; a number is broken across lines by the scraper'}


@style('totals', 'tot_partial_zhuyao', ['negative', 'inconsistent'])
def s_zhuyao(rng, label):
    r = breakdown(rng, label, True, 2, 4)
    if not r:
        return None
    tp, names, vals, whole, desc = r
    W = F(rng, whole)
    P = [F(rng, v) for v in vals]
    kw = pick(rng, ['主要有', '主要包括', '重点是', '以下列几类为主：'])
    claim = '%s%s%s%s，%s%s。' % (lead(rng, pick(rng, YEARS)), tp[0], W, tp[1], kw, _parts_text(rng, names, P, tp[1]))
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'partial')], 'desc': desc}


@style('totals', 'tot_two_level', ['consistent', 'inconsistent'])
def s_two_level(rng, label):
    a1, a2, a3 = rng.randint(2, 30), rng.randint(1, 20), rng.randint(1, 15)
    pub = a1 + a2 + a3
    priv = rng.randint(3, 60)
    tot = pub + priv
    desc = 'both levels add up'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            r = corrupt_sum(rng, [pub, priv])
            if not r:
                return None
            (pub_s, priv), tot, desc = r[0], r[1], 'top level: ' + r[2]
            if pub_s != pub:
                return None
        else:
            r = corrupt_sum(rng, [a1, a2, a3])
            if not r:
                return None
            (a1, a2, a3), pub2, desc = r[0], r[1], 'second level: ' + r[2]
            tot = pub2 + priv
            pub = pub2
    T, PU, PR = F(rng, tot), F(rng, pub), F(rng, priv)
    A = [F(rng, x) for x in (a1, a2, a3)]
    claim = ('全区共有养老机构%s家，分为公办%s家和民办%s家；公办机构中，乡镇敬老院%s家、社会福利中心%s家、'
             '区级养老院%s家。') % (T, PU, PR, A[0], A[1], A[2])
    checks = [c_sum(T, [PU, PR]), c_sum(PU, A)]
    return {'text': wrap(rng, claim), 'checks': checks, 'desc': desc}


@style('totals', 'tot_two_breakdowns', ['consistent', 'inconsistent'])
def s_two_bd(rng, label):
    tot = rng.randint(200, 6000)
    a = int(tot * rng.uniform(0.3, 0.7))
    b = tot - a
    x = int(tot * rng.uniform(0.2, 0.5))
    y_ = int(tot * rng.uniform(0.1, 0.4))
    z = tot - x - y_
    desc = 'both breakdowns of the same whole add up'
    if label == 'inconsistent':
        r = corrupt_sum(rng, [x, y_, z])
        if not r or r[1] != tot and rng.random() < 0.0:
            return None
        (x, y_, z), t2, desc = r[0], r[1], 'second breakdown: ' + r[2]
        if t2 != tot:
            # error sits in the total: make it the by-source part wrong instead
            diff = t2 - tot
            z = z - diff
            if z <= 0:
                return None
            desc = 'second breakdown does not match the whole (a part off by %d)' % (-diff)
    T = F(rng, tot)
    A, B = F(rng, a), F(rng, b)
    X, Y, Z = F(rng, x), F(rng, y_), F(rng, z)
    claim = ('全年受理信访事项%s件。从渠道看，来信来访%s件、网上信访%s件；从内容看，涉及城乡建设%s件、'
             '劳动社保%s件、其他事项%s件。') % (T, A, B, X, Y, Z)
    return {'text': wrap(rng, claim), 'checks': [c_sum(T, [A, B]), c_sum(T, [X, Y, Z])], 'desc': desc}


@style('totals', 'tot_multi_year', ['consistent', 'inconsistent'])
def s_multi_year(rng, label):
    y = pick(rng, YEARS[2:])
    k = rng.randint(3, 5)
    yrs = list(range(y - k + 1, y + 1))
    tp = pick(rng, [('完成高标准农田建设', '万亩', 1), ('新增城镇就业', '人', 0), ('改造老旧小区', '个', 0), ('植树造林', '万亩', 2)])
    vals = [rng.randint(20, 9000) for _ in yrs]
    whole = sum(vals)
    desc = 'yearly figures add up to the cumulative total'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    mg = '万' if tp[1].startswith('万') else ''
    un = tp[1][1:] if mg else tp[1]
    P = [dec(v, tp[2]) + mg for v in vals]
    W = dec(whole, tp[2]) + mg
    if rng.random() < 0.5:
        claim = '%s分别%s%s%s，%d年来累计%s%s%s。' % ('、'.join('%d年' % t for t in yrs), tp[0], '、'.join(P), un, k, tp[0][2:], W, un)
    else:
        claim = '%d—%d年累计%s%s%s，其中%s。' % (yrs[0], y, tp[0], W, un, '，'.join('%d年%s%s' % (t, p, un) for t, p in zip(yrs, P)))
    mode = 'exact'
    chk = c_sum(W, P, mode)
    if '其中' in claim and label == 'inconsistent':
        if sum(parse_num(p).value for p in P) <= parse_num(W).value:
            return None
    if '其中' in claim:
        chk['mode'] = 'partial'
    return {'text': wrap(rng, claim, y), 'checks': [chk], 'desc': desc}


@style('totals', 'tot_per_town_long', ['consistent', 'inconsistent'])
def s_towns(rng, label):
    k = rng.randint(6, 11)
    towns = places(rng, k, pick(rng, ['镇', '乡', '街道']))
    if len(towns) < k:
        return None
    vals = rand_parts(rng, k, 1, 80)
    whole = sum(vals)
    desc = 'town figures add up'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r or min(r[0]) <= 0:
            return None
        vals, whole, desc = r
    P = [str(v) for v in vals]
    W = str(whole)
    un = pick(rng, ['个', '家', '处'])
    what = pick(rng, ['建成新时代文明实践站', '新增规上企业', '整治“散乱污”企业', '建成村级电商服务点'])
    claim = '%s全县%s%s%s。分镇看，%s。' % (lead(rng, pick(rng, YEARS)), what, W, un,
                                    '，'.join('%s%s%s' % (t, p, un) for t, p in zip(towns, P)))
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


@style('totals', 'tot_staffing', ['consistent', 'inconsistent'])
def s_staff(rng, label):
    a = rng.randint(20, 600)
    b = rng.randint(0, max(1, a // 5))
    tot = a + b
    desc = 'establishment = filled + vacant'
    vals = [a, b]
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r or min(r[0]) < 0:
            return None
        vals, tot, desc = r
    T, A, B = str(tot), str(vals[0]), str(vals[1])
    claim = '单位核定%s编制%s名，实有在编人员%s名，空编%s名。' % (pick(rng, ['行政', '事业', '全额拨款事业']), T, A, B)
    return {'text': wrap(rng, claim), 'checks': [c_sum(T, [A, B])], 'desc': desc}


@style('totals', 'tot_yuan_wanyuan', ['consistent', 'inconsistent'])
def s_yuan_wan(rng, label):
    k = rng.randint(2, 4)
    names = rng.sample(['耕地地力保护补贴', '农机购置补贴', '生猪调出大县奖励', '稻谷目标价格补贴', '农业保险保费补贴'], k)
    vals = [rng.randint(2000, 500000) for _ in range(k)]  # units of 0.01万 (=100元)
    whole = sum(vals)
    desc = 'parts in 元 and 万元 add up'
    strs = []
    yuan_idx = rng.randrange(k)
    slip = label == 'inconsistent' and rng.random() < 0.5
    for i, v in enumerate(vals):
        if i == yuan_idx:
            strs.append(sep_int(v * 100, pick(rng, [',', ''])))   # v*100 yuan
        else:
            strs.append(dec(v, 2) + '万')
    wv = sum(vals)  # in units of 0.01万 (=100元)
    if label == 'inconsistent' and not slip:
        r = corrupt_value(rng, wv)
        if not r:
            return None
        wv, desc = r[0], 'total: ' + r[1]
    W = dec(wv, 2) + '万'
    if slip:
        strs[yuan_idx] = dec(vals[yuan_idx], 2)
        desc = 'part %d written without 万 (万 slip)' % (yuan_idx + 1)
    units = ['元' if i == yuan_idx else '元' for i in range(k)]
    segs = ['%s%s%s' % (n, s, u) for n, s, u in zip(names, strs, units)]
    claim = '全年发放%s资金%s元，其中%s。' % (pick(rng, ['惠农补贴', '强农惠农', '各类涉农补贴']), W, '、'.join(segs))
    claim = claim.replace('，其中', '，分别为', 1) if rng.random() < 0.5 else claim.replace('，其中', '。具体为：', 1)
    chk = c_sum(W, strs, 'exact')
    return {'text': wrap(rng, claim), 'checks': [chk], 'desc': desc}


@style('totals', 'tot_numbered_rows', ['consistent', 'inconsistent'])
def s_rows(rng, label):
    k = rng.randint(3, 6)
    items = rng.sample(['道路维修', '路灯安装', '雨污分流改造', '绿化补植', '健身器材更新', '监控设施建设', '停车位划设', '屋面防水'], k)
    d = pick(rng, [1, 2])
    vals = [rng.randint(50, 9000) for _ in range(k)]
    whole = sum(vals)
    desc = 'numbered rows add up to 以上合计'
    if label == 'inconsistent':
        r = corrupt_sum(rng, vals)
        if not r:
            return None
        vals, whole, desc = r
    P = [dec(v, d) + '万' for v in vals]
    W = dec(whole, d) + '万'
    mk = pick(rng, ['%d.', '%d、', '（%d）'])
    lines = ['%s%s项目，投资%s元；' % (mk % (i + 1), it, p) for i, (it, p) in enumerate(zip(items, P))]
    lines[-1] = lines[-1][:-1] + '。'
    text = '%s\n%s\n以上合计%s元。' % (pick(rng, ['二、民生实事项目资金安排', '附：小区改造项目清单', '社区微更新项目明细']), '\n'.join(lines), W)
    return {'text': text, 'checks': [c_sum(W, P, 'exact')], 'desc': desc}


# ---- totals: negatives -------------------------------------------------------

@style('totals', 'neg_overlap_groups', ['negative'])
def s_overlap(rng, label):
    tot = rng.randint(20, 3000)
    grp = pick(rng, [('全村党员', '名', ['女性党员', '35岁及以下党员', '大专及以上学历党员', '流动党员']),
                     ('新录用公务员', '人', ['女性', '研究生学历', '中共党员', '少数民族']),
                     ('村“两委”成员', '人', ['女性', '大专及以上学历', '致富带头人', '35岁以下'])])
    k = rng.randint(2, 4)
    names = grp[2][:k]
    fr = [rng.uniform(0.25, 0.75) for _ in names]
    if sum(fr) <= 1.05:
        fr[0] = 1.1 - sum(fr[1:]) if sum(fr[1:]) < 0.95 else fr[0]
    vals = [max(1, int(tot * f)) for f in fr]
    W = F(rng, tot)
    P = [F(rng, v) for v in vals]
    claim = '%s%s%s，其中%s。' % (grp[0], W, grp[1], '、'.join('%s%s%s' % (n, p, grp[1]) for n, p in zip(names, P)))
    return {'text': wrap(rng, claim), 'checks': [c_overlap(W, P)],
            'desc': 'overlapping groups of the same people (sum %d may exceed %d)' % (sum(vals), tot)}


@style('totals', 'neg_approx_total', ['negative'])
def s_approx_tot(rng, label):
    tp, names, vals = topic_parts(rng, 2, 4)
    e = sum(vals)
    q = pick(rng, ['约', '近', '超过', '逾', '余', '多'])
    if q == '约':
        s = e * rng.uniform(0.93, 1.07)
    elif q == '近':
        s = e / rng.uniform(0.91, 0.995)
    else:
        s = e / rng.uniform(1.01, 1.25)
    mag = 10 ** max(0, len(str(int(s))) - 2)
    s = int(round(s / mag) * mag) if q in ('约', '近') else int(s // mag * mag)
    if s <= 0:
        return None
    S = str(s)
    P = [F(rng, v) for v in vals]
    if q in ('余', '多'):
        tot_txt = '%s%s%s' % (S, q, tp[1])
    else:
        tot_txt = '%s%s%s' % (q, S, tp[1])
    claim = '%s%s%s，其中%s。' % (lead(rng, pick(rng, YEARS)), tp[0], tot_txt, _parts_text(rng, names, P, tp[1]))
    return {'text': wrap(rng, claim), 'checks': [c_approx(q, S, parts=P)], 'desc': 'approximate total (%s) compatible with parts sum %d' % (q, e)}


@style('totals', 'neg_docno_date_phone', ['negative'])
def s_docno(rng, label):
    y = pick(rng, YEARS)
    n = rng.randint(1, 60)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    org = pick(rng, ['县政府办', '区委办', '市财政局', '县人社局'])
    no = '〔%d〕%d号' % (y, n)
    phone = '0%d-%d' % (rng.randint(710, 799), rng.randint(2000000, 8999999))
    date = '%d年%d月%d日' % (y, m, d)
    hot = pick(rng, ['12345', '12315', '12348'])
    forms = [
        '根据《关于印发〈%s〉的通知》（%s发%s），%s起正式施行。咨询电话：%s。' % (
            pick(rng, ['城区停车管理办法', '稳就业若干措施', '村级事务管理规定']), org[:2], no, date, phone),
        '%s召开专题会议，传达学习%s文件精神，并于%s前完成自查。群众可拨打%s热线反映问题。' % (date, no, '%d月%d日' % (m, min(28, d + 10)), hot),
        '按照%s要求，第%d批次名单已于%s公示，联系电话%s。' % (org + no.replace('〔', '〔'), rng.randint(2, 9), date, phone),
    ]
    i = rng.randrange(len(forms))
    text = forms[i]
    toks = [t for t in [no, phone, date, hot] if t in text]
    return {'text': wrap(rng, text, y), 'checks': [c_none(toks, 'document number, date and phone number are not quantities')],
            'desc': 'document numbers / dates / phone numbers only'}


@style('totals', 'neg_range_target', ['negative'])
def s_range(rng, label):
    a = rng.randint(1, 30)
    b = a + rng.randint(2, 20)
    t = rng.randint(80, 99)
    n1, g1, c1 = rng.randint(100, 900), rng.randint(5, 8), rng.randint(5, 30)
    forms = [('对符合条件的农户每户补助%d—%d万元，力争年内完成%d户以上。' % (a, b, n1), ['%d—%d万元' % (a, b), '%d户以上' % n1]),
             ('计划用%d～%d年时间，将覆盖率提高到%d%%以上。' % (2, rng.randint(4, 5), t), ['%d%%以上' % t]),
             ('单个项目奖补%d万至%d万元不等，全年目标为新增%d家。' % (a, b, n1 // 10), ['%d万至%d万元' % (a, b), '%d家' % (n1 // 10)]),
             ('力争到%d年，城乡居民收入年均增长%d%%左右，村集体经营性收入全部达到%d万元以上。' % (
                 pick(rng, YEARS) + 2, g1, c1), ['%d%%左右' % g1, '%d万元以上' % c1]),
             ('每个社区配备网格员%d至%d名，服务半径控制在%d米以内。' % (a % 5 + 2, a % 5 + 6, rng.randint(3, 9) * 100), ['至'])]
    text, toks = pick(rng, forms)
    return {'text': wrap(rng, text), 'checks': [c_none(toks, 'ranges and targets are not checkable totals')],
            'desc': 'ranges / targets'}


@style('totals', 'neg_rounding_within_tol', ['negative'])
def s_round(rng, label):
    k = rng.randint(2, 4)
    mg = pick(rng, ['亿', '亿', '万'])
    d = pick(rng, [2, 1])
    exact = [rng.randint(10 ** (d + 1), 10 ** (d + 3)) * 10 + rng.randint(1, 9) for _ in range(k)]  # one more decimal
    parts_r = [rnd(Fraction(v, 10), 0) for v in exact]
    whole_r = rnd(Fraction(sum(exact), 10), 0)
    if sum(parts_r) == whole_r:
        return None
    P = [dec(v, d) + mg for v in parts_r]
    W = dec(whole_r, d) + mg
    names = rng.sample(['一产', '二产', '三产', '工业', '建筑业', '批零业', '住餐业', '金融业'], k)
    claim = '%s完成增加值%s元，%s。' % (pick(rng, ['全县', '全区', '园区']), W,
                                  '、'.join('%s%s元' % (n, p) for n, p in zip(names, P)).join(['分别为', '']) if False else
                                  '其中' + '、'.join('%s%s元' % (n, p) for n, p in zip(names, P)))
    claim = claim.replace('，其中', '。分行业看，', 1)
    return {'text': wrap(rng, claim), 'checks': [c_sum(W, P, 'exact'),
                                                c_none([W], 'rounded parts differ from the rounded total by %d unit(s) of the last digit: within tolerance' % abs(sum(parts_r) - whole_r))],
            'desc': 'parts rounded separately; sum differs from total only by rounding'}


@style('totals', 'neg_codes_plus_x', ['negative'])
def s_codes(rng, label):
    forms = [
        '推进“1+X”证书制度试点，新增%d个专业。' % rng.randint(2, 9),
        '建成5G基站%d个，实现城区全覆盖。' % rng.randint(80, 900),
        '构建“%d+X”产业体系，形成“%s”发展格局。' % (rng.randint(3, 7), pick(rng, ['一核两翼', '一城三区', '两带三园'])),
        '落实“十四五”规划纲要，完成中期评估。',
        '推广x86和ARM双架构政务云，迁移系统%d个。' % rng.randint(10, 80),
        '实施“%d+%d”帮扶机制，结对%d户。' % (rng.randint(1, 3), rng.randint(2, 5), rng.randint(20, 500)),
        '围绕“3060”目标，实施节能改造项目%d个。' % rng.randint(3, 30),
    ]
    k = rng.randint(1, 3)
    sel = rng.sample(forms, k)
    text = ''.join(sel)
    toks = re.findall(r'1\+X|\d\+X|5G|x86|十四五|\d\+\d|3060', text)
    if not toks:
        return None
    return {'text': wrap(rng, text), 'checks': [c_none(toks, 'codes and slogans (1+X, 5G, x86, 十四五) are not sums')],
            'desc': 'code-like tokens'}


# ---------------------------------------------------------------------------
# Part 5. pct styles
# ---------------------------------------------------------------------------

def pct_str(num, den, d, suffix='%'):
    v = rnd(Fraction(num) / Fraction(den) * 100, d)
    return dec(v, d) + suffix, v


def bad_rate(rng, v, d, num, den, alt_dens=()):
    """v: correct rate in units 10^-d percent. Returns (wrong v, desc)."""
    kinds = ['transpose', 'mistype', 'stale']
    if alt_dens:
        kinds += ['wrong_den', 'wrong_den']
    kd = pick(rng, kinds)
    if kd == 'transpose':
        w = transpose_rand(rng, v)
        if w is None:
            return None
        return w, 'rate digits transposed (%s written as %s)' % (dec(v, d), dec(w, d))
    if kd == 'mistype':
        w = mistype(rng, v)
        return w, 'one digit of the rate mistyped (%s written as %s)' % (dec(v, d), dec(w, d))
    if kd == 'stale':
        w = v + pick(rng, [-1, 1]) * rng.randint(15, 80) * 10 ** d // 10
        if w <= 0:
            return None
        return w, 'stale rate %s left over (correct %s)' % (dec(w, d), dec(v, d))
    ad = pick(rng, list(alt_dens))
    w = rnd(Fraction(num) / Fraction(ad) * 100, d)
    return w, 'rate computed on the wrong denominator %s (gives %s, correct %s)' % (ad, dec(w, d), dec(v, d))


RATE_TOPICS = [
    # (den phrase, num phrase, rate name, unit, den range, rate range)
    ('受理群众诉求', '办结', '办结率', '件', (200, 20000), (0.86, 1.0)),
    ('受理12345热线工单', '按期办结', '按期办结率', '件', (500, 60000), (0.8, 0.995)),
    ('抽检食品', '合格', '合格率', '批次', (120, 3000), (0.9, 0.999)),
    ('监测空气质量天数', '优良天数', '优良率', '天', (180, 366), (0.7, 0.97)),
    ('应参训党员', '实际参训', '参训率', '名', (100, 4000), (0.85, 1.0)),
    ('排查隐患', '整改到位', '整改率', '处', (50, 3000), (0.7, 1.0)),
    ('适龄儿童', '完成免疫接种', '接种率', '人', (800, 30000), (0.9, 0.995)),
    ('建档立卡监测户', '落实帮扶措施', '帮扶覆盖率', '户', (60, 2000), (0.85, 1.0)),
]


@style('pct', 'pct_banjie_rate', ['consistent', 'inconsistent'])
def p_banjie(rng, label):
    tp = pick(rng, RATE_TOPICS)
    den = rng.randint(*tp[4])
    num = int(den * rng.uniform(*tp[5]))
    d = pick(rng, [1, 1, 2, 0])
    S, v = pct_str(num, den, d)
    desc = 'rate = num/den'
    if label == 'inconsistent':
        r = bad_rate(rng, v, d, num, den)
        if not r:
            return None
        v, desc = r
        S = dec(v, d) + '%'
    sep = pick_sep(rng)
    N, D = F(rng, num, sep), F(rng, den, sep)
    form = rng.randrange(4)
    if form == 0:
        claim = '%s%s%s%s，%s%s%s，%s%s%s。' % (lead(rng, pick(rng, YEARS)), tp[0], D, tp[3], tp[1], N, tp[3], tp[2], pick(rng, ['达', '为', '达到', '']), S)
    elif form == 1:
        claim = '%s%s%s，%s率%s，共%s%s%s。' % (tp[0], D, tp[3], tp[2][:-1], S, tp[1], N, tp[3])
    elif form == 2:
        claim = '%s%s%s中，已%s%s%s，%s%s。' % (tp[0], D, tp[3], tp[1], N, tp[3], tp[2], S)
    else:
        claim = '%s%s%s%s（%s%s%s），%s%s。' % (lead(rng, pick(rng, YEARS)), tp[1], N, tp[3], pick(rng, ['共', '总计', '']) + tp[0], D, tp[3], tp[2], S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_zhanbi', ['consistent', 'inconsistent'])
def p_zhanbi(rng, label):
    tp = pick(rng, [('全县规上工业产值', '高新技术产业产值', '亿元', 2), ('一般公共预算支出', '民生支出', '亿元', 2),
                    ('社会消费品零售总额', '网络零售额', '亿元', 2), ('全区企业', '民营企业', '家', 0),
                    ('新增就业人数', '高校毕业生', '人', 0), ('税收收入', '制造业税收', '万元', 1)])
    d = tp[3]
    den = rng.randint(3000, 900000)
    other = rng.randint(int(den * 0.1), int(den * 0.4))
    num = int(den * rng.uniform(0.15, 0.85))
    if d == 0:
        den, num, other = den // 10 + 50, num // 10 + 1, other // 10 + 1
    sd = pick(rng, [1, 1, 2])
    mg = tp[2][0] if tp[2][0] in '万亿' else ''
    un = tp[2][1:] if mg else tp[2]
    D, N, O = dec(den, d) + mg, dec(num, d) + mg, dec(other, d) + mg
    v = rnd(Fraction(num, den) * 100, sd)
    desc = 'share = part/whole'
    if label == 'inconsistent':
        other = int(den * rng.uniform(0.78, 0.93))
        O = dec(other, d) + mg
        r = bad_rate(rng, v, sd, num, den, alt_dens=[other])
        if not r:
            return None
        v, desc = r
    S = dec(v, sd) + '%'
    if rng.random() < 0.5:
        claim = '%s%s%s，其中%s%s%s，占%s%s。' % (tp[0], D, un, tp[1], N, un, pick(rng, ['', '比']), S)
    else:
        claim = '%s%s%s，占%s（%s%s）的%s，%s' % (tp[1], N, un, tp[0], D, un, S, pick(rng, ['比重持续提高。', '较上年有所提升。', '结构进一步优化。']))
    if 'wrong denominator' in desc:
        claim += '上年%s为%s%s。' % (tp[0].replace('全县', '').replace('全区', ''), O, un)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_bizhong', ['consistent', 'inconsistent'])
def p_bizhong(rng, label):
    den = rng.randint(20000, 2000000)
    num = int(den * rng.uniform(0.05, 0.7))
    d = 2
    sd = pick(rng, [1, 2])
    v = rnd(Fraction(num, den) * 100, sd)
    desc = 'share = part/whole'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.25:
            w = rnd(Fraction(num, den) * 1000, sd)  # 万 slip in the share
            v, desc = w, 'share off by a factor of ten'
        else:
            r = bad_rate(rng, v, sd, num, den)
            if not r:
                return None
            v, desc = r
    what = pick(rng, [('数字经济核心产业增加值', '地区生产总值', '亿'), ('研发经费投入', '地区生产总值', '亿'),
                      ('教育支出', '一般公共预算支出', '万'), ('服务业增加值', '地区生产总值', '亿'), ('进口额', '进出口总额', '亿'),
                      ('民生支出', '一般公共预算支出', '亿')])
    mg = what[2]
    N, D = dec(num, d) + mg, dec(den, d) + mg
    S = dec(v, sd) + '%'
    if rng.random() < 0.5:
        claim = '%s%s元，占%s（%s元）的比重为%s。' % (what[0], N, what[1], D, S)
    else:
        claim = '%s%s元。%s%s元，占%s比重%s，%s' % (what[1], D, what[0], N, pick(rng, ['全市', '全县', '全区', '']), S,
                                          pick(rng, ['比上年提高。', '继续保持全省前列。', '']))
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_wancheng_rate', ['consistent', 'inconsistent'])
def p_wancheng(rng, label):
    d = 2
    plan = rng.randint(500, 90000)
    done = int(plan * rng.uniform(0.4, 1.15))
    sd = pick(rng, [1, 2, 0])
    v = rnd(Fraction(done, plan) * 100, sd)
    desc = 'completion rate = done/plan'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            w = rnd(Fraction(plan, done) * 100, sd)
            v, desc = w, 'rate inverted (plan/done)'
        else:
            r = bad_rate(rng, v, sd, done, plan)
            if not r:
                return None
            v, desc = r
    mg = pick(rng, ['亿', '万'])
    P, Dn = dec(plan, d) + mg, dec(done, d) + mg
    S = dec(v, sd) + '%'
    what = pick(rng, ['固定资产投资', '重点项目投资', '招商引资到位资金', '年度债券资金支出'])
    form = rng.randrange(3)
    if form == 0:
        claim = '%s完成%s%s元，为年度计划%s元的%s。' % (lead(rng, pick(rng, YEARS)), what, Dn, P, S)
    elif form == 1:
        claim = '年度%s计划%s元，实际完成%s元，完成率%s。' % (what, P, Dn, S)
    else:
        claim = '%s完成率%s（完成%s元/计划%s元）。' % (what, S, Dn, P)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, Dn, P)], 'desc': desc}


@style('pct', 'pct_hege_rate', ['consistent', 'inconsistent'])
def p_hege(rng, label):
    den = rng.randint(80, 6000)
    bad = rng.randint(1, max(2, den // 20))
    num = den - bad
    d = pick(rng, [1, 2])
    v = rnd(Fraction(num, den) * 100, d)
    desc = 'pass rate = passed/tested'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            w = rnd(Fraction(den - 2 * bad - 5, den) * 100, d)
            v, desc = w, 'rate computed after subtracting failures twice'
        else:
            r = bad_rate(rng, v, d, num, den)
            if not r:
                return None
            v, desc = r
    S = dec(v, d) + '%'
    what = pick(rng, [('抽检农产品', '批次'), ('检测建材', '组'), ('抽查计量器具', '台件'), ('抽检工业产品', '批次')])
    N, D, B = F(rng, num), F(rng, den), F(rng, bad)
    claim = '%s%s%s%s，合格%s%s，不合格%s%s，合格率%s。' % (lead(rng, pick(rng, YEARS)), what[0], D, what[1], N, what[1], B, what[1], S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D), c_sum(D, [N, B])], 'desc': desc}


@style('pct', 'pct_dabiao_rate', ['consistent', 'inconsistent'])
def p_dabiao(rng, label):
    den = rng.randint(6, 80)
    num = rng.randint(max(1, int(den * 0.6)), den)
    d = pick(rng, [1, 2, 0])
    v = rnd(Fraction(num, den) * 100, d)
    desc = 'rate = num/den'
    if label == 'inconsistent':
        r = bad_rate(rng, v, d, num, den, alt_dens=[den + rng.randint(2, 6)])
        if not r:
            return None
        v, desc = r
    S = dec(v, d) + '%'
    N, D = (cn(num), cn(den)) if rng.random() < 0.25 else (str(num), str(den))
    what = pick(rng, [('国省控监测断面', '个', '水质达到或优于Ⅲ类', '达标率'), ('集中式饮用水水源地', '处', '水质达标', '达标率'),
                      ('重点排污单位', '家', '稳定达标排放', '达标排放率')])
    claim = '全县%s%s%s，其中%s的%s%s，%s为%s。' % (what[0], D, what[1], what[2], N, what[1], what[3], S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_fugai_rate', ['consistent', 'inconsistent'])
def p_fugai(rng, label):
    den = rng.randint(12, 400)
    num = rng.randint(max(1, int(den * 0.5)), den)
    d = pick(rng, [1, 2, 0])
    v = rnd(Fraction(num, den) * 100, d)
    desc = 'coverage = covered/total'
    if label == 'inconsistent':
        r = bad_rate(rng, v, d, num, den, alt_dens=[num + rng.randint(1, 3)] if num < den - 3 else [])
        if not r:
            return None
        v, desc = r
    S = dec(v, d) + '%'
    what = pick(rng, ['建成村级综合服务站', '实现5G信号覆盖', '开通农村客运班线', '建成村级卫生室', '配备法律顾问'])
    if rng.random() < 0.5:
        claim = '全县%d个行政村中已有%d个%s，覆盖率%s。' % (den, num, what, S)
    else:
        claim = '%d个村（社区）%s，覆盖率达%s，全县共有村（社区）%d个。' % (num, what, S, den)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, str(num), str(den))], 'desc': desc}


@style('pct', 'pct_canbao_rate', ['consistent', 'inconsistent'])
def p_canbao(rng, label):
    den = rng.randint(1000, 50000)  # in 0.01万 units
    num = int(den * rng.uniform(0.9, 0.995))
    d = 2
    sd = pick(rng, [1, 2])
    v = rnd(Fraction(num, den) * 100, sd)
    desc = 'coverage = insured/eligible'
    if label == 'inconsistent':
        r = bad_rate(rng, v, sd, num, den)
        if not r:
            return None
        v, desc = r
    N, D = dec(num, d) + '万', dec(den, d) + '万'
    S = dec(v, sd) + '%'
    what = pick(rng, ['城乡居民基本医疗保险', '城乡居民基本养老保险', '基本医疗保险'])
    claim = '%s参保%s人，应参保人数%s人，参保率%s。' % (what, N, D, S)
    if rng.random() < 0.4:
        claim = '全市应参保人员%s人，已参加%s%s人，参保率稳定在%s。' % (D, what, N, S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_shiyong_rate', ['consistent', 'inconsistent'])
def p_shiyong(rng, label):
    if rng.random() < 0.5:
        den = rng.randint(60, 2000)
        num = int(den * rng.uniform(0.4, 0.95))
        N, D = str(num), str(den)
        what = '养老机构共有床位%s张，入住老人%s人，床位使用率%s。'
        order = 'DN'
    else:
        den = rng.randint(500, 90000)
        num = int(den * rng.uniform(0.3, 0.98))
        N, D = dec(num, 2) + '万', dec(den, 2) + '万'
        what = '下达衔接资金%s元，已支出%s元，资金使用率%s。'
        order = 'DN'
    d = pick(rng, [1, 2])
    v = rnd(Fraction(num, den) * 100, d)
    desc = 'usage = used/available'
    if label == 'inconsistent':
        r = bad_rate(rng, v, d, num, den)
        if not r:
            return None
        v, desc = r
    S = dec(v, d) + '%'
    claim = what % (D, N, S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


def growth_vals(rng, lo, hi, g_lo, g_hi):
    base = rng.randint(lo, hi)
    cur = int(base * (1 + rng.uniform(g_lo, g_hi)))
    return base, cur


def bad_growth(rng, v, d, base, cur):
    kd = pick(rng, ['transpose', 'mistype', 'stale', 'inverse', 'diff_over_cur'])
    if kd == 'inverse':
        w = rnd((Fraction(base, cur) - 1) * 100, d)
        return abs(w), 'growth computed as base/current - 1 (%s)' % dec(w, d)
    if kd == 'diff_over_cur':
        w = rnd((Fraction(cur - base, cur)) * 100, d)
        return abs(w), 'growth divided by the current value instead of the base (%s)' % dec(w, d)
    return bad_rate(rng, v, d, 0, 1) if kd != 'stale' else (
        v + pick(rng, [-1, 1]) * rng.randint(20, 60) * 10 ** d // 10,
        'stale growth rate (correct %s)' % dec(v, d))


@style('pct', 'pct_growth_tongbi', ['consistent', 'inconsistent'])
def p_growth(rng, label):
    d = pick(rng, [1, 1, 2])
    base, cur = growth_vals(rng, 2000, 200000, 0.01, 0.35)
    v = rnd((Fraction(cur, base) - 1) * 100, d)
    desc = 'growth = cur/base - 1'
    if label == 'inconsistent':
        r = bad_growth(rng, v, d, base, cur)
        if not r or r[0] <= 0 or r[0] == v:
            return None
        v, desc = r
    S = dec(v, d) + '%'
    what, mg = pick(rng, [('地区生产总值', '亿'), ('规上工业增加值', '亿'), ('一般公共预算收入', '亿'), ('一般公共预算收入', '万'),
                          ('社会消费品零售总额', '亿'), ('外贸进出口总额', '亿'), ('税收收入', '万'), ('旅游总收入', '万')])
    B, C = dec(base, 2) + mg, dec(cur, 2) + mg
    y = pick(rng, YEARS)
    word = pick(rng, ['同比增长', '比上年增长', '增长', '较上年增长'])
    form = rng.randrange(3)
    if form == 0:
        claim = '%d年实现%s%s元，%s%s（上年为%s元）。' % (y, what, C, word, S, B)
    elif form == 1:
        claim = '%s由上年的%s元增加到%s元，%s%s。' % (what, B, C, word, S)
    else:
        claim = '%s完成%s元，%s%s；%d年同期为%s元。' % (what, C, word, S, y - 1, B)
    return {'text': wrap(rng, claim, y), 'checks': [c_growth(S, 1, B, C)], 'desc': desc}


@style('pct', 'pct_growth_decline', ['consistent', 'inconsistent'])
def p_decline(rng, label):
    d = pick(rng, [1, 2])
    base = rng.randint(2000, 500000)
    cur = int(base * (1 - rng.uniform(0.02, 0.4)))
    v = rnd((1 - Fraction(cur, base)) * 100, d)
    desc = 'decline = 1 - cur/base'
    sign = -1
    word = pick(rng, ['下降', '同比下降', '比上年下降', '减少'])
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.4:
            word = pick(rng, ['增长', '同比增长'])
            sign = 1
            desc = 'growth sign wrong: a fall written as 增长'
        else:
            r = bad_rate(rng, v, d, 0, 1)
            if not r or r[0] <= 0:
                return None
            v, desc = r
    S = dec(v, d) + '%'
    what = pick(rng, [('生产安全事故起数', '起', 0), ('刑事案件发案数', '起', 0), ('万元GDP能耗', '吨标准煤', 3),
                      ('土地出让收入', '亿元', 2), ('信访总量', '件', 0)])
    if what[2] == 0:
        base, cur = rng.randint(12, 900), None
        cur = int(base * (1 - rng.uniform(0.05, 0.45)))
        vv = rnd((1 - Fraction(cur, base)) * 100, d)
        if label == 'consistent' or sign == 1:
            v = vv
        else:
            r = bad_rate(rng, vv, d, 0, 1)
            if not r or r[0] <= 0:
                return None
            v, desc = r
        S = dec(v, d) + '%'
        B, C = str(base), str(cur)
    elif what[2] == 3:
        base = rng.randint(300, 900)
        cur = int(base * (1 - rng.uniform(0.02, 0.12)))
        vv = rnd((1 - Fraction(cur, base)) * 100, d)
        if label == 'consistent' or sign == 1:
            v = vv
        else:
            r = bad_rate(rng, vv, d, 0, 1)
            if not r or r[0] <= 0:
                return None
            v, desc = r
        S = dec(v, d) + '%'
        B, C = dec(base, 3), dec(cur, 3)
    else:
        B, C = dec(base, 2) + '亿', dec(cur, 2) + '亿'
    un = what[1] if what[1] != '亿元' else '元'
    claim = '%s%s%s，上年为%s%s，%s%s。' % (what[0], C, un, B, un, word, S)
    return {'text': wrap(rng, claim), 'checks': [c_growth(S, sign, B, C)], 'desc': desc}


@style('pct', 'pct_growth_zengfu', ['consistent', 'inconsistent'])
def p_zengfu(rng, label):
    d = 1
    base, cur = growth_vals(rng, 500, 90000, -0.1, 0.3)
    g = (Fraction(cur, base) - 1) * 100
    v = rnd(abs(g), d)
    sign = 1 if g >= 0 else -1
    desc = 'growth = cur/base - 1'
    if label == 'inconsistent':
        r = bad_growth(rng, v, d, base, cur)
        if not r or r[0] <= 0 or r[0] == v:
            return None
        v, desc = r
    if v == 0:
        return None
    S = dec(v, d) + '%'
    B, C = dec(base, 1) + '万', dec(cur, 1) + '万'
    what = pick(rng, ['接待游客', '全社会用电量', '快递业务量', '货物运输量'])
    un = {'接待游客': '人次', '全社会用电量': '千瓦时', '快递业务量': '件', '货物运输量': '吨'}[what]
    y = pick(rng, YEARS)
    word = ('增幅' if sign > 0 else '降幅') if rng.random() < 0.5 else ('增速' if sign > 0 else '下降')
    claim = '%d年，%s%s%s。%s%d年该项指标为%s%s，%s%s。' % (y, what, C, un, pick(rng, ['', '从历史数据看，', '对比来看，']), y - 1, B, un,
                                              word if word not in ('增速',) else '增速为', S)
    return {'text': wrap(rng, claim, y), 'checks': [c_growth(S, sign, B, C)], 'desc': desc + '; values in two sentences'}


@style('pct', 'pct_growth_wan_yi', ['consistent', 'inconsistent'])
def p_growth_wy(rng, label):
    base = rng.randint(3000, 9900)  # 万 integer
    cur = int(base * (1 + rng.uniform(0.05, 0.6)))
    if cur < 10000:
        cur = 10000 + rng.randint(0, 3000)
    d = 1
    cur_yi = rnd(Fraction(cur, 10000), 2)
    v = rnd((Fraction(cur_yi, 100) * 10000 / base - 1) * 100, d)
    desc = 'growth across 万 and 亿'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.35:
            w = rnd((1 - Fraction(base, 1) / (Fraction(cur_yi, 100) * 10000)) * 100, d)
            desc = 'growth divided by the current value instead of the base'
            v = w
        else:
            r = bad_rate(rng, v, d, 0, 1)
            if not r or r[0] <= 0:
                return None
            v, desc = r
    S = dec(v, d) + '%'
    B = sep_int(base, pick(rng, ['', ','])) + '万'
    C = dec(cur_yi, 2) + '亿'
    what = pick(rng, ['村级集体经济收入', '文旅消费额', '农产品网络销售额', '科技型企业研发投入'])
    claim = '%s由%s元增至%s元，增长%s。' % (what, B, C, S)
    return {'text': wrap(rng, claim), 'checks': [c_growth(S, 1, B, C)], 'desc': desc}


@style('pct', 'pct_growth_amount_and_rate', ['consistent', 'inconsistent'])
def p_amt_rate(rng, label):
    d = 2
    base, cur = growth_vals(rng, 3000, 900000, 0.02, 0.3)
    z = cur - base
    v = rnd((Fraction(cur, base) - 1) * 100, 1)
    desc = 'increase and growth both consistent'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            r = corrupt_value(rng, z)
            if not r or r[0] <= 0:
                return None
            z, desc = r[0], 'increase amount: ' + r[1]
        else:
            r = bad_rate(rng, v, 1, 0, 1)
            if not r or r[0] <= 0:
                return None
            v, desc = r
    B, C, Z = dec(base, d) + '亿', dec(cur, d) + '亿', dec(z, d) + '亿'
    S = dec(v, 1) + '%'
    what = pick(rng, ['各项贷款余额', '住户存款余额', '农业总产值'])
    claim = '年末%s%s元，比年初增加%s元，增长%s。年初余额为%s元。' % (what, C, Z, S, B)
    return {'text': wrap(rng, claim), 'checks': [c_lin([('+', C), ('-', B)], Z), c_growth(S, 1, B, C)], 'desc': desc}


@style('pct', 'pct_real_growth', ['negative', 'inconsistent'])
def p_real(rng, label):
    base, cur = growth_vals(rng, 5000, 900000, 0.02, 0.15)
    nom = Fraction(cur, base) - 1
    if label == 'negative':
        defl = Fraction(rng.randint(-20, 60), 1000)
        real = (1 + nom) / (1 + defl) - 1
        desc = 'real growth at comparable prices, within the allowed price band'
    else:
        real = nom + Fraction(pick(rng, [-1, 1]) * rng.randint(80, 200), 1000)
        desc = 'real growth far outside any plausible price adjustment'
    v = rnd(abs(real) * 100, 1)
    sign = 1 if real >= 0 else -1
    if v == 0:
        return None
    S = dec(v, 1) + '%'
    B, C = dec(base, 2) + '亿', dec(cur, 2) + '亿'
    what = pick(rng, ['地区生产总值', '第三产业增加值', '规上工业增加值'])
    word = '增长' if sign > 0 else '下降'
    claim = '全年实现%s%s元，按可比价格计算，比上年%s%s。上年%s为%s元。' % (what, C, word, S, what, B)
    if rng.random() < 0.4:
        claim = '%s%s元，扣除价格因素实际%s%s（上年%s元）。' % (what, C, word, S, B)
    return {'text': wrap(rng, claim), 'checks': [c_growth(S, sign, B, C, real=True)], 'desc': desc}


@style('pct', 'pct_pp_rates', ['consistent', 'inconsistent'])
def p_pp(rng, label):
    d = 1
    a = rng.randint(300, 980)
    b = a + pick(rng, [-1, 1]) * rng.randint(3, 120)
    if not 10 <= b <= 1000:
        return None
    pts = abs(b - a)
    sign = 1 if b > a else -1
    desc = 'points = difference of the two rates'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.35:
            w = rnd(Fraction(abs(b - a), a) * 100, 1)
            desc = 'relative change written as points (confused percent and points)'
            pts = w
        elif kd < 0.6:
            sign = -sign
            desc = 'direction wrong (提高/下降 swapped)'
        else:
            r = corrupt_value(rng, pts)
            if not r or r[0] <= 0:
                return None
            pts, desc = r[0], 'points: ' + r[1]
    A, B = dec(a, d) + '%', dec(b, d) + '%'
    P = dec(pts, d)
    what = pick(rng, ['城镇化率', '研发投入强度', '森林覆盖率', '优良天数比例', '义务教育巩固率', '一般公共预算收入税收占比'])
    up, dn = pick(rng, [('提高', '下降'), ('上升', '回落'), ('提升', '降低')])
    claim = '%s达到%s，比上年%s%s个百分点，上年为%s。' % (what, B, up if sign > 0 else dn, P, A)
    if rng.random() < 0.5:
        claim = '%s由%s%s至%s，%s%s个百分点。' % (what, A, up if sign > 0 else dn, B, up if sign > 0 else dn, P)
    return {'text': wrap(rng, claim), 'checks': [c_pp(P, sign, A, B)], 'desc': desc}


@style('pct', 'pct_pp_huiluo', ['consistent', 'inconsistent'])
def p_huiluo(rng, label):
    a = rng.randint(40, 150)
    b = a - rng.randint(3, 40)
    pts = a - b
    desc = 'growth rate fell by the stated points'
    if label == 'inconsistent':
        r = corrupt_value(rng, pts) if rng.random() < 0.6 else (a + b, 'points computed as sum of the rates')
        if not r or r[0] <= 0:
            return None
        pts, desc = r[0], r[1]
    A, B, P = dec(a, 1) + '%', dec(b, 1) + '%', dec(pts, 1)
    what = pick(rng, ['规上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入'])
    claim = '%s增速为%s，较一季度的%s回落%s个百分点，%s' % (what, B, A, P, pick(rng, ['但仍高于全省平均水平。', '主要受大宗商品价格影响。', '下行压力有所加大。']))
    return {'text': wrap(rng, claim), 'checks': [c_pp(P, -1, A, B)], 'desc': desc}


def shares_from(rng, k, d):
    w = [rng.uniform(0.5, 5) for _ in range(k)]
    tot = sum(w)
    raw = [x / tot * 100 for x in w]
    vals = [rnd(Fraction(x).limit_denominator(10 ** 6), d) for x in raw]
    diff = 100 * 10 ** d - sum(vals)
    vals[-1] += diff  # largest-remainder style fix
    if min(vals) <= 0:
        return None
    return vals


@style('pct', 'pct_shares_sum100', ['consistent', 'inconsistent'])
def p_shares(rng, label):
    k = rng.randint(3, 5)
    d = pick(rng, [1, 1, 2])
    vals = shares_from(rng, k, d)
    if not vals:
        return None
    desc = 'shares of one whole add to 100%'
    if label == 'inconsistent':
        kd = rng.random()
        j = rng.randrange(k)
        if kd < 0.4:
            w = transpose_rand(rng, vals[j])
            if not w:
                return None
            desc = 'share %d digits transposed' % (j + 1)
            vals[j] = w
        elif kd < 0.7:
            vals[j] += rng.randint(3, 15) * 10 ** d
            desc = 'share %d stale (shares sum past 100%%)' % (j + 1)
        else:
            vals.append(vals[j])
            desc = 'one share repeated for an extra category'
    names = pick(rng, [['商品房', '保障性住房', '其他住房', '非住宅', '车位'], ['省内游客', '省外游客', '境外游客', '周边游', '研学'],
                       ['工业用地', '商服用地', '住宅用地', '公共设施用地', '其他用地']])
    names = names[:len(vals)] if len(vals) <= len(names) else names + ['其他'] * (len(vals) - len(names))
    S = [dec(v, d) + '%' for v in vals]
    claim = '从结构看，%s。' % '，'.join('%s占%s' % (n, s) for n, s in zip(names, S))
    if rng.random() < 0.4:
        claim = '按类型划分，%s分别占%s。' % ('、'.join(names), '、'.join(S))
    return {'text': wrap(rng, claim), 'checks': [c_s100(S, 'exact')], 'desc': desc}


@style('pct', 'pct_industry_ratio', ['consistent', 'inconsistent'])
def p_ind_ratio(rng, label):
    a = rng.randint(30, 250)
    b = rng.randint(250, 500)
    c = 1000 - a - b
    vals = [a, b, c]
    desc = 'structure ratio terms add to 100'
    if label == 'inconsistent':
        kd = rng.random()
        j = rng.randrange(3)
        if kd < 0.5:
            w = transpose_rand(rng, vals[j])
            if not w:
                return None
            vals[j] = w
            desc = 'term %d digits transposed' % (j + 1)
        else:
            vals[j] += pick(rng, [-1, 1]) * rng.randint(5, 40)
            desc = 'term %d updated, others stale' % (j + 1)
    S = [dec(v, 1) for v in vals]
    colon = pick(rng, [':', '：', ':'])
    ratio = colon.join(S)
    y = pick(rng, YEARS)
    claim = '三次产业结构%s%s调整为%s。' % (pick(rng, ['由上年的', '']), '', ratio)
    if '由上年的' in claim:
        claim = '三次产业结构比为%s，%s' % (ratio, pick(rng, ['服务业主导地位进一步巩固。', '产业结构持续优化。']))
    else:
        claim = '%d年，三次产业结构调整为%s。' % (y, ratio)
    return {'text': wrap(rng, claim, y), 'checks': [c_s100(S, 'exact', bare=True)], 'desc': desc}


@style('pct', 'pct_industry_values_shares', ['consistent', 'inconsistent'])
def p_ind_vals(rng, label):
    vals = [rng.randint(2000, 20000), rng.randint(15000, 90000), rng.randint(20000, 120000)]
    gdp = sum(vals)
    sh = [rnd(Fraction(v, gdp) * 100, 1) for v in vals]
    desc = 'each industry share = value/GDP'
    j = rng.randrange(3)
    if label == 'inconsistent':
        r = bad_rate(rng, sh[j], 1, vals[j], gdp, alt_dens=[gdp - vals[0]])
        if not r:
            return None
        sh[j], desc = r[0], 'industry %d: ' % (j + 1) + r[1]
    G = dec(gdp, 2) + '亿'
    V = [dec(v, 2) + '亿' for v in vals]
    S = [dec(s, 1) + '%' for s in sh]
    nm = ['第一产业', '第二产业', '第三产业']
    claim = '全年地区生产总值%s元。其中，%s。' % (G, '；'.join('%s增加值%s元，占%s' % (n, v, s) for n, v, s in zip(nm, V, S)))
    checks = [c_pct(S[i], V[i], G) for i in range(3)] + [c_sum(G, V, 'partial')]
    return {'text': wrap(rng, claim), 'checks': checks, 'desc': desc}


@style('pct', 'pct_per_capita', ['consistent', 'inconsistent'])
def p_percap(rng, label):
    pop = rng.randint(8000, 900000)   # 0.01万 units -> 80万..9000万? keep moderate
    pop = rng.randint(200, 9000)      # in 0.1万 units: 20万..900万
    gdp = int(pop * rng.uniform(3, 14) * 1000) // 1000 * rng.randint(1, 1)  # placeholder
    gdp = int(Fraction(pop, 10) * Fraction(rng.randint(30000, 140000), 10000) * 100)  # 0.01亿 units
    q = Fraction(gdp, 100) * 10 ** 8 / (Fraction(pop, 10) * 10 ** 4)   # yuan per person
    mode = pick(rng, ['wan', 'yuan'])
    if mode == 'wan':
        v = rnd(q / 10000, 2)
        sd, suf = 2, '万'
    else:
        v = rnd(q, 0)
        sd, suf = 0, ''
    desc = 'per capita = total/population'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            q2 = Fraction(gdp, 100) * 10 ** 8 / (Fraction(pop, 10) * 10 ** 4 * Fraction(rng.randint(105, 130), 100))
            v = rnd(q2 / 10000, 2) if mode == 'wan' else rnd(q2, 0)
            desc = 'per capita computed on a different (registered) population'
        else:
            r = corrupt_value(rng, v)
            if not r or r[0] <= 0:
                return None
            v, desc = r[0], 'per capita figure: ' + r[1]
    G = dec(gdp, 2) + '亿'
    P = dec(pop, 1) + '万'
    S = (dec(v, 2) + '万') if mode == 'wan' else sep_int(v, pick(rng, ['', ',']))
    claim = '全年实现地区生产总值%s元，年末常住人口%s人，人均地区生产总值%s元。' % (G, P, S)
    if rng.random() < 0.4:
        claim = '按常住人口%s人计算，人均地区生产总值%s元（地区生产总值%s元）。' % (P, S, G)
    return {'text': wrap(rng, claim), 'checks': [c_quot(S, G, P)], 'desc': desc}


@style('pct', 'pct_per_household', ['consistent', 'inconsistent'])
def p_perhh(rng, label):
    hh = rng.randint(80, 5000)
    amt = rng.randint(hh * 200, hh * 8000)  # yuan
    q = Fraction(amt, hh)
    mode = pick(rng, ['yuan', 'wan'])
    if mode == 'yuan':
        v = rnd(q, 0)
        S = str(v)
        A = dec(rnd(Fraction(amt, 10000), 2), 2) + '万'
    else:
        v = rnd(q / 10000, 2)
        S = dec(v, 2) + '万'
        A = dec(rnd(Fraction(amt, 10000), 2), 2) + '万'
    desc = 'per household = amount/households'
    if label == 'inconsistent':
        vv = v
        r = corrupt_value(rng, vv)
        if not r or r[0] <= 0:
            return None
        v, desc = r[0], 'per-household figure: ' + r[1]
        S = str(v) if mode == 'yuan' else dec(v, 2) + '万'
    H = F(rng, hh)
    what = pick(rng, ['发放产业奖补资金', '兑现生态补偿资金', '发放光伏收益分红', '落实危房改造补助'])
    claim = '全年%s%s元，惠及%s户，户均%s元。' % (what, A, H, S)
    return {'text': wrap(rng, claim), 'checks': [c_quot(S, A, H)], 'desc': desc}


@style('pct', 'pct_average_per', ['consistent', 'inconsistent'])
def p_avg(rng, label):
    den = rng.randint(5, 300)
    num = rng.randint(den * 2, den * 80)
    d = 1
    v = rnd(Fraction(num, den), d)
    desc = 'average = total/count'
    if label == 'inconsistent':
        r = corrupt_value(rng, v)
        if not r or r[0] <= 0:
            return None
        v, desc = r[0], 'average: ' + r[1]
    S = dec(v, d)
    tp = pick(rng, [('全县%s个村共开展志愿服务%s场次，平均每个村%s场次。'),
                    ('%s个执法中队全年办理案件%s件，平均每个中队%s件。'),
                    ('全市%s所学校配备心理辅导教师%s名，平均每校%s名。')])
    N, D = F(rng, num), str(den)
    if tp.startswith('全市'):
        if num / den > 20:
            return None
    claim = tp % (D, N, S)
    return {'text': wrap(rng, claim), 'checks': [c_quot(S, N, D)], 'desc': desc}


@style('pct', 'pct_times_last_year', ['consistent', 'inconsistent'])
def p_times(rng, label):
    base = rng.randint(200, 20000)
    cur = int(base * rng.uniform(1.3, 4.5))
    d = pick(rng, [1, 2])
    v = rnd(Fraction(cur, base), d)
    desc = 'multiple = cur/base'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.35:
            w = rnd(Fraction(cur - base, base), d)
            v, desc = w, 'growth multiple written as 是上年的…倍 (off by one)'
        else:
            r = corrupt_value(rng, v)
            if not r or r[0] <= 0:
                return None
            v, desc = r[0], 'multiple: ' + r[1]
    S = dec(v, d) + '倍'
    what = pick(rng, ['跨境电商交易额', '新能源汽车产量', '技术合同成交额', '直播电商销售额', '入境游客'])
    if '额' in what:
        B, C, un = dec(base, 1) + '万', dec(cur, 1) + '万', '元'
    else:
        B, C, un = F(rng, base), F(rng, cur), ('辆' if '汽车' in what else '人次')
    claim = '%s%s%s，是上年（%s%s）的%s。' % (what, C, un, B, un, S)
    return {'text': wrap(rng, claim), 'checks': [c_quot(S, C, B)], 'desc': desc}


@style('pct', 'pct_permille_rates', ['consistent', 'inconsistent'])
def p_permille(rng, label):
    pop = rng.randint(300, 9000)   # 0.1万 units
    popn = pop * 1000
    births = int(popn * rng.uniform(0.005, 0.012))
    deaths = int(popn * rng.uniform(0.005, 0.011))
    br = rnd(Fraction(births, popn) * 1000, 2)
    dr = rnd(Fraction(deaths, popn) * 1000, 2)
    nr = br - dr
    desc = 'birth and death rates match counts; natural rate = birth - death'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.4:
            r = corrupt_value(rng, abs(nr))
            if not r:
                return None
            nr = r[0] * (1 if nr >= 0 else -1)
            desc = 'natural growth rate: ' + r[1]
        else:
            r = bad_rate(rng, br, 2, births, popn)
            if not r or r[0] <= 0:
                return None
            br, desc = r[0], 'birth rate: ' + r[1]
            nr = rnd(Fraction(births, popn) * 1000, 2) - dr
    P = dec(pop, 1) + '万'
    B, Dd = F(rng, births), F(rng, deaths)
    BR, DR = dec(br, 2) + '‰', dec(dr, 2) + '‰'
    NR = dec(abs(nr), 2) + '‰'
    sign_word = '' if nr >= 0 else '负'
    claim = '全年出生人口%s人，出生率%s；死亡人口%s人，死亡率%s；人口自然增长率为%s%s。年末常住人口%s人。' % (B, BR, Dd, DR, sign_word, NR, P)
    checks = [c_pct(BR, B, P), c_pct(DR, Dd, P)]
    if nr >= 0:
        checks.append(c_lin([('+', BR), ('-', DR)], NR))
    else:
        checks.append(c_lin([('+', DR), ('-', BR)], NR))
    return {'text': wrap(rng, claim), 'checks': checks, 'desc': desc}


@style('pct', 'pct_chinese_baifenzhi', ['consistent', 'inconsistent'])
def p_cnpct(rng, label):
    den = rng.randint(20, 3000)
    num = int(den * rng.uniform(0.5, 0.99))
    d = pick(rng, [1, 0])
    v = rnd(Fraction(num, den) * 100, d)
    desc = 'rate written in Chinese = num/den'
    if label == 'inconsistent':
        r = bad_rate(rng, v, d, num, den)
        if not r or r[0] <= 0 or r[0] >= 100 * 10 ** d:
            return None
        v, desc = r
    s = dec(v, d)
    ip, dp = (s.split('.') + [''])[:2]
    S = '百分之' + cn_dec(int(ip), dp)
    N, D = cn(num) if num < 100 and rng.random() < 0.5 else str(num), str(den)
    claim = '参加测评的%s名群众中，表示“满意”的有%s名，满意率达%s。' % (D, N, S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_table_rates', ['consistent', 'inconsistent'])
def p_table(rng, label):
    k = rng.randint(3, 6)
    items = rng.sample(['地区生产总值', '固定资产投资', '一般公共预算收入', '社会消费品零售总额', '规上工业产值', '实际利用外资', '进出口总额'], k)
    plans = [rng.randint(500, 90000) for _ in items]
    dones = [int(p * rng.uniform(0.3, 1.1)) for p in plans]
    rates = [rnd(Fraction(a, b) * 100, 1) for a, b in zip(dones, plans)]
    desc = 'every row rate = done/plan'
    j = rng.randrange(k)
    if label == 'inconsistent':
        r = bad_rate(rng, rates[j], 1, dones[j], plans[j], alt_dens=[plans[(j + 1) % k]])
        if not r:
            return None
        rates[j], desc = r[0], 'row %d: ' % (j + 1) + r[1]
    sep = pick(rng, ['\t', '  '])
    lines = ['指标%s年度目标%s1—%d月完成%s完成率' % (sep, sep, rng.randint(6, 11), sep)]
    checks = []
    for it, p, a, rt in zip(items, plans, dones, rates):
        P, A, R = dec(p, 2), dec(a, 2), dec(rt, 1) + '%'
        lines.append('%s%s%s%s%s%s%s' % (it, sep, P, sep, A, sep, R))
        checks.append(c_pct(R, A, P))
    text = '主要经济指标完成情况（单位：亿元）\n' + '\n'.join(lines)
    return {'text': text, 'checks': checks, 'desc': desc}


@style('pct', 'pct_multi_rates', ['consistent', 'inconsistent'])
def p_multi(rng, label):
    den = rng.randint(300, 20000)
    a = int(den * rng.uniform(0.9, 1.0))
    b = int(den * rng.uniform(0.85, 0.99))
    ra, rb = rnd(Fraction(a, den) * 100, 2), rnd(Fraction(b, den) * 100, 2)
    desc = 'both rates consistent'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            r = bad_rate(rng, ra, 2, a, den)
            if not r:
                return None
            ra, desc = r[0], 'first rate: ' + r[1]
        else:
            w = rnd(Fraction(b, a) * 100, 2)
            rb, desc = w, 'second rate computed on the handled count instead of all received'
    D, A, B = F(rng, den), F(rng, a), F(rng, b)
    RA, RB = dec(ra, 2) + '%', dec(rb, 2) + '%'
    claim = '全年受理各类诉求%s件，按期办结%s件，按期办结率%s；回访群众满意%s件，满意率%s。' % (D, A, RA, B, RB)
    return {'text': wrap(rng, claim), 'checks': [c_pct(RA, A, D), c_pct(RB, B, D)], 'desc': desc}


@style('pct', 'pct_share_partial_sum100', ['negative', 'inconsistent'])
def p_share_partial(rng, label):
    k = rng.randint(2, 4)
    vals = [rng.randint(50, 350) for _ in range(k)]
    if label == 'negative':
        if sum(vals) >= 950:
            return None
        desc = 'only the main categories listed; shares sum under 100%'
    else:
        while sum(vals) < 1030:
            vals[rng.randrange(k)] += rng.randint(30, 200)
        desc = 'main categories sum past 100%'
    S = [dec(v, 1) + '%' for v in vals]
    names = rng.sample(['装备制造', '食品加工', '新材料', '电子信息', '纺织服装', '生物医药'], k)
    claim = '主导产业中，%s产值分别占规上工业的%s。' % ('、'.join(names), '、'.join(S))
    return {'text': wrap(rng, claim), 'checks': [c_s100(S, 'partial')], 'desc': desc}


@style('pct', 'pct_truncated', ['consistent', 'inconsistent'])
def p_trunc(rng, label):
    for _ in range(50):
        den = rng.randint(3, 400)
        num = rng.randint(1, den - 1)
        x = Fraction(num, den) * 1000
        if x - int(x) >= Fraction(55, 100):
            break
    else:
        return None
    v = int(x)  # truncated to 1 decimal percent
    desc = 'rate truncated instead of rounded (allowed)'
    if label == 'inconsistent':
        r = bad_rate(rng, v, 1, num, den)
        if not r or r[0] <= 0:
            return None
        v, desc = r
    S = dec(v, 1) + '%'
    what = pick(rng, [('家', '参评企业', '达到A级'), ('个', '申报项目', '通过评审'), ('人', '报名人员', '取得证书')])
    claim = '%s%d%s，%s的%d%s，比例为%s。' % (what[1], den, what[0], what[2], num, what[0], S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, str(num), str(den))], 'desc': desc}


@style('pct', 'pct_fullwidth_digits', ['consistent', 'inconsistent'])
def p_fw(rng, label):
    den = rng.randint(100, 9000)
    num = int(den * rng.uniform(0.6, 0.99))
    v = rnd(Fraction(num, den) * 100, 1)
    desc = 'full-width digits; rate = num/den'
    if label == 'inconsistent':
        r = bad_rate(rng, v, 1, num, den)
        if not r:
            return None
        v, desc = r
    S = fw(dec(v, 1) + '%')
    N, D = fw(str(num)), fw(str(den))
    claim = '全年新开工项目%s个，其中当年竣工%s个，竣工率%s。' % (D, N, S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D)], 'desc': desc}


@style('pct', 'pct_budget_execution', ['consistent', 'inconsistent'])
def p_budget(rng, label):
    bud = rng.randint(1000, 900000)
    exe = int(bud * rng.uniform(0.6, 1.02))
    v = rnd(Fraction(exe, bud) * 100, 1)
    desc = 'execution rate = executed/budget'
    if label == 'inconsistent':
        r = bad_rate(rng, v, 1, exe, bud)
        if not r:
            return None
        v, desc = r
    B, E = dec(bud, 2) + '万', dec(exe, 2) + '万'
    S = dec(v, 1) + '%'
    claim = '全年%s预算%s元，实际执行%s元，预算执行率%s。' % (pick(rng, ['项目支出', '基本支出', '政府采购']), B, E, S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, E, B)], 'desc': desc}


@style('pct', 'pct_share_subgroup', ['consistent', 'inconsistent'])
def p_subgroup(rng, label):
    tot = rng.randint(30, 3000)
    f = int(tot * rng.uniform(0.2, 0.7))
    g = int(tot * rng.uniform(0.1, 0.5))
    v = rnd(Fraction(f, tot) * 100, 1)
    desc = 'subgroup share = subgroup/total'
    if label == 'inconsistent':
        r = bad_rate(rng, v, 1, f, tot, alt_dens=[g + f + rng.randint(5, 50)])
        if not r:
            return None
        v, desc = r
    T, Fm = F(rng, tot), F(rng, f)
    S = dec(v, 1) + '%'
    claim = '全年新招录%s%s人，其中女性%s人，占%s；%s' % (pick(rng, ['社区工作者', '乡镇公务员', '教师', '医务人员']), T, Fm, S,
                                         pick(rng, ['本科及以上学历占比明显提高。', '队伍结构进一步优化。', '均已完成岗前培训。']))
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, Fm, T)], 'desc': desc}


@style('pct', 'pct_urbanization', ['consistent', 'inconsistent'])
def p_urban(rng, label):
    tot = rng.randint(2000, 90000)   # 0.01万
    urb = int(tot * rng.uniform(0.35, 0.8))
    v = rnd(Fraction(urb, tot) * 100, 2)
    desc = 'urbanisation rate = urban/total'
    if label == 'inconsistent':
        kd = rng.random()
        if kd < 0.3:
            v = rnd(Fraction(urb, tot - urb) * 100, 2)
            desc = 'urban divided by rural population'
            if v > 10000:
                return None
        else:
            r = bad_rate(rng, v, 2, urb, tot)
            if not r:
                return None
            v, desc = r
    T, U, Ru = dec(tot, 2) + '万', dec(urb, 2) + '万', dec(tot - urb, 2) + '万'
    S = dec(v, 2) + '%'
    claim = '年末常住人口%s人，其中城镇常住人口%s人，乡村常住人口%s人，常住人口城镇化率%s。' % (T, U, Ru, S)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, U, T)], 'desc': desc}


@style('pct', 'pct_yoy_two_sentences', ['consistent', 'inconsistent'])
def p_two_sent(rng, label):
    base = rng.randint(20, 9000)
    up = rng.random() < 0.6
    cur = int(base * (1 + (rng.uniform(0.03, 0.6) if up else -rng.uniform(0.03, 0.4))))
    if cur == base or cur <= 0:
        return None
    g = (Fraction(cur, base) - 1) * 100
    v = rnd(abs(g), 1)
    sign = 1 if g > 0 else -1
    desc = 'growth from values in separate sentences'
    if label == 'inconsistent':
        if rng.random() < 0.35:
            sign = -sign
            desc = 'growth sign wrong'
        else:
            r = bad_rate(rng, v, 1, 0, 1)
            if not r or r[0] <= 0:
                return None
            v, desc = r
    S = dec(v, 1) + '%'
    y = pick(rng, YEARS)
    what = pick(rng, [('受理劳动争议仲裁案件', '件'), ('发生道路交通事故', '起'), ('新增注册商标', '件'), ('引进高层次人才', '名')])
    B, C = F(rng, base), F(rng, cur)
    word = '增长' if sign > 0 else '下降'
    claim = '%d年全年%s%s%s。%s%d年%s%s%s，同比%s%s。' % (y - 1, what[0], B, what[1], pick(rng, PRE), y, what[0], C, what[1], word, S)
    return {'text': claim, 'checks': [c_growth(S, sign, B, C)], 'desc': desc}


# ---- pct: malformed percentages (always inconsistent; other checks hold) -----

def _base_rate(rng):
    tp = pick(rng, RATE_TOPICS)
    den = rng.randint(*tp[4])
    num = int(den * rng.uniform(*tp[5]))
    return tp, num, den


def _malformed_parsable(rng, make_tok):
    for _ in range(20):
        tp, num, den = _base_rate(rng)
        v = rnd(Fraction(num, den) * 100, 1)
        s = dec(v, 1)
        tok = make_tok(s)
        if tok:
            break
    else:
        return None
    N, D = F(rng, num, fwp=0), F(rng, den, fwp=0)
    claim = '%s%s%s，%s%s%s，%s%s。' % (tp[0], D, tp[3], tp[1], N, tp[3], tp[2], tok)
    return {'text': wrap(rng, claim), 'checks': [c_pct(tok, N, D), c_mal(tok)],
            'desc': 'badly written percentage %r; the rate itself is right' % tok}


@style('pct', 'malformed_space_before_pct', ['inconsistent'])
def m_space(rng, label):
    return _malformed_parsable(rng, lambda s: s + pick(rng, [' %', ' ％', '\u3000%']))


@style('pct', 'malformed_mixed_width', ['inconsistent'])
def m_mixed(rng, label):
    def mk(s):
        digs = [i for i, c in enumerate(s) if c.isdigit()]
        if len(digs) < 2:
            return None
        i = pick(rng, digs)
        return s[:i] + fw(s[i]) + s[i + 1:] + pick(rng, ['%', '％'])
    return _malformed_parsable(rng, mk)


@style('pct', 'malformed_double_pct', ['inconsistent'])
def m_double(rng, label):
    return _malformed_parsable(rng, lambda s: s + pick(rng, ['%%', '％％', '%％']))


@style('pct', 'malformed_cn_period_decimal', ['inconsistent'])
def m_cnperiod(rng, label):
    def mk(s):
        if '.' not in s:
            return None
        t = s.replace('.', '。')
        return fw(t) + '％' if rng.random() < 0.6 else t + '%'
    return _malformed_parsable(rng, mk)


def _malformed_separate(rng, tok_fn, desc):
    tp, num, den = _base_rate(rng)
    v = rnd(Fraction(num, den) * 100, 1)
    S = dec(v, 1) + '%'
    N, D = F(rng, num, fwp=0), F(rng, den, fwp=0)
    tok = tok_fn()
    second = pick(rng, ['群众满意率%s', '回访率%s', '一次性办结率%s', '线上办理率%s'])
    claim = '%s%s%s，%s%s%s，%s%s，%s。' % (tp[0], D, tp[3], tp[1], N, tp[3], tp[2], S, second % tok)
    return {'text': wrap(rng, claim), 'checks': [c_pct(S, N, D), c_mal(tok)], 'desc': desc % tok}


@style('pct', 'malformed_placeholder_xx', ['inconsistent'])
def m_xx(rng, label):
    return _malformed_separate(rng, lambda: pick(rng, ['xx%', 'XX%', 'xx.x%', 'xxx%', 'X%', 'xx.xx%']),
                               'unfilled placeholder %r left in the text')


@style('pct', 'malformed_prefix_pct', ['inconsistent'])
def m_prefix(rng, label):
    return _malformed_separate(rng, lambda: pick(rng, ['%', '％']) + dec(rng.randint(800, 999), 1),
                               'percent sign before the number %r')


@style('pct', 'malformed_decimal_comma', ['inconsistent'])
def m_comma(rng, label):
    return _malformed_separate(rng, lambda: '%d,%d%%' % (rng.randint(80, 99), rng.randint(1, 9)),
                               'decimal comma in %r')


# ---- pct: hard negatives -----------------------------------------------------

@style('pct', 'neg_growth_over_100', ['negative'])
def n_over100(rng, label):
    base = rng.randint(100, 9000)
    cur = int(base * rng.uniform(2.05, 6))
    d = 1
    v = rnd((Fraction(cur, base) - 1) * 100, d)
    S = dec(v, d) + '%'
    B, C = F(rng, base), F(rng, cur)
    what = pick(rng, [('新能源汽车产量', '辆'), ('跨境电商出口额', '万元'), ('新增市场主体中的科技型企业', '家'), ('直播带货场次', '场')])
    if what[1] == '万元':
        B, C = dec(base, 1) + '万', dec(cur, 1) + '万'
        un = '元'
    else:
        un = what[1]
    claim = '%s%s%s，上年为%s%s，增长%s。' % (what[0], C, un, B, un, S)
    return {'text': wrap(rng, claim), 'checks': [c_growth(S, 1, B, C), c_none([S], 'growth above 100% is legitimate')],
            'desc': 'growth over 100% that is arithmetically right'}


@style('pct', 'neg_pct_codes_docno', ['negative'])
def n_codes(rng, label):
    y = pick(rng, YEARS)
    forms = [('深化“1+X”证书试点，%s获批为试点院校。' % pick(rng, ['县职业中专', '市技师学院']), ['1+X']),
             ('推行“7+X”服务模式，打造%d个示范点。' % rng.randint(3, 20), ['7+X']),
             ('依据《%s》（〔%d〕%d号），兑现奖补资金。' % (pick(rng, ['促进民营经济发展若干措施', '稳增长十条']), y, rng.randint(3, 88)), ['〔%d〕%d号' % (y, 0)]),
             ('“十四五”时期，规划建设5G基站%d个。' % rng.randint(100, 2000), ['十四五', '5G']),
             ('%d年%d月%d日召开推进会，咨询电话0%d-%d。' % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(710, 799), rng.randint(2000000, 8999999)), ['电话']),
             ('全面推广x86架构服务器国产化替代，完成率另行通报。', ['x86'])]
    k = rng.randint(1, 2)
    sel = rng.sample(forms, k)
    text = ''.join(s for s, _ in sel)
    toks = re.findall(r'1\+X|7\+X|〔\d+〕\d+号|十四五|5G|x86|\d+年\d+月\d+日|0\d{3}-\d{7}', text)
    if not toks:
        return None
    return {'text': wrap(rng, text, y), 'checks': [c_none(toks, 'codes, document numbers, dates and phone numbers')],
            'desc': 'number-like tokens that are not rates'}


@style('pct', 'neg_pct_range_target', ['negative'])
def n_target(rng, label):
    t = rng.randint(85, 99)
    forms = [('力争全年办结率达到%d%%以上。' % t, '%d%%以上' % t),
             ('预期目标为增长%d%%—%d%%。' % (rng.randint(4, 6), rng.randint(7, 9)), '%—'),
             ('将城镇登记失业率控制在%.1f%%以内。' % rng.uniform(3, 4.5), '以内'),
             ('确保参保率稳定在%d%%左右。' % t, '左右'),
             ('到%d年，森林覆盖率提高到%d%%。' % (pick(rng, YEARS) + 3, rng.randint(40, 70)), '到')]
    text, tok = pick(rng, forms)
    toks = re.findall(r'[\d.]+%', text)
    return {'text': wrap(rng, text), 'checks': [c_none(toks, 'targets and ranges, not achieved rates')], 'desc': 'target / range'}


@style('pct', 'neg_pct_approx', ['negative'])
def n_approx(rng, label):
    tp, num, den = _base_rate(rng)
    if num >= den:
        return None
    e = Fraction(num, den) * 100
    q = pick(rng, ['约', '近', '超过', '以上'])
    if q == '约':
        s = int(e)
    elif q == '近':
        s = int(e) + 1
    else:
        s = int(e)
    if s <= 0:
        return None
    S = '%d%%' % s
    N, D = F(rng, num), F(rng, den)
    if q == '以上':
        rate = '%s%s' % (S, q)
    else:
        rate = '%s%s' % (q, S)
    claim = '%s%s%s，%s%s%s，%s%s。' % (tp[0], D, tp[3], tp[1], N, tp[3], tp[2], rate)
    return {'text': wrap(rng, claim), 'checks': [c_approx(q, S, num=N, den=D)], 'desc': 'approximate rate (%s) compatible with %s/%s' % (q, num, den)}


@style('pct', 'neg_numerator_missing', ['negative'])
def n_num_missing(rng, label):
    tp, num, den = _base_rate(rng)
    S = dec(rnd(Fraction(num, den) * 100, 1) + pick(rng, [0, 7, -12, 25]), 1) + '%'
    D = F(rng, den)
    claim = '%s%s%s，%s%s。' % (tp[0], D, tp[3], tp[2], S)
    return {'text': wrap(rng, claim), 'checks': [c_none([S], 'numerator of the rate is not given')],
            'desc': 'rate whose numerator is not among the stated numbers'}


@style('pct', 'neg_rounding_shares', ['negative'])
def n_round_shares(rng, label):
    for _ in range(30):
        k = rng.randint(3, 5)
        w = [rng.randint(100, 900) for _ in range(k)]
        tot = sum(w)
        vals = [rnd(Fraction(x, tot) * 100, 1) for x in w]
        if sum(vals) != 1000:
            break
    else:
        return None
    S = [dec(v, 1) + '%' for v in vals]
    names = rng.sample(['城镇居民', '农村居民', '外来务工人员', '在校学生', '离退休人员'], k)
    claim = '受访者中，%s。' % '、'.join('%s占%s' % (n, s) for n, s in zip(names, S))
    return {'text': wrap(rng, claim), 'checks': [c_s100(S, 'exact'), c_none([S[0]], 'shares sum to %s%% only because of rounding' % dec(sum(vals), 1))],
            'desc': 'shares rounded separately, sum %s%%' % dec(sum(vals), 1)}


@style('pct', 'neg_other_base', ['negative'])
def n_other_base(rng, label):
    v = rng.randint(20, 400)
    S = dec(rng.randint(15, 380), 1) + '%'
    what = pick(rng, [('粮食总产量', '万吨', '全市'), ('规上工业企业', '家', '全省'), ('实际使用外资', '亿元', '全市'), ('出口额', '亿元', '全省')])
    Vs = dec(v * 10 + rng.randint(0, 9), 1)
    claim = '%s%s%s，占%s的%s，%s' % (what[0], Vs, what[1], what[2], S, pick(rng, ['位居前列。', '比重有所提高。', '贡献突出。']))
    return {'text': wrap(rng, claim), 'checks': [c_none([S], 'share of a base (%s) not given in the text' % what[2])],
            'desc': 'percentage of a different base'}


@style('pct', 'neg_pp_no_rates', ['negative'])
def n_pp_norates(rng, label):
    P = dec(rng.randint(3, 60), 1)
    what = pick(rng, ['城镇化率', '研发投入强度', '高技术产业占比', '服务业增加值比重', '优良天数比例'])
    claim = '%s比上年%s%s个百分点，%s' % (what, pick(rng, ['提高', '提升', '上升']), P, pick(rng, ['结构调整取得新进展。', '发展质量稳步提升。']))
    return {'text': wrap(rng, claim), 'checks': [c_none([P], 'points change without either rate stated')],
            'desc': 'percentage points with no rates'}


@style('pct', 'neg_flat_chiping', ['negative'])
def n_flat(rng, label):
    what = pick(rng, [('发生较大以上安全事故', '起', 1, 6), ('受理行政复议案件', '件', 20, 300), ('新增建设用地', '亩', 200, 9000),
                      ('新办理企业登记', '户', 300, 5000)])
    v = rng.randint(what[2], what[3])
    V = F(rng, v)
    claim = '%s%s%s，%s。' % (what[0], V, what[1], pick(rng, ['与上年持平', '同比持平', '与去年同期持平']))
    return {'text': wrap(rng, claim), 'checks': [c_none([V, '持平'], 'unchanged from last year; nothing to compute')],
            'desc': 'flat year on year'}


@style('pct', 'neg_fanyifan', ['negative'])
def n_double(rng, label):
    base = rng.randint(50, 9000)
    cur = int(base * rng.uniform(2.0, 2.4))
    B, C = dec(base, 1) + '万', dec(cur, 1) + '万'
    what = pick(rng, ['村级集体经济总收入', '农产品电商销售额', '乡村旅游收入'])
    claim = '%s由%d年的%s元增加到%s元，%s。' % (what, pick(rng, YEARS) - 3, B, C, pick(rng, ['实现翻一番', '三年翻了一番', '提前实现翻番目标']))
    return {'text': wrap(rng, claim), 'checks': [c_none(['翻'], '翻一番 is a verbal doubling, compatible with the values')],
            'desc': '翻一番 with values that roughly double'}


# ---------------------------------------------------------------------------
# Part 6. driver
# ---------------------------------------------------------------------------

N_PER = 16
MAX_TRIES = 400


def generate(seed):
    recs = []
    counters = {'totals': 0, 'pct': 0}
    for (family, name), (labels, fn) in STYLES.items():
        for label in labels:
            rng = random.Random(zlib.crc32(('%s|%s|%s|%s' % (seed, family, name, label)).encode('utf-8')))
            got, tries = 0, 0
            seen = set()
            while got < N_PER and tries < MAX_TRIES:
                tries += 1
                r = fn(rng, label)
                if not r:
                    continue
                if r['text'] in seen:
                    continue
                lab, expl, probs = derive_label(r['text'], r['checks'])
                if lab != label or probs:
                    continue
                seen.add(r['text'])
                counters[family] += 1
                rid = 'n8-%s-%06d' % (family, counters[family])
                recs.append(OrderedDict([('id', rid), ('family', family), ('style', name), ('label', label),
                                         ('text', r['text']), ('note', r['desc'] + ' | ' + '; '.join(expl)),
                                         ('checks', r['checks'])]))
                got += 1
            if got < N_PER:
                sys.stderr.write('WARNING: %s/%s/%s only %d records after %d tries\n' % (family, name, label, got, tries))
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
                print('duplicate id', r['id'])
                bad += 1
            ids.add(r['id'])
            if r['style'].startswith('malformed') and (r['family'] != 'pct' or r['label'] != 'inconsistent'):
                print('malformed style rule broken', r['id'])
                bad += 1
            lab, expl, probs = derive_label(r['text'], r['checks'])
            if lab != r['label'] or probs:
                bad += 1
                print('MISMATCH %s: stored %s, recomputed %s %s' % (r['id'], r['label'], lab, probs))
                for e in expl:
                    print('   ', e)
    print('%s: %d records, %d problems' % (path, n, bad))
    return bad == 0


def style_table(path):
    tab = OrderedDict()
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                tab.setdefault((r['family'], r['style']), OrderedDict())
                tab[(r['family'], r['style'])][r['label']] = tab[(r['family'], r['style'])].get(r['label'], 0) + 1
    labs = ['consistent', 'inconsistent', 'negative']
    print('%-8s %-34s %10s %12s %9s %6s' % ('family', 'style', *labs, 'total'))
    tot = {l: 0 for l in labs}
    fam_styles = {}
    for (fam, st), c in tab.items():
        fam_styles[fam] = fam_styles.get(fam, 0) + 1
        row = [c.get(l, 0) for l in labs]
        for l, v in zip(labs, row):
            tot[l] += v
        print('%-8s %-34s %10d %12d %9d %6d' % (fam, st, *row, sum(row)))
    print('%-8s %-34s %10d %12d %9d %6d' % ('ALL', '', *[tot[l] for l in labs], sum(tot.values())))
    print('styles per family:', ', '.join('%s=%d' % kv for kv in sorted(fam_styles.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify')
    ap.add_argument('--style-table')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    if a.style_table:
        style_table(a.style_table)
        return
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required for generation')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
