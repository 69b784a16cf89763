#!/usr/bin/env python3
"""Blind test-set generator: percentage statements in Chinese government work reports.

Usage:  python3 pct_gen.py --seed 1 --out pct.jsonl [--readme benchmarks/independent/pct_README.md]

Every record: {"id","style","label","text","note"}
  label = consistent | inconsistent | negative

Generation uses fractions.Fraction + floor-based rounding.  Every record is then re-checked by an
independent checker (decimal module, its own Chinese-numeral parser, re-parsing the raw number strings
that must literally occur in the text).  Any disagreement aborts the run.

Conventions (the "truth" the labels encode):
  * a stated rate R with d decimals over M/N is CONSISTENT if R equals 100*M/N rounded half-up,
    rounded half-even or truncated to d decimals; it is INCONSISTENT only if |R - 100*M/N| >= 0.5 + 10**-d
    (i.e. at least half a percentage point beyond any rounding convention, ceiling included).
    Where the counts are themselves rounded (万人, 亿元 ...) the exact value is widened to an interval.
  * GRIM: CONSISTENT if some whole k in 0..N gives R (half-up or truncation); INCONSISTENT if no k
    gives R under half-up, half-even, truncation or ceiling.
  * shares of one whole: CONSISTENT if sum <= 100 + 0.1*count; INCONSISTENT if sum >= 100 + 0.1*count + 2.
  * percentage-point change C between A% and B%: CONSISTENT if C is |B-A| rounded/truncated;
    INCONSISTENT if ||B-A| - C| >= 0.5 + 10**-d.
  * growth C% from A to B: CONSISTENT if C is 100*|B-A|/A rounded/truncated (displayed values);
    INCONSISTENT if C is >= 0.5 + 10**-d outside the interval obtained by letting A and B vary within
    their display rounding.
"""
import argparse
import json
import math
import random
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING
from fractions import Fraction as F

# ----------------------------------------------------------------------------------------------
# generation-side number helpers (Fraction based)
# ----------------------------------------------------------------------------------------------

def qround(x, d, mode):
    s = 10 ** d
    y = F(x) * s
    if mode == 'halfup':
        n = math.floor(y + F(1, 2))
    elif mode == 'trunc':
        n = math.floor(y)
    else:
        raise ValueError(mode)
    return F(n, s)


def fstr(v, d):
    """Fraction v (multiple of 10**-d) -> decimal string with exactly d decimals."""
    s = 10 ** d
    n = F(v) * s
    assert n.denominator == 1, (v, d)
    n = int(n)
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, s)
    out = str(ip) + ('.' + str(fp).zfill(d) if d else '')
    return ('-' if neg else '') + out


def ndec(s):
    return len(s.split('.')[1]) if '.' in s else 0


def fnum(s):
    return F(s)


def fmt(x, nd=3):
    return ('%.' + str(nd) + 'f') % float(x)


CN_DIG = '零一二三四五六七八九'


def cn_int(n, two=False):
    assert 0 <= n < 100000000
    if n == 0:
        return '零'

    def under10k(m):
        s = ''
        zero = False
        for uv, un in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            dgt = m // uv % 10
            if dgt:
                if zero:
                    s += '零'
                    zero = False
                ch = CN_DIG[dgt]
                if two and dgt == 2 and un in ('千', '百'):
                    ch = '两'
                s += ch + un
            elif s:
                zero = True
        return s

    if n < 10000:
        s = under10k(n)
    else:
        hi, lo = divmod(n, 10000)
        s = under10k(hi) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += under10k(lo)
    if s.startswith('一十'):
        s = s[1:]
    return s


def cn_dec(s, rng=None):
    if '.' in s:
        ip, fp = s.split('.')
    else:
        ip, fp = s, ''
    if ip == '100' and not fp.strip('0') and rng is not None and rng.random() < 0.5:
        return '百'
    out = cn_int(int(ip))
    if fp:
        out += '点' + ''.join(CN_DIG[int(c)] for c in fp)
    return out


FW_TABLE = str.maketrans('0123456789%', '０１２３４５６７８９％')


def to_fullwidth(s, dot):
    if dot:
        s = re.sub(r'(?<=\d)\.(?=\d)', '．', s)
    return s.translate(FW_TABLE)


def render_pct(rng, r, mode):
    """returns (rendered text, raw numeric string that must appear in the text)"""
    if mode == 'plain':
        return r + '%', r
    if mode == 'cn':
        c = cn_dec(r, rng)
        return '百分之' + c, c
    if mode == 'space':
        return r + rng.choice([' %', ' %', ' ％', '  %']), r
    if mode == 'double':
        return r + '%%', r
    if mode == 'bfz_pct':
        return '百分之' + r + rng.choice(['%', '%', '％']), r
    raise ValueError(mode)


def logrand(rng, lo, hi):
    return int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))


def pick_d(rng, w=(3, 4, 4)):
    return rng.choices([0, 1, 2], weights=w)[0]


def swap_digits(rng, s):
    """swap two adjacent different digits (ignoring the decimal point)."""
    digits = [c for c in s if c.isdigit()]
    pos = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]]
    if not pos:
        return None
    i = rng.choice(pos)
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    it = iter(digits)
    out = ''.join(next(it) if c.isdigit() else c for c in s)
    if len(out) > 1 and out[0] == '0' and out[1] != '.':
        return None
    return out


def off_delta(rng, d):
    mn = F(1, 2) + F(1, 10 ** d)
    u = rng.random()
    if u < 0.25:
        dl = float(mn) + rng.uniform(0.05, 0.5)
    elif u < 0.75:
        dl = float(mn) + rng.uniform(0.5, 3.5)
    else:
        dl = rng.uniform(4, 12)
    return F(dl).limit_denominator(1000)


def dist_interval(v, lo, hi):
    if v < lo:
        return lo - v
    if v > hi:
        return v - hi
    return F(0)


def halfunit(s):
    return F(1, 2 * 10 ** ndec(s))


def rate_interval(M, N, approx):
    Mf, Nf = F(M), F(N)
    if not approx:
        x = 100 * Mf / Nf
        return x, x
    hm, hn = halfunit(M), halfunit(N)
    return 100 * (Mf - hm) / (Nf + hn), 100 * (Mf + hm) / (Nf - hn)


def bad_rate(rng, Ms, Ns, d, approx=False, kinds=None, cap=100):
    """Inconsistent stated rate for M/N. returns (R string, how)."""
    M, N = F(Ms), F(Ns)
    x = 100 * M / N
    lo, hi = rate_interval(Ms, Ns, approx)
    need = F(1, 2) + F(1, 10 ** d)
    if approx:
        need += F(1, 2)
    kinds = kinds or ['off'] * 11 + ['swap'] * 5 + ['inverse'] * 2 + ['complement'] * 2
    for _ in range(200):
        k = rng.choice(kinds)
        if k == 'off':
            dl = off_delta(rng, d)
            sgn = rng.choice([-1, 1])
            if x + dl > cap:
                sgn = -1
            if x - dl < 0:
                sgn = 1
            R = qround(x + sgn * dl, d, 'halfup')
            how = 'off by %s pp' % fmt(R - x, 2)
        elif k == 'swap':
            good = fstr(qround(x, d, 'halfup'), d)
            sw = swap_digits(rng, good)
            if sw is None:
                continue
            R = F(sw)
            how = 'digits swapped (correct %s)' % good
        elif k == 'inverse':
            if M == 0 or M >= N:
                continue
            R = qround(100 * N / M, d, 'halfup')
            how = 'wrong base: N/M instead of M/N'
        elif k == 'complement':
            if M == 0 or M == N:
                continue
            R = qround(100 * (N - M) / N, d, 'halfup')
            how = 'complement: (N-M)/N instead of M/N'
        else:
            raise ValueError(k)
        if R < 0:
            continue
        if R > cap and k not in ('inverse',):
            continue
        if dist_interval(R, lo, hi) >= need:
            return fstr(R, d), how
    raise RuntimeError('could not make bad rate %s/%s' % (Ms, Ns))


def good_rate(rng, Ms, Ns, d):
    x = 100 * F(Ms) / F(Ns)
    mode = 'halfup' if rng.random() < 0.8 else 'trunc'
    R = qround(x, d, mode)
    # avoid the debatable "100%" for M < N and "0%" for M > 0: add decimals / truncate instead
    while (R == 100 and x < 100) or (R == 0 and x > 0):
        if d < 2:
            d += 1
        elif mode == 'halfup' and x < 100:
            mode = 'trunc'
        else:
            mode = 'halfup'
        R = qround(x, d, mode)
    return fstr(R, d), ('half-up' if mode == 'halfup' else 'truncated')


# ----------------------------------------------------------------------------------------------
# subject matter
# ----------------------------------------------------------------------------------------------
PLACES = ['全镇', '全街道', '全区', '全县', '辖区', '全乡', '全市', '']
BIG_PLACES = ['全区', '全县', '全市', '全县（市）', '']
PREFIX = ['', '', '', '今年以来，', '2022年，', '全年', '1—10月，', '截至11月底，', '上半年，', '截至目前，',
          '2023年1至6月，', '一季度，', '截至9月30日，', '前三季度，']
GONG = ['共', '共', '累计', '']
FILLER = ['建立工作台账，实行销号管理', '坚持周调度、月通报', '明确责任单位和完成时限', '组织专人逐一跟踪督办',
          '压紧压实属地责任', '实行挂图作战', '落实“一案一专班”', '开展“回头看”', '建立“红黄绿”三色预警机制']
TAILS = ['工作取得阶段性成效', '各项工作有序推进', '位居全区前列', '较上年有所提升', '圆满完成年度目标', '群众获得感明显增强']


class Subj:
    def __init__(self, field, tot, donev, unit, rate, totn, zai, nlo, nhi, plo, phi):
        self.__dict__.update(locals())
        del self.__dict__['self']


