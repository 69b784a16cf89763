#!/usr/bin/env python3
"""numbers4_gen.py - independent labelled test collection for arithmetic audits of
Chinese government work reports (families: totals, pct).

Usage: python3 numbers4_gen.py --seed 7 --out numbers4.jsonl

Standard library only.  Deterministic for a given seed: a single random.Random
instance drives everything, no set/dict-hash-order dependence in the output.

Every record carries machine-readable "checks".  After the final text is
assembled, each number string in the checks is searched in the FINAL TEXT
(with digit boundaries), re-parsed by an independent parser (full-width digits,
Chinese numerals, 万/亿, %, thousands commas) and the relation is recomputed with
fractions.Fraction.  Records whose recomputed label differs from the intended
label, or which fall into a rounding grey zone, are dropped.
"""
import argparse
import json
import random
import re
from fractions import Fraction as Fr

# ---------------------------------------------------------------------------
# number formatting
# ---------------------------------------------------------------------------
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
HW = str.maketrans('０１２３４５６７８９．％，', '0123456789.%,')
CN_DIG = '零一二三四五六七八九'


def to_cn(n):
    """int 0 <= n < 10**8 -> Chinese numeral (小写)."""
    if n == 0:
        return '零'

    def sec(x):
        units = ['', '十', '百', '千']
        s = ''
        zero = False
        for i in range(3, -1, -1):
            d = x // 10 ** i % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += CN_DIG[d] + units[i]
        return s

    hi, lo = divmod(n, 10000)
    if hi:
        s = sec(hi) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += sec(lo)
    else:
        s = sec(lo)
    if s.startswith('一十'):
        s = s[1:]
    return s


def fixed(fr, d, how='round'):
    """Fraction -> decimal string with d decimals (round half up / truncate)."""
    fr = Fr(fr)
    neg = fr < 0
    fr = abs(fr)
    scaled = fr * 10 ** d
    if how == 'trunc':
        q = scaled.numerator // scaled.denominator
    else:
        q = (scaled + Fr(1, 2)).numerator // (scaled + Fr(1, 2)).denominator
    s = str(q)
    if d:
        s = s.rjust(d + 1, '0')
        s = s[:-d] + '.' + s[-d:]
    return ('-' if neg else '') + s


# ---------------------------------------------------------------------------
# independent parser / verifier
# ---------------------------------------------------------------------------
CN_VAL = {c: i for i, c in enumerate(CN_DIG)}
CN_VAL['两'] = 2
CN_VAL['〇'] = 0
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
CN_CHARS = '零〇一二两三四五六七八九十百千万亿'


def parse_cn(s):
    total = 0
    section = 0
    num = 0
    for ch in s:
        if ch in CN_VAL:
            num = CN_VAL[ch]
        elif ch in CN_UNIT:
            if num == 0 and ch == '十':
                num = 1
            section += num * CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section = num = 0
        elif ch == '亿':
            total = (total + section + num) * 10 ** 8
            section = num = 0
        else:
            raise ValueError(s)
    return total + section + num


def norm_tok(s):
    return s.strip().translate(HW)


def parse_num(s):
    t = norm_tok(s)
    if t.endswith('%'):
        t = t[:-1]
    if re.fullmatch('[' + CN_CHARS + ']+', t):
        return Fr(parse_cn(t))
    mult = 1
    while t and t[-1] in '万亿':
        mult *= 10000 if t[-1] == '万' else 10 ** 8
        t = t[:-1]
    t = t.replace(',', '')
    if not re.fullmatch(r'\d+(\.\d+)?', t):
        raise ValueError('unparsable number %r' % s)
    return Fr(t) * mult


def half_unit(s):
    """Half of the unit of the last shown digit, 0 for exact integers."""
    t = norm_tok(s).rstrip('%')
    if re.fullmatch('[' + CN_CHARS + ']+', t):
        return Fr(0)
    mult = 1
    while t and t[-1] in '万亿':
        mult *= 10000 if t[-1] == '万' else 10 ** 8
        t = t[:-1]
    if '.' in t:
        d = len(t.split('.')[1])
        return Fr(1, 2 * 10 ** d) * mult
    if mult > 1:
        return Fr(mult, 2)
    return Fr(0)


def decimals(s):
    t = norm_tok(s).rstrip('%')
    return len(t.split('.')[1]) if '.' in t else 0


DIGS = '0-9０-９'


def find_tok(text, tok):
    tok = tok.strip()
    pat = ('(?<![' + DIGS + CN_CHARS + '])(?<![' + DIGS + '][.．,])' + re.escape(tok) +
           '(?![' + DIGS + CN_CHARS + '])(?![.．,][' + DIGS + '])')
    return re.search(pat, text) is not None


MALFORMED_PATTERNS = [
    r'\d[ \u3000]+[%％]',            # space before the sign
    r'[xX×]{1,3}(\.[xX]{1,2})?[%％]',  # placeholder
    r'[%％]\s?\d',                    # sign before the number
    r'[%％]{2}',                      # doubled sign
    r'\d[.．]{2}\d',                  # doubled decimal point
    r'\d,\d{1,2}[%％]',               # decimal comma
    r'百分之[0-9０-９]',               # 百分之 + digits (+%)
    r'\d。\d+[%％]',                   # full stop as decimal point
]


