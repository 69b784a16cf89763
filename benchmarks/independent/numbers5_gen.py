#!/usr/bin/env python3
"""numbers5_gen.py -- labelled test records for auditing arithmetic in Chinese
government work reports / statistical bulletins.

    python3 numbers5_gen.py --seed 7 --out numbers5.jsonl
    python3 numbers5_gen.py --verify numbers5.jsonl

Standard library only.  Deterministic: every (seed, family, style, label) gets
its own random.Random seeded with zlib.crc32 of a fixed string.

Two independent halves:
  * GENERATOR  (prefix g_ / style functions) builds text + "checks";
  * VERIFIER   (prefix v_) finds every number string of the checks in the
    final text, re-parses it with its own parser and recomputes the relation
    with fractions.Fraction.  A record is kept only if the verifier's label
    equals the intended label.  The verifier never uses generator helpers.
"""
import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from fractions import Fraction as F

TARGET = {'inconsistent': 630, 'consistent': 560, 'negative': 210}
LABELS = ('consistent', 'inconsistent', 'negative')

# =====================================================================
#                             VERIFIER
# =====================================================================
V_CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
        '六': 6, '七': 7, '八': 8, '九': 9}
V_UNIT = {'十': 10, '百': 100, '千': 1000}
V_CNCHARS = set('零〇一二两三四五六七八九十百千万亿点')


def v_cn_int(s):
    if not s:
        raise ValueError('empty chinese numeral')
    total = sec = num = 0
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in V_UNIT:
            sec += (num if num else 1) * V_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (sec + num) * 10000
            sec = num = 0
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return total + sec + num


def v_parse(tok):
    """-> (value, tolerance, decimals, is_percent).  Tolerance is half a unit
    of the last digit for numbers with decimals, 万/亿 or a percent sign."""
    s = unicodedata.normalize('NFKC', tok)
    s = re.sub(r'\s+', '', s)
    pct = False
    if s.startswith('百分之'):
        pct, s = True, s[3:]
    if s.endswith('%'):
        pct, s = True, s[:-1]
    mult = 1
    if s.endswith('亿'):
        mult, s = 10 ** 8, s[:-1]
    elif s.endswith('万'):
        mult, s = 10 ** 4, s[:-1]
    m = re.fullmatch(r'(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?', s)
    if m:
        ip = int(m.group(1).replace(',', ''))
        fp = m.group(2) or ''
        dec = len(fp)
        val = F(ip) + (F(int(fp), 10 ** dec) if fp else 0)
    else:
        if '点' in s:
            a, b = s.split('点', 1)
            ip = v_cn_int(a)
            dec = len(b)
            val = ip + F(int(''.join(str(V_CN[ch]) for ch in b)), 10 ** dec)
        else:
            val, dec = F(v_cn_int(s)), 0
    if dec > 0 or mult > 1 or pct:
        tol = F(1, 2) / 10 ** dec * mult
    else:
        tol = F(0)
    return val * mult, tol, dec, pct


def v_isdig(ch):
    return ch != '' and unicodedata.normalize('NFKC', ch) in '0123456789'


def v_find(text, tok):
    """True if tok occurs in text as a complete number (not part of a longer one)."""
    if not tok:
        return False
    cn_tok = tok[0] in V_CNCHARS and not v_isdig(tok[0])
    for m in re.finditer(re.escape(tok), text):
        a, b = m.start(), m.end()
        bef = text[a - 1] if a > 0 else ''
        bef2 = text[a - 2] if a > 1 else ''
        aft = text[b] if b < len(text) else ''
        aft2 = text[b + 1] if b + 1 < len(text) else ''
        if cn_tok:
            if bef in V_CNCHARS or aft in V_CNCHARS:
                continue
            return True
        if v_isdig(bef) or bef in '.．' and v_isdig(bef2) or bef in ',，' and v_isdig(bef2):
            continue
        if v_isdig(aft) or (aft in '.．,，' and v_isdig(aft2)):
            continue
        last = tok[-1]
        if v_isdig(last) and aft in ('万', '亿', '%', '％', '千', '百'):
            continue
        return True
    return False


V_MALFORMED = [
    r'[0-9０-９]\s+[%％]',            # 98.6 %
    r'[xX×＊*]+\s*[%％]',              # xx%
    r'(?:^|[^0-9０-９\s])\s*[%％][0-9０-９]',  # %92
    r'[0-9０-９][\.．]{2,}[0-9０-９]',  # 87..8%
    r'[%％]{2,}',                     # 95%%
    r'[+＋]{2,}|[-－]{2,}[0-9０-９]',  # ++3.2% / --2.3%
    r'[0-9０-９][\.．][%％]',          # 98.%
    r'[0-9０-９]。[0-9０-９]+[%％]',    # 98。6%
    r'[0-9０-９]+[\.．][0-9０-９]+[\.．][0-9０-９]+[%％]',  # 9.8.6%
]


def v_malformed(s):
    return any(re.search(p, s) for p in V_MALFORMED)


def v_expr(text, e, missing):
    """-> (point, lo, hi)"""
    if isinstance(e, str):
        if not v_find(text, e):
            missing.append(e)
            return F(0), F(0), F(0)
        val, tol, _, _ = v_parse(e)
        return val, val - tol, val + tol
    if 'const' in e:
        v = F(e['const'])
        return v, v, v
    if 'add' in e:
        xs = [v_expr(text, x, missing) for x in e['add']]
        return sum(x[0] for x in xs), sum(x[1] for x in xs), sum(x[2] for x in xs)
    if 'sub' in e:
        a = v_expr(text, e['sub'][0], missing)
        b = v_expr(text, e['sub'][1], missing)
        return a[0] - b[0], a[1] - b[2], a[2] - b[1]
    if 'neg' in e:
        a = v_expr(text, e['neg'], missing)
        return -a[0], -a[2], -a[1]
    raise ValueError(e)


def v_round(x, d):
    q = 10 ** d
    if x < 0:
        return -v_round(-x, d)
    return F((x * q + F(1, 2)).__floor__(), q)


def v_trunc(x, d):
    q = 10 ** d
    if x < 0:
        return -v_trunc(-x, d)
    return F((x * q).__floor__(), q)


def v_num(x):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    return '%.4f' % float(x)


def v_check(text, c):
    """-> (status, arithmetic description).  status in
    ok (strong, holds) / weak (holds, but proves nothing exact) / bad / grey /
    missing / malformed"""
    rel = c['rel']
    miss = []
    if rel in ('sum_eq', 'sum_le'):
        W = v_expr(text, c['whole'], miss)
        Ps = [v_expr(text, p, miss) for p in c['parts']]
        if miss:
            return 'missing', 'not found: %s' % miss
        s = sum(p[0] for p in Ps)
        tol = (W[2] - W[1]) / 2 + sum((p[2] - p[1]) / 2 for p in Ps)
        diff = W[0] - s
        desc = '%s: parts sum %s, whole %s, diff %s, tol %s' % (rel, v_num(s), v_num(W[0]), v_num(diff), v_num(tol))
        if rel == 'sum_eq':
            return ('ok' if abs(diff) <= tol else 'bad'), desc
        return ('weak' if -diff <= tol else 'bad'), desc
    if rel == 'pct':
        st = c['stated']
        if not v_find(text, st):
            return 'missing', st
        sv, _, sd, _ = v_parse(st)
        N = v_expr(text, c['num'], miss)
        D = v_expr(text, c['den'], miss)
        if miss:
            return 'missing', 'not found: %s' % miss
        if D[0] <= 0 or D[1] <= 0:
            return 'grey', 'nonpositive denominator'
        t = N[0] / D[0] * 100
        u = F(1, 10 ** sd)
        desc = 'pct: %s/%s*100 = %s, stated %s' % (v_num(N[0]), v_num(D[0]), v_num(t), v_num(sv))
        if sv in (v_round(t, sd), v_trunc(t, sd)):
            return 'ok', desc
        cands = [n / d * 100 for n in (N[1], N[2]) for d in (D[1], D[2])]
        lo, hi = min(cands), max(cands)
        if sv <= v_trunc(lo, sd) - 2 * u or sv >= v_round(hi, sd) + 2 * u:
            return 'bad', desc
        return 'grey', desc
    if rel == 'pp':
        toks = [c['from'], c['to'], c['stated']]
        for t in toks:
            if not v_find(text, t):
                return 'missing', t
        (fv, ft, fd, _), (tv, tt, td, _), (sv, stol, sd, _) = [v_parse(t) for t in toks]
        val = tv - fv if c['dir'] == 'up' else fv - tv
        desc = 'pp: %s -> %s gives %s points, stated %s' % (v_num(fv), v_num(tv), v_num(val), v_num(sv))
        if sv == val:
            return 'ok', desc
        tol = F(1, 2) / 10 ** fd + F(1, 2) / 10 ** td + F(1, 2) / 10 ** sd
        if abs(sv - val) > tol and abs(sv - val) >= 2 * F(1, 10 ** sd):
            return 'bad', desc
        return 'grey', desc
    if rel in ('share_le100', 'sum100'):
        for t in c['shares']:
            if not v_find(text, t):
                return 'missing', t
        vals = [v_parse(t) for t in c['shares']]
        s = sum(v[0] for v in vals)
        tol = sum(v[1] if v[1] else F(1, 2) for v in vals) if rel == 'sum100' else sum(v[1] for v in vals)
        desc = '%s: shares sum %s' % (rel, v_num(s))
        if rel == 'share_le100':
            return ('weak' if s <= 100 + tol else 'bad'), desc
        if s == 100:
            return 'ok', desc
        return ('bad' if abs(s - 100) > tol else 'grey'), desc
    if rel == 'count':
        st = c['stated']
        if not v_find(text, st):
            return 'missing', st
        for it in c['items']:
            if it not in text:
                return 'missing', it
        n = v_parse(st)[0]
        desc = 'count: stated %s, items listed %d' % (v_num(n), len(c['items']))
        return ('ok' if n == len(c['items']) else 'bad'), desc
    if rel == 'real_growth':
        for t in (c['prev'], c['cur'], c['stated']):
            if not v_find(text, t):
                return 'missing', t
        pv, cv, sv = v_parse(c['prev'])[0], v_parse(c['cur'])[0], v_parse(c['stated'])[0]
        g = sv / 100 * (1 if c['dir'] == 'up' else -1)
        defl = cv / pv / (1 + g) - 1
        desc = 'real_growth: nominal ratio %s, real %s%%, implied price change %.2f%%' % (
            v_num(cv / pv), v_num(g * 100), float(defl * 100))
        if F(-5, 100) <= defl <= F(10, 100):
            return 'weak', desc
        if defl < F(-8, 100) or defl > F(14, 100):
            return 'bad', desc
        return 'grey', desc
    if rel == 'none':
        for t in c['tokens']:
            if t not in text:
                return 'missing', t
        return 'weak', 'none: ' + c.get('why', '')
    if rel == 'malformed':
        t = c['token']
        if t in text and v_malformed(t):
            return 'malformed', 'malformed token %r' % t
        return 'missing', t
    return 'grey', 'unknown rel'


def verify_label(text, checks):
    """-> (label or None, description)"""
    if not checks:
        return None, 'no checks'
    has_mal = any(c['rel'] == 'malformed' for c in checks)
    if not has_mal and v_malformed(text):
        return None, 'unexpected malformed pattern'
    res = [v_check(text, c) for c in checks]
    desc = '; '.join(r[1] for r in res)
    st = [r[0] for r in res]
    if 'missing' in st or 'grey' in st:
        return None, desc
    if 'malformed' in st or 'bad' in st:
        return 'inconsistent', desc
    if 'ok' in st:
        return 'consistent', desc
    return 'negative', desc


# =====================================================================
#                             GENERATOR
# =====================================================================
FWT = str.maketrans('0123456789.,%', '０１２３４５６７８９．，％')
CND = '零一二三四五六七八九'


def cn_int(n, liang=False):
    assert 0 <= n < 10 ** 8
    if n == 0:
        return '零'

    def sec(n):
        s, zero = '', False
        for unit, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            dg = n // unit % 10
            if dg == 0:
                if s:
                    zero = True
                continue
            if zero:
                s += '零'
                zero = False
            s += CND[dg] + name
        return s
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = sec(hi) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += sec(lo)
    else:
        s = sec(n)
    if s.startswith('一十'):
        s = s[1:]
    if liang and len(s) > 1 and s[0] == '二' and s[1] in '千百万':
        s = '两' + s[1:]
    return s


def g_rhu(x, d):
    x = F(x)
    if x < 0:
        return -g_rhu(-x, d)
    q = 10 ** d
    return F(int(x * q + F(1, 2)), q)


def g_trunc(x, d):
    x = F(x)
    if x < 0:
        return -g_trunc(-x, d)
    q = 10 ** d
    return F(int(x * q), q)


def ffix(x, d, comma=False):
    x = g_rhu(F(x), d)
    neg = x < 0
    n = int(abs(x) * 10 ** d)
    ip, fp = divmod(n, 10 ** d)
    s = format(ip, ',') if comma else str(ip)
    if d:
        s += '.' + str(fp).rjust(d, '0')
    return ('-' if neg else '') + s


class Ctx:
    def __init__(self, rng, force=None):
        self.r = rng
        self.mode = force or rng.choices(['plain', 'comma', 'fw', 'space'], [10, 3, 1, 2])[0]
        self.psign = '％' if self.mode == 'fw' or rng.random() < 0.1 else '%'
        self.half = rng.random() < 0.15
        self.brk = rng.random() < 0.12 or self.mode == 'space'
        self.toks = []

    def n(self, x, d=0, suf=''):
        x = F(x)
        s = ffix(x, d, comma=(self.mode == 'comma' and abs(x) >= 1000))
        if self.mode == 'fw':
            s = s.translate(FWT)
        s += suf
        self.toks.append(s)
        return s

    def cn(self, v):
        s = cn_int(v, liang=self.r.random() < 0.3)
        if v == 2:
            s = '两'
        self.toks.append(s)
        return s

    def p(self, x, d):
        s = ffix(x, d)
        if self.mode == 'fw':
            s = s.translate(FWT)
        s += self.psign
        self.toks.append(s)
        return s

    def plain(self, x, d=0):
        s = ffix(x, d)
        if self.mode == 'fw':
            s = s.translate(FWT)
        self.toks.append(s)
        return s


def g_bound_sub(text, tok, rep):
    pat = r'(?<![0-9０-９.．,，])' + re.escape(tok) + r'(?![0-9０-９.．万亿%％])'
    return re.sub(pat, lambda m: rep, text, count=1)


