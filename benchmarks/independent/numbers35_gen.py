#!/usr/bin/env python3
"""numbers35_gen.py - held-out test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes and parts, differences, changes, counts of items) and `pct` (rates, shares,
growth, percentage points, malformed percentages).  Labels: consistent / inconsistent / negative.

    python3 numbers35_gen.py --seed 11 --out numbers35_seed11.jsonl
    python3 numbers35_gen.py --verify numbers35_seed11.jsonl numbers35_seed12.jsonl
    python3 numbers35_gen.py --style-table [--seed 11]

Standard library only; deterministic per seed (random.Random seeded with strings, no hash()).
Every record carries `checks`: the relations present in the text, each naming the literal numbers as they
are written in the text.  --verify finds each literal in the text, parses it with its own parser
(ASCII / full-width digits, thousands separators, Chinese numerals, 万/亿, 百分之…) and recomputes the
relation; a record is consistent iff no check fails, inconsistent iff exactly one check fails, negative iff
no check fails and every `neg` check's look-alike property holds.  The generator runs the same verifier on
every record it makes and redraws until the intended label comes out.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40

# ----------------------------------------------------------------------------------------------------
# number parsing (used by the verifier and by the generator's self-check)
# ----------------------------------------------------------------------------------------------------
FW_TABLE = str.maketrans('０１２３４５６７８９．', '0123456789.')
CN_DIGITS = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
             '八': 8, '九': 9}
CN_UNITS = {'十': 10, '百': 100, '千': 1000}
CN_CHARS = set(CN_DIGITS) | set(CN_UNITS) | {'万', '亿', '点'}
DIGITS = set('0123456789０１２３４５６７８９')


def _cn_section(s):
    total, cur = 0, None
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (1 if cur is None else cur) * CN_UNITS[ch]
            cur = None
        else:
            raise ValueError('bad chinese numeral %r' % s)
    if cur is not None:
        total += cur
    return total


def parse_cn_int(s):
    if not s:
        return 0
    if '亿' in s:
        a, b = s.split('亿', 1)
        return parse_cn_int(a) * 100000000 + parse_cn_int(b)
    if '万' in s:
        a, b = s.split('万', 1)
        return _cn_section(a) * 10000 + _cn_section(b)
    return _cn_section(s)


def parse_cn(s):
    if '点' in s:
        a, b = s.split('点', 1)
        frac = ''.join(str(CN_DIGITS[c]) for c in b)
        return D(str(parse_cn_int(a)) + '.' + frac)
    return D(parse_cn_int(s))


def parse_num(lit):
    """Parse a numeric literal exactly as written in a text; returns Decimal."""
    s = lit.strip()
    for p in ('百分之',):
        if s.startswith(p):
            s = s[len(p):]
    s = s.rstrip('%％')
    if s and all(c in CN_CHARS for c in s):
        return parse_cn(s)
    s = s.translate(FW_TABLE)
    mult = D(1)
    if s.endswith('亿'):
        mult, s = D(100000000), s[:-1]
    elif s.endswith('万'):
        mult, s = D(10000), s[:-1]
    # thousands separators: ',' '，' or space between digit groups of three
    if re.fullmatch(r'\d{1,3}([,，  ]\d{3})+(\.\d+)?', s):
        s = re.sub(r'[,，  ]', '', s)
    if not re.fullmatch(r'-?\d+(\.\d+)?', s):
        raise ValueError('unparsable literal %r' % lit)
    return D(s) * mult


def decimals_of(lit):
    s = lit.strip().rstrip('%％').translate(FW_TABLE)
    if s.startswith('百分之'):
        s = s[3:]
        return len(s.split('点', 1)[1]) if '点' in s else 0
    s = s.rstrip('万亿')
    return len(s.split('.', 1)[1]) if '.' in s else 0


def rnd(x, dec, mode='round'):
    q = D(1).scaleb(-dec)
    return x.quantize(q, rounding=ROUND_DOWN if mode == 'trunc' else ROUND_HALF_UP)


def is_tie(x, dec):
    y = x * D(10) ** dec
    return (y - y.to_integral_value(rounding=ROUND_DOWN)) == D('0.5')


def find_literal(text, lit):
    """True if lit occurs in text as a whole number token (not inside a longer number)."""
    start = 0
    cn = all(c in CN_CHARS for c in lit.replace('百分之', ''))
    while True:
        i = text.find(lit, start)
        if i < 0:
            return False
        j = i + len(lit)
        before = text[i - 1] if i > 0 else ''
        after = text[j] if j < len(text) else ''
        after2 = text[j + 1] if j + 1 < len(text) else ''
        ok = True
        if lit[0] in DIGITS or lit[0] in '%％':
            if before and (before in DIGITS or before in '.．'):
                ok = False
            if before in ',，' and i >= 2 and text[i - 2] in DIGITS and re.match(r'\d{3}', lit.translate(FW_TABLE)):
                ok = False
        if lit[-1] in DIGITS:
            if after and (after in DIGITS or (after in '.．' and after2 in DIGITS)):
                ok = False
            if after in ',，  ' and re.match(r'[0-9０-９]{3}(?![0-9０-９])', text[j + 1:j + 5] or ''):
                ok = False
        if cn:
            if before in CN_CHARS or after in CN_CHARS:
                ok = False
        if ok:
            return True
        start = i + 1


# well-formed percentage: number (ASCII or full-width, optional decimals) directly followed by ONE % or ％
PCT_SIGN = '%％'


def malformed_spans(text):
    """Return the suspicious percentage fragments (one per run of % signs): the verifier's own scan."""
    bad = []
    for m in re.finditer(r'[%％]+', text):
        i, j = m.start(), m.end()
        before = text[:i]
        after = text[j:j + 1]
        frag = text[max(0, i - 8):j + 3]
        if j - i > 1:
            bad.append(frag)
            continue
        mm = re.search(r'([0-9０-９]+(?:[.．][0-9０-９]+)?)$', before)
        if not mm:
            bad.append(frag)
            continue
        num_start = mm.start(1)
        pre = before[num_start - 1] if num_start > 0 else ''
        if pre and (pre in '.．' or (pre.isalpha() and pre.isascii())):
            bad.append(frag)
            continue
        if after and (after in DIGITS or after in 'xX'):
            bad.append(frag)
    return bad


MALFORMED_RES = [
    r'^[xX×]+[%％]$', r'^[xX×.]+[%％]$', r'^[0-9０-９.．]+\s+[%％]$', r'^[%％][0-9０-９.．]+$', r'^[0-9０-９.．]+[%％]{2,}$',
    r'^[0-9０-９]+[.．]{2,}[0-9０-９]+[%％]$', r'^[0-9０-９]+[.．]\s+[0-9０-９]+[%％]$',
    r'^[0-9０-９]+[。][0-9０-９]+[%％]$', r'^[0-9０-９]+[.．][%％]$',
]


def is_malformed(lit):
    return any(re.match(p, lit) for p in MALFORMED_RES)


# ----------------------------------------------------------------------------------------------------
# relation evaluation
# ----------------------------------------------------------------------------------------------------
LIT_FIELDS = {
    'sum': ['total', 'parts'], 'balance': ['start', 'plus', 'minus', 'end'], 'count_items': ['count'],
    'count_names': ['count'], 'rate': ['num', 'den', 'pct'], 'growth': ['old', 'new', 'pct'],
    'pp': ['old', 'new', 'pp'], 'share_sum': ['pcts'], 'per': ['num', 'den', 'val'],
    'malformed_pct': ['lit'], 'neg': ['lits'], 'multiple': ['a', 'b', 'val'],
}


def _lits(c):
    out = []
    for f in LIT_FIELDS.get(c['rel'], []):
        v = c.get(f)
        if v is None:
            continue
        out.extend(v if isinstance(v, list) else [v])
    return out


def eval_check(c, text):
    """Return (ok, info). Raises ValueError on structural problems (missing literal etc.)."""
    rel = c['rel']
    if rel not in LIT_FIELDS:
        raise ValueError('unknown rel %r' % rel)
    for lit in _lits(c):
        if rel == 'malformed_pct':
            if lit not in text:
                raise ValueError('literal %r not in text' % lit)
        elif not find_literal(text, lit):
            raise ValueError('literal %r not found as a number in text' % lit)
    P = parse_num
    if rel == 'sum':
        s = sum((P(x) for x in c['parts']), D(0))
        t = P(c['total'])
        return s == t, 'sum(parts)=%s total=%s' % (s, t)
    if rel == 'balance':
        v = P(c['start']) + sum((P(x) for x in c.get('plus', [])), D(0)) - sum((P(x) for x in c.get('minus', [])), D(0))
        e = P(c['end'])
        return v == e, 'computed=%s stated=%s' % (v, e)
    if rel == 'count_items':
        for mk in c['markers']:
            if mk not in text:
                raise ValueError('marker %r missing' % mk)
        if c.get('next_marker') and c['next_marker'] in text:
            raise ValueError('next marker %r unexpectedly present' % c['next_marker'])
        n = P(c['count'])
        return n == len(c['markers']), 'count=%s items=%d' % (n, len(c['markers']))
    if rel == 'count_names':
        seg = c['segment']
        if seg not in text:
            raise ValueError('segment missing')
        names = [x for x in re.split(r'[、，,]', seg) if x]
        if names != c['names']:
            raise ValueError('names mismatch %r' % names)
        n = P(c['count'])
        return n == len(names), 'count=%s names=%d' % (n, len(names))
    if rel in ('rate', 'per'):
        num, den = P(c['num']), P(c['den'])
        lit = c['pct'] if rel == 'rate' else c['val']
        factor = D(100) if rel == 'rate' else D(str(c['factor']))
        val = num / den * factor
        dec = decimals_of(lit)
        stated = P(lit)
        mode = c.get('mode', 'round')
        return rnd(val, dec, mode) == stated, 'true=%s stated=%s (%s %d dec)' % (rnd(val, 6), stated, mode, dec)
    if rel == 'multiple':
        val = P(c['a']) / P(c['b'])
        dec = decimals_of(c['val'])
        return rnd(val, dec) == P(c['val']), 'true=%s stated=%s' % (rnd(val, 4), c['val'])
    if rel == 'growth':
        old, new = P(c['old']), P(c['new'])
        val = (new - old) / old * 100
        if c['dir'] == 'down':
            val = -val
        dec = decimals_of(c['pct'])
        stated = P(c['pct'])
        return rnd(val, dec) == stated and val > 0, 'true=%s stated=%s' % (rnd(val, 4), stated)
    if rel == 'pp':
        old, new, pp = P(c['old']), P(c['new']), P(c['pp'])
        d = new - old if c['dir'] == 'up' else old - new
        return d == pp and d > 0, 'diff=%s stated=%s' % (d, pp)
    if rel == 'share_sum':
        vals = [P(x) for x in c['pcts']]
        s = sum(vals, D(0))
        unit = max(D(1).scaleb(-decimals_of(x)) for x in c['pcts'])
        tol = unit / 2 * len(vals)
        if c['mode'] == 'eq100':
            return abs(s - 100) <= tol, 'sum=%s (eq100, tol %s)' % (s, tol)
        return s <= 100 + tol, 'sum=%s (le100)' % s
    if rel == 'malformed_pct':
        if not is_malformed(c['lit']):
            raise ValueError('literal %r is not malformed' % c['lit'])
        return False, 'malformed percentage %r' % c['lit']
    if rel == 'neg':
        return True, 'negative look-alike'
    raise ValueError(rel)


def eval_neg(c, text):
    """Check the look-alike property a negative record claims. Returns (holds, info)."""
    k = c['kind']
    P = parse_num
    lits = c.get('lits', [])
    for cue in c.get('cues', []):
        if cue not in text:
            return False, 'cue %r missing' % cue
    if k in ('overlap', 'partial', 'selection', 'approx', 'diff_wholes', 'cumulative', 'cases_persons'):
        total, parts = P(lits[0]), [P(x) for x in lits[1:]]
        s = sum(parts, D(0))
        if k == 'overlap':
            return s > total, 'overlapping subsets sum %s > %s' % (s, total)
        if k in ('partial', 'selection'):
            return s < total, 'partial list sum %s < %s' % (s, total)
        if k == 'approx':
            return s != total, 'rounded total %s vs parts %s' % (total, s)
        return s != total, 'numbers of different wholes %s vs %s' % (s, total)
    if k == 'growth_over_100':
        return P(lits[0]) > 100, 'growth %s%% > 100' % lits[0]
    if k == 'pp':
        return all((x + '个百分点') in text for x in lits), 'percentage points without base'
    if k == 'shares_overlap':
        s = sum((P(x) for x in lits), D(0))
        return s > 100, 'overlapping shares sum %s > 100' % s
    if k == 'token':
        return all(x in text for x in lits), 'non-arithmetic tokens present'
    if k == 'pct_no_base':
        return all(find_literal(text, x) for x in lits), 'percentage without a base in text'
    if k == 'count_partial':
        names = c['names']
        return len(names) < P(lits[0]), 'list of %d names ends with 等 under count %s' % (len(names), lits[0])
    return False, 'unknown neg kind %r' % k


def judge(rec):
    """Recompute a record; return (derived_label, problems list)."""
    text = rec['text']
    problems = []
    fails = []
    negs = []
    for c in rec['checks']:
        try:
            ok, info = eval_check(c, text)
        except Exception as e:  # structural problem
            problems.append('check %r: %s' % (c.get('rel'), e))
            continue
        if c['rel'] == 'neg':
            holds, info2 = eval_neg(c, text)
            negs.append(holds)
            if not holds:
                problems.append('neg property fails: %s' % info2)
        elif not ok:
            fails.append((c['rel'], info))
    mal = malformed_spans(text)
    declared_mal = [c['lit'] for c in rec['checks'] if c['rel'] == 'malformed_pct']
    undeclared = [m for m in mal if not any(d in m or m in d for d in declared_mal)]
    if len(mal) > len(declared_mal) or (mal and not declared_mal):
        problems.append('undeclared malformed percentage(s): %r' % undeclared)
    if declared_mal and not mal:
        problems.append('declared malformed percentage not seen by scan')
    if negs:
        derived = 'negative' if not fails else ('inconsistent' if len(fails) == 1 else 'multi-fail')
        if fails:
            problems.append('negative record has failing checks: %r' % fails)
    elif not fails:
        derived = 'consistent'
    elif len(fails) == 1:
        derived = 'inconsistent'
    else:
        derived = 'multi-fail'
        problems.append('%d failing relations: %r' % (len(fails), fails))
    if not rec['checks']:
        problems.append('no checks')
    return derived, problems


# ----------------------------------------------------------------------------------------------------
# generation helpers
# ----------------------------------------------------------------------------------------------------
class RetryError(Exception):
    pass


FW_OUT = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN_D = '零一二三四五六七八九'


def to_cn(n, liang=False):
    n = int(n)
    if n == 0:
        return '零'

    def sec(x, lead):
        s, zero = '', False
        for u, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d = x // u % 10
            if d == 0:
                if s:
                    zero = True
                continue
            if zero:
                s += '零'
                zero = False
            ds = CN_D[d]
            if d == 2 and liang and name in ('千', '百') and not s:
                ds = '两'
            if name == '十' and d == 1 and lead and not s:
                ds = ''
            s += ds + name
        return s
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = sec(hi, True) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += sec(lo, False)
        return s
    return sec(n, True)


def fw(s):
    return s.translate(FW_OUT)


PLACE_A = ['青', '临', '白', '安', '云', '清', '平', '永', '嘉', '兴', '东', '西', '南', '北', '河', '江', '溪',
           '凤', '鹤', '龙', '石', '桃', '松', '梅', '柳', '金', '玉', '长', '丰', '宁', '海', '湖', '川', '岭']
PLACE_B = ['川', '溪', '源', '阳', '山', '河', '岭', '城', '水', '桥', '林', '湾', '塘', '坪', '州', '峰', '泉', '口']
CO_A = ['恒远', '瑞丰', '华拓', '鼎元', '嘉禾', '泰和', '中扬', '联创', '宏岳', '启航', '汇金', '德信', '新岸', '博远']
CO_B = ['科技', '电气', '建材', '食品', '物流', '新材料', '生物医药', '能源', '智能装备', '纺织']