SUBJ = [Subj(*t) for t in [
    ('信访', '{L}{G}受理群众来信来访{N}件', '办结', '件', '办结率', '受理总量', '{L}受理的{N}件信访事项', 40, 900, .86, 1.0),
    ('信访', '{L}{G}受理网上信访事项{N}件', '按期受理', '件', '按期受理率', '网上信访总量', '{N}件网上信访事项', 30, 600, .9, 1.0),
    ('热线', '{L}{G}承办12345热线工单{N}件', '按期办结', '件', '按期办结率', '工单总量', '承办的{N}件热线工单', 300, 30000, .85, .995),
    ('城管', '{L}{G}受理各类城市管理案件{N}件', '结案', '件', '结案率', '案件总数', '受理的{N}件城市管理案件', 500, 20000, .9, 1.0),
    ('城管', '智慧城管平台{G}接派工单{N}单', '处置', '单', '工单处置率', '派单总量', '平台接派的{N}单工单', 1000, 30000, .9, 1.0),
    ('城管', '{L}{G}排查违法建设{N}处', '拆除', '处', '拆除率', '排查总数', '排查出的{N}处违法建设', 20, 600, .5, 1.0),
    ('安全生产', '{L}{G}排查各类安全隐患{N}处', '整改', '处', '整改率', '隐患总数', '排查出的{N}处安全隐患', 30, 3000, .82, 1.0),
    ('安全生产', '{L}{G}发现各类问题隐患{N}项', '已整改', '项', '隐患整改率', '问题总数', '发现的{N}项问题隐患', 20, 2500, .8, 1.0),
    ('医保', '{L}应参保人数{N}人', '实际参保', '人', '参保率', '应参保人数', '{L}{N}名应参保人员', 3000, 60000, .9, .995),
    ('养老', '{L}城乡居民养老保险年度缴费任务{N}人', '完成缴费', '人', '任务完成率', '年度任务数', '{N}人的年度缴费任务', 2000, 30000, .6, .99),
    ('教育', '{L}适龄儿童{N}人', '入学', '人', '入学率', '适龄儿童总数', '{L}{N}名适龄儿童', 150, 3000, .985, 1.0),
    ('教育', '{L}参加中考学生{N}人', '普高上线', '人', '普高上线率', '参考总人数', '参加中考的{N}名学生', 200, 2500, .45, .75),
    ('卫健', '{L}常住人口{N}人', '签约家庭医生', '人', '家庭医生签约率', '常住人口', '{L}{N}名常住居民', 8000, 90000, .3, .7),
    ('卫健', '{L}65岁及以上老年人{N}人', '完成健康体检', '人', '健康体检率', '老年人总数', '{L}{N}名65岁及以上老年人', 800, 9000, .6, .92),
    ('卫健', '{L}应接种人数{N}人', '完成全程接种', '人', '全程接种率', '应接种人数', '{N}名应接种对象', 5000, 50000, .85, .99),
    ('政务服务', '{L}{G}梳理依申请政务服务事项{N}项', '实现网上可办', '项', '网上可办率', '事项总数', '梳理的{N}项依申请政务服务事项', 80, 1500, .88, 1.0),
    ('政务服务', '{L}政务服务中心{G}办理各类事项{N}件', '即来即办', '件', '即办率', '办件总量', '办理的{N}件政务服务事项', 2000, 90000, .5, .9),
    ('农业', '{L}下达粮食播种面积任务{N}亩', '完成播种', '亩', '任务完成率', '任务面积', '{N}亩播种任务', 3000, 80000, .95, 1.0),
    ('农业', '{L}{G}抽检食用农产品{N}批次', '检测合格', '批次', '合格率', '抽检总数', '抽检的{N}批次食用农产品', 100, 2000, .96, 1.0),
    ('环保', '{L}空气质量有效监测{N}天', '优良天数', '天', '优良率', '有效监测天数', '有效监测的{N}天', 150, 366, .7, .95),
    ('环保', '{L}{G}排查入河排污口{N}个', '完成整治', '个', '整治完成率', '排查总数', '排查出的{N}个入河排污口', 20, 400, .6, 1.0),
    ('环保', '{L}{G}受理环境信访投诉{N}件', '办结', '件', '办结率', '受理总数', '受理的{N}件环境信访投诉', 30, 900, .9, 1.0),
    ('农村', '{L}农户{N}户', '完成卫生厕所改造', '户', '卫生厕所普及率', '农户总数', '{L}{N}户农户', 1500, 12000, .75, .98),
    ('住建', '{L}{G}排查城乡自建房{N}栋', '完成安全初判', '栋', '初判完成率', '排查总数', '排查的{N}栋自建房', 1000, 20000, .85, 1.0),
    ('住建', '{L}纳入年度改造计划的老旧小区{N}个', '开工', '个', '开工率', '计划改造总数', '纳入年度改造计划的{N}个老旧小区', 10, 120, .6, 1.0),
    ('人社', '{L}{G}开展职业技能培训{N}人', '取得职业资格证书', '人', '取证率', '培训总人数', '参加培训的{N}人', 200, 5000, .6, .95),
    ('人社', '{L}{G}受理劳动保障监察案件{N}件', '结案', '件', '结案率', '受理总数', '受理的{N}件劳动保障监察案件', 30, 600, .9, 1.0),
    ('就业', '{L}登记离校未就业高校毕业生{N}人', '实现就业', '人', '就业率', '登记总人数', '登记的{N}名离校未就业高校毕业生', 100, 3000, .8, .97),
    ('民政', '{L}在册低保对象{N}户', '完成入户核查', '户', '核查率', '在册总户数', '{N}户在册低保对象', 200, 4000, .9, 1.0),
    ('残联', '{L}持证残疾人{N}人', '享受基本康复服务', '人', '康复服务覆盖率', '持证残疾人总数', '{L}{N}名持证残疾人', 500, 8000, .8, .99),
    ('消防', '{L}{G}排查“九小场所”{N}家', '安装独立式烟感报警器', '家', '安装率', '排查总数', '排查的{N}家“九小场所”', 100, 3000, .7, 1.0),
    ('燃气', '{L}餐饮经营单位{N}家', '安装燃气泄漏报警装置', '家', '安装率', '餐饮单位总数', '{L}{N}家餐饮经营单位', 60, 1500, .85, 1.0),
    ('市场监管', '{L}应年报市场主体{N}户', '完成年报', '户', '年报率', '应年报总数', '{N}户应年报市场主体', 1000, 30000, .85, .98),
    ('招商', '{L}{G}签约招商项目{N}个', '开工建设', '个', '开工率', '签约项目总数', '签约的{N}个招商项目', 8, 80, .5, .95),
    ('禁毒', '{L}在册社区戒毒社区康复人员{N}名', '落实管控措施', '名', '管控率', '在册总数', '{N}名在册社区戒毒社区康复人员', 20, 800, .9, 1.0),
    ('调解', '{L}{G}排查调处矛盾纠纷{N}起', '调解成功', '起', '调解成功率', '调处总数', '调处的{N}起矛盾纠纷', 50, 2000, .9, .995),
    ('征兵', '{L}{G}组织应征青年上站体检{N}人', '体检合格', '人', '体检合格率', '上站体检人数', '上站体检的{N}名应征青年', 40, 600, .4, .75),
    ('垃圾分类', '{L}住宅小区{N}个', '实现生活垃圾分类', '个', '覆盖率', '小区总数', '{L}{N}个住宅小区', 20, 300, .6, 1.0),
    ('党建', '{L}党员{N}名', '参加集中学习', '名', '参学率', '党员总数', '{L}{N}名党员', 300, 3000, .85, .99),
    ('征收', '项目涉及征收户{N}户', '完成签约', '户', '签约率', '应签约总数', '涉及征收的{N}户', 40, 900, .7, 1.0),
    ('退役军人', '{L}退役军人{N}人', '完成信息采集', '人', '信息采集率', '退役军人总数', '{L}{N}名退役军人', 300, 5000, .9, 1.0),
    ('问卷', '{G}发放调查问卷{N}份', '回收', '份', '回收率', '发放总数', '发放的{N}份问卷', 100, 3000, .8, .99),
    ('脱贫', '{L}脱贫人口{N}人', '参加城乡居民医保', '人', '参保率', '脱贫人口总数', '{L}{N}名脱贫人口', 500, 9000, .985, 1.0),
    ('人口普查', '{L}{G}走访{N}户', '完成入户登记', '户', '登记率', '走访总户数', '走访的{N}户', 300, 6000, .85, 1.0),
]]

FAIL_SUBJ = [
    # tot, bad noun, unit, rate, plo, phi, nlo, nhi
    ('{L}{G}抽检食品{N}批次', '不合格', '批次', '不合格率', .005, .05, 100, 3000),
    ('{L}{G}快检食用农产品{N}批次', '检出阳性', '批次', '阳性检出率', .002, .03, 300, 8000),
    ('{G}回收问卷{N}份', '无效问卷', '份', '无效率', .01, .08, 100, 2000),
    ('{L}{G}抽查工业产品{N}批次', '不合格', '批次', '不合格率', .02, .12, 50, 800),
    ('{L}{G}抽检药品{N}批次', '不合格', '批次', '不合格率', .003, .03, 100, 1500),
    ('{L}义务教育阶段在校生{N}人', '辍学', '人', '辍学率', .0001, .002, 3000, 40000),
    ('{L}{G}巡查发现问题{N}处', '反弹复发', '处', '复发率', .02, .1, 200, 5000),
    ('{L}{G}检查电动自行车充电场所{N}处', '存在隐患', '处', '隐患检出率', .05, .25, 100, 2000),
]

PASSFAIL_SUBJ = [
    ('{L}{G}抽检食品{N}批次', '批次', .95, .998, 100, 3000),
    ('{L}{G}抽检食用农产品{N}批次', '批次', .96, .999, 100, 2500),
    ('{L}{G}抽查工业产品{N}批次', '批次', .85, .98, 50, 800),
    ('{L}{G}抽检药品{N}批次', '批次', .97, .999, 100, 1500),
    ('{L}{G}抽检建筑材料{N}组', '组', .9, .99, 80, 1200),
    ('{L}{G}监测农村饮用水水样{N}份', '份', .85, .99, 60, 900),
]

CN_SUBJ = [
    ('{P}在{L}{N}个行政村中，{M}个村已完成人居环境整治验收，占{R}。', 8, 60, .5, 1.0),
    ('{P}{L}{N}个村（社区）中，已有{M}个建成新时代文明实践站，占{R}。', 8, 50, .5, 1.0),
    ('{P}{L}{N}所中小学中，{M}所创建为市级文明校园，占{R}。', 6, 40, .2, .7),
    ('{P}{L}{N}个网格中，{M}个网格配齐专职网格员，占{R}。', 10, 120, .6, 1.0),
    ('{P}{L}{N}家规上企业中，{M}家完成数字化改造，占{R}。', 10, 150, .2, .6),
    ('{P}{L}共有养老机构{N}家，其中{M}家达到二级以上标准，占{R}。', 4, 20, .3, .9),
    ('{P}{L}{N}个重点建设项目中，已开工{M}个，开工率{R}。', 5, 50, .5, 1.0),
    ('{P}{L}{N}个乡镇卫生院中，{M}个达到“优质服务基层行”推荐标准，占{R}。', 8, 30, .3, .8),
    ('{P}{L}{N}个社区中，{M}个社区实现物业服务全覆盖，占{R}。', 6, 40, .4, 1.0),
    ('{P}{L}共有行政村{N}个，其中集体经济收入超过十万元的{M}个，占{R}。', 8, 80, .3, .9),
]

WAN_SUBJ = [
    # (template, Mlo, Mhi, plo, phi, dM)  numbers as decimals of 万/亿
    ('{P}{L}注册志愿者{M}万人，占常住人口（{N}万人）的{R}。', .15, .35, 1, 120, 2),
    ('{P}{L}城乡居民医保参保{M}万人，占户籍人口{N}万人的{R}。', .85, .99, 5, 150, 2),
    ('{P}{L}完成固定资产投资{M}亿元，占年度目标{N}亿元的{R}。', .6, .98, 5, 200, 2),
    ('{P}{L}一般公共预算支出{N}亿元，其中民生支出{M}亿元，占{R}。', .7, .85, 10, 300, 2),
    ('{P}{L}接待游客{N}万人次，其中过夜游客{M}万人次，占{R}。', .15, .45, 20, 1500, 1),
    ('{P}{L}城镇常住人口{M}万人，占常住人口{N}万人的{R}。', .4, .75, 10, 200, 2),
    ('{P}{L}粮食总产量{N}万吨，其中水稻产量{M}万吨，占{R}。', .4, .8, 2, 80, 2),
]

MONEY_SUBJ = [
    ('{P}{L}年度部门预算{N}万元，已支出{M}万元，支出进度{R}。', .55, .99),
    ('{P}{L}下达财政衔接推进乡村振兴补助资金{N}万元，已拨付{M}万元，拨付率{R}。', .7, 1.0),
    ('{P}{L}计划投资{N}万元，累计完成投资{M}万元，完成率{R}。', .5, .98),
    ('{P}{L}应征收城乡居民医保费{N}万元，已征收{M}万元，征收进度{R}。', .8, .99),
    ('{P}{L}{N}万元专项债券资金中，已使用{M}万元，使用率{R}。', .6, 1.0),
    ('{P}{L}安排困难群众救助资金{N}万元，实际发放{M}万元，资金使用率{R}。', .85, 1.0),
]

PLAN_SUBJ = [
    ('{P}{L}年度目标新增市场主体{N}户，实际新增{M}户，完成年度目标的{R}。', 300, 5000),
    ('{P}{L}城镇新增就业目标{N}人，已完成{M}人，完成率{R}。', 800, 9000),
    ('{P}{L}年度植树造林任务{N}亩，实际完成{M}亩，完成率{R}。', 500, 20000),
    ('{P}{L}全年计划招引项目{N}个，实际招引{M}个，完成计划的{R}。', 10, 60),
    ('{P}{L}农村劳动力转移就业任务{N}人，完成{M}人，任务完成率{R}。', 1000, 20000),
    ('{P}{L}年度征兵任务{N}人，实际输送{M}人，完成任务的{R}。', 20, 200),
]

YUE_SUBJ = [
    ('{P}{L}{G}抽检食用农产品{N}批次，合格{M}批次，合格率约为{R}。', .95, 1.0, 100, 2000),
    ('{P}{L}计划抽检食品{N}批次，已完成{M}批次，完成率约{R}。', .9, 1.0, 300, 3000),
    ('{P}{L}{G}受理群众诉求{N}件，办结{M}件，办结率约{R}。', .85, 1.0, 200, 8000),
    ('{P}{L}应参保{N}人，已参保{M}人，参保率约为{R}。', .88, .99, 3000, 50000),
    ('{P}{L}排查风险隐患{N}处，已整改{M}处，整改率约{R}。', .8, 1.0, 50, 2000),
]

TRAD_SUBJ = [
    ('{P}共受理群眾來(lái)信來(lái)訪{N}件，辦(bàn)結(jié){M}件，辦(bàn)結(jié)率{R}。', .86, 1.0, 40, 900),
    ('{P}排查安全隱(yǐn)患{N}處(chù)，已整改{M}處(chù)，整改率{R}。', .82, 1.0, 30, 1500),
    ('{P}應(yīng)參(cān)保人數(shù){N}人，實(shí)際參(cān)保{M}人，參(cān)保率{R}。', .9, .995, 3000, 60000),
    ('{P}共走訪{N}戶，其中完成登記{M}戶，占{R}。', .85, 1.0, 200, 3000),
    ('{P}轄(xiá)區(qū)應(yīng)接種{N}人，完成全程接種{M}人，接種率{R}。', .85, .99, 5000, 50000),
    ('{P}受理12345熱(rè)線(xiàn)工單{N}件，按期辦(bàn)結(jié){M}件，按期辦(bàn)結(jié)率{R}。', .85, .995, 300, 30000),
]
TRAD_PREFIX = ['', '今年以來(lái)，', '2022年，', '上半年，', '截至目前，']

