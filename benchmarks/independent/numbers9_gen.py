#!/usr/bin/env python3
"""numbers9: held-out test collection for auditing arithmetic in Chinese official documents.

Generator and independent verifier in one file (standard library only).

  python3 numbers9_gen.py --seed 11 --out numbers9_seed11.jsonl
  python3 numbers9_gen.py --verify numbers9_seed11.jsonl
  python3 numbers9_gen.py --style-table numbers9_seed11.jsonl

Every record is generated, then classified by the verifier below from its `checks`
alone; a record whose verdict differs from the intended label (or is grey) is
redrawn from the same seeded stream.  --verify re-runs the classification.
"""
import argparse
import json
import re
import sys
import zlib
import random
from collections import Counter, defaultdict
from fractions import Fraction as Fr

# ---------------------------------------------------------------------------
# number parsing
# ---------------------------------------------------------------------------
FW_MAP = str.maketrans('０１２３４５６７８９．，％－＋', '0123456789.,%-+')
CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
          '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def cn_int(s):
    total = 0
    sec = 0
    num = 0
    if not s:
        raise ValueError('empty chinese numeral')
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            if num == 0 and ch == '十':
                num = 1
            sec += num * CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (sec + num) * 10000
            sec = num = 0
        elif ch == '亿':
            total = (total + sec + num) * 10 ** 8
            sec = num = 0
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return total + sec + num


class Num:
    """value v, half-tolerance tol, unit of last digit u, exact flag"""
    __slots__ = ('v', 'tol', 'u', 'exact')

    def __init__(self, v, tol, u, exact):
        self.v, self.tol, self.u, self.exact = v, tol, u, exact

    @property
    def lo(self):
        return self.v - self.tol

    @property
    def hi(self):
        return self.v + self.tol


def parse_num(s, bare_pct=False):
    t = s.translate(FW_MAP)
    t = re.sub(r'\s+', '', t)
    neg = False
    if t[:1] in ('-', '−', '负'):
        neg = True
        t = t[1:]
    elif t[:1] == '+':
        t = t[1:]
    kind = 'num'
    if t.startswith('百分之'):
        kind, t = 'pct', t[3:]
    elif t.startswith('千分之'):
        kind, t = 'pm', t[3:]
    if t.endswith('个百分点'):
        t = t[:-4]
    if t.endswith('%'):
        kind, t = 'pct', t[:-1]
    elif t.endswith('‰'):
        kind, t = 'pm', t[:-1]
    elif t.endswith('倍'):
        kind, t = 'bei', t[:-1]
    if '分之' in t:
        a, b = t.split('分之')
        v = Fr(cn_int(b), cn_int(a))
        return Num(-v if neg else v, Fr(0), Fr(0), True)
    mag = 1
    if re.fullmatch(r'[\d,]+(\.\d+)?(万亿|亿|万)', t):
        if t.endswith('万亿'):
            mag, t = 10 ** 12, t[:-2]
        elif t.endswith('亿'):
            mag, t = 10 ** 8, t[:-1]
        else:
            mag, t = 10 ** 4, t[:-1]
    if re.fullmatch(r'[\d,]+(\.\d+)?', t):
        t2 = t.replace(',', '')
        d = len(t2.split('.')[1]) if '.' in t2 else 0
        v = Fr(t2)
    else:
        if '点' in t:
            ip, dp = t.split('点')
            d = len(dp)
            v = Fr(cn_int(ip) if ip else 0) + Fr(int(''.join(str(CN_DIG[c]) for c in dp)), 10 ** d)
        else:
            d = 0
            v = Fr(cn_int(t))
            # 三万五千-style numerals carry their own magnitude and count as exact
    u = Fr(1, 10 ** d) * mag
    v = v * mag
    if bare_pct and kind == 'num':
        kind = 'pct'
    if kind == 'pct':
        v, u = v / 100, u / 100
    elif kind == 'pm':
        v, u = v / 1000, u / 1000
    exact = (d == 0 and mag == 1 and kind == 'num')
    tol = Fr(0) if exact else u / 2
    return Num(-v if neg else v, tol, u, exact)


def ev(op, bare=False):
    if isinstance(op, str):
        return parse_num(op, bare)
    if isinstance(op, list):
        terms = [(1, x) for x in op]
    elif isinstance(op, dict):
        terms = [(1, x) for x in op.get('sum', [])] + [(-1, x) for x in op.get('sub', [])]
    else:
        raise ValueError('bad operand %r' % (op,))
    v = tol = Fr(0)
    u = Fr(0)
    exact = True
    for sg, x in terms:
        n = ev(x, bare)
        v += sg * n.v
        tol += n.tol
        u = max(u, n.u)
        exact = exact and n.exact
    return Num(v, tol, u, exact)


def op_strings(op):
    if isinstance(op, str):
        return [op]
    if isinstance(op, list):
        out = []
        for x in op:
            out += op_strings(x)
        return out
    if isinstance(op, dict):
        return op_strings(op.get('sum', [])) + op_strings(op.get('sub', []))
    return []


def fmtv(x):
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return ('%.6g' % x)


def fmti(lo, hi):
    return '[%s,%s]' % (fmtv(lo), fmtv(hi))


# ---------------------------------------------------------------------------
# verifier rules (see FORMAT_numbers.md)
# ---------------------------------------------------------------------------
def rule_sum(W, S, mode):
    """W whole, S signed sum of parts.  returns C / I / N / G"""
    if W.exact and S.exact:
        if W.v == S.v:
            return 'C'
        if mode == 'partial' and S.v < W.v:
            return 'N'
        return 'I'
    if abs(W.v - S.v) <= W.tol + S.tol:
        return 'C'
    if mode == 'partial' and S.v < W.v:
        return 'N'
    gap = abs(W.v - S.v) - (W.tol + S.tol)
    u = max(W.u, S.u)
    return 'I' if gap >= u else 'G'


def rule_rate(lo, hi, t, u):
    """computed interval [lo,hi]; stated signed value t with last-digit unit u"""
    if lo > hi:
        lo, hi = hi, lo
    bands = [(t - u / 2, t + u / 2)]
    if t >= 0:
        bands.append((t, t + u))
    else:
        bands.append((t - u, t))
    for a, b in bands:
        if lo <= b and hi >= a:
            return 'C'
    if lo <= t <= hi:
        dist = Fr(0)
    else:
        dist = min(abs(t - lo), abs(t - hi))
    return 'I' if dist >= 2 * u else 'G'


def div_interval(n, d):
    if d.lo <= 0:
        raise ValueError('denominator interval reaches zero')
    cands = [n.lo / d.lo, n.lo / d.hi, n.hi / d.lo, n.hi / d.hi]
    return min(cands), max(cands)


APPROX_QUALS = ('约', '近', '超过', '逾', '余', '多', '以上')


def eval_check(c, text):
    """returns (verdict, explanation)"""
    rel = c['rel']
    strs = []
    for k in ('whole', 'parts', 'result', 'stated', 'num', 'den', 'base', 'cur', 'from', 'to', 'token'):
        if k in c:
            strs += op_strings(c[k])
    if 'terms' in c:
        for sg, s in c['terms']:
            strs.append(s)
    if 'items' in c:
        strs += c['items']
    if 'tokens' in c:
        strs += c['tokens']
    for s in strs:
        if s not in text:
            raise ValueError('operand %r not in text' % s)
    bare = bool(c.get('bare_pct'))
    if rel == 'sum_eq':
        W = ev(c['whole'])
        S = ev(c['parts'])
        v = rule_sum(W, S, c.get('mode', 'exact'))
        return v, 'sum_eq(%s): sum(parts)=%s±%s vs whole %s±%s -> %s' % (
            c.get('mode', 'exact'), fmtv(S.v), fmtv(S.tol), fmtv(W.v), fmtv(W.tol), v)
    if rel == 'linear':
        op = {'sum': [s for g, s in c['terms'] if g == '+'], 'sub': [s for g, s in c['terms'] if g == '-']}
        S = ev(op)
        W = ev(c['result'])
        v = rule_sum(W, S, 'exact')
        return v, 'linear: %s = %s±%s vs result %s±%s -> %s' % (
            ' '.join(g + s for g, s in c['terms']), fmtv(S.v), fmtv(S.tol), fmtv(W.v), fmtv(W.tol), v)
    if rel == 'count':
        n = ev(c['stated']).v
        k = len(c['items'])
        if k == n:
            v = 'C'
        elif c.get('mode') == 'deng' and k < n:
            v = 'N'
        else:
            v = 'I'
        return v, 'count: %d items listed vs stated %s -> %s' % (k, fmtv(n), v)
    if rel in ('pct', 'quot'):
        s = ev(c['stated'], bare)
        lo, hi = div_interval(ev(c['num']), ev(c['den']))
        v = rule_rate(lo, hi, s.v, s.u)
        return v, '%s: num/den in %s vs stated %s (u=%s) -> %s' % (rel, fmti(lo, hi), fmtv(s.v), fmtv(s.u), v)
    if rel in ('growth', 'real_growth'):
        s = ev(c['stated'], bare)
        lo, hi = div_interval(ev(c['cur']), ev(c['base']))
        lo, hi = lo - 1, hi - 1
        t = c['sign'] * s.v
        if rel == 'growth':
            v = rule_rate(lo, hi, t, s.u)
            return v, 'growth: cur/base-1 in %s vs stated %s -> %s' % (fmti(lo, hi), fmtv(t), v)
        blo = (1 + lo) / Fr(110, 100) - 1
        bhi = (1 + hi) / Fr(95, 100) - 1
        if blo <= t <= bhi:
            v = 'N'
        elif min(abs(t - blo), abs(t - bhi)) >= Fr(5, 100):
            v = 'I'
        else:
            v = 'G'
        return v, 'real_growth: nominal %s, allowed real band %s vs stated %s -> %s' % (
            fmti(lo, hi), fmti(blo, bhi), fmtv(t), v)
    if rel == 'pp':
        s = ev(c['stated'])
        f = ev(c['from'])
        t_ = ev(c['to'])
        lo = (t_.lo - f.hi) * 100
        hi = (t_.hi - f.lo) * 100
        t = c['sign'] * s.v
        v = rule_rate(lo, hi, t, s.u)
        return v, 'pp: (to-from)*100 in %s vs stated %s -> %s' % (fmti(lo, hi), fmtv(t), v)
    if rel == 'sum100':
        S = ev(c['parts'], bare)
        lo, hi = S.lo, S.hi
        if lo <= 1 <= hi:
            v = 'C'
        elif c.get('mode') == 'partial' and hi < 1:
            v = 'N'
        else:
            dist = min(abs(1 - lo), abs(1 - hi))
            v = 'I' if dist >= 2 * S.u else 'G'
        return v, 'sum100(%s): shares add to %s (tol %s) -> %s' % (
            c.get('mode', 'exact'), fmtv(S.v * 100), fmtv(S.tol * 100), v)
    if rel == 'overlap':
        W = ev(c['whole'])
        bad = [p for p in c['parts'] if ev(p).lo > W.hi]
        v = 'I' if bad else 'N'
        return v, 'overlap: each part <= whole %s? %s -> %s' % (fmtv(W.v), 'no: ' + ','.join(bad) if bad else 'yes', v)
    if rel == 'approx':
        s = ev(c['stated']).v
        if 'parts' in c:
            e = ev(c['parts']).v
        else:
            e = ev(c['num']).v / ev(c['den']).v
        q = c['qual']
        if q == '约':
            ok = abs(e - s) <= s / 10
        elif q == '近':
            ok = s * Fr(9, 10) <= e <= s
        else:
            ok = s <= e <= s * Fr(13, 10)
        v = 'N' if ok else 'G'
        return v, 'approx(%s): exact %s vs stated %s -> %s' % (q, fmtv(e), fmtv(s), v)
    if rel == 'none':
        return 'N', 'none: %s' % c.get('why', '')
    if rel == 'malformed':
        return 'I', 'malformed: %s' % c['token']
    raise ValueError('unknown rel %r' % rel)


def classify(text, checks):
    verdicts = []
    expl = []
    for c in checks:
        v, e = eval_check(c, text)
        verdicts.append(v)
        expl.append(e)
    if 'G' in verdicts:
        lab = 'grey'
    elif 'I' in verdicts:
        lab = 'inconsistent'
    elif all(v == 'C' for v in verdicts):
        lab = 'consistent'
    else:
        lab = 'negative'
    return lab, expl


# ---------------------------------------------------------------------------
# formatting helpers
# ---------------------------------------------------------------------------
TO_FW = str.maketrans('0123456789.,%', '０１２３４５６７８９．，％')
CN_DIGITS = '零一二三四五六七八九'


def fw(s):
    return s.translate(TO_FW)


def cn(n):
    """integer (< 10**8) to Chinese numerals"""
    if n == 0:
        return '零'
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn(hi) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + cn_small(lo, lead=False)
        return s
    return cn_small(n, lead=True)


def cn_small(n, lead=True):
    units = ['', '十', '百', '千']
    s = str(n)
    out = ''
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += '零'
        zero = False
        out += CN_DIGITS[d] + units[pos]
    if lead and out.startswith('一十'):
        out = out[1:]
    return out


def cn_dec(x, d):
    """Fraction/float to Chinese with d decimals: 九十八点七"""
    s = '%.*f' % (d, float(x))
    if '.' in s:
        a, b = s.split('.')
        return cn(int(a)) + '点' + ''.join(CN_DIGITS[int(c)] for c in b)
    return cn(int(s))


def cnq(n):
    """Chinese numeral before a measure word (两 for 2)"""
    return '两' if n == 2 else cn(n)


def ci(n, comma=True):
    return '{:,}'.format(n) if comma else str(n)


def dec(units, d, comma=True):
    """integer count of 10**-d units -> string with d decimals"""
    neg = units < 0
    units = abs(units)
    a, b = divmod(units, 10 ** d)
    s = ('{:,}'.format(a) if comma else str(a))
    if d:
        s += '.' + str(b).zfill(d)
    return ('-' if neg else '') + s


def rnd(x, d):
    """round a Fraction/float half-up to d decimals, return the string"""
    x = Fr(x)
    q = Fr(10 ** d)
    n = (abs(x) * q * 2 + 1) // 2
    s = dec(int(n), d, comma=False)
    return ('-' + s) if x < 0 and n else s


def trunc(x, d):
    x = Fr(x)
    n = int(abs(x) * 10 ** d)
    return dec(n, d, comma=False)


def pstr(frac, d, mode='round'):
    """fraction (0.987) -> '98.7'"""
    return rnd(frac * 100, d) if mode == 'round' else trunc(frac * 100, d)


def add_commas(s):
    if '.' in s:
        a, b = s.split('.')
        return '{:,}'.format(int(a)) + '.' + b
    return '{:,}'.format(int(s))


def wan(yuan, d=0, comma=True):
    """yuan amount -> '3,560万' style (rounded)"""
    return rnd_c(Fr(yuan) / 10000, d, comma) + '万'


def yi(yuan, d=2):
    return rnd(Fr(yuan) / 10 ** 8, d) + '亿'


def rnd_c(x, d, comma=True):
    s = rnd(x, d)
    return add_commas(s) if comma else s


def digit_positions(s):
    return [i for i, ch in enumerate(s) if ch.isdigit() or ch in '０１２３４５６７８９']


def typo_str(r, s):
    pos = digit_positions(s)
    for _ in range(50):
        i = r.choice(pos)
        first = (i == pos[0])
        old = s[i]
        fwid = old in '０１２３４５６７８９'
        oldd = int(old.translate(FW_MAP))
        choices = [d for d in range(10) if d != oldd and not (first and d == 0 and len(pos) > 1)]
        nd = r.choice(choices)
        ch = str(nd)
        if fwid:
            ch = fw(ch)
        return s[:i] + ch + s[i + 1:]
    return s


def swap_str(r, s):
    pos = digit_positions(s)
    pairs = [(pos[k], pos[k + 1]) for k in range(len(pos) - 1) if s[pos[k]] != s[pos[k + 1]]
             and not (k == 0 and s[pos[1]] in '0０')]
    if not pairs:
        return typo_str(r, s)
    i, j = r.choice(pairs)
    lst = list(s)
    lst[i], lst[j] = lst[j], lst[i]
    return ''.join(lst)


def typo_int(r, n):
    return int(typo_str(r, str(n)))


def swap_int(r, n):
    return int(swap_str(r, str(n)))


