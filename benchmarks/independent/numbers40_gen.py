#!/usr/bin/env python3
"""numbers40_gen.py -- held-out set 40: Chinese report statements with totals and percentages.

Generate:  python3 numbers40_gen.py --seed 11 --out numbers40_seed11.jsonl
Verify:    python3 numbers40_gen.py --verify numbers40_seed11.jsonl numbers40_seed12.jsonl

Standard library only.  Deterministic per seed (every style has its own random.Random seeded
with a string), independent of PYTHONHASHSEED.
"""
import argparse
import json
import math
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, getcontext

getcontext().prec = 60
D = Decimal
SCALE = {'': D(1), '万': D(10000), '亿': D(100000000)}
MARK = re.compile(r'⟦(s\d+)⟧')

# =====================================================================================
# number formatting (generator side)
# =====================================================================================
CN_DIG = '零一二三四五六七八九'
FW_TABLE = str.maketrans('0123456789.', '０１２３４５６７８９．')


def _four(x):
    out, pend = '', False
    for u, ch in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = x // u % 10
        if d == 0:
            if out:
                pend = True
        else:
            if pend:
                out += '零'
                pend = False
            out += CN_DIG[d] + ch
    return out


def cn_int(n, liang=False):
    n = int(n)
    if n == 0:
        return '零'
    yi, r = divmod(n, 10 ** 8)
    wan, ge = divmod(r, 10 ** 4)
    out, need_zero = '', False
    for val, unit in ((yi, '亿'), (wan, '万'), (ge, '')):
        if val == 0:
            if out:
                need_zero = True
            continue
        if out and (need_zero or val < 1000):
            out += '零'
        need_zero = False
        out += _four(val) + unit
    if out.startswith('一十'):
        out = out[1:]
    if liang and out[:2] in ('二千', '二万', '二百'):
        out = '两' + out[1:]
    return out


def cn_num(v, dec):
    s = format(v, '.%df' % dec)
    if '.' in s:
        ip, fp = s.split('.')
        return cn_int(int(ip)) + '点' + ''.join(CN_DIG[int(c)] for c in fp)
    return cn_int(int(s))


def group3(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def fmt_value(disp, dec, style):
    """disp: Decimal already in display units, exactly representable with dec decimals."""
    if style == 'cn':
        return cn_num(disp, dec)
    if style == 'cn2':
        return cn_int(int(disp), liang=True) if dec == 0 else cn_num(disp, dec)
    s = format(disp, '.%df' % dec)
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    ip, _, fp = s.partition('.')
    if style in ('comma', 'cncomma', 'space', 'fwcomma') and len(ip) > 3:
        sep = {'comma': ',', 'cncomma': '，', 'space': ' ', 'fwcomma': ','}[style]
        ip = group3(ip, sep)
    s = ip + ('.' + fp if fp else '')
    if neg:
        s = '-' + s
    if style in ('fw', 'fwcomma'):
        s = s.translate(FW_TABLE)
    return s


class Slot:
    def __init__(self, val, scale='', dec=0, style='plain', pct=False, pctform='%'):
        self.val = D(val)
        self.scale = scale
        self.dec = dec
        self.style = style
        self.pct = pct
        self.pctform = pctform
        self.override = None

    def unit(self):
        return SCALE[self.scale] * (D(10) ** -self.dec)

    def text(self):
        if self.override is not None:
            return self.override
        disp = self.val / SCALE[self.scale]
        q = D(10) ** -self.dec
        if disp.quantize(q) != disp:
            raise ValueError('slot not representable: %s %s %s' % (self.val, self.scale, self.dec))
        s = fmt_value(disp.quantize(q), self.dec, self.style)
        if self.pct:
            if self.style in ('cn', 'cn2'):
                return '百分之' + s
            return s + ('％' if self.style in ('fw', 'fwcomma') else self.pctform)
        return s + self.scale


class Spec:
    """A statement with numbered slots; lines and checks hold ⟦sN⟧ markers."""

    def __init__(self):
        self.slots = {}
        self.lines = []
        self.checks = []
        self.note = ''
        self.n = 0

    def q(self, val, scale='', dec=0, style='plain', pct=False, pctform='%'):
        sid = 's%d' % self.n
        self.n += 1
        self.slots[sid] = Slot(val, scale, dec, style, pct, pctform)
        return '⟦%s⟧' % sid

    def slot(self, ref):
        return self.slots[MARK.fullmatch(ref).group(1)]

    def render(self):
        strs = {k: v.text() for k, v in self.slots.items()}

        def sub(x):
            if isinstance(x, str):
                return MARK.sub(lambda m: strs[m.group(1)], x)
            if isinstance(x, list):
                return [sub(y) for y in x]
            if isinstance(x, dict):
                return {k: sub(v) for k, v in x.items()}
            return x
        return sub(self.lines), sub(self.checks)


def q_round(x, dec):
    return x.quantize(D(10) ** -dec, rounding=ROUND_HALF_UP)


def is_tie(x, dec):
    y = x * (D(10) ** dec)
    return (y - y.to_integral_value(rounding='ROUND_FLOOR')) == D('0.5')


# =====================================================================================
# perturbation (turns a consistent spec into an inconsistent one: exactly one relation)
# =====================================================================================
TOT_RELS = {'sum', 'balance', 'count_items', 'count_names'}
PCT_RELS = {'rate', 'growth', 'pp', 'share_sum', 'per'}


def check_refs(c):
    return MARK.findall(json.dumps(c, ensure_ascii=False))


def sum_margin(spec, c):
    refs = check_refs(c)
    coarse = max(spec.slot('⟦%s⟧' % r).unit() for r in refs)
    n = len(c['parts']) if c['rel'] == 'sum' else len(c['terms'])
    return max(2, math.ceil(n / 2) + 1) * coarse


def perturb_quantity(rng, slot, margin, positive=True):
    u = slot.unit()
    k = int(slot.val / u)
    cands = []
    ks = str(abs(k))
    for i, ch in enumerate(ks):
        for nd in '0123456789':
            if nd == ch or (i == 0 and nd == '0' and len(ks) > 1):
                continue
            k2 = int(ks[:i] + nd + ks[i + 1:])
            diff = abs(k2 - k) * u
            if diff >= margin and k2 > 0 and diff <= abs(slot.val) * D('0.6'):
                cands.append(k2)
    if cands and rng.random() < 0.5:
        slot.val = rng.choice(cands) * u
        return
    # additive change
    for _ in range(50):
        mult = D(rng.choice([1, 1, 2, 3, 4, 6, 10]))
        steps = int((margin * mult / u).to_integral_value(rounding=ROUND_CEILING))
        steps = max(steps, 1)
        sign = rng.choice([1, -1])
        k2 = k + sign * steps
        if k2 <= 0:
            k2 = k + steps
        if abs(k2 - k) * u >= margin:
            slot.val = k2 * u
            return
    raise RuntimeError('cannot perturb')


def perturb_value(rng, slot, true_rounded, thr, cap100=False):
    u = slot.unit()
    kmin = int((thr / u).to_integral_value(rounding=ROUND_CEILING))
    for _ in range(100):
        k = rng.randint(kmin, max(kmin, kmin * 4))
        sign = rng.choice([1, -1])
        new = true_rounded + sign * k * u
        if cap100 and true_rounded <= 100 and new > 100:
            new = true_rounded - k * u
        if new <= 0:
            new = true_rounded + k * u
        if new > 0 and abs(new - true_rounded) >= thr and (not cap100 or true_rounded > 100 or new <= 100):
            slot.val = new
            return
    raise RuntimeError('cannot perturb value')


def perturb(spec, family, rng):
    refs = {}
    for i, c in enumerate(spec.checks):
        for r in sorted(set(check_refs(c))):
            refs.setdefault(r, []).append(i)
    allowed = TOT_RELS if family == 'totals' else PCT_RELS
    cands = []
    for r, idx in refs.items():
        if len(idx) != 1:
            continue
        c = spec.checks[idx[0]]
        if c['rel'] not in allowed:
            continue
        ref = '⟦%s⟧' % r
        if c['rel'] in ('rate', 'growth', 'pp', 'per') and c.get('value') != ref:
            continue
        if c['rel'] in ('count_items', 'count_names') and c.get('count') != ref:
            continue
        cands.append((ref, c))
    if not cands:
        raise RuntimeError('no perturbable slot')
    ref, c = rng.choice(cands)
    s = spec.slot(ref)
    old = s.val
    rel = c['rel']
    if rel in ('sum', 'balance'):
        perturb_quantity(rng, s, sum_margin(spec, c))
    elif rel == 'rate':
        t = spec.slot(c['num']).val / spec.slot(c['den']).val * 100
        tr = q_round(t, s.dec)
        perturb_value(rng, s, tr, max(2 * s.unit(), D('0.3')), cap100=True)
    elif rel == 'growth':
        o, nw = spec.slot(c['old']).val, spec.slot(c['new']).val
        t = abs((nw - o) / o * 100)
        tr = q_round(t, s.dec)
        perturb_value(rng, s, tr, max(2 * s.unit(), D('0.3')))
    elif rel == 'pp':
        t = abs(spec.slot(c['new']).val - spec.slot(c['old']).val)
        perturb_value(rng, s, t, max(2 * s.unit(), D('0.3')))
    elif rel == 'per':
        t = spec.slot(c['total']).val / spec.slot(c['count']).val / SCALE[s.scale] * SCALE[s.scale]
        tr = q_round(t / SCALE[s.scale], s.dec) * SCALE[s.scale]
        thr = max(2 * s.unit(), tr * D('0.02'))
        uu = s.unit()
        kmin = int((thr / uu).to_integral_value(rounding=ROUND_CEILING))
        k = rng.randint(kmin, kmin * 3)
        s.val = tr + rng.choice([1, -1]) * k * uu
        if s.val <= 0:
            s.val = tr + k * uu
    elif rel == 'share_sum':
        k = int((max(2 * s.unit(), D('0.3')) / s.unit()).to_integral_value(rounding=ROUND_CEILING))
        k = rng.randint(k, k * 5)
        sign = rng.choice([1, -1])
        if s.val - k * s.unit() <= 0:
            sign = 1
        s.val = s.val + sign * k * s.unit()
    elif rel == 'count_items':
        s.val = s.val + rng.choice([1, -1]) if s.val > 2 else s.val + 1
    elif rel == 'count_names':
        if c.get('marker') == '等':
            s.val = s.val - rng.choice([1, 1, 2]) if s.val > 3 else s.val - 1
        else:
            s.val = s.val + rng.choice([1, -1, 2])
    return '%s changed from %s to %s (%s)' % (rel, format(old.normalize(), 'f'), format(s.val.normalize(), 'f'),
                                              'total' if c.get('total') == ref or c.get('result') == ref else
                                              'value' if c.get('value') == ref else
                                              'count' if c.get('count') == ref else 'part')


# =====================================================================================
# independent verifier: own parser, Decimal, ROUND_HALF_UP
# =====================================================================================
V_FW = {ord('０') + i: str(i) for i in range(10)}
V_FW.update({ord('．'): '.', ord('％'): '%', ord('，'): ',', ord('　'): ' ', ord('\u2009'): ' '})
V_CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
        '八': 8, '九': 9}
V_UNIT = {'十': 10, '百': 100, '千': 1000}
V_MULT = {'万': Decimal(10000), '亿': Decimal(100000000)}
V_ARABIC = re.compile(r'(?:[0-9]{1,3}(?:[, ][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?')
MALFORMED = [re.compile(r'^[xX×]{1,4}(?:\.[xX]{1,2})?%$'), re.compile(r'^[0-9]+(?:\.[0-9]+)?\s+[%％]$'),
             re.compile(r'^[%％][0-9]+(?:\.[0-9]+)?$'), re.compile(r'^[0-9]+(?:\.[0-9]+)?[%％]{2,}$'),
             re.compile(r'^[0-9]+\.\.[0-9]+[%％]$'), re.compile(r'^[0-9]+(?:\.[0-9]+)?\.%$')]
WELLFORMED_PCT = re.compile(r'^[0-9]+(?:\.[0-9]+)?%$')
ITEM_MARKERS = {
    'shi': re.compile(r'[一二三四五六七八九十]+是'),
    'circ': re.compile(r'[①②③④⑤⑥⑦⑧⑨⑩]'),
    'pa': re.compile(r'[（(][0-9]{1,2}[)）]'),
    'pc': re.compile(r'[（(][一二三四五六七八九十]{1,3}[)）]'),
    'dot': re.compile(r'(?m)^\s*[0-9]{1,2}[.．、](?![0-9])'),
    'di': re.compile(r'第[一二三四五六七八九十]+[，,、]'),
}
GROWTH_UP = ('增长', '增加', '提高', '上升', '提升')
GROWTH_DOWN = ('下降', '减少', '降低', '回落')


class VErr(Exception):
    pass


def v_cn_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in V_UNIT:
            section += (num if num else 1) * V_UNIT[ch]
            num = 0
        elif ch == '万':
            section += num
            total += section * 10000
            section, num = 0, 0
        elif ch == '亿':
            section += num
            total = (total + section) * 10 ** 8
            section, num = 0, 0
        else:
            raise VErr('bad chinese numeral %r' % s)
    return total + section + num


def v_parse(s):
    """-> (value Decimal, decimals, unit Decimal, is_pct)"""
    t = s.translate(V_FW).strip()
    pct = False
    if t.startswith('百分之'):
        pct, t = True, t[3:]
    elif t.endswith('%'):
        pct, t = True, t[:-1]
        if t.endswith('%') or t.endswith(' ') or '%' in t:
            raise VErr('malformed percentage %r' % s)
    mult = Decimal(1)
    if t and t[-1] in V_MULT and t[0].isdigit():
        mult, t = V_MULT[t[-1]], t[:-1]
    if V_ARABIC.fullmatch(t):
        t2 = t.replace(',', '').replace(' ', '')
        dec = len(t2.split('.')[1]) if '.' in t2 else 0
        return Decimal(t2) * mult, dec, (Decimal(10) ** -dec) * mult, pct
    if t and all(ch in V_CN or ch in V_UNIT or ch in '万亿点' for ch in t):
        if '点' in t:
            ip, fp = t.split('点')
            val = Decimal(v_cn_int(ip)) + Decimal('0.' + ''.join(str(V_CN[c]) for c in fp))
            return val, len(fp), Decimal(10) ** -len(fp), pct
        return Decimal(v_cn_int(t)), 0, Decimal(1), pct
    raise VErr('unparseable number %r' % s)


def v_round(x, dec):
    y = x * (Decimal(10) ** dec)
    if y - y.to_integral_value(rounding='ROUND_FLOOR') == Decimal('0.5'):
        raise VErr('exact .5 tie for %s at %d decimals' % (x, dec))
    return x.quantize(Decimal(10) ** -dec, rounding=ROUND_HALF_UP)


def v_need(text, s):
    if not isinstance(s, str) or not s or s not in text:
        raise VErr('number %r not found in text' % (s,))
    return s


def v_fail(diff, thr, what):
    if abs(diff) < thr:
        raise VErr('%s is wrong by %s, less than the required margin %s' % (what, diff, thr))
    return 'fail'