SHARE_SETS = [
    # pre, noun, names, weight ranges, count-tot (or None), count unit
    ('三次产业结构中，', '三次产业', ['第一产业', '第二产业', '第三产业'], [(4, 18), (25, 50), (35, 60)], None, None),
    ('从信访渠道看，', '信访渠道', ['来信', '来访', '网上信访'], [(10, 30), (15, 35), (40, 70)], '{L}{G}受理信访事项{T}件', '件'),
    ('从诉求类型看，', '热线诉求类型', ['咨询类', '求助类', '投诉类', '建议类'], [(20, 45), (15, 30), (20, 40), (2, 10)], '{L}{G}受理12345热线诉求{T}件', '件'),
    ('项目资金中，', '项目资金来源', ['中央资金', '省级资金', '市级资金', '县级配套资金'], [(20, 50), (10, 30), (5, 20), (10, 30)], None, None),
    ('在受理的城市管理案件中，', '案件类型', ['市容环境类', '违法建设类', '占道经营类', '其他类'], [(30, 50), (10, 25), (15, 30), (5, 15)], '{L}{G}受理城市管理案件{T}件', '件'),
    ('排查发现的隐患中，', '隐患类别', ['消防安全类', '用电安全类', '燃气安全类', '其他类'], [(30, 50), (15, 30), (10, 25), (5, 15)], '{L}{G}排查各类隐患{T}处', '处'),
    ('新增参保人员中，', '新增参保人员年龄', ['35岁以下', '35岁至60岁', '60岁以上'], [(20, 45), (30, 50), (10, 30)], '{L}新增参保{T}人', '人'),
    ('全街道社区工作者中，', '社区工作者学历', ['本科及以上学历', '大专学历', '高中及以下学历'], [(30, 60), (25, 45), (5, 20)], '{L}现有社区工作者{T}名', '名'),
    ('从生活垃圾分出量看，', '生活垃圾分出量', ['厨余垃圾', '可回收物', '其他垃圾', '有害垃圾'], [(25, 40), (15, 30), (35, 55), (0.2, 1.0)], None, None),
    ('调处的矛盾纠纷中，', '矛盾纠纷类型', ['婚姻家庭纠纷', '邻里纠纷', '劳资纠纷', '其他纠纷'], [(20, 35), (20, 35), (10, 25), (10, 25)], '{L}{G}调处矛盾纠纷{T}起', '起'),
    ('实现就业的脱贫劳动力中，', '就业方式', ['县外务工', '县内企业就业', '公益性岗位安置', '自主创业'], [(40, 60), (20, 35), (5, 15), (2, 8)], '{L}脱贫劳动力实现就业{T}人', '人'),
    ('一般公共预算支出中，', '财政支出', ['教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '其他支出'], [(15, 25), (12, 20), (6, 12), (8, 15), (20, 40)], None, None),
    ('固定资产投资中，', '固定资产投资', ['工业投资', '基础设施投资', '房地产开发投资', '其他投资'], [(25, 45), (20, 35), (15, 30), (5, 15)], None, None),
    ('全镇土地总面积中，', '土地利用', ['耕地', '园地', '林地', '建设用地', '其他用地'], [(20, 40), (3, 10), (30, 50), (5, 15), (3, 10)], None, None),
    ('参加职业技能培训的人员中，', '培训人员', ['农村劳动力', '城镇失业人员', '高校毕业生', '其他人员'], [(35, 55), (15, 30), (10, 25), (5, 10)], '{L}{G}开展职业技能培训{T}人', '人'),
    ('从案件来源看，', '案件来源', ['巡查发现', '群众投诉', '上级交办'], [(40, 65), (25, 45), (5, 15)], '{L}{G}立案查处违法案件{T}件', '件'),
]

GRIM_T = [
    ('{P}{G}发放并回收群众满意度调查问卷{N}份，满意率{R}。', 70, 100),
    ('{P}组织电话回访群众{N}人，回访满意率达{R}。', 75, 100),
    ('{P}随机走访群众{N}名开展测评，群众满意率为{R}。', 75, 100),
    ('{P}组织{N}名网格员参加业务知识考试，合格率{R}。', 60, 100),
    ('{P}对{L}{N}家餐饮单位开展燃气安全专项检查，检查合格率{R}。', 60, 100),
    ('{P}抽查{N}个在建工地，扬尘防控措施落实率{R}。', 60, 100),
    ('{P}{L}{N}名村（社区）党组织书记中，大专及以上学历的占{R}。', 30, 90),
    ('{P}新招录社区工作者{N}名，其中35岁以下的占{R}。', 30, 85),
    ('{P}对{N}名服务对象开展回访，满意率为{R}。', 80, 100),
    ('{P}随机抽检{N}批次散装食品，合格率{R}。', 85, 100),
    ('{P}对{N}名新任职干部进行任前廉政法规考试，一次性通过率{R}。', 70, 100),
    ('{P}{L}{N}名驻村第一书记参加年度考核，考核优秀率{R}。', 15, 45),
    ('{P}举办创业培训班，{N}名学员参加结业考核，合格率{R}。', 70, 100),
    ('{P}对{N}家养老机构开展消防安全评估，达标率{R}。', 55, 100),
]

PP_UP = [('城乡居民医保参保率', 88, 98), ('空气质量优良天数比例', 70, 92), ('义务教育巩固率', 95, 99.5),
         ('常住人口城镇化率', 40, 72), ('森林覆盖率', 20, 68), ('农作物秸秆综合利用率', 80, 95),
         ('生活垃圾回收利用率', 28, 42), ('政务服务事项网上可办率', 80, 97), ('群众安全感满意率', 90, 98),
         ('家庭医生签约率', 30, 70), ('农村卫生厕所普及率', 60, 94), ('高新技术产业增加值占规上工业比重', 20, 50),
         ('12345热线一次办结率', 70, 95), ('学前教育毛入园率', 85, 97), ('城市污水集中处理率', 85, 97)]
PP_DOWN = [('城镇调查失业率', 4, 6), ('食品抽检不合格率', 1.5, 5), ('重复信访率', 4, 15), ('儿童青少年近视率', 45, 60),
           ('生活垃圾填埋比例', 20, 60), ('工单超期率', 3, 12), ('信访案件重访率', 3, 10), ('耕地撂荒比例', 2, 8),
           ('城镇登记失业率', 2.5, 4.5), ('建成区黑臭水体比例', 5, 20)]

GROW_UP = [('一般公共预算收入', '万元', 3000, 90000, 0), ('村集体经济收入', '万元', 20, 800, 1),
           ('固定资产投资', '亿元', 5, 120, 2), ('城乡居民人均可支配收入', '元', 15000, 45000, 0),
           ('粮食总产量', '吨', 5000, 90000, 0), ('接待游客', '万人次', 10, 800, 1), ('外贸进出口总额', '亿元', 1, 60, 2),
           ('新增市场主体', '户', 300, 5000, 0), ('规上工业增加值', '亿元', 5, 150, 2), ('网上办件量', '件', 2000, 90000, 0),
           ('社会消费品零售总额', '亿元', 3, 200, 2), ('税收收入', '万元', 2000, 60000, 1), ('新增城镇就业人数', '人', 500, 9000, 0)]
GROWTH_RANGE = {'城乡居民人均可支配收入': (3, 12), '粮食总产量': (0.5, 12), '单位GDP能耗': (1.5, 9),
                '一般公共预算收入': (2, 25), '税收收入': (2, 25), '社会消费品零售总额': (2, 20)}
GROW_DOWN = [('信访总量', '件', 80, 2000, 0), ('生产安全事故', '起', 4, 60, 0), ('12345热线投诉量', '件', 1000, 30000, 0),
             ('刑事案件发案数', '起', 100, 3000, 0), ('火灾事故', '起', 20, 400, 0), ('道路交通事故死亡人数', '人', 8, 80, 0),
             ('化学需氧量排放量', '吨', 500, 9000, 0), ('电信网络诈骗发案数', '起', 50, 1500, 0),
             ('单位GDP能耗', '吨标准煤/万元', 0.3, 1.2, 3), ('行政事业单位“三公”经费支出', '万元', 50, 900, 1)]


# ----------------------------------------------------------------------------------------------
# record builders
# ----------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng):
        self.rng = rng

    def P(self):
        return self.rng.choice(PREFIX)

    def L(self):
        return self.rng.choice(PLACES)

    def G(self):
        return self.rng.choice(GONG)


def fin(text, raws, fullwidth=False, fwdot=None, rng=None):
    if fullwidth:
        dot = rng.random() < 0.5 if fwdot is None else fwdot
        text = to_fullwidth(text, dot)
        raws = [to_fullwidth(r, dot) for r in raws]
    return text, raws


def pick_counts(rng, nlo, nhi, plo, phi, allow_full=True):
    N = logrand(rng, nlo, nhi) if nhi / max(nlo, 1) > 5 else rng.randint(nlo, nhi)
    N = max(N, 2)
    if allow_full and phi >= 1.0 and rng.random() < 0.1:
        return N, N
    for _ in range(50):
        M = int(round(rng.uniform(plo, min(phi, 0.9999)) * N))
        if 0 <= M <= N and (M < N or phi >= 1):
            break
    M = min(max(M, 0), N)
    return N, M


def rate_pair(rng, label, Ms, Ns, d, approx=False, kinds=None, cap=100):
    x = 100 * F(Ms) / F(Ns)
    if label == 'consistent':
        R, how = good_rate(rng, Ms, Ns, d)
        note = '%s/%s = %s%% stated %s%% (%s)' % (Ms, Ns, fmt(x, 4), R, how)
    else:
        R, how = bad_rate(rng, Ms, Ns, d, approx=approx, kinds=kinds, cap=cap)
        note = '%s/%s = %s%% stated %s%% (%s)' % (Ms, Ns, fmt(x, 4), R, how)
    return R, note


RATE_TMPL = {
    'after': ['{P}{tot}，{donev}{M}{u}，{rate}{R}。', '{P}{tot}，{donev}{M}{u}，{rate}达{R}。',
              '{P}{tot}，{donev}{M}{u}，{rate}为{R}。', '{P}{tot}、{donev}{M}{u}，{rate}{R}。',
              '{P}{tot}，{donev}{M}{u}，{rate}达到{R}，{tail}。'],
    'qizhong': ['{P}{tot}，其中{donev}{M}{u}，占{R}。', '{P}{tot}，其中{donev}{M}{u}，占比{R}。',
                '{P}{tot}，其中{donev}{M}{u}、占{R}。', '{P}{tot}，其中{donev}{M}{u}，占总数的{R}。'],
    'zai': ['{P}在{zai}中，{donev}{M}{u}，占{R}。', '{P}{zai}中，{donev}{M}{u}，占比{R}。',
            '{P}在{zai}中，{donev}的有{M}{u}，占{R}。', '{P}在{zai}中，{donev}{M}{u}，占{R}，{tail}。'],
    'zhan': ['{P}{L2}{donev}{M}{u}，占{totn}{N}{u}的{R}。', '{P}{L2}{donev}{M}{u}，占{totn}（{N}{u}）的{R}。',
             '{P}{L2}{donev}{M}{u}，占{totn}{N}{u}的{R}，{tail}。'],
    'paren': ['{P}{tot}，{rate}{R}（{M}/{N}）。', '{P}{L2}{rate}达{R}（{M}/{N}）。',
              '{P}{tot}，{donev}{M}{u}，{rate}{R}（{M}/{N}）。', '{P}{L2}{rate}为{R}（{M}/{N}），{tail}。'],
    'before': ['{P}{L2}{rate}达{R}，{tot0}，{donev}{M}{u}。', '{P}{L2}{rate}{R}（{tot0}，{donev}{M}{u}）。',
               '{P}{L2}{donev}{M}{u}，{rate}{R}（{totn}{N}{u}）。', '{P}{L2}{rate}为{R}：{tot0}，{donev}{M}{u}。'],
    'earlier': ['{P}{tot}。{filler}，{now}{donev}{M}{u}，{rate}{R}。', '{P}{tot}，{filler}。目前，{donev}{M}{u}，{rate}{R}。',
                '{P}{tot}，{filler}，{filler2}，{donev}{M}{u}，{rate}{R}。'],
}


def build_rate_text(ctx, kind, s, N, M, Rtxt):
    rng = ctx.rng
    L = rng.choice([p for p in PLACES])
    G = ctx.G()
    tot = s.tot.format(L=L, G=G, N=N)
    tot0 = s.tot.format(L='', G='共', N=N)
    zai = s.zai.format(L=L, N=N)
    L2 = L + rng.choice(['', '', '累计'])
    f1, f2 = rng.sample(FILLER, 2)
    tmpl = rng.choice(RATE_TMPL[kind])
    return tmpl.format(P=ctx.P(), tot=tot, tot0=tot0, zai=zai, L2=L2, donev=s.donev, M=M, u=s.unit, rate=s.rate,
                       R=Rtxt, N=N, totn=s.totn, tail=rng.choice(TAILS), filler=f1, filler2=f2,
                       now=rng.choice(['目前，', '到年底，', '截至目前，已', '']).replace('已', ''))


def gen_rate_generic(ctx, label, kind, pct_mode='plain', fullwidth=False, linebreak=False, dw=(3, 4, 4)):
    rng = ctx.rng
    s = rng.choice(SUBJ)
    N, M = pick_counts(rng, s.nlo, s.nhi, s.plo, s.phi)
    if pct_mode == 'cn':
        dw = (5, 4, 1)
    d = pick_d(rng, dw)
    Ms, Ns = str(M), str(N)
    R, note = rate_pair(rng, label, Ms, Ns, d)
    Rtxt, Rraw = render_pct(rng, R, pct_mode)
    text = build_rate_text(ctx, kind, s, Ns, Ms, Rtxt)
    if linebreak:
        # PDF-extraction style break between a number and its unit, or after a comma
        cands = [m.end() for m in re.finditer(r'\d+(?=[件人户处项个名份天亩单栋家批起])', text)]
        cands += [m.end() for m in re.finditer(r'，', text)]
        pos = rng.choice(cands)
        text = text[:pos] + rng.choice(['\n\n', '\n', '\r\n']) + text[pos:]
    text, raws = fin(text, [Ms, Ns, Rraw], fullwidth, rng=rng)
    spec = {'kind': 'rate', 'M': raws[0], 'N': raws[1], 'R': raws[2]}
    return text, note, spec


def gen_rate_chinese_counts(ctx, label):
    rng = ctx.rng
    tmpl, nlo, nhi, plo, phi = rng.choice(CN_SUBJ)
    N, M = pick_counts(rng, nlo, nhi, plo, phi)
    if M == 0:
        M = 1
    d = pick_d(rng, (4, 4, 2))
    R, note = rate_pair(rng, label, str(M), str(N), d)
    mode = rng.choice(['plain', 'cn'])
    Rtxt, Rraw = render_pct(rng, R, mode)
    two = rng.random() < 0.3
    Nc, Mc = cn_int(N, two), cn_int(M, two)
    L = rng.choice(['全镇', '全乡', '全区', '全县', '全街道', '全市'])
    text = tmpl.format(P=ctx.P(), L=L, N=Nc, M=Mc, R=Rtxt)
    return text, note + ' [counts %s/%s written in Chinese]' % (Mc, Nc), {'kind': 'rate', 'M': Mc, 'N': Nc, 'R': Rraw}


def gen_rate_failure(ctx, label):
    rng = ctx.rng
    tot, bad, u, rate, plo, phi, nlo, nhi = rng.choice(FAIL_SUBJ)
    N, M = pick_counts(rng, nlo, nhi, plo, phi, allow_full=False)
    if M == 0:
        M = 1
    d = pick_d(rng, (1, 3, 6)) if 100 * M / N < 1 else pick_d(rng, (2, 4, 4))
    if 100 * M / N < 0.5:
        d = 2
    R, note = rate_pair(rng, label, str(M), str(N), d, kinds=['off'] * 6 + ['swap'] * 2 + ['complement'] * 2)
    L = rng.choice(PLACES)
    t = rng.choice(['{P}{tot}，其中{bad}{M}{u}，{rate}{R}。', '{P}{tot}，检出{bad}{M}{u}，{rate}为{R}。',
                    '{P}{tot}，发现{bad}{M}{u}，{rate}{R}，均已依法处置。', '{P}{tot}，{bad}{M}{u}，{rate}{R}。'])
    if bad in ('无效问卷', '反弹复发', '存在隐患', '辍学'):
        t = t.replace('检出{bad}', '{bad}').replace('发现{bad}', '{bad}').replace('，均已依法处置', '')
    text = t.format(P=ctx.P(), tot=tot.format(L=L, G=ctx.G(), N=N), bad=bad, M=M, u=u, rate=rate, R=R + '%')
    return text, note, {'kind': 'rate', 'M': str(M), 'N': str(N), 'R': R}


def gen_rate_pair_pass_fail(ctx, label):
    rng = ctx.rng
    tot, u, plo, phi, nlo, nhi = rng.choice(PASSFAIL_SUBJ)
    N, M = pick_counts(rng, nlo, nhi, plo, phi, allow_full=False)
    if M == N:
        M -= 1
    K = N - M
    d = pick_d(rng, (1, 4, 5))
    while d < 2 and (qround(F(100 * K, N), d, 'trunc') == 0 or qround(F(100 * M, N), d, 'halfup') == 100):
        d += 1
    which = rng.choice(['pass', 'fail', 'both']) if label == 'inconsistent' else None
    if label == 'consistent':
        mode = 'halfup' if rng.random() < 0.85 else 'trunc'
        R1 = fstr(qround(F(100 * M, N), d, mode), d)
        R2 = fstr(qround(F(100 * K, N), d, mode), d)
        note = '%d/%d = %s%% stated %s%%; %d/%d = %s%% stated %s%% (%s)' % (
            M, N, fmt(F(100 * M, N), 4), R1, K, N, fmt(F(100 * K, N), 4), R2, mode)
    else:
        R1 = fstr(qround(F(100 * M, N), d, 'halfup'), d)
        R2 = fstr(qround(F(100 * K, N), d, 'halfup'), d)
        if which in ('pass', 'both'):
            R1, h1 = bad_rate(rng, str(M), str(N), d, kinds=['off', 'off', 'swap'])
        if which in ('fail', 'both'):
            R2, h2 = bad_rate(rng, str(K), str(N), d, kinds=['off', 'off', 'swap'])
        note = '%d/%d = %s%% stated %s%%; %d/%d = %s%% stated %s%% (wrong: %s)' % (
            M, N, fmt(F(100 * M, N), 4), R1, K, N, fmt(F(100 * K, N), 4), R2, which)
    L = rng.choice(PLACES)
    t = rng.choice(['{P}{tot}，合格{M}{u}，不合格{K}{u}，合格率{R1}，不合格率{R2}。',
                    '{P}{tot}，其中合格{M}{u}、不合格{K}{u}，合格率为{R1}，不合格率为{R2}。',
                    '{P}{tot}，检测合格{M}{u}，合格率{R1}；不合格{K}{u}，不合格率{R2}，已全部依法处置。'])
    text = t.format(P=ctx.P(), tot=tot.format(L=L, G=ctx.G(), N=N), M=M, K=K, u=u, R1=R1 + '%', R2=R2 + '%')
    spec = {'kind': 'multi', 'items': [{'kind': 'rate', 'M': str(M), 'N': str(N), 'R': R1},
                                       {'kind': 'rate', 'M': str(K), 'N': str(N), 'R': R2}]}
    return text, note, spec


def gen_rate_wan(ctx, label):
    rng = ctx.rng
    tmpl, plo, phi, nlo, nhi, dM = rng.choice(WAN_SUBJ)
    for _ in range(100):
        Nv = F(rng.uniform(nlo, nhi)).limit_denominator(10 ** dM)
        Ns = fstr(qround(Nv, dM, 'halfup'), dM)
        Ms = fstr(qround(F(Ns) * F(rng.uniform(plo, phi)).limit_denominator(10000), dM, 'halfup'), dM)
        if F(Ms) > 0:
            break
    d = 2 if rng.random() < 0.7 else 1
    R, note = rate_pair(rng, label, Ms, Ns, d, approx=True, kinds=['off'] * 4 + ['swap'] * 2 + ['inverse'])
    text = tmpl.format(P=ctx.P(), L=rng.choice(BIG_PLACES), N=Ns, M=Ms, R=R + '%')
    return text, note + ' [counts are rounded: interval checked]', {'kind': 'rate', 'M': Ms, 'N': Ns, 'R': R, 'approx': True}


def gen_rate_money(ctx, label):
    rng = ctx.rng
    tmpl, plo, phi = rng.choice(MONEY_SUBJ)
    dM = rng.choice([0, 0, 1, 2])
    Nv = F(logrand(rng, 200, 90000))
    if dM:
        Nv += F(rng.randint(0, 10 ** dM - 1), 10 ** dM)
    Ns = fstr(Nv, dM)
    if phi >= 1 and rng.random() < 0.1:
        Ms = Ns
    else:
        Ms = fstr(qround(F(Ns) * F(rng.uniform(plo, min(phi, .999))).limit_denominator(10000), dM, 'halfup'), dM)
    d = pick_d(rng, (2, 4, 5))
    R, note = rate_pair(rng, label, Ms, Ns, d, approx=True, kinds=['off'] * 4 + ['swap'] * 2 + ['inverse'])
    text = tmpl.format(P=ctx.P(), L=rng.choice(PLACES), N=Ns, M=Ms, R=R + '%')
    return text, note, {'kind': 'rate', 'M': Ms, 'N': Ns, 'R': R, 'approx': True}


def gen_rate_plan_over100(ctx, label):
    rng = ctx.rng
    tmpl, nlo, nhi = rng.choice(PLAN_SUBJ)
    N = logrand(rng, nlo, nhi)
    M = int(round(N * rng.uniform(1.005, 1.35)))
    if M == N:
        M += 1
    d = pick_d(rng, (3, 4, 3))
    R, note = rate_pair(rng, label, str(M), str(N), d, kinds=['off', 'off', 'off', 'swap'], cap=1000)
    text = tmpl.format(P=ctx.P(), L=rng.choice(PLACES), N=N, M=M, R=R + '%')
    return text, note + ' [over-100% completion is legitimate]', {'kind': 'rate', 'M': str(M), 'N': str(N), 'R': R}


def gen_rate_yue(ctx, label):
    rng = ctx.rng
    tmpl, plo, phi, nlo, nhi = rng.choice(YUE_SUBJ)
    N, M = pick_counts(rng, nlo, nhi, plo, phi, allow_full=False)
    d = rng.choice([0, 1, 1])
    x = F(100 * M, N)
    if label == 'consistent':
        R, how = good_rate(rng, str(M), str(N), d)
    else:
        # "约" widens tolerance: make the miss at least 2 points
        for _ in range(200):
            R = qround(x + rng.choice([-1, 1]) * F(rng.uniform(2.2, 9)).limit_denominator(100), d, 'halfup')
            if 0 < R <= 100 and abs(R - x) >= 2:
                break
        R, how = fstr(R, d), 'off by %s pp despite 约' % fmt(R - x, 2)
    text = tmpl.format(P=ctx.P(), L=rng.choice(PLACES), G=ctx.G(), N=N, M=M, R=R + '%')
    note = '%d/%d = %s%% stated ~%s%% (%s)' % (M, N, fmt(x, 4), R, how)
    return text, note, {'kind': 'rate', 'M': str(M), 'N': str(N), 'R': R, 'yue': True}


def gen_trad(ctx, label):
    rng = ctx.rng
    tmpl, plo, phi, nlo, nhi = rng.choice(TRAD_SUBJ)
    N, M = pick_counts(rng, nlo, nhi, plo, phi)
    d = pick_d(rng)
    R, note = rate_pair(rng, label, str(M), str(N), d)
    Rt = R + rng.choice(['%', '%', '% '])
    text = tmpl.format(P=rng.choice(TRAD_PREFIX), N=N, M=M, R=Rt)
    if rng.random() < 0.4:
        text = text.replace('，', ',').replace('。', '.')
    return text, note + ' [traditional characters with pinyin debris]', {'kind': 'rate', 'M': str(M), 'N': str(N), 'R': R}


def share_values(rng, ranges, d, total=100):
    w = [rng.uniform(a, b) for a, b in ranges]
    s = sum(w)
    unit = 10 ** d
    raw = [x / s * total * unit for x in w]
    fl = [int(math.floor(r)) for r in raw]
    rem = total * unit - sum(fl)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - fl[i], reverse=True)
    for i in order[:rem]:
        fl[i] += 1
    return [F(v, unit) for v in fl]


def gen_shares(ctx, label, style):
    rng = ctx.rng
    pre, noun, names, ranges, _, _ = rng.choice(SHARE_SETS)
    if names[0] == '第一产业' and rng.random() < 0.5:
        names = ['一产', '二产', '三产']
    d = rng.choice([0, 0, 1, 1, 2])
    if min(a for a, b in ranges) < 1.5:
        d = max(d, 1)  # avoid a "0%" category
    n = len(names)
    partial = False
    if label == 'consistent':
        u = rng.random()
        if u < 0.2 and n >= 3:
            partial = True
            k = rng.randint(2, n - 1)
            vals = share_values(rng, ranges, d)[:k]
            names = names[:k]
            how = 'partial list, sum %s%% < 100%%'
        elif u < 0.32 and d >= 1 and n >= 3:
            vals = share_values(rng, ranges, d)
            i = rng.randrange(n)
            vals[i] += rng.choice([-1, 1]) * F(1, 10 ** d)  # rounding drift of one last digit
            how = 'sum %s%% (rounding drift)'
        else:
            vals = share_values(rng, ranges, d)
            how = 'sum %s%%'
    else:
        vals = share_values(rng, ranges, d)
        e = F(rng.choice([rng.uniform(4, 9), rng.uniform(9, 22)])).limit_denominator(10 ** d)
        e = qround(e, d, 'halfup')
        if rng.random() < 0.6:
            i = rng.randrange(n)
            vals[i] += e
        else:
            i, j = rng.sample(range(n), 2)
            e1 = qround(e / 2, d, 'halfup')
            vals[i] += e1
            vals[j] += e - e1
        how = 'sum %s%% > 100%%'
    strs = [fstr(v, d) for v in vals]
    S = sum(F(s) for s in strs)
    note = ' + '.join(strs) + ' = ' + (how % fstr(S, d))
    ps = [s + '%' for s in strs]
    P = ctx.P() if rng.random() < 0.3 else ''
    if style == 'share_fenbie':
        if partial:
            t = rng.choice(['{pre}其中{names}占比分别为{vals}。', '{pre}{names}分别占{vals}。'])
        else:
            t = rng.choice(['{pre}{names}占比分别为{vals}。', '{pre}{names}分别占{vals}。', '{pre}{names}所占比重分别为{vals}。',
                            '{pre}{names}分别占比{vals}。'])
        sep = rng.choice(['、', '、', '，'])
        nm = '、'.join(names[:-1]) + rng.choice(['、', '和']) + names[-1] if n > 1 else names[0]
        vl = sep.join(ps[:-1]) + rng.choice([sep, '和']) + ps[-1]
        text = P + t.format(pre=pre, names=nm, vals=vl)
    elif style == 'share_goucheng':
        if partial:
            t = rng.choice(['{noun}构成中，{items}。', '从{noun}构成看，{items}，其余为其他。'])
        else:
            t = rng.choice(['{noun}构成为：{items}。', '{noun}构成情况：{items}。', '从{noun}构成看，{items}。'])
        ij = rng.choice(['，', '；', '、'])
        form = rng.choice(['{a}占{b}', '{a}{b}', '{a}占{b}'])
        items = ij.join(form.format(a=a, b=b) for a, b in zip(names, ps))
        text = P + t.format(noun=noun, items=items)
    else:  # share_zhanbi_list
        ij = rng.choice(['、', '，', '；'])
        form = rng.choice(['{a}占比{b}', '{a}占{b}', '{a}占比为{b}'])
        items = ij.join(form.format(a=a, b=b) for a, b in zip(names, ps))
        text = P + pre + ('其中' if partial else '') + items + '。'
    return text, note, {'kind': 'shares', 'parts': strs}


def gen_share_counts(ctx, label):
    rng = ctx.rng
    pre, noun, names, ranges, tot, unit = rng.choice([s for s in SHARE_SETS if s[4]])
    T = logrand(rng, 60, 6000)
    vals = share_values(rng, ranges, 3)
    counts = [int(round(float(v) / 100 * T)) for v in vals]
    counts[-1] = T - sum(counts[:-1])
    if min(counts) <= 0:
        counts = [max(c, 1) for c in counts]
        T = sum(counts)
    n = len(names)
    k = n if rng.random() < 0.7 else rng.randint(2, n - 1)
    names, counts = names[:k], counts[:k]
    d = pick_d(rng, (4, 4, 2))
    Rs = []
    for c in counts:
        mode = 'halfup' if rng.random() < 0.85 else 'trunc'
        Rs.append(fstr(qround(F(100 * c, T), d, mode), d))
    how = ''
    if label == 'inconsistent':
        if k >= 2 and rng.random() < 0.35:
            # two shares swapped
            idx = [(i, j) for i in range(k) for j in range(i + 1, k)
                   if abs(F(100 * counts[i], T) - F(100 * counts[j], T)) >= 2]
            if idx:
                i, j = rng.choice(idx)
                Rs[i], Rs[j] = Rs[j], Rs[i]
                how = 'shares of %s and %s swapped' % (names[i], names[j])
        if not how:
            i = rng.randrange(k)
            Rs[i], h = bad_rate(rng, str(counts[i]), str(T), d, kinds=['off', 'off', 'swap'])
            how = '%s: %s' % (names[i], h)
    L = rng.choice(PLACES)
    items = '、'.join('%s%d%s' % (a, c, unit) for a, c in zip(names, counts))
    vals = '、'.join(r + '%' for r in Rs[:-1]) + rng.choice(['、', '和']) + Rs[-1] + '%'
    t = rng.choice(['{P}{tot}，其中{items}，分别占{vals}。', '{P}{tot}。其中，{items}，占比分别为{vals}。',
                    '{P}{tot}，其中{items}，分别占总数的{vals}。'])
    text = t.format(P=ctx.P(), tot=tot.format(L=L, G=ctx.G(), T=T), items=items, vals=vals)
    note = '; '.join('%d/%d=%s%% stated %s%%' % (c, T, fmt(F(100 * c, T), 3), r) for c, r in zip(counts, Rs))
    if how:
        note += ' (' + how + ')'
    spec = {'kind': 'multi', 'items': [{'kind': 'rate', 'M': str(c), 'N': str(T), 'R': r} for c, r in zip(counts, Rs)]}
    return text, note, spec


def grim_ok_gen(N, R, d, modes=('halfup', 'trunc')):
    Rf = F(R)
    for k in range(N + 1):
        for m in modes:
            if qround(F(100 * k, N), d, m) == Rf:
                return k
    return None


def grim_impossible(N, R, d):
    """no k in 0..N gives R under half-up, truncation or ceiling (half-even lies between them)."""
    if grim_ok_gen(N, R, d, ('halfup', 'trunc')) is not None:
        return False
    return all(math.ceil(F(100 * k, N) * 10 ** d) != F(R) * 10 ** d for k in range(N + 1))


def gen_grim(ctx, label, style):
    rng = ctx.rng
    pool = GRIM_T[:6] + GRIM_T[8:9] + GRIM_T[13:] if style == 'grim_survey' else GRIM_T[3:]
    if style == 'grim_survey':
        pool = [GRIM_T[i] for i in (0, 1, 2, 8)]
    else:
        pool = [GRIM_T[i] for i in (3, 4, 5, 6, 7, 9, 10, 11, 12, 13)]
    tmpl, lo, hi = rng.choice(pool)
    d = pick_d(rng, (5, 4, 2))
    inc = label == 'inconsistent'
    if d == 0:
        N = rng.randint(7, 40) if inc else rng.choice([rng.randint(7, 60), rng.randint(100, 400)])
    elif d == 1:
        N = rng.randint(12, 150) if inc else rng.randint(12, 400)
    else:
        N = rng.randint(25, 1000) if inc else rng.randint(25, 1500)
    if label == 'consistent':
        klo, khi = int(math.ceil(lo / 100 * N)), int(math.floor(hi / 100 * N))
        k = rng.randint(max(klo, 0), max(min(khi, N), klo)) if khi >= klo else int(round(0.9 * N))
        k = min(max(k, 0), N)
        mode = 'halfup' if rng.random() < 0.8 else 'trunc'
        R = fstr(qround(F(100 * k, N), d, mode), d)
        note = 'N=%d, k=%d gives %s%% (%s) -> stated %s%% attainable' % (N, k, fmt(F(100 * k, N), 4), mode, R)
    else:
        for _ in range(3000):
            R = fstr(qround(F(rng.uniform(lo, min(hi, 99.9))).limit_denominator(10 ** (d + 2)), d, 'halfup'), d)
            if grim_ok_gen(N, R, d, ('halfup', 'trunc')) is None and F(R) not in (0, 100):
                # ceiling too
                if all(math.ceil(F(100 * k, N) * 10 ** d) != F(R) * 10 ** d for k in range(N + 1)):
                    break
        else:
            raise RuntimeError('grim')
        kk = F(R) * N / 100
        k0 = int(math.floor(kk))
        near = []
        for k in (k0, k0 + 1):
            if 0 <= k <= N:
                near.append('%d/%d=%s%%' % (k, N, fmt(F(100 * k, N), d + 2)))
        note = 'N=%d: no whole k gives %s%% (nearest %s)' % (N, R, ', '.join(near))
    text = tmpl.format(P=ctx.P(), G=ctx.G(), L=rng.choice(PLACES), N=N, R=R + '%')
    return text, note, {'kind': 'grim', 'N': str(N), 'R': R}


def gen_pp(ctx, label, up):
    rng = ctx.rng
    X, lo, hi = rng.choice(PP_UP if up else PP_DOWN)
    dd = rng.choice([0, 1, 1, 1, 2])
    for _ in range(200):
        if up:
            B = qround(F(rng.uniform(lo, hi)).limit_denominator(1000), dd, 'halfup')
            A = qround(B - F(rng.uniform(0.3, max(0.5, min(8, float(B) * 0.3)))).limit_denominator(1000), dd, 'halfup')
        else:
            A = qround(F(rng.uniform(lo, hi)).limit_denominator(1000), dd, 'halfup')
            B = qround(A - F(rng.uniform(0.2, max(0.4, min(6, float(A) * 0.4)))).limit_denominator(1000), dd, 'halfup')
        if A > 0 and B > 0 and A != B and A <= 100 and B <= 100:
            break
    diff = abs(B - A)
    dC = dd if (dd < 2 or rng.random() < 0.6) else 1
    need = F(1, 2) + F(1, 10 ** dC)
    if label == 'consistent':
        mode = 'halfup' if rng.random() < 0.8 else 'trunc'
        C = qround(diff, dC, mode)
        how = 'ok (%s)' % mode
    else:
        how = None
        for _ in range(300):
            kind = rng.choice(['relative', 'relative', 'off', 'off', 'swap'])
            if kind == 'relative':
                C = qround(100 * diff / A, dC, 'halfup')
                h = 'relative change %s%% stated as percentage points' % fmt(100 * diff / A, 3)
            elif kind == 'off':
                C = qround(diff + rng.choice([-1, 1]) * off_delta(rng, dC), dC, 'halfup')
                h = 'off'
            else:
                sw = swap_digits(rng, fstr(qround(diff, dC, 'halfup'), dC))
                if sw is None:
                    continue
                C = F(sw)
                h = 'digits swapped'
            if C > 0 and abs(C - diff) >= need:
                how = h
                break
        assert how
    As, Bs, Cs = fstr(A, dd), fstr(B, dd), fstr(C, dC)
    if up:
        t = rng.choice(['{P}{L}{X}由{A}%提高到{B}%，提高{C}个百分点。', '{P}{L}{X}达到{B}%，较上年的{A}%提高{C}个百分点。',
                        '{P}{L}{X}从{A}%提升至{B}%，上升{C}个百分点。', '{P}{L}{X}为{B}%，比上年（{A}%）提高{C}个百分点。',
                        '{P}{L}{X}由上年的{A}%提升到{B}%，同比提高{C}个百分点，{tail}。'])
    else:
        t = rng.choice(['{P}{L}{X}由{A}%下降到{B}%，下降{C}个百分点。', '{P}{L}{X}为{B}%，较上年的{A}%下降{C}个百分点。',
                        '{P}{L}{X}从{A}%降至{B}%，降低{C}个百分点。', '{P}{L}{X}由上年的{A}%降至{B}%，同比下降{C}个百分点。'])
    text = t.format(P=ctx.P(), L=rng.choice(PLACES), X=X, A=As, B=Bs, C=Cs, tail=rng.choice(TAILS))
    note = '%s -> %s: %s pp, stated %s pp (%s)' % (As, Bs, fstr(diff, dd), Cs, how)
    return text, note, {'kind': 'pp', 'A': As, 'B': Bs, 'C': Cs, 'dir': 'up' if up else 'down'}


def growth_interval(As, Bs, up, approx):
    A, B = F(As), F(Bs)
    if approx:
        ha, hb = halfunit(As), halfunit(Bs)
    else:
        ha = hb = F(0)
    vals = []
    for a in (A - ha, A + ha):
        for b in (B - hb, B + hb):
            vals.append(100 * (b - a) / a if up else 100 * (a - b) / a)
    return min(vals), max(vals)


def gen_growth(ctx, label, up, style):
    rng = ctx.rng
    X, u, lo, hi, dv = rng.choice(GROW_UP if up else GROW_DOWN)
    approx = u not in ('件', '起', '人', '户')
    for _ in range(200):
        A = F(rng.uniform(lo, hi)).limit_denominator(10 ** dv * 10)
        A = qround(A, dv, 'halfup')
        if A <= 0:
            continue
        if up:
            glo, ghi = GROWTH_RANGE.get(X, (1.5, 60))
            g = rng.uniform(glo, ghi) if (rng.random() < 0.9 or X in GROWTH_RANGE) else rng.uniform(100, 260)
            B = qround(A * (1 + F(g).limit_denominator(1000) / 100), dv, 'halfup')
        else:
            glo, ghi = GROWTH_RANGE.get(X, (3, 60))
            g = rng.uniform(glo, ghi)
            B = qround(A * (1 - F(g).limit_denominator(1000) / 100), dv, 'halfup')
        if B > 0 and B != A:
            break
    As, Bs = fstr(A, dv), fstr(B, dv)
    x = 100 * (B - A) / A if up else 100 * (A - B) / A
    d = pick_d(rng, (2, 5, 3))
    glo, ghi = growth_interval(As, Bs, up, approx)
    need = F(1, 2) + F(1, 10 ** d)
    if label == 'consistent':
        mode = 'halfup' if rng.random() < 0.8 else 'trunc'
        C = qround(x, d, mode)
        how = 'ok (%s)' % mode
    else:
        how = None
        for _ in range(300):
            kind = rng.choice(['off', 'off', 'off', 'wrong_base', 'swap'] + (['ratio'] if up else []))
            if kind == 'off':
                C = qround(x + rng.choice([-1, 1]) * off_delta(rng, d), d, 'halfup')
                h = 'off'
            elif kind == 'wrong_base':
                C = qround(100 * abs(B - A) / B, d, 'halfup')
                h = 'wrong base: divided by the new value'
            elif kind == 'ratio':
                C = qround(100 * B / A, d, 'halfup')
                h = 'ratio B/A reported as growth'
            else:
                sw = swap_digits(rng, fstr(qround(x, d, 'halfup'), d))
                if sw is None:
                    continue
                C = F(sw)
                h = 'digits swapped'
            if C > 0 and dist_interval(C, glo, ghi) >= need:
                how = h
                break
        assert how, (As, Bs)
    Cs = fstr(C, d)
    P, L = ctx.P(), rng.choice(BIG_PLACES if '亿' in u or X in ('一般公共预算收入', '税收收入', '外贸进出口总额') else PLACES)
    if style == 'yoy_with_base':
        if up:
            t = rng.choice(['{P}{L}{X}{B}{u}，较去年同期的{A}{u}增长{C}%。', '{P}{L}{X}达{B}{u}，同比增长{C}%（上年同期为{A}{u}）。',
                            '{P}{L}实现{X}{B}{u}，比上年同期{A}{u}增加{C}%。'])
        else:
            t = rng.choice(['{P}{L}{X}{B}{u}，较去年同期的{A}{u}下降{C}%。', '{P}{L}{X}{B}{u}，同比下降{C}%（去年同期{A}{u}）。',
                            '{P}{L}{X}为{B}{u}，比上年同期{A}{u}减少{C}%。'])
    elif up:
        t = rng.choice(['{P}{L}{X}由{A}{u}增加到{B}{u}，增长{C}%。', '{P}{L}{X}从上年的{A}{u}增至{B}{u}，增幅{C}%。',
                        '{P}{L}{X}由{A}{u}提高到{B}{u}，增长{C}%，{tail}。', '{P}{L}{X}由上年{A}{u}增长到{B}{u}，增长{C}%。'])
    else:
        t = rng.choice(['{P}{L}{X}由{A}{u}下降到{B}{u}，下降{C}%。', '{P}{L}{X}从上年的{A}{u}降至{B}{u}，降幅{C}%。',
                        '{P}{L}{X}由{A}{u}减少到{B}{u}，减少{C}%。'])
    text = t.format(P=P, L=L, X=X, A=As, B=Bs, u=u, C=Cs, tail=rng.choice(TAILS))
    note = '(%s-%s)/%s = %s%% stated %s%% (%s)' % (Bs, As, As, fmt(x if up else -x, 3), Cs, how) if up else \
        '(%s-%s)/%s = %s%% stated %s%% (%s)' % (As, Bs, As, fmt(x, 3), Cs, how)
    return text, note, {'kind': 'growth', 'A': As, 'B': Bs, 'C': Cs, 'dir': 'up' if up else 'down', 'approx': approx}


# ----------------------------------------------------------------------------------------------
# negatives
# ----------------------------------------------------------------------------------------------
RATE_NAMES = ['群众满意率', '办结率', '按期办结率', '网上可办率', '参保率', '覆盖率', '完成率', '整改率', '结案率', '签约率',
              '回访满意率', '知晓率', '入学率', '合格率', '达标率', '到位率', '处置率']
WORK_X = ['12345热线工单', '信访事项', '城市管理案件', '安全隐患', '政务服务事项', '矛盾纠纷', '环境信访投诉', '劳动保障监察案件']
MONEY_X = [('固定资产投资', '万元'), ('村集体经济收入', '万元'), ('限上消费品零售额', '万元'), ('规上工业总产值', '亿元'),
           ('外贸进出口总额', '亿元'), ('实际利用外资', '万美元'), ('招商引资到位资金', '亿元'), ('税收收入', '万元')]
UNIT_NAMES = ['东城社区', '西苑社区', '南湖社区', '北关村', '杨柳村', '新桥村', '光明社区', '和平村', '城北街道', '城南街道', '河西镇',
              '青山镇']


def money_value(rng, u):
    if '亿' in u:
        return fstr(qround(F(rng.uniform(1, 300)).limit_denominator(1000), 2, 'halfup'), 2)
    if u == '万美元':
        return str(logrand(rng, 100, 20000))
    dv = rng.choice([0, 0, 1, 2])
    return fstr(qround(F(logrand(rng, 100, 90000)) + F(rng.randint(0, 99), 100), dv, 'halfup'), dv)


def pct_str(rng, lo, hi, d):
    return fstr(qround(F(rng.uniform(lo, hi)).limit_denominator(10 ** (d + 2)), d, 'halfup'), d)


def neg_growth_over_100(ctx):
    rng = ctx.rng
    X, u = rng.choice(MONEY_X)
    V = money_value(rng, u)
    L = rng.choice(BIG_PLACES) if '亿' in u else ctx.L()
    G = pct_str(rng, 100.5, 320, rng.choice([0, 1, 2]))
    t = rng.choice(['{P}{L}{X}累计完成{V}{u}，同比增长{G}%。', '{P}{L}{X}{V}{u}，较上年增长{G}%，增幅居全市第{k}位。',
                    '{P}{L}网上办件量同比增长{G}%。', '{P}{L}{X}达{V}{u}，增长{G}%，实现翻番。',
                    '{P}{L}{X}同比增长{G}%，增速创近年新高。'])
    text = t.format(P=ctx.P(), L=L, X=X, V=V, u=u, G=G, k=rng.randint(1, 5))
    return text, 'growth of %s%% (> 100%%) is legitimate; no base given' % G, {'kind': 'neg'}


def neg_plan_over_100(ctx):
    rng = ctx.rng
    R = pct_str(rng, 100.5, 135, rng.choice([0, 1, 2]))
    c = rng.random()
    if c < 0.3:
        # count given, target not: make sure a whole target exists
        d = ndec(R)
        for _ in range(200):
            T = logrand(rng, 300, 9000)
            V = int(round(F(R) * T / 100))
            R2 = fstr(qround(F(100 * V, T), d, 'halfup'), d)
            if F(R2) > 100:
                R = R2
                break
        text = rng.choice(['{P}{L}城镇新增就业{V}人，完成年度目标的{R}%。', '{P}{L}新增市场主体{V}户，完成年度任务的{R}%。',
                           '{P}{L}完成植树造林{V}亩，完成年度计划的{R}%。']).format(P=ctx.P(), L=ctx.L(), V=V, R=R)
        return text, 'plan completion %s%% > 100%% is legitimate; target not stated (hidden target %d exists)' % (R, T), {'kind': 'neg'}
    X, u = rng.choice(MONEY_X)
    t = rng.choice(['{P}{L}{X}完成年度任务的{R}%。', '{P}{L}{X}完成{V}{u}，时序进度{R}%。', '{P}{L}{X}超额完成目标任务，完成率{R}%。',
                    '{P}{L}{X}完成全年目标的{R}%，提前完成年度任务。'])
    text = t.format(P=ctx.P(), L=rng.choice(BIG_PLACES) if '亿' in u else ctx.L(), X=X, V=money_value(rng, u), u=u, R=R)
    return text, 'completion of plan over 100%% (%s%%) is legitimate' % R, {'kind': 'neg'}


def neg_pp_alone(ctx):
    rng = ctx.rng
    X, lo, hi = rng.choice(PP_UP + PP_DOWN)
    C = pct_str(rng, 0.2, 6, rng.choice([1, 1, 2]))
    B = pct_str(rng, lo, hi, 1)
    t = rng.choice(['{P}{L}{X}较上年提高{C}个百分点。', '{P}{L}{X}达{B}%，比全市平均水平高{C}个百分点。',
                    '{P}{L}{X}同比下降{C}个百分点。', '{P}{L}{X}为{B}%，较上年提升{C}个百分点，位居全市前列。',
                    '{P}{L}{X}提高{C}个百分点，{tail}。'])
    text = t.format(P=ctx.P(), L=ctx.L(), X=X, B=B, C=C, tail=rng.choice(TAILS))
    return text, 'percentage-point change without the earlier value: nothing to check', {'kind': 'neg'}


SPECIFIC_RATES = ['12345热线群众满意率', '信访事项按期办结率', '城乡居民医保参保率', '食品抽检合格率', '政务服务事项网上可办率',
                  '家庭医生签约服务覆盖率', '义务教育巩固率', '安全隐患整改率', '城管案件结案率', '生活垃圾分类知晓率',
                  '农村自来水普及率', '适龄儿童疫苗接种率', '矛盾纠纷调解成功率', '困难群众救助资金到位率', '新生儿访视率']


def neg_rate_no_numbers(ctx):
    rng = ctx.rng
    r = rng.choice(SPECIFIC_RATES)
    R = pct_str(rng, 80, 100, rng.choice([0, 1, 1, 2]))
    t = rng.choice(['{P}{L}{r}达{R}%。', '{P}{L}{r}达到{R}%，工作成效明显。', '{P}{L}扎实推进各项工作，{r}为{R}%。',
                    '{P}{L}{r}{R}%，较好完成了上级下达的目标任务。'])
    text = t.format(P=ctx.P(), L=ctx.L(), r=r, R=R)
    return text, 'a bare rate without its numerator or denominator', {'kind': 'neg'}


def neg_unrelated_rates(ctx):
    rng = ctx.rng
    r1, r2 = rng.sample(RATE_NAMES, 2)
    R1 = pct_str(rng, 90, 100, 0)
    R2 = pct_str(rng, 85, 100, rng.choice([0, 1]))
    if rng.random() < 0.5:
        N = rng.randint(120, 3000)
        X = rng.choice(WORK_X)
        R1 = fstr(qround(F(100 * int(round(N * F(R1) / 100)), N), 0, 'halfup'), 0)
        R2 = fstr(qround(F(100 * rng.randint(int(N * .85), N), N), ndec(R2) if N >= 1000 else 0, 'halfup'),
                  ndec(R2) if N >= 1000 else 0)
        text = '{P}{L}{G}受理{X}{N}件，{r1}{R1}%，{r2}{R2}%。'.format(P=ctx.P(), L=ctx.L(), G=ctx.G(), X=X, N=N,
                                                                     r1='办结率', r2=rng.choice(['群众满意率', '回访满意率', '按期办结率']),
                                                                     R1=R1, R2=R2)
        return text, 'two rates of different things (both attainable with N=%d); sum %s%% is not a share' % (
            N, fstr(F(R1) + F(R2), 1)), {'kind': 'neg', 'grim_ok': [[str(N), R1], [str(N), R2]]}
    text = rng.choice(['{P}{L}{r1}{R1}%，{r2}{R2}%。', '{P}{L}{r1}达{R1}%、{r2}达{R2}%。', '{P}{L}{r1}和{r2}分别为{R1}%和{R2}%。']).format(
        P=ctx.P(), L=ctx.L(), r1=r1, r2=r2, R1=R1, R2=R2)
    return text, 'unrelated rates in one sentence; sum %s%% is meaningless' % fstr(F(R1) + F(R2), 1), {'kind': 'neg'}


OVERLAP = [
    ('{P}本次共调查群众{N}人，其中女性占{a}%，中共党员占{b}%，60岁以上老年人占{c}%。', (45, 58), (40, 70), (25, 45)),
    ('{P}{L}脱贫人口中，参加城乡居民医保的占100%，签约家庭医生的占{a}%，参加城乡居民养老保险的占{b}%。', (85, 99), (70, 95), None),
    ('{P}在受访企业中，{a}%的企业认为营商环境明显改善，{b}%的企业享受过减税降费政策，{c}%的企业获得过政府上门服务。', (70, 95), (60, 90), (40, 80)),
    ('{P}{L}返乡创业人员中，大专以上学历的占{a}%，35岁以下的占{b}%，女性占{c}%。', (40, 70), (45, 75), (30, 50)),
    ('{P}接受回访的{N}名群众中，{a}%对办理结果表示满意，{b}%对办理时效表示满意。', (85, 99), (80, 98), None),
    ('{P}{L}新招录的社区工作者中，本科学历占{a}%，中共党员占{b}%，具有社会工作职业资格的占{c}%。', (55, 80), (40, 70), (20, 45)),
]


def neg_overlapping_groups(ctx):
    rng = ctx.rng
    t, ra, rb, rc = rng.choice(OVERLAP)
    N = rng.randint(150, 2000)
    a = pct_str(rng, *ra, 0)
    b = pct_str(rng, *rb, 0)
    c = pct_str(rng, *rc, 0) if rc else '0'
    text = t.format(P=ctx.P(), L=ctx.L(), N=N, a=a, b=b, c=c)
    S = F(a) + F(b) + (F(c) if rc else 0) + (100 if '100%' in t else 0)
    spec = {'kind': 'neg'}
    if '{N}' in t:
        spec['grim_ok'] = [[str(N), a], [str(N), b]] + ([[str(N), c]] if rc else [])
    return text, 'overlapping groups (different attributes), sum %s%% > 100%% is fine' % fstr(S, 0), spec


DIFF_WHOLES = [
    '{P}{L}一般公共预算收入中税收收入占{a}%，一般公共预算支出中民生支出占{b}%。',
    '{P}{L}户籍人口城镇化率{a}%，常住人口城镇化率{b}%。',
    '{P}{L}规上工业产值中高新技术产业占{a}%；固定资产投资中工业投资占{b}%。',
    '{P}{L}城镇居民中参加职工医保的占{a}%，农村居民中参加城乡居民医保的占{b}%。',
    '{P}{L}信访事项中网上信访占{a}%，12345热线诉求中投诉类占{b}%，城管案件中市容类占{c}%。',
    '{P}{L}农村劳动力中外出务工的占{a}%；脱贫劳动力中在县内就业的占{b}%。',
]


def neg_different_wholes(ctx):
    rng = ctx.rng
    t = rng.choice(DIFF_WHOLES)
    d = rng.choice([0, 1, 1])
    a, b, c = pct_str(rng, 55, 92, d), pct_str(rng, 55, 92, d), pct_str(rng, 40, 70, d)
    text = t.format(P=ctx.P(), L=ctx.L(), a=a, b=b, c=c)
    return text, 'percentages of different wholes; their sum (> 100%) means nothing', {'kind': 'neg'}


def neg_range(ctx):
    rng = ctx.rng
    X, lo, hi = rng.choice(PP_UP + PP_DOWN)
    a = rng.randint(3, 12)
    b = a + rng.randint(2, 8)
    MX = rng.choice(MONEY_X)[0]
    dash = rng.choice(['—', '-', '～', '~', '至'])
    t = rng.choice(['{P}{L}{MX}预计增长{a}%{dash}{b}%。', '{P}{L}力争{MX}增长{a}{dash}{b}%。',
                    '{P}{L}{MX}占地区生产总值的比重保持在{a}%{dash}{b}%之间。',
                    '{P}{L}将{X}年均提升幅度控制在{a}%至{b}%。',
                    '{P}对{L}{a}%{dash}{b}%的市场主体开展“双随机”抽查。'])
    text = t.format(P=ctx.P(), L=ctx.L(), MX=MX, X=X, a=a, b=b, dash=dash)
    return text, 'a range of percentages, not a rate or a pair to compare', {'kind': 'neg'}


def neg_threshold(ctx):
    rng = ctx.rng
    T = rng.choice([80, 85, 90, 95, 96, 98, 99])
    low = rng.choice([1, 2, 3, 5])
    N = rng.randint(40, 3000)
    t = rng.choice(['{P}{L}{G}排查隐患{N}处，整改率达{T}%以上。', '{P}{L}群众满意率稳定在{T}%以上。',
                    '{P}{L}食品抽检不合格率控制在{low}%以下。', '{P}{L}城乡居民医保参保率超过{T}%。',
                    '{P}{L}不足{low}%的村（社区）尚未完成改造任务。', '{P}对{N}名社区矫正对象的管控率达到{T}%以上。',
                    '{P}{L}{N}家企业中{T}%以上已完成安全生产标准化建设。', '{P}{L}城镇登记失业率控制在{low}.5%以内。',
                    '{P}{L}大专以上学历占{T}%以上。'])
    text = t.format(P=ctx.P(), L=ctx.L(), G=ctx.G(), N=N, T=T, low=low)
    return text, 'threshold (以上/以下/超过/不足/以内), not an exact rate', {'kind': 'neg'}


def neg_average(ctx):
    rng = ctx.rng
    n = rng.randint(6, 30)
    R = pct_str(rng, 82, 97, 1)
    hi_ = pct_str(rng, float(R) + 1, 100, 1)
    lo_ = pct_str(rng, 70, float(R) - 1, 1)
    t = rng.choice(['{P}{L}{n}所中小学平均及格率为{R}%。', '{P}{L}{n}个村（社区）平均参保率{R}%，最高的达{hi}%，最低的为{lo}%。',
                    '{P}{L}{n}个项目平均完成投资进度{R}%。', '{P}近{n}年{L}森林覆盖率平均每年提高0.{k}个百分点。',
                    '{P}{L}{n}个网格平均入户走访率{R}%。', '{P}{L}{n}家医疗机构平均床位使用率{R}%。'])
    text = t.format(P=ctx.P(), L=ctx.L(), n=n, R=R, hi=hi_, lo=lo_, k=rng.randint(2, 9))
    return text, 'an average of rates over %d units, not k/%d' % (n, n), {'kind': 'neg'}


def neg_title(ctx):
    rng = ctx.rng
    T = rng.choice([90, 95, 98, 100])
    t = rng.choice(['{P}{L}认真贯彻《关于进一步提高城乡居民医保参保率至{T}%以上的通知》要求，层层压实责任。',
                    '{P}围绕“两个100%”目标，{L}扎实推进控辍保学工作。',
                    '{P}深入开展“{T}%群众满意”创建活动。',
                    '{P}制定《{L}农村生活污水治理率达到{T}%三年行动方案（2021—2023年）》。',
                    '（三）聚焦“三个100%”目标，全力推进安全生产专项整治',
                    '{P}印发《关于落实“{T}%网上可办”工作的实施意见》，梳理事项清单。',
                    '二、“两个{T}%”目标完成情况'])
    text = t.format(P=ctx.P(), L=ctx.L(), T=T)
    return text, 'percentage inside a document title, slogan or heading', {'kind': 'neg'}


def neg_placeholder(ctx):
    rng = ctx.rng
    x = rng.choice(['x', 'X', 'xx', 'XX', 'xxx'])
    t = rng.choice(['{P}{L}{G}受理信访事项xxx件，办结xx件，办结率xx%。', '{P}{L}家庭医生签约率达xx.xx%。',
                    '{P}{L}家庭医生签约人数xxxxx人，占常住人口xxxxx人的xx.xx%。', '{P}{L}群众满意率XX%。',
                    '{P}{L}完成xxx户，占总户数的xx%。', '{P}{L}无烟党政机关、无烟学校建成率均达到xxx%。',
                    '{P}{L}{G}排查隐患{N}处，整改{x}处，整改率{x}%。', '{P}{L}{G}受理投诉{N}件，办结{M}件，办结率xx.x%。',
                    '{P}{L}经常参加体育锻炼人数比例达xx%。'])
    N = rng.randint(30, 2000)
    text = t.format(P=ctx.P(), L=ctx.L(), G=ctx.G(), N=N, M=rng.randint(int(N * .8), N), x=x)
    return text, 'placeholder (xx%) in an anonymised template: nothing to check', {'kind': 'neg'}


def neg_policy(ctx):
    rng = ctx.rng
    T = rng.choice([3, 5, 10, 15, 20, 30, 50])
    t = rng.choice(['{P}委托第三方对{T}%的区级社会组织开展财务抽查。', '{P}按照不低于{T}%的比例开展“双随机、一公开”抽查。',
                    '{P}对新建项目给予投资额{T}%的补助，单个项目最高不超过50万元。', '{P}按缴费基数的{T}%为灵活就业人员缴纳社会保险补贴。',
                    '{P}工程款支付时预留{T}%的质量保证金。', '{P}对首次认定的高新技术企业按研发投入的{T}%给予奖励。',
                    '{P}对{L}{N}家企业按{T}%的比例进行抽查复核。'])
    text = t.format(P=ctx.P(), L=ctx.L(), T=T, N=rng.randint(50, 900))
    return text, 'percentage as a policy parameter (proportion / subsidy), not a result', {'kind': 'neg'}


def neg_units_list(ctx):
    rng = ctx.rng
    k = rng.randint(3, 5)
    d = rng.choice([0, 1, 1])
    vals = [pct_str(rng, 88, 100, d) for _ in range(k)]
    if rng.random() < 0.3:
        vals[rng.randrange(k)] = pct_str(rng, 101, 118, d)
        rname = rng.choice(['年度任务完成率', '目标完成率'])
    else:
        rname = rng.choice(['参保率', '垃圾分类知晓率', '办结率', '入户走访率', '整改率', '签约率'])
    c = rng.random()
    if c < 0.5:
        names = rng.sample(UNIT_NAMES, k)
        text = '{P}{names}的{r}分别为{vals}。'.format(P=ctx.P(), names='、'.join(names), r=rname,
                                                 vals='、'.join(v + '%' for v in vals))
    elif c < 0.75:
        qs = ['一季度', '二季度', '三季度', '四季度', '全年'][:k]
        text = '{P}{L}{qs}{r}分别为{vals}。'.format(P=ctx.P(), L=ctx.L(), qs='、'.join(qs), r=rname,
                                               vals='、'.join(v + '%' for v in vals))
    else:
        lv = ['学前教育', '小学', '初中', '高中阶段', '特殊教育'][:k]
        vals = [pct_str(rng, 90, 100, d) for _ in range(k)]
        text = '{P}{L}{lv}入学率分别为{vals}。'.format(P=ctx.P(), L=ctx.L(), lv='、'.join(lv), vals='、'.join(v + '%' for v in vals))
    return text, 'rates of separate units listed with 分别; not shares of one whole (sum %s%%)' % fstr(
        sum(F(v) for v in vals), d), {'kind': 'neg'}


def neg_count_not_base(ctx):
    rng = ctx.rng
    for _ in range(500):
        n = rng.randint(5, 30)
        d = rng.choice([0, 1])
        R = pct_str(rng, 91, 99.8, d)
        if grim_impossible(n, R, d):
            break
    else:
        raise RuntimeError('count_not_base')
    t = rng.choice(['{P}{L}组织开展安全生产培训{n}期，考核合格率{R}%。', '{P}{L}召开群众座谈会{n}场，群众满意率{R}%。',
                    '{P}{L}检查企业{n}家次，隐患整改率{R}%。', '{P}{L}开展集中宣传活动{n}场次，群众知晓率达{R}%。',
                    '{P}{L}举办技能培训班{n}期，学员结业考核合格率{R}%。', '{P}{L}组织专项督查{n}次，问题整改率{R}%。'])
    text = t.format(P=ctx.P(), L=ctx.L(), n=n, R=R)
    return text, 'the count %d (sessions/visits) is not the base of the %s%% rate; no GRIM check applies' % (n, R), \
        {'kind': 'neg', 'grim_bad': [str(n), R]}


def neg_growth_no_base(ctx):
    rng = ctx.rng
    X, u = rng.choice(MONEY_X)
    V = money_value(rng, u)
    G = pct_str(rng, 1, 60, rng.choice([1, 2]))
    t = rng.choice(['{P}{L}{X}{V}{u}，同比增长{G}%。', '{P}{L}实现{X}{V}{u}，增长{G}%。', '{P}{L}{X}完成{V}{u}，同比下降{G}%。',
                    '{P}{L}{X}{V}{u}，增速{G}%，高于全市平均水平。'])
    text = t.format(P=ctx.P(), L=rng.choice(BIG_PLACES) if '亿' in u else ctx.L(), X=X, V=V, u=u, G=G)
    return text, 'growth with the current value only; the base year value is not given', {'kind': 'neg'}


def neg_from_to_no_delta(ctx):
    rng = ctx.rng
    X, lo, hi = rng.choice(PP_UP)
    d = rng.choice([0, 1])
    B = pct_str(rng, max(lo, 55), max(hi, 60), d)
    A = pct_str(rng, float(B) - 8, float(B) - 0.5, d)
    t = rng.choice(['{P}{L}{X}由{A}%提高到{B}%。', '{P}{L}{X}从上年的{A}%提升至{B}%，{tail}。',
                    '{P}{L}第三产业占比由{A}%提高到{B}%，产业结构持续优化。'])
    if '第三产业' in t:
        B = pct_str(rng, 52, 62, d)
        A = pct_str(rng, float(B) - 5, float(B) - 0.5, d)
    text = t.format(P=ctx.P(), L=ctx.L(), X=X, A=A, B=B, tail=rng.choice(TAILS))
    return text, 'two values of the same rate at different times (sum %s%% is not a share total)' % fstr(F(A) + F(B), d), {'kind': 'neg'}


def neg_all_100(ctx):
    rng = ctx.rng
    N = rng.randint(20, 900)
    t = rng.choice(['{P}{L}{G}受理信访案件{N}件，实现{a}、{b}、{c}100%。', '{P}{L}{a}、{b}均达100%。',
                    '{P}{L}{a}、{b}、{c}均为100%，实现“三个100%”。', '{P}{L}{G}排查隐患{N}处，已全部整改，{a}100%。'])
    if '信访' in t:
        r = rng.sample(['受理率', '办结率', '参评率', '按期办结率', '化解率'], 3)
    elif '隐患' in t:
        r = [rng.choice(['整改率', '隐患整改率', '销号率'])] * 3
    else:
        r = rng.choice([['参保率', '缴费率', '待遇享受率'], ['入学率', '巩固率', '资助覆盖率'],
                        ['网上可办率', '全程网办率', '即办率'], ['签约率', '建档率', '随访率']])
    text = t.format(P=ctx.P(), L=ctx.L(), G=ctx.G(), N=N, a=r[0], b=r[1], c=r[2])
    return text, 'several rates all 100%: fine', {'kind': 'neg'}


def neg_permille(ctx):
    rng = ctx.rng
    a = pct_str(rng, 1, 9, 2)
    b = pct_str(rng, 90, 99.9, 1)
    t = rng.choice(['{P}{L}人口自然增长率{a}‰。', '{P}{L}婴儿死亡率控制在{a}‰以内，孕产妇系统管理率{b}%。',
                    '{P}{L}出生率{a}‰，死亡率{c}‰。', '{P}{L}道路交通万车死亡率{a}，较上年下降{p}%。'])
    text = t.format(P=ctx.P(), L=ctx.L(), a=a, b=b, c=pct_str(rng, 4, 9, 2), p=pct_str(rng, 3, 25, 1))
    return text, 'per-mille or per-10,000 rates; no arithmetic to check', {'kind': 'neg'}


# ----------------------------------------------------------------------------------------------
# style table
# ----------------------------------------------------------------------------------------------
CHECK_STYLES = OrderedDict([
    ('rate_after_counts', (3.0, lambda c, l: gen_rate_generic(c, l, 'after'),
                           'counts first (total, done), then the named rate')),
    ('rate_qizhong_zhan', (2.0, lambda c, l: gen_rate_generic(c, l, 'qizhong'), '共N…，其中M…，占R%')),
    ('rate_zai_zhong', (2.0, lambda c, l: gen_rate_generic(c, l, 'zai'), '在…的N个…中，M个…，占R%')),
    ('rate_zhan_total_de', (2.0, lambda c, l: gen_rate_generic(c, l, 'zhan'), 'M…，占<total noun>N…的R%')),
    ('rate_paren_fraction', (1.5, lambda c, l: gen_rate_generic(c, l, 'paren'), '整改率R%（M/N）')),
    ('rate_before_counts', (1.5, lambda c, l: gen_rate_generic(c, l, 'before'),
                            'rate stated before its counts, or numerator before and denominator after the rate')),
    ('rate_denominator_earlier', (1.5, lambda c, l: gen_rate_generic(c, l, 'earlier'),
                                  'denominator in an earlier clause/sentence, filler in between')),
    ('rate_chinese_counts', (1.5, gen_rate_chinese_counts, 'counts in Chinese numerals (十二个村…九个), rate in digits or 百分之…')),
    ('rate_baifenzhi', (1.2, lambda c, l: gen_rate_generic(c, l, rnd_kind(c), pct_mode='cn'),
                        'rate written as 百分之九十六点九 / 百分之百 with Arabic counts')),
    ('rate_fullwidth', (1.2, lambda c, l: gen_rate_generic(c, l, rnd_kind(c), fullwidth=True),
                        'full-width digits, full-width ％ and sometimes ．')),
    ('rate_failure', (1.5, gen_rate_failure, 'small failure rate (不合格率/阳性检出率/辍学率) with its counts')),
    ('rate_pair_pass_fail', (1.0, gen_rate_pair_pass_fail, '合格率 and 不合格率 both stated with both counts')),
    ('rate_wan_units', (1.2, gen_rate_wan, 'counts in 万人/亿元/万吨 with decimals (rounded counts, interval check)')),
    ('rate_money_progress', (1.2, gen_rate_money, 'money progress: 预算N万元，已支出M万元，支出进度R%')),
    ('rate_plan_over100', (1.0, gen_rate_plan_over100, 'target and actual, completion over 100% with its numbers')),
    ('rate_approx_yue', (0.8, gen_rate_yue, '合格率约为R% (inconsistent only when >= 2 points off)')),
    ('share_fenbie', (1.5, lambda c, l: gen_shares(c, l, 'share_fenbie'), 'A、B、C占比分别为x%、y%、z%')),
    ('share_goucheng', (1.2, lambda c, l: gen_shares(c, l, 'share_goucheng'), '…构成为：A占x%，B占y%…')),
    ('share_zhanbi_list', (1.2, lambda c, l: gen_shares(c, l, 'share_zhanbi_list'), 'A占比x%、B占比y%、C占比z%')),
    ('share_counts_respectively', (1.2, gen_share_counts, 'total T, parts a、b、c, 分别占p%、q%、r% (each checked)')),
    ('grim_survey', (1.5, lambda c, l: gen_grim(c, l, 'grim_survey'), 'N questionnaires/respondents and a satisfaction rate')),
    ('grim_pass_rate', (1.5, lambda c, l: gen_grim(c, l, 'grim_pass_rate'), 'N examinees/units and a pass/compliance share')),
    ('pp_change_up', (1.2, lambda c, l: gen_pp(c, l, True), '由A%提高到B%，提高C个百分点')),
    ('pp_change_down', (1.0, lambda c, l: gen_pp(c, l, False), '由A%下降到B%，下降C个百分点')),
    ('value_growth', (1.5, lambda c, l: gen_growth(c, l, True, 'value_growth'), '由A万元增加到B万元，增长C%')),
    ('value_decline', (1.2, lambda c, l: gen_growth(c, l, False, 'value_decline'), '由A件下降到B件，下降C%')),
    ('yoy_with_base', (1.2, lambda c, l: gen_growth(c, l, c.rng.random() < 0.5, 'yoy_with_base'),
                       '本期B，较去年同期的A增长/下降C%')),
    ('malformed_space_before_sign', (0.8, lambda c, l: gen_rate_generic(c, l, rnd_kind(c), pct_mode='space'),
                                     'space before the percent sign (98.6 %)')),
    ('malformed_double_percent', (0.6, lambda c, l: gen_rate_generic(c, l, rnd_kind(c), pct_mode='double'),
                                  'doubled sign (96.94%%)')),
    ('malformed_baifenzhi_percent', (0.6, lambda c, l: gen_rate_generic(c, l, rnd_kind(c), pct_mode='bfz_pct'),
                                     '百分之95% (both 百分之 and %)')),
    ('traditional_pinyin', (0.6, gen_trad, 'scraper output: traditional characters with (pinyin) debris')),
    ('linebreak_split', (0.6, lambda c, l: gen_rate_generic(c, l, rnd_kind(c), linebreak=True),
                         'PDF line break inside the statement (between a number and its unit)')),
])

NEG_STYLES = OrderedDict([
    ('neg_growth_over_100', (neg_growth_over_100, 'growth over 100% (同比增长135%)')),
    ('neg_plan_over_100', (neg_plan_over_100, 'completion of plan over 100% (完成年度任务的112%)')),
    ('neg_pp_alone', (neg_pp_alone, '提高2.5个百分点 without the earlier value')),
    ('neg_rate_no_numbers', (neg_rate_no_numbers, 'a rate without its own numbers')),
    ('neg_unrelated_rates', (neg_unrelated_rates, 'two rates of different things in one sentence (办结率98%，满意率96%)')),
    ('neg_overlapping_groups', (neg_overlapping_groups, 'overlapping groups (女性占52%，党员占61%)')),
    ('neg_different_wholes', (neg_different_wholes, 'shares of different wholes in one sentence')),
    ('neg_range', (neg_range, 'ranges (10%—15%)')),
    ('neg_threshold', (neg_threshold, '以上/以下/超过/不足/以内 thresholds')),
    ('neg_average', (neg_average, 'average of rates over n units')),
    ('neg_title_docname', (neg_title, 'percentage in a document title, slogan or heading')),
    ('neg_placeholder', (neg_placeholder, 'anonymised placeholders (xx%, xx.xx%)')),
    ('neg_policy_parameter', (neg_policy, 'percentage as a policy parameter (抽查比例, 补助比例)')),
    ('neg_units_list', (neg_units_list, 'rates of separate units/periods listed with 分别 (not shares)')),
    ('neg_count_not_base', (neg_count_not_base, 'a nearby count that is not the base (培训12期，合格率98%)')),
    ('neg_growth_no_base', (neg_growth_no_base, 'growth rate with current value only')),
    ('neg_from_to_no_delta', (neg_from_to_no_delta, '由A%提高到B% without a stated change')),
    ('neg_all_100', (neg_all_100, 'several rates all at 100%')),
    ('neg_permille', (neg_permille, 'per-mille rates (‰) next to percentages')),
])


def rnd_kind(ctx):
    return ctx.rng.choice(['after', 'after', 'qizhong', 'zhan', 'zai'])


# ----------------------------------------------------------------------------------------------
# independent checker (decimal module, own Chinese numeral parser, raw strings re-read from text)
# ----------------------------------------------------------------------------------------------
_FW_BACK = {ord(a): b for a, b in zip('０１２３４５６７８９．％', '0123456789.%')}
_CNV = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def chk_parse(raw):
    s = raw.translate(_FW_BACK).strip()
    if re.fullmatch(r'\d+(\.\d+)?', s):
        return Decimal(s), (len(s.split('.')[1]) if '.' in s else 0)
    if s == '百':
        return Decimal(100), 0
    ip, _, fp = s.partition('点')
    total = section = num = 0
    for ch in ip:
        if ch in _CNV:
            num = _CNV[ch]
        elif ch == '十':
            section += (num if num else 1) * 10
            num = 0
        elif ch == '百':
            section += num * 100
            num = 0
        elif ch == '千':
            section += num * 1000
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section = num = 0
        else:
            raise ValueError('bad numeral %r' % raw)
    val = Decimal(total + section + num)
    if fp:
        val += Decimal('0.' + ''.join(str(_CNV[c]) for c in fp))
    return val, len(fp)


def chk_div(a, b):
    with localcontext() as c:
        c.prec = 60
        return Decimal(a) / Decimal(b)


def chk_round_set(x, d, modes):
    q = Decimal(1).scaleb(-d)
    return {x.quantize(q, rounding=m) for m in modes}


GOOD_MODES = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)
ALL_MODES = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING)