def post(c, text):
    r = c.r
    if c.mode == 'space':
        for t in sorted(set(c.toks)):
            if t and (t[0].isdigit() or t[0] in '０１２３４５６７８９') and r.random() < 0.7:
                text = g_bound_sub(text, t, ' ' + t + ' ')
    if c.half and c.mode != 'comma':
        h = text.translate(str.maketrans('，；：（）', ',;:()'))
        if not re.search(r'[0-9０-９],\s*[0-9０-９]', h):
            text = h
    if c.brk:
        pos = [i + 1 for i, ch in enumerate(text[:-1]) if ch in '，；、：,;']
        if pos:
            for i in sorted(r.sample(pos, min(len(pos), r.randint(1, 2))), reverse=True):
                text = text[:i] + '\n' + text[i:]
    return text


P1 = '青桐梅澄岚枫柳沁云石槐兰潼榆栖鹤杉蒲苇芦荷棠茗'
P2 = '禾溪岭江山川塘湾阳源泉坪桥滩湖坝峪'


def place(r, suf=None):
    return r.choice(P1) + r.choice(P2) + (suf if suf is not None else r.choice(['镇', '街道', '乡', '县', '区']))


def village(r):
    return r.choice(P1) + r.choice('家溪口坪山湾塘岗') + '村'


def yr(r):
    return r.randint(2019, 2024)


def lead(r):
    return r.choice(['%d年，' % yr(r), '今年以来，', '一年来，', '全年', '截至目前，', place(r) + '', '%d年以来，' % yr(r), ''])


def split(r, total, n):
    w = [r.randint(15, 100) for _ in range(n)]
    sw = sum(w)
    parts = [max(1, total * x // sw) for x in w[:-1]]
    parts.append(total - sum(parts))
    if parts[-1] < 1:
        return None
    return parts


def transpose(v):
    s = str(v)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
    if not idx:
        return None
    return idx


def g_transpose(r, v):
    idx = transpose(v)
    if not idx:
        return None
    i = r.choice(idx)
    s = str(v)
    return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])


class Dom:
    def __init__(self, verb, unit, cats, lo, hi, dec=0):
        self.verb, self.unit, self.cats, self.lo, self.hi, self.dec = verb, unit, cats, lo, hi, dec


DOMS = [
    Dom('新增市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], 30, 3000),
    Dom('化解矛盾纠纷', '起', ['婚姻家庭纠纷', '邻里纠纷', '土地权属纠纷', '劳资纠纷', '物业纠纷'], 12, 400),
    Dom('开展职业技能培训', '人次', ['农村转移劳动力', '城镇失业人员', '高校毕业生', '退役军人'], 60, 6000),
    Dom('签约招商项目', '个', ['工业项目', '现代服务业项目', '农业项目', '文旅项目'], 8, 90),
    Dom('排查整治安全隐患', '处', ['消防隐患', '道路交通隐患', '燃气隐患', '建筑施工隐患'], 20, 2000),
    Dom('新建改建农村公路', '公里', ['县道', '乡道', '村道'], 5, 900, 1),
    Dom('发放惠农补贴', '万元', ['耕地地力保护补贴', '农机购置补贴', '稻谷目标价格补贴', '生态公益林补偿'], 100, 9000, 2),
    Dom('完成植树造林', '亩', ['人工造林', '封山育林', '退化林修复'], 100, 20000),
    Dom('办理不动产登记', '件', ['首次登记', '转移登记', '抵押登记', '变更登记'], 100, 30000),
    Dom('受理12345热线工单', '件', ['咨询类', '求助类', '投诉类', '建议类'], 100, 50000),
    Dom('举办文化惠民活动', '场', ['送戏下乡', '群众广场文艺演出', '公益电影放映'], 10, 800),
    Dom('落实衔接推进乡村振兴补助资金', '万元', ['中央资金', '省级资金', '市县资金'], 50, 50000, 2),
    Dom('清运各类垃圾', '吨', ['生活垃圾', '建筑垃圾', '河道漂浮物'], 10, 20000, 1),
    Dom('救助困难群众', '人次', ['低保对象', '特困人员', '临时救助对象'], 20, 20000),
    Dom('完成项目投资', '亿元', ['工业项目', '基础设施项目', '社会民生项目'], 3, 500, 2),
    Dom('查处违法违规案件', '宗', ['违法建设', '非法采砂', '占用耕地'], 6, 300),
    Dom('建成农村户用厕所', '座', ['新建', '改建'], 30, 5000),
    Dom('接待游客', '万人次', ['省内游客', '省外游客'], 3, 900, 1),
]


def sums(c, lab, n, lo, hi, dec, mode):
    """scaled-int parts and whole; mode 'eq' (exhaustive) or 'le' (其中 partial)."""
    r = c.r
    q = 10 ** dec
    tot = r.randint(max(lo * q, n * 4), hi * q)
    parts = split(r, tot, n)
    if not parts:
        return None
    if lab == 'consistent':
        return parts, tot, 'parts add up to the whole'
    if lab == 'negative':
        extra = r.randint(max(1, tot // 15), max(2, tot // 2))
        return parts, tot + extra, 'partial list under 其中: parts sum to less than the whole (not an error)'
    ks = ['omit', 'few', 'rel', 'transpose']
    if mode == 'eq':
        ks += ['double', 'tpart', 'few', 'rel']
    k = r.choice(ks)
    ps, w = list(parts), tot
    up = mode == 'eq' and r.random() < 0.5
    if k == 'omit':
        if n < 2:
            return None
        i = r.randrange(n)
        w = tot - ps[i]
        note = 'whole leaves out part %d' % (i + 1)
    elif k == 'double':
        i = r.randrange(n)
        w = tot + ps[i]
        note = 'part %d counted twice in the whole' % (i + 1)
    elif k == 'few':
        w = tot + r.randint(2, 9) * (1 if up else -1)
        note = 'whole off by a few units'
    elif k == 'rel':
        f = F(r.randint(10, 30), 100)
        w = int(tot * (1 + f)) if up else int(tot * (1 - f))
        note = 'whole off by %d%%' % int(f * 100)
    elif k == 'transpose':
        w = g_transpose(r, tot)
        note = 'digits of the whole transposed'
    else:
        i = r.randrange(n)
        ps[i] = g_transpose(r, ps[i])
        note = 'digits of part %d transposed' % (i + 1)
        if ps[i] is None:
            return None
    if w is None or w <= 0:
        return None
    return ps, w, note


def sc(v, dec):
    return F(v, 10 ** dec)


def pick_d(r):
    return r.choice([1, 1, 1, 1, 2, 2, 0])


def rate(c, lab, true, d, alts=(), allow_over=True):
    """true: Fraction percent.  -> (stated Fraction, note)"""
    r = c.r
    if lab == 'consistent':
        if r.random() < 0.25:
            return g_trunc(true, d), 'rate truncated'
        return g_rhu(true, d), 'rate rounded half-up'
    base = g_rhu(true, d)
    u = F(1, 10 ** d)
    ks = ['transpose', 'complement', 'offby', 'rel', 'offby'] + ['alt'] * (2 * bool(alts))
    k = r.choice(ks)
    if k == 'transpose':
        s = ffix(base, d).replace('.', '')
        v = g_transpose(r, int(s)) if len(s) > 1 else None
        if v is None:
            return None
        v = F(v, 10 ** d)
        note = 'digits of the rate transposed'
    elif k == 'complement':
        v = 100 - base
        note = 'rate of the complement (100 - r)'
    elif k == 'offby':
        v = base + r.choice([-1, 1]) * r.randint(3, 40) * u
        note = 'rate off by a few units of the last digit'
    elif k == 'rel':
        f = F(r.randint(10, 30), 100)
        v = g_rhu(base * (1 + f * r.choice([-1, 1])), d)
        note = 'rate off by %d%%' % int(f * 100)
    else:
        v = g_rhu(r.choice(alts), d)
        note = 'wrong base / wrong formula'
    if v < 0 or (not allow_over and v > 100):
        return None
    return v, note


STYLES = {'totals': [], 'pct': []}


def style(fam, name, labels=('consistent', 'inconsistent'), force=None):
    def deco(fn):
        STYLES[fam].append((name, labels, force, fn))
        return fn
    return deco


def J(r, xs):
    return r.choice(xs)


def enum_cn(r, i):
    return ['一', '二', '三', '四', '五', '六', '七', '八'][i]


# ---------------------------------------------------------------------
#                        family: totals
# ---------------------------------------------------------------------
def dom_parts(c, lab, mode, nmin=2, dom=None):
    r = c.r
    d = dom or r.choice(DOMS)
    n = r.randint(min(nmin, len(d.cats)), len(d.cats))
    cats = r.sample(d.cats, n)
    res = sums(c, lab, n, d.lo, d.hi, d.dec, mode)
    if not res:
        return None
    ps, w, note = res
    P = [c.n(sc(p, d.dec), d.dec) for p in ps]
    W = c.n(sc(w, d.dec), d.dec)
    return d, cats, P, W, note


@style('totals', 'fenbie_exhaustive')
def t_fenbie(c, lab):
    x = dom_parts(c, lab, 'eq')
    if not x:
        return None
    d, cats, P, W, note = x
    kw = J(c.r, ['分别为', '具体为', '分别是', '按类别分为'])
    txt = '%s共%s%s%s，%s%s。' % (lead(c.r), d.verb, W, d.unit, kw,
                               '、'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'qizhong_partial', labels=LABELS)
def t_qizhong(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'le')
    if not x:
        return None
    d, cats, P, W, note = x
    txt = '%s%s%s%s，其中%s。' % (lead(r), d.verb, W, d.unit,
                              '，'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)))
    rel = 'sum_eq' if lab == 'consistent' else 'sum_le'
    return txt, [{'rel': rel, 'whole': W, 'parts': P}], note


@style('totals', 'heji_after')
def t_heji(c, lab):
    x = dom_parts(c, lab, 'eq')
    if not x:
        return None
    d, cats, P, W, note = x
    kw = J(c.r, ['合计', '共计', '总计', '累计'])
    txt = '%s%s：%s，%s%s%s。' % (lead(c.r), d.verb,
                              '、'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)), kw, W, d.unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'baokuo')
def t_baokuo(c, lab):
    x = dom_parts(c, lab, 'eq')
    if not x:
        return None
    d, cats, P, W, note = x
    items = ['%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)]
    lst = '、'.join(items[:-1]) + J(c.r, ['和', '及', '以及', '、']) + items[-1]
    txt = '%s%s%s%s，包括%s。' % (lead(c.r), d.verb, W, d.unit, lst)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'you_goucheng')
def t_youcomp(c, lab):
    r = c.r
    wholes = [('全%s常住人口' % J(r, ['镇', '乡', '县', '区']), '人', ['本地户籍常住人口', '外来常住人口'], 3000, 900000),
              ('全年一般公共预算支出', '万元', ['基本支出', '项目支出'], 500, 900000),
              ('全县中小学', '所', ['小学', '初中', '九年一贯制学校'], 20, 400),
              ('全镇耕地面积', '亩', ['水田', '旱地', '水浇地'], 2000, 90000)]
    name, unit, cats, lo, hi = r.choice(wholes)
    dec = 2 if unit == '万元' else 0
    res = sums(c, lab, len(cats), lo, hi, dec, 'eq')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(sc(p, dec), dec) for p in ps]
    W = c.n(sc(w, dec), dec)
    txt = '%s%s%s，由%s%s。' % (name, W, unit, '、'.join('%s%s%s' % (k, p, unit) for k, p in zip(cats, P)),
                             J(r, ['构成', '组成', '两部分构成' if len(cats) == 2 else '三部分构成']))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'gender_pair')
def t_gender(c, lab):
    r = c.r
    what = J(r, ['参加培训学员', '新录用公务员', '在册志愿者', '新增就业人员', '享受高龄津贴老人', '在校学生'])
    res = sums(c, lab, 2, 30, 20000, 0, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(a), c.n(b), c.n(w)
    if r.random() < 0.5:
        txt = '%s%s共%s人，其中男性%s人、女性%s人。' % (lead(r), what, W, A, B)
    else:
        txt = '%s%s中，男%s人，女%s人，合计%s人。' % (lead(r), what, A, B, W)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'urban_rural_pair')