def v_check(c, text):
    """-> 'ok' | 'fail' | 'neg'; raises VErr on a malformed or ambiguous check."""
    rel = c.get('rel')
    P = lambda key: v_parse(v_need(text, c[key]))
    if rel in ('sum', 'balance'):
        if rel == 'sum':
            tot = P('total')
            items = [(1, v_parse(v_need(text, p))) for p in c['parts']]
        else:
            tot = P('result')
            items = []
            for sign, p in c['terms']:
                if sign not in '+-':
                    raise VErr('bad sign')
                items.append((1 if sign == '+' else -1, v_parse(v_need(text, p))))
        if len(items) < 2:
            raise VErr('sum with fewer than two terms')
        s = sum(sg * x[0] for sg, x in items)
        if s == tot[0]:
            return 'ok'
        coarse = max([tot[2]] + [x[2] for _, x in items])
        return v_fail(s - tot[0], max(2, math.ceil(len(items) / 2) + 1) * coarse, rel)
    if rel == 'rate':
        num, den, val = P('num'), P('den'), P('value')
        if not val[3] and not (c.get('pct_in_header') and '%' in text.split('\n')[0] + text):
            raise VErr('rate value is not a percentage')
        true = v_round(num[0] / den[0] * 100, val[1])
        if true == val[0]:
            return 'ok'
        return v_fail(val[0] - true, max(2 * val[2], Decimal('0.3')), 'rate')
    if rel == 'per':
        tot, cnt, val = P('total'), P('count'), P('value')
        mult = val[2] / (Decimal(10) ** -val[1])
        true = v_round(tot[0] / cnt[0] / mult, val[1]) * mult
        if true == val[0]:
            return 'ok'
        return v_fail(val[0] - true, max(2 * val[2], true * Decimal('0.02')), 'per')
    if rel == 'growth':
        old, new, val = P('old'), P('new'), P('value')
        d = v_need(text, c['dir'])
        if d not in GROWTH_UP + GROWTH_DOWN:
            raise VErr('bad direction %r' % d)
        g = (new[0] - old[0]) / old[0] * 100
        if (g > 0) != (d in GROWTH_UP):
            raise VErr('growth direction contradicts the two values')
        true = v_round(abs(g), val[1])
        if true == val[0]:
            return 'ok'
        return v_fail(val[0] - true, max(2 * val[2], Decimal('0.3')), 'growth')
    if rel == 'pp':
        old, new, val = P('old'), P('new'), P('value')
        d = v_need(text, c['dir'])
        diff = new[0] - old[0]
        if (diff > 0) != (d in GROWTH_UP):
            raise VErr('pp direction contradicts the two rates')
        if abs(diff) == val[0]:
            return 'ok'
        return v_fail(val[0] - abs(diff), max(2 * val[2], Decimal('0.3')), 'pp')
    if rel == 'share_sum':
        vals = [v_parse(v_need(text, v)) for v in c['values']]
        if len(vals) < 2 or not all(v[3] for v in vals):
            raise VErr('share_sum needs percentages')
        s = sum(v[0] for v in vals)
        if s == 100:
            return 'ok'
        return v_fail(s - 100, max(2 * max(v[2] for v in vals), Decimal('0.3')), 'share_sum')
    if rel == 'count_items':
        span = v_need(text, c['span'])
        found = ITEM_MARKERS[c['marker']].findall(span)
        found = [f.strip() for f in found]
        if found != c['items']:
            raise VErr('item markers %r differ from %r' % (found, c['items']))
        n = P('count')[0]
        return 'ok' if n == len(found) else 'fail'
    if rel == 'count_names':
        for nm in c['names']:
            v_need(text, nm)
        if len(set(c['names'])) != len(c['names']):
            raise VErr('duplicate names')
        n = P('count')[0]
        if c.get('marker'):
            v_need(text, c['marker'])
        return 'ok' if n == len(c['names']) else 'fail'
    if rel == 'malformed_pct':
        lit = v_need(text, c['literal'])
        if WELLFORMED_PCT.match(lit.translate(V_FW)) or not any(m.match(lit) for m in MALFORMED):
            raise VErr('literal %r is not malformed' % lit)
        return 'fail'
    if rel == 'neg':
        return v_neg(c, text)
    raise VErr('unknown rel %r' % rel)


NEG_SUMLIKE = {'partial_list': 'lt', 'approx_total': 'ne', 'overlap_subsets': 'ne',
               'cumulative_vs_new': 'lt', 'two_wholes': 'ne'}
NEG_LITERAL = {'identifier', 'date', 'model', 'phone', 'one_plus_x', 'seven_plus_x', 'permille',
               'no_base', 'pp_no_base', 'over_100_no_base'}


def v_neg(c, text):
    k = c.get('kind')
    if k in NEG_SUMLIKE:
        v_need(text, c['marker']) if c.get('marker') else None
        tot = v_parse(v_need(text, c['total']))[0]
        s = sum(v_parse(v_need(text, p))[0] for p in c['parts'])
        if NEG_SUMLIKE[k] == 'lt' and not s < tot:
            raise VErr('%s: parts do not fall short of the whole' % k)
        if s == tot:
            raise VErr('%s: parts add up exactly, not a look-alike' % k)
        return 'neg'
    if k in NEG_LITERAL:
        lit = v_need(text, c['literal'])
        if k == 'permille' and '‰' not in lit:
            raise VErr('permille literal without ‰')
        if k == 'pp_no_base' and lit + '个百分点' not in text:
            raise VErr('pp literal not followed by 个百分点')
        if k == 'over_100_no_base' and v_parse(lit)[0] <= 100:
            raise VErr('over_100 literal not over 100')
        if k in ('one_plus_x', 'seven_plus_x') and '+' not in lit:
            raise VErr('plus literal without +')
        return 'neg'
    if k == 'growth_over_100':
        v = v_parse(v_need(text, c['literal']))
        if not (v[3] and v[0] > 100):
            raise VErr('growth_over_100 not over 100')
        return 'neg'
    if k == 'overlap_shares':
        vals = [v_parse(v_need(text, v)) for v in c['values']]
        if sum(v[0] for v in vals) <= 100:
            raise VErr('overlap_shares do not pass 100')
        return 'neg'
    if k == 'rate_unstated':
        num, den, val = (v_parse(v_need(text, c[x])) for x in ('num', 'den', 'literal'))
        if v_round(num[0] / den[0] * 100, val[1]) == val[0]:
            raise VErr('rate_unstated happens to match')
        return 'neg'
    if k == 'partial_items':
        v_need(text, c['marker'])
        span = v_need(text, c['span'])
        found = [f.strip() for f in ITEM_MARKERS[c['item_marker']].findall(span)]
        if found != c['items']:
            raise VErr('item markers %r differ from %r' % (found, c['items']))
        if not v_parse(v_need(text, c['count']))[0] > len(found):
            raise VErr('partial_items count not above the items listed')
        return 'neg'
    if k == 'partial_names':
        v_need(text, c['marker'])
        for nm in c['names']:
            v_need(text, nm)
        if not v_parse(v_need(text, c['count']))[0] > len(c['names']):
            raise VErr('partial_names count not above the names listed')
        return 'neg'
    raise VErr('unknown neg kind %r' % k)


def v_record(r):
    for key in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if key not in r:
            raise VErr('missing field %s' % key)
    if r['family'] not in ('totals', 'pct'):
        raise VErr('bad family')
    if not re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+)*', r['style']):
        raise VErr('style not snake_case')
    if '\n' in r['note']:
        raise VErr('note not one line')
    nlines = r['text'].count('\n') + 1
    if not 1 <= nlines <= 8:
        raise VErr('text has %d lines' % nlines)
    if not r['checks']:
        raise VErr('no checks')
    st = [v_check(c, r['text']) for c in r['checks']]
    fails, negs = st.count('fail'), st.count('neg')
    if fails > 1:
        raise VErr('%d relations fail; an inconsistent record must have exactly one' % fails)
    return 'inconsistent' if fails == 1 else 'negative' if negs else 'consistent'


