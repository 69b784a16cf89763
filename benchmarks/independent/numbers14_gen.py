#!/usr/bin/env python3
"""numbers14_gen.py -- held-out test collection for an arithmetic auditor of Chinese reports.

Families: `totals` (a whole and its parts, differences, stock and flow, counts of named items) and
`pct` (rates, shares, growth, percentage points, multiples, averages, malformed percent signs).

    python3 numbers14_gen.py --seed 11 --out numbers14_seed11.jsonl
    python3 numbers14_gen.py --verify numbers14_seed11.jsonl numbers14_seed12.jsonl
    python3 numbers14_gen.py --style-table numbers14_seed11.jsonl

Standard library only.  The verifier part (parse_num / evaluate / label_of) never looks at the generator's
internal numbers: it re-reads every operand string from `checks`, parses it and recomputes the label.
"""
import argparse
import json
import math
import random
import re
import sys
from fractions import Fraction as F

# =====================================================================================================
# Part 1.  Verifier: number parsing, relation evaluation, label derivation
# =====================================================================================================

_FW = str.maketrans('０１２３４５６７８９．％－＋：−', '0123456789.%-+:-')
_CN_D = {'零': 0, '〇': 0, '○': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
         '八': 8, '九': 9, '壹': 1, '贰': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9}
_CN_U = {'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
_CN_B = {'万': 10 ** 4, '亿': 10 ** 8}
_SEPS = ',，  \u2009\u202f\u00a0\'’'


class Num:
    """value (Fraction), ulp (Fraction, 0 = exact), pct (value is in percent units)"""
    __slots__ = ('value', 'ulp', 'pct', 'src')

    def __init__(self, value, ulp, pct, src):
        self.value, self.ulp, self.pct, self.src = value, ulp, pct, src


def _cn_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in _CN_D:
            num = _CN_D[ch]
        elif ch in _CN_U:
            section += (num if num else 1) * _CN_U[ch]
            num = 0
        elif ch in _CN_B:
            section += num
            num = 0
            if _CN_B[ch] == 10 ** 8:
                total = (total + section) * 10 ** 8
            else:
                total += section * 10 ** 4
            section = 0
        else:
            raise ValueError('bad chinese numeral %r in %r' % (ch, s))
    return total + section + num


def parse_num(s):
    """Parse an operand string.  Returns Num.  Raises ValueError when it is not a number."""
    src = s
    t = s.translate(_FW).strip()
    pct, scale = False, F(1)
    t = t.replace('个百分点', '')
    m = re.fullmatch(r'翻(.)番', t)
    if m:
        k = _cn_int(m.group(1)) if m.group(1) in _CN_D else int(m.group(1))
        return Num(F(2 ** k), F(0), False, src)
    if t.startswith('百分之'):
        pct, t = True, t[3:]
    # malformed tokens are still read for their value: drop stray spaces and repeated signs
    t2 = t.replace(' ', '').replace('\u3000', '')
    if '%' in t2:
        pct = True
        t2 = t2.replace('%', '')
    elif t2.endswith('‰'):
        pct, scale, t2 = True, F(1, 10), t2[:-1]
    elif t2.endswith('成') and len(t2) > 1:
        pct, scale, t2 = True, F(10), t2[:-1]
    t = t2
    neg = False
    if t.startswith(('-', '负')):
        neg, t = True, t[1:]
    elif t.startswith('+'):
        t = t[1:]
    mult = 1
    if re.search(r'\d', t):
        mm = re.fullmatch(r'([\d' + re.escape(_SEPS) + r']*\d(?:\.\d+)?|\d*\.\d+)(千万|百万|万亿|亿|万|千)?', t)
        if not mm:
            raise ValueError('cannot parse %r' % src)
        body, mag = mm.group(1), mm.group(2)
        mult = {None: 1, '千': 1000, '万': 10 ** 4, '百万': 10 ** 6, '千万': 10 ** 7, '亿': 10 ** 8,
                '万亿': 10 ** 12}[mag]
        body = re.sub('[' + re.escape(_SEPS) + ']', '', body)
        if '.' in body:
            a, b = body.split('.')
            d = len(b)
            val = F(int(a or '0') * 10 ** d + int(b), 10 ** d)
            ulp = F(1, 10 ** d)
        else:
            val = F(int(body))
            ulp = F(1) if (pct or mult > 1) else F(0)
    else:
        mag = None
        for suf in ('亿', '万'):
            if '点' in t and t.endswith(suf):
                mag, t = suf, t[:-1]
                mult = _CN_B[suf]
        if '点' in t:
            a, b = t.split('点')
            ip = _cn_int(a) if a else 0
            ds = ''.join(str(_CN_D[c]) for c in b)
            val = F(ip * 10 ** len(ds) + int(ds), 10 ** len(ds))
            ulp = F(1, 10 ** len(ds))
        else:
            if not t:
                raise ValueError('empty number %r' % src)
            val = F(_cn_int(t))
            ulp = F(1) if pct else F(0)
    val, ulp = val * mult * scale, ulp * mult * scale
    if neg:
        val = -val
    return Num(val, ulp, pct, src)


MALFORMED_RES = [
    (r'\d\s+[%％]', 'space between number and percent sign'),
    (r'^[%％]\s*\d', 'percent sign written before the number'),
    (r'[%％]\s*[%％]', 'doubled percent sign'),
    (r'百分之.*[%％]', '百分之 and a percent sign together'),
    (r'\d[，,]\d{1,2}\s*[%％]$', 'decimal comma inside a percentage'),
    (r'\d(\.\.|。|\.．|．\.)\d', 'doubled or wrong decimal point'),
    (r'[%％]\d', 'percent sign inside the number'),
]


def fmtf(x):
    """compact decimal rendering of a Fraction for the arithmetic notes"""
    if isinstance(x, F) and x.denominator == 1:
        return str(x.numerator)
    v = float(x)
    s = ('%.4f' % v).rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def _val(x):
    """operand may be a string or a list of [sign, string] terms; returns (value, half-ulp bound, text)"""
    if isinstance(x, str):
        n = parse_num(x)
        return n.value, n.ulp / 2, fmtf(n.value)
    v, h, parts = F(0), F(0), []
    for sg, s in x:
        n = parse_num(s)
        v += n.value if sg == '+' else -n.value
        h += n.ulp / 2
        parts.append(('-' if sg == '-' else '+') + fmtf(n.value))
    txt = ''.join(parts).lstrip('+')
    return v, h, '(' + txt + ')'


def _rate_ok(true, stated, ulp, prop):
    """rounding (half a unit either way) or truncation (up to one unit down) of the last stated digit"""
    d = true - stated
    return -(ulp / 2) - prop <= d <= ulp + prop


APPROX = {'about': '约/左右', 'under': '近/不到', 'over': '余/多/以上/超过'}


def _approx_in(true, stated, qual, ulp, rate=False):
    if qual == 'about':
        lim = max(F(5, 2), stated * F(3, 100)) if rate else abs(stated) * F(1, 10) + ulp
        return abs(true - stated) <= lim
    if qual == 'under':
        lim = F(5) if rate else abs(stated) * F(15, 100)
        return stated - lim <= true <= stated + ulp / 2
    if qual == 'over':
        lim = F(100) if rate else abs(stated) * F(1, 2) + ulp
        return stated - ulp / 2 <= true <= stated + lim
    raise ValueError('bad qual %r' % qual)


def evaluate(c):
    """Evaluate one check.  Returns (status, arithmetic text, dev, tol); status in ok / fail / look."""
    rel = c['rel']
    if rel in ('sum_eq', 'linear'):
        if rel == 'sum_eq':
            terms = [('+', p) for p in c['parts']]
            res = c['whole']
        else:
            terms = [tuple(t) for t in c['terms']]
            res = c['result']
        S, tol, shown = F(0), F(0), []
        for sg, s in terms:
            n = parse_num(s)
            S += n.value if sg == '+' else -n.value
            tol += n.ulp / 2
            shown.append(('-' if sg == '-' else '+') + fmtf(n.value))
        R = parse_num(res)
        tol += R.ulp / 2
        dev = S - R.value
        expr = ''.join(shown).lstrip('+') + '=' + fmtf(S) + ' vs ' + fmtf(R.value)
        if tol:
            expr += ' (tol %s)' % fmtf(tol)
        mode = c.get('mode', 'exact')
        if mode == 'exact':
            st = 'ok' if abs(dev) <= tol else 'fail'
        elif mode == 'partial':
            if abs(dev) <= tol:
                st = 'ok'
            elif dev < 0:
                st = 'look'
                expr += ' partial list'
            else:
                st = 'fail'
                expr += ' parts exceed whole'
        elif mode == 'overlap':
            big = [s for sg, s in terms if parse_num(s).value > R.value + tol]
            st = 'fail' if big else 'look'
            expr += ' overlapping groups' + (' but a group exceeds the whole' if big else '')
        elif mode == 'approx':
            st = 'look' if _approx_in(S, R.value, c['qual'], R.ulp) else 'fail'
            expr += ' approximate (%s)' % c['qual']
        else:
            raise ValueError('bad mode %r' % mode)
        return st, expr + ' ' + st, dev, tol
    if rel in ('pct', 'ratio'):
        nv, nh, nt = _val(c['num'])
        dv, dh, dt = _val(c['den'])
        S = parse_num(c['rate'] if rel == 'pct' else c['stated'])
        if rel == 'pct':
            factor, offset = F(100), F(0)
        else:
            factor, offset = {'times': (F(1), F(0)), 'increase_times': (F(1), F(1)), 'per100': (F(100), F(0)),
                              'avg': (F(1), F(0)), 'per1000': (F(1000), F(0)),
                              'per10000': (F(10000), F(0))}[c['kind']]
            factor *= F(c.get('scale', 1))
        if dv == 0:
            return 'fail', 'division by zero', F(1), F(0)
        true = nv / dv * factor - offset
        prop = factor * (nh / abs(dv) + abs(nv) * dh / (dv * dv)) if (nh or dh) else F(0)
        stated = S.value
        expr = '%s/%s*%s%s=%s vs %s' % (nt, dt, fmtf(factor), ('-' + fmtf(offset)) if offset else '', fmtf(true),
                                         fmtf(stated))
        dev = true - stated
        if c.get('approx'):
            st = 'look' if _approx_in(true, stated, c['approx'], S.ulp, rate=(rel == 'pct')) else 'fail'
            expr += ' approximate (%s)' % c['approx']
        else:
            st = 'ok' if _rate_ok(true, stated, S.ulp, prop) else 'fail'
        return st, expr + ' ' + st, dev, S.ulp / 2 + prop
    if rel == 'growth':
        b, c_ = parse_num(c['base']), parse_num(c['cur'])
        ch = parse_num(c['change'])
        sgn = 1 if c.get('dir', 'up') == 'up' else -1
        stated = sgn * ch.value
        if b.value == 0:
            return 'fail', 'zero base', F(1), F(0)
        years = c.get('years')
        if years:
            true = F(((float(c_.value) / float(b.value)) ** (1.0 / years) - 1) * 100).limit_denominator(10 ** 9)
        else:
            true = (c_.value / b.value - 1) * 100
        bh, chh = b.ulp / 2, c_.ulp / 2
        prop = 100 * (chh / b.value + c_.value * bh / (b.value * b.value))
        tol = ch.ulp / 2 + prop
        dev = true - stated
        expr = '(%s/%s-1)*100=%s vs %s%s' % (fmtf(c_.value), fmtf(b.value), fmtf(true), '+' if stated >= 0 else '',
                                              fmtf(stated))
        if years:
            expr = 'annual average over %d years: ' % years + expr
        trunc = (true * stated >= 0) and (0 <= abs(true) - abs(stated) <= ch.ulp + prop)
        ok = abs(dev) <= tol or trunc
        if c.get('basis') == 'comparable':
            st = 'look'
            expr += ' (stated rate at comparable prices: not derivable from nominal values)'
        elif years:
            st = 'look' if ok else 'fail'
        else:
            st = 'ok' if ok else 'fail'
        return st, expr + ' ' + st, dev, tol
    if rel == 'pp':
        a, b, s = parse_num(c['a']), parse_num(c['b']), parse_num(c['stated'])
        sgn = 1 if c.get('dir', 'up') == 'up' else -1
        true = b.value - a.value
        stated = sgn * s.value
        tol = (a.ulp + b.ulp + s.ulp) / 2
        dev = true - stated
        st = 'ok' if abs(dev) <= tol else 'fail'
        return st, '%s-%s=%s vs %s (tol %s) %s' % (fmtf(b.value), fmtf(a.value), fmtf(true), fmtf(stated),
                                                   fmtf(tol), st), dev, tol
    if rel == 'sum100':
        vals = [parse_num(x) for x in c['shares']]
        S = sum((v.value for v in vals), F(0))
        tot = parse_num(c['total']) if c.get('total') else Num(F(100), F(0), True, '100')
        tol = sum((v.ulp for v in vals), F(0)) / 2 + tot.ulp / 2
        dev = S - tot.value
        expr = '+'.join(fmtf(v.value) for v in vals) + '=' + fmtf(S) + ' vs ' + fmtf(tot.value)
        if c.get('mode') == 'multi':
            return 'look', expr + ' multiple answers allowed look', dev, tol
        st = 'ok' if abs(dev) <= tol else 'fail'
        return st, expr + ' (tol %s) %s' % (fmtf(tol), st), dev, tol
    if rel == 'count':
        n = len(c['items'])
        v = parse_num(c['stated']).value
        dev = F(n) - v
        mode = c.get('mode', 'exact')
        if n == v:
            st = 'ok'
        elif mode == 'etc' and n < v:
            st = 'look'
        else:
            st = 'fail'
        return st, '%d items named vs %s stated%s %s' % (n, fmtf(v), ' (list ends with 等)' if mode == 'etc' else '',
                                                         st), dev, F(0)
    if rel == 'malformed':
        tok = c['token']
        for rx, why in MALFORMED_RES:
            if re.search(rx, tok):
                return 'fail', 'malformed percentage %r: %s fail' % (tok, why), F(1), F(0)
        return 'ok', 'percentage %r well formed ok' % tok, F(0), F(0)
    if rel == 'none':
        return 'look', 'not checkable (%s) look' % c['why'], F(0), F(0)
    raise ValueError('unknown rel %r' % rel)


def operand_strings(c):
    out = []
    for k, v in c.items():
        if k in ('rel', 'mode', 'dir', 'kind', 'why', 'approx', 'qual', 'basis', 'years', 'scale', 'what'):
            continue
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, str):
                    out.append(x)
                elif isinstance(x, (list, tuple)):
                    out.append(x[1])
    return out


def label_of(checks):
    res = [evaluate(c) for c in checks]
    fails = sum(1 for r in res if r[0] == 'fail')
    oks = sum(1 for r in res if r[0] == 'ok')
    if not checks:
        lab = None
    elif fails:
        lab = 'inconsistent'
    elif oks:
        lab = 'consistent'
    else:
        lab = 'negative'
    return lab, res, fails


def arith_text(res):
    return '; '.join(r[1] for r in res)


def verify_record(rec):
    """returns list of problems (empty when fine)"""
    probs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            probs.append('missing field ' + k)
    if probs:
        return probs
    if rec['family'] not in ('totals', 'pct'):
        probs.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        probs.append('bad label')
    if not re.fullmatch(r'[a-z0-9_]+', rec['style']):
        probs.append('style not snake_case')
    for c in rec['checks']:
        for s in operand_strings(c):
            if not s or s not in rec['text']:
                probs.append('operand %r not in text' % s)
    try:
        lab, res, fails = label_of(rec['checks'])
    except Exception as e:  # noqa
        return probs + ['evaluation error: %s' % e]
    if lab != rec['label']:
        probs.append('label %s but checks give %s (%s)' % (rec['label'], lab, arith_text(res)))
    if rec['label'] == 'inconsistent' and fails != 1:
        probs.append('inconsistent record with %d failing relations' % fails)
    if any(c['rel'] == 'malformed' for c in rec['checks']) and (rec['family'] != 'pct' or rec['label'] != 'inconsistent'):
        probs.append('malformed check outside pct/inconsistent')
    if not rec['note'].endswith(' | ' + arith_text(res)):
        probs.append('note does not end with the verifier arithmetic')
    return probs


