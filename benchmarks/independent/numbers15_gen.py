#!/usr/bin/env python3.11
"""numbers15_gen.py -- held-out test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes and parts, differences, changes, counts of listed items, products, averages)
and `pct` (rates, growth, percentage points, shares, malformed percentages).

Usage:
    python3 numbers15_gen.py --seed 11 --out numbers15_seed11.jsonl
    python3 numbers15_gen.py --verify numbers15_seed11.jsonl numbers15_seed12.jsonl
    python3 numbers15_gen.py --style-table numbers15_seed11.jsonl

Standard library only, deterministic per seed (all randomness comes from random.Random instances seeded
from sha256 of seed and style name; no set/dict-order or hash() dependence).
"""
import argparse
import hashlib
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as F

# ---------------------------------------------------------------------------------------------------
# number formatting (generator side)
# ---------------------------------------------------------------------------------------------------
TO_FW = str.maketrans('0123456789', '０１２３４５６７８９')
CN_DIG = '零一二三四五六七八九'


def dec_str(v, dec):
    q = F(v) * (10 ** dec)
    if q.denominator != 1:
        raise ValueError('value %s not exact at %d decimals' % (v, dec))
    q = int(q)
    sign = '-' if q < 0 else ''
    s = str(abs(q))
    if dec:
        s = s.rjust(dec + 1, '0')
        s = s[:-dec] + '.' + s[-dec:]
    return sign + s


def strip_dec(v, maxdec=4):
    """shortest exact decimal representation"""
    for d in range(0, maxdec + 1):
        if (F(v) * 10 ** d).denominator == 1:
            return dec_str(v, d)
    raise ValueError('not representable: %s' % v)


def group3(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def to_cn(n, liang=False):
    n = int(n)
    if n == 0:
        return '零'
    assert 0 < n < 10 ** 8

    def sec(x, top):
        res = ''
        zero = False
        for u, un in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d = x // u % 10
            if d == 0:
                if res:
                    zero = True
                continue
            if zero:
                res += '零'
                zero = False
            dc = CN_DIG[d]
            if liang and d == 2 and u in (1000, 100) and not res:
                dc = '两'
            res += dc + un
        return res

    hi, lo = divmod(n, 10000)
    if hi:
        hs = sec(hi, True)
        if liang and hi == 2:
            hs = '两'
        s = hs + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += sec(lo, False)
    else:
        s = sec(lo, True)
    if s.startswith('一十'):
        s = s[1:]
    return s


def fmt_num(v, mode='a', dec=0):
    v = F(v)
    if mode == 'a':
        return dec_str(v, dec)
    if mode == 'fw':
        return dec_str(v, dec).translate(TO_FW)
    if mode == 'fw2':  # full-width digits and full-width decimal point
        return dec_str(v, dec).translate(TO_FW).replace('.', '．')
    if mode in ('th', 'thc', 'ths', 'thfw'):
        s = dec_str(v, dec)
        ip, _, fp = s.partition('.')
        sep = {'th': ',', 'thc': '，', 'ths': ' ', 'thfw': '，'}[mode]
        ip = group3(ip, sep)
        s = ip + ('.' + fp if fp else '')
        if mode == 'thfw':
            s = s.translate(TO_FW)
        return s
    if mode == 'cn':
        assert v.denominator == 1
        return to_cn(int(v))
    if mode == 'cnl':
        assert v.denominator == 1
        return to_cn(int(v), liang=True)
    if mode == 'wan':  # value in base units, printed in 万 with the minimal decimals
        return strip_dec(v / 10000) + '万'
    if mode == 'yi':
        return strip_dec(v / 10 ** 8) + '亿'
    if mode == 'min':  # minimal decimals
        return strip_dec(v)
    if mode == 'sg':  # explicit sign
        return ('+' if v > 0 else '-') + dec_str(abs(v), dec)
    raise ValueError(mode)


def rhu(x, dec):
    """round half up a Fraction to dec decimals, returning a Fraction"""
    x = F(x)
    q = x * 10 ** dec
    fl = q.numerator // q.denominator
    r = q - fl
    if r >= F(1, 2):
        fl += 1
    return F(fl, 10 ** dec)


def near_tie(x, dec, eps=F(3, 100)):
    q = F(x) * 10 ** dec
    r = q - (q.numerator // q.denominator)
    return abs(r - F(1, 2)) < eps


# ---------------------------------------------------------------------------------------------------
# number parsing (verifier side; written independently of the formatter above)
# ---------------------------------------------------------------------------------------------------
FW_BACK = str.maketrans('０１２３４５６７８９．', '0123456789.')
CN_VAL = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
          '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def cn_to_int(s):
    if not s or any(ch not in CN_VAL and ch not in CN_UNIT and ch not in '万亿' for ch in s):
        raise ValueError('not a Chinese numeral: %r' % s)
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
            section += num
            total += section * 10000
            section = 0
            num = 0
        elif ch == '亿':
            section += num
            total = (total + section) * 10 ** 8
            section = 0
            num = 0
    return total + section + num


def parse_num(raw):
    s = raw.translate(FW_BACK)
    mult = 1
    if s[:1] in ('-', '−', '－', '+', '＋'):
        sg = -1 if s[0] in '-−－' else 1
        return sg * parse_num(s[1:])
    if s.endswith('万') and re.search(r'\d', s):
        mult, s = 10 ** 4, s[:-1]
    elif s.endswith('亿') and re.search(r'\d', s):
        mult, s = 10 ** 8, s[:-1]
    m = re.fullmatch(r'(\d{1,3}(?:([,，\u0020])\d{3})(?:\2\d{3})*|\d+)(\.\d+)?', s)
    if m:
        ip = re.sub(r'[,，\u0020]', '', m.group(1))
        return F(Decimal(ip + (m.group(3) or ''))) * mult
    return F(cn_to_int(s))


PCT_OK = re.compile(r'([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]')


def parse_pct(raw):
    """returns (value, decimals) of a well-formed percentage, or None"""
    if raw.startswith('百分之'):
        body = raw[3:]
        if re.search(r'[0-9０-９%％]', body):
            return None
        if '点' in body:
            a, b = body.split('点', 1)
            ival = cn_to_int(a)
            digs = ''.join(str(CN_VAL[c]) for c in b)
            return F(Decimal('%d.%s' % (ival, digs))), len(digs)
        return F(cn_to_int(body)), 0
    m = PCT_OK.fullmatch(raw)
    if not m:
        return None
    s = m.group(1).translate(FW_BACK)
    d = len(s.split('.')[1]) if '.' in s else 0
    return F(Decimal(s)), d


def malformed_pcts(text):
    """independent scan of a whole document for malformed percentages"""
    bad = []
    for m in re.finditer(r'[%％]', text):
        i = m.start()
        prev = text[i - 1] if i else ''
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if not re.match(r'[0-9０-９]', prev):
            bad.append(('no-digit-before', i))
            continue
        if nxt and nxt in '%％':
            bad.append(('doubled', i))
            continue
        if re.match(r'[ \u3000]*[0-9０-９]', text[i + 1:i + 3]):
            bad.append(('digit-after', i))
            continue
        j = i
        while j > 0 and re.match(r'[0-9０-９.．]', text[j - 1]):
            j -= 1
        body = text[j:i]
        if body.count('.') + body.count('．') > 1 or body[-1] in '.．' or body[0] in '.．':
            bad.append(('bad-decimal', i))
            continue
        if text[max(0, j - 3):j] == '百分之':
            bad.append(('baifenzhi-plus-sign', i))
            continue
        if j > 0 and re.match(r'[xX×＊*]', text[j - 1]):
            bad.append(('placeholder', i))
            continue
    for m in re.finditer(r'[xX×]+(?:[.．][xX]+)?[%％]', text):
        bad.append(('placeholder', m.start()))
    for m in re.finditer(r'[0-9０-９][\u0020\u3000\u00a0]+[%％]', text):
        bad.append(('space-before-sign', m.start()))
    return bad


# ---------------------------------------------------------------------------------------------------
# record builder
# ---------------------------------------------------------------------------------------------------
class Tok:
    __slots__ = ('i', 'raw', 'v', 'kind', 'at')

    def __init__(self, i, raw, v, kind):
        self.i, self.raw, self.v, self.kind = i, raw, v, kind

    def __str__(self):
        return '\x01%d\x02%s\x03' % (self.i, self.raw)

    __format__ = lambda self, spec: str(self)


class Rec:
    def __init__(self, rng):
        self.rng = rng
        self.toks = []
        self.checks = []
        self.why = ''
        self.sector = 'gov'

    def _tok(self, raw, v, kind):
        t = Tok(len(self.toks), raw, v, kind)
        self.toks.append(t)
        return t

    def n(self, v, mode='a', dec=0):
        return self._tok(fmt_num(v, mode, dec), F(v), 'num')

    def p(self, v, dec=1, mode='a', sign='%', raw=None):
        """a percentage token; raw overrides the rendering (malformed forms)"""
        if raw is None:
            raw = fmt_num(v, mode, dec) + sign
        return self._tok(raw, F(v), 'pct')

    def item(self, text):
        return self._tok(text, None, 'item')

    def check(self, rel, **kw):
        kw['rel'] = rel
        self.checks.append(kw)

    # relation shorthands
    def c_sum(self, total, parts):
        self.check('sum', total=total, parts=list(parts))


TOKRE = re.compile('\x01(\\d+)\x02(.*?)\x03', re.S)


def finish_text(b, lines):
    raw = '\n'.join(l for l in lines if l)
    out = []
    pos = 0
    last = 0
    for t in b.toks:
        t.at = None
    for m in TOKRE.finditer(raw):
        out.append(raw[last:m.start()])
        pos += m.start() - last
        t = b.toks[int(m.group(1))]
        if t.at is not None:
            raise ValueError('token used twice: %r' % t.raw)
        t.at = pos
        out.append(m.group(2))
        pos += len(m.group(2))
        last = m.end()
    out.append(raw[last:])
    return ''.join(out)


# ---------------------------------------------------------------------------------------------------
# relation evaluation (used by the generator on its own values and by the verifier on parsed raws)
# ---------------------------------------------------------------------------------------------------
def val(x):
    return parse_num(x['raw'])


def pct_of(x):
    r = parse_pct(x['raw'])
    if r is None:
        raise ValueError('malformed percentage in a numeric check: %r' % x['raw'])
    return r


def evaluate(c, text):
    """recompute one check from the raw strings found in the text; returns (ok, detail)"""
    rel = c['rel']
    if rel == 'sum':
        parts = [val(x) for x in c['parts']]
        tot = val(c['total'])
        return sum(parts) == tot, '%s = %s vs stated %s' % ('+'.join(strip_dec(p, 6) for p in parts),
                                                             strip_dec(sum(parts), 6), strip_dec(tot, 6))
    if rel == 'signed':
        s = sum(sg * val(x) for sg, x in zip(c['signs'], c['terms']))
        r = val(c['result'])
        return s == r, 'signed sum %s vs stated %s' % (strip_dec(s, 6), strip_dec(r, 6))
    if rel == 'diff':
        a, b_, r = val(c['a']), val(c['b']), val(c['c'])
        return a - b_ == r, '%s - %s = %s vs stated %s' % (strip_dec(a, 6), strip_dec(b_, 6),
                                                          strip_dec(a - b_, 6), strip_dec(r, 6))
    if rel == 'product':
        a, b_, r = val(c['a']), val(c['b']), val(c['c'])
        k = F(c.get('scale', 1))
        return a * b_ == r * k, '%s x %s = %s vs stated %s x %s' % (
            strip_dec(a, 6), strip_dec(b_, 6), strip_dec(a * b_, 6), strip_dec(r, 6), k)
    if rel == 'ratio':  # a / b (times scale) rounded to the decimals of c
        a, b_, r = val(c['a']), val(c['b']), val(c['c'])
        k = F(c.get('scale', 1))
        d = len(c['c']['raw'].translate(FW_BACK).split('.')[1]) if '.' in c['c']['raw'].translate(FW_BACK) else 0
        true = a / b_ * k
        return rhu(true, d) == r, '%s / %s = %s vs stated %s' % (strip_dec(a, 6), strip_dec(b_, 6),
                                                                float(true), strip_dec(r, 6))
    if rel == 'count':
        n = val(c['stated'])
        k = len(c['items'])
        return n == k, '%d items listed vs stated %s' % (k, strip_dec(n))
    if rel in ('rate', 'margin'):
        parts = c['part'] if isinstance(c['part'], list) else [c['part']]
        num = sum(val(x) for x in parts)
        den = val(c['whole'])
        if rel == 'margin':
            num = den - num  # (revenue - cost) / revenue
        pv, d = pct_of(c['pct'])
        true = num / den * 100
        return rhu(true, d) == pv, '%s / %s = %.4f%% vs stated %s' % (strip_dec(num, 6), strip_dec(den, 6),
                                                                     float(true), c['pct']['raw'])
    if rel == 'growth':
        o, nw = val(c['old']), val(c['new'])
        pv, d = pct_of(c['pct'])
        true = (nw - o) / o * 100
        if c.get('dir') == 'down':
            true = -true
        return rhu(true, d) == pv, '(%s -> %s) %s %.4f%% vs stated %s' % (
            strip_dec(o, 6), strip_dec(nw, 6), c.get('dir', 'up'), float(true), c['pct']['raw'])
    if rel == 'growth_inc':  # increase / (new - increase)
        nw, inc = val(c['new']), val(c['inc'])
        pv, d = pct_of(c['pct'])
        true = inc / (nw - inc) * 100
        return rhu(true, d) == pv, 'increase %s on base %s = %.4f%% vs stated %s' % (
            strip_dec(inc, 6), strip_dec(nw - inc, 6), float(true), c['pct']['raw'])
    if rel == 'times':
        o, nw = val(c['old']), val(c['new'])
        t = val(c['times'])
        d = len(c['times']['raw'].split('.')[1]) if '.' in c['times']['raw'] else 0
        true = (nw - o) / o
        if c.get('mode') == 'is':  # "是上年的N倍"
            true = nw / o
        return rhu(true, d) == t, 'times %.4f vs stated %s' % (float(true), c['times']['raw'])
    if rel == 'pp':
        o, _ = pct_of(c['old'])
        nw, _ = pct_of(c['new'])
        ppv = val(c['pp'])
        diff = nw - o if c.get('dir', 'up') == 'up' else o - nw
        return diff == ppv, '%s -> %s: %s points vs stated %s' % (c['old']['raw'], c['new']['raw'],
                                                                   strip_dec(diff, 6), c['pp']['raw'])
    if rel == 'share_le100':
        s = sum(pct_of(x)[0] for x in c['shares'])
        return s <= 100, 'shares of one whole sum to %s%%' % strip_dec(s, 6)
    if rel == 'share_eq100':
        vals = [pct_of(x)[0] if x['raw'][-1] in '%％' else val(x) for x in c['shares']]
        s = sum(vals)
        return s == 100, 'exhaustive shares sum to %s' % strip_dec(s, 6)
    if rel == 'pct_format':
        ok = parse_pct(c['pct']['raw']) is not None
        return ok, 'percentage %r is %s' % (c['pct']['raw'], 'well-formed' if ok else 'MALFORMED')
    if rel == 'lookalike':
        return True, 'look-alike (%s), not a checkable relation' % c['kind']
    raise ValueError('unknown rel ' + rel)


REL_WORDS = {
    'sum': 'parts add up to the stated whole', 'signed': 'opening + additions - removals = closing',
    'diff': 'difference of two stated values', 'product': 'unit amount x count = stated total',
    'ratio': 'stated average/ratio', 'count': 'number of listed items = stated count',
    'rate': 'rate = part / whole', 'margin': 'margin = (revenue - cost) / revenue',
    'growth': 'growth rate from two stated values', 'growth_inc': 'growth rate from balance and increase', 'times': 'multiple from two stated values',
    'pp': 'percentage-point change between two stated rates',
    'share_le100': 'shares of one whole cannot exceed 100%', 'share_eq100': 'exhaustive shares total 100%',
    'pct_format': 'percentage must be well-formed', 'lookalike': 'look-alike',
}


# ---------------------------------------------------------------------------------------------------
# vocabulary and context (all names invented)
# ---------------------------------------------------------------------------------------------------
COUNTIES = ['青岚县', '云溪县', '桐川县', '北岭区', '临江区', '鹤鸣区', '安澜县', '溪口县', '柳湾区', '南屏县',
            '望川市', '丰原市', '清河湾区', '松阳县', '石梁县', '白鹭洲区', '金坪县', '长汀湾区']
TOWNS = ['云溪镇', '桐湾街道', '石泉镇', '兴隆街道', '枫林乡', '白沙镇', '河口街道', '长塘镇', '青石乡', '东湖街道',
         '杏坛镇', '凤岗街道', '梅坑乡', '双桥镇']
VILLAGES = ['石泉村', '柳塘村', '上坪村', '新桥村', '杨家湾村', '马鞍山村', '桃源社区', '金水社区', '西岗村',
            '下洋村', '竹林坪村', '鲤鱼塘村']
COMPANIES = ['华澄科技股份有限公司', '岳丰食品有限公司', '恒祥新材料股份有限公司', '瑞川物流集团有限公司',
             '北辰电气股份有限公司', '沐阳纺织有限公司', '嘉禾农业发展有限公司', '远拓智能装备有限公司',
             '青屿港务股份有限公司', '泓源水务集团有限公司']
UNIS = ['江岚大学', '临川理工学院', '南屏师范学院', '云溪职业技术学院', '北岭医科大学']
HOSPS = ['县人民医院', '市第二人民医院', '县中医院', '妇幼保健院', '中心医院']
VNAMES = ['上坪', '下洋', '柳塘', '新桥', '石泉', '杨湾', '竹坪', '鲤塘', '西岗', '马鞍', '桃源', '金水', '枫岭',
          '樟树', '白果', '龙井', '河西', '东坑']
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]

OPEN = {
    'gov': ['{year}年，{county}坚持稳中求进工作总基调，统筹推进各项工作。',
            '今年以来，在县委、县政府的正确领导下，{town}各项工作稳步推进，现将有关情况报告如下。',
            '{year}年是全面落实发展规划的重要一年，{county}上下齐心协力，较好完成了年度目标任务。',
            '一、{year}年工作回顾',
            '（二）聚焦民生实事，提升群众获得感'],
    'court': ['{year}年，{county}人民法院坚持公正与效率主题，审判执行工作稳步推进。',
              '一、依法履行审判职责，服务保障大局'],
    'proc': ['{year}年，{county}人民检察院依法全面履行法律监督职责。', '（一）依法惩治犯罪，维护社会安全稳定'],
    'hosp': ['{year}年，{county}{hosp}围绕“以病人为中心”，持续改善医疗服务。', '二、医疗业务工作情况'],
    'school': ['{year}学年，学校坚持立德树人根本任务，教育教学质量稳步提升。', '（三）办学规模与结构'],
    'univ': ['{uni}{year}年本科教学质量报告（摘要）', '二、学生规模与结构'],
    'corp': ['{company}{year}年年度报告摘要', '第三节 管理层讨论与分析', '报告期内，公司坚持主业，经营总体平稳。'],
    'village': ['{village}{year}年度村务公开', '{year}年，{village}两委班子带领群众扎实推进乡村振兴。'],
    'stat': ['{county}{year}年国民经济和社会发展统计公报', '一、综合', '注：本公报部分数据为初步统计数。'],
    'customs': ['{year}年{county}外贸运行情况', '据海关统计，全年外贸运行总体平稳。'],
    'audit': ['关于{county}{year}年度本级预算执行和其他财政收支的审计工作报告（摘要）', '一、本级预算执行审计情况'],
    'env': ['{year}年，{county}生态环境分局持续加大执法监管力度。', '三、生态环境执法监管'],
    'police': ['{year}年，{county}公安局坚持打防并举，社会治安形势持续向好。', '（一）打击违法犯罪'],
    'budget': ['关于{county}{year}年预算执行情况和{year1}年预算草案的报告', '（一）一般公共预算执行情况'],
    'elect': ['{town}第{ordinal}届人民代表大会第一次会议选举情况报告', '大会选举结果如下。'],
    'survey': ['{county}{year}年度政务服务满意度调查报告', '一、调查基本情况'],
}
MID = ['召开专题推进会{n1}次，开展督导检查{n2}轮。', '组织业务培训{n1}期。', '印发工作方案{n1}个。',
       '收集意见建议{n1}条，均已答复。', '接受媒体采访{n1}次。', '编发工作简报{n1}期。']
CLOSE = ['下一步，将持续巩固工作成效，推动各项任务落地见效。',
         '上述数据均截至{year}年12月31日。',
         '下一步，我们将查找短板，压实责任，确保年度任务全面完成。',
         '（数据来源：{county}统计局）',
         '存在的主要问题是基层力量仍较薄弱，部分工作进展不够平衡。',
         '二、存在的问题和不足',
         '此项工作已列入{year1}年重点工作清单。']
ORD = ['十一', '十二', '十三', '十七', '十八']


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def fill_ctx(s, rng, year, county=None):
    return s.format(year=year, year1=year + 1, county=county or pick(rng, COUNTIES), town=pick(rng, TOWNS),
                    village=pick(rng, VILLAGES), company=pick(rng, COMPANIES), uni=pick(rng, UNIS),
                    hosp=pick(rng, HOSPS), ordinal=pick(rng, ORD),
                    n1=rng.randint(2, 12), n2=rng.randint(2, 6))


def join_cn(items, rng, last=None):
    items = [str(x) for x in items]
    if len(items) == 1:
        return items[0]
    if last is None:
        last = pick(rng, ['、', '、', '和', '及'])
    return '、'.join(items[:-1]) + last + items[-1]


def rand_parts(rng, k, lo, hi, dec=0, distinct=True):
    for _ in range(100):
        if dec:
            xs = [F(rng.randint(int(lo * 10 ** dec), int(hi * 10 ** dec)), 10 ** dec) for _ in range(k)]
        else:
            xs = [F(rng.randint(lo, hi)) for _ in range(k)]
        if not distinct or len(set(xs)) == k:
            return xs
    return xs


def perturb(rng, v, dec=0, minv=None, maxv=None, cn_safe=False):
    """return a plausible wrong value (typo, transposition, small slip) different from v"""
    v = F(v)
    unit = F(1, 10 ** dec)
    for _ in range(200):
        k = rng.random()
        s = dec_str(v, dec).replace('.', '')
        if k < 0.25 and len(s) >= 2:
            i = rng.randrange(len(s) - 1)
            if s[i] == s[i + 1]:
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] == '0':
                continue
            nv = F(int(t), 10 ** dec)
        elif k < 0.7:
            nv = v + unit * rng.choice([-1, 1]) * rng.randint(1, 9)
        elif k < 0.9:
            mag = max(unit, (v / 10) // unit * unit)
            nv = v + rng.choice([-1, 1]) * mag * rng.randint(1, 3) if mag > unit else v + unit * rng.randint(10, 30)
        else:
            nv = v + unit * rng.choice([-1, 1]) * rng.randint(10, 40)
        if nv <= 0 or nv == v:
            continue
        if minv is not None and nv < minv:
            continue
        if maxv is not None and nv > maxv:
            continue
        if (nv * 10 ** dec).denominator != 1:
            continue
        return nv
    return v + unit * 3


def good_pct(true, dec):
    """stated value for a consistent rate, or None when the true value is too close to a rounding tie"""
    if near_tie(true, dec):
        return None
    return rhu(true, dec)


def bad_pct(rng, true, dec, cap=None, floor=F(0)):
    """a stated value clearly wrong: off by at least max(0.6, 2 units of the last decimal) from the true value,
    so that neither rounding nor truncation could explain it"""
    unit = F(1, 10 ** dec)
    margin = max(F(6, 10), 2 * unit)
    base = rhu(true, dec)
    for _ in range(300):
        r = rng.random()
        if r < 0.3:  # transposed digits
            s = dec_str(base, dec).replace('.', '')
            if len(s) < 2:
                continue
            i = rng.randrange(len(s) - 1)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] == '0' and len(t) > dec + 1:
                continue
            nv = F(int(t), 10 ** dec)
        elif r < 0.75:
            nv = base + rng.choice([-1, 1]) * unit * rng.randint(int(margin / unit), int(margin / unit) * 4 + 3)
        else:
            nv = base + rng.choice([-1, 1]) * rng.randint(1, 12) + (unit * rng.randint(0, 9) if dec else 0)
        nv = rhu(nv, dec)
        if abs(nv - true) < margin:
            continue
        if cap is not None and nv > cap:
            continue
        if nv <= floor:
            continue
        return nv
    raise RuntimeError('bad_pct failed for %s' % true)


