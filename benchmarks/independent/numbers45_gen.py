#!/usr/bin/env python3
"""numbers45_gen.py -- held-out set 45: Chinese report statements with totals and percentages.

Generate:  python3 numbers45_gen.py --seed 11 --out numbers45_seed11.jsonl
Verify:    python3 numbers45_gen.py --verify numbers45_seed11.jsonl numbers45_seed12.jsonl
Style table (markdown, used for the README):  python3 numbers45_gen.py --seed 11 --table

Standard library only.  Every style draws from its own random.Random seeded with the
string "<seed>:<style>", so the output does not depend on PYTHONHASHSEED.
"""
import argparse
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
import random

getcontext().prec = 60

# ---------------------------------------------------------------------------
# generator-side number formatting (verify has its own parser further below)
# ---------------------------------------------------------------------------
CN_DIG = '零一二三四五六七八九'
FW_TRANS = str.maketrans('0123456789.', '０１２３４５６７８９．')


def q(v, dec):
    """Decimal v rounded half up to dec decimals."""
    return D(v).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def _cn4(n, two):
    units = ['千', '百', '十', '']
    digs = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    out, zero = '', False
    for d, u in zip(digs, units):
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += '零'
            zero = False
        ch = CN_DIG[d]
        if d == 2 and two and u in ('千', '百'):
            ch = '两'
        out += ch + u
    return out


def to_cn(n, two=True):
    n = int(n)
    if n == 0:
        return '零'
    hi, lo = divmod(n, 10000)
    s = ''
    if hi:
        s = _cn4(hi, two) + '万'
    if lo:
        if hi and lo < 1000:
            s += '零'
        s += _cn4(lo, two)
    if s.startswith('一十'):
        s = s[1:]
    return s


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def fnum(v, dec=0, mode='plain'):
    """format a value already expressed in its display unit"""
    s = f"{q(v, dec):f}"
    if mode == 'plain':
        return s
    if mode == 'cn':
        return to_cn(int(q(v, 0)))
    if mode == 'fw':
        return s.translate(FW_TRANS)
    if mode in ('comma', 'fwcomma', 'space'):
        sep = {'comma': ',', 'fwcomma': '，', 'space': ' '}[mode]
        ip, _, fp = s.partition('.')
        if len(ip) < 4:
            return s
        return _group(ip, sep) + ('.' + fp if fp else '')
    raise ValueError(mode)


def pct(v, dec, sign='%', fw=False):
    s = f"{q(v, dec):f}"
    if fw:
        s = s.translate(FW_TRANS)
    return s + sign


def is_tie(exact, dec):
    x = exact * (D(10) ** dec)
    return (x - x.to_integral_value(rounding='ROUND_FLOOR')) == D('0.5')


def perturb(rng, v, dec, lo_ok=None):
    """a visibly different value with the same number of decimals (positive)"""
    unit = D(1).scaleb(-dec)
    for _ in range(100):
        digits = len(str(int(v / unit))) if v > 0 else 1
        pos = rng.randint(0, max(0, min(digits - 1, 3)))
        delta = unit * rng.randint(1, 9) * (D(10) ** pos)
        nv = v + delta if rng.random() < 0.5 else v - delta
        if nv > 0 and nv != v and (lo_ok is None or nv >= lo_ok):
            return q(nv, dec)
    return q(v + unit * 3, dec)


def wrong_rate(rng, r, dec, cap=None):
    """a rate at least max(2 units of the last decimal, 0.3 points) away from r"""
    unit = D(1).scaleb(-dec)
    thr = max(2 * unit, D('0.3'))
    for _ in range(100):
        delta = thr + unit * rng.randint(0, 25 if dec else 4)
        if rng.random() < 0.2:
            delta = thr * rng.randint(2, 8)
        nv = r + delta if rng.random() < 0.5 else r - delta
        if nv > 0 and (cap is None or nv <= cap):
            return q(nv, dec)
    return q(r - thr, dec) if r - thr > 0 else q(r + thr, dec)


# ---------------------------------------------------------------------------
# invented names
# ---------------------------------------------------------------------------
SYL = list('青云安平河山江宁兴德丰华临泉溪林桐柳嘉和川阳湖新永长昌合盛泰乐瑞源石松梅岭龙凤金银栖沙')
SUR = list('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段')
GIV = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰')


def place(rng, suf=None):
    suf = suf or rng.choice(['市', '县', '区'])
    return rng.choice(SYL) + rng.choice(SYL) + suf


def person(rng):
    return rng.choice(SUR) + ''.join(rng.choice(GIV) for _ in range(rng.choice([1, 2])))


def distinct(rng, fn, k):
    out = []
    while len(out) < k:
        x = fn(rng)
        if x not in out:
            out.append(x)
    return out


COMPANY_SUF = {
    'water': ['水务有限公司', '供水有限公司', '水利工程有限公司', '节水科技有限公司'],
    'land': ['城投开发有限公司', '置地有限公司', '产业园开发有限公司', '土地整理有限公司'],
    'veterans': ['退役军人服务站', '就业创业孵化基地', '优抚医院', '光荣院'],
    'housing': ['置业有限公司', '房地产开发有限公司', '建设集团有限公司', '安居建设有限公司'],
    'edu': ['实验小学', '第一中学', '职业中专', '中心幼儿园', '外国语学校'],
}
NAME_NOUN = {
    'water': ('家', '供水企业'), 'land': ('家', '用地单位'), 'veterans': ('个', '服务机构'),
    'housing': ('家', '房地产开发企业'), 'edu': ('所', '学校'),
}


def org(rng, src):
    return rng.choice(SYL) + rng.choice(SYL) + rng.choice(COMPANY_SUF[src])


# ---------------------------------------------------------------------------
# sources: wholes with parts
# ---------------------------------------------------------------------------
class G:
    def __init__(self, whole, unit, parts, dec, lo, hi, base=None, verb=''):
        self.whole, self.unit, self.parts, self.dec = whole, unit, parts, dec
        self.lo, self.hi = lo, hi
        self.base = base      # (base unit, display multiplier word) for 万/亿 mixtures
        self.verb = verb


SOURCES = ['water', 'land', 'veterans', 'housing', 'edu']
SRC_CN = {'water': '水资源', 'land': '自然资源', 'veterans': '退役军人事务', 'housing': '住房和城乡建设',
          'edu': '基础教育'}
DEPT = {'water': '水利局', 'land': '自然资源和规划局', 'veterans': '退役军人事务局', 'housing': '住房和城乡建设局',
        'edu': '教育局'}

GROUPS = {
    'water': [
        G('用水总量', '亿立方米', ['生活用水', '工业用水', '农业用水', '人工生态环境补水'], 2, '0.05', '6', base='立方米'),
        G('供水总量', '亿立方米', ['地表水源供水量', '地下水源供水量', '非常规水源供水量'], 2, '0.03', '8', base='立方米'),
        G('新建改造农村供水工程', '处', ['新建集中供水工程', '改造提升工程', '小型工程规范化改造'], 0, 3, 180),
        G('整治河湖“清四乱”问题', '个', ['乱占问题', '乱采问题', '乱堆问题', '乱建问题'], 0, 2, 90),
        G('完成水利建设投资', '亿元', ['防洪工程', '供水工程', '水生态修复', '农村水利'], 2, '0.2', '9', base='元'),
        G('新增高效节水灌溉面积', '万亩', ['喷灌', '微灌', '管道输水灌溉'], 2, '0.1', '6'),
    ],
    'land': [
        G('批准建设用地', '公顷', ['工矿仓储用地', '住宅用地', '交通运输用地', '公共管理与公共服务用地', '商服用地'], 1, 10, 900),
        G('出让国有建设用地', '宗', ['住宅用地', '商服用地', '工业用地'], 0, 2, 120),
        G('土地出让收入', '亿元', ['住宅用地出让收入', '商服用地出让收入', '工业用地出让收入'], 2, '0.3', '60', base='元'),
        G('补充耕地', '亩', ['土地整治新增耕地', '高标准农田建设新增耕地', '旱地改水田新增耕地'], 0, 100, 9000),
        G('办理不动产登记业务', '件', ['首次登记', '转移登记', '抵押登记', '变更登记'], 0, 500, 40000),
        G('供应国有建设用地', '公顷', ['出让', '划拨', '租赁'], 2, 5, 700),
    ],
    'veterans': [
        G('接收安置退役军人', '人', ['退役士兵', '军队转业干部', '移交政府安置的退休干部'], 0, 5, 1800),
        G('在册优抚对象', '人', ['残疾军人', '烈士遗属', '在乡老复员军人', '带病回乡退伍军人'], 0, 10, 3000),
        G('发放抚恤补助金', '万元', ['伤残抚恤金', '定期生活补助', '临时救助金'], 1, 20, 6000, base='元'),
        G('组织退役军人参加就业创业培训', '人次', ['职业技能培训', '创业培训', '学历教育'], 0, 20, 2000),
        G('建成退役军人服务站', '个', ['镇（街道）服务站', '村（社区）服务站'], 0, 5, 400),
        G('帮助退役军人实现就业', '人', ['企业吸纳就业', '自主创业', '公益性岗位安置'], 0, 10, 1500),
    ],
    'housing': [
        G('商品房销售面积', '万平方米', ['住宅', '办公楼', '商业营业用房', '其他用房'], 2, 1, 400, base='平方米'),
        G('房地产开发投资', '亿元', ['住宅投资', '办公楼投资', '商业营业用房投资', '其他投资'], 2, '0.5', '200', base='元'),
        G('保障性住房开工', '套', ['公共租赁住房', '保障性租赁住房', '共有产权住房'], 0, 50, 6000),
        G('棚户区改造开工', '套', ['城市棚户区', '国有工矿棚户区', '城中村'], 0, 30, 5000),
        G('改造老旧小区', '户', None, 0, 100, 9000),
        G('基本建成保障性住房', '套', ['公共租赁住房', '保障性租赁住房', '共有产权住房'], 0, 30, 4000),
    ],
    'edu': [
        G('在校生', '人', ['小学', '初中', '普通高中', '中职'], 0, 500, 90000),
        G('专任教师', '人', ['研究生学历', '本科学历', '专科及以下学历'], 0, 20, 9000),
        G('各级各类学校', '所', ['公办学校', '民办学校'], 0, 3, 400),
        G('幼儿园', '所', ['公办园', '普惠性民办园', '非普惠性民办园'], 0, 2, 300),
        G('招生', '人', ['小学一年级', '初中一年级', '高中一年级'], 0, 300, 20000),
        G('新建改扩建校舍', '所', ['小学', '初中', '高中', '幼儿园'], 0, 1, 40),
    ],
}

ITEMS = {
    'water': ['落实最严格水资源管理制度', '推进县域节水型社会达标建设', '开展河湖“清四乱”专项整治', '实施农村供水保障工程',
              '压减地下水超采量', '完善取用水监测计量体系', '推进水资源税改革', '加强饮用水水源地保护'],
    'land': ['严守耕地保护红线', '盘活批而未供和闲置土地', '推进全域土地综合整治', '完善国土空间规划体系',
             '优化不动产登记服务', '加强矿产资源开发监管', '开展违法用地专项整治', '推进自然资源确权登记'],
    'veterans': ['落实退役军人安置政策', '开展就业创业培训', '提升服务站点建设水平', '做好优抚对象走访慰问',
                 '推进烈士纪念设施修缮', '化解涉军信访矛盾', '开展“最美退役军人”评选', '完善帮扶援助机制'],
    'housing': ['加快保障性住房建设', '推进棚户区改造', '实施老旧小区改造', '促进房地产市场平稳健康发展',
                '规范住房租赁市场', '推进物业管理提质', '加强建筑施工安全监管', '推广装配式建筑'],
    'edu': ['扩大普惠性学前教育资源', '推进义务教育优质均衡', '落实“双减”工作要求', '加强教师队伍建设',
            '改善农村学校办学条件', '推动职业教育产教融合', '开展校园安全专项治理', '提升课后服务质量'],
}


def group_parts(rng, g, k=None):
    if g.parts is None:
        n = k or rng.randint(2, 5)
        return distinct(rng, lambda r: place(r, r.choice(['区', '县', '镇', '街道'])), n)
    if k is None:
        k = len(g.parts)
        if k > 3 and rng.random() < 0.3:
            k = len(g.parts)  # keep all (parts must be exhaustive)
    return list(g.parts[:k])


def rand_val(rng, lo, hi, dec):
    lo, hi = D(str(lo)), D(str(hi))
    unit = D(1).scaleb(-dec)
    return q(unit * rng.randint(int(lo / unit), int(hi / unit)), dec)


# ---------------------------------------------------------------------------
# neutral context lines and record helpers
# ---------------------------------------------------------------------------
CN_SEC = '一二三四五六七八九'
TOPIC = {'water': ['水资源管理', '节约用水', '河湖长制', '农村供水'], 'land': ['耕地保护', '国土空间规划', '土地供应', '不动产登记'],
         'veterans': ['退役军人安置', '优抚褒扬', '就业创业', '服务保障体系建设'],
         'housing': ['住房保障', '城市更新', '房地产市场监测', '老旧小区改造'],
         'edu': ['学前教育', '义务教育', '教师队伍建设', '职业教育']}


