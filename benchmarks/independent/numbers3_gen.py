#!/usr/bin/env python3
"""numbers3_gen.py -- independent labelled test collection for checking the
arithmetic of Chinese government work reports (totals and percentages).

Standard library only, deterministic for a given --seed.

    python3 numbers3_gen.py --seed 5 --out numbers3.jsonl

Every record is produced by a style function that returns the paragraph text
and a list of machine-readable "checks" naming the exact number strings that
appear in the text.  An independent evaluator (bottom half of this file)
re-parses those strings *from the text* (ASCII / full-width digits, Chinese
numerals, 万/亿 multipliers, %, ‰, 成, X分之Y, 百分之X), recomputes the
arithmetic with fractions.Fraction, and decides the label.  A record is only
emitted when the computed label equals the intended one; borderline cases are
discarded.
"""
import argparse
import json
import random
import re
from fractions import Fraction as F

# ----------------------------------------------------------------------------
# numerals and formatting
# ----------------------------------------------------------------------------
FW_TAB = str.maketrans('０１２３４５６７８９．％，', '0123456789.%,')
CN_D = '零一二三四五六七八九'
CN_DIGITS = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
             '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def to_fw(s, dot=True):
    tab = '0123456789%' + ('.' if dot else '')
    fw = '０１２３４５６７８９％' + ('．' if dot else '')
    return s.translate(str.maketrans(tab, fw))


def int2cn(n):
    if n == 0:
        return '零'

    def four(x):
        s = ''
        zero = False
        for i, u in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d = x // i % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += CN_D[d] + u
        return s
    if n < 10000:
        s = four(n)
    else:
        hi, lo = divmod(n, 10000)
        s = four(hi) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += four(lo)
    if s.startswith('一十'):
        s = s[1:]
    return s


def cn2int(s):
    total = sec = num = 0
    for ch in s:
        if ch in CN_DIGITS:
            num = CN_DIGITS[ch]
        elif ch in '十百千':
            u = {'十': 10, '百': 100, '千': 1000}[ch]
            if num == 0 and ch == '十':
                num = 1
            sec += num * u
            num = 0
        elif ch == '万':
            total = (sec + num) * 10000
            sec = num = 0
    return total + sec + num


def fs(n, dec=0):
    """format scaled int n with dec decimals"""
    if dec == 0:
        return str(n)
    neg = n < 0
    s = str(abs(n)).rjust(dec + 1, '0')
    return ('-' if neg else '') + s[:-dec] + '.' + s[-dec:]


def comma(s):
    if '.' in s:
        a, b = s.split('.')
    else:
        a, b = s, None
    out = ''
    while len(a) > 3:
        out = ',' + a[-3:] + out
        a = a[:-3]
    out = a + out
    return out + ('.' + b if b is not None else '')