def t_ur(c, lab):
    r = c.r
    what, unit = J(r, [('参加基本医疗保险', '人'), ('低保对象', '人'), ('新增就业', '人'), ('燃气用户', '户'), ('宽带用户', '户')])
    res = sums(c, lab, 2, 200, 400000, 0, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(a), c.n(b), c.n(w)
    if r.random() < 0.5:
        txt = '年末%s%s%s，其中城镇%s%s，农村%s%s。' % (what, W, unit, A, unit, B, unit)
    else:
        txt = '城镇%s%s%s、农村%s%s，总计%s%s。' % (what, A, unit, B, unit, W, unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'done_notdone')
def t_done(c, lab):
    r = c.r
    task, unit = J(r, [('农村危房改造', '户'), ('高标准农田建设', '亩'), ('户厕问题整改', '户'), ('土地确权颁证', '户'), ('征地拆迁签约', '户'), ('雨污分流改造', '个小区')])
    res = sums(c, lab, 2, 12, 9000, 0, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(a), c.n(b), c.n(w)
    txt = '%s任务%s%s，已完成%s%s，%s%s%s%s。' % (task, W, unit, A, unit, J(r, ['未完成', '尚未完成', '正在推进']), B, unit,
                                         J(r, ['', '，预计年底前完成', '，正在加紧推进']))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


def inc_vals(c, lab, lo, hi, dec):
    r = c.r
    q = 10 ** dec
    L = r.randint(lo * q, hi * q)
    D = r.randint(max(1, L // 50), max(2, L // 3))
    N = L + D
    if lab == 'consistent':
        return L, N, D, 'new = old + increase'
    k = r.choice(['transpose', 'few', 'rel', 'wrongdir'])
    if k == 'transpose':
        D2 = g_transpose(r, D)
        note = 'increase digits transposed'
    elif k == 'few':
        D2 = D + r.choice([-1, 1]) * r.randint(2, 9)
        note = 'increase off by a few units'
    elif k == 'rel':
        D2 = int(D * (1 + r.choice([-1, 1]) * F(r.randint(10, 30), 100)))
        note = 'increase off by 10-30%'
    else:
        D2 = N
        note = 'new value written as the increase'
    if not D2 or D2 <= 0:
        return None
    return L, N, D2, note


@style('totals', 'increase_from_to')
def t_inc(c, lab):
    r = c.r
    what, unit, lo, hi, dec = J(r, [('规模以上工业企业', '家', 10, 300, 0), ('省级示范家庭农场', '家', 3, 60, 0),
                                   ('村级集体经济收入超50万元的村', '个', 2, 40, 0), ('城区停车泊位', '个', 300, 9000, 0),
                                   ('人均公园绿地面积', '平方米', 5, 15, 1), ('高新技术企业', '家', 10, 600, 0)])
    res = inc_vals(c, lab, lo, hi, dec)
    if not res:
        return None
    L, N, D, note = res
    Ls, Ns, Ds = c.n(sc(L, dec), dec), c.n(sc(N, dec), dec), c.n(sc(D, dec), dec)
    txt = '%s由%d年的%s%s增加到%s%s，%s%s%s。' % (what, yr(r) - r.randint(1, 5), Ls, unit, Ns, unit, J(r, ['净增', '增加了', '新增']), Ds, unit)
    return txt, [{'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('totals', 'decrease_from_to')
def t_dec(c, lab):
    r = c.r
    what, unit, lo, hi, dec = J(r, [('农村低保对象', '人', 100, 9000, 0), ('信访积案', '件', 10, 300, 0),
                                   ('安全生产事故', '起', 5, 90, 0), ('黑臭水体', '条', 5, 60, 0),
                                   ('万元GDP能耗', '吨标准煤', 3, 12, 2)])
    res = inc_vals(c, lab, lo, hi, dec)
    if not res:
        return None
    N, L, D, note = res    # L = N + D : from L down to N
    Ls, Ns, Ds = c.n(sc(L, dec), dec), c.n(sc(N, dec), dec), c.n(sc(D, dec), dec)
    txt = '%s由上年的%s%s%s到%s%s，减少%s%s。' % (what, Ls, unit, J(r, ['下降', '减少', '压减']), Ns, unit, Ds, unit)
    return txt, [{'rel': 'sum_eq', 'whole': Ls, 'parts': [Ns, Ds]}], note


@style('totals', 'stock_flow')
def t_stock(c, lab):
    r = c.r
    what, unit, inw, outw = J(r, [('登记在册市场主体', '户', '新登记', '注销'), ('在册低保对象', '人', '新纳入', '退出'),
                                  ('登记在册志愿者', '人', '新注册', '注销'), ('在库项目', '个', '新入库', '出库')])
    X = r.randint(200, 90000)
    Y = r.randint(10, X // 3 + 10)
    Z = r.randint(5, X // 4 + 5)
    Wv = X + Y - Z
    note = 'end = start + inflow - outflow'
    if lab == 'inconsistent':
        k = r.choice(['sign', 'transpose', 'few', 'omit'])
        if k == 'sign':
            Wv = X + Y + Z
            note = 'outflow added instead of subtracted'
        elif k == 'transpose':
            Wv = g_transpose(r, Wv)
            note = 'digits of the end value transposed'
        elif k == 'few':
            Wv += r.choice([-1, 1]) * r.randint(2, 9)
            note = 'end value off by a few units'
        else:
            Wv = X + Y
            note = 'outflow left out'
        if not Wv:
            return None
    Xs, Ys, Zs, Ws = c.n(X), c.n(Y), c.n(Z), c.n(Wv)
    txt = '年初%s%s%s，本年%s%s%s、%s%s%s，年末%s%s。' % (what, Xs, unit, inw, Ys, unit, outw, Zs, unit, Ws, unit)
    return txt, [{'rel': 'sum_eq', 'whole': Ws, 'parts': [Xs, Ys, {'neg': Zs}]}], note


ASPECTS = [['产业振兴', '人才振兴', '文化振兴', '生态振兴', '组织振兴'],
           ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'],
           ['党建引领', '网格治理', '矛盾化解', '平安创建', '法治宣传'],
           ['控辍保学', '营养改善', '教育资助', '校舍改造'],
           ['垃圾分类', '污水治理', '厕所革命', '村容村貌提升', '绿化美化'],
           ['政务服务', '市场监管', '要素保障', '法治环境', '企业帮扶']]


def count_err(r, lab, n):
    if lab == 'consistent':
        return n, 'number of listed items equals the stated count'
    m = n + r.choice([-2, -1, 1, 2])
    if m < 2:
        m = n + 1
    return m, 'stated count %d but %d items listed' % (m, n)


@style('totals', 'count_aspects')
def t_count(c, lab):
    r = c.r
    pool = r.choice(ASPECTS)
    n = r.randint(3, len(pool))
    items = r.sample(pool, n)
    m, note = count_err(r, lab, n)
    S = c.cn(m) if r.random() < 0.8 else c.n(m)
    word = J(r, ['个方面', '项重点', '大领域', '类任务'])
    txt = '%s工作%s%s%s：%s。' % (J(r, ['今年', '下一步，', '']), J(r, ['涵盖', '聚焦', '重点围绕', '主要包括']), S, word, '、'.join(items))
    return txt, [{'rel': 'count', 'stated': S, 'items': items}], note


@style('totals', 'count_yishi')
def t_count_yishi(c, lab):
    r = c.r
    pool = r.choice(ASPECTS)
    n = r.randint(3, min(5, len(pool)))
    items = r.sample(pool, n)
    m, note = count_err(r, lab, n)
    S = c.cn(m)
    marks = ['%s是' % enum_cn(r, i) for i in range(n)]
    body = '；'.join('%s抓好%s工作' % (mk, it) for mk, it in zip(marks, items))
    txt = '围绕年度目标，重点抓了%s项工作：%s。' % (S, body)
    return txt, [{'rel': 'count', 'stated': S, 'items': marks}], note


def table_rows(c, lab, ncols):
    r = c.r
    names = [village(r) for _ in range(r.randint(3, 6))]
    if len(set(names)) < len(names):
        return None
    cols = []
    for j in range(ncols):
        cols.append([r.randint(3, 900) for _ in names])
    tots = [sum(col) for col in cols]
    note = 'table column totals correct'
    if lab == 'inconsistent':
        j = r.randrange(ncols)
        k = r.choice(['omit', 'few', 'transpose', 'cell'])
        if k == 'omit':
            tots[j] -= cols[j][r.randrange(len(names))]
            note = '合计 of column %d leaves out one row' % (j + 1)
        elif k == 'few':
            tots[j] += r.choice([-1, 1]) * r.randint(2, 9)
            note = '合计 of column %d off by a few units' % (j + 1)
        elif k == 'transpose':
            t = g_transpose(r, tots[j])
            if not t:
                return None
            tots[j] = t
            note = '合计 of column %d has transposed digits' % (j + 1)
        else:
            i = r.randrange(len(names))
            t = g_transpose(r, cols[j][i])
            if not t:
                return None
            cols[j][i] = t
            note = 'one cell has transposed digits, 合计 unchanged'
    return names, cols, tots, note


@style('totals', 'table_flat')
def t_table(c, lab):
    r = c.r
    x = table_rows(c, lab, 1)
    if not x:
        return None
    names, cols, tots, note = x
    h, unit = J(r, [('排查隐患（处）', '处'), ('新增就业（人）', '人'), ('改造户厕（户）', '户'), ('流转土地（亩）', '亩')])
    sep = J(r, [' ', '\t', '  ', '｜'])
    lines = ['单位' + sep + h]
    cells = []
    for nm, v in zip(names, cols[0]):
        s = c.n(v)
        cells.append(s)
        lines.append(nm + sep + s)
    T = c.n(tots[0])
    lines.append(J(r, ['合计', '合  计', '总计']) + sep + T)
    txt = '附表：各村完成情况\n' + '\n'.join(lines)
    return txt, [{'rel': 'sum_eq', 'whole': T, 'parts': cells}], note


@style('totals', 'table_two_cols')
def t_table2(c, lab):
    r = c.r
    x = table_rows(c, lab, 2)
    if not x:
        return None
    names, cols, tots, note = x
    sep = J(r, [' ', '  ', '\t'])
    lines = ['村名%s户数%s人数' % (sep, sep)]
    cA, cB = [], []
    for i, nm in enumerate(names):
        a, b = c.n(cols[0][i]), c.n(cols[1][i] + cols[0][i])
        cA.append(a)
        cB.append(b)
        lines.append(nm + sep + a + sep + b)
    TA, TB = c.n(tots[0]), c.n(tots[1] + sum(cols[0]))
    lines.append('合计' + sep + TA + sep + TB)
    txt = '脱贫户分布情况如下：\n' + '\n'.join(lines)
    return txt, [{'rel': 'sum_eq', 'whole': TA, 'parts': cA}, {'rel': 'sum_eq', 'whole': TB, 'parts': cB}], note


def wan_whole(c, lab, lo, hi, n, big='万'):
    """parts in units, whole in 万 (or 亿) with decimals; returns token strings."""
    r = c.r
    mult = 10 ** 4 if big == '万' else 10 ** 8
    tot = r.randint(lo, hi)
    parts = split(r, tot, n)
    if not parts:
        return None
    d = r.choice([1, 2, 2])
    x = F(tot, mult)
    note = 'whole rounded to %d decimals of %s' % (d, big)
    if lab == 'inconsistent':
        k = r.choice(['slip', 'omit', 'rel', 'transpose'])
        if k == 'slip':
            x = x * r.choice([10, F(1, 10)])
            note = '%s slip: whole off by a factor of 10' % big
        elif k == 'omit':
            x = F(tot - r.choice(parts), mult)
            note = 'whole leaves out one part'
        elif k == 'rel':
            x = x * (1 + r.choice([-1, 1]) * F(r.randint(10, 30), 100))
            note = 'whole off by 10-30%'
        else:
            s = ffix(x, d).replace('.', '')
            t = g_transpose(r, int(s))
            if not t:
                return None
            x = F(t, 10 ** d)
            note = 'digits of the whole transposed'
    W = c.plain(x, d) + big
    c.toks[-1] = W
    return parts, W, note


@style('totals', 'wan_whole_unit_parts')
def t_wan(c, lab):
    r = c.r
    what, unit, cats = J(r, [('参加城乡居民养老保险', '人', ['缴费人员', '领取待遇人员']),
                             ('接待游客', '人次', ['过夜游客', '一日游游客']),
                             ('新增城镇就业', '人', ['高校毕业生', '农民工', '就业困难人员']),
                             ('完成造林绿化', '亩', ['人工造林', '封山育林', '森林抚育'])])
    x = wan_whole(c, lab, 12000, 900000, len(cats))
    if not x:
        return None
    parts, W, note = x
    P = [c.n(p) for p in parts]
    txt = '%s%s%s%s，%s%s。' % (lead(r), what, W, unit, J(r, ['分别为', '按类别分为', '具体为']),
                              '、'.join('%s%s%s' % (k, p, unit) for k, p in zip(cats, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'yi_whole_wan_parts')
def t_yi(c, lab):
    r = c.r
    n = r.randint(2, 4)
    tot = r.randint(3000, 900000)   # in 万元
    parts = split(r, tot, n)
    if not parts:
        return None
    d = 2
    x = F(tot, 10000)
    note = 'whole in 亿元 (2 decimals), parts in 万元'
    if lab == 'inconsistent':
        k = r.choice(['slip', 'omit', 'rel', 'double'])
        if k == 'slip':
            x *= r.choice([10, F(1, 10)])
            note = '亿/万 slip: whole off by a factor of 10'
        elif k == 'omit':
            x = F(tot - r.choice(parts), 10000)
            note = 'whole leaves out one part'
        elif k == 'double':
            x = F(tot + r.choice(parts), 10000)
            note = 'one part counted twice'
        else:
            x = x * (1 + r.choice([-1, 1]) * F(r.randint(10, 30), 100))
            note = 'whole off by 10-30%'
    W = c.plain(x, d) + '亿'
    c.toks[-1] = W
    P = [c.n(p, 0, '万') for p in parts]
    names = r.sample(['争取上级资金', '地方政府专项债券', '社会资本', '银行贷款', '企业自筹'], n)
    txt = '%s个重点项目完成投资%s元，资金来源为%s。' % (c.n(r.randint(5, 40)), W,
                                          '、'.join('%s%s元' % (k, p) for k, p in zip(names, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'chinese_numerals', force='plain')
def t_cn(c, lab):
    r = c.r
    what, unit, cats = J(r, [('全镇辖', '个', ['行政村', '社区']), ('共建成', '个', ['党群服务中心', '新时代文明实践站']),
                             ('共有', '名', ['专职网格员', '兼职网格员']), ('组建', '支', ['志愿服务队', '应急救援队', '巡逻队'])])
    res = sums(c, lab, len(cats), 6, 150, 0, 'eq')
    if not res:
        return None
    ps, w, note = res
    P = [c.cn(p) for p in ps]
    W = c.cn(w)
    if r.random() < 0.5:
        txt = '%s%s%s，其中%s。' % (what, W, unit + J(r, ['', '各类组织']) if what == '组建' else unit + J(r, ['基层单位', '单位']) if what != '共有' else unit + '网格员',
                                '，'.join('%s%s%s' % (k, p, unit) for k, p in zip(cats, P)))
    else:
        txt = '%s，合计%s%s。' % ('，'.join('%s%s%s' % (k, p, unit) for k, p in zip(cats, P)), W, unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'fullwidth_digits', force='fw')
def t_fw(c, lab):
    return t_fenbie(c, lab)


@style('totals', 'thousands_commas', force='comma')
def t_comma(c, lab):
    r = c.r
    d = r.choice([x for x in DOMS if x.hi >= 5000])
    x = dom_parts(c, lab, 'eq', dom=d)
    if not x:
        return None
    d, cats, P, W, note = x
    txt = '%s%s总量达%s%s，按类型分：%s。' % (lead(r), d.verb, W, d.unit, '；'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'pdf_spaces_breaks', force='space')
def t_space(c, lab):
    out = t_heji(c, lab) if c.r.random() < 0.5 else t_fenbie(c, lab)
    if not out:
        return None
    txt, ch, note = out
    return txt, ch, note + '; PDF-style spaces/line breaks'


@style('totals', 'two_sentences')
def t_two(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq')
    if not x:
        return None
    d, cats, P, W, note = x
    s2 = '。'.join('%s%s%s%s' % (k, J(r, ['', '方面', '']), p, d.unit) for k, p in zip(cats, P))
    txt = '%s全年共%s%s%s。从类别看，%s。' % (place(r), d.verb, W, d.unit, s2)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'parts_then_yishang')
def t_yishang(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq')
    if not x:
        return None
    d, cats, P, W, note = x
    txt = '%s%s：%s，以上%s%s%s。' % (lead(r), d.verb, '，'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)),
                                 J(r, ['共计', '合计', '总计']), W, d.unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'yishi_items_total')
def t_yishi(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq', nmin=3)
    if not x:
        return None
    d, cats, P, W, note = x
    body = '；'.join('%s是%s%s%s' % (enum_cn(r, i), k, p, d.unit) for i, (k, p) in enumerate(zip(cats, P)))
    txt = '%s工作成效明显：%s。%s%s%s。' % (d.verb, body, J(r, ['全年累计', '全年共', '以上合计']), W, d.unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'paren_numbered')
def t_paren(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq', nmin=2)
    if not x:
        return None
    d, cats, P, W, note = x
    nums = ['（一）', '（二）', '（三）', '（四）', '（五）'] if r.random() < 0.6 else ['1.', '2.', '3.', '4.', '5.']
    body = '\n'.join('%s%s：%s%s%s。' % (nums[i], k, J(r, ['完成', '共', '']), p, d.unit) for i, (k, p) in enumerate(zip(cats, P)))
    txt = '%s情况\n%s\n以上各项合计%s%s。' % (d.verb, body, W, d.unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'bracket_parts', labels=LABELS)
def t_bracket(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'le')
    if not x:
        return None
    d, cats, P, W, note = x
    txt = '%s%s%s%s（其中%s），%s。' % (lead(r), d.verb, W, d.unit, '、'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)),
                                   J(r, ['超额完成年度任务', '工作成效明显', '均已按期完成']))
    rel = 'sum_eq' if lab == 'consistent' else 'sum_le'
    return txt, [{'rel': rel, 'whole': W, 'parts': P}], note


@style('totals', 'yicishi_zones')
def t_yici(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq', dom=r.choice([d for d in DOMS if d.dec == 0]))
    if not x:
        return None
    d, cats, P, W, note = x
    zsuf = J(r, ['片区', '社区', '村'])
    zones = [place(r, zsuf) for _ in P]
    if len(set(zones)) < len(zones):
        return None
    txt = '%s全年%s%s%s，%s%s个%s%s%s%s。' % (place(r), d.verb, W, d.unit, '、'.join(zones), '两' if len(zones) == 2 else cn_int(len(zones)), zsuf,
                                        J(r, ['依次为', '分别为', '分别']), '、'.join(P), d.unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'qiyu_remainder')
def t_qiyu(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq', dom=r.choice(DOMS))
    if not x:
        return None
    d, cats, P, W, note = x
    if len(P) < 2:
        return None
    first = '，'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats[:-1], P[:-1]))
    txt = '%s%s%s%s，其中%s，其余%s%s为%s。' % (lead(r), d.verb, W, d.unit, first, P[-1], d.unit, cats[-1])
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'shengyu_funds')
def t_shengyu(c, lab):
    r = c.r
    res = sums(c, lab, 2, 20, 50000, 2, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(sc(a, 2), 2), c.n(sc(b, 2), 2), c.n(sc(w, 2), 2)
    fund = J(r, ['衔接资金', '专项债券资金', '以奖代补资金', '防汛救灾资金', '农田水利资金'])
    txt = '上级下达%s%s万元，已拨付%s万元，%s%s万元%s。' % (fund, W, A, J(r, ['剩余', '结余', '尚未拨付']), B,
                                            J(r, ['将按项目进度拨付', '', '已纳入下年度统筹']))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'bulletin_bishangnian')
def t_bull(c, lab):
    r = c.r
    what, unit, lo, hi, dec = J(r, [('年末户籍人口', '万人', 10, 300, 2), ('年末常住人口', '万人', 10, 300, 2),
                                   ('年末金融机构本外币各项存款余额', '亿元', 50, 9000, 1),
                                   ('年末民用汽车保有量', '万辆', 5, 200, 2)])
    res = inc_vals(c, lab, lo, hi, dec)
    if not res:
        return None
    L, N, D, note = res
    Ns, Ds, Ls = c.n(sc(N, dec), dec), c.n(sc(D, dec), dec), c.n(sc(L, dec), dec)
    txt = '%s%s%s，比上年末增加%s%s。上年末为%s%s。' % (what, Ns, unit, Ds, unit, Ls, unit)
    return txt, [{'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('totals', 'bi_nianchu')
def t_nianchu(c, lab):
    r = c.r
    res = inc_vals(c, lab, 20, 3000, 2)
    if not res:
        return None
    L, N, D, note = res
    Ns, Ds, Ls = c.n(sc(N, 2), 2), c.n(sc(D, 2), 2), c.n(sc(L, 2), 2)
    what = J(r, ['各项贷款余额', '各项存款余额', '涉农贷款余额', '普惠小微贷款余额'])
    txt = '年末%s%s亿元，比年初%s亿元增加%s亿元。' % (what, Ns, Ls, Ds)
    return txt, [{'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('totals', 'tongbi_abs')
def t_tongbi(c, lab):
    r = c.r
    res = inc_vals(c, lab, 100, 90000, 0)
    if not res:
        return None
    L, N, D, note = res
    Ns, Ds, Ls = c.n(N), c.n(D), c.n(L)
    what, unit = J(r, [('新登记市场主体', '户'), ('办理各类政务服务事项', '件'), ('接待来访群众', '人次'), ('新增城镇就业', '人')])
    txt = '1-%d月，%s%s%s，上年同期为%s%s，同比增加%s%s。' % (r.randint(3, 11), what, Ns, unit, Ls, unit, Ds, unit)
    return txt, [{'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('totals', 'fiscal_tax_nontax')
def t_fiscal(c, lab):
    r = c.r
    res = sums(c, lab, 2, 3, 600, 2, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(sc(a, 2), 2), c.n(sc(b, 2), 2), c.n(sc(w, 2), 2)
    txt = '全年完成一般公共预算收入%s亿元。其中，税收收入%s亿元，非税收入%s亿元。' % (W, A, B)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'expenditure_qizhong', labels=LABELS)
def t_exp(c, lab):
    r = c.r
    n = r.randint(3, 5)
    res = sums(c, lab, n, 2, 300, 2, 'le')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(sc(p, 2), 2) for p in ps]
    W = c.n(sc(w, 2), 2)
    cats = r.sample(['教育支出', '卫生健康支出', '社会保障和就业支出', '农林水支出', '城乡社区支出', '节能环保支出'], n)
    txt = '一般公共预算支出%s亿元，其中：%s。' % (W, '；'.join('%s%s亿元' % (k, p) for k, p in zip(cats, P)))
    rel = 'sum_eq' if lab == 'consistent' else 'sum_le'
    return txt, [{'rel': rel, 'whole': W, 'parts': P}], note


@style('totals', 'township_villages')
def t_town(c, lab):
    r = c.r
    res = sums(c, lab, 2, 5, 60, 0, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    f = c.cn if r.random() < 0.5 else c.n
    A, B, W = f(a), f(b), f(w)
    txt = '%s辖%s个行政村、%s个社区，共%s个村（社区），总面积%s平方公里。' % (place(r, '镇'), A, B, W, c.n(F(r.randint(300, 3000), 10), 1))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'multi_level')
def t_multi(c, lab):
    r = c.r
    a1, a2, b = r.randint(10, 900), r.randint(10, 900), r.randint(10, 900)
    a = a1 + a2
    w = a + b
    note = 'two-level breakdown correct'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            a = a1 + a2 + r.choice([-1, 1]) * r.randint(2, 30)
            w = a + b
            note = 'sub-parts do not add up to the middle level'
        else:
            w = a + b + r.choice([-1, 1]) * r.randint(2, 60)
            note = 'top level does not equal the middle levels'
    W, A, B, A1, A2 = c.n(w), c.n(a), c.n(b), c.n(a1), c.n(a2)
    txt = '全年共帮扶就业%s人，其中县外务工%s人（省内%s人、省外%s人），县内就业%s人。' % (W, A, A1, A2, B)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}, {'rel': 'sum_eq', 'whole': A, 'parts': [A1, A2]}], note


@style('totals', 'births_deaths')
def t_birth(c, lab):
    r = c.r
    res = inc_vals(c, lab, 200, 30000, 0)
    if not res:
        return None
    dth, bir, nat, note = res
    B, Dd, Nn = c.n(bir), c.n(dth), c.n(nat)
    txt = '全年出生人口%s人，死亡人口%s人，人口自然增长%s人。' % (B, Dd, Nn)
    return txt, [{'rel': 'sum_eq', 'whole': B, 'parts': [Dd, Nn]}], note


@style('totals', 'import_export')
def t_impexp(c, lab):
    r = c.r
    res = sums(c, lab, 2, 5, 3000, 1, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(sc(a, 1), 1), c.n(sc(b, 1), 1), c.n(sc(w, 1), 1)
    txt = '全年货物进出口总额%s亿元，比上年增长%s。其中，出口%s亿元，进口%s亿元。' % (W, c.p(F(r.randint(5, 250), 10), 1), A, B)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'land_mu_decimals')
def t_land(c, lab):
    r = c.r
    n = r.randint(2, 4)
    res = sums(c, lab, n, 20, 5000, 2, 'eq')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(sc(p, 2), 2) for p in ps]
    W = c.n(sc(w, 2), 2)
    projs = r.sample(['工业园区扩区', '城区道路', '安置小区', '学校扩建', '水库除险加固'], n)
    txt = '全年报批用地%s亩，涉及%s。' % (W, '、'.join('%s项目%s亩' % (k, p) for k, p in zip(projs, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'quarters')
def t_quarters(c, lab):
    r = c.r
    res = sums(c, lab, 4, 40, 9000, 0, 'eq')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(p) for p in ps]
    W = c.n(w)
    what, unit = J(r, [('新增市场主体', '户'), ('办理政务服务事项', '件'), ('新增就业', '人'), ('开展安全检查', '次')])
    txt = '分季度看，一季度%s%s%s，二季度%s%s，三季度%s%s，四季度%s%s，全年%s%s%s。' % (
        what, P[0], unit, P[1], unit, P[2], unit, P[3], unit, what, W, unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'months_list')
def t_months(c, lab):
    r = c.r
    k = r.randint(3, 6)
    res = sums(c, lab, k, 20, 5000, 0, 'eq')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(p) for p in ps]
    W = c.n(w)
    txt = '1-%d月份，受理群众诉求%s件，各月分别为%s件。' % (k, W, '件、'.join(P))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'semicolon_list')
def t_semi(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'eq')
    if not x:
        return None
    d, cats, P, W, note = x
    txt = '%s：%s；共计%s%s。' % (d.verb, '；'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)), W, d.unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'named_places_count')
def t_named(c, lab):
    r = c.r
    n = r.randint(3, 6)
    vs = []
    while len(vs) < n:
        v = village(r)
        if v not in vs:
            vs.append(v)
    m, note = count_err(r, lab, n)
    S = c.cn(m) if r.random() < 0.7 else c.n(m)
    txt = '%s建成%s个%s，分别是%s。' % (lead(r), S, J(r, ['美丽乡村示范村', '乡村振兴示范点', '“五美”庭院示范村', '民主法治示范村']), '、'.join(vs))
    return txt, [{'rel': 'count', 'stated': S, 'items': vs}], note


@style('totals', 'approx_parts', labels=('negative',))
def t_approx(c, lab):
    r = c.r
    d = r.choice([x for x in DOMS if x.dec == 0])
    n = r.randint(2, len(d.cats))
    tot = r.randint(max(d.lo, 100), max(d.hi, 200))
    parts = split(r, tot, n)
    if not parts:
        return None
    parts = [p for p in parts]
    aw = J(r, ['约', '近', '超过', '逾'])
    W = c.n(tot - tot % 100 if aw in ('超过', '逾') else tot + (100 - tot % 100) % 100)
    pw = J(r, ['余', '多'])
    P = [c.n(p - p % 10) for p in parts]
    txt = '%s%s%s%s%s，其中%s。' % (lead(r), d.verb, aw, W, d.unit, '、'.join('%s%s%s%s' % (k, p, pw, d.unit) for k, p in zip(d.cats, P)))
    return txt, [{'rel': 'none', 'tokens': [W] + P, 'why': 'approximate numbers (约/近/超过/余): no exact relation'}], 'approximate figures, cannot be proven wrong'


@style('totals', 'per_capita', labels=('negative',))
def t_percap(c, lab):
    r = c.r
    a = r.randint(25000, 60000)
    b = r.randint(12000, 26000)
    t = r.randint(b + 1000, a - 1000)
    T, A, B = c.n(t), c.n(a), c.n(b)
    txt = '全体居民人均可支配收入%s元，其中城镇居民人均可支配收入%s元，农村居民人均可支配收入%s元。' % (T, A, B)
    return txt, [{'rel': 'none', 'tokens': [T, A, B], 'why': 'per-capita figures are averages, not sums'}], 'per-capita values do not add'


@style('totals', 'codes_years_docs', labels=('negative',))
def t_codes(c, lab):
    r = c.r
    y = yr(r)
    n1 = r.randint(3, 40)
    pieces = [
        '根据《关于印发%d年重点工作任务的通知》（%s办发〔%d〕%d号）' % (y, r.choice(P1), y, r.randint(1, 90)),
        '推进“1+X”证书制度试点%s个专业' % c.n(n1),
        '新建5G基站%s座' % c.n(r.randint(20, 900)),
        '落实“%d+X”帮扶机制' % r.choice([3, 5, 7]),
        '%d年%d月%d日至%d月%d日开展专项行动' % (y, r.randint(1, 6), r.randint(1, 28), r.randint(7, 12), r.randint(1, 28)),
        '实施“十四五”规划%s个重大项目' % c.n(r.randint(5, 60)),
        '打造“一核两翼三区”发展格局',
        'G%d国道改扩建工程完成%s公里' % (r.randint(100, 360), c.n(F(r.randint(20, 400), 10), 1)),
    ]
    r.shuffle(pieces)
    k = r.randint(3, 4)
    txt = '；'.join(pieces[:k]) + '。'
    toks = [t for t in c.toks if t in txt]
    return txt, [{'rel': 'none', 'tokens': toks, 'why': 'years, document numbers, 1+X, 5G, codes: nothing to add up'}], 'identifiers and codes only'


@style('totals', 'overlapping_groups', labels=('negative',))
def t_overlap(c, lab):
    r = c.r
    w = r.randint(100, 5000)
    a = r.randint(w // 2, w - 1)
    b = r.randint(w // 2, w - 1)
    W, A, B = c.n(w), c.n(a), c.n(b)
    grp = J(r, [('党员', '女性'), ('35岁以下', '大专以上学历'), ('党员', '大学生'), ('退役军人', '党员')])
    txt = '%s共有%s%s人，其中%s%s人，%s%s人。' % (place(r), J(r, ['网格员', '志愿者', '村（社区）干部', '参训学员']), W, grp[0], A, grp[1], B)
    return txt, [{'rel': 'none', 'tokens': [W, A, B], 'why': 'overlapping groups; their sum may exceed the whole'}], 'overlapping categories (%d+%d>%d) are not an error' % (a, b, w)


@style('totals', 'cumulative_stock')
def t_cum(c, lab):
    r = c.r
    res = sums(c, lab, 2, 10, 3000, 0, 'eq')
    if not res:
        return None
    (a, b), w, note = res
    A, B, W = c.n(a), c.n(b), c.n(w)
    what, unit = J(r, [('充电桩', '个'), ('农村饮水工程', '处'), ('社区养老服务站', '个'), ('公共厕所', '座'), ('口袋公园', '个')])
    if r.random() < 0.5:
        txt = '全%s累计建成%s%s%s，其中今年新建%s%s、往年建成%s%s。' % (J(r, ['县', '区', '镇']), what, W, unit, A, unit, B, unit)
    else:
        txt = '%d年新建%s%s%s，加上此前已建成的%s%s，累计达到%s%s。' % (yr(r), what, A, unit, B, unit, W, unit)
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': [A, B]}], note


@style('totals', 'households_persons')
def t_hh(c, lab):
    r = c.r
    n = r.randint(2, 3)
    hs = [r.randint(3, 300) for _ in range(n)]
    ps = [h * r.randint(2, 4) + r.randint(0, 3) for h in hs]
    th, tp = sum(hs), sum(ps)
    note = 'households and persons both add up'
    if lab == 'inconsistent':
        if r.random() < 0.5:
            th += r.choice([-1, 1]) * r.randint(2, 9)
            note = 'household total off'
        else:
            t2 = g_transpose(r, tp)
            if not t2:
                return None
            tp = t2
            note = 'person total digits transposed'
    H = [c.n(x) for x in hs]
    Pp = [c.n(x) for x in ps]
    TH, TP = c.n(th), c.n(tp)
    cats = r.sample(['低保户', '特困供养户', '脱贫不稳定户', '边缘易致贫户'], n)
    txt = '%s，共%s户%s人。' % ('、'.join('%s%s户%s人' % (k, h, p) for k, h, p in zip(cats, H, Pp)), TH, TP)
    return txt, [{'rel': 'sum_eq', 'whole': TH, 'parts': H}, {'rel': 'sum_eq', 'whole': TP, 'parts': Pp}], note


@style('totals', 'projects_count_and_invest')
def t_proj(c, lab):
    r = c.r
    n = r.randint(2, 4)
    names = r.sample(['城区污水管网', '农贸市场改造', '中学综合楼', '工业园标准厂房', '人民医院住院楼', '滨河绿道'], n)
    inv = [r.randint(50, 5000) for _ in range(n)]
    tot = sum(inv)
    m = n
    note = 'count and investment sum correct'
    if lab == 'inconsistent':
        if r.random() < 0.4:
            m = n + r.choice([-1, 1])
            note = 'project count does not match the list'
        else:
            tot = tot + r.choice([-1, 1]) * r.randint(30, 400)
            note = 'total investment does not match'
    M = c.cn(m)
    Is = [c.n(sc(x, 2), 2) for x in inv]
    T = c.n(sc(tot, 2), 2)
    txt = '实施%s个重点民生项目，总投资%s亿元：%s。' % (M, T, '，'.join('%s项目%s亿元' % (k, v) for k, v in zip(names, Is)))
    return txt, [{'rel': 'count', 'stated': M, 'items': [k + '项目' for k in names]}, {'rel': 'sum_eq', 'whole': T, 'parts': Is}], note


@style('totals', 'huanbi_abs')
def t_huanbi(c, lab):
    r = c.r
    res = inc_vals(c, lab, 50, 9000, 0)
    if not res:
        return None
    L, N, D, note = res
    Ns, Ls, Ds = c.n(N), c.n(L), c.n(D)
    m = r.randint(2, 12)
    txt = '%d月份，全%s%s%s件，%d月份为%s件，环比增加%s件。' % (m, J(r, ['区', '县', '市']), J(r, ['受理12345热线诉求', '办理政务服务事项', '受理投诉举报']), Ns, m - 1, Ls, Ds)
    return txt, [{'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('totals', 'subtotals_halfyear')
def t_subt(c, lab):
    r = c.r
    qs = [r.randint(20, 900) for _ in range(4)]
    h1, h2 = qs[0] + qs[1], qs[2] + qs[3]
    t = h1 + h2
    note = 'half-year subtotals and annual total correct'
    if lab == 'inconsistent':
        k = r.randint(0, 2)
        off = r.choice([-1, 1]) * r.randint(2, 40)
        if k == 0:
            h1 += off
            t += off
            note = 'first-half subtotal wrong (annual total carried it)'
        elif k == 1:
            h2 += off
            note = 'second-half subtotal wrong'
        else:
            t += off
            note = 'annual total wrong'
    Q = [c.n(x) for x in qs]
    H1, H2, T = c.n(h1), c.n(h2), c.n(t)
    txt = '一季度%s件、二季度%s件，上半年合计%s件；三季度%s件、四季度%s件，下半年合计%s件；全年合计%s件。' % (Q[0], Q[1], H1, Q[2], Q[3], H2, T)
    return txt, [{'rel': 'sum_eq', 'whole': H1, 'parts': Q[:2]}, {'rel': 'sum_eq', 'whole': H2, 'parts': Q[2:]},
                 {'rel': 'sum_eq', 'whole': T, 'parts': [H1, H2]}], note


@style('totals', 'zhong_you_partial', labels=LABELS)
def t_zhongyou(c, lab):
    r = c.r
    res = sums(c, lab, r.randint(2, 3), 50, 5000, 0, 'le')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(p) for p in ps]
    W = c.n(w)
    cats = r.sample(['初中学历', '高中学历', '大专学历', '本科及以上学历'], len(P))
    txt = '在%s名%s中，有%s。' % (W, J(r, ['新招录网格员', '村级后备干部', '返乡创业人员']), '，'.join('%s%s名' % (k, p) for k, p in zip(cats, P)))
    rel = 'sum_eq' if lab == 'consistent' else 'sum_le'
    return txt, [{'rel': rel, 'whole': W, 'parts': P}], note


@style('totals', 'yuan_whole_wan_parts')
def t_yuanwan(c, lab):
    r = c.r
    n = r.randint(2, 3)
    ps = [r.randint(10, 900) * 100 for _ in range(n)]   # in 元, multiples of 100
    tot = sum(ps)
    note = 'whole in 元, parts in 万元 with 2 decimals'
    if lab == 'inconsistent':
        k = r.choice(['slip', 'omit', 'few'])
        if k == 'slip':
            tot *= 10
            note = 'whole off by a factor of 10 (万/元 slip)'
        elif k == 'omit':
            tot -= r.choice(ps)
            note = 'whole leaves out one part'
        else:
            tot += r.choice([-1, 1]) * r.randint(2, 9) * 1000
            note = 'whole off by a few thousand 元'
    W = c.n(tot)
    P = [c.n(F(p, 10000), 2, '万') for p in ps]
    cats = r.sample(['慰问金', '临时救助金', '医疗救助金', '助学金'], n)
    txt = '全年发放各类救助资金%s元，具体为：%s。' % (W, '，'.join('%s%s元' % (k, p) for k, p in zip(cats, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'two_years_diff')
def t_2y(c, lab):
    r = c.r
    res = inc_vals(c, lab, 10, 3000, 0)
    if not res:
        return None
    L, N, D, note = res
    y = yr(r)
    what, unit = J(r, [('培育家庭农场', '家'), ('新增规上企业', '家'), ('引进人才', '名'), ('完成农房风貌改造', '栋')])
    Ns, Ls, Ds = c.n(N), c.n(L), c.n(D)
    txt = '%d年%s%s%s，%d年为%s%s，较上年增加%s%s。' % (y, what, Ns, unit, y - 1, Ls, unit, Ds, unit)
    return txt, [{'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('totals', 'hanjia_inclusive', labels=LABELS)
def t_han(c, lab):
    r = c.r
    x = dom_parts(c, lab, 'le')
    if not x:
        return None
    d, cats, P, W, note = x
    txt = '%s%s%s%s（含%s）。' % (lead(r), d.verb, W, d.unit, '、'.join('%s%s%s' % (k, p, d.unit) for k, p in zip(cats, P)))
    rel = 'sum_eq' if lab == 'consistent' else 'sum_le'
    return txt, [{'rel': rel, 'whole': W, 'parts': P}], note


@style('totals', 'per_village_list_total')
def t_pervil(c, lab):
    r = c.r
    n = r.randint(3, 6)
    vs = []
    while len(vs) < n:
        v = village(r)
        if v not in vs:
            vs.append(v)
    res = sums(c, lab, n, 30, 3000, 0, 'eq')
    if not res:
        return None
    ps, w, note = res
    P = [c.n(p) for p in ps]
    W = c.n(w)
    what = J(r, ['流转土地', '种植油茶', '发展高山蔬菜', '种植中药材'])
    txt = '%s共%s%s亩，%s。' % (place(r, '镇'), what, W, '，'.join('%s%s亩' % (v, p) for v, p in zip(vs, P)))
    return txt, [{'rel': 'sum_eq', 'whole': W, 'parts': P}], note


@style('totals', 'dates_ranges_neg', labels=('negative',))
def t_dates(c, lab):
    r = c.r
    y = yr(r)
    a, b = r.randint(1, 5), r.randint(6, 12)
    n1, n2 = r.randint(3, 40), r.randint(40, 120)
    N1, N2 = c.n(n1), c.n(n2)
    txt = '%d年%d—%d月，组织开展“%d·%d”专项整治行动%s轮，出动执法人员%s至%s人次，%d—%d年度连续获评先进单位。' % (
        y, a, b, r.randint(1, 12), r.randint(1, 28), c.cn(r.randint(2, 5)), N1, N2, y - 2, y - 1)
    return txt, [{'rel': 'none', 'tokens': [N1, N2], 'why': 'dates, ranges and campaign names only'}], 'dates, a range and a campaign name'


# ---------------------------------------------------------------------
#                        family: pct
# ---------------------------------------------------------------------
PDOMS = [('受理信访事项', '办结', '办结率', '件'), ('抽检食品', '合格', '合格率', '批次'),
         ('应参保人数', '已参保', '参保率', '人'), ('计划改造农户', '已完成改造', '完成率', '户'),
         ('受理12345热线工单', '按时办结', '按时办结率', '件'), ('排查各类隐患', '已整改', '整改率', '处'),
         ('调处矛盾纠纷', '调处成功', '调处成功率', '起'), ('常住居民', '签约家庭医生', '签约率', '人'),
         ('适龄儿童', '接种疫苗', '接种率', '人'), ('检查在建工地', '达标', '达标率', '个'),
         ('抽检农产品', '检测合格', '合格率', '批次'), ('应收回贷款', '按期收回', '收回率', '笔')]


def counts(r, lo=20, hi=20000, rlo=70, rhi=100):
    den = r.randint(lo, hi)
    num = den * r.randint(rlo * 10, rhi * 10) // 1000
    if num <= 0:
        num = 1
    return num, den


def pct_simple(c, lab, fmt, lo=20, hi=20000, rlo=70, rhi=100, d=None):
    r = c.r
    dom = r.choice(PDOMS)
    num, den = counts(r, lo, hi, rlo, rhi)
    d = pick_d(r) if d is None else d
    t = F(num * 100, den)
    res = rate(c, lab, t, d, alts=[F(den * 100, num), F((den - num) * 100, den) if num < den else F(1)])
    if not res:
        return None
    sv, note = res
    N, D = c.n(num), c.n(den)
    S = c.p(sv, d)
    txt = fmt(dom, N, D, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'banjie_rate')
def p_banjie(c, lab):
    r = c.r
    return pct_simple(c, lab, lambda dm, N, D, S: '%s共%s%s%s，%s%s%s，%s%s' % (
        lead(r), dm[0], D, dm[3], dm[1], N, dm[3], dm[2], J(r, ['', '为', '达', '达到'])) + S + J(r, ['。', '，群众满意度持续提升。']))


def _fix(t):
    return t


@style('pct', 'hege_rate')
def p_hege(c, lab):
    r = c.r
    pd = J(r, ['食品', '农产品', '药品', '工业产品', '建材'])
    num, den = counts(r, 50, 5000, 85, 100)
    d = pick_d(r)
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den) + 0])
    if not res:
        return None
    sv, note = res
    N, D, S = c.n(num), c.n(den), c.p(sv, d)
    txt = '全年抽检%s%s批次，合格%s批次，合格率%s。' % (pd, D, N, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'zhanbi_amounts')
def p_zhanbi(c, lab):
    r = c.r
    whole, part = J(r, [('地区生产总值', '数字经济核心产业增加值'), ('规模以上工业增加值', '高技术制造业增加值'),
                        ('固定资产投资', '工业投资'), ('社会消费品零售总额', '网络零售额'), ('一般公共预算支出', '民生支出')])
    W = r.randint(3000, 900000)
    p = W * r.randint(50, 850) // 1000
    d = pick_d(r)
    res = rate(c, lab, F(p * 100, W), d, alts=[F(p * 100, W - p)])
    if not res:
        return None
    sv, note = res
    Ws, Ps, S = c.n(sc(W, 2), 2), c.n(sc(p, 2), 2), c.p(sv, d)
    txt = '%s%s亿元，%s%s亿元，占%s的比重为%s。' % (whole, Ws, part, Ps, whole, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': Ps, 'den': Ws}], note


@style('pct', 'zhan_quanshi')
def p_quanshi(c, lab):
    r = c.r
    W = r.randint(500, 90000)
    p = W * r.randint(30, 600) // 1000
    d = pick_d(r)
    res = rate(c, lab, F(p * 100, W), d, alts=[F(p * 100, W + p)])
    if not res:
        return None
    sv, note = res
    what, unit = J(r, [('新增城镇就业', '人'), ('新登记企业', '户'), ('完成造林', '亩'), ('引进项目投资', '万元')])
    Ps, Ws, S = c.n(p), c.n(W), c.p(sv, d)
    txt = '我%s%s%s%s，占全市（%s%s）的%s。' % (J(r, ['县', '区']), what, Ps, unit, Ws, unit, J(r, ['', '比重为', '比重达']) + S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': Ps, 'den': Ws}], note


@style('pct', 'plan_completion')
def p_plan(c, lab):
    r = c.r
    den = r.randint(20, 90000)
    num = den * r.randint(600, 1400) // 1000
    d = pick_d(r)
    res = rate(c, lab, F(num * 100, den), d, alts=[F(den * 100, num)])
    if not res:
        return None
    sv, note = res
    what, unit = J(r, [('新增城镇就业', '人'), ('农村劳动力转移', '人'), ('植树造林', '亩'), ('招商引资到位资金', '万元'), ('新建保障性住房', '套')])
    N, D, S = c.n(num), c.n(den), c.p(sv, d)
    txt = '%s年度计划%s%s%s，实际完成%s%s，完成%s。' % (lead(r), what, D, unit, N, unit, J(r, ['计划的', '年度计划的', '目标任务的']) + S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


def growth_vals(r, lo, hi, glo=-300, ghi=400):
    L = r.randint(lo, hi)
    N = L * (1000 + r.randint(glo, ghi)) // 1000
    return L, N


@style('pct', 'growth_with_base')
def p_growth(c, lab):
    r = c.r
    L, N = growth_vals(r, 100, 900000, 10, 400)
    if N <= L:
        return None
    dec = J(r, [0, 2])
    d = pick_d(r)
    res = rate(c, lab, F((N - L) * 100, L), d, alts=[F((N - L) * 100, N), F(N * 100, L)])
    if not res:
        return None
    sv, note = res
    what, unit = J(r, [('村级集体经济收入', '万元'), ('农村居民人均可支配收入', '元'), ('税收收入', '万元'), ('旅游综合收入', '万元')])
    Ls, Ns, S = c.n(sc(L, dec), dec), c.n(sc(N, dec), dec), c.p(sv, d)
    txt = '%s由上年的%s%s增至%s%s，增长%s。' % (what, Ls, unit, Ns, unit, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ns, Ls]}, 'den': Ls}], note


@style('pct', 'decline_with_base')
def p_decline(c, lab):
    r = c.r
    L, N = growth_vals(r, 50, 90000, -500, -20)
    d = pick_d(r)
    res = rate(c, lab, F((L - N) * 100, L), d, alts=[F((L - N) * 100, N), F(N * 100, L)])
    if not res:
        return None
    sv, note = res
    what, unit = J(r, [('刑事案件发案数', '起'), ('道路交通事故', '起'), ('信访总量', '件'), ('火灾事故', '起'), ('单位能耗', '吨标准煤')])
    Ls, Ns, S = c.n(L), c.n(N), c.p(sv, d)
    txt = '%s%s%s，上年为%s%s，%s%s。' % (what, Ns, unit, Ls, unit, J(r, ['下降', '同比下降', '降幅为', '减少了']), S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ls, Ns]}, 'den': Ls}], note


@style('pct', 'bulletin_add_and_grow')
def p_bull(c, lab):
    r = c.r
    L, N = growth_vals(r, 1000, 900000, 5, 200)
    if N <= L:
        return None
    D = N - L
    d = 1
    res = rate(c, lab, F(D * 100, L), d, alts=[F(D * 100, N)])
    if not res:
        return None
    sv, note = res
    what = J(r, ['全年粮食产量', '年末金融机构各项存款余额', '全年社会消费品零售总额', '全年规模以上工业营业收入'])
    unit = '万吨' if '粮食' in what else '亿元'
    Ns, Ds, S = c.n(sc(N, 2), 2), c.n(sc(D, 2), 2), c.p(sv, d)
    txt = '%s%s%s，比上年增加%s%s，增长%s。' % (what, Ns, unit, Ds, unit, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': Ds, 'den': {'sub': [Ns, Ds]}}], note


def pp_vals(c, lab, up=True, as_pct=False):
    r = c.r
    d = J(r, [1, 1, 2])
    a = F(r.randint(300 * 10 ** d // 10, 950 * 10 ** d // 10), 10 ** d)
    delta = F(r.randint(1 * 10 ** d // 10 + 1, 80 * 10 ** d // 10), 10 ** d)
    b = a + delta if up else a - delta
    if b <= 0 or b >= 100:
        return None
    return a, b, delta, d


@style('pct', 'pp_up')
def p_ppup(c, lab):
    r = c.r
    x = pp_vals(c, lab)
    if not x:
        return None
    a, b, delta, d = x
    sv, note = delta, 'points = end - start'
    if lab == 'inconsistent':
        k = r.choice(['off', 'rel', 'transpose'])
        if k == 'off':
            sv = delta + r.choice([-1, 1]) * F(r.randint(2, 30), 10 ** d)
            note = 'points off by a few units'
        elif k == 'rel':
            sv = g_rhu((b - a) / a * 100, d)
            note = 'relative growth written as points'
        else:
            t = g_transpose(r, int(delta * 10 ** d))
            if not t:
                return None
            sv = F(t, 10 ** d)
            note = 'digits of the points transposed'
        if sv <= 0:
            return None
    what = J(r, ['城镇化率', '森林覆盖率', '研发经费投入强度', '农村自来水普及率', '学前教育毛入园率'])
    A, B, S = c.p(a, d), c.p(b, d), c.plain(sv, d)
    txt = '%s由%s提高到%s，提高%s个百分点。' % (what, A, B, S)
    return txt, [{'rel': 'pp', 'from': A, 'to': B, 'stated': S, 'dir': 'up'}], note


@style('pct', 'pp_down')
def p_ppdown(c, lab):
    r = c.r
    x = pp_vals(c, lab, up=False)
    if not x:
        return None
    a, b, delta, d = x
    sv, note = delta, 'points = start - end'
    if lab == 'inconsistent':
        if r.random() < 0.6:
            sv = delta + r.choice([-1, 1]) * F(r.randint(2, 30), 10 ** d)
            note = 'points off by a few units'
        else:
            sv = a + b if r.random() < 0.3 else g_rhu((a - b) / a * 100, d)
            note = 'wrong arithmetic for the points'
        if sv <= 0:
            return None
    what = J(r, ['城镇调查失业率', '贫困发生率', '恩格尔系数', '不合格率', '空置率'])
    A, B, S = c.p(a, d), c.p(b, d), c.plain(sv, d)
    txt = '%s从上年的%s下降至%s，%s%s个百分点。' % (what, A, B, J(r, ['下降', '回落', '降低']), S)
    return txt, [{'rel': 'pp', 'from': A, 'to': B, 'stated': S, 'dir': 'down'}], note


@style('pct', 'pp_written_as_pct')
def p_ppaspct(c, lab):
    r = c.r
    x = pp_vals(c, lab)
    if not x:
        return None
    a, b, delta, d = x
    if lab == 'consistent':
        sv = g_rhu((b - a) / a * 100, d)
        note = 'relative increase of the rate (not points) stated with %'
    else:
        sv = delta
        note = 'percentage points written as % (relative change differs)'
    what = J(r, ['优良天数比例', '污水集中处理率', '生活垃圾分类覆盖率', '一次办成率'])
    A, B, S = c.p(a, d), c.p(b, d), c.p(sv, d)
    txt = '%s由%s提高到%s，提高%s。' % (what, A, B, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [B, A]}, 'den': A}], note


@style('pct', 'shares_sum_le100', labels=('inconsistent', 'negative'))
def p_shares_le(c, lab):
    r = c.r
    n = r.randint(2, 4)
    d = J(r, [0, 1])
    if lab == 'negative':
        tot = r.randint(40 * 10 ** d, 98 * 10 ** d)
        note = 'shares of one whole, partial list, sum below 100'
    else:
        tot = r.randint(105 * 10 ** d, 160 * 10 ** d)
        note = 'shares of one whole add up to more than 100%'
    ps = split(r, tot, n)
    if not ps:
        return None
    S = [c.p(F(p, 10 ** d), d) for p in ps]
    pool = J(r, [['第一产业投资', '第二产业投资', '第三产业投资'], ['国有控股投资', '民间投资', '外商及港澳台投资'],
                 ['一般公共预算收入', '政府性基金收入', '上级转移支付', '债券资金']])
    if n > len(pool):
        return None
    cats = r.sample(pool, n)
    cats = cats
    txt = '从构成看，%s占全部%s的%s。' % ('、'.join(cats), '投资' if '投资' in pool[0] else '可用财力', '、'.join(S)) if r.random() < 0.5 else \
        '其中，%s。' % '，'.join('%s占%s' % (k, s) for k, s in zip(cats, S))
    return txt, [{'rel': 'share_le100', 'shares': S}], note


@style('pct', 'shares_exhaustive_pair')
def p_pair(c, lab):
    r = c.r
    d = J(r, [1, 1, 2, 0])
    a = r.randint(20 * 10 ** d, 80 * 10 ** d)
    b = 100 * 10 ** d - a
    note = 'complementary shares sum to 100'
    if lab == 'inconsistent':
        b += r.choice([-1, 1]) * r.randint(2, 50) * (10 ** d if d == 0 else r.choice([1, 10]))
        note = 'complementary shares do not sum to 100'
    A, B = c.p(F(a, 10 ** d), d), c.p(F(b, 10 ** d), d)
    wh, g = J(r, [('新录用人员', ('男性', '女性')), ('参保人员', ('城镇居民', '农村居民')), ('在园幼儿', ('公办园', '民办园')),
                  ('政务服务办件量', ('线上办理', '线下办理')), ('新增就业人员', ('男性', '女性'))])
    txt = '%s中，%s占%s，%s占%s。' % (wh, g[0], A, g[1], B)
    return txt, [{'rel': 'sum100', 'shares': [A, B]}], note


@style('pct', 'industry_structure_ratio')
def p_struct(c, lab):
    r = c.r
    a = r.randint(30, 250)
    b = r.randint(250, 500)
    cc = 1000 - a - b
    note = 'a:b:c sums to 100'
    if lab == 'inconsistent':
        k = r.choice(['off', 'transpose'])
        if k == 'off':
            cc += r.choice([-1, 1]) * r.randint(2, 30)
            note = 'structure does not sum to 100'
        else:
            t = g_transpose(r, b)
            if not t:
                return None
            b = t
            note = 'digits transposed in one share'
    A, B, C = [c.plain(F(x, 10), 1) for x in (a, b, cc)]
    txt = '%d年三次产业结构调整为%s:%s:%s。' % (yr(r), A, B, C) if r.random() < 0.6 else \
        '三次产业结构由上年的%s∶%s∶%s调整为%s∶%s∶%s。' % (c.plain(F(a + 3, 10), 1), c.plain(F(b - 5, 10), 1), c.plain(F(1000 - a - b + 2, 10), 1), A, B, C)
    return txt, [{'rel': 'sum100', 'shares': [A, B, C]}], note


@style('pct', 'industry_structure_pct')
def p_struct2(c, lab):
    r = c.r
    a = r.randint(30, 250)
    b = r.randint(250, 500)
    cc = 1000 - a - b
    note = 'shares of three sectors sum to 100%'
    if lab == 'inconsistent':
        cc += r.choice([-1, 1]) * r.randint(3, 60)
        note = 'sector shares do not sum to 100%'
    A, B, C = [c.p(F(x, 10), 1) for x in (a, b, cc)]
    txt = '第一、二、三产业增加值占地区生产总值的比重分别为%s、%s和%s。' % (A, B, C)
    return txt, [{'rel': 'sum100', 'shares': [A, B, C]}], note


MAL = {
    'malformed_space_before_pct': lambda r, s: s[:-1] + J(r, [' ', '  ', ' ']) + s[-1],
    'malformed_placeholder_xx': lambda r, s: J(r, ['xx', 'XX', 'xx.x', 'xxx', '××']) + s[-1],
    'malformed_pct_prefix': lambda r, s: s[-1] + s[:-1],
    'malformed_double_dot': lambda r, s: s.replace('.', '..', 1) if '.' in s else None,
    'malformed_doubled_sign': lambda r, s: J(r, [s + s[-1], '+' + '+' + s, s[:-1] + '%%']),
    'malformed_trailing_dot': lambda r, s: s[:-1] + '.' + s[-1] if '.' not in s else None,
    'malformed_cjk_stop_decimal': lambda r, s: s.replace('.', '。', 1) if '.' in s else None,
}


def make_mal(name):
    @style('pct', name, labels=('inconsistent',), force='plain')
    def fn(c, lab):
        r = c.r
        dom = r.choice(PDOMS)
        num, den = counts(r, 20, 9000, 75, 100)
        d = 0 if name == 'malformed_trailing_dot' else (1 if name in ('malformed_double_dot', 'malformed_cjk_stop_decimal') else pick_d(r))
        S = ffix(g_rhu(F(num * 100, den), d), d) + '%'
        bad = MAL[name](r, S)
        if bad is None:
            return None
        N, D = c.n(num), c.n(den)
        txt = '%s%s%s%s，%s%s%s，%s%s。' % (lead(r), dom[0], D, dom[3], dom[1], N, dom[3], dom[2], J(r, ['', '为', '达']) + bad)
        return txt, [{'rel': 'malformed', 'token': bad}], 'malformed percentage token %r (correct value would be %s)' % (bad, S)
    return fn


for _m in MAL:
    make_mal(_m)


@style('pct', 'chinese_percent_words', force='plain')
def p_cnpct(c, lab):
    r = c.r
    num, den = counts(r, 20, 3000, 60, 100)
    d = J(r, [0, 1])
    res = rate(c, lab, F(num * 100, den), d, allow_over=False)
    if not res:
        return None
    sv, note = res
    if sv >= 100:
        return None
    ip = int(sv)
    s = '百分之' + cn_int(ip)
    if d:
        s += '点' + CND[int((sv - ip) * 10)]
    N, D = c.n(num), c.n(den)
    txt = '全镇%s户农户中，已有%s户完成%s，占%s。' % (D, N, J(r, ['改厕', '安全饮水改造', '危房改造', '光纤入户']), s)
    return txt, [{'rel': 'pct', 'stated': s, 'num': N, 'den': D}], note


@style('pct', 'fullwidth_pct', force='fw')
def p_fw(c, lab):
    return p_banjie(c, lab)


@style('pct', 'pdf_spaces_breaks', force='space')
def p_space(c, lab):
    out = p_hege(c, lab) if c.r.random() < 0.5 else p_plan(c, lab)
    return out


@style('pct', 'rate_two_sentences')
def p_two(c, lab):
    r = c.r
    dom = r.choice(PDOMS)
    num, den = counts(r, 30, 20000, 70, 100)
    d = pick_d(r)
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den)])
    if not res:
        return None
    sv, note = res
    N, D, S = c.n(num), c.n(den), c.p(sv, d)
    txt = '%s%s%s%s。截至年底，%s%s%s。%s%s，较上年有所提升。' % (lead(r), dom[0], D, dom[3], dom[1], N, dom[3], dom[2], S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'rate_from_wan_counts')
def p_wan(c, lab):
    r = c.r
    den = r.randint(20000, 900000)
    num = den * r.randint(800, 999) // 1000
    d = 1
    dw = 2
    Dv, Nv = g_rhu(F(den, 10000), dw), g_rhu(F(num, 10000), dw)
    res = rate(c, lab, Nv / Dv * 100, d)
    if not res:
        return None
    sv, note = res
    D, N = c.plain(Dv, dw) + '万', c.plain(Nv, dw) + '万'
    c.toks += [D, N]
    S = c.p(sv, d)
    what = J(r, [('应参加城乡居民医保', '已参保', '参保率'), ('常住人口', '完成健康体检', '体检率'), ('目标人群', '完成接种', '接种率')])
    txt = '%s%s人，%s%s人，%s%s。' % (what[0], D, what[1], N, what[2], S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note + '; counts rounded to 0.01万'


@style('pct', 'rate_table')
def p_table(c, lab):
    r = c.r
    n = r.randint(3, 5)
    vs = []
    while len(vs) < n:
        v = village(r)
        if v not in vs:
            vs.append(v)
    sep = J(r, [' ', '  ', '\t'])
    lines = ['村名%s应完成%s已完成%s完成率' % (sep, sep, sep)]
    checks = []
    bad_i = r.randrange(n)
    notes = 'all row rates correct'
    for i, v in enumerate(vs):
        den = r.randint(10, 600)
        num = den * r.randint(600, 1000) // 1000
        if num < 1:
            return None
        lb = lab if i == bad_i else 'consistent'
        res = rate(c, lb, F(num * 100, den), 1, alts=[F((den - num) * 100, den)])
        if not res:
            return None
        if i == bad_i and lab == 'inconsistent':
            notes = 'row %d: %s' % (i + 1, res[1])
        D, N, S = c.n(den), c.n(num), c.p(res[0], 1)
        lines.append(sep.join([v, D, N, S]))
        checks.append({'rel': 'pct', 'stated': S, 'num': N, 'den': D})
    txt = '各村改厕任务完成情况：\n' + '\n'.join(lines)
    return txt, checks, notes


@style('pct', 'complement_count')
def p_compl(c, lab):
    r = c.r
    den = r.randint(50, 5000)
    bad = den * r.randint(5, 150) // 1000 + 1
    d = pick_d(r)
    res = rate(c, lab, F((den - bad) * 100, den), d, alts=[F(bad * 100, den), F(bad * 100, den - bad)])
    if not res:
        return None
    sv, note = res
    D, B, S = c.n(den), c.n(bad), c.p(sv, d)
    txt = '共抽检%s批次，检出不合格%s批次，%s%s。' % (D, B, J(r, ['总体合格率为', '合格率', '抽检合格率达']), S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [D, B]}, 'den': D}], note


@style('pct', 'complement_rate_stated')
def p_compl2(c, lab):
    r = c.r
    den = r.randint(50, 5000)
    bad = den * r.randint(5, 150) // 1000 + 1
    d = J(r, [1, 2])
    res = rate(c, lab, F(bad * 100, den), d, alts=[F((den - bad) * 100, den)])
    if not res:
        return None
    sv, note = res
    D, B, S = c.n(den), c.n(bad), c.p(sv, d)
    txt = '抽检%s批次，不合格%s批次，不合格率%s。' % (D, B, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': B, 'den': D}], note


@style('pct', 'lading_contribution')
def p_lading(c, lab):
    r = c.r
    T0 = r.randint(20000, 900000)
    p0 = T0 * r.randint(200, 500) // 1000
    p1 = p0 * (1000 + r.randint(20, 200)) // 1000
    d = J(r, [1, 2])
    res = rate(c, lab, F((p1 - p0) * 100, T0), d, alts=[F((p1 - p0) * 100, p0)])
    if not res:
        return None
    sv, note = res
    T0s, P0, P1 = c.n(sc(T0, 2), 2), c.n(sc(p0, 2), 2), c.n(sc(p1, 2), 2)
    S = c.plain(sv, d)
    txt = '上年地区生产总值%s亿元，其中工业增加值%s亿元；今年工业增加值%s亿元，拉动经济增长%s个百分点。' % (T0s, P0, P1, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [P1, P0]}, 'den': T0s}], note + ' (contribution = change of part / previous whole)'


@style('pct', 'tongbi_rate')
def p_tongbi(c, lab):
    r = c.r
    L, N = growth_vals(r, 100, 90000, -200, 400)
    if N == L:
        return None
    d = pick_d(r)
    up = N > L
    t = F(abs(N - L) * 100, L)
    res = rate(c, lab, t, d, alts=[F(abs(N - L) * 100, N)])
    if not res:
        return None
    sv, note = res
    what, unit = J(r, [('办理政务服务事项', '件'), ('接待游客', '人次'), ('新登记市场主体', '户'), ('受理投诉举报', '件')])
    Ns, Ls, S = c.n(N), c.n(L), c.p(sv, d)
    txt = '1-%d月，%s%s%s，同比%s%s（上年同期%s%s）。' % (r.randint(3, 11), what, Ns, unit, '增长' if up else '下降', S, Ls, unit)
    num = {'sub': [Ns, Ls]} if up else {'sub': [Ls, Ns]}
    return txt, [{'rel': 'pct', 'stated': S, 'num': num, 'den': Ls}], note


@style('pct', 'huanbi_rate')
def p_huanbi(c, lab):
    r = c.r
    L, N = growth_vals(r, 100, 50000, 10, 300)
    if N <= L:
        return None
    d = 1
    res = rate(c, lab, F((N - L) * 100, L), d, alts=[F((N - L) * 100, N)])
    if not res:
        return None
    sv, note = res
    m = r.randint(2, 12)
    Ns, Ls, S = c.n(N), c.n(L), c.p(sv, d)
    txt = '%d月份全%s新增注册用户%s个，%d月份为%s个，环比增长%s。' % (m, J(r, ['区', '县', '市']), Ns, m - 1, Ls, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ns, Ls]}, 'den': Ls}], note


@style('pct', 'bi_nianchu_rate')
def p_nianchu(c, lab):
    r = c.r
    L, N = growth_vals(r, 1000, 900000, 10, 300)
    if N <= L:
        return None
    d = 1
    res = rate(c, lab, F((N - L) * 100, L), d, alts=[F((N - L) * 100, N)])
    if not res:
        return None
    sv, note = res
    Ns, Ls, S = c.n(sc(N, 2), 2), c.n(sc(L, 2), 2), c.p(sv, d)
    txt = '年末各项贷款余额%s亿元，年初为%s亿元，比年初增长%s。' % (Ns, Ls, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ns, Ls]}, 'den': Ls}], note


@style('pct', 'real_growth_comparable_prices', labels=('inconsistent', 'negative'))
def p_real(c, lab):
    r = c.r
    L = r.randint(5000, 900000)
    if lab == 'negative':
        g = F(r.randint(-20, 120), 10)
        defl = F(r.randint(-40, 90), 1000)
        note = 'real growth at comparable prices; implied price change %.1f%% is plausible' % float(defl * 100)
    else:
        g = F(r.randint(20, 150), 10)
        defl = F(r.choice([-1, 1]) * r.randint(100, 250), 1000)
        if defl > 0:
            defl += F(8, 100)
        note = 'real growth impossible: implied price change %.1f%% outside -5%%..+10%%' % float(defl * 100)
    N = int(L * (1 + g / 100) * (1 + defl))
    Ls, Ns = c.n(sc(L, 2), 2), c.n(sc(N, 2), 2)
    S = c.p(abs(g), 1)
    what = J(r, ['地区生产总值', '规模以上工业增加值', '第三产业增加值', '农林牧渔业增加值'])
    txt = '全年实现%s%s亿元（上年%s亿元），按可比价格计算，比上年%s%s。' % (what, Ns, Ls, '增长' if g >= 0 else '下降', S)
    return txt, [{'rel': 'real_growth', 'prev': Ls, 'cur': Ns, 'stated': S, 'dir': 'up' if g >= 0 else 'down'}], note


@style('pct', 'growth_over_100', labels=LABELS)
def p_over100(c, lab):
    r = c.r
    L = r.randint(50, 50000)
    N = L * r.randint(2100, 9000) // 1000
    d = 1
    what, unit = J(r, [('跨境电商交易额', '万元'), ('新能源汽车产量', '辆'), ('直播电商销售额', '万元'), ('光伏发电量', '万千瓦时')])
    if lab == 'negative':
        S = c.p(F(r.randint(1005, 4000), 10), 1)
        txt = '%s%s，%s比上年增长%s，%s。' % (lead(r), what, J(r, ['', '累计']), S, J(r, ['增速居全市首位', '呈爆发式增长', '成为新的增长点']))
        return txt, [{'rel': 'none', 'tokens': [S], 'why': 'growth rate over 100% without a base: legal'}], 'growth over 100% is not an error'
    res = rate(c, lab, F((N - L) * 100, L), d, alts=[F(N * 100, L), F((N - L) * 100, N)])
    if not res:
        return None
    sv, note = res
    Ns, Ls, S = c.n(N), c.n(L), c.p(sv, d)
    txt = '%s达%s%s，上年仅%s%s，增长%s。' % (what, Ns, unit, Ls, unit, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ns, Ls]}, 'den': Ls}], note