def context_lines(rng, src, year, n):
    kinds = rng.sample(range(9), n)
    return [context_line(rng, src, year, k) for k in kinds]


def context_line(rng, src, year, k):
    t = rng.choice(TOPIC[src])
    if k == 0:
        return f"{rng.choice(CN_SEC)}、{t}"
    if k == 1:
        return f"（{rng.choice(CN_SEC)}）扎实推进{t}工作"
    if k == 2:
        return f"数据来源：{place(rng, '市')}{DEPT[src]}{rng.choice(['统计年报', '年度公报', '工作台账'])}。"
    if k == 3:
        return f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{place(rng)}召开{t}工作推进会。"
    if k == 4:
        return f"全年召开{t}专题会议{rng.randint(2, 12)}次，开展督导检查{rng.randint(2, 9)}轮。"
    if k == 5:
        return f"以上数据截至{year}年{rng.choice(['12月31日', '11月底', '年末'])}。"
    if k == 6:
        return f"下一步，{place(rng)}将继续深化{t}，推动各项工作取得新成效。"
    if k == 7:
        plan = '十四五' if year >= 2021 else '十三五'
        return f"{year}年是“{plan}”规划实施的{'收官' if year == 2020 else '关键'}之年，{t}工作稳步推进。"
    return f"{person(rng)}同志出席会议并就{t}工作作出部署。"


def lead(rng, year, stock=False):
    p = rng.choice(['全市', '全县', '全区', place(rng)])
    if stock:
        return rng.choice([f"截至{year}年底，{p}", f"{year}年末，{p}", f"截至目前，{p}"])
    return rng.choice([f"{year}年，{p}", f"全年{p}", f"{year}年{p}", f"今年以来，{p}", f"{year}年1—12月，{p}"])


def pick_mode(rng, dec, big=True):
    r = rng.random()
    if r < 0.72:
        return 'plain'
    if r < 0.82:
        return 'comma'
    if r < 0.90:
        return 'space'
    return 'fw'


class Sum:
    """values for a whole/part statement; perturbation for inconsistent records"""

    def __init__(self, rng, g, label, k=None, names=None, allow_total=True):
        self.g = g
        self.names = names or group_parts(rng, g, k)
        self.vals = [rand_val(rng, g.lo, g.hi, g.dec) for _ in self.names]
        self.total = sum(self.vals)
        self.bad = None
        self.true = (list(self.vals), self.total)
        if label == 'inconsistent':
            if allow_total and rng.random() < 0.4:
                old = self.total
                self.total = perturb(rng, self.total, g.dec, lo_ok=max(self.vals))
                self.bad = f"total stated {self.total} but parts add to {old}"
            else:
                i = rng.randrange(len(self.vals))
                old = self.vals[i]
                self.vals[i] = perturb(rng, old, g.dec)
                self.bad = f"part {self.names[i]} stated {self.vals[i]} instead of {old}"

    def fmt(self, mode):
        return [fnum(v, self.g.dec, mode) for v in self.vals], fnum(self.total, self.g.dec, mode)


def sum_note(s, what):
    return (what + '; ' + s.bad) if s.bad else what + '; parts add up'


def ck_sum(total, parts):
    return {'rel': 'sum', 'total': total, 'parts': list(parts)}


def joinl(rng, items):
    sep = rng.choice(['、', '，', '；'])
    return sep.join(items)


# ---------------------------------------------------------------------------
# totals family: positive constructions
# each returns (statement lines, checks, note)
# ---------------------------------------------------------------------------
def t_qizhong(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label)
    mode = pick_mode(rng, g.dec)
    ps, T = s.fmt(mode)
    u = g.unit
    unit_each = rng.random() < 0.7
    items = [f"{n}{p}{u if unit_each or i == len(ps) - 1 else ''}" for i, (n, p) in enumerate(zip(s.names, ps))]
    head = rng.choice(['其中', '其中，', '其中：'])
    line = f"{lead(rng, year)}{g.whole}{T}{u}，{head}{joinl(rng, items)}。"
    return [line], [ck_sum(T, ps)], sum_note(s, '其中-list after the total')


def t_heji(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label)
    mode = pick_mode(rng, g.dec)
    ps, T = s.fmt(mode)
    u = g.unit
    word = rng.choice(['合计', '共计', '总计', '累计'])
    items = [f"{n}{p}{u}" for n, p in zip(s.names, ps)]
    line = f"{lead(rng, year)}{g.whole}情况：{joinl(rng, items)}，{word}{T}{u}。"
    if rng.random() < 0.4:
        line = f"{lead(rng, year)}{g.whole}：{joinl(rng, items)}，{word}{T}{u}。"
    return [line], [ck_sum(T, ps)], sum_note(s, f'parts then {word}')


def t_fenbie(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label)
    mode = pick_mode(rng, g.dec)
    ps, T = s.fmt(mode)
    u = g.unit
    names = '、'.join(s.names)
    if rng.random() < 0.5:
        line = f"{lead(rng, year)}{g.whole}{T}{u}，{names}分别为{'、'.join(ps)}{u}。"
    else:
        line = f"{lead(rng, year)}{names}{g.whole}分别为{'、'.join(p + u for p in ps)}，总量{T}{u}。"
    return [line], [ck_sum(T, ps)], sum_note(s, '分别为 with the names before')


def t_bracket(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label)
    mode = pick_mode(rng, g.dec)
    ps, T = s.fmt(mode)
    u = g.unit
    word = rng.choice(['含', '包括', '其中', ''])
    inner = '、'.join(f"{n}{p}{u}" for n, p in zip(s.names, ps))
    br = rng.choice([('（', '）'), ('(', ')')])
    line = f"{lead(rng, year)}{g.whole}{T}{u}{br[0]}{word}{inner}{br[1]}，{rng.choice(['完成年度目标任务', '各项工作有序推进', '较好完成全年任务'])}。"
    return [line], [ck_sum(T, ps)], sum_note(s, 'parts in brackets')


def t_header_lines(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label, k=None)
    mode = pick_mode(rng, g.dec)
    ps, T = s.fmt(mode)
    u = g.unit
    lines = [f"{lead(rng, year)}{g.whole}{T}{u}，具体如下："]
    mk = rng.choice(['——', '·', '', '- '])
    for i, (n, p) in enumerate(zip(s.names, ps)):
        end = '。' if i == len(ps) - 1 else '；'
        lines.append(f"{mk}{n}{p}{u}{end}")
    return lines, [ck_sum(T, ps)], sum_note(s, 'header total, one part per line')


def t_table(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label, k=min(4, len(g.parts)) if g.parts else rng.randint(2, 4))
    mode = rng.choice(['plain', 'plain', 'comma'])
    ps, T = s.fmt(mode)
    sep = rng.choice(['\t', ' | ', '｜', '  ', '|'])
    rows = [f"{n}{sep}{p}" for n, p in zip(s.names, ps)]
    tot = f"{rng.choice(['合计', '总计', '全市'])}{sep}{T}"
    body = [tot] + rows if rng.random() < 0.5 else rows + [tot]
    lines = [f"表：{year}年{g.whole}情况（单位：{g.unit}）", f"项目{sep}数量"] + body
    return lines, [ck_sum(T, ps)], sum_note(s, f'flattened table, separator {sep!r}')