def mk_rate(rng, lo_rate, hi_rate, wlo, whi, dec, bad, cap=100, wdec=0):
    """choose whole and part so that part/whole is within [lo_rate, hi_rate]; returns whole, part, stated pct"""
    for _ in range(500):
        if wdec:
            w = F(rng.randint(int(wlo * 10 ** wdec), int(whi * 10 ** wdec)), 10 ** wdec)
            r = F(rng.randint(int(round(lo_rate * 10000)), int(round(hi_rate * 10000))), 10000)
            p = rhu(w * r, wdec)
        else:
            w = F(rng.randint(wlo, whi))
            p = F(round(w * rng.uniform(lo_rate, hi_rate)))
        if p <= 0 or p > w:
            continue
        true = p / w * 100
        if bad:
            try:
                return w, p, bad_pct(rng, true, dec, cap=cap)
            except RuntimeError:
                continue
        g = good_pct(true, dec)
        if g is not None and g > 0:
            return w, p, g
    raise RuntimeError('mk_rate failed')


# ---------------------------------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------------------------------
STYLES = []  # (name, family, kind, fn) ; kind 'check' -> consistent/inconsistent, 'neg' -> negative


def S(name, fam, kind='check'):
    def deco(fn):
        STYLES.append((name, fam, kind, fn))
        return fn
    return deco


def lead(rng, year):
    return pick(rng, ['全年', '今年以来，', '报告期内，', '截至%d年底，' % year, '%d年，' % year, '', '1—12月，'])


def sum_values(rng, k, lo, hi, dec, bad, total_bias=0.4, **kw):
    parts = rand_parts(rng, k, lo, hi, dec)
    total = sum(parts)
    if bad:
        if rng.random() < total_bias:
            total = perturb(rng, total, dec)
        else:
            i = rng.randrange(k)
            parts[i] = perturb(rng, parts[i], dec)
    return parts, total


# ---- totals: whole-and-parts factory ---------------------------------------------------------------
SUM_DOMS = {
    'env': dict(sector='env', vp='查处环境违法案件', np='环境违法案件', u='起', lo=3, hi=45, k=(3, 5),
                cats=['水污染', '大气污染', '噪声污染', '固体废物', '土壤污染', '危险废物']),
    'petition': dict(sector='gov', vp='受理群众信访事项', np='信访事项', u='件', lo=6, hi=260, k=(3, 4),
                     cats=['来信', '来访', '网上信访', '12345热线转办']),
    'court': dict(sector='court', vp='受理各类案件', np='各类案件', u='件', lo=120, hi=4800, k=(3, 4),
                  cats=['刑事案件', '民事案件', '行政案件', '执行案件']),
    'mediate': dict(sector='gov', vp='调处矛盾纠纷', np='矛盾纠纷', u='宗', lo=4, hi=70, k=(3, 5),
                    cats=['邻里纠纷', '婚姻家庭纠纷', '土地山林纠纷', '劳资纠纷', '交通事故纠纷', '物业纠纷']),
    'market': dict(sector='gov', vp='新登记市场主体', np='市场主体', u='户', lo=40, hi=3600, k=(3, 3),
                   cats=['企业', '个体工商户', '农民专业合作社']),
    'police': dict(sector='police', vp='接报各类警情', np='警情', u='起', lo=60, hi=2600, k=(4, 4),
                   cats=['刑事警情', '治安警情', '交通警情', '群众求助']),
    'afforest': dict(sector='gov', vp='完成营造林', np='营造林面积', u='亩', lo=120, hi=5200, k=(3, 4),
                     cats=['人工造林', '封山育林', '退化林修复', '森林抚育']),
    'funds': dict(sector='gov', vp='争取上级补助资金', np='补助资金', u='万元', lo=50, hi=4800, k=(3, 3), dec=2,
                  cats=['中央资金', '省级资金', '市级资金']),
    'fire': dict(sector='gov', vp='接报火灾', np='火灾', u='起', lo=2, hi=48, k=(3, 4),
                 cats=['居民住宅', '交通工具', '生产企业', '垃圾杂物', '电动自行车']),
    'surgery': dict(sector='hosp', vp='完成各类手术', np='手术', u='台次', lo=150, hi=6800, k=(4, 4),
                    cats=['四级手术', '三级手术', '二级手术', '一级手术']),
    'roads': dict(sector='gov', vp='新建改建农村公路', np='农村公路', u='公里', lo=3, hi=95, k=(3, 3), dec=1,
                  cats=['县道', '乡道', '村道']),
    'grain': dict(sector='stat', vp='完成粮食播种', np='粮食播种面积', u='万亩', lo=1, hi=60, k=(3, 4), dec=2,
                  cats=['稻谷', '玉米', '大豆', '薯类']),
    'tax': dict(sector='budget', vp='完成税收收入', np='税收收入', u='万元', lo=300, hi=52000, k=(4, 4), dec=1,
                cats=['增值税', '企业所得税', '个人所得税', '其他税种']),
    'skills': dict(sector='gov', vp='开展职业技能培训', np='技能培训', u='人次', lo=30, hi=900, k=(3, 5),
                   cats=['电工', '焊工', '家政服务', '电子商务', '中式烹调', '养老护理']),
    'recruit': dict(sector='gov', vp='公开招聘事业单位工作人员', np='招聘人员', u='名', lo=3, hi=85, k=(3, 4),
                    cats=['教师', '医护人员', '农技人员', '社区工作者']),
    'customs': dict(sector='customs', vp='查获走私违规案件', np='走私违规案件', u='起', lo=2, hi=60, k=(3, 4),
                    cats=['濒危物种', '冻品', '成品油', '侵权商品', '香烟']),
    'graduates': dict(sector='univ', vp='毕业生', np='毕业生', u='人', lo=60, hi=5200, k=(3, 4),
                      cats=['博士研究生', '硕士研究生', '本科生', '专科生']),
    'housing': dict(sector='gov', vp='实施城镇老旧小区改造，惠及居民', np='改造惠及居民', u='户', lo=80, hi=1900,
                    k=(3, 5), cats=['桂花苑小区', '红旗新村', '粮站宿舍', '纺织厂生活区', '南门小区', '水利局家属院']),
    'proc': dict(sector='proc', vp='办理各类案件', np='案件', u='件', lo=15, hi=900, k=(3, 4),
                 cats=['审查逮捕', '审查起诉', '民事行政检察', '公益诉讼']),
    'library': dict(sector='gov', vp='新增馆藏文献', np='馆藏文献', u='册', lo=300, hi=26000, k=(3, 3),
                    cats=['纸质图书', '期刊合订本', '地方文献']),
}


def item_nb(c, t, u):
    return '%s%s%s' % (c, t, u)


def rend_sum(kind, b, rng, d, cats, pts, tt, year):
    u, vp, np_ = d['u'], d['vp'], d['np']
    gong = pick(rng, ['共', '共', '累计', '']) if not vp.startswith('毕业') else ''
    ld = lead(rng, year) if not vp.startswith('毕业') else '%d届' % year
    items = [item_nb(c, t, u) for c, t in zip(cats, pts)]
    if kind == 'qz':
        return ['%s%s%s%s%s，其中%s。' % (ld, gong, vp, tt, u, '、'.join(items))]
    if kind == 'bk':
        return ['%s%s%s%s%s，包括%s。' % (ld, gong, vp, tt, u, '，'.join(items))]
    if kind == 'fb':
        nums = ['%s%s' % (t, u) for t in pts]
        return ['%s%s%s%s%s，其中%s分别为%s。' % (ld, gong, vp, tt, u, '、'.join(cats), join_cn(nums, rng, '和'))]
    if kind == 'after':
        w = pick(rng, ['合计', '共计', '总计'])
        return ['%s%s情况：%s，以上%s%s%s%s。' % (ld, np_, '，'.join(items), np_, w, tt, u)]
    if kind == 'colon':
        return ['%s%s%s%s%s。其中：%s。' % (ld, gong, vp, tt, u, '；'.join(items))]
    if kind == 'lines':
        out = ['%s%s%s%s%s，分类情况如下：' % (ld, gong, vp, tt, u)]
        for i, it in enumerate(zip(cats, pts)):
            out.append('%d. %s：%s%s；' % (i + 1, it[0], it[1], u))
        out[-1] = out[-1][:-1] + '。'
        return out
    if kind == 'circle':
        circ = '①②③④⑤⑥'
        return ['%s%s%s%s%s：%s。' % (ld, gong, vp, tt, u, '；'.join(circ[i] + it for i, it in enumerate(items)))]
    if kind == 'paren':
        return ['%s%s%s%s%s（%s）。' % (ld, gong, vp, tt, u, '，'.join(items))]
    if kind == 'numfirst':
        return ['%s%s%s%s%s，其中%s。' % (ld, gong, vp, tt, u,
                                        '，'.join('%s%s属于%s' % (t, u, c) for c, t in zip(cats, pts)))]
    if kind == 'table':
        out = ['表%d  %s分类统计（单位：%s）' % (rng.randint(1, 6), np_, u), '类别　　数量']
        for c, t in zip(cats, pts):
            out.append('%s　　%s' % (c, t))
        out.append('合计　　%s' % tt)
        return out
    if kind == 'yishi':
        xu = ['一是', '二是', '三是', '四是', '五是', '六是']
        return ['%s%s%s%s%s。%s。' % (ld, gong, vp, tt, u, '；'.join(xu[i] + it for i, it in enumerate(items)))]
    if kind == 'after2':
        return ['%s。' % '、'.join(items), '以上%s共计%s%s。' % (np_, tt, u)]
    if kind == 'you':
        segs = ['%s有%s%s' % (c, t, u) for c, t in zip(cats[:-1], pts[:-1])]
        segs.append('其余%s%s为%s' % (pts[-1], u, cats[-1]))
        return ['%s%s%s%s%s，%s。' % (ld, gong, vp, tt, u, '，'.join(segs))]
    raise ValueError(kind)


