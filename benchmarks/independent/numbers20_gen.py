#!/usr/bin/env python3
"""numbers20_gen.py - held-out labelled records for an arithmetic auditor of Chinese report text.

Families: ``totals`` (wholes and parts, differences, changes, tables, counts) and ``pct`` (rates,
shares, growth, malformed percentages).  Standard library only, Python 3.11.

    python3 numbers20_gen.py --seed 11 --out numbers20_seed11.jsonl
    python3 numbers20_gen.py --verify numbers20_seed11.jsonl numbers20_seed12.jsonl
    python3 numbers20_gen.py --style-table numbers20_seed11.jsonl

Every record carries ``checks``: the relations a reader can recompute from the text, each with the
number strings exactly as they are written in the text.  ``--verify`` finds every one of those strings
in the text (digit-bounded), parses it on its own (ASCII/full-width digits, thousands separators,
Chinese numerals, 万/亿, 百分之) and recomputes the relation; a consistent record must have all
relations hold, an inconsistent one exactly one failing relation, a negative one only holding or
informational relations.  Malformed percent signs are counted over the whole text.
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR, ROUND_CEILING, getcontext

getcontext().prec = 50

# ----------------------------------------------------------------------------------------------
# number parsing (used by the verifier; the generator uses it only for its self-check)
# ----------------------------------------------------------------------------------------------
FW2A = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
A2FW = str.maketrans('0123456789', '０１２３４５６７８９')
CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
          '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def parse_cn(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num if num else 1) * CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == '亿':
            total = (total + section + num) * 10 ** 8
            section, num = 0, 0
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return Decimal(total + section + num)


def parse_num(surface):
    """Value of a number string as written in the text (percent signs and 百分之 dropped)."""
    s = surface.translate(FW2A)
    s = s.replace('百分之', '')
    s = re.sub(r'[%\s\u3000]', '', s)
    s = s.replace(',', '').replace('，', '')
    neg = s.startswith('-') or s.startswith('负')
    s = s.lstrip('-负+')
    mult = Decimal(1)
    if re.fullmatch(r'[0-9.]+[万亿]', s):
        mult = Decimal(10 ** 4) if s[-1] == '万' else Decimal(10 ** 8)
        s = s[:-1]
    if re.fullmatch(r'[0-9]+(\.[0-9]+)?', s):
        v = Decimal(s) * mult
    else:
        v = parse_cn(s)
    return -v if neg else v


def decimals_of(surface):
    s = surface.translate(FW2A)
    m = re.search(r'\.([0-9]+)', s)
    return len(m.group(1)) if m else 0


def qz(x, dec, mode=ROUND_HALF_UP):
    return x.quantize(Decimal(1).scaleb(-dec), mode)


DIGITCH = '0123456789０１２３４５６７８９'


def find_bounded(text, surface):
    """Surface occurs in text not glued to further digits/decimal points."""
    start = 0
    while True:
        i = text.find(surface, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else ''
        after = text[i + len(surface)] if i + len(surface) < len(text) else ''
        ok_b = not (surface[0] in DIGITCH and before and (before in DIGITCH or before in '.．'))
        ok_a = not (surface[-1] in DIGITCH and after and (after in DIGITCH or (after in '.．' and
                    i + len(surface) + 1 < len(text) and text[i + len(surface) + 1] in DIGITCH)))
        if ok_b and ok_a:
            return True
        start = i + 1


PCT_RUN = re.compile(r'[%％]+')
NUM_BEFORE = re.compile(r'[0-9０-９]+(?:[.．][0-9０-９]+)?$')


def malformed_percents(text):
    """List of malformed percent occurrences (runs of % / ％ judged together)."""
    bad = []
    for m in PCT_RUN.finditer(text):
        i, j = m.start(), m.end()
        ctx = text[max(0, i - 1):j + 1]
        if ctx in ('（%）', '(%)', '（％）', '(％)'):
            continue
        if j - i > 1:
            bad.append(text[max(0, i - 6):j + 2])
            continue
        nm = NUM_BEFORE.search(text[:i])
        if not nm:
            bad.append(text[max(0, i - 6):j + 2])
            continue
        k = nm.start()
        if k > 0 and text[k - 1] in '.．':
            bad.append(text[max(0, i - 6):j + 2])
            continue
    return bad


def eval_check(c, text):
    """Return (holds: bool|None, detail: str, errors: list).  None = informational."""
    errs = []
    surf = []
    for key in ('whole', 'result', 'num', 'den', 'pct', 'old', 'new', 'delta', 'a', 'b', 'stated',
                'value'):
        if key in c and isinstance(c[key], str):
            surf.append(c[key])
    for key in ('parts', 'pcts', 'factors', 'numbers'):
        for x in c.get(key, []):
            surf.append(x)
    for t in c.get('terms', []):
        surf.append(t[1])
    for m in c.get('markers', []):
        if m not in text:
            errs.append('marker %r not in text' % m)
    for s in surf:
        if not find_bounded(text, s):
            errs.append('surface %r not found in text' % s)
    rel = c['rel']
    try:
        if rel == 'sum':
            tot = sum(parse_num(p) for p in c['parts'])
            w = parse_num(c['whole'])
            return tot == w, 'sum(parts)=%s whole=%s' % (tot, w), errs
        if rel == 'linear':
            tot = Decimal(0)
            for sign, s in c['terms']:
                tot += parse_num(s) if sign == '+' else -parse_num(s)
            r = parse_num(c['result'])
            return tot == r, 'terms=%s result=%s' % (tot, r), errs
        if rel == 'equal':
            a, b = parse_num(c['a']), parse_num(c['b'])
            return a == b, '%s vs %s' % (a, b), errs
        if rel == 'count':
            markers = c['markers']
            if len(set(markers)) != len(markers):
                errs.append('duplicate markers')
            n = parse_num(c['stated'])
            return n == len(markers), 'stated %s items %d' % (n, len(markers)), errs
        if rel == 'product':
            p = Decimal(1)
            for f in c['factors']:
                p *= parse_num(f)
            r = parse_num(c['result'])
            return p == r, 'product=%s result=%s' % (p, r), errs
        if rel == 'quotient':
            num, den, val = parse_num(c['num']), parse_num(c['den']), parse_num(c['value'])
            dec = decimals_of(c['value'])
            true = num / den
            ok = qz(true, dec) == val
            return ok, 'quotient=%s stated=%s' % (true, val), errs
        if rel in ('rate', 'growth', 'growth_delta', 'pp_diff'):
            if rel == 'rate':
                true = parse_num(c['num']) * 100 / parse_num(c['den'])
            elif rel == 'growth':
                old, new = parse_num(c['old']), parse_num(c['new'])
                true = (new - old) * 100 / old
                if c.get('dir') == 'down':
                    true = -true
            elif rel == 'growth_delta':
                new, d = parse_num(c['new']), parse_num(c['delta'])
                old = new - d if c.get('dir') == 'up' else new + d
                true = d * 100 / old
            else:
                true = parse_num(c['b']) - parse_num(c['a'])
            dec = decimals_of(c['pct'])
            st = parse_num(c['pct'])
            ok = qz(true, dec) == st
            if not ok:
                if abs(st - true) < Decimal('0.3') or st in (qz(true, dec, ROUND_FLOOR),
                                                               qz(true, dec, ROUND_CEILING)):
                    errs.append('wrong value too close to the true one (%s vs %s)' % (st, true))
            if ok and c.get('approx') is None and abs(true * 10 ** dec - (true * 10 ** dec).to_integral_value(
                    ROUND_FLOOR) - Decimal('0.5')) < Decimal('1e-9'):
                errs.append('rounding tie')
            return ok, 'true=%s stated=%s' % (qz(true, 4), st), errs
        if rel == 'share_total':
            tot = sum(parse_num(p) for p in c['pcts'])
            lim = Decimal(c.get('limit', '100'))
            ok = tot <= lim
            if not ok and tot - lim < Decimal('1'):
                errs.append('share excess below 1 point')
            return ok, 'shares sum %s (limit %s)' % (tot, lim), errs
        if rel == 'pct_format':
            ok = not malformed_percents(c['surface'])
            if c['surface'] not in text:
                errs.append('pct surface %r not in text' % c['surface'])
            return ok, 'format of %r' % c['surface'], errs
        if rel == 'none':
            return None, c.get('reason', ''), errs
    except (ValueError, ArithmeticError) as e:  # noqa
        errs.append('cannot parse: %s' % e)
        return False, 'parse error', errs
    errs.append('unknown rel %r' % rel)
    return False, '', errs


def check_record(rec):
    """Problems with one record (empty list = fine)."""
    probs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            probs.append('missing ' + k)
    if probs:
        return probs
    text = rec['text']
    if rec['family'] not in ('totals', 'pct'):
        probs.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        probs.append('bad label')
    if not re.fullmatch(r'[a-z][a-z0-9_]*', rec['style']):
        probs.append('style not snake_case')
    nlines = len(text.split('\n'))
    if not 1 <= nlines <= 8:
        probs.append('text has %d lines' % nlines)
    if '\n' in rec['note']:
        probs.append('note has several lines')
    if not rec['checks']:
        probs.append('no checks')
    fails, holds, infos, fmt_fail = 0, 0, 0, 0
    for c in rec['checks']:
        ok, detail, errs = eval_check(c, text)
        probs.extend('%s: %s' % (c['rel'], e) for e in errs)
        if ok is None:
            infos += 1
        elif ok:
            holds += 1
        else:
            fails += 1
            if c['rel'] == 'pct_format':
                fmt_fail += 1
    mal = malformed_percents(text)
    lab = rec['label']
    if lab == 'consistent':
        if fails:
            probs.append('consistent record has %d failing checks' % fails)
        if mal:
            probs.append('consistent record has malformed percent %r' % mal)
        if infos or not holds:
            probs.append('consistent record needs holding checks only')
    elif lab == 'inconsistent':
        if fails != 1:
            probs.append('inconsistent record has %d failing checks' % fails)
        if len(mal) != fmt_fail:
            probs.append('malformed percents %r vs %d failing format checks' % (mal, fmt_fail))
    else:
        if fails:
            probs.append('negative record has %d failing checks' % fails)
        if mal:
            probs.append('negative record has malformed percent %r' % mal)
        if not infos:
            probs.append('negative record documents no look-alike (rel none)')
    return probs


# ----------------------------------------------------------------------------------------------
# generation helpers
# ----------------------------------------------------------------------------------------------
class Retry(Exception):
    pass


def group3(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def cn_small(n):
    units = [(1000, '千'), (100, '百'), (10, '十'), (1, '')]
    res, zero = '', False
    for val, u in units:
        d = n // val % 10
        if d == 0:
            if res:
                zero = True
            continue
        if zero:
            res += '零'
            zero = False
        res += '零一二三四五六七八九'[d] + u
    if res.startswith('一十'):
        res = res[1:]
    return res or '零'


def cn_int(n, liang=True):
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn_small(hi) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + cn_small(lo)
    else:
        s = cn_small(n)
    if liang and s[:2] in ('二千', '二万', '二百') and s[:2] != '二十':
        s = '两' + s[1:]
    return s


class G:
    """Per-record formatting state."""

    def __init__(self, rng, label):
        self.r = rng
        self.label = label
        self.bad = label == 'inconsistent'
        self.fw = rng.random() < 0.07
        self.sep = rng.choices(['', ',', '，', ' '], [60, 26, 7, 7])[0]
        self.pc = '％' if (self.fw or rng.random() < 0.08) else '%'
        self.fix2 = rng.random() < 0.5
        self.year = rng.randint(2019, 2024)
        self.place = place(rng)

    # numbers -------------------------------------------------------------
    def n(self, v, dec=0):
        v = Decimal(v)
        t = format(qz(v, dec), 'f') if dec else str(int(v))
        ip, _, fp = t.partition('.')
        neg = ip.startswith('-')
        ip = ip.lstrip('-')
        if self.sep and (len(ip) >= 5 or (len(ip) == 4 and self.sep == ',' and self.r.random() < 0.5)):
            ip = group3(ip, self.sep)
        t = ('-' if neg else '') + ip + ('.' + fp if fp else '')
        return t.translate(A2FW) if self.fw else t

    def money(self, units, mag='万'):
        """units = hundreds of yuan (0.01 万元).  Returns surface incl. 万/亿 (text adds 元)."""
        if mag == '万':
            v = Decimal(units) / 100
            dec = 2 if self.fix2 else max(0, -v.normalize().as_tuple().exponent)
            return self.n(v, dec) + '万'
        if mag == '亿':
            v = Decimal(units) / 10 ** 6
            dec = max(0, -v.normalize().as_tuple().exponent)
            if dec > 4:
                raise Retry
            return self.n(v, dec) + '亿'
        v = Decimal(units) * 100
        return self.n(v)

    def p(self, v, dec):
        return self.n(v, dec) + self.pc

    def cn(self, n):
        return cn_int(n, liang=self.r.random() < 0.7)

    # randomness ------------------------------------------------------------
    def ri(self, a, b):
        return self.r.randint(a, b)

    def ch(self, seq):
        return self.r.choice(seq)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def rnd(self):
        return self.r.random()


SYL1 = '青云临安嘉松枫桐澄岚柳湖溪宁泽川丰兴平和远明江海石梅兰竹桂凤鹤龙白金玉瑞长永新东西南北'
SYL2 = '岭川源阳山河溪塘坪桥湾洲渡浦岗峰田泉林湖宁安丰州城水口坝'


def place(rng):
    return rng.choice(SYL1) + rng.choice(SYL2)


def wname(rng):
    return rng.choice(SYL1) + rng.choice(SYL2)


def company(rng):
    return rng.choice(SYL1) + rng.choice(SYL1 + SYL2) + rng.choice(
        ['科技', '电气', '食品', '建设', '物流', '新材料', '精密机械', '生物医药', '农业开发']) + '有限公司'


def split_int(rng, total, k, minv=1):
    if total < k * minv:
        raise Retry
    cuts = sorted(rng.sample(range(1, total - k * minv + k), k - 1)) if k > 1 else []
    prev, out = 0, []
    for c in cuts + [total - k * minv + k]:
        out.append(c - prev - 1 + minv)
        prev = c
    if any(x < minv for x in out) or sum(out) != total:
        raise Retry
    rng.shuffle(out)
    return out


def split_weighted(rng, total, k, minv=1):
    w = [rng.random() + 0.15 for _ in range(k)]
    s = sum(w)
    out = [max(minv, int(total * x / s)) for x in w]
    out[-1] = total - sum(out[:-1])
    if out[-1] < minv:
        raise Retry
    return out


def perturb(rng, v, minv=1, step=1, rel=0.2):
    """v changed by a visible amount (multiple of step), staying >= minv."""
    for _ in range(50):
        mx = max(1, int(v * rel / step))
        d = rng.randint(1, mx) * step
        if rng.random() < 0.15 and v >= 100 * step:  # digit-slip style error
            d = step * 10 ** rng.randint(1, 2) * rng.randint(1, 3)
        nv = v + d if rng.random() < 0.5 else v - d
        if nv >= minv and nv != v:
            return nv
    raise Retry


def pct_true(num, den):
    return Decimal(num) * 100 / Decimal(den)


def is_tie(x, dec):
    y = x * 10 ** dec
    return abs(y - y.to_integral_value(ROUND_FLOOR) - Decimal('0.5')) < Decimal('1e-6')


def good_pct(true, dec):
    if is_tie(true, dec):
        raise Retry
    return qz(true, dec)


def wrong_pct(rng, true, dec, lo=Decimal(0), hi=None):
    for _ in range(100):
        m = rng.random()
        if m < 0.2 and dec >= 1:
            d = Decimal(rng.randint(4, 9)) / 10
        elif m < 0.7:
            d = Decimal(rng.randint(10, 40)) / 10
        else:
            d = Decimal(rng.randint(40, 160)) / 10
        if rng.random() < 0.5:
            d = -d
        v = qz(true + d, dec)
        if v < lo or (hi is not None and v > hi):
            continue
        if abs(v - true) < Decimal('0.35') or v in (qz(true, dec), qz(true, dec, ROUND_FLOOR),
                                                    qz(true, dec, ROUND_CEILING)):
            continue
        return v
    raise Retry


def rate_val(g, num, den, dec, wrong=False, hi=Decimal(100)):
    true = pct_true(num, den)
    if wrong:
        return wrong_pct(g.r, true, dec, hi=hi if true <= 100 else None)
    return good_pct(true, dec)


MALFORMS = ['space', 'prefix', 'double', 'double_fw', 'xx', 'XX', 'xxx', 'dot', 'fwspace',
            'dotdot', 'cnpct']


def malform(g, v, dec):
    """A malformed rendering of percentage v; returns (surface, arithmetic_still_readable)."""
    kinds = list(MALFORMS)
    if dec == 0:
        kinds.remove('dotdot')
    else:
        kinds.remove('cnpct')
    k = g.ch(kinds)
    num = g.n(v, dec)
    g.fmt_kind = k
    if k == 'space':
        return num + ' %', True
    if k == 'fwspace':
        return num + '\u3000％', True
    if k == 'prefix':
        return '%' + num, True
    if k == 'double':
        return num + '%%', True
    if k == 'double_fw':
        return num + '％％', True
    if k in ('xx', 'XX', 'xxx'):
        return k + '%', False
    if k == 'dot':
        return g.n(int(v)) + '.%', False
    if k == 'dotdot':
        ip, fp = format(qz(v, dec), 'f').split('.')
        return ip + '..' + fp + '%', False
    return '百分之' + cn_int(int(v)) + '%', False


# check constructors ------------------------------------------------------------------------
def C_sum(whole, parts):
    return {'rel': 'sum', 'whole': whole, 'parts': list(parts)}


def C_lin(terms, result):
    return {'rel': 'linear', 'terms': [list(t) for t in terms], 'result': result}


def C_eq(a, b):
    return {'rel': 'equal', 'a': a, 'b': b}


def C_count(stated, markers):
    return {'rel': 'count', 'stated': stated, 'markers': list(markers)}


def C_prod(factors, result):
    return {'rel': 'product', 'factors': list(factors), 'result': result}


def C_quot(num, den, value):
    return {'rel': 'quotient', 'num': num, 'den': den, 'value': value}


def C_rate(num, den, pct):
    return {'rel': 'rate', 'num': num, 'den': den, 'pct': pct}


def C_growth(old, new, pct, d='up'):
    return {'rel': 'growth', 'old': old, 'new': new, 'pct': pct, 'dir': d}


def C_gdelta(new, delta, pct, d='up'):
    return {'rel': 'growth_delta', 'new': new, 'delta': delta, 'pct': pct, 'dir': d}


def C_pp(a, b, pct):
    return {'rel': 'pp_diff', 'a': a, 'b': b, 'pct': pct}


def C_share(pcts):
    return {'rel': 'share_total', 'pcts': list(pcts), 'limit': '100'}


def C_fmt(surface):
    return {'rel': 'pct_format', 'surface': surface}


def C_none(reason, numbers):
    return {'rel': 'none', 'reason': reason, 'numbers': list(numbers)}


# ----------------------------------------------------------------------------------------------
# vocabulary: sources ("groups"), count frames, money frames, context sentences
# ----------------------------------------------------------------------------------------------
ORGS = {
    'mkt': ['市场监督管理局', '食品药品检验所', '市场监管综合执法大队', '药品监督管理局'],
    'med': ['医疗保障局', '人民医院', '中医院', '卫生健康委员会', '医保基金监管中心'],
    'hous': ['住房公积金管理中心', '住房和城乡建设局', '房屋征收与补偿中心', '保障性住房服务中心'],
    'aud': ['审计局', '统计局', '公共资源交易中心', '财政局', '政府采购中心'],
    'land': ['自然资源和规划局', '土地储备中心', '农业农村局', '不动产登记中心'],
    'emg': ['应急管理局', '林业局', '水利局', '气象局', '防汛抗旱指挥部办公室', '地震局'],
    'cul': ['文化广电旅游局', '融媒体中心', '档案馆', '地方志办公室', '图书馆'],
    'soc': ['人民法院', '人民检察院', '总工会', '妇女联合会', '信访局', '教育局'],
    'gov': ['人民政府', '街道办事处', '生态环境分局', '发展和改革局', '经济开发区管委会', '乡村振兴局'],
}

GROUP_THEME = {
    'mkt': ['食品安全“两个责任”落实', '药品安全专项整治', '消费环境建设', '质量强县建设'],
    'med': ['医保基金安全', '医疗服务能力提升', '医疗保障待遇落实', '分级诊疗制度建设'],
    'hous': ['住房保障体系建设', '城市更新', '公积金服务提质', '棚户区改造攻坚'],
    'aud': ['审计全覆盖', '统计数据质量提升', '优化营商环境', '预算绩效管理'],
    'land': ['耕地保护', '节约集约用地', '国土空间规划实施', '自然资源要素保障'],
    'emg': ['防灾减灾', '安全生产治本攻坚', '防灾减灾救灾能力建设', '应急管理体系建设'],
    'cul': ['公共文化服务体系建设', '文化事业发展', '公共服务提质增效', '文化惠民'],
    'soc': ['服务群众', '基层社会治理', '法治建设', '作风建设'],
    'gov': ['高质量发展', '基层治理现代化', '营商环境优化', '乡村振兴', '生态环境保护'],
}

# group, verb phrase, unit, categories, done verb, rate name, lo, hi
FRAMES = [
    ('mkt', '完成食品安全监督抽检', '批次', ['粮食加工品', '食用油', '肉制品', '乳制品', '酒类', '调味品', '蔬菜制品', '水产制品', '糕点', '餐饮食品'], '检验合格', '合格率', 300, 2600),
    ('mkt', '受理消费者投诉举报', '件', ['预付式消费', '食品安全', '产品质量', '网络购物', '装修服务', '汽车售后', '美容美发'], '办结', '办结率', 200, 3000),
    ('mkt', '检查药品零售和使用单位', '家', ['零售药店', '个体诊所', '村卫生室', '民营医院', '医药批发企业'], '检查合格', '合格率', 80, 900),
    ('mkt', '抽检医疗器械', '批次', ['一次性使用无菌器械', '医用防护口罩', '血糖仪', '电子体温计', '医用敷料'], '符合标准', '合格率', 40, 420),
    ('mkt', '查办市场监管领域案件', '件', ['价格违法', '虚假广告', '无照经营', '食品违法', '计量违法', '商标侵权'], '结案', '结案率', 60, 600),
    ('mkt', '检定计量器具', '台件', ['电子计价秤', '燃油加油机', '血压计', '出租车计价器', '民用水表'], '检定合格', '合格率', 2000, 30000),
    ('med', '检查医保定点医药机构', '家', ['定点医院', '定点零售药店', '村卫生室', '门诊部', '个体诊所'], '完成处理', '处理率', 100, 1200),
    ('med', '办理医疗费用报销', '人次', ['住院', '门诊慢特病', '普通门诊', '异地就医', '生育医疗'], '直接结算', '直接结算率', 5000, 90000),
    ('med', '完成门急诊诊疗', '人次', ['内科', '外科', '儿科', '妇产科', '中医科', '急诊科'], '预约就诊', '预约诊疗率', 20000, 400000),
    ('med', '完成手术', '台次', ['一级手术', '二级手术', '三级手术', '四级手术'], '日间完成', '日间手术占比', 1500, 20000),
    ('med', '实施医疗救助', '人次', ['特困人员', '低保对象', '返贫致贫人口', '防返贫监测对象'], '一站式结算', '一站式结算率', 500, 8000),
    ('hous', '新增缴存住房公积金职工', '人', ['机关事业单位', '国有企业', '民营企业', '灵活就业人员'], '网上办理开户', '线上办理率', 1500, 20000),
    ('hous', '发放个人住房公积金贷款', '笔', ['首套住房', '二套住房', '组合贷款', '异地贷款'], '按期放款', '按期放款率', 300, 5000),
    ('hous', '分配公共租赁住房', '套', ['城镇低收入家庭', '新就业无房职工', '外来务工人员', '环卫公交一线职工'], '办理入住', '入住率', 200, 3000),
    ('hous', '实施棚户区改造', '户', ['城中村', '老旧城区', '国有工矿', '林区'], '完成签约', '签约率', 300, 5000),
    ('hous', '改造城镇老旧小区', '个', ['八十年代建成小区', '九十年代建成小区', '无物业小区', '单位自管小区'], '完工', '完工率', 20, 200),
    ('aud', '审计发现问题', '个', ['预算执行', '专项资金管理', '政府采购', '国有资产管理', '工程建设', '内部控制'], '完成整改', '整改率', 40, 400),
    ('aud', '开展统计执法检查', '家', ['工业企业', '建筑业企业', '批零住餐企业', '规上服务业企业', '房地产开发企业'], '立案查处', '立案率', 30, 300),
    ('aud', '组织政府采购项目', '个', ['公开招标', '竞争性磋商', '竞争性谈判', '询价', '单一来源'], '全流程电子化交易', '电子化率', 80, 900),
    ('aud', '受理招投标投诉', '件', ['资格条件', '评标程序', '中标结果', '招标文件'], '办结', '办结率', 20, 150),
    ('land', '供应国有建设用地', '宗', ['工业用地', '商服用地', '住宅用地', '公共管理与公共服务用地', '交通运输用地'], '签订出让合同', '签约率', 30, 300),
    ('land', '实施土地整治项目', '个', ['高标准农田建设', '旱地改水田', '土地复垦', '城乡建设用地增减挂钩'], '通过验收', '验收率', 10, 120),
    ('land', '清理批而未供土地', '宗', ['工业用地', '住宅用地', '商服用地', '公共设施用地'], '完成处置', '处置率', 40, 400),
    ('emg', '排查森林火灾隐患', '处', ['野外违规用火', '林区输电线路', '祭祀用火', '农事用火', '林区施工'], '完成整改', '整改率', 100, 1500),
    ('emg', '转移安置受灾群众', '人', ['青石镇', '柳岸乡', '南塘镇', '白水街道', '龙口乡', '上坪镇'], '妥善安置', '安置率', 300, 6000),
    ('emg', '排查地质灾害隐患点', '处', ['滑坡', '崩塌', '泥石流', '地面塌陷', '不稳定斜坡'], '完成工程治理', '治理率', 30, 400),
    ('emg', '发布气象预警信号', '次', ['暴雨', '大风', '高温', '雷电', '寒潮', '大雾'], '提前30分钟以上发布', '预警提前率', 40, 400),
    ('emg', '排查安全生产隐患', '处', ['危险化学品', '消防', '道路交通', '建筑施工', '燃气', '特种设备'], '完成整改', '整改率', 300, 5000),
    ('emg', '检查水利工程', '座', ['小型水库', '山塘', '堤防', '水闸', '泵站'], '消除隐患', '隐患消除率', 50, 600),
    ('cul', '完成直播卫星户户通安装', '户', ['东山镇', '西岭乡', '湾头镇', '石门乡', '新桥街道'], '开通使用', '开通率', 800, 8000),
    ('cul', '接收进馆档案', '卷', ['文书档案', '科技档案', '会计档案', '声像档案', '实物档案'], '完成数字化', '数字化率', 3000, 60000),
    ('cul', '征集地方志资料', '册', ['综合年鉴', '部门志', '乡镇志', '村志', '专业志'], '整理入库', '入库率', 200, 3000),
    ('cul', '开展送戏下乡演出', '场', ['地方戏曲', '歌舞', '曲艺', '小品'], '在村级文化广场举办', '村级覆盖率', 40, 400),
    ('soc', '受理各类案件', '件', ['刑事', '民事', '行政', '执行', '非诉审查'], '审执结', '结案率', 2000, 20000),
    ('soc', '受理群众信访事项', '件', ['来信', '来访', '网上信访', '12345转办'], '按期办结', '按期办结率', 300, 3000),
    ('soc', '开展适龄妇女“两癌”免费筛查', '人', ['城镇', '农村'], '完成复查随访', '随访率', 3000, 40000),
    ('soc', '新建工会组织', '家', ['非公企业', '社会组织', '新就业形态企业', '园区楼宇'], '完成法人登记', '登记率', 30, 300),
    ('soc', '招收新生', '人', ['普通班', '职教班', '中外合作班', '五年一贯制班'], '按时报到', '报到率', 600, 5000),
    ('soc', '审查起诉各类案件', '件', ['普通刑事犯罪', '经济犯罪', '职务犯罪', '网络犯罪'], '作出决定', '审结率', 300, 3000),
    ('gov', '查处环境违法案件', '起', ['水污染', '大气污染', '噪声污染', '固体废物', '土壤污染'], '办结', '办结率', 30, 300),
    ('gov', '办理网格事件', '件', ['矛盾纠纷', '环境卫生', '安全隐患', '违章搭建', '民生诉求'], '办结', '办结率', 300, 6000),
    ('gov', '新增市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], '实现开业', '开业率', 800, 9000),
    ('gov', '实施重点项目', '个', ['工业项目', '基础设施项目', '社会事业项目', '城建项目', '农业项目'], '开工', '开工率', 20, 150),
]

# money frames: group, subject, categories
MFRAMES = [
    ('med', '医保基金支出', ['住院费用', '普通门诊费用', '门诊慢特病费用', '定点药店购药', '大病保险']),
    ('med', '追回医保基金', ['违规收费', '串换项目', '过度诊疗', '虚假就医', '超标准收费']),
    ('hous', '提取住房公积金', ['购房提取', '租房提取', '偿还贷款提取', '离退休提取']),
    ('hous', '筹集保障性住房建设资金', ['中央补助', '省级补助', '地方专项债券', '市县配套']),
    ('aud', '审计查出违规资金', ['违规发放补贴', '挤占挪用', '虚列支出', '超标准支出']),
    ('aud', '完成政府采购', ['货物类', '工程类', '服务类']),
    ('land', '收取土地出让价款', ['工业用地', '商服用地', '住宅用地']),
    ('land', '投入土地整治资金', ['高标准农田建设', '土地复垦', '耕地提质改造']),
    ('emg', '下拨防汛救灾资金', ['应急抢险', '受灾群众生活救助', '水毁设施修复', '救灾物资采购']),
    ('emg', '投入森林防火资金', ['防火通道建设', '视频监控建设', '扑火队伍建设', '物资储备']),
    ('soc', '发放困难职工帮扶资金', ['生活救助', '助学', '医疗救助', '就业帮扶']),
    ('soc', '拨付妇女儿童关爱资金', ['“两癌”救助', '留守儿童关爱', '家庭教育指导', '巾帼创业贷款贴息']),
    ('gov', '实现村集体经营性收入', ['土地流转', '物业租赁', '光伏发电', '入股分红']),
    ('gov', '完成固定资产投资', ['工业投资', '基础设施投资', '房地产开发投资', '民间投资']),
    ('cul', '投入文化惠民资金', ['送戏下乡', '农家书屋更新', '公共文化设施维护', '非遗保护']),
    ('cul', '投入档案信息化建设资金', ['数字化加工', '库房改造', '设备购置']),
    ('mkt', '收缴罚没款', ['食品', '药品', '价格', '广告', '特种设备']),
    ('mkt', '拨付食品抽检经费', ['省级抽检', '市级抽检', '县级抽检', '快检']),
]

CTX_HEAD = ['一、{y}年工作完成情况', '（一）主要指标完成情况', '二、重点工作推进情况', '（二）{theme}',
            '{y}年工作总结', '一、基本情况', '（三）强化监管执法', '（四）工作成效']
CTX_PRE = [
    '{y}年，{org}围绕{theme}，扎实推进各项工作。',
    '今年以来，{org}坚持问题导向，聚焦{theme}，压实工作责任。',
    '{y}年以来，我们在上级部门的指导下，统筹推进{theme}。',
    '截至{y}年{m}月底，相关工作进展情况如下。',
    '按照年初部署，{org}把{theme}作为全年重点任务抓紧抓实。',
    '现将{y}年{theme}有关情况报告如下。',
    '全年召开专题会议{a}次，印发工作方案{b}份。',
    '{org}组织业务培训{a}场次，编发工作简报{b}期。',
    '{y}年{m}月，{org}成立工作专班，明确责任分工。',
    '本年度，{org}继续实行“周调度、月通报”工作机制。',
]
CTX_POST = [
    '下一步，将继续聚焦{theme}，巩固提升工作成效。',
    '相关情况已按要求报送上级主管部门。',
    '以上数据截至{y}年{m}月{d}日。',
    '工作中也存在基层力量不足、信息化水平不高等问题。',
    '{org}将于{m}月底前组织开展“回头看”。',
    '下一步，我们将建立长效机制，防止问题反弹。',
    '注：数据来源于{org}业务统计报表。',
    '全年接待群众来访{a}人次。',
    '{org}被评为{y}年度先进集体。',
]


def org_of(g, grp):
    return g.place + g.ch(['市', '县', '区']) + g.ch(ORGS[grp])


def ctx(g, grp, pool):
    t = g.ch(pool)
    return t.format(y=g.year, m=g.ri(3, 11), d=g.ri(1, 28), a=g.ri(3, 48), b=g.ri(2, 30),
                    org=org_of(g, grp), theme=g.ch(GROUP_THEME[grp]))


def frames_of(grp, need=None):
    out = [f for f in FRAMES if f[0] == grp]
    return out


def pick_frame(g, grp):
    return g.ch(frames_of(grp))


def pick_mframe(g, grp):
    fs = [f for f in MFRAMES if f[0] == grp]
    return g.ch(fs)


def u_rep(g, unit):
    """Unit repeated after each part or omitted in lists."""
    return unit if g.rnd() < 0.75 else ''


# ----------------------------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------------------------
REG = []


def con(family, kind, groups):
    def deco(fn):
        REG.append((fn.__name__[2:], family, kind, fn, groups))
        return fn
    return deco


def bad_sum(g, whole, parts, step=1, minv=1):
    parts = list(parts)
    if g.rnd() < 0.3:
        return perturb(g.r, whole, minv=max(minv, 1), step=step), parts, '总数'
    i = g.ri(0, len(parts) - 1)
    parts[i] = perturb(g.r, parts[i], minv=minv, step=step)
    return whole, parts, '第%d项' % (i + 1)


def sum_note(ok, what, whole_s, parts_s, where=''):
    if ok:
        return '%s：%s = %s，合计相符。' % (what, '+'.join(parts_s), whole_s)
    return '%s：%s ≠ %s（%s被改动），唯一不符的关系。' % (what, '+'.join(parts_s), whole_s, where)


def item(g, cat, s, unit, form):
    return {
        0: f'{cat}{s}{unit}', 1: f'{cat}类{s}{unit}', 2: f'{cat}方面{s}{unit}', 3: f'{cat}领域{s}{unit}',
        4: f'涉及{cat}的{s}{unit}', 5: f'{cat}有{s}{unit}', 6: f'{cat}：{s}{unit}', 7: f'{s}{unit}属于{cat}',
    }[form]


def draw_parts(g, F, k, scale=1.0):
    lo, hi = F[6], F[7]
    whole = g.ri(max(lo, 3 * k), max(lo + 1, int(hi * scale)))
    parts = split_weighted(g.r, whole, k)
    return whole, parts


# ============================ totals: checkable constructions =================================
@con('totals', 'check', ['mkt', 'emg', 'gov'])
def c_qizhong(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(5, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    form = g.ch([0, 0, 0, 1, 2, 3, 4, 5])
    u = F[2]
    ws = g.n(whole)
    ps = [g.n(x) for x in parts]
    sep = g.ch(['、', '、', '，', '；'])
    items = sep.join(item(g, c, s, u if (i == 0 or g.rnd() < 0.8) else u, form) for i, (c, s) in enumerate(zip(cats, ps)))
    lead = g.ch(['', '全年', '今年以来', f'{g.year}年', '1—{}月，'.format(g.ri(6, 11))])
    line = f'{lead}共{F[1]}{ws}{u}，其中{items}。'
    return [line], sum_note(not g.bad, '其中各类合计应等于总数', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['med', 'hous'])
def c_fenbie(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(5, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    v = g.ri(0, 2)
    if v == 0:
        line = f'{"、".join(cats)}分别为{"、".join(p + u for p in ps)}，合计{ws}{u}。'
    elif v == 1:
        line = f'按类别统计，{"、".join(cats)}分别有{"、".join(ps)}{u}，共计{ws}{u}。'
    else:
        line = f'{F[1]}{ws}{u}，{"、".join(cats)}分别占{"、".join(p + u for p in ps)}。'
    return [line], sum_note(not g.bad, '“分别为”各项与合计', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['aud', 'soc'])
def c_baokuo(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(4, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    its = [f'{c}{p}{u}' for c, p in zip(cats, ps)]
    body = '，'.join(its[:-1]) + '和' + its[-1] if k > 1 else its[0]
    verb = g.ch(['包括', '包含', '具体为', '涵盖'])
    line = f'{g.year}年{F[1]}{ws}{u}，{verb}{body}。'
    return [line], sum_note(not g.bad, '“包括”所列各项与总数', ws, ps, where), [C_sum(ws, ps)]


MARKS = [
    ['1.', '2.', '3.', '4.', '5.', '6.'], ['（1）', '（2）', '（3）', '（4）', '（5）', '（6）'],
    ['①', '②', '③', '④', '⑤', '⑥'], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['一是', '二是', '三是', '四是', '五是', '六是'], ['第一，', '第二，', '第三，', '第四，', '第五，', '第六，'],
]


@con('totals', 'check', ['emg', 'aud', 'med'])
def c_line_list(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(5, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    mk = g.ch(MARKS[:4])
    lines = [f'{g.year}年{F[1]}情况如下：']
    for i, (c, p) in enumerate(zip(cats, ps)):
        lines.append(f'{mk[i]}{c}{g.ch(["：", "，", " "])}{p}{u}{"；" if i < k - 1 else "。"}')
    lines.append(g.ch([f'合计：{ws}{u}。', f'以上合计{ws}{u}。', f'总计{ws}{u}。']))
    return lines, sum_note(not g.bad, '分行列示各项与末行合计', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['mkt', 'hous'])
def c_table_flat(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(3, min(5, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    d = g.ch(['\t', '  ', ' | ', '｜'])
    lines = [f'表{g.ri(1, 6)}  {g.year}年{F[1]}情况（单位：{u}）', f'类别{d}数量']
    if g.rnd() < 0.4:
        lines.append(f'合计{d}{ws}')
        lines += [f'{c}{d}{p}' for c, p in zip(cats, ps)]
    else:
        lines += [f'{c}{d}{p}' for c, p in zip(cats, ps)]
        lines.append(f'合计{d}{ws}')
    return lines, sum_note(not g.bad, '拍平的表格：各行与合计行', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['gov', 'mkt', 'emg'])
def c_two_partitions(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(4, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    places = [wname(g.r) + g.ch(['镇', '乡', '街道']) for _ in range(g.ri(2, 4))]
    if len(set(places)) < len(places):
        raise Retry
    parts2 = split_weighted(g.r, whole, len(places))
    u = F[2]
    w1 = w2 = whole
    which = g.ri(0, 1)
    where = ''
    if g.bad:
        if which == 0:
            parts = list(parts)
            i = g.ri(0, k - 1)
            parts[i] = perturb(g.r, parts[i])
            where = '按类型第%d项' % (i + 1)
        else:
            parts2 = list(parts2)
            i = g.ri(0, len(parts2) - 1)
            parts2[i] = perturb(g.r, parts2[i])
            where = '按区域第%d项' % (i + 1)
    ws = g.n(whole)
    ps, qs = [g.n(x) for x in parts], [g.n(x) for x in parts2]
    l1 = f'{g.year}年共{F[1]}{ws}{u}。'
    l2 = '按类型分，' + '，'.join(f'{c}{p}{u}' for c, p in zip(cats, ps)) + '；'
    l3 = '按区域分，' + '，'.join(f'{c}{p}{u}' for c, p in zip(places, qs)) + '。'
    lines = [l1, l2 + l3] if g.rnd() < 0.5 else [l1, l2, l3]
    note = ('同一总数的两种分组都应合计为%s' % ws) + ('，均相符。' if not g.bad else '；%s改动后只有一组不符。' % where)
    return lines, note, [C_sum(ws, ps), C_sum(ws, qs)]


@con('totals', 'check', ['aud', 'emg'])
def c_nested(g, grp):
    F = pick_frame(g, grp)
    if len(F[3]) < 4:
        raise Retry
    cats = g.sample(F[3], 3)
    whole, parts = draw_parts(g, F, 3)
    if parts[0] < 4:
        raise Retry
    subs = split_weighted(g.r, parts[0], 2)
    u = F[2]
    where = ''
    sublabels = g.ch([('已办结', '正在办理'), ('立案', '责令整改'), ('县级', '乡镇级'), ('上半年', '下半年')])
    if g.bad:
        if g.rnd() < 0.5:
            subs = list(subs)
            subs[1] = perturb(g.r, subs[1])
            where = '括号内细目'
        else:
            parts = list(parts)
            i = g.ri(1, 2)
            parts[i] = perturb(g.r, parts[i])
            where = '第%d类' % (i + 1)
    ws = g.n(whole)
    ps = [g.n(x) for x in parts]
    ss = [g.n(x) for x in subs]
    line = (f'共{F[1]}{ws}{u}，其中{cats[0]}{ps[0]}{u}（{sublabels[0]}{ss[0]}{u}、{sublabels[1]}{ss[1]}{u}），'
            f'{cats[1]}{ps[1]}{u}，{cats[2]}{ps[2]}{u}。')
    note = '两层“其中”：%s=%s，%s=%s' % ('+'.join(ps), ws, '+'.join(ss), ps[0]) + (
        '，都成立。' if not g.bad else '；%s被改动，只有一层不符。' % where)
    return [line], note, [C_sum(ws, ps), C_sum(ps[0], ss)]


FUNDSRC = ['中央资金', '省级资金', '市级资金', '县级配套', '社会资本', '地方政府专项债券', '银行贷款', '企业自筹']


@con('totals', 'check', ['hous', 'land'])
def c_fund_sources(g, grp):
    k = g.ri(2, 4)
    srcs = g.sample(FUNDSRC, k)
    # total in units of 1万 (=100 units), shown in 亿 with 2-4 decimals
    tot_w = g.ri(30, 900) * 100  # 万元, multiple of 100万 -> 亿 with 2 decimals
    parts_w = split_weighted(g.r, tot_w, k, minv=50)
    where = ''
    if g.bad:
        tot_w, parts_w, where = bad_sum(g, tot_w, parts_w, step=g.ch([10, 100, 50]), minv=10)
        if tot_w % 100:
            raise Retry
    ts = g.money(tot_w * 100, '亿')
    ps = [g.money(p * 100, g.ch(['万', '万', '亿']) if p % 100 == 0 else '万').replace('.00万', '万') for p in parts_w]
    subj = g.ch(['项目总投资', '计划总投资', '工程概算总投资', '累计筹措资金'])
    proj = g.ch(['城区排涝', '保障性租赁住房', '老旧小区改造', '高标准农田', '地质灾害综合治理', '应急物资储备库'])
    line = f'{g.place}{proj}项目{subj}{ts}元，其中' + '、'.join(f'{s}{p}元' for s, p in zip(srcs, ps)) + '。'
    return [line], sum_note(not g.bad, '资金来源（亿元与万元混写）合计', ts, ps, where), [C_sum(ts, ps)]


@con('totals', 'check', ['hous', 'soc', 'med'])
def c_reconcile(g, grp):
    a, b = g.ri(100, 90000), g.ri(5000, 200000)
    c = g.ri(int(b * 0.6), int(b * 1.05) + 1)
    if c >= a + b:
        raise Retry
    d = a + b - c
    where = ''
    if g.bad:
        i = g.ri(0, 3)
        vals = [a, b, c, d]
        vals[i] = perturb(g.r, vals[i], step=g.ch([1, 100]))
        a, b, c, d = vals
        where = ['上年结转', '本年收入', '本年支出', '年末结余'][i]
    fund = {'hous': '住房公积金增值收益', 'soc': g.ch(['工会经费', '职工互助保障金']),
            'med': g.ch(['职工医保统筹基金', '城乡居民医保基金'])}[grp]
    A, B, C, D = (g.money(x) for x in (a, b, c, d))
    v = g.ri(0, 2)
    if v == 0:
        lines = [f'{g.year}年{fund}上年结转{A}元，本年收入{B}元，本年支出{C}元，年末滚存结余{D}元。']
    elif v == 1:
        lines = [f'{fund}收支情况：', f'上年结转 {A}元', f'本年收入 {B}元', f'本年支出 {C}元',
                 f'年末结余 {D}元（上年结转+本年收入-本年支出）']
    else:
        lines = [f'{fund}年末结余{D}元，系上年结转{A}元加本年收入{B}元、减本年支出{C}元形成。']
    note = '结转+收入-支出=结余：%s+%s-%s 与 %s' % (A, B, C, D) + ('相符。' if not g.bad else '不符（%s被改动）。' % where)
    return lines, note, [C_lin([('+', A), ('+', B), ('-', C)], D)]


@con('totals', 'check', ['gov', 'cul'])
def c_income_exp(g, grp):
    inc = g.ri(2000, 400000)
    exp = g.ri(int(inc * 0.5), inc - 1)
    bal = inc - exp
    where = ''
    if g.bad:
        vals = [inc, exp, bal]
        i = g.ri(0, 2)
        vals[i] = perturb(g.r, vals[i], step=g.ch([1, 10, 100]))
        inc, exp, bal = vals
        where = ['收入', '支出', '结余'][i]
    I, E, B = (g.money(x) for x in (inc, exp, bal))
    who = {'gov': g.ch(['村集体', '镇财政', '街道']), 'cul': g.ch(['图书馆', '档案馆', '融媒体中心']),
           'aud': g.ch(['被审计单位', '专项资金账户', '该项目'])}[grp]
    v = g.ri(0, 2)
    if v == 0:
        line = f'{g.year}年{who}全年收入{I}元，支出{E}元，收支结余{B}元。'
    elif v == 1:
        line = f'经审计，{who}当年实现收入{I}元，发生支出{E}元，收支相抵后结余{B}元。'
    else:
        line = f'{who}本年结余{B}元（收入{I}元、支出{E}元）。'
    note = '收入-支出=结余：%s-%s 对 %s' % (I, E, B) + ('，相符。' if not g.bad else '，不符（%s被改动）。' % where)
    return [line], note, [C_lin([('+', I), ('-', E)], B)]


@con('totals', 'check', ['soc', 'hous', 'gov'])
def c_change_abs(g, grp):
    F = pick_frame(g, grp)
    a = g.ri(F[6], F[7])
    up = g.rnd() < 0.6
    c = g.ri(max(1, a // 30), max(2, a // 3))
    b = a + c if up else a - c
    if b <= 0:
        raise Retry
    where = ''
    if g.bad:
        vals = [a, b, c]
        i = g.ri(0, 2)
        vals[i] = perturb(g.r, vals[i])
        a, b, c = vals
        where = ['起点值', '终点值', '增减量'][i]
    u = F[2]
    A, B, Cs = g.n(a), g.n(b), g.n(c)
    noun = F[1][2:] if F[1][:2] in ('完成', '实施', '开展', '组织') else F[1]
    v = g.ri(0, 2)
    if up:
        line = [f'{noun}由{g.year - 1}年的{A}{u}增加到{g.year}年的{B}{u}，增加{Cs}{u}。',
                f'{noun}从{A}{u}增至{B}{u}，净增{Cs}{u}。',
                f'{g.year}年{noun}{B}{u}，比上年的{A}{u}多{Cs}{u}。'][v]
        chk = C_lin([('+', B), ('-', A)], Cs)
    else:
        line = [f'{noun}由{g.year - 1}年的{A}{u}减少到{g.year}年的{B}{u}，减少{Cs}{u}。',
                f'{noun}从{A}{u}降至{B}{u}，减少{Cs}{u}。',
                f'{g.year}年{noun}{B}{u}，较上年的{A}{u}少{Cs}{u}。'][v]
        chk = C_lin([('+', A), ('-', B)], Cs)
    note = '两次陈述之差等于增减量' + ('，相符。' if not g.bad else '，不符（%s被改动）。' % where)
    return [line], note, [chk]


@con('totals', 'check', ['aud', 'emg'])
def c_rectify(g, grp):
    total = g.ri(20, 600)
    k = g.ri(2, 3)
    parts = split_weighted(g.r, total, k)
    if k == 3 and parts[2] > parts[0]:
        parts[0], parts[2] = parts[2], parts[0]
    where = ''
    if g.bad:
        total, parts, where = bad_sum(g, total, parts)
    T = g.n(total)
    P = [g.n(x) for x in parts]
    what = {'aud': g.ch(['审计', '巡察反馈', '专项检查']), 'mkt': g.ch(['食品安全检查', '药品监督检查', '特种设备检查']),
            'emg': g.ch(['安全生产检查', '防汛隐患排查', '森林防火检查'])}[grp]
    unit = g.ch(['个', '项', '处', '条'])
    labels = ['已完成整改', '正在整改', '列入长期整改'] if k == 3 else ['已整改到位', '正在推进整改']
    v = g.ri(0, 1)
    if v == 0:
        line = f'{what}共发现问题{T}{unit}，' + '，'.join(f'{l}{p}{unit}' for l, p in zip(labels, P)) + '。'
    else:
        line = f'针对{what}发现的{T}{unit}问题，' + '，'.join(f'{p}{unit}{l}' for l, p in zip(labels, P)) + '。'
    return [line], sum_note(not g.bad, '整改台账：已整改+正在整改(+长期)=发现问题', T, P, where), [C_sum(T, P)]


@con('totals', 'check', ['hous', 'land'])
def c_target(g, grp):
    F = pick_frame(g, grp)
    t = g.ri(F[6], F[7])
    over = g.rnd() < 0.4
    if over:
        a = t + g.ri(1, max(2, t // 5))
    else:
        a = g.ri(max(1, t // 2), t - 1)
    r = abs(a - t)
    where = ''
    if g.bad:
        vals = [t, a, r]
        i = g.ri(0, 2)
        vals[i] = perturb(g.r, vals[i])
        if (vals[1] > vals[0]) != over:
            raise Retry
        t, a, r = vals
        where = ['目标', '完成数', '差额'][i]
    u = F[2]
    Ts, As, Rs = g.n(t), g.n(a), g.n(r)
    if over:
        line = f'{g.year}年{F[1]}目标任务{Ts}{u}，实际完成{As}{u}，超额完成{Rs}{u}。'
        chk = C_lin([('+', As), ('-', Ts)], Rs)
    else:
        line = g.ch([f'{g.year}年{F[1]}目标任务{Ts}{u}，已完成{As}{u}，尚余{Rs}{u}。',
                     f'上级下达{F[1]}任务{Ts}{u}，截至{g.ri(6, 11)}月底完成{As}{u}，还差{Rs}{u}。'])
        chk = C_lin([('+', Ts), ('-', As)], Rs)
    note = '目标与完成之差' + ('相符。' if not g.bad else '不符（%s被改动）。' % where)
    return [line], note, [chk]


MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']


@con('totals', 'check', ['med', 'hous', 'mkt'])
def c_monthly_cum(g, grp):
    F = pick_frame(g, grp)
    start = g.ri(0, 7)
    n = g.ri(3, 5)
    per = max(5, F[7] // 12)
    months = [g.ri(max(1, per // 3), per) for _ in range(n)]
    prev = 0 if start == 0 else g.ri(per * start // 2, per * start)
    cums = []
    c = prev
    for m in months:
        c += m
        cums.append(c)
    where = ''
    if g.bad:
        if g.rnd() < 0.5:
            cums[-1] = perturb(g.r, cums[-1])
            where = '最后一月累计'
        else:
            months[-1] = perturb(g.r, months[-1])
            where = '最后一月当月数'
    u = F[2]
    d = g.ch(['\t', '  ', ' | '])
    Ms = [g.n(x) for x in months]
    Cs = [g.n(x) for x in cums]
    lines = [f'{g.year}年{F[1]}月度统计（单位：{u}）', f'月份{d}当月{d}累计']
    checks = []
    for i in range(n):
        lines.append(f'{MONTHS[start + i]}{d}{Ms[i]}{d}{Cs[i]}')
        if i > 0:
            checks.append(C_lin([('+', Cs[i - 1]), ('+', Ms[i])], Cs[i]))
        elif start == 0:
            checks.append(C_eq(Ms[0], Cs[0]))
    note = '月度累计表：上月累计+当月=本月累计' + ('，逐行相符。' if not g.bad else '，%s被改动，仅末行不符。' % where)
    return lines, note, checks


@con('totals', 'check', ['emg', 'soc', 'cul'])
def c_summary_repeat(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(4, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    whole2 = whole
    where = ''
    if g.bad:
        if g.rnd() < 0.5:
            whole2 = perturb(g.r, whole)
            where = '末段复述的总数'
        else:
            whole, parts, where = bad_sum(g, whole, parts)
            whole2 = whole
    u = F[2]
    ws, ws2 = g.n(whole), g.n(whole2)
    if ws == ws2 and whole != whole2:
        raise Retry
    if whole == whole2 and g.rnd() < 0.3 and whole < 10000:
        ws2 = g.cn(whole2)
    ps = [g.n(x) for x in parts]
    lines = [f'{g.year}年共{F[1]}{ws}{u}，其中' + '、'.join(f'{c}{p}{u}' for c, p in zip(cats, ps)) + '。',
             ctx(g, grp, CTX_PRE[6:8]),
             g.ch([f'总的来看，全年{F[1]}{ws2}{u}，各项工作总体平稳。', f'综上，全年累计{F[1]}{ws2}{u}。',
                   f'（全年{F[1]}合计{ws2}{u}，详见附表。）'])]
    note = '首段各项合计与首段总数、末段复述的总数与首段总数' + ('均相符。' if not g.bad else '：%s被改动，只有一处不符。' % where)
    return lines, note, [C_sum(ws, ps), C_eq(ws, ws2)]


ITEMS = {
    'gov': ['城区道路改造', '农村饮水安全巩固', '老年食堂建设', '背街小巷整治', '公办幼儿园扩容', '农贸市场提升', '公共停车场建设'],
    'cul': ['农家书屋提质', '应急广播村村响', '乡镇综合文化站改造', '非遗展示馆建设', '数字档案馆建设', '方志馆布展'],
    'emg': ['防汛物资储备', '山洪灾害预警系统升级', '森林防火隔离带建设', '地质灾害群测群防', '应急避难场所建设', '人工影响天气作业点建设'],
    'soc': ['困难职工解困脱困', '职工疗休养', '妇女技能培训', '儿童之家建设', '法律援助进社区', '校园安全提升'],
}


@con('totals', 'check', ['gov', 'cul', 'emg'])
def c_count_items(g, grp):
    k = g.ri(3, 6)
    its = g.sample(ITEMS[grp], min(k, len(ITEMS[grp])))
    k = len(its)
    stated = k
    if g.bad:
        stated = k + g.ch([-1, 1, 2])
    mk = g.ch([MARKS[4], MARKS[2], MARKS[1], MARKS[5]])
    S = g.cn(stated) if g.rnd() < 0.7 else g.n(stated)
    kind = g.ch(['项民生实事', '项重点工程', '项重点工作', '件实事'])
    head = f'{g.year}年计划实施{S}{kind}：' if g.rnd() < 0.5 else f'全年重点推进{S}{kind}。'
    parts = []
    for i, t in enumerate(its):
        tail = g.ch(['已全面完工', '已完成年度任务', '正在加快推进', '已通过验收', '完成投资计划'])
        parts.append(f'{mk[i]}{t}，{tail}')
    if g.rnd() < 0.5:
        lines = [head + '；'.join(parts) + '。']
    else:
        lines = [head] + [p + '。' for p in parts]
        if len(lines) > 8:
            raise Retry
    note = '列举的条目数与所称项数' + ('相符（%d项）。' % k if not g.bad else '不符：称%d项、实列%d项。' % (stated, k))
    return lines, note, [C_count(S, mk[:k])]


@con('totals', 'check', ['soc', 'gov'])
def c_product(g, grp):
    n = g.ri(12, 900)
    x = g.ch([200, 300, 500, 600, 800, 1000, 1200, 1500, 2000, 3000, 5000])
    months = g.ch([0, 0, 3, 6, 12])
    tot = n * x * (months or 1)
    if g.bad:
        tot = perturb(g.r, tot, step=100)
    if tot % 100:
        raise Retry
    who = {'soc': g.ch(['困难职工', '单亲困难母亲', '农民工子女']), 'gov': g.ch(['脱贫户', '低保户', '退役军人家庭']),
           'med': g.ch(['乡村医生', '家庭医生签约团队', '重度残疾人'])}[grp]
    Ns, Xs = g.n(n), g.n(x)
    Ts = g.money(tot // 100, '万') if (tot % 100 == 0 and g.rnd() < 0.7) else g.n(tot)
    unit_n = {'soc': '名', 'gov': '户', 'med': '名'}[grp]
    if months:
        Ms = g.n(months) if g.rnd() < 0.5 else g.cn(months)
        line = f'为{Ns}{unit_n}{who}每月发放补贴{Xs}元，连续发放{Ms}个月，共计发放{Ts}元。'
        fac = [Ns, Xs, Ms]
    else:
        line = f'按每{unit_n[0] if unit_n != "名" else "人"}{Xs}元的标准，向{Ns}{unit_n}{who}发放慰问金，合计{Ts}元。'
        fac = [Ns, Xs]
    note = '人数×标准(×月数)=总额' + ('，相符。' if not g.bad else '，总额被改动，不符。')
    return [line], note, [C_prod(fac, Ts)]


@con('totals', 'check', ['med', 'gov'])
def c_per_capita(g, grp):
    n = g.ri(30, 50000)
    dec = g.ch([0, 0, 1, 2])
    tot_units = g.ri(max(20, n // 50), max(40, n * 3))  # 100-yuan units
    true = Decimal(tot_units * 100) / n
    if is_tie(true, dec):
        raise Retry
    v = qz(true, dec)
    if g.bad:
        v = v + Decimal(g.ch([1, -1])) * max(Decimal(1), qz(true * Decimal(g.ri(5, 30)) / 100, dec))
        if v <= 0:
            raise Retry
    Ts = g.money(tot_units)
    Ns = g.n(n)
    Vs = g.n(v, dec)
    who, what = {'med': ('参保群众', g.ch(['大病保险赔付', '医疗救助资金'])), 'gov': ('脱贫人口', '产业奖补资金'),
                 'soc': ('困难职工', '帮扶资金')}[grp]
    line = g.ch([f'全年发放{what}{Ts}元，惠及{who}{Ns}人，人均{Vs}元。',
                 f'{Ns}名{who}共获得{what}{Ts}元，人均{Vs}元。'])
    note = '总额÷人数=人均（按人均的小数位四舍五入）' + ('，相符。' if not g.bad else '，人均被改动，不符。')
    return [line], note, [C_quot(Ts, Ns, Vs)]


@con('totals', 'check', ['gov', 'mkt'])
def c_net_change(g, grp):
    a = g.ri(200, 30000)
    b = g.ri(a // 20, a // 3)
    c = g.ri(a // 40, a // 5)
    d = a + b - c
    where = ''
    if g.bad:
        vals = [a, b, c, d]
        i = g.ri(0, 3)
        vals[i] = perturb(g.r, vals[i])
        a, b, c, d = vals
        where = ['年初数', '新增', '减少', '年末数'][i]
    subj, u, add, sub = {'gov': ('实有市场主体', '户', '新登记', '注销'), 'mkt': ('食品经营许可证持证单位', '家', '新发证', '注销'),
                         'soc': (g.ch(['工会会员', '在册志愿者']), '人', '新发展', '转出')}[grp]
    A, B, Cs, D = (g.n(x) for x in (a, b, c, d))
    line = g.ch([f'年初{subj}{A}{u}，年内{add}{B}{u}、{sub}{Cs}{u}，年末{subj}{D}{u}。',
                 f'{subj}年末达到{D}{u}（年初{A}{u}，本年{add}{B}{u}，{sub}{Cs}{u}）。'])
    note = '年初+新增-减少=年末' + ('，相符。' if not g.bad else '，不符（%s被改动）。' % where)
    return [line], note, [C_lin([('+', A), ('+', B), ('-', Cs)], D)]


@con('totals', 'check', ['hous', 'cul'])
def c_cum_split(g, grp):
    F = pick_frame(g, grp)
    tot = g.ri(F[6], F[7] * 3)
    a = g.ri(max(1, tot // 8), max(2, tot // 2))
    b = tot - a
    where = ''
    if g.bad:
        tot, (a, b), where = bad_sum(g, tot, [a, b])
    u = F[2]
    T, A, B = g.n(tot), g.n(a), g.n(b)
    noun = F[1]
    line = g.ch([f'截至{g.year}年底，累计{noun}{T}{u}，其中当年{A}{u}、以前年度{B}{u}。',
                 f'“十四五”以来累计{noun}{T}{u}，其中{g.year}年{A}{u}，{g.year - 3}—{g.year - 1}年{B}{u}。'])
    return [line], sum_note(not g.bad, '累计数=当年+以前年度', T, [A, B], where), [C_sum(T, [A, B])]


SMALL = {
    'gov': ('村（社区）', '个', ['行政村', '社区']),
    'soc': ('所学校', '', ['小学', '初中', '九年一贯制学校', '完全中学']),
    'emg': ('支应急救援队伍', '', ['专业队伍', '半专业队伍', '志愿者队伍']),
    'cul': ('个文化站', '', ['乡镇综合文化站', '社区文化中心', '村级文化服务中心']),
}


@con('totals', 'check', ['gov', 'soc', 'emg'])
def c_cn_numerals(g, grp):
    noun, mu, cats = SMALL[grp]
    k = len(cats) if len(cats) <= 3 else g.ri(2, 4)
    cats = cats[:k]
    whole = g.ri(3 * k, 120)
    parts = split_weighted(g.r, whole, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    ws = g.cn(whole)
    ps = [g.cn(x) for x in parts]
    unit = {'gov': '个', 'soc': '所', 'emg': '支', 'cul': '个'}[grp]
    n0 = noun.lstrip('个所支')
    line = f'全{g.ch(["县", "区", "镇"])}共有{ws}{unit}{n0}，其中' + '、'.join(f'{c}{p}{unit}' for c, p in zip(cats, ps)) + '。'
    return [line], sum_note(not g.bad, '中文数字写的总数与各项', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['soc', 'emg'])
def c_people_profile(g, grp):
    whole = g.ri(40, 3000)
    sex = split_weighted(g.r, whole, 2)
    ages = split_weighted(g.r, whole, 3)
    where = ''
    if g.bad:
        if g.rnd() < 0.5:
            sex = [sex[0], perturb(g.r, sex[1])]
            where = '女性人数'
        else:
            ages = list(ages)
            i = g.ri(0, 2)
            ages[i] = perturb(g.r, ages[i])
            where = '第%d个年龄段' % (i + 1)
    who = {'soc': g.ch(['参训学员', '新招录职工', '志愿者']), 'emg': g.ch(['应急救援队员', '护林员', '灾害信息员']),
           'med': g.ch(['家庭医生签约团队成员', '在岗医务人员', '新入职医护人员'])}[grp]
    W = g.n(whole)
    S = [g.n(x) for x in sex]
    A = [g.n(x) for x in ages]
    l1 = f'现有{who}{W}人，其中男性{S[0]}人、女性{S[1]}人；'
    l2 = f'35岁以下{A[0]}人，36至50岁{A[1]}人，51岁及以上{A[2]}人。'
    lines = [l1 + l2] if g.rnd() < 0.6 else [l1, l2]
    note = '按性别、按年龄两种分组均应合计为%s' % W + ('，均相符。' if not g.bad else '；%s被改动，只有一组不符。' % where)
    return lines, note, [C_sum(W, S), C_sum(W, A)]


@con('totals', 'check', ['emg', 'cul', 'gov'])
def c_table_two_cols(g, grp):
    k = g.ri(3, 5)
    places = []
    while len(places) < k:
        p = wname(g.r) + g.ch(['镇', '乡', '街道'])
        if p not in places:
            places.append(p)
    c1, c2, u1, u2 = {'emg': ('受灾人口', '紧急转移', '人', '人'), 'cul': ('应通户数', '已通户数', '户', '户'),
                      'gov': ('户数', '人口', '户', '人')}[grp]
    col1 = [g.ri(100, 4000) for _ in range(k)]
    col2 = [g.ri(x // 4, x) if grp != 'gov' else g.ri(int(x * 2.2), int(x * 3.4)) for x in col1]
    t1, t2 = sum(col1), sum(col2)
    where = ''
    if g.bad:
        if g.rnd() < 0.5:
            t1 = perturb(g.r, t1)
            where = '合计行第一列'
        else:
            col2 = list(col2)
            i = g.ri(0, k - 1)
            col2[i] = perturb(g.r, col2[i], minv=1)
            if grp == 'cul' and col2[i] > col1[i]:
                raise Retry
            where = '第二列第%d行' % (i + 1)
    d = g.ch(['\t', '  ', ' | '])
    A = [g.n(x) for x in col1]
    B = [g.n(x) for x in col2]
    T1, T2 = g.n(t1), g.n(t2)
    lines = [f'{g.place}{g.ch(["县", "区"])}{g.year}年{g.ch(["汛期", "工程", "统计"])}情况表', f'乡镇{d}{c1}（{u1}）{d}{c2}（{u2}）']
    lines += [f'{p}{d}{a}{d}{b}' for p, a, b in zip(places, A, B)]
    lines.append(f'合计{d}{T1}{d}{T2}')
    note = '两列各自的合计行' + ('均相符。' if not g.bad else '：%s被改动，只有一列不符。' % where)
    return lines, note, [C_sum(T1, A), C_sum(T2, B)]


@con('totals', 'check', ['emg', 'gov', 'land'])
def c_whole_after(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, 4)
    places = []
    while len(places) < k:
        p = wname(g.r) + g.ch(['镇', '乡', '街道'])
        if p not in places:
            places.append(p)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    verb = F[1]
    sents = [f'{p}{verb}{s}{u}' for p, s in zip(places, ps)]
    tail = g.ch([f'全{g.ch(["县", "区", "市"])}累计{verb}{ws}{u}。', f'{cn_small(k)}地合计{verb}{ws}{u}。',
                 f'以上{"、".join(places)}合计{ws}{u}。'])
    lines = ['；'.join(sents) + '。' + tail] if g.rnd() < 0.5 else ['；'.join(sents) + '。', tail]
    return lines, sum_note(not g.bad, '先分后总（总数在后一句）', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['land', 'gov'])
def c_land_balance(g, grp):
    a = g.ri(800, 30000)
    b = g.ri(300, a - 100)
    c = a - b
    where = ''
    if g.bad:
        vals = [a, b, c]
        i = g.ri(0, 2)
        vals[i] = perturb(g.r, vals[i], step=g.ch([1, 10]))
        a, b, c = vals
        where = ['补充', '占用', '净增'][i]
    dec = g.ch([0, 0, 1])
    if dec:
        A, B, Cs = g.n(Decimal(a) / 10, 1), g.n(Decimal(b) / 10, 1), g.n(Decimal(c) / 10, 1)
    else:
        A, B, Cs = g.n(a), g.n(b), g.n(c)
    u = g.ch(['亩', '公顷'])
    line = g.ch([f'全年补充耕地{A}{u}，建设占用耕地{B}{u}，耕地净增{Cs}{u}，实现占补平衡。',
                 f'{g.year}年新增耕地{A}{u}，减少耕地{B}{u}，增减相抵净增加{Cs}{u}。'])
    note = '补充-占用=净增' + ('，相符。' if not g.bad else '，不符（%s被改动）。' % where)
    return [line], note, [C_lin([('+', A), ('-', B)], Cs)]


@con('totals', 'check', ['aud', 'hous', 'cul'])
def c_budget_lines(g, grp):
    mf = pick_mframe(g, grp)
    k = min(len(mf[2]), g.ri(2, 4))
    cats = g.sample(mf[2], k)
    parts = [g.ri(50, 80000) for _ in range(k)]
    whole = sum(parts)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts, step=g.ch([1, 10, 100]))
    ws = g.money(whole)
    ps = [g.money(x) for x in parts]
    lines = [f'{g.year}年{mf[1]}明细：'] + [f'{c}{g.ch(["：", " "])}{p}元；' for c, p in zip(cats, ps)]
    lines[-1] = lines[-1][:-1] + '。'
    lines.append(g.ch([f'以上共计{ws}元。', f'合计{ws}元。']))
    return lines, sum_note(not g.bad, '资金明细（万元，带小数）合计', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['mkt', 'land'])
def c_bracket_tags(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(5, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    br = g.ch([('【', '】'), ('[', ']'), ('〔', '〕')])
    line = ''.join(f'{br[0]}{c}{br[1]}{p}{u}' for c, p in zip(cats, ps)) + f'{br[0]}合计{br[1]}{ws}{u}'
    lines = [f'{F[1]}分类统计：', line]
    return lines, sum_note(not g.bad, '方括号标签式分类统计', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['med', 'soc'])
def c_parenthetical(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(4, len(F[3])))
    cats = g.sample(F[3], k)
    whole, parts = draw_parts(g, F, k)
    where = ''
    if g.bad:
        whole, parts, where = bad_sum(g, whole, parts)
    u = F[2]
    ws, ps = g.n(whole), [g.n(x) for x in parts]
    inner = g.ch(['、', '，']).join(f'{c}{p}{u}' for c, p in zip(cats, ps))
    line = f'{g.year}年{F[1]}{ws}{u}（{inner}），工作总体有序。'
    return [line], sum_note(not g.bad, '括号内细分与括号前总数', ws, ps, where), [C_sum(ws, ps)]


@con('totals', 'check', ['gov', 'med'])
def c_change_parts(g, grp):
    F = pick_frame(g, grp)
    a = g.ri(F[6], F[7])
    c = g.ri(max(4, a // 20), max(6, a // 4))
    b = a + c
    k = min(len(F[3]), g.ri(2, 3))
    cats = g.sample(F[3], k)
    inc = split_weighted(g.r, c, k)
    where = ''
    if g.bad:
        if g.rnd() < 0.5:
            b = perturb(g.r, b)
            where = '今年总数'
        else:
            inc = list(inc)
            i = g.ri(0, k - 1)
            inc[i] = perturb(g.r, inc[i])
            where = '第%d项增量' % (i + 1)
    u = F[2]
    A, B, Cs = g.n(a), g.n(b), g.n(c)
    I = [g.n(x) for x in inc]
    line = (f'{g.year}年{F[1]}{B}{u}，比上年的{A}{u}增加{Cs}{u}，其中' +
            '、'.join(f'{x}增加{y}{u}' for x, y in zip(cats, I)) + '。')
    note = '今年-上年=增加量，各项增量之和=增加量' + ('，都相符。' if not g.bad else '；%s被改动，只有一个关系不符。' % where)
    return [line], note, [C_lin([('+', B), ('-', A)], Cs), C_sum(Cs, I)]


@con('totals', 'check', ['hous', 'emg'])
def c_households_people(g, grp):
    k = g.ri(2, 4)
    names = []
    while len(names) < k:
        p = wname(g.r) + g.ch(['小区', '安置点', '新村', '家园'])
        if p not in names:
            names.append(p)
    hh = [g.ri(20, 600) for _ in range(k)]
    pp = [int(h * (2 + g.rnd() * 1.8)) for h in hh]
    H, P = sum(hh), sum(pp)
    where = ''
    if g.bad:
        if g.rnd() < 0.5:
            H = perturb(g.r, H)
            where = '总户数'
        else:
            pp = list(pp)
            i = g.ri(0, k - 1)
            pp[i] = perturb(g.r, pp[i])
            where = '第%d处人数' % (i + 1)
    Hs, Ps = g.n(H), g.n(P)
    hs, ps = [g.n(x) for x in hh], [g.n(x) for x in pp]
    verb = {'hous': '安置被征收户', 'emg': '集中安置受灾群众'}[grp]
    line = f'共{verb}{Hs}户{Ps}人，其中' + '，'.join(f'{n}{h}户{p}人' for n, h, p in zip(names, hs, ps)) + '。'
    note = '“户”“人”两列各自合计' + ('均相符。' if not g.bad else '：%s被改动，只有一列不符。' % where)
    return [line], note, [C_sum(Hs, hs), C_sum(Ps, ps)]


# ============================ totals: negatives (look-alikes) =================================
@con('totals', 'neg', ['soc', 'med'])
def c_neg_overlap(g, grp):
    W = g.ri(80, 3000)
    subs = g.ch([['党员', '女职工', '35岁以下青年', '大专以上学历'], ['女性', '少数民族', '中共党员', '高级职称'],
                 ['60岁以上', '女性', '农村户籍', '慢病患者']])
    k = g.ri(3, 4)
    parts = [g.ri(W // 5, int(W * 0.8)) for _ in range(k)]
    if sum(parts) <= W:
        raise Retry
    who = {'soc': g.ch(['在职职工', '全体会员', '在编教职工']), 'med': g.ch(['签约居民', '在岗医务人员', '参保患者'])}[grp]
    Ws = g.n(W)
    ps = [g.n(x) for x in parts]
    line = f'现有{who}{Ws}人，其中' + '、'.join(f'{s}{p}人' for s, p in zip(subs, ps)) + '。'
    note = '“其中”后是相互交叉的属性（党员/女性/年龄…），各项之和%d≠%s不构成分项合计，不应报错。' % (sum(parts), Ws)
    return [line], note, [C_none('overlapping_subsets', [Ws] + ps)]


@con('totals', 'neg', ['mkt'])
def c_neg_selection(g, grp):
    F = pick_frame(g, grp)
    whole = g.ri(max(F[6], 60), F[7])
    k = g.ri(2, 3)
    cats = g.sample(F[3], k)
    parts = [g.ri(whole // 10, whole // 4) for _ in range(k)]
    if sum(parts) >= whole * 0.9:
        raise Retry
    u = F[2]
    Ws, ps = g.n(whole), [g.n(x) for x in parts]
    lead = g.ch(['主要有', '主要集中在', '重点是', '较为突出的是'])
    line = f'全年{F[1]}{Ws}{u}，{lead}' + '、'.join(f'{c}{p}{u}' for c, p in zip(cats, ps)) + '。'
    note = '“%s”只列举主要类别，不是完整分项，各项之和小于总数属正常。' % lead
    return [line], note, [C_none('selection_main', [Ws] + ps)]


@con('totals', 'neg', ['gov'])
def c_neg_deng(g, grp):
    F = pick_frame(g, grp)
    whole = g.ri(max(F[6], 60), F[7])
    k = g.ri(2, 3)
    cats = g.sample(F[3], k)
    parts = [g.ri(whole // 10, whole // 4) for _ in range(k)]
    if sum(parts) >= whole:
        raise Retry
    u = F[2]
    Ws, ps = g.n(whole), [g.n(x) for x in parts]
    v = g.ri(0, 1)
    if v == 0:
        line = f'{g.year}年{F[1]}{Ws}{u}，其中' + '、'.join(f'{c}{p}{u}' for c, p in zip(cats, ps)) + '等。'
    else:
        line = f'{F[1]}{Ws}{u}，涉及' + '、'.join(f'{c}（{p}{u}）' for c, p in zip(cats, ps)) + '等多个类别。'
    note = '列举以“等”收尾，是不完整的部分列举，不应按合计核对。'
    return [line], note, [C_none('partial_list_deng', [Ws] + ps)]


@con('totals', 'neg', ['emg', 'hous'])
def c_neg_approx(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, 4)
    cats = g.sample(F[3], min(k, len(F[3])))
    parts = [g.ri(40, max(60, F[7] // 3)) for _ in cats]
    s = sum(parts)
    mode = g.ch(['约', '近', '余', '多'])
    if mode == '约':
        W = round(s, -2) if s > 300 else round(s, -1)
        W = W + (g.ch([-1, 1]) * 10 if W == s else 0)
        Ws = g.n(W)
        head = f'约{Ws}'
    elif mode == '近':
        W = (s // 100 + 1) * 100 if s > 200 else (s // 10 + 1) * 10
        Ws = g.n(W)
        head = f'近{Ws}'
    else:
        W = (s // 100) * 100 if s > 200 else (s // 10) * 10
        if W == s:
            raise Retry
        Ws = g.n(W)
        head = f'{Ws}{mode}'
    u = F[2]
    ps = [g.n(x) for x in parts]
    line = f'共{F[1]}{head}{u}，其中' + '、'.join(f'{c}{p}{u}' for c, p in zip(cats, ps)) + '。'
    note = '总数带“%s”，是概数（精确合计%d），不应按精确合计报错。' % (mode, s)
    return [line], note, [C_none('approximate_total', [Ws] + ps)]


@con('totals', 'neg', ['emg'])
def c_neg_models(g, grp):
    n = g.ri(12, 150)
    models = [f'{g.ch(["QF", "BX", "HD", "ZX", "FB"])}-{g.ch([30, 50, 80, 120, 200, 500])}型' for _ in range(3)]
    if len(set(models)) < 3:
        raise Retry
    Ns = g.n(n)
    kit = g.ch(['风力灭火机', '移动排涝泵', '便携式发电机', '高压细水雾灭火装置'])
    line = f'新配发{kit}{Ns}台（套），型号包括{models[0]}、{models[1]}和{models[2]}，均已分发至一线队伍。'
    note = '型号中的数字（%s）不是台数的分项。' % '、'.join(models)
    return [line], note, [C_none('model_numbers', [Ns] + models)]


@con('totals', 'neg', ['mkt'])
def c_neg_phone_date(g, grp):
    n = g.ri(30, 2000)
    Ns = g.n(n)
    tel = f'0{g.ri(310, 799)}-{g.ri(6000, 8999)}{g.ri(1000, 9999)}'
    hours = g.ch(['8:30—12:00、14:30—17:30', '9:00—17:00', '8:00—12:00、14:00—18:00'])
    what = {'mkt': '受理投诉举报', 'soc': '接听法律咨询电话'}[grp]
    line = f'开通服务热线{tel}，工作日{hours}专人值守，{g.year}年{g.ri(1, 12)}月{g.ri(1, 28)}日以来共{what}{Ns}件，另设12315、12345转办通道。'
    note = '电话号码、时段、日期、热线号码都不是计数关系。'
    return [line], note, [C_none('phones_dates', [Ns, tel])]


@con('totals', 'neg', ['gov'])
def c_neg_ranks(g, grp):
    n = g.ri(8, 20)
    r = g.ri(1, 5)
    y = g.ri(2, 6)
    Ns, Rs = g.n(n), g.n(r)
    line = g.ch([f'在全市{Ns}个县（市、区）年度考核中排名第{Rs}位，连续{y}年进入前{r + g.ri(1, 3)}名。',
                 f'营商环境评价位列全省{Ns}个同类地区第{Rs}名，“十四五”以来{y}次获通报表扬。'])
    note = '名次、参评单位数、连续年数之间没有合计关系。'
    return [line], note, [C_none('ranks', [Ns, Rs])]


@con('totals', 'neg', ['land'])
def c_neg_single_part(g, grp):
    F = pick_frame(g, grp)
    W = g.ri(F[6], F[7])
    p = g.ri(max(1, W // 5), max(2, W * 3 // 4))
    c = F[3][0]
    u = F[2]
    Ws, Ps = g.n(W), g.n(p)
    line = f'{g.year}年{F[1]}{Ws}{u}，其中{c}{Ps}{u}，占比较上年有所提高。'
    note = '“其中”只列出一项，部分小于整体，没有可核对的合计。'
    return [line], note, [C_none('single_part', [Ws, Ps])]


@con('totals', 'neg', ['cul'])
def c_neg_year_series(g, grp):
    ys = [g.year - 2, g.year - 1, g.year]
    vals = sorted(g.ri(6, 90) if grp == 'cul' else g.ri(20, 300) for _ in range(3))
    unit, what = {'cul': ('部', '出版志书年鉴'), 'land': ('宗', '供应建设用地')}[grp]
    vs = [g.n(x) for x in vals]
    line = f'{ys[0]}年、{ys[1]}年、{ys[2]}年分别{what}{vs[0]}{unit}、{vs[1]}{unit}、{vs[2]}{unit}，呈逐年上升态势。'
    note = '逐年数列，没有总数；年份不是分项。'
    return [line], note, [C_none('year_series', vs)]


@con('totals', 'neg', ['hous'])
def c_neg_cum_new(g, grp):
    tot = g.ri(200, 20000)
    new = g.ri(tot // 20, tot // 4)
    Ts, Ns = g.n(tot), g.n(new)
    what, u = {'hous': ('建成保障性租赁住房', '套'), 'med': ('建成村卫生室标准化', '个')}[grp]
    line = f'累计{what}{Ts}{u}，今年新增{Ns}{u}，另有{g.ri(2, 30)}个项目正在开展前期工作。'
    note = '累计数与当年新增数是包含关系，不是相加关系，也无合计可核。'
    return [line], note, [C_none('cumulative_vs_new', [Ts, Ns])]


@con('totals', 'neg', ['soc'])
def c_neg_codes(g, grp):
    n = g.ri(120, 3000)
    Ns = g.n(n)
    v = g.ri(0, 2)
    if v == 0:
        line = f'深化“1+X”证书制度试点，全年{Ns}名学生参加考核，推行“7+X”课后服务模式。'
        nums = [Ns, '1+X', '7+X']
    elif v == 1:
        line = f'落实“3+1+2”选科模式，组建“5+2”课后服务团队，服务学生{Ns}人次。'
        nums = [Ns, '3+1+2', '5+2']
    else:
        line = f'建立“1+3+N”帮扶机制，每名干部联系“1+1”困难职工，全年走访{Ns}户次。'
        nums = [Ns, '1+3+N', '1+1']
    note = '“1+X”“7+X”“3+1+2”等是制度名称，不是算式。'
    return [line], note, [C_none('formula_like_names', nums)]


@con('totals', 'neg', ['aud'])
def c_neg_doc_refs(g, grp):
    n = g.ri(12, 300)
    Ns = g.n(n)
    doc = f'〔{g.year}〕{g.ri(2, 60)}号'
    art = f'第{g.ri(10, 90)}条'
    line = f'依据《政府采购法》{art}和{g.place}财采{doc}文件，对{Ns}个项目开展专项检查，责令{g.ri(2, n // 2)}个项目限期整改。'
    note = '条款号、文号、年份不是计数分项；项目数与整改数是子集关系。'
    return [line], note, [C_none('document_refs', [Ns, doc, art])]


@con('totals', 'neg', ['gov'])
def c_neg_ranges(g, grp):
    lo = g.ch([1000, 2000, 3000, 5000])
    hi = lo + g.ch([1000, 2000, 5000])
    n = g.ri(30, 900)
    Ns = g.n(n)
    line = g.ch([f'对{Ns}户困难家庭按每户{lo}—{hi}元标准发放临时救助，50万元以上项目实行联审、100万元以上项目集体决策。',
                 f'补助标准为每人{lo}至{hi}元，全年受益{Ns}人，单笔超过{lo}元的须经公示。'])
    note = '区间和门槛数字（%d—%d元、以上）不是分项，也没有合计。' % (lo, hi)
    return [line], note, [C_none('ranges_thresholds', [Ns, str(lo), str(hi)])]


@con('totals', 'neg', ['med'])
def c_neg_mixed_units(g, grp):
    a = g.ri(8, 90)
    b = g.ri(a * 20, a * 80)
    c = g.ri(b // 4, b * 3 // 4)
    A, B, Cs = g.n(a), g.n(b), g.n(c)
    if grp == 'med':
        line = f'全县建成医养结合机构{A}家，床位{B}张，其中护理型床位{Cs}张。'
    else:
        line = f'辖区共有养老服务机构{A}家，床位{B}张，其中护理型床位{Cs}张。'
    note = '机构数与床位数单位不同，“其中”只指床位（单项子集），没有合计可核。'
    return [line], note, [C_none('different_units', [A, B, Cs])]


@con('totals', 'neg', ['aud'])
def c_neg_funnel(g, grp):
    a = g.ri(80, 2000)
    b = g.ri(a // 6, a // 2)
    c = g.ri(b // 5, b // 2)
    A, B, Cs = g.n(a), g.n(b), g.n(c)
    what = {'aud': ('检查企业', '发现统计违法问题企业', '立案查处'), 'mkt': ('检查经营主体', '发现问题主体', '立案查处')}[grp]
    line = f'全年{what[0]}{A}家，{what[1]}{B}家，{what[2]}{Cs}家，其余责令整改。'
    note = '层层递进的漏斗（检查⊃发现⊃立案），不是分项相加。'
    return [line], note, [C_none('funnel_subsets', [A, B, Cs])]


@con('totals', 'neg', ['land'])
def c_neg_unit_spec(g, grp):
    x = g.ch([100, 150, 200, 300, 500])
    area = g.ri(12, 900) / 10
    As = g.n(Decimal(str(area)), 1)
    line = f'按照每亩{x}元的标准落实耕地地力保护补贴，全年补贴面积{As}万亩，资金已通过“一卡通”发放到户。'
    note = '给出单价与面积但未写总额，没有可核对的等式。'
    return [line], note, [C_none('rate_without_total', [As])]


# ============================ pct: checkable constructions ====================================
def emit_pct(g, true, dec, target, mk, hi=Decimal(100)):
    """Render one percentage; if it is the record's target, make it wrong or malformed."""
    if target and g.mode == 'arith':
        v = wrong_pct(g.r, true, dec, hi=hi if true <= 100 else None)
        s = g.p(v, dec)
        return s, [mk(s)]
    v = good_pct(true, dec)
    if target and g.mode == 'fmt':
        s, readable = malform(g, v, dec)
        return s, [C_fmt(s)] + ([mk(s)] if readable else [])
    s = g.p(v, dec)
    return s, [mk(s)]