def chk_half(raw):
    _, d = chk_parse(raw)
    return Decimal(5).scaleb(-(d + 1))


def chk_rate(spec):
    M, _ = chk_parse(spec['M'])
    N, _ = chk_parse(spec['N'])
    R, d = chk_parse(spec['R'])
    x = chk_div(100 * M, N)
    if spec.get('approx'):
        hm, hn = chk_half(spec['M']), chk_half(spec['N'])
        lo, hi = chk_div(100 * (M - hm), N + hn), chk_div(100 * (M + hm), N - hn)
        need = Decimal('1') + Decimal(1).scaleb(-d)
    else:
        lo = hi = x
        need = Decimal('0.5') + Decimal(1).scaleb(-d)
    if spec.get('yue'):
        need = Decimal(2)
    if R in chk_round_set(x, d, GOOD_MODES):
        return 'consistent'
    dist = lo - R if R < lo else (R - hi if R > hi else Decimal(0))
    if dist >= need:
        return 'inconsistent'
    return 'unclear'


def chk_grim(spec, modes_good=(ROUND_HALF_UP, ROUND_DOWN)):
    N, _ = chk_parse(spec['N'])
    R, d = chk_parse(spec['R'])
    N = int(N)
    ok_good = any(R in chk_round_set(chk_div(100 * k, N), d, modes_good) for k in range(N + 1))
    ok_any = any(R in chk_round_set(chk_div(100 * k, N), d, ALL_MODES) for k in range(N + 1))
    if ok_good:
        return 'consistent'
    if not ok_any:
        return 'inconsistent'
    return 'unclear'