def make_sum_style(dkey, kind, mode):
    d = SUM_DOMS[dkey]

    def fn(b, rng, bad):
        b.sector = d['sector']
        year = pick(rng, YEARS)
        k = rng.randint(*d['k'])
        k = min(k, len(d['cats']))
        sel = rng.sample(d['cats'], k)
        cats = [c for c in d['cats'] if c in sel]
        dec = d.get('dec', 0)
        lo, hi = d['lo'], d['hi']
        if mode in ('cn', 'cnl'):
            hi = min(hi, 99)
            lo = min(lo, hi // 4)
        if mode in ('th', 'thc', 'ths', 'thfw'):
            lo = max(lo, 1000 // k)
            hi = max(hi, 2500)
        parts, total = sum_values(rng, len(cats), lo, hi, dec, bad)
        # parts in the user-chosen mode; totals use the same mode, tables keep plain digits for cells
        pts = [b.n(p, mode, dec) for p in parts]
        tt = b.n(total, mode, dec)
        b.c_sum(tt, pts)
        b.why = 'listed parts must add up to the stated whole'
        return rend_sum(kind, b, rng, d, cats, pts, tt, year)
    return fn


SUM_COMBOS = [
    ('env', 'qz', 'a'), ('env', 'fb', 'cn'), ('petition', 'bk', 'a'), ('petition', 'after', 'fw'),
    ('court', 'colon', 'th'), ('court', 'table', 'a'), ('mediate', 'circle', 'a'), ('mediate', 'yishi', 'cn'),
    ('market', 'fb', 'th'), ('market', 'paren', 'fw'), ('police', 'lines', 'a'), ('police', 'numfirst', 'ths'),
    ('afforest', 'qz', 'a'), ('afforest', 'after2', 'thc'), ('funds', 'colon', 'a'), ('funds', 'table', 'a'),
    ('fire', 'you', 'a'), ('fire', 'paren', 'cn'), ('surgery', 'fb', 'a'), ('surgery', 'lines', 'th'),
    ('roads', 'bk', 'a'), ('grain', 'qz', 'fw'), ('tax', 'after', 'th'), ('skills', 'circle', 'a'),
    ('recruit', 'numfirst', 'cnl'), ('customs', 'yishi', 'a'), ('graduates', 'fb', 'thfw'),
    ('housing', 'after2', 'a'), ('proc', 'colon', 'a'), ('library', 'you', 'th'),
]
for _dk, _kd, _md in SUM_COMBOS:
    S('sum_%s_%s_%s' % (_dk, _kd, _md), 'totals')(make_sum_style(_dk, _kd, _md))


# ---- totals: hand-written constructions ------------------------------------------------------------
def spoil(rng, vals, allowed, dec=0):
    """perturb exactly one value among the allowed indices (in place); returns the index"""
    i = pick(rng, allowed)
    vals[i] = perturb(rng, vals[i], dec)
    return i


@S('diff_income_expense_balance', 'totals')
def _t(b, rng, bad):
    b.sector = pick(rng, ['village', 'corp', 'budget'])
    inc = F(rng.randint(3000, 980000), 100)
    exp_ = F(rng.randint(1000, int(inc * 100) - 50), 100)
    v = [inc, exp_, inc - exp_]
    if bad:
        spoil(rng, v, [0, 2], 2)
    a, e, r = b.n(v[0], 'a', 2), b.n(v[1], 'a', 2), b.n(v[2], 'a', 2)
    who = pick(rng, ['村集体经济', '合作社', '单位', '工会经费'])
    b.check('diff', a=a, b=e, c=r)
    b.why = 'income minus expenditure must equal the stated balance'
    return [pick(rng, ['全年%s收入%s万元，支出%s万元，收支结余%s万元。',
                       '%s全年总收入%s万元；总支出%s万元；当年结余%s万元。']) % (who, a, e, r)]


CHG_SUBJ = [('全县养老机构床位', '张'), ('注册志愿者', '人'), ('家庭农场', '家'), ('规模以上工业企业', '家'),
            ('市级以上龙头企业', '家'), ('执业医师', '人'), ('城市公交线路', '条'), ('5G基站', '个'),
            ('村级集体经济收入超50万元的村', '个'), ('省级示范幼儿园', '所')]


@S('change_from_to_amount', 'totals')
def _t(b, rng, bad):
    subj, u = pick(rng, CHG_SUBJ)
    y = pick(rng, YEARS)
    a = F(rng.randint(8, 900))
    up = rng.random() < 0.7
    bnew = a + rng.randint(2, 300) if up else F(rng.randint(max(1, int(a) // 3), int(a) - 1)) if a > 2 else a + 5
    up = bnew > a
    c = abs(bnew - a)
    if bad:
        c = perturb(rng, c)
    ta, tb, tc = b.n(a), b.n(bnew), b.n(c)
    if up:
        b.check('diff', a=tb, b=ta, c=tc)
        t = pick(rng, ['%s由%d年的%s%s增加到%s%s，增加%s%s。', '%s从%d年的%s%s增至%s%s，净增%s%s。'])
    else:
        b.check('diff', a=ta, b=tb, c=tc)
        t = pick(rng, ['%s由%d年的%s%s减少到%s%s，减少%s%s。', '%s从%d年的%s%s压减至%s%s，压减%s%s。'])
    b.why = 'the stated change must equal the difference of the two stated values'
    return [t % (subj, y - 1, ta, u, tb, u, tc, u)]


@S('change_vs_last_year_direction', 'totals')
def _t(b, rng, bad):
    subj, u = pick(rng, CHG_SUBJ)
    y = pick(rng, YEARS)
    old = F(rng.randint(20, 900))
    new = old + rng.choice([-1, 1]) * rng.randint(3, int(old) // 3 + 3)
    if new <= 0:
        new = old + 7
    c = abs(new - old)
    word_up = new > old
    if bad:
        if rng.random() < 0.5:
            word_up = not word_up  # wrong direction
        else:
            c = perturb(rng, c)
    tn, to, tc = b.n(new), b.n(old), b.n(c)
    if word_up:
        b.check('signed', terms=[tn, to], signs=[1, -1], result=tc)
    else:
        b.check('signed', terms=[to, tn], signs=[1, -1], result=tc)
    verb = pick(rng, ['增加', '增长']) if word_up else pick(rng, ['减少', '下降'])
    b.why = 'change against the previous year, direction and size'
    return ['截至%d年底，%s达%s%s，较上年的%s%s%s%s%s。' % (y, subj, tn, u, to, u, verb, tc, u)]


@S('product_subsidy_per_household', 'totals')
def _t(b, rng, bad):
    b.sector = pick(rng, ['gov', 'village'])
    per = rng.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 6000])
    n = rng.randint(12, 2400)
    tot = F(per * n, 10000)
    vals = [F(per), F(n), tot]
    if bad:
        i = rng.choice([1, 2])
        vals[i] = perturb(rng, vals[i], 0 if i == 1 else len(strip_dec(tot).partition('.')[2]))
    dec = len(strip_dec(vals[2]).partition('.')[2])
    tp, tn, tt = b.n(vals[0]), b.n(vals[1]), b.n(vals[2], 'a', dec)
    b.check('product', a=tp, b=tn, c=tt, scale=10000)
    what = pick(rng, ['农村危房改造补助', '耕地地力保护补贴', '困难家庭取暖补贴', '独生子女奖励扶助金', '一次性创业补贴'])
    b.why = 'per-unit amount times count must equal the stated total (万元 = 10000 元)'
    return [pick(rng, ['按照每户%s元的标准，为%s户发放%s%s万元。',
                       '每户补助%s元，共惠及%s户，合计发放%s%s万元。']) % (tp, tn, what, tt)
            if True else '']


@S('ratio_per_capita_exact', 'totals')
def _t(b, rng, bad):
    avg = rng.randint(16, 100) * 50
    n = rng.randint(20, 1500)
    if (avg * n) % 100:
        n += 1
    tot = F(avg * n, 10000)
    a = F(avg)
    if bad:
        a = perturb(rng, a, 0, minv=a * F(3, 4))
        while abs(a - avg) < 20:
            a = perturb(rng, F(avg), 0)
    tt, tn, ta = b.n(tot, 'min'), b.n(n), b.n(a)
    b.check('ratio', a=tt, b=tn, c=ta, scale=10000)
    who = pick(rng, ['高龄津贴', '临时救助金', '残疾人两项补贴', '生态护林员补助'])
    b.why = 'stated average must equal total / count'
    return ['全年发放%s%s万元，惠及%s人，人均%s元。' % (who, tt, tn, ta)]


TASKS = ['抓党建促发展', '抓项目稳投资', '抓招商育产业', '抓民生补短板', '抓治理保稳定', '抓作风强队伍',
         '抓环境提品质', '抓改革激活力', '抓安全守底线']
XU = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是']


@S('count_numbered_tasks', 'totals')
def _t(b, rng, bad):
    k = rng.randint(3, 6)
    tasks = rng.sample(TASKS, k)
    stated = k
    if bad:
        stated = k + rng.choice([-1, 1])
    sn = b.n(stated, pick(rng, ['cn', 'cn', 'a']))
    items = [b.item(XU[i] + t) for i, t in enumerate(tasks)]
    b.check('count', stated=sn, items=items)
    b.why = 'the number of items announced must equal the items listed'
    body = '；'.join('%s，%s' % (it, pick(rng, ['成效明显', '稳步推进', '取得新进展', '亮点纷呈'])) for it in items)
    return ['%d年，%s重点抓好%s方面工作：%s。' % (pick(rng, YEARS), pick(rng, TOWNS), sn, body)]


@S('count_named_villages', 'totals')
def _t(b, rng, bad):
    k = rng.randint(3, 8)
    names = rng.sample(VNAMES, k)
    stated = k
    if bad:
        stated = k + rng.choice([-1, 1])
    sn = b.n(stated, pick(rng, ['a', 'cn']))
    items = [b.item(nm + '村') for nm in names]
    b.check('count', stated=sn, items=items)
    b.why = 'number of named villages must equal the stated count'
    return ['%s下辖%s个行政村，分别是%s。' % (pick(rng, TOWNS), sn, '、'.join(str(i) for i in items)),
            pick(rng, ['全镇户籍人口较为分散。', '各村均已建成党群服务中心。', ''])]


MEASURES = ['减免中小微企业房租', '延长社保缴费期限', '加大稳岗返还力度', '开辟审批绿色通道', '设立应急转贷资金',
            '落实首贷贴息政策', '降低用水用电成本', '优化纳税服务流程']


@S('count_circled_measures', 'totals')
def _t(b, rng, bad):
    k = rng.randint(3, 7)
    ms = rng.sample(MEASURES, k)
    stated = k + (rng.choice([-1, 1]) if bad else 0)
    sn = b.n(stated, 'cn')
    circ = '①②③④⑤⑥⑦⑧'
    items = [b.item(circ[i] + m) for i, m in enumerate(ms)]
    b.check('count', stated=sn, items=items)
    b.why = 'circled items must match the announced number of measures'
    return ['出台支持市场主体纾困发展%s条措施：%s。' % (sn, '；'.join(str(x) for x in items))]


@S('budget_two_level', 'totals')
def _t(b, rng, bad):
    b.sector = 'budget'
    a1, a2 = F(rng.randint(20000, 90000), 10), F(rng.randint(3000, 20000), 10)
    others = [F(rng.randint(5000, 80000), 10) for _ in range(4)]
    vals = [a1, a2] + others
    # values: a1,a2 leaves of education; others = health, social, agri, other
    edu = a1 + a2
    tot = edu + sum(others)
    top = [tot, edu]
    if bad:
        r = rng.random()
        if r < 0.4:
            spoil(rng, vals, [0, 1], 1)  # breaks only the education subtotal
        elif r < 0.8:
            spoil(rng, vals, [2, 3, 4, 5], 1)  # breaks only the grand total
        else:
            top[0] = perturb(rng, top[0], 1)
    T = b.n(top[0], 'a', 1)
    E = b.n(top[1], 'a', 1)
    L1, L2 = b.n(vals[0], 'a', 1), b.n(vals[1], 'a', 1)
    O = [b.n(x, 'a', 1) for x in vals[2:]]
    b.c_sum(T, [E] + O)
    b.c_sum(E, [L1, L2])
    b.why = 'two-level budget: categories add to the total, sub-items add to their category'
    return ['全县一般公共预算支出%s万元，主要项目是：' % T,
            '（1）教育支出%s万元，其中基础教育%s万元、职业教育%s万元；' % (E, L1, L2),
            '（2）卫生健康支出%s万元；' % O[0], '（3）社会保障和就业支出%s万元；' % O[1],
            '（4）农林水支出%s万元；' % O[2], '（5）其他各项支出%s万元。' % O[3]]


@S('table_units_with_total_row', 'totals')
def _t(b, rng, bad):
    k = rng.randint(3, 5)
    towns = rng.sample(TOWNS, k)
    what, u = pick(rng, [('农村改厕', '户'), ('签约家庭医生', '人'), ('发放消费券', '万元'), ('排查自建房', '栋')])
    parts, total = sum_values(rng, k, 20, 3000, 0, bad)
    pts = [b.n(p, pick(rng, ['a', 'th'])) for p in parts]
    tt = b.n(total, 'th')
    b.c_sum(tt, pts)
    b.why = 'table rows must add up to the total row'
    out = ['附表：各镇（街道）%s完成情况（单位：%s）' % (what, u), '序号  单位  完成数']
    for i, (t, p) in enumerate(zip(towns, pts)):
        out.append('%d  %s  %s' % (i + 1, t, p))
    out.append('合计  —  %s' % tt)
    return out


@S('table_rows_male_female_subtotal', 'totals')
def _t(b, rng, bad):
    k = rng.randint(2, 4)
    units = rng.sample(['机关', '第一中学', '实验小学', '县医院', '疾控中心', '城管大队'], k)
    rows = []
    bi = rng.randrange(k) if bad else -1
    for i in range(k):
        m, f = F(rng.randint(8, 260)), F(rng.randint(8, 260))
        v = [m, f, m + f]
        if i == bi:
            spoil(rng, v, [0, 1, 2])
        rows.append(v)
    out = ['单位｜男｜女｜小计']
    for u, v in zip(units, rows):
        t = [b.n(x) for x in v]
        b.c_sum(t[2], t[:2])
        out.append('%s｜%s｜%s｜%s' % (u, t[0], t[1], t[2]))
    b.why = 'each row subtotal must equal male + female'
    return ['%d年末各单位在编人员性别构成如下：' % pick(rng, YEARS)] + out


@S('multiyear_cumulative', 'totals')
def _t(b, rng, bad):
    y0 = rng.randint(2016, 2019)
    k = 5
    what, u, lo, hi = pick(rng, [('新增城镇就业', '人', 800, 5200), ('新建高标准农田', '万亩', 1, 9),
                                 ('完成固定资产投资', '亿元', 40, 160), ('引进高层次人才', '名', 12, 160)])
    dec = 1 if u in ('万亩', '亿元') else 0
    parts, total = sum_values(rng, k, lo, hi, dec, bad)
    pts = [b.n(p, 'a', dec) for p in parts]
    tt = b.n(total, 'a', dec)
    b.c_sum(tt, pts)
    b.why = 'five annual values must add up to the five-year cumulative figure'
    t = pick(rng, ['%d—%d年，全县分别%s%s，五年累计%s%s。', '“十三五”以来（%d—%d年），我县每年%s依次为%s，累计达%s%s。'])
    return [t % (y0, y0 + 4, what, '、'.join('%s%s' % (p, u) for p in pts), tt, u)
            if t.startswith('%d—') else t % (y0, y0 + 4, what, '、'.join('%s%s' % (p, u) for p in pts), tt, u)]


@S('election_ballots_votes', 'totals')
def _t(b, rng, bad):
    b.sector = 'elect'
    N = rng.randint(60, 320)
    M = N - rng.randint(0, 12)
    inval = rng.randint(0, 4)
    valid = M - inval
    no = rng.randint(0, 6)
    ab = rng.randint(0, 8)
    yes = valid - no - ab
    v = [F(inval), F(yes), F(no), F(ab)]
    if bad:
        spoil(rng, v, [0, 1, 2, 3])
        if v[0] < 0:
            v[0] = F(1)
    tN, tM, tIs, tM2, tV = b.n(N), b.n(M), b.n(M), b.n(M), b.n(valid)
    tI, tY, tNo, tA = b.n(v[0]), b.n(v[1]), b.n(v[2]), b.n(v[3])
    b.c_sum(tM2, [tV, tI])
    b.c_sum(tV, [tY, tNo, tA])
    name = pick(rng, ['林某华', '陈某', '周某平', '吴某'])
    b.why = 'ballots returned = valid + invalid; valid = for + against + abstain'
    return ['本次会议应到代表%s名，实到%s名，符合法定人数。' % (tN, tM),
            '选举镇人民政府镇长，共发出选票%s张，收回%s张，其中有效票%s张、无效票%s张。' % (tIs, tM2, tV, tI),
            '%s同志得赞成票%s张、反对票%s张、弃权票%s张，当选为镇人民政府镇长。' % (name, tY, tNo, tA)]


@S('survey_grade_counts', 'totals')
def _t(b, rng, bad):
    b.sector = 'survey'
    Y = rng.randint(300, 4000)
    a = round(Y * rng.uniform(0.3, 0.6))
    bb = round((Y - a) * rng.uniform(0.5, 0.8))
    c = round((Y - a - bb) * rng.uniform(0.4, 0.8))
    d = Y - a - bb - c
    parts = [F(a), F(bb), F(c), F(d)]
    tot = F(Y)
    if bad:
        if rng.random() < 0.3:
            tot = perturb(rng, tot)
        else:
            spoil(rng, parts, [0, 1, 2, 3])
    X = b.n(max(F(Y), tot) + rng.randint(0, 200), 'th')
    tY = b.n(tot, 'th')
    pts = [b.n(p, 'th') for p in parts]
    b.c_sum(tY, pts)
    b.why = 'grade counts must add up to the number of valid questionnaires'
    return ['本次调查共发放问卷%s份，回收有效问卷%s份。' % (X, tY),
            '其中评价“非常满意”的%s份，“满意”的%s份，“基本满意”的%s份，“不满意”的%s份。' % tuple(pts)]


@S('corp_revenue_segments_yi', 'totals')
def _t(b, rng, bad):
    b.sector = 'corp'
    segs = rng.sample(['智能装备', '新材料', '物流服务', '工程施工', '软件与信息服务', '环保设备'], 2)
    parts, total = sum_values(rng, 3, 20, 4800, 0, bad)
    parts = [p / 100 for p in parts]
    total = total / 100
    pts = [b.n(p, 'a', 2) for p in parts]
    tt = b.n(total, 'a', 2)
    b.c_sum(tt, pts)
    b.why = 'segment revenues must add up to operating revenue'
    return ['报告期内，公司实现营业收入%s亿元，其中%s业务收入%s亿元，%s业务收入%s亿元，其他业务收入%s亿元。'
            % (tt, segs[0], pts[0], segs[1], pts[1], pts[2]),
            pick(rng, ['研发投入持续加大，新增授权发明专利%d项。' % rng.randint(3, 40), '公司经营活动现金流保持稳健。'])]


@S('mixed_yi_wan_investment', 'totals')
def _t(b, rng, bad):
    parts = [F(rng.randint(30, 9000) * 10) for _ in range(3)]  # in 万元, multiples of 10
    tot = sum(parts)
    if bad:
        if rng.random() < 0.5:
            tot = perturb(rng, tot / 10) * 10
        else:
            i = rng.randrange(3)
            parts[i] = perturb(rng, parts[i] / 10) * 10
    tt = b.n(tot * 10000, 'yi')
    pts = [b.n(p * 10000, 'wan') for p in parts]
    b.c_sum(tt, pts)
    b.why = 'parts in 万元 must add up to the total in 亿元'
    proj = pick(rng, ['城区污水管网改造工程', '县人民医院综合楼', '高标准农田建设项目', '职业教育实训基地'])
    return ['%s总投资%s元，其中中央预算内资金%s元、省级资金%s元、县级配套%s元。' % (proj, tt, pts[0], pts[1], pts[2])]


@S('population_wan_two_parts', 'totals')
def _t(b, rng, bad):
    b.sector = 'stat'
    parts, total = sum_values(rng, 2, 8, 95, 2, bad)
    pts = [b.n(p, 'a', 2) for p in parts]
    tt = b.n(total, 'a', 2)
    b.c_sum(tt, pts)
    b.why = 'urban + rural population must equal the registered population'
    y = pick(rng, YEARS)
    return ['年末全县户籍人口%s万人，其中城镇人口%s万人，乡村人口%s万人。' % (tt, pts[0], pts[1]),
            '全年出生人口%d人，人口自然增长率为%s‰。' % (rng.randint(1200, 6000), dec_str(F(rng.randint(-30, 60), 10), 1))]


@S('staff_gender_with_trap_title', 'totals')
def _t(b, rng, bad):
    b.sector = 'hosp'
    parts, total = sum_values(rng, 2, 80, 900, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    senior = rng.randint(10, int(total // 4) + 11)
    b.why = 'male + female must equal the staff total; the senior-title count is a separate attribute'
    return ['医院现有在职职工%s人，其中男职工%s人、女职工%s人。' % (tt, pts[0], pts[1]),
            '具有高级职称的%d人，博士、硕士学位的%d人。' % (senior, rng.randint(5, 60))]


@S('hazards_found_fixed_pending', 'totals')
def _t(b, rng, bad):
    parts, total = sum_values(rng, 2, 10, 900, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    b.why = 'hazards found = fixed + being fixed'
    return [pick(rng, ['开展安全生产大排查，共排查各类隐患%s处，已整改到位%s处，正在整改%s处。',
                       '累计发现问题隐患%s项，其中立行立改%s项，限期整改%s项。']) % (tt, pts[0], pts[1])]


@S('plan_done_remaining_diff', 'totals')
def _t(b, rng, bad):
    X = F(rng.randint(30, 1200))
    Y = F(rng.randint(int(X) // 3, int(X) - 1))
    v = [X, Y, X - Y]
    if bad:
        i = rng.choice([0, 2])
        v[i] = perturb(rng, v[i], 0, minv=(Y + 1 if i == 0 else None))
    tx, ty, tz = b.n(v[0]), b.n(v[1]), b.n(v[2])
    b.check('diff', a=tx, b=ty, c=tz)
    what = pick(rng, ['农村危房改造', '户厕改造', '既有住宅加装电梯', '燃气管道老化更新'])
    u = '台' if '电梯' in what else '户'
    b.why = 'remaining = planned - completed'
    return ['今年计划实施%s%s%s，目前已完工%s%s，尚余%s%s正在加紧施工。' % (what, tx, u, ty, u, tz, u)]


@S('univ_students_thousands', 'totals')
def _t(b, rng, bad):
    b.sector = 'univ'
    parts = [F(rng.randint(9000, 26000)), F(rng.randint(1200, 6000)), F(rng.randint(100, 900)), F(rng.randint(30, 600))]
    tot = sum(parts)
    if bad:
        if rng.random() < 0.4:
            tot = perturb(rng, tot)
        else:
            spoil(rng, parts, [0, 1, 2, 3])
    md = pick(rng, ['th', 'th', 'ths'])
    tt = b.n(tot, md)
    pts = [b.n(p, md) for p in parts]
    b.c_sum(tt, pts)
    b.why = 'student categories must add up to the total enrolment'
    return ['截至%d年9月，学校有全日制在校生%s人。其中，本科生%s人，硕士研究生%s人，博士研究生%s人，国际学生%s人。'
            % ((pick(rng, YEARS), tt) + tuple(pts)),
            '学校设有%d个学院，本科专业%d个。' % (rng.randint(12, 28), rng.randint(40, 90))]


@S('hospital_visits_wan', 'totals')
def _t(b, rng, bad):
    b.sector = 'hosp'
    parts, total = sum_values(rng, 2, 1, 90, 2, bad)
    parts.sort(reverse=True)
    if not bad:
        total = sum(parts)
    pts = [b.n(p, 'a', 2) for p in parts]
    tt = b.n(total, 'a', 2)
    b.c_sum(tt, pts)
    b.why = 'outpatient + emergency must equal the combined visits'
    return ['全年完成门急诊%s万人次，其中门诊%s万人次、急诊%s万人次；出院患者%d人次。'
            % (tt, pts[0], pts[1], rng.randint(3000, 60000))]


@S('trade_total_and_surplus', 'totals')
def _t(b, rng, bad):
    b.sector = 'customs'
    ex = F(rng.randint(500, 90000), 100)
    im = F(rng.randint(200, int(ex * 100) - 50), 100)
    v = [ex + im, ex, im, ex - im]
    if bad:
        spoil(rng, v, [0, 3], 2)
    tt, te, ti, ts = [b.n(x, 'a', 2) for x in v]
    b.c_sum(tt, [te, ti])
    b.check('diff', a=te, b=ti, c=ts)
    b.why = 'exports + imports = total trade; exports - imports = surplus'
    return ['全年实现进出口总额%s亿元，其中出口%s亿元、进口%s亿元，贸易顺差%s亿元。' % (tt, te, ti, ts)]


@S('balance_sheet_assets', 'totals')
def _t(b, rng, bad):
    b.sector = 'corp'
    parts, total = sum_values(rng, 2, 300, 90000, 0, bad)
    parts, total = [p / 100 for p in parts], total / 100
    pts = [b.n(p, 'a', 2) for p in parts]
    tt = b.n(total, 'a', 2)
    b.c_sum(tt, pts)
    b.why = 'assets = liabilities + owners\' equity'
    return ['截至报告期末，公司资产总额%s亿元，负债总额%s亿元，所有者权益%s亿元。' % (tt, pts[0], pts[1])]


@S('village_households_with_people_trap', 'totals')
def _t(b, rng, bad):
    b.sector = 'village'
    parts, total = sum_values(rng, 2, 20, 700, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    people = b.n(int(total) * rng.randint(3, 4) + rng.randint(0, 40))
    b.why = 'households by type must add up to the households; the population figure is separate'
    return ['全村共有农户%s户%s人，其中脱贫户%s户、一般农户%s户。' % (tt, people, pts[0], pts[1])]


@S('proc_prosecution_cases_persons', 'totals')
def _t(b, rng, bad):
    b.sector = 'proc'
    parts, total = sum_values(rng, 2, 5, 600, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    b.why = 'prosecuted + not prosecuted = concluded cases'
    return ['全年审结审查起诉案件%s件%d人，其中提起公诉%s件、依法作出不起诉决定%s件。'
            % (tt, int(total) + rng.randint(10, 90), pts[0], pts[1])]


@S('school_classes_grades_cn', 'totals')
def _t(b, rng, bad):
    b.sector = 'school'
    parts, total = sum_values(rng, 3, 6, 24, 0, bad)
    pts = [b.n(p, 'cn') for p in parts]
    tt = b.n(total, 'cn')
    b.c_sum(tt, pts)
    b.why = 'classes by grade (七/八/九年级 are names, not numbers) must add up to the total'
    return ['学校现有教学班%s个，其中七年级%s个、八年级%s个、九年级%s个。' % ((tt,) + tuple(pts))]


@S('lines_list_total_last', 'totals')
def _t(b, rng, bad):
    k = rng.randint(3, 6)
    towns = rng.sample(TOWNS, k)
    what = pick(rng, ['参加城乡居民医保', '完成适龄女孩HPV疫苗首针接种', '办理老年人优待证', '登记退役军人'])
    parts, total = sum_values(rng, k, 40, 9000, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    b.why = 'line items must add up to the total line'
    out = ['各镇（街道）%s人数如下：' % what]
    for t, p in zip(towns, pts):
        out.append('%s：%s人' % (t, p))
    out.append('以上合计：%s人。' % tt)
    return out


@S('funds_structure_semicolons', 'totals')
def _t(b, rng, bad):
    parts, total = sum_values(rng, 3, 10, 3000, 2, bad)
    pts = [b.n(p, 'a', 2) for p in parts]
    tt = b.n(total, 'a', 2)
    b.c_sum(tt, pts)
    b.why = 'funding sources must add up to the stated total'
    return ['%s资金构成：中央补助%s万元；省级配套%s万元；县级自筹%s万元；总计%s万元。'
            % (pick(rng, ['项目', '工程', '本期']), pts[0], pts[1], pts[2], tt)]


@S('quarters_to_year', 'totals')
def _t(b, rng, bad):
    b.sector = 'stat'
    parts, total = sum_values(rng, 4, 5, 120, 1, bad)
    pts = [b.n(p, 'a', 1) for p in parts]
    tt = b.n(total, 'a', 1)
    b.c_sum(tt, pts)
    what = pick(rng, ['规模以上工业增加值', '社会消费品零售总额', '建筑业总产值'])
    b.why = 'four quarters must add up to the annual figure'
    return ['分季度看，%s一季度完成%s亿元，二季度%s亿元，三季度%s亿元，四季度%s亿元，全年合计%s亿元。'
            % ((what,) + tuple(pts) + (tt,))]


@S('halves_tourism_wan', 'totals')
def _t(b, rng, bad):
    parts, total = sum_values(rng, 2, 10, 600, 1, bad)
    pts = [b.n(p, 'a', 1) for p in parts]
    tt = b.n(total, 'a', 1)
    b.c_sum(tt, pts)
    b.why = 'first half + second half = full year'
    return ['全年接待游客%s万人次。上半年受天气影响接待%s万人次，下半年接待%s万人次，旅游旺季特征明显。'
            % (tt, pts[0], pts[1])]


@S('cross_sentence_review_cases', 'totals')
def _t(b, rng, bad):
    b.sector = 'gov'
    parts, total = sum_values(rng, 4, 2, 90, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    b.why = 'case types spread over two sentences must add up to the total'
    return ['全年共收到行政复议申请%s件，均已依法处理。' % tt,
            '从案件类型看，涉及行政处罚的%s件，涉及行政强制的%s件，涉及政府信息公开的%s件，其他类型%s件。' % tuple(pts)]


@S('stock_flow_inventory', 'totals')
def _t(b, rng, bad):
    b.sector = 'corp'
    X, a = F(rng.randint(100, 9000)), F(rng.randint(100, 9000))
    bb = F(rng.randint(50, int(X + a) - 10))
    v = [X, a, bb, X + a - bb]
    if bad:
        spoil(rng, v, [0, 1, 2, 3])
    tx, ta, tb, ty = [b.n(x, 'th') for x in v]
    b.check('signed', terms=[tx, ta, tb], signs=[1, 1, -1], result=ty)
    what = pick(rng, ['储备粮', '电煤', '防汛物资编织袋', '成品钢材'])
    u = '条' if '编织袋' in what else '吨'
    b.why = 'opening + in - out = closing stock'
    return ['%s：期初库存%s%s，本期入库%s%s，出库%s%s，期末库存%s%s。' % (what, tx, u, ta, u, tb, u, ty, u)]


@S('staff_flow_year', 'totals')
def _t(b, rng, bad):
    X = F(rng.randint(80, 900))
    a, c1, c2 = F(rng.randint(1, 40)), F(rng.randint(1, 20)), F(rng.randint(0, 12))
    v = [X, a, c1, c2, X + a - c1 - c2]
    if bad:
        spoil(rng, v, [0, 1, 2, 3, 4])
    t = [b.n(x) for x in v]
    b.check('signed', terms=t[:4], signs=[1, 1, -1, -1], result=t[4])
    b.why = 'opening staff + new - retired - transferred = closing staff'
    return ['年初在编人员%s人，年内新招录%s人、退休%s人、调出%s人，年末实有在编人员%s人。' % tuple(t)]


@S('age_bands_range_trap', 'totals')
def _t(b, rng, bad):
    parts, total = sum_values(rng, 3, 10, 260, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    b.c_sum(tt, pts)
    b.why = 'age bands (35/36/50/51 are band limits) must add up to the total'
    return ['全镇现有村（社区）“两委”干部%s人。按年龄分，35岁及以下%s人，36至50岁%s人，51岁及以上%s人。'
            % ((tt,) + tuple(pts))]


@S('table_plan_actual_excess', 'totals')
def _t(b, rng, bad):
    b.sector = 'gov'
    k = rng.randint(2, 4)
    rows = rng.sample([('新增城镇就业', '人'), ('农村劳动力转移', '人'), ('新建保障性住房', '套'), ('造林绿化', '亩'),
                       ('新增市场主体', '户')], k)
    bi = rng.randrange(k) if bad else -1
    out = ['指标｜年度计划｜实际完成｜超额完成']
    for i, (nm, u) in enumerate(rows):
        pl = F(rng.randint(50, 5000))
        ac = pl + rng.randint(1, int(pl // 5) + 2)
        v = [pl, ac, ac - pl]
        if i == bi:
            spoil(rng, v, [0, 1, 2])
        t = [b.n(x) for x in v]
        b.check('diff', a=t[1], b=t[0], c=t[2])
        out.append('%s（%s）｜%s｜%s｜%s' % (nm, u, t[0], t[1], t[2]))
    b.why = 'each row: excess = actual - plan'
    return ['主要指标完成情况如下：'] + out


@S('numbered_parts_then_count_and_total', 'totals')
def _t(b, rng, bad):
    cats = rng.sample(['市级文明村', '美丽乡村示范村', '乡村治理示范村', '森林乡村', '卫生村'], 3)
    parts, total = sum_values(rng, 3, 2, 30, 0, bad)
    pts = [b.n(p) for p in parts]
    tt = b.n(total)
    cnt = b.n(3, 'cn')
    items = [b.item(x) for x in cats]
    b.c_sum(tt, pts)
    b.check('count', stated=cnt, items=items)
    b.why = 'three numbered categories: the number of categories and their sum are both checked'
    return ['（1）新创建%s%s个；（2）新创建%s%s个；（3）新创建%s%s个。' % (items[0], pts[0], items[1], pts[1], items[2], pts[2]),
            '以上%s类共%s个。' % (cnt, tt)]


@S('product_area_yield', 'totals')
def _t(b, rng, bad):
    area = rng.randint(20, 900) * 10
    y = rng.randint(30, 130) * 10
    tot = F(area * y, 1000)
    v = [F(area), F(y), tot]
    dec = len(strip_dec(tot).partition('.')[2])
    if bad:
        i = rng.choice([0, 2])
        v[i] = perturb(rng, v[i], dec if i == 2 else 0)
    dec = len(strip_dec(v[2]).partition('.')[2])
    t = [b.n(v[0]), b.n(v[1]), b.n(v[2], 'a', dec)]
    b.check('product', a=t[0], b=t[1], c=t[2], scale=1000)
    crop = pick(rng, ['高粱', '油茶', '再生稻', '马铃薯'])
    b.why = 'area (亩) x yield per 亩 (公斤) = output (吨, 1 吨 = 1000 公斤)'
    return ['全村种植%s%s亩，平均亩产%s公斤，总产量%s吨。' % (crop, t[0], t[1], t[2])]


@S('table_year_change_signed', 'totals')
def _t(b, rng, bad):
    b.sector = 'stat'
    y = pick(rng, YEARS)
    k = rng.randint(2, 4)
    rows = rng.sample([('医疗卫生机构', '个'), ('卫生技术人员', '人'), ('幼儿园', '所'), ('公共图书馆', '个'),
                       ('养老机构', '家')], k)
    bi = rng.randrange(k) if bad else -1
    out = ['项目｜%d年｜%d年｜增减' % (y - 1, y)]
    for i, (nm, u) in enumerate(rows):
        a = F(rng.randint(5, 3000))
        c = rng.randint(1, int(a // 6) + 2) * rng.choice([-1, 1])
        v = [a, a + c, F(c)]
        if i == bi:
            j = rng.choice([1, 2])
            if j == 2:
                v[2] = -v[2] if rng.random() < 0.4 else v[2] + rng.choice([-1, 1]) * rng.randint(1, 5)
                if v[2] == c:
                    v[2] = F(c + 3)
            else:
                v[1] = perturb(rng, v[1])
        if v[2] == 0:
            v[2] = F(2) if i == bi else v[2]
        t = [b.n(v[0]), b.n(v[1]), b.n(v[2], 'sg')]
        b.check('diff', a=t[1], b=t[0], c=t[2])
        out.append('%s（%s）｜%s｜%s｜%s' % (nm, u, t[0], t[1], t[2]))
    b.why = 'signed change column = this year - last year'
    return out


# ---- totals: negatives (look-alikes that are not checkable relations) ------------------------------
def LK(b, kind, nums, marker=None):
    b.check('lookalike', kind=kind, nums=list(nums), marker=marker)


@S('neg_overlap_attributes', 'totals', 'neg')
def _n(b, rng):
    T = rng.randint(60, 900)
    a, c, d = [rng.randint(T * 35 // 100, T * 3 // 4) for _ in range(3)]
    tt, ta, tc, td = b.n(T), b.n(a), b.n(c), b.n(d)
    LK(b, 'overlap', [tt, ta, tc, td], '其中')
    b.why = 'overlapping attributes (sex, party membership, age) under 其中 are not a partition'
    return ['%s现有在职职工%s人，其中女职工%s人，中共党员%s人，35岁以下青年职工%s人。'
            % (pick(rng, ['公司', '局机关及下属单位', '中心', '学校']), tt, ta, tc, td)]


@S('neg_selection_zhuyao', 'totals', 'neg')
def _n(b, rng):
    T = rng.randint(200, 5000)
    a = rng.randint(T // 8, T // 4)
    c = rng.randint(T // 10, T // 5)
    d = rng.randint(T // 20, T // 8)
    tt, ta, tc, td = b.n(T), b.n(a), b.n(c), b.n(d)
    LK(b, 'selection', [tt, ta, tc, td], '主要')
    b.why = 'only the main categories are listed (主要集中在), the remainder is unstated'
    return ['全年受理消费投诉%s件，主要集中在预付式消费（%s件）、网络购物（%s件）和家电维修（%s件）等领域。'
            % (tt, ta, tc, td)]


@S('neg_partial_deng', 'totals', 'neg')
def _n(b, rng):
    T = rng.randint(80, 900)
    a, c, d = rng.randint(T // 10, T // 4), rng.randint(T // 10, T // 5), rng.randint(3, T // 8)
    tt, ta, tc, td = b.n(T), b.n(a), b.n(c), b.n(d)
    LK(b, 'partial', [tt, ta, tc, td], '等')
    b.why = 'a partial list ending in 等 need not add up to the whole'
    return ['开展安全生产执法检查，共检查企业%s家次，涉及化工%s家、建材%s家、食品加工%s家等行业。' % (tt, ta, tc, td)]


def approx_parts(rng, T, k, lo_ratio, hi_ratio):
    target = round(T * rng.uniform(lo_ratio, hi_ratio))
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, target), k - 1))
        parts = [c - p for c, p in zip(cuts + [target], [0] + cuts)]
        if min(parts) >= 3:
            return parts, target
    return None, None


@S('neg_approx_yue', 'totals', 'neg')
def _n(b, rng):
    while True:
        T = rng.randint(8, 90) * 100
        parts, s = approx_parts(rng, T, 2, 0.975, 1.025)
        if parts and s != T:
            break
    tt = b.n(T, pick(rng, ['a', 'wan']) if T % 1000 == 0 else 'a')
    pts = [b.n(p) for p in parts]
    LK(b, 'approx', [tt] + pts, '约')
    b.why = 'the whole is approximate (约), parts are exact'
    return ['全年共接待来访群众约%s人次，其中集体访%s人次、个体访%s人次。' % (tt, pts[0], pts[1])]


@S('neg_approx_yu', 'totals', 'neg')
def _n(b, rng):
    while True:
        T = rng.randint(12, 90) * 100
        parts, s = approx_parts(rng, T, 3, 1.005, 1.06)
        if parts and s != T:
            break
    tt = b.n(T)
    pts = [b.n(p) for p in parts]
    LK(b, 'approx', [tt] + pts, '余')
    b.why = 'X余人次 is a lower bound, parts add to slightly more'
    return ['举办各类培训班%d期，培训%s余人次，其中农村实用技术%s人次、电商技能%s人次、家政服务%s人次。'
            % ((rng.randint(8, 60), tt) + tuple(pts))]


@S('neg_approx_jin', 'totals', 'neg')
def _n(b, rng):
    while True:
        T = rng.randint(3, 40) * 1000
        parts, s = approx_parts(rng, T, 3, 0.95, 0.995)
        if parts and s != T:
            break
    tt = b.n(T, pick(rng, ['a', 'wan']))
    pts = [b.n(p) for p in parts]
    LK(b, 'approx', [tt] + pts, '近')
    b.why = '近X is an approximation from below'
    return ['全县近%s名党员干部下沉一线，其中县直机关%s名、乡镇%s名、村（社区）%s名。' % ((tt,) + tuple(pts))]


@S('neg_approx_duo', 'totals', 'neg')
def _n(b, rng):
    while True:
        T = rng.randint(2, 30) * 100
        parts, s = approx_parts(rng, T, 2, 1.01, 1.09)
        if parts and s != T:
            break
    tt = b.n(T)
    pts = [b.n(p) for p in parts]
    LK(b, 'approx', [tt] + pts, '多')
    b.why = 'X多 is approximate (a lower bound); the exact parts add to slightly more'
    return ['开展新时代文明实践志愿服务活动%s多场次，其中理论宣讲%s场次，关爱帮扶%s场次。' % (tt, pts[0], pts[1])]


@S('neg_model_numbers', 'totals', 'neg')
def _n(b, rng):
    m1 = b.item('GX-%d/%d' % (rng.choice([120, 150, 200, 250]), rng.choice([60, 80, 100])))
    m2 = b.item('ZL%dG' % rng.choice([30, 50, 60]))
    n1, n2 = b.n(rng.randint(2, 9)), b.n(rng.randint(2, 9))
    LK(b, 'identifier', [m1, m2, n1, n2])
    b.why = 'model designations contain numbers but no relation'
    return ['采购%s型除雪车%s台、%s型装载机%s台，已全部投入冬季保通。' % (m1, n1, m2, n2),
            pick(rng, ['设备采购经公开招标确定。', '设备质保期为3年。'])]


@S('neg_phone_hours_dates', 'totals', 'neg')
def _n(b, rng):
    ph = b.item('0%d-%d' % (rng.randint(310, 999), rng.randint(2000000, 8999999)))
    y = pick(rng, YEARS)
    dt = b.item('%d年%d月%d日' % (y, rng.randint(1, 12), rng.randint(1, 28)))
    LK(b, 'identifier', [ph, dt])
    b.why = 'telephone numbers, dates and opening hours are not arithmetic'
    return ['咨询电话：%s；受理时间：工作日上午8:30—12:00，下午14:30—17:30；12345热线24小时受理。' % ph,
            '本办法自%s起施行。' % dt]


@S('neg_ranks', 'totals', 'neg')
def _n(b, rng):
    n = rng.randint(8, 16)
    r = rng.randint(1, 6)
    a, c = rng.randint(1, n), rng.randint(1, n)
    t = [b.n(n), b.n(r), b.n(a), b.n(c)]
    LK(b, 'rank', t, '第')
    b.why = 'ranks and the number of competitors are not parts of a whole'
    return ['在全市%s个县（市、区）高质量发展综合考核中位列第%s名，其中经济发展类指标排名第%s，社会民生类指标排名第%s。'
            % tuple(t)]


@S('neg_one_plus_x', 'totals', 'neg')
def _n(b, rng):
    n1, n2 = b.n(rng.randint(3, 20)), b.n(rng.randint(2, 9))
    it1, it2 = b.item('1+X'), b.item(pick(rng, ['7+X', '5+N', '3+2']))
    LK(b, 'slogan', [it1, it2, n1, n2], '+')
    b.why = '1+X / 7+X are programme names, not sums'
    return ['深入推进“%s”证书制度试点，新增试点证书%s个；构建“%s”为民服务体系，覆盖%s个社区。' % (it1, n1, it2, n2)]


@S('neg_ratio_teacher_student', 'totals', 'neg')
def _n(b, rng):
    r = b.item('1:%s' % dec_str(F(rng.randint(110, 190), 10), 1))
    area = b.n(F(rng.randint(60, 250), 10), 'a', 1)
    inc = b.n(F(rng.randint(2, 20), 10), 'a', 1)
    LK(b, 'ratio', [r, area, inc])
    b.why = 'a ratio and a per-student figure with an unstated base'
    return ['全县义务教育阶段师生比为%s，生均校舍面积%s平方米，较上年增加%s平方米。' % (r, area, inc)]


@S('neg_cumulative_vs_new', 'totals', 'neg')
def _n(b, rng):
    a, T = rng.randint(3, 30), rng.randint(40, 300)
    c, T2 = rng.randint(5, 40), rng.randint(60, 600)
    t = [b.n(a), b.n(T), b.n(c), b.n(T2)]
    LK(b, 'cumulative', t, '累计')
    b.why = 'new this year vs cumulative stock: no stated base, nothing to add up'
    return ['今年新增家庭农场%s家，累计达到%s家；新增农民专业合作社%s家，累计%s家。' % tuple(t)]


@S('neg_document_numbers', 'totals', 'neg')
def _n(b, rng):
    y = pick(rng, YEARS)
    d1 = b.item('〔%d〕%d号' % (y, rng.randint(3, 80)))
    m = rng.randint(1, 10)
    t = [b.n(m), b.n(rng.randint(1, 15)), b.n(m + 1), b.n(rng.randint(15, 28))]
    LK(b, 'identifier', [d1] + t)
    b.why = 'document numbers and date ranges'
    return ['根据《关于开展安全生产专项整治的通知》（%s政办发%s）要求，' % (pick(rng, ['青', '云', '桐', '岚']), d1),
            '于%d年%s月%s日至%s月%s日开展集中整治行动。' % ((y,) + tuple(t))]


@S('neg_period_cumulative_month', 'totals', 'neg')
def _n(b, rng):
    m = rng.randint(3, 11)
    a = F(rng.randint(100, 9000), 10)
    c = F(rng.randint(10, int(a * 10 // 8)), 10)
    t = [b.n(m), b.n(a, 'a', 1), b.n(m), b.n(c, 'a', 1)]
    LK(b, 'cumulative', t, '累计')
    b.why = 'a cumulative figure and one month inside it, no stated sum'
    return ['1—%s月累计完成固定资产投资%s亿元，其中%s月当月完成%s亿元。' % tuple(t)]


@S('neg_average_subgroups', 'totals', 'neg')
def _n(b, rng):
    Z = rng.randint(12000, 26000)
    Y = rng.randint(Z + 8000, Z + 30000)
    X = rng.randint(Z + 1000, Y - 1000)
    t = [b.n(X, 'th'), b.n(Y, 'th'), b.n(Z, 'th')]
    LK(b, 'average', t, '人均')
    b.why = 'per-capita averages of subgroups do not add up to the overall average'
    return ['全体居民人均可支配收入%s元，其中城镇居民人均可支配收入%s元、农村居民人均可支配收入%s元。' % tuple(t)]


@S('neg_slogans_numerals', 'totals', 'neg')
def _n(b, rng):
    n = b.n(rng.randint(3, 30))
    s = [b.item(x) for x in rng.sample(['三会一课', '四议两公开', '两不愁三保障', '一村一品', '五星支部', '一中心三平台'], 3)]
    LK(b, 'slogan', s + [n])
    b.why = 'numerals inside slogans are not quantities'
    return ['严格落实“%s”制度，全面推行“%s”工作法，巩固“%s”成果，培育示范村%s个。' % (s[0], s[1], s[2], n)]


@S('neg_groups_ranges', 'totals', 'neg')
def _n(b, rng):
    lo = rng.randint(3, 6)
    hi = lo + rng.randint(2, 4)
    g = rng.randint(6, 30)
    T = rng.randint(g * lo, g * hi)
    t = [b.n(lo), b.n(hi), b.n(T), b.n(g)]
    LK(b, 'range', t)
    b.why = 'a size range per group, not an exact product'
    return ['按照每组%s—%s人的标准，将%s名网格员编为%s个工作小组，实行分片包干。' % tuple(t)]


@S('neg_people_money_pairs', 'totals', 'neg')
def _n(b, rng):
    t = []
    segs = []
    for nm in rng.sample(['医疗救助', '临时救助', '困难残疾人生活补贴', '特困人员供养金'], 3):
        p, m = b.n(rng.randint(10, 400)), b.n(F(rng.randint(50, 30000), 100), 'a', 2)
        t += [p, m]
        segs.append('发放%s%s人%s万元' % (nm, p, m))
    LK(b, 'pairs', t)
    b.why = 'people/money pairs of different programmes, no stated total'
    return ['；'.join(segs) + '。']


@S('neg_years_listing_no_total', 'totals', 'neg')
def _n(b, rng):
    y = pick(rng, YEARS)
    t = [b.n(x) for x in sorted(rng.sample(range(100, 3000), 3))]
    yt = [b.n(y - 2), b.n(y - 1), b.n(y)]
    LK(b, 'listing', yt + t)
    b.why = 'values for several years without any stated total or change'
    return ['%s年、%s年、%s年全县分别办理不动产登记%s件、%s件、%s件，业务量逐年攀升。' % tuple(yt + t)]


# ---- pct: rate factory -----------------------------------------------------------------------------
RATE_DOMS = {
    'grid': dict(sector='gov', wv='受理网格事件', wn='网格事件', pv='办结', rate='办结率', u='件', w=(200, 9000),
                 r=(0.9, 1.0), decs=[2, 2, 1]),
    'petition': dict(sector='gov', wv='受理信访事项', wn='信访事项', pv='按期办结', rate='按期办结率', u='件',
                     w=(30, 900), r=(0.85, 1.0), decs=[2, 1]),
    'food': dict(sector='gov', wv='抽检食品', wn='抽检食品', pv='检验合格', rate='抽检合格率', u='批次',
                 w=(300, 6000), r=(0.93, 0.995), decs=[1, 2]),
    'enroll': dict(sector='school', wv='全县适龄残疾儿童', wn='适龄残疾儿童', pv='入学', rate='入学率', u='人',
                   w=(80, 900), r=(0.9, 0.995), decs=[1, 2]),
    'insure': dict(sector='gov', wv='户籍人口应参保', wn='应参保人数', pv='实际参保', rate='参保率', u='万人',
                   w=(5, 90), r=(0.9, 0.99), decs=[2], wdec=2),
    'grads': dict(sector='univ', wv='毕业生', wn='毕业生', pv='实现就业', rate='毕业去向落实率', u='人',
                  w=(800, 9000), r=(0.82, 0.97), decs=[2]),
    'court': dict(sector='court', wv='受理各类案件', wn='案件', pv='审结', rate='结案率', u='件', w=(900, 16000),
                  r=(0.85, 0.99), decs=[2, 1]),
    'audit': dict(sector='audit', wv='审计发现问题', wn='问题', pv='整改到位', rate='整改率', u='个', w=(12, 300),
                  r=(0.6, 0.98), decs=[1, 2]),
    'project': dict(sector='gov', wv='计划新开工项目', wn='计划项目', pv='已开工', rate='开工率', u='个', w=(12, 160),
                    r=(0.6, 0.98), decs=[1]),
    'funds': dict(sector='budget', wv='下达衔接资金', wn='下达资金', pv='已拨付', rate='拨付率', u='万元',
                  w=(100, 20000), r=(0.6, 0.99), decs=[2], wdec=2),
    'survey': dict(sector='survey', wv='电话回访群众', wn='受访群众', pv='表示满意', rate='满意率', u='人',
                   w=(200, 6000), r=(0.85, 0.995), decs=[1, 2]),
    'exam': dict(sector='school', wv='参加学业水平考试', wn='考生', pv='合格', rate='合格率', u='人', w=(300, 9000),
                 r=(0.6, 0.97), decs=[2]),
    'garbage': dict(sector='gov', wv='全县行政村', wn='行政村', pv='实现生活垃圾分类', rate='覆盖率', u='个',
                    w=(30, 400), r=(0.5, 0.98), decs=[1, 2]),
    'bed': dict(sector='hosp', wv='实际开放总床日', wn='开放总床日', pv='实际占用总床日', rate='病床使用率', u='日',
                w=(20000, 300000), r=(0.7, 0.98), decs=[2]),
    'exec': dict(sector='court', wv='执行案件申请标的', wn='申请标的', pv='执行到位', rate='执行到位率', u='万元',
                 w=(500, 90000), r=(0.3, 0.8), decs=[2], wdec=2),
    'npl': dict(sector='corp', wv='各项贷款余额', wn='贷款余额', pv='不良贷款', rate='不良贷款率', u='亿元',
                w=(50, 900), r=(0.005, 0.03), decs=[2], wdec=2),
    'traffic': dict(sector='police', wv='路面检查车辆', wn='检查车辆', pv='查处交通违法', rate='违法率', u='辆次',
                    w=(2000, 90000), r=(0.02, 0.15), decs=[2]),
    'contract': dict(sector='gov', wv='应签约重点人群', wn='重点人群', pv='签约家庭医生', rate='签约率', u='人',
                     w=(2000, 60000), r=(0.6, 0.95), decs=[2]),
}


def rend_rate(kind, rng, d, W, P, pc, year):
    u = d['u']
    ld = lead(rng, year)
    if kind == 'basic':
        return ['%s%s%s%s，%s%s%s，%s%s。' % (ld, d['wv'], W, u, d['pv'], P, u, d['rate'], pc)]
    if kind == 'da':
        return ['%s%s%s%s，%s%s%s，%s达%s。' % (ld, d['wv'], W, u, d['pv'], P, u, d['rate'], pc)]
    if kind == 'zhan':
        return ['%s%s%s%s，其中%s%s%s，占%s总数的%s。' % (ld, d['wv'], W, u, d['pv'], P, u, d['wn'], pc)]
    if kind == 'frac':
        return ['%s%s为%s（%s/%s）。' % (ld, d['rate'], pc, P, W)]
    if kind == 'paren':
        return ['%s%s%s（%s%s%s，%s%s%s）。' % (ld, d['rate'], pc, d['wn'], W, u, d['pv'], P, u)]
    if kind == 'ratefirst':
        return ['%s%s达到%s，%s%s%s中已%s%s%s。' % (ld, d['rate'], pc, d['wn'], W, u, d['pv'].replace('已', ''), P, u)]
    if kind == 'table':
        return ['表%d  %s情况' % (rng.randint(1, 9), d['rate'][:-1] if d['rate'].endswith('率') else d['rate']),
                '指标｜总数（%s）｜%s（%s）｜%s' % (u, d['pv'], u, d['rate']),
                '%d年｜%s｜%s｜%s' % (year, W, P, pc)]
    if kind == 'colon':
        return ['%s：%s%s%s；%s%s%s；%s%s。' % (d['rate'][:-1] + '情况', d['wn'], W, u, d['pv'], P, u, d['rate'], pc)]
    raise ValueError(kind)


def make_rate_style(dk, kind, nmode, pmode):
    d = RATE_DOMS[dk]

    def fn(b, rng, bad):
        b.sector = d['sector']
        dec = pick(rng, d['decs'])
        wdec = d.get('wdec', 0)
        for _ in range(50):
            W, P, st = mk_rate(rng, d['r'][0], d['r'][1], d['w'][0], d['w'][1], dec, bad, wdec=wdec)
            if not bad and st >= 100 and P < W:
                continue
            break
        tw, tp = b.n(W, nmode, wdec), b.n(P, nmode, wdec)
        pc = b.p(st, dec, mode='fw' if pmode == 'fw' else 'a', sign='％' if pmode == 'fw' else '%')
        b.check('rate', part=tp, whole=tw, pct=pc)
        b.why = 'stated rate must equal part / whole rounded to its decimals'
        return rend_rate(kind, rng, d, tw, tp, pc, pick(rng, YEARS))
    return fn


RATE_COMBOS = [
    ('grid', 'basic', 'a', 'a'), ('grid', 'table', 'a', 'a'), ('petition', 'da', 'a', 'a'),
    ('petition', 'paren', 'fw', 'fw'), ('food', 'zhan', 'th', 'a'), ('food', 'frac', 'a', 'a'),
    ('enroll', 'basic', 'a', 'a'), ('insure', 'da', 'a', 'a'), ('grads', 'ratefirst', 'th', 'a'),
    ('grads', 'colon', 'a', 'a'), ('court', 'basic', 'th', 'a'), ('court', 'frac', 'a', 'a'),
    ('audit', 'zhan', 'a', 'a'), ('audit', 'table', 'a', 'a'), ('project', 'da', 'a', 'a'),
    ('funds', 'basic', 'a', 'a'), ('funds', 'paren', 'a', 'a'), ('survey', 'ratefirst', 'a', 'a'),
    ('exam', 'da', 'th', 'a'), ('garbage', 'zhan', 'a', 'a'), ('bed', 'basic', 'th', 'a'),
    ('exec', 'paren', 'a', 'a'), ('npl', 'basic', 'a', 'a'), ('traffic', 'frac', 'a', 'a'),
    ('contract', 'colon', 'ths', 'a'), ('contract', 'da', 'fw', 'fw'),
]
for _dk, _kd, _nm, _pm in RATE_COMBOS:
    S('rate_%s_%s_%s' % (_dk, _kd, _nm if _pm == 'a' else 'fw'), 'pct')(make_rate_style(_dk, _kd, _nm, _pm))


# ---- pct: hand-written constructions ---------------------------------------------------------------
def growth_pair(rng, lo, hi, glo, ghi, dec, vdec=0):
    o = F(rng.randint(int(lo * 10 ** vdec), int(hi * 10 ** vdec)), 10 ** vdec)
    g = rng.uniform(glo, ghi)
    n = rhu(o * F(1 + g).limit_denominator(100000), vdec)
    return o, n


def pct_stated(rng, true, dec, bad, cap=None):
    if bad:
        return bad_pct(rng, true, dec, cap=cap)
    return good_pct(true, dec)


@S('growth_yoy_revenue_yi', 'pct')
def _p(b, rng, bad):
    b.sector = pick(rng, ['corp', 'stat'])
    for _ in range(100):
        o, n = growth_pair(rng, 1, 90, -0.2, 0.45, 1, 2)
        if n == o:
            continue
        dec = pick(rng, [1, 2])
        true = abs(n - o) / o * 100
        st = pct_stated(rng, true, dec, bad)
        if st is not None and st > 0:
            break
    up = n > o
    tn, to = b.n(n, 'a', 2), b.n(o, 'a', 2)
    pc = b.p(st, dec)
    b.check('growth', old=to, new=tn, pct=pc, dir='up' if up else 'down')
    what = pick(rng, ['营业收入', '归属于母公司股东的净利润', '经营活动产生的现金流量净额'])
    b.why = 'year-on-year change computed from the two stated values'
    return ['报告期内，公司实现%s%s亿元，上年同期为%s亿元，同比%s%s。' % (what, tn, to, '增长' if up else '下降', pc)]


@S('growth_from_to_counts', 'pct')
def _p(b, rng, bad):
    for _ in range(100):
        o, n = growth_pair(rng, 20, 3000, 0.02, 0.9, 1)
        dec = pick(rng, [0, 1, 1, 2])
        st = pct_stated(rng, (n - o) / o * 100, dec, bad)
        if st is not None and st > 0 and n != o:
            break
    to, tn, pc = b.n(o), b.n(n), b.p(st, dec)
    b.check('growth', old=to, new=tn, pct=pc, dir='up')
    subj, u = pick(rng, CHG_SUBJ)
    b.why = 'growth rate from the two stated values'
    return ['%s由上年的%s%s增至%s%s，增长%s。' % (subj, to, u, tn, u, pc)]


@S('decline_from_to_energy', 'pct')
def _p(b, rng, bad):
    for _ in range(100):
        o, n = growth_pair(rng, 0.3, 1.6, -0.25, -0.02, 1, 3)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, (o - n) / o * 100, dec, bad)
        if st is not None and st > 0 and n < o:
            break
    to, tn, pc = b.n(o, 'a', 3), b.n(n, 'a', 3), b.p(st, dec)
    b.check('growth', old=to, new=tn, pct=pc, dir='down')
    b.why = 'decline rate from the two stated values'
    return ['单位地区生产总值能耗由%s吨标准煤/万元降至%s吨标准煤/万元，下降%s，完成年度控制目标。' % (to, tn, pc)]


@S('pp_change_two_rates', 'pct')
def _p(b, rng, bad):
    dec = pick(rng, [1, 2])
    unit = F(1, 10 ** dec)
    o = F(rng.randint(int(40 / unit), int(90 / unit))) * unit
    d = F(rng.randint(1, int(5 / unit))) * unit
    up = rng.random() < 0.7
    n = o + d if up else o - d
    pp = d
    if bad:
        for _ in range(100):
            pp2 = perturb(rng, d, dec)
            if abs(pp2 - d) >= F(1, 2):
                pp = pp2
                break
        else:
            pp = d + 1
    to, tn, tpp = b.p(o, dec), b.p(n, dec), b.n(pp, 'a', dec)
    b.check('pp', old=to, new=tn, pp=tpp, dir='up' if up else 'down')
    what = pick(rng, ['空气质量优良天数比例', '城镇化率', '农村自来水普及率', '义务教育巩固率', '规上工业企业研发机构覆盖率'])
    b.why = 'percentage-point change must equal the difference of the two stated rates'
    return ['%s由上年的%s%s到%s，%s%s个百分点。' % (what, to, '提高' if up else '下降', tn,
                                                '提高' if up else '下降', tpp)]


def industry3(rng, dec):
    unit = F(1, 10 ** dec)
    a = F(rng.randint(int(3 / unit), int(18 / unit))) * unit
    b_ = F(rng.randint(int(28 / unit), int(52 / unit))) * unit
    return [a, b_, 100 - a - b_]


def split100(rng, k, dec, mins=1):
    unit = F(1, 10 ** dec)
    tot = int(100 / unit)
    while True:
        cuts = sorted(rng.sample(range(1, tot), k - 1))
        parts = [c - p for c, p in zip(cuts + [tot], [0] + cuts)]
        if min(parts) * unit >= mins:
            return [p * unit for p in parts]


@S('industry_structure_ratio', 'pct')
def _p(b, rng, bad):
    b.sector = 'stat'
    old = industry3(rng, 1)
    new = [old[0] - F(rng.randint(1, 15), 10), old[1] + F(rng.randint(-20, 20), 10)]
    new.append(100 - sum(new))
    y = pick(rng, YEARS)
    if bad:
        i = rng.randrange(3)
        tgt = new if rng.random() < 0.5 else old
        sg = 1 if rng.random() < 0.75 else -1
        tgt[i] += sg * F(rng.randint(10, 60), 10)
        if tgt[i] <= 0:
            tgt[i] += F(8)
    to = [b.n(x, 'a', 1) for x in old]
    tn = [b.n(x, 'a', 1) for x in new]
    b.check('share_eq100', shares=to)
    b.check('share_eq100', shares=tn)
    b.why = 'a three-sector structure (ratio of shares) must total 100'
    return ['三次产业结构由%d年的%s:%s:%s调整为%d年的%s:%s:%s，产业结构持续优化。'
            % ((y - 1,) + tuple(to) + (y,) + tuple(tn))]


@S('shares_exhaustive_pct', 'pct')
def _p(b, rng, bad):
    b.sector = 'stat'
    dec = pick(rng, [1, 2])
    sh = industry3(rng, dec)
    if bad:
        i = rng.randrange(3)
        sh[i] = sh[i] + (1 if rng.random() < 0.75 else -1) * F(rng.randint(10, 80), 10)
        if sh[i] <= 0:
            sh[i] += 10
    ts = [b.p(x, dec) for x in sh]
    b.check('share_eq100', shares=ts)
    b.why = 'shares of all three sectors must total 100%'
    return ['从产业结构看，第一、二、三产业增加值占地区生产总值的比重分别为%s、%s和%s。' % tuple(ts)]


@S('shares_nonexhaustive_le100', 'pct')
def _p(b, rng, bad):
    k = rng.randint(2, 3)
    dec = pick(rng, [1, 2])
    unit = F(1, 10 ** dec)
    while True:
        sh = [F(rng.randint(int(10 / unit), int(60 / unit))) * unit for _ in range(k)]
        s = sum(sh)
        if bad and s >= 101:
            break
        if not bad and s <= 97:
            break
    ts = [b.p(x, dec) for x in sh]
    b.check('share_le100', shares=ts)
    cats = rng.sample(['装备制造', '食品加工', '新材料', '电子信息', '纺织服装'], k)
    b.why = 'shares of different sectors in the same total cannot exceed 100% together'
    return ['规模以上工业中，%s。' % '，'.join('%s产值占%s' % (c, t) for c, t in zip(cats, ts)),
            pick(rng, ['主导产业集聚效应进一步显现。', '其余为其他行业。'])]


@S('complement_pass_fail', 'pct')
def _p(b, rng, bad):
    dec = pick(rng, [1, 2])
    unit = F(1, 10 ** dec)
    a = F(rng.randint(int(85 / unit), int(99.9 / unit))) * unit
    c = 100 - a
    if bad:
        c = perturb(rng, c, dec)
        while abs(a + c - 100) < F(1, 2):
            c = perturb(rng, c, dec)
    ta, tc = b.p(a, dec), b.p(c, dec)
    b.check('share_eq100', shares=[ta, tc])
    what = pick(rng, ['农产品质量安全例行监测', '建筑工程质量抽检', '重点工业产品监督抽查'])
    b.why = 'pass rate and failure rate of the same sample must total 100%'
    return ['全年%s合格率为%s，不合格率为%s，不合格产品均已依法处置。' % (what, ta, tc)]


@S('parts_with_own_shares', 'pct')
def _p(b, rng, bad):
    for _ in range(200):
        T = rng.randint(80, 5000)
        a = rng.randint(T // 5, T * 4 // 5)
        c = T - a
        dec = pick(rng, [1, 2])
        qa, qc = F(a, T) * 100, F(c, T) * 100
        ga, gc = good_pct(qa, dec), good_pct(qc, dec)
        if ga and gc:
            break
    sts = [ga, gc]
    if bad:
        i = rng.randrange(2)
        sts[i] = bad_pct(rng, [qa, qc][i], dec, cap=100)
    tt, ta, tc = b.n(T), b.n(a), b.n(c)
    pa, pc = b.p(sts[0], dec), b.p(sts[1], dec)
    b.c_sum(tt, [ta, tc])
    b.check('rate', part=ta, whole=tt, pct=pa)
    b.check('rate', part=tc, whole=tt, pct=pc)
    b.why = 'each part\'s share must match part / whole'
    return ['全县共有%s%s人，其中男性%s人，占%s；女性%s人，占%s。'
            % (pick(rng, ['持证残疾人', '在册退役军人', '注册护士', '网格员']), tt, ta, pa, tc, pc)]


@S('survey_satisfaction_rate_from_grades', 'pct')
def _p(b, rng, bad):
    b.sector = 'survey'
    for _ in range(200):
        Y = rng.randint(300, 3000)
        a = round(Y * rng.uniform(0.35, 0.6))
        c = round((Y - a) * rng.uniform(0.5, 0.8))
        d = round((Y - a - c) * rng.uniform(0.4, 0.8))
        e = Y - a - c - d
        if min(a, c, d, e) <= 0:
            continue
        dec = pick(rng, [1, 2])
        true = F(a + c + d, Y) * 100
        st = pct_stated(rng, true, dec, bad, cap=100)
        if st is not None and st < 100:
            break
    tY = b.n(Y)
    pts = [b.n(x) for x in (a, c, d, e)]
    pc = b.p(st, dec)
    b.c_sum(tY, pts)
    b.check('rate', part=pts[:3], whole=tY, pct=pc)
    b.why = 'satisfaction = (very satisfied + satisfied + basically satisfied) / valid answers'
    return ['收回有效问卷%s份，其中非常满意%s份、满意%s份、基本满意%s份、不满意%s份，' % ((tY,) + tuple(pts)),
            '综合满意率（含基本满意）为%s。' % pc]


@S('budget_execution_adjusted', 'pct')
def _p(b, rng, bad):
    b.sector = 'budget'
    for _ in range(200):
        Y = F(rng.randint(100000, 9000000), 100)
        Z = rhu(Y * F(rng.randint(700, 1000), 1000), 2)
        X = rhu(Y * F(rng.randint(850, 990), 1000), 2)
        true = Z / Y * 100
        st = pct_stated(rng, true, 2, bad, cap=100)
        if st is not None and (st < 100 or Z == Y):
            break
    tx, ty, tz, pc = b.n(X, 'a', 2), b.n(Y, 'a', 2), b.n(Z, 'a', 2), b.p(st, 2)
    b.check('rate', part=tz, whole=ty, pct=pc)
    b.why = 'execution rate is against the adjusted budget (the initial budget is a trap)'
    return ['一般公共预算年初安排%s万元，调整后预算为%s万元，实际支出%s万元，完成调整预算的%s。' % (tx, ty, tz, pc)]


@S('gross_margin_corp', 'pct')
def _p(b, rng, bad):
    b.sector = 'corp'
    for _ in range(200):
        R = F(rng.randint(5000, 900000), 100)
        C = rhu(R * F(rng.randint(450, 920), 1000), 2)
        true = (R - C) / R * 100
        st = pct_stated(rng, true, 2, bad, cap=100)
        if st is not None:
            break
    tr, tc, pc = b.n(R, 'th', 2), b.n(C, 'th', 2), b.p(st, 2)
    b.check('margin', part=tc, whole=tr, pct=pc)
    b.why = 'gross margin = (revenue - cost) / revenue'
    return ['%s主营业务收入%s万元，营业成本%s万元，毛利率为%s。' % (pick(rng, ['报告期内，公司', '本年度']), tr, tc, pc)]


@S('target_completion_over_100', 'pct')
def _p(b, rng, bad):
    for _ in range(200):
        X = F(rng.randint(50, 9000))
        Y = F(round(X * F(rng.randint(850, 1400), 1000)))
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, Y / X * 100, dec, bad)
        if st is not None:
            break
    tx, ty, pc = b.n(X), b.n(Y), b.p(st, dec)
    b.check('rate', part=ty, whole=tx, pct=pc)
    what, u = pick(rng, [('新增城镇就业', '人'), ('农村劳动力转移就业', '人'), ('新增市场主体', '户'), ('棚户区改造', '套')])
    b.why = 'completion rate may exceed 100% and must equal actual / target'
    return ['%s年度目标%s%s，实际完成%s%s，完成率%s。' % (what, tx, u, ty, u, pc)]


@S('cumulative_investment_progress', 'pct')
def _p(b, rng, bad):
    for _ in range(200):
        X = F(rng.randint(500, 90000), 100)
        Y = rhu(X * F(rng.randint(150, 980), 1000), 2)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, Y / X * 100, dec, bad, cap=100)
        if st is not None and st < 100:
            break
    tx, ty, pc = b.n(X, 'a', 2), b.n(Y, 'a', 2), b.p(st, dec)
    b.check('rate', part=ty, whole=tx, pct=pc)
    proj = pick(rng, ['高铁站片区综合开发项目', '滨江防洪堤工程', '县城供水扩容工程'])
    b.why = 'progress = invested / total investment'
    return ['%s累计完成投资%s亿元，占总投资%s亿元的%s。' % (proj, ty, tx, pc)]


@S('gdp_share_private_economy', 'pct')
def _p(b, rng, bad):
    b.sector = 'stat'
    for _ in range(200):
        X = F(rng.randint(2000, 90000), 100)
        a = rhu(X * F(rng.randint(300, 700), 1000), 2)
        st = pct_stated(rng, a / X * 100, 1, bad, cap=100)
        if st is not None:
            break
    tx, ta, pc = b.n(X, 'a', 2), b.n(a, 'a', 2), b.p(st, 1)
    b.check('rate', part=ta, whole=tx, pct=pc)
    b.why = 'share of private economy in GDP'
    return ['全年实现地区生产总值%s亿元。民营经济增加值%s亿元，占地区生产总值的比重为%s。' % (tx, ta, pc)]


@S('election_vote_share', 'pct')
def _p(b, rng, bad):
    b.sector = 'elect'
    for _ in range(200):
        M = rng.randint(40, 400)
        a = rng.randint(int(M * 0.6), M)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, F(a, M) * 100, dec, bad, cap=100)
        if st is not None and (st < 100 or a == M):
            break
    tm, ta, pc = b.n(M), b.n(a), b.p(st, dec)
    b.check('rate', part=ta, whole=tm, pct=pc)
    nm = pick(rng, ['王某', '李某芳', '赵某', '郑某林'])
    b.why = 'vote share = votes / ballots cast'
    return ['参加投票代表%s名，%s获得赞成票%s票，得票率%s，当选为%s。'
            % (tm, nm, ta, pc, pick(rng, ['村民委员会主任', '镇人大主席', '工会主席']))]


@S('hospital_surgery_share', 'pct')
def _p(b, rng, bad):
    b.sector = 'hosp'
    for _ in range(200):
        X = rng.randint(3000, 90000)
        Y = rng.randint(int(X * 0.15), int(X * 0.5))
        st = pct_stated(rng, F(Y, X) * 100, 2, bad, cap=100)
        if st is not None:
            break
    tx, ty, pc = b.n(X, 'th'), b.n(Y, 'th'), b.p(st, 2)
    b.check('rate', part=ty, whole=tx, pct=pc)
    b.why = 'share of surgical patients among discharged patients'
    return ['全年出院患者%s人次，其中手术患者%s人次，占出院患者的%s。' % (tx, ty, pc),
            '平均住院日%s天。' % dec_str(F(rng.randint(55, 110), 10), 1)]


@S('two_year_growth_table', 'pct')
def _p(b, rng, bad):
    for _ in range(200):
        v0 = F(rng.randint(1000, 90000), 100)
        v1 = rhu(v0 * F(rng.randint(1020, 1300), 1000), 2)
        v2 = rhu(v1 * F(rng.randint(1020, 1300), 1000), 2)
        g1, g2 = good_pct((v1 - v0) / v0 * 100, 1), good_pct((v2 - v1) / v1 * 100, 1)
        if g1 and g2:
            break
    gs = [g1, g2]
    if bad:
        i = rng.randrange(2)
        gs[i] = bad_pct(rng, [(v1 - v0) / v0 * 100, (v2 - v1) / v1 * 100][i], 1)
        if gs[i] <= 0:
            gs[i] = -gs[i] + 1
    y = rng.randint(2020, 2024)
    t0, t1, t2 = [b.n(x, 'a', 2) for x in (v0, v1, v2)]
    p1, p2 = b.p(gs[0], 1), b.p(gs[1], 1)
    b.check('growth', old=t0, new=t1, pct=p1, dir='up')
    b.check('growth', old=t1, new=t2, pct=p2, dir='up')
    what = pick(rng, ['一般公共预算收入', '外贸进出口总额', '金融机构存款余额'])
    b.why = 'each year\'s growth from the previous stated value'
    return ['近三年%s情况（单位：亿元）' % what, '年份｜金额｜比上年增长',
            '%d｜%s｜—' % (y - 2, t0), '%d｜%s｜%s' % (y - 1, t1, p1), '%d｜%s｜%s' % (y, t2, p2)]


@S('decline_cases_base_after', 'pct')
def _p(b, rng, bad):
    b.sector = 'police'
    for _ in range(200):
        o = rng.randint(40, 3000)
        n = rng.randint(int(o * 0.5), o - 1)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, F(o - n, o) * 100, dec, bad, cap=100)
        if st is not None and st > 0:
            break
    tn, to, pc = b.n(n), b.n(o), b.p(st, dec)
    b.check('growth', old=to, new=tn, pct=pc, dir='down')
    what = pick(rng, ['电信网络诈骗案件', '盗窃案件', '道路交通事故', '刑事案件'])
    b.why = 'decline computed against the base given afterwards in brackets'
    return ['全年共发生%s%s起，同比下降%s（上年同期%s起）。' % (what, tn, pc, to)]


@S('times_growth_multiple', 'pct')
def _p(b, rng, bad):
    for _ in range(200):
        o = rng.randint(10, 500)
        n = rng.randint(o * 2, o * 5)
        mode = pick(rng, ['inc', 'is'])
        true = F(n - o, o) if mode == 'inc' else F(n, o)
        if near_tie(true, 1):
            continue
        t = rhu(true, 1)
        if bad:
            t = t + rng.choice([-1, 1]) * F(rng.randint(3, 12), 10)
            if t <= 0 or abs(t - true) < F(25, 100):
                continue
        break
    to, tn, tt = b.n(o), b.n(n), b.n(t, 'a', 1)
    b.check('times', old=to, new=tn, times=tt, mode=mode)
    subj, u = pick(rng, [('跨境电商企业', '家'), ('新能源汽车充电桩', '个'), ('农村电商服务站点', '个')])
    b.why = '"增长N倍" means (new-old)/old = N; "是…的N倍" means new/old = N'
    if mode == 'inc':
        return ['%s由%s%s发展到%s%s，增长%s倍。' % (subj, to, u, tn, u, tt)]
    return ['%s达到%s%s，是上年%s%s的%s倍。' % (subj, tn, u, to, u, tt)]


@S('baifenzhi_chinese_percent', 'pct')
def _p(b, rng, bad):
    for _ in range(300):
        W = rng.randint(20, 400)
        P = rng.randint(int(W * 0.8), W)
        true = F(P, W) * 100
        st = pct_stated(rng, true, 0, bad, cap=100)
        if st is not None and (st < 100 or P == W):
            break
    tw, tp = b.n(W), b.n(P)
    pc = b.p(st, 0, raw='百分之' + to_cn(int(st)))
    b.check('rate', part=tp, whole=tw, pct=pc)
    b.why = 'a percentage written in Chinese numerals (百分之…) must still match part / whole'
    return ['全镇%s个自然村中已有%s个完成污水管网接入，接入率达到%s。' % (tw, tp, pc)]


@S('rate_table_multirow', 'pct')
def _p(b, rng, bad):
    k = rng.randint(2, 4)
    towns = rng.sample(TOWNS, k)
    bi = rng.randrange(k) if bad else -1
    out = ['单位｜应完成（户）｜已完成（户）｜完成率']
    for i, t in enumerate(towns):
        W, P, st = mk_rate(rng, 0.6, 0.99, 50, 2000, 1, i == bi)
        tw, tp, pc = b.n(W), b.n(P), b.p(st, 1)
        b.check('rate', part=tp, whole=tw, pct=pc)
        out.append('%s｜%s｜%s｜%s' % (t, tw, tp, pc))
    b.why = 'each row\'s rate = completed / required'
    return ['各镇（街道）农村生活污水治理进度如下：'] + out


@S('pp_with_rate_from_counts', 'pct')
def _p(b, rng, bad):
    b.sector = 'env'
    for _ in range(300):
        days = rng.choice([365, 366])
        good = rng.randint(260, 360)
        r = F(good, days) * 100
        g = good_pct(r, 1)
        if g is None:
            continue
        prev = g - F(rng.randint(-30, 50), 10)
        if prev >= 100 or prev == g:
            continue
        break
    pp = abs(g - prev)
    up = g > prev
    st = g
    if bad:
        if rng.random() < 0.5:
            st = bad_pct(rng, r, 1, cap=100)
            # keep pp consistent with stated rates so that only the rate is wrong
            prev = st - pp if up else st + pp
            if prev >= 100 or prev <= 0:
                prev = st - pp
                up = True
        else:
            pp = pp + rng.choice([-1, 1]) * F(rng.randint(6, 20), 10)
            if pp <= 0:
                pp = abs(g - prev) + F(12, 10)
    tg, td, pc = b.n(good), b.n(days), b.p(st, 1)
    tprev, tpp = b.p(prev, 1), b.n(pp, 'a', 1)
    b.check('rate', part=tg, whole=td, pct=pc)
    b.check('pp', old=tprev, new=pc, pp=tpp, dir='up' if up else 'down')
    b.why = 'rate from day counts and percentage-point change from the previous rate'
    return ['全年空气质量优良天数%s天（有效监测天数%s天），优良率%s，较上年的%s%s%s个百分点。'
            % (tg, td, pc, tprev, '提高' if up else '下降', tpp)]


@S('share_of_province_exports', 'pct')
def _p(b, rng, bad):
    b.sector = 'customs'
    for _ in range(200):
        X = F(rng.randint(10000, 900000), 100)
        a = rhu(X * F(rng.randint(20, 200), 1000), 2)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, a / X * 100, dec, bad, cap=100)
        if st is not None and st > 0:
            break
    ta, tx, pc = b.n(a, 'a', 2), b.n(X, 'th', 2), b.p(st, dec)
    b.check('rate', part=ta, whole=tx, pct=pc)
    b.why = 'share of the city in the stated provincial total'
    return ['全市出口%s亿元，占全省出口总额%s亿元的%s，居全省第%d位。' % (ta, tx, pc, rng.randint(2, 9))]


@S('loan_increase_growth_from_increment', 'pct')
def _p(b, rng, bad):
    b.sector = 'corp'
    for _ in range(300):
        o = F(rng.randint(5000, 300000), 100)
        inc = rhu(o * F(rng.randint(30, 250), 1000), 2)
        X = o + inc
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, inc / o * 100, dec, bad)
        if st is not None and st > 0:
            break
    tx, ti, pc = b.n(X, 'a', 2), b.n(inc, 'a', 2), b.p(st, dec)
    b.check('growth_inc', new=tx, inc=ti, pct=pc)
    b.why = 'growth = increase / (balance - increase); the base is implied, not stated'
    return ['年末各项贷款余额%s亿元，较年初增加%s亿元，增长%s。' % (tx, ti, pc)]


# ---- pct: malformed percentages (inconsistent whatever the arithmetic) -----------------------------
def malform(rng, kind, st, dec):
    s = dec_str(st, dec)
    if kind == 'xx':
        return pick(rng, ['xx%', 'XX%', 'xx.xx%', 'xxx%', 'XX.X%'])
    if kind == 'space':
        return s + pick(rng, [' %', ' %', '\u3000%', ' ％'])
    if kind == 'prefix':
        return '%' + s
    if kind == 'double':
        return s + pick(rng, ['%%', '％％', '%％'])
    if kind == 'dotdot':
        if dec == 0:
            return s + '..' + '5%'
        ip, fp = s.split('.')
        return pick(rng, [ip + '..' + fp + '%', ip + '.' + fp[:1] + '.' + (fp[1:] or '0') + '%'])
    if kind == 'trailing':
        return s.split('.')[0] + '.%'
    if kind == 'bfz':
        return '百分之' + s + '%'
    raise ValueError(kind)


MAL_BASES = [
    ('xx', 'placeholder_xx', '全年受理12345热线诉求%s件，按时办结%s件，按时办结率%s。', (300, 9000), (0.9, 0.999), 1),
    ('space', 'space_before_sign', '开展重点人群家庭医生签约服务，应签%s人，已签%s人，签约率%s。', (500, 30000), (0.6, 0.95), 2),
    ('prefix', 'sign_before_number', '本学期参加体质健康测试学生%s人，达标%s人，达标率%s。', (200, 4000), (0.8, 0.98), 1),
    ('double', 'doubled_sign', '抽检药品%s批次，合格%s批次，合格率%s。', (50, 2000), (0.95, 0.999), 2),
    ('dotdot', 'double_decimal_point', '发放创业担保贷款%s笔，按期还款%s笔，按期还款率%s。', (40, 3000), (0.85, 0.995), 2),
    ('trailing', 'trailing_decimal_point', '全县%s所中小学中，%s所建成标准化食堂，建成率%s。', (30, 300), (0.5, 0.98), 1),
    ('bfz', 'baifenzhi_plus_sign', '辖区%s户居民中%s户完成燃气安全入户检查，检查覆盖率%s。', (500, 9000), (0.7, 0.99), 1),
]


def make_mal_style(kind, tmpl, wr, rr, dec0):
    def fn(b, rng, bad):
        dec = dec0
        W, P, st = mk_rate(rng, rr[0], rr[1], wr[0], wr[1], dec, False)
        if not bad and st >= 100 and P < W:
            W += 1
            st = good_pct(F(P, W) * 100, dec) or st
        tw, tp = b.n(W), b.n(P)
        if bad:
            pc = b.p(st, dec, raw=malform(rng, kind, st, dec))
            b.check('pct_format', pct=pc)
            b.why = 'malformed percentage (%s) counts as inconsistent; numeric part, where present, is correct' % kind
        else:
            pc = b.p(st, dec)
            b.check('pct_format', pct=pc)
            b.check('rate', part=tp, whole=tw, pct=pc)
            b.why = 'well-formed rate matching part / whole (counterpart of the malformed variant)'
        return [tmpl % (tw, tp, pc)]
    return fn


for _k, _nm, _tm, _wr, _rr, _d in MAL_BASES:
    S('malformed_%s' % _nm, 'pct')(make_mal_style(_k, _tm, _wr, _rr, _d))


@S('malformed_in_multi_rate_paragraph', 'pct')
def _p(b, rng, bad):
    """three rates in one paragraph, one of them malformed in the bad variant"""
    names = [('城乡居民医保参保率', '应参保', '已参保', '人'), ('适龄儿童免疫规划疫苗接种率', '应种', '实种', '人次'),
             ('65岁以上老年人健康管理率', '应管理', '已管理', '人')]
    bi = rng.randrange(3) if bad else -1
    segs = []
    for i, (r, a, c, u) in enumerate(names):
        W, P, st = mk_rate(rng, 0.7, 0.99, 500, 20000, 2, False)
        if st >= 100 and P < W:
            P -= 1
            W, P, st = W, P, good_pct(F(P, W) * 100, 2) or rhu(F(P, W) * 100, 2)
        tw, tp = b.n(W), b.n(P)
        if i == bi:
            pc = b.p(st, 2, raw=malform(rng, pick(rng, ['space', 'double', 'xx', 'prefix']), st, 2))
            b.check('pct_format', pct=pc)
        else:
            pc = b.p(st, 2)
            b.check('rate', part=tp, whole=tw, pct=pc)
        segs.append('%s%s（%s%s%s，%s%s%s）' % (r, pc, a, tw, u, c, tp, u))
    b.why = 'three rates; the bad variant has exactly one malformed percentage and correct arithmetic elsewhere'
    return ['%s。' % '；'.join(segs)]


# ---- pct: negatives --------------------------------------------------------------------------------
@S('neg_pp_without_base', 'pct', 'neg')
def _n(b, rng):
    a = b.p(F(rng.randint(700, 980), 10), 1)
    pp = b.n(F(rng.randint(2, 60), 10), 'a', 1)
    LK(b, 'pp', [a, pp], '个百分点')
    b.why = 'a percentage-point change without the previous value is not checkable'
    return ['全年空气质量优良天数比例为%s，同比提高%s个百分点。' % (a, pp)]


@S('neg_growth_over_100_no_base', 'pct', 'neg')
def _n(b, rng):
    g = b.p(F(rng.randint(1010, 3500), 10), 1)
    g2 = b.p(F(rng.randint(50, 400), 10), 1)
    LK(b, 'over100', [g, g2])
    b.why = 'growth above 100% is possible and has no stated base'
    return ['全县农村网络零售额同比增长%s，其中农产品网络零售额增长%s。' % (g, g2)]


@S('neg_target_completion_over_100_no_counts', 'pct', 'neg')
def _n(b, rng):
    g = b.p(F(rng.randint(1005, 1600), 10), 1)
    LK(b, 'over100', [g], '目标')
    b.why = 'completion above 100% of target, no counts stated'
    return ['全年招商引资到位资金完成年度目标任务的%s，超额完成任务。' % g]


@S('neg_rate_different_wholes_unemployment', 'pct', 'neg')
def _n(b, rng):
    pop = b.n(F(rng.randint(300, 2000), 10), 'a', 1)
    emp = b.n(F(rng.randint(5, 40), 10), 'a', 1)
    ur = b.p(F(rng.randint(28, 55), 10), 1)
    LK(b, 'different_wholes', [pop, emp, ur])
    b.why = 'the unemployment rate is not new jobs / population: different wholes'
    return ['年末常住人口%s万人。全年城镇新增就业%s万人，城镇调查失业率%s。' % (pop, emp, ur)]


@S('neg_overlapping_shares', 'pct', 'neg')
def _n(b, rng):
    sh = [F(rng.randint(400, 800), 10), F(rng.randint(500, 900), 10), F(rng.randint(300, 600), 10)]
    t = [b.p(x, 1) for x in sh]
    T = b.n(rng.randint(100, 2000))
    LK(b, 'overlap', [T] + t, '占')
    b.why = 'overlapping attributes: shares may sum past 100%'
    return ['全系统现有干部职工%s人，其中中共党员占%s，大专以上学历占%s，35岁以下占%s。' % ((T,) + tuple(t))]


@S('neg_several_indicators_high', 'pct', 'neg')
def _n(b, rng):
    t = [b.p(F(100), 0), b.p(F(rng.randint(950, 999), 10), 1), b.p(F(rng.randint(900, 990), 10), 1)]
    LK(b, 'different_wholes', t)
    b.why = 'indicators of different wholes, their sum past 100% means nothing'
    return ['垃圾分类示范小区覆盖率%s，居民知晓率%s，参与率%s。' % tuple(t)]


@S('neg_approx_share_yue', 'pct', 'neg')
def _n(b, rng):
    for _ in range(200):
        X = rng.randint(200, 5000)
        s = rng.randint(2, 8) * 10 if rng.random() < 0.7 else rng.choice([25, 75, 45, 55, 35, 65])
        a = round(X * s / 100 * rng.uniform(0.975, 1.025))
        if rhu(F(a, X) * 100, 0) != s and abs(F(a, X) * 100 - s) < 2:
            break
    tx, ta, ps = b.n(X), b.n(a), b.p(F(s), 0)
    LK(b, 'approx', [ta, tx, ps], '约占')
    b.why = '约占 announces an approximation; the exact rate differs slightly'
    return ['全县%s家规上企业中，%s家开展了数字化改造，约占%s。' % (tx, ta, ps)]


@S('neg_threshold_yishang', 'pct', 'neg')
def _n(b, rng):
    for _ in range(200):
        W = rng.randint(200, 5000)
        P = rng.randint(int(W * 0.96), W - 1)
        th = rng.choice([90, 95])
        if F(P, W) * 100 > th + 1:
            break
    tw, tp, pt = b.n(W), b.n(P), b.p(F(th), 0)
    LK(b, 'threshold', [tw, tp, pt], '以上')
    b.why = 'a threshold statement (以上) is satisfied, not an equality'
    return ['全年检测水样%s份，达标%s份，水质达标率保持在%s以上。' % (tw, tp, pt)]


@S('neg_interest_subsidy_rates', 'pct', 'neg')
def _n(b, rng):
    x = b.n(rng.randint(50, 9000))
    r = b.p(F(rng.randint(300, 480), 100), 2)
    s = b.p(F(rng.choice([30, 50, 70, 100])), 0)
    LK(b, 'rates', [x, r, s])
    b.why = 'interest and subsidy rates are terms, not shares'
    return ['发放创业担保贷款%s万元，执行年利率%s，财政贴息比例%s。' % (x, r, s)]


@S('neg_cpi_components', 'pct', 'neg')
def _n(b, rng):
    t = [b.p(F(rng.randint(5, 35), 10), 1), b.p(F(rng.randint(5, 60), 10), 1), b.p(F(rng.randint(5, 30), 10), 1)]
    LK(b, 'not_additive', t, '其中')
    b.why = 'component price changes under 其中 are not additive parts of the headline rate'
    return ['全年居民消费价格上涨%s，其中食品烟酒类上涨%s，服务类价格上涨%s。' % tuple(t)]


@S('neg_policy_ratio_cap', 'pct', 'neg')
def _n(b, rng):
    p = b.p(F(rng.choice([20, 25, 30, 35, 40])), 0)
    x = b.n(rng.choice([3, 5, 8, 10]))
    a, c = rng.choice([(13, 9), (16, 13), (10, 9)])
    ta, tc = b.p(F(a), 0), b.p(F(c), 0)
    LK(b, 'rates', [p, x, ta, tc])
    b.why = 'policy ratios and a tax-rate change with no stated difference'
    return ['补贴标准为设备购置价的%s，单台最高不超过%s万元。' % (p, x),
            '部分行业增值税税率由%s降至%s。' % (ta, tc)]


@S('neg_forecast_ranges', 'pct', 'neg')
def _n(b, rng):
    lo = rng.randint(4, 7)
    t = [b.p(F(lo), 0), b.p(F(lo + 2), 0), b.p(F(rng.randint(5, 9)), 0)]
    LK(b, 'range', t)
    b.why = 'forecast ranges and approximate targets'
    return ['预计%d年地区生产总值增长%s—%s，一般公共预算收入增长%s左右。' % ((pick(rng, YEARS) + 1,) + tuple(t))]


@S('neg_shareholdings', 'pct', 'neg')
def _n(b, rng):
    t = [b.p(F(rng.randint(51, 100)), 0), b.p(F(rng.randint(20, 70)), 0), b.p(F(rng.randint(10, 49)), 0)]
    LK(b, 'different_wholes', t)
    b.why = 'holdings in different companies are shares of different wholes'
    return ['公司分别持有青岚物流%s、桐川新能源%s和溪口水务%s的股权。' % tuple(t)]


@S('neg_share_of_unstated_whole', 'pct', 'neg')
def _n(b, rng):
    a = b.n(F(rng.randint(100, 9000), 100), 'a', 2)
    p = b.p(F(rng.randint(20, 300), 10), 1)
    LK(b, 'unstated_whole', [a, p])
    b.why = 'the provincial total is not stated, nothing to check'
    return ['全市粮食总产量%s万吨，占全省的%s。' % (a, p)]


@S('neg_pp_vs_average', 'pct', 'neg')
def _n(b, rng):
    r = b.p(F(rng.randint(600, 950), 10), 1)
    pp = b.n(F(rng.randint(5, 60), 10), 'a', 1)
    LK(b, 'pp', [r, pp], '个百分点')
    b.why = 'comparison with an unstated provincial average'
    return ['全县常住人口城镇化率达到%s，高于全省平均水平%s个百分点。' % (r, pp)]


@S('neg_times_without_base', 'pct', 'neg')
def _n(b, rng):
    t = b.n(F(rng.randint(11, 45), 10), 'a', 1)
    g = b.p(F(rng.randint(150, 600), 10), 1)
    LK(b, 'times', [t, g])
    b.why = 'multiples and growth with no stated values'
    return ['新能源汽车产量增长%s倍，工业机器人产量增长%s。' % (t, g)]


@S('neg_contribution_rates', 'pct', 'neg')
def _n(b, rng):
    for _ in range(200):
        g = F(rng.randint(40, 90), 10)
        c1 = F(rng.randint(300, 600), 10)
        c2 = F(rng.randint(200, 900 - int(c1 * 10) + 200), 10)
        pulled = g * c1 / 100
        if c1 + c2 <= 95 and not near_tie(pulled, 1):
            break
    t = [b.p(g, 1), b.p(c1, 1), b.n(rhu(pulled, 1), 'a', 1), b.p(c2, 1)]
    LK(b, 'not_additive', t)
    b.why = ('growth, contribution rate and pulled points are different measures (pulled points = growth x '
             'contribution, kept consistent; the two contribution rates stay below 100%)')
    return ['地区生产总值增长%s，其中工业对经济增长的贡献率为%s，拉动经济增长%s个百分点；服务业贡献率为%s。' % tuple(t)]


@S('neg_cumulative_period_rates', 'pct', 'neg')
def _n(b, rng):
    t = [b.p(x, 1) for x in sorted(F(rng.randint(30, 120), 10) for _ in range(3))]
    LK(b, 'periods', t)
    b.why = 'cumulative growth rates for nested periods do not add up'
    return ['规模以上工业增加值一季度增长%s，上半年增长%s，前三季度增长%s，增速稳中有进。' % tuple(t)]


@S('attendance_ying_shi', 'pct')
def _p(b, rng, bad):
    b.sector = pick(rng, ['elect', 'school', 'gov'])
    for _ in range(200):
        W = rng.randint(30, 600)
        P = rng.randint(int(W * 0.8), W)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, F(P, W) * 100, dec, bad, cap=100)
        if st is not None and (st < 100 or P == W):
            break
    tw, tp, pc = b.n(W), b.n(P), b.p(st, dec)
    b.check('rate', part=tp, whole=tw, pct=pc)
    what = pick(rng, ['会议', '本次培训', '年度考核测评'])
    b.why = 'attendance = present / expected'
    return ['%s应到%s人，实到%s人，到会率%s。' % (what, tw, tp, pc)]


@S('share_then_count_derived', 'pct')
def _p(b, rng, bad):
    for _ in range(200):
        T = rng.randint(500, 30000)
        a = rng.randint(T // 10, T * 7 // 10)
        dec = pick(rng, [1, 2])
        st = pct_stated(rng, F(a, T) * 100, dec, bad, cap=100)
        if st is not None:
            break
    tt, pc, ta = b.n(T, 'th'), b.p(st, dec), b.n(a, 'th')
    b.check('rate', part=ta, whole=tt, pct=pc)
    b.why = 'share stated before the count it stands for'
    return ['全县义务教育阶段在校学生%s人，其中随迁子女占%s，计%s人，全部实现就近入学。' % (tt, pc, ta)]


@S('bulletin_two_indicators_growth', 'pct')
def _p(b, rng, bad):
    b.sector = 'stat'
    inds = rng.sample([('粮食总产量', '万吨', 2), ('生猪出栏', '万头', 1), ('规模以上工业用电量', '亿千瓦时', 2),
                       ('快递业务量', '万件', 1)], 2)
    bi = rng.randrange(2) if bad else -1
    segs = []
    for i, (nm, u, vd) in enumerate(inds):
        for _ in range(200):
            o, n = growth_pair(rng, 5, 900, -0.12, 0.25, 1, vd)
            if n == o:
                continue
            true = abs(n - o) / o * 100
            st = pct_stated(rng, true, 1, i == bi)
            if st is not None and st > 0:
                break
        up = n > o
        tn, to, pc = b.n(n, 'a', vd), b.n(o, 'a', vd), b.p(st, 1)
        b.check('growth', old=to, new=tn, pct=pc, dir='up' if up else 'down')
        segs.append('%s%s%s，比上年%s%s（上年为%s%s）' % (nm, tn, u, '增长' if up else '下降', pc, to, u))
    b.why = 'two bulletin indicators, each change checked against its stated previous value'
    return ['；'.join(segs) + '。']


# ---------------------------------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------------------------------
def srng(*parts):
    h = hashlib.sha256('|'.join(str(p) for p in parts).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def add_context(b, rng, lines):
    # align the context with the statement: use the latest year mentioned in the statement itself
    yrs = [int(y) for y in re.findall(r'(20[12][0-9])(?=年|学年|届|｜)', TOKRE.sub(lambda m: m.group(2), '\n'.join(lines)))]
    year = max(yrs) if yrs else pick(rng, YEARS)
    county = pick(rng, COUNTIES)
    pre, post = [], []
    if rng.random() < 0.55:
        pre.append(fill_ctx(pick(rng, OPEN.get(b.sector, OPEN['gov'])), rng, year, county))
    if rng.random() < 0.2:
        pre.append(fill_ctx(pick(rng, MID), rng, year, county))
    if rng.random() < 0.45:
        post.append(fill_ctx(pick(rng, CLOSE), rng, year, county))
    while len(pre) + len(lines) + len(post) > 8 and (pre or post):
        (post or pre).pop()
    return pre + lines + post


def ser_check(c):
    out = {}
    for k, v in c.items():
        if isinstance(v, Tok):
            out[k] = ser_tok(v)
        elif isinstance(v, list) and v and isinstance(v[0], Tok):
            out[k] = [ser_tok(x) for x in v]
        else:
            out[k] = v
    return out


def ser_tok(t):
    if t.at is None:
        raise ValueError('token %r not placed in text' % t.raw)
    d = {'raw': t.raw, 'at': t.at, 'kind': t.kind}
    if t.v is not None:
        d['v'] = strip_dec(t.v, 6)
    return d


def judge(label, results, malformed):
    fails = sum(1 for ok, _ in results if not ok)
    has_mal_check = any(not ok and 'MALFORMED' in d for ok, d in results)
    if has_mal_check != bool(malformed):
        return False
    if label == 'consistent':
        return fails == 0 and any('look-alike' not in d for _, d in results)
    if label == 'inconsistent':
        return fails == 1
    return fails == 0 and any('look-alike' in d for _, d in results)


def make_record(name, fam, kind, fn, rng, label, seen):
    for attempt in range(80):
        b = Rec(rng)
        try:
            lines = fn(b, rng, label == 'inconsistent') if kind == 'check' else fn(b, rng)
        except (RuntimeError, ZeroDivisionError) as e:
            continue
        lines = [l for l in lines if l]
        if len(lines) > 8:
            continue
        lines = add_context(b, rng, lines)
        try:
            text = finish_text(b, lines)
        except ValueError as e:
            raise ValueError('%s: %s' % (name, e))
        if text in seen:
            continue
        checks = [ser_check(c) for c in b.checks]
        results = [evaluate(c, text) for c in checks]
        mal = malformed_pcts(text)
        if not judge(label, results, mal):
            continue
        for c, (ok, det) in zip(checks, results):
            c['ok'] = ok
            c['detail'] = det
        seen.add(text)
        bad = [d for ok, d in results if not ok]
        note = '%s: %s. %s' % (label, b.why, ('WRONG: ' + bad[0]) if bad else
                               ('holds: ' + '; '.join(d for _, d in results)))
        return {'family': fam, 'style': name, 'label': label, 'text': text, 'note': note.replace('\n', ' '),
                'checks': checks}
    raise RuntimeError('could not generate %s/%s' % (name, label))


def allocate(rng, n_styles, total, lo=15, hi=20):
    if not (lo * n_styles <= total <= hi * n_styles):
        total = max(lo * n_styles, min(hi * n_styles, total))
    counts = [lo] * n_styles
    rest = total - lo * n_styles
    while rest:
        i = rng.randrange(n_styles)
        if counts[i] < hi:
            counts[i] += 1
            rest -= 1
    return counts


def generate(seed, per_family=1500):
    arng = srng('alloc', seed)
    plan = []  # (name, fam, kind, fn, label)
    for fam in ('totals', 'pct'):
        chk = [s for s in STYLES if s[1] == fam and s[2] == 'check']
        neg = [s for s in STYLES if s[1] == fam and s[2] == 'neg']
        n_neg = round(per_family * 0.2)
        n_chk = per_family - n_neg
        cc = allocate(arng, len(chk), n_chk)
        nc = allocate(arng, len(neg), n_neg)
        extra = 0  # alternate which label gets the odd record so that consistent == inconsistent overall
        for (name, f, kind, fn), n in zip(chk, cc):
            half = n // 2
            ncons = half + (n % 2 if extra % 2 == 0 else 0)
            if n % 2:
                extra += 1
            plan += [(name, f, kind, fn, 'consistent')] * ncons + [(name, f, kind, fn, 'inconsistent')] * (n - ncons)
        for (name, f, kind, fn), n in zip(neg, nc):
            plan += [(name, f, kind, fn, 'negative')] * n
    seen = set()
    recs = []
    rngs = {}
    for name, fam, kind, fn, label in plan:
        r = rngs.setdefault(name, srng('style', seed, name))
        recs.append(make_record(name, fam, kind, fn, r, label, seen))
    srng('order', seed).shuffle(recs)
    ctr = {'totals': 0, 'pct': 0}
    out = []
    for r in recs:
        ctr[r['family']] += 1
        out.append(dict([('id', 'n15-%s-%06d' % (r['family'], ctr[r['family']]))] + list(r.items())))
    return out


# ---------------------------------------------------------------------------------------------------
# verification (recomputes every check from the raw strings in the text)
# ---------------------------------------------------------------------------------------------------
def iter_toks(c):
    for k, v in c.items():
        if isinstance(v, dict) and 'raw' in v:
            yield v
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, dict) and 'raw' in x:
                    yield x


def verify_record(r, problems, ids):
    rid = r.get('id', '?')

    def bad(msg):
        problems.append('%s: %s' % (rid, msg))

    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in r:
            return bad('missing key ' + k)
    if r['family'] not in ('totals', 'pct'):
        bad('bad family')
    if not re.fullmatch(r'n15-%s-\d{6}' % r['family'], r['id']):
        bad('id does not match family')
    if r['id'] in ids:
        bad('duplicate id')
    ids.add(r['id'])
    if r['label'] not in ('consistent', 'inconsistent', 'negative'):
        bad('bad label')
    if not re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+)*', r['style']):
        bad('style not snake_case')
    text = r['text']
    nlines = len(text.split('\n'))
    if not 1 <= nlines <= 8:
        bad('text has %d lines' % nlines)
    if not r['note'] or '\n' in r['note']:
        bad('note must be one non-empty line')
    if '\x01' in text or '\x02' in text or '\x03' in text:
        bad('token debris in text')
    results = []
    for c in r['checks']:
        for t in iter_toks(c):
            if text[t['at']:t['at'] + len(t['raw'])] != t['raw']:
                bad('raw %r not at offset %d' % (t['raw'], t['at']))
            if t.get('kind') == 'num' and parse_num(t['raw']) != F(Decimal(t['v'])):
                bad('raw %r does not parse to %s' % (t['raw'], t['v']))
            if t.get('kind') == 'pct':
                pp = parse_pct(t['raw'])
                if pp is not None and pp[0] != F(Decimal(t['v'])):
                    bad('percentage %r does not parse to %s' % (t['raw'], t['v']))
        try:
            ok, det = evaluate(c, text)
        except Exception as e:  # noqa
            bad('check %s cannot be evaluated: %s' % (c.get('rel'), e))
            continue
        if ok != c.get('ok'):
            bad('stored ok=%s but recomputed %s (%s)' % (c.get('ok'), ok, det))
        results.append((ok, det, c))
        if c['rel'] == 'lookalike':
            verify_lookalike(c, text, r['family'], bad)
    fails = [x for x in results if not x[0]]
    mal = malformed_pcts(text)
    mal_checks = [x for x in fails if x[2]['rel'] == 'pct_format']
    if r['label'] == 'consistent':
        if fails:
            bad('consistent record has a failing check: %s' % fails[0][1])
        if not any(x[2]['rel'] != 'lookalike' for x in results):
            bad('consistent record without a checkable relation')
    elif r['label'] == 'inconsistent':
        if len(fails) != 1:
            bad('inconsistent record must have exactly one failing check, has %d' % len(fails))
    else:
        if fails:
            bad('negative record has a failing check')
        if not any(x[2]['rel'] == 'lookalike' for x in results):
            bad('negative record without a look-alike entry')
        if any(x[2]['rel'] not in ('lookalike',) for x in results):
            bad('negative record carries a checkable relation')
    if mal and not mal_checks:
        bad('malformed percentage in text but no failing pct_format check: %s' % mal)
    if mal_checks and not mal:
        bad('pct_format failure not confirmed by the text scan')
    if r['family'] == 'totals' and any(x[2]['rel'] in ('rate', 'growth', 'pp', 'pct_format') for x in results):
        bad('pct relation in totals family')


def verify_lookalike(c, text, fam, bad):
    kind = c['kind']
    nums = c['nums']
    if c.get('marker') and c['marker'] not in text:
        bad('look-alike marker %r missing' % c['marker'])
    vals = [parse_num(t['raw']) if t['kind'] == 'num' else None for t in nums]
    if fam == 'totals' and kind in ('overlap', 'selection', 'partial', 'approx'):
        tot, parts = vals[0], vals[1:]
        if any(p > tot for p in parts) and kind != 'approx':
            bad('a part exceeds the whole in a look-alike')
        if kind in ('selection', 'partial') and not sum(parts) < tot:
            bad('selection/partial list must fall short of the whole')
        if kind == 'overlap' and sum(parts) == tot:
            bad('overlap look-alike accidentally adds up')
        if kind == 'approx':
            at = nums[0]['at']
            win = text[max(0, at - 2):at + len(nums[0]['raw']) + 2]
            if c['marker'] not in win:
                bad('approximation marker not next to the whole')
            if abs(sum(parts) - tot) > tot * F(1, 10):
                bad('approximate whole too far from the parts')
    if kind == 'threshold':
        w, p = vals[0], vals[1]
        th = parse_pct(nums[2]['raw'])[0]
        if not p / w * 100 >= th:
            bad('threshold not met')
    if kind == 'approx' and fam == 'pct':
        a, x = vals[0], vals[1]
        s = parse_pct(nums[2]['raw'])[0]
        if abs(a / x * 100 - s) > 3:
            bad('约占 too far from the true share')


def verify_files(paths):
    problems = []
    for path in paths:
        ids = set()
        texts = set()
        stats = {}
        styles = {}
        n = 0
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append('%s:%d: bad JSON %s' % (path, ln, e))
                    continue
                n += 1
                verify_record(r, problems, ids)
                if r.get('text') in texts:
                    problems.append('%s: duplicate text' % r.get('id'))
                texts.add(r.get('text'))
                key = (r.get('family'), r.get('label'))
                stats[key] = stats.get(key, 0) + 1
                styles[r.get('style')] = styles.get(r.get('style'), 0) + 1
        print('%s: %d records, %d styles' % (path, n, len(styles)))
        for fam in ('totals', 'pct'):
            tot = sum(v for (f, _), v in stats.items() if f == fam)
            print('  %-6s %5d  ' % (fam, tot) + '  '.join(
                '%s=%d (%.1f%%)' % (lb, stats.get((fam, lb), 0), 100.0 * stats.get((fam, lb), 0) / max(tot, 1))
                for lb in ('consistent', 'inconsistent', 'negative')))
        odd = {s: k for s, k in styles.items() if not 15 <= k <= 20}
        if odd:
            problems.append('%s: styles outside 15-20 records: %s' % (path, odd))
        if len(styles) < 150:
            problems.append('%s: only %d styles' % (path, len(styles)))
    for p in problems[:200]:
        print('PROBLEM', p)
    print('%d problem(s)' % len(problems))
    return 1 if problems else 0


def style_table(path):
    rows = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            d = rows.setdefault(r['style'], {'family': r['family'], 'consistent': 0, 'inconsistent': 0,
                                              'negative': 0, 'ex': None})
            d[r['label']] += 1
            if d['ex'] is None or (r['label'] != 'inconsistent' and len(r['text']) < len(d['ex'])):
                if r['label'] != 'inconsistent' or d['ex'] is None:
                    d['ex'] = r['text']
    out = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for name in sorted(rows, key=lambda s: (rows[s]['family'] != 'totals', s)):
        d = rows[name]
        ex = d['ex'].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(ex) > 110:
            ex = ex[:110] + '…'
        out.append('| %s | %s | %d | %d | %d | %s |' % (name, d['family'], d['consistent'], d['inconsistent'],
                                                        d['negative'], ex))
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required for generation')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