def pdec(g):
    return g.ch([0, 1, 1, 2, 2, 2])


def pnote(g, what, extra=''):
    if not g.bad:
        return what + '，按所写小数位四舍五入相符。' + extra
    if g.mode == 'fmt':
        return what + '；算术相符，但百分数写法不规范（%s），按格式错误计为不一致。' % g.fmt_kind
    return what + '；所写百分数与计算值相差超过舍入误差，唯一不符的关系。' + extra


def done_pair(g, F, hi_ratio=1.0):
    N = g.ri(F[6], F[7])
    r = g.rnd()
    lo, hi = (0.86, 1.0) if r < 0.75 else ((0.55, 0.86) if r < 0.95 else (0.2, 0.55))
    a = g.ri(max(1, int(N * lo)), max(1, int(N * hi * hi_ratio)))
    return N, a


@con('pct', 'check', ['gov', 'mkt', 'soc', 'emg'])
def c_rate_basic(g, grp):
    F = pick_frame(g, grp)
    N, a = done_pair(g, F)
    dec = pdec(g)
    u = F[2]
    Ns, As = g.n(N), g.n(a)
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    verb = g.ch(['', '达', '达到', '为', '为'])
    line = g.ch([f'{g.year}年{F[1]}{Ns}{u}，{F[4]}{As}{u}，{F[5]}{verb}{ps}。',
                 f'全年共{F[1]}{Ns}{u}，已{F[4]}{As}{u}，{F[5]}{verb}{ps}。',
                 f'{F[1]}{Ns}{u}、{F[4]}{As}{u}，{F[5]}{ps}。'])
    return [line], pnote(g, '%s=%s/%s' % (F[5], As, Ns)), checks