@style('pct', 'rates_over_different_wholes', labels=('negative',))
def p_diffw(c, lab):
    r = c.r
    pool = ['小学适龄儿童入学率', '初中毕业生升学率', '高中阶段毛入学率', '城镇登记失业率', '农村自来水普及率',
            '森林覆盖率', '城市生活污水处理率', '住院分娩率', '基本养老保险参保率', '建成区绿地率']
    k = r.randint(3, 4)
    names = r.sample(pool, k)
    S = [c.p(F(r.randint(300, 1000), 10) if '失业' not in nm else F(r.randint(20, 55), 10), 1) for nm in names]
    txt = '、'.join(names) + '分别达到' + '、'.join(S) + '。'
    return txt, [{'rel': 'none', 'tokens': S, 'why': 'rates over different wholes: no sum constraint'}], 'rates of different populations; they may add to more than 100'


@style('pct', 'overlapping_shares', labels=('negative',))
def p_overlap(c, lab):
    r = c.r
    a, b = r.randint(45, 90), r.randint(45, 90)
    A, B = c.p(F(a * 10 + r.randint(0, 9), 10), 1), c.p(F(b * 10 + r.randint(0, 9), 10), 1)
    g = J(r, [('女性', '党员'), ('大专以上学历', '35岁以下'), ('本地户籍', '返乡人员')])
    txt = '新一届村（社区）“两委”成员中，%s占%s、%s占%s，结构持续优化。' % (g[0], A, g[1], B)
    return txt, [{'rel': 'none', 'tokens': [A, B], 'why': 'overlapping groups; shares need not sum to <=100'}], 'overlapping groups, %s+%s > 100 is fine' % (A, B)


