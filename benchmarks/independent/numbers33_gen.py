#!/usr/bin/env python3
"""numbers33_gen.py -- held-out test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes and parts, differences, changes, balances, counts of listed items, unit
conversions) and `pct` (rates, shares, growth, percentage points, malformed percentages).

Usage:
    python3 numbers33_gen.py --seed 11 --out numbers33_seed11.jsonl
    python3 numbers33_gen.py --verify numbers33_seed11.jsonl numbers33_seed12.jsonl
    python3 numbers33_gen.py --style-table [--seed 11]

Standard library only; deterministic per seed (random.Random seeded with strings, which is independent
of PYTHONHASHSEED).  Every record carries `checks`: the relations the generator built, written with the
exact number strings that occur in the text.  --verify re-parses those strings (ASCII / full-width
digits, thousands separators, Chinese numerals, 万/亿 suffixes, 百分之) and recomputes each relation
exactly with fractions, then confirms the label:
    consistent   -> every check holds, no malformed percentage anywhere in the text
    inconsistent -> exactly one check fails (a wrong relation or one malformed percentage)
    negative     -> at least one `none` check (a look-alike that is not a relation), all others hold
"""
import argparse
import json
import re
import random
import sys
from fractions import Fraction

# ----------------------------------------------------------------------------------------------
# number formatting / parsing
# ----------------------------------------------------------------------------------------------
FW_DIG = str.maketrans('0123456789.', '０１２３４５６７８９．')
FW_BACK = str.maketrans('０１２３４５６７８９．', '0123456789.')
CN_DIG = '零一二三四五六七八九'
CN_VAL = {c: i for i, c in enumerate(CN_DIG)}
CN_VAL.update({'〇': 0, '两': 2})
CN_CHARS = set(CN_DIG + '〇两十百千万亿点')
DIGITLIKE = set('0123456789０１２３４５６７８９.．')