def t_table2(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    names = group_parts(rng, g, k=min(4, len(g.parts)) if g.parts else 3)
    a = Sum(rng, g, 'consistent', names=names)
    b = Sum(rng, g, 'consistent', names=names)
    if label == 'inconsistent':
        which = rng.choice([a, b])
        tmp = Sum(rng, g, 'inconsistent', names=names)
        # re-use the perturbation on the chosen column only
        if rng.random() < 0.4:
            old = which.total
            which.total = perturb(rng, old, g.dec, lo_ok=max(which.vals))
            which.bad = f"total of one year stated {which.total} instead of {old}"
        else:
            i = rng.randrange(len(names))
            old = which.vals[i]
            which.vals[i] = perturb(rng, old, g.dec)
            which.bad = f"{names[i]} in one year stated {which.vals[i]} instead of {old}"
        del tmp
    sep = rng.choice(['\t', ' | ', '｜', '  '])
    pa, Ta = a.fmt('plain')
    pb, Tb = b.fmt('plain')
    lines = [f"{g.whole}（单位：{g.unit}）", f"项目{sep}{year - 1}年{sep}{year}年"]
    rows = [f"{n}{sep}{x}{sep}{y}" for n, x, y in zip(names, pa, pb)]
    tot = f"合计{sep}{Ta}{sep}{Tb}"
    lines += ([tot] + rows) if rng.random() < 0.5 else (rows + [tot])
    bad = a.bad or b.bad
    note = 'two-year table, one sum per column; ' + (bad if bad else 'both columns add up')
    return lines, [ck_sum(Ta, pa), ck_sum(Tb, pb)], note


MARKERS = [lambda i: f"{CN_SEC[i]}是", lambda i: '①②③④⑤⑥⑦⑧'[i], lambda i: f"（{i + 1}）",
           lambda i: f"（{CN_SEC[i]}）", lambda i: f"{i + 1}."]


def t_numbered(rng, src, label, year):
    n = rng.randint(3, 6)
    acts = rng.sample(ITEMS[src], n)
    mk = rng.choice(MARKERS)
    marks = [mk(i) for i in range(n)]
    shown = n
    bad = None
    if label == 'inconsistent':
        shown = rng.choice([x for x in (n - 1, n + 1, n + 2) if x >= 2])
        bad = f"announces {shown} items but lists {n}"
    cnt = to_cn(shown) if rng.random() < 0.7 else str(shown)
    noun = rng.choice(['项重点工作', '个方面', '项措施', '件实事'])
    with_money = rng.random() < 0.35
    checks = [{'rel': 'count_items', 'count': cnt, 'items': marks}]
    if with_money:
        vals = [rand_val(rng, 50, 3000, 0) for _ in range(n)]
        total = sum(vals)
        lines = [f"{year}年安排专项资金{fnum(total)}万元，重点实施以下{cnt}{noun}："]
        lines += [f"{m}{a}，投入{fnum(v)}万元{'。' if i == n - 1 else '；'}" for i, (m, a, v) in enumerate(zip(marks, acts, vals))]
        checks.append(ck_sum(fnum(total), [fnum(v) for v in vals]))
    else:
        one_line = rng.random() < 0.5
        body = [f"{m}{a}{'。' if i == n - 1 else '；'}" for i, (m, a) in enumerate(zip(marks, acts))]
        head = f"围绕{rng.choice(TOPIC[src])}，{year}年重点抓好{cnt}{noun}："
        lines = [head + ''.join(body)] if one_line else [head] + body
    if len(lines) > 7:
        lines = [lines[0] + ''.join(lines[1:4])] + lines[4:]
    return lines, checks, (bad or f'announced count {shown} matches {n} numbered items')


def t_named(rng, src, label, year):
    n = rng.randint(2, 6)
    names = distinct(rng, lambda r: org(r, src), n)
    cl, noun = NAME_NOUN[src]
    shown = n
    bad = None
    if label == 'inconsistent':
        shown = rng.choice([x for x in (n - 1, n + 1, n + 2, n + 3) if x >= 2 and x != n])
        bad = f"says {shown} but names {n}"
    cnt = str(shown) if rng.random() < 0.6 else to_cn(shown)
    act = {'water': '被评为省级节水型企业', 'land': '被列为节约集约用地示范单位', 'veterans': '被评为省级示范单位',
           'housing': '被评为诚信开发企业', 'edu': '被认定为市级示范学校'}[src]
    form = rng.randrange(3)
    if form == 0:
        line = f"{year}年，{'、'.join(names)}等{cnt}{cl}{noun}{act}。"
    elif form == 1:
        line = f"{year}年，{'、'.join(names[:-1])}和{names[-1]}共{cnt}{cl}{noun}{act}。"
    else:
        line = f"{act.replace('被', '')[0:0]}{year}年{act[1:]}的{noun}共{cnt}{cl}，分别是{'、'.join(names)}。"
    return [line], [{'rel': 'count_names', 'count': cnt, 'names': names}], bad or f'{n} names, count {shown}'


FLOWS = {
    'water': [('地下水超采区', '万立方米', '年初超采量', '新增', '压减', '年末超采量', 1)],
    'land': [('耕地保有量', '万亩', '年初耕地', '补充耕地', '建设占用及灾毁减少', '年末耕地', 2),
             ('批而未供土地', '公顷', '年初存量', '新增批准未供', '消化处置', '年末存量', 1)],
    'veterans': [('优抚对象', '人', '年初在册', '新增', '自然减员', '年末在册', 0),
                 ('抚恤补助资金', '万元', '上年结转', '本年拨入', '本年支出', '年末结余', 1)],
    'housing': [('住房公积金', '亿元', '上年末缴存余额', '本年缴存', '本年提取', '年末缴存余额', 2),
                ('公租房', '套', '年初在管', '新增筹集', '调整退出', '年末在管', 0)],
    'edu': [('学生资助资金', '万元', '上年结转', '本年下达', '本年支出', '年末结余', 1),
            ('在园幼儿', '人', '学年初在园', '新入园', '离园', '学年末在园', 0)],
}


def t_balance(rng, src, label, year):
    name, u, a_n, b_n, c_n, r_n, dec = rng.choice(FLOWS[src])
    a = rand_val(rng, 100, 9000, dec)
    b = rand_val(rng, 10, 2000, dec)
    c = rand_val(rng, 10, float(min(a + b - 1, 3000)), dec)
    r = a + b - c
    vals = {'a': a, 'b': b, 'c': c, 'r': r}
    bad = None
    if label == 'inconsistent':
        k = rng.choice(list(vals))
        old = vals[k]
        vals[k] = perturb(rng, old, dec)
        bad = f"{k} stated {vals[k]} instead of {old}"
    A, B, C, R = (fnum(vals[k], dec) for k in 'abcr')
    form = rng.randrange(3)
    if form == 0:
        line = f"{year}年，{name}{a_n}{A}{u}，{b_n}{B}{u}，{c_n}{C}{u}，{r_n}{R}{u}。"
    elif form == 1:
        line = f"{name}：{a_n}{A}{u}，加{b_n}{B}{u}，减{c_n}{C}{u}，{r_n}为{R}{u}。"
    else:
        line = f"{year}年{name}{b_n}{B}{u}、{c_n}{C}{u}，{r_n}{R}{u}（{a_n}{A}{u}）。"
    ck = {'rel': 'balance', 'result': R, 'terms': [['+', A], ['+', B], ['-', C]]}
    return [line], [ck], bad or 'opening + added - removed = closing'


def t_income(rng, src, label, year):
    name = {'water': '水资源费（税）专户', 'land': '土地出让收支', 'veterans': '退役军人关爱基金',
            'housing': '住房维修资金', 'edu': '教育费附加专户'}[src]
    dec = rng.choice([1, 2])
    inc = rand_val(rng, 500, 9000, dec)
    exp = rand_val(rng, 100, float(inc) - 1, dec)
    bal = inc - exp
    vals = [inc, exp, bal]
    bad = None
    if label == 'inconsistent':
        k = rng.randrange(3)
        old = vals[k]
        vals[k] = perturb(rng, old, dec)
        bad = f"value {k} stated {vals[k]} instead of {old}"
    I, E, B = (fnum(v, dec) for v in vals)
    line = rng.choice([f"{year}年{name}收入{I}万元，支出{E}万元，结余{B}万元。",
                       f"{name}全年收入{I}万元、支出{E}万元，收支相抵结余{B}万元。",
                       f"{name}：本年收入{I}万元，本年支出{E}万元，当年结余{B}万元。"])
    return [line], [{'rel': 'balance', 'result': B, 'terms': [['+', I], ['-', E]]}], bad or 'income - spending = balance'


def t_increase(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    dec = g.dec
    a = rand_val(rng, g.lo, g.hi, dec) * 2
    b = a + rand_val(rng, D(str(g.lo)) / 2 + D(1).scaleb(-dec), g.hi, dec)
    down = rng.random() < 0.3
    if down:
        a, b = b, a
    c = abs(b - a)
    vals = [a, b, c]
    bad = None
    if label == 'inconsistent':
        k = rng.randrange(3)
        old = vals[k]
        vals[k] = perturb(rng, old, dec)
        bad = f"value {k} stated {vals[k]} instead of {old}"
    A, B, C = (fnum(v, dec) for v in vals)
    u = g.unit
    v1, v2 = ('减少', '减少') if down else ('增加', '增加')
    form = rng.randrange(3)
    if form == 0:
        line = f"{g.whole}由{year - 1}年的{A}{u}{v1}到{year}年的{B}{u}，{v2}{C}{u}。"
    elif form == 1:
        line = f"{year}年{g.whole}{B}{u}，较上年{'减少' if down else '增加'}{C}{u}（上年为{A}{u}）。"
    else:
        line = f"{year}年{g.whole}{B}{u}，上年同期为{A}{u}，同比{'减少' if down else '增加'}{C}{u}。"
    sign = '-' if down else '+'
    if down:
        ck = {'rel': 'balance', 'result': B, 'terms': [['+', A], ['-', C]]}
    else:
        ck = {'rel': 'balance', 'result': B, 'terms': [['+', A], ['+', C]]}
    return [line], [ck], bad or f'change {sign} between two years holds'


SUBT = {
    'water': ('用水总量', '亿立方米', 2, [('生产用水', ['工业用水', '农业用水']), ('生活和生态用水', ['城乡生活用水', '生态环境补水'])]),
    'land': ('批准建设用地', '公顷', 1, [('城镇村建设用地', ['住宅用地', '商服用地', '工矿仓储用地']), ('基础设施用地', ['交通运输用地', '水利设施用地'])]),
    'veterans': ('接收安置退役军人', '人', 0, [('退役士兵', ['安排工作', '自主就业']), ('军官', ['军队转业干部', '退休干部'])]),
    'housing': ('房地产开发投资', '亿元', 2, [('住宅投资', ['商品住宅', '保障性住宅']), ('非住宅投资', ['办公楼', '商业营业用房', '其他'])]),
    'edu': ('在校生', '人', 0, [('义务教育阶段', ['小学', '初中']), ('高中阶段', ['普通高中', '中职'])]),
}


def t_subtotal(rng, src, label, year):
    whole, u, dec, blocks = SUBT[src]
    lo, hi = (D('0.05'), D('5')) if dec == 2 else ((5, 900) if dec == 1 else (50, 9000))
    leafs = [[rand_val(rng, lo, hi, dec) for _ in b[1]] for b in blocks]
    subs = [sum(x) for x in leafs]
    tot = sum(subs)
    bad = None
    if label == 'inconsistent':
        if rng.random() < 0.4:
            old = tot
            tot = perturb(rng, tot, dec, lo_ok=max(subs))
            bad = f"grand total stated {tot} instead of {old}"
        else:
            bi = rng.randrange(len(leafs))
            li = rng.randrange(len(leafs[bi]))
            old = leafs[bi][li]
            leafs[bi][li] = perturb(rng, old, dec)
            bad = f"{blocks[bi][1][li]} stated {leafs[bi][li]} instead of {old} (subtotal breaks)"
    LS = [[fnum(v, dec) for v in x] for x in leafs]
    SS = [fnum(v, dec) for v in subs]
    TT = fnum(tot, dec)
    parts = []
    for (bn, ln), ls, ss in zip(blocks, LS, SS):
        parts.append(f"{bn}{ss}{u}（{'、'.join(a + b + u for a, b in zip(ln, ls))}）")
    if rng.random() < 0.5:
        lines = [f"{lead(rng, year)}{whole}{TT}{u}。其中，{'；'.join(parts)}。"]
    else:
        lines = [f"{lead(rng, year)}{whole}情况如下："] + [p + '；' for p in parts] + [f"以上合计{TT}{u}。"]
    checks = [ck_sum(ss, ls) for ss, ls in zip(SS, LS)] + [ck_sum(TT, SS)]
    return lines, checks, bad or 'subtotals and grand total all hold'


def t_quarters(rng, src, label, year):
    g = rng.choice([x for x in GROUPS[src]])
    s = Sum(rng, g, label, names=rng.choice([['一季度', '二季度', '三季度', '四季度'],
                                              ['上半年', '下半年'], ['1—3月', '4—6月', '7—9月', '10—12月']]))
    ps, T = s.fmt('plain')
    u = g.unit
    if rng.random() < 0.5:
        line = f"{year}年{g.whole}{T}{u}，{'分季度看' if '季度' in s.names[0] else '分时段看'}，{'、'.join(n + p + u for n, p in zip(s.names, ps))}。"
    else:
        line = f"{year}年{g.whole}按时段统计：{'；'.join(n + p + u for n, p in zip(s.names, ps))}；全年{T}{u}。"
    return [line], [ck_sum(T, ps)], sum_note(s, 'periods add up to the year')


def t_sentences(rng, src, label, year):
    g = rng.choice(GROUPS[src])
    s = Sum(rng, g, label)
    mode = pick_mode(rng, g.dec)
    ps, T = s.fmt(mode)
    u = g.unit
    verbs = ['完成', '实现', '达到', '']
    sents = [f"{n}{rng.choice(verbs)}{p}{u}。" for n, p in zip(s.names, ps)]
    tail = rng.choice([f"全年{g.whole}合计{T}{u}。", f"以上各项共计{T}{u}。", f"{g.whole}总计{T}{u}。"])
    if rng.random() < 0.5:
        lines = [f"{year}年{g.whole}分类情况：" + ''.join(sents) + tail]
    else:
        lines = [f"{year}年{g.whole}分类情况："] + sents + [tail]
    return lines, [ck_sum(T, ps)], sum_note(s, 'parts in separate sentences, total at end')


GENDER = {
    'edu': [('在校生', '人', 'students'), ('专任教师', '人', 'teachers'), ('招生', '人', 'new')],
    'veterans': [('接收安置退役军人', '人', ''), ('参加技能培训的退役军人', '人次', '')],
    'water': [('基层河湖管护人员', '人', '')],
    'land': [('不动产登记窗口工作人员', '人', '')],
    'housing': [('保障性住房在保家庭成员', '人', '')],
}


def t_gender(rng, src, label, year):
    whole, u, _ = rng.choice(GENDER[src])
    g = G(whole, u, ['男性', '女性'], 0, 20, 40000 if src == 'edu' else 3000)
    s = Sum(rng, g, label)
    ps, T = s.fmt(pick_mode(rng, 0))
    form = rng.randrange(3)
    m, f = rng.choice([('男性', '女性'), ('男', '女'), ('男生', '女生') if src == 'edu' else ('男同志', '女同志')])
    if form == 0:
        line = f"{lead(rng, year)}{whole}{T}{u}，其中{m}{ps[0]}{u}、{f}{ps[1]}{u}。"
    elif form == 1:
        line = f"{lead(rng, year)}{whole}{T}{u}（{m}{ps[0]}{u}，{f}{ps[1]}{u}）。"
    else:
        line = f"{lead(rng, year)}{whole}中，{m}{ps[0]}{u}，{f}{ps[1]}{u}，合计{T}{u}。"
    return [line], [ck_sum(T, ps)], sum_note(s, 'male/female split')


MIX = {
    'water': [('用水总量', '立方米', ['生活用水', '工业用水', '农业用水', '生态环境补水'])],
    'land': [('土地出让收入', '元', ['住宅用地', '商服用地', '工业用地']), ('耕地保护补偿资金', '元', ['省级下达', '市级配套', '县级配套'])],
    'veterans': [('发放各类优抚资金', '元', ['伤残抚恤', '定期抚恤', '生活补助', '医疗补助'])],
    'housing': [('房地产开发投资', '元', ['住宅', '办公楼', '商业营业用房']), ('老旧小区改造投资', '元', ['中央补助', '地方配套', '社会资本'])],
    'edu': [('教育经费投入', '元', ['学前教育', '义务教育', '高中教育', '职业教育'])],
}


def t_wanyi(rng, src, label, year):
    whole, base, names = rng.choice(MIX[src])
    big = rng.random() < 0.7   # whole in 亿, parts in 万; else whole in 万, parts in plain units
    W, P = (D(10) ** 8, D(10) ** 4) if big else (D(10) ** 4, D(1))
    wd = 2                     # whole decimals
    pdec = rng.choice([0, 0, 1])
    step = P * D(1).scaleb(-pdec)
    wunit = W * D(1).scaleb(-wd)
    vals = [step * rng.randint(int(W * D('0.02') / step), int(W * D('1.5') / step)) for _ in names]
    rem = sum(vals) % wunit
    vals[-1] += (wunit - rem) % wunit
    total = sum(vals)
    bad = None
    if label == 'inconsistent':
        if rng.random() < 0.35:
            old = total
            total = total + wunit * rng.choice([-7, -3, -2, -1, 1, 2, 4, 9]) * rng.choice([1, 10])
            bad = f"whole stated {total / W} instead of {old / W}"
        else:
            i = rng.randrange(len(vals))
            old = vals[i]
            nv = perturb(rng, old / P, pdec) * P
            vals[i] = nv
            bad = f"{names[i]} stated {nv / P} instead of {old / P}"
    ww, pw = ('亿', '万') if big else ('万', '')
    T = fnum(total / W, wd) + ww
    ps = [fnum(v / P, pdec) + pw for v in vals]
    line = rng.choice([
        f"{lead(rng, year)}{whole}{T}{base}，其中{'、'.join(n + p + base for n, p in zip(names, ps))}。",
        f"{lead(rng, year)}{whole}{T}{base}（{'，'.join(n + p + base for n, p in zip(names, ps))}）。",
        f"{year}年{'、'.join(names)}分别为{'、'.join(p + base for p in ps)}，{whole}合计{T}{base}。"])
    return [line], [ck_sum(T, ps)], bad or f'whole in {ww}, parts in {pw or "plain units"}; adds up'


CN_GROUPS = {
    'water': [('水利工程', '处', ['水库', '水闸', '泵站', '堤防'])],
    'land': [('违法用地案件', '宗', ['已拆除复耕', '已没收', '已补办手续'])],
    'veterans': [('烈士纪念设施', '处', ['烈士陵园', '纪念碑亭', '零散烈士墓'])],
    'housing': [('老旧小区改造项目', '个', ['已完工', '在建', '前期准备'])],
    'edu': [('学校', '所', ['公办学校', '民办学校']), ('专任教师', '人', ['男教师', '女教师'])],
}


def t_cn(rng, src, label, year):
    whole, u, names = rng.choice(CN_GROUPS[src])
    hi = 3000 if u == '人' else 160
    g = G(whole, u, names, 0, 2, hi)
    s = Sum(rng, g, label)
    two = rng.random() < 0.6
    ps = [to_cn(v, two) for v in s.vals]
    T = to_cn(s.total, two)
    line = rng.choice([
        f"{lead(rng, year, stock=True)}共有{whole}{T}{u}，其中{'、'.join(n + p + u for n, p in zip(names, ps))}。",
        f"{lead(rng, year, stock=True)}{'、'.join(n + p + u for n, p in zip(names, ps))}，合计{whole}{T}{u}。"])
    return [line], [ck_sum(T, ps)], sum_note(s, 'Chinese numerals')


def t_digits(rng, src, label, year):
    g = rng.choice([x for x in GROUPS[src] if x.dec == 0 and x.hi >= 1000] or GROUPS[src])
    s = Sum(rng, g, label)
    mode = rng.choice(['fw', 'comma', 'fwcomma', 'space'])
    ps, T = s.fmt(mode)
    u = g.unit
    sep = '；' if mode == 'fwcomma' else '、'
    line = f"{lead(rng, year)}{g.whole}{T}{u}，其中{sep.join(n + p + u for n, p in zip(s.names, ps))}。"
    return [line], [ck_sum(T, ps)], sum_note(s, f'digits written {mode}')


# ---------------------------------------------------------------------------
# totals family: negatives (look-alikes that must not be flagged)
# ---------------------------------------------------------------------------
OVERLAP = {
    'water': ('检查取用水户', '户', ['超许可取水', '未安装计量设施', '未按规定缴纳水资源税']),
    'land': ('查处违法用地案件', '宗', ['涉及耕地', '涉及永久基本农田', '涉及林地']),
    'veterans': ('接收安置退役军人', '人', ['中共党员', '大专以上学历', '荣立三等功以上']),
    'housing': ('改造老旧小区', '个', ['加装电梯', '改造供排水管网', '增设停车位']),
    'edu': ('在校生', '人', ['留守儿童', '进城务工人员随迁子女', '寄宿生']),
}


def n_overlap(rng, src, year):
    whole, u, attrs = OVERLAP[src]
    hi = 40000 if src == 'edu' else 900
    tot = rng.randint(60, hi)
    while True:
        k = rng.randint(2, 3)
        vals = [rng.randint(int(tot * 0.3), int(tot * 0.95)) for _ in range(k)]
        if sum(vals) > tot:
            break
    if src == 'land':   # nested subsets: 永久基本农田 is inside 耕地
        vals = sorted(vals, reverse=True)
    names = attrs[:k]
    T = fnum(tot)
    ps = [fnum(v) for v in vals]
    line = rng.choice([
        f"{lead(rng, year)}{whole}{T}{u}，其中{'、'.join(n + p + u for n, p in zip(names, ps))}。",
        f"{lead(rng, year)}{whole}{T}{u}。从构成看，{'，'.join(n + '的' + p + u for n, p in zip(names, ps))}。"])
    ck = {'rel': 'neg', 'kind': 'overlap', 'values': [T] + ps, 'looks_like': ck_sum(T, ps)}
    return [line], [ck], 'overlapping attributes (one item can be in several); parts exceed the whole'


PARTIAL_MARK = ['等', '主要有', '其中较多的是', '数量较多的是']


def n_partial(rng, src, year):
    if rng.random() < 0.3:   # named list with 等N家 where N exceeds the names shown
        k = rng.randint(2, 4)
        names = distinct(rng, lambda r: org(r, src), k)
        cl, noun = NAME_NOUN[src]
        n = rng.randint(k + 3, 40)
        line = f"{year}年，{'、'.join(names)}等{n}{cl}{noun}{rng.choice(['通过年度考核', '获得表彰', '纳入重点监管名录'])}。"
        ck = {'rel': 'neg', 'kind': 'partial', 'marker': '等', 'values': [str(n)],
              'looks_like': {'rel': 'count_names', 'count': str(n), 'names': names}}
        return [line], [ck], f'等{n}家 after {k} names: a partial list'
    g = rng.choice([x for x in GROUPS[src] if x.parts and len(x.parts) >= 3] or GROUPS[src])
    names = group_parts(rng, g)
    k = rng.randint(1, len(names) - 1) if len(names) > 2 else 1
    k = max(2, k) if len(names) > 2 else 1
    vals = [rand_val(rng, g.lo, g.hi, g.dec) for _ in range(k)]
    rest = rand_val(rng, g.lo, g.hi, g.dec)
    tot = sum(vals) + rest
    T = fnum(tot, g.dec)
    ps = [fnum(v, g.dec) for v in vals]
    u = g.unit
    mk = rng.choice(PARTIAL_MARK)
    body = '、'.join(n + p + u for n, p in zip(names[:k], ps))
    if mk == '等':
        line = f"{lead(rng, year)}{g.whole}{T}{u}，其中{body}等。"
    elif mk == '主要有':
        line = f"{lead(rng, year)}{g.whole}{T}{u}，主要有{body}。"
    else:
        line = f"{lead(rng, year)}{g.whole}{T}{u}，{mk}{body}。"
    ck = {'rel': 'neg', 'kind': 'partial', 'marker': mk, 'values': [T] + ps, 'looks_like': ck_sum(T, ps)}
    return [line], [ck], f'partial list marked by {mk}; parts fall short of the total'


APPROX = [('约', 'pre'), ('近', 'pre'), ('余', 'post'), ('左右', 'post'), ('超过', 'pre'), ('多', 'post')]


def n_approx(rng, src, year):
    g = rng.choice([x for x in GROUPS[src] if x.parts])
    s = Sum(rng, g, 'consistent')
    mk, pos = rng.choice(APPROX)
    u = g.unit
    if mk in ('余', '多'):
        g0 = 0
        true = s.total
        # 1200余人: a round figure below the exact sum, integer units only
        if g.dec:
            mk, pos = '约', 'pre'
        else:
            mag = D(10) ** max(1, len(str(int(true))) - 2)
            g0 = (true // mag) * mag
            if g0 == true:
                g0 -= mag
    if mk in ('约', '左右'):
        mag = D(10) ** max(0, len(str(int(s.total))) - 2 - (1 if g.dec else 0))
        approx = (s.total / mag).quantize(D(1), rounding=ROUND_HALF_UP) * mag
        if approx == s.total:
            approx += mag
        a = fnum(approx, 0 if mag >= 1 else g.dec)
    elif mk == '近':
        mag = D(10) ** max(0, len(str(int(s.total))) - 1)
        approx = (s.total // mag + 1) * mag
        a = fnum(approx, 0)
    elif mk == '超过':
        mag = D(10) ** max(0, len(str(int(s.total))) - 1)
        approx = (s.total // mag) * mag
        if approx == s.total or approx == 0:
            approx = s.total - D(1).scaleb(-g.dec) * rng.randint(1, 9)
        a = fnum(approx, g.dec if approx != approx.to_integral_value() else 0)
    else:
        a = fnum(g0, 0)
    ps = [fnum(v, g.dec) for v in s.vals]
    T = (mk + a + u) if pos == 'pre' else (a + mk + u)
    line = f"{lead(rng, year)}{g.whole}{T}，其中{'、'.join(n + p + u for n, p in zip(s.names, ps))}。"
    if rng.random() < 0.4:
        line = f"{lead(rng, year)}{'、'.join(n + p + u for n, p in zip(s.names, ps))}，{g.whole}合计{T}。"
    ck = {'rel': 'neg', 'kind': 'approx', 'marker': mk, 'values': [a] + ps, 'looks_like': ck_sum(a, ps)}
    return [line], [ck], f'approximate total with {mk}; exact parts add to {s.total}'


CUMUL = {
    'water': ('累计建成节水型单位', '家', '新增节水型单位'),
    'land': ('累计建成高标准农田', '万亩', '新建高标准农田'),
    'veterans': ('累计建成退役军人服务站', '个', '新建服务站'),
    'housing': ('累计改造老旧小区', '户', '改造老旧小区'),
    'edu': ('累计新增公办学位', '个', '新增公办学位'),
}


def n_cumulative(rng, src, year):
    cum, u, new = CUMUL[src]
    dec = 2 if u == '万亩' else 0
    lo, hi = (D('0.1'), D('3')) if dec else (5, 3000)
    dists = distinct(rng, lambda r: place(r, r.choice(['区', '县'])), rng.randint(2, 3))
    vals = [rand_val(rng, lo, hi, dec) for _ in dists]
    newt = sum(vals)
    cumt = newt + rand_val(rng, lo, D(str(hi)) * 4, dec)
    N, C = fnum(newt, dec), fnum(cumt, dec)
    ps = [fnum(v, dec) for v in vals]
    line = rng.choice([
        f"{year}年{new}{N}{u}，其中{'、'.join(d + p + u for d, p in zip(dists, ps))}；截至年底{cum}{C}{u}。",
        f"截至{year}年底，{cum}{C}{u}。当年{new}{N}{u}（{'、'.join(d + p + u for d, p in zip(dists, ps))}）。"])
    checks = [ck_sum(N, ps), {'rel': 'neg', 'kind': 'cumulative', 'marker': '累计', 'values': [C],
                              'looks_like': ck_sum(C, ps)}]
    return [line], checks, 'cumulative stock next to this year\'s additions; only the yearly list adds up'


TWOW = {
    'water': (('新建改造农村供水工程', '处'), ('受益人口', '万人'), ['集中供水工程', '小型供水工程']),
    'land': (('出让国有建设用地', '宗'), ('出让面积', '公顷'), ['住宅用地', '商服用地', '工业用地']),
    'veterans': (('走访慰问优抚对象', '人'), ('发放慰问金', '万元'), ['残疾军人', '烈士遗属', '老复员军人']),
    'housing': (('保障性住房开工', '套'), ('建筑面积', '万平方米'), ['公租房', '保障性租赁住房']),
    'edu': (('新建改扩建学校', '所'), ('新增学位', '个'), ['小学', '初中', '幼儿园']),
}


def n_two_wholes(rng, src, year):
    (w1, u1), (w2, u2), names = TWOW[src]
    dec2 = 2 if u2 in ('万人', '公顷', '万元', '万平方米') else 0
    v1 = rand_val(rng, 5, 300, 0)
    lo, hi = (D('1'), D('90')) if dec2 else (200, 9000)
    parts = [rand_val(rng, lo, hi, dec2) for _ in names]
    v2 = sum(parts)
    first = rng.random() < 0.5   # parts belong to the second whole
    A, B = fnum(v1), fnum(v2, dec2)
    ps = [fnum(p, dec2) for p in parts]
    line = f"{lead(rng, year)}{w1}{A}{u1}，{w2}{B}{u2}，其中{'、'.join(n + p + u2 for n, p in zip(names, ps))}。"
    if first:
        line = f"{lead(rng, year)}{w2}{B}{u2}（{'、'.join(n + p + u2 for n, p in zip(names, ps))}），涉及{w1}{A}{u1}。"
    checks = [ck_sum(B, ps), {'rel': 'neg', 'kind': 'two_wholes', 'values': [A],
                              'looks_like': ck_sum(A, ps)}]
    return [line], checks, 'two different wholes; the parts belong to the one with the same unit'


def n_ident(rng, src, year):
    k = rng.randrange(7)
    pl = place(rng, '市')
    vals = []
    if k == 0:
        n = rng.randint(2, 40)
        s = f"{pl}印发《{SRC_CN[src]}工作实施方案》（{pl[:2]}政办发〔{year}〕{n}号）。"
        vals = [str(year), str(n)]
    elif k == 1:
        tel = f"0{rng.randint(300, 999)}-{rng.randint(2000, 8999)}{rng.randint(1000, 9999)}"
        s = f"{DEPT[src]}服务热线：{tel}，{rng.choice(['工作日', '每日'])}8:30—17:30受理咨询。"
        vals = [tel]
    elif k == 2:
        std = rng.choice(['GB 5749-2022', 'GB/T 50378-2019', 'GB 50011-2010', 'JGJ 144-2019', 'GB/T 33469-2016'])
        s = f"相关工程严格执行{std}标准，{rng.choice(['验收一次通过', '质量全部达标'])}。"
        vals = [std]
    elif k == 3:
        s = f"推进“1+X”证书制度试点，{rng.randint(3, 30)}所职业院校参与。" if src == 'edu' else \
            f"建立“7+X”联动工作机制，{rng.choice(['7个部门常态参与', '多部门协同配合'])}。"
        vals = ['1+X'] if src == 'edu' else ['7+X']
    elif k == 4:
        m1, m2 = rng.randint(1, 5), rng.randint(6, 11)
        s = f"{year}年{m1}—{m2}月，{pl}{rng.choice(TOPIC[src])}工作按月调度、按季通报。"
        vals = [f"{m1}—{m2}月"]
    elif k == 5:
        mdl = rng.choice(['WQ-3000型', 'DN300', 'ZL50G', 'CK6140', 'SJ-220'])
        s = f"配备{mdl}设备{rng.randint(2, 20)}台（套），运行情况良好。"
        vals = [mdl]
    else:
        code = f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}{rng.randint(10, 99)}-{rng.randint(1, 9)}"
        s = f"项目编号{code}已完成招标，{rng.choice(['计划年内开工', '进入施工准备阶段'])}。"
        vals = [code]
    lines = [s]
    checks = [{'rel': 'neg', 'kind': 'identifier', 'values': vals}]
    if rng.random() < 0.4:
        g = rng.choice([x for x in GROUPS[src] if x.parts])
        sm = Sum(rng, g, 'consistent')
        ps, T = sm.fmt('plain')
        lines.append(f"{lead(rng, year)}{g.whole}{T}{g.unit}，其中{'、'.join(n + p + g.unit for n, p in zip(sm.names, ps))}。")
        checks.append(ck_sum(T, ps))
    return lines, checks, 'identifier, date range, phone, standard or model number that must not be read as arithmetic'


# ---------------------------------------------------------------------------
# pct family
# ---------------------------------------------------------------------------
class R:
    def __init__(self, base, unit, passed, rate, lo, hi, rlo, rhi, dec=0, cap=100):
        self.base, self.unit, self.passed, self.rate = base, unit, passed, rate
        self.lo, self.hi, self.rlo, self.rhi, self.dec, self.cap = lo, hi, rlo, rhi, dec, cap


RATES = {
    'water': [R('纳入考核的水功能区', '个', '水质达标', '水功能区水质达标率', 20, 300, .70, .99),
              R('国控省控监测断面', '个', '水质优良', '水质优良比例', 12, 150, .60, .98),
              R('农村集中供水工程水样', '份', '检测合格', '水质合格率', 80, 2000, .80, .995),
              R('规模以上取水户', '户', '安装在线计量设施', '在线计量覆盖率', 40, 900, .55, .98)],
    'land': [R('批准建设用地', '公顷', '已供应', '供地率', 100, 3000, .45, .95, dec=1),
             R('挂牌出让地块', '宗', '成交', '成交率', 10, 200, .6, .98),
             R('认定闲置土地', '公顷', '完成处置', '闲置土地处置率', 10, 500, .4, .95, dec=2),
             R('卫片执法图斑', '个', '完成整改', '整改率', 50, 1500, .7, .99)],
    'veterans': [R('有就业意愿的退役士兵', '人', '实现就业', '就业率', 60, 2000, .7, .98),
                 R('参加技能培训的退役军人', '人', '取得职业资格证书', '取证率', 40, 1500, .5, .95),
                 R('在册优抚对象', '人', '完成走访慰问', '走访覆盖率', 200, 6000, .85, .999),
                 R('村（社区）退役军人服务站', '个', '达到示范标准', '示范站占比', 30, 600, .1, .6)],
    'housing': [R('棚户区改造任务', '套', '基本建成', '建成率', 200, 8000, .5, .99),
                R('老旧小区改造计划', '户', '完成改造', '完工率', 300, 12000, .6, .99),
                R('新建商品住宅项目', '个', '按期交付', '按期交付率', 15, 200, .7, .99),
                R('新开工装配式建筑', '万平方米', '采用装配式建造', '装配式建筑占比', 20, 600, .2, .5, dec=2)],
    'edu': [R('学前三年适龄儿童', '人', '在园', '学前三年毛入园率', 2000, 60000, .85, 1.04, cap=None),
            R('初中毕业年级入学时学生', '人', '毕业', '九年义务教育巩固率', 2000, 50000, .9, 1.0),
            R('参加体质健康测试学生', '人', '达到合格标准', '体质健康合格率', 1000, 80000, .8, .98),
            R('专任教师', '人', '具有本科及以上学历', '本科及以上学历教师占比', 300, 9000, .5, .95)],
}


def gen_rate(rng, r, rdec=None, den=None, lo=None, hi=None):
    """returns (num, den, exact rate, rounded rate, rdec)"""
    rdec = rng.choice([1, 1, 1, 2, 0]) if rdec is None else rdec
    for _ in range(500):
        d = den if den is not None else rand_val(rng, lo or r.lo, hi or r.hi, r.dec)
        n = q(d * D(str(rng.uniform(r.rlo, r.rhi))), r.dec)
        if n <= 0 or (r.cap is not None and n > d):
            continue
        ex = n / d * 100
        if is_tie(ex, rdec) or q(ex, rdec) == 0:
            continue
        return n, d, ex, q(ex, rdec), rdec
    raise RuntimeError('rate')


def PS(v, dec, rng=None, fw=False):
    sign = '%'
    if rng is not None and rng.random() < 0.15:
        sign = '％'
    return pct(v, dec, sign, fw)


MALFORMED = ['xx', 'space', 'lead', 'double', 'dots']


def malform(rng, rs):
    """rs: a well-formed literal such as 93.4%; returns a malformed one"""
    core = rs.rstrip('%％')
    kinds = ['xx', 'space', 'lead', 'double'] + (['dots'] if '.' in core else [])
    k = rng.choice(kinds)
    if k == 'xx':
        return rng.choice(['xx%', 'XX%', 'xx.x%', 'x%'])
    if k == 'space':
        return core + ' %'
    if k == 'lead':
        return '%' + core
    if k == 'double':
        return core + '%%'
    i = core.index('.')
    return core[:i] + '..' + core[i + 1:] + '%'


def rate_ck(num, den, rate):
    return {'rel': 'rate', 'num': num, 'den': den, 'rate': rate}


def bad_rate(rng, label, r, rdec, rr, true_str, fixed_mal=None, cap=D(100)):
    """returns (shown literal, check-modifier, note) for a rate that may be wrong"""
    if label != 'inconsistent':
        return true_str, None, None
    if fixed_mal or rng.random() < 0.15:
        m = malform(rng, true_str)
        return m, 'malformed', f"malformed literal {m!r} (true {true_str})"
    if r is not None:
        cap = None if r.cap is None else D(r.cap)
    if cap is not None and rr > cap:
        cap = None
    w = wrong_rate(rng, rr, rdec, cap=cap)
    s = PS(w, rdec)
    return s, None, f"rate stated {s} but computes to {true_str}"


def rate_checks(num, den, shown, mod):
    if mod == 'malformed':
        return [{'rel': 'malformed_pct', 'literal': shown}]
    return [rate_ck(num, den, shown)]


def p_rate(rng, src, label, year, form):
    r = rng.choice(RATES[src])
    n, d, ex, rr, rdec = gen_rate(rng, r)
    N, M = fnum(n, r.dec), fnum(d, r.dec)
    true_s = PS(rr, rdec, rng)
    shown, mod, bad = bad_rate(rng, label, r, rdec, rr, true_s)
    u = r.unit
    L = lead(rng, year)
    if form == 'after':
        line = rng.choice([f"{L}{r.base}{M}{u}，其中{r.passed}{N}{u}，{r.rate}{shown}。",
                           f"{L}{r.base}{M}{u}中，{r.passed}的{N}{u}，{r.rate}为{shown}。",
                           f"{L}{r.passed}{N}{u}，占{r.base}{M}{u}的{shown}。"])
    elif form == 'before':
        line = rng.choice([f"{L}{r.rate}达到{shown}，{r.base}{M}{u}中{r.passed}{N}{u}。",
                           f"{r.rate}{shown}：{year}年{r.base}{M}{u}，{r.passed}{N}{u}。",
                           f"{L}{r.rate}为{shown}，即{M}{u}{r.base}中有{N}{u}{r.passed}。"])
    else:
        line = rng.choice([f"{L}{r.base}{M}{u}，{r.passed}{N}{u}（{r.rate}{shown}）。",
                           f"{L}{r.rate}{shown}（{r.passed}{N}{u}/{r.base}{M}{u}）。",
                           f"{L}{r.passed}{N}{u}（占{shown}），{r.base}共{M}{u}。"])
    return [line], rate_checks(N, M, shown, mod), bad or f'{N}/{M} = {ex:.4f}% -> {true_s}'


def p_after(rng, src, label, year):
    return p_rate(rng, src, label, year, 'after')


def p_before(rng, src, label, year):
    return p_rate(rng, src, label, year, 'before')


def p_bracket(rng, src, label, year):
    return p_rate(rng, src, label, year, 'bracket')


def p_two_rates(rng, src, label, year):
    r = rng.choice(RATES[src])
    a, b = rng.choice([('城区', '农村'), ('城镇', '乡村'), ('市直', '县（区）'), (place(rng, '县'), place(rng, '区'))])
    rdec = rng.choice([1, 1, 2])
    x = gen_rate(rng, r, rdec)
    y = gen_rate(rng, r, rdec)
    which = rng.randrange(2)
    out = []
    checks = []
    note = None
    for i, (n, d, ex, rr, _) in enumerate([x, y]):
        t = PS(rr, rdec)
        shown, mod, bad = (t, None, None)
        if i == which:
            shown, mod, bad = bad_rate(rng, label, r, rdec, rr, t)
            note = bad
        N, M = fnum(n, r.dec), fnum(d, r.dec)
        out.append((N, M, shown))
        checks += rate_checks(N, M, shown, mod)
    u = r.unit
    (N1, M1, s1), (N2, M2, s2) = out
    line = rng.choice([
        f"{year}年，{a}{r.base}{M1}{u}，{r.passed}{N1}{u}，{r.rate}{s1}；{b}{r.base}{M2}{u}，{r.passed}{N2}{u}，{r.rate}{s2}。",
        f"{r.rate}方面，{a}为{s1}（{N1}/{M1}），{b}为{s2}（{N2}/{M2}）。"])
    return [line], checks, note or 'two rates over two different bases'


PF = {
    'water': ('抽检农村饮用水水样', '份', '合格', '不合格'),
    'land': ('核查建设用地图斑', '个', '合法合规', '违法违规'),
    'veterans': ('参加技能培训结业考核', '人', '考核合格', '考核不合格'),
    'housing': ('抽查在建工程项目', '个', '质量合格', '质量不合格'),
    'edu': ('参加体质健康测试', '人', '合格', '不合格'),
}


def p_pass_fail(rng, src, label, year):
    base, u, ok, nok = PF[src]
    rdec = rng.choice([1, 2])
    for _ in range(200):
        m = rng.randint(60, 9000)
        f = rng.randint(1, int(m * 0.15))
        p = m - f
        e1, e2 = D(p) / m * 100, D(f) / m * 100
        if not (is_tie(e1, rdec) or is_tie(e2, rdec)):
            break
    r1, r2 = q(e1, rdec), q(e2, rdec)
    t1, t2 = PS(r1, rdec), PS(r2, rdec)
    s1, s2 = t1, t2
    note = 'pass and fail rates over the same base'
    mods = [None, None]
    if label == 'inconsistent':
        if rng.random() < 0.5:
            s1, mods[0], note = bad_rate(rng, label, None, rdec, r1, t1)
        else:
            s2, mods[1], note = bad_rate(rng, label, None, rdec, r2, t2)
    M, P, F = fnum(m), fnum(p), fnum(f)
    line = rng.choice([
        f"{year}年{base}{M}{u}，其中{ok}{P}{u}、{nok}{F}{u}，{ok}率{s1}，{nok}率{s2}。",
        f"{base}{M}{u}：{ok}{P}{u}（{s1}），{nok}{F}{u}（{s2}）。"])
    checks = [ck_sum(M, [P, F])] + rate_checks(P, M, s1, mods[0]) + rate_checks(F, M, s2, mods[1])
    return [line], checks, note


TARGET = {
    'water': ('新增高效节水灌溉面积', '万亩', 2),
    'land': ('新建高标准农田', '万亩', 2),
    'veterans': ('退役军人适应性培训', '人次', 0),
    'housing': ('保障性租赁住房筹集', '套', 0),
    'edu': ('新增普惠性学位', '个', 0),
}


def p_completion(rng, src, label, year):
    name, u, dec = TARGET[src]
    rdec = rng.choice([1, 1, 2, 0])
    for _ in range(300):
        t = rand_val(rng, '1', '30', dec) if dec else D(rng.randint(200, 9000) // 10 * 10)
        a = q(t * D(str(rng.uniform(0.82, 1.35))), dec)
        ex = a / t * 100
        if not is_tie(ex, rdec) and a > 0:
            break
    rr = q(ex, rdec)
    true_s = PS(rr, rdec)
    shown, mod, bad = bad_rate(rng, label, None, rdec, rr, true_s, cap=None)
    T, A = fnum(t, dec), fnum(a, dec)
    line = rng.choice([
        f"{year}年{name}目标任务{T}{u}，实际完成{A}{u}，完成率{shown}。",
        f"{name}完成{A}{u}，为年度目标（{T}{u}）的{shown}。",
        f"{name}年度计划{T}{u}，完成{A}{u}，占计划的{shown}{'，超额完成任务' if a > t else ''}。"])
    return [line], rate_checks(A, T, shown, mod), bad or f'completion {A}/{T} -> {true_s}'


PER = {
    'water': [('用水总量', '亿立方米', 2, '常住人口', '万人', 1, '人均综合用水量', '立方米', 1, ('2', '40'), ('50', '900'))],
    'land': [('耕地保有量', '万亩', 2, '农业人口', '万人', 1, '人均耕地', '亩', 2, ('20', '400'), ('20', '300'))],
    'veterans': [('发放抚恤补助金', '万元', 1, '享受待遇的优抚对象', '人', 0, '人均', '元', 0, ('100', '9000'), ('300', '9000')),
                 ('发放慰问金', '万元', 2, '慰问退役军人', '人', 0, '人均', '元', 1, ('10', '900'), ('100', '6000'))],
    'housing': [('老旧小区改造投资', '亿元', 2, '受益居民', '万户', 2, '户均投资', '元', 0, ('1', '30'), ('1', '20')),
                ('商品住宅销售面积', '万平方米', 2, '销售住宅', '套', 0, '套均面积', '平方米', 1, ('10', '300'), ('1000', '30000'))],
    'edu': [('义务教育经费', '亿元', 2, '义务教育在校生', '万人', 2, '生均经费', '元', 0, ('2', '60'), ('1', '40'))],
}

WAN = {'万人': D(10) ** 4, '万户': D(10) ** 4, '亿立方米': D(10) ** 8, '万亩': D(10) ** 4, '万元': D(10) ** 4,
       '亿元': D(10) ** 8, '万平方米': D(10) ** 4}
PREFIX = {'万人': '万', '万户': '万', '亿立方米': '亿', '万亩': '万', '万元': '万', '亿元': '亿', '万平方米': '万'}


def p_per(rng, src, label, year):
    tn, tu, td, cn, cu, cd, vn, vu, vd, trng, crng = rng.choice(PER[src])
    for _ in range(300):
        t = rand_val(rng, *trng, td)
        c = rand_val(rng, *crng, cd)
        tb = t * WAN.get(tu, 1)
        cb = c * WAN.get(cu, 1)
        ex = tb / cb
        if not is_tie(ex, vd) and q(ex, vd) > 0:
            break
    v = q(ex, vd)
    bad = None
    shown_v = v
    if label == 'inconsistent':
        unit = D(1).scaleb(-vd)
        thr = max(2 * unit, q(v * D('0.05'), vd))
        shown_v = q(v + (thr + unit * rng.randint(0, 30)) * rng.choice([1, -1]), vd)
        if shown_v <= 0:
            shown_v = q(v + thr, vd)
        bad = f"per-capita stated {shown_v} but computes to {v}"
    T = fnum(t, td) + PREFIX.get(tu, '')
    C = fnum(c, cd) + PREFIX.get(cu, '')
    V = fnum(shown_v, vd)
    tun, cun = tu[len(PREFIX.get(tu, '')):], cu[len(PREFIX.get(cu, '')):]
    line = rng.choice([
        f"{year}年{tn}{T}{tun}，{cn}{C}{cun}，{vn}{V}{vu}。",
        f"{lead(rng, year)}{vn}{V}{vu}（{tn}{T}{tun}，{cn}{C}{cun}）。"])
    return [line], [{'rel': 'per', 'total': T, 'count': C, 'value': V}], bad or f'per-capita {ex:.4f} -> {v}'


def shares_100(rng, k, dec):
    unit = D(1).scaleb(-dec)
    tot = int(100 / unit)
    cuts = sorted(rng.sample(range(1, tot), k - 1))
    vals = [b - a for a, b in zip([0] + cuts, cuts + [tot])]
    return [q(v * unit, dec) for v in vals]


def p_share_sum(rng, src, label, year):
    g = rng.choice([x for x in GROUPS[src] if x.parts and len(x.parts) >= 2])
    names = list(g.parts)
    dec = rng.choice([1, 1, 2, 0])
    sh = shares_100(rng, len(names), dec)
    while min(sh) < D('0.5'):
        sh = shares_100(rng, len(names), dec)
    bad = None
    if label == 'inconsistent':
        i = rng.randrange(len(sh))
        old = sh[i]
        sh[i] = wrong_rate(rng, old, dec)
        bad = f"share of {names[i]} stated {sh[i]} instead of {old}; shares no longer add to 100"
    ss = [PS(v, dec) for v in sh]
    line = rng.choice([
        f"从结构看，{year}年{g.whole}中{'、'.join(names)}分别占{'、'.join(ss)}。",
        f"{year}年{g.whole}构成：{'，'.join(n + '占' + s for n, s in zip(names, ss))}。",
        f"按类别分，{g.whole}中{'；'.join(n + '所占比重为' + s for n, s in zip(names, ss))}。"])
    return [line], [{'rel': 'share_sum', 'shares': ss}], bad or 'shares of one whole add to 100'


def p_share_of(rng, src, label, year):
    g = rng.choice([x for x in GROUPS[src] if x.parts and len(x.parts) >= 3])
    k = rng.randint(1, len(g.parts) - 1)
    rdec = rng.choice([1, 1, 2])
    for _ in range(300):
        vals = [rand_val(rng, g.lo, g.hi, g.dec) for _ in g.parts]
        tot = sum(vals)
        exs = [v / tot * 100 for v in vals[:k]]
        if not any(is_tie(e, rdec) for e in exs) and all(q(e, rdec) > 0 for e in exs):
            break
    idx = rng.randrange(k)
    checks, segs, note = [], [], None
    T = fnum(tot, g.dec)
    for i in range(k):
        t = PS(q(exs[i], rdec), rdec)
        s, mod = t, None
        if i == idx:
            s, mod, b = bad_rate(rng, label, None, rdec, q(exs[i], rdec), t)
            note = b
        V = fnum(vals[i], g.dec)
        checks += rate_checks(V, T, s, mod)
        segs.append(f"{g.parts[i]}{V}{g.unit}，占{s}")
    line = f"{year}年{g.whole}{T}{g.unit}。{'；'.join(segs)}。"
    return [line], checks, note or f'{k} named part(s) with their shares of the stated whole (not a full list)'


def p_table_share(rng, src, label, year):
    g = rng.choice([x for x in GROUPS[src] if x.parts and len(x.parts) >= 2])
    names = list(g.parts[:4])
    rdec = rng.choice([1, 1, 2])
    for _ in range(500):
        vals = [rand_val(rng, g.lo, g.hi, g.dec) for _ in names]
        tot = sum(vals)
        exs = [v / tot * 100 for v in vals]
        rs = [q(e, rdec) for e in exs]
        if not any(is_tie(e, rdec) for e in exs) and sum(rs) == 100 and min(rs) > 0:
            break
    else:
        raise RuntimeError('share table')
    idx = rng.randrange(len(names))
    sep = rng.choice(['\t', ' | ', '｜', '  '])
    T = fnum(tot, g.dec)
    lines = [f"{year}年{g.whole}构成（单位：{g.unit}）", f"类别{sep}数量{sep}占比"]
    checks = [ck_sum(T, [fnum(v, g.dec) for v in vals])]
    note = None
    rows = []
    for i, n in enumerate(names):
        t = PS(rs[i], rdec)
        s, mod = t, None
        if i == idx:
            s, mod, note = bad_rate(rng, label, None, rdec, rs[i], t)
        V = fnum(vals[i], g.dec)
        checks += rate_checks(V, T, s, mod)
        rows.append(f"{n}{sep}{V}{sep}{s}")
    tot_row = f"合计{sep}{T}{sep}—"
    lines += rows + [tot_row] if rng.random() < 0.6 else [tot_row] + rows
    return lines, checks, note or 'table with a share column; shares computed over the total row'


GROW = {
    'water': [('用水总量', '亿立方米', 2, ('1', '40')), ('水利建设投资', '亿元', 2, ('2', '90')),
              ('非常规水源利用量', '万立方米', 1, ('50', '9000'))],
    'land': [('土地出让收入', '亿元', 2, ('5', '400')), ('批准建设用地', '公顷', 1, ('50', '3000')),
             ('不动产登记业务量', '件', 0, (2000, 90000))],
    'veterans': [('抚恤补助资金', '万元', 1, ('300', '9000')), ('接收安置退役军人', '人', 0, (100, 3000)),
                 ('就业创业培训', '人次', 0, (200, 9000))],
    'housing': [('商品房销售面积', '万平方米', 2, ('20', '900')), ('房地产开发投资', '亿元', 2, ('10', '600')),
                ('住宅销售额', '亿元', 2, ('10', '500'))],
    'edu': [('普通高中在校生', '人', 0, (2000, 60000)), ('教育经费总投入', '亿元', 2, ('5', '120')),
            ('专任教师', '人', 0, (800, 30000))],
}


def gen_growth(rng, dec, gdec, lo=-0.3, hi=0.4, rg=('5', '900')):
    for _ in range(500):
        prev = rand_val(rng, rg[0], rg[1], dec)
        cur = q(prev * D(str(1 + rng.uniform(lo, hi))), dec)
        if cur == prev or cur <= 0:
            continue
        ex = (cur - prev) / prev * 100
        if not is_tie(abs(ex), gdec) and q(abs(ex), gdec) > 0:
            return prev, cur, ex
    raise RuntimeError('growth')


def p_growth(rng, src, label, year, form=None):
    name, u, dec, rg = rng.choice(GROW[src])
    gdec = rng.choice([1, 1, 2])
    prev, cur, ex = gen_growth(rng, dec, gdec, rg=rg)
    dirw = '增长' if ex > 0 else '下降'
    gr = q(abs(ex), gdec)
    true_s = PS(gr, gdec)
    shown, mod, bad = bad_rate(rng, label, None, gdec, gr, true_s, cap=None)
    P, C = fnum(prev, dec), fnum(cur, dec)
    form = form or rng.choice(['a', 'b', 'c', 'd'])
    if form == 'a':
        line = f"{year}年{name}{C}{u}，较上年的{P}{u}{dirw}{shown}。"
    elif form == 'b':
        line = f"{year}年{name}{C}{u}，比上年{dirw}{shown}（上年为{P}{u}）。"
    elif form == 'c':
        line = f"{year}年{name}{C}{u}，上年同期为{P}{u}，同比{dirw}{shown}。"
    else:
        line = f"{name}由{year - 1}年的{P}{u}{'增加' if ex > 0 else '减少'}到{year}年的{C}{u}，{dirw}{shown}。"
    if mod == 'malformed':
        ck = [{'rel': 'malformed_pct', 'literal': shown}]
    else:
        ck = [{'rel': 'growth', 'prev': P, 'cur': C, 'rate': shown, 'dir': dirw}]
    return [line], ck, bad or f'growth ({C}-{P})/{P} = {ex:.4f}% -> {dirw}{true_s}'


def p_growth_ab(rng, src, label, year):
    return p_growth(rng, src, label, year, rng.choice(['a', 'b', 'd']))


def p_tongqi(rng, src, label, year):
    return p_growth(rng, src, label, year, 'c')


PP = {
    'water': ['水功能区水质达标率', '城市公共供水管网漏损率', '农村自来水普及率', '再生水利用率'],
    'land': ['供地率', '闲置土地处置率', '不动产登记“一网通办”率'],
    'veterans': ['退役士兵就业率', '服务站示范创建率', '优抚对象走访覆盖率'],
    'housing': ['保障性住房开工率', '城镇居民住房保障覆盖率', '新建建筑中装配式建筑占比'],
    'edu': ['学前教育毛入园率', '九年义务教育巩固率', '高中阶段毛入学率', '普惠性幼儿园覆盖率'],
}


def p_pp(rng, src, label, year, form):
    name = rng.choice(PP[src])
    dec = rng.choice([1, 1, 2])
    unit = D(1).scaleb(-dec)
    a = rand_val(rng, '40', '97', dec)
    step = unit * rng.randint(1, int(D('6') / unit))
    b = a + step if rng.random() < 0.75 else a - step
    if b > 100:
        b = a - step
    up = b > a
    c = abs(b - a)
    vals = {'a': a, 'b': b, 'c': c}
    bad = None
    if label == 'inconsistent':
        k = rng.choice(['a', 'b', 'c', 'c'])
        old = vals[k]
        vals[k] = wrong_rate(rng, old, dec, cap=D(100))
        bad = f"{ {'a': 'earlier rate', 'b': 'later rate', 'c': 'point change'}[k] } stated {vals[k]} instead of {old}"
    A, B = PS(vals['a'], dec), PS(vals['b'], dec)
    C = fnum(vals['c'], dec)
    dw = '提高' if up else '下降'
    if form == 'both':
        line = rng.choice([f"{name}由{year - 1}年的{A}{dw}到{year}年的{B}，{dw}{C}个百分点。",
                           f"{name}从{A}{'提升' if up else '降至'}{'至' if up else ''}{B}，{dw}了{C}个百分点。"])
    else:
        line = rng.choice([f"{year}年{name}达到{B}，比上年{dw}{C}个百分点（上年为{A}）。",
                           f"{year}年{name}为{B}，上年为{A}，{dw}{C}个百分点。"])
    ck = {'rel': 'pp', 'from': A, 'to': B, 'pp': C, 'dir': dw}
    return [line], [ck], bad or f'{B} - {A} = {dw}{C} points'


def p_pp_both(rng, src, label, year):
    return p_pp(rng, src, label, year, 'both')


def p_pp_base(rng, src, label, year):
    return p_pp(rng, src, label, year, 'base')


DECL = {
    'water': ('万元GDP用水量', '立方米', 1), 'land': ('单位GDP建设用地使用面积', '公顷/亿元', 2),
    'housing': ('商品住宅库存去化周期', '个月', 1), 'veterans': ('涉军信访积案', '件', 0), 'edu': ('大班额班级数', '个', 0)}


def p_decline(rng, src, label, year):
    name, u, dec = DECL[src]
    gdec = rng.choice([1, 2])
    for _ in range(500):
        a = rand_val(rng, '20', '90', dec) if dec else D(rng.randint(40, 900))
        b = q(a * D(str(rng.uniform(0.6, 0.97))), dec)
        ex = (a - b) / a * 100
        if b > 0 and b < a and not is_tie(ex, gdec):
            break
    gr = q(ex, gdec)
    true_s = PS(gr, gdec)
    shown, mod, bad = bad_rate(rng, label, None, gdec, gr, true_s)
    A, B = fnum(a, dec), fnum(b, dec)
    line = rng.choice([f"{name}由{year - 1}年的{A}{u}下降到{year}年的{B}{u}，下降{shown}。",
                       f"{year}年{name}{B}{u}，较上年（{A}{u}）下降{shown}。"])
    ck = [{'rel': 'malformed_pct', 'literal': shown}] if mod == 'malformed' else \
        [{'rel': 'growth', 'prev': A, 'cur': B, 'rate': shown, 'dir': '下降'}]
    return [line], ck, bad or f'decline ({A}-{B})/{A} -> {true_s}'


def p_malformed(rng, src, label, year):
    r = rng.choice(RATES[src])
    n, d, ex, rr, rdec = gen_rate(rng, r, rng.choice([1, 2]))
    fw = rng.random() < 0.4
    true_s = pct(rr, rdec, rng.choice(['%', '％']), fw)
    if label == 'inconsistent':
        shown = malform(rng, pct(rr, rdec))
        ck = [{'rel': 'malformed_pct', 'literal': shown}]
        note = f"malformed literal {shown!r}"
    else:
        shown = true_s
        ck = [rate_ck(fnum(n, r.dec), fnum(d, r.dec), shown)]
        note = f"well-formed literal {shown} (full-width forms are valid)"
    N, M = fnum(n, r.dec), fnum(d, r.dec)
    line = rng.choice([f"{year}年{r.base}{M}{r.unit}，{r.passed}{N}{r.unit}，{r.rate}{shown}。",
                       f"{r.rate}为{shown}（{r.passed}{N}{r.unit}，{r.base}{M}{r.unit}）。"])
    return [line], ck, note


def p_multi_share(rng, src, label, year):
    """two categories with their shares of a whole, not an exhaustive list"""
    return p_share_of(rng, src, label, year)


# ---------------------------------------------------------------------------
# pct negatives
# ---------------------------------------------------------------------------
def n_growth100(rng, src, year):
    name, u, dec, rg = rng.choice(GROW[src])
    gdec = rng.choice([1, 2])
    rg = (rg[0], str(D(str(rg[1])) / 3))
    prev, cur, ex = gen_growth(rng, dec, gdec, lo=1.05, hi=3.0, rg=rg)
    gr = q(ex, gdec)
    s = PS(gr, gdec)
    P, C = fnum(prev, dec), fnum(cur, dec)
    line = rng.choice([f"受重点项目集中投产带动，{year}年{name}{C}{u}，较上年的{P}{u}增长{s}。",
                       f"{year}年{name}{C}{u}，上年同期为{P}{u}，同比增长{s}，增幅较大。"])
    ck = [{'rel': 'growth', 'prev': P, 'cur': C, 'rate': s, 'dir': '增长'},
          {'rel': 'neg', 'kind': 'growth_over_100', 'values': [s]}]
    return [line], ck, f'growth over 100 % is correct here ({ex:.3f}%)'


def n_pp_nobase(rng, src, year):
    name = rng.choice(PP[src])
    c = rand_val(rng, '0.1', '6', rng.choice([1, 2]))
    C = fnum(c, 1 if c * 10 == int(c * 10) else 2)
    r2 = rand_val(rng, '40', '99', 1)
    form = rng.randrange(3)
    if form == 0:
        line = f"{year}年{name}比上年提高{C}个百分点，{rng.choice(['继续保持全省前列', '完成年度目标'])}。"
        vals = [C]
    elif form == 1:
        line = f"{year}年{name}达到{PS(r2, 1)}，比上年{rng.choice(['提高', '提升', '下降'])}{C}个百分点。"
        vals = [C, PS(r2, 1)]
    else:
        line = f"{name}较“十三五”末提高{C}个百分点。"
        vals = [C]
    ck = [{'rel': 'neg', 'kind': 'pp_no_base', 'marker': '个百分点', 'values': vals}]
    return [line], ck, 'point change without the earlier rate: nothing to check'


OVL_SHARE = {
    'water': ('用水户', ['安装计量设施的', '实行阶梯水价的', '开展水平衡测试的']),
    'land': ('批准建设用地', ['位于开发区内的', '占用耕地的', '用于重点项目的']),
    'veterans': ('接收安置的退役军人', ['具有大专以上学历的', '中共党员', '有立功受奖经历的']),
    'housing': ('改造的老旧小区', ['加装电梯的', '完成管网改造的', '增设充电设施的']),
    'edu': ('在校生', ['参加课后服务的', '寄宿的', '享受营养改善计划的']),
}


def n_overlap_share(rng, src, year):
    whole, attrs = OVL_SHARE[src]
    while True:
        sh = [rand_val(rng, '20', '95', 1) for _ in attrs]
        if sum(sh) > 100:
            break
    ss = [PS(v, 1) for v in sh]
    line = rng.choice([f"{year}年{whole}中，{'，'.join(a + '占' + s for a, s in zip(attrs, ss))}。",
                       f"从{whole}情况看，{'、'.join(attrs)}比例分别为{'、'.join(ss)}。"])
    ck = [{'rel': 'neg', 'kind': 'overlap', 'values': ss, 'looks_like': {'rel': 'share_sum', 'shares': ss}}]
    return [line], ck, 'overlapping shares of one whole may sum past 100'


PERMILLE = {
    'water': ['城市公共供水管网漏损率', '农业灌溉水损失率'], 'land': ['地质灾害隐患点密度'],
    'veterans': ['优抚对象死亡率'], 'housing': ['住房公积金个人贷款逾期率', '物业服务投诉率'],
    'edu': ['义务教育辍学率', '学生近视新发率', '校园安全事故发生率']}


def n_permille(rng, src, year):
    name = rng.choice(PERMILLE[src])
    v = rand_val(rng, '0.05', '9', rng.choice([1, 2]))
    s = fnum(v, 2 if v * 10 != int(v * 10) else 1) + '‰'
    extra = ''
    vals = [s]
    if rng.random() < 0.5:
        n = rng.randint(1000, 90000)
        extra = f"，统计口径为{fnum(n)}个样本单位"
        vals.append(fnum(n))
    line = f"{year}年{name}为{s}{extra}，{rng.choice(['控制在目标范围内', '低于全省平均水平', '较上年有所下降'])}。"
    ck = [{'rel': 'neg', 'kind': 'permille', 'marker': '‰', 'values': vals}]
    return [line], ck, 'per-mille value, not a percentage'


def n_nobase(rng, src, year):
    name, u, dec, _ = rng.choice(GROW[src])
    g = PS(rand_val(rng, '0.5', '40', 1), 1)
    r = rng.choice(RATES[src])
    rr = PS(rand_val(rng, '60', '99', 1), 1)
    line = rng.choice([f"{year}年{name}同比增长{g}，{r.rate}达到{rr}。",
                       f"{r.rate}{rr}，{name}比上年{rng.choice(['增长', '下降'])}{g}，均{rng.choice(['超额', '圆满'])}完成年度目标。"])
    ck = [{'rel': 'neg', 'kind': 'no_base', 'values': [g, rr]}]
    return [line], ck, 'percentages with no base figures'


OTHERB = {'water': ('纳入评价的重点河湖', '条', '按河长评价', '水质优良比例'),
          'land': ('认定闲置土地', '宗', '按面积计算', '闲置土地处置率'),
          'housing': ('在建保障性住房项目', '个', '按建筑面积计算', '装配式建造比例'),
          'veterans': ('退役军人服务站', '个', '按服务对象人数计算', '服务满意率'),
          'edu': ('义务教育学校', '所', '按学生人数加权', '体质健康达标率')}


def n_other_base(rng, src, year):
    """a rate measured on something that is not stated (length, area, weight...)"""
    base, unit, basis, rate = OTHERB[src]
    m = rng.randint(12, 400)
    while True:
        rr = rand_val(rng, '55', '99', 1)
        ex = rr * m / 100
        if ex != ex.to_integral_value():
            break
    M, S = fnum(m), PS(rr, 1)
    # the naive reading takes the count as a base; any integer numerator gives a different rate
    naive_num = fnum(q(ex, 0) if q(ex, 0) > 0 else 1)
    line = f"{year}年{base}共{M}{unit}，{basis}，{rate}为{S}。"
    ck = [{'rel': 'neg', 'kind': 'other_base', 'values': [M, S], 'marker': basis[:2]}]
    del naive_num
    return [line], ck, 'rate measured on an unstated basis; the stated count is not its base'


def n_approx_rate(rng, src, year):
    r = rng.choice(RATES[src])
    n, d, ex, rr, rdec = gen_rate(rng, r, 1)
    mk = rng.choice(['超过', '接近', '约', '近'])
    if mk == '超过':
        a = (ex // 5) * 5
        if a == ex or a <= 0:
            a = (ex // 1) - 1
    elif mk in ('接近', '近'):
        a = (ex // 5 + 1) * 5
    else:
        a = q(ex / 5, 0) * 5
    if a == q(ex, 0):          # the naive check must fail, otherwise it is no look-alike
        mk = '超过'
        a = q(ex, 0) - 2
    A = fnum(a, 0) + '%'
    N, M = fnum(n, r.dec), fnum(d, r.dec)
    line = f"{year}年{r.base}{M}{r.unit}，{r.passed}{N}{r.unit}，{r.rate}{mk}{A}。"
    ck = [{'rel': 'neg', 'kind': 'approx', 'marker': mk, 'values': [N, M, A], 'looks_like': rate_ck(N, M, A)}]
    return [line], ck, f'approximate rate ({mk}); exact {ex:.3f}%'


# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------
ALL = SOURCES
T_POS = [('qizhong', t_qizhong, ALL), ('heji_after', t_heji, ALL), ('fenbie', t_fenbie, ALL),
         ('bracket', t_bracket, ALL), ('header_lines', t_header_lines, ALL), ('table_flat', t_table, ALL),
         ('table_two_year', t_table2, ALL), ('numbered_count', t_numbered, ALL), ('named_count', t_named, ALL),
         ('balance_flow', t_balance, ALL), ('increase_to', t_increase, ALL), ('subtotal_grand', t_subtotal, ALL),
         ('separate_sentences', t_sentences, ALL), ('wan_yi_mix', t_wanyi, ALL), ('cn_numerals', t_cn, ALL),
         ('income_balance', t_income, ['land', 'edu']), ('quarters', t_quarters, ['water', 'housing']),
         ('gender_split', t_gender, ['edu', 'veterans']), ('digit_forms', t_digits, ['housing', 'land'])]
T_NEG = [('overlap', n_overlap, ['veterans', 'edu', 'land', 'housing']),
         ('partial_list', n_partial, ['water', 'land', 'housing', 'edu']),
         ('approx_total', n_approx, ['water', 'veterans', 'housing', 'edu']),
         ('cumulative_vs_new', n_cumulative, ['housing', 'veterans']),
         ('two_wholes', n_two_wholes, ['land', 'edu']),
         ('identifiers', n_ident, ['water', 'edu', 'veterans'])]
P_POS = [('rate_after', p_after, ALL), ('rate_before', p_before, ALL), ('rate_bracket', p_bracket, ALL),
         ('two_rates', p_two_rates, ALL), ('pass_fail', p_pass_fail, ALL), ('completion', p_completion, ALL),
         ('per_capita', p_per, ALL), ('share_sum', p_share_sum, ALL), ('share_of_whole', p_share_of, ALL),
         ('table_share', p_table_share, ALL), ('growth_both_years', p_growth_ab, ALL), ('tongqi', p_tongqi, ALL),
         ('pp_both_rates', p_pp_both, ALL), ('pp_with_base', p_pp_base, ALL),
         ('decline_to', p_decline, ['water', 'land', 'housing']), ('literal_forms', p_malformed, ['water', 'veterans', 'edu'])]
P_NEG = [('growth_over_100', n_growth100, ['land', 'housing', 'veterans', 'water']),
         ('pp_no_base', n_pp_nobase, ['water', 'edu', 'housing']),
         ('overlap_shares', n_overlap_share, ['veterans', 'edu', 'housing']),
         ('permille', n_permille, ['water', 'edu', 'housing']),
         ('no_base', n_nobase, ['land', 'veterans']),
         ('other_basis', n_other_base, ['water', 'land']),
         ('approx_rate', n_approx_rate, ['edu'])]


def styles():
    out = []
    for fam, pos, neg, pre in (('totals', T_POS, T_NEG, 'tot'), ('pct', P_POS, P_NEG, 'pct')):
        for name, fn, srcs in pos:
            for s in srcs:
                out.append((f"{pre}_{name}_{s}", fam, fn, s, 'pos'))
        for name, fn, srcs in neg:
            for s in srcs:
                out.append((f"{pre}_neg_{name}_{s}", fam, fn, s, 'neg'))
    return out


def gen_style(seed, style, fam, fn, src, kind):
    rng = random.Random(f"{seed}:{style}")
    recs = []
    if kind == 'pos':
        labels = ['consistent', 'inconsistent'] * 8
    else:
        labels = ['negative'] * (17 + rng.randint(0, 2))
    for i, lab in enumerate(labels):
        year = rng.randint(2019, 2024)
        if kind == 'pos':
            lines, checks, note = fn(rng, src, lab, year)
        else:
            lines, checks, note = fn(rng, src, year)
        room = 8 - len(lines)
        nb = min(rng.choice([0, 0, 1, 1, 2]), max(room, 0))
        na = min(rng.choice([0, 0, 1, 2]), max(room - nb, 0))
        ctx = context_lines(rng, src, year, nb + na)
        before, after = ctx[:nb], ctx[nb:]
        text = '\n'.join(before + lines + after)
        recs.append({'id': f"n45-s{seed}-{style}-{i + 1:02d}", 'family': fam, 'style': style, 'label': lab,
                     'text': text, 'note': note.replace('\n', ' '), 'checks': checks})
    return recs


def generate(seed):
    recs = []
    for st, fam, fn, src, kind in styles():
        recs += gen_style(seed, st, fam, fn, src, kind)
    return recs


# ---------------------------------------------------------------------------
# verification: independent parser and arithmetic
# ---------------------------------------------------------------------------
V_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
V_FW['．'] = '.'
V_CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
V_CNU = {'十': 10, '百': 100, '千': 1000}
V_BIG = {'万': 10 ** 4, '亿': 10 ** 8}
V_DIGITS = set('0123456789') | set(chr(0xFF10 + i) for i in range(10))
V_CNCH = set(V_CN) | set(V_CNU) | set(V_BIG)
VALID_PCT = re.compile(r'^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]$')


class VErr(Exception):
    pass


def v_cn(t):
    total, section, num = 0, 0, 0
    for ch in t:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in V_CNU:
            section += (num if num else 1) * V_CNU[ch]
            num = 0
        elif ch in V_BIG:
            section += num
            total = (total + section) * V_BIG[ch] if ch == '亿' else total + section * V_BIG[ch]
            section, num = 0, 0
        else:
            raise VErr(f"bad Chinese numeral {t!r}")
    return D(total + section + num)


def v_parse(s):
    """-> (value in base units, decimals of the written mantissa, multiplier)"""
    t = ''.join(V_FW.get(c, c) for c in s.strip())
    for suf in ('个百分点', '%', '％', '‰'):
        if t.endswith(suf):
            t = t[:-len(suf)]
            break
    if t and all(c in V_CNCH for c in t):
        return v_cn(t), 0, D(1)
    mult = D(1)
    if len(t) > 1 and t[-1] in V_BIG and t[-2].isdigit():
        mult = D(V_BIG[t[-1]])
        t = t[:-1]
    if re.fullmatch(r'\d{1,3}(?:[,， ]\d{3})+(?:\.\d+)?', t):
        t = re.sub(r'[,， ]', '', t)
    m = re.fullmatch(r'\d+(?:\.(\d+))?', t)
    if not m:
        raise VErr(f"cannot parse number {s!r}")
    dec = len(m.group(1)) if m.group(1) else 0
    return D(t) * mult, dec, mult


def v_round(x, dec):
    return x.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def v_tie(x, dec):
    y = abs(x) * (D(10) ** dec)
    return y - int(y) == D('0.5')


def v_present(text, s):
    if not s:
        return False
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        start = i + 1
        b = text[i - 1] if i > 0 else ''
        a = text[i + len(s)] if i + len(s) < len(text) else ''
        a2 = text[i + len(s) + 1] if i + len(s) + 1 < len(text) else ''
        b2 = text[i - 2] if i > 1 else ''
        if s[0] in V_DIGITS and (b in V_DIGITS or b in '.．' or (b in ',， ' and b2 in V_DIGITS)):
            continue
        if s[-1] in V_DIGITS and (a in V_DIGITS or (a in '.．,， ' and a2 in V_DIGITS)):
            continue
        if s[0] in V_CNCH and b in V_CNCH:
            continue
        if s[-1] in V_CNCH and a in V_CNCH:
            continue
        return True


def v_thr(dec):
    return max(2 * D(1).scaleb(-dec), D('0.3'))


def v_eval(c, text, rec_checks):
    """-> True (holds) / False (broken); raises VErr on malformed checks"""
    rel = c['rel']

    def num(s):
        if not v_present(text, s):
            raise VErr(f"{s!r} not found in text")
        return v_parse(s)

    def ratelike(stated_s, exact, pctlike=True):
        sv, sd, _ = num(stated_s)
        if v_tie(exact, sd):
            raise VErr(f"exact .5 tie for {stated_s}: {exact}")
        ok = v_round(exact, sd) == sv
        thr = v_thr(sd) if pctlike else 2 * D(1).scaleb(-sd)
        if not ok and abs(sv - v_round(exact, sd)) < thr:
            raise VErr(f"wrong value {stated_s} too close to {v_round(exact, sd)}")
        return ok

    if rel == 'sum':
        return sum(num(p)[0] for p in c['parts']) == num(c['total'])[0]
    if rel == 'balance':
        acc = D(0)
        for sign, t in c['terms']:
            acc += num(t)[0] if sign == '+' else -num(t)[0]
        return acc == num(c['result'])[0]
    if rel in ('count_items', 'count_names'):
        items = c['items'] if rel == 'count_items' else c['names']
        for it in items:
            if it not in text:
                raise VErr(f"item {it!r} not in text")
        return num(c['count'])[0] == len(items)
    if rel == 'rate':
        n, d = num(c['num'])[0], num(c['den'])[0]
        return ratelike(c['rate'], n / d * 100)
    if rel == 'per':
        t, n = num(c['total'])[0], num(c['count'])[0]
        _, _, mult = v_parse(c['value'])
        return ratelike(c['value'], t / n / mult, pctlike=False)
    if rel == 'growth':
        p, cu = num(c['prev'])[0], num(c['cur'])[0]
        ex = (cu - p) / p * 100 if c['dir'] in ('增长', '提高', '增加') else (p - cu) / p * 100
        return ratelike(c['rate'], ex)
    if rel == 'pp':
        a, b = num(c['from'])[0], num(c['to'])[0]
        ex = b - a if c['dir'] in ('提高', '提升', '增加') else a - b
        sv, sd, _ = num(c['pp'])
        ok = sv == ex
        if not ok and abs(sv - ex) < v_thr(sd):
            raise VErr(f"wrong point change {c['pp']} too close to {ex}")
        return ok
    if rel == 'share_sum':
        return sum(num(s)[0] for s in c['shares']) == 100
    if rel == 'malformed_pct':
        lit = c['literal']
        if lit not in text:
            raise VErr(f"literal {lit!r} not in text")
        if VALID_PCT.match(lit):
            raise VErr(f"literal {lit!r} is well formed")
        return False
    if rel == 'neg':
        for s in c.get('values', []):
            if not v_present(text, s) and s not in text:
                raise VErr(f"neg value {s!r} not in text")
        if c.get('marker') and c['marker'] not in text:
            raise VErr(f"marker {c['marker']!r} not in text")
        ll = c.get('looks_like')
        if ll is not None:
            try:
                held = v_eval(ll, text, rec_checks)
            except VErr:
                held = False
            if held:
                raise VErr("look-alike relation actually holds")
            if c['kind'] == 'overlap' and ll['rel'] == 'sum':
                if not sum(num(p)[0] for p in ll['parts']) > num(ll['total'])[0]:
                    raise VErr('overlap parts do not exceed the whole')
            if c['kind'] == 'overlap' and ll['rel'] == 'share_sum':
                if not sum(num(p)[0] for p in ll['shares']) > 100:
                    raise VErr('overlapping shares do not pass 100')
            if c['kind'] == 'partial' and ll['rel'] == 'sum':
                if not sum(num(p)[0] for p in ll['parts']) < num(ll['total'])[0]:
                    raise VErr('partial list not below the total')
        if c['kind'] == 'growth_over_100':
            if not any(x['rel'] == 'growth' and num(x['rate'])[0] > 100 for x in rec_checks):
                raise VErr('no growth over 100')
        if c['kind'] == 'pp_no_base' and any(x['rel'] == 'pp' for x in rec_checks):
            raise VErr('pp_no_base record has a pp check')
        return True
    raise VErr(f"unknown rel {rel}")


def v_record(r):
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in r:
            raise VErr(f"missing {k}")
    if r['family'] not in ('totals', 'pct'):
        raise VErr('family')
    if not re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+)*', r['style']):
        raise VErr('style not snake_case')
    if '\n' in r['note']:
        raise VErr('note has several lines')
    n_lines = len(r['text'].split('\n'))
    if not 1 <= n_lines <= 8:
        raise VErr(f"{n_lines} lines")
    if not r['checks']:
        raise VErr('no checks')
    fails = 0
    has_neg = False
    for c in r['checks']:
        ok = v_eval(c, r['text'], r['checks'])
        if c['rel'] == 'neg':
            has_neg = True
        elif not ok:
            fails += 1
    if fails > 1:
        raise VErr(f"{fails} relations broken (an inconsistent record breaks exactly one)")
    derived = 'inconsistent' if fails == 1 else ('negative' if has_neg else 'consistent')
    return derived


def verify(files):
    bad = 0
    total = 0
    from collections import Counter
    for f in files:
        cnt = Counter()
        per_style = Counter()
        ids = set()
        with open(f, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                r = json.loads(line)
                total += 1
                try:
                    if r['id'] in ids:
                        raise VErr('duplicate id')
                    ids.add(r['id'])
                    d = v_record(r)
                    if d != r['label']:
                        raise VErr(f"derived {d}, stored {r['label']}")
                except (VErr, KeyError, ZeroDivisionError, ValueError) as e:
                    bad += 1
                    if bad <= 30:
                        print(f"{f}:{ln} {r.get('id')}: {e}", file=sys.stderr)
                cnt[(r['family'], r['label'])] += 1
                per_style[r['style']] += 1
        print(f"{f}: {sum(cnt.values())} records, {len(per_style)} styles "
              f"({min(per_style.values())}-{max(per_style.values())} per style)")
        for fam in ('totals', 'pct'):
            n = sum(v for (a, _), v in cnt.items() if a == fam)
            parts = ', '.join(f"{lab} {cnt[(fam, lab)]} ({100 * cnt[(fam, lab)] / n:.1f}%)"
                              for lab in ('consistent', 'inconsistent', 'negative'))
            print(f"  {fam}: {n} records, {sum(1 for s in per_style if s.startswith(fam[:3]))} styles; {parts}")
    print(f"verified {total} records, {bad} disagreements")
    return 1 if bad else 0


def style_table(seed):
    recs = generate(seed)
    from collections import OrderedDict
    rows = OrderedDict()
    for r in recs:
        e = rows.setdefault(r['style'], {'family': r['family'], 'consistent': 0, 'inconsistent': 0, 'negative': 0,
                                         'ex': None})
        e[r['label']] += 1
        if e['ex'] is None and r['label'] in ('consistent', 'negative'):
            ctx = ('数据来源', '以上数据', '下一步', '全年召开', '（', '表：')
            ls = [x for x in r['text'].split('\n') if not x.startswith(ctx)] or r['text'].split('\n')
            if len(ls) > 1 and any(x.endswith(('：', '）')) for x in ls[:2]):
                e['ex'] = ' ⏎ '.join(ls[:4])
            else:
                e['ex'] = max(ls, key=lambda x: sum(ch.isdigit() or ch in '%％‰' for ch in x))
            e['ex'] = e['ex'].replace('|', '\\|').replace('\t', ' ⇥ ')
    out = ['| style | family | cons | incons | neg | example |', '|---|---|---|---|---|---|']
    for st, e in rows.items():
        ex = e['ex'] if len(e['ex']) <= 140 else e['ex'][:140] + '…'
        out.append(f"| {st} | {e['family']} | {e['consistent']} | {e['inconsistent']} | {e['negative']} | {ex} |")
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--table', action='store_true')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.table:
        print(style_table(a.seed))
        return
    recs = generate(a.seed)
    out = open(a.out, 'w', encoding='utf-8') if a.out else sys.stdout
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
    if a.out:
        out.close()
        print(f"wrote {len(recs)} records to {a.out}", file=sys.stderr)


if __name__ == '__main__':
    main()
