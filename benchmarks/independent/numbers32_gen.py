#!/usr/bin/env python3
"""numbers32_gen.py - held-out collection of Chinese report snippets for an arithmetic auditor.

Families: totals (wholes and parts, differences, changes, balances) and pct (rates, shares,
percentage changes, percentage points, indices, malformed percentages).
Labels: consistent / inconsistent (exactly one wrong relation) / negative (look-alike, nothing to flag).

Usage:
  python3 numbers32_gen.py --seed 11 --out numbers32_seed11.jsonl
  python3 numbers32_gen.py --verify numbers32_seed11.jsonl numbers32_seed12.jsonl
  python3 numbers32_gen.py --style-table [--seed 11]
Standard library only; deterministic per seed (random.Random seeded with strings).
"""
import argparse, json, random, re, sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, getcontext

getcontext().prec = 40

# ---------------------------------------------------------------- number text <-> value
FWD = str.maketrans('0123456789', '０１２３４５６７８９')
NORM = str.maketrans({'０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6',
                      '７': '7', '８': '8', '９': '9', '．': '.', '％': '%', '，': ',', '－': '-',
                      '\u3000': ' ', '＋': '+'})
CN_DIG = '零一二三四五六七八九'
CN_CH = set('零〇一二两三四五六七八九十百千万亿')


def _cn4(n, lead):
    s, zero = '', False
    for val, u in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // val % 10
        if d == 0:
            if s:
                zero = True
            continue
        if zero:
            s += '零'
            zero = False
        if d == 1 and val == 10 and not s and lead:
            s += '十'
        else:
            s += CN_DIG[d] + u
    return s


def int2cn(n, liang=False):
    n = int(n)
    if n == 0:
        return '零'
    if n < 10000:
        s = _cn4(n, True)
    else:
        hi, lo = divmod(n, 10000)
        s = _cn4(hi, True) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + _cn4(lo, False)
    if liang:
        s = re.sub('^二(?=[千百万])', '两', s)
    return s


def cn2int(s):
    s = s.replace('两', '二').replace('〇', '零')
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG.index(ch)
        elif ch in '十百千':
            u = {'十': 10, '百': 100, '千': 1000}[ch]
            if num == 0 and ch == '十':
                num = 1
            sec += num * u
            num = 0
        elif ch == '万':
            total += (sec + num) * 10000
            sec = num = 0
        elif ch == '亿':
            total = (total + sec + num) * 100000000
            sec = num = 0
        else:
            raise ValueError('bad cn numeral ' + s)
    return total + sec + num


def parse(raw):
    """Value of a number as written in the text (full-width, separators, 万/亿, Chinese numerals, %)."""
    if isinstance(raw, list):
        return sum((parse(x) for x in raw), D(0))
    s = raw.strip().translate(NORM)
    if s.startswith('百分之'):
        s = s[3:]
    s = s.strip('%‰').strip()
    mult = D(1)
    for suf, m in (('万亿', D(10) ** 12), ('亿', D(10) ** 8), ('万', D(10) ** 4)):
        if s.endswith(suf) and not all(c in CN_CH for c in s):
            mult = m
            s = s[:-len(suf)]
            break
    if s and all(c in CN_CH for c in s):
        return D(cn2int(s)) * mult
    s = re.sub(r'(?<=\d)[, ](?=\d{3}(?!\d))', '', s)
    return D(s) * mult


def decs(raw):
    s = raw.translate(NORM).strip('%‰')
    s = re.sub('[万亿]+$', '', s)
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, d, mode=ROUND_HALF_UP):
    return x.quantize(D(1).scaleb(-d), rounding=mode)


# ---------------------------------------------------------------- malformed percentages
MAL_RES = [re.compile(p) for p in (
    r'[xX×Ｘｘ]{1,3}(?:[.．][xXｘ]+)?\s*[%％]',   # xx%  xx.x%
    r'[\d０-９]\s+[%％]',                          # 98.6 %
    r'(?<![\d０-９])[%％][\d０-９]',                # %98
    r'[%％]\s*[%％]',                              # %% ％％
    r'[\d０-９][.．]{2,}[\d０-９]',                # 98..6
    r'[\d０-９][.．][%％]',                        # 98.%
    r'百分之[\d０-９]',                            # 百分之98%
)]


def find_malformed(text):
    out = []
    for rx in MAL_RES:
        for m in rx.finditer(text):
            out.append(m.group(0))
    return out


# ---------------------------------------------------------------- relations
def _dirsign(c):
    return D(1) if c.get('dir', 'up') == 'up' else D(-1)


def evalc(c):
    """Recompute one check from the numbers as written. Returns (holds, computed-string)."""
    P = parse
    rel = c['rel']
    if rel == 'sum':
        s = P(c['parts'])
        return s == P(c['whole']), str(s)
    if rel == 'diff':                     # a - b = c
        v = P(c['a']) - P(c['b'])
        return v == P(c['c']), str(v)
    if rel == 'balance':                  # start + plus - minus = end
        v = P(c['start']) + P(c.get('plus', [])) - P(c.get('minus', []))
        return v == P(c['end']), str(v)
    if rel == 'change':                   # to - from = +/- delta
        v = P(c['to']) - P(c['from'])
        return v == _dirsign(c) * P(c['delta']), str(v)
    if rel == 'rate':                     # num/den*scale rounded to stated decimals
        d = decs(c['pct'])
        v = P(c['num']) - P(c.get('num_minus', []))
        v = v / P(c['den']) * D(c.get('scale', 100))
        return q(v, d) == P(c['pct']), str(q(v, d + 2))
    if rel == 'change_pct':
        d = decs(c['pct'])
        v = (P(c['to']) - P(c['from'])) / P(c['from']) * 100
        return q(v, d) == _dirsign(c) * P(c['pct']), str(q(v, d + 2))
    if rel == 'pp':
        v = P(c['to']) - P(c['from'])
        return v == _dirsign(c) * P(c['pp']), str(v)
    if rel in ('share_sum', 'share_le'):
        d = max(decs(x) for x in c['shares'])
        s = P(c['shares'])
        tol = D(len(c['shares'])) * D('0.5') * D(1).scaleb(-d)
        tot = P(c.get('total', '100'))
        ok = abs(s - tot) <= tol if rel == 'share_sum' else s <= tot + tol
        return ok, str(s)
    if rel == 'contrib_sum':
        d = max(decs(x) for x in c['parts'] + [c['total']])
        s = P(c['parts'])
        tol = D(len(c['parts']) + 1) * D('0.5') * D(1).scaleb(-d)
        return abs(s - P(c['total'])) <= tol, str(s)
    if rel == 'avg':
        d = decs(c['avg'])
        v = P(c['total']) / P(c['count']) / D(c.get('unit', 1))
        return q(v, d) == P(c['avg']), str(q(v, d + 2))
    if rel == 'ratio':
        d = decs(c['r'])
        v = P(c['a']) / P(c['b']) * D(c.get('scale', 1))
        return q(v, d) == P(c['r']), str(q(v, d + 2))
    if rel == 'index_pct':               # index (prev=100) minus 100 = +/- pct
        v = P(c['index']) - 100
        return v == _dirsign(c) * P(c['pct']), str(v)
    if rel == 'times':
        d = decs(c['x'])
        v = P(c['to']) / P(c['from']) - D(c.get('offset', 0))
        return q(v, d) == P(c['x']), str(q(v, d + 2))
    if rel == 'count_signs':
        ups = sum(1 for _, s in c['items'] if s == 'up')
        downs = sum(1 for _, s in c['items'] if s == 'down')
        flats = sum(1 for _, s in c['items'] if s == 'flat')
        ok = (ups == P(c['up']) and downs == P(c['down']) and flats == P(c.get('flat', '零')))
        return ok, '%d/%d/%d' % (ups, downs, flats)
    if rel == 'count_items':
        k = len(c['items'])
        return k == P(c['count']), str(k)
    if rel == 'malformed':
        return False, 'malformed'
    if rel == 'decoy':
        return True, 'not a relation'
    raise ValueError('unknown rel ' + rel)


SKIP_KEYS = {'rel', 'holds', 'computed', 'dir', 'scale', 'offset', 'unit', 'reason', 'cue', 'token'}


def operands(c):
    out = []
    for k, v in c.items():
        if k in SKIP_KEYS:
            continue
        if k == 'total' and c['rel'] in ('share_sum', 'share_le'):
            continue
        if k == 'items':
            out += [x if isinstance(x, str) else x[0] for x in v]
        elif isinstance(v, list):
            out += v
        elif isinstance(v, str):
            out.append(v)
    return out


def present(raw, text):
    if not raw:
        return False
    if raw[0] in CN_CH or raw.startswith('百分之'):
        return raw in text
    pat = r'(?<![0-9０-９.．])' + re.escape(raw)
    if raw[-1] in '0123456789０１２３４５６７８９':
        pat += r'(?![0-9０-９])'
    return re.search(pat, text) is not None


def check_record(rec):
    """Return list of problems (empty = fine)."""
    probs = []
    text, label, checks = rec['text'], rec['label'], rec['checks']
    if not checks:
        return ['no checks']
    nlines = text.count('\n') + 1
    if not 1 <= nlines <= 8:
        probs.append('line count %d' % nlines)
    failing, decoys, real = [], 0, 0
    for c in checks:
        try:
            ok, comp = evalc(c)
        except Exception as e:  # noqa
            probs.append('eval error %r in %r' % (e, c))
            continue
        if c.get('holds') is not None and c['holds'] != ok:
            probs.append('stored holds differs %r' % c)
        if c.get('computed') is not None and c['computed'] != comp:
            probs.append('stored computed differs %r' % c)
        if c['rel'] == 'decoy':
            decoys += 1
            if c['cue'] not in text:
                probs.append('cue missing ' + c['cue'])
        else:
            real += 1
        if c['rel'] == 'malformed':
            if c['token'] not in text or c['token'] not in find_malformed(text) and \
                    not any(c['token'] in m or m in c['token'] for m in find_malformed(text)):
                probs.append('malformed token not detected ' + c['token'])
        else:
            for raw in operands(c):
                if not present(raw, text):
                    probs.append('operand %r not in text' % raw)
        if not ok:
            failing.append(c)
    mal = find_malformed(text)
    mal_checks = [c for c in checks if c['rel'] == 'malformed']
    if mal and not mal_checks:
        probs.append('unexpected malformed percentage %r' % mal)
    if label == 'consistent':
        if failing:
            probs.append('consistent record has failing check')
        if real == 0:
            probs.append('consistent record without checkable relation')
    elif label == 'inconsistent':
        if len(failing) != 1:
            probs.append('inconsistent record has %d failing checks' % len(failing))
        if len(mal_checks) > 1:
            probs.append('more than one malformed check')
    elif label == 'negative':
        if failing:
            probs.append('negative record has failing check')
        if decoys == 0:
            probs.append('negative record without decoy')
    else:
        probs.append('bad label')
    return probs


# ---------------------------------------------------------------- names and context
SYL1 = '青云桐枫澄临嘉宁和泉石禾松梅兰汀溪岚桂柳榆杉浦塘沅湄洛苍鹤翠蓝金银玉碧丹紫琴柏槐荻芦苇晴朗'
SYL2 = '川岭原河阳平丰湾源山州溪江浦塘湖洲岗坪坝桥口渡屯坊庄冈畈圩垸坳峪'
SUF_ADMIN = ['县', '区', '市', '镇', '乡', '街道']
CO_SYL = '华瑞恒远鑫泰博启禾正达源信拓创峰诚嘉越联晟宏骏卓'
CO_IND = ['科技', '新材料', '食品', '机械制造', '物流', '新能源', '医药', '电子', '纺织', '建材', '农业开发']

CTX_GENERIC = [
    '{year}年以来，{place}坚持稳中求进工作总基调，统筹发展和安全，各项工作有序推进。',
    '下一步，我们将继续压实工作责任，补齐短板弱项，推动各项工作提质增效。',
    '现将有关情况报告如下。',
    '在上级党委、政府的正确领导下，全体干部职工团结协作、攻坚克难。',
    '（一）主要工作完成情况',
    '一、{year}年工作回顾',
    '二、存在的问题和不足',
    '同时也要清醒看到，部分领域风险隐患仍然存在，基层基础工作还需加强。',
    '召开专题推进会{n}次，研究解决具体问题。',
    '以上数据为快报数，最终数据以统计年报为准。',
    '相关工作得到上级部门的充分肯定。',
    '{place}将以此为契机，进一步健全长效机制。',
    '联系电话：0{area}-{phone}。',
    '（数据来源：{place}统计局，{year}年{month}月）',
    '全体人员坚守岗位，确保了各项任务按时完成。',
    '{year}年{month}月{day}日，{place}召开工作推进会议，对下一阶段任务作出部署。',
    '各项工作台账已按要求归档备查。',
    '第{qtr}季度工作例会对上述情况进行了专题通报。',
    '下面，我代表{place}人民政府，向大会报告工作，请予审议。',
    '这些成绩的取得，是各方面共同努力的结果。',
    '我们始终把人民群众的安危冷暖放在心上。',
    '特此报告。',
    '注：本报告中金额单位除特别注明外均为人民币。',
    '编制单位：{place}{office}，{year}年{month}月。',
    '持续深化“放管服”改革，营商环境不断优化。',
    '坚持问题导向，对照年初目标逐项盘点。',
]


def place_name(r, suffix=None):
    return r.choice(SYL1) + r.choice(SYL2) + (suffix if suffix is not None else r.choice(SUF_ADMIN))


def company_name(r):
    return r.choice(SYL1) + r.choice(CO_SYL) + r.choice(CO_IND) + r.choice(['有限公司', '股份有限公司', '集团有限公司'])


OFFICES = ['统计局', '财政局', '生态环境局', '民政局', '水利局', '自然资源局', '卫生健康委员会', '教育局',
           '人民法院', '人民检察院', '审计局', '市场监督管理局', '农业农村局', '应急管理局', '人民政府办公室']


class Gen:
    """Per-record random helper: number formatting, names, perturbations."""

    def __init__(self, r, label, fam):
        self.r = r
        self.label = label
        self.bad = label == 'inconsistent'
        self.fam = fam
        self.mode = r.choices(['ascii', 'comma', 'fw', 'space', 'fwcomma', 'cn'],
                              [62, 13, 9, 4, 3, 9])[0]
        self.pctsign = '％' if (self.mode == 'fw' and r.random() < 0.7) or r.random() < 0.06 else '%'
        self.year = r.randint(2019, 2024)
        self.place = place_name(r)
        self.alt = ''       # human description of the altered number
        self.liang = r.random() < 0.4   # 两千 vs 二千, fixed per record so repeated numbers read the same

    # -- randomness
    def ri(self, a, b):
        return self.r.randint(a, b)

    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def dec(self, lo, hi, d=0):
        if d == 0:
            return D(self.r.randint(int(lo), int(hi)))
        u = 10 ** d
        return D(self.r.randint(int(lo * u), int(hi * u))) / D(u)

    # -- formatting
    def n(self, x, d=0, mode=None, unit_cn=True):
        """Number as text. d = decimals. mode overrides the record mode."""
        mode = mode or self.mode
        x = D(x)
        if d == 0 and x != x.to_integral_value():
            raise ValueError('non-integer with d=0: %s' % x)
        s = ('{:.%df}' % d).format(x)
        if mode == 'cn':
            if d == 0 and 0 < x <= 99999:
                return int2cn(int(x), liang=self.liang)
            mode = 'ascii'
        ip, _, fp = s.partition('.')
        neg = ip.startswith('-')
        ip = ip.lstrip('-')
        if mode in ('comma', 'fwcomma', 'space') and len(ip) >= 4:
            sep = {'comma': ',', 'fwcomma': '，', 'space': ' '}[mode]
            groups = []
            while ip:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            ip = sep.join(groups)
        s = ('-' if neg else '') + ip + ('.' + fp if fp else '')
        if mode in ('fw', 'fwcomma'):
            s = s.translate(FWD)
        return s

    def p(self, x, d=1, mode=None):
        """Percentage text incl. sign, no chinese numerals."""
        mode = mode or self.mode
        if mode in ('cn', 'comma', 'space', 'fwcomma'):
            mode = 'fw' if mode == 'fwcomma' else 'ascii'
        return self.n(q(D(x), d), d, mode) + self.pctsign

    def pn(self, x, d=1):
        """Percentage number without sign (for 个百分点, indices)."""
        mode = 'fw' if self.mode in ('fw', 'fwcomma') else 'ascii'
        return self.n(q(D(x), d), d, mode)

    # -- perturbations
    def bump(self, x, d=0, rel=0.2, lo=None, hi=None):
        """A different positive value near x (same decimals)."""
        x = D(x)
        u = D(1).scaleb(-d)
        units = int(x / u)
        span = max(1, int(units * rel))
        for _ in range(100):
            k = self.r.choice([1, 1, 2, 3]) if self.chance(0.35) else self.r.randint(1, span)
            k = k if self.chance(0.5) else -k
            y = x + k * u
            if y > 0 and y != x and (lo is None or y >= lo) and (hi is None or y <= hi):
                return y
        return x + u

    def bump_pct(self, true, d, lo=0, hi=100, minoff=None):
        """A stated percentage clearly off the true value (more than rounding)."""
        minoff = minoff if minoff is not None else (D('0.6') if d > 0 else D(2))
        for _ in range(200):
            off = self.dec(minoff, max(minoff * 4, D(4)), d) if d else D(self.r.randint(int(minoff), 8))
            y = q(D(true), d) + (off if self.chance(0.5) else -off)
            if lo <= y <= hi and abs(y - D(true)) >= minoff:
                return y
        return q(D(true), d) + minoff

    def split(self, total, k, d=0, minpart=1):
        """Random split of total into k positive parts with d decimals."""
        u = D(1).scaleb(-d)
        units = int(D(total) / u)
        mp = int(D(minpart) / u) if minpart else 1
        if units < k * mp:
            raise ValueError('cannot split')
        cuts = sorted(self.r.sample(range(1, units - k * mp + k), k - 1))
        parts, prev = [], 0
        for c in cuts + [units - k * mp + k]:
            parts.append(c - prev - 1 + mp)
            prev = c
        return [D(p) * u for p in parts]

    def ctx(self, k):
        out = []
        for t in self.sample(CTX_GENERIC, k):
            out.append(t.format(year=self.year, place=self.place, n=self.ri(2, 15), area=self.ri(100, 999),
                                phone=self.ri(2000000, 8999999), month=self.ri(1, 12), day=self.ri(1, 28),
                                office=self.ch(OFFICES), qtr=self.ch('一二三四')))
        return out