class Verifier:
    def __init__(self, text):
        self.text = text

    def N(self, tok):
        if not find_tok(self.text, tok):
            raise LookupError('token %r not found in text' % tok)
        return parse_num(tok)

    def ev(self, e):
        if isinstance(e, str):
            return self.N(e)
        op = e[0]
        vals = [self.ev(x) for x in e[1:]]
        if op == 'add':
            return sum(vals, Fr(0))
        if op == 'sub':
            return vals[0] - vals[1]
        raise ValueError(op)

    def leaves(self, e):
        if isinstance(e, str):
            return [e]
        out = []
        for x in e[1:]:
            out += self.leaves(x)
        return out

    def check(self, ck):
        """returns (status, message); status in ok/bad/drop"""
        rel = ck['rel']
        try:
            if rel == 'malformed':
                tok = ck['token']
                if tok not in self.text:
                    return 'drop', 'malformed token missing'
                if any(re.search(p, tok) for p in MALFORMED_PATTERNS):
                    return 'bad', '百分数书写不规范: %r' % tok
                return 'drop', 'token not malformed'
            if rel in ('sum_eq', 'sum_le'):
                w = self.N(ck['whole'])
                ps = [self.N(p) for p in ck['parts']]
                s = sum(ps, Fr(0))
                tol = half_unit(ck['whole']) + sum((half_unit(p) for p in ck['parts']), Fr(0))
                desc = '%s %s %s' % ('+'.join(p.strip() for p in ck['parts']),
                                     '=' if rel == 'sum_eq' else '<=', ck['whole'].strip())
                diff = s - w
                if rel == 'sum_eq':
                    if diff == 0:
                        return 'ok', desc + ' holds'
                    if abs(diff) > tol:
                        return 'bad', desc + ' fails (parts sum %s, whole %s)' % (fmtf(s), fmtf(w))
                    return 'drop', 'within rounding'
                if diff <= 0:
                    return 'ok', desc + ' holds'
                if diff > tol:
                    return 'bad', desc + ' fails: parts %s exceed whole %s' % (fmtf(s), fmtf(w))
                return 'drop', 'within rounding'
            if rel in ('count_eq', 'count_le'):
                n = self.N(ck['n'])
                for it in ck['items']:
                    if it not in self.text:
                        return 'drop', 'item missing'
                if len(ck['items']) != len(list(dict.fromkeys(ck['items']))):
                    return 'drop', 'duplicate items'
                k = len(ck['items'])
                desc = 'stated count %s, listed %d (%s)' % (ck['n'].strip(), k, '、'.join(ck['items']))
                if (rel == 'count_eq' and k == n) or (rel == 'count_le' and k <= n):
                    return 'ok', desc
                return 'bad', desc + ' mismatch'
            if rel == 'pct':
                st = ck['stated']
                if not re.search('[%％]$', st.strip()):
                    return 'drop', 'stated has no %'
                sv = self.N(st)
                num = self.ev(ck['num'])
                den = self.ev(ck['den'])
                if den <= 0 or num < 0:
                    return 'drop', 'bad base'
                true = num / den * 100
                d = decimals(st)
                u = Fr(1, 10 ** d)
                r_ok = Fr(fixed(true, d, 'round'))
                t_ok = Fr(fixed(true, d, 'trunc'))
                desc = '%s: %s/%s = %s%%' % (st.strip(), fmtf(num), fmtf(den), fixed(true, d + 3))
                if (true * 10 ** d - (true * 10 ** d).numerator // (true * 10 ** d).denominator) == Fr(1, 2):
                    return 'drop', 'exact half'
                if sv in (r_ok, t_ok):
                    return 'ok', desc + ' ok'
                if abs(sv - true) >= 2 * u:
                    return 'bad', desc + ' wrong'
                return 'drop', 'grey zone'
            if rel == 'pp':
                st = ck['stated']
                sv = self.N(st)
                dv = self.N(ck['a']) - self.N(ck['b'])
                d = max(decimals(st), decimals(ck['a']), decimals(ck['b']))
                u = Fr(1, 10 ** d)
                desc = '%s - %s = %s, stated %s个百分点' % (ck['a'].strip(), ck['b'].strip(), fmtf(dv), st.strip())
                if dv == sv:
                    return 'ok', desc
                if abs(dv - sv) >= 2 * u:
                    return 'bad', desc + ' wrong'
                return 'drop', 'grey zone'
            if rel in ('share_le100', 'share_eq100'):
                vals = [self.N(x) for x in ck['shares']]
                s = sum(vals, Fr(0))
                desc = 'shares %s sum to %s' % ('+'.join(x.strip() for x in ck['shares']), fmtf(s))
                if rel == 'share_le100':
                    if s <= 100:
                        return 'ok', desc + ' <= 100'
                    if s >= 101:
                        return 'bad', desc + ' > 100'
                    return 'drop', 'grey'
                if s == 100:
                    return 'ok', desc + ' = 100'
                if abs(s - 100) >= 1:
                    return 'bad', desc + ' != 100'
                return 'drop', 'grey'
        except LookupError as ex:
            return 'drop', str(ex)
        except (ValueError, ZeroDivisionError) as ex:
            return 'drop', str(ex)
        return 'drop', 'unknown rel'


def fmtf(x):
    x = Fr(x)
    if x.denominator == 1:
        return str(x.numerator)
    return fixed(x, 4).rstrip('0').rstrip('.')


def derive_label(text, checks, intended):
    v = Verifier(text)
    st = []
    msgs = []
    for ck in checks:
        s, m = v.check(ck)
        st.append(s)
        msgs.append(m)
    if 'drop' in st:
        return None, msgs
    if 'bad' in st:
        return 'inconsistent', msgs
    if intended == 'negative':
        return 'negative', msgs
    if not checks:
        return None, msgs
    return 'consistent', msgs


# ---------------------------------------------------------------------------
# vocabulary (all invented)
# ---------------------------------------------------------------------------
SYL_A = list('青石桐柳白金安和丰清云枫溪龙凤泉梅竹松桂兴平宁新东西南北长永福华阳川沙林田茶杏桃荷兰芦禾稻麦朱蓝')
SYL_B = list('溪河湖塘岭坪山桥湾洲口岗坝林田源浦埠庄集铺店渡门峰屯')
REGIONS = ['全区', '全县', '全市', '全镇', '全街道', '辖区内', '全旗']
ORGS = ['我局', '我镇', '我街道', '区人社局', '县市场监管局', '区信访局', '县应急管理局', '区民政局', '县农业农村局',
        '区住建局', '县卫健委', '区医保局', '县司法局', '区城管执法局', '县交通运输局', '区教育局', '县林业局',
        '区生态环境分局', '县水利局', '区退役军人事务局', '县残联', '区总工会', '县供销社', '区商务局']
OPENERS = ['今年以来', '截至目前', '全年', '1-10月', '上半年', '截至11月底', '2023年', '前三季度', '本年度', '年内',
           '一季度', '截至6月30日', '1—9月', '自专项行动开展以来', '报告期内', '2022年全年']
HEADS = ['一、', '二、', '三、', '（一）', '（二）', '（三）', '（四）', '1.', '2.', '3．', '一是', '二是', '三是', '四是']
HEAD_TITLES = ['聚焦民生保障，兜牢兜实底线', '强化安全监管，守牢安全底线', '优化营商环境，激发市场活力',
               '推进乡村振兴，夯实发展基础', '加强基层治理，维护社会稳定', '抓实项目建设，增强发展后劲',
               '深化改革创新，提升服务效能', '改善生态环境，建设美丽家园']
FILLERS = ['工作取得明显成效', '各项任务稳步推进', '群众获得感持续增强', '为全年目标打下坚实基础',
           '有力保障了群众切身利益', '推动工作提质增效', '各项指标运行平稳']
DISTRACT = ['地区生产总值同比增长{p}%', '一般公共预算收入同比增长{p}%', '社会消费品零售总额增长{p}%',
            '规上工业增加值增长{p}%', '城乡居民人均可支配收入增长{p}%']

# totals domains: (phrase, unit, categories or 'TOWN', (lo, hi), decimals)
TDOM = [
    ('受理群众信访事项', '件', ['来信', '来访', '网上信访', '领导接访', '上级交办件'], (15, 900), 0),
    ('新增城镇就业', '人', ['高校毕业生', '退役军人', '农村转移劳动力', '就业困难人员'], (50, 3000), 0),
    ('开展职业技能培训', '人次', ['电工', '育婴员', '中式烹调师', '电子商务', '养老护理员'], (30, 1500), 0),
    ('排查化解矛盾纠纷', '起', ['婚姻家庭纠纷', '邻里纠纷', '土地权属纠纷', '劳资纠纷', '物业纠纷'], (5, 600), 0),
    ('检查生产经营单位', '家', ['工贸企业', '危化品经营单位', '建筑施工企业', '人员密集场所', '食品小作坊'], (10, 900), 0),
    ('新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], (50, 5000), 0),
    ('办理各类案件', '件', ['民事案件', '行政案件', '刑事案件', '执行案件'], (20, 2000), 0),
    ('实施重点项目', '个', ['产业类项目', '基础设施类项目', '民生类项目', '生态环保类项目'], (3, 80), 0),
    ('发放各类救助资金', '万元', ['低保金', '特困供养金', '临时救助金', '残疾人补贴'], (12, 900), 0),
    ('完成固定资产投资', '万元', ['工业投资', '基础设施投资', '房地产开发投资', '社会事业投资'], (300, 60000), 0),
    ('完成植树造林', '亩', ['人工造林', '封山育林', '退化林修复', '森林抚育'], (100, 20000), 0),
    ('开展送医下乡义诊', '人次', 'TOWN', (40, 2000), 0),
    ('改造农村危房', '户', 'TOWN', (3, 150), 0),
    ('整治农村人居环境问题', '处', ['乱堆乱放', '乱搭乱建', '污水乱排', '垃圾乱倒'], (10, 1500), 0),
    ('受理政务服务热线工单', '件', ['咨询类', '求助类', '投诉类', '建议类'], (100, 9000), 0),
    ('资助家庭经济困难学生', '人次', ['学前教育', '义务教育', '普通高中', '中职学校'], (50, 6000), 0),
    ('清运各类垃圾', '吨', 'TOWN', (50, 8000), 0),
    ('新改建农村公路', '公里', 'TOWN', (20, 600), 1),
    ('完成高标准农田建设', '亩', 'TOWN', (500, 30000), 0),
    ('节约用电', '千瓦时', ['公共机构', '道路照明', '工业企业'], (2000, 90000), 0),
    ('新建保障性住房', '平方米', ['公租房', '保障性租赁住房', '共有产权房'], (1000, 90000), 0),
    ('招引落地项目', '个', ['先进制造业项目', '现代服务业项目', '农业产业化项目'], (2, 60), 0),
    ('发放稳岗返还资金', '万元', ['大型企业', '中型企业', '小微企业'], (5, 3000), 1),
    ('调处劳动争议案件', '件', 'TOWN', (5, 400), 0),
]

# exhaustive pairs: (phrase, unit, A, B, (lo, hi))
PAIRS = [
    ('吸纳就业人员', '人', '男性', '女性', (30, 4000)),
    ('参加城乡居民医保', '人', '城镇居民', '农村居民', (1000, 90000)),
    ('认定低保对象', '户', '城市低保', '农村低保', (50, 6000)),
    ('开展宣传活动', '场次', '线上', '线下', (10, 400)),
    ('在校学生', '人', '公办学校', '民办学校', (500, 60000)),
    ('登记志愿者', '名', '本地户籍', '外地户籍', (50, 8000)),
    ('办理审批事项', '件', '即办件', '承诺件', (100, 20000)),
    ('接收来信来访', '件（次）', '来信', '来访', (20, 900)),
    ('新建和改建村级活动场所', '个', '新建', '改建', (4, 90)),
    ('招聘教师', '名', '中小学', '幼儿园', (20, 600)),
]
# done / not done pairs: (whole, unit, done, rest)
DONE = [
    ('排查安全隐患', '处', '已整改', '正在整改'),
    ('梳理群众反映问题', '个', '已解决', '正在推进解决'),
    ('应签约家庭', '户', '已签约', '尚未签约'),
    ('纳入年度计划的项目', '个', '已开工', '尚未开工'),
    ('受理投诉举报', '件', '已办结', '正在办理'),
    ('交办督办件', '件', '按期办结', '超期办结'),
    ('确定改造任务的小区', '个', '已完工', '在建'),
    ('申报专项债项目', '个', '获批', '未获批'),
]


def town(r):
    return r.choice(SYL_A) + r.choice(SYL_B) + r.choice(['镇', '镇', '乡', '街道'])


def village(r):
    return r.choice(SYL_A) + r.choice(SYL_B) + r.choice(['村', '村', '社区'])


def uniq(r, fn, k):
    out = []
    while len(out) < k:
        x = fn(r)
        if x not in out:
            out.append(x)
    return out


# ---------------------------------------------------------------------------
# record context
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, intended):
        self.r = r
        self.intended = intended
        self.bad = intended == 'inconsistent'
        self.checks = []
        self.err = ''
        self.desc = ''
        x = r.random()
        self.mode = 'a' if x < 0.62 else 'w' if x < 0.72 else 'k' if x < 0.84 else 'sp' if x < 0.94 else 'c'
        self.halfpunct = r.random() < 0.15
        self.pdf = r.random() < 0.12

    # -- formatting
    def i(self, v, mode=None):
        m = mode or self.mode
        v = int(v)
        if m == 'c' and v < 100000:
            return '两' if v == 2 else to_cn(v)
        if m == 'k' and v >= 1000:
            return '{:,}'.format(v)
        if m == 'w':
            return str(v).translate(FW)
        if m == 'sp':
            return ' %d ' % v
        return str(v)

    def d(self, scaled, d, mode=None):
        """scaled int with d decimals"""
        m = mode or self.mode
        s = fixed(Fr(scaled, 10 ** d), d)
        if m == 'w':
            return s.translate(FW)
        if m == 'sp':
            return ' ' + s + ' '
        if m == 'k' and '.' not in s and int(s) >= 1000:
            return '{:,}'.format(int(s))
        return s

    def p(self, s, mode=None):
        """decimal string -> percentage display"""
        m = mode or self.mode
        if m == 'w':
            return s.translate(FW) + '％'
        if m == 'sp':
            return ' ' + s + '% '
        if self.r.random() < 0.15:
            return s + '％'
        return s + '%'

    def pick(self, xs):
        return self.r.choice(xs)

    def ri(self, a, b):
        return self.r.randint(a, b)

    # -- checks
    def eq(self, whole, parts):
        self.checks.append({'rel': 'sum_eq', 'whole': whole.strip(), 'parts': [p.strip() for p in parts]})

    def le(self, whole, parts):
        self.checks.append({'rel': 'sum_le', 'whole': whole.strip(), 'parts': [p.strip() for p in parts]})

    def cnt(self, n, items, rel='count_eq'):
        self.checks.append({'rel': rel, 'n': n.strip(), 'items': list(items)})

    def pct(self, stated, num, den):
        def st(e):
            return e.strip() if isinstance(e, str) else [e[0]] + [st(x) for x in e[1:]]
        self.checks.append({'rel': 'pct', 'stated': stated.strip(), 'num': st(num), 'den': st(den)})

    def pp(self, stated, a, b):
        self.checks.append({'rel': 'pp', 'stated': stated.strip(), 'a': a.strip(), 'b': b.strip()})

    def shares(self, toks, rel='share_le100'):
        self.checks.append({'rel': rel, 'shares': [t.strip() for t in toks]})

    def mal(self, tok):
        self.checks.append({'rel': 'malformed', 'token': tok})

    # -- vocabulary
    def town(self):
        return town(self.r)

    def towns(self, k):
        return uniq(self.r, town, k)

    def villages(self, k):
        return uniq(self.r, village, k)

    def opener(self):
        return self.pick(OPENERS)

    def org(self):
        return self.pick(ORGS)

    def region(self):
        return self.pick(REGIONS)

    def head(self):
        return self.pick(HEADS) + self.pick(HEAD_TITLES) + self.pick(['。', '\n', '。'])

    def distract(self):
        return self.pick(DISTRACT).format(p=fixed(Fr(self.ri(10, 150), 10), 1))

    def distract2(self):
        a, b = self.r.sample(DISTRACT, 2)
        return (a.format(p=fixed(Fr(self.ri(10, 150), 10), 1)) + '，' +
                b.format(p=fixed(Fr(self.ri(10, 150), 10), 1)))


# ---------------------------------------------------------------------------
# corruption helpers
# ---------------------------------------------------------------------------
def mutate_int(r, v, kinds=None):
    s = str(v)
    kinds = kinds or ['typo', 'swap', 'off', 'off', 'large', 'digit']
    for _ in range(30):
        k = r.choice(kinds)
        if k == 'typo':
            pos = r.randrange(len(s))
            nd = r.choice([c for c in '0123456789' if c != s[pos] and not (pos == 0 and c == '0')])
            nv = int(s[:pos] + nd + s[pos + 1:])
            desc = '数字误写(%d→%d)' % (v, nv)
        elif k == 'swap':
            idx = [j for j in range(len(s) - 1) if s[j] != s[j + 1] and not (j == 0 and s[1] == '0')]
            if not idx:
                continue
            j = r.choice(idx)
            nv = int(s[:j] + s[j + 1] + s[j] + s[j + 2:])
            desc = '相邻数字颠倒(%d→%d)' % (v, nv)
        elif k == 'off':
            dlt = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 30, 100])
            nv = v + dlt if r.random() < 0.5 or v - dlt <= 0 else v - dlt
            desc = '差%d(%d→%d)' % (abs(nv - v), v, nv)
        elif k == 'large':
            nv = int(v * r.choice([Fr(3, 2), Fr(2), Fr(5, 2), Fr(3, 5), Fr(1, 2), Fr(7, 10)]))
            desc = '大幅偏差(%d→%d)' % (v, nv)
        else:
            if len(s) >= 2 and r.random() < 0.5:
                pos = r.randrange(1, len(s))
                nv = int(s[:pos] + s[pos + 1:])
                desc = '漏写一位数字(%d→%d)' % (v, nv)
            else:
                pos = r.randrange(1, len(s) + 1)
                nv = int(s[:pos] + r.choice('0123456789') + s[pos:])
                desc = '多写一位数字(%d→%d)' % (v, nv)
        if nv > 0 and nv != v:
            return nv, desc
    return v + 1, '差1'


def corrupt_eq(r, parts, whole):
    parts = list(parts)
    x = r.random()
    if x < 0.45:
        nw, d = mutate_int(r, whole)
        return parts, nw, '合计' + d
    if x < 0.7:
        j = r.randrange(len(parts))
        np_, d = mutate_int(r, parts[j], ['typo', 'swap', 'off', 'digit'])
        parts[j] = np_
        return parts, whole, '分项' + d
    if len(parts) < 3:
        nw, d = mutate_int(r, whole)
        return parts, nw, '合计' + d
    if x < 0.85:
        j = r.randrange(len(parts))
        return parts, whole - parts[j], '合计漏加一项(少%d)' % parts[j]
    j = r.randrange(len(parts))
    return parts, whole + parts[j], '合计重复计入一项(多%d)' % parts[j]


