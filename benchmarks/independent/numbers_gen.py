#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Held-out test-set generator for arithmetic checks in Chinese work reports.

Produces labelled paragraphs (totals / pct families; consistent / inconsistent /
negative labels).  Every record carries an internal list of "claims" (the numbers
exactly as they appear in the text plus what they are supposed to satisfy); an
independent checker (verify_claims) re-parses the literals from the text, computes
with Fraction and interval arithmetic (tolerating rounding/truncation of stated
decimals) and re-derives the label.  A record is emitted only if the derived label
equals the intended one; ambiguous cases are discarded and regenerated.

Usage: python3 numbers_gen.py --seed 3 --out numbers.jsonl
Standard library only.
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction as F

# ---------------------------------------------------------------------------
# literal parsing / units (used by the independent checker)
# ---------------------------------------------------------------------------
FW = str.maketrans('０１２３４５６７８９．％，', '0123456789.%,')
CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
      '六': 6, '七': 7, '八': 8, '九': 9}


def cn_int(s):
    """Chinese numerals up to 999 (一, 两, 十二, 二十, 三百零五 ...)."""
    total = 0
    if '百' in s:
        a, s = s.split('百', 1)
        total += CN[a] * 100
        s = s.lstrip('零')
    if '十' in s:
        a, b = s.split('十', 1)
        total += (CN[a] if a else 1) * 10
        s = b
    if s:
        total += CN[s]
    return total


def parse_lit(lit):
    """-> (Fraction value, number of decimals)"""
    s = lit.translate(FW).replace(',', '')
    if re.fullmatch(r'\d+(\.\d+)?', s):
        d = len(s.split('.')[1]) if '.' in s else 0
        return F(Decimal(s)), d
    return F(cn_int(lit)), 0


# unit -> (base unit, scale).  Count units are exact when written as integers.
UNITS = {
    '件': ('件', 1), '人': ('人', 1), '名': ('人', 1), '人次': ('人次', 1), '户': ('户', 1),
    '个': ('个', 1), '家': ('家', 1), '次': ('次', 1), '场': ('场', 1), '场次': ('场', 1),
    '处': ('处', 1), '起': ('起', 1), '宗': ('起', 1), '批次': ('批次', 1), '项': ('项', 1),
    '条': ('条', 1), '所': ('所', 1), '栋': ('栋', 1), '剂次': ('剂次', 1), '株': ('株', 1),
    '套': ('套', 1), '台': ('台', 1), '份': ('份', 1), '天': ('天', 1), '单': ('件', 1),
    '座': ('座', 1), '家次': ('家次', 1), '户次': ('户次', 1), '期': ('期', 1), '盏': ('盏', 1),
    '万人': ('人', 10 ** 4), '万人次': ('人次', 10 ** 4), '万户': ('户', 10 ** 4),
    '元': ('元', 1), '万元': ('元', 10 ** 4), '亿元': ('元', 10 ** 8), '万': ('元', 10 ** 4),
    '亩': ('亩', 1), '万亩': ('亩', 10 ** 4),
    '平方米': ('平方米', 1), '万平方米': ('平方米', 10 ** 4),
    '公里': ('米', 1000), '千米': ('米', 1000), '米': ('米', 1),
    '吨': ('吨', 1), '万吨': ('吨', 10 ** 4), '公斤': ('吨', F(1, 1000)),
    '%': ('%', 1), '微克/立方米': ('微克/立方米', 1), '吨标准煤': ('吨标准煤', 1), '万千瓦时': ('千瓦时', 10 ** 4),
    '倍': ('倍', 1), '号': ('号', 1), '年': ('年', 1), '月': ('月', 1), '位': ('位', 1), '岁': ('岁', 1), '周岁': ('岁', 1),
    '个百分点': ('个百分点', 1),
}
COUNT_BASES = {'件', '人', '人次', '户', '个', '家', '次', '场', '处', '起', '批次', '项', '条',
               '所', '栋', '剂次', '株', '套', '台', '份', '天', '座', '家次', '户次', '期', '盏'}


class Num:
    """A number as written in the text: literal + unit."""
    __slots__ = ('lit', 'unit')

    def __init__(self, lit, unit):
        self.lit = lit
        self.unit = unit

    def __str__(self):
        return self.lit

    @property
    def q(self):  # literal with unit
        return self.lit + ('' if self.unit == '%' else self.unit)

    @property
    def p(self):  # percentage literal with sign
        return self.lit + '%'


def interval(num):
    """value interval (lo, hi, base unit) implied by the literal as written."""
    v, d = parse_lit(num.lit)
    base, scale = UNITS[num.unit]
    if d > 0:
        h = F(1, 2 * 10 ** d)
    elif base in COUNT_BASES and scale == 1:
        h = F(0)
    else:
        h = F(1, 2)
    return (v - h) * scale, (v + h) * scale, base


def expr_interval(terms):
    lo = hi = F(0)
    base = None
    for sign, n in terms:
        a, b, bs = interval(n)
        if base is None:
            base = bs
        assert base == bs, ('unit mismatch', base, bs)
        if sign > 0:
            lo += a
            hi += b
        else:
            lo -= b
            hi -= a
    return lo, hi, base


def gap(a_lo, a_hi, b_lo, b_hi):
    if a_hi < b_lo:
        return b_lo - a_hi
    if b_hi < a_lo:
        return a_lo - b_hi
    return F(0)


def pct_accept(num, approx=False):
    """Interval of true values compatible with a stated percentage under rounding or truncation."""
    s, d = parse_lit(num.lit)
    u = F(1, 10 ** d)
    lo, hi = s - u / 2, s + u
    if approx:
        lo, hi = lo - u, hi + u
    return lo, hi


# ---------------------------------------------------------------------------
# independent checker
# ---------------------------------------------------------------------------
def lit_in_text(lit, text):
    if re.fullmatch(r'[\d.,０-９．]+', lit):
        return re.search(r'(?<![\d.,０-９．])' + re.escape(lit) + r'(?![\d０-９]|[.．][\d０-９])', text) is not None
    return lit in text


def claim_nums(c):
    out = []
    for k, v in c.items():
        if isinstance(v, Num):
            out.append(v)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, Num):
                    out.append(x)
                elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], Num):
                    out.append(x[1])
    return out


def check_claim(c):
    """-> 'ok' | 'bad' | 'amb' | 'trap' (trap = look-alike property holds) | 'err'."""
    k = c['k']
    if k == 'sum':
        s_lo, s_hi, b1 = expr_interval([(1, p) for p in c['parts']])
        w_lo, w_hi, b2 = interval(c['whole'])
        assert b1 == b2, (b1, b2)
        w_mid = (w_lo + w_hi) / 2
        counts = b1 in COUNT_BASES and all(interval(p)[0] == interval(p)[1] for p in c['parts'] + [c['whole']])
        margin = F(1) if counts else max(w_mid / 500, F(1, 10 ** 9))
        if c['mode'] == 'exh':
            g = gap(s_lo, s_hi, w_lo, w_hi)
        else:  # partial: parts must not exceed whole (sum and each single part)
            big = max(interval(p)[0] for p in c['parts'])
            g = max(F(0), s_lo - w_hi, big - w_hi)
        if g == 0:
            return 'ok'
        return 'bad' if g >= margin else 'amb'
    if k == 'rate':
        n_lo, n_hi, b1 = expr_interval(c['num'])
        d_lo, d_hi, b2 = expr_interval(c['den'])
        assert b1 == b2, (b1, b2)
        v_lo, v_hi = n_lo / d_hi * 100, n_hi / d_lo * 100
        a_lo, a_hi = pct_accept(c['pct'], c.get('approx', False))
        g = gap(v_lo, v_hi, a_lo, a_hi)
        if g == 0:
            return 'ok'
        return 'bad' if g >= F(1, 2) else 'amb'
    if k == 'growth':
        o_lo, o_hi, b1 = interval(c['old'])
        n_lo, n_hi, b2 = interval(c['new'])
        assert b1 == b2
        v_lo, v_hi = (n_lo / o_hi - 1) * 100, (n_hi / o_lo - 1) * 100
        if c['sign'] < 0:
            v_lo, v_hi = -v_hi, -v_lo
        a_lo, a_hi = pct_accept(c['pct'], c.get('approx', False))
        g = gap(v_lo, v_hi, a_lo, a_hi)
        if g == 0:
            return 'ok'
        return 'bad' if g >= F(1, 2) else 'amb'
    if k == 'pp':
        a_lo, a_hi, _ = interval(c['a'])
        b_lo, b_hi, _ = interval(c['b'])
        v_lo, v_hi = b_lo - a_hi, b_hi - a_lo
        if c['sign'] < 0:
            v_lo, v_hi = -v_hi, -v_lo
        s, d = parse_lit(c['delta'].lit)
        u = F(1, 10 ** d)
        g = gap(v_lo, v_hi, s - u / 2, s + u / 2)
        if g == 0:
            return 'ok'
        return 'bad' if g >= F(1, 2) else 'amb'
    if k == 'sharesum':
        lo = hi = F(0)
        for p in c['pcts']:
            a, b = pct_accept(p)
            lo += a
            hi += b
        if c['mode'] == 'exh':
            g = gap(lo, hi, F(100), F(100))
        else:
            g = max(F(0), lo - 100)
        if g == 0:
            return 'ok'
        return 'bad' if g >= F(1, 2) else 'amb'
    if k == 'trap':
        return 'trap' if check_trap(c) else 'err'
    raise ValueError(k)


def check_trap(c):
    t = c['t']
    if t == 'overlap':  # overlapping sub-groups: each <= whole, but their sum exceeds the whole
        w_lo, w_hi, _ = interval(c['whole'])
        s_lo = sum(interval(p)[0] for p in c['parts'])
        return s_lo > w_hi and all(interval(p)[1] <= w_lo for p in c['parts'])
    if t == 'rough':  # approximate whole (约/近/余/多) roughly matching exact parts, but not exactly
        w_lo, w_hi, _ = interval(c['whole'])
        s_lo, s_hi, _ = expr_interval([(1, p) for p in c['parts']])
        w = (w_lo + w_hi) / 2
        s = (s_lo + s_hi) / 2
        word = c['word']
        g = gap(s_lo, s_hi, w_lo, w_hi)
        if g == 0 or (w_lo == w_hi and g < 1):
            return False  # would simply be consistent
        rel = abs(s - w) / w
        if word in ('余', '多', '以上', '超'):
            return s > w and rel <= F(15, 100)
        if word in ('近', '将近'):
            return s < w and rel <= F(8, 100)
        return rel <= F(8, 100)  # 约 / 左右
    if t == 'rough_rate':  # approximate rate words (近/约/超...) roughly right, not exact
        n_lo, n_hi, _ = expr_interval(c['num'])
        d_lo, d_hi, _ = expr_interval(c['den'])
        v = (n_lo + n_hi) / (d_lo + d_hi) * 100
        s, _ = parse_lit(c['pct'].lit) if isinstance(c['pct'], Num) else (F(c['pct']), 0)
        word = c['word']
        a_lo, a_hi = pct_accept(c['pct'])
        if gap(v, v, a_lo, a_hi) < F(1, 2):
            return False  # strict rounding check would already accept it
        if word in ('超', '超过', '以上'):
            return v > s and v - s <= 6
        if word in ('近', '接近', '将近'):
            return v < s and s - v <= 3
        return 0 < abs(v - s) <= 3
    if t == 'gt100':
        return parse_lit(c['pct'].lit)[0] > 100
    if t == 'annual_cum':  # annual figure(s) and a larger cumulative one: not a breakdown
        an = c['annual'] if isinstance(c['annual'], list) else [c['annual']]
        return sum(interval(x)[1] for x in an) < interval(c['cum'])[0]
    if t == 'diffwholes':  # percentages of different wholes; flagged as trap only if naive sum > 100
        return sum(parse_lit(p.lit)[0] for p in c['pcts']) > 100 or c.get('any', False)
    if t == 'facts':  # numbers that stand in no checkable relation
        return True
    if t == 'unitdiff':  # "其中" part larger than the whole, but counted in a different unit
        return interval(c['part'])[0] > interval(c['whole'])[1] and interval(c['part'])[2] != interval(c['whole'])[2]
    if t == 'no_integer_num':  # a rate over a different base: no integer k/den gives the stated rate
        s, dd = parse_lit(c['pct'].lit)
        u = F(1, 10 ** dd)
        den = int(parse_lit(c['den'].lit)[0])
        return all(not (s - u / 2 <= F(100 * kk, den) < s + u) for kk in range(den + 1))
    raise ValueError(t)


def derive_label(claims, text):
    for c in claims:
        for n in claim_nums(c):
            if not lit_in_text(n.lit, text):
                return None, 'literal %r not in text' % n.lit
    res = [check_claim(c) for c in claims]
    if 'err' in res:
        return None, 'trap property does not hold'
    if 'amb' in res:
        return None, 'ambiguous'
    if 'bad' in res:
        return 'inconsistent', res
    if 'ok' in res:
        return 'consistent', res
    if res and all(r == 'trap' for r in res):
        return 'negative', res
    return None, 'no claims'


# ---------------------------------------------------------------------------
# note (human-readable arithmetic), derived from the claims
# ---------------------------------------------------------------------------
def fmtF(x, nd=4):
    d = Decimal(x.numerator) / Decimal(x.denominator)
    s = format(d.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP), 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def val(n):
    v, _ = parse_lit(n.lit)
    return v


def in_unit(x_base, unit):
    return x_base / UNITS[unit][1]


def note_for(c):
    k = c['k']
    if k == 'sum':
        wu = c['whole'].unit
        s = sum(val(p) * UNITS[p.unit][1] for p in c['parts'])
        terms = '+'.join(p.q for p in c['parts'])
        return '%s = %s%s；%s %s（%s）' % (terms, fmtF(in_unit(s, wu)), wu,
                                         '总数' if c['mode'] == 'exh' else '总数(部分列举,分项应≤总数)',
                                         c['whole'].q, {'ok': '相符', 'bad': '不符'}[check_claim(c)])
    if k == 'rate':
        def ex(terms):
            return ''.join(('' if i == 0 and s > 0 else ('+' if s > 0 else '-')) + n.q for i, (s, n) in enumerate(terms))
        nv = sum(s * val(n) * UNITS[n.unit][1] for s, n in c['num'])
        dv = sum(s * val(n) * UNITS[n.unit][1] for s, n in c['den'])
        return '(%s)/(%s) = %s%%；文中 %s%%（%s）' % (ex(c['num']), ex(c['den']), fmtF(nv / dv * 100, 3),
                                                c['pct'].lit, {'ok': '相符', 'bad': '不符'}[check_claim(c)])
    if k == 'growth':
        o, n = val(c['old']) * UNITS[c['old'].unit][1], val(c['new']) * UNITS[c['new'].unit][1]
        return '(%s-%s)/%s = %s%%；文中%s %s%%（%s）' % (c['new'].q, c['old'].q, c['old'].q, fmtF((n / o - 1) * 100, 3),
                                                '增长' if c['sign'] > 0 else '下降', c['pct'].lit,
                                                {'ok': '相符', 'bad': '不符'}[check_claim(c)])
    if k == 'pp':
        return '%s%% - %s%% = %s 个百分点；文中%s %s 个百分点（%s）' % (
            c['b'].lit, c['a'].lit, fmtF(val(c['b']) - val(c['a']), 3), '提高' if c['sign'] > 0 else '下降',
            c['delta'].lit, {'ok': '相符', 'bad': '不符'}[check_claim(c)])
    if k == 'sharesum':
        return '占比合计 %s = %s%%（%s，%s）' % ('+'.join(p.lit for p in c['pcts']),
                                         fmtF(sum(val(p) for p in c['pcts'])),
                                         '应为100%' if c['mode'] == 'exh' else '应≤100%',
                                         {'ok': '相符', 'bad': '不符'}[check_claim(c)])
    if k == 'trap':
        return '[不应报错] ' + c['why']
    return ''


# ---------------------------------------------------------------------------
# number helpers used by the generators
# ---------------------------------------------------------------------------
def dec(x, d):
    """format Fraction/int x with d decimals (round half up)."""
    q = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, F) else Decimal(x)
    return format(q.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP), 'f')


def trunc(x, d):
    q = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, F) else Decimal(x)
    return format(q.quantize(Decimal(1).scaleb(-d), rounding=ROUND_DOWN), 'f')


def N(x, unit, d=0):
    return Num(dec(F(x), d), unit)


def partition(rng, total, k, minv=1, skew=0.35):
    """k positive integers (>= minv) summing to total."""
    assert total >= k * minv
    w = [rng.uniform(skew, 1.0) for _ in range(k)]
    sw = sum(w)
    parts = [max(minv, int(total * x / sw)) for x in w]
    diff = total - sum(parts)
    i = 0
    while diff != 0:
        j = i % k
        if diff > 0:
            parts[j] += 1
            diff -= 1
        elif parts[j] > minv:
            parts[j] -= 1
            diff += 1
        i += 1
    rng.shuffle(parts)
    return parts


