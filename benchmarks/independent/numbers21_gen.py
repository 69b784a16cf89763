#!/usr/bin/env python3
"""numbers21_gen.py - held-out test collection (families `totals` and `pct`) for an
arithmetic auditor of Chinese report text.  Python 3.11, standard library only.

  python3 numbers21_gen.py --seed N --out FILE      generate (deterministic per seed)
  python3 numbers21_gen.py --verify FILE [FILE...]  recompute every record's checks; exit 1 on problems
  python3 numbers21_gen.py --style-table FILE       Markdown table of styles (counts + one example)
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40

# ----------------------------------------------------------------------------------------------
# number formatting
# ----------------------------------------------------------------------------------------------
FWD = str.maketrans('0123456789', '０１２３４５６７８９')
CND = '零一二三四五六七八九'


def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def _group(s, sep):
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def cn_int(n, liang=False):
    """Chinese numerals for a non-negative integer < 1e12 (三十八, 一百零五, 两千三百, 一万零二十)."""
    n = int(n)
    if n == 0:
        return '零'

    def small(x, lead):  # 0 < x < 10000
        s = ''
        zero = False
        started = False
        for u, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d, x = divmod(x, u)
            if d == 0:
                if started:
                    zero = True
                continue
            if zero:
                s += '零'
                zero = False
            if d == 1 and u == 10 and not started and lead:
                s += '十'
            elif d == 2 and liang and u >= 1000 and not started:
                s += '两' + name
            else:
                s += CND[d] + name
            started = True
        return s

    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    names = ['', '万', '亿']
    out = ''
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            if out:
                need_zero = True
            continue
        lead = (out == '')
        if out and (g < 1000 or need_zero):
            out += '零'
        txt = small(g, lead)
        if liang and lead and g == 2 and i >= 1:
            txt = '两'
        out += txt + names[i]
        need_zero = False
    return out


def cn_dec(v):
    """Chinese numerals for a Decimal like 98.67 -> 九十八点六七."""
    s = format(D(v), 'f')
    if '.' in s:
        a, b = s.split('.')
        return cn_int(int(a)) + '点' + ''.join(CND[int(c)] for c in b)
    return cn_int(int(s))


def fmt(v, dec=0, mode='a'):
    """Surface of a number.  v: Decimal/int value; dec: decimals shown.
    modes: a ascii, f full-width digits, c ','-grouped, C '，'-grouped, s ' '-grouped, z Chinese numerals,
    l Chinese numerals with 两, p full-width point."""
    v = D(v)
    q = v.quantize(Decimal(1).scaleb(-dec)) if dec else v.quantize(Decimal(1))
    s = format(q, 'f')
    if mode in ('z', 'l'):
        if dec:
            return cn_dec(q)
        return cn_int(int(q), liang=(mode == 'l'))
    ip, _, fp = s.partition('.')
    if mode == 'c' and len(ip) > 3:
        ip = _group(ip, ',')
    elif mode == 'C' and len(ip) > 3:
        ip = _group(ip, '，')
    elif mode == 's' and len(ip) > 3:
        ip = _group(ip, ' ')
    out = ip + ('.' + fp if fp else '')
    if mode == 'f':
        out = out.translate(FWD)
    if mode == 'p':
        out = (ip + ('．' + fp if fp else '')).translate(FWD)
    return out


# ----------------------------------------------------------------------------------------------
# independent parser (used by --verify): surface -> Decimal
# ----------------------------------------------------------------------------------------------
CN_VAL = {c: i for i, c in enumerate(CND)}
CN_VAL['两'] = 2
CN_VAL['〇'] = 0


def parse_cn_int(s):
    total = 0
    section = 0
    digit = None
    for ch in s:
        if ch in CN_VAL:
            digit = CN_VAL[ch]
        elif ch in '十百千':
            unit = {'十': 10, '百': 100, '千': 1000}[ch]
            section += (1 if digit is None else digit) * unit
            digit = None
        elif ch == '万':
            section += digit or 0
            total += section * 10000
            section = 0
            digit = None
        elif ch == '亿':
            section += digit or 0
            total = (total + section) * 100000000
            section = 0
            digit = None
        else:
            raise ValueError('bad Chinese numeral %r' % s)
    section += digit or 0
    return total + section


def parse_num(s):
    t = s.translate(str.maketrans('０１２３４５６７８９．，', '0123456789.,'))
    if re.fullmatch(r'\d{1,3}([, ]\d{3})+(\.\d+)?|\d+(\.\d+)?', t):
        return Decimal(t.replace(',', '').replace(' ', ''))
    if re.fullmatch(r'[零〇一二两三四五六七八九十百千万亿]+(点[零一二三四五六七八九]+)?', s):
        a, _, b = s.partition('点')
        v = Decimal(parse_cn_int(a))
        if b:
            v += Decimal('0.' + ''.join(str(CN_VAL[c]) for c in b))
        return v
    raise ValueError('unparseable number surface %r' % s)


def rnd(v, dec):
    return D(v).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def is_tie(v, dec):
    """True value too close to a rounding boundary (x.xx5 exactly) -> avoided by the generator."""
    x = D(v) * (Decimal(10) ** dec)
    frac = x - int(x)
    return abs(frac - Decimal('0.5')) < Decimal('0.0005')


# ----------------------------------------------------------------------------------------------
# invented names, headers and context sentences
# ----------------------------------------------------------------------------------------------
SYL = list('青禾云岭临江北塘松溪白石桂湾金沙柳林枫桥梅凤栖南屏丰泽安宁长乐玉泉清河东坪龙潭鹤鸣望川新庄兴隆永和嘉秀峰砚湖杉塘茶亭樟')


def pname(r, n=2):
    s = ''
    while len(s) < n:
        c = r.choice(SYL)
        if c not in s:
            s += c
    return s


def county(r):
    return pname(r) + r.choice(['区', '县', '市'])


def town(r):
    return pname(r) + r.choice(['镇', '街道', '乡', '镇', '街道'])


def village(r):
    return pname(r) + r.choice(['村', '社区', '村', '居委会'])


def company(r):
    return pname(r) + r.choice(['恒泰', '瑞丰', '华越', '锦程', '中拓', '宏晟', '博远', '联创']) + r.choice(
        ['建材', '食品', '物流', '电子', '新能源', '纺织', '机械', '医药']) + r.choice(['有限公司', '股份有限公司', '有限责任公司'])


def year(r):
    return r.choice([2021, 2022, 2023, 2024])


CTX = [
    '召开专题推进会{a}次，研究解决具体问题。',
    '组织业务培训{a}场次，进一步提升工作人员业务能力。',
    '全年未发生重大安全责任事故。',
    '各项工作按照时间节点有序推进。',
    '下一步，将继续巩固提升工作成效，推动各项任务落实落细。',
    '开展联合督查{a}轮，发现的问题均已建立台账。',
    '累计走访群众{b}户，收集意见建议{a}条。',
    '群众满意度达{p}%。',
    '相关经验做法被市级简报刊发{a}期。',
    '截至{m}月底，各项指标总体平稳。',
    '建立健全工作机制{a}项，形成长效管理。',
    '坚持问题导向，压实工作责任。',
    '同时，积极争取上级资金支持。',
    '全年累计出动工作人员{b}人次。',
    '印发工作方案{a}份，明确责任分工。',
    '年内接受上级检查{a}次，均顺利通过。',
    '工作中还存在基础薄弱、人员不足等问题。',
    '新闻媒体刊发相关报道{a}篇。',
    '明年将重点抓好项目建设和民生保障。',
    '持续推进“放管服”改革，政务服务事项实现“一网通办”。',
]

HEADS = [
    '一、{y}年工作完成情况', '二、主要工作成效', '（一）{t}工作', '（二）{t}方面', '三、{t}', '（三）扎实推进{t}工作',
    '{c}{y}年{t}工作总结', '{w}{y}年上半年{t}工作情况汇报', '四、{t}稳步推进', '（四）{t}取得新进展', '{t}情况',
]


def ctx_line(r, pm, i=None):
    s = CTX[i] if i is not None else r.choice(CTX)
    s = s.format(a=r.randint(2, 19), b=r.randint(120, 3600), p=fmt(D(r.randint(900, 995)) / 10, 1),
                 m=r.randint(3, 11), y=year(r) + 1)
    return pm(s)


def head_line(r, topic):
    if topic.endswith('工作'):
        topic = topic[:-2]
    return r.choice(HEADS).format(y=year(r), t=topic, c=county(r), w=town(r))


def pm_full(s):
    return s


def pm_half(s):
    return s.replace('，', ',').replace('；', ';').replace('：', ':').replace('（', '(').replace('）', ')')


def assemble(r, topic, body, pm=pm_full, pre=(0, 2), post=(0, 2), head=0.6):
    """body: list of lines.  Adds header and context lines (max 8 lines in total)."""
    lines = []
    if r.random() < head:
        lines.append(head_line(r, topic))
    npre = r.randint(*pre)
    npost = r.randint(*post)
    used = set()

    def cl():
        for _ in range(40):
            i = r.randrange(len(CTX))
            if i not in used:
                used.add(i)
                return ctx_line(r, pm, i)
        return ctx_line(r, pm, i)

    def prose(x):
        return '|' not in x and '\u3000' not in x and not x.startswith(('表', '（', '(')) and ('，' in x or ',' in x)
    if npre and r.random() < 0.5 and prose(body[0]):
        # context in the same paragraph as the statement
        body = [cl() + body[0]] + body[1:]
        npre -= 1
    for _ in range(npre):
        lines.append(cl())
    lines.extend(body)
    if npost and r.random() < 0.5 and prose(body[-1]) and body[-1].endswith('。'):
        lines[-1] = lines[-1] + cl()
        body = body[:-1] + [lines[-1]]
        npost -= 1
    for _ in range(npost):
        lines.append(cl())
    while len(lines) > 8:
        for i, x in enumerate(lines):
            if x not in body:
                del lines[i]
                break
        else:
            break
    return '\n'.join(lines)


# ----------------------------------------------------------------------------------------------
# check items
# ----------------------------------------------------------------------------------------------
def it(v, dec=0, mode='a', x=None):
    """Return (surface, check item).  x = multiplier from the surface's unit to the check's common unit."""
    s = fmt(v, dec, mode)
    val = rnd(v, dec) * (D(x) if x else 1)
    d = {'s': s, 'v': format(val.normalize(), 'f')}
    if x:
        d['x'] = str(x)
    return s, d


def val(item):
    return D(item['v'])


def ck_sum(total, parts, **kw):
    h = sum((val(p) for p in parts), Decimal(0)) == val(total)
    return dict(rel='sum', total=total, parts=parts, holds=h, **kw)


def ck_diff(a, b, c, **kw):
    return dict(rel='difference', a=a, b=b, c=c, holds=val(a) - val(b) == val(c), **kw)


def ck_change(old, new, delta, up, **kw):
    d = val(new) - val(old)
    return dict(rel='change', old=old, new=new, delta=delta, dir='up' if up else 'down',
                holds=(d == val(delta) if up else -d == val(delta)), **kw)


def ck_bal(begin, plus, minus, end, **kw):
    v = val(begin) + sum((val(p) for p in plus), Decimal(0)) - sum((val(m) for m in minus), Decimal(0))
    return dict(rel='balance', begin=begin, plus=plus, minus=minus, end=end, holds=v == val(end), **kw)


def ck_prod(a, b, c, **kw):
    return dict(rel='product', a=a, b=b, c=c, holds=val(a) * val(b) == val(c), **kw)


def ck_count(stated, items, **kw):
    return dict(rel='count', stated=stated, items=items, holds=len(items) == val(stated), **kw)


def ck_rate(num, den, pct, dec, rest=None, **kw):
    n = val(den) - val(rest) if rest is not None else val(num)
    t = n / val(den) * 100
    d = dict(rel='rate', den=den, pct=pct, dec=dec, true=str(t.quantize(Decimal('0.0001'))),
             holds=rnd(t, dec) == val(pct), **kw)
    if rest is not None:
        d['rest'] = rest
    else:
        d['num'] = num
    return d


def ck_pchg(old, new, pct, dec, up, **kw):
    t = (val(new) - val(old)) / val(old) * 100
    h = rnd(abs(t), dec) == val(pct) and ((t > 0) == up)
    return dict(rel='pct_change', old=old, new=new, pct=pct, dec=dec, dir='up' if up else 'down',
                true=str(t.quantize(Decimal('0.0001'))), holds=h, **kw)


def ck_pp(old, new, delta, up, **kw):
    d = val(new) - val(old)
    return dict(rel='pp_change', old=old, new=new, delta=delta, dir='up' if up else 'down',
                holds=(d == val(delta) if up else -d == val(delta)), **kw)


def ck_shares(shares, dec, exhaustive, **kw):
    tot = sum((val(s) for s in shares), Decimal(0))
    tol = Decimal(len(shares)) * Decimal('0.5') * Decimal(1).scaleb(-dec)
    h = tot <= 100 + tol and (not exhaustive or tot >= 100 - tol)
    return dict(rel='share_sum', shares=shares, dec=dec, exhaustive=exhaustive, sum=str(tot), holds=h, **kw)


def ck_fmt(surface, ok):
    return dict(rel='pct_format', surface=surface, holds=ok)


def ck_none(why):
    return dict(rel='none', why=why)


# ----------------------------------------------------------------------------------------------
# verification (independent recomputation from the surfaces in the text)
# ----------------------------------------------------------------------------------------------
PCT_SIGNS = '%％'
NUMCH = '0123456789０１２３４５６７８９.．'


def malformed_pcts(text):
    """Return the list of percent signs in `text` that are not written as <digits>[.<digits>]% ."""
    bad = []
    for i, ch in enumerate(text):
        if ch not in PCT_SIGNS:
            continue
        j = i
        while j > 0 and text[j - 1] in NUMCH:
            j -= 1
        run = text[j:i].translate(str.maketrans('０１２３４５６７８９．', '0123456789.'))
        before = text[j - 1] if j > 0 else ''
        after = text[i + 1] if i + 1 < len(text) else ''
        ok = bool(re.fullmatch(r'\d+(\.\d+)?', run)) and not re.match(r'[A-Za-z]', before) \
            and not (after and after in PCT_SIGNS)
        if not ok:
            bad.append(text[max(0, i - 6):i + 2])
    return bad


DIG = '0123456789０１２３４５６７８９'
CNCH = '零〇一二两三四五六七八九十百千万亿点'


def occurs(s, text):
    """True if surface s occurs in text as a whole number (not part of a longer number)."""
    cn = s[0] in CNCH
    start = text.find(s)
    while start >= 0:
        b = text[start - 1] if start > 0 else ''
        e = start + len(s)
        a = text[e] if e < len(text) else ''
        a2 = text[e + 1] if e + 1 < len(text) else ''
        if cn:
            ok = b not in CNCH or not b
            ok = ok and (not a or a not in CNCH)
        else:
            grp = text[e + 1:e + 4]
            nxt = text[e + 4] if e + 4 < len(text) else ''
            ok = (not b or b not in DIG + '.．') and (not a or a not in DIG) and \
                not (a and a in '.．' and a2 and a2 in DIG) and \
                not (a and a in ',， ' and len(grp) == 3 and all(c in DIG for c in grp) and (not nxt or nxt not in DIG))
        if ok:
            return True
        start = text.find(s, start + 1)
    return False


def _decimals(surface):
    t = surface.translate(str.maketrans('．', '.'))
    if '点' in t:
        return len(t.split('点')[1])
    return len(t.split('.')[1]) if '.' in t else 0


def recompute(c, text, errs):
    def g(item):
        s = item['s']
        if not occurs(s, text):
            errs.append('surface %r not in text as a whole number' % s)
        try:
            v = parse_num(s) * D(item.get('x', '1'))
        except ValueError as e:
            errs.append(str(e))
            return D(item['v'])
        if v != D(item['v']):
            errs.append('surface %r parses to %s, check says %s' % (s, v, item['v']))
        return v
    rel = c['rel']
    if rel == 'sum':
        return sum((g(p) for p in c['parts']), Decimal(0)) == g(c['total'])
    if rel == 'difference':
        return g(c['a']) - g(c['b']) == g(c['c'])
    if rel == 'product':
        return g(c['a']) * g(c['b']) == g(c['c'])
    if rel == 'change':
        d = g(c['new']) - g(c['old'])
        return d == g(c['delta']) if c['dir'] == 'up' else -d == g(c['delta'])
    if rel == 'pp_change':
        d = g(c['new']) - g(c['old'])
        return d == g(c['delta']) if c['dir'] == 'up' else -d == g(c['delta'])
    if rel == 'balance':
        v = g(c['begin']) + sum((g(p) for p in c['plus']), Decimal(0)) - sum((g(m) for m in c['minus']), Decimal(0))
        return v == g(c['end'])
    if rel == 'count':
        for n in c['items']:
            if n not in text:
                errs.append('count item %r not in text' % n)
        return len(c['items']) == g(c['stated'])
    if rel == 'rate':
        dn = g(c['den'])
        n = dn - g(c['rest']) if 'rest' in c else g(c['num'])
        t = n / dn * 100
        p = g(c['pct'])
        dec = _decimals(c['pct']['s'])
        if dec != c['dec']:
            errs.append('rate decimals mismatch')
        if is_tie(t, dec):
            errs.append('rate on a rounding tie')
        return rnd(t, dec) == p
    if rel == 'pct_change':
        o, n = g(c['old']), g(c['new'])
        t = (n - o) / o * 100
        dec = _decimals(c['pct']['s'])
        if is_tie(abs(t), dec):
            errs.append('pct_change on a rounding tie')
        return rnd(abs(t), dec) == g(c['pct']) and ((t > 0) == (c['dir'] == 'up'))
    if rel == 'share_sum':
        vals = [g(s) for s in c['shares']]
        dec = max(_decimals(s['s']) for s in c['shares'])
        tot = sum(vals, Decimal(0))
        tol = Decimal(len(vals)) * Decimal('0.5') * Decimal(1).scaleb(-dec)
        return tot <= 100 + tol and (not c['exhaustive'] or tot >= 100 - tol)
    if rel == 'pct_format':
        if c['surface'] not in text:
            errs.append('format surface not in text')
        return not malformed_pcts(c['surface'])
    if rel == 'none':
        return True
    errs.append('unknown rel ' + rel)
    return True


def verify_record(rec):
    errs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            errs.append('missing ' + k)
    if errs:
        return errs
    text = rec['text']
    if rec['family'] not in ('totals', 'pct'):
        errs.append('bad family')
    if not re.fullmatch(r'[a-z0-9_]+', rec['style']):
        errs.append('bad style name')
    nl = len(text.split('\n'))
    if not 1 <= nl <= 8:
        errs.append('text has %d lines' % nl)
    if '\n' in rec['note']:
        errs.append('note not one line')
    fails = 0
    nones = 0
    fmtfail = 0
    for c in rec['checks']:
        h = recompute(c, text, errs)
        if h != c.get('holds', True):
            errs.append('check %s: stored holds=%s, recomputed %s' % (c['rel'], c.get('holds'), h))
        if c['rel'] == 'none':
            nones += 1
        elif not h:
            fails += 1
            fmtfail += c['rel'] == 'pct_format'
    bad = malformed_pcts(text)
    lab = rec['label']
    if lab == 'consistent':
        if fails or nones or not rec['checks']:
            errs.append('consistent record with %d failing / %d none checks' % (fails, nones))
    elif lab == 'inconsistent':
        if fails != 1:
            errs.append('inconsistent record with %d failing checks' % fails)
    elif lab == 'negative':
        if fails or not nones:
            errs.append('negative record with %d failing checks, %d none' % (fails, nones))
    else:
        errs.append('bad label')
    if bad and not fmtfail:
        errs.append('malformed percent in text: %r' % bad)
    if fmtfail and len(bad) > 2:
        errs.append('more than one malformed percent: %r' % bad)
    return errs


# ----------------------------------------------------------------------------------------------
# scenarios for wholes and parts: (topic, verb, noun, unit, categories, lo, hi, decimals, exhaustive)
# `exhaustive` = the category list is a complete partition when all are used.
# ----------------------------------------------------------------------------------------------
SCN = [
    ('生态环境执法', '查处', '环境违法案件', '起', ['水污染', '大气污染', '噪声污染', '固体废物污染', '辐射安全'], 2, 40, 0, False),
    ('安全生产', '排查', '安全隐患', '处', ['消防安全', '用电安全', '燃气安全', '特种设备', '建筑施工'], 8, 160, 0, False),
    ('信访维稳', '受理', '信访事项', '件', ['来信', '来访', '网上信访', '热线转办'], 5, 120, 0, True),
    ('审判执行', '受理', '各类案件', '件', ['刑事案件', '民事案件', '行政案件', '执行案件'], 40, 2600, 0, True),
    ('医疗服务', '开放', '床位', '张', ['内科', '外科', '妇产科', '儿科', '中医科', '重症医学科'], 12, 260, 0, False),
    ('教师培训', '培训', '教师', '人次', ['国家级', '省级', '市级', '县级', '校本'], 20, 900, 0, True),
    ('疫苗接种', '接种', '疫苗', '剂次', ['第一剂次', '第二剂次', '加强免疫'], 300, 28000, 0, True),
    ('全民健身', '新建', '健身场地', '个', ['篮球场', '笼式足球场', '健身路径', '门球场', '乒乓球场地'], 2, 45, 0, False),
    ('文化惠民', '开展', '文化惠民演出', '场', ['戏曲', '歌舞', '曲艺', '公益电影放映'], 6, 220, 0, False),
    ('餐饮住宿', '检查', '餐饮住宿单位', '家', ['大型餐馆', '中小餐馆', '集体食堂', '宾馆酒店'], 10, 420, 0, False),
    ('新能源汽车', '建成', '充电桩', '个', ['公共充电桩', '专用充电桩', '居民自用充电桩'], 30, 2400, 0, True),
    ('供水保障', '新建改造', '供水管网', '公里', ['主干管', '配水支管', '入户管'], 2, 90, 1, True),
    ('污水处理', '处理', '污水', '万吨', ['城区污水处理厂', '工业园区污水处理厂', '乡镇污水处理站'], 10, 900, 2, True),
    ('垃圾分类', '收运', '生活垃圾', '吨', ['可回收物', '厨余垃圾', '有害垃圾', '其他垃圾'], 3, 9000, 0, True),
    ('园林绿化', '新增', '绿地', '公顷', ['公园绿地', '防护绿地', '附属绿地', '广场用地'], 1, 80, 2, False),
    ('道路交通', '查处', '交通违法行为', '起', ['超速行驶', '酒驾醉驾', '闯红灯', '不按规定让行', '违法停车'], 30, 5200, 0, False),
    ('户籍管理', '办理', '户籍业务', '件', ['出生登记', '迁入登记', '迁出登记', '死亡注销'], 20, 1800, 0, False),
    ('婚姻登记', '办理', '婚姻登记', '对', ['结婚登记', '离婚登记', '补领婚姻登记证'], 15, 1600, 0, True),
    ('社会救助', '实施', '临时救助', '人次', ['支出型', '急难型', '外来人员'], 5, 400, 0, True),
    ('残疾人服务', '办理', '第二代残疾人证', '本', ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾'], 3, 260, 0, True),
    ('财政支出', '完成', '一般公共预算支出', '万元', ['教育', '社会保障和就业', '卫生健康', '农林水', '城乡社区'], 300, 26000, 2, False),
    ('项目建设', '实施', '重点项目', '个', ['产业项目', '基础设施项目', '社会民生项目', '生态环保项目'], 2, 30, 0, True),
    ('农业生产', '流转', '土地', '亩', ['水稻种植', '蔬菜基地', '特色果园', '中药材种植'], 30, 4200, 0, False),
    ('市场主体', '新增', '市场主体', '户', ['企业', '个体工商户', '农民专业合作社'], 10, 3000, 0, True),
    ('审计监督', '查出', '违规问题金额', '万元', ['违规使用资金', '损失浪费', '管理不规范'], 5, 3200, 2, False),
    ('旅游发展', '接待', '游客', '万人次', ['国内游客', '入境游客'], 1, 900, 2, True),
    ('就业创业', '新增', '城镇就业', '人', ['高校毕业生', '退役军人', '就业困难人员', '其他人员'], 20, 4800, 0, True),
    ('学前教育', '新增', '学位', '个', ['公办幼儿园', '普惠性民办幼儿园'], 60, 2400, 0, True),
    ('食品安全', '抽检', '食品', '批次', ['粮食加工品', '食用农产品', '餐饮食品', '乳制品', '饮料'], 20, 900, 0, False),
    ('消防救援', '接处警', '出动', '起', ['火灾扑救', '抢险救援', '社会救助'], 20, 1600, 0, True),
    ('检察工作', '受理', '审查起诉案件', '件', ['危险驾驶', '盗窃', '诈骗', '帮助信息网络犯罪活动'], 6, 320, 0, False),
    ('公共文化', '举办', '公益培训讲座', '期', ['书法', '非遗技艺', '少儿阅读', '老年智能手机'], 3, 80, 0, False),
]


def scn(r, need_exh=False, max_dec=2, min_k=2):
    pool = [s for s in SCN if (s[8] or not need_exh) and s[7] <= max_dec and len(s[4]) >= min_k]
    return r.choice(pool)


def rand_val(r, lo, hi, dec):
    q = 10 ** dec
    return D(r.randint(lo * q, hi * q)) / q


def mk_parts(r, k, lo, hi, dec):
    vals = []
    while len(vals) < k:
        v = rand_val(r, lo, hi, dec)
        if v > 0 and v not in vals:
            vals.append(v)
    return vals


def bump(r, v, dec, up=None):
    """A wrong value close to v (typo-like or a few units off).  up=True/False forces the direction."""
    ulp = Decimal(1).scaleb(-dec)
    for _ in range(100):
        kind = r.random()
        if kind < 0.45:
            s = format(rnd(v, dec), 'f')
            pos = [i for i, ch in enumerate(s) if ch.isdigit()]
            i = r.choice(pos[-3:] if len(pos) > 2 else pos)
            nd = str(r.choice([d for d in range(10) if str(d) != s[i]]))
            if i == pos[0] and nd == '0' and len(pos) > 1:
                continue
            w = D(s[:i] + nd + s[i + 1:])
        elif kind < 0.8:
            w = v + ulp * r.choice([1, 2, 3, 5, 10, -1, -2, -3, -5, -10])
        else:
            w = v + r.choice([-1, 1]) * rnd(abs(v) * D(r.uniform(0.05, 0.3)), dec)
        w = rnd(w, dec)
        if w <= 0 or w == v:
            continue
        if up is True and w < v:
            continue
        if up is False and w > v:
            continue
        return w
    return v + ulp if up is not False else v - ulp


def make_sum(r, k, lo, hi, dec, label, under_ok=True):
    """Return (total, parts, wrong_index or None).  wrong index -1 = the total is wrong."""
    parts = mk_parts(r, k, lo, hi, dec)
    total = sum(parts, Decimal(0))
    if label != 'inconsistent':
        return total, parts, None
    if r.random() < 0.3:
        # the total is wrong
        nt = bump(r, total, dec, up=None if under_ok else False)
        return nt, parts, -1
    i = r.randrange(k)
    parts = list(parts)
    parts[i] = bump(r, parts[i], dec, up=None if under_ok else True)
    return total, parts, i


# ----------------------------------------------------------------------------------------------
# notes
# ----------------------------------------------------------------------------------------------
def _s(i):
    return i['s']


def desc(c):
    rel = c['rel']
    ok = 'holds' if c.get('holds', True) else 'FAILS'
    if rel == 'sum':
        return 'sum %s = %s vs stated %s: %s' % ('+'.join(_s(p) for p in c['parts']),
                                                 format(sum(val(p) for p in c['parts']), 'f'), _s(c['total']), ok)
    if rel == 'difference':
        return 'difference %s - %s = %s vs stated %s: %s' % (_s(c['a']), _s(c['b']), format(val(c['a']) - val(c['b']), 'f'),
                                                            _s(c['c']), ok)
    if rel == 'balance':
        return 'balance %s +(%s) -(%s) vs stated %s: %s' % (_s(c['begin']), '+'.join(_s(p) for p in c['plus']),
                                                          '+'.join(_s(p) for p in c['minus']), _s(c['end']), ok)
    if rel == 'product':
        return 'product %s x %s = %s vs stated %s: %s' % (_s(c['a']), _s(c['b']), format(val(c['a']) * val(c['b']), 'f'),
                                                        _s(c['c']), ok)
    if rel == 'change':
        return 'change %s -> %s = %s vs stated %s %s: %s' % (_s(c['old']), _s(c['new']), format(val(c['new']) - val(c['old']), 'f'),
                                                            c['dir'], _s(c['delta']), ok)
    if rel == 'pp_change':
        return 'percentage-point change %s -> %s vs stated %s %s: %s' % (_s(c['old']), _s(c['new']), c['dir'], _s(c['delta']), ok)
    if rel == 'count':
        return 'count of listed items %d vs stated %s: %s' % (len(c['items']), _s(c['stated']), ok)
    if rel == 'rate' and 'rest' in c:
        return 'rate (%s-%s)/%s = %s%% vs stated %s%% (%d decimals, half-up): %s' % (_s(c['den']), _s(c['rest']), _s(c['den']),
                                                                                   c['true'], _s(c['pct']), c['dec'], ok)
    if rel == 'rate':
        return 'rate %s/%s = %s%% vs stated %s%% (%d decimals, half-up): %s' % (_s(c['num']), _s(c['den']), c['true'],
                                                                              _s(c['pct']), c['dec'], ok)
    if rel == 'pct_change':
        return 'change %s -> %s = %s%% vs stated %s %s%%: %s' % (_s(c['old']), _s(c['new']), c['true'], c['dir'], _s(c['pct']), ok)
    if rel == 'share_sum':
        return 'shares of one whole sum to %s%% (%s): %s' % (c['sum'], 'exhaustive, must be 100' if c['exhaustive'] else 'must be <= 100', ok)
    if rel == 'pct_format':
        return 'percentage written %r: %s' % (c['surface'], 'well-formed' if c['holds'] else 'MALFORMED')
    if rel == 'none':
        return 'not checkable: ' + c['why']
    return rel


def mknote(label, checks, extra=''):
    if label == 'inconsistent':
        bad = [c for c in checks if c['rel'] != 'none' and not c['holds']]
        head = 'inconsistent - ' + desc(bad[0])
        rest = [desc(c) for c in checks if c not in bad]
        s = head + ('; other checks hold (%s)' % '; '.join(rest) if rest else '')
    elif label == 'consistent':
        s = 'consistent - ' + '; '.join(desc(c) for c in checks)
    else:
        s = 'negative - ' + '; '.join(desc(c) for c in checks)
    return (s + ('. ' + extra if extra else '')).replace('\n', ' ')


# ----------------------------------------------------------------------------------------------
# family `totals`
# ----------------------------------------------------------------------------------------------
def U(u):
    return u


def setup_sum(r, label, need_exh=False, max_dec=2, kmin=2, kmax=5, mode='a', under=None, allcats=False, big=False):
    for _ in range(200):
        s = scn(r, need_exh, max_dec, kmin)
        topic, verb, noun, u, cats, lo, hi, dec, exh = s
        if mode in ('z', 'l') and (dec or hi > 3000):
            continue
        if big and hi < 1000:
            continue
        break
    if big:
        lo = max(lo, 300)
    if exh and (allcats or r.random() < 0.6):
        cs = list(cats)
    else:
        k = r.randint(min(kmin, len(cats)), min(kmax, len(cats)))
        cs = r.sample(cats, k)
    full = exh and len(cs) == len(cats)
    under_ok = full if under is None else under
    T, parts, wi = make_sum(r, len(cs), lo, hi, dec, label, under_ok)
    ts, ti = it(T, dec, mode)
    ps = [it(p, dec, mode) for p in parts]
    return dict(topic=topic, verb=verb, noun=noun, u=u, cats=cs, dec=dec, T=T, parts=parts, ts=ts, ti=ti,
                ps=[p[0] for p in ps], pi=[p[1] for p in ps], full=full, under_ok=under_ok, mode=mode)


def lead(r):
    return r.choice(['今年以来，', '全年', '{y}年，'.format(y=year(r)), '1—{m}月，'.format(m=r.randint(6, 11)),
                     '截至目前，', '报告期内，', '{t}'.format(t=town(r)), '全{c}'.format(c=r.choice(['区', '县', '市'])), ''])


def joinp(items, sep='、', last=None):
    if last and len(items) > 1:
        return sep.join(items[:-1]) + last + items[-1]
    return sep.join(items)


def fin(r, label, q, body, checks, extra='', pm=pm_full, **kw):
    text = assemble(r, q['topic'] if isinstance(q, dict) else q, [pm(b) for b in body], pm=pm, **kw)
    return text, mknote(label, checks, extra), checks


def T_qizhong(r, label, var):
    mode = {'fullwidth': 'f', 'cn_numeral': 'z', 'thousands': 'c', 'thousands_space': 's'}.get(var, 'a')
    q = setup_sum(r, label, mode=mode, max_dec=(0 if var in ('cn_numeral',) else 2),
                  big=var in ('thousands', 'thousands_space'))
    u = q['u']
    parts = [c + p + u for c, p in zip(q['cats'], q['ps'])]
    pm = pm_full
    if var == 'semicolon':
        tail = '其中：' + '；'.join(parts) + '。'
    elif var == 'num_first':
        parts = [p + u + r.choice(['涉及', '属于', '为']) + c for c, p in zip(q['cats'], q['ps'])]
        tail = '其中' + '，'.join(parts) + '。'
    elif var == 'halfwidth':
        tail = '其中' + '、'.join(parts) + '。'
        pm = pm_half
    elif var == 'decimal':
        tail = '其中' + joinp(parts, '、', r.choice(['、', '和', '及'])) + '。'
    else:
        tail = '其中' + joinp(parts, '、', r.choice(['、', '、', '和'])) + '。'
    if var == 'decimal' and not q['dec']:
        pass
    body = '{l}共{v}{n}{t}{u}，{tail}'.format(l=lead(r), v=q['verb'], n=q['noun'], t=q['ts'], u=u, tail=tail)
    ck = [ck_sum(q['ti'], q['pi'])]
    ex = 'categories exhaustive, so an under-sum is an error' if q['full'] else \
        ('inconsistent only with parts over the whole (其中 may list a subset)' if label == 'inconsistent' else '')
    return fin(r, label, q, [body], ck, ex, pm=pm)


def T_qizhong_decimal(r, label, var):
    for _ in range(100):
        q = setup_sum(r, label)
        if q['dec']:
            break
    u = q['u']
    parts = [c + p + u for c, p in zip(q['cats'], q['ps'])]
    body = '{l}共{v}{n}{t}{u}，其中{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=q['ts'], u=u,
                                              p=joinp(parts, '，' if var == 'comma' else '、', None))
    ck = [ck_sum(q['ti'], q['pi'])]
    return fin(r, label, q, [body], ck, 'decimal parts must add exactly')


def T_fenbie(r, label, var):
    mode = {'fullwidth': 'f', 'cn_numeral': 'z'}.get(var, 'a')
    under = None if var == 'gong_before' else True
    q = setup_sum(r, label, mode=mode, max_dec=0 if mode == 'z' else 2, under=under)
    u = q['u']
    cats = '、'.join(q['cats'])
    noun = q['noun']
    if any(c.endswith(noun[-2:]) or noun in c for c in q['cats']):
        noun = ''
    if var == 'units_each':
        vals = joinp([p + u for p in q['ps']], '、', '和')
    elif var == 'units_last':
        vals = '、'.join(q['ps']) + u
    else:
        vals = '、'.join(p + u for p in q['ps'])
    if var == 'gong_before':
        body = '{l}共{v}{n}{t}{u}，{c}分别为{vals}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=q['ts'], u=u, c=cats, vals=vals)
    else:
        w = r.choice(['合计', '共计', '总计', '累计'])
        body = '{l}{c}{n}分别为{vals}，{w}{t}{u}。'.format(l=lead(r), c=cats, n=noun, vals=vals, w=w, t=q['ts'], u=u)
    return fin(r, label, q, [body], [ck_sum(q['ti'], q['pi'])], '分别为 list with a stated whole')


def T_baokuo(r, label, var):
    q = setup_sum(r, label, under=True if var == 'by_type' else None)
    u = q['u']
    parts = [c + p + u for c, p in zip(q['cats'], q['ps'])]
    if var == 'paren':
        body = '{l}共{v}{n}{t}{u}（包括{p}）。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=q['ts'], u=u, p='、'.join(parts))
    elif var == 'colon':
        body = '{l}{v}{n}共{t}{u}，包括：{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=q['ts'], u=u, p='；'.join(parts))
    else:
        body = '{l}{v}{n}，按类型分，{p}，总计{t}{u}。'.format(l=lead(r), v=q['verb'], n=q['noun'], p='，'.join(parts), t=q['ts'], u=u)
    return fin(r, label, q, [body], [ck_sum(q['ti'], q['pi'])])


def T_after(r, label, var):
    q = setup_sum(r, label, under=True, mode='f' if var == 'fullwidth' else 'a')
    u = q['u']
    parts = [c + p + u for c, p in zip(q['cats'], q['ps'])]
    if var == 'gongji':
        body = ['{l}{v}{n}：{p}，共计{t}{u}。'.format(l=lead(r), v=q['verb'], n=q['noun'], p='、'.join(parts), t=q['ts'], u=u)]
    elif var == 'yishang':
        body = ['{l}{v}{p}。'.format(l=lead(r), v=q['verb'], p='，'.join(parts)),
                '以上{w}{n}{t}{u}。'.format(w=r.choice(['合计', '共计']), n=q['noun'], t=q['ts'], u=u)]
    elif var == 'fangmian':
        s = '。'.join('{c}方面，{v}{p}{u}'.format(c=c, v=q['verb'], p=p, u=u) for c, p in zip(q['cats'], q['ps']))
        body = [s + '。', '全年{w}{v}{n}{t}{u}。'.format(w=r.choice(['共', '累计共', '合计']), v=q['verb'], n=q['noun'], t=q['ts'], u=u)]
    else:  # fullwidth
        body = ['{l}{p}，合计{t}{u}。'.format(l=lead(r), p='、'.join(parts), t=q['ts'], u=u)]
    return fin(r, label, q, body, [ck_sum(q['ti'], q['pi'])], 'whole stated after its parts', post=(0, 1))


def T_table(r, label, var):
    q = setup_sum(r, label, under=True, kmax=5, mode='C' if var == 'space_cols' and r.random() < 0.3 else 'a')
    u = q['u']
    title = '表{n}  {t}{n2}情况统计'.format(n=r.randint(1, 6), t=q['topic'], n2='' if r.random() < 0.5 else '分类')
    rows = list(zip(q['cats'], q['ps']))
    checks = [ck_sum(q['ti'], q['pi'])]
    if var == 'pipe':
        lines = ['类别|{n}（{u}）'.format(n=q['noun'], u=u)] + ['%s|%s' % x for x in rows] + ['合计|' + q['ts']]
    elif var == 'colon_lines':
        lines = ['%s：%s%s' % (c, p, u) for c, p in rows] + ['合计：%s%s' % (q['ts'], u)]
    elif var == 'space_cols':
        lines = ['项目　　　数量（%s）' % u] + ['%s　　　%s' % x for x in rows] + ['合计　　　' + q['ts']]
    elif var == 'remark':
        rem = ['已全部办结', '较上年增加', '较上年减少', '持续推进', '—', '含跨区协办', '按季度统计']
        lines = ['类别|{u}|备注'.format(u=u)] + ['%s|%s|%s' % (c, p, r.choice(rem)) for c, p in rows] + ['合计|%s|' % q['ts']]
    else:  # total_first
        lines = ['类别|数量（%s）' % u, '合计|' + q['ts']] + ['%s|%s' % x for x in rows]
    body = [title] + lines
    return fin(r, label, q, body, checks, 'flattened table with a 合计 row', pre=(0, 1), post=(0, 1), head=0.3)


def T_halfyear(r, label, var):
    topic = r.choice(['经济运行', '重点指标', '民生实事', '招商引资'])
    inds = r.sample([('新增城镇就业', '人', 0, 300, 2600), ('招商引资到位资金', '亿元', 2, 1, 40),
                     ('固定资产投资', '亿元', 2, 2, 60), ('规上工业增加值', '亿元', 2, 1, 30),
                     ('培训农民工', '人次', 0, 100, 1800), ('新增市场主体', '户', 0, 80, 1500),
                     ('改造老旧小区', '个', 0, 2, 30), ('新建充电桩', '个', 0, 20, 600),
                     ('接待游客', '万人次', 1, 3, 300), ('社会消费品零售总额', '亿元', 2, 3, 90)], r.randint(2, 4))
    wrong = r.randrange(len(inds)) if label == 'inconsistent' else -1
    checks = []
    lines = []
    for k, (name, u, dec, lo, hi) in enumerate(inds):
        a, b = rand_val(r, lo, hi, dec), rand_val(r, lo, hi, dec)
        t = a + b
        if k == wrong:
            if r.random() < 0.4:
                t = bump(r, t, dec)
            elif r.random() < 0.5:
                a = bump(r, a, dec)
            else:
                b = bump(r, b, dec)
        (sa, ia), (sb, ib), (st, itt) = it(a, dec), it(b, dec), it(t, dec)
        checks.append(ck_sum(itt, [ia, ib]))
        if var == 'pipe':
            lines.append('%s（%s）|%s|%s|%s' % (name, u, sa, sb, st))
        else:
            lines.append('{n}：上半年{a}{u}，下半年{b}{u}，全年{t}{u}。'.format(n=name, a=sa, b=sb, t=st, u=u))
    if var == 'pipe':
        lines.insert(0, '指标|上半年|下半年|全年')
    else:
        lines = [''.join(lines)] if r.random() < 0.5 else lines
    return fin(r, label, topic, lines, checks, 'each row: first half + second half = year', pre=(0, 1), post=(0, 1))


def T_quota(r, label, var):
    topic = r.choice(['任务分解', '指标下达', '目标任务'])
    what, u, lo, hi = r.choice([('城乡居民医保参保任务', '人', 800, 9000), ('农村改厕任务', '户', 20, 400),
                                ('造林绿化任务', '亩', 50, 1200), ('征兵任务', '名', 3, 30), ('消费帮扶任务', '万元', 10, 300),
                                ('公益性岗位', '个', 5, 60), ('适龄女孩HPV疫苗接种任务', '人', 80, 900)])
    k = r.randint(3, 6)
    names = []
    while len(names) < k:
        n = town(r)
        if n not in names:
            names.append(n)
    T, parts, wi = make_sum(r, k, lo, hi, 0, label, True)
    ts, ti = it(T)
    ps = [it(p) for p in parts]
    ck = [ck_sum(ti, [p[1] for p in ps])]
    c = county(r)
    if var == 'table':
        body = ['{c}{w}分解表'.format(c=c, w=what), '镇（街道）|任务数（{u}）'.format(u=u)] + \
               ['%s|%s' % (n, p[0]) for n, p in zip(names, ps)] + ['全{x}|{t}'.format(x=c[-1], t=ts)]
    else:
        body = ['{y}年，上级下达我{x}{w}{t}{u}，已分解到各镇（街道）：{p}。'.format(
            y=year(r), x=c[-1], w=what, t=ts, u=u, p='，'.join('%s%s%s' % (n, p[0], u) for n, p in zip(names, ps)))]
    return fin(r, label, topic, body, ck, 'quota split by district must add up to the quota', pre=(0, 1), post=(0, 1))


ITEMS = ['老旧小区改造', '雨污分流管网建设', '农贸市场提升', '背街小巷整治', '口袋公园建设', '公共停车场建设', '中小学校扩容',
         '社区卫生服务中心改造', '养老服务驿站建设', '城乡供水一体化', '农村公路提档升级', '智慧社区建设', '全民健身中心建设',
         '垃圾分类示范小区创建', '残疾人康复中心建设', '充电基础设施建设', '乡镇污水处理设施提标', '城市书房建设']


def T_items(r, label, var):
    k = r.randint(3, 7)
    its = r.sample(ITEMS, k)
    stated = k if label != 'inconsistent' else k + r.choice([-1, 1, 1, 2])
    sm = r.choice(['a', 'z', 'z'])
    ss, si = it(stated, 0, sm)
    unit = r.choice(['项', '件', '个方面'])
    topic = '民生实事'
    intro = '{y}年，{c}确定{k}{u}民生实事'.format(y=year(r), c=county(r), k=ss, u=unit)
    if var == 'yishi':
        mk = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是']
        body = [intro + '：' + '；'.join('%s%s' % (mk[i], x) for i, x in enumerate(its)) + '。']
    elif var == 'paren_num':
        body = [intro + '，具体为：'] + ['（%d）%s；' % (i + 1, x) for i, x in enumerate(its)]
        body[-1] = body[-1][:-1] + '。'
    elif var == 'circled':
        cc = '①②③④⑤⑥⑦⑧⑨'
        body = [intro + '：' + ''.join('%s%s；' % (cc[i], x) for i, x in enumerate(its))[:-1] + '。']
    else:  # arabic_lines
        body = [intro + '，分别是：'] + ['%d.%s' % (i + 1, x) for i, x in enumerate(its)]
    if len(body) > 8:
        body = body[:8]
    ck = [ck_count(si, its)]
    return fin(r, label, topic, body, ck, 'count of numbered items must equal the stated number', pre=(0, 0), post=(0, 1), head=0.3)


def T_names_count(r, label, var):
    k = r.randint(3, 8)
    names = []
    while len(names) < k:
        n = village(r) if var == 'villages' else (pname(r) + r.choice(['小学', '中学', '幼儿园']))
        if n not in names and not any(n in x or x in n for x in names):
            names.append(n)
    stated = k if label != 'inconsistent' else k + r.choice([-1, 1, 2])
    ss, si = it(stated, 0, r.choice(['a', 'z']))
    if var == 'villages':
        body = ['{y}年，{t}在{k}个村（社区）开展人居环境整治试点，分别是{n}。'.format(y=year(r), t=town(r), k=ss, n='、'.join(names))]
        topic = '人居环境整治'
    else:
        body = ['{c}确定{k}所学校为智慧校园建设试点校：{n}。'.format(c=county(r), k=ss, n='、'.join(names))]
        topic = '教育信息化'
    return fin(r, label, topic, body, [ck_count(si, names)], 'number of listed names must equal the stated count')


def T_diff(r, label, var):
    topic = r.choice(['财务收支', '资金管理', '村级财务'])
    who = r.choice(['村集体', '工会经费', '食堂', '党费', '专项资金', '合作社', '社区公益金'])
    dec = r.choice([0, 2, 2])
    a = rand_val(r, 20, 900, dec)
    b = rand_val(r, 10, int(a) if int(a) > 10 else 11, dec)
    if b >= a:
        b = a - 1
    c = a - b
    if label == 'inconsistent':
        which = r.choice('abc')
        if which == 'a':
            a = bump(r, a, dec)
        elif which == 'b':
            b = bump(r, b, dec)
        else:
            c = bump(r, c, dec)
    (sa, ia), (sb, ib), (sc, ic) = it(a, dec), it(b, dec), it(c, dec)
    u = '万元'
    if var == 'income_expense':
        body = ['{y}年{w}收入{a}{u}，支出{b}{u}，{j}{c}{u}。'.format(y=year(r), w=who, a=sa, b=sb, c=sc, u=u, j=r.choice(['结余', '收支结余', '年末结余']))]
    elif var == 'balance_first':
        body = ['{w}年末结余{c}{u}，系全年收入{a}{u}扣除支出{b}{u}后形成。'.format(w=who, a=sa, b=sb, c=sc, u=u)]
    else:  # table
        body = ['项目|金额（万元）', '本年收入|' + sa, '本年支出|' + sb, '收支结余|' + sc]
    return fin(r, label, topic, body, [ck_diff(ia, ib, ic)], 'income - expenditure = balance')


def T_balance(r, label, var):
    if var == 'lowincome':
        topic = '社会救助'
        b, p, m = r.randint(80, 2400), r.randint(5, 120), r.randint(5, 120)
        names = ('年初在册低保户', '新增纳入', '退出保障', '年末在册', '户')
    elif var == 'hukou':
        topic = '户籍人口'
        b, p, m = r.randint(8000, 90000), r.randint(50, 900), r.randint(50, 900)
        names = ('年初户籍人口', '出生和迁入', '死亡和迁出', '年末户籍人口', '人')
    else:
        topic = '市场主体'
        b, p, m = r.randint(300, 9000), r.randint(30, 900), r.randint(10, 400)
        names = ('年初实有企业', '新设立', '注销', '年末实有企业', '户')
    e = b + p - m
    if label == 'inconsistent':
        w = r.choice(['b', 'p', 'm', 'e', 'e'])
        if w == 'b':
            b = int(bump(r, D(b), 0))
        elif w == 'p':
            p = int(bump(r, D(p), 0))
        elif w == 'm':
            m = int(bump(r, D(m), 0))
        else:
            e = int(bump(r, D(e), 0))
    mode = r.choice(['a', 'a', 'c'])
    (sb, ib), (sp, ip), (sm, im), (se, ie) = it(b, 0, mode), it(p, 0, mode), it(m, 0, mode), it(e, 0, mode)
    u = names[4]
    body = ['{a}{sb}{u}，全年{b}{sp}{u}，{c}{sm}{u}，{d}{se}{u}。'.format(a=names[0], b=names[1], c=names[2], d=names[3],
                                                                   sb=sb, sp=sp, sm=sm, se=se, u=u)]
    return fin(r, label, topic, body, [ck_bal(ib, [ip], [im], ie)], 'stock at start + inflow - outflow = stock at end')


def T_natural(r, label, var):
    topic = '人口发展'
    if var == 'births':
        a, b = r.randint(200, 3000), r.randint(150, 2800)
        wa, wb, wc = '出生人口', '死亡人口', '自然增长' if a > b else '自然减少'
    else:
        a, b = r.randint(300, 6000), r.randint(200, 5000)
        wa, wb, wc = '迁入', '迁出', '净迁入' if a > b else '净迁出'
    if a == b:
        a += 7
    big, small = max(a, b), min(a, b)
    c = big - small
    if label == 'inconsistent':
        c = int(bump(r, D(c), 0))
    m = r.choice(['a', 'a', 'z'])
    (sa, ia), (sb, ib), (sc, ic) = it(a, 0, m), it(b, 0, m), it(c, 0, m)
    body = ['{y}年全{x}{wa}{sa}人，{wb}{sb}人，{wc}{sc}人。'.format(y=year(r), x=r.choice('区县市镇'), wa=wa, wb=wb, wc=wc, sa=sa, sb=sb, sc=sc)]
    if a > b:
        ck = ck_diff(ia, ib, ic)
    else:
        ck = ck_diff(ib, ia, ic)
    return fin(r, label, topic, body, [ck], 'difference of two flows')


CHG = [('养老机构床位', '张', 200, 3000), ('城市公园', '个', 5, 80), ('公共充电桩', '个', 100, 5000), ('家庭医生签约团队', '个', 10, 200),
       ('登记在册志愿者', '人', 500, 30000), ('农村电商服务站点', '个', 10, 300), ('A级旅游景区', '家', 3, 40),
       ('星级农家乐', '家', 10, 200), ('中小学专任教师', '人', 400, 8000), ('注册运动员', '人', 50, 1500),
       ('城市书房', '座', 2, 40), ('特困供养人员', '人', 50, 900), ('持证残疾人', '人', 500, 12000)]


def T_change(r, label, var):
    name, u, lo, hi = r.choice(CHG)
    up = var not in ('decrease',) and (var != 'net' or r.random() < 0.8)
    if var == 'cn_numeral':
        hi = min(hi, 3000)
    a = r.randint(lo, hi)
    d = r.randint(max(1, lo // 5), max(2, hi // 4))
    if not up and d >= a:
        d = a // 3 + 1
    b = a + d if up else a - d
    if label == 'inconsistent':
        w = r.choice(['a', 'b', 'd', 'd'])
        if w == 'a':
            a = int(bump(r, D(a), 0))
        elif w == 'b':
            b = int(bump(r, D(b), 0))
        else:
            d = int(bump(r, D(d), 0))
    m = 'z' if var == 'cn_numeral' else r.choice(['a', 'a', 'c'])
    (sa, ia), (sb, ib), (sd, idd) = it(a, 0, m), it(b, 0, m), it(d, 0, m)
    if var == 'increase':
        body = '全{x}{n}由{a}{u}增加到{b}{u}，增加{d}{u}。'.format(x=r.choice('区县市'), n=name, a=sa, b=sb, d=sd, u=u)
    elif var == 'decrease':
        body = '{n}从上年的{a}{u}减少至{b}{u}，减少{d}{u}。'.format(n=name, a=sa, b=sb, d=sd, u=u)
    elif var == 'vs_last_year':
        body = '年末全{x}共有{n}{b}{u}，较上年末的{a}{u}{w}{d}{u}。'.format(x=r.choice('区县市'), n=name, a=sa, b=sb, d=sd, u=u,
                                                                  w='增加' if up else '减少')
    elif var == 'net':
        body = '{n}{w}{d}{u}，总数由{a}{u}{w2}{b}{u}。'.format(n=name, w='净增' if up else '净减', d=sd, u=u, a=sa, b=sb,
                                                        w2='增至' if up else '降至')
    else:
        body = '{n}由{a}{u}增加到{b}{u}，增加了{d}{u}。'.format(n=name, a=sa, b=sb, d=sd, u=u)
    topic = r.choice(['社会事业', '公共服务', '基本情况'])
    return fin(r, label, topic, [body], [ck_change(ia, ib, idd, up)], 'stated change must equal new - old')


def T_product(r, label, var):
    topic = r.choice(['惠民政策落实', '资金发放', '政府采购'])
    if var == 'per_person':
        n, p = r.randint(8, 900), r.choice([50, 80, 100, 120, 150, 200, 300, 500, 600, 800, 1000, 1200])
        who = r.choice(['高龄老人', '困难残疾人', '优抚对象', '环卫工人', '孤儿和事实无人抚养儿童'])
        c = n * p
        if label == 'inconsistent':
            c = int(bump(r, D(c), 0))
        (sn, i_n), (sp, ip), (sc, ic) = it(n), it(p), it(c, 0, r.choice(['a', 'c']))
        body = ['为{n}名{w}每人发放{k}{p}元，共计发放{c}元。'.format(n=sn, w=who, k=r.choice(['慰问金', '补贴', '节日慰问金']), p=sp, c=sc)]
        ck = ck_prod(i_n, ip, ic)
    elif var == 'unit_price':
        n = r.randint(2, 60)
        p = D(r.randint(5, 900)) / 100
        thing = r.choice(['电动清扫车', '自动体外除颤器（AED）', '智能垃圾分类箱', '多功能护理床', '户外健身器材', '移动式净水设备'])
        c = n * p
        if label == 'inconsistent':
            c = bump(r, c, 2)
        (sn, i_n), (sp, ip), (sc, ic) = it(n), it(p, 2), it(c, 2)
        body = ['采购{t}{n}台（套），单价{p}万元，合同金额{c}万元。'.format(t=thing, n=sn, p=sp, c=sc)]
        ck = ck_prod(i_n, ip, ic)
    else:  # per_household, result in 万元
        n = r.randint(10, 800)
        p = r.choice([200, 500, 800, 1000, 1500, 2000, 3000, 5000])
        c = D(n * p) / 10000
        if label == 'inconsistent':
            c = bump(r, c, 4) if r.random() < 0.5 else c + D(r.choice([1, -1])) * D(r.choice([1, 2, 5])) / 10
            if c <= 0:
                c = D(n * p) / 10000 + 1
        cs = format(c.normalize(), 'f')
        if 'E' in cs or len(cs.split('.')[-1]) > 4:
            cs = format(c, 'f')
        c_item = {'s': cs, 'v': format((D(cs) * 10000).normalize(), 'f'), 'x': '10000'}
        (sn, i_n), (sp, ip) = it(n), it(p)
        body = ['对{n}户{w}每户补助{p}元，共发放补助资金{c}万元。'.format(
            n=sn, w=r.choice(['危房改造户', '改厕农户', '光伏安装户', '稻谷种植大户']), p=sp, c=cs)]
        ck = ck_prod(i_n, ip, c_item)
    return fin(r, label, topic, body, [ck], 'count x unit amount = total')


def two_split(r, label, lo, hi):
    a, b = r.randint(lo, hi), r.randint(lo, hi)
    T = a + b
    if label == 'inconsistent':
        w = r.choice(['a', 'b', 'T'])
        if w == 'a':
            a = int(bump(r, D(a), 0))
        elif w == 'b':
            b = int(bump(r, D(b), 0))
        else:
            T = int(bump(r, D(T), 0))
    return T, a, b


def T_gender(r, label, var):
    who, lo, hi, topic = r.choice([('参训学员', 20, 400, '技能培训'), ('新录用公务员', 5, 60, '干部队伍'), ('无偿献血者', 200, 3000, '无偿献血'),
                                   ('注册志愿者', 300, 6000, '志愿服务'), ('新入职教师', 10, 200, '教师队伍'), ('特困供养人员', 20, 300, '社会救助'),
                                   ('在园幼儿', 100, 900, '学前教育'), ('参赛运动员', 30, 600, '体育赛事')])
    T, a, b = two_split(r, label, lo, hi)
    m = r.choice(['a', 'a', 'z']) if hi < 3000 else 'a'
    (st, itt), (sa, ia), (sb, ib) = it(T, 0, m), it(a, 0, m), it(b, 0, m)
    if var == 'male_first':
        body = '{l}{w}共{t}人，其中男性{a}人、女性{b}人。'.format(l=lead(r), w=who, t=st, a=sa, b=sb)
    else:
        body = '{l}{w}{t}人（女{b}人，男{a}人）。'.format(l=lead(r), w=who, t=st, a=sa, b=sb)
    return fin(r, label, topic, [body], [ck_sum(itt, [ia, ib])], 'male + female is a complete split')


def T_grades(r, label, var):
    sch = pname(r) + ('小学' if var == 'primary' else '幼儿园' if var == 'kindergarten' else '中学')
    if var == 'primary':
        g = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级']
        lo, hi = 40, 420
    elif var == 'kindergarten':
        g = ['小班', '中班', '大班'] + (['托班'] if r.random() < 0.4 else [])
        lo, hi = 20, 180
    else:
        g = ['七年级', '八年级', '九年级']
        lo, hi = 80, 600
    T, parts, wi = make_sum(r, len(g), lo, hi, 0, label, True)
    ts, ti = it(T)
    ps = [it(p) for p in parts]
    checks = [ck_sum(ti, [p[1] for p in ps])]
    if var == 'middle_classes':
        cls = [r.randint(3, 14) for _ in g]
        C = sum(cls)
        (sc, ic) = it(C)
        cs = [it(c) for c in cls]
        checks.append(ck_sum(ic, [c[1] for c in cs]))
        body = ['{s}现有教学班{c}个、在校生{t}人，其中{p}。'.format(s=sch, c=sc, t=ts, p='，'.join(
            '%s%s个班%s人' % (gg, c[0], p[0]) for gg, c, p in zip(g, cs, ps)))]
    elif var == 'table':
        body = ['{s}{y}学年在校生情况'.format(s=sch, y=year(r)), '年级|学生数（人）|备注'] + \
               ['%s|%s|%s' % (gg, p[0], r.choice(['', '含随班就读', '—', '新生', ''])) for gg, p in zip(g, ps)] + ['合计|%s|' % ts]
        body = body[:8]
    else:
        body = ['{s}共有{w}{t}人，其中{p}。'.format(s=sch, w='在园幼儿' if var == 'kindergarten' else '在校学生', t=ts,
                                                 p='、'.join('%s%s人' % (gg, p[0]) for gg, p in zip(g, ps)))]
    return fin(r, label, '教育事业', body, checks, 'enrolment by grade adds up to the school total', pre=(0, 1), post=(0, 1))


def T_urban(r, label, var):
    if var == 'population':
        T, a, b = two_split(r, label, 8000, 400000)
        m = r.choice(['a', 'c', 's'])
        (st, itt), (sa, ia), (sb, ib) = it(T, 0, m), it(a, 0, m), it(b, 0, m)
        body = ['年末全{x}常住人口{t}人，其中城镇人口{a}人，乡村人口{b}人。'.format(x=r.choice('区县市'), t=st, a=sa, b=sb)]
        ck = [ck_sum(itt, [ia, ib])]
        topic = '人口'
    else:
        h1, h2, p1, p2 = r.randint(20, 400), r.randint(20, 600), 0, 0
        p1, p2 = h1 + r.randint(h1 // 3, h1 * 2), h2 + r.randint(h2 // 3, h2 * 2)
        H, P = h1 + h2, p1 + p2
        if label == 'inconsistent':
            w = r.choice(['H', 'P', 'h1', 'p2'])
            if w == 'H':
                H = int(bump(r, D(H), 0))
            elif w == 'P':
                P = int(bump(r, D(P), 0))
            elif w == 'h1':
                h1 = int(bump(r, D(h1), 0))
            else:
                p2 = int(bump(r, D(p2), 0))
        (sH, iH), (sP, iP), (s1, i1), (s2, i2), (t1, j1), (t2, j2) = it(H), it(P), it(h1), it(h2), it(p1), it(p2)
        body = ['全{x}共保障低保对象{H}户{P}人，其中城市低保{a}户{b}人，农村低保{c}户{d}人。'.format(
            x=r.choice('区县镇'), H=sH, P=sP, a=s1, b=t1, c=s2, d=t2)]
        ck = [ck_sum(iH, [i1, i2]), ck_sum(iP, [j1, j2])]
        topic = '社会救助'
    return fin(r, label, topic, body, ck, 'urban + rural is a complete split')


def T_quarters(r, label, var):
    name, u, lo, hi, dec = r.choice([('接待游客', '万人次', 5, 120, 1), ('完成固定资产投资', '亿元', 2, 40, 2),
                                     ('办理政务服务事项', '件', 800, 9000, 0), ('受理12345热线工单', '件', 300, 6000, 0),
                                     ('发电量', '万千瓦时', 100, 4000, 0), ('用水量', '万立方米', 20, 900, 1)])
    if var == 'quarters':
        ks = ['一季度', '二季度', '三季度', '四季度']
        tw = r.choice(['全年', '全年累计'])
    else:
        n = r.randint(3, 6)
        ks = ['%d月' % (i + 1) for i in range(n)]
        tw = r.choice(['1—%d月累计' % n, '1-%d月合计' % n])
    T, parts, wi = make_sum(r, len(ks), lo, hi, dec, label, True)
    ts, ti = it(T, dec, 'c' if dec == 0 and r.random() < 0.3 else 'a')
    ps = [it(p, dec) for p in parts]
    body = ['{n}：{p}，{tw}{t}{u}。'.format(n=name, p='、'.join('%s%s' % (k, p[0]) for k, p in zip(ks, ps)), tw=tw, t=ts, u=u)]
    return fin(r, label, '经济运行', body, [ck_sum(ti, [p[1] for p in ps])], 'periods add up to the cumulative figure')


def T_nested(r, label, var):
    q = setup_sum(r, 'consistent', kmin=2, kmax=4, max_dec=0)
    u = q['u']
    # split the first part into two sub-parts
    a = q['parts'][0]
    if a < 2:
        a = D(2)
    s1 = D(r.randint(1, int(a) - 1))
    subs = [s1, a - s1]
    parts = [a] + q['parts'][1:]
    T = sum(parts, Decimal(0))
    which = r.choice(['top', 'sub']) if label == 'inconsistent' else None
    if which == 'top':
        j = r.randrange(len(parts))
        if j == 0:
            T = bump(r, T, 0, up=False)
        else:
            parts[j] = bump(r, parts[j], 0, up=True)
    elif which == 'sub':
        j = r.randrange(2)
        subs[j] = subs[j] + r.randint(1, 9)
    ts, ti = it(T)
    ps = [it(p) for p in parts]
    ss = [it(s) for s in subs]
    sub_names = r.choice([('上半年', '下半年'), ('城区', '农村'), ('城区', '乡镇')])
    checks = [ck_sum(ti, [p[1] for p in ps]), ck_sum(ps[0][1], [s[1] for s in ss])]
    cats = q['cats']
    if var == 'paren':
        first = '{c}{p}{u}（{n1}{s1}{u}、{n2}{s2}{u}）'.format(c=cats[0], p=ps[0][0], u=u, n1=sub_names[0], s1=ss[0][0],
                                                             n2=sub_names[1], s2=ss[1][0])
        rest = ['%s%s%s' % (c, p[0], u) for c, p in zip(cats[1:], ps[1:])]
        body = ['{l}共{v}{n}{t}{u}，其中{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=ts, u=u, p='、'.join([first] + rest))]
    else:
        body = ['{l}共{v}{n}{t}{u}，其中{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=ts, u=u,
                                                  p='、'.join('%s%s%s' % (c, p[0], u) for c, p in zip(cats, ps))),
                '{c}{p}{u}中，{n1}{s1}{u}，{n2}{s2}{u}。'.format(c=cats[0], p=ps[0][0], u=u, n1=sub_names[0], s1=ss[0][0],
                                                             n2=sub_names[1], s2=ss[1][0])]
    ex = 'two levels: whole = parts, and the first part = its two sub-parts (both sub-parts complete)'
    return fin(r, label, q, body, checks, ex, pre=(0, 1), post=(0, 1))


def T_mixed_units(r, label, var):
    if var == 'yi_wan':
        k = r.randint(2, 4)
        names = ['中央预算内资金', '省级专项资金', '地方政府专项债券', '县级配套资金', '社会资本'][:k]
        names = r.sample(['中央预算内资金', '省级专项资金', '地方政府专项债券', '县级配套资金', '社会资本'], k)
        step = r.choice([10, 100, 100])
        parts = [D(r.randint(30, 1500) * step // 10) for _ in range(k)]
        while sum(parts) < 10000:
            parts = [p * 2 for p in parts]
        T = sum(parts, Decimal(0))
        if label == 'inconsistent':
            i = r.randrange(k)
            parts[i] = bump(r, parts[i], 0)
        tsur = format((T / 10000).normalize(), 'f')
        ti = {'s': tsur, 'v': format(T.normalize(), 'f'), 'x': '10000'}
        ps = [it(p) for p in parts]
        body = ['{p}项目总投资{t}亿元，其中{l}。'.format(p=pname(r) + r.choice(['片区综合开发', '污水管网提质增效', '全民健身中心', '水库除险加固']),
                                                 t=tsur, l='、'.join('%s%s万元' % (n, p[0]) for n, p in zip(names, ps)))]
        topic = '项目建设'
    else:
        k = r.randint(2, 4)
        names = []
        while len(names) < k:
            n = pname(r) + r.choice(['古镇', '湿地公园', '森林公园', '景区', '民俗村'])
            if n not in names:
                names.append(n)
        parts = [D(r.randint(30, 900) * 100) for _ in range(k)]
        T = sum(parts, Decimal(0))
        if label == 'inconsistent':
            i = r.randrange(k)
            parts[i] = bump(r, parts[i], 0)
        tsur = format((T / 10000).normalize(), 'f')
        ti = {'s': tsur, 'v': format(T.normalize(), 'f'), 'x': '10000'}
        ps = [it(p, 0, r.choice(['a', 'c'])) for p in parts]
        body = ['“五一”假期全{x}重点景区接待游客{t}万人次，其中{l}。'.format(x=r.choice('区县市'), t=tsur,
                                                                  l='，'.join('%s%s人次' % (n, p[0]) for n, p in zip(names, ps)))]
        topic = '文化旅游'
    return fin(r, label, topic, body, [ck_sum(ti, [p[1] for p in ps])], 'whole in 亿元/万人次, parts in 万元/人次 (unit conversion)')


def T_cumulative(r, label, var):
    if var == 'charging':
        b, n = r.randint(100, 4000), r.randint(20, 900)
        c = b + n
        if label == 'inconsistent':
            c = int(bump(r, D(c), 0))
        (sb, ib), (sn, i_n), (sc, ic) = it(b), it(n), it(c)
        body = ['全年新建公共充电桩{n}个，累计建成{c}个（上年末为{b}个），车桩比持续优化。'.format(n=sn, c=sc, b=sb)]
        topic = '新能源汽车'
    else:
        b, n = D(r.randint(20000, 900000)) / 100, D(r.randint(100, 9000)) / 100
        c = b + n
        if label == 'inconsistent':
            c = bump(r, c, 2)
        (sb, ib), (sn, i_n), (sc, ic) = it(b, 2), it(n, 2), it(c, 2)
        body = ['新增城市绿地{n}公顷，建成区绿地面积由{b}公顷增加到{c}公顷。'.format(n=sn, b=sb, c=sc)]
        topic = '园林绿化'
    return fin(r, label, topic, body, [ck_sum(ic, [ib, i_n])], 'previous stock + new = cumulative')


def T_spread(r, label, var):
    q = setup_sum(r, label, under=True, kmax=5)
    u = q['u']
    if var == 'lines_then_total':
        body = ['%d.%s：%s%s；' % (i + 1, c, p, u) for i, (c, p) in enumerate(zip(q['cats'], q['ps']))]
        body[-1] = body[-1][:-1] + '。'
        body.append('以上各类{n}合计{t}{u}。'.format(n=q['noun'], t=q['ts'], u=u))
    else:
        body = ['{l}共{v}{n}{t}{u}，具体如下：'.format(l=lead(r), v=q['verb'], n=q['noun'], t=q['ts'], u=u)] + \
               ['（%d）%s%s%s；' % (i + 1, c, p, u) for i, (c, p) in enumerate(zip(q['cats'], q['ps']))]
        body[-1] = body[-1][:-1] + '。'
    return fin(r, label, q, body, [ck_sum(q['ti'], q['pi'])], 'line list under a stated whole', pre=(0, 1), post=(0, 1), head=0.4)


def T_two_years(r, label, var):
    s = scn(r, max_dec=0)
    topic, verb, noun, u, cats, lo, hi, dec, exh = s
    k = min(len(cats), r.randint(2, 3))
    cs = r.sample(cats, k)
    bad = r.randrange(2) if label == 'inconsistent' else -1
    y = year(r)
    checks, segs = [], []
    for j in range(2):
        T, parts, wi = make_sum(r, k, lo, hi, 0, 'inconsistent' if j == bad else 'consistent', False)
        ts, ti = it(T)
        ps = [it(p) for p in parts]
        checks.append(ck_sum(ti, [p[1] for p in ps]))
        segs.append('{y}年{v}{n}{t}{u}，其中{p}'.format(y=y - 1 + j, v=verb, n=noun, t=ts, u=u,
                                                     p='、'.join('%s%s%s' % (c, p[0], u) for c, p in zip(cs, ps))))
    body = ['；'.join(segs) + '。'] if var == 'one_line' else [x + '。' for x in segs]
    return fin(r, label, topic, body, checks, 'two wholes in one record; only one may fail', pre=(0, 1), post=(0, 1))


def T_score(r, label, var):
    names = r.sample(['基础工作', '重点任务', '群众满意度', '创新工作', '日常督查', '年度考评'], r.randint(2, 4))
    parts = [D(r.randint(40, 400)) / 10 for _ in names]
    T = sum(parts, Decimal(0))
    wi = None
    if label == 'inconsistent':
        if r.random() < 0.5:
            T = bump(r, T, 1)
        else:
            i = r.randrange(len(parts))
            parts[i] = bump(r, parts[i], 1)
    ts, ti = it(T, 1)
    ps = [it(p, 1) for p in parts]
    unit = r.choice(['第一', '第二', '第三', '第五'])
    if var == 'prose':
        body = ['{y}年度综合考核中，{t}总得分{s}分，其中{p}，位列全{x}{u}。'.format(
            y=year(r), t=town(r), s=ts, p='、'.join('%s%s分' % (n, p[0]) for n, p in zip(names, ps)), x=r.choice('区县市'), u=unit)]
    else:
        body = ['考核项目|得分'] + ['%s|%s' % (n, p[0]) for n, p in zip(names, ps)] + ['总分|' + ts, '排名|全{x}{u}'.format(x=r.choice('区县'), u=unit)]
    return fin(r, label, '绩效考核', body, [ck_sum(ti, [p[1] for p in ps])], 'component scores add up to the total score; the rank is context', pre=(0, 1), post=(0, 1))


def T_receipts(r, label, var):
    names = ['住宿', '餐饮', '购物', '交通', '游览娱乐']
    if var == 'hotel':
        names = ['客房收入', '餐饮收入', '会议及其他收入']
    parts = [D(r.randint(50, 9000)) / 100 for _ in names]
    T = sum(parts, Decimal(0))
    if label == 'inconsistent':
        if r.random() < 0.4:
            T = bump(r, T, 2)
        else:
            i = r.randrange(len(parts))
            parts[i] = bump(r, parts[i], 2)
    u = '亿元' if var != 'hotel' else '万元'
    ts, ti = it(T, 2)
    ps = [it(p, 2) for p in parts]
    if var == 'hotel':
        body = ['{c}酒店全年实现营业收入{t}万元，其中{p}。'.format(c=pname(r) + r.choice(['国际', '温泉', '大']), t=ts,
                                                         p='，'.join('%s%s万元' % (n, p[0]) for n, p in zip(names, ps)))]
    else:
        body = ['全年实现旅游总收入{t}亿元。从消费构成看，{p}。'.format(t=ts, p='，'.join('%s消费%s亿元' % (n, p[0]) for n, p in zip(names, ps)))]
    return fin(r, label, '文化旅游', body, [ck_sum(ti, [p[1] for p in ps])], 'revenue components add up to the total (complete breakdown)')


# ---- negatives (totals) ----
def NT_overlap(r, label, var):
    if var == 'school':
        T = r.randint(600, 3000)
        a, b, c = r.randint(T // 3, T // 2 + 50), r.randint(T // 3, T * 2 // 3), r.randint(T // 10, T // 4)
        body = ['{s}现有在校学生{t}人，其中女生{a}人，住校生{b}人，少数民族学生{c}人。'.format(
            s=pname(r) + r.choice(['中学', '实验学校', '职业中专']), t=T, a=a, b=b, c=c)]
        topic = '教育事业'
    else:
        T = r.randint(40, 600)
        a, b, c = r.randint(T // 3, T * 2 // 3), r.randint(T // 3, T * 2 // 3), r.randint(T // 4, T // 2)
        body = ['{o}现有在编职工{t}人，其中中共党员{a}人、女职工{b}人、35岁以下青年职工{c}人。'.format(
            o=pname(r) + r.choice(['人民医院', '中医院', '疾控中心', '自来水公司']), t=T, a=a, b=b, c=c)]
        topic = '队伍建设'
    assert a + b + c > T
    return fin(r, label, topic, body, [ck_none('其中 lists overlapping attributes (%d+%d+%d=%d > %d is not an error)' % (a, b, c, a + b + c, T))])


def NT_overlap_firms(r, label, var):
    T = r.randint(40, 400)
    a, b, c = r.randint(T // 3, T * 2 // 3), r.randint(T // 4, T // 2), r.randint(T // 3, T // 2)
    body = ['全{x}规模以上工业企业{t}家，其中高新技术企业{a}家、专精特新企业{b}家、有进出口实绩企业{c}家。'.format(
        x=r.choice('区县市'), t=T, a=a, b=b, c=c)]
    return fin(r, label, '工业经济', body, [ck_none('firm categories overlap; the sum %d exceeds %d legitimately' % (a + b + c, T))])


def NT_selection(r, label, var):
    q = setup_sum(r, 'consistent', kmin=2, kmax=3, max_dec=0)
    T = q['T'] + D(r.randint(5, 60))
    u = q['u']
    ps = '、'.join('%s%s%s' % (c, p, u) for c, p in zip(q['cats'], q['ps']))
    if var == 'zhuyao':
        body = ['{l}共{v}{n}{t}{u}，主要有{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=fmt(T), u=u, p=ps)]
        why = '主要有 introduces a selection'
    else:
        body = ['{l}共{v}{n}{t}{u}，其中{p}等。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=fmt(T), u=u, p=ps)]
        why = 'list ends with 等 (partial)'
    return fin(r, label, q, body, [ck_none('%s: parts %s < whole %s' % (why, format(sum(q['parts']), 'f'), fmt(T)))])


def NT_approx(r, label, var):
    q = setup_sum(r, 'consistent', kmin=2, kmax=4, max_dec=0)
    S = sum(q['parts'])
    u = q['u']
    ps = '、'.join('%s%s%s' % (c, p, u) for c, p in zip(q['cats'], q['ps']))
    if var == 'yue':
        T = (S * D('1.03') / 10).quantize(Decimal(1)) * 10 if S > 100 else S + 2
        body = ['{l}共{v}{n}约{t}{u}，其中{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=fmt(T), u=u, p=ps)]
        why = 'approximate whole (约)'
    elif var == 'yu':
        T = (S // 10) * 10 if S >= 20 else S - 1
        if T == S:
            T = S - 1
        body = ['{l}共{v}{n}{t}余{u}，其中{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=fmt(T), u=u, p=ps)]
        why = 'rounded whole with 余 (more than)'
    else:
        T = ((S + 9) // 10) * 10
        if T == S:
            T = S + 10
        body = ['{l}{v}{n}近{t}{u}，其中{p}。'.format(l=lead(r), v=q['verb'], n=q['noun'], t=fmt(T), u=u, p=ps)]
        why = 'rounded whole with 近 (nearly)'
    return fin(r, label, q, body, [ck_none('%s: parts sum %s vs %s' % (why, S, fmt(T)))])


def NT_codes(r, label, var):
    if var == 'dates_phones':
        y, m = year(r), r.randint(1, 10)
        body = ['{y}年{m}月{d}日至{m2}月{d2}日，{t}开展{w}专项行动，设立举报电话{p}，受理时间为每日8:30—17:30。'.format(
            y=y, m=m, d=r.randint(1, 28), m2=m + 2, d2=r.randint(1, 28), t=town(r), w=r.choice(['燃气安全', '食品安全', '非法营运整治']),
            p='0%d-%d' % (r.randint(710, 799), r.randint(2000000, 8999999)))]
        why = 'dates, a phone number and office hours'
    elif var == 'models':
        body = ['新采购{b}{m}型洗扫车{n}台，出水水质执行GB 18918-2002一级A标准，配套{k}kV箱式变电站{j}座。'.format(
            b=pname(r), m=r.choice(['XS-%d' % r.randint(100, 900), 'ZLJ%d' % r.randint(5000, 5999)]), n=r.randint(2, 9),
            k=r.choice([10, 35]), j=r.randint(1, 4))]
        why = 'model numbers and standard codes'
    elif var == 'docs':
        body = ['根据《{c}关于印发〈{y}年重点工作任务清单〉的通知》（{a}办发〔{y}〕{n}号）第{k}条要求，{t}对照清单第{i}、{j}、{l}项逐项推进。'.format(
            c=county(r), y=year(r), a=pname(r, 1), n=r.randint(3, 60), k=cn_int(r.randint(3, 40)), t=town(r),
            i=r.randint(1, 4), j=r.randint(5, 8), l=r.randint(9, 14))]
        why = 'document numbers and article/item numbers'
    else:  # ranges
        a = r.randint(20, 35)
        body = ['推行小班化教学，每班控制在{a}—{b}人；新建校舍按{c}至{d}年一遇标准设防，课间操时间为{e}-{f}分钟。'.format(
            a=a, b=a + r.randint(5, 15), c=r.choice([50, 100]), d=r.choice([200, 500]), e=r.randint(10, 15), f=r.randint(20, 30))]
        why = 'ranges, not arithmetic'
    return fin(r, label, '其他', body, [ck_none(why)])


def NT_ranks(r, label, var):
    body = ['在全{x}{y}年度{w}考核中，{t}综合得分{s}分，排名第{k}位，较上年前移{m}位，其中{i}单项排名第{j}。'.format(
        x=r.choice('市省'), y=year(r), w=r.choice(['营商环境', '乡村振兴', '平安建设', '文明城市测评']), t=county(r),
        s=fmt(D(r.randint(800, 990)) / 10, 1), k=r.randint(2, 9), m=r.randint(1, 6), i=r.choice(['政务服务', '群众安全感', '人居环境']),
        j=r.randint(1, 5))]
    return fin(r, label, '考核评价', body, [ck_none('ranks and a score without components')])


def NT_plusx(r, label, var):
    if var == 'one_plus_x':
        body = ['{s}深化“1+X”证书制度试点，{n}名学生取得职业技能等级证书；推行“3+2”中高职贯通培养，开设“5+2”课后服务。'.format(
            s=pname(r) + '职业技术学校', n=r.randint(40, 600))]
        why = '“1+X”“3+2”“5+2” are names of schemes'
    else:
        body = ['构建“7+X”产业体系，落实“{a}+{b}”帮扶机制，政务大厅实行“7×24小时”自助服务，{n}个事项实现“一件事一次办”。'.format(
            a=r.randint(1, 3), b=r.choice(['N', 'X', '1']), n=r.randint(12, 90))]
        why = 'scheme names with + and ×'
    return fin(r, label, '改革创新', body, [ck_none(why)])


def NT_years(r, label, var):
    s = scn(r, max_dec=0)
    topic, verb, noun, u, cats, lo, hi, dec, exh = s
    y = year(r) - 2
    vals = [r.randint(lo, hi) for _ in range(3)]
    if var == 'series':
        body = ['近三年，{v}{n}分别为{a}{u}、{b}{u}、{c}{u}（{y1}—{y3}年），呈{t}态势。'.format(
            v=verb, n=noun, a=vals[0], b=vals[1], c=vals[2], u=u, y1=y, y3=y + 2,
            t='上升' if vals[0] < vals[1] < vals[2] else '波动')]
        why = 'a time series, not parts of a whole'
    else:
        body = ['今年新增{n}{a}{u}，累计达到{b}{u}。'.format(n=noun, a=vals[0], u=u, b=vals[0] + r.randint(lo, hi))]
        why = 'cumulative figure without the earlier stock'
    return fin(r, label, topic, body, [ck_none(why)])


def NT_wholes(r, label, var):
    if var == 'plan_actual':
        a = r.randint(50, 900)
        b = a + r.randint(-30, 60)
        body = ['计划完成{w}{a}户，实际完成{b}户。'.format(w=r.choice(['农村改厕', '危房改造', '适老化改造', '光伏入户']), a=a, b=b)]
        why = 'plan vs actual without a stated difference'
    else:
        T = r.randint(200, 900)
        a = r.randint(T // 10, T // 4)
        body = ['全市共有{w}{t}家，我{x}有{a}家，{v}有{b}家。'.format(w=r.choice(['养老机构', 'A级景区', '星级饭店', '国家级高新技术企业']),
                                                          t=T, x=r.choice('区县'), a=a, v=village(r), b=r.randint(1, 4))]
        why = 'counts of nested, different wholes'
    return fin(r, label, '基本情况', body, [ck_none(why)])


def NT_average(r, label, var):
    n = r.randint(50, 900)
    avg = r.randint(800, 9000)
    body = ['{n}户脱贫户全年人均纯收入约{a}元，户均{w}{b}元。'.format(n=n, a=avg, w=r.choice(['增收', '获得产业奖补']), b=r.randint(500, 3000))]
    return fin(r, label, '乡村振兴', body, [ck_none('averages without the totals they were derived from')])


# ----------------------------------------------------------------------------------------------
# family `pct`
# ----------------------------------------------------------------------------------------------
RATES = [
    ('网格化管理', '上报网格事件', '办结', '办结率', '件', 200, 9000, 0.90, 0.995),
    ('食品安全', '抽检食品', '检验合格', '合格率', '批次', 100, 3000, 0.95, 0.995),
    ('疫苗接种', '目标人群', '完成全程接种', '接种率', '人', 2000, 60000, 0.85, 0.99),
    ('义务教育', '适龄儿童', '入学', '入学率', '人', 300, 6000, 0.97, 0.999),
    ('家庭医生签约', '重点人群', '签约', '签约率', '人', 1000, 30000, 0.6, 0.9),
    ('信访工作', '办理信访件', '群众评价满意', '满意率', '件', 40, 600, 0.85, 0.98),
    ('安全生产', '排查安全隐患', '完成整改', '整改率', '处', 60, 2000, 0.85, 0.99),
    ('垃圾分类', '小区住户', '参与分类投放', '参与率', '户', 800, 20000, 0.6, 0.95),
    ('审判工作', '受理案件', '审结', '结案率', '件', 300, 9000, 0.85, 0.98),
    ('高校毕业生就业', '应届高校毕业生', '实现就业', '就业率', '人', 200, 5000, 0.8, 0.97),
    ('社会保险', '应参保人数', '参加城乡居民医保', '参保率', '人', 5000, 90000, 0.9, 0.99),
    ('老年人健康管理', '65岁以上老年人', '接受健康体检', '健康管理率', '人', 1000, 20000, 0.6, 0.85),
    ('残疾人服务', '持证残疾人', '获得基本康复服务', '康复服务覆盖率', '人', 300, 6000, 0.7, 0.95),
    ('12345热线', '受理工单', '按时办结', '按时办结率', '件', 1000, 40000, 0.9, 0.995),
    ('充电设施', '公共充电桩', '正常运行', '完好率', '个', 100, 3000, 0.9, 0.99),
    ('农村改厕', '农户', '完成无害化卫生厕所改造', '普及率', '户', 1000, 30000, 0.7, 0.97),
    ('体育工作', '参加体质健康测试学生', '达到合格以上等级', '达标率', '人', 500, 9000, 0.85, 0.97),
    ('中考工作', '参加中考学生', '达到普通高中录取线', '上线率', '人', 300, 6000, 0.45, 0.75),
    ('政务服务', '办理政务服务事项', '实现全程网办', '网办率', '件', 1000, 90000, 0.6, 0.95),
    ('污水处理', '污水排放量', '集中处理', '集中处理率', '万吨', 100, 3000, 0.85, 0.98),
]


def make_rate(r, label, lo, hi, rlo, rhi, dec, allow_over=False):
    for _ in range(500):
        den = r.randint(lo, hi)
        num = int(round(den * r.uniform(rlo, rhi)))
        if num <= 0 or (num > den and not allow_over) or num == den:
            continue
        t = D(num) / D(den) * 100
        if is_tie(t, dec):
            continue
        p = rnd(t, dec)
        if label == 'inconsistent':
            p = wrong_pct(r, t, dec, cap=None if allow_over else D(100))
            if p is None:
                continue
        return num, den, p, t
    raise RuntimeError('make_rate')


def wrong_pct(r, t, dec, cap=D(100)):
    """A stated percentage that is off by clearly more than rounding (>= 0.3 pp, >= 1.5 units)."""
    need = max(D('0.3'), D('1.5') * Decimal(1).scaleb(-dec))
    good = rnd(t, dec)
    for _ in range(60):
        k = r.random()
        if k < 0.35:  # digit typo / transposition
            s = format(good, 'f')
            digs = [i for i, c in enumerate(s) if c.isdigit()]
            if r.random() < 0.5 and len(digs) >= 2:
                i = r.randrange(len(digs) - 1)
                a, b = digs[i], digs[i + 1]
                l = list(s)
                l[a], l[b] = l[b], l[a]
                s = ''.join(l)
            else:
                i = r.choice(digs)
                s = s[:i] + str(r.randrange(10)) + s[i + 1:]
            p = D(s)
        elif k < 0.7:
            p = good + D(r.choice([-1, 1])) * D(r.uniform(0.3, 4))
        else:
            p = good - D(r.uniform(0.5, 8))
        p = rnd(p, dec)
        if p <= 0 or (cap is not None and p > cap) or abs(p - t) < need:
            continue
        if format(p, 'f').startswith('0') and good >= 1:
            continue
        return p
    return None


def rate_items(num, den, p, dec, mode='a', pmode='a'):
    sn, i_n = it(num, 0, mode)
    sd, i_d = it(den, 0, mode)
    sp, ip = it(p, dec, pmode)
    return sn, i_n, sd, i_d, sp, ip


def P_rate(r, label, var):
    topic, dname, nname, rname, u, lo, hi, rlo, rhi = r.choice(RATES)
    dec = {'dec0': 0, 'dec1': 1, 'cn_baifenzhi': r.choice([0, 1]), 'dec2': 2}.get(var, r.choice([1, 2, 2]))
    num, den, p, t = make_rate(r, label, lo, hi, rlo, rhi, dec)
    mode = {'fullwidth_digits': 'f', 'thousands': 'c'}.get(var, 'a')
    pmode = {'fullwidth_digits': 'f', 'cn_baifenzhi': 'z'}.get(var, 'a')
    sn, i_n, sd, i_d, sp, ip = rate_items(num, den, p, dec, mode, pmode)
    sign = '％' if var in ('fullwidth_sign', 'fullwidth_digits') else '%'
    ps = ('百分之' + sp) if var == 'cn_baifenzhi' else sp + sign
    pm = pm_full
    L = lead(r)
    checks = [ck_rate(i_n, i_d, ip, dec)]
    if var == 'wei':
        body = '{l}{d}{D}{u}，{n}{N}{u}，{rn}为{P}。'
    elif var == 'rate_first':
        body = '{l}{rn}达到{P}，{d}{D}{u}中已{n}{N}{u}。'
    elif var == 'fraction':
        body = '{l}{d}的{rn}为{P}（{N}/{D}）。'
    elif var == 'halfwidth':
        body = '{l}{d}{D}{u},{n}{N}{u},{rn}达{P}。'
    elif var == 'complement':
        sr, ir = it(den - num)
        body = '{l}{d}{D}{u}，尚未' + nname + sr + u + '，{rn}{P}。'
        checks = [ck_rate(None, i_d, ip, dec, rest=ir)]
    else:
        body = '{l}{d}{D}{u}，{n}{N}{u}，{rn}达{P}。'
    body = body.format(l=L, d=dname, D=sd, u=u, n=nname, N=sn, rn=rname, P=ps)
    ex = 'rate rounded half-up to its own decimals'
    return fin(r, label, topic, [body], checks, ex)


def P_wan(r, label, var):
    topic, what, sub, rname = r.choice([('社会保险', '应参保人口', '实际参保', '参保率'), ('疫苗接种', '目标人群', '完成接种', '接种率'),
                                        ('旅游发展', '接待游客', '过夜游客', '过夜游客占比'), ('政务服务', '办件量', '网上办理', '网办率')])
    dec = r.choice([1, 2])
    for _ in range(200):
        den = D(r.randint(500, 9000)) / 100
        num = rnd(den * D(r.uniform(0.5, 0.98)), 2)
        t = num / den * 100
        if num < den and not is_tie(t, dec):
            break
    p = rnd(t, dec) if label != 'inconsistent' else wrong_pct(r, t, dec)
    (sd, i_d), (sn, i_n), (sp, ip) = it(den, 2), it(num, 2), it(p, dec)
    u = '万人次' if topic == '旅游发展' else '万件' if topic == '政务服务' else '万人'
    body = ['{l}{w}{d}{u}，{s}{n}{u}，{rn}{p}%。'.format(l=lead(r), w=what, d=sd, u=u, s=sub, n=sn, rn=rname, p=sp)]
    return fin(r, label, topic, body, [ck_rate(i_n, i_d, ip, dec)], 'both counts in 万 with decimals')


def P_passfail(r, label, var):
    what, u = r.choice([('食品', '批次'), ('食用农产品', '批次'), ('药品', '批次'), ('建材产品', '组'), ('生活饮用水水样', '份'), ('化妆品', '批次')])
    den = r.randint(60, 3000)
    bad = r.randint(1, max(2, den // 15))
    good = den - bad
    dec = r.choice([1, 2, 2])
    tb, tg = D(bad) / den * 100, D(good) / den * 100
    if is_tie(tb, dec) or is_tie(tg, dec):
        dec = 2 if dec == 1 else 1
        if is_tie(tb, dec) or is_tie(tg, dec):
            den += 1
            good += 1
            tb, tg = D(bad) / den * 100, D(good) / den * 100
    pb, pg = rnd(tb, dec), rnd(tg, dec)
    which = var if var != 'both' else r.choice(['buhege', 'hege'])
    if label == 'inconsistent':
        if which == 'buhege':
            pb = wrong_pct(r, tb, dec, cap=D(50))
        else:
            pg = wrong_pct(r, tg, dec)
    (sd, i_d), (sb, ib), (sg, ig), (spb, ipb), (spg, ipg) = it(den), it(bad), it(good), it(pb, dec), it(pg, dec)
    L = lead(r)
    if var == 'buhege':
        body = '{l}共抽检{w}{d}{u}，检出不合格{b}{u}，不合格率{pb}%。'.format(l=L, w=what, d=sd, u=u, b=sb, pb=spb)
        ck = [ck_rate(ib, i_d, ipb, dec)]
    elif var == 'hege':
        body = '{l}完成{w}抽检{d}{u}，合格{g}{u}，合格率为{pg}%。'.format(l=L, w=what, d=sd, u=u, g=sg, pg=spg)
        ck = [ck_rate(ig, i_d, ipg, dec)]
    else:
        body = '{l}抽检{w}{d}{u}，合格{g}{u}、不合格{b}{u}，合格率{pg}%，不合格率{pb}%。'.format(
            l=L, w=what, d=sd, u=u, g=sg, b=sb, pg=spg, pb=spb)
        ck = [ck_sum(i_d, [ig, ib]), ck_rate(ig, i_d, ipg, dec), ck_rate(ib, i_d, ipb, dec)]
    return fin(r, label, '食品药品安全', [body], ck, 'pass/fail rates recomputed from the counts')


def P_target(r, label, var):
    name, u = r.choice([('固定资产投资', '亿元'), ('招商引资到位资金', '亿元'), ('社会消费品零售总额', '亿元'), ('一般公共预算收入', '万元'),
                        ('植树造林', '亩'), ('新增城镇就业', '人'), ('农村劳动力转移就业', '人')])
    over = var == 'over'
    dec = r.choice([0, 1, 2])
    vdec = 2 if u in ('亿元',) else 0
    for _ in range(300):
        T = rand_val(r, 5, 90, 2) if vdec else D(r.randint(300, 9000))
        A = rnd(T * D(r.uniform(1.01, 1.4) if over else r.uniform(0.55, 0.97)), vdec)
        t = A / T * 100
        if not is_tie(t, dec) and A != T:
            break
    p = rnd(t, dec) if label != 'inconsistent' else wrong_pct(r, t, dec, cap=None)
    (sT, iT), (sA, iA), (sp, ip) = it(T, vdec), it(A, vdec), it(p, dec)
    if over:
        body = '{n}目标{T}{u}，实际完成{A}{u}，完成年度目标的{p}%，超额完成任务。'.format(n=name, T=sT, u=u, A=sA, p=sp)
    else:
        body = '{n}年度目标{T}{u}，截至{m}月底已完成{A}{u}，{w}{p}%。'.format(
            n=name, T=sT, u=u, m=r.randint(6, 10), A=sA, w=r.choice(['目标完成率', '完成进度']), p=sp)
    return fin(r, label, '目标任务', [body], [ck_rate(iA, iT, ip, dec)], 'completion rate may exceed 100 %' if over else '')


def P_share(r, label, var):
    whole, u, parts_pool = r.choice([
        ('在校学生', '人', ['留守儿童', '随迁子女', '寄宿生', '建档立卡家庭学生']),
        ('登记失业人员', '人', ['35岁以下', '大专以上学历', '女性']),
        ('交通事故', '起', ['电动自行车事故', '货车事故', '夜间事故']),
        ('新增市场主体', '户', ['个体工商户', '企业', '农民专业合作社']),
        ('营业收入', '万元', ['主营业务收入', '线上销售收入']),
        ('新能源汽车销量', '辆', ['纯电动汽车', '插电式混合动力汽车']),
        ('常住人口', '人', ['60岁及以上人口', '0—14岁人口', '外来人口']),
        ('低保对象', '人', ['老年人', '残疾人', '未成年人'])])
    T = r.randint(300, 90000) if whole != '交通事故' else r.randint(50, 900)
    dec = r.choice([1, 2, 2])
    k = {'multi': r.randint(2, 3)}.get(var, 1)
    names = r.sample(parts_pool, min(k, len(parts_pool)))
    vals, pcts, trues = [], [], []
    for _ in names:
        for _ in range(200):
            a = int(T * r.uniform(0.05, 0.6 / max(1, len(names)) * 1.5))
            t = D(a) / T * 100
            if a > 0 and not is_tie(t, dec):
                break
        vals.append(a)
        trues.append(t)
        pcts.append(rnd(t, dec))
    if label == 'inconsistent':
        i = r.randrange(len(names))
        pcts[i] = wrong_pct(r, trues[i], dec)
    mode = r.choice(['a', 'c'])
    sT, iT = it(T, 0, mode)
    its = [(it(a, 0, mode), it(p, dec)) for a, p in zip(vals, pcts)]
    checks = [ck_rate(ia, iT, ip, dec) for (sa, ia), (sp, ip) in its]
    w = r.choice(['占', '占总数的', '占比'])
    if var == 'zhan_total':
        body = '{l}{w}{T}{u}，其中{n}{a}{u}，{z}{p}%。'.format(l=lead(r), w=whole, T=sT, u=u, n=names[0], a=its[0][0][0], z=w, p=its[0][1][0])
    elif var == 'zhan_after':
        body = '{n}{a}{u}，占{w}总数（{T}{u}）的{p}%。'.format(n=names[0], a=its[0][0][0], u=u, w=whole, T=sT, p=its[0][1][0])
    elif var == 'bracket':
        body = '{l}{w}{T}{u}，其中{n}{a}{u}（占{p}%）。'.format(l=lead(r), w=whole, T=sT, u=u, n=names[0], a=its[0][0][0], p=its[0][1][0])
    else:
        body = '{l}{w}{T}{u}，其中{x}。'.format(l=lead(r), w=whole, T=sT, u=u, x='；'.join(
            '%s%s%s，占%s%%' % (n, a[0], u, p[0]) for n, (a, p) in zip(names, its)))
    return fin(r, label, '基本情况', [body], checks, 'each share recomputed against the stated whole')


def P_shares_sum(r, label, var):
    dec = 1
    if var == 'industry':
        names = ['第一产业', '第二产业', '第三产业']
        exh = True
    elif var == 'energy':
        names = ['煤炭', '石油', '天然气', '非化石能源']
        exh = True
    else:
        names = r.sample(['网络购物', '餐饮消费', '文化娱乐', '教育培训', '医疗保健', '交通通信'], r.randint(2, 4))
        exh = False
    k = len(names)
    if var == 'industry':
        raw = [r.randint(30, 200), r.randint(250, 500)]
    elif var == 'energy':
        raw = [r.randint(400, 700), r.randint(100, 200), r.randint(50, 150)]
    else:
        cuts = sorted(r.sample(range(30, 970), k - 1))
        raw = [b - a for a, b in zip([0] + cuts, cuts + [1000])]
        raw = [max(10, int(x * r.uniform(0.4, 0.8))) for x in raw]
    if exh:
        raw.append(1000 - sum(raw))
    vals = [D(x) / 10 for x in raw]
    if label == 'inconsistent':
        if exh:
            i = r.randrange(k)
            vals[i] = vals[i] + D(r.randint(15, 60)) / 10
        else:
            target = 100 + D(r.randint(15, 150)) / 10
            S = sum(vals)
            vals = [rnd(v * target / S, 1) for v in vals]
            while sum(vals) <= 101:
                vals[0] += 1
    its = [it(v, dec) for v in vals]
    ck = [ck_shares([x[1] for x in its], dec, exh)]
    if var == 'industry':
        body = ['三次产业结构持续优化，{y}年第一、二、三产业增加值占地区生产总值的比重分别为{a}%、{b}%、{c}%。'.format(
            y=year(r), a=its[0][0], b=its[1][0], c=its[2][0])]
    elif var == 'energy':
        body = ['能源消费结构中，{p}。'.format(p='，'.join('%s占%s%%' % (n, x[0]) for n, x in zip(names, its)))]
    else:
        body = ['抽样调查显示，{c}居民人均消费支出中，{p}。'.format(c=county(r), p='，'.join('%s支出占%s%%' % (n, x[0]) for n, x in zip(names, its)))]
    ex = 'a complete breakdown must total 100 % (within rounding)' if exh else 'shares of one whole (not exhaustive) cannot pass 100 %'
    return fin(r, label, '经济结构', body, ck, ex)


def P_share_table(r, label, var):
    names = r.sample(['可回收物', '厨余垃圾', '有害垃圾', '其他垃圾'] if var == 'garbage' else ['城区', '东片区', '西片区', '南片区', '北片区'], 4 if var == 'garbage' else r.randint(3, 5))
    dec = r.choice([1, 2])
    for _ in range(200):
        vals = [r.randint(20, 3000) for _ in names]
        T = sum(vals)
        ts = [D(v) / T * 100 for v in vals]
        if not any(is_tie(t, dec) for t in ts):
            break
    ps = [rnd(t, dec) for t in ts]
    if label == 'inconsistent':
        i = r.randrange(len(names))
        ps[i] = wrong_pct(r, ts[i], dec)
    sT, iT = it(T)
    rows = [(it(v), it(p, dec)) for v, p in zip(vals, ps)]
    u = '吨' if var == 'garbage' else '户'
    head = '类别|数量（%s）|占比' % u if var == 'garbage' else '片区|参与户数|占比'
    body = [head] + ['%s|%s|%s%%' % (n, a[0], p[0]) for n, (a, p) in zip(names, rows)] + ['合计|%s|100%%' % sT]
    ck = [ck_sum(iT, [a[1] for a, p in rows])] + [ck_rate(a[1], iT, p[1], dec) for a, p in rows]
    return fin(r, label, '垃圾分类', body, ck, 'table with a 合计 row; each share recomputed from the counts', pre=(0, 1), post=(0, 1))


def P_change(r, label, var):
    spec = {
        'increase': ('规上工业总产值', '亿元', 2, True),
        'decrease': ('万元GDP能耗', '吨标准煤', 3, False),
        'tongbi': ('接待游客', '万人次', 1, None),
        'wan': ('旅游总收入', '亿元', 2, True),
        'carbon': ('单位地区生产总值二氧化碳排放', '吨/万元', 3, False),
        'accidents': ('道路交通事故死亡人数', '人', 0, False),
        'counts': ('登记结婚', '对', 0, None),
    }[var]
    name, u, vdec, up = spec
    if up is None:
        up = r.random() < 0.6
    dec = r.choice([1, 2])
    for _ in range(300):
        if vdec == 3:
            a = D(r.randint(300, 900)) / 1000
        elif vdec:
            a = D(r.randint(10 * 10 ** vdec, 900 * 10 ** vdec)) / 10 ** vdec
        else:
            a = D(r.randint(20, 3000))
        f = D(r.uniform(1.02, 1.6)) if up else D(r.uniform(0.6, 0.98))
        b = rnd(a * f, vdec)
        if b == a or b <= 0:
            continue
        t = (b - a) / a * 100
        if not is_tie(abs(t), dec):
            break
    p = rnd(abs(t), dec) if label != 'inconsistent' else wrong_pct(r, abs(t), dec, cap=None)
    (sa, ia), (sb, ib), (sp, ip) = it(a, vdec), it(b, vdec), it(p, dec)
    y = year(r)
    if var in ('tongbi', 'counts'):
        body = '{y}年{n}{b}{u}，上年同期为{a}{u}，同比{w}{p}%。'.format(y=y, n=name, b=sb, u=u, a=sa, w='增长' if up else '下降', p=sp)
    elif var in ('decrease', 'carbon'):
        body = '{n}由{a}{u}降至{b}{u}，下降{p}%。'.format(n=name, a=sa, b=sb, u=u, p=sp)
    elif var == 'accidents':
        body = '全年{n}{b}人，较上年的{a}人下降{p}%。'.format(n=name, b=sb, a=sa, p=sp)
    else:
        body = '{n}由{y0}年的{a}{u}增至{y}年的{b}{u}，增长{p}%。'.format(n=name, y0=y - 1, a=sa, u=u, y=y, b=sb, p=sp)
    return fin(r, label, '经济运行', [body], [ck_pchg(ia, ib, ip, dec, up)], 'relative change (new-old)/old')


def P_pp(r, label, var):
    name = r.choice(['森林覆盖率', '城市生活污水集中收集率', '生活垃圾回收利用率', '城镇化率', '学前教育毛入园率', '家庭医生签约率', '政务服务网办率'])
    up = var == 'up'
    dec = r.choice([1, 2])
    a = D(r.randint(300 * 10 ** dec // 10, 900 * 10 ** dec // 10)) / 10 ** dec
    d = D(r.randint(1, 60 * 10 ** dec // 10)) / 10 ** dec
    if up and a + d > 99:
        a = a - 10
    b = a + d if up else a - d
    if label == 'inconsistent':
        d = bump(r, d, dec)
    (sa, ia), (sb, ib), (sd, idd) = it(a, dec), it(b, dec), it(d, dec)
    body = '{n}由{y}年的{a}%{w}{b}%，{w2}{d}个百分点。'.format(n=name, y=year(r) - 1, a=sa, w='提高到' if up else '下降到', b=sb,
                                                         w2='提高' if up else '下降', d=sd)
    return fin(r, label, '发展指标', [body], [ck_pp(ia, ib, idd, up)], 'percentage-point difference of two stated rates')


MALF = {
    'placeholder': lambda r, s: r.choice(['xx%', 'XX%', 'xx.x%', 'xx.xx%', 'XX.X%']),
    'space_before': lambda r, s: s + r.choice([' %', ' ％', '\u3000%']),
    'sign_first': lambda r, s: r.choice(['%', '％']) + s,
    'double_sign': lambda r, s: s + r.choice(['%%', '％％', '%％']),
    'double_dot': lambda r, s: s.replace('.', '..', 1) + '%' if '.' in s else s[:-1] + '.' + '.' + s[-1] + '%',
    'letter_o': lambda r, s: s.replace('0', 'O', 1) + '%' if '0' in s else 'l' + s + '%',
    'trailing_point': lambda r, s: s + '.%',
    'dot_sign': lambda r, s: s + '%.' if False else s.split('.')[0] + '.%' + (s.split('.')[1] if '.' in s else ''),
}


def P_malformed(r, label, var):
    topic, dname, nname, rname, u, lo, hi, rlo, rhi = r.choice(RATES)
    dec = r.choice([1, 2]) if var not in ('letter_o',) else r.choice([0, 1, 2])
    for _ in range(200):
        num, den, p, t = make_rate(r, 'consistent', lo, hi, rlo, rhi, dec)
        if var != 'letter_o' or '0' in format(p, 'f'):
            break
    sn, i_n, sd, i_d, sp, ip = rate_items(num, den, p, dec)
    if label == 'inconsistent':
        full = MALF[var](r, sp)
    else:
        full = sp + r.choice(['%', '%', '％'])
    checks = [ck_fmt(full, label != 'inconsistent')]
    if sp in full:  # the number itself survives the malformation -> its arithmetic is right
        checks.insert(0, ck_rate(i_n, i_d, ip, dec))
    L = lead(r)
    form = r.choice(['{l}{d}{D}{u}，{n}{N}{u}，{rn}为{P}。', '{l}累计{d}{D}{u}，已{n}{N}{u}，{rn}达{P}，',
                     '{l}{rn}{P}，{d}{D}{u}，{n}{N}{u}。'])
    body = form.format(l=L, d=dname, D=sd, u=u, n=nname, N=sn, rn=rname, P=full)
    if body.endswith('，'):
        body = body[:-1] + '。'
    ex = 'malformed percentage counts as inconsistent whatever the arithmetic' if label == 'inconsistent' else 'well-formed twin of a malformed style'
    return fin(r, label, topic, [body], checks, ex)


def P_table(r, label, var):
    kind = r.choice([('单位', '应接种人数', '已接种人数', '接种率', 300, 6000, 0.8, 0.99),
                     ('学校', '在校生', '体质测试合格', '合格率', 200, 3000, 0.85, 0.98),
                     ('社区', '常住户数', '垃圾分类参与户', '参与率', 400, 5000, 0.6, 0.95),
                     ('镇（街道）', '应参保人数', '已参保人数', '参保率', 2000, 40000, 0.9, 0.995),
                     ('医院', '出院患者', '随访', '随访率', 300, 9000, 0.7, 0.97)])
    unit, dn, nn, rn, lo, hi, rlo, rhi = kind
    k = r.randint(2, 5)
    names = []
    while len(names) < k:
        n = pname(r) + {'单位': '卫生院', '学校': '中学', '社区': '社区', '镇（街道）': '镇', '医院': '医院'}[unit]
        if n not in names:
            names.append(n)
    dec = r.choice([1, 2])
    wrong = r.randrange(k) if label == 'inconsistent' else -1
    rows, checks = [], []
    rem = ['', '达标', '—', '需加强', '已复核', '']
    for i, n in enumerate(names):
        num, den, p, t = make_rate(r, 'inconsistent' if i == wrong else 'consistent', lo, hi, rlo, rhi, dec)
        sn, i_n, sd, i_d, sp, ip = rate_items(num, den, p, dec)
        checks.append(ck_rate(i_n, i_d, ip, dec))
        if var == 'spaces':
            rows.append('%s　%s　%s　%s%%' % (n, sd, sn, sp))
        elif var == 'remark':
            rows.append('%s|%s|%s|%s%%|%s' % (n, sd, sn, sp, r.choice(rem)))
        else:
            rows.append('%s|%s|%s|%s%%' % (n, sd, sn, sp))
    if var == 'spaces':
        head = '%s　%s　%s　%s' % (unit, dn, nn, rn)
    elif var == 'remark':
        head = '%s|%s|%s|%s|备注' % (unit, dn, nn, rn)
    else:
        head = '%s|%s|%s|%s' % (unit, dn, nn, rn)
    body = ['%s情况统计表' % rn.replace('率', '')] + [head] + rows
    return fin(r, label, rn, body, checks, 'rate column recomputed row by row', pre=(0, 1), post=(0, 1), head=0.3)


# domain sentences: (style, topic, template, den range, rate range, allow_over, decimals)
DOM = [
    ('vacc_elderly', '疫苗接种', '截至{m}月底，60岁以上老年人{D}人，已完成加强免疫{N}人，加强免疫接种率{P}%。', (3000, 60000), (0.6, 0.95), False),
    ('gross_enrolment', '学前教育', '全{x}学前三年适龄幼儿{D}人，在园幼儿{N}人（含非适龄幼儿），学前三年毛入园率{P}%。', (800, 9000), (0.95, 1.08), True),
    ('bed_occupancy', '医疗服务', '{h}全年实际开放总床日数{D}日，实际占用总床日数{N}日，病床使用率为{P}%。', (30000, 300000), (0.75, 1.06), True),
    ('garbage_households', '垃圾分类', '{v}共有住户{D}户，其中{N}户能够坚持分类投放，分类投放准确率{P}%。', (300, 4000), (0.6, 0.95), False),
    ('sewage_load', '污水处理', '{p}污水处理厂设计处理能力{D}吨/日，全年日均处理污水{N}吨，运行负荷率{P}%。', (5000, 80000), (0.7, 1.05), True),
    ('graduate_employment', '就业创业', '{s}{y}届毕业生{D}人，截至8月31日落实去向{N}人，毕业去向落实率{P}%。', (300, 6000), (0.8, 0.97), False),
    ('exam_pass', '教育质量', '{s}参加学业水平考试{D}人次，合格{N}人次，合格率{P}%，较好完成教学目标。', (300, 5000), (0.85, 0.99), False),
    ('court_mediation', '审判工作', '全年审结民事案件{D}件，其中调解和撤诉结案{N}件，调撤率{P}%。', (300, 8000), (0.3, 0.7), False),
    ('petition_satisfaction', '信访工作', '全年受理信访事项{D}件，参评{D}件中群众满意{N}件，满意率{P}%。', (40, 500), (0.85, 0.98), False),
    ('nev_share', '新能源汽车', '全年新注册登记汽车{D}辆，其中新能源汽车{N}辆，占新注册登记汽车的{P}%。', (3000, 60000), (0.2, 0.55), False),
    ('hotel_occupancy', '住宿业', '全{x}星级饭店可供出租客房{D}间夜，实际出租{N}间夜，平均客房出租率{P}%。', (20000, 400000), (0.4, 0.8), False),
    ('lowincome_share', '社会救助', '全{x}户籍人口{D}人，纳入低保{N}人，低保人口占户籍人口的{P}%。', (50000, 900000), (0.01, 0.04), False),
    ('traffic_fines', '道路交通', '全年查处交通违法行为{D}起，其中非现场执法查处{N}起，占{P}%。', (5000, 90000), (0.4, 0.85), False),
    ('sports_facilities', '全民健身', '全{x}{D}个行政村中，{N}个已建成农民体育健身工程，覆盖率达{P}%。', (60, 400), (0.85, 0.99), False),
    ('culture_venues', '公共文化', '{c}图书馆全年接待读者{D}人次，其中少年儿童{N}人次，占{P}%。', (20000, 400000), (0.2, 0.5), False),
    ('disability_cards', '残疾人服务', '全{x}持证残疾人{D}人，已发放智能化第三代残疾人证{N}人，换领率{P}%。', (2000, 30000), (0.3, 0.9), False),
    ('marriage_online', '婚姻登记', '全年办理结婚登记{D}对，其中通过网上预约办理{N}对，预约率{P}%。', (300, 6000), (0.4, 0.9), False),
    ('water_supply', '供水保障', '农村集中供水工程覆盖人口{N}人，全{x}农村人口{D}人，农村自来水普及率{P}%。', (20000, 400000), (0.85, 0.99), False),
]


def P_domain(r, label, var):
    spec = [d for d in DOM if d[0] == var][0]
    _, topic, tpl, (lo, hi), (rlo, rhi), over = spec
    dec = r.choice([1, 2, 2])
    num, den, p, t = make_rate(r, label, lo, hi, rlo, rhi, dec, allow_over=over)
    mode = r.choice(['a', 'a', 'c']) if den >= 10000 else 'a'
    sn, i_n, sd, i_d, sp, ip = rate_items(num, den, p, dec, mode)
    body = tpl.format(m=r.randint(3, 11), D=sd, N=sn, P=sp, x=r.choice('区县市'), h=pname(r) + r.choice(['人民医院', '中医院', '妇幼保健院']),
                      v=village(r), p=pname(r), s=pname(r) + r.choice(['职业技术学院', '中学', '技师学院']), y=year(r), c=county(r))
    ex = 'rate may legitimately exceed 100 %' if over else ''
    if over and t > 100:
        ex = 'rate over 100 % is legitimate here (%s)' % topic
    return fin(r, label, topic, [body], [ck_rate(i_n, i_d, ip, dec)], ex)


def P_split(r, label, var):
    topic, dname, nname, rname, u, lo, hi, rlo, rhi = r.choice(RATES)
    dec = r.choice([1, 2])
    num, den, p, t = make_rate(r, label, lo, hi, rlo, rhi, dec)
    sn, i_n, sd, i_d, sp, ip = rate_items(num, den, p, dec)
    if var == 'later_line':
        body = ['{l}共{d}{D}{u}，其中已{n}{N}{u}。'.format(l=lead(r), d=dname, D=sd, u=u, n=nname, N=sn),
                '{c}'.format(c=ctx_line(r, pm_full)),
                '从{n}情况看，{rn}为{P}%。'.format(n=nname, rn=rname, P=sp)]
    else:
        body = ['{rn}达到{P}%。'.format(rn=rname, P=sp),
                '具体来看，{l}{d}{D}{u}，{n}{N}{u}。'.format(l=lead(r), d=dname, D=sd, u=u, n=nname, N=sn)]
    return fin(r, label, topic, body, [ck_rate(i_n, i_d, ip, dec)], 'counts and rate in different sentences', pre=(0, 1), post=(0, 1))


def P_list(r, label, var):
    specs = r.sample(RATES, r.randint(2, 3))
    wrong = r.randrange(len(specs)) if label == 'inconsistent' else -1
    body, checks = [], []
    mk = ['一是', '二是', '三是'] if var == 'yishi' else ['（1）', '（2）', '（3）']
    for i, (topic, dname, nname, rname, u, lo, hi, rlo, rhi) in enumerate(specs):
        dec = r.choice([1, 2])
        num, den, p, t = make_rate(r, 'inconsistent' if i == wrong else 'consistent', lo, hi, rlo, rhi, dec)
        sn, i_n, sd, i_d, sp, ip = rate_items(num, den, p, dec)
        checks.append(ck_rate(i_n, i_d, ip, dec))
        body.append('{k}{t}：{d}{D}{u}，{n}{N}{u}，{rn}{P}%。'.format(k=mk[i], t=topic, d=dname, D=sd, u=u, n=nname, N=sn, rn=rname, P=sp))
    if var == 'yishi':
        body = [''.join(body)]
    return fin(r, label, '重点指标', body, checks, 'several rates; an inconsistent record has exactly one wrong', pre=(0, 1), post=(0, 1))


# ---- negatives (pct) ----
def NP(r, label, var):
    x = r.choice('区县市')
    y = year(r)
    f1 = lambda a, b: fmt(D(r.randint(a, b)) / 10, 1)
    if var == 'growth_over_100':
        body = '{y}年{w}同比增长{p}%，{w2}增长{q}%，增速均居全{x}前列。'.format(
            y=y, w=r.choice(['新能源汽车产量', '跨境电商进出口额', '直播电商销售额']), p=f1(1010, 3200),
            w2=r.choice(['网络零售额', '快递业务量']), q=f1(1005, 2500), x=r.choice('省市'))
        why = 'growth rates above 100 % are not shares; no base values given'
    elif var == 'pp_no_base':
        body = '{w}达{p}%，同比提高{d}个百分点；{w2}{q}%，较上年下降{e}个百分点。'.format(
            w=r.choice(['城镇化率', '义务教育巩固率', '森林覆盖率']), p=f1(600, 990), d=f1(3, 40), w2=r.choice(['城镇调查失业率', '婴儿死亡率']),
            q=f1(20, 60), e=f1(1, 9))
        why = 'percentage-point changes without the earlier rates'
    elif var == 'thresholds':
        body = '重点人群管控率保持在{a}%以上，群众安全感满意度不低于{b}%，部分社区建成率超过100%。'.format(a=r.choice([90, 95, 98]), b=r.choice([90, 95]))
        why = 'thresholds (以上/不低于/超过), not computed rates'
    elif var == 'different_wholes':
        a, b = f1(900, 995), f1(880, 990)
        body = '城镇居民基本养老保险参保率{a}%，农村居民参保率{b}%，男性劳动年龄人口就业率{c}%，女性{d}%。'.format(a=a, b=b, c=f1(700, 900), d=f1(600, 850))
        why = 'rates of different wholes, their sum may pass 100 %'
    elif var == 'product_percent':
        body = '为辖区{n}所学校配发75%酒精{l}升、含氯消毒剂{k}箱、N95口罩{m}只，消毒液有效氯含量按0.05%配比。'.format(
            n=r.randint(5, 40), l=r.randint(100, 900), k=r.randint(20, 200), m=r.randint(1000, 9000))
        why = 'concentrations in product descriptions'
    elif var == 'interest_tax':
        body = '创业担保贷款利率按LPR减{b}个基点执行（现行LPR为{l}%），财政贴息{t}%，小规模纳税人增值税征收率减按1%执行。'.format(
            b=r.choice([50, 100, 150]), l=r.choice(['3.45', '3.65', '3.85', '3.95']), t=r.choice([50, 60, 100]))
        why = 'interest, subsidy and tax rates'
    elif var == 'targets':
        body = '{y}年主要预期目标：地区生产总值增长{a}%左右，一般公共预算收入增长{b}%，城乡居民人均可支配收入分别增长{c}%和{d}%。'.format(
            y=y + 1, a=f1(50, 80), b=r.choice([5, 6, 8]), c=f1(50, 70), d=f1(60, 85))
        why = 'growth targets without base values'
    elif var == 'external_share':
        body = '今年共受理农村集体资产交易{a}宗，成交{b}宗，成交金额约{c}万元，占全{x}交易总额的{p}%。'.format(
            a=r.randint(30, 90), b=r.randint(10, 29), c=r.randint(300, 3000), x=x, p=r.randint(8, 35))
        why = 'share of a whole (the district total) that is not stated'
    elif var == 'chengshu':
        body = '近九成受访群众对整治成效表示满意，三成以上村实现集体经济收入翻番，{n}个村中约八成完成“厕所革命”。'.format(n=r.randint(20, 90))
        why = 'approximate fractions in words (成)'
    elif var == 'permille':
        body = '{y}年人口出生率{a}‰，死亡率{b}‰，婴儿死亡率控制在{c}‰以内。'.format(y=y, a=f1(50, 110), b=f1(50, 100), c=f1(20, 60))
        why = 'per-mille rates without counts'
    elif var == 'survey_multi':
        body = '问卷调查（可多选）显示，受访者最关注的问题中，停车难占{a}%，物业服务占{b}%，噪声扰民占{c}%。'.format(
            a=f1(450, 700), b=f1(380, 600), c=f1(200, 450))
        why = 'multiple-choice survey: shares may sum past 100 %'
    elif var == 'periods':
        body = '规上工业增加值一季度增长{a}%，上半年增长{b}%，前三季度增长{c}%，全年增长{d}%。'.format(
            a=f1(30, 90), b=f1(30, 90), c=f1(30, 90), d=f1(30, 90))
        why = 'cumulative growth rates of different periods'
    elif var == 'ratios':
        body = '按1:1比例落实配套资金，中小学师生比达到1:{a}，出生人口性别比为{b}（女性为100），车桩比降至{c}:1。'.format(
            a=f1(120, 190), b=f1(1030, 1120), c=f1(20, 60))
        why = 'ratios, not percentages of a whole'
    elif var == 'air_quality':
        body = '全年空气质量优良天数比例{a}%，PM2.5平均浓度{b}微克/立方米，地表水国考断面水质优良比例100%。'.format(a=f1(800, 990), b=r.randint(18, 45))
        why = 'rates without the underlying day/section counts'
    elif var == 'ranges':
        body = '将项目资本金比例控制在{a}%—{b}%之间，预计降本{c}%至{d}%，综合能耗降低{e}%左右。'.format(
            a=r.choice([20, 25]), b=r.choice([30, 35]), c=r.randint(5, 10), d=r.randint(12, 20), e=r.randint(3, 9))
        why = 'ranges and approximate values'
    else:  # full_coverage
        body = '实现行政村5G网络和快递服务“两个100%”覆盖，{n}个村（社区）综合服务站点覆盖率100%，“15分钟健身圈”覆盖率{p}%。'.format(
            n=r.randint(20, 120), p=f1(850, 990))
        why = 'slogan-like coverage percentages without counts'
    return fin(r, label, '发展指标', [body], [ck_none(why)])


# ----------------------------------------------------------------------------------------------
# style registry: (style, family, labels, function, variant)
# ----------------------------------------------------------------------------------------------
CI = ('consistent', 'inconsistent')
NEG = ('negative',)
STYLES = []


def reg(name, fam, labels, fn, var):
    STYLES.append((name, fam, labels, fn, var))


for v in ['dunhao', 'semicolon', 'fullwidth', 'cn_numeral', 'num_first', 'thousands', 'thousands_space', 'halfwidth']:
    reg('totals_qizhong_' + v, 'totals', CI, T_qizhong, v)
for v in ['dunhao', 'comma']:
    reg('totals_qizhong_decimal_' + v, 'totals', CI, T_qizhong_decimal, v)
for v in ['heji_after', 'gong_before', 'fullwidth', 'cn_numeral', 'units_each', 'units_last']:
    reg('totals_fenbie_' + v, 'totals', CI, T_fenbie, v)
for v in ['paren', 'colon', 'by_type']:
    reg('totals_baokuo_' + v, 'totals', CI, T_baokuo, v)
for v in ['gongji', 'yishang', 'fangmian', 'fullwidth']:
    reg('totals_parts_first_' + v, 'totals', CI, T_after, v)
for v in ['pipe', 'colon_lines', 'space_cols', 'remark', 'total_first']:
    reg('totals_table_' + v, 'totals', CI, T_table, v)
for v in ['pipe', 'prose']:
    reg('totals_halfyear_' + v, 'totals', CI, T_halfyear, v)
for v in ['table', 'prose']:
    reg('totals_quota_' + v, 'totals', CI, T_quota, v)
for v in ['yishi', 'paren_num', 'circled', 'arabic_lines']:
    reg('totals_items_' + v, 'totals', CI, T_items, v)
for v in ['villages', 'schools']:
    reg('totals_names_count_' + v, 'totals', CI, T_names_count, v)
for v in ['income_expense', 'balance_first', 'table']:
    reg('totals_diff_' + v, 'totals', CI, T_diff, v)
for v in ['lowincome', 'hukou', 'enterprise']:
    reg('totals_stockflow_' + v, 'totals', CI, T_balance, v)
for v in ['births', 'migration']:
    reg('totals_natural_' + v, 'totals', CI, T_natural, v)
for v in ['increase', 'decrease', 'vs_last_year', 'net', 'cn_numeral']:
    reg('totals_change_' + v, 'totals', CI, T_change, v)
for v in ['per_person', 'unit_price', 'per_household']:
    reg('totals_product_' + v, 'totals', CI, T_product, v)
for v in ['male_first', 'paren']:
    reg('totals_gender_' + v, 'totals', CI, T_gender, v)
for v in ['primary', 'middle_classes', 'kindergarten', 'table']:
    reg('totals_grades_' + v, 'totals', CI, T_grades, v)
for v in ['population', 'lowincome_two_level']:
    reg('totals_urban_rural_' + v, 'totals', CI, T_urban, v)
for v in ['quarters', 'months']:
    reg('totals_periods_' + v, 'totals', CI, T_quarters, v)
for v in ['paren', 'second_sentence']:
    reg('totals_nested_' + v, 'totals', CI, T_nested, v)
for v in ['yi_wan', 'wan_renci']:
    reg('totals_mixed_units_' + v, 'totals', CI, T_mixed_units, v)
for v in ['charging', 'greening']:
    reg('totals_cumulative_' + v, 'totals', CI, T_cumulative, v)
for v in ['lines_then_total', 'total_then_lines']:
    reg('totals_spread_' + v, 'totals', CI, T_spread, v)
for v in ['one_line', 'two_lines']:
    reg('totals_two_years_' + v, 'totals', CI, T_two_years, v)
for v in ['prose', 'table']:
    reg('totals_score_' + v, 'totals', CI, T_score, v)
for v in ['tourism', 'hotel']:
    reg('totals_receipts_' + v, 'totals', CI, T_receipts, v)
# totals negatives
for v in ['school', 'staff']:
    reg('totals_neg_overlap_' + v, 'totals', NEG, NT_overlap, v)
reg('totals_neg_overlap_firms', 'totals', NEG, NT_overlap_firms, '')
for v in ['zhuyao', 'deng']:
    reg('totals_neg_selection_' + v, 'totals', NEG, NT_selection, v)
for v in ['yue', 'yu', 'jin']:
    reg('totals_neg_approx_' + v, 'totals', NEG, NT_approx, v)
for v in ['dates_phones', 'models', 'docs', 'ranges']:
    reg('totals_neg_codes_' + v, 'totals', NEG, NT_codes, v)
reg('totals_neg_ranks', 'totals', NEG, NT_ranks, '')
for v in ['one_plus_x', 'seven_plus_x']:
    reg('totals_neg_plusx_' + v, 'totals', NEG, NT_plusx, v)
for v in ['series', 'cumulative']:
    reg('totals_neg_years_' + v, 'totals', NEG, NT_years, v)
for v in ['plan_actual', 'nested_wholes']:
    reg('totals_neg_wholes_' + v, 'totals', NEG, NT_wholes, v)
reg('totals_neg_average', 'totals', NEG, NT_average, '')

for v in ['da', 'wei', 'fullwidth_sign', 'fullwidth_digits', 'cn_baifenzhi', 'dec0', 'dec1', 'dec2', 'rate_first', 'fraction',
          'halfwidth', 'complement', 'thousands']:
    reg('pct_rate_' + v, 'pct', CI, P_rate, v)
reg('pct_rate_wan', 'pct', CI, P_wan, '')
for v in ['buhege', 'hege', 'both']:
    reg('pct_passfail_' + v, 'pct', CI, P_passfail, v)
for v in ['over', 'progress']:
    reg('pct_target_' + v, 'pct', CI, P_target, v)
for v in ['zhan_total', 'zhan_after', 'bracket', 'multi']:
    reg('pct_share_' + v, 'pct', CI, P_share, v)
for v in ['industry', 'energy', 'categories']:
    reg('pct_shares_sum_' + v, 'pct', CI, P_shares_sum, v)
for v in ['garbage', 'districts']:
    reg('pct_share_table_' + v, 'pct', CI, P_share_table, v)
for v in ['increase', 'decrease', 'tongbi', 'wan', 'carbon', 'accidents', 'counts']:
    reg('pct_change_' + v, 'pct', CI, P_change, v)
for v in ['up', 'down']:
    reg('pct_points_' + v, 'pct', CI, P_pp, v)
for v in MALF:
    reg('pct_malformed_' + v, 'pct', CI, P_malformed, v)
for v in ['pipe', 'spaces', 'remark']:
    reg('pct_table_' + v, 'pct', CI, P_table, v)
for d in DOM:
    reg('pct_domain_' + d[0], 'pct', CI, P_domain, d[0])
for v in ['later_line', 'rate_first']:
    reg('pct_split_' + v, 'pct', CI, P_split, v)
for v in ['yishi', 'paren_lines']:
    reg('pct_list_' + v, 'pct', CI, P_list, v)
for v in ['growth_over_100', 'pp_no_base', 'thresholds', 'different_wholes', 'product_percent', 'interest_tax', 'targets',
          'external_share', 'chengshu', 'permille', 'survey_multi', 'periods', 'ratios', 'air_quality', 'ranges', 'full_coverage']:
    reg('pct_neg_' + v, 'pct', NEG, NP, v)


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
def style_count(seed, name, fam):
    r = random.Random('count|%d|%s' % (seed, name))
    return r.randint(15, 16) if fam == 'totals' else r.randint(16, 18)


def generate(seed):
    recs = []
    counters = {'totals': 0, 'pct': 0}
    for name, fam, labels, fn, var in STYLES:
        n = style_count(seed, name, fam)
        r = random.Random('gen|%d|%s' % (seed, name))
        if labels == CI:
            labs = ['consistent', 'inconsistent'] * (n // 2) + ([r.choice(CI)] if n % 2 else [])
        else:
            labs = list(labels) * n
        r.shuffle(labs)
        seen = set()
        for lab in labs:
            for attempt in range(200):
                try:
                    text, note, checks = fn(r, lab, var)
                except (AssertionError, ValueError, IndexError, TypeError, ZeroDivisionError, ArithmeticError) as e:
                    errs = ['exception %r' % e]
                    continue
                rec = {'id': '', 'family': fam, 'style': name, 'label': lab, 'text': text, 'note': note, 'checks': checks}
                rec = json.loads(json.dumps(rec, ensure_ascii=False, default=str))
                if text in seen:
                    continue
                errs = verify_record(rec)
                if not errs:
                    break
            else:
                raise RuntimeError('could not build a valid record for %s/%s: %s' % (name, lab, errs))
            seen.add(text)
            recs.append(rec)
    # interleave deterministically, then number per family
    rr = random.Random('order|%d' % seed)
    rr.shuffle(recs)
    for rec in recs:
        counters[rec['family']] += 1
        rec['id'] = 'n21-%s-%06d' % (rec['family'], counters[rec['family']])
    return [{k: rec[k] for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks')} for rec in recs]


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def verify_files(paths):
    bad = 0
    for p in paths:
        recs = load(p)
        ids = set()
        texts = set()
        for rec in recs:
            errs = verify_record(rec)
            if rec.get('id') in ids:
                errs.append('duplicate id')
            ids.add(rec.get('id'))
            if rec.get('text') in texts:
                errs.append('duplicate text')
            texts.add(rec.get('text'))
            for e in errs:
                bad += 1
                print('%s %s: %s' % (p, rec.get('id'), e))
        fams = {}
        for rec in recs:
            fams.setdefault(rec['family'], {}).setdefault(rec['label'], 0)
            fams[rec['family']][rec['label']] += 1
        styles = {}
        for rec in recs:
            styles[rec['style']] = styles.get(rec['style'], 0) + 1
        print('%s: %d records, %d styles (min %d, max %d per style), %s' % (
            p, len(recs), len(styles), min(styles.values()), max(styles.values()),
            json.dumps(fams, ensure_ascii=False, sort_keys=True)))
    print('verify: %s (%d problems)' % ('OK' if not bad else 'FAILED', bad))
    return 1 if bad else 0


def style_table(paths):
    rows = {}
    for p in paths:
        for rec in load(p):
            d = rows.setdefault(rec['style'], {'family': rec['family'], 'consistent': 0, 'inconsistent': 0, 'negative': 0, 'ex': None})
            d[rec['label']] += 1
            if d['ex'] is None or (rec['label'] == 'inconsistent' and d['ex'][0] != 'inconsistent'):
                d['ex'] = (rec['label'], rec['text'])
    out = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for s in sorted(rows):
        d = rows[s]
        ex = d['ex'][1].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(ex) > 110:
            ex = ex[:110] + '…'
        out.append('| %s | %s | %d | %d | %d | (%s) %s |' % (s, d['family'], d['consistent'], d['inconsistent'], d['negative'], d['ex'][0][:5], ex))
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table', nargs='+')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required for generation')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