class G:
    """Per-record generation context: rng + number format choices."""

    def __init__(self, rng):
        self.r = rng
        x = rng.random()
        self.mode = 'a' if x < 0.62 else 'f' if x < 0.72 else 'c' if x < 0.84 else 'C' if x < 0.88 else 's' if x < 0.92 else 'a'
        self.pmode = '%' if rng.random() < 0.85 else '％'
        self.year = rng.randint(2018, 2024)

    # --- random helpers
    def ri(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def place(self, kind=None):
        name = self.pick(PLACE_A) + self.pick(PLACE_B)
        return name + (kind or self.pick(['县', '区', '市', '县', '区']))

    def town(self):
        return self.pick(PLACE_A) + self.pick(PLACE_B) + self.pick(['镇', '街道', '乡'])

    def company(self):
        return self.pick(PLACE_A) + self.pick(PLACE_B) + self.pick(CO_A) + self.pick(CO_B) + '有限公司'

    # --- number formatting
    def n(self, v, mode=None):
        v = int(v)
        m = mode or self.mode
        s = str(v)
        if m == 'f':
            return fw(s)
        if m == 'z':
            return to_cn(v, liang=self.chance(0.5))
        if v >= 1000 and m in 'cCs':
            g = '{:,}'.format(v)
            return g.replace(',', {'c': ',', 'C': '，', 's': ' '}[m])
        return s

    def dec(self, v, nd, mode=None):
        s = str(rnd(D(v), nd))
        return fw(s) if (mode or self.mode) == 'f' else s

    def pct(self, val, nd, mode=None):
        s = str(rnd(D(val), nd))
        m = mode or ('f' if self.mode == 'f' else 'a')
        if m == 'f':
            return fw(s) + '％'
        return s + self.pmode

    def parts(self, total, k, minv=1):
        """Random positive partition of total into k parts."""
        assert total >= k * minv
        cuts = sorted(self.r.sample(range(1, total - k * minv + k), k - 1)) if k > 1 else []
        vals, prev = [], 0
        for c in cuts + [total - k * minv + k]:
            vals.append(c - prev - 1 + minv)
            prev = c
        vals = [max(minv, v) for v in vals]
        diff = total - sum(vals)
        vals[vals.index(max(vals))] += diff
        if self.chance(0.35):
            self.r.shuffle(vals)
        else:
            vals.sort(reverse=True)
        return vals

    def sample_parts(self, d, k):
        """k part names of a domain, in the domain's usual (roughly size) order."""
        idx = sorted(self.r.sample(range(len(d['parts'])), k))
        return [d['parts'][i] for i in idx]

    def wrong(self, v, minv=1, rel=0.2):
        v = int(v)
        for _ in range(100):
            d = self.ri(1, max(2, int(v * rel)))
            w = v + d if self.chance(0.5) else v - d
            if w >= minv and w != v:
                return w
        return v + 1

    def rate_val(self, num, den, nd, bad, cap100=True):
        """Stated percentage string value (Decimal) for num/den: right (rounded) or clearly wrong."""
        true = D(num) / D(den) * 100
        right = rnd(true, nd)
        if not bad:
            return right
        unit = D(1).scaleb(-nd)
        low = max(unit * 2, D('0.3'))
        for _ in range(200):
            steps = self.ri(int(low / unit), int(low / unit) * 8)
            off = unit * steps
            w = right + off if self.chance(0.5) else right - off
            if cap100 and w > 100:
                w = right - off
            if w > 0 and abs(w - true) >= low and (not cap100 or w <= 100):
                return rnd(w, nd)
        return right - low


def no_tie(num, den, nd, factor=100):
    return not is_tie(D(num) / D(den) * factor, nd)


# generic context sentences (numbers in them are isolated: no totals, parts, rates or changes)
CTX_OPEN = [
    '{y}年，{org}在上级党委、政府的领导下，围绕中心、服务大局，各项工作稳步推进。',
    '{y}年以来，{org}坚持问题导向，压实工作责任，推动重点任务落地见效。',
    '现将{y}年度有关工作情况报告如下。',
    '{y}年{m}月以来，我们紧扣年度目标任务，狠抓工作落实。',
    '一年来，{org}全体干部职工攻坚克难、真抓实干。',
    '根据{y}年度工作安排，{org}扎实开展各项业务工作。',
    '{org}{y}年工作总结（节选）',
    '{y}年上半年工作情况',
    '一、{y}年工作回顾',
]
CTX_CLOSE = [
    '全年召开党组会议{a}次，专题研究重点工作。',
    '组织干部职工参加业务培训{a}场次。',
    '下一步，我们将继续巩固工作成效，补齐短板弱项。',
    '{y}年{m}月，相关做法被{lvl}级媒体刊发推广。',
    '工作经验在全{lvl2}交流会上作典型发言。',
    '同时，进一步健全完善工作制度{a}项。',
    '此外，接受{lvl}级督查检查{a}次，反馈问题已全部落实整改。',
    '相关工作获评{y}年度{lvl}级先进集体。',
    '联系电话：0{tel1}-{tel2}。',
    '以上数据截至{y}年{m}月{d}日。',
    '数据来源：{org}业务统计系统。',
    '下一步将聚焦群众急难愁盼问题，持续提升服务质效。',
]


def ctx_open(g, org):
    s = g.pick(CTX_OPEN)
    return s.format(y=g.year, m=g.ri(1, 6), org=org, cnidx=g.pick('一二三四五'))


def ctx_close(g, org):
    s = g.pick(CTX_CLOSE)
    return s.format(y=g.year, m=g.ri(1, 12), d=g.ri(1, 28), a=g.ri(2, 40), org=org, lvl=g.pick(['省', '市']),
                    lvl2=g.pick(['省', '市']), tel1=g.pick(['731', '551', '871', '791', '851']),
                    tel2=g.ri(2000000, 8999999))


def wrap(g, org, body, p_open=0.6, p_close=0.5):
    lines = []
    if g.chance(p_open):
        lines.append(ctx_open(g, org))
    lines.extend(body if isinstance(body, list) else [body])
    if g.chance(p_close):
        lines.append(ctx_close(g, org))
    if len(lines) > 8:
        lines = lines[:8]
    return '\n'.join(lines)


# ----------------------------------------------------------------------------------------------------
# domains for totals (whole + parts)
# ----------------------------------------------------------------------------------------------------
DOMS = {
    'env': dict(org='{p}生态环境局', verb='查处', obj='环境违法案件', u='起', lo=20, hi=400,
                parts=['大气污染', '水污染', '固体废物污染', '噪声污染', '土壤污染', '辐射安全']),
    'court': dict(org='{p}人民法院', verb='受理', obj='各类案件', u='件', lo=800, hi=30000,
                  parts=['民事案件', '执行案件', '刑事案件', '行政案件', '国家赔偿案件']),
    'proc': dict(org='{p}人民检察院', verb='批准逮捕', obj='犯罪嫌疑人', u='人', lo=60, hi=900,
                 parts=['帮助信息网络犯罪活动罪', '盗窃犯罪', '诈骗犯罪', '故意伤害犯罪', '寻衅滋事犯罪', '毒品犯罪']),
    'police': dict(org='{p}公安局', verb='立', obj='刑事案件', u='起', lo=300, hi=6000,
                   parts=['电信网络诈骗案件', '盗窃案件', '故意伤害案件', '毒品案件', '抢劫抢夺案件']),
    'hotline': dict(org='{p}12345政务服务便民热线', verb='受理', obj='群众诉求', u='件', lo=5000, hi=260000,
                    parts=['咨询类', '投诉类', '求助类', '建议类', '表扬类']),
    'petition': dict(org='{p}信访局', verb='受理', obj='群众信访事项', u='件', lo=200, hi=6000,
                     parts=['网上信访', '来访', '来信', '电话信访', '领导信箱']),
    'legalaid': dict(org='{p}法律援助中心', verb='办理', obj='法律援助案件', u='件', lo=150, hi=3000,
                     parts=['民事法律援助案件', '刑事法律援助案件', '农民工讨薪案件', '行政法律援助案件']),
    'mediation': dict(org='{p}司法局', verb='排查调处', obj='矛盾纠纷', u='件', lo=300, hi=8000,
                      parts=['婚姻家庭纠纷', '邻里纠纷', '土地承包纠纷', '劳动争议纠纷', '交通事故纠纷', '物业纠纷']),
    'correction': dict(org='{p}社区矫正管理局', verb='累计接收', obj='社区矫正对象', u='人', lo=80, hi=1500,
                       parts=['缓刑', '假释', '暂予监外执行', '管制']),
    'traffic': dict(org='{p}公安局交警大队', verb='接报', obj='道路交通事故', u='起', lo=200, hi=9000,
                    parts=['城市道路', '国省道', '县乡道', '村道', '高速公路']),
    'school': dict(org='{p}教育局', verb='全县共有', obj='在校学生', u='人', lo=8000, hi=90000,
                   parts=['小学', '初中', '幼儿园', '普通高中', '中等职业学校']),
    'hospital': dict(org='{p}人民医院', verb='完成', obj='门急诊', u='人次', lo=50000, hi=900000,
                     parts=['普通门诊', '专家门诊', '急诊', '互联网诊疗', '发热门诊']),
    'budget': dict(org='{p}财政局', verb='完成', obj='一般公共预算支出', u='万元', lo=20000, hi=500000,
                   parts=['教育支出', '社会保障和就业支出', '农林水支出', '卫生健康支出', '城乡社区支出', '交通运输支出']),
    'market': dict(org='{p}市场监督管理局', verb='新登记', obj='各类市场主体', u='户', lo=800, hi=30000,
                   parts=['个体工商户', '企业', '农民专业合作社']),
    'food': dict(org='{p}市场监督管理局', verb='抽检', obj='食品', u='批次', lo=300, hi=5000,
                 parts=['食用农产品', '餐饮食品', '粮食加工品', '肉制品', '饮料', '乳制品']),
    'fire': dict(org='{p}消防救援大队', verb='接处警', obj='各类警情', u='起', lo=300, hi=5000,
                 parts=['抢险救援', '社会救助', '火灾扑救', '安保勤务']),
    'agri': dict(org='{p}农业农村局', verb='完成', obj='粮食播种面积', u='亩', lo=20000, hi=400000,
                 parts=['水稻', '玉米', '大豆', '小麦', '马铃薯']),
    'safety': dict(org='{p}应急管理局', verb='排查', obj='安全隐患', u='处', lo=200, hi=6000,
                   parts=['消防安全', '道路交通', '危险化学品', '建筑施工', '燃气安全']),
    'village': dict(org='{t}', verb='全镇共有', obj='脱贫户', u='户', lo=120, hi=3000,
                    parts=['稳定脱贫户', '边缘易致贫户', '脱贫不稳定户', '突发严重困难户']),
    'company': dict(org='{c}', verb='实现', obj='营业收入', u='万元', lo=5000, hi=300000,
                    parts=['主营产品销售', '技术服务', '工程承包', '租赁业务', '其他业务']),
}


def lead(g, d, pre):
    """prefix such as 共/全年/累计 + the domain verb, skipping the prefix when the verb already carries one."""
    v = d['verb']
    if v.startswith(('全', '累计')) or not pre:
        return v
    return pre + v


def dom_org(g, key):
    d = DOMS[key]
    return d['org'].format(p=g.place(), t=g.town(), c=g.company())


# ----------------------------------------------------------------------------------------------------
# totals constructions.  each: fn(g, bad, key) -> (text, note, checks)
# ----------------------------------------------------------------------------------------------------
def make_sum(g, bad, key, k=None, minpart=1):
    d = DOMS[key]
    k = k or g.ri(2, min(5, len(d['parts'])))
    total = g.ri(max(d['lo'], k * 3), d['hi'])
    parts = g.parts(total, k, minv=max(minpart, 1))
    names = g.sample_parts(d, k)
    shown_total, shown_parts = total, list(parts)
    what = ''
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            shown_parts[i] = g.wrong(parts[i])
            what = '%s stated %d, so parts sum to %d not %d' % (names[i], shown_parts[i], sum(shown_parts), total)
        else:
            shown_total = g.wrong(total, minv=sum(parts) - sum(parts) // 5)
            if shown_total == total:
                shown_total = total + 3
            what = 'total stated %d but parts sum to %d' % (shown_total, sum(parts))
    return d, names, shown_total, shown_parts, what


def sum_note(bad, what, desc, total, parts):
    if bad:
        return '%s: %s' % (desc, what)
    return '%s: %s = %s' % (desc, '+'.join(str(x) for x in parts), total)


def t_qizhong(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    lst = '、'.join('%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps))
    ld = '%s%s%s%s' % (lead(g, d, g.pick(['共', '', '全年累计', '全年共'])), d['obj'], g.n(T), u)
    body = '%s，其中%s。' % (ld, lst)
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return wrap(g, org, body), sum_note(bad, what, 'total with 其中 parts', T, ps), checks


def t_heji_after(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    sep = g.pick(['、', '，', '；'])
    lst = sep.join('%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps))
    word = g.pick(['合计', '共计', '总计', '累计', '以上合计'])
    body = '%s%s：%s，%s%s%s。' % (d['verb'], d['obj'], lst, word, g.n(T), u)
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return wrap(g, org, body), sum_note(bad, what, 'parts then %s' % word, T, ps), checks


def t_fenbie(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    nums = '、'.join('%s%s' % (g.n(v), u) for v in ps)
    if g.chance(0.5):
        body = '%s%s%s%s，%s分别为%s。' % ('', lead(g, d, g.pick(['全年', '本年度', ''])), d['obj'], g.n(T) + u, '、'.join(names), nums)
    else:
        body = '%s分别%s%s，%s%s。' % ('、'.join(names), d['verb'], nums, g.pick(['合计', '总量达到', '共']), g.n(T) + u)
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return wrap(g, org, body), sum_note(bad, what, '分别为 list of parts', T, ps), checks


def t_paren(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    inner = g.pick(['、', '，', '；']).join('%s%s%s' % (nm, g.n(v), u) for nm, v in zip(names, ps))
    op, cl = g.pick([('（', '）'), ('(', ')')])
    body = '%s%s%s%s%s%s%s，%s' % (d['verb'], d['obj'], g.n(T), u, op, g.pick(['其中', '含', '包括', '']) , inner + cl,
                                 g.pick(['总量保持平稳。', '工作任务全面完成。', '各项工作有序推进。']))
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return wrap(g, org, body), sum_note(bad, what, 'total with parenthesised parts', T, ps), checks


def t_colon_lines(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    marks = g.pick([['（一）', '（二）', '（三）', '（四）', '（五）'], ['1.', '2.', '3.', '4.', '5.'],
                    ['①', '②', '③', '④', '⑤'], ['——', '——', '——', '——', '——'], ['', '', '', '', '']])
    head = g.pick(['%s%s%s%s，具体如下：' % (d['verb'], d['obj'], g.n(T), u),
                   '%s%s情况（总数%s%s）：' % (d['verb'], d['obj'], g.n(T), u)])
    lines = [head] + ['%s%s：%s%s%s' % (marks[i], nm, g.n(v), u, '；' if i < len(ps) - 1 else '。')
                      for i, (nm, v) in enumerate(zip(names, ps))]
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return wrap(g, org, lines, 0.3, 0.3), sum_note(bad, what, 'header total, one part per line', T, ps), checks


def t_table(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    sep = g.pick(['\t', ' | ', '｜'])
    title = g.pick(['表%d  %s%s情况' % (g.ri(1, 6), d['obj'], d['verb']), '%s%s分类统计表' % (d['obj'], d['verb'])])
    lines = [title, sep.join(['类别', '数量（%s）' % u])]
    for nm, v in zip(names, ps):
        lines.append(sep.join([nm, g.n(v)]))
    tot_row = sep.join([g.pick(['合计', '总计', '小计']), g.n(T)])
    if g.chance(0.3):
        lines.insert(2, tot_row)
    else:
        lines.append(tot_row)
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return '\n'.join(lines), sum_note(bad, what, 'flattened one-column table with total row', T, ps), checks


def t_table2(g, bad, key):
    """two numeric columns (this year, last year) with column totals: two sum relations."""
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    k = g.ri(3, min(5, len(d['parts'])))
    names = g.sample_parts(d, k)
    T1 = g.ri(max(d['lo'], 30), d['hi'])
    T0 = g.ri(max(d['lo'], 30), d['hi'])
    p1, p0 = g.parts(T1, k), g.parts(T0, k)
    what = ''
    S1, S0, q1, q0 = T1, T0, list(p1), list(p0)
    if bad:
        col = g.chance(0.5)
        i = g.ri(0, k)
        if i == k:
            if col:
                S1 = g.wrong(T1)
            else:
                S0 = g.wrong(T0)
            what = 'column total of %s wrong' % ('current year' if col else 'previous year')
        else:
            if col:
                q1[i] = g.wrong(p1[i])
            else:
                q0[i] = g.wrong(p0[i])
            what = 'row %s, %s column changed; that column no longer adds up' % (names[i], 'current' if col else 'previous')
    sep = g.pick(['\t', ' | ', '｜'])
    lines = ['%s%s%s情况对比' % (org, d['obj'], d['verb']), sep.join(['项目', '%d年（%s）' % (g.year, u), '%d年（%s）' % (g.year - 1, u)])]
    for nm, a, b in zip(names, q1, q0):
        lines.append(sep.join([nm, g.n(a), g.n(b)]))
    lines.append(sep.join(['合计', g.n(S1), g.n(S0)]))
    checks = [{'rel': 'sum', 'total': g.n(S1), 'parts': [g.n(v) for v in q1]},
              {'rel': 'sum', 'total': g.n(S0), 'parts': [g.n(v) for v in q0]}]
    note = ('two-column table, both column totals add up' if not bad else 'two-column table: ' + what)
    return '\n'.join(lines), note, checks


ITEM_MARKS = {
    'shi': ['一是', '二是', '三是', '四是', '五是', '六是', '七是'],
    'circ': ['①', '②', '③', '④', '⑤', '⑥', '⑦'],
    'paren': ['（1）', '（2）', '（3）', '（4）', '（5）', '（6）', '（7）'],
    'cnparen': ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'],
}
ITEM_TEXTS = {
    'court': ['深化繁简分流改革', '推进诉源治理', '加强审判监督管理', '强化执行联动', '优化诉讼服务', '建设智慧法院', '加强队伍建设'],
    'env': ['开展入河排污口排查整治', '推进扬尘污染治理', '实施重点行业挥发性有机物治理', '加强危险废物监管',
            '开展噪声扰民专项整治', '推进农村黑臭水体治理', '强化环境执法帮扶'],
    'police': ['严打电信网络诈骗', '深化夏季治安打击整治', '整治道路交通安全隐患', '加强重点场所巡逻防控',
               '推进派出所规范化建设', '开展打击盗窃专项行动', '强化反诈宣传'],
    'hotline': ['优化工单派转流程', '建立疑难诉求会商机制', '完善知识库', '开展回访质检', '推行首接负责制', '加强座席培训', '开展数据分析研判'],
    'school': ['实施校舍改造提升', '推进课后服务全覆盖', '加强教师队伍建设', '落实学生资助政策', '推进集团化办学', '强化校园安全管理', '开展劳动教育'],
}


def t_items(g, bad, key):
    fam = g.pick(list(ITEM_MARKS))
    texts = ITEM_TEXTS[key]
    k = g.ri(3, 6)
    items = g.sample(texts, k)
    stated = k
    if bad:
        stated = k + g.pick([-1, 1, 2]) if k > 3 else k + g.pick([1, 2])
    unit = g.pick(['项', '个方面', '项措施', '项重点工作'])
    cnt = to_cn(stated) if g.chance(0.8) else str(stated)
    org = dom_org(g, key if key in DOMS else 'court')
    marks = ITEM_MARKS[fam][:k]
    if fam == 'shi':
        body = ['%s重点抓好%s%s工作：' % (g.pick(['全年', '今年', '本年度']), cnt, unit) +
                '；'.join('%s%s' % (m, t) for m, t in zip(marks, items)) + '。']
    else:
        body = ['%s围绕以下%s%s开展工作：' % (g.pick(['全年', '今年']), cnt, unit)] + \
               ['%s%s。' % (m, t) for m, t in zip(marks, items)]
    checks = [{'rel': 'count_items', 'count': cnt, 'markers': marks, 'next_marker': ITEM_MARKS[fam][k]}]
    note = ('announces %s items and lists %d' % (cnt, k)) + ('' if not bad else ': count mismatch')
    return wrap(g, org, body, 0.4, 0.3), note, checks


def t_income(g, bad, key=None):
    org = g.pick([g.town() + '财政所', g.company(), g.place() + '机关事务服务中心', g.town() + g.pick(['东坪村', '河口村', '石岭村']) + '股份经济合作社'])
    inc = g.ri(800, 90000)
    exp = g.ri(inc // 3, inc - 10)
    bal = inc - exp
    I, E, B = inc, exp, bal
    what = ''
    if bad:
        j = g.ri(0, 2)
        if j == 0:
            I = g.wrong(inc, minv=exp + 1)
        elif j == 1:
            E = g.wrong(exp, minv=1)
        else:
            B = g.wrong(bal)
        what = '收入−支出 ≠ 结余'
    u = g.pick(['万元', '元', '万元'])
    if u == '元':
        I, E, B = I * 37, E * 37, B * 37
    w1, w2, w3 = g.pick([('收入', '支出', '结余'), ('总收入', '总支出', '当年结余'), ('实现收入', '发生支出', '收支结余'),
                         ('收到上级补助资金', '拨付使用', '尚结存')])
    form = g.ri(0, 2)
    if form == 0:
        body = '全年%s%s%s，%s%s%s，%s%s%s。' % (w1, g.n(I), u, w2, g.n(E), u, w3, g.n(B), u)
    elif form == 1:
        body = '%s%s%s，%s%s%s，收支相抵后%s%s%s。' % (w1, g.n(I), u, w2, g.n(E), u, w3, g.n(B), u)
    else:
        body = '%s%s%s；%s%s%s，%s%s%s。' % (w2, g.n(E), u, w1, g.n(I), u, w3, g.n(B), u)
    checks = [{'rel': 'balance', 'start': g.n(I), 'minus': [g.n(E)], 'end': g.n(B)}]
    note = ('%s − %s = %s' % (I, E, B)) if not bad else what + ' (%s − %s vs %s)' % (I, E, B)
    return wrap(g, org, body), note, checks


def t_change(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    a = g.ri(d['lo'], d['hi'])
    up = g.chance(0.6)
    b = a + g.ri(1, max(2, a // 2)) if up else a - g.ri(1, max(2, a // 3))
    delta = abs(b - a)
    A, B, C = a, b, delta
    if bad:
        j = g.ri(0, 2)
        if j == 0:
            C = g.wrong(delta)
        elif j == 1:
            B = g.wrong(b, minv=a + 1) if up else g.wrong(b, minv=1)
            if not up and B >= a:
                B = b - 1 if b > 1 else b + 1
        else:
            A = g.wrong(a, minv=1) if up else g.wrong(a, minv=b + 1)
            if up and A >= b:
                A = max(1, b - delta - 2)
    w_up, w_dn = g.pick([('增加到', '减少到'), ('增至', '降至'), ('上升到', '下降到'), ('增长到', '减少至')])
    inc = g.pick(['增加', '增长', '多']) if up else g.pick(['减少', '下降', '少'])
    u = d['u']
    form = g.ri(0, 2)
    if form == 0:
        body = '%s%s由%d年的%s%s%s%d年的%s%s，%s%s%s。' % (d['verb'], d['obj'], g.year - 1, g.n(A), u, w_up if up else w_dn,
                                                 g.year, g.n(B), u, inc, g.n(C), u)
    elif form == 1:
        body = '%d年%s%s%s%s，较上年的%s%s%s%s%s。' % (g.year, d['verb'], d['obj'], g.n(B), u, g.n(A), u, inc, g.n(C), u)
    else:
        body = '%s%s%s%s，上年同期为%s%s，同比%s%s%s。' % ('', lead(g, d, g.pick(['今年以来', '上半年', '全年'])), d['obj'], g.n(B) + u,
                                           g.n(A), u, inc, g.n(C), u)
    checks = [{'rel': 'balance', 'start': g.n(A), 'plus' if up else 'minus': [g.n(C)], 'end': g.n(B)}]
    note = 'change from %s to %s stated as %s %s' % (A, B, inc, C) + ('' if not bad else ': difference is %d' % abs(B - A))
    return wrap(g, org, body), note, checks


def t_carry(g, bad, key='court'):
    """court: 旧存 + 新收 = 受理; 审结 + 未结 = 受理 (two relations)."""
    org = g.place() + '人民法院'
    old = g.ri(100, 3000)
    new = g.ri(3000, 30000)
    acc = old + new
    done = g.ri(int(acc * 0.85), acc - 20)
    left = acc - done
    vals = dict(old=old, new=new, acc=acc, done=done, left=left)
    what = ''
    if bad:
        f = g.pick(['old', 'new', 'done', 'left'])
        vals[f] = g.wrong(vals[f], rel=0.1)
        what = '%s changed' % f
    v = {k: g.n(x) for k, x in vals.items()}
    form = g.ri(0, 2)
    if form == 0:
        body = '全年受理各类案件%s件，其中旧存%s件、新收%s件；审结%s件，未结%s件。' % (v['acc'], v['old'], v['new'], v['done'], v['left'])
    elif form == 1:
        body = ['%d年，全院新收案件%s件，加上旧存%s件，共受理%s件。' % (g.year, v['new'], v['old'], v['acc']),
                '审（执）结%s件，尚有%s件未结。' % (v['done'], v['left'])]
    else:
        body = '受理案件%s件（旧存%s件，新收%s件），已结案%s件，结转下年%s件。' % (v['acc'], v['old'], v['new'], v['done'], v['left'])
    checks = [{'rel': 'sum', 'total': v['acc'], 'parts': [v['old'], v['new']]},
              {'rel': 'sum', 'total': v['acc'], 'parts': [v['done'], v['left']]}]
    note = 'carried-over + new = accepted; concluded + pending = accepted' + ('' if not bad else ' (%s)' % what)
    return wrap(g, org, body), note, checks


def t_two_breakdowns(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    T = g.ri(max(d['lo'], 60), min(d['hi'], 20000))
    k1 = g.ri(2, min(4, len(d['parts'])))
    names = g.sample_parts(d, k1)
    p1 = g.parts(T, k1)
    regions = g.sample(['城区', '东片区', '西片区', '南片区', '北片区', '开发区', '高新区', '农村地区'], g.ri(2, 4))
    p2 = g.parts(T, len(regions))
    q1, q2 = list(p1), list(p2)
    what = ''
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k1 - 1)
            q1[i] = g.wrong(p1[i])
            what = 'type breakdown off (%s)' % names[i]
        else:
            i = g.ri(0, len(regions) - 1)
            q2[i] = g.wrong(p2[i])
            what = 'region breakdown off (%s)' % regions[i]
    body = ['%s%s%s%s。从类型看，%s。' % (d['verb'], d['obj'], g.n(T), u, '，'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(names, q1))),
            '从区域看，%s。' % '，'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(regions, q2))]
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in q1]},
              {'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in q2]}]
    note = 'same whole broken down by type and by region; both must add up' + ('' if not bad else ': ' + what)
    return wrap(g, org, body, 0.5, 0.3), note, checks


def t_nested(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    T = g.ri(max(d['lo'], 100), d['hi'])
    k = g.ri(2, min(4, len(d['parts'])))
    names = g.sample_parts(d, k)
    ps = g.parts(T, k, minv=10)
    sub = g.parts(ps[0], 2)
    subn = g.pick([('上级交办', '自行发现'), ('重点', '一般'), ('城镇', '农村'), ('线上', '线下')])
    q, s, TT = list(ps), list(sub), T
    what = ''
    if bad:
        j = g.ri(0, 2)
        if j == 0:
            jj = g.ri(0, 1)
            s[jj] = g.wrong(sub[jj])
            what = 'sub-breakdown of %s does not add up' % names[0]
        elif j == 1:
            TT = g.wrong(T)
            what = 'grand total does not add up'
        else:
            i = g.ri(1, k - 1)
            q[i] = g.wrong(ps[i])
            what = 'part %s changed' % names[i]
    body = '%s%s%s%s，其中%s%s%s（含%s%s%s、%s%s%s）%s。' % (
        d['verb'], d['obj'], g.n(TT), u, names[0], g.n(q[0]), u, subn[0], g.n(s[0]), u, subn[1], g.n(s[1]), u,
        ''.join('、%s%s%s' % (n, g.n(v), u) for n, v in zip(names[1:], q[1:])))
    checks = [{'rel': 'sum', 'total': g.n(TT), 'parts': [g.n(v) for v in q]},
              {'rel': 'sum', 'total': g.n(q[0]), 'parts': [g.n(v) for v in s]}]
    note = 'nested breakdown (part with 含 sub-parts)' + ('' if not bad else ': ' + what)
    return wrap(g, org, body), note, checks


def t_money_mixed(g, bad, key=None):
    org = g.pick([g.place() + '财政局', g.place() + '发展和改革局', g.place() + '乡村振兴局', g.place() + '住房和城乡建设局'])
    k = g.ri(2, 4)
    names = g.sample(['中央资金', '省级资金', '市级资金', '县级配套资金', '地方政府专项债券', '社会资本', '银行贷款'], k)
    hund = [g.ri(3, 90) for _ in range(k)]          # multiples of 100万
    total_h = sum(hund)
    what = ''
    show = list(hund)
    T = total_h
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            show[i] = g.wrong(hund[i])
            what = '%s changed' % names[i]
        else:
            T = g.wrong(total_h)
            what = 'total in 亿元 does not match'
    tot = str(rnd(D(T) / 100, 2)).rstrip('0').rstrip('.') + '亿'
    parts = [str(x * 100) + '万' for x in show]
    proj = g.pick(['老旧小区改造', '高标准农田建设', '农村供水保障', '城市更新', '污水管网建设', '乡村振兴衔接'])
    form = g.ri(0, 1)
    if form == 0:
        body = '全年筹措%s资金%s元，其中%s。' % (proj, tot, '、'.join('%s%s元' % (n, p) for n, p in zip(names, parts)))
    else:
        body = '%s项目%s，总投资%s元。' % (proj, '，'.join('争取%s%s元' % (n, p) for n, p in zip(names, parts)), tot)
    checks = [{'rel': 'sum', 'total': tot, 'parts': parts}]
    note = 'total in 亿元, parts in 万元 (1亿=10000万)' + ('' if not bad else ': ' + what)
    return wrap(g, org, body), note, checks


def t_remainder(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u'] if key != 'safety' else '处'
    T = g.ri(max(30, d['lo'] // 4), d['hi'] // 2)
    done = g.ri(int(T * 0.6), T - 1)
    left = T - done
    A, B, C = T, done, left
    if bad:
        j = g.ri(0, 2)
        if j == 0:
            A = g.wrong(T, minv=done + 1)
        elif j == 1:
            B = g.wrong(done, minv=1, rel=0.05)
        else:
            C = g.wrong(left, minv=1)
    w = g.pick([('发现问题', '已整改', '正在整改'), ('排查隐患', '已整改销号', '限期整改中'), ('交办事项', '已办结', '正在办理'),
                ('摸排线索', '已核查', '尚在核查')])
    form = g.ri(0, 1)
    if form == 0:
        body = '%s%s%s，%s%s%s，其余%s%s%s。' % (w[0], g.n(A), u, w[1], g.n(B), u, g.n(C), u, w[2])
    else:
        body = '%s%s%s、%s%s%s，%s%s共%s%s。' % (w[1], g.n(B), u, w[2], g.n(C), u, g.pick(['本年度', '全年']), w[0], g.n(A), u)
    checks = [{'rel': 'sum', 'total': g.n(A), 'parts': [g.n(B), g.n(C)]}]
    note = 'found = done + remaining' + ('' if not bad else ': does not hold (%s ≠ %s + %s)' % (A, B, C))
    return wrap(g, org, body), note, checks


def t_years(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    k = g.ri(3, 5)
    ys = list(range(g.year - k + 1, g.year + 1))
    vals = [g.ri(d['lo'] // 3 + 5, d['hi'] // 3 + 10) for _ in ys]
    T = sum(vals)
    show = list(vals)
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            show[i] = g.wrong(vals[i])
        else:
            T = g.wrong(T)
    kk = to_cn(k)
    form = g.ri(0, 1)
    if form == 0:
        body = '%s，%s%s分别为%s，%s年累计%s%s。' % ('、'.join('%d年' % y for y in ys), d['verb'], d['obj'], '、'.join(g.n(v) + u for v in show), kk, g.n(T), u)
    else:
        body = '近%s年累计%s%s%s%s，其中%s。' % (kk, d['verb'], d['obj'], g.n(T), u, '，'.join('%d年%s%s' % (y, g.n(v), u) for y, v in zip(ys, show)))
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in show]}]
    return wrap(g, org, body), 'multi-year cumulative total' + ('' if not bad else ' does not add up'), checks


def t_stock(g, bad, key='correction'):
    org = g.place() + '司法局'
    start = g.ri(80, 900)
    inn = g.ri(20, 400)
    out = g.ri(10, start)
    end = start + inn - out
    v = dict(start=start, inn=inn, out=out, end=end)
    if bad:
        f = g.pick(list(v))
        v[f] = g.wrong(v[f], rel=0.15)
    w = g.pick([('年初在册社区矫正对象', '全年新接收', '解除矫正', '年末在册'), ('年初在册', '新入矫', '期满解矫', '目前在册'),
                ('年初在管安置帮教对象', '新衔接', '期满解除', '年底在管')])
    body = '%s%s人，%s%s人，%s%s人，%s%s人。' % (w[0], g.n(v['start']), w[1], g.n(v['inn']), w[2], g.n(v['out']), w[3], g.n(v['end']))
    checks = [{'rel': 'balance', 'start': g.n(v['start']), 'plus': [g.n(v['inn'])], 'minus': [g.n(v['out'])], 'end': g.n(v['end'])}]
    note = 'stock: start + in − out = end' + ('' if not bad else ' fails')
    return wrap(g, org, body), note, checks


def t_net(g, bad, key='market'):
    org = g.place() + '市场监督管理局'
    new = g.ri(500, 20000)
    gone = g.ri(100, new - 1)
    net = new - gone
    v = [new, gone, net]
    if bad:
        i = g.ri(0, 2)
        v[i] = g.wrong(v[i], minv=1 if i else gone + 1)
    obj = g.pick(['市场主体', '个体工商户', '企业', '农民专业合作社'])
    form = g.ri(0, 1)
    if form == 0:
        body = '全年新登记%s%s户，注销%s户，净增%s户。' % (obj, g.n(v[0]), g.n(v[1]), g.n(v[2]))
    else:
        body = '%s净增%s户（新设立%s户、注（吊）销%s户）。' % (obj, g.n(v[2]), g.n(v[0]), g.n(v[1]))
    checks = [{'rel': 'balance', 'start': g.n(v[0]), 'minus': [g.n(v[1])], 'end': g.n(v[2])}]
    return wrap(g, org, body), 'new − deregistered = net increase' + ('' if not bad else ' fails'), checks


def t_cn_numerals(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    k = g.ri(2, min(4, len(d['parts'])))
    T = g.ri(12, 300)
    ps = g.parts(T, k)
    names = g.sample_parts(d, k)
    show, TT = list(ps), T
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            show[i] = g.wrong(ps[i])
        else:
            TT = g.wrong(T)
    z = lambda x: to_cn(x, liang=False)
    body = '%s%s%s%s，其中%s。' % (lead(g, d, g.pick(['共', '全年共', '累计'])), d['obj'], z(TT), u, '、'.join('%s%s%s' % (n, z(v), u) for n, v in zip(names, show)))
    checks = [{'rel': 'sum', 'total': z(TT), 'parts': [z(v) for v in show]}]
    return wrap(g, org, body), 'Chinese numerals: total and parts' + ('' if not bad else ' do not add up'), checks


def t_total_last(g, bad, key):
    d, names, T, ps, what = make_sum(g, bad, key)
    org = dom_org(g, key)
    u = d['u']
    sents = []
    verbs = g.pick([['%s方面，%s%s%s。', '%s方面，%s%s%s。'], ['在%s领域，%s%s%s。', '在%s领域，%s%s%s。']])
    for nm, v in zip(names, ps):
        sents.append(verbs[0] % (nm, d['verb'], g.n(v), u))
    body = sents + ['以上%s项%s%s%s%s。' % (to_cn(len(ps)), g.pick(['合计', '共计']), d['verb'], d['obj'], g.n(T) + u)]
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in ps]}]
    return wrap(g, org, body, 0.3, 0.3), sum_note(bad, what, 'parts in separate sentences, total at the end', T, ps), checks


def t_per_capita(g, bad, key=None):
    org = g.place() + g.pick(['民政局', '乡村振兴局', '人力资源和社会保障局', '医疗保障局'])
    n = g.ri(50, 5000)
    avg = g.ri(300, 6000)
    total_yuan = n * avg + g.ri(-n // 3, n // 3)
    tw = rnd(D(total_yuan) / 10000, 2)
    true = D(tw) * 10000 / n
    a_nd = g.pick([0, 0, 1, 2])
    if is_tie(true, a_nd):
        raise RetryError()
    stated = rnd(true, a_nd)
    if bad:
        off = max(D(1).scaleb(-a_nd) * 5, true * D('0.04'))
        stated = rnd(true + off if g.chance(0.5) else true - off, a_nd)
    what = g.pick([('发放临时救助金', '户', '户均'), ('发放高龄津贴', '人', '人均'), ('发放就业补贴', '人', '人均'),
                   ('拨付医疗救助资金', '人次', '人次均')])
    body = '全年%s%s万元，惠及%s%s，%s%s元。' % (what[0], tw, g.n(n), what[1], what[2], stated)
    checks = [{'rel': 'per', 'num': str(tw) + '万', 'den': g.n(n), 'val': str(stated), 'factor': 1}]
    note = 'average = total(万元→元)/count rounded to %d decimals' % a_nd + ('' if not bad else ': stated average off')
    return wrap(g, org, body), note, checks


def t_cases_persons(g, bad, key='proc'):
    org = g.place() + '人民检察院'
    k = g.ri(2, 3)
    crimes = g.sample(['盗窃', '诈骗', '危险驾驶', '开设赌场', '非法吸收公众存款', '组织卖淫', '走私'], k)
    cases = [g.ri(5, 120) for _ in range(k)]
    persons = [c + g.ri(0, c) for c in cases]
    TC, TP = sum(cases), sum(persons)
    sc, sp = list(cases), list(persons)
    what = ''
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            sc[i] = g.wrong(cases[i])
            what = 'case counts do not add up'
        else:
            TP = g.wrong(TP)
            what = 'person total does not add up'
    body = '全年提起公诉%s件%s人，其中%s。' % (g.n(TC), g.n(TP), '，'.join('%s犯罪%s件%s人' % (c, g.n(a), g.n(b)) for c, a, b in zip(crimes, sc, sp)))
    checks = [{'rel': 'sum', 'total': g.n(TC), 'parts': [g.n(x) for x in sc]},
              {'rel': 'sum', 'total': g.n(TP), 'parts': [g.n(x) for x in sp]}]
    note = 'cases (件) and persons (人) each add up separately' + ('' if not bad else ': ' + what)
    return wrap(g, org, body), note, checks


def t_quarters(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    q = [g.ri(d['lo'] // 4 + 1, d['hi'] // 4 + 2) for _ in range(4)]
    half = q[0] + q[1]
    year = sum(q)
    v = list(q) + [year]
    if bad:
        i = g.ri(0, 4)
        v[i] = g.wrong(v[i])
    form = g.ri(0, 1)
    if form == 0:
        body = '分季度看，一季度%s%s，二季度%s%s，三季度%s%s，四季度%s%s，全年%s%s%s%s。' % (
            g.n(v[0]), u, g.n(v[1]), u, g.n(v[2]), u, g.n(v[3]), u, d['verb'], d['obj'], g.n(v[4]), u)
    else:
        body = '%s%s%s%s，第一至第四季度分别为%s。' % (lead(g, d, '全年'), d['obj'], g.n(v[4]), u, '、'.join(g.n(x) + u for x in v[:4]))
    checks = [{'rel': 'sum', 'total': g.n(v[4]), 'parts': [g.n(x) for x in v[:4]]}]
    return wrap(g, org, body), 'four quarters sum to the year' + ('' if not bad else ': they do not'), checks


def t_gender(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    T = g.ri(30, 3000)
    m = g.ri(1, T - 1)
    f = T - m
    v = [T, m, f]
    if bad:
        i = g.ri(0, 2)
        v[i] = g.wrong(v[i])
    obj = g.pick({'school': ['新招聘教师', '在校寄宿学生', '参训学员'], 'correction': ['社区矫正对象', '新入矫人员', '安置帮教对象']}.get(key, ['在册志愿者']))
    form = g.ri(0, 2)
    if form == 0:
        body = '%s%s人，其中男性%s人，女性%s人。' % (obj, g.n(v[0]), g.n(v[1]), g.n(v[2]))
    elif form == 1:
        body = '%s共%s名（男%s名、女%s名）。' % (obj, g.n(v[0]), g.n(v[1]), g.n(v[2]))
    else:
        body = '%s中，男%s人、女%s人，合计%s人。' % (obj, g.n(v[1]), g.n(v[2]), g.n(v[0]))
    checks = [{'rel': 'sum', 'total': g.n(v[0]), 'parts': [g.n(v[1]), g.n(v[2])]}]
    return wrap(g, org, body), 'male + female = total' + ('' if not bad else ' fails'), checks


def t_decimal_area(g, bad, key='agri'):
    org = g.place() + g.pick(['农业农村局', '林业局', '自然资源局'])
    k = g.ri(2, 4)
    names = g.sample(['水稻', '玉米', '油菜', '蓝莓', '茶叶', '柑橘', '中药材', '蔬菜'], k)
    nd = g.pick([1, 2])
    unitq = D(1).scaleb(-nd)
    ps = [rnd(D(g.ri(100, 90000)) * unitq, nd) for _ in range(k)]
    T = sum(ps)
    show, TT = list(ps), T
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            show[i] = ps[i] + g.pick([1, -1]) * unitq * g.ri(10, 300)
            if show[i] <= 0:
                show[i] = ps[i] + unitq * 30
        else:
            TT = T + g.pick([1, -1]) * g.ri(1, 30)
    u = g.pick(['亩', '公顷'])
    body = '%s种植面积%s%s，%s。' % (g.pick(['全年', '今年', '目前']), TT, u, '，'.join('%s%s%s' % (n, v, u) for n, v in zip(names, show)))
    if g.chance(0.5):
        body = '%s分别种植%s，合计%s%s。' % ('、'.join(names), '、'.join('%s%s' % (v, u) for v in show), TT, u)
    checks = [{'rel': 'sum', 'total': str(TT), 'parts': [str(v) for v in show]}]
    return wrap(g, org, body), 'decimal areas add up' + ('' if not bad else ': they do not'), checks


def t_dept_lines(g, bad, key='hotline'):
    org = g.place() + '12345热线'
    k = g.ri(3, 6)
    depts = g.sample(['住建局', '城管局', '人社局', '市场监管局', '交通运输局', '自然资源局', '教育局', '卫健委', '供电公司', '水务集团'], k)
    vals = sorted((g.ri(120, 9000) for _ in depts), reverse=True)
    T = sum(vals)
    show = list(vals)
    if bad:
        if g.chance(0.6):
            i = g.ri(0, k - 1)
            show[i] = g.wrong(vals[i])
        else:
            T = g.wrong(T)
    sep = g.pick(['：', '  ', '\t', ' '])
    lines = ['%d年%s转办工单前%s位承办单位（合计%s件）：' % (g.year, org, to_cn(k), g.n(T))]
    for i, (dn, v) in enumerate(zip(depts, show)):
        lines.append('%s%s%s%s件' % (g.pick(['', '']) + ('%d.' % (i + 1)), dn, sep, g.n(v)))
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(v) for v in show]}]
    note = 'header total equals the listed departments (they are the whole under 合计)' + ('' if not bad else ': it does not')
    return '\n'.join(lines), note, checks


def t_count_names(g, bad, key=None):
    org = g.place() + g.pick(['工业和信息化局', '商务局', '科技局'])
    k = g.ri(3, 7)
    names = g.sample(['恒远', '瑞丰', '华拓', '鼎元', '嘉禾', '泰和', '中扬', '联创', '宏岳', '启航', '汇金', '德信', '新岸', '博远', '天澜', '锦程'], k)
    n = k
    if bad:
        n = k - g.ri(1, 2)
    seg = '、'.join(names)
    cnt = (to_cn(n) if n != 2 else '两') if g.chance(0.5) else str(n)
    what = g.pick(['推动%s%s家企业入选省级专精特新企业', '%s%s家企业完成股份制改造', '引进%s%s个重点项目落地'])
    tail = what.split('%s')[-1]
    body = (what % (seg + '等' if g.chance(0.5) else seg, cnt)) + '。'
    checks = [{'rel': 'count_names', 'count': cnt, 'names': names, 'segment': seg}]
    note = 'named list of %d followed by count %s%s' % (k, cnt, '' if not bad else ' (more names than the count)')
    return wrap(g, org, body), note, checks


def t_subtotals(g, bad, key):
    """grouped subtotals: two groups each with a subtotal and a grand total (3 relations)."""
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    grp = g.pick([('城区', '农村'), ('县直单位', '乡镇'), ('上半年', '下半年')])
    names = g.sample(d['parts'], 2)
    a = [g.ri(10, d['hi'] // 4 + 20) for _ in range(2)]
    b = [g.ri(10, d['hi'] // 4 + 20) for _ in range(2)]
    A, B = sum(a), sum(b)
    T = A + B
    v = dict(a0=a[0], a1=a[1], b0=b[0], b1=b[1], A=A, B=B, T=T)
    if bad:
        f = g.pick(['a0', 'a1', 'b0', 'b1', 'T'])  # each appears in exactly one relation
        v[f] = g.wrong(v[f])
    nn = lambda x: g.n(v[x])
    body = ['%s%s%s%s%s，其中%s%s%s、%s%s%s；' % (grp[0], d['verb'], d['obj'], nn('A'), u, names[0], nn('a0'), u, names[1], nn('a1'), u),
            '%s%s%s%s，其中%s%s%s、%s%s%s。' % (grp[1], d['verb'], nn('B'), u, names[0], nn('b0'), u, names[1], nn('b1'), u),
            '两项合计%s%s。' % (nn('T'), u)]
    checks = [{'rel': 'sum', 'total': nn('A'), 'parts': [nn('a0'), nn('a1')]},
              {'rel': 'sum', 'total': nn('B'), 'parts': [nn('b0'), nn('b1')]},
              {'rel': 'sum', 'total': nn('T'), 'parts': [nn('A'), nn('B')]}]
    return wrap(g, org, body, 0.3, 0.3), 'two groups with subtotals and a grand total' + ('' if not bad else ': one number off'), checks


def t_wan_counts(g, bad, key='hotline'):
    org = g.place() + '12345政务服务便民热线'
    k = g.ri(3, 4)
    names = g.sample(['咨询类', '求助类', '投诉类', '建议类'], k)
    hs = [g.ri(3, 900) for _ in range(k)]  # units of 100
    T = sum(hs)
    show = list(hs)
    if bad:
        if g.chance(0.5):
            i = g.ri(0, k - 1)
            show[i] = g.wrong(hs[i])
        else:
            T = g.wrong(T)
    f = lambda h: (str(rnd(D(h) / 100, 2)).rstrip('0').rstrip('.') + '万')
    body = '全年受理群众来电%s件，其中%s。' % (f(T), '、'.join('%s%s件' % (n, f(h)) for n, h in zip(names, show)))
    checks = [{'rel': 'sum', 'total': f(T), 'parts': [f(h) for h in show]}]
    return wrap(g, org, body), 'counts in 万件 add up' + ('' if not bad else ': they do not'), checks


def t_two_statements(g, bad, key):
    """two independent whole/part statements in one paragraph; at most one wrong."""
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    T1 = g.ri(40, 2000)
    n1 = g.sample(d['parts'], 2)
    p1 = g.parts(T1, 2)
    T2 = g.ri(20, 800)
    p2 = g.parts(T2, 3)
    n2 = g.pick([('已办结', '正在办理', '转交其他部门'), ('当场化解', '限期化解', '依法引导')])
    s1, s2 = list(p1), list(p2)
    if bad:
        if g.chance(0.5):
            jj = g.ri(0, 1)
            s1[jj] = g.wrong(p1[jj])
        else:
            i = g.ri(0, 2)
            s2[i] = g.wrong(p2[i])
    body = ['%s%s%s%s，其中%s%s%s、%s%s%s。' % (d['verb'], d['obj'], g.n(T1), u, n1[0], g.n(s1[0]), u, n1[1], g.n(s1[1]), u),
            '另接收上级转交事项%s件，%s%s件，%s%s件，%s%s件。' % (g.n(T2), n2[0], g.n(s2[0]), n2[1], g.n(s2[1]), n2[2], g.n(s2[2]))]
    checks = [{'rel': 'sum', 'total': g.n(T1), 'parts': [g.n(x) for x in s1]},
              {'rel': 'sum', 'total': g.n(T2), 'parts': [g.n(x) for x in s2]}]
    return wrap(g, org, body, 0.3, 0.3), 'two separate wholes, each with its parts' + ('' if not bad else ': one of them off'), checks


# ---------------- totals negatives ----------------
def tn_overlap(g, bad, key):
    org = dom_org(g, key) if key in DOMS else g.place() + '委组织部'
    T = g.ri(40, 2000)
    obj, attrs = g.pick({'party': [('党员', ['女性党员', '少数民族党员', '大专以上学历党员', '35岁以下党员']),
                                   ('在职干部', ['女干部', '党员干部', '本科以上学历', '40岁以下'])],
                         'correction': [('社区矫正对象', ['男性', '初中以下文化', '无固定职业', '缓刑人员'])],
                         'legalaid': [('受援人', ['农民工', '妇女', '老年人', '农村居民'])]}[key])
    k = g.ri(3, 4)
    at = g.sample(attrs, k)
    for _ in range(100):
        vals = [g.ri(T // 5, T * 4 // 5) for _ in range(k)]
        if sum(vals) > T:
            break
    body = '现有%s%s名，其中%s。' % (obj, g.n(T), '，'.join('%s%s名' % (a, g.n(v)) for a, v in zip(at, vals)))
    checks = [{'rel': 'neg', 'kind': 'overlap', 'lits': [g.n(T)] + [g.n(v) for v in vals]}]
    return wrap(g, org, body), 'overlapping attributes under 其中 (sum %d > %d) are not a partition' % (sum(vals), T), checks


def tn_partial(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    T = g.ri(max(d['lo'], 50), d['hi'])
    k = g.ri(2, 3)
    names = g.sample_parts(d, k)
    vals = g.parts(int(T * g.pick([0.5, 0.6, 0.7, 0.8])), k)
    form = g.ri(0, 2)
    lst = '、'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(names, vals))
    if form == 0:
        body = '%s%s%s%s，其中%s等。' % (d['verb'], d['obj'], g.n(T), u, lst)
        cues = ['等']
    elif form == 1:
        body = '%s%s%s%s，主要有%s。' % (d['verb'], d['obj'], g.n(T), u, lst)
        cues = ['主要有']
    else:
        body = '%s%s%s%s，数量较多的是%s。' % (d['verb'], d['obj'], g.n(T), u, lst)
        cues = ['数量较多的是']
    checks = [{'rel': 'neg', 'kind': 'partial', 'cues': cues, 'lits': [g.n(T)] + [g.n(v) for v in vals]}]
    return wrap(g, org, body), 'partial list (%s): parts need not add up' % cues[0], checks


def tn_approx(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    k = g.ri(2, 4)
    names = g.sample_parts(d, k)
    vals = [g.ri(max(5, d['lo'] // k), max(10, d['hi'] // k)) for _ in range(k)]
    s = sum(vals)
    mag = 10 ** max(1, len(str(s)) - 2)
    form = g.ri(0, 3)
    if form == 0:
        T = (s // mag) * mag
        if T == s:
            T -= mag
        tt = '%s余%s' % (g.n(T), u)
        cue = '余'
    elif form == 1:
        T = (s // mag + 1) * mag
        tt = '近%s%s' % (g.n(T), u)
        cue = '近'
    elif form == 2:
        T = int(round(s / mag)) * mag
        if T == s:
            T += mag
        tt = '约%s%s' % (g.n(T), u)
        cue = '约'
    else:
        T = int(round(s / mag)) * mag
        if T == s:
            T += mag
        tt = '%s%s左右' % (g.n(T), u)
        cue = '左右'
    body = '%s%s%s，其中%s。' % (d['verb'], d['obj'], tt, '、'.join('%s%s%s' % (n, g.n(v), u) for n, v in zip(names, vals)))
    checks = [{'rel': 'neg', 'kind': 'approx', 'cues': [cue], 'lits': [g.n(T)] + [g.n(v) for v in vals]}]
    return wrap(g, org, body), 'rounded total (%s) vs exact parts sum %d: approximate, not checkable' % (cue, s), checks


def tn_tokens(g, bad, key):
    """numbers that are not quantities: model numbers, dates, phone numbers, ranks, 1+X, 7+X, policy names."""
    org = dom_org(g, key) if key in DOMS else g.place() + '人民政府'
    pool = [
        ('采购%s型执法记录仪%d台' % (g.pick(['DSJ-V', 'ZF-', 'HX']) + str(g.ri(100, 9900)), g.ri(5, 60)), None),
        ('推行“1+X”证书制度试点', '1+X'),
        ('落实“7+X”工作机制', '7+X'),
        ('建立“%d+%d+N”联动机制' % (g.ri(1, 3), g.ri(3, 9)), None),
        ('%d年%d月%d日召开全%s推进会' % (g.year, g.ri(1, 12), g.ri(1, 28), g.pick(['县', '区', '市'])), None),
        ('开通12345、110、12348等服务热线联动', '12345'),
        ('综合考评居全市第%s位' % g.pick(['一', '二', '三', '3', '5']), '居全市第'),
        ('连续%s年位列全省前%s名' % (to_cn(g.ri(2, 5)), to_cn(g.ri(3, 10))), '位列全省前'),
        ('深入实施“十四五”规划第%s批重点项目' % to_cn(g.ri(2, 4)), '十四五'),
        ('落实G%d国道沿线%d公里安全整治' % (g.ri(100, 360), g.ri(10, 90)), None),
        ('推进“5G+智慧%s”建设' % g.pick(['法院', '医院', '校园', '警务']), '5G+'),
        ('在%d号楼%d单元设置调解室' % (g.ri(1, 30), g.ri(1, 6)), None),
        ('办公地址：%s路%d号，邮编%d' % (g.pick(['人民', '建设', '解放', '滨江']), g.ri(1, 300), g.ri(410000, 560000)), None),
        ('案号（%d）%s%d民初%d号' % (g.year, g.pick(['湘', '皖', '赣', '黔']), g.ri(1000, 9999), g.ri(100, 9999)), None),
        ('出台“%s条”措施' % to_cn(g.ri(10, 30)), None),
        ('“%s个一”服务模式全面推开' % g.pick(['三', '四', '五']), '个一'),
    ]
    k = g.ri(3, 4)
    items = g.sample(pool, k)
    body = '；'.join(x[0] for x in items) + '。'
    lits = [x[1] for x in items if x[1]] or [items[0][0][:4]]
    checks = [{'rel': 'neg', 'kind': 'token', 'lits': lits}]
    return wrap(g, org, body), 'identifiers, dates, ranks and formula-like names (1+X, 7+X): no arithmetic relation', checks


def tn_cases_persons(g, bad, key='court'):
    org = g.place() + g.pick(['人民法院', '人民检察院'])
    cases = g.ri(30, 900)
    persons = cases + g.ri(5, cases)
    times = g.ri(100, 3000)
    form = g.ri(0, 1)
    if form == 0:
        body = '审结%s案件%s件，判处罪犯%s人，其中判处五年以上有期徒刑%s人。' % (g.pick(['刑事', '涉黑涉恶', '职务犯罪']), g.n(cases), g.n(persons), g.n(g.ri(1, persons // 3)))
        checks = [{'rel': 'neg', 'kind': 'cases_persons', 'lits': [g.n(cases), g.n(persons)]}]
    else:
        body = '开展巡回审判%s次，就地化解纠纷%s件，接待群众%s人次。' % (g.n(g.ri(20, 200)), g.n(cases), g.n(times))
        checks = [{'rel': 'neg', 'kind': 'cases_persons', 'lits': [g.n(times), g.n(cases)]}]
    return wrap(g, org, body), 'counts in 件/人/次 of the same events: different units, no sum relation', checks


def tn_cumulative(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    cum = g.ri(d['hi'], d['hi'] * 4)
    new = g.ri(d['lo'] // 2 + 1, d['hi'] // 2)
    y0 = g.year - g.ri(3, 8)
    body = '自%d年以来，%s%s%s%s，今年新增%s%s，存量规模居全市第%s位。' % (y0, lead(g, d, '累计'), d['obj'], g.n(cum), u, g.n(new), u, g.pick(['一', '二', '三', '四']))
    checks = [{'rel': 'neg', 'kind': 'cumulative', 'cues': ['累计', '新增'], 'lits': [g.n(cum), g.n(new)]}]
    return wrap(g, org, body), 'cumulative since a year vs this year’s new: not a part/whole sum; rank not arithmetic', checks


def tn_diff_wholes(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    a = g.ri(d['lo'], d['hi'])
    b = g.ri(a * 3, a * 8)
    lvl = g.pick(['县', '区'])
    form = g.ri(0, 1)
    if form == 0:
        body = '全市%s%s%s%s，我%s%s%s%s，总量居全市第%s位。' % (d['verb'], d['obj'], g.n(b), u, lvl, d['verb'], g.n(a), u, g.pick(['二', '三', '四', '5', '6']))
    else:
        body = '我%s%s%s%s%s，同期全市为%s%s，规模仅次于%s。' % (lvl, d['verb'], d['obj'], g.n(a), u, g.n(b), u, g.place())
    checks = [{'rel': 'neg', 'kind': 'diff_wholes', 'lits': [g.n(b), g.n(a)]}]
    return wrap(g, org, body), 'county figure next to city figure (no other parts given, no share stated): not a checkable relation', checks


# ----------------------------------------------------------------------------------------------------
# pct domains: (org, base phrase, done phrase, rate name, unit, rate range lo, hi)
# ----------------------------------------------------------------------------------------------------
RDOMS = {
    'court_close': ('{p}人民法院', '受理各类案件', '审结', '结案率', '件', 85, 99),
    'hotline_done': ('{p}12345热线', '受理群众诉求', '办结', '办结率', '件', 90, 99.9),
    'hotline_conn': ('{p}12345热线', '呼入电话', '人工接通', '接通率', '个', 80, 99),
    'hotline_visit': ('{p}12345热线', '回访群众', '表示满意', '回访满意率', '人', 85, 99),
    'petition_due': ('{p}信访局', '受理信访事项', '按期办结', '按期办结率', '件', 90, 100),
    'petition_sat': ('{p}信访局', '参评信访事项', '评价满意', '群众满意率', '件', 80, 99),
    'mediation': ('{p}司法局', '调解矛盾纠纷', '调解成功', '调解成功率', '件', 90, 99.5),
    'police_solve': ('{p}公安局', '立刑事案件', '破案', '破案率', '起', 30, 80),
    'grid': ('{t}', '网格员上报事件', '办结', '办结率', '件', 92, 99.9),
    'food': ('{p}市场监督管理局', '抽检食品', '检验合格', '合格率', '批次', 95, 99.9),
    'rectify': ('{t}', '排查发现问题', '完成整改', '整改率', '个', 70, 99),
    'vaccine': ('{p}疾病预防控制中心', '目标人群', '完成接种', '接种率', '人', 85, 99),
    'insurance': ('{t}', '应参保人数', '已参保', '参保率', '人', 90, 99.8),
    'graduate': ('{p}职业技术学校', '毕业生', '实现就业', '就业率', '人', 85, 99),
    'legalaid': ('{p}法律援助中心', '回访受援人', '满意', '满意率', '人', 90, 100),
    'reentry': ('{p}司法局', '刑满释放人员', '落实帮教措施', '帮教率', '人', 90, 100),
    'complaint': ('{p}市场监督管理局', '受理消费投诉', '调解成功', '调解成功率', '件', 60, 95),
    'appeal': ('{p}人民法院', '一审审结案件', '当事人提出上诉', '上诉率', '件', 3, 15),
    'retrial': ('{p}中级人民法院', '审结二审案件', '发回重审和改判', '发改率', '件', 2, 12),
    'nocatch': ('{p}人民检察院', '审查逮捕', '决定不批准逮捕', '不捕率', '人', 15, 45),
    'nosue': ('{p}人民检察院', '审查起诉', '决定不起诉', '不诉率', '人', 8, 30),
    'fail_food': ('{p}市场监督管理局', '抽检食用农产品', '检出不合格', '不合格率', '批次', 0.5, 5),
    'household': ('{p}公安局', '受理户籍业务', '当日办结', '即办率', '件', 80, 99),
    'mediate_court': ('{p}人民法院', '审结民事案件', '以调解和撤诉方式结案', '调解撤诉率', '件', 30, 70),
}


def rdom(g, key):
    org, base, done, rate, u, lo, hi = RDOMS[key]
    return org.format(p=g.place(), t=g.town()), base, done, rate, u, lo, hi


def gen_rate_pair(g, key, nd, big=None):
    org, base, done, rate, u, lo, hi = rdom(g, key)
    for _ in range(500):
        den = g.ri(*(big or (30, 20000)))
        r = g.r.uniform(lo, hi) / 100
        num = int(round(den * r))
        if 0 < num <= den and no_tie(num, den, nd):
            return org, base, done, rate, u, den, num
    raise RuntimeError('rate gen')


def p_rate_basic(g, bad, key):
    nd = g.pick([1, 2, 2, 1, 0])
    org, base, done, rate, u, den, num = gen_rate_pair(g, key, nd)
    pv = g.rate_val(num, den, nd, bad)
    ps = g.pct(pv, nd)
    form = g.ri(0, 3)
    verb = g.pick(['', '达', '达到', '为', '达到了'])
    if form == 0:
        body = '%s%s%s，%s%s%s，%s%s%s。' % (base, g.n(den), u, done, g.n(num), u, rate, verb, ps)
    elif form == 1:
        body = '全年%s%s%s，其中%s%s%s，%s%s。' % (base, g.n(den), u, done, g.n(num), u, rate, ps)
    elif form == 2:
        body = '%s%s%s（%s%s%s，%s%s%s）。' % (rate, verb or '为', ps, base, g.n(den), u, done, g.n(num), u)
    else:
        body = '%s%s%s中，已%s%s%s，%s%s。' % (base, g.n(den), u, done, g.n(num), u, rate, ps)
    checks = [{'rel': 'rate', 'num': g.n(num), 'den': g.n(den), 'pct': ps}]
    true = rnd(D(num) / den * 100, 4)
    note = '%s = %s/%s = %s%%, stated %s' % (rate, num, den, true, ps) + (' (rounded to %d dec)' % nd if not bad else ': off by more than rounding')
    return wrap(g, org, body), note, checks


def p_two_rates(g, bad, key):
    """several rates over different bases in one sentence."""
    k1, k2 = key
    nd = g.pick([1, 2])
    org, b1, d1, r1, u1, den1, num1 = gen_rate_pair(g, k1, nd)
    _, b2, d2, r2, u2, den2, num2 = gen_rate_pair(g, k2, nd, big=(30, max(31, den1)))
    which = g.ri(0, 1) if bad else -1
    p1 = g.pct(g.rate_val(num1, den1, nd, which == 0), nd)
    p2 = g.pct(g.rate_val(num2, den2, nd, which == 1), nd)
    body = '%s%s%s，%s%s%s，%s%s；%s%s%s，%s%s%s，%s%s。' % (b1, g.n(den1), u1, d1, g.n(num1), u1, r1, p1, b2, g.n(den2), u2, d2, g.n(num2), u2, r2, p2)
    checks = [{'rel': 'rate', 'num': g.n(num1), 'den': g.n(den1), 'pct': p1},
              {'rel': 'rate', 'num': g.n(num2), 'den': g.n(den2), 'pct': p2}]
    note = 'two rates over different bases (%s over %s; %s over %s)' % (r1, b1, r2, b2) + ('' if not bad else ': the %s is wrong' % (r1 if which == 0 else r2))
    return wrap(g, org, body), note, checks


def p_complement(g, bad, key='food'):
    """inspected = passed + failed, with pass and/or fail rate."""
    org = g.place() + '市场监督管理局'
    nd = g.pick([1, 2])
    for _ in range(500):
        den = g.ri(200, 6000)
        bad_n = g.ri(1, max(2, den // 20))
        ok_n = den - bad_n
        if no_tie(bad_n, den, nd) and no_tie(ok_n, den, nd):
            break
    else:
        raise RetryError()
    form = g.ri(0, 1)
    obj = g.pick(['食品', '食用农产品', '餐饮具', '化妆品'])
    if form == 0:
        which = g.pick(['pass', 'fail']) if bad else ''
        pg = g.pct(g.rate_val(ok_n, den, nd, which == 'pass'), nd)
        pf = g.pct(g.rate_val(bad_n, den, nd, which == 'fail'), nd)
        body = '全年抽检%s%s批次，合格%s批次，不合格%s批次，合格率%s，不合格率%s。' % (obj, g.n(den), g.n(ok_n), g.n(bad_n), pg, pf)
        checks = [{'rel': 'sum', 'total': g.n(den), 'parts': [g.n(ok_n), g.n(bad_n)]},
                  {'rel': 'rate', 'num': g.n(ok_n), 'den': g.n(den), 'pct': pg},
                  {'rel': 'rate', 'num': g.n(bad_n), 'den': g.n(den), 'pct': pf}]
    else:
        which = g.pick(['count', 'fail']) if bad else ''
        S = g.wrong(ok_n, rel=0.05) if which == 'count' else ok_n
        pf = g.pct(g.rate_val(bad_n, den, nd, which == 'fail'), nd)
        body = '抽检%s%s批次，检出不合格%s批次，合格%s批次，不合格率为%s。' % (obj, g.n(den), g.n(bad_n), g.n(S), pf)
        checks = [{'rel': 'sum', 'total': g.n(den), 'parts': [g.n(S), g.n(bad_n)]},
                  {'rel': 'rate', 'num': g.n(bad_n), 'den': g.n(den), 'pct': pf}]
    note = 'inspected = passed + failed; pass/fail rates over inspected' + ('' if not bad else ': %s relation off' % which)
    return wrap(g, org, body), note, checks


def p_share(g, bad, key):
    """part with its share of the whole: 占X%."""
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    nd = g.pick([1, 1, 2, 0])
    for _ in range(200):
        T = g.ri(max(d['lo'], 50), d['hi'])
        nm = g.pick(d['parts'])
        a = g.ri(max(1, T // 20), T * 3 // 4)
        if no_tie(a, T, nd):
            break
    ps = g.pct(g.rate_val(a, T, nd, bad), nd)
    form = g.ri(0, 2)
    if form == 0:
        body = '%s%s%s%s，其中%s%s%s，占%s。' % (d['verb'], d['obj'], g.n(T), u, nm, g.n(a), u, ps)
    elif form == 1:
        body = '%s%s%s，占%s%s总量（%s%s）的%s。' % (nm, g.n(a), u, d['verb'], d['obj'], g.n(T), u, ps)
    else:
        body = '在%s%s的%s%s中，%s有%s%s，所占比例为%s。' % (d['verb'], d['obj'], g.n(T), u, nm, g.n(a), u, ps)
    checks = [{'rel': 'rate', 'num': g.n(a), 'den': g.n(T), 'pct': ps}]
    return wrap(g, org, body), 'share of the whole %s/%s' % (a, T) + ('' if not bad else ': stated share wrong'), checks


def p_shares_multi(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    nd = g.pick([1, 2])
    k = g.ri(2, min(4, len(d['parts'])))
    for _ in range(300):
        T = g.ri(max(d['lo'], 100), d['hi'])
        ps = g.parts(T, k + 1, minv=5)[:k]
        if all(no_tie(p, T, nd) for p in ps):
            break
    names = g.sample_parts(d, k)
    which = g.ri(0, k - 1) if bad else -1
    pcts = [g.pct(g.rate_val(p, T, nd, i == which), nd) for i, p in enumerate(ps)]
    body = '%s%s%s%s，其中%s。' % (d['verb'], d['obj'], g.n(T), u, '，'.join('%s%s%s、占%s' % (n, g.n(p), u, pc) for n, p, pc in zip(names, ps, pcts)))
    checks = [{'rel': 'rate', 'num': g.n(p), 'den': g.n(T), 'pct': pc} for p, pc in zip(ps, pcts)]
    note = 'several parts with shares of the same whole' + ('' if not bad else ': share of %s wrong' % names[which])
    return wrap(g, org, body), note, checks


def p_shares_sum(g, bad, key):
    """exhaustive shares (no counts): must sum to 100 (within rounding)."""
    d = DOMS[key]
    org = dom_org(g, key)
    nd = g.pick([1, 1, 2])
    k = g.ri(3, min(5, len(d['parts'])))
    names = g.sample_parts(d, k)
    T = 10 ** (nd + 2)
    raw = g.parts(T, k, minv=T // 50)
    vals = [D(x).scaleb(-nd) for x in raw]
    if bad:
        i = g.ri(0, k - 1)
        vals[i] = vals[i] + D(g.ri(3, 15))
    pcts = [g.pct(v, nd) for v in vals]
    form = g.ri(0, 1)
    if form == 0:
        body = '从%s结构看，%s分别占%s。' % (d['obj'], '、'.join(names), '、'.join(pcts))
    else:
        body = '%s构成中，%s。' % (d['obj'], '，'.join('%s占%s' % (n, p) for n, p in zip(names, pcts)))
    checks = [{'rel': 'share_sum', 'pcts': pcts, 'mode': 'eq100'}]
    s = sum(vals)
    return wrap(g, org, body), 'exhaustive composition shares sum to %s%%' % s + (' (must be 100)' if bad else ''), checks


def p_growth(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    nd = g.pick([1, 1, 2, 0])
    for _ in range(300):
        old = g.ri(max(d['lo'], 20), d['hi'])
        up = g.chance(0.6)
        new = old + g.ri(1, max(2, old * 3 // 4)) if up else old - g.ri(1, max(2, old // 2))
        if new > 0 and new != old and no_tie(abs(new - old), old, nd):
            break
    true = D(abs(new - old)) / old * 100
    right = rnd(true, nd)
    if bad:
        pv = g.rate_val(abs(new - old), old, nd, True, cap100=False)
    else:
        pv = right
    ps = g.pct(pv, nd)
    w = g.pick([('由', '增至', '降至'), ('从', '增加到', '减少到'), ('由', '上升至', '下降至')])
    word = g.pick(['增长', '增加', '上升']) if up else g.pick(['下降', '减少', '降低'])
    form = g.ri(0, 2)
    if form == 0:
        body = '%s%s%s%s%s%s%s%s，%s%s。' % (d['verb'], d['obj'], w[0], g.n(old), u, w[1] if up else w[2], g.n(new), u, word, ps)
    elif form == 1:
        body = '%d年%s%s%s%s，较上年（%s%s）%s%s。' % (g.year, d['verb'], d['obj'], g.n(new), u, g.n(old), u, word, ps)
    else:
        body = '%s%s%s%s，同比%s%s（上年同期%s%s）。' % ('', lead(g, d, g.pick(['今年以来', '前三季度', '全年'])), d['obj'], g.n(new) + u, word, ps, g.n(old), u)
    checks = [{'rel': 'growth', 'old': g.n(old), 'new': g.n(new), 'pct': ps, 'dir': 'up' if up else 'down'}]
    note = 'change %s→%s is %s%% ' % (old, new, rnd(true, 3)) + ('stated %s' % ps) + ('' if not bad else ': wrong')
    return wrap(g, org, body), note, checks


def p_growth_money(g, bad, key=None):
    org = g.pick([g.place() + '统计局', g.place() + '财政局', g.company()])
    nd = g.pick([1, 2])
    what = g.pick(['地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额', '营业收入', '税收收入'])
    for _ in range(300):
        old = g.ri(100, 9900)  # in 百万 → shown as 亿 with 2 decimals
        new = old + g.ri(-old // 5, old // 3)
        if new != old and new > 0 and no_tie(abs(new - old), old, nd):
            break
    up = new > old
    pv = g.rate_val(abs(new - old), old, nd, bad, cap100=False)
    ps = g.pct(pv, nd)
    fo = lambda x: str(rnd(D(x) / 100, 2)) + '亿'
    form = g.ri(0, 1)
    if form == 0:
        body = '全年完成%s%s元，比上年的%s元%s%s。' % (what, fo(new), fo(old), '增长' if up else '下降', ps)
    else:
        old_w = str(old * 100) + '万'
        body = '%s由上年的%s元%s到%s元，%s%s。' % (what, old_w, '增加' if up else '减少', fo(new), '增幅' if up else '降幅', ps)
        checks = [{'rel': 'growth', 'old': old_w, 'new': fo(new), 'pct': ps, 'dir': 'up' if up else 'down'}]
        return wrap(g, org, body), 'growth with 万元 base and 亿元 new value' + ('' if not bad else ': wrong rate'), checks
    checks = [{'rel': 'growth', 'old': fo(old), 'new': fo(new), 'pct': ps, 'dir': 'up' if up else 'down'}]
    return wrap(g, org, body), 'growth of money values in 亿元' + ('' if not bad else ': wrong rate'), checks


def p_pp(g, bad, key):
    org, base, done, rate, u, lo, hi = rdom(g, key)
    nd = g.pick([1, 2])
    unit = D(1).scaleb(-nd)
    old = rnd(D(g.r.uniform(lo, min(hi, 99))), nd)
    up = g.chance(0.7)
    delta = unit * g.ri(1, int(5 / unit))
    new = old + delta if up else old - delta
    if new >= 100 or new <= 0:
        up = not up
        new = old + delta if up else old - delta
    if new >= 100 or new <= 0:
        raise RetryError()
    st = delta
    if bad:
        st = delta + unit * g.ri(2, 20) * g.pick([1, -1])
        if st <= 0:
            st = delta + unit * 3
    word = g.pick(['提高', '上升', '增加']) if up else g.pick(['下降', '降低', '回落'])
    o, n_ = g.pct(old, nd), g.pct(new, nd)
    form = g.ri(0, 1)
    if form == 0:
        body = '%s%s，较上年的%s%s%s个百分点。' % (rate, n_, o, word, st)
    else:
        body = '%s由上年的%s%s至%s，%s%s个百分点。' % (rate, o, '提升' if up else '降', n_, word, st)
    checks = [{'rel': 'pp', 'old': o, 'new': n_, 'pp': str(st), 'dir': 'up' if up else 'down'}]
    note = 'rate change in percentage points %s→%s = %s' % (o, n_, delta) + ('' if not bad else ', stated %s' % st)
    return wrap(g, org, body), note, checks


def p_completion(g, bad, key=None):
    org = g.pick([g.place() + '人民政府', g.town(), g.company()])
    nd = g.pick([0, 1, 2])
    what, u = g.pick([('招商引资到位资金', '亿'), ('固定资产投资', '亿'), ('税收收入', '万'), ('新增就业', '人'), ('新增市场主体', '户'), ('造林绿化面积', '亩')])
    for _ in range(300):
        tgt = g.ri(50, 5000)
        got = int(tgt * g.r.uniform(0.6, 1.3))
        if got > 0 and no_tie(got, tgt, nd):
            break
    pv = g.rate_val(got, tgt, nd, bad, cap100=False)
    ps = g.pct(pv, nd)
    if u in ('亿', '万'):
        ft = lambda x: (str(rnd(D(x) / 100, 2)) + '亿') if u == '亿' else (str(x * 10) + '万')
        unit_txt = '元'
    else:
        ft = lambda x: g.n(x)
        unit_txt = u
    form = g.ri(0, 1)
    if form == 0:
        body = '%s目标%s%s，实际完成%s%s，完成率%s。' % (what, ft(tgt), unit_txt, ft(got), unit_txt, ps)
    else:
        body = '完成%s%s%s，占年度目标任务（%s%s）的%s。' % (what, ft(got), unit_txt, ft(tgt), unit_txt, ps)
    checks = [{'rel': 'rate', 'num': ft(got), 'den': ft(tgt), 'pct': ps}]
    note = 'completion of target %s/%s (may exceed 100%%)' % (got, tgt) + ('' if not bad else ': wrong')
    return wrap(g, org, body), note, checks


def p_per10k(g, bad, key=None):
    org = g.place() + '公安局交警大队'
    nd = 2
    for _ in range(300):
        veh = g.ri(80000, 900000)
        deaths = g.ri(10, 150)
        if no_tie(deaths, veh, nd, factor=10000):
            break
    true = D(deaths) / veh * 10000
    st = rnd(true, nd)
    if bad:
        st = st + D('0.01') * g.ri(3, 40) * g.pick([1, -1])
        if st <= 0:
            st = rnd(true, nd) + D('0.11')
    vw = str(rnd(D(veh) / 10000, 2))
    veh_r = rnd(D(veh) / 10000, 2) * 10000
    true = D(deaths) / veh_r * 10000
    st_ok = rnd(true, nd)
    if is_tie(true, nd):
        raise RetryError()
    st = st_ok if not bad else st
    if bad and st == st_ok:
        st = st_ok + D('0.05')
    body = '全年发生道路交通事故死亡%s人，全县机动车保有量%s万辆，万车死亡率为%s。' % (g.n(deaths), vw, st)
    checks = [{'rel': 'per', 'num': g.n(deaths), 'den': vw + '万', 'val': str(st), 'factor': 10000}]
    return wrap(g, org, body), '万车死亡率 = deaths / vehicles × 10000' + ('' if not bad else ': stated value off'), checks


def p_enforce(g, bad, key=None):
    org = g.place() + '人民法院'
    nd = g.pick([1, 2])
    for _ in range(300):
        tgt = g.ri(1000, 90000)  # 万元
        got = int(tgt * g.r.uniform(0.3, 0.8))
        if no_tie(got, tgt, nd):
            break
    pv = g.rate_val(got, tgt, nd, bad)
    ps = g.pct(pv, nd)
    form = g.ri(0, 1)
    if form == 0 and tgt % 100 == 0:
        tl = str(rnd(D(tgt) / 10000, 2)) + '亿'
    else:
        tl = g.n(tgt) + '万'
    body = '执结案件涉及申请执行标的%s元，执行到位金额%s万元，执行到位率%s。' % (tl, g.n(got), ps)
    checks = [{'rel': 'rate', 'num': g.n(got) + '万', 'den': tl, 'pct': ps}]
    return wrap(g, org, body), 'money recovered / amount applied (万元/亿元)' + ('' if not bad else ': rate wrong'), checks


def p_proc(g, bad, key=None):
    org = g.place() + '人民检察院'
    nd = g.pick([1, 2])
    for _ in range(300):
        a1 = g.ri(80, 1500); n1 = int(a1 * g.r.uniform(0.15, 0.4))
        a2 = g.ri(150, 3000); n2 = int(a2 * g.r.uniform(0.08, 0.3))
        if n1 > 0 and n2 > 0 and no_tie(n1, a1, nd) and no_tie(n2, a2, nd):
            break
    which = g.ri(0, 1) if bad else -1
    r1 = g.pct(g.rate_val(n1, a1, nd, which == 0), nd)
    r2 = g.pct(g.rate_val(n2, a2, nd, which == 1), nd)
    body = ['受理审查逮捕%s人，批准逮捕%s人，不批准逮捕%s人，不捕率%s；' % (g.n(a1), g.n(a1 - n1), g.n(n1), r1),
            '受理审查起诉%s人，决定起诉%s人，不起诉%s人，不诉率%s。' % (g.n(a2), g.n(a2 - n2), g.n(n2), r2)]
    checks = [{'rel': 'sum', 'total': g.n(a1), 'parts': [g.n(a1 - n1), g.n(n1)]},
              {'rel': 'rate', 'num': g.n(n1), 'den': g.n(a1), 'pct': r1},
              {'rel': 'sum', 'total': g.n(a2), 'parts': [g.n(a2 - n2), g.n(n2)]},
              {'rel': 'rate', 'num': g.n(n2), 'den': g.n(a2), 'pct': r2}]
    note = '不捕率 and 不诉率 over their own bases; persons add up' + ('' if not bad else ': %s wrong' % ('不捕率' if which == 0 else '不诉率'))
    return wrap(g, org, body, 0.5, 0.3), note, checks


def p_dept_rates(g, bad, key=None):
    org = g.place() + '12345热线'
    nd = g.pick([1, 2])
    k = g.ri(3, 5)
    depts = g.sample(['住建局', '城管局', '人社局', '市场监管局', '交通运输局', '教育局', '卫健委', '供电公司', '水务集团', '自然资源局'], k)
    rows = []
    for dname in depts:
        for _ in range(300):
            a = g.ri(100, 8000)
            b = int(a * g.r.uniform(0.9, 0.999))
            if 0 < b < a and no_tie(b, a, nd):
                break
        rows.append((dname, a, b))
    which = g.ri(0, k - 1) if bad else -1
    lines = ['%d年主要承办单位办理情况：' % g.year]
    checks = []
    sep = g.pick(['，', '；', ' '])
    for i, (dn, a, b) in enumerate(rows):
        ps = g.pct(g.rate_val(b, a, nd, i == which), nd)
        lines.append('%s：受理%s件%s办结%s件%s办结率%s' % (dn, g.n(a), sep, g.n(b), sep, ps))
        checks.append({'rel': 'rate', 'num': g.n(b), 'den': g.n(a), 'pct': ps})
    return '\n'.join(lines), 'per-department 办结率 lines' + ('' if not bad else ': %s wrong' % depts[which]), checks


def p_table_pct(g, bad, key):
    d = DOMS[key]
    u = d['u']
    nd = g.pick([1, 2])
    k = g.ri(3, min(5, len(d['parts'])))
    names = g.sample_parts(d, k)
    for _ in range(300):
        T = g.ri(max(d['lo'], 200), d['hi'])
        ps = g.parts(T, k, minv=5)
        if all(no_tie(p, T, nd) for p in ps):
            break
    which = g.ri(0, k - 1) if bad else -1
    pcts = [g.pct(g.rate_val(p, T, nd, i == which), nd) for i, p in enumerate(ps)]
    sep = g.pick(['\t', ' | ', '｜'])
    lines = ['%s%s构成' % (d['obj'], d['verb']), sep.join(['类别', '数量（%s）' % u, '占比'])]
    for n, p, pc in zip(names, ps, pcts):
        lines.append(sep.join([n, g.n(p), pc]))
    lines.append(sep.join(['合计', g.n(T), g.pct(100, 0) if nd == 0 else g.pct(D(100), nd)]))
    checks = [{'rel': 'sum', 'total': g.n(T), 'parts': [g.n(p) for p in ps]}]
    checks += [{'rel': 'rate', 'num': g.n(p), 'den': g.n(T), 'pct': pc} for p, pc in zip(ps, pcts)]
    # the shares' sum to 100 follows from the individual shares: not listed as a separate relation
    return '\n'.join(lines), 'table with counts and 占比 column' + ('' if not bad else ': one share wrong'), checks


def cn_pct(val, nd):
    s = str(rnd(D(val), nd))
    if '.' in s:
        a, b = s.split('.')
        return '百分之' + to_cn(int(a)) + '点' + ''.join(CN_D[int(c)] for c in b)
    return '百分之' + to_cn(int(s))


def p_cn_pct(g, bad, key):
    nd = g.pick([0, 1])
    org, base, done, rate, u, den, num = gen_rate_pair(g, key, nd, big=(20, 900))
    pv = g.rate_val(num, den, nd, bad)
    ps = cn_pct(pv, nd)
    z = g.chance(0.5)
    fmt = (lambda x: to_cn(x)) if z else g.n
    body = '%s%s%s，%s%s%s，%s达到%s。' % (base, fmt(den), u, done, fmt(num), u, rate, ps)
    checks = [{'rel': 'rate', 'num': fmt(num), 'den': fmt(den), 'pct': ps}]
    return wrap(g, org, body), 'rate written 百分之… (Chinese numerals)' + ('' if not bad else ': wrong'), checks


def p_budget_share(g, bad, key=None):
    org = g.place() + '财政局'
    nd = g.pick([1, 2])
    for _ in range(300):
        tot_h = g.ri(200, 6000)  # 百万
        part = g.ri(tot_h * 100 // 12, tot_h * 100 // 3)  # 万元
        if no_tie(part, tot_h * 100, nd):
            break
    pv = g.rate_val(part, tot_h * 100, nd, bad)
    ps = g.pct(pv, nd)
    tl = str(rnd(D(tot_h) / 100, 2)) + '亿'
    what = g.pick(['教育支出', '民生支出', '社会保障和就业支出', '卫生健康支出', '农林水支出'])
    body = '全年一般公共预算支出%s元，其中%s%s万元，占%s。' % (tl, what, g.n(part), ps)
    if g.chance(0.5):
        body = '%s%s万元，占一般公共预算支出（%s元）的%s。' % (what, g.n(part), tl, ps)
    checks = [{'rel': 'rate', 'num': g.n(part) + '万', 'den': tl, 'pct': ps}]
    return wrap(g, org, body), 'share with part in 万元 and whole in 亿元' + ('' if not bad else ': wrong'), checks


MALFORMS = {
    'placeholder': lambda g, ps: g.pick(['xx%', 'XX%', 'xxx%', 'xx.x%', 'X%']),
    'space': lambda g, ps: ps[:-1] + g.pick([' ', ' ']) + ps[-1],
    'prefix': lambda g, ps: ps[-1] + ps[:-1],
    'double': lambda g, ps: ps + g.pick(['%', '％']),
    'dots': lambda g, ps: (ps.replace('.', '..', 1) if '.' in ps else ps[:-1] + '.' + ps[-1]),
}


def p_malformed(g, bad, key):
    mkind, dom = key
    nd = 1 if mkind != 'dots' else g.pick([0, 1])
    org, base, done, rate, u, den, num = gen_rate_pair(g, dom, nd)
    ps = g.pct(g.rate_val(num, den, nd, False), nd)
    if ps.endswith('％') and mkind in ('dots',):
        ps = ps[:-1] + '%'
    if bad:
        if mkind == 'placeholder':
            lit = MALFORMS[mkind](g, ps)
        else:
            lit = MALFORMS[mkind](g, ps)
    else:
        lit = ps
    body = '%s%s%s，%s%s%s，%s%s。' % (base, g.n(den), u, done, g.n(num), u, rate + g.pick(['', '为', '达']), lit)
    if bad:
        checks = [{'rel': 'malformed_pct', 'lit': lit}]
        if mkind != 'placeholder':
            checks = [{'rel': 'malformed_pct', 'lit': lit}]
        note = 'malformed percentage %r (%s): inconsistent whatever its arithmetic' % (lit, mkind)
    else:
        checks = [{'rel': 'rate', 'num': g.n(num), 'den': g.n(den), 'pct': ps}]
        note = 'well-formed rate %s = %s/%s' % (ps, num, den)
    return wrap(g, org, body), note, checks


def p_trunc(g, bad, key):
    """rate stated with 约 / truncated: consistent if truncation or rounding (noted)."""
    nd = g.pick([1, 2])
    for _ in range(500):
        org, base, done, rate, u, den, num = gen_rate_pair(g, key, nd)
        t = D(num) / den * 100
        if rnd(t, nd, 'trunc') != rnd(t, nd):
            break
    else:
        raise RetryError()
    if bad:
        pv = g.rate_val(num, den, nd, True)
    else:
        pv = rnd(t, nd, 'trunc')
    ps = g.pct(pv, nd)
    body = '%s%s%s，%s%s%s，%s约为%s。' % (base, g.n(den), u, done, g.n(num), u, rate, ps)
    checks = [{'rel': 'rate', 'num': g.n(num), 'den': g.n(den), 'pct': ps, 'mode': 'trunc'}]
    note = ('true %s%%; stated %s is the TRUNCATED value (with 约): accepted as consistent' % (rnd(t, 4), ps)) if not bad else 'rate with 约 off by far more than rounding/truncation'
    return wrap(g, org, body), note, checks


def p_rate_remainder(g, bad, key):
    """accepted, concluded, pending + 结案率 (sum + rate)."""
    nd = g.pick([1, 2])
    org, base, done, rate, u, den, num = gen_rate_pair(g, key, nd)
    left = den - num
    which = g.ri(0, 1) if bad else -1
    L = g.wrong(left, minv=0) if which == 0 and left > 0 else left
    if which == 0 and L == left:
        L = left + 2
    ps = g.pct(g.rate_val(num, den, nd, which == 1), nd)
    body = '%s%s%s，%s%s%s，%s%s，尚有%s%s正在办理。' % (base, g.n(den), u, done, g.n(num), u, rate, ps, g.n(L), u)
    checks = [{'rel': 'sum', 'total': g.n(den), 'parts': [g.n(num), g.n(L)]},
              {'rel': 'rate', 'num': g.n(num), 'den': g.n(den), 'pct': ps}]
    if L == 0:
        raise RetryError()
    return wrap(g, org, body), 'done + pending = total, and rate' + ('' if not bad else ': one relation off'), checks


def p_rank_rate(g, bad, key):
    """rate + rank (rank is not arithmetic) + pp versus last year with the old rate given."""
    nd = g.pick([1, 2])
    org, base, done, rate, u, den, num = gen_rate_pair(g, key, nd)
    pv = g.rate_val(num, den, nd, bad)
    ps = g.pct(pv, nd)
    body = '%s%s%s，%s%s%s，%s%s，居全市第%s位。' % (base, g.n(den), u, done, g.n(num), u, rate, ps, g.pick(['一', '二', '三', '2', '4']))
    checks = [{'rel': 'rate', 'num': g.n(num), 'den': g.n(den), 'pct': ps}]
    return wrap(g, org, body), 'rate checked; rank 居全市第X位 is not arithmetic' + ('' if not bad else ': rate wrong'), checks


def p_visit_sat(g, bad, key=None):
    """hotline: 受理, 办结 (办结率) and 回访, 满意 (满意率) with different bases in one sentence + 件/人次."""
    org = g.place() + '12345政务服务便民热线'
    nd = g.pick([1, 2])
    for _ in range(300):
        acc = g.ri(2000, 90000)
        don = int(acc * g.r.uniform(0.93, 0.995))
        vis = g.ri(don // 5, don // 2)
        sat = int(vis * g.r.uniform(0.85, 0.99))
        if no_tie(don, acc, nd) and no_tie(sat, vis, nd) and 0 < sat < vis:
            break
    which = g.ri(0, 1) if bad else -1
    r1 = g.pct(g.rate_val(don, acc, nd, which == 0), nd)
    r2 = g.pct(g.rate_val(sat, vis, nd, which == 1), nd)
    body = '全年受理群众诉求%s件，办结%s件，办结率%s；对已办结诉求回访%s人次，满意%s人次，回访满意率%s。' % (
        g.n(acc), g.n(don), r1, g.n(vis), g.n(sat), r2)
    checks = [{'rel': 'rate', 'num': g.n(don), 'den': g.n(acc), 'pct': r1},
              {'rel': 'rate', 'num': g.n(sat), 'den': g.n(vis), 'pct': r2}]
    return wrap(g, org, body), '办结率 over accepted, 满意率 over visited (not over accepted)' + ('' if not bad else ': one rate wrong'), checks


# ---------------- pct negatives ----------------
def pn_growth100(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    v = rnd(D(g.r.uniform(101, 480)), g.pick([1, 2]))
    ps = g.pct(v, decimals_of(str(v)))
    form = g.ri(0, 2)
    if form == 0:
        body = '%s%s同比增长%s，增速居全市第%s。' % (d['verb'], d['obj'], ps, g.pick(['一', '二', '三']))
    elif form == 1:
        body = '%s%s较上年增长%s，实现翻番。' % (d['verb'], d['obj'], ps)
    else:
        body = '%s%s增幅达%s。' % (g.pick(['新兴领域', '线上渠道', '重点项目']), d['obj'], ps)
    checks = [{'rel': 'neg', 'kind': 'growth_over_100', 'lits': [ps]}]
    return wrap(g, org, body), 'growth rate over 100%% (%s) is legitimate; no base given, not checkable' % ps, checks


def pn_pp(g, bad, key):
    org, base, done, rate, u, lo, hi = rdom(g, key)
    nd = g.pick([1, 2])
    cur = rnd(D(g.r.uniform(lo, min(hi, 99.5))), nd)
    pp = rnd(D(g.r.uniform(0.1, 6)), nd)
    ps = g.pct(cur, nd)
    body = '%s%s，%s%s个百分点。' % (rate, ps, g.pick(['同比提高', '较上年提升', '比上年下降', '同比回落']), pp)
    checks = [{'rel': 'neg', 'kind': 'pp', 'lits': [str(pp)]}, {'rel': 'neg', 'kind': 'pct_no_base', 'lits': [ps]}]
    return wrap(g, org, body), '个百分点 change without last year’s rate and a rate without counts: nothing to recompute', checks


def pn_shares_overlap(g, bad, key=None):
    org = g.pick([g.place() + '委组织部', g.place() + '教育局', g.place() + '卫生健康局'])
    obj, attrs = g.pick([('新发展党员', ['女性', '35岁以下', '大专以上学历', '一线工人和农民']),
                         ('专任教师', ['女教师', '本科以上学历', '中级以上职称', '党员']),
                         ('在岗医务人员', ['女性', '本科以上学历', '中级以上职称', '40岁以下'])])
    k = g.ri(3, 4)
    at = g.sample(attrs, k)
    for _ in range(100):
        vals = [rnd(D(g.r.uniform(20, 80)), 1) for _ in range(k)]
        if sum(vals) > 100:
            break
    ps = [g.pct(v, 1) for v in vals]
    body = '%s中，%s。' % (obj, '，'.join('%s占%s' % (a, p) for a, p in zip(at, ps)))
    checks = [{'rel': 'neg', 'kind': 'shares_overlap', 'lits': ps}]
    return wrap(g, org, body), 'overlapping attribute shares (sum > 100%%) are not parts of one partition', checks


def pn_diff_wholes(g, bad, key=None):
    org = g.place() + '人民政府'
    pool = [('常住人口城镇化率', 40, 75), ('森林覆盖率', 30, 78), ('农村自来水普及率', 85, 99.5), ('义务教育巩固率', 95, 99.9),
            ('城市生活垃圾无害化处理率', 95, 100), ('空气质量优良天数比例', 80, 98), ('行政村快递服务覆盖率', 70, 100),
            ('城乡居民医保参保率', 95, 99.5)]
    k = g.ri(3, 4)
    items = g.sample(pool, k)
    ps = [g.pct(rnd(D(g.r.uniform(lo, hi)), 1), 1) for _, lo, hi in items]
    body = '%s。' % '，'.join('%s达到%s' % (n, p) for (n, _, _), p in zip(items, ps))
    checks = [{'rel': 'neg', 'kind': 'pct_no_base', 'lits': ps}]
    return wrap(g, org, body), 'rates of different wholes: they are not shares and need not sum to 100%', checks


def pn_threshold(g, bad, key):
    org, base, done, rate, u, lo, hi = rdom(g, key)
    v = g.pick(['90', '95', '98', '100', '85'])
    ps = v + g.pmode
    form = g.ri(0, 3)
    if form == 0:
        body = '%s保持在%s以上。' % (rate, ps)
    elif form == 1:
        body = '%s实现全覆盖，%s达到%s。' % (base, rate, '100' + g.pmode)
        ps = '100' + g.pmode
    elif form == 2:
        body = '力争%s不低于%s。' % (rate, ps)
    else:
        ps = g.pick(['90', '95', '98', '85']) + g.pmode
        body = '确保%s稳定在%s左右，较往年明显提升。' % (rate, ps)
    checks = [{'rel': 'neg', 'kind': 'pct_no_base', 'lits': [ps]}]
    return wrap(g, org, body), 'targets/thresholds (以上/不低于/全覆盖) without counts: not checkable', checks


def pn_names(g, bad, key=None):
    org = g.pick([g.place() + '税务局', g.place() + '财政局', g.company()])
    pool = [('对小规模纳税人减按1%征收率征收增值税', '1%'), ('落实研发费用加计扣除比例提高至100%政策', '100%'),
            ('执行“5%”预留份额政策', '5%'), ('95%置信区间', '95%'), ('首付比例不低于20%', '20%'),
            ('按工资总额的1.5%计提职工教育经费', '1.5%'), ('贷款贴息比例为50%', '50%'), ('质量保证金按3%预留', '3%')]
    k = g.ri(2, 3)
    it = g.sample(pool, k)
    lits = [x[1] for x in it]
    if g.pmode == '％':
        it = [(a.replace('%', '％'), b.replace('%', '％')) for a, b in it]
        lits = [x[1] for x in it]
    body = '；'.join(x[0] for x in it) + '。'
    checks = [{'rel': 'neg', 'kind': 'pct_no_base', 'lits': lits}]
    return wrap(g, org, body), 'policy percentages (tax rates, ratios in rules) are not computed figures', checks


def pn_rank_pct(g, bad, key):
    org, base, done, rate, u, lo, hi = rdom(g, key)
    cur = rnd(D(g.r.uniform(lo, min(hi, 99.5))), 1)
    ps = g.pct(cur, 1)
    body = '%s%s，排名全市第%s，连续%s年进入全省前%s。' % (rate, ps, g.pick(['一', '二', '三', '五']), to_cn(g.ri(2, 5)), to_cn(g.ri(5, 20)))
    checks = [{'rel': 'neg', 'kind': 'pct_no_base', 'lits': [ps]}]
    return wrap(g, org, body), 'rate without counts plus rankings: nothing arithmetic', checks


def pn_permille(g, bad, key=None):
    org = g.place() + g.pick(['卫生健康局', '统计局'])
    b = rnd(D(g.r.uniform(5, 12)), 2)
    dth = rnd(D(g.r.uniform(5, 9)), 2)
    im = rnd(D(g.r.uniform(1, 4)), 2)
    body = '全年人口出生率%s‰，死亡率%s‰，婴儿死亡率%s‰，均低于全省平均水平。' % (b, dth, im)
    checks = [{'rel': 'neg', 'kind': 'token', 'lits': ['%s‰' % b, '%s‰' % dth]}]
    return wrap(g, org, body), 'per-mille rates of different wholes, no counts: not checkable', checks


def pn_share_other_whole(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    a = g.ri(max(d['lo'], 30), d['hi'])
    p = g.pct(rnd(D(g.r.uniform(5, 40)), 1), 1)
    body = '%s%s%s%s，占全市总量的%s，%s。' % (d['verb'], d['obj'], g.n(a), u, p, g.pick(['位居各县区前列', '较去年有所提升', '总体保持平稳']))
    checks = [{'rel': 'neg', 'kind': 'pct_no_base', 'lits': [p]}]
    return wrap(g, org, body), 'share of a whole (全市) whose size is not stated: not checkable', checks


def pn_growth_nobase(g, bad, key):
    d = DOMS[key]
    org = dom_org(g, key)
    u = d['u']
    a = g.ri(max(d['lo'], 30), d['hi'])
    p = g.pct(rnd(D(g.r.uniform(1, 60)), 1), 1)
    q = g.pct(rnd(D(g.r.uniform(1, 30)), 1), 1)
    body = '%s%s%s%s，同比%s%s，增幅比上半年%s。' % (d['verb'], d['obj'], g.n(a), u, g.pick(['增长', '下降']), p, g.pick(['收窄', '扩大']))
    body += '其中%s同比增长%s。' % (g.pick(d['parts']), q)
    checks = [{'rel': 'neg', 'kind': 'pct_no_base', 'lits': [p, q]}]
    return wrap(g, org, body), 'growth rates with current value only (no base year value): not checkable; part growth may exceed total growth', checks


# ----------------------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------------------
STYLES = []  # (name, family, kind, fn, arg)


def reg(name, fam, kind, fn, arg=None):
    STYLES.append((name, fam, kind, fn, arg))


# totals check styles
for k in ['env', 'court', 'police', 'hotline', 'petition', 'budget', 'village']:
    reg('qizhong_%s' % k, 'totals', 'check', t_qizhong, k)
for k in ['mediation', 'school', 'legalaid', 'fire', 'food']:
    reg('heji_after_%s' % k, 'totals', 'check', t_heji_after, k)
for k in ['court', 'proc', 'traffic', 'agri']:
    reg('fenbie_%s' % k, 'totals', 'check', t_fenbie, k)
for k in ['correction', 'hospital', 'market', 'hotline']:
    reg('paren_parts_%s' % k, 'totals', 'check', t_paren, k)
for k in ['safety', 'court', 'petition', 'company']:
    reg('line_list_%s' % k, 'totals', 'check', t_colon_lines, k)
for k in ['police', 'school', 'budget', 'mediation']:
    reg('table_flat_%s' % k, 'totals', 'check', t_table, k)
for k in ['court', 'env', 'traffic']:
    reg('table_two_col_%s' % k, 'totals', 'check', t_table2, k)
for k in ['court', 'env', 'police', 'hotline', 'school']:
    reg('numbered_items_%s' % k, 'totals', 'check', t_items, k)
reg('income_expense_balance', 'totals', 'check', t_income, None)
for k in ['petition', 'traffic', 'legalaid', 'market']:
    reg('change_delta_%s' % k, 'totals', 'check', t_change, k)
reg('court_carry_over', 'totals', 'check', t_carry, None)
for k in ['hotline', 'petition', 'mediation']:
    reg('two_breakdowns_%s' % k, 'totals', 'check', t_two_breakdowns, k)
for k in ['env', 'food']:
    reg('nested_han_%s' % k, 'totals', 'check', t_nested, k)
reg('money_yi_wan_parts', 'totals', 'check', t_money_mixed, None)
for k in ['safety', 'env']:
    reg('done_plus_remaining_%s' % k, 'totals', 'check', t_remainder, k)
for k in ['legalaid', 'fire']:
    reg('multi_year_cumulative_%s' % k, 'totals', 'check', t_years, k)
reg('correction_stock_flow', 'totals', 'check', t_stock, None)
reg('market_net_increase', 'totals', 'check', t_net, None)
for k in ['env', 'correction', 'village']:
    reg('cn_numerals_%s' % k, 'totals', 'check', t_cn_numerals, k)
for k in ['budget', 'police']:
    reg('parts_sentences_total_last_%s' % k, 'totals', 'check', t_total_last, k)
reg('per_capita_average', 'totals', 'check', t_per_capita, None)
reg('proc_cases_and_persons', 'totals', 'check', t_cases_persons, None)
for k in ['hospital', 'fire']:
    reg('quarters_to_year_%s' % k, 'totals', 'check', t_quarters, k)
for k in ['correction', 'school']:
    reg('gender_split_%s' % k, 'totals', 'check', t_gender, k)
reg('decimal_area_parts', 'totals', 'check', t_decimal_area, None)
reg('hotline_dept_lines_total', 'totals', 'check', t_dept_lines, None)
reg('named_list_count', 'totals', 'check', t_count_names, None)
for k in ['petition', 'safety']:
    reg('group_subtotals_%s' % k, 'totals', 'check', t_subtotals, k)
reg('hotline_wan_counts', 'totals', 'check', t_wan_counts, None)
for k in ['petition', 'mediation']:
    reg('two_wholes_paragraph_%s' % k, 'totals', 'check', t_two_statements, k)
# totals negatives
for k in ['party', 'correction']:
    reg('neg_overlap_attributes_%s' % k, 'totals', 'neg', tn_overlap, k)
for k in ['env', 'police', 'hotline']:
    reg('neg_partial_list_%s' % k, 'totals', 'neg', tn_partial, k)
for k in ['mediation', 'agri', 'safety']:
    reg('neg_approx_total_%s' % k, 'totals', 'neg', tn_approx, k)
for k in ['court', 'police']:
    reg('neg_tokens_ids_dates_%s' % k, 'totals', 'neg', tn_tokens, k)
reg('neg_cases_persons_times', 'totals', 'neg', tn_cases_persons, None)
for k in ['market', 'legalaid']:
    reg('neg_cumulative_vs_new_%s' % k, 'totals', 'neg', tn_cumulative, k)
reg('neg_different_wholes', 'totals', 'neg', tn_diff_wholes, 'traffic')
reg('neg_different_wholes_police', 'totals', 'neg', tn_diff_wholes, 'police')
reg('neg_overlap_attributes_legalaid', 'totals', 'neg', tn_overlap, 'legalaid')
reg('neg_approx_total_hotline', 'totals', 'neg', tn_approx, 'hotline')
reg('neg_partial_list_court', 'totals', 'neg', tn_partial, 'court')

# pct check styles
for k in ['court_close', 'hotline_done', 'hotline_conn', 'petition_due', 'mediation', 'police_solve', 'grid', 'food',
          'rectify', 'vaccine', 'graduate', 'complaint', 'household']:
    reg('rate_basic_%s' % k, 'pct', 'check', p_rate_basic, k)
for k in ['appeal', 'retrial', 'mediate_court', 'reentry']:
    reg('rate_court_%s' % k, 'pct', 'check', p_rate_basic, k)
for pair in [('court_close', 'mediate_court'), ('petition_due', 'petition_sat'), ('hotline_conn', 'hotline_done'),
             ('police_solve', 'legalaid')]:
    reg('two_rates_%s_%s' % pair, 'pct', 'check', p_two_rates, pair)
reg('pass_fail_complement', 'pct', 'check', p_complement, None)
for k in ['court', 'budget', 'police', 'hotline']:
    reg('share_of_whole_%s' % k, 'pct', 'check', p_share, k)
for k in ['petition', 'school', 'env']:
    reg('shares_with_counts_%s' % k, 'pct', 'check', p_shares_multi, k)
for k in ['hospital', 'company', 'agri']:
    reg('composition_sum100_%s' % k, 'pct', 'check', p_shares_sum, k)
for k in ['police', 'traffic', 'market', 'hotline']:
    reg('growth_from_to_%s' % k, 'pct', 'check', p_growth, k)
reg('growth_money_yi', 'pct', 'check', p_growth_money, None)
for k in ['court_close', 'petition_sat', 'mediation', 'vaccine']:
    reg('pp_vs_last_year_%s' % k, 'pct', 'check', p_pp, k)
reg('completion_of_target', 'pct', 'check', p_completion, None)
reg('traffic_deaths_per_10k_vehicles', 'pct', 'check', p_per10k, None)
reg('enforcement_recovery_rate', 'pct', 'check', p_enforce, None)
reg('proc_nocatch_nosue_rates', 'pct', 'check', p_proc, None)
reg('hotline_dept_rate_lines', 'pct', 'check', p_dept_rates, None)
for k in ['court', 'mediation']:
    reg('table_share_column_%s' % k, 'pct', 'check', p_table_pct, k)
for k in ['graduate', 'insurance']:
    reg('cn_baifenzhi_%s' % k, 'pct', 'check', p_cn_pct, k)
reg('budget_share_wan_yi', 'pct', 'check', p_budget_share, None)
for mk, dm in [('placeholder', 'grid'), ('space', 'rectify'), ('prefix', 'hotline_done'), ('double', 'food'),
               ('dots', 'petition_due'), ('space', 'court_close'), ('placeholder', 'insurance')]:
    reg('malformed_%s_%s' % (mk, dm), 'pct', 'check', p_malformed, (mk, dm))
for k in ['food', 'rectify']:
    reg('rate_truncated_yue_%s' % k, 'pct', 'check', p_trunc, k)
for k in ['court_close', 'hotline_done', 'petition_due']:
    reg('rate_with_pending_%s' % k, 'pct', 'check', p_rate_remainder, k)
for k in ['police_solve', 'petition_sat']:
    reg('rate_with_rank_%s' % k, 'pct', 'check', p_rank_rate, k)
reg('hotline_done_and_visit_satisfaction', 'pct', 'check', p_visit_sat, None)
# pct negatives
for k in ['market', 'company']:
    reg('neg_growth_over_100_%s' % k, 'pct', 'neg', pn_growth100, k)
for k in ['court_close', 'hotline_visit']:
    reg('neg_pp_without_base_%s' % k, 'pct', 'neg', pn_pp, k)
reg('neg_overlapping_shares', 'pct', 'neg', pn_shares_overlap, None)
reg('neg_rates_of_different_wholes', 'pct', 'neg', pn_diff_wholes, None)
for k in ['vaccine', 'petition_due']:
    reg('neg_threshold_rate_%s' % k, 'pct', 'neg', pn_threshold, k)
reg('neg_policy_percentages', 'pct', 'neg', pn_names, None)
reg('neg_rate_and_rank', 'pct', 'neg', pn_rank_pct, 'police_solve')
reg('neg_per_mille', 'pct', 'neg', pn_permille, None)
for k in ['budget', 'court']:
    reg('neg_share_of_unstated_whole_%s' % k, 'pct', 'neg', pn_share_other_whole, k)
reg('neg_growth_without_base', 'pct', 'neg', pn_growth_nobase, 'hotline')
reg('neg_growth_without_base_police', 'pct', 'neg', pn_growth_nobase, 'police')
reg('neg_pp_without_base_nosue', 'pct', 'neg', pn_pp, 'nosue')
reg('neg_threshold_rate_household', 'pct', 'neg', pn_threshold, 'household')
for k in ['insurance', 'hotline_visit', 'legalaid', 'fail_food', 'nocatch']:
    reg('rate_basic_%s' % k, 'pct', 'check', p_rate_basic, k)
for k in ['court', 'petition']:
    reg('growth_from_to_%s' % k, 'pct', 'check', p_growth, k)

DOMS['party'] = dict(org='{p}委组织部', verb='', obj='', u='名', lo=1, hi=2, parts=['x'])


# ----------------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------------
def make_record(name, fam, kind, fn, arg, want, rng):
    for attempt in range(300):
        g = G(rng)
        try:
            text, note, checks = fn(g, want == 'inconsistent', arg)
        except RetryError:
            continue
        rec = {'id': '', 'family': fam, 'style': name, 'label': want, 'text': text, 'note': note, 'checks': checks}
        lab, probs = judge(rec)
        if not probs and lab == want and 1 <= len(text.split('\n')) <= 8 and '\n' not in note:
            return rec
    raise RuntimeError('could not generate %s/%s' % (name, want))


def generate(seed):
    out = {'totals': [], 'pct': []}
    for name, fam, kind, fn, arg in STYLES:
        rng = random.Random('n35|%d|%s' % (seed, name))
        n = rng.randint(15, 20)
        if kind == 'neg':
            wants = ['negative'] * n
        else:
            wants = ['consistent', 'inconsistent'] * (n // 2) + ([rng.choice(['consistent', 'inconsistent'])] if n % 2 else [])
            rng.shuffle(wants)
        for w in wants:
            out[fam].append(make_record(name, fam, kind, fn, arg, w, rng))
    recs = []
    for fam in ('totals', 'pct'):
        for i, r in enumerate(out[fam], 1):
            r['id'] = 'n35-%s-%06d' % (fam, i)
            recs.append(r)
    return recs


def verify(paths):
    bad = 0
    for p in paths:
        ids = set()
        counts = {}
        styles = set()
        with open(p, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                try:
                    rec = json.loads(line)
                except Exception as e:
                    print('%s:%d: bad json %s' % (p, ln, e)); bad += 1; continue
                probs = []
                for key in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
                    if key not in rec:
                        probs.append('missing ' + key)
                if probs:
                    print('%s:%d: %s' % (p, ln, probs)); bad += 1; continue
                if rec['id'] in ids:
                    probs.append('duplicate id')
                ids.add(rec['id'])
                if rec['family'] not in ('totals', 'pct'):
                    probs.append('bad family')
                if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
                    probs.append('bad label')
                if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)*', rec['style']):
                    probs.append('style not snake_case')
                if not rec['id'].startswith('n35-%s-' % rec['family']):
                    probs.append('id/family mismatch')
                nl = len(rec['text'].split('\n'))
                if not 1 <= nl <= 8:
                    probs.append('text has %d lines' % nl)
                if '\n' in rec['note'] or not rec['note']:
                    probs.append('note must be one line')
                lab, ps = judge(rec)
                probs += ps
                if lab != rec['label']:
                    probs.append('label %s but recomputed %s' % (rec['label'], lab))
                if probs:
                    bad += 1
                    print('%s:%d %s: %s' % (p, ln, rec['id'], '; '.join(probs)))
                counts[(rec['family'], rec['label'])] = counts.get((rec['family'], rec['label']), 0) + 1
                styles.add(rec['style'])
        total = sum(counts.values())
        print('%s: %d records, %d styles; %s' % (p, total, len(styles), ', '.join('%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    if bad:
        print('VERIFY FAILED: %d problem record(s)' % bad)
        return 1
    print('VERIFY OK')
    return 0


def style_table(seed):
    recs = generate(seed)
    by = {}
    for r in recs:
        by.setdefault(r['style'], []).append(r)
    lines = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for name, fam, kind, fn, arg in STYLES:
        rs = by[name]
        c = {l: sum(1 for r in rs if r['label'] == l) for l in ('consistent', 'inconsistent', 'negative')}
        ex = next((r for r in rs if r['label'] != 'consistent'), rs[0])
        t = ex['text'].replace('\n', ' ⏎ ').replace('|', '\\|').replace('\t', ' ')
        if len(t) > 110:
            t = t[:110] + '…'
        lines.append('| %s | %s | %d | %d | %d | (%s) %s |' % (name, fam, c['consistent'], c['inconsistent'], c['negative'], ex['label'][:3], t))
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table', action='store_true')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.style_table:
        print(style_table(a.seed))
        return
    if not a.out:
        ap.error('--out FILE required (or --verify / --style-table)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
