#!/usr/bin/env python3
"""numbers37_gen.py - held-out set 37: Chinese report statements with totals and percentages.

Generate:  python3 numbers37_gen.py --seed 11 --out numbers37_seed11.jsonl
Verify:    python3 numbers37_gen.py --verify numbers37_seed11.jsonl numbers37_seed12.jsonl
Table:     python3 numbers37_gen.py --seed 11 --table   (markdown style table, for the README)

Standard library only.  Every style has its own random.Random seeded with a string
("numbers37|<seed>|<style>"), so output is deterministic per seed and independent of
PYTHONHASHSEED.  The verifier (section V) has its own number parser and recomputes every
check with Decimal / ROUND_HALF_UP; it shares no formatting code with the generator.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60
D = Decimal

# =====================================================================================
# V. VERIFIER (independent: own parser, own arithmetic)
# =====================================================================================
_V_FW = str.maketrans('０１２３４５６７８９．，％', '0123456789.,%')
_V_CNDIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
            '六': 6, '七': 7, '八': 8, '九': 9}
_V_CNUNIT = {'十': 10, '百': 100, '千': 1000}
_V_NUM = re.compile(r'^(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?')
_V_MALFORMED = [re.compile(p) for p in (
    r'^[xX]+(?:\.[xX]+)?[%％]$',  # placeholder xx% / xx.x%
    r'\d\s+[%％]$',             # 98.6 %
    r'^[%％]\d',                # %98.6
    r'[%％]{2}$',               # 98.6%%
    r'\d\.\.\d',                # 93..4%
)]


class VErr(Exception):
    pass


class VNum:
    __slots__ = ('disp', 'dp', 'mult', 'val', 'kind')

    def __init__(self, disp, dp, mult, kind):
        self.disp, self.dp, self.mult, self.kind = disp, dp, mult, kind
        self.val = disp * mult


def v_cn(s):
    total, cur = 0, 0
    for ch in s:
        if ch in _V_CNDIG:
            cur = _V_CNDIG[ch]
        elif ch in _V_CNUNIT:
            total += (cur if cur else 1) * _V_CNUNIT[ch]
            cur = 0
        else:
            raise VErr('bad chinese numeral %r' % s)
    return total + cur


def v_parse(s):
    """Parse a number string as written in the text: value, decimals, 万/亿 multiplier, kind."""
    if not isinstance(s, str) or not s:
        raise VErr('empty number %r' % (s,))
    t = s.translate(_V_FW)
    sign = 1
    if t[:1] in ('-', '−'):
        sign, t = -1, t[1:]
    m = _V_NUM.match(t)
    if m:
        ip = re.sub(r'[, ]', '', m.group(1))
        fp = m.group(2) or ''
        disp = D(ip + ('.' + fp if fp else ''))
        dp = len(fp)
        rest = t[m.end():]
    else:
        j = 0
        while j < len(t) and (t[j] in _V_CNDIG or t[j] in _V_CNUNIT):
            j += 1
        if j == 0:
            raise VErr('not a number %r' % s)
        disp, dp, rest = D(v_cn(t[:j])), 0, t[j:]
    mult, kind = D(1), 'num'
    if rest.startswith('万亿'):
        mult = D(10) ** 12
    elif rest.startswith('亿'):
        mult = D(10) ** 8
    elif rest.startswith('万'):
        mult = D(10) ** 4
    if rest.startswith('%'):
        kind = 'pct'
    elif rest.startswith('个百分点'):
        kind = 'pp'
    return VNum(disp * sign, dp, mult, kind)


def v_round(x, dp):
    return x.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def v_is_tie(x, dp):
    y = abs(x.scaleb(dp))
    return y - int(y) == D('0.5')


def v_present(text, s):
    """s occurs in text, not glued to a preceding digit / separator."""
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        prev = text[i - 1] if i > 0 else ''
        glued = prev.isdigit() or (prev in '.,．， ' and i > 1 and text[i - 2].isdigit())
        if not glued:
            return True
        start = i + 1


def _strings_of(chk):
    out = []
    for k, v in chk.items():
        if k in ('rel', 'kind', 'note', 'scale', 'sign', 'deng', 'what', 'naive'):
            continue
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, str))
    return out


def v_eval(chk, text):
    """Return True (holds) / False (fails).  Raise VErr on a malformed check."""
    rel = chk.get('rel')
    for s in _strings_of(chk):
        if rel == 'share_sum' and s == chk.get('total'):
            continue
        if not v_present(text, s):
            raise VErr('string %r of %s not in text' % (s, rel))
    if rel in ('sum', 'balance'):
        if rel == 'sum':
            plus = [v_parse(p) for p in chk['parts']]
            minus = []
            res = v_parse(chk['total'])
            if len(plus) < 2:
                raise VErr('sum with fewer than 2 parts')
        else:
            plus = [v_parse(p) for p in chk['plus']]
            minus = [v_parse(p) for p in chk.get('minus', [])]
            res = v_parse(chk['result'])
        exact = sum((p.val for p in plus), D(0)) - sum((p.val for p in minus), D(0))
        x = exact / res.mult
        if v_is_tie(x, res.dp):
            raise VErr('rounding tie in %s' % rel)
        return v_round(x, res.dp) == res.disp
    if rel == 'rate':
        num, den, r = v_parse(chk['num']), v_parse(chk['den']), v_parse(chk['rate'])
        if r.kind not in ('pct', 'num'):
            raise VErr('rate given as %s' % r.kind)
        true = num.val / den.val * 100
        return _v_close(true, r.disp, r.dp, D('0.3'))
    if rel == 'per':
        tot, cnt, val = v_parse(chk['total']), v_parse(chk['count']), v_parse(chk['value'])
        scale = D(chk.get('scale', '1'))
        true = tot.val / cnt.val * scale / val.mult
        return _v_close(true, val.disp, val.dp, abs(val.disp) * D('0.005'))
    if rel == 'growth':
        new, old, r = v_parse(chk['new']), v_parse(chk['old']), v_parse(chk['rate'])
        sign = chk.get('sign', '增长')
        if sign in ('增长', '增加', '提高', '上升'):
            stated = r.disp
        elif sign in ('下降', '减少', '降低', '回落'):
            stated = -r.disp
        else:
            raise VErr('bad growth sign %r' % sign)
        true = (new.val - old.val) / old.val * 100
        return _v_close(true, stated, r.dp, D('0.3'))
    if rel == 'pp':
        new, old, d = v_parse(chk['new']), v_parse(chk['old']), v_parse(chk['diff'])
        if d.kind != 'pp' or new.kind != 'pct' or old.kind != 'pct':
            raise VErr('pp check needs two % and 个百分点')
        sign = chk.get('sign', '提高')
        stated = d.disp if sign in ('提高', '上升', '增加', '增长') else -d.disp
        true = new.disp - old.disp
        return _v_close(true, stated, d.dp, D('0.3'))
    if rel == 'share_sum':
        parts = [v_parse(p) for p in chk['parts']]
        s = sum((p.disp for p in parts), D(0))
        target = D(chk.get('total', '100'))
        if s == target:
            return True
        if abs(s - target) < D('0.3'):
            raise VErr('share_sum off by less than 0.3: %s' % s)
        return False
    if rel in ('count_items', 'count_names'):
        n = v_parse(chk['count']).disp
        items = chk['items'] if rel == 'count_items' else chk['names']
        if len(set(items)) != len(items):
            raise VErr('duplicate items')
        if rel == 'count_names' and chk.get('deng') and n > len(items):
            raise VErr('等-list shorter than its count is a partial list (negative), not a count check')
        return n == len(items)
    if rel == 'malformed_pct':
        lit = chk['literal']
        if not any(p.search(lit) for p in _V_MALFORMED):
            raise VErr('literal %r is not malformed' % lit)
        return False
    raise VErr('unknown rel %r' % rel)


def _v_close(true, stated, dp, min_gap):
    if v_is_tie(true, dp):
        raise VErr('rounding tie (%s at %d dp)' % (true, dp))
    if v_round(true, dp) == stated:
        return True
    gap = max(D(2) * D(1).scaleb(-dp), min_gap)
    if abs(true - stated) < gap:
        raise VErr('wrong value %s too close to true %s' % (stated, v_round(true, dp + 2)))
    return False


def v_neg(chk, text):
    for s in chk.get('numbers', []):
        if not v_present(text, s):
            raise VErr('neg number %r not in text' % s)
    mk = chk.get('marker')
    if not mk or mk not in text:
        raise VErr('neg marker %r not in text' % mk)
    if 'naive' in chk:
        nv = chk['naive']
        if v_eval(nv, text):
            raise VErr('neg naive relation holds, so the record is no look-alike')


def verify_record(rec):
    """Return (derived_label, failures, errors)."""
    errors, failures, has_neg = [], [], False
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            errors.append('missing field %s' % k)
    if errors:
        return None, failures, errors
    if rec['family'] not in ('totals', 'pct'):
        errors.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        errors.append('bad label')
    if not re.fullmatch(r'[a-z][a-z0-9_]*', rec['style']):
        errors.append('style not snake_case')
    if '\n' in rec['note']:
        errors.append('note has several lines')
    nl = rec['text'].count('\n') + 1
    if not 1 <= nl <= 8:
        errors.append('text has %d lines' % nl)
    if not rec['checks']:
        errors.append('no checks')
    for i, chk in enumerate(rec['checks']):
        try:
            if chk.get('rel') == 'neg':
                v_neg(chk, rec['text'])
                has_neg = True
            elif not v_eval(chk, rec['text']):
                failures.append(i)
        except (VErr, KeyError, ZeroDivisionError, ArithmeticError, TypeError) as e:
            errors.append('check %d (%s): %s' % (i, chk.get('rel'), e))
    if len(failures) > 1:
        errors.append('%d failing checks (inconsistent needs exactly one)' % len(failures))
    if len(failures) == 1:
        derived = 'inconsistent'
    elif has_neg:
        derived = 'negative'
    else:
        derived = 'consistent'
    return derived, failures, errors


def verify_files(paths):
    bad, n, ids = 0, 0, set()
    for path in paths:
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                n += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print('%s:%d: bad JSON: %s' % (path, ln, e))
                    bad += 1
                    continue
                key = (path, rec.get('id'))
                if key in ids:
                    print('%s:%d: duplicate id %s' % (path, ln, rec.get('id')))
                    bad += 1
                ids.add(key)
                derived, failures, errors = verify_record(rec)
                if errors or derived != rec.get('label'):
                    bad += 1
                    print('%s:%d %s: label=%s derived=%s failures=%s errors=%s' % (
                        path, ln, rec.get('id'), rec.get('label'), derived, failures, errors))
    print('verified %d records in %d file(s): %d problem(s)' % (n, len(paths), bad))
    return 0 if bad == 0 else 1


# =====================================================================================
# G. GENERATOR: names, number formatting
# =====================================================================================
SYL = list('安宝昌长辰崇丹德东枫凤富高广海禾河鹤华淮吉嘉江金靖康兰乐临柳龙鹿茂梅'
           '明南宁平浦青庆泉瑞山神石双泰桐望溪祥新兴阳宜永玉云章正中舟')
SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾')
CN_ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
FWD = str.maketrans('0123456789', '０１２３４５６７８９')
COUNT_UNITS = ('个', '家', '名', '人', '项', '起', '次', '张', '所', '条', '座', '台', '批次', '户', '处', '份', '只')


def syl2(rng):
    a = rng.choice(SYL)
    b = rng.choice(SYL)
    while b == a:
        b = rng.choice(SYL)
    return a + b


def place(rng, suffix=None):
    return syl2(rng) + (suffix or rng.choice(['县', '区', '县', '市']))


def places(rng, k, suffix=None):
    out = []
    while len(out) < k:
        p = place(rng, suffix)
        if p not in out and not any(p[:2] == q[:2] for q in out):
            out.append(p)
    return out


def city(rng):
    return syl2(rng) + '市'


def person(rng):
    return rng.choice(SURN) + ''.join(rng.choice(SYL) for _ in range(rng.choice([1, 2])))


def cn_int(n, liang=False):
    """Chinese numeral for 0 < n < 10000 (liang: write 2 in the thousands as 两)."""
    n = int(n)
    if n == 0:
        return '零'
    digs = '零一二三四五六七八九'
    parts = []
    units = [(1000, '千'), (100, '百'), (10, '十'), (1, '')]
    zero = False
    started = False
    for u, name in units:
        d, n = divmod(n, u)
        if d:
            if zero and started:
                parts.append('零')
            zero = False
            if u == 10 and d == 1 and not started:
                parts.append('十')
            else:
                ch = digs[d]
                if d == 2 and u >= 1000 and liang:
                    ch = '两'
                parts.append(ch + name)
            started = True
        elif started:
            zero = True
    return ''.join(parts)


def qhu(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def tie(x, dp):
    y = abs(D(x).scaleb(dp))
    return y - int(y) == D('0.5')


def rnd(rng, lo, hi, dp):
    a, b = int(D(str(lo)).scaleb(dp)), int(D(str(hi)).scaleb(dp))
    return D(rng.randint(a, b)).scaleb(-dp)


def fmtn(v, dp, fmt, liang=False, unit=''):
    v = qhu(v, dp)
    if fmt == 'cn' and dp == 0 and 0 < v < 10000 and unit in COUNT_UNITS:
        return cn_int(v, liang)
    s = format(v, '.%df' % dp)
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    ip, _, fp = s.partition('.')
    sep = {'comma': ',', 'cncomma': '，', 'space': ' ', 'fwcomma': ','}.get(fmt)
    if sep and len(ip) >= (5 if fmt == 'space' else 4):
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = sep.join(groups)
    s = ip + ('.' + fp if fp else '')
    if fmt in ('fw', 'fwcomma'):
        s = s.translate(FWD)
    return ('-' if neg else '') + s


FMT_WEIGHTS = [('plain', 40), ('comma', 22), ('cncomma', 6), ('space', 5), ('fw', 8), ('fwcomma', 4), ('cn', 15)]


def pick_fmt(rng, allow_cn=True):
    items = [(f, w) for f, w in FMT_WEIGHTS if allow_cn or f != 'cn']
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return 'plain'


# =====================================================================================
# G. GENERATOR: record model (slots = numbers, checks refer to slots by token)
# =====================================================================================
TOK = re.compile('⟦(\\w+)⟧')


class Retry(Exception):
    pass


class Model:
    def __init__(self, rng, dom, fmt):
        self.rng, self.dom, self.fmt = rng, dom, fmt
        self.slots, self.lines, self.checks = {}, [], []
        self.pre, self.post = [], []
        self.note = ''
        self.changed = None
        self.fw_pct = fmt in ('fw', 'fwcomma') and rng.random() < 0.6
        self.no_ctx = False

    # a number in the text
    def n(self, name, value, dp, unit='', kind='num', pert=True, fmt=None, maxv=None, dirn=None):
        value = D(value)
        if kind == 'num' and value <= 0:
            raise Retry('non-positive value')
        self.slots[name] = dict(v=qhu(value, dp), dp=dp, unit=unit, kind=kind, pert=pert, fmt=fmt,
                                maxv=maxv, dirn=dirn, liang=self.rng.random() < 0.6)
        return '⟦%s⟧' % name

    def pct(self, name, value, dp, pert=True, maxv=None):
        return self.n(name, value, dp, '%', 'pct', pert, maxv=maxv)

    def rs(self, name):
        sl = self.slots[name]
        fmt = sl['fmt'] or self.fmt
        unit = sl['unit']
        if sl['kind'] in ('pct', 'pp'):
            if fmt == 'cn':
                fmt = 'plain'
            if fmt in ('comma', 'cncomma', 'space'):
                fmt = 'plain'
            if unit == '%' and self.fw_pct:
                unit = '％'
        return fmtn(sl['v'], sl['dp'], fmt, sl['liang'], unit) + unit

    def sub(self, x, strs):
        if isinstance(x, str):
            return TOK.sub(lambda m: strs[m.group(1)], x)
        if isinstance(x, list):
            return [self.sub(y, strs) for y in x]
        if isinstance(x, dict):
            return {k: self.sub(v, strs) for k, v in x.items()}
        return x

    def render(self):
        strs = {k: self.rs(k) for k in self.slots}
        lines = self.sub(self.pre + self.lines + self.post, strs)
        return '\n'.join(lines), self.sub(self.checks, strs)

    def check(self, **kw):
        self.checks.append(kw)

    # ---- make exactly one number wrong ----
    def perturb(self):
        dumped = [json.dumps(c, ensure_ascii=False) for c in self.checks if c['rel'] != 'neg']
        cands = [k for k, sl in self.slots.items()
                 if sl['pert'] and sum(('⟦%s⟧' % k) in d for d in dumped) == 1]
        if not cands:
            raise Retry('nothing to perturb')
        k = self.rng.choice(cands)
        sl = self.slots[k]
        old = sl['v']
        sl['v'] = self.mutate(sl)
        if sl['v'] == old:
            raise Retry('no change')
        self.changed = (k, old, sl['v'], sl['unit'])

    def mutate(self, sl):
        rng, v, dp = self.rng, sl['v'], sl['dp']
        unit = D(1).scaleb(-dp)
        if sl['kind'] in ('pct', 'pp'):
            thr = max(2 * unit, D('0.3'))
            delta = qhu(thr + rnd(rng, 0, 2.4, 1) + rng.choice([0, 1, 2, 3]) * unit, dp)
            new = v + delta if rng.random() < 0.5 else v - delta
            if sl['maxv'] is not None and new > sl['maxv']:
                new = v - delta
            if new <= 0:
                new = v + delta
            return qhu(new, dp)
        if sl['kind'] == 'count':
            if sl['dirn'] == 'down':
                new = v - rng.choice([1, 1, 2])
            else:
                new = v + rng.choice([-2, -1, -1, 1, 1, 2])
            if new < 1:
                new = v + 1
            return new
        n = int(v.scaleb(dp))
        way = rng.random()
        ds = list(str(n))
        if way < 0.45 and len(ds) >= 2:
            i = rng.randrange(1, len(ds)) if rng.random() < 0.8 else 0
            choices = [c for c in '0123456789' if c != ds[i] and not (i == 0 and c == '0')]
            ds[i] = rng.choice(choices)
            new = int(''.join(ds))
        elif way < 0.6 and len(ds) >= 2:
            pairs = [i for i in range(len(ds) - 1) if ds[i] != ds[i + 1] and not (i == 0 and ds[1] == '0')]
            if not pairs:
                raise Retry('no swap')
            i = rng.choice(pairs)
            ds[i], ds[i + 1] = ds[i + 1], ds[i]
            new = int(''.join(ds))
        else:
            delta = max(1, int(n * rng.uniform(0.01, 0.12)))
            new = n + delta if rng.random() < 0.5 else n - delta
        if new <= 0:
            new = n + max(1, n // 10)
        return D(new).scaleb(-dp)


# =====================================================================================
# G. GENERATOR: domain data (five sources)
# sum frame: (head text before total, noun, unit, dp, parts) ; parts = [(name, lo, hi)] or ('P', suffix, lo, hi)
# =====================================================================================
DOMS = {
    'health': dict(
        title='卫生健康', src='卫生健康委员会', short='卫健',
        phrases=['医疗服务体系持续完善', '基层卫生服务能力提升', '公共卫生体系建设', '卫生资源配置情况',
                 '妇幼健康服务', '家庭医生签约服务'],
        meetings=['卫生健康工作会议', '医改工作推进会', '基层卫生专题会'],
        sum=[
            ('全市共有医疗卫生机构', '医疗卫生机构', '个', 0,
             [('医院', 30, 140), ('基层医疗卫生机构', 900, 3200), ('专业公共卫生机构', 20, 80), ('其他医疗卫生机构', 5, 40)]),
            ('全市医疗卫生机构实有床位', '床位', '张', 0,
             [('医院', 9000, 32000), ('基层医疗卫生机构', 2500, 9000), ('专业公共卫生机构', 300, 1800), ('其他医疗卫生机构', 50, 400)]),
            ('全市共有卫生技术人员', '卫生技术人员', '人', 0,
             [('执业（助理）医师', 6000, 20000), ('注册护士', 7000, 26000), ('药师（士）', 800, 3000),
              ('技师（士）', 700, 2600), ('其他卫生技术人员', 500, 2500)]),
            ('全年总诊疗', '诊疗人次', '万人次', 1,
             [('医院', 600, 2600), ('基层医疗卫生机构', 500, 2200), ('专业公共卫生机构', 20, 160)]),
            ('全市组建家庭医生签约服务团队', '签约服务团队', '个', 0, ('P', None, 40, 260)),
            ('全年孕产妇系统管理', '系统管理孕产妇', '人', 0, ('P', None, 800, 6000)),
        ],
        mf=[('全市卫生技术人员', '人', 0, 8000, 60000, 0.25, 0.4), ('全市家庭医生', '名', 0, 300, 3000, 0.4, 0.6)],
        bal=[('ie', '城乡居民基本医疗保险基金', '亿元', 2, 20, 90, ('收入', '支出', '当期结余')),
             ('stock', '医疗卫生机构床位', '张', 0, 12000, 45000, ('年初', '新增', '减少', '年末'))],
        growth=[('总诊疗人次', '万人次', 800, 5000, 1, -8, 15), ('医疗卫生机构床位', '张', 10000, 50000, 0, 1, 8),
                ('卫生技术人员', '人', 10000, 60000, 0, 1, 9), ('出院人数', '万人', 20, 180, 2, -5, 12)],
        rate=[('常住人口', '家庭医生签约', '家庭医生签约率', '人', 0, 200000, 2000000, 35, 75),
              ('活产数', '系统管理孕产妇', '孕产妇系统管理率', '人', 0, 3000, 30000, 88, 99),
              ('65岁及以上老年人', '纳入健康管理', '老年人健康管理率', '人', 0, 50000, 400000, 60, 82),
              ('高血压患者', '规范管理', '高血压患者规范管理率', '人', 0, 30000, 300000, 62, 85)],
        pf=[('抽检药品', '批次', 200, 1500, 96, 99.6, '合格', '不合格'),
            ('检测生活饮用水水样', '份', 100, 900, 90, 99, '合格', '不合格')],
        target=[('老年人健康体检', '人', 0, 20000, 200000, 85, 112), ('医疗卫生项目投资计划', '万元', 0, 5000, 60000, 80, 118)],
        per=[('全市常住人口{C}，医疗卫生机构床位{T}，每千人口床位数{V}', '万人', 60, 800, 2, '张', 0, '张', 2, 4.5, 8.0, 1000),
             ('全市常住人口{C}，执业（助理）医师{T}，每千人口执业（助理）医师{V}', '万人', 60, 800, 2, '人', 0, '人', 2, 2.2, 3.8, 1000),
             ('全市常住人口{C}，注册全科医生{T}，每万人口全科医生{V}', '万人', 60, 800, 2, '名', 0, '名', 2, 2.0, 4.5, 10000)],
        pp=[('家庭医生签约率', 35, 80, 1), ('孕产妇系统管理率', 88, 97, 2), ('基层诊疗量占比', 45, 70, 1)],
        share=[('全市医疗卫生机构床位', ['医院', '基层医疗卫生机构', '专业公共卫生机构']),
               ('卫生技术人员', ['执业（助理）医师', '注册护士', '其他卫生技术人员'])],
        items=[('卫生健康重点项目', ['新建乡镇卫生院业务用房', '改造提升村卫生室', '建设县域医共体信息平台',
                                '购置负压救护车', '改扩建妇幼保健院', '建设精神卫生中心'])],
        named=[('通过二级甲等医院评审', '家', '医院', 'hosp'), ('获评群众满意的乡镇卫生院', '家', '卫生院', 'thc')],
        overlap=('全市卫生技术人员', '人', ['女性', '本科及以上学历', '中级及以上职称', '35岁以下']),
        bare=[('家庭医生重点人群签约率达到', 70, 95, 1), ('孕产妇系统管理率为', 90, 99, 2), ('居民健康素养水平达到', 20, 35, 2)],
        permille=['婴儿死亡率为{x}‰', '5岁以下儿童死亡率为{x}‰', '人口出生率为{x}‰'],
    ),
    'stats': dict(
        title='国民经济和社会发展', src='统计局', short='统计',
        phrases=['综合', '农业', '工业和建筑业', '固定资产投资', '国内贸易', '人民生活'],
        meetings=['经济运行分析会', '统计工作会议', '重点项目调度会'],
        sum=[
            ('全年实现地区生产总值', '地区生产总值', '亿元', 2,
             [('第一产业增加值', 80, 420), ('第二产业增加值', 500, 2100), ('第三产业增加值', 700, 2800)]),
            ('全年社会消费品零售总额', '社会消费品零售总额', '亿元', 1,
             [('城镇消费品零售额', 300, 1500), ('乡村消费品零售额', 60, 300)]),
            ('全年社会消费品零售总额', '社会消费品零售总额', '亿元', 1, [('商品零售额', 300, 1500), ('餐饮收入', 40, 220)]),
            ('全市共有规模以上工业企业', '规模以上工业企业', '家', 0,
             [('采矿业', 10, 60), ('制造业', 300, 1500), ('电力、热力、燃气及水生产和供应业', 15, 60)]),
            ('全年重点项目完成投资', '重点项目投资', '亿元', 1,
             [('产业项目', 80, 400), ('基础设施项目', 60, 300), ('社会民生项目', 20, 120), ('生态环保项目', 10, 80)]),
            ('全年新登记市场主体', '新登记市场主体', '户', 0, ('P', None, 1200, 9000)),
        ],
        mf=[('全市常住人口', '万人', 2, 80, 900, 0.49, 0.52), ('全市城镇新增就业人员', '人', 0, 20000, 90000, 0.45, 0.58)],
        bal=[('stock', '实有市场主体', '户', 0, 60000, 400000, ('年初', '新登记', '注销', '年末')),
             ('stock', '金融机构本外币存款余额', '亿元', 1, 1500, 9000, ('年初', '增加', '减少', '年末'))],
        growth=[('地区生产总值', '亿元', 800, 6000, 2, 2, 9), ('社会消费品零售总额', '亿元', 300, 2500, 1, -5, 12),
                ('城镇居民人均可支配收入', '元', 30000, 65000, 0, 3, 8), ('农村居民人均可支配收入', '元', 15000, 32000, 0, 4, 10),
                ('固定资产投资', '亿元', 300, 3000, 1, -6, 14)],
        rate=[('规模以上工业企业', '亏损企业', '亏损面', '家', 0, 400, 2000, 5, 25),
              ('常住人口', '城镇人口', '常住人口城镇化率', '万人', 2, 80, 900, 45, 78),
              ('规模以上工业企业', '研发活动企业', '有研发活动企业占比', '家', 0, 400, 2000, 25, 60)],
        pf=[('抽查统计调查对象', '家', 100, 600, 90, 99, '数据质量合格', '数据质量不合格')],
        target=[('重点项目年度投资计划', '亿元', 1, 50, 500, 88, 125), ('城镇新增就业目标', '人', 0, 10000, 80000, 95, 130)],
        per=[('全市常住人口{C}，实现地区生产总值{T}，人均地区生产总值{V}', '万人', 60, 800, 2, '亿元', 2, '元', 0, 45000, 120000, 1),
             ('农村居民人均可支配收入{C}，城镇居民人均可支配收入{T}，城乡居民收入比为{V}', '元', 15000, 30000, 0, '元', 0, '', 2, 1.6, 2.6, 1),
             ('全市常住人口{C}，社会消费品零售总额{T}，人均社会消费品零售额{V}', '万人', 60, 800, 2, '亿元', 1, '元', 0, 15000, 45000, 1)],
        pp=[('常住人口城镇化率', 45, 78, 2), ('第三产业增加值占地区生产总值比重', 40, 62, 1), ('民间投资占固定资产投资比重', 40, 65, 1)],
        share=[('三次产业结构', ['第一产业', '第二产业', '第三产业']), ('社会消费品零售总额', ['城镇', '乡村'])],
        items=[('民生实事项目', ['改造老旧小区', '新建农贸市场', '建设社区养老服务站', '新建城市停车场', '提升农村公路', '新建城市书房'])],
        named=[('入选省级专精特新中小企业', '家', '企业', 'firm'), ('获评省级特色产业园区', '个', '园区', 'park')],
        overlap=('全市规模以上工业企业', '家', ['高新技术企业', '专精特新企业', '产值超亿元企业', '出口企业']),
        bare=[('常住人口城镇化率为', 45, 78, 2), ('居民消费价格指数同比上涨', 0.5, 3.5, 1), ('城镇调查失业率为', 4, 6, 1)],
        permille=['人口出生率为{x}‰', '人口自然增长率为{x}‰', '人口死亡率为{x}‰'],
    ),
    'trade': dict(
        title='对外贸易和口岸', src='商务局', short='商务',
        phrases=['对外贸易', '利用外资', '口岸建设', '港口生产', '开放平台'],
        meetings=['外贸形势分析会', '口岸工作联席会议', '招商引资推进会'],
        sum=[
            ('全年进出口总额', '进出口总额', '亿元', 1, [('出口', 150, 900), ('进口', 80, 700)]),
            ('全年实际利用外资', '实际利用外资', '万美元', 0, [('制造业', 3000, 40000), ('服务业', 5000, 60000), ('其他行业', 300, 3000)]),
            ('全年完成集装箱吞吐量', '集装箱吞吐量', '万标箱', 1, ('P', '港区', 10, 260)),
            ('全年完成港口货物吞吐量', '货物吞吐量', '万吨', 1, [('内贸', 1500, 9000), ('外贸', 800, 6000)]),
            ('全市有进出口实绩的企业', '外贸企业', '家', 0, [('国有企业', 5, 40), ('外商投资企业', 60, 400), ('民营企业', 400, 2500)]),
            ('全年进出口总额', '进出口总额', '亿元', 1, [('一般贸易', 100, 700), ('加工贸易', 30, 300), ('其他贸易方式', 10, 90)]),
        ],
        mf=[('全市外贸企业从业人员', '人', 0, 3000, 40000, 0.45, 0.6), ('口岸查验人员', '人', 0, 200, 1800, 0.6, 0.8)],
        bal=[('trade', '货物贸易', '亿元', 1, 100, 800, ('出口', '进口', '贸易顺差')),
             ('stock', '外商投资企业', '家', 0, 300, 2500, ('年初', '新设', '注销', '年末'))],
        growth=[('进出口总额', '亿元', 200, 1500, 1, -15, 25), ('出口', '亿元', 100, 900, 1, -12, 28),
                ('实际利用外资', '万美元', 10000, 120000, 0, -20, 30), ('集装箱吞吐量', '万标箱', 50, 900, 1, -5, 15)],
        rate=[('进出口总额', '对“一带一路”沿线国家进出口', '占比', '亿元', 1, 200, 1500, 25, 55),
              ('进出口总额', '出口', '出口占比', '亿元', 1, 200, 1500, 45, 75),
              ('外贸企业', '有出口实绩的民营企业', '占比', '家', 0, 500, 3000, 55, 85)],
        pf=[('检验进出口商品', '批次', 300, 3000, 95, 99.6, '合格', '不合格')],
        target=[('外贸进出口年度目标', '亿元', 1, 100, 1200, 85, 118), ('实际利用外资目标', '万美元', 0, 10000, 90000, 80, 125)],
        per=[('全市外贸企业{C}，实现进出口总额{T}，平均每家企业进出口额{V}', '家', 500, 3000, 0, '亿元', 1, '万元', 1, 800, 6000, 1),
             ('全市常住人口{C}，进出口总额{T}，人均进出口额{V}', '万人', 60, 800, 2, '亿元', 1, '元', 0, 3000, 30000, 1)],
        pp=[('民营企业进出口占比', 40, 80, 1), ('一般贸易占进出口总额比重', 50, 80, 1), ('集装箱铁水联运占比', 5, 30, 1)],
        share=[('进出口总额', ['一般贸易', '加工贸易', '其他贸易方式']), ('进出口总额', ['民营企业', '外商投资企业', '国有企业'])],
        items=[('口岸基础设施项目', ['扩建集装箱堆场', '建设智慧口岸平台', '改造查验场地', '新建冷链监管仓', '疏浚进港航道', '建设保税物流中心'])],
        named=[('获评省级外贸转型升级基地', '个', '基地', 'park'), ('通过海关AEO高级认证', '家', '企业', 'firm')],
        overlap=('全市外贸企业', '家', ['进出口额超亿元企业', '跨境电商企业', 'AEO认证企业', '新增备案企业']),
        bare=[('一般贸易占进出口总额比重为', 50, 80, 1), ('民营企业进出口占比达到', 45, 80, 1), ('外贸依存度为', 10, 45, 1)],
        permille=['出口商品检验不合格率为{x}‰', '集装箱查验差错率为{x}‰'],
    ),
    'energy': dict(
        title='能源和电力', src='发展和改革委员会', short='能源',
        phrases=['电力生产', '电力消费', '天然气供应', '新能源发展', '能源保供'],
        meetings=['迎峰度夏保供会', '能源工作会议', '电力运行调度会'],
        sum=[
            ('全年全社会用电量', '全社会用电量', '亿千瓦时', 2,
             [('第一产业用电量', 2, 15), ('第二产业用电量', 120, 600), ('第三产业用电量', 40, 220), ('城乡居民生活用电量', 40, 200)]),
            ('全年发电量', '发电量', '亿千瓦时', 2, [('火电', 80, 500), ('水电', 10, 120), ('风电', 10, 90), ('光伏发电', 5, 60)]),
            ('全年天然气消费量', '天然气消费量', '亿立方米', 2,
             [('城市燃气', 2, 15), ('工业用气', 3, 20), ('发电用气', 1, 12), ('交通用气', 0.3, 3)]),
            ('全市新能源装机容量', '新能源装机容量', '万千瓦', 1, [('风电', 40, 400), ('光伏发电', 60, 500), ('生物质发电', 5, 40)]),
            ('全市建成公共充电桩', '公共充电桩', '个', 0, ('P', None, 300, 3000)),
        ],
        mf=[('全市电力行业职工', '人', 0, 2000, 15000, 0.6, 0.8), ('燃气行业从业人员', '人', 0, 800, 6000, 0.55, 0.75)],
        bal=[('stock', '电煤库存', '万吨', 1, 30, 300, ('年初', '调入', '消耗', '年末')),
             ('stock', '储气设施储量', '万立方米', 0, 500, 6000, ('年初', '注入', '采出', '年末'))],
        growth=[('全社会用电量', '亿千瓦时', 200, 1200, 2, -3, 12), ('天然气消费量', '亿立方米', 5, 50, 2, -5, 18),
                ('新能源发电量', '亿千瓦时', 10, 200, 2, 5, 40), ('工业用电量', '亿千瓦时', 100, 700, 2, -4, 10)],
        rate=[('发电量', '清洁能源发电量', '清洁能源发电占比', '亿千瓦时', 2, 200, 1000, 20, 60),
              ('全社会用电量', '工业用电量', '工业用电占比', '亿千瓦时', 2, 200, 1200, 45, 75),
              ('天然气用户', '完成安全检查的用户', '安检覆盖率', '户', 0, 50000, 600000, 85, 99)],
        pf=[('抽检电能表', '只', 500, 5000, 97, 99.8, '合格', '不合格'), ('检测燃气器具', '台', 200, 2000, 92, 99, '合格', '不合格')],
        target=[('天然气保供目标', '亿立方米', 2, 5, 40, 92, 115), ('电网建设投资计划', '亿元', 1, 10, 120, 85, 120)],
        per=[('全市常住人口{C}，全社会用电量{T}，人均用电量{V}', '万人', 60, 800, 2, '亿千瓦时', 2, '千瓦时', 0, 4000, 9000, 1),
             ('全市常住人口{C}，城乡居民生活用电量{T}，人均生活用电量{V}', '万人', 60, 800, 2, '亿千瓦时', 2, '千瓦时', 0, 600, 1400, 1)],
        pp=[('清洁能源发电量占比', 20, 60, 1), ('非化石能源消费比重', 15, 40, 1), ('电能占终端能源消费比重', 20, 35, 1)],
        share=[('全社会用电量', ['第一产业', '第二产业', '第三产业', '城乡居民生活']), ('发电量', ['火电', '水电', '风电', '光伏发电'])],
        items=[('电网和能源项目', ['新建110千伏变电站', '改造农村配电网', '建设分布式光伏', '新建天然气门站', '建设储能电站', '建设充换电站'])],
        named=[('建成投运光伏电站', '座', '电站', 'station'), ('纳入有序用电重点保障的企业', '家', '企业', 'firm')],
        overlap=('全市公共充电桩', '个', ['直流快充桩', '高速公路服务区充电桩', '新增充电桩', '居住区充电桩']),
        bare=[('电网供电可靠率达到', 99.5, 99.98, 2), ('非化石能源消费比重为', 15, 40, 1), ('综合线损率为', 3, 7, 2)],
        permille=['变压器故障率为{x}‰'],
    ),
    'forest': dict(
        title='林业和生态', src='林业局', short='林业',
        phrases=['国土绿化', '林长制', '森林防火', '森林资源保护', '林业产业'],
        meetings=['林长制工作会议', '森林防火工作会', '国土绿化推进会'],
        sum=[
            ('全年完成造林', '造林面积', '万亩', 2, [('人工造林', 2, 20), ('封山育林', 1, 12), ('退化林修复', 1, 10), ('飞播造林', 0.5, 6)]),
            ('全市设立各级林长', '林长', '名', 0, [('市级林长', 8, 30), ('县级林长', 60, 300), ('乡级林长', 400, 1800), ('村级林长', 1500, 6000)]),
            ('全年发生森林火灾', '森林火灾', '起', 0, [('一般森林火灾', 2, 30), ('较大森林火灾', 1, 6)]),
            ('全年完成森林抚育', '森林抚育', '亩', 0, ('P', None, 3000, 40000)),
            ('全年义务植树', '义务植树', '万株', 1, ('P', None, 20, 300)),
            ('全市聘用生态护林员', '生态护林员', '名', 0, ('P', None, 80, 900)),
        ],
        mf=[('全市生态护林员', '名', 0, 300, 3000, 0.6, 0.85), ('全市各级林长', '名', 0, 1500, 8000, 0.7, 0.88)],
        bal=[('stock', '林地面积', '万亩', 2, 200, 1500, ('年初', '新增', '减少', '年末')),
             ('ie', '森林植被恢复费', '万元', 0, 2000, 30000, ('收入', '支出', '结余'))],
        growth=[('造林面积', '万亩', 5, 40, 2, -20, 30), ('义务植树', '万株', 50, 500, 1, -10, 20),
                ('林下经济产值', '亿元', 5, 80, 2, 3, 20), ('林业产业总产值', '亿元', 50, 600, 1, 2, 15)],
        rate=[('造林面积', '成活面积', '造林成活率', '亩', 0, 5000, 80000, 85, 98),
              ('森林火灾', '24小时内扑灭的森林火灾', '24小时扑灭率', '起', 0, 12, 80, 80, 99),
              ('国有林场', '完成改革的国有林场', '改革完成率', '个', 0, 12, 80, 60, 98)],
        pf=[('抽检苗木', '批次', 80, 600, 90, 99, '合格', '不合格'), ('检查林木采伐作业', '处', 50, 400, 85, 98, '合规', '不合规')],
        target=[('年度造林任务', '万亩', 2, 2, 30, 95, 135), ('森林抚育任务', '亩', 0, 5000, 60000, 90, 130)],
        per=[('全市生态护林员{C}，管护林地{T}，人均管护面积{V}', '名', 300, 3000, 0, '万亩', 2, '亩', 0, 800, 3000, 1),
             ('全市常住人口{C}，义务植树{T}，人均植树{V}', '万人', 60, 800, 2, '万株', 1, '株', 2, 1.5, 4.5, 1)],
        pp=[('森林覆盖率', 35, 72, 2), ('草原综合植被盖度', 60, 85, 1), ('湿地保护率', 45, 70, 1)],
        share=[('完成造林面积', ['人工造林', '封山育林', '退化林修复']), ('林地面积', ['乔木林地', '竹林地', '灌木林地', '其他林地'])],
        items=[('林业生态项目', ['实施国土绿化', '建设森林防火通道', '修复退化林', '建设林业有害生物监测站', '建设国家储备林', '建设森林步道'])],
        named=[('获评省级森林乡镇', '个', '乡镇', 'town'), ('建成国家级示范林场', '个', '林场', 'farm')],
        overlap=('全市各级林长', '名', ['女性', '中共党员', '35岁以下', '新任']),
        bare=[('森林覆盖率达到', 35, 72, 2), ('林木绿化率为', 40, 75, 2), ('森林火灾受害率控制在', 0.1, 0.9, 2)],
        permille=['森林火灾受害率为{x}‰', '林业有害生物成灾率为{x}‰'],
    ),
}
DOM_ORDER = ['health', 'stats', 'trade', 'energy', 'forest']
YEARS = [2021, 2022, 2023, 2024]


def named_one(rng, kind):
    p = syl2(rng)
    if kind == 'hosp':
        return p + rng.choice(['县人民医院', '区人民医院', '市中医院', '县中医院', '区妇幼保健院', '市第二人民医院'])
    if kind == 'thc':
        return p + rng.choice(['镇卫生院', '乡卫生院', '镇中心卫生院'])
    if kind == 'firm':
        return p + rng.choice(['科技', '精工', '新材', '智能', '食品', '机电', '能源', '实业']) + rng.choice(['有限公司', '股份有限公司', '集团'])
    if kind == 'park':
        return p + rng.choice(['经济开发区', '工业园区', '产业园', '物流园'])
    if kind == 'station':
        return p + rng.choice(['光伏电站', '农光互补电站', '渔光互补电站'])
    if kind == 'town':
        return p + rng.choice(['镇', '乡', '街道'])
    if kind == 'farm':
        return p + rng.choice(['国有林场', '林场'])
    return p


def named_list(rng, kind, k):
    out = []
    while len(out) < k:
        x = named_one(rng, kind)
        if x not in out and not any(x[:2] == y[:2] for y in out):
            out.append(x)
    return out


# =====================================================================================
# G. GENERATOR: helpers shared by builders
# =====================================================================================
def umult(unit):
    if unit.startswith('万亿'):
        return D(10) ** 12
    if unit.startswith('亿'):
        return D(10) ** 8
    if unit.startswith('万'):
        return D(10) ** 4
    return D(1)


def ctx_line(rng, dom, y, kind=None):
    kind = kind or rng.choice(['head', 'head', 'sub', 'src', 'date', 'meet', 'note', 'bulletin'])
    c = city(rng)
    if kind == 'head':
        return '%s、%s' % (rng.choice(CN_ORD[:8]), rng.choice([dom['title'], dom['title'] + '事业', dom['title'] + '发展情况']))
    if kind == 'sub':
        return '（%s）%s' % (rng.choice(CN_ORD[:8]), rng.choice(dom['phrases']))
    if kind == 'src':
        forms = ['数据来源：%s%s', '供稿单位：%s%s'] + ([] if dom['src'] == '统计局' else ['资料来源：%s%s、统计局'])
        return rng.choice(forms) % (c, dom['src'])
    if kind == 'date':
        return '%s%s  %d年%d月%d日' % (c, dom['src'], y + 1, rng.randint(1, 4), rng.randint(1, 28))
    if kind == 'meet':
        return '全年召开%s%d次，研究部署重点工作。' % (rng.choice(dom['meetings']), rng.randint(2, 12))
    if kind == 'note':
        return rng.choice(['注：本部分数据为年度快报数。', '注：表中数据来自部门统计年报。', '以上数据由%s提供。' % dom['src']])
    return '%s%d年%s统计公报（摘要）' % (c, y, dom['title'])


def add_ctx(m):
    if m.no_ctx:
        return
    room = 8 - len(m.lines)
    npre = min(room, m.rng.choice([0, 1, 1, 2]))
    npost = min(room - npre, m.rng.choice([0, 0, 1]))
    used = set()
    for _ in range(npre):
        k = m.rng.choice([x for x in ['head', 'sub', 'src', 'date', 'bulletin', 'meet'] if x not in used])
        used.add(k)
        m.pre.append(ctx_line(m.rng, m.dom, m.y, k))
    for _ in range(npost):
        k = m.rng.choice([x for x in ['src', 'note', 'meet'] if x not in used])
        used.add(k)
        m.post.append(ctx_line(m.rng, m.dom, m.y, k))


def sum_frame(m, frames=None, kmax=5):
    rng = m.rng
    head, noun, unit, dp, parts = rng.choice(frames or m.dom['sum'])
    if isinstance(parts, tuple):
        _, suf, lo, hi = parts
        k = rng.randint(3, kmax)
        names = places(rng, k, suf)
        vals = [rnd(rng, lo, hi, dp) for _ in names]
    else:
        names = [p[0] for p in parts]
        vals = [rnd(rng, p[1], p[2], dp) for p in parts]
    return dict(head=head, noun=noun, unit=unit, dp=dp, names=names, vals=vals, total=sum(vals, D(0)),
                is_place=isinstance(parts, tuple))


def rate_of(num, den, dp):
    x = D(num) / D(den) * 100
    if tie(x, dp):
        raise Retry('tie')
    return qhu(x, dp)


def seq_markers(rng, k):
    kind = rng.choice(['shi', 'shi', 'circ', 'par_ar', 'par_cn', 'dot'])
    if kind == 'shi':
        return kind, [CN_ORD[i] + '是' for i in range(k)]
    if kind == 'circ':
        return kind, ['①②③④⑤⑥⑦⑧'[i] for i in range(k)]
    if kind == 'par_ar':
        return kind, ['（%d）' % (i + 1) for i in range(k)]
    if kind == 'par_cn':
        return kind, ['（%s）' % CN_ORD[i] for i in range(k)]
    return kind, ['%d.' % (i + 1) for i in range(k)]


def joinlist(rng, xs):
    if len(xs) >= 2 and rng.random() < 0.35:
        return '、'.join(xs[:-1]) + '和' + xs[-1]
    return '、'.join(xs)


# =====================================================================================
# G. GENERATOR: totals builders (consistent; the driver perturbs one number for inconsistent)
# =====================================================================================
def t_qizhong(m):
    f, rng = sum_frame(m), m.rng
    T = m.n('T', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    sep = rng.choice(['，其中', '。其中，', '，其中：', '；其中'])
    body = joinlist(rng, [n + p for n, p in zip(f['names'], ps)])
    lead = rng.choice(['', '%d年，' % m.y, '截至%d年底，' % m.y])
    head = f['head'][2:] if lead and f['head'].startswith('全年') else f['head']
    m.lines.append(lead + head + T + sep + body + '。')
    m.check(rel='sum', parts=ps, total=T)
    m.note = '其中 list of %d parts under %s' % (len(ps), f['noun'])


def t_heji(m):
    f, rng = sum_frame(m), m.rng
    T = m.n('T', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    kw = rng.choice(['合计', '共计', '总计', '累计', '以上合计', '各项合计'])
    body = '，'.join(n + p for n, p in zip(f['names'], ps))
    tail = rng.choice(['，%s%s%s。' % (kw, f['noun'], T), '，%s%s。' % (kw, T), '；%s%s。' % (kw, T)])
    m.lines.append(rng.choice(['%d年，' % m.y, '全年', '']) + body + tail)
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'parts listed first, %s after' % kw


def t_fenbie(m):
    f, rng = sum_frame(m), m.rng
    T = m.n('T', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    names = '、'.join(f['names'][:-1]) + '和' + f['names'][-1]
    vals = '、'.join(ps[:-1]) + rng.choice(['、', '和']) + ps[-1]
    verb = rng.choice(['分别为', '分别是', '依次为'])
    if rng.random() < 0.5:
        m.lines.append('%s%s。%s%s%s。' % (f['head'], T, names, verb, vals))
    else:
        m.lines.append('%s%s%s，%s%s%s。' % (names, verb, vals, rng.choice(['共计', '合计', '总计']), f['noun'], T))
    m.check(rel='sum', parts=ps, total=T)
    m.note = '分别为 list of %d values' % len(ps)


def t_bracket(m):
    f, rng = sum_frame(m), m.rng
    T = m.n('T', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    kw = rng.choice(['含', '其中', '包括', '其中：', '分别为'])
    body = ('、' if rng.random() < 0.7 else '，').join(n + p for n, p in zip(f['names'], ps))
    bo, bc = rng.choice([('（', '）'), ('（', '）'), ('(', ')')])
    m.lines.append('%s%s%s%s%s%s。' % (f['head'], T, bo, kw, body, bc))
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'parts in brackets after the total (%s)' % kw


def t_lines(m):
    f, rng = sum_frame(m), m.rng
    T = m.n('T', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    m.lines.append(rng.choice(['%s%s，具体如下：', '%s%s。分类情况：', '%s%s，构成如下：']) % (f['head'], T))
    mk = rng.choice(['——', '·', '', '- '])
    colon = rng.choice(['：', '', ' '])
    for i, (n, p) in enumerate(zip(f['names'], ps)):
        end = '。' if i == len(ps) - 1 else rng.choice(['；', '；', ''])
        m.lines.append('%s%s%s%s%s' % (mk, n, colon, p, end))
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'header total with one part per line'


TABLE_SEPS = ['\t', '|', '｜', '  ', ' | ']


def t_table(m):
    f, rng = sum_frame(m, kmax=5), m.rng
    sep = rng.choice(TABLE_SEPS)
    T = m.n('T', f['total'], f['dp'], '')
    ps = [m.n('p%d' % i, v, f['dp'], '') for i, v in enumerate(f['vals'])]
    tl = rng.choice(['合计', '总计', '全市', '总数'])
    rows = ['%s%s%s' % (n, sep, p) for n, p in zip(f['names'], ps)]
    trow = '%s%s%s' % (tl, sep, T)
    hdr = '%s%s%s（%s）' % (rng.choice(['项目', '类别', '单位', '指标']), sep, f['noun'], f['unit'])
    rows = [trow] + rows if rng.random() < 0.5 else rows + [trow]
    m.lines.append(hdr)
    m.lines.extend(rows)
    if len(m.lines) < 8 and rng.random() < 0.6:
        m.pre.append('表%d  %d年%s情况' % (rng.randint(1, 9), m.y, f['noun']))
        m.no_ctx = True
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'flattened table, separator %r, total row %s' % (sep, 'first' if rows[0] == trow else 'last')


def t_twoyears(m):
    rng = m.rng
    f = sum_frame(m, kmax=4)
    sep = rng.choice(TABLE_SEPS)
    g = [D(str(rng.uniform(-0.08, 0.15))) for _ in f['vals']]
    new = [qhu(v * (1 + x), f['dp']) for v, x in zip(f['vals'], g)]
    if any(v <= 0 for v in new):
        raise Retry('neg')
    Ta = m.n('Ta', f['total'], f['dp'], '')
    Tb = m.n('Tb', sum(new, D(0)), f['dp'], '')
    pa = [m.n('a%d' % i, v, f['dp'], '') for i, v in enumerate(f['vals'])]
    pb = [m.n('b%d' % i, v, f['dp'], '') for i, v in enumerate(new)]
    m.lines.append('%s（%s）%s%d年%s%d年' % (rng.choice(['项目', '类别', '指标']), f['unit'], sep, m.y - 1, sep, m.y))
    rows = ['%s%s%s%s%s' % (n, sep, a, sep, b) for n, a, b in zip(f['names'], pa, pb)]
    trow = '%s%s%s%s%s' % (rng.choice(['合计', '总计']), sep, Ta, sep, Tb)
    rows = [trow] + rows if rng.random() < 0.4 else rows + [trow]
    m.lines.extend(rows)
    m.check(rel='sum', parts=pa, total=Ta)
    m.check(rel='sum', parts=pb, total=Tb)
    m.note = 'two-year table, both columns must add up'


def t_subtotal(m):
    rng = m.rng
    frames = [fr for fr in m.dom['sum'] if not isinstance(fr[4], tuple) and len(fr[4]) <= 4]
    head, noun, unit, dp, parts = rng.choice(frames)
    k = rng.choice([2, 2, 3])
    pls = places(rng, k)
    subs = []
    for j, pl in enumerate(pls):
        vals = [rnd(rng, D(str(p[1])) / k, D(str(p[2])) / k, dp) for p in parts]
        if any(v <= 0 for v in vals):
            raise Retry('zero')
        ps = [m.n('p%d_%d' % (j, i), v, dp, unit) for i, v in enumerate(vals)]
        S = m.n('S%d' % j, sum(vals, D(0)), dp, unit)
        subs.append((S, sum(vals, D(0))))
        body = '，'.join(p[0] + x for p, x in zip(parts, ps))
        m.lines.append('%s：%s，%s%s；' % (pl, body, rng.choice(['小计', '合计']), S))
        m.check(rel='sum', parts=ps, total=S)
    G = m.n('G', sum((v for _, v in subs), D(0)), dp, unit)
    m.lines.insert(0, '%d年分地区%s情况如下：' % (m.y, noun))
    m.lines.append('%s%s%s。' % (rng.choice(['以上总计', '全市合计', '两地合计' if k == 2 else '三地合计']), noun, G))
    m.check(rel='sum', parts=[s for s, _ in subs], total=G)
    m.note = '%d subtotals and a grand total' % k


def t_items(m):
    rng = m.rng
    noun, phrases = rng.choice(m.dom['items'])
    k = rng.randint(3, 5)
    chosen = rng.sample(phrases, k)
    big = rng.random() < 0.3
    unit, dp = ('亿元', 2) if big else ('万元', 0)
    vals = [rnd(rng, 0.3, 12, 2) if big else rnd(rng, 200, 9000, 0) for _ in chosen]
    cunit = rng.choice(['项', '个'])
    C = m.n('C', k, 0, cunit, kind='count', fmt='cn' if rng.random() < 0.85 else 'plain')
    T = m.n('T', sum(vals, D(0)), dp, unit)
    ps = [m.n('p%d' % i, v, dp, unit) for i, v in enumerate(vals)]
    kind, marks = seq_markers(rng, k)
    tail = '方面' if cunit == '个' else ''
    head = '%d年实施%s%s%s，%s完成投资%s：' % (m.y, noun, C, tail, rng.choice(['共', '累计', '合计']), T)
    items = ['%s%s，完成投资%s' % (mk, ph, p) if kind == 'shi' else '%s%s%s' % (mk, ph, p)
             for mk, ph, p in zip(marks, chosen, ps)]
    if rng.random() < 0.5 and kind != 'dot':
        m.lines.append(head + '；'.join(items) + '。')
    else:
        m.lines.append(head)
        m.lines.extend(x + ('。' if i == k - 1 else '；') for i, x in enumerate(items))
    m.check(rel='count_items', count=C, items=marks)
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'announced count of %d numbered items (%s) with amounts' % (k, kind)


def t_named(m):
    rng = m.rng
    pred, meas, what, kind = rng.choice(m.dom['named'])
    k = rng.randint(2, 6)
    names = named_list(rng, kind, k)
    v = rng.choice(['deng', 'deng', 'list', 'colon', 'bracket'])
    C = m.n('C', k, 0, meas, kind='count', fmt='cn' if rng.random() < 0.5 else 'plain',
            dirn='down' if v == 'deng' else None)
    nl = '、'.join(names)
    if v == 'deng':
        m.lines.append('%d年，%s等%s%s%s。' % (m.y, nl, C, what, pred))
    elif v == 'list':
        m.lines.append('全年共有%s%s%s，分别是%s。' % (C, what, pred, nl))
    elif v == 'colon':
        m.lines.append('%d年%s的%s共%s：%s。' % (m.y, pred, what, C, nl))
    else:
        m.lines.append('%s%s（%s）%s。' % (C, what, nl, pred))
    m.check(rel='count_names', count=C, names=names, deng=(v == 'deng'))
    m.note = 'named list of %d, form %s' % (k, v)


def t_balance(m):
    rng = m.rng
    kind, noun, unit, dp, lo, hi, L = rng.choice(m.dom['bal'])
    if kind in ('ie', 'trade'):
        a = rnd(rng, lo, hi, dp)
        b = qhu(a * D(str(rng.uniform(0.55, 0.97))), dp)
        A, B, C = m.n('A', a, dp, unit), m.n('B', b, dp, unit), m.n('C', a - b, dp, unit)
        if kind == 'ie':
            m.lines.append(rng.choice(['%d年，%s%s%s，%s%s，%s%s。', '%d年%s%s%s，%s%s，%s%s。']) % (m.y, noun, L[0], A, L[1], B, L[2], C))
        else:
            m.lines.append('%d年%s%s%s，%s%s，实现%s%s。' % (m.y, noun, L[0], A, L[1], B, L[2], C))
        m.check(rel='balance', plus=[A], minus=[B], result=C)
        m.note = '%s − %s = %s' % L
    else:
        s0 = rnd(rng, lo, hi, dp)
        add = qhu(s0 * D(str(rng.uniform(0.03, 0.25))), dp)
        red = qhu(s0 * D(str(rng.uniform(0.01, 0.15))), dp)
        if add <= 0 or red <= 0:
            raise Retry('zero')
        S, N, R, E = (m.n('S', s0, dp, unit), m.n('N', add, dp, unit), m.n('R', red, dp, unit),
                      m.n('E', s0 + add - red, dp, unit))
        if rng.random() < 0.5:
            m.lines.append('%s%s%s，全年%s%s，%s%s，%s%s%s。' % (L[0], noun, S, L[1], N, L[2], R, L[3], noun, E))
        else:
            m.lines.append('%s%s：%s%s，%s%s，%s%s，%s%s。' % (m.y, '年' + noun + '变动情况', L[0], S, L[1], N, L[2], R, L[3], E))
        m.check(rel='balance', plus=[S, N], minus=[R], result=E)
        m.note = '%s + %s − %s = %s' % L


def t_fromto(m):
    rng = m.rng
    noun, unit, lo, hi, dp, glo, ghi = rng.choice(m.dom['growth'])
    a = rnd(rng, lo, hi, dp)
    up = rng.random() < 0.75
    g = D(str(rng.uniform(0.02, 0.2)))
    b = qhu(a * (1 + g) if up else a * (1 - g), dp)
    A, B = m.n('A', a, dp, unit), m.n('B', b, dp, unit)
    C = m.n('C', abs(b - a), dp, unit)
    w = '增加' if up else '减少'
    v = rng.randint(0, 2)
    if v == 0:
        m.lines.append('%s由%d年的%s%s到%d年的%s，%s%s。' % (noun, m.y - 1, A, '增加' if up else '减少', m.y, B, w, C))
    elif v == 1:
        m.lines.append('%d年%s%s，比上年%s%s（上年为%s）。' % (m.y, noun, B, w, C, A))
    else:
        m.lines.append('%s从%s%s至%s，%s%s。' % (noun, A, '增' if up else '降', B, '净增' if up else '减少', C))
    if up:
        m.check(rel='balance', plus=[B], minus=[A], result=C)
    else:
        m.check(rel='balance', plus=[A], minus=[B], result=C)
    m.note = '由A到B, change C (%s)' % w


def t_periods(m):
    rng = m.rng
    f = sum_frame(m, [fr for fr in m.dom['sum'] if fr[0].startswith('全年')])
    dp, unit = f['dp'], f['unit']
    v = rng.choice(['q', 'q', 'h', 'm'])
    n = {'q': 4, 'h': 2, 'm': 3}[v]
    tot = f['total']
    vals = [rnd(rng, tot / n * D('0.8'), tot / n * D('1.2'), dp) for _ in range(n)]
    if any(x <= 0 for x in vals):
        raise Retry('zero')
    ps = [m.n('p%d' % i, x, dp, unit) for i, x in enumerate(vals)]
    T = m.n('T', sum(vals, D(0)), dp, unit)
    labels = {'q': ['一季度', '二季度', '三季度', '四季度'], 'h': ['上半年', '下半年'], 'm': ['1月', '2月', '3月']}[v]
    whole = '一季度' if v == 'm' else '全年'
    noun = f['noun']
    if rng.random() < 0.5:
        m.lines.append('%s分别为%s，%s%s%s。' % ('、'.join(labels) + noun, '、'.join(ps), whole, rng.choice(['累计', '合计', '共']), T))
    elif rng.random() < 0.5:
        m.lines.append('，'.join(l + p for l, p in zip(labels, ps)) + '，%s%s%s。' % (whole, rng.choice(['累计', '合计']), T))
    else:
        m.lines.append('%d年%s%s（%s）：' % (m.y, noun, '分季度情况' if v == 'q' else '分时段情况', unit))
        for l, p in zip(labels, ps):
            m.lines.append('%s：%s' % (l, p))
        m.lines.append('%s：%s' % (whole + '合计', T))
    m.check(rel='sum', parts=ps, total=T)
    m.note = '%d periods add up to %s' % (n, whole)


def t_sentences(m):
    f, rng = sum_frame(m), m.rng
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    T = m.n('T', f['total'], f['dp'], f['unit'])
    lead = rng.choice(['分区域看，', '分地区看，', '']) if f['is_place'] else rng.choice(['分类型看，', '从构成看，', ''])
    verbs = ['为', '有'] if f['unit'] in COUNT_UNITS else ['为', '达到', '完成']
    sents = ['%s%s%s。' % (n, rng.choice(verbs), p) for n, p in zip(f['names'], ps)]
    end = '%s%s%s。' % (rng.choice(['以上合计', '全年合计', '各类合计', '综上，共计']), f['noun'], T)
    if rng.random() < 0.5:
        m.lines.append(lead + ''.join(sents) + end)
    else:
        m.lines.append(lead + sents[0])
        m.lines.extend(sents[1:])
        m.lines.append(end)
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'parts in separate sentences, total at the end'


def t_mf(m):
    rng = m.rng
    noun, unit, dp, lo, hi, flo, fhi = rng.choice(m.dom['mf'])
    t = rnd(rng, lo, hi, dp)
    a = qhu(t * D(str(rng.uniform(flo, fhi))), dp)
    T, M, F = m.n('T', t, dp, unit), m.n('M', a, dp, unit), m.n('F', t - a, dp, unit)
    v = rng.randint(0, 3)
    if v == 0:
        m.lines.append('%d年末%s%s，其中男性%s、女性%s。' % (m.y, noun, T, M, F))
    elif v == 1:
        m.lines.append('%s中，男性%s，女性%s，合计%s。' % (noun, M, F, T))
    elif v == 2:
        m.lines.append('%s%s（男%s，女%s）。' % (noun, T, M, F))
    else:
        m.lines.append('%s共%s。其中：男%s，女%s。' % (noun, T, M, F))
    m.check(rel='sum', parts=[M, F], total=T)
    m.note = 'male/female split'


WANYI = {
    'health': [('全年卫生健康支出', '亿元', '万元', [('公立医院', 30000, 120000), ('基层医疗卫生机构', 10000, 60000), ('公共卫生', 8000, 50000), ('中医药', 500, 5000)])],
    'stats': [('全年重点项目完成投资', '亿元', '万元', [('产业项目', 100000, 900000), ('基础设施项目', 80000, 600000), ('社会民生项目', 20000, 200000)])],
    'trade': [('全年进出口总额', '亿元', '万元', [('出口', 500000, 5000000), ('进口', 300000, 3000000)]),
              ('全年跨境电商交易额', '亿元', '万元', [('出口', 20000, 300000), ('进口', 5000, 90000)])],
    'energy': [('全年全社会用电量', '亿千瓦时', '万千瓦时', [('第一产业', 5000, 60000), ('第二产业', 300000, 2000000), ('第三产业', 100000, 800000), ('城乡居民生活', 100000, 700000)]),
               ('全年电网建设投资', '亿元', '万元', [('主网', 30000, 200000), ('配电网', 20000, 150000)])],
    'forest': [('全年林业产业总产值', '亿元', '万元', [('林业第一产业', 50000, 400000), ('林业第二产业', 80000, 600000), ('林业第三产业', 20000, 300000)])],
}


def t_wanyi(m):
    rng = m.rng
    head, big, small, parts = rng.choice(WANYI[m.domkey])
    vals = [rnd(rng, lo, hi, 0) for _, lo, hi in parts]
    dp = rng.choice([2, 2, 1])
    x = sum(vals, D(0)) / 10000
    if tie(x, dp):
        raise Retry('tie')
    T = m.n('T', x, dp, big)
    ps = [m.n('p%d' % i, v, 0, small) for i, v in enumerate(vals)]
    body = '、'.join(n + p for (n, _, _), p in zip(parts, ps))
    if rng.random() < 0.6:
        m.lines.append('%s%s，其中%s。' % (head, T, body))
    else:
        m.lines.append('%s中，%s，%s%s。' % (head, body.replace('、', '，'), rng.choice(['合计', '共计']), T))
    m.check(rel='sum', parts=ps, total=T)
    m.note = 'whole in %s (%d dp), parts in %s; compared at the total\'s precision' % (big, dp, small)


TOTALS_BUILDERS = [
    ('qizhong_list', t_qizhong), ('heji_after_parts', t_heji), ('fenbiewei_names', t_fenbie),
    ('bracket_parts', t_bracket), ('header_lines', t_lines), ('flat_table', t_table),
    ('two_year_table', t_twoyears), ('subtotals_grand', t_subtotal), ('numbered_items', t_items),
    ('named_list_count', t_named), ('balance', t_balance), ('from_to_change', t_fromto),
    ('periods_to_year', t_periods), ('separate_sentences', t_sentences), ('male_female', t_mf),
    ('wan_yi_mix', t_wanyi),
]


# =====================================================================================
# G. GENERATOR: pct builders
# =====================================================================================
def rate_frame(m, fr=None):
    rng = m.rng
    dlab, nlab, rname, unit, dp, lo, hi, flo, fhi = fr or rng.choice(m.dom['rate'])
    d = rnd(rng, lo, hi, dp)
    n = qhu(d * D(str(rng.uniform(flo, fhi))) / 100, dp)
    if n <= 0 or n >= d:
        raise Retry('bad rate')
    rdp = rng.choice([1, 1, 2]) if d > 300 else rng.choice([1, 2])
    return dict(dlab=dlab, nlab=nlab, rname=rname, unit=unit, dp=dp, d=d, n=n, r=rate_of(n, d, rdp), rdp=rdp)


def p_rate_after(m):
    rng, f = m.rng, rate_frame(m)
    Dn, N = m.n('D', f['d'], f['dp'], f['unit']), m.n('N', f['n'], f['dp'], f['unit'])
    R = m.pct('R', f['r'], f['rdp'], maxv=100)
    verb = rng.choice(['为', '达到', '达', ''])
    lead = rng.choice(['%d年，' % m.y, '全年', '截至%d年底，' % m.y])
    m.lines.append('%s%s%s，%s%s，%s%s%s。' % (lead, f['dlab'], Dn, f['nlab'], N, f['rname'], verb, R))
    m.check(rel='rate', num=N, den=Dn, rate=R)
    m.note = 'rate stated after its numerator and base'


def p_rate_before(m):
    rng, f = m.rng, rate_frame(m)
    Dn, N = m.n('D', f['d'], f['dp'], f['unit']), m.n('N', f['n'], f['dp'], f['unit'])
    R = m.pct('R', f['r'], f['rdp'], maxv=100)
    v = rng.randint(0, 2)
    if v == 0:
        m.lines.append('%s为%s（%s%s/%s%s）。' % (f['rname'], R, f['nlab'], N, f['dlab'], Dn))
    elif v == 1:
        m.lines.append('%s达到%s，%s%s中%s%s。' % (f['rname'], R, f['dlab'], Dn, f['nlab'], N))
    else:
        m.lines.append('%d年%s%s：%s%s，%s%s。' % (m.y, f['rname'], R, f['dlab'], Dn, f['nlab'], N))
    m.check(rel='rate', num=N, den=Dn, rate=R)
    m.note = 'rate stated before its numbers'


def p_rate_bracket(m):
    rng, f = m.rng, rate_frame(m)
    Dn, N = m.n('D', f['d'], f['dp'], f['unit']), m.n('N', f['n'], f['dp'], f['unit'])
    R = m.pct('R', f['r'], f['rdp'], maxv=100)
    v = rng.randint(0, 2)
    if v == 0:
        m.lines.append('%s%s，%s%s（占%s）。' % (f['dlab'], Dn, f['nlab'], N, R))
    elif v == 1:
        m.lines.append('%s%s，占%s（%s）的%s。' % (f['nlab'], N, f['dlab'], Dn, R))
    else:
        m.lines.append('%s%s，%s%s，占比%s。' % (f['dlab'], Dn, f['nlab'], N, R))
    m.check(rel='rate', num=N, den=Dn, rate=R)
    m.note = 'share of a stated base, rate in brackets or after 占'


def p_two_rates(m):
    rng = m.rng
    fr = rng.choice(m.dom['rate'])
    pls = places(rng, 2)
    parts = []
    for j in range(2):
        f = rate_frame(m, fr)
        Dn, N = m.n('D%d' % j, f['d'], f['dp'], f['unit']), m.n('N%d' % j, f['n'], f['dp'], f['unit'])
        R = m.pct('R%d' % j, f['r'], f['rdp'], maxv=100)
        m.check(rel='rate', num=N, den=Dn, rate=R)
        parts.append((pls[j], Dn, N, R, f))
    f = parts[0][4]
    if rng.random() < 0.5:
        m.lines.append('%s%s%s（%s%s，%s%s），%s为%s（%s%s，%s%s）。' % (
            parts[0][0], f['rname'], parts[0][3], f['nlab'], parts[0][2], f['dlab'], parts[0][1],
            parts[1][0], parts[1][3], f['nlab'], parts[1][2], f['dlab'], parts[1][1]))
    else:
        m.lines.append('%s%s%s、%s%s，%s%s；%s%s%s、%s%s，%s%s。' % (
            parts[0][0], f['dlab'], parts[0][1], f['nlab'], parts[0][2], f['rname'], parts[0][3],
            parts[1][0], f['dlab'], parts[1][1], f['nlab'], parts[1][2], f['rname'], parts[1][3]))
    m.note = 'two rates over different bases in one sentence'


def p_pass_fail(m):
    rng = m.rng
    subj, unit, lo, hi, plo, phi, pw, fw = rng.choice(m.dom['pf'])
    t = rnd(rng, lo, hi, 0)
    pv = qhu(t * D(str(rng.uniform(plo, phi))) / 100, 0)
    if pv >= t:
        pv = t - 1
    rdp = rng.choice([1, 2])
    r1 = rate_of(pv, t, rdp)
    r2 = 100 - r1
    T, P = m.n('T', t, 0, unit), m.n('P', pv, 0, unit)
    R1 = m.pct('R1', r1, rdp, maxv=100)
    if rng.random() < 0.5:
        R2 = m.pct('R2', r2, rdp, maxv=100)
        m.lines.append('全年%s%s，%s%s，%s率%s，%s率%s。' % (subj, T, pw, P, pw, R1, fw, R2))
        m.check(rel='rate', num=P, den=T, rate=R1)
        m.check(rel='share_sum', parts=[R1, R2], total='100')
        m.note = 'pass count, pass rate and fail rate (pass+fail = 100)'
    else:
        F = m.n('F', t - pv, 0, unit)
        m.lines.append('全年%s%s，其中%s%s、%s%s，%s率%s。' % (subj, T, pw, P, fw, F, pw, R1))
        m.check(rel='sum', parts=[P, F], total=T)
        m.check(rel='rate', num=P, den=T, rate=R1)
        m.note = 'pass and fail counts add up; pass rate'


def p_target(m):
    rng = m.rng
    task, unit, dp, lo, hi, clo, chi = rng.choice(m.dom['target'])
    t = rnd(rng, lo, hi, dp)
    a = qhu(t * D(str(rng.uniform(clo, chi))) / 100, dp)
    rdp = rng.choice([1, 1, 2])
    T, A = m.n('T', t, dp, unit), m.n('A', a, dp, unit)
    R = m.pct('R', rate_of(a, t, rdp), rdp)
    v = rng.randint(0, 2)
    if v == 0:
        m.lines.append('%d年下达%s%s，实际完成%s，完成率%s。' % (m.y, task, T, A, R))
    elif v == 1:
        m.lines.append('全年完成%s%s，占年度目标%s的%s。' % (task.replace('目标', '').replace('计划', ''), A, T, R))
    else:
        m.lines.append('%s为%s，全年完成%s，为计划的%s。' % (task, T, A, R))
    m.check(rel='rate', num=A, den=T, rate=R)
    m.note = 'completion of a target (may exceed 100%%): %s' % m.slots['R']['v']


def p_per(m):
    rng = m.rng
    tpl, cu, clo, chi, cdp, tu, tdp, vu, vdp, rlo, rhi, scale = rng.choice(m.dom['per'])
    c = rnd(rng, clo, chi, cdp)
    r = D(str(rng.uniform(rlo, rhi)))
    tbase = c * umult(cu) * r / scale
    t = qhu(tbase / umult(tu), tdp)
    if t <= 0:
        raise Retry('zero')
    v = t * umult(tu) / (c * umult(cu)) * scale / umult(vu)
    if tie(v, vdp):
        raise Retry('tie')
    C, T = m.n('C', c, cdp, cu), m.n('T', t, tdp, tu)
    V = m.n('V', qhu(v, vdp), vdp, vu)
    m.lines.append('%d年，' % m.y + tpl.replace('{C}', C).replace('{T}', T).replace('{V}', V) + '。')
    m.check(rel='per', total=T, count=C, value=V, scale=str(scale))
    m.note = 'per-capita / per-%s average' % scale


def growth_vals(m, fr=None, allow_down=True):
    rng = m.rng
    noun, unit, lo, hi, dp, glo, ghi = fr or rng.choice(m.dom['growth'])
    old = rnd(rng, lo, hi, dp)
    g = D(str(rng.uniform(glo if allow_down else max(glo, 0.5), ghi)))
    if abs(g) < D('0.6'):
        g = D('0.6') if g >= 0 else D('-0.6')
    new = qhu(old * (1 + g / 100), dp)
    rdp = 1 if rng.random() < 0.85 else 2
    x = (new - old) / old * 100
    if tie(x, rdp) or qhu(x, rdp) == 0:
        raise Retry('tie')
    return noun, unit, dp, old, new, qhu(x, rdp), rdp


def p_growth(m):
    rng = m.rng
    noun, unit, dp, old, new, r, rdp = growth_vals(m)
    O, N = m.n('O', old, dp, unit), m.n('N', new, dp, unit)
    R = m.pct('R', abs(r), rdp)
    w = '增长' if r > 0 else '下降'
    v = rng.randint(0, 2)
    if v == 0:
        m.lines.append('%d年%s%s，较上年的%s%s%s。' % (m.y, noun, N, O, w, R))
    elif v == 1:
        m.lines.append('%s达到%s，比%d年的%s%s%s。' % (noun, N, m.y - 1, O, w, R))
    else:
        m.lines.append('%s由上年的%s变为%s，%s%s。' % (noun, O, N, w, R))
    m.check(rel='growth', new=N, old=O, rate=R, sign=w)
    m.note = 'growth with both years\' values (%s)' % w


def p_tongqi(m):
    rng = m.rng
    noun, unit, dp, old, new, r, rdp = growth_vals(m)
    O, N = m.n('O', old, dp, unit), m.n('N', new, dp, unit)
    R = m.pct('R', abs(r), rdp)
    w = '增长' if r > 0 else '下降'
    per = rng.choice(['1—%d月' % rng.randint(3, 11), '上半年', '一季度', '前三季度', '全年'])
    if rng.random() < 0.5:
        m.lines.append('%s，%s%s，上年同期为%s，同比%s%s。' % (per, noun, N, O, w, R))
    else:
        m.lines.append('%s%s%s，同比%s%s（上年同期%s）。' % (per, noun, N, w, R, O))
    m.check(rel='growth', new=N, old=O, rate=R, sign=w)
    m.note = '上年同期 with 同比 %s' % w


def share_vals(rng, k):
    while True:
        cuts = sorted(rng.sample(range(30, 970), k - 1))
        xs = [b - a for a, b in zip([0] + cuts, cuts + [1000])]
        if min(xs) >= 15:
            return [D(x).scaleb(-1) for x in xs]


def p_share100(m):
    rng = m.rng
    whole, cats = rng.choice(m.dom['share'])
    sh = share_vals(rng, len(cats))
    ratio = whole == '三次产业结构' and rng.random() < 0.6
    ss = [m.n('s%d' % i, x, 1, '' if ratio else '%', kind='pct') for i, x in enumerate(sh)]
    if ratio:
        colon = rng.choice([':', '：', '∶'])
        m.lines.append('%d年全市三次产业结构为%s。' % (m.y, colon.join(ss)))
    elif rng.random() < 0.5:
        m.lines.append('%s中，%s。' % (whole, '，'.join('%s占%s' % (c, s) for c, s in zip(cats, ss))))
    else:
        m.lines.append('%s分别占%s的%s。' % ('、'.join(cats), whole, '、'.join(ss[:-1]) + '和' + ss[-1]))
    m.check(rel='share_sum', parts=ss, total='100')
    m.note = 'shares of one whole add to 100'


def p_pp(m):
    rng = m.rng
    name, lo, hi, dp = rng.choice(m.dom['pp'])
    r1 = rnd(rng, lo, hi, dp)
    d = qhu(D(str(rng.uniform(0.3, 4.0))), dp)
    up = rng.random() < 0.75
    r2 = r1 + d if up else r1 - d
    if r2 >= 100 or r2 <= 0:
        raise Retry('range')
    O, N = m.pct('O', r1, dp, maxv=100), m.pct('N', r2, dp, maxv=100)
    Dd = m.n('d', d, dp, '个百分点', kind='pp')
    w = '提高' if up else '下降'
    v = rng.randint(0, 2)
    if v == 0:
        m.lines.append('%s由%d年的%s%s到%s，%s%s。' % (name, m.y - 1, O, w, N, w, Dd))
    elif v == 1:
        m.lines.append('%d年%s为%s，比上年的%s%s%s。' % (m.y, name, N, O, w, Dd))
    else:
        m.lines.append('%s达到%s，%s%s（上年为%s）。' % (name, N, '比上年' + w, Dd, O))
    m.check(rel='pp', new=N, old=O, diff=Dd, sign=w)
    m.note = '个百分点 with both rates (%s)' % w


def shares_for(vals, total, dp):
    out = [rate_of(v, total, dp) for v in vals]
    if sum(out, D(0)) != 100:
        raise Retry('rounded shares do not add to 100')
    return out


def p_table_share(m):
    rng = m.rng
    f = sum_frame(m, kmax=5)
    sep = rng.choice(TABLE_SEPS)
    rdp = rng.choice([1, 1, 2])
    sh = shares_for(f['vals'], f['total'], rdp)
    T = m.n('T', f['total'], f['dp'], '', pert=False)
    ps = [m.n('p%d' % i, v, f['dp'], '', pert=False) for i, v in enumerate(f['vals'])]
    ss = [m.n('s%d' % i, x, rdp, '', kind='pct', maxv=100) for i, x in enumerate(sh)]
    m.lines.append('%s%s%s（%s）%s占比（%%）' % (rng.choice(['类别', '项目']), sep, f['noun'], f['unit'], sep))
    rows = ['%s%s%s%s%s' % (n, sep, p, sep, s) for n, p, s in zip(f['names'], ps, ss)]
    trow = '合计%s%s%s%s' % (sep, T, sep, '100' if rdp == 0 else '100.' + '0' * rdp)
    rows = [trow] + rows if rng.random() < 0.3 else rows + [trow]
    m.lines.extend(rows)
    m.check(rel='sum', parts=ps, total=T)
    for p, s in zip(ps, ss):
        m.check(rel='rate', num=p, den=T, rate=s)
    m.no_ctx = len(m.lines) >= 7
    m.note = 'table with a 占比 column (each share = row / total)'


def p_growth_table(m):
    rng = m.rng
    frs = rng.sample(m.dom['growth'], min(len(m.dom['growth']), rng.randint(2, 4)))
    sep = rng.choice(TABLE_SEPS)
    m.lines.append('指标%s%d年%s%d年%s增长（%%）' % (sep, m.y, sep, m.y - 1, sep))
    for i, fr in enumerate(frs):
        noun, unit, dp, old, new, r, rdp = growth_vals(m, fr)
        N, O = m.n('N%d' % i, new, dp, ''), m.n('O%d' % i, old, dp, '')
        R = m.n('R%d' % i, r, rdp, '', kind='pp')
        m.lines.append('%s（%s）%s%s%s%s%s%s' % (noun, unit, sep, N, sep, O, sep, R))
        m.check(rel='growth', new=N, old=O, rate=R, sign='增长')
    m.note = 'table of indicators with a growth column (negative = decline)'


def p_parts_shares(m):
    rng = m.rng
    f = sum_frame(m, kmax=4)
    rdp = rng.choice([1, 1, 2])
    sh = shares_for(f['vals'], f['total'], rdp)
    T = m.n('T', f['total'], f['dp'], f['unit'], pert=False)
    ps = [m.n('p%d' % i, v, f['dp'], f['unit'], pert=False) for i, v in enumerate(f['vals'])]
    ss = [m.pct('s%d' % i, x, rdp, maxv=100) for i, x in enumerate(sh)]
    fmtp = rng.choice(['%s%s（占%s）', '%s%s，占%s', '%s%s（%s）'])
    body = ('、' if '（' in fmtp else '；').join(fmtp % (n, p, s) for n, p, s in zip(f['names'], ps, ss))
    m.lines.append('%s%s，其中%s。' % (f['head'], T, body))
    m.check(rel='sum', parts=ps, total=T)
    for p, s in zip(ps, ss):
        m.check(rel='rate', num=p, den=T, rate=s)
    m.note = 'parts with their shares of the total'


MALFORMS = [
    lambda r, rng: rng.choice(['xx%', 'XX%', 'xx.x%']),
    lambda r, rng: r + ' %',
    lambda r, rng: '%' + r,
    lambda r, rng: r + '%%',
    lambda r, rng: r.replace('.', '..') if '.' in r else r[:-1] + '..' + r[-1] + '%',
]


def p_malformed(m, bad):
    rng = m.rng
    p_rate_after(m) if rng.random() < 0.5 else p_growth(m)
    phrase, lo, hi, dp = rng.choice(m.dom['bare'])
    x = rnd(rng, lo, hi, dp)
    if bad:
        r = format(x, '.%df' % dp)
        lit = rng.choice(MALFORMS)(r, rng)
        if not lit.endswith('%') and '%' not in lit:
            lit = lit + '%'
        m.lines.append('%s%s。' % (phrase, lit))
        m.check(rel='malformed_pct', literal=lit)
        m.note = 'malformed percentage literal %r; the other relation holds' % lit
    else:
        B = m.pct('B', x, dp, pert=False)
        m.lines.append('%s%s。' % (phrase, B))
        m.note = 'well-formed bare percentage plus one holding relation'


PCT_BUILDERS = [
    ('rate_after_numbers', p_rate_after), ('rate_before_numbers', p_rate_before), ('rate_in_brackets', p_rate_bracket),
    ('two_rates_two_bases', p_two_rates), ('pass_and_fail_rate', p_pass_fail), ('target_completion', p_target),
    ('per_capita', p_per), ('growth_both_years', p_growth), ('same_period_last_year', p_tongqi),
    ('shares_sum_100', p_share100), ('pp_both_rates', p_pp), ('table_share_column', p_table_share),
    ('growth_table', p_growth_table), ('malformed_literal', None), ('parts_with_shares', p_parts_shares),
]


# =====================================================================================
# G. GENERATOR: negative look-alikes (must not be flagged)
# =====================================================================================
def neg(m, kind, marker, numbers, naive=None, why=''):
    c = dict(rel='neg', kind=kind, marker=marker, numbers=numbers)
    if naive:
        c['naive'] = naive
    m.checks.append(c)
    m.note = why or kind


def _multi_frames(m, minparts=3):
    fr = [f for f in m.dom['sum'] if isinstance(f[4], tuple) or len(f[4]) >= minparts]
    return fr


def nt_partial(m, style):
    rng = m.rng
    f = sum_frame(m, _multi_frames(m), kmax=5)
    k = len(f['names'])
    j = rng.randint(1 if style == 'deng' else 2, k - 1)
    idx = sorted(rng.sample(range(k), j))
    T = m.n('T', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, f['vals'][i], f['dp'], f['unit']) for i in idx]
    body = '、'.join(f['names'][i] + p for i, p in zip(idx, ps))
    if style == 'deng':
        mk = '等'
        form = rng.choice(['%s%s，其中%s等。', '%s%s，包括%s等。', '%s%s（含%s等）。'])
    elif style == 'zhuyao':
        mk = rng.choice(['主要有', '主要集中在', '主要分布在'])
        form = '%s%s，' + mk + '%s。'
    else:
        mk = rng.choice(['其中数量较多的是', '其中较多的是', '其中规模较大的是'])
        form = '%s%s，' + mk + '%s。'
    m.lines.append(form % (f['head'], T, body))
    neg(m, 'partial_list', mk, [T] + ps, dict(rel='sum', parts=ps, total=T) if len(ps) >= 2 else None,
        'partial list marked by %s: %d of %d parts named, they need not add up' % (mk, j, k))


def nt_partial_deng(m):
    nt_partial(m, 'deng')


def nt_zhuyaoyou(m):
    nt_partial(m, 'zhuyao')


def nt_jiaoduo(m):
    nt_partial(m, 'jiaoduo')


def _approx(total, dp, mode):
    x = D(total)
    step = D(10) ** max(0, len(str(int(x))) - 2) if x >= 100 else D(1)
    if mode == 'up':
        y = (x / step).to_integral_value(rounding='ROUND_CEILING') * step
    elif mode == 'down':
        y = (x / step).to_integral_value(rounding='ROUND_FLOOR') * step
    else:
        y = qhu(x / step, 0) * step
    return y


def nt_approx_yue(m):
    rng = m.rng
    f = sum_frame(m)
    mk = rng.choice(['约', '近', '将近', '大约'])
    y = _approx(f['total'], f['dp'], 'up' if '近' in mk else 'near')
    if y == f['total']:
        raise Retry('exact')
    T = m.n('T', y, 0, f['unit'], fmt='plain' if m.fmt == 'cn' else None)
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    body = '、'.join(n + p for n, p in zip(f['names'], ps))
    m.lines.append('%s%s%s，其中%s。' % (f['head'], mk, T, body))
    neg(m, 'approx_total', mk, [T] + ps, dict(rel='sum', parts=ps, total=T),
        'approximate total (%s): the exact parts need not match it' % mk)


def nt_approx_yu(m):
    rng = m.rng
    cands = [fr for fr in m.dom['sum'] if not umult(fr[2]) > 1]
    f = sum_frame(m, cands or None)
    mk = rng.choice(['余', '多', '超过', '左右'])
    y = _approx(f['total'], f['dp'], 'down' if mk in ('余', '多', '超过') else 'near')
    if y == f['total']:
        raise Retry('exact')
    unit = f['unit']
    ps = [m.n('p%d' % i, v, f['dp'], unit) for i, v in enumerate(f['vals'])]
    if mk in ('余', '多') and umult(unit) == 1:
        T = m.n('T', y, 0, '', fmt='plain')
        tot = T + mk + unit
    elif mk == '超过':
        T = m.n('T', y, 0, unit, fmt='plain')
        tot = mk + T
    else:
        mk = '左右'
        T = m.n('T', y, 0, unit, fmt='plain')
        tot = T + mk
    body = '、'.join(n + p for n, p in zip(f['names'], ps))
    m.lines.append('%s%s，其中%s。' % (f['head'], tot, body))
    neg(m, 'approx_total', mk, [T] + ps, None, 'approximate total marked by %s' % mk)


def nt_overlap(m):
    rng = m.rng
    head, unit, cats = m.dom['overlap']
    t = rnd(rng, 800, 60000, 0)
    k = rng.randint(2, 4)
    cs = rng.sample(cats, k)
    vals = [qhu(t * D(str(rng.uniform(0.12, 0.7))), 0) for _ in cs]
    if sum(vals) == t:
        raise Retry('coincidence')
    T = m.n('T', t, 0, unit)
    ps = [m.n('p%d' % i, v, 0, unit) for i, v in enumerate(vals)]
    m.lines.append('%s%s，其中%s。' % (head, T, '、'.join(c + p for c, p in zip(cs, ps))))
    neg(m, 'overlapping_subsets', cs[0], [T] + ps, dict(rel='sum', parts=ps, total=T),
        'overlapping subsets (%s) of one whole, not a partition' % '/'.join(cs))


def nt_cumulative(m):
    rng = m.rng
    f = sum_frame(m, [fr for fr in m.dom['sum'] if not fr[0].startswith('全年')])
    prev = qhu(f['total'] * D(str(rng.uniform(1.5, 6))), f['dp'])
    N = m.n('N', f['total'], f['dp'], f['unit'])
    ps = [m.n('p%d' % i, v, f['dp'], f['unit']) for i, v in enumerate(f['vals'])]
    C = m.n('C', prev + f['total'], f['dp'], f['unit'])
    body = '、'.join(n + p for n, p in zip(f['names'], ps))
    noun = f['noun']
    if rng.random() < 0.5:
        m.lines.append('截至%d年底，累计%s%s；其中当年新增%s（%s）。' % (m.y, noun, C, N, body))
    else:
        m.lines.append('%d年新增%s%s，其中%s；历年累计达到%s。' % (m.y, noun, N, body, C))
    m.check(rel='sum', parts=ps, total=N)
    neg(m, 'cumulative_vs_new', '累计', [C], dict(rel='sum', parts=ps, total=C),
        'parts add up to the new amount, not to the cumulative total')


def nt_two_wholes(m):
    rng = m.rng
    pairs = [(a, b) for a in m.dom['sum'] for b in m.dom['sum'] if a is not b and a[2] == b[2] and a[1] != b[1]]
    fa, fb = rng.choice(pairs) if pairs else rng.sample(m.dom['sum'], 2)
    A = sum_frame(m, [fa])
    B = sum_frame(m, [fb])
    TA = m.n('TA', A['total'], A['dp'], A['unit'])
    TB = m.n('TB', B['total'], B['dp'], B['unit'])
    ps = [m.n('p%d' % i, v, B['dp'], B['unit']) for i, v in enumerate(B['vals'])]
    m.lines.append('%s%s。' % (A['head'], TA))
    m.lines.append('%s%s，其中%s。' % (B['head'], TB, '、'.join(n + p for n, p in zip(B['names'], ps))))
    m.check(rel='sum', parts=ps, total=TB)
    neg(m, 'two_different_wholes', B['noun'], [TA], dict(rel='sum', parts=ps, total=TA),
        'two different wholes; the list belongs to %s, not to %s' % (B['noun'], A['noun']))


def _qty_sentence(m):
    rng = m.rng
    f = sum_frame(m)
    return '%s%s。' % (f['head'], fmtn(f['total'], f['dp'], 'comma') + f['unit'])


def nt_identifiers(m):
    rng = m.rng
    c = city(m.rng)
    abbr = syl2(rng)[0] + m.dom['short'] + rng.choice(['发', '字', '函'])
    docno = '%s〔%d〕%d号' % (abbr, m.y, rng.randint(3, 160))
    proj = '%d-%04d' % (m.y, rng.randint(1, 9999))
    code = rng.choice(['项目编号%s' % proj, '备案号%s' % proj, '批次号%s' % proj])
    m.lines.append('根据《%s%s关于做好%s工作的通知》（%s）要求，%s已完成验收。' % (c, m.dom['src'], m.dom['title'], docno, code))
    m.lines.append(_qty_sentence(m))
    neg(m, 'identifier', '号', [docno, proj], None, 'document and project numbers are identifiers, not quantities')


def nt_dates(m):
    rng = m.rng
    mo = rng.randint(3, 11)
    a = '%d年1—%d月' % (m.y, mo)
    b = '%d—%d年' % (m.y - 2, m.y + 2)
    d1 = '%d月%d日至%d月%d日' % (mo, rng.randint(1, 10), mo, rng.randint(15, 28))
    v = rng.randint(0, 1)
    f = sum_frame(m)
    tot = fmtn(f['total'], f['dp'], 'plain') + f['unit']
    if v == 0:
        m.lines.append('%s，%s%s。' % (a, f['head'].replace('全年', ''), tot))
        m.lines.append('%s开展专项督查，落实《%s%s规划》。' % (d1, b, m.dom['title']))
    else:
        m.lines.append('《%s%s行动方案》明确了阶段目标。' % (b, m.dom['title']))
        m.lines.append('%s，%s%s。' % (a, f['head'].replace('全年', ''), tot))
    neg(m, 'date_period', '—', [a, b], None, 'date ranges (1—N月, 年—年) are not subtractions')


MODELS = {
    'health': ['%d排螺旋CT' % 64, 'DR-%d型数字X线机', '%d型负压救护车'],
    'stats': ['%d型数据采集终端'],
    'trade': ['%d型集装箱岸桥', 'RTG-%d型轮胎吊'],
    'energy': ['S13-M-%d/10型变压器', 'ZW32-%d型真空断路器', 'DTZY-%d型智能电表'],
    'forest': ['6HW-%d型风力灭火机', 'FY-%d型森林消防水泵'],
}


def nt_models(m):
    rng = m.rng
    mdl = rng.choice(MODELS[m.domkey])
    if '%d' in mdl:
        mdl = mdl % rng.choice([12, 20, 35, 50, 64, 100, 400, 630])
    std = rng.choice(['GB %d-%d' % (rng.randint(5000, 50999), rng.randint(2008, 2021)),
                      'GB/T %d-%d' % (rng.randint(2000, 39999), rng.randint(2008, 2021))])
    n = rng.randint(2, 60)
    m.lines.append('全年采购%s%d台（套），均符合%s标准要求。' % (mdl, n, std))
    neg(m, 'model_number', 'GB', [std], None, 'model and standard numbers contain digits and dashes, no arithmetic')


HOTLINES = {'health': ['12320卫生健康热线', '120急救电话'], 'stats': ['12345政务服务便民热线'],
            'trade': ['12360海关服务热线', '12345政务服务便民热线'], 'energy': ['95598供电服务热线', '12345政务服务便民热线'],
            'forest': ['12119森林火警电话', '12345政务服务便民热线']}


def nt_phone(m):
    rng = m.rng
    hl = rng.choice(HOTLINES[m.domkey])
    tel = '0%d-%d' % (rng.randint(310, 998), rng.randint(2000000, 8999999))
    n = rng.randint(30, 9000)
    m.lines.append('全年通过%s受理群众诉求%d件，均已办结。' % (hl, n))
    m.lines.append('咨询电话：%s。' % tel)
    neg(m, 'phone_number', '电话', [tel, re.match(r'\d+', hl).group(0)], None, 'hotline and phone numbers are not quantities')


def nt_plus(m):
    rng = m.rng
    pol = rng.choice(['“1+X”证书制度', '“7+X”服务模式', '“1+N+X”政策体系', '“3+2”中高职贯通培养', '“1+6+N”工作机制', '“5+2”保障机制'])
    n = rng.randint(2, 90)
    m.lines.append('推行%s，组织专题培训%d期。' % (pol, n))
    m.lines.append(_qty_sentence(m))
    neg(m, 'policy_name_plus', '+', [pol.split('”')[0].lstrip('“')], None, 'policy names like 1+X are not sums')


def nt_ranges(m):
    rng = m.rng
    a = rng.randint(2, 60)
    b = a + rng.randint(2, 40)
    sep = rng.choice(['—', '～', '-', '至'])
    lead, unit = {'health': ('家庭医生团队每队配备', '人'), 'stats': ('调查样本轮换周期为', '个月'),
                  'trade': ('企业开办时间压缩到', '个工作日'), 'energy': ('配电网改造单项工期为', '天'),
                  'forest': ('每亩栽植密度为', '株')}[m.domkey]
    r = '%d%s%d%s' % (a, sep, b, unit)
    m.lines.append('%s%s。' % (lead, r))
    m.lines.append(_qty_sentence(m))
    neg(m, 'range', sep, [r], None, 'a range a%sb is not a subtraction' % sep)


NESTED = {
    'health': ('全市卫生技术人员', '人', '执业（助理）医师', '全科医生'),
    'stats': ('全市规模以上工业企业', '家', '制造业企业', '高技术制造业企业'),
    'trade': ('全年出口企业', '家', '民营出口企业', '跨境电商出口企业'),
    'energy': ('全市新能源发电企业', '家', '光伏发电企业', '分布式光伏企业'),
    'forest': ('全市生态护林员', '名', '专职护林员', '持证护林员'),
}


def nt_nested(m):
    rng = m.rng
    head, unit, a_n, b_n = NESTED[m.domkey]
    t = rnd(rng, 300, 40000, 0)
    a = qhu(t * D(str(rng.uniform(0.3, 0.7))), 0)
    b = qhu(a * D(str(rng.uniform(0.15, 0.6))), 0)
    if a + b == t:
        raise Retry('coinc')
    T, A, B = m.n('T', t, 0, unit), m.n('A', a, 0, unit), m.n('B', b, 0, unit)
    m.lines.append('%s%s，其中%s%s；在%s中，%s%s。' % (head, T, a_n, A, a_n, b_n, B))
    neg(m, 'nested_subset', '在' + a_n + '中', [T, A, B], dict(rel='sum', parts=[A, B], total=T),
        'B is a subset of A, A of the whole: no sum')


def nt_units(m):
    rng = m.rng
    dk = m.domkey
    if dk == 'forest':
        x = rnd(rng, 1, 40, 2)
        y = qhu(x * 10000 / 15, 0)
        m.lines.append('全年完成造林%s万亩（%s公顷）。' % (fmtn(x, 2, 'plain'), fmtn(y, 0, 'comma')))
        nums = [fmtn(x, 2, 'plain') + '万亩', fmtn(y, 0, 'comma') + '公顷']
    elif dk == 'energy':
        x = rnd(rng, 10, 400, 1)
        m.lines.append('新增新能源装机%s万千瓦（%s兆瓦）。' % (fmtn(x, 1, 'plain'), fmtn(x * 10, 0, 'comma')))
        nums = [fmtn(x, 1, 'plain') + '万千瓦', fmtn(x * 10, 0, 'comma') + '兆瓦']
    elif dk == 'trade':
        x = rnd(rng, 5000, 90000, 0)
        y = qhu(x * D('6.9') / 10000, 1)
        m.lines.append('全年实际利用外资%s万美元（约合人民币%s亿元）。' % (fmtn(x, 0, 'comma'), fmtn(y, 1, 'plain')))
        nums = [fmtn(x, 0, 'comma') + '万美元', fmtn(y, 1, 'plain') + '亿元']
    elif dk == 'stats':
        x = rnd(rng, 200, 3000, 0)
        y = qhu(x * D('0.15'), 1)
        m.lines.append('城市建成区面积%s平方公里（%s万亩）。' % (fmtn(x, 0, 'comma'), fmtn(y, 1, 'plain')))
        nums = [fmtn(x, 0, 'comma') + '平方公里', fmtn(y, 1, 'plain') + '万亩']
    else:
        x = rnd(rng, 2000, 60000, 0)
        y = qhu(x / D('666.67'), 1)
        m.lines.append('新建医疗业务用房%s平方米（占地%s亩）。' % (fmtn(x, 0, 'comma'), fmtn(y, 1, 'plain')))
        nums = [fmtn(x, 0, 'comma') + '平方米', fmtn(y, 1, 'plain') + '亩']
    neg(m, 'unit_conversion', '（', nums, None, 'the bracket restates the same quantity in another unit')


# ---- pct negatives ----
G100 = {'health': [('互联网医院诊疗服务', '万人次', 5, 90, 1), ('远程会诊', '例', 2000, 30000, 0)],
        'stats': [('新能源汽车产量', '万辆', 1, 40, 2), ('集成电路产量', '亿块', 1, 30, 2)],
        'trade': [('跨境电商进出口额', '亿元', 5, 120, 1), ('市场采购贸易出口额', '亿元', 2, 60, 1)],
        'energy': [('新型储能装机容量', '万千瓦', 5, 120, 1), ('光伏发电量', '亿千瓦时', 2, 60, 2)],
        'forest': [('林业碳汇交易额', '万元', 100, 5000, 0), ('林下中药材种植面积', '万亩', 1, 20, 2)]}


def np_growth100(m):
    rng = m.rng
    noun, unit, lo, hi, dp = rng.choice(G100[m.domkey])
    x = rnd(rng, lo, hi, dp)
    r = rnd(rng, 100.1, 420, 1)
    X = fmtn(x, dp, 'plain') + unit
    R = fmtn(r, 1, 'plain') + '%'
    m.lines.append('%d年%s%s，同比增长%s。' % (m.y, noun, X, R))
    neg(m, 'growth_over_100', '增长', [R], None, 'growth above 100% is legal (more than doubled)')


def np_pp_nobase(m):
    rng = m.rng
    name, lo, hi, dp = rng.choice(m.dom['pp'])
    d = fmtn(rnd(rng, 0.1, 4.5, dp), dp, 'plain') + '个百分点'
    w = rng.choice(['提高', '下降', '上升'])
    m.lines.append('%d年%s比上年%s%s。' % (m.y, name, w, d))
    neg(m, 'pp_without_base', '个百分点', [d], None, '个百分点 change without either rate stated')


OVSH = {'health': ('家庭医生签约居民', ['老年人', '慢性病患者', '脱贫人口', '孕产妇']),
        'stats': ('规模以上工业增加值', ['高技术制造业', '装备制造业', '战略性新兴产业']),
        'trade': ('出口总额', ['机电产品', '高新技术产品', '民营企业出口']),
        'energy': ('新增装机容量', ['可再生能源', '分布式电源', '风光储一体化项目']),
        'forest': ('完成造林面积', ['乡土树种', '混交林', '珍贵树种'])}


def np_overlap_shares(m):
    rng = m.rng
    whole, cats = OVSH[m.domkey]
    k = rng.randint(2, len(cats))
    cs = rng.sample(cats, k)
    xs = [rnd(rng, 30, 80, 1) for _ in cs]
    if sum(xs) <= 100:
        raise Retry('not past 100')
    ss = [fmtn(x, 1, 'plain') + '%' for x in xs]
    m.lines.append('%s中，%s。' % (whole, '，'.join('%s占%s' % (c, s) for c, s in zip(cs, ss))))
    neg(m, 'overlapping_shares', whole, ss, dict(rel='share_sum', parts=ss, total='100'),
        'overlapping categories: shares may sum past 100')


def np_permille(m):
    rng = m.rng
    tpl = rng.choice(m.dom['permille'])
    x = fmtn(rnd(rng, 0.05, 12, 2), 2, 'plain')
    m.lines.append('%d年，%s。' % (m.y, tpl.replace('{x}', x)))
    neg(m, 'permille', '‰', [x], None, '‰ is per thousand, not a percentage')


def np_nobase(m):
    rng = m.rng
    bs = rng.sample(m.dom['bare'], 2)
    outs = []
    for phrase, lo, hi, dp in bs:
        outs.append(fmtn(rnd(rng, lo, hi, dp), dp, 'plain') + '%')
    m.lines.append('%s%s，%s%s。' % (bs[0][0], outs[0], bs[1][0], outs[1]))
    neg(m, 'pct_without_base', '%', outs, None, 'percentages with no base in the text')


def np_not_stated(m):
    rng = m.rng
    f = sum_frame(m)
    i = rng.randrange(len(f['names']))
    T = fmtn(f['total'], f['dp'], 'comma') + f['unit']
    r = fmtn(rate_of(f['vals'][i], f['total'], 1), 1, 'plain') + '%'
    m.lines.append('%s%s，%s占比%s。' % (f['head'], T, f['names'][i], r))
    neg(m, 'rate_of_unstated_part', '占比', [T, r], None, 'the part behind the share is not stated')


def np_pct_names(m):
    rng = m.rng
    item = rng.choice(['75%医用酒精{n}箱', '95%乙醇消毒液{n}桶', '含量41%的草甘膦水剂{n}瓶', '浓度75%的消毒酒精{n}箱',
                       'B5生物柴油（掺混比例5%）{n}吨'])
    n = rng.randint(20, 900)
    txt = item.replace('{n}', str(n))
    m.lines.append('全年储备应急物资，其中%s。' % txt)
    m.lines.append(_qty_sentence(m))
    lit = re.search(r'\d+%', txt).group(0)
    neg(m, 'pct_in_product_name', lit, [lit], None, 'percentage inside a product name')


def np_targets(m):
    rng = m.rng
    noun = rng.choice(m.dom['growth'])[0]
    a = rng.randint(3, 9)
    v = rng.randint(0, 2)
    if v == 0:
        s, mk, nums = '%d年%s预期增长%d%%左右。' % (m.y + 1, noun, a), '左右', ['%d%%' % a]
    elif v == 1:
        s, mk, nums = '%d年%s力争增长%d%%—%d%%。' % (m.y + 1, noun, a, a + 2), '力争', ['%d%%' % a, '%d%%' % (a + 2)]
    else:
        nm = rng.choice(m.dom['pp'])[0]
        s, mk, nums = '到%d年，%s达到%d%%以上。' % (m.y + 2, nm, rng.randint(40, 90)), '以上', []
        nums = [re.search(r'\d+%', s).group(0)]
    m.lines.append(s)
    neg(m, 'target_or_range', mk, nums, None, 'targets and ranges are not computed results')


def np_completion_multi(m):
    rng = m.rng
    k = rng.randint(2, 4)
    pls = places(rng, k)
    xs = [fmtn(rnd(rng, 85, 135, 1), 1, 'plain') + '%' for _ in pls]
    task = rng.choice(m.dom['target'])[0]
    m.lines.append('%s分别完成%s的%s。' % ('、'.join(pls), task, '、'.join(xs)))
    neg(m, 'completion_rates_of_different_bases', '分别完成', xs, dict(rel='share_sum', parts=xs, total='100'),
        'completion rates of different places: they do not share a base')


def np_growth_list(m):
    rng = m.rng
    frs = rng.sample(m.dom['growth'], min(3, len(m.dom['growth'])))
    outs, parts = [], []
    for noun, unit, lo, hi, dp, glo, ghi in frs:
        g = rnd(rng, glo, ghi, 1)
        if g == 0:
            g = D('1.2')
        r = fmtn(abs(g), 1, 'plain') + '%'
        parts.append('%s%s%s' % (noun, '增长' if g > 0 else '下降', r))
        outs.append(r)
    m.lines.append('%d年，%s。' % (m.y, '，'.join(parts)))
    neg(m, 'growth_rates_no_base', '增长' if '增长' in m.lines[-1] else '下降', outs, None,
        'growth rates of different indicators without bases')


CHAIN = {'health': ('诊疗人次中，基层医疗卫生机构占', '其中村卫生室占基层诊疗量的'),
         'stats': ('第二产业占地区生产总值的', '其中工业占第二产业增加值的'),
         'trade': ('出口占进出口总额的', '其中机电产品占出口的'),
         'energy': ('清洁能源发电量占总发电量的', '其中光伏发电占清洁能源发电量的'),
         'forest': ('人工造林占完成造林面积的', '其中经济林占人工造林的')}


def np_share_chain(m):
    rng = m.rng
    a_t, b_t = CHAIN[m.domkey]
    a, b = rnd(rng, 25, 70, 1), rnd(rng, 20, 75, 1)
    if a + b == 100:
        raise Retry('100')
    A, B = fmtn(a, 1, 'plain') + '%', fmtn(b, 1, 'plain') + '%'
    m.lines.append('%s%s，%s%s。' % (a_t, A, b_t, B))
    neg(m, 'share_of_a_share', '其中', [A, B], dict(rel='share_sum', parts=[A, B], total='100'),
        'second share is of the first part, not of the whole')


POLICY = {'health': ['城乡居民医保政策范围内住院费用报销比例为%d%%', '大病保险起付线以上报销比例为%d%%'],
          'stats': ['小微企业减按%d%%征收', '中小企业贷款贴息%d%%'],
          'trade': ['出口信用保险保费补贴%d%%', '进口贴息比例为%d%%'],
          'energy': ['分布式光伏项目按投资额的%d%%给予补助', '峰谷电价浮动比例为%d%%'],
          'forest': ['造林补助按成本的%d%%给予补贴', '林木良种补贴比例为%d%%']}


def np_policy(m):
    rng = m.rng
    tpl = rng.choice(POLICY[m.domkey])
    x = rng.choice([1, 3, 5, 10, 20, 30, 50, 60, 70, 75, 80])
    s = tpl % x
    m.lines.append('%s。' % s)
    m.lines.append(_qty_sentence(m))
    neg(m, 'policy_rate', '%d%%' % x, ['%d%%' % x], None, 'a policy rate, nothing to compute')


APPROX_SUBJ = {'health': ('居民', '在基层首诊'), 'stats': ('新增就业', '来自民营企业'),
               'trade': ('进出口额', '由民营企业完成'), 'energy': ('新增装机', '来自新能源'),
               'forest': ('造林任务', '在春季完成')}


def np_approx_words(m):
    rng = m.rng
    w = rng.choice(['近六成', '超过九成', '约三分之一', '逾八成', '四成以上'])
    subj, pred = APPROX_SUBJ[m.domkey]
    x = '%d%%' % rng.randint(55, 95)
    m.lines.append('全市%s的%s%s；%s中逾%s%s。' % (w, subj, pred, subj, x, rng.choice(['为重点区域', '集中在县城以上', '在上半年'])))
    neg(m, 'approx_share_words', w, [x], None, 'word fractions and 逾 are approximate')


def np_cum_growth(m):
    rng = m.rng
    noun = rng.choice(m.dom['growth'])[0]
    a, b = fmtn(rnd(rng, 3, 12, 1), 1, 'plain') + '%', fmtn(rnd(rng, 15, 60, 1), 1, 'plain') + '%'
    m.lines.append('“十四五”以来，%s年均增长%s，累计增长%s。' % (noun, a, b))
    neg(m, 'average_and_cumulative_growth', '年均', [a, b], None, 'average annual and cumulative growth compound, no base given')


def np_approx_base(m):
    rng = m.rng
    f = rate_frame(m)
    if umult(f['unit']) > 1 or f['d'] < 1000:
        raise Retry('need counts')
    step = D(10) ** (len(str(int(f['d']))) - 2)
    da = qhu(f['d'] / step, 0) * step
    na = qhu(f['n'] / step, 0) * step
    if na <= 0:
        raise Retry('zero')
    Dn = format((da / 10000).normalize(), 'f') + '万' + f['unit']
    N = format((na / 10000).normalize(), 'f') + '万' + f['unit']
    R = fmtn(f['r'], f['rdp'], 'plain') + '%'
    nv = dict(rel='rate', num=N, den=Dn, rate=R)
    try:
        if v_eval(nv, '%s %s %s' % (Dn, N, R)):
            raise Retry('naive holds')
    except VErr:
        raise Retry('too close')
    m.lines.append('%s约%s，%s约%s，%s为%s。' % (f['dlab'], Dn, f['nlab'], N, f['rname'], R))
    neg(m, 'approx_counts_exact_rate', '约', [Dn, N, R], nv, 'counts are rounded (约); the rate comes from exact counts')


def np_subgroups(m):
    rng = m.rng
    name, lo, hi, dp = rng.choice(m.dom['pp'])
    k = rng.randint(2, 3)
    pls = places(rng, k)
    xs = [fmtn(rnd(rng, lo, hi, dp), dp, 'plain') + '%' for _ in pls]
    r0 = fmtn(rnd(rng, lo, hi, dp), dp, 'plain') + '%'
    if sum(D(x[:-1]) for x in xs) == 100:
        raise Retry('100')
    m.lines.append('全市%s为%s，其中%s。' % (name, r0, '、'.join(p + x for p, x in zip(pls, xs))))
    neg(m, 'rates_of_subgroups', '其中', [r0] + xs, dict(rel='share_sum', parts=xs, total='100'),
        'rates of sub-areas are not shares of one whole')


NEG_TOTALS = [
    ('neg_partial_list_deng', nt_partial_deng), ('neg_partial_list_zhuyaoyou', nt_zhuyaoyou),
    ('neg_partial_list_jiaoduo', nt_jiaoduo), ('neg_approx_total_yue_jin', nt_approx_yue),
    ('neg_approx_total_yu_duo', nt_approx_yu), ('neg_overlapping_subsets', nt_overlap),
    ('neg_cumulative_vs_new', nt_cumulative), ('neg_two_wholes', nt_two_wholes),
    ('neg_identifiers', nt_identifiers), ('neg_dates_periods', nt_dates), ('neg_model_numbers', nt_models),
    ('neg_phone_hotline', nt_phone), ('neg_policy_plus_names', nt_plus), ('neg_ranges', nt_ranges),
    ('neg_nested_subset', nt_nested), ('neg_unit_conversion', nt_units),
]
NEG_PCT = [
    ('neg_growth_over_100', np_growth100), ('neg_pp_without_base', np_pp_nobase),
    ('neg_overlapping_shares', np_overlap_shares), ('neg_permille', np_permille),
    ('neg_pct_without_base', np_nobase), ('neg_rate_of_unstated_part', np_not_stated),
    ('neg_pct_in_product_name', np_pct_names), ('neg_targets_ranges', np_targets),
    ('neg_completion_multi', np_completion_multi), ('neg_growth_list_no_base', np_growth_list),
    ('neg_share_of_share', np_share_chain), ('neg_policy_rates', np_policy),
    ('neg_approx_share_words', np_approx_words), ('neg_avg_cumulative_growth', np_cum_growth),
    ('neg_approx_counts_rate', np_approx_base), ('neg_subgroup_rates', np_subgroups),
]


# =====================================================================================
# G. GENERATOR: driver
# =====================================================================================
N_POS_TOTALS, N_POS_PCT, N_NEG = 15, 16, 19


def style_plan():
    """[(style, family, builder, domain or None, [labels])] in a fixed order."""
    plan = []
    i = 0
    for name, b in TOTALS_BUILDERS:
        for dk in DOM_ORDER:
            nc = 8 if i % 2 == 0 else 7
            plan.append(('%s_%s' % (name, dk), 'totals', b, dk, ['consistent'] * nc + ['inconsistent'] * (N_POS_TOTALS - nc)))
            i += 1
    for name, b in NEG_TOTALS:
        plan.append((name, 'totals', b, None, ['negative'] * N_NEG))
    for name, b in PCT_BUILDERS:
        for dk in DOM_ORDER:
            plan.append(('%s_%s' % (name, dk), 'pct', b, dk, ['consistent'] * 8 + ['inconsistent'] * 8))
    for name, b in NEG_PCT:
        plan.append((name, 'pct', b, None, ['negative'] * N_NEG))
    return plan


def make_record(rng, style, family, builder, dk, label, rid):
    last = None
    for attempt in range(400):
        dkey = dk or rng.choice(DOM_ORDER)
        m = Model(rng, DOMS[dkey], pick_fmt(rng))
        m.domkey = dkey
        m.y = rng.choice(YEARS)
        try:
            if builder is None:  # malformed_literal
                p_malformed(m, label == 'inconsistent')
            else:
                builder(m)
                if label == 'inconsistent':
                    m.perturb()
            if len(m.lines) + len(m.pre) + len(m.post) > 8:
                raise Retry('too many lines')
            add_ctx(m)
            text, checks = m.render()
        except Retry as e:
            last = 'retry %s' % e
            continue
        note = m.note
        if m.changed:
            k, old, new, unit = m.changed
            note += '; changed %s from %s to %s%s' % (k, old, new, unit)
        elif label == 'consistent':
            note += '; %d relation(s) hold' % len(checks)
        rec = dict(id=rid, family=family, style=style, label=label, text=text, note=note, checks=checks)
        derived, failures, errors = verify_record(rec)
        if errors or derived != label:
            last = (derived, failures, errors, text)
            continue
        return rec
    raise RuntimeError('could not build a %s record for style %s (last: %s)' % (label, style, last))


def generate(seed):
    out = []
    for style, family, builder, dk, labels in style_plan():
        rng = random.Random('numbers37|%s|%s' % (seed, style))
        labels = labels[:]
        rng.shuffle(labels)
        for j, label in enumerate(labels):
            rid = 'n37-s%s-%s-%02d' % (seed, style, j)
            out.append(make_record(rng, style, family, builder, dk, label, rid))
    return out


def style_table(recs):
    rows = {}
    order = []
    for r in recs:
        if r['style'] not in rows:
            rows[r['style']] = dict(family=r['family'], consistent=0, inconsistent=0, negative=0, ex=None)
            order.append(r['style'])
        row = rows[r['style']]
        row[r['label']] += 1
        if row['ex'] is None or (r['label'] == 'inconsistent' and row['ex'][0] != 'inconsistent'):
            row['ex'] = (r['label'], r['text'])
    lines = ['| style | family | cons | incons | neg | example (label: longest line of one record, shortened) |', '|---|---|---|---|---|---|']
    for st in order:
        row = rows[st]
        ex = row['ex'][1].split('\n')
        body = max(ex, key=len)
        body = body.replace('|', '\\|').replace('\t', '⇥')
        if len(body) > 70:
            body = body[:70] + '…'
        lines.append('| %s | %s | %d | %d | %d | %s: %s |' % (st, row['family'], row['consistent'], row['inconsistent'],
                                                         row['negative'], row['ex'][0][:5], body))
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--table', action='store_true', help='print the markdown style table for --seed')
    a = ap.parse_args()
    if a.verify:
        return verify_files(a.verify)
    if a.seed is None:
        ap.error('--seed is required')
    recs = generate(a.seed)
    if a.table:
        print(style_table(recs))
        return 0
    out = a.out or 'numbers37_seed%d.jsonl' % a.seed
    with open(out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    fam = {}
    for r in recs:
        fam.setdefault(r['family'], {}).setdefault(r['label'], 0)
        fam[r['family']][r['label']] += 1
    print('wrote %d records, %d styles to %s: %s' % (len(recs), len({r['style'] for r in recs}), out, json.dumps(fam, ensure_ascii=False)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
