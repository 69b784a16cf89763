#!/usr/bin/env python3
"""numbers44_gen.py -- held-out set 44: Chinese report statements with totals and percentages.

Standard library only.

    python3 numbers44_gen.py --seed 11 --out numbers44_seed11.jsonl
    python3 numbers44_gen.py --verify numbers44_seed11.jsonl numbers44_seed12.jsonl

Every record is generated from a style (construction x source).  Each style owns a
random.Random seeded with the string "numbers44|<seed>|<style>", so output does not depend
on PYTHONHASHSEED or on the order in which styles are produced.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 60

# =====================================================================================
# Part 1.  VERIFIER (independent number parser, Decimal arithmetic, ROUND_HALF_UP)
# =====================================================================================

V_FULL = str.maketrans('０１２３４５６７８９．％－', '0123456789.%-')
V_CN_DIGIT = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
              '六': 6, '七': 7, '八': 8, '九': 9}
V_CN_UNIT = {'十': 10, '百': 100, '千': 1000}
V_SCALE = {'万': Decimal(10000), '亿': Decimal(100000000)}
WELL_FORMED_PCT = re.compile(r'^-?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]$')


class VerifyError(Exception):
    pass


def v_cn_int(s):
    """Chinese numeral (一百二十, 两千, 三万零五百, 十五) -> int."""
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN_DIGIT:
            num = V_CN_DIGIT[ch]
        elif ch in V_CN_UNIT:
            if num == 0:
                num = 1
            section += num * V_CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == '亿':
            total = (total + section + num) * 100000000
            section, num = 0, 0
        else:
            raise VerifyError('bad chinese numeral %r' % s)
    return total + section + num


class VNum:
    """value: Decimal in base units (percent points for percentages);
    quantum: value of one unit of the literal's last written digit."""
    def __init__(self, value, quantum, pct):
        self.value, self.quantum, self.pct = value, quantum, pct


def v_parse(lit):
    s = lit.translate(V_FULL).strip()
    pct = False
    if s.endswith('%'):
        pct = True
        s = s[:-1]
    if s and all(ch in V_CN_DIGIT or ch in V_CN_UNIT or ch in '万亿' for ch in s):
        return VNum(Decimal(v_cn_int(s)), Decimal(1), pct)
    scale = Decimal(1)
    if s and s[-1] in V_SCALE:
        scale = V_SCALE[s[-1]]
        s = s[:-1]
    sign = Decimal(1)
    if s[:1] in ('-', '−'):
        sign, s = Decimal(-1), s[1:]
    s = re.sub(r'(?<=\d)[,， ](?=\d{3}(?:\D|$))', '', s)
    if not re.fullmatch(r'\d+(?:\.\d+)?', s):
        raise VerifyError('cannot parse number literal %r' % lit)
    dp = len(s.split('.')[1]) if '.' in s else 0
    return VNum(sign * Decimal(s) * scale, Decimal(1).scaleb(-dp) * scale, pct)


def v_round(x, quantum):
    return (x / quantum).quantize(Decimal(1), rounding=ROUND_HALF_UP) * quantum


def v_tie(x, quantum):
    y = x / quantum
    return y - y.to_integral_value(rounding='ROUND_FLOOR') == Decimal('0.5')


def v_literals(check):
    out = []
    for key in ('parts', 'shares', 'numbers', 'items', 'names'):
        out += list(check.get(key, []))
    for key in ('total', 'result', 'count', 'den', 'pct', 'value', 'cur', 'prev', 'diff',
                'new', 'old', 'literal', 'marker'):
        if key in check:
            out.append(check[key])
    if 'num' in check:
        out += check['num'] if isinstance(check['num'], list) else [check['num']]
    for t in check.get('terms', []):
        out.append(t[1])
    return out


def v_rate_gap(true_val, stated):
    """a wrong rate must miss the true value by >= max(2 units of its last decimal, 0.3)."""
    need = max(2 * stated.quantum, Decimal('0.3'))
    return abs(true_val - stated.value) >= need


def v_eval(check, text):
    """-> (holds: bool, problem: str|None)."""
    for lit in v_literals(check):
        if not isinstance(lit, str) or lit == '' or lit not in text:
            return False, 'literal %r not found in text' % (lit,)
    rel = check.get('rel')
    P = v_parse
    if rel == 'sum':
        parts = [P(x) for x in check['parts']]
        tot = P(check['total'])
        s = sum((p.value for p in parts), Decimal(0))
        if v_tie(s, tot.quantum):
            return False, 'exact .5 tie'
        return v_round(s, tot.quantum) == tot.value, None
    if rel == 'balance':
        res = P(check['result'])
        acc = Decimal(0)
        for sign, lit in check['terms']:
            v = P(lit).value
            acc += v if sign == '+' else -v
        return v_round(acc, res.quantum) == res.value, None
    if rel in ('count_items', 'count_names'):
        cnt = P(check['count']).value
        lst = check['items'] if rel == 'count_items' else check['names']
        if len(set(lst)) != len(lst):
            return False, 'duplicate items'
        return cnt == len(lst), None
    if rel == 'rate':
        nums = check['num'] if isinstance(check['num'], list) else [check['num']]
        num = sum((P(x).value for x in nums), Decimal(0))
        den = P(check['den']).value
        pct = P(check['pct'])
        true = num / den * 100
        if v_tie(true, pct.quantum):
            return False, 'exact .5 tie'
        ok = v_round(true, pct.quantum) == pct.value
        if not ok and not v_rate_gap(true, pct):
            return ok, 'wrong rate too close to the true value'
        return ok, None
    if rel == 'per':
        val = P(check['value'])
        true = P(check['num']).value / P(check['den']).value
        if v_tie(true, val.quantum):
            return False, 'exact .5 tie'
        ok = v_round(true, val.quantum) == val.value
        if not ok and abs(true - val.value) < 2 * val.quantum:
            return ok, 'wrong per-capita value too close'
        return ok, None
    if rel == 'growth':
        cur, prev, pct = P(check['cur']).value, P(check['prev']).value, P(check['pct'])
        g = (cur - prev) / prev * 100
        if check.get('dir') == 'down':
            g = -g
        if v_tie(g, pct.quantum):
            return False, 'exact .5 tie'
        ok = v_round(g, pct.quantum) == pct.value
        if not ok and not v_rate_gap(g, pct):
            return ok, 'wrong growth too close to the true value'
        return ok, None
    if rel == 'pp':
        new, old, diff = P(check['new']).value, P(check['old']).value, P(check['diff'])
        d = new - old
        if check.get('dir') == 'down':
            d = -d
        ok = v_round(d, diff.quantum) == diff.value
        if not ok and not v_rate_gap(d, diff):
            return ok, 'wrong percentage-point difference too close'
        return ok, None
    if rel == 'share_sum':
        s = sum((P(x).value for x in check['shares']), Decimal(0))
        ok = s == 100
        if not ok and abs(s - 100) < Decimal('0.3'):
            return ok, 'share sum off by less than 0.3'
        return ok, None
    if rel == 'malformed_pct':
        return bool(WELL_FORMED_PCT.match(check['literal'])), None
    if rel == 'neg':
        return v_eval_neg(check, text)
    return False, 'unknown rel %r' % rel


NEG_KINDS = {'partial_list', 'approx_total', 'overlap', 'cumulative_vs_new', 'two_wholes',
             'identifier', 'growth_over_100', 'pp_no_base', 'overlap_shares', 'permille',
             'pct_no_base', 'rate_not_stated', 'multiple_times'}


def v_eval_neg(check, text):
    kind = check.get('kind')
    if kind not in NEG_KINDS:
        return False, 'unknown neg kind %r' % kind
    nums = check.get('numbers', [])
    if kind == 'partial_list':
        vals = [v_parse(x).value for x in nums]
        if not (len(vals) >= 2 and sum(vals[:-1]) < vals[-1]):
            return False, 'partial list should fall short of its total'
    elif kind == 'approx_total':
        vals = [v_parse(x).value for x in nums]
        s, t = sum(vals[:-1]), vals[-1]
        if abs(s - t) > t * Decimal('0.12'):
            return False, 'approximate total too far from its parts'
    elif kind == 'overlap':
        vals = [v_parse(x).value for x in nums]
        if not sum(vals[:-1]) > vals[-1]:
            return False, 'overlapping subsets should pass their whole'
    elif kind == 'cumulative_vs_new':
        vals = [v_parse(x).value for x in nums]
        if not vals[1] < vals[0]:
            return False, 'new amount should be below the cumulative amount'
    elif kind == 'growth_over_100':
        if not any(v_parse(x).value > 100 for x in nums if x.endswith('%')) and check['marker'] != '倍':
            return False, 'no growth above 100 %'
    elif kind == 'overlap_shares':
        vals = [v_parse(x).value for x in nums]
        if not sum(vals) > 100:
            return False, 'overlapping shares should pass 100'
    elif kind == 'permille':
        if '‰' not in check['marker']:
            return False, 'permille marker missing'
    return True, None


def v_derive(rec):
    fails, negs, problems = [], 0, []
    for c in rec['checks']:
        holds, prob = v_eval(c, rec['text'])
        if prob:
            problems.append(prob)
        if c.get('expect', True) != holds:
            problems.append('check %s: recomputed %s, stored expect %s' % (c.get('rel'), holds, c.get('expect')))
        if not holds:
            fails.append(c)
        if c.get('rel') == 'neg':
            negs += 1
    if fails:
        label = 'inconsistent'
        if len(fails) != 1:
            problems.append('%d failing relations (need exactly one)' % len(fails))
    elif negs:
        label = 'negative'
    else:
        label = 'consistent'
    if label in ('consistent', 'inconsistent') and negs:
        problems.append('positive record carries a neg check')
    if not rec['checks']:
        problems.append('no checks')
    return label, problems


def verify_files(paths):
    bad = 0
    total = 0
    seen = set()
    for path in paths:
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                total += 1
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print('%s:%d bad json %s' % (path, ln, e))
                    bad += 1
                    continue
                probs = []
                for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
                    if k not in rec:
                        probs.append('missing ' + k)
                if probs:
                    print('%s:%d %s' % (path, ln, probs))
                    bad += 1
                    continue
                if (path, rec['id']) in seen:
                    probs.append('duplicate id')
                seen.add((path, rec['id']))
                if rec['family'] not in ('totals', 'pct'):
                    probs.append('bad family')
                if not re.fullmatch(r'[a-z][a-z0-9_]*', rec['style']):
                    probs.append('style not snake_case')
                nlines = len(rec['text'].split('\n'))
                if not 1 <= nlines <= 8:
                    probs.append('text has %d lines' % nlines)
                if '\n' in rec['note']:
                    probs.append('note not one line')
                try:
                    label, p2 = v_derive(rec)
                    probs += p2
                    if label != rec['label']:
                        probs.append('derived label %s != stored %s' % (label, rec['label']))
                except (VerifyError, KeyError, TypeError, ZeroDivisionError, ArithmeticError) as e:
                    probs.append('error %r' % e)
                if probs:
                    bad += 1
                    print('%s:%d %s: %s' % (path, ln, rec.get('id'), '; '.join(probs)))
    print('verified %d records in %d file(s): %d problem record(s)' % (total, len(paths), bad))
    return 1 if bad else 0


# =====================================================================================
# Part 2.  GENERATOR-SIDE NUMBER FORMATTING
# =====================================================================================

G_FULL = str.maketrans('0123456789.', '０１２３４５６７８９．')
G_CN = '零一二三四五六七八九'


def cn_numeral(n, liang=False):
    n = int(n)
    assert 0 <= n < 10 ** 8
    if n == 0:
        return '零'

    def four(x):
        s, zero = '', False
        for unit, p in (('千', 1000), ('百', 100), ('十', 10), ('', 1)):
            d = x // p % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += G_CN[d] + unit
        return s
    hi, lo = divmod(n, 10000)
    if hi:
        s = four(hi) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += four(lo)
    else:
        s = four(lo)
    if s.startswith('一十'):
        s = s[1:]
    if s == '二':
        s = '两'
    if liang:
        s = re.sub('^二(?=[千百万])', '两', s)
    return s


def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, Fraction):
        return Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(str(x))