# ---------------------------------------------------------------- style registry
STYLES = []


def style(name, family, kind='pos', cn_ok=True):
    def deco(f):
        STYLES.append(dict(name=name, family=family, kind=kind, f=f, cn_ok=cn_ok))
        return f
    return deco


def C(rel, **kw):
    d = {'rel': rel}
    d.update(kw)
    return d


def listjoin(g, items, last=None):
    sep = g.ch(['、', '、', '、', '，', '；'])
    if last and len(items) > 1 and g.chance(0.4):
        return sep.join(items[:-1]) + last + items[-1]
    return sep.join(items)


# ================================================================ TOTALS family
# domain: (verb phrase, unit, categories or 'PLACES', part range lo, hi, decimals)
TDOM = [
    ('查处环境违法案件', '起', ['水污染', '大气污染', '噪声污染', '固体废物污染', '土壤污染', '辐射安全'], 3, 45, 0),
    ('受理信访事项', '件', ['来信', '来访', '网上信访', '领导信箱', '热线转办'], 5, 160, 0),
    ('新增市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], 20, 950, 0),
    ('排查整治安全隐患', '处', ['消防安全', '燃气安全', '道路交通', '建筑施工', '危险化学品', '特种设备'], 5, 260, 0),
    ('审结各类案件', '件', ['刑事案件', '民事案件', '行政案件', '执行案件'], 30, 2600, 0),
    ('接诊门急诊患者', '人次', ['普通门诊', '专家门诊', '急诊', '发热门诊'], 500, 68000, 0),
    ('发放各类救助资金', '万元', ['城乡低保金', '特困供养金', '临时救助金', '残疾人两项补贴', '高龄津贴'], 5, 900, 2),
    ('完成植树造林', '亩', ['人工造林', '封山育林', '退化林修复', '森林抚育'], 100, 8800, 0),
    ('签约引进项目', '个', ['工业项目', '现代服务业项目', '农业产业化项目', '文旅项目'], 1, 26, 0),
    ('新建改造农村公路', '公里', ['县道', '乡道', '村道', '产业路'], 2, 95, 1),
    ('接报各类警情', '起', ['刑事警情', '治安警情', '交通警情', '群众求助'], 50, 5200, 0),
    ('调处矛盾纠纷', '件', ['婚姻家庭纠纷', '邻里纠纷', '土地权属纠纷', '劳动争议', '物业纠纷'], 5, 320, 0),
    ('办理热线工单', '件', ['咨询类', '求助类', '投诉类', '建议类'], 50, 9200, 0),
    ('开展职业技能培训', '人次', ['电工', '焊工', '家政服务', '电子商务', '养老护理'], 20, 950, 0),
    ('处理食品安全投诉举报', '件', ['餐饮服务', '食品销售', '食品生产', '网络订餐'], 5, 420, 0),
    ('检查生产经营单位', '家次', ['工贸企业', '建筑施工单位', '加油站', '人员密集场所'], 10, 640, 0),
    ('清运生活垃圾', '吨', 'PLACES', 100, 32000, 0),
    ('建成高标准农田', '亩', 'PLACES', 300, 12000, 0),
    ('实施农村危房改造', '户', 'PLACES', 2, 90, 0),
    ('发放创业担保贷款', '万元', ['个人创业', '小微企业', '返乡入乡创业'], 50, 3200, 0),
    ('公开招聘事业单位工作人员', '名', ['教育系统', '卫生系统', '其他系统'], 5, 210, 0),
    ('举办文化惠民活动', '场', ['送戏下乡', '公益电影放映', '群众文艺展演', '非遗展示'], 3, 220, 0),
    ('完成农村户厕改造', '座', 'PLACES', 20, 900, 0),
    ('征收国有土地上房屋', '户', 'PLACES', 5, 400, 0),
]


def tdom(g, kmin=2, kmax=5, cnsafe=False):
    verb, unit, cats, lo, hi, d = g.ch(TDOM if not cnsafe else [t for t in TDOM if t[5] == 0])
    k = g.ri(kmin, kmax)
    if cats == 'PLACES':
        names = []
        while len(names) < k:
            nm = place_name(g.r, g.ch(['镇', '乡', '街道']))
            if nm not in names:
                names.append(nm)
    else:
        k = min(k, len(cats))
        names = g.sample(cats, k)
    return verb, unit, names, lo, hi, d


def sumcase(g, k, lo, hi, d=0, whole_p=0.35):
    """parts and whole; if g.bad one of them is altered. returns whole, parts."""
    parts = [g.dec(lo, hi, d) for _ in range(k)]
    whole = sum(parts)
    if g.bad:
        if g.chance(whole_p):
            nw = g.bump(whole, d, rel=0.12)
            g.alt = '合计由%s改为%s' % (whole, nw)
            whole = nw
        else:
            i = g.ri(0, k - 1)
            np_ = g.bump(parts[i], d, rel=0.3)
            g.alt = '第%d项由%s改为%s' % (i + 1, parts[i], np_)
            parts[i] = np_
    return whole, parts


def breakdown(g, kmin=2, kmax=5, cnsafe=False, whole_p=0.35, mode=None):
    verb, unit, names, lo, hi, d = tdom(g, kmin, kmax, cnsafe)
    if mode:
        g.mode = mode
    whole, parts = sumcase(g, len(names), lo, hi, d, whole_p)
    W = g.n(whole, d)
    Ps = [g.n(x, d) for x in parts]
    return verb, unit, names, W, Ps


def sumcheck(W, Ps):
    return C('sum', whole=W, parts=list(Ps))


def intro(g):
    return g.ch(['', '', '今年以来，', '全年', '%d年，' % g.year, '截至%d年底，' % g.year, '报告期内，',
                 '%s' % g.place, '一年来，', '1—%d月，' % g.ri(6, 11)])


@style('qizhong_list', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g)
    rep = g.chance(0.8)
    items = [nm + p + (u if rep or i == len(Ps) - 1 else '') for i, (nm, p) in enumerate(zip(names, Ps))]
    t = '%s共%s%s%s，其中%s。' % (intro(g), verb, W, u, listjoin(g, items))
    return [t], '分项之和与“共”后总数', [sumcheck(W, Ps)]


@style('fenbiewei_after_names', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 4)
    t = '%s%s%s%s，%s分别为%s。' % (intro(g), verb, W, u, '、'.join(names), '、'.join(p + u for p in Ps))
    return [t], '分别为后的数值之和与总数', [sumcheck(W, Ps)]


@style('parts_then_heji', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g)
    word = g.ch(['合计', '共计', '总计', '累计'])
    t = '%s%s%s，%s%s%s。' % (intro(g), verb.replace('各类', ''), listjoin(g, [nm + p + u for nm, p in zip(names, Ps)], '和'),
                            word, W, u)
    return [t], '先列分项后给合计', [sumcheck(W, Ps)]


@style('paren_breakdown', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g)
    sep = g.ch(['，', '、', '；'])
    t = '%s共%s%s%s（%s），%s' % (intro(g), verb, W, u, sep.join(nm + p + u for nm, p in zip(names, Ps)),
                              g.ch(['同比有所增加。', '均已按程序办结。', '各项工作扎实推进。', '为历年最多。']))
    return [t], '括号内分项之和与括号前总数', [sumcheck(W, Ps)]


@style('number_before_name', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g)
    vb = g.ch(['为', '涉及', '属于'])
    t = '%s共%s%s%s，其中%s。' % (intro(g), verb, W, u, '，'.join(p + u + vb + nm for nm, p in zip(names, Ps)))
    return [t], '数值在名称前的分项', [sumcheck(W, Ps)]


@style('colon_lines', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 3, 5)
    lines = ['%s%s情况：' % (intro(g), verb)] + ['%s：%s%s' % (nm, p, u) for nm, p in zip(names, Ps)]
    lines.append('%s：%s%s' % (g.ch(['合计', '总计', '小计']), W, u))
    return lines, '逐行列出分项与合计', [sumcheck(W, Ps)]


@style('markdown_table', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 3, 5)
    lines = ['| 类别 | 数量（%s） |' % u, '| --- | --- |']
    if len(names) < 5:
        lines.insert(0, '表%d  %s%s情况' % (g.ri(1, 9), g.year, '年' + verb))
    lines += ['| %s | %s |' % (nm, p) for nm, p in zip(names, Ps)]
    lines.append('| 合计 | %s |' % W)
    return lines, 'Markdown 表格合计行', [sumcheck(W, Ps)]


@style('space_table', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 3, 5)
    sp = g.ch(['\u3000\u3000', '    ', '\t'])
    lines = ['%s%s（单位：%s）' % (g.year, '年' + verb, u), '项目%s数量' % sp]
    lines += ['%s%s%s' % (nm, sp, p) for nm, p in zip(names, Ps)]
    lines.insert(2, '合计%s%s' % (sp, W)) if g.chance(0.4) else lines.append('合计%s%s' % (sp, W))
    return lines, '空格分隔的表格，合计行可能在首行', [sumcheck(W, Ps)]


ORD_YI = ['一是', '二是', '三是', '四是', '五是', '六是']
CIRC = '①②③④⑤⑥'


@style('yishi_erishi_items', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    items = ['%s%s方面%s%s' % (ORD_YI[i], nm, g.ch(['', '共', '']), p + u) for i, (nm, p) in enumerate(zip(names, Ps))]
    t = '%s共%s%s%s。%s。' % (intro(g), verb, W, u, '；'.join(items))
    return [t], '一是二是分项之和', [sumcheck(W, Ps)]


@style('circled_items', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    items = ['%s%s%s%s' % (CIRC[i], nm, p, u) for i, (nm, p) in enumerate(zip(names, Ps))]
    t = '%s%s%s%s，具体为：%s。' % (intro(g), verb, W, u, '；'.join(items))
    return [t], '①②③分项之和', [sumcheck(W, Ps)]


@style('paren_numbered_lines', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    lines = ['%s共%s%s%s，按类型统计如下：' % (intro(g), verb, W, u)]
    fmt = g.ch(['(%d)', '（%d）', '%d.', '%d、'])
    lines += [(fmt % (i + 1)) + '%s%s%s%s' % (nm, g.ch(['：', '', '方面']), p, u) + ('；' if i < len(Ps) - 1 else '。')
              for i, (nm, p) in enumerate(zip(names, Ps))]
    return lines, '编号分行列出的分项', [sumcheck(W, Ps)]


@style('subjects_fenbie_verb', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 4)
    t = '%s%s分别%s%s%s，共计%s%s。' % (intro(g), '、'.join(names), verb.replace('各类', ''), '、'.join(Ps), u, W, u)
    return [t], '主体在前、分别后给数值，最后共计', [sumcheck(W, Ps)]


@style('whole_stated_last', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    t = '%s%s，%s%s总量达到%s%s。' % (intro(g), listjoin(g, [nm + p + u for nm, p in zip(names, Ps)]),
                              g.ch(['全年', '全区', '全县', '累计']), verb.replace('各类', ''), W, u)
    return [t], '先分项后总量', [sumcheck(W, Ps)]


@style('han_paren', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 3)
    t = '%s共%s%s%s（含%s）。' % (intro(g), verb, W, u, '、'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '“含”括号列全部分项', [sumcheck(W, Ps)]


@style('qiyu_residual', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 3, 4)
    t = '%s共%s%s%s，其中%s，其余%s%s为其他类型。' % (intro(g), verb, W, u, '、'.join(nm + p + u for nm, p in zip(names[:-1], Ps[:-1])),
                                           Ps[-1], u)
    return [t], '“其余”补足的分项', [sumcheck(W, Ps)]


@style('places_breakdown', 'totals')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    k = g.ri(3, 6)
    names = []
    while len(names) < k:
        nm = place_name(g.r, g.ch(['镇', '乡', '街道']))
        if nm not in names:
            names.append(nm)
    whole, parts = sumcase(g, k, lo, hi, d)
    W, Ps = g.n(whole, d), [g.n(x, d) for x in parts]
    t = '%s全%s共%s%s%s。分地区看，%s。' % (intro(g), g.ch(['县', '区', '市']), verb, W, u,
                                     '，'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '按乡镇分列的分项之和（后句）', [sumcheck(W, Ps)]


@style('baokuo_list', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    t = '%s%s%s%s，包括%s。' % (intro(g), verb, W, u, listjoin(g, [nm + p + u for nm, p in zip(names, Ps)], '以及'))
    return [t], '“包括”列出全部分项', [sumcheck(W, Ps)]


@style('qizhong_colon_semicolons', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 3, 5)
    t = '%s%s%s%s。其中：%s。' % (intro(g), verb, W, u, '；'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '“其中：”后分号分项', [sumcheck(W, Ps)]


@style('dash_bullets', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    b = g.ch(['- ', '· ', '• ', '—'])
    lines = ['%s%s%s%s，明细如下：' % (intro(g), verb, W, u)] + ['%s%s %s%s' % (b, nm, p, u) for nm, p in zip(names, Ps)]
    return lines, '项目符号列出分项', [sumcheck(W, Ps)]


CN_SEC = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']


@style('chinese_section_lines', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 4)
    lines = ['%s共%s%s%s，分述如下。' % (intro(g), verb, W, u)]
    lines += ['%s%s。%s%s%s，%s' % (CN_SEC[i], nm, g.ch(['全年', '共', '']), verb.replace('各类', ''), p + u,
                                   g.ch(['均已落实到位。', '按时完成。', '已建立台账。', '群众反映良好。']))
              for i, (nm, p) in enumerate(zip(names, Ps))]
    return lines, '分节小标题下的分项之和', [sumcheck(W, Ps)]


@style('nested_two_level', 'totals')
def _(g):
    verb, u, names, lo, hi, d = tdom(g, 3, 3)
    sub = g.split(g.dec(lo * 2, hi * 2, d) if d else D(g.ri(max(2, lo * 2), hi * 2)), 2, d)
    a = sum(sub)
    b = g.dec(lo, hi, d)
    W = a + b
    if g.bad:
        which = g.ch(['W', 'b', 'sub'])
        if which == 'W':
            W = g.bump(W, d, 0.1)
        elif which == 'b':
            b = g.bump(b, d, 0.3)
        else:
            sub[0] = g.bump(sub[0], d, 0.3)
        g.alt = which
    f = lambda x: g.n(x, d)
    A_, B_ = f(a), f(b)
    s1, s2 = f(sub[0]), f(sub[1])
    t = '%s共%s%s%s，其中%s%s%s（%s%s%s、%s%s%s），%s%s%s。' % (
        intro(g), verb, f(W), u, names[0], A_, u, g.ch(['城区', '一季度至二季度', '线上渠道']), s1, u,
        g.ch(['农村', '三季度至四季度', '线下渠道']), s2, u, names[1], B_, u)
    return [t], '两层分解：总数=一级分项之和，一级分项=括号内二级分项之和',\
        [C('sum', whole=f(W), parts=[A_, B_]), C('sum', whole=A_, parts=[s1, s2])]


@style('households_and_persons', 'totals')
def _(g):
    k = g.ri(2, 4)
    hh = [g.ri(3, 160) for _ in range(k)]
    pp = [h * g.ri(2, 4) + g.ri(0, 3) for h in hh]
    H, Pn = sum(hh), sum(pp)
    if g.bad:
        i = g.ri(0, k - 1)
        if g.chance(0.5):
            hh[i] = g.bump(hh[i], 0, 0.3)
        else:
            pp[i] = g.bump(pp[i], 0, 0.3)
    names = []
    while len(names) < k:
        nm = place_name(g.r, g.ch(['村', '社区']))
        if nm not in names:
            names.append(nm)
    f = g.n
    act = g.ch(['安置被拆迁户', '认定低保对象', '纳入监测帮扶', '完成易地搬迁'])
    t = '%s共%s%s户%s人，其中%s。' % (intro(g), act, f(H), f(Pn), '、'.join('%s%s户%s人' % (nm, f(a), f(b)) for nm, a, b in zip(names, hh, pp)))
    return [t], '户数与人数两条合计分别成立', [C('sum', whole=f(H), parts=[f(x) for x in hh]),
                                             C('sum', whole=f(Pn), parts=[f(x) for x in pp])]


@style('cross_table_totals', 'totals')
def _(g):
    rows = []
    while len(rows) < g.ri(2, 4):
        nm = place_name(g.r, g.ch(['镇', '街道']))
        if nm not in rows:
            rows.append(nm)
    c1, c2 = g.ch([('新建', '改建'), ('城镇', '农村'), ('男', '女'), ('上半年', '下半年')])
    u = g.ch(['个', '座', '人', '户', '处'])
    A = [g.ri(5, 300) for _ in rows]
    B = [g.ri(5, 300) for _ in rows]
    S = [a + b for a, b in zip(A, B)]
    TA, TB = sum(A), sum(B)
    T = TA + TB
    alt = None
    if g.bad:
        alt = g.ch(['row', 'T'])
        if alt == 'row':
            i = g.ri(0, len(rows) - 1)
            S[i] = g.bump(S[i], 0, 0.15)
        else:
            T = g.bump(T, 0, 0.08)
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    lines = ['单位：%s' % u, '| 地区 | %s | %s | 小计 |' % (c1, c2), '|---|---|---|---|']
    lines += ['| %s | %s | %s | %s |' % (nm, f(a), f(b), f(s)) for nm, a, b, s in zip(rows, A, B, S)]
    lines.append('| 合计 | %s | %s | %s |' % (f(TA), f(TB), f(T)))
    checks = [C('sum', whole=f(s), parts=[f(a), f(b)]) for a, b, s in zip(A, B, S)]
    checks += [C('sum', whole=f(TA), parts=[f(a) for a in A]), C('sum', whole=f(TB), parts=[f(b) for b in B]),
               C('sum', whole=f(T), parts=[f(TA), f(TB)])]
    return lines, '交叉表：行小计与列合计（只改动一个小计或总计）', checks


QNAMES = ['一季度', '二季度', '三季度', '四季度']


@style('quarters_to_year', 'totals')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    whole, parts = sumcase(g, 4, lo, hi, d)
    W, Ps = g.n(whole, d), [g.n(x, d) for x in parts]
    t = '分季度看，%s。全年%s%s%s。' % ('，'.join('%s%s%s' % (qn, p, u) for qn, p in zip(QNAMES, Ps)),
                                g.ch(['累计', '共']) + verb.replace('各类', ''), W, u)
    return [t], '四个季度之和等于全年', [sumcheck(W, Ps)]


@style('years_cumulative', 'totals')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    k = g.ri(2, 5)
    y0 = g.year - k + 1
    whole, parts = sumcase(g, k, lo, hi, d)
    W, Ps = g.n(whole, d), [g.n(x, d) for x in parts]
    t = '%s%s年以来，%s，%s年来累计%s%s%s。' % (g.place, y0, '、'.join('%d年%s%s' % (y0 + i, p, u) for i, p in enumerate(Ps)),
                                       int2cn(k) if g.chance(0.7) else str(k), verb.replace('各类', ''), W, u)
    return [t], '逐年数值之和等于累计', [sumcheck(W, Ps)]


@style('months_list', 'totals')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    k = g.ri(3, 6)
    m0 = g.ri(1, 12 - k + 1)
    whole, parts = sumcase(g, k, lo, hi, d)
    W, Ps = g.n(whole, d), [g.n(x, d) for x in parts]
    t = '%d月至%d月，%s%s%s%s，%s。' % (m0, m0 + k - 1, g.place, verb.replace('各类', ''), W, u,
                                  '，'.join('%d月%s%s' % (m0 + i, p, u) for i, p in enumerate(Ps)))
    return [t], '逐月数值之和等于期间合计', [sumcheck(W, Ps)]


@style('yi_and_wan_mixed_funding', 'totals', cn_ok=False)
def _(g):
    # total in 亿元, parts in 万元 (and sometimes one part in 亿元)
    k = g.ri(2, 4)
    parts = [D(g.ri(10, 900) * 100) for _ in range(k)]      # 万元, multiples of 100 so total has 2 decimals in 亿
    whole = sum(parts)
    if g.bad:
        i = g.ri(0, k - 1)
        parts[i] = parts[i] + D(g.ch([-1, 1]) * g.ri(1, 8) * 100)
        if parts[i] <= 0:
            parts[i] = D(500)
    names = g.sample(['中央预算内资金', '省级补助资金', '市级配套资金', '县级自筹资金', '地方政府专项债券', '社会资本'], k)
    Wt = g.n(whole / D(10000), 2, 'ascii') + '亿'
    Ps = [g.n(x, 0, 'ascii' if g.mode in ('cn', 'fwcomma') else None) + '万' for x in parts]
    proj = g.ch(['城区污水管网改造工程', '乡村振兴示范片区项目', '人民医院综合楼项目', '中小学校舍改扩建工程'])
    t = '%s总投资%s元，其中%s。' % (proj, Wt, '、'.join(nm + p + '元' for nm, p in zip(names, Ps)))
    return [t], '亿元总额与万元分项（换算后相加）', [C('sum', whole=Wt, parts=Ps)]


@style('wan_magnitude_whole', 'totals', cn_ok=False)
def _(g):
    k = g.ri(2, 4)
    whole = D(g.ri(12, 980) * 100)      # e.g. 3.56万
    parts = g.split(whole, k, 0, minpart=200)
    if g.bad:
        i = g.ri(0, k - 1)
        parts[i] = g.bump(parts[i], 0, 0.2)
    act, u, cats = g.ch([('接待游客', '人次', ['省内游客', '省外游客', '境外游客']),
                         ('开展健康体检', '人次', ['老年人', '儿童', '孕产妇', '慢病患者']),
                         ('发放宣传资料', '份', ['政策解读', '安全知识', '法律常识', '防诈骗']),
                         ('参保缴费', '人', ['城镇职工', '城乡居民', '灵活就业人员'])])
    names = g.sample(cats, min(k, len(cats)))
    parts = parts[:len(names)] if len(names) == k else parts
    if len(names) < k:
        return None
    Wt = g.n(whole / D(10000), 2, 'ascii').rstrip('0').rstrip('.') + '万'
    Ps = [g.n(x, 0, 'ascii' if g.mode == 'cn' else None) for x in parts]
    t = '%s%s%s%s，其中%s。' % (intro(g), act, Wt, u, '、'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '“万”为单位的总数与个位分项', [C('sum', whole=Wt, parts=Ps)]


@style('chinese_numeral_counts', 'totals')
def _(g):
    g.mode = 'cn'
    verb, u, names, W, Ps = breakdown(g, 2, 4, cnsafe=True)
    t = '%s共%s%s%s，其中%s。' % (intro(g), verb, W, u, '、'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '汉字数字的总数与分项', [sumcheck(W, Ps)]


@style('fullwidth_digits', 'totals')
def _(g):
    g.mode = g.ch(['fw', 'fwcomma'])
    verb, u, names, W, Ps = breakdown(g, 2, 5)
    t = '%s%s%s%s，其中%s。' % (intro(g), verb, W, u, '，'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '全角数字的总数与分项', [sumcheck(W, Ps)]


def alt3(g, vals, d, names=None, rel=0.1):
    """alter one value of vals (list, in place) when g.bad."""
    if g.bad:
        i = g.ri(0, len(vals) - 1)
        nv = g.bump(vals[i], d, rel)
        g.alt = '%s由%s改为%s' % ((names or ['值%d' % j for j in range(len(vals))])[i], vals[i], nv)
        vals[i] = nv
    return vals


@style('budget_surplus_diff', 'totals')
def _(g):
    d = g.ch([0, 2, 2, 1])
    inc = g.dec(800, 90000, d)
    exp = g.dec(500, float(inc) - 1, d) if inc > 600 else g.dec(100, 500, d)
    v = alt3(g, [inc, exp, inc - exp], d, ['收入', '支出', '结余'])
    f = lambda x: g.n(x, d, 'ascii' if g.mode == 'cn' else None)
    who = g.ch(['全年一般公共预算', '本级政府性基金预算', '机关事业单位基本养老保险基金', '村集体经济'])
    t = '%s%s收入%s万元，%s支出%s万元，%s%s万元。' % (g.year, '年' + who, f(v[0]), g.ch(['', '同期']), f(v[1]),
                                          g.ch(['收支结余', '当年结余', '收支相抵结余']), f(v[2]))
    return [t], '收入-支出=结余', [C('diff', a=f(v[0]), b=f(v[1]), c=f(v[2]))]


@style('fund_balance_rollforward', 'totals')
def _(g):
    d = 2
    s, p = g.dec(10, 5000, d), g.dec(100, 20000, d)
    m = g.dec(50, float(s + p) - 1, d)
    v = alt3(g, [s, p, m, s + p - m], d, ['年初', '收入', '支出', '年末'])
    f = lambda x: g.n(x, d, 'ascii' if g.mode == 'cn' else None)
    fund = g.ch(['住房公积金增值收益', '残疾人就业保障金', '专项扶持资金', '村级公益事业资金', '教育附加专户'])
    lines = ['%s：年初结转%s万元，本年收入%s万元，本年支出%s万元，' % (fund, f(v[0]), f(v[1]), f(v[2])),
             '年末滚存结余%s万元。' % f(v[3])]
    if g.chance(0.5):
        lines = [''.join(lines)]
    return lines, '年初+收入-支出=年末', [C('balance', start=f(v[0]), plus=[f(v[1])], minus=[f(v[2])], end=f(v[3]))]


CHG_SUBJ = [('党员人数', '名'), ('注册志愿者', '人'), ('规模以上工业企业', '家'), ('等级民宿', '家'), ('养老机构床位', '张'),
            ('农村集体经济收入超50万元的村', '个'), ('5G基站', '个'), ('国家高新技术企业', '家'), ('城市公园', '座'),
            ('家庭医生签约人数', '人'), ('在册低保户', '户'), ('建档立卡监测户', '户')]


@style('change_from_to_delta', 'totals')
def _(g):
    subj, u = g.ch(CHG_SUBJ)
    a = g.ri(10, 9000)
    up = g.chance(0.6)
    b = a + g.ri(1, max(2, a // 2)) if up else max(1, a - g.ri(1, max(2, a // 2)))
    if b == a:
        b = a + 1
        up = True
    dlt = abs(b - a)
    v = alt3(g, [dlt], 0, ['增减量'])
    f = g.n
    if up:
        t = '%s由%d年的%s%s%s到%s%s，%s%s%s。' % (subj, g.year - 1, f(a), u, g.ch(['增加', '增至', '增长']), f(b), u,
                                          g.ch(['净增', '增加', '新增']), f(v[0]), u)
    else:
        t = '%s由%d年的%s%s%s%s%s，%s%s%s。' % (subj, g.year - 1, f(a), u, g.ch(['减少到', '降至', '下降到']), f(b), u,
                                          g.ch(['减少', '净减', '下降']), f(v[0]), u)
    return [t], '由A到B的增减量=B-A', [C('change', **{'from': f(a), 'to': f(b), 'delta': f(v[0]), 'dir': 'up' if up else 'down'})]


@style('vs_last_year_more_less', 'totals')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    a = g.dec(lo * 2, hi * 2, d)
    b = g.dec(lo * 2, hi * 2, d)
    if a == b:
        b += D(1)
    up = b > a
    v = alt3(g, [abs(b - a)], d, ['增减量'])
    f = lambda x: g.n(x, d)
    t = '%d年%s%s%s，上年为%s%s，%s%s%s。' % (g.year, verb.replace('各类', ''), f(b), u, f(a), u,
                                       ('比上年多' if up else '比上年少') if g.chance(0.5) else ('同比增加' if up else '同比减少'),
                                       f(v[0]), u)
    return [t], '本年与上年之差', [C('change', **{'from': f(a), 'to': f(b), 'delta': f(v[0]), 'dir': 'up' if up else 'down'})]


@style('births_deaths_natural_increase', 'totals')
def _(g):
    b, dth = g.ri(300, 60000), g.ri(300, 60000)
    pop = g.dec(5, 900, 2)
    up = b >= dth
    v = alt3(g, [b, dth, abs(b - dth)], 0, ['出生', '死亡', '自然增减'])
    f = g.n
    t = '年末常住人口%s万人。全年出生人口%s人，死亡人口%s人，人口自然%s%s人。' % (
        g.n(pop, 2, 'ascii'), f(v[0]), f(v[1]), '增长' if up else '减少', f(v[2]))
    return [t], '出生-死亡=自然增减（人口总数不参与）', [C('diff', a=f(v[0]) if up else f(v[1]), b=f(v[1]) if up else f(v[0]), c=f(v[2]))]


@style('migration_net', 'totals')
def _(g):
    a, b = g.ri(100, 30000), g.ri(100, 30000)
    up = a >= b
    v = alt3(g, [a, b, abs(a - b)], 0, ['迁入', '迁出', '净迁'])
    f = g.n
    t = '户籍人口迁入%s人，迁出%s人，净%s%s人。' % (f(v[0]), f(v[1]), '迁入' if up else '迁出', f(v[2]))
    return [t], '迁入-迁出=净迁入（或反向）', [C('diff', a=f(v[0]) if up else f(v[1]), b=f(v[1]) if up else f(v[0]), c=f(v[2]))]


@style('court_accepted_closed_pending', 'totals')
def _(g):
    W = g.ri(800, 40000)
    X = W - g.ri(10, W // 8)
    old = g.ri(50, 2000)
    v = alt3(g, [W, X, W - X], 0, ['受理', '审结', '未结'])
    f = g.n
    court = place_name(g.r, g.ch(['县', '区', '市'])) + '人民法院'
    t = '%s全年受理各类案件%s件（含旧存%s件），审结%s件，未结%s件结转下年。' % (court, f(v[0]), f(old), f(v[1]), f(v[2]))
    return [t], '受理=审结+未结（旧存为受理内含项，不参与）', [C('sum', whole=f(v[0]), parts=[f(v[1]), f(v[2])])]


@style('procuratorate_arrest_review', 'totals')
def _(g):
    a = g.ri(50, 3000)
    b = g.ri(3, max(4, a // 4))
    v = alt3(g, [a + b, a, b], 0, ['审查', '批捕', '不捕'])
    f = g.n
    pro = place_name(g.r, g.ch(['县', '区', '市'])) + '人民检察院'
    t = '%s共受理审查逮捕%s人，经审查批准逮捕%s人，不批准逮捕%s人。' % (pro, f(v[0]), f(v[1]), f(v[2]))
    return [t], '审查逮捕=批捕+不捕', [C('sum', whole=f(v[0]), parts=[f(v[1]), f(v[2])])]


@style('gdp_three_industries_values', 'totals', cn_ok=False)
def _(g):
    d = g.ch([2, 2, 1])
    a, b, c = g.dec(20, 400, d), g.dec(100, 2500, d), g.dec(150, 3500, d)
    v = alt3(g, [a + b + c, a, b, c], d, ['GDP', '一产', '二产', '三产'])
    f = lambda x: g.n(x, d, 'ascii' if g.mode in ('cn', 'space') else None)
    t = '全年实现地区生产总值%s亿元，按不变价格计算，比上年增长%s%%。其中，第一产业增加值%s亿元，第二产业增加值%s亿元，第三产业增加值%s亿元。' % (
        f(v[0]), g.pn(g.dec(1, 9, 1)), f(v[1]), f(v[2]), f(v[3]))
    t = t.replace('%', g.pctsign)
    return [t], '三次产业增加值之和=地区生产总值（增速不参与）', [C('sum', whole=f(v[0]), parts=[f(x) for x in v[1:]])]


@style('fiscal_tax_nontax', 'totals', cn_ok=False)
def _(g):
    d = 2
    a, b = g.dec(1, 90, d), g.dec(1, 40, d)
    v = alt3(g, [a + b, a, b], d, ['总收入', '税收', '非税'])
    f = lambda x: g.n(x, d, 'ascii' if g.mode in ('cn', 'space') else None)
    t = '一般公共预算收入完成%s亿元，其中税收收入%s亿元，非税收入%s亿元。' % (f(v[0]), f(v[1]), f(v[2]))
    return [t], '税收+非税=一般公共预算收入', [C('sum', whole=f(v[0]), parts=[f(v[1]), f(v[2])])]


@style('tax_categories_wan', 'totals')
def _(g):
    names = g.sample(['国内增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '土地增值税', '契税'], g.ri(3, 5))
    whole, parts = sumcase(g, len(names), 100, 60000, 0)
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    W, Ps = f(whole), [f(x) for x in parts]
    t = '税收收入%s万元，主要税种中%s，上述税种合计即为税收收入。' % (W, '，'.join(nm + p + '万元' for nm, p in zip(names, Ps)))
    if g.chance(0.5):
        t = '分税种看，%s，税收收入合计%s万元。' % ('、'.join(nm + p + '万元' for nm, p in zip(names, Ps)), W)
    return [t], '各税种之和=税收收入', [sumcheck(W, Ps)]


@style('water_resources_total', 'totals', cn_ok=False)
def _(g):
    d = 2
    a, b = g.dec(5, 400, d), g.dec(0.1, 40, d)
    v = alt3(g, [a + b, a, b], d, ['总量', '地表水', '不重复量'])
    gw = g.dec(float(b) + 1, float(b) + 100, d)
    f = lambda x: g.n(x, d, 'ascii')
    t = '全%s水资源总量%s亿立方米，其中地表水资源量%s亿立方米，地下水资源量%s亿立方米，地下水与地表水资源不重复量%s亿立方米。' % (
        g.ch(['省', '市', '流域']), f(v[0]), f(v[1]), f(gw), f(v[2]))
    return [t], '水资源总量=地表水资源量+不重复量（地下水资源量与地表水重复，不参与相加）', [C('sum', whole=f(v[0]), parts=[f(v[1]), f(v[2])])]


@style('water_supply_by_source', 'totals', cn_ok=False)
def _(g):
    d = 2
    names = ['地表水源', '地下水源', '其他水源']
    whole, parts = sumcase(g, 3, 0.5, 60, d)
    f = lambda x: g.n(x, d, 'ascii')
    W, Ps = f(whole), [f(x) for x in parts]
    t = '全年总供水量%s亿立方米。其中，%s。' % (W, '，'.join(nm + '供水量' + p + '亿立方米' for nm, p in zip(names, Ps)))
    return [t], '各水源供水量之和=总供水量', [sumcheck(W, Ps)]


@style('water_use_by_sector_lines', 'totals', cn_ok=False)
def _(g):
    d = 2
    names = ['农业用水', '工业用水', '生活用水', '人工生态环境补水']
    whole, parts = sumcase(g, 4, 0.3, 50, d)
    f = lambda x: g.n(x, d, 'ascii')
    W, Ps = f(whole), [f(x) for x in parts]
    lines = ['用水量（亿立方米）', '总用水量 %s' % W] + ['%s %s' % (nm, p) for nm, p in zip(names, Ps)]
    return lines, '分行业用水量之和=总用水量', [sumcheck(W, Ps)]


LAND = ['耕地', '园地', '林地', '草地', '湿地', '城镇村及工矿用地', '交通运输用地', '水域及水利设施用地']


@style('land_survey_areas', 'totals', cn_ok=False)
def _(g):
    names = LAND[:g.ri(5, 8)]
    d = g.ch([2, 0])
    u = '公顷' if d == 2 else '亩'
    whole, parts = sumcase(g, len(names), 200, 90000, d)
    f = lambda x: g.n(x, d, 'ascii' if g.mode == 'cn' else None)
    W, Ps = f(whole), [f(x) for x in parts]
    t = '第三次国土调查主要数据显示，全%s土地调查总面积%s%s。其中，%s。' % (g.ch(['县', '区']), W, u, '；'.join(nm + p + u for nm, p in zip(names, Ps)))
    return [t], '各地类面积之和=调查总面积', [sumcheck(W, Ps)]


@style('lottery_sales_split', 'totals', cn_ok=False)
def _(g):
    d = 2
    a, b = g.dec(0.5, 60, d), g.dec(0.5, 80, d)
    v = alt3(g, [a + b, a, b], d, ['总销售', '福彩', '体彩'])
    f = lambda x: g.n(x, d, 'ascii')
    t = '全年销售彩票%s亿元，其中福利彩票%s亿元、体育彩票%s亿元。' % (f(v[0]), f(v[1]), f(v[2]))
    if g.chance(0.5):
        t = '全年福利彩票销售%s亿元，体育彩票销售%s亿元，彩票销售总额%s亿元。' % (f(v[1]), f(v[2]), f(v[0]))
    return [t], '福彩+体彩=彩票销售总额', [C('sum', whole=f(v[0]), parts=[f(v[1]), f(v[2])])]


@style('audit_problem_amounts', 'totals')
def _(g):
    names = g.sample(['违规使用资金', '损失浪费', '管理不规范', '应收未收', '虚报冒领', '闲置沉淀'], g.ri(2, 4))
    whole, parts = sumcase(g, len(names), 5, 9000, 2)
    f = lambda x: g.n(x, 2, 'ascii' if g.mode == 'cn' else None)
    W, Ps = f(whole), [f(x) for x in parts]
    t = '%d年审计查出主要问题金额%s万元，其中%s；相关问题已移交主管部门督促整改。' % (g.year, W, '，'.join(nm + p + '万元' for nm, p in zip(names, Ps)))
    return [t], '问题金额分项之和', [sumcheck(W, Ps)]


@style('per_household_average', 'totals', cn_ok=False)
def _(g):
    n = g.ri(20, 3000)
    avg = g.dec(300, 9000, 0)
    total = n * avg + g.ri(-n // 3, n // 3)      # average rounds to avg
    totw = total / D(10000)
    # choose representation of total in 万元 with 4 decimals (exact)
    if g.bad:
        avg = g.bump(avg, 0, 0.1)
    act = g.ch(['发放耕地地力保护补贴', '发放产业奖补资金', '发放高龄补贴', '兑现生态护林员劳务报酬'])
    T = g.n(totw, 4, 'ascii') + '万'
    t = '全年%s%s元，惠及%s户，户均%s元。' % (act, T, g.n(n), g.n(avg, 0, 'ascii'))
    return [t], '总额÷户数=户均（取整到元）', [C('avg', total=T, count=g.n(n), avg=g.n(avg, 0, 'ascii'))]


@style('per_capita_gdp', 'totals', cn_ok=False)
def _(g):
    pop = g.dec(20, 1200, 2)      # 万人
    gdp = q(pop * 10000 * D(g.r.uniform(30000, 180000)) / D(10) ** 8, 2)     # 亿元, realistic per-capita level
    pc = q(gdp * D(10) ** 8 / (pop * 10000), 0)
    if g.bad:
        pc = g.bump(pc, 0, 0.06)
    G, Pp, PC = g.n(gdp, 2, 'ascii') + '亿', g.n(pop, 2, 'ascii') + '万', g.n(pc, 0, 'ascii' if g.mode == 'cn' else None)
    t = '全年地区生产总值%s元，年平均常住人口%s人，按年平均常住人口计算，人均地区生产总值%s元。' % (G, Pp, PC)
    return [t], '人均=总量÷人口（取整到元）', [C('avg', total=G, count=Pp, avg=PC)]


@style('grain_sown_area', 'totals', cn_ok=False)
def _(g):
    d = 2
    names = g.sample(['稻谷', '小麦', '玉米', '大豆', '薯类'], g.ri(2, 4))
    whole, parts = sumcase(g, len(names), 0.5, 90, d)
    f = lambda x: g.n(x, d, 'ascii')
    W, Ps = f(whole), [f(x) for x in parts]
    t = '粮食播种面积%s万亩，其中%s。全年粮食产量保持稳定。' % (W, '、'.join(nm + p + '万亩' for nm, p in zip(names, Ps)))
    return [t], '各作物播种面积之和', [sumcheck(W, Ps)]


@style('power_generation_mix', 'totals', cn_ok=False)
def _(g):
    d = 1
    names = g.sample(['火电', '水电', '风电', '光伏发电', '生物质发电'], g.ri(3, 5))
    whole, parts = sumcase(g, len(names), 0.5, 400, d)
    f = lambda x: g.n(x, d, 'ascii')
    W, Ps = f(whole), [f(x) for x in parts]
    t = '全年规模以上工业发电量%s亿千瓦时。分类型看，%s。' % (W, '，'.join(nm + p + '亿千瓦时' for nm, p in zip(names, Ps)))
    return [t], '各类型发电量之和', [sumcheck(W, Ps)]


@style('students_by_stage', 'totals')
def _(g):
    names = g.sample(['学前教育', '小学', '初中', '普通高中', '中等职业学校'], g.ri(2, 4))
    whole, parts = sumcase(g, len(names), 200, 40000, 0)
    f = g.n
    W, Ps = f(whole), [f(x) for x in parts]
    t = '全%s各级各类学校在校学生%s人，其中%s。' % (g.ch(['县', '区', '市']), W, '，'.join(nm + p + '人' for nm, p in zip(names, Ps)))
    return [t], '各学段在校生之和', [sumcheck(W, Ps)]


@style('hospital_beds_staff', 'totals')
def _(g):
    hosp = place_name(g.r, '') + g.ch(['人民医院', '中医院', '妇幼保健院'])
    a, b, c = g.ri(50, 900), g.ri(50, 1200), g.ri(20, 400)
    v = alt3(g, [a + b + c, a, b, c], 0, ['职工', '医生', '护士', '其他'])
    beds = g.ri(100, 1500)
    f = g.n
    t = '%s编制床位%s张，在职职工%s人，其中执业（助理）医师%s人、注册护士%s人、药技及其他人员%s人。' % (hosp, f(beds), f(v[0]), f(v[1]), f(v[2]), f(v[3]))
    return [t], '职工=医师+护士+其他（床位不参与）', [C('sum', whole=f(v[0]), parts=[f(x) for x in v[1:]])]


MINSHI = ['新建城区停车场', '实施老旧小区改造', '新增普惠性托位', '建设农村供水保障工程', '改造背街小巷', '新建社区食堂',
          '开展适老化改造', '建设口袋公园', '增设公交线路', '完成学校食堂提质']


@style('count_of_listed_items', 'totals')
def _(g):
    k = g.ri(3, 6)
    items = g.sample(MINSHI, k)
    stated = k if not g.bad else k + g.ch([-1, 1, 2])
    ords = g.ch([ORD_YI, ['（%s）' % x for x in '一二三四五六'], list(CIRC)])
    parts = ['%s%s' % (ords[i], it) for i, it in enumerate(items)]
    cnt = int2cn(stated) if g.chance(0.7) else str(stated)
    t = '%s年%s件民生实事全部办结：%s。' % (g.year, cnt, '；'.join(parts))
    return [t], '标题中的件数=列出的编号事项数', [C('count_items', items=parts, count=cnt)]


@style('plan_done_remaining', 'totals')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    W = g.dec(lo * 2, hi * 2, d)
    a = g.dec(lo, float(W) - 1 if W > lo + 1 else lo, d)
    if a >= W:
        a = W / 2 if d else D(int(W) // 2)
        a = q(a, d)
    v = alt3(g, [W, a, W - a], d, ['计划', '完成', '剩余'])
    f = lambda x: g.n(x, d)
    t = '年度计划%s%s%s，已完成%s%s，%s%s%s%s。' % (verb.replace('各类', ''), f(v[0]), u, f(v[1]), u,
                                           g.ch(['剩余', '尚余', '还有']), f(v[2]), u, g.ch(['正在加快推进', '将于年底前完成', '已进场施工']))
    return [t], '计划=已完成+剩余', [C('sum', whole=f(v[0]), parts=[f(v[1]), f(v[2])])]


@style('gender_more_than', 'totals')
def _(g):
    a, b = g.ri(50, 8000), g.ri(50, 8000)
    if a == b:
        a += 1
    hi_, lo_ = (a, b) if a > b else (b, a)
    names = ('女性', '男性') if a > b else ('男性', '女性')
    v = alt3(g, [hi_ - lo_], 0, ['差值'])
    f = g.n
    grp = g.ch(['新招录网格员', '参训人员', '注册志愿者', '新发展会员'])
    t = '%s中，男性%s人，女性%s人，%s比%s多%s人。' % (grp, f(b), f(a), names[0], names[1], f(v[0]))
    return [t], '多出的人数=两者之差', [C('diff', a=f(hi_), b=f(lo_), c=f(v[0]))]


@style('revenue_cost_profit', 'totals')
def _(g):
    d = 2
    R = g.dec(500, 90000, d)
    Cc = g.dec(100, float(R) * 0.95, d)
    v = alt3(g, [R, Cc, R - Cc], d, ['收入', '成本', '毛利'])
    f = lambda x: g.n(x, d, 'ascii' if g.mode == 'cn' else None)
    t = '%s全年实现营业收入%s万元，营业成本%s万元，实现毛利%s万元。' % (company_name(g.r), f(v[0]), f(v[1]), f(v[2]))
    return [t], '收入-成本=毛利', [C('diff', a=f(v[0]), b=f(v[1]), c=f(v[2]))]


@style('two_year_table_changes', 'totals')
def _(g):
    inds = g.sample([('市场主体', '户'), ('规上企业', '家'), ('养老床位', '张'), ('公共充电桩', '个'), ('家庭农场', '家'),
                     ('社区卫生服务站', '个')], g.ri(2, 4))
    y = g.year
    rows, checks = [], []
    bad_i = g.ri(0, len(inds) - 1) if g.bad else -1
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    for i, (nm, u) in enumerate(inds):
        a = g.ri(20, 5000)
        b = max(1, a + g.ri(-a // 3, a // 2))
        dlt = b - a
        if i == bad_i:
            dlt = dlt + g.ch([-1, 1]) * g.ri(1, max(1, abs(dlt) // 5 + 2))
        ds = ('+' if dlt > 0 else '') + f(dlt) if dlt != 0 else '0'
        rows.append('| %s（%s） | %s | %s | %s |' % (nm, u, f(a), f(b), ds))
        checks.append(C('change', **{'from': f(a), 'to': f(b), 'delta': f(abs(dlt)) if dlt >= 0 else f(-dlt), 'dir': 'up' if dlt >= 0 else 'down'}))
    lines = ['| 指标 | %d年 | %d年 | 增减 |' % (y - 1, y), '|---|---|---|---|'] + rows
    return lines, '两年对比表“增减”列=后一年-前一年', checks


@style('whole_and_parts_separate_sentences', 'totals')
def _(g):
    verb, u, names, W, Ps = breakdown(g, 2, 4)
    mid = g.ch(['全面推行“首问负责”机制，办理质量稳步提高。', '相关工作纳入年度绩效考核。', '比较而言，工作重心进一步下沉。'])
    lines = ['%s全年共%s%s%s。' % (g.place, verb, W, u), mid,
             '从类型看，%s。' % '，'.join(nm + p + u for nm, p in zip(names, Ps))]
    return lines, '总数与分项分在不同句子（中间插入无数字句）', [sumcheck(W, Ps)]


@style('semicolon_multi_whole', 'totals')
def _(g):
    # two independent breakdowns in one sentence; only one may be wrong
    v1, u1, n1, lo1, hi1, d1 = tdom(g, 2, 3)
    bad = g.bad
    g.bad = bad and g.chance(0.5)
    w1, p1 = sumcase(g, len(n1), lo1, hi1, d1)
    first_bad = g.bad
    g.bad = bad and not first_bad
    v2, u2, n2, lo2, hi2, d2 = tdom(g, 2, 3)
    while v2 == v1:
        v2, u2, n2, lo2, hi2, d2 = tdom(g, 2, 3)
    w2, p2 = sumcase(g, len(n2), lo2, hi2, d2)
    g.bad = bad
    W1, P1 = g.n(w1, d1), [g.n(x, d1) for x in p1]
    W2, P2 = g.n(w2, d2), [g.n(x, d2) for x in p2]
    t = '%s共%s%s%s，其中%s；%s%s%s，其中%s。' % (intro(g), v1, W1, u1, '、'.join(a + b + u1 for a, b in zip(n1, P1)),
                                        v2, W2, u2, '、'.join(a + b + u2 for a, b in zip(n2, P2)))
    return [t], '同一句中两组总分关系', [sumcheck(W1, P1), sumcheck(W2, P2)]


@style('accumulated_plus_new', 'totals')
def _(g):
    subj, u = g.ch(CHG_SUBJ)
    a = g.ri(10, 5000)
    nw = g.ri(1, max(2, a // 3))
    v = alt3(g, [a, nw, a + nw], 0, ['原有', '新增', '累计'])
    f = g.n
    t = '%s年初有%s%s%s，年内新增%s%s，年末累计达到%s%s。' % (g.place, subj, f(v[0]), u, f(v[1]), u, f(v[2]), u)
    return [t], '年初+新增=年末累计', [C('sum', whole=f(v[2]), parts=[f(v[0]), f(v[1])])]


# ================================================================ PCT family
# (base phrase, done phrase, rate name, unit, den lo, den hi, frac lo, frac hi)
RDOM = [
    ('上传网格事件', '办结', '办结率', '件', 50, 9000, 0.85, 1.0),
    ('发现问题', '完成整改', '整改率', '个', 10, 900, 0.6, 1.0),
    ('排查安全隐患', '整改到位', '整改率', '处', 20, 3000, 0.7, 1.0),
    ('受理信访事项', '按期办结', '按期办结率', '件', 20, 2000, 0.8, 1.0),
    ('60岁以上应接种人群', '完成全程接种', '全程接种率', '人', 500, 90000, 0.7, 0.99),
    ('受理各类案件', '审结', '结案率', '件', 100, 20000, 0.75, 0.99),
    ('电话回访群众', '表示满意', '满意率', '人', 50, 3000, 0.85, 1.0),
    ('应参保人员', '已参保', '参保率', '人', 1000, 90000, 0.75, 0.99),
    ('抽检食品', '检验合格', '合格率', '批次', 100, 5000, 0.94, 1.0),
    ('抽检食用农产品', '检出不合格', '不合格率', '批次', 100, 5000, 0.005, 0.06),
    ('燕湖安置区应签约', '已签约', '签约率', '户', 100, 8000, 0.8, 1.0),
    ('受理热线工单', '按时办结', '按时办结率', '件', 200, 30000, 0.8, 0.99),
    ('初中应届毕业生', '升入普通高中', '升学率', '人', 200, 9000, 0.5, 0.8),
    ('排查农村自建房', '完成安全鉴定', '鉴定完成率', '栋', 100, 20000, 0.6, 1.0),
    ('入库企业', '完成数据报送', '报送率', '家', 30, 900, 0.8, 1.0),
    ('调处矛盾纠纷', '调解成功', '调解成功率', '件', 30, 2000, 0.85, 1.0),
    ('监测断面', '达到或优于Ⅲ类水质', '优良比例', '个', 8, 120, 0.6, 1.0),
    ('监测天数', '空气质量优良', '优良天数比例', '天', 365, 366, 0.7, 0.98),
]


def rcase(g, d=None, dom=None, forbid_full=False):
    """Pick a rate domain and numbers. Returns dom, den, num, stated(D)."""
    dom = dom or g.ch(RDOM)
    _b, _d, _r, _u, dlo, dhi, flo, fhi = dom
    d = g.ch([0, 1, 1, 2, 2, 2]) if d is None else d
    for _ in range(200):
        den = g.ri(dlo, dhi)
        num = int(round(den * g.r.uniform(flo, fhi)))
        num = max(0, min(den, num))
        if forbid_full and num == den:
            continue
        if num == 0:
            continue
        true = D(num) / D(den) * 100
        st = q(true, d)
        if g.bad:
            return dom, den, num, g.bump_pct(true, d, 0, 100), d
        if st == q(true, d, ROUND_DOWN) and st == q(true, d, ROUND_HALF_EVEN):
            return dom, den, num, st, d
    raise ValueError('rcase')


def ratecheck(g, num, den, pct, **kw):
    return C('rate', num=num, den=den, pct=pct, **kw)


@style('rate_basic', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g)
    b, dn, rn, u = dom[:4]
    N, Dn, Pc = g.n(num), g.n(den), g.p(st, d)
    t = '%s%s%s%s，%s%s%s，%s%s%s。' % (intro(g), b, Dn, u, dn, N, u, rn, g.ch(['', '达', '为', '达到']), Pc)
    return [t], '完成数/总数=率（按所写小数位四舍五入）', [ratecheck(g, N, Dn, Pc)]


@style('rate_with_fraction_paren', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g)
    b, dn, rn, u = dom[:4]
    N, Dn, Pc = g.n(num, 0, 'ascii' if g.mode == 'cn' else None), g.n(den, 0, 'ascii' if g.mode == 'cn' else None), g.p(st, d)
    t = '%s%s%s%s（%s/%s），%s。' % (intro(g), rn, g.ch(['为', '达', '']), Pc, N, Dn, g.ch(['较上年有所提升', '位居全市前列', '达到考核要求', '仍有提升空间']))
    return [t], '率后括号给出分子/分母', [ratecheck(g, N, Dn, Pc)]


@style('rate_zhan_de', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g)
    b, dn, rn, u = dom[:4]
    N, Dn, Pc = g.n(num), g.n(den), g.p(st, d)
    t = '%s%s%s%s，占%s总数%s%s的%s。' % (intro(g), dn, N, u, b, Dn, u, Pc)
    return [t], '“占……的”比例', [ratecheck(g, N, Dn, Pc)]


@style('rate_zai_zhong', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g)
    b, dn, rn, u = dom[:4]
    N, Dn, Pc = g.n(num), g.n(den), g.p(st, d)
    t = '在%s的%s%s%s中，%s%s已%s，%s为%s。' % (g.place, Dn, u, b.replace('应', ''), N, u, dn.replace('已', ''), rn, Pc)
    return [t], '“在……中”句式的率', [ratecheck(g, N, Dn, Pc)]


@style('rate_markdown_table', 'pct')
def _(g):
    dom = g.ch(RDOM)
    b, dn, rn, u = dom[:4]
    k = g.ri(2, 5)
    names = []
    while len(names) < k:
        nm = place_name(g.r, g.ch(['社区', '村', '街道', '镇']))
        if nm not in names:
            names.append(nm)
    bad_i = g.ri(0, k - 1) if g.bad else -1
    d = g.ch([1, 2])
    lines = ['| 单位 | %s（%s） | %s（%s） | %s |' % (b, u, dn, u, rn), '| --- | --- | --- | --- |']
    checks = []
    for i, nm in enumerate(names):
        g.bad = (i == bad_i)
        _dm, den, num, st, _d = rcase(g, d, dom)
        N, Dn, Pc = g.n(num, 0, 'ascii'), g.n(den, 0, 'ascii'), g.p(st, d, 'ascii')
        lines.append('| %s | %s | %s | %s |' % (nm, Dn, N, Pc))
        checks.append(ratecheck(g, N, Dn, Pc))
    g.bad = bad_i >= 0
    return lines, '表格每行：完成数/总数=率', checks


@style('two_rates_one_sentence', 'pct')
def _(g):
    den = g.ri(60, 5000)
    bad = g.bad
    which = g.ri(0, 1)
    g.bad = bad and which == 0
    dom1 = ('受理', '办结', '办结率', '件', den, den, 0.9, 1.0)
    _x, _y, n1, s1, d1 = rcase(g, None, dom1)
    g.bad = bad and which == 1
    dom2 = ('受理', '满意', '满意率', '件', den, den, 0.85, 1.0)
    _x, _y, n2, s2, d2 = rcase(g, None, dom2)
    g.bad = bad
    f = g.n
    t = '%s累计办理%s%s件，办结%s件，办结率%s，群众评价满意%s件，满意率%s。' % (
        intro(g), g.ch(['信访件', '投诉举报件', '12345工单']), f(den), f(n1), g.p(s1, d1), f(n2), g.p(s2, d2))
    return [t], '同一分母下两个率', [ratecheck(g, f(n1), f(den), g.p(s1, d1)), ratecheck(g, f(n2), f(den), g.p(s2, d2))]


@style('rate_chinese_numeral_counts', 'pct')
def _(g):
    dom = ('村（社区）', '建成心理服务室', '建成率', '个', 8, 60, 0.5, 1.0)
    _a, den, num, st, d = rcase(g, g.ch([0, 1, 2]), dom)
    N, Dn, Pc = int2cn(num), int2cn(den), g.p(st, d, 'ascii')
    t = '全%s%s个村（社区）中已有%s个建成心理服务室，建成率%s。' % (g.ch(['镇', '街', '乡']), Dn, N, Pc)
    return [t], '汉字数字分子分母的率', [ratecheck(g, N, Dn, Pc)]


def cn_pct(x):
    return '百分之' + int2cn(int(x))


@style('rate_baifenzhi_chinese', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g, 0)
    b, dn, rn, u = dom[:4]
    if st == 0:
        return None
    Pc = cn_pct(st)
    N, Dn = g.n(num), g.n(den)
    t = '%s%s%s%s，%s%s%s，%s达%s。' % (intro(g), b, Dn, u, dn, N, u, rn, Pc)
    return [t], '“百分之九十五”式汉字百分数（整数四舍五入）', [ratecheck(g, N, Dn, Pc)]


@style('hundred_percent_claim', 'pct')
def _(g):
    dom = g.ch(RDOM)
    b, dn, rn, u = dom[:4]
    den = g.ri(dom[4], dom[5])
    if g.bad:
        num = den - g.ri(max(1, den // 200 + 1), max(2, den // 20 + 1))
        if num / den * 100 >= 99.5 or num <= 0:
            num = int(den * 0.98) if den > 60 else den - 2
            if num <= 0 or num / den * 100 >= 99.5:
                return None
    else:
        num = den
    t = '%s%s%s%s，%s%s%s，%s100%s。' % (intro(g), b, g.n(den), u, dn, g.n(num), u, rn + g.ch(['', '达', '达到']), g.pctsign)
    return [t], '宣称100%时分子必须等于分母', [ratecheck(g, g.n(num), g.n(den), '100' + g.pctsign)]


@style('rate_line_list', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g)
    b, dn, rn, u = dom[:4]
    N, Dn, Pc = g.n(num), g.n(den), g.p(st, d)
    lines = ['%s：%s%s' % (b, Dn, u), '%s：%s%s' % (dn, N, u), '%s：%s' % (rn, Pc)]
    return lines, '分行列出总数、完成数、率', [ratecheck(g, N, Dn, Pc)]


@style('rate_stated_first', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g)
    b, dn, rn, u = dom[:4]
    N, Dn, Pc = g.n(num), g.n(den), g.p(st, d)
    t = '%s%s达到%s。%s共%s%s%s，%s%s%s。' % (intro(g), rn, Pc, g.ch(['其中，', '具体来看，', '']), b, Dn, u, dn, N, u)
    return [t], '先写率后写分子分母', [ratecheck(g, N, Dn, Pc)]


@style('rate_rounding_up_case', 'pct')
def _(g):
    # consistent only under rounding (truncation would give one unit less)
    dom = g.ch(RDOM)
    b, dn, rn, u = dom[:4]
    d = g.ch([1, 2])
    for _ in range(300):
        den = g.ri(dom[4], dom[5])
        num = int(round(den * g.r.uniform(dom[6], dom[7])))
        if not 0 < num < den:
            continue
        true = D(num) / D(den) * 100
        if q(true, d) != q(true, d, ROUND_DOWN) and q(true, d) == q(true, d, ROUND_HALF_EVEN):
            break
    else:
        return None
    st = q(true, d) if not g.bad else g.bump_pct(true, d)
    N, Dn, Pc = g.n(num), g.n(den), g.p(st, d)
    t = '%s%s%s%s，%s%s%s，%s%s。' % (intro(g), b, Dn, u, dn, N, u, rn, Pc)
    return [t], '真值需四舍五入进位才等于所写值（截断会少一位），按四舍五入判定', [ratecheck(g, N, Dn, Pc)]


@style('permille_birth_rate', 'pct', cn_ok=False)
def _(g):
    pop = g.ri(80000, 3000000)
    births = int(pop * g.r.uniform(0.005, 0.012))
    deaths = int(pop * g.r.uniform(0.005, 0.011))
    r1 = q(D(births) / pop * 1000, 2)
    r2 = q(D(deaths) / pop * 1000, 2)
    if g.bad:
        if g.chance(0.5):
            r1 = g.bump_pct(D(births) / pop * 1000, 2, 0, 50, D('0.3'))
        else:
            r2 = g.bump_pct(D(deaths) / pop * 1000, 2, 0, 50, D('0.3'))
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    R1, R2 = g.n(r1, 2, 'ascii') + '‰', g.n(r2, 2, 'ascii') + '‰'
    t = '年平均人口%s人，全年出生人口%s人，出生率%s；死亡人口%s人，死亡率%s。' % (f(pop), f(births), R1, f(deaths), R2)
    return [t], '千分率：出生（死亡）人口/年平均人口×1000', [C('rate', num=f(births), den=f(pop), pct=R1, scale=1000),
                                                        C('rate', num=f(deaths), den=f(pop), pct=R2, scale=1000)]


def shares100(g, k, d):
    """k shares with d decimals that sum to exactly 100."""
    return g.split(D(100), k, d, minpart=D(1))


@style('shares_exhaustive_sum100', 'pct')
def _(g):
    d = g.ch([1, 1, 2, 0])
    topic, cats = g.ch([('按年龄分', ['35岁及以下', '36至45岁', '46至55岁', '56岁及以上']),
                        ('按学历分', ['研究生', '本科', '大专', '高中及以下']),
                        ('按投诉渠道分', ['电话', '网络平台', '来信来访', '现场投诉']),
                        ('按产业分', ['第一产业', '第二产业', '第三产业']),
                        ('按资金来源分', ['财政资金', '银行贷款', '企业自筹', '社会捐赠'])])
    sh = shares100(g, len(cats), d)
    if g.bad:
        i = g.ri(0, len(cats) - 1)
        sh[i] = sh[i] + (D(g.ri(3, 9)) if d == 0 else g.dec(1.5, 9, d))
    Ps = [g.p(x, d) for x in sh]
    obj = g.ch(['新录用公务员', '全年受理投诉', '新增就业人员', '项目资金'])
    t = '%s结构中，%s，%s。' % (obj, topic, '，'.join(c + '占' + p for c, p in zip(cats, Ps)))
    return [t], '同一整体的全部构成比之和应为100%（允许各项舍入误差）', [C('share_sum', shares=Ps)]


@style('shares_with_other_remainder', 'pct')
def _(g):
    d = g.ch([1, 2])
    cats = g.sample(['农业用水', '工业用水', '生活用水', '生态补水'], 3)
    sh = shares100(g, 4, d)
    if g.bad:
        sh[g.ri(0, 3)] += g.dec(1, 6, d)
    Ps = [g.p(x, d) for x in sh]
    t = '从用水结构看，%s，其他占%s。' % ('，'.join(c + '占' + p for c, p in zip(cats, Ps)), Ps[-1])
    return [t], '列出项与“其他”合计为100%', [C('share_sum', shares=Ps)]


@style('values_with_shares', 'pct', cn_ok=False)
def _(g):
    d = g.ch([1, 2])
    k = g.ri(2, 3)
    W = g.dec(50, 9000, 2)
    names = g.sample(['民生支出', '教育支出', '卫生健康支出', '农林水支出', '社会保障和就业支出'], k)
    vals = [q(W * D(g.r.uniform(0.05, 0.3)), 2) for _ in range(k)]
    sts = []
    for v in vals:
        t_ = v / W * 100
        sts.append(q(t_, d))
    if g.bad:
        i = g.ri(0, k - 1)
        sts[i] = g.bump_pct(vals[i] / W * 100, d, 0, 100)
    f = lambda x: g.n(x, 2, 'ascii' if g.mode in ('cn', 'space') else None)
    items = ['%s%s亿元，占%s' % (nm, f(v), g.p(s, d)) for nm, v, s in zip(names, vals, sts)]
    t = '一般公共预算支出%s亿元，其中%s。' % (f(W), '；'.join(items))
    return [t], '各项占支出总额比重=分项/总额', [ratecheck(g, f(v), f(W), g.p(s, d)) for v, s in zip(vals, sts)]


@style('partial_shares_le100', 'pct')
def _(g):
    d = g.ch([1, 2])
    grp, cats = g.ch([('参保人员', ['城镇职工', '城乡居民']), ('在校学生', ['城区学校', '乡镇学校']),
                      ('交易总额', ['线上交易', '线下门店']), ('外来务工人员', ['省内流入', '省外流入'])])
    a = g.dec(10, 60, d)
    b = g.dec(5, float(95 - a), d)
    if g.bad:
        b = D(100) - a + g.dec(3, 25, d)
    t = '%s中，%s占%s，%s占%s，其余为其他类别。' % (grp, cats[0], g.p(a, d), cats[1], g.p(b, d))
    return [t], '互斥部分的占比之和不得超过100%', [C('share_le', shares=[g.p(a, d), g.p(b, d)])]


CPCT_SUBJ = [('规模以上工业增加值', '亿元', 2), ('社会消费品零售总额', '亿元', 2), ('固定资产投资', '万元', 0),
             ('外贸进出口总额', '亿元', 2), ('接待游客', '万人次', 1), ('快递业务量', '万件', 1), ('实际使用外资', '万美元', 0),
             ('全社会用电量', '亿千瓦时', 2), ('限上消费品零售额', '万元', 1)]


def cpcase(g, up=None, d=None, lo=-30, hi=60):
    subj, u, dd = g.ch(CPCT_SUBJ)
    d = g.ch([1, 1, 2]) if d is None else d
    for _ in range(300):
        a = g.dec(50, 9000, dd)
        gr = g.r.uniform(lo, hi) if up is None else (g.r.uniform(0.5, hi) if up else g.r.uniform(max(lo, -60), -0.5))
        b = q(a * D(1 + gr / 100), dd)
        if b == a or b <= 0:
            continue
        true = (b - a) / a * 100
        st = q(abs(true), d)
        if st == 0:
            continue
        if g.bad:
            stb = g.bump_pct(abs(true), d, D('0.1'), 500)
            return subj, u, dd, a, b, stb, d, b > a
        if st == q(abs(true), d, ROUND_DOWN) and st == q(abs(true), d, ROUND_HALF_EVEN):
            return subj, u, dd, a, b, st, d, b > a
    raise ValueError('cpcase')


def cpcheck(A, B, Pc, up):
    return C('change_pct', **{'from': A, 'to': B, 'pct': Pc, 'dir': 'up' if up else 'down'})


@style('change_pct_from_to', 'pct')
def _(g):
    subj, u, dd, a, b, st, d, up = cpcase(g)
    f = lambda x: g.n(x, dd, 'ascii' if g.mode == 'cn' else None)
    A, B, Pc = f(a), f(b), g.p(st, d)
    t = '%s由上年的%s%s%s%s%s，%s%s。' % (subj, A, u, '增至' if up else g.ch(['降至', '减少到']), B, u, '增长' if up else '下降', Pc)
    return [t], '由A到B的增减百分比=(B-A)/A', [cpcheck(A, B, Pc, up)]


@style('yoy_with_last_year_value', 'pct')
def _(g):
    subj, u, dd, a, b, st, d, up = cpcase(g)
    f = lambda x: g.n(x, dd, 'ascii' if g.mode == 'cn' else None)
    A, B, Pc = f(a), f(b), g.p(st, d)
    t = '1—%d月，%s完成%s%s，同比%s%s（上年同期为%s%s）。' % (g.ri(3, 11), subj, B, u, '增长' if up else '下降', Pc, A, u)
    return [t], '同比增速与括号内上年同期值', [cpcheck(A, B, Pc, up)]


@style('change_abs_and_pct', 'pct')
def _(g):
    subj, u, dd, a, b, st, d, up = cpcase(g)
    delta = abs(b - a)
    if g.bad and g.chance(0.5):
        # break the absolute change instead, keep pct right
        g.bad = False
        subj2, u2, dd2, a, b, st, d, up = subj, u, dd, a, b, q(abs((b - a) / a * 100), d), d, up
        if st != q(abs((b - a) / a * 100), d, ROUND_DOWN):
            return None
        delta = g.bump(delta, dd, 0.2)
        g.bad = True
    f = lambda x: g.n(x, dd, 'ascii' if g.mode == 'cn' else None)
    A, B, Dl, Pc = f(a), f(b), f(delta), g.p(st, d)
    t = '%s%s%s，上年为%s%s，%s%s%s，%s%s。' % (subj, B, u, A, u, '增加' if up else '减少', Dl, u, '增长' if up else '下降', Pc)
    return [t], '增减量与增减率两条关系', [C('change', **{'from': A, 'to': B, 'delta': Dl, 'dir': 'up' if up else 'down'}), cpcheck(A, B, Pc, up)]


def ppcase(g, d=None, neg_ok=False):
    d = g.ch([1, 1, 2]) if d is None else d
    a = g.dec(1 if not neg_ok else -20, 95, d)
    c = g.dec(0.1, 4, d)
    up = g.chance(0.6)
    b = a + c if up else a - c
    if not neg_ok and (b <= 0 or b >= 100):
        up = not up
        b = a + c if up else a - c
    cs = c
    if g.bad:
        cs = g.bump_pct(c, d, D('0.1'), 50, D('0.3') if d else D(1))
    return a, b, cs, up, d


@style('pp_rate_from_to', 'pct')
def _(g):
    a, b, c, up, d = ppcase(g)
    rn = g.ch(['城镇化率', '森林覆盖率', '规上工业增加值占比', '研发投入强度', '一次办结率', '义务教育巩固率'])
    t = '%s由%d年的%s%s到%s，%s%s个百分点。' % (rn, g.year - 1, g.p(a, d), '提高' if up else '下降', g.p(b, d),
                                      ('提高' if up else '下降') if g.chance(0.6) else ('上升' if up else '回落'), g.pn(c, d))
    return [t], '百分点变化=两个率之差', [C('pp', **{'from': g.p(a, d), 'to': g.p(b, d), 'pp': g.pn(c, d), 'dir': 'up' if up else 'down'})]


@style('pp_decline_narrowed', 'pct')
def _(g):
    d = 1
    a = -g.dec(1, 20, 1)
    c = g.dec(0.2, float(-a) - 0.1, 1) if -a > D('0.3') else D('0.1')
    b = a + c
    cs = g.bump_pct(c, 1, D('0.1'), 40, D('0.3')) if g.bad else c
    subj = g.ch(['规模以上工业增加值', '房地产开发投资', '商品房销售面积', '进出口总额'])
    t = '%s同比下降%s，降幅比一季度收窄%s个百分点（一季度下降%s）。' % (subj, g.p(-b, d), g.pn(cs, d), g.p(-a, d))
    return [t], '降幅收窄的百分点=两期降幅之差', [C('pp', **{'from': g.p(-a, d), 'to': g.p(-b, d), 'pp': g.pn(cs, d), 'dir': 'down'})]


@style('growth_faster_than_last_year', 'pct')
def _(g):
    d = 1
    a = g.dec(0.5, 12, 1)
    c = g.dec(0.1, 5, 1)
    up = g.chance(0.5) or a - c <= 0
    b = a + c if up else a - c
    cs = g.bump_pct(c, 1, D('0.1'), 40, D('0.3')) if g.bad else c
    subj = g.ch(['居民人均可支配收入', '一般公共预算收入', '地区生产总值', '服务业增加值'])
    t = '%d年%s增长%s，增速比上年%s%s个百分点；上年增长%s。' % (g.year, subj, g.p(b, d), '加快' if up else '回落', g.pn(cs, d), g.p(a, d))
    return [t], '增速快慢的百分点=两年增速之差', [C('pp', **{'from': g.p(a, d), 'to': g.p(b, d), 'pp': g.pn(cs, d), 'dir': 'up' if up else 'down'})]


@style('times_growth', 'pct')
def _(g):
    a = g.ri(10, 900)
    x = g.dec(1.1, 6, 1)
    b = int(round(a * (1 + x)))
    true = D(b) / a - 1
    xs = q(true, 1)
    if xs != q(true, 1, ROUND_DOWN):
        return None
    if g.bad:
        xs = xs + g.ch([-1, 1]) * g.dec(0.3, 1.0, 1)
        if xs <= 0:
            xs = q(true, 1) + D('0.5')
    subj, u = g.ch([('跨境电商交易额', '万元'), ('新能源汽车保有量', '辆'), ('直播电商从业人员', '人'), ('民宿接待量', '人次')])
    t = '%s从%d年的%s%s增加到%s%s，增长%s倍。' % (subj, g.year - 3, g.n(a), u, g.n(b), u, g.pn(xs, 1))
    return [t], '“增长x倍”= B/A-1（不是百分数）', [C('times', **{'from': g.n(a), 'to': g.n(b), 'x': g.pn(xs, 1), 'offset': 1})]


def idxcase(g, lo, hi):
    pct = g.dec(lo, hi, 1)
    if pct == 0:
        pct = D('0.1')
    idx = 100 + pct
    stated = abs(pct)
    if g.bad:
        stated = g.bump_pct(abs(pct), 1, D('0.1'), 30, D('0.3'))
    return idx, pct, stated


@style('cpi_index_vs_pct', 'pct')
def _(g):
    idx, pct, st = idxcase(g, -1.5, 4)
    up = pct > 0
    I = g.pn(idx, 1)
    t = '全年居民消费价格指数（CPI）为%s（上年=100），即居民消费价格比上年%s%s。' % (I, '上涨' if up else '下降', g.p(st, 1))
    if g.chance(0.4):
        t = '全年居民消费价格比上年%s%s。……居民消费价格总指数%s（以上年为100）。' % ('上涨' if up else '下降', g.p(st, 1), I)
    return [t], '指数（上年=100）减100=涨跌幅', [C('index_pct', index=I, pct=g.p(st, 1), dir='up' if up else 'down')]


@style('ppi_index_vs_pct', 'pct')
def _(g):
    idx, pct, st = idxcase(g, -6, 5)
    up = pct > 0
    I = g.pn(idx, 1)
    t = '工业生产者出厂价格指数为%s，比上年%s%s；' % (I, '上涨' if up else '下降', g.p(st, 1)) + \
        '工业生产者购进价格指数为%s（上年=100）。' % g.pn(g.dec(94, 106, 1), 1)
    return [t], '出厂价格指数与涨跌幅一致（购进指数无对应百分数，不检查）', [C('index_pct', index=I, pct=g.p(st, 1), dir='up' if up else 'down')]


@style('housing_70city_mom_index', 'pct')
def _(g):
    idx, pct, st = idxcase(g, -1.2, 1.0)
    up = pct > 0
    city = place_name(g.r, '市')
    I = g.pn(idx, 1)
    t = '%d年%d月，%s新建商品住宅销售价格环比指数为%s，即环比%s%s；同比指数为%s。' % (
        g.year, g.ri(1, 12), city, I, '上涨' if up else '下降', g.p(st, 1), g.pn(g.dec(94, 104, 1), 1))
    return [t], '环比指数减100=环比涨跌', [C('index_pct', index=I, pct=g.p(st, 1), dir='up' if up else 'down')]


CPI8 = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务']


@style('cpi_eight_categories_count', 'pct')
def _(g):
    vals = []
    for _ in CPI8:
        v = g.dec(-3, 5, 1) if g.chance(0.85) else D(0)
        vals.append(v)
    items = []
    for nm, v in zip(CPI8, vals):
        if v > 0:
            items.append(('%s价格上涨%s' % (nm, g.p(v, 1)), 'up'))
        elif v < 0:
            items.append(('%s价格下降%s' % (nm, g.p(-v, 1)), 'down'))
        else:
            items.append(('%s价格持平' % nm, 'flat'))
    ups = sum(1 for _, s in items if s == 'up')
    downs = sum(1 for _, s in items if s == 'down')
    flats = 8 - ups - downs
    if g.bad:
        if flats > 0 and g.chance(0.5):
            ups, flats = ups + 1, flats - 1
        else:
            ups, downs = (ups + 1, downs - 1) if downs > 0 else (ups - 1, downs + 1)
    word = '%s涨%s降' % (int2cn(ups), int2cn(downs)) + ('%s平' % int2cn(flats) if flats else '')
    t = '八大类商品和服务价格“%s”：%s。' % (word, '，'.join(x for x, _ in items))
    ck = C('count_signs', items=[[x, s] for x, s in items], up=int2cn(ups), down=int2cn(downs), flat=int2cn(flats) if flats else '零')
    if not flats:
        del ck['flat']
    return [t], '“几涨几降几平”与各类涨跌个数一致', [ck]


@style('contributions_sum_to_growth', 'pct')
def _(g):
    c = [g.dec(0.1, 0.8, 1), g.dec(0.8, 4, 1), g.dec(1, 5, 1)]
    gr = sum(c) + g.ch([D('-0.1'), D(0), D(0), D('0.1')])
    if g.bad:
        gr = gr + g.ch([-1, 1]) * g.dec(0.8, 2.5, 1)
        if gr <= 0:
            gr = sum(c) + D(1)
    t = '全年地区生产总值增长%s。其中，第一产业拉动经济增长%s个百分点，第二产业拉动%s个百分点，第三产业拉动%s个百分点。' % (
        g.p(gr, 1), g.pn(c[0], 1), g.pn(c[1], 1), g.pn(c[2], 1))
    return [t], '三次产业拉动的百分点之和≈增速（容许逐项舍入误差）', [C('contrib_sum', parts=[g.pn(x, 1) for x in c], total=g.p(gr, 1))]


@style('contribution_rates_sum100', 'pct')
def _(g):
    sh = shares100(g, 3, 1)
    if g.bad:
        sh[g.ri(0, 2)] += g.dec(2, 9, 1)
    Ps = [g.p(x, 1) for x in sh]
    t = '第一、二、三产业对经济增长的贡献率分别为%s、%s和%s。' % tuple(Ps)
    return [t], '三次产业贡献率之和为100%', [C('share_sum', shares=Ps)]


@style('industry_structure_ratio', 'pct', cn_ok=False)
def _(g):
    a, b, c = g.dec(20, 600, 2), g.dec(200, 3000, 2), g.dec(300, 4000, 2)
    W = a + b + c
    sh = [q(x / W * 100, 1) for x in (a, b, c)]
    if g.bad:
        i = g.ri(0, 2)
        sh[i] = g.bump_pct((a, b, c)[i] / W * 100, 1, 0, 100, D('0.6'))
    f = lambda x: g.n(x, 2, 'ascii')
    S = [g.pn(x, 1) for x in sh]
    t = '地区生产总值%s亿元，其中第一产业%s亿元，第二产业%s亿元，第三产业%s亿元，三次产业结构为%s:%s:%s。' % (
        f(W), f(a), f(b), f(c), S[0], S[1], S[2])
    return [t], '产业结构比中每一项=该产业/总值×100（各项独立检查）', [C('rate', num=f(x), den=f(W), pct=s) for x, s in zip((a, b, c), S)]


@style('urban_rural_income_ratio', 'pct', cn_ok=False)
def _(g):
    u = g.ri(25000, 78000)
    r = g.ri(12000, 40000)
    if u <= r:
        u = r + g.ri(5000, 30000)
    rr = q(D(u) / r, 2)
    if g.bad:
        rr = rr + g.ch([-1, 1]) * g.dec(0.05, 0.4, 2)
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    t = '城镇居民人均可支配收入%s元，农村居民人均可支配收入%s元，城乡居民收入比为%s:1。' % (f(u), f(r), g.pn(rr, 2))
    return [t], '城乡收入比=城镇/农村（两位小数）', [C('ratio', a=f(u), b=f(r), r=g.pn(rr, 2))]


@style('income_growth_with_base', 'pct')
def _(g):
    a = g.ri(15000, 70000)
    gr = g.r.uniform(2, 11)
    b = int(round(a * (1 + gr / 100)))
    true = D(b - a) / a * 100
    st = q(true, 1)
    if st != q(true, 1, ROUND_DOWN):
        return None
    if g.bad:
        st = g.bump_pct(true, 1, D('0.1'), 50, D('0.5'))
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    who = g.ch(['全体居民', '城镇居民', '农村居民'])
    t = '%s人均可支配收入%s元，比上年的%s元增长%s，扣除价格因素实际增长%s。' % (who, f(b), f(a), g.p(st, 1), g.p(g.dec(0.5, float(st) if st > 1 else 1, 1), 1))
    return [t], '名义增速=(本年-上年)/上年；实际增速无法由文中数字核对', [cpcheck(f(a), f(b), g.p(st, 1), True)]


@style('engel_coefficient', 'pct', cn_ok=False)
def _(g):
    cons = g.ri(12000, 45000)
    food = int(cons * g.r.uniform(0.25, 0.4))
    true = D(food) / cons * 100
    st = q(true, 1)
    if st != q(true, 1, ROUND_DOWN):
        return None
    if g.bad:
        st = g.bump_pct(true, 1, 0, 100, D('0.8'))
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    t = '居民人均消费支出%s元，其中人均食品烟酒消费支出%s元，恩格尔系数为%s。' % (f(cons), f(food), g.p(st, 1))
    return [t], '恩格尔系数=食品烟酒支出/消费支出', [ratecheck(g, f(food), f(cons), g.p(st, 1))]


@style('water_per_gdp_decline', 'pct')
def _(g):
    a = g.dec(20, 90, 1)
    for _ in range(100):
        b = a - g.dec(0.5, float(a) * 0.15, 1)
        true = (a - b) / a * 100
        st = q(true, 1)
        if st == q(true, 1, ROUND_DOWN):
            break
    else:
        return None
    if g.bad:
        st = g.bump_pct(true, 1, D('0.1'), 50, D('0.6'))
    A, B = g.n(a, 1, 'ascii'), g.n(b, 1, 'ascii')
    t = '万元地区生产总值用水量由上年的%s立方米降至%s立方米，下降%s；万元工业增加值用水量%s立方米。' % (A, B, g.p(st, 1), g.n(g.dec(5, 30, 1), 1, 'ascii'))
    return [t], '万元GDP用水量降幅=(上年-本年)/上年', [cpcheck(A, B, g.p(st, 1), False)]


@style('water_use_shares_of_total', 'pct', cn_ok=False)
def _(g):
    k = g.ri(2, 3)
    names = g.sample(['农业用水量', '工业用水量', '生活用水量', '人工生态环境补水量'], k)
    W = g.dec(5, 80, 2)
    vals = [q(W * D(g.r.uniform(0.05, 0.45)), 2) for _ in range(k)]
    sts = [q(v / W * 100, 1) for v in vals]
    if g.bad:
        i = g.ri(0, k - 1)
        sts[i] = g.bump_pct(vals[i] / W * 100, 1, 0, 100, D('0.6'))
    f = lambda x: g.n(x, 2, 'ascii')
    t = '全年总用水量%s亿立方米。其中，%s。' % (f(W), '；'.join('%s%s亿立方米，占用水总量的%s' % (nm, f(v), g.p(s, 1)) for nm, v, s in zip(names, vals, sts)))
    return [t], '分项用水量占比=分项/总用水量', [ratecheck(g, f(v), f(W), g.p(s, 1)) for v, s in zip(vals, sts)]


@style('land_type_share', 'pct', cn_ok=False)
def _(g):
    W = g.dec(100, 2000, 2)   # 万亩
    k = g.ri(1, 3)
    names = g.sample(LAND[:5], k)
    vals = [q(W * D(g.r.uniform(0.03, 0.3)), 2) for _ in range(k)]
    sts = [q(v / W * 100, 2) for v in vals]
    if g.bad:
        i = g.ri(0, k - 1)
        sts[i] = g.bump_pct(vals[i] / W * 100, 2, 0, 100, D('0.6'))
    f = lambda x: g.n(x, 2, 'ascii' if g.mode in ('cn', 'space') else None)
    t = '全%s土地总面积%s万亩。%s。' % (g.ch(['县', '市', '区']), f(W), '；'.join('%s%s万亩，占%s' % (nm, f(v), g.p(s, 2)) for nm, v, s in zip(names, vals, sts)))
    return [t], '地类面积占总面积的比重', [ratecheck(g, f(v), f(W), g.p(s, 2)) for v, s in zip(vals, sts)]


@style('lottery_welfare_fund_share', 'pct', cn_ok=False)
def _(g):
    S = g.dec(5, 90, 2)
    G = q(S * D(g.r.uniform(0.24, 0.36)), 2)
    R = q(S * D(g.r.uniform(0.5, 0.68)), 2)
    s1, s2 = q(G / S * 100, 2), q(R / S * 100, 2)
    if g.bad:
        if g.chance(0.5):
            s1 = g.bump_pct(G / S * 100, 2, 0, 100, D('0.6'))
        else:
            s2 = g.bump_pct(R / S * 100, 2, 0, 100, D('0.6'))
    f = lambda x: g.n(x, 2, 'ascii')
    t = '全年销售%s彩票%s亿元，筹集公益金%s亿元，占销售额的%s；返奖%s亿元，返奖率%s。' % (
        g.ch(['福利', '体育']), f(S), f(G), g.p(s1, 2), f(R), g.p(s2, 2))
    return [t], '公益金占比与返奖率（分母均为销售额）', [ratecheck(g, f(G), f(S), g.p(s1, 2)), ratecheck(g, f(R), f(S), g.p(s2, 2))]


@style('target_completion_over100', 'pct')
def _(g):
    T = g.dec(1, 80, 2)
    A = q(T * D(g.r.uniform(0.7, 1.3)), 2)
    true = A / T * 100
    d = g.ch([0, 1, 2])
    st = q(true, d)
    if st != q(true, d, ROUND_DOWN):
        return None
    if g.bad:
        st = g.bump_pct(true, d, 0, 300)
    f = lambda x: g.n(x, 2, 'ascii')
    subj = g.ch(['固定资产投资', '社会消费品零售总额', '招商引资到位资金', '税收收入'])
    t = '%s年度目标%s亿元，已完成%s亿元，完成年度目标的%s。' % (subj, f(T), f(A), g.p(st, d))
    return [t], '完成目标百分比可超过100%', [ratecheck(g, f(A), f(T), g.p(st, d))]


@style('budget_execution_rate', 'pct', cn_ok=False)
def _(g):
    dom = ('预算', '支出', '执行率', '万元', 300, 90000, 0.6, 1.0)
    _a, den, num, st, d = rcase(g, g.ch([1, 2]), dom)
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    t = '%s项目年度预算%s万元，实际支出%s万元，预算执行率%s。' % (g.ch(['乡村振兴衔接', '城市更新', '基层医疗能力提升', '职业教育发展']), f(den), f(num), g.p(st, d))
    return [t], '执行率=支出/预算', [ratecheck(g, f(num), f(den), g.p(st, d))]


@style('debt_to_asset_ratio', 'pct', cn_ok=False)
def _(g):
    A = g.dec(1000, 900000, 2)
    L = q(A * D(g.r.uniform(0.2, 0.8)), 2)
    st = q(L / A * 100, 2)
    if g.bad:
        st = g.bump_pct(L / A * 100, 2, 0, 100)
    f = lambda x: g.n(x, 2, 'ascii' if g.mode in ('cn',) else None)
    t = '截至%d年末，%s资产总额%s万元，负债总额%s万元，资产负债率%s。' % (g.year, company_name(g.r), f(A), f(L), g.p(st, 2))
    return [t], '资产负债率=负债/资产', [ratecheck(g, f(L), f(A), g.p(st, 2))]


@style('gross_margin_from_revenue_cost', 'pct', cn_ok=False)
def _(g):
    R = g.dec(500, 90000, 2)
    Cc = q(R * D(g.r.uniform(0.5, 0.92)), 2)
    st = q((R - Cc) / R * 100, 2)
    if g.bad:
        st = g.bump_pct((R - Cc) / R * 100, 2, 0, 100)
    f = lambda x: g.n(x, 2, 'ascii' if g.mode in ('cn',) else None)
    t = '%s实现营业收入%s万元，营业成本%s万元，毛利率为%s。' % (company_name(g.r), f(R), f(Cc), g.p(st, 2))
    return [t], '毛利率=(收入-成本)/收入', [C('rate', num=f(R), num_minus=[f(Cc)], den=f(R), pct=g.p(st, 2))]


@style('urbanization_rate', 'pct', cn_ok=False)
def _(g):
    P = g.dec(20, 1500, 2)
    U = q(P * D(g.r.uniform(0.35, 0.8)), 2)
    st = q(U / P * 100, 2)
    if g.bad:
        st = g.bump_pct(U / P * 100, 2, 0, 100)
    f = lambda x: g.n(x, 2, 'ascii')
    t = '年末常住人口%s万人，其中城镇常住人口%s万人，乡村常住人口%s万人，常住人口城镇化率为%s。' % (f(P), f(U), f(P - U), g.p(st, 2))
    return [t], '城镇化率=城镇人口/常住人口（城乡人口之和也成立）', [ratecheck(g, f(U), f(P), g.p(st, 2)), C('sum', whole=f(P), parts=[f(U), f(P - U)])]


@style('sex_ratio_female100', 'pct', cn_ok=False)
def _(g):
    fe = g.ri(50000, 900000)
    ma = int(fe * g.r.uniform(0.95, 1.12))
    r = q(D(ma) / fe * 100, 2)
    if g.bad:
        r = r + g.ch([-1, 1]) * g.dec(0.8, 4, 2)
    f = lambda x: g.n(x, 0, 'ascii' if g.mode == 'cn' else None)
    t = '常住人口中，男性%s人，女性%s人，总人口性别比（以女性为100）为%s。' % (f(ma), f(fe), g.pn(r, 2))
    return [t], '性别比=男/女×100（不是百分数）', [C('ratio', a=f(ma), b=f(fe), r=g.pn(r, 2), scale=100)]


@style('share_and_growth_one_clause', 'pct', cn_ok=False)
def _(g):
    a, b, c = g.dec(20, 600, 2), g.dec(200, 3000, 2), g.dec(300, 4000, 2)
    W = a + b + c
    st = q(c / W * 100, 1)
    if g.bad:
        st = g.bump_pct(c / W * 100, 1, 0, 100, D('0.6'))
    f = lambda x: g.n(x, 2, 'ascii')
    t = '地区生产总值%s亿元。第三产业增加值%s亿元，增长%s，占地区生产总值的比重为%s。' % (f(W), f(c), g.p(g.dec(1, 9, 1), 1), g.p(st, 1))
    return [t], '同一分句中的增速（无法核对）与比重（=三产/总值）', [ratecheck(g, f(c), f(W), g.p(st, 1))]


@style('share_pp_change_two_years', 'pct', cn_ok=False)
def _(g):
    a, b, c, up, d = ppcase(g, 1)
    subj = g.ch(['数字经济核心产业增加值占地区生产总值比重', '高新技术产业增加值占规上工业比重', '民间投资占固定资产投资比重'])
    t = '%s为%s，比上年%s%s个百分点（上年为%s）。' % (subj, g.p(b, d), '提高' if up else '下降', g.pn(c, d), g.p(a, d))
    return [t], '比重变动的百分点=两年比重之差', [C('pp', **{'from': g.p(a, d), 'to': g.p(b, d), 'pp': g.pn(c, d), 'dir': 'up' if up else 'down'})]


@style('vaccination_rate_with_age_ranges', 'pct')
def _(g):
    dom = ('应接种', '已接种', '接种率', '人', 2000, 90000, 0.8, 0.99)
    _a, den, num, st, d = rcase(g, 2, dom, forbid_full=True)
    f = g.n
    t = '截至%d年%d月%d日，60岁以上人群应接种%s人，已接种%s人，接种率%s；3-17岁、18-59岁人群接种工作同步推进。' % (
        g.year, g.ri(1, 12), g.ri(1, 28), f(den), f(num), g.p(st, d))
    return [t], '接种率（年龄段“3-17”“18-59”不是数值关系）', [ratecheck(g, f(num), f(den), g.p(st, d))]


MAL_KINDS = {
    'placeholder': lambda g, s: (g.ch(['xx', 'XX', 'xx.x', 'x']) + g.pctsign),
    'space': lambda g, s: s + g.ch([' ', ' ', '\u3000']) + g.pctsign,
    'prefix': lambda g, s: g.pctsign + s,
    'double': lambda g, s: s + g.ch(['%%', '％％', '%％']),
    'dotdot': lambda g, s: (s.replace('.', '..', 1) if '.' in s else s[:-1] + '..' + s[-1]) + g.pctsign,
    'baifenzhi': lambda g, s: '百分之' + s,
    'trailing_dot': lambda g, s: (s.split('.')[0] + '.') + g.pctsign,
}


def make_malformed_style(kind, frame):
    @style('malformed_%s_%s' % (kind, frame), 'pct', cn_ok=False)
    def _(g):
        bad = g.bad
        g.bad = False
        if frame == 'rate':
            dom, den, num, st, d = rcase(g, 2 if kind in ('dotdot', 'trailing_dot') else None)
            if kind in ('dotdot', 'trailing_dot') and len(g.pn(st, 2).split('.')[0]) > 2:
                return None
            b, dn, rn, u = dom[:4]
            N, Dn = g.n(num), g.n(den)
            ptxt = g.p(st, d)
            core = ptxt[:-1]
            t = '%s%s%s%s，%s%s%s，%s%s{P}。' % (intro(g), b, Dn, u, dn, N, u, rn, g.ch(['', '达', '为']))
            ck = ratecheck(g, N, Dn, ptxt)
            ck_bad = ratecheck(g, N, Dn, core)
        else:
            subj, u, dd, a, b_, st, d, up = cpcase(g, d=1)
            f = lambda x: g.n(x, dd, 'ascii')
            A, B = f(a), f(b_)
            ptxt = g.p(st, d)
            core = ptxt[:-1]
            t = '%s%s，上年同期%s%s，同比%s{P}。' % (subj + g.ch(['完成', '实现', '']), B + u, A, u, '增长' if up else '下降')
            ck = cpcheck(A, B, ptxt, up)
            ck_bad = cpcheck(A, B, core, up)
        g.bad = bad
        if not bad:
            return [t.replace('{P}', ptxt)], '格式正确的百分数且数值成立', [ck]
        tok = MAL_KINDS[kind](g, core)
        checks = [C('malformed', token=tok)]
        if kind in ('space', 'prefix', 'double', 'baifenzhi'):
            checks.append(ck_bad)   # arithmetic still holds, only the format is wrong
        return [t.replace('{P}', tok)], '百分数格式错误（%s），无论数值如何都判为不一致' % kind, checks
    return _


for _k, _f in [('placeholder', 'rate'), ('space', 'rate'), ('prefix', 'rate'), ('double', 'rate'), ('dotdot', 'rate'),
               ('baifenzhi', 'change'), ('trailing_dot', 'rate'), ('space', 'change'), ('double', 'change')]:
    make_malformed_style(_k, _f)


@style('rate_wan_magnitude', 'pct', cn_ok=False)
def _(g):
    den = g.dec(5, 300, 2)
    num = q(den * D(g.r.uniform(0.85, 0.995)), 2)
    true = num / den * 100
    st = q(true, 2)
    if st != q(true, 2, ROUND_DOWN):
        return None
    if g.bad:
        st = g.bump_pct(true, 2, 0, 100)
    N, Dn = g.n(num, 2, 'ascii') + '万', g.n(den, 2, 'ascii') + '万'
    t = '城乡居民基本医疗保险应参保%s人，实际参保%s人，参保率%s。' % (Dn, N, g.p(st, 2))
    return [t], '以“万人”为单位的分子分母', [ratecheck(g, N, Dn, g.p(st, 2))]


@style('share_yi_vs_wan', 'pct', cn_ok=False)
def _(g):
    S = g.dec(1, 60, 2)                       # 亿元
    G = D(g.ri(int(S * 10000 * D('0.05')), int(S * 10000 * D('0.4'))))   # 万元
    true = G / (S * 10000) * 100
    st = q(true, 1)
    if g.bad:
        st = g.bump_pct(true, 1, 0, 100, D('0.8'))
    Sx, Gx = g.n(S, 2, 'ascii') + '亿', g.n(G, 0, 'ascii') + '万'
    t = '全年彩票销售额%s元，其中即开型彩票销售%s元，占彩票销售总额的%s。' % (Sx, Gx, g.p(st, 1))
    return [t], '万元分子与亿元分母（换算后）', [ratecheck(g, Gx, Sx, g.p(st, 1))]


@style('rate_lines_per_unit', 'pct')
def _(g):
    k = g.ri(2, 4)
    dom = g.ch(RDOM)
    b, dn, rn, u = dom[:4]
    bad_i = g.ri(0, k - 1) if g.bad else -1
    lines, checks = [], []
    used = set()
    for i in range(k):
        nm = place_name(g.r, g.ch(['社区', '村']))
        if nm in used:
            nm += str(i + 1) + '组'
        used.add(nm)
        g.bad = i == bad_i
        _dm, den, num, st, d = rcase(g, 1, dom)
        N, Dn, Pc = g.n(num), g.n(den), g.p(st, 1)
        lines.append('%s：%s%s%s，%s%s%s，%s%s；' % (nm, b, Dn, u, dn, N, u, rn, Pc))
        checks.append(ratecheck(g, N, Dn, Pc))
    g.bad = bad_i >= 0
    lines[-1] = lines[-1][:-1] + '。'
    return lines, '逐行（逐单位）的率', checks


@style('growth_fullwidth_digits', 'pct')
def _(g):
    g.mode = 'fw'
    g.pctsign = '％'
    subj, u, dd, a, b, st, d, up = cpcase(g)
    A, B, Pc = g.n(a, dd), g.n(b, dd), g.p(st, d)
    t = '%s%s%s，比上年%s%s增长%s。' % (subj, B, u, A, u, Pc) if up else '%s%s%s，比上年%s%s下降%s。' % (subj, B, u, A, u, Pc)
    return [t], '全角数字和全角百分号的增速', [cpcheck(A, B, Pc, up)]


@style('two_changes_in_one_line', 'pct')
def _(g):
    bad = g.bad
    w = g.ri(0, 1)
    g.bad = bad and w == 0
    s1 = cpcase(g, up=True)
    g.bad = bad and w == 1
    s2 = cpcase(g, up=False)
    g.bad = bad
    if s1[0] == s2[0]:
        return None
    out, checks = [], []
    for subj, u, dd, a, b, st, d, up in (s1, s2):
        f = lambda x: g.n(x, dd, 'ascii' if g.mode == 'cn' else None)
        out.append('%s由%s%s%s%s%s，%s%s' % (subj, f(a), u, '增至' if up else '降至', f(b), u, '增长' if up else '下降', g.p(st, d)))
        checks.append(cpcheck(f(a), f(b), g.p(st, d), up))
    return ['；'.join(out) + '。'], '一行两组增减率', checks


@style('rate_from_remaining', 'pct')
def _(g):
    dom, den, num, st, d = rcase(g, g.ch([1, 2]), forbid_full=True)
    b, dn, rn, u = dom[:4]
    rest = den - num
    Dn, R, Pc = g.n(den), g.n(rest), g.p(st, d)
    t = '%s%s%s%s，除%s%s尚在办理外均已%s，%s%s。' % (intro(g), b, Dn, u, R, u, dn.replace('已', ''), rn, Pc)
    return [t], '率=(总数-未完成数)/总数', [C('rate', num=Dn, num_minus=[R], den=Dn, pct=Pc)]


@style('sampling_categories_failure', 'pct')
def _(g):
    cats = g.sample(['粮食加工品', '食用油', '肉制品', '乳制品', '饮料', '糕点', '蔬菜', '水产品'], g.ri(2, 4))
    bad_i = g.ri(0, len(cats) - 1) if g.bad else -1
    dom = ('抽检', '不合格', '不合格率', '批次', 40, 900, 0.005, 0.09)
    parts, checks = [], []
    for i, c in enumerate(cats):
        g.bad = i == bad_i
        _a, den, num, st, d = rcase(g, 2, dom)
        N, Dn, Pc = g.n(num), g.n(den), g.p(st, 2)
        parts.append('%s抽检%s批次，不合格%s批次，不合格率%s' % (c, Dn, N, Pc))
        checks.append(ratecheck(g, N, Dn, Pc))
    g.bad = bad_i >= 0
    return ['分品种看，' + '；'.join(parts) + '。'], '分品种不合格率', checks


# ================================================================ NEGATIVES (look-alikes, nothing to flag)
def decoy(reason, cue, **kw):
    return C('decoy', reason=reason, cue=cue, **kw)


@style('neg_overlapping_subsets', 'totals', kind='neg')
def _(g):
    W = g.ri(40, 3000)
    for _ in range(50):
        a, b, c = g.ri(W // 5, W * 3 // 5), g.ri(W // 10, W // 2), g.ri(W // 5, W * 7 // 10)
        if a + b + c != W:
            break
    grp, cats = g.ch([('党员', ['女党员', '少数民族党员', '35岁及以下党员']),
                      ('专任教师', ['女教师', '高级职称教师', '研究生学历教师']),
                      ('网格员', ['女性网格员', '党员网格员', '大专以上学历网格员']),
                      ('志愿者', ['青年志愿者', '党员志愿者', '持证志愿者'])])
    u = '名'
    t = '%s共有%s%s%s，其中%s%s%s、%s%s%s、%s%s%s。' % (intro(g), grp, g.n(W), u, cats[0], g.n(a), u, cats[1], g.n(b), u, cats[2], g.n(c), u)
    return [t], '“其中”后各项按不同标准划分、相互交叉，不构成总分关系', [decoy('overlapping subsets under 其中', '其中', whole=g.n(W), parts=[g.n(a), g.n(b), g.n(c)])]


@style('neg_selection_zhuyao', 'totals', kind='neg')
def _(g):
    verb, u, names, lo, hi, d = tdom(g, 2, 3)
    parts = [g.dec(lo, hi, d) for _ in names]
    W = sum(parts) + g.dec(max(lo, 1), hi, d)
    cue = g.ch(['主要有', '主要包括', '主要集中在', '重点是'])
    t = '%s共%s%s%s，%s%s。' % (intro(g), verb, g.n(W, d), u, cue, '、'.join(nm + g.n(p, d) + u for nm, p in zip(names, parts)))
    return [t], '“主要有”只列出部分类别，分项之和小于总数属正常', [decoy('selection, not exhaustive', cue, whole=g.n(W, d), parts=[g.n(p, d) for p in parts])]


@style('neg_partial_list_deng', 'totals', kind='neg')
def _(g):
    verb, u, names, lo, hi, d = tdom(g, 2, 3)
    parts = [g.dec(lo, hi, d) for _ in names]
    W = sum(parts) + g.dec(max(lo, 1), hi, d)
    t = '%s共%s%s%s，其中%s等。' % (intro(g), verb, g.n(W, d), u, '、'.join(nm + g.n(p, d) + u for nm, p in zip(names, parts)))
    return [t], '列举后带“等”，为不完全列举', [decoy('partial list with 等', '等。', whole=g.n(W, d), parts=[g.n(p, d) for p in parts])]


@style('neg_approximate_total', 'totals', kind='neg')
def _(g):
    kind = g.ch(['余', '近', '约', '多'])
    W = g.ch([100, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000])
    k = g.ri(2, 4)
    for _ in range(100):
        if kind in ('余', '多'):
            tot = W + g.ri(1, max(2, W // 12))
        elif kind == '近':
            tot = W - g.ri(1, max(2, W // 12))
        else:
            tot = W + g.ch([-1, 1]) * g.ri(1, max(2, W // 30))
        if tot != W and tot > k:
            break
    parts = g.split(D(tot), k, 0)
    act, u, cats = g.ch([('培训', '人次', ['农村实用技术', '电商直播', '家政服务', '安全生产']),
                         ('发放宣传资料', '份', ['禁毒', '防溺水', '反诈', '消防']),
                         ('慰问困难群众', '户', ['低保户', '特困户', '残疾人家庭', '困境儿童家庭'])])
    names = g.sample(cats, k)
    Wt = ('约' + str(W)) if kind == '约' else ('近' + str(W)) if kind == '近' else (str(W) + kind)
    t = '%s共%s%s%s，其中%s。' % (intro(g), act, Wt, u, '、'.join(nm + g.n(p) + u for nm, p in zip(names, parts)))
    return [t], '总数为约数（%s），分项精确值与约数不必相等' % kind, [decoy('approximate total', Wt, parts=[g.n(p) for p in parts])]


@style('neg_model_numbers', 'totals', kind='neg')
def _(g):
    items = g.sample([('XH-%d型巡检机器人' % g.ri(1000, 9000), '台'), ('CK%d数控车床' % g.ri(6100, 6190), '台'),
                      ('ZL%d装载机' % g.ri(30, 60), '台'), ('GB/T %d—%d标准检测设备' % (g.ri(1000, 40000), g.ri(2015, 2023)), '套'),
                      ('DN%d球墨铸铁管' % g.ch([300, 400, 500, 600]), '米'), ('Q%d钢材' % g.ch([235, 345, 355]), '吨')], 3)
    t = '%s年采购%s。' % (g.year, '、'.join('%s%s%s' % (nm, g.n(g.ri(2, 90)), u) for nm, u in items))
    return [t], '型号、标准号中的数字不参与计算，也无合计', [decoy('model and standard numbers', items[0][0])]


@style('neg_dates_phones_docnumbers', 'totals', kind='neg')
def _(g):
    y, m, d = g.year, g.ri(1, 12), g.ri(1, 28)
    doc = '%s政发〔%d〕%d号' % (g.ch(['桐', '澄', '溪', '岚']), y, g.ri(1, 60))
    t = '%d年%d月%d日，%s印发《关于进一步做好%s工作的通知》（%s），咨询电话0%d-%d，%s全天候受理。' % (
        y, m, d, g.place + '人民政府', g.ch(['稳就业', '防汛救灾', '冬春送温暖']), doc, g.ri(100, 999), g.ri(2000000, 8999999),
        g.ch(['12345热线', '12315热线', '110']))
    return [t], '日期、文号、电话号码不是数值关系', [decoy('dates, document number, phone', '〔')]


@style('neg_ranks_positions', 'totals', kind='neg')
def _(g):
    r1 = g.ri(2, 30)
    t = '%s营商环境评价排名全省第%d位，较上年前移，连续%d年位列全市前%d名，%d项指标进入“第一方阵”。' % (
        g.place, r1, g.ri(2, 6), g.ch([3, 5, 10]), g.ri(3, 12))
    return [t], '名次与“前N名”不是可加的数量', [decoy('ranks', '排名')]


@style('neg_plus_x_slogans', 'totals', kind='neg')
def _(g):
    t = '%s推行“1+X”证书制度，落实“5+2”课后服务，构建“%s”工作体系，推广“7+X”便民服务清单。' % (
        g.place, g.ch(['1+3+N', '1+5+X', '2+4+N']))
    return [t], '“1+X”“5+2”等是口号编号，不是算式', [decoy('1+X style slogans', '+X')]


@style('neg_cumulative_vs_new', 'totals', kind='neg')
def _(g):
    subj, u = g.ch(CHG_SUBJ)
    W = g.ri(50, 5000)
    a = g.ri(1, W // 3)
    t = '截至%d年底，%s累计达到%s%s，其中当年新增%s%s。' % (g.year, subj, g.n(W), u, g.n(a), u)
    return [t], '累计数与当年新增只是包含关系，不构成需要相等的算式', [decoy('cumulative contains new', '累计', whole=g.n(W), parts=[g.n(a)])]


@style('neg_mixed_units_under_qizhong', 'totals', kind='neg')
def _(g):
    W = g.dec(20, 900, 2)
    a, b = g.ri(10, 900), g.ri(10, 900)
    t = '%s共发放各类救助资金%s万元，其中临时救助%s户次、医疗救助%s人次。' % (intro(g), g.n(W, 2, 'ascii'), g.n(a), g.n(b))
    return [t], '“其中”后为户次、人次，与万元总额不同单位，不可相加', [decoy('different units under 其中', '户次')]


@style('neg_nested_subset', 'totals', kind='neg')
def _(g):
    W = g.ri(20, 600)
    a = g.ri(2, max(3, W // 4))
    b = g.ri(1, a)
    t = '%s全年共发生%s%s起，其中较大事故%s起，较大事故中造成人员伤亡的%s起。' % (
        intro(g), g.ch(['生产安全事故', '道路交通事故', '火灾事故']), g.n(W), g.n(a), g.n(b))
    return [t], '嵌套子集（子集中的子集），不是并列分项', [decoy('nested subset', '其中', whole=g.n(W), parts=[g.n(a), g.n(b)])]


@style('neg_age_ranges_articles', 'totals', kind='neg')
def _(g):
    t = '依据《%s条例》第%d条第%d款，对3-6岁、7-17岁、18-59岁和60岁以上人群分类施策，服务期限为3—5年。' % (
        g.ch(['未成年人保护', '社会救助', '养老服务', '全民健身']), g.ri(5, 60), g.ri(1, 4))
    return [t], '年龄区间、条款号、期限中的“-”不是减法', [decoy('ranges and article numbers', '岁')]


@style('neg_separate_years_no_total', 'totals', kind='neg')
def _(g):
    verb, u, _n, lo, hi, d = tdom(g)
    y = g.year
    vals = [g.dec(lo, hi, d) for _ in range(3)]
    t = '%d年、%d年、%d年%s分别%s%s%s、%s%s、%s%s，呈逐年%s态势。' % (
        y - 2, y - 1, y, g.place, verb.replace('各类', ''), g.n(vals[0], d), u, g.n(vals[1], d), u, g.n(vals[2], d), u,
        '上升' if vals[0] <= vals[1] <= vals[2] else '波动')
    return [t], '各年数值并列，无合计也无差额', [decoy('yearly values without total', '分别')]


@style('neg_fenbie_different_metrics', 'totals', kind='neg')
def _(g):
    a, b, c = g.dec(2, 90, 1), g.ri(2, 40), g.ri(200, 90000)
    t = '全年新建改建农村公路和桥梁分别为%s公里和%s座，完成投资%s万元。' % (g.n(a, 1, 'ascii'), g.n(b), g.n(c))
    return [t], '“分别为”连接不同计量对象，没有总分关系', [decoy('different metrics joined by 分别', '分别')]


@style('neg_lower_bound_total', 'totals', kind='neg')
def _(g):
    W = g.ch([1, 2, 3, 5]) * 10000
    tot = W + g.ri(100, W // 5)
    a = g.ri(tot // 4, tot * 3 // 4)
    b = tot - a
    t = '%s参与群众%s万人次以上，其中线上%s人次、线下%s人次。' % (intro(g), int2cn(W // 10000) if g.chance(0.5) else str(W // 10000), g.n(a), g.n(b))
    return [t], '“以上”为下限，分项之和超过下限即可', [decoy('lower bound total', '以上', parts=[g.n(a), g.n(b)])]


@style('neg_price_and_size_ranges', 'totals', kind='neg')
def _(g):
    a = g.ri(3, 8)
    t = '新建保障性租赁住房套型面积控制在%d—%d平方米，租金为市场价的%d至%d成，补贴标准每户%d至%d元。' % (
        g.ch([30, 40, 45]), g.ch([60, 70, 90]), a, a + 1, g.ch([200, 300, 500]), g.ch([800, 1000, 1200]))
    return [t], '区间上下限不是运算', [decoy('ranges', '至')]


# ---------------------------------------------------------------- pct negatives
@style('neg_growth_over_100_standalone', 'pct', kind='neg')
def _(g):
    subj, u, dd = g.ch(CPCT_SUBJ)
    t = '%s%s%s，同比增长%s，%s增长%s倍。' % (subj, g.n(g.dec(100, 9000, dd), dd, 'ascii'), u, g.p(g.dec(100.1, 260, 1), 1),
                                  g.ch(['其中新兴产业', '其中线上部分']), g.pn(g.dec(1.1, 3, 1), 1))
    return [t], '增速超过100%与“增长x倍”单独出现，缺少上年数无法核对', [decoy('growth over 100% without base', '同比增长')]


@style('neg_pp_standalone', 'pct', kind='neg')
def _(g):
    rn = g.ch(['城镇化率', '森林覆盖率', '优良天数比例', '研发投入强度'])
    t = '%s达到%s，比上年提高%s个百分点。' % (rn, g.p(g.dec(30, 95, 1), 1), g.pn(g.dec(0.1, 3, 1), 1))
    return [t], '只给出本年率和百分点变化，缺上年值，无法核对', [decoy('percentage points without base', '个百分点')]


@style('neg_rates_of_different_wholes', 'pct', kind='neg')
def _(g):
    vals = [g.dec(40, 95, 1) for _ in range(3)]
    t = '全%s森林覆盖率%s，城镇化率%s，农村自来水普及率%s。' % (g.ch(['县', '市']), g.p(vals[0], 1), g.p(vals[1], 1), g.p(vals[2], 1))
    return [t], '不同整体的比率并列，相加超过100%不构成错误', [decoy('rates of different wholes', '覆盖率')]


@style('neg_index_standalone', 'pct', kind='neg')
def _(g):
    t = '居民消费价格指数为%s（上年=100），工业生产者出厂价格指数为%s，商品零售价格指数为%s。' % (
        g.pn(g.dec(99, 104, 1), 1), g.pn(g.dec(94, 106, 1), 1), g.pn(g.dec(98, 104, 1), 1))
    return [t], '价格指数以上年为100，不是百分数，也无对应涨幅可核', [decoy('index numbers', '上年=100')]


@style('neg_70city_index_only', 'pct', kind='neg')
def _(g):
    t = '%d年%d月，%s新建商品住宅销售价格环比指数%s，同比指数%s；二手住宅环比指数%s。' % (
        g.year, g.ri(1, 12), place_name(g.r, '市'), g.pn(g.dec(98.8, 101, 1), 1), g.pn(g.dec(93, 104, 1), 1), g.pn(g.dec(98.5, 100.8, 1), 1))
    return [t], '只有指数、没有对应涨跌幅', [decoy('70-city indices only', '指数')]


@style('neg_overlapping_shares', 'pct', kind='neg')
def _(g):
    a, b, c = g.dec(30, 80, 1), g.dec(30, 70, 1), g.dec(20, 90, 1)
    grp = g.ch(['新招录社区工作者', '参训学员', '新发展会员'])
    t = '%s中，党员占%s，女性占%s，大专以上学历占%s。' % (grp, g.p(a, 1), g.p(b, 1), g.p(c, 1))
    return [t], '按不同标准划分的占比可交叉，合计超过100%正常', [decoy('overlapping shares', '党员占')]


@style('neg_lower_bound_rates', 'pct', kind='neg')
def _(g):
    t = '%s城乡居民医保参保率稳定在%s以上，群众满意率保持在%s以上，村组道路硬化率达%s。' % (
        g.place, g.p(g.ch([90, 95, 96, 98]), 0), g.p(g.ch([90, 95]), 0), g.p(100, 0))
    return [t], '“以上”为下限表述，且无分子分母', [decoy('lower bound rates', '以上')]


@style('neg_fraction_words', 'pct', kind='neg')
def _(g):
    word, lo, hi = g.ch([('近三成', 0.26, 0.299), ('逾四成', 0.402, 0.49), ('过半', 0.505, 0.6), ('约六成', 0.58, 0.62),
                         ('超过三分之一', 0.34, 0.45)])
    W = g.ri(200, 9000)
    a = int(W * g.r.uniform(lo, hi))
    t = '全年新增市场主体%s户，其中个体工商户%s户，占比%s。' % (g.n(W), g.n(a), word)
    return [t], '成数/分数词为概数，与实际比例（%.1f%%）相符，不是精确百分数' % (a / W * 100), [decoy('fraction words', word, whole=g.n(W), parts=[g.n(a)])]


@style('neg_partial_contribution', 'pct', kind='neg')
def _(g):
    gr = g.dec(3, 9, 1)
    part = g.dec(0.5, float(gr) - 1, 1)
    t = '全年地区生产总值增长%s，其中工业拉动经济增长%s个百分点，是稳增长的主要力量。' % (g.p(gr, 1), g.pn(part, 1))
    return [t], '只给出一个部门的拉动，小于总增速属正常', [decoy('partial contribution', '拉动')]


@style('neg_targets_expected', 'pct', kind='neg')
def _(g):
    t = '%d年主要预期目标是：地区生产总值增长%s左右，城镇调查失业率控制在%s以内，居民消费价格涨幅%s左右。' % (
        g.year + 1, g.p(g.ch([5, 5.5, 6, 6.5, 7]), 1 if g.chance(0.5) else 0).replace('.0', ''), g.p(g.ch([5.5, 5.0]), 1), g.p(3, 0))
    return [t], '预期目标不是实绩，无可核对关系', [decoy('targets', '预期目标')]


@style('neg_interest_and_tax_rates', 'pct', kind='neg')
def _(g):
    t = '一年期贷款市场报价利率为%s，对小型微利企业减按%s计入应纳税所得额，按%s的税率缴纳企业所得税，增值税基本税率为%s。' % (
        g.p(g.ch([D('3.45'), D('3.65'), D('3.85')]), 2), g.p(25, 0), g.p(20, 0), g.p(13, 0))
    return [t], '利率、税率是政策参数，不是比例计算', [decoy('policy rates', '税率')]


@style('neg_percent_in_product_names', 'pct', kind='neg')
def _(g):
    t = '%s为%d所学校配发75%%酒精%s瓶、N95口罩%s只、84消毒液%s箱。' % (
        g.place, g.ri(5, 60), g.n(g.ri(100, 3000)), g.n(g.ri(1000, 90000)), g.n(g.ri(20, 900)))
    t = t.replace('75%', '75' + g.pctsign)
    return [t], '“75%酒精”等是产品名称', [decoy('percent inside product name', '酒精')]


@style('neg_cpi_influence_approx', 'pct', kind='neg')
def _(g):
    a = g.dec(0.5, 8, 1)
    t = '食品价格上涨%s，影响CPI上涨约%s个百分点；其中猪肉价格%s%s。' % (g.p(a, 1), g.pn(g.dec(0.1, 1.5, 2), 2), g.ch(['上涨', '下降']), g.p(g.dec(1, 30, 1), 1))
    return [t], '“影响CPI约x个百分点”依赖权重，文中无法核对', [decoy('weighted influence, approximate', '影响CPI')]


@style('neg_regulatory_proportions', 'pct', kind='neg')
def _(g):
    t = '按照不低于%s的比例提取土地出让收益用于农田水利建设，用人单位按职工工资总额的%s缴纳工伤保险费，安排残疾人就业的比例不低于%s。' % (
        g.p(10, 0), g.p(g.ch([D('0.5'), D('1.0'), D('1.5')]), 1), g.p(D('1.5'), 1))
    return [t], '规定比例，不是统计结果', [decoy('regulatory proportions', '比例')]


@style('neg_weighted_average_rates', 'pct', kind='neg')
def _(g):
    a, b = g.dec(0.5, 4, 2), g.dec(0.5, 4, 2)
    lo, hi = min(a, b), max(a, b)
    c = g.dec(float(lo), float(hi), 2) if hi > lo else lo
    t = '%s食品抽检不合格率%s，%s为%s，全市平均为%s。' % (place_name(g.r, '县'), g.p(a, 2), place_name(g.r, '区'), g.p(b, 2), g.p(c, 2))
    return [t], '不同抽检量的加权平均，缺少批次数无法核对', [decoy('weighted average without weights', '全市平均')]


@style('neg_time_progress', 'pct', kind='neg')
def _(g):
    t = '固定资产投资完成年度目标的%s，时序进度%s；招商引资预计能按%s时序进度完成目标任务。' % (
        g.p(g.dec(70, 99, 1), 1), g.p(g.ri(95, 110), 0), g.p(100, 0))
    return [t], '时序进度是与时间比较的进度，无可核对数量', [decoy('time progress', '时序进度')]


# ================================================================ building
from decimal import InvalidOperation  # noqa: E402

STATED_KEY = {'sum': 'whole', 'diff': 'c', 'balance': 'end', 'change': 'delta', 'rate': 'pct', 'change_pct': 'pct',
              'pp': 'pp', 'share_sum': 'shares', 'share_le': 'shares', 'contrib_sum': 'total', 'avg': 'avg', 'ratio': 'r',
              'index_pct': 'pct', 'times': 'x', 'count_signs': 'up', 'count_items': 'count'}


def summarize(c):
    if c['rel'] == 'decoy':
        return 'decoy(%s)' % c['reason']
    if c['rel'] == 'malformed':
        return 'malformed percentage %r' % c['token']
    st = c.get(STATED_KEY[c['rel']])
    if isinstance(st, list):
        st = '+'.join(st)
    return '%s: recomputed %s vs stated %s -> %s' % (c['rel'], c['computed'], st, 'holds' if c['holds'] else 'WRONG')


def build_one(st, label, seed, j, seen):
    for attempt in range(80):
        r = random.Random('n32|%s|%s|%d|%d' % (seed, st['name'], j, attempt))
        g = Gen(r, label, st['family'])
        if not st['cn_ok'] and g.mode == 'cn':
            g.mode = 'ascii'
        try:
            res = st['f'](g)
        except (ValueError, ZeroDivisionError, IndexError, InvalidOperation, KeyError):
            continue
        if res is None:
            continue
        lines, what, checks = res
        nb = r.choice([0, 0, 1, 1, 2])
        na = r.choice([0, 1, 1, 2])
        while len(lines) + nb + na > 8 and (nb or na):
            if na:
                na -= 1
            else:
                nb -= 1
        ctx = g.ctx(nb + na + 1)
        lines = list(lines)
        if r.random() < 0.25 and ctx[-1].endswith('。') and not ctx[-1].startswith(('编制单位', '注：', '联系电话')) \
                and not lines[0].startswith(('|', '表', '-', '·', '•', '—', '单位')):
            lines[0] = ctx[-1] + lines[0]
        text = '\n'.join(ctx[:nb] + lines + ctx[nb:nb + na])
        if text in seen:
            continue
        try:
            for c in checks:
                ok, comp = evalc(c)
                c['holds'] = ok
                c['computed'] = comp
        except (ValueError, ZeroDivisionError, InvalidOperation, KeyError):
            continue
        note = what + '；' + '；'.join(summarize(c) for c in checks)
        if g.alt and label == 'inconsistent':
            note += '；改动：' + g.alt
        if label == 'negative':
            note = '负例：' + note
        rec = {'id': '', 'family': st['family'], 'style': st['name'], 'label': label, 'text': text,
               'note': note.replace('\n', ' '), 'checks': checks}
        if check_record(rec):
            continue
        seen.add(text)
        return rec
    raise RuntimeError('could not build %s %s %d' % (st['name'], label, j))


def plan(family):
    pos = [s for s in STYLES if s['family'] == family and s['kind'] == 'pos']
    neg = [s for s in STYLES if s['family'] == family and s['kind'] == 'neg']
    out = []
    npos, nneg = 1200, 300
    for i, s in enumerate(pos):
        n = npos // len(pos) + (1 if i < npos % len(pos) else 0)
        for j in range(n):
            out.append((s, 'consistent' if (j + i) % 2 == 0 else 'inconsistent', j))
    for i, s in enumerate(neg):
        n = nneg // len(neg) + (1 if i < nneg % len(neg) else 0)
        for j in range(n):
            out.append((s, 'negative', j))
    return out


def generate(seed):
    recs, seen = [], set()
    for fam in ('totals', 'pct'):
        for st, label, j in plan(fam):
            recs.append(build_one(st, label, seed, j, seen))
    # deterministic shuffle so styles and labels are interleaved; ids follow file order per family
    random.Random('n32-order-%s' % seed).shuffle(recs)
    k = {'totals': 0, 'pct': 0}
    for rec in recs:
        k[rec['family']] += 1
        rec['id'] = 'n32-%s-%06d' % (rec['family'], k[rec['family']])
    return recs


# ================================================================ verification
FIELDS = ['id', 'family', 'style', 'label', 'text', 'note', 'checks']


def verify_files(paths):
    names = {s['name']: s for s in STYLES}
    bad = 0
    for p in paths:
        ids, texts = set(), set()
        stats = {}
        per_style = {}
        n = 0
        with open(p, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                n += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print('%s:%d: bad json %s' % (p, ln, e))
                    bad += 1
                    continue
                probs = []
                if list(rec.keys()) != FIELDS:
                    probs.append('fields %r' % list(rec.keys()))
                if rec.get('family') not in ('totals', 'pct'):
                    probs.append('family')
                if rec.get('style') not in names:
                    probs.append('unknown style')
                elif names[rec['style']]['family'] != rec['family']:
                    probs.append('style family mismatch')
                if not re.fullmatch(r'n32-(totals|pct)-\d{6}', rec.get('id', '')) or not rec['id'].startswith('n32-' + rec.get('family', '')):
                    probs.append('id format')
                if rec.get('id') in ids:
                    probs.append('duplicate id')
                if rec.get('text') in texts:
                    probs.append('duplicate text')
                ids.add(rec.get('id'))
                texts.add(rec.get('text'))
                if '\n' in rec.get('note', ''):
                    probs.append('multi-line note')
                probs += check_record(rec)
                if probs:
                    bad += 1
                    print('%s:%d %s: %s' % (p, ln, rec.get('id'), '; '.join(probs)))
                key = (rec.get('family'), rec.get('label'))
                stats[key] = stats.get(key, 0) + 1
                per_style[rec.get('style')] = per_style.get(rec.get('style'), 0) + 1
        lo, hi = min(per_style.values()), max(per_style.values())
        print('%s: %d records, %d styles (%d-%d records each)' % (p, n, len(per_style), lo, hi))
        for fam in ('totals', 'pct'):
            print('  %-6s ' % fam + '  '.join('%s=%d' % (lb, stats.get((fam, lb), 0)) for lb in ('consistent', 'inconsistent', 'negative')))
        if lo < 15 or hi > 20:
            print('  style size outside 15-20')
            bad += 1
    print('VERIFY %s: %d problem record(s)' % ('OK' if bad == 0 else 'FAILED', bad))
    return bad == 0


def style_table(seed):
    recs = generate(seed)
    rows = {}
    for r in recs:
        d = rows.setdefault(r['style'], {'family': r['family'], 'consistent': 0, 'inconsistent': 0, 'negative': 0, 'ex': None})
        d[r['label']] += 1
        if d['ex'] is None or (d['ex'][0] != 'inconsistent' and r['label'] == 'inconsistent'):
            d['ex'] = (r['label'], r['text'])
    out = ['| style | family | consistent | inconsistent | negative | example (label: text) |', '|---|---|---|---|---|---|']
    for s in STYLES:
        d = rows[s['name']]
        ex = d['ex'][1].replace('|', '¦').replace('\n', ' ⏎ ')
        if len(ex) > 160:
            ex = ex[:157] + '…'
        out.append('| %s | %s | %d | %d | %d | %s: %s |' % (s['name'], d['family'], d['consistent'], d['inconsistent'], d['negative'], d['ex'][0], ex))
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', action='store_true')
    a = ap.parse_args(argv)
    if a.verify:
        sys.exit(0 if verify_files(a.verify) else 1)
    if a.style_table:
        print(style_table(a.seed))
        return
    if not a.out:
        ap.error('--out FILE is required for generation')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