def verify(rec, spec):
    text = rec['text']

    def raws(sp):
        out = []
        for k in ('M', 'N', 'R', 'A', 'B', 'C'):
            if k in sp:
                out.append(sp[k])
        for p in sp.get('parts', []):
            out.append(p)
        for it in sp.get('items', []):
            out += raws(it)
        return out

    for r in raws(spec):
        assert r in text, ('raw number not in text', r, text)
    k = spec['kind']
    if k == 'rate':
        got = chk_rate(spec)
    elif k == 'multi':
        res = [chk_rate(it) for it in spec['items']]
        if all(r == 'consistent' for r in res):
            got = 'consistent'
        elif 'inconsistent' in res and 'unclear' not in res:
            got = 'inconsistent'
        else:
            got = 'unclear'
    elif k == 'grim':
        got = chk_grim(spec)
    elif k == 'shares':
        vals = [chk_parse(p)[0] for p in spec['parts']]
        S = sum(vals)
        tol = Decimal('0.1') * len(vals)
        got = 'consistent' if S <= 100 + tol else ('inconsistent' if S >= 100 + tol + 2 else 'unclear')
    elif k == 'pp':
        A, _ = chk_parse(spec['A'])
        B, _ = chk_parse(spec['B'])
        C, d = chk_parse(spec['C'])
        assert (B > A) == (spec['dir'] == 'up'), spec
        diff = abs(B - A)
        if C in chk_round_set(diff, d, GOOD_MODES):
            got = 'consistent'
        elif abs(C - diff) >= Decimal('0.5') + Decimal(1).scaleb(-d):
            got = 'inconsistent'
        else:
            got = 'unclear'
    elif k == 'growth':
        A, _ = chk_parse(spec['A'])
        B, _ = chk_parse(spec['B'])
        C, d = chk_parse(spec['C'])
        up = spec['dir'] == 'up'
        assert (B > A) == up, spec
        x = chk_div(100 * (B - A), A) if up else chk_div(100 * (A - B), A)
        if spec.get('approx'):
            ha, hb = chk_half(spec['A']), chk_half(spec['B'])
        else:
            ha = hb = Decimal(0)
        corners = []
        for a in (A - ha, A + ha):
            for b in (B - hb, B + hb):
                corners.append(chk_div(100 * (b - a), a) if up else chk_div(100 * (a - b), a))
        lo, hi = min(corners), max(corners)
        dist = lo - C if C < lo else (C - hi if C > hi else Decimal(0))
        if C in chk_round_set(x, d, GOOD_MODES):
            got = 'consistent'
        elif dist >= Decimal('0.5') + Decimal(1).scaleb(-d):
            got = 'inconsistent'
        else:
            got = 'unclear'
    elif k == 'neg':
        for N, R in spec.get('grim_ok', []):
            assert chk_grim({'N': N, 'R': R}) == 'consistent', (N, R, text)
        if 'grim_bad' in spec:
            N, R = spec['grim_bad']
            assert chk_grim({'N': N, 'R': R}) == 'inconsistent', (N, R, text)
        assert re.search(r'[%％‰]|百分', text), text
        got = 'negative'
    else:
        raise ValueError(k)
    assert got == rec['label'], ('LABEL MISMATCH', got, rec, spec)


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------

