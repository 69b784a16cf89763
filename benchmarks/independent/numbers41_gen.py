#!/usr/bin/env python3
"""numbers41_gen.py - held-out set 41: Chinese report statements with totals and percentages.

Generate:  python3 numbers41_gen.py --seed 11 --out numbers41_seed11.jsonl
Verify:    python3 numbers41_gen.py --verify numbers41_seed11.jsonl [more files]

Standard library only.  Deterministic per seed (each style seeds its own random.Random
with a string, so PYTHONHASHSEED does not matter).
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 60

# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
PLACE_SYL = list('青石安平河林泉丰宁云桥源溪阳清华兴隆柳江山城新川湖岭塘坪德鹤凤梅松桂岚汀浦沅澄')
PLACE_SUF = ['县', '市', '区', '镇', '街道', '乡']
SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢')
GIVEN = list('建国明华志强文静晓红海燕宏伟秀英丽娟俊杰子涵思远雨欣嘉禾振宇立新永春玉兰德顺')
CO_MID = ['能源', '城投', '交通', '水务', '产业', '国资', '建设', '文旅', '电力', '农牧', '港务', '粮食']
CO_SUF = ['集团有限公司', '集团', '投资集团有限公司', '发展有限公司']
DEPTS = {'party': '组织部', 'energy': '发展和改革局', 'livestock': '农业农村局',
         'sports': '文化广电旅游体育局', 'soe': '国有资产监督管理委员会'}


def place2(rng):
    return rng.choice(PLACE_SYL) + rng.choice(PLACE_SYL)


def place(rng, suf=None):
    a = place2(rng)
    while a[0] == a[1]:
        a = place2(rng)
    return a + (suf or rng.choice(PLACE_SUF))


def company(rng):
    return place2(rng) + rng.choice(CO_MID) + rng.choice(CO_SUF)


def person(rng):
    return rng.choice(SURNAMES) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def owner(rng, src, plain=False):
    if src == 'soe':
        return rng.choice([company(rng), '集团公司', '全市国有企业', '市属国有企业', place(rng, '市') + '属国有企业'])
    p = place(rng, rng.choice(['县', '市', '区']))
    if plain:
        return rng.choice([p, '全' + p[-1]])
    return rng.choice([p, '全' + p[-1], '今年' + p, '全年' + p, '截至年底，' + p])


# ---------------------------------------------------------------------------
# numbers: formatting
# ---------------------------------------------------------------------------
FW_TABLE = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN_DIG = '零一二三四五六七八九'


def q(x, dec):
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def cn4(n, liang):
    out = ''
    zero = False
    for unit, ch in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // unit
        n %= unit
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += '零'
            zero = False
        dch = CN_DIG[d]
        if d == 2 and liang and ch in ('千', '百'):
            dch = '两'
        out += dch + ch
    return out


def cn(n, liang=True):
    n = int(n)
    if n == 0:
        return '零'
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn4(hi, liang) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + cn4(lo, liang)
    else:
        s = cn4(n, liang)
    if s.startswith('一十'):
        s = s[1:]
    return s


def fmt(v, dec=0, fm='plain'):
    v = q(v, dec)
    if fm == 'cn':
        return cn(int(v), liang=True)
    s = f'{v:f}'
    ip, _, fp = s.partition('.')
    if fm in ('comma', 'fwcomma', 'space') and len(ip) >= 4:
        sep = {'comma': ',', 'fwcomma': '，', 'space': ' '}[fm]
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep.join(g)
    out = ip + ('.' + fp if fp else '')
    if fm == 'fw':
        out = out.translate(FW_TABLE)
    return out


def rhu(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def is_tie(x, d):
    y = x * (D(10) ** d)
    return (y - y.to_integral_value(rounding='ROUND_FLOOR')) == D('0.5')


def unif(rng, lo, hi, dec):
    return q(D(repr(rng.uniform(lo, hi))), dec)


def bump(rng, v, dec, minrel=0.03, maxrel=0.14, integer=False):
    """A visibly wrong value (positive, at least 2 units and ~3% away)."""
    unit = D(1).scaleb(-dec)
    for _ in range(60):
        mode = rng.random()
        if mode < 0.25:
            s = fmt(v, dec)
            digs = [i for i, c in enumerate(s) if c.isdigit()]
            if len(digs) >= 3:
                i = rng.randrange(1, len(digs) - 1)
                a, b = digs[i], digs[i + 1]
                if s[a] != s[b]:
                    t = list(s)
                    t[a], t[b] = t[b], t[a]
                    nv = D(''.join(t))
                    if abs(nv - v) >= max(2 * unit, v * D('0.01')) and nv > 0:
                        return nv
            continue
        if mode < 0.45 and v >= 200:
            step = D(10) ** (len(str(int(v))) - 2)
            nv = v + rng.choice([-1, 1]) * step * rng.choice([1, 2, 3])
        else:
            nv = v + rng.choice([-1, 1]) * max(2 * unit, q(v * D(repr(rng.uniform(minrel, maxrel))), dec))
        nv = q(nv, dec)
        if nv > 0 and abs(nv - v) >= 2 * unit:
            return nv
    return v + 3 * unit


def wrong_pct(rng, exact, d, lo=None, hi=None):
    """A wrong percentage value at d decimals, at least max(2 units, 0.3) away from exact (+ margin)."""
    unit = D(1).scaleb(-d)
    m = max(2 * unit, D('0.3'))
    right = rhu(exact, d)
    for _ in range(80):
        r = rng.random()
        if r < 0.3:
            s = fmt(right, d)
            digs = [i for i, c in enumerate(s) if c.isdigit()]
            if len(digs) >= 2:
                i = rng.randrange(0, len(digs) - 1)
                t = list(s)
                t[digs[i]], t[digs[i + 1]] = t[digs[i + 1]], t[digs[i]]
                try:
                    nv = D(''.join(t))
                except Exception:
                    continue
            else:
                continue
        else:
            delta = m + unit + q(D(repr(rng.uniform(0, 4))), d)
            nv = right + rng.choice([-1, 1]) * delta
        nv = q(nv, d)
        if abs(nv - exact) < m + unit / 2:
            continue
        if nv <= 0:
            continue
        if lo is not None and nv < lo:
            continue
        if hi is not None and nv > hi:
            continue
        return nv
    return q(right + (m + unit if (hi is None or right + m + unit <= hi) else -(m + unit)), d)


def split_total(rng, total, k, dec, w=None, minunit=1):
    unit = D(1).scaleb(-dec)
    w = list(w or [1] * k)[:k]
    while len(w) < k:
        w.append(1)
    for _ in range(200):
        ww = [x * rng.uniform(0.55, 1.45) for x in w]
        s = sum(ww)
        parts = [q(total * D(repr(x / s)), dec) for x in ww[:-1]]
        last = total - sum(parts)
        parts.append(last)
        if all(p >= minunit * unit for p in parts) and len(set(parts)) == len(parts):
            return parts
    raise RuntimeError('split failed')


# ---------------------------------------------------------------------------
# topic tables
# ---------------------------------------------------------------------------
def T(lead, W, parts, unit, rng_, dec=0, sc='', w=None, kind='count', cat=None):
    return dict(lead=lead, W=W, parts=parts, unit=unit, rng=rng_, dec=dec, sc=sc, w=w, kind=kind,
                cat=cat or '类')


CT = {
    'party': [
        T(['共有党员{N}', '党员总数为{N}', '现有党员{N}'], '党员', ['男党员', '女党员'], '名', (800, 40000), w=[7, 3], cat='类'),
        T(['共有党员{N}', '党员总数达{N}', '现有党员{N}'], '党员',
          ['大专及以上学历的', '高中（中专）学历的', '初中及以下学历的'], '名', (800, 40000), w=[5, 3, 2], cat='个学历层次'),
        T(['共有党员{N}', '党员总数为{N}'], '党员', ['35岁及以下的', '36岁至60岁的', '61岁及以上的'], '名',
          (800, 40000), w=[2, 5, 3], cat='个年龄段'),
        T(['共有基层党组织{N}', '基层党组织总数达到{N}', '现有基层党组织{N}'], '基层党组织', ['党委', '党总支', '党支部'],
          '个', (80, 3000), w=[1, 2, 12], cat='类'),
        T(['发展党员{N}', '全年发展党员{N}', '新发展党员{N}'], '发展党员',
          ['农村', '城市社区', '机关事业单位', '非公有制企业'], '名', (40, 900), w=[4, 2, 2, 2], cat='个领域'),
        T(['收到入党申请书{N}', '入党申请人达{N}', '共有入党申请人{N}'], '入党申请人',
          ['工人', '农民', '专业技术人员', '在校学生'], '名', (200, 6000), w=[2, 3, 3, 2], cat='类'),
    ],
    'energy': [
        T(['全社会用电量{N}', '全社会用电量达到{N}', '完成全社会用电量{N}'], '全社会用电量',
          ['第一产业用电', '第二产业用电', '第三产业用电', '城乡居民生活用电'], '千瓦时', (30, 900), 2, '亿',
          [1, 14, 5, 5], 'qty', '个领域'),
        T(['发电量{N}', '完成发电量{N}', '全口径发电量{N}'], '发电量', ['火电', '水电', '风电', '光伏发电'], '千瓦时',
          (20, 600), 2, '亿', [10, 4, 2, 2], 'qty', '类电源'),
        T(['电力装机容量{N}', '全口径装机容量达到{N}', '并网装机{N}'], '装机容量',
          ['火电装机', '水电装机', '风电装机', '光伏装机', '生物质发电装机'], '千瓦', (80, 3000), 1, '万',
          [8, 4, 3, 3, 1], 'qty', '类电源'),
        T(['新建输电线路{N}', '建成输电线路{N}'], '新建输电线路', ['500千伏线路', '220千伏线路', '110千伏线路'],
          '公里', (50, 1500), 1, '', [1, 2, 4], 'qty', '个电压等级'),
        T(['建成充电桩{N}', '充电桩保有量{N}', '共有充电桩{N}'], '充电桩', ['公共充电桩', '专用充电桩', '个人自用充电桩'],
          '个', (500, 30000), 0, '', [3, 2, 5], 'count', '类'),
        T(['售电量{N}', '完成售电量{N}'], '售电量', ['大工业', '一般工商业', '居民生活', '农业生产'], '千瓦时',
          (20, 700), 2, '亿', [8, 4, 4, 1], 'qty', '类用户'),
    ],
    'livestock': [
        T(['肉类总产量{N}', '肉类总产量达到{N}', '生产肉类{N}'], '肉类总产量', ['猪肉', '牛肉', '羊肉', '禽肉'], '吨',
          (2, 80), 2, '万', [6, 1, 1, 3], 'qty', '类'),
        T(['肉蛋奶总产量{N}', '肉蛋奶总产量达到{N}'], '肉蛋奶总产量', ['肉类', '禽蛋', '奶类'], '吨', (3, 150), 2, '万',
          [5, 3, 2], 'qty', '类'),
        T(['水产品产量{N}', '水产品总产量{N}', '实现水产品产量{N}'], '水产品产量', ['养殖产量', '捕捞产量'], '吨',
          (3000, 400000), 0, '', [8, 2], 'qty', '类'),
        T(['生猪出栏{N}', '出栏生猪{N}', '累计出栏生猪{N}'], '生猪出栏', ['规模养殖场出栏', '中小养殖户出栏'], '头',
          (20, 600), 2, '万', [6, 4], 'qty', '类主体'),
        T(['共有畜禽规模养殖场{N}', '畜禽规模养殖场达到{N}'], '畜禽规模养殖场',
          ['生猪规模养殖场', '牛羊规模养殖场', '家禽规模养殖场'], '个', (60, 1800), 0, '', [4, 2, 3], 'count', '类'),
        T(['水产养殖面积{N}', '水产养殖面积稳定在{N}'], '水产养殖面积', ['池塘养殖', '水库养殖', '稻渔综合种养'], '亩',
          (1, 60), 2, '万', [5, 3, 2], 'qty', '种模式'),
    ],
    'sports': [
        T(['共有体育场地{N}', '体育场地总数达到{N}', '建成各类体育场地{N}'], '体育场地',
          ['篮球场', '足球场', '健身路径', '乒乓球场', '全民健身中心'], '个', (800, 15000), 0, '',
          [5, 1, 6, 4, 0.3], 'count', '类'),
        T(['承办各类体育赛事{N}', '举办体育赛事{N}'], '体育赛事', ['国家级赛事', '省级赛事', '市级赛事'], '项',
          (20, 260), 0, '', [1, 3, 8], 'count', '个级别'),
        T(['共获得奖牌{N}', '夺得奖牌{N}', '获奖牌{N}'], '奖牌', ['金牌', '银牌', '铜牌'], '枚', (30, 400), 0, '',
          [1, 1, 1.2], 'count', '类'),
        T(['共有社会体育指导员{N}', '社会体育指导员达到{N}'], '社会体育指导员', ['国家级', '一级', '二级', '三级'],
          '名', (300, 9000), 0, '', [0.1, 1, 3, 8], 'count', '个等级'),
        T(['体育场地面积{N}', '体育场地总面积达到{N}'], '体育场地面积', ['室内场地面积', '室外场地面积'], '平方米',
          (50, 2000), 2, '万', [2, 8], 'qty', '类'),
    ],
    'soe': [
        T(['实现营业收入{N}', '营业收入{N}', '完成营业收入{N}'], '营业收入',
          ['能源板块', '交通建设板块', '金融服务板块', '现代物流板块', '文旅康养板块'], '元', (20, 2500), 2, '亿',
          [5, 6, 2, 3, 1], 'qty', '大板块'),
        T(['实现利润总额{N}', '利润总额{N}'], '利润总额', ['能源板块', '交通建设板块', '金融服务板块', '现代物流板块'],
          '元', (1, 150), 2, '亿', [5, 4, 3, 2], 'qty', '大板块'),
        T(['在岗职工{N}', '共有在岗职工{N}', '职工总数{N}'], '在岗职工', ['管理岗位', '专业技术岗位', '技能操作岗位'],
          '人', (800, 60000), 0, '', [2, 3, 5], 'count', '类岗位'),
        T(['资产总额{N}', '资产总额达到{N}'], '资产总额', ['流动资产', '非流动资产'], '元', (50, 8000), 2, '亿',
          [4, 6], 'qty', '类'),
        T(['所属企业{N}', '共有各级子企业{N}'], '所属企业', ['一级子企业', '二级子企业', '三级及以下企业'], '户',
          (20, 400), 0, '', [1, 3, 6], 'count', '个层级'),
        T(['完成固定资产投资{N}', '固定资产投资{N}'], '固定资产投资', ['基础设施项目', '产业项目', '民生项目'], '元',
          (10, 600), 2, '亿', [5, 3, 2], 'qty', '类项目'),
    ],
}

HEADINGS = {
    'party': ['一、全面加强党的建设', '（二）夯实基层组织基础', '党建工作情况', '二、组织建设', '（一）党员队伍建设'],
    'energy': ['二、能源保障', '（三）电力生产运行情况', '能源工作总结', '三、电网建设', '（二）电力供需'],
    'livestock': ['三、畜牧水产', '（四）稳定生猪生产', '畜牧兽医工作', '（二）渔业生产', '四、动物防疫'],
    'sports': ['四、体育事业', '（五）全民健身', '体育工作情况', '（三）竞技体育', '二、群众体育'],
    'soe': ['一、经营业绩', '（一）主要经济指标', '国资国企改革', '（二）企业运营情况', '三、人力资源'],
}
MEETING = {
    'party': ['召开党委会议', '开展主题党日活动', '举办党务干部培训班'],
    'energy': ['召开迎峰度夏调度会', '开展安全生产检查', '召开能源保供专题会'],
    'livestock': ['召开动物防疫工作推进会', '举办养殖技术培训班', '开展执法检查'],
    'sports': ['召开体育工作会议', '举办社会体育指导员培训班', '开展赛事安全检查'],
    'soe': ['召开董事会会议', '召开党委常委会会议', '开展经营分析会'],
}


def context_line(rng, src, year, k):
    if k == 0:
        return rng.choice(HEADINGS[src])
    if k == 1:
        return f'{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
    if k == 2:
        return f'全年{rng.choice(MEETING[src])}{rng.randint(3, 40)}次。'
    if k == 3:
        return f'数据来源：{place(rng, rng.choice(["县", "市", "区"]))}{rng.choice(["统计局", DEPTS[src]])}。'
    if k == 4:
        return f'（{place(rng, rng.choice(["县", "市"]))}{DEPTS[src]}供稿）'
    if k == 5:
        return f'报告人：{person(rng)}'
    return f'{year}年度{rng.choice(["工作总结", "工作报告", "情况通报", "统计公报"])}'


def wrap(rng, src, stmt, year=None):
    year = year or rng.randint(2019, 2024)
    room = 8 - len(stmt)
    nb = min(room, rng.choice([0, 0, 1, 1, 1, 2, 2, 3]))
    na = min(room - nb, rng.choice([0, 0, 0, 1, 1, 2]))
    kinds = rng.sample(range(7), nb + na)
    # headings only before the statement (a heading after a numbered list would look like one more item)
    kinds.sort(key=lambda k: k != 0)
    before = [context_line(rng, src, year, k) for k in kinds[:nb]]
    after = [context_line(rng, src, year, k) for k in kinds[nb:]]
    if after and kinds[nb] == 0:
        after = after[1:]
    return before + stmt + after


# ---------------------------------------------------------------------------
# shared rendering helpers for whole/parts statements
# ---------------------------------------------------------------------------
class NR:
    """number renderer bound to a topic and a format mode"""

    def __init__(self, t, fm='plain'):
        self.t = t
        self.fm = fm
        self.dec = t['dec']

    def s(self, v):
        return fmt(v, self.dec, 'plain' if (self.fm == 'cn' and self.dec) else self.fm)

    def u(self):
        return self.t['sc'] + self.t['unit']

    def su(self, v):
        return self.s(v) + self.u()


def pick_fm(rng, t, allow=True):
    if not allow or t['dec'] > 0:
        return 'plain'
    return rng.choice(['plain'] * 6 + ['comma'])


def lead(rng, t, ntext):
    return rng.choice(t['lead']).replace('{N}', ntext)


def sum_check(parts, total):
    return {'rel': 'sum', 'parts': list(parts), 'total': total}


def make_whole(rng, t, k=None):
    k = k or len(t['parts'])
    total = unif(rng, t['rng'][0], t['rng'][1], t['dec'])
    parts = split_total(rng, total, k, t['dec'], t['w'])
    return total, parts


def break_one(rng, total, parts, dec, allow_total=True):
    parts = list(parts)
    if allow_total and rng.random() < 0.35:
        return bump(rng, total, dec), parts, 'total'
    i = rng.randrange(len(parts))
    parts[i] = bump(rng, parts[i], dec)
    return total, parts, i


def note_sum(label, names, what):
    if label == 'consistent':
        return '各分项之和等于总数。'
    if what == 'total':
        return '总数被改动，分项之和与之不符。'
    return f'分项“{names[what]}”被改动，分项之和与总数不符。'


def join_list(items, rng, last_and=True):
    sep = rng.choice(['、', '，', '；']) if len(items) > 2 else rng.choice(['、', '，'])
    if last_and and len(items) >= 2 and sep == '、' and rng.random() < 0.4:
        return sep.join(items[:-1]) + '和' + items[-1]
    return sep.join(items)


# ---------------------------------------------------------------------------
# negatives for the totals family
# ---------------------------------------------------------------------------
OVERLAP = {
    'party': ('共有党员{N}名', '名', (1500, 30000),
              [('女党员', .2, .4), ('少数民族党员', .03, .12), ('大专及以上学历党员', .4, .7), ('35岁及以下党员', .15, .3),
               ('流动党员', .04, .1)]),
    'energy': ('共有充电桩{N}个', '个', (2000, 30000),
               [('直流快充桩', .3, .6), ('公共充电桩', .3, .5), ('今年新建的', .2, .4), ('位于高速服务区的', .05, .1)]),
    'livestock': ('共有畜禽规模养殖场{N}个', '个', (200, 1800),
                  [('省级标准化示范场', .05, .15), ('生猪规模养殖场', .35, .5), ('配套粪污处理设施的', .7, .95),
                   ('今年新建的', .05, .15)]),
    'sports': ('共有体育场地{N}个', '个', (1000, 15000),
               [('室内场地', .15, .3), ('学校体育场地', .25, .4), ('免费开放的', .5, .8), ('今年新建的', .05, .12)]),
    'soe': ('共有在岗职工{N}人', '人', (2000, 60000),
            [('女职工', .25, .4), ('专业技术人员', .3, .5), ('35岁及以下职工', .3, .45), ('研究生学历职工', .05, .15)]),
}

CUM = {
    'party': [('{Y}年发展党员{n}名，历年累计发展党员{C}名。', 0), ('累计培训入党积极分子{C}名，其中今年培训{n}名。', 0),
              ('今年新建党群服务中心{n1}个、党员活动室{n2}个，累计建成党群服务阵地{C}个。', 0)],
    'energy': [('累计建成充电桩{C}个，今年新增{n}个。', 0),
               ('今年新增风电装机{n1}万千瓦、光伏装机{n2}万千瓦，新能源装机累计达到{C}万千瓦。', 1)],
    'livestock': [('今年新建标准化养殖场{n1}个、改造提升{n2}个，累计建成标准化养殖场{C}个。', 0),
                  ('累计推广稻渔综合种养{C}万亩，其中今年新增{n}万亩。', 2)],
    'sports': [('今年新建篮球场{n1}个、健身路径{n2}条，累计建成体育场地{C}个。', 0),
               ('累计培养社会体育指导员{C}名，其中今年新培养{n}名。', 0)],
    'soe': [('今年完成投资{n}亿元，项目累计完成投资{C}亿元。', 2),
            ('今年新设子企业{n1}户、清理退出{n2}户，累计压减法人户数{C}户。', 0)],
}

APPROX_MARK = ['约', '近', '余', '左右', '超过']


def approx_of(rng, S, dec, mark):
    """approximate rendering of S (Decimal) with the marker; returns (num_string, full_text_before_unit, after_unit)"""
    if dec == 0:
        mag = D(10) ** max(1, len(str(int(S))) - 2)
    else:
        mag = D(1) if S >= 10 else D('0.1')
    lo = (S / mag).to_integral_value(rounding='ROUND_FLOOR') * mag
    hi = lo + mag
    if mark in ('余', '超过'):
        v = lo
    elif mark == '近':
        v = hi
    else:
        v = lo if (S - lo) < (hi - S) else hi
    if v == S:
        v = v - mag if mark in ('余', '超过') else v + mag
    if v <= 0:
        v = mag
    s = fmt(v, 0 if mag >= 1 else 1)
    return s


def ident_phrase(rng, src, year):
    k = rng.randrange(6)
    if k == 0:
        s = f'〔{year}〕{rng.randint(3, 60)}号'
        return s, f'按照{place2(rng)}{rng.choice(["政发", "委办发", "组通字", "国资发"])}{s}文件要求，', 'pre'
    if k == 1:
        s = f'0{rng.randint(100, 999)}-{rng.randint(2000000, 8999999)}'
        return s, f'（咨询电话：{s}）', 'post'
    if k == 2:
        s = rng.choice(['“1+X”证书', '“7+X”工作体系', '“1+N”帮扶机制', '“3+2”服务模式'])
        return s, f'在推行{s}的基础上，', 'pre'
    if k == 3:
        s = f'{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日'
        return s, f'截至{s}，', 'pre'
    if k == 4:
        s = rng.choice(['GIS-252型', 'SZ11-50000/110型', 'DJ-3000型', 'JK-12型', 'ZW32-12型'])
        return s, f'（统计软件升级为{s}版本后口径不变）' if src != 'energy' else f'（含新投运{s}设备）', 'post'
    s = '12345'
    return s, f'通过12345热线收集意见建议{rng.randint(20, 900)}条，', 'pre'


def neg_totals(rng, src, form='inline', fm=None):
    """returns (lines, checks, note)"""
    kinds = ['partial', 'approx', 'overlap', 'cumulative', 'two_wholes', 'ident']
    if form in ('table', 'lines'):
        kinds = ['partial', 'approx', 'partial', 'approx', 'ident']
    kind = rng.choice(kinds)
    year = rng.randint(2019, 2024)
    o = owner(rng, src)
    if kind == 'partial':
        cands = [t for t in CT[src] if len(t['parts']) >= 3]
        t = rng.choice(cands)
        n = NR(t, fm or pick_fm(rng, t))
        total, parts = make_whole(rng, t)
        k = rng.randint(2, len(parts) - 1)
        idx = sorted(rng.sample(range(len(parts)), k))
        sel = [(t['parts'][i], parts[i]) for i in idx]
        mark = rng.choice(['等', '主要有', '数量较多的是', '其中较多的是'])
        if form == 'table':
            sep = rng.choice(['\t', '|', '｜', '  '])
            lines = [f'{o}{t["W"]}主要构成（单位：{n.u()}）', f'项目{sep}数量', f'合计{sep}{n.s(total)}']
            lines += [f'{nm}{sep}{n.s(v)}' for nm, v in sel]
            lines.append('注：表中仅列出主要类别，其他类别未列出。')
            mark = '仅列出主要类别'
        elif form == 'lines':
            lines = [f'{o}{lead(rng, t, n.su(total))}，主要有：']
            lines += [f'{nm}{n.su(v)}；' for nm, v in sel]
            mark = '主要有'
        else:
            items = [f'{nm}{n.su(v)}' for nm, v in sel]
            if mark == '等':
                body = f'其中{join_list(items, rng, False)}等'
            elif mark == '主要有':
                body = f'主要有{join_list(items, rng, False)}'
            else:
                body = f'{mark}{join_list(items, rng, False)}'
            lines = [f'{o}{lead(rng, t, n.su(total))}，{body}。']
        ch = [{'rel': 'neg', 'kind': 'partial_list', 'marker': mark,
               'numbers': [n.s(total)] + [n.s(v) for _, v in sel]}]
        return lines, ch, f'列举不完整（{mark}），分项之和小于总数不算错。'
    if kind == 'approx':
        t = rng.choice(CT[src])
        n = NR(t, fm or pick_fm(rng, t))
        total, parts = make_whole(rng, t)
        mark = rng.choice(APPROX_MARK)
        a = approx_of(rng, total, t['dec'], mark)
        at = {'约': '约' + a, '近': '近' + a, '余': a + '余', '左右': a, '超过': '超过' + a}[mark]
        atu = at + t['sc'] + t['unit'] + ('左右' if mark == '左右' else '')
        items = [f'{nm}{n.su(v)}' for nm, v in zip(t['parts'], parts)]
        if form == 'table':
            sep = rng.choice(['\t', '|', '｜', '  '])
            lines = [f'项目{sep}数量（{n.u()}）'] + [f'{nm}{sep}{n.s(v)}' for nm, v in zip(t['parts'], parts)]
            lines.append(f'合计{sep}{at}' + ('左右' if mark == '左右' else ''))
        elif form == 'lines':
            lines = [f'{o}{t["W"]}{atu}，具体为：'] + [f'{x}；' for x in items]
        elif rng.random() < 0.5:
            lines = [f'{o}{lead(rng, t, atu)}，其中{join_list(items, rng)}。']
        else:
            lines = [f'{o}{join_list(items, rng)}，合计{atu}。']
        ch = [{'rel': 'neg', 'kind': 'approx_total', 'marker': mark, 'numbers': [a] + [n.s(v) for v in parts]}]
        return lines, ch, f'总数为概数（{mark}），不要求与分项之和精确相等。'
    if kind == 'overlap':
        tpl, unit, rg, subs = OVERLAP[src]
        fmm = fm or rng.choice(['plain', 'plain', 'comma'])
        for _ in range(50):
            N = D(rng.randint(*rg))
            k = rng.randint(2, min(4, len(subs)))
            ss = rng.sample(subs, k)
            vals = [D(int(N * D(repr(rng.uniform(a, b))))) for _, a, b in ss]
            if sum(vals) != N and all(v > 0 for v in vals):
                break
        items = [f'{nm}{fmt(v, 0, fmm)}{unit}' for (nm, _, _), v in zip(ss, vals)]
        lines = [f'{o}{tpl.replace("{N}", fmt(N, 0, fmm))}，其中{join_list(items, rng, False)}。']
        ch = [{'rel': 'neg', 'kind': 'overlapping_subsets', 'numbers': [fmt(N, 0, fmm)] + [fmt(v, 0, fmm) for v in vals]}]
        return lines, ch, '各子集口径相互交叉（性别、学历、年龄等），不构成总数的分项。'
    if kind == 'cumulative':
        tpl, dec = rng.choice(CUM[src])
        for _ in range(50):
            C = unif(rng, 50, 3000, dec)
            n1 = unif(rng, float(C) * 0.05, float(C) * 0.3, dec)
            n2 = unif(rng, float(C) * 0.05, float(C) * 0.3, dec)
            if n1 > 0 and n2 > 0 and n1 + n2 < C and n1 != n2:
                break
        s = tpl.replace('{Y}', str(year)).replace('{C}', fmt(C, dec)).replace('{n1}', fmt(n1, dec)).replace(
            '{n2}', fmt(n2, dec)).replace('{n}', fmt(n1, dec))
        nums = [fmt(C, dec), fmt(n1, dec)] + ([fmt(n2, dec)] if '{n2}' in tpl else [])
        ch = [{'rel': 'neg', 'kind': 'cumulative_vs_new', 'numbers': nums}]
        return [s], ch, '累计数与当年新增数是不同口径，不应相加或相减比较。'
    if kind == 'two_wholes':
        t2 = rng.choice(CT[src])
        t1 = rng.choice([t for t in CT[src] if t['W'] != t2['W']])
        n1 = NR(t1, fm or pick_fm(rng, t1))
        n2 = NR(t2, fm or pick_fm(rng, t2))
        A, _ = make_whole(rng, t1)
        total, parts = make_whole(rng, t2)
        if A == total:
            A = A + 1
        items = [f'{nm}{n2.su(v)}' for nm, v in zip(t2['parts'], parts)]
        lines = [f'{o}{lead(rng, t1, n1.su(A))}，{lead(rng, t2, n2.su(total))}，其中{join_list(items, rng)}。']
        ch = [sum_check([n2.s(v) for v in parts], n2.s(total)),
              {'rel': 'neg', 'kind': 'two_wholes', 'numbers': [n1.s(A)]}]
        return lines, ch, f'“其中”分项属于{t2["W"]}，与前面的{t1["W"]}是两个不同的整体。'
    # ident
    t = rng.choice(CT[src])
    n = NR(t, fm or pick_fm(rng, t))
    total, parts = make_whole(rng, t)
    s, phr, pos = ident_phrase(rng, src, year)
    items = [f'{nm}{n.su(v)}' for nm, v in zip(t['parts'], parts)]
    body = f'{o}{lead(rng, t, n.su(total))}，其中{join_list(items, rng)}'
    line = (phr + body + '。') if pos == 'pre' else (body + phr + '。')
    ch = [sum_check([n.s(v) for v in parts], n.s(total)), {'rel': 'neg', 'kind': 'identifier', 'numbers': [s]}]
    return [line], ch, f'“{s}”是编号、日期、电话或型号等标识，不参与运算；分项之和等于总数。'


# ---------------------------------------------------------------------------
# totals constructions: each f(rng, src, label) -> (lines, checks, note)
# ---------------------------------------------------------------------------
def _whole_for(rng, src, label, minparts=2, fm=None, t=None):
    t = t or rng.choice([x for x in CT[src] if len(x['parts']) >= minparts and (fm != 'cn' or x['dec'] == 0)])
    n = NR(t, fm or pick_fm(rng, t))
    total, parts = make_whole(rng, t)
    what = None
    if label == 'inconsistent':
        total, parts, what = break_one(rng, total, parts, t['dec'])
    return t, n, total, parts, what


def c_qizhong(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'inline', fm)
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    o = owner(rng, src)
    items = [f'{nm}{n.su(v)}' for nm, v in zip(t['parts'], parts)]
    form = rng.randrange(3)
    if form == 0:
        s = f'{o}{lead(rng, t, n.su(total))}，其中{join_list(items, rng)}。'
    elif form == 1:
        s = f'{o}{lead(rng, t, n.su(total))}。其中，{join_list(items, rng)}。'
    else:
        s = f'{o}{lead(rng, t, n.su(total))}，其中：{"；".join(items)}。'
    return [s], [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


def c_heji_after(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, rng.choice(['inline', 'lines']), fm)
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    o = owner(rng, src)
    items = [f'{nm}{n.su(v)}' for nm, v in zip(t['parts'], parts)]
    kw = rng.choice(['合计', '共计', '总计', '累计', '以上合计', '总计为', '合计达到'])
    if rng.random() < 0.5:
        s = f'{o}{t["W"]}：{join_list(items, rng)}，{kw}{n.su(total)}。'
    else:
        s = f'{o}{join_list(items, rng)}，{len(items) if rng.random() < .5 else cn(len(items))}项{kw}{n.su(total)}。'
    return [s], [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


def c_fenbiewei(rng, src, label, fm=None):
    if label == 'negative':
        t = rng.choice([x for x in CT[src] if len(x['parts']) >= 3])
        n = NR(t, fm or pick_fm(rng, t))
        total, parts = make_whole(rng, t)
        k = rng.randint(2, len(parts) - 1)
        o = owner(rng, src)
        names = '、'.join(t['parts'][:k])
        s = f'{o}{lead(rng, t, n.su(total))}，{names}等{t["cat"] if t["cat"] != "类" else "主要类别"}分别为' \
            f'{"、".join(n.s(v) for v in parts[:k])}{n.u()}。'
        ch = [{'rel': 'neg', 'kind': 'partial_list', 'marker': '等',
               'numbers': [n.s(total)] + [n.s(v) for v in parts[:k]]}]
        return [s], ch, '“分别为”前的名单带“等”，列举不完整，不要求相加等于总数。'
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    o = owner(rng, src)
    names = '、'.join(t['parts'][:-1]) + rng.choice(['和', '、']) + t['parts'][-1]
    vals = '、'.join(n.s(v) for v in parts)
    form = rng.randrange(3)
    if form == 0:
        s = f'{o}{lead(rng, t, n.su(total))}，{names}分别为{vals}{n.u()}。'
    elif form == 1:
        s = f'{o}{names}{rng.choice(["", "的"])}{t["W"] if t["kind"] == "qty" else "数量"}分别为{vals}{n.u()}，' \
            f'{rng.choice(["合计", "总计", "共计"])}{n.su(total)}。'
    else:
        vals2 = '、'.join(n.su(v) for v in parts)
        s = f'{o}{lead(rng, t, n.su(total))}，按类别分，{names}分别为{vals2}。'
    return [s], [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


def c_bracket(rng, src, label, fm=None):
    if label == 'negative':
        if rng.random() < 0.5:
            t = rng.choice([x for x in CT[src] if len(x['parts']) >= 3])
            n = NR(t, fm or pick_fm(rng, t))
            total, parts = make_whole(rng, t)
            k = rng.randint(1, len(parts) - 1)
            o = owner(rng, src)
            items = '、'.join(f'{nm}{n.su(v)}' for nm, v in zip(t['parts'][:k], parts[:k]))
            s = f'{o}{lead(rng, t, n.su(total))}（{rng.choice(["含", "包括", "其中"])}{items}等）。'
            ch = [{'rel': 'neg', 'kind': 'partial_list', 'marker': '等',
                   'numbers': [n.s(total)] + [n.s(v) for v in parts[:k]]}]
            return [s], ch, '括号内列举带“等”，不是完整分项。'
        return neg_totals(rng, src, 'inline', fm)
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    o = owner(rng, src)
    form = rng.randrange(3)
    if form == 0:
        items = '、'.join(f'{nm}{n.su(v)}' for nm, v in zip(t['parts'], parts))
        s = f'{o}{lead(rng, t, n.su(total))}（{rng.choice(["含", "包括", "其中"])}{items}）。'
    elif form == 1:
        items = '，'.join(f'{nm}{n.s(v)}' for nm, v in zip(t['parts'], parts))
        s = f'{o}{lead(rng, t, n.s(total))}（{items}）{n.u()}。'
    else:
        items = '、'.join(f'{nm}{n.su(v)}' for nm, v in zip(t['parts'], parts))
        lp, rp = rng.choice([('（', '）'), ('(', ')')])
        s = f'{o}{t["W"]}{lp}{items}{rp}合计{n.su(total)}。'
    return [s], [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


def c_lines(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'lines', fm)
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    o = owner(rng, src)
    head = rng.choice([f'{o}{lead(rng, t, n.su(total))}，具体如下：', f'{t["W"]}：{n.su(total)}',
                       f'{o}{lead(rng, t, n.su(total))}。分类情况：'])
    mk = rng.randrange(4)
    lines = [head]
    for i, (nm, v) in enumerate(zip(t['parts'], parts)):
        if mk == 0:
            lines.append(f'（{cn(i + 1)}）{nm}：{n.su(v)}；')
        elif mk == 1:
            lines.append(f'{nm}{n.su(v)}。')
        elif mk == 2:
            lines.append(f'- {nm} {n.su(v)}')
        else:
            lines.append(f'{nm}：{n.s(v)}{n.u()}')
    return lines, [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


SEPS = ['\t', '|', '｜', '  ', ' | ']


def _table(rng, src, label, fm, total_first):
    if label == 'negative':
        return neg_totals(rng, src, 'table', fm)
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    sep = rng.choice(SEPS)
    tot = rng.choice(['合计', '总计', '全部', t['W'] + '合计'])
    head = [f'表{rng.randint(1, 9)} {owner(rng, src)}{t["W"]}构成情况'] if rng.random() < 0.5 else []
    head.append(f'{rng.choice(["项目", "类别", "分类"])}{sep}{t["W"] if t["kind"] == "qty" else "数量"}（{n.u()}）')
    rows = [f'{nm}{sep}{n.s(v)}' for nm, v in zip(t['parts'], parts)]
    trow = f'{tot}{sep}{n.s(total)}'
    lines = head + ([trow] + rows if total_first else rows + [trow])
    return lines, [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


def c_table_first(rng, src, label, fm=None):
    return _table(rng, src, label, fm, True)


def c_table_last(rng, src, label, fm=None):
    return _table(rng, src, label, fm, False)


def c_table_two_years(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'table', fm)
    t = rng.choice(CT[src])
    n = NR(t, fm or pick_fm(rng, t))
    tot1, p1 = make_whole(rng, t)
    lo0 = float(tot1) * 0.8
    tot0, p0 = make_whole(rng, dict(t, rng=(lo0, float(tot1) * 1.08)))
    what = None
    col = 0
    if label == 'inconsistent':
        col = rng.randrange(2)
        if col == 0:
            tot1, p1, what = break_one(rng, tot1, p1, t['dec'])
        else:
            tot0, p0, what = break_one(rng, tot0, p0, t['dec'])
    y = rng.randint(2019, 2024)
    sep = rng.choice(SEPS)
    lines = [f'{t["W"]}（单位：{n.u()}）' if rng.random() < 0.6 else f'{owner(rng, src)}{t["W"]}对比表',
             f'项目{sep}{y}年{sep}{y - 1}年']
    rows = [f'{nm}{sep}{n.s(a)}{sep}{n.s(b)}' for nm, a, b in zip(t['parts'], p1, p0)]
    trow = f'合计{sep}{n.s(tot1)}{sep}{n.s(tot0)}'
    lines += ([trow] + rows) if rng.random() < 0.4 else (rows + [trow])
    checks = [sum_check([n.s(v) for v in p1], n.s(tot1)), sum_check([n.s(v) for v in p0], n.s(tot0))]
    if label == 'consistent':
        note = '两年两列分别相加都等于合计。'
    else:
        note = f'{[y, y - 1][col]}年一列：' + note_sum(label, t['parts'], what)
    return lines, checks, note


NUM_MARKS = [lambda i: ['一', '二', '三', '四', '五', '六'][i] + '是', lambda i: '①②③④⑤⑥'[i],
             lambda i: f'（{i + 1}）', lambda i: f'（{cn(i + 1)}）', lambda i: f'{i + 1}.']


def c_numbered(rng, src, label, fm=None):
    t = rng.choice([x for x in CT[src] if len(x['parts']) >= 3])
    n = NR(t, fm or pick_fm(rng, t))
    total, parts = make_whole(rng, t)
    k = len(parts)
    mkf = rng.choice(NUM_MARKS)
    marks = [mkf(i) for i in range(k)]
    cnt = k
    what = None
    note = '宣布的项数与列出的条目数一致，分项之和等于总数。'
    if label == 'inconsistent':
        if rng.random() < 0.4:
            cnt = k + rng.choice([-1, 1])
            note = f'宣布{cnt}项，实际列出{k}项。'
        else:
            total, parts, what = break_one(rng, total, parts, t['dec'])
            note = note_sum(label, t['parts'], what)
    cnts = cn(cnt) if rng.random() < 0.7 else str(cnt)
    o = owner(rng, src)
    if label == 'negative':
        # count of items announced with 等 / 主要 => open list; values partial
        kk = k - 1
        sel = parts[:kk]
        head = f'{o}{lead(rng, t, n.su(total))}，主要包括以下几类：'
        body = [f'{mkf(i)}{t["parts"][i]}{n.su(v)}；' for i, v in enumerate(sel)]
        ch = [{'rel': 'neg', 'kind': 'partial_list', 'marker': '主要包括',
               'numbers': [n.s(total)] + [n.s(v) for v in sel]}]
        lines = [head] + body if rng.random() < 0.5 else [head + ''.join(body)]
        return lines, ch, '“主要包括以下几类”未宣布项数且列举不完整，不要求相加等于总数。'
    cat = t['cat'] if t['cat'][0] not in '个大类种' else t['cat']
    head = f'{o}{lead(rng, t, n.su(total))}，分为{cnts}{cat}：'
    body = [f'{m}{nm}{n.su(v)}；' for m, nm, v in zip(marks, t['parts'], parts)]
    if rng.random() < 0.5:
        lines = [head] + body
    else:
        lines = [head + ''.join(body)]
    checks = [{'rel': 'count_items', 'count': cnts, 'items': marks},
              sum_check([n.s(v) for v in parts], n.s(total))]
    return lines, checks, note


NAMED = {
    'party': ('先进基层党组织', '个', lambda rng: place2(rng) + rng.choice(['村党支部', '社区党委', '机关党支部', '学校党总支']),
              '名同志', lambda rng: person(rng), '优秀共产党员'),
    'energy': ('电力保供重点企业', '家', lambda rng: place2(rng) + rng.choice(['发电有限公司', '热电厂', '新能源公司', '水电站']),
               '座', lambda rng: place2(rng) + rng.choice(['110千伏变电站', '220千伏变电站', '光伏电站']), '新投运变电站'),
    'livestock': ('省级畜禽养殖标准化示范场', '家', lambda rng: place2(rng) + rng.choice(['生猪养殖场', '牧业公司', '蛋鸡场', '渔业合作社']),
                  '个', lambda rng: place(rng, '镇'), '动物防疫先进乡镇'),
    'sports': ('全民健身示范单位', '个', lambda rng: place2(rng) + rng.choice(['社区', '体育公园', '中学', '街道']),
               '名', lambda rng: person(rng), '优秀运动员'),
    'soe': ('营业收入超百亿元企业', '家', lambda rng: company(rng),
            '名同志', lambda rng: person(rng), '劳动模范'),
}


def c_named(rng, src, label, fm=None):
    g1, u1, f1, u2, f2, g2 = NAMED[src]
    if rng.random() < 0.5:
        grp, unit, f = g1, u1, f1
    else:
        grp, unit, f = g2, u2, f2
    k = rng.randint(3, 7)
    names = []
    while len(names) < k:
        x = f(rng)
        if x not in names:
            names.append(x)
    pre = rng.choice(['', f'{rng.randint(2019, 2024)}年，', '经考核评选，', '本年度'])
    if label == 'negative':
        N = k + rng.randint(2, 9)
        sN = str(N) if rng.random() < .6 else cn(N)
        kk = rng.randint(2, k)
        s = f'{pre}{"、".join(names[:kk])}等{sN}{unit}{rng.choice(["获评", "被认定为", "入选"])}{grp}。'
        ch = [{'rel': 'neg', 'kind': 'partial_names', 'marker': '等', 'numbers': [sN], 'names': names[:kk]}]
        return [s], ch, f'只列举了{kk}个名称，“等{sN}{unit}”表示名单不完整。'
    N = k
    note = f'列出{k}个名称，与所报数量一致。'
    use_deng = rng.random() < 0.6
    if label == 'inconsistent':
        N = k - rng.randint(1, 2) if use_deng else k + rng.choice([-1, 1, 2])
        note = f'列出{k}个名称，却写作{N}{unit}。'
    sN = str(N) if rng.random() < .6 else cn(N)
    verb = rng.choice(['获评', '被认定为', '入选', '被命名为'])
    if use_deng:
        s = f'{pre}{"、".join(names)}等{sN}{unit}{verb}{grp}。'
    else:
        s = rng.choice([f'{pre}{"、".join(names)}{sN}{unit}{verb}{grp}。',
                        f'{pre}{verb}{grp}的共{sN}{unit}：{"、".join(names)}。'])
    return [s], [{'rel': 'count_names', 'count': sN, 'names': names}], note


BAL = {
    'party': [('{o}年初有党员{S}名，全年发展党员{p0}名、组织关系转入{p1}名，转出{m0}名、去世{m1}名，年末党员总数为{E}名。',
               0, (1000, 30000), [(.01, .04), (.01, .05)], [(.01, .05), (.003, .01)]),
              ('{o}党费上年结余{S}万元，本年收缴{p0}万元，上缴上级党委{m0}万元，用于党员教育培训{m1}万元，年末结余{E}万元。',
               2, (5, 80), [(.8, 2.0)], [(.3, .6), (.3, .6)])],
    'energy': [('{o}年初电力装机容量{S}万千瓦，全年新增{p0}万千瓦，关停退役{m0}万千瓦，年末装机容量{E}万千瓦。',
                1, (200, 3000), [(.03, .15)], [(.005, .03)]),
               ('{o}电煤库存年初{S}万吨，全年入库{p0}万吨，耗用{m0}万吨，年末库存{E}万吨。',
                2, (20, 300), [(3, 6)], [(3, 6)])],
    'livestock': [('{o}生猪存栏年初{S}万头，新生仔猪及补栏{p0}万头，出栏{m0}万头，死亡淘汰{m1}万头，年末存栏{E}万头。',
                   2, (20, 300), [(1.2, 1.5)], [(1.0, 1.2), (.03, .08)]),
                  ('{o}动物防疫专项经费上年结转{S}万元，本年安排{p0}万元，本年支出{m0}万元，年末结余{E}万元。',
                   2, (10, 200), [(1.5, 4)], [(1.5, 4)])],
    'sports': [('{o}年初体育场地{S}个，全年新建{p0}个，拆除改造{m0}个，年末体育场地{E}个。',
                0, (800, 12000), [(.03, .1)], [(.005, .02)]),
               ('{o}体育彩票公益金上年结转{S}万元，本年收入{p0}万元，本年支出{m0}万元，年末结余{E}万元。',
                2, (100, 3000), [(.5, 1.5)], [(.8, 1.8)])],
    'soe': [('{o}全年收入{S}亿元，支出{m0}亿元，收支结余{E}亿元。', 2, (20, 800), [], [(.8, .95)]),
            ('{o}年初在岗职工{S}人，全年新招录{p0}人、调入{p1}人，退休{m0}人、解除劳动合同{m1}人，年末在岗职工{E}人。',
             0, (1000, 50000), [(.02, .06), (.005, .02)], [(.02, .05), (.005, .02)])],
}


def c_balance(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'inline', fm)
    tpl, dec, rg, pr, mr = rng.choice(BAL[src])
    fmm = fm or ('plain' if dec else rng.choice(['plain', 'plain', 'comma']))
    for _ in range(100):
        S = unif(rng, rg[0], rg[1], dec)
        P = [q(S * D(repr(rng.uniform(a, b))), dec) for a, b in pr]
        M = [q(S * D(repr(rng.uniform(a, b))), dec) for a, b in mr]
        E = S + sum(P) - sum(M)
        if E > 0 and all(x > 0 for x in P + M):
            break
    names = ['S'] + [f'p{i}' for i in range(len(P))] + [f'm{i}' for i in range(len(M))] + ['E']
    vals = dict(zip(names, [S] + P + M + [E]))
    note = '期初加增加项减减少项等于期末。'
    if label == 'inconsistent':
        k = rng.choice(names)
        vals[k] = bump(rng, vals[k], dec)
        note = '收支（增减）平衡式不成立，有一项被改动。'
    st = {k: fmt(v, dec, fmm) for k, v in vals.items()}
    s = tpl.replace('{o}', owner(rng, src) if rng.random() < .5 else '')
    for k, v in st.items():
        s = s.replace('{' + k + '}', v)
    ch = {'rel': 'balance', 'start': st['S'], 'plus': [st[f'p{i}'] for i in range(len(P))],
          'minus': [st[f'm{i}'] for i in range(len(M))], 'end': st['E']}
    return [s], [ch], note


def c_from_to(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'inline', fm)
    t = rng.choice(CT[src])
    n = NR(t, fm or pick_fm(rng, t))
    A = unif(rng, t['rng'][0], t['rng'][1], t['dec'])
    up = rng.random() < 0.7
    C = q(A * D(repr(rng.uniform(.02, .3))), t['dec'])
    if C <= 0:
        C = D(1).scaleb(-t['dec']) * 3
    B = A + C if up else A - C
    note = '前后两数之差等于增减量。'
    if label == 'inconsistent':
        k = rng.randrange(3)
        if k == 0:
            A = bump(rng, A, t['dec'])
        elif k == 1:
            B = bump(rng, B, t['dec'])
        else:
            C = bump(rng, C, t['dec'])
        note = '起止两数之差与所写增减量不符。'
    W = t['W']
    o = owner(rng, src) if rng.random() < .5 else ''
    if up:
        v1, v2 = rng.choice([('增加到', '增加'), ('增至', '净增'), ('提高到', '增加'), ('由', '')][:3])
        s = f'{o}{W}由{rng.choice(["上年的", "年初的", ""])}{n.su(A)}{v1}{n.su(B)}，{v2}{n.su(C)}。'
    else:
        v1, v2 = rng.choice([('减少到', '减少'), ('降至', '下降'), ('压减到', '压减')])
        s = f'{o}{W}由{n.su(A)}{v1}{n.su(B)}，{v2}{n.su(C)}。'
    ch = {'rel': 'balance', 'start': n.s(A), 'plus': [n.s(C)] if up else [], 'minus': [] if up else [n.s(C)],
          'end': n.s(B)}
    return [s], [ch], note


def c_same_period(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'inline', fm)
    t = rng.choice(CT[src])
    n = NR(t, fm or pick_fm(rng, t))
    A = unif(rng, t['rng'][0], t['rng'][1], t['dec'])
    up = rng.random() < 0.65
    C = q(A * D(repr(rng.uniform(.02, .25))), t['dec'])
    if C <= 0:
        C = D(1).scaleb(-t['dec']) * 3
    B = A + C if up else A - C
    note = '本期减上年同期等于同比增减量。'
    if label == 'inconsistent':
        k = rng.randrange(3)
        if k == 0:
            A = bump(rng, A, t['dec'])
        elif k == 1:
            B = bump(rng, B, t['dec'])
        else:
            C = bump(rng, C, t['dec'])
        note = '本期与上年同期之差与同比增减量不符。'
    per = rng.choice(['1—6月', '1—9月', '上半年', '前三季度', '1—11月', '一季度'])
    o = owner(rng, src, plain=True)
    dw = rng.choice(['同比增加', '比上年同期增加', '同比多']) if up else rng.choice(['同比减少', '比上年同期减少', '同比少'])
    if rng.random() < .5:
        s = f'{per}，{o}{lead(rng, t, n.su(B))}，上年同期为{n.su(A)}，{dw}{n.su(C)}。'
    else:
        s = f'{per}，{o}{lead(rng, t, n.su(B))}，{dw}{n.su(C)}（上年同期为{n.su(A)}）。'
    ch = {'rel': 'balance', 'start': n.s(A), 'plus': [n.s(C)] if up else [], 'minus': [] if up else [n.s(C)],
          'end': n.s(B)}
    return [s], [ch], note


def c_subtotal(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, 'lines', fm)
    t = rng.choice([x for x in CT[src] if len(x['parts']) <= 4])
    n = NR(t, fm or pick_fm(rng, t))
    g = rng.randint(2, 3)
    groups = []
    while len(groups) < g:
        p = place(rng, rng.choice(['镇', '街道', '乡']) if src != 'soe' else '')
        if src == 'soe':
            p = place2(rng) + rng.choice(['分公司', '子公司', '事业部'])
        if p not in groups:
            groups.append(p)
    k = min(len(t['parts']), rng.randint(2, 3))
    leaves = []
    subs = []
    for _ in groups:
        tot, parts = make_whole(rng, dict(t, rng=(t['rng'][0] / g, t['rng'][1] / g)), k)
        subs.append(tot)
        leaves.append(parts)
    grand = sum(subs)
    what = '各组分项之和等于小计，小计之和等于总计。'
    if label == 'inconsistent':
        if rng.random() < 0.3:
            grand = bump(rng, grand, t['dec'])
            what = '总计被改动，与各小计之和不符。'
        else:
            gi = rng.randrange(g)
            pi = rng.randrange(k)
            leaves[gi][pi] = bump(rng, leaves[gi][pi], t['dec'])
            what = f'{groups[gi]}的“{t["parts"][pi]}”被改动，该组小计不成立。'
    lines = [f'{owner(rng, src) if rng.random() < .5 else ""}{t["W"]}分单位统计（单位：{n.u()}）：']
    for gname, parts, st in zip(groups, leaves, subs):
        items = '、'.join(f'{nm}{n.s(v)}' for nm, v in zip(t['parts'], parts))
        lines.append(f'{gname}：{items}，小计{n.s(st)}；')
    lines.append(f'{rng.choice(["总计", "合计", "以上总计"])}{n.su(grand)}。')
    checks = [sum_check([n.s(v) for v in parts], n.s(st)) for parts, st in zip(leaves, subs)]
    checks.append(sum_check([n.s(v) for v in subs], n.s(grand)))
    return lines, checks, what


FLOW = {'全社会用电量', '发电量', '售电量', '肉类总产量', '肉蛋奶总产量', '水产品产量', '生猪出栏', '营业收入',
        '利润总额', '固定资产投资', '发展党员', '入党申请人', '体育赛事', '奖牌', '新建输电线路'}


def c_quarters(rng, src, label, fm=None):
    t = rng.choice([x for x in CT[src] if x['W'] in FLOW])
    n = NR(t, fm or pick_fm(rng, t))
    mode = rng.choice(['q', 'q', 'h', 'm'])
    names = {'q': ['一季度', '二季度', '三季度', '四季度'], 'h': ['上半年', '下半年'],
             'm': ['1—3月', '4—6月', '7—9月', '10—12月']}[mode]
    total = unif(rng, t['rng'][0], t['rng'][1], t['dec'])
    parts = split_total(rng, total, len(names), t['dec'], [1] * len(names))
    o = owner(rng, src, plain=True)
    if label == 'negative':
        # cumulative running totals look like quarters but must not be summed
        cum = []
        acc = D(0)
        for p in parts:
            acc += p
            cum.append(acc)
        cn_ = ['一季度', '上半年', '前三季度', '全年']
        items = [f'{a}累计{n.su(v)}' if i else f'{a}{n.su(v)}' for i, (a, v) in enumerate(zip(cn_[:-1], cum[:-1]))]
        s = f'{o}{t["W"]}：{"，".join(items)}，全年{n.su(cum[-1])}。'
        ch = [{'rel': 'neg', 'kind': 'cumulative_vs_new', 'numbers': [n.s(v) for v in cum]}]
        return [s], ch, '逐季累计数不是各季度分项，不能相加。'
    what = None
    if label == 'inconsistent':
        total, parts, what = break_one(rng, total, parts, t['dec'])
    items = [f'{a}{n.su(v)}' for a, v in zip(names, parts)]
    f = rng.randrange(3)
    if f == 0:
        s = [f'{o}{t["W"]}分季度（时段）为：{join_list(items, rng)}，全年{rng.choice(["合计", "累计", ""])}{n.su(total)}。']
    elif f == 1:
        s = [f'{o}全年{lead(rng, t, n.su(total))}，其中{join_list(items, rng)}。']
    else:
        sep = rng.choice(SEPS)
        s = [f'时段{sep}{t["W"]}（{n.u()}）'] + [f'{a}{sep}{n.s(v)}' for a, v in zip(names, parts)] + [
            f'全年{sep}{n.s(total)}']
    return s, [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, names, what)


SENT_VERBS = {'qty': ['{nm}{v}', '{nm}达到{v}', '{nm}完成{v}', '{nm}为{v}'],
              'count': ['{nm}{v}', '有{nm}{v}', '{nm}达到{v}', '{nm}共{v}']}


def c_sentences(rng, src, label, fm=None):
    if label == 'negative':
        return neg_totals(rng, src, rng.choice(['inline', 'lines']), fm)
    t, n, total, parts, what = _whole_for(rng, src, label, fm=fm)
    o = owner(rng, src)
    sents = []
    for nm, v in zip(t['parts'], parts):
        sents.append(rng.choice(SENT_VERBS[t['kind']]).replace('{nm}', nm).replace('{v}', n.su(v)) + '。')
    end = rng.choice([f'以上合计{n.su(total)}。', f'全年{t["W"]}总计{n.su(total)}。', f'{t["W"]}合计{n.su(total)}。',
                      f'各项共计{n.su(total)}。'])
    sents[0] = o + '，' + sents[0] if not o.endswith('，') else o + sents[0]
    if rng.random() < 0.5:
        lines = [''.join(sents) + end]
    else:
        lines = sents + [end]
    return lines, [sum_check([n.s(v) for v in parts], n.s(total))], note_sum(label, t['parts'], what)


GEN = {
    'party': [('党员', '名', (500, 30000)), ('发展党员', '名', (30, 900)), ('入党申请人', '名', (100, 5000))],
    'energy': [('电力行业从业人员', '人', (800, 20000)), ('持证电工', '人', (100, 5000))],
    'livestock': [('乡村兽医', '名', (50, 900)), ('执业兽医', '名', (30, 600)), ('养殖技术培训学员', '人', (200, 6000))],
    'sports': [('注册运动员', '名', (100, 3000)), ('社会体育指导员', '名', (300, 9000)), ('参赛运动员', '名', (50, 2500))],
    'soe': [('在岗职工', '人', (800, 60000)), ('新招录员工', '人', (30, 1500))],
}


def c_gender(rng, src, label, fm=None):
    W, u, rg = rng.choice(GEN[src])
    fmm = fm or rng.choice(['plain', 'plain', 'comma'])
    o = owner(rng, src)
    N = D(rng.randint(*rg))
    a = q(N * D(repr(rng.uniform(.3, .75))), 0)
    b = N - a
    if label == 'negative':
        if rng.random() < 0.5:
            s = f'{o}{W}{fmt(N, 0, fmm)}{u}，其中女性{fmt(b, 0, fmm)}{u}。'
            ch = [{'rel': 'neg', 'kind': 'single_subset', 'numbers': [fmt(N, 0, fmm), fmt(b, 0, fmm)]}]
            return [s], ch, '“其中”后只有一个子集（女性），不是完整分项。'
        return neg_totals(rng, src, 'inline', fm)
    note = '男女人数之和等于总数。'
    if label == 'inconsistent':
        N, (a, b), what = break_one(rng, N, [a, b], 0)
        note = {'total': '总人数被改动，男女之和不符。', 0: '男性人数被改动，男女之和与总数不符。',
                1: '女性人数被改动，男女之和与总数不符。'}[what]
    sN, sa, sb = fmt(N, 0, fmm), fmt(a, 0, fmm), fmt(b, 0, fmm)
    f = rng.randrange(4)
    if f == 0:
        s = f'{o}{W}{sN}{u}，其中男性{sa}{u}、女性{sb}{u}。'
    elif f == 1:
        s = f'{o}{W}中男{sa}{u}，女{sb}{u}，共{sN}{u}。'
    elif f == 2:
        s = f'{o}{W}{sN}{u}，男、女分别为{sa}{u}和{sb}{u}。'
    else:
        s = f'{o}{W}{sN}{u}（男{sa}{u}，女{sb}{u}）。'
    return [s], [sum_check([sa, sb], sN)], note


WY = {
    'energy': [('全社会用电量', '千瓦时', ['第一产业用电', '第二产业用电', '第三产业用电', '城乡居民生活用电'], (3, 60), '亿', '万'),
               ('新能源发电量', '千瓦时', ['风电', '光伏发电', '生物质发电'], (1, 30), '亿', '万')],
    'soe': [('营业收入', '元', ['主营业务收入', '其他业务收入'], (2, 90), '亿', '万'),
            ('利润总额', '元', ['能源板块', '物流板块', '文旅板块'], (1, 20), '亿', '万')],
    'livestock': [('水产品产量', '吨', ['养殖产量', '捕捞产量'], (1, 30), '万', ''),
                  ('禽蛋产量', '吨', ['规模养殖场', '散养农户'], (1, 20), '万', '')],
    'sports': [('体育产业总产出', '元', ['体育用品制造', '体育服务业', '体育场地设施建设'], (2, 80), '亿', '万'),
               ('体育场地面积', '平方米', ['室内场地', '室外场地', '学校场地'], (20, 300), '万', '')],
    'party': [('党费收缴', '元', ['机关党员', '企事业单位党员', '农村和社区党员'], (5, 90), '万', '')],
}


def c_wanyi(rng, src, label, fm=None):
    W, unit, names, rg, big, small = rng.choice(WY[src])
    ratio = D(10000)
    total = unif(rng, rg[0], rg[1], 2)
    tsmall = total * ratio  # integer
    k = len(names)
    o = owner(rng, src)
    bigpart = rng.random() < 0.4 and k >= 2
    if bigpart:
        bp = q(total * D(repr(rng.uniform(.4, .7))), 2)
        rest = split_total(rng, tsmall - bp * ratio, k - 1, 0, None)
        parts = [('big', bp)] + [('small', v) for v in rest]
    else:
        parts = [('small', v) for v in split_total(rng, tsmall, k, 0, None)]
    fmm = rng.choice(['plain', 'comma', 'plain'])

    def ps(kind, v):
        return fmt(v, 2) + big if kind == 'big' else fmt(v, 0, fmm) + small

    if label == 'negative':
        mark = rng.choice(APPROX_MARK)
        a = fmt(q(total, 0), 0)
        if q(total, 0) * ratio == tsmall:
            a = fmt(q(total, 0) + 1, 0)
        at = {'约': '约' + a, '近': '近' + a, '余': a + '余', '左右': a, '超过': '超过' + a}[mark] + big
        items = '、'.join(f'{nm}{ps(kd, v)}{unit}' for nm, (kd, v) in zip(names, parts))
        s = f'{o}{W}{at}{unit}{"左右" if mark == "左右" else ""}，其中{items}。'
        ch = [{'rel': 'neg', 'kind': 'approx_total', 'marker': mark, 'numbers': [a]}]
        return [s], ch, f'总数为概数（{mark}），不要求与万/亿混写的分项精确相等。'
    note = '亿（万）与万（个位）单位换算后分项之和等于总数。'
    if label == 'inconsistent':
        if rng.random() < 0.35:
            total = bump(rng, total, 2)
            note = '总数被改动，单位换算后分项之和不符。'
        else:
            i = rng.randrange(k)
            kd, v = parts[i]
            if kd == 'big':
                nv = bump(rng, v, 2)
            else:
                nv = D(-1)
                while nv <= 0:
                    nv = v + rng.choice([-1, 1]) * D(100) * rng.randint(3, 40)
            parts[i] = (kd, nv)
            note = f'分项“{names[i]}”被改动，单位换算后分项之和与总数不符。'
    items = [f'{nm}{ps(kd, v)}{unit}' for nm, (kd, v) in zip(names, parts)]
    if rng.random() < 0.6:
        s = f'{o}{W}{fmt(total, 2)}{big}{unit}，其中{join_list(items, rng)}。'
    else:
        s = f'{o}{join_list(items, rng)}，{W}合计{fmt(total, 2)}{big}{unit}。'
    return [s], [sum_check([ps(kd, v) for kd, v in parts], fmt(total, 2) + big)], note


# ---------------------------------------------------------------------------
# pct family
# ---------------------------------------------------------------------------
def RTd(den, num, name, u, dr, rr, dec=0, rd=(1, 1, 2), over=False, short=None):
    return dict(den=den, num=num, name=name, u=u, dr=dr, rr=rr, dec=dec, rd=rd, over=over, short=short or num)


RT = {
    'party': [
        RTd('应参学党员', '实际参学', '参学率', '名', (300, 20000), (88, 99.6)),
        RTd('应换届党组织', '按期完成换届', '换届完成率', '个', (40, 900), (85, 99.5)),
        RTd('党员总数', '女党员', '女党员占比', '名', (800, 30000), (20, 42)),
        RTd('新发展党员', '35岁及以下的', '青年党员占比', '名', (40, 900), (60, 90)),
        RTd('入党申请人', '列为入党积极分子的', '转化率', '名', (200, 5000), (30, 70)),
    ],
    'energy': [
        RTd('供电量', '线损电量', '线损率', '亿千瓦时', (30, 800), (3, 8), 2, (2, 2, 1)),
        RTd('发电量', '清洁能源发电量', '清洁能源发电占比', '亿千瓦时', (30, 600), (25, 70), 2),
        RTd('全社会用电量', '工业用电量', '工业用电占比', '亿千瓦时', (30, 900), (45, 75), 2),
        RTd('计划投产电网项目', '已投产', '投产率', '个', (20, 300), (80, 99.5)),
        RTd('装机容量', '新能源装机', '新能源装机占比', '万千瓦', (100, 3000), (20, 60), 1),
    ],
    'livestock': [
        RTd('应免猪只', '实际免疫', '免疫密度', '万头', (20, 500), (92, 99.8), 2),
        RTd('抽检畜产品', '合格', '抽检合格率', '批次', (200, 5000), (96, 99.9), 0, (1, 2, 1)),
        RTd('生猪出栏', '规模养殖场出栏', '规模养殖比重', '万头', (20, 600), (55, 85), 2),
        RTd('病死畜禽', '无害化处理', '无害化处理率', '头（只）', (500, 30000), (95, 99.9)),
        RTd('水产品产量', '养殖产量', '养殖产量占比', '吨', (3000, 400000), (60, 92)),
    ],
    'sports': [
        RTd('常住人口', '经常参加体育锻炼的', '经常参加体育锻炼人数比例', '万人', (30, 900), (35, 48), 2),
        RTd('参加体质监测', '达到合格以上等级的', '国民体质监测合格率', '人', (1000, 20000), (88, 95)),
        RTd('学校体育场地', '向社会开放的', '开放率', '个', (100, 2000), (40, 90)),
        RTd('获得奖牌', '金牌', '金牌占比', '枚', (30, 400), (25, 40)),
        RTd('行政村', '建有健身设施的', '覆盖率', '个', (80, 1500), (85, 99.5)),
    ],
    'soe': [
        RTd('资产总额', '负债总额', '资产负债率', '亿元', (50, 8000), (45, 75), 2),
        RTd('年初国有资本权益', '年末国有资本权益', '国有资本保值增值率', '亿元', (20, 3000), (101, 112), 2,
            (1, 2, 2), True),
        RTd('营业收入', '利润总额', '营业收入利润率', '亿元', (20, 2500), (3, 12), 2),
        RTd('营业收入', '研发经费投入', '研发投入强度', '亿元', (20, 2500), (1.2, 4.5), 2, (2, 2, 1)),
        RTd('在岗职工', '专业技术人员', '专业技术人员占比', '人', (800, 60000), (20, 45)),
    ],
}


def mk_rate(rng, t, d=None, allow_over=None):
    over = t['over'] if allow_over is None else allow_over
    for _ in range(300):
        den = unif(rng, t['dr'][0], t['dr'][1], t['dec'])
        r = rng.uniform(*t['rr'])
        num = q(den * D(repr(r / 100)), t['dec'])
        if num <= 0 or (num >= den and not over) or num == den:
            continue
        dd = d if d is not None else rng.choice(t['rd'])
        exact = num / den * 100
        if is_tie(exact, dd) or rhu(exact, dd) == 0:
            continue
        return den, num, exact, dd
    raise RuntimeError('rate')


def pct_s(v, d, sign='%', fm='plain'):
    return fmt(v, d, fm) + sign


def rate_check(num, den, rate):
    return {'rel': 'rate', 'num': num, 'den': den, 'rate': rate}


MALFORMS = [
    lambda s: 'xx%' if '.' not in s else 'xx.x%',
    lambda s: s[:-1] + ' %',
    lambda s: '%' + s[:-1],
    lambda s: s + '%',
    lambda s: s.replace('.', '..', 1) if '.' in s else s[0] + '..' + s[1:],
    lambda s: 'XX%',
    lambda s: s[:-1] + '%%',
]


def malform(rng, s):
    for _ in range(20):
        m = rng.choice(MALFORMS)(s)
        if m != s:
            return m
    return s + '%'


def rate_value(rng, exact, d, label, lo=None, hi=None):
    """returns string of rate (correct or wrong) and a bool 'wrong'"""
    if label == 'inconsistent':
        return wrong_pct(rng, exact, d, lo, hi)
    return rhu(exact, d)


# generic negatives for the pct family ------------------------------------------------
PN = {
    'party': dict(g100=['党员线上学习平台访问量', '党员志愿服务时长', '“红色网格”服务事项数'],
                  nobase=['基层党组织规范化建设达标率', '党员教育培训覆盖率', '软弱涣散党组织整顿转化率'],
                  ppnb=['女党员占比', '大专及以上学历党员占比', '35岁及以下党员占比'],
                  overlap=['女党员占{}', '大专及以上学历的占{}', '35岁及以下的占{}', '少数民族党员占{}'],
                  ow='在全体党员中',
                  unstated=('开展党员集中培训{n}期', '参训党员满意度达{r}'),
                  permille=None,
                  rng=['党员年度发展计划完成比例控制在{a}—{b}'],
                  ),
    'energy': dict(g100=['新能源汽车充电量', '分布式光伏装机容量', '储能装机规模'],
                   nobase=['城市供电可靠率', '农网供电电压合格率', '电费回收率'],
                   ppnb=['清洁能源发电量占比', '线损率', '工业用电占比'],
                   overlap=['清洁能源发电量占{}', '风电和光伏发电量占{}', '水电占{}', '非化石能源占{}'],
                   ow='在全部发电量中',
                   unstated=('完成电网投资{n}亿元', '城市用户供电可靠率{r}'),
                   permille=['主设备故障率控制在{x}以内', '配电线路跳闸率为{x}'],
                   rng=['全社会用电量年度增长目标为{a}—{b}'],
                   ),
    'livestock': dict(g100=['稻渔综合种养面积', '牛羊规模养殖场数量', '预制菜加工产值'],
                      nobase=['强制免疫病种免疫密度', '畜禽粪污综合利用率', '规模养殖场备案率'],
                      ppnb=['规模养殖比重', '养殖产量占比', '畜禽粪污综合利用率'],
                      overlap=['规模养殖场存栏占{}', '能繁母猪占{}', '已完成强制免疫的占{}', '已建档立卡的占{}'],
                      ow='在生猪存栏中',
                      unstated=('出栏生猪{n}万头', '畜禽粪污综合利用率达{r}'),
                      permille=['生猪病死率控制在{x}以内', '奶牛乳房炎发病率为{x}'],
                      rng=['应免畜禽免疫密度常年保持在{a}—{b}'],
                      ),
    'sports': dict(g100=['体育赛事接待人次', '体育消费券核销金额', '冰雪运动参与人数'],
                   nobase=['公共体育场馆免费开放率', '社区健身设施覆盖率', '群众健身满意度'],
                   ppnb=['经常参加体育锻炼人数比例', '国民体质监测合格率', '学校场地开放率'],
                   overlap=['室内场地占{}', '学校体育场地占{}', '免费开放的占{}', '近五年新建的占{}'],
                   ow='在全部体育场地中',
                   unstated=('举办全民健身赛事活动{n}场次', '群众参与满意度达{r}'),
                   permille=['赛事运动伤病发生率为{x}', '训练伤病率控制在{x}以内'],
                   rng=['国民体质监测合格率目标为{a}—{b}'],
                   ),
    'soe': dict(g100=['新兴产业营业收入', '海外业务利润总额', '数字化转型投入'],
                nobase=['国有资本保值增值率', '全员劳动生产率完成率', '应收账款回收率'],
                ppnb=['资产负债率', '营业收入利润率', '研发投入强度'],
                overlap=['女职工占{}', '专业技术人员占{}', '35岁及以下职工占{}', '研究生学历的占{}'],
                ow='在全部在岗职工中',
                unstated=('实现营业收入{n}亿元', '研发投入强度{r}'),
                permille=['千人负伤率为{x}', '安全生产事故率控制在{x}以内'],
                rng=['资产负债率控制目标为{a}—{b}'],
                ),
}


def neg_pct(rng, src, kinds=None):
    P = PN[src]
    kinds = kinds or ['g100', 'nobase', 'ppnb', 'overlap', 'unstated', 'permille', 'range']
    kinds = [k for k in kinds if not (k == 'permille' and not P['permille'])]
    k = rng.choice(kinds)
    o = owner(rng, src)
    if k == 'g100':
        g = q(D(repr(rng.uniform(100.5, 380))), 1)
        s = f'{o}{rng.choice(P["g100"])}同比增长{fmt(g, 1)}%{rng.choice(["。", "，增幅居全省前列。", "，实现翻番。"])}'
        return [s], [{'rel': 'neg', 'kind': 'growth_over_100', 'numbers': [fmt(g, 1) + '%']}], \
            '增长率超过100%是正常的增幅表述，不是比例越界。'
    if k == 'nobase':
        r = q(D(repr(rng.uniform(85, 100))), rng.choice([0, 1, 1, 2]))
        if r > 100:
            r = D(100)
        rs = fmt(r, 0 if r == 100 else (len(str(r).split('.')[1]) if '.' in str(r) else 0)) + '%'
        s = f'{o}{rng.choice(P["nobase"])}{rng.choice(["达到", "为", "保持在", "稳定在"])}{rs}{rng.choice(["", "以上"]) if r < 100 else ""}。'
        return [s], [{'rel': 'neg', 'kind': 'pct_without_base', 'numbers': [rs]}], '只给出比率、没有给出分子分母，无从核算。'
    if k == 'ppnb':
        pp = q(D(repr(rng.uniform(0.3, 6))), 1)
        s = f'{o}{rng.choice(P["ppnb"])}{rng.choice(["提高", "下降", "同比提升", "较上年回落"])}{fmt(pp, 1)}个百分点。'
        return [s], [{'rel': 'neg', 'kind': 'pp_without_base', 'numbers': [fmt(pp, 1)]}], '只给出百分点变化，没有两期比率，无从核算。'
    if k == 'overlap':
        for _ in range(50):
            m = rng.randint(2, 4)
            labs = rng.sample(P['overlap'], m)
            vals = [q(D(repr(rng.uniform(20, 85))), 1) for _ in range(m)]
            if sum(vals) > 100:
                break
        items = [lb.format(fmt(v, 1) + '%') for lb, v in zip(labs, vals)]
        s = f'{o}{P["ow"]}，{"，".join(items)}。'
        return [s], [{'rel': 'neg', 'kind': 'overlapping_shares', 'numbers': [fmt(v, 1) + '%' for v in vals]}], \
            '各比重口径相互交叉，相加超过100%属正常。'
    if k == 'unstated':
        a, b = P['unstated']
        n_ = rng.randint(12, 900) if '亿' not in a and '万' not in a else q(D(repr(rng.uniform(10, 900))), 2)
        r = q(D(repr(rng.uniform(1.5, 99))), rng.choice([1, 2]))
        if '强度' in b:
            r = q(D(repr(rng.uniform(1.2, 4.5))), 2)
        ns, rs = fmt(D(n_), 0 if isinstance(n_, int) else 2), fmt(r, 1 if r.as_tuple().exponent == -1 else 2) + '%'
        s = f'{o}{a.replace("{n}", ns)}，{b.replace("{r}", rs)}。'
        return [s], [{'rel': 'neg', 'kind': 'rate_of_unstated', 'numbers': [ns, rs]}], '比率的分子分母都未给出，与前面的数量无关。'
    if k == 'permille':
        x = q(D(repr(rng.uniform(0.3, 9.9))), rng.choice([1, 2]))
        xs = fmt(x, -x.as_tuple().exponent) + '‰'
        s = f'{o}{rng.choice(P["permille"]).replace("{x}", xs)}。'
        return [s], [{'rel': 'neg', 'kind': 'permille', 'numbers': [xs]}], '千分率（‰）不是百分率，没有可核算的分母。'
    a = rng.randint(3, 90)
    b = a + rng.randint(1, 8)
    sep = rng.choice(['%—', '%～', '%至', '%-'])
    txt = rng.choice(P['rng']).replace('{a}—{b}', f'{a}{sep}{b}%')
    s = f'{o}{txt}。'
    return [s], [{'rel': 'neg', 'kind': 'pct_range', 'numbers': [f'{a}{sep}{b}%']}], '百分比区间（目标范围）不是计算结果。'


# pct constructions ---------------------------------------------------------------
def _rate_parts(rng, src, label, t=None):
    t = t or rng.choice(RT[src])
    den, num, exact, d = mk_rate(rng, t)
    hi = None if t['over'] else D(100)
    r = rate_value(rng, exact, d, label, hi=hi)
    return t, den, num, exact, d, r


def _mal_or(rng, rs, label):
    """for a fraction of inconsistent records, the rate literal is malformed instead of wrong"""
    return rs


def rate_note(label, t, exact, d, r):
    if label == 'consistent':
        return f'{t["name"]}按四舍五入核算为{fmt(rhu(exact, d), d)}%，与所写一致。'
    return f'{t["name"]}应为{fmt(rhu(exact, d), d)}%，文中写作{fmt(r, d)}%。'


def p_rate_after(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['unstated', 'nobase', 'permille', 'g100'])
    t, den, num, exact, d, r = _rate_parts(rng, src, label)
    o = owner(rng, src)
    ds, ns, rs = fmt(den, t['dec']), fmt(num, t['dec']), pct_s(r, d)
    f = rng.randrange(3)
    if f == 0:
        s = f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}，{t["name"]}{rng.choice(["为", "达", "达到", ""])}{rs}。'
    elif f == 1:
        s = f'{o}{t["den"]}{ds}{t["u"]}中，{t["num"]}{ns}{t["u"]}，占{rs}。'
    else:
        s = f'{o}{t["num"]}{ns}{t["u"]}，占{t["den"]}（{ds}{t["u"]}）的{rs}。'
    return [s], [rate_check(ns, ds, rs)], rate_note(label, t, exact, d, r)


def p_rate_before(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['nobase', 'ppnb', 'range', 'unstated'])
    t, den, num, exact, d, r = _rate_parts(rng, src, label)
    o = owner(rng, src)
    ds, ns, rs = fmt(den, t['dec']), fmt(num, t['dec']), pct_s(r, d)
    f = rng.randrange(3)
    if f == 0:
        s = f'{o}{t["name"]}{rng.choice(["达到", "为"])}{rs}，{t["den"]}{ds}{t["u"]}、{t["num"]}{ns}{t["u"]}。'
    elif f == 1:
        s = f'{o}{t["name"]}{rs}（{t["num"]}{ns}{t["u"]}/{t["den"]}{ds}{t["u"]}）。'
    else:
        s = f'{o}{t["name"]}{rs}。具体看，{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}。'
    return [s], [rate_check(ns, ds, rs)], rate_note(label, t, exact, d, r)


def p_rate_bracket(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['overlap', 'nobase', 'unstated'])
    t, den, num, exact, d, r = _rate_parts(rng, src, label)
    o = owner(rng, src)
    ds, ns, rs = fmt(den, t['dec']), fmt(num, t['dec']), pct_s(r, d)
    f = rng.randrange(3)
    lp, rp = rng.choice([('（', '）'), ('(', ')')])
    if f == 0:
        s = f'{o}{t["den"]}{ds}{t["u"]}，其中{t["num"]}{ns}{t["u"]}{lp}占{rs}{rp}。'
    elif f == 1:
        s = f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}{lp}{t["name"]}{rs}{rp}。'
    else:
        s = f'{o}{t["num"]}{ns}{t["u"]}{lp}{t["name"]}{rs}，{t["den"]}{ds}{t["u"]}{rp}。'
    return [s], [rate_check(ns, ds, rs)], rate_note(label, t, exact, d, r)


def p_two_bases(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['overlap', 'ppnb', 'unstated'])
    t1, t2 = rng.sample(RT[src], 2)
    den1, num1, ex1, d1 = mk_rate(rng, t1)
    den2, num2, ex2, d2 = mk_rate(rng, t2)
    r1, r2 = rhu(ex1, d1), rhu(ex2, d2)
    note = '两个比率分别按各自的分母核算，均正确。'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            # classic slip: second rate computed on the first base
            cand = num2 / den1 * 100
            if (not t2['over']) and abs(rhu(cand, d2) - ex2) >= max(D('0.3'), 2 * D(1).scaleb(-d2)) + D(1).scaleb(-d2) \
                    and 0 < rhu(cand, d2) < 100 and not is_tie(cand, d2):
                r2 = rhu(cand, d2)
                note = f'第二个比率误用第一个分母计算，应为{fmt(rhu(ex2, d2), d2)}%。'
            else:
                r2 = wrong_pct(rng, ex2, d2, hi=None if t2['over'] else D(100))
                note = f'第二个比率应为{fmt(rhu(ex2, d2), d2)}%。'
        else:
            r1 = wrong_pct(rng, ex1, d1, hi=None if t1['over'] else D(100))
            note = f'第一个比率应为{fmt(rhu(ex1, d1), d1)}%。'
    o = owner(rng, src)
    a = (fmt(den1, t1['dec']), fmt(num1, t1['dec']), pct_s(r1, d1))
    b = (fmt(den2, t2['dec']), fmt(num2, t2['dec']), pct_s(r2, d2))
    s = f'{o}{t1["den"]}{a[0]}{t1["u"]}，{t1["num"]}{a[1]}{t1["u"]}，占{a[2]}；' \
        f'{t2["den"]}{b[0]}{t2["u"]}，{t2["num"]}{b[1]}{t2["u"]}，{t2["name"]}{b[2]}。'
    return [s], [rate_check(a[1], a[0], a[2]), rate_check(b[1], b[0], b[2])], note


PF = {
    'party': ('参加民主评议党员', '评定为合格及以上', '不合格', '名', (300, 20000), '合格率', '不合格率'),
    'energy': ('抽检电能表', '检定合格', '不合格', '只', (2000, 60000), '合格率', '不合格率'),
    'livestock': ('抽检畜禽产品', '合格', '不合格', '批次', (200, 5000), '合格率', '不合格率'),
    'sports': ('参加国民体质监测', '达标', '未达标', '人', (1000, 20000), '达标率', '未达标率'),
    'soe': ('抽检工程项目', '质量合格', '不合格', '个', (60, 900), '合格率', '不合格率'),
}


def p_pass_fail(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['nobase', 'permille', 'range'])
    den_l, ok_l, bad_l, u, rg, rn1, rn2 = PF[src]
    for _ in range(200):
        N = D(rng.randint(*rg))
        bad = D(max(1, int(N * D(repr(rng.uniform(.005, .12))))))
        ok = N - bad
        d = rng.choice([1, 1, 2])
        e1, e2 = ok / N * 100, bad / N * 100
        if not (is_tie(e1, d) or is_tie(e2, d)) and rhu(e2, d) > 0:
            break
    r1, r2 = rhu(e1, d), rhu(e2, d)
    note = '合格数与不合格数之和等于总数，两个比率均正确。'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            r1 = wrong_pct(rng, e1, d, hi=D(100))
            note = f'{rn1}应为{fmt(rhu(e1, d), d)}%。'
        else:
            r2 = wrong_pct(rng, e2, d, hi=D(100))
            note = f'{rn2}应为{fmt(rhu(e2, d), d)}%。'
    fmm = rng.choice(['plain', 'plain', 'comma'])
    sN, so, sb = fmt(N, 0, fmm), fmt(ok, 0, fmm), fmt(bad, 0, fmm)
    s1, s2 = pct_s(r1, d), pct_s(r2, d)
    o = owner(rng, src)
    if rng.random() < 0.5:
        s = f'{o}{den_l}{sN}{u}，{ok_l}{so}{u}、{bad_l}{sb}{u}，{rn1}{s1}，{rn2}{s2}。'
    else:
        s = f'{o}{den_l}{sN}{u}，其中{ok_l}{so}{u}（{rn1}{s1}），{bad_l}{sb}{u}（{rn2}{s2}）。'
    ch = [sum_check([so, sb], sN), rate_check(so, sN, s1), rate_check(sb, sN, s2)]
    return [s], ch, note


TG = {
    'party': [('年度发展党员计划', '实际发展', '名', (40, 900), 0)],
    'energy': [('电网建设投资年度计划', '实际完成投资', '亿元', (5, 120), 2), ('新能源装机年度目标', '实际新增', '万千瓦', (20, 400), 1)],
    'livestock': [('生猪出栏年度目标', '实际出栏', '万头', (20, 500), 2), ('水产品产量目标', '实际完成', '吨', (3000, 300000), 0)],
    'sports': [('全民健身设施建设计划', '实际建成', '个', (50, 900), 0), ('体育彩票销售目标', '实际销售', '亿元', (2, 60), 2)],
    'soe': [('营业收入年度预算', '实际完成', '亿元', (20, 2000), 2), ('利润总额年度目标', '实际完成', '亿元', (1, 150), 2)],
}


def p_completion(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['g100', 'nobase', 'range'])
    tl, al, u, rg, dec = rng.choice(TG[src])
    for _ in range(200):
        tgt = unif(rng, rg[0], rg[1], dec)
        act = q(tgt * D(repr(rng.uniform(.82, 1.3))), dec)
        d = rng.choice([1, 1, 2, 0])
        ex = act / tgt * 100
        if not is_tie(ex, d) and act != tgt:
            break
    r = rate_value(rng, ex, d, label)
    ts, as_, rs = fmt(tgt, dec), fmt(act, dec), pct_s(r, d)
    o = owner(rng, src)
    over = ex > 100
    f = rng.randrange(3)
    if f == 0:
        s = f'{o}{tl}{ts}{u}，{al}{as_}{u}，完成{rng.choice(["年度计划", "目标任务", "全年任务"])}的{rs}。'
    elif f == 1:
        s = f'{o}{al}{as_}{u}，为{tl}（{ts}{u}）的{rs}{"，超额完成任务" if over else ""}。'
    else:
        s = f'{o}{tl}{ts}{u}，完成率{rs}（{al}{as_}{u}）。'
    note = ('完成率按实际/目标核算正确' + ('，超过100%属正常。' if over else '。')) if label == 'consistent' else \
        f'完成率应为{fmt(rhu(ex, d), d)}%。'
    return [s], [rate_check(as_, ts, rs)], note


PC = {
    'party': [('党员', '名', (800, 30000), 0, '基层党支部', '个', (40, 1500), 0, '平均每个党支部有党员', '名', 1, '1')],
    'energy': [('全社会用电量', '亿千瓦时', (30, 900), 2, '常住人口', '万人', (30, 900), 2, '人均用电量', '千瓦时', 0, '1')],
    'livestock': [('肉类总产量', '万吨', (2, 80), 2, '常住人口', '万人', (20, 800), 2, '人均肉类占有量', '公斤', 1, '1000')],
    'sports': [('体育场地面积', '万平方米', (50, 2000), 2, '常住人口', '万人', (30, 900), 2, '人均体育场地面积', '平方米', 2, '1')],
    'soe': [('营业收入', '亿元', (20, 2500), 2, '在岗职工', '人', (800, 60000), 0, '人均营业收入', '万元', 2, '0.0001')],
}


def p_per_capita(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['nobase', 'unstated', 'ppnb'])
    tl, tu, trg, tdec, pl, pu, prg, pdec, nl, nu, nd, factor = PC[src][0]
    sc_t = tu[0] if tu[0] in '万亿' else ''
    sc_p = pu[0] if pu[0] in '万亿' else ''
    mult = {'': D(1), '万': D(10000), '亿': D(10) ** 8}
    for _ in range(300):
        tot = unif(rng, trg[0], trg[1], tdec)
        pop = unif(rng, prg[0], prg[1], pdec)
        ex = tot * mult[sc_t] / (pop * mult[sc_p]) * D(factor)
        if not is_tie(ex, nd) and rhu(ex, nd) > 0 and ex < 100000:
            break
    right = rhu(ex, nd)
    val = right
    note = f'{nl}按总量/人数核算为{fmt(right, nd)}{nu}，一致。'
    if label == 'inconsistent':
        unit = D(1).scaleb(-nd)
        for _ in range(100):
            val = bump(rng, right, nd, .04, .2)
            if abs(val - ex) >= max(2 * unit, ex * D('0.02')):
                break
        note = f'{nl}应为{fmt(right, nd)}{nu}，文中写作{fmt(val, nd)}{nu}。'
    ts = fmt(tot, tdec) + sc_t
    ps = fmt(pop, pdec) + sc_p
    vs = fmt(val, nd)
    o = owner(rng, src)
    s = rng.choice([f'{o}{tl}{ts}{tu[len(sc_t):]}，{pl}{ps}{pu[len(sc_p):]}，{nl}{vs}{nu}。',
                    f'{o}{nl}达到{vs}{nu}（{tl}{ts}{tu[len(sc_t):]}，{pl}{ps}{pu[len(sc_p):]}）。'])
    ch = {'rel': 'per', 'total': ts, 'count': ps, 'per': vs}
    if factor != '1':
        ch['factor'] = factor
    return [s], [ch], note


def p_shares100(rng, src, label):
    t = rng.choice([x for x in CT[src] if len(x['parts']) >= 2])
    k = len(t['parts'])
    d = rng.choice([1, 1, 2])
    unit = D(1).scaleb(-d)
    shares = split_total(rng, D(100), k, d, t['w'])
    o = owner(rng, src)
    if label == 'negative':
        if k >= 3 and rng.random() < 0.6:
            kk = rng.randint(2, k - 1)
            idx = sorted(rng.sample(range(k), kk))
            names = '、'.join(t['parts'][i] for i in idx)
            vals = '、'.join(pct_s(shares[i], d) for i in idx)
            s = f'{o}{t["W"]}中，{names}等{rng.choice(["主要类别", "重点领域"]) if t["kind"] == "qty" else "主要类别"}分别占{vals}。'
            return [s], [{'rel': 'neg', 'kind': 'partial_shares', 'marker': '等',
                          'numbers': [pct_s(shares[i], d) for i in idx]}], '带“等”的部分构成比重，不要求合计100%。'
        return neg_pct(rng, src, ['overlap'])
    note = '各部分比重合计为100%。'
    if label == 'inconsistent':
        i = rng.randrange(k)
        for _ in range(50):
            delta = q(D(repr(rng.uniform(1.0, 6.0))), d)
            nv = shares[i] + rng.choice([-1, 1]) * delta
            if 0 < nv < 100:
                break
        shares[i] = nv
        note = f'“{t["parts"][i]}”比重被改动，各部分合计{fmt(sum(shares), d)}%而非100%。'
    ss = [pct_s(v, d) for v in shares]
    f = rng.randrange(3)
    if f == 0:
        s = f'{o}{t["W"]}中，{"、".join(t["parts"])}分别占{"、".join(ss)}。'
    elif f == 1:
        s = f'从结构看，{o}{t["W"]}：' + '，'.join(f'{nm}占{v}' for nm, v in zip(t['parts'], ss)) + '。'
    else:
        s = f'{o}{t["W"]}构成为' + '、'.join(f'{nm}{v}' for nm, v in zip(t['parts'], ss)) + '。'
    return [s], [{'rel': 'share_sum', 'shares': ss, 'expect': '100'}], note


def mk_pp(rng, t):
    d = rng.choice([1, 1, 2])
    r1 = unif(rng, t['rr'][0], t['rr'][1], d)
    for _ in range(100):
        delta = unif(rng, 0.2, 6, d)
        up = rng.random() < 0.55
        r2 = r1 + delta if up else r1 - delta
        if 0 < r2 < (200 if t['over'] else 100) and delta > 0:
            return r1, r2, delta, up, d
    raise RuntimeError('pp')


def p_pp(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['ppnb'])
    t = rng.choice(RT[src])
    r1, r2, delta, up, d = mk_pp(rng, t)
    note = '两期比率之差等于所写百分点数。'
    sd = delta
    if label == 'inconsistent':
        rel = abs(r2 - r1) / r1 * 100
        relq = rhu(rel, d)
        if rng.random() < 0.4 and abs(relq - delta) >= D('0.5') and not is_tie(rel, d):
            sd = relq
            note = f'把相对增幅{fmt(relq, d)}%当作百分点，应为{fmt(delta, d)}个百分点。'
        else:
            sd = wrong_pct(rng, delta, d)
            note = f'应为{fmt(delta, d)}个百分点，文中写作{fmt(sd, d)}。'
    a, b, c = pct_s(r1, d), pct_s(r2, d), fmt(sd, d)
    v1 = rng.choice(['提高到', '上升至', '提升到']) if up else rng.choice(['下降到', '降至', '回落至'])
    v2 = rng.choice(['提高', '上升', '增加']) if up else rng.choice(['下降', '降低', '减少'])
    o = owner(rng, src)
    f = rng.randrange(3)
    if f == 0:
        s = f'{o}{t["name"]}由上年的{a}{v1}{b}，{v2}{c}个百分点。'
    elif f == 1:
        s = f'{o}{t["name"]}为{b}，比上年{v2}{c}个百分点（上年为{a}）。'
    else:
        s = f'{o}{t["name"]}{b}，上年同期{a}，同比{v2}{c}个百分点。'
    return [s], [{'rel': 'pp', 'prev': a, 'cur': b, 'diff': c, 'dir': 'up' if up else 'down'}], note


def mk_growth(rng, t, lo=-15.0, hi=30.0):
    for _ in range(300):
        prev = unif(rng, t['rng'][0], t['rng'][1], t['dec'])
        g = rng.uniform(lo, hi)
        if abs(g) < 0.6:
            continue
        cur = q(prev * D(repr(1 + g / 100)), t['dec'])
        if cur <= 0 or cur == prev:
            continue
        d = rng.choice([1, 1, 1, 2])
        ex = (cur - prev) / prev * 100
        if is_tie(ex, d) or rhu(ex, d) == 0:
            continue
        return prev, cur, ex, d
    raise RuntimeError('growth')


def growth_wrong(rng, ex, d):
    """wrong signed growth value; returns (value_abs, up_bool, note)"""
    right = rhu(ex, d)
    if rng.random() < 0.25 and abs(ex) >= 1:
        return abs(right), not (ex > 0), '增减方向写反'
    v = wrong_pct(rng, abs(ex), d)
    return v, ex > 0, f'增速应为{fmt(abs(right), d)}%'


def p_growth(rng, src, label):
    t = rng.choice(CT[src])
    n = NR(t, pick_fm(rng, t))
    over = label == 'negative' and rng.random() < 0.6
    if label == 'negative' and not over:
        return neg_pct(rng, src, ['g100', 'nobase'])
    prev, cur, ex, d = mk_growth(rng, t, *((101.0, 260.0) if over else (-15.0, 30.0)))
    up = ex > 0
    val = abs(rhu(ex, d))
    note = '按两年数值核算的增减幅度正确。'
    if label == 'inconsistent':
        val, up, why = growth_wrong(rng, ex, d)
        note = why + '。'
    gs = pct_s(val, d)
    o = owner(rng, src)
    dw = rng.choice(['增长', '增加', '上升']) if up else rng.choice(['下降', '减少'])
    f = rng.randrange(4)
    if f == 0:
        s = f'{o}{lead(rng, t, n.su(cur))}，上年为{n.su(prev)}，{dw}{gs}。'
    elif f == 1:
        s = f'{o}{t["W"]}由上年的{n.su(prev)}{"增至" if cur > prev else "降至"}{n.su(cur)}，{dw}{gs}。'
    elif f == 2:
        s = f'{o}{lead(rng, t, n.su(cur))}，比上年（{n.su(prev)}）{dw}{gs}。'
    else:
        s = f'{o}{lead(rng, t, n.su(cur))}，较上年的{n.su(prev)}{dw}{gs}。'
    ch = [{'rel': 'growth', 'prev': n.s(prev), 'cur': n.s(cur), 'rate': gs, 'dir': 'up' if up else 'down'}]
    if over:
        ch.append({'rel': 'neg', 'kind': 'growth_over_100', 'numbers': [gs]})
        note = '增幅超过100%，按两年数值核算正确，不是错误。'
    return [s], ch, note


def p_same_period_growth(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['g100', 'ppnb', 'range'])
    t = rng.choice(CT[src])
    n = NR(t, pick_fm(rng, t))
    prev, cur, ex, d = mk_growth(rng, t)
    up = ex > 0
    val = abs(rhu(ex, d))
    note = '与上年同期相比的增减幅度正确。'
    if label == 'inconsistent':
        val, up, why = growth_wrong(rng, ex, d)
        note = why + '。'
    gs = pct_s(val, d)
    per = rng.choice(['1—6月', '1—9月', '上半年', '前三季度', '1—11月', '一季度', '1—8月'])
    o = owner(rng, src, plain=True)
    dw = '同比增长' if up else '同比下降'
    if rng.random() < 0.5:
        s = f'{per}，{o}{lead(rng, t, n.su(cur))}，{dw}{gs}，上年同期为{n.su(prev)}。'
    else:
        s = f'{per}，{o}{lead(rng, t, n.su(cur))}，上年同期为{n.su(prev)}，{dw}{gs}。'
    return [s], [{'rel': 'growth', 'prev': n.s(prev), 'cur': n.s(cur), 'rate': gs, 'dir': 'up' if up else 'down'}], note


def p_table_share(rng, src, label):
    t = rng.choice([x for x in CT[src] if len(x['parts']) >= 2])
    n = NR(t, pick_fm(rng, t))
    sep = rng.choice(SEPS)
    if label == 'negative':
        total, parts = make_whole(rng, t)
        lines = [f'项目{sep}{t["W"]}（{n.u()}）{sep}占全省比重']
        shs = []
        for nm, v in zip(t['parts'], parts):
            sh = q(D(repr(rng.uniform(3, 40))), 1)
            shs.append(pct_s(sh, 1))
            lines.append(f'{nm}{sep}{n.s(v)}{sep}{shs[-1]}')
        return lines, [{'rel': 'neg', 'kind': 'share_of_other_whole', 'numbers': shs}], \
            '“占全省比重”的分母（全省数）未给出，各行比重也不需合计100%。'
    for _ in range(100):
        total, parts = make_whole(rng, t)
        d = rng.choice([1, 1, 2])
        exs = [v / total * 100 for v in parts]
        if not any(is_tie(e, d) for e in exs) and all(rhu(e, d) > 0 for e in exs):
            break
    rs = [rhu(e, d) for e in exs]
    note = '各行数值之和等于合计，各行占比核算正确。'
    if label == 'inconsistent':
        i = rng.randrange(len(rs))
        rs[i] = wrong_pct(rng, exs[i], d, hi=D(100))
        note = f'“{t["parts"][i]}”占比应为{fmt(rhu(exs[i], d), d)}%。'
    pct_in_head = rng.random() < 0.5
    lines = [f'{rng.choice(["项目", "类别"])}{sep}{t["W"]}（{n.u()}）{sep}占比{"（%）" if pct_in_head else ""}']
    shown = [fmt(r, d) if pct_in_head else pct_s(r, d) for r in rs]
    rows = [f'{nm}{sep}{n.s(v)}{sep}{sh}' for nm, v, sh in zip(t['parts'], parts, shown)]
    trow = f'合计{sep}{n.s(total)}{sep}{"100" if pct_in_head else "100%"}' if rng.random() < 0.0 else f'合计{sep}{n.s(total)}'
    lines += ([trow] + rows) if rng.random() < 0.4 else (rows + [trow])
    ch = [sum_check([n.s(v) for v in parts], n.s(total))]
    for v, sh in zip(parts, shown):
        c = rate_check(n.s(v), n.s(total), sh)
        if pct_in_head:
            c['pct_in_header'] = True
        ch.append(c)
    return lines, ch, note


def p_malformed(rng, src, label):
    t = rng.choice(RT[src])
    den, num, exact, d = mk_rate(rng, t)
    r = rhu(exact, d)
    ds, ns, rs = fmt(den, t['dec']), fmt(num, t['dec']), pct_s(r, d)
    o = owner(rng, src)
    if label == 'negative':
        k = rng.randrange(3)
        if k == 0:
            rs2 = fmt(r, d).translate(FW_TABLE) + '％'
            s = f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}，{t["name"]}{rs2}。'
            return [s], [rate_check(ns, ds, rs2), {'rel': 'neg', 'kind': 'fullwidth_percent', 'numbers': [rs2]}], \
                '全角数字与全角百分号是合法写法，比率核算正确。'
        if k == 1:
            s = f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}，{t["name"]}{rs} ；{rng.choice(PN[src]["nobase"])}保持稳定。'
            return [s], [rate_check(ns, ds, rs), {'rel': 'neg', 'kind': 'space_after_percent', 'numbers': [rs]}], \
                '百分号后多一个空格再接标点，百分数本身格式正确，比率核算正确。'
        return neg_pct(rng, src, ['range', 'permille'])
    if label == 'inconsistent':
        bad = malform(rng, rs)
        s = f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}，{t["name"]}{rng.choice(["为", "达到", ""])}{bad}。'
        return [s], [{'rel': 'malformed_pct', 'literal': bad}], f'百分数写法错误：“{bad}”。'
    s = f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}，{t["name"]}{rng.choice(["为", "达到", ""])}{rs}。'
    return [s], [rate_check(ns, ds, rs)], rate_note(label, t, exact, d, r)


def p_multi_rate(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['nobase', 'overlap', 'permille'])
    t = rng.choice(RT[src])
    g = rng.randint(2, 3)
    units = []
    while len(units) < g:
        p = place(rng, rng.choice(['县', '区'] if t['dec'] else ['镇', '县', '区'])) if src != 'soe' else \
            place2(rng) + rng.choice(['分公司', '子公司'])
        if p not in units:
            units.append(p)
    rows = []
    for _ in units:
        den, num, ex, d = mk_rate(rng, t, d=None)
        rows.append([den, num, ex, d, rhu(ex, d)])
    note = '各单位比率分别核算均正确。'
    if label == 'inconsistent':
        i = rng.randrange(g)
        rows[i][4] = wrong_pct(rng, rows[i][2], rows[i][3], hi=None if t['over'] else D(100))
        note = f'{units[i]}{t["name"]}应为{fmt(rhu(rows[i][2], rows[i][3]), rows[i][3])}%。'
    lines = [f'分单位{t["name"]}情况：'] if rng.random() < 0.5 else []
    chs = []
    parts = []
    for u, (den, num, ex, d, r) in zip(units, rows):
        ds, ns, rs = fmt(den, t['dec']), fmt(num, t['dec']), pct_s(r, d)
        parts.append(f'{u}{t["den"]}{ds}{t["u"]}、{t["num"]}{ns}{t["u"]}，{t["name"]}{rs}')
        chs.append(rate_check(ns, ds, rs))
    if rng.random() < 0.5:
        lines += [p + '；' for p in parts]
    else:
        lines.append('；'.join(parts) + '。')
    return lines, chs, note


def p_share_larger(rng, src, label):
    if label == 'negative':
        t = rng.choice(CT[src])
        n = NR(t, pick_fm(rng, t))
        v = unif(rng, t['rng'][0], t['rng'][1], t['dec'])
        sh = q(D(repr(rng.uniform(3, 45))), 1)
        s = f'{owner(rng, src)}{lead(rng, t, n.su(v))}，占全{rng.choice(["省", "市"])}的{pct_s(sh, 1)}。'
        return [s], [{'rel': 'neg', 'kind': 'pct_without_base', 'numbers': [pct_s(sh, 1)]}], '“占全省（市）”的分母未给出，无从核算。'
    t = rng.choice(CT[src])
    n = NR(t, pick_fm(rng, t))
    for _ in range(200):
        big = unif(rng, t['rng'][0] * 3, t['rng'][1] * 6, t['dec'])
        v = q(big * D(repr(rng.uniform(.05, .45))), t['dec'])
        d = rng.choice([1, 1, 2])
        ex = v / big * 100
        if v > 0 and not is_tie(ex, d):
            break
    r = rate_value(rng, ex, d, label, hi=D(100))
    sc = rng.choice(['集团', '全集团'] if src == 'soe' else ['全市', '全省'])
    o = place(rng, rng.choice(['县', '区'])) if src != 'soe' else place2(rng) + rng.choice(['分公司', '子公司'])
    rs = pct_s(r, d)
    if rng.random() < 0.5:
        s = f'{o}{lead(rng, t, n.su(v))}，占{sc}（{n.su(big)}）的{rs}。'
    else:
        s = f'{sc}{lead(rng, t, n.su(big))}，其中{o}{n.su(v)}，占{rs}。'
    note = '占比按本级/上级总量核算正确。' if label == 'consistent' else f'占比应为{fmt(rhu(ex, d), d)}%。'
    return [s], [rate_check(n.s(v), n.s(big), rs)], note


def p_fw_cn(rng, src, label):
    cands = [x for x in RT[src] if x['dec'] == 0] or RT[src]
    t = rng.choice(cands)
    mode = rng.choice(['fw', 'cn', 'fw']) if t['dec'] == 0 else 'fw'
    if label == 'negative':
        return neg_pct(rng, src, ['nobase', 'overlap', 'unstated'])
    for _ in range(100):
        if mode == 'cn':
            t2 = dict(t, dr=(min(t['dr'][0], 50), min(t['dr'][1], 3000)))
        else:
            t2 = t
        den, num, exact, d = mk_rate(rng, t2)
        break
    r = rate_value(rng, exact, d, label, hi=None if t['over'] else D(100))
    ds, ns = fmt(den, t['dec'], mode), fmt(num, t['dec'], mode)
    rs = fmt(r, d, 'fw') + rng.choice(['％', '%']) if mode == 'fw' else pct_s(r, d, rng.choice(['％', '%']))
    o = owner(rng, src)
    s = rng.choice([f'{o}{t["den"]}{ds}{t["u"]}，{t["num"]}{ns}{t["u"]}，{t["name"]}{rs}。',
                    f'{o}{t["num"]}{ns}{t["u"]}，占{t["den"]}（{ds}{t["u"]}）的{rs}。'])
    return [s], [rate_check(ns, ds, rs)], rate_note(label, t, exact, d, r)


def p_growth_table(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['g100', 'ppnb', 'overlap'])
    k = rng.randint(2, min(4, len(CT[src])))
    ts = rng.sample(CT[src], k)
    y = rng.randint(2019, 2024)
    sep = rng.choice(SEPS)
    lines = [f'指标{sep}{y}年{sep}{y - 1}年{sep}增长（%）']
    rows = []
    for t in ts:
        prev, cur, ex, d = mk_growth(rng, t)
        rows.append([t, prev, cur, ex, d, rhu(ex, d)])
    note = '表中各项增长率按两年数值核算正确。'
    if label == 'inconsistent':
        i = rng.randrange(k)
        t, prev, cur, ex, d, _ = rows[i]
        w = wrong_pct(rng, abs(ex), d)
        rows[i][5] = w if ex > 0 else -w
        if rng.random() < 0.25 and abs(ex) >= 1:
            rows[i][5] = -rhu(ex, d)
            note = f'“{t["W"]}”增长率符号写反。'
        else:
            note = f'“{t["W"]}”增长率应为{fmt(rhu(ex, d), d)}。'
    chs = []
    for t, prev, cur, ex, d, r in rows:
        n = NR(t)
        rs = fmt(r, d) if r > 0 else '-' + fmt(-r, d)
        lines.append(f'{t["W"]}（{n.u()}）{sep}{n.s(cur)}{sep}{n.s(prev)}{sep}{rs}')
        chs.append({'rel': 'growth', 'prev': n.s(prev), 'cur': n.s(cur), 'rate': rs, 'dir': 'signed'})
    return lines, chs, note


def p_pp_growth(rng, src, label):
    if label == 'negative':
        return neg_pct(rng, src, ['ppnb', 'g100'])
    t = rng.choice(CT[src])
    n = NR(t, pick_fm(rng, t))
    prev, cur, ex, d = mk_growth(rng, t)
    rt = rng.choice(RT[src])
    r1, r2, delta, up2, d2 = mk_pp(rng, rt)
    gval, gup = abs(rhu(ex, d)), ex > 0
    sd = delta
    note = '增长率与百分点变化均核算正确。'
    if label == 'inconsistent':
        if rng.random() < 0.5:
            gval, gup, why = growth_wrong(rng, ex, d)
            note = why + '。'
        else:
            sd = wrong_pct(rng, delta, d2)
            note = f'{rt["name"]}变化应为{fmt(delta, d2)}个百分点。'
    gs = pct_s(gval, d)
    o = owner(rng, src)
    s1 = f'{o}{t["W"]}由上年的{n.su(prev)}{"增至" if cur > prev else "降至"}{n.su(cur)}，{"增长" if gup else "下降"}{gs}'
    s2 = f'{rt["name"]}由{pct_s(r1, d2)}{"提高到" if up2 else "下降到"}{pct_s(r2, d2)}，{"提高" if up2 else "下降"}{fmt(sd, d2)}个百分点'
    lines = [s1 + '；' + s2 + '。'] if rng.random() < 0.6 else [s1 + '。', s2 + '。']
    ch = [{'rel': 'growth', 'prev': n.s(prev), 'cur': n.s(cur), 'rate': gs, 'dir': 'up' if gup else 'down'},
          {'rel': 'pp', 'prev': pct_s(r1, d2), 'cur': pct_s(r2, d2), 'diff': fmt(sd, d2), 'dir': 'up' if up2 else 'down'}]
    return lines, ch, note


# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------
ALL = ['party', 'energy', 'livestock', 'sports', 'soe']


def fmt_style(base_funcs, fms):
    def f(rng, src, label):
        g = rng.choice(base_funcs)
        return g(rng, src, label, fm=rng.choice(fms))
    return f


TOTALS = [
    ('qizhong', c_qizhong, ALL),
    ('heji_after', c_heji_after, ALL),
    ('fenbiewei', c_fenbiewei, ['party', 'energy', 'livestock', 'soe']),
    ('bracket_parts', c_bracket, ['party', 'energy', 'sports', 'soe']),
    ('lines_under_header', c_lines, ['party', 'energy', 'livestock', 'sports']),
    ('table_total_first', c_table_first, ALL),
    ('table_total_last', c_table_last, ALL),
    ('table_two_years', c_table_two_years, ['energy', 'livestock', 'soe']),
    ('numbered_items', c_numbered, ALL),
    ('named_list_count', c_named, ALL),
    ('balance', c_balance, ALL),
    ('from_to', c_from_to, ['party', 'energy', 'sports', 'soe']),
    ('same_period_diff', c_same_period, ['energy', 'livestock', 'sports', 'soe']),
    ('subtotal_grand', c_subtotal, ['party', 'livestock', 'sports']),
    ('quarters_year', c_quarters, ['energy', 'livestock', 'soe']),
    ('separate_sentences', c_sentences, ['party', 'livestock', 'sports', 'soe']),
    ('gender_split', c_gender, ['party', 'sports', 'soe']),
    ('wan_yi_mix', c_wanyi, ['energy', 'soe', 'livestock']),
    ('cn_numerals', fmt_style([c_qizhong, c_heji_after, c_bracket, c_sentences], ['cn']), ['party', 'sports', 'soe']),
    ('fullwidth_digits', fmt_style([c_qizhong, c_fenbiewei, c_lines, c_table_last], ['fw']), ['energy', 'livestock', 'party']),
    ('thousands_sep', fmt_style([c_qizhong, c_heji_after, c_table_first, c_sentences],
                                ['comma', 'comma', 'fwcomma', 'space']), ['party', 'sports', 'soe']),
]

PCT = [
    ('rate_after', p_rate_after, ALL),
    ('rate_before', p_rate_before, ALL),
    ('rate_bracket', p_rate_bracket, ALL),
    ('two_rates_two_bases', p_two_bases, ALL),
    ('pass_fail', p_pass_fail, ALL),
    ('target_completion', p_completion, ALL),
    ('per_capita', p_per_capita, ALL),
    ('shares_100', p_shares100, ALL),
    ('pp_both_rates', p_pp, ALL),
    ('growth_two_years', p_growth, ALL),
    ('same_period_growth', p_same_period_growth, ALL),
    ('table_share_col', p_table_share, ALL),
    ('malformed_pct', p_malformed, ALL),
    ('multi_unit_rates', p_multi_rate, ALL),
    ('share_of_larger', p_share_larger, ALL),
    ('fullwidth_cn_rate', p_fw_cn, ['party', 'livestock', 'sports']),
    ('growth_table', p_growth_table, ['energy', 'livestock', 'sports', 'soe']),
    ('pp_and_growth', p_pp_growth, ['party', 'energy', 'sports', 'soe']),
]

MALFORMABLE = {'rate_after', 'rate_before', 'rate_bracket', 'two_rates_two_bases', 'target_completion',
               'multi_unit_rates', 'share_of_larger', 'pass_fail'}


def styles():
    out = []
    for fam, table in (('totals', TOTALS), ('pct', PCT)):
        for cons, func, srcs in table:
            for src in srcs:
                out.append((f'{cons}_{src}', fam, cons, func, src))
    return out


def inject_malformed(rng, lines, checks):
    text = '\n'.join(lines)
    idx = [i for i, c in enumerate(checks) if c['rel'] == 'rate' and text.count(c['rate']) == 1
           and re.fullmatch(r'\d+(\.\d+)?%', c['rate'])]
    if not idx:
        return None
    i = rng.choice(idx)
    lit = checks[i]['rate']
    bad = malform(rng, lit)
    if text.count(bad) or bad == lit:
        return None
    lines = [ln.replace(lit, bad) for ln in lines]
    checks = list(checks)
    checks[i] = {'rel': 'malformed_pct', 'literal': bad}
    return lines, checks, f'百分数写法错误：“{bad}”（数值本身可核）。'


def generate(seed):
    recs = []
    seen = set()
    for style, fam, cons, func, src in styles():
        rng = random.Random(f'numbers41|seed={seed}|style={style}')
        n = rng.randint(15, 20)
        nc = round(n * 0.4)
        ni = round(n * 0.4)
        labels = ['consistent'] * nc + ['inconsistent'] * ni + ['negative'] * (n - nc - ni)
        rng.shuffle(labels)
        for label in labels:
            for attempt in range(200):
                if fam == 'pct' and label == 'inconsistent' and cons in MALFORMABLE and rng.random() < 0.13:
                    lines, checks, note = func(rng, src, 'consistent')
                    r = inject_malformed(rng, lines, checks)
                    if r is None:
                        continue
                    lines, checks, note = r
                else:
                    lines, checks, note = func(rng, src, label)
                lines = wrap(rng, src, lines)
                text = '\n'.join(lines)
                if text in seen:
                    continue
                rec = {'id': '', 'family': fam, 'style': style, 'label': label, 'text': text, 'note': note,
                       'checks': checks}
                derived, errs = verify_record(rec)
                if errs or derived != label:
                    continue
                seen.add(text)
                recs.append(rec)
                break
            else:
                raise RuntimeError(f'could not generate {style} {label}: {errs} {derived}')
    for i, r in enumerate(recs):
        r['id'] = f'n41-s{seed}-{i + 1:05d}'
    return recs


# ---------------------------------------------------------------------------
# independent verifier: own parser, Decimal, ROUND_HALF_UP
# ---------------------------------------------------------------------------
V_FW = str.maketrans('０１２３４５６７８９．，－％', '0123456789.,-%')
V_CNV = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
V_CNU = {'十': 10, '百': 100, '千': 1000}
V_MULT = {None: D(1), '': D(1), '万': D(10000), '亿': D(100000000), '万亿': D(10) ** 12}


def v_parse_cn(s):
    total = 0
    section = 0
    num = 0
    for ch in s:
        if ch in V_CNV:
            num = V_CNV[ch]
        elif ch in V_CNU:
            section += (num if num else 1) * V_CNU[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section = num = 0
        elif ch == '亿':
            total = (total + section + num) * 100000000
            section = num = 0
        else:
            raise ValueError(s)
    return total + section + num


def v_norm(s):
    t = s.strip().translate(V_FW).replace('−', '-')
    t = re.sub(r'(?<=\d)[, \u3000](?=\d{3}(?!\d))', '', t)
    t = re.sub(r'(?<=\d)[, \u3000](?=\d{3}[^\d])', '', t)
    return t


def v_num(s):
    """returns (value, unit_of_last_digit)"""
    t = v_norm(s)
    neg = t.startswith('-')
    if neg:
        t = t[1:]
    m = re.fullmatch(r'(\d+)(?:\.(\d+))?(万亿|亿|万)?%?', t)
    if m:
        mult = V_MULT[m.group(3)]
        dec = len(m.group(2) or '')
        v = D(m.group(1) + ('.' + m.group(2) if m.group(2) else '')) * mult
        unit = D(1).scaleb(-dec) * mult
    elif re.fullmatch('[零〇一二两三四五六七八九十百千万亿]+', t):
        v = D(v_parse_cn(t))
        unit = D(1)
    else:
        raise ValueError(f'unparsable number {s!r}')
    return (-v if neg else v), unit


def v_dec(s):
    t = v_norm(s)
    m = re.search(r'\.(\d+)', t)
    return len(m.group(1)) if m else 0


def v_round(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def v_tie(x, d):
    y = abs(x) * (D(10) ** d)
    return y - int(y) == D('0.5')


LOOKALIKE_KINDS = {'partial_list', 'approx_total', 'overlapping_subsets', 'cumulative_vs_new', 'single_subset'}
WELL_FORMED_PCT = re.compile(r'-?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]')


def v_pct(s, need_sign=True):
    if need_sign and not WELL_FORMED_PCT.fullmatch(s):
        raise ValueError(f'not a well-formed percentage {s!r}')
    t = v_norm(s).rstrip('%')
    v, _ = v_num(t)
    return v, v_dec(t)


def numbers_of(c):
    r = c['rel']
    if r == 'sum':
        return c['parts'] + [c['total']]
    if r == 'balance':
        return [c['start'], c['end']] + c['plus'] + c['minus']
    if r == 'count_items':
        return [c['count']] + c['items']
    if r == 'count_names':
        return [c['count']] + c['names']
    if r == 'rate':
        return [c['num'], c['den'], c['rate']]
    if r == 'per':
        return [c['total'], c['count'], c['per']]
    if r == 'growth':
        return [c['prev'], c['cur'], c['rate']]
    if r == 'pp':
        return [c['prev'], c['cur'], c['diff']]
    if r == 'share_sum':
        return c['shares'] + ([c['total']] if 'total' in c else [])
    if r == 'malformed_pct':
        return [c['literal']]
    if r == 'neg':
        return c['numbers'] + ([c['marker']] if 'marker' in c else []) + c.get('names', [])
    raise ValueError(f'unknown rel {r}')


def eval_check(c):
    """returns (status, error) with status 'holds' | 'fails' | 'neg'"""
    r = c['rel']
    pmin = lambda d: max(2 * D(1).scaleb(-d), D('0.3'))  # noqa: E731
    if r in ('sum', 'balance'):
        if r == 'sum':
            vals = [v_num(x) for x in c['parts']]
            tot = v_num(c['total'])
            lhs = sum(v for v, _ in vals)
            rhs = tot[0]
            units = [u for _, u in vals] + [tot[1]]
        else:
            st, en = v_num(c['start']), v_num(c['end'])
            pl = [v_num(x) for x in c['plus']]
            mi = [v_num(x) for x in c['minus']]
            lhs = st[0] + sum(v for v, _ in pl) - sum(v for v, _ in mi)
            rhs = en[0]
            units = [st[1], en[1]] + [u for _, u in pl + mi]
        if lhs == rhs:
            return 'holds', None
        if abs(lhs - rhs) < 2 * max(units):
            return 'fails', f'{r}: difference {lhs - rhs} is within rounding of the coarsest number'
        return 'fails', None
    if r in ('count_items', 'count_names'):
        n, _ = v_num(c['count'])
        k = len(c['items'] if r == 'count_items' else c['names'])
        if len(set(c['items'] if r == 'count_items' else c['names'])) != k:
            return 'fails', 'duplicate items'
        return ('holds' if n == k else 'fails'), None
    if r == 'rate':
        num, _ = v_num(c['num'])
        den, _ = v_num(c['den'])
        rv, d = v_pct(c['rate'], need_sign=not c.get('pct_in_header'))
        ex = num / den * 100
        if v_tie(ex, d):
            return 'fails', 'exact .5 tie'
        if v_round(ex, d) == rv:
            return 'holds', None
        if abs(rv - ex) < pmin(d):
            return 'fails', f'wrong rate too close ({rv} vs {ex})'
        return 'fails', None
    if r == 'per':
        tot, _ = v_num(c['total'])
        cnt, _ = v_num(c['count'])
        pv, _ = v_num(c['per'])
        d = v_dec(c['per'])
        ex = tot / cnt * D(c.get('factor', '1'))
        if v_tie(ex, d):
            return 'fails', 'exact .5 tie'
        if v_round(ex, d) == pv:
            return 'holds', None
        if abs(pv - ex) < 2 * D(1).scaleb(-d):
            return 'fails', 'wrong per-capita value too close'
        return 'fails', None
    if r == 'growth':
        pv, _ = v_num(c['prev'])
        cv, _ = v_num(c['cur'])
        if c['dir'] == 'signed':
            gv, d = v_pct(c['rate'], need_sign=False)
        else:
            gv, d = v_pct(c['rate'])
            if c['dir'] == 'down':
                gv = -gv
            elif c['dir'] != 'up':
                return 'fails', 'bad dir'
        ex = (cv - pv) / pv * 100
        if v_tie(ex, d):
            return 'fails', 'exact .5 tie'
        if v_round(ex, d) == gv:
            return 'holds', None
        if abs(gv - ex) < pmin(d):
            return 'fails', 'wrong growth too close'
        return 'fails', None
    if r == 'pp':
        a, _ = v_pct(c['prev'])
        b, _ = v_pct(c['cur'])
        dv, _ = v_num(c['diff'])
        d = v_dec(c['diff'])
        if c['dir'] == 'down':
            dv = -dv
        ex = b - a
        if ex == dv:
            return 'holds', None
        if abs(ex - dv) < pmin(d):
            return 'fails', 'wrong pp too close'
        return 'fails', None
    if r == 'share_sum':
        vals = [v_pct(x) for x in c['shares']]
        tot = v_pct(c['total'])[0] if 'total' in c else D(c.get('expect', '100'))
        s = sum(v for v, _ in vals)
        d = max(dd for _, dd in vals)
        if s == tot:
            return 'holds', None
        if abs(s - tot) < pmin(d):
            return 'fails', 'share sum off by too little'
        return 'fails', None
    if r == 'malformed_pct':
        if WELL_FORMED_PCT.fullmatch(c['literal']):
            return 'fails', 'literal is well-formed'
        return 'fails', None
    if r == 'neg':
        if not c.get('kind'):
            return 'neg', 'neg without kind'
        if c['kind'] in LOOKALIKE_KINDS and len(c['numbers']) >= 2:
            # a real look-alike: the naive reading (first number = sum of the others) must NOT hold
            first = v_num(c['numbers'][0])[0]
            rest = sum(v_num(x)[0] for x in c['numbers'][1:])
            if first == rest:
                return 'neg', f'look-alike {c["kind"]} actually adds up'
        return 'neg', None
    return 'fails', f'unknown rel {r}'


def verify_record(rec):
    errs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            errs.append(f'missing {k}')
    if errs:
        return None, errs
    if rec['family'] not in ('totals', 'pct'):
        errs.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        errs.append('bad label')
    if not re.fullmatch(r'[a-z][a-z0-9_]*', rec['style']):
        errs.append('style not snake_case')
    if '\n' in rec['note'] or not rec['note'].strip():
        errs.append('note must be one line')
    nl = len(rec['text'].split('\n'))
    if not 1 <= nl <= 8:
        errs.append(f'{nl} lines')
    if not rec['checks']:
        errs.append('no checks')
    fails = 0
    negs = 0
    real = 0
    for c in rec['checks']:
        try:
            for x in numbers_of(c):
                if not isinstance(x, str) or x not in rec['text']:
                    errs.append(f'{c["rel"]}: {x!r} not in text')
            st, e = eval_check(c)
        except Exception as ex:  # noqa: BLE001
            errs.append(f'{c.get("rel")}: {ex}')
            continue
        if e:
            errs.append(e)
        if st == 'fails':
            fails += 1
        elif st == 'neg':
            negs += 1
        if c['rel'] != 'neg':
            real += 1
    if fails > 1:
        errs.append(f'{fails} failing relations (exactly one allowed)')
        return 'inconsistent', errs
    if fails == 1:
        return 'inconsistent', errs
    if negs:
        return 'negative', errs
    if not real:
        errs.append('consistent record without a checkable relation')
    return 'consistent', errs


def verify_files(paths):
    bad = 0
    total = 0
    cnt = Counter()
    for p in paths:
        ids = set()
        with open(p, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                total += 1
                try:
                    rec = json.loads(line)
                except Exception as ex:  # noqa: BLE001
                    print(f'{p}:{ln}: bad json {ex}')
                    bad += 1
                    continue
                derived, errs = verify_record(rec)
                if rec.get('id') in ids:
                    errs.append('duplicate id')
                ids.add(rec.get('id'))
                if derived != rec.get('label'):
                    errs.append(f'label {rec.get("label")} but checks give {derived}')
                if errs:
                    bad += 1
                    print(f'{p}:{ln} {rec.get("id")}: ' + '; '.join(errs))
                cnt[(p, rec.get('family'), rec.get('label'))] += 1
    for k in sorted(cnt):
        print(f'{k[0]}  {k[1]:7s} {k[2]:13s} {cnt[k]}')
    print(f'checked {total} records, {bad} with problems')
    return 0 if bad == 0 and total > 0 else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required (or --verify FILES)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    c = Counter((r['family'], r['label']) for r in recs)
    print(f'wrote {len(recs)} records to {a.out}; styles={len(styles())}; ' +
          ', '.join(f'{f}/{l}={n}' for (f, l), n in sorted(c.items())))


if __name__ == '__main__':
    main()