def verify(files):
    bad = 0
    total = 0
    for fn in files:
        seen = set()
        counts = {}
        with open(fn, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                total += 1
                try:
                    r = json.loads(line)
                    if r.get('id') in seen:
                        raise VErr('duplicate id')
                    seen.add(r.get('id'))
                    lab = v_record(r)
                    if lab != r['label']:
                        raise VErr('derived label %s, stored %s' % (lab, r['label']))
                    key = (r['family'], r['label'])
                    counts[key] = counts.get(key, 0) + 1
                except (VErr, KeyError, ValueError, TypeError, ZeroDivisionError, ArithmeticError) as e:
                    bad += 1
                    if bad <= 30:
                        print('%s:%d: %s' % (fn, ln, e), file=sys.stderr)
        print('%s: %d records; %s' % (fn, len(seen), ', '.join(
            '%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    print('verify: %d records, %d disagreements' % (total, bad))
    return 1 if bad else 0


# =====================================================================================
# vocabulary
# =====================================================================================
SYL = list('青川临安永宁丰泽龙泉桂阳云溪平河石桥新东长乐兴华清江山林源梅岭湾竹松柳白沙金玉凤鹤枫宝嘉德福昌'
           '盛和望仁泰康瑞祥春秋湖滨岚峰营堡屯潭塘')
SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万覃武钱戴严莫孔向常汤')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国志文斌宇浩凯俊峰晨欣悦琳瑶婷雪梅海波')


def b_(whole, unit, parts, lo, hi, fmts, verbs, fixed=False, nmin=2, nmax=4, measure=None):
    return dict(whole=whole, unit=unit, parts=parts, lo=lo, hi=hi, fmts=fmts, verbs=verbs,
                fixed=fixed, nmin=nmin, nmax=nmax, measure=measure or whole)


MONEY = [('亿', 2), ('亿', 1), ('万', 0), ('万', 2)]
PEOPLE = [('万', 2), ('', 0), ('', 0)]
COUNT = [('', 0)]
AREA = [('万', 2), ('万', 1), ('', 0)]

SOURCES = {}

SOURCES['customs'] = dict(
    org='海关', orgs=['海关', '商务局', '口岸办', '海关统计科'],
    heads=['一、对外贸易运行情况', '（二）口岸通关和监管', '外贸进出口快报', '三、海关监管工作',
           '（一）稳外贸工作', '对外开放和口岸建设', '第二部分  外贸运行'],
    breakdowns=[
        b_('进出口总额', '元', ['出口', '进口'], 2e9, 9e11, MONEY, ['实现', '完成', '>达到', '>为'], fixed=True,
           measure='进出口额'),
        b_('进出口总额', '元', ['对东盟', '对欧盟', '对美国', '对日本', '对韩国', '对拉美', '对非洲', '对其他市场'],
           5e9, 9e11, MONEY, ['实现', '完成'], nmin=3, nmax=5, measure='进出口额'),
        b_('进出口总额', '元', ['一般贸易', '加工贸易', '保税物流', '其他贸易方式'], 3e9, 6e11, MONEY,
           ['实现', '完成'], nmin=2, nmax=4, measure='进出口额'),
        b_('查验货物', '批次', ['进口货物', '出口货物'], 800, 60000, COUNT, ['共', '累计'], fixed=True,
           measure='查验批次'),
        b_('跨境电商单量', '单', ['出口', '进口'], 2e5, 9e7, [('万', 2), ('万', 1), ('', 0)], ['完成', '>达到'],
           fixed=True, measure='单量'),
        b_('有进出口实绩企业', '家', ['民营企业', '外商投资企业', '国有企业'], 150, 9000, COUNT, ['>达到', '共有'],
           fixed=True, measure='企业数'),
        b_('监管进出境货物', '吨', ['水运口岸', '陆路口岸', '航空口岸'], 5e4, 9e7, [('万', 2), ('', 0)],
           ['共', '累计'], nmin=2, nmax=3, measure='货运量'),
        b_('检出不合格进口商品', '批次', ['食品', '化妆品', '机电产品', '纺织品', '儿童用品'], 40, 2500, COUNT,
           ['共'], nmin=3, nmax=5, measure='不合格批次'),
    ],
    people=[('海关关员', '人'), ('跨境电商从业人员', '人'), ('外贸企业报关员', '人')],
    names=('company',),
    items=['优化通关流程', '压缩整体通关时间', '推广“两步申报”', '强化风险布控', '扩大AEO认证企业范围',
           '支持跨境电商发展', '打击走私违法活动', '加强进口食品安全监管', '推进智慧口岸建设', '落实减税降费政策'],
    item_word=['项举措', '项工作', '个方面', '条措施'],
    balance=[('保税仓库年初库存', '本年入库', '本年出库', '年末库存', '吨', [('万', 2), ('', 0)], 2e4, 5e6)],
    ratios=[('申报进口报关单', '其中提前申报', '提前申报率', '票', [('', 0), ('万', 2)], 2000, 400000, 40, 95),
            ('申报出口报关单', '采用“两步申报”', '“两步申报”应用率', '票', [('', 0)], 1500, 300000, 20, 80),
            ('布控查验货物', '查发问题', '查获率', '批次', [('', 0)], 500, 40000, 2, 18),
            ('进出口总额', '其中一般贸易', '一般贸易占比', '元', MONEY, 5e9, 5e11, 45, 85)],
    nested=[('进出口总额', '出口', '对东盟出口', '元', MONEY, 5e9, 8e11),
            ('进出口总额', '进口', '自欧盟进口', '元', MONEY, 5e9, 8e11),
            ('跨境电商单量', '出口单量', '“9610”模式出口', '单', [('万', 2), ('', 0)], 2e5, 9e7)],
    passfail=[('查验进口货物', '批次', '合格', '不合格', '合格率', '不合格率'),
              ('抽检进口食品', '批次', '合格', '不合格', '合格率', '不合格率')],
    targets=[('年度外贸进出口目标', '实际完成', '元', MONEY, 5e9, 5e11),
             ('跨境电商单量目标', '实际完成', '单', [('万', 1), ('', 0)], 2e5, 5e7)],
    pers=[('跨境电商进出口额', '元', '跨境电商企业', '家', '平均每家', '万', 2),
          ('进出口总额', '元', '有进出口实绩企业', '家', '户均进出口额', '万', 1)],
    growths=[('进出口总额', '元', MONEY, 5e9, 9e11), ('出口', '元', MONEY, 3e9, 5e11),
             ('跨境电商单量', '单', [('万', 2), ('', 0)], 2e5, 9e7), ('查验货物', '批次', COUNT, 900, 60000)],
    pps=[('一般贸易占比', 40, 85), ('民营企业进出口占比', 30, 80), ('提前申报率', 40, 95),
         ('进口整体通关时间压缩比例', 20, 60)],
    overlap=('有进出口实绩企业', '家', ['民营企业', '高新技术企业', 'AEO认证企业', '跨境电商企业']),
    cumul=('新增备案跨境电商企业', '累计备案跨境电商企业', '家', ['出口企业', '进口企业']),
    permille=['报关单差错率', '查验货物损坏率', '申报退单率'],
    nobase=['进口整体通关时间压缩比例', '出口整体通关时间压缩比例', '“提前申报”应用率', '无纸化通关率'],
    shares_overlap=('进出口总额中', ['民营企业', '机电产品', '对共建“一带一路”国家', '加工贸易']),
    idents=[('identifier', '“9610”'), ('identifier', '“1210”'), ('model', 'HS编码8471'), ('date', '1—11月'),
            ('phone', '12360'), ('identifier', '〔2023〕17号'), ('seven_plus_x', '“7+X”'),
            ('one_plus_x', '“1+X”'), ('model', 'CT-2000'), ('date', '2023—2025年')],
)

SOURCES['forestry'] = dict(
    org='林业局', orgs=['林业局', '林业和草原局', '自然资源局', '林草中心'],
    heads=['二、国土绿化工作', '（三）森林资源保护', '林长制工作情况', '四、草原生态保护修复',
           '（一）造林绿化', '生态建设', '第三部分  林草工作'],
    breakdowns=[
        b_('造林面积', '亩', ['人工造林', '封山育林', '退化林修复', '飞播造林'], 3000, 3e6, AREA, ['完成', '实现'],
           nmin=2, nmax=4, measure='面积'),
        b_('森林抚育面积', '亩', ['中幼林抚育', '低效林改造', '补植补造'], 2000, 2e6, AREA, ['完成'], nmin=2, nmax=3,
           measure='面积'),
        b_('草原生态修复面积', '亩', ['人工种草', '草原改良', '围栏封育', '退化草原补播'], 5000, 3e6, AREA, ['完成'],
           nmin=2, nmax=4, measure='面积'),
        b_('林业有害生物防治面积', '亩', ['松材线虫病', '美国白蛾', '杨树食叶害虫', '松毛虫'], 2000, 2e6, AREA,
           ['完成', '累计'], nmin=2, nmax=4, measure='防治面积'),
        b_('义务植树', '株', ['城区', '乡镇', '国有林场', '企事业单位'], 2e4, 5e7, [('万', 1), ('万', 2), ('', 0)],
           ['完成', '累计'], nmin=2, nmax=4, measure='植树数量'),
        b_('森林火灾', '起', ['一般森林火灾', '较大森林火灾'], 3, 90, COUNT, ['共发生'], fixed=True, measure='起数'),
        b_('林草行政案件', '起', ['盗伐林木', '滥伐林木', '非法占用林地', '非法收购运输木材'], 20, 900, COUNT,
           ['查处', '办结'], nmin=2, nmax=4, measure='案件数'),
    ],
    people=[('生态护林员', '人'), ('专职护林员', '人'), ('林长', '人')],
    names=('farm',),
    items=['压实各级林长责任', '加强森林防火巡查', '开展松材线虫病疫情除治', '推进国储林项目建设', '实施退化林修复',
           '严厉打击毁林行为', '开展草原禁牧休牧', '推进全民义务植树', '加强古树名木保护', '完善生态护林员管理'],
    item_word=['项重点工作', '个方面', '项措施', '大行动'],
    balance=[('年初苗木存量', '本年新育', '本年出圃', '年末苗木存量', '株', [('万', 1), ('', 0)], 2e4, 9e6),
             ('年初森林面积', '本年新增', '本年减少', '年末森林面积', '亩', [('万', 2)], 5e5, 9e6)],
    ratios=[('栽植苗木', '成活', '造林成活率', '株', [('万', 1), ('', 0)], 2e4, 5e6, 82, 98),
            ('林业有害生物发生面积', '防治', '林业有害生物防治率', '亩', [('万', 2), ('', 0)], 2000, 2e6, 85, 99),
            ('国土面积', '森林面积', '森林覆盖率', '公顷', [('万', 2)], 1e5, 3e6, 18, 72),
            ('抽检造林苗木', '合格', '苗木抽检合格率', '批次', COUNT, 60, 2000, 88, 99)],
    nested=[('造林面积', '人工造林', '其中国家储备林', '亩', [('万', 2), ('', 0)], 5000, 2e6),
            ('草原面积', '天然草原', '其中禁牧草原', '亩', [('万', 2)], 1e5, 9e6)],
    passfail=[('抽检造林苗木', '批次', '合格', '不合格', '合格率', '不合格率'),
              ('核查造林地块', '个', '合格', '不合格', '核查合格率', '不合格率')],
    targets=[('省下达造林任务', '实际完成造林', '亩', AREA, 5000, 2e6),
             ('年度森林抚育任务', '完成森林抚育', '亩', AREA, 5000, 2e6)],
    pers=[('生态护林员补助资金', '元', '生态护林员', '人', '人均补助', '', 0),
          ('造林面积', '亩', '造林项目', '个', '平均每个项目', '', 1)],
    growths=[('造林面积', '亩', AREA, 5000, 3e6), ('林业产业总产值', '元', MONEY, 1e8, 5e10),
             ('森林抚育面积', '亩', AREA, 3000, 2e6), ('林草行政案件', '起', COUNT, 30, 900)],
    pps=[('森林覆盖率', 18, 72), ('草原综合植被盖度', 40, 88), ('林业有害生物防治率', 85, 99),
         ('林木绿化率', 20, 75)],
    overlap=('造林面积', '亩', ['国家储备林项目', '乡村绿化', '重点区域生态修复', '国土绿化试点示范项目']),
    cumul=('今年新增造林', '累计造林', '亩', ['人工造林', '封山育林']),
    permille=['林业有害生物成灾率', '森林火灾受害率', '苗木病虫害发生率'],
    nobase=['草原综合植被盖度', '森林覆盖率', '林木绿化率', '湿地保护率'],
    shares_overlap=('造林面积中', ['国家储备林', '乡村绿化', '重点区域', '退化林修复']),
    idents=[('identifier', '林长令第1号'), ('model', '9JZ-100型'), ('phone', '12119'), ('date', '3月12日'),
            ('identifier', '〔2024〕8号'), ('date', '2021—2025年'), ('seven_plus_x', '“7+X”'),
            ('one_plus_x', '“1+X”'), ('model', 'DJI-T40'), ('identifier', '1号林班')],
)

SOURCES['medins'] = dict(
    org='医疗保障局', orgs=['医疗保障局', '医保中心', '医保经办中心', '医疗保障事务中心'],
    heads=['三、医疗保障工作', '（二）全民参保', '医保基金运行情况', '（四）医保经办服务',
           '一、基本医疗保险', '医疗保障', '第四部分  医保工作'],
    breakdowns=[
        b_('基本医疗保险参保人数', '人', ['职工医保', '城乡居民医保'], 3e4, 9e6, PEOPLE, ['>达到', '>为'], fixed=True,
           measure='参保人数'),
        b_('职工医保参保人数', '人', ['在职职工', '退休人员'], 1e4, 3e6, PEOPLE, ['>达到', '>为'], fixed=True,
           measure='参保人数'),
        b_('医保基金支出', '元', ['职工医保基金', '城乡居民医保基金'], 1e8, 5e10, MONEY, ['>为', '>达'], fixed=True,
           measure='基金支出'),
        b_('异地就医直接结算', '人次', ['住院', '普通门诊', '门诊慢特病'], 2000, 3e6, PEOPLE, ['完成', '实现'],
           nmin=2, nmax=3, measure='结算人次'),
        b_('医疗救助', '人次', ['资助参保', '住院救助', '门诊救助'], 2000, 9e5, PEOPLE, ['实施', '累计'], nmin=2,
           nmax=3, measure='救助人次'),
        b_('定点医药机构', '家', ['定点医疗机构', '定点零售药店'], 100, 9000, COUNT, ['共有', '>达到'], fixed=True,
           measure='机构数'),
        b_('追回医保基金', '元', ['定点医疗机构', '定点零售药店', '参保个人'], 1e5, 5e8, [('万', 2), ('万', 1)],
           ['共', '累计'], nmin=2, nmax=3, measure='追回金额'),
    ],
    people=[('参保人员', '人'), ('医保经办人员', '人'), ('门诊慢特病患者', '人')],
    names=('hospital',),
    items=['扩大参保覆盖面', '推进支付方式改革', '落实集中带量采购', '开展打击欺诈骗保专项行动',
           '优化异地就医结算', '推广医保电子凭证', '完善门诊共济保障', '加强医保基金监管', '推进医保服务下沉'],
    item_word=['项重点任务', '个方面', '项举措', '项改革'],
    balance=[('医保基金收入', None, '基金支出', '当年结余', '元', MONEY, 1e8, 5e10),
             ('年初累计结余', '本年结余', None, '年末累计结余', '元', MONEY, 1e8, 5e10)],
    ratios=[('应参保人数', '实际参保', '参保率', '人', PEOPLE, 3e4, 9e6, 93, 99.6),
            ('政策范围内住院费用', '基金支付', '政策范围内住院费用报销比例', '元', MONEY, 5e7, 5e10, 60, 88),
            ('异地就医住院', '直接结算', '异地就医直接结算率', '人次', PEOPLE, 2000, 9e5, 60, 97),
            ('参保人员', '激活医保电子凭证', '电子凭证激活率', '人', PEOPLE, 3e4, 9e6, 40, 92)],
    nested=[('基本医疗保险参保人数', '城乡居民医保', '其中60岁以上', '人', PEOPLE, 5e4, 9e6),
            ('医保基金支出', '住院费用支出', '其中异地就医', '元', MONEY, 1e8, 5e10)],
    passfail=[('检查定点医药机构', '家', '合规', '违规', '合规率', '违规率'),
              ('审核医疗费用单据', '份', '审核通过', '退回', '通过率', '退回率')],
    targets=[('年度参保任务', '实际参保', '人', PEOPLE, 3e4, 9e6),
             ('年度基金追回目标', '实际追回', '元', [('万', 2), ('万', 1)], 1e6, 5e8)],
    pers=[('医保基金支出', '元', '参保人数', '人', '人均基金支出', '', 0),
          ('住院费用', '元', '住院', '人次', '次均住院费用', '', 0),
          ('医疗救助资金', '元', '医疗救助', '人次', '人次均救助', '', 1)],
    growths=[('医保基金收入', '元', MONEY, 1e8, 5e10), ('异地就医直接结算', '人次', PEOPLE, 2000, 3e6),
             ('基本医疗保险参保人数', '人', PEOPLE, 3e4, 9e6), ('追回医保基金', '元', [('万', 2)], 1e6, 5e8)],
    pps=[('基本医疗保险参保率', 93, 99.6), ('政策范围内住院费用报销比例', 60, 88),
         ('异地就医直接结算率', 60, 97), ('医保电子凭证激活率', 40, 92)],
    overlap=('基本医疗保险参保人数', '人', ['女性', '60岁以上人员', '农村户籍人员', '灵活就业人员']),
    cumul=('今年新增参保', '累计参保', '人', ['新生儿', '灵活就业人员']),
    permille=['医保基金违规使用率', '结算差错率', '重复参保率'],
    nobase=['政策范围内住院费用报销比例', '基本医疗保险参保率', '医保电子凭证激活率', '异地就医直接结算率'],
    shares_overlap=('参保人员中', ['女性', '60岁以上人员', '农村户籍人员', '慢性病患者']),
    idents=[('phone', '12393'), ('identifier', '〔2024〕5号'), ('model', '医保编码H32'), ('date', '1—9月'),
            ('one_plus_x', '“1+X”'), ('seven_plus_x', '“7+X”'), ('identifier', 'DRG/DIP'), ('date', '2023—2025年'),
            ('identifier', '“3+N”'), ('phone', '0898-65312393')],
)

SOURCES['civil'] = dict(
    org='民政局', orgs=['民政局', '社会救助服务中心', '民政事务服务中心', '婚姻登记处'],
    heads=['四、兜底民生保障', '（三）社会救助', '养老服务体系建设', '（五）婚姻登记管理',
           '二、民政工作', '基本民生保障', '第五部分  民政事业'],
    breakdowns=[
        b_('城乡低保对象', '人', ['城市低保', '农村低保'], 500, 4e5, PEOPLE, ['保障', '共有'], fixed=True,
           measure='低保人数'),
        b_('特困供养人员', '人', ['集中供养', '分散供养'], 100, 6e4, COUNT, ['共有', '>为'], fixed=True,
           measure='供养人数'),
        b_('临时救助', '人次', ['户籍人口', '非户籍人口'], 100, 9e4, COUNT, ['实施', '累计'], fixed=True,
           measure='救助人次'),
        b_('婚姻登记', '对', ['结婚登记', '离婚登记', '补领婚姻登记证'], 500, 9e4, COUNT, ['办理', '完成'],
           nmin=2, nmax=3, measure='登记对数'),
        b_('养老机构床位', '张', ['公办养老机构', '民办养老机构'], 300, 9e4, COUNT, ['共有', '拥有'], fixed=True,
           measure='床位'),
        b_('发放救助资金', '元', ['城乡低保金', '特困供养金', '临时救助金', '孤儿基本生活费'], 1e6, 9e9,
           MONEY, ['累计', '共'], nmin=2, nmax=4, measure='资金'),
        b_('社会组织', '家', ['社会团体', '民办非企业单位', '基金会'], 80, 6000, COUNT, ['登记', '共有'],
           nmin=2, nmax=3, measure='数量'),
    ],
    people=[('特困供养人员', '人'), ('城乡低保对象', '人'), ('养老护理员', '人')],
    names=('nursing',),
    items=['提高城乡低保标准', '开展低保专项治理', '推进养老服务设施建设', '落实困难残疾人两项补贴',
           '加强未成年人保护', '规范婚姻登记服务', '推进殡葬改革', '培育发展社会组织', '开展“救急难”工作'],
    item_word=['项民生实事', '个方面', '项工作', '项举措'],
    balance=[('年初低保对象', '新纳入', '退出', '年末低保对象', '人', [('', 0)], 500, 4e5),
             ('年初特困供养人员', '新增', '减少', '年末特困供养人员', '人', [('', 0)], 100, 6e4),
             ('年初养老机构床位', '新增', '撤并', '年末养老机构床位', '张', [('', 0)], 300, 9e4)],
    ratios=[('养老机构床位', '护理型床位', '护理型床位占比', '张', COUNT, 300, 9e4, 35, 80),
            ('特困供养人员', '集中供养', '集中供养率', '人', COUNT, 100, 6e4, 20, 70),
            ('低保家庭', '完成复核', '复核率', '户', COUNT, 300, 2e5, 85, 99.5),
            ('失能特困人员', '集中照护', '集中照护率', '人', COUNT, 50, 8000, 50, 98)],
    nested=[('城乡低保对象', '农村低保', '其中老年人', '人', COUNT, 2000, 4e5),
            ('发放救助资金', '城乡低保金', '其中农村低保金', '元', MONEY, 1e7, 9e9)],
    passfail=[('复核低保家庭', '户', '符合条件', '不符合条件', '符合率', '清退率'),
              ('检查养老机构', '家', '达标', '不达标', '达标率', '不达标率')],
    targets=[('年度养老床位建设任务', '实际建成', '张', COUNT, 200, 9000),
             ('困难群众救助资金预算', '实际发放', '元', MONEY, 1e7, 5e9)],
    pers=[('发放临时救助金', '元', '临时救助', '人次', '人次均救助', '', 0),
          ('发放城乡低保金', '元', '城乡低保对象', '人', '人均', '', 0),
          ('养老服务补贴', '元', '享受补贴老年人', '人', '人均补贴', '', 1)],
    growths=[('城乡低保对象', '人', PEOPLE, 500, 4e5), ('养老机构床位', '张', COUNT, 300, 9e4),
             ('发放救助资金', '元', MONEY, 1e6, 9e9), ('婚姻登记', '对', COUNT, 500, 9e4)],
    pps=[('护理型床位占比', 35, 80), ('特困人员集中供养率', 20, 70), ('低保家庭复核率', 85, 99.5),
         ('社区养老服务设施覆盖率', 60, 99)],
    overlap=('城乡低保对象', '人', ['老年人', '残疾人', '未成年人', '重病患者']),
    cumul=('今年新建养老床位', '累计建成养老床位', '张', ['公办', '民办']),
    permille=['结婚率', '离婚率', '低保人口占比'],
    nobase=['社区养老服务设施覆盖率', '婚姻登记合格率', '低保家庭复核率', '特困人员集中供养率'],
    shares_overlap=('低保对象中', ['老年人', '残疾人', '农村户籍人员', '女性']),
    idents=[('phone', '12345'), ('identifier', '〔2023〕21号'), ('date', '5月20日'), ('one_plus_x', '“1+X”'),
            ('seven_plus_x', '“7+X”'), ('identifier', '“1+N”'), ('date', '1—10月'), ('phone', '0731-84521234'),
            ('model', 'A-300型'), ('identifier', '民政统计年报2023-06表')],
)

SOURCES['heritage'] = dict(
    org='文物局', orgs=['文物局', '文化广电旅游局', '博物馆', '文物保护中心'],
    heads=['五、文物保护利用', '（四）博物馆建设', '文化遗产保护', '（二）文物安全',
           '三、公共文化服务', '文博事业', '第六部分  文物工作'],
    breakdowns=[
        b_('文物保护单位', '处', ['全国重点文物保护单位', '省级文物保护单位', '市级文物保护单位', '县级文物保护单位'],
           30, 2500, COUNT, ['共有', '现有'], nmin=3, nmax=4, measure='数量'),
        b_('备案博物馆', '家', ['国有博物馆', '非国有博物馆'], 8, 400, COUNT, ['共有', '>达到'], fixed=True,
           measure='数量'),
        b_('博物馆接待观众', '人次', ['本地观众', '外地观众'], 2e4, 9e6, PEOPLE, ['>累计达', '>为'], fixed=True,
           measure='观众'),
        b_('馆藏文物', '件/套', ['一级文物', '二级文物', '三级文物', '一般文物'], 500, 6e5, COUNT, ['共有', '现有'],
           nmin=3, nmax=4, measure='数量'),
        b_('举办展览', '个', ['基本陈列', '临时展览', '流动展览'], 10, 900, COUNT, ['共', '累计'], nmin=2, nmax=3,
           measure='展览'),
        b_('文物保护经费', '元', ['中央补助', '省级补助', '市县配套'], 5e5, 5e9, MONEY, ['投入', '落实'],
           nmin=2, nmax=3, measure='经费'),
        b_('文物安全巡查', '次', ['日常巡查', '专项检查', '夜间巡查'], 100, 30000, COUNT, ['开展', '组织'],
           nmin=2, nmax=3, measure='巡查次数'),
    ],
    people=[('文物安全员', '人'), ('博物馆讲解员', '人'), ('文博志愿者', '人')],
    names=('museum',),
    items=['推进文物保护单位“四有”工作', '开展文物安全隐患排查', '实施革命文物保护工程', '推动博物馆免费开放',
           '加强馆藏文物数字化', '举办文物主题展览', '开展考古调查勘探', '推进非国有博物馆规范发展',
           '开展“博物馆进校园”活动'],
    item_word=['项重点工作', '个方面', '项工程', '项举措'],
    balance=[('年初馆藏文物', '新征集', '调拨移交', '年末馆藏文物', '件/套', COUNT, 500, 6e5),
             ('年初备案博物馆', '新增备案', '注销', '年末备案博物馆', '家', COUNT, 10, 400)],
    ratios=[('备案博物馆', '免费开放', '免费开放率', '家', COUNT, 10, 400, 75, 98),
            ('馆藏文物', '完成数字化', '数字化率', '件/套', COUNT, 500, 6e5, 15, 75),
            ('博物馆接待观众', '其中未成年人', '未成年人观众占比', '人次', PEOPLE, 2e4, 9e6, 15, 42),
            ('文物保护单位', '完成“四有”工作', '“四有”工作完成率', '处', COUNT, 30, 2500, 70, 99)],
    nested=[('博物馆接待观众', '外地观众', '其中未成年人', '人次', PEOPLE, 5e4, 9e6),
            ('馆藏文物', '珍贵文物', '其中一级文物', '件/套', COUNT, 2000, 6e5)],
    passfail=[('检查文物保护单位', '处', '合格', '存在隐患', '合格率', '隐患率'),
              ('检查博物馆', '家', '达标', '不达标', '达标率', '不达标率')],
    targets=[('年度观众接待目标', '实际接待', '人次', PEOPLE, 2e4, 9e6),
             ('年度文物修缮任务', '完成修缮', '处', COUNT, 10, 400)],
    pers=[('博物馆接待观众', '人次', '备案博物馆', '家', '馆均接待', '万', 2),
          ('文物保护经费', '元', '文物保护单位', '处', '平均每处', '万', 2)],
    growths=[('博物馆接待观众', '人次', PEOPLE, 2e4, 9e6), ('备案博物馆', '家', COUNT, 10, 400),
             ('馆藏文物', '件/套', COUNT, 500, 6e5), ('文物保护经费', '元', MONEY, 5e6, 5e9)],
    pps=[('博物馆免费开放率', 75, 98), ('馆藏文物数字化率', 15, 75), ('未成年人观众占比', 15, 42),
         ('“四有”工作完成率', 70, 99)],
    overlap=('博物馆接待观众', '人次', ['未成年人', '境外观众', '团体观众', '线上预约观众']),
    cumul=('今年新增备案博物馆', '累计备案博物馆', '家', ['国有', '非国有']),
    permille=['文物安全事故率', '藏品损坏率', '文物出境审核退回率'],
    nobase=['博物馆免费开放率', '馆藏文物数字化率', '文物保护单位“四有”工作完成率', '观众满意度'],
    shares_overlap=('观众中', ['未成年人', '外地观众', '团体观众', '女性观众']),
    idents=[('identifier', '第八批'), ('identifier', '编号7-1235-3-012'), ('date', '5月18日'),
            ('phone', '12318'), ('model', 'GB/T 30234'), ('identifier', '〔2024〕3号'), ('one_plus_x', '“1+X”'),
            ('seven_plus_x', '“7+X”'), ('date', '2021—2025年'), ('identifier', '1号坑')],
)
SRC_ORDER = ['customs', 'forestry', 'medins', 'civil', 'heritage']


# =====================================================================================
# generator context
# =====================================================================================
class G:
    def __init__(self, rng, src_key):
        self.rng = rng
        self.key = src_key
        self.src = SOURCES[src_key]
        self.year = rng.randint(2019, 2024)

    # ---- randomness helpers
    def ch(self, xs):
        return self.rng.choice(xs)

    def coin(self, p=0.5):
        return self.rng.random() < p

    # ---- names
    def syl(self, n=2):
        return ''.join(self.rng.sample(SYL, n))

    def place(self):
        return self.syl(2) + self.ch(['县', '区', '市', '镇', '县', '区'])

    def person(self):
        return self.ch(SURN) + ''.join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2])))

    def entity(self):
        kind = self.src['names'][0]
        a = self.syl(2)
        if kind == 'company':
            return a + self.ch(['外贸', '电子', '纺织', '农产品', '机械', '跨境电商', '供应链', '国际物流', '食品']) + \
                self.ch(['有限公司', '股份有限公司', '进出口有限公司'])
        if kind == 'farm':
            return a + self.ch(['国有林场', '林场', '苗圃', '林业站', '自然保护区'])
        if kind == 'hospital':
            return a + self.ch(['人民医院', '中医院', '卫生院', '大药房', '社区卫生服务中心', '妇幼保健院'])
        if kind == 'nursing':
            return a + self.ch(['颐养院', '敬老院', '康养中心', '福利院', '养老服务中心', '老年公寓'])
        return a + self.ch(['民俗博物馆', '革命纪念馆', '陶瓷博物馆', '自然博物馆', '非遗展示馆', '农耕文化博物馆',
                            '历史博物馆'])

    def entity_word(self):
        return {'company': ['家企业', '家外贸企业', '家重点企业'], 'farm': ['个单位', '家国有林场', '个林业单位'],
                'hospital': ['家定点医药机构', '家医疗机构', '个单位'], 'nursing': ['家养老机构', '个单位', '家机构'],
                'museum': ['家博物馆', '个场馆', '家单位']}[self.src['names'][0]]

    def subject(self):
        return self.ch(['全市', '全县', '全区', '本地区', self.place(), '今年' + self.ch(['全市', '全县']),
                        '%d年，全市' % self.year, '%d年，%s' % (self.year, self.place())])

    # ---- numbers
    def style(self, allow_space=True):
        r = self.rng.random()
        if r < 0.78:
            return 'plain'
        opts = ['comma', 'cncomma', 'fw', 'fwcomma'] + (['space'] if allow_space else [])
        return self.ch(opts)

    def units_range(self, lo, hi, unit):
        a = max(1, int(D(str(lo)) / unit))
        b = max(a + 10, int(D(str(hi)) / unit))
        # log-uniform
        x = math.exp(self.rng.uniform(math.log(a), math.log(b)))
        return max(a, int(x))

    def split(self, total, n, minfrac=0.04):
        """split integer total into n positive integers"""
        for _ in range(100):
            w = [self.rng.uniform(0.3, 3.0) for _ in range(n)]
            s = sum(w)
            parts = [int(total * x / s) for x in w]
            parts[self.rng.randrange(n)] += total - sum(parts)
            if all(p >= max(1, int(total * minfrac)) for p in parts) and len(set(parts)) == n:
                return parts
        raise RuntimeError('split failed %s %s' % (total, n))

    def pick_fmt(self, fmts):
        return self.ch(fmts)

    # ---- context lines (contain no relation)
    def ctx_before(self):
        y = self.year
        opts = [self.ch(self.src['heads']),
                '%d年%d月%d日' % (y + 1, self.rng.randint(1, 3), self.rng.randint(1, 28)),
                '（%d年%s）' % (y, self.ch(['工作总结', '工作报告', '统计公报摘录', '情况通报'])),
                '%s%s%d年工作总结' % (self.place(), self.ch(self.src['orgs']), y),
                '%s%s' % (self.place(), self.ch(self.src['orgs'])),
                '——在%d年%s上的报告' % (y + 1, self.ch(['全市工作会议', '全县工作会议', '年度总结会'])),
                '%d年，%s认真贯彻落实上级决策部署，各项工作稳步推进。' % (y, self.ch(['我局', '全系统', '我们'])),
                '一年来，%s召开专题会议%d次，研究部署重点工作。' % (self.ch(['局党组', '领导小组', '我局']),
                                                   self.rng.randint(3, 24))]
        return self.ch(opts)

    def ctx_after(self):
        y = self.year
        opts = ['数据来源：%s%s。' % (self.place(), self.ch(self.src['orgs'] + ['统计局'])),
                '注：以上数据为%s，最终以统计年鉴为准。' % self.ch(['初步统计数', '快报数', '年报数']),
                '（资料来源：%s%d年统计资料）' % (self.ch(self.src['orgs']), y),
                '以上工作得到%s的充分肯定。' % self.ch(['上级部门', '省厅', '市委市政府']),
                '下一步，我们将继续%s。' % self.ch(self.src['items']),
                '（%s供稿）' % self.ch(self.src['orgs']),
                '统计截止时间：%d年12月31日。' % y]
        return self.ch(opts)

    def wrap(self, spec):
        """add neutral context lines so that the record has 1-8 lines"""
        room = 8 - len(spec.lines)
        nb = self.rng.choice([0, 0, 1, 1, 2])
        na = self.rng.choice([0, 0, 1, 1])
        nb, na = min(nb, room), min(na, max(0, room - min(nb, room)))
        before, after = [], []
        while len(before) < nb:
            x = self.ctx_before()
            if not any(x[:2] == y[:2] or (x.endswith(tuple(self.src['orgs'])) and y.endswith(tuple(self.src['orgs'])))
                       for y in before):
                before.append(x)
        while len(after) < na:
            x = self.ctx_after()
            if x not in after:
                after.append(x)
        spec.lines = before + spec.lines + after
        return spec