def pct(ratio, dec=2, mode='round'):
    """ratio (Fraction) -> percent string without the % sign"""
    x = ratio * 100 * 10 ** dec
    n = (x.numerator // x.denominator) if mode == 'trunc' else int((x + F(1, 2)).__floor__())
    return fs(n, dec)


def permille(ratio, dec=2):
    x = ratio * 1000 * 10 ** dec
    return fs(int((x + F(1, 2)).__floor__()), dec)


# ----------------------------------------------------------------------------
# corruption helpers (realistic typos)
# ----------------------------------------------------------------------------
def typo(r, s):
    """digit-level typo on an ASCII number string (keeps '.')"""
    for _ in range(40):
        pos = [i for i, c in enumerate(s) if c.isdigit()]
        mode = r.choice(['swap', 'swap', 'drop', 'change', 'change', 'dup', 'delta'])
        t = s
        if mode == 'swap':
            cand = [i for i in pos if i + 1 in pos and s[i] != s[i + 1]]
            if not cand:
                continue
            i = r.choice(cand)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif mode == 'drop':
            if len(pos) < 3:
                continue
            i = r.choice(pos)
            t = s[:i] + s[i + 1:]
        elif mode == 'change':
            i = r.choice(pos)
            t = s[:i] + str((int(s[i]) + r.choice([1, 2, 3, 7, 8, 9])) % 10) + s[i + 1:]
        elif mode == 'dup':
            i = r.choice(pos)
            t = s[:i] + s[i] + s[i:]
        else:
            dec = len(s.split('.')[1]) if '.' in s else 0
            n = int(s.replace('.', ''))
            k = r.randint(0, max(0, len(str(n)) - 2))
            n2 = n + r.choice([-1, 1]) * r.randint(1, 9) * 10 ** k
            if n2 <= 0:
                continue
            t = fs(n2, dec)
        if t == s or not t or t.startswith('.') or t.endswith('.'):
            continue
        if t[0] == '0' and not t.startswith('0.'):
            continue
        if '.' in s and '.' not in t:
            continue
        return t
    return s


def corrupt(r, parts, whole, p_whole=0.45):
    parts = list(parts)
    if r.random() < p_whole:
        whole = typo(r, whole)
    else:
        i = r.randrange(len(parts))
        parts[i] = typo(r, parts[i])
    return parts, whole


# ----------------------------------------------------------------------------
# vocabulary (all invented)
# ----------------------------------------------------------------------------
TOWNS = ['青禾镇', '石岭乡', '柳溪街道', '东湾镇', '白沙乡', '望川镇', '南屿街道', '溪口镇', '枫林乡',
         '临泽镇', '安澜街道', '鹤鸣镇', '松坪乡', '云渡镇', '嘉禾街道', '栖霞岭乡', '桐荫镇', '芦湾乡',
         '金沙街道', '雁北镇', '玉泉镇', '长汀乡', '翠屏街道', '苇塘镇']
VILLAGES = ['梅坪村', '云塘村', '桂岗社区', '金桥社区', '杏林村', '新埠社区', '竹园村', '下洋村',
            '荷塘社区', '石门村', '双溪村', '马鞍村', '银杏社区', '黄泥湾村', '樟树坪村', '望湖社区']
COUNTY = ['清川县', '禾丰县', '岚山区', '青崖县', '澄江区', '秀溪县']
TIME = ['今年以来', '2023年', '全年', '截至10月底', '1—11月', '上半年', '过去一年', '本年度', '截至目前',
        '前三季度', '2022年', '一年来']
SUBJ = ['全县', '全区', '全镇', '我街道', '全乡', '全市', '我局', '我中心', '县市场监管局', '区人社局']
SUBJ_AREA = ['全县', '全区', '全镇', '全乡', '全市', '全街道']

# theme: act, unit, dec, (lo, hi), categories (disjoint), noun, measure-only-ok
THEMES = [
    ('排查整治安全隐患', '处', 0, (40, 900), ['消防隐患', '燃气隐患', '道路交通隐患', '建筑施工隐患', '危化品隐患', '特种设备隐患'], '隐患'),
    ('受理群众来信来访', '件', 0, (30, 2400), ['来信', '来访', '网上信访', '热线转办件', '领导信箱留言'], '信访事项'),
    ('新增市场主体', '户', 0, (60, 3000), ['企业', '个体工商户', '农民专业合作社', '家庭农场'], '市场主体'),
    ('实施重点项目', '个', 0, (4, 60), ['工业项目', '基础设施项目', '社会事业项目', '生态环保项目', '现代农业项目', '城市更新项目'], '项目'),
    ('开展职业技能培训', '人次', 0, (100, 6000), ['电工培训', '育婴员培训', '电商直播培训', '中式烹调培训', '农机操作培训', '养老护理培训'], '培训'),
    ('建成农村公路', '公里', 1, (5, 300), ['县道', '乡道', '村道', '产业路', '旅游公路'], '公路'),
    ('完成营造林', '亩', 0, (300, 20000), ['人工造林', '封山育林', '退化林修复', '森林抚育', '村庄绿化'], '营造林'),
    ('发放各类惠农补贴', '万元', 2, (10, 3000), ['耕地地力保护补贴', '农机购置补贴', '稻谷目标价格补贴', '种粮农民一次性补贴', '生态护林员补助'], '补贴资金'),
    ('新增城镇就业', '人', 0, (100, 9000), ['工业企业吸纳', '服务业吸纳', '公益性岗位安置', '灵活就业'], '新增就业人员'),
    ('改造农村危房', '户', 0, (20, 800), ['C级危房', 'D级危房', '无房户新建'], '危房改造'),
    ('新建改扩建学校', '所', 0, (3, 40), ['幼儿园', '小学', '初中', '高中'], '学校'),
    ('查处各类违法案件', '起', 0, (10, 600), ['食品安全案件', '药品案件', '价格违法案件', '商标侵权案件', '无证无照经营案件', '计量违法案件'], '案件'),
    ('完成固定资产投资', '万元', 0, (5000, 90000), ['工业项目', '基础设施项目', '社会民生项目', '农业农村项目'], '投资'),
    ('完成农村户厕改造', '座', 0, (100, 5000), ['三格式化粪池户厕', '双瓮式户厕', '完整下水道水冲式户厕'], '户厕'),
    ('新增停车泊位', '个', 0, (200, 6000), ['公共停车场泊位', '路内泊位', '小区共享泊位', '机关单位开放泊位'], '泊位'),
    ('调解矛盾纠纷', '件', 0, (50, 1800), ['婚姻家庭纠纷', '邻里纠纷', '土地权属纠纷', '劳资纠纷', '物业纠纷'], '纠纷'),
    ('举办文化惠民活动', '场', 0, (20, 600), ['送戏下乡', '公益电影放映', '非遗展演', '全民阅读活动', '群众文艺汇演'], '活动'),
    ('清运生活垃圾', '吨', 1, (500, 40000), ['城区', '集镇', '农村'], '垃圾'),
    ('发放创业担保贷款', '万元', 0, (300, 20000), ['个人创业贷款', '小微企业贷款', '农村电商贷款'], '贷款'),
    ('改造老旧小区', '个', 0, (5, 90), ['单位宿舍小区', '商品房小区', '安置小区', '城中村小区'], '小区'),
    ('新建改造供水管网', '公里', 2, (3, 120), ['主管网', '支管网', '入户管网'], '管网'),
]


def theme(r, unit_ok=None, min_cats=2):
    for _ in range(100):
        t = r.choice(THEMES)
        if len(t[4]) >= min_cats and (unit_ok is None or unit_ok(t)):
            return t
    return THEMES[0]


def gen_parts(r, th, k, lab, p_whole=0.45):
    act, unit, dec, (lo, hi), cats, noun = th
    sc = 10 ** dec
    parts = [r.randint(max(1, lo * sc // k), max(2, hi * sc // k)) for _ in range(k)]
    ps = [fs(p, dec) for p in parts]
    ws = fs(sum(parts), dec)
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws, p_whole)
    return ps, ws


def chk_sum(parts, whole):
    return {'op': 'sum', 'parts': list(parts), 'whole': whole}


def neg(kind, **kw):
    d = {'op': 'neg', 'kind': kind}
    d.update(kw)
    return d


STYLES = []


def style(name, family, labels):
    def deco(f):
        STYLES.append((name, family, tuple(labels), f))
        return f
    return deco


CI = ('consistent', 'inconsistent')

# ============================================================================
# TOTALS styles
# ============================================================================


@style('gong_qizhong', 'totals', CI)
def t_gong_qizhong(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    lead = r.choice(['共', '共计', '累计', '总计'])
    items = '、'.join(c + p + u for c, p in zip(cats, ps))
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{lead}{th[0]}{ws}{u}，其中{items}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('heji_fenbiewei', 'totals', CI)
def t_heji_fenbie(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    text = (f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}{th[0]}合计{ws}{u}，{'、'.join(cats)}"
            f"分别为{'、'.join(p + u for p in ps)}。")
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('parts_before_whole', 'totals', CI)
def t_parts_first(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    verb = th[0]
    end = r.choice(['，共计{}', '，合计{}', '，总计{}', '，累计{}', '，共{}'])
    items = '、'.join(c + p + u for c, p in zip(cats, ps))
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{verb}：{items}" + end.format(ws + u) + '。'
    return text, [chk_sum([p + u for p in ps], ws + u)]


FILLERS = ['同时，持续加强常态化督导，确保各项措施落地见效', '全年投入专项资金{}万元，较上年有所增加',
           '相关工作经验被市级部门转发推广', '此项工作已连续多年列入民生实事', '工作中坚持问题导向、目标导向、结果导向相结合',
           '各责任单位按月报送进度，实行清单化管理']


def filler(r):
    f = r.choice(FILLERS)
    if '{}' in f:
        f = f.format(r.randint(3, 900))
    return f


@style('whole_then_next_sentence', 'totals', CI)
def t_next_sentence(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    sep = r.choice(['其中，', '从类别看，', '按类型分，', '具体来看，'])
    items = '，'.join(c + p + u for c, p in zip(cats, ps))
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}共{th[0]}{ws}{u}。{sep}{items}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('parts_two_sentences_later', 'totals', CI)
def t_two_later(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(3, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    items = '、'.join(c + p + u for c, p in zip(cats, ps))
    text = (f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}累计{th[0]}{ws}{u}。{filler(r)}。"
            f"上述{th[5]}中，{items}。")
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('numbered_list', 'totals', CI)
def t_numbered(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(3, min(5, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    mk = r.choice([lambda i: f"（{CN_D[i + 1]}）", lambda i: f"{i + 1}.", lambda i: f"（{i + 1}）", lambda i: '①②③④⑤'[i]])
    items = '；'.join(mk(i) + c + p + u for i, (c, p) in enumerate(zip(cats, ps)))
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}共{th[0]}{ws}{u}，具体如下：{items}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('yishi_ershi', 'totals', CI)
def t_yishi(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    fm = r.choice(['{n}是{c}，共{p}{u}', '{n}是{c}{p}{u}', '{n}是抓好{c}，计{p}{u}'])
    items = '；'.join(fm.format(n='一二三四'[i], c=c, p=p, u=u) for i, (c, p) in enumerate(zip(cats, ps)))
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{th[0]}{ws}{u}。{items}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('flat_colon_table', 'totals', CI)
def t_flat_colon(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    tot = r.choice(['合计', '小计', '总计'])
    items = '；'.join(f"{c}：{p}{u}" for c, p in zip(cats, ps))
    text = f"{th[0]}情况——{items}；{tot}：{ws}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('flat_table_row', 'totals', CI)
def t_flat_table(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    tot = r.choice(['合计', '总计'])
    if r.random() < 0.5:
        row = ' '.join(f"{c} {p}" for c, p in zip(cats, ps)) + f" {tot} {ws}"
        text = f"表1 {th[5]}分类统计（单位：{u}） 类别 数量 {row}"
    else:
        row = ' '.join(f"{p}" for p in ps) + f" {ws}"
        text = f"{th[5]}统计（单位：{u}）：{' '.join(cats)} {tot} —— {row}"
    return text, [chk_sum(ps, ws)]


@style('mixed_yi_wan', 'totals', CI)
def t_mixed_yiwan(r, lab):
    # amounts in multiples of 100万 so that the 亿 form with 2 decimals is exact
    srcs = r.sample(['中央预算内资金', '省级专项资金', '地方政府专项债券', '县级财政配套', '社会资本', '银行贷款'], r.randint(2, 4))
    vals = [r.randint(3, 250) * 100 for _ in srcs]  # 万元
    tot = sum(vals)
    ws = fs(tot // 100, 2)  # 亿元, exact
    pstr = []
    for v in vals:
        if v >= 10000 and r.random() < 0.6:
            pstr.append(fs(v // 100, 2).rstrip('0').rstrip('.') + '亿元')
        else:
            pstr.append(str(v) + '万元')
    wst = ws + '亿元'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            wst = typo(r, ws) + '亿元'
        else:
            i = r.randrange(len(pstr))
            num = re.match(r'[0-9.]+', pstr[i]).group(0)
            pstr[i] = typo(r, num) + pstr[i][len(num):]
    proj = r.choice(['城乡供水一体化工程', '产业园区标准厂房项目', '县人民医院迁建项目', '老旧管网改造工程', '高标准农田建设项目'])
    items = '，'.join(s + p for s, p in zip(srcs, pstr))
    text = f"{proj}总投资{wst}，其中{items}。"
    return text, [chk_sum(pstr, wst)]


@style('mixed_wan_ren', 'totals', CI)
def t_mixed_wanren(r, lab):
    u = r.choice(['人次', '人'])
    k = r.randint(2, 3)
    cats = r.sample(['省外游客', '省内游客', '县内游客', '境外游客'] if u == '人次' else ['城镇居民', '农村居民', '外来务工人员'], k)
    vals = [r.randint(30, 900) * 100 for _ in range(k)]
    tot = sum(vals)
    ws = fs(tot // 100, 2)
    pst = [str(v) for v in vals]
    if lab == 'inconsistent':
        pst, ws = corrupt(r, pst, ws)
    head = '接待游客' if u == '人次' else '服务常住人口'
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{head}{ws}万{u}，其中{'、'.join(c + p + u for c, p in zip(cats, pst))}。"
    return text, [chk_sum([p + u for p in pst], ws + '万' + u)]


@style('chinese_numerals', 'totals', CI)
def t_cn(r, lab):
    th = theme(r, unit_ok=lambda t: t[2] == 0 and t[1] != '万元', min_cats=2)
    k = r.randint(2, min(3, len(th[4])))
    cats = r.sample(th[4], k)
    lo, hi = th[3]
    vals = [r.randint(max(1, lo // k), max(2, min(hi, 9000) // k)) for _ in range(k)]
    tot = sum(vals)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            tot = int(typo(r, str(tot)))
        else:
            i = r.randrange(k)
            vals[i] = int(typo(r, str(vals[i])))
    u = th[1]
    pstr = [int2cn(v) + u for v in vals]
    wst = int2cn(tot) + u
    text = f"{r.choice(SUBJ_AREA)}共{th[0]}{wst}，其中{'、'.join(c + p for c, p in zip(cats, pstr))}。"
    return text, [chk_sum(pstr, wst)]


@style('quarters', 'totals', CI)
def t_quarters(r, lab):
    th = theme(r)
    ps, ws = gen_parts(r, th, 4, lab)
    u = th[1]
    qs = ['一季度', '二季度', '三季度', '四季度'] if r.random() < 0.6 else ['第一季度', '第二季度', '第三季度', '第四季度']
    items = '，'.join(q + p + u for q, p in zip(qs, ps))
    end = r.choice(['全年累计', '全年共', '四个季度合计'])
    text = f"{r.choice(['2023年', '2022年', '去年'])}{r.choice(SUBJ_AREA)}{th[0]}进度：{items}，{end}{ws}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('months_ranges', 'totals', CI)
def t_months(r, lab):
    th = theme(r)
    k = r.choice([2, 3])
    rngs = ['1—6月', '7—12月'] if k == 2 else ['1—4月', '5—8月', '9—12月']
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    items = '；'.join(m + th[0] + p + u for m, p in zip(rngs, ps))
    text = f"分时段看，{items}。全年合计{ws}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('by_places', 'totals', CI)
def t_places(r, lab):
    th = theme(r)
    k = r.randint(3, 6)
    places = r.sample(TOWNS, k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    items = '、'.join(pl + p + u for pl, p in zip(places, ps))
    tail = r.choice(['全县合计{}', '{}个乡镇（街道）共计{}'])
    tail = tail.format(ws + u) if tail.count('{}') == 1 else tail.format(int2cn(k), ws + u)
    text = f"分乡镇看，{items}，{tail}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('fenwei_lei', 'totals', CI)
def t_fenwei(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    items = '；'.join(f"{c}{p}{u}" for c, p in zip(cats, ps))
    text = f"{r.choice(TIME)}{th[0]}{ws}{u}，按类型分为{int2cn(k)}类：{items}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('yoy_distractors_inside', 'totals', CI)
def t_yoy_inside(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(3, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    g = lambda: f"{r.choice(['同比增长', '增长', '同比下降', '较上年增加'])}{r.randint(1, 60)}.{r.randint(0, 9)}%"
    items = '；'.join(f"{c}{p}{u}，{g()}" for c, p in zip(cats, ps))
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}{th[0]}{ws}{u}，{g()}。其中，{items}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('two_numbers_per_item', 'totals', CI)
def t_two_numbers(r, lab):
    k = r.randint(2, 4)
    occ = r.sample(['春节期间', '“七一”前后', '中秋国庆期间', '汛期', '重阳节前后', '年底集中'], k)
    a = [r.randint(20, 600) for _ in range(k)]
    b = [r.randint(100, 9000) for _ in range(k)]  # 0.01万元
    As = [str(x) for x in a]
    Bs = [fs(x, 2) for x in b]
    Wa, Wb = str(sum(a)), fs(sum(b), 2)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            As, Wa = corrupt(r, As, Wa)
        else:
            Bs, Wb = corrupt(r, Bs, Wb)
    who = r.choice(['困难党员', '困难群众', '退役军人', '留守老人', '特困职工'])
    u1 = r.choice(['人次', '户', '人'])
    items = '，'.join(f"{o}{x}{u1}、{y}万元" for o, x, y in zip(occ, As, Bs))
    if r.random() < 0.5:
        text = f"{r.choice(TIME)}共走访慰问{who}{Wa}{u1}，发放慰问金{Wb}万元。其中，{items}。"
    else:
        text = f"{items}，{r.choice(TIME)}累计慰问{who}{Wa}{u1}、{Wb}万元。"
    return text, [chk_sum([x + u1 for x in As], Wa + u1), chk_sum([y + '万元' for y in Bs], Wb + '万元')]


@style('total_in_parentheses', 'totals', CI)
def t_paren_total(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    items = '、'.join(c + p + u for c, p in zip(cats, ps))
    par = r.choice(['（合计{}）', '（共{}）', '（总计{}）'])
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}{th[0]}，完成{items}{par.format(ws + u)}，各项任务均按期推进。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('parts_in_parentheses', 'totals', CI)
def t_paren_parts(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    lead = r.choice(['其中', '含', '包括'])
    items = '、'.join(c + p + u for c, p in zip(cats, ps))
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{th[0]}{ws}{u}（{lead}{items}），超额完成年度目标。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('new_and_continuing_projects', 'totals', CI)
def t_xinjian(r, lab):
    k = r.choice([2, 3])
    cats = ['新开工', '续建'] if k == 2 else ['新开工', '续建', '前期推进']
    a = [r.randint(3, 60) for _ in range(k)]
    ps, ws = [str(x) for x in a], str(sum(a))
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws)
    inv = fs(r.randint(500, 9000), 1)
    items = '、'.join(f"{c}项目{p}个" if i == 0 else f"{c}{p}个" for i, (c, p) in enumerate(zip(cats, ps)))
    text = f"{r.choice(['2023年', '今年'])}{r.choice(SUBJ_AREA)}共安排市重点项目{ws}个，年度计划投资{inv}亿元，其中{items}。"
    return text, [chk_sum([p + '个' for p in ps], ws + '个')]


@style('male_female', 'totals', CI)
def t_male_female(r, lab):
    a, b = r.randint(20, 3000), r.randint(20, 3000)
    ps, ws = [str(a), str(b)], str(a + b)
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws)
    what = r.choice(['参加培训学员', '新招录社区工作者', '参赛选手', '注册志愿者', '新发展会员'])
    mf = r.choice([('男性', '女性'), ('男', '女')] + ([('男学员', '女学员')] if '学员' in what else []))
    if r.random() < 0.5:
        text = f"{r.choice(TIME)}{what}共{ws}人，其中{mf[0]}{ps[0]}人、{mf[1]}{ps[1]}人。"
    else:
        text = f"{what}{ws}人中，{mf[0]}{ps[0]}人，{mf[1]}{ps[1]}人，{mf[1]}占比较上年有所提高。"
    return text, [chk_sum([p + '人' for p in ps], ws + '人')]


@style('urban_rural', 'totals', CI)
def t_urban_rural(r, lab):
    u = r.choice(['人', '户', '名'])
    a, b = r.randint(50, 6000), r.randint(50, 6000)
    ps, ws = [str(a), str(b)], str(a + b)
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws)
    what = r.choice(['纳入最低生活保障', '享受特困供养', '领取高龄津贴', '参加大病保险'])
    pair = r.choice([('城市', '农村'), ('城镇', '乡村'), ('城区', '农村')])
    text = f"截至{r.choice(['年底', '11月底', '目前', '9月30日'])}，{r.choice(SUBJ_AREA)}{what}{ws}{u}，其中{pair[0]}{ps[0]}{u}、{pair[1]}{ps[1]}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('qiyu_remainder', 'totals', CI)
def t_qiyu(r, lab):
    th = theme(r, min_cats=3)
    cats = r.sample(th[4], 3)
    ps, ws = gen_parts(r, th, 3, lab)
    u = th[1]
    text = (f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}{th[0]}{ws}{u}，其中{cats[0]}{ps[0]}{u}、{cats[1]}{ps[1]}{u}，"
            f"其余{ps[2]}{u}为{cats[2]}。")
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('nested_qizhong', 'totals', CI)
def t_nested(r, lab):
    u = '名'
    a1, a2, b = r.randint(5, 60), r.randint(1, 20), r.randint(3, 120)
    top, sub = ('党员', ('正式党员', '预备党员')) if r.random() < 0.5 else ('在编人员', ('行政编制', '事业编制'))
    other = '入党积极分子' if top == '党员' else '编外聘用人员'
    ps1, w1 = [str(a1), str(a2)], str(a1 + a2)
    ps2, w2 = [w1, str(b)], str(a1 + a2 + b)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            ps1, w1n = corrupt(r, ps1, w1)
            if w1n != w1:
                ps2 = [w1n, str(b)]
                w1 = w1n
        else:
            ps2, w2 = corrupt(r, ps2, w2, p_whole=0.6)
            w1 = ps2[0]
    org = r.choice(['新组建的乡村振兴工作队', '县直机关工委', '街道综合执法队', '镇便民服务中心'])
    text = (f"{org}现有人员{w2}{u}，其中{top}{w1}{u}（其中{sub[0]}{ps1[0]}{u}、{sub[1]}{ps1[1]}{u}），"
            f"{other}{ps2[1]}{u}。")
    return text, [chk_sum([p + u for p in ps1], w1 + u), chk_sum([w1 + u, ps2[1] + u], w2 + u)]


@style('sub_breakdowns', 'totals', CI)
def t_sub_breakdowns(r, lab):
    x = [r.randint(10, 400) for _ in range(2)]
    y = [r.randint(10, 400) for _ in range(2)]
    A, B = sum(x), sum(y)
    W = A + B
    s = {'x': [str(v) for v in x], 'y': [str(v) for v in y], 'A': str(A), 'B': str(B), 'W': str(W)}
    if lab == 'inconsistent':
        key = r.choice(['x', 'y', 'A', 'B', 'W'])
        if key in ('x', 'y'):
            i = r.randrange(2)
            s[key][i] = typo(r, s[key][i])
        else:
            s[key] = typo(r, s[key])
    u = '户'
    text = (f"{r.choice(TIME)}完成易地搬迁安置{s['W']}{u}：集中安置{s['A']}{u}，含县城安置点{s['x'][0]}{u}、"
            f"集镇安置点{s['x'][1]}{u}；分散安置{s['B']}{u}，含投亲靠友{s['y'][0]}{u}、自购房{s['y'][1]}{u}。")
    return text, [chk_sum([v + u for v in s['x']], s['A'] + u), chk_sum([v + u for v in s['y']], s['B'] + u),
                  chk_sum([s['A'] + u, s['B'] + u], s['W'] + u)]


@style('diff_change_from_to', 'totals', CI)
def t_diff(r, lab):
    u = r.choice(['户', '人', '家', '个'])
    a = r.randint(100, 9000)
    d = r.randint(5, a // 2)
    up = r.random() < 0.5
    b = a + d if up else a - d
    As, Bs, Ds = str(a), str(b), str(d)
    if lab == 'inconsistent':
        which = r.choice(['a', 'b', 'd'])
        if which == 'a':
            As = typo(r, As)
        elif which == 'b':
            Bs = typo(r, Bs)
        else:
            Ds = typo(r, Ds)
    what = r.choice(['监测对象', '建档立卡困难户', '规上工业企业', '高新技术企业', '农村低保对象', '个体工商户'])
    if up:
        text = f"{what}由年初的{As}{u}增加到年末的{Bs}{u}，{r.choice(['净增', '增加', '新增'])}{Ds}{u}。"
        ch = chk_sum([As + u, Ds + u], Bs + u)
    else:
        text = f"{what}由{As}{u}{r.choice(['减少至', '下降到', '减少到'])}{Bs}{u}，{r.choice(['减少', '净减', '下降'])}{Ds}{u}。"
        ch = chk_sum([Bs + u, Ds + u], As + u)
    return text, [ch]


@style('yoy_absolute', 'totals', CI)
def t_yoy_abs(r, lab):
    th = theme(r, unit_ok=lambda t: t[1] != '万元')
    lo, hi = th[3]
    sc = 10 ** th[2]
    prev = r.randint(lo * sc, hi * sc)
    d = r.randint(1, max(2, prev // 3))
    cur = prev + d
    P, C, D = fs(prev, th[2]), fs(cur, th[2]), fs(d, th[2])
    if lab == 'inconsistent':
        w = r.randrange(3)
        if w == 0:
            P = typo(r, P)
        elif w == 1:
            C = typo(r, C)
        else:
            D = typo(r, D)
    u = th[1]
    text = f"{r.choice(['2023年', '今年'])}{r.choice(SUBJ_AREA)}{th[0]}{C}{u}，比上年的{P}{u}增加{D}{u}。"
    return text, [chk_sum([P + u, D + u], C + u)]


@style('years_cumulative', 'totals', CI)
def t_years(r, lab):
    th = theme(r)
    k = r.randint(2, 4)
    y0 = r.randint(2018, 2023 - k + 1)
    ys = [f"{y0 + i}年" for i in range(k)]
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    items = '，'.join(y + p + u for y, p in zip(ys, ps))
    text = f"“十四五”以来，{r.choice(SUBJ_AREA)}持续{th[0]}：{items}，{int2cn(k)}年累计{ws}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('thousands_separators', 'totals', CI)
def t_commas(r, lab):
    th = theme(r, unit_ok=lambda t: t[3][1] >= 3000)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    act, unit, dec, (lo, hi), _, noun = th
    sc = 10 ** dec
    parts = [r.randint(1000 * sc, max(1001 * sc, hi * sc * 3 // k)) for _ in range(k)]
    ps, ws = [fs(p, dec) for p in parts], fs(sum(parts), dec)
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws)
    ps = [comma(p) for p in ps]
    ws = comma(ws)
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}{act}{ws}{unit}，其中{'，'.join(c + p + unit for c, p in zip(cats, ps))}。"
    return text, [chk_sum([p + unit for p in ps], ws + unit)]


@style('fullwidth_digits', 'totals', CI)
def t_fullwidth(r, lab):
    th = theme(r, min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    ps = [to_fw(p) for p in ps]
    ws = to_fw(ws)
    u = th[1]
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}共{th[0]}{ws}{u}，其中{'、'.join(c + p + u for c, p in zip(cats, ps))}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('dual_breakdown', 'totals', CI)
def t_dual(r, lab):
    W = r.randint(200, 8000)
    a = r.randint(W // 5, W * 4 // 5)
    c = r.randint(W // 5, W * 4 // 5)
    s = [str(a), str(W - a), str(c), str(W - c)]
    Ws = str(W)
    if lab == 'inconsistent':
        i = r.randrange(4)
        s[i] = typo(r, s[i])
    u = '人'
    text = (f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}新增参保{Ws}{u}，其中城镇职工{s[0]}{u}、城乡居民{s[1]}{u}；"
            f"从性别看，男性{s[2]}{u}、女性{s[3]}{u}。")
    return text, [chk_sum([s[0] + u, s[1] + u], Ws + u), chk_sum([s[2] + u, s[3] + u], Ws + u)]


@style('two_items_combined', 'totals', CI)
def t_liangxiang(r, lab):
    th = theme(r, min_cats=2)
    cats = r.sample(th[4], 2)
    ps, ws = gen_parts(r, th, 2, lab)
    u = th[1]
    text = f"{r.choice(TIME)}{th[0]}中，{cats[0]}和{cats[1]}两项{r.choice(['合计', '共计', '加起来'])}{ws}{u}，分别为{ps[0]}{u}和{ps[1]}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('zongji_then_details', 'totals', CI)
def t_zongji_first(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(3, min(5, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    text = f"总计{th[0]}{ws}{u}。具体为：{'；'.join(f'{c}，{p}{u}' for c, p in zip(cats, ps))}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('land_area_decimals', 'totals', CI)
def t_land(r, lab):
    cats = r.sample(['工业用地', '道路与交通设施用地', '公共管理与公共服务用地', '绿地与广场用地', '物流仓储用地', '居住用地'], r.randint(2, 4))
    dec = r.choice([1, 2, 2])
    vals = [r.randint(5 * 10 ** dec, 800 * 10 ** dec) for _ in cats]
    ps, ws = [fs(v, dec) for v in vals], fs(sum(vals), dec)
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws)
    u = r.choice(['公顷', '亩'])
    area = r.choice(['经开区东片', '高铁新城核心区', '临港产业园', '城南片区'])
    text = f"{area}控制性详细规划总用地面积{ws}{u}，其中{'，'.join(c + p + u for c, p in zip(cats, ps))}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('baokuo_inline', 'totals', CI)
def t_baokuo(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    lead = r.choice(['包括', '涵盖', '含'])
    text = f"{r.choice(SUBJ_AREA)}{r.choice(TIME)}{th[0]}{ws}{u}，{lead}{'，'.join(c + p + u for c, p in zip(cats, ps))}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('villages_semicolon_whole_last', 'totals', CI)
def t_villages(r, lab):
    k = r.randint(3, 5)
    vs = r.sample(VILLAGES, k)
    th = theme(r, unit_ok=lambda t: t[1] in ('户', '座', '处', '件', '人次'))
    ps, ws = gen_parts(r, th, k, lab)
    u = th[1]
    text = f"{'；'.join(f'{v}{p}{u}' for v, p in zip(vs, ps))}。以上{int2cn(k)}个村（社区）{th[0]}合计{ws}{u}。"
    return text, [chk_sum([p + u for p in ps], ws + u)]


@style('gender_age_two_sentences_money', 'totals', CI)
def t_money_fund(r, lab):
    cats = r.sample(['上级补助', '县级财政', '乡镇自筹', '村集体投入', '群众投工投劳折资', '社会捐赠'], r.randint(2, 4))
    vals = [r.randint(100, 99999) for _ in cats]  # 元
    ps, ws = [str(v) for v in vals], str(sum(vals))
    if lab == 'inconsistent':
        ps, ws = corrupt(r, ps, ws)
    proj = r.choice(['村级道路亮化工程', '文化广场建设', '山塘清淤项目', '村卫生室改造'])
    text = f"{r.choice(VILLAGES)}{proj}筹集资金{ws}元。资金来源为：{'、'.join(c + p + '元' for c, p in zip(cats, ps))}。"
    return text, [chk_sum([p + '元' for p in ps], ws + '元')]


# ------------------------- totals negatives ---------------------------------
@style('overlap_attributes', 'totals', ('negative',))
def tn_overlap(r, lab):
    W = r.randint(60, 3000)
    A = {'女党员': (20, 40), '35岁以下党员': (12, 35), '大专及以上学历党员': (30, 65), '少数民族党员': (2, 15),
         '农民党员': (25, 50), '60岁以上党员': (20, 45)}
    attrs = r.sample(list(A), r.randint(3, 4))
    vals = [W * r.randint(*A[a]) // 100 + 1 for a in attrs]
    u = '名'
    text = f"{r.choice(SUBJ_AREA)}现有党员{W}{u}，其中{'、'.join(a + str(v) + u for a, v in zip(attrs, vals))}。"
    return text, [neg('overlap', parts=[str(v) + u for v in vals], whole=str(W) + u)], \
        '各项为同一批党员的不同属性（性别、年龄、学历等），相互重叠，不应相加等于总数'


@style('overlap_services', 'totals', ('negative',))
def tn_overlap2(r, lab):
    W = r.randint(1000, 40000)
    A = {'65岁以上老年人': (40, 60), '高血压患者': (25, 45), '2型糖尿病患者': (10, 20), '严重精神障碍患者': (1, 3),
         '孕产妇': (2, 6), '0—6岁儿童': (6, 15), '残疾人': (4, 9)}
    attrs = ['65岁以上老年人', '高血压患者'] + r.sample([a for a in A if a not in ('65岁以上老年人', '高血压患者')], r.randint(1, 3))
    vals = [W * r.randint(*A[a]) // 100 + 1 for a in attrs]
    text = (f"{r.choice(TOWNS)}家庭医生签约服务{W}人，其中重点人群签约情况为：{'、'.join(a + str(v) + '人' for a, v in zip(attrs, vals))}。")
    return text, [neg('overlap', parts=[str(v) + '人' for v in vals], whole=str(W) + '人')], \
        '重点人群相互交叉（老年人同时可能是高血压、糖尿病患者），不是总数的划分'


QUALS = {
    'about': ['约', '大约', '左右'],
    'near': ['近', '将近', '接近'],
    'over': ['超过', '逾', '余', '多', '以上'],
}


@style('approximate_whole', 'totals', ('negative', 'inconsistent'))
def tn_approx(r, lab):
    th = theme(r, unit_ok=lambda t: t[2] == 0 and t[3][1] >= 200 and t[1] != '万元', min_cats=2)
    k = r.randint(2, min(4, len(th[4])))
    cats = r.sample(th[4], k)
    u = th[1]
    lo, hi = th[3]
    kind = r.choice(list(QUALS))
    q = r.choice(QUALS[kind])
    far = {'about': r.choice([F(6, 10), F(14, 10)]), 'near': F(3, 2), 'over': F(3, 2)}[kind]
    for _ in range(100):
        vals = [r.randint(max(1, lo // k), hi // k) for _ in range(k)]
        s = sum(vals)
        base = s if lab == 'negative' else int(s * far)
        mag = 10 ** max(1, len(str(base)) - 2)
        if kind == 'about':
            W = round(base / mag) * mag
        elif kind == 'near':
            W = (base // mag + 1) * mag
        else:
            W = (base // mag) * mag
        if W != s and W > 0:
            break
    cnw = q == '余' and W % 1000 == 0 and r.random() < 0.5
    wnum = int2cn(W) if cnw else str(W)
    if q in ('左右',):
        ws = f"{wnum}{u}左右"
    elif q in ('余', '多'):
        ws = f"{wnum}{q}{u}"
    elif q == '以上':
        ws = f"{wnum}{u}以上"
    else:
        ws = f"{q}{wnum}{u}"
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{th[0]}{ws}，其中{'、'.join(c + str(v) + u for c, v in zip(cats, vals))}。"
    reason = f'总数为约数（{q}），分项之和与整数化的总数不完全相等属正常'
    return text, [neg('approx_sum', qual=q, qkind=kind, parts=[str(v) + u for v in vals], whole=f"{wnum}{u}" if q not in ('余', '多') else wnum)], reason


@style('partial_list_deng', 'totals', ('negative',))
def tn_deng(r, lab):
    th = theme(r, min_cats=4)
    k = r.randint(2, 3)
    cats = r.sample(th[4], k)
    act, u, dec, (lo, hi), _, _ = th
    sc = 10 ** dec
    vals = [r.randint(max(1, lo * sc // 6), max(2, hi * sc // 6)) for _ in range(k)]
    W = sum(vals) + r.randint(max(1, sum(vals) // 5), max(2, sum(vals)))
    ps = [fs(v, dec) for v in vals]
    ws = fs(W, dec)
    end = r.choice(['等', '等类型', '等多个类别'])
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}共{act}{ws}{u}，其中{'、'.join(c + p + u for c, p in zip(cats, ps))}{end}。"
    return text, [neg('partial', marker='等', parts=[p + u for p in ps], whole=ws + u)], \
        '“等”表示列举不完全，分项之和小于总数不构成错误'


@style('partial_list_zhuyao', 'totals', ('negative',))
def tn_zhuyao(r, lab):
    th = theme(r, min_cats=3)
    k = r.randint(2, 3)
    cats = r.sample(th[4], k)
    act, u, dec, (lo, hi), _, noun = th
    sc = 10 ** dec
    vals = [r.randint(max(1, lo * sc // 5), max(2, hi * sc // 5)) for _ in range(k)]
    W = sum(vals) + r.randint(max(1, sum(vals) // 6), max(2, sum(vals) // 2))
    ps = [fs(v, dec) for v in vals]
    ws = fs(W, dec)
    lead = r.choice(['主要包括', '主要有', '重点是', '其中较多的是'])
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}{act}{ws}{u}，{lead}{'、'.join(c + p + u for c, p in zip(cats, ps))}。"
    marker = '主要' if '主要' in lead else ('重点' if '重点' in lead else '较多')
    return text, [neg('partial', marker=marker, parts=[p + u for p in ps], whole=ws + u)], \
        f'“{lead}”只列出主要类别，不要求分项之和等于总数'


@style('completed_subset_of_projects', 'totals', ('negative',))
def tn_completed(r, lab):
    a, b = r.randint(5, 40), r.randint(5, 40)
    W = a + b
    c = r.randint(2, W - 1)
    if c in (a, b):
        c = max(1, c - 1)
    text = (f"{r.choice(['今年', '2023年'])}{r.choice(SUBJ_AREA)}实施重点项目{W}个，其中新开工{a}个、续建{b}个；"
            f"截至11月底已竣工{c}个，完成投资{fs(r.randint(100, 9999), 1)}亿元。")
    return text, [chk_sum([f'{a}个', f'{b}个'], f'{W}个'),
                  neg('overlap', parts=[f'{a}个', f'{b}个', f'{c}个'], whole=f'{W}个')], \
        f'新开工+续建={W}个构成划分；已竣工{c}个是其子集，不能再与二者相加'


@style('stock_and_flow', 'totals', ('negative',))
def tn_stock_flow(r, lab):
    W = r.randint(2000, 60000)
    a = r.randint(100, W // 5)
    b = r.randint(50, a)
    what = r.choice(['市场主体', '个体工商户', '注册志愿者', '私营企业'])
    u = '户' if what != '注册志愿者' else '人'
    text = f"{r.choice(TIME)}{r.choice(SUBJ_AREA)}新登记{what}{a}{u}、注销{b}{u}，年末实有{what}{W}{u}，较上年末增长{r.randint(1, 19)}.{r.randint(0, 9)}%。"
    return text, [neg('not_sum', parts=[f'{a}{u}', f'{b}{u}'], whole=f'{W}{u}')], \
        '新登记、注销是当年流量，实有数是存量，三者之间不是分项与合计的关系'


@style('dates_and_doc_numbers', 'totals', ('negative',))
def tn_docs(r, lab):
    y = r.choice([2021, 2022, 2023])
    n = r.randint(3, 60)
    m1, d1 = r.randint(1, 6), r.randint(1, 28)
    m2, d2 = r.randint(7, 12), r.randint(1, 28)
    W = r.randint(30, 3000)
    pre = r.choice(['县政办发', '区府办', '镇党发', '县安委办'])
    what = r.choice(['经营主体', '自建房', '餐饮单位', '在建工地'])
    text = (f"按照《关于开展专项整治行动的通知》（{pre}〔{y}〕{n}号）要求，{r.choice(SUBJ_AREA)}于{m1}月{d1}日至{m2}月{d2}日"
            f"分{int2cn(r.randint(2, 4))}个阶段开展排查，共检查{what}{W}家，发现问题{r.randint(5, W)}个。")
    return text, [neg('none', decoys=[f'〔{y}〕{n}号', f'{m1}月{d1}日'])], \
        '文号、日期、阶段数不是待加总的分项，句中没有“分项-合计”关系'


@style('hotline_and_phone_numbers', 'totals', ('negative',))
def tn_phone(r, lab):
    area = r.choice(['0571', '0791', '0731', '0851', '0898'])
    tel = f"{area}-{r.randint(2000000, 8999999)}"
    W = r.randint(300, 20000)
    text = (f"开通24小时服务热线（{tel}），与12345政务服务便民热线实现双向转办，{r.choice(TIME)}共接听群众来电{W}个，"
            f"回访{r.randint(50, W)}人次。")
    return text, [neg('none', decoys=[tel, '12345', '24小时'])], '电话号码、“12345”“24小时”不是数量，不构成分项与总数'


@style('rankings', 'totals', ('negative',))
def tn_rank(r, lab):
    n = r.randint(8, 30)
    rk = r.randint(1, n // 2)
    up = r.randint(1, n - rk)
    item = r.choice(['营商环境评价', '高质量发展综合考核', '乡村振兴实绩考核', '平安建设考评'])
    text = (f"在全市{n}个县（市、区）{item}中，我县位列第{rk}位，较上年前移{up}位，{r.choice(['连续', '已连续'])}{int2cn(r.randint(2, 5))}年进入第一方阵。")
    return text, [neg('none', decoys=[f'{n}个', f'第{rk}位', f'{up}位'])], '名次、位次变化和单位个数不构成加总关系'


@style('units_differ', 'totals', ('negative',))
def tn_units(r, lab):
    W = r.randint(300, 6000)
    k = r.randint(2, 3)
    hh = [r.randint(W // 10, W // 3) for _ in range(k)]
    cats = ['一般脱贫户', '监测户', '低保兜底户'][:k]
    text = (f"{r.choice(SUBJ_AREA)}现有帮扶对象{W}人，其中{'、'.join(c + str(h) + '户' for c, h in zip(cats, hh))}，"
            f"均已落实结对帮扶责任人。")
    return text, [neg('unit_mismatch', parts=[f'{h}户' for h in hh], whole=f'{W}人')], '总数以“人”计、分项以“户”计，口径不同，不能相加比较'


@style('approximate_parts', 'totals', ('negative',))
def tn_approx_parts(r, lab):
    W = r.randint(20, 800) * 100
    a = r.randint(W // 5, W * 3 // 5) // 100 * 100
    b_exact = W - a
    b = b_exact // 100 * 100 - r.choice([100, 200])
    if b <= 0:
        b = 100
    which = r.choice(['省外', '外出'])
    text = f"{r.choice(SUBJ_AREA)}共有{W}余人实现转移就业，其中县外务工约{a}人，县内就近就业{b}余人。" if which == '外出' else \
        f"全镇共有{W}余人务工就业，其中省外务工约{a}人，省内就业{b}余人。"
    return text, [neg('approx_sum', qual='余', qkind='approx_parts', parts=[f'{a}人', f'{b}余人'], whole=f'{W}')], \
        '总数和分项都是“余/约”的概数，不做精确加总核对'


@style('single_part_only', 'totals', ('negative',))
def tn_single(r, lab):
    th = theme(r, min_cats=2)
    act, u, dec, (lo, hi), cats, noun = th
    sc = 10 ** dec
    W = r.randint(lo * sc, hi * sc)
    p = r.randint(max(1, W // 10), max(2, W * 3 // 4))
    c = r.choice(cats)
    text = f"{r.choice(TIME)}，{r.choice(SUBJ_AREA)}{act}{fs(W, dec)}{u}，其中{c}{fs(p, dec)}{u}，占比{r.choice(['较高', '居首位', '明显提升'])}。"
    return text, [neg('partial', marker='其中', parts=[fs(p, dec) + u], whole=fs(W, dec) + u)], '“其中”只列出一项，不是完整划分，无需等于总数'


@style('cumulative_vs_annual', 'totals', ('negative',))
def tn_cumul(r, lab):
    a = r.randint(5, 120)
    W = a + r.randint(20, 600)
    what = r.choice(['农村公益性公墓', '“口袋公园”', '新时代文明实践站', '村级综合服务中心', '智慧健身驿站'])
    text = f"{r.choice(['今年', '2023年'])}新建{what}{a}个，全县累计建成{W}个，覆盖{r.randint(8, 30)}个乡镇（街道）。"
    return text, [neg('not_sum', parts=[f'{a}个'], whole=f'{W}个')], '当年新建数与历年累计数不是分项与合计，差额为以前年度建成数（未给出）'


@style('chain_of_subsets', 'totals', ('negative',))
def tn_chain(r, lab):
    W = r.randint(100, 3000)
    a = r.randint(W // 10, W // 2)
    b = r.randint(a // 2, a)
    text = (f"{r.choice(TIME)}共排查各类安全隐患{W}处，其中重大隐患{a}处，已整改销号{b}处，"
            f"整改资金{r.randint(10, 900)}万元。")
    return text, [neg('not_sum', parts=[f'{a}处', f'{b}处'], whole=f'{W}处')], '“其中重大隐患”“已整改”是逐级子集（或不同口径），不应与总数比对加总'


# ============================================================================
# PCT styles
# ============================================================================
# (den phrase, num phrase, rate word, complement num phrase, complement rate word, unit, range, dec of counts)
RCTX = [
    ('受理群众诉求{}', '办结{}', '办结率', '未办结{}', '未办结率', '件', (40, 3000), 0),
    ('抽检食品{}', '合格{}', '合格率', '不合格{}', '不合格率', '批次', (100, 2500), 0),
    ('应参保{}', '实际参保{}', '参保率', '未参保{}', '未参保率', '人', (2000, 90000), 0),
    ('辖区{}行政村', '{}实现5G信号覆盖', '覆盖率', None, None, '个', (8, 60), 0),
    ('参加体质健康测试学生{}', '及格{}', '及格率', '不及格{}', '不及格率', '人', (200, 5000), 0),
    ('下达年度任务{}', '已完成{}', '完成率', None, None, '户', (50, 3000), 0),
    ('检查重点排污企业{}', '达标排放{}', '达标率', '超标排放{}', '超标率', '家', (20, 800), 0),
    ('随机抽查居民{}', '知晓相关政策{}', '知晓率', None, None, '人', (100, 2000), 0),
    ('电话回访群众{}', '表示满意{}', '满意率', '表示不满意{}', '不满意率', '人', (100, 3000), 0),
    ('应到位资金{}', '实际到位{}', '资金到位率', None, None, '万元', (500, 60000), 2),
    ('年初预算{}', '实际支出{}', '预算执行率', None, None, '万元', (300, 30000), 2),
    ('配置智能终端{}', '正常使用{}', '使用率', '闲置{}', '闲置率', '台', (50, 2000), 0),
    ('发现问题{}', '整改到位{}', '整改率', '尚未整改{}', '未整改率', '个', (20, 600), 0),
    ('适龄儿童{}', '完成接种{}', '接种率', None, None, '人', (300, 9000), 0),
    ('建档立卡户{}', '签约家庭医生{}', '签约率', None, None, '户', (200, 8000), 0),
    ('申报验收项目{}', '一次性验收合格{}', '一次验收合格率', None, None, '个', (10, 200), 0),
    ('网格事件{}', '办结{}', '办结率', None, None, '件', (100, 9000), 0),
    ('应征集{}', '已征集{}', '征集率', None, None, '人', (20, 300), 0),
    ('农村常住人口{}', '参加城乡居民医保{}', '参合率', None, None, '人', (5000, 90000), 0),
    ('发放调查问卷{}', '收回{}', '回收率', None, None, '份', (200, 3000), 0),
]


def rctx(r, need_comp=False, ints_only=False):
    for _ in range(100):
        c = r.choice(RCTX)
        if need_comp and c[3] is None:
            continue
        if ints_only and c[7]:
            continue
        return c
    return RCTX[0]


def make_counts(r, c, lo_frac=0.6):
    lo, hi = c[6]
    dec = c[7]
    sc = 10 ** dec
    den = r.randint(lo * sc, hi * sc)
    num = r.randint(max(1, int(den * lo_frac)), den)
    return num, den, dec


def bad_rate(r, num, den, dec, rdec, rs):
    """produce a plainly wrong rate string for num/den"""
    mode = r.choice(['typo', 'typo', 'offset', 'wrongbase', 'complement'])
    if mode == 'typo':
        return typo(r, rs)
    if mode == 'offset':
        v = F(num, den) * 100 + r.choice([-1, 1]) * F(r.randint(6, 80), 10)
        if v <= 0 or v > 100:
            v = F(num, den) * 100 - F(r.randint(6, 80), 10)
        return pct(v / 100, rdec)
    if mode == 'wrongbase':
        extra = r.randint(max(1, den // 20), max(2, den // 3))
        return pct(F(num, den + extra), rdec)
    return pct(1 - F(num, den), rdec) if num * 2 != den else typo(r, rs)


def rate_strings(r, lab, num, den, rdec=None, trunc_p=0.1):
    rdec = r.choice([0, 1, 1, 2, 2, 2]) if rdec is None else rdec
    mode = 'trunc' if r.random() < trunc_p else 'round'
    rs = pct(F(num, den), rdec, mode)
    if lab == 'inconsistent':
        if r.random() < 0.7:
            rs = bad_rate(r, num, den, 0, rdec, rs)
        else:
            return rs, 'corrupt_count'
    return rs, None


def chk_rate(num, den, rate, comp=False):
    return {'op': 'rate', 'num': num, 'den': den, 'rate': rate, 'comp': comp}


def ratewrap(r, lab, c, num, den, rdec=None):
    """returns (num_str, den_str, rate_str) with units, corrupted if inconsistent"""
    dec = c[7]
    ns, ds = fs(num, dec), fs(den, dec)
    rs, flag = rate_strings(r, lab, num, den, rdec)
    if flag == 'corrupt_count':
        if r.random() < 0.5:
            ns = typo(r, ns)
        else:
            ds = typo(r, ds)
    return ns, ds, rs


@style('counts_then_rate', 'pct', CI)
def p_counts_then_rate(r, lab):
    c = rctx(r)
    num, den, dec = make_counts(r, c)
    ns, ds, rs = ratewrap(r, lab, c, num, den)
    u = c[5]
    verb = r.choice(['为', '达', '达到', '', '达到了'])
    text = f"{r.choice(TIME)}，{c[0].format(ds + u)}，{c[1].format(ns + u)}，{c[2]}{verb}{rs}%。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('rate_then_counts', 'pct', CI)
def p_rate_then_counts(r, lab):
    c = rctx(r)
    num, den, dec = make_counts(r, c)
    ns, ds, rs = ratewrap(r, lab, c, num, den)
    u = c[5]
    text = f"{c[2]}{r.choice(['达到', '为', '提升至'])}{rs}%。{r.choice(TIME)}{c[0].format(ds + u)}，{c[1].format(ns + u)}。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('rate_with_slash_paren', 'pct', CI)
def p_slash(r, lab):
    c = rctx(r, ints_only=True)
    num, den, dec = make_counts(r, c)
    ns, ds, rs = ratewrap(r, lab, c, num, den)
    u = c[5]
    if r.random() < 0.5:
        text = f"{r.choice(SUBJ_AREA)}{c[2]}{rs}%（{ns}/{ds}），位居全市前列。"
        return text, [chk_rate(ns, ds, rs + '%')]
    text = f"{r.choice(SUBJ_AREA)}{c[2]}{rs}%（{ns}{u}/{ds}{u}）。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('complement_rate_from_failures', 'pct', CI)
def p_comp_fail(r, lab):
    c = rctx(r, need_comp=True)
    num, den, dec = make_counts(r, c, 0.8)
    bad = den - num
    if bad == 0:
        bad = 1
        num = den - 1
    ds, bs = str(den), str(bad)
    rdec = r.choice([1, 2, 2])
    rs = pct(F(num, den), rdec)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.35:
            rs = pct(F(bad, den), rdec) if r.random() < 0.5 else typo(r, rs)
        elif m < 0.7:
            bs = typo(r, bs)
        else:
            rs = bad_rate(r, num, den, 0, rdec, rs)
    u = c[5]
    text = f"{r.choice(TIME)}{c[0].format(ds + u)}，{c[3].format(bs + u)}，{c[2]}{rs}%。"
    return text, [chk_rate(bs + u, ds + u, rs + '%', comp=True)]


@style('complement_rate_stated', 'pct', CI)
def p_comp_rate(r, lab):
    c = rctx(r, need_comp=True)
    num, den, dec = make_counts(r, c, 0.85)
    bad = den - num
    if bad == 0:
        num -= 1
        bad = 1
    ns, ds = str(num), str(den)
    rdec = r.choice([1, 2, 2])
    rs = pct(F(bad, den), rdec)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.4:
            rs = typo(r, rs)
        elif m < 0.7:
            ns = typo(r, ns)
        else:
            rs = pct(F(bad, den) * r.choice([2, 3, F(1, 2)]), rdec)
    u = c[5]
    text = f"{c[0].format(ds + u)}，其中{c[1].format(ns + u)}，{c[4]}{rs}%。"
    return text, [chk_rate(ns + u, ds + u, rs + '%', comp=True)]


SHARE_CTX = [
    ('全县规上工业企业{}', '高新技术企业{}', '家', (50, 900)),
    ('全区常住人口{}', '60岁及以上人口{}', '人', (50000, 900000)),
    ('全年一般公共预算支出{}', '民生支出{}', '万元', (20000, 900000)),
    ('全镇耕地面积{}', '高标准农田{}', '亩', (5000, 90000)),
    ('登记在册志愿者{}', '青年志愿者{}', '人', (500, 30000)),
    ('全年新增就业{}', '高校毕业生{}', '人', (800, 20000)),
    ('全县税收收入{}', '制造业税收{}', '万元', (10000, 300000)),
    ('全年招商引资到位资金{}', '省外资金{}', '万元', (10000, 500000)),
]


@style('share_zhan_de', 'pct', CI)
def p_share(r, lab):
    c = r.choice(SHARE_CTX)
    den = r.randint(*c[3])
    num = r.randint(max(1, den // 20), den * 9 // 10)
    ns, ds = str(num), str(den)
    rs, flag = rate_strings(r, lab, num, den)
    if flag:
        ns = typo(r, ns)
    u = c[2]
    form = r.random()
    if form < 0.4:
        text = f"{c[0].format(ds + u)}，其中{c[1].format(ns + u)}，占{r.choice(['总数', '总量', '全部'])}的{rs}%。"
    elif form < 0.7:
        text = f"{c[1].format(ns + u)}，占{c[0].format(ds + u)}的{rs}%。"
    else:
        text = f"{c[0].format(ds + u)}中，{c[1].format(ns + u)}，占比{rs}%。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('share_whole_in_parentheses', 'pct', CI)
def p_share_paren(r, lab):
    den = r.randint(200, 9000) * 100  # 人
    num = r.randint(den // 10, den // 3) // 100 * 100
    dw, nw = fs(den // 100, 2), fs(num // 100, 2)
    rs, flag = rate_strings(r, lab, num, den, rdec=2)
    if flag:
        nw = typo(r, nw)
    text = f"目前{r.choice(COUNTY)}注册志愿者{nw}万人，占常住人口（{dw}万人）{rs}%，志愿服务时长持续增长。"
    return text, [chk_rate(nw + '万人', dw + '万人', rs + '%')]


@style('industry_structure_sum100', 'pct', CI)
def p_structure(r, lab):
    dec = r.choice([1, 1, 2])
    sc = 10 ** dec
    a = r.randint(3 * sc, 20 * sc)
    b = r.randint(25 * sc, 55 * sc)
    c = 100 * sc - a - b
    s = [fs(a, dec), fs(b, dec), fs(c, dec)]
    if lab == 'inconsistent':
        i = r.randrange(3)
        s[i] = typo(r, s[i])
    text = (f"{r.choice(COUNTY)}地区生产总值中，第一产业增加值占{s[0]}%，第二产业增加值占{s[1]}%，"
            f"第三产业增加值占{s[2]}%，产业结构持续优化。")
    return text, [{'op': 'sum100', 'shares': [x + '%' for x in s]}]


@style('structure_ratio_colon', 'pct', CI)
def p_ratio_colon(r, lab):
    a = r.randint(30, 200)
    b = r.randint(250, 550)
    c = 1000 - a - b
    s = [fs(a, 1), fs(b, 1), fs(c, 1)]
    if lab == 'inconsistent':
        i = r.randrange(3)
        s[i] = typo(r, s[i])
    sep = r.choice([':', '∶', '：'])
    text = f"三次产业结构由上年的调整为{sep.join(s)}，服务业比重提高。" if False else \
        f"{r.choice(['2023年', '全年'])}三次产业结构调整为{sep.join(s)}（按增加值计，合计为100），服务业主导地位进一步巩固。"
    return text, [{'op': 'sum100', 'shares': s}]


@style('shares_of_categories_sum100', 'pct', CI)
def p_shares_cat(r, lab):
    k = r.randint(3, 4)
    cats = r.sample(['城镇职工基本医保', '城乡居民医保', '商业补充保险', '其他'], k) if False else \
        r.sample(['财政拨款', '事业收入', '经营收入', '其他收入'], k)
    dec = r.choice([1, 2])
    sc = 10 ** dec
    cuts = sorted(r.sample(range(5 * sc, 95 * sc), k - 1))
    vals = [cuts[0]] + [cuts[i] - cuts[i - 1] for i in range(1, k - 1)] + [100 * sc - cuts[-1]]
    s = [fs(v, dec) for v in vals]
    if lab == 'inconsistent':
        i = r.randrange(k)
        s[i] = typo(r, s[i])
    text = f"从收入构成看，{'，'.join(f'{c}占{x}%' for c, x in zip(cats, s))}。"
    return text, [{'op': 'sum100', 'shares': [x + '%' for x in s]}]


@style('growth_from_to', 'pct', CI)
def p_growth_from_to(r, lab):
    what, unit, lo, hi = r.choice([('研发经费投入', '万元', 500, 90000), ('农村居民人均可支配收入', '元', 9000, 30000),
                                   ('实有市场主体', '户', 2000, 60000), ('规上企业营业收入', '亿元', 20, 900),
                                   ('外贸进出口额', '亿元', 5, 400), ('规上工业企业', '家', 30, 600), ('城镇登记失业人员', '人', 300, 9000)])
    dec = 2 if unit == '亿元' else (1 if unit == '万元' and r.random() < 0.5 else 0)
    sc = 10 ** dec
    a = r.randint(lo * sc, hi * sc)
    up = r.random() < 0.7
    b = a + r.randint(1, a // 2) * (1 if up else -1)
    A, B = fs(a, dec), fs(b, dec)
    rdec = r.choice([1, 1, 2])
    rs = pct(abs(F(b - a, a)), rdec)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.3:
            rs = typo(r, rs)
        elif m < 0.55:
            rs = pct(abs(F(b - a, b)), rdec)  # wrong base (current value)
        elif m < 0.8:
            B = typo(r, B)
        else:
            rs = pct(abs(F(b - a, a)) + F(r.randint(10, 80), 1000), rdec)
    if up:
        text = f"{what}由上年的{A}{unit}增加到{B}{unit}，增长{rs}%。"
    else:
        text = f"{what}由上年的{A}{unit}下降到{B}{unit}，下降{rs}%。"
    return text, [{'op': 'growth', 'base': A + unit, 'cur': B + unit, 'rate': rs + '%', 'dir': 1 if up else -1}]


@style('yoy_growth_base_after', 'pct', CI)
def p_yoy_base(r, lab):
    dec = 1
    a = r.randint(1000, 90000)
    b = a + r.randint(-a // 5, a // 2)
    up = b >= a
    A, B = fs(a, dec), fs(b, dec)
    rs = pct(abs(F(b - a, a)), 1)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.4:
            rs = typo(r, rs)
        elif m < 0.7:
            A = typo(r, A)
        else:
            rs = pct(abs(F(b - a, a)) + F(r.randint(8, 60), 1000), 1)
    w = '增长' if up else '下降'
    what = r.choice(['社会消费品零售总额', '限额以上批零业销售额', '一般公共预算收入', '工业用电量'])
    u = '万元' if '用电' not in what else '万千瓦时'
    text = f"{r.choice(TIME)}完成{what}{B}{u}，同比{w}{rs}%（上年同期为{A}{u}）。"
    return text, [{'op': 'growth', 'base': A + u, 'cur': B + u, 'rate': rs + '%', 'dir': 1 if up else -1}]


@style('increase_abs_and_pct', 'pct', CI)
def p_inc_abs(r, lab):
    a = r.randint(20, 900)
    d = r.randint(1, a // 2)
    rs = pct(F(d, a), 1)
    A, D = str(a), str(d)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.5:
            rs = typo(r, rs)
        else:
            rs = pct(F(d, a + d), 1)  # computed on the new value
    what = r.choice(['高新技术企业', '专精特新企业', '科技型中小企业', '农民专业合作社'])
    text = f"上年全县有{what}{A}家，今年比上年增加{D}家，增长{rs}%。"
    return text, [{'op': 'growth', 'base': A + '家', 'cur': None, 'delta': D + '家', 'rate': rs + '%', 'dir': 1}]


@style('pp_change_from_to', 'pct', CI)
def p_pp(r, lab):
    dec = r.choice([1, 2])
    sc = 10 ** dec
    a = r.randint(20 * sc, 90 * sc)
    up = r.random() < 0.75
    d = r.randint(1, min(15 * sc, (100 * sc - a) - 1 if up else a - 1))
    b = a + d if up else a - d
    A, B, D = fs(a, dec), fs(b, dec), fs(d, dec)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.5:
            D = typo(r, D)
        elif m < 0.75:
            B = typo(r, B)
        else:
            D = fs(b * 100 // a - 100 if up else 100 - b * 100 // a, 0) if False else typo(r, D)
    rw = r.choice(['城镇化率', '森林覆盖率', '污水处理率', '生活垃圾分类覆盖率', '高中阶段毛入学率', '农村自来水普及率'])
    v1, v2 = ('提高', '提高') if up else ('下降', '下降')
    text = f"{rw}由{A}%{v1}到{B}%，{v2}{D}个百分点。"
    return text, [{'op': 'pp', 'from': A + '%', 'to': B + '%', 'diff': D + '个百分点', 'dir': 1 if up else -1}]


@style('pp_with_years', 'pct', CI)
def p_pp_years(r, lab):
    y = r.choice([2020, 2021, 2022])
    a = r.randint(300, 900)
    d = r.randint(5, min(80, 999 - a))
    b = a + d
    A, B, D = fs(a, 1), fs(b, 1), fs(d, 1)
    if lab == 'inconsistent':
        D = typo(r, D) if r.random() < 0.6 else fs(d + r.choice([-1, 1]) * r.randint(4, 30), 1)
        if D.startswith('-') or D == '0.0':
            D = fs(d + r.randint(4, 30), 1)
    rw = r.choice(['空气质量优良天数比例', '地表水达标率', '二级以上医院预约诊疗率'])
    text = f"{rw}{y}年为{A}%，{y + 1}年为{B}%，一年间提高了{D}个百分点。"
    return text, [{'op': 'pp', 'from': A + '%', 'to': B + '%', 'diff': D + '个百分点', 'dir': 1}]


@style('plan_completion', 'pct', CI)
def p_plan(r, lab):
    den = r.randint(1000, 90000)
    num = r.randint(den // 2, den * 13 // 10)
    ns, ds = str(num), str(den)
    rs, flag = rate_strings(r, lab, num, den, rdec=r.choice([0, 1, 1]))
    if flag:
        ns = typo(r, ns)
    what = r.choice(['固定资产投资', '重点项目投资', '招商引资到位资金', '农业项目投资'])
    if r.random() < 0.5:
        text = f"{r.choice(TIME)}完成{what}{ns}万元，为年度计划{ds}万元的{rs}%。"
    else:
        text = f"{what}年度计划{ds}万元，{r.choice(TIME)}完成{ns}万元，完成年度计划的{rs}%。"
    return text, [chk_rate(ns + '万元', ds + '万元', rs + '%')]


@style('plan_mixed_units', 'pct', CI)
def p_plan_mixed(r, lab):
    den = r.randint(2, 60) * 10000  # 万元, stated in 亿元
    num = r.randint(den * 6 // 10, den * 12 // 10)
    dw = str(den // 10000)
    nw = str(num)
    rs, flag = rate_strings(r, lab, num, den, rdec=1)
    if flag:
        nw = typo(r, nw)
    what = r.choice(['固定资产投资', '招商引资实际到位资金', '重点项目年度投资'])
    text = f"{what}年度目标{dw}亿元，{r.choice(TIME)}已完成{nw}万元，目标完成率{rs}%。"
    return text, [chk_rate(nw + '万元', dw + '亿元', rs + '%')]


@style('percent_in_words', 'pct', CI)
def p_words(r, lab):
    c = rctx(r, ints_only=True)
    for _ in range(50):
        num, den, _ = make_counts(r, c, 0.5)
        v = F(num, den) * 100
        if v.denominator == 1 or r.random() < 0.15:
            break
    # choose den multiple friendly
    pv = int((v + F(1, 2)).__floor__())
    if lab == 'inconsistent':
        pv = max(1, min(100, pv + r.choice([-1, 1]) * r.randint(3, 20)))
    ws = '百分之' + int2cn(pv)
    u = c[5]
    text = f"{c[0].format(str(den) + u)}，{c[1].format(str(num) + u)}，{c[2]}达到{ws}。"
    return text, [chk_rate(str(num) + u, str(den) + u, ws)]


@style('per_mille', 'pct', CI)
def p_permille(r, lab):
    pop = r.randint(50000, 900000)
    kind = r.choice([('出生', '出生率', (5, 12)), ('死亡', '死亡率', (5, 9))])
    lo, hi = kind[2]
    num = r.randint(pop * lo // 1000, pop * hi // 1000)
    rs = permille(F(num, pop), 2)
    ns, ps = str(num), str(pop)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            rs = typo(r, rs)
        else:
            ns = typo(r, ns)
    text = f"{r.choice(['2022年', '2023年'])}末户籍人口{ps}人，全年{kind[0]}人口{ns}人，{kind[1]}为{rs}‰。"
    return text, [chk_rate(ns + '人', ps + '人', rs + '‰')]


@style('cheng_tenths', 'pct', CI)
def p_cheng(r, lab):
    k = r.randint(3, 9)
    den = r.randint(20, 900)
    if lab == 'consistent':
        num = int(den * F(k, 10) + F(r.randint(-2, 2), 100) * den)
    else:
        num = int(den * (F(k, 10) + r.choice([-1, 1]) * F(r.randint(13, 25), 100)))
    num = max(1, min(den, num))
    what = r.choice([('受访企业', '家', '表示营商环境明显改善'), ('参训学员', '人', '实现就业创业'), ('返乡人员', '人', '从事特色种养业')])
    text = f"{what[0]}{den}{what[1]}中，{num}{what[1]}{what[2]}，占{int2cn(k)}成。"
    return text, [chk_rate(f'{num}{what[1]}', f'{den}{what[1]}', f'{int2cn(k)}成')]


FRACS = [(1, 2, '二分之一'), (1, 3, '三分之一'), (2, 3, '三分之二'), (1, 4, '四分之一'), (3, 4, '四分之三'), (1, 5, '五分之一'), (2, 5, '五分之二')]


@style('fraction_words', 'pct', CI)
def p_frac(r, lab):
    a, b, w = r.choice(FRACS)
    m = r.randint(5, 300)
    den = b * m
    if lab == 'consistent':
        num = a * m
    else:
        num = a * m + r.choice([-1, 1]) * max(1, den * r.randint(10, 20) // 100)
        if num <= 0 or num > den:
            num = a * m - max(1, den * 10 // 100)
        w2 = [f for f in FRACS if f[2] != w]
    u = r.choice(['个', '家', '项'])
    what = r.choice(['行政村', '规上企业', '重点工程'])
    text = f"全县{den}{u}{what}中，已有{num}{u}完成数字化改造，占{w}。"
    return text, [chk_rate(f'{num}{u}', f'{den}{u}', w)]


@style('fullwidth_percent', 'pct', CI)
def p_fw(r, lab):
    c = rctx(r, ints_only=True)
    num, den, dec = make_counts(r, c)
    ns, ds, rs = ratewrap(r, lab, c, num, den, rdec=r.choice([1, 2]))
    u = c[5]
    dot = r.random() < 0.5
    ns2, ds2, rs2 = to_fw(ns, dot), to_fw(ds, dot), to_fw(rs, dot) + '％'
    text = f"{c[0].format(ds2 + u)}，{c[1].format(ns2 + u)}，{c[2]}{rs2}。"
    return text, [chk_rate(ns2 + u, ds2 + u, rs2)]


@style('space_before_percent', 'pct', CI)
def p_space(r, lab):
    c = rctx(r)
    num, den, dec = make_counts(r, c)
    ns, ds, rs = ratewrap(r, lab, c, num, den, rdec=r.choice([1, 2]))
    u = c[5]
    text = f"{c[0].format(ds + u)} ，{c[1].format(ns + u)} ，{c[2]}为{rs} % ；相关经验在全市推广。"
    return text, [chk_rate(ns + u, ds + u, rs + ' %')]


@style('trailing_zero_decimals', 'pct', CI)
def p_trailing(r, lab):
    c = rctx(r, ints_only=True)
    for _ in range(200):
        num, den, dec = make_counts(r, c)
        if pct(F(num, den), 2).endswith('0'):
            break
    ns, ds = str(num), str(den)
    rs = pct(F(num, den), 2)
    if lab == 'inconsistent':
        rs = bad_rate(r, num, den, 0, 2, rs)
    u = c[5]
    text = f"{r.choice(TIME)}{c[0].format(ds + u)}，{c[1].format(ns + u)}，{c[2]}{rs}%。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('two_rates_fenbie', 'pct', CI)
def p_two_rates(r, lab):
    a, b = r.randint(30, 900), r.randint(30, 900)
    ca, cb = r.randint(a * 7 // 10, a), r.randint(b * 7 // 10, b)
    ra, rb = pct(F(ca, a), 2), pct(F(cb, b), 2)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            ra = bad_rate(r, ca, a, 0, 2, ra)
        else:
            rb = bad_rate(r, cb, b, 0, 2, rb)
    text = (f"{r.choice(TIME)}受理来信{a}件、来访{b}批次，分别办结{ca}件、{cb}批次，"
            f"办结率分别为{ra}%和{rb}%。")
    return text, [chk_rate(f'{ca}件', f'{a}件', ra + '%'), chk_rate(f'{cb}批次', f'{b}批次', rb + '%')]


@style('survey_valid_base', 'pct', CI)
def p_survey(r, lab):
    sent = r.randint(300, 5000)
    back = r.randint(sent * 8 // 10, sent - 1)
    sat = r.randint(back * 8 // 10, back)
    rs = pct(F(sat, back), 2)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.5:
            rs = typo(r, rs)
        else:
            rs = pct(F(sat, back) - F(r.randint(5, 40), 1000), 2)
    text = (f"开展群众满意度测评，发放问卷{sent}份，收回有效问卷{back}份，其中“满意”和“基本满意”{sat}份，"
            f"综合满意率{rs}%。")
    return text, [chk_rate(f'{sat}份', f'{back}份', rs + '%')]


@style('funds_arrival_wan', 'pct', CI)
def p_funds(r, lab):
    den = r.randint(50000, 9000000)  # 0.01万元
    num = r.randint(den * 6 // 10, den)
    ns, ds = fs(num, 2), fs(den, 2)
    rs, flag = rate_strings(r, lab, num, den, rdec=r.choice([1, 2]))
    if flag:
        ns = typo(r, ns)
    kind = r.choice([('下达', '拨付到位', '资金拨付率'), ('预算安排', '支出', '预算执行率'), ('争取', '实际到位', '到位率')])
    text = f"{r.choice(['衔接推进乡村振兴补助资金', '中央预算内投资', '专项债券资金', '城乡医疗救助资金'])}{kind[0]}{ds}万元，已{kind[1]}{ns}万元，{kind[2]}{rs}%。"
    return text, [chk_rate(ns + '万元', ds + '万元', rs + '%')]


@style('coverage_villages', 'pct', CI)
def p_coverage(r, lab):
    den = r.randint(6, 80)
    num = r.randint(den // 2, den)
    ns, ds = str(num), str(den)
    rs, flag = rate_strings(r, lab, num, den, rdec=r.choice([0, 1, 2]))
    if flag:
        ds = typo(r, ds)
    what = r.choice(['村级综合服务站', '农村电商服务点', '村级卫生室标准化', '垃圾分类收集点'])
    text = f"{r.choice(TOWNS)}所辖{ds}个村（社区）中，已有{ns}个建成{what}，覆盖率{rs}%。"
    return text, [chk_rate(ns + '个', ds + '个', rs + '%')]


@style('pass_and_excellent', 'pct', CI)
def p_pass_exc(r, lab):
    den = r.randint(200, 6000)
    p = r.randint(den * 8 // 10, den)
    e = r.randint(den // 10, p // 2)
    rp, re_ = pct(F(p, den), 2), pct(F(e, den), 2)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            rp = bad_rate(r, p, den, 0, 2, rp)
        else:
            re_ = pct(F(e, p), 2)  # excellent rate computed on passed students: wrong base
    text = f"全县参加学生体质健康测试{den}人，及格{p}人，及格率{rp}%；优秀{e}人，优秀率{re_}%。"
    return text, [chk_rate(f'{p}人', f'{den}人', rp + '%'), chk_rate(f'{e}人', f'{den}人', re_ + '%')]


@style('insurance_wanren', 'pct', CI)
def p_insure(r, lab):
    den = r.randint(2000, 90000)  # 0.01万人
    num = r.randint(den * 85 // 100, den)
    ns, ds = fs(num, 2), fs(den, 2)
    rs, flag = rate_strings(r, lab, num, den, rdec=2)
    if flag:
        ns = typo(r, ns)
    text = f"城乡居民基本养老保险应参保{ds}万人，实际参保{ns}万人，参保率{rs}%。"
    return text, [chk_rate(ns + '万人', ds + '万人', rs + '%')]


@style('whole_in_previous_sentence', 'pct', CI)
def p_prev_sentence(r, lab):
    c = rctx(r)
    num, den, dec = make_counts(r, c)
    ns, ds, rs = ratewrap(r, lab, c, num, den)
    u = c[5]
    text = f"{r.choice(TIME)}，{c[0].format(ds + u)}。{filler(r)}。截至目前，{c[1].format(ns + u)}，{c[2]}{rs}%。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('flattened_rate_table', 'pct', CI)
def p_table(r, lab):
    k = r.randint(2, 3)
    areas = r.sample(['城区', '农村', '集镇', '工业园区'], k)
    rows, checks = [], []
    bad_i = r.randrange(k) if lab == 'inconsistent' else -1
    for i, a in enumerate(areas):
        d = r.randint(40, 2000)
        n = r.randint(d * 6 // 10, d)
        rs = pct(F(n, d), 1)
        if i == bad_i:
            rs = bad_rate(r, n, d, 0, 1, rs)
        rows.append(f"{a}：目标{d}户，完成{n}户，完成率{rs}%")
        checks.append(chk_rate(f'{n}户', f'{d}户', rs + '%'))
    text = f"燃气管道入户改造进度——{'；'.join(rows)}。"
    return text, checks


@style('two_shares_fenbiezhan', 'pct', CI)
def p_two_shares(r, lab):
    W = r.randint(200, 20000)
    a = r.randint(W // 10, W // 2)
    b = r.randint(W // 10, W - a)
    ra, rb = pct(F(a, W), 1), pct(F(b, W), 1)
    if lab == 'inconsistent':
        if r.random() < 0.5:
            ra = typo(r, ra)
        else:
            rb = pct(F(b, W - a), 1)
    text = f"全年新增城镇就业{W}人，其中高校毕业生{a}人、退役军人{b}人，分别占{ra}%和{rb}%。"
    return text, [chk_rate(f'{a}人', f'{W}人', ra + '%'), chk_rate(f'{b}人', f'{W}人', rb + '%')]


@style('zhanbi_with_counts', 'pct', CI)
def p_zhanbi(r, lab):
    W = r.randint(20, 3000)
    a = r.randint(W // 5, W * 9 // 10)
    rs, flag = rate_strings(r, lab, a, W)
    As, Ws = str(a), str(W)
    if flag:
        Ws = typo(r, Ws)
    who = r.choice([('村（社区）“两委”成员', '具有大专及以上学历'), ('新录用公务员', '具有研究生学历'), ('网格员', '为35岁以下')])
    text = f"{who[0]}{Ws}名中，{who[1]}的{As}名，占比{rs}%。"
    return text, [chk_rate(As + '名', Ws + '名', rs + '%')]


@style('growth_over_100_with_base', 'pct', CI)
def p_growth_big(r, lab):
    a = r.randint(100, 9000)
    b = a + r.randint(a + 1, a * 4)
    rs = pct(F(b - a, a), 1)
    A, B = str(a), str(b)
    if lab == 'inconsistent':
        rs = pct(F(b, a), 1) if r.random() < 0.5 else typo(r, rs)  # ratio instead of growth
    what = r.choice(['跨境电商交易额', '直播带货销售额', '新能源汽车销量', '民宿接待人次'])
    u = '万元' if '额' in what else ('辆' if '汽车' in what else '人次')
    text = f"{what}从上年的{A}{u}增至{B}{u}，增长{rs}%，呈爆发式增长。"
    return text, [{'op': 'growth', 'base': A + u, 'cur': B + u, 'rate': rs + '%', 'dir': 1}]


@style('decline_with_yoy', 'pct', CI)
def p_decline(r, lab):
    a = r.randint(20, 900)
    b = r.randint(a // 4, a - 1)
    rs = pct(F(a - b, a), 1)
    A, B = str(a), str(b)
    if lab == 'inconsistent':
        m = r.random()
        if m < 0.4:
            rs = typo(r, rs)
        elif m < 0.7:
            rs = pct(F(a - b, b), 1)
        else:
            A = typo(r, A)
    what = r.choice(['道路交通事故', '刑事案件', '电信网络诈骗案件', '生产安全事故'])
    text = f"全年发生{what}{B}起，较上年的{A}起下降{rs}%，{r.choice(['治安形势持续向好', '安全形势总体平稳'])}。"
    return text, [{'op': 'growth', 'base': A + '起', 'cur': B + '起', 'rate': rs + '%', 'dir': -1}]


@style('hotline_12345_rate_with_counts', 'pct', CI)
def p_12345(r, lab):
    den = r.randint(500, 30000)
    num = r.randint(den * 9 // 10, den)
    ns, ds = str(num), str(den)
    rs, flag = rate_strings(r, lab, num, den, rdec=2)
    if flag:
        ns = typo(r, ns)
    text = f"12345政务服务便民热线{r.choice(TIME)}转办工单{ds}件，按时办结{ns}件，按时办结率{rs}%，群众满意率持续提升。"
    return text, [chk_rate(ns + '件', ds + '件', rs + '%')]


@style('rate_trunc_style', 'pct', CI)
def p_trunc(r, lab):
    c = rctx(r, ints_only=True)
    for _ in range(200):
        num, den, dec = make_counts(r, c)
        if pct(F(num, den), 1, 'trunc') != pct(F(num, den), 1):
            break
    ns, ds = str(num), str(den)
    rs = pct(F(num, den), 1, 'trunc')
    if lab == 'inconsistent':
        rs = bad_rate(r, num, den, 0, 1, rs)
    u = c[5]
    text = f"{c[0].format(ds + u)}，{c[1].format(ns + u)}，{c[2]}{rs}%。"
    return text, [chk_rate(ns + u, ds + u, rs + '%')]


@style('integer_percent_rate', 'pct', CI)
def p_intpct(r, lab):
    c = rctx(r, ints_only=True)
    num, den, _ = make_counts(r, c, 0.7)
    rs = pct(F(num, den), 0)
    if lab == 'inconsistent':
        rs = str(int(rs) + r.choice([-1, 1]) * r.randint(3, 12))
        if int(rs) > 100 or int(rs) < 1:
            rs = str(int(pct(F(num, den), 0)) - r.randint(3, 12))
    u = c[5]
    text = f"{r.choice(TIME)}{c[0].format(str(den) + u)}、{c[1].format(str(num) + u)}，{c[2]}{rs}%。"
    return text, [chk_rate(str(num) + u, str(den) + u, rs + '%')]


# ------------------------- pct negatives ---------------------------------
@style('approx_rate_qualifier', 'pct', ('negative', 'inconsistent'))
def pn_approx(r, lab):
    c = rctx(r, ints_only=True)
    for _ in range(300):
        num, den, _ = make_counts(r, c, 0.6)
        v = F(num, den) * 100
        kind = r.choice(['over', 'near', 'about'])
        if kind == 'over':
            q = r.choice(['以上', '超过', '逾'])
            s = int(v) // 5 * 5 if lab == 'negative' else (int(v) // 5 + 2) * 5
            if lab == 'negative' and v - s >= F(1, 2) and s > 0:
                break
            if lab != 'negative' and s - v > 4 and s <= 100:
                break
        elif kind == 'near':
            q = r.choice(['近', '接近', '将近'])
            s = (int(v) // 5 + 1) * 5 if lab == 'negative' else (int(v) - 3) // 5 * 5
            if lab == 'negative' and F(1, 2) < s - v <= 3 and s <= 100:
                break
            if lab != 'negative' and v - s > 2 and s > 0:
                break
        else:
            q = r.choice(['左右', '约'])
            s = int((v + F(1, 2)).__floor__())
            s = s + r.choice([-1, 1]) * (1 if lab == 'negative' else r.randint(6, 12))
            if lab == 'negative' and F(1, 2) < abs(v - s) <= F(3, 2) and 0 < s <= 100:
                break
            if lab != 'negative' and abs(v - s) > 5 and 0 < s <= 100:
                break
    u = c[5]
    if q in ('以上', '左右'):
        rs = f"{s}%{q}"
    else:
        rs = f"{q}{s}%"
    text = f"{c[0].format(str(den) + u)}，{c[1].format(str(num) + u)}，{c[2]}{'在' if q == '左右' else ('达' if q == '以上' else '')}{rs}。"
    return text, [neg('approx_rate', qual=q, num=str(num) + u, den=str(den) + u, rate=f'{s}%')], \
        f'比率带“{q}”，是概数表述；实际值{float(v):.2f}%与之相符，不应按精确值核对'


@style('pp_without_base', 'pct', ('negative',))
def pn_pp(r, lab):
    cur = fs(r.randint(600, 999), 1)
    d = fs(r.randint(3, 60), 1)
    rw = r.choice(['城镇化率', '森林覆盖率', '污水集中处理率', '农村卫生厕所普及率', '参保率'])
    text = f"{rw}达到{cur}%，比上年提高{d}个百分点。"
    return text, [neg('pp_only', rate=cur + '%', pp=d + '个百分点')], '只给出当期值和百分点变化，无上年值可核对；“个百分点”不是增长率'


@style('growth_over_100_no_base', 'pct', ('negative',))
def pn_g100(r, lab):
    g = fs(r.randint(1005, 9000), 1)
    what = r.choice(['固定资产投资', '工业技改投资', '实际利用外资', '快递业务量'])
    text = f"{r.choice(TIME)}{what}累计{r.randint(1000, 90000)}万元，同比增长{g}%，增速居全市第一。"
    return text, [neg('growth_nobase', rate=g + '%')], '增长率超过100%是正常的，未给出基期值，无可核对项'


@style('plan_over_100_no_counts', 'pct', ('negative',))
def pn_plan100(r, lab):
    p = r.randint(101, 180)
    what = r.choice(['完成年度目标任务的', '时序进度达', '完成市下达任务的'])
    text = f"{r.choice(['招商引资', '外贸出口', '新增就业', '植树造林'])}{what}{p}%，{r.choice(['超额完成任务', '提前完成全年目标'])}。"
    return text, [neg('none', decoys=[f'{p}%'])], '完成率超过100%表示超额完成，且没有给出计划数和完成数'


@style('attribute_shares_over_100', 'pct', ('negative',))
def pn_attr(r, lab):
    vals = [r.randint(25, 80) for _ in range(3)]
    while sum(vals) <= 100:
        vals = [r.randint(25, 80) for _ in range(3)]
    sv = [fs(v * 10 + r.randint(0, 9), 1) for v in vals]
    text = (f"在新发展的{r.randint(30, 900)}名党员中，女性占{sv[0]}%，35岁以下占{sv[1]}%，"
            f"大专及以上学历占{sv[2]}%，结构不断优化。")
    return text, [neg('attr_shares', shares=[x + '%' for x in sv])], '三个比例分别按性别、年龄、学历统计，同一人可同时计入，和超过100%属正常'


@style('shares_of_different_wholes', 'pct', ('negative',))
def pn_diffwholes(r, lab):
    a, b, c = [fs(r.randint(50, 600), 1) for _ in range(3)]
    town = r.choice(TOWNS)
    text = (f"{town}粮食总产量占全县的{a}%，其中水稻产量占全县水稻产量的{b}%，"
            f"玉米产量占全县玉米产量的{c}%。")
    return text, [neg('diff_wholes', shares=[a + '%', b + '%', c + '%'])], '三个比例的分母各不相同（全县粮食、全县水稻、全县玉米），不应相加或相互比较'


@style('rate_unit_mismatch', 'pct', ('negative',))
def pn_unit(r, lab):
    hh = r.randint(300, 5000)
    ppl = hh * r.randint(25, 38) // 10
    rate = fs(r.randint(950, 1000), 1)
    if rate == '100.0':
        rate = '100'
    text = f"全镇脱贫户{hh}户，参加城乡居民医保{ppl}人，参保率{rate}%。"
    return text, [neg('unit_mismatch', parts=[f'{ppl}人'], whole=f'{hh}户', rate=rate + '%')], '参保率按人口计算，户数不是分母；人数/户数不应与百分比比较'


@style('interest_and_subsidy_rates', 'pct', ('negative',))
def pn_interest(r, lab):
    amt = r.randint(300, 90000)
    rt = r.choice(['3.45', '3.65', '4.35', '3.85', '2.95'])
    sub = r.choice(['50', '60', '70', '100'])
    text = f"{r.choice(TIME)}发放创业担保贷款{amt}万元，扶持{r.randint(20, 900)}人创业，贷款年利率{rt}%，财政按{sub}%给予贴息。"
    return text, [neg('none', decoys=[rt + '%', sub + '%'])], '利率、贴息比例是政策参数，不是由文中计数推出的比率'


@style('rate_without_numerator', 'pct', ('negative',))
def pn_no_num(r, lab):
    den = r.randint(300, 30000)
    rs = fs(r.randint(9500, 10000), 2)
    text = f"12345热线{r.choice(TIME)}受理群众诉求{den}件，诉求办结率{rs}%，回访满意率{fs(r.randint(9000, 9999), 2)}%。"
    return text, [neg('none', decoys=['12345', rs + '%'])], '只给出受理数与比率，没有办结数，无法也不必核对；“12345”是热线号码'


@style('growth_without_base', 'pct', ('negative',))
def pn_growth_nobase(r, lab):
    what, u, lo, hi = r.choice([('规上工业增加值', '亿元', 100, 9000), ('社会消费品零售总额', '亿元', 100, 9000),
                                ('城镇居民人均可支配收入', '元', 250000, 600000), ('进出口总额', '万美元', 10000, 900000)])
    v = fs(r.randint(lo, hi), 1)
    g = fs(r.randint(5, 350), 1)
    text = f"{r.choice(TIME)}{what}达{v}{u}，同比增长{g}%，高于全市平均水平{fs(r.randint(3, 40), 1)}个百分点。"
    return text, [neg('none', decoys=[g + '%'])], '只给出当期值和增速，没有基期值，增速无法核对，不应报错'


@style('pp_vs_relative_growth', 'pct', ('negative',))
def pn_relative(r, lab):
    for _ in range(200):
        a = r.randint(20, 80)
        b = r.randint(a + 2, min(99, a + 30))
        g = F(b - a, a) * 100
        if g.denominator in (1, 2, 4, 5, 10) or r.random() < 0.3:
            break
    gs = pct(F(b - a, a), 1)
    rw = r.choice(['优良学校占比', '绿色建筑占比', '新能源公交车占比'])
    text = f"{rw}由{a}%提高到{b}%，相对提升{gs}%。"
    return text, [neg('relative_growth', **{'from': f'{a}%', 'to': f'{b}%', 'rate': gs + '%'})], \
        f'“相对提升{gs}%”是比率自身的相对增幅（({b}-{a})/{a}），不是百分点差({b - a})；两种口径都不应被误判'


@style('approx_cheng_or_fraction', 'pct', ('negative',))
def pn_cheng(r, lab):
    den = r.randint(50, 900)
    if r.random() < 0.5:
        k = r.randint(5, 9)
        q = r.choice(['近', '超', '超过', '逾'])
        if q == '近':
            num = int(den * (F(k, 10) - F(r.randint(10, 30), 1000)))
        else:
            num = int(den * (F(k, 10) + F(r.randint(10, 60), 1000))) + 1
        w = f"{q}{int2cn(k)}成"
    else:
        a, b, ww = r.choice([(1, 2, '二分之一'), (2, 3, '三分之二'), (1, 3, '三分之一')])
        num = int(den * F(a, b)) + r.randint(2, max(3, den // 15))
        w = f"超过{ww}"
        q = '超过'
    num = min(num, den)
    text = f"全县{den}家规上企业中，{num}家已开展数字化改造，{w}。"
    return text, [neg('approx_rate', qual=q, num=f'{num}家', den=f'{den}家', rate=w.replace(q, '', 1))], f'“{w}”是概数表述，实际比例与之相符'


@style('policy_ratio_numbers', 'pct', ('negative',))
def pn_ratio(r, lab):
    a = r.choice(['1:1', '1∶1.5', '1:2', '1∶0.5'])
    n = r.randint(10, 200)
    text = f"按照省、县{a}的比例落实配套资金，全县{n}个项目全部实行“5+2”错时服务，生师比控制在{fs(r.randint(100, 180), 1)}∶1以内。"
    return text, [neg('none', decoys=[a, '5+2'])], '配套比例、“5+2”、生师比不是百分比计算，也不构成加总'


@style('share_of_unstated_whole', 'pct', ('negative',))
def pn_unstated(r, lab):
    what, u, lo, hi = r.choice([('外贸出口额', '万元', 3000, 90000), ('新增市场主体', '户', 300, 5000), ('签约亿元以上项目', '个', 5, 40)])
    num = r.randint(lo, hi)
    rs = fs(r.randint(50, 900), 1)
    text = f"{r.choice(TOWNS)}{what}{num}{u}，占全市的{rs}%，继续保持领先。"
    return text, [neg('none', decoys=[rs + '%'])], '分母（全市总量）未给出，比例无法核对'


@style('vaccination_over_100', 'pct', ('negative',))
def pn_vac(r, lab):
    first = r.randint(5000, 60000)
    full = first + r.randint(1, first // 20)
    text = (f"截至{r.randint(1, 12)}月{r.randint(1, 28)}日，60岁以上人群首针接种{first}人，全程接种{full}人；"
            f"18—59岁重点人群累计接种完成率超过100%。")
    return text, [neg('none', decoys=['100%', f'{first}人', f'{full}人'])], '“超过100%”是目标人群口径的完成率（分母为目标数），首针/全程人数统计口径不同，无可核对的比率'


# ============================================================================
# independent evaluator
# ============================================================================
MULT = {'亿': 10 ** 8, '万': 10 ** 4}
QRE = re.compile(r'^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(亿|万)?')
CNRE = re.compile(r'^([零〇一二两三四五六七八九十百千万]+)')


def present(text, s):
    if s is None:
        return True
    t = text
    pat = r'(?<![0-9０-９.．])' + re.escape(s) + (r'(?![0-9０-９])' if s[-1:].isdigit() or s[-1:] in '０１２３４５６７８９' else '')
    return re.search(pat, t) is not None


def parse_q(s):
    t = s.translate(FW_TAB)
    m = QRE.match(t)
    if m:
        num = m.group(1).replace(',', '')
        dec = len(num.split('.')[1]) if '.' in num else 0
        mult = MULT.get(m.group(2), 1)
        val = F(num) * mult
        unit = F(1, 10 ** dec) * mult
        half = F(0) if (dec == 0 and mult == 1) else unit / 2
        rest = t[m.end():]
        return val, unit, half, rest
    m = CNRE.match(t)
    if not m:
        raise ValueError('unparsable quantity ' + s)
    return F(cn2int(m.group(1))), F(1), F(0), t[m.end():]


def unit_of(s):
    rest = parse_q(s)[3]
    rest = re.sub(r'^(余|多)', '', rest)
    return rest.strip()


def parse_rate(s):
    t = s.translate(FW_TAB).replace(' ', '')
    if t.startswith('百分之'):
        body = t[3:]
        if '点' in body:
            ip, dp = body.split('点')
            v = F(cn2int(ip)) + F(int(''.join(str(CN_DIGITS[c]) for c in dp)), 10 ** len(dp))
            dec = len(dp)
        else:
            v, dec = F(cn2int(body)), 0
        unit = F(1, 100 * 10 ** dec)
        return dict(v=v / 100, half=unit / 2, thr=max(2 * unit, F(4, 1000)), trunc=True, unit=unit)
    m = re.match(r'^([一二三四五六七八九十])成', t)
    if m:
        return dict(v=F(cn2int(m.group(1)), 10), half=F(5, 100), thr=F(10, 100), trunc=False, unit=F(1, 10))
    m = re.match(r'^([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)', t)
    if m:
        return dict(v=F(cn2int(m.group(2)), cn2int(m.group(1))), half=F(5, 1000), thr=F(4, 100), trunc=False, unit=F(1, 100))
    m = re.match(r'^(-?[0-9]+(?:\.[0-9]+)?)(%|‰|个百分点)?', t)
    if not m:
        raise ValueError('unparsable rate ' + s)
    num = m.group(1)
    dec = len(num.split('.')[1]) if '.' in num else 0
    if m.group(2) == '‰':
        unit = F(1, 1000 * 10 ** dec)
        return dict(v=F(num) / 1000, half=unit / 2, thr=max(3 * unit, F(3, 10000)), trunc=True, unit=unit)
    unit = F(1, 100 * 10 ** dec)
    return dict(v=F(num) / 100, half=unit / 2, thr=max(2 * unit, F(4, 1000)), trunc=True, unit=unit)


def judge_value(v, R):
    d = abs(v - R['v'])
    if d <= R['half']:
        return 'ok'
    if R['trunc'] and 0 <= v - R['v'] < R['unit']:
        return 'ok'
    if d >= R['thr']:
        return 'bad'
    return 'border'


def pf(x, n=4):
    return f"{float(x):.{n}f}".rstrip('0').rstrip('.')


def eval_check(text, c):
    """returns (verdict, note) verdict in ok/bad/border/neg/error"""
    strs = []
    for k in ('parts', 'shares'):
        strs += c.get(k, []) or []
    for k in ('whole', 'num', 'den', 'rate', 'base', 'cur', 'delta', 'from', 'to', 'diff', 'pp'):
        if c.get(k):
            strs.append(c[k])
    for k in ('decoys',):
        strs += c.get(k, [])
    for s in strs:
        if not present(text, s):
            return 'error', f'string not in text: {s}'
    op = c['op']
    if op == 'sum':
        P = [parse_q(p) for p in c['parts']]
        W = parse_q(c['whole'])
        units = {unit_of(p) for p in c['parts']} | {unit_of(c['whole'])}
        units = {re.sub(r'^(亿|万)', '', u) for u in units}
        if len(units) > 1:
            return 'error', f'units differ {units}'
        S = sum(p[0] for p in P)
        m = W[1] / (W[1] if W[1] < 1 else 1)
        mult = 10 ** 8 if '亿' in c['whole'] else (10 ** 4 if '万' in parse_q(c['whole'])[3][:1] or re.match(r'^[0-9.,０-９．]+万', c['whole'].translate(FW_TAB)) else 1)
        sfx = {10 ** 8: '亿', 10 ** 4: '万', 1: ''}[mult]
        expr = '+'.join(c['parts']) + f" = {pf(S / mult)}{sfx}; stated {c['whole']}"
        if S == W[0]:
            return 'ok', expr + ' (equal)'
        gap = abs(S - W[0]) - sum(p[2] for p in P) - W[2]
        mu = max([p[1] for p in P] + [W[1]])
        if gap > 0 and gap >= mu:
            return 'bad', expr + f' (off by {pf(abs(S - W[0]) / mult)}{sfx})'
        return 'border', expr
    if op == 'rate':
        n, d = parse_q(c['num'])[0], parse_q(c['den'])[0]
        if unit_of(c['num']).lstrip('万亿') != unit_of(c['den']).lstrip('万亿'):
            return 'error', 'rate units differ'
        if d == 0 or n > d * 2:
            return 'error', 'bad counts'
        v = F(n, 1) / d
        R = parse_rate(c['rate'])
        if c.get('comp'):
            v = 1 - v
            expr = f"1 - {c['num']}/{c['den']} = {pf(v * 100)}%"
        else:
            expr = f"{c['num']}/{c['den']} = {pf(v * 100)}%"
        if '‰' in c['rate']:
            expr = expr.replace(f"= {pf(v * 100)}%", f"= {pf(v * 1000)}‰")
        j = judge_value(v, R)
        return j, expr + f"; stated {c['rate']}" + {'ok': ' (agrees)', 'bad': ' (plainly wrong)', 'border': ''}[j]
    if op == 'growth':
        A = parse_q(c['base'])[0]
        if c.get('cur'):
            B = parse_q(c['cur'])[0]
            if unit_of(c['base']).lstrip('万亿') != unit_of(c['cur']).lstrip('万亿'):
                return 'error', 'growth units differ'
            dlt = B - A
        else:
            dlt = parse_q(c['delta'])[0]
            B = A + dlt
        v = dlt / A * c['dir']
        R = parse_rate(c['rate'])
        j = judge_value(v, R)
        cur_s = c['cur'] if c.get('cur') else f"{c['base']}+{c['delta']}"
        expr = f"({cur_s} - {c['base']}) / {c['base']} = {pf(dlt / A * 100)}%; stated {'+' if c['dir'] > 0 else '-'}{c['rate']}"
        return j, expr + {'ok': ' (agrees)', 'bad': ' (plainly wrong)', 'border': ''}[j]
    if op == 'pp':
        a, b = parse_rate(c['from']), parse_rate(c['to'])
        dd = parse_rate(c['diff'].replace('个百分点', '%'))
        real = (b['v'] - a['v']) * c['dir']
        expr = f"{c['to']} - {c['from']} = {pf(real * 100 * c['dir'])} pp; stated {c['diff']}"
        diff = abs(real - dd['v'])
        if diff == 0:
            return 'ok', expr + ' (equal)'
        if diff >= F(3, 1000):
            return 'bad', expr + ' (plainly wrong)'
        return 'border', expr
    if op == 'sum100':
        R = [parse_rate(s if s.endswith('%') else s + '%') for s in c['shares']]
        S = sum(x['v'] for x in R) * 100
        expr = '+'.join(c['shares']) + f" = {pf(S)}"
        tol = sum(x['half'] for x in R) * 100
        if abs(S - 100) <= tol:
            return 'ok', expr + ' (= 100 within rounding)'
        if abs(S - 100) >= 1:
            return 'bad', expr + ' (should be 100)'
        return 'border', expr
    if op == 'neg':
        return eval_neg(c)
    return 'error', 'unknown op'


def eval_neg(c):
    k = c['kind']
    if k in ('overlap', 'not_sum', 'partial', 'unit_mismatch', 'approx_sum'):
        P = [parse_q(p)[0] for p in c['parts']]
        W = parse_q(c['whole'])[0]
        S = sum(P)
        expr = f"naive {'+'.join(c['parts'])} = {pf(S)} vs {c['whole']}"
        if k == 'overlap':
            if S != W and all(p <= W for p in P):
                return 'neg', expr
        elif k == 'partial':
            if S < W:
                return 'neg', expr
        elif k == 'not_sum':
            if S != W:
                return 'neg', expr
        elif k == 'unit_mismatch':
            if unit_of(c['parts'][0]) != unit_of(c['whole']) and S != W:
                return 'neg', expr
        elif k == 'approx_sum':
            q = c['qual']
            if S == W:
                return 'error', 'approx sum equals whole'
            kind = c['qkind']
            far = {'about': abs(S - W) > W * F(15, 100), 'near': S > W * F(105, 100) or S < W * F(75, 100),
                   'over': S < W * F(85, 100), 'approx_parts': abs(S - W) > W * F(3, 10)}[kind]
            if far:
                return 'bad', expr + f' (far from {q}{c["whole"]})'
            if kind == 'about' and abs(S - W) <= W * F(5, 100):
                return 'neg', expr
            if kind == 'near' and W * F(9, 10) <= S < W:
                return 'neg', expr
            if kind == 'over' and W < S <= W * F(13, 10):
                return 'neg', expr
            if kind == 'approx_parts' and abs(S - W) <= W * F(2, 10):
                return 'neg', expr
        return 'error', 'neg condition failed: ' + expr
    if k == 'approx_rate':
        n, d = parse_q(c['num'])[0], parse_q(c['den'])[0]
        v = n / d
        R = parse_rate(c['rate'])
        q = c['qual']
        expr = f"{c['num']}/{c['den']} = {pf(v * 100)}% vs stated '{q}' {c['rate']}"
        exact = judge_value(v, R) == 'ok'
        if exact:
            return 'error', 'approx rate matches exactly'
        lower = q in ('以上', '超过', '逾', '超')
        near = q in ('近', '接近', '将近')
        if (lower and v < R['v'] - F(3, 100)) or (near and (v > R['v'] + F(1, 100) or v < R['v'] - F(8, 100))) \
                or (not lower and not near and abs(v - R['v']) > F(4, 100)):
            return 'bad', expr + ' (contradicts the qualifier)'
        if q in ('以上', '超过', '逾', '超') and v > R['v']:
            return 'neg', expr
        if q in ('近', '接近', '将近') and R['v'] - F(3, 100) <= v < R['v']:
            return 'neg', expr
        if q in ('左右', '约') and abs(v - R['v']) <= F(15, 1000):
            return 'neg', expr
        return 'error', 'approx rate condition failed: ' + expr
    if k == 'attr_shares':
        S = sum(parse_rate(s)['v'] for s in c['shares']) * 100
        return ('neg', f"shares sum to {pf(S)}% > 100 (different attributes)") if S > 100 else ('error', 'attr sum <= 100')
    if k == 'diff_wholes':
        S = sum(parse_rate(s)['v'] for s in c['shares']) * 100
        return ('neg', f"shares of different wholes; naive sum {pf(S)}%") if S != 100 else ('error', 'sum 100')
    if k == 'growth_nobase':
        v = parse_rate(c['rate'])['v']
        return ('neg', f"growth {c['rate']} > 100%, no base given") if v > 1 else ('error', 'growth <= 100')
    if k == 'pp_only':
        return 'neg', f"{c['pp']} is a percentage-point change with no earlier value"
    if k == 'relative_growth':
        a, b = parse_rate(c['from'])['v'], parse_rate(c['to'])['v']
        R = parse_rate(c['rate'])
        if judge_value((b - a) / a, R) == 'ok' and (b - a) != R['v']:
            return 'neg', f"({c['to']}-{c['from']})/{c['from']} = {pf((b - a) / a * 100)}% relative; pp diff {pf((b - a) * 100)}"
        return 'error', 'relative growth check failed'
    if k == 'none':
        return 'neg', 'decoy numbers only: ' + ', '.join(c.get('decoys', []))
    return 'error', 'unknown neg'


def evaluate(text, checks):
    verdicts, notes = [], []
    for c in checks:
        v, n = eval_check(text, c)
        verdicts.append(v)
        notes.append(n)
    if 'error' in verdicts or 'border' in verdicts:
        return None, notes
    if 'neg' in verdicts:
        if 'bad' in verdicts:
            return None, notes
        return 'negative', notes
    if 'bad' in verdicts:
        return 'inconsistent', notes
    return 'consistent', notes


# ============================================================================
# driver
# ============================================================================
TARGET = {'consistent': 560, 'inconsistent': 490, 'negative': 350}


def build(seed):
    r = random.Random(seed)
    out = []
    seen = set()
    stats = {}
    for fam in ('totals', 'pct'):
        for lab in ('consistent', 'inconsistent', 'negative'):
            sts = [s for s in STYLES if s[1] == fam and lab in s[2]]
            n = 0
            i = 0
            fails = 0
            while n < TARGET[lab]:
                name, _, _, fn = sts[i % len(sts)]
                i += 1
                ok = False
                for _ in range(60):
                    res = fn(r, lab)
                    text, checks = res[0], res[1]
                    reason = res[2] if len(res) > 2 else None
                    if text in seen:
                        continue
                    got, notes = evaluate(text, checks)
                    if got != lab:
                        stats[(name, lab, 'rej')] = stats.get((name, lab, 'rej'), 0) + 1
                        continue
                    note = '; '.join(notes)
                    if lab == 'negative':
                        note = (reason + ' | ' if reason else '') + note
                    elif lab == 'inconsistent':
                        note = 'WRONG: ' + note
                    seen.add(text)
                    out.append({'family': fam, 'style': name, 'label': lab, 'text': text, 'note': note})
                    n += 1
                    ok = True
                    break
                if not ok:
                    fails += 1
                    if fails > 200:
                        raise SystemExit(f'cannot generate {fam}/{lab} with {name}')
    r.shuffle(out)
    for j, rec in enumerate(out, 1):
        rec_id = f"t{j:05d}"
        out[j - 1] = {'id': rec_id, **rec}
    return out, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=5)
    ap.add_argument('--out', default='numbers3.jsonl')
    ap.add_argument('--stats', action='store_true', help='print rejection statistics')
    a = ap.parse_args()
    recs, stats = build(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    cnt = {}
    for rec in recs:
        cnt[(rec['family'], rec['label'])] = cnt.get((rec['family'], rec['label']), 0) + 1
    print(f"wrote {len(recs)} records to {a.out}")
    for k in sorted(cnt):
        print(' ', k[0], k[1], cnt[k])
    print('  styles:', len({rec['style'] for rec in recs}))
    if a.stats:
        for k, v in sorted(stats.items(), key=lambda kv: -kv[1])[:40]:
            print('  rejected', k, v)


if __name__ == '__main__':
    main()