@con('pct', 'check', ['aud', 'med', 'hous'])
def c_rate_first(g, grp):
    F = pick_frame(g, grp)
    N, a = done_pair(g, F)
    dec = pdec(g)
    u = F[2]
    Ns, As = g.n(N), g.n(a)
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    line = g.ch([f'{F[5]}达到{ps}（{F[1]}{Ns}{u}，{F[4]}{As}{u}）。',
                 f'{F[5]}为{ps}，即{F[1]}的{Ns}{u}中已{F[4]}{As}{u}。',
                 f'{F[5]}{ps}：全年{F[1]}{Ns}{u}，其中{F[4]}{As}{u}。'])
    return [line], pnote(g, '先写比率后写分子分母：%s/%s' % (As, Ns)), checks


FAILV = {
    'mkt': [('抽检食用农产品', '批次', '不合格', '不合格率'), ('抽检食品相关产品', '批次', '不合格', '不合格率'),
            ('抽检化妆品', '批次', '不符合规定', '不合格率'), ('抽检药品', '批次', '不符合规定', '不合格率')],
    'med': [('抽查运行病历', '份', '不合格', '病历不合格率'), ('点评门诊处方', '张', '不合理', '不合理处方率'),
            ('审核医保结算单据', '份', '存在违规', '违规率')],
}