def bad_sum(r, parts, kinds=('typo', 'swap', 'drop', 'double', 'stale')):
    """returns (parts_shown, whole_shown, description) for an inconsistent total"""
    parts = list(parts)
    tot = sum(parts)
    k = r.choice(kinds)
    i = r.randrange(len(parts))
    if k == 'typo':
        return _bad(parts, typo_int(r, tot), tot, 'total mistyped')
    if k == 'swap':
        return _bad(parts, swap_int(r, tot), tot, 'two adjacent digits of the total swapped')
    if k == 'drop':
        return parts, tot - parts[i], 'part %d left out of the total (true total %d)' % (i + 1, tot)
    if k == 'double':
        return parts, tot + parts[i], 'part %d counted twice in the total (true total %d)' % (i + 1, tot)
    # stale
    old = parts[i]
    delta = max(1, int(old * r.uniform(0.04, 0.3)))
    parts[i] = old + (delta if r.random() < 0.6 else -delta)
    if parts[i] <= 0:
        parts[i] = old + delta
    return parts, tot, 'part %d revised from %d to %d but the total was left stale' % (i + 1, old, parts[i])


def _bad(parts, w, tot, what):
    return parts, w, '%s (%d written, true %d)' % (what, w, tot)


def split_int(r, total, k, minfrac=0.04):
    """split integer total into k positive parts"""
    while True:
        ws = [r.uniform(minfrac, 1) for _ in range(k)]
        s = sum(ws)
        parts = [max(1, int(total * w / s)) for w in ws]
        parts[r.randrange(k)] += total - sum(parts)
        if all(p > 0 for p in parts):
            return parts


def parts_desc(parts):
    return '+'.join(str(p) for p in parts)


# ---------------------------------------------------------------------------
# check builders
# ---------------------------------------------------------------------------
def SUM(whole, parts, mode='exact'):
    return {'rel': 'sum_eq', 'whole': whole, 'parts': parts, 'mode': mode}


def LIN(terms, result):
    return {'rel': 'linear', 'terms': [list(t) for t in terms], 'result': result}


def CNT(stated, items, deng=False):
    c = {'rel': 'count', 'stated': stated, 'items': items}
    if deng:
        c['mode'] = 'deng'
    return c


def PCT(stated, num, den, bare=False):
    c = {'rel': 'pct', 'stated': stated, 'num': num, 'den': den}
    if bare:
        c['bare_pct'] = True
    return c


def GRO(stated, sign, base, cur, real=False):
    return {'rel': 'real_growth' if real else 'growth', 'stated': stated, 'sign': sign, 'base': base, 'cur': cur}


def PP(stated, sign, frm, to):
    return {'rel': 'pp', 'stated': stated, 'sign': sign, 'from': frm, 'to': to}


def S100(parts, mode='exact', bare=False):
    c = {'rel': 'sum100', 'parts': parts, 'mode': mode}
    if bare:
        c['bare_pct'] = True
    return c


def QUOT(stated, num, den):
    return {'rel': 'quot', 'stated': stated, 'num': num, 'den': den}


def OVL(whole, parts):
    return {'rel': 'overlap', 'whole': whole, 'parts': parts}


def APX(qual, stated, parts=None, num=None, den=None):
    c = {'rel': 'approx', 'qual': qual, 'stated': stated}
    if parts is not None:
        c['parts'] = parts
    else:
        c['num'], c['den'] = num, den
    return c


def NONE(tokens, why):
    return {'rel': 'none', 'tokens': tokens, 'why': why}


def MAL(token):
    return {'rel': 'malformed', 'token': token}


# ---------------------------------------------------------------------------
# vocabulary (all invented)
# ---------------------------------------------------------------------------
PLACES = ['临川区', '安澜县', '清源市', '溪北县', '枫桥区', '云梦县', '石门区', '望江县', '松阳市', '河口区',
          '宁远县', '金沙区', '平湖县', '青阳区', '白鹭县', '西岭区', '东滨市', '明山县']
TOWNS = ['青禾镇', '石湾街道', '柳溪乡', '东坪镇', '河阳街道', '云岭镇', '南关街道', '白沙镇', '桂塘乡', '金川街道',
         '北渚镇', '杏林街道', '梅岗镇', '龙泉街道', '芦花乡', '长岭镇', '双桥街道', '雁湖镇']
YEARS = [2021, 2022, 2023, 2024]

CNT_DOM = [
    ('受理群众诉求', '件', ['城市管理类', '住房建设类', '劳动保障类', '交通出行类', '市场监管类', '教育类', '医疗卫生类', '生态环境类', '农业农村类']),
    ('调处各类矛盾纠纷', '起', ['婚姻家庭纠纷', '邻里纠纷', '合同纠纷', '损害赔偿纠纷', '土地承包纠纷', '劳动争议', '物业纠纷']),
    ('开展安全生产执法检查', '家次', ['工矿企业', '危化品经营单位', '建筑施工企业', '人员密集场所', '小微企业', '道路运输企业']),
    ('新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社']),
    ('举办各类培训', '场次', ['理论宣讲', '职业技能培训', '安全教育', '法律知识讲座', '农技培训', '电商培训']),
    ('走访慰问困难群众', '户', ['低保户', '特困供养对象', '困难残疾人家庭', '困难退役军人家庭', '留守老人家庭']),
    ('查处各类违法案件', '件', ['食品安全案件', '药品医疗器械案件', '价格违法案件', '商标侵权案件', '无照经营案件', '特种设备案件']),
    ('办理法律援助案件', '件', ['民事案件', '刑事案件', '行政案件', '非诉讼事项']),
    ('接待来访群众', '人次', ['初次来访', '重复来访', '集体来访', '网上信访转办']),
    ('排查整改各类隐患', '处', ['消防隐患', '燃气隐患', '用电隐患', '建筑结构隐患', '交通设施隐患']),
    ('办理人大代表建议和政协提案', '件', ['人大代表建议', '政协提案', '市长信箱转办件']),
    ('开展志愿服务活动', '场', ['文明实践', '助老助残', '环境整治', '文化惠民', '义诊义剪']),
]

AMT_DOM = [
    ('全年民生支出', ['教育支出', '社会保障和就业支出', '卫生健康支出', '城乡社区支出', '农林水支出', '住房保障支出']),
    ('下达衔接推进乡村振兴补助资金', ['产业发展', '基础设施建设', '就业帮扶', '教育帮扶', '小额信贷贴息']),
    ('发放各类救助资金', ['城乡低保金', '特困人员供养金', '临时救助金', '残疾人两项补贴', '孤儿基本生活费']),
    ('完成固定资产投资', ['工业项目', '基础设施项目', '社会事业项目', '房地产开发项目']),
    ('争取上级资金', ['中央预算内资金', '地方政府专项债券', '省级专项资金', '其他转移支付资金']),
    ('兑现惠企政策资金', ['稳岗返还', '研发费用补助', '技改补助', '融资贴息', '人才奖励']),
    ('投入教育经费', ['学前教育', '义务教育', '普通高中教育', '职业教育', '教师培训']),
    ('拨付医疗救助资金', ['住院救助', '门诊救助', '资助参保', '二次救助']),
]


def ctx(r):
    """a small bag of per-record choices"""
    return {'y': r.choice(YEARS), 'place': r.choice(PLACES), 'town': r.choice(TOWNS), 'comma': r.random() < 0.6}


# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------
STYLES = []
LABEL_CODE = {'C': 'consistent', 'I': 'inconsistent', 'N': 'negative'}


def st(family, name, labels):
    def deco(fn):
        STYLES.append((family, name, [LABEL_CODE[x] for x in labels], fn))
        return fn
    return deco


FILLERS = [
    '坚持接诉即办、未诉先办，建立健全日调度、周通报、月考核工作机制。',
    '各责任单位主动认领、限时办结，群众获得感进一步增强。',
    '针对群众反映集中的问题，开展专项治理，推动由办好一件事向办好一类事转变。',
    '全年未发生较大以上安全生产事故。',
    '工作中坚持问题导向，强化部门协同，形成了齐抓共管的良好局面。',
    '相关情况已按季度向社会公开。',
    '领导班子成员带头包联重点难点事项，逐一跟踪督办。',
    '通过召开现场推进会、印发工作提示等方式压实责任。',
    '从时间分布看，二、三季度为高峰期。',
    '同时，建立了台账式管理、销号式推进的闭环机制。',
]


def fmt(c):
    return lambda n: ci(n, c['comma'])


def joinlist(r, items):
    sep = r.choice(['、', '，', '；'])
    return sep.join(items)


