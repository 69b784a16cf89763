#!/usr/bin/env python3
"""numbers30_gen.py - held-out test collection for an arithmetic auditor of Chinese report text.

Two families of labelled records (JSON Lines):
  totals : wholes and their parts, differences, changes, tables, counted item lists ...
  pct    : percentages against their own numbers, shares of one whole, changes, malformed percentages.

Usage
  python3 numbers30_gen.py --seed 11 --out numbers30_seed11.jsonl
  python3 numbers30_gen.py --verify numbers30_seed11.jsonl
  python3 numbers30_gen.py --styles-table          # markdown table of all styles

Standard library only.  Every record carries `checks`: the numbers (surface string as written in the
text + value) of each relation in the record.  --verify re-parses every surface string with its own
parser (independent of the formatter), recomputes every relation and confirms the label:
  consistent   -> at least one checkable relation, all hold, no malformed percentage in the text
  inconsistent -> exactly one relation fails clearly (or one malformed percentage, and nothing else)
  negative     -> at least one documented look-alike (`not_checkable`), every checkable relation holds,
                  no malformed percentage in the text
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 60

# ----------------------------------------------------------------------------------------------
# formatting
# ----------------------------------------------------------------------------------------------
FW = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN_DIG = '零一二三四五六七八九'


def _group(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def fmt_num(v, places=0, sep='', fw=False, minus='-', fwdot=False):
    """Decimal/int -> string with `places` decimals (half-up), optional thousands separator."""
    v = D(v)
    q = v.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP) if places else v.quantize(D(1), rounding=ROUND_HALF_UP)
    neg = q < 0
    s = format(abs(q), 'f')
    ip, _, fp = s.partition('.')
    if sep:
        if sep == ',' and len(ip) >= 4:
            ip = _group(ip, sep)
        elif sep != ',' and len(ip) >= 5:
            ip = _group(ip, sep)
    out = ip + ('.' + fp if fp else '')
    if fw:
        out = out.translate(FW)
        if not fwdot:
            out = out.replace('．', '.')
    return (minus if neg else '') + out


def _cn_small(n, liang=True):
    """1..9999 in Chinese numerals (leading 一十 written 十)."""
    s = ''
    zero = False
    for val, uc in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // val % 10
        if d == 0:
            if s:
                zero = True
            continue
        if zero:
            s += '零'
            zero = False
        ch = CN_DIG[d]
        if d == 2 and uc == '千' and liang:
            ch = '两'
        if uc == '十' and d == 1 and s == '':
            ch = ''
        s += ch + uc
    return s


def cn_int(n, liang=True):
    n = int(n)
    if n == 0:
        return '零'
    if n < 10000:
        return _cn_small(n, liang)
    hi, lo = divmod(n, 10000)
    s = ('两' if hi == 2 and liang else _cn_small(hi, liang)) + '万'
    if lo:
        lo_s = _cn_small(lo, liang)
        if lo < 1000:
            lo_s = '零' + ('一' + lo_s if 10 <= lo < 20 else lo_s)
        s += lo_s
    return s


def cn_dec_pct(v, places):
    """98.67 -> 九十八点六七 (used after 百分之)."""
    s = fmt_num(v, places)
    ip, _, fp = s.partition('.')
    out = cn_int(int(ip), liang=False) if int(ip) else '零'
    if fp:
        out += '点' + ''.join(CN_DIG[int(c)] for c in fp)
    return out


class Fmt:
    """Number style of one record."""

    def __init__(self, mode='ascii', pct='%', fwdot=False, minus='-'):
        self.mode = mode
        self.pctsign = pct
        self.fwdot = fwdot
        self.minus = minus

    @property
    def fw(self):
        return self.mode == 'fw'

    @property
    def sep(self):
        return {'comma': ',', 'space': ' ', 'fwcomma': '，', 'thin': '\u2009'}.get(self.mode, '')

    def n(self, v, places=0):
        if self.mode == 'cn' and places == 0 and 0 <= v < 100000 and D(v) == D(v).to_integral():
            return '两' if v == 2 else cn_int(v)
        return fmt_num(v, places, sep=self.sep, fw=self.fw, minus=self.minus, fwdot=self.fwdot)

    def p(self, v, places):
        if self.mode == 'cnpct':
            return '百分之' + cn_dec_pct(v, places)
        return fmt_num(v, places, fw=self.fw, minus=self.minus, fwdot=self.fwdot) + self.pctsign


def jsonable(v):
    v = D(v)
    if v == v.to_integral():
        return int(v)
    return float(v)


class Num:
    """A number as written (s) and its value in base units (v)."""
    __slots__ = ('s', 'v')

    def __init__(self, s, v):
        self.s = s
        self.v = D(v)

    def d(self):
        return {'s': self.s, 'v': jsonable(self.v)}

    def __str__(self):
        return self.s


MAG = {'': 1, '万': 10 ** 4, '亿': 10 ** 8, '万亿': 10 ** 12}

# ----------------------------------------------------------------------------------------------
# independent parsing (used by --verify)
# ----------------------------------------------------------------------------------------------
CN_VAL = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def parse_cn_int(s):
    total = 0
    section = 0
    num = 0
    if not s:
        raise ValueError('empty')
    for ch in s:
        if ch in CN_VAL:
            num = CN_VAL[ch]
        elif ch in CN_UNIT:
            section += (num if num else 1) * CN_UNIT[ch]
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
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return total + section + num


_NORM = {ord(a): b for a, b in zip('０１２３４５６７８９．，－−', '0123456789.,--')}


def parse_number(s):
    """Surface string -> (Decimal value, decimals, magnitude multiplier)."""
    t = s.strip().translate(_NORM)
    neg = False
    if t.startswith('-'):
        neg, t = True, t[1:]
    elif t.startswith('负'):
        neg, t = True, t[1:]
    mult = 1
    for suf in ('万亿', '亿', '万'):
        if t.endswith(suf) and len(t) > len(suf) and re.match(r'^[0-9]', t):
            mult = MAG[suf]
            t = t[:-len(suf)]
            break
    if re.fullmatch(r'[零〇一二两三四五六七八九十百千万亿]+', t):
        return (D(-parse_cn_int(t)) if neg else D(parse_cn_int(t))), 0, 1
    if re.fullmatch(r'[0-9]{1,3}(?:([, \u2009])[0-9]{3})(?:\1[0-9]{3})*(?:\.[0-9]+)?', t):
        t = re.sub(r'[, \u2009]', '', t)
    if not re.fullmatch(r'[0-9]+(?:\.[0-9]+)?', t):
        raise ValueError('cannot parse number %r' % s)
    dec = len(t.partition('.')[2])
    v = D(t) * mult
    return (-v if neg else v), dec, mult


PCT_OK = re.compile(r'^[-−－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]$')
PCT_CN = re.compile(r'^百分之([零一二两三四五六七八九十百]+)(?:点([零一二三四五六七八九]+))?$')


def pct_wellformed(s):
    if PCT_OK.match(s):
        digits = re.sub(r'[^0-9０-９]', '', s)
        # one width per number
        return all(c in '0123456789' for c in digits) or all(c in '０１２３４５６７８９' for c in digits)
    return bool(PCT_CN.match(s))


def parse_pct(s):
    """well-formed percentage -> (Decimal value, decimals)."""
    m = PCT_CN.match(s)
    if m:
        ip = parse_cn_int(m.group(1))
        fp = m.group(2) or ''
        frac = ''.join(str(CN_VAL[c]) for c in fp)
        return D(str(ip) + ('.' + frac if frac else '')), len(frac)
    if not pct_wellformed(s):
        raise ValueError('malformed percentage %r' % s)
    v, dec, _ = parse_number(s[:-1])
    return v, dec


MALFORMED_PATTERNS = [
    re.compile(r'[0-9０-９][ \t\u3000\u00a0\u2009]+[%％]'),          # space before the sign
    re.compile(r'[%％]{2,}'),                                         # doubled sign
    re.compile(r'(?<![0-9０-９.．%％])[%％][0-9０-９]'),             # sign before the number
    re.compile(r'[xXＸｘ]+[%％]'),                                    # placeholder digits
    re.compile(r'[0-9０-９][.．]{2,}[0-9０-９]*[%％]'),              # double decimal point
    re.compile(r'[0-9０-９][.．][%％]'),                              # dangling decimal point
    re.compile(r'百分之[0-9０-９]'),                                  # 百分之 + digits
]


def malformed_spans(text):
    spans = set()
    for pat in MALFORMED_PATTERNS:
        for m in pat.finditer(text):
            spans.add((m.start(), m.end()))
    # merge overlapping spans -> one token each
    merged = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def rhu(x, d):
    return D(x).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def half_unit(s):
    """half of the last written digit, in base units."""
    try:
        _, dec, mult = parse_number(s)
    except ValueError:
        return D(0)
    return D(5) * D(10) ** (-(dec + 1)) * mult


def is_tie(x, d):
    y = D(x) * D(10) ** d
    frac = abs(y - y.to_integral_value(rounding='ROUND_FLOOR'))
    return abs(frac - D('0.5')) < D('1e-9')


def rate_clear(stated, true, d):
    """an inconsistent rate must be off by clearly more than rounding."""
    return abs(stated - true) >= max(D('1.5') * D(10) ** (-d), D('0.1'))


# ----------------------------------------------------------------------------------------------
# relation evaluation (used by --verify; recomputes from the surface strings)
# ----------------------------------------------------------------------------------------------
class VerifyError(Exception):
    pass


def _val(nd, text):
    s = nd['s']
    if s not in text:
        raise VerifyError('surface %r not in text' % s)
    v, _, _ = parse_number(s)
    if v != D(str(nd['v'])):
        raise VerifyError('surface %r parses to %s, record says %s' % (s, v, nd['v']))
    return v


def _pct(nd, text):
    s = nd['s']
    if s not in text:
        raise VerifyError('surface %r not in text' % s)
    v, dec = parse_pct(s)
    if v != D(str(nd['v'])):
        raise VerifyError('pct %r parses to %s, record says %s' % (s, v, nd['v']))
    return v, dec


def _any(nd, text):
    """number or percentage (percent values in percentage points)"""
    s = nd['s']
    if s.endswith('%') or s.endswith('％') or s.startswith('百分之'):
        v, dec = _pct(nd, text)
        return v, D(5) * D(10) ** (-(dec + 1))
    return _val(nd, text), half_unit(s)


def _is_rounded_surface(s):
    if s.endswith('%') or s.endswith('％') or s.startswith('百分之'):
        return True
    try:
        _, dec, mult = parse_number(s)
    except ValueError:
        return False
    return dec > 0 or mult > 1


def evaluate(chk, text):
    """-> (kind, holds, clear, detail) ; kind in {'check','format','neg'}"""
    rel = chk['rel']
    if rel in ('sum', 'difference', 'change', 'balance', 'linear', 'net'):
        lhs = D(0)
        tol = D(0)
        tol_dec = D(0)   # rounding room of numbers written with decimals or 万/亿
        for coef, nd in chk['terms']:
            v, h = _any(nd, text)
            lhs += D(str(coef)) * v
            tol += h
            if _is_rounded_surface(nd['s']):
                tol_dec += h
        eq, h = _any(chk['eq'], text)
        tol += h
        if _is_rounded_surface(chk['eq']['s']):
            tol_dec += h
        if not chk.get('rounded'):
            tol = D(0)
        diff = lhs - eq
        holds = abs(diff) <= tol
        clear = abs(diff) > 2 * max(tol, tol_dec) and diff != 0
        return 'check', holds, clear, '%s: terms give %s, stated %s (tol %s)' % (rel, lhs, eq, tol)
    if rel == 'rate':
        num = sum(D(str(c)) * _val(nd, text) for c, nd in chk['num'])
        den = sum(D(str(c)) * _val(nd, text) for c, nd in chk['den'])
        stated, dec = _pct(chk['pct'], text)
        true = num * 100 / den
        if is_tie(true, dec):
            raise VerifyError('rate is an exact rounding tie')
        holds = rhu(true, dec) == stated
        return 'check', holds, (not holds) and rate_clear(stated, true, dec), 'rate %s/%s=%s stated %s' % (num, den, true, stated)
    if rel == 'growth':
        new, _ = _any(chk['new'], text)
        old, _ = _any(chk['old'], text)
        stated, dec = _pct(chk['pct'], text)
        true = (new - old) * 100 / abs(old)
        if chk['dir'] == 'down':
            stated = -stated
        if is_tie(true, dec):
            raise VerifyError('growth is an exact rounding tie')
        holds = rhu(true, dec) == stated
        return 'check', holds, (not holds) and rate_clear(stated, true, dec), 'growth %s->%s=%s stated %s' % (old, new, true, stated)
    if rel == 'pp':
        new, _ = _pct(chk['new'], text)
        old, _ = _pct(chk['old'], text)
        pp = _val(chk['pp'], text)
        if chk['dir'] == 'down':
            pp = -pp
        diff = new - old
        holds = diff == pp
        return 'check', holds, abs(diff - pp) >= D('0.1'), 'pp %s->%s=%s stated %s' % (old, new, diff, pp)
    if rel == 'share_sum':
        tot = D(0)
        tol = D(0)
        for nd in chk['shares']:
            v, dec = _pct(nd, text)
            tot += v
            tol += D(5) * D(10) ** (-(dec + 1))
        if chk['mode'] == 'exhaustive':
            holds = abs(tot - 100) <= tol
            clear = abs(tot - 100) >= max(D(1), 2 * tol)
        else:
            holds = tot <= 100 + tol
            clear = tot - 100 >= max(D(1), 2 * tol)
        return 'check', holds, clear and not holds, 'shares sum %s (%s, tol %s)' % (tot, chk['mode'], tol)
    if rel == 'count_items':
        cnt = _val(chk['count'], text)
        for it in chk['items']:
            if it not in text:
                raise VerifyError('item marker %r not in text' % it)
        holds = cnt == len(chk['items'])
        return 'check', holds, not holds, 'count %s items %d' % (cnt, len(chk['items']))
    if rel == 'product':
        a = _val(chk['factors'][0], text)
        b = _val(chk['factors'][1], text)
        eq = _val(chk['eq'], text)
        tol = half_unit(chk['eq']['s']) if chk.get('rounded') else D(0)
        holds = abs(a * b - eq) <= tol
        return 'check', holds, abs(a * b - eq) > 2 * tol + D('1e-12'), 'product %s*%s=%s stated %s' % (a, b, a * b, eq)
    if rel == 'quotient':
        a = _val(chk['num'], text)
        b = _val(chk['den'], text)
        eq, dec, mult = parse_number(chk['eq']['s'])
        _val(chk['eq'], text)
        true = a / b / mult
        if is_tie(true, dec):
            raise VerifyError('quotient tie')
        holds = rhu(true, dec) * mult == eq
        return 'check', holds, abs(true * mult - eq) > 3 * half_unit(chk['eq']['s']), 'quotient %s/%s=%s stated %s' % (a, b, true, eq)
    if rel == 'pct_format':
        s = chk['s']
        if s not in text:
            raise VerifyError('malformed surface %r not in text' % s)
        ok = pct_wellformed(s)
        return 'format', ok, not ok, 'percentage %r well-formed=%s' % (s, ok)
    if rel == 'not_checkable':
        if chk['marker'] not in text:
            raise VerifyError('marker %r not in text' % chk['marker'])
        for nd in chk.get('nums', []):
            _any(nd, text)
        kind = chk['kind']
        if 'parts' in chk and 'total' in chk:
            tot, _ = _any(chk['total'], text)
            sp = sum(_any(nd, text)[0] for nd in chk['parts'])
            if sp == tot:
                raise VerifyError('look-alike %s: parts add up exactly, not a trap' % kind)
        if kind in ('growth_over_100', 'ratio_over_100'):
            v, _ = _any(chk['nums'][0], text)
            if v <= 100:
                raise VerifyError('growth_over_100 with %s' % v)
        if kind in ('multi_choice', 'overlap_shares'):
            tot = sum(_any(nd, text)[0] for nd in chk['nums'])
            if tot <= 100:
                raise VerifyError('%s shares sum only %s' % (kind, tot))
        return 'neg', True, False, 'look-alike %s (%s)' % (kind, chk.get('why', ''))
    raise VerifyError('unknown rel %r' % rel)


def verify_record(rec):
    """-> list of problems (empty when the record is right)."""
    probs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            probs.append('missing field %s' % k)
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
    kinds = []
    for chk in rec['checks']:
        try:
            kinds.append(evaluate(chk, text))
        except (VerifyError, ValueError, KeyError, ZeroDivisionError) as e:
            probs.append('check %s: %s' % (chk.get('rel'), e))
    if probs:
        return probs
    mal = malformed_spans(text)
    checks = [k for k in kinds if k[0] == 'check']
    fmts = [k for k in kinds if k[0] == 'format']
    negs = [k for k in kinds if k[0] == 'neg']
    failing = [k for k in checks + fmts if not k[1]]
    lab = rec['label']
    if lab == 'consistent':
        if not checks:
            probs.append('consistent record without a checkable relation')
        if failing:
            probs.append('consistent record with failing relation: %s' % failing[0][3])
        if mal or fmts:
            probs.append('consistent record with malformed percentage')
        if negs:
            probs.append('consistent record carries a look-alike check')
    elif lab == 'inconsistent':
        if len(failing) != 1:
            probs.append('inconsistent record with %d failing relations' % len(failing))
        elif not failing[0][2]:
            probs.append('failing relation is within rounding: %s' % failing[0][3])
        if len(mal) != len(fmts):
            probs.append('malformed tokens in text %d, format checks %d' % (len(mal), len(fmts)))
    else:
        if not negs:
            probs.append('negative record without a look-alike')
        if failing:
            probs.append('negative record with failing relation: %s' % failing[0][3])
        if mal:
            probs.append('negative record with malformed percentage')
    return probs


# ----------------------------------------------------------------------------------------------
# names and context (invented places, companies, people)
# ----------------------------------------------------------------------------------------------
P1 = '青澄柳禾岚沐栖桐榆泓枫棠芸萍潞杉蓼菱苇漳瀚峪茗蕉樟楠蔚芷濂洵'
P2 = '川阳源江湖山泽坪湾岭塘洲浦桥溪林丰安宁平西东南北河田'
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵覃武钱戴严莫孔向常汤康易乔赖'
GIV = '建国华明丽军平伟芳敏静磊强洋艳勇杰娟涛超秀英霞刚桂兰玉梅春红新志海波燕辉鹏宇晨晓颖琳雪峰宁琪欣怡涵浩然俊佳慧振文德永庆荣'
BRAND = '华景瑞恒鼎信宏泰嘉盛远晟澜禾岳川凯博翔锐航钧弘德隆卓'
INDUS = ['科技', '电子', '新材', '生物', '医药', '重工', '智能', '食品', '物流', '能源', '环境', '精工', '光电', '化学']


def place(r, kind=None):
    name = r.choice(P1) + r.choice(P2)
    kind = kind or r.choice(['县', '区', '市', '镇', '乡', '街道'])
    return name + kind


def whole_word(pl):
    return '街道' if pl.endswith('街道') else pl[-1]


def cn_count(k):
    return '两' if k == 2 else cn_int(k)


def person(r):
    return r.choice(SURN) + ''.join(r.choice(GIV) for _ in range(r.choice([1, 2, 2])))


def company(r, short=False):
    b = r.choice(BRAND) + r.choice(BRAND.replace('', ' ').split() + list(P1))
    ind = r.choice(INDUS)
    return b + ind if short else b + ind + r.choice(['股份有限公司', '集团股份有限公司', '股份有限公司'])


CTX = {
    'gov': dict(
        head=['一、{year}年工作回顾', '（一）主要工作完成情况', '{place}{year}年工作总结', '二、重点工作推进情况', '（三）统筹抓好民生保障'],
        before=['{year}年，{place}坚持稳中求进工作总基调，扎实推进各项工作。', '今年以来，我们紧盯年度目标任务，层层压实工作责任。',
                '在上级部门的有力指导下，各项工作稳步推进。', '全年召开专题推进会{n}次，研究解决具体问题。',
                '围绕年初确定的重点任务，持续加大工作力度。', '先后制定工作方案{n}个，明确责任分工。'],
        after=['下一步，我们将继续巩固工作成效，补齐短板弱项。', '相关问题已全部建立台账、跟踪督办。', '群众获得感进一步增强。',
               '以上数据截至{year}年{m}月底。', '有关经验做法在全市作了交流。']),
    'env': dict(
        head=['（二）持续深入打好污染防治攻坚战', '三、生态环境执法监管情况', '{place}生态环境分局{year}年工作总结'],
        before=['我局始终保持环境执法高压态势。', '全年组织开展专项执法行动{n}轮。', '坚持“双随机、一公开”监管，严格规范执法行为。'],
        after=['全部依法予以处理，并在门户网站公开。', '有力震慑了环境违法行为。', '辖区环境质量持续改善。']),
    'safety': dict(
        head=['四、安全生产和应急管理', '（四）守牢安全生产底线'],
        before=['我们严格落实安全生产责任制。', '全年开展安全生产大检查{n}轮。', '聚焦重点行业领域，深入开展隐患排查整治。'],
        after=['全年未发生较大以上生产安全事故。', '对拒不整改的依法实施处罚。', '安全生产形势总体平稳。']),
    'court': dict(
        head=['一、依法履行审判职责', '{place}人民法院工作报告', '二、全力推进执行工作'],
        before=['全院干警坚持公正司法，努力让人民群众在每一个司法案件中感受到公平正义。', '我们坚持繁简分流，提升审判质效。', '全年召开审判委员会会议{n}次。'],
        after=['审判质效主要指标位居全市前列。', '有力维护了社会公平正义。', '涉诉信访明显下降。']),
    'procu': dict(
        head=['一、依法履行刑事检察职能', '{place}人民检察院工作报告'],
        before=['我们坚持宽严相济刑事政策。', '全年开展专项监督活动{n}次。'],
        after=['依法保障了当事人合法权益。', '办案质量持续提升。']),
    'hospital': dict(
        head=['一、医疗服务能力稳步提升', '{place}人民医院{year}年工作总结', '（二）医疗业务情况'],
        before=['全院职工坚持以病人为中心，持续改善医疗服务。', '医院新开设专科门诊{n}个。', '我院持续推进智慧医院建设。'],
        after=['医疗质量和安全管理持续加强。', '患者就医体验进一步改善。', '全年未发生重大医疗事故。']),
    'school': dict(
        head=['一、教育教学工作', '{place}教育局{year}年工作总结', '（三）学校发展情况'],
        before=['我们坚持立德树人根本任务。', '全年组织教师培训{n}期。', '学校持续深化教育教学改革。'],
        after=['教育教学质量稳步提升。', '家长和社会满意度不断提高。']),
    'univ': dict(
        head=['一、人才培养', '{place}学院{year}年度工作报告', '二、科学研究与社会服务', '三、毕业生就业工作'],
        before=['学校坚持内涵式发展。', '全年新增本科专业{n}个。', '学校深入实施“访企拓岗”专项行动。'],
        after=['人才培养质量稳步提升。', '服务地方经济社会发展能力持续增强。']),
    'company': dict(
        head=['第三节 管理层讨论与分析', '一、报告期内公司经营情况', '二、主营业务分析', '（一）营业收入构成'],
        before=['报告期内，公司坚持稳健经营。', '面对复杂多变的外部环境，公司持续优化产品结构。', '公司持续加大研发投入。'],
        after=['公司将继续聚焦主业，提升核心竞争力。', '具体情况详见本报告相关章节。', '敬请投资者注意投资风险。']),
    'bank': dict(
        head=['一、经营概况', '二、资产负债情况', '三、资产质量'],
        before=['报告期内，本行坚持服务实体经济。', '本行持续推进数字化转型。', '本行坚守风险底线。'],
        after=['各项监管指标均符合监管要求。', '本行将继续加大对小微企业的支持力度。']),
    'insur': dict(
        head=['一、业务发展情况', '二、理赔服务情况'],
        before=['公司坚持保险姓保。', '报告期内，公司持续优化业务结构。'],
        after=['理赔服务效率持续提升。', '公司偿付能力充足。']),
    'election': dict(
        head=['{village}村民委员会换届选举情况报告', '一、选举基本情况', '关于{village}第{nth}届村民委员会选举结果的公告'],
        before=['本次选举依法设立选举委员会，严格按照法定程序进行。', '选举当日，设中心会场和投票站{n}个。', '选举采取无记名投票方式。'],
        after=['选举程序合法有效。', '选举委员会当场公布了选举结果。', '新一届村民委员会成员已完成工作交接。']),
    'survey': dict(
        head=['{place}群众满意度调查报告', '一、调查基本情况', '二、调查结果分析'],
        before=['本次调查采取线上线下相结合的方式进行。', '调查委托第三方机构组织实施。', '调查对象按区域、年龄分层抽取。'],
        after=['调查结果已向相关部门反馈。', '群众反映的问题将逐项整改。']),
    'sports': dict(
        head=['{place}第{nth}届运动会总结', '一、赛事基本情况', '二、比赛成绩'],
        before=['本届运动会共设{n}个大项。', '赛事组织有序，安全保障有力。', '各代表团运动员赛出了风格、赛出了水平。'],
        after=['赛风赛纪良好。', '大会评选出体育道德风尚奖代表团。']),
    'village': dict(
        head=['{village}村{year}年村务公开', '一、村集体经济情况'],
        before=['我村坚持党建引领，推进乡村振兴。', '村“两委”班子团结协作。', '全年召开村民代表会议{n}次。'],
        after=['村务、财务已按规定公开。', '群众对村级事务更加满意。']),
    'audit': dict(
        head=['关于{year}年度本级预算执行和其他财政收支的审计工作报告', '一、本级预算执行审计情况'],
        before=['审计结果表明，预算执行情况总体较好。', '审计中也发现一些需要纠正和改进的问题。'],
        after=['对审计发现的问题，审计机关已依法出具审计报告。', '有关部门和单位正在积极整改。']),
    'budget': dict(
        head=['关于{year}年预算执行情况的报告', '一、一般公共预算执行情况', '二、政府性基金预算执行情况'],
        before=['在县委的坚强领导下，财政运行总体平稳。', '我们坚持过紧日子，严控一般性支出。'],
        after=['收支平衡。', '具体数据以决算为准。']),
}
CTX_KEYS = list(CTX)


def fill(g, s):
    return s.format(place=g.place, year=g.year, n=g.r.randint(2, 19), m=g.r.randint(3, 11),
                    village=g.village, nth=cn_int(g.r.randint(8, 13)))


# ----------------------------------------------------------------------------------------------
# generator state for one record
# ----------------------------------------------------------------------------------------------
class Retry(Exception):
    """raised by a style when the random draw is unusable (e.g. an exact rounding tie)"""


class G:
    def __init__(self, rng, label, family, style):
        self.r = rng
        self.label = label
        self.family = family
        self.style = style
        self.F = Fmt(pct=rng.choice(['%'] * 4 + ['％']))
        self.year = rng.randint(2019, 2024)
        self.place = place(rng)
        self.village = rng.choice(P1) + rng.choice(P2)

    # randomness
    def ri(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    @property
    def C(self):
        return self.label == 'consistent'

    @property
    def I(self):
        return self.label == 'inconsistent'

    @property
    def NEG(self):
        return self.label == 'negative'

    # numbers
    def N(self, v, places=0, mag='', F=None):
        F = F or self.F
        v = D(v)
        if places:
            v = rhu(v, places)
        return Num(F.n(v, places) + mag, v * MAG[mag])

    def P(self, v, places, F=None):
        F = F or self.F
        v = rhu(D(v), places)
        return Num(F.p(v, places), v)

    def split(self, total, k, minv=1, spread=1.0):
        """total -> k positive ints (random weights)."""
        assert total >= k * minv
        w = [self.r.random() ** spread + 0.15 for _ in range(k)]
        s = sum(w)
        parts = [max(minv, int(total * x / s)) for x in w]
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
        return parts

    def delta_for(self, v, step=1):
        """a plausible error amount for value v (in integer units)."""
        kind = self.r.random()
        if kind < 0.45:
            d = self.ri(1, 3)
        elif kind < 0.7:
            d = self.ri(4, max(5, int(abs(v) * 0.12) + 4))
        elif kind < 0.9:
            d = 10 ** max(0, len(str(abs(int(v)))) - 2)
            d = max(1, d)
        else:
            d = self.ri(1, 9) * 10 ** max(0, len(str(abs(int(v)))) - 2)
        return max(1, d)

    def perturb(self, v, lo=1, unit=1):
        """v -> different value >= lo (deltas are multiples of `unit`)"""
        for _ in range(50):
            d = self.delta_for(v // unit) * unit
            w = v + d if self.chance(0.5) else v - d
            if w >= lo and w != v:
                return w
        return v + 1

    def break_sum(self, parts, total, lo=1, total_share=0.45, unit=1):
        """change exactly one number; -> (parts, total, description)"""
        parts = list(parts)
        if self.chance(total_share):
            t2 = self.perturb(total, lo=max(lo, max(parts) + 1), unit=unit)
            return parts, t2, 'total changed %s -> %s' % (total, t2)
        i = self.r.randrange(len(parts))
        old = parts[i]
        parts[i] = self.perturb(old, lo=lo, unit=unit)
        return parts, total, 'part %d changed %s -> %s' % (i + 1, old, parts[i])

    def good_ratio(self, num, den, d):
        t = D(num) * 100 / D(den)
        return not is_tie(t, d)

    def wrong_pct(self, true, d, cap=None):
        """a stated percentage clearly different from the true value."""
        true = D(true)
        unit = D(10) ** (-d)
        for _ in range(200):
            mode = self.r.random()
            if mode < 0.25 and d >= 1:
                s = format(rhu(true, d), 'f')
                if len(s) >= 2 and s[-1] != s[-2] and s[-2] != '.':
                    cand = D(s[:-2] + s[-1] + s[-2])
                else:
                    continue
            elif mode < 0.55:
                cand = rhu(true, d) + unit * self.ri(2, 9) * self.pick([-1, 1]) * (10 if d == 2 and self.chance(0.5) else 1)
            else:
                cand = rhu(true + D(self.r.uniform(0.3, 6.0)) * self.pick([-1, 1]), d)
            if cap is not None and cand > cap:
                continue
            if cand <= 0 and true > 0:
                continue
            if rate_clear(cand, true, d) and rhu(true, d) != cand:
                return cand
        return rhu(true, d) - unit * 20 if rhu(true, d) - unit * 20 > 0 else rhu(true, d) + 2


def cs(terms, eq, rel='sum', rounded=False):
    """equality check: sum(coef*term) == eq"""
    out = []
    for t in terms:
        if isinstance(t, tuple):
            out.append([t[0], t[1].d()])
        else:
            out.append([1, t.d()])
    c = {'rel': rel, 'terms': out, 'eq': eq.d()}
    if rounded:
        c['rounded'] = True
    return c


def _terms(x):
    if isinstance(x, list):
        return [([t[0], t[1].d()] if isinstance(t, tuple) else [1, t.d()]) for t in x]
    return [[1, x.d()]]


def crate(num, den, pct, approx=False):
    c = {'rel': 'rate', 'num': _terms(num), 'den': _terms(den), 'pct': pct.d()}
    if approx:
        c['approx'] = True
    return c


def cgrowth(new, old, pct, dirn='up'):
    return {'rel': 'growth', 'new': new.d(), 'old': old.d(), 'pct': pct.d(), 'dir': dirn}


def cneg(kind, marker, why, nums=(), total=None, parts=None):
    c = {'rel': 'not_checkable', 'kind': kind, 'marker': marker, 'why': why, 'nums': [n.d() for n in nums]}
    if total is not None:
        c['total'] = total.d()
        c['parts'] = [p.d() for p in parts]
    return c


def cfmt(s):
    return {'rel': 'pct_format', 's': s}


# ----------------------------------------------------------------------------------------------
# registry and context wrapping
# ----------------------------------------------------------------------------------------------
STYLES = []


def style(name, family, labels='cin', desc=''):
    def deco(fn):
        assert name not in [s['name'] for s in STYLES], name
        STYLES.append(dict(name=name, family=family, labels=labels, fn=fn, desc=desc))
        return fn
    return deco


END = '。；！？：|'


def ensure_end(s):
    s = s.rstrip()
    if not s or s[-1] in END or s.endswith('”'):
        return s
    return s + '。'


def wrap(g, out):
    pool = CTX[out.get('dom', 'gov')]
    core = out['core']
    core_lines = core if isinstance(core, list) else [core]
    pctx = out.get('ctx', 1.0)
    lines = []
    if g.chance(0.3 * pctx):
        lines.append(fill(g, g.pick(pool['head'])))
    nb = g.r.choices([0, 1, 2], weights=[4, 5, 2])[0] if g.chance(pctx) else 0
    na = g.r.choices([0, 1], weights=[5, 4])[0] if g.chance(pctx) else 0
    before = ''.join(fill(g, x) for x in g.sample(pool['before'], min(nb, len(pool['before']))))
    after = ''.join(fill(g, x) for x in g.sample(pool['after'], min(na, len(pool['after']))))
    if len(core_lines) == 1 and not out.get('table'):
        lines.append(before + ensure_end(core_lines[0]) + after)
    else:
        if before:
            lines.append(before)
        lines.extend(core_lines)
        if after:
            lines.append(after)
    if g.chance(0.12 * pctx) and len(lines) < 8:
        extra = fill(g, g.pick(CTX['gov']['after']))
        if extra not in '\n'.join(lines):
            lines.append(extra)
    while len(lines) > 8:
        # drop context lines first (never the core)
        for i, ln in enumerate(lines):
            if ln not in core_lines:
                del lines[i]
                break
        else:
            raise RuntimeError('core too long')
    return '\n'.join(lines)


# ----------------------------------------------------------------------------------------------
# generic whole-and-parts engine (used by many `totals` styles)
# ----------------------------------------------------------------------------------------------
LSD = [
    dict(k='env', dom='env', verb='查处', noun='环境违法案件', u='起', nf='为', rng=(12, 160),
         cats=['水污染', '大气污染', '噪声污染', '固体废物污染', '土壤污染', '辐射安全'],
         ov=['涉及重点排污单位的', '移送公安机关的', '适用按日连续处罚的', '责令停产整治的']),
    dict(k='petition', dom='gov', verb='受理', noun='群众来信来访', u='件', nf='涉及', rng=(60, 900),
         cats=['城乡建设', '劳动社保', '征地拆迁', '物业管理', '涉法涉诉', '农村农业', '教育医疗'],
         ov=['重复信访', '越级走访', '网上信访', '联名信访']),
    dict(k='hotline', dom='gov', verb='接收', noun='12345热线工单', u='件', nf='为', rng=(800, 60000),
         cats=['咨询类', '求助类', '投诉类', '建议类', '表扬类'],
         ov=['群众多次反映的', '需跨部门协调的', '夜间来电的']),
    dict(k='market', dom='gov', verb='检查', noun='各类市场主体', u='家', nf='为', rng=(80, 3000),
         cats=['餐饮服务单位', '食品销售单位', '药品零售企业', '农贸市场', '大型商超', '校园食堂'],
         ov=['首次检查的', '发现问题的', '责令整改的']),
    dict(k='hazard', dom='safety', verb='排查', noun='安全隐患', u='处', nf='属', rng=(50, 4000),
         cats=['消防安全', '用电安全', '燃气安全', '建筑施工', '道路交通', '危险化学品'],
         ov=['重大隐患', '当场整改的', '挂牌督办的']),
    dict(k='newent', dom='gov', verb='新登记', noun='市场主体', u='户', nf='为', rng=(300, 9000),
         cats=['企业', '个体工商户', '农民专业合作社'],
         ov=['女性创业的', '返乡创业的', '属数字经济领域的']),
    dict(k='relief', dom='gov', verb='走访慰问', noun='困难群众', u='户', nf='为', rng=(40, 1500),
         cats=['低保户', '特困供养户', '脱贫监测户', '残疾人家庭', '孤寡老人'],
         ov=['因病致困的', '独居的', '首次纳入的']),
    dict(k='court', dom='court', verb='新收', noun='各类案件', u='件', nf='为', rng=(800, 16000),
         cats=['刑事案件', '民事案件', '行政案件', '执行案件', '非诉保全审查案件'],
         ov=['适用简易程序的', '涉及金融借款的', '当庭宣判的']),
    dict(k='traffic', dom='safety', verb='查处', noun='交通违法行为', u='起', nf='为', rng=(500, 50000),
         cats=['酒驾醉驾', '超速行驶', '不按规定让行', '违法停车', '无证驾驶', '不戴头盔'],
         ov=['现场查处的', '电子监控抓拍的', '涉及营运车辆的']),
    dict(k='dispute', dom='gov', verb='调处', noun='矛盾纠纷', u='起', nf='属', rng=(40, 900),
         cats=['婚姻家庭', '邻里纠纷', '土地山林', '劳资纠纷', '医疗纠纷', '物业纠纷'],
         ov=['调解成功的', '涉及群体性的', '经多次调解的']),
    dict(k='legalaid', dom='gov', verb='办理', noun='法律援助案件', u='件', nf='为', rng=(50, 1200),
         cats=['民事', '刑事', '行政', '非诉讼'],
         ov=['农民工讨薪', '涉及未成年人的', '妇女维权']),
    dict(k='culture', dom='gov', verb='开展', noun='文化惠民活动', u='场', nf='为', rng=(30, 800),
         cats=['送戏下乡', '公益电影放映', '广场文艺展演', '全民阅读', '非遗展示'],
         ov=['线上直播的', '在农村举办的', '面向青少年的']),
    dict(k='project', dom='gov', verb='实施', noun='重点项目', u='个', nf='为', rng=(12, 160),
         cats=['产业项目', '基础设施项目', '社会民生项目', '生态环保项目', '城市更新项目'],
         ov=['新开工', '省重点', '续建']),
    dict(k='training', dom='gov', verb='组织', noun='职业技能培训', u='人次', nf='为', rng=(300, 9000),
         cats=['电工', '焊工', '家政服务', '电子商务', '养老护理', '中式烹调'],
         ov=['脱贫劳动力', '取得证书的', '女性学员']),
    dict(k='inspect', dom='env', verb='开展', noun='执法检查', u='次', nf='为', rng=(60, 2000),
         cats=['日常巡查', '专项检查', '夜间突击检查', '联合执法检查'],
         ov=['发现问题的', '现场整改的', '邀请群众参与的']),
    dict(k='fire', dom='safety', verb='接警出动', noun='', u='起', nf='为', rng=(200, 5000),
         cats=['火灾扑救', '抢险救援', '社会救助', '公务执勤'],
         ov=['夜间出警', '跨区域增援', '涉及高层建筑的']),
    dict(k='grain', dom='gov', verb='完成', noun='粮食播种面积', u='亩', nf='为', rng=(5000, 200000), places=1,
         cats=['水稻', '玉米', '小麦', '大豆', '薯类'],
         ov=['高标准农田内', '实行订单种植的', '机械化播种的']),
    dict(k='forest', dom='gov', verb='完成', noun='营造林', u='公顷', nf='为', rng=(300, 20000), places=2,
         cats=['人工造林', '封山育林', '退化林修复', '森林抚育'],
         ov=['国有林场实施的', '社会资本参与的', '在重点区域实施的']),
    dict(k='waste', dom='env', verb='清运', noun='生活垃圾', u='吨', nf='为', rng=(2000, 90000), places=1,
         cats=['城区', '乡镇', '景区', '工业园区'],
         ov=['夜间清运的', '分类收运的', '经压缩转运的']),
    dict(k='funds', dom='gov', verb='争取', noun='上级资金', u='万元', nf='为', rng=(500, 90000), places=2,
         cats=['中央预算内投资', '地方政府专项债券', '省级专项资金', '市级补助资金'],
         ov=['用于民生领域的', '已拨付到位的', '用于乡村振兴的']),
]


def _ls_pick(g, dkey=None, k=None, kmax=5):
    dom = g.pick([d for d in LSD if (dkey is None or d['k'] in dkey)])
    k = k or g.ri(2, min(kmax, len(dom['cats'])))
    return dom, k


def ls_make(g, traps=('etc', 'main', 'approx', 'overlap', 'single'), dkey=None, k=None, kmax=5, F=None, rng=None):
    """-> spec dict: dom, cats, parts(Num), total(Num), pre/post approx marks, trap, check, note"""
    dom, k = _ls_pick(g, dkey, k, kmax)
    F = F or g.F
    pl = dom.get('places', 0)
    lo, hi = rng or dom['rng']
    sc = 10 ** pl
    total_u = g.ri(lo * sc, hi * sc)
    total_u = max(total_u, k * 3)
    cats = g.sample(dom['cats'], k)
    sp = dict(dom=dom, cats=cats, pre='', post='', trap=None, conn='其中', etc='', u=dom['u'], other='')

    def mk(units):
        return g.N(D(units) / sc, pl, F=F)

    if g.C or g.I:
        parts_u = g.split(total_u, k)
        if g.I:
            parts_u, total_u2, desc = g.break_sum(parts_u, total_u, unit=sc)
        else:
            total_u2, desc = total_u, ''
        sp['parts'] = [mk(x) for x in parts_u]
        sp['total'] = mk(total_u2)
        sp['check'] = cs(sp['parts'], sp['total'])
        ssum = sum(p.v for p in sp['parts'])
        if g.C:
            sp['note'] = 'whole and parts: %s = %s (%s)' % (' + '.join(p.s for p in sp['parts']), sp['total'].s, dom['noun'] or dom['verb'])
        else:
            sp['note'] = 'parts add to %s but the whole is stated as %s%s' % (fmt_num(ssum, pl), sp['total'].s, ' (%s)' % desc if sc == 1 else '')
        return sp
    trap = g.pick(list(traps))
    sp['trap'] = trap
    if trap == 'overlap' and len(dom['ov']) >= 2:
        k = min(len(dom['ov']), max(2, k))
        cats = g.sample(dom['ov'], k)
        sp['cats'] = cats
        parts_u = [g.ri(max(1, total_u // 5), max(2, total_u * 4 // 5)) for _ in range(k)]
        if sum(parts_u) == total_u:
            parts_u[0] += 1
        sp['parts'] = [mk(x) for x in parts_u]
        sp['total'] = mk(total_u)
        sp['check'] = cneg('overlap', cats[1], 'overlapping attributes under 其中, not a partition of the whole',
                           [sp['total']] + sp['parts'], sp['total'], sp['parts'])
        sp['note'] = 'negative: %s are overlapping attributes, not parts; they need not add to %s' % ('/'.join(cats), sp['total'].s)
        return sp
    if trap == 'overlap' or (trap == 'approx' and pl):
        trap = sp['trap'] = 'etc' if 'etc' in traps else ('incl_other' if 'incl_other' in traps else 'main')
    if trap in ('etc', 'main', 'incl_other'):
        rest = g.ri(max(1, total_u // 20), max(2, total_u // 3))
        parts_u = g.split(total_u - rest, k) if total_u - rest >= k else [1] * k
        sp['parts'] = [mk(x) for x in parts_u]
        sp['total'] = mk(total_u)
        if trap == 'etc':
            sp['etc'] = '等'
            marker = '等'
            why = 'partial list closed by 等'
        elif trap == 'incl_other':
            sp['other'] = g.pick(['（含其他）', '（含其他类别）', '（含未列明类别）'])
            marker = sp['other']
            why = 'the total row includes unlisted categories %s' % marker
        else:
            sp['conn'] = g.pick(['主要有', '主要包括', '主要是', '较为集中的是'])
            marker = sp['conn']
            why = 'a selection introduced by %s, not all parts' % marker
        sp['check'] = cneg({'main': 'selection', 'etc': 'partial_list', 'incl_other': 'total_includes_other'}[trap], marker, why,
                           [sp['total']] + sp['parts'], sp['total'], sp['parts'])
        sp['note'] = 'negative: %s; listed parts %s do not have to add to %s' % (why, '+'.join(p.s for p in sp['parts']), sp['total'].s)
        return sp
    if trap == 'approx':
        mark = g.pick(['约', '近', '余', '多', '逾'])
        mag = 10 ** max(1, len(str(total_u)) - 2)
        t0 = max(mag, (total_u // mag) * mag)
        if mark in ('余', '多', '逾'):
            s = t0 + g.ri(1, max(1, mag - 1))
        elif mark == '近':
            s = t0 - g.ri(1, max(1, mag // 2))
        else:
            s = t0 + g.pick([-1, 1]) * g.ri(1, max(1, mag // 3))
        s = max(s, k * 2)
        parts_u = g.split(s, k)
        sp['parts'] = [mk(x) for x in parts_u]
        sp['total'] = mk(t0)
        if mark in ('约', '近', '逾'):
            sp['pre'] = mark
            marker = mark + sp['total'].s
        else:
            sp['post'] = mark
            marker = sp['total'].s + mark
        sp['check'] = cneg('approximate_total', marker, 'whole given as a round approximate figure (%s)' % mark,
                           [sp['total']] + sp['parts'], sp['total'], sp['parts'])
        sp['note'] = 'negative: whole is approximate (%s); parts add to %s, compatible with the rounded whole' % (marker, fmt_num(D(sum(parts_u)) / sc, pl))
        return sp
    # single part
    part_u = g.ri(max(1, total_u // 6), max(2, total_u * 2 // 3))
    sp['cats'] = cats[:1]
    sp['parts'] = [mk(part_u)]
    sp['total'] = mk(total_u)
    sp['check'] = cneg('single_part', sp['cats'][0], 'only one part named under 其中: nothing to add up',
                       [sp['total']] + sp['parts'], sp['total'], sp['parts'])
    sp['note'] = 'negative: a single part (%s) of %s is named; no sum to check' % (sp['parts'][0].s, sp['total'].s)
    return sp


def ls_tot(sp):
    return sp['pre'] + sp['total'].s + sp['post'] + sp['u']


def ls_part(sp, i, numfirst=False, unit=True):
    c = sp['cats'][i]
    u = sp['u'] if unit else ''
    if numfirst:
        return sp['parts'][i].s + u + sp['dom']['nf'] + c.rstrip('的')
    return c + sp['parts'][i].s + u


def ls_subject(g, sp, gong=True):
    when = g.pick(['全年', '今年以来', '%d年' % g.year, '%d年1—%d月' % (g.year, g.ri(6, 11)), '', '报告期内'])
    c = g.pick(['共', '累计', '共计', '']) if gong else ''
    return when + ('，' if when and g.chance(0.3) else '') + c + sp['dom']['verb'] + sp['dom']['noun']


def ls_parts_join(g, sp, numfirst=False, sep=None):
    sep = sep or g.pick(['、', '、', '，', '；'])
    n = len(sp['parts'])
    items = [ls_part(sp, i, numfirst) for i in range(n)]
    return sep.join(items) + sp['etc']


FILLERS = ['均已依法处理', '已全部办结', '已录入信息系统', '已按程序办理', '相关情况已通报', '已逐一建立台账', '正在跟踪督办']
CNT_WORD = {2: '两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八'}


def _reg_ls(name, desc, render, traps=('etc', 'main', 'approx', 'overlap', 'single'), dkey=None, mode=None,
            kmax=5, rng=None, table=False, k=None):
    def fn(g):
        if mode:
            g.F = Fmt(mode, pct=g.F.pctsign, fwdot=g.chance(0.5))
        sp = ls_make(g, traps, dkey, k=k, kmax=kmax, rng=rng)
        core = render(g, sp)
        return dict(core=core, note=sp['note'], checks=[sp['check']], dom=sp['dom']['dom'], table=table)
    style(name, 'totals', 'cin', desc)(fn)


def r_qizhong(g, sp):
    return '%s%s，%s%s' % (ls_subject(g, sp), ls_tot(sp), sp['conn'], ls_parts_join(g, sp))


def r_numfirst(g, sp):
    conn = sp['conn'] if sp['conn'] in ('其中', '主要有', '主要是') else '主要是'
    if sp['trap'] == 'main':
        sp['check']['marker'] = conn
    return '%s%s，%s%s' % (ls_subject(g, sp), ls_tot(sp), conn, ls_parts_join(g, sp, numfirst=True, sep=g.pick(['，', '、'])))


def _cats_and(g, cats):
    if len(cats) == 1:
        return cats[0]
    return '、'.join(cats[:-1]) + g.pick(['和', '、', '及']) + cats[-1]


def r_fenbie_each(g, sp):
    conn = sp['conn'] + ('' if sp['conn'] == '其中' else '')
    cats = [c.rstrip('的') + ('的' if c.endswith('的') else '') for c in sp['cats']]
    nums = '、'.join(p.s + sp['u'] for p in sp['parts'])
    return '%s%s，%s%s%s分别为%s' % (ls_subject(g, sp), ls_tot(sp), conn, _cats_and(g, cats),
                                  '' if sp['conn'] == '其中' else '，', nums)


def r_fenbie_last(g, sp):
    cats = sp['cats']
    nums = '、'.join(p.s for p in sp['parts']) + sp['u']
    lead = g.pick(['%s%s，%s%s%s分别为%s', '%s%s，%s%s%s分别有%s'])
    return lead % (ls_subject(g, sp), ls_tot(sp), sp['conn'], _cats_and(g, cats), '' if sp['conn'] == '其中' else '，', nums)


def r_baokuo(g, sp):
    conn = '包括' if sp['conn'] == '其中' else '主要包括'
    if sp['trap'] == 'main':
        sp['check']['marker'] = conn
    return '%s%s，%s%s' % (ls_subject(g, sp), ls_tot(sp), conn, ls_parts_join(g, sp, sep=g.pick(['、', '，'])))


def r_paren(g, sp):
    inner = ls_parts_join(g, sp, sep=g.pick(['，', '、', '；']))
    conn = '' if sp['conn'] == '其中' and g.chance(0.6) and len(sp['parts']) > 1 else sp['conn']
    o, c = g.pick([('（', '）'), ('(', ')')])
    return '%s%s%s%s%s%s' % (ls_subject(g, sp), ls_tot(sp), o, conn, inner, c)


def r_after_heji(g, sp):
    d = sp['dom']
    parts = ls_parts_join(g, sp, sep=g.pick(['、', '，']))
    verb = g.pick(['', '共']) + d['verb']
    if sp['trap'] == 'etc':
        return '%s%s%s共%s' % (verb, parts, (d['noun'] or '各类警情'), ls_tot(sp))
    word = '共' if sp['pre'] or sp['post'] else g.pick(['合计', '总计', '共计', '共'])
    return '%s%s，%s%s' % (verb, parts, word, ls_tot(sp))


def r_after_sentence(g, sp):
    d = sp['dom']
    n = len(sp['parts'])
    clauses = []
    for i in range(n):
        clauses.append(g.pick(['%s方面，%s%s%s', '%s类%s%s%s', '涉及%s的%s%s%s']) % (
            sp['cats'][i].rstrip('的'), d['verb'], sp['parts'][i].s, sp['u']))
    word = g.pick(['以上%s类合计' % CNT_WORD[n] if n in CNT_WORD else '以上合计', '以上共计', '上述%s合计' % (d['noun'] or '警情')])
    if sp['trap'] == 'etc':
        word = '各类共计'
        clauses[-1] += '等'
    return '；'.join(clauses) + '。' + word + ls_tot(sp)


def r_colon(g, sp):
    conn = '' if sp['conn'] == '其中' else '%s：' % sp['conn']
    return '%s%s%s%s%s' % (ls_subject(g, sp), ls_tot(sp), '：' if not conn else '，', conn,
                           ls_parts_join(g, sp, sep='；'))


def r_multisentence(g, sp):
    d = sp['dom']
    out = '%s%s。%s，' % (ls_subject(g, sp), ls_tot(sp), sp['conn'])
    segs = []
    fill_ = g.sample(FILLERS, len(FILLERS))
    for i in range(len(sp['parts'])):
        segs.append(g.pick(['%s%s%s，%s', '%s类%s%s，%s', '%s%s%s，%s']) % (
            sp['cats'][i], sp['parts'][i].s, sp['u'], fill_[i % len(fill_)]))
    out += '。'.join(segs)
    if sp['etc']:
        out += '。此外还有其他类型若干'
        sp['check']['marker'] = '其他类型若干'
    return out


def r_lines_first(g, sp):
    head = '%s%s，%s如下：' % (ls_subject(g, sp), ls_tot(sp), '具体情况' if sp['conn'] == '其中' else '主要类型')
    if sp['trap'] == 'main':
        sp['check']['marker'] = '主要类型'
    rows = []
    pat = g.pick(['%s：%s%s', '%s %s%s', '%s，%s%s'])
    for i in range(len(sp['parts'])):
        rows.append(pat % (sp['cats'][i], sp['parts'][i].s, sp['u']))
    lead = g.pick(['', '-', '·'])
    end = g.pick(['；', '', '。'])
    rows = [(lead + ' ' if lead else '') + r + end for r in rows]
    if end == '；':
        rows[-1] = rows[-1][:-1] + '。'
    if sp['etc']:
        rows[-1] = rows[-1].rstrip('；。') + '等。'
    return [head] + rows


def r_lines_last(g, sp):
    d = sp['dom']
    head = g.pick(['%s%s情况：', '%s%s分类统计如下：', '各类%s%s：']) % (d['verb'], d['noun'] or '警情')
    rows = ['%s　%s%s' % (sp['cats'][i].rstrip('的'), sp['parts'][i].s, sp['u']) for i in range(len(sp['parts']))]
    rows.append('%s%s　%s' % (g.pick(['合计', '总计', '合　计']), sp['other'], ls_tot(sp)))
    return [head] + rows


def r_table_pipe(g, sp):
    d = sp['dom']
    col = g.pick(['数量', '件数' if sp['u'] == '件' else '数量', d['noun'] or '数量'])
    head = g.pick(['表1 %s%s分类情况' % (d['verb'], d['noun'] or '警情'), '%s%s统计表' % (g.place, d['noun'] or '出警'), ''])
    rows = ['| 类别 | %s（%s） |' % (col, sp['u']), '| --- | ---: |']
    for i in range(len(sp['parts'])):
        rows.append('| %s | %s |' % (sp['cats'][i].rstrip('的'), sp['parts'][i].s))
    rows.append('| %s%s | %s |' % (g.pick(['合计', '总计']), sp['other'], sp['total'].s))
    return ([head] if head else []) + rows


def r_table_space(g, sp):
    d = sp['dom']
    w = max(len(c) for c in sp['cats']) + 2
    rows = ['项目' + '　' * (w - 2) + '%s（%s）' % (g.pick(['数量', '完成数']), sp['u'])]
    for i in range(len(sp['parts'])):
        c = sp['cats'][i].rstrip('的')
        rows.append(c + '　' * (w - len(c)) + sp['parts'][i].s)
    tl = '合计' + sp['other']
    rows.append(tl + '　' * max(1, w - len(tl)) + sp['total'].s)
    return rows


def r_table_tab(g, sp):
    d = sp['dom']
    cats = [c.rstrip('的') for c in sp['cats']]
    rows = ['类别\t' + '\t'.join(cats) + '\t合计' + sp['other'],
            '%s（%s）\t' % (d['noun'] or '出警', sp['u']) + '\t'.join(p.s for p in sp['parts']) + '\t' + sp['total'].s]
    return rows


def r_halfwidth(g, sp):
    # ASCII punctuation as in many converted reports: "," is both clause separator and thousands separator
    return '%s%s,%s%s' % (ls_subject(g, sp), ls_tot(sp), sp['conn'], ls_parts_join(g, sp, sep=','))


_reg_ls('qizhong_dunhao', '共X，其中A a、B b…: whole first, named parts after 其中', r_qizhong)
_reg_ls('qizhong_number_first', '其中12起为水污染…: numbers before the category names', r_numfirst, traps=('etc', 'main', 'approx', 'single'))
_reg_ls('fenbie_units_each', 'A、B和C分别为a件、b件、c件', r_fenbie_each, traps=('main', 'approx', 'overlap'))
_reg_ls('fenbie_unit_last', 'A、B和C分别为a、b、c件 (unit only after the last number)', r_fenbie_last, traps=('main', 'approx', 'overlap'))
_reg_ls('baokuo_list', '共X，包括A a、B b', r_baokuo, traps=('etc', 'main', 'approx'))
_reg_ls('paren_breakdown', '共X（A a，B b）: breakdown in brackets', r_paren, traps=('etc', 'approx', 'single'))
_reg_ls('total_after_heji', 'parts first, then 合计/总计/共计 X', r_after_heji, traps=('etc', 'approx'))
_reg_ls('total_after_sentence', 'one clause per part, then 以上三类合计X in a new sentence', r_after_sentence, traps=('etc', 'approx'))
_reg_ls('colon_semicolon_list', '共X：A a；B b；C c', r_colon, traps=('etc', 'main', 'approx', 'overlap'))
_reg_ls('multi_sentence_parts', 'whole in one sentence, each part in its own sentence with a comment', r_multisentence, traps=('etc', 'main', 'approx', 'overlap', 'single'))
_reg_ls('lines_total_first', 'whole on a heading line, one part per line', r_lines_first, traps=('etc', 'main', 'approx', 'overlap'))
_reg_ls('lines_total_last', 'one part per line, 合计 line at the end', r_lines_last, traps=('incl_other',))
_reg_ls('table_pipe_total_row', 'markdown-like table whose last row is 合计', r_table_pipe, traps=('incl_other',), table=True, kmax=4)
_reg_ls('table_space_aligned', 'table flattened with ideographic spaces, last row 合计', r_table_space, traps=('incl_other',), table=True)
_reg_ls('table_tab_row', 'tab-separated two-row table, last column 合计', r_table_tab, traps=('incl_other',), table=True)
_reg_ls('fullwidth_digits_sum', 'whole and parts written in full-width digits', r_qizhong, mode='fw')
_reg_ls('thousands_comma_sum', 'large counts with "," thousands separators', r_qizhong, mode='comma',
        dkey=('hotline', 'traffic', 'court', 'grain', 'newent', 'hazard', 'training'), rng=(2000, 90000))
_reg_ls('thousands_space_sum', 'large counts with a space as thousands separator', r_colon, mode='space',
        dkey=('hotline', 'traffic', 'court', 'newent'), rng=(12000, 200000), traps=('etc', 'main', 'approx'))
_reg_ls('thousands_fwcomma_sum', 'full-width "，" used as thousands separator inside a semicolon list', r_colon, mode='fwcomma',
        dkey=('hotline', 'traffic', 'court'), rng=(12000, 90000), traps=('etc', 'main', 'approx'))
_reg_ls('chinese_numerals_sum', 'whole and parts in Chinese numerals (三十八起，其中十二起…)', r_qizhong, mode='cn',
        dkey=('env', 'project', 'culture', 'legalaid', 'dispute', 'relief'), rng=(12, 99))
_reg_ls('chinese_numerals_large', 'Chinese numerals with 千/万 and 两 (两千三百户)', r_paren, mode='cn',
        dkey=('newent', 'relief', 'training', 'market'), rng=(1000, 30000), traps=('etc', 'approx', 'single'))
_reg_ls('halfwidth_punct_sum', 'ASCII punctuation: "," both clause separator and thousands separator', r_halfwidth, mode='comma',
        dkey=('hotline', 'traffic', 'court', 'hazard', 'training', 'newent'), rng=(1000, 30000), traps=('etc', 'main', 'approx'))
_reg_ls('decimal_area_sum', 'areas/tonnage with decimals (亩, 公顷, 吨)', r_qizhong, dkey=('grain', 'forest', 'waste'),
        traps=('etc', 'main', 'overlap'))
_reg_ls('decimal_funds_fenbie', 'amounts in 万元 with two decimals, 分别为', r_fenbie_each, dkey=('funds',), traps=('main', 'overlap'))


# ----------------------------------------------------------------------------------------------
# bespoke `totals` styles
# ----------------------------------------------------------------------------------------------
def dstr(v):
    v = D(v)
    return format(v.normalize() if v == v.to_integral() else v, 'f')


def mk_sum(g, parts_u, total_u, mk, unit=1, total_share=0.45, rel='sum'):
    """label-aware whole/parts numbers -> (parts Num list, total Num, check, note)"""
    desc = ''
    if g.I:
        parts_u, total_u, desc = g.break_sum(parts_u, total_u, unit=unit, total_share=total_share)
    P = [mk(x) for x in parts_u]
    T = mk(total_u)
    chk = cs(P, T, rel=rel)
    if g.I:
        note = 'parts %s add to %s, not to the stated %s' % ('+'.join(p.s for p in P), dstr(sum(p.v for p in P)), T.s)
    else:
        note = '%s = %s' % (' + '.join(p.s for p in P), T.s)
    return P, T, chk, note


def mk_diff(g, a_u, b_u, mk, which=None, unit=1):
    """a - b = c ; label-aware.  -> (A, B, C, check, note)"""
    c_u = a_u - b_u
    if g.I:
        which = which or g.pick(['a', 'b', 'c', 'c'])
        if which == 'a':
            a_u = g.perturb(a_u, lo=b_u + 1, unit=unit)
        elif which == 'b':
            b_u = g.perturb(b_u, lo=1, unit=unit)
            if b_u >= a_u:
                b_u = a_u - c_u - unit if a_u - c_u - unit > 0 else b_u
        else:
            c_u = g.perturb(c_u, lo=1, unit=unit)
    A, B, C = mk(a_u), mk(b_u), mk(c_u)
    chk = cs([(1, A), (-1, B)], C, rel='difference')
    if g.I:
        note = '%s - %s = %s, but %s is stated' % (A.s, B.s, dstr(A.v - B.v), C.s)
    else:
        note = '%s - %s = %s' % (A.s, B.s, C.s)
    return A, B, C, chk, note


ITEM_TOPICS = {
    'env': ('开展生态环境专项行动', '项', ['一是开展饮用水水源地环境问题排查整治', '二是开展工业园区污水处理设施专项检查', '三是开展餐饮油烟污染集中整治',
                                        '四是开展建筑工地扬尘专项治理', '五是开展危险废物规范化管理评估', '六是开展入河排污口溯源整治']),
    'gov': ('推出便民利企措施', '条', ['一是推行企业开办“一窗通办”', '二是推行不动产登记“带押过户”', '三是推行涉企证照“一照多址”',
                                    '四是推行惠企政策“免申即享”', '五是推行公积金业务“跨省通办”', '六是推行水电气报装“一次办”']),
    'safety': ('开展安全生产专项整治行动', '项', ['一是开展城镇燃气安全专项整治', '二是开展自建房安全专项整治', '三是开展消防通道清理整治',
                                             '四是开展危险化学品安全专项治理', '五是开展道路运输安全专项整治', '六是开展有限空间作业专项治理']),
    'school': ('实施教育提质工程', '项', ['一是实施学前教育普惠扩容工程', '二是实施义务教育薄弱环节改善工程', '三是实施县域高中振兴工程',
                                       '四是实施教师队伍素质提升工程', '五是实施校园安全护航工程', '六是实施智慧校园建设工程']),
}
ORD_CN = ['一', '二', '三', '四', '五', '六', '七', '八']


@style('numbered_items_count', 'totals', desc='a count of measures followed by 一是/二是… items that must match it')
def s_items_count(g):
    dom = g.pick(list(ITEM_TOPICS))
    lead, u, items = ITEM_TOPICS[dom]
    k = g.ri(3, 6)
    its = items[:k]
    cnt = k
    if g.I:
        cnt = k + g.pick([-1, 1, 1, 2])
    useCn = g.chance(0.5)
    cntN = Num(cn_int(cnt) if useCn else str(cnt), cnt)
    if g.NEG:
        # "重点" measures: the count covers more than the listed highlights
        allk = k + g.ri(2, 6)
        cntN = Num(cn_int(allk) if useCn else str(allk), allk)
        txt = '%s%s%s，其中重点抓了以下几项：%s。' % (g.pick(['全年共', '今年以来共']), lead, cntN.s + u, '；'.join(its))
        return dict(core=txt, dom=dom, checks=[cneg('selection', '重点抓了以下几项', 'only the highlighted measures are listed', [cntN])],
                    note='negative: %s%s measures in all, only %d highlighted ones are listed (其中重点…), no count to match' % (cntN.s, u, k))
    body = '；'.join(its) + '。'
    if g.chance(0.5):
        txt = '%s%s%s：%s' % (g.pick(['全年共', '今年以来', '我们集中']), lead, cntN.s + u, body)
    else:
        txt = '%s%s%s，%s' % (g.pick(['全年共', '今年以来']), lead, cntN.s + u, body)
    note = ('count %s matches %d listed items' if g.C else 'count says %s but %d items are listed') % (cntN.s, k)
    return dict(core=txt, dom=dom, checks=[{'rel': 'count_items', 'count': cntN.d(), 'items': [x[:2] for x in its]}], note=note)


CIRC = '①②③④⑤⑥⑦⑧'


def _valued_items(g, k):
    """(label, unit, item texts with {} for the number) for itemised lists with values"""
    opts = [
        ('排查整治问题', '个', ['农村人居环境问题{}个', '河湖“四乱”问题{}个', '违规占用耕地问题{}个', '城市管理顽疾{}个', '物业服务问题{}个', '校园周边安全问题{}个']),
        ('化解信访积案', '件', ['征地拆迁类{}件', '劳资纠纷类{}件', '涉法涉诉类{}件', '城乡建设类{}件', '社会保障类{}件', '房产物业类{}件']),
        ('建成便民设施', '处', ['口袋公园{}处', '社区食堂{}处', '公共充电站{}处', '便民驿站{}处', '公共厕所{}处', '健身广场{}处']),
        ('培育新型经营主体', '家', ['家庭农场{}家', '农民合作社{}家', '农业龙头企业{}家', '社会化服务组织{}家', '电商服务站{}家', '休闲农业经营主体{}家']),
    ]
    lab, u, its = g.pick(opts)
    return lab, u, g.sample(its, k)


@style('circled_items_values', 'totals', desc='total first, then ①②③ items each carrying a number')
def s_circled(g):
    k = g.ri(3, 6)
    lab, u, its = _valued_items(g, k)
    tot = g.ri(k * 8, k * 120)
    parts = g.split(tot, k)
    if g.NEG:
        mark = g.pick(['余', '多'])
        t0 = (tot // 10) * 10
        parts = g.split(t0 + g.ri(1, 9), k)
        T = g.N(t0)
        P = [g.N(x) for x in parts]
        lines = ['全年共%s%s%s%s，主要是：' % (lab, T.s, mark, u)] + ['%s%s；' % (CIRC[i], its[i].format(P[i].s)) for i in range(k)]
        lines[-1] = lines[-1][:-1] + '。'
        return dict(core=lines, dom='gov', checks=[cneg('approximate_total', T.s + mark, 'approximate total with %s' % mark, [T] + P, T, P)],
                    note='negative: total %s%s is approximate; listed items add to %d' % (T.s, mark, sum(parts)))
    P, T, chk, note = mk_sum(g, parts, tot, g.N)
    if g.chance(0.5):
        lines = ['全年共%s%s%s，具体为：' % (lab, T.s, u)] + ['%s%s；' % (CIRC[i], its[i].format(P[i].s)) for i in range(k)]
        lines[-1] = lines[-1][:-1] + '。'
    else:
        lines = ['全年共%s%s%s：%s。' % (lab, T.s, u, ''.join('%s%s%s' % (CIRC[i], its[i].format(P[i].s), '；' if i < k - 1 else '') for i in range(k)))]
    return dict(core=lines, dom='gov', checks=[chk], note=note)


@style('paren_numbered_lines', 'totals', desc='(1)(2)(3) lines each with a count; the whole stated before the list, list broken over lines')
def s_paren_lines(g):
    k = g.ri(3, 6)
    opts = [('共办理人大代表建议和政协提案', '件', ['人大代表建议', '政协提案'], None),
            ('共完成各类培训', '人次', None, ['（1）农村实用技术培训{}人次', '（2）创业培训{}人次', '（3）新型职业农民培训{}人次', '（4）电商直播培训{}人次', '（5）安全生产培训{}人次', '（6）退役军人技能培训{}人次']),
            ('共改造提升农村公路', '公里', None, ['（1）县道{}公里', '（2）乡道{}公里', '（3）村道{}公里', '（4）旅游路{}公里', '（5）资源路{}公里', '（6）产业路{}公里']),
            ('共发放各类惠农补贴', '万元', None, ['（1）耕地地力保护补贴{}万元', '（2）农机购置补贴{}万元', '（3）稻谷生产者补贴{}万元', '（4）实际种粮农民一次性补贴{}万元', '（5）生猪调出大县奖励{}万元', '（6）农业保险保费补贴{}万元'])]
    lab, u, _, its = g.pick(opts[1:])
    its = its[:k]
    pl = 2 if u == '万元' else (1 if u == '公里' else 0)
    sc = 10 ** pl
    tot = g.ri(k * 20 * sc, k * 900 * sc)
    parts = g.split(tot, k)
    mk = lambda x: g.N(D(x) / sc, pl)
    if g.NEG:
        # the list numbers are line numbers (1)(2)(3) and a year: nothing adds; totals given for a different scope
        T = mk(tot)
        P = [mk(x) for x in parts[:-1]]
        lines = ['%s%s%s，主要项目：' % (lab, T.s, u)] + [its[i].format(P[i].s) + '；' for i in range(k - 1)] + ['其他项目不再逐一列出。']
        return dict(core=lines, dom='gov', checks=[cneg('partial_list', '其他项目不再逐一列出', 'remaining items not listed', [T] + P, T, P)],
                    note='negative: only the main items are listed (其他项目不再逐一列出); they need not add to %s' % T.s)
    P, T, chk, note = mk_sum(g, parts, tot, mk, unit=sc)
    lines = ['%s%s%s，具体如下：' % (lab, T.s, u)] + [its[i].format(P[i].s) + ('；' if i < k - 1 else '。') for i in range(k)]
    return dict(core=lines, dom='gov', checks=[chk], note=note)


@style('yishi_values_total_first', 'totals', desc='whole first, then 一是…a件；二是…b件 clauses in one paragraph')
def s_yishi_values(g):
    k = g.ri(2, 5)
    opts = [('受理群众诉求', '件', ['一是通过12345热线受理{}件', '二是通过“书记信箱”受理{}件', '三是通过网格员走访收集{}件', '四是通过人民建议征集平台受理{}件', '五是通过现场接访受理{}件']),
            ('化解矛盾纠纷', '起', ['一是村级调委会就地化解{}起', '二是镇级调解中心化解{}起', '三是行业性专业调委会化解{}起', '四是诉调对接化解{}起', '五是律师调解化解{}起']),
            ('招引项目', '个', ['一是以商招商引进{}个', '二是驻点招商引进{}个', '三是基金招商引进{}个', '四是乡贤回归引进{}个', '五是展会洽谈引进{}个'])]
    lab, u, its = g.pick(opts)
    its = its[:k]
    tot = g.ri(k * 5, k * 300)
    parts = g.split(tot, k)
    if g.NEG:
        T = g.N(tot)
        # items are measures taken, the count is about something else
        lines = '全年共%s%s%s。一是完善工作机制，出台制度%s项；二是强化队伍建设，培训骨干%s人次。' % (lab, T.s, u, g.N(g.ri(2, 9)).s, g.N(g.ri(30, 400)).s)
        return dict(core=lines, dom='gov', checks=[cneg('different_wholes', '一是完善工作机制', 'the 一是/二是 items count measures and people, not parts of the whole', [T])],
                    note='negative: items after the whole are measures (制度项, 培训人次), not parts of %s%s' % (T.s, u))
    P, T, chk, note = mk_sum(g, parts, tot, g.N)
    txt = '%s%s%s%s。%s。' % (g.pick(['全年共', '今年以来累计', '共']), lab, T.s, u, '；'.join(its[i].format(P[i].s) for i in range(k)))
    return dict(core=txt, dom='gov', checks=[chk], note=note)


@style('nested_qizhong', 'totals', desc='two levels: 共X，其中A a（其中A1 a1、A2 a2），B b; one of the two sums checked wrong')
def s_nested(g):
    opts = [('立案查处违纪违法案件', '件', ('党纪处分', ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍']), '政务处分'),
            ('新增就业', '人', ('城镇新增就业', ['高校毕业生', '退役军人', '就业困难人员', '农民工']), '农村劳动力转移就业'),
            ('完成固定资产投资项目', '个', ('产业项目', ['工业项目', '农业项目', '服务业项目']), '基础设施项目')]
    lab, u, (a_name, subs), b_name = g.pick(opts)
    k = g.ri(2, min(4, len(subs)))
    subs = g.sample(subs, k)
    a = g.ri(k * 6, k * 200)
    b = g.ri(5, 400)
    sub_vals = g.split(a, k)
    tot = a + b
    if g.NEG:
        # inner 其中 lists attributes (overlapping), outer sums correctly
        attrs = g.sample(['女性', '党员', '35岁以下', '少数民族', '大专以上学历'], 2) if u == '人' else g.sample(['新开工', '省市重点', '续建'], 2)
        av = [g.ri(a // 4, a * 4 // 5) for _ in attrs]
        if sum(av) == a:
            av[0] += 1
        A, B, T = g.N(a), g.N(b), g.N(tot)
        AV = [g.N(x) for x in av]
        txt = '全年%s%s%s，其中%s%s%s（其中%s%s%s、%s%s%s），%s%s%s。' % (lab, T.s, u, a_name, A.s, u, attrs[0], AV[0].s, u, attrs[1], AV[1].s, u, b_name, B.s, u)
        return dict(core=txt, dom='gov', checks=[cs([A, B], T), cneg('overlap', attrs[1], 'inner 其中 lists overlapping attributes', [A] + AV, A, AV)],
                    note='negative: outer sum holds (%s+%s=%s); inner %s/%s are overlapping attributes of %s' % (A.s, B.s, T.s, attrs[0], attrs[1], A.s))
    which = g.pick(['outer', 'inner'])
    if g.I and which == 'outer':
        if g.chance(0.5):
            tot = g.perturb(tot, lo=a + 1)
        else:
            b = g.perturb(b)
    elif g.I:
        i = g.r.randrange(k)
        sub_vals[i] = g.perturb(sub_vals[i])
    A, B, T = g.N(a), g.N(b), g.N(tot)
    S = [g.N(x) for x in sub_vals]
    inner = '、'.join('%s%s%s' % (subs[i], S[i].s, u) for i in range(k))
    txt = '全年%s%s%s，其中%s%s%s（%s%s），%s%s%s。' % (lab, T.s, u, a_name, A.s, u, g.pick(['其中', '含', '']), inner, b_name, B.s, u)
    checks = [cs([A, B], T), cs(S, A)]
    if g.C:
        note = 'outer %s+%s=%s and inner %s=%s both hold' % (A.s, B.s, T.s, '+'.join(x.s for x in S), A.s)
    elif which == 'outer':
        note = 'outer sum wrong: %s+%s=%s, stated %s; inner sum holds' % (A.s, B.s, A.v + B.v, T.s)
    else:
        note = 'inner sum wrong: %s=%s, stated %s; outer sum holds' % ('+'.join(x.s for x in S), sum(x.v for x in S), A.s)
    return dict(core=txt, dom='gov', checks=checks, note=note)


@style('income_expense_balance', 'totals', desc='收入…支出…结余…: a difference, amounts in 万元 with decimals')
def s_income_expense(g):
    who = g.pick(['村集体', '社区', '工会', '老年协会', '镇机关食堂'])
    inc = g.ri(3000, 90000)   # 0.01 万元 units
    exp = g.ri(inc // 3, inc - 1000)
    mk = lambda x: g.N(D(x) / 100, 2)
    if g.NEG:
        I_, E_ = mk(inc), mk(exp)
        bal_prev = mk(g.ri(10000, 900000))
        txt = '%s年%s经营性收入%s万元，支出%s万元；截至年底，账面累计结余%s万元（含历年结转）。' % (g.year, who, I_.s, E_.s, bal_prev.s)
        return dict(core=txt, dom='village', checks=[cneg('different_wholes', '含历年结转', 'the balance includes carry-over from earlier years, not income minus expense', [I_, E_, bal_prev])],
                    note='negative: 累计结余 (含历年结转) is not this year\'s income minus expense')
    A, B, C, chk, note = mk_diff(g, inc, exp, mk, unit=100)
    txt = g.pick(['%s年%s全年收入%s万元，支出%s万元，收支结余%s万元。', '%s年%s实现总收入%s万元，总支出%s万元，当年结余%s万元。']) % (g.year, who, A.s, B.s, C.s)
    return dict(core=txt, dom='village', checks=[chk], note='income - expense = balance: ' + note)


@style('balance_carryover', 'totals', desc='年初结余 + 本年收入 − 本年支出 = 年末结余 (four numbers, one relation)')
def s_balance_carry(g):
    mk = lambda x: g.N(D(x) / 100, 2)
    b0 = g.ri(1000, 300000)
    inc = g.ri(10000, 900000)
    exp = g.ri(inc // 2, inc + b0 - 100)
    b1 = b0 + inc - exp
    if g.I:
        w = g.pick(['b0', 'inc', 'exp', 'b1', 'b1'])
        if w == 'b0':
            b0 = g.perturb(b0, unit=100)
        elif w == 'inc':
            inc = g.perturb(inc, unit=100)
        elif w == 'exp':
            exp = g.perturb(exp, unit=100)
        else:
            b1 = g.perturb(b1, unit=100)
    B0, IN, EX, B1 = mk(b0), mk(inc), mk(exp), mk(b1)
    fund = g.pick(['住房公积金增值收益', '残疾人就业保障金', '工会经费', '村级公益事业专项资金', '社会救助资金专户'])
    if g.NEG:
        txt = '%s年初结余%s万元，本年收入%s万元，本年支出%s万元，另有待结算款项，年末账面结余以审计确认数为准。' % (fund, B0.s, IN.s, EX.s)
        return dict(core=txt, dom='budget', checks=[cneg('unstated', '以审计确认数为准', 'year-end balance not stated', [B0, IN, EX])],
                    note='negative: the year-end balance is not given (以审计确认数为准), nothing to recompute')
    chk = cs([(1, B0), (1, IN), (-1, EX)], B1, rel='balance')
    txt = g.pick(['%s年初结余%s万元，本年收入%s万元，本年支出%s万元，年末结余%s万元。',
                  '%s：上年结转%s万元，当年收入%s万元，当年支出%s万元，结转下年%s万元。']) % (fund, B0.s, IN.s, EX.s, B1.s)
    note = '%s + %s - %s = %s' % (B0.s, IN.s, EX.s, dstr(B0.v + IN.v - EX.v))
    note = ('balance holds: ' + note) if g.C else ('balance fails: %s, stated %s' % (note, B1.s))
    return dict(core=txt, dom='budget', checks=[chk], note=note)


CHANGE_TOPICS = [('全县登记注册的家庭农场', '家'), ('社区专职网格员', '人'), ('城区公共停车泊位', '个'), ('A级旅游景区', '家'),
                 ('规模以上工业企业', '家'), ('养老机构床位', '张'), ('公共充电桩', '个'), ('村级卫生室', '个'), ('省级以上“专精特新”企业', '家'),
                 ('全市在册志愿者', '人'), ('农村集体经济收入超50万元的村', '个')]


def _change(g, up=True):
    topic, u = g.pick(CHANGE_TOPICS)
    old = g.ri(20, 3000)
    new = old + (g.ri(max(1, old // 20), old) if up else -g.ri(max(1, old // 20), old * 2 // 3))
    return topic, u, old, new


@style('change_increase_from_to', 'totals', desc='由a增加到b，增加c (change between two stated values)')
def s_change_up(g):
    topic, u, old, new = _change(g, True)
    if g.NEG:
        O, Nn = g.N(old), g.N(new)
        pct = D(g.ri(15, 90))
        txt = '%s由%d年的%s%s增加到%s%s，增量居全市第%s位。' % (topic, g.year - 3, O.s, u, Nn.s, u, cn_int(g.ri(2, 6)))
        return dict(core=txt, dom='gov', checks=[cneg('rank', '居全市第', 'a rank, not a quantity', [O, Nn])],
                    note='negative: only the two values and a rank (居全市第N位) are given; no stated change to check')
    A, B, C, chk, note = mk_diff(g, new, old, g.N)
    chk['rel'] = 'change'
    txt = g.pick(['%s由%s%s增加到%s%s，增加%s%s', '%s从%s%s增至%s%s，净增%s%s', '%s由上年末的%s%s增长到%s%s，新增%s%s']) % (topic, B.s, u, A.s, u, C.s, u)
    return dict(core=txt, dom='gov', checks=[chk], note='change new - old: ' + note)


@style('change_decrease_from_to', 'totals', desc='由a减少到b，减少c / 下降到…，压减…')
def s_change_down(g):
    topics = [('全县在库重复信访事项', '件'), ('道路交通事故死亡人数', '人'), ('农村低保对象', '户'), ('城区黑臭水体', '条'), ('市级以上挂牌督办隐患', '处'),
              ('机关事业单位公务用车', '辆'), ('涉企行政检查事项', '项'), ('存量执行案件', '件')]
    topic, u = g.pick(topics)
    old = g.ri(30, 4000)
    new = old - g.ri(max(1, old // 20), old * 2 // 3)
    if g.NEG:
        O = g.N(old)
        g.ri(10, 60)   # keeps the random stream of earlier versions
        txt = '%s较%d年的%s%s明显下降，连续%s年保持下降态势。' % (topic, g.year - 1, O.s, u, cn_count(g.ri(2, 5)))
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '明显下降', 'only the old value is given', [O])],
                    note='negative: only the earlier value is given (明显下降, 连续N年), no change to recompute')
    A, B, C, chk, note = mk_diff(g, old, new, g.N)
    chk['rel'] = 'change'
    txt = g.pick(['%s由%s%s减少到%s%s，减少%s%s', '%s从%s%s下降到%s%s，压减%s%s', '%s由年初的%s%s降至年末的%s%s，净减少%s%s']) % (topic, A.s, u, B.s, u, C.s, u)
    return dict(core=txt, dom='gov', checks=[chk], note='change old - new: ' + note)


@style('change_yoy_absolute', 'totals', desc='今年a，去年同期b，同比增加/减少c (absolute change, may be a decrease)')
def s_change_yoy(g):
    topics = [('受理消费者投诉', '件'), ('办理不动产登记', '笔'), ('发生火灾', '起'), ('接待来访群众', '批次'), ('立案侦查经济犯罪案件', '起'),
              ('新增城镇就业', '人'), ('办理出入境证件', '本'), ('受理劳动争议案件', '件')]
    topic, u = g.pick(topics)
    old = g.ri(40, 9000)
    new = max(5, old + g.pick([-1, 1]) * g.ri(1, old // 2))
    if new == old:
        new += 3
    up = new > old
    if g.NEG:
        A = g.N(new)
        txt = '全年%s%s%s，同比%s，其中%s月份%s最为集中。' % (topic, A.s, u, '有所增加' if up else '有所减少', cn_int(g.ri(3, 11)), '投诉' if '投诉' in topic else '业务量')
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '同比', 'no base value and no change amount', [A])],
                    note='negative: 同比有所增减 without numbers; a month name is not a quantity')
    if up:
        A, B, C, chk, note = mk_diff(g, new, old, g.N)
        verb = g.pick(['同比增加', '比上年多', '较上年同期增加'])
        txt = '全年%s%s%s，上年同期%s%s，%s%s%s。' % (topic, A.s, u, B.s, u, verb, C.s, u)
    else:
        B_, A_ = new, old
        A, B, C, chk, note = mk_diff(g, old, new, g.N)
        verb = g.pick(['同比减少', '比上年少', '较上年同期下降'])
        txt = '全年%s%s%s，上年同期%s%s，%s%s%s。' % (topic, B.s, u, A.s, u, verb, C.s, u)
    chk['rel'] = 'change'
    return dict(core=txt, dom='gov', checks=[chk], note='absolute year-on-year change: ' + note)


@style('plan_actual_excess', 'totals', desc='计划/目标a，实际完成b，超额完成c (difference)')
def s_plan_actual(g):
    topics = [('新增城镇就业', '人'), ('农村危房改造', '户'), ('植树造林', '亩'), ('新建农村公路', '公里'), ('招商引资到位资金', '万元'), ('新增市场主体', '户')]
    topic, u = g.pick(topics)
    pl = 1 if u == '公里' else 0
    sc = 10 ** pl
    plan = g.ri(50 * sc, 20000 * sc)
    act = plan + g.ri(1, max(2, plan // 4))
    mk = lambda x: g.N(D(x) / sc, pl)
    if g.NEG:
        P_, A_ = mk(plan), mk(act)
        txt = '%s年度任务%s%s，实际完成%s%s，超额完成年度任务，提前%s个月完成全年目标。' % (topic, P_.s, u, A_.s, u, cn_count(g.ri(1, 3)))
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '超额完成年度任务', 'the excess is not quantified', [P_, A_])],
                    note='negative: 超额完成 without an amount; months ahead of schedule is not a quantity of the task')
    A, B, C, chk, note = mk_diff(g, act, plan, mk)
    txt = g.pick(['%s计划%s%s，实际完成%s%s，超额完成%s%s。', '%s目标任务%s%s，全年完成%s%s，超出目标%s%s。']) % (topic, B.s, u, A.s, u, C.s, u)
    return dict(core=txt, dom='gov', checks=[chk], note='actual - plan = excess: ' + note)


@style('remain_after_rectify', 'totals', desc='发现N处，已整改M处，剩余K处正在整改 (difference)')
def s_remain(g):
    topics = [('发现问题隐患', '处'), ('梳理问题清单', '条'), ('交办整改事项', '项'), ('排查出违建', '宗'), ('巡察反馈问题', '个')]
    topic, u = g.pick(topics)
    n = g.ri(20, 3000)
    m = g.ri(n // 2, n - 1)
    if g.NEG:
        Nn, M = g.N(n), g.N(m)
        txt = '%s%s%s，已整改%s%s，其余的已制定整改方案，%s月底前全部销号。' % (topic, Nn.s, u, M.s, u, cn_int(g.ri(3, 12)))
        return dict(core=txt, dom='safety', checks=[cneg('unstated', '其余的已制定整改方案', 'the remainder is not stated', [Nn, M])],
                    note='negative: remainder not quantified (其余的…), a deadline month is not a count')
    A, B, C, chk, note = mk_diff(g, n, m, g.N)
    txt = g.pick(['%s%s%s，已整改%s%s，剩余%s%s正在按时序推进整改。', '%s%s%s，已完成整改%s%s，尚有%s%s未完成整改。',
                  '%s%s%s，其中已整改销号%s%s，未整改%s%s。']) % (topic, A.s, u, B.s, u, C.s, u)
    return dict(core=txt, dom='safety', checks=[chk], note='found - fixed = remaining: ' + note)


@style('stock_flow_period', 'totals', desc='期初a + 新增b − 注销/退出c = 期末d')
def s_stock_flow(g):
    topics = [('全区实有市场主体', '户', '新登记', '注销'), ('在册低保对象', '户', '新纳入', '退出'), ('在校学生', '人', '转入', '转出'),
              ('登记在册社会组织', '家', '新成立', '注销'), ('全县网格员', '人', '新招录', '离职')]
    topic, u, inw, outw = g.pick(topics)
    a = g.ri(200, 60000)
    b = g.ri(a // 30 + 1, a // 4 + 2)
    c = g.ri(1, a // 5 + 1)
    d = a + b - c
    if g.I:
        w = g.pick(['a', 'b', 'c', 'd', 'd'])
        if w == 'a':
            a = g.perturb(a)
        elif w == 'b':
            b = g.perturb(b)
        elif w == 'c':
            c = g.perturb(c)
        else:
            d = g.perturb(d)
    A, B, C, Dd = g.N(a), g.N(b), g.N(c), g.N(d)
    if g.NEG:
        txt = '截至年底，%s%s%s，全年%s%s%s、%s%s%s（含跨年度办理）。' % (topic, Dd.s, u, inw, B.s, u, outw, C.s, u)
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '含跨年度办理', 'no opening stock given', [Dd, B, C])],
                    note='negative: no opening figure, so the flow cannot be reconciled')
    chk = cs([(1, A), (1, B), (-1, C)], Dd, rel='balance')
    txt = g.pick(['年初%s%s%s，全年%s%s%s，%s%s%s，年末%s%s%s。', '%s：年初%s%s，本年%s%s%s、%s%s%s，年末达到%s%s。'])
    if txt.startswith('年初'):
        txt = txt % (topic, A.s, u, inw, B.s, u, outw, C.s, u, topic, Dd.s, u)
    else:
        txt = txt % (topic, A.s, u, inw, B.s, u, outw, C.s, u, Dd.s, u)
    calc = dstr(A.v + B.v - C.v)
    note = ('%s + %s - %s = %s' % (A.s, B.s, C.s, Dd.s)) if g.C else ('%s + %s - %s = %s, stated %s' % (A.s, B.s, C.s, calc, Dd.s))
    return dict(core=txt, dom='gov', checks=[chk], note='stock and flow: ' + note)


@style('quarterly_sum', 'totals', desc='一季度…二季度…三季度…四季度…, 全年X (parts named by quarter)')
def s_quarterly(g):
    topic, u = g.pick([('接待游客', '万人次'), ('完成工业用电量', '万千瓦时'), ('办理行政审批事项', '件'), ('实现旅游收入', '亿元'), ('发放创业担保贷款', '万元')])
    pl = 2 if u in ('亿元',) else (1 if u.startswith('万') else 0)
    sc = 10 ** pl
    qs = [g.ri(100 * sc, 9000 * sc) for _ in range(4)]
    tot = sum(qs)
    mk = lambda x: g.N(D(x) / sc, pl)
    if g.NEG:
        Q = [mk(x) for x in qs[:3]]
        T = mk(tot + g.ri(1, 5000) * sc)
        txt = '一季度%s%s%s，二季度%s%s，三季度%s%s；全年预计%s%s左右。' % (topic, Q[0].s, u, Q[1].s, u, Q[2].s, u, T.s, u)
        return dict(core=txt, dom='gov', checks=[cneg('approximate_total', '预计', 'a forecast for the year, fourth quarter not given', [T] + Q, T, Q)],
                    note='negative: full-year figure is a forecast (预计…左右) and Q4 is missing')
    P, T, chk, note = mk_sum(g, qs, tot, mk, unit=sc)
    txt = g.pick(['全年%s%s%s，其中一季度%s%s、二季度%s%s、三季度%s%s、四季度%s%s。', '%s分季度看：一季度%s、二季度%s、三季度%s、四季度%s%s，全年合计%s%s。'])
    if txt.startswith('全年'):
        txt = txt % (topic, T.s, u, P[0].s, u, P[1].s, u, P[2].s, u, P[3].s, u)
    else:
        txt = txt % (topic, P[0].s, P[1].s, P[2].s, P[3].s, u, T.s, u)
    return dict(core=txt, dom='gov', checks=[chk], note='quarters add to the year: ' + note)


@style('monthly_lines_sum', 'totals', desc='one line per month (several lines), last line the cumulative total')
def s_monthly(g):
    k = g.ri(3, 6)
    start = g.ri(1, 12 - k + 1)
    topic, u = g.pick([('新增参保', '人'), ('办结工单', '件'), ('检测样品', '批次'), ('发放临时救助', '人次')])
    vals = [g.ri(30, 2500) for _ in range(k)]
    tot = sum(vals)
    if g.NEG:
        V = [g.N(x) for x in vals]
        lines = ['%s情况（单位：%s）：' % (topic, u)] + ['%d月：%s' % (start + i, V[i].s) for i in range(k)] + ['以上为当月新增数，累计数以系统导出为准。']
        return dict(core=lines, dom='gov', checks=[cneg('unstated', '累计数以系统导出为准', 'no total given', V)],
                    note='negative: monthly values without a stated total; month numbers are not quantities')
    P, T, chk, note = mk_sum(g, vals, tot, g.N)
    lines = ['%s年%d—%d月%s情况（单位：%s）：' % (g.year, start, start + k - 1, topic, u)] + ['%d月　%s' % (start + i, P[i].s) for i in range(k)] + ['累计　%s' % T.s]
    return dict(core=lines, dom='gov', checks=[chk], note='months add to the cumulative line: ' + note, table=True)


def towns(g, k, suf=None):
    out = []
    while len(out) < k:
        t = g.pick(P1) + g.pick(P2) + (suf or g.pick(['镇', '乡', '街道', '镇']))
        if t not in out:
            out.append(t)
    return out


@style('township_long_list', 'totals', desc='county total first, then 6-10 townships with numbers, the list broken over several lines')
def s_township(g):
    k = g.ri(6, 10)
    ts = towns(g, k)
    topic, u = g.pick([('完成农村户厕改造', '户'), ('新增高标准农田', '亩'), ('落实耕地地力保护补贴面积', '亩'), ('发展新型农业经营主体', '家'), ('排查房屋', '栋')])
    tot = g.ri(k * 30, k * 3000)
    parts = g.split(tot, k)
    if g.NEG:
        mark = g.pick(['约', '近'])
        t0 = (tot // 100) * 100 + 100
        T = g.N(t0)
        P = [g.N(x) for x in parts]
        cut = g.ri(2, k - 2)
        lines = ['全县共%s%s%s%s，各乡镇分别为：%s、' % (topic, mark, T.s, u, '、'.join('%s%s%s' % (ts[i], P[i].s, u) for i in range(cut))),
                 '、'.join('%s%s%s' % (ts[i], P[i].s, u) for i in range(cut, k)) + '。']
        return dict(core=lines, dom='gov', checks=[cneg('approximate_total', mark + T.s, 'county figure approximate', [T] + P, T, P)],
                    note='negative: county figure %s%s is approximate; township figures add to %d' % (mark, T.s, tot))
    P, T, chk, note = mk_sum(g, parts, tot, g.N)
    items = ['%s%s%s' % (ts[i], P[i].s, u) for i in range(k)]
    cut1 = g.ri(2, k // 2)
    cut2 = g.ri(cut1 + 1, k - 1)
    lines = ['全县共%s%s%s。其中：%s、' % (topic, T.s, u, '、'.join(items[:cut1])), '、'.join(items[cut1:cut2]) + '、', '、'.join(items[cut2:]) + '。']
    return dict(core=lines, dom='gov', checks=[chk], note='%d townships add to the county figure: %s' % (k, note))


def mk_rounded_sum(g, exact, places, mag, total_share=0.4):
    """exact: Decimal values in 万 or 元 base; displayed rounded to `places` in magnitude `mag`.
    -> P, T, chk(rounded), note"""
    m = D(MAG[mag]) if mag else D(1)
    unit = D(10) ** (-places)
    disp = [rhu(x / m, places) for x in exact]
    tot = rhu(sum(exact) / m, places)
    desc = ''
    if g.I:
        k = len(disp)
        step = unit * g.ri(max(8, 2 * k + 4), 400)
        if g.chance(0.25):
            step = unit * 10 ** g.ri(1, 2) * g.ri(1, 9)
        sign = g.pick([-1, 1])
        if g.chance(total_share):
            tot = tot + sign * step if tot - step > max(disp) else tot + step
        else:
            i = g.r.randrange(k)
            disp[i] = disp[i] + sign * step if disp[i] - step > 0 else disp[i] + step
    P = [Num(g.F.n(x, places) + mag, x * m) for x in disp]
    T = Num(g.F.n(tot, places) + mag, tot * m)
    chk = cs(P, T, rounded=True)
    ssum = sum(disp)
    if g.I:
        note = 'parts add to %s%s, stated whole %s: off by more than rounding' % (dstr(ssum), mag, T.s)
    elif ssum == tot:
        note = '%s = %s' % (' + '.join(p.s for p in P), T.s)
    else:
        note = 'parts add to %s%s vs whole %s: difference %s is within the rounding of %d figures to %d decimals' % (
            dstr(ssum), mag, T.s, dstr(abs(ssum - tot)), len(P) + 1, places)
    return P, T, chk, note


@style('population_gender', 'totals', desc='户籍人口N人，其中男a人、女b人 (two-part split, sometimes 常住/户籍 trap)')
def s_population(g):
    n = g.ri(3000, 900000)
    m = n // 2 + g.ri(-n // 30, n // 30)
    F = g.F if g.chance(0.6) else Fmt('comma')
    mk = lambda x: g.N(x, F=F)
    if g.NEG:
        hj, cz = mk(n), mk(n + g.ri(-n // 5, n // 5))
        M = mk(m)
        txt = '%s年末%s户籍人口%s人，常住人口%s人，其中城镇常住人口%s人。' % (g.year, g.place, hj.s, cz.s, M.s)
        return dict(core=txt, dom='gov', checks=[cneg('different_wholes', '常住人口', 'two different wholes (户籍 vs 常住); urban share is one part only', [hj, cz, M])],
                    note='negative: 户籍 and 常住 populations are different wholes; only one part (城镇常住) is given')
    P, T, chk, note = mk_sum(g, [m, n - m], n, mk)
    if g.chance(0.5):
        txt = '%s年末%s户籍总人口%s人，其中男性%s人，女性%s人。' % (g.year, g.place, T.s, P[0].s, P[1].s)
    else:
        txt = '%s年末，全%s户籍人口%s人，其中男%s人、女%s人。' % (g.year, whole_word(g.place), T.s, P[0].s, P[1].s)
    return dict(core=txt, dom='gov', checks=[chk], note='men + women = population: ' + note)


@style('natural_change_births', 'totals', desc='出生a人，死亡b人，自然增长c人 (difference, may be negative growth)')
def s_natural(g):
    b = g.ri(300, 20000)
    d = g.ri(300, 20000)
    if b == d:
        d += 7
    if g.NEG:
        B = g.N(b)
        rate = g.N(D(g.ri(-30, 60)) / 10, 1)
        txt = '全年出生人口%s人，人口出生率%s‰，人口自然增长率%s‰。' % (B.s, g.N(D(g.ri(40, 120)) / 10, 1).s, rate.s)
        return dict(core=txt, dom='gov', checks=[cneg('permille', '‰', 'per-mille rates over an unstated average population', [B])],
                    note='negative: ‰ rates relative to an unstated average population, not checkable')
    if b > d:
        A, Bn, C, chk, note = mk_diff(g, b, d, g.N)
        txt = '全年出生人口%s人，死亡人口%s人，人口自然增长%s人。' % (A.s, Bn.s, C.s)
    else:
        A, Bn, C, chk, note = mk_diff(g, d, b, g.N)
        txt = '全年出生人口%s人，死亡人口%s人，自然增长人数为%s%s人。' % (Bn.s, A.s, g.pick(['负', '-']), C.s)
        if '负' in txt:
            pass
    chk['rel'] = 'difference'
    return dict(core=txt, dom='gov', checks=[chk], note='births - deaths: ' + note)


@style('migration_net', 'totals', desc='迁入a人、迁出b人，净迁入/净迁出c人')
def s_migration(g):
    a = g.ri(200, 30000)
    b = g.ri(200, 30000)
    if a == b:
        b += 11
    if g.NEG:
        A = g.N(a)
        txt = '全年办理户口迁入%s人，主要为%s。' % (A.s, g.pick(['投靠亲属和购房落户', '人才引进和大中专学生入学', '随迁子女和人才落户']))
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '主要为', 'only one flow is given', [A])],
                    note='negative: only in-migration is given, no net figure to check')
    hi, lo = max(a, b), min(a, b)
    A, B, C, chk, note = mk_diff(g, hi, lo, g.N)
    if a > b:
        txt = '全年户籍迁入%s人，迁出%s人，净迁入%s人。' % (A.s, B.s, C.s)
    else:
        txt = '全年户籍迁入%s人，迁出%s人，净迁出%s人。' % (B.s, A.s, C.s)
    return dict(core=txt, dom='gov', checks=[chk], note='in/out migration: ' + note)


@style('election_ballots_valid_invalid', 'totals', desc='村委会选举: 发出选票N张，收回R张，其中有效票V张、无效票I张 (V+I=R)')
def s_ballots(g):
    reg = g.ri(800, 6000)
    voted = reg - g.ri(reg // 50, reg // 6)
    issued = voted
    ret = issued - g.ri(0, 5)
    inv = g.ri(0, max(3, ret // 40))
    val = ret - inv
    if g.NEG:
        R, V = g.N(ret), g.N(val)
        txt = '本次选举共发出选票%s张，收回%s张，收回选票数少于发出选票数，选举有效；经计票，%s同志以过半数票当选村民委员会主任。' % (g.N(issued).s, R.s, person(g.r))
        return dict(core=txt, dom='election', checks=[cneg('inequality_only', '少于发出选票数', 'only an inequality, plus 过半数 without counts', [R])],
                    note='negative: only the legal inequality 收回≤发出 and 过半数 are stated; no sum')
    I_ = issued
    P, T, chk, note = mk_sum(g, [val, inv], ret, g.N)
    # keep the legal order 收回 <= 发出 <= 登记选民 so that only the sum is wrong
    issued = max(issued, int(T.v), int(sum(p.v for p in P)))
    reg = max(reg, issued + g.ri(5, 60))
    txt = '本次选举登记选民%s人，共发出选票%s张，收回选票%s张，其中有效票%s张，无效票%s张。' % (g.N(reg).s, g.N(issued).s, T.s, P[0].s, P[1].s)
    return dict(core=txt, dom='election', checks=[chk], note='valid + invalid = returned ballots: ' + note)


@style('election_candidate_votes', 'totals', desc='单一职位选举: 有效票V张，各候选人得票、另选他人、弃权票之和等于V')
def s_cand_votes(g):
    val = g.ri(600, 5000)
    k = g.ri(2, 3)
    names = [person(g.r) for _ in range(k)]
    votes = g.split(val - g.ri(5, val // 20), k, spread=2)
    other = g.ri(0, 40)
    abst = val - sum(votes) - other
    if g.NEG:
        V = g.N(val)
        C = [g.N(x) for x in votes]
        txt = '村民委员会委员选举（应选%s名，每张选票最多可选%s人），有效票%s张，%s得%s票，%s得%s票，%s得%s票。' % (
            '三', '三', V.s, names[0], C[0].s, names[1 % k], C[1].s, person(g.r), g.N(g.ri(val // 3, val)).s)
        return dict(core=txt, dom='election', checks=[cneg('multi_choice', '每张选票最多可选', 'multi-seat election: each ballot carries several votes', [V])],
                    note='negative: 应选三名 with up to three choices per ballot, candidate votes need not add to valid ballots')
    parts = votes + [other, abst]
    P, T, chk, note = mk_sum(g, parts, val, g.N, total_share=0.3)
    cand = '，'.join('%s得%s票' % (names[i], P[i].s) for i in range(k))
    txt = '村民委员会主任选举收回有效票%s张，其中%s，另选他人%s票，弃权%s票。' % (T.s, cand, P[k].s, P[k + 1].s)
    return dict(core=txt, dom='election', checks=[chk], note='single-seat vote: candidates + others + abstentions = valid ballots: ' + note)


@style('election_two_wholes_votes', 'totals', desc='所投票数 and 有效票 in one sentence; candidate votes must add to 有效票, not 所投票数')
def s_two_wholes(g):
    total = g.ri(400, 4000)
    inv = g.ri(3, max(4, total // 30))
    val = total - inv
    k = g.ri(2, 3)
    names = [person(g.r) for _ in range(k)]
    votes = g.split(val, k, spread=2)
    if g.I:
        # parts add to 所投票数 instead of 有效票
        votes[0] += inv
    Tt, V = g.N(total), g.N(val)
    C = [g.N(x) for x in votes]
    if g.NEG:
        txt = '本次大会应到代表%s名，实到%s名，所投票数%s张，其中有效票%s张；%s获得过半数赞成票当选。' % (
            g.N(total + g.ri(5, 40)).s, Tt.s, Tt.s, V.s, names[0])
        return dict(core=txt, dom='election', checks=[cneg('single_part', '其中有效票', 'only the valid part of the ballots is given', [Tt, V])],
                    note='negative: only 有效票 is given as a part of 所投票数; 过半数 without counts')
    chk = cs(C, V)
    txt = '社区居民委员会主任选举，所投票数%s张，有效票%s张，%s。' % (Tt.s, V.s, '，'.join('%s得%s票' % (names[i], C[i].s) for i in range(k)))
    if g.C:
        note = 'candidate votes %s add to 有效票 %s (所投票数 %s includes invalid ballots)' % ('+'.join(c.s for c in C), V.s, Tt.s)
    else:
        note = 'candidate votes add to %s = 所投票数, not to 有效票 %s' % (dstr(sum(c.v for c in C)), V.s)
    return dict(core=txt, dom='election', checks=[chk], note=note)


@style('election_turnout_counts', 'totals', desc='参加投票M人，其中中心会场a、投票站b、流动票箱c (parts of turnout)')
def s_turnout(g):
    m = g.ri(600, 6000)
    parts = g.split(m, 3)
    reg = m + g.ri(m // 30, m // 5)
    if g.NEG:
        R, M = g.N(reg), g.N(m)
        txt = '全村登记选民%s人，实际参加投票%s人，其中委托投票%s人，参选率达到法定要求。' % (R.s, M.s, g.N(g.ri(20, m // 5)).s)
        return dict(core=txt, dom='election', checks=[cneg('single_part', '其中委托投票', 'one part only; 参选率 without a figure', [R, M])],
                    note='negative: a single part (委托投票) of the turnout; no rate given')
    P, T, chk, note = mk_sum(g, parts, m, g.N)
    reg = max(reg, int(T.v) + g.ri(20, 200), int(sum(p.v for p in P)) + g.ri(20, 200))
    txt = '登记选民%s人，参加投票%s人，其中在中心会场投票%s人、在投票站投票%s人、通过流动票箱投票%s人。' % (g.N(reg).s, T.s, P[0].s, P[1].s, P[2].s)
    return dict(core=txt, dom='election', checks=[chk], note='turnout by voting place: ' + note)


@style('village_committee_members', 'totals', desc='选出村委会成员N名：主任、副主任、委员 (small counts, Chinese numerals)')
def s_vc_members(g):
    vice = g.ri(0, 2)
    mem = g.ri(2, 5)
    n = 1 + vice + mem
    F = Fmt('cn') if g.chance(0.6) else g.F
    mk = lambda x: g.N(x, F=F)
    if g.NEG:
        T = mk(n)
        txt = '新一届村民委员会成员%s名，其中妇女成员%s名、党员%s名、%s岁以下%s名。' % (T.s, mk(g.ri(1, 2)).s, mk(g.ri(2, n)).s, mk(35).s, mk(g.ri(1, n)).s)
        return dict(core=txt, dom='election', checks=[cneg('overlap', '妇女成员', 'overlapping attributes of the members', [T])],
                    note='negative: 妇女/党员/35岁以下 overlap; they are not parts of %s' % T.s)
    if vice:
        P, T, chk, note = mk_sum(g, [1, vice, mem], n, mk, total_share=0.6)
        txt = '选举产生新一届村民委员会成员%s名，其中主任%s名、副主任%s名、委员%s名。' % (T.s, P[0].s, P[1].s, P[2].s)
    else:
        P, T, chk, note = mk_sum(g, [1, mem], n, mk, total_share=0.6)
        txt = '选举产生新一届村民委员会成员%s名：主任%s名，委员%s名。' % (T.s, P[0].s, P[1].s)
    return dict(core=txt, dom='election', checks=[chk], note='committee members: ' + note)


@style('medal_table_team_totals', 'totals', desc='medal table: team rows with 金/银/铜/合计; each row total checked, plus 金牌总数 in a sentence')
def s_medal_table(g):
    k = g.ri(3, 4 if g.NEG else 5)
    teams = towns(g, k, suf=g.pick(['代表团', '代表队']))
    rows = []
    for i in range(k):
        gld = g.ri(0, 25)
        rows.append([gld, g.ri(0, 25), g.ri(0, 25)])
    tots = [sum(r) for r in rows]
    gold_total = sum(r[0] for r in rows)
    what = None
    if g.I:
        what = g.pick(['row', 'row', 'gold'])
        if what == 'row':
            i = g.r.randrange(k)
            tots[i] = g.perturb(tots[i], lo=0)
        else:
            gold_total = g.perturb(gold_total)
    lines = ['| 代表团 | 金牌 | 银牌 | 铜牌 | 合计 |', '| --- | --- | --- | --- | --- |']
    checks = []
    G_ = []
    for i in range(k):
        R = [g.N(x) for x in rows[i]]
        Tn = g.N(tots[i])
        G_.append(R[0])
        lines.append('| %s | %s | %s | %s | %s |' % (teams[i], R[0].s, R[1].s, R[2].s, Tn.s))
        checks.append(cs(R, Tn))
    GT = g.N(gold_total)
    if g.NEG:
        lines = lines[:2 + k]
        lines.insert(0, '奖牌榜（前%s名，按金牌数排序）：' % cn_int(k))
        lines.append('本届运动会共产生金牌%s枚（含未进入前%s名的代表团）。' % (g.N(gold_total + g.ri(3, 30)).s, cn_int(k)))
        checks.append(cneg('total_includes_other', '含未进入前', 'gold total covers teams not in the table', [], None, None))
        return dict(core=lines, dom='sports', checks=checks, table=True,
                    note='negative: row totals hold; the gold total covers teams outside the top-%d table' % k)
    lines.append('本届运动会%s个代表团共获得金牌%s枚。' % (cn_count(k), GT.s))
    checks.append(cs(G_, GT))
    if g.C:
        note = 'every row 金+银+铜=合计 and gold column adds to %s' % GT.s
    elif what == 'row':
        note = 'one team row total is wrong; gold column sum holds'
    else:
        note = 'gold column adds to %s, sentence says %s; rows hold' % (dstr(sum(x.v for x in G_)), GT.s)
    return dict(core=lines, dom='sports', checks=checks, note=note, table=True)


@style('medal_sentence_total', 'totals', desc='共获金牌a枚、银牌b枚、铜牌c枚，奖牌总数N枚 (with rank and record look-alikes in context)')
def s_medal_sentence(g):
    team = g.place + '代表团'
    m = [g.ri(1, 40), g.ri(1, 40), g.ri(1, 40)]
    rank = cn_int(g.ri(1, 8))
    if g.NEG:
        Gd = g.N(m[0])
        txt = '%s获得金牌%s枚，金牌数位列第%s，并%s次打破赛会纪录，其中男子100米以%s秒的成绩刷新保持了%s年的纪录。' % (
            team, Gd.s, rank, cn_count(g.ri(2, 6)), fmt_num(D(g.ri(1020, 1120)) / 100, 2), cn_int(g.ri(5, 20)))
        return dict(core=txt, dom='sports', checks=[cneg('rank', '位列第', 'ranks, record times and years are not quantities to add', [Gd])],
                    note='negative: ranks, a race time and years; no sum')
    P, T, chk, note = mk_sum(g, m, sum(m), g.N)
    txt = g.pick(['%s共获得金牌%s枚、银牌%s枚、铜牌%s枚，奖牌总数%s枚，列奖牌榜第%s位。', '%s摘得金牌%s枚、银牌%s枚、铜牌%s枚，合计%s枚奖牌，团体总分列第%s。'])
    txt = txt % (team, P[0].s, P[1].s, P[2].s, T.s, rank)
    return dict(core=txt, dom='sports', checks=[chk], note='gold + silver + bronze: ' + note)


@style('athletes_gender', 'totals', desc='参赛运动员N名，其中男a名、女b名; officials given separately')
def s_athletes(g):
    n = g.ri(200, 4000)
    m = g.ri(n * 2 // 5, n * 3 // 5)
    if g.NEG:
        Nn = g.N(n)
        txt = '本届运动会共有%s个代表团的%s名运动员参赛，设%s个大项、%s个小项。' % (cn_int(g.ri(8, 20)), Nn.s, g.N(g.ri(10, 30)).s, g.N(g.ri(100, 400)).s)
        return dict(core=txt, dom='sports', checks=[cneg('different_wholes', '个小项', 'event counts, not parts of the athletes', [Nn])],
                    note='negative: event counts (大项/小项) are not parts of the athletes')
    P, T, chk, note = mk_sum(g, [m, n - m], n, g.N)
    off = g.N(g.ri(50, 400))
    txt = '参赛运动员%s名，其中男子%s名、女子%s名；另有教练员、领队等随队官员%s名。' % (T.s, P[0].s, P[1].s, off.s)
    return dict(core=txt, dom='sports', checks=[chk], note='athletes by sex (officials separate): ' + note)


@style('graduates_destination', 'totals', desc='毕业生N人：升学、协议就业、灵活就业、自主创业、待就业 (university)')
def s_grads(g):
    n = g.ri(800, 9000)
    cats = ['升学', '签订就业协议和劳动合同', '灵活就业', '自主创业', '应征入伍', '待就业']
    k = g.ri(4, 6)
    cats = cats[:k - 1] + ['待就业']
    parts = g.split(n, k, spread=1.5)
    if g.NEG:
        Nn = g.N(n)
        a = g.N(g.ri(n // 10, n // 3))
        b = g.N(g.ri(n // 10, n // 2))
        txt = '%s届本科毕业生%s人，其中考取研究生%s人；赴%s就业%s人，到基层就业的占比较上年有所提高。' % (g.year, Nn.s, a.s, g.pick(['长三角', '珠三角', '本省']), b.s)
        return dict(core=txt, dom='univ', checks=[cneg('overlap', '就业', 'region of employment and further study are not a partition', [Nn, a, b])],
                    note='negative: study and regional employment figures are not a partition of the graduates')
    mk = g.N
    P, T, chk, note = mk_sum(g, parts, n, mk)
    txt = '%s届毕业生共%s人，其中%s。' % (g.year, T.s, '、'.join('%s%s人' % (cats[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='univ', checks=[chk], note='graduate destinations: ' + note)


@style('students_by_level', 'totals', desc='在校生N人：本科、硕士、博士 (thousands separators; 留学生 overlap trap)')
def s_students(g):
    F = Fmt(g.pick(['comma', 'ascii', 'comma']))
    mk = lambda x: g.N(x, F=F)
    ug = g.ri(8000, 40000)
    ms = g.ri(1000, 12000)
    phd = g.ri(0, 3000)
    parts = [ug, ms] + ([phd] if phd > 100 else [])
    n = sum(parts)
    if g.NEG:
        T = mk(n)
        intl = mk(g.ri(50, 900))
        P = [mk(x) for x in parts]
        txt = '学校现有全日制在校生%s人，其中本科生%s人、研究生%s人，另有国际学生%s人（含学历生和非学历生）。' % (T.s, P[0].s, mk(sum(parts[1:])).s, intl.s)
        return dict(core=txt, dom='univ', checks=[cs([P[0], mk(sum(parts[1:]))], T), cneg('different_wholes', '另有国际学生', 'international students counted separately (另有)', [intl])],
                    note='negative: 本科+研究生 add to the whole; 另有国际学生 is outside it, not a wrong part')
    P, T, chk, note = mk_sum(g, parts, n, mk)
    lv = ['本科生', '硕士研究生', '博士研究生']
    txt = '学校现有全日制在校生%s人，其中%s。' % (T.s, '，'.join('%s%s人' % (lv[i], P[i].s) for i in range(len(P))))
    return dict(core=txt, dom='univ', checks=[chk], note='students by level: ' + note)


@style('research_funding_source', 'totals', desc='科研经费X万元：纵向、横向 (two decimals, exact)')
def s_research(g):
    k = g.ri(2, 3)
    srcs = ['纵向科研经费', '横向科研经费', '校内科研配套经费'][:k]
    tot = g.ri(50000, 3000000)
    parts = g.split(tot, k)
    mk = lambda x: g.N(D(x) / 100, 2)
    if g.NEG:
        T = mk(tot)
        nat = mk(g.ri(tot // 10, tot // 2))
        txt = '全年到账科研经费%s万元，其中国家级项目经费%s万元，获批国家自然科学基金项目%s项。' % (T.s, nat.s, g.N(g.ri(3, 40)).s)
        return dict(core=txt, dom='univ', checks=[cneg('single_part', '其中国家级项目经费', 'one part only; a project count is not money', [T, nat])],
                    note='negative: one part of the funding and a project count; no sum')
    P, T, chk, note = mk_sum(g, parts, tot, mk, unit=100)
    txt = '全年到账科研经费%s万元，其中%s。' % (T.s, '，'.join('%s%s万元' % (srcs[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='univ', checks=[chk], note='research funding by source: ' + note)


@style('bank_deposits_rounded', 'totals', desc='存款余额X亿元，其中储蓄/对公/同业: 2-decimal 亿, parts add only within rounding')
def s_bank_dep(g):
    k = g.ri(2, 4)
    names = ['个人存款', '单位存款', '财政性存款', '同业存款'][:k]
    exact = [D(g.ri(20000, 4000000)) for _ in range(k)]      # 万元
    if g.NEG:
        tot = rhu(sum(exact) / 10000, 2)
        T = Num(g.F.n(tot, 2) + '亿', tot * 10 ** 8)
        inc = Num(g.F.n(rhu(D(g.ri(1000, 400000)) / 10000, 2), 2) + '亿', rhu(D(g.ri(1000, 400000)) / 10000, 2) * 10 ** 8)
        inc = Num(inc.s, parse_number(inc.s)[0])
        txt = '年末本外币各项存款余额%s元，较年初增加%s元，其中个人存款增量占比过半。' % (T.s, inc.s)
        return dict(core=txt, dom='bank', checks=[cneg('unstated', '较年初增加', 'start-of-year balance not given; 占比过半 is not a figure', [T, inc])],
                    note='negative: increase without the start-of-year balance; 过半 is vague')
    P, T, chk, note = mk_rounded_sum(g, [x * 10000 for x in exact], 2, '亿')
    txt = '年末本外币各项存款余额%s元，其中%s。' % (T.s, '、'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='bank', checks=[chk], note='deposits by type (亿元, 2 decimals): ' + note)


@style('bank_loans_rounded', 'totals', desc='贷款余额X亿元：短期/中长期/票据融资, parts within rounding')
def s_bank_loan(g):
    names = ['短期贷款', '中长期贷款', '票据融资']
    k = g.ri(2, 3)
    exact = [D(g.ri(5000, 3000000)) for _ in range(k)]
    if g.NEG:
        P, T, chk, note = mk_rounded_sum(g, [x * 10000 for x in exact], 2, '亿')
        sm = Num(g.F.n(rhu(sum(exact) / 10000 * D('0.3'), 2), 2) + '亿', rhu(sum(exact) / 10000 * D('0.3'), 2) * 10 ** 8)
        txt = '各项贷款余额%s元，其中%s；普惠小微贷款余额%s元。' % (T.s, '、'.join('%s%s元' % (names[i], P[i].s) for i in range(k)), sm.s)
        return dict(core=txt, dom='bank', checks=[chk, cneg('overlap', '普惠小微贷款', 'a cross-cutting category of loans, not another part', [sm])],
                    note='negative: maturity split holds within rounding; 普惠小微 cuts across the split (not an extra part)')
    P, T, chk, note = mk_rounded_sum(g, [x * 10000 for x in exact], 2, '亿')
    txt = '各项贷款余额%s元，其中%s。' % (T.s, '，'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='bank', checks=[chk], note='loans by maturity: ' + note)


@style('insurance_premium_by_line', 'totals', desc='原保险保费收入X亿元：车险、非车险…/寿险、健康险、意外险 (rounded 亿)')
def s_premium(g):
    lines_ = g.pick([['车险', '企财险', '责任险', '农业保险', '健康险'], ['寿险', '健康险', '意外险']])
    k = g.ri(2, len(lines_))
    names = lines_[:k]
    exact = [D(g.ri(300, 900000)) for _ in range(k)]
    if g.NEG:
        T = Num(g.F.n(rhu(sum(exact) / 10000, 2), 2) + '亿', rhu(sum(exact) / 10000, 2) * 10 ** 8)
        txt = '全年实现原保险保费收入%s元，%s保费收入同比增长%s，市场份额居全省第%s位。' % (T.s, names[0], g.P(D(g.ri(1200, 4000)) / 10, 1).s, cn_int(g.ri(2, 6)))
        c = cneg('growth_over_100', '同比增长', 'growth rate above 100 % is not an error', [Num(g.P(D(g.ri(1200, 4000)) / 10, 1).s, 0)])
        pct = re.search(r'同比增长([0-9.]+[%％])', txt).group(1)
        c['nums'] = [{'s': pct, 'v': jsonable(parse_pct(pct)[0])}]
        return dict(core=txt, dom='insur', checks=[c], note='negative: growth over 100 % without base values, and a rank')
    P, T, chk, note = mk_rounded_sum(g, [x * 10000 for x in exact], 2, '亿')
    txt = '全年实现原保险保费收入%s元，其中%s。' % (T.s, '、'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='insur', checks=[chk], note='premium by line: ' + note)


@style('insurance_claims_paid', 'totals', desc='赔付支出X万元，其中… (exact, 万元 with 2 decimals, thousands separators)')
def s_claims(g):
    F = Fmt(g.pick(['comma', 'ascii']))
    names = ['车险赔款', '农险赔款', '健康险赔款', '意外险赔款', '企财险赔款']
    k = g.ri(2, 4)
    names = g.sample(names, k)
    tot = g.ri(100000, 9000000)
    parts = g.split(tot, k)
    mk = lambda x: g.N(D(x) / 100, 2, F=F)
    if g.NEG:
        T = mk(tot)
        big = mk(g.ri(tot // 50, tot // 10))
        txt = '全年支付各类赔款%s万元，其中单笔最大赔付%s万元，为%s一起%s事故。' % (T.s, big.s, g.place, g.pick(['厂房火灾', '暴雨内涝', '货车侧翻']))
        return dict(core=txt, dom='insur', checks=[cneg('single_part', '单笔最大赔付', 'a single largest payment, not a breakdown', [T, big])],
                    note='negative: the largest single claim is not a partition of the total')
    P, T, chk, note = mk_sum(g, parts, tot, mk, unit=100)
    txt = '全年支付各类赔款%s万元，其中%s。' % (T.s, '，'.join('%s%s万元' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='insur', checks=[chk], note='claims paid by line: ' + note)


def yuan_fmt(g):
    return Fmt('comma', minus=g.pick(['-', '-', '−']))


@style('company_revenue_segments_table', 'totals', desc='annual report table: revenue by segment in 元 with commas and two decimals, last row 合计')
def s_co_segments(g):
    F = yuan_fmt(g)
    segs = g.sample(['电子元器件', '新能源材料', '精密结构件', '软件及信息服务', '工程施工', '医疗器械', '化工原料', '物流服务'], g.ri(2, 4))
    cents = [g.ri(10 ** 9, 9 * 10 ** 11) for _ in segs]     # 1e7..9e9 元
    mk = lambda x: g.N(D(x) / 100, 2, F=F)
    co = company(g.r, short=True)
    if g.NEG:
        P = [mk(x) for x in cents]
        T = mk(sum(cents) + g.ri(10 ** 8, 10 ** 10))
        lines = ['%s主营业务分行业情况（单位：元）' % co, '| 分行业 | 营业收入 |', '| --- | --- |'] + ['| %s | %s |' % (segs[i], P[i].s) for i in range(len(segs))] + \
                ['| 营业收入合计（含其他业务收入） | %s |' % T.s]
        return dict(core=lines, dom='company', table=True, checks=[cneg('total_includes_other', '含其他业务收入', 'total row includes other (non-core) revenue not listed', [T] + P, T, P)],
                    note='negative: the total row includes 其他业务收入 not broken down; main segments need not add to it')
    P, T, chk, note = mk_sum(g, cents, sum(cents), mk, unit=100)
    lines = ['%s营业收入构成（单位：元）' % co, '| 分行业 | 营业收入 |', '| --- | --- |'] + ['| %s | %s |' % (segs[i], P[i].s) for i in range(len(segs))] + ['| 合计 | %s |' % T.s]
    return dict(core=lines, dom='company', checks=[chk], note='segment revenue in 元: ' + note, table=True)


@style('company_revenue_region', 'totals', desc='营业收入X元，其中境内a元、境外b元 (元 with commas, two decimals)')
def s_co_region(g):
    F = yuan_fmt(g)
    mk = lambda x: g.N(D(x) / 100, 2, F=F)
    dom_ = g.ri(10 ** 9, 5 * 10 ** 11)
    ovs = g.ri(10 ** 8, 3 * 10 ** 11)
    if g.NEG:
        T = mk(dom_ + ovs)
        E = mk(g.ri(10 ** 8, 10 ** 11))
        txt = '报告期内公司实现营业收入%s元，其中出口业务收入%s元，主要销往东南亚、中东等地区。' % (T.s, E.s)
        return dict(core=txt, dom='company', checks=[cneg('single_part', '其中出口业务收入', 'one part only', [T, E])],
                    note='negative: a single part (出口) of revenue; region names are not quantities')
    P, T, chk, note = mk_sum(g, [dom_, ovs], dom_ + ovs, mk, unit=100)
    if g.chance(0.5):
        txt = '报告期内公司实现营业收入%s元，其中境内收入%s元，境外收入%s元。' % (T.s, P[0].s, P[1].s)
    else:
        txt = '分地区看，境内实现收入%s元，境外实现收入%s元，合计%s元。' % (P[0].s, P[1].s, T.s)
    return dict(core=txt, dom='company', checks=[chk], note='revenue by region: ' + note)


@style('company_profit_chain', 'totals', desc='利润总额 − 所得税费用 = 净利润 (万元, two decimals)')
def s_co_profit(g):
    mk = lambda x: g.N(D(x) / 100, 2)
    pt = g.ri(100000, 9000000)
    tax = g.ri(pt // 20, pt // 4)
    if g.NEG:
        P_, Nn = mk(pt), mk(pt - tax)
        txt = '公司实现利润总额%s万元，净利润%s万元，其中第四季度实现净利润占全年的比重有所提高。' % (P_.s, Nn.s)
        return dict(core=txt, dom='company', checks=[cneg('unstated', '净利润', 'income tax not stated, nothing to reconcile', [P_, Nn])],
                    note='negative: profit before and after tax without the tax figure')
    A, B, C, chk, note = mk_diff(g, pt, tax, mk, unit=100)
    txt = g.pick(['报告期内公司实现利润总额%s万元，所得税费用%s万元，净利润%s万元。', '利润总额%s万元，扣除所得税费用%s万元后，实现净利润%s万元。']) % (A.s, B.s, C.s)
    return dict(core=txt, dom='company', checks=[chk], note='profit before tax - tax = net profit: ' + note)


@style('company_attributable_minority', 'totals', desc='净利润 = 归属于母公司股东的净利润 + 少数股东损益 (the minority part may be negative)')
def s_co_minority(g):
    F = Fmt('ascii', minus=g.pick(['-', '−']))
    mk = lambda x: g.N(D(x) / 100, 2, F=F)
    par = g.ri(100000, 9000000)
    mino = g.ri(-par // 8, par // 6)
    if mino == 0:
        mino = 1234
    net = par + mino
    if g.I:
        w = g.pick(['net', 'par', 'min'])
        if w == 'net':
            net = g.perturb(net, unit=100)
        elif w == 'par':
            par = g.perturb(par, unit=100)
        else:
            mino = mino + g.pick([-1, 1]) * g.ri(1, 50) * 100
            if mino == 0:
                mino = 700
    Nn, Pa, Mi = mk(net), mk(par), mk(mino)
    if g.NEG:
        txt = '归属于上市公司股东的净利润%s万元，归属于上市公司股东的扣除非经常性损益的净利润同比增长，少数股东损益为负。' % Pa.s
        return dict(core=txt, dom='company', checks=[cneg('unstated', '少数股东损益为负', 'no figures for the other terms', [Pa])],
                    note='negative: only the attributable profit is quantified')
    chk = cs([Pa, Mi], Nn)
    txt = '报告期内实现净利润%s万元，其中归属于母公司股东的净利润%s万元，少数股东损益%s万元。' % (Nn.s, Pa.s, Mi.s)
    note = ('%s + (%s) = %s' % (Pa.s, Mi.s, Nn.s)) if g.C else ('%s + (%s) = %s, stated %s' % (Pa.s, Mi.s, dstr(Pa.v + Mi.v), Nn.s))
    return dict(core=txt, dom='company', checks=[chk], note='attributable + minority = net profit: ' + note)


@style('company_nonrecurring_kf', 'totals', desc='归母净利润 − 非经常性损益 = 扣非净利润 (非经常性损益 may be negative)')
def s_co_kf(g):
    F = Fmt('comma', minus=g.pick(['-', '−']))
    mk = lambda x: g.N(D(x) / 100, 2, F=F)
    par = g.ri(-2000000, 9000000)
    nr = g.ri(-800000, 1500000)
    if nr == 0:
        nr = 5000
    kf = par - nr
    if g.I:
        w = g.pick(['par', 'nr', 'kf', 'kf'])
        if w == 'par':
            par = g.perturb(par, unit=100, lo=-10 ** 9)
        elif w == 'nr':
            nr = nr + g.pick([-1, 1]) * g.ri(2, 80) * 100
        else:
            kf = g.perturb(kf, unit=100, lo=-10 ** 9)
    Pa, Nr, Kf = mk(par), mk(nr), mk(kf)
    if g.NEG:
        txt = '归属于上市公司股东的净利润%s万元；非经常性损益主要为政府补助和理财收益，对当期业绩不构成重大影响。' % Pa.s
        return dict(core=txt, dom='company', checks=[cneg('unstated', '非经常性损益主要为', 'non-recurring items not quantified', [Pa])],
                    note='negative: the non-recurring amount and 扣非 profit are not given')
    chk = cs([(1, Pa), (-1, Nr)], Kf, rel='difference')
    loss = '（亏损）' if par < 0 else ''
    txt = '归属于上市公司股东的净利润%s万元%s，非经常性损益%s万元，归属于上市公司股东的扣除非经常性损益的净利润%s万元。' % (Pa.s, loss, Nr.s, Kf.s)
    note = '%s - (%s) = %s' % (Pa.s, Nr.s, dstr(Pa.v - Nr.v))
    note = ('holds: ' + note) if g.C else ('fails: %s, stated %s' % (note, Kf.s))
    return dict(core=txt, dom='company', checks=[chk], note='attributable - non-recurring = 扣非: ' + note)


@style('segment_profit_with_losses', 'totals', desc='分部利润: some segments 盈利, one 亏损 (enters with minus), 合计')
def s_seg_loss(g):
    k = g.ri(3, 4)
    segs = g.sample(['制造分部', '贸易分部', '地产分部', '物流分部', '新能源分部', '海外分部'], k)
    mk = lambda x: g.N(D(x) / 100, 2)
    vals = [g.ri(20000, 900000) for _ in range(k)]
    li = g.r.randrange(k)
    signs = [1] * k
    signs[li] = -1
    tot = sum(s * v for s, v in zip(signs, vals))
    if tot <= 0:
        vals[li] = max(100, sum(vals) - vals[li] - 1000) // 3
        tot = sum(s * v for s, v in zip(signs, vals))
    if g.I:
        if g.chance(0.4):
            # the classic slip: the loss added instead of subtracted
            tot = sum(vals)
        elif g.chance(0.5):
            tot = g.perturb(tot, unit=100)
        else:
            j = g.pick([i for i in range(k) if i != li])
            vals[j] = g.perturb(vals[j], unit=100)
    V = [mk(x) for x in vals]
    T = mk(tot)
    if g.NEG:
        txt = '分部看，%s亏损%s万元，亏损额较上年收窄，其余分部均实现盈利。' % (segs[li], V[li].s)
        return dict(core=txt, dom='company', checks=[cneg('unstated', '其余分部均实现盈利', 'other segments not quantified', [V[li]])],
                    note='negative: only the loss-making segment is quantified')
    clauses = []
    for i in range(k):
        clauses.append('%s%s%s万元' % (segs[i], '亏损' if signs[i] < 0 else g.pick(['盈利', '实现利润']), V[i].s))
    txt = '分部利润方面，%s，各分部利润合计%s万元。' % ('，'.join(clauses), T.s)
    chk = cs([(signs[i], V[i]) for i in range(k)], T)
    calc = sum(signs[i] * V[i].v for i in range(k))
    note = 'profits minus the loss of %s: %s' % (segs[li], dstr(calc))
    note = ('holds: ' + note) if g.C else ('fails: %s, stated %s' % (note, T.s))
    return dict(core=txt, dom='company', checks=[chk], note=note)


@style('budget_adjustment', 'totals', desc='年初预算a，调增/调减b，调整后预算c (万元)')
def s_budget_adj(g):
    mk = lambda x: g.N(D(x) / 100, 2)
    a = g.ri(100000, 9000000)
    up = g.chance(0.6)
    b = g.ri(a // 50, a // 5)
    if g.NEG:
        A = mk(a)
        txt = '一般公共预算支出年初预算%s万元，执行中根据上级补助和政策调整情况作了相应调整，调整方案已报人大常委会批准。' % A.s
        return dict(core=txt, dom='budget', checks=[cneg('unstated', '作了相应调整', 'adjustment not quantified', [A])],
                    note='negative: the adjustment is not quantified')
    if up:
        P, T, chk, note = mk_sum(g, [a, b], a + b, mk, unit=100)
        txt = '一般公共预算支出年初预算%s万元，执行中调整增加%s万元，调整后预算为%s万元。' % (P[0].s, P[1].s, T.s)
    else:
        A, B, C, chk, note = mk_diff(g, a, b, mk, unit=100)
        txt = '政府性基金预算支出年初预算%s万元，执行中调减%s万元，调整后预算为%s万元。' % (A.s, B.s, C.s)
    note = ('initial ± adjustment = adjusted budget (%s)' % note) if g.C else ('adjusted budget does not match (%s)' % note)
    return dict(core=txt, dom='budget', checks=[chk], note=note)


@style('audit_problem_amounts', 'totals', desc='审计发现问题金额X万元，其中违规/损失浪费/管理不规范 (万元 two decimals)')
def s_audit(g):
    names = ['违规使用资金', '损失浪费', '管理不规范', '资金闲置', '少征收财政收入']
    k = g.ri(2, 4)
    names = g.sample(names, k)
    mk = lambda x: g.N(D(x) / 100, 2)
    tot = g.ri(50000, 5000000)
    parts = g.split(tot, k)
    if g.NEG:
        T = mk(tot)
        txt = '共审计%s个单位，查出问题金额%s万元，移送问题线索%s件，提出审计建议%s条。' % (g.N(g.ri(10, 80)).s, T.s, g.N(g.ri(2, 20)).s, g.N(g.ri(20, 200)).s)
        return dict(core=txt, dom='audit', checks=[cneg('different_wholes', '移送问题线索', 'counts of units, leads and suggestions are different wholes', [T])],
                    note='negative: units audited, leads and suggestions are separate counts, no relation')
    P, T, chk, note = mk_sum(g, parts, tot, mk, unit=100)
    txt = '审计发现问题金额%s万元，其中%s。' % (T.s, '、'.join('%s%s万元' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='audit', checks=[chk], note='audit findings by type: ' + note)


@style('court_received_closed', 'totals', desc='旧存a+新收b=受理c；受理c−审结d=未结e (two relations, one broken at most)')
def s_court(g):
    a = g.ri(100, 3000)
    b = g.ri(2000, 30000)
    c = a + b
    d = g.ri(c * 3 // 4, c - 10)
    e = c - d
    which = None
    if g.I:
        which = g.pick(['first', 'second'])
        if which == 'first':
            a = g.perturb(a)
        else:
            e = g.perturb(e)
    A, B, C, Dd, E = [g.N(x) for x in (a, b, c, d, e)]
    if g.NEG:
        txt = '全年受理各类案件%s件，审结%s件，法官人均结案%s件，居全市法院第%s位。' % (C.s, Dd.s, g.N(g.ri(200, 400)).s, cn_int(g.ri(1, 5)))
        return dict(core=txt, dom='court', checks=[cneg('unstated', '法官人均结案', 'per-judge average over an unstated number of judges, and a rank', [C, Dd])],
                    note='negative: per-judge average needs the (unstated) number of judges; rank is not a quantity')
    checks = [cs([A, B], C), cs([(1, C), (-1, Dd)], E, rel='difference')]
    txt = '全年受理各类案件%s件（其中旧存%s件、新收%s件），审结%s件，未结%s件。' % (C.s, A.s, B.s, Dd.s, E.s) if g.chance(0.5) else \
        '旧存案件%s件，新收%s件，共受理%s件；审结%s件，未结%s件。' % (A.s, B.s, C.s, Dd.s, E.s)
    if g.C:
        note = '%s+%s=%s and %s-%s=%s' % (A.s, B.s, C.s, C.s, Dd.s, E.s)
    elif which == 'first':
        note = 'old + new = %s, stated 受理 %s; received - closed = pending holds' % (dstr(A.v + B.v), C.s)
    else:
        note = 'received - closed = %s, stated 未结 %s; old + new holds' % (dstr(C.v - Dd.v), E.s)
    return dict(core=txt, dom='court', checks=checks, note=note)


@style('procuratorate_review', 'totals', desc='审查逮捕/审查起诉: 批准逮捕a人、不批准逮捕b人，共审结N人')
def s_procu(g):
    a = g.ri(50, 1500)
    b = g.ri(10, 600)
    if g.NEG:
        A = g.N(a)
        txt = '依法批准逮捕犯罪嫌疑人%s人，不捕率同比上升，认罪认罚从宽制度适用率保持在%s以上。' % (A.s, g.P(g.ri(85, 95), 0).s)
        return dict(core=txt, dom='procu', checks=[cneg('threshold', '以上', 'a threshold (…以上) without base numbers', [A])],
                    note='negative: a threshold rate (以上) and a vague trend, no base numbers')
    P, T, chk, note = mk_sum(g, [a, b], a + b, g.N)
    txt = g.pick(['全年审结审查逮捕案件%s人，其中批准逮捕%s人，不批准逮捕%s人。', '审查逮捕环节共审结%s人：批准逮捕%s人、不批准逮捕%s人。']) % (T.s, P[0].s, P[1].s)
    return dict(core=txt, dom='procu', checks=[chk], note='arrest review decisions: ' + note)


@style('hospital_visits', 'totals', desc='总诊疗人次 = 门诊 + 急诊 (+ 健康体检); sometimes 万人次 with decimals')
def s_hosp_visits(g):
    wan = g.chance(0.4)
    names = ['门诊', '急诊', '健康体检']
    k = g.ri(2, 3)
    if wan:
        mk = lambda x: g.N(D(x) / 100, 2)
        vals = [g.ri(1000, 90000) for _ in range(k)]
        u = '万人次'
        unit = 100
    else:
        mk = g.N
        vals = [g.ri(5000, 900000) for _ in range(k)]
        u = '人次'
        unit = 1
    if g.NEG:
        T = mk(sum(vals))
        txt = '全年总诊疗%s%s，出院患者%s人次，手术%s台次，平均住院日%s天。' % (T.s, u, g.N(g.ri(3000, 60000)).s, g.N(g.ri(1000, 20000)).s, fmt_num(D(g.ri(55, 110)) / 10, 1))
        return dict(core=txt, dom='hospital', checks=[cneg('different_wholes', '出院患者', 'outpatient visits, discharges and operations are different wholes', [T])],
                    note='negative: visits, discharges, operations and average stay are unrelated quantities')
    P, T, chk, note = mk_sum(g, vals, sum(vals), mk, unit=unit)
    txt = '全年完成总诊疗%s%s，其中%s。' % (T.s, u, '、'.join('%s%s%s' % (names[i], P[i].s, u) for i in range(k)))
    return dict(core=txt, dom='hospital', checks=[chk], note='visits by type: ' + note)


@style('hospital_beds_two_wholes', 'totals', desc='编制床位N张，实际开放M张，其中各科床位 (parts add to 实际开放, not 编制)')
def s_hosp_beds(g):
    deps = g.sample(['内科', '外科', '妇产科', '儿科', '重症医学科', '康复医学科', '中医科'], g.ri(3, 5))
    m = g.ri(200, 1500)
    n = m + g.ri(20, 300)
    parts = g.split(m, len(deps))
    if g.I and g.chance(0.5):
        # parts add to 编制 instead of 实际开放
        parts[0] += n - m
        Pn = [g.N(x) for x in parts]
        Nn, M = g.N(n), g.N(m)
        chk = cs(Pn, M)
        note = 'department beds add to %s = 编制床位, not to 实际开放 %s' % (Nn.s, M.s)
    else:
        Pn, M, chk, note = mk_sum(g, parts, m, g.N)
        Nn = g.N(n)
        note = 'department beds vs 实际开放床位: ' + note
    if g.NEG:
        txt = '医院编制床位%s张，实际开放床位%s张，床位使用率较上年有所提高，%s等%s个科室床位持续满负荷运转。' % (Nn.s, M.s, deps[0], cn_count(g.ri(2, 4)))
        return dict(core=txt, dom='hospital', checks=[cneg('unstated', '床位使用率较上年有所提高', 'no rate figures and no department beds', [Nn, M])],
                    note='negative: two bed totals without a breakdown; no rate given')
    txt = '医院编制床位%s张，实际开放床位%s张，其中%s。' % (Nn.s, M.s, '、'.join('%s%s张' % (deps[i], Pn[i].s) for i in range(len(deps))))
    return dict(core=txt, dom='hospital', checks=[chk], note=note)


@style('school_enrollment', 'totals', desc='招收新生N人，其中城区/乡镇学校; 另有随迁子女 outside the whole')
def s_school(g):
    stage = g.pick(['小学一年级', '初中一年级', '普通高中'])
    names = g.pick([['城区学校', '乡镇学校'], ['公办学校', '民办学校'], ['城区学校', '乡镇学校', '九年一贯制学校']])
    k = len(names)
    n = g.ri(600, 9000)
    parts = g.split(n, k)
    if g.NEG:
        T = g.N(n)
        sub = g.N(g.ri(n // 10, n // 3))
        txt = '%s招生%s人，其中进城务工人员随迁子女%s人，均按“两为主”政策就近入学。' % (stage, T.s, sub.s)
        return dict(core=txt, dom='school', checks=[cneg('single_part', '其中进城务工人员随迁子女', 'a single sub-group', [T, sub])],
                    note='negative: one sub-group only; 两为主 is a policy name, not a number')
    P, T, chk, note = mk_sum(g, parts, n, g.N)
    txt = '%s招生%s人，其中%s。' % (stage, T.s, '、'.join('%s%s人' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='school', checks=[chk], note='new pupils by school type: ' + note)


@style('survey_questionnaire_counts', 'totals', desc='发放问卷N份，回收R份，其中有效问卷V份、无效I份 (V+I=R)')
def s_survey_counts(g):
    n = g.ri(300, 8000)
    r = n - g.ri(0, n // 10)
    inv = g.ri(1, max(2, r // 20))
    v = r - inv
    if g.NEG:
        Nn, R = g.N(n), g.N(r)
        txt = '本次调查共发放问卷%s份，回收%s份，问卷共设%s个题目，覆盖%s个行政村。' % (Nn.s, R.s, g.N(g.ri(12, 30)).s, g.N(g.ri(10, 60)).s)
        return dict(core=txt, dom='survey', checks=[cneg('different_wholes', '个题目', 'item and village counts are not parts of the questionnaires', [Nn, R])],
                    note='negative: numbers of questions and villages are unrelated to the questionnaire counts')
    P, T, chk, note = mk_sum(g, [v, inv], r, g.N)
    txt = '本次调查共发放问卷%s份，回收%s份，其中有效问卷%s份，无效问卷%s份。' % (g.N(n).s, T.s, P[0].s, P[1].s)
    return dict(core=txt, dom='survey', checks=[chk], note='valid + invalid = returned questionnaires: ' + note)


@style('shareholder_vote_shares', 'totals', desc='股东大会表决: 同意a股、反对b股、弃权c股 = 出席会议有效表决权股份总数 (big comma numbers)')
def s_sh_vote(g):
    F = Fmt('comma')
    tot = g.ri(10 ** 7, 2 * 10 ** 9)
    against = g.ri(0, tot // 50)
    abst = g.ri(0, tot // 200)
    agree = tot - against - abst
    if g.NEG:
        T = g.N(tot, F=F)
        txt = '出席本次股东大会的股东及股东代理人共%s名，代表有效表决权股份%s股；议案%s属于特别决议事项，已获有效表决权股份总数的三分之二以上通过。' % (
            g.N(g.ri(20, 300)).s, T.s, cn_int(g.ri(3, 9)))
        return dict(core=txt, dom='company', checks=[cneg('fraction_threshold', '三分之二以上', 'a legal threshold, no vote counts', [T])],
                    note='negative: 三分之二以上 threshold and an agenda number, no counts to add')
    P, T, chk, note = mk_sum(g, [agree, against, abst], tot, lambda x: g.N(x, F=F), total_share=0.35)
    txt = '表决结果：同意%s股，反对%s股，弃权%s股，合计代表出席会议有效表决权股份%s股。' % (P[0].s, P[1].s, P[2].s, T.s)
    return dict(core=txt, dom='company', checks=[chk], note='agree + against + abstain = shares present: ' + note)


@style('mixed_magnitude_yi_wan', 'totals', desc='总投资2.3亿元，其中中央资金8000万元、省级资金6000万元… (whole in 亿, parts in 万)')
def s_mixed_mag(g):
    k = g.ri(2, 4)
    pool = ['中央资金', '省级资金', '市级资金', '县级配套', '社会资本', '银行贷款']
    names = pool[:k] if g.chance(0.5) else g.sample(pool, k)
    parts = [g.ri(60, 9000) * 10 for _ in range(k)]        # 万元, multiples of 10
    tot = sum(parts)                                       # 万元
    mkw = lambda x: Num(g.F.n(x) + '万', D(x) * 10000)

    def mky(x):                                            # x in 万, shown in 亿 with just enough decimals
        v = D(x) / 10000
        s_ = format(v.normalize(), 'f') if v != v.to_integral() else format(v.quantize(D(1)), 'f')
        if g.F.fw:
            s_ = s_.translate(FW).replace('．', '.')
        return Num(s_ + '亿', D(x) * 10000)
    proj = g.pick(['城区污水管网改造工程', '乡村振兴示范片区建设项目', '县人民医院门诊综合楼项目', '中小学校舍提升工程', '农村供水保障工程'])
    if g.NEG:
        T = Num(fmt_num(D(tot) / 10000, 1) + '亿', rhu(D(tot) / 10000, 1) * 10 ** 8)
        if T.v == D(tot) * 10000:
            parts[0] += 30
        P = [mkw(x) for x in parts]
        txt = '%s总投资约%s元，其中%s。' % (proj, T.s, '、'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
        return dict(core=txt, dom='gov', checks=[cneg('approximate_total', '约' + T.s, 'rounded approximate total (约, one decimal in 亿)', [T] + P, T, P)],
                    note='negative: total 约%s元 is rounded to 0.1亿; 万-level parts add to %s万' % (T.s, dstr(sum(parts))))
    if g.I:
        parts, tot, _ = g.break_sum(parts, tot, unit=100)
    P = [mkw(x) for x in parts]
    T = mky(tot)
    chk = cs(P, T)
    if g.C:
        note = 'parts in 万 add to %s万 = %s' % (dstr(sum(parts)), T.s)
    else:
        note = 'parts in 万 add to %s万, whole stated %s' % (dstr(sum(parts)), T.s)
    txt = '%s总投资%s元，其中%s。' % (proj, T.s, '、'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
    return dict(core=txt, dom='gov', checks=[chk], note='mixed magnitudes: ' + note)


@style('yuan_vs_wan_parts', 'totals', desc='发放资金12.48万元，其中医疗救助56,300元… (whole in 万元, parts in 元)')
def s_yuan_wan(g):
    k = g.ri(2, 4)
    names = g.sample(['医疗救助', '临时救助', '助学补助', '残疾人两项补贴', '高龄津贴', '特困供养金'], k)
    parts = [g.ri(5, 900) * 100 for _ in range(k)]
    tot = sum(parts)
    Fy = Fmt(g.pick(['comma', 'ascii']))
    mkyuan = lambda x: g.N(x, F=Fy)
    if g.NEG:
        T = Num(fmt_num(D(tot) / 10000, 1) + '万', rhu(D(tot) / 10000, 1) * 10000)
        P = [mkyuan(x) for x in parts]
        if T.v == sum(p.v for p in P):
            P[0] = mkyuan(parts[0] + 300)
        txt = '全年发放各类救助资金%s余元，其中%s。' % (T.s, '，'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
        return dict(core=txt, dom='gov', checks=[cneg('approximate_total', T.s + '余', 'approximate total (余)', [T] + P, T, P)],
                    note='negative: %s余元 is approximate' % T.s)
    if g.I:
        parts2, tot2, _ = g.break_sum(parts, tot, unit=1000)
    else:
        parts2, tot2 = parts, tot
    P = [mkyuan(x) for x in parts2]
    T = Num(fmt_num(D(tot2) / 10000, 2) + '万', D(tot2))
    chk = cs(P, T)
    txt = '全年发放各类救助资金%s元，其中%s。' % (T.s, '，'.join('%s%s元' % (names[i], P[i].s) for i in range(k)))
    note = ('parts in 元 add to %s元 = %s元' if g.C else 'parts in 元 add to %s元, whole stated %s元') % (dstr(sum(p.v for p in P)), T.s)
    return dict(core=txt, dom='gov', checks=[chk], note=note)


@style('budget_revenue_rounded', 'totals', desc='一般公共预算收入X亿元，其中税收收入a亿元、非税收入b亿元 (parts add only within rounding)')
def s_budget_rev(g):
    exact = [D(g.ri(3000, 900000)), D(g.ri(1000, 300000))]   # 万元
    mag = g.pick(['亿', '亿', '万'])
    places = 2 if mag == '亿' else 0
    if g.NEG:
        P, T, chk, note = mk_rounded_sum(g, [x * 10000 for x in exact], places, mag)
        txt = '一般公共预算收入%s元，其中税收收入%s元，税收占比较上年提高%s个百分点。' % (T.s, P[0].s, g.N(D(g.ri(5, 60)) / 10, 1).s)
        return dict(core=txt, dom='budget', checks=[cneg('pp_standalone', '个百分点', 'percentage-point change without last year\'s share', [T, P[0]])],
                    note='negative: one part and a percentage-point change whose base is not given')
    if mag == '万':
        exact = [x.quantize(D(1)) for x in exact]
    P, T, chk, note = mk_rounded_sum(g, [x * 10000 for x in exact], places, mag)
    txt = '全年完成一般公共预算收入%s元，其中税收收入%s元，非税收入%s元。' % (T.s, P[0].s, P[1].s)
    return dict(core=txt, dom='budget', checks=[chk], note='tax + non-tax revenue: ' + note)


@style('per_household_product', 'totals', desc='每户补助a元 × N户 = 共发放b元/万元 (a product)')
def s_product(g):
    per = g.pick([200, 300, 500, 800, 1000, 1200, 1500, 2000, 3000, 5000])
    n = g.ri(12, 3000)
    tot = per * n
    what = g.pick([('为{n}户脱贫户发放产业奖补', '户'), ('为{n}名困难学生发放助学金', '名'), ('向{n}户受灾群众发放过渡期生活救助', '户'), ('为{n}名退役军人发放慰问金', '名')])
    if g.I:
        if g.chance(0.5):
            n = g.perturb(n)
        else:
            tot = g.perturb(tot // 100, lo=1) * 100 if tot >= 10000 else g.perturb(tot)
    Nn = g.N(n)
    Pp = g.N(per)
    wan = tot % 100 == 0 and g.chance(0.6)
    T = Num(fmt_num(D(tot) / 10000, 2).rstrip('0').rstrip('.') + '万', D(tot)) if wan else g.N(tot)
    if g.NEG:
        txt = '%s，标准为每%s每月%s元，全年累计发放%s元。' % (what[0].format(n=Nn.s), what[1] if what[1] == '户' else '人', Pp.s, g.N(tot * g.ri(3, 9)).s)
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '每户每月', 'monthly rate over an unstated number of months', [Nn, Pp])],
                    note='negative: a monthly standard paid for an unstated number of months')
    chk = {'rel': 'product', 'factors': [Pp.d(), Nn.d()], 'eq': T.d()}
    txt = '%s，每%s%s元，共计发放%s元。' % (what[0].format(n=Nn.s), what[1] if what[1] == '户' else '人', Pp.s, T.s)
    note = ('%s × %s = %s' % (Pp.s, Nn.s, T.s)) if g.C else ('%s × %s = %s, stated %s' % (Pp.s, Nn.s, per * n, T.s))
    return dict(core=txt, dom='gov', checks=[chk], note='unit amount × count: ' + note)


@style('average_per_capita', 'totals', desc='发放总额X万元，惠及N人，人均Y元 (a quotient rounded to its own decimals)')
def s_average(g):
    n = g.ri(30, 20000)
    avg = D(g.ri(2000, 300000)) / 100
    tot = rhu(avg * n / 10000, 2)                      # 万元 2 decimals
    true = tot * 10000 / n
    places = g.pick([0, 0, 1, 2])
    stated = rhu(true, places)
    if is_tie(true, places):
        stated = rhu(true, places)
    if g.I:
        stated = stated + g.pick([-1, 1]) * D(g.ri(3, 60)) * D(10) ** (-places) * 10
        if stated <= 0:
            stated = rhu(true, places) * 2
    T = Num(fmt_num(tot, 2) + '万', tot * 10000)
    Nn = g.N(n)
    Y = g.N(stated, places)
    topic = g.pick(['发放城乡居民最低生活保障金', '发放高龄津贴', '兑付农民工工资', '发放耕地地力保护补贴'])
    if g.NEG:
        txt = '%s%s元，惠及%s人，人均领取额较上年有所提高，户均补助标准居全省前列。' % (topic, T.s, Nn.s)
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '人均领取额较上年有所提高', 'no average stated', [T, Nn])],
                    note='negative: only a qualitative statement about the average')
    chk = {'rel': 'quotient', 'num': T.d(), 'den': Nn.d(), 'eq': Y.d()}
    txt = '%s%s元，惠及%s人，人均%s元。' % (topic, T.s, Nn.s, Y.s)
    note = ('%s元 / %s = %s, rounds to %s' % (T.s, Nn.s, dstr(rhu(true, 4)), Y.s)) if g.C else ('%s元 / %s = %s, stated average %s' % (T.s, Nn.s, dstr(rhu(true, 4)), Y.s))
    return dict(core=txt, dom='gov', checks=[chk], note='per-capita average: ' + note)


@style('table_row_totals_multi', 'totals', desc='table of townships × categories with a 小计 column; each row checked, one row wrong')
def s_row_totals(g):
    k = g.ri(2, 4)
    cols = g.pick([['一类', '二类', '三类'], ['新建', '改建', '维修'], ['水稻', '玉米', '大豆'], ['城镇', '农村']])
    ts = towns(g, k)
    rows = [[g.ri(5, 900) for _ in cols] for _ in range(k)]
    subs = [sum(r) for r in rows]
    bad = None
    if g.I:
        bad = g.r.randrange(k)
        if g.chance(0.5):
            subs[bad] = g.perturb(subs[bad])
        else:
            j = g.r.randrange(len(cols))
            rows[bad][j] = g.perturb(rows[bad][j])
    topic = g.pick(['农村公路建设（公里）', '农房改造（户）', '高标准农田建设（亩）', '危旧房屋处置（栋）'])
    lines = ['表：各乡镇%s' % topic, '| 乡镇 | %s | 小计 |' % ' | '.join(cols), '| --- |%s --- |' % (' --- |' * len(cols))]
    checks = []
    for i in range(k):
        R = [g.N(x) for x in rows[i]]
        S = g.N(subs[i])
        lines.append('| %s | %s | %s |' % (ts[i], ' | '.join(r.s for r in R), S.s))
        checks.append(cs(R, S))
    if g.NEG:
        lines[0] = '表：各乡镇%s（部分项目，小计含其他类别）' % topic
        lines = lines[:3] + ['| %s | %s | %s |' % (ts[i], ' | '.join(g.N(x).s for x in rows[i]), g.N(subs[i] + g.ri(3, 60)).s) for i in range(k)]
        return dict(core=lines, dom='gov', table=True, checks=[cneg('total_includes_other', '小计含其他类别', 'row subtotals include unlisted categories', [])],
                    note='negative: the caption says 小计 includes other (unlisted) categories')
    note = 'every row adds to its 小计' if g.C else 'row %d (%s) does not add to its 小计; other rows hold' % (bad + 1, ts[bad])
    return dict(core=lines, dom='gov', checks=checks, note=note, table=True)


# ---- negative-only `totals` styles: look-alikes with numbers that are not relations ----------
@style('identifiers_lookalike', 'totals', labels='n', desc='phone numbers, document numbers, model numbers, dates next to counts')
def s_identifiers(g):
    n = g.N(g.ri(20, 900))
    opts = [
        '开通“%s”服务热线（0%d-%d），全年接听群众来电%s个。' % (g.place[:2], g.ri(710, 799), g.ri(2000000, 8999999), n.s),
        '印发《关于进一步加强安全生产工作的通知》（%s政办〔%d〕%d号），部署专项检查%s次。' % (g.place[:1], g.year, g.ri(3, 80), n.s),
        '新购置%s型应急排涝车%s台、%s型无人机%s架。' % ('JP%d-%d' % (g.ri(10, 90), g.ri(100, 900)), cn_count(g.ri(2, 6)), 'DJ-M%d' % g.ri(200, 400), cn_count(g.ri(2, 9))),
        '%d年%d月%d日至%d月%d日，开展“%d·%d”集中宣传活动，发放资料%s份。' % (g.year, g.ri(3, 5), g.ri(1, 28), g.ri(6, 7), g.ri(1, 28), g.ri(3, 12), g.ri(1, 28), n.s),
        '举报电话12345、110、12315全天候受理，%s年受理食品安全投诉%s件。' % (g.year, n.s),
        '%s号线%s—%s区间完成盾构%s米。' % (cn_int(g.ri(2, 9)), g.place[:2] + '站', g.village + '站', n.s),
        '完成G%d国道K%d+%d至K%d+%d段路面修复，累计处置病害%s处。' % (g.ri(105, 360), g.ri(10, 200), g.ri(100, 900), g.ri(201, 400), g.ri(100, 900), n.s),
    ]
    txt = g.pick(opts)
    marker = re.search(r'(0\d{3}-\d+|〔\d+〕|型|·|12345|号线|K\d+)', txt).group(1)
    return dict(core=txt, dom='gov', checks=[cneg('identifier', marker, 'identifiers, dates, model and road numbers are not quantities', [n] if n.s in txt else [])],
                note='negative: phone/document/model/road numbers and dates are identifiers; the only quantity (%s) stands alone' % n.s)


@style('plus_x_formulas', 'totals', labels='n', desc='“1+X”证书, “5+2”课后服务, “1+3+N”体系: additions that are names, not sums')
def s_plus_x(g):
    n = g.N(g.ri(3, 60))
    opts = [
        '深入推进“1+X”证书制度试点，覆盖%s个专业，%s名学生参加考核。' % (n.s, g.N(g.ri(100, 3000)).s),
        '全面落实“5+2”课后服务模式，全县%s所中小学实现课后服务全覆盖。' % n.s,
        '构建“1+3+N”基层治理体系，组建网格服务团队%s支。' % n.s,
        '实施“7+X”重点产业链培育工程，新增链上企业%s家。' % n.s,
        '建立“2+N”帮扶机制，选派驻村工作队员%s名。' % n.s,
        '打造“15分钟生活圈”，建成“1+6+N”便民服务站点%s个。' % n.s,
        '推行“1+1+1”家庭医生签约服务，组建签约团队%s个。' % n.s,
    ]
    txt = g.pick(opts)
    marker = re.search(r'“[0-9X]+(?:\+[0-9XN]+)+”', txt).group(0)
    return dict(core=txt, dom=g.pick(['gov', 'school']), checks=[cneg('plus_x', marker, 'a programme name written as an addition', [n])],
                note='negative: %s is a name, not an arithmetic statement' % marker)


@style('cumulative_vs_annual', 'totals', labels='n', desc='累计 (since start) vs 今年新增: the annual numbers are not parts of the cumulative whole')
def s_cumul(g):
    topic, u = g.pick([('建成新时代文明实践站', '个'), ('创建省级示范村', '个'), ('培育“专精特新”企业', '家'), ('建成智慧安防小区', '个'), ('打造“口袋公园”', '处')])
    cum = g.ri(40, 600)
    a = g.ri(5, cum // 3)
    b = g.ri(3, cum // 4)
    C, A, B = g.N(cum), g.N(a), g.N(b)
    txt = g.pick(['截至目前，全%s累计%s%s%s，其中今年新建%s%s，另有在建%s%s。' % (whole_word(g.place), topic, C.s, u, A.s, u, B.s, u),
                  '%d年以来累计%s%s%s；今年新增%s%s，%s%s正在验收。' % (g.year - g.ri(3, 6), topic, C.s, u, A.s, u, B.s, u)])
    return dict(core=txt, dom='gov', checks=[cneg('different_periods', '累计', 'cumulative stock vs this year\'s additions and projects under construction', [C, A, B], C, [A, B])],
                note='negative: 累计 stock vs this year\'s new ones and those under construction; no sum intended')


@style('households_and_people', 'totals', labels='n', desc='全村326户1,187人 / 涉及85户312人: two units for one group')
def s_hh_people(g):
    hh = g.ri(30, 900)
    pp = hh * g.ri(25, 45) // 10
    H, Pp = g.N(hh), g.N(pp)
    a = g.ri(3, hh // 3)
    A, Ap = g.N(a), g.N(a * g.ri(2, 4))
    txt = g.pick(['全村共有%s户%s人，其中脱贫户%s户%s人。' % (H.s, Pp.s, A.s, Ap.s),
                  '项目涉及搬迁群众%s户%s人，已签约%s户%s人。' % (H.s, Pp.s, A.s, Ap.s),
                  '全组%s户、%s人，常年外出务工%s户%s人。' % (H.s, Pp.s, A.s, Ap.s)])
    return dict(core=txt, dom='village', checks=[cneg('different_units', H.s + '户', 'households and persons describe one group in two units', [H, Pp, A, Ap])],
                note='negative: %s户 and %s人 are the same group counted in two units; no sum' % (H.s, Pp.s))


@style('overlap_people_attributes', 'totals', labels='n', desc='共N人，其中党员a人、女性b人、35岁以下c人: overlapping attributes that exceed the whole')
def s_overlap_people(g):
    grp = g.pick(['社区工作者', '新录用公务员', '村“两委”成员', '专职网格员', '乡村医生'])
    n = g.ri(20, 800)
    attrs = g.sample(['中共党员', '女性', '35岁以下', '大专及以上学历', '少数民族', '退役军人'], g.ri(3, 4))
    vals = [g.ri(n // 5, n * 9 // 10) for _ in attrs]
    if sum(vals) <= n:
        vals[0] = n - 1
        vals[1] = n * 3 // 4
    T = g.N(n)
    V = [g.N(x) for x in vals]
    txt = '现有%s%s人，其中%s。' % (grp, T.s, '、'.join('%s%s人' % (attrs[i], V[i].s) for i in range(len(attrs))))
    return dict(core=txt, dom='gov', checks=[cneg('overlap', attrs[0], 'overlapping attributes of the same people', [T] + V, T, V)],
                note='negative: %s are overlapping attributes (sum %d > %d), not parts' % ('/'.join(attrs), sum(vals), n))


# ----------------------------------------------------------------------------------------------
# generic rate engine (used by many `pct` styles)
# ----------------------------------------------------------------------------------------------
RD = [
    dict(k='grid', dom='gov', den='受理网格事件', num='办结', rate='办结率', u='件', rng=(200, 9000), other='群众满意率'),
    dict(k='petition', dom='gov', den='受理信访事项', num='按期办结', rate='按期办结率', u='件', rng=(60, 2000), other='参评满意率'),
    dict(k='hotline', dom='gov', den='接收12345热线工单', num='办结', rate='办结率', u='件', rng=(1000, 90000), other='回访满意率'),
    dict(k='hazard', dom='safety', den='排查安全隐患', num='完成整改', rate='整改率', u='处', rng=(50, 5000), other='重大隐患销号率'),
    dict(k='food', dom='gov', den='抽检食品', num='合格', rate='合格率', u='批次', rng=(200, 6000), comp='不合格', other='快检覆盖率'),
    dict(k='farm', dom='gov', den='抽检农产品', num='合格', rate='合格率', u='批次', rng=(100, 3000), comp='不合格', other='例行监测合格率'),
    dict(k='case', dom='court', den='受理各类案件', num='审结', rate='结案率', u='件', rng=(1000, 30000), other='调解撤诉率'),
    dict(k='vacc', dom='hospital', den='应接种儿童', num='完成全程接种', rate='全程接种率', u='人', rng=(500, 20000), other='加强免疫接种率'),
    dict(k='ins', dom='gov', den='应参保人数', num='已参保', rate='参保率', u='人', rng=(5000, 300000), other='续保率'),
    dict(k='grad', dom='univ', den='毕业生', num='落实毕业去向', rate='毕业去向落实率', u='人', rng=(800, 9000), other='专业对口率'),
    dict(k='toilet', dom='village', den='农户', num='完成卫生厕所改造', rate='卫生厕所普及率', u='户', rng=(200, 20000), other='粪污资源化利用率'),
    dict(k='dispute', dom='gov', den='排查矛盾纠纷', num='调处化解', rate='化解率', u='起', rng=(50, 3000), other='回访满意率'),
    dict(k='visit', dom='survey', den='电话回访群众', num='表示满意', rate='满意率', u='人', rng=(100, 5000), other='知晓率'),
    dict(k='air', dom='env', den='有效监测天数', num='空气质量优良天数', rate='优良天数比例', u='天', rng=(300, 366), other='PM2.5达标率'),
    dict(k='water', dom='env', den='国省控监测断面', num='水质达到或优于Ⅲ类的断面', rate='优良比例', u='个', rng=(8, 60), other='功能区达标率'),
    dict(k='g5', dom='gov', den='行政村', num='通5G网络', rate='5G网络覆盖率', u='个', rng=(20, 600), other='光纤入户率'),
    dict(k='exec', dom='court', den='有财产可供执行案件', num='在法定期限内执结', rate='法定期限内结案率', u='件', rng=(300, 9000), other='执行到位率'),
    dict(k='lic', dom='gov', den='受理政务服务事项', num='网上可办', rate='网上可办率', u='项', rng=(200, 2000), other='即办件比例'),
]


def pick_rate(g, lo, hi, d, hi_rate=True, need_tie_free=True, cap100=True):
    """choose den, num with a tie-free true rate."""
    for _ in range(500):
        den = g.ri(lo, hi)
        if hi_rate:
            num = den - g.ri(0, max(1, den // g.pick([8, 15, 30, 60])))
        else:
            num = g.ri(max(1, den // 20), den)
        if num <= 0:
            continue
        true = D(num) * 100 / D(den)
        if need_tie_free and is_tie(true, d):
            continue
        if (rhu(true, d) == 100 and num < den) or (rhu(true, d) == 0 and num > 0):
            continue
        return den, num, true
    raise RuntimeError('no tie-free rate')


def rate_stated(g, true, d, cap=100):
    if g.I:
        return g.wrong_pct(true, d, cap=cap)
    return rhu(true, d)


def rs_make(g, dkey=None, d=None, hi_rate=True, F=None, comp=False, negs=('other_whole', 'threshold', 'pp', 'rank')):
    dom = g.pick([x for x in RD if (dkey is None or x['k'] in dkey) and (not comp or 'comp' in x)])
    F = F or g.F
    d = g.pick([0, 1, 1, 2, 2]) if d is None else d
    lo, hi = dom['rng']
    den, num, true = pick_rate(g, lo, hi, d, hi_rate)
    sp = dict(dom=dom, d=d, F=F)
    sp['den'] = g.N(den, F=F)
    sp['num'] = g.N(num, F=F)
    sp['bad'] = g.N(den - num, F=F)
    if g.NEG:
        kind = g.pick(list(negs))
        sp['neg'] = kind
        if kind == 'other_whole':
            for _ in range(50):
                o = rhu(D(g.r.uniform(85, 99.9)), d)
                if abs(o - true) > 1:
                    break
            sp['pct'] = g.P(o, d, F=F)
            sp['rate_name'] = dom['other']
            sp['check'] = cneg('different_wholes', dom['other'], '%s is measured on a base that is not given' % dom['other'], [sp['den'], sp['num'], sp['pct']])
            sp['note'] = 'negative: %s %s refers to a base not given in the text (not %s/%s)' % (dom['other'], sp['pct'].s, sp['num'].s, sp['den'].s)
        elif kind == 'threshold':
            t = g.pick([90, 95, 98, 85])
            sp['pct'] = g.P(t, 0, F=F)
            sp['check'] = cneg('threshold', '以上', 'a floor (…以上), not a computed rate', [sp['den'], sp['pct']])
            sp['note'] = 'negative: %s stays above a floor (%s以上); no count of completions given' % (dom['rate'], sp['pct'].s)
        elif kind == 'pp':
            sp['pct'] = g.P(rhu(true, d), d, F=F)
            sp['pp'] = g.N(D(g.ri(3, 80)) / 10, 1)
            sp['check'] = cneg('pp_standalone', '个百分点', 'a percentage-point change whose earlier value is not given', [sp['pct'], sp['pp']])
            sp['note'] = 'negative: rate without base counts and a 个百分点 change without the earlier rate'
        else:
            sp['pct'] = g.P(rhu(true, d), d, F=F)
            sp['rank'] = cn_int(g.ri(1, 9))
            sp['check'] = cneg('rank', '位', 'a rate with a rank and no base counts', [sp['pct']])
            sp['note'] = 'negative: a rate and its rank, no base counts to recompute'
        return sp
    sp['neg'] = None
    stated = rate_stated(g, true, d)
    sp['pct'] = g.P(stated, d, F=F)
    if comp:
        sp['check'] = crate([sp['den'], (-1, sp['bad'])], sp['den'], sp['pct'])
    else:
        sp['check'] = crate(sp['num'], sp['den'], sp['pct'])
    if g.C:
        sp['note'] = '%s/%s = %s, %s rounds to %s' % (sp['num'].s, sp['den'].s, dstr(rhu(true, 4)), dom['rate'], sp['pct'].s)
    else:
        sp['note'] = '%s/%s = %s, but %s is stated as %s' % (sp['num'].s, sp['den'].s, dstr(rhu(true, 4)), dom['rate'], sp['pct'].s)
    return sp


def rs_neg_text(g, sp):
    dom = sp['dom']
    u = dom['u']
    k = sp['neg']
    if k == 'other_whole':
        return '%s%s%s，%s%s%s，%s%s' % (dom['den'], sp['den'].s, u, dom['num'], sp['num'].s, u, dom['other'], sp['pct'].s)
    if k == 'threshold':
        return '%s%s%s，%s始终保持在%s以上' % (dom['den'], sp['den'].s, u, dom['rate'], sp['pct'].s)
    if k == 'pp':
        return '%s达到%s，较上年提高%s个百分点' % (dom['rate'], sp['pct'].s, sp['pp'].s)
    return '%s达到%s，居全市第%s位' % (dom['rate'], sp['pct'].s, sp['rank'])


def _reg_rate(name, desc, render, **kw):
    def fn(g):
        mode = kw.get('mode')
        if mode:
            g.F = Fmt(mode, pct=kw.get('pctsign') or g.F.pctsign, fwdot=g.chance(0.5))
        sp = rs_make(g, dkey=kw.get('dkey'), d=kw.get('d'), comp=kw.get('comp', False), negs=kw.get('negs', ('other_whole', 'threshold', 'pp', 'rank')))
        if sp['neg']:
            core = rs_neg_text(g, sp)
        else:
            core = render(g, sp)
        return dict(core=core, note=sp['note'], checks=[sp['check']], dom=sp['dom']['dom'], table=kw.get('table', False))
    style(name, 'pct', 'cin', desc)(fn)


STOCK_KEYS = ('grad', 'air', 'water', 'g5', 'toilet', 'ins', 'vacc', 'lic')


def _when(g, sp=None):
    if sp is not None and sp['dom']['k'] in STOCK_KEYS:
        return g.pick(['', '%d年' % g.year, '截至年底，'])
    return g.pick(['全年', '今年以来', '%d年' % g.year, '%d年1—%d月' % (g.year, g.ri(6, 11)), '', '报告期内'])


def rr_basic(g, sp):
    dom, u = sp['dom'], sp['dom']['u']
    return '%s%s%s%s%s，%s%s%s，%s%s%s' % (_when(g, sp), g.pick(['共', '累计', '']), dom['den'], sp['den'].s, u, dom['num'], sp['num'].s, u,
                                         dom['rate'], g.pick(['', '为', '达', '达到']), sp['pct'].s)


def rr_first(g, sp):
    dom, u = sp['dom'], sp['dom']['u']
    return '%s%s%s，%s%s%s%s，%s%s%s' % (dom['rate'], g.pick(['达', '达到', '为']), sp['pct'].s, g.pick(['全年', '其中全年', '']), g.pick(['共', '']),
                                      dom['den'], sp['den'].s + u, dom['num'], sp['num'].s, u)


def rr_fraction(g, sp):
    dom, u = sp['dom'], sp['dom']['u']
    if g.chance(0.5):
        return '%s%s（%s/%s）' % (dom['rate'], sp['pct'].s, sp['num'].s, sp['den'].s)
    return '%s%s%s，%s为%s（%s%s%s/总数%s%s）' % (dom['num'], sp['num'].s, u, dom['rate'], sp['pct'].s, dom['num'], sp['num'].s, u, sp['den'].s, u)


def rr_complement(g, sp):
    dom, u = sp['dom'], sp['dom']['u']
    return '%s%s%s%s%s，检出%s%s%s，%s%s' % (_when(g, sp), g.pick(['共', '']), dom['den'], sp['den'].s, u, dom['comp'], sp['bad'].s, u, dom['rate'], sp['pct'].s)


def rr_den_prev_line(g, sp):
    dom, u = sp['dom'], sp['dom']['u']
    return ['%s%s%s%s。' % (_when(g, sp), g.pick(['共', '累计']), dom['den'], sp['den'].s + u),
            g.pick(['通过建立台账、限时办理，', '经逐件跟踪督办，', '']) + '%s%s%s，%s%s。' % (dom['num'], sp['num'].s, u, dom['rate'], sp['pct'].s)]


def rr_halfwidth(g, sp):
    dom, u = sp['dom'], sp['dom']['u']
    return '%s%s%s,%s%s%s,%s%s' % (dom['den'], sp['den'].s, u, dom['num'], sp['num'].s, u, dom['rate'], sp['pct'].s)


_reg_rate('rate_basic', 'den N，num M，rate x% (rate after its counts)', rr_basic)
_reg_rate('rate_stated_first', 'rate x% stated first, then the counts', rr_first)
_reg_rate('rate_fraction_paren', 'rate x%（M/N） or 办结M件，办结率x%（…/总数N）', rr_fraction)
_reg_rate('rate_integer_percent', 'whole-number percentages (98%) rounded from the counts', rr_basic, d=0)
_reg_rate('rate_two_decimals', 'two-decimal percentages (98.67%)', rr_first, d=2)
_reg_rate('rate_complement_fail', '抽检N批次，检出不合格k批次，合格率x% (numerator is N−k)', rr_complement, comp=True)
_reg_rate('rate_fullwidth', 'full-width digits and ％ sign', rr_basic, mode='fw', pctsign='％')
_reg_rate('rate_thousands_sep', 'large counts with "," thousands separators', rr_basic, mode='comma', dkey=('hotline', 'case', 'ins', 'vacc', 'exec'))
_reg_rate('rate_den_previous_line', 'the base on one line, numerator and rate on the next', rr_den_prev_line)
_reg_rate('rate_halfwidth_punct', 'ASCII commas as clause separators next to comma-grouped numbers', rr_halfwidth, mode='comma', dkey=('hotline', 'case', 'ins', 'vacc', 'grad'))
_reg_rate('rate_chinese_baifenzhi', '百分之九十八点六 written in Chinese', rr_basic, mode='cnpct', dkey=('grid', 'petition', 'hazard', 'dispute', 'g5', 'lic'))


# ----------------------------------------------------------------------------------------------
# bespoke `pct` styles
# ----------------------------------------------------------------------------------------------
def mkpct(g, true, d, wrong=False, cap=None, F=None, avoid_edge=True):
    true = D(true)
    if is_tie(true, d):
        raise Retry()
    if avoid_edge and not wrong and ((rhu(true, d) == 100 and true < 100) or (rhu(true, d) == 0 and true > 0)):
        raise Retry()
    v = g.wrong_pct(true, d, cap=cap) if wrong else rhu(true, d)
    return g.P(v, d, F=F)


def ratio(a, b):
    return D(a) * 100 / D(b)


def growth(new, old):
    return (D(new) - D(old)) * 100 / abs(D(old))


def pnote(g, what, true, P):
    if g.C or not g.I:
        return '%s = %s, stated %s (rounded)' % (what, dstr(rhu(true, 4)), P.s)
    return '%s = %s, stated %s' % (what, dstr(rhu(true, 4)), P.s)


@style('share_zhan_each', 'pct', desc='其中A a人，占x%；B b人，占y% (each share over the stated whole)')
def s_share_zhan(g):
    grp, u = g.pick([('全县常住人口', '人'), ('在册党员', '名'), ('规上工业企业', '家'), ('参保职工', '人'), ('注册志愿者', '人')])
    cats = {'全县常住人口': ['60岁以上', '14岁以下', '城镇常住'], '在册党员': ['女党员', '35岁以下党员', '大专以上学历党员'],
            '规上工业企业': ['高新技术企业', '外资企业', '民营企业'], '参保职工': ['灵活就业人员', '农民工', '新就业形态劳动者'],
            '注册志愿者': ['青年志愿者', '党员志愿者', '巾帼志愿者']}[grp]
    n = g.ri(200, 800000)
    k = 2
    cs_ = g.sample(cats, k)
    vals = [g.ri(n // 20, n // 2) for _ in range(k)]
    d = g.pick([1, 2, 1])
    wrong_i = g.r.randrange(k) if g.I else -1
    T = g.N(n)
    V = [g.N(x) for x in vals]
    P = [mkpct(g, ratio(vals[i], n), d, wrong=(i == wrong_i), cap=100) for i in range(k)]
    if g.NEG:
        txt = '%s%s%s，其中%s占比较上年提高%s个百分点，%s占比保持稳定。' % (grp, T.s, u, cs_[0], g.N(D(g.ri(2, 30)) / 10, 1).s, cs_[1])
        return dict(core=txt, dom='gov', checks=[cneg('pp_standalone', '个百分点', 'share changes without shares or counts', [T])],
                    note='negative: a percentage-point change of a share, with neither the share nor the count')
    txt = '%s%s%s，其中%s%s%s，占%s；%s%s%s，占%s。' % (grp, T.s, u, cs_[0], V[0].s, u, P[0].s, cs_[1], V[1].s, u, P[1].s)
    checks = [crate(V[i], T, P[i]) for i in range(k)]
    note = 'shares: ' + '; '.join('%s/%s=%s vs %s' % (V[i].s, T.s, dstr(rhu(ratio(vals[i], n), 3)), P[i].s) for i in range(k))
    if g.I:
        note += ' (share %d wrong)' % (wrong_i + 1)
    return dict(core=txt, dom='gov', checks=checks, note=note)


@style('share_bracket_after_count', 'pct', desc='A a人（x%）、B b人（y%）、C c人（z%）: a percentage in brackets after each count; counts add to the whole')
def s_share_bracket(g):
    opts = [('%d届毕业生', '人', ['升学', '就业', '待就业']), ('受理投诉', '件', ['物业服务', '噪声扰民', '占道经营', '违章停车']),
            ('新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社']), ('发生交通事故', '起', ['机动车之间', '机动车与非机动车', '单车事故'])]
    lab, u, cats = g.pick(opts)
    if '%d' in lab:
        lab = lab % g.year
    k = len(cats)
    n = g.ri(100, 20000)
    parts = g.split(n, k)
    d = g.pick([1, 2, 1, 0])
    wrong_i = g.r.randrange(k) if g.I else -1
    T = g.N(n)
    V = [g.N(x) for x in parts]
    P = [mkpct(g, ratio(parts[i], n), d, wrong=(i == wrong_i), cap=100) for i in range(k)]
    if g.NEG:
        Pm = [g.P(D(g.ri(100, 900)) / 10, 1) for _ in range(k)]
        txt = '%s%s%s，%s（%s，多选）。' % (lab, T.s, u, '、'.join('涉及%s的占%s' % (cats[i], Pm[i].s) for i in range(k)), '按涉及问题统计')
        tot = sum(p.v for p in Pm)
        if tot <= 100:
            raise Retry()
        return dict(core=txt, dom='gov', checks=[cneg('multi_choice', '多选', 'one complaint may involve several problems', Pm)],
                    note='negative: shares by problem with 多选 (sum %s%% > 100 allowed)' % dstr(tot))
    txt = '%s%s%s，其中%s。' % (lab, T.s, u, '、'.join('%s%s%s（%s）' % (cats[i], V[i].s, u, P[i].s) for i in range(k)))
    checks = [cs(V, T)] + [crate(V[i], T, P[i]) for i in range(k)]
    note = 'counts add to %s; each bracket share = count/%s' % (T.s, T.s)
    if g.I:
        note += '; bracket %d is off (%s/%s = %s, stated %s)' % (wrong_i + 1, V[wrong_i].s, T.s, dstr(rhu(ratio(parts[wrong_i], n), 3)), P[wrong_i].s)
    return dict(core=txt, dom='gov', checks=checks, note=note)


@style('shares_sum_exhaustive', 'pct', desc='三次产业结构 / 各类用地占比: shares of one whole that must sum to 100 within rounding')
def s_shares_exh(g):
    opts = [('三次产业结构中，', ['第一产业增加值占', '第二产业增加值占', '第三产业增加值占']),
            ('从收入来源看，', ['工资性收入占', '经营净收入占', '财产净收入占', '转移净收入占']),
            ('全市国土面积中，', ['耕地占', '林地占', '建设用地占', '水域及其他占']),
            ('从年龄结构看，', ['0—14岁人口占', '15—59岁人口占', '60岁及以上人口占'])]
    lead, cats = g.pick(opts)
    k = len(cats)
    w = g.split(100000, k)
    d = 1
    shares = [rhu(D(x) / 1000, d) for x in w]
    if g.I:
        i = g.r.randrange(k)
        shares[i] += g.pick([-1, 1]) * D(g.ri(12, 90)) / 10
        if shares[i] <= 0:
            shares[i] += 10
    P = [g.P(x, d) for x in shares]
    if g.NEG:
        txt = '%s%s。' % (lead, '，'.join('%s%s，比上年%s%s个百分点' % (cats[i], P[i].s, g.pick(['提高', '下降']), g.N(D(g.ri(1, 30)) / 10, 1).s) for i in range(2)))
        return dict(core=txt, dom='gov', checks=[cneg('pp_standalone', '个百分点', 'only two of the shares, with percentage-point changes', P[:2])],
                    note='negative: two of the shares are given (no full set to add) and pp changes without earlier values')
    txt = '%s%s。' % (lead, '，'.join('%s%s' % (cats[i], P[i].s) for i in range(k)))
    tot = sum(shares)
    chk = {'rel': 'share_sum', 'shares': [p.d() for p in P], 'mode': 'exhaustive'}
    note = ('shares sum to %s%% (100 within rounding)' if g.C else 'shares of one whole sum to %s%%, not 100') % dstr(tot)
    return dict(core=txt, dom='gov', checks=[chk], note=note)


@style('shares_top_three_at_most', 'pct', desc='居前三位的依次是A a%、B b%、C c%: partial shares of one whole cannot sum past 100')
def s_shares_top(g):
    topic = g.pick(['群众投诉量', '12345热线诉求量', '消费维权投诉', '涉农信访件'])
    cats = g.sample(['物业服务', '噪声扰民', '停车管理', '房屋质量', '劳资纠纷', '教育培训', '预付式消费', '供水供电'], 3)
    if g.I:
        sh = sorted([D(g.ri(300, 520)) / 10, D(g.ri(250, 400)) / 10, D(g.ri(250, 380)) / 10], reverse=True)
        if sum(sh) <= 102:
            raise Retry()
    else:
        sh = sorted([D(g.ri(150, 420)) / 10, D(g.ri(80, 250)) / 10, D(g.ri(50, 200)) / 10], reverse=True)
        if sum(sh) > 99:
            raise Retry()
    P = [g.P(x, 1) for x in sh]
    if g.NEG:
        P = [g.P(D(g.ri(300, 700)) / 10, 1) for _ in range(3)]
        if sum(p.v for p in P) <= 100:
            raise Retry()
        txt = '从群众关注的问题看，%s的受访者关注%s，%s关注%s，%s关注%s（可多选）。' % (P[0].s, cats[0], P[1].s, cats[1], P[2].s, cats[2])
        return dict(core=txt, dom='survey', checks=[cneg('multi_choice', '可多选', 'respondents may name several problems', P)],
                    note='negative: multiple-choice shares may exceed 100 %% in total (%s)' % dstr(sum(p.v for p in P)))
    txt = '%s中，居前三位的依次是%s（%s）、%s（%s）和%s（%s）。' % (topic, cats[0], P[0].s, cats[1], P[1].s, cats[2], P[2].s)
    chk = {'rel': 'share_sum', 'shares': [p.d() for p in P], 'mode': 'at_most'}
    note = ('three shares of one whole sum to %s%% <= 100' if g.C else 'three shares of one whole sum to %s%% > 100') % dstr(sum(sh))
    return dict(core=txt, dom='gov', checks=[chk], note=note)


GROWTH_TOPICS = [('地区生产总值', '亿元', 2, (80, 3000)), ('规模以上工业增加值', '亿元', 2, (20, 900)), ('社会消费品零售总额', '亿元', 2, (30, 1500)),
                 ('一般公共预算收入', '亿元', 2, (5, 300)), ('接待游客', '万人次', 1, (50, 6000)), ('实际使用外资', '万美元', 0, (500, 90000)),
                 ('进出口总额', '亿元', 2, (5, 900)), ('城镇居民人均可支配收入', '元', 0, (25000, 70000)), ('固定资产投资', '亿元', 2, (30, 1500)),
                 ('快递业务量', '万件', 1, (100, 30000))]


def _growth_vals(g, lo=-0.25, hi=0.35, pl=2, base=(1000, 90000)):
    old = g.ri(*base)
    for _ in range(100):
        r = D(g.r.uniform(lo, hi))
        new = int(old * (1 + r))
        if new != old and new > 0:
            return old, new
    raise Retry()


@style('growth_from_to', 'pct', desc='由a增至b，增长x% (relative change between two stated values)')
def s_growth_from_to(g):
    topic, u, pl, (blo, bhi) = g.pick(GROWTH_TOPICS)
    sc = 10 ** pl
    old, new = _growth_vals(g, 0.02, 0.6, pl, base=(blo * sc, bhi * sc))
    mk = lambda x: g.N(D(x) / sc, pl)
    O, Nn = mk(old), mk(new)
    d = g.pick([1, 1, 2, 0])
    true = growth(Nn.v, O.v)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '%s由%d年的%s%s增至%s%s，年均增长%s。' % (topic, g.year - 5, O.s, u, Nn.s, u, g.P(D(g.ri(30, 150)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('cagr', '年均增长', 'an average annual rate over several years (compound), not the overall change', [O, Nn])],
                    note='negative: 年均增长 is a compound annual rate over five years, not (b-a)/a')
    txt = g.pick(['%s由上年的%s%s增至%s%s，增长%s。', '%s从%s%s增加到%s%s，增幅%s。']) % (topic, O.s, u, Nn.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[cgrowth(Nn, O, P)], note='growth: ' + pnote(g, '(%s-%s)/%s' % (Nn.s, O.s, O.s), true, P))


@style('growth_yoy_values', 'pct', desc='今年a，上年同期b，同比增长x% (base after the current value)')
def s_growth_yoy(g):
    topic, u, pl, (blo, bhi) = g.pick(GROWTH_TOPICS)
    sc = 10 ** pl
    old, new = _growth_vals(g, 0.01, 0.4, pl, base=(blo * sc, bhi * sc))
    mk = lambda x: g.N(D(x) / sc, pl)
    O, Nn = mk(old), mk(new)
    d = g.pick([1, 1, 2])
    true = growth(Nn.v, O.v)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '%s完成%s%s，同比增长%s，增速%s。' % (topic, Nn.s, u, P.s, g.pick(['高于全省平均水平', '居全市第%s位' % cn_int(g.ri(1, 9))]))
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '同比增长', 'no base value given (comparable-price growth)', [Nn, P])],
                    note='negative: growth rate without last year\'s value (official growth is at comparable prices anyway)')
    txt = '%s完成%s%s，上年同期为%s%s，同比增长%s。' % (topic, Nn.s, u, O.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[cgrowth(Nn, O, P)], note='yoy growth: ' + pnote(g, '(%s-%s)/%s' % (Nn.s, O.s, O.s), true, P))


@style('decline_yoy', 'pct', desc='同比下降x% with both values (sign carried by the word 下降)')
def s_decline(g):
    topic, u = g.pick([('发生生产安全事故', '起'), ('刑事案件立案数', '起'), ('道路交通事故', '起'), ('信访总量', '件'), ('火灾起数', '起'), ('能耗总量', '万吨标准煤')])
    pl = 1 if u.startswith('万') else 0
    sc = 10 ** pl
    old, new = _growth_vals(g, -0.6, -0.02, pl, base=(30 * sc, 9000 * sc))
    mk = lambda x: g.N(D(x) / sc, pl)
    O, Nn = mk(old), mk(new)
    d = g.pick([1, 1, 2, 0])
    true = -growth(Nn.v, O.v)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '%s%s%s，同比下降%s，连续%s年实现“双下降”。' % (topic, Nn.s, u, P.s, cn_count(g.ri(2, 6)))
        return dict(core=txt, dom='safety', checks=[cneg('unstated', '双下降', 'no base value given', [Nn, P])],
                    note='negative: decline rate without the earlier value')
    txt = g.pick(['%s%s%s，上年%s%s，同比下降%s。', '全年%s%s%s，较上年的%s%s下降%s。']) % (topic, Nn.s, u, O.s, u, P.s)
    return dict(core=txt, dom='safety', checks=[cgrowth(Nn, O, P, 'down')], note='decline: ' + pnote(g, '(%s-%s)/%s' % (O.s, Nn.s, O.s), true, P))


@style('growth_signed_minus', 'pct', desc='增速为−3.2% / 增长-3.2%: a negative growth written with a minus sign')
def s_growth_minus(g):
    topic, u, pl, (blo, bhi) = g.pick(GROWTH_TOPICS)
    sc = 10 ** pl
    old, new = _growth_vals(g, -0.2, -0.01, pl, base=(blo * sc, bhi * sc))
    mk = lambda x: g.N(D(x) / sc, pl)
    O, Nn = mk(old), mk(new)
    d = 1
    F = Fmt('ascii', pct=g.F.pctsign, minus=g.pick(['-', '−', '－']))
    true = growth(Nn.v, O.v)
    P = mkpct(g, true, d, wrong=g.I, F=F)
    if g.NEG:
        txt = '%s%s%s，增速为%s，降幅比一季度收窄%s个百分点。' % (topic, Nn.s, u, P.s, g.N(D(g.ri(3, 40)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('pp_standalone', '个百分点', 'no base value; narrowing vs an unstated earlier rate', [Nn, P])],
                    note='negative: negative growth with no base, and a pp narrowing vs an unstated rate')
    txt = g.pick(['%s%s%s（上年%s%s），增速为%s。', '%s完成%s%s，比上年%s%s增长%s。']) % (topic, Nn.s, u, O.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[cgrowth(Nn, O, P, 'signed')], note='signed growth: ' + pnote(g, '(%s-%s)/%s' % (Nn.s, O.s, O.s), true, P))


@style('growth_over_100_checkable', 'pct', desc='由40增至94，增长135%: a growth rate above 100 % that is correct')
def s_growth_big(g):
    topic, u = g.pick([('新能源汽车产量', '辆'), ('跨境电商交易额', '万元'), ('直播带货销售额', '万元'), ('光伏装机容量', '万千瓦'), ('入境游客', '人次')])
    old = g.ri(50, 9000)
    new = int(old * D(g.r.uniform(2.05, 6.0)))
    O, Nn = g.N(old), g.N(new)
    d = g.pick([0, 1])
    true = growth(new, old)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '%s同比增长%s，增速居全省首位。' % (topic, P.s)
        return dict(core=txt, dom='gov', checks=[cneg('growth_over_100', '同比增长', 'a growth rate above 100 % without base values', [P])],
                    note='negative: growth over 100 % is possible and has no base here')
    txt = '%s由上年的%s%s增至%s%s，增长%s。' % (topic, O.s, u, Nn.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[cgrowth(Nn, O, P)], note='growth above 100 %: ' + pnote(g, '(%s-%s)/%s' % (Nn.s, O.s, O.s), true, P))


def _rate_pair(g, lo=60, hi=98, d=1):
    a = D(g.ri(lo * 10 ** d, hi * 10 ** d)) / 10 ** d
    b = a + D(g.ri(1, 80)) / 10 * g.pick([1, 1, -1])
    b = rhu(b, d)
    if b >= 100 or b <= 0 or b == a:
        raise Retry()
    return a, b


@style('pp_change_from_to', 'pct', desc='由x%提高到y%，提高z个百分点 (a checkable percentage-point change)')
def s_pp(g):
    name = g.pick(['城镇化率', '森林覆盖率', '义务教育巩固率', '高中阶段毛入学率', '农村自来水普及率', '研发经费投入强度', '二级以上医院电子病历应用率'])
    d = 1
    a, b = _rate_pair(g, 40, 95, d)
    diff = b - a
    stated = abs(diff)
    if g.I:
        stated = stated + D(g.ri(2, 30)) / 10 * g.pick([1, -1])
        if stated <= 0:
            stated = abs(diff) + D('1.5')
    A, B = g.P(a, d), g.P(b, d)
    Z = g.N(stated, 1)
    up = diff > 0
    if g.NEG:
        txt = '%s达到%s，比上年%s%s个百分点。' % (name, B.s, '提高' if up else '下降', Z.s)
        return dict(core=txt, dom='gov', checks=[cneg('pp_standalone', '个百分点', 'earlier rate not given', [B, Z])],
                    note='negative: pp change without the earlier rate')
    txt = '%s由%s%s到%s，%s%s个百分点。' % (name, A.s, '提高' if up else '下降', B.s, '提高' if up else '下降', Z.s)
    chk = {'rel': 'pp', 'new': B.d(), 'old': A.d(), 'pp': Z.d(), 'dir': 'up' if up else 'down'}
    note = ('%s - %s = %s pp' % (B.s, A.s, dstr(diff))) + ('' if g.C else ', stated %s' % Z.s)
    return dict(core=txt, dom='gov', checks=[chk], note='percentage points: ' + note)


@style('pp_vs_relative_trap', 'pct', desc='由30%提高到35%，相对提高16.7%: a relative change of a rate (not percentage points)')
def s_pp_rel(g):
    name = g.pick(['宽带用户渗透率', '政务服务网上办理比例', '生活垃圾回收利用率', '绿色建筑占新建建筑比例', '新能源汽车销量占比'])
    a = D(g.ri(100, 600)) / 10
    b = a + D(g.ri(10, 150)) / 10
    A, B = g.P(a, 1), g.P(b, 1)
    d = 1
    true = growth(b, a)
    P = mkpct(g, true, d, wrong=g.I)
    pp = b - a
    Z = g.N(pp, 1)
    if g.NEG:
        txt = '%s提高到%s，相对增幅%s，超额完成年度目标。' % (name, B.s, P.s)
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '相对增幅', 'earlier rate not given', [B, P])],
                    note='negative: relative increase without the earlier rate')
    txt = '%s由%s提高到%s，提高%s个百分点，相对提高%s。' % (name, A.s, B.s, Z.s, P.s)
    checks = [{'rel': 'pp', 'new': B.d(), 'old': A.d(), 'pp': Z.d(), 'dir': 'up'}, cgrowth(B, A, P)]
    note = '%s pp and relative (%s-%s)/%s = %s%%, stated %s' % (Z.s, B.s, A.s, A.s, dstr(rhu(true, 3)), P.s)
    return dict(core=txt, dom='gov', checks=checks, note=('both hold: ' if g.C else 'relative change wrong, pp holds: ') + note)


def _amt(g, lo, hi, places=2, mag='亿', F=None):
    """random amount displayed with `places` decimals in 亿/万 (value in base units)."""
    v = D(g.ri(lo, hi)) / 10 ** places
    return Num((F or g.F).n(v, places) + mag, v * MAG[mag])


@style('gross_margin', 'pct', desc='营业收入a、营业成本b、毛利率x% = (a−b)/a (listed company)')
def s_gross_margin(g):
    rev = g.ri(50000, 9000000)                 # 万元 *100
    cost = int(rev * D(g.r.uniform(0.45, 0.92)))
    mk = lambda x: g.N(D(x) / 100, 2)
    R, C = mk(rev), mk(cost)
    d = 2
    true = (R.v - C.v) * 100 / R.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '报告期内公司综合毛利率为%s，较上年同期增加%s个百分点，主要系高毛利产品收入占比提升所致。' % (P.s, g.N(D(g.ri(10, 400)) / 100, 2).s)
        return dict(core=txt, dom='company', checks=[cneg('pp_standalone', '个百分点', 'margin without revenue and cost; pp change vs unstated margin', [P])],
                    note='negative: margin with no revenue/cost figures and a pp change')
    txt = g.pick(['报告期内公司实现营业收入%s万元，营业成本%s万元，综合毛利率%s。', '主营业务收入%s万元，主营业务成本%s万元，毛利率为%s。']) % (R.s, C.s, P.s)
    return dict(core=txt, dom='company', checks=[crate([R, (-1, C)], R, P)], note='gross margin: ' + pnote(g, '(%s-%s)/%s' % (R.s, C.s, R.s), true, P))


@style('net_margin_attributable', 'pct', desc='归母净利润 / 营业收入 = 销售净利率 (亿元 two decimals)')
def s_net_margin(g):
    R = _amt(g, 500, 90000)
    npf = int(R.v / 10 ** 6 * D(g.r.uniform(0.02, 0.25)))
    Np = Num(g.F.n(D(npf) / 100, 2) + '亿', D(npf) / 100 * 10 ** 8)
    d = 2
    true = Np.v * 100 / R.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '实现营业收入%s元，归属于上市公司股东的净利润%s元，加权平均净资产收益率%s。' % (R.s, Np.s, P.s)
        return dict(core=txt, dom='company', checks=[cneg('different_wholes', '净资产收益率', 'ROE is over average equity, which is not given', [R, Np, P])],
                    note='negative: ROE uses average net assets (not given), not revenue')
    txt = '实现营业收入%s元，归属于上市公司股东的净利润%s元，销售净利率%s。' % (R.s, Np.s, P.s)
    return dict(core=txt, dom='company', checks=[crate(Np, R, P)], note='net margin: ' + pnote(g, '%s/%s' % (Np.s, R.s), true, P))


@style('bank_npl_ratio', 'pct', desc='不良贷款余额a亿元，各项贷款余额b亿元，不良贷款率x%')
def s_npl(g):
    L = _amt(g, 5000, 300000)
    npl = int(L.v / 10 ** 6 * D(g.r.uniform(0.005, 0.035)))
    Nn = Num(g.F.n(D(npl) / 100, 2) + '亿', D(npl) / 100 * 10 ** 8)
    d = 2
    true = Nn.v * 100 / L.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '不良贷款率%s，较年初下降%s个百分点，关注类贷款占比保持在较低水平。' % (P.s, g.N(D(g.ri(1, 40)) / 100, 2).s)
        return dict(core=txt, dom='bank', checks=[cneg('pp_standalone', '个百分点', 'no loan figures', [P])], note='negative: ratio and pp change without loan amounts')
    txt = g.pick(['年末各项贷款余额%s元，不良贷款余额%s元，不良贷款率%s。', '不良贷款余额%s元，不良贷款率%s（各项贷款余额%s元）。'])
    txt = txt % ((L.s, Nn.s, P.s) if txt.startswith('年末') else (Nn.s, P.s, L.s))
    return dict(core=txt, dom='bank', checks=[crate(Nn, L, P)], note='NPL ratio: ' + pnote(g, '%s/%s' % (Nn.s, L.s), true, P))


@style('bank_capital_adequacy', 'pct', desc='资本净额a亿元 / 风险加权资产b亿元 = 资本充足率x%')
def s_car(g):
    RWA = _amt(g, 10000, 500000)
    cap = int(RWA.v / 10 ** 6 * D(g.r.uniform(0.105, 0.17)))
    C = Num(g.F.n(D(cap) / 100, 2) + '亿', D(cap) / 100 * 10 ** 8)
    d = 2
    true = C.v * 100 / RWA.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        t1 = g.P(D(g.ri(900, 1200)) / 100, 2)
        txt = '资本充足率%s，一级资本充足率%s，核心一级资本充足率%s，均高于监管要求。' % (P.s, t1.s, g.P(t1.v - D(g.ri(0, 50)) / 100, 2).s)
        return dict(core=txt, dom='bank', checks=[cneg('different_wholes', '一级资本充足率', 'three nested ratios, not shares to add', [P, t1])],
                    note='negative: nested capital ratios are not shares of one whole and have no base figures here')
    txt = '资本净额%s元，风险加权资产%s元，资本充足率%s。' % (C.s, RWA.s, P.s)
    return dict(core=txt, dom='bank', checks=[crate(C, RWA, P)], note='capital adequacy: ' + pnote(g, '%s/%s' % (C.s, RWA.s), true, P))


@style('bank_loan_deposit_ratio', 'pct', desc='贷款余额/存款余额 = 存贷比 (may be written 存贷比 or 贷存比)')
def s_ldr(g):
    Dp = _amt(g, 5000, 300000)
    ln = int(Dp.v / 10 ** 6 * D(g.r.uniform(0.55, 0.95)))
    L = Num(g.F.n(D(ln) / 100, 2) + '亿', D(ln) / 100 * 10 ** 8)
    d = g.pick([1, 2])
    true = L.v * 100 / Dp.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '各项存款余额%s元，各项贷款余额%s元，存贷比保持在监管要求的合理区间。' % (Dp.s, L.s)
        return dict(core=txt, dom='bank', checks=[cneg('unstated', '合理区间', 'ratio not stated', [Dp, L])], note='negative: ratio is not given')
    txt = '各项存款余额%s元，各项贷款余额%s元，存贷比%s。' % (Dp.s, L.s, P.s)
    return dict(core=txt, dom='bank', checks=[crate(L, Dp, P)], note='loan/deposit: ' + pnote(g, '%s/%s' % (L.s, Dp.s), true, P))


@style('bank_provision_coverage', 'pct', desc='拨备覆盖率 = 贷款损失准备/不良贷款 (well above 100 %, correct)')
def s_prov(g):
    npl = _amt(g, 100, 9000)
    prov = int(npl.v / 10 ** 6 * D(g.r.uniform(1.4, 4.0)))
    Pv = Num(g.F.n(D(prov) / 100, 2) + '亿', D(prov) / 100 * 10 ** 8)
    d = 2
    true = Pv.v * 100 / npl.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '拨备覆盖率%s，拨贷比%s，风险抵补能力较强。' % (P.s, g.P(D(g.ri(150, 450)) / 100, 2).s)
        c = cneg('ratio_over_100', '拨备覆盖率', 'a coverage ratio above 100 % is normal; no base figures', [P])
        return dict(core=txt, dom='bank', checks=[c], note='negative: coverage ratio over 100 % without base figures')
    txt = '贷款损失准备余额%s元，不良贷款余额%s元，拨备覆盖率%s。' % (Pv.s, npl.s, P.s)
    return dict(core=txt, dom='bank', checks=[crate(Pv, npl, P)], note='provision coverage (>100 %%): ' + pnote(g, '%s/%s' % (Pv.s, npl.s), true, P))


@style('insurance_loss_ratio', 'pct', desc='赔付支出a / 保费收入b = 赔付率x% (万元)')
def s_loss_ratio(g):
    prem = g.ri(100000, 9000000)
    paid = int(prem * D(g.r.uniform(0.35, 0.85)))
    mk = lambda x: g.N(D(x) / 100, 2)
    Pm, Pd = mk(prem), mk(paid)
    d = g.pick([1, 2])
    true = Pd.v * 100 / Pm.v
    P = mkpct(g, true, d, wrong=g.I)
    line = g.pick(['农业保险', '车险', '健康险', '意外险'])
    if g.NEG:
        txt = '%s实现保费收入%s万元，支付赔款%s万元，简单赔付率%s（按已决赔款口径，未含未决赔款准备金）。' % (line, Pm.s, Pd.s, g.P(D(g.ri(300, 900)) / 10, 1).s)
        return dict(core=txt, dom='insur', checks=[cneg('different_wholes', '未含未决赔款准备金', 'ratio on a different basis than the figures shown', [Pm, Pd])],
                    note='negative: the stated ratio is on another basis (已决赔款口径) than the two amounts')
    txt = '%s实现保费收入%s万元，赔付支出%s万元，赔付率%s。' % (line, Pm.s, Pd.s, P.s)
    return dict(core=txt, dom='insur', checks=[crate(Pd, Pm, P)], note='loss ratio: ' + pnote(g, '%s/%s' % (Pd.s, Pm.s), true, P))


@style('insurance_combined_ratio_sum', 'pct', desc='综合赔付率a% + 综合费用率b% = 综合成本率c% (a sum of percentages, within rounding)')
def s_combined(g):
    a = D(g.ri(5000, 7800)) / 100
    b = D(g.ri(1800, 4000)) / 100
    c = a + b
    if g.I:
        c = c + g.pick([-1, 1]) * D(g.ri(30, 300)) / 100
    A, B, C = g.P(a, 2), g.P(b, 2), g.P(c, 2)
    if g.NEG:
        txt = '综合成本率%s，同比下降%s个百分点，承保利润%s。' % (C.s, g.N(D(g.ri(10, 300)) / 100, 2).s, g.pick(['保持稳定', '有所改善']))
        return dict(core=txt, dom='insur', checks=[cneg('pp_standalone', '个百分点', 'no components', [C])], note='negative: combined ratio without components')
    txt = '综合成本率%s，其中综合赔付率%s、综合费用率%s。' % (C.s, A.s, B.s) if g.chance(0.5) else '综合赔付率%s，综合费用率%s，综合成本率%s。' % (A.s, B.s, C.s)
    chk = cs([A, B], C, rounded=True)
    return dict(core=txt, dom='insur', checks=[chk], note=('%s + %s = %s' % (A.s, B.s, C.s)) if g.C else ('%s + %s = %s, stated %s' % (A.s, B.s, dstr(a + b), C.s)))


@style('election_turnout_rate', 'pct', desc='登记选民N人，参加投票M人，参选率x%')
def s_turnout_rate(g):
    n = g.ri(500, 9000)
    m = n - g.ri(n // 60, n // 6)
    d = g.pick([1, 2])
    true = ratio(m, n)
    P = mkpct(g, true, d, wrong=g.I)
    Nn, M = g.N(n), g.N(m)
    if g.NEG:
        txt = '全村登记选民%s人，参选率达%s，超过法定的半数要求。' % (Nn.s, P.s)
        return dict(core=txt, dom='election', checks=[cneg('unstated', '超过法定的半数要求', 'turnout count not given', [Nn, P])],
                    note='negative: turnout rate without the number who voted')
    txt = '全村登记选民%s人，参加投票%s人，参选率%s。' % (Nn.s, M.s, P.s)
    return dict(core=txt, dom='election', checks=[crate(M, Nn, P)], note='turnout: ' + pnote(g, '%s/%s' % (M.s, Nn.s), true, P))


@style('vote_share_valid_ballots', 'pct', desc='有效票V张，候选人得a票，得票率x% (over valid ballots, several candidates)')
def s_vote_share(g):
    v = g.ri(400, 6000)
    names = [person(g.r) for _ in range(2)]
    a = g.ri(v // 2 + 1, v * 9 // 10)
    b = g.ri(1, v - a)
    V, A, B = g.N(v), g.N(a), g.N(b)
    d = g.pick([1, 2])
    wrong = g.pick([0, 1]) if g.I else -1
    Pa = mkpct(g, ratio(a, v), d, wrong=(wrong == 0))
    Pb = mkpct(g, ratio(b, v), d, wrong=(wrong == 1))
    if g.NEG:
        txt = '有效票%s张，%s以%s的得票率当选，得票数超过应到会选民的半数。' % (V.s, names[0], Pa.s)
        return dict(core=txt, dom='election', checks=[cneg('unstated', '以', 'vote count not given', [V, Pa])], note='negative: a vote share without the vote count')
    txt = '有效票%s张，其中%s得%s票，得票率%s；%s得%s票，得票率%s。' % (V.s, names[0], A.s, Pa.s, names[1], B.s, Pb.s)
    checks = [crate(A, V, Pa), crate(B, V, Pb)]
    note = 'vote shares over valid ballots: %s/%s and %s/%s' % (A.s, V.s, B.s, V.s) + ('' if g.C else '; share %d is wrong' % (wrong + 1))
    return dict(core=txt, dom='election', checks=checks, note=note)


@style('vote_share_two_wholes', 'pct', desc='所投票数R张、有效票V张; 得票率 explicitly over one of them (按有效票/按所投票数计算)')
def s_vote_two(g):
    r = g.ri(300, 5000)
    v = r - g.ri(max(8, r // 25), max(9, r // 8))
    a = g.ri(v // 2 + 1, v - 5)
    R, V, A = g.N(r), g.N(v), g.N(a)
    d = 2
    base_valid = g.chance(0.5)
    base, other = (v, r) if base_valid else (r, v)
    true = ratio(a, base)
    if g.I:
        # the percentage is computed over the other whole than the one named
        wrong_true = ratio(a, other)
        st = rhu(wrong_true, d)
        if is_tie(wrong_true, d) or not rate_clear(st, true, d):
            raise Retry()
        P = g.P(st, d)
    else:
        P = mkpct(g, true, d)
    name = person(g.r)
    basis = '按有效票计算' if base_valid else '按所投票数计算'
    if g.NEG:
        txt = '本次选举所投票数%s张，有效票%s张，%s当选，其得票数超过所投票数的半数。' % (R.s, V.s, name)
        return dict(core=txt, dom='election', checks=[cneg('unstated', '超过所投票数的半数', 'no vote count for the candidate', [R, V])],
                    note='negative: 过半数 statement without the candidate\'s votes')
    txt = '本次选举所投票数%s张，有效票%s张，%s得%s票，得票率%s（%s）。' % (R.s, V.s, name, A.s, P.s, basis)
    chk = crate(A, V if base_valid else R, P)
    if g.C:
        note = 'share %s computed over %s (%s) as stated' % (P.s, '有效票' if base_valid else '所投票数', basis)
    else:
        note = 'text says %s but %s equals %s/%s, the other whole' % (basis, P.s, A.s, (R if base_valid else V).s)
    return dict(core=txt, dom='election', checks=[chk], note=note)


SURVEY_Q = [('对社区服务的总体评价', ['非常满意', '满意', '一般', '不满意']), ('对政务服务“好差评”的评价', ['好评', '中评', '差评']),
            ('对学校课后服务的评价', ['非常满意', '比较满意', '一般', '不太满意', '很不满意']), ('对本地营商环境的总体感受', ['明显改善', '有所改善', '没有变化', '有所下降'])]


@style('survey_single_choice_sum100', 'pct', desc='single-choice question: answer shares (one decimal) must sum to 100 within rounding')
def s_survey_single(g):
    q, opts = g.pick(SURVEY_Q)
    n = g.ri(300, 5000)
    counts = g.split(n, len(opts), spread=2.5)
    counts.sort(reverse=g.chance(0.8))
    d = 1
    sh = [rhu(ratio(c, n), d) for c in counts]
    if g.I:
        i = g.r.randrange(len(sh))
        sh[i] += g.pick([-1, 1]) * D(g.ri(15, 80)) / 10
        if sh[i] < 0:
            sh[i] += 9
    P = [g.P(x, d) for x in sh]
    Nn = g.N(n)
    if g.NEG:
        txt = '共收回有效问卷%s份。%s中，选择“%s”的比例最高，其次为“%s”，两项合计超过%s。' % (Nn.s, q, opts[0], opts[1], g.pick(['八成', '七成', '九成']))
        return dict(core=txt, dom='survey', checks=[cneg('fraction_words', '超过', 'shares described in 成 without figures', [Nn])],
                    note='negative: 超过八成 is a vague fraction, no shares to add')
    txt = '共收回有效问卷%s份。%s中，%s。' % (Nn.s, q, '，'.join('选择“%s”的占%s' % (opts[i], P[i].s) for i in range(len(opts))))
    chk = {'rel': 'share_sum', 'shares': [p.d() for p in P], 'mode': 'exhaustive'}
    return dict(core=txt, dom='survey', checks=[chk], note=('answer shares sum to %s%% (100 within rounding)' if g.C else 'single-choice shares sum to %s%%, not 100') % dstr(sum(sh)))


@style('survey_multi_choice_over100', 'pct', labels='n', desc='multiple-choice question (可多选): shares legitimately sum past 100 %')
def s_survey_multi(g):
    q, pool = g.pick([('您最希望社区提供哪些服务', ['老年助餐', '托育服务', '家政服务', '文体活动', '法律咨询', '心理疏导']),
                      ('您获取政策信息的主要渠道', ['微信公众号', '社区公告栏', '网格员上门', '电视广播', '短视频平台']),
                      ('您认为当前最需要解决的问题', ['停车难', '垃圾分类', '物业管理', '环境卫生', '加装电梯']),
                      ('您参加过哪些志愿服务', ['文明交通劝导', '环境整治', '关爱老人', '疫情防控', '助残帮扶'])])
    opts = g.sample(pool, 4)
    sh = [D(g.ri(150, 750)) / 10 for _ in opts]
    if sum(sh) <= 110:
        sh[0] += 40
    P = [g.P(x, 1) for x in sh]
    txt = '在“%s”（可多选）一题中，%s。' % (q, '，'.join('选择%s的占%s' % (opts[i], P[i].s) for i in range(4)))
    return dict(core=txt, dom='survey', checks=[cneg('multi_choice', '可多选', 'multiple-choice shares', P)],
                note='negative: 可多选, shares sum to %s%% > 100 legitimately' % dstr(sum(sh)))


@style('satisfaction_sum', 'pct', desc='满意a% + 基本满意b% = 满意度c% (a sum of shares, within rounding)')
def s_satis(g):
    a = D(g.ri(400, 850)) / 10
    b = D(g.ri(50, min(990 - int(a * 10), 400))) / 10
    if a + b >= 100:
        raise Retry()
    c = a + b
    if g.I:
        c = c + g.pick([-1, 1]) * D(g.ri(12, 60)) / 10
        if c > 100:
            c = a + b - D(3)
    A, B, C = g.P(a, 1), g.P(b, 1), g.P(c, 1)
    if g.NEG:
        txt = '群众满意度为%s，比上年提高%s个百分点，在全市%s个县（市、区）中排名第%s。' % (C.s, g.N(D(g.ri(2, 40)) / 10, 1).s, cn_int(g.ri(6, 15)), cn_int(g.ri(1, 6)))
        return dict(core=txt, dom='survey', checks=[cneg('pp_standalone', '个百分点', 'no components and no earlier value', [C])], note='negative: satisfaction with pp change and rank, no components')
    txt = g.pick(['受访群众中，表示“满意”的占%s，“基本满意”的占%s，满意度（满意与基本满意之和）为%s。' % (A.s, B.s, C.s),
                  '群众满意度%s，其中“满意”%s、“基本满意”%s。' % (C.s, A.s, B.s)])
    chk = cs([A, B], C, rounded=True)
    return dict(core=txt, dom='survey', checks=[chk], note=('满意 %s + 基本满意 %s = %s' % (A.s, B.s, C.s)) if g.C else ('%s + %s = %s, stated %s' % (A.s, B.s, dstr(a + b), C.s)))


@style('survey_counts_and_pcts', 'pct', desc='N respondents; counts per answer with a percentage each (counts add to N, one percentage wrong)')
def s_survey_counts(g):
    q, opts = g.pick(SURVEY_Q)
    opts = opts[:3]
    n = g.ri(200, 3000)
    counts = g.split(n, 3, spread=2)
    d = g.pick([1, 2])
    wrong = g.r.randrange(3) if g.I else -1
    Nn = g.N(n)
    C = [g.N(x) for x in counts]
    P = [mkpct(g, ratio(counts[i], n), d, wrong=(i == wrong)) for i in range(3)]
    if g.NEG:
        txt = '调查样本%s人，其中%s人次对%s提出了意见建议，%s条建议已转交相关部门。' % (Nn.s, g.N(g.ri(n // 2, n * 2)).s, q[1:] if q.startswith('对') else q, g.N(g.ri(20, 200)).s)
        return dict(core=txt, dom='survey', checks=[cneg('different_units', '人次', 'person-times and suggestions vs persons', [Nn])],
                    note='negative: 人次 and 条 are different units from the sample of persons')
    txt = '调查样本%s人。%s：%s。' % (Nn.s, q, '；'.join('“%s”%s人，占%s' % (opts[i], C[i].s, P[i].s) for i in range(3)))
    checks = [cs(C, Nn)] + [crate(C[i], Nn, P[i]) for i in range(3)]
    return dict(core=txt, dom='survey', checks=checks, note='counts add to %s; shares = count/%s%s' % (Nn.s, Nn.s, '' if g.C else '; share %d wrong' % (wrong + 1)))


@style('completion_rate_target', 'pct', desc='目标X，完成Y，完成率x% (below or at target)')
def s_completion(g):
    topic, u = g.pick([('城乡居民养老保险参保缴费任务', '人'), ('农村公路建设任务', '公里'), ('老旧小区改造任务', '户'), ('新增造林任务', '亩'), ('征兵任务', '人')])
    tgt = g.ri(50, 20000)
    done = g.ri(tgt // 2, tgt)
    d = g.pick([1, 2])
    true = ratio(done, tgt)
    P = mkpct(g, true, d, wrong=g.I, cap=100)
    T, Dn = g.N(tgt), g.N(done)
    if g.NEG:
        txt = '%s%s%s，截至目前完成%s%s，时序进度%s。' % (topic, T.s, u, Dn.s, u, g.P(D(g.ri(950, 1100)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('time_progress', '时序进度', 'progress against the calendar, not done/target', [T, Dn])],
                    note='negative: 时序进度 compares with elapsed time, not a completion rate')
    txt = '%s%s%s，实际完成%s%s，完成率%s。' % (topic, T.s, u, Dn.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[crate(Dn, T, P)], note='completion: ' + pnote(g, '%s/%s' % (Dn.s, T.s), true, P))


@style('over_target_rate', 'pct', desc='完成年度目标的112.5%: a rate above 100 % that is correct')
def s_over_target(g):
    topic, u = g.pick([('招商引资到位资金', '亿元'), ('社会消费品零售总额', '亿元'), ('外贸进出口', '亿元'), ('税收收入', '亿元')])
    tgt = g.ri(500, 90000)
    done = int(tgt * D(g.r.uniform(1.01, 1.6)))
    mk = lambda x: g.N(D(x) / 100, 2)
    T, Dn = mk(tgt), mk(done)
    d = g.pick([1, 2])
    true = Dn.v * 100 / T.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '%s完成%s%s，完成年度目标任务的%s，提前%s个月完成全年任务。' % (topic, Dn.s, u, P.s, cn_count(g.ri(1, 3)))
        return dict(core=txt, dom='gov', checks=[cneg('ratio_over_100', '年度目标任务', 'target not stated; over 100 % is normal', [Dn, P])],
                    note='negative: over-target rate without the target figure')
    txt = '%s年度目标%s%s，全年完成%s%s，完成年度目标的%s。' % (topic, T.s, u, Dn.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[crate(Dn, T, P)], note='over target (>100 %%): ' + pnote(g, '%s/%s' % (Dn.s, T.s), true, P))


@style('budget_execution_rate', 'pct', desc='预算执行率 = 支出/调整预算 (万元 two decimals)')
def s_budget_exec(g):
    b = g.ri(100000, 9000000)
    e = int(b * D(g.r.uniform(0.7, 0.995)))
    mk = lambda x: g.N(D(x) / 100, 2)
    B, E = mk(b), mk(e)
    d = g.pick([1, 2])
    true = E.v * 100 / B.v
    P = mkpct(g, true, d, wrong=g.I, cap=100)
    if g.NEG:
        txt = '一般公共预算支出%s万元，其中民生支出占比%s，连续%s年保持在八成左右。' % (E.s, P.s, cn_count(g.ri(3, 6)))
        return dict(core=txt, dom='budget', checks=[cneg('unstated', '民生支出占比', 'the livelihood spending amount is not given', [E, P])],
                    note='negative: a share of spending without the part amount')
    txt = '一般公共预算支出调整预算%s万元，实际支出%s万元，预算执行率%s。' % (B.s, E.s, P.s)
    return dict(core=txt, dom='budget', checks=[crate(E, B, P)], note='execution: ' + pnote(g, '%s/%s' % (E.s, B.s), true, P))


@style('tax_share_of_revenue', 'pct', desc='税收收入占一般公共预算收入的比重 (亿元, part and whole both given)')
def s_tax_share(g):
    T = _amt(g, 500, 90000)
    tax = int(T.v / 10 ** 6 * D(g.r.uniform(0.55, 0.9)))
    X = Num(g.F.n(D(tax) / 100, 2) + '亿', D(tax) / 100 * 10 ** 8)
    d = g.pick([1, 2])
    true = X.v * 100 / T.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '一般公共预算收入%s元，税收占比%s，比全省平均水平高%s个百分点。' % (T.s, P.s, g.N(D(g.ri(5, 80)) / 10, 1).s)
        return dict(core=txt, dom='budget', checks=[cneg('pp_standalone', '个百分点', 'tax amount not given; comparison with an unstated provincial share', [T, P])],
                    note='negative: share without the tax amount, pp gap vs an unstated average')
    txt = '一般公共预算收入%s元，其中税收收入%s元，占比%s。' % (T.s, X.s, P.s)
    return dict(core=txt, dom='budget', checks=[crate(X, T, P)], note='tax share: ' + pnote(g, '%s/%s' % (X.s, T.s), true, P))


@style('table_share_column_sum100', 'pct', desc='revenue table with an 占营业收入比重 column: each share = row/total, shares sum to 100')
def s_table_share(g):
    segs = g.sample(['锂电材料', '光伏组件', '储能系统', '精密部件', '技术服务', '其他'], g.ri(2, 4))
    vals = [g.ri(5000, 900000) for _ in segs]
    tot = sum(vals)
    mk = lambda x: g.N(D(x) / 100, 2)
    V = [mk(x) for x in vals]
    T = mk(tot)
    d = 2
    wrong = g.r.randrange(len(segs)) if g.I else -1
    P = [mkpct(g, ratio(vals[i], tot), d, wrong=(i == wrong)) for i in range(len(segs))]
    lines = ['| 产品 | 营业收入（万元） | 占营业收入比重 |', '| --- | --- | --- |'] + ['| %s | %s | %s |' % (segs[i], V[i].s, P[i].s) for i in range(len(segs))] + ['| 合计 | %s | 100.00%s |' % (T.s, g.F.pctsign)]
    if g.NEG:
        lines = ['| 产品 | 营业收入比上年增减 | 毛利率比上年增减 |', '| --- | --- | --- |'] + ['| %s | %s | 增加%s个百分点 |' % (segs[i], g.P(D(g.ri(-300, 900)) / 10, 1).s, g.N(D(g.ri(1, 80)) / 10, 1).s) for i in range(len(segs))]
        return dict(core=lines, dom='company', table=True, checks=[cneg('different_wholes', '比上年增减', 'growth rates of different segments are not shares of one whole', [])],
                    note='negative: per-segment growth and pp changes; they are not shares and need not sum to anything')
    hundred = Num('100.00' + g.F.pctsign, 100)
    checks = [cs(V, T)] + [crate(V[i], T, P[i]) for i in range(len(segs))] + [cs(P, hundred, rounded=True)]
    if g.I:
        # a wrong share also breaks the 100 % column sum unless compensated: keep only the row check strict
        checks = checks[:-1]
    note = 'rows add to 合计 and each share = revenue/合计' + ('' if g.C else '; share of %s is wrong' % segs[wrong])
    return dict(core=lines, dom='company', checks=checks, note=note, table=True)


@style('region_share_sum', 'pct', desc='境内收入占a%、境外收入占b%: two shares of revenue that must make 100')
def s_region_share(g):
    a = D(g.ri(300, 970)) / 10
    b = 100 - a
    if g.I:
        b = b + g.pick([-1, 1]) * D(g.ri(15, 90)) / 10
    A, B = g.P(a, 1), g.P(b, 1)
    if g.NEG:
        txt = '境外收入占比%s，较上年提升%s个百分点，海外客户数量增至%s家。' % (B.s, g.N(D(g.ri(5, 80)) / 10, 1).s, g.N(g.ri(30, 900)).s)
        return dict(core=txt, dom='company', checks=[cneg('pp_standalone', '个百分点', 'one share only', [B])], note='negative: a single share with a pp change')
    txt = '分地区看，境内收入占营业收入的%s，境外收入占%s。' % (A.s, B.s)
    chk = {'rel': 'share_sum', 'shares': [A.d(), B.d()], 'mode': 'exhaustive'}
    return dict(core=txt, dom='company', checks=[chk], note=('domestic + overseas = %s%%' if g.C else 'domestic + overseas shares sum to %s%%, not 100') % dstr(a + b))


@style('company_revenue_yoy', 'pct', desc='营业收入a亿元，同比增长x%（上年同期b亿元） (listed company, base in brackets)')
def s_co_yoy(g):
    old = g.ri(500, 90000)
    new = int(old * D(g.r.uniform(0.7, 1.5)))
    if new == old:
        new += 7
    mk = lambda x: g.N(D(x) / 100, 2)
    O, Nn = mk(old), mk(new)
    d = 2
    true = growth(Nn.v, O.v)
    up = true > 0
    P = mkpct(g, abs(true), d, wrong=g.I)
    if g.NEG:
        txt = '营业收入%s亿元，同比%s%s，主要系%s所致。' % (Nn.s, '增长' if up else '下降', P.s, g.pick(['产品销量增加', '原材料价格波动', '合并范围变化']))
        return dict(core=txt, dom='company', checks=[cneg('unstated', '同比', 'last year\'s revenue not given', [Nn, P])], note='negative: growth without the base figure')
    txt = '报告期内公司实现营业收入%s亿元，同比%s%s（上年同期%s亿元）。' % (Nn.s, '增长' if up else '下降', P.s, O.s)
    return dict(core=txt, dom='company', checks=[cgrowth(Nn, O, P, 'up' if up else 'down')], note='revenue yoy: ' + pnote(g, '(%s-%s)/%s' % (Nn.s, O.s, O.s), true, P))


@style('loss_narrowing', 'pct', desc='净亏损由a收窄至b，减亏x% (a change measured on a loss)')
def s_loss_narrow(g):
    a = g.ri(5000, 900000)
    b = int(a * D(g.r.uniform(0.1, 0.85)))
    mk = lambda x: g.N(D(x) / 100, 2)
    A, B = mk(a), mk(b)
    d = g.pick([1, 2])
    true = (A.v - B.v) * 100 / A.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '归属于上市公司股东的净利润为-%s万元，上年同期为-%s万元，同比减亏，经营性现金流量净额由负转正。' % (B.s, A.s)
        return dict(core=txt, dom='company', checks=[cneg('negative_base', '同比减亏', 'no rate is stated; growth on a negative base is not meaningful', [A, B])],
                    note='negative: losses in both years, no growth rate stated')
    txt = '净亏损由上年同期的%s万元收窄至%s万元，减亏%s。' % (A.s, B.s, P.s)
    chk = crate([A, (-1, B)], A, P)
    return dict(core=txt, dom='company', checks=[chk], note='loss narrowing: ' + pnote(g, '(%s-%s)/%s' % (A.s, B.s, A.s), true, P))


@style('negative_base_yoy', 'pct', labels='n', desc='扭亏为盈 / 上年同期为负: a growth rate on a negative base is not computed (不适用)')
def s_neg_base(g):
    a = g.N(D(g.ri(1000, 90000)) / 100, 2)
    b = g.N(D(g.ri(1000, 90000)) / 100, 2)
    txt = g.pick(['归属于上市公司股东的扣除非经常性损益的净利润%s万元，上年同期为-%s万元，同比增减“不适用”，实现扭亏为盈。' % (a.s, b.s),
                  '基本每股收益%s元，上年同期为-%s元，同比变动比例不适用。' % (g.N(D(g.ri(5, 150)) / 100, 2).s, g.N(D(g.ri(5, 150)) / 100, 2).s)])
    return dict(core=txt, dom='company', checks=[cneg('negative_base', '不适用', 'growth on a negative base is reported as not applicable', [])],
                note='negative: the base is negative, the report correctly gives no growth rate')


@style('hospital_bed_occupancy', 'pct', desc='病床使用率 = 实际占用总床日数/实际开放总床日数')
def s_bed_occ(g):
    open_ = g.ri(30000, 400000)
    used = int(open_ * D(g.r.uniform(0.7, 1.05)))
    O, U = g.N(open_), g.N(used)
    d = g.pick([1, 2])
    true = ratio(used, open_)
    P = mkpct(g, true, d, wrong=g.I, avoid_edge=True)
    if g.NEG:
        txt = '病床使用率%s，平均住院日%s天，较上年缩短%s天。' % (P.s, fmt_num(D(g.ri(60, 110)) / 10, 1), fmt_num(D(g.ri(1, 9)) / 10, 1))
        return dict(core=txt, dom='hospital', checks=[cneg('unstated', '平均住院日', 'no bed-day figures', [P])], note='negative: occupancy and length of stay without bed-days')
    txt = '全年实际开放总床日数%s，实际占用总床日数%s，病床使用率%s。' % (O.s, U.s, P.s)
    return dict(core=txt, dom='hospital', checks=[crate(U, O, P)], note='bed occupancy (may exceed 100 %%): ' + pnote(g, '%s/%s' % (U.s, O.s), true, P))


@style('court_mediation_rate', 'pct', desc='调解撤诉率 = (调解+撤诉)/审结 (numerator is a sum of two counts)')
def s_mediation(g):
    closed = g.ri(800, 20000)
    med = g.ri(closed // 8, closed // 3)
    wd = g.ri(closed // 10, closed // 4)
    C, M, W = g.N(closed), g.N(med), g.N(wd)
    d = g.pick([1, 2])
    true = ratio(med + wd, closed)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '审结民事案件%s件，调解撤诉率%s，一审服判息诉率%s。' % (C.s, P.s, g.P(D(g.ri(850, 990)) / 10, 1).s)
        return dict(core=txt, dom='court', checks=[cneg('unstated', '服判息诉率', 'components of the rates not given', [C, P])], note='negative: rates without their counts')
    txt = '审结民事案件%s件，其中调解结案%s件、撤诉%s件，调解撤诉率%s。' % (C.s, M.s, W.s, P.s)
    return dict(core=txt, dom='court', checks=[crate([M, W], C, P)], note='mediation+withdrawal rate: ' + pnote(g, '(%s+%s)/%s' % (M.s, W.s, C.s), true, P))


@style('coverage_small_chinese', 'pct', desc='十一个社区…建成十个，覆盖率90.91%: small counts in Chinese numerals')
def s_cov_cn(g):
    n = g.ri(3, 30)
    m = g.ri(1, n - 1)
    F = Fmt('cn')
    Nn, M = g.N(n, F=F), g.N(m, F=F)
    d = g.pick([1, 2, 0])
    true = ratio(m, n)
    P = mkpct(g, true, d, wrong=g.I)
    what = g.pick([('社区', '建成新时代文明实践站'), ('行政村', '实现集体经济收入超十万元'), ('中小学', '配备专职心理健康教师'), ('乡镇', '建成综合养老服务中心')])
    g.place = place(g.r, g.pick(['县', '区', '市']))
    if g.NEG:
        txt = '全%s%s个%s中，已有%s个%s，其余的将于明年全部完成。' % (whole_word(g.place), Nn.s, what[0], M.s, what[1])
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '其余的将于明年全部完成', 'no rate stated', [Nn, M])], note='negative: counts only, no rate')
    txt = '全%s%s个%s中，已有%s个%s，覆盖率%s。' % (whole_word(g.place), Nn.s, what[0], M.s, what[1], P.s)
    return dict(core=txt, dom='gov', checks=[crate(M, Nn, P)], note='coverage: ' + pnote(g, '%s/%s' % (M.s, Nn.s), true, P))


@style('attendance_rate', 'pct', desc='应到N人，实到M人，到会率x% (meetings, representatives)')
def s_attend(g):
    n = g.ri(30, 600)
    m = n - g.ri(1, max(2, n // 8))
    Nn, M = g.N(n), g.N(m)
    d = g.pick([1, 2])
    true = ratio(m, n)
    P = mkpct(g, true, d, wrong=g.I)
    body = g.pick(['人民代表大会', '职工代表大会', '村民代表会议', '党员代表大会'])
    if g.NEG:
        txt = '%s应到代表%s人，实到人数符合法定人数要求，会议合法有效。' % (body, Nn.s)
        return dict(core=txt, dom='election', checks=[cneg('unstated', '符合法定人数要求', 'attendance not quantified', [Nn])], note='negative: attendance not given')
    txt = '%s应到代表%s人，实到%s人，到会率%s。' % (body, Nn.s, M.s, P.s)
    return dict(core=txt, dom='election', checks=[crate(M, Nn, P)], note='attendance: ' + pnote(g, '%s/%s' % (M.s, Nn.s), true, P))


@style('share_of_population_wan', 'pct', desc='志愿者24.92万人，占常住人口（96.52万人）25.82%: numbers in 万 with decimals')
def s_pop_wan(g):
    pop = g.ri(2000, 30000)           # 0.01万
    part = int(pop * D(g.r.uniform(0.05, 0.4)))
    mk = lambda x: Num(g.F.n(D(x) / 100, 2) + '万', D(x) * 100)
    Pp, Pt = mk(pop), mk(part)
    d = 2
    true = Pt.v * 100 / Pp.v
    P = mkpct(g, true, d, wrong=g.I)
    what = g.pick(['注册志愿者', '60岁及以上老年人口', '城镇职工基本养老保险参保人数', '持证残疾人'])
    if g.NEG:
        txt = '%s%s人，占比%s，高于全省平均水平。' % (what, Pt.s, P.s)
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '占比', 'the whole (population) is not given', [Pt, P])], note='negative: share without the population figure')
    txt = '%s%s人，占常住人口（%s人）的%s。' % (what, Pt.s, Pp.s, P.s)
    return dict(core=txt, dom='gov', checks=[crate(Pt, Pp, P)], note='share of population (万): ' + pnote(g, '%s/%s' % (Pt.s, Pp.s), true, P))


@style('table_rate_column', 'pct', desc='table rows (unit, 受理, 办结, 办结率): each row rate checked, one wrong')
def s_table_rate(g):
    k = g.ri(2, 5)
    ts = towns(g, k)
    d = g.pick([1, 2])
    wrong = g.r.randrange(k) if g.I else -1
    lines = ['| 单位 | 受理（件） | 办结（件） | 办结率 |', '| --- | --- | --- | --- |']
    checks = []
    for i in range(k):
        n, m, true = pick_rate(g, 30, 3000, d)
        Nn, M = g.N(n), g.N(m)
        P = mkpct(g, true, d, wrong=(i == wrong))
        lines.append('| %s | %s | %s | %s |' % (ts[i], Nn.s, M.s, P.s))
        checks.append(crate(M, Nn, P))
    if g.NEG:
        lines = ['| 单位 | 办结率 | 满意率 | 综合排名 |', '| --- | --- | --- | --- |'] + ['| %s | %s | %s | %s |' % (ts[i], g.P(D(g.ri(900, 999)) / 10, 1).s, g.P(D(g.ri(850, 999)) / 10, 1).s, i + 1) for i in range(k)]
        return dict(core=lines, dom='gov', table=True, checks=[cneg('rank', '综合排名', 'rates without counts and a rank column', [])],
                    note='negative: rates without counts and a ranking column')
    return dict(core=lines, dom='gov', checks=checks, table=True, note='each row: 办结/受理 = 办结率' + ('' if g.C else '; row %d (%s) is wrong' % (wrong + 1, ts[wrong])))


@style('table_growth_column', 'pct', desc='indicator table (本年, 上年, 增长%): each growth checked, one wrong, negative growth included')
def s_table_growth(g):
    ind = g.sample([('地区生产总值（亿元）', 2), ('一般公共预算收入（亿元）', 2), ('社会消费品零售总额（亿元）', 2), ('进出口总额（亿元）', 2),
                    ('接待游客（万人次）', 1), ('城镇居民人均可支配收入（元）', 0)], g.ri(2, 4))
    d = 1
    wrong = g.r.randrange(len(ind)) if g.I else -1
    lines = ['| 指标 | %d年 | %d年 | 增长（%%） |' % (g.year, g.year - 1), '| --- | --- | --- | --- |']
    checks = []
    for i, (nm, pl) in enumerate(ind):
        sc = 10 ** pl
        old = g.ri(50 * sc, 5000 * sc) if pl else g.ri(25000, 70000)
        new = int(old * D(g.r.uniform(0.85, 1.2)))
        O, Nn = g.N(D(old) / sc, pl), g.N(D(new) / sc, pl)
        true = growth(Nn.v, O.v)
        P = mkpct(g, true, d, wrong=(i == wrong))
        lines.append('| %s | %s | %s | %s |' % (nm, Nn.s, O.s, P.s))
        checks.append(cgrowth(Nn, O, P, 'signed'))
    if g.NEG:
        lines = ['| 指标 | 目标增速 | 实际增速 |', '| --- | --- | --- |'] + ['| %s | %s | %s |' % (nm, g.P(D(g.ri(50, 90)) / 10, 1).s, g.P(D(g.ri(-30, 120)) / 10, 1).s) for nm, _ in ind]
        return dict(core=lines, dom='gov', table=True, checks=[cneg('unstated', '目标增速', 'target and actual rates without values', [])],
                    note='negative: target vs actual growth rates, no values')
    return dict(core=lines, dom='gov', table=True, checks=checks, note='each row: (本年-上年)/上年' + ('' if g.C else '; row %d is wrong' % (wrong + 1)))


@style('medal_share', 'pct', desc='金牌a枚，占奖牌总数N枚的x% / 占全部金牌的x%')
def s_medal_share(g):
    gold, sil, brz = g.ri(3, 60), g.ri(3, 60), g.ri(3, 60)
    n = gold + sil + brz
    Gd, S, B, T = g.N(gold), g.N(sil), g.N(brz), g.N(n)
    d = 1
    true = ratio(gold, n)
    P = mkpct(g, true, d, wrong=g.I)
    team = g.place + '代表团'
    if g.NEG:
        txt = '%s金牌数占比%s，位居各代表团第%s，金牌总数较上届增加%s枚。' % (team, P.s, cn_int(g.ri(1, 6)), g.N(g.ri(2, 20)).s)
        return dict(core=txt, dom='sports', checks=[cneg('rank', '位居各代表团第', 'share without counts, a rank', [P])], note='negative: a share, a rank and a change without base counts')
    txt = '%s获金牌%s枚、银牌%s枚、铜牌%s枚，奖牌总数%s枚，金牌占奖牌总数的%s。' % (team, Gd.s, S.s, B.s, T.s, P.s)
    checks = [cs([Gd, S, B], T), crate(Gd, T, P)]
    return dict(core=txt, dom='sports', checks=checks, note='medals add to %s; gold share %s' % (T.s, pnote(g, '%s/%s' % (Gd.s, T.s), true, P)))


@style('shareholder_vote_pct', 'pct', desc='同意a股，占出席会议有效表决权股份总数的x% (big numbers, two-decimal or four-decimal shares)')
def s_sh_pct(g):
    F = Fmt('comma')
    tot = g.ri(10 ** 7, 2 * 10 ** 9)
    against = g.ri(tot // 2000, tot // 50)
    abst = g.ri(0, tot // 300)
    agree = tot - against - abst
    d = g.pick([2, 4])
    A, Ag, Ab, T = g.N(agree, F=F), g.N(against, F=F), g.N(abst, F=F), g.N(tot, F=F)
    wrong = g.pick([0, 1]) if g.I else -1
    Pa = mkpct(g, ratio(agree, tot), d, wrong=(wrong == 0), avoid_edge=True)
    Pb = mkpct(g, ratio(against, tot), d, wrong=(wrong == 1), avoid_edge=False)
    if g.NEG:
        txt = '本议案为特别决议事项，获得出席会议股东所持有效表决权股份总数的三分之二以上通过；其中中小投资者同意比例为%s。' % Pa.s
        return dict(core=txt, dom='company', checks=[cneg('different_wholes', '中小投资者', 'share over the minority holders\' votes, which are not given', [Pa])],
                    note='negative: a share over a sub-group whose votes are not given; 三分之二以上 is a threshold')
    txt = '表决结果：同意%s股，占出席会议有效表决权股份总数的%s；反对%s股，占%s；弃权%s股。出席会议有效表决权股份总数%s股。' % (A.s, Pa.s, Ag.s, Pb.s, Ab.s, T.s)
    checks = [cs([A, Ag, Ab], T), crate(A, T, Pa), crate(Ag, T, Pb)]
    return dict(core=txt, dom='company', checks=checks, note='votes add to %s; shares over it%s' % (T.s, '' if g.C else ' (share %d wrong)' % (wrong + 1)))


@style('questionnaire_return_rate', 'pct', desc='发放问卷N份，回收M份，回收率x%; 有效率 over the returned ones')
def s_return_rate(g):
    n = g.ri(200, 9000)
    m = n - g.ri(1, max(2, n // 12))
    v = m - g.ri(1, max(2, m // 20))
    Nn, M, V = g.N(n), g.N(m), g.N(v)
    d = g.pick([1, 2])
    wrong = g.pick([0, 1]) if g.I else -1
    P1 = mkpct(g, ratio(m, n), d, wrong=(wrong == 0))
    P2 = mkpct(g, ratio(v, m), d, wrong=(wrong == 1))
    if g.NEG:
        txt = '本次调查计划样本量%s份，实际完成%s份，样本的性别、年龄结构与全区人口结构基本一致，置信度%s。' % (Nn.s, M.s, g.P(95, 0).s)
        return dict(core=txt, dom='survey', checks=[cneg('different_wholes', '置信度', 'a statistical confidence level, not a share of the sample', [Nn, M])],
                    note='negative: 置信度95% is a statistical parameter, not M/N')
    txt = '共发放问卷%s份，回收%s份，回收率%s；其中有效问卷%s份，有效率%s。' % (Nn.s, M.s, P1.s, V.s, P2.s)
    checks = [crate(M, Nn, P1), crate(V, M, P2)]
    return dict(core=txt, dom='survey', checks=checks, note='回收率 over issued, 有效率 over returned' + ('' if g.C else ' (rate %d wrong)' % (wrong + 1)))


@style('fail_rate_unqualified', 'pct', desc='出具检验报告N组，不合格k组，不合格率x% (a small percentage)')
def s_fail_rate(g):
    n = g.ri(100, 5000)
    k = g.ri(1, max(2, n // 15))
    Nn, K = g.N(n), g.N(k)
    d = 2
    true = ratio(k, n)
    P = mkpct(g, true, d, wrong=g.I)
    what = g.pick([('抽检食用农产品', '批次'), ('出具检验报告', '组'), ('监督抽查工业产品', '批次'), ('抽检药品', '批次')])
    if g.NEG:
        txt = '%s%s%s，完成率约为%s，不合格样品已全部核查处置。' % (what[0], Nn.s, what[1], g.P(D(g.ri(950, 999)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '完成率约为', 'completion against an unstated plan', [Nn])], note='negative: 完成率 against a plan figure that is not given')
    txt = '%s%s%s，检出不合格%s%s，不合格率为%s。' % (what[0], Nn.s, what[1], K.s, what[1], P.s)
    return dict(core=txt, dom='gov', checks=[crate(K, Nn, P)], note='failure rate: ' + pnote(g, '%s/%s' % (K.s, Nn.s), true, P))


@style('rd_intensity', 'pct', desc='研发经费投入a亿元，占地区生产总值（b亿元）的x% (研发强度, small share)')
def s_rd(g):
    gdp = _amt(g, 5000, 500000)
    rd = int(gdp.v / 10 ** 6 * D(g.r.uniform(0.008, 0.04)))
    R = Num(g.F.n(D(rd) / 100, 2) + '亿', D(rd) / 100 * 10 ** 8)
    d = 2
    true = R.v * 100 / gdp.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '全社会研发经费投入强度达到%s，比上年提高%s个百分点，高新技术产业增加值占规上工业比重%s。' % (P.s, g.N(D(g.ri(5, 40)) / 100, 2).s, g.P(D(g.ri(300, 600)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('pp_standalone', '个百分点', 'ratios without base amounts', [P])], note='negative: ratios and pp change without base amounts')
    txt = '全年研发经费投入%s元，占地区生产总值（%s元）的%s。' % (R.s, gdp.s, P.s)
    return dict(core=txt, dom='gov', checks=[crate(R, gdp, P)], note='R&D intensity: ' + pnote(g, '%s/%s' % (R.s, gdp.s), true, P))


@style('forest_coverage', 'pct', desc='森林面积a公顷 / 国土面积b公顷 = 森林覆盖率x% (areas with decimals)')
def s_forest(g):
    area = g.ri(500000, 9000000)   # 0.01 ha... use ha with 2 decimals
    forest = int(area * D(g.r.uniform(0.2, 0.75)))
    mk = lambda x: g.N(D(x) / 100, 2)
    A, Fr = mk(area), mk(forest)
    d = 2
    true = Fr.v * 100 / A.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '森林覆盖率%s，森林蓄积量%s万立方米，建成区绿化覆盖率%s。' % (P.s, g.N(D(g.ri(1000, 90000)) / 10, 1).s, g.P(D(g.ri(350, 450)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('different_wholes', '建成区绿化覆盖率', 'coverage rates over different, unstated areas', [P])], note='negative: rates over unstated areas')
    txt = '全%s国土面积%s公顷，森林面积%s公顷，森林覆盖率%s。' % (whole_word(g.place), A.s, Fr.s, P.s)
    return dict(core=txt, dom='gov', checks=[crate(Fr, A, P)], note='forest coverage: ' + pnote(g, '%s/%s' % (Fr.s, A.s), true, P))


@style('hospital_drug_share', 'pct', desc='药品收入a万元占医疗收入b万元的x% (药占比)')
def s_drug(g):
    inc = g.ri(100000, 3000000)
    drug = int(inc * D(g.r.uniform(0.15, 0.4)))
    mk = lambda x: g.N(D(x) / 100, 2)
    I_, Dr = mk(inc), mk(drug)
    d = g.pick([1, 2])
    true = Dr.v * 100 / I_.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '药占比降至%s，耗材占比%s，均低于全省三级医院平均水平。' % (P.s, g.P(D(g.ri(100, 250)) / 10, 1).s)
        return dict(core=txt, dom='hospital', checks=[cneg('unstated', '耗材占比', 'no revenue figures', [P])], note='negative: shares without revenue figures')
    txt = '全年医疗收入%s万元，其中药品收入%s万元，药占比%s。' % (I_.s, Dr.s, P.s)
    return dict(core=txt, dom='hospital', checks=[crate(Dr, I_, P)], note='drug share: ' + pnote(g, '%s/%s' % (Dr.s, I_.s), true, P))


@style('gross_enrollment_over100', 'pct', desc='高中阶段毛入学率 = 在校生/适龄人口, may exceed 100 % and be correct')
def s_ger(g):
    pop = g.ri(3000, 60000)
    enr = int(pop * D(g.r.uniform(0.9, 1.08)))
    Pp, E = g.N(pop), g.N(enr)
    d = 1
    true = ratio(enr, pop)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '学前三年毛入园率%s，高中阶段毛入学率%s，均超过省定目标。' % (g.P(D(g.ri(900, 1020)) / 10, 1).s, P.s)
        return dict(core=txt, dom='school', checks=[cneg('ratio_over_100', '毛入学率', 'gross rates without counts (may exceed 100 %)', [P] if P.v > 100 else [Num(P.s, P.v)])],
                    note='negative: gross enrolment rates without counts') if P.v > 100 else dict(
            core=txt, dom='school', checks=[cneg('unstated', '毛入学率', 'gross rates without counts', [P])], note='negative: gross enrolment rates without counts')
    txt = '高中阶段在校生%s人，适龄人口%s人，高中阶段毛入学率%s。' % (E.s, Pp.s, P.s)
    return dict(core=txt, dom='school', checks=[crate(E, Pp, P)], note='gross enrolment (may exceed 100 %%): ' + pnote(g, '%s/%s' % (E.s, Pp.s), true, P))


@style('women_share_small_counts', 'pct', desc='村委会成员N名，其中女性a名，占x% (tiny counts, Chinese numerals, one decimal)')
def s_women(g):
    n = g.ri(3, 9)
    a = g.ri(1, n - 1)
    F = Fmt('cn') if g.chance(0.6) else g.F
    Nn, A = g.N(n, F=F), g.N(a, F=F)
    d = 1
    true = ratio(a, n)
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '新一届村“两委”成员中，女性成员比例达到%s以上，实现“一肩挑”的村占%s。' % (g.P(30, 0).s, g.P(D(g.ri(900, 999)) / 10, 1).s)
        return dict(core=txt, dom='election', checks=[cneg('threshold', '以上', 'a floor and a share over an unstated number of villages', [])],
                    note='negative: a floor (以上) and a share without counts')
    txt = '新一届村民委员会成员%s名，其中女性成员%s名，占%s。' % (Nn.s, A.s, P.s)
    return dict(core=txt, dom='election', checks=[crate(A, Nn, P)], note='women share: ' + pnote(g, '%s/%s' % (A.s, Nn.s), true, P))


@style('two_rates_one_sentence', 'pct', desc='办结率 over 受理 and 满意率 over 回访: two rates with different bases in one sentence')
def s_two_rates(g):
    n, m, t1 = pick_rate(g, 200, 20000, 2)
    r = g.ri(m // 3, m)
    s_ = r - g.ri(0, max(1, r // 12))
    d1, d2 = g.pick([1, 2]), g.pick([1, 2])
    t2 = ratio(s_, r)
    wrong = g.pick([0, 1]) if g.I else -1
    P1 = mkpct(g, t1, d1, wrong=(wrong == 0))
    P2 = mkpct(g, t2, d2, wrong=(wrong == 1))
    Nn, M, R, S = g.N(n), g.N(m), g.N(r), g.N(s_)
    if g.NEG:
        txt = '受理群众诉求%s件，办结%s件；回访满意率%s，较上年提高%s个百分点。' % (Nn.s, M.s, P2.s, g.N(D(g.ri(2, 40)) / 10, 1).s)
        return dict(core=txt, dom='gov', checks=[cneg('different_wholes', '回访满意率', 'satisfaction is over the (unstated) number of call-backs', [Nn, M, P2])],
                    note='negative: 满意率 is over call-backs, which are not given; it is not 办结/受理')
    txt = '受理群众诉求%s件，办结%s件，办结率%s；回访%s件，群众表示满意%s件，满意率%s。' % (Nn.s, M.s, P1.s, R.s, S.s, P2.s)
    checks = [crate(M, Nn, P1), crate(S, R, P2)]
    return dict(core=txt, dom='gov', checks=checks, note='办结率 over 受理, 满意率 over 回访' + ('' if g.C else '; %s is wrong' % ('办结率' if wrong == 0 else '满意率')))


@style('top5_customers_share', 'pct', desc='前五名客户销售额合计X元，占年度销售总额Y元的z% (annual report, 元 with commas)')
def s_top5(g):
    F = Fmt('comma')
    tot = g.ri(10 ** 10, 10 ** 12)
    top = int(tot * D(g.r.uniform(0.12, 0.7)))
    mk = lambda x: g.N(D(x) / 100, 2, F=F)
    T, Tp = mk(tot), mk(top)
    d = 2
    true = Tp.v * 100 / T.v
    P = mkpct(g, true, d, wrong=g.I)
    if g.NEG:
        txt = '前五名客户合计销售金额%s元，占年度销售总额比例%s；其中前五名客户销售额中关联方销售额占年度销售总额比例为0.00%s。' % (Tp.s, P.s, g.F.pctsign)
        return dict(core=txt, dom='company', checks=[cneg('unstated', '年度销售总额比例', 'annual total not given', [Tp, P])],
                    note='negative: share of an annual total that is not given; 0.00% related-party share is not checkable')
    txt = '前五名客户合计销售金额%s元，占年度销售总额（%s元）比例为%s。' % (Tp.s, T.s, P.s)
    return dict(core=txt, dom='company', checks=[crate(Tp, T, P)], note='top-5 share: ' + pnote(g, '%s/%s' % (Tp.s, T.s), true, P))


@style('multi_indicator_growth_sentences', 'pct', desc='two or three indicators each with current value, base and growth; exactly one growth wrong')
def s_multi_growth(g):
    picks = g.sample(GROWTH_TOPICS, g.ri(2, 3))
    d = 1
    wrong = g.r.randrange(len(picks)) if g.I else -1
    segs = []
    checks = []
    for i, (topic, u, pl, (blo, bhi)) in enumerate(picks):
        sc = 10 ** pl
        old, new = _growth_vals(g, -0.1, 0.3, pl, base=(blo * sc, bhi * sc))
        O, Nn = g.N(D(old) / sc, pl), g.N(D(new) / sc, pl)
        true = growth(Nn.v, O.v)
        up = true > 0
        P = mkpct(g, abs(true), d, wrong=(i == wrong))
        segs.append('%s%s%s，比上年的%s%s%s%s' % (topic, Nn.s, u, O.s, u, '增长' if up else '下降', P.s))
        checks.append(cgrowth(Nn, O, P, 'up' if up else 'down'))
    if g.NEG:
        txt = '；'.join('%s增长%s' % (t[0], g.P(D(g.ri(-50, 150)) / 10, 1).s) for t in picks) + '，主要指标增速均高于全省平均水平。'
        return dict(core=txt, dom='gov', checks=[cneg('unstated', '高于全省平均水平', 'growth rates without values', [])], note='negative: growth rates without values')
    txt = '；'.join(segs) + '。'
    return dict(core=txt, dom='gov', checks=checks, note='%d growth statements' % len(picks) + ('' if g.C else '; number %d is wrong' % (wrong + 1)))


# ---- malformed percentages: inconsistent whatever their arithmetic ---------------------------
def _malformed_base(g):
    """a correct rate statement; returns (sp, stated Decimal, d)"""
    sp = None
    dom = g.pick(RD)
    d = g.pick([1, 2, 0])
    den, num, true = pick_rate(g, dom['rng'][0], dom['rng'][1], d)
    return dom, g.N(den), g.N(num), rhu(true, d), d, true


def _reg_malformed(name, desc, corrupt):
    def fn(g):
        dom, Dn, Nm, st, d, true = _malformed_base(g)
        good = fmt_num(st, d)
        bad = corrupt(g, good, st, d)
        u = dom['u']
        txt = g.pick(['%s%s%s，%s%s%s，%s%s', '%s%s%s，%s%s%s，%s达到%s']) % (dom['den'], Dn.s, u, dom['num'], Nm.s, u, dom['rate'], bad)
        note = 'malformed percentage %r (the value %s%% itself agrees with %s/%s)' % (bad, good, Nm.s, Dn.s)
        return dict(core=txt, dom=dom['dom'], checks=[cfmt(bad)], note=note)
    style(name, 'pct', 'i', desc)(fn)


def _c_xx(g, good, st, d):
    return g.pick(['xx%', 'XX%', 'xx.x%', 'xx.xx%', 'x%', '9x.x%', 'xx％'])


def _c_space(g, good, st, d):
    return good + g.pick([' %', ' %', '\u3000%', ' ％'])


def _c_prefix(g, good, st, d):
    return g.pick(['%', '％']) + good


def _c_double(g, good, st, d):
    return good + g.pick(['%%', '％％', '%％'])


def _c_point(g, good, st, d):
    if '.' in good:
        return good.replace('.', g.pick(['..', '．.', '..']), 1) + '%'
    return good + g.pick(['.%', '..%'])


def _c_baifenzhi(g, good, st, d):
    return '百分之' + good + g.pick(['%', ''])


_reg_malformed('malformed_placeholder_xx', 'template placeholder left in: 办结率xx% / 9x.x%', _c_xx)
_reg_malformed('malformed_space_before_sign', 'a space (ASCII or ideographic) between the number and the % sign: 98.6 %', _c_space)
_reg_malformed('malformed_sign_before_number', 'the sign written first: %98.6', _c_prefix)
_reg_malformed('malformed_doubled_sign', 'doubled sign: 98.6%% / 98.6％％', _c_double)
_reg_malformed('malformed_decimal_point', 'double or dangling decimal point: 98..6% / 98.%', _c_point)
_reg_malformed('malformed_baifenzhi_digits', '百分之 followed by digits: 百分之98.6%', _c_baifenzhi)


@style('malformed_in_table', 'pct', labels='i', desc='a table of rates where one cell is malformed (others correct)')
def s_mal_table(g):
    k = g.ri(2, 4)
    ts = towns(g, k)
    d = g.pick([1, 2])
    bad_i = g.r.randrange(k)
    lines = ['| 单位 | 应改造（户） | 已改造（户） | 完成率 |', '| --- | --- | --- | --- |']
    checks = []
    badtok = None
    for i in range(k):
        n, m, true = pick_rate(g, 50, 3000, d)
        Nn, M = g.N(n), g.N(m)
        P = g.P(rhu(true, d), d)
        if i == bad_i:
            badtok = g.pick([_c_space, _c_prefix, _c_double, _c_xx, _c_point])(g, fmt_num(rhu(true, d), d), rhu(true, d), d)
            lines.append('| %s | %s | %s | %s |' % (ts[i], Nn.s, M.s, badtok))
            checks.append(cfmt(badtok))
        else:
            lines.append('| %s | %s | %s | %s |' % (ts[i], Nn.s, M.s, P.s))
            checks.append(crate(M, Nn, P))
    return dict(core=lines, dom='gov', table=True, checks=checks, note='row %d has a malformed percentage %r; other rows are correct' % (bad_i + 1, badtok))


@style('malformed_in_share_list', 'pct', labels='i', desc='a list of shares where one share is malformed (占比 % written wrong)')
def s_mal_list(g):
    lab, u, cats = g.pick([('受理投诉', '件', ['物业服务', '噪声扰民', '占道经营']), ('新登记市场主体', '户', ['企业', '个体工商户', '农民专业合作社'])])
    n = g.ri(100, 20000)
    parts = g.split(n, 3)
    d = 1
    bad_i = g.r.randrange(3)
    T = g.N(n)
    V = [g.N(x) for x in parts]
    segs = []
    checks = [cs(V, T)]
    badtok = None
    for i in range(3):
        true = ratio(parts[i], n)
        if is_tie(true, d):
            raise Retry()
        if i == bad_i:
            badtok = g.pick([_c_space, _c_prefix, _c_double, _c_baifenzhi])(g, fmt_num(rhu(true, d), d), rhu(true, d), d)
            segs.append('%s%s%s（占%s）' % (cats[i], V[i].s, u, badtok))
            checks.append(cfmt(badtok))
        else:
            P = g.P(rhu(true, d), d)
            segs.append('%s%s%s（占%s）' % (cats[i], V[i].s, u, P.s))
            checks.append(crate(V[i], T, P))
    txt = '%s%s%s，其中%s。' % (lab, T.s, u, '、'.join(segs))
    return dict(core=txt, dom='gov', checks=checks, note='counts add up and shares are right, but share %d is malformed (%r)' % (bad_i + 1, badtok))


# ---- negative-only `pct` styles -------------------------------------------------------------
@style('pp_standalone', 'pct', labels='n', desc='提高2.5个百分点 with no earlier value: percentage points are not percent')
def s_pp_alone(g):
    name = g.pick(['常住人口城镇化率', '规上工业企业研发机构覆盖率', '农村生活污水治理率', '一般公共预算收入中税收占比', '农村集中供水率'])
    pp = g.N(D(g.ri(1, 80)) / 10, 1)
    cur = g.P(D(g.ri(300, 950)) / 10, 1)
    txt = g.pick(['%s达到%s，比上年提高%s个百分点。' % (name, cur.s, pp.s), '%s较上年提高%s个百分点，增幅居全市前列。' % (name, pp.s)])
    return dict(core=txt, dom='gov', checks=[cneg('pp_standalone', '个百分点', 'percentage points without the earlier value', [pp])],
                note='negative: a percentage-point change, earlier value not given; not a percent growth')


@style('growth_over_100_standalone', 'pct', labels='n', desc='同比增长135% / 增长2.3倍: large growth figures without base values')
def s_growth_alone(g):
    topic = g.pick(['新能源汽车产量', '跨境电商进出口额', '集成电路产量', '工业机器人产量', '入境游客人次'])
    P = g.P(D(g.ri(1010, 4000)) / 10, 1)
    txt = g.pick(['%s同比增长%s。' % (topic, P.s), '%s同比增长%s，是上年的%s倍。' % (topic, P.s, fmt_num(P.v / 100 + 1, 1))])
    return dict(core=txt, dom='gov', checks=[cneg('growth_over_100', '同比增长', 'growth above 100 % is legitimate; no base values', [P])],
                note='negative: growth over 100 %% (%s) is possible; no values to recompute' % P.s)


@style('permille_rates', 'pct', labels='n', desc='出生率8.6‰、自然增长率‰、千分之: per-mille figures next to counts')
def s_permille(g):
    b = g.N(g.ri(1000, 20000))
    r1 = fmt_num(D(g.ri(50, 120)) / 10, 2 if g.chance(0.3) else 1)
    r2 = fmt_num(D(g.ri(-40, 50)) / 10, 1)
    txt = g.pick(['全年出生人口%s人，人口出生率%s‰，自然增长率%s‰。' % (b.s, r1, r2),
                  '全年孕产妇死亡率为零，婴儿死亡率%s‰，5岁以下儿童死亡率%s‰。' % (fmt_num(D(g.ri(10, 50)) / 10, 1), fmt_num(D(g.ri(15, 70)) / 10, 1))])
    return dict(core=txt, dom=g.pick(['gov', 'hospital']), checks=[cneg('permille', '‰', 'per-mille rates over an unstated population', [])],
                note='negative: ‰ rates over an unstated population base')


@style('fraction_words', 'pct', labels='n', desc='七成、三分之二、过半、近九成: fractions in words, not percentages')
def s_fraction_words(g):
    n = g.N(g.ri(200, 9000))
    frac = g.pick(['近九成', '八成以上', '超过七成', '六成左右', '近四成'])
    txt = g.pick(['%s名受访群众中，%s对%s表示满意。' % (n.s, frac, g.pick(['社区服务', '政务服务', '城市管理', '公共交通'])),
                  '全%s%s户农户中，%s以上发展了%s。' % (whole_word(g.place), n.s, g.pick(['三分之二', '二分之一', '四分之三']), g.pick(['特色种养业', '庭院经济', '乡村旅游'])),
                  '新增就业%s人，其中高校毕业生占比过半，返乡创业人员约占%s。' % (n.s, g.pick(['两成', '一成', '三成'])),
                  '%s家规上企业中，%s开展了%s。' % (n.s, frac, g.pick(['数字化改造', '智能化改造', '清洁生产审核']))])
    m = re.search(r'(九成|八成|七成|六成|四成|分之|过半)', txt).group(1)
    return dict(core=txt, dom='gov', checks=[cneg('fraction_words', m, 'fractions in words are approximate', [n])],
                note='negative: fractions in words (成/分之/过半) are approximate, not checkable percentages')


@style('time_progress_targets', 'pct', labels='n', desc='时序进度102%、完成全年任务的75%以上、目标增长8%左右: progress and targets, not computed shares')
def s_time_progress(g):
    P = g.P(D(g.ri(900, 1200)) / 10, 1)
    txt = g.pick(['固定资产投资完成年度目标任务的%s，超序时进度%s个百分点。' % (P.s, g.N(D(g.ri(5, 150)) / 10, 1).s),
                  '1—%d月完成全年任务的%s，时序进度%s。' % (g.ri(6, 11), g.P(D(g.ri(500, 990)) / 10, 1).s, P.s),
                  '预期目标：地区生产总值增长%s左右，城镇调查失业率控制在%s以内。' % (g.P(D(g.ri(50, 90)) / 10, 1).s, g.P(D(g.ri(45, 60)) / 10, 1).s)])
    m = re.search(r'(时序进度|序时进度|左右)', txt).group(1)
    return dict(core=txt, dom='gov', checks=[cneg('time_progress', m, 'progress against a calendar or an approximate target', [])],
                note='negative: 时序进度/目标 percentages without base figures')


@style('cagr_average_growth', 'pct', labels='n', desc='年均增长8.2% between two years\' values: a compound average, not (b−a)/a')
def s_cagr(g):
    old = g.ri(100, 3000)
    yrs = g.ri(3, 5)
    rate = D(g.ri(40, 150)) / 10
    topic, u = g.pick([('地区生产总值', '亿元'), ('城乡居民人均可支配收入', '元'), ('规上工业企业', '家')])
    if u == '元':
        old *= 20
    new = int(rhu(old * (1 + rate / 100) ** yrs, 0))
    # the stated average must also agree with the compound rate recomputed from the rounded values
    back = (D(new) / D(old)) ** (D(1) / D(yrs)) * 100 - 100
    if rhu(back, 1) != rate:
        raise Retry()
    O, Nn, P = g.N(old), g.N(new), g.P(rate, 1)
    txt = '%s由%d年的%s%s增加到%d年的%s%s，年均增长%s。' % (topic, g.year - yrs, O.s, u, g.year, Nn.s, u, P.s)
    return dict(core=txt, dom='gov', checks=[cneg('cagr', '年均增长', 'compound annual growth over several years', [O, Nn, P])],
                note='negative: 年均增长 over %d years is a compound rate, not (b-a)/a' % yrs)


@style('percent_sign_lookalikes', 'pct', labels='n', desc='税率13%、首付20%、误差±0.5%、增长5%—8%: percent signs that carry no relation')
def s_pct_lookalike(g):
    txt = g.pick(['对小规模纳税人减按%s征收率征收增值税，对%s万元以下月销售额免征增值税。' % (g.P(1, 0).s, g.N(g.ri(10, 30)).s),
                  '首套住房商业贷款最低首付款比例调整为%s，公积金贷款利率下调%s个百分点。' % (g.P(g.pick([15, 20, 25]), 0).s, g.N(D(g.ri(1, 5)) / 10, 2).s),
                  '计量器具检定误差控制在±%s以内，共检定各类计量器具%s台件。' % (g.P(D(g.ri(1, 20)) / 10, 1).s, g.N(g.ri(500, 9000)).s),
                  '预计全年增长%s—%s，力争实现更好结果。' % (g.P(g.ri(4, 6), 0).s, g.P(g.ri(7, 9), 0).s),
                  '委托第三方对%s的区级社会组织开展财务抽查。' % g.P(g.ri(2, 10), 0).s])
    m = re.search(r'(征收率|首付款比例|±|—|第三方)', txt).group(1)
    return dict(core=txt, dom='gov', checks=[cneg('percent_lookalike', m, 'tax rates, ratios, tolerances and ranges are not computed shares', [])],
                note='negative: percent signs of rates, tolerances and ranges; nothing to recompute')


# ----------------------------------------------------------------------------------------------
# schedule, generation, verification, CLI
# ----------------------------------------------------------------------------------------------
PER_FAMILY = 1500
TARGET = {'consistent': 0.4, 'inconsistent': 0.4, 'negative': 0.2}
LAB = {'c': 'consistent', 'i': 'inconsistent', 'n': 'negative'}
RETRIES = Counter()


def schedule(seed):
    """-> list of (style, label) for every record of the seed."""
    rng = random.Random('schedule-%d' % seed)
    plan = []
    for fam in ('totals', 'pct'):
        sts = [s for s in STYLES if s['family'] == fam]
        n = len(sts)
        base = [PER_FAMILY // n] * n
        for i in rng.sample(range(n), PER_FAMILY - sum(base)):
            base[i] += 1
        # jitter inside 15..20 keeping the family total
        for _ in range(n * 2):
            a, b = rng.randrange(n), rng.randrange(n)
            if a != b and base[a] < 20 and base[b] > 15:
                base[a] += 1
                base[b] -= 1
        assert all(15 <= x <= 20 for x in base), base
        need = {k: round(PER_FAMILY * v) for k, v in TARGET.items()}
        counts = {}
        # single-label styles first
        for s, cnt in zip(sts, base):
            if len(s['labels']) == 1:
                lab = LAB[s['labels']]
                counts[s['name']] = {lab: cnt}
                need[lab] -= cnt
        multi = [(s, cnt) for s, cnt in zip(sts, base) if len(s['labels']) > 1]
        remaining = sum(cnt for _, cnt in multi)
        for idx, (s, cnt) in enumerate(multi):
            labs = [LAB[c] for c in s['labels']]
            left = remaining
            c = {}
            tot_need = sum(max(0, need[l]) for l in labs) or 1
            for l in labs:
                c[l] = max(1 if l != 'negative' or 'n' in s['labels'] else 0, int(round(cnt * max(0, need[l]) / max(left, 1))))
            # adjust to cnt
            while sum(c.values()) > cnt:
                l = max(c, key=lambda x: c[x] - need[x] / max(left, 1) * cnt)
                c[l] -= 1
            while sum(c.values()) < cnt:
                l = max(labs, key=lambda x: need[x] - c[x])
                c[l] += 1
            for l in c:
                need[l] -= c[l]
            remaining -= cnt
            counts[s['name']] = c
        for s in sts:
            for lab, k in sorted(counts[s['name']].items()):
                plan.extend([(s, lab)] * k)
    return plan


def gen_record(st, seed, idx, label):
    rng = random.Random('%d|%s|%d|%s' % (seed, st['name'], idx, label))
    last = None
    for attempt in range(60):
        g = G(rng, label, st['family'], st['name'])
        try:
            out = st['fn'](g)
        except Retry:
            RETRIES[st['name']] += 1
            continue
        text = wrap(g, out)
        rec = {'id': '', 'family': st['family'], 'style': st['name'], 'label': label, 'text': text,
               'note': out['note'], 'checks': out['checks']}
        probs = verify_record(rec)
        if not probs:
            return rec
        RETRIES[st['name']] += 1
        last = probs
    raise RuntimeError('style %s label %s: cannot build a valid record: %s' % (st['name'], label, last))


def generate(seed):
    plan = schedule(seed)
    recs = {'totals': [], 'pct': []}
    seen = Counter()
    texts = set()
    for st, lab in plan:
        seen[(st['name'], lab)] += 1
        idx = seen[(st['name'], lab)]
        for k in range(50):
            rec = gen_record(st, seed, idx + 1000 * k, lab)
            if rec['text'] not in texts:
                break
            RETRIES[st['name']] += 1
        texts.add(rec['text'])
        recs[st['family']].append(rec)
    out = []
    rng = random.Random('order-%d' % seed)
    for fam in ('totals', 'pct'):
        rs = recs[fam]
        rng.shuffle(rs)
        for i, r in enumerate(rs, 1):
            r['id'] = 'n30-%s-%06d' % (fam, i)
        out.extend(rs)
    return out


def verify_file(path):
    bad = 0
    recs = []
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print('line %d: not JSON: %s' % (ln, e))
                bad += 1
                continue
            recs.append(rec)
            for p in verify_record(rec):
                print('%s: %s' % (rec.get('id', 'line %d' % ln), p))
                bad += 1
    ids = Counter(r.get('id') for r in recs)
    for i, c in ids.items():
        if c > 1:
            print('duplicate id %s' % i)
            bad += 1
    texts = Counter(r.get('text') for r in recs)
    dup = sum(c - 1 for c in texts.values() if c > 1)
    if dup:
        print('duplicate texts: %d' % dup)
        bad += 1
    per_style = Counter(r['style'] for r in recs)
    fam = Counter(r['family'] for r in recs)
    lab = Counter((r['family'], r['label']) for r in recs)
    for s, c in per_style.items():
        if not 15 <= c <= 20:
            print('style %s has %d records (want 15-20)' % (s, c))
            bad += 1
    if len(per_style) < 150:
        print('only %d styles' % len(per_style))
        bad += 1
    print('%s: %d records, %d styles, families %s' % (path, len(recs), len(per_style), dict(fam)))
    for f_ in ('totals', 'pct'):
        n = fam[f_] or 1
        print('  %-7s %s' % (f_, '  '.join('%s %d (%.1f%%)' % (l, lab[(f_, l)], 100.0 * lab[(f_, l)] / n)
                                        for l in ('consistent', 'inconsistent', 'negative'))))
    print('  problems: %d' % bad)
    return bad


def styles_table(files=()):
    counts = []
    for p in files:
        c = Counter()
        with open(p, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                c[(r['style'], r['label'][0])] += 1
        counts.append(c)
    head = '| # | style | family | labels | construction |' + ''.join(' %s c/i/n |' % p.rsplit('_', 1)[-1].split('.')[0] for p in files)
    rows = [head, '| ---' * (5 + len(files)) + ' |']
    for i, s in enumerate(STYLES, 1):
        extra = ''.join(' %d/%d/%d |' % tuple(c[(s['name'], l)] for l in 'cin') for c in counts)
        rows.append('| %d | `%s` | %s | %s | %s |%s' % (i, s['name'], s['family'], ''.join(s['labels']), s['desc'].replace('|', '\\|'), extra))
    return '\n'.join(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--styles-table', nargs='*', metavar='JSONL', help='print the style table (with per-file label counts)')
    a = ap.parse_args(argv)
    if a.styles_table is not None:
        print(styles_table(a.styles_table))
        return 0
    if a.verify:
        bad = sum(verify_file(p) for p in a.verify)
        return 1 if bad else 0
    if a.seed is None:
        ap.error('--seed or --verify needed')
    recs = generate(a.seed)
    out = a.out or 'numbers30_seed%d.jsonl' % a.seed
    with open(out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s (%d rebuilds after self-check)' % (len(recs), out, sum(RETRIES.values())), file=sys.stderr)
    if RETRIES:
        print('  rebuilds by style: %s' % dict(RETRIES.most_common(8)), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