def build(seed, total=3000):
    rng = random.Random(seed)
    ctx = Ctx(rng)
    n_cons, n_inc, n_neg = round(total * .40), round(total * .35), total - round(total * .40) - round(total * .35)
    wsum = sum(w for w, _, _ in CHECK_STYLES.values())
    slots = []

    def alloc(n, keys, weights):
        raw = [n * w / sum(weights) for w in weights]
        fl = [int(r) for r in raw]
        rem = n - sum(fl)
        for i in sorted(range(len(raw)), key=lambda i: raw[i] - fl[i], reverse=True)[:rem]:
            fl[i] += 1
        return dict(zip(keys, fl))

    keys = list(CHECK_STYLES)
    ws = [CHECK_STYLES[k][0] for k in keys]
    for lab, n in (('consistent', n_cons), ('inconsistent', n_inc)):
        for k, c in alloc(n, keys, ws).items():
            slots += [(k, lab)] * c
    nk = list(NEG_STYLES)
    for k, c in alloc(n_neg, nk, [1] * len(nk)).items():
        slots += [(k, 'negative')] * c
    rng.shuffle(slots)
    recs = []
    seen = set()
    for style, lab in slots:
        for attempt in range(50):
            if lab == 'negative':
                text, note, spec = NEG_STYLES[style][0](ctx)
            else:
                text, note, spec = CHECK_STYLES[style][1](ctx, lab)
            if text not in seen:
                break
        seen.add(text)
        rec = OrderedDict([('id', 'p%06d' % (len(recs) + 1)), ('style', style), ('label', lab), ('text', text),
                           ('note', note)])
        verify(rec, spec)
        recs.append(rec)
    return recs