# =====================================================================================
# building blocks
# =====================================================================================
def pick_b(g, minparts=2, maxparts=5, pred=None):
    bs = [b for b in g.src['breakdowns'] if (b['nmax'] >= minparts and (b['fixed'] and len(b['parts']) <= maxparts
                                                                        or not b['fixed']))]
    if pred:
        bs = [b for b in bs if pred(b)] or bs
    return g.ch(bs)


def breakdown(g, b, n=None, fmt=None, part_fmt=None):
    """-> names, total value, part values, (scale,dec) of total, (scale,dec) of parts"""
    if b['fixed']:
        names = list(b['parts'])
    else:
        n = n or g.rng.randint(b['nmin'], b['nmax'])
        n = max(b['nmin'], min(n, len(b['parts'])))
        names = g.rng.sample(b['parts'][:-1], n - 1) + [b['parts'][-1]] if g.coin(0.3) else g.rng.sample(b['parts'], n)
    fmt = fmt or g.pick_fmt(b['fmts'])
    part_fmt = part_fmt or fmt
    tu = SCALE[fmt[0]] * D(10) ** -fmt[1]
    pu = SCALE[part_fmt[0]] * D(10) ** -part_fmt[1]
    base_u = max(tu, pu)
    for _ in range(50):
        k = g.units_range(b['lo'], b['hi'], base_u)
        if k >= 8 * len(names):
            break
    total = k * base_u
    ratio = int(base_u / pu)
    pk = g.split(k * ratio, len(names), 0.04)
    return names, total, [x * pu for x in pk], fmt, part_fmt


def vw(g, b):
    v = g.ch(b['verbs'])
    return b['whole'] + v[1:] if v.startswith('>') else v + b['whole']


def U(b):
    return b['unit']


def join_parts(g, spec, names, vals, pfmt, unit, style, pattern=None, sep=None):
    sep = sep or g.ch(['、', '，', '；', '、'])
    pattern = pattern or g.ch(['{n}{v}{u}', '{n}{v}{u}', '{n}为{v}{u}', '{n}达{v}{u}', '{n}{u}数{v}'
                               if False else '{n}{v}{u}'])
    refs = []
    out = []
    for nm, v in zip(names, vals):
        r = spec.q(v, pfmt[0], pfmt[1], style)
        refs.append(r)
        out.append(pattern.format(n=nm, v=r, u=unit))
    return sep.join(out), refs


def and_join(items):
    if len(items) == 1:
        return items[0]
    return '、'.join(items[:-1]) + '和' + items[-1]


# =====================================================================================
# totals constructions (consistent builders)
# =====================================================================================
def t_qizhong(g, style=None):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = style or g.style()
    t = sp.q(T, f[0], f[1], st)
    body, refs = join_parts(g, sp, names, vals, pf, U(b), st)
    lead = g.ch(['{s}{vw}{t}{u}，其中{body}。', '{s}{vw}{t}{u}。其中，{body}。', '{s}{vw}{t}{u}，其中：{body}。',
                 '{w}{t}{u}，其中{body}。'])
    sp.lines = [lead.format(s=g.subject(), vw=vw(g, b), w=b['whole'], t=t, u=U(b), body=body)]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_heji_after(g, style=None):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = style or g.style()
    body, refs = join_parts(g, sp, names, vals, pf, U(b), st, sep=g.ch(['，', '；', '、']))
    t = sp.q(T, f[0], f[1], st)
    word = g.ch(['合计', '共计', '总计', '累计', '合计完成', '共计达到'])
    tpl = g.ch(['{s}{w}方面：{body}，{k}{t}{u}。', '{s}{body}，{w}{k}{t}{u}。', '{body}，以上{k}{t}{u}。',
                '{s}{body}；{k}{t}{u}。'])
    sp.lines = [tpl.format(s=g.subject() + '，' if '{s}' else '', w=b['whole'], body=body, k=word, t=t, u=U(b))]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_fenbiewei(g, style=None):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = style or g.style()
    t = sp.q(T, f[0], f[1], st)
    refs = [sp.q(v, pf[0], pf[1], st) for v in vals]
    nums = '、'.join(r + U(b) for r in refs)
    verb = g.ch(['分别为', '分别达到', '依次为', '分别为'])
    tpl = g.ch(['{s}{w}{t}{u}，{names}{m}{verb}{nums}。',
                '{names}{m}{verb}{nums}，{w}{k}{t}{u}。',
                '{s}{names}{verb}{nums}，{k}{t}{u}。'])
    sp.lines = [tpl.format(s=g.subject(), w=b['whole'], t=t, u=U(b), names=and_join(names), m=b['measure'],
                           verb=verb, nums=nums, k=g.ch(['合计', '共计', '总量为', '总计']))]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_bracket(g, style=None):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = style or g.style()
    t = sp.q(T, f[0], f[1], st)
    body, refs = join_parts(g, sp, names, vals, pf, U(b), st, sep=g.ch(['、', '，', '；']))
    lp, rp = g.ch([('（', '）'), ('(', ')'), ('（', '）')])
    kw = g.ch(['含', '包括', '其中', '其中：', ''])
    sp.lines = [g.ch(['{s}{vw}{t}{u}{lp}{kw}{body}{rp}，{tail}。', '{w}{t}{u}{lp}{kw}{body}{rp}。']).format(
        s=g.subject(), vw=vw(g, b), w=b['whole'], t=t, u=U(b), lp=lp, rp=rp, kw=kw, body=body,
        tail=g.ch(['圆满完成年度任务', '各项工作有序推进', '总体保持平稳', '运行情况良好']))]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_header_lines(g, style=None):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = style or g.style()
    t = sp.q(T, f[0], f[1], st)
    head = g.ch(['{w}：{t}{u}', '一、{w}合计{t}{u}', '{w}总计{t}{u}，具体如下：', '【{w}】{t}{u}'])
    sp.lines = [head.format(w=b['whole'], t=t, u=U(b))]
    pat = g.ch(['  {n}：{v}{u}', '——{n}{v}{u}；', '· {n} {v}{u}', '{i}. {n}{v}{u}', '  {n}　{v}{u}'])
    refs = []
    for i, (nm, v) in enumerate(zip(names, vals), 1):
        r = sp.q(v, pf[0], pf[1], st)
        refs.append(r)
        sp.lines.append(pat.format(n=nm, v=r, u=U(b), i=i))
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def table_sep(g):
    return g.ch(['\t', ' | ', '|', '｜', '    ', ' ｜ '])


def t_table(g, style=None):
    b = pick_b(g)
    f = g.ch(b['fmts'])
    names, T, vals, f, pf = breakdown(g, b, fmt=f)
    sp = Spec()
    sep = table_sep(g)
    st = style or g.style(allow_space=False)
    if sep.strip() == '' and st in ('comma', 'fwcomma', 'cncomma'):
        st = 'plain'
    unitcap = f[0] + U(b)
    sp.lines = [sep.join(['项目', '%s（%s）' % (b['measure'], unitcap)])]
    t = sp.q(T / SCALE[f[0]], '', f[1], st)
    refs = [sp.q(v / SCALE[f[0]], '', f[1], st) for v in vals]
    rows = [sep.join([nm, r]) for nm, r in zip(names, refs)]
    trow = sep.join([g.ch(['合计', '总计', '全市合计', '小计']), t])
    sp.lines += ([trow] + rows) if g.coin(0.4) else (rows + [trow])
    if g.coin(0.5):
        sp.lines.insert(0, '表%d  %d年%s情况' % (g.rng.randint(1, 9), g.year, b['whole']))
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_table_two_year(g, style=None):
    b = pick_b(g, maxparts=4)
    f = g.ch(b['fmts'])
    names, T1, v1, f, pf = breakdown(g, b, fmt=f)
    sp = Spec()
    sep = table_sep(g)
    st = 'plain'
    u = SCALE[f[0]] * D(10) ** -f[1]
    # second year: each part changes by -15%..+25%
    v0 = [max(u, (v * D(str(round(g.rng.uniform(0.78, 1.12), 3))) / u).to_integral_value() * u) for v in v1]
    T0 = sum(v0)
    y = g.year
    sp.lines = [sep.join(['指标（%s%s）' % (f[0], U(b)), '%d年' % (y - 1), '%d年' % y])]
    r0 = [sp.q(v / SCALE[f[0]], '', f[1], st) for v in v0]
    r1 = [sp.q(v / SCALE[f[0]], '', f[1], st) for v in v1]
    t0 = sp.q(T0 / SCALE[f[0]], '', f[1], st)
    t1 = sp.q(T1 / SCALE[f[0]], '', f[1], st)
    rows = [sep.join([nm, a, c]) for nm, a, c in zip(names, r0, r1)]
    trow = sep.join([b['whole'], t0, t1])
    sp.lines += ([trow] + rows) if g.coin(0.5) else (rows + [trow])
    sp.checks = [dict(rel='sum', total=t0, parts=r0), dict(rel='sum', total=t1, parts=r1)]
    return sp


ITEM_FMT = {
    'shi': (lambda i: '一二三四五六七八九十'[i - 1] + '是', '；'),
    'circ': (lambda i: '①②③④⑤⑥⑦⑧⑨⑩'[i - 1], '；'),
    'pa': (lambda i: '（%d）' % i, '；'),
    'pc': (lambda i: '（%s）' % '一二三四五六七八九十'[i - 1], '；'),
    'di': (lambda i: '第%s，' % '一二三四五六七八九十'[i - 1], '；'),
    'dot': (lambda i: '%d.' % i, None),
}