@style('pct', 'pp_without_endpoints', labels=('negative',))
def p_ppno(c, lab):
    r = c.r
    S = c.plain(F(r.randint(1, 60), 10), 1)
    what = J(r, ['城镇化率', '研发投入强度', '常住人口城镇化率', '优良天数比例', '农村自来水普及率'])
    txt = '%s比上年%s%s个百分点，%s。' % (what, J(r, ['提高', '提升', '上升']), S, J(r, ['创历史新高', '高于全省平均水平', '完成年度目标']))
    return txt, [{'rel': 'none', 'tokens': [S], 'why': 'percentage-point change without end points'}], 'nothing to recompute'


@style('pct', 'ranges_and_targets', labels=('negative',))
def p_range(c, lab):
    r = c.r
    a = r.randint(850, 960)
    b = a + r.randint(10, 30)
    A, B = c.p(F(a, 10), 1), c.p(F(b, 10), 1)
    g = c.p(F(r.randint(50, 80), 10), 1)
    txt = '预期目标：地区生产总值增长%s左右，%s稳定在%s—%s之间。' % (g, J(r, ['粮食综合产能利用率', '城乡居民医保参保率', '县域就诊率']), A, B) if r.random() < 0.5 else \
        '%s控制在%s-%s，一般公共预算收入增长%s以上。' % (J(r, ['资产负债率', '城镇调查失业率']), A, B, g)
    return txt, [{'rel': 'none', 'tokens': [A, B, g], 'why': 'ranges and targets'}], 'ranges/targets are not checkable'