@con('pct', 'check', ['mkt', 'med'])
def c_fail_rate(g, grp):
    verb, u, bad_w, rname = g.ch(FAILV[grp])
    N = g.ri(150, 6000)
    a = g.ri(1, max(2, N // 15))
    dec = g.ch([1, 2, 2])
    Ns, As = g.n(N), g.n(a)
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    line = g.ch([f'全年{verb}{Ns}{u}，检出{bad_w}{As}{u}，{rname}{ps}。',
                 f'共{verb}{Ns}{u}，{bad_w}{As}{u}，{rname}约为{ps}，已全部依法处置。'])
    return [line], pnote(g, '%s=%s/%s' % (rname, As, Ns)), checks


@con('pct', 'check', ['gov', 'land', 'cul'])
def c_share_one(g, grp):
    F = pick_frame(g, grp)
    N = g.ri(F[6], F[7])
    a = g.ri(max(1, N // 10), max(2, N * 4 // 5))
    c = g.ch(F[3])
    dec = pdec(g)
    u = F[2]
    Ns, As = g.n(N), g.n(a)
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    line = g.ch([f'{g.year}年{F[1]}{Ns}{u}，其中{c}{As}{u}，占{ps}。',
                 f'在{F[1]}的{Ns}{u}中，{c}{As}{u}，占总数的{ps}。',
                 f'{F[1]}{Ns}{u}，{c}占比{ps}（{As}{u}）。'])
    return [line], pnote(g, '占比=%s/%s' % (As, Ns)), checks


@con('pct', 'check', ['emg', 'soc', 'aud'])
def c_share_multi(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(2, min(4, len(F[3])))
    cats = g.sample(F[3], k)
    N = g.ri(max(F[6], 50), F[7])
    parts = split_weighted(g.r, N, k + (1 if g.rnd() < 0.5 else 0))[:k]
    dec = g.ch([1, 1, 2])
    Ns = g.n(N)
    t = g.ri(0, k - 1)
    u = F[2]
    segs, checks = [], []
    for i, (c, p) in enumerate(zip(cats, parts)):
        Ps = g.n(p)
        s, ch = emit_pct(g, pct_true(p, N), dec, i == t, lambda x, Ps=Ps: C_rate(Ps, Ns, x))
        checks += ch
        segs.append(f'{c}{Ps}{u}，占{s}')
    line = f'{g.year}年{F[1]}{Ns}{u}。其中，' + '；'.join(segs) + '。'
    return [line], pnote(g, '逐项占比=分项/总数（第%d项为检查目标）' % (t + 1)), checks


@con('pct', 'check', ['med', 'gov', 'mkt'])
def c_shares_sum(g, grp):
    F = pick_frame(g, grp)
    k = g.ri(3, min(5, len(F[3])))
    cats = g.sample(F[3], k)
    dec = g.ch([0, 1, 1, 2])
    base = [Decimal(g.ri(50, 400)) for _ in range(k + 1)]
    tot = sum(base)
    vals = [qz(b * 100 / tot, dec) for b in base[:k]]
    if g.bad and g.mode == 'arith':
        excess = Decimal(g.ri(15, 250)) / 10
        i = g.ri(0, k - 1)
        vals[i] = qz(vals[i] + excess + (100 - sum(vals)), dec)
        if sum(vals) - 100 < 1:
            raise Retry
    ss = [g.p(v, dec) for v in vals]
    checks = []
    if g.bad and g.mode == 'fmt':
        i = g.ri(0, k - 1)
        s, _ = malform(g, vals[i], dec)
        ss[i] = s
        checks.append(C_fmt(s))
    checks.insert(0, C_share([x for x in ss if 'x' not in x.lower() and not x.endswith('.%') and '..' not in x and '百分之' not in x]))
    lead = g.ch(['从类别看', '按类型分', '从结构看'])
    line = f'{g.year}年{F[1]}中，{lead}，' + '，'.join(f'{c}占{s}' for c, s in zip(cats, ss)) + '，其余为其他类别。'
    return [line], pnote(g, '同一总数下各类占比之和不得超过100%%（现为%s）' % sum(vals)), checks


GROWV = {
    'gov': [('规上工业企业', '家', 80, 900), ('市场主体', '户', 5000, 90000), ('高新技术企业', '家', 20, 400)],
    'hous': [('住房公积金缴存职工', '人', 8000, 90000), ('公租房保障家庭', '户', 300, 6000), ('个人住房贷款发放笔数', '笔', 500, 8000)],
    'cul': [('档案馆接待查档', '人次', 800, 20000), ('图书馆年外借图书', '册次', 20000, 400000), ('应急广播终端', '个', 300, 6000)],
    'emg': [('森林火情', '起', 8, 90), ('安全生产事故', '起', 10, 200), ('地质灾害险情', '处', 10, 150)],
    'mkt': [('食品安全投诉', '件', 300, 5000), ('特种设备事故隐患', '处', 50, 900), ('消费纠纷', '件', 500, 9000)],
    'soc': [('信访总量', '件', 300, 5000), ('劳动争议案件', '件', 100, 2000), ('未成年人犯罪案件', '件', 20, 300)],
    'med': [('异地就医直接结算', '人次', 3000, 90000), ('门诊慢特病待遇认定', '人', 500, 9000), ('家庭医生签约', '人', 20000, 300000)],
    'aud': [('政府采购项目', '个', 200, 3000), ('统计违法案件', '件', 10, 200), ('审计发现问题', '个', 50, 900)],
    'land': [('批而未供土地', '宗', 40, 400), ('不动产登记业务', '件', 8000, 90000), ('闲置土地', '宗', 10, 150)],
}


@con('pct', 'check', ['gov', 'hous', 'cul'])
def c_growth_up(g, grp):
    what, u, lo, hi = g.ch(GROWV[grp])
    a = g.ri(lo, hi)
    b = a + g.ri(max(1, a // 50), max(2, a * 9 // 10))
    dec = g.ch([1, 1, 2, 0])
    A, B = g.n(a), g.n(b)
    ps, checks = emit_pct(g, (Decimal(b) - a) * 100 / a, dec, True, lambda s: C_growth(A, B, s, 'up'))
    line = g.ch([f'{what}由{g.year - 1}年的{A}{u}增至{g.year}年的{B}{u}，增长{ps}。',
                 f'{what}从{A}{u}增加到{B}{u}，增幅{ps}。',
                 f'{what}达到{B}{u}，较上年{A}{u}增长{ps}。'])
    return [line], pnote(g, '增长率=(%s-%s)/%s' % (B, A, A)), checks


@con('pct', 'check', ['emg', 'mkt', 'soc'])
def c_decline(g, grp):
    what, u, lo, hi = g.ch(GROWV[grp])
    a = g.ri(max(lo, 30), max(hi, 60))
    b = a - g.ri(max(1, a // 40), max(2, a * 2 // 3))
    if b <= 0:
        raise Retry
    dec = g.ch([1, 1, 2, 0])
    A, B = g.n(a), g.n(b)
    ps, checks = emit_pct(g, (Decimal(a) - b) * 100 / a, dec, True, lambda s: C_growth(A, B, s, 'down'))
    line = g.ch([f'{what}由上年的{A}{u}下降到{B}{u}，下降{ps}。',
                 f'{what}从{A}{u}减少至{B}{u}，降幅为{ps}。',
                 f'全年{what}{B}{u}，比上年的{A}{u}减少{ps}。'])
    return [line], pnote(g, '降幅=(%s-%s)/%s' % (A, B, A)), checks


@con('pct', 'check', ['med', 'aud', 'land'])
def c_yoy(g, grp):
    what, u, lo, hi = g.ch(GROWV[grp])
    a = g.ri(max(lo, 60), max(hi, 120))
    up = g.rnd() < 0.65
    d = g.ri(max(1, a // 60), max(2, a // 2))
    b = a + d if up else a - d
    dec = g.ch([1, 2])
    A, B = g.n(a), g.n(b)
    true = (Decimal(b) - a) * 100 / a
    if not up:
        true = -true
    ps, checks = emit_pct(g, true, dec, True, lambda s: C_growth(A, B, s, 'up' if up else 'down'))
    word = '增长' if up else '下降'
    line = f'{g.year}年1—{g.ri(6, 12)}月{what}{B}{u}，上年同期{A}{u}，同比{word}{ps}。'
    return [line], pnote(g, '同比=(本期-上年同期)/上年同期'), checks


@con('pct', 'check', ['gov', 'hous', 'land'])
def c_target_pct(g, grp):
    F = pick_frame(g, grp)
    t = g.ri(F[6], F[7])
    a = g.ri(int(t * 0.5), int(t * 1.3))
    dec = g.ch([0, 1, 2])
    T, A = g.n(t), g.n(a)
    ps, checks = emit_pct(g, pct_true(a, t), dec, True, lambda s: C_rate(A, T, s), hi=None)
    u = F[2]
    tail = '，超额完成年度任务' if a > t else ''
    line = g.ch([f'年度目标{F[1]}{T}{u}，已完成{A}{u}，完成率{ps}{tail}。',
                 f'{F[1]}任务数{T}{u}，实际完成{A}{u}，占年度目标的{ps}{tail}。',
                 f'截至{g.ri(9, 12)}月底完成{F[1]}{A}{u}，为年度目标{T}{u}的{ps}。'])
    return [line], pnote(g, '完成率=完成/目标（可超过100%%）'), checks


@con('pct', 'check', ['med', 'soc', 'mkt'])
def c_pp_diff(g, grp):
    F = pick_frame(g, grp)
    dec = g.ch([1, 1, 2])
    a = qz(Decimal(g.ri(6000, 9700)) / 100, dec)
    b = qz(a + Decimal(g.ri(2, 60)) / 10, dec)
    if b >= 100:
        raise Retry
    d = b - a
    A, B = g.p(a, dec), g.p(b, dec)
    if g.bad and g.mode == 'arith':
        d = perturb(g.r, int(d * 10 ** dec), step=max(3, 10 ** dec // 3)) / Decimal(10 ** dec)
        if abs(d - (b - a)) < Decimal('0.3'):
            raise Retry
    checks = []
    if g.bad and g.mode == 'fmt':
        A, readable = malform(g, a, dec)
        checks.append(C_fmt(A))
        if not readable:
            D = g.n(d, dec)
            line = f'{F[5]}由上年的{A}提高到{B}，提高{D}个百分点。'
            return [line], pnote(g, '百分点差'), checks
    D = g.n(d, dec)
    checks.append(C_pp(A, B, D))
    line = g.ch([f'{F[5]}由上年的{A}提高到{B}，提高{D}个百分点。',
                 f'{F[5]}达{B}，比上年（{A}）上升{D}个百分点。'])
    return [line], pnote(g, '百分点差=%s-%s' % (B, A)), checks


@con('pct', 'check', ['aud', 'cul', 'emg'])
def c_budget_exec(g, grp):
    mf = pick_mframe(g, grp)
    bud = g.ri(500, 300000)
    spent = g.ri(bud // 3, bud)
    dec = g.ch([1, 2])
    B, S = g.money(bud), g.money(spent)
    ps, checks = emit_pct(g, pct_true(spent, bud), dec, True, lambda s: C_rate(S, B, s))
    line = g.ch([f'{mf[1]}年初预算{B}元，已支出{S}元，预算执行率{ps}。',
                 f'截至{g.ri(9, 12)}月底，{mf[1]}项目已拨付{S}元，占预算{B}元的{ps}。'])
    return [line], pnote(g, '执行率=支出/预算（万元）'), checks


@con('pct', 'check', ['aud'])
def c_savings(g, grp):
    bud = g.ri(2000, 500000)
    win = g.ri(int(bud * 0.75), bud - 1)
    sav = bud - win
    dec = g.ch([1, 2])
    B, W = g.money(bud), g.money(win)
    target = True
    checks = []
    if g.bad and g.mode == 'arith' and g.rnd() < 0.4:
        sav2 = perturb(g.r, sav, step=g.ch([1, 100]))
        Sv = g.money(sav2)
        target = False
        ps = g.p(good_pct(pct_true(sav2, bud), dec), dec)  # rate agrees with the stated (wrong) saving
        checks.append(C_rate(Sv, B, ps))
    else:
        Sv = g.money(sav)
        ps, ch = emit_pct(g, pct_true(sav, bud), dec, True, lambda s: C_rate(Sv, B, s))
        checks += ch
    checks.insert(0, C_lin([('+', B), ('-', W)], Sv))
    line = f'全年完成政府采购项目{g.ri(30, 600)}个，采购预算{B}元，实际采购{W}元，节约资金{Sv}元，资金节约率{ps}。'
    return [line], pnote(g, '节约=预算-实际；节约率=节约/预算') if target else '节约资金被改动：预算-实际≠节约；所写节约率恰与所写节约额相符，唯一不符的是减法。', checks


@con('pct', 'check', ['aud', 'emg', 'gov'])
def c_rectify_rate(g, grp):
    N = g.ri(15, 500)
    a = g.ri(N // 2, N)
    b = N - a
    dec = g.ch([0, 1, 2])
    Ns, As, Bs = g.n(N), g.n(a), g.n(b)
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    what = {'aud': '审计反馈问题', 'emg': '检查发现隐患', 'gov': '督查发现问题'}[grp]
    u = g.ch(['个', '项', '条']) if grp != 'emg' else '处'
    if b:
        line = f'{what}{Ns}{u}，已整改{As}{u}，整改率{ps}，其余{Bs}{u}正在按计划推进。'
        checks.insert(0, C_sum(Ns, [As, Bs]))
    else:
        line = f'{what}{Ns}{u}，已全部整改到位（{As}{u}），整改率{ps}。'
    return [line], pnote(g, '整改率=已整改/问题总数'), checks


@con('pct', 'check', ['cul', 'med', 'gov'])
def c_coverage(g, grp):
    N = g.ri(15, 600)
    a = g.ri(int(N * 0.6), N)
    dec = g.ch([0, 1, 2])
    Ns, As = g.n(N), g.n(a)
    what, cov = {'cul': ('实现应急广播“村村响”', '覆盖率'), 'med': ('建成标准化村卫生室', '建成率'),
                 'gov': ('实现集体经济收入10万元以上', '达标率')}[grp]
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    ctr = g.ch(['县', '区', '市'])
    line = f'全{ctr}{Ns}个行政村中，已有{As}个{what}，{cov}{ps}。'
    return [line], pnote(g, '%s=%s/%s' % (cov, As, Ns)), checks


@con('pct', 'check', ['med', 'hous', 'soc'])
def c_table_rate_col(g, grp):
    k = g.ri(2, 4)
    names = []
    while len(names) < k:
        p = wname(g.r) + g.ch(['镇', '乡', '街道'])
        if p not in names:
            names.append(p)
    c1, c2, c3 = {'med': ('应参保人数', '已参保人数', '参保率'), 'hous': ('应签约户数', '已签约户数', '签约率'),
                  'soc': ('应入学人数', '实际入学人数', '入学率')}[grp]
    d = g.ch(['\t', '  ', ' | '])
    t = g.ri(0, k - 1)
    dec = g.ch([1, 2])
    lines = [f'乡镇{d}{c1}{d}{c2}{d}{c3}']
    checks = []
    for i, n in enumerate(names):
        N = g.ri(300, 40000)
        a = g.ri(int(N * 0.85), N)
        Ns, As = g.n(N), g.n(a)
        ps, ch = emit_pct(g, pct_true(a, N), dec, i == t, lambda s, As=As, Ns=Ns: C_rate(As, Ns, s))
        checks += ch
        lines.append(f'{n}{d}{Ns}{d}{As}{d}{ps}')
    return lines, pnote(g, '表格每行：率=实际/应（第%d行为检查目标）' % (t + 1)), checks


@con('pct', 'check', ['soc', 'gov'])
def c_two_rates(g, grp):
    N = g.ri(200, 8000)
    a = g.ri(int(N * 0.8), N)
    b = g.ri(a // 3, a)
    c = g.ri(int(b * 0.8), b)
    dec1, dec2 = g.ch([1, 2]), g.ch([1, 2])
    Ns, As, Bs, Cs = g.n(N), g.n(a), g.n(b), g.n(c)
    t = g.ri(0, 1)
    p1, ch1 = emit_pct(g, pct_true(a, N), dec1, t == 0, lambda s: C_rate(As, Ns, s))
    p2, ch2 = emit_pct(g, pct_true(c, b), dec2, t == 1, lambda s: C_rate(Cs, Bs, s))
    what = {'soc': '信访事项', 'gov': '12345热线工单'}[grp]
    line = f'全年受理{what}{Ns}件，办结{As}件，办结率{p1}；回访{Bs}件，群众表示满意{Cs}件，满意率{p2}。'
    return [line], pnote(g, '两个率各有自己的分母（办结/受理、满意/回访）'), ch1 + ch2


@con('pct', 'check', ['mkt', 'hous', 'med'])
def c_cum_yoy(g, grp):
    what, u, lo, hi = g.ch(GROWV[grp])
    m = g.ri(3, 11)
    a = g.ri(max(lo, 60), max(hi, 120))
    b = a + g.ri(-a // 3, a // 2)
    if b == a or b <= 0:
        raise Retry
    up = b > a
    dec = g.ch([1, 2])
    A, B = g.n(a), g.n(b)
    true = abs(Decimal(b) - a) * 100 / a
    ps, checks = emit_pct(g, true, dec, True, lambda s: C_growth(A, B, s, 'up' if up else 'down'))
    d = g.ch(['\t', '  ', ' | '])
    lines = [f'指标{d}1—{m}月累计{d}上年同期{d}同比', f'{what}（{u}）{d}{B}{d}{A}{d}{"" if up else "-"}{ps}']
    if g.rnd() < 0.5:
        lines = [f'表{g.ri(1, 5)}  {g.year}年1—{m}月主要业务指标'] + lines
    return lines, pnote(g, '累计同比表：(本年累计-上年同期)/上年同期'), checks


@con('pct', 'check', ['gov', 'land'])
def c_fraction(g, grp):
    F = pick_frame(g, grp)
    N = g.ri(F[6], max(F[6] + 10, min(F[7], 400)))
    a = g.ri(N // 2, N)
    dec = g.ch([0, 1])
    Ns, As = g.n(N), g.n(a)
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    u = F[2]
    line = g.ch([f'{F[1]}进度：{F[4]}{As}/{Ns}{u}（{ps}）。', f'已{F[4]}{As}{u}/{Ns}{u}，占{ps}。'])
    return [line], pnote(g, '分数写法 a/b 与百分数'), checks


@con('pct', 'check', ['soc', 'cul'])
def c_baifenzhi(g, grp):
    for _ in range(50):
        N = g.ri(20, 400)
        a = g.ri(N // 2, N)
        true = pct_true(a, N)
        if not is_tie(true, 0):
            break
    v = qz(true, 0)
    Ns, As = g.n(N), g.n(a)
    if g.bad and g.mode == 'arith':
        v = wrong_pct(g.r, true, 0, hi=Decimal(100))
        if v < 1:
            raise Retry
    checks = []
    if g.bad and g.mode == 'fmt':
        ps = '百分之' + cn_int(int(v)) + '%'
        checks.append(C_fmt(ps))
    else:
        ps = '百分之' + cn_int(int(v))
        checks.append(C_rate(As, Ns, ps))
    what = {'soc': ('名参训学员中', '人通过结业考核', '通过率为'), 'cul': ('个村级文化服务中心中', '个开展常态化活动', '活动开展率达')}[grp]
    line = f'{Ns}{what[0]}，{As}{what[1]}，{what[2]}{ps}。'
    note = pnote(g, '中文“百分之…”写的比率') if not (g.bad and g.mode == 'fmt') else '“百分之…%”重复表示百分号，写法错误，计为不一致（数值本身相符）。'
    return [line], note, checks


@con('pct', 'check', ['med'])
def c_reimburse(g, grp):
    tot = g.ri(2000, 500000)
    fund = g.ri(int(tot * 0.5), int(tot * 0.9))
    dec = g.ch([1, 2])
    T, Fd = g.money(tot), g.money(fund)
    ps, checks = emit_pct(g, pct_true(fund, tot), dec, True, lambda s: C_rate(Fd, T, s))
    line = g.ch([f'全年住院政策范围内费用{T}元，统筹基金支付{Fd}元，政策范围内报销比例{ps}。',
                 f'{g.place}县城乡居民住院医疗总费用{T}元，基金支付{Fd}元，实际报销比例为{ps}。'])
    return [line], pnote(g, '报销比例=基金支付/费用'), checks


@con('pct', 'check', ['gov', 'soc'])
def c_percap_growth(g, grp):
    a = g.ri(16000, 60000) if grp == 'gov' else g.ri(52000, 130000)
    b = a + g.ri(a // 50, a // 8)
    dec = 1
    A, B = g.n(a), g.n(b)
    ps, checks = emit_pct(g, (Decimal(b) - a) * 100 / a, dec, True, lambda s: C_growth(A, B, s, 'up'))
    who = {'gov': g.ch(['农村居民人均可支配收入', '城镇居民人均可支配收入']), 'soc': '职工年平均工资'}[grp]
    line = f'{who}达到{B}元，比上年的{A}元增长{ps}。'
    return [line], pnote(g, '人均指标名义增长'), checks


@con('pct', 'check', ['land', 'hous', 'aud'])
def c_mag_growth(g, grp):
    a = g.ri(5000, 9999) * 100  # units of 100 yuan: 5000万-1亿, written in 万元
    b = g.ri(max(a + a // 20, 10 ** 6), a * 2)  # at least 1亿, written in 亿元
    b = b - b % 10000  # 亿 with 2 decimals
    if b <= a:
        raise Retry
    A, B = g.money(a, '万'), g.money(b, '亿')
    dec = g.ch([1, 2])
    ps, checks = emit_pct(g, (Decimal(b) - a) * 100 / a, dec, True, lambda s: C_growth(A, B, s, 'up'))
    what = {'land': '土地出让收入', 'hous': '住房公积金归集额', 'aud': '政府采购规模'}[grp]
    line = f'{what}由上年的{A}元增至{B}元，增长{ps}。'
    return [line], pnote(g, '万元与亿元混写的增长率'), checks


@con('pct', 'check', ['hous', 'aud'])
def c_remaining(g, grp):
    due = g.ri(500, 200000)
    got = g.ri(int(due * 0.6), due - 1)
    rest = due - got
    dec = g.ch([1, 2])
    D, Gs, R = g.money(due), g.money(got), g.money(rest)
    t = 'rate'
    checks = []
    if g.bad and g.mode == 'arith' and g.rnd() < 0.35:
        rest2 = perturb(g.r, rest, step=g.ch([1, 100]))
        R = g.money(rest2)
        t = 'rest'
    ps, ch = emit_pct(g, pct_true(got, due), dec, t == 'rate', lambda s: C_rate(Gs, D, s))
    checks = [C_sum(D, [Gs, R])] + ch
    what = {'hous': '公租房租金', 'aud': '审计查出应上缴财政资金'}[grp]
    line = f'{what}应收{D}元，已收缴{Gs}元，收缴率{ps}，尚有{R}元未收缴。'
    note = pnote(g, '收缴率=已收/应收；已收+未收=应收') if t == 'rate' else '未收缴额被改动：已收+未收≠应收，收缴率本身相符，唯一不符的是加法。'
    return [line], note, checks


@con('pct', 'check', ['emg', 'soc', 'mkt'])
def c_summary_rate(g, grp):
    F = pick_frame(g, grp)
    N, a = done_pair(g, F)
    dec = g.ch([1, 2])
    Ns, As = g.n(N), g.n(a)
    u = F[2]
    true = pct_true(a, N)
    where = g.ri(0, 1) if g.bad and g.mode == 'arith' else 0
    if where == 1:  # summary repeats a different rate
        p1, ch = emit_pct(g, true, dec, False, lambda s: C_rate(As, Ns, s))
        v2 = wrong_pct(g.r, true, dec, hi=Decimal(100))
        p2 = g.p(v2, dec)
        checks = ch + [{'rel': 'rate', 'num': As, 'den': Ns, 'pct': p2}]
        note = '首段比率相符，末段复述的比率与分子分母不符，唯一错误。'
    else:
        p1, ch = emit_pct(g, true, dec, True, lambda s: C_rate(As, Ns, s))
        p2 = p1
        checks = ch
        note = pnote(g, '首段比率及末段复述（同一数值）')
    lines = [f'{g.year}年{F[1]}{Ns}{u}，{F[4]}{As}{u}，{F[5]}{p1}。', ctx(g, grp, CTX_PRE[6:8]),
             f'总体看，{F[5]}保持在{p2}的水平。']
    if g.mode == 'fmt' and g.bad:
        lines[2] = f'总体看，{F[5]}保持在较高水平。'
    return lines, note, checks


@con('pct', 'check', ['emg', 'land', 'hous'])
def c_share_money(g, grp):
    mf = pick_mframe(g, grp)
    tot = g.ri(50, 900) * 10000  # 亿 with 2 decimals
    part = g.ri(tot // 10, tot * 4 // 5)
    part -= part % 100
    dec = g.ch([1, 2])
    T, P = g.money(tot, '亿'), g.money(part, '万')
    ps, checks = emit_pct(g, pct_true(part, tot), dec, True, lambda s: C_rate(P, T, s))
    c = g.ch(mf[2])
    line = f'{g.year}年{mf[1]}{T}元，其中{c}{P}元，占{ps}。'
    return [line], pnote(g, '亿元总额中的万元分项占比'), checks


@con('pct', 'check', ['gov', 'mkt'])
def c_malformed_focus(g, grp):
    F = pick_frame(g, grp)
    N, a = done_pair(g, F)
    dec = g.ch([1, 2])
    Ns, As = g.n(N), g.n(a)
    u = F[2]
    ps, checks = emit_pct(g, pct_true(a, N), dec, True, lambda s: C_rate(As, Ns, s))
    if not g.bad and g.rnd() < 0.5:
        ps2 = ps.replace('%', '％') if '%' in ps else ps
        checks = [dict(c, pct=ps2) if c['rel'] == 'rate' else c for c in checks]
        ps = ps2
    v = g.ri(0, 2)
    if v == 0:
        lines = [f'{F[1]}{Ns}{u}，{F[4]}{As}{u}，{F[5]}{ps}。']
    elif v == 1:
        lines = [f'指标（单位）{g.ch(["  ", chr(9)])}数值', f'{F[1]}（{u}）  {Ns}', f'{F[4]}（{u}）  {As}', f'{F[5]}（%）  {ps.rstrip("%％")}' if (not g.bad and g.rnd() < 0.5) else f'{F[5]}  {ps}']
        if lines[3].startswith(f'{F[5]}（%）'):
            checks = [dict(c, pct=ps.rstrip('%％')) if c['rel'] == 'rate' else c for c in checks]
            # header gives the percent; verifier reads the bare number as percentage points
    else:
        lines = [f'今年以来{F[1]}{Ns}{u}，{F[4]}{As}{u}，{F[5]}{ps}，较去年同期保持稳定。']
    return lines, pnote(g, '%s=%s/%s（重点考察百分号写法；“（%%）”表头、全角％均属规范写法）' % (F[5], As, Ns)), checks


@con('pct', 'check', ['emg', 'gov'])
def c_gdelta(g, grp):
    what, u, lo, hi = g.ch(GROWV['emg'] if grp == 'emg' else [('信访总量', '件', 300, 5000), ('12345热线投诉量', '件', 2000, 30000), ('违法建设新增量', '处', 50, 800)])
    old = g.ri(max(lo, 20), max(hi, 60))
    new = old - g.ri(max(1, old // 30), max(2, old // 2))
    if new <= 0:
        raise Retry
    d = old - new
    dec = g.ch([1, 2])
    N, D = g.n(new), g.n(d)
    ps, checks = emit_pct(g, Decimal(d) * 100 / old, dec, True, lambda s: C_gdelta(N, D, s, 'down'))
    line = f'全年{what}{N}{u}，比上年减少{D}{u}，下降{ps}。'
    return [line], pnote(g, '上年数=今年+减少数，降幅=减少数/上年数'), checks


@con('pct', 'check', ['cul', 'aud'])
def c_share_table(g, grp):
    mf = pick_mframe(g, grp) if grp == 'aud' else None
    k = g.ri(3, 4)
    cats = g.sample(['文书档案', '科技档案', '会计档案', '声像档案', '实物档案'] if grp == 'cul' else
                    ['公开招标', '竞争性磋商', '竞争性谈判', '询价', '单一来源'], k)
    parts = [g.ri(20, 900) for _ in range(k)]
    N = sum(parts)
    dec = 1
    d = g.ch(['\t', '  ', ' | '])
    t = g.ri(0, k - 1)
    Ns = g.n(N)
    lines = [f'类别{d}数量{d}占比']
    checks = [C_sum(Ns, [g.n(p) for p in parts])]
    ss = []
    for i, (c, p) in enumerate(zip(cats, parts)):
        Ps = g.n(p)
        s, ch = emit_pct(g, pct_true(p, N), dec, i == t, lambda x, Ps=Ps: C_rate(Ps, Ns, x))
        checks += ch
        ss.append(s)
        lines.append(f'{c}{d}{Ps}{d}{s}')
    lines.append(f'合计{d}{Ns}{d}100{g.pc}')
    if sum(good_pct(pct_true(p, N), dec) for p in parts) > 100:
        raise Retry
    if len(lines) > 8:
        raise Retry
    return lines, pnote(g, '表格占比列：分项/合计（第%d行为检查目标）；合计行100%%为约定写法' % (t + 1)), checks


# ============================ pct: negatives (look-alikes) ====================================
@con('pct', 'neg', ['gov', 'cul'])
def c_pneg_growth_over100(g, grp):
    v = qz(Decimal(g.ri(1010, 4800)) / 10, 1)
    amt = g.money(g.ri(3000, 900000))
    what = {'gov': g.ch(['网络零售额', '跨境电商进出口额', '新能源汽车产值']), 'cul': g.ch(['乡村旅游收入', '文创产品销售额'])}[grp]
    P = g.p(v, 1)
    line = f'{g.year}年{what}{amt}元，同比增长{P}，增速居全市前列。'
    note = '增长率超过100%%是可能的，且未给出上年数，无可核对关系。'
    return [line], note, [C_none('growth_over_100', [amt, P])]


@con('pct', 'neg', ['med'])
def c_pneg_pp_standalone(g, grp):
    F = pick_frame(g, grp)
    v = qz(Decimal(g.ri(8000, 9900)) / 100, 2)
    d = qz(Decimal(g.ri(3, 60)) / 10, 1)
    P = g.p(v, 2)
    D = g.n(d, 1)
    line = f'{F[5]}达到{P}，比上年提高{D}个百分点，继续位居全市前列。'
    note = '“提高%s个百分点”是百分点差，上年值未写，不能当作增长率核对。' % D
    return [line], note, [C_none('percentage_points', [P, D])]


@con('pct', 'neg', ['land', 'med'])
def c_pneg_other_whole(g, grp):
    amt = g.money(g.ri(100000, 9000000), '万')
    v = qz(Decimal(g.ri(20, 350)) / 10, 1)
    P = g.p(v, 1)
    what = {'land': '土地出让收入', 'med': '医保基金支出'}[grp]
    line = f'全县{what}{amt}元，占全市的{P}，规模居各县（市、区）第{g.ri(2, 6)}位。'
    note = '占比的分母（全市）未给出，是对另一个整体的比率，不可核对。'
    return [line], note, [C_none('ratio_to_other_whole', [amt, P])]


@con('pct', 'neg', ['mkt'])
def c_pneg_cheng(g, grp):
    F = pick_frame(g, grp)
    N = g.ri(F[6], F[7])
    a = int(N * g.ch([0.28, 0.42, 0.61, 0.87]))
    word = g.ch(['约三成', '四成以上', '近六成', '近九成', '超过八成'])
    Ns = g.n(N)
    line = f'全年{F[1]}{Ns}{F[2]}，其中{g.ch(F[3])}类占{word}，较上年明显上升。'
    note = '“约三成/近九成”是概数，未给分项数，不构成可核对的比率。'
    return [line], note, [C_none('approximate_share_words', [Ns])]


@con('pct', 'neg', ['soc'])
def c_pneg_independent_rates(g, grp):
    vals = [Decimal(100), qz(Decimal(g.ri(9800, 9999)) / 100, 2), qz(Decimal(g.ri(920, 995)) / 10, 1),
            qz(Decimal(g.ri(880, 990)) / 10, 1)]
    ps = [g.p(vals[0], 0), g.p(vals[1], 2), g.p(vals[2], 1), g.p(vals[3], 1)]
    line = (f'适龄儿童入学率{ps[0]}，九年义务教育巩固率{ps[1]}，高中阶段毛入学率{ps[2]}，'
            f'残疾儿童少年入学率{ps[3]}。')
    note = '各率分母不同，不是同一整体的份额，和超过100%%不是错误。'
    return [line], note, [C_none('independent_rates', ps)]


@con('pct', 'neg', ['hous'])
def c_pneg_overlap_shares(g, grp):
    vals = [qz(Decimal(g.ri(200, 700)) / 10, 1) for _ in range(3)]
    if sum(vals) <= 100:
        vals[0] = vals[0] + 40
    ps = [g.p(v, 1) for v in vals]
    line = f'缴存职工中，35岁以下占{ps[0]}，非公企业职工占{ps[1]}，女性占{ps[2]}。'
    note = '三个属性相互交叉（年龄/单位性质/性别），占比之和超过100%%不是错误。'
    return [line], note, [C_none('overlapping_shares', ps)]


@con('pct', 'neg', ['gov'])
def c_pneg_over100_claim(g, grp):
    v = qz(Decimal(g.ri(1005, 1600)) / 10, 1)
    P = g.p(v, 1)
    line = g.ch([f'18至59岁重点人群疫苗接种完成率超过100{g.pc}，固定资产投资完成年度目标的{P}。',
                 f'招商引资到位资金完成年度任务的{P}，一般公共预算收入完成预算的100{g.pc}以上。'])
    note = '超过100%%的完成率（目标口径）是可能的，且未给出分子分母。'
    return [line], note, [C_none('completion_over_100', [P])]


@con('pct', 'neg', ['hous', 'med'])
def c_pneg_policy(g, grp):
    if grp == 'hous':
        a, b = g.ch([20, 25, 30]), qz(Decimal(g.ri(260, 325)) / 100, 2)
        line = f'首套住房公积金贷款最低首付比例调整为{a}{g.pc}，5年以上贷款利率下调至{g.p(b, 2)}，单缴存职工最高可贷{g.ri(40, 80)}万元。'
        nums = [f'{a}{g.pc}', g.p(b, 2)]
    else:
        a, b = g.ch([60, 65, 70, 75]), g.ch([80, 85, 90])
        line = f'一级医疗机构住院报销比例提高至{b}{g.pc}，二级医疗机构为{a}{g.pc}，起付线{g.ch([300, 500, 800])}元。'
        nums = [f'{b}{g.pc}', f'{a}{g.pc}']
    note = '政策参数（比例、利率），不是可核对的比率，也不是一个整体的份额。'
    return [line], note, [C_none('policy_parameters', nums)]


@con('pct', 'neg', ['gov', 'aud'])
def c_pneg_target_phrases(g, grp):
    a, b, c = g.ch([5, 5.5, 6, 6.5, 7, 7.5, 8]), g.ch([3, 3.5, 5]), g.ch([90, 92, 95, 98])
    jobs = g.ri(20, 150) * 100
    line = g.ch([f'{g.year + 1}年主要预期目标是：地区生产总值增长{a}{g.pc}左右，居民消费价格涨幅控制在{b}{g.pc}以内，群众满意度保持在{c}{g.pc}以上。',
                 f'{g.year + 1}年力争一般公共预算收入增长{a}{g.pc}左右，城镇调查失业率控制在{b + 2}{g.pc}以内，新增城镇就业{jobs}人以上。',
                 f'审计整改率力争达到{c}{g.pc}以上，重大问题整改销号率不低于{g.ch([85, 90, 95])}{g.pc}，年内完成{jobs // 100}个项目审计。'])
    note = '预期目标、上下限表述，不是计算结果。'
    return [line], note, [C_none('target_phrases', [])]


@con('pct', 'neg', ['emg'])
def c_pneg_ranges(g, grp):
    lo = g.ch([5, 10, 15])
    hi = lo + g.ch([5, 10])
    line = f'森林火灾受害率控制在0.9‰以下，重点林区巡护频次提高{lo}{g.pc}—{hi}{g.pc}，火灾发生后{g.ri(20, 60)}分钟内完成扑救力量集结。'
    note = '区间、千分率、时限都不是可核对的比率。'
    return [line], note, [C_none('ranges', [f'{lo}{g.pc}', f'{hi}{g.pc}'])]


@con('pct', 'neg', ['gov'])
def c_pneg_comparable(g, grp):
    v = qz(Decimal(g.ri(1000, 9999)) / 10, 1)
    r = qz(Decimal(g.ri(20, 95)) / 10, 1)
    V, R = g.n(v, 1), g.p(r, 1)
    line = f'全年实现地区生产总值{V}亿元，按可比价格计算，增长{R}。'
    note = '只给出当年现价总量和可比价增速，无法用两个数核对。'
    return [line], note, [C_none('comparable_price_growth', [V, R])]


@con('pct', 'neg', ['aud'])
def c_pneg_header_units(g, grp):
    d = g.ch(['\t', '  ', ' | '])
    rows = [('规模以上工业增加值', g.ri(-30, 120)), ('固定资产投资', g.ri(-80, 150)), ('社会消费品零售总额', g.ri(10, 90)),
            ('一般公共预算收入', g.ri(-50, 110))]
    lines = [f'主要经济指标{d}增速（%）{d}全市排位']
    for name, x in rows[:g.ri(3, 4)]:
        lines.append(f'{name}{d}{g.n(Decimal(x) / 10, 1)}{d}{g.ri(1, 12)}')
    note = '表头“增速（%）”是单位说明；只有增速与排位，没有可核对的基数。'
    return lines, note, [C_none('table_percent_header', [])]


@con('pct', 'neg', ['land'])
def c_pneg_ratio_colon(g, grp):
    a, b = g.ch([(1, 1), (3, 7), (4, 6), (2, 8)])
    line = f'耕地占补平衡指标按{a}:{b}比例由省、县分担，新增建设用地计划按“{a}∶{b}”配置，年度报批用地{g.ri(80, 600)}公顷。'
    note = '比例写法“%d:%d”不是百分数，也没有对应的分项数。' % (a, b)
    return [line], note, [C_none('ratio_colon', [f'{a}:{b}'])]


@con('pct', 'neg', ['mkt', 'soc'])
def c_pneg_numerator_only(g, grp):
    F = pick_frame(g, grp)
    a = g.ri(F[6], F[7])
    v = qz(Decimal(g.ri(9000, 9990)) / 100, 2)
    As, P = g.n(a), g.p(v, 2)
    line = f'全年{F[4]}{As}{F[2]}，{F[5]}{P}，群众满意度明显提升。'
    note = '只写了分子（%s）和比率，分母未给出，无法核对。' % As
    return [line], note, [C_none('numerator_only', [As, P])]


@con('pct', 'neg', ['aud'])
def c_pneg_tax_rates(g, grp):
    line = g.ch([f'按土地出让收益{g.ch([10, 15])}{g.pc}的比例计提农田水利建设资金，按{g.ch([3, 5])}{g.pc}计提教育资金，全年清退违规收取的保证金{g.ri(30, 400)}万元。',
                 f'对小规模纳税人减按1{g.pc}征收率征收增值税，对{g.ri(200, 5000)}户次纳税人落实“六税两费”减征{g.ch([50, 50])}{g.pc}政策。'])
    note = '计提比例、征收率等政策参数，不是计算结果。'
    return [line], note, [C_none('tax_and_levy_rates', [])]


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
def all_styles():
    out = []
    for cname, fam, kind, fn, groups in REG:
        for grp in groups:
            out.append((f'{cname}_{grp}', fam, kind, fn, grp))
    names = [s[0] for s in out]
    assert len(names) == len(set(names)), 'duplicate style names'
    return out


TARGET_PER_FAMILY = 1500


def allocate(rng, styles, total):
    n = len(styles)
    base = [total // n] * n
    for i in rng.sample(range(n), total - sum(base)):
        base[i] += 1
    return base


def build_text(g, grp, lines):
    pre, post = [], []
    r = g.rnd()
    if r < 0.25:
        pre.append(ctx(g, grp, CTX_HEAD))
    if g.rnd() < 0.45:
        pre.append(ctx(g, grp, CTX_PRE))
    if g.rnd() < 0.35:
        post.append(ctx(g, grp, CTX_POST))
    while len(pre) + len(lines) + len(post) > 8 and (pre or post):
        (pre or post).pop()
    if len(lines) > 8:
        raise Retry
    return '\n'.join(pre + lines + post)


def make_one(rng, style, label, family):
    name, fam, kind, fn, grp = style
    last = None
    for _ in range(400):
        g = G(rng, label)
        g.mode = 'ok'
        g.fmt_kind = ''
        if label == 'inconsistent':
            p_fmt = 1.0 if name.startswith('malformed_focus') else (0.2 if fam == 'pct' else 0.0)
            g.mode = 'fmt' if rng.random() < p_fmt else 'arith'
        try:
            lines, note, checks = fn(g, grp)
            text = build_text(g, grp, lines)
        except (Retry, ValueError, ZeroDivisionError, IndexError) as e:
            last = repr(e)
            continue
        rec = {'id': '', 'family': fam, 'style': name, 'label': label, 'text': text, 'note': note,
               'checks': checks}
        probs = check_record(rec)
        if not probs:
            rec['note'] = note.replace('%%', '%')
            return rec
        last = probs
    raise RuntimeError('cannot generate %s/%s: %s' % (name, label, last))


def generate(seed):
    styles = all_styles()
    recs = []
    for fam in ('totals', 'pct'):
        fs = [s for s in styles if s[1] == fam]
        chk = [s for s in fs if s[2] == 'check']
        neg = [s for s in fs if s[2] == 'neg']
        frng = random.Random('alloc:%d:%s' % (seed, fam))
        n_neg = round(TARGET_PER_FAMILY * 0.2)
        n_chk = TARGET_PER_FAMILY - n_neg
        cnt_chk = allocate(frng, chk, n_chk)
        cnt_neg = allocate(frng, neg, n_neg)
        # consistent / inconsistent split inside each checkable style; odd remainders alternate
        flip = 0
        for st, n in zip(chk, cnt_chk):
            rng = random.Random('style:%d:%s' % (seed, st[0]))
            half = n // 2
            labs = ['consistent'] * half + ['inconsistent'] * half
            if n % 2:
                labs.append('consistent' if flip == 0 else 'inconsistent')
                flip ^= 1
            rng.shuffle(labs)
            for lab in labs:
                recs.append(make_one(rng, st, lab, fam))
        for st, n in zip(neg, cnt_neg):
            rng = random.Random('style:%d:%s' % (seed, st[0]))
            for _ in range(n):
                recs.append(make_one(rng, st, 'negative', fam))
    random.Random('order:%d' % seed).shuffle(recs)
    ctr = Counter()
    for r in recs:
        ctr[r['family']] += 1
        r['id'] = 'n20-%s-%06d' % (r['family'], ctr[r['family']])
    return recs


def verify_files(paths):
    ok = True
    styles = {s[0]: s for s in all_styles()}
    for p in paths:
        recs = []
        with open(p, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    print('%s:%d: bad JSON: %s' % (p, ln, e))
                    ok = False
        ids = Counter(r.get('id') for r in recs)
        dup = [i for i, c in ids.items() if c > 1]
        if dup:
            print('%s: duplicate ids %s' % (p, dup[:5]))
            ok = False
        nprob = 0
        for r in recs:
            probs = check_record(r)
            if r.get('style') not in styles:
                probs.append('unknown style')
            elif styles[r['style']][1] != r.get('family'):
                probs.append('style/family mismatch')
            if probs:
                nprob += 1
                ok = False
                if nprob <= 20:
                    print('%s %s: %s' % (p, r.get('id'), '; '.join(probs)))
        per_style = Counter(r['style'] for r in recs)
        bad_counts = {s: c for s, c in per_style.items() if not 15 <= c <= 20}
        if bad_counts:
            print('%s: styles outside 15-20 records: %s' % (p, bad_counts))
            ok = False
        if len(per_style) < 150:
            print('%s: only %d styles' % (p, len(per_style)))
            ok = False
        fam = Counter(r['family'] for r in recs)
        lab = Counter((r['family'], r['label']) for r in recs)
        print('%s: %d records, %d styles, families %s' % (p, len(recs), len(per_style), dict(fam)))
        for f in ('totals', 'pct'):
            n = fam[f] or 1
            parts = ', '.join('%s %d (%.1f%%)' % (l, lab[(f, l)], 100 * lab[(f, l)] / n)
                              for l in ('consistent', 'inconsistent', 'negative'))
            print('  %s: %s' % (f, parts))
        fmt = sum(1 for r in recs if r['label'] == 'inconsistent' and any(c['rel'] == 'pct_format' for c in r['checks']))
        print('  inconsistent by malformed percentage: %d' % fmt)
        print('  problems: %d records' % nprob)
    print('VERIFY', 'OK' if ok else 'FAILED')
    return ok


def style_table(path):
    recs = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = defaultdict(list)
    for r in recs:
        by[r['style']].append(r)
    out = ['| style | family | n | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|---|']
    for st in sorted(by, key=lambda s: (by[s][0]['family'], s)):
        rs = by[st]
        c = Counter(r['label'] for r in rs)
        ex = next((r for r in rs if r['label'] != 'negative' and r['label'] == 'inconsistent'), rs[0])
        ex = next((r for r in rs if r['label'] in ('consistent', 'negative')), rs[0])
        t = ex['text'].replace('\n', ' ⏎ ').replace('|', '｜')
        if len(t) > 110:
            t = t[:110] + '…'
        out.append('| %s | %s | %d | %d | %d | %d | %s |' % (st, rs[0]['family'], len(rs), c['consistent'],
                                                          c['inconsistent'], c['negative'], t))
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table')
    a = ap.parse_args(argv)
    if a.verify:
        sys.exit(0 if verify_files(a.verify) else 1)
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('need --seed and --out (or --verify / --style-table)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