def t_numbered_items(g, style=None):
    n = g.rng.randint(3, 6)
    items = g.rng.sample(g.src['items'], n)
    sp = Spec()
    cst = g.ch(['cn', 'cn', 'plain'])
    c = sp.q(n, '', 0, cst)
    marker = g.ch(list(ITEM_FMT))
    fn, sep = ITEM_FMT[marker]
    word = g.ch(g.src['item_word'])
    head = g.ch(['{s}重点抓好{c}{w}：', '围绕年度目标，{s}着力推进{c}{w}：', '{s}主要开展了以下{c}{w}：',
                 '今年以来，{s}突出抓好{c}{w}。'])
    head = head.format(s=g.ch(['我局', '我们', '全系统', '各地']), c=c, w=word)
    marks = [fn(i) for i in range(1, n + 1)]
    if marker == 'dot':
        body = [m + ' ' + it + '。' for m, it in zip(marks, items)]
        sp.lines = [head] + body
        span = '\n'.join(body)
    else:
        tail = g.ch(['', '，成效明显', '，取得积极进展'])
        body = sep.join(m + it for m, it in zip(marks, items)) + tail + '。'
        sp.lines = [head + body] if g.coin(0.6) else [head, body]
        span = body
    sp.checks = [dict(rel='count_items', count=c, marker=marker, span=span, items=[m.strip() for m in marks])]
    return sp


def t_named_list(g, style=None):
    n = g.rng.randint(2, 6)
    names = []
    while len(names) < n:
        e = g.entity()
        if e not in names and not any(e in x or x in e for x in names):
            names.append(e)
    sp = Spec()
    cst = g.ch(['cn', 'plain', 'plain'])
    c = sp.q(n, '', 0, cst)
    word = g.ch(g.entity_word())
    form = g.rng.randint(0, 3)
    if form == 0:
        line = '%s等%s%s%s。' % ('、'.join(names), c, word, g.ch(['被评为先进单位', '纳入首批试点', '通过年度考核',
                                                             '获得表彰']))
        marker = '等'
    elif form == 1:
        line = '%s%s被列为%s：%s。' % (g.subject(), c, word, '、'.join(names)) if False else \
            '共有%s%s入选%s名单，分别是%s。' % (c, word, g.ch(['示范', '重点联系', '年度先进', '首批试点']), '、'.join(names))
        marker = ''
    elif form == 2:
        line = '%s%s%s（%s）%s。' % (g.ch(['全市', '全县', '本年度']), c, word, '、'.join(names),
                                  g.ch(['完成了整改', '签订了责任书', '通过了验收']))
        marker = ''
    else:
        line = '%s、%s共%s%s%s。' % ('、'.join(names[:-1]), names[-1], c, word, g.ch(['参加了培训', '获评优秀',
                                                                                 '完成了年度任务']))
        marker = ''
    sp.lines = [line]
    sp.checks = [dict(rel='count_names', count=c, names=names, marker=marker)]
    return sp


def balance_spec(g):
    start, add, sub, end, unit, fmts, lo, hi = g.ch(g.src['balance'])
    f = g.ch(fmts)
    u = SCALE[f[0]] * D(10) ** -f[1]
    a = g.units_range(lo, hi, u)
    return start, add, sub, end, unit, f, u, a


def t_balance(g, style=None):
    start, add, sub, end, unit, f, u, a = balance_spec(g)
    sp = Spec()
    st = style or g.style()
    A = a * u
    if add and sub:
        B = max(1, int(a * g.rng.uniform(0.05, 0.4))) * u
        C = max(1, int(a * g.rng.uniform(0.03, 0.35))) * u
        Z = A + B - C
        ra, rb, rc, rz = (sp.q(x, f[0], f[1], st) for x in (A, B, C, Z))
        tpl = g.ch(['{s}{a}{ra}{u}，{b}{rb}{u}，{c}{rc}{u}，{z}{rz}{u}。',
                    '{a}{ra}{u}；{b}{rb}{u}、{c}{rc}{u}；{z}{rz}{u}。',
                    '{s}{b}{rb}{u}、{c}{rc}{u}，{z}由{a}的{ra}{u}变为{rz}{u}。'])
        sp.lines = [tpl.format(s=g.subject() if g.coin() else '', a=start, b=add, c=sub, z=end, u=unit,
                               ra=ra, rb=rb, rc=rc, rz=rz)]
        sp.checks = [dict(rel='balance', terms=[['+', ra], ['+', rb], ['-', rc]], result=rz)]
    elif sub:  # income - expense = surplus
        C = int(a * g.rng.uniform(0.6, 0.97)) * u
        Z = A - C
        ra, rc, rz = (sp.q(x, f[0], f[1], st) for x in (A, C, Z))
        tpl = g.ch(['{s}{a}{ra}{u}，{c}{rc}{u}，{z}{rz}{u}。', '{a}{ra}{u}、{c}{rc}{u}，收支相抵{z}{rz}{u}。',
                    '{s}{c}{rc}{u}，{a}{ra}{u}，{z}{rz}{u}，基金运行平稳。'])
        sp.lines = [tpl.format(s=g.subject() if g.coin() else '', a=start, c=sub, z=end, u=unit,
                               ra=ra, rc=rc, rz=rz)]
        sp.checks = [dict(rel='balance', terms=[['+', ra], ['-', rc]], result=rz)]
    else:  # start + add = end
        B = max(1, int(a * g.rng.uniform(0.05, 0.3))) * u
        Z = A + B
        ra, rb, rz = (sp.q(x, f[0], f[1], st) for x in (A, B, Z))
        sp.lines = ['{s}{a}{ra}{u}，{b}{rb}{u}，{z}{rz}{u}。'.format(
            s=g.subject() if g.coin() else '', a=start, b=add, z=end, u=unit, ra=ra, rb=rb, rz=rz)]
        sp.checks = [dict(rel='balance', terms=[['+', ra], ['+', rb]], result=rz)]
    return sp


def metric_pair(g, lo_f=0.7, hi_f=1.35):
    """a growth metric with two years' values (old, new) on the same format"""
    m, unit, fmts, lo, hi = g.ch(g.src['growths'])
    f = g.ch(fmts)
    u = SCALE[f[0]] * D(10) ** -f[1]
    a = max(20, g.units_range(lo, hi, u))
    for _ in range(100):
        b_ = int(a * g.rng.uniform(lo_f, hi_f))
        if b_ != a and b_ > 0:
            break
    return m, unit, f, u, a * u, b_ * u


def t_from_to(g, style=None):
    m, unit, f, u, A, B = metric_pair(g)
    sp = Spec()
    st = style or g.style()
    ra, rb, rc = sp.q(A, f[0], f[1], st), sp.q(B, f[0], f[1], st), sp.q(abs(B - A), f[0], f[1], st)
    up = B > A
    d1, d2 = ('增加到', '增加') if up else ('减少到', '减少')
    if g.coin(0.3):
        d1, d2 = ('提高到', '提高') if up else ('下降到', '下降')
    tpl = g.ch(['{m}由{y0}年的{ra}{u}{d1}{y1}年的{rb}{u}，{d2}{rc}{u}。',
                '{m}从{ra}{u}{d1}{rb}{u}、{d2}{rc}{u}。',
                '{s}{m}由上年{ra}{u}{d1}{rb}{u}，净{d2}{rc}{u}。'])
    sp.lines = [tpl.format(m=m, y0=g.year - 1, y1=g.year, ra=ra, rb=rb, rc=rc, u=unit, d1=d1, d2=d2, s=g.subject())]
    sp.checks = [dict(rel='balance', terms=[['+', rb], ['-', ra]], result=rc) if up else
                 dict(rel='balance', terms=[['+', ra], ['-', rb]], result=rc)]
    return sp


def t_yoy_abs(g, style=None):
    m, unit, f, u, A, B = metric_pair(g)
    sp = Spec()
    st = style or g.style()
    ra, rb, rc = sp.q(A, f[0], f[1], st), sp.q(B, f[0], f[1], st), sp.q(abs(B - A), f[0], f[1], st)
    up = B > A
    d = g.ch(['增加', '增加', '多']) if up else g.ch(['减少', '减少', '少'])
    tpl = g.ch(['{s}{m}{rb}{u}，比上年{d}{rc}{u}（上年为{ra}{u}）。',
                '{s}{m}{rb}{u}，较上年{d}{rc}{u}。上年同期为{ra}{u}。',
                '{m}：{y1}年{rb}{u}，{y0}年{ra}{u}，{d}{rc}{u}。',
                '{s}{m}达到{rb}{u}，上年为{ra}{u}，同比{d}{rc}{u}。'])
    sp.lines = [tpl.format(s=g.subject(), m=m, rb=rb, ra=ra, rc=rc, u=unit, d=d, y0=g.year - 1, y1=g.year)]
    sp.checks = [dict(rel='balance', terms=[['+', rb], ['-', ra]], result=rc) if up else
                 dict(rel='balance', terms=[['+', ra], ['-', rb]], result=rc)]
    return sp


def t_subtotal(g, style=None):
    b = pick_b(g, pred=lambda b: b['fixed'] and len(b['parts']) == 2)
    sub_b = [x for x in g.src['breakdowns'] if x is not b]
    names, T, vals, f, pf = breakdown(g, b, n=2)
    sp = Spec()
    st = style or g.style()
    t = sp.q(T, f[0], f[1], st)
    grefs = []
    segs = []
    checks = []
    u = SCALE[pf[0]] * D(10) ** -pf[1]
    subnames = g.ch([['第一季度', '第二至四季度'], ['上半年', '下半年'], ['市本级', '所辖县区'],
                     ['城区', '农村'], ['本地', '外地']])
    for nm, v in zip(names, vals):
        k = int(v / u)
        if k < 4:
            raise RuntimeError('too small')
        pk = g.split(k, 2, 0.1)
        gr = sp.q(v, pf[0], pf[1], st)
        grefs.append(gr)
        rr = [sp.q(x * u, pf[0], pf[1], st) for x in pk]
        segs.append('%s%s%s，其中%s%s%s、%s%s%s' % (nm, gr, U(b), subnames[0], rr[0], U(b), subnames[1], rr[1], U(b)))
        checks.append(dict(rel='sum', total=gr, parts=rr))
    tpl = g.ch(['{s}{w}{t}{u}。{a}；{b}。', '{a}；{b}；两项合计{w}{t}{u}。', '{s}{a}；{b}。{w}总计{t}{u}。'])
    sp.lines = [tpl.format(s=g.subject(), w=b['whole'], t=t, u=U(b), a=segs[0], b=segs[1])]
    checks.append(dict(rel='sum', total=t, parts=grefs))
    sp.checks = checks
    return sp


def t_quarters(g, style=None):
    m, unit, f, u, A, B = metric_pair(g)
    k = int(B / u)
    sp = Spec()
    st = style or g.style()
    form = g.ch(['q', 'q', 'h', 'm'])
    if form == 'q':
        labels = ['一季度', '二季度', '三季度', '四季度']
    elif form == 'h':
        labels = ['上半年', '下半年']
    else:
        labels = ['1—4月', '5—8月', '9—12月']
    if k < 10 * len(labels):
        k = 10 * len(labels) + k
    pk = g.split(k, len(labels), 0.1)
    t = sp.q(k * u, f[0], f[1], st)
    refs = [sp.q(x * u, f[0], f[1], st) for x in pk]
    body = g.ch(['、', '，', '；']).join('%s%s%s' % (lb, r, unit) for lb, r in zip(labels, refs))
    tpl = g.ch(['{s}{m}分季度看：{body}，全年{t}{u}。' if form == 'q' else '{s}{m}：{body}，全年{t}{u}。',
                '全年{m}{t}{u}，其中{body}。', '{y}年{m}{t}{u}（{body}）。'])
    sp.lines = [tpl.format(s=g.subject(), m=m, body=body, t=t, u=unit, y=g.year)]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_separate(g, style=None):
    b = pick_b(g, minparts=2)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = style or g.style()
    refs = []
    sents = []
    for nm, v in zip(names, vals):
        r = sp.q(v, pf[0], pf[1], st)
        refs.append(r)
        sents.append(g.ch(['{n}方面，{v}{r}{u}。', '{n}：{v}{r}{u}。', '在{n}上，{v}{r}{u}。', '{n}{v}{r}{u}。']).format(
            n=nm, v=g.ch(b['verbs']).lstrip('>'), r=r, u=U(b)))
    t = sp.q(T, f[0], f[1], st)
    last = g.ch(['全年{w}共计{t}{u}。', '综上，{w}合计{t}{u}。', '以上{w}总计{t}{u}。'])
    last = last.format(w=b['whole'], t=t, u=U(b))
    if g.coin(0.5) and len(sents) + 1 <= 6:
        sp.lines = sents + [last]
    else:
        sp.lines = [''.join(sents) + last]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_gender(g, style=None):
    grp, unit = g.ch(g.src['people'])
    sp = Spec()
    st = style or g.style()
    k = g.rng.randint(40, 20000)
    m, w = g.split(k, 2, 0.15)
    t, rm, rw = sp.q(k, '', 0, st), sp.q(m, '', 0, st), sp.q(w, '', 0, st)
    tpl = g.ch(['{s}{g}{t}{u}，其中男性{m}{u}、女性{w}{u}。', '{g}共{t}{u}（男{m}{u}，女{w}{u}）。',
                '{s}{g}中，男性{m}{u}，女性{w}{u}，合计{t}{u}。', '{g}{t}{u}。男{m}{u}、女{w}{u}。'])
    if g.coin(0.5):
        m, w = w, m
    sp.lines = [tpl.format(s=g.subject(), g=grp, t=t, u=unit, m=rm, w=rw)]
    sp.checks = [dict(rel='sum', total=t, parts=[rm, rw])]
    return sp


def t_wan_yi(g, style=None):
    bs = [b for b in g.src['breakdowns'] if b['hi'] >= 5e6]
    b = g.ch(bs)
    if b['unit'] == '元':
        f, pf = ('亿', 2), g.ch([('万', 0), ('万', 0), ('', 0)])
        if pf == ('', 0):
            f = ('万', 2)
    else:
        f, pf = g.ch([(('万', 2), ('', 0)), (('万', 1), ('', 0))])
    names, T, vals, f, pf = breakdown(g, dict(b, lo=max(b['lo'], float(SCALE[f[0]] * 5)), hi=max(b['hi'],
                                              float(SCALE[f[0]] * 50))), fmt=f, part_fmt=pf)
    sp = Spec()
    st = style or g.style()
    t = sp.q(T, f[0], f[1], st)
    body, refs = join_parts(g, sp, names, vals, pf, U(b), st)
    tpl = g.ch(['{s}{vw}{t}{u}，其中{body}。', '{body}，{w}合计{t}{u}。', '{s}{w}{t}{u}（{body}）。'])
    sp.lines = [tpl.format(s=g.subject(), vw=vw(g, b), w=b['whole'], t=t, u=U(b), body=body)]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_cn_numerals(g, style=None):
    bs = [b for b in g.src['breakdowns'] if b['fmts'] == COUNT]
    b = g.ch(bs)
    b = dict(b, lo=max(10, b['lo']), hi=min(b['hi'], 9000))
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = g.ch(['cn', 'cn2'])
    t = sp.q(T, '', 0, st)
    form = g.rng.randint(0, 2)
    if form == 0:
        body, refs = join_parts(g, sp, names, vals, pf, U(b), st)
        line = '%s%s%s%s，其中%s。' % (g.subject(), vw(g, b), t, U(b), body)
    elif form == 1:
        refs = [sp.q(v, '', 0, st) for v in vals]
        line = '%s%s分别为%s，共计%s%s。' % (and_join(names), b['measure'], '、'.join(r + U(b) for r in refs), t, U(b))
    else:
        body, refs = join_parts(g, sp, names, vals, pf, U(b), st, sep='，')
        line = '%s，合计%s%s。' % (body, t, U(b))
    sp.lines = [line]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


def t_fullwidth_sep(g, style=None):
    st = g.ch(['fw', 'fwcomma', 'comma', 'cncomma', 'space'])
    bs = [b for b in g.src['breakdowns'] if b['hi'] >= 5000]
    b = g.ch(bs)
    f = ('', 0) if b['fmts'] != MONEY else ('万', 0)
    b2 = dict(b, lo=max(b['lo'], 1e4 * float(SCALE[f[0]])), hi=max(b['hi'], 1e6 * float(SCALE[f[0]])))
    names, T, vals, f, pf = breakdown(g, b2, fmt=f)
    sp = Spec()
    t = sp.q(T, f[0], f[1], st)
    body, refs = join_parts(g, sp, names, vals, pf, U(b), st, sep='、' if st != 'cncomma' else '；')
    tpl = g.ch(['{s}{vw}{t}{u}，其中{body}。', '{body}；{w}合计{t}{u}。', '{w}{t}{u}（{body}）。'])
    sp.lines = [tpl.format(s=g.subject(), vw=vw(g, b), w=b['whole'], t=t, u=U(b), body=body)]
    sp.checks = [dict(rel='sum', total=t, parts=refs)]
    return sp


# =====================================================================================
# pct constructions (consistent builders)
# =====================================================================================
def pct_style(g):
    return 'fw' if g.coin(0.06) else 'plain'