@style('pct', 'codes_pm25_5g', labels=('negative',))
def p_codes(c, lab):
    r = c.r
    S1 = c.p(F(r.randint(10, 300), 10), 1)
    S2 = c.plain(r.randint(18, 45))
    pieces = ['PM2.5平均浓度%s微克/立方米，同比下降%s' % (S2, S1),
              '5G网络覆盖所有行政村',
              '“1+X”证书试点专业通过率%s' % c.p(F(r.randint(700, 990), 10), 1),
              '引进x86服务器生产线%s条' % c.n(r.randint(1, 6)),
              '《%s》（%s政发〔%d〕%d号）' % (J(r, ['实施方案', '行动计划']), r.choice(P1), yr(r), r.randint(1, 60)),
              '落实“7+X”产业链链长制']
    r.shuffle(pieces)
    txt = '；'.join(pieces[:3]) + '。'
    toks = [t for t in c.toks if t in txt]
    return txt, [{'rel': 'none', 'tokens': toks, 'why': 'codes like PM2.5, 5G, x86, 1+X'}], 'codes and isolated rates'


@style('pct', 'approx_rates', labels=('negative',))
def p_approx(c, lab):
    r = c.r
    den = r.randint(10, 90) * 100
    S = c.p(F(r.randint(700, 990), 10), 1)
    D = c.n(den)
    txt = '全%s%s%s余户农户中，约%s已实现%s。' % (J(r, ['镇', '乡']), J(r, ['', '共']), D, S, J(r, ['光纤入户', '自来水入户', '燃气入户']))
    if r.random() < 0.5:
        txt = '%s近%s名群众参加体检，覆盖率超过%s。' % (lead(r), D, S)
    return txt, [{'rel': 'none', 'tokens': [D, S], 'why': 'approximate base (余/近/约/超过)'}], 'approximate base, not provable'