def typo(rng, n):
    """a plausible typing/transcription error of a non-negative integer (returns a different int)."""
    s = str(n)
    for _ in range(20):
        mode = rng.random()
        if len(s) >= 2 and mode < 0.4:
            i = rng.randrange(len(s) - 1)
            if s[i] == s[i + 1]:
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif mode < 0.8:
            i = rng.randrange(1, len(s)) if len(s) >= 2 and rng.random() < 0.8 else rng.randrange(len(s))
            digs = [c for c in '0123456789' if c != s[i]]
            t = s[:i] + rng.choice(digs) + s[i + 1:]
        else:
            t = str(n + rng.choice([-1, 1]) * 10 ** rng.randrange(max(1, len(s) - 1)))
        if t[0] == '0' or t == s or int(t) <= 0:
            continue
        return int(t)
    return n + rng.choice([-1, 1]) * max(2, n // 10)


def off_int(rng, n, rel=(0.03, 0.25), mind=2):
    """integer clearly different from n."""
    if rng.random() < 0.45:
        t = typo(rng, n)
        if abs(t - n) >= mind:
            return t
    d = max(mind, int(n * rng.uniform(*rel)))
    return n + d if (rng.random() < 0.55 or n - d <= 0) else n - d


# ---------------------------------------------------------------------------
# writing material: time phrases, subjects, context sentences
# ---------------------------------------------------------------------------
TIME = ['今年以来', '2023年', '一年来', '2022年', '截至目前', '截至10月底', '年初以来', '全年',
        '1-11月', '报告期内', '上半年', '过去一年', '2021年', '截至11月底', '前三季度', '2024年以来']
SUBJ = ['我镇', '我街道', '全镇', '全乡', '我局', '全县', '全区', '我乡', '中心', '全街道',
        '本系统', '我委', '我办', '我区', '全市']
GEN_PRE = [
    '在上级党委政府的坚强领导下，各项工作稳步推进。',
    '我们坚持以人民为中心的发展思想，扎实推进各项工作落地见效。',
    '围绕年初确定的目标任务，全体干部职工攻坚克难、真抓实干。',
    '对照年度工作要点，我们逐项分解任务、压实工作责任。',
    '坚持问题导向和目标导向相统一，推动工作提质增效。',
    '按照“统筹兼顾、突出重点”的思路，各项工作有序开展。',
    '在县委、县政府的正确领导下，我们主动作为、狠抓落实。',
    '现将有关情况汇报如下。',
]
GEN_POST = [
    '各项工作取得了阶段性成效。',
    '得到了上级部门的充分肯定。',
    '群众的获得感、幸福感、安全感进一步增强。',
    '为全年目标任务的完成打下了坚实基础。',
    '相关做法在全县作了经验交流。',
    '下一步，我们将继续巩固提升工作成效。',
    '但与群众期盼相比仍有差距，需要在今后工作中加以改进。',
]
VILLAGES = ['王家村', '李庄村', '河西村', '杨柳村', '东升村', '永安村', '双河村', '石桥村', '新民村', '凤凰村',
            '桃园村', '长岭村', '红星社区', '和平社区', '新华社区', '青山村', '白沙村', '大路村', '柏树村', '黄泥村',
            '金鸡村', '高峰村', '清泉社区', '团结村', '胜利村', '五里村', '花园社区', '滨河社区']
TOWNS = ['青石镇', '柳河乡', '东湖街道', '石门镇', '清水乡', '桃源街道', '马坪镇', '白鹤乡', '新桥镇', '龙岗镇',
         '北关街道', '云台乡', '枫林镇', '太平镇', '沙溪乡', '南城街道', '长乐镇', '安宁乡']


def D(**kw):
    return kw


# Totals frames.  {W}: whole with unit; {n}: a part with unit.  'exh': exhaustive groups;
# 'rem': (done, remainder) pairs; 'full': (classification phrase, exhaustive category list).
TOT = [
    D(key='信访', u='件', r=(40, 900),
      pre=['坚持和发展新时代“枫桥经验”，严格落实领导干部接访下访制度。', '把信访工作作为联系群众的重要窗口，推行“一把手”包案机制。',
           '畅通群众诉求表达渠道，持续开展信访积案化解攻坚。', '严格落实信访工作责任制，推动矛盾问题就地化解。'],
      post=['全年未发生到省进京非正常上访。', '信访总量实现稳中有降。', '群众合理诉求得到及时回应。', '信访秩序持续向好。'],
      whole=['受理群众来信来访{W}', '共登记受理各类信访事项{W}', '接收上级交办及群众反映的信访件{W}', '办理群众信访诉求{W}'],
      zai=['在受理的{W}信访事项中', '{W}信访件中', '受理的{W}诉求里'],
      cats=['网上信访{n}', '群众来信{n}', '走访{n}', '上级交办件{n}', '涉及土地征收补偿的{n}', '涉及劳资纠纷的{n}',
            '涉及物业管理的{n}', '反映环境问题的{n}', '重复信访{n}', '集体访{n}'],
      exh=[['已办结{n}', '正在办理{n}'], ['初信初访{n}', '重复信访{n}']],
      rem=[('已办结{n}', '其余{n}正在按程序办理'), ('已化解{n}', '剩余{n}已落实包案领导、正在跟踪化解'),
           ('办结答复{n}', '余下{n}仍在调查核实')],
      full=[('按反映渠道分', ['来信{n}', '来访{n}', '网上信访{n}']),
            ('按反映形式划分', ['来信{n}', '来访{n}', '网上投诉{n}', '电话反映{n}'])]),
    D(key='调解', u='起', r=(30, 600),
      pre=['持续深化“大调解”工作格局，健全村（社区）、镇两级调解组织网络。', '坚持抓早抓小、就地化解，组织网格员开展矛盾纠纷常态化排查。',
           '充分发挥人民调解“第一道防线”作用。'],
      post=['实现了“小事不出村、大事不出镇”。', '未发生因调处不及时引发的“民转刑”案件。', '基层社会保持和谐稳定。'],
      whole=['排查各类矛盾纠纷{W}', '受理矛盾纠纷调解申请{W}', '受理人民调解案件{W}'],
      zai=['在排查出的{W}矛盾纠纷中', '{W}纠纷中'],
      cats=['婚姻家庭纠纷{n}', '邻里纠纷{n}', '土地承包纠纷{n}', '劳资纠纷{n}', '物业纠纷{n}', '山林权属纠纷{n}',
            '交通事故损害赔偿纠纷{n}', '宅基地纠纷{n}'],
      exh=[['调解成功{n}', '调解不成功{n}']],
      rem=[('成功化解{n}', '其余{n}已引导当事人通过司法途径解决'), ('当场调结{n}', '另外{n}经多次调解后达成协议')],
      full=[('按纠纷类型分', ['婚姻家庭类{n}', '邻里关系类{n}', '土地权属类{n}', '其他类{n}']),
            ('从调处层级看', ['村级调处{n}', '镇级调处{n}', '移交县级部门{n}'])]),
    D(key='隐患', u='处', r=(50, 1500),
      pre=['坚持“管行业必须管安全”，深入开展安全生产大排查大整治。', '组织应急、消防、市场监管等部门开展联合执法检查。',
           '牢固树立安全发展理念，压紧压实企业主体责任。'],
      post=['全年未发生较大以上生产安全事故。', '安全生产形势总体平稳。', '有效防范了各类事故的发生。'],
      whole=['排查各类安全隐患{W}', '检查发现安全隐患{W}', '累计排查整治风险隐患{W}'],
      zai=['在排查出的{W}隐患中', '发现的{W}隐患中'],
      cats=['消防安全隐患{n}', '用电安全隐患{n}', '燃气安全隐患{n}', '道路交通安全隐患{n}', '自建房安全隐患{n}',
            '涉及“三合一”场所的{n}', '重大事故隐患{n}'],
      exh=[['一般隐患{n}', '重大隐患{n}'], ['已整改{n}', '正在整改{n}']],
      rem=[('已整改到位{n}', '其余{n}已落实整改责任人和时限'), ('立行立改{n}', '剩余{n}挂牌督办'),
           ('完成整改{n}', '尚有{n}正在限期整改')],
      full=[('按行业领域分', ['工贸企业{n}', '建筑施工{n}', '道路交通{n}', '人员密集场所{n}', '其他领域{n}']),
            ('从隐患等级看', ['一般隐患{n}', '较大隐患{n}', '重大隐患{n}'])]),
    D(key='培训', u='人次', r=(200, 5000),
      pre=['围绕“技能强县”目标，持续加大职业技能培训力度。', '坚持以需定培、以培促岗，推行“订单式”培训。',
           '整合人社、农业、妇联等部门培训资源。'],
      post=['培训后实现就业创业的比例逐步提高。', '劳动者就业能力明显增强。', '培训质量和群众满意度同步提升。'],
      whole=['开展各类职业技能培训{W}', '组织农村实用技术培训{W}', '培训城乡劳动者{W}', '举办各类培训班，培训{W}'],
      zai=['在参训的{W}中', '{W}参训人员中'],
      cats=['电工{n}', '焊工{n}', '家政服务{n}', '电子商务{n}', '育婴员{n}', '中式烹调{n}', '脱贫劳动力{n}',
            '返乡农民工{n}', '农村妇女{n}'],
      exh=[['线上培训{n}', '线下培训{n}'], ['男性{n}', '女性{n}']],
      rem=[('取得职业技能等级证书的{n}', '其余{n}正在组织考核')],
      full=[('按培训方式分', ['企业新型学徒制培训{n}', '以工代训{n}', '项目制培训{n}']),
            ('从培训类别看', ['就业技能培训{n}', '岗位技能提升培训{n}', '创业培训{n}'])]),
    D(key='市场主体', u='户', r=(100, 3000),
      pre=['持续深化“放管服”改革，推行企业开办“一网通办”。', '大力优化营商环境，市场活力持续释放。',
           '全面落实减税降费和助企纾困政策。'],
      post=['市场主体总量稳步增长。', '经济发展后劲进一步增强。', '营商环境满意度持续提升。'],
      whole=['新增市场主体{W}', '新登记各类市场主体{W}', '新发展市场主体{W}'],
      zai=['在新增的{W}市场主体中', '新登记的{W}中'],
      cats=['企业{n}', '个体工商户{n}', '农民专业合作社{n}', '家庭农场{n}', '“个转企”{n}', '外资企业{n}'],
      exh=[['企业{n}', '个体工商户{n}', '农民专业合作社{n}']],
      rem=[],
      full=[('按主体类型分', ['企业{n}', '个体工商户{n}', '农民专业合作社{n}'])]),
    D(key='项目', u='个', r=(8, 160),
      pre=['坚持“项目为王”，实行县级领导联系重点项目制度。', '紧盯项目建设不放松，建立“周调度、月通报”机制。',
           '围绕主导产业开展精准招商和项目谋划。'],
      post=['项目建设呈现量质齐升的良好态势。', '为经济稳增长提供了有力支撑。', '项目储备更加充实。'],
      whole=['实施重点项目{W}', '推进重点建设项目{W}', '实施民生实事项目{W}', '推进市级重点项目{W}'],
      zai=['在实施的{W}项目中', '{W}项目中'],
      cats=['工业项目{n}', '基础设施项目{n}', '社会民生项目{n}', '农业农村项目{n}', '文旅项目{n}', '亿元以上项目{n}',
            '省重点项目{n}'],
      exh=[['新开工项目{n}', '续建项目{n}']],
      rem=[('已开工{n}', '其余{n}正在加快办理前期手续'), ('已完工{n}', '剩余{n}正加紧施工')],
      full=[('按产业类别分', ['第一产业项目{n}', '第二产业项目{n}', '第三产业项目{n}'])]),
    D(key='执法', u='起', r=(20, 800),
      pre=['坚持严格规范公正文明执法，深入推进执法规范化建设。', '聚焦群众反映强烈的突出问题，开展专项整治行动。',
           '推行“721”工作法，做到执法与服务并重。'],
      post=['执法震慑作用明显增强。', '城市秩序明显好转。', '无一起行政复议被撤销。'],
      whole=['查处各类违法案件{W}', '办理行政处罚案件{W}', '立案查处城市管理违法行为{W}'],
      zai=['在查处的{W}案件中', '{W}案件中'],
      cats=['违法建设类{n}', '占道经营类{n}', '渣土运输类{n}', '户外广告类{n}', '食品安全类{n}', '无照经营类{n}'],
      exh=[['适用简易程序{n}', '适用一般程序{n}']],
      rem=[('已结案{n}', '其余{n}正在办理中'), ('已执行到位{n}', '剩余{n}申请法院强制执行')],
      full=[('按违法类型分', ['违法建设{n}', '占道经营{n}', '乱堆乱放{n}', '其他违法行为{n}'])]),
    D(key='就业', u='人', r=(200, 8000),
      pre=['把稳就业摆在突出位置，持续开展“春风行动”等专项招聘活动。', '深化东西部劳务协作，建立劳动力就业动态台账。',
           '落实援企稳岗政策，千方百计扩大就业容量。'],
      post=['就业局势保持总体稳定。', '群众增收渠道进一步拓宽。', '零就业家庭实现动态清零。'],
      whole=['帮助农村劳动力转移就业{W}', '组织脱贫劳动力外出务工{W}', '实现农村劳动力转移就业{W}'],
      zai=['在转移就业的{W}中', '外出务工的{W}中'],
      cats=['县外务工{n}', '公益性岗位安置{n}', '就业困难人员{n}', '高校毕业生{n}', '退役军人{n}', '易地搬迁群众{n}'],
      exh=[['县内就业{n}', '县外就业{n}'], ['省内务工{n}', '省外务工{n}'], ['男性{n}', '女性{n}']],
      rem=[],
      full=[('从就业地域看', ['本县{n}', '省内县外{n}', '省外{n}'])]),
    D(key='低保', u='户', r=(60, 3000),
      pre=['坚持应保尽保、应退尽退，实行低保对象动态管理。', '兜牢民生底线，健全分层分类社会救助体系。'],
      post=['困难群众基本生活得到有效保障。', '社会救助兜底保障能力持续增强。'],
      whole=['纳入最低生活保障{W}', '保障低保对象{W}', '新纳入低保{W}'],
      zai=['在保障的{W}中', '{W}低保对象中'],
      cats=['重度残疾人家庭{n}', '单人户{n}', '脱贫不稳定户{n}', '边缘易致贫户{n}', '重病患者家庭{n}'],
      exh=[['城市低保{n}', '农村低保{n}']],
      rem=[],
      full=[('按保障类别分', ['一类保障对象{n}', '二类保障对象{n}', '三类保障对象{n}'])]),
    D(key='工单', u='件', r=(200, 9000),
      pre=['深化“接诉即办”改革，完善热线工单分办、督办、回访闭环机制。', '坚持“民有所呼、我有所应”，提升诉求办理质效。'],
      post=['群众诉求得到及时高效回应。', '办理质量在全市考评中位居前列。'],
      whole=['承办12345政务服务便民热线工单{W}', '接收各类群众诉求工单{W}', '办理热线转办件{W}'],
      zai=['在承办的{W}工单中', '{W}诉求中'],
      cats=['咨询类{n}', '投诉类{n}', '求助类{n}', '建议类{n}', '涉及供水供电的{n}', '反映噪声扰民的{n}', '涉及拖欠工资的{n}'],
      exh=[['已办结{n}', '正在办理{n}']],
      rem=[('已办结{n}', '其余{n}正在办理')],
      full=[('按诉求类型分', ['咨询类{n}', '求助类{n}', '投诉类{n}', '意见建议类{n}'])]),
    D(key='活动', u='场', r=(20, 800),
      pre=['依托新时代文明实践所（站），常态化开展志愿服务。', '坚持文化惠民，丰富群众精神文化生活。'],
      post=['文明新风蔚然成风。', '群众参与热情高涨。'],
      whole=['开展各类志愿服务活动{W}', '组织文化惠民活动{W}', '开展群众性文化活动{W}'],
      zai=['在开展的{W}活动中', '{W}活动中'],
      cats=['送戏下乡{n}', '电影放映{n}', '“村晚”{n}', '志愿服务{n}', '法治宣讲{n}', '移风易俗宣传{n}'],
      exh=[['线上{n}', '线下{n}']],
      rem=[],
      full=[('按活动形式分', ['文艺演出{n}', '宣讲活动{n}', '志愿服务{n}', '其他活动{n}'])]),
    D(key='抽检', u='批次', r=(80, 3000),
      pre=['坚持“四个最严”要求，守牢食品安全底线。', '加大食品安全监督抽检力度，突出“米袋子”“菜篮子”产品。'],
      post=['全年未发生食品安全事故。', '不合格食品均已依法核查处置。'],
      whole=['完成食品安全监督抽检{W}', '抽检各类食品{W}', '开展农产品质量安全抽检{W}'],
      zai=['在抽检的{W}样品中', '{W}样品中'],
      cats=['粮食加工品{n}', '食用油{n}', '肉制品{n}', '蔬菜{n}', '水产品{n}', '餐饮食品{n}', '校园食品{n}'],
      exh=[['合格{n}', '不合格{n}'], ['生产环节{n}', '流通环节{n}', '餐饮环节{n}']],
      rem=[('检验合格{n}', '其余{n}不合格')],
      full=[('按抽检环节分', ['生产环节{n}', '流通环节{n}', '餐饮环节{n}'])]),
    D(key='党员', u='名', r=(20, 400),
      pre=['坚持把发展党员作为基层党建的重要任务。', '严格按照“十六字”总要求做好发展党员工作。'],
      post=['党员队伍结构进一步优化。', '基层党组织战斗堡垒作用持续增强。'],
      whole=['发展新党员{W}', '接收预备党员{W}', '培养入党积极分子{W}'],
      zai=['在发展的{W}新党员中', '新发展的{W}党员中'],
      cats=['女性{n}', '35岁以下的{n}', '大专以上学历{n}', '农民{n}', '致富能手{n}'],
      exh=[['男性{n}', '女性{n}'], ['35岁以下{n}', '35岁及以上{n}']],
      rem=[],
      full=[('从职业构成看', ['农牧渔民{n}', '工人{n}', '企事业单位人员{n}', '学生及其他{n}'])]),
]

# measure frames (money / area / length / weight / floor area); unit choices with decimals
MEAS = [
    D(key='资金来源', kind='money', r=(80, 9000),
      pre=['积极向上对接争取政策支持，多渠道筹措建设资金。', '坚持“资金跟着项目走”，强化资金统筹整合。',
           '严格落实资金使用公示制度，确保资金安全高效。'],
      post=['资金使用效益明显提升。', '资金全部纳入监管平台管理。', '有力保障了项目顺利推进。'],
      whole=['投入乡村振兴衔接资金{W}', '筹措项目建设资金{W}', '完成项目总投资{W}', '累计投入老旧小区改造资金{W}',
             '落实农村饮水安全巩固提升资金{W}'],
      zai=['在投入的{W}资金中', '{W}资金中'],
      cats=['中央财政资金{n}', '省级资金{n}', '市级资金{n}', '县级配套资金{n}', '社会资本{n}', '群众自筹{n}', '专项债券资金{n}'],
      exh=[['财政资金{n}', '社会资本{n}'], ['上级补助{n}', '本级配套{n}']],
      rem=[('已拨付{n}', '其余{n}待项目验收后拨付'), ('已支付{n}', '剩余{n}按合同约定分期支付')],
      full=[('资金来源为', ['中央资金{n}', '省级资金{n}', '县级配套{n}']),
            ('从资金构成看', ['中央和省级资金{n}', '市县配套{n}', '社会投入{n}'])]),
    D(key='资金用途', kind='money', r=(50, 6000),
      pre=['聚焦产业发展和民生短板，精准安排各类资金。', '全面落实各项强农惠农富农政策。'],
      post=['补贴资金全部通过“一卡通”发放到户。', '惠农政策红利充分释放。'],
      whole=['统筹安排衔接资金{W}', '发放各类惠农补贴资金{W}', '安排民生实事资金{W}'],
      zai=['在安排的{W}中', '{W}资金中'],
      cats=['用于产业发展{n}', '用于基础设施建设{n}', '用于就业帮扶{n}', '用于小额信贷贴息{n}', '耕地地力保护补贴{n}',
            '农机购置补贴{n}', '用于教育资助{n}'],
      exh=[['用于产业发展{n}', '用于基础设施建设{n}', '用于其他方面{n}'], ['生产发展类{n}', '非生产发展类{n}']],
      rem=[('已下达{n}', '其余{n}待项目完工验收后拨付')],
      full=[('按用途划分', ['产业发展类{n}', '基础设施类{n}', '公益事业类{n}'])]),
    D(key='播种面积', kind='area', r=(3000, 120000),
      pre=['扛稳粮食安全政治责任，严格落实耕地保护制度。', '坚持藏粮于地、藏粮于技，稳定粮食生产面积。'],
      post=['粮食生产实现稳产增产。', '全面完成上级下达的粮食生产任务。'],
      whole=['落实农作物播种面积{W}', '完成农作物播种{W}', '农作物播种面积达到{W}'],
      zai=['在落实的{W}播种面积中', '{W}中'],
      cats=['水稻{n}', '玉米{n}', '大豆{n}', '马铃薯{n}', '蔬菜{n}', '油菜{n}', '中药材{n}'],
      exh=[['粮食作物{n}', '经济作物及其他作物{n}']],
      rem=[],
      full=[('分作物看', ['水稻{n}', '玉米{n}', '大豆{n}', '其他作物{n}'])]),
    D(key='农田造林', kind='area', r=(500, 30000),
      pre=['深入推进国土绿化行动，全面落实林长制。', '大力实施高标准农田建设，夯实农业基础。'],
      post=['生态环境质量持续改善。', '项目已全部通过县级验收。'],
      whole=['完成营造林{W}', '完成国土绿化{W}', '完成造林绿化任务{W}'],
      zai=['在完成的{W}中'],
      cats=['人工造林{n}', '封山育林{n}', '退化林修复{n}', '森林抚育{n}', '新建高标准农田{n}', '种植经济林{n}'],
      exh=[],
      rem=[],
      full=[('按造林方式分', ['人工造林{n}', '封山育林{n}', '退化林修复{n}'])]),
    D(key='道路', kind='length', r=(5, 400),
      pre=['持续推进“四好农村路”建设，完善农村交通路网。', '补齐基础设施短板，加快城乡路网互联互通。'],
      post=['群众出行条件明显改善。', '通村通组道路实现全覆盖。'],
      whole=['新改建农村公路{W}', '完成农村道路硬化{W}', '实施农村路网提升工程{W}'],
      zai=['在新改建的{W}中'],
      cats=['县道{n}', '乡道{n}', '村道{n}', '通组路{n}', '产业路{n}', '旅游路{n}'],
      exh=[['新建{n}', '改建{n}']],
      rem=[],
      full=[('按行政等级分', ['县道{n}', '乡道{n}', '村道{n}'])]),
    D(key='垃圾', kind='weight', r=(500, 60000),
      pre=['全面推行生活垃圾分类，健全收运处置体系。', '深入开展农村人居环境整治提升行动。'],
      post=['城乡环境面貌明显改观。', '生活垃圾无害化处理率保持100%。'],
      whole=['清运处理生活垃圾{W}', '收运各类垃圾{W}', '分类收集生活垃圾{W}'],
      zai=['在清运的{W}垃圾中'],
      cats=['建筑垃圾{n}', '大件垃圾{n}', '园林绿化垃圾{n}', '可回收物{n}', '厨余垃圾{n}'],
      exh=[['城区{n}', '农村{n}']],
      rem=[],
      full=[('按分类看', ['可回收物{n}', '厨余垃圾{n}', '有害垃圾{n}', '其他垃圾{n}'])]),
    D(key='粮食', kind='weight', r=(3000, 200000),
      pre=['全力抓好粮食生产，落实种粮补贴政策。', '加快推广良种良法，提升粮食单产水平。'],
      post=['粮食总产再创新高。', '完成了粮食生产目标任务。'],
      whole=['实现粮食总产量{W}', '粮食产量达到{W}'],
      zai=['在{W}粮食总产中'],
      cats=['稻谷{n}', '玉米{n}', '大豆{n}'],
      exh=[['夏粮{n}', '秋粮{n}']],
      rem=[],
      full=[('分季节看', ['夏粮{n}', '早稻{n}', '秋粮{n}'])]),
    D(key='改造面积', kind='floor', r=(2000, 300000),
      pre=['坚持“先民生后提升”，有序推进城市更新。', '持续开展违法建设专项整治，严控新增违建。'],
      post=['城市面貌焕然一新。', '居民居住环境明显改善。'],
      whole=['完成老旧小区改造{W}', '实施既有建筑节能改造{W}'],
      zai=['在完成的{W}中'],
      cats=['屋面防水{n}', '外墙保温{n}', '小区道路{n}', '口袋公园{n}', '存量违建{n}'],
      exh=[['住宅类{n}', '非住宅类{n}']],
      rem=[],
      full=[('按改造内容分', ['屋面防水{n}', '外墙保温{n}', '其他改造{n}'])]),
    D(key='拆违', kind='floor', r=(1000, 80000),
      pre=['坚持“零容忍”，持续开展违法建设专项整治。', '严控新增、逐步消化存量违法建设。'],
      post=['全年实现新增违建“零增长”。', '腾退土地全部用于公共服务配套。'],
      whole=['拆除违法建筑{W}', '依法拆除各类违法建设{W}'],
      zai=['在拆除的{W}中'],
      cats=[],
      exh=[['存量违建{n}', '新增违建{n}']],
      rem=[],
      full=[('按建筑用途分', ['住宅{n}', '商业用房{n}', '工业厂房{n}', '其他{n}'])]),
    D(key='农田', kind='area', r=(500, 30000),
      pre=['大力实施高标准农田建设，夯实农业基础。', '严格落实耕地保护“长牙齿”硬措施。'],
      post=['项目已全部通过县级验收。', '耕地质量等级稳步提升。'],
      whole=['建设高标准农田{W}', '完成撂荒地复耕复种{W}', '完成土地整治{W}'],
      zai=['在完成的{W}中'],
      cats=[],
      exh=[['新建{n}', '改造提升{n}']],
      rem=[],
      full=[('分片区看', ['东片区{n}', '西片区{n}', '中心片区{n}'])]),
]

VERB = {'信访': ['受理', '共受理', '接待处理', '登记受理'], '调解': ['排查化解', '调处', '成功调解'],
        '隐患': ['排查出', '发现', '排查整治'], '培训': ['培训', '组织培训', '开展培训'], '市场主体': ['新增', '新登记'],
        '项目': ['实施', '推进', '谋划储备'], '执法': ['查处', '办理'], '就业': ['实现', '促进'], '低保': ['保障', '纳入保障'],
        '工单': ['办理', '承办'], '活动': ['开展', '组织'], '抽检': ['抽检', '完成抽检'], '党员': None,
        '资金来源': ['争取', '投入', '落实'], '资金用途': ['安排', '统筹'], '播种面积': ['种植', '落实'],
        '农田造林': ['完成'], '道路': ['新改建', '建设'], '垃圾': ['清运', '收运'], '粮食': ['收获', '生产'],
        '改造面积': ['完成', '实施'], '拆违': ['拆除'], '农田': ['完成', '建设']}
CATS = {
    '信访': [['网上信访{n}', '群众来信{n}', '走访{n}', '12345热线转办{n}'],
           ['涉及土地征收补偿的{n}', '涉及劳资纠纷的{n}', '涉及物业管理的{n}', '反映环境问题的{n}', '涉及城乡建设的{n}'],
           ['重复信访{n}'], ['集体访{n}'], ['上级交办件{n}']],
    '调解': [['婚姻家庭纠纷{n}', '邻里纠纷{n}', '土地承包纠纷{n}', '劳资纠纷{n}', '物业纠纷{n}', '山林权属纠纷{n}',
            '交通事故损害赔偿纠纷{n}', '宅基地纠纷{n}'], ['经多次调解的{n}'], ['涉及农民工的{n}']],
    '隐患': [['消防安全隐患{n}', '用电安全隐患{n}', '燃气安全隐患{n}', '道路交通安全隐患{n}', '自建房安全隐患{n}'],
           ['重大事故隐患{n}'], ['涉及“三合一”场所的{n}'], ['企业自查发现的{n}']],
    '培训': [['电工{n}', '焊工{n}', '家政服务{n}', '电子商务{n}', '育婴员{n}', '中式烹调{n}', '养老护理{n}'],
           ['脱贫劳动力{n}'], ['返乡农民工{n}'], ['农村妇女{n}'], ['35岁以下青年{n}']],
    '市场主体': [['企业{n}', '个体工商户{n}', '农民专业合作社{n}'], ['家庭农场{n}'], ['“个转企”{n}'], ['女性创办的{n}']],
    '项目': [['工业项目{n}', '基础设施项目{n}', '社会民生项目{n}', '农业农村项目{n}', '文旅项目{n}'],
           ['亿元以上项目{n}'], ['省重点项目{n}'], ['招商引资项目{n}']],
    '执法': [['违法建设类{n}', '占道经营类{n}', '渣土运输类{n}', '户外广告类{n}', '无照经营类{n}'],
           ['适用简易程序的{n}'], ['移送司法机关的{n}']],
    '就业': [['省外务工{n}', '省内县外务工{n}', '县内就近就业{n}'], ['脱贫劳动力{n}'], ['高校毕业生{n}'],
           ['退役军人{n}'], ['易地搬迁群众{n}'], ['女性{n}']],
    '低保': [['城市低保{n}', '农村低保{n}'], ['重度残疾人家庭{n}'], ['单人户{n}'], ['边缘易致贫户{n}'], ['重病患者家庭{n}']],
    '工单': [['咨询类{n}', '投诉类{n}', '求助类{n}', '建议类{n}'], ['涉及供水供电的{n}'], ['反映噪声扰民的{n}'],
           ['涉及拖欠工资的{n}'], ['重复来电{n}']],
    '活动': [['送戏下乡{n}', '电影放映{n}', '“村晚”{n}', '广场舞展演{n}'], ['法治宣讲{n}'], ['移风易俗宣传{n}'], ['线上活动{n}']],
    '抽检': [['粮食加工品{n}', '食用油{n}', '肉制品{n}', '蔬菜{n}', '水产品{n}'], ['校园食品{n}'], ['网络销售食品{n}'],
           ['餐饮环节{n}']],
    '党员': [['女性{n}'], ['35岁以下的{n}'], ['大专以上学历{n}'], ['农民{n}'], ['致富能手{n}'], ['“两新”组织从业人员{n}']],
    '资金来源': [['中央财政资金{n}', '省级资金{n}', '市级资金{n}', '县级配套资金{n}', '社会资本{n}', '群众自筹{n}'],
             ['专项债券资金{n}']],
    '资金用途': [['用于产业发展{n}', '用于基础设施建设{n}', '用于就业帮扶{n}', '用于小额信贷贴息{n}', '用于教育资助{n}']],
    '播种面积': [['水稻{n}', '玉米{n}', '大豆{n}', '马铃薯{n}', '蔬菜{n}', '油菜{n}', '中药材{n}'], ['订单种植{n}'],
             ['机械化播种{n}']],
    '农田造林': [['人工造林{n}', '封山育林{n}', '退化林修复{n}', '森林抚育{n}'], ['种植经济林{n}']],
    '道路': [['县道{n}', '乡道{n}', '村道{n}', '通组路{n}'], ['产业路{n}'], ['旅游路{n}']],
    '垃圾': [['可回收物{n}', '厨余垃圾{n}', '有害垃圾{n}']],
    '粮食': [['稻谷{n}', '玉米{n}', '大豆{n}', '小麦{n}']],
    '改造面积': [['屋面防水{n}', '外墙保温{n}', '楼道粉刷{n}', '小区道路{n}']],
    '拆违': [['城区{n}', '城乡结合部{n}', '国道沿线{n}', '农村地区{n}']],
    '农田': [['新建{n}', '改造提升{n}']],
}
for _f in TOT + MEAS:
    _f['v'] = VERB[_f['key']]
    _f['cats'] = CATS[_f['key']]
    _f.setdefault('kind', 'count')

# unit specs for measures: (whole unit, part unit, whole decimals, part decimals, lo, hi [in whole unit])
MSPEC = {
    'money': [('万元', '万元', 0, 0, 60, 9000), ('万元', '万元', 1, 1, 20, 3000), ('万元', '万元', 2, 2, 5, 900),
              ('亿元', '万元', 2, 0, 1.1, 25), ('万元', '元', 2, 0, 2, 80), ('元', '元', 0, 0, 8000, 600000)],
    'area': [('亩', '亩', 0, 0, 1500, 90000), ('亩', '亩', 1, 1, 300, 20000), ('万亩', '亩', 2, 0, 1.1, 15),
             ('万亩', '万亩', 2, 2, 1.1, 20)],
    'length': [('公里', '公里', 1, 1, 5, 400), ('公里', '公里', 2, 2, 3, 90), ('公里', '米', 1, 0, 1.2, 30),
               ('米', '米', 0, 0, 800, 20000)],
    'weight': [('吨', '吨', 0, 0, 500, 60000), ('吨', '吨', 1, 1, 50, 5000), ('万吨', '吨', 2, 0, 1.1, 20),
               ('万吨', '万吨', 2, 2, 1.1, 30)],
    'floor': [('平方米', '平方米', 0, 0, 2000, 300000), ('万平方米', '平方米', 2, 0, 1.1, 40),
              ('万平方米', '万平方米', 2, 2, 1.1, 60)],
}


def spec_for(rng, frame, mixed=None):
    if frame['kind'] == 'count':
        lo, hi = frame['r']
        return dict(wu=frame['u'], pu=frame['u'], dw=0, dp=0, lo=lo, hi=hi)
    opts = MSPEC[frame['kind']]
    if mixed is True:
        opts = [o for o in opts if o[0] != o[1]] or opts
    elif mixed is False:
        opts = [o for o in opts if o[0] == o[1]]
    o = rng.choice(opts)
    return dict(wu=o[0], pu=o[1], dw=o[2], dp=o[3], lo=o[4], hi=o[5])


def conv_of(spec):
    c = F(UNITS[spec['wu']][1] * 10 ** spec['dp'], 1) / (UNITS[spec['pu']][1] * 10 ** spec['dw'])
    assert c.denominator == 1, spec
    return int(c)


MINOR = {'不合格{n}', '重大隐患{n}', '正在办理{n}', '正在整改{n}', '调解不成功{n}', '重复信访{n}', '适用一般程序{n}',
         '非生产发展类{n}', '新增违建{n}', '用于其他方面{n}', '农民专业合作社{n}', '餐饮环节{n}'}


def skew_last(rng, parts, grp):
    """re-split so that a minority category (listed last) gets a small share; keeps the total."""
    if not grp or grp[-1] not in MINOR or len(parts) < 2:
        return parts
    S = sum(parts)
    last = rng.randint(max(1, S // 100), max(2, S // 5))
    rest = partition(rng, S - last, len(parts) - 1, minv=max(1, (S - last) // (6 * len(parts))))
    return rest + [last]


def sumgen(rng, label, mode, k, spec, exact=False, err=None, grp=None):
    """-> (parts [Num], whole Num, info).  mode 'exh' (breakdown meant to be complete) or 'part'."""
    conv = conv_of(spec)
    lo, hi = int(spec['lo'] * 10 ** spec['dw']), int(spec['hi'] * 10 ** spec['dw'])
    W = rng.randint(max(lo, k + 1), max(hi, k + 2))
    info = ''
    if mode == 'exh':
        S = W * conv
        if not exact and conv > 1 and rng.random() < 0.5:
            S += rng.randint(-(conv // 2) + 1, conv // 2 - 1) if conv > 2 else 0
        parts = partition(rng, S, k, minv=max(1, S // (6 * k)))
        parts = skew_last(rng, parts, grp)
        if label == 'inconsistent':
            mind = 2 if conv == 1 and spec['dw'] == 0 and spec['wu'] in ('件', '人', '人次', '户', '个', '家', '起', '处', '场', '名', '批次') else max(2, W // 60)
            e = err or rng.choice(['whole', 'whole', 'part'])
            if e == 'whole':
                W = off_int(rng, W, mind=mind)
                info = 'whole'
            else:
                i = rng.randrange(k)
                p2 = off_int(rng, parts[i], mind=max(2, mind * conv))
                parts[i] = max(1, p2)
                info = 'part'
    else:
        if label == 'consistent':
            S = max(k, int(W * conv * rng.uniform(0.2, 0.93)))
            parts = partition(rng, S, k, minv=max(1, S // (6 * k)))
        else:
            S = W * conv
            parts = partition(rng, S, k, minv=max(1, S // (6 * k)))
            if k == 1:
                W = max(1, int(S / conv * rng.uniform(0.35, 0.88)))
            else:
                W = max(1, int(S / conv * rng.uniform(0.55, 0.93)))
            info = 'exceed'
    whole = Num(dec(F(W, 10 ** spec['dw']), spec['dw']), spec['wu'])
    pn = [Num(dec(F(p, 10 ** spec['dp']), spec['dp']), spec['pu']) for p in parts]
    return pn, whole, info


# ---------------------------------------------------------------------------
# writing helpers
# ---------------------------------------------------------------------------
def fill(pat, n):
    return pat.replace('{n}', n.q)


MACRO_SUBJ = ['全县', '全区', '全市', '全镇', '我县', '我区']


def lead(rng, with_subj=True, macro=False):
    t = rng.choice(TIME)
    r = rng.random()
    if not with_subj or r < 0.3:
        return t + '，'
    s = rng.choice(MACRO_SUBJ if macro else SUBJ)
    if r < 0.85:
        return t + '，' + s
    return s


VERB_START = ('受理', '接收', '抽检', '完成', '开展', '排查', '检查', '督查', '立案', '回访', '电话回访', '登记', '接办', '接待',
              '承办', '办理', '新增', '新登记', '新发展', '实施', '推进', '查处', '帮助', '组织', '培训', '举办', '纳入', '保障',
              '发展', '接收', '培养', '投入', '筹措', '累计投入', '落实', '统筹', '发放', '安排', '新改建', '清运', '收运', '分类',
              '实现', '拆除', '依法', '建设', '下达', '计划', '拨付', '争取', '调处', '督促', '年度', '上级', '应参保', '户籍')


def dlead(rng, dp):
    return lead(rng, with_subj=not dp.startswith(('全', '辖区')))


def gong(rng, phrase):
    if not phrase.startswith(VERB_START) or '达到' in phrase:
        return ''
    if phrase.startswith(('共', '累计', '办理', '举办', '年度', '上级', '应参保', '户籍', '计划')) or rng.random() < 0.45:
        return ''
    return rng.choice(['共', '共', '累计', '一共'])


def jn(rng, items, seps=('、', '、', '，', '；')):
    sep = rng.choice(seps)
    if len(items) >= 2 and sep == '、' and rng.random() < 0.3:
        return '、'.join(items[:-1]) + rng.choice(['和', '及', '以及']) + items[-1]
    return sep.join(items)


def wrap(rng, frame, main, p_pre=0.75, p_post=0.6):
    out = []
    if rng.random() < p_pre:
        pool = (frame.get('pre') or []) * 3 + GEN_PRE if frame else GEN_PRE
        out.append(rng.choice(pool))
    out.append(main)
    if rng.random() < p_post:
        pool = (frame.get('post') or []) * 3 + GEN_POST if frame else GEN_POST
        out.append(rng.choice(pool))
    return ''.join(out)


def names(pats):
    return [p.replace('{n}', '') for p in pats]


def pick_frame(rng, kinds=('count', 'money', 'area', 'length', 'weight', 'floor'), need=None):
    pool = [f for f in TOT + MEAS if f['kind'] in kinds and (need is None or f.get(need))]
    return rng.choice(pool)


def any_frame(rng, need=None, p_meas=0.35):
    if rng.random() < p_meas:
        return pick_frame(rng, ('money', 'area', 'length', 'weight', 'floor'), need)
    return pick_frame(rng, ('count',), need)


def cap_first(s):
    return s


STYLES = []


def style(name, family, labels):
    def deco(fn):
        STYLES.append(dict(name=name, family=family, labels=labels, fn=fn))
        return fn
    return deco


def SUMC(parts, whole, mode):
    return dict(k='sum', parts=list(parts), whole=whole, mode=mode)


# ===========================================================================
# TOTALS family
# ===========================================================================
def cat_sample(rng, f, k):
    groups = [g for g in f['cats'] if len(g) > k]
    if not groups:
        return None
    return rng.sample(rng.choice(groups), k)


@style('T01_qizhong_partial', 'totals', ['consistent', 'inconsistent'])
def t01(rng, label):
    f = any_frame(rng, need='cats')
    k = rng.choice([2, 2, 3])
    cats = cat_sample(rng, f, k)
    if not cats:
        return None
    parts, whole, _ = sumgen(rng, label, 'part', k, spec_for(rng, f))
    wp = rng.choice(f['whole'])
    items = [fill(c, p) for c, p in zip(cats, parts)]
    q = rng.choice(['其中', '其中', '其中，', '其中：', '其中包括'])
    main = '%s%s%s，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), q, jn(rng, items))
    return wrap(rng, f, main), [SUMC(parts, whole, 'part')]


@style('T02_qizhong_exh_pair', 'totals', ['consistent', 'inconsistent'])
def t02(rng, label):
    f = any_frame(rng, need='exh')
    grp = rng.choice(f['exh'])
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), spec_for(rng, f), grp=grp)
    wp = rng.choice(f['whole'])
    items = [fill(c, p) for c, p in zip(grp, parts)]
    q = rng.choice(['其中', '其中', '其中，', '其中：'])
    main = '%s%s%s，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), q, jn(rng, items, ('、', '，', '；')))
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


HEJI = ['合计{W}', '共计{W}', '总计{W}', '以上合计{W}', '合计达{W}', '总量达到{W}', '共{W}', '总数为{W}', '加起来共{W}', '累加共{W}']


@style('T03_parts_then_heji', 'totals', ['consistent', 'inconsistent'])
def t03(rng, label):
    f = any_frame(rng, need='v')
    if not f['v']:
        return None
    k = rng.choice([2, 3, 3, 4])
    cats = cat_sample(rng, f, k)
    if not cats:
        return None
    parts, whole, _ = sumgen(rng, label, 'exh', k, spec_for(rng, f))
    items = [fill(c, p) for c, p in zip(cats, parts)]
    hj = rng.choice(HEJI)
    if k in (2, 3) and rng.random() < 0.3:
        hj = ('两项' if k == 2 else '三项') + rng.choice(['合计{W}', '共计{W}'])
    v = rng.choice(f['v'])
    main = '%s%s%s，%s。' % (lead(rng), v, jn(rng, items, ('、', '、', '，')), hj.replace('{W}', whole.q))
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


@style('T04_fenbie_wei', 'totals', ['consistent', 'inconsistent'])
def t04(rng, label):
    f = any_frame(rng, need='full')
    phrase, grp = rng.choice(f['full'])
    k = len(grp)
    parts, whole, _ = sumgen(rng, label, 'exh', k, spec_for(rng, f, mixed=False))
    nm = names(grp)
    wp = rng.choice(f['whole'])
    u = parts[0].unit
    r = rng.random()
    if r < 0.4:
        nums = '、'.join(p.lit for p in parts) + u
    elif r < 0.7:
        nums = '、'.join(p.q for p in parts[:-1]) + '和' + parts[-1].q
    else:
        nums = '、'.join(p.q for p in parts)
    fb = rng.choice(['分别为', '分别是', '依次为', '分别有'])
    if rng.random() < 0.6:
        main = '%s%s%s，%s%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), jn(rng, nm, ('、',)), fb, nums)
    else:
        main = '%s%s，%s，%s%s%s，%s。' % (lead(rng), wp.replace('{W}', ''), phrase, jn(rng, nm, ('、',)), fb, nums,
                                       rng.choice(['合计', '总数为', '共计']) + whole.q)
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


SEC2 = ['具体来看，', '从结构上看，', '具体情况是：', '分类来看，', '']


@style('T05_two_sentence', 'totals', ['consistent', 'inconsistent'])
def t05(rng, label):
    f = any_frame(rng, need='full')
    phrase, grp = rng.choice(f['full'])
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), spec_for(rng, f))
    wp = rng.choice(f['whole'])
    items = [fill(c, p) for c, p in zip(grp, parts)]
    s1 = '%s%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q))
    mid = rng.choice(['', rng.choice(f['pre'])]) if rng.random() < 0.25 else ''
    s2 = '%s，%s。' % (phrase, jn(rng, items, ('、', '，', '；')))
    main = s1 + mid + s2
    return wrap(rng, f, main, p_pre=0.5), [SUMC(parts, whole, 'exh')]


@style('T06_remainder', 'totals', ['consistent', 'inconsistent'])
def t06(rng, label):
    f = any_frame(rng, need='rem')
    a, b = rng.choice(f['rem'])
    parts, whole, _ = sumgen(rng, label, 'exh', 2, spec_for(rng, f, mixed=False), grp=['', '正在办理{n}'])
    wp = rng.choice(f['whole'])
    if rng.random() < 0.6:
        main = '%s%s%s，%s，%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), fill(a, parts[0]), fill(b, parts[1]))
    else:
        main = '%s%s%s。目前%s，%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), fill(a, parts[0]), fill(b, parts[1]))
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


@style('T07_mixed_units', 'totals', ['consistent', 'inconsistent'])
def t07(rng, label):
    f = pick_frame(rng, ('money', 'area', 'length', 'weight', 'floor'))
    sp = spec_for(rng, f, mixed=True)
    if sp['wu'] == sp['pu']:
        return None
    r = rng.random()
    if r < 0.45 and f.get('full'):
        phrase, grp = rng.choice(f['full'])
        parts, whole, _ = sumgen(rng, label, 'exh', len(grp), sp)
        items = [fill(c, p) for c, p in zip(grp, parts)]
        wp = rng.choice(f['whole'])
        main = '%s%s%s，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q),
                               phrase if phrase.endswith('为') else phrase + '，', jn(rng, items))
        mode = 'exh'
    elif r < 0.75 and f.get('exh'):
        grp = rng.choice(f['exh'])
        parts, whole, _ = sumgen(rng, label, 'exh', len(grp), sp, grp=grp)
        items = [fill(c, p) for c, p in zip(grp, parts)]
        wp = rng.choice(f['whole'])
        main = '%s%s%s，其中%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), jn(rng, items))
        mode = 'exh'
    else:
        k = rng.choice([1, 2, 2])
        cats = cat_sample(rng, f, k)
        if not cats:
            return None
        parts, whole, _ = sumgen(rng, label, 'part', k, sp)
        items = [fill(c, p) for c, p in zip(cats, parts)]
        wp = rng.choice(f['whole'])
        main = '%s%s%s，其中%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), jn(rng, items))
        mode = 'part'
    return wrap(rng, f, main), [SUMC(parts, whole, mode)]


@style('T08_money_decimals_colon', 'totals', ['consistent', 'inconsistent'])
def t08(rng, label):
    f = pick_frame(rng, ('money',))
    sp = dict(wu='万元', pu='万元', dw=2, dp=2, lo=3, hi=2500) if rng.random() < 0.7 else \
        dict(wu='万元', pu='万元', dw=1, dp=1, lo=10, hi=5000)
    phrase, grp = rng.choice(f['full'])
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), sp)
    items = [fill(c, p) for c, p in zip(grp, parts)]
    wp = rng.choice(f['whole'])
    hdr = rng.choice(['资金构成：', '具体构成如下：', '资金明细为：', '其构成为：'])
    if rng.random() < 0.5:
        main = '%s%s%s。%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), hdr, '；'.join(items))
    else:
        main = '%s%s%s，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), hdr, '，'.join(items))
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


def meas_style(rng, label, kinds):
    f = pick_frame(rng, kinds)
    sp = spec_for(rng, f)
    r = rng.random()
    wp = rng.choice(f['whole'])
    if r < 0.35 and f.get('full'):
        phrase, grp = rng.choice(f['full'])
        parts, whole, _ = sumgen(rng, label, 'exh', len(grp), sp)
        items = [fill(c, p) for c, p in zip(grp, parts)]
        main = '%s%s%s。%s，%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), phrase, jn(rng, items))
        mode = 'exh'
    elif r < 0.6 and f.get('exh'):
        grp = rng.choice(f['exh'])
        parts, whole, _ = sumgen(rng, label, 'exh', len(grp), sp, grp=grp)
        items = [fill(c, p) for c, p in zip(grp, parts)]
        main = '%s%s%s，其中%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), jn(rng, items))
        mode = 'exh'
    elif r < 0.8 and f.get('v'):
        k = rng.choice([2, 3])
        cats = cat_sample(rng, f, k)
        if not cats:
            return None
        parts, whole, _ = sumgen(rng, label, 'exh', k, sp)
        items = [fill(c, p) for c, p in zip(cats, parts)]
        main = '%s%s%s，%s。' % (lead(rng), rng.choice(f['v']), jn(rng, items), rng.choice(HEJI).replace('{W}', whole.q))
        mode = 'exh'
    else:
        k = rng.choice([1, 2, 2])
        cats = cat_sample(rng, f, k)
        if not cats:
            return None
        parts, whole, _ = sumgen(rng, label, 'part', k, sp)
        items = [fill(c, p) for c, p in zip(cats, parts)]
        main = '%s%s%s，其中%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), jn(rng, items))
        mode = 'part'
    return wrap(rng, f, main), [SUMC(parts, whole, mode)]


@style('T09_area_mu', 'totals', ['consistent', 'inconsistent'])
def t09(rng, label):
    return meas_style(rng, label, ('area', 'floor'))


@style('T10_length_km', 'totals', ['consistent', 'inconsistent'])
def t10(rng, label):
    return meas_style(rng, label, ('length',))


@style('T11_weight_ton', 'totals', ['consistent', 'inconsistent'])
def t11(rng, label):
    return meas_style(rng, label, ('weight',))


@style('T12_paren_breakdown', 'totals', ['consistent', 'inconsistent'])
def t12(rng, label):
    f = any_frame(rng, need='exh', p_meas=0.25)
    grp = rng.choice(f['exh'])
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), spec_for(rng, f, mixed=False), grp=grp)
    wp = rng.choice(f['whole'])
    items = [fill(c, p) for c, p in zip(grp, parts)]
    op, cl = rng.choice([('（', '）'), ('(', ')'), ('（', '）')])
    inner = rng.choice(['其中', '其中', '含', '']) + jn(rng, items, ('、', '，'))
    if inner.startswith('含'):
        inner = '其中' + inner[1:]
    tail = rng.choice(['', '，' + rng.choice(f['post']).rstrip('。')])
    main = '%s%s%s%s%s%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), op, inner, cl, tail)
    return wrap(rng, f, main, p_post=0.3), [SUMC(parts, whole, 'exh')]


ORD = ['一是', '二是', '三是', '四是', '五是']


@style('T13_yi_er_san_enum', 'totals', ['consistent', 'inconsistent'])
def t13(rng, label):
    f = pick_frame(rng, ('count',), need='full')
    phrase, grp = rng.choice(f['full'])
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), spec_for(rng, f))
    tails = ['', '', '，已全部建立台账', '，均已落实专人跟进', '，全部纳入动态管理']
    items = ['%s%s%s' % (ORD[i], fill(c, p), rng.choice(tails) if i == 0 else '') for i, (c, p) in enumerate(zip(grp, parts))]
    wp = rng.choice(f['whole'])
    intro = '%s%s，%s情况如下：' % (lead(rng), phrase, wp.replace('{W}', '').lstrip('全年共'))
    if rng.random() < 0.5:
        main = intro + '；'.join(items) + '。以上%s。' % rng.choice(['合计{W}', '共计{W}', '总计{W}']).replace('{W}', whole.q)
    else:
        main = '%s%s%s。%s，%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), phrase, '；'.join(items))
    return wrap(rng, f, main, p_pre=0.5), [SUMC(parts, whole, 'exh')]


@style('T14_nested_subtotal', 'totals', ['consistent', 'inconsistent'])
def t14(rng, label):
    if rng.random() < 0.6:
        f = [m for m in MEAS if m['key'] == '资金来源'][0]
        sp = dict(wu='万元', pu='万元', dw=rng.choice([0, 1, 2]), dp=0, lo=300, hi=9000)
        sp['dp'] = sp['dw']
        outer_names = ('上级补助资金', rng.choice(['县级配套资金', '本级财政配套', '县本级投入']))
        inner_names = ('中央资金', '省级资金')
    else:
        key = rng.choice(['信访', '工单', '隐患'])
        f = [t for t in TOT if t['key'] == key][0]
        sp = spec_for(rng, f)
        outer_names = ('已办结' if f['key'] != '隐患' else '已整改', '正在办理' if f['key'] != '隐患' else '正在整改')
        inner_names = ('按期办结' if f['key'] != '隐患' else '立行立改', '超期办结' if f['key'] != '隐患' else '限期整改到位')
    bad = None
    if label == 'inconsistent':
        bad = rng.choice(['outer', 'inner'])
    outer, whole, _ = sumgen(rng, 'inconsistent' if bad == 'outer' else 'consistent', 'exh', 2, sp, exact=True,
                             grp=['', '正在办理{n}'] if f['kind'] == 'count' else None)
    A = outer[0]
    conv = 10 ** sp['dp']
    a_atoms = int(parse_lit(A.lit)[0] * conv)
    if a_atoms < 4:
        return None
    inner = partition(rng, a_atoms, 2)
    if bad == 'inner':
        i = rng.randrange(2)
        inner[i] = max(1, off_int(rng, inner[i], mind=max(2, a_atoms // 40)))
    inn = [Num(dec(F(x, conv), sp['dp']), sp['pu']) for x in inner]
    wp = rng.choice(f['whole'])
    op, cl = rng.choice([('（', '），'), ('，含', '；'), ('（其中', '），'), ('，包括', '；')])
    main = '%s%s%s，其中%s%s%s%s%s、%s%s%s%s。' % (
        lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), outer_names[0], A.q, op, inner_names[0], inn[0].q,
        inner_names[1], inn[1].q, cl, outer_names[1] + outer[1].q)
    return wrap(rng, f, main), [SUMC(outer, whole, 'exh'), SUMC(inn, A, 'exh')]


VILL_TOPICS = [
    ('完成农村户厕改造{W}', '户', (60, 1200), '改厕'), ('实施农村危房改造{W}', '户', (10, 160), '危改'),
    ('安装太阳能路灯{W}', '盏', (80, 1500), '路灯'), ('建成村级光伏电站{W}', '座', (5, 40), '光伏'),
    ('落实耕地地力保护补贴面积{W}', '亩', (2000, 40000), '补贴'), ('识别防返贫监测对象{W}', '户', (10, 300), '监测'),
    ('新建文化广场{W}', '个', (5, 40), '广场'), ('新发展家庭农场{W}', '家', (8, 90), '农场'),
]


@style('T15_by_village', 'totals', ['consistent', 'inconsistent'])
def t15(rng, label):
    wp, u, (lo, hi), _ = rng.choice(VILL_TOPICS)
    k = rng.choice([3, 4, 5, 6])
    sp = dict(wu=u, pu=u, dw=0, dp=0, lo=max(lo, 2 * k), hi=hi)
    parts, whole, _ = sumgen(rng, label, 'exh', k, sp)
    vs = rng.sample(VILLAGES, k)
    items = ['%s%s' % (v, p.q) for v, p in zip(vs, parts)]
    r = rng.random()
    t = lead(rng, with_subj=False)
    if r < 0.35:
        main = '%s全镇%s，分布在%s个村：%s。' % (t, wp.replace('{W}', whole.q), k, jn(rng, items, ('、', '，', '；')))
    elif r < 0.7:
        main = '%s%s，分村看，%s，全镇合计%s。' % (t, wp.replace('{W}', ''), jn(rng, items, ('、', '，')), whole.q)
    else:
        main = '%s%s个村%s，%s。' % (t, k, wp.replace('{W}', '共' + whole.q), '其中' + jn(rng, items, ('、', '，')))
    return wrap(rng, None, main), [SUMC(parts, whole, 'exh')]


CNUM = {1: '一', 2: '两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十', 11: '十一',
        12: '十二', 13: '十三', 14: '十四', 15: '十五', 16: '十六', 17: '十七', 18: '十八', 19: '十九', 20: '二十'}
CN_SMALL = [
    ('发生一般生产安全事故{W}', '起', ['道路交通事故{n}', '建筑施工事故{n}', '其他事故{n}'], '生产安全事故'),
    ('发生火灾{W}', '起', ['住宅火灾{n}', '车辆火灾{n}', '其他火灾{n}'], '火灾'),
    ('新建村级综合服务中心{W}', '个', ['今年新建{n}', '续建完成{n}'], '服务中心'),
    ('获评省市级荣誉{W}', '项', ['省级荣誉{n}', '市级荣誉{n}'], '荣誉'),
    ('新招引规上企业{W}', '家', ['工业企业{n}', '服务业企业{n}'], '企业'),
    ('查办违纪违法案件{W}', '件', ['给予党纪处分{n}', '给予政务处分{n}', '组织处理{n}'], '案件'),
]


@style('T16_chinese_numerals', 'totals', ['consistent', 'inconsistent'])
def t16(rng, label):
    wp, u, grp, _ = rng.choice(CN_SMALL)
    k = len(grp)
    parts = [rng.randint(1, 6) for _ in range(k)]
    W = sum(parts)
    if label == 'inconsistent':
        W = W + rng.choice([-2, -1, 1, 2, 3]) if W > 3 else W + rng.choice([1, 2, 3])
    if W > 20 or W < 1:
        return None
    pn = [Num(CNUM[p], u) if rng.random() < 0.8 else Num(str(p), u) for p in parts]
    wn = Num(CNUM[W], u) if rng.random() < 0.4 else Num(str(W), u)
    items = [fill(c, p) for c, p in zip(grp, pn)]
    main = '%s%s，其中%s。' % (lead(rng, with_subj=False), wp.replace('{W}', wn.q), jn(rng, items, ('、', '，')))
    # check: Chinese numerals must be unambiguous in the text
    return wrap(rng, None, main), [SUMC(pn, wn, 'exh')]


@style('T17_single_part_vs_whole', 'totals', ['consistent', 'inconsistent'])
def t17(rng, label):
    f = any_frame(rng, need='cats')
    cats = cat_sample(rng, f, 1)
    if not cats:
        return None
    parts, whole, _ = sumgen(rng, label, 'part', 1, spec_for(rng, f))
    wp = rng.choice(f['whole'])
    r = rng.random()
    if r < 0.5:
        main = '%s%s%s，其中%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), fill(cats[0], parts[0]))
    elif r < 0.8 and f.get('zai'):
        main = '%s%s，%s%s。' % (lead(rng), rng.choice(f['zai']).replace('{W}', whole.q), fill(cats[0], parts[0]),
                              rng.choice(['', '，占比较大', '，是主要类型', '，需重点关注']))
    else:
        main = '%s%s%s。其中，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), fill(cats[0], parts[0]),
                                    rng.choice(['', '，同比有所上升', '，已全部建立工作台账']))
    return wrap(rng, f, main), [SUMC(parts, whole, 'part')]


@style('T18_colon_list', 'totals', ['consistent', 'inconsistent'])
def t18(rng, label):
    f = any_frame(rng, need='full', p_meas=0.3)
    phrase, grp = rng.choice(f['full'])
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), spec_for(rng, f, mixed=False))
    wp = rng.choice(f['whole'])
    items = [fill(c, p) for c, p in zip(grp, parts)]
    r = rng.random()
    if r < 0.4:
        main = '%s%s%s，%s如下：%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), phrase.rstrip('为'), '；'.join(items))
    elif r < 0.7:
        main = '%s%s%s。%s：%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), phrase.rstrip('为'), '，'.join(items))
    else:
        main = '%s%s，%s：%s，总计%s。' % (lead(rng), wp.replace('{W}', ''), phrase.rstrip('为'), '；'.join(items), whole.q)
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


WAN_FRAMES = [
    ('基本医疗保险参保{W}', ['城镇职工医保{n}', '城乡居民医保{n}'], '人', '万人', '坚持应保尽保，持续推进全民参保计划。'),
    ('接待游客{W}', ['过夜游客{n}', '一日游游客{n}'], '人次', '万人次', '深入推进文旅融合，成功举办油菜花节等节会活动。'),
    ('全镇常住人口{W}', ['城镇人口{n}', '乡村人口{n}'], '人', '万人', '据年度人口抽样调查推算，'),
    ('基本养老保险参保{W}', ['城镇职工养老保险{n}', '城乡居民养老保险{n}'], '人', '万人', '扎实推进社会保险扩面征缴。'),
    ('农村劳动力总数{W}', ['男性{n}', '女性{n}'], '人', '万人', '开展农村劳动力资源全面摸底调查。'),
    ('完成新冠疫苗接种{W}', ['第一剂次{n}', '第二剂次{n}', '加强免疫{n}'], '剂次', '万', None),
]


@style('T19_wan_people', 'totals', ['consistent', 'inconsistent'])
def t19(rng, label):
    wp, grp, pu, wu, pre = rng.choice(WAN_FRAMES)
    if wu == '万':
        return None
    d = rng.choice([1, 2, 2])
    sp = dict(wu=wu, pu=pu, dw=d, dp=0, lo=1.1, hi=48)
    parts, whole, _ = sumgen(rng, label, 'exh', len(grp), sp)
    items = [fill(c, p) for c, p in zip(grp, parts)]
    if pre and pre.endswith('，'):
        main = '%s%s%s，其中%s。' % (lead(rng, with_subj=False), pre, wp.replace('{W}', whole.q), jn(rng, items))
    else:
        main = '%s%s，其中%s。' % (lead(rng, with_subj=not wp.startswith('全')), wp.replace('{W}', whole.q), jn(rng, items))
        if pre and rng.random() < 0.6:
            main = pre + main
    return wrap(rng, None, main, p_pre=0.3), [SUMC(parts, whole, 'exh')]


@style('T20_zai_zhong', 'totals', ['consistent', 'inconsistent'])
def t20(rng, label):
    f = any_frame(rng, need='zai')
    k = rng.choice([2, 2, 3])
    cats = cat_sample(rng, f, k)
    if not cats:
        return None
    parts, whole, _ = sumgen(rng, label, 'part', k, spec_for(rng, f, mixed=False))
    items = [fill(c, p) for c, p in zip(cats, parts)]
    zp = rng.choice(f['zai']).replace('{W}', whole.q)
    main = '%s%s，%s%s。' % (lead(rng, with_subj=False), zp, jn(rng, items, ('，', '；', '、')),
                           rng.choice(['', '，其余为其他类型', '，占比较高', '']))
    return wrap(rng, f, main), [SUMC(parts, whole, 'part')]


@style('T21_baokuo_deng', 'totals', ['consistent', 'inconsistent'])
def t21(rng, label):
    f = any_frame(rng, need='cats')
    k = rng.choice([2, 3])
    cats = cat_sample(rng, f, k)
    if not cats:
        return None
    parts, whole, _ = sumgen(rng, label, 'part', k, spec_for(rng, f, mixed=False))
    items = [fill(c, p) for c, p in zip(cats, parts)]
    wp = rng.choice(f['whole'])
    kw = rng.choice(['包括', '涵盖', '主要有'] + ([] if any(c.startswith('涉及') for c in cats) else ['涉及']))
    main = '%s%s%s，%s%s等。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), kw, jn(rng, items, ('、',)))
    return wrap(rng, f, main), [SUMC(parts, whole, 'part')]


def comma(lit):
    if '.' in lit:
        a, b = lit.split('.')
    else:
        a, b = lit, None
    a = '{:,}'.format(int(a))
    return a + ('.' + b if b is not None else '')


@style('T22_thousands_comma', 'totals', ['consistent', 'inconsistent'])
def t22(rng, label):
    f = pick_frame(rng, ('count', 'money', 'floor', 'weight', 'area'), need='v')
    if not f['v']:
        return None
    if f['kind'] == 'count':
        if f['r'][1] < 2500:
            return None
        sp = spec_for(rng, f)
        sp['lo'] = 1500
    else:
        sp = spec_for(rng, f, mixed=False)
        if sp['wu'].startswith('万') and sp['wu'] != '万元':
            return None
        sp['lo'] = max(sp['lo'], 1200)
        sp['hi'] = max(sp['hi'], sp['lo'] * 6)
    k = rng.choice([2, 3])
    cats = cat_sample(rng, f, k)
    if not cats:
        return None
    parts, whole, _ = sumgen(rng, label, 'exh', k, sp)
    parts = [Num(comma(p.lit), p.unit) for p in parts]
    whole = Num(comma(whole.lit), whole.unit)
    items = [fill(c, p) for c, p in zip(cats, parts)]
    if rng.random() < 0.5:
        main = '%s%s%s，%s。' % (lead(rng), rng.choice(f['v']), jn(rng, items, ('、', '；')), rng.choice(HEJI).replace('{W}', whole.q))
    else:
        main = '%s%s%s%s，%s%s。' % (lead(rng), rng.choice(f['whole']).replace('{W}', ''), rng.choice(['合计', '总计']), whole.q,
                                 rng.choice(['分别为', '具体为']),
                               jn(rng, items, ('、', '；')))
    return wrap(rng, f, main), [SUMC(parts, whole, 'exh')]


# ===========================================================================
# PCT family
# ===========================================================================
# rate frames: den phrase {D}; pairs (numerator phrase {N}, rate name, complement phrase {K}, inverse-rate name)
RATE = [
    D(key='信访办结', u='件', r=(40, 3000), shape='hi',
      den=['受理群众信访事项{D}', '共受理信访件{D}', '受理群众诉求{D}', '接收12345热线工单{D}', '受理各类投诉举报{D}'],
      pairs=[('已办结{N}', '办结率', '尚在办理{K}', '未办结率'), ('按期办结{N}', '按期办结率', '超期办结{K}', '超期率'),
             ('办结{N}', '办结率', '未办结{K}', None)],
      pre=['坚持“接诉即办”，实行首问负责和限时办结制度。', '建立诉求办理“一件一档”，实行全流程跟踪督办。'],
      post=['群众诉求得到及时回应。', '办理质效位居全县前列。']),
    D(key='抽检', u='批次', r=(60, 3000), shape='lowfail',
      den=['抽检食品{D}', '完成食用农产品抽检{D}', '抽检蔬菜水果样品{D}', '开展食品安全监督抽检{D}', '抽检药品{D}'],
      pairs=[('检验合格{N}', '合格率', '不合格{K}', '不合格率'), ('合格{N}', '合格率', '检出不合格{K}', '问题发现率'),
             ('检测合格{N}', '抽检合格率', '不合格{K}', '不合格率')],
      pre=['坚持“四个最严”要求，守牢食品安全底线。', '聚焦“米袋子”“菜篮子”，加大监督抽检力度。'],
      post=['不合格产品均已依法核查处置。', '全年未发生食品安全事故。']),
    D(key='参保', u='人', r=(3000, 60000), shape='hi',
      den=['应参保人数{D}', '户籍人口中应参保{D}', '全镇应参保居民{D}'],
      pairs=[('已参保{N}', '参保率', '未参保{K}', None), ('完成缴费{N}', '参保缴费率', '尚未缴费{K}', None)],
      pre=['持续推进全民参保计划，逐村逐户开展动员。', '坚持应保尽保，重点做好困难群体参保资助。'],
      post=['全民医保基础进一步夯实。', '特困、低保等困难群众实现应保尽保。']),
    D(key='签约', u='人', r=(500, 12000), shape='mid',
      den=['辖区65岁以上老年人{D}', '重点人群{D}', '高血压、糖尿病患者{D}', '脱贫人口{D}'],
      pairs=[('签约家庭医生{N}', '签约率', '未签约{K}', None), ('完成健康体检{N}', '体检率', '未体检{K}', None),
             ('纳入规范化管理{N}', '规范管理率', '未纳入管理{K}', None)],
      pre=['深入推进家庭医生签约服务，组建家庭医生团队。', '扎实开展基本公共卫生服务项目。'],
      post=['基层医疗服务能力不断提升。', '群众健康获得感持续增强。']),
    D(key='覆盖村', u='个', r=(8, 60), shape='cover',
      den=['全镇{D}行政村', '辖区{D}村（社区）', '全乡{D}建制村'],
      pairs=[('已有{N}实现5G信号覆盖', '5G覆盖率', '尚未覆盖的{K}', None), ('其中{N}建成标准化卫生室', '覆盖率', '尚未建成的{K}', None),
             ('{N}实现集中供水', '集中供水覆盖率', '其余{K}', None), ('{N}建成新时代文明实践站', '建成率', '其余{K}', None),
             ('{N}完成“雪亮工程”接入', '接入率', '剩余{K}', None)],
      pre=['持续补齐农村基础设施短板。', '推动公共服务向村（社区）延伸。'],
      post=['城乡公共服务均等化水平稳步提升。', '群众办事更加便捷。']),
    D(key='整改', u='处', r=(30, 2000), shape='hi',
      den=['排查发现隐患{D}', '检查发现问题{D}', '督查发现问题{D}'],
      pairs=[('已整改{N}', '整改率', '正在整改{K}', None), ('整改到位{N}', '整改完成率', '未整改到位{K}', None)],
      pre=['坚持边查边改、立查立改，建立问题清单和整改台账。', '实行隐患整改“清单制+责任制+销号制”。'],
      post=['对未完成整改的问题实行挂牌督办。', '问题整改实现闭环管理。']),
    D(key='调解', u='起', r=(30, 900), shape='hi',
      den=['受理矛盾纠纷{D}', '排查矛盾纠纷{D}', '受理人民调解案件{D}'],
      pairs=[('调解成功{N}', '调解成功率', '调解未成功{K}', None), ('化解{N}', '化解率', '未化解{K}', None)],
      pre=['坚持和发展新时代“枫桥经验”。', '健全人民调解、行政调解、司法调解联动机制。'],
      post=['实现了“小事不出村、大事不出镇”。', '社会大局保持和谐稳定。']),
    D(key='就业', u='人', r=(80, 5000), shape='mid',
      den=['应届高校毕业生{D}', '有就业意愿的脱贫劳动力{D}', '登记失业人员{D}'],
      pairs=[('实现就业{N}', '就业率', '未就业{K}', None), ('实现稳定就业{N}', '就业率', '仍在帮扶的{K}', None)],
      pre=['实施就业优先政策，开展“一对一”就业帮扶。', '举办线上线下招聘会，搭建供需对接平台。'],
      post=['未就业人员均已纳入实名制跟踪服务。', '就业形势保持稳定。']),
    D(key='满意', u='人', r=(60, 3000), shape='hi',
      den=['回访群众{D}', '电话回访当事人{D}', '满意度测评覆盖群众{D}'],
      pairs=[('表示满意{N}', '满意率', '表示不满意{K}', '不满意率'), ('满意和基本满意{N}', '满意率', '不满意{K}', '不满意率')],
      pre=['坚持办结必回访，以群众满意作为检验标准。', '建立回访评价机制。'],
      post=['对不满意事项进行二次办理。', '群众满意度持续提升。']),
    D(key='结案', u='起', r=(20, 1500), shape='hi',
      den=['立案查处违法案件{D}', '受理行政处罚案件{D}', '办理各类案件{D}'],
      pairs=[('已结案{N}', '结案率', '正在办理{K}', None)],
      pre=['坚持严格规范公正文明执法。', '持续加大执法办案力度。'],
      post=['执法办案质量稳步提升。', '无一起被复议撤销或诉讼败诉。']),
    D(key='接种', u='人', r=(800, 30000), shape='hi',
      den=['辖区60岁以上老年人{D}', '目标人群{D}', '适龄儿童{D}'],
      pairs=[('完成全程接种{N}', '全程接种率', '尚未完成全程接种{K}', None), ('完成接种{N}', '接种率', '未接种{K}', None)],
      pre=['坚持应接尽接，组织医务人员上门服务。', '扎实推进免疫规划工作。'],
      post=['人群免疫屏障持续巩固。', '未发生疫苗接种异常反应事件。']),
    D(key='入学', u='人', r=(200, 9000), shape='vhi',
      den=['适龄儿童少年{D}', '义务教育阶段适龄人口{D}', '建档立卡家庭适龄学生{D}'],
      pairs=[('在校就读{N}', '入学率', '送教上门{K}', None), ('入学{N}', '入学率', '因病缓学{K}', None)],
      pre=['严格落实控辍保学“双线四级”责任制。', '坚持教育优先发展。'],
      post=['实现义务教育阶段无失学辍学。', '教育公平不断推进。']),
    D(key='优良', u='天', r=(350, 366), shape='days',
      den=['有效监测天数{D}', '有效监测{D}', '全年有效监测天数{D}'],
      pairs=[('空气质量优良天数{N}', '优良率', '轻度及以上污染{K}', '污染天数比例'),
             ('优良天数{N}', '空气质量优良天数比例', '污染天数{K}', '污染天数占比')],
      pre=['深入打好蓝天保卫战，持续开展扬尘和秸秆焚烧管控。', '坚持精准治污、科学治污、依法治污。'],
      post=['空气质量持续向好。', '群众对生态环境的满意度明显提升。']),
    D(key='任务', u='户', r=(100, 5000), shape='over',
      den=['年度目标任务{D}', '上级下达任务{D}', '计划改造{D}'],
      pairs=[('实际完成{N}', '完成率', None, None), ('已完成{N}', '任务完成率', None, None)],
      pre=['实行挂图作战、倒排工期。', '把目标任务细化分解到村、落实到人。'],
      post=['超额完成上级下达的目标任务。', '相关工作受到上级通报表扬。']),
    D(key='任务亩', u='亩', r=(500, 30000), shape='over',
      den=['年度造林任务{D}', '高标准农田建设任务{D}', '撂荒地复耕任务{D}'],
      pairs=[('实际完成{N}', '完成率', None, None), ('完成{N}', '任务完成率', None, None)],
      pre=['压紧压实各村责任，实行周调度。', '强化技术指导和资金保障。'],
      post=['顺利通过上级验收。', '全面完成年度目标。']),
]
RATE_VERB = ['达', '为', '达到', '', '达到了', '']


def rate_shape(rng, shape, D):
    if shape == 'hi':
        K = rng.randint(0, max(1, int(D * rng.uniform(0.005, 0.12))))
        return D - K, K
    if shape == 'vhi':
        K = rng.randint(1, max(1, int(D * 0.03)))
        return D - K, K
    if shape == 'lowfail':
        K = rng.randint(1, max(1, int(D * rng.uniform(0.005, 0.07))))
        return D - K, K
    if shape == 'mid':
        K = rng.randint(max(1, int(D * 0.05)), max(2, int(D * 0.45)))
        return D - K, K
    if shape == 'cover':
        K = rng.randint(1, max(1, D // 3))
        return D - K, K
    if shape == 'days':
        K = rng.randint(5, 70)
        return D - K, K
    if shape == 'over':
        N = int(D * rng.uniform(0.7, 1.35))
        return N, None
    raise ValueError(shape)


def state_pct(rng, label, v, d=None, cap100=True, trunc_p=0.25, hundred_ok=True):
    """Return a percentage literal for true value v (Fraction, in %)."""
    if d is None:
        d = rng.choices([0, 1, 2], [0.2, 0.5, 0.3])[0]
    if label == 'consistent':
        lit = trunc(v, d) if rng.random() < trunc_p else dec(v, d)
        if v != 100 and F(Decimal(lit)) == 100 or cap100 and v < 100 and F(Decimal(lit)) >= 100:
            return None  # "100%" for an incomplete ratio: avoid
        if v > 0 and F(Decimal(lit)) == 0:
            return None
        return lit
    # inconsistent
    for _ in range(30):
        m = rng.random()
        if m < 0.45:
            w = v + rng.choice([-1, 1]) * F(rng.randint(120, 900), 100)
        elif m < 0.7:
            s = dec(v, max(d, 1)).replace('.', '')
            if len(s) < 3:
                continue
            i = rng.randrange(len(s) - 1)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            w = F(Decimal(t[:len(s) - max(d, 1)] + '.' + t[len(s) - max(d, 1):]))
        elif m < 0.85 and v <= 97 and cap100 and hundred_ok:
            w = F(100)
            d = 0
        else:
            w = v * rng.choice([F(1, 1) + F(rng.randint(3, 12), 100), F(1, 1) - F(rng.randint(3, 12), 100)])
        if w <= 0 or (cap100 and w > 100):
            continue
        if abs(w - v) < F(13, 10):
            continue
        return dec(w, d) if w != 100 else '100'
    return None


def pnum(lit, fullwidth=False):
    return Num(lit, '%')


def RATEC(num_terms, den_terms, pct, approx=False):
    return dict(k='rate', num=num_terms, den=den_terms, pct=pct, approx=approx)


def rate_setup(rng, label, frames=None, shape=None, need_comp=False, need_inv=False):
    pool = [f for f in (frames or RATE) if (shape is None or f['shape'] in shape)]
    f = rng.choice(pool)
    pairs = [p for p in f['pairs'] if (not need_comp or p[2]) and (not need_inv or p[3])]
    if not pairs:
        return None
    pr = rng.choice(pairs)
    lo, hi = f['r']
    Dv = rng.randint(lo, hi)
    Nv, Kv = rate_shape(rng, f['shape'], Dv)
    if Kv is None:
        Kv = 0
    return f, pr, Dv, Nv, Kv


@style('P01_rate_after_counts', 'pct', ['consistent', 'inconsistent'])
def p01(rng, label):
    st = rate_setup(rng, label)
    if not st:
        return None
    f, (np_, rn, _, _), Dv, Nv, _ = st
    u = f['u']
    lit = state_pct(rng, label, F(Nv * 100, Dv), cap100=f['shape'] != 'over')
    if lit is None:
        return None
    Dn, Nn, P = Num(str(Dv), u), Num(str(Nv), u), pnum(lit)
    dp = rng.choice(f['den'])
    main = '%s%s%s，%s，%s%s%s%%。' % (dlead(rng, dp), gong(rng, dp),
                                   dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q),
                                   rng.choice(['', '', '实现']), rn, rng.choice(RATE_VERB) + P.lit)
    return wrap(rng, f, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


@style('P02_rate_first', 'pct', ['consistent', 'inconsistent'])
def p02(rng, label):
    st = rate_setup(rng, label)
    if not st:
        return None
    f, (np_, rn, _, _), Dv, Nv, _ = st
    u = f['u']
    lit = state_pct(rng, label, F(Nv * 100, Dv), cap100=f['shape'] != 'over')
    if lit is None:
        return None
    Dn, Nn, P = Num(str(Dv), u), Num(str(Nv), u), pnum(lit)
    dp = rng.choice(f['den'])
    r = rng.random()
    if r < 0.4:
        main = '%s%s%s%s%%（%s，%s）。' % (lead(rng), rn, rng.choice(['达', '达到', '为']), P.lit, dp.replace('{D}', Dn.q),
                                       np_.replace('{N}', Nn.q))
    elif r < 0.75:
        main = '%s%s%s%s%%。%s，%s。' % (lead(rng), rn, rng.choice(['达', '达到', '为', '保持在']), P.lit,
                                     rng.choice(['全年', '其中，', '具体来看，', '']) + dp.replace('{D}', Dn.q),
                                     np_.replace('{N}', Nn.q))
    else:
        main = '%s%s%s%%，%s%s，%s。' % (lead(rng), rn, rng.choice(['', '达', '为']) + P.lit, '',
                                     dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q))
        main = main.replace('，，', '，')
    return wrap(rng, f, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


@style('P03_complement_rate', 'pct', ['consistent', 'inconsistent'])
def p03(rng, label):
    st = rate_setup(rng, label, shape=('hi', 'lowfail', 'vhi', 'mid', 'cover', 'days'), need_comp=True)
    if not st:
        return None
    f, (_, rn, cp, _), Dv, Nv, Kv = st
    if Kv < 1:
        return None
    u = f['u']
    lit = state_pct(rng, label, F(Nv * 100, Dv))
    if lit is None:
        return None
    Dn, Kn, P = Num(str(Dv), u), Num(str(Kv), u), pnum(lit)
    dp = rng.choice(f['den'])
    ld = lead(rng, with_subj=not dp.startswith(('全', '辖区')))
    main = '%s%s%s，%s，%s%s%s%%。' % (ld, '' if dp.startswith(('全', '辖区')) else gong(rng, dp), dp.replace('{D}', Dn.q),
                                   cp.replace('{K}', Kn.q), rn, rng.choice(RATE_VERB), P.lit)
    return wrap(rng, f, main), [RATEC([(1, Dn), (-1, Kn)], [(1, Dn)], P)]


@style('P04_failure_rate', 'pct', ['consistent', 'inconsistent'])
def p04(rng, label):
    st = rate_setup(rng, label, shape=('hi', 'lowfail', 'days'), need_inv=True)
    if not st:
        return None
    f, (_, _, cp, inv), Dv, Nv, Kv = st
    if Kv < 1:
        return None
    u = f['u']
    lit = state_pct(rng, label, F(Kv * 100, Dv), d=rng.choice([1, 2, 2]), hundred_ok=False)
    if lit is None:
        return None
    Dn, Kn, P = Num(str(Dv), u), Num(str(Kv), u), pnum(lit)
    dp = rng.choice(f['den'])
    main = '%s%s%s，%s，%s%s%%。' % (dlead(rng, dp), gong(rng, dp), dp.replace('{D}', Dn.q), cp.replace('{K}', Kn.q),
                                 inv + rng.choice(['为', '', '仅为']), P.lit)
    return wrap(rng, f, main), [RATEC([(1, Kn)], [(1, Dn)], P)]


@style('P05_hundred_claim', 'pct', ['consistent', 'inconsistent'])
def p05(rng, label):
    f = rng.choice([x for x in RATE if x['shape'] in ('hi', 'cover')])
    np_, rn, cp, _ = rng.choice(f['pairs'])
    Dv = rng.randint(*f['r'])
    u = f['u']
    Dn = Num(str(Dv), u)
    dp = rng.choice(f['den'])
    if label == 'consistent':
        Nv = Dv
    else:
        Nv = Dv - rng.randint(max(2, int(Dv * 0.03)), max(3, int(Dv * 0.2)))
        if Nv <= 0:
            return None
    Nn = Num(str(Nv), u)
    P = pnum(rng.choice(['100', '100', '100.0', '100.00']))
    r = rng.random()
    if r < 0.6:
        main = '%s%s%s，%s，%s%s%%。' % (dlead(rng, dp), gong(rng, dp), dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q),
                                     rn + rng.choice(['达', '达到', '']), P.lit)
    else:
        main = '%s%s%s，%s%s%%，%s。' % (dlead(rng, dp), gong(rng, dp), dp.replace('{D}', Dn.q), rn + rng.choice(['达', '']), P.lit,
                                     np_.replace('{N}', Nn.q))
    return wrap(rng, f, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


@style('P06_coverage_small', 'pct', ['consistent', 'inconsistent'])
def p06(rng, label):
    f = [x for x in RATE if x['key'] == '覆盖村'][0]
    np_, rn, cp, _ = rng.choice(f['pairs'])
    Dv = rng.randint(*f['r'])
    Nv, _ = rate_shape(rng, 'cover', Dv)
    lit = state_pct(rng, label, F(Nv * 100, Dv), d=rng.choice([0, 1, 1, 2]))
    if lit is None:
        return None
    Dn, Nn, P = Num(str(Dv), '个'), Num(str(Nv), '个'), pnum(lit)
    dp = rng.choice(f['den'])
    np2 = np_[2:] if np_.startswith(('已有', '其中')) else np_
    np2 = rng.choice(['已有', '', '有']) + np2
    main = '%s%s中，%s，%s%s%s%%。' % (lead(rng, with_subj=False), dp.replace('{D}', Dn.q), np2.replace('{N}', Nn.q), rn,
                                  rng.choice(RATE_VERB), P.lit)
    return wrap(rng, f, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


@style('P07_completion_rate', 'pct', ['consistent', 'inconsistent'])
def p07(rng, label):
    f = rng.choice([x for x in RATE if x['shape'] == 'over'])
    np_, rn, _, _ = rng.choice(f['pairs'])
    Dv = rng.randint(*f['r'])
    Nv = int(Dv * rng.uniform(0.75, 1.4))
    v = F(Nv * 100, Dv)
    if label == 'inconsistent' and rng.random() < 0.35:
        lit = dec(F(Dv * 100, Nv), rng.choice([1, 2]))  # inverted ratio: a classic slip
        if abs(F(Decimal(lit)) - v) < 2:
            return None
    else:
        lit = state_pct(rng, label, v, cap100=False)
    if lit is None:
        return None
    u = f['u']
    Dn, Nn, P = Num(str(Dv), u), Num(str(Nv), u), pnum(lit)
    dp = rng.choice(f['den'])
    tail = '，超额完成年度任务' if (Nv > Dv and rng.random() < 0.5) else ''
    main = '%s%s，%s，%s%s%s%%%s。' % (dlead(rng, dp), dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q), rn,
                                   rng.choice(RATE_VERB), P.lit, tail)
    return wrap(rng, f, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


SHARE_W = ['占比{p}', '占{p}', '占总数的{p}', '占比为{p}', '所占比重为{p}', '约占{p}']


def share_phrase(rng, P, noun=None):
    s = rng.choice(SHARE_W)
    if s.startswith('约'):
        return s.replace('{p}', P.lit + '%'), True
    return s.replace('{p}', P.lit + '%'), False


@style('P08_share_single', 'pct', ['consistent', 'inconsistent'])
def p08(rng, label):
    f = any_frame(rng, need='cats', p_meas=0.3)
    cats = cat_sample(rng, f, 1)
    if not cats:
        return None
    sp = spec_for(rng, f, mixed=False)
    parts, whole, _ = sumgen(rng, 'consistent', 'part', 1, sp)
    a, w = interval(parts[0]), interval(whole)
    v = ((a[0] + a[1]) / 2) / ((w[0] + w[1]) / 2) * 100
    lit = state_pct(rng, label, v, d=rng.choice([1, 1, 2]), hundred_ok=False)
    if lit is None:
        return None
    P = pnum(lit)
    ph, approx = share_phrase(rng, P)
    wp = rng.choice(f['whole'])
    main = '%s%s%s，其中%s，%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), fill(cats[0], parts[0]), ph)
    return wrap(rng, f, main), [RATEC([(1, parts[0])], [(1, whole)], P, approx)]


def shares_core(rng, label, f, phrase, grp, sp):
    parts, whole, _ = sumgen(rng, 'consistent', 'exh', len(grp), sp, exact=True)
    wv = parse_lit(whole.lit)[0] * UNITS[whole.unit][1]
    d = rng.choice([1, 1, 2])
    lits = []
    bad_i = rng.randrange(len(parts)) if label == 'inconsistent' else -1
    for i, p in enumerate(parts):
        v = parse_lit(p.lit)[0] * UNITS[p.unit][1] / wv * 100
        lit = state_pct(rng, 'inconsistent' if i == bad_i else 'consistent', v, d=d, trunc_p=0.1, hundred_ok=False)
        if lit is None:
            return None
        lits.append(pnum(lit))
    claims = [RATEC([(1, p)], [(1, whole)], P) for p, P in zip(parts, lits)]
    return parts, whole, lits, claims


@style('P09_shares_multi', 'pct', ['consistent', 'inconsistent'])
def p09(rng, label):
    f = any_frame(rng, need='full', p_meas=0.3)
    phrase, grp = rng.choice(f['full'])
    res = shares_core(rng, label, f, phrase, grp, spec_for(rng, f, mixed=False))
    if not res:
        return None
    parts, whole, lits, claims = res
    wp = rng.choice(f['whole'])
    items = ['%s，占%s%%' % (fill(c, p), P.lit) if rng.random() < 0.6 else '%s（占%s%%）' % (fill(c, p), P.lit)
             for c, p, P in zip(grp, parts, lits)]
    main = '%s%s%s。%s，%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q), phrase, '；'.join(items))
    return wrap(rng, f, main, p_pre=0.5), claims


@style('P10_shares_fenbie', 'pct', ['consistent', 'inconsistent'])
def p10(rng, label):
    f = any_frame(rng, need='full', p_meas=0.25)
    phrase, grp = rng.choice(f['full'])
    res = shares_core(rng, label, f, phrase, grp, spec_for(rng, f, mixed=False))
    if not res:
        return None
    parts, whole, lits, claims = res
    wp = rng.choice(f['whole'])
    items = [fill(c, p) for c, p in zip(grp, parts)]
    main = '%s%s%s，%s%s，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', whole.q),
                                 rng.choice(['其中', phrase + '，']), jn(rng, items, ('、', '，')),
                                 rng.choice(['分别占', '分别占总数的', '占比分别为', '各占']),
                                 '、'.join(P.lit + '%' for P in lits))
    return wrap(rng, f, main), claims


PP_IND = [('城镇化率', 35, 70, 1), ('森林覆盖率', 20, 70, 2), ('空气质量优良天数比例', 80, 97, 1), ('义务教育巩固率', 95, 99, 2),
          ('民生支出占一般公共预算支出比重', 60, 85, 1), ('税收收入占一般公共预算收入比重', 55, 85, 1),
          ('城乡居民医保参保率', 94, 99, 2), ('农村自来水普及率', 80, 98, 1), ('第三产业增加值占地区生产总值比重', 35, 60, 1),
          ('研发经费投入强度', 1, 3, 2), ('群众安全感满意度', 90, 98, 2), ('农村生活垃圾分类覆盖率', 40, 90, 1),
          ('高中阶段毛入学率', 88, 97, 1), ('规上工业增加值占比', 25, 55, 1)]


@style('P11_pp_change', 'pct', ['consistent', 'inconsistent'])
def p11(rng, label):
    name, lo, hi, d = rng.choice(PP_IND)
    u = 10 ** d
    a = rng.randint(lo * u, hi * u)
    sign = 1 if rng.random() < 0.8 else -1
    delta = rng.randint(max(1, u // 10), 5 * u)
    b = a + sign * delta
    if b <= 0 or b >= 100 * u:
        return None
    A, B = pnum(dec(F(a, u), d)), pnum(dec(F(b, u), d))
    dd = F(delta, u)
    if label == 'inconsistent':
        for _ in range(20):
            m = rng.random()
            if m < 0.4:
                w = dd + rng.choice([-1, 1]) * F(rng.randint(6, 30), 10)
            elif m < 0.7:
                w = dd * rng.choice([2, 3, F(1, 2)])
            else:
                w = abs(F(b, u) / F(a, u) - 1) * 100  # relative change written as points
            if w > 0 and abs(w - dd) >= F(7, 10):
                dd = w
                break
        else:
            return None
    Dl = Num(dec(dd, d), '个百分点')
    up, down = rng.choice(['提高', '提升', '上升', '增加']), rng.choice(['下降', '降低', '回落'])
    vb = up if sign > 0 else down
    r = rng.random()
    if r < 0.5:
        main = '%s%s由%s%%%s到%s%%，%s%s个百分点。' % (lead(rng, with_subj=False), name, A.lit, vb, B.lit, vb, Dl.lit)
    elif r < 0.8:
        main = '%s%s达到%s%%，较上年的%s%%%s%s个百分点。' % (lead(rng, with_subj=False), name, B.lit, A.lit, vb, Dl.lit)
    else:
        main = '%s%s从上年的%s%%%s至%s%%，%s了%s个百分点。' % (lead(rng, with_subj=False), name, A.lit, vb, B.lit, vb, Dl.lit)
    return wrap(rng, None, main), [dict(k='pp', a=A, b=B, delta=Dl, sign=sign)]


GROW_IND = [('一般公共预算收入', '万元', 2000, 90000, 0), ('一般公共预算收入', '亿元', 1.2, 30, 2),
            ('社会消费品零售总额', '亿元', 3, 120, 2), ('农村居民人均可支配收入', '元', 12000, 32000, 0),
            ('城镇居民人均可支配收入', '元', 28000, 56000, 0), ('固定资产投资', '亿元', 5, 200, 2),
            ('接待游客', '万人次', 20, 800, 1), ('旅游综合收入', '亿元', 1.2, 60, 2), ('村级集体经济收入', '万元', 50, 2000, 1),
            ('粮食总产量', '万吨', 2, 40, 2), ('粮食总产量', '吨', 20000, 300000, 0), ('规模以上工业总产值', '亿元', 10, 500, 2),
            ('外贸进出口总额', '亿元', 1.1, 80, 2), ('实有市场主体', '户', 3000, 40000, 0), ('税收收入', '万元', 1500, 80000, 0),
            ('全社会用电量', '万千瓦时', 3000, 90000, 0)]
DECL_IND = [('信访总量', '件', 80, 900, 0), ('刑事案件立案数', '起', 60, 1500, 0), ('生产安全事故起数', '起', 8, 60, 0),
            ('火灾起数', '起', 10, 200, 0), ('道路交通事故死亡人数', '人', 8, 80, 0), ('PM2.5平均浓度', '微克/立方米', 18, 60, 1),
            ('12345热线投诉量', '件', 800, 20000, 0), ('万元地区生产总值能耗', '吨标准煤', 0.3, 1.2, 2),
            ('电信网络诈骗案件发案数', '起', 40, 900, 0)]


def growth_pair(rng, lo, hi, d, sign):
    u = 10 ** d
    old = rng.randint(int(lo * u), int(hi * u))
    g = F(rng.randint(5, 350), 1000) if sign > 0 else F(rng.randint(20, 400), 1000)
    if rng.random() < 0.15:
        g = F(rng.randint(1, 40), 1000)
    new = int(old * (1 + sign * g)) if sign > 0 else int(old * (1 - g))
    if new <= 0 or new == old:
        return None
    return old, new, u


def growth_stmt(rng, label, old, new, u, sign):
    v = (F(new, old) - 1) * 100 * sign
    if label == 'consistent':
        return state_pct(rng, 'consistent', v, d=rng.choice([1, 1, 2, 0]), cap100=False, trunc_p=0.15)
    if rng.random() < 0.3:  # computed on the wrong base (divided by the new value)
        w = abs(F(new - old, new)) * 100
        if abs(w - v) >= F(13, 10):
            return dec(w, rng.choice([1, 2]))
    return state_pct(rng, 'inconsistent', v, d=rng.choice([1, 2]), cap100=False)


@style('P12_growth_both_ends', 'pct', ['consistent', 'inconsistent'])
def p12(rng, label):
    name, unit, lo, hi, d = rng.choice(GROW_IND)
    gp = growth_pair(rng, lo, hi, d, 1)
    if not gp:
        return None
    old, new, u = gp
    lit = growth_stmt(rng, label, old, new, u, 1)
    if lit is None:
        return None
    O, Nw, P = Num(dec(F(old, u), d), unit), Num(dec(F(new, u), d), unit), pnum(lit)
    r = rng.random()
    if r < 0.4:
        main = '%s%s由%s增长到%s，增长%s%%。' % (lead(rng, with_subj=False), name, O.q, Nw.q, P.lit)
    elif r < 0.7:
        main = '%s%s从上年的%s增至%s，增幅%s%%。' % (lead(rng, with_subj=False), name, O.q, Nw.q, P.lit)
    else:
        main = '%s%s%s，比上年的%s增加%s，增长%s%%。' % (lead(rng, with_subj=False), name + rng.choice(['达到', '实现', '完成']),
                                            Nw.q, O.q, Num(dec(F(new - old, u), d), unit).q, P.lit)
    return wrap(rng, None, main), [dict(k='growth', old=O, new=Nw, pct=P, sign=1)]


@style('P13_yoy_prior_stated', 'pct', ['consistent', 'inconsistent'])
def p13(rng, label):
    name, unit, lo, hi, d = rng.choice(GROW_IND)
    gp = growth_pair(rng, lo, hi, d, 1)
    if not gp:
        return None
    old, new, u = gp
    lit = growth_stmt(rng, label, old, new, u, 1)
    if lit is None:
        return None
    O, Nw, P = Num(dec(F(old, u), d), unit), Num(dec(F(new, u), d), unit), pnum(lit)
    r = rng.random()
    if r < 0.5:
        main = '%s%s%s，同比增长%s%%（上年同期为%s）。' % (lead(rng, macro=True), rng.choice(['完成', '实现']), name + Nw.q, P.lit, O.q)
    else:
        main = '%s上年%s为%s。%s实现%s，同比增长%s%%。' % (rng.choice(['', '从数据看，']), name, O.q,
                                               rng.choice(['今年', '本年度', '2023年']), Nw.q, P.lit)
    return wrap(rng, None, main), [dict(k='growth', old=O, new=Nw, pct=P, sign=1)]


@style('P14_decline_rate', 'pct', ['consistent', 'inconsistent'])
def p14(rng, label):
    name, unit, lo, hi, d = rng.choice(DECL_IND)
    gp = growth_pair(rng, lo, hi, d, -1)
    if not gp:
        return None
    old, new, u = gp
    lit = growth_stmt(rng, label, old, new, u, -1)
    if lit is None:
        return None
    O, Nw, P = Num(dec(F(old, u), d), unit), Num(dec(F(new, u), d), unit), pnum(lit)
    r = rng.random()
    if r < 0.5:
        main = '%s%s由上年的%s下降到%s，下降%s%%。' % (lead(rng, with_subj=False), name, O.q, Nw.q, P.lit)
    else:
        main = '%s%s%s，较上年的%s减少%s，同比下降%s%%。' % (lead(rng, with_subj=False), name, Nw.q, O.q,
                                               Num(dec(F(old - new, u), d), unit).q, P.lit)
    pre = rng.choice(['', '坚持源头治理、系统治理、综合治理。', '通过持续开展专项整治，'])
    if pre.endswith('，'):
        main = pre + main.lstrip('，')
        pre = ''
    return wrap(rng, None, pre + main), [dict(k='growth', old=O, new=Nw, pct=P, sign=-1)]


BIZ = [('民生支出', '一般公共预算支出'), ('税收收入', '一般公共预算收入'), ('第三产业增加值', '地区生产总值'),
       ('教育支出', '一般公共预算支出'), ('工业投资', '固定资产投资'), ('农村居民工资性收入', '农村居民人均可支配收入'),
       ('卫生健康支出', '一般公共预算支出'), ('社会资本投入', '项目总投资')]


@style('P15_bizhong_money', 'pct', ['consistent', 'inconsistent'])
def p15(rng, label):
    part, wholen = rng.choice(BIZ)
    unit, d, lo, hi = rng.choice([('亿元', 2, 3, 90), ('万元', 0, 5000, 150000), ('万元', 1, 3000, 90000)])
    if '人均' in wholen:
        unit, d, lo, hi = '元', 0, 12000, 32000
    u = 10 ** d
    W = rng.randint(int(lo * u), int(hi * u))
    Pt = int(W * rng.uniform(0.12, 0.85))
    Wn, Pn = Num(dec(F(W, u), d), unit), Num(dec(F(Pt, u), d), unit)
    lit = state_pct(rng, label, F(Pt, W) * 100, d=rng.choice([1, 1, 2]), hundred_ok=False)
    if lit is None:
        return None
    P = pnum(lit)
    r = rng.random()
    if r < 0.4:
        main = '%s%s%s，占%s%s的%s%%。' % (lead(rng, macro=True), part, Pn.q, wholen, Wn.q, P.lit)
    elif r < 0.7:
        main = '%s%s完成%s，其中%s%s，占比%s%%。' % (lead(rng, macro=True), wholen, Wn.q, part, Pn.q, P.lit)
    else:
        main = '%s%s%s，%s，占%s比重达到%s%%。' % (lead(rng, macro=True), wholen + rng.choice(['为', '达到']), Wn.q, part + Pn.q, wholen, P.lit)
    return wrap(rng, None, main), [RATEC([(1, Pn)], [(1, Wn)], P)]


@style('P16_truncated_rates', 'pct', ['consistent', 'inconsistent'])
def p16(rng, label):
    for _ in range(40):
        st = rate_setup(rng, label, shape=('hi', 'mid', 'vhi', 'cover'))
        if not st:
            continue
        f, (np_, rn, _, _), Dv, Nv, _ = st
        v = F(Nv * 100, Dv)
        d = rng.choice([1, 2])
        if trunc(v, d) != dec(v, d) and Nv < Dv:
            break
    else:
        return None
    lit = trunc(v, d) if label == 'consistent' else state_pct(rng, 'inconsistent', v, d=d)
    if lit is None:
        return None
    u = f['u']
    Dn, Nn, P = Num(str(Dv), u), Num(str(Nv), u), pnum(lit)
    dp = rng.choice(f['den'])
    main = '%s%s，%s，%s%s%s%%。' % (dlead(rng, dp), dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q), rn,
                                 rng.choice(RATE_VERB), P.lit)
    return wrap(rng, f, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


@style('P17_fullwidth_percent', 'pct', ['consistent', 'inconsistent'])
def p17(rng, label):
    res = p01(rng, label)
    if not res:
        return None
    text, claims = res
    if rng.random() < 0.5:
        text = text.replace('%', '％')
    else:
        text = text.replace('%', '％').replace('，', ', ', 1)
    return text, claims


@style('P18_two_rates', 'pct', ['consistent', 'inconsistent'])
def p18(rng, label):
    kind = rng.choice(['信访', '隐患', '抽检'])
    bad = rng.randrange(2) if label == 'inconsistent' else -1
    if kind == '信访':
        Dv = rng.randint(60, 3000)
        Nv = Dv - rng.randint(0, max(1, Dv // 15))
        R = int(Nv * rng.uniform(0.5, 1.0))
        S = R - rng.randint(0, max(1, R // 12))
        u = '件'
        l1 = state_pct(rng, 'inconsistent' if bad == 0 else 'consistent', F(Nv * 100, Dv))
        l2 = state_pct(rng, 'inconsistent' if bad == 1 else 'consistent', F(S * 100, R))
        if not l1 or not l2:
            return None
        Dn, Nn, Rn, Sn, P1, P2 = Num(str(Dv), u), Num(str(Nv), u), Num(str(R), u), Num(str(S), u), pnum(l1), pnum(l2)
        main = '%s受理群众诉求%s，办结%s，办结率%s%%；%s回访%s，群众满意%s，满意率%s%%。' % (
            lead(rng), Dn.q, Nn.q, P1.lit, rng.choice(['', '对已办结事项']), Rn.q, Sn.q, P2.lit)
        fr = RATE[0]
    elif kind == '隐患':
        Dv = rng.randint(80, 2000)
        Nv = Dv - rng.randint(0, max(1, Dv // 10))
        R = rng.randint(3, max(4, Dv // 20))
        S = R - rng.randint(0, max(1, R // 3))
        u = '处'
        l1 = state_pct(rng, 'inconsistent' if bad == 0 else 'consistent', F(Nv * 100, Dv))
        l2 = state_pct(rng, 'inconsistent' if bad == 1 else 'consistent', F(S * 100, R), d=rng.choice([1, 2]))
        if not l1 or not l2:
            return None
        Dn, Nn, Rn, Sn, P1, P2 = Num(str(Dv), u), Num(str(Nv), u), Num(str(R), u), Num(str(S), u), pnum(l1), pnum(l2)
        main = '%s排查各类隐患%s，已整改%s，整改率%s%%；其中重大隐患%s，已销号%s，销号率%s%%。' % (
            lead(rng), Dn.q, Nn.q, P1.lit, Rn.q, Sn.q, P2.lit)
        fr = RATE[5]
    else:
        Dv = rng.randint(100, 3000)
        K = rng.randint(2, max(3, Dv // 25))
        R = K - rng.randint(0, max(1, K // 3))
        u = '批次'
        l1 = state_pct(rng, 'inconsistent' if bad == 0 else 'consistent', F((Dv - K) * 100, Dv))
        l2 = state_pct(rng, 'inconsistent' if bad == 1 else 'consistent', F(R * 100, K), d=rng.choice([0, 1, 2]))
        if not l1 or not l2:
            return None
        Dn, Kn, Rn, P1, P2 = Num(str(Dv), u), Num(str(K), u), Num(str(R), u), pnum(l1), pnum(l2)
        main = '%s抽检食品%s，不合格%s，合格率%s%%；不合格产品已核查处置%s，核查处置率%s%%。' % (
            lead(rng), Dn.q, Kn.q, P1.lit, Rn.q, P2.lit)
        return wrap(rng, RATE[1], main), [RATEC([(1, Dn), (-1, Kn)], [(1, Dn)], P1), RATEC([(1, Rn)], [(1, Kn)], P2)]
    return wrap(rng, fr, main), [RATEC([(1, Nn)], [(1, Dn)], P1), RATEC([(1, Sn)], [(1, Rn)], P2)]


@style('P19_rate_money_decimal', 'pct', ['consistent', 'inconsistent'])
def p19(rng, label):
    d = rng.choice([1, 2, 2])
    u = 10 ** d
    Dv = rng.randint(50 * u, 9000 * u)
    Nv = int(Dv * rng.uniform(0.55, 0.999))
    unit = '万元'
    Dn, Nn = Num(dec(F(Dv, u), d), unit), Num(dec(F(Nv, u), d), unit)
    lit = state_pct(rng, label, F(Nv, Dv) * 100, d=rng.choice([1, 2]))
    if lit is None:
        return None
    P = pnum(lit)
    den, num, rn = rng.choice([('下达财政衔接资金{D}', '已支出{N}', '资金支出率'), ('年初预算安排{D}', '已执行{N}', '预算执行率'),
                               ('计划投资{D}', '已完成投资{N}', '投资完成率'), ('争取专项资金{D}', '已到位{N}', '资金到位率'),
                               ('拨付专项债券资金{D}', '已使用{N}', '资金使用率')])
    main = '%s%s，%s，%s%s%s%%。' % (lead(rng), den.replace('{D}', Dn.q), num.replace('{N}', Nn.q), rn,
                                 rng.choice(RATE_VERB), P.lit)
    return wrap(rng, MEAS[0], main), [RATEC([(1, Nn)], [(1, Dn)], P)]


@style('P20_days_rate', 'pct', ['consistent', 'inconsistent'])
def p20(rng, label):
    f = [x for x in RATE if x['key'] == '优良'][0]
    Dv = rng.choice([365, 365, 366, 364, 362, 358])
    K = rng.randint(4, 80)
    Nv = Dv - K
    np_, rn, cp, inv = rng.choice(f['pairs'])
    use_inv = rng.random() < 0.3
    v = F((K if use_inv else Nv) * 100, Dv)
    lit = state_pct(rng, label, v, d=rng.choice([1, 1, 2]), hundred_ok=not use_inv)
    if lit is None:
        return None
    Dn, Nn, Kn, P = Num(str(Dv), '天'), Num(str(Nv), '天'), Num(str(K), '天'), pnum(lit)
    dp = rng.choice(f['den'])
    if use_inv:
        main = '%s%s，%s，%s，%s%s%%。' % (lead(rng, with_subj=False), dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q),
                                       cp.replace('{K}', Kn.q), inv + rng.choice(['为', '仅']), P.lit)
        claims = [RATEC([(1, Kn)], [(1, Dn)], P)]
    else:
        main = '%s%s，%s，%s%s%s%%。' % (lead(rng, with_subj=False), dp.replace('{D}', Dn.q), np_.replace('{N}', Nn.q),
                                     rn, rng.choice(RATE_VERB), P.lit)
        claims = [RATEC([(1, Nn)], [(1, Dn)], P)]
    return wrap(rng, f, main), claims


@style('P21_rate_wan_base', 'pct', ['consistent', 'inconsistent'])
def p21(rng, label):
    den, num, rn = rng.choice([('户籍人口{D}', '参加城乡居民医保{N}', '参保率'), ('应参保人员{D}', '已参保{N}', '参保率'),
                               ('常住人口{D}', '签约家庭医生{N}', '签约率'), ('18岁以上人口{D}', '完成接种{N}', '接种率')])
    d = rng.choice([1, 2, 2])
    Dw = rng.randint(12 * 10 ** d, 60 * 10 ** d)  # in 10^-d 万人
    Dtrue = Dw * 10 ** (4 - d)
    Nv = int(Dtrue * rng.uniform(0.6, 0.99))
    Dn, Nn = Num(dec(F(Dw, 10 ** d), d), '万人'), Num(str(Nv), '人')
    v = F(Nv, Dtrue) * 100
    if label == 'consistent':
        lit = state_pct(rng, 'consistent', v, d=rng.choice([1, 2]))
    else:
        lit = None
        for _ in range(20):
            w = v + rng.choice([-1, 1]) * F(rng.randint(250, 900), 100)
            if 0 < w < 100:
                lit = dec(w, rng.choice([1, 2]))
                break
    if lit is None:
        return None
    P = pnum(lit)
    main = '%s%s，%s，%s%s%s%%。' % (lead(rng, macro=True), den.replace('{D}', Dn.q), num.replace('{N}', Nn.q), rn,
                                 rng.choice(RATE_VERB), P.lit)
    return wrap(rng, None, main), [RATEC([(1, Nn)], [(1, Dn)], P)]


# ===========================================================================
# NEGATIVES (look-alikes that must not be flagged)
# ===========================================================================
def TRAP(t, why, **kw):
    d = dict(k='trap', t=t, why=why)
    d.update(kw)
    return d


FACTS = [('开展宣传活动{a}', '场', 8, 120), ('发放宣传资料{a}', '份', 500, 30000), ('悬挂横幅{a}', '条', 10, 300),
         ('受教育群众{a}', '人次', 800, 50000), ('出动执法人员{a}', '人次', 100, 6000), ('检查企业{a}', '家', 20, 900),
         ('下达整改通知书{a}', '份', 5, 300), ('约谈企业负责人{a}', '人', 3, 60), ('走访农户{a}', '户', 100, 8000),
         ('召开院坝会{a}', '场', 10, 400), ('解决群众急难愁盼问题{a}', '件', 12, 600), ('新建宣传栏{a}', '个', 5, 80),
         ('培训网格员{a}', '人', 30, 900), ('投入资金{a}', '万元', 20, 3000), ('更新消防器材{a}', '套', 20, 900),
         ('开展应急演练{a}', '次', 3, 60), ('清理卫生死角{a}', '处', 30, 2000), ('张贴公告{a}', '份', 50, 3000),
         ('签订责任书{a}', '份', 20, 600), ('组织志愿者{a}', '人次', 50, 5000)]


def distinct_vals(rng, specs):
    for _ in range(50):
        vals = [rng.randint(lo, hi) for (_, _, lo, hi) in specs]
        ok = len(set(vals)) == len(vals)
        for i in range(len(vals)):
            for j in range(len(vals)):
                for k in range(len(vals)):
                    if len({i, j, k}) == 3 and vals[i] + vals[j] == vals[k]:
                        ok = False
        if ok:
            return vals
    return None


@style('TN01_unrelated_numbers', 'totals', ['negative'])
def tn01(rng, label):
    specs = rng.sample(FACTS, rng.choice([3, 4, 4, 5]))
    vals = distinct_vals(rng, specs)
    if not vals:
        return None
    nums = [Num(str(v), u) for v, (_, u, _, _) in zip(vals, specs)]
    items = [p.replace('{a}', n.q) for (p, _, _, _), n in zip(specs, nums)]
    main = '%s%s%s。' % (lead(rng), rng.choice(['', '共', '累计']), jn(rng, items, ('，', '，', '、')))
    return wrap(rng, None, main), [TRAP('facts', '并列的不同事项计数，彼此无加总关系', nums=nums)]


CUM = [('签约家庭医生', '人', 300, 3000, 4000, 30000), ('建成新时代文明实践站', '个', 3, 12, 20, 80),
       ('新改建农村公路', '公里', 8, 60, 120, 600), ('完成造林', '亩', 800, 6000, 12000, 60000),
       ('建成高标准农田', '亩', 2000, 12000, 30000, 120000), ('新增市场主体', '户', 300, 2500, 8000, 40000),
       ('建成充电桩', '个', 20, 200, 300, 1500), ('建成5G基站', '座', 15, 120, 200, 900),
       ('开发公益性岗位', '个', 30, 300, 500, 2500), ('完成农村户厕改造', '户', 200, 2000, 5000, 20000)]


@style('TN02_cumulative_vs_annual', 'totals', ['negative'])
def tn02(rng, label):
    thing, u, alo, ahi, clo, chi = rng.choice(CUM)
    r = rng.random()
    if r < 0.35:
        a, c = Num(str(rng.randint(alo, ahi)), u), Num(str(rng.randint(clo, chi)), u)
        main = '%s%s%s，累计达到%s。' % (lead(rng), rng.choice(['新', '']) + thing, a.q, c.q)
        cl = TRAP('annual_cum', '当年新增数与累计数，不是分项与总数', annual=a, cum=c)
    elif r < 0.7:
        a, b = rng.randint(alo, ahi), rng.randint(alo, ahi)
        if a == b:
            return None
        A, B, C = Num(str(a), u), Num(str(b), u), Num(str(rng.randint(max(clo, a + b + 5), chi + a + b)), u)
        v1, v2 = rng.choice([('上半年', '下半年'), ('今年', '去年'), ('一期', '二期')])
        main = '%s%s%s%s、%s%s，“十四五”以来累计%s%s。' % (lead(rng, with_subj=False), v1, thing, A.q, v2,
                                                rng.choice(['完成', '实施']) + B.q, thing.replace('新', ''), C.q)
        cl = TRAP('annual_cum', '分期数与“十四五”以来累计数，累计数大于两期之和属正常', annual=[A, B], cum=C)
    else:
        a, c = Num(str(rng.randint(alo, ahi)), u), Num(str(rng.randint(clo, chi)), u)
        y = rng.choice(['2019', '2020', '2021'])
        main = '%s当年%s%s，自%s年以来累计%s%s，%s。' % (lead(rng, with_subj=False), thing, a.q, y, thing.replace('新', ''), c.q,
                                             rng.choice(['总量位居全县前列', '提前完成规划目标', '逐年稳步增长']))
        cl = TRAP('annual_cum', '当年数与多年累计数', annual=a, cum=c)
    return wrap(rng, None, main), [cl]


@style('TN03_averages', 'totals', ['negative'])
def tn03(rng, label):
    r = rng.random()
    if r < 0.4:
        H = rng.randint(120, 3000)
        avg = rng.randint(6, 40) * 100
        tot_wan = F(H * avg, 10000) * F(rng.randint(95, 105), 100)
        T = Num(dec(tot_wan, 2), '万元')
        Hn, A = Num(str(H), '户'), Num(str(avg), '元')
        what = rng.choice(['耕地地力保护补贴', '生态公益林补偿', '危房改造补助', '产业奖补资金', '临时救助金'])
        main = '%s为%s农户发放%s%s，户均约%s。' % (lead(rng), Hn.q, what, T.q, A.q)
        cl = TRAP('facts', '户均为约数（总额/户数），不是分项加总', nums=[Hn, T, A])
    elif r < 0.7:
        inc = Num(str(rng.randint(14000, 32000)), '元')
        H = Num(str(rng.randint(800, 9000)), '户')
        P = Num(str(rng.randint(3000, 30000)), '人')
        main = '%s全镇共有农户%s、户籍人口%s，农村居民人均可支配收入达到%s。' % (lead(rng, with_subj=False), H.q, P.q, inc.q)
        cl = TRAP('facts', '户数、人口数与人均收入互不构成加总', nums=[inc, H, P])
    else:
        n = rng.randint(12, 80)
        per = rng.randint(40, 160)
        tot = n * per * rng.randint(97, 104) // 100
        Nn, T, Pn = Num(str(n), '场'), Num(str(tot), '人次'), Num(str(per), '人')
        main = '%s组织开展政策宣讲%s，参与群众%s，平均每场约%s。' % (lead(rng), Nn.q, T.q, Pn.q)
        cl = TRAP('facts', '场均人数为约数（平均值）', nums=[Nn, T, Pn])
    return wrap(rng, None, main), [cl]


@style('TN04_ranges', 'totals', ['negative'])
def tn04(rng, label):
    r = rng.random()
    if r < 0.35:
        H = Num(str(rng.randint(20, 400)), '户')
        a = rng.choice([1000, 2000, 3000, 5000])
        b = a + rng.choice([1000, 2000, 3000, 5000])
        main = '%s对%s困难家庭给予每户%s-%s元不等的补助，%s。' % (lead(rng), H.q, a, b, rng.choice(['资金已全部发放到位', '切实解决了群众实际困难']))
        nums = [H, Num(str(a), '元'), Num(str(b), '元')]
    elif r < 0.65:
        a, b = rng.choice([(16, 59), (18, 45), (18, 35), (45, 60), (60, 70)])
        P = Num(str(rng.randint(50, 3000)), '人')
        main = '%s摸排%s至%s周岁有就业意愿的劳动力%s，%s。' % (lead(rng), a, b, P.q, rng.choice(['全部建立了就业服务台账', '逐一落实就业帮扶措施']))
        nums = [P, Num(str(a), '周岁'), Num(str(b), '周岁')]
    else:
        k = Num(str(rng.randint(2, 8)), '个')
        a = rng.randint(2, 9)
        b = a + rng.randint(1, 4)
        main = '%s新签约项目%s，预计建成后可带来%s-%s亿元销售额，新增就业岗位%s个左右。' % (
            lead(rng), k.q, a, b, rng.randint(2, 9) * 50)
        nums = [k]
    return wrap(rng, None, main), [TRAP('facts', '区间/范围表述，不是分项', nums=nums)]


@style('TN05_years_dates', 'totals', ['negative'])
def tn05(rng, label):
    y1 = rng.randint(2016, 2020)
    y2 = y1 + rng.randint(2, 4)
    r = rng.random()
    if r < 0.35:
        X = Num(str(rng.randint(300, 9000)), '万元')
        main = '%s年至%s年，%s累计投入%s，实施项目%s个。' % (y1, y2, rng.choice(SUBJ), X.q, rng.randint(5, 60))
    elif r < 0.7:
        m, d = rng.randint(1, 9), rng.randint(1, 28)
        X = Num(str(rng.randint(30, 3000)), rng.choice(['处', '户', '个']))
        main = '%s年%s月%s日，%s召开动员大会，部署开展“百日攻坚”行动，截至%s月底共完成%s。' % (
            y2, m, d, rng.choice(SUBJ), m + 3, {'处': '隐患整治', '户': '入户排查', '个': '点位整治'}[X.unit] + X.q)
    else:
        X = Num(str(rng.randint(300, 9000)), '亩')
        main = '对照《%s—%s年行动方案》，%s已完成高标准农田建设%s，占规划总量的一半以上。' % (y1 + 1, y2 + 1, rng.choice(SUBJ), X.q)
    return wrap(rng, None, main), [TRAP('facts', '年份、日期、规划年限不是计数', nums=[X])]


DOCS = ['关于进一步加强安全生产工作的通知', '关于印发〈乡村振兴重点工作任务清单〉的通知', '关于开展矛盾纠纷排查化解专项行动的实施方案',
        '关于做好2023年城乡居民基本医疗保险参保缴费工作的通知', '关于加强农村人居环境整治的实施意见']


@style('TN06_doc_numbers', 'totals', ['negative'])
def tn06(rng, label):
    abbr = rng.choice(['县政办发', '镇党发', '县安委办', '区委办', '乡政发', '市卫健发'])
    yr = rng.randint(2019, 2023)
    no = rng.randint(1, 160)
    obj, u = rng.choice([('排查重点对象', '户'), ('梳理问题清单', '条'), ('建立工作台账', '本'), ('排查重点企业', '家'),
                         ('排查风险点位', '处')])
    UNITS.setdefault('本', ('本', 1))
    X = Num(str(rng.randint(10, 900)), u)
    main = '根据《%s》（%s〔%s〕%s号）要求，%s%s%s，%s。' % (
        rng.choice(DOCS), abbr, yr, no, lead(rng).rstrip('，'), rng.choice(['共', '']), obj + X.q,
        rng.choice(['逐项明确责任人', '实行销号管理', '全部建档立卡']))
    main = main.replace('，，', '，')
    return wrap(rng, None, main), [TRAP('facts', '文号中的年份和序号不是计数', nums=[X])]


OVERLAP = [('培训{W}', '人', ['女性{n}', '党员{n}', '35岁以下青年{n}', '脱贫劳动力{n}', '返乡农民工{n}']),
           ('发展新党员{W}', '名', ['女性{n}', '35岁以下的{n}', '大专以上学历{n}', '农民{n}']),
           ('帮助农村劳动力转移就业{W}', '人', ['脱贫劳动力{n}', '女性{n}', '省外务工{n}', '40岁以上{n}']),
           ('选优配强村“两委”班子成员{W}', '人', ['女性{n}', '35岁以下{n}', '大专以上学历{n}', '致富带头人{n}']),
           ('走访慰问困难群众{W}', '户', ['低保户{n}', '残疾人家庭{n}', '老党员家庭{n}', '独居老人{n}']),
           ('排查企业{W}', '家', ['规上企业{n}', '涉危化品企业{n}', '使用燃气的{n}', '有限空间作业企业{n}']),
           ('招录社区工作者{W}', '名', ['本科以上学历{n}', '女性{n}', '中共党员{n}', '持证社工{n}'])]


@style('TN07_overlapping_groups', 'totals', ['negative'])
def tn07(rng, label):
    wp, u, cats = rng.choice(OVERLAP)
    W = rng.randint(30, 1200)
    k = rng.choice([2, 3, 3])
    cs = rng.sample(cats, k)
    for _ in range(30):
        vals = [int(W * rng.uniform(0.3, 0.85)) for _ in cs]
        if sum(vals) > W and all(0 < v < W for v in vals):
            break
    else:
        return None
    Wn = Num(str(W), u)
    pn = [Num(str(v), u) for v in vals]
    items = [fill(c, p) for c, p in zip(cs, pn)]
    main = '%s%s，其中%s。' % (lead(rng), wp.replace('{W}', Wn.q), jn(rng, items, ('，', '、')))
    return wrap(rng, None, main), [TRAP('overlap', '不同维度的交叉分组，分项之和可超过总数', parts=pn, whole=Wn)]


@style('TN08_approx_rough', 'totals', ['negative'])
def tn08(rng, label):
    f = rng.choice([x for x in TOT if x['exh'] and x['r'][1] >= 600])
    grp = rng.choice(f['exh'])
    if grp[-1] in MINOR:
        return None
    word = rng.choice(['余', '多', '近', '约', '左右'])
    for _ in range(40):
        S = rng.randint(max(300, f['r'][0]), max(f['r'][1], 1200))
        parts = partition(rng, S, len(grp), minv=S // 8)
        base = 10 ** (len(str(S)) - 2) if rng.random() < 0.6 else 10 ** (len(str(S)) - 1)
        if word in ('余', '多'):
            W = (S // base) * base
        elif word == '近':
            W = -(-S // base) * base
        else:
            W = round(S / base) * base
        if W != S and W > 0 and abs(S - W) <= W * 0.08:
            break
    else:
        return None
    u = f['u']
    Wn = Num(str(W), u)
    pn = [Num(str(p), u) for p in parts]
    wq = {'余': '%s余%s', '多': '%s多%s', '近': '近%s%s', '约': '约%s%s', '左右': '%s%s左右'}[word] % (Wn.lit, u)
    wp = rng.choice(f['whole'])
    main = '%s%s%s，其中%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', wq), jn(rng, [fill(c, p) for c, p in zip(grp, pn)]))
    return wrap(rng, f, main), [TRAP('rough', '总数为约数（%s），分项之和与约数大体相符' % word, parts=pn, whole=Wn, word=word)]


@style('TN09_yoy_difference', 'totals', ['negative'])
def tn09(rng, label):
    f = pick_frame(rng, ('count',))
    lo, hi = f['r']
    W = rng.randint(lo, hi)
    d = rng.randint(2, max(3, W // 3))
    Wn, Dn = Num(str(W), f['u']), Num(str(d), f['u'])
    wp = rng.choice(f['whole'])
    cmp_ = rng.choice(['比上年增加', '同比减少', '较去年同期净增', '比上年同期下降', '同比多'])
    main = '%s%s%s，%s%s。' % (lead(rng), gong(rng, wp), wp.replace('{W}', Wn.q), cmp_, Dn.q)
    return wrap(rng, f, main), [TRAP('facts', '同比增减量不是分项', nums=[Wn, Dn])]


@style('TN10_renci_vs_ren', 'totals', ['negative'])
def tn10(rng, label):
    r = rng.random()
    if r < 0.35:
        P = rng.randint(40, 1500)
        X = P * rng.randint(2, 5) + rng.randint(0, P)
        main = '%s开展技能培训%s，涉及农村劳动力%s，%s。' % (lead(rng), Num(str(X), '人次').q, Num(str(P), '人').q,
                                               rng.choice(['人均参训2次以上', '实现了应培尽培']))
        nums = [Num(str(X), '人次'), Num(str(P), '人')]
    elif r < 0.7:
        H = rng.randint(30, 800)
        P = int(H * rng.uniform(2.1, 3.8))
        M = Num(dec(F(H * rng.randint(3, 10) * 100, 10000), 2), '万元')
        main = '%s走访慰问困难群众%s%s，发放慰问金%s。' % (lead(rng), Num(str(H), '户').q, Num(str(P), '人').q, M.q)
        nums = [Num(str(H), '户'), Num(str(P), '人'), M]
    else:
        H = rng.randint(30, 600)
        X = H * rng.randint(2, 6)
        main = '%s对%s重点企业开展“回头看”，累计检查%s，%s。' % (lead(rng), Num(str(H), '家').q, Num(str(X), '家次').q,
                                                rng.choice(['实现了检查全覆盖', '做到了动态清零']))
        nums = [Num(str(H), '家'), Num(str(X), '家次')]
    return wrap(rng, None, main), [TRAP('facts', '人次/家次与人数/家数、户数与人数是不同口径', nums=nums)]


@style('TN11_ordinal_ranking', 'totals', ['negative'])
def tn11(rng, label):
    n = rng.randint(8, 24)
    rk = rng.randint(1, 5)
    X = Num(str(rng.randint(12, 900)), rng.choice(['件', '个', '家']))
    r = rng.random()
    if r < 0.4:
        main = '%s在全县%s个乡镇（街道）年度综合考核中位列第%s名，%s%s。' % (lead(rng), n, rk, rng.choice(['全年办理民生实事', '累计完成重点任务']), X.q)
    elif r < 0.7:
        main = '以第%s个全国“安全生产月”为契机，%s排查整治问题%s，连续%s年实现较大事故“零发生”。' % (
            rng.randint(18, 23), lead(rng).rstrip('，'), X.q, rng.randint(3, 12))
    else:
        main = '%s创建工作连续%s年位居全市前%s名，今年新增示范点%s。' % (lead(rng), rng.randint(2, 6), rng.randint(3, 10), X.q)
    main = main.replace('，，', '，')
    return wrap(rng, None, main), [TRAP('facts', '名次、届次、年数不是计数', nums=[X])]


UNITDIFF = [('帮扶脱贫户{W}', '户', '其中落实公益性岗位{n}', '人', 1.3, 2.5),
            ('排查自建房{W}', '栋', '其中涉及住户{n}', '户', 1.5, 4.0),
            ('检查企业{W}', '家', '其中发现一般隐患{n}', '处', 1.2, 3.0),
            ('实施产业项目{W}', '个', '其中带动农户{n}', '户', 10, 60),
            ('改造老旧小区{W}', '个', '其中惠及居民{n}', '户', 30, 120),
            ('组建志愿服务队{W}', '支', '其中注册志愿者{n}', '人', 8, 40)]
UNITS.setdefault('支', ('支', 1))
COUNT_BASES.add('支')


@style('TN12_unit_mismatch_qizhong', 'totals', ['negative'])
def tn12(rng, label):
    wp, wu, pp, pu, lo, hi = rng.choice(UNITDIFF)
    W = rng.randint(6, 300)
    P = int(W * rng.uniform(lo, hi))
    Wn, Pn = Num(str(W), wu), Num(str(P), pu)
    main = '%s%s，%s，%s。' % (lead(rng), wp.replace('{W}', Wn.q), pp.replace('{n}', Pn.q),
                           rng.choice(['取得了良好成效', '群众反响良好', '均已建立台账', '实现了精准帮扶']))
    return wrap(rng, None, main), [TRAP('unitdiff', '“其中”后的数量单位不同（%s vs %s），不是分项' % (wu, pu), part=Pn, whole=Wn)]


# ---- pct negatives ----
@style('PN01_growth_over_100', 'pct', ['negative'])
def pn01(rng, label):
    name, unit, lo, hi, d = rng.choice(GROW_IND)
    u = 10 ** d
    X = Num(dec(F(rng.randint(int(lo * u), int(hi * u)), u), d), unit)
    P = pnum(dec(F(rng.randint(1005, 4800), 10), rng.choice([0, 1, 1, 2])))
    r = rng.random()
    if r < 0.5:
        main = '%s%s%s，同比增长%s%%，%s。' % (lead(rng, macro=True), name + rng.choice(['达到', '实现', '完成']), X.q, P.lit,
                                        rng.choice(['增速位居全市第一', '实现跨越式增长', '主要得益于新建项目投产']))
    else:
        main = '%s受新引进企业投产带动，%s增幅达%s%%，总量达到%s。' % (lead(rng, with_subj=False), name, P.lit, X.q)
    return wrap(rng, None, main), [TRAP('gt100', '增长率超过100%是可能的（仅给出一端数值，无从核算）', pct=P, nums=[X])]


@style('PN02_plan_over_100', 'pct', ['negative'])
def pn02(rng, label):
    P = pnum(dec(F(rng.randint(1005, 1800), 10), rng.choice([0, 1, 1])))
    what = rng.choice(['招商引资到位资金', '固定资产投资', '新增城镇就业', '税收收入', '农村公路建设', '植树造林', '新增市场主体'])
    r = rng.random()
    if r < 0.5:
        main = '%s%s完成年度目标任务的%s%%，%s。' % (lead(rng), what, P.lit, rng.choice(['超额完成全年任务', '提前一个季度完成任务']))
    else:
        main = '%s%s任务完成率达%s%%，居全县前列。' % (lead(rng), what, P.lit)
    return wrap(rng, None, main), [TRAP('gt100', '计划完成率超过100%属正常，文中无可核算的计划数', pct=P)]


@style('PN03_pp_alone', 'pct', ['negative'])
def pn03(rng, label):
    name, lo, hi, d = rng.choice(PP_IND)
    dd = Num(dec(F(rng.randint(1, 50), 10), 1), '个百分点')
    vb = rng.choice(['提高', '提升', '下降', '增加'])
    if rng.random() < 0.5:
        main = '%s%s较上年%s%s个百分点。' % (lead(rng, with_subj=False), name, vb, dd.lit)
        nums = [dd]
    else:
        b = pnum(dec(F(rng.randint(lo * 10, hi * 10), 10), 1))
        main = '%s%s达到%s%%，比上年%s%s个百分点。' % (lead(rng, with_subj=False), name, b.lit, vb, dd.lit)
        nums = [dd, b]
    return wrap(rng, None, main), [TRAP('facts', '只给出百分点变化（至多一端数值），无从核算', nums=nums)]


DIFFW = ['城乡居民医保参保率', '家庭医生签约率', '65岁以上老年人健康体检率', '适龄儿童免疫规划疫苗接种率', '农村自来水普及率',
         '义务教育巩固率', '群众安全感', '信访事项按期办结率', '行政审批事项网上可办率', '农村生活垃圾收运处置体系覆盖率',
         '森林覆盖率', '城镇化率']


@style('PN04_different_wholes', 'pct', ['negative'])
def pn04(rng, label):
    names_ = rng.sample(DIFFW, rng.choice([2, 3, 4]))
    ps = []
    for nm in names_:
        if nm in ('森林覆盖率', '城镇化率'):
            ps.append(pnum(dec(F(rng.randint(350, 700), 10), 1)))
        else:
            ps.append(pnum(dec(F(rng.randint(8500, 9990), 100), rng.choice([1, 2]))))
    items = ['%s%s%s%%' % (nm, rng.choice(['', '达', '达到', '为']), p.lit) for nm, p in zip(names_, ps)]
    main = '%s%s。' % (lead(rng, with_subj=False), jn(rng, items, ('，', '、', '；')))
    return wrap(rng, None, main), [TRAP('diffwholes', '不同指标各自的比率，基数不同，不能相加', pcts=ps)]


@style('PN05_approx_rate', 'pct', ['negative'])
def pn05(rng, label):
    for _ in range(60):
        st = rate_setup(rng, 'consistent', shape=('hi', 'mid'))
        if not st:
            continue
        f, (np_, rn, _, _), Dv, Nv, _ = st
        v = F(Nv * 100, Dv)
        word = rng.choice(['超过', '以上', '近', '接近'])
        if word in ('超过', '以上'):
            s = int(v) - rng.randint(1, 4)
            if rng.random() < 0.5:
                s = (int(v) // 5) * 5
        else:
            s = int(v) + rng.randint(1, 2)
        if s <= 0 or s > 100 or s == 100 and word in ('近', '接近') and Nv == Dv:
            continue
        P = pnum(str(s))
        c = TRAP('rough_rate', '约数表述（%s），与计数大体相符；(%s/%s=%s%%)' % (
            ('%s%s%%' % (word, s)) if word != '以上' else ('%s%%以上' % s), Nv, Dv, fmtF(v, 2)), num=[(1, Num(str(Nv), f['u']))],
                 den=[(1, Num(str(Dv), f['u']))], pct=P, word=word)
        if check_trap(c):
            break
    else:
        return None
    u = f['u']
    dp = rng.choice(f['den'])
    rate = ('%s%s%%' % (rn + word, s)) if word in ('超过', '近', '接近') else ('%s%s%%%s' % (rn + '达', s, word))
    main = '%s%s，%s，%s。' % (dlead(rng, dp), dp.replace('{D}', Num(str(Dv), u).q), np_.replace('{N}', Num(str(Nv), u).q), rate)
    return wrap(rng, f, main), [c]


@style('PN06_rate_without_base', 'pct', ['negative'])
def pn06(rng, label):
    r = rng.random()
    if r < 0.3:
        X = Num(str(rng.randint(2000, 90000)), '剂次')
        P = pnum(dec(F(rng.randint(850, 999), 10), 1))
        main = '%s累计接种疫苗%s，目标人群接种率达%s%%。' % (lead(rng), X.q, P.lit)
    elif r < 0.6:
        X = Num(str(rng.randint(100, 3000)), '批次')
        P = pnum(dec(F(rng.randint(9500, 9990), 100), 1))
        main = '%s共抽检食用农产品%s，抽检计划完成率约为%s%%。' % (lead(rng), X.q, P.lit)
    else:
        X = Num(str(rng.randint(100, 6000)), '人次')
        P = pnum(dec(F(rng.randint(900, 999), 10), 1))
        main = '%s出动执法人员%s，开展“双随机、一公开”抽查，群众满意率%s%%。' % (lead(rng), X.q, P.lit)
    return wrap(rng, None, main), [TRAP('facts', '比率的基数（目标人群/计划数/测评人数）文中未给出', nums=[X, P])]


@style('PN07_target_range_pct', 'pct', ['negative'])
def pn07(rng, label):
    a = rng.randint(5, 12)
    items = [('力争%s达到%s%%以上' % (rng.choice(DIFFW[:6]), rng.randint(90, 99))),
             ('%s增速控制在%s%%以内' % (rng.choice(['综合能耗', '信访总量', '刑事案件发案']), rng.randint(2, 6))),
             ('地区生产总值增长%s%%-%s%%' % (a, a + rng.randint(1, 3))),
             ('农村居民人均可支配收入增速不低于%s%%' % rng.randint(6, 9)),
             ('%s保持在%s%%左右' % (rng.choice(['城镇调查失业率', '居民消费价格涨幅']), rng.choice([3, 5, 5.5])))]
    pick = rng.sample(items, rng.choice([2, 3]))
    main = '%s%s，%s。' % (rng.choice(['2024年主要预期目标是：', '明年，我们将', '下一步，']), '，'.join(pick),
                         rng.choice(['确保各项指标稳中有进', '全力推动高质量发展']))
    return wrap(rng, None, main, p_pre=0.3, p_post=0.2), [TRAP('facts', '目标值、区间和上下限不是计算结果', nums=[])]


@style('PN08_rate_other_base', 'pct', ['negative'])
def pn08(rng, label):
    for _ in range(50):
        Dv = rng.randint(7, 45)
        s = F(rng.randint(850, 999), 10)
        c = TRAP('no_integer_num', '比率的基数是人口/学生/群众，不是文中的村（校）数', pct=pnum(dec(s, 1)), den=Num(str(Dv), '个'))
        if check_trap(c):
            break
    else:
        return None
    P = c['pct']
    Dn = c['den']
    r = rng.random()
    if r < 0.4:
        main = '%s全镇%s行政村均已接入城乡供水管网，农村自来水普及率达%s%%。' % (lead(rng, with_subj=False), Dn.q, P.lit)
    elif r < 0.7:
        Dn2 = Num(Dn.lit, '所')
        c['den'] = Dn2
        main = '%s辖区%s中小学全部建成心理辅导室，学生体质健康合格率%s%%。' % (lead(rng, with_subj=False), Dn2.q, P.lit)
    else:
        main = '%s对%s村（社区）开展平安建设满意度测评，群众安全感达到%s%%。' % (lead(rng, with_subj=False), Dn.q, P.lit)
    return wrap(rng, None, main), [c]


@style('PN09_growth_single_end', 'pct', ['negative'])
def pn09(rng, label):
    name, unit, lo, hi, d = rng.choice(GROW_IND)
    u = 10 ** d
    X = Num(dec(F(rng.randint(int(lo * u), int(hi * u)), u), d), unit)
    P = pnum(dec(F(rng.randint(5, 300), 10), 1))
    vb = rng.choice(['增长', '同比增长', '较上年增长', '增速达'])
    main = '%s%s%s，%s%s%%。' % (lead(rng, macro=True), name + rng.choice(['达到', '完成', '实现']), X.q, vb, P.lit)
    return wrap(rng, None, main), [TRAP('facts', '只有本期数和增速，缺上年数，无从核算', nums=[X, P])]


OVL_SHARE = [('参训人员', ['女性', '党员', '35岁以下青年', '脱贫劳动力']), ('新发展党员', ['女性', '35岁以下的', '大专以上学历的', '农民']),
             ('村“两委”成员', ['女性', '35岁以下', '大专以上学历', '致富带头人']),
             ('志愿者', ['在校学生', '女性', '退休人员', '党员'])]


@style('PN10_overlapping_shares', 'pct', ['negative'])
def pn10(rng, label):
    who, cats = rng.choice(OVL_SHARE)
    W = rng.randint(40, 1500)
    cs = rng.sample(cats, 3)
    for _ in range(30):
        vals = [int(W * rng.uniform(0.3, 0.7)) for _ in cs]
        if sum(vals) > W * 1.1:
            break
    else:
        return None
    ps = [pnum(dec(F(v * 100, W), 1)) for v in vals]
    items = ['%s占%s%%' % (c, p.lit) for c, p in zip(cs, ps)]
    Wn = Num(str(W), '人')
    main = '%s%s共%s，其中%s。' % (lead(rng, with_subj=False), who, Wn.q, jn(rng, items, ('，', '、')))
    return wrap(rng, None, main), [TRAP('diffwholes', '交叉分组的占比，各占比之和可超过100%', pcts=ps)]


# ---- scraped-text noise on top of another style (stray spaces, ASCII commas, PDF line breaks) ----
def add_noise(rng, text):
    t = text
    if rng.random() < 0.7:
        t = re.sub(r'([%\d件人户个起处万元亩米吨次])([；，。])', lambda m: m.group(1) + (' ' if rng.random() < 0.5 else '') + m.group(2), t)
    if rng.random() < 0.5:
        t = re.sub(r'，', lambda m: ',' if rng.random() < 0.3 else '，', t)
    if rng.random() < 0.6:
        cut = [m.end() for m in re.finditer(r'[，。；]', t)][:-1]
        if cut:
            i = rng.choice(cut)
            t = t[:i] + rng.choice(['\n', '\n\n', ' \n']) + t[i:]
    if rng.random() < 0.25:
        t = rng.choice(['<p>', '　　', '\u3000\u3000']) + t + rng.choice(['</p>', '', ''])
    return t


def noise_style(fam):
    def fn(rng, label):
        pool = [s for s in STYLES if s['family'] == fam and label in s['labels'] and 'noise' not in s['name']
                and s['name'] not in ('T16_chinese_numerals', 'T22_thousands_comma', 'P17_fullwidth_percent')]
        st = rng.choice(pool)
        res = st['fn'](rng, label)
        if not res:
            return None
        text, claims = res
        return add_noise(rng, tidy(text)), claims
    return fn


style('T23_scrape_noise', 'totals', ['consistent', 'inconsistent'])(noise_style('totals'))
style('P22_scrape_noise', 'pct', ['consistent', 'inconsistent'])(noise_style('pct'))


# ===========================================================================
# driver
# ===========================================================================
QUOTA = {('totals', 'consistent'): 480, ('totals', 'inconsistent'): 420, ('totals', 'negative'): 300,
         ('pct', 'consistent'): 480, ('pct', 'inconsistent'): 420, ('pct', 'negative'): 300}


def tidy(text):
    text = text.replace('全年，全年', '全年').replace('，，', '，').replace('。。', '。').replace('，。', '。').replace('；。', '。')
    text = text.replace('：，', '：').replace('，：', '：')
    return text


def generate(seed, scale=1.0):
    rng = random.Random(seed)
    out, seen = [], set()
    stats = Counter()
    for (fam, lab), q in QUOTA.items():
        q = int(round(q * scale))
        sts = [s for s in STYLES if s['family'] == fam and lab in s['labels']]
        per = [q // len(sts)] * len(sts)
        for i in rng.sample(range(len(sts)), q - sum(per)):
            per[i] += 1
        for st, n in zip(sts, per):
            made = 0
            tries = 0
            while made < n:
                tries += 1
                if tries > 400 * (n + 1):
                    raise RuntimeError('style %s cannot produce %s' % (st['name'], lab))
                res = st['fn'](rng, lab)
                if not res:
                    stats['none'] += 1
                    continue
                text, claims = res
                text = tidy(text)
                assert '{' not in text and '}' not in text, text
                if text.count('。') > 4:
                    stats['too_long'] += 1
                    continue
                if text in seen:
                    stats['dup'] += 1
                    continue
                got, why = derive_label(claims, text)
                if got != lab:
                    stats['reject:%s' % (why if got is None else got)] += 1
                    continue
                seen.add(text)
                note = '；'.join(note_for(c) for c in claims)
                out.append(dict(family=fam, style=st['name'], label=lab, text=text, note=note))
                made += 1
    rng.shuffle(out)
    for i, r in enumerate(out, 1):
        r['id'] = 'n%05d' % i
    return [dict(id=r['id'], family=r['family'], style=r['style'], label=r['label'], text=r['text'], note=r['note'])
            for r in out], stats


STYLE_DESC = {
    'T01_qizhong_partial': '总数在前，“其中”列出同一维度的2-3个分项（非穷尽）；分项和超过总数为不符',
    'T02_qizhong_exh_pair': '“其中”后为互补分组（已办结/正在办理、一般/重大隐患、城市/农村低保…），应正好相加',
    'T03_parts_then_heji': '先列分项，再用“合计/共计/总计/两项合计…”给出总数',
    'T04_fenbie_wei': '“A、B、C分别为x、y、z”式完整分类，总数在前或在后',
    'T05_two_sentence': '第一句给总数，第二句“按X分/从X看”给完整分类',
    'T06_remainder': '已完成数 + “其余/剩余/尚有”数 = 总数',
    'T07_mixed_units': '总数与分项单位不同（亿元/万元、万元/元、万亩/亩、公里/米、万吨/吨、万平方米/平方米），含按所写小数位四舍五入的情形',
    'T08_money_decimals_colon': '万元带1-2位小数，“资金构成：”冒号+分号列举',
    'T09_area_mu': '面积（亩、万亩、平方米）的各种总分表述',
    'T10_length_km': '长度（公里、米）的各种总分表述',
    'T11_weight_ton': '重量（吨、万吨）的各种总分表述',
    'T12_paren_breakdown': '括号内分项：“共X（其中A a、B b）”',
    'T13_yi_er_san_enum': '“一是…；二是…；三是…”逐条列举，再“以上合计”或先给总数',
    'T14_nested_subtotal': '两层分解：总数=大项之和，大项=括号内小项之和（错误可在任一层）',
    'T15_by_village': '按村（社区）列出数量，“分布在N个村”或“全镇合计”',
    'T16_chinese_numerals': '小数目用汉字数字（两起、三家、十一件）',
    'T17_single_part_vs_whole': '只给一个分项，分项≤总数为相符，大于总数为不符',
    'T18_colon_list': '“按X分如下：…；…”冒号列表，总数在前或“总计”在后',
    'T19_wan_people': '总数用“万人/万人次”带小数，分项为个位精确数，容许四舍五入',
    'T20_zai_zhong': '“在…的X件中，A…，B…”（非穷尽）',
    'T21_baokuo_deng': '“包括/涵盖/主要有…等”（非穷尽，分项和不得超过总数）',
    'T22_thousands_comma': '千分位逗号（12,538件、1,363.56万元）',
    'T23_scrape_noise': '其他总分样式叠加抓取噪声（标点前空格、半角逗号、PDF断行、HTML残留、全角空格缩进）',
    'TN01_unrelated_numbers': '一句中并列多个互不相关的计数',
    'TN02_cumulative_vs_annual': '当年/分期数与“累计”“十四五以来”数并列，累计数大于分期之和属正常',
    'TN03_averages': '总额、户数与“户均约/平均每场约/人均可支配收入”',
    'TN04_ranges': '区间：每户3000-5000元、18至45周岁、5-6亿元',
    'TN05_years_dates': '年份、日期、规划年限（2020年至2024年、3月13日、2021—2025年）',
    'TN06_doc_numbers': '文件文号（〔2022〕27号）加一个计数',
    'TN07_overlapping_groups': '交叉分组（女性/党员/35岁以下…）：每项≤总数，但和大于总数',
    'TN08_approx_rough': '总数为约数（约/近/余/多/左右），分项为精确数且与约数大体相符',
    'TN09_yoy_difference': '总数后跟“同比增加/减少X”，X不是分项',
    'TN10_renci_vs_ren': '人次与人、家次与家、户与人等不同口径并列',
    'TN11_ordinal_ranking': '名次、届次、连续年数',
    'TN12_unit_mismatch_qizhong': '“其中”后的数量单位与总数不同（个→户、户→人、家→处），数值可大于总数',
    'P01_rate_after_counts': '分母、分子在前，比率在后（办结率、合格率、参保率、签约率、覆盖率、完成率…）',
    'P02_rate_first': '比率在前，计数在括号内或下一句',
    'P03_complement_rate': '给总数和“未完成/不合格/尚在办理”数，比率需用差值计算',
    'P04_failure_rate': '不合格率、超期率、污染天数比例等小比率',
    'P05_hundred_claim': '“…率100%”，分子分母相等为相符，明显不等为不符',
    'P06_coverage_small': '小分母（N个行政村中M个…），覆盖率/建成率',
    'P07_completion_rate': '目标与实际完成数，完成率可超过100%；不符含分子分母颠倒',
    'P08_share_single': '一个分项“占比/占总数的/约占x%”',
    'P09_shares_multi': '完整分类，每项后跟“占x%”',
    'P10_shares_fenbie': '完整分类后“分别占x%、y%、z%”',
    'P11_pp_change': '由a%到b%，提高/下降c个百分点；不符含把相对变化写成百分点',
    'P12_growth_both_ends': '由X增长到Y，增长z%（两端数值都给出）',
    'P13_yoy_prior_stated': '本期数+同比增速，上年数在括号或前一句',
    'P14_decline_rate': '由X下降到Y，下降z%（含“减少N”差值）',
    'P15_bizhong_money': '金额占另一金额的比重（民生支出占一般公共预算支出…）',
    'P16_truncated_rates': '比率按截断（非四舍五入）写出，截断算相符',
    'P17_fullwidth_percent': '全角百分号“％”、半角逗号',
    'P18_two_rates': '一段中两个比率（办结率+满意率、整改率+销号率、合格率+核查处置率），可能只有一个错',
    'P19_rate_money_decimal': '万元带小数的资金支出率/到位率/执行率',
    'P20_days_rate': '优良天数/有效监测天数（或污染天数比例）',
    'P21_rate_wan_base': '分母为“万人”带小数、分子为精确人数，容许分母的舍入误差',
    'P22_scrape_noise': '其他比率样式叠加抓取噪声',
    'PN01_growth_over_100': '增长超过100%，只给一端数值',
    'PN02_plan_over_100': '完成年度计划的1xx%，无计划数',
    'PN03_pp_alone': '只有“提高x个百分点”（至多一端数值）',
    'PN04_different_wholes': '多个不同指标的比率并列，和大于100%',
    'PN05_approx_rate': '计数+约数比率（超过/以上/近/接近x%），按严格舍入不相符但约数表述成立',
    'PN06_rate_without_base': '比率的基数（目标人群、计划数、测评人数）未给出，文中计数不是基数',
    'PN07_target_range_pct': '目标值、区间、上下限（力争95%以上、5%-8%、控制在3%以内）',
    'PN08_rate_other_base': '小计数（N个村/所学校）与按人口计的比率并列；没有整数k使k/N等于该比率',
    'PN09_growth_single_end': '本期数+增速，缺上年数',
    'PN10_overlapping_shares': '交叉分组的占比，和大于100%',
}


def write_readme(path, recs, seed):
    by = defaultdict(list)
    for r in recs:
        by[r['style']].append(r)
    c = Counter((r['family'], r['label']) for r in recs)
    L = []
    L.append('# numbers.jsonl — held-out arithmetic test set (totals / pct)\n')
    L.append('Generated by `python3 benchmarks/independent/numbers_gen.py --seed %d --out numbers.jsonl` '
             '(standard library only, deterministic for a given seed). %d records, %d styles.\n' % (seed, len(recs), len(by)))
    L.append('Written without looking at the tool under test or at other test sets; the style of the paragraphs was learnt from '
             '`/work/shared/corpus/seeds/*` but no sentence was copied. All names of places are invented.\n')
    L.append('## Record format\n')
    L.append('`{"id": "n00123", "family": "totals"|"pct", "style": "...", "label": "consistent"|"inconsistent"|"negative", '
             '"text": "...", "note": "..."}` — one JSON object per line. `note` gives the arithmetic (for negatives: why it must not be flagged).\n')
    L.append('## Counts\n')
    L.append('| family | consistent | inconsistent | negative | total |\n|---|---|---|---|---|')
    for fam in ('totals', 'pct'):
        L.append('| %s | %d | %d | %d | %d |' % (fam, c[(fam, 'consistent')], c[(fam, 'inconsistent')], c[(fam, 'negative')],
                                               sum(v for k, v in c.items() if k[0] == fam)))
    L.append('| all | %d | %d | %d | %d |\n' % (sum(v for k, v in c.items() if k[1] == 'consistent'),
                                               sum(v for k, v in c.items() if k[1] == 'inconsistent'),
                                               sum(v for k, v in c.items() if k[1] == 'negative'), len(recs)))
    L.append('## How labels are checked\n')
    L.append('Every record is generated together with structured claims (the literals exactly as written in the text, with units). '
             'An independent checker in the script re-parses each literal from the text (it must occur there as a whole number), '
             'converts units (亿元/万元/元, 万亩/亩, 公里/米, 万吨/吨, 万人/人 …) and computes with `Fraction` and interval arithmetic:\n')
    L.append('- a literal with *d* decimals stands for an interval of ± half a unit in the last place; integer counts (件、人、户…) are exact, '
             'integer measures (元、亩、米、吨…) ±0.5;')
    L.append('- **sum** (exhaustive breakdown): consistent if the interval of the parts\' sum meets the interval of the whole; inconsistent if the '
             'gap is ≥1 for exact counts or ≥0.2 % of the whole for measures; anything in between is discarded;')
    L.append('- **partial breakdown** (其中/包括…等/在…中): consistent if no part and not the sum of the parts exceeds the whole;')
    L.append('- **rate / share / growth**: the stated percentage with *d* decimals accepts true values in [s−½·10^−d, s+10^−d) '
             '(rounding or truncation); inconsistent only if the true value (interval) is ≥0.5 percentage point outside that; '
             'generated errors are ≥1.3 points away from the true value;')
    L.append('- **percentage points**: b−a compared with the stated difference (± half a unit);')
    L.append('- **negatives** carry a property that makes them look-alikes (e.g. overlapping groups: each part ≤ whole but sum > whole; '
             'approximate whole: exact sum differs from the round number but within 8–15 % in the direction of the word; '
             'approximate rate: strict rounding check fails but 超过/以上/近 holds; rate over another base: no integer k/N gives the rate).\n')
    L.append('A record is written only if the label derived by the checker equals the intended label.\n')
    L.append('## Styles (one example each)\n')
    for st in sorted(by):
        rs = by[st]
        cc = Counter(r['label'] for r in rs)
        L.append('### %s  (%s; %s)\n' % (st, rs[0]['family'], ', '.join('%s %d' % (k, cc[k]) for k in ('consistent', 'inconsistent', 'negative') if cc[k])))
        L.append(STYLE_DESC.get(st, '') + '\n')
        ex = next((r for r in rs if r['label'] == 'inconsistent'), rs[0])
        L.append('- `%s` [%s] %s' % (ex['id'], ex['label'], ex['text'].replace('\n', '⏎')))
        L.append('  - note: %s\n' % ex['note'])
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=3)
    ap.add_argument('--out', default='numbers.jsonl')
    ap.add_argument('--scale', type=float, default=1.0, help='multiply the per-class quotas')
    ap.add_argument('--stats', action='store_true', help='print generation statistics to stderr')
    ap.add_argument('--readme', help='also write a README with one example per style')
    a = ap.parse_args()
    recs, stats = generate(a.seed, a.scale)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = Counter((r['family'], r['label']) for r in recs)
    print('wrote %d records to %s' % (len(recs), a.out))
    for k in sorted(c):
        print('  %-7s %-13s %d' % (k[0], k[1], c[k]))
    print('  styles: %d' % len({r['style'] for r in recs}))
    if a.readme:
        write_readme(a.readme, recs, a.seed)
        print('wrote %s' % a.readme)
    if a.stats:
        for k, v in sorted(stats.items()):
            print('  [gen] %s: %d' % (k, v), file=sys.stderr)


if __name__ == '__main__':
    main()