def write_readme(path, recs):
    ex = {}
    for r in recs:
        ex.setdefault((r['style'], r['label']), r)
    lines = ['# Blind percentage test set (pct.jsonl)', '',
             'Generated by `python3 benchmarks/independent/pct_gen.py --seed 1 --out pct.jsonl` (standard library only).',
             'Each line: `{"id","style","label","text","note"}`; label is `consistent`, `inconsistent` or `negative`',
             '(negative = a look-alike that must not be flagged). Every label is re-checked inside the script by an',
             'independent decimal-module computation; see the module docstring for the exact conventions:',
             '',
             '- rate R (d decimals) vs M/N: consistent = half-up, half-even or truncated value of 100*M/N;',
             '  inconsistent = |R - 100*M/N| >= 0.5 + 10^-d (rounded counts such as 万人/亿元: interval, +0.5 more;',
             '  约: >= 2 points).',
             '- GRIM: consistent = some whole k <= N gives R; inconsistent = no k gives R under half-up, half-even,',
             '  truncation or ceiling.',
             '- shares of one whole: consistent = sum <= 100 + 0.1*count; inconsistent = sum >= 102 + 0.1*count.',
             '- percentage-point change: consistent = C is |B-A| (rounded/truncated); inconsistent = off by >= 0.5 + 10^-d.',
             '- growth from A to B: consistent = C is 100*|B-A|/A from the displayed values; inconsistent = C lies',
             '  >= 0.5 + 10^-d outside the interval allowed by the display rounding of A and B.',
             '- the note field gives the arithmetic and, for inconsistent records, the kind of error (off / digits',
             '  swapped / wrong base N/M / complement (N-M)/N / relative change stated as points / ratio as growth).',
             '',
             'Label counts: ' + ', '.join('%s %d' % kv for kv in sorted(Counter(r['label'] for r in recs).items())), '',
             '## Checkable styles (consistent and inconsistent)', '']
    cnt = Counter((r['style'], r['label']) for r in recs)
    for k, (w, fn, desc) in CHECK_STYLES.items():
        e = ex.get((k, 'inconsistent')) or ex.get((k, 'consistent'))
        lines.append('- `%s` (%d cons / %d incons): %s. Example (%s): %s' % (
            k, cnt[(k, 'consistent')], cnt[(k, 'inconsistent')], desc, e['label'], e['text'].replace('\n', '\\n')))
    lines += ['', '## Negative styles (must not be flagged)', '']
    for k, (fn, desc) in NEG_STYLES.items():
        e = ex[(k, 'negative')]
        lines.append('- `%s` (%d): %s. Example: %s' % (k, cnt[(k, 'negative')], desc, e['text'].replace('\n', '\\n')))
    lines.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--n', type=int, default=3000)
    ap.add_argument('--readme')
    a = ap.parse_args()
    recs = build(a.seed, a.n)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if a.readme:
        write_readme(a.readme, recs)
    c = Counter(r['label'] for r in recs)
    print('wrote %d records to %s: %s; %d styles' % (len(recs), a.out, dict(c), len(set(r['style'] for r in recs))),
          file=sys.stderr)


if __name__ == '__main__':
    main()