@style('pct', 'shares_multi_amounts')
def p_multi(c, lab):
    r = c.r
    W = r.randint(10000, 900000)
    a = W * r.randint(50, 200) // 1000
    b = W * r.randint(300, 500) // 1000
    cc = W - a - b
    d = 1
    bi = r.randrange(3)
    checks, notes = [], 'all shares correct'
    Ws = c.n(sc(W, 2), 2)
    parts = []
    for i, x in enumerate((a, b, cc)):
        lb = lab if i == bi else 'consistent'
        res = rate(c, lb, F(x * 100, W), d)
        if not res:
            return None
        if lb == 'inconsistent':
            notes = 'sector %d: %s' % (i + 1, res[1])
        X, S = c.n(sc(x, 2), 2), c.p(res[0], d)
        parts.append((X, S))
        checks.append({'rel': 'pct', 'stated': S, 'num': X, 'den': Ws})
    txt = '全年地区生产总值%s亿元。其中，第一产业增加值%s亿元，占%s；第二产业增加值%s亿元，占%s；第三产业增加值%s亿元，占%s。' % (
        Ws, parts[0][0], parts[0][1], parts[1][0], parts[1][1], parts[2][0], parts[2][1])
    return txt, checks, notes


@style('pct', 'coverage_villages_cn', force='plain')
def p_cover(c, lab):
    r = c.r
    den = r.randint(6, 60)
    num = r.randint(max(1, den // 2), den)
    d = J(r, [1, 0, 1])
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den)])
    if not res:
        return None
    sv, note = res
    D, N, S = c.cn(den), c.cn(num), c.p(sv, d)
    txt = '全%s%s个行政村中已有%s个村%s，覆盖率%s。' % (J(r, ['镇', '乡', '县']), D, N, J(r, ['建成村级养老服务站', '实现5G信号覆盖', '通上天然气', '建成标准化卫生室']), S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'air_quality_days')
