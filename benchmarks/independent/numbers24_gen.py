#!/usr/bin/env python3
"""numbers24_gen.py -- held-out test collection for an arithmetic auditor of Chinese report text.

Generates JSON Lines records of two families:
  totals : a whole and its parts, differences, changes, balances, counts of numbered items ...
  pct    : rates that must agree with their own numbers, shares of one whole, growth rates,
           percentage-point differences, and malformed percentages.

Usage:
  python3 numbers24_gen.py --seed 11 --out numbers24_seed11.jsonl
  python3 numbers24_gen.py --verify numbers24_seed11.jsonl numbers24_seed12.jsonl
  python3 numbers24_gen.py --style-table table.md [--from numbers24_seed11.jsonl]

Standard library only; deterministic per seed (one random.Random per style, seeded from the
seed and the style's position; no set or hash ordering is used).
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 50

# ----------------------------------------------------------------------------------------------
# number writing
# ----------------------------------------------------------------------------------------------
FWD = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN_D = '零一二三四五六七八九'


def _cn4(n, top):
    out = ''
    zero = False
    started = False
    for u, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // u % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += '零'
            zero = False
        if u == 10 and d == 1 and not started and top:
            out += '十'
        else:
            out += CN_D[d] + name
        started = True
    return out


def cn_int(n, liang=False):
    """Chinese numerals for 0 <= n < 10**8."""
    if n == 0:
        return '零'
    hi, lo = divmod(n, 10000)
    if hi:
        s = _cn4(hi, True) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + _cn4(lo, False)
    else:
        s = _cn4(lo, True)
    if liang and len(s) > 1 and s[0] == '二' and s[1] in '千百万':
        s = '两' + s[1:]
    return s


def cn_dec(txt):
    """'98.67' -> 九十八点六七"""
    if '.' in txt:
        a, b = txt.split('.')
        return cn_int(int(a)) + '点' + ''.join(CN_D[int(c)] for c in b)
    return cn_int(int(txt))


def plain(v, places):
    """scaled int -> '123.45' """
    neg = v < 0
    v = abs(v)
    if places == 0:
        s = str(v)
    else:
        q, r = divmod(v, 10 ** places)
        s = '%d.%0*d' % (q, places, r)
    return ('-' if neg else '') + s


def group(intpart, sep):
    s = intpart
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_num(v, places=0, mode='a'):
    """Write the scaled integer v (value * 10**places) in the given mode."""
    s = plain(v, places)
    if mode == 'a':
        return s
    if mode in ('c', 'fc', 'sp'):
        sep = {'c': ',', 'fc': '，', 'sp': ' '}[mode]
        if '.' in s:
            a, b = s.split('.')
            return group(a, sep) + '.' + b
        return group(s, sep)
    if mode == 'fw':
        return s.translate(FWD)
    if mode in ('cn', 'cnl'):
        if places:
            return cn_dec(s)
        return cn_int(v, liang=(mode == 'cnl'))
    raise ValueError(mode)


def q(v, places):
    """scaled int -> Decimal"""
    return Decimal(v) / (Decimal(10) ** places)


MULT = {'': 1, '万': 10 ** 4, '亿': 10 ** 8}


def num(v, places=0, mode='a', mult=''):
    """A number token: {'s': surface, 'v': value as str}. v scaled by 10**places, then * mult."""
    s = fmt_num(v, places, mode) + mult
    val = q(v, places) * MULT[mult]
    return {'s': s, 'v': str(val.normalize() if val != 0 else Decimal(0))}


def rhu(x, places):
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct_tok(value, places, mode='a'):
    """value: Decimal already rounded; returns token for a percentage."""
    txt = str(rhu(value, places))
    if mode == 'a':
        s = txt + '%'
    elif mode == 'fp':
        s = txt + '％'
    elif mode == 'fw':
        s = txt.translate(FWD) + '％'
    elif mode == 'cn':
        s = '百分之' + cn_dec(txt)
    else:
        raise ValueError(mode)
    return {'s': s, 'v': txt, 'places': places}


def tie_free(x, places):
    """True when x is not (nearly) halfway between two values at `places` decimals."""
    y = x * (Decimal(10) ** places)
    frac = y - int(y)
    return abs(frac - Decimal('0.5')) > Decimal('0.02')


# ----------------------------------------------------------------------------------------------
# independent reading of number tokens (used by the verifier)
# ----------------------------------------------------------------------------------------------
CN_VAL = {c: i for i, c in enumerate(CN_D)}
CN_VAL.update({'两': 2, '〇': 0, '壹': 1, '贰': 2})
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
CN_BIG = {'万': 10 ** 4, '亿': 10 ** 8}
FW_BACK = str.maketrans('０１２３４５６７８９．', '0123456789.')


def parse_cn_int(s):
    total = 0
    section = 0
    n = 0
    for ch in s:
        if ch in CN_VAL:
            n = CN_VAL[ch]
        elif ch in CN_UNIT:
            if n == 0 and ch == '十':
                n = 1
            section += n * CN_UNIT[ch]
            n = 0
        elif ch in CN_BIG:
            section = (section + n) * CN_BIG[ch]
            total += section
            section = 0
            n = 0
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return total + section + n


def parse_number(s):
    t = s.strip()
    sign = 1
    if t[:1] in '+-－＋':
        sign = -1 if t[0] in '-－' else 1
        t = t[1:]
    if t.startswith('百分之'):
        t = t[3:]
    t = t.rstrip('%％')
    t = t.translate(FW_BACK)
    if re.search(r'[零一二三四五六七八九十百千两〇]', t):
        if '点' in t:
            a, b = t.split('点')
            return sign * (Decimal(parse_cn_int(a)) + Decimal('0.' + ''.join(str(CN_VAL[c]) for c in b)))
        return sign * Decimal(parse_cn_int(t))
    mult = 1
    if t and t[-1] in CN_BIG:
        mult = CN_BIG[t[-1]]
        t = t[:-1]
    # thousands separators
    if re.fullmatch(r'\d{1,3}([,， ]\d{3})+(\.\d+)?', t):
        t = re.sub(r'[,， ]', '', t)
    if not re.fullmatch(r'\d+(\.\d+)?', t):
        raise ValueError('bad number %r' % s)
    return sign * Decimal(t) * mult


# malformed percentage detection (independent of the writer)
BAD_PCT = [
    ('placeholder', re.compile(r'[xX×Ｘｘ]+[%％]')),
    ('space_before_sign', re.compile(r'[0-9０-９][ \u3000\u00a0]+[%％]')),
    ('sign_before_number', re.compile(r'[%％][0-9０-９]')),
    ('doubled_sign', re.compile(r'[%％]{2,}')),
    ('double_point', re.compile(r'[0-9][.．]{2,}[0-9]+[%％]')),
    ('comma_decimal', re.compile(r'[0-9],[0-9]{1,2}[%％]')),
    ('mixed_chinese', re.compile(r'百分之[0-9０-９]')),
    ('dangling_point', re.compile(r'[.．][%％]')),
    ('sign_without_number', re.compile(r'(?<![0-9０-９xX×Ｘｘ.．%％ \u3000])[%％]')),
]


def bad_pct_spans(text):
    hits = []
    for name, rx in BAD_PCT:
        for m in rx.finditer(text):
            hits.append((m.start(), m.end(), name))
    hits.sort()
    merged = []
    for h in hits:
        if merged and h[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], h[1]), merged[-1][2])
        else:
            merged.append(h)
    return merged


# ----------------------------------------------------------------------------------------------
# verifier
# ----------------------------------------------------------------------------------------------
def places_of(s):
    t = s.strip()
    if t.startswith('百分之'):
        t = t[3:]
        return len(t.split('点')[1]) if '点' in t else 0
    t = t.rstrip('%％').translate(FW_BACK)
    t = t.rstrip('万亿')
    return len(t.split('.')[1]) if '.' in t else 0


class VerifyError(Exception):
    pass


def _tok(t, text, where):
    if not isinstance(t, dict) or 's' not in t or 'v' not in t:
        raise VerifyError('%s: bad token %r' % (where, t))
    if t['s'] not in text:
        raise VerifyError('%s: surface %r not in text' % (where, t['s']))
    val = parse_number(t['s'])
    if val != Decimal(t['v']):
        raise VerifyError('%s: surface %r reads %s, stored %s' % (where, t['s'], val, t['v']))
    return val


def recompute(c, text):
    """Return (holds, margin_ok) for one check, reading every number from its surface."""
    rel = c.get('rel')
    if rel == 'sum':
        tot = _tok(c['total'], text, 'sum.total')
        parts = [_tok(p, text, 'sum.part') for p in c['parts']]
        if len(parts) < 2:
            raise VerifyError('sum with <2 parts')
        return sum(parts) == tot, True
    if rel == 'lin':
        acc = Decimal(0)
        for term in c['terms']:
            k = Decimal(str(term['k']))
            acc += k * _tok(term['n'], text, 'lin.term')
        res = _tok(c['result'], text, 'lin.result')
        return acc == res, True
    if rel == 'change':
        old = _tok(c['old'], text, 'change.old')
        new = _tok(c['new'], text, 'change.new')
        d = _tok(c['delta'], text, 'change.delta')
        sign = Decimal(c['dir'])
        if c.get('word') and c['word'] not in text:
            raise VerifyError('change word missing')
        return (new - old) * sign == d, True
    if rel == 'count':
        n = _tok(c['n'], text, 'count.n')
        for m in c['markers']:
            if m not in text:
                raise VerifyError('marker %r missing' % m)
        if c.get('absent') and c['absent'] in text:
            raise VerifyError('marker %r should be absent' % c['absent'])
        return n == len(c['markers']), True
    if rel in ('rate', 'growth', 'avg', 'convert'):
        if rel == 'rate':
            b = _tok(c['den'], text, 'rate.den')
            if 'sub' in c:
                a = b - _tok(c['sub'], text, 'rate.sub')
            else:
                a = _tok(c['num'], text, 'rate.num')
            true = a / b * 100
            st = c['pct']
        elif rel == 'growth':
            a = _tok(c['old'], text, 'growth.old')
            b = _tok(c['new'], text, 'growth.new')
            true = (b - a) / a * 100 * Decimal(c['dir'])
            st = c['pct']
            if c.get('word') and c['word'] not in text:
                raise VerifyError('growth word missing')
        elif rel == 'avg':
            a = _tok(c['total'], text, 'avg.total')
            b = _tok(c['count'], text, 'avg.count')
            true = a * Decimal(str(c.get('factor', 1))) / b
            st = c['avg']
        else:
            a = _tok(c['a'], text, 'convert.a')
            true = a * Decimal(str(c['ua'])) / Decimal(str(c['ub']))
            st = c['b']
        sv = _tok(st, text, rel + '.stated')
        pl = places_of(st['s'])
        ok = rhu(true, pl) == sv
        unit = Decimal(1).scaleb(-pl)
        if rel in ('rate', 'growth'):
            margin = abs(true - sv) >= Decimal('0.5')
        else:
            margin = abs(true - sv) >= unit * 3
        return ok, (ok or margin)
    if rel == 'share_sum':
        ps = [_tok(p, text, 'share') for p in c['pcts']]
        s = sum(ps)
        if c['mode'] == 'le100':
            return s <= 100, (s <= 100 or s - 100 >= 1)
        pl = max(places_of(p['s']) for p in c['pcts'])
        tol = Decimal(len(ps)) * Decimal('0.5') * Decimal(1).scaleb(-pl)
        ok = abs(s - 100) <= tol
        return ok, (ok or abs(s - 100) >= 1)
    if rel == 'pp':
        r1 = _tok(c['r1'], text, 'pp.r1')
        r2 = _tok(c['r2'], text, 'pp.r2')
        d = _tok(c['pp'], text, 'pp.pp')
        return (r2 - r1) * Decimal(c['dir']) == d, True
    if rel == 'malformed':
        s = c['s']
        if s not in text:
            raise VerifyError('malformed token missing')
        if not bad_pct_spans(s):
            raise VerifyError('token %r is not malformed' % s)
        return False, True
    if rel == 'lookalike':
        if c['cue'] not in text:
            raise VerifyError('cue %r missing' % c['cue'])
        cond = c.get('cond')
        if cond:
            toks = [_tok(t, text, 'lookalike') for t in c.get('nums', [])]
            if cond == 'sum_gt':
                good = sum(toks[1:]) > toks[0]
            elif cond == 'sum_lt':
                good = sum(toks[1:]) < toks[0]
            elif cond == 'sum_ne':
                good = sum(toks[1:]) != toks[0]
            elif cond == 'over100':
                good = all(t > 100 for t in toks)
            elif cond == 'ratio_ne':
                good = True
            else:
                raise VerifyError('unknown cond %s' % cond)
            if not good:
                raise VerifyError('lookalike condition %s fails' % cond)
        return None, True
    raise VerifyError('unknown rel %r' % rel)


def verify_record(r):
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in r:
            raise VerifyError('missing key ' + k)
    if r['family'] not in ('totals', 'pct'):
        raise VerifyError('bad family')
    if r['label'] not in ('consistent', 'inconsistent', 'negative'):
        raise VerifyError('bad label')
    if not re.fullmatch(r'[a-z0-9_]+', r['style']):
        raise VerifyError('bad style name')
    text = r['text']
    nl = len(text.split('\n'))
    if not 1 <= nl <= 8:
        raise VerifyError('text has %d lines' % nl)
    if '\n' in r['note']:
        raise VerifyError('note spans lines')
    if not r['checks']:
        raise VerifyError('no checks')
    fails = []
    looks = 0
    for i, c in enumerate(r['checks']):
        holds, margin = recompute(c, text)
        if c['rel'] == 'lookalike':
            looks += 1
            continue
        if holds != c.get('holds'):
            raise VerifyError('check %d (%s): recomputed %s, stored %s' % (i, c['rel'], holds, c.get('holds')))
        if not holds:
            if not margin:
                raise VerifyError('check %d (%s) fails only within rounding' % (i, c['rel']))
            fails.append(c)
    bad = bad_pct_spans(text)
    lab = r['label']
    if lab == 'consistent':
        if fails or looks:
            raise VerifyError('consistent record with failing/lookalike checks')
        if bad:
            raise VerifyError('consistent record with malformed percentage %r' % (bad,))
    elif lab == 'inconsistent':
        if len(fails) != 1 or looks:
            raise VerifyError('inconsistent record with %d failing checks' % len(fails))
        want = 1 if fails[0]['rel'] == 'malformed' else 0
        if len(bad) != want:
            raise VerifyError('inconsistent record: %d malformed spans, expected %d' % (len(bad), want))
    else:
        if fails or not looks:
            raise VerifyError('negative record must hold only lookalikes / holding checks')
        if bad:
            raise VerifyError('negative record with malformed percentage')
    if r['family'] == 'pct' and lab != 'negative' and not re.search(r'[%％∶]|百分', text):
        raise VerifyError('pct record without a percentage')


def verify_files(paths):
    problems = 0
    for p in paths:
        seen = set()
        n = 0
        with open(p, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                    if r.get('id') in seen:
                        raise VerifyError('duplicate id')
                    seen.add(r.get('id'))
                    verify_record(r)
                except (VerifyError, ValueError, KeyError, TypeError, ArithmeticError) as e:
                    problems += 1
                    if problems <= 50:
                        print('%s:%d: %s: %s' % (p, ln, type(e).__name__, e), file=sys.stderr)
                n += 1
        print('%s: %d records checked' % (p, n))
    if problems:
        print('%d problem(s)' % problems, file=sys.stderr)
        return 1
    print('all records verified')
    return 0


# ----------------------------------------------------------------------------------------------
# generation framework
# ----------------------------------------------------------------------------------------------
SYL = '青岚桐溪南屿丰禾云浦清河柳塘石桥白沙东岭龙湾金坪望江鹤山松岗栖霞明月兰亭碧水双溪凤鸣新安永宁长丰嘉禾瑞昌'
PLACE_SUF = ['街道', '镇', '区', '县', '乡', '市', '社区']
DEPTS = ['生态环境局', '综合行政执法局', '信访局', '卫生健康局', '交通运输局', '住房和城乡建设局', '司法所',
         '市场监督管理局', '城市管理局', '水务局', '发展和改革局', '人力资源和社会保障局', '人民法院', '人民检察院',
         '中心医院', '第二中学', '党政办', '统计局', '能源局', '住房公积金管理中心', '机关事务中心']
COMP = ['恒川', '远衡', '嘉澜', '启宸', '拓川', '瀚宇', '盛禾', '鼎峪', '朗泽', '星垣']
COMP_SUF = ['物流有限公司', '能源集团', '水务公司', '公交集团', '建设发展公司', '港务公司', '环保科技公司']
TOPICS = ['生态环境保护', '基层社会治理', '营商环境优化', '民生保障', '城市更新', '交通运输', '能源保供',
          '安全生产', '法治建设', '公共卫生', '教育事业', '乡村振兴', '住房保障', '项目建设']
CN_ORD = '一二三四五六七八九十'
SAFE_CTX = [
    '全年召开专题推进会{n}次，研究解决重点难点问题。', '组织业务培训{n}场次，干部履职能力进一步增强。',
    '印发工作方案和配套制度{n}份。', '{y}年{m}月{d}日，召开专项工作部署会。', '走访服务企业{n}家，收集意见建议。',
    '深入开展调查研究，形成调研报告{n}篇。', '坚持问题导向，健全长效机制，各项工作稳步推进。',
    '在上级部门的指导下，全体干部职工齐心协力，较好完成了年度目标任务。', '现将有关情况报告如下：',
    '工作中仍存在基础薄弱、人员不足等问题，有待进一步改进。', '下一步，将继续压实责任，确保各项任务落地见效。',
    '建立周调度、月通报工作机制，累计开展督导{n}轮。', '主要经济指标运行平稳，总体保持稳中有进态势。',
    '编发工作简报{n}期，及时宣传典型经验。', '（数据来源：{place}统计部门，截至{y}年{m}月底）',
]


class G:
    def __init__(self, r, label, v, year):
        self.r = r
        self.label = label
        self.bad = label == 'inconsistent'
        self.v = v
        self.year = year

    # random helpers
    def ri(self, a, b):
        return self.r.randint(a, b)

    def ch(self, seq):
        return self.r.choice(seq)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def place(self, suf=None):
        i = self.r.randrange(0, len(SYL) - 1, 2)
        return SYL[i:i + 2] + (suf if suf is not None else self.ch(PLACE_SUF))

    def company(self):
        return self.ch(COMP) + self.ch(COMP_SUF)

    @property
    def mode(self):
        return self.v.get('mode', 'a')

    def N(self, v, places=0, mode=None, mult=''):
        return num(v, places, self.mode if mode is None else mode, mult)

    def bump(self, v, frac=0.15, lo=1, hi=None):
        top = max(lo + 1, int(abs(v) * frac))
        if hi:
            top = min(top, hi)
        for _ in range(100):
            d = self.ri(lo, top) * self.ch([-1, 1])
            if v + d > 0 and d != 0:
                return v + d
        return v + lo

    def parts(self, k, lo, hi, step=1):
        return [self.ri(lo // step, hi // step) * step for _ in range(k)]

    def sum_case(self, k, lo, hi, step=1, total_ok=True, frac=0.15):
        """parts and total (scaled ints); when inconsistent one of them is altered.
        returns (parts, total, which) with which = -1 for total, index of part, or None."""
        ps = self.parts(k, lo, hi, step)
        tot = sum(ps)
        which = None
        if self.bad:
            which = self.ch(([-1] if total_ok else []) + list(range(k)))
            if which == -1:
                nt = self.bump(tot, 0.1, step, None)
                nt = nt - (nt - tot) % step if step > 1 and (nt - tot) % step else nt
                if nt == tot:
                    nt = tot + step
                tot = nt
            else:
                nv = self.bump(ps[which], frac, step)
                if step > 1:
                    nv = max(step, nv - (nv % step))
                if nv == ps[which]:
                    nv = ps[which] + step
                ps[which] = nv
        return ps, tot, which

    def rate_case(self, den, lo_r, hi_r, places, cap100=True, den_places=0):
        """numerator (scaled like den) and stated pct Decimal; inconsistent -> off by >= 1pp."""
        for _ in range(200):
            num_ = int(den * Decimal(str(self.r.uniform(lo_r, hi_r))))
            if num_ <= 0:
                continue
            if cap100 and num_ > den:
                continue
            true = Decimal(num_) / Decimal(den) * 100
            if not tie_free(true, places):
                continue
            st = rhu(true, places)
            if self.bad:
                off = Decimal(str(round(self.r.uniform(1.0, 6.0), places))) * self.ch([-1, 1])
                st2 = rhu(st + off, places)
                if cap100 and st2 > 100:
                    st2 = rhu(st - abs(off), places)
                if st2 <= 0 or abs(st2 - true) < 1:
                    continue
                st = st2
            return num_, st, true
        raise RuntimeError('rate_case')

    def pct_off(self, st, places, cap100=False):
        for _ in range(100):
            off = Decimal(str(round(self.r.uniform(1.0, 6.0), places))) * self.ch([-1, 1])
            st2 = rhu(st + off, places)
            if st2 > 0 and not (cap100 and st2 > 100) and abs(st2 - st) >= 1:
                return st2
        return rhu(st + 2, places)

    def ctx(self):
        t = self.ch(SAFE_CTX)
        return t.format(n=self.ri(2, 40), y=self.year, m=self.ri(1, 12), d=self.ri(1, 28), place=self.place())

    def heading(self):
        k = self.ri(0, 5)
        p = self.place()
        return [
            '%s、%d年工作回顾' % (self.ch(CN_ORD[:4]), self.year),
            '（%s）%s' % (self.ch(CN_ORD[:6]), self.ch(TOPICS)),
            '%s%s%d年工作总结' % (p, self.ch(DEPTS), self.year),
            '%d年%s国民经济和社会发展统计公报（摘录）' % (self.year, p),
            '关于%d年度%s工作情况的报告' % (self.year, self.ch(TOPICS)),
            '%s%d年%s审计情况' % (p, self.year, self.ch(TOPICS)),
        ][k]


def join_items(items, sep):
    return sep.join(items)


def tot_chk(total, parts, holds):
    return {'rel': 'sum', 'total': total, 'parts': parts, 'holds': holds}


def lin_chk(terms, result, holds):
    return {'rel': 'lin', 'terms': [{'k': k, 'n': n} for k, n in terms], 'result': result, 'holds': holds}


def rate_chk(num_, den, pct, holds, sub=None):
    c = {'rel': 'rate', 'den': den, 'pct': pct, 'holds': holds}
    if sub is not None:
        c['sub'] = sub
    else:
        c['num'] = num_
    return c


def look(kind, cue, cond=None, nums=None):
    c = {'rel': 'lookalike', 'kind': kind, 'cue': cue}
    if cond:
        c['cond'] = cond
        c['nums'] = nums
    return c


def sum_note(parts, total, which, names=None):
    ps = '+'.join(p['s'] for p in parts)
    s = 'sum of parts %s vs total %s' % (ps, total['s'])
    if which is None:
        return s + ': they add up, consistent'
    if which == -1:
        return s + ': the stated total is wrong (altered), inconsistent'
    nm = (names[which] if names else 'part %d' % (which + 1))
    return s + ': part %s altered so the parts do not add up, inconsistent' % nm


STYLES = []


def style(name, fam, skind, fn, **v):
    STYLES.append({'name': name, 'fam': fam, 'kind': skind, 'fn': fn, 'v': v})


# ----------------------------------------------------------------------------------------------
# domains
# ----------------------------------------------------------------------------------------------
def D(o, u, cats, lo, hi, p=0, big=False):
    return {'o': o, 'u': u, 'cats': cats, 'lo': lo, 'hi': hi, 'p': p, 'big': big}


T_DOM = [
    D('查处环境违法案件', '起', ['水污染', '大气污染', '噪声污染', '固体废物', '土壤污染'], 3, 60),
    D('受理群众信访事项', '件', ['城乡建设', '劳动保障', '农村土地', '教育', '医疗卫生', '物业管理'], 5, 90),
    D('办理行政许可事项', '件', ['企业设立登记', '建设工程', '食品经营', '公共场所卫生', '道路运输'], 8, 120),
    D('审结各类案件', '件', ['刑事', '民事', '行政', '执行'], 20, 900),
    D('排查安全隐患', '处', ['消防', '用电', '燃气', '特种设备', '危险化学品'], 6, 150),
    D('化解矛盾纠纷', '起', ['婚姻家庭', '邻里', '土地权属', '劳资', '物业'], 4, 70),
    D('新增市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], 30, 900),
    D('新增停车泊位', '个', ['公共停车场', '路内临时泊位', '配建泊位', '错时共享泊位'], 40, 900),
    D('核发建筑工程施工许可证', '件', ['房屋建筑', '市政基础设施', '交通工程', '水利工程'], 3, 80),
    D('改造老旧小区', '个', ['城东片区', '城西片区', '老城片区', '滨江片区'], 2, 30),
    D('新开和优化公交线路', '条', ['新开', '优化调整', '延伸'], 2, 20),
    D('批准逮捕犯罪嫌疑人', '人', ['盗窃', '诈骗', '危险驾驶', '故意伤害', '帮助信息网络犯罪活动'], 3, 80),
    D('开展义诊服务', '场次', ['社区', '农村', '学校', '企业'], 3, 40),
    D('培训农村实用人才', '人次', ['种植技术', '电商直播', '家政服务', '养殖技术'], 30, 600),
    D('处理投诉举报', '件', ['产品质量', '价格', '合同纠纷', '食品安全', '广告'], 10, 400),
]
T_BIG = [
    D('门诊接诊', '人次', ['内科', '外科', '儿科', '妇产科', '急诊科'], 1200, 60000, big=True),
    D('接待游客', '人次', ['古城景区', '湿地公园', '民俗村', '博物馆'], 5000, 90000, big=True),
    D('公共自行车和共享单车骑行', '人次', ['公共自行车', '共享单车', '共享电单车'], 3000, 90000, big=True),
    D('办理政务服务事项', '件', ['综合窗口', '网上办理', '自助终端', '帮办代办'], 1000, 50000, big=True),
    D('在校学生', '人', ['小学', '初中', '普通高中', '中等职业学校'], 1500, 40000, big=True),
    D('发放惠民补贴', '元', ['耕地地力保护补贴', '高龄补贴', '残疾人两项补贴', '临时救助'], 20000, 900000, big=True),
]
T_DEC = [
    D('完成货运量', '万吨', ['公路', '铁路', '水路', '航空'], 5, 9000, p=1),
    D('全社会用电量', '亿千瓦时', ['第一产业', '第二产业', '第三产业', '城乡居民生活'], 100, 9000, p=2),
    D('发电量', '亿千瓦时', ['火电', '水电', '风电', '光伏发电', '生物质发电'], 50, 9000, p=2),
    D('新能源装机容量', '万千瓦', ['风电', '集中式光伏', '分布式光伏', '生物质发电'], 10, 3000, p=1),
    D('供水总量', '万立方米', ['居民生活', '工业', '公共服务', '生态环境'], 100, 9000, p=1),
    D('处理生活垃圾', '吨', ['可回收物', '厨余垃圾', '有害垃圾', '其他垃圾'], 5, 90000, p=1),
    D('商品房销售面积', '万平方米', ['住宅', '办公楼', '商业营业用房', '其他用房'], 100, 9000, p=2),
    D('完成造林绿化', '公顷', ['人工造林', '封山育林', '退化林修复', '森林抚育'], 100, 90000, p=1),
    D('港口货物吞吐量', '万吨', ['煤炭', '金属矿石', '集装箱', '粮食', '石油天然气'], 100, 9000, p=1),
    D('支出疫情防控和救助资金', '万元', ['物资采购', '医疗救治', '生活救助', '人员补助'], 100, 90000, p=2),
    D('客运量', '万人次', ['公交', '轨道交通', '出租汽车', '轮渡'], 10, 9000, p=1),
]


def dom(g, kind='int'):
    if kind == 'big':
        return g.ch(T_BIG)
    if kind == 'dec':
        return g.ch(T_DEC)
    return g.ch(T_DOM)


def mag(g, d, kind):
    """(lo, hi, places) for the parts of a domain under the style's number mode."""
    if kind == 'dec':
        return d['lo'], d['hi'], d['p']
    if g.mode in ('cn', 'cnl'):
        return 1, min(d['hi'], 99) if g.v.get('small') else min(max(d['hi'], 60), 3000), 0
    if g.mode in ('c', 'fc', 'sp'):
        return max(d['lo'], 1000), max(d['hi'], 20000), 0
    return d['lo'], d['hi'], 0