def rate_of(num, den, dec):
    return q_round(num / den * 100, dec)


def ratio_pair(g, spec=None, rlo=None, rhi=None, dec=None):
    r = spec or g.ch(g.src['ratios'])
    den_p, num_p, name, unit, fmts, lo, hi, a, b = r
    rlo = a if rlo is None else rlo
    rhi = b if rhi is None else rhi
    f = g.ch(fmts)
    u = SCALE[f[0]] * D(10) ** -f[1]
    dec = dec if dec is not None else g.ch([1, 1, 2, 2, 0]) if True else 1
    for _ in range(200):
        k = max(30, g.units_range(lo, hi, u))
        rate = g.rng.uniform(rlo, rhi)
        n = int(round(k * rate / 100))
        if n <= 0 or n >= k and rhi <= 100:
            continue
        val = D(n) / D(k) * 100
        if is_tie(val, dec):
            continue
        if dec == 0 and g.coin(0.7):
            dec = 1
            if is_tie(val, dec):
                continue
        return dict(den_p=den_p, num_p=num_p, name=name, unit=unit, f=f, D=k * u, N=n * u,
                    R=q_round(val, dec), dec=dec)
    raise RuntimeError('ratio')


def rate_slot(g, sp, R, dec, st=None):
    return sp.q(R, '', dec, st or pct_style(g), pct=True)


def p_rate_after(g):
    x = ratio_pair(g)
    sp = Spec()
    st = g.style()
    d, n = sp.q(x['D'], x['f'][0], x['f'][1], st), sp.q(x['N'], x['f'][0], x['f'][1], st)
    r = rate_slot(g, sp, x['R'], x['dec'])
    tpl = g.ch(['{s}{dp}{d}{u}，{np}{n}{u}，{name}{v}{r}。', '{dp}{d}{u}，{np}{n}{u}，{name}{v}{r}。',
                '{s}{dp}{d}{u}、{np}{n}{u}，{name}{v}{r}，{tail}。'])
    sp.lines = [tpl.format(s=g.subject(), dp=x['den_p'], np=x['num_p'], d=d, n=n, u=x['unit'], name=x['name'],
                           v=g.ch(['达', '为', '达到', '']), r=r, tail=g.ch(['较好完成目标任务', '工作成效明显', '位居全省前列']))]
    sp.checks = [dict(rel='rate', num=n, den=d, value=r)]
    return sp


def p_rate_before(g):
    x = ratio_pair(g)
    sp = Spec()
    st = g.style()
    r = rate_slot(g, sp, x['R'], x['dec'])
    d, n = sp.q(x['D'], x['f'][0], x['f'][1], st), sp.q(x['N'], x['f'][0], x['f'][1], st)
    tpl = g.ch(['{s}{name}{v}{r}（{np}{n}{u}/{dp}{d}{u}）。', '{name}{v}{r}：{dp}{d}{u}，{np}{n}{u}。',
                '{s}{name}为{r}，{dp}{d}{u}中{np2}{n}{u}。', '{name}{r}，即{dp}{d}{u}中有{n}{u}{np2}。'])
    sp.lines = [tpl.format(s=g.subject(), dp=x['den_p'], np=x['num_p'], np2=x['num_p'].replace('其中', ''), d=d,
                           n=n, u=x['unit'], name=x['name'], v=g.ch(['达', '为', '达到']), r=r)]
    sp.checks = [dict(rel='rate', num=n, den=d, value=r)]
    return sp


def share_values(g, vals, total, dec):
    out = []
    for v in vals:
        x = v / total * 100
        if is_tie(x, dec):
            return None
        out.append(q_round(x, dec))
    return out


def p_share_bracket(g):
    for _ in range(50):
        b = pick_b(g)
        names, T, vals, f, pf = breakdown(g, b)
        dec = g.ch([1, 1, 2])
        rs = share_values(g, vals, T, dec)
        if rs:
            break
    sp = Spec()
    st = g.style()
    t = sp.q(T, f[0], f[1], st)
    segs, refs, checks = [], [], []
    pst = pct_style(g)
    pat = g.ch(['{n}{v}{u}（占{r}）', '{n}{v}{u}，占{r}', '{n}{v}{u}（占比{r}）', '{n}{v}{u}、占{w}的{r}'])
    for nm, v, rv in zip(names, vals, rs):
        a = sp.q(v, pf[0], pf[1], st)
        r = sp.q(rv, '', dec, pst, pct=True)
        refs.append(a)
        segs.append(pat.format(n=nm, v=a, u=U(b), r=r, w=g.ch(['总量', '总数', '全部'])))
        checks.append(dict(rel='rate', num=a, den=t, value=r))
    sep = '；' if '，' in pat else g.ch(['、', '；'])
    sp.lines = ['%s%s%s%s，其中%s。' % (g.subject(), vw(g, b), t, U(b), sep.join(segs))]
    sp.checks = [dict(rel='sum', total=t, parts=refs)] + checks
    return sp


def p_two_bases(g):
    whole, part, sub, unit, fmts, lo, hi = g.ch(g.src['nested'])
    f = g.ch(fmts)
    u = SCALE[f[0]] * D(10) ** -f[1]
    for _ in range(200):
        k = max(200, g.units_range(lo, hi, u))
        p = int(k * g.rng.uniform(0.3, 0.8))
        s = int(p * g.rng.uniform(0.1, 0.7))
        d1, d2 = g.ch([1, 2]), g.ch([1, 2])
        v1, v2 = D(p) / k * 100, D(s) / p * 100
        if s > 0 and not is_tie(v1, d1) and not is_tie(v2, d2):
            break
    sp = Spec()
    st = g.style()
    T, P, S = (sp.q(x * u, f[0], f[1], st) for x in (k, p, s))
    r1, r2 = rate_slot(g, sp, q_round(v1, d1), d1), rate_slot(g, sp, q_round(v2, d2), d2)
    subn = sub.replace('其中', '')
    tpl = g.ch(['{s}{w}{T}{u}，{p}{P}{u}，占{w}的{r1}；其中{sub}{S}{u}，占{p}的{r2}。',
                '{w}{T}{u}。{p}{P}{u}、占比{r1}，{sub}{S}{u}、占{p}的{r2}。',
                '{s}{p}{P}{u}，占{w}（{T}{u}）的{r1}；{sub}{S}{u}，占{p}的{r2}。'])
    sp.lines = [tpl.format(s=g.subject(), w=whole, T=T, u=unit, p=part, P=P, sub=subn, S=S, r1=r1, r2=r2)]
    sp.checks = [dict(rel='rate', num=P, den=T, value=r1), dict(rel='rate', num=S, den=P, value=r2)]
    return sp


def p_pass_fail(g):
    what, unit, pw, fw_, pn, fn = g.ch(g.src['passfail'])
    for _ in range(200):
        k = g.rng.randint(40, 30000)
        fk = max(1, int(k * g.rng.uniform(0.004, 0.15)))
        pk = k - fk
        dec = g.ch([1, 2, 2])
        a, b = D(pk) / k * 100, D(fk) / k * 100
        if not is_tie(a, dec) and not is_tie(b, dec):
            break
    sp = Spec()
    st = g.style()
    K, P, F = (sp.q(x, '', 0, st) for x in (k, pk, fk))
    pst = pct_style(g)
    r1, r2 = sp.q(q_round(a, dec), '', dec, pst, pct=True), sp.q(q_round(b, dec), '', dec, pst, pct=True)
    tpl = g.ch(['{s}{what}{K}{u}，{pw}{P}{u}、{fw}{F}{u}，{pn}{r1}，{fn}{r2}。',
                '{what}{K}{u}，其中{pw}{P}{u}（{pn}{r1}），{fw}{F}{u}（{fn}{r2}）。',
                '{s}{what}{K}{u}，{pn}{r1}、{fn}{r2}，即{pw}{P}{u}、{fw}{F}{u}。'])
    sp.lines = [tpl.format(s=g.subject(), what=what, K=K, u=unit, pw=pw, P=P, fw=fw_, F=F, pn=pn, fn=fn,
                           r1=r1, r2=r2)]
    sp.checks = [dict(rel='sum', total=K, parts=[P, F]), dict(rel='rate', num=P, den=K, value=r1),
                 dict(rel='rate', num=F, den=K, value=r2)]
    return sp


def p_target(g, with_growth=False):
    task, done, unit, fmts, lo, hi = g.ch(g.src['targets'])
    f = g.ch(fmts)
    u = SCALE[f[0]] * D(10) ** -f[1]
    for _ in range(200):
        k = max(50, g.units_range(lo, hi, u))
        k = int(k / 10) * 10 or 10
        a = int(k * g.rng.uniform(0.82, 1.3))
        dec = g.ch([1, 1, 2, 0])
        v = D(a) / k * 100
        if a != k and not is_tie(v, dec):
            break
    sp = Spec()
    st = g.style()
    T, A = sp.q(k * u, f[0], f[1], st), sp.q(a * u, f[0], f[1], st)
    r = rate_slot(g, sp, q_round(v, dec), dec)
    tpl = g.ch(['{task}{T}{u}，{done}{A}{u}，完成{w}的{r}。', '{s}{done}{A}{u}，为{task}（{T}{u}）的{r}。',
                '{s}{done}{A}{u}，{task}{T}{u}，任务完成率{r}。'])
    sp.lines = [tpl.format(s=g.subject(), task=task, done=done, T=T, A=A, u=unit, r=r,
                           w=g.ch(['年度目标', '全年任务', '目标任务']))]
    sp.checks = [dict(rel='rate', num=A, den=T, value=r)]
    if with_growth:
        for _ in range(200):
            o = int(a * g.rng.uniform(0.75, 0.98))
            dg = g.ch([1, 1, 2])
            gv = D(a - o) / o * 100
            if o > 0 and not is_tie(gv, dg):
                break
        O = sp.q(o * u, f[0], f[1], st)
        gr = sp.q(q_round(gv, dg), '', dg, pct_style(g), pct=True)
        d = g.ch(['增长', '增加'])
        sp.lines.append(g.ch(['上年同期为{O}{u}，同比{d}{g}。', '比上年的{O}{u}{d}{g}。']).format(O=O, u=unit, d=d, g=gr))
        sp.checks.append(dict(rel='growth', old=O, new=A, value=gr, dir=d))
    return sp


def p_target_growth(g):
    return p_target(g, with_growth=True)


def p_per(g):
    tname, tunit, cname, cunit, vname, vscale, vdec = g.ch(g.src['pers'])
    sp = Spec()
    st = g.style()
    for _ in range(300):
        cnt = g.rng.randint(20, 2000000) if cunit in ('人', '人次') else g.rng.randint(8, 3000)
        if '护林员' in cname or '老年人' in cname:
            cnt = g.rng.randint(50, 9000)
        if cunit in ('人', '人次') and cnt > 10000 and g.coin(0.6):
            cf = ('万', 2)
            cnt = cnt // 100 * 100
        else:
            cf = ('', 0)
        per = D(str(round(g.rng.uniform(200, 20000) if vscale == '' else g.rng.uniform(5, 900), 3)))
        if tunit == '亩' or tunit == '人次':
            per = D(str(round(g.rng.uniform(30, 800), 3)))
        tot_raw = per * cnt * (SCALE[vscale])
        tf = g.ch([('万', 2), ('万', 1), ('亿', 2)]) if tunit == '元' else g.ch([('万', 2), ('', 0)])
        tu = SCALE[tf[0]] * D(10) ** -tf[1]
        tot = (tot_raw / tu).to_integral_value() * tu
        if tot <= 0:
            continue
        val = tot / cnt / SCALE[vscale]
        if is_tie(val, vdec) or tot / tu < 100:
            continue
        break
    T = sp.q(tot, tf[0], tf[1], st)
    C = sp.q(cnt, cf[0], cf[1], st)
    V = sp.q(q_round(val, vdec) * SCALE[vscale], vscale, vdec, st)
    vunit = '元' if tunit == '元' else tunit
    tpl = g.ch(['{s}{tn}{T}{tu}，{cn}{C}{cu}，{vn}{V}{vu}。', '{tn}{T}{tu}，惠及{cn}{C}{cu}，{vn}{V}{vu}。',
                '{s}{cn}{C}{cu}，{tn}{T}{tu}，{vn}约为{V}{vu}。' if False else '{s}{cn}{C}{cu}，{tn}{T}{tu}，{vn}达{V}{vu}。'])
    sp.lines = [tpl.format(s=g.subject(), tn=tname, T=T, tu=tunit, cn=cname, C=C, cu=cunit, vn=vname, V=V, vu=vunit)]
    sp.checks = [dict(rel='per', total=T, count=C, value=V)]
    return sp


def p_share100(g):
    b = pick_b(g, pred=lambda b: not b['fixed'] or len(b['parts']) >= 2)
    names = list(b['parts']) if b['fixed'] else g.rng.sample(b['parts'], g.rng.randint(2, min(4, len(b['parts']))))
    dec = g.ch([1, 1, 2])
    u = D(10) ** -dec
    tot = int(100 / u)
    ks = g.split(tot, len(names), 0.05)
    sp = Spec()
    pst = pct_style(g)
    refs = [sp.q(k * u, '', dec, pst, pct=True) for k in ks]
    body = g.ch(['、', '，', '；']).join(g.ch(['{n}占{r}', '{n}占比{r}', '{n}{r}']).format(n=n, r=r)
                                      for n, r in zip(names, refs))
    tpl = g.ch(['从结构看，{w}中{body}。', '{s}{w}构成：{body}。', '按类别分，{body}（以{w}为100%）。'])
    sp.lines = [tpl.format(s=g.subject(), w=b['whole'], body=body)]
    sp.checks = [dict(rel='share_sum', values=refs)]
    return sp


def p_table_share(g):
    for _ in range(50):
        b = pick_b(g)
        f = g.ch(b['fmts'])
        names, T, vals, f, pf = breakdown(g, b, fmt=f)
        dec = g.ch([1, 2])
        rs = share_values(g, vals, T, dec)
        if rs:
            break
    sp = Spec()
    sep = table_sep(g)
    sp.lines = [sep.join(['类别', '%s（%s%s）' % (b['measure'], f[0], U(b)), g.ch(['占比（%）', '占比', '比重（%）'])])]
    with_pct = '（%）' not in sp.lines[0]
    t = sp.q(T / SCALE[f[0]], '', f[1], 'plain')
    rows = []
    checks = []
    refs = []
    for nm, v, rv in zip(names, vals, rs):
        a = sp.q(v / SCALE[f[0]], '', f[1], 'plain')
        r = sp.q(rv, '', dec, 'plain', pct=with_pct)
        refs.append(a)
        rows.append(sep.join([nm, a, r]))
        checks.append(dict(rel='rate', num=a, den=t, value=r) if with_pct else
                      dict(rel='rate', num=a, den=t, value=r, pct_in_header=True))
    trow = sep.join(['合计', t, '100' if not with_pct else '100%'])
    sp.lines += ([trow] + rows) if g.coin(0.3) else (rows + [trow])
    sp.checks = [dict(rel='sum', total=t, parts=refs)] + checks
    if not with_pct:
        # the percentage sign lives in the header: the verifier needs it in the value, so keep it explicit
        pass
    return sp


def growth_pair(g, lo_f=0.75, hi_f=1.4):
    for _ in range(200):
        m, unit, f, u, A, B = metric_pair(g, lo_f, hi_f)
        dec = g.ch([1, 1, 2])
        v = (B - A) / A * 100
        if not is_tie(abs(v), dec) and abs(v) >= D('0.5'):
            return m, unit, f, A, B, q_round(abs(v), dec), dec, B > A
    raise RuntimeError('growth')


def p_growth_prev(g):
    m, unit, f, A, B, gv, dec, up = growth_pair(g)
    sp = Spec()
    st = g.style()
    rb = sp.q(B, f[0], f[1], st)
    gr = rate_slot(g, sp, gv, dec)
    ra = sp.q(A, f[0], f[1], st)
    d = g.ch(['增长', '增长', '增加']) if up else g.ch(['下降', '减少'])
    tpl = g.ch(['{s}{m}{rb}{u}，较上年{d}{g}（上年为{ra}{u}）。', '{s}{m}达到{rb}{u}，比上年{d}{g}，上年为{ra}{u}。',
                '{m}{rb}{u}，{d}{g}。{y0}年为{ra}{u}。'])
    sp.lines = [tpl.format(s=g.subject(), m=m, rb=rb, ra=ra, u=unit, d=d, g=gr, y0=g.year - 1)]
    sp.checks = [dict(rel='growth', old=ra, new=rb, value=gr, dir=d)]
    return sp