def p_air(c, lab):
    r = c.r
    y = r.randint(2019, 2024)
    days = 366 if y % 4 == 0 else 365
    good = r.randint(250, days)
    d = 1
    res = rate(c, lab, F(good * 100, days), d, alts=[F(good * 100, 365 if days == 366 else 366)])
    if not res:
        return None
    sv, note = res
    G, S = c.n(good), c.p(sv, d)
    Ds = c.n(days)
    txt = '%d年，城区空气质量有效监测%s天，优良天数%s天，优良天数比例%s。' % (y, Ds, G, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': G, 'den': Ds}], note


@style('pct', 'yishi_rates')
def p_yishi(c, lab):
    r = c.r
    k = r.randint(2, 3)
    doms = r.sample(PDOMS, k)
    bi = r.randrange(k)
    items, checks, notes = [], [], 'all rates correct'
    for i, dm in enumerate(doms):
        num, den = counts(r, 20, 5000, 80, 100)
        lb = lab if i == bi else 'consistent'
        res = rate(c, lb, F(num * 100, den), 1)
        if not res:
            return None
        if lb == 'inconsistent':
            notes = 'item %d: %s' % (i + 1, res[1])
        D, N, S = c.n(den), c.n(num), c.p(res[0], 1)
        items.append('%s是%s%s%s，%s%s%s，%s%s' % (enum_cn(r, i), dm[0], D, dm[3], dm[1], N, dm[3], dm[2], S))
        checks.append({'rel': 'pct', 'stated': S, 'num': N, 'den': D})
    txt = '；'.join(items) + '。'
    return txt, checks, notes


@style('pct', 'rate_with_bracket_counts')
def p_bracket(c, lab):
    r = c.r
    dom = r.choice(PDOMS)
    num, den = counts(r, 20, 9000, 80, 100)
    d = pick_d(r)
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den)])
    if not res:
        return None
    sv, note = res
    S, D, N = c.p(sv, d), c.n(den), c.n(num)
    txt = '%s达%s（%s%s%s，%s%s%s）。' % (dom[2], S, dom[0], D, dom[3], dom[1], N, dom[3])
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'budget_execution')
def p_budget(c, lab):
    r = c.r
    den = r.randint(1000, 900000)
    num = den * r.randint(700, 1050) // 1000
    d = J(r, [1, 2])
    res = rate(c, lab, F(num * 100, den), d, alts=[F(den * 100, num)])
    if not res:
        return None
    sv, note = res
    D, N, S = c.n(sc(den, 2), 2), c.n(sc(num, 2), 2), c.p(sv, d)
    txt = '一般公共预算支出预算数%s万元，实际支出%s万元，预算执行率%s。' % (D, N, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'growth_wan_to_yi')
def p_wanyi(c, lab):
    r = c.r
    L = r.randint(3000, 90000)   # 万元
    N = L * (1000 + r.randint(30, 600)) // 1000
    Ly = F(N, 10000)
    d = 1
    Nv = g_rhu(Ly, 2)
    res = rate(c, lab, (Nv * 10000 - L) * 100 / L, d, alts=[(Nv * 10000 - L) * 100 / (Nv * 10000)])
    if not res:
        return None
    sv, note = res
    Ls = c.n(L, 0, '万')
    Ns = c.plain(Nv, 2) + '亿'
    c.toks.append(Ns)
    S = c.p(sv, d)
    what = J(r, ['农产品网络零售额', '招商引资到位资金', '村级集体经济总收入'])
    txt = '%s由上年的%s元增加到%s元，增长%s。' % (what, Ls, Ns, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ns, Ls]}, 'den': Ls}], note + '; base in 万元, new value in 亿元'


@style('pct', 'two_rates_same_counts')
def p_tworates(c, lab):
    r = c.r
    den = r.randint(30, 3000)
    ok = den * r.randint(850, 1000) // 1000
    ex = ok * r.randint(200, 700) // 1000
    bi = r.randrange(2)
    d = 1
    r1 = rate(c, lab if bi == 0 else 'consistent', F(ex * 100, den), d, alts=[F(ex * 100, ok)])
    r2 = rate(c, lab if bi == 1 else 'consistent', F(ok * 100, den), d, alts=[F((den - ok) * 100, den)])
    if not r1 or not r2:
        return None
    D, E, O = c.n(den), c.n(ex), c.n(ok)
    S1, S2 = c.p(r1[0], d), c.p(r2[0], d)
    txt = '全年参加考核%s人，其中优秀%s人、合格以上%s人，优秀率%s，合格率%s。' % (D, E, O, S1, S2)
    return txt, [{'rel': 'pct', 'stated': S1, 'num': E, 'den': D}, {'rel': 'pct', 'stated': S2, 'num': O, 'den': D}], \
        (r1 if bi == 0 else r2)[1]


@style('pct', 'completion_over_100')
def p_over(c, lab):
    r = c.r
    den = r.randint(100, 90000)
    num = den * r.randint(1010, 1500) // 1000
    d = 1
    res = rate(c, lab, F(num * 100, den), d, alts=[F((num - den) * 100, den), F(den * 100, num)])
    if not res:
        return None
    sv, note = res
    D, N, S = c.n(den), c.n(num), c.p(sv, d)
    what, unit = J(r, [('固定资产投资', '万元'), ('新增就业', '人'), ('税收', '万元')])
    txt = '%s任务%s%s，实际完成%s%s，为年度任务的%s，超额完成目标。' % (what, D, unit, N, unit, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'rate_first_counts_after')
def p_rfirst(c, lab):
    r = c.r
    dom = r.choice(PDOMS)
    num, den = counts(r, 20, 9000, 70, 100)
    d = pick_d(r)
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den)])
    if not res:
        return None
    sv, note = res
    S, D, N = c.p(sv, d), c.n(den), c.n(num)
    txt = '%s%s，在%s%s%s中，%s%s%s。' % (dom[2], J(r, ['达到', '为', '提升至']) + S, J(r, ['全年', '']), dom[0], D + dom[3], dom[1], N, dom[3])
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'pp_table')
def p_pptab(c, lab):
    r = c.r
    names = r.sample(['城镇化率', '森林覆盖率', '农村自来水普及率', '污水处理率', '垃圾无害化处理率'], r.randint(2, 4))
    sep = J(r, [' ', '  ', '\t'])
    y = yr(r)
    lines = ['指标%s%d年%s%d年%s变化（百分点）' % (sep, y - 1, sep, y, sep)]
    checks = []
    bi = r.randrange(len(names))
    note = 'all point changes correct'
    for i, nm in enumerate(names):
        a = F(r.randint(400, 950), 10)
        dlt = F(r.randint(1, 40), 10)
        b = a + dlt
        if b >= 100:
            return None
        sv = dlt
        if i == bi and lab == 'inconsistent':
            sv = dlt + r.choice([-1, 1]) * F(r.randint(2, 15), 10)
            if sv <= 0:
                sv = dlt + F(r.randint(2, 15), 10)
            note = 'row %d: change column wrong' % (i + 1)
        A, B, S = c.p(a, 1), c.p(b, 1), c.plain(sv, 1)
        lines.append(sep.join([nm, A, B, S]))
        checks.append({'rel': 'pp', 'from': A, 'to': B, 'stated': S, 'dir': 'up'})
    return '主要指标变化情况\n' + '\n'.join(lines), checks, note


@style('pct', 'share_of_gdp_bulletin')
def p_gdpshare(c, lab):
    r = c.r
    W = r.randint(10000, 900000)
    p = W * r.randint(10, 120) // 1000
    d = 1
    res = rate(c, lab, F(p * 100, W), d, alts=[F(p * 100, W - p)])
    if not res:
        return None
    sv, note = res
    Ws, Ps, S = c.n(sc(W, 2), 2), c.n(sc(p, 2), 2), c.p(sv, d)
    pp = c.plain(F(r.randint(1, 20), 10), 1)
    txt = '全年地区生产总值%s亿元。全年研究与试验发展（R&D）经费支出%s亿元，相当于地区生产总值的%s，比上年提高%s个百分点。' % (Ws, Ps, S, pp)
    return txt, [{'rel': 'pct', 'stated': S, 'num': Ps, 'den': Ws}], note


@style('pct', 'per_capita_income_growth')
def p_percap(c, lab):
    r = c.r
    L = r.randint(12000, 60000)
    N = L * (1000 + r.randint(30, 120)) // 1000
    d = 1
    res = rate(c, lab, F((N - L) * 100, L), d, alts=[F((N - L) * 100, N)])
    if not res:
        return None
    sv, note = res
    Ls, Ns, S = c.n(L), c.n(N), c.p(sv, d)
    who = J(r, ['城镇常住居民', '农村常住居民', '全体居民'])
    txt = '%s人均可支配收入%s元，上年为%s元，名义增长%s。' % (who, Ns, Ls, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': {'sub': [Ns, Ls]}, 'den': Ls}], note


@style('pct', 'township_share_of_households')
def p_town(c, lab):
    r = c.r
    den = r.randint(80, 3000)
    num = den * r.randint(100, 900) // 1000 + 1
    d = J(r, [1, 2])
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den), F(num * 100, den - num)])
    if not res:
        return None
    sv, note = res
    D, N, S = c.n(den), c.n(num), c.p(sv, d)
    txt = '%s共有农户%s户，其中%s%s户，%s%s。' % (village(r), D, J(r, ['种植茶叶的', '发展民宿的', '养殖肉牛的', '外出务工的']), N,
                                       J(r, ['占比', '占全村农户的', '占总户数的']), S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'chinese_count_rates', force='plain')
def p_cncount(c, lab):
    r = c.r
    den = r.randint(8, 120)
    num = r.randint(den // 2, den)
    d = J(r, [1, 2])
    res = rate(c, lab, F(num * 100, den), d, alts=[F((den - num) * 100, den)])
    if not res:
        return None
    sv, note = res
    D, N, S = c.cn(den), c.cn(num), c.p(sv, d)
    txt = '全年召开村民议事会%s场，形成决议并落实%s场，落实率%s。' % (D, N, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': N, 'den': D}], note


@style('pct', 'rate_line_broken', force='plain')
def p_lb(c, lab):
    return pct_simple(c, lab, lambda dm, N, D, S: '%s共%s\n%s，%s%s\n%s，%s\n%s。' % (
        dm[0], D, dm[3], dm[1], N, dm[3], dm[2], S))


@style('pct', 'yearend_yoy_with_abs')
def p_yoyabs(c, lab):
    r = c.r
    L, N = growth_vals(r, 500, 90000, 10, 300)
    if N <= L:
        return None
    D = N - L
    d = 1
    res = rate(c, lab, F(D * 100, L), d, alts=[F(D * 100, N)])
    if not res:
        return None
    sv, note = res
    Ns, Ds, Ls, S = c.n(N), c.n(D), c.n(L), c.p(sv, d)
    txt = '年末实有市场主体%s户，比上年末%s户增加%s户，增长%s。' % (Ns, Ls, Ds, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': Ds, 'den': Ls}, {'rel': 'sum_eq', 'whole': Ns, 'parts': [Ls, Ds]}], note


@style('pct', 'zhan_share_of_subtotal')
def p_sub(c, lab):
    r = c.r
    a = r.randint(10, 3000)
    b = r.randint(10, 3000)
    W = a + b
    d = 1
    res = rate(c, lab, F(a * 100, W), d, alts=[F(a * 100, b)])
    if not res:
        return None
    sv, note = res
    A, B, S = c.n(a), c.n(b), c.p(sv, d)
    txt = '新发展党员中，35岁以下%s名，35岁以上%s名，35岁以下占%s。' % (A, B, S)
    return txt, [{'rel': 'pct', 'stated': S, 'num': A, 'den': {'add': [A, B]}}], note + ' (whole = sum of the two groups)'


def bind_units(text, obj):
    """generator-side: a token written before 万/亿 (as in 12.34亿元) is stored
    with its multiplier, so that the stored token is the complete number."""
    if isinstance(obj, list):
        return [bind_units(text, x) for x in obj]
    if isinstance(obj, dict):
        return {k: (bind_units(text, v) if k not in ('rel', 'dir', 'why', 'const') else v) for k, v in obj.items()}
    if isinstance(obj, str) and obj and obj[-1] not in '万亿%％':
        pat = r'(?<![0-9０-９.．,，])' + re.escape(obj) + r'(?=[万亿])'
        m = re.search(pat, text)
        if m and not re.search(r'(?<![0-9０-９.．,，])' + re.escape(obj) + r'(?![0-9０-９.．,，万亿%％])', text):
            return obj + text[m.end()]
    return obj


# =====================================================================
#                               driver
# =====================================================================
def gen_records(seed):
    out = []
    for fam in ('totals', 'pct'):
        recs = []
        sts = STYLES[fam]
        for label in LABELS:
            cands = [s for s in sts if label in s[1]]
            tgt, k = TARGET[label], len(cands)
            for i, (name, labels, force, fn) in enumerate(cands):
                want = tgt // k + (1 if i < tgt % k else 0)
                rng = random.Random(zlib.crc32(('%s|%s|%s|%s' % (seed, fam, name, label)).encode('utf-8')))
                got = tries = 0
                seen = set()
                while got < want and tries < want * 80:
                    tries += 1
                    c = Ctx(rng, force)
                    o = fn(c, label)
                    if not o:
                        continue
                    text, checks, note = o
                    text = post(c, text)
                    checks = bind_units(text, checks)
                    if text in seen:
                        continue
                    lab, desc = verify_label(text, checks)
                    if lab != label:
                        continue
                    seen.add(text)
                    recs.append({'family': fam, 'style': name, 'label': label, 'text': text,
                                 'note': note + ' | ' + desc, 'checks': checks})
                    got += 1
                if got < want:
                    print('warning: %s/%s/%s only %d of %d' % (fam, name, label, got, want), file=sys.stderr)
        random.Random(zlib.crc32(('order|%s|%s' % (seed, fam)).encode())).shuffle(recs)
        out += recs
    res = []
    for i, rec in enumerate(out, 1):
        d = {'id': 'n%05d' % i}
        d.update(rec)
        res.append(d)
    return res


def verify_file(path):
    bad = 0
    n = 0
    ids = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            n += 1
            rec = json.loads(line)
            if rec['id'] in ids:
                print('duplicate id', rec['id'])
                bad += 1
            ids.add(rec['id'])
            lab, desc = verify_label(rec['text'], rec['checks'])
            ok = lab == rec['label']
            if rec['style'].startswith('malformed') != any(c['rel'] == 'malformed' for c in rec['checks']):
                ok = False
            if not ok:
                bad += 1
                print('MISMATCH %s %s/%s: stated %s, recomputed %s: %s' % (rec['id'], rec['family'], rec['style'], rec['label'], lab, desc))
    print('%d records checked, %d problems' % (n, bad))
    return bad == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--out', default='numbers5.jsonl')
    ap.add_argument('--verify', metavar='FILE')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify_file(a.verify) else 1)
    recs = gen_records(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    from collections import Counter
    cnt = Counter((r['family'], r['label']) for r in recs)
    for k in sorted(cnt):
        print(k[0], k[1], cnt[k], file=sys.stderr)
    print('styles:', {f: len(STYLES[f]) for f in STYLES}, file=sys.stderr)


if __name__ == '__main__':
    main()
