#!/usr/bin/env python3
"""numbers25_gen.py - held-out test collection for an arithmetic auditor of Chinese report text.

Families: totals (wholes/parts, differences, changes, counts) and pct (rates, shares, growth, malformed %).
Labels: consistent / inconsistent / negative.

Usage:
  python3 numbers25_gen.py --seed N --out FILE
  python3 numbers25_gen.py --verify FILE [FILE ...]
  python3 numbers25_gen.py --style-table FILE [--md-out OUT]
Standard library only; deterministic per seed (no set iteration, no hash()).
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN
from fractions import Fraction

# ---------------------------------------------------------------------------
# number writing
# ---------------------------------------------------------------------------
FW = str.maketrans('0123456789.', '０１２３４５６７８９．')
UNFW = str.maketrans('０１２３４５６７８９．，：％', '0123456789.,:%')
CND = '零一二三四五六七八九'


def group(s, sep):
    if '.' in s:
        i, f = s.split('.')
        return group(i, sep) + '.' + f
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ('-' if neg else '') + sep.join(out)


def cn4(n, liang=False):
    """Chinese numeral for 0 < n < 10000."""
    units = ['千', '百', '十', '']
    digs = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    out = ''
    zero = False
    started = False
    for d, u in zip(digs, units):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += '零'
            zero = False
        ch = CND[d]
        if d == 2 and liang and not started and u in ('千', '百'):
            ch = '两'
        out += ch + u
        started = True
    return out


def cn(n, liang=False):
    if n == 0:
        return '零'
    if n >= 100000000:
        hi, lo = divmod(n, 100000000)
        s = cn(hi, liang) + '亿'
        if lo:
            s += ('零' if lo < 10000000 else '') + cn(lo, liang)
        return s
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn4(hi, liang) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + cn4(lo, liang)
        return s
    s = cn4(n, liang)
    if 10 <= n < 20:
        s = s[1:]  # 十二 not 一十二
    return s


def cn2int(s):
    s = s.replace('两', '二')
    total = 0
    if '亿' in s:
        a, b = s.split('亿', 1)
        return cn2int(a) * 100000000 + (cn2int(b) if b else 0)
    if '万' in s:
        a, b = s.split('万', 1)
        return cn2int(a) * 10000 + (cn2int(b) if b else 0)
    cur = 0
    for ch in s:
        if ch in CND:
            cur = CND.index(ch)
        elif ch in '十百千':
            m = {'十': 10, '百': 100, '千': 1000}[ch]
            total += (cur if cur or ch != '十' else 1) * m
            cur = 0
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return total + cur


def parse_num(tok):
    """Parse a number token as written in the text into a Fraction.
    Handles full-width digits, thousands separators (, ， space), Chinese numerals,
    trailing 万/亿 magnitudes, trailing %/％/‰."""
    t = tok.strip()
    t = t.rstrip('%％‰')
    mult = 1
    if t and all(c in CND + '两十百千万亿' for c in t):
        return Fraction(cn2int(t))
    if t.endswith('亿'):
        mult, t = 100000000, t[:-1]
    elif t.endswith('万'):
        mult, t = 10000, t[:-1]
    t = t.translate(UNFW)
    t = re.sub(r'(?<=\d)[, \u2009\u00a0](?=\d{3})', '', t)
    if not re.fullmatch(r'-?\d+(\.\d+)?', t):
        raise ValueError('bad number token %r' % tok)
    return Fraction(Decimal(t)) * mult


def decimals_of(tok):
    t = tok.strip().rstrip('%％‰').translate(UNFW)
    t = t.rstrip('万亿')
    return len(t.split('.')[1]) if '.' in t else 0


def round_frac(x, d, mode=ROUND_HALF_UP):
    """Round a Fraction to d decimals, returned as Fraction."""
    q = Decimal(x.numerator) / Decimal(x.denominator) if False else None
    scaled = x * (10 ** d)
    fl = scaled.numerator // scaled.denominator
    rem = scaled - fl
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and (mode == ROUND_HALF_UP or fl % 2 == 1)):
        fl += 1
    return Fraction(fl, 10 ** d)


def is_half_tie(x, d):
    scaled = x * (10 ** d)
    return (scaled - (scaled.numerator // scaled.denominator)) == Fraction(1, 2)


def fmt_dec(x, d):
    """Format Fraction x rounded half-up to d decimals."""
    v = round_frac(x, d)
    neg = v < 0
    v = abs(v)
    ip = v.numerator // v.denominator
    if d == 0:
        return ('-' if neg else '') + str(ip)
    fp = (v - ip) * 10 ** d
    return ('-' if neg else '') + '%d.%0*d' % (ip, d, int(fp))


# ---------------------------------------------------------------------------
# checks: independent recomputation from the text tokens
# ---------------------------------------------------------------------------
MALFORMED_RE = re.compile(
    r'([xX×]{1,3}(?:\.[xX]{1,2})?\s*[%％])'      # placeholder percent
    r'|(\d[ \u3000\u00a0]+[%％])'               # space before %
    r'|([%％]\s*\d)'                             # percent sign before number
    r'|([%％]{2,})'                             # doubled percent sign
    r'|(\d\.\.\d)'                              # double decimal point
    r'|(\d\.\s*[%％])'                           # dangling decimal point
    r'|(\d,\d{1,2}[%％])'                        # decimal comma
)


def _pct_val(tok):
    return parse_num(tok)


def recompute(chk):
    """Return True if the relation described by chk holds (recomputed from tokens)."""
    rel = chk['rel']
    P = parse_num
    if rel == 'sum':
        return sum((P(t) for t in chk['parts']), Fraction(0)) == P(chk['total'])
    if rel == 'flow':
        v = P(chk['start']) + sum((P(t) for t in chk.get('plus', [])), Fraction(0)) \
            - sum((P(t) for t in chk.get('minus', [])), Fraction(0))
        return v == P(chk['end'])
    if rel == 'rate':
        num = P(chk['num'])
        den = P(chk['den'])
        if chk.get('complement'):
            num = den - num
        mult = chk.get('mult', 100)
        true = num / den * mult
        st = _pct_val(chk['pct'])
        d = decimals_of(chk['pct'])
        return st == round_frac(true, d) or st == round_frac(true, d, ROUND_HALF_EVEN)
    if rel == 'growth':
        a, b = P(chk['from']), P(chk['to'])
        true = (b - a) / a * 100
        if chk['dir'] == 'down':
            true = -true
        st = _pct_val(chk['pct'])
        d = decimals_of(chk['pct'])
        return st == round_frac(true, d)
    if rel == 'share_sum':
        vals = [_pct_val(t) for t in chk['pcts']]
        d = max(decimals_of(t) for t in chk['pcts'])
        slack = Fraction(len(vals), 2) / (10 ** d)
        return sum(vals, Fraction(0)) <= 100 + slack
    if rel == 'structure':
        vals = [P(t) for t in chk['parts']]
        return sum(vals, Fraction(0)) == 100
    if rel == 'pp':
        a, b, c = P(chk['from']), P(chk['to']), P(chk['pp'])
        diff = b - a if chk['dir'] == 'up' else a - b
        return diff == c
    if rel == 'ratio':
        a, b = P(chk['a']), P(chk['b'])
        st = P(chk['x'])
        d = decimals_of(chk['x'])
        return st == round_frac(b / a, d)
    if rel == 'frac':
        num, den = P(chk['num']), P(chk['den'])
        f = Fraction(chk['p'], chk['q'])
        v = num / den
        return {'eq': v == f, 'ge': v >= f, 'gt': v > f}[chk['mode']]
    if rel == 'count':
        return len(chk['items']) == P(chk['stated'])
    if rel == 'malformed':
        return False
    if rel == 'lookalike':
        return True
    raise ValueError('unknown rel ' + rel)


def check_tokens(chk):
    toks = []
    for k, v in chk.items():
        if k in ('rel', 'holds', 'dir', 'mode', 'p', 'q', 'mult', 'complement', 'kind', 'why'):
            continue
        if isinstance(v, str):
            toks.append(v)
        elif isinstance(v, list):
            toks.extend(x for x in v if isinstance(x, str))
    return toks


def verify_record(rec):
    errs = []
    for f in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if f not in rec:
            errs.append('missing field ' + f)
    if errs:
        return errs
    if rec['family'] not in ('totals', 'pct'):
        errs.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        errs.append('bad label')
    if not re.fullmatch(r'n25-(totals|pct)-\d{6}', rec['id']) or rec['id'].split('-')[1] != rec['family']:
        errs.append('bad id')
    if not re.fullmatch(r'[a-z0-9_]+', rec['style']):
        errs.append('bad style name')
    text = rec['text']
    nl = text.count('\n') + 1
    if not 1 <= nl <= 8:
        errs.append('bad line count %d' % nl)
    if not rec['checks']:
        errs.append('no checks')
    fails = 0
    malformed_declared = 0
    for c in rec['checks']:
        for t in check_tokens(c):
            if t not in text:
                errs.append('token %r not in text' % t)
        try:
            h = recompute(c)
        except Exception as e:  # noqa
            errs.append('check error %s: %r' % (e, c))
            continue
        if h != c.get('holds'):
            errs.append('holds mismatch on %r' % c)
        if not h:
            fails += 1
        if c['rel'] == 'malformed':
            malformed_declared += 1
            if not MALFORMED_RE.search(c['token']):
                errs.append('declared malformed token not malformed: %r' % c['token'])
    mal = [m.group(0) for m in MALFORMED_RE.finditer(text)]
    if rec['label'] == 'inconsistent':
        if fails != 1:
            errs.append('inconsistent record with %d failing checks' % fails)
        if len(mal) != malformed_declared:
            errs.append('malformed %% in text %r vs declared %d' % (mal, malformed_declared))
    else:
        if fails:
            errs.append('%s record with failing check' % rec['label'])
        if mal:
            errs.append('malformed %% in %s record: %r' % (rec['label'], mal))
    if rec['label'] == 'negative' and not any(c['rel'] == 'lookalike' for c in rec['checks']):
        errs.append('negative without lookalike check')
    if rec['label'] != 'negative' and all(c['rel'] == 'lookalike' for c in rec['checks']):
        errs.append('checkable record without relation')
    return errs


# ---------------------------------------------------------------------------
# generation helpers
# ---------------------------------------------------------------------------
SYL = '青禾云临泽桐枫岚溪松柏石平安宁川湘澄汀栖霞蓝凤鹤兰梓沅澜沙榆杉芷岭渠陂棠槐晋峪梅雁'
COMP_IND = ['科技', '新材料', '食品', '机械', '物流', '生物', '电子', '纺织', '建材', '农业开发']


class Ctx:
    def __init__(self, r):
        self.r = r

    def nm(self, k=2):
        r = self.r
        s = ''
        while len(s) < k:
            c = r.choice(SYL)
            if c not in s:
                s += c
        return s

    def place(self, kind=None):
        return self.nm() + (kind or self.r.choice(['县', '区', '市', '镇', '街道', '乡']))

    def company(self):
        return self.nm() + self.r.choice(COMP_IND) + self.r.choice(['有限公司', '股份有限公司'])

    def year(self):
        return self.r.choice([2021, 2022, 2023, 2024])


def dmode(r, allow_cn=False, allow_sep=True):
    x = r.random()
    if x < 0.68:
        return 'a'
    if x < 0.80:
        return 'fw'
    if x < 0.92 and allow_sep:
        return 'c'
    if allow_cn:
        return 'cn'
    return 'a'


def F(n, mode='a'):
    """Write an int in the given mode."""
    s = str(n)
    if mode == 'a':
        return s
    if mode == 'fw':
        return s.translate(FW)
    if mode == 'c':
        return group(s, ',')
    if mode == 'cf':
        return group(s, '，')
    if mode == 's':
        return group(s, ' ')
    if mode == 'cn':
        return cn(n)
    if mode == 'cnl':
        return cn(n, liang=True)
    raise ValueError(mode)


def D(x, d, mode='a'):
    """Write a Fraction/int with d decimals."""
    s = fmt_dec(Fraction(x), d)
    if mode == 'fw':
        return s.translate(FW)
    if mode == 'c':
        return group(s, ',')
    return s


def parts_of(r, k, lo, hi):
    return [r.randint(lo, hi) for _ in range(k)]


def perturb(r, v, lo=1, rel=0.12, minv=1):
    """Return v changed by a nonzero delta; result >= minv."""
    for _ in range(100):
        m = max(lo, int(abs(v) * rel))
        d = r.randint(lo, max(lo, m))
        if r.random() < 0.25 and v >= 20:
            # digit slip: change tens digit
            d = 10 * r.randint(1, 3)
        s = r.choice([-1, 1])
        nv = v + s * d
        if nv >= minv and nv != v:
            return nv
    return v + 1


def bad_index(r, n):
    return r.randrange(n)


def corrupt_sum(r, total, parts, prefer=None):
    """Return (total, parts, what) with exactly the sum broken (by changing one element)."""
    parts = list(parts)
    which = prefer or r.choice(['part', 'part', 'total'])
    if which == 'total':
        nt = perturb(r, total)
        return nt, parts, 'total stated %d, parts add to %d' % (nt, total)
    i = r.randrange(len(parts))
    old = parts[i]
    parts[i] = perturb(r, old)
    return total, parts, 'part %d stated %d instead of %d; parts add to %d not %d' % (i + 1, parts[i], old, sum(parts), total)


def corrupt_dec_sum(r, total, parts, d):
    """Decimal (Fraction) version: change one element by k units of last place or more."""
    parts = list(parts)
    unit = Fraction(1, 10 ** d)
    k = r.choice([1, 2, 3, 5, 9, 10, 20, 100, 37])
    delta = unit * k * r.choice([-1, 1])
    if r.random() < 0.35:
        nt = total + delta
        if nt <= 0:
            nt = total - delta
        return nt, parts, 'total off by %s' % fmt_dec(abs(delta), d)
    i = r.randrange(len(parts))
    np_ = parts[i] + delta
    if np_ <= 0:
        np_ = parts[i] - delta
    parts[i] = np_
    return total, parts, 'part %d off by %s' % (i + 1, fmt_dec(abs(delta), d))


def pct_true(num, den, mult=100):
    return Fraction(num) / Fraction(den) * mult


def good_pct(num, den, d, mult=100):
    x = pct_true(num, den, mult)
    if is_half_tie(x, d):
        return None
    return fmt_dec(x, d)


def bad_pct(r, num, den, d, mult=100, cap=None):
    """A stated rate clearly different from both rounding and truncation."""
    x = pct_true(num, den, mult)
    unit = Fraction(1, 10 ** d)
    good = round_frac(x, d)
    trunc = Fraction(int(x * 10 ** d), 10 ** d)
    for _ in range(200):
        mode = r.random()
        if mode < 0.3 and d >= 1:
            s = fmt_dec(x, d)
            # transpose the last two digits
            digs = [i for i, c in enumerate(s) if c.isdigit()]
            a, b = digs[-2], digs[-1]
            l = list(s)
            l[a], l[b] = l[b], l[a]
            cand = Fraction(Decimal(''.join(l)))
        elif mode < 0.6:
            cand = good + unit * r.choice([-1, 1]) * r.randint(2, 9) * (10 ** max(0, d - 1) if d >= 2 else 1)
        else:
            cand = good + r.choice([-1, 1]) * Fraction(r.randint(3, 60), 10)
            cand = round_frac(cand, d)
        if cand <= 0:
            continue
        if cap is not None and cand > cap:
            continue
        if abs(cand - x) < max(unit * 2, Fraction(1, 10)) or cand == trunc or cand == good:
            continue
        return fmt_dec(cand, d)
    raise RuntimeError('no bad pct')


def pick_rate_nums(r, lo_rate=0.6, hi_rate=0.999, den_lo=50, den_hi=5000, d=2, mult=100):
    for _ in range(500):
        den = r.randint(den_lo, den_hi)
        num = int(den * r.uniform(lo_rate, hi_rate))
        if num <= 0 or num > den:
            continue
        g = good_pct(num, den, d, mult)
        if g is None:
            continue
        return num, den, g
    raise RuntimeError('pick_rate_nums')


# context sentences: generic, with no checkable relations (years, single isolated counts)
INTRO_T = ['{org}{y}年工作总结', '关于{org}{y}年工作情况的报告', '{org}{y}年度工作报告（摘要）']
INTRO_O = [
    '{y}年，{org}坚持稳中求进工作总基调，各项工作取得新进展，现将有关情况报告如下。',
    '现将{org}{y}年度工作开展情况报告如下：',
    '{y}年以来，{org}在上级党委、政府的正确领导下，认真履职尽责，扎实推进各项工作。',
    '根据年度工作安排，{org}围绕中心、服务大局，重点做了以下工作。',
    '{y}年是实施“十四五”规划的关键之年，{org}紧盯目标任务，狠抓工作落实。',
]
INTRO_H = ['一、{y}年主要工作完成情况', '（一）主要工作成效', '二、重点任务推进情况', '（三）民生保障方面', '一、主要指标完成情况']
OUTRO = [
    '下一步，我们将继续巩固工作成果，补齐短板弱项，推动各项工作再上新台阶。',
    '同时也要看到，工作中还存在基层力量不足、保障机制不够健全等问题，需在今后工作中认真加以解决。',
    '以上数据均为快报数，最终以统计部门公布数据为准。',
    '（数据来源：{org}统计台账）',
    '下一步将进一步完善工作机制，强化督导考核，确保各项任务落地见效。',
    '上述工作得到了群众的普遍认可。',
    '特此报告。',
    '存在的问题主要是部分工作进度不够均衡，个别环节衔接不够紧密。',
]
ORG = {
    'gov': ['{p}人民政府', '{p}政府办公室', '{p}党政办'],
    'env': ['{p}生态环境分局', '{p}综合执法大队'],
    'edu': ['{p}教育局', '{p}教育体育局', '{p}第二中学'],
    'health': ['{p}卫生健康局', '{p}人民医院', '{p}疾病预防控制中心', '{p}妇幼保健院'],
    'civil': ['{p}民政局', '{p}社会救助服务中心', '{p}养老服务中心'],
    'dis': ['{p}残疾人联合会', '{p}残联'],
    'vet': ['{p}退役军人事务局', '{p}退役军人服务站'],
    'sport': ['{p}文化体育局', '{p}全民健身中心'],
    'culture': ['{p}图书馆', '{p}文化馆', '{p}博物馆', '{p}文化和旅游局'],
    'tour': ['{p}文化和旅游局', '{p}旅游服务中心'],
    'court': ['{p}人民法院'],
    'proc': ['{p}人民检察院'],
    'fin': ['{p}财政局', '{p}审计局'],
    'audit': ['{p}审计局'],
    'village': ['{p}村民委员会', '{p}村党支部'],
    'company': ['{c}'],
    'stat': ['{p}统计局'],
    'agri': ['{p}农业农村局', '{p}林业局'],
    'petition': ['{p}信访局', '{p}网格化服务管理中心'],
    'hr': ['{p}人力资源和社会保障局'],
}


def org_name(ctx, dom):
    t = ctx.r.choice(ORG.get(dom, ORG['gov']))
    p = ctx.place('村') if dom == 'village' else ctx.place()
    return t.format(p=p, c=ctx.company())


# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------
STYLES = []  # (name, family, kind, func)


def style(name, family, kind='check'):
    def deco(f):
        STYLES.append((name, family, kind, f))
        return f
    return deco


def S(total, parts, holds=None):
    c = {'rel': 'sum', 'total': total, 'parts': list(parts)}
    c['holds'] = recompute(c)
    return c


def FL(start, end, plus=(), minus=()):
    c = {'rel': 'flow', 'start': start, 'plus': list(plus), 'minus': list(minus), 'end': end}
    c['holds'] = recompute(c)
    return c


def RT(num, den, pct, mult=100, complement=False):
    c = {'rel': 'rate', 'num': num, 'den': den, 'pct': pct}
    if mult != 100:
        c['mult'] = mult
    if complement:
        c['complement'] = True
    c['holds'] = recompute(c)
    return c


def GR(a, b, pct, dir_):
    c = {'rel': 'growth', 'from': a, 'to': b, 'pct': pct, 'dir': dir_}
    c['holds'] = recompute(c)
    return c


def LK(kind, tokens, why):
    return {'rel': 'lookalike', 'kind': kind, 'tokens': list(tokens), 'why': why, 'holds': True}


def MAL(tok):
    return {'rel': 'malformed', 'token': tok, 'holds': False}


def gen_style(name, family, kind, func, seed, idx, n, labels, seen):
    out = []
    r = random.Random('%s|%d|%s' % ('n25', seed, name))
    for i in range(n):
        label = labels[i]
        for attempt in range(300):
            ctx = Ctx(r)
            try:
                res = func(ctx, label == 'inconsistent')
            except Retry:
                continue
            if res is None:
                continue
            body, note, checks, dom = res['body'], res['note'], res['checks'], res.get('dom', 'gov')
            lines = list(body)
            org = res.get('org') or org_name(ctx, dom)
            y = res.get('year') or ctx.year()
            if res.get('ctx', True):
                nb = r.choice([0, 1, 1, 2]) if len(lines) <= 4 else r.choice([0, 1])
                na = r.choice([0, 0, 1, 1, 2]) if len(lines) + nb <= 6 else 0
                pre = []
                kinds = r.sample(['T', 'O', 'H'], nb)
                for kd in ('T', 'O', 'H'):
                    if kd in kinds:
                        pre.append(r.choice({'T': INTRO_T, 'O': INTRO_O, 'H': INTRO_H}[kd]))
                post = r.sample(OUTRO, na)
                lines = [s.format(y=y, org=org) for s in pre] + lines + [s.format(y=y, org=org) for s in post]
            text = '\n'.join(lines)
            text = text.replace('{org}', org).replace('{y}', str(y))
            rec = {'id': '', 'family': family, 'style': name, 'label': label, 'text': text,
                   'note': note, 'checks': checks}
            if text in seen:
                continue
            errs = verify_record(dict(rec, id='n25-%s-000000' % family))
            if errs:
                continue
            seen.add(text)
            out.append(rec)
            break
        else:
            raise RuntimeError('style %s could not produce a %s record' % (name, label))
    return out


class Retry(Exception):
    pass


def need(cond):
    if not cond:
        raise Retry()


# ---------------------------------------------------------------------------
# TOTALS styles (checkable)
# ---------------------------------------------------------------------------

def sum_case(r, bad, k, lo, hi, prefer=None):
    parts = parts_of(r, k, lo, hi)
    total = sum(parts)
    what = 'parts add to total'
    if bad:
        total, parts, what = corrupt_sum(r, total, parts, prefer)
    return total, parts, what


def note_sum(bad, total, parts, what, label='total'):
    if bad:
        return '%s: %s' % (label, what)
    return '%s %s = %s, consistent' % (label, '+'.join(str(p) for p in parts), total)


def T(c_, bad, body, note, checks, dom="gov", **kw):
    d = {'body': body, 'note': note, 'checks': checks, 'dom': dom}
    d.update(kw)
    return d


@style('qizhong_dunhao_cases', 'totals')
def t1(c, bad):
    r = c.r
    cats = r.sample(['水污染', '大气污染', '噪声污染', '固体废物', '危险废物', '辐射安全', '土壤污染'], r.randint(3, 4))
    tot, ps, w = sum_case(r, bad, len(cats), 3, 40)
    m = dmode(r)
    body = ['全年共立案查处环境违法案件%s起，其中%s。' % (F(tot, m), '、'.join('%s%s起' % (n, F(p, m)) for n, p in zip(cats, ps))),
            '累计处罚金额已全部缴入国库。']
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'cases'), [S(F(tot, m), [F(p, m) for p in ps])], 'env')


@style('fenbiewei_matching_order', 'totals')
def t2(c, bad):
    r = c.r
    cats = r.sample(['民事', '刑事', '行政', '执行', '国家赔偿'], 3)
    tot, ps, w = sum_case(r, bad, 3, 20, 3000)
    m = dmode(r)
    body = ['全年共受理各类案件%s件，%s案件分别为%s件。' % (F(tot, m), '、'.join(cats), '件、'.join(F(p, m) for p in ps)),
            '审判质效主要指标保持全市前列。']
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'cases by 分别为'), [S(F(tot, m), [F(p, m) for p in ps])], 'court')


@style('parts_then_heji', 'totals')
def t3(c, bad):
    r = c.r
    cats = r.sample(['有限责任公司', '个人独资企业', '合伙企业', '个体工商户', '农民专业合作社'], r.randint(3, 4))
    tot, ps, w = sum_case(r, bad, len(cats), 5, 900)
    m = dmode(r)
    body = ['新登记%s，合计%s户。' % ('、'.join('%s%s户' % (n, F(p, m)) for n, p in zip(cats, ps)), F(tot, m))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'new registrations, whole after parts'), [S(F(tot, m), [F(p, m) for p in ps])], 'gov')


@style('baokuo_paren_figures', 'totals')
def t4(c, bad):
    r = c.r
    cats = r.sample(['小学', '初中', '高中', '中职学校', '幼儿园', '特殊教育学校'], r.randint(3, 4))
    tot, ps, w = sum_case(r, bad, len(cats), 2, 60)
    body = ['全县现有各级各类学校%d所，包括%s。' % (tot, '、'.join('%s（%d所）' % (n, p) for n, p in zip(cats, ps)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'schools, figures in brackets'), [S(str(tot), [str(p) for p in ps])], 'edu')


@style('colon_semicolon_wanyuan', 'totals')
def t5(c, bad):
    r = c.r
    cats = r.sample(['城市低保金', '农村低保金', '特困人员供养金', '临时救助金', '孤儿基本生活费'], r.randint(3, 4))
    d = r.choice([1, 2])
    ps = [Fraction(r.randint(100, 90000), 10 ** d) for _ in cats]
    tot = sum(ps)
    w = ''
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['全年累计发放各类救助资金%s万元：%s。' % (D(tot, d), '；'.join('%s%s万元' % (n, D(p, d)) for n, p in zip(cats, ps)))]
    note = 'funds colon/semicolon list; ' + (w if bad else 'parts add exactly')
    return T(c, bad, body, note, [S(D(tot, d), [D(p, d) for p in ps])], 'civil')


@style('yishi_ershi_items_sum', 'totals')
def t6(c, bad):
    r = c.r
    acts = r.sample(['开展安全生产检查', '排查整改隐患', '组织应急演练', '约谈企业负责人', '开展宣传培训'], 3)
    tot, ps, w = sum_case(r, bad, 3, 4, 80)
    unit = '次'
    ords = ['一是', '二是', '三是']
    body = ['全年共开展专项行动%d次。' % tot] + ['%s%s专项行动%d次。' % (o, a.replace('开展', ''), p) for o, a, p in zip(ords, acts, ps)]
    body = [body[0], ''.join(body[1:])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'actions under 一是/二是'), [S(str(tot), [str(p) for p in ps])], 'gov')


@style('paren_numbered_lines', 'totals')
def t7(c, bad):
    r = c.r
    cats = r.sample(['公办幼儿园', '普惠性民办幼儿园', '小学', '初级中学', '九年一贯制学校'], 3)
    tot, ps, w = sum_case(r, bad, 3, 300, 6000)
    m = r.choice(['a', 'c', 'fw'])
    body = ['{y}年秋季新增学位%s个，具体如下：' % F(tot, m)] + ['(%d)%s新增学位%s个；' % (i + 1, n, F(p, m)) for i, (n, p) in enumerate(zip(cats, ps))]
    body[-1] = body[-1][:-1] + '。'
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'new school places, (1)(2)(3) lines'), [S(F(tot, m), [F(p, m) for p in ps])], 'edu')


@style('circled_items_after_total', 'totals')
def t8(c, bad):
    r = c.r
    cats = r.sample(['路灯维修', '井盖更换', '违停治理', '垃圾清运', '绿化补植', '占道经营'], 4)
    tot, ps, w = sum_case(r, bad, 4, 10, 500)
    circ = '①②③④'
    body = ['城市管理平台受理问题%d件：%s。' % (tot, '，'.join('%s%s%d件' % (circ[i], n, p) for i, (n, p) in enumerate(zip(cats, ps))))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'circled items'), [S(str(tot), [str(p) for p in ps])], 'petition')


@style('line_list_total_last', 'totals')
def t9(c, bad):
    r = c.r
    cats = r.sample(['学前教育', '小学', '初中', '普通高中', '中等职业教育'], 4)
    tot, ps, w = sum_case(r, bad, 4, 800, 40000)
    m = r.choice(['a', 'c', 's'])
    body = ['各学段在校生人数：'] + ['%s：%s人' % (n, F(p, m)) for n, p in zip(cats, ps)] + ['合计：%s人' % F(tot, m)]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'enrolment by level, line list'), [S(F(tot, m), [F(p, m) for p in ps])], 'edu')


@style('pipe_table_single_col', 'totals')
def t10(c, bad):
    r = c.r
    cats = r.sample(['城镇职工医保', '城乡居民医保', '大病保险', '医疗救助'], r.randint(3, 4))
    d = 2
    ps = [Fraction(r.randint(1000, 500000), 100) for _ in cats]
    tot = sum(ps)
    w = ''
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['表1 医疗保障基金支出情况（单位：万元）', '项目 | 支出金额'] + ['%s | %s' % (n, D(p, d)) for n, p in zip(cats, ps)] + ['合计 | %s' % D(tot, d)]
    return T(c, bad, body, 'flattened table, 合计 row; ' + (w if bad else 'adds exactly'), [S(D(tot, d), [D(p, d) for p in ps])], 'health', ctx=False)


@style('multi_year_table_column_totals', 'totals')
def t11(c, bad):
    r = c.r
    y = r.choice([2022, 2023])
    yrs = [y - 2, y - 1, y]
    cats = r.sample(['养老机构', '社区日间照料中心', '农村幸福院', '医养结合机构'], 3)
    grid = [[r.randint(20, 900) for _ in yrs] for _ in cats]
    tots = [sum(grid[i][j] for i in range(3)) for j in range(3)]
    w = ''
    if bad:
        j = r.randrange(3)
        if r.random() < 0.5:
            tots[j] = perturb(r, tots[j])
            w = 'column %d年 total wrong' % yrs[j]
        else:
            i = r.randrange(3)
            grid[i][j] = perturb(r, grid[i][j])
            w = 'cell %s %d年 changed; column %d年 no longer adds' % (cats[i], yrs[j], yrs[j])
    sep = r.choice(['\t', ' | ', '  '])
    body = ['养老服务床位数（张）', sep.join(['类别'] + ['%d年' % x for x in yrs])]
    for i, n in enumerate(cats):
        body.append(sep.join([n] + [str(v) for v in grid[i]]))
    body.append(sep.join(['合计'] + [str(v) for v in tots]))
    checks = [S(str(tots[j]), [str(grid[i][j]) for i in range(3)]) for j in range(3)]
    # column totals tokens may coincide with other cells; verification uses values
    return T(c, bad, body, 'three years side by side, column totals; ' + (w if bad else 'all three columns add'), checks, 'civil', ctx=False)


@style('income_expense_balance', 'totals')
def t12(c, bad):
    r = c.r
    inc = r.randint(5000, 900000)
    exp = r.randint(inc // 2, inc - 1)
    bal = inc - exp
    if bad:
        bal = perturb(r, bal)
    body = ['村集体经济全年收入%s元，支出%s元，结余%s元。' % (F(inc, 'c'), F(exp, 'c'), F(bal, 'c')), '收支情况已在村务公开栏公示。']
    note = 'income - expense = balance: %d-%d=%d %s' % (inc, exp, inc - exp, '' if not bad else '(stated %d)' % bal)
    return T(c, bad, body, note, [FL(F(inc, 'c'), F(bal, 'c'), minus=[F(exp, 'c')])], 'village')


@style('budget_execution_carryover', 'totals')
def t13(c, bad):
    r = c.r
    d = 2
    bud = Fraction(r.randint(100000, 9000000), 100)
    spent = bud * Fraction(r.randint(70, 99), 100)
    spent = round_frac(spent, d)
    carry = bud - spent
    if bad:
        carry = carry + Fraction(r.choice([1, 10, 100, 1000, 5]), 100) * r.choice([-1, 1])
    body = ['年初预算安排专项资金%s万元，实际支出%s万元，结转下年%s万元。' % (D(bud, d), D(spent, d), D(carry, d))]
    return T(c, bad, body, 'budget = spent + carry-over' + (' broken' if bad else ' holds'), [FL(D(bud, d), D(carry, d), minus=[D(spent, d)])], 'fin')


@style('change_increase_from_to', 'totals')
def t14(c, bad):
    r = c.r
    a = r.randint(20, 3000)
    b = a + r.randint(1, a)
    dlt = b - a
    if bad:
        dlt = perturb(r, dlt)
    subj = r.choice(['全市注册志愿者', '家庭医生签约团队', '社区专职网格员', '持证社会工作者'])
    unit = '人' if '团队' not in subj else '个'
    body = ['%s由上年的%d%s增加到%d%s，增加%d%s。' % (subj, a, unit, b, unit, dlt, unit)]
    return T(c, bad, body, 'change %d->%d stated +%d' % (a, b, dlt), [FL(str(a), str(b), plus=[str(dlt)])], 'gov')


@style('change_decrease_from_to', 'totals')
def t15(c, bad):
    r = c.r
    a = r.randint(30, 5000)
    b = r.randint(1, a - 1)
    dlt = a - b
    if bad:
        dlt = perturb(r, dlt)
    subj = r.choice(['道路交通事故起数', '信访件数量', '安全生产事故', '火灾起数'])
    unit = '起' if '信访' not in subj else '件'
    body = ['%s从%d%s下降至%d%s，减少%d%s。' % (subj, a, unit, b, unit, dlt, unit)]
    return T(c, bad, body, 'decrease %d->%d stated -%d' % (a, b, dlt), [FL(str(a), str(b), minus=[str(dlt)])], 'gov')


@style('this_year_last_year_more', 'totals')
def t16(c, bad):
    r = c.r
    a = r.randint(50, 900)
    b = a + r.randint(1, 300)
    dlt = b - a
    if bad:
        dlt = perturb(r, dlt)
    body = ['今年新建改建公共厕所%d座，上年为%d座，比上年多建%d座。' % (b, a, dlt)]
    return T(c, bad, body, 'current minus previous', [FL(str(a), str(b), plus=[str(dlt)])], 'gov')


@style('persontimes_qizhong', 'totals')
def t17(c, bad):
    r = c.r
    cats = r.sample(['助餐', '助洁', '助浴', '助医', '精神慰藉'], r.randint(3, 4))
    tot, ps, w = sum_case(r, bad, len(cats), 200, 20000)
    users = r.randint(200, 3000)
    m = dmode(r)
    body = ['居家养老服务覆盖老年人%s人，全年上门服务%s人次，其中%s。' % (F(users, m), F(tot, m), '、'.join('%s%s人次' % (n, F(p, m)) for n, p in zip(cats, ps)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'person-times (headcount beside is not a whole)'), [S(F(tot, m), [F(p, m) for p in ps])], 'civil')


@style('beds_two_parts', 'totals')
def t18(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 2, 50, 3000)
    body = ['全区养老机构床位达到%d张，其中护理型床位%d张、普通床位%d张。' % (tot, ps[0], ps[1])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'beds'), [S(str(tot), [str(p) for p in ps])], 'civil')


@style('enrolment_levels_wan', 'totals')
def t19(c, bad):
    r = c.r
    cats = ['幼儿园', '小学', '初中', '高中']
    d = 2
    ps = [Fraction(r.randint(50, 6000), 100) for _ in cats]
    tot = sum(ps)
    w = ''
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['全市各级各类学校在校生%s万人，其中%s。' % (D(tot, d), '，'.join('%s%s万人' % (n, D(p, d)) for n, p in zip(cats, ps)))]
    return T(c, bad, body, 'enrolment in 万人; ' + (w if bad else 'adds exactly'), [S(D(tot, d), [D(p, d) for p in ps])], 'edu')


@style('teachers_gender', 'totals')
def t20(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 2, 100, 8000)
    m = dmode(r, allow_cn=False)
    order = r.random() < 0.5
    body = ['全县共有专任教师%s人，%s。' % (F(tot, m), ('其中男教师%s人、女教师%s人' if order else '男、女教师分别为%s人和%s人') % (F(ps[0], m), F(ps[1], m)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'teachers by sex'), [S(F(tot, m), [F(p, m) for p in ps])], 'edu')


@style('outpatient_wan_persontimes', 'totals')
def t21(c, bad):
    r = c.r
    d = 1
    ps = [Fraction(r.randint(50, 9000), 10) for _ in range(2)]
    tot = sum(ps)
    w = ''
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['全年完成门急诊%s万人次，其中门诊%s万人次、急诊%s万人次；出院患者数量同比略有增长。' % (D(tot, d), D(ps[0], d), D(ps[1], d))]
    return T(c, bad, body, 'outpatient+emergency; ' + (w if bad else 'adds'), [S(D(tot, d), [D(p, d) for p in ps])], 'health')


@style('vaccination_doses', 'totals')
def t22(c, bad):
    r = c.r
    p1 = r.randint(2000, 90000)
    p2 = r.randint(p1 // 2, p1)
    p3 = r.randint(p2 // 3, p2)
    ps = [p1, p2, p3]
    tot = sum(ps)
    w = ''
    if bad:
        tot, ps, w = corrupt_sum(r, tot, ps)
        need(ps[1] <= ps[0] and ps[2] <= ps[1])
    m = r.choice(['a', 'c'])
    body = ['累计接种疫苗%s剂次，其中第一剂%s剂次，第二剂%s剂次，加强免疫%s剂次。' % tuple(F(x, m) for x in [tot] + ps)]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'doses'), [S(F(tot, m), [F(p, m) for p in ps])], 'health')


@style('disability_subsidy_two_kinds', 'totals')
def t23(c, bad):
    r = c.r
    d = 2
    p = [Fraction(r.randint(1000, 99999), 100) for _ in range(2)]
    n = [r.randint(300, 9000) for _ in range(2)]
    tot = sum(p)
    w = ''
    if bad:
        tot, p, w = corrupt_dec_sum(r, tot, p, d)
    body = ['落实困难残疾人生活补贴和重度残疾人护理补贴，分别惠及%d人次、%d人次，发放资金%s万元、%s万元，合计%s万元。' % (n[0], n[1], D(p[0], d), D(p[1], d), D(tot, d))]
    return T(c, bad, body, 'two subsidies, money total only (person-times not totalled); ' + (w if bad else 'adds'), [S(D(tot, d), [D(x, d) for x in p])], 'dis')


@style('dibao_households_and_persons', 'totals')
def t24(c, bad):
    r = c.r
    hh = [r.randint(100, 5000) for _ in range(2)]
    pp = [h + r.randint(h // 3, h) for h in hh]
    H, P = sum(hh), sum(pp)
    w = 'both households and persons add'
    which = r.randrange(2)
    if bad:
        if which == 0:
            H, hh, w = corrupt_sum(r, H, hh)
            w = 'households: ' + w
        else:
            P, pp, w = corrupt_sum(r, P, pp)
            w = 'persons: ' + w
    body = ['年末全县保障城乡低保对象%d户%d人，其中城市低保%d户%d人，农村低保%d户%d人。' % (H, P, hh[0], pp[0], hh[1], pp[1])]
    return T(c, bad, body, 'two sums (户 and 人); ' + w, [S(str(H), [str(x) for x in hh]), S(str(P), [str(x) for x in pp])], 'civil')


@style('veterans_visits_named', 'totals')
def t25(c, bad):
    r = c.r
    cats = r.sample(['重点优抚对象', '伤残军人', '烈士遗属', '现役军人家属', '困难退役军人'], 3)
    tot, ps, w = sum_case(r, bad, 3, 10, 600)
    m = dmode(r, allow_cn=True)
    body = ['春节、“八一”期间走访慰问%s%s人，分别是%s。' % ('、'.join(cats), F(tot, m), '、'.join('%s%s人' % (n, F(p, m)) for n, p in zip(cats, ps)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'visits'), [S(F(tot, m), [F(p, m) for p in ps])], 'vet')


@style('sports_events_levels', 'totals')
def t26(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 3, 1, 60)
    body = ['承办各级体育赛事%d场，国家级、省级、市级赛事分别为%d场、%d场和%d场，参赛运动员来自多个省份。' % (tot, ps[0], ps[1], ps[2])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'events'), [S(str(tot), [str(p) for p in ps])], 'sport')


@style('fitness_facilities_baokuo', 'totals')
def t27(c, bad):
    r = c.r
    cats = r.sample(['笼式足球场', '健身步道', '门球场', '多功能运动场', '社区健身路径'], 3)
    tot, ps, w = sum_case(r, bad, 3, 2, 90)
    m = r.choice(['cn', 'a'])
    body = ['新建全民健身设施%s处，包括%s。' % (F(tot, m), '、'.join('%s%s处' % (n, F(p, m)) for n, p in zip(cats, ps)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'facilities'), [S(F(tot, m), [F(p, m) for p in ps])], 'sport')


@style('library_holdings_wan_ce', 'totals')
def t28(c, bad):
    r = c.r
    d = 2
    ps = [Fraction(r.randint(500, 90000), 100) for _ in range(3)]
    tot = sum(ps)
    w = ''
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['馆藏文献总量达%s万册（件），其中纸质图书%s万册、电子图书%s万册、报刊合订本%s万册。' % (D(tot, d), D(ps[0], d), D(ps[1], d), D(ps[2], d))]
    return T(c, bad, body, 'library holdings; ' + (w if bad else 'adds'), [S(D(tot, d), [D(p, d) for p in ps])], 'culture')


@style('performances_two_measures', 'totals')
def t29(c, bad):
    r = c.r
    sh = [r.randint(5, 200) for _ in range(3)]
    S_ = sum(sh)
    w = 'adds'
    if bad:
        S_, sh, w = corrupt_sum(r, S_, sh)
    aud = r.randint(5, 90)
    body = ['全年组织文艺演出%d场，其中送戏下乡%d场、广场文化活动%d场、剧场演出%d场，观众约%d万人次。' % (S_, sh[0], sh[1], sh[2], aud)]
    return T(c, bad, body, note_sum(bad, S_, sh, w, 'performances (audience is approximate, unchecked)'), [S(str(S_), [str(x) for x in sh])], 'culture')


@style('holiday_tourism_two_sums', 'totals')
def t30(c, bad):
    r = c.r
    d = 2
    v = [Fraction(r.randint(100, 9000), 100) for _ in range(2)]
    V = sum(v)
    w = 'adds'
    if bad:
        V, v, w = corrupt_dec_sum(r, V, v, d)
    hol = r.choice(['国庆', '春节', '“五一”'])
    body = ['%s假期全县共接待游客%s万人次，其中过夜游客%s万人次、一日游游客%s万人次。' % (hol, D(V, d), D(v[0], d), D(v[1], d))]
    return T(c, bad, body, 'holiday arrivals; ' + w, [S(D(V, d), [D(x, d) for x in v])], 'tour')


@style('chinese_numerals_small', 'totals')
def t31(c, bad):
    r = c.r
    cats = r.sample(['安全生产', '食品安全', '消防安全', '燃气安全'], 3)
    tot, ps, w = sum_case(r, bad, 3, 2, 40)
    body = ['共组织开展联合执法检查%s次，其中%s。' % (cn(tot), '，'.join('%s方面%s次' % (n, cn(p)) for n, p in zip(cats, ps)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'Chinese numerals'), [S(cn(tot), [cn(p) for p in ps])], 'gov')


@style('fullwidth_digits_list', 'totals')
def t32(c, bad):
    r = c.r
    cats = r.sample(['户籍人口', '流动人口', '境外人员'], 2)
    tot, ps, w = sum_case(r, bad, 2, 100, 90000)
    body = ['辖区登记人口%s人，其中%s%s人，%s%s人。' % (F(tot, 'fw'), cats[0], F(ps[0], 'fw'), cats[1], F(ps[1], 'fw'))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'full-width digits'), [S(F(tot, 'fw'), [F(p, 'fw') for p in ps])], 'petition')


@style('thousands_comma_space', 'totals')
def t33(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 3, 1000, 90000)
    m = r.choice(['c', 's', 'cf'])
    sep = '；' if m == 'cf' else '，'
    body = ['全年新增城镇就业%s人%s其中高校毕业生%s人%s就业困难人员%s人%s返乡创业人员%s人。' % (F(tot, m), sep, F(ps[0], m), sep, F(ps[1], m), sep, F(ps[2], m))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'thousands separators (%s)' % m), [S(F(tot, m), [F(p, m) for p in ps])], 'hr')


@style('yi_wan_mixed_units', 'totals')
def t34(c, bad):
    r = c.r
    ps = [r.randint(5000, 9999) for _ in range(2)]
    tot = sum(ps)
    # total in 亿 with exact representation
    need(tot % 10 == 0)
    ty = Fraction(tot, 10000)
    d = len(str(tot).rstrip('0')) - 0
    dd = 0
    while ty * 10 ** dd != int(ty * 10 ** dd):
        dd += 1
    w = 'adds'
    if bad:
        i = r.randrange(2)
        ps[i] += r.choice([-1, 1]) * r.choice([100, 200, 50, 1000])
        need(ps[i] > 0)
        w = 'part %d changed, parts add to %d万 not %s亿' % (i + 1, sum(ps), D(ty, dd))
    body = ['全年完成固定资产投资%s亿元，其中工业投资%d万元，基础设施投资%d万元。' % (D(ty, dd), ps[0], ps[1])]
    return T(c, bad, body, 'total in 亿, parts in 万; ' + w, [S(D(ty, dd) + '亿', ['%d万' % p for p in ps])], 'stat')


@style('whole_after_parts_quanxian_gongji', 'totals')
def t35(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 2, 3, 120)
    body = ['城区建成新时代文明实践站%d个，乡镇建成%d个，全县共计%d个，实现全覆盖。' % (ps[0], ps[1], tot)]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'whole after parts'), [S(str(tot), [str(p) for p in ps])], 'gov')


@style('name_bracket_figures_then_total', 'totals')
def t36(c, bad):
    r = c.r
    k = r.randint(3, 5)
    names = []
    while len(names) < k:
        nn = c.nm() + '社区'
        if nn not in names:
            names.append(nn)
    tot, ps, w = sum_case(r, bad, k, 5, 120)
    body = ['完成老旧小区改造涉及%s，共%d栋。' % ('、'.join('%s（%d栋）' % (n, p) for n, p in zip(names, ps)), tot)]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'bracket figures after names'), [S(str(tot), [str(p) for p in ps])], 'gov')


@style('parts_spread_over_sentences', 'totals')
def t37(c, bad):
    r = c.r
    names = [c.nm() + '镇' for _ in range(3)]
    tot, ps, w = sum_case(r, bad, 3, 10, 400)
    body = ['%s完成农村改厕%d户，进度居全县首位。' % (names[0], ps[0]),
            '%s完成%d户。%s完成%d户，剩余任务已列入明年计划。' % (names[1], ps[1], names[2], ps[2]),
            '以上三个乡镇合计完成农村改厕%d户。' % tot]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'parts spread across sentences, total last'), [S(str(tot), [str(p) for p in ps])], 'agri')


@style('village_households_types', 'totals')
def t38(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 3, 5, 400)
    body = ['全村共有农户%d户，其中脱贫户%d户、监测户%d户、一般农户%d户。' % (tot, ps[0], ps[1], ps[2]), '村“两委”干部全部实行包片联户。']
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'households'), [S(str(tot), [str(p) for p in ps])], 'village')


@style('company_revenue_main_other', 'totals')
def t39(c, bad):
    r = c.r
    d = 2
    ps = [Fraction(r.randint(100000, 9000000), 100), Fraction(r.randint(1000, 90000), 100)]
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['报告期内，公司实现营业收入%s万元，其中主营业务收入%s万元，其他业务收入%s万元。' % (D(tot, d, 'c'), D(ps[0], d, 'c'), D(ps[1], d, 'c'))]
    return T(c, bad, body, 'company revenue; ' + w, [S(D(tot, d, 'c'), [D(x, d, 'c') for x in ps])], 'company')


@style('audit_problem_amounts', 'totals')
def t40(c, bad):
    r = c.r
    d = 2
    cats = r.sample(['违规使用资金', '损失浪费', '管理不规范', '应缴未缴'], 3)
    ps = [Fraction(r.randint(1000, 500000), 100) for _ in cats]
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['审计查出主要问题金额%s万元。按问题性质分：%s。' % (D(tot, d), '；'.join('%s%s万元' % (n, D(p, d)) for n, p in zip(cats, ps))), '相关问题已移送主管部门督促整改。']
    return T(c, bad, body, 'audit amounts; ' + w, [S(D(tot, d), [D(x, d) for x in ps])], 'audit')


@style('procuratorate_prosecution', 'totals')
def t41(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 3, 5, 600)
    body = ['全年共审查起诉各类刑事犯罪%d人。按罪名分，危险驾驶%d人、盗窃%d人、帮助信息网络犯罪活动%d人，其余为零星案件。' % (tot, ps[0], ps[1], ps[2])]
    # 'others' said to be 零星 but the list says 按罪名分 ... to keep checkable we must not say others exist
    body = ['全年共审查起诉各类刑事犯罪%d人，其中危险驾驶%d人、盗窃%d人、其他犯罪%d人。' % (tot, ps[0], ps[1], ps[2])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'prosecutions incl. 其他'), [S(str(tot), [str(p) for p in ps])], 'proc')


@style('nested_qizhong_han', 'totals')
def t42(c, bad):
    r = c.r
    a1, a2 = r.randint(2, 30), r.randint(2, 30)
    a = a1 + a2
    b = r.randint(3, 40)
    N = a + b
    w = 'both levels add'
    if bad:
        if r.random() < 0.5:
            a1 = perturb(r, a1)
            w = 'inner: 新建%d != %d+%d' % (a, a1, a2)
        else:
            N = perturb(r, N)
            w = 'outer: %d != %d+%d' % (N, a, b)
    body = ['全年实施重点项目%d个，其中新建项目%d个（含省重点%d个、市重点%d个），续建项目%d个。' % (N, a, a1, a2, b)]
    return T(c, bad, body, 'nested 其中/含; ' + w, [S(str(N), [str(a), str(b)]), S(str(a), [str(a1), str(a2)])], 'gov')


@style('plan_done_remaining', 'totals')
def t43(c, bad):
    r = c.r
    N = r.randint(20, 900)
    a = r.randint(N // 2, N - 1)
    rem = N - a
    if bad:
        rem = perturb(r, rem)
    body = ['年度计划实施民生实事项目%d件，目前已完成%d件，剩余%d件正在加快推进。' % (N, a, rem)]
    return T(c, bad, body, 'plan - done = remaining', [FL(str(N), str(rem), minus=[str(a)])], 'gov')


@style('three_years_cumulative', 'totals')
def t44(c, bad):
    r = c.r
    y = r.choice([2022, 2023, 2024])
    ps = [r.randint(5, 300) for _ in range(3)]
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_sum(r, tot, ps)
    body = ['%d年、%d年、%d年分别新增规上工业企业%d家、%d家、%d家，三年累计新增%d家。' % (y - 2, y - 1, y, ps[0], ps[1], ps[2], tot)]
    return T(c, bad, body, 'three years cumulative; ' + w, [S(str(tot), [str(p) for p in ps])], 'stat', year=y)


@style('errata_corrected_total', 'totals')
def t45(c, bad):
    r = c.r
    cats = r.sample(['小学', '初中', '高中'], 3)
    ps = parts_of(r, 3, 100, 3000)
    tot = sum(ps)
    wrong_old = perturb(r, tot)
    w = 'corrected total matches parts'
    corr = tot
    if bad:
        corr = perturb(r, tot)
        need(corr != wrong_old)
        w = 'corrected figure %d still does not match parts sum %d' % (corr, tot)
    body = ['更正说明：本报告第二部分“全县义务教育和高中阶段学校共招收新生%d人”有误，应为“%d人”，特此更正。' % (wrong_old, corr),
            '其中%s招生%d人、%s招生%d人、%s招生%d人。' % (cats[0], ps[0], cats[1], ps[1], cats[2], ps[2])]
    return T(c, bad, body, 'errata: the old figure is declared wrong by the document; checked relation is corrected total vs parts; ' + w,
             [S(str(corr), [str(p) for p in ps])], 'edu')


@style('start_add_remove_end', 'totals')
def t46(c, bad):
    r = c.r
    a = r.randint(200, 5000)
    b = r.randint(5, 500)
    cc = r.randint(5, 400)
    e = a + b - cc
    if bad:
        e = perturb(r, e)
    body = ['年初在册特困供养人员%d人，年内新增%d人、减少%d人，年末在册%d人。' % (a, b, cc, e)]
    return T(c, bad, body, 'start + in - out = end', [FL(str(a), str(e), plus=[str(b)], minus=[str(cc)])], 'civil')


@style('carry_in_income_expense_end', 'totals')
def t47(c, bad):
    r = c.r
    d = 2
    a = Fraction(r.randint(1000, 900000), 100)
    b = Fraction(r.randint(10000, 9000000), 100)
    x = Fraction(r.randint(10000, 9000000), 100)
    need(a + b - x > 0)
    e = a + b - x
    if bad:
        e += Fraction(r.choice([1, 10, 100, 1000]), 100) * r.choice([-1, 1])
    body = ['社会保险基金上年结余%s万元，本年收入%s万元，本年支出%s万元，年末滚存结余%s万元。' % (D(a, d), D(b, d), D(x, d), D(e, d))]
    return T(c, bad, body, 'balance flow', [FL(D(a, d), D(e, d), plus=[D(b, d)], minus=[D(x, d)])], 'hr')


@style('items_count_matches_list', 'totals')
def t48(c, bad):
    r = c.r
    pool = ['优化政务服务流程', '推进“一网通办”', '开展企业走访', '清理拖欠账款', '压减审批时限', '推行告知承诺制', '设立帮办代办窗口']
    k = r.randint(3, 5)
    items = r.sample(pool, k)
    stated = k
    if bad:
        stated = k + r.choice([-1, 1])
    ords = ['一是', '二是', '三是', '四是', '五是']
    head = '围绕优化营商环境，重点抓了%s项工作：' % cn(stated)
    body = [head + '；'.join('%s%s' % (o, it) for o, it in zip(ords, items)) + '。']
    return T(c, bad, body, 'count word %d vs %d listed items' % (stated, k), [{'rel': 'count', 'stated': cn(stated), 'items': ords[:k], 'holds': stated == k}], 'gov')


@style('names_count_word', 'totals')
def t49(c, bad):
    r = c.r
    k = r.randint(3, 6)
    names = []
    while len(names) < k:
        n = c.nm() + '村'
        if n not in names:
            names.append(n)
    stated = k
    if bad:
        stated = k + r.choice([-1, 1])
    body = ['将%s%s个村列为美丽乡村示范村，每村安排奖补资金并实行挂牌督办。' % ('、'.join(names), cn(stated))]
    return T(c, bad, body, 'count of listed village names %d vs stated %d' % (k, stated), [{'rel': 'count', 'stated': cn(stated), 'items': names, 'holds': stated == k}], 'agri')


@style('two_partitions_same_total', 'totals')
def t50(c, bad):
    r = c.r
    N = r.randint(100, 3000)
    m = r.randint(N // 3, 2 * N // 3)
    sx = [m, N - m]
    a1 = r.randint(N // 5, N // 2)
    a2 = r.randint(1, N - a1 - 1)
    ag = [a1, a2, N - a1 - a2]
    w = 'both partitions add'
    c1 = S(str(N), [str(x) for x in sx])
    if bad:
        i = r.randrange(3)
        ag[i] = perturb(r, ag[i])
        w = 'age partition no longer adds (%d)' % sum(ag)
    body = ['全年发展新党员%d名。从性别看，男性%d名、女性%d名；从年龄看，35岁以下%d名、36至45岁%d名、46岁以上%d名。' % (N, sx[0], sx[1], ag[0], ag[1], ag[2])]
    return T(c, bad, body, 'two partitions of one whole; ' + w, [c1, S(str(N), [str(x) for x in ag])], 'gov')


@style('table_row_totals', 'totals')
def t51(c, bad):
    r = c.r
    rows = r.sample(['东城片区', '西城片区', '南湖片区', '北山片区', '高新片区'], 3)
    grid = [[r.randint(2, 300) for _ in range(3)] for _ in rows]
    tots = [sum(g) for g in grid]
    w = 'all rows add'
    if bad:
        i = r.randrange(3)
        if r.random() < 0.5:
            tots[i] = perturb(r, tots[i])
        else:
            j = r.randrange(3)
            grid[i][j] = perturb(r, grid[i][j])
        w = 'row %s no longer adds' % rows[i]
    body = ['片区 | 新增车位 | 新增充电桩 | 新增停车场 | 小计'] if False else ['片区 | 上半年 | 三季度 | 四季度 | 全年']
    for n, g, t in zip(rows, grid, tots):
        body.append(' | '.join([n] + [str(v) for v in g] + [str(t)]))
    body.insert(0, '各片区新增公共停车泊位（个）')
    return T(c, bad, body, 'row totals in flattened table; ' + w, [S(str(t), [str(v) for v in g]) for g, t in zip(grid, tots)], 'gov', ctx=False)


@style('afforestation_hectares_decimal', 'totals')
def t52(c, bad):
    r = c.r
    d = 1
    ps = [Fraction(r.randint(100, 50000), 10) for _ in range(3)]
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['完成营造林%s公顷，其中人工造林%s公顷、封山育林%s公顷、退化林修复%s公顷。' % (D(tot, d), D(ps[0], d), D(ps[1], d), D(ps[2], d))]
    return T(c, bad, body, 'hectares; ' + w, [S(D(tot, d), [D(x, d) for x in ps])], 'agri')


@style('bi_duo_difference', 'totals')
def t53(c, bad):
    r = c.r
    a = r.randint(50, 5000)
    b = a + r.randint(1, 3000)
    dlt = b - a
    if bad:
        dlt = perturb(r, dlt)
    body = ['城镇参保人数为%d人，农村参保人数为%d人，农村比城镇多%d人。' % (a, b, dlt)]
    return T(c, bad, body, 'difference between two stated groups', [FL(str(a), str(b), plus=[str(dlt)])], 'hr')


@style('colon_per_line_heji', 'totals')
def t54(c, bad):
    r = c.r
    cats = r.sample(['粮食', '蔬菜', '水果', '茶叶', '中药材'], 3)
    d = 1
    ps = [Fraction(r.randint(100, 90000), 10) for _ in cats]
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['主要农产品产量（吨）'] + ['%s：%s' % (n, D(p, d)) for n, p in zip(cats, ps)] + ['合计：%s' % D(tot, d)]
    return T(c, bad, body, 'tonnes, line list; ' + w, [S(D(tot, d), [D(x, d) for x in ps])], 'agri', ctx=False)


@style('births_delivery_mode', 'totals')
def t55(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 2, 200, 6000)
    body = ['全年住院分娩%d例，其中自然分娩%d例，剖宫产%d例，未发生孕产妇死亡。' % (tot, ps[0], ps[1])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'deliveries'), [S(str(tot), [str(p) for p in ps])], 'health')


@style('school_projects_and_places', 'totals')
def t56(c, bad):
    r = c.r
    s = [r.randint(1, 8), r.randint(1, 12)]
    S1 = sum(s)
    pl = [r.randint(5, 60) * 45 for _ in range(2)]
    P1 = sum(pl)
    w = 'both add'
    if bad:
        if r.random() < 0.5:
            S1, s, w = corrupt_sum(r, S1, s)
            w = 'schools: ' + w
        else:
            P1, pl, w = corrupt_sum(r, P1, pl)
            w = 'places: ' + w
    body = ['实施学校建设项目%d个，新增学位%d个。其中新建学校%d所、新增学位%d个；改扩建学校%d所、新增学位%d个。' % (S1, P1, s[0], pl[0], s[1], pl[1])]
    return T(c, bad, body, 'schools and places; ' + w, [S(str(S1), [str(x) for x in s]), S(str(P1), [str(x) for x in pl])], 'edu')


@style('gongan_persons_caught', 'totals')
def t57(c, bad):
    r = c.r
    tot, ps, w = sum_case(r, bad, 2, 3, 300)
    m = dmode(r, allow_cn=True)
    body = ['破获电信网络诈骗案件后，依法处理违法犯罪嫌疑人%s名，其中刑事拘留%s名，行政拘留%s名。' % (F(tot, m), F(ps[0], m), F(ps[1], m))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'persons'), [S(F(tot, m), [F(p, m) for p in ps])], 'gov')


@style('gongzhong_semicolon_bullets', 'totals')
def t58(c, bad):
    r = c.r
    cats = r.sample(['农村公路', '城市道路', '桥梁', '人行天桥'], 2)
    d = 1
    ps = [Fraction(r.randint(10, 900), 10) for _ in range(3)]
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_dec_sum(r, tot, ps, d)
    body = ['新改建道路%s公里。' % D(tot, d), '——县道升级改造%s公里；' % D(ps[0], d), '——乡村道路硬化%s公里；' % D(ps[1], d), '——城市主次干道%s公里。' % D(ps[2], d)]
    return T(c, bad, body, 'km, dash bullets; ' + w, [S(D(tot, d), [D(x, d) for x in ps])], 'gov')


@style('hospital_staff_categories', 'totals')
def t59(c, bad):
    r = c.r
    cats = ['执业（助理）医师', '注册护士', '药师', '技师', '其他人员']
    tot, ps, w = sum_case(r, bad, 5, 10, 900)
    body = ['医院现有在岗职工%d人。其中：%s。' % (tot, '，'.join('%s%d人' % (n, p) for n, p in zip(cats, ps)))]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'staff (five categories incl. 其他)'), [S(str(tot), [str(p) for p in ps])], 'health')


@style('petition_channels_wholes_later', 'totals')
def t60(c, bad):
    r = c.r
    ps = parts_of(r, 3, 10, 900)
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_sum(r, tot, ps)
    body = ['来信%d件，来访%d批次，网上信访%d件。' % (ps[0], ps[1], ps[2]), '以上各渠道合计受理群众诉求%d件（批次）。' % tot]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'channels, whole in later sentence'), [S(str(tot), [str(p) for p in ps])], 'petition')


@style('renjun_not_summed_plus_sum', 'totals')
def t61(c, bad):
    r = c.r
    ps = parts_of(r, 2, 300, 8000)
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_sum(r, tot, ps)
    body = ['发放创业担保贷款%d万元，其中个人贷款%d万元、小微企业贷款%d万元，带动就业人数逐年提高。' % (tot, ps[0], ps[1])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'loans'), [S(str(tot), [str(p) for p in ps])], 'hr')


@style('cn_numerals_liang_qian', 'totals')
def t62(c, bad):
    r = c.r
    ps = [r.randint(2, 29) * 100 for _ in range(2)]
    tot = sum(ps)
    w = 'adds'
    if bad:
        i = r.randrange(2)
        ps[i] += r.choice([-100, 100, 200])
        need(ps[i] > 0)
        w = 'part %d changed by hundreds' % (i + 1)
    body = ['全年培训新型职业农民%s人次，其中种植技术%s人次、电商直播%s人次。' % (cn(tot, True), cn(ps[0], True), cn(ps[1], True))]
    return T(c, bad, body, 'Chinese numerals with 两; ' + w, [S(cn(tot, True), [cn(p, True) for p in ps])], 'agri')


@style('quarterly_progress_sum', 'totals')
def t63(c, bad):
    r = c.r
    ps = parts_of(r, 4, 20, 900)
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_sum(r, tot, ps)
    body = ['一季度至四季度分别办理不动产登记%d件、%d件、%d件、%d件，全年办理%d件。' % tuple(ps + [tot])]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'quarters'), [S(str(tot), [str(p) for p in ps])], 'gov')


@style('home_care_users_by_level', 'totals')
def t64(c, bad):
    r = c.r
    cats = ['失能', '半失能', '高龄独居']
    ps = parts_of(r, 3, 20, 900)
    tot = sum(ps)
    w = 'adds'
    if bad:
        tot, ps, w = corrupt_sum(r, tot, ps)
    body = ['为%s老年人提供居家养老服务（%d人、%d人、%d人），服务对象合计%d人。' % ('、'.join(cats), ps[0], ps[1], ps[2], tot)]
    return T(c, bad, body, note_sum(bad, tot, ps, w, 'figures in one bracket, 分 in matching order'), [S(str(tot), [str(p) for p in ps])], 'civil')


@style('total_two_units_hu_ren_sum', 'totals')
def t65(c, bad):
    r = c.r
    a = r.randint(100, 900)
    b = r.randint(100, 900)
    tot = a + b
    if bad:
        tot = perturb(r, tot)
    body = ['易地搬迁安置点分两期建设，一期安置%d户，二期安置%d户，两期共安置%d户。' % (a, b, tot)]
    return T(c, bad, body, 'two phases', [S(str(tot), [str(a), str(b)])], 'agri')


# ---------------------------------------------------------------------------
# TOTALS negatives
# ---------------------------------------------------------------------------

@style('neg_overlapping_subsets', 'totals', 'neg')
def tn1(c, bad):
    r = c.r
    N = r.randint(60, 900)
    a, b, d = r.randint(N // 3, N - 5), r.randint(N // 3, N - 5), r.randint(N // 4, N - 5)
    need(a + b + d != N)
    body = ['全镇共有村（社区）干部%d人，其中党员%d人、女性%d人、大专以上学历%d人。' % (N, a, b, d)]
    return T(c, bad, body, 'overlapping attributes under 其中, not a partition (sum %d vs %d)' % (a + b + d, N),
             [LK('overlapping_subsets', [str(N), str(a), str(b), str(d)], 'attributes overlap')], 'gov')


@style('neg_zhuyao_you_selection', 'totals', 'neg')
def tn2(c, bad):
    r = c.r
    N = r.randint(100, 2000)
    a, b = r.randint(N // 6, N // 3), r.randint(N // 8, N // 4)
    body = ['全年受理消费者投诉%d件，反映的问题主要有商品质量%d件、售后服务%d件。' % (N, a, b)]
    return T(c, bad, body, '主要有 = selection, parts need not add (sum %d < %d)' % (a + b, N), [LK('selection', [str(N), str(a), str(b)], '主要有')], 'gov')


@style('neg_partial_list_deng', 'totals', 'neg')
def tn3(c, bad):
    r = c.r
    N = r.randint(40, 600)
    a, b = r.randint(3, N // 3), r.randint(3, N // 3)
    body = ['共排查各类风险隐患%d处，其中涉及燃气管道%d处、电动自行车充电%d处等，均已建立整改台账。' % (N, a, b)]
    return T(c, bad, body, 'partial list closed by 等', [LK('partial_deng', [str(N), str(a), str(b)], '等')], 'gov')


@style('neg_approx_total_yue', 'totals', 'neg')
def tn4(c, bad):
    r = c.r
    ps = parts_of(r, 3, 100, 3000)
    s = sum(ps)
    base = 100 if s < 5000 else 1000
    approx = round(s / base) * base
    need(approx != s and approx > 0)
    body = ['三个片区共动员群众约%d人参与环境整治，%s。' % (approx, '、'.join('%s片区%d人' % (n, p) for n, p in zip(['东', '西', '北'], ps)))]
    return T(c, bad, body, '约 total rounded from %d' % s, [LK('approx_total', [str(approx)] + [str(p) for p in ps], '约')], 'gov')


@style('neg_yu_duo_totals', 'totals', 'neg')
def tn5(c, bad):
    r = c.r
    ps = parts_of(r, 2, 120, 900)
    s = sum(ps)
    lo = s // 100 * 100
    need(lo < s)
    word = r.choice(['余', '多'])
    body = ['开展义诊活动，服务群众%d%s人，其中测量血压%d人、健康咨询%d人。' % (lo, word, ps[0], ps[1])]
    return T(c, bad, body, '%d%s covers %d' % (lo, word, s), [LK('approx_yu', [str(lo), str(ps[0]), str(ps[1])], word)], 'health')


@style('neg_model_numbers_standards', 'totals', 'neg')
def tn6(c, bad):
    r = c.r
    a = r.randint(2, 9) * 1000
    n = r.randint(2, 30)
    std = r.choice(['GB/T 19001-2016', 'GB 50016-2014', 'GB/T 24001-2016'])
    body = ['采购%s-%d型高压清洗车%d台，设备通过%s标准认证，编号为%s-%d-%03d。' % (c.nm().upper() if False else 'QX', a, n, std, r.choice(['JD', 'HB']), r.randint(2021, 2024), r.randint(1, 999))]
    return T(c, bad, body, 'model and standard numbers, no relation', [LK('model_numbers', [str(a), std], 'identifiers')], 'gov')


@style('neg_dates_phones', 'totals', 'neg')
def tn7(c, bad):
    r = c.r
    y = c.year()
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    tel = '0%d-%d' % (r.randint(710, 799), r.randint(2000000, 8999999))
    body = ['%d年%d月%d日起开通24小时服务热线%s，市民也可拨打12345政务服务便民热线反映诉求。' % (y, m, dd, tel)]
    return T(c, bad, body, 'dates and phone numbers', [LK('dates_phones', [tel, '12345'], 'identifiers')], 'gov')


@style('neg_ranks_positions', 'totals', 'neg')
def tn8(c, bad):
    r = c.r
    a, b, d = r.randint(1, 9), r.randint(2, 20), r.randint(2, 6)
    body = ['营商环境评价位列全省第%d位，较上年前移%d位；高质量发展综合考核连续%d年位居全市前三。' % (a, b, d) if a + b < 30 else '位列第%d' % a]
    return T(c, bad, body, 'ranks, not quantities', [LK('ranks', [str(a)], 'ranks')], 'gov')


@style('neg_one_plus_x', 'totals', 'neg')
def tn9(c, bad):
    r = c.r
    n = r.randint(100, 2000)
    k = r.randint(3, 9)
    body = ['推行“1+X”证书制度，%d名学生取得职业技能等级证书；构建“%d+X”课程体系和“5+2”课后服务模式。' % (n, k)]
    return T(c, bad, body, '1+X, 7+X, 5+2 are labels, not sums', [LK('plus_labels', ['1+X', '%d+X' % k, '5+2'], 'labels')], 'edu')


@style('neg_different_units_no_total', 'totals', 'neg')
def tn10(c, bad):
    r = c.r
    N = r.randint(500, 90000)
    a, b = r.randint(2, 90), r.randint(1, 30)
    body = ['共投入资金%d万元，建成农村道路%d公里、桥梁%d座。' % (N, a, b)]
    return T(c, bad, body, 'different units, investment total not a sum of km and bridges', [LK('different_units', [str(N), str(a), str(b)], 'units')], 'agri')


@style('neg_cumulative_vs_annual', 'totals', 'neg')
def tn11(c, bad):
    r = c.r
    N = r.randint(100, 900)
    a = r.randint(5, N // 3)
    body = ['累计建成村级综合服务中心%d个，今年新建%d个。' % (N, a)]
    return T(c, bad, body, 'cumulative vs this year, not a partition', [LK('cumulative_annual', [str(N), str(a)], 'cumulative')], 'gov')


@style('neg_years_series_no_total', 'totals', 'neg')
def tn12(c, bad):
    r = c.r
    y = r.choice([2022, 2023, 2024])
    v = parts_of(r, 3, 50, 900)
    body = ['%d年至%d年，全县引进高层次人才分别为%d人、%d人、%d人，呈逐年递增态势。' % (y - 2, y, v[0], v[1], v[2])]
    if not (v[0] < v[1] < v[2]):
        body = ['%d年至%d年，全县引进高层次人才分别为%d人、%d人、%d人。' % (y - 2, y, v[0], v[1], v[2])]
    return T(c, bad, body, 'year series without a total', [LK('series', [str(x) for x in v], 'series')], 'hr', year=y)


@style('neg_headcount_vs_persontimes', 'totals', 'neg')
def tn13(c, bad):
    r = c.r
    n = r.randint(100, 3000)
    pt = n * r.randint(3, 20) + r.randint(1, 9)
    body = ['日间照料中心服务老年人%d人，累计服务%d人次。' % (n, pt)]
    return T(c, bad, body, 'headcount vs person-times', [LK('headcount_persontimes', [str(n), str(pt)], 'different measures')], 'civil')


@style('neg_document_numbers_articles', 'totals', 'neg')
def tn14(c, bad):
    r = c.r
    y = c.year()
    k = r.randint(2, 60)
    body = ['依据《%s人民政府关于印发〈……实施办法〉的通知》（%s政发〔%d〕%d号）第%s条规定执行。' % (c.place('市'), c.nm(1), y, k, cn(r.randint(3, 30)))]
    return T(c, bad, body, 'document numbers and articles', [LK('doc_numbers', ['〔%d〕%d号' % (y, k)], 'identifiers')], 'gov')


@style('neg_single_subset_qizhong', 'totals', 'neg')
def tn15(c, bad):
    r = c.r
    N = r.randint(50, 900)
    a = r.randint(1, N // 4)
    body = ['全年办理法律援助案件%d件，其中为农民工讨薪%d件，挽回经济损失数百万元。' % (N, a)]
    return T(c, bad, body, 'single subset, nothing to add', [LK('single_subset', [str(N), str(a)], 'subset')], 'gov')


@style('neg_ranges_and_ages', 'totals', 'neg')
def tn16(c, bad):
    r = c.r
    a = r.randint(3, 6)
    b = a + r.randint(1, 5)
    body = ['对%d—%d周岁儿童开展免费视力筛查，每班配备%d至%d名志愿者，活动持续%d个月。' % (a, b, r.randint(1, 2), r.randint(3, 4), r.randint(2, 6))]
    return T(c, bad, body, 'ranges, not relations', [LK('ranges', ['%d—%d' % (a, b)], 'ranges')], 'health')


@style('neg_near_wan_jin', 'totals', 'neg')
def tn17(c, bad):
    r = c.r
    ps = parts_of(r, 3, 2900, 3330)
    s = sum(ps)
    need(9000 < s < 10000)
    body = ['“我们的节日”系列活动吸引近万名群众参与，其中元宵灯会%d人、端午龙舟赛%d人、中秋游园会%d人。' % tuple(ps)]
    return T(c, bad, body, '近万 approximates %d' % s, [LK('approx_jin', [str(p) for p in ps], '近万')], 'culture')


# ---------------------------------------------------------------------------
# PCT styles (checkable)
# ---------------------------------------------------------------------------

def rate_case(r, bad, d=2, lo=0.6, hi=0.999, den_lo=50, den_hi=5000, mult=100, cap=100):
    num, den, g = pick_rate_nums(r, lo, hi, den_lo, den_hi, d, mult)
    st = g
    if bad:
        st = bad_pct(r, num, den, d, mult, cap)
    return num, den, st


def rnote(bad, num, den, st, mult=100):
    tv = float(Fraction(num) / Fraction(den) * mult)
    return '%s/%s = %.4f, stated %s: %s' % (num, den, tv, st, 'off beyond rounding' if bad else 'matches rounding')


@style('rate_completion_classic', 'pct')
def p1(c, bad):
    r = c.r
    d = r.choice([1, 2])
    num, den, st = rate_case(r, bad, d)
    body = ['全年网格事件上报%d件，办结%d件，办结率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'petition')


@style('rate_da_before_count', 'pct')
def p2(c, bad):
    r = c.r
    d = r.choice([1, 2])
    num, den, st = rate_case(r, bad, d)
    body = ['受理12345热线工单%d件，按期办结率达%s%%，按期办结%d件。' % (den, st, num)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'petition')


@style('share_zhan_single', 'pct')
def p3(c, bad):
    r = c.r
    d = r.choice([1, 2])
    num, den, st = rate_case(r, bad, d, 0.05, 0.7, 100, 20000)
    body = ['全县60周岁以上老年人口%d人，其中80周岁以上高龄老人%d人，占%s%%。' % (den, num, st)]
    return T(c, bad, body, 'share: ' + rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'civil')


@style('shares_each_part', 'pct')
def p4(c, bad):
    r = c.r
    d = 1
    ps = parts_of(r, 3, 50, 3000)
    N = sum(ps)
    sts = [good_pct(p, N, d) for p in ps]
    need(all(sts))
    w = 'all shares match'
    bi = -1
    if bad:
        bi = r.randrange(3)
        sts[bi] = bad_pct(r, ps[bi], N, d)
        w = 'share %d wrong' % (bi + 1)
    need(bad or sum(Fraction(Decimal(x)) for x in sts) <= 100)
    cats = ['第一产业', '第二产业', '第三产业']
    body = ['全县从业人员%d人，其中%s。' % (N, '；'.join('%s%d人，占%s%%' % (n, p, s) for n, p, s in zip(cats, ps, sts)))]
    checks = [RT(str(p), str(N), s + '%') for p, s in zip(ps, sts)]
    checks.append(S(str(N), [str(p) for p in ps]))
    return T(c, bad, body, 'three shares plus partition; ' + w, checks, 'stat')


@style('shares_sum_exceeds_100', 'pct')
def p5(c, bad):
    r = c.r
    d = 1
    k = r.randint(3, 4)
    if bad:
        vals = [Fraction(r.randint(150, 450), 10) for _ in range(k)]
        need(sum(vals) >= 101)
    else:
        vals = [Fraction(r.randint(50, 350), 10) for _ in range(k)]
        need(sum(vals) <= 99)
    cats = r.sample(['本科及以上', '大专', '中专', '高中', '初中及以下'], k)
    body = ['从学历结构看，全区社区工作者中%s。' % '，'.join('%s学历占%s%%' % (n, D(v, d)) for n, v in zip(cats, vals))]
    sts = [D(v, d) + '%' for v in vals]
    return T(c, bad, body, 'exclusive categories of one whole: shares sum %s %s' % (D(sum(vals), 1), '> 100' if bad else '<= 100 (rest unlisted)'),
             [{'rel': 'share_sum', 'pcts': sts, 'holds': not bad}], 'gov')


@style('growth_from_to_pct', 'pct')
def p6(c, bad):
    r = c.r
    d = r.choice([1, 2])
    a = r.randint(10, 500)
    b = a + r.randint(1, a)
    tv = Fraction(b - a, a) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, b - a, a, d, cap=None)
    body = ['公共文化场馆接待观众由上年的%d万人次增至%d万人次，增长%s%%。' % (a, b, st)]
    return T(c, bad, body, 'growth (%d-%d)/%d = %.4f%%, stated %s' % (b, a, a, float(tv), st), [GR(str(a), str(b), st + '%', 'up')], 'culture')


@style('decline_from_to_pct', 'pct')
def p7(c, bad):
    r = c.r
    d = 1
    a = r.randint(50, 3000)
    b = r.randint(a // 3, a - 1)
    tv = Fraction(a - b, a) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, a - b, a, d)
    body = ['全年发生生产安全事故%d起，较上年的%d起下降%s%%。' % (b, a, st)]
    return T(c, bad, body, 'decline (%d-%d)/%d, stated %s' % (a, b, a, st), [GR(str(a), str(b), st + '%', 'down')], 'gov')


@style('yoy_growth_money_yi', 'pct')
def p8(c, bad):
    r = c.r
    d = 1
    a = Fraction(r.randint(1000, 90000), 100)
    b = a * Fraction(r.randint(1010, 1300), 1000)
    b = round_frac(b, 2)
    tv = (b - a) / a * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(3, 40), 10), d)
        need(Fraction(Decimal(st)) > 0)
    body = ['全年实现地区生产总值%s亿元，同比增长%s%%（上年为%s亿元，按现价计算）。' % (D(b, 2), st, D(a, 2))]
    return T(c, bad, body, 'nominal growth at current prices, %s' % ('wrong' if bad else 'matches'), [GR(D(a, 2), D(b, 2), st + '%', 'up')], 'stat')


@style('vaccination_coverage_rate', 'pct')
def p9(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.9, 0.999, 1000, 30000)
    body = ['辖区适龄儿童%d人，完成免疫规划疫苗全程接种%d人，接种率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'health')


@style('coverage_over_population_comma', 'pct')
def p10(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.9, 0.995, 20000, 900000)
    body = ['城乡居民基本医疗保险参保%s人，户籍人口%s人，参保率%s%%。' % (F(num, 'c'), F(den, 'c'), st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(F(num, 'c'), F(den, 'c'), st + '%')], 'hr')


@style('per_mille_birth_rate', 'pct')
def p11(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.004, 0.012, 50000, 900000, mult=1000, cap=1000)
    body = ['全年出生人口%d人，年平均人口%d人，人口出生率为%s‰。' % (num, den, st)]
    return T(c, bad, body, 'per mille: ' + rnote(bad, num, den, st, 1000), [RT(str(num), str(den), st + '‰', mult=1000)], 'health')


@style('per_thousand_beds_wan_pop', 'pct')
def p12(c, bad):
    r = c.r
    d = 2
    pop = Fraction(r.randint(100, 2000), 10)  # 万人 1 decimal
    beds = r.randint(int(pop * 10000 * 4 / 1000), int(pop * 10000 * 9 / 1000))
    tv = Fraction(beds) / (pop * 10000) * 1000
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(15, 120), 100), d)
    body = ['全市常住人口%s万人，医疗卫生机构实有床位%d张，每千人口床位数%s张。' % (D(pop, 1), beds, st)]
    return T(c, bad, body, 'beds per 1000 pop: %d/%s万*1000 = %.4f, stated %s' % (beds, D(pop, 1), float(tv), st),
             [RT(str(beds), D(pop, 1) + '万', st, mult=1000)], 'health')


@style('student_teacher_ratio_1_to_x', 'pct')
def p13(c, bad):
    r = c.r
    d = r.choice([0, 1])
    t = r.randint(50, 3000)
    s = t * r.randint(10, 19) + r.randint(0, t - 1)
    x = Fraction(s, t)
    need(not is_half_tie(x, d))
    st = fmt_dec(x, d)
    if bad:
        st = fmt_dec(round_frac(x, d) + r.choice([-1, 1]) * r.choice([1, 2, 3]), d)
    body = ['全县小学在校生%d人，专任教师%d人，师生比为1:%s。' % (s, t, st)]
    return T(c, bad, body, 'teacher:student 1:x with x = %d/%d = %.3f, stated %s' % (s, t, float(x), st),
             [{'rel': 'ratio', 'a': str(t), 'b': str(s), 'x': st, 'holds': not bad}], 'edu')


@style('promotion_rate_graduates', 'pct')
def p14(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.5, 0.98, 300, 9000)
    body = ['全县初中毕业生%d人，升入高中阶段学校%d人，升学率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'edu')


@style('fraction_word_exact', 'pct')
def p15(c, bad):
    r = c.r
    p, q, w = r.choice([(2, 3, '三分之二'), (1, 3, '三分之一'), (1, 2, '一半'), (1, 4, '四分之一'), (3, 4, '四分之三')])
    k = r.randint(2, 15)
    den, num = q * k, p * k
    if bad:
        num += r.choice([-1, 1]) * r.randint(1, max(1, k // 2))
        need(0 < num < den and Fraction(num, den) != Fraction(p, q))
    body = ['全区%d个行政村中，已有%d个村建成数字乡村示范点，占%s。' % (den, num, w)]
    return T(c, bad, body, '%d/%d vs %s (exact fraction)' % (num, den, w),
             [{'rel': 'frac', 'num': str(num), 'den': str(den), 'p': p, 'q': q, 'mode': 'eq', 'word': w, 'holds': not bad}], 'agri')


@style('cheng_yishang_bound', 'pct')
def p16(c, bad):
    r = c.r
    k = r.choice([6, 7, 8, 9])
    den = r.randint(200, 5000)
    if bad:
        num = int(den * (k / 10 - r.uniform(0.05, 0.2)))
    else:
        num = int(den * (k / 10 + r.uniform(0.01, 0.09)))
    need(0 < num <= den)
    w = cn(k) + '成以上'
    body = ['发放满意度问卷%d份，回收有效问卷中表示“满意”的%d份，满意群众达%s。' % (den, num, w)]
    ok = Fraction(num, den) >= Fraction(k, 10)
    need(ok != bad)
    return T(c, bad, body, '%d/%d = %.3f vs %s' % (num, den, num / den, w),
             [{'rel': 'frac', 'num': str(num), 'den': str(den), 'p': k, 'q': 10, 'mode': 'ge', 'word': w, 'holds': ok}], 'gov')


@style('banshu_majority', 'pct')
def p17(c, bad):
    r = c.r
    den = r.randint(20, 400)
    if bad:
        num = r.randint(den // 4, den // 2 - 1) if den // 2 - 1 >= den // 4 else 1
    else:
        num = r.randint(den // 2 + 1, den - 1)
    ok = Fraction(num, den) > Fraction(1, 2)
    need(ok != bad)
    body = ['%d家规上企业中有%d家完成数字化改造，超过半数。' % (den, num)]
    return T(c, bad, body, '%d/%d vs 超过半数' % (num, den),
             [{'rel': 'frac', 'num': str(num), 'den': str(den), 'p': 1, 'q': 2, 'mode': 'gt', 'word': '超过半数', 'holds': ok}], 'gov')


@style('pass_rate_table_rows', 'pct')
def p18(c, bad):
    r = c.r
    d = 1
    rows = r.sample(['猪肉', '蔬菜', '水产品', '食用油', '乳制品'], 3)
    data = []
    for n in rows:
        num, den, g = pick_rate_nums(r, 0.9, 0.999, 50, 900, d)
        data.append([n, den, num, g])
    w = 'all rows match'
    if bad:
        i = r.randrange(3)
        data[i][3] = bad_pct(r, data[i][2], data[i][1], d)
        w = 'row %s rate wrong' % data[i][0]
    body = ['食品安全抽检情况', '品类 | 抽检批次 | 合格批次 | 合格率']
    for n, den, num, g in data:
        body.append('%s | %d | %d | %s%%' % (n, den, num, g))
    return T(c, bad, body, 'table rates; ' + w, [RT(str(num), str(den), g + '%') for n, den, num, g in data], 'gov', ctx=False)


@style('three_years_rates_side_by_side', 'pct')
def p19(c, bad):
    r = c.r
    d = 1
    y = r.choice([2022, 2023, 2024])
    base = r.randint(300, 3000)
    data = [pick_rate_nums(r, 0.7, 0.95, int(base * 0.9), int(base * 1.1), d) for _ in range(3)]
    data = [list(x) for x in data]
    w = 'all match'
    if bad:
        i = r.randrange(3)
        data[i][2] = bad_pct(r, data[i][0], data[i][1], d)
        w = 'year %d wrong' % (y - 2 + i)
    body = ['%d年、%d年、%d年高考本科上线人数分别为%d人、%d人、%d人，参考人数分别为%d人、%d人、%d人，上线率分别为%s%%、%s%%、%s%%。' % (
        y - 2, y - 1, y, data[0][0], data[1][0], data[2][0], data[0][1], data[1][1], data[2][1], data[0][2], data[1][2], data[2][2])]
    return T(c, bad, body, 'three years, 分别 in matching order; ' + w, [RT(str(a), str(b), g + '%') for a, b, g in data], 'edu', year=y)


@style('budget_execution_rate', 'pct')
def p20(c, bad):
    r = c.r
    d = 2
    bud = Fraction(r.randint(10000, 900000), 100)
    ex = round_frac(bud * Fraction(r.randint(700, 999), 1000), 2)
    tv = ex / bud * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(20, 500), 100), d)
        need(Fraction(Decimal(st)) <= 100)
    body = ['全年一般公共预算支出预算数%s万元，执行数%s万元，预算执行率%s%%。' % (D(bud, 2), D(ex, 2), st)]
    return T(c, bad, body, 'execution rate %.4f stated %s' % (float(tv), st), [RT(D(ex, 2), D(bud, 2), st + '%')], 'fin')


def consistent_rate_sentence(r):
    num, den, g = pick_rate_nums(r, 0.85, 0.999, 100, 2000, 1)
    return num, den, g


@style('malformed_placeholder_xx', 'pct')
def p21(c, bad):
    r = c.r
    num, den, g = pick_rate_nums(r, 0.8, 0.999, 100, 3000, 2)
    tok = g + '%'
    checks = [RT(str(num), str(den), tok)]
    if bad:
        tok = r.choice(['xx%', 'xxx%', 'XX%', 'xx.xx%', 'x.x%'])
        checks = [MAL(tok)]
    body = ['全年完成农村危房改造%d户，验收合格%d户，合格率%s。' % (den, num, tok)]
    return T(c, bad, body, 'placeholder percent %s is malformed' % tok if bad else 'rate matches', checks, 'agri')


@style('malformed_space_before_sign', 'pct')
def p22(c, bad):
    r = c.r
    num, den, g = pick_rate_nums(r, 0.8, 0.999, 100, 3000, 1)
    tok = g + r.choice(['%', '%', '％'])
    body_tok = tok
    checks = [RT(str(num), str(den), tok)]
    if bad:
        body_tok = g + r.choice([' %', '\u3000%', ' ％'])
        checks = [MAL(body_tok)]
    body = ['城市生活垃圾无害化处理量%d吨，产生量%d吨，无害化处理率%s；其余指标均达到考核要求。' % (num, den, body_tok)]
    return T(c, bad, body, ('space inside percent %r: malformed though arithmetic right' % body_tok) if bad else 'rate matches', checks, 'env')


@style('malformed_sign_before_number', 'pct')
def p23(c, bad):
    r = c.r
    num, den, g = pick_rate_nums(r, 0.8, 0.999, 100, 3000, r.choice([0, 1]))
    tok = g + '%'
    checks = [RT(str(num), str(den), tok)]
    if bad:
        tok = '%' + g
        checks = [MAL(tok)]
    body = ['全年应开展家庭医生随访%d人次，实际随访%d人次，随访率%s。' % (den, num, tok)]
    return T(c, bad, body, 'percent sign before number' if bad else 'rate matches', checks, 'health')


@style('malformed_double_sign', 'pct')
def p24(c, bad):
    r = c.r
    num, den, g = pick_rate_nums(r, 0.6, 0.999, 100, 3000, 1)
    tok = g + r.choice(['%', '％'])
    checks = [RT(str(num), str(den), tok)]
    if bad:
        tok = g + r.choice(['%%', '％％', '%％'])
        checks = [MAL(tok)]
    body = ['年内应签约重点人群%d人，已签约%d人，签约率为%s。' % (den, num, tok)]
    return T(c, bad, body, 'doubled percent sign' if bad else 'rate matches (％ single full-width is fine)', checks, 'health')


@style('malformed_decimal_point', 'pct')
def p25(c, bad):
    r = c.r
    num, den, g = pick_rate_nums(r, 0.6, 0.999, 100, 3000, 2)
    tok = g + '%'
    checks = [RT(str(num), str(den), tok)]
    if bad:
        a, b = g.split('.')
        tok = r.choice([a + '..' + b + '%', a + ',' + b + '%', a + '.%'])
        checks = [MAL(tok)]
    body = ['开展“双随机、一公开”抽查%d户次，发现问题并已整改%d户次，整改率%s。' % (den, num, tok)]
    return T(c, bad, body, 'malformed decimal in percent' if bad else 'rate matches', checks, 'gov')


@style('fullwidth_percent_and_digits', 'pct')
def p26(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.5, 0.99, 100, 9000)
    body = ['全年受理政务服务事项%s件，其中“一网通办”%s件，网办率%s％。' % (F(den, 'fw'), F(num, 'fw'), st.translate(FW))]
    return T(c, bad, body, 'full-width: ' + rnote(bad, num, den, st), [RT(F(num, 'fw'), F(den, 'fw'), st.translate(FW) + '％')], 'gov')


@style('pct_written_chinese', 'pct')
def p27(c, bad):
    r = c.r
    for _ in range(50):
        den = r.randint(10, 400)
        num = r.randint(den // 2, den)
        if (num * 100) % den == 0:
            break
    else:
        raise Retry()
    v = num * 100 // den
    st = v
    if bad:
        st = v + r.choice([-1, 1]) * r.randint(2, 10)
        need(0 < st <= 100)
    w = '百分之' + cn(st)
    body = ['全镇%d个自然村中有%d个实现生活污水集中处理，覆盖率达到%s。' % (den, num, w)]
    return T(c, bad, body, 'Chinese-written percent %s vs %d/%d (exact %d%%)' % (w, num, den, v),
             [{'rel': 'frac', 'num': str(num), 'den': str(den), 'p': st, 'q': 100, 'mode': 'eq', 'word': w, 'holds': not bad}], 'agri')


@style('pp_difference_checkable', 'pct')
def p28(c, bad):
    r = c.r
    a = Fraction(r.randint(300, 900), 10)
    b = a + Fraction(r.randint(1, 30), 10)
    need(b < 100)
    pp = b - a
    if bad:
        pp = pp + r.choice([-1, 1]) * Fraction(r.randint(2, 15), 10)
        need(pp > 0)
    body = ['城镇化率由上年的%s%%提高到%s%%，提高%s个百分点。' % (D(a, 1), D(b, 1), D(pp, 1))]
    c_ = {'rel': 'pp', 'from': D(a, 1) + '%', 'to': D(b, 1) + '%', 'pp': D(pp, 1), 'dir': 'up'}
    c_['holds'] = recompute(c_)
    return T(c, bad, body, 'percentage points %s - %s vs %s' % (D(b, 1), D(a, 1), D(pp, 1)), [c_], 'stat')


@style('rate_in_brackets', 'pct')
def p29(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d)
    body = ['省级下达的%d项民生实事任务已完成%d项（完成率%s%%），其余项目正在收尾。' % (den, num, st)]
    need(den < 500 or True)
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'gov')


@style('rate_first_numbers_in_brackets', 'pct')
def p30(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.8, 0.999, 100, 9000)
    body = ['%s%%的矛盾纠纷得到成功调解（%d/%d件）。' % (st, num, den)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'petition')


@style('shares_by_age_colon_semicolons', 'pct')
def p31(c, bad):
    r = c.r
    d = 2
    ps = parts_of(r, 3, 100, 5000)
    N = sum(ps)
    sts = [good_pct(p, N, d) for p in ps]
    need(all(sts))
    w = 'all match'
    if bad:
        i = r.randrange(3)
        sts[i] = bad_pct(r, ps[i], N, d)
        w = 'group %d share wrong' % (i + 1)
    need(bad or sum(Fraction(Decimal(x)) for x in sts) <= 100)
    body = ['全县登记失业人员%d人。按年龄分：35岁以下%d人，占%s%%；35至50岁%d人，占%s%%；50岁以上%d人，占%s%%。' % (N, ps[0], sts[0], ps[1], sts[1], ps[2], sts[2])]
    checks = [RT(str(p), str(N), s + '%') for p, s in zip(ps, sts)] + [S(str(N), [str(p) for p in ps])]
    return T(c, bad, body, 'shares after colon; ' + w, checks, 'hr')


@style('satisfaction_survey_rate', 'pct')
def p32(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.85, 0.999, 200, 3000)
    body = ['本年度共发放群众满意度调查问卷%d份，其中“满意”和“基本满意”%d份，综合满意率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'gov')


@style('tourism_revenue_growth_prev_year', 'pct')
def p33(c, bad):
    r = c.r
    d = 1
    a = Fraction(r.randint(100, 9000), 100)
    b = round_frac(a * Fraction(r.randint(900, 1600), 1000), 2)
    need(b != a)
    up = b > a
    tv = abs(b - a) / a * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(5, 50), 10), d)
        need(Fraction(Decimal(st)) > 0)
    body = ['“五一”假期实现旅游收入%s亿元，%s%s%%；上年同期为%s亿元。' % (D(b, 2), '同比增长' if up else '同比下降', st, D(a, 2))]
    return T(c, bad, body, 'holiday revenue growth vs previous-year figure given after', [GR(D(a, 2), D(b, 2), st + '%', 'up' if up else 'down')], 'tour')


@style('bed_occupancy_rate', 'pct')
def p34(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.6, 0.98, 10000, 300000)
    body = ['全年实际开放总床日数%d日，实际占用总床日数%d日，病床使用率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'health')


@style('maternal_management_rate', 'pct')
def p35(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.9, 0.999, 500, 9000)
    body = ['全年活产数%d人，孕产妇系统管理%d人，系统管理率%s%%；孕产妇死亡率为0。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'health')


@style('rate_zero_decimals', 'pct')
def p36(c, bad):
    r = c.r
    d = 0
    num, den, st = rate_case(r, bad, d, 0.3, 0.95, 30, 900)
    body = ['%d所中小学中已有%d所开设人工智能课程，开设比例%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'edu')


@style('over_target_above_100', 'pct')
def p37(c, bad):
    r = c.r
    d = 1
    den = r.randint(50, 3000)
    num = int(den * r.uniform(1.01, 1.6))
    tv = Fraction(num, den) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, num, den, d, cap=None)
    body = ['市级下达新增城镇就业目标%d人，实际完成%d人，完成年度目标的%s%%。' % (den, num, st)]
    return T(c, bad, body, 'over 100% is legitimate here; ' + rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'hr')


@style('unemployment_rate_registered', 'pct')
def p38(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.015, 0.045, 20000, 300000)
    body = ['年末城镇登记失业人员%d人，登记失业率%s%%（按城镇从业人员与登记失业人员之和%d人计算）。' % (num, st, den)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'hr')


@style('industry_share_yi', 'pct')
def p39(c, bad):
    r = c.r
    d = 1
    tot = Fraction(r.randint(5000, 90000), 100)
    part = round_frac(tot * Fraction(r.randint(300, 650), 1000), 2)
    tv = part / tot * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(3, 60), 10), d)
    body = ['全县实现地区生产总值%s亿元，其中第三产业增加值%s亿元，占比%s%%。' % (D(tot, 2), D(part, 2), st)]
    return T(c, bad, body, 'share %.3f stated %s' % (float(tv), st), [RT(D(part, 2), D(tot, 2), st + '%')], 'stat')


@style('industry_structure_ratio_sum100', 'pct')
def p40(c, bad):
    r = c.r
    a = r.randint(30, 150)
    b = r.randint(250, 480)
    cc = 1000 - a - b
    v = [Fraction(a, 10), Fraction(b, 10), Fraction(cc, 10)]
    if bad:
        i = r.randrange(3)
        v[i] += r.choice([-1, 1]) * Fraction(r.randint(5, 30), 10)
        need(v[i] > 0)
    st = [D(x, 1) for x in v]
    body = ['三次产业结构由上年的调整为%s:%s:%s。' % tuple(st) if False else '全年三次产业结构比为%s:%s:%s，产业结构持续优化。' % tuple(st)]
    c_ = {'rel': 'structure', 'parts': st}
    c_['holds'] = recompute(c_)
    return T(c, bad, body, 'structure ratio must sum to 100 (sum %s)' % D(sum(v), 1), [c_], 'stat')


@style('decline_two_sentences', 'pct')
def p41(c, bad):
    r = c.r
    d = 1
    a = r.randint(100, 5000)
    b = r.randint(a // 2, a - 1)
    tv = Fraction(a - b, a) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, a - b, a, d)
    body = ['上年全区发生电信网络诈骗案件%d起。' % a, '今年以来，通过全民反诈宣传，发案数降至%d起，同比下降%s%%。' % (b, st)]
    return T(c, bad, body, 'decline across sentences (%d->%d), stated %s' % (a, b, st), [GR(str(a), str(b), st + '%', 'down')], 'gov')


@style('complement_rate_from_failures', 'pct')
def p42(c, bad):
    r = c.r
    d = 2
    N = r.randint(100, 3000)
    x = r.randint(1, N // 10)
    tv = Fraction(N - x, N) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, N - x, N, d)
    body = ['对%d个饮用水水源地开展水质监测，仅%d个点位出现指标超标，达标率%s%%。' % (N, x, st)]
    return T(c, bad, body, 'complement rate (%d-%d)/%d = %.4f, stated %s' % (N, x, N, float(tv), st), [RT(str(x), str(N), st + '%', complement=True)], 'env')


@style('vacc_first_and_full_course', 'pct')
def p43(c, bad):
    r = c.r
    d = 2
    den = r.randint(5000, 90000)
    full = int(den * r.uniform(0.85, 0.97))
    first = r.randint(full, int(den * 0.99))
    g1 = good_pct(first, den, d)
    g2 = good_pct(full, den, d)
    need(g1 and g2)
    w = 'both match'
    if bad:
        if r.random() < 0.5:
            g1 = bad_pct(r, first, den, d)
            w = 'first-dose rate wrong'
        else:
            g2 = bad_pct(r, full, den, d)
            w = 'full-course rate wrong'
    body = ['目标人群%d人，第一剂次接种%d人、接种率%s%%，全程接种%d人、全程接种率%s%%。' % (den, first, g1, full, g2)]
    return T(c, bad, body, 'two rates over one target population; ' + w, [RT(str(first), str(den), g1 + '%'), RT(str(full), str(den), g2 + '%')], 'health')


@style('preschool_enrolment_rate', 'pct')
def p44(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.85, 0.99, 2000, 30000)
    body = ['全县3至5周岁适龄幼儿%d人，在园幼儿%d人，学前三年毛入园率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'edu')


@style('court_case_closure_rate', 'pct')
def p45(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.85, 0.99, 2000, 30000)
    m = r.choice(['a', 'c'])
    body = ['全年新收和旧存案件共%s件，审执结%s件，结案率%s%%，同比提高1.2个百分点。' % (F(den, m), F(num, m), st)]
    return T(c, bad, body, rnote(bad, num, den, st) + '; 提高1.2个百分点 has no base here', [RT(F(num, m), F(den, m), st + '%')], 'court')


@style('plea_leniency_rate', 'pct')
def p46(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.7, 0.97, 200, 3000)
    body = ['审结刑事案件%d人，适用认罪认罚从宽制度%d人，适用率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'proc')


@style('gross_margin_company', 'pct')
def p47(c, bad):
    r = c.r
    d = 2
    rev = Fraction(r.randint(100000, 9000000), 100)
    cost = round_frac(rev * Fraction(r.randint(550, 900), 1000), 2)
    tv = (rev - cost) / rev * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(20, 600), 100), d)
        need(Fraction(Decimal(st)) > 0)
    body = ['公司全年实现营业收入%s万元，营业成本%s万元，毛利率%s%%。' % (D(rev, 2, 'c'), D(cost, 2, 'c'), st)]
    return T(c, bad, body, 'gross margin (rev-cost)/rev = %.4f, stated %s' % (float(tv), st), [RT(D(cost, 2, 'c'), D(rev, 2, 'c'), st + '%', complement=True)], 'company')


@style('audit_rectification_rate', 'pct')
def p48(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.7, 0.99, 20, 400)
    body = ['上年度审计发现问题%d个，截至年底已整改%d个，整改率%s%%，其余问题已明确整改时限。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'audit')


@style('village_insurance_participation', 'pct')
def p49(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.9, 0.999, 300, 4000)
    body = ['全村应参保人数%d人，已参加城乡居民医保%d人，参保率%s%%，脱贫人口实现应保尽保。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'village')


@style('rate_with_slash_fraction', 'pct')
def p50(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.5, 0.99, 20, 900)
    body = ['重点项目开工情况：已开工%d/%d个，开工率%s%%。' % (num, den, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'gov')


@style('share_of_uncompleted', 'pct')
def p51(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.005, 0.05, 300, 9000)
    body = ['全年受理事项%d件，尚未办结%d件，占%s%%，主要为跨部门协调事项。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'petition')


@style('tourism_outside_visitors_share_wan', 'pct')
def p52(c, bad):
    r = c.r
    d = 1
    tot = Fraction(r.randint(500, 50000), 100)
    part = round_frac(tot * Fraction(r.randint(300, 800), 1000), 2)
    tv = part / tot * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(3, 80), 10), d)
    body = ['国庆假期全县接待游客%s万人次，其中市外游客%s万人次，占%s%%。' % (D(tot, 2), D(part, 2), st)]
    return T(c, bad, body, 'share %.4f stated %s' % (float(tv), st), [RT(D(part, 2), D(tot, 2), st + '%')], 'tour')


@style('school_pass_rates_circled', 'pct')
def p53(c, bad):
    r = c.r
    d = 1
    names = []
    while len(names) < 3:
        nn = c.nm() + '中学'
        if nn not in names:
            names.append(nn)
    data = [list(pick_rate_nums(r, 0.85, 0.999, 100, 800, d)) for _ in range(3)]
    w = 'all match'
    if bad:
        i = r.randrange(3)
        data[i][2] = bad_pct(r, data[i][0], data[i][1], d)
        w = '%s rate wrong' % names[i]
    body = ['体质健康测试合格情况：' + '；'.join('%s%s参测%d人、合格%d人，合格率%s%%' % ('①②③'[i], names[i], data[i][1], data[i][0], data[i][2]) for i in range(3)) + '。']
    return T(c, bad, body, 'circled rows; ' + w, [RT(str(a), str(b), g + '%') for a, b, g in data], 'edu')


@style('errata_rate', 'pct')
def p54(c, bad):
    r = c.r
    d = 2
    num, den, g = pick_rate_nums(r, 0.8, 0.999, 100, 3000, d)
    old = bad_pct(r, num, den, d)
    corr = g
    if bad:
        corr = bad_pct(r, num, den, d)
        need(corr != old)
    body = ['勘误：原文“全年接诉%d件，办结%d件，办结率%s%%”中的办结率应为%s%%，特此更正。' % (den, num, old, corr)]
    checks = [RT(str(num), str(den), corr + '%')]
    return T(c, bad, body, 'errata: the quoted old rate is declared wrong by the notice; checked: corrected rate %s vs %d/%d' % (corr, num, den), checks, 'petition')


@style('decline_rate_money_wan', 'pct')
def p55(c, bad):
    r = c.r
    d = 1
    a = r.randint(500, 90000)
    b = r.randint(a // 3, a - 1)
    tv = Fraction(a - b, a) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, a - b, a, d)
    body = ['“三公”经费支出%d万元，比上年的%d万元减少%s%%。' % (b, a, st)]
    return T(c, bad, body, 'decline %d->%d' % (a, b), [GR(str(a), str(b), st + '%', 'down')], 'fin')


@style('share_part_and_sum_two_checks', 'pct')
def p56(c, bad):
    r = c.r
    d = 1
    f = r.randint(100, 3000)
    m = r.randint(100, 3000)
    N = f + m
    st = good_pct(f, N, d)
    need(st)
    w = 'sum and share hold'
    if bad:
        if r.random() < 0.5:
            st = bad_pct(r, f, N, d)
            w = 'share wrong'
        else:
            # break the sum by changing male count; share still uses N and f
            m = perturb(r, m)
            w = 'male count changed so total no longer adds; share still right'
    body = ['全市注册志愿者%d人，其中女性%d人，占%s%%，男性%d人。' % (N, f, st, m)]
    return T(c, bad, body, 'share + partition; ' + w, [RT(str(f), str(N), st + '%'), S(str(N), [str(f), str(m)])], 'gov')


@style('per_ten_thousand_rate', 'pct')
def p57(c, bad):
    r = c.r
    d = 1
    pop = r.randint(100000, 2000000)
    n = int(pop * r.uniform(0.0015, 0.004))
    tv = Fraction(n, pop) * 10000
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(round_frac(tv, d) + r.choice([-1, 1]) * Fraction(r.randint(3, 15), 10), d)
    body = ['全县常住人口%s人，注册执业医师%d人，每万人口执业医师数%s人。' % (F(pop, 'c'), n, st)]
    return T(c, bad, body, 'per 10,000: %d/%d*10000 = %.3f, stated %s' % (n, pop, float(tv), st), [RT(str(n), F(pop, 'c'), st, mult=10000)], 'health')


@style('ratio_x_to_1', 'pct')
def p58(c, bad):
    r = c.r
    d = 2
    nurses = r.randint(100, 3000)
    docs = r.randint(nurses // 2, nurses)
    x = Fraction(nurses, docs)
    need(not is_half_tie(x, d))
    st = fmt_dec(x, d)
    if bad:
        st = fmt_dec(round_frac(x, d) + r.choice([-1, 1]) * Fraction(r.randint(5, 40), 100), d)
    body = ['全院注册护士%d人、执业医师%d人，医护比为1:%s。' % (nurses, docs, st)]
    return T(c, bad, body, 'doctor:nurse 1:x = %d/%d = %.4f stated %s' % (nurses, docs, float(x), st),
             [{'rel': 'ratio', 'a': str(docs), 'b': str(nurses), 'x': st, 'holds': not bad}], 'health')


@style('growth_three_year_window', 'pct')
def p59(c, bad):
    r = c.r
    d = 1
    y = r.choice([2023, 2024])
    a = r.randint(1000, 9000)
    b = int(a * r.uniform(1.05, 1.9))
    tv = Fraction(b - a, a) * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = bad_pct(r, b - a, a, d, cap=None)
    body = ['%d年全市各类市场主体%d户，到%d年末达到%d户，较%d年增长%s%%。' % (y - 2, a, y, b, y - 2, st)]
    return T(c, bad, body, 'growth over two years %d->%d' % (a, b), [GR(str(a), str(b), st + '%', 'up')], 'gov', year=y)


@style('sports_participation_rate', 'pct')
def p60(c, bad):
    r = c.r
    d = 1
    pop = Fraction(r.randint(200, 3000), 10)
    num = round_frac(pop * Fraction(r.randint(300, 500), 1000), 1)
    tv = num / pop * 100
    need(not is_half_tie(tv, d))
    st = fmt_dec(tv, d)
    if bad:
        st = fmt_dec(Fraction(Decimal(st)) + r.choice([-1, 1]) * Fraction(r.randint(5, 60), 10), d)
    body = ['全县常住人口%s万人，经常参加体育锻炼的人数%s万人，占%s%%。' % (D(pop, 1), D(num, 1), st)]
    return T(c, bad, body, 'share %.4f stated %s' % (float(tv), st), [RT(D(num, 1), D(pop, 1), st + '%')], 'sport')


@style('library_loan_rate_per_capita', 'pct')
def p61(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.2, 0.6, 1000, 60000)
    body = ['全年持证读者%d人，其中活跃读者%d人，活跃率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'culture')


@style('disability_rehab_coverage', 'pct')
def p62(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.85, 0.999, 300, 8000)
    body = ['持证残疾人中有康复需求的%d人，已获得基本康复服务%d人，基本康复服务覆盖率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'dis')


@style('veterans_employment_rate', 'pct')
def p63(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.7, 0.99, 50, 900)
    body = ['当年接收安置退役士兵%d人，已实现就业创业%d人，就业率%s%%。' % (den, num, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'vet')


@style('pct_then_pp_consistent_context', 'pct')
def p64(c, bad):
    r = c.r
    d = 1
    num, den, st = rate_case(r, bad, d, 0.6, 0.95, 200, 5000)
    body = ['全县高标准农田建成面积%d亩，占永久基本农田%d亩的%s%%。' % (num, den, st)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'agri')


@style('rate_den_after_rate', 'pct')
def p65(c, bad):
    r = c.r
    d = 2
    num, den, st = rate_case(r, bad, d, 0.7, 0.999, 100, 3000)
    body = ['生活垃圾分类居民小区覆盖率%s%%，已覆盖小区%d个，辖区小区总数%d个。' % (st, num, den)]
    return T(c, bad, body, rnote(bad, num, den, st), [RT(str(num), str(den), st + '%')], 'env')


# ---------------------------------------------------------------------------
# PCT negatives
# ---------------------------------------------------------------------------

@style('neg_pp_alone', 'pct', 'neg')
def pn1(c, bad):
    r = c.r
    a = Fraction(r.randint(5, 50), 10)
    body = ['城乡居民人均可支配收入比缩小至%s，农村居民收入增速高于城镇%s个百分点。' % (D(Fraction(r.randint(150, 260), 100), 2), D(a, 1))]
    return T(c, bad, body, 'percentage points without bases', [LK('pp_alone', [D(a, 1) + '个百分点'], 'no base')], 'stat')


@style('neg_growth_over_100', 'pct', 'neg')
def pn2(c, bad):
    r = c.r
    g = D(Fraction(r.randint(1010, 4000), 10), 1)
    body = ['跨境电商进出口额同比增长%s%%，成为外贸增长新亮点。' % g]
    return T(c, bad, body, 'growth over 100% is fine, no base given', [LK('growth_over_100', [g + '%'], 'growth')], 'stat')


@style('neg_overlapping_shares_over_100', 'pct', 'neg')
def pn3(c, bad):
    r = c.r
    a, b, cc = r.randint(40, 80), r.randint(40, 80), r.randint(50, 90)
    need(a + b + cc > 100)
    body = ['新录用公务员中，女性占%d%%，硕士研究生学历占%d%%，中共党员占%d%%。' % (a, b, cc)]
    return T(c, bad, body, 'overlapping attributes, shares may exceed 100 in total', [LK('overlapping_shares', ['%d%%' % a, '%d%%' % b, '%d%%' % cc], 'overlap')], 'hr')


@style('neg_rates_of_different_wholes', 'pct', 'neg')
def pn4(c, bad):
    r = c.r
    v = [D(Fraction(r.randint(500, 990), 10), 1) for _ in range(3)]
    body = ['全市森林覆盖率%s%%，城市建成区绿化覆盖率%s%%，空气质量优良天数比例%s%%。' % tuple(v)]
    return T(c, bad, body, 'rates of different wholes, not to be summed', [LK('different_wholes', [x + '%' for x in v], 'different wholes')], 'env')


@style('neg_approx_cheng', 'pct', 'neg')
def pn5(c, bad):
    r = c.r
    k = r.randint(3, 8)
    body = ['调查显示，约%s成受访企业认为融资环境有所改善，近半数企业计划扩大投资。' % cn(k)]
    return T(c, bad, body, 'approximate shares without counts', [LK('approx_shares', ['约%s成' % cn(k), '近半数'], 'approx')], 'gov')


@style('neg_per_mille_alone', 'pct', 'neg')
def pn6(c, bad):
    r = c.r
    a = D(Fraction(r.randint(40, 120), 10), 2)
    b = D(Fraction(r.randint(10, 60), 10), 2)
    body = ['全年人口出生率%s‰，婴儿死亡率%s‰，均优于全省平均水平。' % (a, b)]
    return T(c, bad, body, 'per mille rates without bases', [LK('per_mille_alone', [a + '‰', b + '‰'], 'no base')], 'health')


@style('neg_normative_ratio_standard', 'pct', 'neg')
def pn7(c, bad):
    r = c.r
    k = r.choice([11, 12, 13, 15, 19])
    body = ['严格按照师生比1:%d的标准核定中小学教职工编制，按不低于1:%d的比例配备专职安保人员。' % (k, r.choice([300, 500, 1000]))]
    return T(c, bad, body, 'normative ratio standards, no counts', [LK('normative_ratio', ['1:%d' % k], 'standard')], 'edu')


@style('neg_policy_rates', 'pct', 'neg')
def pn8(c, bad):
    r = c.r
    a = r.choice([50, 30, 20])
    b = D(Fraction(r.randint(300, 450), 100), 2)
    body = ['对小微企业按%d%%减征“六税两费”，创业担保贷款年利率%s%%，财政贴息比例按政策执行。' % (a, b)]
    return T(c, bad, body, 'policy and interest rates', [LK('policy_rates', ['%d%%' % a, b + '%'], 'policy')], 'fin')


@style('neg_growth_list_fenbie', 'pct', 'neg')
def pn9(c, bad):
    r = c.r
    v = [D(Fraction(r.randint(10, 300), 10), 1) for _ in range(3)]
    body = ['规上工业增加值、社会消费品零售总额、固定资产投资分别增长%s%%、%s%%和%s%%。' % tuple(v)]
    return T(c, bad, body, 'growth rates of different indicators; their sum is meaningless', [LK('growth_list', [x + '%' for x in v], 'different indicators')], 'stat')


@style('neg_target_above', 'pct', 'neg')
def pn10(c, bad):
    r = c.r
    a = r.choice([90, 95, 98])
    body = ['力争明年群众满意度达到%d%%以上，重点项目开工率不低于%d%%。' % (a, r.choice([85, 90]))]
    return T(c, bad, body, 'targets, not results', [LK('targets', ['%d%%' % a], 'target')], 'gov')


@style('neg_hundred_percent_words', 'pct', 'neg')
def pn11(c, bad):
    r = c.r
    n = r.randint(20, 400)
    body = [r.choice(['实现%d个行政村5G网络和光纤宽带100%%覆盖，做到“百分百”响应、全流程闭环。',
                      '%d个村（社区）全部实现5G信号100%%覆盖，政务服务事项“百分百”可网办。',
                      '新建5G基站%d个，重点场所5G网络覆盖率达到100%%。']) % n]
    return T(c, bad, body, '100% coverage stated for all units (no parts), 5G is a name', [LK('hundred_pct', ['100%', '5G'], 'no base')], 'gov')


@style('neg_income_growth_two_groups', 'pct', 'neg')
def pn12(c, bad):
    r = c.r
    a = D(Fraction(r.randint(30, 90), 10), 1)
    b = D(Fraction(r.randint(30, 90), 10), 1)
    u = r.randint(30000, 60000)
    v = r.randint(15000, 30000)
    body = ['城镇居民人均可支配收入%d元，增长%s%%；农村居民人均可支配收入%d元，增长%s%%。' % (u, a, v, b)]
    return T(c, bad, body, 'growth without previous-year bases', [LK('growth_no_base', [a + '%', b + '%'], 'no base')], 'stat')


@style('neg_pp_decline_words', 'pct', 'neg')
def pn13(c, bad):
    r = c.r
    a = D(Fraction(r.randint(5, 30), 10), 1)
    body = ['受基数影响，增速较一季度回落%s个百分点，但仍高于全省平均水平。' % a]
    return T(c, bad, body, 'pp change alone', [LK('pp_alone', [a + '个百分点'], 'no base')], 'stat')


@style('neg_ratio_between_different_wholes', 'pct', 'neg')
def pn14(c, bad):
    r = c.r
    a = r.randint(100, 3000)
    b = r.randint(1000, 90000)
    p = D(Fraction(r.randint(100, 900), 10), 1)
    body = ['全年新增市场主体%d户，新增就业%d人，市场主体存活率%s%%。' % (a, b, p)]
    return T(c, bad, body, 'the rate is not a ratio of the two stated numbers', [LK('unrelated_rate', [str(a), str(b), p + '%'], 'different wholes')], 'gov')


@style('neg_yuan_percent_inside_names', 'pct', 'neg')
def pn15(c, bad):
    r = c.r
    k = r.randint(5, 20)
    tpl = r.choice(['开展“100%%透明厨房”和“文明餐桌”创建，推动“光盘行动”覆盖辖区%d个餐饮集聚区。',
                    '打造“%d分钟健身圈”和“15分钟便民生活圈”，推行“12345+网格”联动机制。',
                    '实施“%d%%阳光采购”行动和“双百”工程，推动“三个100%%”目标落地。',
                    '组织“共享%d°C”职工关爱行动和“夏送清凉”活动，惠及一线职工。',
                    '创建“%d+1”党建联盟，推行“一窗受理、集成服务”，打造“%d分钟政务服务圈”。'])
    body = [tpl % ((k,) * tpl.count('%d'))]
    return T(c, bad, body, 'numbers and % inside campaign names, no relation', [LK('names', [], 'names')], 'gov')


@style('neg_share_yue_approx', 'pct', 'neg')
def pn16(c, bad):
    r = c.r
    den = r.randint(200, 3000)
    num = int(den * r.uniform(0.3, 0.7))
    tv = Fraction(num, den) * 100
    ap = int(round_frac(tv / 5, 0)) * 5
    need(Fraction(1, 2) <= abs(ap - tv) <= Fraction(5, 2))
    body = ['%d名受访者中有%d人表示每周参加体育锻炼，约占%d%%。' % (den, num, ap)]
    return T(c, bad, body, '约 with true %.2f%% stated ~%d%% (within 2.5 points)' % (float(tv), ap), [LK('approx_share', [str(den), str(num), '%d%%' % ap], '约')], 'sport')


@style('neg_quarter_rates_no_base', 'pct', 'neg')
def pn17(c, bad):
    r = c.r
    v = [D(Fraction(r.randint(850, 999), 10), 1) for _ in range(4)]
    body = ['一至四季度政务服务好评率分别为%s%%、%s%%、%s%%、%s%%，持续保持高位。' % tuple(v)]
    return T(c, bad, body, 'quarterly rates; no counts, not a sum', [LK('series_rates', [x + '%' for x in v], 'series')], 'gov')


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def labels_for(kind, n, idx):
    if kind == 'neg':
        return ['negative'] * n
    a = (n + (idx % 2)) // 2
    labs = ['consistent'] * a + ['inconsistent'] * (n - a)
    return labs


def generate(seed):
    recs = {'totals': [], 'pct': []}
    seen = set()
    for fam in ('totals', 'pct'):
        sts = [s for s in STYLES if s[1] == fam]
        C = [s for s in sts if s[2] == 'check']
        G = [s for s in sts if s[2] == 'neg']
        n_check = max(15, min(20, round(1235 / len(C))))
        n_neg = max(15, min(20, round(300 / len(G))))
        for idx, (name, family, kind, f) in enumerate(sts):
            n = n_check if kind == 'check' else n_neg
            labs = labels_for(kind, n, idx + seed)
            rr = random.Random('labels|%d|%s' % (seed, name))
            rr.shuffle(labs)
            recs[fam].extend(gen_style(name, family, kind, f, seed, idx, n, labs, seen))
    out = []
    r = random.Random('order|%d' % seed)
    for fam in ('totals', 'pct'):
        lst = recs[fam]
        r.shuffle(lst)
        for i, rec in enumerate(lst, 1):
            rec['id'] = 'n25-%s-%06d' % (fam, i)
        out.extend(lst)
    return out


def cmd_verify(files):
    bad = 0
    for fn in files:
        n = 0
        ids = set()
        counts = {}
        texts = set()
        with open(fn, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                rec = json.loads(line)
                n += 1
                errs = verify_record(rec)
                if rec.get('id') in ids:
                    errs.append('duplicate id')
                ids.add(rec.get('id'))
                if rec.get('text') in texts:
                    errs.append('duplicate text')
                texts.add(rec.get('text'))
                k = (rec.get('family'), rec.get('label'))
                counts[k] = counts.get(k, 0) + 1
                if errs:
                    bad += 1
                    print('%s:%d %s: %s' % (fn, ln, rec.get('id'), '; '.join(errs)))
        print('%s: %d records, %s' % (fn, n, ', '.join('%s/%s=%d' % (a, b, c) for (a, b), c in sorted(counts.items()))))
    if bad:
        print('FAILED: %d bad records' % bad)
        return 1
    print('OK')
    return 0


def cmd_style_table(fn, out=None):
    rows = {}
    with open(fn, encoding='utf-8') as fh:
        for line in fh:
            rec = json.loads(line)
            d = rows.setdefault(rec['style'], {'family': rec['family'], 'consistent': 0, 'inconsistent': 0, 'negative': 0, 'ex': None})
            d[rec['label']] += 1
            if d['ex'] is None or (rec['label'] == 'consistent' and d['consistent'] == 1):
                d['ex'] = rec['text']
    lines = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for name in sorted(rows, key=lambda k: (rows[k]['family'], k)):
        d = rows[name]
        ex = d['ex'].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(ex) > 110:
            ex = ex[:110] + '…'
        lines.append('| %s | %s | %d | %d | %d | %s |' % (name, d['family'], d['consistent'], d['inconsistent'], d['negative'], ex))
    s = '\n'.join(lines) + '\n'
    if out:
        with open(out, 'w', encoding='utf-8') as fh:
            fh.write(s)
    else:
        sys.stdout.write(s)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table')
    ap.add_argument('--md-out')
    a = ap.parse_args(argv)
    if a.verify:
        return cmd_verify(a.verify)
    if a.style_table:
        return cmd_style_table(a.style_table, a.md_out)
    if a.seed is None or not a.out:
        ap.error('need --seed and --out, or --verify, or --style-table')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