LEADS = ['全年共', '年内累计', '', '%d年，' , '截至12月底，共', '本年度共', '报告期内共']


VSTART = ('查处', '受理', '办理', '审结', '排查', '化解', '新增', '核发', '改造', '新开', '批准', '开展', '培训', '处理', '完成', '发放', '接待', '支出')


def lead(g, d=None):
    if d is not None and not d['o'].startswith(VSTART):
        l = g.ch(['全年', '', '%d年，', '本年度', '报告期内'])
        return l % g.year if '%d' in l else l
    l = g.ch(LEADS)
    return l % g.year if '%d' in l else l


# ----------------------------------------------------------------------------------------------
# totals: whole and parts
# ----------------------------------------------------------------------------------------------
def t_qizhong(g):
    kind = g.v.get('kind', 'int')
    d = dom(g, 'big' if g.mode in ('c', 'fc', 'sp') else kind)
    lo, hi, p = mag(g, d, kind)
    k = g.ri(2, min(5, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    sep = g.v.get('sep', '、')
    order = g.v.get('order', 'name')
    if order == 'name':
        items = ['%s%s%s' % (c, x['s'], u) for c, x in zip(cats, P)]
    elif order == 'num':
        items = ['涉及%s的%s%s' % (c, x['s'], u) for c, x in zip(cats, P)]
    else:
        items = ['%s类%s%s' % (c, x['s'], u) for c, x in zip(cats, P)]
    colon = g.v.get('colon', '')
    text = '%s%s%s%s，其中%s%s。' % (lead(g, d), d['o'], T['s'], u, colon, sep.join(items))
    return [text], sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_fenbie(g):
    d = dom(g)
    lo, hi, p = mag(g, d, 'int')
    k = g.ri(2, min(4, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    if g.v.get('form') == 'unit_each':
        tail = '、'.join(x['s'] + u for x in P)
    else:
        tail = '、'.join(x['s'] for x in P) + u
    text = '%s%s%s%s，%s分别为%s。' % (lead(g, d), d['o'], T['s'], u, '、'.join(cats), tail)
    return [text], sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_parts_first(g):
    kind = g.v.get('kind', 'int')
    d = dom(g, kind)
    lo, hi, p = mag(g, d, kind)
    k = g.ri(2, min(5, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    items = ['%s%s%s' % (c, x['s'], u) for c, x in zip(cats, P)]
    f = g.v.get('form', 'heji')
    if f == 'heji':
        text = '%s%s：%s，合计%s%s。' % (lead(g, d), d['o'], '，'.join(items), T['s'], u)
        lines = [text]
    elif f == 'gongji':
        text = '%s、共计%s%s。' % ('、'.join(items), T['s'], u)
        lines = ['%s%s情况如下：%s' % (g.ch(['今年', '本年度', '上半年']), d['o'], text)]
    else:
        lines = ['%s方面，%s。' % (c, '完成' + x['s'] + u) for c, x in zip(cats, P)]
        lines = [''.join(lines), '以上合计%s%s%s。' % (d['o'].lstrip('完成'), T['s'], u)]
    return lines, sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_paren(g):
    d = dom(g)
    lo, hi, p = mag(g, d, 'int')
    k = g.ri(2, min(4, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    if g.v.get('form') == 'colon':
        inner = '；'.join('%s：%s%s' % (c, x['s'], u) for c, x in zip(cats, P))
    else:
        inner = '其中' + '，'.join('%s%s%s' % (c, x['s'], u) for c, x in zip(cats, P))
    text = '%s%s%s%s（%s），%s。' % (lead(g, d), d['o'], T['s'], u, inner, g.ch(['均已按期办结', '已全部建立台账', '处置工作有序推进', '群众反映良好']))
    return [text], sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_baokuo(g):
    d = dom(g, g.v.get('kind', 'int'))
    lo, hi, p = mag(g, d, g.v.get('kind', 'int'))
    k = len(d['cats']) if len(d['cats']) <= 4 else 4
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    text = '%s%s%s%s，包括%s。' % (lead(g, d), d['o'], T['s'], u, '、'.join('%s%s%s' % (c, x['s'], u) for c, x in zip(cats, P)))
    return [text], sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


MARK = {
    'paren': ['（%d）' % i for i in range(1, 10)],
    'circ': list('①②③④⑤⑥⑦⑧⑨'),
    'dot': ['%d.' % i for i in range(1, 10)],
    'shi': ['%s是' % c for c in CN_ORD],
    'dot_line': ['· '] * 9,
}


def t_lines(g):
    kind = g.v.get('kind', 'int')
    d = dom(g, kind)
    lo, hi, p = mag(g, d, kind)
    k = g.ri(3, min(5, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    mk = MARK[g.v.get('marks', 'paren')]
    head = '%s%s%s%s，具体如下：' % (lead(g, d), d['o'], T['s'], u)
    if g.v.get('total_last'):
        head = '%s%s情况：' % (g.ch(['本年', '全年', '今年以来']), d['o'])
    lines = [head]
    for i, (c, x) in enumerate(zip(cats, P)):
        end = '。' if i == k - 1 else '；'
        lines.append('%s%s：%s%s%s' % (mk[i], c, x['s'], u, end))
    if g.v.get('total_last'):
        lines.append('合计：%s%s。' % (T['s'], u))
    return lines, sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_table(g):
    kind = g.v.get('kind', 'int')
    d = dom(g, kind)
    lo, hi, p = mag(g, d, kind)
    k = g.ri(3, min(5, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, lo, hi)
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    f = g.v.get('form', 'pipe')
    title = '表%d  %s%d年%s情况' % (g.ri(1, 6), g.place(), g.year, d['o'])
    if f == 'pipe':
        lines = [title, '| 类别 | 数量（%s） |' % u] + ['| %s | %s |' % (c, x['s']) for c, x in zip(cats, P)] + ['| 合计 | %s |' % T['s']]
    elif f == 'tab':
        lines = [title, '类别\t数量(%s)' % u] + ['%s\t%s' % (c, x['s']) for c, x in zip(cats, P)] + ['总计\t%s' % T['s']]
    else:
        lines = [title, '项目    %s' % u, '总计    %s' % T['s']] + ['  %s    %s' % (c, x['s']) for c, x in zip(cats, P)]
    return lines[:8], sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_table2(g):
    """two header rows, two numeric columns, total row; one cell altered breaks one column only"""
    d = dom(g)
    k = g.ri(3, min(4, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    lo, hi = d['lo'], d['hi']
    col = g.ri(0, 1)
    checks = []
    cols = []
    note = ''
    for j in range(2):
        gg = G(g.r, g.label if j == col else 'consistent', g.v, g.year)
        ps, tot, w = gg.sum_case(k, lo, hi)
        P = [num(x) for x in ps]
        T = num(tot)
        cols.append((P, T))
        checks.append(tot_chk(T, P, w is None))
        if j == col:
            note = ('column %d: ' % (j + 1)) + sum_note(P, T, w, cats)
    y = g.year
    lines = ['%s%s分类统计表' % (g.place(), d['o']), '类别 | %d年 | %d年' % (y - 1, y), '     | %s | %s' % (d['u'], d['u'])]
    for i, c in enumerate(cats):
        lines.append('%s | %s | %s' % (c, cols[0][0][i]['s'], cols[1][0][i]['s']))
    lines.append('合计 | %s | %s' % (cols[0][1]['s'], cols[1][1]['s']))
    return lines[:8], note + '; the other column adds up', checks


ITEMS = ['完善工作制度，压实主体责任', '强化督导检查，推动问题整改', '加大宣传力度，营造良好氛围', '优化服务流程，提升办事效率',
         '加强队伍建设，提高履职能力', '聚焦重点领域，开展专项整治', '健全考核机制，确保任务落实', '推进信息化建设，实现数据共享',
         '深化部门协作，形成工作合力', '加强资金保障，规范资金使用']


def t_count(g):
    k = g.ri(3, 6)
    n = k
    if g.bad:
        n = k + g.ch([-1, 1]) if k > 3 else k + 1
    mk = g.v.get('marks', 'shi')
    marks = MARK[mk][:k]
    nmode = g.v.get('nmode', 'cn')
    N = num(n, 0, nmode)
    its = g.sample(ITEMS, k)
    noun = g.ch(['项工作', '方面工作', '项措施', '个重点'])
    head = '%s重点抓好%s%s：' % (g.ch(['今年以来，', '全年', '']), N['s'], noun)
    if mk == 'shi':
        body = '；'.join(m + t for m, t in zip(marks, its)) + '。'
        lines = [head + body]
    else:
        lines = [head] + ['%s%s。' % (m, t) for m, t in zip(marks, its)]
    absent = MARK[mk][k]
    note = 'announced %s items, %d listed (%s..%s): %s' % (N['s'], k, marks[0], marks[-1], 'consistent' if n == k else 'count does not match, inconsistent')
    return lines, note, [{'rel': 'count', 'n': N, 'markers': marks, 'absent': absent, 'holds': n == k}]


def _diff3(g, lo, hi, p):
    """a - b = c ; returns (a,b,c) scaled ints, one altered when inconsistent, and which"""
    a = g.ri(lo, hi)
    b = g.ri(lo // 2, int(a * 0.95))
    c = a - b
    w = None
    if g.bad:
        w = g.ch([0, 1, 2])
        v = [a, b, c]
        v[w] = g.bump(v[w], 0.12, 1)
        a, b, c = v
    return a, b, c, w


def t_diff(g):
    f = g.v.get('form', 'budget')
    p = 2
    a, b, c, w = _diff3(g, 5000, 9000000, p)
    A, B, C = g.N(a, p), g.N(b, p), g.N(c, p)
    if f == 'budget':
        text = '%d年%s机关食堂经营收入%s元，经营支出%s元，收支结余%s元，%s。' % (
            g.year, g.place(), A['s'], B['s'], C['s'], g.ch(['已全部用于改善伙食', '结转下年使用', '按规定纳入单位预算管理']))
        words = ('收入', '支出', '结余')
    elif f == 'plan':
        text = '%s项目计划总投资%s万元，累计完成投资%s万元，剩余%s万元计划于%d年完成。' % (g.company(), A['s'], B['s'], C['s'], g.year + 1)
        words = ('计划', '完成', '剩余')
    else:
        text = '%s年度专项经费预算%s万元，实际执行%s万元，结余%s万元已按规定上缴。' % (g.ch(DEPTS), A['s'], B['s'], C['s'])
        words = ('预算', '执行', '结余')
    note = '%s %s - %s %s = %s %s' % (words[0], A['s'], words[1], B['s'], words[2], C['s'])
    note += ': holds, consistent' if w is None else ': %s altered, does not hold, inconsistent' % words[w]
    return [text], note, [lin_chk([(1, A), (-1, B)], C, w is None)]


def t_balance(g):
    f = g.v.get('form', 'fund')
    p = 2
    a = g.ri(10000, 900000)
    b = g.ri(5000, 500000)
    c = g.ri(3000, min(a + b - 100, 600000))
    dd = a + b - c
    v = [a, b, c, dd]
    w = None
    if g.bad:
        w = g.ri(0, 3)
        v[w] = g.bump(v[w], 0.1, 1)
    A, B, C, Dd = [g.N(x, p) for x in v]
    if f == 'fund':
        text = '住房公积金方面，年初缴存余额%s万元，全年归集%s万元，提取%s万元，年末缴存余额%s万元。' % (A['s'], B['s'], C['s'], Dd['s'])
    else:
        text = '%s专户资金上年结转%s万元，本年到位%s万元，本年拨付%s万元，期末结存%s万元。' % (g.place(), A['s'], B['s'], C['s'], Dd['s'])
    note = '%s + %s - %s = %s' % (A['s'], B['s'], C['s'], Dd['s']) + (': holds, consistent' if w is None else ': one figure altered, inconsistent')
    return [text], note, [lin_chk([(1, A), (1, B), (-1, C)], Dd, w is None)]


def t_change(g):
    f = g.v.get('form', 'youdao')
    d = dom(g)
    u = d['u']
    if g.mode in ('cn', 'cnl'):
        old = g.ri(10, 300)
    else:
        old = g.ri(max(d['lo'], 20), max(d['hi'] * 3, 100))
    up = g.ch([True, True, False])
    delta = g.ri(1, max(2, old // 3))
    new = old + delta if up else old - delta
    w = None
    v = [old, new, delta]
    if g.bad:
        w = g.ch([1, 2])
        v[w] = g.bump(v[w], 0.2, 1)
    O, Nw, Dl = [g.N(x) for x in v]
    word = '增加' if up else '减少'
    if f == 'youdao':
        text = '%s由%d年的%s%s%s到%d年的%s%s，%s%s%s。' % (d['o'], g.year - 1, O['s'], u, '增加' if up else '减少', g.year, Nw['s'], u, word, Dl['s'], u)
    elif f == 'jiao':
        text = '%s%s%s，上年为%s%s，较上年%s%s%s。' % (d['o'], Nw['s'], u, O['s'], u, '增加' if up else '减少', Dl['s'], u)
    else:
        text = '%d年%s%s%s，比%d年%s%s%s（%d年为%s%s）。' % (g.year, d['o'], Nw['s'], u, g.year - 1, '多' if up else '少', Dl['s'], u, g.year - 1, O['s'], u)
        word = '多' if up else '少'
    note = 'change %s -> %s stated as %s %s' % (O['s'], Nw['s'], word, Dl['s']) + (': holds, consistent' if w is None else ': the stated change is not new-old, inconsistent')
    return [text], note, [{'rel': 'change', 'old': O, 'new': Nw, 'delta': Dl, 'dir': 1 if up else -1, 'word': word, 'holds': w is None}]


def t_yoymom(g):
    d = g.ch(T_DEC)
    p = d['p']
    x = g.ri(d['lo'] * 10, d['hi'] * 10)
    m_ = x + g.ri(-x // 8, x // 8)
    y_ = x + g.ri(-x // 5, x // 5)
    if m_ == x:
        m_ -= 1
    if y_ == x:
        y_ += 3
    a = abs(x - m_)
    b = abs(x - y_)
    w = None
    if g.bad:
        w = g.ch([0, 1])
        if w == 0:
            a = g.bump(a, 0.3, 1)
        else:
            b = g.bump(b, 0.3, 1)
    X, M, Y, A, B = [g.N(z, p) for z in (x, m_, y_, a, b)]
    u = d['u']
    mon = g.ri(2, 12)
    w1 = '增加' if x > m_ else '减少'
    w2 = '增加' if x > y_ else '减少'
    text = '%d月份%s%s%s，环比%s%s%s，同比%s%s%s（上月%s%s，上年同月%s%s）。' % (
        mon, d['o'].replace('完成', ''), X['s'], u, w1, A['s'], u, w2, B['s'], u, M['s'], u, Y['s'], u)
    checks = [{'rel': 'change', 'old': M, 'new': X, 'delta': A, 'dir': 1 if x > m_ else -1, 'word': '环比' + w1, 'holds': w != 0},
              {'rel': 'change', 'old': Y, 'new': X, 'delta': B, 'dir': 1 if x > y_ else -1, 'word': '同比' + w2, 'holds': w != 1}]
    note = '环比 %s vs %s and 同比 %s vs %s' % (X['s'], M['s'], X['s'], Y['s']) + (': both differences hold' if w is None else ': the %s difference is wrong, inconsistent' % ('环比' if w == 0 else '同比'))
    return [text], note, checks


def t_cumul(g):
    d = g.ch(T_DEC)
    p = d['p']
    u = d['u']
    m = g.ri(3, 11)
    if g.v.get('form') == 'months':
        k = g.ri(3, 4)
        ps, tot, w = g.sum_case(k, d['lo'], d['hi'] // 4)
        P = [g.N(x, p) for x in ps]
        T = g.N(tot, p)
        items = ['%d月%s' % (i + 1, x['s']) for i, x in enumerate(P)]
        text = '%s分月情况：%s%s，1-%d月累计%s%s。' % (d['o'], '、'.join(items), u, k, T['s'], u)
        return [text], 'monthly values vs 1-%d月累计: ' % k + sum_note(P, T, w), [tot_chk(T, P, w is None)]
    ps, tot, w = g.sum_case(2, d['lo'], d['hi'])
    A, B = g.N(ps[0], p), g.N(ps[1], p)
    C = g.N(tot, p)
    text = '1-%d月累计%s%s%s，%d月当月完成%s%s，1-%d月累计完成%s%s。' % (m - 1, d['o'].replace('完成', ''), A['s'], u, m, B['s'], u, m, C['s'], u)
    note = 'cumulative 1-%d月 %s + %d月 %s vs 1-%d月 %s' % (m - 1, A['s'], m, B['s'], m, C['s']) + (': holds' if w is None else ': does not add up, inconsistent')
    return [text], note, [tot_chk(C, [A, B], w is None)]


def t_wanyi(g):
    """total in 亿, parts in 万 (and maybe one in 亿); values compared absolutely"""
    k = g.ri(2, 4)
    ps, tot, w = g.sum_case(k, 300, 30000, step=100)
    cats = g.sample(['主营业务', '工程施工', '物流配送', '仓储服务', '租赁业务', '技术服务'], k)
    P = []
    for x in ps:
        if x >= 10000 and g.ri(0, 1):
            P.append(num(x // 100, 2, 'a', '亿'))
        else:
            P.append(num(x, 0, 'a', '万'))
    T = num(tot // 100, 2, 'a', '亿') if tot % 100 == 0 else num(tot, 0, 'a', '万')
    if g.v.get('form') == 'rev':
        text = '%s全年实现营业收入%s元，其中%s。' % (g.company(), T['s'], '、'.join('%s%s元' % (c, x['s']) for c, x in zip(cats, P)))
    else:
        text = '%s，%d年度合计完成投资%s元。' % ('、'.join('%s项目投资%s元' % (c.replace('业务', '').replace('服务', ''), x['s']) for c, x in zip(cats, P)), g.year, T['s'])
    return [text], 'mixed 万/亿: ' + sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_nested(g):
    d = g.ch(T_DOM[:6])
    u = d['u']
    k = 3
    cats = g.sample(d['cats'], k)
    inner = g.parts(2, 1, 30)
    ps = [sum(inner)] + g.parts(k - 1, 2, 60)
    tot = sum(ps)
    w = None
    if g.bad:
        w = g.ch(['inner', 'outer'])
        if w == 'inner':
            inner[0] = g.bump(inner[0], 0.3, 1)
        else:
            i = g.ri(1, k - 1)
            ps[i] = g.bump(ps[i], 0.3, 1)
    I = [g.N(x) for x in inner]
    P = [g.N(x) for x in ps]
    T = g.N(tot)
    sub = g.ch([('重大', '一般'), ('已办结', '正在办理'), ('现场处置', '移交处置')])
    text = '%s%s%s%s，其中%s%s%s（%s%s%s、%s%s%s），%s。' % (
        lead(g, d), d['o'], T['s'], u, cats[0], P[0]['s'], u, sub[0], I[0]['s'], u, sub[1], I[1]['s'], u,
        '，'.join('%s%s%s' % (c, x['s'], u) for c, x in zip(cats[1:], P[1:])))
    checks = [tot_chk(T, P, w != 'outer'), tot_chk(P[0], I, w != 'inner')]
    note = 'two levels: %s = %s, and %s = %s+%s' % (T['s'], '+'.join(x['s'] for x in P), P[0]['s'], I[0]['s'], I[1]['s'])
    note += ': both hold' if w is None else ': the %s level does not add up, inconsistent' % w
    return [text], note, checks


def t_quarters(g):
    d = g.ch(T_DEC)
    p = d['p']
    u = d['u']
    ps, tot, w = g.sum_case(4, d['lo'], d['hi'])
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    qs = ['一季度', '二季度', '三季度', '四季度']
    s1 = '%s%s%s%s。' % (qs[0], d['o'], P[0]['s'], u)
    s2 = '二季度以来持续发力，%s、%s、%s分别完成%s%s、%s%s、%s%s。' % (qs[1], qs[2], qs[3], P[1]['s'], u, P[2]['s'], u, P[3]['s'], u)
    s3 = '全年累计%s%s%s。' % (d['o'], T['s'], u)
    return [s1 + s2, s3], 'quarters: ' + sum_note(P, T, w, qs), [tot_chk(T, P, w is None)]


def t_twototals(g):
    d = g.ch(T_DOM)
    u = d['u']
    which = g.ri(0, 1)
    checks = []
    segs = []
    note = ''
    d2 = g.ch([x for x in T_DOM if x is not d])
    doms = [d, d2]
    verbs = [d['o'], d2['o']]
    for j in range(2):
        gg = G(g.r, g.label if j == which else 'consistent', g.v, g.year)
        d = doms[j]
        u = d['u']
        cats = g.sample(d['cats'], 2 if j else 3)
        ps, tot, w = gg.sum_case(len(cats), d['lo'], d['hi'] // 2 + d['lo'])
        P = [num(x) for x in ps]
        T = num(tot)
        segs.append('%s%s%s，其中%s' % (verbs[j], T['s'], u, '、'.join('%s%s%s' % (c, x['s'], u) for c, x in zip(cats, P))))
        checks.append(tot_chk(T, P, w is None))
        if j == which:
            note = ('%s list: ' % verbs[j]) + sum_note(P, T, w, cats)
    text = '%s%s；%s。' % (g.ch(['全年', '本年度', '']), segs[0], segs[1])
    return [text], note + '; the other list adds up', checks


def t_newcum(g):
    d = g.ch([x for x in T_DOM if x['u'] in ('个', '条', '户', '场次')])
    u = d['u']
    ps, tot, w = g.sum_case(2, 5, 400)
    A, B, C = g.N(ps[0]), g.N(ps[1]), g.N(tot)
    obj = d['o'][2:]
    text = '截至%d年底，全%s累计%s%s%s；%d年新增%s%s，累计达到%s%s。' % (g.year - 1, g.ch(['市', '区', '县']), d['o'][:2], A['s'], u, g.year, B['s'], u, C['s'], u)
    note = 'previous cumulative %s + new %s vs cumulative %s' % (A['s'], B['s'], C['s']) + (': holds' if w is None else ': does not add up, inconsistent')
    return [text], note, [tot_chk(C, [A, B], w is None)]


def t_avg(g):
    f = g.v.get('form', 'hu')
    n = g.ri(30, 3000)
    places = g.ch([0, 1, 2]) if f != 'ren' else 0
    for _ in range(100):
        total = g.ri(n * 200, n * 5000)  # yuan*... we state in 万元 with 2 decimals -> total in 100-yuan units
        tot_wan = total  # scaled by 100: value in 万元 = total/100
        true = Decimal(total) * 100 / n
        if tie_free(true, places):
            break
    st = rhu(true, places)
    if g.bad:
        st = rhu(st * Decimal(str(g.ch([0.8, 0.85, 0.9, 1.1, 1.15, 1.25]))), places)
    T = num(tot_wan, 2, 'a')
    Nn = num(n, 0, 'a')
    A = {'s': str(st), 'v': str(st)}
    if f == 'hu':
        text = '发放%s资金%s万元，惠及%s户，户均%s元。' % (g.ch(['产业奖补', '危房改造补助', '生态公益林补偿', '稻谷目标价格补贴']), T['s'], Nn['s'], A['s'])
    else:
        text = '全年为%s名%s发放补助%s万元，人均%s元。' % (Nn['s'], g.ch(['困难群众', '高龄老人', '残疾人', '困难学生']), T['s'], A['s'])
    note = 'average %s万元*10000/%s = %s (rounded to %d decimals) vs stated %s' % (T['s'], Nn['s'], rhu(true, places + 2), places, A['s'])
    note += ': consistent' if not g.bad else ': off by more than rounding, inconsistent'
    return [text], note, [{'rel': 'avg', 'total': T, 'count': Nn, 'avg': A, 'factor': 10000, 'holds': not g.bad}]


def t_convert(g):
    f = g.v.get('form', 'power')
    a = g.ri(100000, 9000000)  # in 万 units (int)
    pl = g.ch([1, 2])
    for _ in range(100):
        true = Decimal(a) / 10000
        if tie_free(true, pl):
            break
        a += 7
    st = rhu(true, pl)
    if g.bad:
        st = rhu(st + Decimal(str(g.ch([-1, 1]) * g.ri(5, 40))) * Decimal(1).scaleb(-pl) * 10, pl)
        if st <= 0:
            st = rhu(true + 3, pl)
    A = num(a, 0, g.mode)
    B = {'s': str(st), 'v': str(st)}
    unit = {'power': '千瓦时', 'water': '立方米', 'freight': '吨'}[f]
    what = {'power': '全社会用电量', 'water': '全年供水量', 'freight': '全年货物运输量'}[f]
    text = '%s%s万%s（折合%s亿%s），%s。' % (what, A['s'], unit, B['s'], unit, g.ch(['运行平稳', '保持增长', '总体平稳有序']))
    note = 'unit restatement %s万 = %s亿 (true %s)' % (A['s'], B['s'], true) + (': consistent' if not g.bad else ': conversion wrong, inconsistent')
    return [text], note, [{'rel': 'convert', 'a': A, 'b': B, 'ua': 1, 'ub': 10000, 'holds': not g.bad}]


def t_convert_sum(g):
    """parts in 亿千瓦时, total restated in 万千瓦时 (exact)"""
    d = g.ch([x for x in T_DEC if '亿千瓦时' in x['u']])
    k = g.ri(3, 4)
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, 100, 9000)  # in 0.01亿 units
    P = [num(x, 2, 'a', '亿') for x in ps]
    T = num(tot * 100, 0, 'c', '万')
    text = '全年%s%s千瓦时，其中%s。' % (d['o'], T['s'], '、'.join('%s%s千瓦时' % (c, x['s']) for c, x in zip(cats, P)))
    return [text], 'total in 万千瓦时, parts in 亿千瓦时: ' + sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_court(g):
    a = g.ri(200, 8000)
    b = g.ri(10, a // 5)
    tot = a + b
    v = [tot, a, b]
    w = None
    if g.bad:
        w = g.ri(0, 2)
        v[w] = g.bump(v[w], 0.1, 1)
    T, A, B = [g.N(x) for x in v]
    org = g.place('') + g.ch(['人民法院', '劳动人事争议仲裁院', '行政复议局'])
    text = '%s共受理各类案件%s件，审结%s件，尚有%s件%s。' % (org, T['s'], A['s'], B['s'], g.ch(['正在审理中', '结转下年办理', '未结']))
    return [text], 'received = closed + pending: ' + sum_note([A, B], T, None if w is None else (-1 if w == 0 else w - 1), ['审结', '未结']), [tot_chk(T, [A, B], w is None)]


def t_gender(g):
    ps, tot, w = g.sum_case(2, 20, 3000)
    P = [g.N(x) for x in ps]
    T = g.N(tot)
    who = g.ch(['在职职工', '在册党员', '注册志愿者', '在校学生', '参训学员'])
    nm = g.ch([('男', '女'), ('男性', '女性'), ('城镇户籍', '农村户籍')])
    text = '%s现有%s%s人，其中%s%s人，%s%s人。' % (g.place(), who, T['s'], nm[0], P[0]['s'], nm[1], P[1]['s'])
    return [text], sum_note(P, T, w, list(nm)), [tot_chk(T, P, w is None)]


def t_except(g):
    d = g.ch(T_DOM)
    a, b, c, w = _diff3(g, max(d['lo'] * 3, 20), max(d['hi'] * 3, 60), 0)
    A, B, C = g.N(a), g.N(b), g.N(c)
    u = d['u']
    cat = g.ch(d['cats'])
    text = '%s%s%s%s，除%s%s%s外，其余%s%s%s。' % (lead(g, d), d['o'], A['s'], u, cat, B['s'], u, C['s'], u, g.ch(['均已办结', '已移交相关部门', '已全部销号']))
    note = 'total %s - %s %s = rest %s' % (A['s'], cat, B['s'], C['s']) + (': holds' if w is None else ': does not hold, inconsistent')
    return [text], note, [lin_chk([(1, A), (-1, B)], C, w is None)]


def t_compare(g):
    d = g.ch(T_DOM)
    a = g.ri(max(d['lo'], 10), max(d['hi'], 40) * 2)
    b = g.ri(1, a - 1)
    c = a - b
    v = [a, b, c]
    w = None
    if g.bad:
        w = g.ri(0, 2)
        v[w] = g.bump(v[w], 0.2, 1)
    A, B, C = [g.N(x) for x in v]
    p1, p2 = g.place(), g.place()
    while p2 == p1:
        p2 = g.place()
    text = '%s%s%s%s，%s%s%s%s，前者比后者多%s%s。' % (p1, d['o'], A['s'], d['u'], p2, d['o'][:2] if len(d['o']) > 4 else '', B['s'], d['u'], C['s'], d['u'])
    note = '%s - %s = %s' % (A['s'], B['s'], C['s']) + (': holds' if w is None else ': does not hold, inconsistent')
    return [text], note, [lin_chk([(1, A), (-1, B)], C, w is None)]


def t_net(g):
    f = g.v.get('form', 'market')
    a = g.ri(200, 9000)
    b = g.ri(10, a - 50)
    c = a - b
    v = [a, b, c]
    w = None
    if g.bad:
        w = g.ri(0, 2)
        v[w] = g.bump(v[w], 0.1, 1)
    A, B, C = [g.N(x) for x in v]
    if f == 'market':
        text = '全年新登记各类市场主体%s户，注销%s户，净增%s户。' % (A['s'], B['s'], C['s'])
    elif f == 'pop':
        text = '全年出生人口%s人，死亡人口%s人，人口自然增长%s人。' % (A['s'], B['s'], C['s'])
    else:
        text = '本年新增登记机动车%s辆，注销%s辆，净增%s辆。' % (A['s'], B['s'], C['s'])
    note = '%s - %s = net %s' % (A['s'], B['s'], C['s']) + (': holds' if w is None else ': does not hold, inconsistent')
    return [text], note, [lin_chk([(1, A), (-1, B)], C, w is None)]


def t_staff(g):
    e = g.ri(40, 900)
    b = g.ri(1, 40)
    a = g.ri(1, 30)
    c = g.ri(1, 20)
    dd = e + b - a - c
    v = [e, b, a, c, dd]
    w = None
    if g.bad:
        w = g.ri(0, 4)
        v[w] = g.bump(v[w], 0.25, 1)
    E, B, A, C, Dd = [g.N(x) for x in v]
    text = '年初在编人员%s人，年内招录和调入%s人，退休%s人，调出%s人，年末在编%s人。' % (E['s'], B['s'], A['s'], C['s'], Dd['s'])
    note = '%s + %s - %s - %s = %s' % (E['s'], B['s'], A['s'], C['s'], Dd['s']) + (': holds' if w is None else ': one figure altered, inconsistent')
    return [text], note, [lin_chk([(1, E), (1, B), (-1, A), (-1, C)], Dd, w is None)]


def t_hurens(g):
    k = g.ri(2, 3)
    groups = g.sample(['一组', '二组', '三组', '四组', '五组', '六组'], k)
    which = g.ri(0, 1)
    res = []
    checks = []
    note = ''
    for j in range(2):
        gg = G(g.r, g.label if j == which else 'consistent', g.v, g.year)
        if j == 0:
            ps, tot, w = gg.sum_case(k, 20, 150)
        else:
            ps = [hh * g.ri(2, 4) + g.ri(0, 3) for hh in res[0][0]]
            tot = sum(ps)
            w = None
            if gg.bad:
                w = g.ch([-1] + list(range(k)))
                if w == -1:
                    tot = gg.bump(tot, 0.05, 1)
                else:
                    ps[w] = gg.bump(ps[w], 0.1, 1)
        res.append((ps, tot))
        P = [g.N(x) for x in ps]
        T = g.N(tot)
        checks.append(tot_chk(T, P, w is None))
        if j == which:
            note = ('%s: ' % ('households' if j == 0 else 'persons')) + sum_note(P, T, w, groups)
    (hp, ht), (pp_, pt) = res
    tx = [num(x) for x in hp], num(ht), [num(x) for x in pp_], num(pt)
    village = g.place('村')
    text = '%s共有农户%s户%s人，其中%s。' % (village, tx[1]['s'], tx[3]['s'], '，'.join('%s%s户%s人' % (gname, a['s'], b['s']) for gname, a, b in zip(groups, tx[0], tx[2])))
    checks = [tot_chk(tx[1], tx[0], checks[0]['holds']), tot_chk(tx[3], tx[2], checks[1]['holds'])]
    return [text], note + '; the other dimension adds up', checks


def t_tablechg(g):
    d = g.ch(T_DEC)
    p = d['p']
    k = g.ri(3, 4)
    cats = g.sample(d['cats'], k)
    bad_i = g.ri(0, k - 1)
    rows = []
    checks = []
    note = ''
    for i, c in enumerate(cats):
        o = g.ri(d['lo'], d['hi'])
        n_ = o + g.ri(-o // 4, o // 4)
        dl = n_ - o
        holds = True
        if g.bad and i == bad_i:
            dl2 = dl
            while dl2 == dl:
                dl2 = dl + g.ch([-1, 1]) * g.ri(1, max(2, abs(o) // 10))
            dl = dl2
            holds = False
        O, Nn = num(o, p), num(n_, p)
        Dl = num(dl, p)
        if dl > 0:
            Dl = {'s': '+' + Dl['s'], 'v': Dl['v']}
        rows.append('%s | %s | %s | %s' % (c, O['s'], Nn['s'], Dl['s']))
        checks.append(lin_chk([(1, Nn), (-1, O)], Dl, holds))
        if not holds:
            note = 'row %s: %s - %s != %s, inconsistent' % (c, Nn['s'], O['s'], Dl['s'])
    if not note:
        note = 'every row: 本年 - 上年 = 增减, consistent'
    lines = ['%s%s（单位：%s）' % (g.place(), d['o'], d['u']), '项目 | %d年 | %d年 | 增减' % (g.year - 1, g.year)] + rows
    return lines, note, checks


def t_colon_para(g):
    d = dom(g, 'dec')
    p = d['p']
    k = g.ri(3, min(5, len(d['cats'])))
    cats = g.sample(d['cats'], k)
    ps, tot, w = g.sum_case(k, d['lo'], d['hi'])
    P = [g.N(x, p) for x in ps]
    T = g.N(tot, p)
    u = d['u']
    if g.v.get('form') == 'fen':
        text = '%s%s%s%s。分%s看，%s。' % (lead(g, d), d['o'], T['s'], u, g.ch(['类别', '结构', '构成']), '；'.join('%s%s%s' % (c, x['s'], u) for c, x in zip(cats, P)))
    else:
        text = '%s%s%s%s。从构成看：%s。' % (lead(g, d), d['o'], T['s'], u, '，'.join('%s为%s%s' % (c, x['s'], u) for c, x in zip(cats, P)))
    return [text], sum_note(P, T, w, cats), [tot_chk(T, P, w is None)]


def t_renci(g):
    k = g.ri(2, 4)
    acts = g.sample(['政策宣讲', '健康义诊', '法律咨询', '技能培训', '文艺演出', '心理疏导'], k)
    ps, tot, w = g.sum_case(k, 3, 400)
    P = [g.N(x) for x in ps]
    T = g.N(tot)
    text = '%s，共服务群众%s人次。' % ('，'.join('开展%s服务%s人次' % (a, x['s']) for a, x in zip(acts, P)), T['s'])
    return ['新时代文明实践站' + g.ch(['常态化开展志愿服务', '整合各类资源开展活动']) + '：' + text], sum_note(P, T, w, acts), [tot_chk(T, P, w is None)]


# ----------------------------------------------------------------------------------------------
# pct
# ----------------------------------------------------------------------------------------------
def R(den, num_, rate, u, lo, hi, lr, hr, cap=True, p=0):
    return {'den': den, 'num': num_, 'rate': rate, 'u': u, 'lo': lo, 'hi': hi, 'lr': lr, 'hr': hr, 'cap': cap, 'p': p}


P_DOM = [
    R('受理网格事件', '办结', '办结率', '件', 200, 5000, 0.9, 0.999),
    R('抽检食品', '合格', '合格率', '批次', 100, 3000, 0.9, 0.995),
    R('应签约家庭', '已签约', '签约率', '户', 300, 9000, 0.6, 0.99),
    R('目标人群', '完成全程接种', '接种率', '人', 2000, 60000, 0.8, 0.99),
    R('排查隐患', '已整改', '整改率', '处', 50, 900, 0.7, 0.99),
    R('调处矛盾纠纷', '调解成功', '调解成功率', '起', 40, 900, 0.8, 0.99),
    R('公交计划班次', '准点', '准点率', '班次', 5000, 90000, 0.85, 0.99),
    R('居民小区', '实行生活垃圾分类', '覆盖率', '个', 50, 600, 0.6, 0.99),
    R('高校毕业生', '实现就业', '就业率', '人', 300, 9000, 0.8, 0.98),
    R('公共停车泊位', '日均使用', '使用率', '个', 500, 9000, 0.4, 0.95),
    R('保障性租赁住房', '已出租', '出租率', '套', 200, 5000, 0.6, 0.98),
    R('老旧小区改造计划', '已开工', '开工率', '个', 20, 200, 0.5, 1.0),
    R('应参保人员', '参保缴费', '参保率', '人', 5000, 90000, 0.8, 0.99),
    R('市长热线工单', '按时回复', '按时回复率', '件', 500, 20000, 0.85, 0.995),
    R('应改户厕', '完成改造', '完成率', '户', 100, 3000, 0.5, 1.0),
]
G_DOM = [('全社会用电量', '亿千瓦时', 2), ('规模以上工业增加值', '亿元', 2), ('港口集装箱吞吐量', '万标箱', 1),
         ('公路货运量', '万吨', 1), ('城市公交客运量', '万人次', 1), ('商品房销售面积', '万平方米', 2),
         ('污水处理量', '万立方米', 1), ('一般公共预算收入', '万元', 2), ('接待游客', '万人次', 1),
         ('新能源汽车保有量', '辆', 0), ('住房公积金缴存额', '亿元', 2), ('社会消费品零售总额', '亿元', 2),
         ('光伏发电量', '亿千瓦时', 2), ('快递业务量', '万件', 1), ('铁路旅客发送量', '万人次', 1)]
LINKS = ['', '为', '达', '达到', '为']


def pdom(g):
    return g.ch(P_DOM)


def p_rate(g):
    d = pdom(g)
    pl = g.v.get('pl', g.ch([1, 2]))
    pm = g.v.get('pm', 'a')
    nm = g.v.get('nm', 'a')
    den = g.ri(d['lo'], d['hi'])
    if nm == 'cn':
        den = g.ri(20, 300)
    num_, st, true = g.rate_case(den, d['lr'], d['hr'], pl, d['cap'])
    A, B = num(den, 0, nm), num(num_, 0, nm)
    P = pct_tok(st, pl, pm)
    u = d['u']
    f = g.v.get('form', 'plain')
    if f == 'plain':
        text = '%s%s%s，%s%s%s，%s%s%s。' % (d['den'], A['s'], u, d['num'], B['s'], u, d['rate'], g.ch(LINKS), P['s'])
    elif f == 'ratefirst':
        text = '%s%s%s，共%s%s%s，%s%s%s。' % (d['rate'], g.ch(['达到', '为']), P['s'], d['den'], A['s'], u, d['num'], B['s'], u)
    elif f == 'paren':
        text = '%s%s%s（%s%s%s/%s%s%s）。' % (d['rate'], g.ch(['达', '为']), P['s'], d['num'], B['s'], u, d['den'], A['s'], u)
    else:
        text = '在%s%s%s中，%s%s%s，占%s。' % (d['den'], A['s'], u, d['num'], B['s'], u, P['s'])
    note = '%s/%s = %s%% -> stated %s' % (B['s'], A['s'], rhu(true, pl + 3), P['s'])
    note += ' (equals value rounded to %d decimals): consistent' % pl if not g.bad else ': off by more than rounding, inconsistent'
    return [text], note, [rate_chk(B, A, P, not g.bad)]


def p_complement(g):
    d = g.ch(P_DOM[:7])
    pl = g.ch([1, 2])
    den = g.ri(d['lo'], d['hi'])
    num_, st, true = g.rate_case(den, d['lr'], d['hr'], pl, True)
    A, C = num(den), num(den - num_)
    P = pct_tok(st, pl, g.v.get('pm', 'a'))
    bad_word = {'办结': '未办结', '合格': '不合格', '已签约': '未签约', '完成全程接种': '未完成接种', '已整改': '未整改', '调解成功': '调解不成', '准点': '晚点'}[d['num']]
    if g.v.get('form') == 'first':
        text = '%s%s%s。%s%s%s，其中%s%s%s。' % (d['rate'], g.ch(['为', '达']), P['s'], d['den'], A['s'], d['u'], bad_word, C['s'], d['u'])
    else:
        text = '%s%s%s，%s%s%s，%s%s。' % (d['den'], A['s'], d['u'], bad_word, C['s'], d['u'], d['rate'], P['s'])
    note = '(%s-%s)/%s = %s%% vs %s' % (A['s'], C['s'], A['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(None, A, P, not g.bad, sub=C)]


def p_share1(g):
    d = dom(g, g.v.get('kind', 'int'))
    p = d['p']
    u = d['u']
    tot = g.ri(max(d['lo'] * 3, 30), max(d['hi'] * 3, 90))
    pl = g.ch([1, 2])
    part, st, true = g.rate_case(tot, 0.08, 0.7, pl)
    T, A = num(tot, p), num(part, p)
    P = pct_tok(st, pl, g.v.get('pm', 'a'))
    c = g.ch(d['cats'])
    if g.v.get('form') == 'zhan':
        text = '%s%s%s%s，其中%s%s%s，占总量的%s。' % (lead(g, d), d['o'], T['s'], u, c, A['s'], u, P['s'])
    else:
        text = '%s%s%s%s，占%s%s%s%s的%s。' % (c, d['o'].replace('完成', '').replace('处理', ''), A['s'], u, g.ch(['全年', '全部']), d['o'], T['s'], u, P['s'])
    note = 'share %s/%s = %s%% vs %s' % (A['s'], T['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(A, T, P, not g.bad)]


def p_shares_multi(g):
    d = g.ch(T_DEC)
    p = d['p']
    u = d['u']
    k = 2 if len(d['cats']) < 4 else g.ri(2, 3)
    cats = g.sample(d['cats'], k)
    for _ in range(200):
        ps = [g.ri(d['lo'], d['hi']) for _ in range(k)]
        rest = g.ri(d['lo'], d['hi']) * g.ri(1, 3)
        tot = sum(ps) + rest
        pl = g.ch([1, 2])
        trues = [Decimal(x) / tot * 100 for x in ps]
        if all(tie_free(t, pl) for t in trues) and sum(trues) < 90:
            break
    sts = [rhu(t, pl) for t in trues]
    bi = None
    if g.bad:
        bi = g.ri(0, k - 1)
        sts[bi] = g.pct_off(sts[bi], pl, True)
        if sum(sts) > 100:
            sts[bi] = rhu(trues[bi] - 2, pl)
    T = num(tot, p)
    P = [num(x, p) for x in ps]
    S = [pct_tok(s, pl) for s in sts]
    text = '%s%s%s%s，其中%s。' % (lead(g, d), d['o'], T['s'], u, '；'.join('%s%s%s，占%s' % (c, x['s'], u, s['s']) for c, x, s in zip(cats, P, S)))
    checks = [rate_chk(x, T, s, i != bi) for i, (x, s) in enumerate(zip(P, S))]
    checks.append({'rel': 'share_sum', 'pcts': S, 'mode': 'le100', 'holds': True})
    note = 'partial list (other categories not listed); each share vs its part' + (': all hold' if bi is None else ': share of %s is wrong, inconsistent' % cats[bi])
    return [text], note, checks


IND = [('第一产业', '第二产业', '第三产业'), ('火电', '水电', '风电', '光伏'), ('公路', '铁路', '水路'),
       ('住宅', '商业营业用房', '办公楼', '其他'), ('居民生活', '工业', '公共服务')]


def p_shares_exh(g):
    cats = g.ch(IND)
    k = len(cats)
    pl = 1
    for _ in range(100):
        raw = [g.ri(30, 600) for _ in range(k)]
        s = sum(raw)
        sts = [rhu(Decimal(x) * 100 / s, pl) for x in raw]
        if abs(sum(sts) - 100) <= Decimal('0.1'):
            break
    if sum(sts) != 100:
        sts[-1] = rhu(100 - sum(sts[:-1]), pl)
    if g.bad:
        i = g.ri(0, k - 1)
        sts[i] = rhu(sts[i] + Decimal(g.ch([-1, 1]) * g.ri(15, 60)) / 10, pl)
        if sts[i] <= 0:
            sts[i] = rhu(sts[i] + 8, pl)
    S = [pct_tok(x, pl) for x in sts]
    f = g.v.get('form', 'zhan')
    y = g.year
    if f == 'zhan':
        what = {'第一产业': '地区生产总值', '火电': '全年发电量', '公路': '货运量', '住宅': '商品房销售面积', '居民生活': '全年售水量'}[cats[0]]
        text = '从构成看，%s中%s。' % (what, '，'.join('%s占%s' % (c, s['s']) for c, s in zip(cats, S)))
    elif f == 'ratio':
        S = [{'s': str(x), 'v': str(x)} for x in sts]
        text = '%d年%s三次产业结构调整为%s。' % (y, g.place('市'), '∶'.join(s['s'] for s in S)) if k == 3 else '%s结构比为%s（%s）。' % (g.ch(['电源', '运输', '用水']), '∶'.join(s['s'] for s in S), '∶'.join(cats))
    else:
        text = '%s分别占%s。' % ('、'.join(cats), '、'.join(s['s'] for s in S))
        text = '全部%s中，' % g.ch(['装机', '投资', '用量']) + text
    ssum = sum(sts)
    note = 'exhaustive shares sum to %s' % ssum + (' (100 within rounding): consistent' if not g.bad else ', not 100: inconsistent')
    return [text], note, [{'rel': 'share_sum', 'pcts': S, 'mode': 'eq100', 'holds': not g.bad}]


def p_shares_cap(g):
    d = g.ch(T_DEC)
    cats = g.sample(d['cats'], g.ri(2, min(3, len(d['cats']))))
    k = len(cats)
    pl = g.ch([0, 1])
    for _ in range(100):
        sts = [rhu(Decimal(g.ri(50, 600)) / 10, pl) for _ in range(k)]
        if g.bad:
            if sum(sts) > 103:
                break
        elif sum(sts) < 97:
            break
    if g.bad and sum(sts) <= 103:
        sts[0] = rhu(sts[0] + (104 - sum(sts)), pl)
    S = [pct_tok(x, pl) for x in sts]
    text = '%s%s，其中%s。' % (g.year, d['o'].replace('完成', '全年完成'), '，'.join('%s占%s' % (c, s['s']) for c, s in zip(cats, S)))
    text = '%d年' % g.year + text[4:]
    note = 'shares of one whole (%s) sum to %s' % ('、'.join(cats), sum(sts)) + (' <= 100: consistent' if not g.bad else ' > 100: impossible, inconsistent')
    return [text], note, [{'rel': 'share_sum', 'pcts': S, 'mode': 'le100', 'holds': not g.bad}]


def _growth(g, lo_r=-0.3, hi_r=0.6, pl=1, old=None, p=0):
    for _ in range(200):
        o = old if old is not None else g.ri(1000, 900000)
        nn = int(o * (1 + g.r.uniform(lo_r, hi_r)))
        if nn == o or nn <= 0:
            continue
        true = (Decimal(nn) - o) / o * 100
        if abs(true) < Decimal('0.5') or abs(true) >= 100 or not tie_free(abs(true), pl):
            continue
        st = rhu(abs(true), pl)
        if g.bad:
            st = g.pct_off(st, pl)
            if abs(st - abs(true)) < 1:
                continue
        return o, nn, true, st
    raise RuntimeError('growth')


def p_growth(g):
    name, u, p = g.ch(G_DOM)
    pl = g.v.get('pl', g.ch([1, 2]))
    f = g.v.get('form', 'youzeng')
    o, nn, true, st = _growth(g, -0.3 if f != 'up' else 0.02, 0.6, pl)
    up = nn > o
    O, Nn = num(o, p, g.mode), num(nn, p, g.mode)
    P = pct_tok(st, pl, g.v.get('pm', 'a'))
    w = ('增长' if up else '下降')
    if f == 'youzeng':
        text = '%s由%d年的%s%s%s至%s%s，%s%s。' % (name, g.year - 1, O['s'], u, '增至' if up else '降至', Nn['s'], u, w, P['s'])
        text = text.replace('%s至' % ('增至' if up else '降至'), '增至' if up else '降至')
    elif f == 'tongbi':
        text = '%d年%s%s%s，同比%s%s（上年同期%s%s）。' % (g.year, name, Nn['s'], u, w, P['s'], O['s'], u)
    elif f == 'bi':
        text = '%s完成%s%s，比上年%s%s。上年为%s%s。' % (name, Nn['s'], u, w, P['s'], O['s'], u)
    else:
        w = '增长'
        text = '%s%s%s，较上年的%s%s增长%s，%s。' % (name, Nn['s'], u, O['s'], u, P['s'], g.ch(['增幅居全市前列', '保持较快增长', '发展势头良好']))
    note = 'growth (%s-%s)/%s = %s%% vs %s %s' % (Nn['s'], O['s'], O['s'], rhu(true, pl + 3), w, P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [{'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': 1 if up else -1, 'word': w, 'holds': not g.bad}]


def p_decline(g):
    d = g.ch([('刑事案件发案数', '起'), ('电信网络诈骗发案', '起'), ('道路交通事故', '起'), ('生产安全事故', '起'), ('信访总量', '件'), ('火灾起数', '起')])
    pl = g.ch([1, 2])
    for _ in range(100):
        o, nn, true, st = _growth(g, -0.6, -0.03, pl, old=g.ri(30, 3000))
        if nn < o:
            break
    O, Nn = num(o), num(nn)
    P = pct_tok(st, pl)
    word = g.ch(['降幅', '下降'])
    text = '%s由上年的%s%s下降至%s%s，%s%s。' % (d[0], O['s'], d[1], Nn['s'], d[1], word, P['s'])
    note = 'decline (%s-%s)/%s = %s%% vs %s' % (O['s'], Nn['s'], O['s'], rhu(-true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [{'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': -1, 'word': word, 'holds': not g.bad}]


def p_yoymom(g):
    name, u, p = g.ch(G_DOM)
    pl = 1
    x = g.ri(5000, 900000)
    gg = [G(g.r, 'consistent', g.v, g.year), G(g.r, 'consistent', g.v, g.year)]
    bi = g.ri(0, 1) if g.bad else None
    if bi is not None:
        gg[bi] = G(g.r, 'inconsistent', g.v, g.year)
    res = []
    for j in range(2):
        for _ in range(100):
            o = int(x / (1 + g.r.uniform(-0.15, 0.3 if j else 0.12)))
            true = (Decimal(x) - o) / o * 100
            if o != x and abs(true) >= Decimal('0.5') and tie_free(abs(true), pl):
                break
        st = rhu(abs(true), pl)
        if j == bi:
            st = gg[j].pct_off(st, pl)
        res.append((o, true, st))
    X = num(x, p)
    (m_, t1, s1), (y_, t2, s2) = res
    M, Y = num(m_, p), num(y_, p)
    P1, P2 = pct_tok(s1, pl), pct_tok(s2, pl)
    w1 = '增长' if t1 > 0 else '下降'
    w2 = '增长' if t2 > 0 else '下降'
    mon = g.ri(2, 12)
    text = '%d月，%s%s%s，环比%s%s、同比%s%s。上月为%s%s，上年同月为%s%s。' % (mon, name, X['s'], u, w1, P1['s'], w2, P2['s'], M['s'], u, Y['s'], u)
    checks = [{'rel': 'growth', 'old': M, 'new': X, 'pct': P1, 'dir': 1 if t1 > 0 else -1, 'word': '环比' + w1, 'holds': bi != 0},
              {'rel': 'growth', 'old': Y, 'new': X, 'pct': P2, 'dir': 1 if t2 > 0 else -1, 'word': '同比' + w2, 'holds': bi != 1}]
    note = '环比 (%s vs %s) and 同比 (%s vs %s)' % (X['s'], M['s'], X['s'], Y['s']) + (': both hold' if bi is None else ': the %s rate is wrong, inconsistent' % ('环比' if bi == 0 else '同比'))
    return [text], note, checks


def p_pp(g):
    d = pdom(g)
    pl = 1
    r1 = Decimal(g.ri(300, 950)) / 10
    up = g.ch([True, True, False])
    dlt = Decimal(g.ri(1, 60)) / 10
    r2 = r1 + dlt if up else r1 - dlt
    if r2 > 100:
        r2, r1 = r1, r2 - dlt * 2 if False else r1
        up = False
        r2 = r1 - dlt
    st = dlt
    if g.bad:
        st = dlt + Decimal(g.ch([-1, 1]) * g.ri(2, 15)) / 10
        if st <= 0:
            st = dlt + Decimal('0.8')
    A, B = pct_tok(r1, pl), pct_tok(r2, pl)
    Dd = {'s': str(st), 'v': str(st)}
    f = g.v.get('form', 'youti')
    w = '提高' if up else '下降'
    if f == 'youti':
        text = '%s由上年的%s%s到%s，%s%s个百分点。' % (d['rate'], A['s'], w, B['s'], w, Dd['s'])
    else:
        text = '%s%s，比上年（%s）%s%s个百分点。' % (d['rate'], B['s'], A['s'], w, Dd['s'])
    note = 'pp difference %s - %s vs %s个百分点' % (B['s'], A['s'], Dd['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [{'rel': 'pp', 'r1': A, 'r2': B, 'pp': Dd, 'dir': 1 if up else -1, 'holds': not g.bad}]


def p_rate_table(g):
    d = pdom(g)
    k = g.ri(3, 5)
    pl = g.ch([1, 2])
    units = g.sample([g.place('街道') for _ in range(8)], k)
    bi = g.ri(0, k - 1) if g.bad else None
    rows = []
    checks = []
    for i in range(k):
        gg = G(g.r, 'inconsistent' if i == bi else 'consistent', g.v, g.year)
        den = g.ri(d['lo'] // 3 + 10, d['hi'] // 3 + 20)
        n_, st, true = gg.rate_case(den, d['lr'], d['hr'], pl, d['cap'])
        A, B, P = num(den), num(n_), pct_tok(st, pl)
        if g.v.get('form') == 'lines':
            rows.append('（%d）%s：%s%s%s，%s%s%s，%s%s；' % (i + 1, units[i], d['den'], A['s'], d['u'], d['num'], B['s'], d['u'], d['rate'], P['s']))
        else:
            rows.append('%s | %s | %s | %s' % (units[i], A['s'], B['s'], P['s']))
        checks.append(rate_chk(B, A, P, i != bi))
    if g.v.get('form') == 'lines':
        rows[-1] = rows[-1][:-1] + '。'
        lines = ['分单位看：'] + rows
    else:
        lines = ['%s情况统计' % d['rate'], '单位 | %s（%s） | %s（%s） | %s' % (d['den'], d['u'], d['num'], d['u'], d['rate'])] + rows
    note = 'rate per row' + (': all rows consistent' if bi is None else ': row %d rate wrong, inconsistent' % (bi + 1))
    return lines, note, checks


def p_over100(g):
    name = g.ch(['固定资产投资', '招商引资到位资金', '税收收入', '农村公路建设', '保障性住房建设'])
    u = g.ch(['万元', '亿元'])
    pl = g.ch([1, 2])
    den = g.ri(5000, 90000)
    num_, st, true = g.rate_case(den, 1.01, 1.4, pl, cap100=False)
    A, B, P = num(den, 2), num(num_, 2), pct_tok(st, pl)
    text = '%s年度计划%s%s，实际完成%s%s，完成年度计划的%s，%s。' % (name, A['s'], u, B['s'], u, P['s'], g.ch(['超额完成任务', '超序时进度']))
    note = 'completion %s/%s = %s%% (over 100 is legitimate here) vs %s' % (B['s'], A['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(B, A, P, not g.bad)]


MALF = {
    'space': lambda t: t + ' %',
    'fwspace': lambda t: t + '\u3000％',
    'xx': lambda t: 'xx%',
    'prefix': lambda t: '%' + t,
    'double': lambda t: t + '%%',
    'fwdouble': lambda t: t + '％％',
    'comma': lambda t: t.split('.')[0] + ',' + (t.split('.')[1][:1] if '.' in t else '5') + '%',
    'ddot': lambda t: (t.replace('.', '..') if '.' in t else t[:-1] + '..' + t[-1]) + '%',
    'mixcn': lambda t: '百分之' + t + '%',
    'xdec': lambda t: t.split('.')[0] + '.x%',
}


def p_malformed(g):
    kind = g.v['mk']
    base = g.v.get('base', 'rate')
    pl = 1 if kind in ('comma', 'xdec') else g.ch([1, 2])
    if base == 'rate':
        d = pdom(g)
        den = g.ri(d['lo'], d['hi'])
        G2 = G(g.r, 'consistent', g.v, g.year)
        num_, st, true = G2.rate_case(den, d['lr'], d['hr'], pl, True)
        A, B = num(den), num(num_)
        P = pct_tok(st, pl)
        good = P['s']
        bad = MALF[kind](P['v'])
        sent = '%s%s%s，%s%s%s，%s%s{P}。' % (d['den'], A['s'], d['u'], d['num'], B['s'], d['u'], d['rate'], g.ch(LINKS))
        chk = rate_chk(B, A, P, True)
    else:
        name, u, p = g.ch(G_DOM)
        G2 = G(g.r, 'consistent', g.v, g.year)
        o, nn, true, st = _growth(G2, 0.02, 0.5, pl)
        O, Nn = num(o, p), num(nn, p)
        P = pct_tok(st, pl)
        good = P['s']
        bad = MALF[kind](P['v'])
        sent = '%s%s%s，比上年的%s%s增长{P}。' % (name, Nn['s'], u, O['s'], u)
        chk = {'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': 1, 'word': '增长', 'holds': True}
    if g.bad:
        text = sent.replace('{P}', bad)
        note = 'percentage written %r is malformed (%s); the arithmetic itself would give %s, but malformed counts as inconsistent' % (bad, kind, good)
        return [text], note, [{'rel': 'malformed', 's': bad, 'kind': kind, 'holds': False}]
    text = sent.replace('{P}', good)
    note = 'well-formed %s agrees with its numbers (rounded to %d decimals): consistent' % (good, pl)
    return [text], note, [chk]


def p_wan_rate(g):
    d = g.ch([('年度计划投资', '完成投资', '投资完成率'), ('应收租金', '实收租金', '收缴率'), ('预算资金', '已支出', '预算执行率'), ('住房公积金应缴额', '实缴额', '缴存率')])
    pl = g.ch([1, 2])
    unit = g.ch(['亿元', '万元'])
    den = g.ri(1000, 900000)
    num_, st, true = g.rate_case(den, 0.6, 0.99, pl)
    A, B, P = num(den, 2, 'c' if g.v.get('c') else 'a'), num(num_, 2, 'c' if g.v.get('c') else 'a'), pct_tok(st, pl)
    text = '%s%s%s，%s%s%s，%s%s。' % (d[0], A['s'], unit, d[1], B['s'], unit, d[2], P['s'])
    note = '%s/%s = %s%% vs %s' % (B['s'], A['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(B, A, P, not g.bad)]


def p_mixunit(g):
    f = g.v.get('form', 'power')
    pl = g.ch([1, 2])
    den = g.ri(50000, 900000)  # 万 units
    num_, st, true = g.rate_case(den, 0.05, 0.7, pl)
    den_tok = num(den, 2, 'a', '亿') if False else num(den // 100, 2, 'a', '亿')
    den_v = (den // 100) * 100
    # recompute with the displayed denominator (in 万)
    true = Decimal(num_) / Decimal(den_v) * 100
    for _ in range(50):
        if tie_free(true, pl):
            break
        num_ += 1
        true = Decimal(num_) / Decimal(den_v) * 100
    st = rhu(true, pl)
    if g.bad:
        st = g.pct_off(st, pl, True)
    B = num(num_, 0, 'a', '万')
    P = pct_tok(st, pl)
    if f == 'power':
        text = '全年全社会用电量%s千瓦时，其中%s用电%s千瓦时，占%s。' % (den_tok['s'], g.ch(['工业', '第三产业', '城乡居民生活', '充换电设施']), B['s'], P['s'])
    else:
        text = '全年完成投资%s元，其中%s%s元，占%s。' % (den_tok['s'], g.ch(['民间投资', '基础设施投资', '工业投资']), B['s'], P['s'])
    note = 'share across units %s / %s = %s%% vs %s' % (B['s'], den_tok['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(B, den_tok, P, not g.bad)]


def p_cumgrowth(g):
    name, u, p = g.ch(G_DOM)
    pl = 1
    o, nn, true, st = _growth(g, -0.2, 0.4, pl)
    O, Nn, P = num(o, p), num(nn, p), pct_tok(st, pl)
    m = g.ri(3, 11)
    w = '增长' if nn > o else '下降'
    text = '1-%d月，%s累计完成%s%s，同比%s%s；%d月当月完成%s%s。上年1-%d月累计为%s%s。' % (
        m, name, Nn['s'], u, w, P['s'], m, num(g.ri(1, max(2, nn // (m + 2))), p)['s'], u, m, O['s'], u)
    note = 'cumulative growth (%s vs %s) = %s%% vs %s; the single month figure is context' % (Nn['s'], O['s'], rhu(true, 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [{'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': 1 if nn > o else -1, 'word': w, 'holds': not g.bad}]


def p_survey(g):
    pl = 1
    a = g.ri(200, 3000)
    bi = g.ri(0, 1) if g.bad else None
    gA = G(g.r, 'inconsistent' if bi == 0 else 'consistent', g.v, g.year)
    gB = G(g.r, 'inconsistent' if bi == 1 else 'consistent', g.v, g.year)
    b, s1, t1 = gA.rate_case(a, 0.85, 0.99, pl)
    c, s2, t2 = gB.rate_case(b, 0.85, 0.99, pl)
    A, B, C, P1, P2 = num(a), num(b), num(c), pct_tok(s1, pl), pct_tok(s2, pl)
    text = '共发放%s问卷%s份，回收%s份，回收率%s；其中有效问卷%s份，占回收问卷的%s。' % (g.ch(['满意度', '需求调查', '群众安全感']), A['s'], B['s'], P1['s'], C['s'], P2['s'])
    note = '回收率 %s/%s and 有效率 %s/%s' % (B['s'], A['s'], C['s'], B['s']) + (': both hold' if bi is None else ': %s wrong, inconsistent' % ('回收率' if bi == 0 else '有效率'))
    return [text], note, [rate_chk(B, A, P1, bi != 0), rate_chk(C, B, P2, bi != 1)]


def p_sumrate(g):
    pl = g.ch([1, 2])
    a = g.ri(100, 3000)
    G2 = G(g.r, 'consistent', g.v, g.year)
    b, st, true = G2.rate_case(a, 0.9, 0.995, pl)
    c = a - b
    w = None
    if g.bad:
        w = g.ch(['rate', 'count'])
        if w == 'rate':
            st = g.pct_off(st, pl, True)
        else:
            c = g.bump(c, 0.5, 1)
    A, B, C, P = num(a), num(b), num(c), pct_tok(st, pl)
    text = '全年抽检%s批次，合格%s批次，不合格%s批次，合格率%s。' % (A['s'], B['s'], C['s'], P['s'])
    note = 'sum %s+%s vs %s and rate %s/%s vs %s' % (B['s'], C['s'], A['s'], B['s'], A['s'], P['s']) + (': both hold' if w is None else ': the %s is wrong (only that relation), inconsistent' % w)
    return [text], note, [tot_chk(A, [B, C], w != 'count'), rate_chk(B, A, P, w != 'rate')]


def p_plan_unit(g):
    pl = g.ch([1, 2])
    den = g.ri(100, 9000)  # in 0.01亿 = 100万
    den_v = den * 100  # 万
    G2 = G(g.r, g.label, g.v, g.year)
    num_, st, true = G2.rate_case(den_v, 0.3, 0.99, pl)
    A = num(den, 2, 'a', '亿')
    B = num(num_, 0, 'a', '万')
    P = pct_tok(st, pl)
    text = '截至%d月底，完成投资%s元，占年度计划%s元的%s。' % (g.ri(6, 11), B['s'], A['s'], P['s'])
    note = '%s / %s = %s%% vs %s' % (B['s'], A['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(B, A, P, not g.bad)]


def p_items_rates(g):
    k = g.ri(2, 3)
    ds = g.sample(P_DOM, k)
    bi = g.ri(0, k - 1) if g.bad else None
    segs = []
    checks = []
    for i, d in enumerate(ds):
        gg = G(g.r, 'inconsistent' if i == bi else 'consistent', g.v, g.year)
        pl = g.ch([1, 2])
        den = g.ri(d['lo'], d['hi'])
        n_, st, true = gg.rate_case(den, d['lr'], d['hr'], pl, d['cap'])
        A, B, P = num(den), num(n_), pct_tok(st, pl)
        segs.append('%s%s%s%s，%s%s%s，%s%s' % (CN_ORD[i] + '是', d['den'], A['s'], d['u'], d['num'], B['s'], d['u'], d['rate'], P['s']))
        checks.append(rate_chk(B, A, P, i != bi))
    text = '；'.join(segs) + '。'
    note = 'independent rates in numbered items' + (': all hold' if bi is None else ': item %d rate wrong, inconsistent' % (bi + 1))
    return [text], note, checks


def p_percap(g):
    pl = 1
    o = g.ri(15000, 60000)
    o, nn, true, st = _growth(g, 0.02, 0.12, pl, old=o)
    O, Nn, P = num(o, 0, g.mode), num(nn, 0, g.mode), pct_tok(st, pl)
    who = g.ch(['全体居民', '城镇居民', '农村居民'])
    text = '%s人均可支配收入%s元，比上年增长%s（上年为%s元）。' % (who, Nn['s'], P['s'], O['s'])
    note = 'per-capita growth (%s-%s)/%s = %s%% vs %s' % (Nn['s'], O['s'], O['s'], rhu(true, 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [{'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': 1, 'word': '增长', 'holds': not g.bad}]


def p_growth_table(g):
    k = g.ri(3, 4)
    rows = g.sample(G_DOM, k)
    bi = g.ri(0, k - 1) if g.bad else None
    lines = ['主要指标完成情况', '指标 | 单位 | %d年 | %d年 | 增长率' % (g.year - 1, g.year)]
    checks = []
    for i, (name, u, p) in enumerate(rows):
        gg = G(g.r, 'inconsistent' if i == bi else 'consistent', g.v, g.year)
        o, nn, true, st = _growth(gg, -0.2, 0.4, 1)
        O, Nn = num(o, p), num(nn, p)
        sv = st if nn > o else -st
        P = {'s': str(sv) + '%', 'v': str(sv)}
        lines.append('%s | %s | %s | %s | %s' % (name, u, O['s'], Nn['s'], P['s']))
        checks.append({'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': 1, 'holds': i != bi})
    note = 'growth column (signed, in %%) per row' + (': all hold' if bi is None else ': row %d wrong, inconsistent' % (bi + 1))
    return lines, note, checks


def p_trail_space(g):
    """real reports often have a space AFTER the sign before punctuation ('29.3% ;'); not malformed"""
    name, u, p = g.ch(G_DOM)
    o, nn, true, st = _growth(g, 0.02, 0.5, 1)
    O, Nn, P = num(o, p), num(nn, p), pct_tok(st, 1)
    text = '完成%s%s%s，上年同期%s%s，同比增加%s ；' % (name, Nn['s'], u, O['s'], u, P['s']) + g.ch(['各项指标平稳运行。', '发展态势良好。'])
    note = 'growth (%s vs %s) vs %s; the space after %% before the semicolon is a scraper artefact, not a malformed percentage' % (Nn['s'], O['s'], P['s']) + (': consistent' if not g.bad else ': rate wrong, inconsistent')
    return [text], note, [{'rel': 'growth', 'old': O, 'new': Nn, 'pct': P, 'dir': 1, 'word': '增加', 'holds': not g.bad}]


def p_rate_wan(g):
    d = g.ch([('应参保人数', '实际参保', '参保率', '万人'), ('常住人口', '城镇人口', '常住人口城镇化率', '万人'), ('目标人群', '已接种', '接种率', '万人')])
    pl = g.ch([1, 2])
    den = g.ri(1000, 90000)
    num_, st, true = g.rate_case(den, 0.55, 0.98, pl)
    A, B, P = num(den, 2), num(num_, 2), pct_tok(st, pl)
    text = '%s%s%s，%s%s%s，%s%s。' % (d[0], A['s'], d[3], d[1], B['s'], d[3], d[2], P['s'])
    note = '%s/%s = %s%% vs %s' % (B['s'], A['s'], rhu(true, pl + 3), P['s']) + (': consistent' if not g.bad else ': inconsistent')
    return [text], note, [rate_chk(B, A, P, not g.bad)]


# ----------------------------------------------------------------------------------------------
# negatives (look-alikes that are not checkable relations)
# ----------------------------------------------------------------------------------------------
def nt_overlap(g):
    d = g.ch(T_DOM[:6])
    tot = g.ri(30, 200)
    a = g.ri(tot // 2, tot - 1)
    b = g.ri(tot - a + 1, tot - 2) if tot - a + 1 < tot - 2 else tot - 3
    T, A, B = num(tot), num(a), num(b)
    dims = g.ch([('涉及企业的', '发生在夜间的'), ('群众举报的', '涉及重点区域的'), ('重复投诉的', '已办结的'), ('跨部门的', '涉及老旧小区的')])
    text = '%s%s%s%s，其中%s%s%s，%s%s%s。' % (lead(g, d), d['o'], T['s'], d['u'], dims[0], A['s'], d['u'], dims[1], B['s'], d['u'])
    return [text], 'subsets along different dimensions under 其中 overlap (sum exceeds total by design); not a partition', [look('overlap', dims[1], 'sum_gt', [T, A, B])]


def nt_zhuyao(g):
    d = g.ch(T_DOM)
    k = 2
    cats = g.sample(d['cats'], k)
    ps = g.parts(k, d['lo'], d['hi'])
    tot = sum(ps) + g.ri(d['lo'] + 2, d['hi'])
    T = num(tot)
    P = [num(x) for x in ps]
    cue = g.ch(['主要有', '主要集中在', '较为突出的是'])
    text = '%s%s%s%s，%s%s。' % (lead(g, d), d['o'], T['s'], d['u'], cue, '、'.join('%s%s%s' % (c, x['s'], d['u']) for c, x in zip(cats, P)))
    return [text], 'parts introduced by %s are a selection, not all categories' % cue, [look('selection', cue, 'sum_lt', [T] + P)]


def nt_deng(g):
    d = g.ch(T_DOM)
    cats = g.sample(d['cats'], 2)
    ps = g.parts(2, d['lo'], d['hi'])
    tot = sum(ps) + g.ri(3, d['hi'])
    T = num(tot)
    P = [num(x) for x in ps]
    text = '%s%s%s%s，包括%s等。' % (lead(g, d), d['o'], T['s'], d['u'], '、'.join('%s%s%s' % (c, x['s'], d['u']) for c, x in zip(cats, P)))
    return [text], 'partial list closed by 等; remaining categories unstated', [look('partial_deng', '等', 'sum_lt', [T] + P)]


def nt_approx(g):
    d = g.ch(T_DOM + T_BIG[:3])
    k = 3
    cats = g.sample(d['cats'], k)
    ps = g.parts(k, max(d['lo'], 12), d['hi'])
    s = sum(ps)
    cue = g.ch(['约', '近', '余', '多'])
    if cue in ('约', '近'):
        base = max(10, 10 ** (len(str(s)) - 2))
        tot = (s // base + 1) * base
        if tot == s:
            tot += base
        T = num(tot)
        tt = '%s%s' % (cue, T['s'])
        text = '%s%s%s%s，其中%s。' % (lead(g, d), d['o'], tt, d['u'], '、'.join('%s%s%s' % (c, x['s'], d['u']) for c, x in zip(cats, [num(p) for p in ps])))
    else:
        base = max(10, 10 ** (len(str(s)) - 2))
        tot = s // base * base
        if tot == s:
            tot -= base
        T = num(tot)
        text = '%s%s%s%s%s，其中%s。' % (lead(g, d), d['o'], T['s'], cue, d['u'], '、'.join('%s%s%s' % (c, x['s'], d['u']) for c, x in zip(cats, [num(p) for p in ps])))
    return [text], 'total is approximate (%s), parts need not add up to the rounded figure' % cue, [look('approx_total', cue, 'sum_ne', [T] + [num(p) for p in ps])]


def nt_threshold(g):
    tot = g.ri(80, 600)
    a = g.ri(tot // 3, tot // 2)
    b = g.ri(a // 3, a - 2)
    c = g.ri(b // 4 + 1, b - 1)
    T, A, B, C = num(tot), num(a), num(b), num(c)
    text = '全%s规模以上工业企业%s家，其中产值超5000万元的%s家、超亿元的%s家、超10亿元的%s家。' % (g.ch(['市', '区', '县']), T['s'], A['s'], B['s'], C['s'])
    return [text], 'thresholds (超5000万/超亿元/超10亿元) are nested, not parts', [look('threshold', '超亿元')]


def nt_codes(g):
    y = g.year
    text = g.ch([
        '%d年%d月%d日，%s采购%s型%s%d台，服务热线0%d-%d。' % (y, g.ri(1, 12), g.ri(1, 28), g.company(), g.ch(['GX-350', 'HD2000', 'ZL-80A', 'K9-12']), g.ch(['洒水车', '压缩式垃圾车', '巡检无人机']), g.ri(2, 12), g.ri(10, 999), g.ri(1000000, 9999999)),
        '项目批准文号为%s发改投资〔%d〕%d号，建设地点位于%s路%d号。' % (g.place('')[:1], y, g.ri(10, 300), g.place(''), g.ri(1, 300)),
        '%s（统一社会信用代码9133%d）位于%s大道%d号，联系电话1%d。' % (g.company(), g.ri(10 ** 13, 10 ** 14 - 1), g.place(''), g.ri(1, 999), g.ri(3 * 10 ** 9, 9 * 10 ** 9)),
    ])
    return [text], 'dates, model numbers, document numbers and phone numbers, no relation', [look('codes', str(y))]


def nt_rank(g):
    r = g.ri(2, 9)
    text = '%d年度%s考核中，%s排名全市第%d位，%s项指标进入前%d名。' % (g.year, g.ch(TOPICS), g.place(), r, cn_int(g.ri(3, 6)), g.ri(3, 10))
    return [text], 'ranks and positions, no arithmetic relation', [look('rank', '排名')]


def nt_plusx(g):
    text = g.ch([
        '推进“1+X”证书制度试点，%d名学生取得职业技能等级证书，开设%d个试点专业。' % (g.ri(30, 900), g.ri(2, 9)),
        '构建“%d+X”公共服务体系，在%d个社区建成“%d+N”服务站点。' % (g.ri(3, 9), g.ri(5, 40), g.ri(1, 5)),
        '落实“%d+%d+N”工作机制，组建网格员队伍%d支。' % (g.ri(1, 5), g.ri(2, 6), g.ri(10, 90)),
    ])
    return [text], 'slogans of the form 1+X / N+X are labels, not sums', [look('plus_label', '+')]


def nt_diffwholes(g):
    a = g.ri(20000, 900000)
    b = int(a * g.r.uniform(1.05, 1.4))
    c = g.ri(1000, 50000)
    text = '年末%s户籍人口%s人，常住人口%s人；全年新增城镇就业%s人。' % (g.place(), num(a, 0, 'c')['s'], num(b, 0, 'c')['s'], num(c)['s'])
    return [text], 'different wholes (户籍/常住) and an unrelated count, no relation', [look('diff_wholes', '常住人口')]


def nt_cumsingle(g):
    d = g.ch(T_DEC)
    m = g.ri(3, 11)
    a = g.ri(d['lo'] * 3, d['hi'] * 3)
    b = g.ri(a // (m + 3), a // m)
    text = '1-%d月累计%s%s%s，其中%d月当月%s%s。' % (m, d['o'].replace('完成', ''), num(a, d['p'])['s'], d['u'], m, num(b, d['p'])['s'], d['u'])
    return [text], 'single month under cumulative figure is one component only, no full breakdown', [look('cum_single', '当月')]


def nt_single(g):
    d = g.ch(T_DOM)
    tot = g.ri(max(d['lo'] * 3, 10), max(d['hi'] * 3, 30))
    a = g.ri(1, tot - 1)
    text = '%s%s%s%s，其中%s%s%s。' % (lead(g, d), d['o'], num(tot)['s'], d['u'], g.ch(['本年新增', '群众满意的', '按期完成的', '首次发生的']), num(a)['s'], d['u'])
    return [text], 'one subset under 其中, nothing to add up', [look('single_part', '其中')]


def nt_units(g):
    text = '%s全年投入资金%s万元，新建改建农村公路%s公里、桥梁%s座，安装路灯%s盏。' % (g.place(), num(g.ri(1000, 90000), 1)['s'], num(g.ri(50, 900), 1)['s'], g.ri(2, 20), g.ri(100, 900))
    return [text], 'figures in different units listed together, nothing sums', [look('diff_units', '公里')]


def nt_plan_done(g):
    a = g.ri(20, 300)
    b = g.ri(a // 2, a)
    text = '%d年计划改造老旧小区%s个，已完工%s个，其余正在加快推进。' % (g.year, num(a)['s'], num(b)['s'])
    return [text], 'plan vs done with 其余 unquantified: no stated difference', [look('plan_done', '其余')]


def nt_range(g):
    a = g.ri(5, 50) * 100
    text = '预计%d年%s新增就业岗位%d-%d个，日均接待游客%d万至%d万人次。' % (g.year + 1, g.place(), a, a + g.ri(2, 9) * 100, g.ri(1, 4), g.ri(5, 9))
    return [text], 'ranges and forecasts, no relation', [look('range', '预计')]


def nt_named_count(g):
    text = g.ch(['深入实施“%s大工程”，扎实推进“%s个一批”行动，打好%s大攻坚战。' % (g.ch(['三', '五', '六']), g.ch(['四', '五']), g.ch(['三', '两'])),
                 '围绕“%s城%s区”建设目标，坚持“%s个不动摇”。' % (g.ch(['一', '两']), g.ch(['三', '四']), g.ch(['两', '三']))])
    return [text], 'numbers inside slogans (三大工程, 五个一批) announce no enumerated list here', [look('slogan', '“')]


def nt_renci_ren(g):
    a = g.ri(5, 40)
    text = '举办培训班%d期，培训%s人次，覆盖企业%d家、社区%d个。' % (a, num(g.ri(200, 5000))['s'], g.ri(10, 90), g.ri(3, 30))
    return [text], 'counts in different units (期/人次/家/个), no relation', [look('diff_units', '人次')]


def np_over100(g):
    v = Decimal(g.ri(1010, 4000)) / 10
    P = pct_tok(v, 1)
    text = '%s%s%s，同比增长%s，%s。' % (g.ch(['新能源汽车产量', '跨境电商进出口额', '充电桩数量', '储能装机规模']), g.ch(['快速增长', '成倍增加', '实现突破']), g.ch(['', '']), P['s'], g.ch(['增速居全省前列', '成为新的增长点']))
    return [text], 'growth rate above 100% without base values: legitimate and uncheckable', [look('growth_over100', P['s'], 'over100', [P])]


def np_pp_alone(g):
    d = pdom(g)
    text = '%s%s%s个百分点，%s%s。' % (d['rate'], g.ch(['比上年提高', '同比提升', '较上年下降']), num(g.ri(1, 60), 1)['s'], g.ch(['群众', '服务']), g.ch(['满意度持续提升', '获得感进一步增强']))
    return [text], 'percentage-point change without the two rates: nothing to check', [look('pp_alone', '个百分点')]


def np_policy(g):
    text = g.ch(['落实小规模纳税人减按%d%%征收增值税政策，首套住房商业贷款首付比例不低于%d%%。' % (g.ri(1, 3), g.ri(15, 30)),
                 '个人住房公积金贷款利率下调%s个百分点，五年以上首套利率为%s%%。' % (g.ch(['0.25', '0.15']), g.ch(['2.85', '3.1', '2.6'])),
                 '对符合条件的企业按%d%%的比例返还失业保险费，给予贷款贴息%d%%。' % (g.ri(50, 90), g.ri(20, 60))])
    return [text], 'policy rates and thresholds, not derived from stated numbers', [look('policy_rate', '%')]


def np_diffwholes(g):
    a, b = Decimal(g.ri(450, 900)) / 10, Decimal(g.ri(350, 800)) / 10
    text = '%s森林覆盖率%s，建成区绿化覆盖率%s，%s空气质量优良天数比例%s。' % (g.place(), pct_tok(a, 1)['s'], pct_tok(b, 1)['s'], g.ch(['全年', '']), pct_tok(Decimal(g.ri(800, 990)) / 10, 1)['s'])
    return [text], 'rates of different wholes; their sum exceeding 100% is meaningless', [look('diff_wholes', '覆盖率')]


def np_overlap_share(g):
    text = '%s中，女性占%s，%d岁以上占%s，大专以上学历占%s。' % (g.ch(['全体志愿者', '新录用人员', '参训学员', '社区工作者']), pct_tok(Decimal(g.ri(400, 700)) / 10, 1)['s'], g.ch([35, 45, 60]), pct_tok(Decimal(g.ri(300, 600)) / 10, 1)['s'], pct_tok(Decimal(g.ri(300, 700)) / 10, 1)['s'])
    return [text], 'shares along different dimensions overlap; sum over 100% is fine', [look('overlap_share', '以上学历')]


def np_approx(g):
    text = '%s%s，%s。' % (g.ch(['近九成的', '约八成的', '超过七成的', '逾六成的']), g.ch(['村（社区）建成综合服务站', '企业实现数字化改造', '居民小区完成垃圾分类']), g.ch(['基本实现全覆盖', '成效明显']))
    return [text], 'approximate shares in words (近九成), nothing exact to check', [look('approx_share', '成')]


def np_target(g):
    text = '%s力争达到%s以上，%s控制在%s以内。' % (g.ch(['城市生活垃圾回收利用率', '污水集中收集率', '公交出行分担率']), pct_tok(Decimal(g.ri(30, 98)), 0)['s'], g.ch(['管网漏损率', '工伤事故率', '空置率']), pct_tok(Decimal(g.ri(5, 120)) / 10, 1)['s'])
    return [text], 'targets and ceilings, not results', [look('target', '力争')]


def np_other_den(g):
    a = g.ri(200, 5000)
    text = '全年受理%s件，回访群众满意率%s。' % (num(a)['s'], pct_tok(Decimal(g.ri(900, 999)) / 10, 1)['s'])
    text = g.ch(['12345热线', '便民服务中心', '信访窗口']) + text
    return [text], 'satisfaction rate is over surveyed callers, not over the cases received; no numerator given', [look('other_den', '满意率')]


def np_bei(g):
    text = '%s达到上年的%s倍，%s增长%s倍。' % (g.ch(['新能源装机容量', '跨境电商交易额', '快递业务量']), num(g.ri(11, 40), 1)['s'], g.ch(['充电设施数量', '冷链库容']), num(g.ri(11, 30), 1)['s'])
    return [text], 'multiples (倍), no base values: nothing to check', [look('multiple', '倍')]


def np_contrib(g):
    text = '%s对经济增长的贡献率为%s，拉动经济增长%s个百分点。' % (g.ch(['工业', '消费', '投资', '第三产业']), pct_tok(Decimal(g.ri(200, 700)) / 10, 1)['s'], num(g.ri(5, 60), 1)['s'])
    return [text], 'contribution rate and pull in percentage points from unstated national-accounts data', [look('contribution', '贡献率')]


def np_cpi(g):
    text = '居民消费价格%s%s，%s浓度同比下降%s，%s。' % (g.ch(['上涨', '同比上涨']), pct_tok(Decimal(g.ri(1, 40)) / 10, 1)['s'], g.ch(['PM2.5平均', '细颗粒物']), pct_tok(Decimal(g.ri(10, 200)) / 10, 1)['s'], g.ch(['空气质量持续改善', '环境质量稳中向好']))
    return [text], 'price index and concentration changes without base values; PM2.5 is a name', [look('index_change', '上涨')]


def np_approx_base(g):
    a = g.ri(2, 9) * 100
    text = '参与人数从约%d人增加到约%d人，增长约%s成。' % (a, int(a * 1.3), g.ch(['三', '三']))
    return [text], 'approximate values and approximate growth (约三成) are not exact', [look('approx', '约')]


def np_rank_pct(g):
    text = '%s增速排名全市第%d，高于全市平均水平%s个百分点，规模以上企业数量占全市的比重超过%s。' % (g.ch(['固定资产投资', '工业增加值', '社会消费品零售总额']), g.ri(1, 9), num(g.ri(1, 40), 1)['s'], pct_tok(Decimal(g.ri(10, 40)), 0)['s'])
    return [text], 'rank, gap in points and a lower bound share: no checkable relation', [look('rank', '排名')]


def np_single_rate(g):
    d = pdom(g)
    text = '%s%s%s，%s。' % (d['rate'], g.ch(['达到', '保持在']), pct_tok(Decimal(g.ri(850, 999)) / 10, 1)['s'], g.ch(['较上年有所提高', '位居全市前列', '创历史新高']))
    return [text], 'rate stated without its numbers', [look('single_rate', d['rate'])]


# ----------------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------------
def _register():
    T, P = 'totals', 'pct'
    # totals, checkable
    for m, nm in [('a', 'ascii'), ('fw', 'fullwidth'), ('cn', 'cn_numerals'), ('cnl', 'cn_liang'), ('c', 'comma_thousands'),
                  ('sp', 'space_thousands'), ('fc', 'fwcomma_thousands')]:
        style('qizhong_dun_' + nm, T, 'check', t_qizhong, mode=m, small=(m == 'cn'))
    style('qizhong_semicolon', T, 'check', t_qizhong, sep='；')
    style('qizhong_comma_sep', T, 'check', t_qizhong, sep='，')
    style('qizhong_number_after_name_lei', T, 'check', t_qizhong, order='lei')
    style('qizhong_shejide', T, 'check', t_qizhong, order='num')
    style('qizhong_colon', T, 'check', t_qizhong, colon='：')
    style('qizhong_decimal_units', T, 'check', t_qizhong, kind='dec')
    style('qizhong_decimal_fullwidth', T, 'check', t_qizhong, kind='dec', mode='fw')
    style('fenbiewei_ascii', T, 'check', t_fenbie)
    style('fenbiewei_unit_each', T, 'check', t_fenbie, form='unit_each')
    style('fenbiewei_cn', T, 'check', t_fenbie, mode='cn', small=True)
    style('parts_then_heji', T, 'check', t_parts_first)
    style('parts_then_gongji', T, 'check', t_parts_first, form='gongji')
    style('parts_sentences_yishang_heji', T, 'check', t_parts_first, form='sentences', kind='dec')
    style('parts_then_heji_decimal', T, 'check', t_parts_first, kind='dec')
    style('paren_qizhong', T, 'check', t_paren)
    style('paren_colon_items', T, 'check', t_paren, form='colon')
    style('baokuo_list', T, 'check', t_baokuo)
    style('baokuo_list_decimal', T, 'check', t_baokuo, kind='dec')
    style('lines_paren_numbered', T, 'check', t_lines, marks='paren')
    style('lines_circled', T, 'check', t_lines, marks='circ', kind='dec')
    style('lines_dot_numbered_total_last', T, 'check', t_lines, marks='dot', total_last=True)
    style('lines_bullets', T, 'check', t_lines, marks='dot_line', kind='dec')
    style('table_pipe', T, 'check', t_table)
    style('table_tab', T, 'check', t_table, form='tab', kind='dec')
    style('table_total_first', T, 'check', t_table, form='first')
    style('table_two_header_rows', T, 'check', t_table2)
    style('table_change_column', T, 'check', t_tablechg)
    style('count_yishi', T, 'check', t_count, marks='shi')
    style('count_paren_lines', T, 'check', t_count, marks='paren')
    style('count_circled_lines', T, 'check', t_count, marks='circ', nmode='a')
    style('count_dot_lines', T, 'check', t_count, marks='dot', nmode='cnl')
    style('diff_budget_surplus', T, 'check', t_diff)
    style('diff_plan_remaining', T, 'check', t_diff, form='plan')
    style('diff_special_fund', T, 'check', t_diff, form='fund', mode='c')
    style('balance_provident_fund', T, 'check', t_balance)
    style('balance_special_account', T, 'check', t_balance, form='acct')
    style('change_you_dao', T, 'check', t_change)
    style('change_jiao_shangnian', T, 'check', t_change, form='jiao')
    style('change_bi_duo_shao', T, 'check', t_change, form='bi')
    style('change_cn_numerals', T, 'check', t_change, mode='cn')
    style('yoy_mom_abs', T, 'check', t_yoymom)
    style('cumulative_months', T, 'check', t_cumul)
    style('monthly_to_cumulative', T, 'check', t_cumul, form='months')
    style('wan_yi_mixed_revenue', T, 'check', t_wanyi, form='rev')
    style('wan_yi_mixed_invest', T, 'check', t_wanyi)
    style('nested_two_level', T, 'check', t_nested)
    style('quarters_narrative', T, 'check', t_quarters)
    style('two_lists_one_doc', T, 'check', t_twototals)
    style('new_plus_cumulative', T, 'check', t_newcum)
    style('avg_per_household', T, 'check', t_avg)
    style('avg_per_person', T, 'check', t_avg, form='ren')
    style('convert_wan_yi_power', T, 'check', t_convert)
    style('convert_wan_yi_water_comma', T, 'check', t_convert, form='water', mode='c')
    style('convert_wan_yi_freight', T, 'check', t_convert, form='freight')
    style('total_wan_parts_yi_power', T, 'check', t_convert_sum)
    style('court_received_closed_pending', T, 'check', t_court)
    style('two_parts_gender', T, 'check', t_gender)
    style('two_parts_fullwidth', T, 'check', t_gender, mode='fw')
    style('except_rest', T, 'check', t_except)
    style('compare_more_than', T, 'check', t_compare)
    style('net_market_entities', T, 'check', t_net)
    style('net_population', T, 'check', t_net, form='pop')
    style('net_vehicles_comma', T, 'check', t_net, form='veh', mode='c')
    style('staff_flow_balance', T, 'check', t_staff)
    style('households_and_persons', T, 'check', t_hurens)
    style('structure_colon_paragraph', T, 'check', t_colon_para)
    style('fen_lei_kan', T, 'check', t_colon_para, form='fen')
    style('renci_activities', T, 'check', t_renci)
    # totals, negative
    for nm, fn in [('overlap_dimensions', nt_overlap), ('selection_zhuyao', nt_zhuyao), ('partial_deng', nt_deng),
                   ('approx_total', nt_approx), ('threshold_nested', nt_threshold), ('codes_dates_phones', nt_codes),
                   ('ranks', nt_rank), ('plus_x_labels', nt_plusx), ('diff_wholes_population', nt_diffwholes),
                   ('cumulative_single_month', nt_cumsingle), ('single_subset', nt_single), ('mixed_units_list', nt_units),
                   ('plan_done_rest', nt_plan_done), ('ranges_forecast', nt_range), ('slogan_numbers', nt_named_count),
                   ('renci_periods', nt_renci_ren)]:
        style('neg_' + nm, T, 'neg', fn)
    # pct, checkable
    style('rate_plain_2dp', P, 'check', p_rate, pl=2)
    style('rate_plain_1dp', P, 'check', p_rate, pl=1)
    style('rate_plain_0dp', P, 'check', p_rate, pl=0)
    style('rate_fullwidth_sign', P, 'check', p_rate, pm='fp')
    style('rate_fullwidth_all', P, 'check', p_rate, pm='fw')
    style('rate_chinese_baifenzhi', P, 'check', p_rate, pm='cn', pl=1)
    style('rate_cn_counts', P, 'check', p_rate, nm='cn', pl=1)
    style('rate_comma_counts', P, 'check', p_rate, nm='c')
    style('rate_first', P, 'check', p_rate, form='ratefirst')
    style('rate_paren_fraction', P, 'check', p_rate, form='paren')
    style('rate_zhan_within', P, 'check', p_rate, form='zhan')
    style('rate_complement', P, 'check', p_complement)
    style('rate_complement_rate_first', P, 'check', p_complement, form='first')
    style('share_one_part', P, 'check', p_share1, form='zhan')
    style('share_one_part_reverse', P, 'check', p_share1)
    style('share_one_part_decimal', P, 'check', p_share1, kind='dec', form='zhan')
    style('share_one_part_fw', P, 'check', p_share1, pm='fp')
    style('shares_multi_partial', P, 'check', p_shares_multi)
    style('shares_exhaustive_zhan', P, 'check', p_shares_exh)
    style('shares_exhaustive_ratio', P, 'check', p_shares_exh, form='ratio')
    style('shares_exhaustive_fenbie', P, 'check', p_shares_exh, form='fenbie')
    style('shares_cap_100', P, 'check', p_shares_cap)
    style('growth_you_zeng', P, 'check', p_growth)
    style('growth_tongbi_paren', P, 'check', p_growth, form='tongbi')
    style('growth_bi_shangnian', P, 'check', p_growth, form='bi', pl=1)
    style('growth_jiao_up', P, 'check', p_growth, form='up')
    style('growth_comma_values', P, 'check', p_growth, form='tongbi', mode='c')
    style('growth_fullwidth', P, 'check', p_growth, form='youzeng', mode='fw', pm='fw')
    style('decline_jiangfu', P, 'check', p_decline)
    style('yoy_mom_rates', P, 'check', p_yoymom)
    style('pp_you_ti', P, 'check', p_pp)
    style('pp_bi_shangnian', P, 'check', p_pp, form='bi')
    style('rate_table_pipe', P, 'check', p_rate_table)
    style('rate_lines_units', P, 'check', p_rate_table, form='lines')
    style('completion_over_100', P, 'check', p_over100)
    for mk in ['space', 'fwspace', 'xx', 'prefix', 'double', 'fwdouble', 'comma', 'ddot', 'mixcn', 'xdec']:
        style('malformed_' + mk, P, 'check', p_malformed, mk=mk)
    for mk in ['space', 'double', 'xx', 'prefix']:
        style('malformed_growth_' + mk, P, 'check', p_malformed, mk=mk, base='growth')
    style('rate_wan_amounts', P, 'check', p_wan_rate)
    style('rate_wan_amounts_comma', P, 'check', p_wan_rate, c=True)
    style('share_mixed_units', P, 'check', p_mixunit)
    style('share_mixed_units_invest', P, 'check', p_mixunit, form='inv')
    style('cumulative_growth', P, 'check', p_cumgrowth)
    style('survey_two_rates', P, 'check', p_survey)
    style('sum_and_rate', P, 'check', p_sumrate)
    style('plan_in_yi_done_in_wan', P, 'check', p_plan_unit)
    style('rates_in_items', P, 'check', p_items_rates)
    style('per_capita_growth', P, 'check', p_percap)
    style('per_capita_growth_comma', P, 'check', p_percap, mode='c')
    style('growth_table', P, 'check', p_growth_table)
    style('trailing_space_after_sign', P, 'check', p_trail_space)
    style('rate_wan_people', P, 'check', p_rate_wan)
    # pct, negative
    for nm, fn in [('growth_over_100', np_over100), ('pp_alone', np_pp_alone), ('policy_rates', np_policy),
                   ('rates_diff_wholes', np_diffwholes), ('overlapping_shares', np_overlap_share), ('approx_shares_words', np_approx),
                   ('targets_ceilings', np_target), ('rate_other_denominator', np_other_den), ('multiples_bei', np_bei),
                   ('contribution_rate', np_contrib), ('price_index', np_cpi), ('approx_growth', np_approx_base),
                   ('rank_gap_points', np_rank_pct), ('single_rate', np_single_rate)]:
        style('neg_' + nm, P, 'neg', fn)


_register()


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
PER_FAMILY = 1500
DEBUG_FAIL = []


def wrap(g, lines):
    r = g.r
    pre = []
    post = []
    room = 8 - len(lines)
    if room > 0 and r.random() < 0.55:
        pre.append(g.heading())
        room -= 1
    if room > 0 and r.random() < 0.35:
        pre.append(g.ctx())
        room -= 1
    if room > 0 and r.random() < 0.45:
        post.append(g.ctx())
    lines = list(lines)
    if r.random() < 0.25 and '以来' not in lines[0] and '一年来' not in lines[0]:
        lines[0] = g.ch(['今年以来，', '一年来，', '']) + lines[0] if not lines[0].startswith(('表', '|', '单位', '分单位', '主要', '指标')) else lines[0]
    return '\n'.join(pre + lines + post)


def generate(seed):
    recs = []
    fams = {'totals': [], 'pct': []}
    for i, st in enumerate(STYLES):
        fams[st['fam']].append(i)
    plan = {}
    master = random.Random(seed * 7919 + 1)
    for fam, idxs in fams.items():
        chk = [i for i in idxs if STYLES[i]['kind'] == 'check']
        neg = [i for i in idxs if STYLES[i]['kind'] == 'neg']
        for group, total in ((chk, int(PER_FAMILY * 0.8)), (neg, PER_FAMILY - int(PER_FAMILY * 0.8))):
            base, extra = divmod(total, len(group))
            bonus = set(master.sample(group, extra))
            for i in group:
                plan[i] = base + (1 if i in bonus else 0)
    for i, st in enumerate(STYLES):
        r = random.Random(seed * 1000003 + i * 7919 + 12345)
        n = plan[i]
        if st['kind'] == 'neg':
            labels = ['negative'] * n
        else:
            labels = ['consistent', 'inconsistent'] * (n // 2 + 1)
            labels = labels[:n]
            if n % 2 and r.random() < 0.5:
                labels[-1] = 'inconsistent'
            r.shuffle(labels)
        for lab in labels:
            year = r.choice([2019, 2020, 2021, 2022, 2023, 2024])
            g = G(r, lab, st['v'], year)
            for attempt in range(50):
                if attempt == 49:
                    DEBUG_FAIL.append((st['name'], lab, err))
                    break
                try:
                    lines, note, checks = st['fn'](g)
                    text = wrap(g, lines)
                    rec = {'family': st['fam'], 'style': st['name'], 'label': lab, 'text': text, 'note': note, 'checks': checks}
                    verify_record(dict(rec, id='x'))
                    break
                except Exception as e:  # retry with fresh random numbers
                    err = '%s: %s' % (type(e).__name__, e)
            else:
                pass
            if attempt == 49:
                continue
            recs.append(rec)
    master.shuffle(recs)
    cnt = {'totals': 0, 'pct': 0}
    out = []
    for rec in recs:
        cnt[rec['family']] += 1
        out.append(dict({'id': 'n24-%s-%06d' % (rec['family'], cnt[rec['family']])}, **rec))
    return out


def style_table(recs):
    by = {}
    for r in recs:
        by.setdefault(r['style'], []).append(r)
    order = [s['name'] for s in STYLES if s['name'] in by]
    rows = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for name in order:
        rs = by[name]
        c = {k: sum(1 for x in rs if x['label'] == k) for k in ('consistent', 'inconsistent', 'negative')}
        ex = next((x for x in rs if x['label'] == 'inconsistent'), rs[0])
        t = ex['text'].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(t) > 140:
            t = t[:140] + '…'
        rows.append('| %s | %s | %d | %d | %d | %s (%s) |' % (name, rs[0]['family'], c['consistent'], c['inconsistent'], c['negative'], t, ex['label']))
    return '\n'.join(rows) + '\n'


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE', help='write a Markdown style table')
    ap.add_argument('--from', dest='src', help='JSONL to tabulate (default: generate seed 11 in memory)')
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.style_table:
        if a.src:
            with open(a.src, encoding='utf-8') as f:
                recs = [json.loads(x) for x in f]
        else:
            recs = generate(a.seed if a.seed is not None else 11)
        with open(a.style_table, 'w', encoding='utf-8') as f:
            f.write(style_table(recs))
        print('wrote %s (%d styles)' % (a.style_table, len({r['style'] for r in recs})))
        return 0
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required to generate')
    recs = generate(a.seed)
    if DEBUG_FAIL:
        seen = {}
        for s_, l_, e_ in DEBUG_FAIL:
            seen.setdefault(s_, (l_, e_, 0))
            seen[s_] = (l_, e_, seen[s_][2] + 1)
        for s_, v_ in seen.items():
            print('FAILED style %s: %d x, e.g. %s %s' % (s_, v_[2], v_[0], v_[1]), file=sys.stderr)
        return 2
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