def qz(x, dp):
    """round half up (x may be Fraction/Decimal/float) to dp decimals -> Decimal."""
    return D(x).quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def is_tie(fr, dp):
    """True if Fraction fr sits exactly on a .5 boundary at dp decimals."""
    y = Fraction(fr) * (10 ** dp)
    return (y - (y.numerator // y.denominator)) == Fraction(1, 2)


class Num:
    def __init__(self, v, dp=0, suf='', fmt='plain', pct=False, liang=False):
        self.v = qz(v, dp)
        self.dp, self.suf, self.fmt, self.pct, self.liang = dp, suf, fmt, pct, liang
        self.bad = None
        self.fixed = False
        self.only_down = False

    def digits(self):
        if self.fmt == 'cn':
            return cn_numeral(int(self.v), self.liang)
        v = qz(self.v, self.dp)
        s = '%s' % (format(v, 'f'))
        neg = s.startswith('-')
        if neg:
            s = s[1:]
        ip, _, fp = s.partition('.')
        sep = {'comma': ',', 'cncomma': '，', 'space': ' '}.get(self.fmt)
        if sep and len(ip) >= 4:
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = sep.join(groups)
        s = ip + ('.' + fp if fp else '')
        if self.fmt == 'full':
            s = s.translate(G_FULL)
        return ('-' if neg else '') + s

    def lit(self):
        if self.bad is not None:
            return self.bad
        return self.digits() + self.suf + ('%' if self.pct else '')


# =====================================================================================
# Part 3.  SOURCES (all wording written for this set)
# =====================================================================================

SYL = list('安宁平江清河山泉丰明阳兴和东西南北新长永云石桥柳梅桂溪源湖川华金玉龙凤临沙岭塘')
SURNAME = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程')
GIVEN = list('志明建国海涛丽娟伟强军芳静敏磊洋勇艳杰娜婷秀英华平刚桂兰宏斌')


def W(name, leads, suf, unit, lo, hi, dp, parts):
    return dict(name=name, leads=leads, suf=suf, unit=unit, lo=lo, hi=hi, dp=dp, parts=parts)


def R(D_, N_, rate, lo, hi, r, rdp=(1, 2), suf='', ddp=0, F=None, frate=None, unit=''):
    return dict(D=D_, N=N_, rate=rate, lo=lo, hi=hi, r=r, rdp=rdp, suf=suf, ddp=ddp, F=F,
                frate=frate, unit=unit)


SOURCES = {}

SOURCES['tourism'] = dict(
    dept=['文化广电和旅游局', '文化和旅游局'],
    heads=['旅游业发展情况', '文化和旅游市场运行', '全域旅游发展', '旅游经济主要指标', '文旅融合发展'],
    wholes=[
        W('接待游客', ['全年接待游客', '共接待游客', '全市接待海内外游客'], '万', '人次', 300, 9000, [1, 2],
          [('国内游客', (90, 99)), ('入境游客', (1, 10))]),
        W('旅游总收入', ['实现旅游总收入', '全年旅游总收入', '旅游业总收入达到'], '亿', '元', 30, 1500, [2],
          [('国内旅游收入', (90, 99)), ('旅游外汇收入（折合人民币）', (1, 9))]),
        W('A级旅游景区', ['全市共有A级旅游景区', '现有A级旅游景区', 'A级旅游景区总数达到'], '', '家', 25, 150, [0],
          [('5A级景区', (3, 7)), ('4A级景区', (22, 38)), ('3A级景区', (50, 70))]),
        W('星级饭店', ['全市共有星级饭店', '星级饭店总数为', '现有星级饭店'], '', '家', 18, 120, [0],
          [('五星级饭店', (5, 10)), ('四星级饭店', (25, 35)), ('三星级饭店', (40, 55)), ('二星级饭店', (8, 15))]),
        W('乡村旅游接待游客', ['乡村旅游接待游客', '乡村旅游共接待游客'], '万', '人次', 40, 2000, [1],
          [('乡村旅游重点村', (30, 50)), ('休闲农业园区', (20, 40)), ('农家乐和民宿', (20, 40))]),
    ],
    rates=[
        R('星级饭店可供出租客房{D}间夜', '实际出租{N}间夜', '客房平均出租率', 20000, 900000, (42, 78),
          F='空置{F}间夜', frate='空置率', unit='间夜'),
        R('开展游客满意度抽样调查{D}份', '表示满意的{N}份', '游客满意率', 800, 12000, (88, 99),
          F='表示不满意的{F}份', frate='不满意率', unit='份'),
        R('A级旅游景区{D}家', '4A级及以上景区{N}家', '高等级景区占比', 25, 160, (18, 45), unit='家'),
        R('接待游客{D}万人次', '接待过夜游客{N}万人次', '过夜游客比重', 300, 9000, (30, 60), ddp=1,
          unit='万人次'),
        R('检查旅游经营单位{D}家', '经营规范的{N}家', '规范经营率', 150, 3000, (85, 99),
          F='存在问题的{F}家', frate='问题发现率', unit='家'),
    ],
    items_verb='旅游市场秩序专项整治行动',
    ent=lambda r: ''.join(r.sample(SYL, 2)) + r.choice(['古镇', '山', '湖', '湿地公园', '森林公园', '溶洞', '大峡谷']) + '景区',
    ent_cls=('家', '个', '景区'),
    balances=[
        dict(kind='se', name='A级旅游景区', unit='家', suf='', dp=0, lo=25, hi=150,
             add=['新评定', '新创建'], sub=['取消等级', '摘牌'], start='年初', end='年末'),
        dict(kind='ie', name='旅游发展专项资金', unit='万元', suf='', dp=1, lo=800, hi=9000,
             inc='到位', exp='支出', rest='结余'),
    ],
    mf=('全市旅游从业人员', '人', 2000, 80000),
    nested=('接待游客', '万', '人次', 1, [('国内游客', [('过夜游客', (40, 60)), ('一日游游客', (30, 50))]),
                                      ('入境游客', [('外国人', (2, 5)), ('港澳台同胞', (1, 4))])]),
    percap=dict(num=('实现旅游总收入', '亿', '元', 2, 60, 1500), den=('接待游客', '万', '人次', 1),
                per=('游客人均花费', '', '元', 1), ratio=(600, 2200)),
    target=('新创建A级旅游景区', '', '家', 0, 5, 30),
    small=[('A级旅游景区', '家', [('5A级', (2, 5)), ('4A级', (8, 20)), ('3A级', (20, 40))]),
           ('星级饭店', '家', [('四星级', (3, 10)), ('三星级', (10, 25)), ('二星级', (5, 12))])],
    cn_rate=R('检查旅行社{D}家', '合规{N}家', '合规率', 20, 300, (80, 99), unit='家'),
    overlap=('接待游客中', [('省外游客', (45, 70)), ('自驾游客', (50, 75)), ('过夜游客', (30, 55))]),
    permille=['游客投诉率为{x}‰', '旅游安全事故发生率控制在{x}‰以内'],
    nobase=['乡村旅游收入占旅游总收入的{x}', '旅游业增加值占地区生产总值的比重达到{x}'],
    notstated=['游客满意度达到{x}', '景区门票预约率达到{x}'],
    idents=['打造“1+3+N”全域旅游产品体系', '开通12345文旅服务热线', '依据《旅游景区质量等级的划分与评定》（GB/T 17775-2003）开展复核',
            '推进“5G+智慧旅游”应用试点', '沿G318国道布局自驾营地', '推行导游“1+X”证书制度试点'],
)

SOURCES['housing'] = dict(
    dept=['住房公积金管理中心', '住房公积金管理委员会'],
    heads=['住房公积金运行情况', '住房公积金归集与使用', '公积金业务运行', '住房公积金年度报告摘要'],
    wholes=[
        W('缴存额', ['全年缴存住房公积金', '实缴住房公积金', '归集住房公积金'], '亿', '元', 10, 400, [2],
          [('机关事业单位', (30, 45)), ('国有企业', (18, 30)), ('城镇私营企业及其他', (25, 45))]),
        W('提取额', ['全年提取住房公积金', '提取住房公积金', '办理提取'], '亿', '元', 8, 300, [2],
          [('住房消费类提取', (70, 85)), ('非住房消费类提取', (15, 30))]),
        W('个人住房贷款发放额', ['发放个人住房贷款', '全年发放个人住房贷款', '新发放个人住房贷款'], '亿', '元', 5, 200, [2],
          [('新建商品房贷款', (50, 70)), ('二手房贷款', (25, 45)), ('自建翻建大修贷款', (1, 5))]),
        W('个人住房贷款笔数', ['发放个人住房贷款', '全年新发放个人住房贷款'], '', '笔', 1200, 30000, [0],
          [('首套住房贷款', (80, 92)), ('第二套住房贷款', (8, 20))]),
        W('新开户单位', ['新开户缴存单位', '全年新增缴存单位'], '', '个', 300, 9000, [0],
          [('私营企业', (55, 75)), ('国有企业', (5, 12)), ('机关事业单位', (3, 8)), ('其他单位', (10, 25))]),
    ],
    rates=[
        R('缴存余额{D}亿元', '个人住房贷款余额{N}亿元', '个贷率', 20, 900, (60, 95), suf='亿', ddp=2, unit='亿元'),
        R('缴存额{D}亿元', '提取额{N}亿元', '提取率', 10, 400, (55, 85), suf='亿', ddp=2, unit='亿元'),
        R('受理提取业务{D}笔', '按时办结{N}笔', '按时办结率', 20000, 600000, (96, 99.8),
          F='超时办结{F}笔', frate='超时率', unit='笔'),
        R('受理贷款申请{D}笔', '审批通过{N}笔', '审批通过率', 1500, 35000, (85, 98),
          F='未通过{F}笔', frate='退件率', unit='笔'),
        R('实缴职工{D}人', '非公有制单位职工{N}人', '非公职工占比', 20000, 900000, (30, 60), unit='人'),
    ],
    items_verb='住房公积金服务提升行动',
    ent=lambda r: ''.join(r.sample(SYL, 2)) + r.choice(['建设', '科技', '物流', '医药', '电子', '纺织']) + '有限公司',
    ent_cls=('家', '个', '单位'),
    balances=[
        dict(kind='se', name='缴存余额', unit='亿元', suf='', dp=2, lo=20, hi=900,
             add=['本年缴存'], sub=['本年提取'], start='年初', end='年末'),
        dict(kind='se', name='个人住房贷款余额', unit='亿元', suf='', dp=2, lo=15, hi=700,
             add=['本年发放'], sub=['本年回收'], start='年初', end='年末'),
        dict(kind='ie', name='增值收益', unit='万元', suf='', dp=2, lo=3000, hi=90000,
             inc='业务收入', exp='业务支出', rest='增值收益'),
    ],
    mf=('实缴职工', '人', 20000, 900000),
    nested=('提取额', '亿', '元', 2, [('住房消费类', [('购买建造翻建大修自住住房', (20, 35)), ('偿还购房贷款本息', (35, 50)),
                                                ('租赁住房', (5, 12))]),
                                   ('非住房消费类', [('离休和退休', (8, 15)), ('其他', (3, 8))])]),
    percap=dict(num=('发放个人住房贷款', '亿', '元', 2, 5, 200), den=('发放个人住房贷款', '', '笔', 0),
                per=('笔均贷款', '万', '元', 2), ratio=(30, 70)),
    target=('归集住房公积金', '亿', '元', 2, 10, 400),
    small=[('服务网点', '个', [('管理部', (3, 8)), ('服务大厅', (6, 15)), ('银行代办点', (10, 30))]),
           ('受托银行', '家', [('国有商业银行', (4, 6)), ('股份制商业银行', (3, 8)), ('城市商业银行', (1, 4))])],
    cn_rate=R('抽查贷款档案{D}份', '资料齐全{N}份', '资料齐全率', 30, 400, (85, 99), unit='份'),
    overlap=('实缴职工中', [('女性职工', (42, 55)), ('35岁以下职工', (40, 60)), ('非公有制单位职工', (35, 55))]),
    permille=['个人住房贷款逾期率为{x}‰', '逾期贷款余额占贷款余额的{x}‰'],
    nobase=['缴存额占全省的{x}', '线上业务办理占比达到{x}'],
    notstated=['“跨省通办”事项办结率{x}', '服务满意度达到{x}'],
    idents=['设立12329服务热线', '执行《住房公积金管理条例》（国务院令第350号）', '推行“1+N”联办模式',
            '印发@公积金〔2023〕12号文件', '上线“7×24小时”自助服务', '开展“1+X”职业技能等级证书培训补贴提取试点'],
)

SOURCES['market'] = dict(
    dept=['市场监督管理局', '市场监管局'],
    heads=['市场主体发展', '市场监管工作', '食品安全监管', '消费维权工作', '营商环境建设'],
    wholes=[
        W('市场主体', ['全市实有市场主体', '市场主体总量达到', '登记在册市场主体'], '万', '户', 5, 120, [2],
          [('企业', (25, 35)), ('个体工商户', (60, 72)), ('农民专业合作社', (1, 4))]),
        W('新登记市场主体', ['全年新登记市场主体', '新设立市场主体', '新增市场主体'], '', '户', 3000, 90000, [0],
          [('企业', (25, 35)), ('个体工商户', (60, 72)), ('农民专业合作社', (1, 4))]),
        W('食品安全监督抽检', ['完成食品安全监督抽检', '全年食品安全监督抽检', '组织食品安全抽检'], '', '批次', 1500, 30000, [0],
          [('生产环节', (15, 25)), ('流通环节', (45, 60)), ('餐饮环节', (20, 35))]),
        W('投诉举报', ['受理投诉举报和咨询', '共受理消费者诉求', '接收投诉举报'], '', '件', 3000, 80000, [0],
          [('投诉', (55, 70)), ('举报', (15, 25)), ('咨询', (15, 25))]),
        W('挽回经济损失', ['为消费者挽回经济损失', '挽回经济损失'], '', '万元', 200, 9000, [1, 2],
          [('投诉调解', (60, 80)), ('举报查处', (10, 25)), ('公益诉讼支持', (3, 10))]),
    ],
    rates=[
        R('完成食品安全监督抽检{D}批次', '合格{N}批次', '合格率', 1500, 30000, (95, 99.6),
          F='不合格{F}批次', frate='不合格率', unit='批次'),
        R('受理投诉举报{D}件', '办结{N}件', '办结率', 3000, 80000, (92, 99.8),
          F='尚在办理{F}件', frate='在办率', unit='件'),
        R('应报年报企业{D}户', '已公示{N}户', '年报公示率', 5000, 200000, (88, 99),
          F='未公示{F}户', frate='未公示率', unit='户'),
        R('新登记市场主体{D}户', '新登记企业{N}户', '企业占比', 3000, 90000, (25, 38), unit='户'),
        R('抽查计量器具{D}台件', '检定合格{N}台件', '计量合格率', 800, 20000, (93, 99.5),
          F='不合格{F}台件', frate='不合格率', unit='台件'),
    ],
    items_verb='市场秩序专项整治',
    ent=lambda r: ''.join(r.sample(SYL, 2)) + r.choice(['食品', '商贸', '超市', '餐饮', '农贸']) + '有限公司',
    ent_cls=('家', '户', '企业'),
    balances=[
        dict(kind='se', name='实有市场主体', unit='户', suf='', dp=0, lo=20000, hi=600000,
             add=['新登记'], sub=['注销'], start='年初', end='年末'),
        dict(kind='se', name='农民专业合作社', unit='户', suf='', dp=0, lo=300, hi=6000,
             add=['新设立'], sub=['注销', '吊销'], start='年初', end='年末'),
    ],
    mf=('新登记个体工商户经营者', '人', 2000, 60000),
    nested=('实有市场主体', '', '户', 0, [('企业', [('内资企业', (28, 34)), ('外资企业', (1, 3))]),
                                      ('个体工商户', [('城镇个体工商户', (35, 45)), ('农村个体工商户', (20, 30))]),
                                      ('农民专业合作社', [('种植类', (1, 2)), ('养殖类', (1, 2))])]),
    percap=dict(num=('新设企业注册资本', '亿', '元', 2, 50, 2000), den=('新设企业', '', '户', 0),
                per=('户均注册资本', '万', '元', 1), ratio=(80, 600)),
    target=('新登记市场主体', '', '户', 0, 3000, 90000),
    small=[('食品小作坊', '家', [('粮食加工', (8, 20)), ('食用油加工', (3, 10)), ('豆制品加工', (5, 15))]),
           ('农贸市场', '个', [('城区', (5, 15)), ('乡镇', (15, 30))])],
    cn_rate=R('检查加油机{D}台', '合格{N}台', '合格率', 30, 400, (88, 99), unit='台'),
    overlap=('新登记市场主体中', [('个体工商户', (60, 72)), ('第三产业', (75, 88)), ('女性投资者', (35, 48))]),
    permille=['每千户市场主体投诉量为{x}‰', '食品抽检问题发现率为{x}‰'],
    nobase=['企业数量占全省的{x}', '网上办理率达到{x}'],
    notstated=['满意度测评得分率{x}', '“双随机”抽查覆盖率{x}'],
    idents=['开通12315投诉举报热线', '按照GB 2763-2021限量标准开展检测', '落实“1+X”信用分级分类监管', '推行“证照分离”改革和“一照多址”',
            '印发@市监〔2023〕15号通知', '开展“3·15”国际消费者权益日宣传'],
)

SOURCES['fire'] = dict(
    dept=['消防救援支队', '消防救援大队'],
    heads=['消防救援工作', '火灾形势', '灭火救援', '消防安全治理', '应急救援任务'],
    wholes=[
        W('接警出动', ['全年接警出动', '共接处警', '全市消防救援队伍接警出动'], '', '起', 1500, 40000, [0],
          [('火灾扑救', (25, 40)), ('抢险救援', (35, 50)), ('社会救助', (15, 30))]),
        W('火灾', ['全年共接报火灾', '全市共发生火灾', '共发生各类火灾'], '', '起', 200, 6000, [0],
          [('住宅火灾', (30, 45)), ('交通工具火灾', (10, 20)), ('人员密集场所火灾', (5, 12)), ('其他场所火灾', (25, 40))]),
        W('直接财产损失', ['造成直接财产损失', '火灾直接财产损失'], '', '万元', 300, 20000, [1, 2],
          [('住宅火灾', (25, 40)), ('工业厂房火灾', (30, 45)), ('交通工具火灾', (8, 15)), ('其他场所火灾', (10, 20))]),
        W('营救被困人员', ['营救被困人员', '成功营救遇险群众', '抢救被困人员'], '', '人', 200, 8000, [0],
          [('火灾现场', (15, 30)), ('抢险救援现场', (60, 80)), ('社会救助现场', (5, 15))]),
        W('出动消防车', ['出动消防车', '累计出动消防车辆'], '', '辆次', 3000, 90000, [0],
          [('水罐消防车', (40, 55)), ('泡沫消防车', (15, 25)), ('举高消防车', (8, 15)), ('抢险救援车', (15, 25))]),
    ],
    rates=[
        R('接警出动{D}起', '火灾扑救{N}起', '火灾扑救占比', 1500, 40000, (25, 40), unit='起'),
        R('检查社会单位{D}家', '发现隐患的{N}家', '隐患发现率', 2000, 60000, (20, 45), unit='家'),
        R('发现火灾隐患{D}处', '督促整改{N}处', '隐患整改率', 3000, 90000, (90, 99.5),
          F='正在整改{F}处', frate='在改率', unit='处'),
        R('接报火灾{D}起', '查明原因{N}起', '原因查明率', 200, 6000, (92, 99.8),
          F='原因待查{F}起', frate='待查率', unit='起'),
        R('抽检消防产品{D}组', '合格{N}组', '消防产品合格率', 100, 3000, (85, 98),
          F='不合格{F}组', frate='不合格率', unit='组'),
    ],
    items_verb='冬春火灾防控专项行动',
    ent=lambda r: ''.join(r.sample(SYL, 2)) + r.choice(['路', '大道', '新区', '工业园']) + '消防救援站',
    ent_cls=('个', '个', '消防救援站'),
    balances=[
        dict(kind='se', name='消防车辆', unit='辆', suf='', dp=0, lo=60, hi=900,
             add=['新购置'], sub=['报废'], start='年初', end='年末'),
        dict(kind='se', name='政府专职消防队员', unit='名', suf='', dp=0, lo=200, hi=3000,
             add=['新招录'], sub=['退出'], start='年初', end='年末'),
        dict(kind='ie', name='消防业务经费', unit='万元', suf='', dp=1, lo=800, hi=20000,
             inc='到位', exp='支出', rest='结余'),
    ],
    mf=('营救被困人员', '人', 200, 8000),
    nested=('接警出动', '', '起', 0, [('火灾扑救', [('建筑火灾', (18, 28)), ('非建筑火灾', (8, 15))]),
                                 ('抢险救援', [('交通事故救援', (15, 25)), ('其他抢险救援', (20, 30))]),
                                 ('社会救助', [('动物救助', (5, 10)), ('开门救助', (5, 12))])]),
    percap=dict(num=('造成直接财产损失', '', '万元', 1, 300, 20000), den=('发生火灾', '', '起', 0),
                per=('平均每起火灾损失', '', '万元', 2), ratio=(1, 8)),
    target=('完成消防监督检查', '', '家', 0, 2000, 60000),
    small=[('火灾亡人', '人', [('住宅火灾', (3, 8)), ('交通工具火灾', (1, 3)), ('其他场所火灾', (1, 3))]),
           ('消防救援站', '个', [('特勤站', (1, 3)), ('普通站', (8, 20)), ('小型站', (3, 10))])],
    cn_rate=R('检查人员密集场所{D}家', '符合要求{N}家', '合格率', 30, 400, (80, 98), unit='家'),
    overlap=('接警出动中', [('夜间出动', (40, 55)), ('农村地区出动', (35, 50)), ('抢险救援', (35, 50))]),
    permille=['十万人口火灾死亡率为{x}‰', '火灾起数占接警总数的{x}‰'],
    nobase=['火灾起数占全省的{x}', '城区5分钟到场率达到{x}'],
    notstated=['消防安全知晓率达到{x}', '群众满意率达到{x}'],
    idents=['拨打119报警', '配备CDZ54型登高平台消防车', '推行“1+3+N”联防联控机制', '开通96119举报投诉电话',
            '落实《消防法》第16条规定', '构建“7+X”消防安全网格'],
)

SOURCES['fisheries'] = dict(
    dept=['农业农村局', '海洋与渔业局'],
    heads=['渔业经济运行', '水产品生产情况', '渔船管理', '渔业高质量发展', '渔业资源保护'],
    wholes=[
        W('水产品总产量', ['全年水产品总产量', '实现水产品总产量', '水产品产量达到'], '万', '吨', 3, 300, [2],
          [('海水产品', (55, 75)), ('淡水产品', (25, 45))]),
        W('水产品总产量', ['全年水产品总产量', '水产品产量'], '万', '吨', 3, 300, [2],
          [('养殖产品', (70, 85)), ('捕捞产品', (15, 30))]),
        W('渔业产值', ['实现渔业产值', '全年渔业产值', '渔业经济总产值中渔业产值'], '亿', '元', 10, 400, [2],
          [('海水养殖', (30, 45)), ('淡水养殖', (20, 30)), ('海洋捕捞', (15, 25)), ('淡水捕捞', (2, 5)), ('水产苗种', (3, 8))]),
        W('渔船', ['全市拥有渔船', '年末登记渔船', '现有机动渔船'], '', '艘', 500, 20000, [0],
          [('捕捞渔船', (70, 85)), ('养殖渔船', (10, 20)), ('辅助渔船', (3, 8))]),
        W('渔船总功率', ['渔船总功率', '机动渔船总功率达到'], '万', '千瓦', 5, 200, [2],
          [('捕捞渔船', (75, 88)), ('养殖渔船', (8, 15)), ('辅助渔船', (3, 8))]),
    ],
    rates=[
        R('水产品总产量{D}万吨', '海水产品{N}万吨', '海水产品占比', 3, 300, (55, 75), suf='万', ddp=2, unit='万吨'),
        R('水产品总产量{D}万吨', '养殖产品{N}万吨', '养殖产品比重', 3, 300, (70, 85), suf='万', ddp=2, unit='万吨'),
        R('抽检水产品{D}批次', '合格{N}批次', '合格率', 300, 6000, (96, 99.8),
          F='不合格{F}批次', frate='不合格率', unit='批次'),
        R('检查渔船{D}艘', '符合安全要求{N}艘', '安全检查合格率', 500, 20000, (85, 98),
          F='存在隐患{F}艘', frate='隐患率', unit='艘'),
        R('发放渔业油价补贴资金对象{D}户', '已兑付{N}户', '兑付率', 500, 15000, (90, 99.5),
          F='待兑付{F}户', frate='待兑付比例', unit='户'),
    ],
    items_verb='渔业安全生产专项整治',
    ent=lambda r: ''.join(r.sample(SYL, 2)) + r.choice(['水产', '渔业', '海珍品养殖', '生态渔业']) + '专业合作社',
    ent_cls=('家', '个', '合作社'),
    balances=[
        dict(kind='se', name='渔船', unit='艘', suf='', dp=0, lo=500, hi=20000,
             add=['新建'], sub=['报废拆解'], start='年初', end='年末'),
        dict(kind='ie', name='渔业油价补贴资金', unit='万元', suf='', dp=1, lo=500, hi=30000,
             inc='下达', exp='发放', rest='结余'),
    ],
    mf=('渔业从业人员', '人', 3000, 90000),
    nested=('水产品总产量', '万', '吨', 2, [('海水产品', [('海水养殖', (35, 50)), ('海洋捕捞', (15, 25))]),
                                      ('淡水产品', [('淡水养殖', (20, 30)), ('淡水捕捞', (2, 5))])]),
    percap=dict(num=('渔船总功率', '万', '千瓦', 2, 5, 200), den=('渔船', '', '艘', 0),
                per=('平均单船功率', '', '千瓦', 1), ratio=(40, 180)),
    target=('水产品产量', '万', '吨', 2, 3, 300),
    small=[('渔港', '个', [('中心渔港', (1, 3)), ('一级渔港', (2, 5)), ('二级渔港', (4, 10))]),
           ('国家级水产原良种场', '个', [('海水品种', (1, 4)), ('淡水品种', (1, 4))])],
    cn_rate=R('抽查养殖场{D}家', '用药规范{N}家', '规范用药率', 30, 300, (85, 99), unit='家'),
    overlap=('水产品总产量中', [('海水产品', (55, 75)), ('养殖产品', (70, 85)), ('名优品种', (30, 45))]),
    permille=['渔船安全事故率为{x}‰', '渔业从业人员因灾死亡率为{x}‰'],
    nobase=['水产品产量占全省的{x}', '渔业产值占农林牧渔业总产值的{x}'],
    notstated=['水产品质量安全抽检合格率保持{x}以上', '渔港标准化建设完成率{x}'],
    idents=['推广“稻渔综合种养1+N”模式', '更新改造40米以上钢质渔船', '执行农渔发〔2023〕14号文件', '设立24小时渔业安全值班电话',
            '完成“海上粮仓”第2期工程', '落实“7+X”渔船安全管控措施'],
)

SOURCE_ORDER = ['tourism', 'housing', 'market', 'fire', 'fisheries']


# =====================================================================================
# Part 4.  RECORD CONTEXT AND HELPERS
# =====================================================================================

CN_IDX = '一二三四五六七八九十'
PH_RE = re.compile(r'\{n\d+\}')


class Ctx:
    def __init__(self, rng, skey, family):
        self.r = rng
        self.skey = skey
        self.src = SOURCES[skey]
        self.family = family
        self.nums = {}
        self.lines = []
        self.checks = []
        self.note = ''
        self.year = rng.randint(2019, 2024)
        self.place = ''.join(rng.sample(SYL, 2)) + rng.choice(['市', '县', '区', '市', '州'])
        self.full = rng.random() < 0.03
        self.sep = rng.choices([None, 'comma', 'space'], [82, 13, 5])[0]

    # numbers ---------------------------------------------------------------
    def n(self, v, dp=0, suf='', fmt=None, pct=False, liang=False, ratey=False):
        v = D(v)
        if fmt is None:
            if self.full:
                fmt = 'full'
            elif self.sep and abs(v) >= 1000 and not pct:
                fmt = self.sep
            else:
                fmt = 'plain'
        k = 'n%d' % len(self.nums)
        num = Num(v, dp, suf, fmt, pct, liang)
        num.ratey = pct or ratey
        self.nums[k] = num
        return '{%s}' % k

    def num(self, ph):
        return self.nums[ph[1:-1]]

    def render(self, s):
        return s.format(**{k: v.lit() for k, v in self.nums.items()})

    # checks ----------------------------------------------------------------
    def c(self, **kw):
        self.checks.append(kw)

    def whole(self, need=2):
        return self.r.choice([w for w in self.src['wholes'] if len(w['parts']) >= need])

    def names(self, k):
        out = []
        while len(out) < k:
            x = self.src['ent'](self.r)
            if x not in out:
                out.append(x)
        return out


def U(r, lo, hi):
    return r.uniform(lo, hi)


def split_vals(r, T0, weights, dp):
    ws = [U(r, *w) for w in weights]
    unit = Decimal(1).scaleb(-dp)
    vals = []
    for w in ws:
        v = qz(float(T0) * w / sum(ws), dp)
        if v <= 0:
            v = unit * r.randint(1, 3)
        vals.append(v)
    return vals


def split(c, Wd, dp=None):
    dp = c.r.choice(Wd['dp']) if dp is None else dp
    T0 = U(c.r, Wd['lo'], Wd['hi'])
    vals = split_vals(c.r, T0, [w for _, w in Wd['parts']], dp)
    return [nm for nm, _ in Wd['parts']], vals, sum(vals), dp


def pct_of(num, den, dp):
    """exact percentage num/den*100 rounded half up; None on a .5 tie."""
    fr = Fraction(D(num)) / Fraction(D(den)) * 100
    if is_tie(fr, dp):
        return None
    return qz(fr, dp)


class Retry(Exception):
    pass


def need(x):
    if x is None:
        raise Retry()
    return x


def joinlist(r, items, seps=('、', '，', '；')):
    return r.choice(seps).join(items)


def and_join(r, items):
    if len(items) >= 2 and r.random() < 0.5:
        return '、'.join(items[:-1]) + '和' + items[-1]
    return '、'.join(items)


def rate_vals(c, Rs):
    r = c.r
    ddp = Rs['ddp']
    den = qz(U(r, Rs['lo'], Rs['hi']), ddp)
    if den <= 0:
        raise Retry()
    rt = U(r, *Rs['r'])
    num = qz(den * D(rt) / 100, ddp)
    if num <= 0 or num >= den:
        raise Retry()
    rdp = r.choice(Rs['rdp'])
    pct = need(pct_of(num, den, rdp))
    return den, num, pct, ddp, rdp


def ctx_lines(c, nbody):
    r, src, y = c.r, c.src, c.year
    pre_opts = [
        lambda: '%s、%s' % (r.choice(CN_IDX[:6]), r.choice(src['heads'])),
        lambda: '【%s】' % r.choice(src['heads']),
        lambda: '%d年%s%s工作总结（摘录）' % (y, c.place, r.choice(src['dept'])),
        lambda: '%s%s%s' % (c.place, r.choice(src['heads']).rstrip('情况'), '情况通报'),
        lambda: '第%d期' % r.randint(2, 48),
    ]
    post_opts = [
        lambda: '数据来源：%s%s。' % (c.place, r.choice(src['dept'])),
        lambda: '注：以上数据为快报数，最终以统计部门公布为准。',
        lambda: '全年召开%s专题会议%d次。' % (r.choice(src['heads']), r.randint(2, 16)),
        lambda: '（报送日期：%d年%d月%d日）' % (y + 1, r.randint(1, 3), r.randint(1, 28)),
        lambda: '下一步，将持续巩固提升工作成效。',
        lambda: '（执笔人：%s%s）' % (r.choice(SURNAME), ''.join(r.sample(GIVEN, r.randint(1, 2)))),
    ]
    room = 8 - nbody
    npre = min(room, r.choice([0, 0, 1, 1, 1, 2]))
    room -= npre
    npost = min(room, r.choice([0, 0, 1, 1, 2]))
    pre = [f() for f in r.sample(pre_opts, npre)]
    post = [f() for f in r.sample(post_opts, npost)]
    return pre, post


NEUTRAL = ['运行总体平稳', '各项工作有序推进', '保持稳中有进态势', '完成年度工作任务', '工作成效明显']


# =====================================================================================
# Part 5.  TOTALS CONSTRUCTIONS (consistent form; breaking is generic)
# =====================================================================================

def parts_phr(names, P, un):
    return ['%s%s%s' % (nm, p, un) for nm, p in zip(names, P)]


def t_qizhong(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    T = c.n(tot, dp, su)
    P = [c.n(v, dp, su) for v in vals]
    items = joinlist(r, parts_phr(names, P, un))
    lead = r.choice(Wd['leads'])
    s = r.choice([
        '%d年，%s%s%s，其中%s。' % (y, lead, T, un, items),
        '%s%s%s。其中，%s。' % (lead, T, un, items),
        '%s%s%s，其中：%s。' % (lead, T, un, items),
        '%s%s%s%s，其中%s，%s。' % (c.place, lead, T, un, items, r.choice(NEUTRAL)),
    ])
    c.lines.append(s)
    c.c(rel='sum', parts=P, total=T)
    c.note = '其中 list of %s' % Wd['name']


def t_heji(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    P = [c.n(v, dp, su) for v in vals]
    T = c.n(tot, dp, su)
    items = joinlist(r, parts_phr(names, P, un), ('，', '；', '、'))
    kw = r.choice(['合计', '共计', '总计', '累计', '以上合计', '各项合计'])
    s = r.choice([
        '%d年%s%s，%s，%s%s%s。' % (y, Wd['name'], '方面' if r.random() < 0.3 else '中', items, kw, T, un),
        '%s，%s%s%s%s。' % (items, r.choice(['', '全年']), kw, T, un),
        '%s：%s，%s%s%s。' % (Wd['name'], items, kw, T, un),
    ])
    c.lines.append(s)
    c.c(rel='sum', parts=P, total=T)
    c.note = 'parts of %s then %s' % (Wd['name'], kw)


def t_fenbie(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    T = c.n(tot, dp, su)
    P = [c.n(v, dp, su) for v in vals]
    nj = and_join(r, names)
    if r.random() < 0.5:
        vj = and_join(r, ['%s%s' % (p, un) for p in P])
    else:
        vj = '、'.join(P) + un
    lead = r.choice(Wd['leads'])
    s = r.choice([
        '%s%s%s，%s分别为%s。' % (lead, T, un, nj, vj),
        '%d年，%s分别为%s，合计%s%s。' % (y, nj, vj, T, un),
        '在%s%s%s中，%s分别为%s。' % (T, un, Wd['name'], nj, vj),
        '%s%s%s，按类别分，%s分别为%s。' % (lead, T, un, nj, vj),
    ])
    c.lines.append(s)
    c.c(rel='sum', parts=P, total=T)
    c.note = '分别为 list of %s' % Wd['name']


def t_brackets(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    T = c.n(tot, dp, su)
    P = [c.n(v, dp, su) for v in vals]
    kw = r.choice(['含', '包括', '其中', ''])
    op, cl = r.choice([('（', '）'), ('(', ')')])
    items = joinlist(r, parts_phr(names, P, un), ('、', '，', '；') if op == '（' else (', ', '、'))
    lead = r.choice(Wd['leads'])
    s = r.choice([
        '%s%s%s%s%s%s%s，%s。' % (lead, T, un, op, kw, items, cl, r.choice(NEUTRAL)),
        '%d年%s%s%s%s%s%s%s。' % (y, lead, T, un, op, kw, items, cl),
    ])
    c.lines.append(s)
    c.c(rel='sum', parts=P, total=T)
    c.note = 'parts in brackets after %s' % Wd['name']


def t_header_lines(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    f = None
    if dp == 0 and not c.full and r.random() < 0.35:
        f = r.choice(['comma', 'cncomma'])
    T = c.n(tot, dp, su, fmt=f)
    P = [c.n(v, dp, su, fmt=f) for v in vals]
    c.lines.append(r.choice([
        '%s：%s%s' % (Wd['name'], T, un),
        '%d年%s%s%s，构成如下：' % (y, Wd['name'], T, un),
        '【%s】合计%s%s' % (Wd['name'], T, un),
        '%s总量：%s%s' % (Wd['name'], T, un),
    ]))
    bullet = r.choice(['——', '· ', '- ', '', '  '])
    colon = r.choice(['：', ' ', ''])
    for nm, p in zip(names, P):
        c.lines.append('%s%s%s%s%s' % (bullet, nm, colon, p, un))
    c.c(rel='sum', parts=P, total=T)
    c.note = 'one part per line under header total'


TABLE_SEPS = ['\t', ' | ', '｜', '  ']


def t_table(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    un = Wd['suf'] + Wd['unit']
    sep = r.choice(TABLE_SEPS)
    f = 'full' if c.full else r.choice(['plain', 'plain', 'comma', 'cncomma'])
    T = c.n(tot, dp, fmt=f)
    P = [c.n(v, dp, fmt=f) for v in vals]
    rows = ['%s%s%s' % (nm, sep, p) for nm, p in zip(names, P)]
    trow = '%s%s%s' % (r.choice(['合计', '总计', '全市']), sep, T)
    head = '%s%s%s（%s）' % (r.choice(['项目', '类别', '分类']), sep, r.choice(['数量', Wd['name']]), un)
    body = [trow] + rows if r.random() < 0.4 else rows + [trow]
    title = r.choice(['表1 %d年%s构成' % (y, Wd['name']), '%d年%s情况表' % (y, Wd['name']), None])
    c.lines += ([title] if title else []) + [head] + body
    c.c(rel='sum', parts=P, total=T)
    c.note = 'flattened table, sep %r' % sep


def t_table2(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    unit = Decimal(1).scaleb(-dp)
    prev = []
    for v in vals:
        pv = qz(v * D(U(r, 0.75, 1.2)), dp)
        prev.append(pv if pv > 0 else unit)
    ptot = sum(prev)
    sep = r.choice(TABLE_SEPS)
    f = r.choice(['plain', 'plain', 'comma'])
    T0 = c.n(ptot, dp, fmt=f)
    T1 = c.n(tot, dp, fmt=f)
    P0 = [c.n(v, dp, fmt=f) for v in prev]
    P1 = [c.n(v, dp, fmt=f) for v in vals]
    c.lines.append('%s（单位：%s%s）' % (Wd['name'], Wd['suf'], Wd['unit']))
    c.lines.append('%s%s%d年%s%d年' % (r.choice(['项目', '类别']), sep, y - 1, sep, y))
    rows = ['%s%s%s%s%s' % (nm, sep, a, sep, b) for nm, a, b in zip(names, P0, P1)]
    trow = '%s%s%s%s%s' % (r.choice(['合计', '总计']), sep, T0, sep, T1)
    c.lines += ([trow] + rows) if r.random() < 0.4 else (rows + [trow])
    c.c(rel='sum', parts=P0, total=T0)
    c.c(rel='sum', parts=P1, total=T1)
    c.note = 'two-year table with total row'


MARKERS = [['一是', '二是', '三是', '四是', '五是', '六是'], ['①', '②', '③', '④', '⑤', '⑥'],
           ['（1）', '（2）', '（3）', '（4）', '（5）', '（6）'], ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'],
           ['1.', '2.', '3.', '4.', '5.', '6.']]


def t_items(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    k = len(names)
    mk = r.choice(MARKERS)
    cnt = c.n(k, 0, fmt=r.choice(['cn', 'cn', 'plain']), liang=True)
    T = c.n(tot, dp, su)
    P = [c.n(v, dp, su) for v in vals]
    lead = r.choice(Wd['leads'])
    intro = r.choice([
        '%s%s%s，按类型分为%s类：' % (lead, T, un, cnt),
        '%d年%s合计%s%s，主要包括以下%s个方面：' % (y, Wd['name'], T, un, cnt),
        '%s%s%s，分%s项统计：' % (lead, T, un, cnt),
    ])
    items = ['%s%s%s%s' % (mk[i], nm, p, un) for i, (nm, p) in enumerate(zip(names, P))]
    if mk[0] in ('（一）', '1.') or r.random() < 0.3:
        c.lines.append(intro)
        c.lines += [it + ('；' if i < k - 1 else '。') for i, it in enumerate(items)]
    else:
        c.lines.append(intro + '；'.join(items) + '。')
    c.c(rel='count_items', count=cnt, items=mk[:k])
    c.c(rel='sum', parts=P, total=T)
    c.note = 'numbered items under announced count'


HONOR = {'tourism': ['省级文明旅游示范单位', '智慧旅游示范景区', '省级旅游度假区'],
         'housing': ['住房公积金缴存先进单位', '归集扩面示范单位'],
         'market': ['守合同重信用企业', '放心消费示范单位', '食品安全示范企业'],
         'fire': ['标准化达标消防救援站', '执勤训练先进站'],
         'fisheries': ['省级水产健康养殖示范场', '渔业标准化生产基地']}


def t_names(c):
    r, y = c.r, c.year
    k = r.randint(3, 6)
    nm = c.names(k)
    cls = c.src['ent_cls']
    fmt = r.choice(['cn', 'plain'])
    cnt = c.n(k, 0, fmt=fmt, liang=True)
    honor = r.choice(HONOR[c.skey])
    fr = r.randrange(4)
    if fr == 0:
        s = '%d年，%s等%s%s被评为%s。' % (y, '、'.join(nm), cnt, cls[0], honor)
        c.num(cnt).only_down = True
    elif fr == 1:
        s = '%s名单共%s%s：%s。' % (honor, cnt, cls[1], '、'.join(nm))
    elif fr == 2:
        s = '全市%s%s%s（%s）通过%s复核。' % (cnt, cls[1], cls[2] if cls[2] != cls[1] else '', '、'.join(nm), honor)
    else:
        s = '%s、%s共%s%s获评%s。' % ('、'.join(nm[:-1]), nm[-1], cnt, cls[1] if r.random() < 0.5 else '个单位', honor)
    c.lines.append(s)
    c.c(rel='count_names', count=cnt, names=nm)
    c.note = 'named list with announced count'


def t_balance(c):
    r, y = c.r, c.year
    B = r.choice(c.src['balances'])
    dp, un = B['dp'], B['unit']
    unit = Decimal(1).scaleb(-dp)
    if B['kind'] == 'se':
        s0 = qz(U(r, B['lo'], B['hi']), dp)
        adds = [max(unit, qz(s0 * D(U(r, 0.05, 0.3)), dp)) for _ in range(1)]
        subs = [max(unit, qz(s0 * D(U(r, 0.01, 0.15)), dp)) for _ in B['sub']]
        e = s0 + sum(adds) - sum(subs)
        S = c.n(s0, dp)
        A = [c.n(a, dp) for a in adds]
        Sb = [c.n(b, dp) for b in subs]
        E = c.n(e, dp)
        addtxt = '%s%s%s' % (B['add'][0], A[0], un)
        subtxt = '、'.join('%s%s%s' % (nm, b, un) for nm, b in zip(B['sub'], Sb))
        s = r.choice([
            '%s%s%s%s，%d年%s，%s，%s%s%s。' % (B['start'], B['name'], S, un, y, addtxt, subtxt,
                                          r.choice(['年末为', '年末达到', '至年末共有']), E, un),
            '%s%s：%s%s%s，%s，%s，%s%s%s。' % (B['name'], '变动情况', B['start'], S, un, addtxt, subtxt, B['end'], E, un),
        ])
        c.lines.append(s)
        c.c(rel='balance', terms=[['+', S]] + [['+', a] for a in A] + [['-', b] for b in Sb], result=E)
    else:
        inc = qz(U(r, B['lo'], B['hi']), dp)
        exp = qz(inc * D(U(r, 0.55, 0.96)), dp)
        rest = inc - exp
        I, X, Rr = c.n(inc, dp), c.n(exp, dp), c.n(rest, dp)
        s = r.choice([
            '%d年%s%s%s%s，%s%s%s，%s%s%s。' % (y, B['name'], B['inc'], I, un, B['exp'], X, un, B['rest'], Rr, un),
            '%s：%s%s%s，%s%s%s，收支相抵后%s%s%s。' % (B['name'], B['inc'], I, un, B['exp'], X, un, B['rest'], Rr, un),
        ])
        c.lines.append(s)
        c.c(rel='balance', terms=[['+', I], ['-', X]], result=Rr)
    c.note = 'balance of %s' % B['name']


def t_increase(c):
    r, y = c.r, c.year
    Wd = c.whole()
    dp = r.choice(Wd['dp'])
    su, un = Wd['suf'], Wd['unit']
    a = qz(U(r, Wd['lo'], Wd['hi']), dp)
    up = r.random() < 0.7
    b = qz(a * D(U(r, 1.03, 1.4) if up else U(r, 0.65, 0.97)), dp)
    if a == b:
        raise Retry()
    A, B_ = c.n(a, dp, su), c.n(b, dp, su)
    C = c.n(abs(b - a), dp, su)
    nm = Wd['name']
    if up:
        s = r.choice([
            '%s由%d年的%s%s增加到%d年的%s%s，增加%s%s。' % (nm, y - 1, A, un, y, B_, un, C, un),
            '%s从上年的%s%s增至%s%s，净增%s%s。' % (nm, A, un, B_, un, C, un),
            '%s由%s%s增加到%s%s、增加%s%s，%s。' % (nm, A, un, B_, un, C, un, r.choice(NEUTRAL)),
        ])
        c.c(rel='balance', terms=[['+', B_], ['-', A]], result=C)
    else:
        s = r.choice([
            '%s由%d年的%s%s减少到%d年的%s%s，减少%s%s。' % (nm, y - 1, A, un, y, B_, un, C, un),
            '%s从上年的%s%s降至%s%s，减少%s%s。' % (nm, A, un, B_, un, C, un),
        ])
        c.c(rel='balance', terms=[['+', A], ['-', B_]], result=C)
    c.lines.append(s)
    c.note = 'from-to with stated change'


def t_subtotals(c):
    r, y = c.r, c.year
    name, su, un, dp, groups = c.src['nested']
    T0 = D(U(r, 10, 100)) * (D(1) if dp else D(r.choice([100, 1000])))
    leafw = [w for _, leaves in groups for _, w in leaves]
    vals = split_vals(r, T0, leafw, dp)
    i = 0
    gtxt, gnums = [], []
    for gname, leaves in groups:
        lv = vals[i:i + len(leaves)]
        i += len(leaves)
        L = [c.n(v, dp, su) for v in lv]
        G = c.n(sum(lv), dp, su)
        gnums.append(G)
        c.c(rel='sum', parts=L, total=G)
        inner = '、'.join('%s%s%s' % (ln, l, un) for (ln, _), l in zip(leaves, L))
        gtxt.append(r.choice(['%s%s%s（%s）' % (gname, G, un, inner),
                              '%s%s%s，其中%s' % (gname, G, un, inner)]))
    T = c.n(sum(vals), dp, su)
    c.c(rel='sum', parts=gnums, total=T)
    if r.random() < 0.5:
        c.lines.append('%d年%s%s%s。其中，%s。' % (y, name, T, un, '；'.join(gtxt)))
    else:
        c.lines.append('%s：' % name)
        c.lines += [g + '；' for g in gtxt]
        c.lines.append('总计%s%s。' % (T, un))
    c.note = 'subtotals and grand total'


PERIODS = [(['一季度', '二季度', '三季度', '四季度'], '全年'), (['1月', '2月', '3月', '4月', '5月', '6月'], '上半年'),
           (['上半年', '下半年'], '全年'), (['第一季度', '第二季度', '第三季度'], '前三季度')]


def t_periods(c):
    r, y = c.r, c.year
    Wd = c.whole()
    dp = r.choice(Wd['dp'])
    su, un = Wd['suf'], Wd['unit']
    pers, whole = r.choice(PERIODS)
    T0 = U(r, Wd['lo'], Wd['hi'])
    vals = split_vals(r, T0, [(0.8, 1.2)] * len(pers), dp)
    inline = r.random() < 0.6
    P = [c.n(v, dp, su if inline else '') for v in vals]
    T = c.n(sum(vals), dp, su if inline else '')
    if inline:
        items = joinlist(r, ['%s%s%s' % (p, v, un) for p, v in zip(pers, P)], ('，', '；', '、'))
        c.lines.append(r.choice([
            '分时段看，%d年%s%s，%s%s%s。' % (y, Wd['name'], items, whole, T, un),
            '%d年%s%s，%s合计%s%s。' % (y, Wd['name'], items, whole, T, un),
        ]))
    else:
        c.lines.append('%d年%s分期情况（%s%s）' % (y, Wd['name'], su, un))
        for p, v in zip(pers, P):
            c.lines.append('%s：%s' % (p, v))
        c.lines.append('%s合计：%s' % (whole, T))
    c.c(rel='sum', parts=P, total=T)
    c.note = 'periods adding up to %s' % whole


def t_sentences(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    P = [c.n(v, dp, su) for v in vals]
    T = c.n(tot, dp, su)
    sents = []
    for nm, p in zip(names, P):
        sents.append(r.choice(['%s方面，全年%s%s。' % (nm, p, un), '%s%s%s，%s。' % (nm, p, un, r.choice(NEUTRAL)),
                               '%s为%s%s。' % (nm, p, un)]))
    end = r.choice(['以上各项合计%s%s。' % (T, un), '全年%s总计%s%s。' % (Wd['name'], T, un),
                    '%s共计%s%s。' % (Wd['name'], T, un)])
    if r.random() < 0.5:
        c.lines.append(''.join(sents) + end)
    else:
        c.lines += sents + [end]
    c.c(rel='sum', parts=P, total=T)
    c.note = 'parts in separate sentences, total at end'


def t_malefemale(c):
    r, y = c.r, c.year
    name, un, lo, hi = c.src['mf']
    T0 = int(U(r, lo, hi))
    f = int(T0 * U(r, 0.25, 0.65))
    m = T0 - f
    if f <= 0 or m <= 0:
        raise Retry()
    M, F, T = c.n(m), c.n(f), c.n(m + f)
    s = r.choice([
        '%s%s%s，其中男性%s%s、女性%s%s。' % (name, T, un, M, un, F, un),
        '%s中，男%s%s，女%s%s，共%s%s。' % (name, M, un, F, un, T, un),
        '%d年%s%s%s（男性%s%s，女性%s%s）。' % (y, name, T, un, M, un, F, un),
        '%s%s%s，其中女性%s%s、男性%s%s。' % (name, T, un, F, un, M, un),
    ])
    c.lines.append(s)
    c.c(rel='sum', parts=[M, F], total=T)
    c.note = 'male/female split'


WANYI = {
    'tourism': [W('旅游总收入', ['实现旅游总收入', '全年旅游总收入'], '亿', '元', 3, 90, [2],
                  [('国内旅游收入', (90, 99)), ('旅游外汇收入', (1, 9))]),
                W('接待游客', ['全年接待游客'], '亿', '人次', 1, 12, [2],
                  [('国内游客', (90, 99)), ('入境游客', (1, 9))])],
    'housing': [W('缴存额', ['全年缴存住房公积金', '归集住房公积金'], '亿', '元', 2, 60, [2],
                  [('机关事业单位', (30, 45)), ('企业', (40, 60)), ('其他单位', (5, 12))]),
                W('提取额', ['提取住房公积金'], '亿', '元', 2, 50, [2],
                  [('住房消费类', (70, 85)), ('非住房消费类', (15, 30))])],
    'market': [W('新设企业注册资本', ['新设企业注册资本', '新登记企业注册资本总额'], '亿', '元', 5, 300, [2],
                 [('内资企业', (80, 92)), ('外资企业', (3, 10)), ('个人独资和合伙企业', (3, 10))])],
    'fire': [W('直接财产损失', ['火灾造成直接财产损失', '全年火灾直接财产损失'], '亿', '元', 1, 6, [2],
               [('住宅火灾', (25, 40)), ('工业厂房火灾', (30, 45)), ('其他场所火灾', (15, 30))]),
             W('消防业务经费', ['全年投入消防业务经费'], '亿', '元', 1, 9, [2],
               [('装备购置', (35, 50)), ('营房建设', (20, 35)), ('训练保障', (15, 25))])],
    'fisheries': [W('渔业产值', ['实现渔业产值', '全年渔业产值'], '亿', '元', 5, 120, [2],
                    [('海水养殖', (35, 50)), ('淡水养殖', (20, 30)), ('捕捞', (15, 30))])],
}


def t_wanyi(c):
    r, y = c.r, c.year
    Wd = r.choice(WANYI[c.skey])
    pdp = r.choice([0, 0, 1, 2])
    T0 = U(r, Wd['lo'], Wd['hi']) * 10000
    vals = split_vals(r, T0, [w for _, w in Wd['parts']], pdp)
    s = sum(vals)
    fr = Fraction(s) / 10000
    if is_tie(fr, 2):
        raise Retry()
    tot = qz(fr, 2)
    un = Wd['unit']
    T = c.n(tot, 2, '亿')
    P = [c.n(v, pdp, '万') for v in vals]
    items = joinlist(r, parts_phr([nm for nm, _ in Wd['parts']], P, un), ('、', '，', '；'))
    lead = r.choice(Wd['leads'])
    c.lines.append(r.choice([
        '%s%s%s，其中%s。' % (lead, T, un, items),
        '%d年，%s，%s合计%s%s。' % (y, items, Wd['name'], T, un),
        '%s%s%s（%s）。' % (lead, T, un, items),
    ]))
    c.c(rel='sum', parts=P, total=T)
    c.note = 'whole in 亿, parts in 万 (total rounded to 0.01亿)'


def t_chinese(c):
    r, y = c.r, c.year
    name, un, parts = r.choice(c.src['small'])
    vals = [r.randint(int(lo), int(hi)) for _, (lo, hi) in parts]
    if r.random() < 0.15:
        vals = [v * r.choice([37, 53, 71]) + r.randint(0, 9) for v in vals]
    P = [c.n(v, 0, fmt='cn', liang=r.random() < 0.5) for v in vals]
    T = c.n(sum(vals), 0, fmt='cn', liang=r.random() < 0.6)
    items = '、'.join('%s%s%s' % (nm, p, un) for (nm, _), p in zip(parts, P))
    c.lines.append(r.choice([
        '全%s共有%s%s%s，其中%s。' % (c.place[-1], name, T, un, items),
        '%s：%s，合计%s%s。' % (name, items, T, un),
        '截至%d年底，%s总数为%s%s（%s）。' % (y, name, T, un, items),
    ]))
    c.c(rel='sum', parts=P, total=T)
    c.note = 'chinese numerals'


def t_fullwidth(c):
    c.full = True
    c.r.choice([t_qizhong, t_heji, t_brackets, t_fenbie])(c)
    c.note += ' (full-width digits)'


# =====================================================================================
# Part 6.  PCT CONSTRUCTIONS
# =====================================================================================

def rphr(Rs, key, ph):
    return Rs[key].replace('{%s}' % key, ph)


def p_rate_after(c):
    r, y = c.r, c.year
    Rs = r.choice(c.src['rates'])
    den, num, pct, ddp, rdp = rate_vals(c, Rs)
    Dp, Np = c.n(den, ddp), c.n(num, ddp)
    Pp = c.n(pct, rdp, pct=True)
    verb = r.choice(['为', '达', '达到', ''])
    c.lines.append(r.choice([
        '%d年%s，%s，%s%s%s。' % (y, rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], verb, Pp),
        '%s，%s，%s%s%s，%s。' % (rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], verb, Pp, r.choice(NEUTRAL)),
        '全年%s、%s，%s%s%s。' % (rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], verb, Pp),
        '%d年%s，%s（%s%s%s）。' % (y, rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], verb, Pp),
    ]))
    c.c(rel='rate', num=Np, den=Dp, pct=Pp)
    c.note = '%s after its numbers' % Rs['rate']


def p_rate_before(c):
    r, y = c.r, c.year
    Rs = r.choice(c.src['rates'])
    den, num, pct, ddp, rdp = rate_vals(c, Rs)
    Pp = c.n(pct, rdp, pct=True)
    fr = r.randrange(3)
    if fr == 1:
        Dp, Np = c.n(den, ddp, fmt='plain'), c.n(num, ddp, fmt='plain')
        c.lines.append('%d年%s%s%s（%s/%s），%s。' % (y, Rs['rate'], r.choice(['为', '达到']), Pp, Np, Dp,
                                                   r.choice(NEUTRAL)))
    else:
        Dp, Np = c.n(den, ddp), c.n(num, ddp)
        if fr == 0:
            c.lines.append('%s达到%s。全年%s，%s。' % (Rs['rate'], Pp, rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np)))
        else:
            c.lines.append('%s为%s：%s，%s。' % (Rs['rate'], Pp, rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np)))
    c.c(rel='rate', num=Np, den=Dp, pct=Pp)
    c.note = 'rate stated before its numbers'


def p_rate_brackets(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    rdp = r.choice([1, 1, 2])
    shares = [need(pct_of(v, tot, rdp)) for v in vals]
    T = c.n(tot, dp, su)
    P = [c.n(v, dp, su) for v in vals]
    S = [c.n(s, rdp, pct=True) for s in shares]
    form = r.choice(['%s%s%s（占%s）', '%s%s%s，占%s', '%s%s%s、占比%s', '%s%s%s（%s）'])
    items = '；'.join(form % (nm, p, un, s) for nm, p, s in zip(names, P, S)) if '，' in form else \
        r.choice(['，', '；']).join(form % (nm, p, un, s) for nm, p, s in zip(names, P, S))
    lead = r.choice(Wd['leads'])
    c.lines.append('%s%s%s，其中%s。' % (lead, T, un, items))
    c.c(rel='sum', parts=P, total=T)
    for p, s in zip(P, S):
        c.c(rel='rate', num=p, den=T, pct=s)
    c.note = 'parts with shares in brackets'


def p_two_rates(c):
    r, y = c.r, c.year
    R1, R2 = r.sample(c.src['rates'], 2)
    segs = []
    for Rs in (R1, R2):
        den, num, pct, ddp, rdp = rate_vals(c, Rs)
        Dp, Np, Pp = c.n(den, ddp), c.n(num, ddp), c.n(pct, rdp, pct=True)
        segs.append('%s，%s，%s%s' % (rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], Pp))
        c.c(rel='rate', num=Np, den=Dp, pct=Pp)
    c.lines.append('%d年%s；%s。' % (y, segs[0], segs[1]))
    c.note = 'two rates over different bases in one sentence'


def p_pass_fail(c):
    r, y = c.r, c.year
    Rs = r.choice([x for x in c.src['rates'] if x['F']])
    den, num, pct, ddp, rdp = rate_vals(c, Rs)
    fail = den - num
    fpct = need(pct_of(fail, den, rdp))
    Dp, Np, Fp = c.n(den, ddp), c.n(num, ddp), c.n(fail, ddp)
    P1, P2 = c.n(pct, rdp, pct=True), c.n(fpct, rdp, pct=True)
    Dt, Nt, Ft = rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), rphr(Rs, 'F', Fp)
    c.lines.append(r.choice([
        '%s，%s、%s，%s%s、%s%s。' % (Dt, Nt, Ft, Rs['rate'], P1, Rs['frate'], P2),
        '%d年%s，%s，%s；%s和%s分别为%s和%s。' % (y, Dt, Nt, Ft, Rs['rate'], Rs['frate'], P1, P2),
        '%s，其中%s（%s%s）、%s（%s%s）。' % (Dt, Nt, Rs['rate'], P1, Ft, Rs['frate'], P2),
    ]))
    c.c(rel='sum', parts=[Np, Fp], total=Dp)
    c.c(rel='rate', num=Np, den=Dp, pct=P1)
    c.c(rel='rate', num=Fp, den=Dp, pct=P2)
    c.note = 'pass and fail rate together'


def p_target(c):
    r, y = c.r, c.year
    lead, su, un, dp, lo, hi = c.src['target']
    g = D(U(r, lo, hi))
    if dp == 0:
        mag = 10 ** max(0, len(str(int(g))) - 2)
        goal = D(int(g / mag) * mag)
    else:
        goal = qz(g, 0) if g > 20 else qz(g, 1)
    if goal <= 0:
        raise Retry()
    act = qz(goal * D(U(r, 0.82, 1.35)), dp)
    rdp = r.choice([1, 1, 2])
    pct = need(pct_of(act, goal, rdp))
    A, G = c.n(act, dp, su), c.n(goal, 0 if goal == goal.to_integral() else 1, su)
    Pp = c.n(pct, rdp, pct=True)
    c.lines.append(r.choice([
        '%d年%s%s%s，为年度目标任务%s%s的%s。' % (y, lead, A, un, G, un, Pp),
        '%s%s%s，完成年度目标（%s%s）的%s。' % (lead, A, un, G, un, Pp),
        '年度计划%s%s%s，实际完成%s%s，目标完成率%s。' % (lead, G, un, A, un, Pp),
    ]))
    c.c(rel='rate', num=A, den=G, pct=Pp)
    c.note = 'completion of a target (%s)' % ('over 100' if act > goal else 'under 100')


SCALE = {'': 1, '万': 10000, '亿': 100000000}


def p_per(c):
    r, y = c.r, c.year
    pc = c.src['percap']
    nlead, nsuf, nun, ndp, nlo, nhi = pc['num']
    dlead, dsuf, dun, ddp = pc['den']
    pname, psuf, pun, pdp = pc['per']
    nv = qz(U(r, nlo, nhi), ndp)
    target = D(U(r, *pc['ratio']))
    dabs = nv * SCALE[nsuf] / (target * SCALE[psuf])
    dv = qz(dabs / SCALE[dsuf], ddp)
    if dv <= 0:
        raise Retry()
    fr = Fraction(nv * SCALE[nsuf]) / Fraction(dv * SCALE[dsuf]) / SCALE[psuf]
    if is_tie(fr, pdp):
        raise Retry()
    pv = qz(fr, pdp)
    N = c.n(nv, ndp, nsuf)
    Dn = c.n(dv, ddp, dsuf)
    V = c.n(pv, pdp, psuf)
    if nlead == dlead:
        s = '%d年%s%s%s、%s%s，%s%s%s。' % (y, nlead, Dn, dun, N, nun, pname, V, pun)
    else:
        s = r.choice(['%d年%s%s%s，%s%s%s，%s%s%s。' % (y, nlead, N, nun, dlead, Dn, dun, pname, V, pun),
                      '%s%s%s，%s%s%s，据此测算%s为%s%s。' % (dlead, Dn, dun, nlead, N, nun, pname, V, pun)])
    c.lines.append(s)
    c.c(rel='per', num=N, den=Dn, value=V)
    c.note = 'per-unit average %s' % pname


def p_shares100(c):
    r, y = c.r, c.year
    Wd = c.whole(3) if any(len(w['parts']) >= 3 for w in c.src['wholes']) else c.whole()
    names, vals, tot, dp = split(c, Wd)
    sdp = r.choice([1, 1, 2])
    sh = [qz(Fraction(v) / Fraction(tot) * 100, sdp) for v in vals]
    diff = 100 - sum(sh)
    i = sh.index(max(sh))
    sh[i] += diff
    if any(s <= 0 for s in sh):
        raise Retry()
    S = [c.n(s, sdp, pct=True) for s in sh]
    items = '，'.join('%s占%s' % (nm, s) for nm, s in zip(names, S))
    c.lines.append(r.choice([
        '从构成看，%d年%s中%s。' % (y, Wd['name'], items),
        '%s结构：%s。' % (Wd['name'], items),
        '按类别分，%s。' % items,
    ]))
    c.c(rel='share_sum', shares=S)
    c.note = 'shares of one whole adding to 100'


def pick_rate_pair(c):
    r = c.r
    Rs = r.choice(c.src['rates'])
    lo, hi = Rs['r']
    dp = r.choice([1, 1, 2])
    old = qz(U(r, lo, hi), dp)
    delta = qz(U(r, 0.3, 6), dp)
    up = r.random() < 0.6
    new = old + delta if up else old - delta
    if new <= 0 or new >= 100 or old >= 100 or delta <= 0:
        raise Retry()
    return Rs, old, new, delta, dp, up


def p_pp(c):
    r, y = c.r, c.year
    Rs, old, new, delta, dp, up = pick_rate_pair(c)
    O, Nw = c.n(old, dp, pct=True), c.n(new, dp, pct=True)
    Dd = c.n(delta, dp, ratey=True)
    w = '提高' if up else '下降'
    c.lines.append(r.choice([
        '%s由%d年的%s%s到%s，%s%s个百分点。' % (Rs['rate'], y - 1, O, w, Nw, w, Dd),
        '%d年%s%s，比上年（%s）%s%s个百分点。' % (y, Rs['rate'], Nw, O, w, Dd),
        '%s为%s，较上年的%s%s%s个百分点。' % (Rs['rate'], Nw, O, w, Dd),
    ]))
    c.c(rel='pp', new=Nw, old=O, diff=Dd, dir='up' if up else 'down')
    c.note = '个百分点 with both rates'


def growth_vals(c, Wd, lo=-25, hi=45):
    r = c.r
    dp = r.choice(Wd['dp'])
    prev = qz(U(r, Wd['lo'], Wd['hi']), dp)
    g = U(r, lo, hi)
    if abs(g) < 0.5:
        g = 3.0
    cur = qz(prev * D(1 + g / 100), dp)
    gdp = r.choice([1, 1, 2])
    fr = (Fraction(cur) - Fraction(prev)) / Fraction(prev) * 100
    if is_tie(abs(fr), gdp) or cur == prev:
        raise Retry()
    return prev, cur, qz(abs(fr), gdp), dp, gdp, fr > 0


def p_growth(c):
    r, y = c.r, c.year
    Wd = c.whole()
    prev, cur, g, dp, gdp, up = growth_vals(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    Pv, Cu, G = c.n(prev, dp, su), c.n(cur, dp, su), c.n(g, gdp, pct=True)
    w = '增长' if up else '下降'
    lead = r.choice(Wd['leads'])
    c.lines.append(r.choice([
        '%d年%s%s%s，较上年的%s%s%s%s。' % (y, lead, Cu, un, Pv, un, w, G),
        '%s%s%s，比%d年（%s%s）%s%s。' % (lead, Cu, un, y - 1, Pv, un, w, G),
        '%s由上年的%s%s%s到%s%s，%s%s。' % (Wd['name'], Pv, un, '增长' if up else '减少', Cu, un,
                                       '增幅' if up else '降幅', G),
    ]))
    c.c(rel='growth', cur=Cu, prev=Pv, pct=G, dir='up' if up else 'down')
    c.note = 'growth with both years'


def p_same_period(c):
    r, y = c.r, c.year
    Wd = c.whole()
    prev, cur, g, dp, gdp, up = growth_vals(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    Pv, Cu, G = c.n(prev, dp, su), c.n(cur, dp, su), c.n(g, gdp, pct=True)
    w = '增长' if up else '下降'
    m = r.choice([3, 6, 9, 10, 11])
    lead = r.choice(Wd['leads'])
    c.lines.append(r.choice([
        '1—%d月，%s%s%s，上年同期为%s%s，同比%s%s。' % (m, lead, Cu, un, Pv, un, w, G),
        '%d年1至%d月%s%s%s，同比%s%s（上年同期%s%s）。' % (y, m, lead, Cu, un, w, G, Pv, un),
        '前%s个月%s%s%s，同比%s%s，上年同期为%s%s。' % (CN_IDX[m - 1] if m <= 10 else str(m), lead, Cu, un, w, G,
                                              Pv, un),
    ]))
    c.c(rel='growth', cur=Cu, prev=Pv, pct=G, dir='up' if up else 'down')
    c.note = '上年同期为 comparison'


def p_table_share(c):
    r, y = c.r, c.year
    Wd = c.whole()
    names, vals, tot, dp = split(c, Wd)
    rdp = r.choice([1, 1, 2])
    shares = [need(pct_of(v, tot, rdp)) for v in vals]
    sep = r.choice(TABLE_SEPS)
    f = r.choice(['plain', 'plain', 'comma'])
    T = c.n(tot, dp, fmt=f)
    P = [c.n(v, dp, fmt=f) for v in vals]
    S = [c.n(s, rdp, pct=True) for s in shares]
    c.lines.append('%d年%s构成' % (y, Wd['name']))
    c.lines.append('%s%s%s（%s%s）%s占比' % (r.choice(['类别', '项目']), sep, r.choice(['数量', '规模']),
                                         Wd['suf'], Wd['unit'], sep))
    rows = ['%s%s%s%s%s' % (nm, sep, p, sep, s) for nm, p, s in zip(names, P, S)]
    trow = '%s%s%s%s%s' % (r.choice(['合计', '总计']), sep, T, sep, '—')
    c.lines += ([trow] + rows) if r.random() < 0.3 else (rows + [trow])
    c.c(rel='sum', parts=P, total=T)
    for p, s in zip(P, S):
        c.c(rel='rate', num=p, den=T, pct=s)
    c.note = 'table with 占比 column'


def p_table_growth(c):
    r, y = c.r, c.year
    seen, ws = set(), []
    for w in r.sample(c.src['wholes'], len(c.src['wholes'])):
        if w['name'] not in seen:
            seen.add(w['name'])
            ws.append(w)
    ws = ws[:r.choice([2, 3])]
    sep = r.choice(TABLE_SEPS)
    c.lines.append('%s%s单位%s%d年%s%d年%s增长' % (r.choice(['指标', '项目']), sep, sep, y - 1, sep, y, sep))
    for Wd in ws:
        prev, cur, g, dp, gdp, up = growth_vals(c, Wd, -20, 40)
        Pv, Cu = c.n(prev, dp), c.n(cur, dp)
        G = c.n(g if up else -g, gdp, pct=True)
        c.lines.append('%s%s%s%s%s%s%s%s%s%s%s' % (Wd['name'], sep, Wd['suf'] + Wd['unit'], sep, Pv, sep, Cu, sep, G,
                                                   '', ''))
        c.c(rel='growth', cur=Cu, prev=Pv, pct=G, dir='up')
    c.note = 'two-year table with growth column (signed)'


def p_rate_cn(c):
    r, y = c.r, c.year
    Rs = c.src['cn_rate']
    den, num, pct, ddp, rdp = rate_vals(c, Rs)
    Dp = c.n(den, 0, fmt='cn', liang=r.random() < 0.5)
    Np = c.n(num, 0, fmt='cn', liang=r.random() < 0.5)
    Pp = c.n(pct, rdp, pct=True)
    c.lines.append(r.choice([
        '%d年%s，%s，%s%s。' % (y, rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], Pp),
        '%s，%s，%s达到%s。' % (rphr(Rs, 'D', Dp), rphr(Rs, 'N', Np), Rs['rate'], Pp),
    ]))
    c.c(rel='rate', num=Np, den=Dp, pct=Pp)
    c.note = 'rate over chinese-numeral counts'


def p_rate_combined(c):
    r, y = c.r, c.year
    if c.skey == 'housing' and r.random() < 0.6:
        dp = 2
        bal = qz(U(r, 20, 900), dp)
        loan = qz(bal * D(U(r, 0.6, 0.9)), dp)
        bond = qz(bal * D(U(r, 0.001, 0.03)), dp)
        if bond <= 0:
            raise Retry()
        rdp = r.choice([1, 2])
        pct = need(pct_of(loan + bond, bal, rdp))
        Bp, Lp, Gp = c.n(bal, dp), c.n(loan, dp), c.n(bond, dp)
        Pp = c.n(pct, rdp, pct=True)
        c.lines.append('年末缴存余额%s亿元，个人住房贷款余额%s亿元、购买国债余额%s亿元，住房公积金使用率%s。'
                       % (Bp, Lp, Gp, Pp))
        c.c(rel='rate', num=[Lp, Gp], den=Bp, pct=Pp)
        c.note = '使用率 over a sum of two balances'
        return
    Wd = c.whole(3)
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    rdp = r.choice([1, 2])
    pct = need(pct_of(vals[0] + vals[1], tot, rdp))
    T = c.n(tot, dp, su)
    P = [c.n(v, dp, su) for v in vals]
    Pp = c.n(pct, rdp, pct=True)
    items = '、'.join(parts_phr(names, P, un))
    c.lines.append('%s%s%s，其中%s，%s和%s占比合计%s。' % (r.choice(Wd['leads']), T, un, items, names[0], names[1], Pp))
    c.c(rel='sum', parts=P, total=T)
    c.c(rel='rate', num=[P[0], P[1]], den=T, pct=Pp)
    c.note = 'combined share of two parts'


# =====================================================================================
# Part 7.  NEGATIVE CONSTRUCTIONS (look-alikes that must not be flagged)
# =====================================================================================

def n_partial(c):
    r, y = c.r, c.year
    Wd = c.whole(2)
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    k = len(names)
    # keep the largest parts but drop at least one, or inflate the total for 2-part wholes
    order = sorted(range(k), key=lambda i: -vals[i])
    keep = sorted(order[:max(1, k - r.randint(1, max(1, k - 2)))]) if k >= 3 else [order[0]]
    if k == 2:
        extra = max(Decimal(1).scaleb(-dp), qz(tot * D(U(r, 0.03, 0.2)), dp))
        tot = tot + extra
    if len(keep) == 1 and k >= 3:
        keep = sorted(order[:2])
    T = c.n(tot, dp, su)
    P = [c.n(vals[i], dp, su) for i in keep]
    ph = ['%s%s%s' % (names[i], p, un) for i, p in zip(keep, P)]
    lead = r.choice(Wd['leads'])
    fr = r.randrange(5)
    if fr == 0 or len(keep) == 1:
        marker = '等'
        s = '%s%s%s，其中%s等。' % (lead, T, un, '、'.join(ph))
        if len(keep) == 1:
            s = '%s%s%s，以%s等为主。' % (lead, T, un, ph[0])
    elif fr == 1:
        marker = '主要有'
        s = '%s%s%s，主要有%s。' % (lead, T, un, '、'.join(ph))
    elif fr == 2:
        marker = '数量较多的是'
        s = '%s%s%s，数量较多的是%s。' % (lead, T, un, and_join(r, ['%s（%s%s）' % (names[i], p, un) for i, p in zip(keep, P)]))
    elif fr == 3:
        marker = '其中较多的是'
        s = '%s%s%s，其中较多的是%s。' % (lead, T, un, '、'.join(ph))
    else:
        marker = '等'
        s = '%d年%s%s%s，涵盖%s等%s。' % (y, lead, T, un, '、'.join(ph), r.choice(['类别', '领域', '方面']))
    c.lines.append(s)
    c.c(rel='neg', kind='partial_list', marker=marker, numbers=P + [T])
    c.note = 'partial list marked by %s: parts fall short of the total' % marker


def n_approx(c):
    r, y = c.r, c.year
    Wd = c.whole(2)
    names, vals, tot, dp = split(c, Wd)
    su, un = Wd['suf'], Wd['unit']
    if tot < 20:
        raise Retry()
    mag = D(10) ** max(0, len(str(int(tot))) - 2)
    fr = r.randrange(5)
    if fr == 0:
        marker, approx = '约', qz(tot / mag, 0) * mag
    elif fr == 1:
        marker, approx = '近', (qz(tot / mag, 0) + (1 if qz(tot / mag, 0) * mag <= tot else 0)) * mag
    elif fr == 2:
        marker, approx = '余', (tot / mag).to_integral_value(rounding='ROUND_FLOOR') * mag
    elif fr == 3:
        marker, approx = '左右', qz(tot / mag, 0) * mag
    else:
        marker, approx = '超过', (tot / mag).to_integral_value(rounding='ROUND_FLOOR') * mag
    if approx == tot:
        approx = approx + mag if marker in ('近',) else approx
        if approx == tot:
            raise Retry()
    P = [c.n(v, dp) for v in vals]
    A = c.n(approx, 0)
    items = '、'.join('%s%s%s%s' % (nm, p, su, un) for nm, p in zip(names, P))
    lead = r.choice(Wd['leads'])
    if marker == '余':
        s = '%s%s余%s%s，其中%s。' % (lead, A, su, un, items)
    elif marker == '左右':
        s = '%s，合计%s%s%s左右。' % (items, A, su, un)
    else:
        s = r.choice(['%s%s%s%s%s，其中%s。' % (lead, marker, A, su, un, items),
                      '%s，合计%s%s%s%s。' % (items, marker, A, su, un)])
    c.lines.append(s)
    c.c(rel='neg', kind='approx_total', marker=marker, numbers=P + [A])
    c.note = 'approximate total with %s' % marker


OVW = {'tourism': ('全年接待游客', '万', '人次', 300, 9000, 1), 'housing': ('年末实缴职工', '', '人', 20000, 900000, 0),
       'market': ('全年新登记市场主体', '', '户', 3000, 90000, 0), 'fire': ('全年接警出动', '', '起', 1500, 40000, 0),
       'fisheries': ('全年水产品总产量', '万', '吨', 3, 300, 2)}


def n_overlap_cum(c):
    r, y = c.r, c.year
    fr = r.randrange(3)
    if fr == 0:
        olead, su, un, lo, hi, dp = OVW[c.skey]
        Wd = dict(leads=[olead])
        tot = qz(U(r, lo, hi), dp)
        pre, dims = c.src['overlap']
        d2 = r.sample(dims, 2)
        vals = [qz(tot * D(U(r, *w)) / 100, dp) for _, w in d2]
        if any(v <= 0 for v in vals) or sum(vals) <= tot:
            raise Retry()
        T = c.n(tot, dp, su)
        V = [c.n(v, dp, su) for v in vals]
        lead = r.choice(Wd['leads'])
        c.lines.append(r.choice([
            '%s%s%s。%s，%s%s%s，%s%s%s（按不同口径统计，存在交叉）。' % (lead, T, un, pre, d2[0][0], V[0], un,
                                                        d2[1][0], V[1], un),
            '%s%s%s。%s，%s达%s%s；同时，%s达%s%s。' % (lead, T, un, pre, d2[0][0], V[0], un, d2[1][0], V[1], un),
            '%s%s%s，%s%s%s%s，%s%s%s。' % (lead, T, un, pre, d2[0][0], V[0], un, d2[1][0], V[1], un),
        ]))
        c.c(rel='neg', kind='overlap', marker=d2[1][0], numbers=V + [T])
        c.note = 'overlapping subsets of different dimensions'
    elif fr == 1:
        B = r.choice([b for b in c.src['balances'] if b['kind'] == 'se'])
        dp, un = B['dp'], B['unit']
        cum = qz(U(r, B['lo'], B['hi']), dp)
        new = qz(cum * D(U(r, 0.03, 0.25)), dp)
        if new <= 0:
            raise Retry()
        Cm, Nw = c.n(cum, dp), c.n(new, dp)
        c.lines.append(r.choice([
            '截至%d年底，%s累计达到%s%s，当年%s%s%s。' % (y, B['name'], Cm, un, B['add'][0], Nw, un),
            '%d年%s%s%s，%s总量累计%s%s。' % (y, B['add'][0], Nw, un, B['name'], Cm, un),
        ]))
        c.c(rel='neg', kind='cumulative_vs_new', marker='累计', numbers=[Cm, Nw])
        c.note = 'cumulative stock vs new additions'
    else:
        W1, W2 = r.sample([w for w in c.src['wholes']], 2)
        if W1['name'] == W2['name']:
            raise Retry()
        names, vals, tot, dp = split(c, W1)
        T = c.n(tot, dp, W1['suf'])
        P = [c.n(v, dp, W1['suf']) for v in vals]
        dp2 = r.choice(W2['dp'])
        T2 = c.n(qz(U(r, W2['lo'], W2['hi']), dp2), dp2, W2['suf'])
        c.lines.append('%s%s%s，%s%s%s，其中%s。' % (r.choice(W2['leads']), T2, W2['unit'], r.choice(W1['leads']), T,
                                                W1['unit'], '、'.join(parts_phr(names, P, W1['unit']))))
        c.c(rel='sum', parts=P, total=T)
        c.c(rel='neg', kind='two_wholes', marker=W2['name'][:2], numbers=[T2, T])
        c.note = 'two different wholes side by side (second one adds up)'


def n_identifiers(c):
    r, y = c.r, c.year
    ids = r.sample(c.src['idents'], r.choice([1, 2]))
    ids = [x.replace('@', c.place[:1]) for x in ids]
    Wd = c.whole()
    dp = r.choice(Wd['dp'])
    T = c.n(qz(U(r, Wd['lo'], Wd['hi']), dp), dp, Wd['suf'])
    m, d = r.randint(1, 12), r.randint(1, 28)
    date = '%d年%d月%d日' % (y, m, d)
    s = r.choice([
        '%s，%s。%s，%s%s%s。' % (date, '，'.join(ids), '全年', r.choice(Wd['leads']), T, Wd['unit']),
        '%s%s%s。%s。' % (r.choice(Wd['leads']), T, Wd['unit'], '；'.join(ids)),
        '（%s）%s，%s%s%s。' % (date, '，'.join(ids), r.choice(Wd['leads']), T, Wd['unit']),
    ])
    c.lines.append(s)
    for x in ids:
        c.c(rel='neg', kind='identifier', marker=x, numbers=re.findall(r'\d+', x))
    if date in s:
        c.c(rel='neg', kind='identifier', marker=date, numbers=[str(y), str(m), str(d)])
    c.note = 'identifiers, dates, model numbers, hotlines, 1+X style labels'


def n_growth100(c):
    r, y = c.r, c.year
    Wd = c.whole()
    su, un = Wd['suf'], Wd['unit']
    lead = r.choice(Wd['leads'])
    fr = r.randrange(3)
    if fr == 0:
        dp = r.choice(Wd['dp'])
        prev = qz(U(r, Wd['lo'], Wd['hi']) / 3, dp)
        cur = qz(prev * D(U(r, 2.05, 3.8)), dp)
        gdp = r.choice([1, 2])
        fr_ = (Fraction(cur) - Fraction(prev)) / Fraction(prev) * 100
        if prev <= 0 or is_tie(fr_, gdp):
            raise Retry()
        Pv, Cu, G = c.n(prev, dp, su), c.n(cur, dp, su), c.n(qz(fr_, gdp), gdp, pct=True)
        c.lines.append('%d年%s%s%s，较上年的%s%s增长%s，%s。' % (y, lead, Cu, un, Pv, un, G, r.choice(NEUTRAL)))
        c.c(rel='growth', cur=Cu, prev=Pv, pct=G, dir='up')
        c.c(rel='neg', kind='growth_over_100', marker='增长', numbers=[G])
        c.note = 'growth above 100 % with both values (holds)'
    elif fr == 1:
        G = c.n(qz(U(r, 101, 380), 1), 1, pct=True)
        c.lines.append('%d年%s同比增长%s，%s。' % (y, Wd['name'], G, r.choice(['增速位居全省前列', '主要受低基数影响'])))
        c.c(rel='neg', kind='growth_over_100', marker='同比增长', numbers=[G])
        c.note = 'growth above 100 % without a base'
    else:
        k = c.n(qz(U(r, 1.1, 4.5), 1), 1)
        c.lines.append('%s较上年增长%s倍，%s。' % (Wd['name'], k, r.choice(NEUTRAL)))
        c.c(rel='neg', kind='multiple_times', marker='倍', numbers=[k])
        c.note = 'growth stated as 倍'


def n_pp_nobase(c):
    r, y = c.r, c.year
    Rs = r.choice(c.src['rates'])
    dp = r.choice([1, 2])
    d = c.n(qz(U(r, 0.2, 6), dp), dp)
    w = r.choice(['提高', '下降', '上升'])
    if r.random() < 0.5:
        c.lines.append('%d年%s比上年%s%s个百分点。' % (y, Rs['rate'], w, d))
        nums = [d]
    else:
        nw = c.n(qz(U(r, *Rs['r']), dp), dp, pct=True)
        c.lines.append('%s达到%s，较上年%s%s个百分点。' % (Rs['rate'], nw, w, d))
        nums = [d, nw]
    c.c(rel='neg', kind='pp_no_base', marker='个百分点', numbers=nums)
    c.note = '个百分点 without the base rate'


def n_overlap_shares(c):
    r, y = c.r, c.year
    pre, dims = c.src['overlap']
    dp = r.choice([1, 1, 2])
    vals = [qz(U(r, *w), dp) for _, w in dims]
    if sum(vals) <= 100:
        raise Retry()
    S = [c.n(v, dp, pct=True) for v in vals]
    items = '，'.join('%s占%s' % (nm, s) for (nm, _), s in zip(dims, S))
    c.lines.append(r.choice(['%d年%s，%s。' % (y, pre, items), '从结构看，%s%s。' % (pre, items)]))
    c.c(rel='neg', kind='overlap_shares', marker=dims[0][0], numbers=S)
    c.note = 'overlapping shares of one whole (sum past 100)'


def n_permille_nobase(c):
    r, y = c.r, c.year
    kinds = r.sample(['permille', 'pct_no_base', 'rate_not_stated'], r.choice([1, 2]))
    sents = []
    for k in kinds:
        if k == 'permille':
            t = r.choice(c.src['permille'])
            x = c.n(qz(U(r, 0.02, 3), 2), 2)
            sents.append(t.replace('{x}', x))
            c.c(rel='neg', kind='permille', marker=x + '‰', numbers=[x])
        elif k == 'pct_no_base':
            t = r.choice(c.src['nobase'])
            x = c.n(qz(U(r, 3, 45), 1), 1, pct=True)
            sents.append(t.replace('{x}', x))
            c.c(rel='neg', kind='pct_no_base', marker=t.split('{x}')[0], numbers=[x])
        else:
            t = r.choice(c.src['notstated'])
            x = c.n(qz(U(r, 90, 99.5), 1), 1, pct=True)
            sents.append(t.replace('{x}', x))
            c.c(rel='neg', kind='rate_not_stated', marker=t.split('{x}')[0], numbers=[x])
    c.lines.append('%d年，%s。' % (y, '，'.join(sents)))
    c.note = 'percentages/permille without a stated base'


# =====================================================================================
# Part 8.  STYLES, BREAKING, DRIVER
# =====================================================================================

TOTALS_POS = [('qizhong_list', t_qizhong), ('heji_after_parts', t_heji), ('fenbie_wei', t_fenbie),
              ('parts_in_brackets', t_brackets), ('header_then_lines', t_header_lines),
              ('flat_table', t_table), ('two_year_table', t_table2), ('numbered_items', t_items),
              ('named_list_count', t_names), ('balance', t_balance), ('from_to_change', t_increase),
              ('subtotals_grand', t_subtotals), ('periods_to_year', t_periods),
              ('separate_sentences', t_sentences), ('male_female', t_malefemale), ('wan_yi_mix', t_wanyi),
              ('chinese_numerals', t_chinese), ('fullwidth_digits', t_fullwidth)]
TOTALS_NEG = [('neg_partial_list', n_partial), ('neg_approx_total', n_approx),
              ('neg_overlap_cumulative', n_overlap_cum), ('neg_identifiers', n_identifiers)]
PCT_POS = [('rate_after', p_rate_after), ('rate_before', p_rate_before), ('shares_in_brackets', p_rate_brackets),
           ('two_rates_two_bases', p_two_rates), ('pass_fail_rates', p_pass_fail), ('target_completion', p_target),
           ('per_unit_average', p_per), ('shares_to_100', p_shares100), ('pp_both_rates', p_pp),
           ('growth_both_years', p_growth), ('same_period_last_year', p_same_period),
           ('table_share_column', p_table_share), ('table_growth_column', p_table_growth),
           ('rate_chinese_counts', p_rate_cn), ('combined_share', p_rate_combined)]
PCT_NEG = [('neg_growth_over_100', n_growth100), ('neg_pp_no_base', n_pp_nobase),
           ('neg_overlap_shares', n_overlap_shares), ('neg_permille_no_base', n_permille_nobase)]

# styles left out to keep each family near 1,500 records
SKIP = {('chinese_numerals', 'housing'), ('fullwidth_digits', 'fire'), ('fullwidth_digits', 'market'),
        ('wan_yi_mix', 'fire'), ('named_list_count', 'housing'), ('from_to_change', 'market'),
        ('separate_sentences', 'fisheries'), ('periods_to_year', 'housing'), ('header_then_lines', 'fire'),
        ('heji_after_parts', 'market')}
PER_STYLE = {'totals_pos': 15, 'totals_neg': 15, 'pct_pos': 15, 'pct_neg': 15}


def style_table():
    out = []
    for fam, pos, neg in (('totals', TOTALS_POS, TOTALS_NEG), ('pct', PCT_POS, PCT_NEG)):
        for kind, lst in (('pos', pos), ('neg', neg)):
            for cname, fn in lst:
                for sk in SOURCE_ORDER:
                    if (cname, sk) in SKIP:
                        continue
                    out.append(dict(style='%s_%s' % (cname, sk), family=fam, kind=kind, fn=fn, skey=sk,
                                    n=PER_STYLE['%s_%s' % (fam, kind)]))
    return out


CHECK_NUM_FIELDS = ('parts', 'shares', 'numbers', 'total', 'result', 'count', 'den', 'num', 'pct', 'value',
                    'cur', 'prev', 'diff', 'new', 'old', 'literal', 'terms')


def check_placeholders(ch):
    out = []
    for k in CHECK_NUM_FIELDS:
        if k not in ch:
            continue
        v = ch[k]
        if k == 'terms':
            v = [t[1] for t in v]
        if not isinstance(v, list):
            v = [v]
        for x in v:
            out += PH_RE.findall(x)
    return out


def render_check(c, ch, expect):
    out = {}
    for k, v in ch.items():
        if k in ('rel', 'kind', 'dir', 'items', 'names'):
            out[k] = v
        elif k == 'terms':
            out[k] = [[s, c.render(x)] for s, x in v]
        elif isinstance(v, list):
            out[k] = [c.render(x) for x in v]
        else:
            out[k] = c.render(v)
    out['expect'] = expect
    return out


def malformed_variant(r, lit):
    core = lit[:-1]
    opts = ['xx%', core + ' %', '%' + core, core + '%%']
    if '.' in core:
        opts.append(core.replace('.', '..', 1))
    if '.' in core and r.random() < 0.3:
        return core.replace('.', '..', 1) + '%'
    ch = r.choice(opts)
    return ch if ch.endswith('%') or ch.startswith('%') else ch + '%'


def perturb(r, num):
    v, dp = num.v, num.dp
    unit = Decimal(1).scaleb(-dp)
    if num.ratey:
        need_ = max(2 * unit, Decimal('0.3'))
        d = need_ + qz(D(r.choice([0, 0, U(r, 0, 1.5), U(r, 0, 6)])), dp)
        sign = r.choice([-1, 1])
        if v - d <= 0:
            sign = 1
        if v < 100 <= v + d and sign == 1 and not num.pct is False:
            sign = -1 if v - d > 0 else 1
        return v + sign * d
    if num.fmt == 'cn' and v < 30 or (dp == 0 and v < 12):
        d = r.choice([1, 1, 2, 3])
        if num.only_down or (r.random() < 0.5 and v - d >= 1):
            return max(Decimal(0), v - d) if v - d >= 1 else v + d
        return v + d
    mode = r.randrange(3)
    if mode == 0 and dp == 0 and len(str(int(v))) >= 3:
        s = list(str(int(v)))
        idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
        if idx:
            i = r.choice(idx)
            s[i], s[i + 1] = s[i + 1], s[i]
            return D(''.join(s))
    if mode == 1:
        k = r.randint(2, 9) * (10 ** r.randint(0, max(0, len(str(int(v))) - 3)))
        d = D(k) * unit if dp else D(k)
    else:
        d = qz(v * D(U(r, 0.02, 0.18)), dp)
        if d < 2 * unit:
            d = 2 * unit
    sign = r.choice([-1, 1])
    if v - d <= 0:
        sign = 1
    return v + sign * d


def build_record(spec, rng, label, idx, seed):
    fam = spec['family']
    for attempt in range(400):
        c = Ctx(rng, spec['skey'], fam)
        try:
            spec['fn'](c)
        except Retry:
            continue
        expects = [True] * len(c.checks)
        change = ''
        if label == 'inconsistent':
            counts = {}
            for ch in c.checks:
                for ph in set(check_placeholders(ch)):
                    counts[ph] = counts.get(ph, 0) + 1
            cands = [(ph, i) for i, ch in enumerate(c.checks) for ph in dict.fromkeys(check_placeholders(ch))
                     if counts[ph] == 1 and not c.num(ph).fixed]
            if not cands:
                continue
            mal = [x for x in cands if c.num(x[0]).pct and c.checks[x[1]]['rel'] in ('rate', 'growth', 'pp')]
            if fam == 'pct' and mal and rng.random() < 0.25:
                ph, i = rng.choice(mal)
                num = c.num(ph)
                good = num.lit()
                num.bad = malformed_variant(rng, good)
                c.checks[i] = dict(rel='malformed_pct', literal=ph)
                change = 'malformed percentage literal %s (was %s)' % (num.bad, good)
            else:
                ph, i = rng.choice(cands)
                num = c.num(ph)
                old = num.lit()
                nv = perturb(rng, num)
                if nv <= 0 or qz(nv, num.dp) == num.v:
                    continue
                num.v = qz(nv, num.dp)
                change = '%s changed %s -> %s' % (c.checks[i]['rel'], old, num.lit())
            expects[i] = False
        body = [c.render(l) for l in c.lines]
        if len(body) > 8:
            continue
        pre, post = ctx_lines(c, len(body))
        text = '\n'.join(pre + body + post)
        checks = [render_check(c, ch, e) for ch, e in zip(c.checks, expects)]
        rec = dict(id='n44-s%d-%s-%02d' % (seed, spec['style'], idx), family=fam, style=spec['style'],
                   label=label, text=text, note='', checks=checks)
        try:
            got, probs = v_derive(rec)
        except (VerifyError, ArithmeticError, KeyError):
            continue
        if got != label or probs:
            continue
        rels = ','.join(sorted(set(ch['rel'] for ch in checks)))
        if label == 'consistent':
            rec['note'] = '%s; %d relation(s) hold [%s]' % (c.note, len(checks), rels)
        elif label == 'inconsistent':
            rec['note'] = '%s; %s' % (c.note, change)
        else:
            rec['note'] = '%s [%s]' % (c.note, rels)
        return rec
    raise RuntimeError('could not build %s #%d (%s)' % (spec['style'], idx, label))


def generate(seed):
    recs = []
    for si, spec in enumerate(style_table()):
        rng = random.Random('numbers44|%d|%s' % (seed, spec['style']))
        for i in range(spec['n']):
            if spec['kind'] == 'neg':
                label = 'negative'
            else:
                label = ('consistent', 'inconsistent')[(i + si) % 2]
            recs.append(build_record(spec, rng, label, i + 1, seed))
    return recs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--stats', nargs='+', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.stats:
        return stats(a.stats)
    recs = generate(a.seed)
    out = open(a.out, 'w', encoding='utf-8') if a.out else sys.stdout
    for rec in recs:
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    if a.out:
        out.close()
        print('wrote %d records to %s' % (len(recs), a.out), file=sys.stderr)
    return 0


def stats(paths):
    for path in paths:
        fam, sty = {}, {}
        for line in open(path, encoding='utf-8'):
            rec = json.loads(line)
            fam.setdefault(rec['family'], {}).setdefault(rec['label'], 0)
            fam[rec['family']][rec['label']] += 1
            sty.setdefault(rec['style'], rec['family'])
        print(path)
        for f, d in sorted(fam.items()):
            print('  %-7s %s total %d' % (f, dict(sorted(d.items())), sum(d.values())))
        print('  styles: %d (totals %d, pct %d)' % (len(sty), sum(1 for v in sty.values() if v == 'totals'),
                                                   sum(1 for v in sty.values() if v == 'pct')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