def cn4(v):
    digs = [v // 1000, v // 100 % 10, v // 10 % 10, v % 10]
    s, zero = '', False
    for dg, u in zip(digs, ['千', '百', '十', '']):
        if dg == 0:
            if s:
                zero = True
            continue
        if zero:
            s += '零'
            zero = False
        s += CN_DIG[dg] + u
    return s


def cn_int(n, liang=False):
    if n == 0:
        return '零'
    yi, rest = divmod(n, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    s = ''
    gap = False
    for val, unit in ((yi, '亿'), (wan, '万'), (ge, '')):
        if val == 0:
            if s:
                gap = True
            continue
        if s and (gap or val < 1000):
            s += '零'
        s += cn4(val) + unit
        gap = False
    if s.startswith('一十'):
        s = s[1:]
    if liang and len(s) >= 2 and s[0] == '二' and s[1] in '千万亿':
        s = '两' + s[1:]
    return s


def parse_cn_int(s):
    total, section, num = 0, 0, 0
    for c in s:
        if c in CN_VAL:
            num = CN_VAL[c]
        elif c == '十':
            section += (num or 1) * 10
            num = 0
        elif c == '百':
            section += num * 100
            num = 0
        elif c == '千':
            section += num * 1000
            num = 0
        elif c == '万':
            total += (section + num) * 10000
            section = num = 0
        elif c == '亿':
            total = (total + section + num) * 10 ** 8
            section = num = 0
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return total + section + num


def parse_num(raw):
    """Exact value (Fraction) of a number string as written in the text."""
    s = raw.strip()
    if s.startswith('百分之'):
        s = s[3:]
    s = s.rstrip('%％')
    s = s.translate(FW_BACK)
    s = s.replace(',', '').replace('，', '').replace(' ', '').replace('\u2009', '')
    m = re.fullmatch(r'(\d+(?:\.\d+)?)(万亿|万|亿)?', s)
    if m:
        v = Fraction(m.group(1))
        mult = {'万': 10 ** 4, '亿': 10 ** 8, '万亿': 10 ** 12, None: 1}[m.group(2)]
        return v * mult
    if '点' in s:
        ip, fp = s.split('点')
        return Fraction(parse_cn_int(ip)) + Fraction(int(''.join(str(CN_VAL[c]) for c in fp)), 10 ** len(fp))
    return Fraction(parse_cn_int(s))


def decimals_of(raw):
    s = raw.strip().rstrip('%％').translate(FW_BACK)
    for sep in ('.', '点'):
        if sep in s:
            return len(re.match(r'[0-9零一二三四五六七八九〇]*', s.split(sep)[1]).group(0))
    return 0


def split_units(u, d):
    s = str(abs(u)).rjust(d + 1, '0')
    return (s[:-d], s[-d:]) if d else (s, '')


def group3(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def fmt(u, d=0, mode='a', liang=False):
    """Format an integer number of 10^-d units."""
    ip, fp = split_units(u, d)
    if mode == 'h':
        s = cn_int(int(ip), liang)
        if fp:
            s += '点' + ''.join(CN_DIG[int(c)] for c in fp)
        return s
    if mode in ('c', 's', 'C') and len(ip) >= 4:
        ip = group3(ip, {'c': ',', 's': ' ', 'C': '，'}[mode])
    s = ip + ('.' + fp if d else '')
    if mode == 'f':
        s = s.translate(FW_DIG)
    return s


def rhu(fr):
    """round half up of a non-negative Fraction to an integer"""
    return (2 * fr.numerator + fr.denominator) // (2 * fr.denominator)


def pct_units(num, den, d):
    return rhu(Fraction(num) * 100 * 10 ** d / Fraction(den))


def is_tie(num, den, d):
    return (Fraction(num) * 100 * 10 ** d / Fraction(den)).denominator == 2


# ----------------------------------------------------------------------------------------------
# malformed percentages
# ----------------------------------------------------------------------------------------------
MAL_RE = re.compile(
    r'[xX]{1,3}\s*[%％]'
    r'|[0-9０-９][ \t\u3000\u2009]+[%％]'
    r'|(?<![0-9０-９.．])[%％][ \u3000]?[0-9０-９]'
    r'|[%％]{2,}'
    r'|[.．][%％]'
    r'|[0-9０-９][.．]{2,}[0-9０-９]')


def malform(r, raw):
    core = raw.rstrip('%％')
    sign = raw[len(core):] or '%'
    kinds = ['space', 'xx', 'prefix', 'double', 'fwdouble', 'mixed', 'dotend', 'doubledot', 'ideo_space']
    k = r.choice(kinds)
    if k == 'space':
        return core + ' ' + sign, 'space before the percent sign'
    if k == 'xx':
        return r.choice(['xx', 'XX', 'xxx']) + sign, 'placeholder xx instead of a value'
    if k == 'prefix':
        return sign + core, 'percent sign written before the number'
    if k == 'double':
        return core + '%%', 'doubled percent sign'
    if k == 'fwdouble':
        return core + '％％', 'doubled full-width percent sign'
    if k == 'mixed':
        return core + '%％', 'ASCII and full-width percent signs together'
    if k == 'dotend':
        ip = re.split(r'[.．]', core)[0]
        return ip + '.' + sign, 'decimal point with no decimals'
    if k == 'doubledot' and re.search(r'[.．]', core):
        return re.sub(r'([.．])', r'\1\1', core, count=1) + sign, 'doubled decimal point'
    return core + '\u3000' + sign, 'ideographic space before the percent sign'


# ----------------------------------------------------------------------------------------------
# relations: evaluation shared by generator and verifier
# ----------------------------------------------------------------------------------------------
NEG_KINDS = {
    'overlap_subset': 'parts under 其中 are different dimensions (they may overlap), not a partition',
    'selection': 'parts introduced as a selection (主要/重点/包括部分), need not add up',
    'approx_total': 'total is approximate (约/近/余/多), no exact sum can be checked',
    'partial_list': 'list ends with 等, it is partial',
    'code_number': 'model / standard / document numbers, not quantities',
    'date_time': 'dates, times and periods, not quantities',
    'phone': 'telephone or hotline numbers',
    'rank': 'ranks and positions, not quantities',
    'formula_name': 'names like 1+X, 7+X, 3+1+2, 5+2 are labels, not sums',
    'cumulative': 'new this year vs cumulative since the start, different periods',
    'range': 'ranges (18-35岁, 1-3季度) are bounds, not differences',
    'person_times': '人次 vs 人 count different things',
    'slogan': 'numbers inside programme names or slogans',
    'mixed_units': 'quantities in different units that cannot be added',
    'subset_only': 'one subset under 其中 (or nested 含), nothing to add up',
    'two_years': 'two years side by side with no stated difference',
    'threshold': 'thresholds (不少于/以上/以内) are bounds, not results',
    'different_wholes': 'figures relate to different wholes',
    'approx_parts': 'parts are approximate (约/左右), no exact sum',
    'pp_only': 'a change in percentage points with nothing to check it against',
    'over100_nobase': 'a rate above 100 % with no base numbers, not an error',
    'rate_names': 'tax/interest/statutory rates, not shares of stated numbers',
    'fraction_words': 'fractions in words (成/分之/半数), approximate',
    'multiple_bei': 'growth stated in 倍 without both values',
    'approx_base': 'base numbers approximate, rate cannot be checked exactly',
    'yoy_nobase': 'year-on-year changes without the previous year values',
    'spec_limit': 'specification limits (≤/≥/不低于), not results',
    'avg_growth': 'average annual growth over several years, not a single change',
    'percentile': 'percentile / top-X% ranks, not shares of a stated whole',
}


def _vals(raws):
    return [parse_num(x) for x in raws]


def evaluate(c):
    """Return (holds, description) recomputed from the raw strings of check c."""
    rel = c['rel']
    if rel == 'sum':
        ps = _vals(c['parts'])
        t = parse_num(c['total'])
        s = sum(ps)
        return s == t, '%s = %s vs stated %s' % ('+'.join(c['parts']), _fs(s), c['total'])
    if rel == 'diff':
        a, b, res = parse_num(c['a']), parse_num(c['b']), parse_num(c['result'])
        return a - b == res, '%s - %s = %s vs stated %s' % (c['a'], c['b'], _fs(a - b), c['result'])
    if rel == 'balance':
        v = parse_num(c['start']) + sum(_vals(c['plus'])) - sum(_vals(c.get('minus', [])))
        e = parse_num(c['end'])
        return v == e, '%s + (%s) - (%s) = %s vs stated %s' % (
            c['start'], '+'.join(c['plus']), '+'.join(c.get('minus', [])), _fs(v), c['end'])
    if rel == 'change':
        a, b, dl = parse_num(c['from']), parse_num(c['to']), parse_num(c['delta'])
        real = b - a if c['dir'] == 'up' else a - b
        return real == dl, 'change %s -> %s is %s vs stated %s' % (c['from'], c['to'], _fs(real), c['delta'])
    if rel in ('rate', 'growth', 'decline'):
        if rel == 'rate':
            num, den = parse_num(c['num']), parse_num(c['den'])
        else:
            a, b = parse_num(c['from']), parse_num(c['to'])
            num, den = (b - a if rel == 'growth' else a - b), a
        p = parse_num(c['pct'])
        d = decimals_of(c['pct'])
        exact = num * 100 / den
        r = Fraction(rhu(exact * 10 ** d), 10 ** d)
        return r == p, '%s: exact %.4f%%, rounded to %d dp %s vs stated %s' % (
            rel, float(exact), d, _fs(r, d), c['pct'])
    if rel == 'pp':
        a, b, pp = parse_num(c['from']), parse_num(c['to']), parse_num(c['pp'])
        real = b - a if c['dir'] == 'up' else a - b
        return real == pp, 'pp %s -> %s = %s vs stated %s' % (c['from'], c['to'], _fs(real), c['pp'])
    if rel in ('shares_eq_100', 'shares_le_100'):
        ps = _vals(c['pcts'])
        tol = sum(Fraction(1, 2 * 10 ** decimals_of(x)) for x in c['pcts'])
        s = sum(ps)
        ok = abs(s - 100) <= tol if rel == 'shares_eq_100' else s <= 100 + tol
        return ok, 'shares sum %s (tolerance %s) %s' % (_fs(s), _fs(tol), '=100' if rel == 'shares_eq_100' else '<=100')
    if rel == 'equal':
        a, b = parse_num(c['a']), parse_num(c['b'])
        return a == b, '%s == %s' % (c['a'], c['b'])
    if rel == 'product':
        a, b, res = parse_num(c['a']), parse_num(c['b']), parse_num(c['result'])
        f = Fraction(c.get('scale', '1'))
        return a * b * f == res, '%s x %s x %s = %s vs stated %s' % (c['a'], c['b'], c.get('scale', '1'), _fs(a * b * f), c['result'])
    if rel == 'avg':
        t, n, av = parse_num(c['total']), parse_num(c['n']), parse_num(c['avg'])
        f = Fraction(c.get('scale', '1'))
        d = decimals_of(c['avg'])
        exact = t * f / n
        r = Fraction(rhu(exact * 10 ** d), 10 ** d)
        return r == av, 'avg %s/%s = %.4f -> %s vs stated %s' % (c['total'], c['n'], float(exact), _fs(r, d), c['avg'])
    if rel == 'count':
        n = parse_num(c['count'])
        return n == len(c['items']), 'stated count %s vs %d listed items' % (c['count'], len(c['items']))
    if rel == 'pct_format':
        return False, 'malformed percentage %r' % c['raw']
    if rel == 'none':
        return True, 'not a relation: ' + NEG_KINDS[c['kind']]
    raise ValueError('unknown rel ' + rel)


def _fs(x, d=None):
    if x.denominator == 1 and not d:
        return str(x.numerator)
    if d is not None:
        return '%.*f' % (d, float(x))
    return '%.4f' % float(x)


def raws_of(c):
    out = []
    for k, v in c.items():
        if k in ('rel', 'dir', 'kind', 'holds', 'scale', 'naive', 'naive_holds', 'raw', 'items'):
            continue
        if isinstance(v, list):
            out += v
        elif isinstance(v, str):
            out.append(v)
    if c['rel'] == 'none':
        out = list(c.get('nums', []))
    return out


def present(raw, text):
    """raw occurs in text with number boundaries."""
    start = 0
    cn = all(ch in CN_CHARS for ch in raw.rstrip('%％'))
    bound = CN_CHARS if cn else DIGITLIKE
    while True:
        i = text.find(raw, start)
        if i < 0:
            return False
        j = i + len(raw)
        before = text[i - 1] if i > 0 else ''
        after = text[j] if j < len(text) else ''
        if cn and after in '万亿' and (j + 1 >= len(text) or text[j + 1] not in CN_CHARS):
            after = ''
        if before not in bound and after not in bound:
            return True
        start = i + 1


def verify_record(rec):
    """Return list of problems (empty = fine)."""
    probs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            probs.append('missing field ' + k)
    if probs:
        return probs
    text = rec['text']
    nlines = len(text.split('\n'))
    if not 1 <= nlines <= 8:
        probs.append('text has %d lines' % nlines)
    if rec['family'] not in ('totals', 'pct') or rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        probs.append('bad family/label')
    fails, nones, fmt_checks = 0, 0, 0
    for c in rec['checks']:
        try:
            h, _ = evaluate(c)
        except Exception as e:  # noqa
            probs.append('cannot evaluate %s: %s' % (c, e))
            continue
        if c.get('holds') is not h:
            probs.append('stored holds %s != recomputed %s for %s' % (c.get('holds'), h, c))
        if c['rel'] == 'pct_format':
            fmt_checks += 1
            if c['raw'] not in text:
                probs.append('malformed raw not in text: %r' % c['raw'])
            elif not MAL_RE.search(c['raw']):
                probs.append('raw not recognised as malformed: %r' % c['raw'])
        elif c['rel'] == 'count':
            for it in c['items']:
                if it not in text:
                    probs.append('count item not in text: %r' % it)
            if not present(c['count'], text):
                probs.append('count not in text: %r' % c['count'])
        else:
            for x in raws_of(c):
                if not present(x, text):
                    probs.append('number %r not found in text' % x)
        if c['rel'] == 'none':
            nones += 1
            if c['kind'] not in NEG_KINDS:
                probs.append('unknown negative kind')
            if 'naive' in c:
                nh, _ = evaluate(c['naive'])
                if nh is not c.get('naive_holds'):
                    probs.append('naive_holds mismatch')
                for x in raws_of(c['naive']):
                    if not present(x, text):
                        probs.append('naive number %r not in text' % x)
        if not h:
            fails += 1
    nmal = len(MAL_RE.findall(text))
    if nmal != fmt_checks:
        probs.append('text has %d malformed percentages, checks list %d' % (nmal, fmt_checks))
    lab = rec['label']
    if not rec['checks']:
        probs.append('no checks')
    if lab == 'consistent' and (fails or nones):
        probs.append('consistent record with %d failing / %d none checks' % (fails, nones))
    if lab == 'inconsistent' and (fails != 1 or nones):
        probs.append('inconsistent record with %d failing checks' % fails)
    if lab == 'negative' and (fails or not nones):
        probs.append('negative record: %d failing, %d none' % (fails, nones))
    return probs


# ----------------------------------------------------------------------------------------------
# names and context
# ----------------------------------------------------------------------------------------------
SYL = '青云禾东岚清明兴安蓉龙凤石桂松柳梅金玉白新古永福泰丰宁和嘉汇瑞祥华盛溪岭川湾塘桥源坪港'
INDUS = ['新材料', '电子科技', '食品', '建设工程', '物流', '能源', '生物医药', '纺织', '机械制造', '农业开发', '环保科技', '精密铸造']


def pname(r, n=2):
    return ''.join(r.sample(SYL, n))


def county(r):
    return pname(r) + r.choice(['县', '市', '区'])


def town(r):
    return pname(r) + r.choice(['镇', '镇', '乡', '街道'])


def village(r):
    return pname(r) + r.choice(['村', '村', '社区'])


def company(r):
    return pname(r) + r.choice(INDUS) + r.choice(['有限公司', '股份有限公司', '集团有限公司'])


def distinct(r, f, k):
    out = []
    while len(out) < k:
        x = f(r)
        if x not in out and not any(x[:2] == y[:2] for y in out):
            out.append(x)
    return out


PROJ = ['{p}大道改造工程', '{p}污水处理厂二期', '{p}产业园标准厂房', '{p}中学迁建工程', '{p}人民医院门诊综合楼',
        '{p}片区城中村改造', '{p}河道综合整治', '{p}冷链物流园', '{p}体育公园', '{p}供水管网改造', '{p}保障性租赁住房',
        '{p}互通立交', '{p}高标准农田', '{p}数据中心', '{p}职业技术学校实训楼', '{p}垃圾焚烧发电厂']


def projects(r, k):
    out = []
    while len(out) < k:
        x = r.choice(PROJ).format(p=pname(r))
        if x not in out and all(x[2:] != y[2:] for y in out):
            out.append(x)
    return out


# context sentences: numbers in them never form a checkable relation with anything else
CTX = {
    'gov': ['召开常务会议{a}次，研究审议重大事项。', '深入基层调研{a}次，协调解决一批具体问题。', '办理人大代表建议和政协提案{b}件，全部按时答复。',
            '出台优化营商环境措施{a}条。', '组织专题学习{a}次，班子成员带头讲党课。', '政务服务事项网上可办，群众办事更加便捷。',
            '{y}年是爬坡过坎、攻坚克难的关键一年。', '全年共开展“四下基层”活动，推动问题就地解决。'],
    'env': ['出动执法人员{c}人次，检查企业{b}家次。', '空气质量优良天数持续增加，群众获得感不断增强。', '完成{a}个入河排污口整治。',
            '开展“清废行动”专项检查，督促企业落实主体责任。', '新建空气自动监测站{a}个。', '全面推行河湖长制，巡河{c}人次。'],
    'court': ['院领导带头办理重大疑难复杂案件。', '开展巡回审判{b}场次，就地化解矛盾。', '发布典型案例{a}批。', '诉讼服务中心实现一站式办理。',
              '选任人民陪审员{b}名。', '深化司法公开，庭审直播{c}场。'],
    'civil': ['建立领导包案制度，推动积案化解。', '热线工作人员实行7×24小时轮班。', '开展满意度回访，及时改进工作作风。', '组织业务培训{a}期。',
              '对重点诉求实行挂牌督办。', '编发工作简报{a}期。'],
    'safety': ['开展安全生产大检查{a}轮，排查重点企业{b}家。', '组织应急演练{a}场次。', '全年未发生较大以上生产安全事故。', '更新应急物资储备，建立专业救援队伍{a}支。',
               '发放安全宣传资料{c}份。'],
    'hosp': ['新引进学科带头人{a}名。', '开展新技术新项目{a}项。', '推行预约诊疗，门诊候诊时间明显缩短。', '组织下乡义诊{b}次。',
             '医院顺利通过等级医院复审。', '派出医务人员{a}人次支援基层。'],
    'school': ['组织教师参加各级培训{c}人次。', '新建学生食堂{a}个。', '开展课后服务，学生参与面持续扩大。', '学校获评省级文明校园。',
               '举办校园科技节、艺术节等活动{a}场。'],
    'village': ['修建村组道路{a}公里。', '召开村民代表大会{a}次，议事程序更加规范。', '村集体经济收入稳步增长。', '整治房前屋后环境，清理垃圾{b}车次。',
                '建成文化广场{a}处。', '发展特色种植，带动群众增收。'],
    'budget': ['坚持过紧日子，严控一般性支出。', '全面实施预算绩效管理。', '盘活存量资金，统筹用于重点领域。', '加强政府债务管理，风险总体可控。',
               '预算公开覆盖全部部门。'],
    'company': ['公司新增发明专利{a}项。', '全年安全生产无事故。', '持续推进降本增效，管理水平进一步提升。', '新开拓海外市场{a}个。',
                '研发投入保持较高强度。', '组织员工技能培训{b}人次。'],
    'invest': ['坚持“项目为王”，实行领导挂点联系制度。', '召开项目调度会{a}次，协调解决用地、用电等问题{b}个。', '重点项目用地保障有力。',
               '谋划储备项目{b}个。', '实行“周调度、月通报”制度。'],
    'procure': ['全面推行电子化采购，实现全流程网上交易。', '处理采购质疑投诉{a}件。', '开展政府采购代理机构监督评价。', '落实政府采购支持中小企业政策。',
                '编制年度采购意向公开目录。'],
    'tax': ['组建政策辅导团队{a}支，上门辅导纳税人。', '税费优惠政策宣传覆盖全部重点行业。', '推行“非接触式”办税，多数业务网上办理。',
            '开展“春风行动”，解决纳税人急难愁盼问题{b}个。', '退税资金直达市场主体。'],
    'carbon': ['完善碳排放数据质量管理。', '组织重点排放单位核查{a}轮。', '推广高效电机和余热回收技术。', '发布节能技术推广目录。',
               '开展节能宣传周活动。', '淘汰落后产能，推动产业绿色转型。'],
    'exam': ['考试期间组织考务人员{c}人次。', '全面启用智能安检设备。', '考场视频监控实现全覆盖。', '开展诚信考试教育。',
             '招生录取工作坚持“阳光招生”。', '设立考点{a}个。'],
    'military': ['征兵宣传进校园、进社区。', '组织役前训练{a}天。', '召开欢送大会，营造参军光荣的氛围。', '落实优待金发放政策。',
                 '严格政治考核和体格检查。'],
    'stats': ['全年经济运行总体平稳。', '规模以上工业企业达到{b}家。', '新登记市场主体{c}户。', '城乡居民收入稳步增长。',
              '消费市场持续回暖。'],
    'agri': ['建成高标准农田{c}亩。', '推广绿色防控技术。', '培育新型农业经营主体{b}家。', '农业机械化水平持续提高。',
             '粮食生产实现稳产增产。'],
    'hr': ['举办招聘会{a}场，提供就业岗位{c}个。', '开展职业技能培训{c}人次。', '创建省级创业孵化基地{a}个。', '劳动关系保持和谐稳定。'],
    'housing': ['完成老旧小区改造{a}个。', '开展房屋安全隐患排查。', '新建城市道路{a}公里。', '推进物业管理进小区。'],
    'audit': ['全年完成审计项目{a}个。', '移送问题线索{a}件。', '推动建立健全制度{b}项。', '审计整改实行销号管理。'],
    'police': ['开展夏季治安打击整治行动。', '组织巡逻防控{c}人次。', '建成智能安防小区{b}个。', '推进“一村一辅警”全覆盖。'],
    'social': ['社会保障卡持卡人数稳步增加。', '经办服务实现“就近办”。', '开展参保扩面宣传{a}次。', '落实困难群众参保资助政策。'],
    'culture': ['举办文化惠民演出{b}场。', '新建城市书房{a}个。', '旅游公共服务设施不断完善。', '成功举办乡村文化旅游节。'],
}
HEAD = {
    'gov': ['一、{y}年工作回顾', '（一）主要工作完成情况', '{pl}人民政府{y}年工作总结'],
    'env': ['（二）持续深入打好污染防治攻坚战', '{pl}生态环境局{y}年工作总结'],
    'court': ['{pl}人民法院工作报告（摘要）', '一、依法履行审判职能'],
    'civil': ['（三）用心用情解决群众诉求', '{pl}{y}年信访和热线工作情况'],
    'safety': ['（四）守牢安全生产底线', '{y}年应急管理工作总结'],
    'hosp': ['{pl}人民医院{y}年工作总结', '一、医疗业务完成情况'],
    'school': ['{pl}实验学校{y}学年工作总结', '一、办学基本情况'],
    'village': ['{pl}{y}年村务公开', '一、基本情况'],
    'budget': ['关于{y}年预算执行情况的报告', '一、一般公共预算执行情况'],
    'company': ['{co}{y}年度经营情况报告', '一、主要经营指标'],
    'invest': ['（一）重大项目建设情况', '{pl}发展和改革局{y}年工作总结'],
    'procure': ['{pl}财政局{y}年政府采购工作情况', '一、采购规模及结构'],
    'tax': ['{pl}税务局{y}年落实减税降费政策情况', '一、政策落实成效'],
    'carbon': ['{pl}{y}年节能降碳工作情况', '一、碳排放权交易履约'],
    'exam': ['{pl}{y}年招生考试工作总结', '一、考试组织情况'],
    'military': ['{pl}{y}年征兵工作总结', '一、任务完成情况'],
    'stats': ['{pl}{y}年国民经济和社会发展统计公报', '一、综合'],
    'agri': ['（五）全面推进乡村振兴', '{pl}农业农村局{y}年工作总结'],
    'hr': ['{pl}人力资源和社会保障局{y}年工作总结', '一、就业形势总体稳定'],
    'housing': ['（六）提升城市建设管理水平', '{pl}住房和城乡建设局{y}年工作总结'],
    'audit': ['关于{y}年度本级预算执行和其他财政收支的审计工作报告', '一、审计发现的主要问题'],
    'police': ['{pl}公安局{y}年工作总结', '一、打击违法犯罪'],
    'social': ['{pl}医疗保障局{y}年工作总结', '一、参保扩面'],
    'culture': ['{pl}文化广电旅游局{y}年工作总结', '一、文旅市场'],
}


def ctx_sentence(r, dom, used, y=None):
    pool = CTX.get(dom, CTX['gov'])
    for _ in range(20):
        s = r.choice(pool)
        if s not in used:
            used.add(s)
            break
    return s.format(a=r.randint(2, 19), b=r.randint(21, 390), c=r.randint(410, 9800), y=y or r.randint(2019, 2024))


def heading(r, dom, y=None):
    return r.choice(HEAD.get(dom, HEAD['gov'])).format(y=y or r.randint(2019, 2024), pl=county(r), co=company(r))


# ----------------------------------------------------------------------------------------------
# per-record generation context
# ----------------------------------------------------------------------------------------------
class G:
    def __init__(self, r, label, family, style):
        self.r, self.label, self.family, self.style = r, label, family, style
        self.checks = []
        self.err = -1
        self.fmt_err = False
        self.mode = r.choices(['a', 'c', 'f', 's', 'C', 'h'], [63, 13, 8, 4, 3, 9])[0]
        self.liang = r.random() < 0.5
        self.desc = ''
        self.year = r.randint(2019, 2024)
        self.forced = False
        self.h_fallback = False
        self.fmt_always = False

    def force(self, mode):
        self.mode = mode
        self.forced = True

    # number / percent formatting in the record's mode
    def n(self, u, d=0, mode=None):
        m = mode or self.mode
        if m == 'h' and (d > 0 or u >= (100000 if self.forced else 10000)):
            m = 'a'
            self.h_fallback = True
        return fmt(u, d, m, self.liang)

    def p(self, u, d, mode=None):
        m = mode or self.mode
        if m == 'f':
            return fmt(u, d, 'f') + '％'
        if m == 'cn':
            return '百分之' + fmt(u, d, 'h')
        return fmt(u, d, 'a') + '%'

    def pick(self, nrel, fmt_ok=False):
        """choose which relation (index) to break for an inconsistent record; -1 otherwise"""
        if self.label != 'inconsistent':
            self.err = -1
        elif fmt_ok and (self.fmt_always or self.r.random() < 0.25):
            self.err = -1
            self.fmt_err = True
        else:
            self.err = self.r.randrange(nrel)
        return self.err

    def add(self, rel, holds=True, **kw):
        c = {'rel': rel}
        c.update(kw)
        c['holds'] = holds
        self.checks.append(c)
        return c

    def none(self, kind, nums, naive=None):
        c = {'rel': 'none', 'kind': kind, 'nums': list(nums)}
        if naive:
            c['naive'] = naive
            c['naive_holds'] = evaluate(dict(naive, holds=None))[0]
        c['holds'] = True
        self.checks.append(c)


def typo(r, v):
    """a plausible wrong value for integer units v (>0)"""
    s = str(v)
    for _ in range(50):
        if r.random() < 0.5 and len(s) >= 2:
            i = r.randrange(len(s))
            c = r.choice([x for x in '0123456789' if x != s[i]])
            if i == 0 and c == '0':
                continue
            nv = int(s[:i] + c + s[i + 1:])
        else:
            step = r.choice([1, 1, 2, 3, 4, 5, 6, 8, 9, 10, 10, 20])
            if v >= 1000 and r.random() < 0.4:
                step *= 10 ** r.randint(1, len(s) - 3)
            nv = v + r.choice([-1, 1]) * step
        if nv > 0 and nv != v:
            return nv
    return v + 1


def bad_pct(r, pu, d, alts=()):
    """a wrong percentage (units of 10^-d) clearly outside rounding of the true pu"""
    mind = 2 if d == 0 else 3 * 10 ** (d - 1)
    cands = [a for a in alts if a is not None and abs(a - pu) >= mind and a >= 0]
    if cands and r.random() < 0.6:
        return r.choice(cands)
    s = str(pu)
    for _ in range(60):
        if r.random() < 0.35 and len(s) >= 2:
            i = r.randrange(len(s) - 1)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] == '0':
                continue
            nv = int(t)
        else:
            nv = pu + r.choice([-1, 1]) * r.randint(mind, max(mind + 1, 6 * 10 ** d))
        if nv >= 0 and abs(nv - pu) >= mind:
            return nv
    return pu + mind


def pick_rate(r, lo, hi, rmin, rmax, d, allow_over=False):
    for _ in range(500):
        den = r.randint(lo, hi)
        num = int(round(den * r.uniform(rmin, rmax)))
        if num <= 0 or (num > den and not allow_over):
            continue
        if is_tie(num, den, d):
            continue
        return num, den
    raise RuntimeError('pick_rate')


def cut(r, total, k, minpart=1):
    """k random positive parts summing to total"""
    if total < k * minpart:
        raise RuntimeError('cut')
    pts = sorted(r.sample(range(1, total - k * minpart + k), k - 1)) if k > 1 else []
    vals = [b - a for a, b in zip([0] + pts, pts + [total - k * minpart + k])]
    return [v - 1 + minpart for v in vals]


def largest_remainder(us, d):
    """shares (units 10^-d) of the values us that sum exactly to 100 %"""
    tot = sum(us)
    target = 100 * 10 ** d
    raw = [Fraction(u * target, tot) for u in us]
    fl = [int(x) for x in raw]
    rem = target - sum(fl)
    order = sorted(range(len(us)), key=lambda i: raw[i] - fl[i], reverse=True)
    for i in order[:rem]:
        fl[i] += 1
    return fl


STYLES = []


def reg(name, family, labels, fn, *args):
    STYLES.append({'name': name, 'family': family, 'labels': labels, 'fn': fn, 'args': args})


def J(seq, r=None, sep=None):
    return (sep or '、').join(seq)


# ----------------------------------------------------------------------------------------------
# TOTALS family
# ----------------------------------------------------------------------------------------------
SCN = {
    'env': ('env', ['查处环境违法案件', '立案查处环境违法行为'], '起', ['水污染', '大气污染', '噪声污染', '固体废物', '土壤污染', '辐射安全'], 3, 60, 0),
    'court': ('court', ['受理各类案件', '新收各类案件'], '件', ['刑事案件', '民事案件', '行政案件', '执行案件', '国家赔偿案件'], 30, 4000, 0),
    'police': ('police', ['破获刑事案件', '侦破各类刑事案件'], '起', ['盗窃案件', '电信网络诈骗案件', '故意伤害案件', '抢劫抢夺案件', '毒品案件'], 4, 400, 0),
    'traffic': ('police', ['查处道路交通违法行为', '纠正查处交通违法行为'], '起', ['酒驾醉驾', '超速行驶', '不系安全带', '闯红灯', '违法停车', '无证驾驶'], 30, 6000, 0),
    'hotline': ('civil', ['受理群众诉求', '接办12345热线工单'], '件', ['咨询', '求助', '投诉', '建议', '举报'], 40, 6000, 0),
    'dispute': ('civil', ['调解矛盾纠纷', '排查化解各类矛盾纠纷'], '件', ['婚姻家庭', '邻里纠纷', '土地权属', '劳动争议', '物业服务', '损害赔偿'], 5, 300, 0),
    'budget': ('budget', ['一般公共预算支出', '完成一般公共预算支出'], '万元', ['教育', '社会保障和就业', '卫生健康', '农林水', '城乡社区', '一般公共服务', '交通运输'], 30000, 900000, 2),
    'grain': ('agri', ['粮食总产量', '全年粮食产量'], '吨', ['稻谷', '小麦', '玉米', '大豆', '薯类'], 800, 90000, 0),
    'village': ('village', ['全村农户', '现有农户'], '户', ['一组', '二组', '三组', '四组', '五组', '六组', '七组'], 12, 90, 0),
    'staff': ('gov', ['现有在编在岗人员', '核定编制内实有人员'], '人', ['管理岗位', '专业技术岗位', '工勤技能岗位'], 6, 260, 0),
    'beds': ('hosp', ['开放床位', '实际开放床位'], '张', ['内科', '外科', '妇产科', '儿科', '重症医学科', '康复医学科'], 10, 220, 0),
    'petition': ('civil', ['受理信访事项', '登记受理群众信访'], '件', ['来信', '来访', '网上信访', '领导信箱'], 6, 700, 0),
    'fire': ('safety', ['接报火灾', '发生火灾'], '起', ['住宅火灾', '车辆火灾', '厂房仓库火灾', '商业场所火灾', '室外垃圾杂物火灾'], 2, 140, 0),
    'land': ('housing', ['批准建设用地', '供应国有建设用地'], '公顷', ['工矿仓储用地', '住宅用地', '交通运输用地', '公共管理与公共服务用地', '商服用地'], 120, 9000, 2),
    'procn': ('procure', ['实施政府采购项目', '完成政府采购项目'], '个', ['公开招标', '竞争性谈判', '竞争性磋商', '单一来源', '询价'], 2, 260, 0),
    'housing': ('housing', ['筹集保障性租赁住房', '开工建设保障性住房'], '套', [], 40, 2600, 0),
    'forest': ('agri', ['完成营造林', '完成国土绿化'], '亩', [], 200, 9000, 0),
    'audit': ('audit', ['查出主要问题金额', '审计发现问题金额'], '万元', ['违规使用财政资金', '损失浪费', '管理不规范', '资金闲置未及时拨付', '少征应收收入'], 800, 90000, 2),
    'tax': ('tax', ['新增减税降费及退税缓税缓费', '累计为市场主体减负'], '亿元', ['增值税留抵退税', '新增减税', '新增降费', '缓税缓费'], 10, 900, 2),
}


def sum_make(g, key, kmin=3, kmax=5, cats=None):
    dom, verbs, unit, allc, lo, hi, d = SCN[key]
    r = g.r
    cs = cats or allc
    k = r.randint(kmin, min(kmax, len(cs)))
    idx = sorted(r.sample(range(len(cs)), k)) if r.random() < 0.7 else r.sample(range(len(cs)), k)
    names = [cs[i] for i in idx]
    parts = [r.randint(lo, hi) for _ in names]
    total = sum(parts)
    if g.pick(1) == 0:
        if r.random() < 0.72:
            i = r.randrange(k)
            parts[i] = typo(r, parts[i])
        else:
            total = typo(r, total)
    P = [g.n(x, d) for x in parts]
    T = g.n(total, d)
    g.add('sum', g.err != 0, total=T, parts=P)
    return dom, r.choice(verbs), unit, names, P, T


def pre_all(r):
    return r.choice(['全年共', '共', '今年以来共', '累计', '全年', '截至年底共'])


def t_qizhong(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key)
    sep = r.choice(['、', '、', '，', '；'])
    drop = r.random() < 0.3   # unit only after the last part
    items = [nm + x + ('' if drop and i < len(P) - 1 else unit) for i, (nm, x) in enumerate(zip(names, P))]
    colon = r.choice(['其中', '其中', '其中：', '其中，'])
    s = '%s%s%s%s，%s%s。' % (pre_all(r), verb, T, unit, colon, sep.join(items))
    return [s], dom


def t_numfirst(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key)
    lk = r.choice(['为', '属于', '涉及'])
    items = ['%s%s%s%s' % (x, unit, lk, nm) for nm, x in zip(names, P)]
    s = '%s%s%s%s。其中%s。' % (pre_all(r), verb, T, unit, '，'.join(items))
    return [s], dom


def t_fenbie(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key)
    vals = '、'.join(x + unit for x in P) if r.random() < 0.6 else '、'.join(P) + unit
    body = '%s支出分别为%s' % ('、'.join(names), vals) if key == 'budget' else '%s分别为%s' % ('、'.join(names), vals)
    if r.random() < 0.5:
        s = '%s%s%s。%s。' % (verb, T, unit, body)
    else:
        s = '%s，%s%s%s。' % (body, r.choice(['合计', '总计', '合计完成']), T, unit)
    return [s], dom


def t_after(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key, 3, 6)
    items = [nm + x + unit for nm, x in zip(names, P)]
    tail = r.choice(['合计%s%s', '共计%s%s', '以上合计%s%s', '总计%s%s'])
    s = '%s按%s划分：%s，%s。' % (verb, {'village': '村民小组', 'staff': '岗位类别', 'beds': '科室'}.get(key, '类别'), '；'.join(items), tail % (T, unit)) \
        if r.random() < 0.5 else '%s，%s%s。' % ('，'.join(items), r.choice(['全部', '']) + tail % (T, unit), '')
    return [s.replace('，。', '。')], dom


def t_paren(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key)
    items = '、'.join(nm + x + unit for nm, x in zip(names, P))
    s = '%s%s%s%s（%s%s）%s' % (pre_all(r), verb, T, unit, r.choice(['其中', '', '含']), items,
                             r.choice(['，同比有所下降。', '，均已按程序办理。', '。']))
    return [s], dom


def t_lines(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key, 3, 5)
    lines = ['%s情况如下（单位：%s）：' % (verb, unit)]
    sep = r.choice(['：', '  ', '\t', '——'])
    lines += ['%s%s%s' % (nm, sep, x) for nm, x in zip(names, P)]
    lines.append('%s%s%s' % (r.choice(['合计', '总计', '合  计']), sep, T))
    return lines, dom


def t_towns(g, key):
    r = g.r
    k = r.randint(3, 5)
    names = distinct(r, town, k)
    dom, verbs, unit, _, lo, hi, d = SCN[key]
    parts = [r.randint(lo // 3 + 1, hi // 3) for _ in names]
    total = sum(parts)
    if g.pick(1) == 0:
        if r.random() < 0.7:
            i = r.randrange(k)
            parts[i] = typo(r, parts[i])
        else:
            total = typo(r, total)
    P = [g.n(x) for x in parts]
    T = g.n(total)
    g.add('sum', g.err != 0, total=T, parts=P)
    verb = r.choice(verbs)
    items = '；'.join('%s%s%s' % (nm, x, unit) for nm, x in zip(names, P))
    if r.random() < 0.5:
        s = '分镇（街道）看，%s。全%s%s%s%s。' % (items, r.choice(['县', '市', '区']), r.choice(['共', '合计', '累计']), verb, T + unit)
    else:
        s = '%s%s%s%s，其中%s。' % (pre_all(r), verb, T, unit, items)
    return [s], dom


def t_numbered(g, key):
    r = g.r
    dom, verb, unit, names, P, T = sum_make(g, key, 3, 5)
    mk = r.choice([['（一）', '（二）', '（三）', '（四）', '（五）'], ['1.', '2.', '3.', '4.', '5.'], ['一是', '二是', '三是', '四是', '五是']])
    lines = ['%s%s%s，主要包括：' % (verb, T, unit)]
    for i, (nm, x) in enumerate(zip(names, P)):
        lines.append('%s%s%s%s%s' % (mk[i], nm, r.choice(['', '方面']), x, unit) + ('；' if i < len(P) - 1 else '。'))
    return lines, dom


def t_cn(g, key):
    g.force('h')
    return t_qizhong(g, key) if g.r.random() < 0.6 else t_fenbie(g, key) if key != 'village' else t_after(g, key)


for _k in ['env', 'court', 'police', 'traffic']:
    reg('tot_qizhong_' + _k, 'totals', 'ci', t_qizhong, _k)
for _k in ['hotline', 'dispute']:
    reg('tot_numfirst_' + _k, 'totals', 'ci', t_numfirst, _k)
for _k in ['budget', 'grain']:
    reg('tot_fenbie_' + _k, 'totals', 'ci', t_fenbie, _k)
for _k in ['village', 'staff', 'beds']:
    reg('tot_parts_then_total_' + _k, 'totals', 'ci', t_after, _k)
for _k in ['petition', 'fire']:
    reg('tot_paren_' + _k, 'totals', 'ci', t_paren, _k)
for _k in ['land', 'procn']:
    reg('tot_line_table_' + _k, 'totals', 'ci', t_lines, _k)
for _k in ['housing', 'forest']:
    reg('tot_by_town_' + _k, 'totals', 'ci', t_towns, _k)
for _k in ['audit', 'tax']:
    reg('tot_numbered_' + _k, 'totals', 'ci', t_numbered, _k)
for _k in ['env', 'village']:
    reg('tot_cn_numerals_' + _k, 'totals', 'ci', t_cn, _k)


def brk(g, idx, vals):
    """if relation idx is the broken one, typo one of vals (list, modified in place); returns index changed"""
    if g.err == idx:
        i = g.r.randrange(len(vals))
        vals[i] = typo(g.r, vals[i])
        return i
    return None


def yi_mix(g, u, unit_big='亿'):
    """format units (0.01 亿) either as x.xx亿 or as xxxx万; returns raw including the magnitude suffix"""
    if g.r.random() < 0.35 and u % 1 == 0:
        return g.n(u * 100, 0, 'a' if g.mode == 'h' else None) + '万'
    return g.n(u, 2) + unit_big


def t_funding(g):
    r = g.r
    k = r.randint(3, 4)
    names = r.sample(['中央预算内投资', '地方政府专项债券', '省级财政补助', '市县财政配套', '企业自筹', '银行贷款', '社会资本'], k)
    parts = [r.randint(20, 900) for _ in names]      # units of 0.01 亿元
    total = sum(parts)
    vals = parts + [total]
    g.pick(1)
    brk(g, 0, vals)
    P = [yi_mix(g, x) for x in vals[:-1]]
    T = g.n(vals[-1], 2) + '亿'
    g.add('sum', g.err != 0, total=T, parts=P)
    proj = projects(r, 1)[0]
    s = '%s总投资%s元，资金来源为：%s。' % (proj, T, '、'.join(nm + x + '元' for nm, x in zip(names, P)))
    return [s], 'invest'


reg('tot_funding_sources_yi_wan', 'totals', 'ci', t_funding)

TWO_PART = {
    'staff': ('hr', '全系统现有干部职工{T}人', [('男性', '人'), ('女性', '人')],
              [('35岁及以下', '人'), ('36至50岁', '人'), ('51岁及以上', '人')], 40, 900),
    'recruit': ('military', '全年共输送新兵{T}人', [('男兵', '名'), ('女兵', '名')],
                [('大学毕业生', '名'), ('大学在校生', '名'), ('高中学历', '名')], 8, 400),
    'exam': ('exam', '全市报名参加普通高考{T}人', [('普通类', '人'), ('艺术类', '人'), ('体育类', '人')],
             [('应届生', '人'), ('往届生', '人')], 300, 30000),
}


def t_two(g, key):
    r = g.r
    dom, head, A, B, lo, hi = TWO_PART[key]
    a = [r.randint(lo, hi) for _ in A]
    T0 = sum(a)
    b = cut(r, T0, len(B))
    g.pick(2)
    tot = [T0]
    if g.err == 0:
        brk(g, 0, a)
    elif g.err == 1:
        brk(g, 1, b)
    if g.label == 'inconsistent' and r.random() < 0.0:
        pass
    TA = g.n(tot[0])
    PA = [g.n(x) for x in a]
    PB = [g.n(x) for x in b]
    g.add('sum', g.err != 0, total=TA, parts=PA)
    g.add('sum', g.err != 1, total=TA, parts=PB)
    s1 = head.format(T=TA) + '，其中' + '、'.join(nm + x + u for (nm, u), x in zip(A, PA))
    s2 = r.choice(['；按年龄分，', '；从结构看，', '。']) + '、'.join(nm + x + u for (nm, u), x in zip(B, PB)) + '。'
    if key == 'exam':
        s2 = s2.replace('按年龄分', '按考生类别分')
    return [s1 + s2], dom


for _k in TWO_PART:
    reg('tot_two_partitions_' + _k, 'totals', 'ci', t_two, _k)

NEST = {
    'court': ('court', '共受理案件{T}件', '件', ['刑事案件', '行政案件', '执行案件'], '民事案件',
              ['合同纠纷', '婚姻家庭纠纷', '侵权责任纠纷', '劳动争议'], 20, 900),
    'hotline': ('civil', '12345热线全年接收工单{T}件', '件', ['咨询类', '建议类', '求助类'], '投诉类',
                ['城市管理', '环境保护', '物业管理', '劳动保障'], 30, 2000),
    'recruit': ('military', '全年共征集新兵{T}人', '人', ['高中学历青年', '退役复入伍人员'], '大学生士兵',
                ['毕业生', '在校生', '新生'], 5, 180),
}


def t_nested(g, key):
    r = g.r
    dom, head, unit, tops, sub, subs, lo, hi = NEST[key]
    k = r.randint(1, len(tops))
    tnames = r.sample(tops, k)
    sn = r.sample(subs, r.randint(2, len(subs)))
    sp = [r.randint(lo, hi) for _ in sn]
    sv = sum(sp)
    tp = [r.randint(lo, hi) for _ in tnames]
    T = sv + sum(tp)
    g.pick(2)
    if g.err == 0:       # top-level: change total or a non-nested part
        if r.random() < 0.5:
            T = typo(r, T)
        else:
            brk(g, 0, tp)
    elif g.err == 1:
        brk(g, 1, sp)
    TT, SV = g.n(T), g.n(sv)
    TP = [g.n(x) for x in tp]
    SP = [g.n(x) for x in sn and sp]
    g.add('sum', g.err != 0, total=TT, parts=[SV] + TP)
    g.add('sum', g.err != 1, total=SV, parts=SP)
    inner = '（%s%s）' % (r.choice(['其中', '含', '']), '、'.join(n + x + unit for n, x in zip(sn, SP)))
    items = ['%s%s%s%s' % (sub, SV, unit, inner)] + [n + x + unit for n, x in zip(tnames, TP)]
    if r.random() < 0.5:
        items = items[1:] + items[:1]
    s = head.format(T=TT) + '，其中' + '，'.join(items) + '。'
    return [s], dom


for _k in NEST:
    reg('tot_nested_' + _k, 'totals', 'ci', t_nested, _k)


def t_spread(g, key):
    r = g.r
    dom, verbs, unit, cats, lo, hi, d = SCN[key]
    k = r.randint(3, 4)
    names = r.sample(cats, k)
    parts = [r.randint(lo, hi) for _ in names]
    vals = parts + [sum(parts)]
    g.pick(1)
    brk(g, 0, vals)
    P = [g.n(x) for x in vals[:-1]]
    T = g.n(vals[-1])
    g.add('sum', g.err != 0, total=T, parts=P)
    lines = ['全年%s%s%s，%s' % (r.choice(verbs), T, unit, ctx_sentence(r, dom, set()))]
    lines.append('从类别看，%s%s%s，%s%s%s。' % (names[0], P[0], unit, names[1], P[1], unit))
    rest = '、'.join(n + x + unit for n, x in zip(names[2:], P[2:]))
    lines.append(r.choice(['此外，%s。', '另有%s。', '其余为%s。']) % rest)
    return lines, dom


for _k in ['fire', 'police']:
    reg('tot_spread_over_sentences_' + _k, 'totals', 'ci', t_spread, _k)

STATUS = {
    'towns': ('gov', '全{c}{T}个乡镇（街道）中，年度综合考核', '个', ['优秀', '良好', '合格', '基本合格'], 8, 30),
    'schools': ('school', '全区{T}所中小学参加办学水平评估，', '所', ['评为A等', '评为B等', '评为C等'], 12, 90),
    'villages': ('village', '全镇{T}个行政村中，', '个', ['集体经济收入50万元以上的', '20万至50万元的', '10万至20万元的', '10万元以下的'], 9, 40),
}


def t_status(g, key):
    r = g.r
    dom, head, unit, cats, lo, hi = STATUS[key]
    T = r.randint(lo, hi)
    k = len(cats) if key == 'villages' else r.randint(2, len(cats))
    parts = cut(r, T, k)
    vals = parts + [T]
    g.pick(1)
    brk(g, 0, vals)
    P = [g.n(x) for x in vals[:-1]]
    TT = g.n(vals[-1])
    g.add('sum', g.err != 0, total=TT, parts=P)
    body = '、'.join(n + x + unit for n, x in zip(cats, P)) if key != 'villages' else \
        '，'.join(n + x + unit for n, x in zip(cats, P))
    return [head.format(T=TT, c=r.choice(['县', '市', '区'])) + body + '。'], dom


for _k in STATUS:
    reg('tot_status_breakdown_' + _k, 'totals', 'ci', t_status, _k)


def t_bands(g, key):
    r = g.r
    if key == 'score':
        hi0 = r.choice([600, 620, 650])
        bands = ['%d分及以上' % hi0, '%d至%d分' % (hi0 - 100, hi0 - 1), '%d至%d分' % (hi0 - 200, hi0 - 101), '%d分以下' % (hi0 - 200)]
        head, unit, dom, lo, hi = '全市参加中考的考生共{T}人', '人', 'exam', 200, 9000
    else:
        bands = ['30岁以下', '30—45岁', '46—55岁', '56岁及以上']
        head, unit, dom, lo, hi = '全院在职职工{T}人', '人', 'hosp', 20, 600
    parts = [r.randint(lo, hi) for _ in bands]
    vals = parts + [sum(parts)]
    g.pick(1)
    brk(g, 0, vals)
    P = [g.n(x) for x in vals[:-1]]
    T = g.n(vals[-1])
    g.add('sum', g.err != 0, total=T, parts=P)
    lead = '从成绩分布看，' if key == 'score' else '按年龄结构分，'
    s = head.format(T=T) + '。' + lead + '，'.join(b + x + unit for b, x in zip(bands, P)) + '。'
    return [s], dom


reg('tot_score_bands', 'totals', 'ci', t_bands, 'score')
reg('tot_age_bands', 'totals', 'ci', t_bands, 'age')


def t_quarters(g, key):
    r = g.r
    if key == 'revenue':
        dom, what, unit, d, lo, hi = 'company', '实现营业收入', '万元', 2, 50000, 900000
    else:
        dom, what, unit, d, lo, hi = 'culture', '接待游客', '万人次', 2, 500, 9000
    parts = [r.randint(lo, hi) for _ in range(4)]
    vals = parts + [sum(parts)]
    g.pick(1)
    brk(g, 0, vals)
    P = [g.n(x, d) for x in vals[:-1]]
    T = g.n(vals[-1], d)
    g.add('sum', g.err != 0, total=T, parts=P)
    q = ['一季度', '二季度', '三季度', '四季度'] if r.random() < 0.6 else ['第1季度', '第2季度', '第3季度', '第4季度']
    if r.random() < 0.5:
        s = '分季度看，%s。全年累计%s%s%s。' % ('，'.join('%s%s%s' % (a, b, unit) for a, b in zip(q, P)), what, T, unit)
    else:
        s = '全年%s%s%s，其中%s。' % (what, T, unit, '、'.join('%s%s%s' % (a, b, unit) for a, b in zip(q, P)))
    return [s], dom


for _k in ['revenue', 'tourism']:
    reg('tot_quarters_' + _k, 'totals', 'ci', t_quarters, _k)


def table_cols(g, rows, ncols, lo, hi, d):
    """rows x ncols values plus column totals; one column sum may be broken"""
    r = g.r
    cols = [[r.randint(lo, hi) for _ in rows] for _ in range(ncols)]
    tots = [sum(c) for c in cols]
    g.pick(ncols)
    if g.err >= 0:
        j = g.err
        if r.random() < 0.5:
            tots[j] = typo(r, tots[j])
        else:
            i = r.randrange(len(rows))
            cols[j][i] = typo(r, cols[j][i])
    C = [[g.n(x, d) for x in c] for c in cols]
    TT = [g.n(x, d) for x in tots]
    for j in range(ncols):
        g.add('sum', g.err != j, total=TT[j], parts=C[j])
    return C, TT


def t_table(g, key):
    r = g.r
    if key == 'invest':
        rows = projects(r, r.randint(3, 5))
        head = ['序号', '项目名称', '年度计划投资（万元）', '累计完成投资（万元）']
        C, TT = table_cols(g, rows, 2, 800, 60000, 0)
        dom, title = 'invest', '%d年市级重点项目投资完成情况表' % r.randint(2020, 2024)
    elif key == 'towns':
        rows = distinct(r, town, r.randint(3, 5))
        head = ['序号', '镇（街道）', '脱贫户（户）', '脱贫人口（人）']
        C, TT = table_cols(g, rows, 2, 40, 900, 0)
        dom, title = 'village', '各镇（街道）脱贫人口分布'
    else:
        rows = r.sample(SCN['budget'][3], r.randint(3, 5))
        head = ['序号', '科目', '预算数（万元）', '执行数（万元）']
        C, TT = table_cols(g, rows, 2, 30000, 900000, 2)
        dom, title = 'budget', '主要支出科目执行情况'
    sep = r.choice(['｜', ' | ', '\t', '  '])
    lines = [title, sep.join(head)]
    for i, nm in enumerate(rows):
        lines.append(sep.join([str(i + 1), nm] + [C[j][i] for j in range(2)]))
    lines.append(sep.join(['', '合计'] + TT) if sep.strip() else sep.join(['合计', ''] + TT).replace(sep + sep, sep))
    return lines, dom


for _k in ['invest', 'towns', 'budget']:
    reg('tot_flat_table_' + _k, 'totals', 'ci', t_table, _k)


def t_md_table(g, key):
    r = g.r
    dom, verbs, unit, cats, lo, hi, d = SCN[key]
    k = r.randint(3, 4)
    names = r.sample(cats, k)
    parts = [r.randint(lo, hi) for _ in names]
    vals = parts + [sum(parts)]
    g.pick(1)
    brk(g, 0, vals)
    P = [g.n(x, d) for x in vals[:-1]]
    T = g.n(vals[-1], d)
    g.add('sum', g.err != 0, total=T, parts=P)
    if key == 'dispute':
        lines = ['| 纠纷类型 | 件数 |', '| --- | --- |'] + ['| %s | %s |' % (n, x) for n, x in zip(names, P)] + ['| 合计 | %s |' % T]
    else:
        w = max(len(n) for n in names)
        lines = ['类　别' + '　' * (w - 2) + '数量（%s）' % unit] + [n + '　' * (w - len(n) + 1) + x for n, x in zip(names, P)] + \
                ['合　计' + '　' * (w - 2) + T]
    return [r.choice(verbs) + '分类统计：'] + lines, dom


reg('tot_markdown_table_dispute', 'totals', 'ci', t_md_table, 'dispute')
reg('tot_aligned_table_traffic', 'totals', 'ci', t_md_table, 'traffic')

DIFF = {
    'budget': ('budget', ['全年政府性基金预算收入{a}万元，政府性基金预算支出{b}万元，收支相抵结余{c}万元。',
                          '政府性基金收入完成{a}万元，支出{b}万元，当年结余{c}万元。'], 2, 20000, 900000),
    'hospital': ('hosp', ['全年医疗收入{a}万元，医疗支出{b}万元，医疗收支结余{c}万元。',
                          '医院总收入{a}万元，总支出{b}万元，收支结余{c}万元。'], 2, 3000, 90000),
    'company': ('company', ['全年实现营业收入{a}万元，营业成本{b}万元，实现毛利{c}万元。',
                            '主营业务收入{a}万元，减去主营业务成本{b}万元后，毛利为{c}万元。'], 2, 5000, 500000),
    'housing': ('housing', ['今年计划改造农村危房{a}户，已竣工{b}户，剩余{c}户正在加紧施工。',
                            '年度改造任务{a}户，目前完工{b}户，尚余{c}户。'], 0, 40, 900),
    'task': ('gov', ['年初确定的{a}项重点任务中，已完成{b}项，其余{c}项正在推进。',
                     '列入督办的重点任务{a}项，已办结{b}项，还有{c}项未办结。'], 0, 12, 90),
    'compare': ('village', ['{n1}有农户{a}户，{n2}有农户{b}户，{n1}比{n2}多{c}户。',
                            '{n1}户数为{a}户，较{n2}的{b}户多{c}户。'], 0, 60, 900),
    'saving': ('procure', ['该项目采购预算{a}万元，中标金额{b}万元，节约财政资金{c}万元。',
                           '预算金额{a}万元，成交金额{b}万元，节约资金{c}万元。'], 2, 3000, 300000),
}


def t_diff(g, key):
    r = g.r
    dom, tpls, d, lo, hi = DIFF[key]
    a = r.randint(lo, hi)
    if key in ('housing', 'task'):
        b = r.randint(int(a * 0.5), a - 1)
    elif key == 'saving':
        b = int(a * r.uniform(0.82, 0.985))
    elif key == 'compare':
        b = r.randint(lo, a - 1) if a > lo + 1 else lo
        a = max(a, b + 3)
    else:
        b = int(a * r.uniform(0.6, 0.97))
    vals = [a, b, a - b]
    g.pick(1)
    brk(g, 0, vals)
    A, B, C = [g.n(x, d) for x in vals]
    g.add('diff', g.err != 0, a=A, b=B, result=C)
    n1, n2 = distinct(r, village, 2)
    return [r.choice(tpls).format(a=A, b=B, c=C, n1=n1, n2=n2)], dom


for _k in DIFF:
    reg('tot_difference_' + _k, 'totals', 'ci', t_diff, _k)

CHG = {
    'staff_up': ('hr', 'up', ['全市技能人才总量由{a}人增加到{b}人，增加{c}人。', '技能人才从{a}人增至{b}人，净增{c}人。'], 0, 2000, 90000),
    'pop_up': ('stats', 'up', ['年末常住人口由上年的{a}万人增加到{b}万人，增加{c}万人。', '常住人口{b}万人，比上年末的{a}万人增加{c}万人。'], 2, 3000, 90000),
    'accident_down': ('safety', 'down', ['生产安全事故由上年的{a}起下降到{b}起，减少{c}起。', '事故起数从{a}起降至{b}起，减少{c}起。'], 0, 20, 300),
    'backlog_down': ('court', 'down', ['长期未结案件由年初的{a}件减少至{b}件，减少{c}件。', '积案数量从{a}件压降到{b}件，下降{c}件。'], 0, 30, 800),
}


def t_change(g, key):
    r = g.r
    dom, dr, tpls, d, lo, hi = CHG[key]
    a = r.randint(lo, hi)
    b = int(a * r.uniform(1.03, 1.4)) if dr == 'up' else int(a * r.uniform(0.4, 0.92))
    if b == a:
        b += 1 if dr == 'up' else -1
    vals = [a, b, abs(b - a)]
    g.pick(1)
    brk(g, 0, vals)
    A, B, C = [g.n(x, d) for x in vals]
    g.add('change', g.err != 0, **{'from': A, 'to': B, 'delta': C, 'dir': dr})
    return [r.choice(tpls).format(a=A, b=B, c=C)], dom


for _k in CHG:
    reg('tot_change_' + _k, 'totals', 'ci', t_change, _k)


def t_change_lines(g):
    r = g.r
    items = r.sample([('规模以上工业企业', '家'), ('高新技术企业', '家'), ('限上商贸企业', '家'), ('个体工商户', '户'),
                      ('省级专精特新企业', '家'), ('农民专业合作社', '家')], r.randint(3, 4))
    g.pick(len(items))
    lines = ['市场主体发展情况：']
    for j, (nm, u) in enumerate(items):
        a = r.randint(12, 900)
        b = a + r.randint(1, max(2, a // 4))
        vals = [a, b, b - a]
        if g.err == j:
            brk(g, j, vals)
        A, B, C = [g.n(x) for x in vals]
        g.add('change', g.err != j, **{'from': A, 'to': B, 'delta': C, 'dir': 'up'})
        lines.append(r.choice(['%s：上年%s%s，本年%s%s，增加%s%s；', '%s由%s%s增至%s%s，新增%s%s；']) % (nm, A, u, B, u, C, u))
    lines[-1] = lines[-1][:-1] + '。'
    return lines, 'stats'


reg('tot_change_line_list', 'totals', 'ci', t_change_lines)

BAL = {
    'fund': ('budget', '万元', 2, ['上年结转{s}万元，本年收入{p0}万元，本年支出{m0}万元，年末结余{e}万元。',
                                  '年初结余{s}万元，加上本年到位资金{p0}万元，减去本年支出{m0}万元，年末滚存结余{e}万元。'], 1, 1, 3000, 90000),
    'dibao': ('social', '户', 0, ['年初在保{s}户，年内新纳入{p0}户，退出{m0}户，年末在保{e}户。',
                                 '低保对象年初{s}户，新增{p0}户、停保{m0}户，年末{e}户。'], 1, 1, 200, 3000),
    'staff': ('hr', '人', 0, ['年初在编{s}人，本年招录{p0}人、调入{p1}人，退休{m0}人、调出{m1}人，年末在编{e}人。'], 2, 2, 60, 900),
}


def t_balance(g, key):
    r = g.r
    dom, unit, d, tpls, np, nm, lo, hi = BAL[key]
    s = r.randint(lo, hi)
    p = [r.randint(max(1, lo // 10), max(2, hi // 8)) for _ in range(np)]
    m = [r.randint(max(1, lo // 10), max(2, hi // 8)) for _ in range(nm)]
    e = s + sum(p) - sum(m)
    if e <= 0:
        s += -e + r.randint(5, 50)
        e = s + sum(p) - sum(m)
    vals = [s] + p + m + [e]
    g.pick(1)
    brk(g, 0, vals)
    F = [g.n(x, d) for x in vals]
    S, P, M, E = F[0], F[1:1 + np], F[1 + np:1 + np + nm], F[-1]
    g.add('balance', g.err != 0, start=S, plus=P, minus=M, end=E)
    kw = {'s': S, 'e': E}
    kw.update({'p%d' % i: x for i, x in enumerate(P)})
    kw.update({'m%d' % i: x for i, x in enumerate(M)})
    return [r.choice(tpls).format(**kw)], dom


for _k in BAL:
    reg('tot_balance_' + _k, 'totals', 'ci', t_balance, _k)


def t_court_flow(g):
    r = g.r
    new, old = r.randint(300, 20000), r.randint(20, 2000)
    X = new + old
    Y = int(X * r.uniform(0.82, 0.97))
    Z = X - Y
    g.pick(2)
    v1 = [X, new, old]
    v2 = [Y, Z]
    if g.err == 0:
        brk(g, 0, [new, old]) if False else None
        i = r.randrange(2)
        if i == 0:
            new = typo(r, new)
        else:
            old = typo(r, old)
    elif g.err == 1:
        if r.random() < 0.5:
            Y = typo(r, Y)
        else:
            Z = typo(r, Z)
    XX, N, O, YY, ZZ = [g.n(x) for x in (X, new, old, Y, Z)]
    g.add('sum', g.err != 0, total=XX, parts=[N, O])
    g.add('sum', g.err != 1, total=XX, parts=[YY, ZZ])
    s = r.choice(['全年收案%s件（新收%s件、旧存%s件），结案%s件，未结%s件。',
                  '共受理案件%s件，其中新收%s件，上年旧存%s件；审执结%s件，结转下年%s件。']) % (XX, N, O, YY, ZZ)
    return [s], 'court'


reg('tot_court_caseflow', 'totals', 'ci', t_court_flow)


def t_equiv(g, key):
    r = g.r
    if key == 'yi_wan':
        u = r.randint(100, 99999)             # 0.01 亿元 == 100 万元
        a = g.n(u, 2) + '亿'
        w = u * 100
        if g.pick(1) == 0:
            w = r.choice([w * 10, w // 10 if w % 10 == 0 and w >= 1000 else w * 10, typo(r, w)])
        b = fmt(w, 0, r.choice(['a', 'c'])) + '万'
        what = r.choice(['完成固定资产投资', '实现一般公共预算收入', '争取上级转移支付资金', '完成工业技改投资'])
        s = r.choice(['全年%s%s元（%s元）。', '全年%s%s元，折合%s元。']) % (what, a, b)
        dom = 'stats'
    else:
        u = r.randint(1000, 9999999)          # 0.01 万元 == 100 元
        a = g.n(u, 2) + '万'
        y = u * 100
        if g.pick(1) == 0:
            y = r.choice([y * 10, y // 10 if y % 10 == 0 else y * 10, typo(r, y)])
        b = fmt(y, 0, r.choice(['a', 'c']))
        what = r.choice(['拨付就业补助资金', '发放临时救助金', '兑现惠农补贴', '下达乡村振兴衔接资金'])
        s = r.choice(['%s%s元（%s元），已全部拨付到位。', '%s共计%s元，即%s元。']) % (what, a, b)
        dom = 'social'
    g.add('equal', g.err != 0, a=a, b=b)
    return [s], dom


reg('tot_same_figure_yi_and_wan', 'totals', 'ci', t_equiv, 'yi_wan')
reg('tot_same_figure_wan_and_yuan', 'totals', 'ci', t_equiv, 'wan_yuan')


def t_product(g, key):
    r = g.r
    if key == 'subsidy':
        n, per = r.randint(20, 3000), r.choice([200, 300, 500, 600, 800, 1000, 1200, 1500, 2000, 3000])
        tot = n * per           # 元 -> 万元 with 4 decimals at most; choose 2 decimals when exact
        d = 2 if tot % 100 == 0 else 4
        uu = tot // 10 ** (4 - d)
        g.pick(1)
        if g.err == 0:
            uu = typo(r, uu)
        N, PER, TOT = g.n(n), g.n(per), g.n(uu, d)
        g.add('product', g.err != 0, a=N, b=PER, result=TOT + '万', scale='1')
        s = r.choice(['为%s户困难家庭发放一次性生活补助，每户%s元，共计%s万元。', '向%s名高龄老人发放补贴，标准为每人%s元，合计%s万元。']) % (N, PER, TOT)
        return [s], 'social'
    area, price = r.randint(20, 9000) * 10, r.choice([50, 80, 100, 120, 150, 200, 260, 300])
    tot = area * price
    d = 2 if tot % 100 == 0 else 4
    uu = tot // 10 ** (4 - d)
    g.pick(1)
    if g.err == 0:
        uu = typo(r, uu)
    A, PR, TOT = g.n(area), g.n(price), g.n(uu, d)
    g.add('product', g.err != 0, a=A, b=PR, result=TOT + '万', scale='1')
    s = r.choice(['完成既有建筑节能改造%s平方米，按每平方米%s元给予补助，补助资金%s万元。', '改造老旧小区外立面%s平方米，每平方米补助%s元，共安排资金%s万元。']) % (A, PR, TOT)
    return [s], 'housing'


reg('tot_product_per_household', 'totals', 'ci', t_product, 'subsidy')
reg('tot_product_per_area', 'totals', 'ci', t_product, 'area')


def t_avg(g):
    r = g.r
    n = r.randint(40, 9000)
    per = r.randint(300, 9000)
    tot = n * per + r.randint(0, n - 1)     # 元
    # total in 万元 with 2 decimals: round the yuan total to hundreds
    tot = tot - tot % 100
    uu = tot // 100
    av = rhu(Fraction(tot, n))
    if Fraction(tot * 2, n).denominator == 1 and (tot * 2 // n) % 2 == 1:
        tot += 100
        uu = tot // 100
        av = rhu(Fraction(tot, n))
    g.pick(1)
    if g.err == 0:
        av = bad_pct(r, av, 0) if False else av + r.choice([-1, 1]) * r.randint(3, max(4, av // 8))
    TOT, N, AV = g.n(uu, 2), g.n(n), g.n(av)
    g.add('avg', g.err != 0, total=TOT + '万', n=N, avg=AV)
    s = r.choice(['全年发放创业担保贷款贴息%s万元，惠及创业者%s人，人均%s元。', '共为%s名退休人员发放慰问金，总额%s万元，人均%s元。'])
    s = s % ((TOT, N, AV) if s.startswith('全年') else (N, TOT, AV))
    if '约' in s:
        pass
    return [s], 'hr'


reg('tot_average_per_person', 'totals', 'ci', t_avg)

ACTS = ['开展安全生产隐患大排查', '推进老旧小区改造', '实施农村人居环境整治', '开展“护苗”专项行动', '深化“放管服”改革',
        '推进基层党组织标准化建设', '开展矛盾纠纷大排查大化解', '实施文化惠民工程', '开展食品安全“守底线”行动', '推进河湖“清四乱”',
        '建设智慧社区平台', '开展困难群众走访慰问', '推进垃圾分类进小区', '完善网格化管理体系', '开展消防安全宣传进万家']
FACIL = ['党群服务中心', '新时代文明实践站', '日间照料中心', '村卫生室', '农家书屋', '综合文化服务中心', '便民服务站', '老年食堂',
         '儿童之家', '退役军人服务站', '妇女之家', '调解室']
CNSMALL = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十']


def count_words(g, n):
    r = g.r
    if g.mode in ('a', 'c', 's', 'C') and r.random() < 0.35:
        return str(n)
    if g.mode == 'f' and r.random() < 0.5:
        return fmt(n, 0, 'f')
    return CNSMALL[n] if n != 2 or r.random() < 0.6 else '二'


def t_count(g, key):
    r = g.r
    n = r.randint(3, 5)
    stated = n
    g.pick(1)
    if g.err == 0:
        stated = n + r.choice([-1, 1])
    W = count_words(g, stated)
    acts = r.sample(ACTS, n)
    if key == 'yishi':
        mk = ['一是', '二是', '三是', '四是', '五是']
        s = '重点抓好%s方面工作：%s。' % (W + r.choice(['个', '']), '；'.join(mk[i] + acts[i] for i in range(n)))
        lines, items = [s], mk[:n]
    elif key == 'paren':
        mk = ['（1）', '（2）', '（3）', '（4）', '（5）']
        lines = ['围绕年度目标，重点推进%s项工作：' % W] + [mk[i] + acts[i] + '。' for i in range(n)]
        items = mk[:n]
    elif key == 'circled':
        mk = ['①', '②', '③', '④', '⑤']
        s = '全年部署%s项专项行动，分别是：%s。' % (W, ''.join(mk[i] + acts[i] + ('；' if i < n - 1 else '') for i in range(n)))
        lines, items = [s], mk[:n]
    elif key == 'named':
        fac = r.sample(FACIL, n)
        s = '%s新建%s%s个阵地，群众家门口服务更加便利。' % (village(r), '、'.join(fac), W)
        lines, items = [s], fac
    else:
        lines = ['今年以来，%s组织开展%s大攻坚行动：' % (town(r), W)]
        for i in range(n):
            lines.append('%s%s。' % (['第一，', '第二，', '第三，', '第四，', '第五，'][i], acts[i]))
        items = ['第一，', '第二，', '第三，', '第四，', '第五，'][:n]
    g.add('count', g.err != 0, count=W, items=items)
    return lines, 'gov'


for _k in ['yishi', 'paren', 'circled', 'named', 'ordinal_lines']:
    reg('tot_count_listed_items_' + _k, 'totals', 'ci', t_count, _k)


def t_carbon(g):
    r = g.r
    free, paid = r.randint(2000, 90000), r.randint(50, 6000)      # 0.1 万吨
    X = free + paid
    emit = int(X * r.uniform(0.85, 0.99))
    surplus = X - emit
    g.pick(2)
    if g.err == 0:
        if r.random() < 0.5:
            free = typo(r, free)
        else:
            paid = typo(r, paid)
    elif g.err == 1:
        if r.random() < 0.5:
            emit = typo(r, emit)
        else:
            surplus = typo(r, surplus)
    XX, F, P, E, S = [g.n(x, 1) for x in (X, free, paid, emit, surplus)]
    g.add('sum', g.err != 0, total=XX, parts=[F, P])
    g.add('diff', g.err != 1, a=XX, b=E, result=S)
    lines = ['全市纳入全国碳市场的重点排放单位核定%s年度配额%s万吨，其中免费分配%s万吨、有偿分配%s万吨。' % (r.randint(2019, 2023), XX, F, P),
             '经核查，上述单位实际排放%s万吨二氧化碳，配额盈余%s万吨。' % (E, S)]
    return lines, 'carbon'


reg('tot_carbon_allowances', 'totals', 'ci', t_carbon)

SUMX = {
    'energy': ('carbon', '全年实现节能量{T}吨标准煤，其中', '吨标准煤', ['工业领域', '建筑领域', '交通运输领域', '公共机构'], 300, 90000, 0, 'c'),
    'taxsize': ('tax', '享受新增减税降费政策的纳税人{T}户，其中', '户', ['小微企业', '中型企业', '大型企业', '个体工商户'], 30, 90000, 0, None),
    'refund': ('tax', '全年办理增值税留抵退税{T}亿元，按企业规模分，', '亿元', ['小微企业', '中型企业', '大型企业'], 5, 9000, 2, None),
    'procamt': ('procure', '全年政府采购合同金额{T}万元，按采购方式分，', '万元', ['公开招标', '邀请招标', '竞争性谈判', '竞争性磋商', '单一来源', '询价'], 100, 90000, 2, None),
    'audit_rect': ('audit', '对审计查出的问题金额{T}万元，', '万元', ['已整改到位', '正在整改', '制定计划分阶段整改'], 100, 90000, 2, None),
    'gdp': ('stats', '全年实现地区生产总值{T}亿元。其中，', '亿元', ['第一产业增加值', '第二产业增加值', '第三产业增加值'], 2000, 90000, 2, None),
    'hotline_fw': ('civil', '全年共受理各类诉求{T}件，其中', '件', ['咨询', '求助', '投诉', '建议', '表扬'], 20, 9000, 0, 'f'),
    'traffic_sp': ('police', '全年查处各类交通违法行为{T}起，其中', '起', ['超速', '酒后驾驶', '违法占道', '不礼让行人'], 1000, 90000, 0, 's'),
    'police_c': ('police', '全年共接报警情{T}起，其中', '起', ['刑事警情', '治安警情', '交通警情', '求助警情', '纠纷警情'], 1000, 90000, 0, 'c'),
}


def t_sumx(g, key):
    r = g.r
    dom, head, unit, cats, lo, hi, d, force = SUMX[key]
    if force:
        g.force(force)
    k = len(cats) if key in ('gdp', 'audit_rect', 'refund') else r.randint(3, len(cats))
    names = cats[:k] if key in ('gdp', 'refund') else r.sample(cats, k)
    if key == 'gdp':
        parts = [r.randint(lo // 10, hi // 8), r.randint(lo, hi), r.randint(lo, hi)]
    else:
        parts = [r.randint(lo, hi) for _ in names]
    vals = parts + [sum(parts)]
    g.pick(1)
    brk(g, 0, vals)
    F = [g.n(x, d) for x in vals]
    P, T = F[:-1], F[-1]
    g.add('sum', g.err != 0, total=T, parts=P)
    if key == 'audit_rect':
        body = '，'.join(n + x + unit for n, x in zip(names, P))
    elif key == 'gdp':
        body = '，'.join(n + x + unit for n, x in zip(names, P)) + '。按可比价格计算，比上年增长%d.%d%%' % (r.randint(3, 8), r.randint(0, 9))
    else:
        body = '、'.join(n + x + unit for n, x in zip(names, P))
    return [head.format(T=T) + body + '。'], dom


for _k in SUMX:
    reg('tot_sum_' + _k, 'totals', 'ci', t_sumx, _k)


def t_invest_mix(g):
    r = g.r
    na, nb = r.randint(5, 60), r.randint(5, 60)
    ia, ib = r.randint(300, 9000), r.randint(300, 9000)   # 0.01 亿元
    NT, IT = na + nb, ia + ib
    g.pick(2)
    if g.err == 0:
        vals = [na, nb, NT]
        brk(g, 0, vals)
        na, nb, NT = vals
    elif g.err == 1:
        vals = [ia, ib, IT]
        brk(g, 1, vals)
        ia, ib, IT = vals
    A, B, C = g.n(na), g.n(nb), g.n(NT)
    IA, IB, ITT = g.n(ia, 2), g.n(ib, 2), g.n(IT, 2)
    g.add('sum', g.err != 0, total=C, parts=[A, B])
    g.add('sum', g.err != 1, total=ITT, parts=[IA, IB])
    lines = ['全年实施市级重点项目%s个，其中新开工项目%s个、续建项目%s个。' % (C, A, B),
             '重点项目完成投资%s亿元，其中新开工项目完成%s亿元，续建项目完成%s亿元。' % (ITT, IA, IB)]
    if r.random() < 0.4:
        lines = [lines[0][:-1] + '；' + lines[1]]
    return lines, 'invest'


reg('tot_invest_new_and_continued', 'totals', 'ci', t_invest_mix)


def t_numbered_after(g):
    r = g.r
    items = r.sample(['农村公路养护', '小型水利设施维修', '村级活动场所改造', '饮水安全巩固提升', '人居环境整治奖补', '产业发展扶持',
                      '危房改造补助', '教育资助'], r.randint(3, 5))
    parts = [r.randint(500, 90000) for _ in items]
    vals = parts + [sum(parts)]
    g.pick(1)
    brk(g, 0, vals)
    F = [g.n(x, 2) for x in vals]
    lines = ['下达衔接推进乡村振兴补助资金，具体安排如下：']
    for i, (nm, x) in enumerate(zip(items, F[:-1])):
        lines.append('%d.%s资金%s万元；' % (i + 1, nm, x))
    lines.append(r.choice(['以上合计%s万元。', '上述资金共计%s万元，已全部下达。']) % F[-1])
    g.add('sum', g.err != 0, total=F[-1], parts=F[:-1])
    return lines, 'budget'


reg('tot_numbered_then_yishang_heji', 'totals', 'ci', t_numbered_after)


# ---------------------------------------------------------------- totals negatives
def _neq_parts(r, k, lo, hi, total, want='any'):
    """parts whose sum differs from total (> if want=='gt', < if 'lt')"""
    for _ in range(500):
        ps = [r.randint(lo, hi) for _ in range(k)]
        s = sum(ps)
        if s == total:
            continue
        if want == 'gt' and s <= total:
            continue
        if want == 'lt' and s >= total:
            continue
        return ps
    raise RuntimeError('neq')


def n_overlap(g):
    r = g.r
    X = r.randint(60, 900)
    dims = r.sample([('女党员', '名'), ('35岁及以下党员', '名'), ('大专及以上学历党员', '名'), ('少数民族党员', '名'), ('流动党员', '名')], 3)
    ps = _neq_parts(r, 3, X // 6, int(X * 0.6), X, r.choice(['gt', 'lt']))
    T = g.n(X)
    P = [g.n(x) for x in ps]
    s = '%s共有党员%s名，其中%s。' % (town(r), T, '、'.join(d + x + u for (d, u), x in zip(dims, P)))
    g.none('overlap_subset', [T] + P, {'rel': 'sum', 'total': T, 'parts': P})
    return [s], 'gov'


def n_overlap2(g):
    r = g.r
    X = r.randint(200, 9000)
    ps = _neq_parts(r, 3, X // 8, int(X * 0.55), X)
    T = g.n(X)
    P = [g.n(x) for x in ps]
    s = r.choice(['全年救助困难群众%s人，其中低保对象%s人、残疾人%s人、60岁以上老年人%s人。',
                  '共为%s名困难职工建档，其中患大病%s人、单亲家庭%s人、子女就学困难%s人。']) % tuple([T] + P)
    g.none('overlap_subset', [T] + P, {'rel': 'sum', 'total': T, 'parts': P})
    return [s + '各类人员存在交叉。' if r.random() < 0.3 else s], 'social'


def n_selection(g):
    r = g.r
    X = r.randint(120, 4000)
    ps = _neq_parts(r, 3, X // 12, X // 4, X, 'lt')
    T = g.n(X)
    P = [g.n(x) for x in ps]
    cats = r.sample(['交通出行', '教育', '医疗卫生', '住房保障', '就业创业', '物业管理', '环境保护'], 3)
    s = r.choice(['共收到群众意见建议%s件，主要集中在%s。', '全年办理人大代表建议%s件，重点涉及%s。', '受理投诉举报%s件，反映较多的是%s。']) % \
        (T, '、'.join(c + x + '件' for c, x in zip(cats, P)))
    g.none('selection', [T] + P, {'rel': 'sum', 'total': T, 'parts': P})
    return [s], 'civil'


def n_approx(g):
    r = g.r
    X = r.choice([1000, 1500, 2000, 3000, 5000, 8000, 12000, 20000])
    ps = _neq_parts(r, 3, X // 5, X // 2 - X // 20, X)
    while sum(ps) == X:
        ps[0] += 1
    w = r.choice(['约', '近', '', ''])
    tail = '' if w else r.choice(['余', '多'])
    T = g.n(X)
    P = [g.n(x) for x in ps]
    s = '全年接待来访群众%s%s%s人次，其中来访%s人次、来电%s人次、网上留言%s人次。' % (w, T, tail, P[0], P[1], P[2])
    g.none('approx_total', [T] + P, {'rel': 'sum', 'total': T, 'parts': P})
    return [s], 'civil'


def n_partial(g):
    r = g.r
    X = r.randint(8, 40)
    names = r.sample(['农村公路', '小型水库', '机耕桥', '灌溉渠道', '村级卫生室', '文化广场', '污水管网', '路灯'], 3)
    T = g.n(X)
    if r.random() < 0.5:
        s = '完成%s等%s个项目建设。' % ('、'.join(names), T)
        g.none('partial_list', [T])
    else:
        ps = _neq_parts(r, 2, 1, X // 3 + 1, X, 'lt')
        P = [g.n(x) for x in ps]
        s = '全年实施民生项目%s个，其中%s%s个、%s%s个等。' % (T, names[0], P[0], names[1], P[1])
        g.none('partial_list', [T] + P, {'rel': 'sum', 'total': T, 'parts': P})
    return [s], 'village'


def n_codes(g):
    r = g.r
    std = r.choice([('《城镇污水处理厂污染物排放标准》', 'GB 18918-2002'), ('《建筑设计防火规范》', 'GB 50016-2014'),
                    ('《生活饮用水卫生标准》', 'GB 5749-2022'), ('《环境空气质量标准》', 'GB 3095-2012')])
    model = r.choice(['QY-1200型', 'ZL50G型', 'HX-300A型', 'DN800'])
    n = r.randint(2, 9)
    s = '严格执行%s（%s），新购置%s设备%s台（套）。' % (std[0], std[1], model, g.n(n))
    nums = re.findall(r'\d+', std[1]) + re.findall(r'\d+', model)
    g.none('code_number', nums)
    return [s], 'env'


def n_dates(g):
    r = g.r
    y = r.randint(2020, 2024)
    m1, m2 = r.randint(1, 6), r.randint(7, 12)
    d1, d2 = r.randint(1, 28), r.randint(1, 28)
    s = '%d年%d月%d日至%d月%d日，集中开展专项整治，每天%d:30—%d:00安排人员值守。' % (y, m1, d1, m2, d2, r.randint(7, 9), r.randint(17, 21))
    g.none('date_time', [str(y), str(m1), str(d1), str(m2), str(d2)])
    return [s], 'gov'


def n_phone(g):
    r = g.r
    area = r.choice(['0759', '0668', '0736', '0851', '0579'])
    num = str(r.randint(2000000, 8999999))
    s = '公布举报电话%s-%s，并与12345政务服务便民热线、110报警平台实现联动。' % (area, num)
    g.none('phone', [area, num, '12345', '110'])
    return [s], 'civil'


def n_ranks(g):
    r = g.r
    a, b = r.randint(2, 9), r.randint(1, 5)
    s = r.choice(['在全省县域经济高质量发展考核中位列第%d，较上年前移%d位。', '营商环境评价居全市第%d位，其中政务服务指标进步%d个位次。']) % (a, b)
    g.none('rank', [str(a), str(b)])
    return [s], 'gov'


def n_formula(g):
    r = g.r
    f = r.sample([('1+X', '证书制度试点'), ('7+X', '服务清单'), ('3+1+2', '选科模式'), ('5+2', '错时服务'), ('1+N', '帮扶机制'), ('2+2', '结对共建')], 2)
    s = '全面推行“%s”%s，落实“%s”%s，覆盖全部%s个村（社区）。' % (f[0][0], f[0][1], f[1][0], f[1][1], g.n(r.randint(9, 60)))
    g.none('formula_name', [f[0][0], f[1][0]])
    return [s], 'school'


def n_cumulative(g):
    r = g.r
    a, X = r.randint(5, 90), r.randint(200, 900)
    s = r.choice(['今年新增家庭农场%s家，累计达到%s家。', '全年新增注册志愿者%s人，全区志愿者总数累计%s人。', '新认定高新技术企业%s家，有效期内高新技术企业累计%s家。']) % (g.n(a), g.n(X))
    g.none('cumulative', [g.n(a), g.n(X)])
    return [s], 'stats'


def n_ranges(g):
    r = g.r
    a = r.randint(100, 5000)
    s = '对辖区18—35周岁青年开展就业意向摸排，登记%s人；为60周岁以上老年人提供上门体检服务，服务时间为每月1—15日。' % g.n(a)
    g.none('range', ['18', '35', '60', g.n(a)])
    return [s], 'hr'


def n_renci(g):
    r = g.r
    b = r.randint(200, 3000)
    X = b * r.randint(2, 4) + r.randint(1, 99)
    k = r.randint(6, 30)
    s = '举办职业技能培训班%s期，培训%s人次，实际覆盖%s人。' % (g.n(k), g.n(X), g.n(b))
    g.none('person_times', [g.n(k), g.n(X), g.n(b)])
    return [s], 'hr'


def n_docs(g):
    r = g.r
    y, no = r.randint(2019, 2024), r.randint(3, 99)
    s = '根据《关于进一步加强基层治理的实施意见》（%s办发〔%d〕%d号）精神，制定本方案。' % (pname(r, 1), y, no)
    g.none('code_number', [str(y), str(no)])
    return [s], 'gov'


def n_slogan(g):
    r = g.r
    s = r.choice(['深入实施“十四五”规划，坚持“两个毫不动摇”，扎实推进“三区三线”划定和“五个一”工程。',
                  '围绕“1个目标、3大任务、5项举措”，推进“百县千镇万村”工程。',
                  '落实“四个不摘”要求，守住“两不愁三保障”底线。'])
    nums = [x for x in ['1', '3', '5'] if x in s]
    g.none('slogan', nums or ['十四五'] if False else nums, None)
    if not nums:
        g.checks[-1]['nums'] = []
    return [s], 'gov'


def n_mixed_units(g):
    r = g.r
    a, b, c = r.randint(3, 60), r.randint(2, 30), r.randint(5, 90)
    X = r.randint(300, 9000)
    A, B, C, XX = g.n(a), g.n(b), g.n(c), g.n(X)
    s = '全年新建改建农村公路%s公里、桥梁%s座、涵洞%s道，完成投资%s万元。' % (A, B, C, XX)
    g.none('mixed_units', [A, B, C, XX], {'rel': 'sum', 'total': XX, 'parts': [A, B, C]})
    return [s], 'invest'


def n_subset(g):
    r = g.r
    X = r.randint(300, 9000)
    a = r.randint(10, X // 5)
    T, A = g.n(X), g.n(a)
    s = r.choice(['全年收治住院患者%s人次，其中手术患者%s人次。', '全年分娩新生儿%s人，其中早产儿%s人，均得到妥善救治。',
                  '累计办理不动产登记%s件，其中“带押过户”%s件。']) % (T, A)
    g.none('subset_only', [T, A])
    return [s], 'hosp'


def n_two_years(g):
    r = g.r
    y = r.randint(2020, 2023)
    a, b = r.randint(100, 9000), r.randint(100, 9000)
    s = '%d年办理各类行政许可%s件，%d年办理%s件，审批时限平均压缩一半以上。' % (y, g.n(a), y + 1, g.n(b))
    g.none('two_years', [g.n(a), g.n(b)])
    return [s], 'gov'


def n_threshold(g):
    r = g.r
    X, k = r.randint(8, 40), r.randint(2, 5)
    s = '全镇%s个村（社区）每个至少配备%s名专职网格员，每周入户走访不少于%s次。' % (g.n(X), g.n(k), g.n(r.randint(2, 5)))
    g.none('threshold', [g.n(X), g.n(k)])
    return [s], 'village'


def n_diff_wholes(g):
    r = g.r
    X = r.randint(2000, 20000)
    a, b = r.randint(50, 400), r.randint(20, 90)
    T, A, B = g.n(X), g.n(a), g.n(b)
    s = '全村户籍人口%s人，现有党员%s名、村民代表%s名。' % (T, A, B)
    g.none('different_wholes', [T, A, B], {'rel': 'sum', 'total': T, 'parts': [A, B]})
    return [s], 'village'


def n_approx_parts(g):
    r = g.r
    X = r.randint(3000, 90000)
    a = (X * r.randint(45, 65) // 100) // 100 * 100
    b = (X - a) // 100 * 100 + r.choice([-200, -100, 100, 200])
    T, A, B = g.n(X), g.n(a), g.n(b)
    s = '全县共有留守儿童%s人，其中城区约%s人、农村%s人左右。' % (T, A, B)
    g.none('approx_parts', [T, A, B], {'rel': 'sum', 'total': T, 'parts': [A, B]})
    return [s], 'social'


for _nm, _fn in [('overlap_dimensions', n_overlap), ('overlap_aid_groups', n_overlap2), ('selection_zhuyao', n_selection),
                 ('approx_total', n_approx), ('partial_list_deng', n_partial), ('standard_model_numbers', n_codes),
                 ('dates_times', n_dates), ('phone_hotline', n_phone), ('ranks', n_ranks), ('plus_formula_names', n_formula),
                 ('new_vs_cumulative', n_cumulative), ('age_day_ranges', n_ranges), ('person_times_vs_persons', n_renci),
                 ('document_numbers', n_docs), ('slogan_numbers', n_slogan), ('mixed_units', n_mixed_units),
                 ('single_subset', n_subset), ('two_years_no_delta', n_two_years), ('thresholds', n_threshold),
                 ('different_wholes', n_diff_wholes), ('approx_parts', n_approx_parts)]:
    reg('totneg_' + _nm, 'totals', 'n', _fn)


# ----------------------------------------------------------------------------------------------
# PCT family
# ----------------------------------------------------------------------------------------------
def pick_d(r, w=(2, 4, 4)):
    return r.choices([0, 1, 2], w)[0]


def rate_pair(g, lo, hi, rmin, rmax, d, allow_over=False):
    """(num, den, pct units) with a non-tie value, never rounding to exactly 100 % unless num == den"""
    r = g.r
    for _ in range(300):
        num, den = pick_rate(r, lo, hi, rmin, rmax, d, allow_over)
        pu = pct_units(num, den, d)
        if pu == 100 * 10 ** d and num != den:
            continue
        if pu == 0:
            continue
        return num, den, pu
    raise RuntimeError('rate_pair')


def wrong_pct(g, pu, d, alts=(), cap100=True):
    r = g.r
    for _ in range(50):
        w = bad_pct(r, pu, d, alts)
        if cap100 and pu <= 100 * 10 ** d and w > 100 * 10 ** d:
            continue
        return w
    return max(0, pu - (2 if d == 0 else 3 * 10 ** (d - 1)))


def rate_check(g, idx, num, den, d, NUM, DEN, alts=(), cap100=True):
    """format the percentage for rate num/den, broken when g.err == idx; records the check"""
    pu = pct_units(num, den, d)
    if g.err == idx:
        pu = wrong_pct(g, pu, d, alts, cap100)
    P = g.p(pu, d)
    g.add('rate', g.err != idx, num=NUM, den=DEN, pct=P)
    return P


RATE = {
    'hotline': ('civil', ['受理群众诉求', '接收12345热线工单', '受理各类诉求'], '办结', '办结率', '件', 300, 30000, .92, .999),
    'grid': ('civil', ['网格员上报事件', '网格化平台受理事件'], '办结', '办结率', '件', 200, 9000, .95, .999),
    'petition': ('civil', ['受理信访事项', '登记信访事项'], '按期办结', '按期办结率', '件', 30, 900, .85, .995),
    'court': ('court', ['受理各类案件', '受理案件'], '审执结', '结案率', '件', 500, 30000, .85, .98),
    'vacc': ('hosp', ['应种儿童', '免疫规划疫苗应种'], '实种', '接种率', '人次', 300, 20000, .95, .999),
    'insur': ('social', ['应参保人数', '户籍人口中应参保'], '实际参保', '参保率', '人', 5000, 900000, .93, .995),
    'quality': ('safety', ['抽检食品', '抽检食用农产品'], '检验合格', '合格率', '批次', 200, 5000, .95, .999),
    'satisf': ('civil', ['电话回访群众', '回访办件当事人'], '表示满意', '满意率', '人', 100, 5000, .85, .99),
    'hazard': ('safety', ['排查安全隐患', '检查发现隐患'], '整改到位', '整改率', '项', 100, 5000, .88, .999),
}


def p_rate(g, key, variant):
    r = g.r
    dom, dens, nump, rname, u, lo, hi, rmin, rmax = RATE[key]
    d = pick_d(r)
    num, den, pu = rate_pair(g, lo, hi, rmin, rmax, d)
    g.pick(1, True)
    N, D = g.n(num), g.n(den)
    P = rate_check(g, 0, num, den, d, N, D, alts=[pct_units(num, den + r.randint(5, 60), d)])
    dp = r.choice(dens)
    if variant == 'basic':
        s = r.choice(['{dp}{D}{u}，{np}{N}{u}，{rn}{P}。', '{dp}{D}{u}，{np}{N}{u}，{rn}达到{P}。', '全年{dp}{D}{u}，其中{np}{N}{u}，{rn}为{P}。'])
    elif variant == 'zhan':
        s = r.choice(['{np}{N}{u}，占{dp}{D}{u}的{P}。', '{dp}{D}{u}中，{np}{N}{u}，占{P}。', '{dp}{D}{u}，{np}{N}{u}，占比{P}。'])
    else:
        s = r.choice(['{rn}达{P}（{dp}{D}{u}，{np}{N}{u}）。', '{rn}为{P}，{dp}{D}{u}中{np}{N}{u}。', '{rn}{P}：{dp}{D}{u}，{np}{N}{u}。'])
    return [s.format(dp=dp, D=D, u=u, np=nump, N=N, rn=rname, P=P)], dom


for _k, _v in [('hotline', 'basic'), ('grid', 'basic'), ('petition', 'basic'), ('court', 'basic'), ('vacc', 'zhan'),
               ('insur', 'zhan'), ('quality', 'zhan'), ('satisf', 'first'), ('hazard', 'first')]:
    reg('pct_rate_%s_%s' % (_v, _k), 'pct', 'ci', p_rate, _k, _v)


def p_multishare(g, key):
    r = g.r
    dom, verbs, unit, cats, lo, hi, d0 = SCN[key]
    k = r.randint(3, min(4, len(cats)))
    names = r.sample(cats, k)
    parts = [r.randint(lo, hi) for _ in names]
    exhaustive = r.random() < 0.5
    X = sum(parts) + (0 if exhaustive else r.randint(lo, hi))
    d = r.choice([1, 1, 2])
    g.pick(k, True)
    T = g.n(X)
    P = [g.n(x) for x in parts]
    items = []
    for i, (nm, x) in enumerate(zip(names, P)):
        pc = rate_check(g, i, parts[i], X, d, x, T)
        items.append(r.choice(['%s%s%s，占%s', '%s%s%s、占比%s']) % (nm, x, unit, pc))
    if exhaustive:
        g.add('sum', True, total=T, parts=P)
    s = '%s%s%s%s，其中%s。' % (pre_all(r), r.choice(verbs), T, unit, '；'.join(items))
    return [s], dom


for _k in ['court', 'hotline']:
    reg('pct_multi_share_' + _k, 'pct', 'ci', p_multishare, _k)


def p_sum100(g, key):
    r = g.r
    d = r.choice([1, 1, 2])
    if key == 'proc':
        cats = ['公开招标', '竞争性磋商', '竞争性谈判', '单一来源', '询价']
        k = r.randint(3, 5)
        names = cats[:k - 1] + ['其他方式']
        dom = 'procure'
    else:
        names = ['第一产业', '第二产业', '第三产业']
        dom = 'stats'
    us = [r.randint(50, 900) for _ in names]
    if key == 'ind':
        us[0] = r.randint(20, 150)
    sh = largest_remainder(us, d)
    g.pick(1, True)
    if g.err == 0:
        i = r.randrange(len(sh))
        sh[i] += r.choice([-1, 1]) * r.randint(2 * 10 ** d, 9 * 10 ** d)
        sh[i] = abs(sh[i])
    if key == 'ind' and r.random() < 0.45:
        strs = [fmt(x, d) for x in sh]
        s = '三次产业结构调整为%s。' % ':'.join(strs)
        g.add('shares_eq_100', g.err != 0, pcts=strs)
        return [s], dom
    P = [g.p(x, d) for x in sh]
    g.add('shares_eq_100', g.err != 0, pcts=P)
    if key == 'proc':
        s = r.choice(['从采购方式看，%s。', '按采购方式划分，合同金额构成为：%s。']) % '，'.join(n + '占' + p for n, p in zip(names, P))
    else:
        s = '三次产业增加值占地区生产总值的比重分别为%s、%s和%s。' % tuple(P)
    return [s], dom


reg('pct_shares_sum_100_procurement', 'pct', 'ci', p_sum100, 'proc')
reg('pct_shares_sum_100_industry', 'pct', 'ci', p_sum100, 'ind')


def p_le100(g, key):
    r = g.r
    d = r.choice([0, 1, 1])
    if key == 'size':
        names, lead, dom = ['小微企业', '中型企业'], '新增减税降费中，', 'tax'
    else:
        names, lead, dom = ['本科及以上学历', '大专学历'], '全市新招录的社区工作者中，', 'hr'
    a = r.randint(20 * 10 ** d, 70 * 10 ** d)
    b = r.randint(5 * 10 ** d, 100 * 10 ** d - a - 3 * 10 ** d)
    g.pick(1, True)
    if g.err == 0:
        b = 100 * 10 ** d - a + r.randint(3 * 10 ** d, 25 * 10 ** d)
    P = [g.p(a, d), g.p(b, d)]
    g.add('shares_le_100', g.err != 0, pcts=P)
    s = lead + '%s占%s，%s占%s。' % (names[0], P[0], names[1], P[1])
    return [s], dom


reg('pct_partial_shares_le_100_size', 'pct', 'ci', p_le100, 'size')
reg('pct_partial_shares_le_100_education', 'pct', 'ci', p_le100, 'edu')

GROW = {
    'revenue': ('company', 'growth', ['营业收入由{a}万元增至{b}万元，增长{p}。', '实现营业收入{b}万元，较上年的{a}万元增长{p}。'], 2, 5000, 900000, 1.02, 1.45),
    'tourism': ('culture', 'growth', ['接待游客由上年的{a}万人次增加到{b}万人次，增长{p}。', '全年接待游客{b}万人次，上年为{a}万人次，同比增长{p}。'], 2, 300, 9000, 1.02, 1.8),
    'tax': ('tax', 'growth', ['税收收入{b}万元，上年同期{a}万元，同比增长{p}。', '税收收入从{a}万元提高到{b}万元，增幅{p}。'], 2, 5000, 900000, 1.01, 1.3),
    'visitors': ('gov', 'growth', ['政务服务大厅办件量由{a}件增加到{b}件，增长{p}。', '办件量{b}件，比上年{a}件增长{p}。'], 0, 3000, 90000, 1.02, 1.6),
    'accidents': ('safety', 'decline', ['生产安全事故起数由{a}起下降至{b}起，下降{p}。', '事故起数{b}起，比上年的{a}起下降{p}。'], 0, 20, 400, 0.5, 0.95),
    'cases': ('police', 'decline', ['刑事案件发案数由{a}起降至{b}起，降幅{p}。', '全年刑事立案{b}起，较上年{a}起下降{p}。'], 0, 300, 9000, 0.6, 0.96),
    'energy': ('carbon', 'decline', ['单位地区生产总值能耗由{a}吨标准煤/万元下降到{b}吨标准煤/万元，下降{p}。',
                                     '万元GDP能耗{b}吨标准煤，比上年的{a}吨标准煤下降{p}。'], 3, 300, 900, 0.93, 0.99),
    'growth_units': ('stats', 'growth', ['社会消费品零售总额由{a}元增至{b}元，增长{p}。', '实际利用外资{b}美元，比上年的{a}美元增长{p}。'], -1, 0, 0, 1.05, 1.6),
}


def p_growth(g, key):
    r = g.r
    dom, rel, tpls, d0, lo, hi, f1, f2 = GROW[key]
    d = pick_d(r, (1, 5, 3))
    if d0 == -1:       # 万 -> 亿 crossing
        a = r.randint(3000, 9999)          # 万元
        b = int(a * r.uniform(f1, f2))
        while b < 10000 or b % 100:
            a = r.randint(3000, 9999)
            b = int(a * r.uniform(max(f1, 10000 / a), f2 + 0.3)) // 100 * 100
        A = g.n(a) + '万'
        B = fmt(b // 100, 2) + '亿'
        num, den = b - a, a
    else:
        for _ in range(200):
            a = r.randint(lo, hi)
            b = int(a * r.uniform(f1, f2))
            if b != a and not is_tie(abs(b - a), a, d):
                break
        A, B = g.n(a, d0), g.n(b, d0)
        num, den = abs(b - a), a
    g.pick(1, True)
    if is_tie(num, den, d):
        d = d + 1 if d < 2 else d
    pu = pct_units(num, den, d)
    if g.err == 0:
        pu = wrong_pct(g, pu, d, alts=[pct_units(num, den + num if rel == 'growth' else max(1, den - num), d)], cap100=False)
    P = g.p(pu, d)
    g.add(rel, g.err != 0, **{'from': A, 'to': B, 'pct': P})
    return [r.choice(tpls).format(a=A, b=B, p=P)], dom


for _k in GROW:
    reg('pct_%s_%s' % (GROW[_k][1], _k), 'pct', 'ci', p_growth, _k)


def p_pp(g, key):
    r = g.r
    d = r.choice([1, 1, 2])
    if key == 'coverage':
        a = r.randint(30 * 10 ** d, 90 * 10 ** d)
        step = r.randint(1, 6 * 10 ** d)
    else:
        a = r.randint(2 * 10 ** d, 12 * 10 ** d)
        step = r.randint(1, max(2, a // 3))
    up = r.random() < 0.75 if key == 'coverage' else r.random() < 0.35
    b = a + step if up else a - step
    if b > 100 * 10 ** d:
        b, up = a - step, False
    pp = abs(b - a)
    g.pick(1, True)
    if g.err == 0:
        pp = typo(r, pp) if r.random() < 0.5 else pp + r.choice([-1, 1]) * r.randint(2, 10) * 10 ** (d - 1 if d else 0)
        if pp <= 0 or pp == abs(b - a):
            pp = abs(b - a) + 10 ** d
    A, B = g.p(a, d), g.p(b, d)
    PP = g.n(pp, d, 'f' if g.mode == 'f' else 'a')
    g.add('pp', g.err != 0, **{'from': A, 'to': B, 'pp': PP, 'dir': 'up' if up else 'down'})
    if key == 'coverage':
        what = r.choice(['城镇化率', '森林覆盖率', '生活垃圾分类覆盖率', '农村自来水普及率'])
        s = r.choice(['%s由上年的%s提高到%s，提高%s个百分点。', '%s从%s升至%s，提升%s个百分点。']) % (what, A, B, PP)
        if not up:
            s = '%s由%s回落到%s，下降%s个百分点。' % (what, A, B, PP)
        dom = 'stats'
    else:
        what = r.choice(['不良贷款率', '城镇调查失业率', '重复信访率', '门诊抗菌药物使用率'])
        s = r.choice(['%s由%s降至%s，下降%s个百分点。', '%s为%s，比上年的%s下降%s个百分点。'])
        s = (s % (what, A, B, PP)) if s.startswith('%s由') else (s % (what, B, A, PP))
        if up:
            s = '%s由%s上升到%s，上升%s个百分点。' % (what, A, B, PP)
        dom = 'gov'
    return [s], dom


reg('pct_percentage_points_coverage', 'pct', 'ci', p_pp, 'coverage')
reg('pct_percentage_points_decline', 'pct', 'ci', p_pp, 'decline')


def p_over100(g, key):
    r = g.r
    d = pick_d(r, (2, 5, 3))
    if key == 'task':
        dom = 'hr'
        num, den, pu = rate_pair(g, 2000, 30000, 1.01, 1.45, d, True)
        g.pick(1, True)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, 0, num, den, d, N, D, cap100=False)
        s = r.choice(['城镇新增就业%s人，完成年度目标任务%s人的%s。', '年度目标任务为新增就业%s人，实际完成%s人，完成率%s。'])
        s = s % ((N, D, P) if s.startswith('城镇') else (D, N, P))
    else:
        dom = 'tax'
        num, den, pu = rate_pair(g, 50000, 900000, 0.97, 1.25, d, True)
        g.pick(1, True)
        N, D = g.n(num, 2), g.n(den, 2)
        P = rate_check(g, 0, num, den, d, N, D, cap100=False)
        s = r.choice(['全年组织税收收入%s万元，为年度预算%s万元的%s。', '税收收入预算%s万元，实际完成%s万元，完成预算的%s。'])
        s = s % ((N, D, P) if s.startswith('全年') else (D, N, P))
    return [s], dom


reg('pct_completion_over_100_jobs', 'pct', 'ci', p_over100, 'task')
reg('pct_completion_vs_budget_tax', 'pct', 'ci', p_over100, 'tax')


def p_annual_plan(g):
    r = g.r
    d = pick_d(r, (2, 6, 2))
    num, den, pu = rate_pair(g, 500, 90000, 0.8, 1.3, d, True)
    g.pick(1, True)
    N, D = g.n(num, 2), g.n(den, 2)
    P = rate_check(g, 0, num, den, d, N + '亿', D + '亿', cap100=False)
    proj = r.choice(['市级重点项目', '省重点建设项目', '中心城区重大项目'])
    s = r.choice(['%s年度计划投资%s亿元，全年完成投资%s亿元，完成年度计划的%s。', '%s全年完成投资%s亿元，占年度计划投资%s亿元的%s。'])
    s = s % ((proj, D, N, P) if '年度计划投资%s亿元，全年' in s else (proj, N, D, P))
    return [s], 'invest'


reg('pct_annual_plan_investment', 'pct', 'ci', p_annual_plan)


def p_invest_table(g):
    r = g.r
    rows = projects(r, r.randint(3, 4))
    d = r.choice([1, 1, 2])
    plans, dones = [], []
    for _ in rows:
        for _ in range(100):
            p = r.randint(500, 30000)
            c = int(p * r.uniform(0.55, 1.35))
            if not is_tie(c, p, d):
                break
        plans.append(p)
        dones.append(c)
    TP, TC = sum(plans), sum(dones)
    nrel = len(rows) + 1
    g.pick(nrel, True)
    PL = [g.n(x) for x in plans]
    DN = [g.n(x) for x in dones]
    TTP, TTC = g.n(TP), g.n(TC)
    rates = []
    for i in range(len(rows)):
        rates.append(rate_check(g, i, dones[i], plans[i], d, DN[i], PL[i], cap100=False))
    tr = rate_check(g, len(rows), TC, TP, d, TTC, TTP, cap100=False)
    g.add('sum', True, total=TTP, parts=PL)
    g.add('sum', True, total=TTC, parts=DN)
    sep = r.choice(['｜', ' | ', '\t'])
    lines = ['重点项目投资完成情况（单位：万元）', sep.join(['项目名称', '年度计划投资', '完成投资', '投资完成率'])]
    for i, nm in enumerate(rows):
        lines.append(sep.join([nm, PL[i], DN[i], rates[i]]))
    lines.append(sep.join(['合计', TTP, TTC, tr]))
    return lines, 'invest'


reg('pct_investment_table_completion', 'pct', 'ci', p_invest_table)


def p_start_complete(g):
    r = g.r
    d = r.choice([0, 1, 1, 2])
    a, b, _ = rate_pair(g, 10, 120, 0.7, 1.1, d, True)
    c, e, _ = rate_pair(g, 8, 90, 0.6, 1.0, d)
    g.pick(2, True)
    B, A, E, C = g.n(b), g.n(a), g.n(e), g.n(c)
    P1 = rate_check(g, 0, a, b, d, A, B, cap100=False)
    P2 = rate_check(g, 1, c, e, d, C, E)
    s = '计划新开工项目%s个，实际开工%s个，开工率%s；计划竣工项目%s个，已竣工%s个，竣工率%s。' % (B, A, P1, E, C, P2)
    return [s], 'invest'


reg('pct_start_and_completion_rates', 'pct', 'ci', p_start_complete)


def p_saving(g, key):
    r = g.r
    d = r.choice([1, 2, 2])
    if key == 'single':
        for _ in range(200):
            bud = r.randint(5000, 900000)
            con = int(bud * r.uniform(0.8, 0.99))
            sav = bud - con
            if not is_tie(sav, bud, d) and pct_units(sav, bud, d) > 0:
                break
        g.pick(2, True)
        if g.err == 0:
            sav = typo(r, sav)
        BU, CO, SA = g.n(bud, 2), g.n(con, 2), g.n(sav, 2)
        g.add('diff', g.err != 0, a=BU, b=CO, result=SA)
        if is_tie(sav, bud, d):
            d = 2 if d == 1 else 1
        P = rate_check(g, 1, sav, bud, d, SA, BU)
        s = r.choice(['全年政府采购预算金额%s万元，实际采购金额%s万元，节约资金%s万元，资金节约率%s。',
                      '采购预算%s万元，合同金额%s万元，节约财政资金%s万元，节约率%s。']) % (BU, CO, SA, P)
        return [s], 'procure'
    rows = r.sample(['办公设备采购', '校园安防工程', '道路养护服务', '医疗设备采购', '物业管理服务', '信息化系统建设'], r.randint(3, 4))
    g.pick(len(rows), True)
    sep = r.choice(['｜', ' | ', '\t'])
    lines = ['部分政府采购项目节约情况（单位：万元）', sep.join(['项目', '预算金额', '成交金额', '节约率'])]
    for i, nm in enumerate(rows):
        for _ in range(200):
            bud = r.randint(3000, 90000)
            con = int(bud * r.uniform(0.78, 0.99))
            if not is_tie(bud - con, bud, d):
                break
        pu = pct_units(bud - con, bud, d)
        if g.err == i:
            pu = wrong_pct(g, pu, d)
        BU, CO, P = g.n(bud, 2), g.n(con, 2), g.p(pu, d)
        g.add('decline', g.err != i, **{'from': BU, 'to': CO, 'pct': P})
        lines.append(sep.join([nm, BU, CO, P]))
    return lines, 'procure'


reg('pct_procurement_saving_rate', 'pct', 'ci', p_saving, 'single')
reg('pct_procurement_saving_table', 'pct', 'ci', p_saving, 'table')


def p_tax_shares(g, key):
    r = g.r
    d = r.choice([1, 1, 2])
    if key == 'amount':
        names = r.sample(['增值税留抵退税', '新增减税', '新增降费', '缓税缓费'], r.randint(2, 3))
        parts = [r.randint(100, 9000) for _ in names]
        X = sum(parts) + r.randint(50, 3000)
        g.pick(len(names), True)
        T = g.n(X, 2)
        P = [g.n(x, 2) for x in parts]
        items = []
        for i, nm in enumerate(names):
            items.append('%s%s亿元、占%s' % (nm, P[i], rate_check(g, i, parts[i], X, d, P[i], T)))
        s = '全年新增减税降费及退税缓税缓费%s亿元，其中%s。' % (T, '；'.join(items))
        return [s], 'tax'
    names = ['小微企业', '个体工商户']
    parts = [r.randint(500, 90000) for _ in names]
    X = sum(parts) + r.randint(100, 20000)
    g.pick(2, True)
    T = g.n(X)
    P = [g.n(x) for x in parts]
    items = ['%s%s户，占%s' % (nm, P[i], rate_check(g, i, parts[i], X, d, P[i], T)) for i, nm in enumerate(names)]
    s = '政策惠及各类纳税人%s户，其中%s。' % (T, '；'.join(items))
    return [s], 'tax'


reg('pct_tax_relief_shares', 'pct', 'ci', p_tax_shares, 'amount')
reg('pct_tax_beneficiary_shares', 'pct', 'ci', p_tax_shares, 'benef')


def p_carbon(g, key):
    r = g.r
    d = r.choice([1, 2, 2])
    if key == 'firms':
        num, den, _ = rate_pair(g, 20, 300, 0.9, 0.999, d)
        g.pick(1, True)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, 0, num, den, d, N, D)
        s = r.choice(['全市%s家重点排放单位中，%s家按时足额清缴配额，履约率%s。', '纳入履约的重点排放单位%s家，按期完成清缴%s家，履约率为%s。']) % (D, N, P)
    else:
        num, den, _ = rate_pair(g, 2000, 90000, 0.95, 0.9999, d)
        g.pick(1, True)
        N, D = g.n(num, 1), g.n(den, 1)
        P = rate_check(g, 0, num, den, d, N, D)
        s = '应清缴配额%s万吨，实际清缴%s万吨，配额清缴完成率%s。' % (D, N, P)
    return [s], 'carbon'


reg('pct_carbon_compliance_firms', 'pct', 'ci', p_carbon, 'firms')
reg('pct_carbon_allowance_surrender', 'pct', 'ci', p_carbon, 'allow')


def p_exam(g, key):
    r = g.r
    d = r.choice([1, 2, 2])
    if key == 'admit':
        num, den, _ = rate_pair(g, 500, 60000, 0.3, 0.95, d)
        g.pick(1, True)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, 0, num, den, d, N, D, alts=[pct_units(den - num, den, d)])
        s = r.choice(['普通高中招生报名%s人，录取%s人，录取率%s。', '全市共有%s人报名参加成人高考，最终录取%s人，录取率为%s。']) % (D, N, P)
    elif key == 'benke':
        num, den, _ = rate_pair(g, 300, 30000, 0.3, 0.9, d)
        g.pick(1, True)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, 0, num, den, d, N, D)
        s = r.choice(['全县高考参考%s人，本科上线%s人，本科上线率%s。', '本科上线%s人，占参考考生%s人的%s，创历史新高。'])
        s = s % ((D, N, P) if s.startswith('全县') else (N, D, P))
    else:
        hi0 = r.choice([600, 650])
        bands = ['%d分以上' % hi0, '%d至%d分' % (hi0 - 100, hi0 - 1)]
        parts = [r.randint(50, 2000), r.randint(800, 5000)]
        X = sum(parts) + r.randint(1000, 9000)
        g.pick(2, True)
        T = g.n(X)
        P = [g.n(x) for x in parts]
        items = ['%s%s人，占%s' % (b, P[i], rate_check(g, i, parts[i], X, d, P[i], T)) for i, b in enumerate(bands)]
        s = '全市中考考生%s人，其中%s。' % (T, '；'.join(items))
    return [s], 'exam'


for _k in ['admit', 'benke', 'bands']:
    reg('pct_exam_' + _k, 'pct', 'ci', p_exam, _k)


def p_recruit(g):
    r = g.r
    d = r.choice([1, 1, 2])
    task = r.randint(30, 900)
    done = task + r.randint(0, max(1, task // 10))
    if is_tie(done, task, d):
        done += 1
    stu = r.randint(done // 3, done - 1)
    if is_tie(stu, done, d):
        stu -= 1
    g.pick(2, True)
    TK, DN, ST = g.n(task), g.n(done), g.n(stu)
    P1 = rate_check(g, 0, done, task, d, DN, TK, cap100=False)
    P2 = rate_check(g, 1, stu, done, d, ST, DN, alts=[pct_units(stu, task, d)])
    s = r.choice(['上级下达征兵任务%s人，实际输送%s人，完成率%s；其中大学生士兵%s人，占新兵总数的%s。',
                  '全年征集新兵%s人，为任务数%s人的%s。新兵中大学生%s人，占比%s。'])
    s = s % ((TK, DN, P1, ST, P2) if s.startswith('上级') else (DN, TK, P1, ST, P2))
    return [s], 'military'


reg('pct_recruitment_completion_and_students', 'pct', 'ci', p_recruit)


def p_subtotal(g, key):
    r = g.r
    d = r.choice([1, 1, 2])
    X = r.randint(200, 9000)
    a = r.randint(X // 5, X // 2)
    b = r.randint(a // 5, a - 1)
    while is_tie(b, a, d):
        b -= 1
    g.pick(1, True)
    T, A, B = g.n(X), g.n(a), g.n(b)
    P = rate_check(g, 0, b, a, d, B, A, alts=[pct_units(b, X, d)])
    if key == 'women':
        s = '全镇共有党员%s名，其中女党员%s名。女党员中35岁及以下的%s名，占女党员总数的%s。' % (T, A, B, P)
        dom = 'gov'
    else:
        s = '全年高校毕业生就业%s人，其中在民营企业就业%s人；在民营企业就业的毕业生中，从事技术岗位的%s人，占%s。' % (T, A, B, P)
        dom = 'hr'
    return [s], dom


reg('pct_share_of_subtotal_women', 'pct', 'ci', p_subtotal, 'women')
reg('pct_share_of_subtotal_graduates', 'pct', 'ci', p_subtotal, 'grads')


def p_forced(g, key):
    r = g.r
    if key == 'fw':
        g.force('f')
    elif key == 'thou':
        g.force('c')
    d = pick_d(r, (1, 3, 3))
    if key == 'cn':
        g.force('h')
        num, den, pu = rate_pair(g, 20, 900, 0.8, 0.999, d)
        g.pick(1, False)
        N, D = g.n(num), g.n(den)
        if g.err == 0:
            pu = wrong_pct(g, pu, d)
        P = g.p(pu, d, 'cn')
        g.add('rate', g.err != 0, num=N, den=D, pct=P)
        s = r.choice(['全村应参加医保%s人，已参保%s人，参保率达到%s。', '全年排查出租屋%s间，落实登记管理%s间，登记率%s。'])
        return [s % (D, N, P)], 'village'
    key2 = r.choice(['hotline', 'grid', 'court', 'insur'])
    dom, dens, nump, rname, u, lo, hi, rmin, rmax = RATE[key2]
    if key == 'thou':
        lo, hi = max(lo, 1200), max(hi, 50000)
    num, den, pu = rate_pair(g, lo, hi, rmin, rmax, d)
    g.pick(1, True)
    N, D = g.n(num), g.n(den)
    P = rate_check(g, 0, num, den, d, N, D)
    s = '%s%s%s，%s%s%s，%s%s。' % (r.choice(dens), D, u, nump, N, u, rname, P)
    return [s], dom


reg('pct_fullwidth_digits_rate', 'pct', 'ci', p_forced, 'fw')
reg('pct_chinese_baifenzhi_rate', 'pct', 'ci', p_forced, 'cn')
reg('pct_thousands_separator_rate', 'pct', 'ci', p_forced, 'thou')


def p_rate_table(g):
    r = g.r
    towns = distinct(r, town, r.randint(3, 5))
    d = r.choice([1, 2, 2])
    g.pick(len(towns), True)
    sep = r.choice(['｜', ' | ', '\t', '  '])
    lines = ['各镇（街道）免疫规划疫苗接种情况', sep.join(['镇（街道）', '应种人次', '实种人次', '接种率'])]
    for i, t in enumerate(towns):
        num, den, _ = rate_pair(g, 300, 9000, 0.95, 0.999, d)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, i, num, den, d, N, D)
        lines.append(sep.join([t, D, N, P]))
    return lines, 'hosp'


reg('pct_rate_table_by_town', 'pct', 'ci', p_rate_table)


def p_multi_rates(g):
    r = g.r
    d = r.choice([1, 2])
    g.pick(3, True)
    a1, b1, _ = rate_pair(g, 200, 9000, 0.9, 0.999, d)
    a2, b2, _ = rate_pair(g, 50, b1 // 2, 0.85, 0.99, d)
    a3, b3, _ = rate_pair(g, 30, 900, 0.8, 0.99, d)
    F = [g.n(x) for x in (a1, b1, a2, b2, a3, b3)]
    P1 = rate_check(g, 0, a1, b1, d, F[0], F[1])
    P2 = rate_check(g, 1, a2, b2, d, F[2], F[3])
    P3 = rate_check(g, 2, a3, b3, d, F[4], F[5])
    lines = ['全年受理群众诉求%s件，办结%s件，办结率%s。' % (F[1], F[0], P1),
             '对其中%s件办件开展电话回访，群众表示满意的%s件，满意率%s。' % (F[3], F[2], P2),
             '督办重点难点诉求%s件，按期办结%s件，按期办结率%s。' % (F[5], F[4], P3)]
    if r.random() < 0.5:
        lines = [''.join(lines)]
    return lines, 'civil'


reg('pct_three_rates_paragraph', 'pct', 'ci', p_multi_rates)


def p_exec(g):
    r = g.r
    d = r.choice([1, 2, 2])
    num, den, _ = rate_pair(g, 3000, 900000, 0.75, 0.99, d)
    g.pick(1, True)
    N, D = g.n(num, 2), g.n(den, 2)
    P = rate_check(g, 0, num, den, d, N, D)
    s = r.choice(['部门年度预算%s万元，实际支出%s万元，预算执行率%s。', '当年财政拨款预算%s万元，已支出%s万元，执行进度%s。']) % (D, N, P)
    return [s], 'budget'


reg('pct_budget_execution_rate', 'pct', 'ci', p_exec)


def p_cat_table(g):
    r = g.r
    cats = r.sample(['城市管理', '环境保护', '住房物业', '劳动社保', '交通运输', '市场监管', '教育', '医疗卫生'], r.randint(3, 5))
    d = r.choice([1, 2])
    parts = [r.randint(30, 3000) for _ in cats]
    X = sum(parts)
    g.pick(len(cats), True)
    T = g.n(X)
    P = [g.n(x) for x in parts]
    sep = r.choice(['｜', ' | ', '\t'])
    lines = ['诉求类别分布', sep.join(['类别', '件数', '占比'])]
    for i, c in enumerate(cats):
        lines.append(sep.join([c, P[i], rate_check(g, i, parts[i], X, d, P[i], T)]))
    lines.append(sep.join(['合计', T, '—']))
    g.add('sum', True, total=T, parts=P)
    return lines, 'civil'


reg('pct_category_table_count_share', 'pct', 'ci', p_cat_table)


def p_malformed(g, key):
    """styles whose inconsistent records are always a malformed percentage (arithmetic otherwise right)"""
    g.fmt_always = True
    r = g.r
    if key == 'rate':
        return p_rate(g, r.choice(list(RATE)), r.choice(['basic', 'zhan', 'first']))
    if key == 'share':
        return p_multishare(g, r.choice(['court', 'hotline']))
    return p_growth(g, r.choice(['revenue', 'tourism', 'tax', 'visitors', 'accidents', 'cases']))


for _k in ['rate', 'share', 'growth']:
    reg('pct_malformed_percent_in_' + _k, 'pct', 'ci', p_malformed, _k)


def p_structure(g):
    r = g.r
    d = r.choice([1, 1, 2])
    num, den, _ = rate_pair(g, 20000, 900000, 0.35, 0.65, d)
    g.pick(1, True)
    N, D = g.n(num, 2), g.n(den, 2)
    P = rate_check(g, 0, num, den, d, N, D)
    what = r.choice(['第三产业增加值', '数字经济核心产业增加值', '民营经济增加值'])
    s = r.choice(['全年实现地区生产总值%s亿元，其中%s%s亿元，占地区生产总值的比重为%s。', '地区生产总值%s亿元中，%s达到%s亿元，占比%s。']) % (D, what, N, P)
    return [s], 'stats'


reg('pct_structure_share_of_gdp', 'pct', 'ci', p_structure)


def p_school(g):
    r = g.r
    d = r.choice([1, 2])
    X = r.randint(120, 2000)
    a = int(X * r.uniform(0.85, 0.99))
    b = int(X * r.uniform(0.2, 0.5))
    while is_tie(a, X, d) or a == X:
        a -= 1
    while is_tie(b, X, d):
        b -= 1
    g.pick(2, True)
    T, A, B = g.n(X), g.n(a), g.n(b)
    P1 = rate_check(g, 0, a, X, d, A, T)
    P2 = rate_check(g, 1, b, X, d, B, T)
    s = '九年级学业水平测试参考学生%s人，及格%s人，及格率%s；优秀%s人，优秀率%s。' % (T, A, P1, B, P2)
    return [s], 'school'


reg('pct_school_pass_and_excellence', 'pct', 'ci', p_school)


def p_simple(g, key):
    r = g.r
    d = r.choice([1, 2, 2])
    if key == 'beds':
        num, den, _ = rate_pair(g, 30000, 300000, 0.7, 0.98, d)
        g.pick(1, True)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, 0, num, den, d, N, D)
        s = '全年实际开放总床日数%s，实际占用总床日数%s，病床使用率%s。' % (D, N, P)
        return [s], 'hosp'
    if key == 'coverage':
        num, den, _ = rate_pair(g, 40, 400, 0.6, 0.99, d)
        g.pick(1, True)
        N, D = g.n(num), g.n(den)
        P = rate_check(g, 0, num, den, d, N, D)
        s = r.choice(['全县%s个行政村中，%s个实现5G网络覆盖，覆盖率%s。', '%s个行政村已有%s个建成村级寄递物流综合服务站，覆盖率%s。']) % (D, N, P)
        return [s], 'village'
    if key == 'npl':
        num, den, _ = rate_pair(g, 30000, 900000, 0.008, 0.04, 2)
        g.pick(1, True)
        N, D = g.n(num, 2), g.n(den, 2)
        P = rate_check(g, 0, num, den, 2, N, D)
        s = '年末各项贷款余额%s亿元，不良贷款余额%s亿元，不良贷款率%s。' % (D, N, P)
        return [s], 'stats'
    num, den, _ = rate_pair(g, 60, 2000, 0.45, 0.8, d)
    g.pick(1, True)
    N, D = g.n(num), g.n(den)
    P = rate_check(g, 0, num, den, d, N, D)
    s = '组织上站体检%s人，体检合格%s人，体检合格率%s。' % (D, N, P)
    return [s], 'military'


for _k in ['beds', 'coverage', 'npl', 'medical']:
    reg('pct_rate_' + _k, 'pct', 'ci', p_simple, _k)


def p_change_growth(g):
    r = g.r
    d = r.choice([1, 1, 2])
    for _ in range(200):
        a = r.randint(5000, 900000)
        b = int(a * r.uniform(1.02, 1.4))
        if not is_tie(b - a, a, d):
            break
    c = b - a
    g.pick(2, True)
    if g.err == 0:
        c = typo(r, c)
    A, B, C = g.n(a, 2), g.n(b, 2), g.n(c, 2)
    g.add('change', g.err != 0, **{'from': A, 'to': B, 'delta': C, 'dir': 'up'})
    pu = pct_units(b - a, a, d)
    if g.err == 1:
        pu = wrong_pct(g, pu, d, alts=[pct_units(b - a, b, d)], cap100=False)
    P = g.p(pu, d)
    g.add('growth', g.err != 1, **{'from': A, 'to': B, 'pct': P})
    s = r.choice(['村集体经济总收入由%s元增加到%s元，增加%s元，增长%s。', '全年完成技改投资%s万元，上年为%s万元，增加%s万元，增长%s。'])
    s = s % ((A + '万' if False else A, B, C, P) if s.startswith('村') else (B, A, C, P))
    return [s.replace('元增加到', '元增加到') if s.startswith('村') else s], 'stats' if not s.startswith('村') else 'village'


reg('pct_change_and_growth_together', 'pct', 'ci', p_change_growth)


def p_sum_rate(g, key):
    r = g.r
    d = r.choice([1, 2])
    if key == 'remaining':
        X = r.randint(300, 20000)
        a = int(X * r.uniform(0.9, 0.995))
        while is_tie(a, X, d) or pct_units(a, X, d) == 100 * 10 ** d:
            a -= 1
        b = X - a
        g.pick(2, True)
        if g.err == 0:
            b = typo(r, b)
        T, A, B = g.n(X), g.n(a), g.n(b)
        g.add('sum', g.err != 0, total=T, parts=[A, B])
        P = rate_check(g, 1, a, X, d, A, T)
        s = '受理群众诉求%s件，已办结%s件，正在办理%s件，办结率%s。' % (T, A, B, P)
        return [s], 'civil'
    a, b = r.randint(50, 9000), r.randint(50, 9000)
    X = a + b
    while is_tie(b, X, d):
        b += 1
        X = a + b
    g.pick(2, True)
    vals = [a, b, X]
    if g.err == 0:
        i = r.choice([0, 2])      # change the other part or the total: the female share is then computed on a stated figure
        vals[i] = typo(r, vals[i])
    A, B, T = [g.n(x) for x in vals]
    g.add('sum', g.err != 0, total=T, parts=[A, B])
    P = rate_check(g, 1, vals[1], vals[2], d, B, T)
    s = r.choice(['全县登记在册志愿者%s人，其中男性%s人、女性%s人，女性占%s。', '全年培训农村实用人才%s人，其中男性%s人，女性%s人，女性占比%s。'])
    return [s % (T, A, B, P)], 'social'


reg('pct_sum_and_rate_remaining', 'pct', 'ci', p_sum_rate, 'remaining')
reg('pct_sum_and_rate_gender', 'pct', 'ci', p_sum_rate, 'gender')


# ---------------------------------------------------------------- pct negatives
def q_pp_only(g):
    r = g.r
    a, b = r.randint(300, 900), r.randint(3, 40)
    A, B = fmt(a, 1) + '%', fmt(b, 1)
    s = r.choice(['常住人口城镇化率达到%s，比上年提高%s个百分点。', '全市森林覆盖率%s，较上年提升%s个百分点。', '高中阶段毛入学率%s，比上年提高%s个百分点。']) % (A, B)
    g.none('pp_only', [A, B])
    return [s], 'stats'


def q_over100(g):
    r = g.r
    a = r.randint(1005, 1900)
    A = fmt(a, 1) + '%'
    s = r.choice(['全年招商引资到位资金完成年度计划的%s。', '跨境电商进出口额增长%s，呈爆发式增长。', '新能源汽车产量同比增长%s。', '外贸出口完成全年目标的%s，超额完成任务。']) % A
    g.none('over100_nobase', [A])
    return [s], 'stats'


def q_diff_wholes(g):
    r = g.r
    a, b = r.randint(550, 750), r.randint(380, 480)
    A, B = fmt(a, 1) + '%', fmt(b, 1) + '%'
    s = '全县森林覆盖率%s，县城建成区绿化覆盖率%s，人均公园绿地面积%s平方米。' % (A, B, fmt(r.randint(100, 180), 1))
    g.none('different_wholes', [A, B], {'rel': 'shares_le_100', 'pcts': [A, B]})
    return [s], 'env'


def q_dims(g):
    r = g.r
    a, b, c = r.randint(300, 600), r.randint(400, 800), r.randint(250, 500)
    A, B, C = [fmt(x, 1) + '%' for x in (a, b, c)]
    s = '在新发展的党员中，女性占%s，大专及以上学历占%s，35岁及以下占%s。' % (A, B, C)
    g.none('overlap_subset', [A, B, C], {'rel': 'shares_le_100', 'pcts': [A, B, C]})
    return [s], 'gov'


def q_taxrates(g):
    r = g.r
    s = r.choice(['小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税。',
                  '对月销售额10万元以下的小规模纳税人免征增值税，对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。',
                  '制造业中小微企业缓缴部分税费，缓缴期限延长3个月，滞纳金按每日万分之五计算的规定暂不执行。'])
    nums = [x for x in re.findall(r'\d+%', s)] or ['3']
    g.none('rate_names', nums)
    return [s], 'tax'


def q_interest(g):
    r = g.r
    lpr = r.choice(['3.45', '3.65', '3.85', '4.2'])
    s = '创业担保贷款利率不超过贷款市场报价利率（LPR）%s%%加50个基点，财政按贷款利息的%d%%给予贴息。' % (lpr, r.choice([50, 60, 70]))
    g.none('rate_names', [lpr + '%'])
    return [s], 'hr'


def q_threshold(g):
    r = g.r
    a = r.choice([90, 95, 98])
    b = r.choice([80, 85, 90])
    s = '确保基本医疗保险参保率稳定在%d%%以上，家庭医生签约服务重点人群覆盖率不低于%d%%。' % (a, b)
    g.none('threshold', [str(a) + '%', str(b) + '%'])
    return [s], 'social'


def q_fraction(g):
    r = g.r
    s = r.choice(['近六成受访企业表示用工需求有所增加，三分之一以上企业计划扩大投资。', '超过半数的村实现集体经济收入“破零”，近三成的村年收入超过20万元。',
                  '八成以上的政务服务事项实现“一网通办”，群众办事平均少跑两成以上路程。'])
    g.none('fraction_words', ['20'] if '20' in s else [])
    return [s], 'gov'


def q_bei(g):
    r = g.r
    a = r.randint(11, 39)
    s = r.choice(['工业技改投资增长%s倍，高技术制造业增加值翻了一番。', '农村电商交易额增长%s倍。']) % fmt(a, 1)
    g.none('multiple_bei', [fmt(a, 1)])
    return [s], 'stats'


def q_approx_base(g):
    r = g.r
    X = r.choice([3000, 4000, 6000, 8000, 12000])
    done = X - r.choice([100, 200, 300])
    true_rate = r.randint(955, 999)
    s = '全年受理群众诉求约%d件，办结%d余件，办结率%s。' % (X, done, fmt(true_rate, 1) + '%')
    P = fmt(true_rate, 1) + '%'
    naive = {'rel': 'rate', 'num': str(done), 'den': str(X), 'pct': P}
    if evaluate(dict(naive, holds=None))[0]:
        P = fmt(true_rate - 7, 1) + '%'
        s = '全年受理群众诉求约%d件，办结%d余件，办结率%s。' % (X, done, P)
        naive['pct'] = P
    g.none('approx_base', [str(X), str(done), P], naive)
    return [s], 'civil'


def q_yoy(g):
    r = g.r
    a, b = r.randint(30, 120), r.randint(3, 25)
    A, B = fmt(a, 1) + '%', fmt(b, 1)
    s = r.choice(['规模以上工业增加值同比增长%s，增速高于全省平均水平%s个百分点。', '社会消费品零售总额同比增长%s，增速比一季度加快%s个百分点。']) % (A, B)
    g.none('yoy_nobase', [A, B])
    return [s], 'stats'


def q_spec(g):
    r = g.r
    s = r.choice(['入库稻谷水分含量≤13.5%，杂质含量≤1.0%。', '要求混凝土强度保证率不低于95%，含泥量不大于3%。', '城镇污水处理厂出水化学需氧量去除率不低于85%，污泥含水率控制在60%以下。'])
    g.none('spec_limit', re.findall(r'\d+(?:\.\d+)?%', s))
    return [s], 'env'


def q_avg_growth(g):
    r = g.r
    y0 = r.randint(2016, 2019)
    n = r.randint(4, 5)
    a = r.randint(2000, 9000)
    rate = r.randint(50, 120)        # 0.1 %
    b = int(a * (1 + rate / 1000) ** n)
    A, B, P = g.n(a, 2), g.n(b, 2), fmt(rate, 1) + '%'
    naive = {'rel': 'growth', 'from': A, 'to': B, 'pct': P}
    s = '地区生产总值由%d年的%s亿元增加到%d年的%s亿元，年均增长%s。' % (y0, A, y0 + n, B, P)
    g.none('avg_growth', [A, B, P], naive)
    return [s], 'stats'


def q_percentile(g):
    r = g.r
    a, k = r.choice([1, 5, 10]), r.randint(3, 40)
    s = '全县有%s名考生成绩进入全省前%d%%，位次较上年整体前移。' % (g.n(k), a)
    g.none('percentile', [str(a) + '%'])
    return [s], 'exam'


def q_diff_bases(g):
    r = g.r
    a, b = r.randint(80, 250), r.randint(300, 900)
    A, B = fmt(a, 1) + '%', fmt(b, 1) + '%'
    s = '全市地区生产总值占全省的%s，其中制造业增加值占全市地区生产总值的%s。' % (A, B)
    g.none('different_wholes', [A, B])
    return [s], 'stats'


def q_target_result(g):
    r = g.r
    t = r.choice([90, 92, 95])
    a = r.randint(t * 10 + 3, 999)
    A = fmt(a, 1) + '%'
    s = '年初确定的目标为%d%%，实际完成%s，高于目标%s个百分点。' % (t, A, fmt(a - t * 10, 1))
    what = r.choice(['农村生活污水治理率', '群众安全感满意度', '义务教育巩固率'])
    s = what + s
    g.none('threshold', [str(t) + '%', A])
    g.add('pp', True, **{'from': str(t) + '%', 'to': A, 'pp': fmt(a - t * 10, 1), 'dir': 'up'})
    return [s], 'gov'


for _nm, _fn in [('pp_without_base', q_pp_only), ('over_100_without_base', q_over100), ('different_wholes_rates', q_diff_wholes),
                 ('overlapping_dimension_shares', q_dims), ('statutory_tax_rates', q_taxrates), ('interest_and_subsidy_rates', q_interest),
                 ('targets_thresholds', q_threshold), ('fraction_words', q_fraction), ('growth_in_bei', q_bei),
                 ('approximate_base', q_approx_base), ('yoy_without_base', q_yoy), ('specification_limits', q_spec),
                 ('average_annual_growth', q_avg_growth), ('percentile_rank', q_percentile), ('shares_of_different_bases', q_diff_bases)]:
    reg('pctneg_' + _nm, 'pct', 'n', _fn)


def q_narrowed(g):
    r = g.r
    a, b = r.randint(10, 80), r.randint(5, 40)
    A, B = fmt(a, 1) + '%', fmt(b, 1)
    s = r.choice(['房地产开发投资下降%s，降幅比上半年收窄%s个百分点。', '进出口总额下降%s，降幅较前三季度收窄%s个百分点。']) % (A, B)
    g.none('yoy_nobase', [A, B])
    return [s], 'stats'


def q_ratio(g):
    r = g.r
    a = fmt(r.randint(110, 180), 1)
    s = r.choice(['省、市、县三级按5:3:2比例分担补助资金，全县义务教育阶段生师比为%s:1。', '上级资金与地方配套按1:1安排，小学班额平均控制在45人以内，生师比%s:1。']) % a
    g.none('formula_name', [a])
    return [s], 'school'


reg('pctneg_decline_narrowed_pp', 'pct', 'n', q_narrowed)
reg('pctneg_ratios_with_colon', 'pct', 'n', q_ratio)


# ----------------------------------------------------------------------------------------------
# record assembly, generation, verification, CLI
# ----------------------------------------------------------------------------------------------
PCT_KEYS = {'rate': ['pct'], 'growth': ['pct'], 'decline': ['pct'], 'pp': ['from', 'to'],
            'shares_eq_100': ['pcts'], 'shares_le_100': ['pcts']}


def apply_malformed(g, text):
    r = g.r
    cands = []
    for c in g.checks:
        for k in PCT_KEYS.get(c['rel'], []):
            v = c[k]
            for x in (v if isinstance(v, list) else [v]):
                if (x.endswith('%') or x.endswith('％')) and text.count(x) == 1 and x not in cands:
                    cands.append(x)
    if not cands:
        return None
    raw = r.choice(cands)
    bad, why = malform(r, raw)
    text = text.replace(raw, bad)
    g.checks = [c for c in g.checks if raw not in json.dumps(c, ensure_ascii=False)]
    g.add('pct_format', False, raw=bad, was=raw)
    g.desc = why
    return text


def assemble(g, main, dom):
    r = g.r
    room = 8 - len(main)
    lines = []
    used = set()
    if room < 0:
        raise RuntimeError('main part longer than 8 lines')
    if room >= 1 and r.random() < 0.35:
        lines.append(heading(r, dom, g.year))
        room -= 1
    npre = r.choice([0, 1, 1, 2])
    npost = r.choice([0, 0, 1, 1, 2])
    main = list(main)
    if npre:
        pre = ''.join(ctx_sentence(r, dom, used, g.year) for _ in range(npre))
        if r.random() < 0.6 or room < 1:
            main[0] = pre + main[0]
        else:
            lines.append(pre)
            room -= 1
    lines += main
    if npost:
        post = ''.join(ctx_sentence(r, dom, used, g.year) for _ in range(npost))
        if r.random() < 0.5 or room < 1 or not lines[-1].endswith('。'):
            if lines[-1].endswith('。'):
                lines[-1] += post
            else:
                lines.append(post) if room >= 1 else None
        else:
            lines.append(post)
    return lines[:8]


def make_note(g, rec):
    bits = []
    for c in rec['checks']:
        h, d = evaluate(c)
        if c['rel'] == 'pct_format':
            d = 'malformed percentage %r (was %r: %s)' % (c['raw'], c.get('was'), g.desc)
        elif c['rel'] == 'none' and 'naive' in c:
            nh, nd = evaluate(c['naive'])
            d += ' (naive reading: %s)' % nd
        elif c['rel'] in ('rate', 'growth', 'decline', 'avg'):
            d += ' [round half up]'
        bits.append(('ok: ' if h else 'WRONG: ') + d)
    lead = {'consistent': 'consistent, every relation holds',
            'inconsistent': 'inconsistent, exactly one relation is wrong',
            'negative': 'negative look-alike, nothing checkable'}[rec['label']]
    return '%s | %s' % (lead, ' ; '.join(bits))


FAILS = {}


def build(st, r, label):
    for attempt in range(40):
        g = G(r, label, st['family'], st['name'])
        main, dom = st['fn'](g, *st['args'])
        if g.h_fallback and g.mode == 'h' and not g.forced:
            continue
        lines = assemble(g, main, dom)
        text = '\n'.join(lines)
        if g.fmt_err:
            text = apply_malformed(g, text)
            if text is None:
                FAILS[st['name']] = FAILS.get(st['name'], 0) + 1
                continue
        rec = {'id': '', 'family': st['family'], 'style': st['name'], 'label': label, 'text': text, 'note': '',
               'checks': g.checks}
        rec['note'] = make_note(g, rec)
        probs = verify_record(rec)
        if not probs:
            return rec
        FAILS[st['name']] = FAILS.get(st['name'], 0) + 1
        if DEBUG:
            print('retry', st['name'], label, probs, text, file=sys.stderr)
    raise RuntimeError('style %s cannot produce a valid %s record' % (st['name'], label))


DEBUG = False


def plan(seed):
    """records per style and label pattern"""
    out = []
    for fam in ('totals', 'pct'):
        sts = [s for s in STYLES if s['family'] == fam]
        if not sts:
            continue
        target = 1500
        base = max(15, min(20, target // len(sts)))
        extra = max(0, target - base * len(sts))
        for i, st in enumerate(sts):
            n = base + (1 if i < extra and base < 20 else 0)
            if st['labels'] == 'n':
                labs = ['negative'] * n
            else:
                a, b = ('consistent', 'inconsistent') if (i + seed) % 2 == 0 else ('inconsistent', 'consistent')
                labs = [a if j % 2 == 0 else b for j in range(n)]
            out.append((st, labs))
    return out


def generate(seed):
    recs = []
    for st, labs in plan(seed):
        r = random.Random('n33|%d|%s' % (seed, st['name']))
        for lab in labs:
            recs.append(build(st, r, lab))
    random.Random('n33-order|%d' % seed).shuffle(recs)
    cnt = {'totals': 0, 'pct': 0}
    for rec in recs:
        cnt[rec['family']] += 1
        rec['id'] = 'n33-%s-%02d%04d' % (rec['family'], seed % 100, cnt[rec['family']])
    return recs


def verify_files(paths):
    bad = 0
    for p in paths:
        ids = set()
        n = 0
        fbad = 0
        stats = {}
        styles = set()
        with open(p, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                try:
                    rec = json.loads(line)
                except Exception as e:  # noqa
                    print('%s:%d: bad JSON %s' % (p, ln, e))
                    bad += 1
                    continue
                n += 1
                probs = verify_record(rec)
                if rec.get('id') in ids:
                    probs.append('duplicate id')
                ids.add(rec.get('id'))
                for pr in probs:
                    print('%s:%d %s: %s' % (p, ln, rec.get('id'), pr))
                bad += bool(probs)
                fbad += bool(probs)
                key = (rec.get('family'), rec.get('label'))
                stats[key] = stats.get(key, 0) + 1
                styles.add(rec.get('style'))
        print('%s: %d records, %d styles, %d with problems' % (p, n, len(styles), fbad))
        for fam in ('totals', 'pct'):
            tot = sum(v for (f, _), v in stats.items() if f == fam)
            print('  %-6s %5d  ' % (fam, tot) + '  '.join('%s %d (%.1f%%)' % (lab, stats.get((fam, lab), 0), 100.0 * stats.get((fam, lab), 0) / max(tot, 1))
                                                   for lab in ('consistent', 'inconsistent', 'negative')))
    return bad


def style_table(seed):
    recs = generate(seed)
    by = {}
    for rec in recs:
        by.setdefault(rec['style'], []).append(rec)
    out = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for st in STYLES:
        rs = by.get(st['name'], [])
        c = {lab: sum(1 for x in rs if x['label'] == lab) for lab in ('consistent', 'inconsistent', 'negative')}
        ex = sorted(rs, key=lambda x: x['id'])[0]['text'].replace('\n', ' ⏎ ').replace('|', '｜') if rs else ''
        if len(ex) > 110:
            ex = ex[:110] + '…'
        out.append('| %s | %s | %d | %d | %d | %s |' % (st['name'], st['family'], c['consistent'], c['inconsistent'], c['negative'], ex))
    return '\n'.join(out)


def main():
    global DEBUG
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table', action='store_true')
    ap.add_argument('--debug', action='store_true')
    a = ap.parse_args()
    DEBUG = a.debug
    if a.verify:
        sys.exit(1 if verify_files(a.verify) else 0)
    if a.style_table:
        print(style_table(a.seed))
        return
    if not a.out:
        ap.error('--out FILE (or --verify / --style-table) required')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d records to %s (%d styles); retries per style: %s' % (len(recs), a.out, len(STYLES),
          json.dumps(FAILS, ensure_ascii=False)), file=sys.stderr)


if __name__ == '__main__':
    main()