def p_growth_from_to(g):
    m, unit, f, A, B, gv, dec, up = growth_pair(g)
    sp = Spec()
    st = g.style()
    ra, rb = sp.q(A, f[0], f[1], st), sp.q(B, f[0], f[1], st)
    gr = rate_slot(g, sp, gv, dec)
    d1, d2 = (g.ch(['增加到', '增长到', '提高到']), '增长') if up else (g.ch(['下降到', '减少到']), '下降')
    tpl = g.ch(['{m}由{y0}年的{ra}{u}{d1}{y1}年的{rb}{u}，{d2}{g}。', '{s}{m}从{ra}{u}{d1}{rb}{u}，{d2}{g}。',
                '{m}由{ra}{u}{d1}{rb}{u}（{d2}{g}）。'])
    sp.lines = [tpl.format(s=g.subject(), m=m, ra=ra, rb=rb, u=unit, d1=d1, d2=d2, g=gr, y0=g.year - 1, y1=g.year)]
    sp.checks = [dict(rel='growth', old=ra, new=rb, value=gr, dir=d2)]
    return sp


def p_tongqi(g):
    m, unit, f, A, B, gv, dec, up = growth_pair(g, 0.7, 1.3)
    sp = Spec()
    st = g.style()
    per = g.ch(['一季度', '上半年', '1—9月', '前三季度', '1—6月'])
    rb = sp.q(B, f[0], f[1], st)
    gr = rate_slot(g, sp, gv, dec)
    ra = sp.q(A, f[0], f[1], st)
    d = g.ch(['增长', '上升']) if up else g.ch(['下降', '回落'])
    tpl = g.ch(['{p}，{s}{m}{rb}{u}，同比{d}{g}；上年同期为{ra}{u}。', '{y}年{p}{m}{rb}{u}，上年同期为{ra}{u}，同比{d}{g}。',
                '{p}{m}累计{rb}{u}（上年同期{ra}{u}），同比{d}{g}。'])
    sp.lines = [tpl.format(p=per, s=g.subject(), m=m, rb=rb, ra=ra, u=unit, d=d, g=gr, y=g.year)]
    sp.checks = [dict(rel='growth', old=ra, new=rb, value=gr, dir=d)]
    return sp


def pp_rates(g, lo, hi):
    dec = g.ch([1, 1, 2])
    u = D(10) ** -dec
    r1 = D(str(round(g.rng.uniform(lo, hi), dec))).quantize(u)
    step = D(str(round(g.rng.uniform(0.3, 6.0), dec))).quantize(u)
    if step <= 0:
        step = 3 * u
    up = g.coin(0.75)
    r0 = r1 - step if up else r1 + step
    if r0 <= 0 or r0 >= 100 or r1 >= 100:
        r0 = r1 - step
        up = True
    return r0, r1, abs(r1 - r0), dec, up


def p_pp_both(g):
    name, lo, hi = g.ch(g.src['pps'])
    r0, r1, pp, dec, up = pp_rates(g, lo, hi)
    sp = Spec()
    pst = pct_style(g)
    a, b = sp.q(r0, '', dec, pst, pct=True), sp.q(r1, '', dec, pst, pct=True)
    v = sp.q(pp, '', dec, 'plain')
    d = g.ch(['提高', '提升', '增加']) if up else g.ch(['下降', '降低'])
    d1 = {'提高': '提高到', '提升': '提升至', '增加': '增加到', '下降': '下降到', '降低': '降低至'}[d]
    tpl = g.ch(['{s}{n}由{y0}年的{a}{d1}{b}，{d}{v}个百分点。', '{n}从{a}{d1}{b}，{d}了{v}个百分点。',
                '{s}{n}达到{b}，比上年（{a}）{d}{v}个百分点。' if up else '{s}{n}为{b}，比上年（{a}）{d}{v}个百分点。'])
    sp.lines = [tpl.format(s=g.subject(), n=name, a=a, b=b, d=d, d1=d1, v=v, y0=g.year - 1)]
    sp.checks = [dict(rel='pp', old=a, new=b, value=v, dir=d)]
    return sp


def p_pp_rate(g):
    x = ratio_pair(g)
    dec = x['dec'] if x['dec'] > 0 else 1
    if dec != x['dec']:
        x = ratio_pair(g, dec=1)
        dec = 1
    u = D(10) ** -dec
    step = D(str(round(g.rng.uniform(0.3, 5.0), dec))).quantize(u)
    r1 = x['R']
    up = g.coin(0.7) and r1 - step > 0
    r0 = r1 - step if up else r1 + step
    if r0 >= 100:
        r0, up = r1 - step, True
    sp = Spec()
    st = g.style()
    d_, n_ = sp.q(x['D'], x['f'][0], x['f'][1], st), sp.q(x['N'], x['f'][0], x['f'][1], st)
    pst = pct_style(g)
    r = sp.q(r1, '', x['dec'], pst, pct=True)
    o = sp.q(r0, '', dec, pst, pct=True)
    v = sp.q(step, '', dec, 'plain')
    dw = '提高' if up else g.ch(['下降', '降低'])
    tpl = g.ch(['{s}{dp}{d}{u}，{np}{n}{u}，{name}{r}，比上年{dw}{v}个百分点（上年为{o}）。',
                '{name}达到{r}（{np}{n}{u}，{dp}{d}{u}），上年为{o}，{dw}{v}个百分点。'])
    sp.lines = [tpl.format(s=g.subject(), dp=x['den_p'], np=x['num_p'], d=d_, n=n_, u=x['unit'], name=x['name'],
                           r=r, o=o, v=v, dw=dw)]
    sp.checks = [dict(rel='rate', num=n_, den=d_, value=r), dict(rel='pp', old=o, new=r, value=v, dir=dw)]
    return sp


def p_growth_two(g):
    b = pick_b(g, pred=lambda b: b['fixed'] and len(b['parts']) == 2)
    names = b['parts']
    f = g.ch(b['fmts'])
    u = SCALE[f[0]] * D(10) ** -f[1]
    sp = Spec()
    st = g.style()
    segs0, segs1, checks = [], [], []
    for nm in names:
        for _ in range(200):
            a = max(50, g.units_range(b['lo'] / 3, b['hi'] / 2, u))
            bb = int(a * g.rng.uniform(0.75, 1.35))
            dec = g.ch([1, 1, 2])
            v = D(bb - a) / a * 100
            if bb != a and not is_tie(abs(v), dec) and abs(v) >= D('0.5'):
                break
        ra, rb = sp.q(a * u, f[0], f[1], st), sp.q(bb * u, f[0], f[1], st)
        gr = rate_slot(g, sp, q_round(abs(v), dec), dec)
        d = ('增长' if bb > a else '下降')
        segs1.append('%s%s%s、%s%s' % (nm, rb, U(b), d, gr))
        segs0.append('%s%s%s' % (nm, ra, U(b)))
        checks.append(dict(rel='growth', old=ra, new=rb, value=gr, dir=d))
    sp.lines = ['%s%s；%s。' % (g.subject() if g.coin() else '', segs1[0], segs1[1]),
                g.ch(['上年%s、%s。', '（上年分别为%s，%s）', '%d年同期：%%s，%%s。' % (g.year - 1)]) % (segs0[0], segs0[1])]
    if g.coin(0.4):
        sp.lines = [''.join(sp.lines)]
    sp.checks = checks
    return sp


def p_cn_rate(g):
    cands = [r for r in g.src['ratios'] if r[4] == COUNT or ('', 0) in r[4]]
    r = g.ch(cands)
    r = (r[0], r[1], r[2], r[3], [('', 0)], max(12, r[5]), min(r[6], 9999), r[7], r[8])
    x = ratio_pair(g, spec=r, dec=g.ch([1, 1, 2]))
    sp = Spec()
    st = g.ch(['cn', 'cn2'])
    d, n = sp.q(x['D'], '', 0, st), sp.q(x['N'], '', 0, st)
    rr = sp.q(x['R'], '', x['dec'], g.ch(['plain', 'plain', 'cn']), pct=True)
    tpl = g.ch(['{s}{dp}{d}{u}，{np}{n}{u}，{name}{r}。', '{s}{d}{u}{dp2}中，{np2}{n}{u}，{name}达{r}。'])
    sp.lines = [tpl.format(s=g.subject(), dp=r[0], dp2=r[0], np=r[1], np2=r[1].replace('其中', ''), d=d, n=n,
                           u=r[3], name=r[2], r=rr)]
    sp.checks = [dict(rel='rate', num=n, den=d, value=rr)]
    return sp


def p_malformed_base(g):
    return g.ch([p_rate_after, p_rate_before, p_pass_fail, p_growth_prev])(g)


def malform(g, sp):
    """replace one percentage of a rate/growth check by a malformed literal"""
    allrefs = [r for c in sp.checks for r in check_refs(c)]
    idx = [i for i, c in enumerate(sp.checks) if c['rel'] in ('rate', 'growth')
           and allrefs.count(MARK.fullmatch(c['value']).group(1)) == 1 and sp.slot(c['value']).pct]
    if not idx:
        raise RuntimeError('nothing to malform')
    i = g.ch(idx)
    c = sp.checks[i]
    s = sp.slot(c['value'])
    if s.style not in ('plain',):
        s.style = 'plain'
    good = s.text()
    num = good[:-1]
    kind = g.ch(['xx', 'space', 'front', 'double', 'dots', 'xx', 'space'])
    if kind == 'dots' and '.' not in num:
        kind = 'double'
    lit = {'xx': g.ch(['xx%', 'XX%', 'xx.x%', 'x%']),
           'space': num + g.ch([' %', ' %', '  %', ' ％']),
           'front': '%' + num,
           'double': num + '%%',
           'dots': num.replace('.', '..', 1)}[kind] if kind != 'dots' else num.replace('.', '..', 1) + '%'
    s.override = lit
    sp.checks[i] = dict(rel='malformed_pct', literal=c['value'])
    return 'malformed percentage %r instead of %r' % (lit, good)


# =====================================================================================
# negative builders (look-alikes that must not be flagged)
# =====================================================================================
def n_partial_list(g):
    b = pick_b(g, minparts=3, pred=lambda b: not b['fixed'])
    if b['fixed']:
        names = list(b['parts'])
    else:
        names = g.rng.sample(b['parts'], g.rng.randint(2, max(2, len(b['parts']) - 1)))
    f = g.ch(b['fmts'])
    u = SCALE[f[0]] * D(10) ** -f[1]
    k = max(40 * len(names), g.units_range(b['lo'], b['hi'], u))
    listed = int(k * g.rng.uniform(0.55, 0.93))
    pk = g.split(listed, len(names), 0.05)
    sp = Spec()
    st = g.style()
    t = sp.q(k * u, f[0], f[1], st)
    refs = [sp.q(x * u, f[0], f[1], st) for x in pk]
    body = '、'.join('%s%s%s' % (n, r, U(b)) for n, r in zip(names, refs))
    marker, tpl = g.ch([('等', '{s}{w}{t}{u}，其中{body}等。'),
                        ('主要有', '{s}{w}{t}{u}，主要有{body}。'),
                        ('数量较多的是', '{s}{w}{t}{u}，其中数量较多的是{body}。'),
                        ('其中较多的是', '{w}{t}{u}，其中较多的是{body}。'),
                        ('等', '{s}{w}{t}{u}（包括{body}等）。'),
                        ('主要有', '{s}{w}{t}{u}，其中主要有{body}。')])
    sp.lines = [tpl.format(s=g.subject(), w=b['whole'], t=t, u=U(b), body=body)]
    sp.checks = [dict(rel='neg', kind='partial_list', marker=marker, total=t, parts=refs)]
    return sp


def n_approx_total(g):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = g.style()
    refs = [sp.q(v, pf[0], pf[1], st) for v in vals]
    # the approximate total is rounded to two or three significant digits
    for _ in range(20):
        sig = g.ch([2, 2, 3])
        e = D(10) ** (T.adjusted() - sig + 1)
        marker = g.ch(['约', '近', '余', '左右', '超过', '约'])
        if marker in ('近',):
            A = (T / e).to_integral_value(rounding=ROUND_CEILING) * e
        elif marker in ('余', '超过'):
            A = (T / e).to_integral_value(rounding='ROUND_FLOOR') * e
        else:
            A = (T / e).to_integral_value(rounding=ROUND_HALF_UP) * e
        if A != T and A > 0:
            break
    else:
        raise RuntimeError('approx')
    sc = '万' if A >= 10000 and f[0] == '' and g.coin(0.5) else f[0]
    if A >= 10 ** 8 and sc != '亿' and g.coin(0.5):
        sc = '亿'
    disp = A / SCALE[sc]
    dec = max(0, -disp.normalize().as_tuple().exponent)
    t = sp.q(A, sc, dec, 'plain')
    body = '、'.join('%s%s%s' % (n, r, U(b)) for n, r in zip(names, refs))
    tt = {'约': '约' + t + U(b), '近': '近' + t + U(b), '余': t + '余' + U(b), '左右': t + U(b) + '左右',
          '超过': '超过' + t + U(b)}[marker]
    tpl = g.ch(['{s}{body}，合计{tt}。', '{s}{w}{tt}，其中{body}。', '{body}，{w}总量{tt}。'])
    sp.lines = [tpl.format(s=g.subject(), body=body, tt=tt, w=b['whole'])]
    sp.checks = [dict(rel='neg', kind='approx_total', marker=marker, total=t, parts=refs)]
    return sp


def n_overlap_subsets(g):
    whole, unit, subs = g.src['overlap']
    sp = Spec()
    st = g.style()
    k = g.rng.randint(200, 90000)
    names = g.rng.sample(subs, g.rng.randint(2, 3))
    for _ in range(50):
        vals = [int(k * g.rng.uniform(0.2, 0.75)) for _ in names]
        if sum(vals) != k:
            break
    t = sp.q(k, '', 0, st)
    refs = [sp.q(v, '', 0, st) for v in vals]
    body = '、'.join('%s%s%s' % (n, r, unit) for n, r in zip(names, refs))
    sp.lines = [g.ch(['{s}{w}{t}{u}，其中{body}。', '{w}{t}{u}。从群体看，{body}。']).format(
        s=g.subject(), w=whole, t=t, u=unit, body=body)]
    sp.checks = [dict(rel='neg', kind='overlap_subsets', total=t, parts=refs)]
    return sp


def n_cumulative(g):
    new, cum, unit, parts = g.src['cumul']
    sp = Spec()
    st = g.style()
    k = g.rng.randint(20, 5000) if unit != '亩' else g.rng.randint(2000, 900000)
    pk = g.split(k, 2, 0.1)
    c = k + g.rng.randint(int(k * 0.5) + 1, k * 8)
    refs = [sp.q(x, '', 0, st) for x in pk]
    t = sp.q(c, '', 0, st)
    body = '、'.join('%s%s%s' % (n, r, unit) for n, r in zip(parts, refs))
    sp.lines = [g.ch(['{s}{new}{body}，{cum}达到{t}{u}。', '{new}：{body}；截至年底，{cum}{t}{u}。',
                      '{s}{cum}{t}{u}，今年{body}。']).format(s=g.subject(), new=new, body=body, cum=cum, t=t,
                                                              u=unit)]
    sp.checks = [dict(rel='neg', kind='cumulative_vs_new', total=t, parts=refs)]
    return sp


def n_two_wholes(g):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = g.style()
    u = SCALE[f[0]] * D(10) ** -f[1]
    T2 = max(u, (T * D(str(round(g.rng.uniform(1.05, 1.6), 2))) / u).to_integral_value() * u)
    refs = [sp.q(v, pf[0], pf[1], st) for v in vals]
    t = sp.q(T2, f[0], f[1], st)
    body = '、'.join('%s%s%s' % (n, r, U(b)) for n, r in zip(names, refs))
    y = g.year
    p1, p2 = g.place(), g.place()
    sp.lines = [g.ch(['{y0}年，{body}；{y}年{w}{t}{u}。', '{p1}{body}；全市{w}{t}{u}。',
                      '上半年{body}；全年{w}{t}{u}。']).format(y0=y - 1, y=y, body=body, w=b['whole'], t=t, u=U(b),
                                                           p1=p1)]
    sp.checks = [dict(rel='neg', kind='two_wholes', total=t, parts=refs)]
    return sp


def n_identifier(g):
    kind = g.ch(sorted(set(k for k, _ in g.src['idents'])))
    lit = g.ch([l for k, l in g.src['idents'] if k == kind])
    sp = Spec()
    ctx = {
        'identifier': ['依据《{p}{o}工作规程》（{lit}），', '按照{lit}文件要求，', '围绕{lit}相关要求，',
                       '在{lit}项目中，'],
        'model': ['新配备{lit}设备后，', '启用{lit}标准后，', '采用{lit}型号设备，'],
        'date': ['{lit}，', '截至{lit}，', '{lit}期间，'],
        'phone': ['开通{lit}服务热线后，', '通过{lit}热线受理诉求后，', '依托{lit}平台，'],
        'one_plus_x': ['推行{lit}证书培训后，', '落实{lit}工作机制，'],
        'seven_plus_x': ['推广{lit}服务模式，', '按照{lit}工作法，'],
    }[kind]
    lead = g.ch(ctx).format(p=g.place(), o=g.ch(g.src['orgs']), lit=lit)
    tail = g.ch(['工作成效明显提升。', '群众满意度持续提高。', '各项任务顺利推进。', '办理时限进一步压缩。'])
    checks = [dict(rel='neg', kind=kind, literal=lit)]
    line = lead + tail
    if g.coin(0.75):
        # add a genuine consistent relation so that the record is not trivial
        inner = g.ch([t_qizhong, t_fenbiewei, t_bracket])(g)
        sp = inner
        sp.lines = [lead + sp.lines[0]]
        sp.checks = sp.checks + checks
        return sp
    sp.lines = [line]
    sp.checks = checks
    return sp