def corrupt_le(r, parts, whole):
    """make sum(parts) > whole"""
    s = sum(parts)
    for _ in range(40):
        x = r.random()
        if x < 0.4:
            nw, d = mutate_int(r, whole)
            if nw < s:
                return parts, nw, '总数' + d + '，分项之和超过总数'
        elif x < 0.7:
            j = r.randrange(len(parts))
            np_, d = mutate_int(r, parts[j], ['typo', 'digit', 'large', 'swap'])
            if s - parts[j] + np_ > whole:
                parts = list(parts)
                parts[j] = np_
                return parts, whole, '分项' + d + '，分项之和超过总数'
        else:
            nw = s - r.choice([1, 2, 3, 5, 10, max(1, s // 10), max(1, s // 3)])
            if 0 < nw < s:
                return parts, nw, '分项之和%d大于总数%d' % (s, nw)
    return parts, max(1, s - 1), '分项之和大于总数'


def split(r, total, k, minp=1):
    """random composition of total into k positive parts"""
    if total < k * minp:
        total = k * minp
    cuts = sorted(r.sample(range(1, total - k * minp + k), k - 1)) if k > 1 else []
    parts = []
    prev = 0
    for c in cuts + [total - k * minp + k]:
        parts.append(c - prev - 1 + minp)
        prev = c
    return parts


def gen_parts(r, k, lo, hi):
    tot = r.randint(max(lo, k * 2), max(hi, k * 2 + 1))
    return split(r, tot, k)


def corrupt_pct(r, num, den, d, complement_ok=True):
    """return stated Fraction value (bad) for a rate num/den"""
    true = Fr(num, den) * 100
    for _ in range(40):
        x = r.random()
        if x < 0.3:
            s = fixed(true, d)
            digs = [j for j, c in enumerate(s) if c.isdigit()]
            j = r.choice(digs)
            nd = r.choice([c for c in '0123456789' if c != s[j]])
            ns = s[:j] + nd + s[j + 1:]
            if ns[0] == '0' and len(ns.split('.')[0]) > 1:
                continue
            desc = '百分比误写(%s→%s)' % (s, ns)
            v = Fr(ns)
        elif x < 0.45:
            s = fixed(true, d)
            idx = [j for j in range(len(s) - 1) if s[j].isdigit() and s[j + 1].isdigit() and s[j] != s[j + 1]]
            if not idx:
                continue
            j = r.choice(idx)
            ns = s[:j] + s[j + 1] + s[j] + s[j + 2:]
            if ns[0] == '0' and len(ns.split('.')[0]) > 1:
                continue
            v = Fr(ns)
            desc = '数字颠倒(%s→%s)' % (s, ns)
        elif x < 0.7:
            dl = r.choice([Fr(2), Fr(3), Fr(5), Fr(1), Fr(12, 10), Fr(8, 10), Fr(25, 10), Fr(10)])
            v = true + dl if r.random() < 0.5 else true - dl
            desc = '偏差约%s个百分点' % fmtf(dl)
        elif x < 0.8 and complement_ok and true < 100:
            v = 100 - true
            desc = '用了补数(100-实际)'
        elif x < 0.9:
            if r.random() < 0.5:
                v = Fr(num, den + num) * 100
                desc = '分母取错(用了两数之和)'
            else:
                v = Fr(num, den) * 100 * Fr(r.choice([9, 11]), 10)
                desc = '比率计算偏差约10%'
        else:
            v = true * r.choice([Fr(1, 10), Fr(10), Fr(1, 2)])
            desc = '数量级/倍数错误'
        if v <= 0 or v > 100000:
            continue
        vs = fixed(v, d)
        if abs(Fr(vs) - true) >= Fr(3, 10 ** d):
            return vs, desc
    return fixed(true + 5, d), '偏差5个百分点'


def rate_counts(r, lo, hi, rlo, rhi):
    den = r.randint(lo, hi)
    rate = Fr(r.randint(int(rlo * 10), int(rhi * 10)), 1000)
    num = int(den * rate)
    num = max(0, min(num, den)) if rhi <= 100 else max(0, num)
    return num, den


def stated_pct(c, num, den, d, complement=False):
    """returns (decimal string stated, err desc)"""
    true = Fr(num, den) * 100
    if complement:
        true = 100 - true
    if c.bad:
        n2 = den - num if complement else num
        return corrupt_pct(c.r, n2, den, d)
    how = 'trunc' if c.r.random() < 0.1 else 'round'
    return fixed(true, d, how), ''


# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------
STYLES = {'totals': [], 'pct': []}


def style(family, name, kind='ci'):
    def deco(fn):
        STYLES[family].append((name, kind, fn))
        return fn
    return deco


def tdom(c, k_min=2, k_max=4, need_cats=False):
    for _ in range(20):
        dom = c.pick(TDOM)
        phrase, unit, cats, (lo, hi), dec = dom
        if need_cats and cats == 'TOWN':
            continue
        if cats == 'TOWN':
            k = c.ri(k_min, k_max)
            names = c.towns(k)
        else:
            k = c.ri(k_min, min(k_max, len(cats)))
            names = c.r.sample(cats, k)
        return phrase, unit, names, lo, hi, dec
    raise RuntimeError


def numfmt(c, v, dec):
    return c.d(v, dec) if dec else c.i(v)


def totals_eq_values(c, k, lo, hi, dec):
    sc = 10 ** dec
    parts = gen_parts(c.r, k, lo * sc, hi * sc)
    whole = sum(parts)
    err = ''
    if c.bad:
        parts, whole, err = corrupt_eq(c.r, parts, whole)
    c.err = err
    return parts, whole


def totals_le_values(c, k, lo, hi, dec, partial_prob=0.5):
    sc = 10 ** dec
    parts = gen_parts(c.r, k, lo * sc, hi * sc)
    whole = sum(parts)
    if c.r.random() < partial_prob:
        whole += c.ri(1, max(1, whole // 2))
    err = ''
    if c.bad:
        parts, whole, err = corrupt_le(c.r, parts, whole)
    c.err = err
    return parts, whole


# =========================== TOTALS: consistent / inconsistent ==============

@style('totals', 'gong_qizhong_partial')
def t_gong_qizhong(c):
    ph, u, names, lo, hi, dec = tdom(c, 1, 3)
    parts, whole = totals_le_values(c, len(names), lo, hi, dec)
    W = numfmt(c, whole, dec)
    P = [numfmt(c, p, dec) for p in parts]
    c.le(W, P)
    lst = '、'.join('%s%s%s' % (n, p, u) for n, p in zip(names, P))
    return '%s，%s%s%s%s，其中%s。' % (c.opener(), c.org(), c.pick(['共', '累计', '']), ph, W + u, lst)


@style('totals', 'gong_fenbiewei')
def t_fenbiewei(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 4)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    W = numfmt(c, whole, dec)
    P = [numfmt(c, p, dec) for p in parts]
    c.eq(W, P)
    kk = to_cn(len(names)).replace('二', '两')
    if names[0][-1] in '镇乡道':
        lead = '涉及%s%s个镇（街道），' % ('、'.join(names), kk)
    else:
        lead = c.pick(['分为%s%s类，' % ('、'.join(names), kk), '按类型分为%s%s类，' % ('、'.join(names), kk)])
    return '%s%s%s共%s%s，%s分别为%s。' % (c.opener(), c.pick(['，', '', '，' + c.region()]), ph, W, u,
                                     lead, '、'.join(p + u for p in P))


@style('totals', 'parts_then_heji')
def t_parts_then(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 4)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    W = numfmt(c, whole, dec)
    P = [numfmt(c, p, dec) for p in parts]
    c.eq(W, P)
    lst = '，'.join('%s%s%s' % (n, p, u) for n, p in zip(names, P))
    return '%s%s：%s，%s%s%s。' % (c.opener(), ph, lst, c.pick(['合计', '共计', '总计', '以上合计']), W, u)


@style('totals', 'pair_in_brackets')
def t_pair_brackets(c):
    ph, u, a, b, (lo, hi) = c.pick(PAIRS)
    parts, whole = totals_eq_values(c, 2, lo, hi, 0)
    W, A, B = c.i(whole), c.i(parts[0]), c.i(parts[1])
    c.eq(W, [A, B])
    return '%s，%s%s%s%s（%s%s%s、%s%s%s），%s。' % (c.opener(), c.region(), ph, W, u, a, A, u, b, B, u, c.pick(FILLERS))


@style('totals', 'pair_qizhong_gender')
def t_gender(c):
    what = c.pick(['新招录网格员', '培训农村实用人才', '慰问困难职工', '选派驻村干部', '新发展党员', '吸纳返乡创业人员',
                   '认定新型职业农民', '招募社区志愿者'])
    parts, whole = totals_eq_values(c, 2, 20, 3000, 0)
    W, A, B = c.i(whole), c.i(parts[0]), c.i(parts[1])
    c.eq(W, [A, B])
    m, f = c.pick([('男性', '女性'), ('男', '女'), ('男同志', '女同志')])
    return '%s%s%s%s，其中%s%s%s，%s%s%s。' % (c.opener(), what, W, c.pick(['人', '名']), m, A, '人', f, B, '人')


@style('totals', 'urban_rural_next_sentence')
def t_urban_rural(c):
    what, u = c.pick([('城乡居民养老保险参保人数达', '人'), ('累计发放养老金的对象', '人'), ('全区常住户籍家庭', '户'),
                      ('纳入医疗救助范围的困难群众', '人'), ('享受居民最低生活保障', '户')])
    parts, whole = totals_eq_values(c, 2, 500, 80000, 0)
    W, A, B = c.i(whole), c.i(parts[0]), c.i(parts[1])
    c.eq(W, [A, B])
    return '%s，%s%s%s。从分布看，城镇%s%s，农村%s%s。' % (c.opener(), what, W, u, A, u, B, u)


@style('totals', 'done_undone')
def t_done(c):
    wh, u, dn, rest = c.pick(DONE)
    parts, whole = totals_eq_values(c, 2, 5, 2000, 0)
    W, A, B = c.i(whole), c.i(parts[0]), c.i(parts[1])
    c.eq(W, [A, B])
    return '%s，%s%s%s，%s%s%s，%s%s%s。' % (c.opener(), wh, W, u, dn, A, u, rest, B, u)


@style('totals', 'ontime_overdue_semicolon')
def t_ontime(c):
    parts, whole = totals_eq_values(c, 2, 10, 3000, 0)
    W, A, B = c.i(whole), c.i(parts[0]), c.i(parts[1])
    c.eq(W, [A, B])
    src = c.pick(['12345热线', '市长信箱', '网上信访平台', '人民网留言板', '阳光政务平台'])
    return '%s%s转办件办结%s件；其中按期办结%s件，超期办结%s件。' % (c.opener(), src, W, A, B)


@style('totals', 'table_flat_space')
def t_table(c):
    ph, u, names, lo, hi, dec = tdom(c, 3, 5)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    W = numfmt(c, whole, dec).strip()
    P = [numfmt(c, p, dec).strip() for p in parts]
    c.eq(W, P)
    hdr = c.pick(['项目 数量', '类别 数量（%s）' % u, '单位 %s' % ph[-4:], '序号 名称 数量'])
    rows = []
    for j, (n, p) in enumerate(zip(names, P)):
        if hdr.startswith('序号'):
            rows.append('%d %s %s' % (j + 1, n, p))
        else:
            rows.append('%s %s' % (n, p))
    tot = c.pick(['合计', '总计', '合  计'])
    if hdr.startswith('序号'):
        tot = '— ' + tot
    return '%s情况如下（单位：%s）：\n%s\n%s\n%s %s' % (ph, u, hdr, '\n'.join(rows), tot, W)


@style('totals', 'table_colon_semicolon')
def t_table2(c):
    ph, u, names, lo, hi, dec = tdom(c, 3, 5)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    W = numfmt(c, whole, dec)
    P = [numfmt(c, p, dec) for p in parts]
    c.eq(W, P)
    rows = '；'.join('%s：%s%s' % (n, p, u) for n, p in zip(names, P))
    return '%s分类统计——%s；合计：%s%s。' % (ph, rows, W, u)


@style('totals', 'wan_whole_unit_parts')
def t_wan(c):
    ph, u, a, b, (lo, hi) = c.pick(PAIRS[:7])
    whole = c.ri(12, 990) * 100
    parts = split(c.r, whole, 2)
    ws = fixed(Fr(whole, 10000), 4).rstrip('0').rstrip('.')
    err = ''
    if c.bad:
        x = c.r.random()
        if x < 0.35:
            ws = fixed(Fr(whole, 1000), 4).rstrip('0').rstrip('.')
            err = '万位换算错误(应为%s万)' % fixed(Fr(whole, 10000), 4).rstrip('0').rstrip('.')
        else:
            parts, whole2, err = corrupt_eq(c.r, parts, whole)
            if whole2 != whole:
                if whole2 % 100:
                    whole2 = whole2 // 100 * 100 + (100 if whole2 > whole else 0)
                ws = fixed(Fr(whole2, 10000), 4).rstrip('0').rstrip('.')
                err = '合计误为%s万' % ws
    c.err = err
    W = (ws.translate(FW) if c.mode == 'w' else ws) + '万'
    A, B = c.i(parts[0], 'a' if c.mode == 'c' else None), c.i(parts[1], 'a' if c.mode == 'c' else None)
    c.eq(W, [A, B])
    return '%s%s%s%s，其中%s%s%s、%s%s%s。' % (c.opener(), ph, W, u, a, A, u, b, B, u)


@style('totals', 'yi_whole_wan_parts')
def t_yi(c):
    what = c.pick(['完成项目投资', '争取上级资金', '落实财政衔接资金', '完成工业技改投资', '实现招商引资到位资金'])
    whole = c.ri(12, 980) * 100  # in 万元 -> x.xx亿
    k = c.ri(2, 4)
    parts = split(c.r, whole, k)
    cats = c.r.sample(['中央资金', '省级资金', '市级资金', '县级配套', '社会资本', '银行贷款'], k)
    err = ''
    ys = fixed(Fr(whole, 10000), 2).rstrip('0').rstrip('.')
    if c.bad:
        if c.r.random() < 0.35:
            ys = fixed(Fr(whole, 1000), 2).rstrip('0').rstrip('.')
            err = '亿元与万元换算错位(应为%s亿元)' % fixed(Fr(whole, 10000), 2).rstrip('0').rstrip('.')
        else:
            parts, _, err = corrupt_eq(c.r, parts, whole)
            err = err.replace('合计', '分项') if '分项' in err else '分项' + err
            if sum(parts) == whole:
                parts[0] += c.ri(300, 900)
    c.err = err
    W = ys + '亿'
    P = [c.i(p, 'a' if c.mode in ('c', 'sp') else None) for p in parts]
    c.eq(W, [p + '万' for p in P])
    return '%s，%s%s元，由%s构成。' % (c.opener(), what, W, '、'.join('%s%s万元' % (n, p) for n, p in zip(cats, P)))


@style('totals', 'count_named_brackets')
def t_count_named(c):
    k = c.ri(2, 6)
    kind = c.pick(['村', '社区', '镇'])
    names = c.villages(k) if kind != '镇' else c.towns(k)
    if kind == '社区':
        names = [n[:-1] + '社区' if n.endswith('村') else n for n in names]
        names = list(dict.fromkeys(names))
        k = len(names)
    n = k
    if c.bad:
        n = k + c.pick([1, -1, 2, 1]) if k > 2 else k + 1
        c.err = '所列名称%d个，称%d个' % (k, n)
    N = c.i(n, c.pick(['a', 'c', 'c']))
    c.cnt(N, names)
    act = c.pick(['被评为市级文明单位', '列入省级示范创建名单', '完成集体产权制度改革试点', '建成智慧安防小区', '通过美丽乡村验收'])
    unitw = '个' if kind != '社区' else c.pick(['个', '家'])
    lead = c.pick(['全县共有', '共有', '']) if kind == '镇' else c.pick(['全镇共有', '共有', ''])
    return '%s，%s%s%s%s（%s）%s。' % (c.opener(), lead, N, unitw, kind if kind != '镇' else '乡镇',
                                 '、'.join(names), act)


@style('totals', 'count_named_deng')
def t_count_deng(c):
    k = c.ri(2, 5)
    names = c.villages(k)
    if c.bad:
        n = c.ri(1, k - 1)
        c.err = '“等%d个”之前已列出%d个' % (n, k)
    else:
        n = c.ri(k, k + 6)
    N = c.i(n, c.pick(['a', 'c']))
    c.cnt(N, names, 'count_le')
    return '在%s等%s个村开展%s，%s。' % ('、'.join(names), N, c.pick(['人居环境整治提升行动', '“积分制”治理试点', '村级光伏电站建设',
                                                           '农村污水管网铺设']), c.pick(FILLERS))


@style('totals', 'two_level_breakdown')
def t_two_level(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 2, need_cats=True)
    A = c.ri(lo * 2, hi * 2)
    B = c.ri(lo, hi)
    a_parts = split(c.r, A, 2)
    if c.r.random() < 0.5:
        sub_sum_exact = True
    else:
        sub_sum_exact = False
        A += c.ri(1, max(1, A // 4))
    whole = A + B
    if c.bad:
        if c.r.random() < 0.5:
            _, whole, e = corrupt_eq(c.r, [A, B], whole)
            if whole == A + B:
                whole += 7
            c.err = '总数' + e
        else:
            a_parts, A2, e = corrupt_le(c.r, a_parts, A)
            if A2 != A:
                whole = A2 + B
            A = A2
            c.err = '二级分项：' + e
    subs = c.pick([('新办', '续办'), ('首次', '复查'), ('市级', '县级'), ('线上', '线下')])
    W, SA, SB = c.i(whole), c.i(A), c.i(B)
    a1, a2 = c.i(a_parts[0]), c.i(a_parts[1])
    c.eq(W, [SA, SB])
    c.le(SA, [a1, a2])
    return '%s，%s%s%s，分为%s和%s两类：%s%s%s，其中%s%s%s、%s%s%s；%s%s%s。' % (
        c.opener(), ph, W, u, names[0], names[1], names[0], SA, u, subs[0], a1, u, subs[1], a2, u, names[1], SB, u)


@style('totals', 'increase_from_to')
def t_increase(c):
    what, u = c.pick([('市场主体总量', '户'), ('规上工业企业', '家'), ('高新技术企业', '家'), ('农民专业合作社', '家'),
                      ('登记在册志愿者', '人'), ('家庭农场', '个'), ('新能源汽车充电桩', '个')])
    last = c.ri(20, 20000)
    inc = c.ri(1, max(2, last // 3))
    now = last + inc
    up = c.r.random() < 0.7
    if not up:
        last, now = now, last
    if c.bad:
        inc, e = mutate_int(c.r, inc)
        c.err = '增减量' + e
    L, N, D = c.i(last), c.i(now), c.i(inc)
    if up:
        c.eq(N, [L, D])
        return '%s由上年末的%s%s增加到%s%s，净增%s%s。' % (what, L, u, N, u, D, u)
    c.eq(L, [N, D])
    return '%s由年初的%s%s减少至%s%s，减少%s%s。' % (what, L, u, N, u, D, u)


@style('totals', 'qiyu_remainder')
def t_qiyu(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 2, need_cats=True)
    parts, whole = totals_eq_values(c, 2, lo, hi, dec)
    W, A, B = numfmt(c, whole, dec), numfmt(c, parts[0], dec), numfmt(c, parts[1], dec)
    c.eq(W, [A, B])
    return '%s共%s%s，其中%s%s%s，其余%s%s均为%s。' % (ph, W, u, names[0], A, u, B, u, names[1])


@style('totals', 'town_fenbie_heji')
def t_town_fenbie(c):
    k = c.ri(2, 4)
    ts = c.towns(k)
    what, u, lo, hi = c.pick([('完成水稻制种', '亩', 300, 9000), ('完成撂荒地复垦', '亩', 50, 3000),
                              ('新建农村户用厕所', '座', 20, 800), ('安装路灯', '盏', 10, 600), ('拆除违法建筑', '平方米', 200, 30000)])
    parts, whole = totals_eq_values(c, k, lo, hi, 0)
    W = c.i(whole)
    P = [c.i(p) for p in parts]
    c.eq(W, P)
    return '%s分别%s%s，合计%s%s。' % ('、'.join(ts), what, '、'.join(p + u for p in P), W, u)


@style('totals', 'decimal_km_pair')
def t_decimal(c):
    what, u, a, b = c.pick([('新改建农村公路', '公里', '新建', '改建'), ('铺设污水管网', '公里', '主管网', '支管网'),
                            ('治理水土流失面积', '平方公里', '坡耕地治理', '林草植被恢复'),
                            ('建成绿道', '公里', '城区段', '郊野段')])
    dec = c.pick([1, 1, 2])
    parts, whole = totals_eq_values(c, 2, 3, 300, dec)
    W, A, B = c.d(whole, dec), c.d(parts[0], dec), c.d(parts[1], dec)
    c.eq(W, [A, B])
    return '%s%s%s%s，其中%s%s%s，%s%s%s。' % (c.opener(), what, W, u, a, A, u, b, B, u)


@style('totals', 'three_items_yishi_total')
def t_yishi(c):
    u = c.pick(['个', '处', '所'])
    acts = c.r.sample(['新建社区综合服务站', '改造老年食堂', '提升农村幸福院', '建设口袋公园', '新增托育点', '打造“15分钟便民生活圈”示范点'], 3)
    parts, whole = totals_eq_values(c, 3, 3, 120, 0)
    P = [c.i(p) for p in parts]
    W = c.i(whole)
    c.eq(W, P)
    return '一是%s%s%s；二是%s%s%s；三是%s%s%s。%s共计%s%s。' % (
        acts[0], P[0], u, acts[1], P[1], u, acts[2], P[2], u, c.pick(['三项', '以上三项', '上述项目']), W, u)


@style('totals', 'bracket_numbers_list')
def t_bracket_nums(c):
    k = c.ri(2, 4)
    cats = c.r.sample(['工业企业', '商贸企业', '建筑企业', '服务业企业', '物流企业', '餐饮企业'], k)
    parts, whole = totals_eq_values(c, k, 3, 400, 0)
    P = [c.i(p) for p in parts]
    W = c.i(whole)
    c.eq(W, P)
    return '本次帮扶对象为%s，共计%s家。' % ('、'.join('%s（%s家）' % (n, p) for n, p in zip(cats, P)), W)


@style('totals', 'numbered_lines_yishang_heji')
def t_numbered_lines(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 4)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    P = [numfmt(c, p, dec) for p in parts]
    W = numfmt(c, whole, dec)
    c.eq(W, P)
    lines = '\n'.join('%d.%s %s%s' % (j + 1, n, p, u) for j, (n, p) in enumerate(zip(names, P)))
    return '%s分项情况：\n%s\n以上合计%s%s。' % (ph, lines, W, u)


@style('totals', 'whole_in_next_sentence')
def t_whole_next(c):
    k = c.ri(2, 4)
    ts = c.towns(k)
    what, u, lo, hi = c.pick([('完成造林', '亩', 100, 5000), ('转移就业', '人', 20, 3000), ('发放惠农补贴', '万元', 10, 900),
                              ('化解矛盾纠纷', '起', 5, 300)])
    parts, whole = totals_eq_values(c, k, lo, hi, 0)
    P = [c.i(p) for p in parts]
    W = c.i(whole)
    c.eq(W, P)
    segs = '，'.join('%s%s%s%s' % (t, what, p, u) for t, p in zip(ts, P))
    return '%s。以上%s个镇（街道）共%s%s%s。' % (segs, to_cn(k).replace('二', '两'), what, W, u)


@style('totals', 'long_sentence_distractors')
def t_long(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 3, need_cats=True)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    P = [numfmt(c, p, dec) for p in parts]
    W = numfmt(c, whole, dec)
    c.eq(W, P)
    return '%s%s，%s；%s%s%s，分为%s%s类，分别为%s，较上年多%s%s，%s。' % (
        c.head(), c.opener(), c.distract2(), ph, W, u, '、'.join(names), to_cn(len(names)).replace('二', '两'),
        '、'.join(p + u for p in P),
        c.i(c.ri(2, 90)), u, c.pick(FILLERS))


@style('totals', 'cumulative_prior_plus_new')
def t_cum(c):
    what, u = c.pick([('建成5G基站', '个'), ('培育省级专精特新企业', '家'), ('创建绿色社区', '个'), ('建成农村寄递物流点', '个'),
                      ('认定“星级”农家乐', '家')])
    prior = c.ri(5, 3000)
    new = c.ri(1, max(2, prior // 2))
    tot = prior + new
    if c.bad:
        tot, e = mutate_int(c.r, tot)
        c.err = '累计数' + e
    P, N, T = c.i(prior), c.i(new), c.i(tot)
    c.eq(T, [P, N])
    return '截至上年底已%s%s%s，今年新增%s%s，目前累计达到%s%s。' % (what, P, u, N, u, T, u)


@style('totals', 'category_count_colon')
def t_cat_count(c):
    k = c.ri(3, 6)
    items = c.r.sample(['政策宣传', '技能培训', '岗位推送', '创业指导', '法律援助', '心理疏导', '权益维护', '困难帮扶'], k)
    n = k
    if c.bad:
        n = k + c.pick([1, -1, 2])
        c.err = '称%d个方面，实列%d个' % (n, k)
    N = c.i(n, 'c')
    c.cnt(N, items)
    return '服务内容涵盖%s个方面：%s。' % (N, '、'.join(items))


@style('totals', 'chinese_numeral_pair')
def t_cn_pair(c):
    what, u, a, b = c.pick([('设立便民服务站', '个', '城区', '乡镇'), ('组建志愿服务队', '支', '镇级', '村级'),
                            ('建成党群服务中心', '个', '新建', '改扩建'), ('配备专职调解员', '名', '镇级', '村级')])
    parts, whole = totals_eq_values(c, 2, 3, 99, 0)
    W, A, B = c.i(whole, 'c'), c.i(parts[0], 'c'), c.i(parts[1], 'c')
    c.eq(W, [A, B])
    return '共%s%s%s，其中%s%s%s、%s%s%s。' % (what, W, u, a, A, u, b, B, u)


@style('totals', 'fullwidth_heji')
def t_fw(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 4)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    P = [numfmt(c, p, dec) if c.mode == 'w' else (c.d(p, dec, 'w') if dec else c.i(p, 'w')) for p in parts]
    W = c.d(whole, dec, 'w') if dec else c.i(whole, 'w')
    c.eq(W, P)
    return '%s（%s），%s合计%s%s。' % (ph, '；'.join(n + p + u for n, p in zip(names, P)), c.pick(['', '全年', '各类']), W, u)


@style('totals', 'thousands_sep_fenbiewei')
def t_thousands(c):
    what, u, cats = c.pick([('接待游客', '人次', ['自然景区', '乡村旅游点', '红色教育基地']),
                            ('实现农产品网络销售额', '万元', ['生鲜类', '粮油类', '特色手工品']),
                            ('完成供水', '吨', ['居民生活', '工业生产', '市政消防']),
                            ('处理生活污水', '吨', ['城区污水厂', '乡镇污水站', '一体化设施'])])
    parts, whole = totals_eq_values(c, 3, 30000, 2000000, 0)
    P = [c.i(p, 'k') for p in parts]
    W = c.i(whole, 'k')
    c.eq(W, P)
    return '%s，%s%s%s，按%s、%s、%s三类统计，分别为%s。' % (c.opener(), what, W, u, cats[0], cats[1], cats[2],
                                                 '、'.join(p + u for p in P))


@style('totals', 'pdf_linebreak_spaces')
def t_pdf(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 3)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    P = [numfmt(c, p, dec).strip() for p in parts]
    W = numfmt(c, whole, dec).strip()
    c.eq(W, P)
    c.pdf = False
    return '%s，%s：%s，合\n计 %s %s。%s' % (c.opener(), ph, '，'.join('%s %s %s' % (n, p, u) for n, p in zip(names, P)),
                                        W, u, c.pick(FILLERS) + '。')


@style('totals', 'half_width_punct')
def t_half(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 3)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    P = [numfmt(c, p, dec) for p in parts]
    W = numfmt(c, whole, dec)
    c.eq(W, P)
    c.halfpunct = False
    return '%s,%s%s%s;其中:%s,%s.' % (c.opener(), ph, W, u, ';'.join('%s %s%s' % (n, p, u) for n, p in zip(names, P)),
                                   '合计' + W + u)


@style('totals', 'three_sentences')
def t_three(c):
    n_tot = c.ri(8, 300)
    parts = split(c.r, n_tot, 2)
    tot = n_tot
    if c.bad:
        parts, tot, c.err = corrupt_eq(c.r, parts, tot)
    T, A, B = c.i(tot), c.i(parts[0]), c.i(parts[1])
    c.eq(T, [A, B])
    obj = c.pick(['行政村', '自然村', '居民小区', '农贸市场'])
    act = c.pick(['完成雨污分流改造', '实现光纤入户', '完成“三线”整治', '建成垃圾分类示范点'])
    return '%s共有%s%s。其中，%s个已%s。剩余%s个正在加快推进，预计年底前全部完成。' % (
        c.region(), T, '个' + obj, A, act, B)


@style('totals', 'heading_subitems')
def t_heading(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 4)
    parts, whole = totals_eq_values(c, len(names), lo, hi, dec)
    P = [numfmt(c, p, dec) for p in parts]
    W = numfmt(c, whole, dec)
    c.eq(W, P)
    hd = c.pick(['（一）', '（二）', '一、', '二、', '三、'])
    subs = '\n'.join('%s. %s：%s%s；' % (j + 1, n, p, u) for j, (n, p) in enumerate(zip(names, P)))
    return '%s%s\n%s%s%s，具体如下：\n%s' % (hd, c.pick(HEAD_TITLES), c.opener(), ph, W + u, subs)


@style('totals', 'baokuo_exact')
def t_baokuo(c):
    ph, u, names, lo, hi, dec = tdom(c, 2, 4, need_cats=True)
    parts, whole = totals_le_values(c, len(names), lo, hi, dec, partial_prob=0.0)
    P = [numfmt(c, p, dec) for p in parts]
    W = numfmt(c, whole, dec)
    c.le(W, P)
    return '%s%s%s%s，包括%s。' % (c.opener(), ph, W, u, '、'.join(n + p + u for n, p in zip(names, P)))


@style('totals', 'han_bracket_single_part')
def t_han(c):
    what, u, sub = c.pick([('开展培训', '人次', '线上培训'), ('受理投诉', '件', '重复投诉'), ('检查门店', '家', '复查'),
                           ('发放宣传资料', '份', '双语资料'), ('组织应急演练', '场次', '无脚本演练')])
    parts, whole = totals_le_values(c, 1, 20, 9000, 0)
    W, A = c.i(whole), c.i(parts[0])
    c.le(W, [A])
    return '%s%s%s%s（含%s%s%s）。' % (c.opener(), what, W, u, sub, A, u)


@style('totals', 'two_wholes_one_split')
def t_two_wholes(c):
    ent = c.ri(20, 900)
    parts, whole = totals_le_values(c, 2, 10, 2000, 0)
    E, W = c.i(ent), c.i(whole)
    P = [c.i(p) for p in parts]
    c.le(W, P)
    return '%s检查企业%s家次，发现隐患%s处，其中重大隐患%s处、较大隐患%s处，已全部建立台账。' % (c.opener(), E, W, P[0], P[1])


@style('totals', 'rate_free_money_households')
def t_money_hh(c):
    money = c.ri(30, 9000)
    parts, whole = totals_le_values(c, 2, 50, 20000, 0)
    M, W = c.i(money), c.i(whole)
    P = [c.i(p) for p in parts]
    c.le(W, P)
    a, b = c.pick([('脱贫户', '监测户'), ('低保户', '特困户'), ('残疾人家庭', '单亲家庭')])
    return '%s发放资金%s万元，惠及%s户，其中%s%s户、%s%s户。' % (c.opener(), M, W, a, P[0], b, P[1])


@style('totals', 'subtotal_table')
def t_subtotal(c):
    ts = c.towns(2)
    a = split(c.r, c.ri(20, 600), 2)
    b = split(c.r, c.ri(20, 600), 2)
    A, B = sum(a), sum(b)
    W = A + B
    if c.bad:
        x = c.r.random()
        if x < 0.5:
            _, W, c.err = corrupt_eq(c.r, [A, B], W)
            c.err = '总计' + c.err
        else:
            a, A, e = corrupt_eq(c.r, a, A)
            W = A + B
            c.err = ts[0] + '小计：' + e
    s = c.i
    sa, sb, sA, sB, sW = [s(x) for x in a], [s(x) for x in b], s(A), s(B), s(W)
    c.eq(sA, sa)
    c.eq(sB, sb)
    c.eq(sW, [sA, sB])
    m = [x.strip() for x in sa + sb + [sA, sB, sW]]
    return ('单位 类别 户数\n%s 新建 %s\n%s 改建 %s\n%s 小计 %s\n%s 新建 %s\n%s 改建 %s\n%s 小计 %s\n总计 %s' %
            (ts[0], m[0], ts[0], m[1], ts[0], m[4], ts[1], m[2], ts[1], m[3], ts[1], m[5], m[6]))


@style('totals', 'ratio_words_before_total')
def t_before_total(c):
    k = c.ri(2, 3)
    cats = c.r.sample(['市级财政', '区级财政', '镇级自筹', '社会捐赠', '村集体'], k)
    parts, whole = totals_eq_values(c, k, 20, 3000, 0)
    P = [c.i(p) for p in parts]
    W = c.i(whole)
    c.eq(W, P)
    return '%s项目资金来源于%s，分别出资%s万元，资金总额%s万元，全部纳入专户管理。' % (
        c.pick(['该', '本批', '这批']), '、'.join(cats), '、'.join(P), W)


@style('totals', 'multi_unit_pair_passed')
def t_passed(c):
    what, u = c.pick([('参加考核的网格员', '名'), ('申报星级评定的农家乐', '家'), ('参加年检的社会组织', '家'),
                      ('参评的文明家庭', '户'), ('送检的农产品', '批次')])
    parts, whole = totals_eq_values(c, 2, 10, 2000, 0)
    W, A, B = c.i(whole), c.i(parts[0]), c.i(parts[1])
    c.eq(W, [A, B])
    ok, nok = c.pick([('通过', '未通过'), ('合格', '不合格'), ('达标', '未达标')])
    return '%s%s%s，%s%s%s，%s%s%s。' % (c.opener(), what, W + u, ok, A, u, nok, B, u)


@style('totals', 'semicolon_breakdown_then_total_dot')
def t_money_items(c):
    k = c.ri(3, 5)
    cats = c.r.sample(['基础设施建设', '产业发展', '公共服务', '人居环境整治', '技能培训', '小额信贷贴息'], k)
    dec = c.pick([0, 1, 2])
    parts, whole = totals_eq_values(c, k, 5, 800, dec)
    P = [numfmt(c, p, dec) for p in parts]
    W = numfmt(c, whole, dec)
    c.eq(W, P)
    return '资金使用方面：%s；总计%s万元。' % ('；'.join('%s%s万元' % (n, p) for n, p in zip(cats, P)), W)


# =========================== TOTALS: negatives ==============================

@style('totals', 'neg_1plusX_certificate', 'neg')
def tn_1x(c):
    a = c.ri(50, 900)
    b = c.ri(10, a)
    A, B = c.i(a), c.i(b)
    c.le(A, [B])
    return '%s深入推进“1+X”证书制度试点，组织%s名学生参加%s职业技能等级考核，%s名取得证书。' % (
        c.pick(['县职教中心', '区职业技术学校', '我校']), A, c.pick(['工业机器人操作与运维', '老年照护', '电子商务数据分析']), B)


@style('totals', 'neg_7plusX_model', 'neg')
def tn_7x(c):
    n = c.ri(2, 12)
    return '构建“%s+X”服务模式，将%s项高频事项纳入“一窗通办”，在%s%s个站点同步推行。' % (
        c.pick(['7', '5', '3', '1', '1+N']), c.i(c.ri(20, 150)), c.town(), c.i(n))


@style('totals', 'neg_document_number', 'neg')
def tn_doc(c):
    yr = c.ri(2019, 2024)
    return '根据《%s》（%s政办发〔%d〕%d号）第%d条规定，%s对%s户困难家庭开展核查。' % (
        c.pick(['关于进一步加强社会救助工作的通知', '城乡居民最低生活保障实施细则', '临时救助管理办法']),
        c.pick(['桐', '青', '云', '枫']), yr, c.ri(1, 60), c.ri(2, 30), c.org(), c.i(c.ri(30, 900)))


@style('totals', 'neg_phone_id', 'neg')
def tn_phone(c):
    ph = '0%d-%d' % (c.ri(310, 999), c.ri(2000000, 8999999))
    return '开通%s服务热线%s，%s累计接听来电%s个，%s名工作人员轮班值守。' % (
        c.pick(['就业', '社保', '防汛', '消费维权']), ph, c.opener(), c.i(c.ri(100, 9000)), c.i(c.ri(3, 30)))


@style('totals', 'neg_date_range', 'neg')
def tn_date(c):
    y = c.ri(2020, 2024)
    m2 = c.ri(3, 12)
    return '%d年1月至%d月，%s共%s%s%s，同比%s。' % (
        y, m2, c.region(), c.pick(['办理不动产登记', '审批建设项目', '受理行政复议申请']), c.i(c.ri(30, 9000)),
        c.pick(['件', '宗']), c.pick(['基本持平', '有所增加', '略有下降']))


@style('totals', 'neg_range_staff', 'neg')
def tn_range(c):
    a = c.ri(2, 15)
    b = a + c.ri(2, 10)
    return '按照每个网格配备%d-%d名网格员的标准，%s共划分网格%s个，实现%s全覆盖。' % (
        a, b, c.region(), c.i(c.ri(20, 600)), c.pick(['城乡', '村居', '辖区']))


@style('totals', 'neg_approximations', 'neg')
def tn_approx(c):
    w = c.ri(20, 90)
    p1 = c.ri(3, w // 2)
    p2 = c.ri(2, w - p1 - 1)
    ww = fixed(Fr(w, 10), 1)
    return '活动惠及群众%s%s万人次，其中老年人%s万余人次、青少年%s万余人次。' % (
        c.pick(['近', '约', '超过']), ww, fixed(Fr(p1, 10), 1), fixed(Fr(p2, 10), 1))


@style('totals', 'neg_running_total_periods', 'neg')
def tn_running(c):
    new = c.ri(5, 900)
    cum = new + c.ri(10, 9000)
    N, C = c.i(new), c.i(cum)
    c.le(C, [N])
    what, u = c.pick([('帮助农民工追回工资', '万元'), ('建成村级光伏电站', '座'), ('发放创业担保贷款', '笔'), ('办理法律援助案件', '件')])
    return '%s新%s%s%s，自%d年以来累计%s%s%s。' % (c.opener(), what, N, u, c.ri(2012, 2020), what, C, u)


@style('totals', 'neg_month_within_ytd', 'neg')
def tn_month(c):
    ytd = c.ri(100, 9000)
    m = c.ri(5, ytd // 5)
    Y, M = c.i(ytd), c.i(m)
    c.le(Y, [M])
    mo = c.ri(5, 11)
    return '1-%d月，%s%s%s，其中%d月当月%s。' % (mo, c.pick(['查处交通违法行为', '受理市民热线', '开展入户走访']), Y,
                                    c.pick(['起', '件', '户次']), mo, M + c.pick(['起', '件', '户次']))


@style('totals', 'neg_qizhong_some_parts', 'neg')
def tn_some(c):
    ph, u, names, lo, hi, dec = tdom(c, 1, 2, need_cats=True)
    parts = gen_parts(c.r, len(names), lo, hi)
    whole = sum(parts) + c.ri(1, max(2, sum(parts)))
    W = c.i(whole)
    P = [c.i(p) for p in parts]
    c.le(W, P)
    return '%s%s%s，其中%s等%s。' % (ph, W, u, '、'.join(n + p + u for n, p in zip(names, P)),
                               c.pick(['类型占比较大', '增长较快', '为重点']))


@style('totals', 'neg_per_capita_income', 'neg')
def tn_percap(c):
    urban = c.ri(30000, 60000)
    rural = c.ri(12000, 28000)
    allv = c.ri(rural + 1000, urban - 1000)
    return '全体居民人均可支配收入%s元，其中城镇居民%s元、农村居民%s元，分别增长%s%%和%s%%。' % (
        c.i(allv, 'k' if c.mode == 'k' else 'a'), c.i(urban, 'k' if c.mode == 'k' else 'a'),
        c.i(rural, 'k' if c.mode == 'k' else 'a'), fixed(Fr(c.ri(30, 90), 10), 1), fixed(Fr(c.ri(40, 110), 10), 1))


@style('totals', 'neg_prices', 'neg')
def tn_price(c):
    item, per, lo, hi = c.pick([('稻谷', '吨', 2400, 3200), ('茶青', '公斤', 20, 160), ('生猪', '公斤', 14, 24),
                                ('蚕茧', '公斤', 40, 70), ('柑橘', '斤', 2, 6)])
    pr = c.ri(lo, hi)
    return '%s收购价格每%s%s元，较上年提高%s元，带动%s户增收。' % (
        item, per, c.i(pr), c.i(c.ri(1, max(1, pr // 8))), c.i(c.ri(50, 5000)))


@style('totals', 'neg_ranking', 'neg')
def tn_rank(c):
    return '在%s考核中，%s排名全市第%s位，较上年前移%s位，%s项单项指标进入前%s名。' % (
        c.pick(['营商环境评价', '高质量发展综合绩效', '乡村振兴实绩']), c.pick(['我区', '我县', '我镇']), c.i(c.ri(1, 9), 'a'),
        c.i(c.ri(1, 8), 'a'), c.i(c.ri(2, 12)), c.i(c.ri(3, 10), 'a'))


@style('totals', 'neg_different_units', 'neg')
def tn_units(c):
    return '%s共投入资金%s万元，建成道路%s公里、桥梁%s座、停车位%s个。' % (
        c.pick(['项目', '一期工程', '本年度']), c.i(c.ri(500, 30000)), fixed(Fr(c.ri(10, 400), 10), 1), c.i(c.ri(1, 9)),
        c.i(c.ri(40, 900)))


@style('totals', 'neg_x86_tech', 'neg')
def tn_tech(c):
    return '政务云平台新增%s台x86服务器，部署%s个业务系统，%s网络实现%s个村全覆盖。' % (
        c.i(c.ri(4, 60)), c.i(c.ri(5, 90)), c.pick(['5G', '千兆光', 'IPv6']), c.i(c.ri(10, 200)))


@style('totals', 'neg_nested_qizhong', 'neg')
def tn_nested(c):
    w = c.ri(100, 5000)
    a = c.ri(20, w - 10)
    b = c.ri(5, a - 1)
    W, A, B = c.i(w), c.i(a), c.i(b)
    c.le(W, [A])
    c.le(A, [B])
    return '%s共有在职职工%s人，其中党员%s人，党员中女性%s人。' % (c.pick(['局机关', '中心', '街道机关']), W, A, B)


@style('totals', 'neg_different_wholes_side_by_side', 'neg')
def tn_side(c):
    e = c.ri(10, 300)
    h = e + c.ri(50, 3000)
    return '%s检查企业%s家，发现并督促整改隐患%s处，下达整改通知书%s份。' % (c.opener(), c.i(e), c.i(h), c.i(c.ri(5, e)))


@style('totals', 'neg_batches_no_total', 'neg')
def tn_batches(c):
    return '第一批%s个、第二批%s个试点项目已分别于%d月和%d月启动，第三批正在申报中。' % (
        c.i(c.ri(3, 30)), c.i(c.ri(3, 30)), c.ri(2, 5), c.ri(6, 10))


@style('totals', 'neg_average_per_household', 'neg')
def tn_avg(c):
    return '全年户均增收%s元，参与合作社的%s户农户人均分红%s元。' % (c.i(c.ri(800, 9000)), c.i(c.ri(30, 900)), c.i(c.ri(100, 3000)))


@style('totals', 'neg_version_codes', 'neg')
def tn_codes(c):
    return '完成ISO%d质量管理体系认证，项目编号%d-%04d，%s平台升级至V%d.%d版本。' % (
        c.pick([9001, 14001, 45001]), c.ri(2021, 2024), c.ri(1, 9999), c.pick(['一网通办', '网格化管理', '智慧城管']),
        c.ri(2, 5), c.ri(0, 9))


# =========================== PCT: consistent / inconsistent =================

def rate_style(c, lo, hi, rlo, rhi, d=None):
    num, den = rate_counts(c.r, lo, hi, rlo, rhi)
    if d is None:
        d = c.pick([1, 1, 2, 0, 1])
    s, err = stated_pct(c, num, den, d)
    c.err = err
    return num, den, s


@style('pct', 'banjie_rate')
def p_banjie(c):
    num, den, s = rate_style(c, 20, 9000, 85, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s，%s受理%s%s件，办结%s件，办结率%s。' % (
        c.opener(), c.org(), c.pick(['群众诉求', '信访事项', '热线工单', '投诉举报']), D, N, c.pick(['', '达']) + S)


@style('pct', 'wancheng_rate_target')
def p_wancheng(c):
    num, den, s = rate_style(c, 100, 90000, 60, 130)
    what, u = c.pick([('造林', '亩'), ('固定资产投资', '万元'), ('农村公路建设', '公里'), ('粮食播种', '亩'), ('税收收入', '万元')])
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s年度计划任务%s%s，实际完成%s%s，完成率%s。' % (what, D, u, N, u, S)


@style('pct', 'hege_rate_batches')
def p_hege(c):
    num, den, s = rate_style(c, 50, 5000, 90, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s抽检%s%s批次，合格%s批次，合格率为%s。' % (c.opener(), c.pick(['食品', '农产品', '建材', '成品油', '电线电缆']), D, N, S)


@style('pct', 'buhege_from_hege_counts')
def p_buhege_from_hege(c):
    num, den = rate_counts(c.r, 50, 5000, 90, 99.5)
    d = c.pick([1, 2, 1])
    s, c.err = stated_pct(c, num, den, d, complement=True)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, ['sub', D, N], D)
    return '共抽检%s批次，%s批次合格，不合格率%s。' % (D, N, S)


@style('pct', 'buhege_direct')
def p_buhege(c):
    num, den, s = rate_style(c, 100, 8000, 0.5, 12)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s监督抽检%s批次，检出不合格%s批次，不合格率%s，已全部依法处置。' % (c.org(), D, N, S)


@style('pct', 'canbao_rate')
def p_canbao(c):
    num, den, s = rate_style(c, 2000, 300000, 90, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s应参保%s人，实际参保%s人，参保率%s。' % (c.pick(['城乡居民医保', '城乡居民养老保险', '失业保险', '工伤保险']), D, N, S)


@style('pct', 'fugai_villages')
def p_fugai(c):
    num, den, s = rate_style(c, 8, 400, 40, 100, d=c.pick([0, 1, 1, 2]))
    D, N, S = c.i(den, c.pick(['a', 'c'] if c.mode == 'a' else [c.mode])), c.i(num, c.pick(['a', 'c'] if c.mode == 'a' else [c.mode])), c.p(s)
    c.pct(S, N, D)
    return '%s%s个行政村中，已有%s个村%s，覆盖率%s。' % (
        c.region(), D, N, c.pick(['建成村级综合服务站', '实现生活垃圾分类', '开通快递进村服务', '配备村医']), S)


@style('pct', 'dabiao_days')
def p_days(c):
    den, per = c.pick([(365, '2023年'), (365, '全年'), (366, '2024年'), (181, '上半年'), (182, '2024年上半年'),
                       (273, '前三季度'), (304, '1-10月'), (334, '1-11月'), (90, '一季度'), (31, '10月份'), (30, '11月份')])
    num = c.ri(int(den * 0.6), den)
    d = c.pick([1, 1, 2])
    s, c.err = stated_pct(c, num, den, d)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s有效监测%s天，空气质量优良天数%s天，优良率%s。' % (per, D, N, S)


@style('pct', 'manyi_rate_revisit')
def p_manyi(c):
    num, den, s = rate_style(c, 50, 6000, 85, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '对办结事项开展回访%s人次，群众表示满意%s人次，满意率%s。' % (D, N, S)


def growth_vals(c, lo, hi, glo, ghi, dec=0):
    last = c.ri(lo, hi)
    g = Fr(c.ri(int(glo * 10), int(ghi * 10)), 1000)
    now = int(last * (1 + g))
    if now == last:
        now += 1
    return last, now


@style('pct', 'growth_from_to')
def p_growth(c):
    last, now = growth_vals(c, 500, 90000, 1, 60)
    d = c.pick([1, 1, 2, 0])
    s, c.err = stated_pct(c, now - last, last, d)
    what, u = c.pick([('村集体经营性收入', '万元'), ('农产品网络零售额', '万元'), ('旅游综合收入', '万元'), ('技术合同成交额', '万元'),
                      ('快递业务量', '件'), ('外贸进出口额', '万元')])
    L, N, S = c.i(last), c.i(now), c.p(s)
    c.pct(S, ['sub', N, L], L)
    return '%s由上年的%s%s增加到%s%s，增长%s。' % (what, L, u, N, u, S)


@style('pct', 'decline_from_to')
def p_decline(c):
    last, now = growth_vals(c, 30, 9000, 1, 60)
    last, now = now, last
    d = c.pick([1, 1, 2])
    s, c.err = stated_pct(c, last - now, last, d)
    what, u = c.pick([('道路交通事故', '起'), ('生产安全事故', '起'), ('电信网络诈骗发案', '起'), ('信访总量', '件次'),
                      ('森林火灾', '起'), ('刑事案件立案数', '起')])
    L, N, S = c.i(last), c.i(now), c.p(s)
    c.pct(S, ['sub', L, N], L)
    return '%s%s从%s%s下降到%s%s，同比下降%s。' % (c.opener(), what, L, u, N, u, S)


@style('pct', 'tongbi_base_next_sentence')
def p_tb_next(c):
    dec = c.pick([1, 2])
    last, now = growth_vals(c, 50 * 10 ** dec, 900 * 10 ** dec, 2, 40)
    d = c.pick([1, 1, 2])
    s, c.err = stated_pct(c, now - last, last, d)
    what = c.pick(['规上工业总产值', '社会消费品零售总额', '一般公共预算收入', '固定资产投资额'])
    Nn, L, S = c.d(now, dec) + '亿', c.d(last, dec) + '亿', c.p(s)
    c.pct(S, ['sub', Nn, L], L)
    return '%s，%s完成%s元，同比增长%s。上年同期为%s元。' % (c.opener(), what, Nn, S, L)


@style('pct', 'increment_and_growth')
def p_increment(c):
    last, now = growth_vals(c, 100, 50000, 2, 80)
    inc = now - last
    d = c.pick([1, 1, 2])
    s, c.err = stated_pct(c, inc, last, d)
    what, u = c.pick([('新增市场主体', '户'), ('接待游客', '人次'), ('城镇新增就业', '人'), ('公积金缴存额', '万元')])
    N, I, S = c.i(now), c.i(inc), c.p(s)
    c.pct(S, I, ['sub', N, I])
    return '%s%s%s，比上年增加%s%s，增长%s。' % (what, N, u, I, u, S)


def pp_vals(c, up=True, lo=200, hi=950):
    d = c.pick([1, 1, 2])
    a = c.ri(lo, hi) * 10 ** (d - 1) + (c.ri(0, 9) if d == 2 else 0)
    delta = c.ri(1, max(2, min(90, (hi - lo) // 3))) * (1 if d == 1 else c.ri(1, 9))
    b = a + delta if up else a - delta
    if b <= 0 or b > 100 * 10 ** d:
        b = a + 1 if up else a - 1
    pv = abs(b - a)
    err = ''
    if c.bad:
        x = c.r.random()
        if x < 0.4:
            pv2, err = mutate_int(c.r, pv, ['typo', 'swap', 'off', 'large'])
        elif x < 0.7:
            pv2 = b
            err = '把新比率当作变化幅度'
        else:
            pv2 = pv * 10 if c.r.random() < 0.5 else pv + 10 ** d
            err = '百分点差值算错'
        pv = pv2
    c.err = err
    return d, a, b, pv


@style('pct', 'pp_up_from_to')
def p_pp_up(c):
    what, lo, hi = c.pick([('城镇化率', 450, 780), ('森林覆盖率', 300, 740), ('农作物耕种收综合机械化率', 600, 880),
                           ('高中阶段毛入学率', 850, 960), ('生活垃圾分类覆盖率', 500, 900), ('政务服务网办率', 600, 920)])
    d, a, b, pv = pp_vals(c, True, lo, hi)
    A, B, P = c.p(fixed(Fr(a, 10 ** d), d)), c.p(fixed(Fr(b, 10 ** d), d)), c.d(pv, d)
    c.pp(P, B, A)
    return '%s由上年的%s提高到%s，提高了%s个百分点。' % (what, A, B, P)


@style('pct', 'pp_down_next_sentence')
def p_pp_down(c):
    what, lo, hi = c.pick([('农村居民恩格尔系数', 250, 420), ('城镇调查失业率', 40, 70), ('商品房空置率', 80, 250),
                           ('企业资产负债率', 400, 700), ('新发尘肺病报告率', 30, 120), ('12345热线重复来电率', 60, 200)])
    d, a, b, pv = pp_vals(c, False, lo, hi)
    A, B, P = c.p(fixed(Fr(a, 10 ** d), d)), c.p(fixed(Fr(b, 10 ** d), d)), c.d(pv, d)
    c.pp(P, A, B)
    return '%s%s降至%s，比上年降低%s个百分点。上年该指标为%s。' % (c.opener(), what, B, P, A)


@style('pct', 'share_zhan_of_whole')
def p_share(c):
    num, den, s = rate_style(c, 100, 90000, 5, 95)
    what, part, u = c.pick([('保障对象', '农村低保对象', '户'), ('市场主体', '民营企业', '户'), ('常住人口', '60岁以上老年人', '人'),
                            ('在校学生', '随迁子女', '人'), ('规上企业', '高新技术企业', '家')])
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s%s%s，占全部%s%s%s的%s。' % (part, N, u, what, D, u, S)


@style('pct', 'shares_multi_sum_le100')
def p_shares(c):
    k = c.ri(2, 4)
    d = c.pick([0, 1, 1])
    tot = 100 * 10 ** d
    if c.bad:
        vals = split(c.r, tot + c.ri(max(2, 10 ** d * 2), 30 * 10 ** d), k)
        c.err = '各部分占比之和超过100%'
    else:
        vals = split(c.r, tot - c.ri(0, 20 * 10 ** d), k)
    S = [c.p(fixed(Fr(v, 10 ** d), d)) for v in vals]
    c.shares(S)
    cats = c.r.sample(['工业企业', '服务业企业', '建筑业企业', '农业企业', '个体工商户'], k)
    return '从结构看，%s分别占%s总量的%s。' % ('、'.join(cats), c.pick(['新登记市场主体', '减税降费', '新增贷款']), '、'.join(S))


@style('pct', 'share_counts_prev_sentence')
def p_share_prev(c):
    num, den, s = rate_style(c, 20, 5000, 10, 90)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s共有各类企业%s家。其中规模以上企业%s家，占比%s，较上年有所提升。' % (c.region(), D, N, S)


@style('pct', 'weiwancheng_rate')
def p_weiwancheng(c):
    num, den = rate_counts(c.r, 20, 3000, 70, 99)
    d = c.pick([1, 2])
    s, c.err = stated_pct(c, num, den, d, complement=True)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, ['sub', D, N], D)
    return '年度%s共%s项，已完成%s项，未完成率%s，主要受%s影响。' % (
        c.pick(['民生实事', '重点任务', '督办事项']), D, N, S, c.pick(['资金到位滞后', '用地审批', '天气因素']))


@style('pct', 'table_rate_column')
def p_table(c):
    ts = c.towns(c.ri(2, 4))
    rows = []
    bad_row = c.ri(0, len(ts) - 1) if c.bad else -1
    c_bad = c.bad
    for j, t in enumerate(ts):
        num, den = rate_counts(c.r, 20, 900, 80, 100)
        c.bad = (j == bad_row)
        s, e = stated_pct(c, num, den, 1)
        if c.bad:
            c.err = t + '行：' + e
        c.bad = c_bad
        D, N, S = c.i(den).strip(), c.i(num).strip(), c.p(s).strip()
        c.pct(S, N, D)
        rows.append('%s %s %s %s' % (t, D, N, S))
    return '各镇（街道）诉求办理情况\n单位 受理数 办结数 办结率\n' + '\n'.join(rows)


@style('pct', 'rate_first_counts_in_brackets')
def p_rate_first(c):
    num, den, s = rate_style(c, 20, 9000, 80, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s%s达%s（%s件中已办结%s件）。' % (c.opener(), c.pick(['信访事项按期办结率', '行政复议案件审结率', '网格事件处置率']), S, D, N)


@style('pct', 'chinese_numeral_fraction')
def p_cn(c):
    den = c.ri(4, 30)
    num = c.ri(1, den)
    d = c.pick([0, 1, 1])
    s, c.err = stated_pct(c, num, den, d)
    D, N, S = c.i(den, 'c'), c.i(num, 'c'), c.p(s, 'a')
    c.pct(S, N, D)
    return '%s%s个%s中有%s个%s，占比%s。' % (c.region(), D, c.pick(['镇（街道）', '乡镇', '部门']), N,
                                   c.pick(['完成年度目标任务', '建成标准化便民服务中心', '实现“一网通办”']), S)


@style('pct', 'fullwidth_rate')
def p_fw(c):
    num, den, s = rate_style(c, 50, 9000, 70, 100)
    D, N, S = c.i(den, 'w'), c.i(num, 'w'), c.p(s, 'w')
    c.pct(S, N, D)
    return '%s应接种人群%s人，已接种%s人，接种率%s。' % (c.opener(), D, N, S)


@style('pct', 'thousands_sep_rate')
def p_k(c):
    num, den, s = rate_style(c, 10000, 900000, 60, 100)
    D, N, S = c.i(den, 'k'), c.i(num, 'k'), c.p(s)
    c.pct(S, N, D)
    return '全市%s户家庭中，%s户已接入%s，入户率%s。' % (D, N, c.pick(['管道天然气', '千兆光纤', '集中供水']), S)


@style('pct', 'weighted_overall_rate')
def p_weighted(c):
    ts = c.towns(2)
    n1, d1 = rate_counts(c.r, 50, 900, 80, 100)
    n2, d2 = rate_counts(c.r, 50, 900, 80, 100)
    d = 1
    s, c.err = stated_pct(c, n1 + n2, d1 + d2, d)
    A1, B1, A2, B2, S = c.i(d1), c.i(n1), c.i(d2), c.i(n2), c.p(s)
    c.pct(S, ['add', B1, B2], ['add', A1, A2])
    return '%s摸排适龄人员%s人，已参保%s人；%s摸排%s人，已参保%s人。两镇合计参保率%s。' % (ts[0], A1, B1, ts[1], A2, B2, S)


@style('pct', 'population_share_wan')
def p_wan(c):
    den = c.ri(20, 900) * 100
    num = c.ri(den // 10, den * 9 // 10) // 100 * 100
    if num == 0:
        num = 100
    d = 1
    s, c.err = stated_pct(c, num, den, d)
    Dw = fixed(Fr(den, 10000), 2).rstrip('0').rstrip('.') + '万'
    Nw = fixed(Fr(num, 10000), 2).rstrip('0').rstrip('.') + '万'
    S = c.p(s)
    c.pct(S, Nw, Dw)
    return '%s常住人口%s人，其中%s%s人，占%s。' % (c.region(), Dw, c.pick(['城镇人口', '60岁及以上人口', '流动人口', '少数民族人口']), Nw, S)


@style('pct', 'half_year_target_yi_wan')
def p_target(c):
    tgt = c.ri(10, 900)  # 0.1亿 units -> x.x亿
    done = c.ri(tgt * 3, tgt * 8)  # in 百万? use 万元: target in 亿, done in 万元
    tgt_wan = tgt * 1000
    done_wan = c.ri(tgt_wan * 3 // 10, tgt_wan * 9 // 10)
    d = c.pick([1, 1, 0])
    s, c.err = stated_pct(c, done_wan, tgt_wan, d)
    T = fixed(Fr(tgt, 10), 1) + '亿'
    Dn = c.i(done_wan, 'a' if c.mode in ('c', 'sp') else None) + '万'
    S = c.p(s)
    c.pct(S, Dn, T)
    return '上半年完成%s%s元，占年度目标%s元的%s，实现“时间过半、任务过半”。' % (
        c.pick(['招商引资实际到位资金', '重点项目投资', '工业投资']), Dn, T, S)


@style('pct', 'increase_amount_total_growth')
def p_amount(c):
    last, now = growth_vals(c, 200, 60000, 2, 50)
    inc = now - last
    d = c.pick([1, 2])
    s, c.err = stated_pct(c, inc, last, d)
    I, N, S = c.i(inc), c.i(now), c.p(s)
    c.pct(S, I, ['sub', N, I])
    return '全年%s%s万元，总量达到%s万元，增速%s。' % (c.pick(['民间投资增加', '存款余额增加', '财政民生支出增加']), I, N, S)


@style('pct', 'ratio_three_sectors_eq100')
def p_ratio(c):
    d = 1
    tot = 1000
    a = c.ri(30, 200)
    b = c.ri(200, 500)
    cc = tot - a - b
    if c.bad:
        delta = c.ri(10, 60) * c.pick([1, -1])
        cc += delta
        c.err = '三次产业结构比例之和不等于100'
    A, B, C = (fixed(Fr(x, 10), 1) for x in (a, b, cc))
    c.shares([A, B, C], 'share_eq100')
    return '三次产业结构调整为%s:%s:%s，产业结构持续优化。' % (A, B, C) if c.r.random() < 0.3 else \
        '%s三次产业结构比例为%s∶%s∶%s。' % (c.region(), A, B, C)


@style('pct', 'two_rates_one_sentence')
def p_two(c):
    n1, d1 = rate_counts(c.r, 100, 5000, 90, 100)
    n2 = c.ri(int(n1 * 0.8), n1)
    s1, e1 = stated_pct(c, n1, d1, 1)
    cb = c.bad
    c.bad = False
    s2, _ = stated_pct(c, n2, d1, 1)
    c.bad = cb
    c.err = e1
    D, N1, N2, S1, S2 = c.i(d1), c.i(n1), c.i(n2), c.p(s1), c.p(s2)
    c.pct(S1, N1, D)
    c.pct(S2, N2, D)
    return '受理%s件，按时受理%s件、按期办结%s件，及时受理率和按期办结率分别为%s和%s。' % (D, N1, N2, S1, S2)


@style('pct', 'tongbi_decline_brackets')
def p_decl_br(c):
    last, now = growth_vals(c, 10, 2000, 3, 60)
    last, now = now, last
    d = c.pick([1, 1, 0])
    s, c.err = stated_pct(c, last - now, last, d)
    N, L, S = c.i(now), c.i(last), c.p(s)
    c.pct(S, ['sub', L, N], L)
    return '%s发生%s%s起，同比下降%s（上年同期%s起）。' % (c.opener(), c.pick(['火灾事故', '一般程序交通事故', '涉校安全事件']), N, S, L)


@style('pct', 'zhenggai_rate')
def p_zg(c):
    num, den, s = rate_style(c, 10, 3000, 70, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s%s反馈问题%s个，已整改到位%s个，整改率%s，其余问题正在按时序推进。' % (
        c.pick(['巡察', '审计', '环保督察', '安全生产督导']), c.pick(['', '共']), D, N, S)


@style('pct', 'pdf_break_rate')
def p_pdf(c):
    num, den, s = rate_style(c, 50, 9000, 80, 100)
    D, N, S = c.i(den).strip(), c.i(num).strip(), c.p(s).strip()
    c.pct(S, N, D)
    c.pdf = False
    return '%s，网格员累计上报网格事件 %s 件，已处置 %s 件，处\n置率 %s，%s。' % (c.opener(), D, N, S, c.pick(FILLERS))


@style('pct', 'heading_distractor_rate')
def p_heading(c):
    num, den, s = rate_style(c, 100, 9000, 85, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s%s，%s。%s签约服务重点人群%s人，其中履约%s人，履约率%s，%s。' % (
        c.head(), c.opener(), c.distract2(), c.pick(['家庭医生', '村医']), D, N, S, c.pick(FILLERS))


@style('pct', 'rate_counts_next_sentence')
def p_next(c):
    num, den, s = rate_style(c, 30, 5000, 80, 100)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s新生儿%s筛查率达到%s。全年应筛查%s人，实际筛查%s人。' % (c.region(), c.pick(['听力', '先天性心脏病', '遗传代谢病']), S, D, N)


@style('pct', 'share_and_remainder')
def p_rem(c):
    den = c.ri(50, 9000)
    num = c.ri(den // 10, den * 9 // 10)
    d = c.pick([1, 1, 2])
    s1, e1 = stated_pct(c, num, den, d)
    cb = c.bad
    c.bad = False
    s2, _ = stated_pct(c, den - num, den, d)
    c.bad = cb
    c.err = e1
    D, N, R, S1, S2 = c.i(den), c.i(num), c.i(den - num), c.p(s1), c.p(s2)
    c.pct(S1, N, D)
    c.pct(S2, R, D)
    a, b, u, what = c.pick([('线上办理', '线下办理', '件', '全年办件量'), ('男性', '女性', '人', '参训人员'),
                            ('城镇', '农村', '人', '服务对象'), ('企业', '个人', '件', '受理的申请')])
    return '%s共%s%s，%s%s%s，占%s；%s%s%s，占%s。' % (what, D, u, a, N, u, S1, b, R, u, S2)


@style('pct', 'rate_drop_to_pp')
def p_drop_to(c):
    what, lo, hi = c.pick([('银行业不良贷款率', 15, 45), ('企业资产负债率', 400, 700), ('食品抽检不合格率', 10, 60),
                           ('信访重复率', 50, 250), ('产品质量监督抽查不合格率', 20, 90)])
    d, a, b, pv = pp_vals(c, False, lo, hi)
    A, B, P = c.p(fixed(Fr(a, 10 ** d), d)), c.p(fixed(Fr(b, 10 ** d), d)), c.d(pv, d)
    c.pp(P, A, B)
    return '%s从%s下降到%s，下降%s个百分点。' % (what, A, B, P)


@style('pct', 'two_growths_one_sentence')
def p_two_g(c):
    l1, n1 = growth_vals(c, 100, 9000, 1, 40)
    l2, n2 = growth_vals(c, 100, 9000, 1, 40)
    s1, e1 = stated_pct(c, n1 - l1, l1, 1)
    cb = c.bad
    c.bad = False
    s2, _ = stated_pct(c, n2 - l2, l2, 1)
    c.bad = cb
    c.err = e1
    L1, N1, L2, N2, S1, S2 = c.i(l1), c.i(n1), c.i(l2), c.i(n2), c.p(s1), c.p(s2)
    c.pct(S1, ['sub', N1, L1], L1)
    c.pct(S2, ['sub', N2, L2], L2)
    if c.r.random() < 0.5:
        return '进口额、出口额分别由%s万元、%s万元增至%s万元、%s万元，分别增长%s、%s。' % (L1, L2, N1, N2, S1, S2)
    return '进口额由%s万元增至%s万元，增长%s；出口额由%s万元增至%s万元，增长%s。' % (L1, N1, S1, L2, N2, S2)


@style('pct', 'enrol_rate_halfwidth')
def p_half(c):
    num, den, s = rate_style(c, 200, 20000, 95, 100)
    D, N, S = c.i(den), c.i(num), c.p(s, 'a')
    c.pct(S, N, D)
    c.halfpunct = False
    return '%s:适龄儿童%s人,已入学%s人,入学率%s;' % (c.pick(['义务教育', '学前教育']), D, N, S)


@style('pct', 'yuqi_rate_overdue')
def p_overdue(c):
    num, den, s = rate_style(c, 30, 6000, 0.5, 20)
    D, N, S = c.i(den), c.i(num), c.p(s)
    c.pct(S, N, D)
    return '%s办理%s件，超期%s件，超期率%s，同比有所下降。' % (c.pick(['行政许可事项', '不动产登记业务', '医保报销申请']), D, N, S)


@style('pct', 'three_rates_table_inline')
def p_inline(c):
    k = c.ri(2, 3)
    names = c.r.sample(['城区', '东片区', '西片区', '南片区', '北片区', '开发区'], k)
    bad_row = c.ri(0, k - 1) if c.bad else -1
    cb = c.bad
    segs = []
    for j, n in enumerate(names):
        num, den = rate_counts(c.r, 50, 3000, 85, 100)
        c.bad = j == bad_row
        s, e = stated_pct(c, num, den, 1)
        if c.bad:
            c.err = n + '：' + e
        c.bad = cb
        D, N, S = c.i(den), c.i(num), c.p(s)
        c.pct(S, N, D)
        segs.append('%s%s/%s（%s）' % (n, N, D, S))
    return '各片区垃圾分类准确率（准确户数/参与户数）：%s。' % '；'.join(segs)


@style('pct', 'completion_over_target_wan')
def p_wan_target(c):
    tgt = c.ri(20, 900) * 100
    done = c.ri(tgt * 6 // 10, tgt * 14 // 10)
    d = 1
    s, c.err = stated_pct(c, done, tgt, d)
    Tw = fixed(Fr(tgt, 10000), 2).rstrip('0').rstrip('.') + '万'
    Dn = c.i(done, 'a' if c.mode in ('c',) else None)
    S = c.p(s)
    c.pct(S, Dn, Tw)
    return '全年计划培训%s人次，实际培训%s人次，完成计划的%s。' % (Tw, Dn, S)


@style('pct', 'satisfaction_survey_multi_sentence')
def p_survey(c):
    den = c.ri(100, 5000)
    vs = c.ri(int(den * 0.5), int(den * 0.8))
    s_ = c.ri(int((den - vs) * 0.5), den - vs)
    num = vs + s_
    d = c.pick([1, 2])
    s, c.err = stated_pct(c, num, den, d)
    D, V, B, S = c.i(den), c.i(vs), c.i(s_), c.p(s)
    c.pct(S, ['add', V, B], D)
    return '本次共发放调查问卷%s份，全部有效回收。其中“非常满意”%s份，“满意”%s份。综合满意率为%s。' % (D, V, B, S)


# ----- malformed (pct, inconsistent only)

def mal_base(c):
    num, den = rate_counts(c.r, 50, 9000, 80, 100)
    s = fixed(Fr(num, den) * 100, 1)
    return num, den, s


@style('pct', 'malformed_space_before_sign', 'mal')
def m_space(c):
    num, den, s = mal_base(c)
    tok = s + c.pick([' %', ' ％', '\u3000%'])
    c.mal(tok)
    c.err = '百分号前有空格'
    return '%s受理%s件，办结%s件，办结率%s。' % (c.opener(), c.i(den), c.i(num), tok)


@style('pct', 'malformed_placeholder_xx', 'mal')
def m_xx(c):
    tok = c.pick(['xx%', 'XX%', 'xx.x%', 'XX.XX%', 'x%', 'xx％', 'xx.xx%'])
    c.mal(tok)
    c.err = '占位符未替换为实际百分比'
    return '%s%s同比增长%s，%s达%s。' % (c.opener(), c.pick(['地区生产总值', '税收收入', '社零总额']), tok,
                                 c.pick(['完成率', '满意率', '覆盖率']), fixed(Fr(c.ri(800, 1000), 10), 1) + '%')


@style('pct', 'malformed_sign_first', 'mal')
def m_first(c):
    num, den, s = mal_base(c)
    tok = c.pick(['%', '％']) + s
    c.mal(tok)
    c.err = '百分号写在数字前'
    return '全年抽检%s批次，合格%s批次，合格率%s。' % (c.i(den), c.i(num), tok)


@style('pct', 'malformed_double_sign', 'mal')
def m_double(c):
    num, den, s = mal_base(c)
    tok = s + c.pick(['%%', '％%', '%％'])
    c.mal(tok)
    c.err = '百分号重复'
    return '%s应参保%s人，已参保%s人，参保率%s。' % (c.region(), c.i(den), c.i(num), tok)


@style('pct', 'malformed_double_dot', 'mal')
def m_dot(c):
    num, den, s = mal_base(c)
    a, b = s.split('.')
    tok = a + c.pick(['..', '．．']) + b + '%'
    c.mal(tok)
    c.err = '小数点重复'
    return '%s满意率%s（回访%s户，满意%s户）。' % (c.opener(), tok, c.i(den), c.i(num))


@style('pct', 'malformed_decimal_comma', 'mal')
def m_comma(c):
    num, den, s = mal_base(c)
    tok = s.replace('.', ',') + '%'
    c.mal(tok)
    c.err = '以逗号作小数点'
    return '覆盖率%s，%s个村中%s个已完成改造。' % (tok, c.i(den), c.i(num))


@style('pct', 'malformed_baifenzhi_digits', 'mal')
def m_bfz(c):
    num, den, s = mal_base(c)
    tok = '百分之' + s + c.pick(['%', ''])
    c.mal(tok)
    c.err = '“百分之”与阿拉伯数字混用'
    return '共%s户，%s户已签约，签约率达到%s。' % (c.i(den), c.i(num), tok)


@style('pct', 'malformed_fullstop_decimal', 'mal')
def m_stop(c):
    num, den, s = mal_base(c)
    tok = s.replace('.', '。') + '%'
    c.mal(tok)
    c.err = '以句号作小数点'
    return '年度办结率为%s，共受理%s件。' % (tok, c.i(den))


# ----- pct negatives

@style('pct', 'neg_growth_over_100_correct', 'neg')
def pn_over100(c):
    last = c.ri(20, 3000)
    now = c.ri(int(last * 2.05), last * 4)
    d = 1
    s = fixed(Fr(now - last, last) * 100, d)
    L, N, S = c.i(last), c.i(now), c.p(s)
    c.pct(S, ['sub', N, L], L)
    return '%s由%s万元增至%s万元，增长%s，实现翻番。' % (c.pick(['跨境电商交易额', '直播带货销售额', '村集体经济收入']), L, N, S)


@style('pct', 'neg_completion_over_100_correct', 'neg')
def pn_comp100(c):
    tgt = c.ri(50, 5000)
    done = c.ri(int(tgt * 1.05), int(tgt * 1.6))
    s = fixed(Fr(done, tgt) * 100, 1)
    T, D, S = c.i(tgt), c.i(done), c.p(s)
    c.pct(S, D, T)
    return '年度目标%s人，实际完成%s人，完成率%s，超额完成任务。' % (T, D, S)


@style('pct', 'neg_pp_alone', 'neg')
def pn_pp(c):
    what, lo, hi = c.pick([('研发经费投入强度达到', 10, 40), ('常住人口城镇化率达到', 450, 780), ('空气质量优良天数比例为', 750, 980),
                           ('森林覆盖率达到', 300, 760)])
    return '%s%s%s，比上年%s%s个百分点。' % (
        c.opener(), what, c.p(fixed(Fr(c.ri(lo, hi), 10), 1)),
        c.pick(['提高', '提升', '下降']), fixed(Fr(c.ri(1, 30), 10), 1))


@style('pct', 'neg_shares_different_wholes', 'neg')
def pn_diff_wholes(c):
    a = c.ri(40, 90)
    b = c.ri(101 - a, 95)
    return '我区%s占全市的%d%%，%s占全省的%d%%，均居前列。' % (
        c.pick(['粮食产量', '茶叶产量', '生猪出栏量']), a, c.pick(['油茶种植面积', '特色竹编出口量', '富硒产品产值']), b)


@style('pct', 'neg_independent_rates', 'neg')
def pn_indep(c):
    return '全年食品抽检合格率%s，群众满意率%s，投诉按时办结率%s。' % (
        c.p(fixed(Fr(c.ri(950, 999), 10), 1)), c.p(fixed(Fr(c.ri(900, 999), 10), 1)), c.p('100'))


@style('pct', 'neg_range_growth', 'neg')
def pn_range(c):
    a = c.ri(5, 15)
    return '预计全年%s增长%d%%-%d%%，力争达到%s。' % (c.pick(['地区生产总值', '一般公共预算收入', '固定资产投资']), a, a + c.ri(2, 8),
                                          c.pick(['年初目标', '全市平均水平', '“十四五”序时进度']))


@style('pct', 'neg_approx_share', 'neg')
def pn_approx(c):
    return '民营经济贡献了%s%d%%以上的税收、%s%s的就业，%s以上的市场主体为小微企业。' % (
        c.pick(['', '约']), c.ri(50, 70), c.pick(['约', '近']), c.pick(['八成', '七成', '九成']), c.pick(['九成', '95%']))


@style('pct', 'neg_one_growth_no_base', 'neg')
def pn_nobase(c):
    return '1-%d月，%s实现%s%s亿元，同比增长%s。' % (
        c.ri(3, 11), c.region(), c.pick(['规上工业增加值', '社会消费品零售总额', '进出口总额']), fixed(Fr(c.ri(10, 9999), 100), 2),
        c.p(fixed(Fr(c.ri(1, 250), 10), 1)))


@style('pct', 'neg_overlapping_shares', 'neg')
def pn_overlap(c):
    return '新录用的%s名社区工作者中，女性占%d%%，中共党员占%d%%，35岁以下占%d%%，本科及以上学历占%d%%。' % (
        c.i(c.ri(20, 300)), c.ri(40, 75), c.ri(30, 70), c.ri(50, 85), c.ri(40, 90))


@style('pct', 'neg_policy_ratios', 'neg')
def pn_policy(c):
    return '按照%s第%d条规定，对符合条件的企业按%d%%的比例给予贴息，最高不超过%s万元，贷款年利率%s%%。' % (
        c.pick(['《稳岗扩岗十条措施》', '《支持实体经济发展若干政策》', '《创业担保贷款管理办法》']), c.ri(2, 15), c.pick([30, 50, 70, 100]),
        c.i(c.ri(5, 200)), fixed(Fr(c.ri(300, 480), 100), 2))


@style('pct', 'neg_per_capita_growth', 'neg')
def pn_percap(c):
    return '农村居民人均可支配收入%s元，增长%s%%，高于城镇居民%s个百分点。' % (
        c.i(c.ri(12000, 30000), 'k' if c.mode == 'k' else 'a'), fixed(Fr(c.ri(50, 120), 10), 1), fixed(Fr(c.ri(5, 30), 10), 1))


@style('pct', 'neg_ranking_growth', 'neg')
def pn_rank(c):
    return '%s增速%s%%，排名全市第%d位，较一季度前移%d位。' % (c.pick(['固定资产投资', '工业技改投资', '服务业增加值']),
                                             fixed(Fr(c.ri(10, 300), 10), 1), c.ri(1, 12), c.ri(1, 6))


@style('pct', 'neg_times_and_growth_correct', 'neg')
def pn_times(c):
    last = c.ri(10, 900)
    k = c.pick([2, 3, 4])
    now = last * k
    L, N = c.i(last), c.i(now)
    S = c.p(str((k - 1) * 100))
    c.pct(S, ['sub', N, L], L)
    return '%s由%s个增加到%s个，是上年的%s倍，增长%s。' % (c.pick(['新建充电桩', '备案众创空间', '签约入驻企业']), L, N, to_cn(k), S)


@style('pct', 'neg_hotline_names', 'neg')
def pn_hotline(c):
    return '12345热线与110、119、120实现联动，“%s”平台接通率保持高位，%s月份开展%s专项行动。' % (
        c.pick(['好差评', '一网通办', '接诉即办']), c.ri(3, 11), c.pick(['“百日攻坚”', '“春风”', '“清源”']))


@style('pct', 'neg_different_bases_same_number', 'neg')
def pn_bases(c):
    a = c.ri(100, 900)
    b = c.ri(a + 50, 3000)
    n = c.ri(20, a - 10)
    s1 = fixed(Fr(n, a) * 100, 1)
    s2 = fixed(Fr(n, b) * 100, 1)
    A, B, N, S1, S2 = c.i(a), c.i(b), c.i(n), c.p(s1), c.p(s2)
    c.pct(S1, N, A)
    c.pct(S2, N, B)
    return '全区%s家规上企业中有%s家开展数字化改造，占规上企业的%s；在全部%s家工业企业中占%s。' % (A, N, S1, B, S2)


# ---------------------------------------------------------------------------
# post-processing (PDF breaks, half-width punctuation)
# ---------------------------------------------------------------------------
NUMCH = set('0123456789０１２３４５６７８９.．,%％' + CN_CHARS)


def pdfify(r, text):
    pos = [j for j in range(1, len(text)) if text[j - 1] not in NUMCH and text[j] not in NUMCH
           and '\u4e00' <= text[j - 1] <= '\u9fff' and '\u4e00' <= text[j] <= '\u9fff']
    if not pos:
        return text
    k = min(len(pos), r.randint(1, 2))
    cuts = sorted(r.sample(pos, k), reverse=True)
    for j in cuts:
        text = text[:j] + '\n' + text[j:]
    return text


def halfwidth(text):
    out = []
    for j, ch in enumerate(text):
        if ch == '，':
            prev = text[j - 1] if j else ''
            nxt = text[j + 1] if j + 1 < len(text) else ''
            if prev in NUMCH and nxt in NUMCH:
                out.append(ch)
                continue
            out.append(',')
        elif ch in '；：（）':
            out.append({'；': ';', '：': ':', '（': '(', '）': ')'}[ch])
        else:
            out.append(ch)
    return ''.join(out)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def make_record(r, family, name, kind, fn, label):
    c = Ctx(r, label)
    text = fn(c)
    if text is None:
        return None
    text = re.sub(r'  +', ' ', text) if c.mode != 'sp' else text
    if c.halfpunct:
        text = halfwidth(text)
    if c.pdf:
        text = pdfify(r, text)
    if kind != 'mal' and any(re.search(p, text) for p in MALFORMED_PATTERNS):
        return None
    got, msgs = derive_label(text, c.checks, label)
    if got != label:
        return None
    note = ('；'.join(m for m in msgs if m) or '无可核验的算术关系（干扰项）')
    if label == 'inconsistent' and c.err:
        note = '错误：' + c.err + '。核验：' + note
    elif label == 'negative':
        note = '负例（无可判定的错误）。' + note
    return {'family': family, 'style': name, 'label': label, 'text': text, 'note': note, 'checks': c.checks}


def build(seed, per_family=1400):
    r = random.Random(seed)
    out = []
    seen = set()
    for family in ('totals', 'pct'):
        styles = STYLES[family]
        n_inc = round(per_family * 0.45)
        n_neg = round(per_family * 0.15)
        n_con = per_family - n_inc - n_neg
        fam_recs = []
        for label, n in (('inconsistent', n_inc), ('consistent', n_con), ('negative', n_neg)):
            if label == 'negative':
                pool = [s for s in styles if s[1] == 'neg']
            elif label == 'consistent':
                pool = [s for s in styles if s[1] == 'ci']
            else:
                pool = [s for s in styles if s[1] in ('ci', 'mal')]
            made = 0
            j = 0
            fails = 0
            while made < n:
                name, kind, fn = pool[j % len(pool)]
                rec = None
                for _ in range(60):
                    rec = make_record(r, family, name, kind, fn, label)
                    if rec is not None and rec['text'] not in seen:
                        break
                    rec = None
                j += 1
                if rec is None:
                    fails += 1
                    if fails > 5000:
                        raise RuntimeError('cannot fill %s/%s' % (family, label))
                    continue
                seen.add(rec['text'])
                fam_recs.append(rec)
                made += 1
        r.shuffle(fam_recs)
        out += fam_recs
    for k, rec in enumerate(out):
        rec_id = 'n%05d' % (k + 1)
        out[k] = {'id': rec_id, **rec}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--out', default='numbers4.jsonl')
    ap.add_argument('--per-family', type=int, default=1400)
    ap.add_argument('--verify', help='re-verify an existing jsonl file from its texts and checks, then exit')
    a = ap.parse_args()
    if a.verify:
        bad = 0
        n = 0
        for line in open(a.verify, encoding='utf-8'):
            rec = json.loads(line)
            n += 1
            got, _ = derive_label(rec['text'], rec['checks'], rec['label'])
            mal = any(ck['rel'] == 'malformed' for ck in rec['checks'])
            if not mal and any(re.search(p, rec['text']) for p in MALFORMED_PATTERNS):
                got = None
            if got != rec['label']:
                bad += 1
                print('MISMATCH', rec['id'], rec['label'], got)
        for v in range(0, 200001, 7):
            assert parse_num(to_cn(v)) == v, v
        print('verified %d records, %d mismatches; Chinese numeral round trip ok' % (n, bad))
        return
    recs = build(a.seed, a.per_family)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