def verify_files(paths):
    bad = 0
    for p in paths:
        ids, texts = set(), set()
        counts, styles = {}, {}
        n = 0
        with open(p, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                rec = json.loads(line)
                n += 1
                probs = verify_record(rec)
                if rec.get('id') in ids:
                    probs.append('duplicate id')
                ids.add(rec.get('id'))
                if rec.get('text') in texts:
                    probs.append('duplicate text')
                texts.add(rec.get('text'))
                key = (rec.get('family'), rec.get('label'))
                counts[key] = counts.get(key, 0) + 1
                styles.setdefault((rec.get('family'), rec.get('style')), 0)
                styles[(rec.get('family'), rec.get('style'))] += 1
                for pr in probs:
                    bad += 1
                    print('%s:%d %s: %s' % (p, ln, rec.get('id'), pr))
        small = {k: v for k, v in styles.items() if not 15 <= v <= 25}
        print('%s: %d records, %d styles (%s), %s' % (
            p, n, len(styles), ', '.join('%s %d' % (f, sum(1 for k in styles if k[0] == f)) for f in ('totals', 'pct')),
            ', '.join('%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(counts.items()))))
        if small:
            print('  styles outside 15..25 records:', small)
    print('problems: %d' % bad)
    return bad == 0


# =====================================================================================================
# Part 2.  Generator toolkit: number formatting, names, context sentences, error injection
# =====================================================================================================

_TOFW = str.maketrans('0123456789.%,', '０１２３４５６７８９．％，')
_CN = '零一二三四五六七八九'
_CNCAP = '零壹贰叁肆伍陆柒捌玖'


def _group(ip, sep):
    if not sep or len(ip) <= 3:
        return ip
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def cn_int(n, liang=False, cap=False):
    """integer -> Chinese numerals (below 10^12)"""
    dg = _CNCAP if cap else _CN
    units = ('仟', '佰', '拾', '') if cap else ('千', '百', '十', '')
    if n == 0:
        return dg[0]

    def sec(x):
        s, zero = '', False
        for u, v in zip(units, (1000, 100, 10, 1)):
            d = x // v % 10
            if d:
                if zero:
                    s += dg[0]
                    zero = False
                s += dg[d] + u
            elif s:
                zero = True
        return s
    out = ''
    for big, val in (('亿', 10 ** 8), ('万', 10 ** 4), ('', 1)):
        x = n // val % 10000 if val < 10 ** 8 else n // val
        if x:
            if out and x < 1000:
                out += dg[0]
            out += sec(x) + big
        elif out and not out.endswith(dg[0]) and n % val:
            pass
    out = re.sub(dg[0] + '+', dg[0], out).rstrip(dg[0])
    if not cap and out.startswith('一十'):
        out = out[1:]
    if liang and not cap:
        out = re.sub(r'^二(?=[千百万亿])', '两', out)
    return out


def cn_dec(units, dec):
    """units/10^dec -> 九十八点六"""
    if dec == 0:
        return cn_int(units)
    ip, fp = divmod(units, 10 ** dec)
    return cn_int(ip) + '点' + ''.join(_CN[int(c)] for c in str(fp).rjust(dec, '0'))


def rnd(x, dec=0):
    """round half up a non-negative Fraction to integer units of 10^-dec"""
    y = F(x) * 10 ** dec
    if y < 0:
        return -rnd(-x, dec)
    return math.floor(y + F(1, 2))


def trunc(x, dec=0):
    y = F(x) * 10 ** dec
    return math.floor(y) if y >= 0 else -math.floor(-y)


def fnum(units, dec=0, sep='', fw=False, minlen=4):
    neg = units < 0
    s = str(abs(units)).rjust(dec + 1, '0')
    ip, fp = (s[:-dec], s[-dec:]) if dec else (s, '')
    if len(ip) >= minlen:
        ip = _group(ip, sep)
    r = ip + ('.' + fp if dec else '')
    if fw:
        r = r.translate(_TOFW)
    return ('-' if neg else '') + r


SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃'
GIVEN = '建国华明丽芳军伟强敏静磊洋勇艳杰娟涛超霞平刚桂英秀兰玉梅志红海燕斌宇浩凯鹏飞彬琳雪晨欣怡佳文博俊峰亮辉瑞萍'
PL_A = '青云柳石桃杏梅松枫桂兰竹清平安永和兴华宁丰泰康福乐新金银龙凤鹤雁白黄红东西南北上下大小长高阳朝德仁义礼信文武崇宝嘉'
PL_B = '河溪湖塘坪坝岭岗峰源田桥湾洲港川山林泉沟庄店集铺寨口坡垭冲滩圩堡屯营坊台'


class G:
    """per-record random helper"""

    def __init__(self, rng):
        self.r = rng
        self.ns = None
        self._c = {}
        self.last_place = None

    def _cached(self, key, make, fresh):
        if fresh or key not in self._c:
            self._c[key] = make()
        self.last_place = self._c[key]
        return self._c[key]

    # -- basic randomness
    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        s = list(seq)
        self.r.shuffle(s)
        return s

    # -- names
    def nm2(self):
        return self.ch(PL_A) + self.ch(PL_B)

    def county(self, fresh=False):
        return self._cached('county', lambda: self.nm2() + self.ch(['县', '县', '区', '市']), fresh)

    def city(self, fresh=False):
        return self._cached('city', lambda: self.nm2() + '市', fresh)

    def town(self, fresh=False):
        return self._cached('town', lambda: self.nm2() + self.ch(['镇', '镇', '乡', '街道']), fresh)

    def village(self, fresh=False):
        return self._cached('village', lambda: self.nm2() + self.ch(['村', '村', '村', '社区']), fresh)

    def towns(self, k, kind=None):
        out, seen = [], set()
        while len(out) < k:
            t = self.nm2()
            if t in seen:
                continue
            seen.add(t)
            out.append(t + (kind or self.ch(['镇', '镇', '乡', '街道'])))
        return out

    def villages(self, k):
        return self.towns(k, '村')

    def person(self):
        return self.ch(SURN) + ''.join(self.ch(GIVEN) for _ in range(self.ri(1, 2)))

    def company(self):
        return self.nm2() + self.ch(['新材料', '机械制造', '食品', '建设工程', '物流', '农业发展', '能源', '纺织', '电子科技']) + \
            self.ch(['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'])

    def year(self):
        if 'year' not in self._c:
            self._c['year'] = self.ri(2018, 2024)
        return self._c['year']

    def docno(self):
        return '%s%s〔%d〕%d号' % (self.nm2()[0], self.ch(['政发', '政办发', '财预', '发改投资', '人社发', '卫健发', '农发', '环发']),
                                 self.year() - self.ri(0, 1), self.ri(1, 160))

    # -- number styles
    def pick_ns(self, allow_fw=True, allow_sep=True):
        opts = [('', False)] * 10
        if allow_sep:
            opts += [(',', False)] * 4 + [('，', False), (' ', False), ('\u2009', False)]
        if allow_fw:
            opts += [('', True)] * 2
            if allow_sep:
                opts += [(',', True)]
        self.ns = self.ch(opts)
        return self.ns

    def n(self, units, dec=0, ns=None):
        sep, fw = ns or self.ns or ('', False)
        return fnum(units, dec, sep, fw)

    def pctf(self, units, dec, form='%'):
        if form == 'bfz':
            return '百分之' + cn_dec(units, dec)
        if form == '％':
            return fnum(units, dec) + '％'
        if form == 'fw':
            return fnum(units, dec, fw=True) + '％'
        return fnum(units, dec) + '%'

    def pct_form(self):
        return self.ch(['%'] * 8 + ['％', '％', 'fw'])

    # -- splitting a whole into parts
    def split(self, total, k, minpart=1, skew=1.4):
        for _ in range(100):
            w = [self.r.random() ** skew + 0.04 for _ in range(k)]
            sw = sum(w)
            parts = [max(minpart, int(total * x / sw)) for x in w]
            diff = total - sum(parts)
            j = parts.index(max(parts))
            parts[j] += diff
            if min(parts) >= minpart:
                return parts
        raise RuntimeError('split failed')

    def mag(self, lo, hi):
        """log-uniform integer"""
        return int(math.exp(self.r.uniform(math.log(lo), math.log(hi))))


def half_width(text):
    """,;:() half-width, as in documents typed with a half-width keyboard; commas between two digits kept"""
    text = re.sub(r'(?<!\d)，|，(?!\d)', ',', text)
    return text.translate(str.maketrans('；：（）', ';:()'))


# ----------------------------------------------------------------------------------------------------
# context sentences (our own wording), by source category; '+' lines are closing sentences
# ----------------------------------------------------------------------------------------------------
_CTX = {
    'gov': """{y}年，面对复杂多变的外部环境，全{lv}上下攻坚克难、真抓实干，经济社会发展稳中有进。
过去一年，我们坚持稳字当头、稳中求进，各项目标任务总体完成。
现将{y}年度政府工作情况报告如下。
一年来，在{up}的坚强领导下，{pl}统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。
+下一步，我们将继续锚定年度目标，狠抓工作落实。
+成绩来之不易，这是全{lv}干部群众团结奋斗的结果。
+同时也要清醒看到，发展不平衡不充分的问题依然存在。""",
    'stat': """根据{pl}统计局初步核算，{y}年全{lv}国民经济运行总体平稳。
本公报中部分数据为初步统计数，各项数据均未包括外出务工人员。
注：公报中部分数据因四舍五入的原因，存在总计与分项合计不等的情况。
+资料来源：{pl}统计局、{pl}各有关部门。
+以上数据均为快报数，最终以年报数据为准。""",
    'budget': """受{pl}人民政府委托，现将{y}年财政预算执行情况和{y1}年预算草案提请审议。
{y}年，全{lv}财政部门认真落实积极的财政政策，加力提效，保障重点支出。
按照《预算法》和{upn}有关规定，预算执行情况如下。
+总体看，预算执行情况良好，但收支矛盾仍较突出。
+以上均为快报数，在决算编制中可能会有所变化。""",
    'audit': """根据《中华人民共和国审计法》规定，{pl}审计局对{y}年度本级预算执行和其他财政收支情况进行了审计。
审计结果表明，有关部门和单位财政管理水平进一步提高，但仍存在一些问题。
+对审计发现的问题，审计局已依法出具审计报告、下达审计决定。
+有关部门和单位正在积极整改，审计局将持续跟踪督促。""",
    'court': """{y}年，{pl}人民法院坚持司法为民、公正司法，各项审判执行工作取得新成效。
面对案件数量持续高位运行的形势，全院干警迎难而上、勇挑重担。
+全院法官人均结案数位居全市法院前列。
+下一步，我们将深化诉源治理，推动更多纠纷在诉前化解。""",
    'procur': """{y}年，{pl}人民检察院认真履行法律监督职责，服务保障大局。
全院坚持宽严相济刑事政策，依法惩治各类刑事犯罪。
+我们将自觉接受人大监督，不断提升司法公信力。""",
    'hospital': """{y}年，{org}坚持公益性办院方向，医疗服务能力持续提升。
医院以等级医院复审为契机，持续改善医疗服务。
+医院全年未发生重大医疗纠纷和安全事故。
+下一步，医院将加快推进紧密型县域医共体建设。""",
    'school': """{y}学年，{org}全面贯彻党的教育方针，落实立德树人根本任务。
全{lv}教育系统深化“双减”工作，教育教学质量稳步提升。
+学校将持续加强师资队伍建设，办好人民满意的教育。""",
    'enterprise': """{y}年，{org}克服原材料价格波动等不利因素，生产经营保持平稳。
公司坚持市场导向，持续推进降本增效。
+公司将加快转型升级，力争全年效益再上新台阶。""",
    'township': """{y}年以来，{pl}党委、政府紧紧围绕年初确定的目标任务，凝心聚力抓发展、惠民生。
今年以来，我{lvs}在{up}的正确领导下，扎实推进各项工作。
+下一步，我{lvs}将对照目标查漏补缺，确保全年任务圆满完成。
+存在问题：一是产业基础薄弱，二是干部队伍年龄偏大。""",
    'village': """{y}年，{pl}两委班子团结带领全体村民，推动集体经济发展壮大。
村“两委”坚持“四议两公开”，重大事项均经村民代表大会讨论通过。
+以上情况已在村务公开栏公示，接受群众监督。""",
    'poverty': """{y}年，{pl}坚决守住不发生规模性返贫底线，持续巩固拓展脱贫攻坚成果。
全{lv}严格落实“四个不摘”要求，扎实开展防止返贫动态监测和帮扶。
+通过精准帮扶，监测对象风险得到有效消除。""",
    'env': """{y}年，{pl}深入打好蓝天、碧水、净土保卫战，生态环境质量持续改善。
全{lv}坚持精准治污、科学治污、依法治污。
+中央环保督察反馈问题整改有序推进。""",
    'agri': """{y}年，{pl}全力抓好粮食生产和重要农产品稳产保供。
全{lv}深入落实藏粮于地、藏粮于技战略，夏粮秋粮喜获丰收。
+农业农村现代化建设迈出新步伐。""",
    'transport': """{y}年，{pl}交通运输系统加快构建综合立体交通网。
全{lv}持续推进“四好农村路”建设，群众出行条件明显改善。
+交通运输安全生产形势总体平稳。""",
    'tourism': """{y}年，{pl}文旅市场加快复苏，节假日旅游热度持续攀升。
全{lv}深入推进文旅融合，打造精品旅游线路。
+文化和旅游市场秩序总体良好，未发生重大安全事故。""",
    'hotline': """{y}年，{org}坚持“接诉即办”，推动群众诉求“事事有回音、件件有着落”。
现将{y}年度热线运行情况通报如下。
热线实行7×24小时人工服务，全年无休。
+对群众反映集中的问题，热线办已形成专报报送有关领导。
+各承办单位要进一步压实责任，提高办理质量。""",
    'petition': """{y}年，{pl}信访工作坚持和发展新时代“枫桥经验”，推动信访问题源头治理。
全{lv}信访形势总体平稳，信访秩序持续向好。
+全年未发生进京到省越级集体访。""",
    'safety': """{y}年，{pl}深入开展安全生产专项整治三年行动，坚决遏制重特大事故发生。
全{lv}严格落实“党政同责、一岗双责”。
+全年未发生较大以上生产安全事故，安全生产形势总体稳定。""",
    'epidemic': """{y}年，{pl}科学精准做好疫情防控工作，统筹疫情防控和经济社会发展。
根据上级统一部署，全{lv}有序推进疫苗接种工作。
+目前，全{lv}疫情形势总体平稳可控。""",
    'election': """根据《选举法》和{upn}有关规定，{pl}本次换届选举工作依法有序进行。
选举委员会于选举日前五日公布了正式代表候选人名单。
+选举结果当场公布，并报{up}备案。""",
    'party': """{y}年，{pl}党委坚持以党建引领基层治理，持续加强基层党组织建设。
按照全面从严治党要求，扎实开展主题教育。
+全年发展党员工作严格按照程序进行。""",
    'veterans': """{y}年，{org}扎实做好退役军人服务保障工作，让军人成为全社会尊崇的职业。
全{lv}各级退役军人服务站实现全覆盖。
+在“八一”、春节等重要节点，开展走访慰问活动。""",
    'civil': """{y}年，{pl}民政部门聚焦兜底保障，筑牢民生安全网。
全{lv}认真落实社会救助各项政策，做到应保尽保、应退尽退。
+各类救助资金均通过“一卡通”发放到户。""",
    'water': """{y}年，{pl}水利部门全力推进水利基础设施建设。
全{lv}扎实做好防汛抗旱各项工作，安全度汛。
+全年未发生水库垮坝和人员伤亡事件。""",
    'forest': """{y}年，{pl}深入推进国土绿化行动，全面推行林长制。
全{lv}森林防火形势总体稳定。
+全年未发生重大森林火灾和重大林业有害生物灾害。""",
    'housing': """{y}年，{pl}住建部门扎实推进城市更新和保障性安居工程。
全{lv}持续改善群众住房条件。
+建筑施工安全形势总体平稳。""",
    'social': """{y}年，{pl}人社部门坚持就业优先，持续扩大社会保险覆盖面。
全{lv}社会保障体系进一步健全。
+各项社会保险待遇按时足额发放。""",
    'market': """{y}年，{pl}市场监管部门持续优化营商环境，守牢食品药品安全底线。
全{lv}扎实推进“双随机、一公开”监管。
+全年未发生区域性、系统性食品安全事件。""",
    'fire': """{y}年，{org}全力以赴防风险、保安全、护稳定。
全体指战员始终保持“时刻准备着”的战斗姿态。
+全{lv}火灾形势保持总体平稳。""",
    'judicial': """{y}年，{pl}司法行政系统坚持和发展新时代“枫桥经验”。
全{lv}深入推进公共法律服务体系建设。
+矛盾纠纷排查化解工作扎实有效。""",
}

_TITLES = {
    'gov': ['过去一年工作回顾', '主要经济指标完成情况', '民生实事办理情况'],
    'stat': ['综合', '农业', '工业和建筑业', '国内贸易', '人口'],
    'budget': ['一般公共预算执行情况', '政府性基金预算执行情况', '转移支付资金使用情况'],
    'audit': ['本级预算执行审计情况', '重点民生资金审计情况', '审计查出问题整改情况'],
    'court': ['审判执行工作情况', '服务保障大局情况'],
    'procur': ['刑事检察工作', '公益诉讼检察工作'],
    'hospital': ['医疗业务情况', '运营管理情况'],
    'school': ['基本情况', '教育教学工作'],
    'enterprise': ['生产经营情况', '主要财务指标'],
    'township': ['主要工作成效', '今年以来工作开展情况'],
    'village': ['村集体经济情况', '村务公开'],
    'poverty': ['巩固拓展脱贫攻坚成果', '防返贫监测帮扶'],
    'env': ['环境质量状况', '污染防治攻坚'],
    'agri': ['粮食生产', '农业生产情况'],
    'transport': ['交通基础设施建设', '农村公路建设'],
    'tourism': ['旅游市场', '文旅融合发展'],
    'hotline': ['总体情况', '诉求办理情况', '诉求分类情况'],
    'petition': ['信访总体情况', '信访事项办理'],
    'safety': ['隐患排查整治', '安全生产总体情况'],
    'epidemic': ['疫苗接种情况', '疫情防控情况'],
    'election': ['选举结果', '选民登记情况'],
    'party': ['党员队伍建设', '基层组织建设'],
    'veterans': ['服务保障情况', '走访慰问'],
    'civil': ['社会救助', '兜底保障'],
    'water': ['水利工程建设', '水旱灾害防御'],
    'forest': ['国土绿化', '林长制工作'],
    'housing': ['城镇老旧小区改造', '保障性住房'],
    'social': ['社会保险', '就业创业'],
    'market': ['市场主体发展', '食品安全监管'],
    'fire': ['接处警情况', '火灾防控'],
    'judicial': ['人民调解', '法律援助'],
}


_LV = [('街道', '街道'), ('社区', '社区'), ('县', '县'), ('区', '区'), ('市', '市'), ('镇', '镇'), ('乡', '乡'), ('村', '村')]
_UP = {'县': '县委、县政府', '区': '区委、区政府', '市': '市委、市政府', '镇': '县委、县政府', '乡': '县委、县政府',
       '街道': '区委、区政府', '村': '镇党委、镇政府', '社区': '街道党工委'}


def _fill(g, t, org):
    y = g.year()
    pl = g.last_place or g.county()
    lv = next((b for a, b in _LV if pl.endswith(a)), '县')
    lvs = lv if lv in ('镇', '乡', '街道', '村', '社区') else g.ch(['镇', '乡', '街道'])
    return t.format(y=y, y1=y + 1, lv=lv, lvs=lvs, pl=pl, up=_UP.get(lv, '上级党委'),
                    upn=g.ch(['省', '市', '上级']), org=org or pl)


def heading(g, cat):
    t = g.ch(_TITLES.get(cat, ['工作情况']))
    k = g.ri(1, 6)
    form = g.ch(['{c}、{t}', '（{c}）{t}', '{k}.{t}', '{k}、{t}', '【{t}】', '{t}'])
    return form.format(c='一二三四五六'[k - 1], k=k, t=t)


def wrap(g, cat, core, org=None, pre=0.55, post=0.4, head=0.3):
    lines = _CTX.get(cat, _CTX['gov']).split('\n')
    pres = [x for x in lines if not x.startswith('+')]
    posts = [x[1:] for x in lines if x.startswith('+')]
    out = []
    if g.p(head):
        out.append(heading(g, cat) + '\n')
    if g.p(pre):
        sent = _fill(g, g.ch(pres), org)
        if sent[:3] != core[:3]:
            out.append(sent + g.ch(['', '', '\n']))
    out.append(core)
    if g.p(post):
        out.append(g.ch(['', '\n']) + _fill(g, g.ch(posts), org))
    return ''.join(out)


# ----------------------------------------------------------------------------------------------------
# error injection
# ----------------------------------------------------------------------------------------------------

def typo(g, n):
    s = str(n)
    for _ in range(60):
        i = g.ri(0, len(s) - 1) if len(s) < 3 or g.p(0.3) else g.ri(1, len(s) - 1)
        d = g.ch('0123456789')
        if d == s[i] or (i == 0 and d == '0' and len(s) > 1):
            continue
        return int(s[:i] + d + s[i + 1:])
    return n + 1


def swap(g, n):
    s = str(n)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
    if not idx:
        return None
    i = g.ch(idx)
    return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])


def slip(g, n, kinds=('typo', 'swap')):
    k = g.ch(kinds)
    if k == 'swap':
        v = swap(g, n)
        if v is not None and v != n:
            return v, '两位数字颠倒'
    return typo(g, n), '一位数字笔误'


SUM_ERR = ('typo_whole', 'swap_whole', 'typo_part', 'swap_part', 'double', 'omit', 'double', 'omit')


def sum_case(g, label, parts, names=None, fmt=str, kinds=SUM_ERR):
    """returns whole, parts as stated, human note"""
    S = sum(parts)
    ps = list(parts)
    if label != 'inconsistent':
        return S, ps, '合计与各分项之和一致'
    k = g.ch(kinds)
    nm = (lambda j: '“%s”' % names[j]) if names else (lambda j: '第%d项' % (j + 1))
    if k in ('typo_whole', 'swap_whole'):
        w, how = slip(g, S, ('typo',) if k == 'typo_whole' else ('swap',))
        return w, ps, '合计数%s：分项之和为%s，文中写作%s' % (how, fmt(S), fmt(w))
    if k in ('typo_part', 'swap_part'):
        j = g.ri(0, len(ps) - 1)
        v, how = slip(g, ps[j], ('typo',) if k == 'typo_part' else ('swap',))
        ps[j] = v
        return S, ps, '分项%s%s（应为%s，写作%s），合计仍按原数' % (nm(j), how, fmt(parts[j]), fmt(v))
    if k == 'double':
        j = g.ri(0, len(ps) - 1)
        return S + ps[j], ps, '分项%s被重复计入合计（%s+%s）' % (nm(j), fmt(S), fmt(ps[j]))
    if k == 'omit':
        j = g.ri(0, len(ps) - 1)
        return S - ps[j], ps, '合计时漏计分项%s（%s-%s）' % (nm(j), fmt(S), fmt(ps[j]))
    raise ValueError(k)


def rate_units(num, den, dec, mode='round'):
    x = F(100) * F(num) / F(den)
    return rnd(x, dec) if mode == 'round' else trunc(x, dec)


RATE_ERR = ('typo', 'swap', 'complement', 'complement', 'typo_num', 'typo_den')


def rate_case(g, label, num, den, dec, kinds=RATE_ERR, other_den=None, cap100=True, trunc_p=0.15):
    """returns rate units, num stated, den stated, note"""
    mode = 'trunc' if g.p(trunc_p) else 'round'
    r = rate_units(num, den, dec, mode)
    if r == 100 * 10 ** dec and num != den:
        r = rate_units(num, den, dec, 'trunc')      # never round 99.97% up to a claimed 100%
    if label != 'inconsistent':
        return r, num, den, '比率按分子/分母计算相符'
    ks = list(kinds)
    if other_den is not None:
        ks += ['wrong_base'] * 2
    k = g.ch(ks)
    fr = lambda u: fnum(u, dec) + '%'
    if k == 'complement' and r >= 97 * 10 ** dec:
        k = 'typo'
    if k in ('typo', 'swap'):
        for _ in range(12):
            v, how = slip(g, r, (k,))
            if not cap100 or v <= 100 * 10 ** dec:
                break
            k = 'typo'
        return v, num, den, '比率%s：应为%s，写作%s' % (how, fr(r), fr(v))
    if k == 'complement':
        v = 100 * 10 ** dec - r
        return v, num, den, '误把补数当比率：应为%s，写作%s' % (fr(r), fr(v))
    if k == 'typo_num':
        v, how = slip(g, num)
        return r, v, den, '分子%s（应为%s，写作%s），比率仍按原数计算' % (how, num, v)
    if k == 'typo_den':
        v, how = slip(g, den)
        return r, num, v, '分母%s（应为%s，写作%s），比率仍按原数计算' % (how, den, v)
    if k == 'wrong_base':
        v = rate_units(num, other_den, dec)
        return v, num, den, '比率用错了分母（%s/%s），应为%s' % (num, other_den, fr(r))
    raise ValueError(k)


GROWTH_ERR = ('typo', 'swap', 'reverse', 'wrong_base', 'ratio')


def growth_case(g, label, base, cur, dec, kinds=GROWTH_ERR):
    """base, cur: Fractions (values as displayed).  returns (abs change units, dir up/down, note)"""
    true = (F(cur) / F(base) - 1) * 100
    u = rnd(abs(true), dec)
    d = 'up' if true >= 0 else 'down'
    if label != 'inconsistent':
        return u, d, '增减幅按两期数值计算相符'
    k = g.ch(kinds)
    fr = lambda x: fnum(x, dec) + '%'
    if k == 'reverse' and u >= 5 * 10 ** max(dec - 1, 0):
        return u, ('down' if d == 'up' else 'up'), '增减方向写反：实际%s%s' % ('增长' if d == 'up' else '下降', fr(u))
    if k == 'wrong_base':
        v = rnd(abs((F(cur) - F(base)) / F(cur) * 100), dec)
        return v, d, '以本期数而非上期数作分母：应为%s，写作%s' % (fr(u), fr(v))
    if k == 'ratio' and d == 'up':
        v = rnd(F(cur) / F(base) * 100, dec)
        return v, d, '把“为上年的%%”当作增长率：应增长%s，写作%s' % (fr(u), fr(v))
    v, how = slip(g, u)
    return v, d, '增幅%s：应为%s，写作%s' % (how, fr(u), fr(v))


# =====================================================================================================
# Part 3.  Style registry
# =====================================================================================================

STYLES = []


def style(family, name, kinds='ci'):
    def deco(fn):
        STYLES.append({'family': family, 'name': name, 'kinds': kinds, 'fn': fn})
        return fn
    return deco


def chk_sum(whole, parts, mode='exact', **kw):
    d = {'rel': 'sum_eq', 'whole': whole, 'parts': list(parts), 'mode': mode}
    d.update(kw)
    return d


def chk_lin(terms, result):
    return {'rel': 'linear', 'terms': [list(t) for t in terms], 'result': result}


def chk_pct(num, den, rate, **kw):
    d = {'rel': 'pct', 'num': num, 'den': den, 'rate': rate}
    d.update(kw)
    return d


def chk_growth(base, cur, change, d, **kw):
    x = {'rel': 'growth', 'base': base, 'cur': cur, 'change': change, 'dir': d}
    x.update(kw)
    return x


def chk_pp(a, b, stated, d):
    return {'rel': 'pp', 'a': a, 'b': b, 'stated': stated, 'dir': d}


def chk_ratio(num, den, stated, kind, **kw):
    x = {'rel': 'ratio', 'num': num, 'den': den, 'stated': stated, 'kind': kind}
    x.update(kw)
    return x


def chk_none(tokens, why):
    return {'rel': 'none', 'tokens': list(tokens), 'why': why}


# =====================================================================================================
# Part 4.  Vocabularies (our own wording)
# =====================================================================================================

def D(**kw):
    return kw


# counts: whole noun / verb, unit, exhaustive category names
CNT = [
    D(k='hotline', cat='hotline', org='{city}12345政务服务便民热线', verb='受理群众诉求', noun='诉求总量', unit='件',
      parts=['咨询类', '求助类', '投诉类', '建议类', '表扬类', '举报类'], lo=3000, hi=90000),
    D(k='court', cat='court', org='{county}人民法院', verb='受理各类案件', noun='收案数', unit='件',
      parts=['刑事案件', '民商事案件', '行政案件', '执行案件', '国家赔偿案件'], lo=1500, hi=30000),
    D(k='procur', cat='procur', org='{county}人民检察院', verb='受理审查起诉', noun='受理审查起诉人数', unit='人',
      parts=['危险驾驶类', '盗窃类', '诈骗类', '帮助信息网络犯罪活动类', '故意伤害类', '其他类'], lo=200, hi=3000),
    D(k='petition', cat='petition', org='{county}信访局', verb='登记受理信访事项', noun='信访总量', unit='件',
      parts=['来信', '来访', '网上信访', '领导信箱'], lo=300, hi=8000),
    D(k='mediation', cat='judicial', org='{town}人民调解委员会', verb='调解各类矛盾纠纷', noun='调解总数', unit='件',
      parts=['婚姻家庭纠纷', '邻里纠纷', '土地林地纠纷', '劳动争议纠纷', '损害赔偿纠纷', '其他纠纷'], lo=40, hi=1200),
    D(k='legalaid', cat='judicial', org='{county}法律援助中心', verb='办理法律援助案件', noun='援助案件', unit='件',
      parts=['刑事案件', '民事案件', '行政案件'], lo=150, hi=2600),
    D(k='fire', cat='fire', org='{county}消防救援大队', verb='接处各类警情', noun='警情总数', unit='起',
      parts=['火灾扑救', '抢险救援', '社会救助', '公务执勤', '虚假警'], lo=300, hi=4000),
    D(k='hazard', cat='safety', org='{county}应急管理局', verb='排查各类安全隐患', noun='隐患总数', unit='处',
      parts=['危险化学品领域', '非煤矿山领域', '工贸领域', '建筑施工领域', '道路交通领域', '消防领域'], lo=400, hi=9000),
    D(k='traffic', cat='transport', org='{county}公安局交警大队', verb='查处各类交通违法行为', noun='查处总数', unit='起',
      parts=['酒驾醉驾', '无证驾驶', '超员超载', '不按规定佩戴头盔', '闯红灯', '违法停车'], lo=2000, hi=80000),
    D(k='opd', cat='hospital', org='{county}人民医院', verb='完成门急诊服务', noun='门急诊量', unit='人次',
      parts=['普通门诊', '专家门诊', '急诊', '发热门诊'], lo=80000, hi=900000),
    D(k='surgery', cat='hospital', org='{county}中医医院', verb='开展各类手术', noun='手术量', unit='台次',
      parts=['一级手术', '二级手术', '三级手术', '四级手术'], lo=1500, hi=30000),
    D(k='students', cat='school', org='{county}教育局', verb='有在校学生', noun='在校生', unit='人',
      parts=['学前教育', '小学', '初中', '普通高中', '中等职业学校'], lo=6000, hi=150000),
    D(k='staff', cat='school', org='{county}第一中学', verb='有教职工', noun='教职工', unit='人',
      parts=['专任教师', '行政人员', '教辅人员', '工勤人员'], lo=80, hi=450),
    D(k='party', cat='party', org='{town}党委', verb='有党员', noun='党员总数', unit='名',
      parts=['农村党员', '机关事业单位党员', '非公企业党员', '社区党员'], lo=300, hi=4500),
    D(k='monitor', cat='poverty', org='{county}乡村振兴局', verb='纳入防止返贫监测对象', noun='监测对象', unit='户',
      parts=['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'], lo=80, hi=3000),
    D(k='relief', cat='civil', org='{county}民政局', verb='保障困难群众', noun='保障对象', unit='人',
      parts=['城市低保对象', '农村低保对象', '特困供养人员'], lo=1500, hi=50000),
    D(k='veterans', cat='veterans', org='{county}退役军人事务局', verb='走访慰问各类优抚对象', noun='走访慰问', unit='人次',
      parts=['伤残军人', '烈士遗属', '在乡老复员军人', '参战参试退役人员', '带病回乡退伍军人'], lo=200, hi=5000),
    D(k='envcase', cat='env', org='{county}生态环境分局', verb='受理环境信访投诉', noun='投诉总量', unit='件',
      parts=['大气污染', '水污染', '噪声污染', '固体废物污染', '土壤污染'], lo=150, hi=3500),
    D(k='market', cat='market', org='{county}市场监督管理局', verb='新登记各类市场主体', noun='新登记主体', unit='户',
      parts=['企业', '个体工商户', '农民专业合作社'], lo=900, hi=25000),
    D(k='foodcheck', cat='market', org='{county}市场监督管理局', verb='完成食品安全监督抽检', noun='抽检', unit='批次',
      parts=['食用农产品', '粮食加工品', '餐饮食品', '肉制品', '饮料', '调味品'], lo=600, hi=7000),
    D(k='training', cat='social', org='{county}人力资源和社会保障局', verb='开展补贴性职业技能培训', noun='培训', unit='人次',
      parts=['农村转移劳动力', '企业在岗职工', '城镇登记失业人员', '高校毕业生'], lo=800, hi=20000),
    D(k='projects', cat='gov', org='{county}', verb='实施市级以上重点项目', noun='重点项目', unit='个',
      parts=['产业项目', '基础设施项目', '社会民生项目', '生态环保项目'], lo=25, hi=260),
    D(k='reservoir', cat='water', org='{county}水利局', verb='管理水库', noun='水库', unit='座',
      parts=['中型水库', '小（一）型水库', '小（二）型水库'], lo=12, hi=180),
    D(k='vaccine', cat='epidemic', org='{county}卫生健康局', verb='累计接种新冠病毒疫苗', noun='接种', unit='剂次',
      parts=['第一剂次', '第二剂次', '第三剂次（加强免疫）'], lo=50000, hi=1500000),
    D(k='voters', cat='election', org='{town}选举委员会', verb='登记选民', noun='选民', unit='人',
      parts=['第一选区', '第二选区', '第三选区', '第四选区', '第五选区'], lo=2000, hi=40000),
    D(k='workers', cat='enterprise', org='{company}', verb='有在岗职工', noun='在岗职工', unit='人',
      parts=['生产人员', '技术研发人员', '销售人员', '管理人员'], lo=120, hi=6000),
    D(k='fraud', cat='procur', org='{county}公安局', verb='破获各类刑事案件', noun='破案数', unit='起',
      parts=['电信网络诈骗案件', '盗窃案件', '涉毒案件', '涉黑涉恶案件', '其他刑事案件'], lo=150, hi=3000),
    D(k='library', cat='tourism', org='{county}图书馆', verb='开展阅读推广活动', noun='活动', unit='场次',
      parts=['讲座', '展览', '亲子阅读', '培训', '读书分享会'], lo=60, hi=900),
    D(k='loans', cat='social', org='{county}就业服务中心', verb='发放创业担保贷款', noun='贷款', unit='笔',
      parts=['个人创业贷款', '合伙创业贷款', '小微企业贷款'], lo=100, hi=3000),
    D(k='houses', cat='housing', org='{county}住房和城乡建设局', verb='开工改造老旧小区', noun='改造', unit='户',
      parts=['城区片区', '工矿片区', '国有企业家属区'], lo=600, hi=20000),
    D(k='dispatch', cat='gov', org='{county}城市运行管理中心', verb='派发城市管理案件', noun='案件', unit='件',
      parts=['市容环境类', '宣传广告类', '施工管理类', '突发事件类', '街面秩序类'], lo=3000, hi=90000),
]

# money (万元): exhaustive compositions
MON = [
    D(k='rev', cat='budget', org='{county}', verb='一般公共预算收入', unit='万元',
      parts=['税收收入', '非税收入'], lo=20000, hi=900000),
    D(k='tax', cat='budget', org='{county}', verb='税收收入', unit='万元',
      parts=['增值税', '企业所得税', '个人所得税', '城市维护建设税', '契税', '其他税种'], lo=15000, hi=600000),
    D(k='exp', cat='budget', org='{county}', verb='一般公共预算支出', unit='万元',
      parts=['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '城乡社区支出', '其他支出'],
      lo=60000, hi=1500000),
    D(k='fundlvl', cat='poverty', org='{county}', verb='下达衔接推进乡村振兴补助资金', unit='万元',
      parts=['中央资金', '省级资金', '市级资金', '县级资金'], lo=2000, hi=60000),
    D(k='audit', cat='audit', org='{county}审计局', verb='查出主要问题金额', unit='万元',
      parts=['违规问题金额', '管理不规范金额', '损失浪费金额'], lo=500, hi=80000),
    D(k='village', cat='village', org='{village}', verb='村集体经济收入', unit='万元',
      parts=['经营性收入', '发包及上交收入', '投资收益', '补助收入', '其他收入'], lo=8, hi=600),
    D(k='corp', cat='enterprise', org='{company}', verb='实现营业收入', unit='万元',
      parts=['主营业务收入', '其他业务收入'], lo=3000, hi=500000),
    D(k='socfund', cat='social', org='{county}社会保险事业中心', verb='发放各项社会保险待遇', unit='万元',
      parts=['养老保险待遇', '失业保险待遇', '工伤保险待遇'], lo=5000, hi=400000),
    D(k='relieffund', cat='civil', org='{county}民政局', verb='发放各类救助资金', unit='万元',
      parts=['城乡低保金', '特困人员供养金', '临时救助金', '残疾人两项补贴'], lo=800, hi=40000),
    D(k='hosprev', cat='hospital', org='{county}人民医院', verb='实现医疗收入', unit='万元',
      parts=['门急诊收入', '住院收入'], lo=5000, hi=200000),
    D(k='waterinv', cat='water', org='{county}', verb='完成水利建设投资', unit='万元',
      parts=['防洪工程', '农村供水保障', '灌区续建配套', '水土保持与河湖治理'], lo=3000, hi=200000),
    D(k='projfund', cat='gov', org='{county}', verb='项目总投资', unit='万元',
      parts=['中央预算内资金', '地方政府专项债券', '企业自筹资金'], lo=3000, hi=300000),
    D(k='edufund', cat='school', org='{county}', verb='教育经费总投入', unit='万元',
      parts=['一般公共预算教育经费', '政府性基金预算教育经费', '事业收入', '其他教育经费'], lo=8000, hi=500000),
    D(k='tourrev', cat='tourism', org='{county}', verb='实现旅游综合收入', unit='万元',
      parts=['门票收入', '住宿餐饮收入', '购物收入', '交通及其他收入'], lo=5000, hi=600000),
]

# rates: denominator verb / numerator verb / rate name
RATES = [
    D(k='banjie', cat='hotline', org='{city}12345热线', den='受理群众诉求', num='办结', rate='办结率', unit='件', lo=2000, hi=90000, rl=92, rh=100),
    D(k='manyi', cat='hotline', org='{city}12345热线', den='回访群众', num='表示满意或基本满意', rate='满意率', unit='人次', lo=500, hi=30000, rl=82, rh=99.5),
    D(k='zhenggai', cat='safety', org='{county}应急管理局', den='排查安全隐患', num='整改到位', rate='整改率', unit='处', lo=300, hi=9000, rl=85, rh=99.9),
    D(k='hege', cat='market', org='{county}市场监管局', den='抽检食品', num='检验合格', rate='合格率', unit='批次', lo=400, hi=6000, rl=94, rh=99.9),
    D(k='zijian', cat='housing', org='{county}住建局', den='排查经营性自建房', num='完成安全初判', rate='初判完成率', unit='栋', lo=800, hi=30000, rl=88, rh=100),
    D(k='canbao', cat='social', org='{county}医保局', den='应参加城乡居民医保', num='实际参保', rate='参保率', unit='人', lo=20000, hi=600000, rl=93, rh=99.6),
    D(k='canxuan', cat='election', org='{town}', den='登记选民', num='参加投票', rate='参选率', unit='人', lo=2000, hi=40000, rl=90, rh=99.6),
    D(k='jiean', cat='court', org='{county}人民法院', den='受理案件', num='审执结', rate='结案率', unit='件', lo=1500, hi=30000, rl=85, rh=98),
    D(k='renzui', cat='procur', org='{county}人民检察院', den='审结刑事案件', num='适用认罪认罚从宽制度', rate='适用率', unit='人', lo=200, hi=3000, rl=78, rh=96),
    D(k='shuizhi', cat='water', org='{county}疾控中心', den='检测饮用水水样', num='达标', rate='水质达标率', unit='份', lo=100, hi=2000, rl=88, rh=100),
    D(k='laonian', cat='hospital', org='{county}卫生健康局', den='辖区65岁以上老年人', num='纳入健康管理', rate='健康管理率', unit='人', lo=5000, hi=120000, rl=62, rh=86),
    D(k='laji', cat='env', org='{county}', den='行政村', num='实现生活垃圾收运处置', rate='收运处置覆盖率', unit='个', lo=60, hi=400, rl=85, rh=100),
    D(k='cesuo', cat='agri', org='{county}', den='农户', num='使用卫生厕所', rate='卫生厕所普及率', unit='户', lo=5000, hi=150000, rl=70, rh=98),
    D(k='shenji', cat='audit', org='{county}审计局', den='审计发现问题', num='已整改', rate='整改率', unit='个', lo=40, hi=600, rl=75, rh=100),
    D(k='tizhi', cat='school', org='{county}教育局', den='参加体质健康测试学生', num='达到合格以上', rate='达标率', unit='人', lo=3000, hi=90000, rl=85, rh=97),
    D(k='canxue', cat='party', org='{town}党委', den='党员', num='参加集中学习', rate='参学率', unit='名', lo=200, hi=4000, rl=88, rh=99.5),
    D(k='xinfang', cat='petition', org='{county}信访局', den='受理信访事项', num='按期办结', rate='按期办结率', unit='件', lo=200, hi=8000, rl=90, rh=100),
    D(k='tiaojie', cat='judicial', org='{county}司法局', den='调解矛盾纠纷', num='调解成功', rate='调解成功率', unit='件', lo=200, hi=6000, rl=94, rh=99.8),
    D(k='jiezhong', cat='epidemic', org='{county}', den='目标人群', num='完成全程接种', rate='全程接种率', unit='人', lo=20000, hi=800000, rl=80, rh=98),
    D(k='bangfu', cat='poverty', org='{county}', den='监测对象', num='落实帮扶措施', rate='帮扶措施落实率', unit='户', lo=80, hi=3000, rl=95, rh=100),
    D(k='ruxue', cat='school', org='{county}', den='适龄残疾儿童少年', num='入学', rate='入学率', unit='人', lo=150, hi=2500, rl=93, rh=99.8),
    D(k='jiejing', cat='fire', org='{county}消防救援大队', den='开展消防监督检查', num='检查合格', rate='检查合格率', unit='家次', lo=400, hi=6000, rl=70, rh=95),
    D(k='duban', cat='gov', org='{county}政府督查室', den='督办重点事项', num='办结销号', rate='办结率', unit='项', lo=60, hi=600, rl=80, rh=100),
    D(k='cunzhai', cat='village', org='{town}', den='农户', num='通自来水', rate='自来水普及率', unit='户', lo=1500, hi=30000, rl=85, rh=99.5),
]

# growth quantities: name, unit, decimals, magnitude range, growth range, direction preference
GRW = [
    D(k='gdp', cat='stat', name='地区生产总值', unit='亿元', dec=2, lo=80, hi=3000, gl=-4, gh=12),
    D(k='rev', cat='budget', name='一般公共预算收入', unit='万元', dec=0, lo=20000, hi=900000, gl=-12, gh=18),
    D(k='retail', cat='stat', name='社会消费品零售总额', unit='亿元', dec=2, lo=30, hi=1500, gl=-8, gh=15),
    D(k='urbinc', cat='stat', name='城镇居民人均可支配收入', unit='元', dec=0, lo=28000, hi=62000, gl=3, gh=9),
    D(k='ruralinc', cat='stat', name='农村居民人均可支配收入', unit='元', dec=0, lo=12000, hi=30000, gl=4, gh=11),
    D(k='grain', cat='agri', name='粮食总产量', unit='万吨', dec=2, lo=5, hi=120, gl=-6, gh=7),
    D(k='tourists', cat='tourism', name='接待游客', unit='万人次', dec=1, lo=80, hi=4000, gl=-30, gh=80),
    D(k='tourrev', cat='tourism', name='旅游综合收入', unit='亿元', dec=2, lo=5, hi=600, gl=-30, gh=90),
    D(k='trade', cat='stat', name='外贸进出口总额', unit='亿元', dec=2, lo=5, hi=900, gl=-20, gh=30),
    D(k='cases', cat='court', name='受理案件', unit='件', dec=0, lo=1500, hi=30000, gl=-15, gh=20),
    D(k='petition', cat='petition', name='信访总量', unit='件', dec=0, lo=300, hi=8000, gl=-35, gh=5),
    D(k='accidents', cat='safety', name='道路交通事故', unit='起', dec=0, lo=40, hi=2000, gl=-40, gh=10),
    D(k='fires', cat='fire', name='火灾起数', unit='起', dec=0, lo=60, hi=2000, gl=-35, gh=15),
    D(k='opd', cat='hospital', name='门急诊人次', unit='万人次', dec=2, lo=8, hi=200, gl=-10, gh=25),
    D(k='hotline', cat='hotline', name='热线受理诉求量', unit='件', dec=0, lo=3000, hi=90000, gl=-20, gh=40),
    D(k='market', cat='market', name='实有市场主体', unit='户', dec=0, lo=8000, hi=300000, gl=2, gh=18),
    D(k='vcoll', cat='village', name='村集体经济收入', unit='万元', dec=2, lo=8, hi=600, gl=-10, gh=60),
    D(k='corp', cat='enterprise', name='营业收入', unit='万元', dec=0, lo=3000, hi=500000, gl=-15, gh=35),
    D(k='pm25', cat='env', name='细颗粒物（PM2.5）年均浓度', unit='微克/立方米', dec=1, lo=18, hi=60, gl=-18, gh=4),
    D(k='industry', cat='stat', name='规模以上工业增加值', unit='亿元', dec=2, lo=20, hi=1500, gl=-6, gh=14),
    D(k='freight', cat='transport', name='公路货运量', unit='万吨', dec=0, lo=300, hi=20000, gl=-12, gh=15),
    D(k='births', cat='stat', name='出生人口', unit='人', dec=0, lo=800, hi=30000, gl=-20, gh=3),
]


def org_of(g, tpl):
    kw = {}
    for key, fn in (('company', g.company), ('city', g.city), ('county', g.county), ('town', g.town), ('village', g.village)):
        if '{%s}' % key in tpl:
            kw[key] = fn()
    return tpl.format(**kw)


def rate_pick(g, d, dec=None, rl=None, rh=None):
    """returns den, num with num/den inside the domain's usual range"""
    den = g.mag(d['lo'], d['hi'])
    lo, hi = (rl if rl is not None else d['rl']), (rh if rh is not None else d['rh'])
    x = g.r.uniform(lo, hi)
    if hi >= 100 and g.p(0.12):
        x = 100
    num = min(den, int(round(den * x / 100)))
    if x < 100 and num == den and den > 1:
        num -= 1
    return den, num


# =====================================================================================================
# Part 5.  Building the collection
# =====================================================================================================

def _map_operands(c, fn):
    out = {}
    for k, v in c.items():
        if k in ('rel', 'mode', 'dir', 'kind', 'why', 'approx', 'qual', 'basis', 'years', 'scale', 'what'):
            out[k] = v
        elif isinstance(v, str):
            out[k] = fn(v)
        elif isinstance(v, list):
            out[k] = [fn(x) if isinstance(x, str) else [x[0], fn(x[1])] if isinstance(x, (list, tuple)) else x for x in v]
        else:
            out[k] = v
    return out


def _acceptable(label, checks, text):
    for c in checks:
        for s in operand_strings(c):
            if not s or s not in text:
                return False
    try:
        lab, res, fails = label_of(checks)
    except (ValueError, ZeroDivisionError):
        return False
    if lab != label:
        return False
    if label == 'inconsistent':
        if fails != 1:
            return False
        for c, r in zip(checks, res):
            k = 4 if c['rel'] in ('pct', 'ratio', 'growth', 'pp') else 3
            if r[0] == 'fail' and r[3] and abs(r[2]) < k * r[3]:
                return False      # a failure must be clearly outside honest rounding
    return True


def make_record(st, label, rng, seen):
    for attempt in range(400):
        g = G(rng)
        out = st['fn'](g, label)
        text, checks, note = out[0], out[1], out[2]
        hw = out[3] if len(out) > 3 else 0.12
        if g.p(hw):
            text = half_width(text)
            checks = [_map_operands(c, half_width) for c in checks]
        if text in seen or not _acceptable(label, checks, text):
            continue
        seen.add(text)
        lab, res, fails = label_of(checks)
        return {'family': st['family'], 'style': st['name'], 'label': label, 'text': text,
                'note': note + ' | ' + arith_text(res), 'checks': checks}
    raise RuntimeError('style %s could not produce a %s record' % (st['name'], label))


TARGET = {'consistent': 600, 'inconsistent': 600, 'negative': 300}


def _spread(total, k):
    base, rem = divmod(total, k)
    return [base + (1 if i < rem else 0) for i in range(k)]


def allocate(styles):
    ci = [s for s in styles if s['kinds'] == 'ci']
    io = [s for s in styles if s['kinds'] == 'i']
    ng = [s for s in styles if s['kinds'] == 'n']
    plan = {s['name']: [] for s in styles}
    for s, k in zip(ng, _spread(TARGET['negative'], len(ng))):
        plan[s['name']] += ['negative'] * k
    n_io = 20 * len(io)
    for s in io:
        plan[s['name']] += ['inconsistent'] * 20
    for s, k in zip(ci, _spread(TARGET['consistent'], len(ci))):
        plan[s['name']] += ['consistent'] * k
    for s, k in zip(reversed(ci), _spread(TARGET['inconsistent'] - n_io, len(ci))):
        plan[s['name']] += ['inconsistent'] * k
    return plan


def build(seed):
    out = []
    for fam, prefix in (('totals', 'n14-totals-'), ('pct', 'n14-pct-')):
        styles = [s for s in STYLES if s['family'] == fam]
        plan = allocate(styles)
        recs, seen = [], set()
        for s in styles:
            rng = random.Random('numbers14|%d|%s' % (seed, s['name']))
            for lab in plan[s['name']]:
                recs.append(make_record(s, lab, rng, seen))
        random.Random('numbers14|%d|order|%s' % (seed, fam)).shuffle(recs)
        for i, r in enumerate(recs, 1):
            rec = {'id': '%s%06d' % (prefix, i)}
            rec.update(r)
            out.append(rec)
    return out


def style_table(path):
    first = {}
    counts = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            key = (r['family'], r['style'])
            counts.setdefault(key, {'consistent': 0, 'inconsistent': 0, 'negative': 0})
            counts[key][r['label']] += 1
            pref = {'consistent': 0, 'negative': 1, 'inconsistent': 2}[r['label']]
            if key not in first or (pref, len(r['text'])) < (first[key][0], len(first[key][1]['text'])):
                first[key] = (pref, r)
    print('| # | family | style | c/i/n | example (label) |')
    print('|---|---|---|---|---|')
    order = [(s['family'], s['name']) for s in STYLES]
    for i, key in enumerate([k for k in order if k in first], 1):
        r = first[key][1]
        t = r['text'].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(t) > 240:
            t = t[:237] + '…'
        c = counts[key]
        print('| %d | %s | `%s` | %d/%d/%d | %s (%s) |' % (i, key[0], key[1], c['consistent'], c['inconsistent'],
                                                       c['negative'], t, r['label']))


# =====================================================================================================
# Part 6.  Family `totals`
# =====================================================================================================

def when(g):
    y = g.year()
    return g.ch(['%d年，' % y, '今年以来，', '1—%d月，' % g.ri(6, 11), '全年', '%d年全年' % y, '截至%d年底，' % y,
                 '%d年度，' % y, '报告期内，', '一年来，'])


def pick_cnt(g, d=None, kmin=2, kmax=4, names=None):
    d = d or g.ch([c for c in CNT if len(c['parts']) >= kmin])
    if names is None:
        k = g.ri(kmin, min(kmax, len(d['parts'])))
        idx = sorted(g.sample(range(len(d['parts'])), k))
        names = [d['parts'][i] for i in idx]
    k = len(names)
    total = max(g.mag(d['lo'], d['hi']), 4 * k)
    return d, names, g.split(total, k)


def pick_mon(g, d=None, kmin=2, kmax=4, dec=None):
    d = d or g.ch([m for m in MON if len(m['parts']) >= kmin])
    dec = g.ch([0, 0, 1, 2, 2]) if dec is None else dec
    k = g.ri(kmin, min(kmax, len(d['parts'])))
    idx = sorted(g.sample(range(len(d['parts'])), k))
    names = [d['parts'][i] for i in idx]
    total = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    return d, names, g.split(total, k, minpart=max(1, total // 200)), dec


_VERBY = ('下达', '查出', '实现', '发放', '完成', '拨付')


def mon_lead(g, d):
    v = d['verb']
    if v.startswith(_VERBY):
        return g.ch(['累计', '', '共']) + v
    return v + g.ch(['', '完成' if v.endswith(('收入', '支出')) else '', '达到', '为'])


def join_list(g, items, last_and=True):
    if len(items) > 2 and last_and and g.p(0.25):
        return '、'.join(items[:-1]) + '和' + items[-1]
    return g.ch(['、', '、', '，']).join(items) if len(items) > 1 else items[0]


# ---------------------------------------------------------------- whole then parts

@style('totals', 'whole_qizhong_dunhao')
def _t1(g, label):
    d, names, parts = pick_cnt(g, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    sp = g.ch(['', '', ' '])
    segs = ['%s%s%s%s' % (nm, sp, g.n(v), u) for nm, v in zip(names, ps)]
    org = org_of(g, d['org'])
    core = '%s%s%s%s%s%s，其中%s。' % (when(g), org, g.ch(['共', '']) if d['verb'].startswith('有') else g.ch(['共', '累计', '']), d['verb'], g.n(W), u,
                                       join_list(g, segs))
    text = wrap(g, d['cat'], core, org)
    return text, [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'whole_qizhong_colon_semicolon')
def _t2(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=6)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    nl = g.ch(['', '\n'])
    segs = ['%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps)]
    core = '%s%s共计%s%s。%s其中：%s%s。' % (org_of(g, d['org']), d['verb'], g.n(W), u, nl, nl,
                                          ('；' + nl).join(segs))
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'whole_fenbiewei')
def _t3(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    if g.p(0.5):
        vals = '、'.join(g.n(v) + u for v in ps)
    else:
        vals = '、'.join(g.n(v) for v in ps) + u
    core = '%s%s%s%s%s，%s%s分别为%s。' % (when(g), org_of(g, d['org']), d['verb'], g.n(W), u,
                                           '、'.join(names), g.ch(['', '', '数量']), vals)
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'whole_baokuo_yiji')
def _t4(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    segs = ['%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps)]
    core = '%s共%s%s%s，包括%s，以及%s。' % (org_of(g, d['org']), d['verb'], g.n(W), u, '，'.join(segs[:-1]), segs[-1])
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'money_han_brackets')
def _t5(g, label):
    d, names, parts, dec = pick_mon(g, kmin=2, kmax=4)
    g.pick_ns(allow_fw=False)
    f = lambda v: g.n(v, dec)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    segs = ['%s%s万元' % (nm, f(v)) for nm, v in zip(names, ps)]
    org = org_of(g, d['org'])
    core = '%s%s%s%s万元（%s%s）%s' % (when(g), org, mon_lead(g, d), f(W), g.ch(['含', '其中']),
                                        '、'.join(segs), g.ch(['。', '，同比保持稳定。', '，圆满完成年度目标。']))
    return wrap(g, d['cat'], core, org), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'whole_paren_parts')
def _t6(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=4)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    sep = g.ch(['，', '、', '；'])
    inner = sep.join('%s%s%s' % (nm, g.n(v), g.ch([u, u, ''])) for nm, v in zip(names, ps))
    lp, rp = g.ch([('（', '）'), ('(', ')')])
    core = '%s%s%s%s%s%s%s%s。' % (org_of(g, d['org']), when(g), d['verb'], g.n(W), u, lp, inner, rp)
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


# ---------------------------------------------------------------- parts then whole

@style('totals', 'parts_then_heji')
def _t7(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    segs = ['%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps)]
    word = g.ch(['合计', '总计', '共计', '共'])
    core = '%s%s情况：%s，%s%s%s。' % (org_of(g, d['org']), d['verb'], '，'.join(segs), word, g.n(W), u)
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


TASKS = [('完成农村户厕改造', '座', 40, 900), ('发放耕地地力保护补贴', '户', 800, 9000), ('新建村级综合服务站', '个', 2, 30),
         ('完成危房改造', '户', 5, 200), ('开展入户走访', '户次', 200, 4000), ('安装路灯', '盏', 30, 900),
         ('清理河道', '公里', 3, 60), ('栽植苗木', '株', 800, 30000), ('建成高标准农田', '亩', 300, 12000),
         ('接种疫苗', '人', 500, 30000), ('排查房屋', '栋', 100, 5000), ('签约家庭医生', '人', 400, 20000)]


@style('totals', 'place_sentences_yishang_gongji')
def _t8(g, label):
    task, u, lo, hi = g.ch(TASKS)
    k = g.ri(3, 5)
    pl = g.towns(k)
    parts = g.split(max(g.mag(lo * k, hi * k), 3 * k), k)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, pl)
    sents = ['%s%s%s%s。' % (p, task if i == 0 else g.ch(['', '完成', '共']), g.n(v), u) for i, (p, v) in enumerate(zip(pl, ps))]
    close = g.ch(['以上共计%s%s。', '全%s合计%s%s。' % (g.ch(['县', '区', '市']), '%s', '%s'), '%d个乡镇（街道）共%s%s。' % (k, '%s', '%s')])
    core = '%s各乡镇（街道）%s情况如下：%s%s' % (when(g), task, ''.join(sents), close % (g.n(W), u))
    return wrap(g, 'township', core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'quarters_leiji')
def _t9(g, label):
    d = g.ch(MON)
    q = g.ch([('一季度', '二季度', '三季度', '四季度'), ('1月', '2月', '3月'), ('上半年', '下半年')])
    dec = g.ch([0, 1, 2])
    tot = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    parts = g.split(tot, len(q), skew=0.6)
    f = lambda v: g.n(v, dec)
    g.pick_ns(allow_fw=False)
    W, ps, note = sum_case(g, label, parts, list(q), fmt=f)
    segs = '，'.join('%s%s万元' % (a, f(v)) for a, v in zip(q, ps))
    tail = {'一季度': '全年累计', '1月': '一季度累计', '上半年': '全年累计'}[q[0]]
    core = '%s%s分季度看：%s，%s%s万元。' % (org_of(g, d['org']), d['verb'], segs, tail, f(W))
    if q[0] == '1月':
        core = core.replace('分季度看', '分月看')
    elif q[0] == '上半年':
        core = core.replace('分季度看', '分阶段看')
    return wrap(g, d['cat'], core), [chk_sum(f(W), [f(v) for v in ps])], note


# ---------------------------------------------------------------- tables

@style('totals', 'table_flat_lines')
def _t10(g, label):
    d, names, parts, dec = pick_mon(g, kmin=3, kmax=6)
    g.ns = ('', False)
    f = lambda v: g.n(v, dec)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    sp = g.ch([' ', '  ', '\t', ' \u3000'])
    tno = g.ri(1, 9)
    lines = ['表%d  %s%s构成' % (tno, when(g).rstrip('，'), d['verb']), '单位：万元', '项目%s金额' % sp]
    lines += ['%s%s%s' % (nm, sp, f(v)) for nm, v in zip(names, ps)]
    lines.append('%s%s%s' % (g.ch(['合计', '总计', '合  计']), sp, f(W)))
    core = '\n'.join(lines)
    if g.p(0.5):
        core = '%s%s情况见下表。\n' % (org_of(g, d['org']), d['verb']) + core
    return core, [chk_sum(f(W), [f(v) for v in ps])], note, 0.0


@style('totals', 'markdown_table_total_row')
def _t11(g, label):
    if g.p(0.5):
        d, names, parts = pick_cnt(g, kmin=3, kmax=6)
        u, dec, colname = d['unit'], 0, '数量（%s）' % d['unit']
        title = d['verb']
    else:
        d, names, parts, dec = pick_mon(g, kmin=3, kmax=6)
        u, colname, title = '万元', '金额（万元）', d['verb']
    g.pick_ns(allow_fw=False)
    f = lambda v: g.n(v, dec)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    rows = ['| 项目 | %s |' % colname, '| --- | ---: |'] + ['| %s | %s |' % (nm, f(v)) for nm, v in zip(names, ps)]
    rows.append('| %s | %s |' % (g.ch(['合计', '**合计**', '总计']), f(W)))
    core = '%s%s情况如下：\n\n' % (org_of(g, d['org']), title) + '\n'.join(rows)
    return core, [chk_sum(f(W), [f(v) for v in ps])], note, 0.0


@style('totals', 'tab_table_row_subtotals')
def _t12(g, label):
    d = g.ch(CNT)
    k = g.ri(2, min(4, len(d['parts'])))
    cols = [d['parts'][i] for i in sorted(g.sample(range(len(d['parts'])), k))]
    nrow = g.ri(3, 5)
    rows = g.towns(nrow)
    bad = g.ri(0, nrow - 1) if label == 'inconsistent' else -1
    lines = ['\t'.join(['单位'] + cols + [g.ch(['小计', '合计'])])]
    note = ''
    g.ns = ('', False)
    checks = []
    for i, rname in enumerate(rows):
        parts = g.split(max(6 * k, g.mag(d['lo'] // nrow + 1, d['hi'] // nrow + 2)), k)
        W, ps, nt = sum_case(g, 'inconsistent' if i == bad else 'consistent', parts, cols)
        if i == bad:
            note = '%s一行：%s' % (rname, nt)
        cells = [str(v) for v in ps] + [str(W)]
        lines.append('\t'.join([rname] + cells))
        checks.append(chk_sum(cells[-1], cells[:-1]))
    text = '%s%s分单位统计（单位：%s）\n' % (org_of(g, d['org']), d['verb'], d['unit']) + '\n'.join(lines)
    return text, checks, note or '各行分项之和与小计一致', 0.0


@style('totals', 'space_aligned_table')
def _t13(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=6)
    fw = g.p(0.4)
    g.ns = ('', fw)
    W, ps, note = sum_case(g, label, parts, names)
    width = max(len(n) for n in names) + 2
    lines = ['%s%s' % ('类别'.ljust(width, '\u3000'), '数量（%s）' % d['unit'])]
    for nm, v in zip(names, ps):
        lines.append(nm.ljust(width, '\u3000') + g.n(v).rjust(8))
    lines.append('合计'.ljust(width, '\u3000') + g.n(W).rjust(8))
    core = '%s%s分类统计：\n' % (org_of(g, d['org']), d['verb']) + '\n'.join(lines)
    return wrap(g, d['cat'], core, pre=0.4, post=0.0), [chk_sum(g.n(W), [g.n(v) for v in ps])], note, 0.0


@style('totals', 'numbered_list_heading_total')
def _t14(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    marks = g.ch([['1.', '2.', '3.', '4.', '5.'], ['①', '②', '③', '④', '⑤'], ['（1）', '（2）', '（3）', '（4）', '（5）'],
                  ['1、', '2、', '3、', '4、', '5、'], ['一是', '二是', '三是', '四是', '五是']])
    head = g.ch(['（%s）%s%s%s%s。' % (g.ch('一二三四'), when(g), d['verb'], g.n(W), u),
                 '%s. %s共%s%s%s' % (g.ri(1, 5), org_of(g, d['org']), d['verb'], g.n(W), u + '：'),
                 '%s共%s%s%s，具体如下：' % (org_of(g, d['org']), d['verb'], g.n(W), u)])
    items = ['%s%s%s%s%s' % (m, nm, g.ch(['', '：', ' ']), g.n(v), u) for m, nm, v in zip(marks, names, ps)]
    end = g.ch([('；', '。'), ('', ''), (';', '.')])
    body = '\n'.join(it + (end[0] if i < len(items) - 1 else end[1]) for i, it in enumerate(items))
    return head + '\n' + body, [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'split_across_paragraphs')
def _t15(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    org = org_of(g, d['org'])
    p1 = '%s%s%s%s%s，%s。' % (when(g), org, d['verb'], g.n(W), u,
                               g.ch(['总体保持平稳', '工作量较上年有所增加', '各项工作有序推进', '较好完成了年度目标']))
    mid = _fill(g, g.ch([x for x in _CTX.get(d['cat'], _CTX['gov']).split('\n') if not x.startswith('+')]), org)
    lead = g.ch(['从类型看，', '按类别分，', '分类型看：', '从构成看，'])
    p2 = lead + '，'.join('%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps)) + '。'
    return '\n'.join([p1, mid, p2]), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


# ---------------------------------------------------------------- differences

def diff_case(g, label, base, cur):
    """returns stated diff (abs), word (增加/减少), note"""
    dv = cur - base
    word = '增加' if dv >= 0 else '减少'
    if label != 'inconsistent':
        return abs(dv), word, '两期差额计算相符'
    k = g.ch(['typo', 'swap', 'reverse', 'typo'])
    if k == 'reverse' and dv != 0:
        return abs(dv), ('减少' if word == '增加' else '增加'), '增减方向写反：实际%s%s' % (word, abs(dv))
    v, how = slip(g, abs(dv), (k if k in ('typo', 'swap') else 'typo',))
    return v, word, '差额%s：应为%s，写作%s' % (how, abs(dv), v)


@style('totals', 'diff_bi_shangnian')
def _t16(g, label):
    d = g.ch([x for x in GRW if x['dec'] == 0])
    base = g.mag(d['lo'], d['hi'])
    cur = max(1, int(base * (1 + g.r.uniform(d['gl'], d['gh']) / 100)))
    if cur == base:
        cur += 1
    g.pick_ns()
    dv, word, note = diff_case(g, label, base, cur)
    y = g.year()
    u = d['unit']
    form = g.ri(0, 2)
    if form == 0:
        core = '%d年%s%s%s，比上年的%s%s%s%s%s。' % (y, d['name'], g.n(cur), u, g.n(base), u, word, g.n(dv), u)
    elif form == 1:
        core = '%s%s%s，较%d年（%s%s）%s%s%s。' % (d['name'], g.ch(['达到', '为', '完成']), g.n(cur) + u, y - 1, g.n(base), u,
                                               word, g.n(dv), u)
    else:
        core = '%d年%s为%s%s，%d年为%s%s，%s了%s%s。' % (y - 1, d['name'], g.n(base), u, y, g.n(cur), u, word, g.n(dv), u)
    chk = chk_lin([('+', g.n(cur)), ('-', g.n(base))], g.n(dv)) if word == '增加' else \
        chk_lin([('+', g.n(base)), ('-', g.n(cur))], g.n(dv))
    return wrap(g, d['cat'], core), [chk], note


@style('totals', 'diff_you_dao_jiang')
def _t17(g, label):
    d = g.ch([x for x in GRW if x['k'] in ('petition', 'accidents', 'fires', 'births', 'cases', 'hotline')] +
             [D(name='重点人员', unit='人', lo=50, hi=900, cat='petition', dec=0),
              D(name='积案', unit='件', lo=40, hi=800, cat='court', dec=0),
              D(name='安全生产事故', unit='起', lo=10, hi=200, cat='safety', dec=0),
              D(name='建档立卡未消除风险户', unit='户', lo=20, hi=900, cat='poverty', dec=0)])
    base = g.mag(d['lo'], d['hi'])
    cur = max(1, int(base * g.r.uniform(0.55, 0.95)))
    g.pick_ns()
    dv, word, note = diff_case(g, label, base, cur)
    u = d['unit']
    core = '%s由%d年的%s%s%s%s%s，%s%s%s%s。' % (d['name'], g.year() - 1, g.n(base), u, g.ch(['下降到', '降至', '减少到']),
                                                 g.n(cur), u, g.ch(['', '净']), word, g.n(dv), u)
    chk = chk_lin([('+', g.n(base)), ('-', g.n(cur))], g.n(dv)) if word == '减少' else \
        chk_lin([('+', g.n(cur)), ('-', g.n(base))], g.n(dv))
    return wrap(g, d['cat'], core), [chk], note


# ---------------------------------------------------------------- stock and flow

FUNDS = [('城乡居民基本养老保险基金', 'social'), ('村级集体资金', 'village'), ('住房公积金', 'housing'),
         ('工会经费', 'enterprise'), ('财政专户资金', 'budget'), ('残疾人就业保障金', 'civil'), ('土地出让金专户', 'budget'),
         ('农村饮水工程维修养护资金', 'water'), ('学生资助专项资金', 'school'), ('医保统筹基金', 'social')]


def flow_case(g, label, terms, res, names):
    """terms: list of (sign, value); returns stated terms, stated result, note"""
    vals = [v for _, v in terms]
    if label != 'inconsistent':
        return vals, res, '期初加增加减减少等于期末，相符'
    k = g.ch(['res', 'term', 'sign'])
    if k == 'res':
        v, how = slip(g, res)
        return vals, v, '期末数%s：应为%s，写作%s' % (how, res, v)
    if k == 'sign':
        neg = [i for i, (s, _) in enumerate(terms) if s == '-']
        if neg:
            i = g.ch(neg)
            return vals, res + 2 * vals[i], '把减少项“%s”当作增加项计算' % names[i]
    i = g.ri(0, len(vals) - 1)
    v, how = slip(g, vals[i])
    out = list(vals)
    out[i] = v
    return out, res, '“%s”%s（应为%s，写作%s）' % (names[i], how, vals[i], v)


@style('totals', 'stock_flow_fund_balance')
def _t18(g, label):
    fund, cat = g.ch(FUNDS)
    dec = g.ch([0, 2, 2])
    a = g.mag(200 * 10 ** dec, 80000 * 10 ** dec)
    b = int(a * g.r.uniform(0.3, 1.5))
    c = int((a + b) * g.r.uniform(0.3, 0.9))
    d = a + b - c
    names = ['年初结余', '本年收入', '本年支出']
    vals, res, note = flow_case(g, label, [('+', a), ('+', b), ('-', c)], d, names)
    g.pick_ns(allow_fw=False)
    f = lambda v: g.n(v, dec)
    form = g.ri(0, 1)
    if form == 0:
        core = '%s%s年初结余%s万元，本年收入%s万元，本年支出%s万元，年末滚存结余%s万元。' % (when(g), fund, f(vals[0]), f(vals[1]),
                                                                         f(vals[2]), f(res))
    else:
        core = '%s：上年结转%s万元；当年筹集%s万元；当年使用%s万元；结余%s万元。' % (fund, f(vals[0]), f(vals[1]), f(vals[2]), f(res))
    chk = chk_lin([('+', f(vals[0])), ('+', f(vals[1])), ('-', f(vals[2]))], f(res))
    return wrap(g, cat, core), [chk], note


ROLLS = [('城乡低保对象', '人', 'civil', ['新纳入', '退出']), ('特困供养人员', '人', 'civil', ['新增', '减少']),
         ('在册党员', '名', 'party', ['发展新党员', '组织关系转出']), ('在校学生', '人', 'school', ['转入', '转出']),
         ('参保职工', '人', 'social', ['新增参保', '停保']), ('残疾人两项补贴对象', '人', 'civil', ['新增', '核减']),
         ('在管社区矫正对象', '人', 'judicial', ['新接收', '解除矫正']), ('建档立卡监测户', '户', 'poverty', ['新识别', '风险消除']),
         ('在册志愿者', '名', 'party', ['新注册', '注销']), ('在营个体工商户', '户', 'market', ['新登记', '注销'])]


@style('totals', 'stock_flow_people')
def _t19(g, label):
    nm, u, cat, (inw, outw) = g.ch(ROLLS)
    a = g.mag(60, 30000)
    b = int(a * g.r.uniform(0.02, 0.3)) + 1
    c = int(a * g.r.uniform(0.02, 0.3)) + 1
    d = a + b - c
    vals, res, note = flow_case(g, label, [('+', a), ('+', b), ('-', c)], d, ['年初数', inw, outw])
    g.pick_ns()
    core = g.ch(['%s年初有%s%s%s，年内%s%s%s、%s%s%s，年末%s%s%s。',
                 '%s年初%s%s%s；全年%s%s%s，%s%s%s；年底实有%s%s%s。'])
    core = core % (when(g), nm, g.n(vals[0]), u, inw, g.n(vals[1]), u, outw, g.n(vals[2]), u,
                   g.ch(['共有', '']), g.n(res), u)
    chk = chk_lin([('+', g.n(vals[0])), ('+', g.n(vals[1])), ('-', g.n(vals[2]))], g.n(res))
    return wrap(g, cat, core), [chk], note


# ---------------------------------------------------------------- counts of named items

ITEMS = {
    'vill': lambda g, k: g.villages(k),
    'town': lambda g, k: g.towns(k),
    'proj': lambda g, k: ['%s%s' % (g.nm2(), g.ch(['产业园', '污水处理厂', '综合市场', '体育公园', '安置小区', '物流中心', '学校', '卫生院'])) +
                          g.ch(['项目', '建设项目', '改扩建工程']) for _ in range(k)],
    'co': lambda g, k: [g.company() for _ in range(k)],
    'honor': lambda g, k: ['%s%s' % (g.nm2(), g.ch(['村', '社区'])) for _ in range(k)],
}
COUNT_CTX = [('获评省级文明村（社区）', '个', 'vill', 'party'), ('入选市级乡村振兴示范村', '个', 'vill', 'poverty'),
             ('纳入年度重点项目', '个', 'proj', 'gov'), ('获评“守合同重信用”企业', '家', 'co', 'market'),
             ('完成整治提升的集镇', '个', 'town', 'township'), ('新认定高新技术企业', '家', 'co', 'enterprise'),
             ('列入省级美丽宜居乡村', '个', 'vill', 'village'), ('开工建设的民生实事项目', '个', 'proj', 'gov')]


def count_case(g, label, n):
    if label != 'inconsistent':
        return n, '名单个数与所称数量一致'
    k = g.ch([-1, 1, 1])
    return n + k, '名单列出%d个，文中称%d个（%s）' % (n, n + k, '漏列一项' if k > 0 else '多列一项')


@style('totals', 'count_named_colon')
def _t20(g, label):
    what, mw, kind, cat = g.ch(COUNT_CTX)
    n = g.ri(3, 8)
    items = list(dict.fromkeys(ITEMS[kind](g, n)))
    n = len(items)
    st, note = count_case(g, label, n)
    num = str(st) if g.p(0.6) else cn_int(st)
    core = '%s%s%s共%s%s：%s。' % (when(g), g.ch(['全县', '全区', '全市', '我镇']), what, num, mw, '、'.join(items))
    return wrap(g, cat, core), [{'rel': 'count', 'items': items, 'stated': num, 'mode': 'exact'}], note


@style('totals', 'count_fenbieshi_lines')
def _t21(g, label):
    what, mw, kind, cat = g.ch(COUNT_CTX)
    n = g.ri(3, 7)
    items = list(dict.fromkeys(ITEMS[kind](g, n)))
    n = len(items)
    st, note = count_case(g, label, n)
    num = str(st) if g.p(0.5) else cn_int(st)
    marks = g.ch([['%d.' % i for i in range(1, 10)], list('①②③④⑤⑥⑦⑧⑨'), ['（%d）' % i for i in range(1, 10)]])
    body = '\n'.join('%s%s' % (m, it) for m, it in zip(marks, items))
    core = '%s%s%s，分别是：\n%s' % (what, num, mw, body)
    return core, [{'rel': 'count', 'items': items, 'stated': num, 'mode': 'exact'}], note


PROGRAMS = ['基础设施提升', '产业培育', '人居环境整治', '公共服务补短板', '数字乡村建设', '平安建设', '文化惠民', '生态修复',
            '城市更新', '教育提质', '健康促进', '养老服务', '就业促进', '营商环境优化']


@style('totals', 'count_cn_numeral_dada')
def _t22(g, label):
    n = g.ri(3, 6)
    items = [x + g.ch(['工程', '行动', '计划']) for x in g.sample(PROGRAMS, n)]
    st, note = count_case(g, label, n)
    q = g.ch(['大', '项', '个'])
    core = '%s重点实施%s%s%s：%s。' % (when(g), cn_int(st), q, g.ch(['工程', '行动', '重点任务']),
                                   g.ch(['、', '，']).join('“%s”' % x if g.p(0.3) else x for x in items))
    return wrap(g, 'gov', core), [{'rel': 'count', 'items': items, 'stated': cn_int(st), 'mode': 'exact'}], note


ACTIONS = ['“清源”', '“利剑”', '“护苗”', '“蓝天”', '“净网”', '“铁拳”', '“百日攻坚”', '“雷霆”', '“春风”', '“亮剑”', '“守护”']


@style('totals', 'count_numbered_items')
def _t23(g, label):
    n = g.ri(3, 6)
    acts = g.sample(ACTIONS, n)
    items = [a + g.ch(['专项行动', '集中整治', '专项检查']) for a in acts]
    st, note = count_case(g, label, n)
    num = str(st) if g.p(0.5) else cn_int(st)
    lines = ['%d.%s，%s。' % (i + 1, it, g.ch(['检查经营主体若干家', '立案查处一批违法行为', '整改问题隐患若干处', '形成典型案例汇编',
                                                '开展宣传进社区活动'])) for i, it in enumerate(items)]
    core = '%s组织开展%s项专项行动：\n%s' % (when(g), num, '\n'.join(lines))
    return wrap(g, g.ch(['market', 'safety', 'env']), core, post=0.0), \
        [{'rel': 'count', 'items': items, 'stated': num, 'mode': 'exact'}], note


@style('totals', 'cn_numeral_small_sum')
def _t24(g, label):
    grp = g.ch([('党员', '名', ['正式党员', '预备党员']), ('村民小组', '个', ['山区组', '平原组']),
                ('村“两委”成员', '名', ['男性', '女性']), ('参会代表', '名', ['村民代表', '党员代表', '列席代表']),
                ('驻村工作队员', '名', ['省派', '市派', '县派']), ('网格员', '名', ['专职网格员', '兼职网格员'])])
    whole, u, names = grp
    k = len(names)
    parts = g.split(g.ri(5 * k, 99), k, minpart=2)
    W, ps, note = sum_case(g, label, parts, names, kinds=('typo_whole', 'typo_part', 'double', 'omit'))
    liang = g.p(0.3)
    c = lambda v: cn_int(v, liang=liang)
    core = '%s共有%s%s%s，其中%s。' % (g.village(), whole, c(W), u, '、'.join('%s%s%s' % (nm, c(v), u) for nm, v in zip(names, ps)))
    return wrap(g, g.ch(['village', 'party']), core), [chk_sum(c(W), [c(v) for v in ps])], note


# ---------------------------------------------------------------- mixed magnitudes

@style('totals', 'mixed_yi_wan')
def _t25(g, label):
    d = g.ch([m for m in MON if m['k'] in ('projfund', 'fundlvl', 'waterinv', 'exp', 'edufund', 'tourrev')])
    k = g.ri(2, min(4, len(d['parts'])))
    names = [d['parts'][i] for i in sorted(g.sample(range(len(d['parts'])), k))]
    tot = g.ri(12000, 90000)                                   # 万元
    parts = g.split(tot, k, minpart=600)
    Sw, ps, note = sum_case(g, label, parts, names, fmt=lambda v: '%s万元' % v,
                            kinds=('typo_part', 'double', 'omit', 'typo_whole'))
    # whole shown in 亿元 with 2 decimals (honest rounding of the 万元 sum)
    Wy = rnd(F(Sw, 10000), 2)
    g.ns = ('', False)
    ws = fnum(Wy, 2) + '亿'
    pstr = [(g.n(v) + '万') if (v < 10000 or g.p(0.6)) else (fnum(rnd(F(v, 10000), 4), 4) + '亿') for v in ps]
    segs = ['%s%s元' % (nm, s) for nm, s in zip(names, pstr)]
    core = '%s%s%s元，其中%s。' % (org_of(g, d['org']), d['verb'], ws, '，'.join(segs))
    return wrap(g, d['cat'], core), [chk_sum(ws, pstr)], note


@style('totals', 'wan_and_yuan_mixed')
def _t26(g, label):
    what = g.ch([('发放耕地地力保护补贴', 'agri'), ('发放临时救助金', 'civil'), ('兑现稳岗返还资金', 'social'),
                 ('发放困难党员慰问金', 'party'), ('拨付村级组织运转经费', 'village'), ('发放退役军人优待金', 'veterans')])
    k = g.ri(2, 4)
    pl = g.villages(k) if what[1] in ('village', 'agri') else g.ch([['城市', '农村'], ['第一批', '第二批', '第三批'],
                                                                    ['春节', '端午', '中秋', '国庆']])[:k]
    k = len(pl)
    parts = [g.ri(8, 900) * 100 for _ in range(k)]           # 元, multiples of 100
    S = sum(parts)
    if label == 'inconsistent':
        kk = g.ch(['typo_part', 'double', 'omit'])
        S2, ps, note = sum_case(g, label, parts, pl, kinds=(kk,))
        if kk == 'typo_part':
            ps = [p if p == q else (p // 100) * 100 + (q % 100) for p, q in zip(ps, parts)]
    else:
        S2, ps, note = S, parts, '万元与元换算后分项之和与合计相符'
    w = fnum(rnd(F(S2, 10000), 2), 2) if S2 % 100 == 0 else fnum(rnd(F(S2, 10000), 4), 4)
    g.pick_ns(allow_fw=False)
    segs = ['%s%s元' % (p, g.n(v)) for p, v in zip(pl, ps)]
    core = '%s%s%s万元，其中%s。' % (when(g), what[0], w, '，'.join(segs))
    return wrap(g, what[1], core), [chk_sum(w + '万', [g.n(v) for v in ps])], note


@style('totals', 'fullwidth_digits_sum')
def _t27(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=4)
    g.ns = (g.ch(['', '，', ',']), True)
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    core = '%s%s%s%s%s，其中%s。' % (when(g), org_of(g, d['org']), d['verb'], g.n(W), u,
                                   '，'.join('%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps)))
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note, 0.0


@style('totals', 'thousands_decimal_money')
def _t28(g, label):
    d, names, parts, dec = pick_mon(g, kmin=2, kmax=5, dec=2)
    if max(parts) < 100000:
        parts = [p * 100 + g.ri(0, 99) for p in parts]
    g.ns = (g.ch([',', ',', ' ', '\u2009']), False)
    f = lambda v: g.n(v, 2)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    core = '%s%s%s万元。%s' % (org_of(g, d['org']), d['verb'], f(W),
                              '；'.join('%s%s万元' % (nm, f(v)) for nm, v in zip(names, ps)) + '。')
    return wrap(g, d['cat'], core), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'rounded_parts_bulletin')
def _t29(g, label):
    d = g.ch([('全年地区生产总值', '亿元', ['第一产业增加值', '第二产业增加值', '第三产业增加值']),
              ('全年粮食总产量', '万吨', ['夏粮', '早稻', '秋粮']),
              ('年末金融机构本外币各项存款余额', '亿元', ['住户存款', '非金融企业存款', '机关团体存款', '其他存款']),
              ('全年一般公共预算支出', '亿元', ['民生支出', '非民生支出']),
              ('全年货物进出口总额', '亿元', ['出口额', '进口额'])])
    whole, u, names = d
    k = len(names)
    exact = [g.ri(3000, 900000) for _ in range(k)]             # in 10^-4 units
    rp = [rnd(F(x, 100), 0) for x in exact]                    # parts rounded to 0.01
    rw = rnd(F(sum(exact), 100), 0)                            # whole rounded from the exact sum
    if label == 'inconsistent':
        W, ps, note = sum_case(g, label, rp, names, fmt=lambda v: fnum(v, 2),
                               kinds=('typo_part', 'swap_part', 'typo_whole', 'omit'))
        if W == sum(rp):
            W = rw
    else:
        W, ps = rw, rp
        note = '分项单独四舍五入，与总量相差不超过舍入误差' if rw != sum(rp) else '分项之和与总量一致'
    f = lambda v: fnum(v, 2)
    core = '%s%s%s，%s。' % (whole, f(W), u, '；'.join('%s%s%s' % (nm, f(v), u) for nm, v in zip(names, ps)))
    if g.p(0.5):
        core += '\n注：部分数据因四舍五入，分项之和与总数略有出入。'
    return wrap(g, 'stat', core, post=0.0), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'nested_two_level')
def _t30(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=4)
    sub = g.ch([['线上', '线下'], ['城区', '农村'], ['首次', '重复'], ['市级交办', '自行受理'], ['上半年', '下半年']])
    a1 = g.split(parts[0], 2) if parts[0] >= 4 else [parts[0] - 1, 1]
    lvl = g.ch(['top', 'sub']) if label == 'inconsistent' else None
    g.pick_ns()
    W, ps, note1 = sum_case(g, label if lvl == 'top' else 'consistent', parts, names,
                            kinds=('typo_whole', 'swap_whole', 'double', 'omit'))
    A, ss, note2 = sum_case(g, 'consistent', a1, sub)
    if lvl == 'sub':
        j = g.ri(0, 1)
        v, how = slip(g, ss[j])
        ss = list(ss)
        ss[j] = v
        note2 = '二级分项“%s”%s（应为%s，写作%s）' % (sub[j], how, a1[j], v)
    u = d['unit']
    core = '%s共%s%s%s，其中%s%s%s（%s%s%s、%s%s%s），%s。' % (
        org_of(g, d['org']), d['verb'], g.n(W), u, names[0], g.n(ps[0]), u, sub[0], g.n(ss[0]), u, sub[1], g.n(ss[1]), u,
        '，'.join('%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names[1:], ps[1:])))
    note = note1 if lvl == 'top' else (note2 if lvl == 'sub' else '两级分项之和均相符')
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps]), chk_sum(g.n(ps[0]), [g.n(v) for v in ss])], note


@style('totals', 'revenue_and_expense_pair')
def _t31(g, label):
    org = g.ch([g.village(), g.company(), g.county() + '工会', g.town() + '财政所'])
    dec = g.ch([0, 2])
    inc_n = g.sample(['经营收入', '发包收入', '补助收入', '投资收益', '其他收入'], g.ri(2, 3))
    exp_n = g.sample(['管理费用', '公益支出', '其他支出', '经营支出', '福利费支出'], g.ri(2, 3))
    inc = g.split(g.mag(50 * 10 ** dec, 5000 * 10 ** dec), len(inc_n))
    exp = g.split(int(sum(inc) * g.r.uniform(0.55, 1.05)), len(exp_n))
    bad = g.ch([0, 1]) if label == 'inconsistent' else -1
    f = lambda v: g.n(v, dec)
    g.pick_ns(allow_fw=False)
    W1, p1, n1 = sum_case(g, 'inconsistent' if bad == 0 else 'consistent', inc, inc_n, fmt=f)
    W2, p2, n2 = sum_case(g, 'inconsistent' if bad == 1 else 'consistent', exp, exp_n, fmt=f)
    core = '%s%s总收入%s万元，其中%s；总支出%s万元，其中%s。' % (
        when(g), org, f(W1), '、'.join('%s%s万元' % (a, f(b)) for a, b in zip(inc_n, p1)), f(W2),
        '、'.join('%s%s万元' % (a, f(b)) for a, b in zip(exp_n, p2)))
    note = {0: '收入部分：' + n1, 1: '支出部分：' + n2}.get(bad, '收入、支出两组分项之和均相符')
    return wrap(g, 'village', core), [chk_sum(f(W1), [f(v) for v in p1]), chk_sum(f(W2), [f(v) for v in p2])], note


@style('totals', 'two_part_population')
def _t32(g, label):
    grp = g.ch([('年末户籍总人口', '人', ['男性', '女性']), ('常住人口', '人', ['城镇人口', '乡村人口']),
                ('在校学生', '人', ['男生', '女生']), ('全年出生人口', '人', ['男婴', '女婴']),
                ('在岗职工', '人', ['在编人员', '合同制人员']), ('全乡总户数', '户', ['农业户', '非农业户'])])
    whole, u, names = grp
    tot = g.mag(800, 900000)
    a = int(tot * g.r.uniform(0.45, 0.56))
    parts = [a, tot - a]
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    core = '%s%s%s%s，其中%s%s%s，%s%s%s。' % (g.ch([g.county(), g.town()]), whole,
                                             g.n(W), u, names[0], g.n(ps[0]), u, names[1], g.n(ps[1]), u)
    return wrap(g, 'stat', core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'attendance_quorum')
def _t33(g, label):
    body = g.ch([('本次会议应到代表', '名', '实到代表', '因事因病请假'), ('应出席委员', '名', '实际出席', '请假'),
                 ('村民代表会议应到', '人', '实到', '缺席'), ('党员大会应到正式党员', '名', '实到', '因病因事缺席')])
    n = g.ri(25, 380)
    absent = g.ri(1, max(2, n // 8))
    present = n - absent
    g.ns = ('', False)
    if label == 'inconsistent':
        k = g.ch(['n', 'p', 'a'])
        if k == 'n':
            n2, how = slip(g, n)
            sn, sp_, sa, note = n2, present, absent, '应到人数%s' % how
        elif k == 'p':
            p2, how = slip(g, present)
            sn, sp_, sa, note = n, p2, absent, '实到人数%s' % how
        else:
            a2 = absent + g.ch([1, 2, -1]) if absent > 2 else absent + 1
            sn, sp_, sa, note = n, present, a2, '缺席人数与应到、实到不符'
    else:
        sn, sp_, sa, note = n, present, absent, '实到加缺席等于应到'
    cn = g.p(0.3)
    c = (lambda v: cn_int(v)) if cn else str
    core = '%s%s%s，%s%s%s，%s%s%s，%s。' % (body[0], c(sn), body[1], body[2], c(sp_), body[1], body[3], c(sa), body[1],
                                           g.ch(['符合法定人数', '到会人数超过半数，会议有效', '符合《选举法》规定']))
    return wrap(g, 'election', core), [chk_lin([('+', c(sp_)), ('+', c(sa))], c(sn))], note


@style('totals', 'done_and_pending')
def _t34(g, label):
    d = g.ch([x for x in CNT if x['k'] in ('hotline', 'petition', 'court', 'envcase', 'legalaid', 'dispatch', 'mediation')])
    W = g.mag(d['lo'], d['hi'])
    a = int(W * g.r.uniform(0.85, 0.995))
    parts = [a, W - a] if W - a > 0 else [W - 1, 1]
    names = ['已办结', '正在办理']
    g.pick_ns()
    Ws, ps, note = sum_case(g, label, parts, names)
    w = g.ch([('已办结', '正在办理'), ('办结', '在办'), ('审结', '未结'), ('已答复', '正在办理中')])
    core = '%s%s%s%s%s，%s%s%s，%s%s%s。' % (when(g), org_of(g, d['org']), d['verb'], g.n(Ws), d['unit'], w[0],
                                            g.n(ps[0]), d['unit'], w[1], g.n(ps[1]), d['unit'])
    return wrap(g, d['cat'], core), [chk_sum(g.n(Ws), [g.n(v) for v in ps])], note


@style('totals', 'net_increase')
def _t35(g, label):
    sub = g.ch([('新登记市场主体', '注销', '净增', '户', 'market'), ('新增城镇就业', '失业', '净增就业', '人', 'social'),
                ('新发展党员', '减少党员', '净增', '名', 'party'), ('新增参保人员', '中断参保', '净增', '人', 'social'),
                ('新增注册志愿者', '注销', '净增', '名', 'party')])
    a = g.mag(100, 30000)
    b = int(a * g.r.uniform(0.1, 0.8))
    c = a - b
    vals, res, note = flow_case(g, label, [('+', a), ('-', b)], c, [sub[0], sub[1]])
    g.pick_ns()
    u = sub[3]
    core = '%s%s%s%s，%s%s%s，%s%s%s。' % (when(g), sub[0], g.n(vals[0]), u, sub[1], g.n(vals[1]), u, sub[2], g.n(res), u)
    return wrap(g, sub[4], core), [chk_lin([('+', g.n(vals[0])), ('-', g.n(vals[1]))], g.n(res))], note


@style('totals', 'income_expense_balance')
def _t36(g, label):
    who = g.ch([(g.village() + '集体', 'village'), (g.company() + '工会', 'enterprise'),
                (g.county() + '第一中学食堂', 'school'), (g.nm2() + '社区居委会', 'township'),
                (g.town() + '老年协会', 'civil'), (g.nm2() + '果蔬种植专业合作社', 'agri')])
    dec = g.ch([0, 2, 2])
    a = g.mag(5 * 10 ** dec, 800 * 10 ** dec)
    b = int(a * g.r.uniform(0.4, 0.97))
    c = a - b
    vals, res, note = flow_case(g, label, [('+', a), ('-', b)], c, ['收入', '支出'])
    f = lambda v: g.n(v, dec)
    g.pick_ns(allow_fw=False)
    core = '%s%s全年%s%s万元，%s%s万元，%s%s万元。' % (when(g) if g.p(0.3) else '', who[0],
                                                 g.ch(['收入', '总收入', '实现收入']), f(vals[0]), g.ch(['支出', '总支出']),
                                                 f(vals[1]), g.ch(['收支结余', '结余', '当年盈余']), f(res))
    return wrap(g, who[1], core), [chk_lin([('+', f(vals[0])), ('-', f(vals[1]))], f(res))], note


@style('totals', 'cumulative_month_linear')
def _t37(g, label):
    d = g.ch(MON)
    m = g.ri(3, 11)
    dec = g.ch([0, 1, 2])
    prev = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    cur = int(prev / (m - 1) * g.r.uniform(0.6, 1.5)) + 1
    tot = prev + cur
    vals, res, note = flow_case(g, label, [('+', prev), ('+', cur)], tot, ['1—%d月累计' % (m - 1), '%d月当月' % m])
    f = lambda v: g.n(v, dec)
    g.pick_ns(allow_fw=False)
    core = g.ch(['1—%d月，%s%s累计完成%s万元，其中%d月当月完成%s万元，1—%d月累计完成%s万元。',
                 '截至%d月底，%s%s累计%s万元，%d月单月%s万元；前%d个月累计%s万元。'])
    core = core % (m, org_of(g, d['org']), d['verb'], f(res), m, f(vals[1]), m - 1, f(vals[0]))
    return wrap(g, d['cat'], core), [chk_lin([('+', f(vals[0])), ('+', f(vals[1]))], f(res))], note


WORKS = [('新建村级文化广场', '个'), ('改造农村危房', '户'), ('硬化村组道路', '公里'), ('新修机耕道', '公里'),
         ('安装太阳能路灯', '盏'), ('新建垃圾收集点', '个'), ('维修山塘', '口'), ('建设标准化卫生室', '个'),
         ('新建便民服务点', '个'), ('改造提升集贸市场', '个'), ('新增公共停车位', '个'), ('建设充电桩', '个')]


@style('totals', 'yishi_ershi_then_total')
def _t38(g, label):
    u = g.ch(['个', '处', '项'])
    k = g.ri(3, 5)
    acts = g.sample(['新建', '改造', '提升', '修缮', '完善'], k)
    objs = g.sample(['村级活动场所', '文化广场', '便民服务点', '公共厕所', '垃圾收集点', '农家书屋', '健身场地',
                     '停车场', '排水沟渠'], k)
    parts = g.split(g.ri(3 * k, 20 * k), k)
    g.ns = ('', False)
    W, ps, note = sum_case(g, label, parts, [a + o for a, o in zip(acts, objs)])
    marks = ['一是', '二是', '三是', '四是', '五是']
    segs = ['%s%s%s%s%s' % (marks[i], acts[i], objs[i], ps[i], u) for i in range(k)]
    core = '%s%s。%s' % (g.ch(['今年重点推进村级公共设施建设：', '围绕补齐基础设施短板，我们重点抓了以下工作：']), '；'.join(segs),
                        g.ch(['全年共完成各类项目%s%s。', '以上合计%s%s。', '共计实施%s%s。']) % (W, u))
    return wrap(g, 'township', core), [chk_sum(str(W), [str(v) for v in ps])], note


@style('totals', 'households_and_people_pair')
def _t39(g, label):
    names = g.ch([['一般脱贫户', '低保脱贫户', '特困供养脱贫户'], ['城市低保', '农村低保'], ['一类监测户', '二类监测户', '三类监测户'],
                  ['易地搬迁户', '就地安置户']])
    k = len(names)
    hh = g.split(g.mag(40 * k, 4000), k, minpart=3)
    pp = [h * 2 + g.ri(0, h * 2) for h in hh]
    bad = g.ch(['hh', 'pp']) if label == 'inconsistent' else None
    H, hs, n1 = sum_case(g, 'inconsistent' if bad == 'hh' else 'consistent', hh, names)
    P, pps, n2 = sum_case(g, 'inconsistent' if bad == 'pp' else 'consistent', pp, names)
    g.pick_ns()
    core = '%s共有%s%s户%s人，其中%s。' % (g.ch([g.town(), g.county(), g.village()]), g.ch(['脱贫户', '保障对象', '监测对象', '搬迁户']),
                                     g.n(H), g.n(P), '，'.join('%s%s户%s人' % (nm, g.n(a), g.n(b)) for nm, a, b in zip(names, hs, pps)))
    note = {'hh': '户数：' + n1, 'pp': '人数：' + n2}.get(bad, '户数、人数两组分项之和均相符')
    return wrap(g, 'poverty', core), [chk_sum(g.n(H), [g.n(v) for v in hs]), chk_sum(g.n(P), [g.n(v) for v in pps])], note


@style('totals', 'air_quality_days')
def _t40(g, label):
    y = g.ri(2018, 2024)
    days = 366 if y % 4 == 0 else 365
    a = g.ri(80, 200)
    b = g.ri(100, days - a - 5)
    rest = days - a - b
    c = g.ri(1, rest - 1) if rest > 1 else 1
    d_ = rest - c
    good = a + b
    vals = [a, b, c, d_]
    if label == 'inconsistent':
        k = g.ch(['part', 'good', 'days'])
        if k == 'part':
            j = g.ch([2, 3])
            v, how = slip(g, vals[j])
            vals[j] = v if v != vals[j] else vals[j] + 3
            note = '%s天数%s，四类天数之和不等于全年天数' % (['优', '良', '轻度污染', '中度及以上污染'][j], how)
        elif k == 'good':
            gv, how = slip(g, good)
            good, note = gv, '优良天数%s（优+良=%d）' % (how, a + b)
        else:
            days2 = 365 if days == 366 else 366
            note = '全年天数写错（%d年应为%d天）' % (y, days)
            days = days2
    else:
        note = '各级别天数之和等于全年天数，优良天数等于优加良'
    core = '%d年，%s城区环境空气质量有效监测%d天，其中优%d天、良%d天、轻度污染%d天、中度及以上污染%d天，优良天数%d天。' % (
        y, g.county(), days, vals[0], vals[1], vals[2], vals[3], good)
    checks = [chk_sum(str(days), [str(v) for v in vals]), chk_sum(str(good), [str(vals[0]), str(vals[1])])]
    return wrap(g, 'env', core), checks, note


@style('totals', 'land_area_decimals')
def _t41(g, label):
    names = g.ch([['耕地', '园地', '林地', '草地', '建设用地', '其他用地'], ['农用地', '建设用地', '未利用地'],
                  ['水田', '旱地', '水浇地']])
    k = len(names) if len(names) <= 3 else g.ri(3, len(names))
    names = names[:k]
    dec = g.ch([1, 2])
    tot = g.mag(300 * 10 ** dec, 5000 * 10 ** dec)
    parts = g.split(tot, k)
    f = lambda v: fnum(v, dec)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    unit = g.ch(['平方公里', '万亩']) if names[0] != '水田' else '万亩'
    if unit == '万亩':
        tot = g.mag(10 * 10 ** dec, 200 * 10 ** dec)
        parts = g.split(tot, k, minpart=max(1, tot // 15))
        W, ps, note = sum_case(g, label, parts, names, fmt=f)
    core = '%s国土总面积%s%s，其中%s。' % (g.county(), f(W), unit, '，'.join('%s%s%s' % (n, f(v), unit) for n, v in zip(names, ps)))
    if names[0] == '水田':
        core = core.replace('国土总面积', '耕地面积')
    return wrap(g, g.ch(['stat', 'agri']), core), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'table_column_totals')
def _t42(g, label):
    cols = g.ch([('户数', '人数'), ('项目数（个）', '投资额（万元）'), ('受理（件）', '办结（件）'), ('检查（家次）', '隐患（处）', '整改（处）')])
    nrow = g.ri(3, 5)
    rows = g.towns(nrow)
    data = []
    for _ in range(nrow):
        a = g.ri(20, 900)
        row = [a] + [int(a * g.r.uniform(2.0, 3.6)) + 1 if cols[0] == '户数' else g.ri(200, 30000) for _ in cols[1:]]
        if cols[0].startswith('受理') or cols[0].startswith('检查'):
            row = [a] + sorted([int(a * g.r.uniform(0.6, 0.99)) + 1 for _ in cols[1:]], reverse=True)
        data.append(row)
    bad = g.ri(0, len(cols) - 1) if label == 'inconsistent' else -1
    tots, note = [], '各列合计相符'
    for j in range(len(cols)):
        col = [r[j] for r in data]
        W, ps, nt = sum_case(g, 'inconsistent' if j == bad else 'consistent', col, rows,
                             kinds=('typo_whole', 'swap_whole', 'double', 'omit'))
        tots.append(W)
        if j == bad:
            note = '“%s”列：%s' % (cols[j], nt)
    md = g.p(0.5)
    if md:
        lines = ['| 单位 | ' + ' | '.join(cols) + ' |', '|' + '---|' * (len(cols) + 1)]
        lines += ['| %s | %s |' % (r, ' | '.join(str(v) for v in row)) for r, row in zip(rows, data)]
        lines.append('| 合计 | %s |' % ' | '.join(str(v) for v in tots))
    else:
        lines = ['单位\t' + '\t'.join(cols)] + ['%s\t%s' % (r, '\t'.join(str(v) for v in row)) for r, row in zip(rows, data)]
        lines.append('合计\t' + '\t'.join(str(v) for v in tots))
    checks = [chk_sum(str(tots[j]), [str(r[j]) for r in data]) for j in range(len(cols))]
    core = '%s各乡镇（街道）工作完成情况统计表\n' % g.county() + '\n'.join(lines)
    return core, checks, note, 0.0


@style('totals', 'places_list_total_after')
def _t43(g, label):
    task, u, lo, hi = g.ch(TASKS)
    k = g.ri(3, 6)
    pl = g.towns(k)
    parts = g.split(max(g.mag(lo * k, hi * k), 3 * k), k)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, pl)
    core = '%s%s完成情况为：%s，全%s合计%s%s。' % (when(g), task, '、'.join('%s%s%s' % (p, g.n(v), u) for p, v in zip(pl, ps)),
                                           g.ch(['县', '区', '市']), g.n(W), u)
    return wrap(g, 'township', core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'fenbie_then_gong_paren')
def _t44(g, label):
    task, u, lo, hi = g.ch(TASKS)
    k = g.ri(2, 4)
    pl = g.villages(k)
    parts = g.split(max(g.mag(lo, hi * 2), 3 * k), k)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, pl)
    core = '%s%s个%s分别%s%s（%s%s%s）。' % ('、'.join(pl), '两' if k == 2 else cn_int(k), g.ch(['村', '村（社区）', '示范点']), task,
                                         '、'.join(g.n(v) + u for v in ps), g.ch(['共', '合计', '共计']), g.n(W), u)
    return wrap(g, 'village', core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'slash_values')
def _t45(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=4)
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    core = '%s%s（%s）：%s%s，合计%s%s。' % (org_of(g, d['org']), d['verb'], '/'.join(names), '/'.join(str(v) for v in ps), u,
                                       W, u)
    return wrap(g, d['cat'], core), [chk_sum(str(W), [str(v) for v in ps])], note


@style('totals', 'two_year_table_diff')
def _t46(g, label):
    y = g.year()
    rows = g.sample([x for x in GRW if x['dec'] == 0], g.ri(2, 4))
    bad = g.ri(0, len(rows) - 1) if label == 'inconsistent' else -1
    lines = ['指标\t%d年\t%d年\t增减' % (y - 1, y)]
    checks, note = [], '各行增减额相符'
    for i, d in enumerate(rows):
        a = g.mag(d['lo'], d['hi'])
        b = max(1, int(a * (1 + g.r.uniform(d['gl'], d['gh']) / 100)))
        if a == b:
            b += 1
        dv = b - a
        sdv = dv
        if i == bad:
            k = g.ch(['typo', 'sign'])
            if k == 'sign':
                sdv, note = -dv, '“%s”增减符号写反' % d['name']
            else:
                v, how = slip(g, abs(dv))
                sdv, note = v if dv > 0 else -v, '“%s”增减额%s' % (d['name'], how)
        ds = ('+%d' % sdv) if sdv > 0 else ('−%d' % -sdv).replace('−', g.ch(['−', '-', '－']))
        lines.append('%s（%s）\t%d\t%d\t%s' % (d['name'], d['unit'], a, b, ds))
        checks.append(chk_lin([('+', str(b)), ('-', str(a))], ds))
    return '主要指标对比\n' + '\n'.join(lines), checks, note, 0.0


@style('totals', 'audit_amounts_two_decimals')
def _t47(g, label):
    d = [m for m in MON if m['k'] == 'audit'][0]
    names = d['parts'][:] if g.p(0.6) else d['parts'][:2]
    tot = g.mag(50000, 8000000)
    parts = g.split(tot, len(names))
    f = lambda v: fnum(v, 2)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    core = '%s共审计%s个单位，查出主要问题金额%s万元。其中：%s。' % (
        g.ch(['全年', '%d年，' % g.year()]), g.ri(8, 60), f(W), '；'.join('%s%s万元' % (n, f(v)) for n, v in zip(names, ps)))
    return wrap(g, 'audit', core), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'court_old_new_closed')
def _t48(g, label):
    old = g.mag(200, 4000)
    new = g.mag(1500, 25000)
    W = old + new
    closed = int(W * g.r.uniform(0.82, 0.97))
    pend = W - closed
    sold, snew, sclosed, spend = old, new, closed, pend
    note = '旧存加新收等于受理，审执结加未结等于受理'
    if label == 'inconsistent':
        k = g.ch(['old', 'new', 'closed', 'pend'])
        v = {'old': old, 'new': new, 'closed': closed, 'pend': pend}[k]
        v2, how = slip(g, v)
        if k == 'old':
            sold = v2
        elif k == 'new':
            snew = v2
        elif k == 'closed':
            sclosed = v2
        else:
            spend = v2
        note = '“%s”%s（应为%d，写作%d）' % ({'old': '旧存', 'new': '新收', 'closed': '审执结', 'pend': '未结'}[k], how, v, v2)
    g.pick_ns()
    n = g.n
    core = '%s全年受理各类案件%s件（旧存%s件，新收%s件），审执结%s件，未结%s件。' % (
        g.county() + '人民法院', n(W), n(sold), n(snew), n(sclosed), n(spend))
    return wrap(g, 'court', core), [chk_sum(n(W), [n(sold), n(snew)]), chk_sum(n(W), [n(sclosed), n(spend)])], note


@style('totals', 'arrest_review_split')
def _t49(g, label):
    W = g.mag(100, 2500)
    a = int(W * g.r.uniform(0.6, 0.9))
    parts = [a, W - a]
    names = g.ch([['批准逮捕', '不批准逮捕'], ['提起公诉', '不起诉'], ['准予', '不予']])
    g.pick_ns()
    Ws, ps, note = sum_case(g, label, parts, names)
    if names[0] == '准予':
        core = '%s共审查行政许可申请%s件，%s许可%s件，%s许可%s件。' % (g.county() + '行政审批局', g.n(Ws), names[0], g.n(ps[0]),
                                                        names[1], g.n(ps[1]))
        cat = 'gov'
    else:
        core = '%s%s共审查%s犯罪嫌疑人%s人，其中%s%s人、%s%s人。' % (when(g), g.county() + '人民检察院',
                                                      '逮捕' if names[0] == '批准逮捕' else '起诉', g.n(Ws), names[0],
                                                      g.n(ps[0]), names[1], g.n(ps[1]))
        cat = 'procur'
    return wrap(g, cat, core), [chk_sum(g.n(Ws), [g.n(v) for v in ps])], note


@style('totals', 'fire_calls_with_decoys')
def _t50(g, label):
    d = [x for x in CNT if x['k'] == 'fire'][0]
    d, names, parts = pick_cnt(g, d, kmin=3, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    veh = g.ri(W // 2 + 5, W * 3 + 10)
    men = veh * g.ri(4, 7)
    core = '%s%s共接警出动%s起，出动消防车%s辆次、指战员%s人次，其中%s，抢救和疏散被困人员%s人。' % (
        when(g), g.county() + '消防救援大队', g.n(W), g.n(veh), g.n(men),
        '、'.join('%s%s起' % (n, g.n(v)) for n, v in zip(names, ps)), g.ri(10, 400))
    return wrap(g, 'fire', core), [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'hospital_wan_renci')
def _t51(g, label):
    names = g.ch([['门诊', '急诊'], ['门诊', '急诊', '健康体检'], ['本部', '东院区', '西院区']])
    k = len(names)
    tot = g.ri(800, 30000)                # in 0.01万
    parts = g.split(tot, k)
    f = lambda v: fnum(v, 2)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    core = '%s完成门急诊%s万人次，其中%s。' % (g.county() + g.ch(['人民医院', '中医院', '妇幼保健院']), f(W),
                                       '，'.join('%s%s万人次' % (n, f(v)) for n, v in zip(names, ps)))
    return wrap(g, 'hospital', core), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'party_structure_with_overlap_decoy')
def _t52(g, label):
    W = g.mag(60, 3000)
    a = int(W * g.r.uniform(0.9, 0.98))
    parts = [a, W - a]
    g.pick_ns()
    Ws, ps, note = sum_case(g, label, parts, ['正式党员', '预备党员'])
    fem = int(W * g.r.uniform(0.2, 0.4))
    old = int(W * g.r.uniform(0.3, 0.5))
    edu = int(W * g.r.uniform(0.3, 0.6))
    core = '%s共有党员%s名，其中正式党员%s名、预备党员%s名；女党员%s名，60岁以上党员%s名，大专及以上学历党员%s名。' % (
        g.town() + '党委', g.n(Ws), g.n(ps[0]), g.n(ps[1]), g.n(fem), g.n(old), g.n(edu))
    checks = [chk_sum(g.n(Ws), [g.n(v) for v in ps]),
              chk_sum(g.n(Ws), [g.n(fem), g.n(old), g.n(edu)], mode='overlap')]
    return wrap(g, 'party', core), checks, note + '（女党员、年龄、学历是交叉口径，不应相加）'


@style('totals', 'ballots_recovered_split')
def _t53(g, label):
    issued = g.ri(80, 3000)
    back = issued - g.ri(0, max(1, issued // 50))
    inval = g.ri(0, max(1, back // 40))
    val = back - inval
    g.ns = ('', False)
    Wb, ps, note = sum_case(g, label, [val, inval], ['有效票', '无效票'],
                            kinds=('typo_whole', 'typo_part', 'swap_part', 'swap_whole'))
    core = '本次选举共发出选票%d张，收回%d张，其中有效票%d张，无效票%d张，%s。' % (
        issued, Wb, ps[0], ps[1], g.ch(['选举有效', '本次选举有效', '经监票人核对无误']))
    return wrap(g, 'election', core), [chk_sum(str(Wb), [str(v) for v in ps])], note


@style('totals', 'vote_tally_candidates')
def _t54(g, label):
    k = g.ri(2, 4)
    names = list(dict.fromkeys(g.person() for _ in range(k)))
    k = len(names)
    votes = sorted(g.split(g.ri(60, 2500), k), reverse=True)
    other = g.ri(0, 20)
    absn = g.ri(0, 15)
    parts = votes + [other, absn]
    pnames = names + ['另选他人', '弃权']
    g.ns = ('', False)
    W, ps, note = sum_case(g, label, parts, pnames)
    segs = '，'.join('%s得%d票' % (n, v) for n, v in zip(names, ps[:k]))
    core = '%s村民委员会主任选举，共收回有效选票%d张。计票结果：%s，另选他人%d票，弃权%d票。' % (g.village(), W, segs, ps[k], ps[k + 1])
    return wrap(g, 'election', core), [chk_sum(str(W), [str(v) for v in ps])], note


@style('totals', 'forest_wan_mu')
def _t55(g, label):
    names = [x for x in ['人工造林', '封山育林', '退化林修复', '森林抚育', '四旁植树'] if g.p(0.8)]
    if len(names) < 2:
        names = ['人工造林', '森林抚育']
    dec = g.ch([1, 2])
    tot = g.mag(5 * 10 ** dec, 60 * 10 ** dec)
    parts = g.split(tot, len(names), minpart=3 * 10 ** (dec - 1))
    f = lambda v: fnum(v, dec)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    core = '%s完成营造林%s万亩，其中%s。' % (when(g), f(W), '、'.join('%s%s万亩' % (n, f(v)) for n, v in zip(names, ps)))
    return wrap(g, 'forest', core), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'hotline_channels_halfwidth')
def _t56(g, label):
    names = g.sample(['电话渠道', '网络渠道', '微信公众号', '政务APP', '来信来访'], g.ri(2, 4))
    tot = g.mag(3000, 90000)
    parts = g.split(tot, len(names))
    g.ns = (g.ch(['', ',']), False)
    W, ps, note = sum_case(g, label, parts, names)
    core = '%s热线共受理诉求%s件,其中%s。' % (when(g).replace('，', ','), g.n(W), ','.join('%s%s件' % (n, g.n(v)) for n, v in zip(names, ps)))
    return core, [chk_sum(g.n(W), [g.n(v) for v in ps])], note, 0.0


@style('totals', 'tourism_yi_parts')
def _t57(g, label):
    names = g.sample([g.nm2() + x for x in ['古镇景区', '湿地公园', '森林公园', '温泉度假区', '红色教育基地', '民俗村']], g.ri(2, 4))
    tot = g.mag(500, 90000)                  # 0.01 亿元
    parts = g.split(tot, len(names))
    f = lambda v: fnum(v, 2)
    W, ps, note = sum_case(g, label, parts, names, fmt=f)
    core = '%s全%s重点景区实现综合收入%s亿元，%s分别实现%s亿元。' % (when(g), g.ch(['县', '区', '市']), f(W), '、'.join(names),
                                                   '、'.join(f(v) for v in ps))
    return wrap(g, 'tourism', core), [chk_sum(f(W), [f(v) for v in ps])], note


@style('totals', 'count_and_money_pair')
def _t58(g, label):
    cats = g.sample(['产业类', '基础设施类', '社会事业类', '生态环保类', '乡村振兴类'], g.ri(2, 4))
    k = len(cats)
    cnt = g.split(g.ri(6 * k, 80), k, minpart=2)
    mon = g.split(g.mag(5000, 400000), k, minpart=300)
    bad = g.ch(['cnt', 'mon']) if label == 'inconsistent' else None
    N, cs, n1 = sum_case(g, 'inconsistent' if bad == 'cnt' else 'consistent', cnt, cats)
    M, ms, n2 = sum_case(g, 'inconsistent' if bad == 'mon' else 'consistent', mon, cats)
    g.pick_ns(allow_fw=False)
    core = '%s共谋划实施重大项目%d个，总投资%s万元。其中：%s。' % (g.county(), N, g.n(M),
                                                   '；'.join('%s%d个、%s万元' % (c, a, g.n(b)) for c, a, b in zip(cats, cs, ms)))
    note = {'cnt': '项目个数：' + n1, 'mon': '投资额：' + n2}.get(bad, '个数、金额两组分项之和均相符')
    return wrap(g, 'gov', core), [chk_sum(str(N), [str(v) for v in cs]), chk_sum(g.n(M), [g.n(v) for v in ms])], note


@style('totals', 'kv_lines_colon')
def _t59(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    ind = g.ch(['  ', '\u3000\u3000', '\t', '- '])
    colon = g.ch(['：', ':'])
    noun = d['noun'] if d['noun'].endswith(('总数', '总量')) else d['noun'] + g.ch(['总数', '合计'])
    lines = ['%s%s%s%s' % (noun, colon, g.n(W), u), '其中%s' % colon]
    lines += ['%s%s%s%s%s' % (ind, n, colon, g.n(v), u) for n, v in zip(names, ps)]
    core = '%s%s统计\n' % (org_of(g, d['org']), when(g).rstrip('，')) + '\n'.join(lines)
    return core, [chk_sum(g.n(W), [g.n(v) for v in ps])], note, 0.0


@style('totals', 'compare_named_more_less')
def _t60(g, label):
    task, u, lo, hi = g.ch(TASKS)
    a, b = g.towns(2)
    x = g.mag(lo, hi)
    y = max(1, int(x * g.r.uniform(0.3, 0.9)))
    dv, word, note = diff_case(g, label, y, x)
    word = '多' if word == '增加' else '少'
    g.pick_ns()
    core = '%s%s%s%s，%s%s%s，%s比%s%s%s%s。' % (a, task, g.n(x), u, b, g.ch(['完成', '']), g.n(y) + u, a, b, word, g.n(dv), u)
    chk = chk_lin([('+', g.n(x)), ('-', g.n(y))], g.n(dv)) if word == '多' else chk_lin([('+', g.n(y)), ('-', g.n(x))], g.n(dv))
    return wrap(g, 'township', core), [chk], note


@style('totals', 'increments_total')
def _t61(g, label):
    objs = g.sample([('规上工业企业', '家'), ('限上商贸企业', '家'), ('规上服务业企业', '家'), ('资质建筑业企业', '家'),
                     ('房地产开发企业', '家')], g.ri(2, 4))
    parts = [g.ri(1, 40) for _ in objs]
    W, ps, note = sum_case(g, label, parts, [o[0] for o in objs], kinds=('typo_whole', 'double', 'omit', 'typo_part'))
    core = '%s新增入统%s，新增“四上”企业总数达%d家。' % (when(g), '、'.join('%s%d%s' % (o[0], v, o[1]) for o, v in zip(objs, ps)), W)
    return wrap(g, 'stat', core), [chk_sum(str(W), [str(v) for v in ps])], note


@style('totals', 'ledger_table_stock_flow')
def _t62(g, label):
    items = g.sample(['固定资产', '在建工程', '库存物资', '应收款项', '货币资金', '长期投资'], g.ri(2, 4))
    bad = g.ri(0, len(items) - 1) if label == 'inconsistent' else -1
    lines = ['项目\t期初数\t本期增加\t本期减少\t期末数']
    checks, note = [], '各行期初+增加-减少=期末'
    dec = g.ch([0, 2])
    f = lambda v: fnum(v, dec)
    for i, it in enumerate(items):
        a = g.mag(10 * 10 ** dec, 9000 * 10 ** dec)
        b = int(a * g.r.uniform(0, 0.6))
        c = int((a + b) * g.r.uniform(0, 0.5))
        vals, res, nt = flow_case(g, 'inconsistent' if i == bad else 'consistent', [('+', a), ('+', b), ('-', c)], a + b - c,
                                  ['期初数', '本期增加', '本期减少'])
        if i == bad:
            note = '“%s”一行：%s' % (it, nt)
        lines.append('%s\t%s\t%s\t%s\t%s' % (it, f(vals[0]), f(vals[1]), f(vals[2]), f(res)))
        checks.append(chk_lin([('+', f(vals[0])), ('+', f(vals[1])), ('-', f(vals[2]))], f(res)))
    core = '%s资产变动情况表（单位：万元）\n' % g.ch([g.village(), g.company(), g.town() + '财政所']) + '\n'.join(lines)
    return core, checks, note, 0.0


@style('totals', 'capital_and_lowercase_amount')
def _t63(g, label):
    names = g.ch([['设备购置费', '安装工程费'], ['工程费', '监理费', '设计费'], ['货物价款', '运杂费']])
    tot = g.ri(2000, 9999) * 100 if g.p(0.6) else g.ri(20000, 999999) * 10
    parts = g.split(tot, len(names), minpart=100)
    parts = [p // 10 * 10 for p in parts]
    tot = sum(parts)
    low = tot
    capv = tot
    note = '大写金额、小写金额与分项之和一致'
    ps = list(parts)
    if label == 'inconsistent':
        k = g.ch(['low', 'part', 'cap'])
        if k == 'low':
            low, how = slip(g, tot)
            note = '小写金额%s，与大写金额不一致' % how
        elif k == 'cap':
            capv = tot + g.ch([1, -1]) * 10 ** g.ri(1, len(str(tot)) - 2)
            note = '大写金额与小写金额不一致（大写%d，小写%d）' % (capv, tot)
        else:
            j = g.ri(0, len(ps) - 1)
            ps[j], how = slip(g, ps[j])
            note = '分项“%s”%s' % (names[j], how)
    cap = cn_int(capv, cap=True)
    lows = fnum(low * 100, 2, ',')
    pstr = [fnum(v * 100, 2, ',') for v in ps]
    core = '合同总价：人民币（大写）%s元整（¥%s元），其中%s。' % (cap, lows, '，'.join('%s¥%s元' % (n, s) for n, s in zip(names, pstr)))
    core = '%s%s项目%s\n' % (g.county(), g.nm2(), g.ch(['中标结果公告', '合同主要内容', '政府采购合同'])) + core
    checks = [chk_lin([('+', cap)], lows), chk_sum(lows, pstr)]
    return core, checks, note, 0.0


@style('totals', 'sentences_parts_then_summary')
def _t64(g, label):
    d = g.ch([c for c in CNT if c['k'] in ('hotline', 'court', 'petition', 'mediation', 'legalaid', 'fire', 'hazard',
                                           'envcase', 'dispatch', 'traffic', 'foodcheck')])
    d, names, parts = pick_cnt(g, d, kmin=3, kmax=5)
    g.pick_ns()
    W, ps, note = sum_case(g, label, parts, names)
    u = d['unit']
    ops = ['在%s方面，', '%s方面：', '聚焦%s，']
    sents = []
    for n, v in zip(names, ps):
        sents.append(g.ch(ops) % n + g.ch(['%s%s%s。', '全年%s%s%s。', '共%s%s%s，均已按程序处理。']) % (
            g.ch(['办理', '处理', '受理', '完成']), g.n(v), u))
    core = '\n'.join(sents) + '\n' + g.ch(['综上，', '总体看，', '汇总来看，']) + '%s%s%s%s%s。' % (
        when(g).rstrip('，'), g.ch(['共', '累计', '合计']), d['verb'], g.n(W), u)
    return core, [chk_sum(g.n(W), [g.n(v) for v in ps])], note


@style('totals', 'yishang_n_lei_count_and_sum')
def _t65(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=5)
    k = len(names)
    g.pick_ns()
    bad = g.ch(['sum', 'count']) if label == 'inconsistent' else None
    W, ps, n1 = sum_case(g, 'inconsistent' if bad == 'sum' else 'consistent', parts, names)
    st, n2 = count_case(g, 'inconsistent' if bad == 'count' else 'consistent', k)
    u = d['unit']
    marks = ['（%d）' % i for i in range(1, 7)]
    body = '；'.join('%s%s%s%s' % (m, n, g.n(v), u) for m, n, v in zip(marks, names, ps))
    cnum = cn_int(st)
    core = '%s%s情况：%s。以上%s类合计%s%s。' % (org_of(g, d['org']), d['verb'], body, cnum, g.n(W), u)
    note = {'sum': n1, 'count': '类别数：' + n2}.get(bad, '类别数与分项之和均相符')
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in ps]),
                                     {'rel': 'count', 'items': names, 'stated': cnum, 'mode': 'exact'}], note


@style('totals', 'names_bracket_values_total')
def _t66(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=5)
    g.ns = ('', False)
    W, ps, note = sum_case(g, label, parts, names)
    lp, rp = g.ch([('（', '）'), ('(', ')'), ('[', ']')])
    core = '%s%s（单位：%s）：%s，总计%d。' % (org_of(g, d['org']), d['verb'], d['unit'],
                                        '、'.join('%s%s%d%s' % (n, lp, v, rp) for n, v in zip(names, ps)), W)
    return wrap(g, d['cat'], core), [chk_sum(str(W), [str(v) for v in ps])], note


# ---------------------------------------------------------------- totals: negatives (look-alikes)

@style('totals', 'neg_partial_qizhong', 'n')
def _n1(g, label):
    d = g.ch([x for x in CNT if len(x['parts']) >= 4])
    K = len(d['parts'])
    total = g.mag(d['lo'], d['hi'])
    allp = g.split(total, K)
    m = g.ri(1, K - 2)
    idx = sorted(g.sample(range(K), m))
    if sum(allp[i] for i in idx) > 0.9 * total:
        idx = idx[:1]
    names, ps = [d['parts'][i] for i in idx], [allp[i] for i in idx]
    g.pick_ns()
    u = d['unit']
    core = '%s%s%s%s%s，其中%s。' % (when(g), org_of(g, d['org']), d['verb'], g.n(total), u,
                                   '、'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(names, ps)))
    return wrap(g, d['cat'], core), [chk_sum(g.n(total), [g.n(v) for v in ps], mode='partial')], \
        '“其中”只列举了部分类别，分项之和小于总数属正常'


@style('totals', 'neg_zhuyao_deng', 'n')
def _n2(g, label):
    d = g.ch([x for x in CNT if len(x['parts']) >= 4])
    K = len(d['parts'])
    total = g.mag(d['lo'], d['hi'])
    allp = g.split(total, K)
    m = g.ri(2, K - 1)
    idx = sorted(g.sample(range(K), m))
    names, ps = [d['parts'][i] for i in idx], [allp[i] for i in idx]
    if sum(ps) >= total:
        return _n2(g, label)
    g.pick_ns()
    u = d['unit']
    lead = g.ch(['主要有', '主要包括', '重点是', '突出表现在'])
    core = '%s%s%s%s，%s%s等。' % (org_of(g, d['org']), d['verb'], g.n(total), u, lead,
                                 '、'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(names, ps)))
    return wrap(g, d['cat'], core), [chk_sum(g.n(total), [g.n(v) for v in ps], mode='partial')], \
        '“主要有……等”是不完全列举，分项之和小于总数不是错误'


def approx_round(g, S):
    """returns (stated number string, qual, template with {v} and {u})"""
    digits = len(str(S))
    keep = g.ch([1, 2, 2])
    unit = 10 ** max(digits - keep, 1)
    down = S // unit * unit
    up = down + unit
    opts = []
    if down and down != S:
        opts += [('%s' % down, 'over', '{v}余{u}'), ('%s' % down, 'over', '{v}多{u}'), ('%s' % down, 'over', '超过{v}{u}'),
                 ('%s' % down, 'over', '{v}{u}以上')]
    if up != S and S >= up * 0.87:
        opts += [('%s' % up, 'under', '近{v}{u}'), ('%s' % up, 'under', '将近{v}{u}'), ('%s' % up, 'under', '不到{v}{u}')]
    near = down if S - down < up - S else up
    if near != S and abs(near - S) <= 0.1 * near:
        opts += [('%s' % near, 'about', '约{v}{u}'), ('%s' % near, 'about', '{v}{u}左右')]
    if not opts:
        return None
    return g.ch(opts)


@style('totals', 'neg_approx_whole', 'n')
def _n3(g, label):
    d, names, parts = pick_cnt(g, kmin=2, kmax=4)
    S = sum(parts)
    a = approx_round(g, S)
    if a is None or S < 20:
        return _n3(g, label)
    v, qual, tpl = a
    num = v
    u = d['unit']
    shown = tpl.format(v=v, u=u)
    core = '%s%s%s%s，其中%s。' % (when(g), org_of(g, d['org']), d['verb'], shown,
                                   '、'.join('%s%d%s' % (n, p, u) for n, p in zip(names, parts)))
    return wrap(g, d['cat'], core), [chk_sum(num, [str(p) for p in parts], mode='approx', qual=qual)], \
        '总数是概数（%s），与精确分项之和不必相等' % shown


OVERLAP = [('参加培训学员', '人次', ['党员', '女性学员', '35岁以下学员', '致富带头人'], 'party'),
           ('户籍人口', '人', ['60岁以上老年人', '外出务工人员', '在校学生', '脱贫人口'], 'village'),
           ('新招录教师', '名', ['研究生学历', '女教师', '师范类专业毕业生', '本县生源'], 'school'),
           ('受理群众诉求', '件', ['涉及民生保障', '重复诉求', '夜间来电', '涉企诉求'], 'hotline'),
           ('帮扶对象', '户', ['有劳动能力户', '因病致贫户', '有在校学生户', '享受低保户'], 'poverty'),
           ('检查企业', '家', ['规模以上企业', '涉及危化品企业', '有限空间作业企业', '首次检查企业'], 'safety'),
           ('志愿者', '名', ['党员志愿者', '青年志愿者', '退休干部', '女性志愿者'], 'party')]


@style('totals', 'neg_overlap_groups', 'n')
def _n4(g, label):
    whole, u, groups, cat = g.ch(OVERLAP)
    W = g.mag(80, 9000)
    k = g.ri(2, 4)
    gs = g.sample(groups, k)
    vals = [int(W * g.r.uniform(0.25, 0.75)) for _ in gs]
    if sum(vals) <= W:
        vals[0] = min(W - 1, vals[0] + (W - sum(vals)) + g.ri(1, W // 5 + 1))
    g.pick_ns()
    core = '%s%s%s%s，其中%s。' % (g.ch([g.town(), g.county(), g.village()]), whole, g.n(W), u,
                                 '，'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(gs, vals)))
    return wrap(g, cat, core), [chk_sum(g.n(W), [g.n(v) for v in vals], mode='overlap')], \
        '“其中”各项是相互交叉的不同口径，不能相加'


@style('totals', 'neg_units_household_people', 'n')
def _n5(g, label):
    a, b = g.ri(20, 600), g.ri(5, 200)
    c = (a + b) * g.ri(2, 4) + g.ri(0, 50)
    w = g.ch([('帮扶脱贫户', '监测户', '共涉及群众'), ('搬迁安置城镇户', '农村集中安置户', '共安置群众'),
              ('危房改造', '抗震改造', '惠及群众')])
    core = '%s%s%d户、%s%d户，%s%d人。' % (when(g), w[0], a, w[1], b, w[2], c)
    return wrap(g, 'poverty', core), [chk_none([str(a), str(b), str(c)], 'households and persons are different units')], \
        '户数与人数单位不同，不构成加总关系'


@style('totals', 'neg_stock_without_exits', 'n')
def _n6(g, label):
    w = g.ch([('实有市场主体', '新登记', '户', 'market'), ('在册党员', '发展党员', '名', 'party'),
              ('注册志愿者', '新注册', '名', 'party'), ('登记在册社会组织', '新成立', '家', 'civil')])
    a = g.mag(500, 90000)
    b = int(a * g.r.uniform(0.05, 0.3))
    c = a + b - int(b * g.r.uniform(0.2, 0.9))
    g.pick_ns()
    core = '截至%d年底，全%s%s%s%s，较年初的%s%s有所增长，全年%s%s%s。' % (
        g.year(), g.ch(['县', '区', '市']), w[0], g.n(c), w[2], g.n(a), w[2], w[1], g.n(b), w[2])
    return wrap(g, w[3], core), [chk_none([g.n(a), g.n(b), g.n(c)], 'exits/cancellations not reported; flow incomplete')], \
        '年初数加新增不等于年末数，因为注销/减少未列出，不能据此判错'


@style('totals', 'neg_doc_codes', 'n')
def _n7(g, label):
    code = '91%d%s%s' % (g.ri(100000, 999999), ''.join(g.ch('0123456789') for _ in range(9)), g.ch('ABCDEFGHJK0123456789'))
    pno = '%d-%06d-%02d-%02d-%06d' % (g.year(), g.ri(100000, 999999), g.ri(1, 99), g.ri(1, 99), g.ri(1, 999999))
    doc = g.docno()
    core = g.ch(['根据《关于下达%d年第%s批重点项目计划的通知》（%s），%s（统一社会信用代码：%s）承建的项目已完成备案，项目代码%s。',
                 '按照%s文件要求，项目单位%s（信用代码%s）于%d月%d日取得立项批复，项目代码为%s。'])
    if core.startswith('根据'):
        core = core % (g.year(), cn_int(g.ri(1, 5)), doc, g.company(), code, pno)
    else:
        core = core % (doc, g.company(), code, g.ri(1, 12), g.ri(1, 28), pno)
    return wrap(g, 'gov', core), [chk_none([doc, code, pno], 'document number, credit code and project code')], \
        '文号、信用代码、项目代码中的数字不是数量'


@style('totals', 'neg_phone_dates', 'n')
def _n8(g, label):
    tel = '0%d-%d' % (g.ri(310, 999), g.ri(2000000, 8999999))
    mob = '1%d%d' % (g.ch([3, 5, 8]), g.ri(100000000, 999999999))
    y = g.year()
    m1, m2 = g.ri(1, 6), g.ri(7, 12)
    core = '受理时间：%d年%d月%d日至%d月%d日（工作日8:30—12:00，14:30—17:30）。咨询电话：%s；联系人：%s，手机%s。' % (
        y, m1, g.ri(1, 28), m2, g.ri(1, 28), tel, g.person(), mob)
    core = g.ch(['%s关于开展%s申报工作的通知\n' % (g.county() + g.ch(['人社局', '农业农村局', '民政局']),
                                            g.ch(['一次性创业补贴', '农机购置补贴', '高龄津贴'])), '']) + core
    return core, [chk_none([tel, mob], 'dates, office hours and phone numbers')], '日期、时间段和电话号码不是可核对的数量'


@style('totals', 'neg_ranges', 'n')
def _n9(g, label):
    a = g.ri(2, 5)
    b = a + g.ri(1, 4)
    n = g.ri(12, 90)
    lo, hi = g.ri(40, 70), g.ri(90, 140)
    core = g.ch(['全%s划分网格%d个，每个网格配备%d至%d名网格员，安置房户型面积为%d—%d平方米。',
                 '全%s共设置临时集中点%d个，每个点安排%d～%d名工作人员，单次服务时长%d—%d分钟。'])
    core = core % (g.ch(['镇', '街道', '乡']), n, a, b, lo, hi)
    tok = '%d至%d' % (a, b) if '至' in core else '%d～%d' % (a, b)
    return wrap(g, 'township', core), [chk_none([tok, '%d—%d' % (lo, hi)], 'ranges, not quantities to add')], \
        '区间写法（至、—、～）不是减法或加法'


@style('totals', 'neg_model_numbers', 'n')
def _n10(g, label):
    items = [('%s-%d型全自动生化分析仪' % (g.ch(['BS', 'AU', 'CL']), g.ri(200, 2000)), '台'),
             ('%d排螺旋CT' % g.ch([16, 32, 64, 128]), '台'),
             ('%s%d数字化X射线摄影系统' % (g.ch(['DR', 'DX']), g.ri(100, 900)), '套'),
             ('%s-%d型洒水车' % (g.ch(['CLW', 'HZZ', 'ZLJ']), g.ri(5000, 5999)), '辆'),
             ('%dkVA箱式变压器' % g.ch([315, 400, 630, 800]), '台')]
    sel = g.sample(items, g.ri(2, 3))
    qs = [g.ri(1, 6) for _ in sel]
    core = '%s采购%s，%s。' % (g.ch([g.county() + '人民医院', g.county() + '城管局', g.county() + '供电所']),
                             '、'.join('%s%d%s' % (n, q, u) for (n, u), q in zip(sel, qs)),
                             g.ch(['已完成验收并投入使用', '采购资金已全额支付', '设备运行良好']))
    return wrap(g, g.ch(['hospital', 'gov']), core), [chk_none([n for n, _ in sel], 'model numbers')], \
        '型号中的数字不是数量'


@style('totals', 'neg_ranks_years', 'n')
def _n11(g, label):
    y = g.year()
    n = g.ri(3, 8)
    r = g.ri(1, 5)
    tot = g.ri(8, 16)
    core = '%d—%d年连续%s年获评全省%s先进%s；在全市%d个县（市、区）%d年度综合考核中位列第%d名。' % (
        y - n + 1, y, cn_int(n) if g.p(0.5) else str(n), g.ch(['平安建设', '信访工作', '安全生产', '双拥模范']),
        g.ch(['单位', '县', '集体']), tot, y, r)
    return wrap(g, 'gov', core), [chk_none(['%d—%d' % (y - n + 1, y), '第%d名' % r], 'years and ranks')], \
        '年份区间、名次不是可加总的数量'


@style('totals', 'neg_slogan_formulas', 'n')
def _n12(g, label):
    f1 = g.ch(['“1+3+N”', '“5+2”', '“1+N”', '“3+X”', '“2+4+N”'])
    f2 = g.ch(['7×24小时', '“一中心四平台”', '“三个一”', '“双十”', '“五个一百”'])
    core = '%s探索建立%s基层治理模式，推行%s服务，12345热线、110报警台实现联动。' % (g.ch([g.county(), g.town()]), f1, f2)
    return wrap(g, 'township', core), [chk_none([f1, f2], 'slogans and formulas, not arithmetic')], \
        '口号式“1+3+N”“7×24”不是算式'


@style('totals', 'neg_cumulative_vs_annual', 'n')
def _n13(g, label):
    w = g.ch([('累计建成村级综合服务中心', '个', 30, 400), ('累计改造农村户厕', '座', 2000, 60000),
              ('累计建成高标准农田', '亩', 20000, 600000), ('累计培育家庭农场', '家', 80, 3000),
              ('累计发放创业担保贷款', '笔', 300, 9000)])
    W = g.mag(w[2], w[3])
    a = int(W * g.r.uniform(0.08, 0.35)) + 1
    g.pick_ns()
    core = '截至%d年底，全%s%s%s%s，其中%s%s%s%s。' % (g.year(), g.ch(['县', '区', '市']), w[0], g.n(W), w[1],
                                               g.ch(['今年', '当年', '本年度']), g.ch(['新建', '新增', '完成']), g.n(a), w[1])
    return wrap(g, 'agri', core), [chk_sum(g.n(W), [g.n(a)], mode='partial')], '累计数包含当年数，当年数只是其中一部分'


@style('totals', 'neg_etc_count', 'n')
def _n14(g, label):
    n = g.ri(5, 12)
    m = g.ri(2, min(4, n - 2))
    items = g.villages(m)
    num = str(n) if g.p(0.5) else cn_int(n)
    core = '%s覆盖%s等%s个村，%s。' % (g.ch(['项目', '自来水管网延伸工程', '光纤网络', '农村客运班线']), '、'.join(items), num,
                                  g.ch(['惠及群众数千人', '已全部完工', '群众反映良好']))
    return wrap(g, 'village', core), [{'rel': 'count', 'items': items, 'stated': num, 'mode': 'etc'}], \
        '“等N个”只举例列出部分名称'


@style('totals', 'neg_independent_figures', 'n')
def _n15(g, label):
    W = g.ri(50, 9000)
    a = round(g.r.uniform(1, 30), 1)
    b = g.ri(100, 6000)
    c = g.ri(2, 40)
    core = '%s投入资金%d万元，新建改建道路%s公里、桥梁%d座，惠及群众%d户。' % (when(g), W, a, c, b)
    return wrap(g, 'transport', core), [chk_none([str(W), str(a), str(b)], 'independent quantities in different units')], \
        '并列的不同指标，不构成加总关系'


@style('totals', 'neg_subset_attributes', 'n')
def _n16(g, label):
    d = g.ch([x for x in CNT if x['k'] in ('hotline', 'petition', 'envcase', 'dispatch', 'court')])
    W = g.mag(d['lo'], d['hi'])
    attrs = g.sample(['重复%s' % d['unit'], '涉企%s' % d['unit'], '夜间受理的', '涉及群体性的', '跨部门协调的', '上级督办的'],
                     g.ri(2, 3))
    vals = [int(W * g.r.uniform(0.05, 0.6)) for _ in attrs]
    g.pick_ns()
    core = '%s%s%s%s，其中%s。' % (org_of(g, d['org']), d['verb'], g.n(W), d['unit'],
                                 '，'.join('%s%s%s' % (a, g.n(v), d['unit']) for a, v in zip(attrs, vals)))
    return wrap(g, d['cat'], core), [chk_sum(g.n(W), [g.n(v) for v in vals], mode='overlap')], \
        '“其中”各项是不同属性的子集，可以相互重叠'


@style('totals', 'neg_per_unit_standard', 'n')
def _n17(g, label):
    w = g.ch([('城乡低保标准提高到每人每月%d元', '全年保障%d人', 'civil'), ('特困人员基本生活标准为每人每月%d元', '集中供养%d人', 'civil'),
              ('每名网格员每月补贴%d元', '全镇配备网格员%d名', 'township'), ('每亩补贴%d元', '惠及农户%d户', 'agri')])
    a, b = g.ri(120, 1200), g.ri(30, 9000)
    core = (w[0] % a) + '，' + (w[1] % b) + '。'
    return wrap(g, w[2], core), [chk_none([str(a), str(b)], 'standard per unit and a headcount; no total stated')], \
        '单位标准与人数并列，未给出总额，无从核对'


@style('totals', 'neg_approx_difference', 'n')
def _n18(g, label):
    d = g.ch([x for x in GRW if x['dec'] == 0])
    base = g.mag(d['lo'], d['hi'])
    cur = int(base * (1 + g.r.uniform(0.05, 0.4)))
    dv = cur - base
    a = approx_round(g, dv)
    if a is None or dv < 30:
        return _n18(g, label)
    v, qual, tpl = a
    shown = tpl.format(v=v, u=d['unit'])
    g.ns = ('', False)
    core = '%d年%s%d%s，上年为%d%s，增加%s。' % (g.year(), d['name'], cur, d['unit'], base, d['unit'], shown)
    return wrap(g, d['cat'], core), [{'rel': 'linear', 'terms': [['+', str(cur)], ['-', str(base)]], 'result': v,
                                      'mode': 'approx', 'qual': qual}], '增加额用概数表述（%s），不要求精确' % shown


@style('totals', 'neg_cumulative_periods', 'n')
def _n19(g, label):
    d = g.ch(MON)
    q1 = g.mag(d['lo'] // 4 + 1, d['hi'] // 4 + 2)
    h1 = q1 + int(q1 * g.r.uniform(0.8, 1.2))
    q3 = h1 + int(q1 * g.r.uniform(0.8, 1.2))
    g.pick_ns(allow_fw=False)
    core = '%s%s一季度完成%s万元，上半年完成%s万元，前三季度完成%s万元，%s。' % (
        org_of(g, d['org']), d['verb'], g.n(q1), g.n(h1), g.n(q3), g.ch(['均实现时间过半、任务过半', '逐季回升', '总体平稳']))
    return wrap(g, d['cat'], core), [chk_none([g.n(q1), g.n(h1), g.n(q3)], 'cumulative period totals nest; they are not parts')], \
        '一季度、上半年、前三季度是逐期累计数，相互包含，不能相加'


# =====================================================================================================
# Part 7.  Family `pct`
# =====================================================================================================

def rate_setup(g, label, d=None, dec=None, rl=None, rh=None, **kw):
    d = d or g.ch(RATES)
    den, num = rate_pick(g, d, rl=rl, rh=rh)
    dec = g.ch([0, 1, 1, 2, 2]) if dec is None else dec
    r, N, Dn, note = rate_case(g, label, num, den, dec, **kw)
    return d, N, Dn, r, dec, note


def da(g):
    return g.ch(['达', '为', '达到', '', '达到了'])


@style('pct', 'rate_own_num_den')
def _p1(g, label):
    d, N, Dn, r, dec, note = rate_setup(g, label)
    g.pick_ns()
    rs = g.pctf(r, dec, g.pct_form())
    u = d['unit']
    core = '%s%s%s%s%s，%s%s%s，%s%s%s。' % (when(g), org_of(g, d['org']), d['den'], g.n(Dn), u, d['num'], g.n(N), u,
                                          d['rate'], da(g), rs)
    return wrap(g, d['cat'], core), [chk_pct(g.n(N), g.n(Dn), rs)], note


@style('pct', 'rate_first_then_slash_counts')
def _p2(g, label):
    d, N, Dn, r, dec, note = rate_setup(g, label)
    rs = g.pctf(r, dec)
    u = d['unit']
    core = '%s%s%s%s（%s%s/%s%s）。' % (org_of(g, d['org']), d['rate'], da(g), rs, d['num'].replace('表示', ''), N,
                                       d['den'], Dn)
    if g.p(0.5):
        core = '%s%s%s%s（%d/%d）。' % (org_of(g, d['org']), d['rate'], da(g), rs, N, Dn)
    return wrap(g, d['cat'], core), [chk_pct(str(N), str(Dn), rs)], note


@style('pct', 'rate_in_brackets_after_count')
def _p3(g, label):
    d, N, Dn, r, dec, note = rate_setup(g, label)
    g.pick_ns()
    rs = g.pctf(r, dec, g.pct_form())
    u = d['unit']
    lp, rp = g.ch([('（', '）'), ('(', ')'), ('，', '')])
    core = '%s%s%s%s%s，%s%s%s%s%s%s%s。' % (when(g), org_of(g, d['org']), d['den'], g.n(Dn), u, d['num'], g.n(N), u,
                                             lp, d['rate'], rs, rp)
    return wrap(g, d['cat'], core), [chk_pct(g.n(N), g.n(Dn), rs)], note


FOODS = ['食用农产品', '粮食加工品', '肉制品', '乳制品', '食用油', '饮料', '调味品', '酒类', '蔬菜制品', '餐饮具', '水产品']


@style('pct', 'pass_rate_inspection')
def _p4(g, label):
    den = g.mag(80, 6000)
    num = den - g.ri(0, max(1, den // 30))
    dec = g.ch([1, 2, 2])
    r, N, Dn, note = rate_case(g, label, num, den, dec)
    rs = g.pctf(r, dec)
    item = g.ch(FOODS)
    core = '%s%s完成%s监督抽检%d批次，检验合格%d批次，合格率%s。' % (when(g), g.county() + '市场监管局', item, Dn, N, rs)
    return wrap(g, 'market', core), [chk_pct(str(N), str(Dn), rs)], note


@style('pct', 'fail_rate_complement')
def _p5(g, label):
    den = g.mag(100, 6000)
    bad = g.ri(1, max(2, den // 20))
    dec = g.ch([1, 2, 2])
    r, N, Dn, note = rate_case(g, label, bad, den, dec, kinds=('complement', 'complement', 'typo', 'swap', 'typo_num'),
                               cap100=True)
    rs = g.pctf(r, dec)
    core = '%s共抽检%s%d批次，检出不合格样品%d批次，不合格率为%s，%s。' % (
        when(g), g.ch(FOODS), Dn, N, rs, g.ch(['不合格产品已依法核查处置', '较上年有所下降', '主要问题为微生物污染和农药残留超标']))
    return wrap(g, 'market', core), [chk_pct(str(N), str(Dn), rs)], note


@style('pct', 'pass_rate_from_fail_count')
def _p6(g, label):
    den = g.mag(100, 6000)
    bad = g.ri(1, max(2, den // 25))
    dec = g.ch([1, 2])
    num = den - bad
    r, N, Dn, note = rate_case(g, label, num, den, dec, kinds=('typo', 'swap', 'complement'))
    if label == 'inconsistent' and g.p(0.3):
        r = 100 * 10 ** dec - rate_units(bad, den + bad, dec)
        note = '合格率按“合格数/（抽检数+不合格数）”错算'
    rs = g.pctf(r, dec)
    g.pick_ns()
    core = '%s抽检%s%s批次，其中不合格%s批次，合格率%s。' % (g.ch(['全年', '本季度', '上半年']), g.ch(FOODS), g.n(Dn), g.n(bad), rs)
    return wrap(g, 'market', core), [chk_pct([['+', g.n(Dn)], ['-', g.n(bad)]], g.n(Dn), rs)], note


@style('pct', 'coverage_villages')
def _p7(g, label):
    what = g.ch([('实现生活垃圾集中收运', '覆盖率'), ('建成村级综合服务站', '覆盖率'), ('通硬化路', '通达率'),
                 ('开通5G网络', '覆盖率'), ('建立村级调解组织', '覆盖率'), ('配备专职网格员', '配备率')])
    den = g.ri(40, 420)
    num = den - g.ri(0, den // 6)
    dec = g.ch([0, 1, 1, 2])
    r, N, Dn, note = rate_case(g, label, num, den, dec)
    rs = g.pctf(r, dec)
    core = '全%s%s个行政村中，已有%s个%s，%s%s%s。' % (g.ch(['县', '区', '市']), Dn, N, what[0], what[1], da(g), rs)
    return wrap(g, g.ch(['township', 'env', 'gov']), core), [chk_pct(str(N), str(Dn), rs)], note


@style('pct', 'completion_rate_over_100')
def _p8(g, label):
    task = g.ch([('招商引资到位资金', '万元'), ('城镇新增就业', '人'), ('造林绿化', '亩'), ('新增规上工业企业', '家'),
                 ('农村劳动力转移就业', '人'), ('农村户厕改造', '户'), ('高标准农田建设', '亩'), ('税收收入', '万元')])
    den = g.mag(50, 90000)
    num = int(den * g.r.uniform(0.8, 1.45))
    dec = g.ch([0, 1, 1, 2])
    r, N, Dn, note = rate_case(g, label, num, den, dec, kinds=('typo', 'swap', 'typo_num', 'typo_den'), cap100=False)
    g.pick_ns()
    rs = g.pctf(r, dec)
    core = '%s%s年度目标任务%s%s，实际完成%s%s，完成率%s%s。' % (when(g), task[0], g.n(Dn), task[1], g.n(N), task[1], rs,
                                                     '，超额完成任务' if N > Dn and g.p(0.5) else '')
    return wrap(g, 'gov', core), [chk_pct(g.n(N), g.n(Dn), rs)], note


@style('pct', 'budget_execution_rate')
def _p9(g, label):
    init = g.mag(500, 200000)
    adj = int(init * g.r.uniform(1.03, 1.4))
    spent = int(adj * g.r.uniform(0.72, 0.995))
    dec = g.ch([1, 2])
    r, N, Dn, note = rate_case(g, label, spent, adj, dec, other_den=init, kinds=('typo', 'swap', 'typo_num'))
    g.pick_ns(allow_fw=False)
    rs = g.pctf(r, dec)
    what = g.ch(['部门预算', '项目资金', '专项资金', '一般公共预算支出'])
    core = '%s%s年初预算%s万元，调整后预算%s万元，实际支出%s万元，预算执行率%s。' % (
        g.ch([g.county() + g.ch(['教育局', '卫健局', '农业农村局', '交通运输局']), g.town() + '人民政府']), what, g.n(init),
        g.n(Dn), g.n(N), rs)
    return wrap(g, 'audit', core), [chk_pct(g.n(N), g.n(Dn), rs)], note + '（执行率以调整后预算为分母）'


@style('pct', 'budget_pct_of_annual_budget')
def _p10(g, label):
    d = g.ch([m for m in MON if m['k'] in ('rev', 'tax', 'exp')])
    bud = g.mag(d['lo'], d['hi'])
    act = int(bud * g.r.uniform(0.85, 1.15))
    dec = 1
    r, N, Dn, note = rate_case(g, label, act, bud, dec, kinds=('typo', 'swap', 'typo_num'), cap100=False)
    g.pick_ns(allow_fw=False)
    rs = g.pctf(r, dec)
    core = '%s%s%s%s万元，为年初预算%s万元的%s。' % (g.ch(['全年', '%d年，全%s' % (g.year(), g.ch(['县', '区', '市']))]), d['verb'],
                                             g.ch(['完成', '实现', '']), g.n(N), g.n(Dn), rs)
    return wrap(g, 'budget', core), [chk_pct(g.n(N), g.n(Dn), rs)], note


@style('pct', 'share_zhan_single')
def _p11(g, label):
    d, names, parts = pick_cnt(g, kmin=3, kmax=5)
    W = sum(parts)
    j = g.ri(0, len(parts) - 1)
    dec = g.ch([1, 1, 2])
    r, N, Dn, note = rate_case(g, label, parts[j], W, dec, kinds=('typo', 'swap', 'typo_num'))
    g.pick_ns()
    rs = g.pctf(r, dec)
    u = d['unit']
    core = '%s%s%s%s%s，其中%s%s%s，占%s%s。' % (when(g), org_of(g, d['org']), d['verb'], g.n(Dn), u, names[j], g.n(N), u,
                                             g.ch(['', '总量的', '总数的', '全部的']), rs)
    return wrap(g, d['cat'], core), [chk_pct(g.n(N), g.n(Dn), rs)], note


@style('pct', 'share_zhan_multi_parts')
def _p12(g, label):
    d = g.ch([x for x in CNT if len(x['parts']) >= 4])
    K = len(d['parts'])
    parts = g.split(g.mag(d['lo'], d['hi']), K)
    W = sum(parts)
    idx = sorted(g.sample(range(K), g.ri(2, min(3, K - 1))))
    dec = g.ch([1, 2])
    bad = g.ch(idx) if label == 'inconsistent' else -1
    segs, checks, note = [], [], '各类占比计算相符'
    g.pick_ns()
    u = d['unit']
    for i in idx:
        r, N, Dn, nt = rate_case(g, 'inconsistent' if i == bad else 'consistent', parts[i], W, dec,
                                 kinds=('typo', 'swap', 'typo_num'))
        if i == bad:
            note = '“%s”：%s' % (d['parts'][i], nt)
        rs = g.pctf(r, dec)
        segs.append('%s%s%s、占%s' % (d['parts'][i], g.n(N), u, rs))
        checks.append(chk_pct(g.n(N), g.n(W), rs))
    core = '%s%s%s%s。从类别看，%s。' % (org_of(g, d['org']), d['verb'], g.n(W), u, '；'.join(segs))
    return wrap(g, d['cat'], core), checks, note


def shares_case(g, label, weights, dec, names):
    """shares (units) of a whole that sum to 100 within rounding; inconsistent: one share wrong"""
    tot = sum(weights)
    sh = [rnd(F(100) * w / tot, dec) for w in weights]
    if label != 'inconsistent':
        return sh, '各部分占比之和为100%（允许舍入误差）'
    j = g.ri(0, len(sh) - 1)
    k = g.ch(['typo', 'swap', 'stale'])
    if k == 'stale':
        v = sh[j] + g.ch([-1, 1]) * g.ri(2, 6) * 10 ** dec
        how = '未随其他项更新'
    else:
        v, how = slip(g, sh[j], (k,))
    out = list(sh)
    out[j] = max(0, v)
    return out, '“%s”占比%s，各项之和不为100%%' % (names[j], how)


@style('pct', 'shares_sum100_list')
def _p13(g, label):
    grp = g.ch([('从诉求渠道看', ['电话', '网络', '微信', '其他'], 'hotline'),
                ('从党员年龄结构看', ['35岁以下', '36至50岁', '51至60岁', '61岁以上'], 'party'),
                ('从党员学历结构看', ['研究生', '本科', '大专', '高中及以下'], 'party'),
                ('从案件类型看', ['民事', '刑事', '行政', '执行'], 'court'),
                ('从资金来源看', ['中央', '省级', '市县'], 'budget'),
                ('从投诉对象看', ['企业', '个体工商户', '机关事业单位', '其他'], 'market')])
    lead, names, cat = grp
    dec = g.ch([1, 1, 2, 0])
    w = [g.ri(5, 100) for _ in names]
    sh, note = shares_case(g, label, w, dec, names)
    strs = [g.pctf(v, dec) for v in sh]
    core = '%s，%s。' % (lead, '，'.join('%s占%s' % (n, s) for n, s in zip(names, strs)))
    core = '%s%s' % (g.ch(['', when(g)]), core)
    return wrap(g, cat, core), [{'rel': 'sum100', 'shares': strs}], note


@style('pct', 'industry_structure_ratio')
def _p14(g, label):
    dec = 1
    w = [g.ri(30, 200), g.ri(250, 600), g.ri(300, 700)]
    sh, note = shares_case(g, label, w, dec, ['第一产业', '第二产业', '第三产业'])
    strs = [fnum(v, dec) for v in sh]
    y = g.year()
    core = '%s全年地区生产总值中，三次产业结构调整为%s，%s。' % (g.ch([g.county(), '全' + g.ch(['县', '区', '市'])]),
                                                 g.ch([':', '∶', '：']).join(strs), g.ch(['产业结构持续优化', '第三产业比重继续提高',
                                                                                       '经济结构进一步优化']))
    return wrap(g, 'stat', core), [{'rel': 'sum100', 'shares': strs}], note


@style('pct', 'satisfaction_levels_sum100')
def _p15(g, label):
    n = g.mag(200, 20000)
    names = ['满意', '基本满意', '不满意']
    w = [int(n * g.r.uniform(0.6, 0.9)), int(n * g.r.uniform(0.05, 0.2)), int(n * g.r.uniform(0.005, 0.05)) + 1]
    dec = g.ch([1, 2])
    sh, note = shares_case(g, label, w, dec, names)
    strs = [g.pctf(v, dec) for v in sh]
    core = '%s对%s件已办结诉求进行回访，其中%s。' % (g.ch([g.city() + '12345热线', '热线办', '区长热线']), g.n(n, 0, ('', False)),
                                       '，'.join('%s%s' % (nm, s) for nm, s in zip(names, strs)))
    return wrap(g, 'hotline', core), [{'rel': 'sum100', 'shares': strs}], note


def grow_vals(g, d, label, dec=None):
    dec = d['dec'] if dec is None else dec
    base = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    rate = g.r.uniform(d['gl'], d['gh'])
    cur = max(1, int(round(base * (1 + rate / 100))))
    if cur == base:
        cur += 1
    return base, cur, dec


@style('pct', 'growth_tongbi_with_base')
def _p16(g, label):
    d = g.ch(GRW)
    base, cur, dec = grow_vals(g, d, label)
    gd = g.ch([1, 1, 2])
    u, dr, note = growth_case(g, label, F(base, 10 ** dec), F(cur, 10 ** dec), gd)
    g.pick_ns(allow_fw=False)
    f = lambda v: g.n(v, dec)
    cs = g.pctf(u, gd)
    word = {'up': g.ch(['同比增长', '增长', '比上年增长']), 'down': g.ch(['同比下降', '下降', '比上年下降'])}[dr]
    core = '%d年%s%s%s，%s%s（上年为%s%s）。' % (g.year(), d['name'], f(cur), d['unit'], word, cs, f(base), d['unit'])
    return wrap(g, d['cat'], core), [chk_growth(f(base), f(cur), cs, dr)], note


DECLINERS = [x for x in GRW if x['k'] in ('petition', 'accidents', 'fires', 'pm25', 'births')]


@style('pct', 'growth_down_from_to')
def _p17(g, label):
    d = g.ch(DECLINERS)
    dec = d['dec']
    base = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    cur = int(base * g.r.uniform(0.62, 0.97))
    gd = g.ch([1, 1, 2])
    u, dr, note = growth_case(g, label, F(base), F(cur), gd, kinds=('typo', 'swap', 'reverse', 'wrong_base'))
    f = lambda v: fnum(v, dec)
    cs = g.pctf(u, gd)
    word = '下降' if dr == 'down' else '增长'
    y = g.year()
    core = '%d年%s为%s%s，%d年%s至%s%s，%s%s。' % (y - 1, d['name'], f(base), d['unit'], y, g.ch(['降', '下降', '减少']), f(cur),
                                            d['unit'], g.ch(['同比', '']) + word, cs)
    return wrap(g, d['cat'], core), [chk_growth(f(base), f(cur), cs, dr)], note


@style('pct', 'growth_zengfu_jiangfu')
def _p18(g, label):
    d = g.ch(GRW)
    base, cur, dec = grow_vals(g, d, label)
    gd = g.ch([1, 2])
    u, dr, note = growth_case(g, label, F(base), F(cur), gd, kinds=('typo', 'swap', 'reverse', 'wrong_base'))
    f = lambda v: fnum(v, dec)
    cs = g.pctf(u, gd)
    word = '增幅' if dr == 'up' else '降幅'
    core = '%s%s完成%s%s，上年同期为%s%s，%s%s。' % (g.ch(['1—%d月，' % g.ri(3, 11), '上半年，', '前三季度，', '全年']), d['name'],
                                             f(cur), d['unit'], f(base), d['unit'], word, cs)
    return wrap(g, d['cat'], core), [chk_growth(f(base), f(cur), cs, dr)], note


@style('pct', 'growth_table_rows')
def _p19(g, label):
    rows = g.sample(GRW, g.ri(3, 5))
    y = g.year()
    bad = g.ri(0, len(rows) - 1) if label == 'inconsistent' else -1
    md = g.p(0.5)
    head = ['指标', '单位', '%d年' % (y - 1), '%d年' % y, '增长（%）']
    lines = ['| ' + ' | '.join(head) + ' |', '|---|---|---:|---:|---:|'] if md else ['\t'.join(head)]
    checks, note = [], '各行增长率相符'
    for i, d in enumerate(rows):
        base, cur, dec = grow_vals(g, d, label)
        u, dr, nt = growth_case(g, 'inconsistent' if i == bad else 'consistent', F(base), F(cur), 1,
                                kinds=('typo', 'swap', 'reverse', 'wrong_base'))
        if i == bad:
            note = '“%s”：%s' % (d['name'], nt)
        cs = fnum(u, 1) if dr == 'up' else g.ch(['-', '−', '－']) + fnum(u, 1)
        cells = [d['name'], d['unit'], fnum(base, dec), fnum(cur, dec), cs]
        lines.append(('| ' + ' | '.join(cells) + ' |') if md else '\t'.join(cells))
        checks.append(chk_growth(cells[2], cells[3], cs, 'up'))
    core = '%s%d年主要经济社会指标\n' % (g.county(), y) + '\n'.join(lines)
    return core, checks, note, 0.0


@style('pct', 'growth_wan_to_yi_mixed')
def _p20(g, label):
    base_w = g.ri(5200, 9800)                          # 万元
    cur_w = int(base_w * g.r.uniform(1.06, 1.6))
    if cur_w < 10000:
        cur_w = 10000 + g.ri(0, 3000)
    gd = 1
    u, dr, note = growth_case(g, label, F(base_w), F(cur_w), gd, kinds=('typo', 'swap', 'wrong_base', 'ratio'))
    cy = fnum(rnd(F(cur_w, 10000), 2), 2) + '亿'
    bw = fnum(base_w, 0, g.ch(['', ','])) + '万'
    cs = g.pctf(u, gd)
    name = g.ch(['村集体经济总收入', '招商引资到位资金', '重点项目完成投资', '文旅消费总额', '农产品电商销售额'])
    core = '%s%s由上年的%s元增加到%s元，增长%s。' % (g.ch([g.county(), g.town()]), name, bw, cy, cs)
    return wrap(g, g.ch(['gov', 'township']), core), [chk_growth(bw, cy, cs, dr)], note


@style('pct', 'growth_negative_sign')
def _p21(g, label):
    d = g.ch(GRW)
    dec = d['dec']
    base = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    cur = int(base * g.r.uniform(0.8, 0.985))
    gd = 1
    true = (F(cur) / F(base) - 1) * 100
    u = rnd(-true, gd)
    note = '负增长写作“增长-x%”，数值相符'
    sign = g.ch(['-', '-', '－', '−'])
    cs = sign + fnum(u, gd) + '%'
    if label == 'inconsistent':
        k = g.ch(['drop', 'typo', 'swap'])
        if k == 'drop':
            cs = fnum(u, gd) + '%'
            note = '漏写负号：实际为负增长'
        else:
            v, how = slip(g, u, (k,))
            cs = sign + fnum(v, gd) + '%'
            note = '增速%s' % how
    f = lambda v: fnum(v, dec)
    core = '%s%s%s%s，%s%s（上年%s%s）。' % (g.ch(['全年', '1—%d月' % g.ri(3, 11)]), d['name'], f(cur), d['unit'],
                                         g.ch(['增长', '同比增长', '增速为']), cs, f(base), d['unit'])
    return wrap(g, d['cat'], core), [chk_growth(f(base), f(cur), cs, 'up')], note


@style('pct', 'growth_bfz_chinese')
def _p22(g, label):
    d = g.ch([x for x in GRW if x['gh'] > 5])
    dec = d['dec']
    base = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    cur = int(base * g.r.uniform(1.02, 1.3))
    gd = 1
    u, dr, note = growth_case(g, label, F(base), F(cur), gd, kinds=('typo', 'swap', 'wrong_base'))
    cs = g.pctf(u, gd, 'bfz')
    f = lambda v: fnum(v, dec)
    vb = '为' if d['unit'] in ('起', '件', '人') else g.ch(['达到', '为', '实现'])
    core = '%s%s%s，较上年的%s%s增长了%s。' % (d['name'], vb + f(cur), d['unit'], f(base), d['unit'], cs)
    return wrap(g, d['cat'], core), [chk_growth(f(base), f(cur), cs, dr)], note


def pp_case(g, label, a, b, dec, kinds=('typo', 'swap', 'reverse', 'relative')):
    """a, b: rate units (dec decimals).  returns stated pp units, dir, note"""
    dv = b - a
    dr = 'up' if dv >= 0 else 'down'
    if label != 'inconsistent':
        return abs(dv), dr, '百分点差值相符'
    k = g.ch(kinds)
    if k == 'reverse' and dv:
        return abs(dv), 'down' if dr == 'up' else 'up', '升降方向写反'
    if k == 'relative' and a:
        v = rnd(abs(F(b, a) - 1) * 100, dec)
        return v, dr, '把相对变化率（%s%%）当作百分点' % fnum(v, dec)
    v, how = slip(g, abs(dv), ('swap',) if k == 'swap' else ('typo',))
    return v, dr, '百分点数%s：应为%s' % (how, fnum(abs(dv), dec))


PP_RATES = ['森林覆盖率', '城镇化率', '城市生活污水集中收集率', '农村自来水普及率', '义务教育巩固率', '高中阶段毛入学率',
            '城乡居民医保参保率', '一次性办结率', '网上可办率', '地表水优良水体比例', '城市绿化覆盖率', '规上工业企业研发机构覆盖率']


@style('pct', 'pp_tigao_from_to')
def _p23(g, label):
    dec = g.ch([1, 1, 2])
    a = g.ri(30 * 10 ** dec, 90 * 10 ** dec)
    b = a + g.ri(3, 60) * 10 ** (dec - 1)
    st, dr, note = pp_case(g, label, a, b, dec)
    as_, bs = g.pctf(a, dec), g.pctf(b, dec)
    ss = fnum(st, dec)
    verb = '提高' if dr == 'up' else '下降'
    core = '%s%s由%s%s到%s，%s%s个百分点。' % (g.ch([g.county(), '全' + g.ch(['县', '区', '市'])]), g.ch(PP_RATES), as_,
                                         g.ch(['提高', '提升', '上升']), bs, verb, ss)
    return wrap(g, g.ch(['gov', 'env', 'stat']), core), [chk_pp(as_, bs, ss, dr)], note


@style('pct', 'pp_xiajiang_from_to')
def _p24(g, label):
    dec = g.ch([1, 2])
    what = g.ch(['城镇调查失业率', '婴儿死亡率', '贫困发生率', '重复来电率', '案件发回改判率', '不合格率', '产品返修率', '综合能耗下降率'])
    a = g.ri(2 * 10 ** dec, 25 * 10 ** dec)
    b = max(1, a - g.ri(2, 40) * 10 ** (dec - 1))
    st, dr, note = pp_case(g, label, a, b, dec)
    as_, bs = g.pctf(a, dec), g.pctf(b, dec)
    ss = fnum(st, dec)
    verb = '下降' if dr == 'down' else '上升'
    core = '%s从上年的%s降至%s，%s%s个百分点。' % (what, as_, bs, verb, ss)
    return wrap(g, g.ch(['stat', 'hotline', 'court']), core), [chk_pp(as_, bs, ss, dr)], note


@style('pct', 'pp_vs_average')
def _p25(g, label):
    dec = 1
    avg = g.ri(600, 980)
    own = avg + g.ch([-1, 1]) * g.ri(3, 80)
    own = min(own, 1000)
    st, dr, note = pp_case(g, label, avg, own, dec, kinds=('typo', 'swap', 'reverse'))
    as_, os_ = g.pctf(avg, dec), g.pctf(own, dec)
    ss = fnum(st, dec)
    word = '高于' if dr == 'up' else '低于'
    what = g.ch(PP_RATES)
    core = '%s%s为%s，%s全%s平均水平（%s）%s个百分点。' % (g.county(), what, os_, word, g.ch(['省', '市']), as_, ss)
    return wrap(g, 'gov', core), [chk_pp(as_, os_, ss, dr)], note


@style('pct', 'pp_growth_speed_change')
def _p26(g, label):
    dec = 1
    a = g.ri(10, 150)
    b = max(1, a + g.ch([-1, 1]) * g.ri(2, 40))
    st, dr, note = pp_case(g, label, a, b, dec, kinds=('typo', 'swap', 'reverse'))
    as_, bs = g.pctf(a, dec), g.pctf(b, dec)
    ss = fnum(st, dec)
    word = g.ch(['加快', '提高']) if dr == 'up' else g.ch(['回落', '放缓'])
    d = g.ch([x for x in GRW if x['cat'] == 'stat'])
    core = '%s同比增长%s，增速比上年（%s）%s%s个百分点。' % (d['name'], bs, as_, word, ss)
    return wrap(g, 'stat', core), [chk_pp(as_, bs, ss, dr)], note


def ratio_case(g, label, true, dec, wrong=None):
    u = rnd(true, dec)
    if label != 'inconsistent':
        return u, '倍数/比值计算相符'
    if wrong is not None and g.p(0.45):
        return rnd(wrong, dec), '倍数口径混淆（“是……的N倍”与“增长N倍”）'
    v, how = slip(g, u)
    return v, '数值%s：应为%s' % (how, fnum(u, dec))


@style('pct', 'multiple_shi_shangnian_bei')
def _p27(g, label):
    d = g.ch(GRW)
    dec = d['dec']
    base = g.mag(d['lo'] * 10 ** dec, d['hi'] * 10 ** dec)
    cur = int(base * g.r.uniform(1.3, 5.0))
    rd = g.ch([1, 2])
    st, note = ratio_case(g, label, F(cur, base), rd, wrong=F(cur, base) - 1)
    f = lambda v: fnum(v, dec)
    ss = fnum(st, rd)
    core = '%s%s%s，是上年（%s%s）的%s倍。' % (d['name'], g.ch(['达到', '为']), f(cur) + d['unit'], f(base), d['unit'], ss)
    return wrap(g, d['cat'], core), [chk_ratio(f(cur), f(base), ss, 'times')], note


@style('pct', 'multiple_zengzhang_bei')
def _p28(g, label):
    what = g.ch([('电商交易额', '万元'), ('新能源汽车产量', '辆'), ('跨境电商进出口额', '万元'), ('民宿接待游客', '人次'),
                 ('光伏发电量', '万千瓦时'), ('直播带货销售额', '万元')])
    base = g.mag(100, 20000)
    cur = int(base * g.r.uniform(2.2, 6.0))
    rd = 1
    st, note = ratio_case(g, label, F(cur, base) - 1, rd, wrong=F(cur, base))
    ss = fnum(st, rd)
    g.pick_ns(allow_fw=False)
    core = '%s%s从%d年的%s%s增至%d年的%s%s，增长%s倍。' % (g.county(), what[0], g.year() - 1, g.n(base), what[1], g.year(),
                                                   g.n(cur), what[1], ss)
    return wrap(g, 'gov', core), [chk_ratio(g.n(cur), g.n(base), ss, 'increase_times')], note


AVG_CTX = [('发放%s%s万元，惠及%s人，人均%s元', ['高龄津贴', '困难群众救助金', '稳岗返还资金', '一次性生活补贴'], 'civil', 'p'),
           ('发放%s%s万元，涉及%s户，户均%s元', ['耕地地力保护补贴', '生态公益林补偿金', '产业奖补资金', '光伏收益分红'], 'agri', 'h'),
           ('兑现%s%s万元，覆盖%s名学生，生均%s元', ['营养改善计划补助', '助学金', '寄宿生生活补助'], 'school', 's')]


@style('pct', 'per_capita_from_total')
def _p29(g, label):
    tpl, items, cat, k = g.ch(AVG_CTX)
    n = g.mag(80, 30000)
    per = g.ri(30, 3000)
    tot_yuan = n * per + g.ri(0, n - 1)
    tw = rnd(F(tot_yuan, 10000), 2)
    true = F(tw * 100, n)
    st, note = ratio_case(g, label, true, 0)
    g.pick_ns(allow_fw=False)
    ws = fnum(tw, 2)
    core = tpl % (g.ch(items), ws, g.n(n), g.n(st))
    core = when(g) + core + '。'
    return wrap(g, cat, core), [chk_ratio(ws + '万', g.n(n), g.n(st), 'avg')], note


@style('pct', 'household_average_income')
def _p30(g, label):
    h = g.ri(20, 900)
    tot = g.ri(h * 200, h * 9000)        # 元
    dec = g.ch([0, 1])
    wan = rnd(F(tot, 10000), 2)
    st, note = ratio_case(g, label, F(wan * 100, h), dec)
    ws = fnum(wan, 2)
    core = '%s通过%s，带动%d户群众增收%s万元，户均增收%s元。' % (g.village(), g.ch(['发展食用菌种植', '光伏电站收益分配', '土地流转',
                                                                '乡村旅游合作社分红', '茶叶加工车间务工']), h, ws, fnum(st, dec))
    return wrap(g, 'poverty', core), [chk_ratio(ws + '万', str(h), fnum(st, dec), 'avg')], note


@style('pct', 'average_per_event')
def _p31(g, label):
    ev = g.ch([('开展“送戏下乡”演出', '场', '观众', '人次', '场均'), ('举办就业招聘会', '场', '参会求职者', '人次', '场均'),
               ('开展义诊活动', '次', '服务群众', '人次', '平均每次'), ('举办农技培训班', '期', '培训农民', '人次', '期均')])
    n = g.ri(6, 200)
    m = g.ri(n * 20, n * 600)
    dec = g.ch([0, 1])
    st, note = ratio_case(g, label, F(m, n), dec)
    g.pick_ns()
    core = '%s%s%d%s，%s%s%s，%s%s%s。' % (when(g), ev[0], n, ev[1], ev[2], g.n(m), ev[3], ev[4], fnum(st, dec), ev[3])
    return wrap(g, g.ch(['tourism', 'social', 'hospital']), core), [chk_ratio(g.n(m), str(n), fnum(st, dec), 'avg')], note


@style('pct', 'teacher_student_ratio')
def _p32(g, label):
    t = g.ri(30, 2000)
    s_ = int(t * g.r.uniform(9, 19))
    dec = g.ch([1, 2])
    st, note = ratio_case(g, label, F(s_, t), dec)
    core = '%s有专任教师%d人，在校学生%d人，师生比为1:%s。' % (g.ch([g.county() + '第一中学', g.county() + '实验小学',
                                                     '全' + g.ch(['县', '区']) + '义务教育阶段学校']), t, s_, fnum(st, dec))
    return wrap(g, 'school', core), [chk_ratio(str(s_), str(t), fnum(st, dec), 'avg')], note


@style('pct', 'per_mille_birth_death')
def _p33(g, label):
    pop = g.mag(80000, 2000000)
    which = g.ch([('出生人口', '出生率', 6, 12), ('死亡人口', '死亡率', 5, 9)])
    n = int(pop * g.r.uniform(which[2], which[3]) / 1000)
    dec = 2
    true = F(1000 * n, pop)
    u = rnd(true, dec)
    note = '千分率按人数/总人口计算相符'
    if label == 'inconsistent':
        k = g.ch(['typo', 'swap', 'pct'])
        if k == 'pct':
            u = rnd(F(100 * n, pop), dec)
            note = '把百分率数值写成了千分率'
        else:
            u, how = slip(g, u, (k,))
            note = '千分率%s' % how
    rs = fnum(u, dec) + '‰'
    g.pick_ns(allow_fw=False)
    core = '年末户籍总人口%s人，全年%s%s人，%s%s。' % (g.n(pop), which[0], g.n(n), which[1], rs)
    return wrap(g, 'stat', core), [chk_pct(g.n(n), g.n(pop), rs)], note


@style('pct', 'rate_bfz_chinese')
def _p34(g, label):
    d, N, Dn, r, dec, note = rate_setup(g, label, dec=g.ch([0, 1]))
    rs = g.pctf(r, dec, 'bfz')
    u = d['unit']
    core = '%s%s%d%s，%s%d%s，%s%s。' % (org_of(g, d['org']), d['den'], Dn, u, d['num'], N, u, d['rate'], g.ch(['达到', '为']) + rs)
    return wrap(g, d['cat'], core), [chk_pct(str(N), str(Dn), rs)], note


@style('pct', 'rate_fullwidth_digits')
def _p35(g, label):
    d, N, Dn, r, dec, note = rate_setup(g, label, dec=g.ch([1, 2]))
    g.ns = (g.ch(['', '，']), True)
    rs = g.pctf(r, dec, 'fw')
    u = d['unit']
    core = '%s%s%s%s，%s%s%s，%s%s。' % (org_of(g, d['org']), d['den'], g.n(Dn), u, d['num'], g.n(N), u, d['rate'], da(g) + rs)
    return wrap(g, d['cat'], core), [chk_pct(g.n(N), g.n(Dn), rs)], note, 0.0


@style('pct', 'rate_cheng')
def _p36(g, label):
    what = g.ch([('外出务工人员', '返乡创业', '人'), ('受访群众', '认为社区环境明显改善', '人'), ('参保人员', '选择较高缴费档次', '人'),
                 ('新增就业人员', '在本地就业', '人'), ('家庭农场', '实现盈利', '家')])
    den = g.mag(200, 50000)
    k = g.ri(2, 9)
    x = (k * 10 + g.r.uniform(-2.5, 2.5)) / 100
    num = int(den * x)
    note = '成数与实际比例相符（1成=10%）'
    shown = k
    if label == 'inconsistent':
        shown = k + g.ch([-3, -2, 2, 3])
        shown = max(1, min(9, shown))
        if abs(shown - k) < 2:
            shown = k - 2 if k > 3 else k + 2
        note = '成数与实际比例不符：实际约%d成' % k
    cs = cn_int(shown) + '成'
    g.pick_ns()
    core = '%s%s%s%s中，%s的有%s%s，占%s。' % (when(g), g.ch([g.county(), g.town()]), what[0], g.n(den) + what[2], what[1],
                                         g.n(num), what[2], cs)
    return wrap(g, 'township', core), [chk_pct(g.n(num), g.n(den), cs)], note


@style('pct', 'rate_table_markdown_rows')
def _p37(g, label):
    task = g.ch([('计划数（户）', '完成数（户）', '完成率'), ('应检（家）', '已检（家）', '检查率'), ('受理（件）', '办结（件）', '办结率'),
                 ('目标人数', '接种人数', '接种率')])
    nrow = g.ri(3, 5)
    rows = g.towns(nrow)
    bad = g.ri(0, nrow - 1) if label == 'inconsistent' else -1
    dec = g.ch([1, 2])
    md = g.p(0.6)
    lines = ['| 单位 | %s | %s | %s |' % task, '|---|---:|---:|---:|'] if md else ['单位\t%s\t%s\t%s' % task]
    checks, note = [], '各行比率相符'
    for i, rname in enumerate(rows):
        den = g.ri(40, 3000)
        num = den - g.ri(0, den // 8)
        r, N, Dn, nt = rate_case(g, 'inconsistent' if i == bad else 'consistent', num, den, dec)
        if i == bad:
            note = '%s一行：%s' % (rname, nt)
        rs = g.pctf(r, dec)
        cells = [rname, str(Dn), str(N), rs]
        lines.append(('| ' + ' | '.join(cells) + ' |') if md else '\t'.join(cells))
        checks.append(chk_pct(str(N), str(Dn), rs))
    core = '%s分乡镇完成情况\n' % g.county() + '\n'.join(lines)
    return core, checks, note, 0.0


@style('pct', 'rate_den_in_earlier_paragraph')
def _p38(g, label):
    d, N, Dn, r, dec, note = rate_setup(g, label)
    g.pick_ns()
    rs = g.pctf(r, dec, g.pct_form())
    u = d['unit']
    org = org_of(g, d['org'])
    p1 = '%s%s%s%s%s。' % (when(g), org, d['den'], g.n(Dn), u)
    mid = _fill(g, g.ch([x for x in _CTX.get(d['cat'], _CTX['gov']).split('\n') if not x.startswith('+')]), org)
    p3 = '%s%s%s%s%s，%s%s。' % (g.ch(['截至目前，', '截至年底，', '经核查，', '']), g.ch(['已', '']), d['num'], g.n(N), u,
                                d['rate'], da(g) + rs)
    return '\n'.join([p1, mid, p3]), [chk_pct(g.n(N), g.n(Dn), rs)], note


@style('pct', 'two_stage_banjie_manyi')
def _p39(g, label):
    den = g.mag(2000, 90000)
    done = den - g.ri(0, den // 40)
    visited = int(done * g.r.uniform(0.3, 0.9))
    sat = visited - g.ri(0, visited // 12)
    bad = g.ch([0, 1]) if label == 'inconsistent' else -1
    r1, a, b, n1 = rate_case(g, 'inconsistent' if bad == 0 else 'consistent', done, den, 2,
                             kinds=('typo', 'swap', 'complement'))
    r2, c, d_, n2 = rate_case(g, 'inconsistent' if bad == 1 else 'consistent', sat, visited, 2,
                              kinds=('typo', 'swap'), other_den=done)
    g.pick_ns()
    s1, s2 = g.pctf(r1, 2), g.pctf(r2, 2)
    core = '%s热线受理诉求%s件，办结%s件，办结率%s；回访%s件，群众满意%s件，满意率%s。' % (
        when(g), g.n(b), g.n(a), s1, g.n(d_), g.n(c), s2)
    note = {0: '办结率：' + n1, 1: '满意率：' + n2}.get(bad, '办结率、满意率均相符')
    return wrap(g, 'hotline', core), [chk_pct(g.n(a), g.n(b), s1), chk_pct(g.n(c), g.n(d_), s2)], note


@style('pct', 'rate_wan_units')
def _p40(g, label):
    what = g.ch([('应参保人数', '实际参保', '参保率', '万人', 'social'), ('污水产生量', '集中处理', '集中处理率', '万吨', 'env'),
                 ('秸秆可收集量', '综合利用', '综合利用率', '万吨', 'agri'), ('畜禽粪污产生量', '资源化利用', '资源化利用率', '万吨', 'agri')])
    den = g.ri(500, 90000)          # 0.01 units
    num = int(den * g.r.uniform(0.85, 0.99))
    dec = 1
    r, N, Dn, note = rate_case(g, label, num, den, dec, kinds=('typo', 'swap', 'complement'))
    ns_, ds_ = fnum(N, 2), fnum(Dn, 2)
    rs = g.pctf(r, dec)
    core = '%s%s%s%s，%s%s%s，%s%s。' % (g.county(), what[0], ds_, what[3], what[1], ns_, what[3], what[2], da(g) + rs)
    return wrap(g, what[4], core), [chk_pct(ns_ + '万', ds_ + '万', rs)], note


@style('pct', 'election_turnout_and_vote_share')
def _p41(g, label):
    reg = g.ri(800, 9000)
    vote = reg - g.ri(reg // 60, reg // 12)
    cand = g.person()
    got = int(vote * g.r.uniform(0.55, 0.95))
    bad = g.ch([0, 1]) if label == 'inconsistent' else -1
    r1, a, b, n1 = rate_case(g, 'inconsistent' if bad == 0 else 'consistent', vote, reg, 2, kinds=('typo', 'swap'))
    r2, c, d_, n2 = rate_case(g, 'inconsistent' if bad == 1 else 'consistent', got, vote, 2, kinds=('typo', 'swap'),
                              other_den=reg)
    s1, s2 = g.pctf(r1, 2), g.pctf(r2, 2)
    core = '%s登记选民%d人，参加投票%d人，参选率%s。%s获得%d票，得票率%s，当选为%s。' % (
        g.village(), b, a, s1, cand, c, s2, g.ch(['村民委员会主任', '县人大代表', '镇人大代表']))
    note = {0: '参选率：' + n1, 1: '得票率：' + n2}.get(bad, '参选率、得票率均相符（得票率以参加投票人数为分母）')
    return wrap(g, 'election', core), [chk_pct(str(a), str(b), s1), chk_pct(str(c), str(a), s2)], note


@style('pct', 'forest_coverage_area')
def _p42(g, label):
    area = g.ri(30000, 600000)         # 0.01 km2
    fa = int(area * g.r.uniform(0.3, 0.8))
    dec = 2
    r, N, Dn, note = rate_case(g, label, fa, area, dec, kinds=('typo', 'swap', 'typo_num'))
    rs = g.pctf(r, dec)
    core = '%s国土面积%s平方公里，其中森林面积%s平方公里，森林覆盖率%s。' % (g.county(), fnum(Dn, 2), fnum(N, 2), rs)
    return wrap(g, 'forest', core), [chk_pct(fnum(N, 2), fnum(Dn, 2), rs)], note


@style('pct', 'share_of_expenditure_yi')
def _p43(g, label):
    tot = g.ri(2000, 90000)            # 0.01 亿
    part = int(tot * g.r.uniform(0.55, 0.85))
    dec = 1
    r, N, Dn, note = rate_case(g, label, part, tot, dec, kinds=('typo', 'swap', 'complement'))
    rs = g.pctf(r, dec)
    core = '全年一般公共预算支出%s亿元，其中民生支出%s亿元，占比%s。' % (fnum(Dn, 2), fnum(N, 2), rs)
    if g.p(0.5):
        core = '民生支出%s亿元，占一般公共预算支出（%s亿元）的%s。' % (fnum(N, 2), fnum(Dn, 2), rs)
    return wrap(g, 'budget', core), [chk_pct(fnum(N, 2), fnum(Dn, 2), rs)], note


@style('pct', 'bed_occupancy')
def _p44(g, label):
    beds = g.ri(100, 1500)
    days = 365
    open_ = beds * days
    used = int(open_ * g.r.uniform(0.7, 1.05))
    dec = 2
    r, N, Dn, note = rate_case(g, label, used, open_, dec, kinds=('typo', 'swap', 'typo_num'), cap100=False)
    rs = g.pctf(r, dec)
    core = '%s实际开放总床日数%d，实际占用总床日数%d，病床使用率%s。' % (g.county() + '人民医院', Dn, N, rs)
    return wrap(g, 'hospital', core), [chk_pct(str(N), str(Dn), rs)], note


@style('pct', 'growth_two_sentences')
def _p45(g, label):
    d = g.ch(GRW)
    base, cur, dec = grow_vals(g, d, label)
    gd = g.ch([1, 2])
    u, dr, note = growth_case(g, label, F(base), F(cur), gd, kinds=('typo', 'swap', 'reverse', 'wrong_base'))
    f = lambda v: fnum(v, dec)
    cs = g.pctf(u, gd)
    y = g.year()
    m = g.ri(3, 11)
    p1 = '%d年1—%d月，全%s%s为%s%s。' % (y - 1, m, g.ch(['县', '区', '市']), d['name'], f(base), d['unit'])
    p2 = '今年同期，%s%s%s%s，同比%s%s。' % (d['name'], g.ch(['达到', '为', '完成']), f(cur), d['unit'], '增长' if dr == 'up' else '下降', cs)
    return wrap(g, d['cat'], p1 + g.ch(['', '\n']) + p2, pre=0.3), [chk_growth(f(base), f(cur), cs, dr)], note


@style('pct', 'pp_rates_from_counts_two_years')
def _p46(g, label):
    d = g.ch(RATES)
    y = g.year()
    dec = 1
    den1 = g.mag(d['lo'], d['hi'])
    den2 = int(den1 * g.r.uniform(0.9, 1.2))
    x1 = g.r.uniform(d['rl'], min(99, d['rh']))
    num1 = int(den1 * x1 / 100)
    num2 = min(den2 - 1, int(den2 * min(99.5, x1 + g.r.uniform(0.5, 6)) / 100))
    r1, r2 = rate_units(num1, den1, dec), rate_units(num2, den2, dec)
    bad = g.ch(['r1', 'r2', 'pp']) if label == 'inconsistent' else None
    note = '两年比率及百分点差均相符'
    if bad == 'r1':
        r1b, how = slip(g, r1)
        note = '%d年比率%s' % (y - 1, how)
    else:
        r1b = r1
    if bad == 'r2':
        r2b, how = slip(g, r2)
        note = '%d年比率%s' % (y, how)
    else:
        r2b = r2
    # a mistyped rate is carried into the stated percentage-point change, so the record keeps a single defect
    pp = r2b - r1b
    ppdir = 'up' if pp >= 0 else 'down'
    if bad == 'pp':
        pv, how = slip(g, abs(pp))
        note = '百分点差%s' % how
        pp = pv if pp >= 0 else -pv
    s1, s2 = g.pctf(r1b, dec), g.pctf(r2b, dec)
    ps = fnum(abs(pp), dec)
    u = d['unit']
    core = '%d年%s%d%s，%s%d%s，%s%s；%d年%s%d%s，%s%d%s，%s%s，比上年%s%s个百分点。' % (
        y - 1, d['den'], den1, u, d['num'], num1, u, d['rate'], s1, y, d['den'], den2, u, d['num'], num2, u, d['rate'], s2,
        '提高' if ppdir == 'up' else '下降', ps)
    checks = [chk_pct(str(num1), str(den1), s1), chk_pct(str(num2), str(den2), s2), chk_pp(s1, s2, ps, ppdir)]
    return wrap(g, d['cat'], core), checks, note


@style('pct', 'excess_completion_pct')
def _p47(g, label):
    task = g.ch([('粮食播种面积', '万亩', 2, 5, 150), ('招商引资到位资金', '亿元', 2, 3, 300), ('城镇新增就业', '人', 0, 800, 30000),
                 ('税收收入', '万元', 0, 8000, 600000), ('造林绿化', '亩', 0, 2000, 90000)])
    dec = task[2]
    plan = g.mag(task[3] * 10 ** dec, task[4] * 10 ** dec)
    act = int(plan * g.r.uniform(1.02, 1.4))
    gd = 1
    u, dr, note = growth_case(g, label, F(plan), F(act), gd, kinds=('typo', 'swap', 'wrong_base', 'ratio'))
    cs = g.pctf(u, gd)
    f = lambda v: fnum(v, dec)
    core = '%s计划%s%s，实际完成%s%s，超计划%s。' % (task[0], f(plan), task[1], f(act), task[1], cs)
    if g.p(0.5):
        core = '%s实际完成%s%s，超额完成年度计划（%s%s）的%s。' % (task[0], f(act), task[1], f(plan), task[1], cs)
    return wrap(g, 'gov', core), [chk_growth(f(plan), f(act), cs, dr)], note


@style('pct', 'rate_first_counts_after')
def _p48(g, label):
    den = g.mag(200, 8000)
    bad = g.ri(1, max(2, den // 30))
    num = den - bad
    dec = g.ch([1, 2])
    r, N, Dn, note = rate_case(g, label, num, den, dec, kinds=('typo', 'swap', 'complement'))
    rs = g.pctf(r, dec)
    what = g.ch([('农产品质量安全抽检合格率', '抽检农产品', '个', '不合格'), ('饮用水水质达标率', '检测水样', '份', '不达标'),
                 ('建设工程质量验收合格率', '验收单位工程', '个', '不合格'), ('特种设备定期检验合格率', '检验特种设备', '台', '不合格')])
    core = '%s为%s。全年共%s%d%s，其中%s%d%s，%s。' % (what[0], rs, what[1], den, what[2], what[3], bad, what[2],
                                              g.ch(['均已督促整改', '已全部依法处置', '已移交有关部门处理']))
    return wrap(g, g.ch(['agri', 'market', 'housing']), core), [chk_pct([['+', str(den)], ['-', str(bad)]], str(den), rs)], note


@style('pct', 'rate_with_decoy_base')
def _p49(g, label):
    ent = g.ri(80, 3000)
    found = int(ent * g.r.uniform(0.8, 3.0))
    fixed = found - g.ri(0, found // 10)
    dec = g.ch([1, 2])
    r, N, Dn, note = rate_case(g, label, fixed, found, dec, other_den=ent, kinds=('typo', 'swap'))
    rs = g.pctf(r, dec)
    g.pick_ns()
    core = '%s共检查%s%s家次，发现各类隐患%s处，已整改%s处，整改率%s。' % (
        when(g), g.ch(['生产经营单位', '企业', '九小场所', '在建工地']), g.n(ent), g.n(Dn), g.n(N), rs)
    return wrap(g, 'safety', core), [chk_pct(g.n(N), g.n(Dn), rs)], note + '（整改率以发现隐患数为分母，不以检查家次为分母）'


@style('pct', 'sex_ratio_per100')
def _p50(g, label):
    f_ = g.mag(5000, 900000)
    m = int(f_ * g.r.uniform(0.98, 1.12))
    dec = 2
    st, note = ratio_case(g, label, F(100 * m, f_), dec)
    g.pick_ns()
    core = '%s常住人口中，男性%s人，女性%s人，总人口性别比为%s（以女性为100）。' % (g.county(), g.n(m), g.n(f_), fnum(st, dec))
    return wrap(g, 'stat', core), [chk_ratio(g.n(m), g.n(f_), fnum(st, dec), 'per100')], note


@style('pct', 'population_density')
def _p51(g, label):
    pop = g.ri(500, 20000)        # 0.01 万人
    area = g.ri(300, 9000)
    dec = 0
    st, note = ratio_case(g, label, F(pop * 100, area), dec)
    ps = fnum(pop, 2) + '万'
    core = '%s总面积%d平方公里，常住人口%s人，人口密度为%s人/平方公里。' % (g.county(), area, ps, fnum(st, dec))
    return wrap(g, 'stat', core), [chk_ratio(ps, str(area), fnum(st, dec), 'avg')], note


@style('pct', 'growth_multi_items')
def _p52(g, label):
    rows = g.sample([x for x in GRW if x['cat'] in ('stat', 'budget', 'tourism', 'agri')], g.ri(2, 3))
    y = g.year()
    bad = g.ri(0, len(rows) - 1) if label == 'inconsistent' else -1
    segs, checks, note = [], [], '各项增速相符'
    for i, d in enumerate(rows):
        base, cur, dec = grow_vals(g, d, label)
        u, dr, nt = growth_case(g, 'inconsistent' if i == bad else 'consistent', F(base), F(cur), 1,
                                kinds=('typo', 'swap', 'reverse'))
        if i == bad:
            note = '“%s”：%s' % (d['name'], nt)
        f = lambda v: fnum(v, dec)
        cs = fnum(u, 1) + '%'
        segs.append('%s%s%s（上年%s%s），%s%s' % (d['name'], f(cur), d['unit'], f(base), d['unit'],
                                              '增长' if dr == 'up' else '下降', cs))
        checks.append(chk_growth(f(base), f(cur), cs, dr))
    core = '%d年，%s。' % (y, '；'.join(segs))
    return wrap(g, 'stat', core), checks, note


@style('pct', 'rate_month_table_tab')
def _p53(g, label):
    ms = g.sample(range(1, 13), g.ri(3, 4))
    ms.sort()
    bad = g.ri(0, len(ms) - 1) if label == 'inconsistent' else -1
    lines = ['月份\t受理量\t按时办结量\t按时办结率']
    checks, note = [], '各月比率相符'
    for i, mth in enumerate(ms):
        den = g.ri(300, 9000)
        num = den - g.ri(0, den // 15)
        r, N, Dn, nt = rate_case(g, 'inconsistent' if i == bad else 'consistent', num, den, 1)
        if i == bad:
            note = '%d月：%s' % (mth, nt)
        rs = g.pctf(r, 1)
        lines.append('%d月\t%d\t%d\t%s' % (mth, Dn, N, rs))
        checks.append(chk_pct(str(N), str(Dn), rs))
    core = '%s热线%d年分月办理情况\n' % (g.city(), g.year()) + '\n'.join(lines)
    return core, checks, note, 0.0


@style('pct', 'increase_abs_and_pct')
def _p54(g, label):
    d = g.ch([x for x in GRW if x['dec'] == 0])
    base = g.mag(d['lo'], d['hi'])
    cur = int(base * g.r.uniform(1.03, 1.35))
    bad = g.ch(['abs', 'pct']) if label == 'inconsistent' else None
    dv, word, n1 = diff_case(g, 'inconsistent' if bad == 'abs' else 'consistent', base, cur)
    u, dr, n2 = growth_case(g, 'inconsistent' if bad == 'pct' else 'consistent', F(base), F(cur), 1,
                            kinds=('typo', 'swap', 'wrong_base'))
    if word != '增加':
        word = '增加'
        n1 = '增减方向写反'
        return _p54(g, label)
    g.pick_ns()
    cs = g.pctf(u, 1)
    core = '%d年%s%s%s，比上年增加%s%s，增长%s（上年为%s%s）。' % (g.year(), d['name'], g.n(cur), d['unit'], g.n(dv), d['unit'],
                                                       cs, g.n(base), d['unit'])
    note = {'abs': '增加额：' + n1, 'pct': '增长率：' + n2}.get(bad, '增加额与增长率均相符')
    return wrap(g, d['cat'], core), [chk_lin([('+', g.n(cur)), ('-', g.n(base))], g.n(dv)),
                                     chk_growth(g.n(base), g.n(cur), cs, dr)], note


@style('pct', 'per_thousand_resources')
def _p55(g, label):
    pop = g.ri(1000, 15000)        # 0.01 万人
    what = g.ch([('执业（助理）医师', '人', '每千人口执业（助理）医师', 'per1000', 2.0, 3.8),
                 ('医疗卫生机构床位', '张', '每千人口床位数', 'per1000', 4.5, 8.0),
                 ('养老机构床位', '张', '每千名老年人拥有养老床位', 'per1000', 25, 45),
                 ('公共充电桩', '个', '每万人拥有公共充电桩', 'per10000', 5, 30)])
    per = g.r.uniform(what[4], what[5])
    scale = 1000 if what[3] == 'per1000' else 10000
    n = int(pop * 100 * per / scale)
    dec = 2
    st, note = ratio_case(g, label, F(n * scale, pop * 100), dec)
    ps = fnum(pop, 2) + '万'
    core = '%s常住人口%s人，共有%s%d%s，%s%s%s。' % (g.county(), ps, what[0], n, what[1], what[2], fnum(st, dec), what[1])
    return wrap(g, 'transport' if '充电桩' in what[0] else ('civil' if '养老' in what[0] else 'hospital'), core), \
        [chk_ratio(str(n), ps, fnum(st, dec), what[3])], note


@style('pct', 'urban_rural_income_ratio')
def _p56(g, label):
    r_ = g.ri(12000, 30000)
    u_ = int(r_ * g.r.uniform(1.6, 2.6))
    dec = 2
    st, note = ratio_case(g, label, F(u_, r_), dec)
    core = '城镇居民人均可支配收入%d元，农村居民人均可支配收入%d元，城乡居民收入比为%s%s。' % (u_, r_, fnum(st, dec),
                                                                g.ch([':1', '∶1', '']))
    return wrap(g, 'stat', core), [chk_ratio(str(u_), str(r_), fnum(st, dec), 'times')], note


@style('pct', 'rd_intensity_share')
def _p57(g, label):
    gdp = g.ri(8000, 300000)       # 0.01 亿
    rd = int(gdp * g.r.uniform(0.008, 0.035))
    dec = 2
    r, N, Dn, note = rate_case(g, label, rd, gdp, dec, kinds=('typo', 'swap', 'typo_num'))
    rs = g.pctf(r, dec)
    core = '全社会研究与试验发展（R&D）经费投入%s亿元，占地区生产总值（%s亿元）的比重为%s。' % (fnum(N, 2), fnum(Dn, 2), rs)
    return wrap(g, 'stat', core), [chk_pct(fnum(N, 2), fnum(Dn, 2), rs)], note


@style('pct', 'time_progress_pp')
def _p58(g, label):
    m = g.ch([3, 6, 9, 10, 11])
    tp = F(100 * m, 12)
    tpu = rnd(tp, 1)
    plan = g.mag(5000, 800000)
    done = int(plan * (float(tp) + g.r.uniform(1, 15)) / 100)
    dec = 1
    bad = g.ch(['rate', 'pp']) if label == 'inconsistent' else None
    r, N, Dn, n1 = rate_case(g, 'inconsistent' if bad == 'rate' else 'consistent', done, plan, dec, kinds=('typo', 'swap'))
    st, dr, n2 = pp_case(g, 'inconsistent' if bad == 'pp' else 'consistent', tpu, r, dec, kinds=('typo', 'swap', 'reverse'))
    rs, ts, ss = g.pctf(r, dec), g.pctf(tpu, dec), fnum(st, dec)
    g.pick_ns(allow_fw=False)
    what = g.ch(['一般公共预算收入', '税收收入', '固定资产投资', '重点项目投资'])
    core = '1—%d月，%s完成%s万元，占年度目标%s万元的%s，%s序时进度（%s）%s个百分点。' % (
        m, what, g.n(N), g.n(Dn), rs, '超' if dr == 'up' else '低于', ts, ss)
    note = {'rate': '完成比例：' + n1, 'pp': '与序时进度之差：' + n2}.get(bad, '完成比例与超序时进度百分点均相符')
    return wrap(g, 'budget', core), [chk_pct(g.n(N), g.n(Dn), rs), chk_pp(ts, rs, ss, dr)], note


# ---------------------------------------------------------------- malformed percentage signs (always inconsistent)

def malformed_base(g):
    d, N, Dn, r, dec, note = rate_setup(g, 'consistent', dec=g.ch([1, 2]))
    return d, N, Dn, r, dec


def _malformed(g, bad_tok, d, N, Dn, with_pct):
    u = d['unit']
    core = '%s%s%s%s%s，%s%s%s，%s%s%s。' % (when(g), org_of(g, d['org']), d['den'], Dn, u, d['num'], N, u, d['rate'], da(g),
                                          bad_tok)
    checks = [{'rel': 'malformed', 'token': bad_tok}]
    if with_pct:
        checks.append(chk_pct(str(N), str(Dn), bad_tok))
    return wrap(g, d['cat'], core), checks


@style('pct', 'malformed_space_before_sign', 'i')
def _m1(g, label):
    d, N, Dn, r, dec = malformed_base(g)
    tok = fnum(r, dec) + g.ch([' ', '  ', '\u3000']) + g.ch(['%', '％'])
    text, checks = _malformed(g, tok, d, N, Dn, True)
    return text, checks, '百分号与数字之间有空格（排版缺陷）', 0.0


@style('pct', 'malformed_sign_before_number', 'i')
def _m2(g, label):
    d, N, Dn, r, dec = malformed_base(g)
    tok = g.ch(['%', '％']) + fnum(r, dec)
    text, checks = _malformed(g, tok, d, N, Dn, True)
    return text, checks, '百分号写在数字前面', 0.0


@style('pct', 'malformed_doubled_sign', 'i')
def _m3(g, label):
    d, N, Dn, r, dec = malformed_base(g)
    tok = fnum(r, dec) + g.ch(['%%', '%％', '％%', '% %'])
    text, checks = _malformed(g, tok, d, N, Dn, True)
    return text, checks, '百分号重复', 0.0


@style('pct', 'malformed_bfz_plus_sign', 'i')
def _m4(g, label):
    d, N, Dn, r, dec = malformed_base(g)
    tok = '百分之' + (fnum(r, dec) + '%' if g.p(0.6) else cn_dec(r, dec) + '%')
    text, checks = _malformed(g, tok, d, N, Dn, True)
    return text, checks, '“百分之”与百分号重复使用', 0.0


@style('pct', 'malformed_decimal_comma', 'i')
def _m5(g, label):
    d, N, Dn, r, dec = malformed_base(g)
    s = fnum(r, dec)
    tok = s.replace('.', g.ch([',', '，'])) + '%'
    text, checks = _malformed(g, tok, d, N, Dn, False)
    return text, checks, '百分数中用逗号作小数点', 0.0


@style('pct', 'malformed_double_point', 'i')
def _m6(g, label):
    d, N, Dn, r, dec = malformed_base(g)
    s = fnum(r, dec)
    tok = s.replace('.', g.ch(['..', '。', '.．'])) + g.ch(['%', '％'])
    text, checks = _malformed(g, tok, d, N, Dn, False)
    return text, checks, '小数点重复或误用句号', 0.0


# ---------------------------------------------------------------- pct: negatives (look-alikes)

@style('pct', 'neg_approx_rate_qualifier', 'n')
def _q1(g, label):
    d = g.ch(RATES)
    den, num = rate_pick(g, d, rl=max(d['rl'], 80), rh=min(d['rh'], 99.4))
    true = F(100 * num, den)
    k = g.ch(['over', 'under', 'about'])
    if k == 'over':
        v = int(true)
        v = v - v % g.ch([1, 5]) if v > 10 else v
        shown = g.ch(['%d%%以上', '超过%d%%', '%d%%以上']) % v
        tok = '%d%%' % v
    elif k == 'under':
        v = int(true) + 1
        shown = g.ch(['近%d%%', '接近%d%%', '将近%d%%']) % v
        tok = '%d%%' % v
    else:
        v = rnd(true, 0)
        shown = g.ch(['约%d%%', '%d%%左右']) % v
        tok = '%d%%' % v
    g.pick_ns()
    u = d['unit']
    core = '%s%s%s%s，%s%s%s，%s%s。' % (org_of(g, d['org']), d['den'], g.n(den), u, d['num'], g.n(num), u, d['rate'],
                                       g.ch(['达', '']) + shown)
    return wrap(g, d['cat'], core), [chk_pct(g.n(num), g.n(den), tok, approx=k)], '比率带“以上/近/约”等概数限定，与精确值的小差异不是错误'


@style('pct', 'neg_pp_without_base', 'n')
def _q2(g, label):
    what = g.ch(PP_RATES)
    a = '%d.%d' % (g.ri(0, 6), g.ri(1, 9))
    b = '%d.%d%%' % (g.ri(40, 98), g.ri(0, 9))
    core = '%s%s达到%s，比上年提高%s个百分点，%s。' % (g.county(), what, b, a, g.ch(['位居全市前列', '提前完成“十四五”目标',
                                                                         '连续三年保持增长']))
    return wrap(g, 'gov', core), [chk_none([a, b], 'percentage-point change without the base-year rate')], \
        '只给出本期比率和百分点变化，上年比率未给出，无从核对'


@style('pct', 'neg_growth_over_100_no_base', 'n')
def _q3(g, label):
    d = g.ch(GRW)
    g_ = '%d.%d%%' % (g.ri(100, 460), g.ri(0, 9))
    core = '%s%s同比增长%s，%s。' % (g.ch(['1—%d月，' % g.ri(2, 11), '一季度，', '全年']), g.ch(['新能源汽车销量', '跨境电商交易额',
                                                                                    '农村网络零售额', '民宿接待人次',
                                                                                    '直播电商销售额', '工业技改投资']),
                              g_, g.ch(['主要是上年同期基数较低', '成为拉动增长的主要力量', '增势强劲']))
    return wrap(g, 'stat', core), [chk_none([g_], 'growth above 100% is possible; no base given')], \
        '增速超过100%本身并不矛盾（基数低），且未给出两期数值'


@style('pct', 'neg_comparable_price_growth', 'n')
def _q4(g, label):
    base = g.ri(8000, 300000)
    nominal = g.r.uniform(4, 12)
    cur = int(base * (1 + nominal / 100))
    real = round(nominal - g.r.uniform(1.5, 4.0), 1)
    bs, cs, rs = fnum(base, 2), fnum(cur, 2), '%.1f%%' % real
    core = '初步核算，全年地区生产总值%s亿元，按不变价格计算，比上年增长%s。（上年地区生产总值为%s亿元）' % (cs, rs, bs)
    if g.p(0.5):
        core = '%d年地区生产总值%s亿元，%d年达到%s亿元，按可比价格计算增长%s。' % (g.year() - 1, bs, g.year(), cs, rs)
    return wrap(g, 'stat', core, post=0.0), [chk_growth(bs, cs, rs, 'up', basis='comparable')], \
        '增速按可比价格（剔除价格因素）计算，与名义值直接相除的结果不同属正常'


@style('pct', 'neg_target_rates', 'n')
def _q5(g, label):
    y = g.ri(2025, 2030)
    a = '%d%%' % g.ri(85, 99)
    b = '%d%%' % g.ri(30, 75)
    r1, r2 = g.sample(PP_RATES, 2)
    core = '到%d年，%s力争达到%s以上，%s提高到%s。' % (y, r1, a, r2, b)
    return wrap(g, 'gov', core, post=0.0), [chk_none([a, b], 'targets, not results')], '目标值没有可核对的分子分母'


@style('pct', 'neg_policy_params', 'n')
def _q6(g, label):
    opts = [('对符合条件的小微企业，按实际缴纳社会保险费的%d%%给予补贴', lambda: g.ri(30, 60)),
            ('贷款利率不超过贷款市场报价利率（LPR）加%d个基点', lambda: g.ri(50, 250)),
            ('对农户购置农机具给予%d%%的累加补贴', lambda: g.ri(10, 30)),
            ('增值税小规模纳税人适用%d%%征收率的应税销售收入，减按1%%征收率征收增值税', lambda: 3),
            ('公积金贷款首付比例下调至%d%%', lambda: g.ch([20, 25, 30])),
            ('企业职工基本养老保险单位缴费比例为%d%%', lambda: 16)]
    k = g.sample(range(len(opts)), 2)
    parts, toks = [], []
    for i in k:
        t, f_ = opts[i]
        v = f_()
        parts.append(t % v)
        toks.append(str(v))
    core = '；'.join(parts) + '。'
    return wrap(g, g.ch(['social', 'budget', 'agri']), core, post=0.0), [chk_none(toks, 'policy parameters')], \
        '政策比例、利率参数不是统计结果'


@style('pct', 'neg_percent_in_names', 'n')
def _q7(g, label):
    opts = [('采购75%%医用酒精%d箱', '75%', 20, 900), ('PM2.5平均浓度%d微克/立方米', 'PM2.5', 18, 45), ('新建5G基站%d个', '5G', 30, 900),
            ('储备N95口罩%d万只', 'N95', 2, 60), ('配发0.5%%含氯消毒液%d桶', '0.5%', 50, 900),
            ('淘汰国三及以下排放标准柴油货车%d辆', '国三', 40, 2000), ('开展“1%%”爱心捐赠活动%d次', '1%', 2, 30)]
    k = g.sample(range(len(opts)), 2)
    parts, toks = [], []
    for i in k:
        t, tok, lo, hi = opts[i]
        parts.append(t % g.ri(lo, hi))
        toks.append(tok)
    core = '%s%s。' % (when(g), '，'.join(parts))
    return wrap(g, g.ch(['epidemic', 'env', 'gov']), core), [chk_none(toks, 'percent signs and digits inside names')], \
        '名称中的“75%”“PM2.5”等不是比率'


@style('pct', 'neg_pct_ranges', 'n')
def _q8(g, label):
    a = g.ri(5, 60)
    b = a + g.ri(5, 20)
    tok = '%d%%—%d%%' % (a, b) if g.p(0.5) else '%d%%～%d%%' % (a, b)
    core = '%s预计%s%s，%s。' % (g.ch(['据测算，', '经评估，', '']), g.ch(['项目投产后可降低能耗', '改造后污水处理能力提升',
                                                           '全年农产品加工转化率提高', '企业用工成本下降']), tok,
                             g.ch(['经济效益明显', '社会效益显著', '将于年内完成验收']))
    return wrap(g, g.ch(['gov', 'enterprise', 'env']), core), [chk_none([tok], 'range of percentages')], '百分比区间不是减法'


@style('pct', 'neg_score_not_pct', 'n')
def _q9(g, label):
    s1 = '%d.%d' % (g.ri(85, 99), g.ri(0, 9))
    s2 = '%d.%d' % (g.ri(88, 99), g.ri(0, 9))
    core = '在%d年度群众满意度测评中，%s综合得分%s分，其中服务态度单项得分%s分，%s。' % (
        g.year(), g.ch([g.county() + '政务服务中心', g.county() + '人民医院', g.town() + '便民服务中心']), s1, s2,
        g.ch(['位列全市第一', '较上年有所提升', '获评优秀等次']))
    return wrap(g, 'gov', core), [chk_none([s1, s2], 'scores, not percentages')], '测评得分不是百分比'


@style('pct', 'neg_share_of_unstated_total', 'n')
def _q10(g, label):
    p = '%d.%d%%' % (g.ri(3, 40), g.ri(0, 9))
    nm, un, lo, hi = g.ch([('新增高新技术企业', '家', 5, 120), ('粮食产量', '万吨', 5, 90), ('外贸进出口额', '亿元', 3, 300),
                           ('新登记市场主体', '户', 800, 20000)])
    v = g.ri(lo, hi)
    core = '%s%s%d%s，占全%s的%s，%s。' % (g.county(), nm, v, un, g.ch(['市', '省']), p, g.ch(['居各县（市、区）首位', '比重逐年提高']))
    return wrap(g, 'stat', core), [chk_none([str(v), p], 'share of a total that is not given')], '上级总量未给出，占比无从核对'


@style('pct', 'neg_annual_avg_growth_cagr', 'n')
def _q11(g, label):
    d = g.ch([x for x in GRW if x['gh'] > 6 and x['dec'] == 0])
    n = g.ri(2, 5)
    rate = g.r.uniform(4, 14)
    base = g.mag(d['lo'], d['hi'])
    cur = int(base * (1 + rate / 100) ** n)
    true = ((cur / base) ** (1 / n) - 1) * 100
    rs = '%.1f%%' % true
    y = g.year()
    core = '%s由%d年的%d%s增加到%d年的%d%s，年均增长%s。' % (d['name'], y - n, base, d['unit'], y, cur, d['unit'], rs)
    return wrap(g, d['cat'], core), [chk_growth(str(base), str(cur), rs, 'up', years=n)], \
        '年均增速按复合增长率计算，不等于总增幅除以年数，也不等于两期直接相比'


@style('pct', 'neg_multiselect_survey', 'n')
def _q12(g, label):
    opts = g.sample(['路面破损', '停车难', '垃圾清运不及时', '噪声扰民', '绿化不足', '物业服务差', '充电设施少'], g.ri(3, 4))
    vals = ['%d.%d%%' % (g.ri(38, 82), g.ri(0, 9)) for _ in opts]
    n = g.ri(300, 5000)
    core = '本次问卷调查共回收有效问卷%d份（本题为多选题）。受访者反映最集中的问题依次为：%s。' % (
        n, '、'.join('%s（%s）' % (o, v) for o, v in zip(opts, vals)))
    return wrap(g, 'hotline', core, pre=0.3), [{'rel': 'sum100', 'shares': vals, 'mode': 'multi'}], \
        '多选题各选项比例之和可以超过100%'


@style('pct', 'neg_rates_different_bases', 'n')
def _q13(g, label):
    a = '%d%%' % 100
    b = '%d.%d%%' % (g.ri(97, 99), g.ri(0, 9))
    c = '%d.%d%%' % (g.ri(88, 97), g.ri(0, 9))
    core = '全%s小学适龄儿童入学率%s，九年义务教育巩固率%s，高中阶段毛入学率%s。' % (g.ch(['县', '区', '市']), a, b, c)
    return wrap(g, 'school', core), [chk_none([a, b, c], 'rates of different bases listed side by side')], \
        '并列的是不同口径的比率，不应加总或相互比较'


@style('pct', 'neg_rate_without_counts', 'n')
def _q14(g, label):
    r1 = g.ch(['100%', '99.8%', '98.6%', '100%'])
    r2 = g.ch(['100%', '97.5%', '99.2%'])
    core = '%s%s、%s分别达到%s和%s。' % (g.ch(['全年群众诉求', '信访事项', '政务服务事项']), g.ch(['按期办结率', '受理率']),
                                  g.ch(['群众满意率', '回访率']), r1, r2)
    return wrap(g, g.ch(['hotline', 'petition', 'gov']), core), [chk_none([r1, r2], 'rates without numerators/denominators')], \
        '只有比率，没有给出分子分母'


@style('pct', 'neg_cheng_approx', 'n')
def _q15(g, label):
    den = g.mag(200, 50000)
    k = g.ri(3, 9)
    x = g.r.uniform(k * 10 - 4, k * 10 - 0.5) / 100
    num = int(den * x)
    q = g.ch(['under', 'over'])
    if q == 'under':
        shown = g.ch(['近', '接近', '将近']) + cn_int(k) + '成'
        tok = cn_int(k) + '成'
    else:
        k2 = k - 1
        shown = cn_int(k2) + '成以上'
        tok = cn_int(k2) + '成'
    g.pick_ns()
    core = '%s参与%s的%s%s户，占全村总户数（%s户）的%s。' % (g.village(), g.ch(['土地流转', '产业合作社', '人居环境积分制']),
                                                  g.ch(['农户', '家庭']), g.n(num), g.n(den), shown)
    return wrap(g, 'village', core), [chk_pct(g.n(num), g.n(den), tok, approx=q)], '“近八成”“七成以上”是概数，不要求精确'


@style('pct', 'neg_multiple_approx', 'n')
def _q16(g, label):
    base = g.ri(200, 20000)
    k = g.ri(2, 6)
    cur = int(base * (1 + k + g.r.uniform(0.1, 0.8)))
    g.pick_ns()
    core = '%s%s由上年的%s万元增加到%s万元，增长%d倍多。' % (g.county(), g.ch(['农村电商销售额', '文旅消费额', '光伏发电收益']),
                                                g.n(base), g.n(cur), k)
    return wrap(g, 'gov', core), [chk_ratio(g.n(cur), g.n(base), str(k), 'increase_times', approx='over')], \
        '“增长N倍多”是概数'


@style('pct', 'neg_sample_ratio', 'n')
def _q17(g, label):
    av = g.ch([3, 5, 10])
    a = '%d%%' % av
    b = '%d%%' % (av * g.ch([2, 3, 4]))
    core = '按照“双随机、一公开”要求，%s按不低于%s的比例抽查%s，对信用风险较高的企业抽查比例提高到%s以上。' % (
        g.ch(['各监管部门', '县市场监管局', '县生态环境分局']), a, g.ch(['市场主体', '排污单位', '在建项目']), b)
    return wrap(g, 'market', core, pre=0.3), [chk_none([a, b], 'sampling proportions set by rule')], '抽查比例是工作要求，不是统计结果'


@style('pct', 'neg_dates_decimals', 'n')
def _q18(g, label):
    opts = [('“3·15”国际消费者权益日', '3·15'), ('“12.4”国家宪法日', '12.4'), ('“5.12”防灾减灾日', '5.12'),
            ('“6.26”国际禁毒日', '6.26'), ('“9.9”公益日', '9.9'), ('“8.8”全民健身日', '8.8')]
    k = g.sample(range(len(opts)), 2)
    core = '围绕%s和%s等时间节点，%s开展集中宣传活动%d场次。' % (opts[k[0]][0], opts[k[1]][0], g.county(), g.ri(5, 80))
    return wrap(g, g.ch(['market', 'judicial', 'safety']), core, pre=0.3), \
        [chk_none([opts[k[0]][1], opts[k[1]][1]], 'dates written with points, not decimals')], '“12.4”“5.12”是日期，不是小数'


@style('pct', 'neg_growth_single_value', 'n')
def _q19(g, label):
    d = g.ch(GRW)
    v = g.mag(d['lo'] * 10 ** d['dec'], d['hi'] * 10 ** d['dec'])
    gs = '%d.%d%%' % (g.ri(0, 25), g.ri(0, 9))
    word = g.ch(['同比增长', '增长', '比上年增长'])
    vs = fnum(v, d['dec'])
    core = '%d年，%s%s%s，%s%s。' % (g.year(), d['name'], vs, d['unit'], word, gs)
    return wrap(g, d['cat'], core), [chk_none([vs, gs], 'growth rate with only the current value; base not given')], \
        '只给出本期数和增速，上期数未给出，无从核对'


# =====================================================================================================
# Command line
# =====================================================================================================

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return 0 if verify_files(a.verify) else 1
    if a.style_table:
        style_table(a.style_table)
        return 0
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required to generate')
    recs = build(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