def n_partial_names(g):
    n = g.rng.randint(2, 4)
    names = []
    while len(names) < n:
        e = g.entity()
        if e not in names and not any(e in x or x in e for x in names):
            names.append(e)
    sp = Spec()
    c = sp.q(n + g.rng.randint(2, 30), '', 0, g.ch(['plain', 'cn']))
    word = g.ch(g.entity_word())
    sp.lines = [g.ch(['{names}等{c}{w}{tail}。', '{s}共有{c}{w}{tail}，主要有{names}等。']).format(
        names='、'.join(names), c=c, w=word, s=g.subject(),
        tail=g.ch(['纳入重点监管名单', '获评先进单位', '参与试点', '完成整改']))]
    sp.checks = [dict(rel='neg', kind='partial_names', count=c, names=names, marker='等')]
    return sp


def n_items_partial(g):
    total = g.rng.randint(5, 10)
    n = g.rng.randint(2, min(4, total - 2))
    items = g.rng.sample(g.src['items'], n)
    sp = Spec()
    c = sp.q(total, '', 0, g.ch(['cn', 'cn', 'plain']))
    marker = g.ch(['shi', 'circ', 'pa', 'pc'])
    fn, sep = ITEM_FMT[marker]
    marks = [fn(i) for i in range(1, n + 1)]
    body = sep.join(m + it for m, it in zip(marks, items))
    kw, tpl = g.ch([('主要有', '{s}全年实施{c}{w}，主要有：{body}。'),
                    ('重点', '{s}部署{c}{w}，重点是：{body}。'),
                    ('等', '{s}推进{c}{w}，{body}等。')])
    sp.lines = [tpl.format(s=g.ch(['今年', '我局', '全系统']), c=c, w=g.ch(g.src['item_word']), body=body)]
    sp.checks = [dict(rel='neg', kind='partial_items', marker=kw, count=c, span=body, item_marker=marker,
                      items=[m.strip() for m in marks])]
    return sp


def n_table_partial(g):
    b = pick_b(g, minparts=3, pred=lambda b: not b['fixed'])
    names = g.rng.sample(b['parts'], g.rng.randint(2, min(4, max(2, len(b['parts']) - 1))))
    f = g.ch(b['fmts'])
    u = D(10) ** -f[1]
    k = max(60 * len(names), g.units_range(b['lo'] / float(SCALE[f[0]]), b['hi'] / float(SCALE[f[0]]), u))
    listed = int(k * g.rng.uniform(0.55, 0.93))
    pk = g.split(listed, len(names), 0.05)
    sp = Spec()
    sep = table_sep(g)
    marker = g.ch(['主要', '重点', '其中：'])
    head = {'主要': '主要类别', '重点': '重点类别', '其中：': '其中：'}[marker]
    sp.lines = [sep.join(['%s%s情况（%s%s）' % (g.place(), b['whole'], f[0], U(b)), '%d年' % g.year])]
    t = sp.q(k * u, '', f[1], 'plain')
    refs = [sp.q(x * u, '', f[1], 'plain') for x in pk]
    sp.lines.append(sep.join([b['whole'], t]))
    sp.lines.append(head)
    sp.lines += [sep.join([nm, r]) for nm, r in zip(names, refs)]
    sp.checks = [dict(rel='neg', kind='partial_list', marker=marker, total=t, parts=refs)]
    return sp


# ---- pct negatives
def n_growth_over_100(g):
    m, unit, fmts, lo, hi = g.ch(g.src['growths'])
    f = g.ch(fmts)
    u = SCALE[f[0]] * D(10) ** -f[1]
    sp = Spec()
    st = g.style()
    for _ in range(200):
        a = max(30, g.units_range(lo, hi / 3, u))
        b = int(a * g.rng.uniform(2.05, 4.5))
        dec = g.ch([1, 1, 2])
        v = D(b - a) / a * 100
        if not is_tie(v, dec):
            break
    gr = sp.q(q_round(v, dec), '', dec, 'plain', pct=True)
    rb = sp.q(b * u, f[0], f[1], st)
    if g.coin(0.5):
        ra = sp.q(a * u, f[0], f[1], st)
        sp.lines = ['{s}{m}{rb}{u}，比上年增长{g}（上年为{ra}{u}），增幅明显。'.format(s=g.subject(), m=m, rb=rb, u=unit,
                                                                          g=gr, ra=ra)]
        sp.checks = [dict(rel='growth', old=ra, new=rb, value=gr, dir='增长')]
    else:
        sp.lines = ['{s}{m}{rb}{u}，同比增长{g}，增幅居全省首位。'.format(s=g.subject(), m=m, rb=rb, u=unit, g=gr)]
    sp.checks.append(dict(rel='neg', kind='growth_over_100', literal=gr))
    return sp


def n_pp_no_base(g):
    name, lo, hi = g.ch(g.src['pps'])
    sp = Spec()
    v = sp.q(D(str(round(g.rng.uniform(0.3, 8), 1))).quantize(D('0.1')), '', 1, 'plain')
    sp.lines = [g.ch(['{s}{n}比上年{d}{v}个百分点。', '{n}较{y0}年{d}{v}个百分点，{tail}。']).format(
        s=g.subject(), n=name, d=g.ch(['提高', '提升', '下降']), v=v, y0=g.year - 1,
        tail=g.ch(['超额完成目标', '保持全省前列', '工作成效明显']))]
    sp.checks = [dict(rel='neg', kind='pp_no_base', literal=v)]
    return sp


def n_overlap_shares(g):
    whole, subs = g.src['shares_overlap']
    names = g.rng.sample(subs, g.rng.randint(3, 4))
    sp = Spec()
    for _ in range(50):
        vals = [D(str(round(g.rng.uniform(15, 70), 1))).quantize(D('0.1')) for _ in names]
        if sum(vals) > 105:
            break
    refs = [sp.q(v, '', 1, 'plain', pct=True) for v in vals]
    sp.lines = ['{s}{w}{body}。'.format(s=g.subject() + '，' if g.coin() else '', w=whole, body='，'.join(
        '%s占%s' % (n, r) for n, r in zip(names, refs)))]
    sp.checks = [dict(rel='neg', kind='overlap_shares', values=refs)]
    return sp


def n_permille(g):
    name = g.ch(g.src['permille'])
    sp = Spec()
    lit = '%s‰' % D(str(round(g.rng.uniform(0.1, 9.5), g.ch([1, 2]))))
    sp.lines = [g.ch(['{s}{n}控制在{l}以内。', '{n}为{l}，低于全省平均水平。', '{s}{n}{l}，{tail}。']).format(
        s=g.subject(), n=name, l=lit, tail=g.ch(['处于较低水平', '较上年有所下降', '控制在目标范围内']))]
    sp.checks = [dict(rel='neg', kind='permille', literal=lit)]
    return sp


def n_no_base(g):
    names = g.rng.sample(g.src['nobase'], 2)
    sp = Spec()
    dec = g.ch([1, 2])
    refs = [sp.q(D(str(round(g.rng.uniform(40, 99), dec))).quantize(D(10) ** -dec), '', dec, 'plain', pct=True)
            for _ in names]
    if g.coin(0.5):
        sp.lines = ['{s}{a}达到{r1}，{b}达到{r2}。'.format(s=g.subject(), a=names[0], b=names[1], r1=refs[0], r2=refs[1])]
        sp.checks = [dict(rel='neg', kind='no_base', literal=r) for r in refs]
    else:
        sp.lines = ['{s}{a}达{r1}，{tail}。'.format(s=g.subject(), a=names[0], r1=refs[0],
                                                  tail=g.ch(['高于全省平均水平', '圆满完成年度目标', '稳中有升']))]
        sp.checks = [dict(rel='neg', kind='no_base', literal=refs[0])]
    return sp


def n_rate_unstated(g):
    b = pick_b(g)
    names, T, vals, f, pf = breakdown(g, b)
    sp = Spec()
    st = g.style()
    t = sp.q(T, f[0], f[1], st)
    a = sp.q(vals[0], pf[0], pf[1], st)
    other = g.ch([x for x in g.src['nobase']])
    dec = 1
    for _ in range(50):
        rv = D(str(round(g.rng.uniform(50, 99), 1)))
        if not is_tie(vals[0] / T * 100, dec) and abs(q_round(vals[0] / T * 100, dec) - rv) >= 1:
            break
    else:
        raise RuntimeError('rate_unstated')
    r = sp.q(rv, '', dec, 'plain', pct=True)
    sp.lines = ['{s}{w}{t}{u}，其中{n}{a}{u}；{o}达到{r}。'.format(s=g.subject(), w=b['whole'], t=t, u=U(b),
                                                              n=names[0], a=a, o=other, r=r)]
    sp.checks = [dict(rel='neg', kind='rate_unstated', num=a, den=t, literal=r)]
    return sp


def n_over_100(g):
    task, done, unit, fmts, lo, hi = g.ch(g.src['targets'])
    sp = Spec()
    dec = g.ch([1, 1, 2])
    v = D(str(round(g.rng.uniform(101, 160), dec))).quantize(D(10) ** -dec)
    r = sp.q(v, '', dec, 'plain', pct=True)
    sp.lines = [g.ch(['{s}完成{t}的{r}，超额完成任务。', '{t}完成率达{r}。']).format(s=g.subject(), t=task, r=r)]
    sp.checks = [dict(rel='neg', kind='over_100_no_base', literal=r)]
    return sp


# =====================================================================================
# style registry and driver
# =====================================================================================
TOTALS = [
    ('qizhong', t_qizhong, [n_partial_list, n_approx_total, n_overlap_subsets]),
    ('heji_after', t_heji_after, [n_approx_total, n_cumulative]),
    ('fenbiewei', t_fenbiewei, [n_partial_list, n_two_wholes]),
    ('bracket_parts', t_bracket, [n_partial_list, n_overlap_subsets]),
    ('header_lines', t_header_lines, [n_partial_list, n_approx_total]),
    ('flat_table', t_table, [n_table_partial, n_table_partial, n_two_wholes]),
    ('table_two_year', t_table_two_year, [n_two_wholes, n_cumulative]),
    ('numbered_items', t_numbered_items, [n_items_partial, n_items_partial, n_identifier]),
    ('named_list', t_named_list, [n_partial_names]),
    ('balance', t_balance, [n_cumulative, n_two_wholes]),
    ('from_to', t_from_to, [n_approx_total, n_two_wholes]),
    ('yoy_abs', t_yoy_abs, [n_approx_total, n_identifier]),
    ('subtotal_grand', t_subtotal, [n_partial_list, n_two_wholes]),
    ('quarters', t_quarters, [n_two_wholes, n_identifier]),
    ('separate_sentences', t_separate, [n_approx_total, n_overlap_subsets]),
    ('gender_split', t_gender, [n_overlap_subsets, n_identifier]),
    ('wan_yi_mix', t_wan_yi, [n_approx_total, n_partial_list]),
    ('cn_numerals', t_cn_numerals, [n_partial_list, n_partial_names]),
    ('fullwidth_sep', t_fullwidth_sep, [n_identifier, n_approx_total]),
]
PCTS = [
    ('rate_after', p_rate_after, [n_rate_unstated, n_no_base]),
    ('rate_before', p_rate_before, [n_no_base, n_permille]),
    ('share_bracket', p_share_bracket, [n_overlap_shares, n_rate_unstated]),
    ('two_bases', p_two_bases, [n_rate_unstated, n_overlap_shares]),
    ('pass_fail', p_pass_fail, [n_permille, n_no_base]),
    ('target_completion', p_target, [n_over_100, n_no_base]),
    ('per_capita', p_per, [n_no_base, n_growth_over_100]),
    ('shares_100', p_share100, [n_overlap_shares]),
    ('table_share', p_table_share, [n_overlap_shares, n_rate_unstated]),
    ('growth_prev', p_growth_prev, [n_growth_over_100, n_pp_no_base]),
    ('growth_from_to', p_growth_from_to, [n_growth_over_100, n_pp_no_base]),
    ('tongqi', p_tongqi, [n_growth_over_100, n_permille]),
    ('pp_both', p_pp_both, [n_pp_no_base, n_no_base]),
    ('pp_with_rate', p_pp_rate, [n_pp_no_base, n_no_base]),
    ('growth_two', p_growth_two, [n_growth_over_100, n_pp_no_base]),
    ('cn_rate', p_cn_rate, [n_no_base, n_permille]),
    ('malformed_pct', p_malformed_base, [n_permille, n_no_base]),
    ('target_growth', p_target_growth, [n_over_100, n_growth_over_100]),
]


def all_styles():
    out = []
    for cname, fn, negs in TOTALS:
        for src in SRC_ORDER:
            out.append(('totals', 'tot_%s_%s' % (cname, src), cname, fn, negs, src))
    for cname, fn, negs in PCTS:
        for src in SRC_ORDER:
            out.append(('pct', 'pct_%s_%s' % (cname, src), cname, fn, negs, src))
    return out


def describe(checks):
    rels = [c['rel'] if c['rel'] != 'neg' else 'neg:' + c['kind'] for c in checks]
    return ', '.join(rels)


def make_record(rng, family, style, cname, fn, negs, src, label):
    g = G(rng, src)
    if label == 'negative':
        nf = rng.choice(negs)
        sp = nf(g)
        note = 'look-alike (%s): %s; must not be flagged' % (nf.__name__[2:], describe(sp.checks))
    else:
        sp = fn(g)
        if label == 'consistent':
            note = 'all relations hold: %s' % describe(sp.checks)
        else:
            has_rate = any(c['rel'] in ('rate', 'growth') for c in sp.checks)
            if family == 'pct' and has_rate and (cname == 'malformed_pct' or rng.random() < 0.05):
                note = 'exactly one relation wrong: ' + malform(g, sp)
            else:
                note = 'exactly one relation wrong: ' + perturb(sp, family, rng)
    g.wrap(sp)
    lines, checks = sp.render()
    return dict(family=family, style=style, label=label, text='\n'.join(lines), note=note, checks=checks)


def generate(seed):
    recs = []
    for family, style, cname, fn, negs, src in all_styles():
        rng = random.Random('numbers40|%d|%s' % (seed, style))
        n = rng.randint(15, 18)
        k = int(D(n) * D('0.4') + D('0.5'))
        labels = ['consistent'] * k + ['inconsistent'] * k + ['negative'] * (n - 2 * k)
        rng.shuffle(labels)
        for lab in labels:
            for attempt in range(40):
                try:
                    r = make_record(rng, family, style, cname, fn, negs, src, lab)
                except RuntimeError:
                    continue
                try:
                    derived = v_record(dict(r, id='x'))
                except VErr as e:
                    derived = 'error: %s' % e
                if derived != lab:
                    raise SystemExit('generator bug in %s: wanted %s, verifier says %s\n%s' % (style, lab, derived,
                                                                                               json.dumps(r, ensure_ascii=False)))
                break
            else:
                raise SystemExit('could not build a %s record for %s' % (lab, style))
            recs.append(r)
    out = []
    for i, r in enumerate(recs, 1):
        out.append(dict(id='n40-%d-%05d' % (seed, i), **r))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--table', action='store_true', help='print the style table (markdown) for --seed')
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.seed is None:
        ap.error('--seed is required unless --verify is given')
    recs = generate(a.seed)
    if a.table:
        print_table(recs)
        return 0
    out = open(a.out, 'w', encoding='utf-8') if a.out else sys.stdout
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
    if a.out:
        out.close()
        print('wrote %d records to %s' % (len(recs), a.out), file=sys.stderr)
    return 0


def print_table(recs):
    by = {}
    for r in recs:
        by.setdefault(r['style'], []).append(r)
    print('| style | family | consistent | inconsistent | negative | example (consistent) |')
    print('|---|---|---|---|---|---|')
    for st, rs in by.items():
        cnt = {l: sum(1 for r in rs if r['label'] == l) for l in ('consistent', 'inconsistent', 'negative')}
        ex = next(r for r in rs if r['label'] == 'consistent')['text']
        ex = ex.replace('\n', ' ⏎ ').replace('|', '\\|').replace('\t', ' ⇥ ')
        if len(ex) > 110:
            ex = ex[:107] + '…'
        print('| %s | %s | %d | %d | %d | %s |' % (st, rs[0]['family'], cnt['consistent'], cnt['inconsistent'],
                                                   cnt['negative'], ex))


if __name__ == '__main__':
    sys.exit(main())