# ============================ totals family ================================
@st('totals', 'whole_first_parts_later', 'CI')
def _t01(r, lab):
    c = ctx(r)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(3, min(6, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(600, 40000)
    parts = sorted(split_int(r, tot, k), reverse=True)
    desc = 'parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    f = fmt(c)
    W, P = f(tot), [f(p) for p in parts]
    s1 = '%d年，%s%s%s%s%s。' % (c['y'], c['place'], r.choice(['共', '累计', '全年共', '']), what, W, unit)
    mid = ''.join(r.sample(FILLERS, r.randint(1, 3)))
    lead = r.choice(['从类别看，', '按类型分，', '分类别统计，', '具体来看，'])
    body = '、'.join('%s%s%s' % (n, p, unit) for n, p in zip(names, P))
    text = s1 + mid + lead + body + '。'
    return text, [SUM(W, P)], desc


@st('totals', 'bracket_full_breakdown', 'CI')
def _t02(r, lab):
    c = ctx(r)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(2, min(5, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(40, 9000)
    parts = split_int(r, tot, k)
    desc = 'parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    f = fmt(c)
    W, P = f(tot), [f(p) for p in parts]
    br = '、'.join('%s%s%s' % (n, p, unit) for n, p in zip(names, P))
    o, cl = r.choice([('（', '）'), ('(', ')'), ('（', ')')])
    text = '%s上半年，%s%s%s%s%s%s%s%s' % (c['town'], r.choice(['', '共', '累计']), what, W, unit, o, br, cl,
                                  r.choice(['，办结率持续提升。', '，较去年同期有所增长。', '，各项工作有序推进。', '。']))
    return text, [SUM(W, P)], desc


@st('totals', 'qizhong_partial', 'NI')
def _t03(r, lab):
    c = ctx(r)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(1, 3)
    names = r.sample(cats, k)
    tot = r.randint(300, 20000)
    if lab == 'negative':
        parts = split_int(r, int(tot * r.uniform(0.3, 0.85)), k)
        desc = 'only some categories listed after 其中; they add to less than the whole'
    else:
        parts = split_int(r, int(tot * r.uniform(1.08, 1.5)), k) if k > 1 else [int(tot * r.uniform(1.05, 1.4))]
        desc = 'the parts listed after 其中 exceed the whole (whole mistyped / parts inflated)'
    f = fmt(c)
    W, P = f(tot), [f(p) for p in parts]
    body = '、'.join('%s%s%s' % (n, p, unit) for n, p in zip(names, P))
    text = '%s%s%s%s，其中%s。%s' % (r.choice(['全年', '截至11月底，', '今年以来，']), what, W, unit, body, r.choice(FILLERS))
    return text, [SUM(W, P, 'partial')], desc


@st('totals', 'qizhong_full_cover', 'CI')
def _t04(r, lab):
    c = ctx(r)
    f = fmt(c)
    dom = r.choice([('参加城乡居民基本养老保险', '人', ['缴费人员', '领取待遇人员']),
                    ('认定困难群众', '人', ['城市低保对象', '农村低保对象', '特困人员']),
                    ('建成充电桩', '个', ['公共充电桩', '专用充电桩', '私人充电桩']),
                    ('招录公益性岗位人员', '名', ['男性', '女性']),
                    ('培育新型农业经营主体', '家', ['家庭农场', '农民合作社', '农业龙头企业'])])
    what, unit, names = dom
    tot = r.randint(200, 60000)
    parts = split_int(r, tot, len(names))
    desc = 'parts after 其中 cover the whole exactly'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts, ('typo', 'swap', 'double', 'stale'))
    W, P = f(tot), [f(p) for p in parts]
    body = r.choice(['，', '；']).join('%s%s%s' % (n, p, unit) for n, p in zip(names, P))
    text = '截至%d年末，全%s%s%s%s，其中%s。' % (c['y'], r.choice(['区', '县', '市']), what, W, unit, body)
    return text, [SUM(W, P, 'partial')], desc


@st('totals', 'nested_breakdown', 'CI')
def _t05(r, lab):
    c = ctx(r)
    f = fmt(c)
    tot_beds = r.randint(1500, 9000)
    a, b, cc = split_int(r, tot_beds, 3, 0.15)
    a1, a2 = split_int(r, a, 2, 0.2)
    parts1 = [a, b, cc]
    parts2 = [a1, a2]
    desc = 'both levels add up'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            parts1, tot_beds, desc = bad_sum(r, parts1)
            desc = 'top level: ' + desc
        else:
            parts2, a, desc = bad_sum(r, parts2, ('typo', 'swap', 'stale', 'double'))
            parts1 = [a, b, cc]
            tot_beds = sum(parts1)
            desc = 'second level: ' + desc
    T = f(tot_beds)
    A, B, C = [f(x) for x in parts1]
    A1, A2 = [f(x) for x in parts2]
    text = ('全%s医疗卫生机构共有床位%s张。按机构类型分，医院%s张（其中公立医院%s张、民营医院%s张），'
            '基层医疗卫生机构%s张，专业公共卫生机构%s张。') % (r.choice(['市', '县', '区']), T, A, A1, A2, B, C)
    if r.random() < 0.4:
        text = text.replace('（其中', '，其中').replace('张），', '张；')
    return text, [SUM(T, [A, B, C]), SUM(A, [A1, A2], 'partial')], desc


@st('totals', 'yishi_ershi_list', 'CI')
def _t06(r, lab):
    c = ctx(r)
    what, cats = r.choice(AMT_DOM)
    k = r.randint(3, min(5, len(cats)))
    names = r.sample(cats, k)
    d = r.choice([0, 1, 2])
    tot = r.randint(2000, 900000)  # in 10**-d 万元
    parts = split_int(r, tot, k)
    desc = 'parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W = dec(tot, d, c['comma']) + '万'
    P = [dec(p, d, c['comma']) + '万' for p in parts]
    ords = ['一是', '二是', '三是', '四是', '五是']
    verbs = ['安排', '投入', '拨付', '落实', '下达']
    lines = ['%s%s资金%s元' % (ords[i], r.choice(verbs), P[i]) for i in range(k)]
    lines = ['%s%s，%s' % (ords[i], names[i], lines[i][2:]) for i in range(k)]
    sep = r.choice(['；', '。'])
    text = '%d年%s%s元，主要用于%s个方面：%s。' % (c['y'], what, W, cnq(k), sep.join(lines))
    return text, [SUM(W, P), CNT(cnq(k), [l.split('，')[0][2:] for l in lines])], desc


@st('totals', 'circled_number_list', 'CI')
def _t07(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(3, min(6, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(100, 12000)
    parts = split_int(r, tot, k)
    desc = 'parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W, P = f(tot), [f(p) for p in parts]
    circ = '①②③④⑤⑥'
    items = ''.join('%s%s%s%s；' % (circ[i], names[i], P[i], unit) for i in range(k))[:-1]
    text = '%s%s合计%s%s，分别为：%s。' % (c['place'], what, W, unit, items)
    if r.random() < 0.5:
        text = text.replace('；', '\n').replace('分别为：', '分别为：\n')
    return text, [SUM(W, P)], desc


@st('totals', 'paren_number_lines', 'CI')
def _t08(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, cats = r.choice(AMT_DOM)
    k = r.randint(3, min(5, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(300, 80000)
    parts = split_int(r, tot, k)
    desc = 'parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W, P = f(tot) + '万', [f(p) + '万' for p in parts]
    head = r.choice(['（三）资金使用情况', '三、资金使用情况', '（二）项目资金安排'])
    lines = [head, '%d年%s%s元，具体如下：' % (c['y'], what, W)]
    form = r.choice(['(%d)', '（%d）', '%d.', '%d、'])
    for i in range(k):
        lines.append('%s%s：%s元%s' % (form % (i + 1), names[i], P[i], r.choice(['。', '；', ''])))
    return '\n'.join(lines), [SUM(W, P)], desc


@st('totals', 'bullet_lines', 'CI')
def _t09(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(3, min(6, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(50, 6000)
    parts = split_int(r, tot, k)
    desc = 'parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W, P = f(tot), [f(p) for p in parts]
    b = r.choice(['●', '■', '—', '·', '◆', '-'])
    lines = ['【%s】%s%s%s' % (r.choice(['工作概况', '数据快报', '基本情况']), what, W, unit)]
    for n, p in zip(names, P):
        lines.append('%s %s：%s%s' % (b, n, p, unit))
    return '\n'.join(lines), [SUM(W, P)], desc


def _table(r, rows, sep, total_row, total_top=False, unit_row=None, header=None):
    lines = []
    if unit_row:
        lines.append(unit_row)
    if header:
        lines.append(sep.join(header))
    body = [sep.join(x) for x in rows]
    tot = sep.join(total_row)
    if total_top:
        lines.append(tot)
        lines += body
    else:
        lines += body
        lines.append(tot)
    return '\n'.join(lines)


@st('totals', 'table_pipe_total_bottom', 'CI')
def _t10(r, lab):
    c = ctx(r)
    what, cats = r.choice(AMT_DOM)
    k = r.randint(3, min(6, len(cats)))
    names = r.sample(cats, k)
    d = r.choice([0, 2])
    tot = r.randint(5000, 5000000)
    parts = split_int(r, tot, k)
    desc = 'column adds up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W, P = dec(tot, d, c['comma']), [dec(p, d, c['comma']) for p in parts]
    sep = r.choice(['｜', ' | ', '|'])
    text = '表1  %d年%s明细（单位：万元）\n' % (c['y'], what)
    text += _table(r, [[n, p] for n, p in zip(names, P)], sep, [r.choice(['合计', '合  计', '总计']), W],
                   header=['项目', '金额'])
    return text, [SUM(W, P)], desc


@st('totals', 'table_tabs_unit_row', 'C')
def _t11(r, lab):
    c = ctx(r)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(3, min(7, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(200, 30000)
    parts = split_int(r, tot, k)
    desc = 'column adds up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W, P = str(tot), [str(p) for p in parts]
    text = '%s%s分类统计\n' % (c['place'], what)
    text += _table(r, [[n, p] for n, p in zip(names, P)], '\t', ['合计', W], unit_row='\t\t单位：%s' % unit,
                   header=['类别', '数量'])
    return text, [SUM(W, P)], desc


@st('totals', 'table_spaces_fullwidth', 'I')
def _t12(r, lab):
    c = ctx(r)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(3, min(6, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(100, 9999)
    parts = split_int(r, tot, k)
    desc = 'column adds up (full-width digits)'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    W, P = fw(str(tot)), [fw(str(p)) for p in parts]
    rows = []
    for n, p in zip(names, P):
        rows.append(n + ' ' * r.randint(2, 6) + p + ' ' * r.randint(1, 3) + unit)
    rows.append('总  计' + ' ' * r.randint(3, 6) + W + ' ' * r.randint(1, 3) + unit)
    text = '%s情况一览\n' % what + '\n'.join(rows)
    return text, [SUM(W, P)], desc


@st('totals', 'table_total_row_on_top', 'CI')
def _t13(r, lab):
    c = ctx(r)
    what, cats = r.choice(AMT_DOM)
    k = r.randint(3, min(6, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(500, 200000)
    parts = split_int(r, tot, k)
    desc = 'column adds up; total row is the first row'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
        desc += '; total row is the first row'
    W, P = ci(tot, c['comma']), [ci(p, c['comma']) for p in parts]
    sep = r.choice(['｜', '\t', '  '])
    text = _table(r, [[n, p] for n, p in zip(names, P)], sep, ['合计', W], total_top=True,
                  unit_row='单位：万元', header=['项目', '%d年决算数' % c['y']])
    return text, [SUM(W, P)], desc


@st('totals', 'table_with_subtotals', 'CI')
def _t14(r, lab):
    c = ctx(r)
    g1 = r.sample(['养老机构', '敬老院', '光荣院', '社区养老服务中心'], 2)
    g2 = r.sample(['日间照料中心', '农村幸福院', '老年食堂', '助餐点'], 2)
    ps = [r.randint(5, 400) for _ in range(4)]
    s1, s2 = ps[0] + ps[1], ps[2] + ps[3]
    tot = s1 + s2
    desc = 'subtotals and total add up'
    if lab == 'inconsistent':
        w = r.randrange(3)
        if w == 0:
            _, s1, desc = bad_sum(r, ps[:2], ('typo', 'swap', 'double'))
            tot = s1 + s2
            desc = 'first 小计: ' + desc
        elif w == 1:
            _, s2, desc = bad_sum(r, ps[2:], ('typo', 'swap', 'drop'))
            tot = s1 + s2
            desc = 'second 小计: ' + desc
        else:
            _, tot, desc = bad_sum(r, [s1, s2], ('typo', 'swap'))
            desc = '总计: ' + desc
    sep = r.choice(['｜', '\t'])
    rows = [['一、机构养老', ''], [g1[0], str(ps[0])], [g1[1], str(ps[1])], ['小计', str(s1)],
            ['二、社区居家养老', ''], [g2[0], str(ps[2])], [g2[1], str(ps[3])], ['小计', str(s2)],
            ['总计', str(tot)]]
    text = '%s养老服务设施统计（单位：个）\n' % c['place'] + '\n'.join(sep.join(x).rstrip(sep) for x in rows)
    S1, S2, T = str(s1), str(s2), str(tot)
    return text, [SUM(S1, [str(ps[0]), str(ps[1])]), SUM(S2, [str(ps[2]), str(ps[3])]), SUM(T, [S1, S2])], desc


@st('totals', 'table_row_total_column', 'CI')
def _t15(r, lab):
    c = ctx(r)
    towns = r.sample(TOWNS, r.randint(2, 4))
    cols = ['城市低保', '农村低保', '特困供养']
    rows = []
    checks = []
    bad_row = r.randrange(len(towns)) if lab == 'inconsistent' else -1
    desc = 'every row total adds up'
    for i, t in enumerate(towns):
        ps = [r.randint(3, 900) for _ in cols]
        tot = sum(ps)
        if i == bad_row:
            ps, tot, d0 = bad_sum(r, ps, ('typo', 'swap', 'stale', 'drop'))
            desc = 'row %s: %s' % (t, d0)
        rows.append([t] + [str(p) for p in ps] + [str(tot)])
        checks.append(SUM(str(tot), [str(p) for p in ps]))
    sep = r.choice(['  ', '\t', '｜'])
    text = '各镇（街道）救助对象分布（单位：人）\n' + sep.join(['单位'] + cols + ['合计']) + '\n' + '\n'.join(sep.join(x) for x in rows)
    # only rows whose strings are unambiguous in text are kept (always true: operands just need to be substrings)
    return text, checks, desc


@st('totals', 'yi_and_wan_mixed', 'CI')
def _t16(r, lab):
    c = ctx(r)
    what, cats = r.choice(AMT_DOM)
    k = r.randint(2, 4)
    names = r.sample(cats, k)
    parts = [r.randint(800, 60000) * 10 ** 4 for _ in range(k)]  # yuan, whole 万
    tot = sum(parts)
    desc = 'parts in 万 add up to the whole in 亿 within rounding'
    shown = list(parts)
    if lab == 'inconsistent':
        m = r.choice(['slip', 'typo', 'drop', 'stale'])
        i = r.randrange(k)
        if m == 'slip':
            shown[i] = parts[i] * 10 if r.random() < 0.5 else parts[i] // 10
            desc = 'part %d written with a decimal/万 slip (x10)' % (i + 1)
        elif m == 'typo':
            tot = int(Fr(typo_str(r, rnd(Fr(tot, 10 ** 8), 2))) * 10 ** 8)
            desc = 'total in 亿 mistyped'
        elif m == 'drop':
            tot = tot - parts[i]
            desc = 'part %d left out of the total' % (i + 1)
        else:
            shown[i] = int(parts[i] * r.choice([0.7, 0.8, 1.25, 1.4])) // 10 ** 4 * 10 ** 4
            desc = 'part %d revised but the 亿 total was left stale' % (i + 1)
    W = yi(tot, 2)
    P = [wan(p, 0, c['comma']) for p in shown]
    body = '，'.join('%s%s元' % (n, p) for n, p in zip(names, P))
    text = '%s%s元。%s%s。' % (what, W, r.choice(['按资金类别分，', '分项目看，', '具体为：']), body)
    return text, [SUM(W, P)], desc


@st('totals', 'yuan_and_wanyuan_mixed', 'I')
def _t17(r, lab):
    c = ctx(r)
    k = r.randint(2, 4)
    donors = r.sample(['机关干部', '企业家', '爱心人士', '学校师生', '村（居）民', '商会会员'], k)
    parts = [r.randint(3000, 900000) for _ in range(k)]  # yuan, exact
    tot = sum(parts)
    i = r.randrange(k)
    m = r.choice(['wan', 'drop', 'typo'])
    if m == 'wan':
        tot = tot - parts[i] + parts[i] * r.choice([10, 100])
        desc = 'part %d converted from 元 to 万元 wrongly in the total' % (i + 1)
    elif m == 'drop':
        tot -= parts[i]
        desc = 'part %d left out of the total' % (i + 1)
    else:
        tot = int(Fr(typo_str(r, rnd(Fr(tot, 10000), 2))) * 10000)
        desc = 'total in 万元 mistyped'
    W = rnd_c(Fr(tot, 10000), 2) + '万'
    P = [ci(p, c['comma']) for p in parts]
    body = '，'.join('%s捐款%s元' % (n, p) for n, p in zip(donors, P))
    text = '“%s”慈善月活动中，%s，共募集善款%s元，全部用于困难群众帮扶。' % (r.choice(['情暖万家', '邻里守望', '春风行动']), body, W)
    return text, [SUM(W, P)], desc


@st('totals', 'chinese_numeral_counts', 'CI')
def _t18(r, lab):
    c = ctx(r)
    tot = r.randint(6, 60)
    k = r.randint(2, 4)
    parts = split_int(r, tot, k, 0.2)
    desc = 'Chinese-numeral parts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts, ('typo', 'drop', 'double', 'stale'))
    dom = r.choice([('组建工作专班', '个', ['项目推进', '招商引资', '信访维稳', '环境整治']),
                    ('选派驻村第一书记', '名', ['市直单位', '区直单位', '国有企业', '镇街']),
                    ('设立便民服务站', '个', ['社区', '村', '园区', '商圈']),
                    ('召开专题会议', '次', ['常委会', '政府常务会', '现场办公会', '调度会'])])
    what, unit, names = dom
    names = names[:k]
    mixed = r.random() < 0.3
    W = cn(tot)
    P = [str(p) if (mixed and i % 2) else cn(p) for i, p in enumerate(parts)]
    body = '、'.join('%s%s%s' % (n, p, unit) for n, p in zip(names, P))
    text = '全年共%s%s%s，%s%s。' % (what, W, unit, r.choice(['分别来自', '其中', '涉及']), body)
    mode = 'partial' if '其中' in text else 'exact'
    return text, [SUM(W, P, mode)], desc


NAMED_LISTS = [
    ('工程', ['城市更新工程', '产业强基工程', '民生补短板工程', '生态修复工程', '数字赋能工程', '人才引育工程']),
    ('行动', ['营商环境提升行动', '乡村建设行动', '消费提振行动', '安全生产治本攻坚行动', '文明城市创建行动']),
    ('机制', ['首问负责机制', '限时办结机制', '容缺受理机制', '帮办代办机制', '好差评机制']),
    ('平台', ['政务服务平台', '社会治理平台', '信用信息平台', '公共资源交易平台']),
    ('中心', ['党群服务中心', '新时代文明实践中心', '综治中心', '退役军人服务中心', '养老服务中心']),
]


@st('totals', 'named_list_count', 'CI')
def _t19(r, lab):
    kind, pool = r.choice(NAMED_LISTS)
    k = r.randint(2, min(5, len(pool)))
    items = r.sample(pool, k)
    stated = k
    desc = 'listed names match the count'
    if lab == 'inconsistent':
        stated = k + r.choice([-1, 1, 2]) if k > 2 else k + r.choice([1, 2])
        desc = '%d names listed but %d stated' % (k, stated)
    S = cnq(stated)
    q = r.choice(['“%s”', '‘%s’', '%s'])
    form = r.choice([0, 1, 2])
    if form == 0:
        text = '扎实推进%s大%s：%s。' % (S, kind, '、'.join(q % x for x in items))
    elif form == 1:
        text = '重点实施%s、%s这%s项%s，年度目标任务全面完成。' % ('、'.join(items[:-1]), items[-1], S, kind)
    else:
        text = '围绕“%s个%s”建设，即%s，逐项细化责任清单。' % (S, kind, '，'.join(items))
    return text, [CNT(S, items)], desc


@st('totals', 'deng_count', 'CNI')
def _t20(r, lab):
    c = ctx(r)
    pool = ['荷塘月色', '古井人家', '竹林书院', '梨花村', '石板古道', '金穗农场', '云端茶园', '渔歌码头', '桃源驿站']
    stated = r.randint(3, 7)
    if lab == 'consistent':
        k = stated
        desc = 'all N items listed before 等N个'
    elif lab == 'negative':
        k = r.randint(2, stated - 1)
        desc = 'fewer items than N listed before 等N个 (allowed)'
    else:
        k = stated + r.randint(1, 2)
        desc = 'more items listed than 等N个 states'
    items = r.sample(pool, k)
    S = r.choice([cnq(stated), str(stated)])
    text = '打造%s等%s个乡村旅游示范点，%s' % ('、'.join(items), S, r.choice(['带动周边群众增收。', '接待游客持续增长。', '形成了一批叫得响的乡村品牌。']))
    return text, [CNT(S, items, deng=True)], desc


@st('totals', 'stock_flow_formula', 'CI')
def _t21(r, lab):
    c = ctx(r)
    f = fmt(c)
    dom = r.choice([('登记在册市场主体', '户', '新设立', '注销'),
                    ('在册低保对象', '人', '新纳入', '退出'),
                    ('在库规上工业企业', '家', '新增入库', '退库'),
                    ('签约家庭医生服务对象', '人', '新签约', '解约'),
                    ('注册志愿者', '名', '新注册', '注销')])
    what, unit, inw, outw = dom
    start = r.randint(300, 90000)
    add = r.randint(int(start * 0.03) + 1, int(start * 0.3) + 2)
    sub = r.randint(1, int(start * 0.2) + 2)
    end = start + add - sub
    desc = 'start + in - out = end'
    if lab == 'inconsistent':
        m = r.choice(['sign', 'typo', 'swap', 'stale'])
        if m == 'sign':
            end = start - add + sub
            desc = 'end computed with in/out signs reversed'
        elif m == 'typo':
            end = typo_int(r, end)
            desc = 'end figure mistyped'
        elif m == 'swap':
            end = swap_int(r, end)
            desc = 'two adjacent digits of the end figure swapped'
        else:
            sub2 = sub + max(1, int(sub * r.uniform(0.1, 0.5)))
            desc = 'outflow revised from %d to %d, end figure left stale' % (sub, sub2)
            sub = sub2
    S, A, O, E = f(start), f(add), f(sub), f(end)
    if end == start + add - sub and lab == 'inconsistent':
        pass
    text = '%d年初，全%s%s%s%s；全年%s%s%s，%s%s%s，年末达到%s%s。' % (
        c['y'], r.choice(['区', '县', '市']), what, S, unit, inw, A, unit, outw, O, unit, E, unit)
    return text, [LIN([('+', S), ('+', A), ('-', O)], E)], desc


@st('totals', 'stock_flow_scattered', 'I')
def _t22(r, lab):
    c = ctx(r)
    f = fmt(c)
    start = r.randint(2000, 50000)
    add = r.randint(100, 6000)
    sub = r.randint(50, 3000)
    end = start + add - sub
    m = r.choice(['sign', 'typo', 'dropout', 'swap'])
    if m == 'sign':
        end = start + add + sub
        desc = 'exits added instead of subtracted'
    elif m == 'typo':
        end = typo_int(r, end)
        desc = 'year-end stock mistyped'
    elif m == 'swap':
        end = swap_int(r, end)
        desc = 'two adjacent digits of year-end stock swapped'
    else:
        end = start + add
        desc = 'exits ignored in the year-end stock'
    S, A, O, E = f(start), f(add), f(sub), f(end)
    text = ('截至%d年底，全%s共有养老保险待遇领取人员%s人。\n'
            '……\n'
            '全年新增待遇领取人员%s人，%s。因死亡等原因终止待遇%s人，均按规定结算了个人账户余额。'
            '据统计，上年末待遇领取人员为%s人。') % (c['y'], r.choice(['区', '县']), E, A,
                                      r.choice(['待遇全部按时足额发放', '社会化发放率保持100%']), O, S)
    return text, [LIN([('+', S), ('+', A), ('-', O)], E)], desc


@st('totals', 'change_from_to', 'CI')
def _t23(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, unit = r.choice([('高新技术企业', '家'), ('省级专精特新企业', '家'), ('城镇新增就业', '人'),
                           ('有效发明专利', '件'), ('A级旅游景区接待游客', '人次'), ('农村集体经济年收入超50万元的村', '个')])
    a = r.randint(20, 50000)
    b = a + r.randint(int(a * 0.05) + 1, int(a * 0.9) + 2)
    if r.random() < 0.3:
        a, b = b, a
    d = b - a
    desc = 'change equals the difference'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'base'])
        if m == 'typo':
            d = typo_int(r, abs(d)) * (1 if d > 0 else -1)
            desc = 'change mistyped'
        elif m == 'swap':
            d = swap_int(r, abs(d)) * (1 if d > 0 else -1)
            desc = 'two adjacent digits of the change swapped'
        else:
            d = d + (r.randint(1, 9) * 10 ** max(0, len(str(abs(d))) - 2)) * r.choice([1, -1])
            desc = 'change taken against a different (earlier) base'
    A, B, D = f(a), f(b), f(abs(d))
    if b >= a:
        v1, v2 = r.choice([('由', '增至'), ('从', '增加到'), ('由', '提升至')]), r.choice(['增加', '净增', '多出'])
    else:
        v1, v2 = r.choice([('由', '减至'), ('从', '下降到')]), r.choice(['减少', '净减'])
    text = '%s%s%s%s%s%s%s，%s%s%s。' % (what, v1[0], A, unit, v1[1], B, unit, v2, D, unit)
    if b >= a:
        chk = LIN([('+', A), ('+', D)], B)
    else:
        chk = LIN([('+', A), ('-', D)], B)
    return text, [chk], desc


@st('totals', 'vs_last_year_reversed_order', 'I')
def _t24(r, lab):
    c = ctx(r)
    f = fmt(c)
    cur = r.randint(500, 90000)
    prev = r.randint(int(cur * 0.6), int(cur * 1.3))
    d = cur - prev
    m = r.choice(['sign', 'typo', 'wrongprev'])
    if m == 'sign' and d != 0:
        word = '减少' if d > 0 else '增加'
        desc = 'direction word reversed (增加/减少)'
    else:
        word = '增加' if d >= 0 else '减少'
        if m == 'typo' or d == 0:
            d = typo_int(r, abs(d) if d else 10) * (1 if d >= 0 else -1)
            desc = 'difference mistyped'
        else:
            d = abs(d) + r.randint(max(2, abs(d) // 5), max(3, abs(d))) * (1 if d >= 0 else -1)
            desc = 'difference computed from a stale prior-year figure'
    what = r.choice(['办理不动产登记业务', '受理社保业务', '开具电子票据', '调解劳动争议'])
    C, P, D = f(cur), f(prev), f(abs(d))
    text = '%d年全%s%s%s笔，比上年%s%s笔。%s上年同期，该项业务量为%s笔。' % (
        c['y'], r.choice(['区', '县']), what, C, word, D, r.choice(FILLERS), P)
    sg = '+' if word == '增加' else '-'
    return text, [LIN([('+', P), (sg, D)], C)], desc


@st('totals', 'budget_income_expense_balance', 'CI')
def _t25(r, lab):
    c = ctx(r)
    d = 2
    inc_parts = [r.randint(10000, 9000000) for _ in range(3)]  # 1/100 万元
    inc = sum(inc_parts)
    exp = int(inc * r.uniform(0.85, 0.99))
    bal = inc - exp
    desc = 'income parts add up and income - expense = balance'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            inc_parts, inc, desc = bad_sum(r, inc_parts)
            desc = 'income total: ' + desc
            bal = sum(inc_parts) - exp if r.random() < 0.5 else inc - exp
        else:
            m = r.choice(['typo', 'swap'])
            bal = typo_int(r, bal) if m == 'typo' else swap_int(r, bal)
            desc = 'balance %s' % ('mistyped' if m == 'typo' else 'digits swapped')
    cm = c['comma']
    I, E, B = dec(inc, d, cm) + '万', dec(exp, d, cm) + '万', dec(bal, d, cm) + '万'
    P = [dec(p, d, cm) + '万' for p in inc_parts]
    text = ('%d年度收入总计%s元，其中：财政拨款收入%s元，事业收入%s元，其他收入%s元。'
            '支出总计%s元。收支相抵，年末结转和结余%s元。') % (c['y'], I, P[0], P[1], P[2], E, B)
    return text, [SUM(I, P, 'partial'), LIN([('+', I), ('-', E)], B)], desc


@st('totals', 'final_accounts_decimal', 'I')
def _t26(r, lab):
    c = ctx(r)
    parts = [r.randint(1000, 600000) for _ in range(2)]
    tot = sum(parts)
    parts, tot, desc = bad_sum(r, parts, ('typo', 'swap', 'stale'))
    cm = c['comma']
    T, B, X = dec(tot, 2, cm), dec(parts[0], 2, cm), dec(parts[1], 2, cm)
    text = ('%d年度%s支出决算%s万元。其中：基本支出%s万元，占%s；项目支出%s万元，主要用于%s。') % (
        c['y'], r.choice(['本部门', '本单位', '局机关']), T, B, '支出总额的大部分', X,
        r.choice(['信息化运维和专项业务工作', '专项执法检查和宣传培训', '基础设施维护']))
    return text, [SUM(T, [B, X], 'partial')], desc


@st('totals', 'ytd_plus_month', 'CI')
def _t27(r, lab):
    c = ctx(r)
    f = fmt(c)
    m = r.randint(3, 11)
    prev = r.randint(2000, 80000)
    mon = r.randint(int(prev / (m - 1) * 0.6), int(prev / (m - 1) * 1.4) + 1)
    cum = prev + mon
    desc = '1—m月 = 1—(m-1)月 + 当月'
    if lab == 'inconsistent':
        k = r.choice(['typo', 'swap', 'double'])
        if k == 'typo':
            cum = typo_int(r, cum)
            desc = 'cumulative mistyped'
        elif k == 'swap':
            cum = swap_int(r, cum)
            desc = 'cumulative digits swapped'
        else:
            cum = prev + 2 * mon
            desc = 'month value added twice'
    dash = r.choice(['—', '-', '～', '至'])
    what = r.choice(['12345热线受理来电', '网上办件量', '入境游客', '货物吞吐量'])
    unit = {'12345热线受理来电': '个', '网上办件量': '件', '入境游客': '人次', '货物吞吐量': '吨'}[what]
    P, M, C = f(prev), f(mon), f(cum)
    if r.random() < 0.5:
        text = '%d月份，%s%s%s；1%s%d月累计%s%s。（上期通报：1%s%d月累计%s%s）' % (
            m, what, M, unit, dash, m, C, unit, dash, m - 1, P, unit)
    else:
        text = '1%s%d月，%s累计%s%s，其中%d月当月%s%s。前%s个月累计为%s%s。' % (
            dash, m, what, C, unit, m, M, unit, cn(m - 1), P, unit)
    return text, [LIN([('+', P), ('+', M)], C)], desc


@st('totals', 'quarters_to_year', 'C')
def _t28(r, lab):
    c = ctx(r)
    q = [r.randint(500, 30000) for _ in range(4)]
    tot = sum(q)
    desc = 'four quarters add to the year'
    f = fmt(c)
    Q = [f(x) for x in q]
    T = f(tot)
    if r.random() < 0.5:
        u = r.choice(['万千瓦时', '万吨', '万人次'])
        w = {'万千瓦时': '全社会用电量', '万吨': '城市供水总量', '万人次': '公交客运量'}[u]
        Q = [x + u[0] for x in Q]
        T = T + u[0]
        text = '%d年%s%s%s，分季度看，一季度%s%s，二季度%s%s，三季度%s%s，四季度%s%s。' % (
            c['y'], w, T, u[1:], Q[0], u[1:], Q[1], u[1:], Q[2], u[1:], Q[3], u[1:])
        ptxt = Q
    else:
        text = '季度\t一季度\t二季度\t三季度\t四季度\t全年\n接诉量（件）\t%s\t%s\t%s\t%s\t%s' % (*Q, T)
        ptxt = Q
    return text, [SUM(T, ptxt)], desc


@st('totals', 'gender_split', 'C')
def _t29(r, lab):
    c = ctx(r)
    f = fmt(c)
    tot = r.randint(30, 60000)
    m = r.randint(int(tot * 0.3), int(tot * 0.7))
    w = tot - m
    T, M, W = f(tot), f(m), f(w)
    who = r.choice(['参训学员', '新录用公务员', '在校学生', '常住人口中的60岁以上老人', '就业见习人员'])
    if r.random() < 0.5:
        text = '%s共%s人，男性%s人、女性%s人。' % (who, T, M, W)
    else:
        text = '%s中，男%s人，女%s人，合计%s人。' % (who, M, W, T)
    return text, [SUM(T, [M, W])], 'male + female = total'


@st('totals', 'overlapping_groups', 'NI')
def _t30(r, lab):
    c = ctx(r)
    f = fmt(c)
    tot = r.randint(40, 3000)
    groups = ['中共党员', '女性', '35岁以下', '大学本科及以上学历']
    k = r.randint(2, 4)
    g = r.sample(groups, k)
    vals = [r.randint(int(tot * 0.3), int(tot * 0.9)) for _ in range(k)]
    desc = 'overlapping groups, each within the whole (sum may exceed it)'
    if lab == 'inconsistent':
        i = r.randrange(k)
        vals[i] = tot + r.randint(max(1, tot // 20), max(2, tot // 3))
        desc = 'group %s larger than the whole' % g[i]
    elif sum(vals) <= tot:
        vals[0] = min(tot, vals[0] + tot - sum(vals) + r.randint(1, max(1, tot // 10)))
    who = r.choice(['全系统干部职工', '社区工作者队伍', '驻村工作队员', '新招录教师'])
    T = f(tot)
    V = [f(v) for v in vals]
    text = '%s共%s人，其中%s。' % (who, T, '，'.join('%s%s人' % (a, b) for a, b in zip(g, V)))
    return text, [OVL(T, V)], desc


@st('totals', 'approx_total_yue', 'N')
def _t31(r, lab):
    c = ctx(r)
    f = fmt(c)
    k = r.randint(2, 4)
    parts = [r.randint(300, 9000) for _ in range(k)]
    e = sum(parts)
    q = r.choice(['约', '近', '超过', '逾', '多', '余', '以上'])
    step = 100 if e < 10000 else 1000
    if q == '约':
        s = round(e * r.uniform(0.95, 1.05) / step) * step
    elif q == '近':
        s = -(-e // step) * step
    else:
        s = e // step * step
    s = int(s)
    names = r.sample(['社区', '农村', '学校', '企业', '机关', '商圈'], k)
    P = [f(p) for p in parts]
    if q in ('多', '余'):
        S = f(s)
        tail = '%s%s人' % (S, q)
    elif q == '以上':
        S = f(s)
        tail = '%s人以上' % S
    else:
        S = f(s)
        tail = '%s%s人' % (q, S)
    text = '累计开展宣讲活动，覆盖群众%s。分阵地看：%s。' % (tail, '，'.join('%s%s人' % (n, p) for n, p in zip(names, P)))
    return text, [APX(q, S, parts=P)], 'approximate total (%s) compatible with the exact parts' % q


@st('totals', 'approx_wan_figure', 'N')
def _t32(r, lab):
    c = ctx(r)
    k = r.randint(2, 4)
    parts = [r.randint(2000, 90000) for _ in range(k)]
    e = sum(parts)
    q = r.choice(['约', '超过', '逾', '近'])
    if q == '约':
        s = Fr(round(e / 1000)) / 10
    elif q == '近':
        s = Fr(-(-e // 1000), 10)
    else:
        s = Fr(e // 1000, 10)
    S = rnd(s, 1) + '万'
    P = [ci(p, c['comma']) for p in parts]
    text = '全年接待游客%s%s人次，%s。其中%s。' % (q if q != '超过' else '超过', S, r.choice(['旅游市场加快回暖', '节假日客流创新高']),
                                      '，'.join('%s%s人次' % (n, p) for n, p in zip(r.sample(['春节', '五一', '暑期', '国庆', '元旦'], k), P)))
    return text, [APX(q, S, parts=P)], 'approximate 万 figure compatible with the listed parts'


@st('totals', 'targets_and_plans', 'N')
def _t33(r, lab):
    c = ctx(r)
    y = c['y'] + 1
    a, b, cc = r.randint(5, 40), r.randint(100, 900), r.randint(1000, 20000)
    toks = [str(a), str(b), ci(cc)]
    text = ('%d年，力争新增规上工业企业%s家，新建5G基站%s个以上；目标新增城镇就业%s人，'
            '确保“十四五”规划主要指标顺利完成。') % (y, toks[0], toks[1], toks[2])
    return text, [NONE(toks + ['5G', '十四五'], 'targets for next year, nothing to add up')], 'targets only'


@st('totals', 'codes_dates_phones', 'N')
def _t34(r, lab):
    c = ctx(r)
    n = r.randint(3, 199)
    tel = '0%d-%d' % (r.randint(510, 799), r.randint(5000000, 8999999))
    mo, da = r.randint(1, 12), r.randint(1, 28)
    doc = '%s政办发〔%d〕%d号' % (r.choice(['临', '安', '清', '溪']), c['y'], n)
    text = ('根据《关于进一步做好困难群众救助工作的通知》（%s）要求，自%d年%d月%d日起，'
            '各镇（街道）每周一至周五8:30—17:30受理申请，咨询电话：%s，监督热线12345。') % (doc, c['y'], mo, da, tel)
    return text, [NONE([doc, tel, '12345', '%d年%d月%d日' % (c['y'], mo, da)], 'document number, date, phone')], 'codes only'


@st('totals', 'hotline_channels', 'CI')
def _t35(r, lab):
    c = ctx(r)
    f = fmt(c)
    ch = ['电话', '网站', '微信公众号', '手机APP', '短信', '来信']
    k = r.randint(3, 6)
    ch = ch[:k]
    tot = r.randint(3000, 200000)
    parts = sorted(split_int(r, tot, k, 0.02), reverse=True)
    desc = 'channels add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    T, P = f(tot), [f(p) for p in parts]
    text = '%s月份，热线共受理群众来电来信%s件。按受理渠道分：%s。' % (
        cn(r.randint(1, 12)), T, '；'.join('%s渠道%s件' % (a, b) for a, b in zip(ch, P)))
    return text, [SUM(T, P)], desc


@st('totals', 'audit_problem_amounts', 'CI')
def _t36(r, lab):
    c = ctx(r)
    cats = r.sample(['违规使用资金', '管理不规范资金', '损失浪费资金', '应缴未缴财政收入', '闲置沉淀资金'], r.randint(3, 4))
    d = r.choice([2, 1])
    parts = [r.randint(50, 200000) for _ in cats]
    tot = sum(parts)
    desc = 'problem amounts add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    T = dec(tot, d, c['comma']) + '万'
    P = [dec(p, d, c['comma']) + '万' for p in parts]
    text = '全年共审计（调查）单位%d个，查出主要问题金额%s元，包括：%s。' % (
        r.randint(12, 80), T, '，'.join('%s%s元' % (a, b) for a, b in zip(cats, P)))
    return text, [SUM(T, P)], desc


@st('totals', 'pdf_line_breaks', 'I')
def _t37(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(3, min(5, len(cats)))
    names = r.sample(cats, k)
    tot = r.randint(500, 50000)
    parts = split_int(r, tot, k)
    parts, tot, desc = bad_sum(r, parts)
    T, P = f(tot), [f(p) for p in parts]
    segs = ['%s%s%s' % (n, p, unit) for n, p in zip(names, P)]
    body = '、'.join(segs)
    # break lines the way PDF extraction does: inside words, never inside a number
    j = body.index(names[1]) + 1
    body = body[:j] + '\n\n' + body[j:]
    text = '%d年，%s%s%s\n%s。按类别，%s。' % (c['y'], what, r.choice(['共计', '共']), T, unit, body)
    return text, [SUM(T, P)], desc + ' (text broken across lines)'


@st('totals', 'township_breakdown', 'CI')
def _t38(r, lab):
    c = ctx(r)
    f = fmt(c)
    k = r.randint(3, 7)
    towns = r.sample(TOWNS, k)
    tot = r.randint(100, 20000)
    parts = split_int(r, tot, k)
    desc = 'township figures add up'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    T, P = f(tot), [f(p) for p in parts]
    what, unit = r.choice([('完成农村户厕改造', '户'), ('新增高标准农田', '亩'), ('完成危房改造', '户'), ('种植油菜', '亩')])
    text = '%s全年%s%s%s。各镇（街道）完成情况：%s。' % (c['place'], what, T, unit,
                                          '，'.join('%s%s%s' % (a, b, unit) for a, b in zip(towns, P)))
    return text, [SUM(T, P)], desc


@st('totals', 'enrollment_by_level', 'C')
def _t39(r, lab):
    c = ctx(r)
    f = fmt(c)
    lv = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校']
    k = r.randint(3, 5)
    lv = lv[:k]
    ps = [r.randint(800, 60000) for _ in lv]
    T = f(sum(ps))
    P = [f(p) for p in ps]
    text = '全%s共有各级各类学校在校（园）学生%s人。其中：%s。' % (
        r.choice(['县', '区']), T, '；'.join('%s%s人' % (a, b) for a, b in zip(lv, P)))
    return text, [SUM(T, P, 'partial')], 'levels cover the whole'


@st('totals', 'health_institutions', 'C')
def _t40(r, lab):
    c = ctx(r)
    h = r.randint(3, 40)
    cw = r.randint(10, 60)
    cl = r.randint(20, 400)
    pub = r.randint(2, 9)
    other = r.randint(0, 15)
    tot = h + cw + cl + pub + other
    text = ('年末全%s共有医疗卫生机构%d个，其中医院%d个，乡镇卫生院和社区卫生服务中心（站）%d个，'
            '村卫生室%d个，专业公共卫生机构%d个，其他机构%d个。') % (r.choice(['县', '区', '市']), tot, h, cw, cl, pub, other)
    return text, [SUM(str(tot), [str(h), str(cw), str(cl), str(pub), str(other)], 'partial')], 'categories cover the whole'


@st('totals', 'assistance_people_and_money', 'CI')
def _t41(r, lab):
    c = ctx(r)
    f = fmt(c)
    n = [r.randint(100, 9000) for _ in range(3)]
    m = [r.randint(500, 90000) for _ in range(3)]  # 1/100 万元
    N_, M_ = sum(n), sum(m)
    desc = 'people and money both add up'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            n, N_, desc = bad_sum(r, n)
            desc = 'people: ' + desc
        else:
            m, M_, desc = bad_sum(r, m)
            desc = 'money: ' + desc
    names = ['城乡低保', '特困供养', '临时救助']
    NN, MM = f(N_), dec(M_, 2, c['comma']) + '万'
    P = [f(x) for x in n]
    Q = [dec(x, 2, c['comma']) + '万' for x in m]
    text = '全年累计救助困难群众%s人次，发放救助资金%s元。其中，%s。' % (
        NN, MM, '；'.join('%s%s人次、%s元' % (a, b, q) for a, b, q in zip(names, P, Q)))
    return text, [SUM(NN, P, 'partial'), SUM(MM, Q, 'partial')], desc


@st('totals', 'population_natural_change', 'C')
def _t42(r, lab):
    c = ctx(r)
    f = fmt(c)
    births = r.randint(800, 30000)
    deaths = r.randint(800, 30000)
    nat = births - deaths
    prev = r.randint(200000, 3000000)
    mig = r.randint(-5000, 9000)
    end = prev + nat + mig
    B, D = f(births), f(deaths)
    P, E = f(prev), f(end)
    word = '增长' if nat >= 0 else '减少'
    NT = f(abs(nat))
    mw = '净迁入' if mig >= 0 else '净迁出'
    MG = f(abs(mig))
    text = ('全年出生人口%s人，死亡人口%s人，人口自然%s%s人；%s%s人。年末户籍人口%s人，上年末为%s人。') % (
        B, D, word, NT, mw, MG, E, P)
    chk1 = LIN([('+', B), ('-', D)], NT) if nat >= 0 else LIN([('+', D), ('-', B)], NT)
    chk2 = LIN([('+', P), ('+' if nat >= 0 else '-', NT), ('+' if mig >= 0 else '-', MG)], E)
    return text, [chk1, chk2], 'births - deaths = natural change; stock and flow'


@st('totals', 'cumulative_vs_this_year', 'NI')
def _t43(r, lab):
    c = ctx(r)
    f = fmt(c)
    cum = r.randint(30, 5000)
    if lab == 'negative':
        this = r.randint(1, int(cum * 0.6) + 1)
        desc = 'this year is a part of the cumulative total'
    else:
        this = cum + r.randint(1, max(2, cum // 4))
        desc = 'this-year figure larger than the cumulative total it belongs to'
    what, unit = r.choice([('建成5G基站', '个'), ('创建“无废细胞”', '个'), ('改造老旧小区', '个'), ('建成充电桩', '根')])
    text = '截至%d年底，累计%s%s%s，其中%d年新增%s%s。' % (c['y'], what, f(cum), unit, c['y'], f(this), unit)
    return text, [SUM(f(cum), [f(this)], 'partial')], desc


@st('totals', 'difference_between_parts', 'I')
def _t44(r, lab):
    c = ctx(r)
    f = fmt(c)
    a = r.randint(50, 20000)
    b = r.randint(50, 20000)
    if a < b:
        a, b = b, a
    d = a - b
    m = r.choice(['typo', 'swap', 'sum'])
    if m == 'typo':
        d2 = typo_int(r, d) if d >= 10 else d + r.randint(2, 9)
        desc = 'difference mistyped'
    elif m == 'swap' and d >= 10:
        d2 = swap_int(r, d)
        desc = 'difference digits swapped'
    else:
        d2 = a - b + r.choice([1, -1]) * r.randint(1, max(1, d // 3 + 1))
        if d2 == d:
            d2 = d + 1
        desc = 'difference computed from an older figure'
    A, B, D = f(a), f(b), f(max(d2, 1))
    text = '城区学校在校生%s人，乡村学校%s人，城区比乡村多%s人。' % (A, B, D)
    return text, [LIN([('+', B), ('+', D)], A)], desc


@st('totals', 'total_after_parts', 'CI')
def _t45(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, unit, cats = r.choice(CNT_DOM)
    k = r.randint(2, min(5, len(cats)))
    names = r.sample(cats, k)
    parts = [r.randint(5, 9000) for _ in names]
    tot = sum(parts)
    desc = 'parts add up to the closing total'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    P, T = [f(p) for p in parts], f(tot)
    text = '%s。%s。以上合计%s%s%s。' % ('；'.join('%s%s%s' % (a, b, unit) for a, b in zip(names, P)),
                                 r.choice(FILLERS)[:-1], r.choice(['', '共']), T, unit)
    return text, [SUM(T, P)], desc


@st('totals', 'registration_net_change', 'C')
def _t46(r, lab):
    c = ctx(r)
    f = fmt(c)
    new = r.randint(500, 40000)
    gone = r.randint(100, int(new * 0.9))
    net = new - gone
    desc = 'new - cancelled = net'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'sum'])
        if m == 'sum':
            net = new + gone
            desc = 'net computed as new + cancelled'
        elif m == 'typo':
            net = typo_int(r, net)
            desc = 'net mistyped'
        else:
            net = swap_int(r, net)
            desc = 'net digits swapped'
    N, G, T = f(new), f(gone), f(net)
    text = '全年新登记各类市场主体%s户，注销%s户，净增%s户。' % (N, G, T)
    return text, [LIN([('+', N), ('-', G)], T)], desc


@st('totals', 'revenue_tax_nontax', 'CI')
def _t47(r, lab):
    c = ctx(r)
    tax = r.randint(500, 90000)  # 1/100 亿元
    non = r.randint(100, 40000)
    tot = tax + non
    desc = 'tax + non-tax = general budget revenue'
    if lab == 'inconsistent':
        _, tot, desc = bad_sum(r, [tax, non], ('typo', 'swap', 'drop'))
    T, X, N = dec(tot, 2) + '亿', dec(tax, 2) + '亿', dec(non, 2) + '亿'
    if r.random() < 0.5:
        text = '一般公共预算收入完成%s元，其中税收收入%s元、非税收入%s元。' % (T, X, N)
    else:
        text = '全年税收收入%s元；非税收入%s元；两项合计，一般公共预算收入%s元。' % (X, N, T)
    return text, [SUM(T, [X, N], 'partial' if '其中' in text else 'exact')], desc


@st('totals', 'rating_distribution', 'C')
def _t48(r, lab):
    c = ctx(r)
    tot = r.randint(20, 400)
    parts = split_int(r, tot, 4, 0.02)
    parts.sort(key=lambda x: -x)
    parts = [parts[1], parts[0], parts[2], parts[3]]
    names = ['优秀', '良好', '合格', '不合格']
    P = [str(p) for p in parts]
    text = '参加年度考核的%s%d个，考核结果为“%s”等次%s个、“%s”等次%s个、“%s”等次%s个、“%s”等次%s个。' % (
        r.choice(['村（社区）', '单位', '学校']), tot, names[0], P[0], names[1], P[1], names[2], P[2], names[3], P[3])
    return text, [SUM(str(tot), P)], 'ratings add up to the number assessed'


@st('totals', 'project_status_count', 'I')
def _t49(r, lab):
    c = ctx(r)
    tot = r.randint(12, 200)
    parts = split_int(r, tot, 3, 0.1)
    parts, tot, desc = bad_sum(r, parts, ('typo', 'drop', 'double', 'stale'))
    text = ('%d年全%s共安排重点项目%s个，年度计划投资%s亿元。截至12月底，已竣工%s个，在建%s个，开展前期工作%s个。') % (
        c['y'], r.choice(['区', '县', '市']), cn(tot) if r.random() < 0.3 else str(tot), rnd(Fr(r.randint(1000, 90000), 100), 1),
        parts[0], parts[1], parts[2])
    T = cn(tot) if cn(tot) + '个' in text else str(tot)
    return text, [SUM(T, [str(p) for p in parts])], desc


@st('totals', 'slogans_and_codes', 'N')
def _t50(r, lab):
    a = r.choice(['“1+3+N”', '“1+X”', '“5+2”', '“3+1+N”'])
    b = r.choice(['“十四五”', '“双12”', '“两个确保”', '“三个一批”'])
    n = r.randint(2, 9)
    text = ('构建%s服务体系，落实%s要求，推进“%s个100%%”目标，打造“15分钟便民生活圈”，开通24小时自助服务区，'
            '全面推广5G+智慧医疗。') % (a, b, cn(n))
    return text, [NONE([a, b, '15分钟', '24小时', '5G', cn(n) + '个100%'], 'slogans, named programmes, time spans')], 'no checkable arithmetic'


@st('totals', 'semicolon_mixed_measure_words', 'CI')
def _t51(r, lab):
    c = ctx(r)
    f = fmt(c)
    k = r.randint(3, 5)
    items = r.sample([('发放宣传资料', '份'), ('张贴海报', '张'), ('悬挂横幅', '条'), ('推送短信', '条'), ('播放公益广告', '次')], k)
    parts = [r.randint(50, 20000) for _ in items]
    tot = sum(parts)
    desc = 'items add up (different measure words)'
    if lab == 'inconsistent':
        parts, tot, desc = bad_sum(r, parts)
    P, T = [f(p) for p in parts], f(tot)
    text = '宣传月期间，%s，各类宣传品合计%s件（份、条、次）。' % ('；'.join('%s%s%s' % (a[0], b, a[1]) for a, b in zip(items, P)), T)
    return text, [SUM(T, P)], desc


@st('totals', 'two_breakdowns_same_whole', 'C')
def _t52(r, lab):
    c = ctx(r)
    f = fmt(c)
    tot = r.randint(500, 60000)
    ch = ['电话', '网络', '来信来访']
    ty = r.sample(['咨询', '求助', '投诉', '建议', '举报'], r.randint(3, 4))
    p1 = split_int(r, tot, 3, 0.05)
    p2 = split_int(r, tot, len(ty), 0.05)
    P1, P2, T = [f(x) for x in p1], [f(x) for x in p2], f(tot)
    text = ('%d年%s受理群众诉求%s件。\n按渠道分：%s。\n按性质分：%s。') % (
        c['y'], r.choice(['全年', '上半年', '前三季度']), T,
        '，'.join('%s%s件' % (a, b) for a, b in zip(ch, P1)),
        '，'.join('%s类%s件' % (a, b) for a, b in zip(ty, P2)))
    return text, [SUM(T, P1), SUM(T, P2)], 'two independent breakdowns of the same whole, each adds up (not to be summed together)'


# ============================== pct family ================================
def rate(num, den, d=1, mode='round'):
    return pstr(Fr(num) / Fr(den), d, mode)


def pick_mode(r):
    return 'trunc' if r.random() < 0.15 else 'round'


def bad_rate_str(r, s):
    m = r.choice(['typo', 'swap'])
    return (typo_str(r, s), 'rate mistyped') if m == 'typo' else (swap_str(r, s), 'two digits of the rate swapped')


RATE_DOM = [
    ('应接种', '已完成接种', '接种率', '人'),
    ('受理', '办结', '办结率', '件'),
    ('回访', '表示满意', '满意率', '人次'),
    ('抽检食品', '检验合格', '合格率', '批次'),
    ('计划开工项目', '已开工', '开工率', '个'),
    ('排查出隐患', '完成整改', '整改率', '处'),
    ('常住65岁以上老年人', '纳入健康管理', '健康管理率', '人'),
    ('应参保', '实际参保', '参保率', '人'),
    ('确定帮扶对象', '实现稳定就业', '就业率', '人'),
]


DEN_RANGE = {'接种率': (500, 90000, 0.8), '办结率': (300, 60000, 0.85), '满意率': (100, 20000, 0.8),
             '合格率': (50, 3000, 0.9), '开工率': (10, 300, 0.5), '整改率': (30, 5000, 0.7),
             '健康管理率': (2000, 60000, 0.6), '参保率': (5000, 300000, 0.9), '就业率': (50, 5000, 0.6)}


def dn(r, rn, lo=None, hi=None):
    a, b, rlo = DEN_RANGE[rn]
    den = r.randint(a if lo is None else lo, b if hi is None else hi)
    num = r.randint(int(den * rlo), den)
    return den, num


@st('pct', 'rate_after_counts', 'CI')
def _p01(r, lab):
    c = ctx(r)
    f = fmt(c)
    dp, npx, rn, unit = r.choice(RATE_DOM)
    den, num = dn(r, rn)
    d = r.choice([1, 1, 2, 0])
    s = rate(num, den, d, pick_mode(r))
    desc = 'rate = num/den'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'complement'])
        if m == 'complement' and num < den * 0.9:
            s = pstr(1 - Fr(num, den), d)
            desc = 'complementary rate reported (1 - num/den)'
        else:
            s, desc = bad_rate_str(r, s)
    D, N, S = f(den), f(num), s + '%'
    text = '%d年，全%s%s%s%s，%s%s%s，%s%s%s。' % (c['y'], r.choice(['区', '县', '市']), dp, D, unit, npx, N, unit, rn,
                                         r.choice(['', '为', '达', '达到']), S)
    return text, [PCT(S, N, D)], desc


@st('pct', 'rate_before_counts_bracket', 'CI')
def _p02(r, lab):
    c = ctx(r)
    f = fmt(c)
    dp, npx, rn, unit = r.choice(RATE_DOM)
    den, num = dn(r, rn)
    s = rate(num, den, r.choice([1, 2]), pick_mode(r))
    desc = 'rate = num/den, stated before its counts'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'num_changed'])
        if m == 'num_changed':
            num2 = num - max(3, int(num * r.uniform(0.05, 0.2)))
            desc = 'count revised from %d to %d but the rate was left stale' % (num, num2)
            num = num2
        else:
            s, desc = bad_rate_str(r, s)
    D, N, S = f(den), f(num), s + '%'
    form = r.randint(0, 2)
    if form == 0:
        text = '%s%s（%s%s%s，%s%s%s）。' % (rn, S, dp, D, unit, npx, N, unit)
    elif form == 1:
        text = '%s达到%s，共%s%s%s，%s%s%s。' % (rn, S, dp, D, unit, npx, N, unit)
    else:
        text = '%s为%s，即%s%s/%s%s。' % (rn, S, N, unit, D, unit)
    return text, [PCT(S, N, D)], desc


@st('pct', 'rate_in_heading_line', 'CI')
def _p03(r, lab):
    c = ctx(r)
    f = fmt(c)
    dp, npx, rn, unit = r.choice(RATE_DOM)
    den, num = dn(r, rn)
    s = rate(num, den, r.choice([1, 2]))
    desc = 'rate in the heading = counts in the body'
    if lab == 'inconsistent':
        s, desc = bad_rate_str(r, s)
    S = s + '%'
    head = r.choice(['（三）%s %s', '三、%s：%s', '◎%s达%s', '%s  %s'])
    text = (head % (rn, S)) + '\n' + '本期%s%s%s，%s%s%s。%s' % (dp, f(den), unit, npx, f(num), unit, r.choice(FILLERS))
    return text, [PCT(S, f(num), f(den))], desc


GROW_DOM = [('地区生产总值', '亿元', 'yi'), ('一般公共预算收入', '亿元', 'yi'), ('社会消费品零售总额', '亿元', 'yi'),
            ('农村居民人均可支配收入', '元', 'int'), ('城镇居民人均可支配收入', '元', 'int'),
            ('外贸进出口总额', '亿元', 'yi'), ('接待游客', '万人次', 'wan'), ('旅游综合收入', '亿元', 'yi'),
            ('12345热线受理量', '件', 'int'), ('新增市场主体', '户', 'int')]


def gro_vals(r, kind, lo=-0.15, hi=0.25):
    if kind == 'int':
        b = r.randint(1000, 90000)
    elif kind == 'yi':
        b = r.randint(2000, 90000)  # 1/100 亿
    else:
        b = r.randint(500, 90000)  # 1/100 万
    g = r.uniform(lo, hi)
    cval = max(1, int(round(b * (1 + g))))
    return b, cval


def gro_str(kind, v, comma=True):
    if kind == 'int':
        return ci(v, comma)
    if kind == 'yi':
        return dec(v, 2, comma)
    return dec(v, 2, comma)


def gro_unitstr(kind, unit):
    return {'yi': '亿元', 'wan': '万人次', 'int': unit}[kind] if kind != 'int' else unit


def gtok(kind, v, comma=True):
    s = gro_str(kind, v, comma)
    if kind == 'yi':
        return s + '亿', s + '亿元'
    if kind == 'wan':
        return s + '万', s + '万人次'
    return s, s


@st('pct', 'growth_from_to', 'CI')
def _p04(r, lab):
    c = ctx(r)
    what, unit, kind = r.choice(GROW_DOM)
    b, cv = gro_vals(r, kind, 0.01, 0.3)
    g = Fr(cv, b) - 1
    d = r.choice([1, 1, 2])
    s = pstr(g, d, pick_mode(r))
    desc = 'growth = cur/base - 1'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'wrongbase'])
        if m == 'wrongbase':
            s = pstr(1 - Fr(b, cv), d)
            desc = 'growth computed on the current year as base'
        else:
            s, desc = bad_rate_str(r, s)
    B, Bt = gtok(kind, b, c['comma'])
    C, Ct = gtok(kind, cv, c['comma'])
    if kind == 'int':
        Bt, Ct = B + unit, C + unit
    S = s + '%'
    text = '%s由%d年的%s增加到%d年的%s，增长%s。' % (what, c['y'] - 1, Bt, c['y'], Ct, S)
    return text, [GRO(S, 1, B, C)], desc


@st('pct', 'growth_base_in_later_sentence', 'CI')
def _p05(r, lab):
    c = ctx(r)
    what, unit, kind = r.choice(GROW_DOM)
    b, cv = gro_vals(r, kind, -0.1, 0.3)
    g = Fr(cv, b) - 1
    d = 1
    sign = 1 if g >= 0 else -1
    s = pstr(abs(g), d)
    desc = 'growth = cur/base - 1; base given in a later sentence'
    if lab == 'inconsistent':
        s, desc = bad_rate_str(r, s)
    B, Bt = gtok(kind, b, c['comma'])
    C, Ct = gtok(kind, cv, c['comma'])
    if kind == 'int':
        Bt, Ct = B + unit, C + unit
    S = s + '%'
    word = r.choice(['增长', '同比增长']) if sign > 0 else r.choice(['下降', '同比下降', '减少'])
    text = '全年%s%s，%s%s。%s上年该项指标为%s。' % (what, Ct, word, S, r.choice(FILLERS), Bt)
    return text, [GRO(S, sign, B, C)], desc


@st('pct', 'decline_with_sign', 'CI')
def _p06(r, lab):
    c = ctx(r)
    f = fmt(c)
    what, unit = r.choice([('较大以上安全事故起数', '起'), ('道路交通事故死亡人数', '人'), ('信访总量', '件次'),
                           ('刑事警情', '起'), ('生产安全事故', '起'), ('电信网络诈骗发案', '起')])
    b = r.randint(30, 9000)
    cv = r.randint(int(b * 0.5), int(b * 0.97))
    g = 1 - Fr(cv, b)
    s = pstr(g, 1, pick_mode(r))
    word = '下降'
    desc = 'decline = 1 - cur/base'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'sign', 'wrongbase'])
        if m == 'sign':
            word = '增长'
            desc = 'direction reversed: a fall reported as 增长'
        elif m == 'wrongbase':
            s = pstr(Fr(b, cv) - 1, 1)
            desc = 'decline computed on the current value as base'
        else:
            s, desc = bad_rate_str(r, s)
    B, C, S = f(b), f(cv), s + '%'
    text = '%s%s%s，上年同期%s%s，同比%s%s。' % (what, C, unit, B, unit, word, S)
    return text, [GRO(S, -1 if word == '下降' else 1, B, C)], desc


@st('pct', 'growth_written_negative', 'C')
def _p07(r, lab):
    c = ctx(r)
    f = fmt(c)
    b = r.randint(500, 90000)
    cv = r.randint(int(b * 0.8), int(b * 0.98))
    s = '-' + pstr(1 - Fr(cv, b), 1)
    what = r.choice(['规上工业增加值', '房地产开发投资', '进口总额', '商品房销售面积'])
    text = '%s%s万元，上年%s万元，增长%s%%。' % (what, f(cv), f(b), s)
    return text, [GRO(s + '%', 1, f(b) + '万', f(cv) + '万')], 'negative growth written with a minus sign'


@st('pct', 'growth_over_100', 'CI')
def _p08(r, lab):
    c = ctx(r)
    f = fmt(c)
    b = r.randint(20, 5000)
    cv = int(b * r.uniform(2.05, 4.5))
    g = Fr(cv, b) - 1
    s = pstr(g, 1)
    desc = 'growth above 100%'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'ratio'])
        if m == 'ratio':
            s = pstr(Fr(cv, b), 1)
            desc = 'cur/base reported as the growth rate'
        else:
            s, desc = bad_rate_str(r, s)
    what, unit = r.choice([('跨境电商交易额', '万元'), ('新能源汽车产量', '辆'), ('直播电商销售额', '万元'), ('入驻企业', '家')])
    S = s + '%'
    text = '%s达%s%s，比上年的%s%s增长%s。' % (what, f(cv), unit, f(b), unit, S)
    return text, [GRO(S, 1, f(b), f(cv))], desc


@st('pct', 'times_of_last_year', 'CI')
def _p09(r, lab):
    c = ctx(r)
    f = fmt(c)
    b = r.randint(50, 9000)
    cv = int(b * r.uniform(1.3, 5))
    q = rnd(Fr(cv, b), 1)
    desc = 'cur/base = stated 倍'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'growth'])
        if m == 'growth':
            q = rnd(Fr(cv, b) - 1, 1)
            desc = 'growth multiple written where the ratio is meant (是…的N倍)'
        else:
            q = typo_str(r, q)
            desc = 'multiple mistyped'
    Q = q + '倍'
    what, u = r.choice([('引进高层次人才', '名'), ('技术合同成交额', '万元'), ('电商网络零售额', '万元'), ('民宿床位', '张')])
    text = r.choice(['%s%s%s，是上年（%s%s）的%s。', '%s达到%s%s，为上年%s%s的%s。']) % (what, f(cv), u, f(b), u, Q)
    return text, [QUOT(Q, f(cv), f(b))], desc


@st('pct', 'growth_in_times', 'CI')
def _p10(r, lab):
    c = ctx(r)
    f = fmt(c)
    b = r.randint(50, 9000)
    cv = int(b * r.uniform(2.2, 6))
    q = rnd(Fr(cv, b) - 1, 1)
    desc = 'growth stated in 倍 = cur/base - 1'
    if lab == 'inconsistent':
        q = rnd(Fr(cv, b), 1)
        desc = 'ratio cur/base used for 增长N倍 (should be ratio - 1)'
    Q = q + '倍'
    what, unit = r.choice([('光伏装机容量', '千瓦'), ('冷链仓储能力', '吨'), ('研发投入', '万元'), ('跨境电商企业', '家')])
    text = '%s从%s%s增至%s%s，增长了%s。' % (what, f(b), unit, f(cv), unit, Q)
    return text, [GRO(Q, 1, f(b), f(cv))], desc


def prate(r, lo=0.2, hi=0.95, d=1):
    return Fr(r.randint(int(lo * 10 ** (d + 2)), int(hi * 10 ** (d + 2))), 10 ** (d + 2))


@st('pct', 'points_from_to', 'CI')
def _p11(r, lab):
    c = ctx(r)
    a = prate(r, 0.2, 0.9)
    b = a + Fr(r.randint(3, 80), 1000) * r.choice([1, 1, -1])
    pp = (b - a) * 100
    sign = 1 if pp >= 0 else -1
    s = rnd(abs(pp), 1)
    desc = 'points = to - from'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'relative'])
        if m == 'relative':
            s = rnd(abs(b / a - 1) * 100, 1)
            desc = 'relative change reported as percentage points'
        else:
            s = typo_str(r, s)
            desc = 'points mistyped'
    A, B = rnd(a * 100, 1) + '%', rnd(b * 100, 1) + '%'
    what = r.choice(['常住人口城镇化率', '森林覆盖率', '研发经费投入强度', '城市生活垃圾分类覆盖率', '一网通办率',
                     '优良天数比例', '高中阶段毛入学率'])
    word = '提高' if sign > 0 else '下降'
    text = '%s由%s%s到%s，%s%s个百分点。' % (what, A, word if sign > 0 else '降', B, word, s)
    return text, [PP(s, sign, A, B)], desc


@st('pct', 'points_written_as_percent', 'I')
def _p12(r, lab):
    a = prate(r, 0.15, 0.7)
    b = a + Fr(r.randint(15, 90), 1000)
    s = rnd((b - a) * 100, 1)
    A, B = rnd(a * 100, 1) + '%', rnd(b * 100, 1) + '%'
    what = r.choice(['城镇化率', '研发投入强度', '新能源汽车渗透率', '集体经济强村占比', '学前教育普惠率'])
    S = s + '%'
    text = '%s从上年的%s上升至%s，提高%s。' % (what, A, B, S)
    return text, [GRO(S, 1, A, B)], 'percentage-point change written as a percent (relative change is %s%%)' % rnd((b / a - 1) * 100, 1)


@st('pct', 'points_without_rates', 'N')
def _p13(r, lab):
    s = rnd(Fr(r.randint(2, 60), 10), 1)
    what, lo, hi = r.choice([('城镇登记失业率', 0.015, 0.045), ('财政自给率', 0.3, 0.8), ('居民健康素养水平', 0.2, 0.4),
                             ('常住人口城镇化率', 0.45, 0.8), ('森林覆盖率', 0.3, 0.75)])
    x = rnd(prate(r, lo, hi) * 100, 1) + '%'
    text = '%s为%s，比全省平均水平高%s个百分点，较上年提高%s个百分点。' % (what, x, s, rnd(Fr(r.randint(1, 30), 10), 1))
    return text, [NONE([x, s], 'points against rates that are not given')], 'points with no second rate'


@st('pct', 'three_industries_ratio', 'CI')
def _p14(r, lab):
    c = ctx(r)
    g = [r.randint(2000, 30000), r.randint(20000, 150000), r.randint(30000, 220000)]  # 1/100 亿
    tot = sum(g)
    sh = [rnd(Fr(x, tot) * 100, 1) for x in g]
    desc = 'structure shares add to 100 and match the amounts'
    if lab == 'inconsistent':
        i = r.randrange(3)
        sh[i], desc = bad_rate_str(r, sh[i])
        desc = 'share %d: %s' % (i + 1, desc)
    G = [dec(x, 2) + '亿' for x in g]
    T = dec(tot, 2) + '亿'
    ratio = ':'.join(sh) if r.random() < 0.6 else '：'.join(sh)
    text = ('全年实现地区生产总值%s元，其中第一产业增加值%s元，第二产业增加值%s元，第三产业增加值%s元。'
            '三次产业结构为%s。') % (T, G[0], G[1], G[2], ratio)
    checks = [S100(sh, 'exact', True), SUM(T, G, 'partial')] + [PCT(sh[i], G[i], T, True) for i in range(3)]
    return text, checks, desc


@st('pct', 'composition_shares', 'CI')
def _p15(r, lab):
    c = ctx(r)
    k = r.randint(3, 5)
    names = r.sample(['咨询类', '求助类', '投诉类', '举报类', '建议类', '表扬类'], k)
    cnts = [r.randint(100, 30000) for _ in range(k)]
    tot = sum(cnts)
    d = r.choice([1, 2])
    sh = [rnd(Fr(x, tot) * 100, d) for x in cnts]
    desc = 'composition shares add to 100'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'drop'])
        if m == 'drop' and k > 3:
            i = r.randrange(k)
            sh[i] = rnd(Fr(cnts[i], tot) * 100 * r.choice([Fr(1, 10), 2]), d)
            desc = 'share %d computed with a slip (x10 / doubled)' % (i + 1)
        else:
            i = r.randrange(k)
            sh[i], desc = bad_rate_str(r, sh[i])
    S = [x + '%' for x in sh]
    text = '从诉求类型构成看，%s。' % '，'.join('%s占%s' % (a, b) for a, b in zip(names, S))
    return text, [S100(S)], desc


@st('pct', 'partial_shares', 'NI')
def _p16(r, lab):
    k = r.randint(1, 3)
    if lab == 'negative':
        tot = r.uniform(0.3, 0.9)
        desc = 'only some shares named; they add to less than 100'
    else:
        tot = r.uniform(1.03, 1.3)
        desc = 'the named shares exceed 100 in total'
    ws = [r.uniform(0.3, 1) for _ in range(k)]
    sh = [rnd(Fr(tot * w / sum(ws)) * 100, 1) + '%' for w in ws]
    names = r.sample(['“一网通办”', '“掌上办”', '“跨省通办”', '“秒批秒办”', '“免证办”'], k)
    text = '政务服务事项中，%s事项占比分别为%s。' % ('、'.join(names), '、'.join(sh)) if k > 1 else \
        '政务服务事项中，%s事项占%s。' % (names[0], sh[0])
    return text, [S100(sh, 'partial')], desc


@st('pct', 'share_of_whole_amounts', 'CI')
def _p17(r, lab):
    c = ctx(r)
    tot = r.randint(30000, 900000)  # 1/100 亿
    part = r.randint(int(tot * 0.1), int(tot * 0.8))
    s = rnd(Fr(part, tot) * 100, 1)
    desc = 'share = part/whole'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'wan'])
        if m == 'wan':
            s = rnd(Fr(part, tot) * 10, 1)
            desc = 'share computed with a decimal slip (/10)'
        else:
            s, desc = bad_rate_str(r, s)
    T, P = dec(tot, 2, c['comma']) + '亿', dec(part, 2, c['comma']) + '亿'
    what = r.choice(['民生支出', '税收收入', '民间投资', '服务业增加值', '工业投资'])
    whole = {'民生支出': '一般公共预算支出', '税收收入': '一般公共预算收入', '民间投资': '固定资产投资',
             '服务业增加值': '地区生产总值', '工业投资': '固定资产投资'}[what]
    if r.random() < 0.5:
        text = '%s%s元，其中%s%s元，占%s%s。' % (whole, T, what, P, r.choice(['', '比重为']), s + '%')
    else:
        text = '%s%s元，占%s（%s元）的%s。' % (what, P, whole, T, s + '%')
    return text, [PCT(s + '%', P, T)], desc


@st('pct', 'per_capita_quotient', 'CI')
def _p18(r, lab):
    c = ctx(r)
    pop = r.randint(50000, 2000000)
    per = r.randint(800, 30000)
    tot = pop * per
    T = yi(tot, 2)
    Pp = wan(pop, 2, False)
    q = Fr(tot, pop)
    Tv, Pv = parse_num(T).v, parse_num(Pp).v
    s = rnd(Tv / Pv, 0)
    desc = 'per-capita = total/population'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'wrongpop'])
        if m == 'wrongpop':
            s = rnd(Tv / (Pv * Fr(r.choice([110, 85, 120]), 100)), 0)
            desc = 'divided by a different population figure (户籍 vs 常住)'
        else:
            s, desc = bad_rate_str(r, s)
    S = add_commas(s) if c['comma'] else s
    what = r.choice(['卫生健康支出', '教育支出', '社会保障和就业支出', '一般公共预算收入'])
    text = '%s%s元，按常住人口%s人计算，人均%s元。' % (what, T, Pp, S)
    return text, [QUOT(S, T, Pp)], desc


@st('pct', 'per_unit_average', 'CI')
def _p19(r, lab):
    c = ctx(r)
    f = fmt(c)
    a, au, b, bu, qn, qu, d, lo, hi = r.choice([
        ('办理诉求', '件', '累计办理用时', '天', '平均每件办理用时', '天', 2, 0.5, 9),
        ('举办讲座', '场', '参与群众', '人次', '场均参与', '人次', 1, 20, 300),
        ('脱贫户', '户', '分红收益', '元', '户均分红', '元', 0, 200, 3000),
        ('种植水稻', '亩', '总产量', '公斤', '平均亩产', '公斤', 1, 380, 720),
        ('开行公交线路', '条', '日均客运量', '人次', '平均每条线路日均', '人次', 0, 300, 6000)])
    n = r.randint(20, 20000) if au != '条' else r.randint(10, 120)
    tot = int(n * r.uniform(lo, hi))
    s = rnd(Fr(tot, n), d)
    desc = 'average = total / count'
    if lab == 'inconsistent':
        if r.random() < 0.3:
            s = rnd(Fr(tot, int(n * r.choice([0.8, 1.25]))), d)
            desc = 'divided by an older count'
        else:
            s, desc = bad_rate_str(r, s)
    N, T = f(n), f(tot)
    S = add_commas(s) if c['comma'] else s
    if r.random() < 0.5:
        text = '全年%s%s%s，%s%s%s，%s%s%s。' % (a, N, au, b, T, bu, qn, S, qu)
    else:
        text = '%s%s%s（%s%s%s，%s%s%s）。' % (qn, S, qu, b, T, bu, a, N, au)
    return text, [QUOT(S, T, N)], desc


@st('pct', 'permille_rates', 'CI')
def _p20(r, lab):
    c = ctx(r)
    pop = r.randint(300000, 3000000)
    births = int(pop * r.uniform(0.005, 0.011))
    deaths = int(pop * r.uniform(0.005, 0.009))
    P = wan(pop, 2, False)
    Pv = parse_num(P).v
    sb = rnd(Fr(births) / Pv * 1000, 2)
    sd = rnd(Fr(deaths) / Pv * 1000, 2)
    desc = 'birth and death rates per mille'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            sb, desc = bad_rate_str(r, sb)
            desc = 'birth rate: ' + desc
        else:
            sd = rnd(Fr(deaths) / Pv * 100, 2)
            desc = 'death rate computed per cent but written per mille'
    f = fmt(c)
    text = '年末常住人口%s人。全年出生人口%s人，出生率%s‰；死亡人口%s人，死亡率%s‰。' % (P, f(births), sb, f(deaths), sd)
    return text, [PCT(sb + '‰', f(births), P), PCT(sd + '‰', f(deaths), P)], desc


@st('pct', 'plan_completion', 'CI')
def _p21(r, lab):
    c = ctx(r)
    plan = r.randint(500, 90000)  # 1/100 亿 or 万
    done = int(plan * r.uniform(0.7, 1.35))
    s = rnd(Fr(done, plan) * 100, 1)
    desc = 'completion = done/plan'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'excess'])
        if m == 'excess' and done > plan * 1.05:
            s = rnd((Fr(done, plan) - 1) * 100, 1)
            desc = 'excess over plan reported as the completion rate'
        else:
            s, desc = bad_rate_str(r, s)
    u = r.choice(['亿', '万'])
    D, P = dec(done, 2, c['comma']) + u, dec(plan, 2, c['comma']) + u
    what = r.choice(['重点项目完成投资', '招商引资到位资金', '争取上级资金'])
    if r.random() < 0.5:
        text = '%s%s元，完成年度计划（%s元）的%s%%。' % (what, D, P, s)
    else:
        text = '年度计划%s元。截至12月底，%s%s元，完成年度计划的%s%%。' % (P, what, D, s)
    return text, [PCT(s + '%', D, P)], desc


@st('pct', 'time_progress', 'CI')
def _p22(r, lab):
    c = ctx(r)
    m = r.choice([3, 6, 9, 10, 11])
    tp = Fr(m, 12)
    tps = rnd(tp * 100, 1)
    plan = r.randint(1000, 90000)
    done = int(plan * (tp + Fr(r.randint(5, 250), 1000)))
    rate_v = Fr(done, plan)
    s = rnd(rate_v * 100, 1)
    pp = Fr(s) - Fr(tps)
    p = rnd(pp, 1)
    desc = 'completion rate and points above time progress'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            p = rnd(Fr(s) / Fr(tps) * 100 - 100, 1)
            desc = 'excess over time progress computed as a relative percent, written as points'
        else:
            s, desc = bad_rate_str(r, s)
    P, D = dec(plan, 2) + '亿', dec(done, 2) + '亿'
    text = '1—%d月，全%s重大项目完成投资%s元，占年度计划%s元的%s%%，高于时序进度（%s%%）%s个百分点。' % (
        m, r.choice(['市', '区']), D, P, s, tps, p)
    return text, [PCT(s + '%', D, P), PP(p, 1, tps + '%', s + '%')], desc


@st('pct', 'yoy_and_mom', 'CI')
def _p23(r, lab):
    c = ctx(r)
    f = fmt(c)
    ly = r.randint(2000, 60000)
    cur = int(ly * r.uniform(0.8, 1.3))
    pm = int(cur * r.uniform(0.75, 1.3))
    sy = Fr(cur, ly) - 1
    sm = Fr(cur, pm) - 1
    a, b = rnd(abs(sy) * 100, 1), rnd(abs(sm) * 100, 1)
    desc = 'yoy vs same month last year, mom vs previous month'
    if lab == 'inconsistent':
        m = r.choice(['swapbase', 'typo'])
        if m == 'swapbase' and abs(sy - sm) > Fr(3, 100):
            a, b = b, a
            desc = 'yoy and mom figures swapped'
        else:
            a, desc = bad_rate_str(r, a)
            desc = 'yoy: ' + desc
    wy = '增长' if sy >= 0 else '下降'
    wm = '增长' if sm >= 0 else '下降'
    mo = r.randint(2, 12)
    text = '%d月，热线受理量%s件，同比%s%s%%，环比%s%s%%。（上年%d月%s件；本年%d月%s件）' % (
        mo, f(cur), wy, a, wm, b, mo, f(ly), mo - 1, f(pm))
    return text, [GRO(a + '%', 1 if sy >= 0 else -1, f(ly), f(cur)), GRO(b + '%', 1 if sm >= 0 else -1, f(pm), f(cur))], desc


@st('pct', 'ytd_growth', 'C')
def _p24(r, lab):
    c = ctx(r)
    m = r.randint(2, 11)
    b = r.randint(5000, 900000)  # 1/100 亿? use 万元 ints
    cv = int(b * r.uniform(0.9, 1.25))
    g = Fr(cv, b) - 1
    w = '增长' if g >= 0 else '下降'
    s = rnd(abs(g) * 100, 1)
    f = fmt(c)
    text = '1—%d月，全%s规模以上工业企业实现营业收入%s万元，同比%s%s%%（上年同期%s万元）。' % (
        m, r.choice(['区', '县']), f(cv), w, s, f(b))
    return text, [GRO(s + '%', 1 if g >= 0 else -1, f(b) + '万', f(cv) + '万')], 'year-to-date growth vs same period'


@st('pct', 'budget_execution', 'CI')
def _p25(r, lab):
    c = ctx(r)
    bud = r.randint(5000, 900000)
    spent = int(bud * r.uniform(0.6, 1.0))
    s = rnd(Fr(spent, bud) * 100, 2)
    desc = 'execution = spent/budget'
    if lab == 'inconsistent':
        m = r.choice(['typo', 'swap', 'inverse'])
        if m == 'inverse':
            s = rnd(Fr(bud, spent) * 100, 2)
            desc = 'budget/spent instead of spent/budget'
        else:
            s, desc = bad_rate_str(r, s)
    B, S = dec(bud, 2, c['comma']), dec(spent, 2, c['comma'])
    text = '截至%d月末，%s年度预算%s万元，已支出%s万元，预算执行率%s%%。' % (
        r.randint(6, 12), r.choice(['部门', '项目', '专项资金']), B, S, s)
    return text, [PCT(s + '%', S + '万', B + '万')], desc


@st('pct', 'final_vs_budget', 'I')
def _p26(r, lab):
    c = ctx(r)
    bud = r.randint(5000, 900000)
    fin = int(bud * r.uniform(0.7, 1.3))
    s = rnd(Fr(fin, bud) * 100, 1)
    m = r.choice(['typo', 'swap', 'diff'])
    if m == 'diff':
        s = rnd(abs(Fr(fin, bud) - 1) * 100, 1)
        desc = 'difference ratio reported as 决算/预算'
    else:
        s, desc = bad_rate_str(r, s)
    B, F = dec(bud, 2, c['comma']), dec(fin, 2, c['comma'])
    text = '%d年度一般公共预算财政拨款支出年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。%s' % (
        c['y'], B, F, s, r.choice(['决算数大于预算数的主要原因是追加了专项经费。', '差异主要是年中追加（减）预算所致。']))
    return text, [PCT(s + '%', F + '万', B + '万')], desc


@st('pct', 'two_rates_two_bases', 'CI')
def _p27(r, lab):
    c = ctx(r)
    f = fmt(c)
    acc = r.randint(2000, 90000)
    done = r.randint(int(acc * 0.9), acc)
    vis = r.randint(int(acc * 0.2), int(acc * 0.6))
    sat = r.randint(int(vis * 0.85), vis)
    s1, s2 = rnd(Fr(done, acc) * 100, 2), rnd(Fr(sat, vis) * 100, 2)
    desc = 'two rates each on its own base'
    if lab == 'inconsistent':
        if r.random() < 0.6:
            s2 = rnd(Fr(sat, acc) * 100, 2)
            desc = 'satisfaction computed on all accepted cases instead of the ones called back'
        else:
            s1 = rnd(Fr(done, acc + vis) * 100, 2)
            desc = 'completion rate computed on the wrong denominator'
    text = ('本季度热线共受理工单%s件，办结%s件，办结率%s%%。对已办结工单抽取%s件进行电话回访，'
            '群众表示满意%s件，满意率%s%%。') % (f(acc), f(done), s1, f(vis), f(sat), s2)
    return text, [PCT(s1 + '%', f(done), f(acc)), PCT(s2 + '%', f(sat), f(vis))], desc


@st('pct', 'rates_without_bases', 'N')
def _p28(r, lab):
    a, b = rnd(prate(r, 0.9, 0.999, 2) * 100, 2), rnd(prate(r, 0.85, 0.99) * 100, 1)
    n = r.randint(1000, 90000)
    text = ('全年受理诉求%s件，按时办结率%s%%，群众满意率%s%%，好评率保持在95%%以上。') % (ci(n), a, b)
    return text, [NONE([ci(n), a + '%', b + '%', '95%'], 'rates whose bases are not given (满意率 is not on 受理量)')], \
        'rates of other bases next to a count'


@st('pct', 'audit_rectification', 'C')
def _p29(r, lab):
    c = ctx(r)
    prob = r.randint(5000, 900000)
    fixed = int(prob * r.uniform(0.5, 1))
    s = rnd(Fr(fixed, prob) * 100, 2)
    P, F = dec(prob, 2, c['comma']), dec(fixed, 2, c['comma'])
    text = '对审计发现的问题，已整改问题金额%s万元，占查出问题金额%s万元的%s%%，%s' % (
        F, P, s, r.choice(['其余问题正在整改中。', '剩余问题已制定整改计划。'])) if r.random() < 0.5 else \
        '审计查出问题金额%s万元，截至目前已整改%s万元，整改率%s%%。' % (P, F, s)
    return text, [PCT(s + '%', F + '万', P + '万')], 'rectified/problem amount'


@st('pct', 'education_rates', 'C')
def _p30(r, lab):
    c = ctx(r)
    f = fmt(c)
    a = r.randint(1000, 30000)
    b = a - r.randint(0, max(1, a // 200))
    g1 = r.randint(900, 20000)
    g2 = g1 - r.randint(0, max(1, g1 // 50))
    s1, s2 = rnd(Fr(b, a) * 100, 2), rnd(Fr(g2, g1) * 100, 2)
    text = ('全%s适龄儿童%s人，已入学%s人，入学率%s%%；九年义务教育巩固率%s%%（初三毕业生%s人，对应入学年级在册%s人）。') % (
        r.choice(['县', '区']), f(a), f(b), s1, s2, f(g2), f(g1))
    return text, [PCT(s1 + '%', f(b), f(a)), PCT(s2 + '%', f(g2), f(g1))], 'enrolment and retention rates'


@st('pct', 'vaccination_coverage', 'I')
def _p31(r, lab):
    c = ctx(r)
    f = fmt(c)
    tgt = r.randint(2000, 90000)
    dose1 = r.randint(int(tgt * 0.8), tgt)
    full = r.randint(int(dose1 * 0.85), dose1)
    s1, s2 = rnd(Fr(dose1, tgt) * 100, 2), rnd(Fr(full, tgt) * 100, 2)
    m = r.choice(['wrongden', 'typo'])
    if m == 'wrongden':
        s2 = rnd(Fr(full, dose1) * 100, 2)
        desc = 'full-course rate computed on first doses instead of the target population'
    else:
        s1, desc = bad_rate_str(r, s1)
    text = '目标人群%s人，第一剂次接种%s人，接种率%s%%；全程接种%s人，全程接种率%s%%。' % (f(tgt), f(dose1), s1, f(full), s2)
    return text, [PCT(s1 + '%', f(dose1), f(tgt)), PCT(s2 + '%', f(full), f(tgt))], desc


@st('pct', 'real_growth_comparable_prices', 'NI')
def _p32(r, lab):
    c = ctx(r)
    b = r.randint(20000, 900000)
    nominal = r.uniform(0.02, 0.12)
    cv = int(b * (1 + nominal))
    if lab == 'negative':
        real = nominal - r.uniform(0.0, 0.04)
        s = rnd(Fr(real) * 100, 1)
        desc = 'real growth below nominal by a plausible deflator'
    else:
        real = nominal - r.uniform(0.0, 0.03)
        s0 = rnd(Fr(real) * 100, 1)
        s = s0.replace('.', '')
        if s.startswith('0'):
            s = s[1:] or '0'
        desc = 'decimal point dropped from the real growth figure (%s -> %s)' % (s0, s)
    B, C = dec(b, 2) + '亿', dec(cv, 2) + '亿'
    what = r.choice(['地区生产总值', '规模以上工业增加值', '服务业增加值'])
    text = '全年%s%s元，上年为%s元；按可比价格计算，比上年增长%s%%。' % (what, C, B, s)
    return text, [GRO(s + '%', 1, B, C, real=True)], desc


FRACS = [('三分之一', Fr(1, 3)), ('三分之二', Fr(2, 3)), ('四分之三', Fr(3, 4)), ('五分之一', Fr(1, 5)),
         ('四分之一', Fr(1, 4)), ('五分之四', Fr(4, 5))]


@st('pct', 'approx_fraction', 'N')
def _p33(r, lab):
    c = ctx(r)
    f = fmt(c)
    name, fr = r.choice(FRACS)
    q = r.choice(['近', '超过', '约'])
    den = r.randint(200, 50000)
    if q == '近':
        num = int(den * fr * r.uniform(0.92, 0.99))
    elif q == '超过':
        num = int(den * fr * r.uniform(1.01, 1.2)) + 1
    else:
        num = int(den * fr * r.uniform(0.95, 1.05))
    what = r.choice([('村（社区）', '个', '实现集体经济收入10万元以上'), ('企业', '家', '享受研发费用加计扣除'),
                     ('学校', '所', '建成智慧校园')])
    text = '全%s%s%s%s，其中%s的%s%s，%s%s。' % (r.choice(['县', '区']), what[0], f(den), what[1], what[2], f(num), what[1],
                                        q if q != '超过' else '超过', name)
    return text, [APX(q, name, num=f(num), den=f(den))], 'fraction with qualifier compatible with the counts'


@st('pct', 'approx_percent', 'N')
def _p34(r, lab):
    c = ctx(r)
    den = r.randint(20000, 900000)
    num = int(den * r.uniform(0.2, 0.9))
    e = Fr(num, den) * 100
    q = r.choice(['约', '超过', '近', '逾'])
    if q == '约':
        s = round(float(e))
    elif q == '近':
        s = int(-(-e // 1))
        if s % 5 and r.random() < 0.5:
            s = s
    else:
        s = int(e // 1)
    S = '%d%%' % s
    D, N = dec(den, 2) + '亿', dec(num, 2) + '亿'
    text = '一般公共预算支出%s元，用于民生领域%s元，%s%s。' % (D, N, r.choice(['占比', '占支出总额的']), (q + S) if q != '逾' else '逾' + S)
    return text, [APX(q, S, num=N, den=D)], 'approximate share compatible with the amounts'


@st('pct', 'targets_and_ranges', 'N')
def _p35(r, lab):
    a = r.randint(5, 8)
    lo, hi = r.randint(5, 12), r.randint(13, 20)
    cpi = r.choice(['3%', '3.5%'])
    text = ('%d年主要预期目标：地区生产总值增长%d%%左右，一般公共预算收入增长%d%%—%d%%，居民消费价格涨幅控制在%s以内，'
            '力争研发投入强度达到2.5%%。') % (r.choice(YEARS) + 1, a, lo, hi, cpi)
    return text, [NONE(['%d%%' % a, '%d%%—%d%%' % (lo, hi), cpi, '2.5%'], 'targets and ranges')], 'targets and ranges only'


@st('pct', 'codes_and_tokens', 'N')
def _p36(r, lab):
    v = r.choice(['2.0', '3.0', '4.0'])
    n = r.randint(10, 99)
    text = ('推广“%s版”数字政府平台，建成5G基站%d个，实施“1+X”证书制度，落实12345热线“一号响应”，'
            '编制“十四五”规划中期评估报告（%s发改〔%d〕%d号）。') % (v, r.randint(100, 900), r.choice(['临', '清', '安']), r.choice(YEARS), n)
    return text, [NONE(['5G', '1+X', '12345', '十四五', v], 'codes, slogans and document numbers')], 'no arithmetic'


@st('pct', 'flat_and_doubling', 'N')
def _p37(r, lab):
    f = r.randint(200, 9000)
    text = ('全年受理量%s件，与上年基本持平；网上办件量实现翻一番；城乡居民医保参保率连续五年稳定在95%%以上，'
            '群众满意度达到100%%。') % ci(f)
    return text, [NONE([ci(f), '95%', '100%'], '持平/翻一番 without comparable figures; stable rates')], 'no checkable relation'


@st('pct', 'chinese_numeral_percent', 'CI')
def _p38(r, lab):
    c = ctx(r)
    f = fmt(c)
    dp, npx, rn, unit = r.choice(RATE_DOM)
    den, num = dn(r, rn)
    d = r.choice([0, 1])
    s = rnd(Fr(num, den) * 100, d)
    desc = '百分之… written in Chinese numerals'
    if lab == 'inconsistent':
        s, desc = bad_rate_str(r, s)
    S = '百分之' + cn_dec(Fr(s), d)
    text = '%s%s%s，%s%s%s，占%s。' % (dp, f(den), unit, npx, f(num), unit, S)
    return text, [PCT(S, f(num), f(den))], desc


@st('pct', 'fullwidth_digits', 'CI')
def _p39(r, lab):
    dp, npx, rn, unit = r.choice(RATE_DOM)
    den, num = dn(r, rn)
    s = rnd(Fr(num, den) * 100, r.choice([1, 2]))
    desc = 'full-width digits'
    if lab == 'inconsistent':
        s, desc = bad_rate_str(r, s)
    S = fw(s) + r.choice(['％', '%'])
    D, N = fw(str(den)), fw(str(num))
    text = '%s%s%s，%s%s%s，%s%s。' % (dp, D, unit, npx, N, unit, rn, S)
    return text, [PCT(S, N, D)], desc


@st('pct', 'table_rate_column', 'CI')
def _p40(r, lab):
    k = r.randint(2, 5)
    towns = r.sample(TOWNS, k)
    rows = []
    checks = []
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    desc = 'every row rate = done/plan'
    sep = r.choice(['｜', '\t', '  '])
    for i, t in enumerate(towns):
        den = r.randint(20, 3000)
        num = r.randint(int(den * 0.5), den)
        s = rnd(Fr(num, den) * 100, 1)
        if i == bad:
            s, d0 = bad_rate_str(r, s)
            desc = 'row %s: %s' % (t, d0)
        rows.append(sep.join([t, str(den), str(num), s + '%']))
        checks.append(PCT(s + '%', str(num), str(den)))
    text = '各镇（街道）家庭医生签约情况\n' + sep.join(['单位', '重点人群（人）', '已签约（人）', '签约率']) + '\n' + '\n'.join(rows)
    return text, checks, desc


@st('pct', 'table_share_column', 'CI')
def _p41(r, lab):
    k = r.randint(3, 6)
    names = r.sample(['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出', '对企业补助', '债务付息支出'], k)
    vals = [r.randint(1000, 900000) for _ in range(k)]
    tot = sum(vals)
    sh = [rnd(Fr(v, tot) * 100, 2) for v in vals]
    desc = 'share column adds to 100 and matches amounts'
    if lab == 'inconsistent':
        i = r.randrange(k)
        sh[i], desc = bad_rate_str(r, sh[i])
        desc = 'row %d share: %s' % (i + 1, desc)
    sep = r.choice(['｜', '\t'])
    V = [dec(v, 2) for v in vals]
    T = dec(tot, 2)
    lines = ['单位：万元', sep.join(['项目', '金额', '占比（%）'])]
    for n, v, s in zip(names, V, sh):
        lines.append(sep.join([n, v, s]))
    lines.append(sep.join(['合计', T, '100.00']))
    text = '\n'.join(lines)
    checks = [S100(sh, 'exact', True), SUM(T, V)] + [PCT(s, v, T, True) for s, v in zip(sh, V)]
    return text, checks, desc


@st('pct', 'table_growth_column', 'CI')
def _p42(r, lab):
    k = r.randint(2, 4)
    names = r.sample(['一般公共预算收入', '税收收入', '非税收入', '政府性基金收入', '国有资本经营收入'], k)
    rows = []
    checks = []
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    desc = 'growth column matches both years'
    for i, n in enumerate(names):
        b = r.randint(1000, 900000)
        cv = int(b * r.uniform(0.8, 1.3))
        g = Fr(cv, b) - 1
        s = rnd(g * 100, 1)
        if i == bad:
            m = r.choice(['sign', 'typo'])
            if m == 'sign' and abs(g) > Fr(2, 100):
                s = rnd(-g * 100, 1)
                desc = 'row %s: sign of growth reversed' % n
            else:
                s, d0 = bad_rate_str(r, s)
                desc = 'row %s: %s' % (n, d0)
        B, C = dec(b, 2), dec(cv, 2)
        rows.append('\t'.join([n, C, B, s]))
        checks.append(GRO(s, 1, B, C) | {'bare_pct': True})
    text = '项目\t本年\t上年\t增长（%）\n' + '\n'.join(rows)
    return text, checks, desc


@st('pct', 'pass_rate_lines', 'C')
def _p43(r, lab):
    k = r.randint(2, 4)
    cats = r.sample(['粮食加工品', '食用油', '肉制品', '乳制品', '饮料', '调味品'], k)
    lines = ['食品安全监督抽检结果：']
    checks = []
    for ct in cats:
        den = r.randint(20, 900)
        num = den - r.randint(0, max(1, den // 20))
        s = rnd(Fr(num, den) * 100, 2)
        lines.append('%s：抽检%d批次，合格%d批次，合格率%s%%' % (ct, den, num, s))
        checks.append(PCT(s + '%', str(num), str(den)))
    return '\n'.join(lines), checks, 'line-by-line pass rates'


@st('pct', 'satisfaction_two_grades', 'CI')
def _p44(r, lab):
    c = ctx(r)
    f = fmt(c)
    tot = r.randint(200, 20000)
    a = r.randint(int(tot * 0.5), int(tot * 0.85))
    b = r.randint(0, tot - a)
    rest = tot - a - b
    s = rnd(Fr(a + b, tot) * 100, 2)
    desc = 'satisfaction = (满意+基本满意)/total'
    if lab == 'inconsistent':
        if r.random() < 0.5 and b > tot * 0.03:
            s = rnd(Fr(a, tot) * 100, 2) if r.random() < 0.5 else rnd(Fr(a + b, a + b + rest // 2) * 100, 2)
            desc = 'rate ignores one grade / uses the wrong total'
        else:
            s, desc = bad_rate_str(r, s)
    text = '共发放问卷%s份，回答“满意”的%s份、“基本满意”的%s份、“不满意”的%s份，综合满意率%s%%。' % (
        f(tot), f(a), f(b), f(rest), s)
    return text, [PCT(s + '%', [f(a), f(b)], f(tot)), SUM(f(tot), [f(a), f(b), f(rest)])], desc


@st('pct', 'points_decline_to', 'I')
def _p45(r, lab):
    a = prate(r, 0.03, 0.4)
    b = a - Fr(r.randint(5, int(a * 1000 * 0.6) + 6), 1000)
    if b <= 0:
        b = a / 2
    A, B = rnd(a * 100, 1) + '%', rnd(b * 100, 1) + '%'
    m = r.choice(['relative', 'typo'])
    if m == 'relative':
        s = rnd((1 - b / a) * 100, 1)
        desc = 'relative decline written as percentage points'
    else:
        s = typo_str(r, rnd((a - b) * 100, 1))
        desc = 'points mistyped'
    what = r.choice(['城镇调查失业率', '贫困发生率', '孕产妇系统管理不合格率', '农村低保兜底占比'])
    text = '%s从%s降至%s，下降%s个百分点。' % (what, A, B, s)
    return text, [PP(s, -1, A, B)], desc


@st('pct', 'growth_wan_to_yi', 'CI')
def _p46(r, lab):
    c = ctx(r)
    b = r.randint(7000, 9999) * 10 ** 4  # yuan, 万 integer
    cv = r.randint(max(101000000, int(b * 1.03)), int(b * 1.5))
    B = wan(b, 0, c['comma'])
    C = yi(cv, 2)
    g = parse_num(C).v / parse_num(B).v - 1
    s = rnd(g * 100, 1)
    desc = 'growth across 万 and 亿'
    if lab == 'inconsistent':
        m = r.choice(['wrongbase', 'typo'])
        if m == 'wrongbase':
            s = rnd((1 - parse_num(B).v / parse_num(C).v) * 100, 1)
            desc = 'growth computed on the current (亿) figure as base'
        else:
            s, desc = bad_rate_str(r, s)
    what = r.choice(['农产品网络销售额', '文旅消费额', '技术合同成交额'])
    text = '%s突破亿元大关，达到%s元，较上年%s元增长%s%%。' % (what, C, B, s)
    return text, [GRO(s + '%', 1, B, C)], desc


@st('pct', 'direction_reversed', 'I')
def _p47(r, lab):
    c = ctx(r)
    f = fmt(c)
    b = r.randint(500, 90000)
    up = r.random() < 0.5
    cv = int(b * (r.uniform(1.05, 1.3) if up else r.uniform(0.7, 0.95)))
    g = abs(Fr(cv, b) - 1)
    s = rnd(g * 100, 1)
    word = '下降' if up else '增长'
    what, u = r.choice([('安置就业人数', '人'), ('接诉量', '件'), ('报送政务信息', '条'), ('受理案件', '件')])
    text = r.choice(['%s%s%s，%s%s%%（上年%s%s）。', '%s%s%s，比上年%s%s%%，上年为%s%s。']) % (what, f(cv), u, word, s, f(b), u)
    return text, [GRO(s + '%', -1 if up else 1, f(b), f(cv))], 'growth direction word reversed'


@st('pct', 'growth_on_wrong_base', 'I')
def _p48(r, lab):
    c = ctx(r)
    b = r.randint(2000, 900000)
    cv = int(b * r.uniform(1.12, 1.6))
    s = rnd((1 - Fr(b, cv)) * 100, 1)
    B, C = dec(b, 2) + '亿', dec(cv, 2) + '亿'
    text = '全年完成%s%s元，比上年（%s元）增长%s%%。' % (r.choice(['工业投资', '社会消费品零售总额', '进出口总额']), C, B, s)
    return text, [GRO(s + '%', 1, B, C)], 'growth computed as (cur-base)/cur'


@st('pct', 'ratio_to_average_level', 'C')
def _p49(r, lab):
    c = ctx(r)
    a = r.randint(20000, 60000)
    b = int(a * r.uniform(1.05, 1.8))
    q = rnd(Fr(b, a), 2)
    text = '城镇居民人均可支配收入%s元，农村居民%s元，城乡收入比为%s。' % (ci(b), ci(a), q)
    return text, [QUOT(q, ci(b), ci(a))], 'urban/rural income ratio'


@st('pct', 'overlapping_shares_same_base', 'N')
def _p50(r, lab):
    c = ctx(r)
    tot = r.randint(50, 5000)
    g = r.sample([('中共党员', 0.5, 0.9), ('女性', 0.4, 0.8), ('35岁以下', 0.3, 0.7), ('本科及以上学历', 0.5, 0.95)], 3)
    vals = [r.randint(int(tot * lo), int(tot * hi)) for _, lo, hi in g]
    sh = [rnd(Fr(v, tot) * 100, 1) for v in vals]
    text = '全%s现有社区工作者%d人，其中%s。' % (r.choice(['区', '县']), tot, '；'.join(
        '%s%d人，占%s%%' % (n[0], v, s) for n, v, s in zip(g, vals, sh)))
    return text, [OVL(str(tot), [str(v) for v in vals])] + [PCT(s + '%', str(v), str(tot)) for s, v in zip(sh, vals)], \
        'overlapping groups, shares sum above 100 legitimately'


def _mal_base(r):
    dp, npx, rn, unit = r.choice(RATE_DOM)
    den, num = dn(r, rn)
    s = rnd(Fr(num, den) * 100, 1)
    return den, num, s, dp, npx, rn, unit


@st('pct', 'malformed_double_percent', 'I')
def _m1(r, lab):
    den, num, s, dp, npx, rn, unit = _mal_base(r)
    tok = s + r.choice(['%%', '％%', '%％'])
    text = '%s%d%s，%s%d%s，%s%s。' % (dp, den, unit, npx, num, unit, rn, tok)
    return text, [MAL(tok)], 'percent sign doubled'


@st('pct', 'malformed_baifenzhi_with_sign', 'I')
def _m2(r, lab):
    den, num, s, dp, npx, rn, unit = _mal_base(r)
    tok = '百分之' + s + '%'
    text = '%s%d%s，%s%d%s，%s达%s。' % (dp, den, unit, npx, num, unit, rn, tok)
    return text, [MAL(tok)], '百分之 combined with a % sign'


@st('pct', 'malformed_two_decimal_points', 'I')
def _m3(r, lab):
    den, num, s, dp, npx, rn, unit = _mal_base(r)
    a, b = s.split('.')
    tok = r.choice([a + '..' + b + '%', a + '.' + b + '.' + str(r.randint(0, 9)) + '%', a + '。' + b + '%'])
    text = '%s%d%s，%s%d%s，%s为%s。' % (dp, den, unit, npx, num, unit, rn, tok)
    return text, [MAL(tok)], 'two decimal points / full stop inside the number'


@st('pct', 'malformed_sign_misplaced', 'I')
def _m4(r, lab):
    den, num, s, dp, npx, rn, unit = _mal_base(r)
    tok = r.choice(['%' + s, '％' + s, s + '%.' + str(r.randint(1, 9))])
    text = '%s%d%s，%s%d%s，%s为%s。' % (dp, den, unit, npx, num, unit, rn, tok)
    return text, [MAL(tok)], 'percent sign before the number / stray digits after it'


@st('pct', 'malformed_comma_or_space_inside', 'I')
def _m5(r, lab):
    den, num, s, dp, npx, rn, unit = _mal_base(r)
    a, b = s.split('.')
    tok = r.choice([a + ',' + b + '%', a[:1] + ' ' + a[1:] + '.' + b + '%' if len(a) > 1 else a + '. ' + b + '%',
                    a + '，' + b + '%'])
    text = '%s%d%s，%s%d%s，%s达%s，%s' % (dp, den, unit, npx, num, unit, rn, tok, r.choice(['较上年有所提升。', '位居全市前列。']))
    return text, [MAL(tok)], 'comma or space inside a percentage'


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def gen_record(fn, r, label, style, seen):
    for attempt in range(400):
        text, checks, desc = fn(r, label)
        if text in seen:
            continue
        try:
            got, expl = classify(text, checks)
        except (ValueError, ZeroDivisionError, KeyError):
            continue
        if got == label:
            seen.add(text)
            return text, checks, desc + ' | ' + '; '.join(expl)
    raise RuntimeError('could not generate %s / %s' % (style, label))


def generate(seed):
    out = []
    counters = {'totals': 0, 'pct': 0}
    for family in ('totals', 'pct'):
        for fam, style, labels, fn in STYLES:
            if fam != family:
                continue
            for label in labels:
                key = '%s|%s|%s|%s' % (seed, family, style, label)
                r = random.Random(zlib.crc32(key.encode('utf-8')))
                n = 16 + r.randrange(5)
                seen = set()
                for _ in range(n):
                    text, checks, note = gen_record(fn, r, label, style, seen)
                    counters[family] += 1
                    out.append({'id': 'n9-%s-%06d' % (family, counters[family]), 'family': family, 'style': style,
                                'label': label, 'text': text, 'note': note, 'checks': checks})
    return out


def verify(path):
    bad = 0
    ids = set()
    n = 0
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            rec = json.loads(line)
            n += 1
            problems = []
            if rec['id'] in ids:
                problems.append('duplicate id')
            ids.add(rec['id'])
            if not re.fullmatch(r'n9-(totals|pct)-\d{6}', rec['id']) or rec['id'].split('-')[1] != rec['family']:
                problems.append('bad id')
            if rec['style'].startswith('malformed') and (rec['family'] != 'pct' or rec['label'] != 'inconsistent'):
                problems.append('malformed style must be pct/inconsistent')
            try:
                got, _ = classify(rec['text'], rec['checks'])
            except Exception as e:  # noqa
                got = 'error: %s' % e
            if got != rec['label']:
                problems.append('label %s but checks give %s' % (rec['label'], got))
            if problems:
                bad += 1
                print('%s (line %d): %s' % (rec['id'], ln, '; '.join(problems)))
    print('%s: %d records, %d problems' % (path, n, bad))
    return bad == 0


def style_table(path):
    cnt = defaultdict(Counter)
    fam = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            rec = json.loads(line)
            cnt[rec['style']][rec['label']] += 1
            fam[rec['style']] = rec['family']
    labs = ['consistent', 'inconsistent', 'negative']
    print('%-8s %-36s %6s %6s %6s %6s' % ('family', 'style', 'cons', 'incons', 'neg', 'total'))
    tot = Counter()
    for s in sorted(cnt, key=lambda x: (fam[x], x)):
        row = [cnt[s][l] for l in labs]
        for l in labs:
            tot[l] += cnt[s][l]
        print('%-8s %-36s %6d %6d %6d %6d' % (fam[s], s, *row, sum(row)))
    print('%-8s %-36s %6d %6d %6d %6d' % ('', 'TOTAL (%d styles)' % len(cnt), *[tot[l] for l in labs], sum(tot.values())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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
    with open(a.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
