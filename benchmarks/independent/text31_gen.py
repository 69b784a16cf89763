#!/usr/bin/env python3
"""text31_gen.py -- held-out test collection for a placeholder (ph) and mojibake (mj)
auditor of Chinese report text.  Standard library only, Python 3.11.

    python3 text31_gen.py --seed 11 --out text31_seed11.jsonl
    python3 text31_gen.py --verify text31_seed11.jsonl text31_seed12.jsonl
    python3 text31_gen.py --style-table text31_seed11.jsonl

Every style is a small function that writes one document into a Doc builder.  The
builder records which stretches are placeholders (Doc.p) or damaged text (Doc.m, with
the clean original), so spans are computed, never counted by hand.  Encoding damage is
made with real codecs (str.encode(...).decode(..., errors=...)).  Randomness comes from
random.Random seeded with a string built from the seed and the style name, so output
is identical whatever PYTHONHASHSEED is.
"""
import argparse
import base64
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

# ----------------------------------------------------------------------------- core


class R(random.Random):
    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def k_of(self, seq, k):
        seq = list(seq)
        k = max(0, min(k, len(seq)))
        return self.sample(seq, k)


class Doc:
    """Builds a text out of clean parts, placeholder parts and damaged parts."""

    def __init__(self):
        self.parts = []          # (text, kind, clean)  kind: c / p / m

    def t(self, s):
        if s:
            self.parts.append((s, 'c', None))
        return self

    def p(self, s):
        assert s, 'empty placeholder'
        self.parts.append((s, 'p', None))
        return self

    def m(self, bad, clean):
        assert bad, 'empty damage'
        assert bad != clean, 'damage equals clean text: %r' % bad
        self.parts.append((bad, 'm', clean))
        return self

    def nl(self, n=1):
        return self.t('\n' * n)

    def kinds(self):
        return {k for _, k, _ in self.parts}

    def text(self):
        return ''.join(s for s, _, _ in self.parts)

    def build(self):
        while self.parts and self.parts[-1][1] == 'c' and self.parts[-1][0].endswith('\n'):
            s = self.parts[-1][0].rstrip('\n')
            self.parts[-1:] = [(s, 'c', None)] if s else []
        text, spans, cleans, pos = [], [], [], 0
        for s, k, c in self.parts:
            if k != 'c':
                spans.append([pos, pos + len(s)])
                cleans.append(c)
            text.append(s)
            pos += len(s)
        return ''.join(text), spans, cleans


STYLES = []          # dicts: name family label fn note allow


def style(name, family, label, note, allow=()):
    def deco(fn):
        STYLES.append(dict(name=name, family=family, label=label, fn=fn, note=note,
                           allow=[re.compile(a) for a in allow]))
        return fn
    return deco


# ----------------------------------------------------------------------------- vocabulary
# All names are invented by combining syllables; no sentence is taken from any source.

PL1 = list('青临云南石白东柳桂梅清枫银金松鹤凤龙兰霞安平永新长宁丰泰和顺嘉华昌瑞兴德福阳溪川')
PL2 = list('川江岭溪门鹭湖塘山河桥滩沙原鸣栖潭浦泉林坪峰岗湾洲源丘')
SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹熊孟秦白江薛尹段雷黎史龙陶贺顾毛郝龚邵万覃武钱戴严孔向常汤康易乔赖文')
GIVEN = ('海燕 建国 志强 秀英 丽华 晓东 国栋 文静 俊杰 雪梅 伟明 春花 红霞 立新 永刚 玉兰 振华 思远 子涵 '
         '雨桐 浩然 欣怡 明轩 佳琪 宏伟 桂芳 德胜 淑珍 瑞祥 晨曦 敏 军 磊 静 勇 娟 涛 超 艳 杰 鹏 婷 斌 '
         '华 亚楠 少峰 金凤 庆丰 冬梅 宇航 梦瑶 志远 秋菊 长青 爱民 一鸣 若兰 文博').split()
INDUSTRY = ('建设工程 环保科技 农业发展 物流 食品 医疗器械 电子信息 文化传媒 物业服务 建材 机械制造 商贸 '
            '新能源 生物医药 纺织 园林绿化 水务 旅游开发 供应链管理 软件技术').split()
ORG_SUFFIX = ['有限公司', '有限公司', '股份有限公司', '有限责任公司']
DEPTS = ('人力资源和社会保障局 民政局 卫生健康委员会 生态环境局 市场监督管理局 农业农村局 住房和城乡建设局 教育局 '
         '文化广电旅游体育局 应急管理局 自然资源局 交通运输局 水利局 财政局 统计局 司法局 退役军人事务局 '
         '医疗保障局 商务局 科学技术局').split()
CN_NUM = '零一二三四五六七八九十'
SECTION = ['一', '二', '三', '四', '五', '六', '七', '八']


def place2(r):
    a = r.pick(PL1)
    b = r.pick(PL2)
    while b == a:
        b = r.pick(PL2)
    return a + b


def person(r):
    return r.pick(SURNAMES) + r.pick(GIVEN)


def org(r, industry=None):
    return place2(r) + (industry or r.pick(INDUSTRY)) + r.pick(ORG_SUFFIX)


def dept(r):
    return r.pick(DEPTS)


def phone(r):
    return '1' + r.pick('3578') + str(r.randint(0, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))


def landline(r):
    return '0' + str(r.randint(100, 999)) + '-' + str(r.randint(2000000, 8999999))


ID_REGIONS = ['110105', '310104', '440106', '330102', '510107', '420102', '320106', '370102',
              '430102', '350102', '410105', '610113', '500103', '120101', '210102']


def idno(r, year=None):
    y = year or r.randint(1956, 2004)
    body = r.pick(ID_REGIONS) + '%04d%02d%02d' % (y, r.randint(1, 12), r.randint(1, 28)) + '%03d' % r.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + '10X98765432'[s]


USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'


def uscc(r):
    body = r.pick(['91', '92', '93', '52', '12']) + r.pick(ID_REGIONS)
    body += ''.join(r.pick(USCC_CH) for _ in range(9))
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = 31 - sum(USCC_CH.index(c) * k for c, k in zip(body, w)) % 31
    return body + USCC_CH[0 if s == 31 else s]


def ymd(r, y0=2019, y1=2024, sep='-'):
    return '%d%s%02d%s%02d' % (r.randint(y0, y1), sep, r.randint(1, 12), sep, r.randint(1, 28))


def cn_date(r, y0=2019, y1=2024):
    return '%d年%d月%d日' % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def md(r):
    return '%d月%d日' % (r.randint(1, 12), r.randint(1, 28))


def md_range(r, days=(5, 40)):
    m, dd = r.randint(1, 11), r.randint(1, 20)
    span = r.randint(*days)
    m2, d2 = m + (dd + span - 1) // 28, (dd + span - 1) % 28 + 1
    m2 = min(m2, 12)
    return '%d月%d日' % (m, dd), '%d月%d日' % (m2, d2)


def dec(r, a=1, b=999, nd=2):
    return ('%.' + str(nd) + 'f') % r.uniform(a, b)


def cn_small(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return '十' + (CN_NUM[n - 10] if n > 10 else '')
    return CN_NUM[n // 10] + '十' + (CN_NUM[n % 10] if n % 10 else '')


# ----------------------------------------------------------------------------- slot templates
# {n} small count, {N} large count, {d} decimal, {p} percent, {P} high percent, {date} 月日,
# {year}, {place} two-character name, {person}, {org}, {dept}, {phone}, {m} month

SLOT_RE = re.compile(r'\{(\w+)\}')


def real_value(r, kind):
    if kind == 'n':
        return str(r.randint(2, 60))
    if kind == 'N':
        return str(r.randint(120, 60000))
    if kind == 'M':
        return str(r.randint(20, 900))
    if kind == 'd':
        return dec(r, 1, 980)
    if kind == 's':
        return dec(r, 1, 150, r.pick([1, 2, 2]))
    if kind == 'p':
        return dec(r, 0.5, 25, 1)
    if kind == 'q':
        return dec(r, 30, 75, 1)
    if kind == 't':
        return dec(r, 0.5, 9.9, 1)
    if kind == 'P':
        return r.pick(['100', dec(r, 86, 99.9, 1), dec(r, 90, 99.99, 2)])
    if kind == 'date':
        return md(r)
    if kind == 'year':
        return str(r.randint(2019, 2024))
    if kind == 'm':
        return str(r.randint(1, 12))
    if kind == 'place':
        return place2(r)
    if kind == 'person':
        return person(r)
    if kind == 'org':
        return org(r)
    if kind == 'dept':
        return dept(r)
    if kind == 'phone':
        return phone(r)
    raise KeyError(kind)


NUM_KINDS = {'n', 'N', 'M', 'd', 's', 'p', 'q', 't', 'P', 'date', 'year', 'm'}
NAME_KINDS = {'place', 'person', 'org'}


def mask_value(r, kind, c):
    """Placeholder text for a slot; c is the mask character (x, X, ×, Ｘ, ...)."""
    if kind == 'n':
        return c * r.pick([1, 2, 2])
    if kind in ('N', 'M'):
        return c * r.pick([2, 3, 3, 4])
    if kind in ('d', 's'):
        return r.pick([c * 2 + '.' + c * 2, c + '.' + c * 2, c * 3 + '.' + c * 2, c * 2 + '.' + c])
    if kind in ('p', 'q', 't'):
        return r.pick([c * 2, c * 2 + '.' + c, c + '.' + c])
    if kind == 'P':
        return r.pick([c * 3, c * 2, c * 2 + '.' + c])
    if kind == 'date':
        return r.pick(['%s月%s日' % (c, c * 2), '%s月%s日' % (c * 2, c * 2), '%s月%s日' % (c, c)])
    if kind == 'year':
        return r.pick(['20' + c * 2, '202' + c])
    if kind == 'm':
        return c * r.pick([1, 2])
    if kind == 'place':
        return c * r.pick([2, 2, 3])
    if kind == 'person':
        if c in 'xX×Ｘ':
            return r.pick([c * 3, c * 3, r.pick(SURNAMES) + '某', r.pick(SURNAMES) + '某某'])
        return r.pick(SURNAMES) + r.pick(['某', '某某'])
    if kind == 'org':
        return r.pick([c * 2 + r.pick(INDUSTRY) + r.pick(ORG_SUFFIX), '某某' + r.pick(INDUSTRY) + '公司', '某公司'])
    if kind == 'phone':
        return r.pick([c * 11, '1' + c * 10])
    if kind == 'dept':
        return c * 2 + '局'
    raise KeyError(kind)


def emit_mask(d, text):
    """Write a placeholder text, spanning only the masked part (not the clean suffix)."""
    m = re.match(r'^(.*?(?:某某|某|[xX×Ｘｘ○*＊.]+))([^xX×Ｘｘ○*＊某.]*)$', text)
    if m and m.group(2) and not re.search(r'[月日]', m.group(2)):
        d.p(m.group(1)).t(m.group(2))
    else:
        d.p(text)


def slot_count(tpl):
    return len(SLOT_RE.findall(tpl))


def fill(r, d, tpl, mask=(), c='x', kinds=None):
    """Fill template tpl into d; slot indices in mask become placeholders."""
    pos = 0
    for i, mt in enumerate(SLOT_RE.finditer(tpl)):
        d.t(tpl[pos:mt.start()])
        kind = mt.group(1)
        if i in mask:
            emit_mask(d, mask_value(r, kind, c))
        else:
            d.t(real_value(r, kind))
        pos = mt.end()
    d.t(tpl[pos:])


def fill_str(r, tpl):
    d = Doc()
    fill(r, d, tpl)
    return d.text()


def fill_lines(r, d, tpls, k, c='x', kinds=NUM_KINDS | NAME_KINDS, sep='', chooser=None):
    """Fill several templates; exactly min(k, maskable) slots become placeholders (at least 1 if k>0)."""
    slots = []
    for ti, tpl in enumerate(tpls):
        for si, mt in enumerate(SLOT_RE.finditer(tpl)):
            if mt.group(1) in kinds:
                slots.append((ti, si))
    chosen = set(r.k_of(slots, k))
    for ti, tpl in enumerate(tpls):
        mask = {si for (tj, si) in chosen if tj == ti}
        cc = c if not callable(c) else c()
        fill(r, d, tpl, mask, cc)
        if ti != len(tpls) - 1:
            d.t(sep)
    return len(chosen)


# ----------------------------------------------------------------------------- document text
REPORT_SENT = [
    '全年完成地区生产总值{d}亿元，同比增长{t}%。',
    '规模以上工业增加值达到{s}亿元，增速高于全市平均水平{t}个百分点。',
    '新增市场主体{N}户，其中企业占{q}%。',
    '全年新增城镇就业{N}人，帮扶就业困难人员实现再就业{M}人。',
    '完成老旧小区改造{n}个，惠及居民{N}户。',
    '组织开展安全生产检查{M}次，发现并整改隐患{M}处，整改率达到{P}%。',
    '新建和改造农村公路{s}公里，修复破损路面{N}平方米。',
    '发放城乡低保金{d}万元，惠及困难群众{N}人次。',
    '举办各类文体活动{M}场次，参与群众{N}余人次。',
    '受理群众诉求{N}件，按时办结率{P}%，回访满意率{P}%。',
    '{date}，{place}街道召开专题会议，对下一阶段重点任务作出部署。',
    '全街道共配备网格员{M}名，划分网格{M}个，实现城乡社区全覆盖。',
    '培训基层干部{N}人次，开展专题党课{n}场。',
    '完成植树造林{N}亩，森林覆盖率提高到{q}%。',
    '城区空气质量优良天数比例为{P}%，细颗粒物平均浓度同比下降{p}%。',
    '累计签约家庭医生服务{N}人，重点人群签约率{P}%。',
    '全年接种疫苗{N}剂次，适龄儿童免疫规划疫苗接种率保持在{P}%以上。',
    '招商引资签约项目{n}个，协议投资额{s}亿元。',
    '争取上级专项资金{d}万元，集中用于农村人居环境整治。',
    '新增停车泊位{M}个，为老旧住宅加装电梯{n}部。',
    '开展防汛应急演练{n}次，汛期转移安置群众{N}人。',
    '调解各类矛盾纠纷{M}宗，调解成功率{P}%。',
    '全年税收收入{s}亿元，占一般公共预算收入的{q}%。',
    '{place}村集体经济收入达到{d}万元，比上年增加{s}万元。',
    '建成高标准农田{N}亩，粮食总产量稳定在{N}吨。',
    '新建幼儿园{n}所，新增公办学位{M}个。',
    '开展食品安全抽检{N}批次，总体合格率{P}%。',
    '发放创业担保贷款{d}万元，带动就业{M}人。',
    '完成农村危房改造{n}户，排查经营性自建房{N}栋。',
    '全年接待游客{s}万人次，实现旅游综合收入{s}亿元。',
    '{org}等{n}家企业入选省级专精特新企业名单。',
    '由{person}同志牵头成立工作专班，于{date}前完成全部入户核查。',
    '班子成员累计走访企业{M}家次，协调解决用工、用地等问题{M}个。',
    '清理河道{s}公里，拆除违法建设{N}平方米。',
    '新增城镇污水管网{s}公里，污水集中处理率达到{P}%。',
    '全年开展消防安全宣传{M}场次，覆盖居民{N}余户。',
    '养老服务中心新增床位{M}张，为{N}名高龄老人按月发放补贴。',
    '推动{n}个重点项目开工建设，完成投资{s}亿元，占年度计划的{P}%。',
    '{date}起，组织{n}个督查组对各村（社区）进行交叉检查。',
    '全年共办理建议提案{M}件，面商率{P}%。',
]

REPORT_PROSE = [
    '一是产业结构仍需优化，新兴产业占比偏低。',
    '二是基层治理力量相对薄弱，专业人才储备不足。',
    '三是部分项目推进较慢，用地等要素保障压力较大。',
    '下一步，我们将紧扣年度目标，持续抓好各项任务落实。',
    '坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。',
    '进一步压实属地责任，形成上下联动、齐抓共管的工作格局。',
    '坚持问题导向，对照清单逐项整改、逐条销号。',
    '注重建章立制，推动阶段性成果转化为长效机制。',
    '主动对接上级部门，积极争取政策和资金支持。',
    '强化督查考核，确保各项工作落地见效。',
]

SECTION_HEADS = ['主要工作成效', '存在的问题与不足', '下一步工作计划', '重点工作推进情况', '基本情况',
                 '工作措施', '取得的成效', '工作打算']
SUB_HEADS = ['聚焦经济发展，夯实产业基础', '坚持民生为本，提升群众获得感', '统筹发展和安全，守牢底线',
             '深化基层治理，激发社区活力', '加强生态保护，改善人居环境', '抓实党的建设，锤炼干部作风',
             '优化营商环境，服务企业发展', '推进乡村振兴，壮大集体经济']


def report_title(r, c=None):
    """A report title; with c given, returns a template-ish title with a place slot."""
    y = r.randint(2019, 2024)
    lv = r.pick(['街道', '镇', '区', '县', '乡'])
    forms = ['%s%s%d年工作总结' % (place2(r), lv, y),
             '%s%s%s%d年工作总结及%d年工作计划' % (place2(r), r.pick(['市', '区', '县']), dept(r), y, y + 1),
             '关于%d年上半年工作情况的报告' % y,
             '%s%s%d年度重点工作完成情况汇报' % (place2(r), lv, y)]
    return r.pick(forms)


def clean_report_lines(r, k):
    out = []
    for tpl in r.k_of(REPORT_SENT, k):
        out.append(fill_str(r, tpl))
    return out


def section_head(r, i=None):
    i = r.randrange(4) if i is None else i
    return '%s、%s' % (SECTION[i], r.pick(SECTION_HEADS))


def sub_head(r, i=None):
    i = r.randrange(5) if i is None else i
    return '（%s）%s' % (SECTION[i], r.pick(SUB_HEADS))


def halfwidth_punct(s):
    return s.translate(str.maketrans({'，': ',', '：': ':', '（': '(', '）': ')', '；': ';'}))


# ============================================================================= ph family
# helpers

def report_tpls(r, nsent, pool=REPORT_SENT, need=None, lines_max=8):
    """Template lines of a work report: title, heads, paragraphs of slot sentences."""
    if need:
        first = [s for s in pool if any('{%s}' % k in s for k in need)]
        rest = [s for s in pool if s not in first]
        k1 = min(len(first), max(1, nsent - r.randint(0, 2)))
        sents = r.k_of(first, k1) + r.k_of(rest, nsent - k1)
        r.shuffle(sents)
    else:
        sents = r.k_of(pool, nsent)
    lines = [report_title(r), section_head(r, 0)]
    npara = r.randint(1, min(3, len(sents)))
    cuts = sorted(r.k_of(range(1, len(sents)), npara - 1))
    paras, prev = [], 0
    for cpos in cuts + [len(sents)]:
        paras.append(sents[prev:cpos])
        prev = cpos
    for i, para in enumerate(paras):
        if npara > 1 or r.chance(0.5):
            lines.append(sub_head(r, i))
        body = ''.join(para)
        if r.chance(0.35):
            body += r.pick(REPORT_PROSE)
        lines.append(body)
    if r.chance(0.4):
        lines.append(section_head(r, 1))
        lines.append(''.join(r.k_of(REPORT_PROSE, 2)))
    return lines[:lines_max + 4]


def masked_report(r, d, c, kinds, kmin=1, kmax=4, nsent=(3, 7), half=False):
    tpls = report_tpls(r, r.randint(*nsent), need=kinds)
    n = sum(1 for t in tpls for mt in SLOT_RE.finditer(t) if mt.group(1) in kinds)
    k = r.randint(kmin, max(kmin, min(kmax, n)))
    if half:
        tpls = [halfwidth_punct(t) for t in tpls]
    got = fill_lines(r, d, tpls, k, c, kinds, sep='\n')
    return got


# ----------------------------------------------------------------------------- ph positives

@style('report_lower_x_counts', 'ph', 'placeholder', 'work report with counts masked as x/xx/xxx')
def _(r, d):
    k = masked_report(r, d, 'x', {'n', 'N', 'M'}, 1, 5, half=r.chance(0.4))
    return '%d masked counts' % k


@style('report_decimal_amounts', 'ph', 'placeholder', 'money and output figures masked as xx.xx / x.x')
def _(r, d):
    k = masked_report(r, d, r.pick(['x', 'x', 'X']), {'d', 's'}, 1, 4)
    return '%d masked decimals' % k


@style('report_percent_masks', 'ph', 'placeholder', 'rates masked as xxx% / xx.x%')
def _(r, d):
    k = masked_report(r, d, r.pick(['x', 'X']), {'p', 'P', 'q', 't'}, 1, 4)
    return '%d masked percentages' % k


@style('report_date_masks', 'ph', 'placeholder', 'dates masked as x月xx日 and years as 20xx')
def _(r, d):
    pool = [s for s in REPORT_SENT if '{date}' in s] + [
        '{year}年{date}，{place}镇召开年度工作推进会，部署{n}项重点任务。',
        '截至{year}年{m}月底，累计完成投资{d}亿元。',
        '{date}上午，区领导带队赴{place}社区调研基层治理工作。',
        '{year}年{m}月起，全面推行“周例会、月通报”制度。']
    tpls = [report_title(r), sub_head(r, 0)]
    tpls.append(''.join(r.k_of(pool, r.randint(2, 4))))
    if r.chance(0.6):
        tpls.append(''.join(r.k_of(REPORT_SENT, 2)))
    k = fill_lines(r, d, tpls, r.randint(1, 4), r.pick(['x', 'x', 'X']), {'date', 'year', 'm'}, sep='\n')
    return '%d masked dates' % k


@style('report_place_upper_XX', 'ph', 'placeholder', 'place, village and company names masked as XX')
def _(r, d):
    pool = [s for s in REPORT_SENT if '{place}' in s or '{org}' in s] + [
        '联合{place}社区、{place}社区开展“邻里节”活动，参与居民{N}人。',
        '推动{org}与{place}村签订帮扶协议，带动{n}户增收。',
        '在{place}街道试点“一网统管”平台，事件处置时效提高{p}%。',
        '{place}镇{place}村入选省级美丽乡村示范村。']
    tpls = [report_title(r), section_head(r, 0), ''.join(r.k_of(pool, r.randint(2, 4)))]
    if r.chance(0.5):
        tpls.append(''.join(r.k_of(REPORT_SENT, r.randint(1, 3))))
    k = fill_lines(r, d, tpls, r.randint(1, 4), 'X', {'place', 'org'}, sep='\n')
    return '%d masked names' % k


DOC_ABBR = ['卫办', '政办', '人社发', '环发', '农字', '教发', '民发', '财预', '安委办', '爱卫办']


@style('doc_number_masks', 'ph', 'placeholder', 'document numbers like x爱卫办〔2022〕xx号')
def _(r, d):
    d.t(r.pick(['关于转发', '关于印发', '关于贯彻落实']) + r.pick(['《全市', '《全区', '《全县']))
    d.t(r.pick(['安全生产专项整治', '健康城市建设', '农村人居环境整治', '基层减负', '食品安全示范创建']))
    d.t(r.pick(['实施方案》的通知', '工作要点》的通知', '考核办法》的通知'])).nl()
    c = r.pick(['x', 'X', '×'])
    n = r.randint(1, 3)
    for i in range(n):
        abbr = r.pick(DOC_ABBR)
        y = r.randint(2019, 2024)
        d.t(r.pick(['根据', '按照', '依据']) + '《关于' + r.pick(['做好', '加强', '开展', '推进']))
        d.t(r.pick(['年度考核', '督查检查', '隐患排查', '复审申报', '数据填报']) + '工作的通知》（')
        form = r.randrange(4)
        if form == 0:
            d.p(c).t(abbr + '〔%d〕' % y).p(c * r.randint(1, 3)).t('号')
        elif form == 1:
            d.t(r.pick(PL1) + abbr + '〔%d〕' % y).p(c * r.randint(1, 3)).t('号')
        elif form == 2:
            d.p(c * 2).t(abbr + '〔').p('20' + c * 2).t('〕').p(c).t('号')
        else:
            d.p(c).t(abbr + '〔%d〕%d号' % (y, r.randint(1, 99)))
        d.t('）' + r.pick(['要求，', '精神，', '部署，']))
        d.t(r.pick(['现将有关事项通知如下。', '结合我市实际，制定本方案。', '各单位要认真组织实施。']))
        if i != n - 1:
            d.nl()
    if r.chance(0.5):
        d.nl().t('联系人：' + person(r) + '，电话：' + landline(r) + '。')


@style('year_20XX_plan', 'ph', 'placeholder', 'unfilled years 20XX / 202X in a plan or title')
def _(r, d):
    c = r.pick(['X', 'x', 'X'])
    yform = r.pick(['20' + c * 2, '202' + c])
    d.p(yform).t('年' + r.pick(['工作计划', '工作要点', '度述职报告', '党建工作要点'])).nl()
    d.t(r.pick(['为全面完成', '为扎实推进', '围绕']) + '年度目标任务，')
    d.t(r.pick(['结合本单位实际，制定本计划。', '现提出以下工作安排。'])).nl()
    for i in range(r.randint(2, 4)):
        d.t('%s、' % SECTION[i])
        tpl = r.pick(REPORT_SENT)
        if r.chance(0.4):
            d.t('力争到').p(r.pick([yform, '20' + c * 2])).t('年底，')
            fill(r, d, tpl)
        else:
            fill(r, d, tpl)
        d.nl()
    d.t(r.pick(['本计划自印发之日起执行。', '各科室要对照计划抓好落实。']))


@style('times_sign_masks', 'ph', 'placeholder', 'masks written with the multiplication sign ××')
def _(r, d):
    k = masked_report(r, d, '×', {'place', 'org', 'person', 'n', 'N', 'M', 'd', 's', 'date'}, 1, 4, nsent=(2, 5))
    return '%d masks with ×' % k


@style('fullwidth_X_masks', 'ph', 'placeholder', 'full-width Ｘ / ｘ masks from a word processor')
def _(r, d):
    k = masked_report(r, d, r.pick(['Ｘ', 'ｘ']), NUM_KINDS | {'place', 'org'}, 1, 4, nsent=(2, 5))
    return '%d full-width masks' % k


@style('circle_masks', 'ph', 'placeholder', 'masks written ○○ (Taiwan / Japan habit)')
def _(r, d):
    d.p('○○').t(r.pick(['市', '縣', '區'])).p('○○').t(r.pick(['國民小學', '衛生所', '區公所', '里辦公處']))
    d.t(r.pick(['公告', '函', '通知'])).nl()
    d.t('主旨：' + r.pick(['辦理', '公告', '檢送']) + r.pick(['本年度獎助學金申請事宜', '社區環境清潔日活動', '防災演練相關資料']) + '，請查照。').nl()
    d.t('說明：').nl()
    d.t('一、依').p('○○').t('市政府%d年%d月%d日府教字第' % (r.randint(110, 113), r.randint(1, 12), r.randint(1, 28)))
    d.p('○○○○○○○').t('號函辦理。').nl()
    d.t('二、聯絡人：').p(r.pick(SURNAMES) + '○○').t('，電話：(0%d)%d-%d。' % (r.randint(2, 8), r.randint(2000, 2999), r.randint(1000, 9999)))
    if r.chance(0.5):
        d.nl().t('三、活動地點：本校').p('○○').t('樓會議室。')
    return 'traditional-script notice with ○○ masks'


CRIM_FACTS = [
    '{year}年{date}，被告人{P1}在{place}市{place}区一小区内，趁被害人不备，窃得其手机一部，经鉴定价值人民币{M}0元。',
    '{year}年{date}晚，被告人{P1}酒后驾驶小型轿车行驶至{place}路口时被民警查获，经检测血液酒精含量为{n}0毫克/100毫升。',
    '被告人{P1}以介绍工作为由，先后骗取被害人{P2}等{n}人现金共计人民币{s}万元。',
    '{year}年{date}，被告人{P1}在{place}镇一工地内盗窃电缆线{M}米，后被公安机关抓获。',
]
CIVIL_FACTS = [
    '原告{P1}与被告{P2}系朋友关系，{year}年{date}，被告向原告借款人民币{n}万元，约定于当年年底前归还。',
    '{year}年{date}，原告{P1}在被告{C1}处购买电动自行车一辆，使用{n}天后出现电池故障。',
    '原告{P1}于{year}年{date}入职被告{C1}，双方未签订书面劳动合同。',
]


@style('court_judgment_mou', 'ph', 'placeholder', 'court judgment with parties anonymised as 王某 / 李某某 / 某某公司')
def _(r, d):
    crim = r.chance(0.5)
    y = r.randint(2019, 2024)
    court = place2(r)
    d.t(r.pick(['刑事判决书', '刑事裁定书']) if crim else r.pick(['民事判决书', '民事调解书'])).nl()
    d.t('（%d）%s%04d%s%d号' % (y, r.pick(['青', '临', '云', '南', '梅']), r.randint(101, 1199), '刑初' if crim else '民初', r.randint(100, 2999))).nl()
    p1 = r.pick(SURNAMES) + r.pick(['某', '某某', '某某'])
    p2 = r.pick(SURNAMES) + r.pick(['某', '某某'])
    if crim:
        d.t('公诉机关%s市%s区人民检察院。' % (court, place2(r))).nl()
        d.t('被告人').p(p1)
    else:
        d.t('原告').p(p1)
    d.t('，%s，%d年%d月%d日出生，汉族，%s文化，住%s市%s区。' % (
        r.pick(['男', '女']), r.randint(1960, 2000), r.randint(1, 12), r.randint(1, 28),
        r.pick(['初中', '高中', '大专']), place2(r), place2(r))).nl()
    if not crim:
        d.t('被告').p(r.pick(['某某', '某'])).t(r.pick(INDUSTRY) + r.pick(['有限公司', '商行'])).t('，住所地%s市%s区。' % (place2(r), place2(r))).nl()
    tpl = r.pick(CRIM_FACTS if crim else CIVIL_FACTS)
    for part in re.split(r'(\{P1\}|\{P2\}|\{C1\})', tpl):
        if part == '{P1}':
            d.p(p1)
        elif part == '{P2}':
            d.p(p2)
        elif part == '{C1}':
            d.p('某某').t(r.pick(INDUSTRY) + r.pick(['有限公司', '商行']))
        elif part:
            fill(r, d, part)
    d.nl()
    if crim:
        d.t('本院认为，被告人').p(p1).t(r.pick(['的行为已构成犯罪，依法应予惩处。', '当庭自愿认罪，可以从轻处罚。']))
    else:
        d.t('本院认为，原告').p(p1).t(r.pick(['的诉讼请求有事实和法律依据，本院予以支持。', '的部分诉讼请求证据不足，本院不予支持。']))
    return 'criminal case' if crim else 'civil case'


NEWS_EVENTS = [
    '{date}，市民{P}在{place}路一家超市购物时突发疾病，店员及时拨打急救电话。',
    '{date}凌晨，一辆货车在{place}大道与{place}路交叉口侧翻，驾驶员{P}受轻伤。',
    '近日，{place}派出所民警成功劝阻一起电信诈骗，事主{P}险些转出{n}万元。',
    '{date}，{place}社区独居老人{P}家中漏水，网格员上门协助处理。',
    '据涉事外卖骑手{P}介绍，当天他共完成配送{n}单。',
]


@style('news_surname_mou', 'ph', 'placeholder', 'news story masking a private person as 陈某 / 刘先生某某')
def _(r, d):
    d.t(r.pick(['本报讯', '据%s晚报报道' % place2(r), '（记者 %s）' % person(r)])).t('　')
    k = r.randint(1, 3)
    for i, tpl in enumerate(r.k_of(NEWS_EVENTS, k)):
        who = r.pick(SURNAMES) + r.pick(['某', '某', '某某'])
        parts = tpl.split('{P}')
        fill(r, d, parts[0])
        d.p(who)
        fill(r, d, parts[1])
        if i != k - 1 and r.chance(0.5):
            d.nl()
    if r.chance(0.5):
        d.nl().t('目前，相关情况仍在进一步核实中。')


@style('company_moumou', 'ph', 'placeholder', 'administrative penalty notice naming 某某公司 / 某公司')
def _(r, d):
    d.t(r.pick(['行政处罚信息公示', '典型案例通报', '执法检查情况通报'])).nl()
    for i in range(r.randint(1, 3)):
        d.t('%d. ' % (i + 1))
        form = r.randrange(3)
        if form == 0:
            d.p('某某').t(r.pick(INDUSTRY) + r.pick(ORG_SUFFIX))
        elif form == 1:
            d.t(place2(r) + '市').p('某').t(r.pick(['食品', '餐饮', '药房', '建材']) + '公司')
        else:
            d.p(r.pick(['某某', '某'])).t(r.pick(['超市', '加油站', '诊所', '民宿']))
        d.t(r.pick(['销售过期食品案', '未按规定明码标价案', '使用未经检验的特种设备案', '超范围经营案']) + '。')
        d.t('%s，执法人员在检查中发现当事人存在违法行为，依法责令改正，并处罚款%d元。' % (md(r), r.randint(2, 90) * 1000))
        d.nl()
    d.t('%s%s' % (place2(r), r.pick(['市市场监督管理局', '区应急管理局', '县生态环境局'])))
    return 'companies masked with 某'


def star_phone(r, star='*'):
    p = phone(r)
    return p[:3] + star * 4 + p[7:]


@style('phone_star_mask', 'ph', 'placeholder', 'contact list with mobile numbers masked 138****5678')
def _(r, d):
    d.t(r.pick(['志愿者报名名单', '获奖人员名单公示', '参会人员联系表', '中签人员名单'])).nl()
    sep = r.pick([' ', '\t', ' | '])
    d.t(sep.join(r.pick([['序号', '姓名', '单位', '联系电话'], ['序号', '姓名', '所在社区', '手机号']]))).nl()
    for i in range(r.randint(2, 7)):
        d.t(sep.join([str(i + 1), person(r), place2(r) + r.pick(['社区', '村', '小学', '街道'])]) + sep)
        d.p(star_phone(r, r.pick(['*', '*', '＊'])))
        d.nl()
    d.t('公示期：%s至%s。' % md_range(r))


@style('idcard_star_mask', 'ph', 'placeholder', 'identity numbers with middle digits starred')
def _(r, d):
    d.t(r.pick(['%s街道%d年度高龄津贴发放名单' % (place2(r), r.randint(2019, 2024)),
                '%s村%d年耕地地力保护补贴公示' % (place2(r), r.randint(2019, 2024)),
                '%s市%d年度见义勇为人员确认公示' % (place2(r), r.randint(2019, 2024))])).nl()
    for i in range(r.randint(2, 6)):
        idn = idno(r)
        style_k = r.randrange(3)
        if style_k == 0:
            m = idn[:6] + '********' + idn[14:]
        elif style_k == 1:
            m = idn[:4] + '*' * 10 + idn[14:]
        else:
            m = idn[:10] + '****' + idn[14:]
        d.t('%d、%s，身份证号：' % (i + 1, person(r))).p(m)
        d.t('，%s%s元' % (r.pick(['补贴金额', '发放金额', '金额']), r.pick(['200', '300', '1200', '857.60'])))
        d.nl()
    d.t('如有异议，请于公示期内向%s反映。' % r.pick(['村委会', '街道民政办', '社区居委会']))


@style('name_star_mask', 'ph', 'placeholder', 'public list with names masked 张** / 王*明')
def _(r, d):
    d.t(r.pick(['%d年度优秀志愿者名单' % r.randint(2019, 2024), '公租房配租对象公示', '“最美家庭”推荐名单', '抽奖结果公示'])).nl()
    n = r.randint(3, 10)
    sep = r.pick(['、', '　', '  ', '，'])
    for i in range(n):
        sur = r.pick(SURNAMES)
        g = r.pick(GIVEN)
        form = r.randrange(3)
        if form == 0:
            m = sur + '*' * len(g)
        elif form == 1 and len(g) == 2:
            m = sur + '*' + g[1]
        else:
            m = sur + '**'
        d.p(m)
        if i != n - 1:
            d.t(sep)
    d.nl().t('以上名单按姓氏笔画排序。')


@style('bank_card_mask', 'ph', 'placeholder', 'bank account numbers masked 6222 **** **** 1234')
def _(r, d):
    d.t(r.pick(['退费到账通知', '补贴资金代发明细', '工资发放回单'])).nl()
    for i in range(r.randint(1, 4)):
        tail = '%04d' % r.randint(0, 9999)
        form = r.randrange(3)
        if form == 0:
            m = r.pick(['6222', '6217', '6228', '6214']) + ' **** **** ' + tail
        elif form == 1:
            m = r.pick(['6222', '6217', '6228']) + '**********' + tail
        else:
            m = '尾号' + tail
        d.t('%s，账号：' % person(r))
        if form == 2:
            d.t(m)
        else:
            d.p(m)
        d.t('，金额%s元，%s。' % (dec(r, 100, 9000), r.pick(['已到账', '处理中', '已发放'])))
        d.nl()
    d.t('收款账号：').p(r.pick(['6222', '6217']) + '*' * r.randint(8, 11) + '%04d' % r.randint(0, 9999))
    d.t('。如有疑问请致电' + landline(r) + '。')


@style('bracket_field_cn', 'ph', 'placeholder', 'template fields 【单位名称】 left in a published letter')
def _(r, d):
    d.t('关于').p(r.pick(['【项目名称】', '【单位名称】'])).t(r.pick(['竣工验收情况的报告', '申请专项资金的请示', '安全检查整改情况的报告'])).nl()
    d.t(r.pick(['%s市%s：' % (place2(r), dept(r)), '区人民政府：', '市住房和城乡建设局：'])).nl()
    d.t(r.pick(['根据', '按照']) + '贵单位要求，我单位已于')
    if r.chance(0.5):
        d.p('【日期】')
    else:
        d.t(cn_date(r))
    d.t('完成' + r.pick(['全部建设内容', '整改工作', '前期准备']) + '，涉及资金').p(r.pick(['【金额】', '【XX】'])).t('万元。').nl()
    if r.chance(0.6):
        d.t('联系人：').p('【联系人】').t('，电话：').p('【联系电话】').nl()
    else:
        d.t('联系人：%s，电话：%s' % (person(r), landline(r))).nl()
    d.p(r.pick(['【单位名称】', '【单位全称（盖章）】'])).nl()
    d.t(cn_date(r))


@style('mustache_field', 'ph', 'placeholder', 'unrendered {{field}} template variables')
def _(r, d):
    vs = r.pick([['name', 'amount', 'date'], ['客户名称', '金额', '日期'], ['user_name', 'order_id', 'due_date'],
                 ['姓名', '单位', '时间']])
    sp = r.pick(['', ' '])
    f = lambda v: '{{' + sp + v + sp + '}}'
    d.t(r.pick(['尊敬的', '亲爱的', ''])).p(f(vs[0])).t(r.pick(['：', '先生/女士：', '，您好！'])).nl()
    d.t(r.pick(['您本期应缴物业费', '您申报的补贴', '您的订单']))
    d.p(f(vs[1])).t(r.pick(['元，请于', '已审核通过，到账时间为', '将于'])).p(f(vs[2]))
    d.t(r.pick(['前缴纳。', '。', '送达，请注意查收。'])).nl()
    d.t(r.pick(['%s物业服务中心' % place2(r), '%s市政务服务中心' % place2(r), '%s' % org(r)]))
    if r.chance(0.4):
        d.nl().t('客服电话：%s' % landline(r))


@style('dollar_brace_field', 'ph', 'placeholder', 'unrendered ${var} fields from a report generator')
def _(r, d):
    unit = r.pick(['${deptName}', '${单位}', '${orgName}'])
    d.p(unit).t('%d年' % r.randint(2020, 2024)).p(r.pick(['${month}', '${月份}'])).t('月运行分析').nl()
    d.t('本月共受理业务%d件，同比增长%s%%，其中线上办理占比' % (r.randint(200, 9000), dec(r, 1, 30, 1)))
    d.p(r.pick(['${rate}', '${onlineRate}', '${占比}'])).t('%。').nl()
    if r.chance(0.5):
        d.t(clean_report_lines(r, 1)[0]).nl()
    d.t('填报人：').p(r.pick(['${负责人}', '${userName}'])).t('　填报日期：').p(r.pick(['${reportDate}', '${date}', '${填报日期}']))

@style('mailmerge_guillemet', 'ph', 'placeholder', 'Word mail-merge fields «姓名» not merged')
def _(r, d):
    form = r.randrange(3)
    if form == 0:
        d.p('«学生姓名»').t('家长：').nl()
        d.t('贵子女所在的').p('«班级»').t('本学期期末考试已结束，总成绩：').p('«总分»').t('分。').nl()
        d.t('%s中学教务处' % place2(r))
    elif form == 1:
        d.p('«姓名»').t('同志：').nl()
        d.t('您在%d年度考核中被评为' % r.randint(2020, 2024)).p('«等次»').t('，核定奖励金额').p('«金额»').t('元。').nl()
        d.t('%s区人力资源和社会保障局' % place2(r))
    else:
        d.t('收件人：').p(r.pick(['«收件人»', '«Name»'])).nl()
        d.t('地址：').p(r.pick(['«地址»', '«Address»'])).t('　邮编：').p(r.pick(['«邮编»', '«Zip»'])).nl()
        d.t(org(r))
    d.nl().t(cn_date(r))

@style('merge_field_misc', 'ph', 'placeholder', 'other merge syntaxes: <<单位>>, %NAME%, [[字段]], #字段#')
def _(r, d):
    form = r.randrange(4)
    wrap = [lambda v: '<<%s>>' % v, lambda v: '%%%s%%' % v.upper(), lambda v: '[[%s]]' % v, lambda v: '#%s#' % v][form]
    fs = r.pick([['单位', '姓名', '日期'], ['NAME', 'UNIT', 'DATE'], ['客户', '账号', '期限']])
    if form == 1:
        fs = r.pick([['NAME', 'UNIT', 'DATE'], ['CUSTOMER', 'ACCOUNT', 'DEADLINE']])
    d.t('%s%s' % (place2(r), r.pick(['税务所', '市场监管所', '社保经办中心', '物业服务中心']))).nl()
    d.t('致').p(wrap(fs[0])).t('：').nl()
    d.t(r.pick(['经审核，', '根据系统记录，'])).p(wrap(fs[1]))
    d.t(r.pick(['的年度报告尚未提交，', '名下有一笔待处理业务，']))
    d.t('请于').p(wrap(fs[2])).t('前完成办理。').nl()
    d.t(r.pick(['逾期将影响信用评价。', '如已办理请忽略本通知。', '咨询电话：' + landline(r)]))


@style('underscore_blank_form', 'ph', 'placeholder', 'published application form with ＿＿＿ blank fields')
def _(r, d):
    d.t(r.pick(['授权委托书', '入职登记表', '居住证明', '场地使用申请', '承诺书'])).nl()
    u = r.pick(['＿', '_'])
    fields = r.k_of(['姓名', '身份证号', '联系电话', '工作单位', '住址', '申请事项', '申请日期', '委托期限'], r.randint(2, 5))
    for f in fields:
        d.t(f + '：').p(u * r.randint(4, 12)).nl()
    d.t(r.pick(['本人承诺以上信息真实有效。', '特此证明。', '特此委托。'])).nl()
    d.t('签字：').p(u * r.randint(4, 8)).t('　日期：').p(r.pick([u * 4 + '年' + u * 2 + '月' + u * 2 + '日', u * 8]))


@style('legal_template_parties', 'ph', 'placeholder', 'contract template with （甲方）（乙方） and 身份证号：＿＿＿ left blank')
def _(r, d):
    d.t(r.pick(['房屋租赁合同', '商铺租赁合同', '住房租赁合同（示范文本）'])).nl()
    u = r.pick(['＿', '_'])
    d.t('出租方（甲方）：').p(u * r.randint(6, 10)).t('　身份证号：').p(u * r.randint(8, 18)).nl()
    d.t('承租方（乙方）：').p(u * r.randint(6, 10)).t('　身份证号：').p(u * r.randint(8, 18)).nl()
    d.t('第一条　甲方将位于').p(u * r.randint(6, 12)).t('的房屋出租给乙方使用，建筑面积').p(u * 3).t('平方米。').nl()
    d.t('第二条　租赁期限自').p(u * 4).t('年').p(u * 2).t('月').p(u * 2).t('日起至')
    d.p(u * 4).t('年').p(u * 2).t('月').p(u * 2).t('日止。').nl()
    d.t('第三条　月租金为人民币').p(u * 4).t('元，乙方应于每月%d日前支付。' % r.randint(1, 15)).nl()
    d.t('甲方（签字）：　　　　　乙方（签字）：')
    return 'blank contract fields; 甲方/乙方 are role names, not placeholders'


@style('fill_here_paren', 'ph', 'placeholder', 'instructions （此处填写…） left in the text')
def _(r, d):
    d.t(report_title(r)).nl()
    tpls = r.k_of(REPORT_SENT, r.randint(2, 4))
    n_ins = r.randint(1, 3)
    ins = r.k_of(['（此处填写单位名称）', '（此处填写具体数据）', '（请填写完成时间）', '（此处插入图表）',
                  '（请补充典型案例）', '（填写具体金额）', '（此处可根据实际情况增减）', '（请各单位填写）'], n_ins)
    pos = r.k_of(range(len(tpls) + 1), n_ins)
    for i, tpl in enumerate(tpls):
        if i in pos:
            d.p(ins[pos.index(i)])
        fill(r, d, tpl)
        if r.chance(0.3):
            d.nl()
    if len(tpls) in pos:
        d.p(ins[pos.index(len(tpls))])
    if r.chance(0.5):
        d.nl().t(r.pick(REPORT_PROSE))


@style('todo_marker_draft', 'ph', 'placeholder', 'drafting markers TODO / TBD / 待补充 left in')
def _(r, d):
    d.t(report_title(r)).nl()
    tpls = r.k_of(REPORT_SENT, r.randint(2, 4))
    marks = r.k_of(['TODO', 'TBD', '（待补充）', '【待核实】', 'TODO：补数据', '[TBD]', '（数据待更新）', 'FIXME'], r.randint(1, 2))
    for i, tpl in enumerate(tpls):
        fill(r, d, tpl)
        if i < len(marks):
            d.p(marks[i])
        d.nl() if r.chance(0.5) else None
    d.t(r.pick(REPORT_PROSE))


@style('daiding_value', 'ph', 'placeholder', '待定 as the value of a field in a schedule table')
def _(r, d):
    form = r.randrange(3)
    if form == 0:
        d.t('%d年重点项目推进计划表' % r.randint(2021, 2024)).nl()
        cols = ['项目名称', '责任单位', '开工时间', '负责人']
        gens = [lambda: r.pick(['道路提升改造', '口袋公园建设', '污水管网改造', '农贸市场升级', '档案馆数字化']),
                lambda: place2(r) + r.pick(['街道', '镇', '社区']), lambda: '%d月' % r.randint(1, 12), lambda: person(r)]
    elif form == 1:
        d.t('%s年度培训安排' % r.randint(2021, 2024)).nl()
        cols = ['培训内容', '时间', '地点', '主讲人']
        gens = [lambda: r.pick(['消防安全知识', '公文写作', '信访条例解读', '应急处置演练', '数据安全']),
                lambda: md(r), lambda: r.pick(['三楼会议室', '党群服务中心', '线上会议']), lambda: person(r)]
    else:
        d.t('活动筹备分工表').nl()
        cols = ['事项', '牵头人', '完成时限', '经费（元）']
        gens = [lambda: r.pick(['场地布置', '物资采购', '宣传报道', '安全保障', '后勤接待']),
                lambda: person(r), lambda: md(r), lambda: str(r.randint(5, 80) * 100)]
    d.t(' | '.join(cols)).nl()
    n = r.randint(3, 6)
    hit = set(r.k_of([(i, j) for i in range(n) for j in range(1, 4)], r.randint(1, 3)))
    for i in range(n):
        d.t(gens[0]())
        for j in range(1, 4):
            d.t(' | ')
            if (i, j) in hit:
                d.p(r.pick(['待定', '待定', '待确定', 'TBD']))
            else:
                d.t(gens[j]())
        d.nl()
    d.t('备注：表中安排如有调整另行通知。')


@style('pdf_split_placeholder', 'ph', 'placeholder', 'PDF extraction breaks lines inside phrases around xx masks')
def _(r, d):
    d.t(report_title(r)).nl(2)
    tpls = r.k_of([s for s in REPORT_SENT if '{N}' in s or '{n}' in s or '{M}' in s], r.randint(2, 3))
    k = 0
    for tpl in tpls:
        parts = SLOT_RE.split(tpl)
        kinds = SLOT_RE.findall(tpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                d.t(part)
                continue
            kind = part
            if kind in ('n', 'N', 'M') and (k == 0 or r.chance(0.5)):
                d.p('x' * r.randint(2, 4))
                if r.chance(0.7):
                    d.t(r.pick(['\n\n', '\n']))
                k += 1
            else:
                d.t(real_value(r, kind))
        d.nl(2)
    d.t(r.pick(REPORT_PROSE))
    return '%d masks followed by a PDF line break' % k


def table_rows_flat(r, d, k, c='xx', cell_sep=' ', ph=True):
    inds = r.k_of(['地区生产总值（亿元）', '一般公共预算收入（亿元）', '社会消费品零售总额（亿元）', '城镇居民人均可支配收入（元）',
                   '农村居民人均可支配收入（元）', '固定资产投资增速（%）', '常住人口（万人）', '规上工业企业（家）'], r.randint(3, 6))
    y = r.randint(2019, 2023)
    d.t(cell_sep.join(['指标', str(y), str(y + 1), '增长（%）'])).nl()
    cells = [(i, j) for i in range(len(inds)) for j in range(3)]
    hit = set(r.k_of(cells, k)) if ph else set()
    for i, name in enumerate(inds):
        d.t(name)
        for j in range(3):
            d.t(cell_sep)
            if (i, j) in hit:
                d.p(r.pick([c, c + '.' + c[:1], c + '.' + c]))
            else:
                d.t(dec(r, 1, 999, r.pick([1, 2])) if j < 2 else dec(r, -5, 15, 1))
        d.nl()


@style('table_flattened_xx', 'ph', 'placeholder', 'flattened statistical table with xx in some cells')
def _(r, d):
    d.t('表%d　%s主要经济指标' % (r.randint(1, 9), place2(r) + r.pick(['区', '县', '市']))).nl()
    table_rows_flat(r, d, r.randint(1, 4), r.pick(['xx', 'XX', 'x.x']), r.pick([' ', '\t', ' | ', '  ']))
    d.t('注：增长速度按可比价格计算。')


@style('csv_export_XX', 'ph', 'placeholder', 'CSV export of a spreadsheet where unfilled cells hold XX')
def _(r, d):
    d.t('序号,单位,计划数,完成数,完成率').nl()
    n = r.randint(3, 8)
    hit = set(r.k_of([(i, j) for i in range(n) for j in range(3)], r.randint(1, 3)))
    for i in range(n):
        d.t('%d,%s' % (i + 1, place2(r) + r.pick(['街道', '镇', '乡'])))
        plan = r.randint(20, 500)
        vals = [str(plan), str(r.randint(10, plan)), dec(r, 60, 100, 1) + '%']
        for j in range(3):
            d.t(',')
            if (i, j) in hit:
                d.p(r.pick(['XX', 'xx', 'XXX', 'xx%']))
            else:
                d.t(vals[j])
        d.nl()


@style('rpa_unfilled_vars', 'ph', 'placeholder', 'RPA bot output with unresolved {字段} variables')
def _(r, d):
    d.t('[%s %02d:%02d:%02d] ' % (ymd(r, 2023, 2024), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    task = r.pick(['发票核验', '社保申报', '银企对账'])
    d.t(r.pick(['机器人流程', 'RPA任务', '自动填报任务']) + '“' + task + '”执行完成。').nl()
    total = r.randint(20, 300)
    fail = r.randint(0, 9)
    d.t('共处理%d条，成功%d条，失败%d条。' % (total, total - fail, fail)).nl()
    if task == '发票核验':
        d.t('客户').p('{客户名称}').t('的发票').p(r.pick(['{发票号码}', '{invoice_no}'])).t('核验通过，金额')
        d.p('{金额}').t('元。').nl()
    elif task == '社保申报':
        d.t('单位').p('{单位名称}').t('本月申报人数').p('{人数}').t('人，缴费基数已更新。').nl()
    else:
        d.t('账户%s对账完成，差异笔数%d，经办人：' % ('%04d' % r.randint(0, 9999), r.randint(0, 5))).p(r.pick(['{处理人}', '{operator}'])).nl()
    d.t('通知已发送至：').p(r.pick(['{邮箱}', '{通知对象}'])) if r.chance(0.5) else d.t('日志已归档。')

@style('report_generator_null', 'ph', 'placeholder', 'report generator printed null / undefined / NaN for empty fields')
def _(r, d):
    d.t('%s%d年%d月%s' % (place2(r) + r.pick(['区', '县']), r.randint(2020, 2024), r.randint(1, 12), r.pick(['政务服务月报', '12345热线运行月报', '安全生产月报']))).nl()
    k = r.randint(1, 3)
    lines = ['受理量：{v}件，环比{v2}%', '按期办结率：{v}%', '满意度：{v}%', '来电量：{v}个，接通率{v2}%', '重复来电：{v}件']
    for i, ln in enumerate(r.k_of(lines, r.randint(3, 5))):
        parts = re.split(r'(\{v2?\})', ln)
        for part in parts:
            if part in ('{v}', '{v2}'):
                if k > 0 and r.chance(0.6):
                    d.p(r.pick(['null', 'undefined', 'NaN', 'None', 'null']))
                    k -= 1
                else:
                    d.t(dec(r, 1, 99, 1) if part == '{v2}' else str(r.randint(100, 9000)))
            else:
                d.t(part)
        d.nl()
    if 'p' not in d.kinds():
        d.t('责任人：').p(r.pick(['null', 'undefined'])).nl()
    d.t('数据来源：%s系统自动生成' % r.pick(['业务', '统计', '工单']))
    return 'unfilled values printed as null/undefined/NaN (doubtful type, treated as placeholder)'


@style('format_specifier_sms', 'ph', 'placeholder', 'SMS / notice with raw %s %d {0} format specifiers')
def _(r, d):
    form = r.randrange(3)
    if form == 0:
        d.t('【%s%s】尊敬的' % (place2(r), r.pick(['政务服务', '社保中心', '燃气公司', '不动产登记中心']))).p('%s').t('，您于').p('%s').t('提交的')
        d.t(r.pick(['申请', '业务', '缴费', '预约']) + r.pick(['已办结', '已受理', '审核未通过']) + '，编号').p(r.pick(['%d', '%s'])).t('。')
    elif form == 1:
        d.t('【%s%s】您的验证码为' % (place2(r), r.pick(['一网通办', '预约挂号', '不动产登记', '公积金']))).p('{0}').t('，')
        d.t('%d分钟内有效，请勿泄露。' % r.randint(3, 10))
    else:
        d.t('温馨提示：您预约的').p('{0}').t('将于').p('{1}').t('开始，请提前%d分钟到达%s。' % (r.randint(10, 30), place2(r) + '服务大厅'))
    if r.chance(0.5):
        d.nl().t('退订回复T')


@style('ppt_click_to_add', 'ph', 'placeholder', 'PowerPoint / WPS slide placeholders 单击此处添加标题 left in text extracted from slides')
def _(r, d):
    d.t('第%d页' % r.randint(1, 30)).nl()
    d.t(r.pick(['%d年工作汇报' % r.randint(2020, 2024), '项目进展情况', '年度考核述职'])).nl()
    d.p(r.pick(['单击此处添加标题', '单击此处添加副标题', '点击此处添加文本', '单击此处编辑母版文本样式', '添加标题'])).nl()
    for s in clean_report_lines(r, r.randint(1, 3)):
        d.t('• ' + s).nl()
    if r.chance(0.5):
        d.p(r.pick(['单击此处添加文本', '点击输入简要文字内容', '此处添加详细描述'])).nl()
    d.t('第%d页' % r.randint(31, 40))


@style('cms_lorem_ipsum', 'ph', 'placeholder', 'CMS page where Lorem ipsum filler was published')
def _(r, d):
    d.t(r.pick(['首页 > 新闻动态 > 工作动态', '首页 > 政务公开 > 通知公告', '当前位置：首页 > 部门动态'])).nl()
    d.t(r.pick(['%s召开%d年度工作会议' % (place2(r) + '区', r.randint(2020, 2024)), '我局开展安全生产月活动', '市民服务中心新增便民窗口'])).nl()
    d.t('发布时间：%s　来源：%s　浏览次数：%d' % (ymd(r), r.pick(['办公室', '本站', '综合科']), r.randint(10, 5000))).nl()
    d.p(r.pick(['Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
                'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.',
                'Lorem ipsum dolor sit amet.']))
    if r.chance(0.5):
        d.nl().t(clean_report_lines(r, 1)[0])
    if r.chance(0.4):
        d.nl().t('摘要：').p('此处为文章摘要')


@style('form_software_prompt', 'ph', 'placeholder', 'form software prompts 请输入… exported as values')
def _(r, d):
    d.t(r.pick(['在线报名信息导出', '问卷结果导出', '事项申报表（导出）'])).nl()
    fields = [('姓名', lambda: person(r)), ('单位', lambda: org(r)), ('手机', lambda: phone(r)),
              ('申报项目', lambda: r.pick(['消防培训', '创业补贴', '技能鉴定'])), ('备注', lambda: r.pick(['无', '已电话确认']))]
    fs = r.k_of(fields, 4)
    hit = set(r.k_of(range(4), r.randint(1, 2)))
    for i, (f, g) in enumerate(fs):
        d.t(f + '：')
        if i in hit:
            d.p(r.pick(['请输入' + f, '请输入内容', '请选择', '在此输入' + f]))
        else:
            d.t(g())
        d.nl()
    d.t('提交时间：%s %02d:%02d' % (ymd(r), r.randint(8, 22), r.randint(0, 59)))


@style('exam_answer_key_xx', 'ph', 'placeholder', 'answer key whose answers were never filled in (答案：XX)')
def _(r, d):
    d.t(r.pick(['七年级数学期中考试参考答案', '八年级物理单元测试答案及评分标准', '高一语文月考参考答案', '五年级科学期末答案'])).nl()
    d.t('一、选择题（每题%d分）' % r.randint(2, 4)).nl()
    n = r.randint(4, 8)
    hit = set(r.k_of(range(n), r.randint(0, 2)))
    ans = []
    for i in range(n):
        d.t('%d.' % (i + 1))
        if i in hit:
            d.p(r.pick(['X', 'XX']))
        else:
            d.t(r.pick('ABCD'))
        d.t(' ')
    d.nl()
    d.t('二、填空题').nl()
    for i in range(r.randint(1, 3)):
        d.t('%d. 答案：' % (n + i + 1)).p(r.pick(['XX', 'xx', 'XXX', '××']))
        d.t(r.pick(['（%d分）' % r.randint(2, 4), '', '；答对得分。'])).nl()
    d.t('三、解答题评分要点：列式正确得%d分，计算正确得%d分。' % (r.randint(2, 4), r.randint(1, 3)))


@style('marking_scheme_unfilled', 'ph', 'placeholder', 'marking scheme with score values left as X')
def _(r, d):
    d.t(r.pick(['%d年中考模拟卷评分细则' % r.randint(2021, 2024), '实验操作考试评分表', '作文评分标准'])).nl()
    items = r.k_of(['审题立意准确', '结构完整', '语言通顺', '书写工整', '实验器材选择正确', '读数准确', '结论表述完整'], r.randint(3, 5))
    hit = set(r.k_of(range(len(items)), r.randint(1, 2)))
    for i, it in enumerate(items):
        d.t('%d. %s，得' % (i + 1, it))
        if i in hit:
            d.p(r.pick(['X', 'x', 'XX']))
        else:
            d.t(str(r.randint(1, 6)))
        d.t('分；').nl()
    d.t('本题满分').p(r.pick(['XX', 'xx'])).t('分。')


@style('timetable_unfilled', 'ph', 'placeholder', 'school timetable with teacher names and periods not filled in')
def _(r, d):
    d.t('%s小学%s班课程表（%d学年第%s学期）' % (place2(r), r.pick(['三（2）', '四（1）', '五（3）', '六（2）']), r.randint(2021, 2024), r.pick(['一', '二']))).nl()
    days = ['星期一', '星期二', '星期三', '星期四', '星期五']
    subj = ['语文', '数学', '英语', '科学', '音乐', '美术', '体育', '道德与法治', '信息技术']
    d.t('节次\t' + '\t'.join(days)).nl()
    hit = set(r.k_of([(i, j) for i in range(4) for j in range(5)], r.randint(0, 2)))
    for i in range(4):
        d.t('第%s节' % CN_NUM[i + 1])
        for j in range(5):
            d.t('\t')
            if (i, j) in hit:
                d.p(r.pick(['XX', '待定', 'xx']))
            else:
                d.t(r.pick(subj))
        d.nl()
    d.t('班主任：').p(r.pick(['XXX', 'xxx', '待定'])).t('　').t('数学：%s　英语：' % person(r)).p(r.pick(['XXX', '待定']))


@style('seating_chart_masked', 'ph', 'placeholder', 'seating chart published with pupils names masked')
def _(r, d):
    d.t('%s中学%s班座位表' % (place2(r), r.pick(['初二（3）', '高一（5）', '初一（1）']))).nl()
    d.t('讲　台').nl()
    for row in range(r.randint(3, 5)):
        cells = []
        for col in range(r.randint(4, 6)):
            cells.append(r.pick(SURNAMES) + r.pick(['*', '**', '某', 'X', '同学']))
        for i, cc in enumerate(cells):
            if cc.endswith('同学'):
                d.t(cc)
            else:
                d.p(cc)
            d.t('　' if i != len(cells) - 1 else '')
        d.nl()
    d.t('（本表每两周轮换一次）')


@style('medical_device_label_tpl', 'ph', 'placeholder', 'medical device label with YYYY-MM-DD / XXXXXX template fields')
def _(r, d):
    d.t('产品名称：' + r.pick(['一次性使用无菌注射器', '医用外科口罩', '电子体温计', '一次性使用输液器', '医用冷敷贴'])).nl()
    d.t('规格型号：' + r.pick(['5mL', '17.5cm×9.5cm', 'MT-%d' % r.randint(100, 999), '1.0mL'])).nl()
    d.t('注册证编号：' + r.pick(['国械注准', '湘械注准', '粤械注准']) + '%d%d%05d' % (r.randint(2018, 2024), r.randint(1, 3), r.randint(0, 99999))).nl()
    fs = r.k_of(['生产日期', '失效日期', '生产批号', '灭菌批号'], r.randint(2, 3))
    for f in fs:
        d.t(f + '：')
        if '日期' in f:
            d.p(r.pick(['YYYY-MM-DD', 'YYYY.MM.DD', 'yyyy/mm/dd', 'XXXX-XX-XX']))
        else:
            d.p(r.pick(['XXXXXX', 'XXXXXXXX', 'XXXX']))
        d.nl()
    d.t('储存条件：' + r.pick(['常温避光保存', '2℃～30℃干燥处保存', '阴凉干燥处'])).nl()
    d.t('生产企业：' + org(r, r.pick(['医疗器械', '生物医药', '医用材料'])))


@style('museum_label_unfilled', 'ph', 'placeholder', 'museum label with donor / size fields left as XXX')
def _(r, d):
    d.t(r.pick(['青瓷莲花尊', '鎏金铜佛坐像', '青铜兽面纹鼎', '粉彩花鸟纹瓶', '白玉螭龙佩'])).nl()
    d.t(r.pick(['南朝', '明代', '商代晚期', '清乾隆', '宋代'])).nl()
    d.t('尺寸：').p(r.pick(['高xx厘米', 'xx×xx厘米', '高XX cm，口径XX cm'])).nl()
    if r.chance(0.6):
        d.t(r.pick(['捐赠人：', '征集来源：', '出土地点：'])).p(r.pick(['XXX先生', 'XXX', 'XX省XX县'])).nl()
    else:
        d.t('%d年%s%s出土' % (r.randint(1950, 2015), place2(r), r.pick(['墓葬', '窖藏', '遗址']))).nl()
    d.t(r.pick(['此器造型端庄，纹饰繁密，为同类器物中的精品。', '器身施青釉，釉色均匀，体现了当时的制瓷水平。', '佩饰雕工细腻，线条流畅。']))
    if r.chance(0.5):
        d.nl().t('藏品编号：').p(r.pick(['XXXX', 'xxxx', '000XX']))


@style('archive_catalogue_unfilled', 'ph', 'placeholder', 'archive catalogue entries with XX in reference fields')
def _(r, d):
    d.t('%s县档案馆馆藏目录（%s）' % (place2(r), r.pick(['文书档案', '照片档案', '会计档案']))).nl()
    for i in range(r.randint(2, 5)):
        d.t('档号：')
        fond = 'J%03d' % r.randint(1, 200)
        y = r.randint(1955, 2005)
        if i == 0 or r.chance(0.4):
            d.t(fond + '-%d-' % y).p(r.pick(['XXX', 'XX', 'xxx']))
        else:
            d.t('%s-%d-%03d' % (fond, y, r.randint(1, 300)))
        d.t('　题名：关于%s的%s' % (r.pick(['兴修水利', '开办夜校', '调整粮食征购任务', '建设供销社', '表彰先进集体']), r.pick(['请示', '报告', '通知', '批复'])))
        d.t('　责任者：%s县%s' % (place2(r), r.pick(['人民委员会', '革命委员会', '人民政府', '农业局'])))
        d.t('　页数：')
        if r.chance(0.25):
            d.p('XX')
        else:
            d.t(str(r.randint(1, 40)))
        d.nl()


LYRIC_LINES = ['风吹过旧街的转角', '你把心事藏进晚霞', '路灯一盏盏亮起来', '我们在雨里慢慢走', '那年夏天的蝉声还在', '把思念写成一封信',
               '江水向东不回头', '等一列开往春天的车', '月光落在窗台上', '小城的钟声敲了十二下', '不说再见就不算走远', '你笑起来像四月的风']


@style('lyrics_credit_xxx', 'ph', 'placeholder', 'karaoke lyrics page with credits 作词：XXX 作曲：XXX')
def _(r, d):
    d.t(r.pick(['晚风', '旧站台', '江南雨', '写给你的信', '灯火', '远行'])).t(' - ').t(person(r)).nl()
    roles = r.k_of(['作词', '作曲', '编曲', '制作人', '和声'], r.randint(2, 3))
    for i, ro in enumerate(roles):
        d.t(ro + '：')
        if i == 0 or r.chance(0.6):
            d.p(r.pick(['XXX', 'xxx', 'XX', '佚名某某'][:3]))
        else:
            d.t(person(r))
        d.nl()
    for ln in r.k_of(LYRIC_LINES, r.randint(3, 6)):
        d.t(ln).nl()
    d.t('（歌词来自网络）')


@style('subtitle_credit_xxx', 'ph', 'placeholder', 'SRT subtitle file whose translator credit is XXX')
def _(r, d):
    t0 = r.randint(1, 50)
    d.t('1').nl().t('00:00:%02d,000 --> 00:00:%02d,500' % (t0, t0 + 3)).nl()
    d.t(r.pick(['翻译：', '字幕：', '校对：'])).p(r.pick(['XXX', 'xxx', 'XX字幕组'])).nl(2)
    for i in range(r.randint(1, 2)):
        s = t0 + 5 + i * 4
        d.t('%d' % (i + 2)).nl().t('00:00:%02d,200 --> 00:00:%02d,900' % (s, s + 3)).nl()
        d.t(r.pick(['今天的天气真不错。', '我们明天早上出发吧。', '你听说了吗？他回来了。', '这条路我走过很多次。'])).nl(2)
    d.t('本字幕由').p(r.pick(['XXX', 'xx'])).t('制作，仅供学习交流。')


@style('lost_certificate_template', 'ph', 'placeholder', 'lost-certificate announcement (遗失声明) published with template fields')
def _(r, d):
    d.t('遗失声明').nl()
    form = r.randrange(3)
    if form == 0:
        d.p(r.pick(['XXX', 'xxx'])).t('遗失').p('XX').t('市市场监督管理局核发的营业执照副本，统一社会信用代码：')
        d.p(r.pick(['XXXXXXXXXXXXXXXXXX', 'xxxxxxxxxxxxxxxxxx'])).t('，声明作废。')
    elif form == 1:
        d.t(org(r) + '遗失公章一枚，编号：').p(r.pick(['XXXXXXXXXXXXX', 'xxxxxxxx'])).t('，声明作废。')
    else:
        d.t(person(r) + '遗失').p(r.pick(['XX', 'xx'])).t('大学毕业证书，证书编号：').p(r.pick(['XXXXXXXXXXXX', 'xxxxxxxxxxxx']))
        d.t('，特此声明。')
    d.nl().t('登报日期：').p(r.pick(['20XX年XX月XX日', 'xxxx年xx月xx日'])) if r.chance(0.5) else d.nl().t(cn_date(r))


@style('wiki_template_param', 'ph', 'placeholder', 'wiki page with unsubstituted template parameters {{{1}}}')
def _(r, d):
    name = place2(r) + r.pick(['镇', '乡', '街道'])
    d.t(name).nl()
    d.t('%s是%s%s下辖的一个%s，' % (name, place2(r), r.pick(['市', '县', '区']), name[-1] if name[-2:] != '街道' else '街道'))
    d.t('面积').p(r.pick(['{{{面积}}}', '{{{2}}}', '{{{area}}}'])).t('平方公里，')
    d.t('%d年人口%d人。' % (r.randint(2010, 2020), r.randint(5000, 90000))).nl()
    d.t('行政区划').nl()
    d.t('下辖').p(r.pick(['{{{1}}}', '{{{村数}}}'])).t('个行政村：%s。' % '、'.join(place2(r) + '村' for _ in range(r.randint(2, 4))))


@style('markdown_template_brackets', 'ph', 'placeholder', 'Markdown report template with [项目名称]-style fields')
def _(r, d):
    d.t('# ').p(r.pick(['[项目名称]', '[单位名称]'])).t(r.pick(['周报', '验收报告', '进度说明'])).nl()
    d.t('- 负责人：').p(r.pick(['[姓名]', '[负责人姓名]'])).nl()
    d.t('- 报告日期：').p(r.pick(['[日期]', '[填写日期]'])).nl()
    d.t('## 本周进展').nl()
    for s in clean_report_lines(r, r.randint(1, 2)):
        d.t('- ' + s).nl()
    d.t('## 存在问题').nl().t('- ').p(r.pick(['[在此填写]', '[填写问题描述]', '[待填写]']))


@style('latex_template_fields', 'ph', 'placeholder', 'LaTeX thesis template with \\author{XXX} fields left',
       allow=[r'\\title\{[^}]*\}', r'\\[a-zA-Z]+', r'\{[a-z]+\}', r'\[[0-9a-zA-Z]+\]'])
def _(r, d):
    d.t('\\documentclass[%s]{%s}' % (r.pick(['12pt', 'a4paper', 'UTF8']), r.pick(['ctexart', 'ctexrep', 'article']))).nl()
    d.t('\\title{').t(r.pick(['基于多源数据的城市内涝风险评估', '县域数字乡村建设路径研究', '社区养老服务供给效率分析',
                                '乡镇财政收支结构变化研究', '老旧小区改造居民满意度调查', '基层应急管理能力评价'])).t('}').nl()
    d.t('\\author{').p(r.pick(['XXX', '作者姓名XXX', 'xxx', 'XX'])).t('}').nl()
    d.t('\\date{').p(r.pick(['20XX年X月', '202X年XX月', '20xx年x月'])).t('}').nl()
    d.t('\\begin{document}').nl().t('\\maketitle').nl()
    if r.chance(0.5):
        d.t('学号：').p(r.pick(['XXXXXXXX', '20XXXXXX'])).nl()
    d.t('指导教师：').p(r.pick(['XXX教授', 'XXX', 'XXX副教授'])).nl()
    d.t('\\end{document}')



@style('mt_output_placeholder', 'ph', 'placeholder', 'machine-translated notice that kept [NAME] / XX / %1$s')
def _(r, d):
    d.t(r.pick(['亲爱的', '尊敬的'])).p(r.pick(['[NAME]', '[姓名]', '%1$s'])).t('，').nl()
    d.t('感谢您对我们的支持。您的订单号').p(r.pick(['[ORDER_ID]', '#XXXX', '%2$s'])).t('已经被发货，预计在')
    d.p(r.pick(['XX', 'X-X'])).t('个工作日内到达。').nl()
    d.t('如果您有任何问题，请不要犹豫联系我们的客户服务团队。').nl()
    d.t('最好的问候，').nl().p(r.pick(['[公司名称]', '[COMPANY]', 'XX团队']))
    return 'stiff machine-translation wording kept on purpose'


@style('yyyy_mm_dd_field', 'ph', 'placeholder', 'published notice whose date is still YYYY年MM月DD日')
def _(r, d):
    d.t(r.pick(['关于调整办公时间的公告', '关于暂停服务的通知', '开标结果公示', '停水通知'])).nl()
    d.t(r.pick(['因设备检修，', '根据工作安排，', '经研究决定，']))
    d.t('自').p(r.pick(['YYYY年MM月DD日', 'YYYY-MM-DD', 'yyyy年mm月dd日'])).t('起，')
    d.t(r.pick(['本中心周六上午正常对外办公。', '%s路段暂停供水%d小时。' % (place2(r), r.randint(4, 12)), '相关业务改为线上办理。'])).nl()
    d.t('特此公告。').nl()
    d.t('%s\n' % (place2(r) + r.pick(['市政务服务中心', '自来水有限公司', '区公共资源交易中心'])))
    d.p(r.pick(['YYYY年MM月DD日', 'yyyy.mm.dd']))


@style('meeting_notice_time_x', 'ph', 'placeholder', 'meeting notice 定于x月x日（星期x）上午x时')
def _(r, d):
    d.t('关于召开%s的通知' % r.pick(['全区安全生产工作会议', '第一季度经济运行分析会', '防汛工作部署会', '民生实事推进会'])).nl()
    d.t('各%s：' % r.pick(['街道（镇）', '科室', '成员单位'])).nl()
    c = r.pick(['x', 'X', '×'])
    d.t('经研究，定于').p('%s月%s日' % (c, c * r.randint(1, 2))).t('（星期').p(c).t('）')
    d.t(r.pick(['上午', '下午'])).p(c).t('时').t(r.pick(['召开', '在区政府%d楼会议室召开' % r.randint(2, 9)])).t('会议。现将有关事项通知如下：').nl()
    d.t('一、参会人员：各单位主要负责人。').nl()
    d.t('二、请于').p('%s月%s日' % (c, c)).t('前将参会回执报送至区政府办公室。').nl()
    d.t('联系人：%s，电话：%s。' % (person(r), landline(r)))


@style('minutes_attendees_mask', 'ph', 'placeholder', 'meeting minutes with attendees masked as XXX')
def _(r, d):
    d.t('%s%s会议纪要' % (place2(r) + r.pick(['街道', '镇', '社区']), r.pick(['党工委', '主任办公', '安委会', '联席']))).nl()
    d.t('时间：%s %s' % (cn_date(r), r.pick(['上午9:00', '下午2:30', '上午10:00']))).nl()
    d.t('地点：%s楼会议室' % CN_NUM[r.randint(2, 6)]).nl()
    c = r.pick(['XXX', 'xxx', '×××'])
    d.t('主持：').p(c).nl()
    n = r.randint(3, 6)
    d.t('出席：')
    for i in range(n):
        if r.chance(0.7):
            d.p(c)
        else:
            d.t(person(r))
        d.t('、' if i != n - 1 else '')
    d.nl()
    d.t('会议研究了以下事项：').nl()
    d.t('一、原则同意%s，由' % r.pick(['年度民生实事项目安排', '老旧小区改造实施方案', '防汛物资采购计划'])).p(c).t('牵头组织实施。').nl()
    d.t('二、' + r.pick(REPORT_PROSE))


@style('signature_block_mask', 'ph', 'placeholder', 'only the signature and date block is masked')
def _(r, d):
    d.t(report_title(r)).nl()
    for s in clean_report_lines(r, r.randint(2, 4)):
        d.t(s)
    d.nl().t(r.pick(REPORT_PROSE)).nl()
    c = r.pick(['X', 'x', '×'])
    if r.chance(0.5):
        d.p(c * 2).t(r.pick(['街道办事处', '镇人民政府', '局'])).nl()
    else:
        d.t(place2(r) + r.pick(['街道办事处', '镇人民政府'])).nl()
    d.p(r.pick(['20%s年%s月%s日' % (c * 2, c, c * 2), '%s年%s月%s日' % (c * 4, c * 2, c * 2), '二〇%s年%s月' % (c * 2, c)]))


@style('title_placeholder', 'ph', 'placeholder', 'placeholder only in the title line')
def _(r, d):
    c = r.pick(['XX', 'xx', 'XXX', '××'])
    form = r.randrange(4)
    if form == 0:
        d.t('关于').p(c).t(r.pick(['同志先进事迹的材料', '项目资金拨付的请示', '问题整改情况的报告']))
    elif form == 1:
        d.p(c).t(r.pick(['街道', '镇', '县']) + '%d年工作总结' % r.randint(2020, 2024))
    elif form == 2:
        d.t(r.pick(['在全市', '在全区']) + '%s上的讲话（' % r.pick(['经济工作会议', '安全生产会议'])).p(c).t('）')
    else:
        d.p(c).t('同志述职述廉报告')
    d.nl()
    for s in clean_report_lines(r, r.randint(2, 5)):
        d.t(s)
    if r.chance(0.5):
        d.nl().t(r.pick(REPORT_PROSE))


@style('personnel_public_notice', 'ph', 'placeholder', 'pre-appointment notice with person details masked')
def _(r, d):
    d.t('干部任职前公示').nl()
    d.t('根据干部选拔任用有关规定，现将拟任职人选予以公示：').nl()
    for i in range(r.randint(1, 3)):
        c = r.pick(['XXX', 'xxx', '×××'])
        d.p(c).t('，%s，%s族，' % (r.pick(['男', '女']), r.pick(['汉', '汉', '回', '壮'])))
        d.p(r.pick(['19XX年X月', '19xx年x月', '19XX年XX月'])).t('生，')
        d.t(r.pick(['大学', '研究生']) + '学历，现任%s%s，拟任%s。' % (place2(r), r.pick(['街道办事处副主任', '镇党委委员', '局办公室主任']), r.pick(['街道党工委委员', '镇副镇长', '局副局长']))).nl()
    d.t('公示时间：%s至%s。' % md_range(r)).nl()
    d.t('举报电话：' + landline(r))


@style('address_mask', 'ph', 'placeholder', 'addresses masked as XX路XX号 in a privacy-redacted notice')
def _(r, d):
    d.t(r.pick(['疫情防控风险点位通报', '违法建设拆除公告', '消防隐患整改通知书'])).nl()
    for i in range(r.randint(1, 4)):
        c = r.pick(['XX', 'xx', '**'])
        d.t('%d. %s区' % (i + 1, place2(r))).p(c).t('路').p(c).t('号')
        if r.chance(0.5):
            d.p(c).t('栋').p(c[0] * 3).t('室')
        d.t('，' + r.pick(['已完成整改。', '责令限期%d日内整改。' % r.randint(3, 15), '列为重点巡查点位。'])).nl()
    d.t('%s' % cn_date(r))


@style('email_plate_mask', 'ph', 'placeholder', 'masked e-mail addresses and licence plates')
def _(r, d):
    d.t(r.pick(['违停车辆曝光', '举报线索处理结果', '意见征集反馈'])).nl()
    for i in range(r.randint(2, 4)):
        if r.chance(0.5):
            prov = r.pick(['粤', '湘', '浙', '川', '苏', '鄂'])
            d.t('车牌').p('%s%s·%s' % (prov, r.pick('ABCDE'), r.pick(['***%02d' % r.randint(0, 99), '%s***' % r.randint(1, 9), '**%03d' % r.randint(0, 999)])))
            d.t('，%s在%s路违规停放。' % (md(r), place2(r)))
        else:
            user = r.pick(['zhang', 'li', 'wang', 'chen', 'liu', 'hy', 'qq'])
            d.t('来信邮箱').p('%s***@%s' % (user[:2], r.pick(['163.com', 'qq.com', '126.com', 'sina.com'])))
            d.t('，反映%s问题，已转%s办理。' % (r.pick(['噪声扰民', '道路积水', '路灯不亮']), dept(r)))
        d.nl()


@style('positive_with_traps', 'ph', 'placeholder', 'real placeholders next to look-alikes (X光机, 1+X, 5×8, 某些)',
       allow=[r'X光机?', r'1\+X', r'\d×\d', r'某些', r'XL码', r'x86'])
def _(r, d):
    traps = ['为卫生院配置数字化X光机{n}台，', '新增“1+X”证书试点专业{n}个，', '推行“5×8小时”错峰服务，',
             '某些老旧设备仍需逐步更新，', '采购x86服务器{n}台，', '为学生统一订制XL码以上校服{N}套，']
    k = r.randint(1, 3)
    segs = r.k_of(traps, 2) + r.k_of(REPORT_SENT, 2)
    r.shuffle(segs)
    while segs[-1].endswith('，'):
        segs.insert(0, segs.pop())
    d.t(report_title(r)).nl()
    got = fill_lines(r, d, segs, k, r.pick(['x', 'xx'[:1], 'X']), NUM_KINDS | NAME_KINDS)
    if got == 0:
        d.t('累计完成').p('xx').t('项。')
    d.nl().t(r.pick(REPORT_PROSE))


@style('long_doc_single_needle', 'ph', 'placeholder', 'long clean report with a single placeholder hidden in it')
def _(r, d):
    tpls = report_tpls(r, r.randint(6, 9))
    fill_lines(r, d, tpls, 1, r.pick(['x', 'X', '×', 'Ｘ']), NUM_KINDS | NAME_KINDS, sep='\n')


@style('tender_notice_mask', 'ph', 'placeholder', 'tender notice with project number and deadline left as XXXX')
def _(r, d):
    d.t('%s项目%s' % (r.pick(['智慧社区平台建设', '道路照明改造', '校园食堂设备采购', '河道保洁服务']), r.pick(['招标公告', '竞争性磋商公告', '询价公告']))).nl()
    d.t('项目编号：').p(r.pick(['XXXX-20XX-XXX', 'QCZC-%d-XXX' % r.randint(2020, 2024), 'xxxx-xxxx'])).nl()
    d.t('预算金额：').p(r.pick(['XX.XX', 'xx.xx', 'XXX'])).t('万元').nl() if r.chance(0.5) else d.t('预算金额：%s万元' % dec(r, 10, 900)).nl()
    d.t('投标截止时间：').p(r.pick(['20XX年XX月XX日', 'x月x日'])).t(' 9:30（北京时间）').nl()
    d.t('采购人：%s%s' % (place2(r), r.pick(['区城市管理局', '中学', '水利局']))).nl()
    d.t('代理机构联系电话：' + landline(r))




@style('procurement_model_XX', 'ph', 'placeholder', 'procurement list where a model is still XX型 / XX型号 next to real models',
       allow=[r'\b[A-Z]+-?\d+[A-Z]*\b'])
def _(r, d):
    d.t('%s%s采购清单' % (place2(r), r.pick(['区应急管理局', '中心小学', '镇卫生院', '城管执法大队']))).nl()
    items = [('便携式发电机', 'GF-%d' % r.randint(2, 9)), ('防汛沙袋', ''), ('多功能一体机', 'MF-%d' % r.randint(200, 900)),
             ('对讲机', 'TK-%d' % r.randint(100, 400)), ('救生衣', ''), ('投影仪', 'EB-%d' % r.randint(100, 999))]
    picked = r.k_of(items, r.randint(2, 4))
    hit = r.randrange(len(picked))
    for i, (name, model) in enumerate(picked):
        d.t('%d. %s，规格型号：' % (i + 1, name))
        if i == hit:
            d.p(r.pick(['XX型', 'XX型号', 'XXX', 'XX-XXX']))
        else:
            d.t(model or r.pick(['标准型', '成人款']))
        d.t('，数量%d%s' % (r.randint(2, 60), r.pick(['台', '件', '套']))).nl()
    d.t('供货期限：合同签订后%d日内。' % r.randint(7, 30))


@style('ocr_spaced_placeholder', 'ph', 'placeholder', 'OCR of a scanned report: spaced-out x x masks and noise')
def _(r, d):
    d.t(report_title(r).replace('工作', '工 作')).nl()
    tpls = r.k_of([s for s in REPORT_SENT if '{n}' in s or '{N}' in s or '{d}' in s or '{M}' in s], r.randint(2, 4))
    k = 0
    for tpl in tpls:
        parts = SLOT_RE.split(tpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                txt = part.replace('，', r.pick(['，', ', ', ' ,'])).replace('。', '。 ')
                d.t(txt)
            elif part in ('n', 'N', 'M', 'd', 's') and (k == 0 or r.chance(0.5)):
                d.p(r.pick(['x x', 'X X', 'x x x', 'x x.x x', '× ×']))
                k += 1
            else:
                d.t(' '.join(real_value(r, part)) if r.chance(0.3) else real_value(r, part))
        if r.chance(0.5):
            d.nl()
    d.t(' - %d - ' % r.randint(2, 30))


# ----------------------------------------------------------------------------- ph negatives

def report_with(r, d, extra, k_rep=(1, 3)):
    """Title + paragraphs mixing clean report sentences with the given clean extra clauses."""
    d.t(report_title(r)).nl()
    segs = list(extra) + clean_report_lines(r, r.randint(*k_rep))
    r.shuffle(segs)
    cut = r.randint(1, len(segs))
    paras = [x for x in (segs[:cut], segs[cut:]) if x]
    for i, part in enumerate(paras):
        txt = ''.join(part)
        if txt.endswith('，'):
            txt = txt[:-1] + '。'
        d.t(txt)
        if i != len(paras) - 1:
            d.nl()


@style('one_plus_x_certificates', 'ph', 'negative', 'vocational-education terms 1+X证书, 7+X, 1+N are not placeholders',
       allow=[r'1\+X', r'7\+X', r'\d\+X'])
def _(r, d):
    ex = ['学院深入推进“1+X”证书制度试点，新增试点证书%d个，' % r.randint(3, 20),
          '%d名学生取得“1+X”职业技能等级证书，' % r.randint(50, 900),
          '构建“7+X”产业人才培养体系，', '围绕“1+X+N”服务模式，整合%d类便民服务事项，' % r.randint(5, 30),
          '全年组织“1+X”考核%d场次，通过率%s%%。' % (r.randint(3, 40), dec(r, 70, 98, 1)),
          '推行“1+X”家庭医生团队签约服务，']
    d.t(r.pick(['%s职业技术学院%d年度质量报告' % (place2(r), r.randint(2020, 2024)), '%s区教育事业发展情况' % place2(r), '校企合作工作总结'])).nl()
    d.t(''.join(r.k_of(ex, r.randint(2, 4))).rstrip('，') + '。').t(r.pick(REPORT_PROSE))


@style('x86_server_procurement', 'ph', 'negative', 'IT procurement with x86, Xeon, X86_64 architecture names',
       allow=[r'[xX]86(_64)?', r'Xeon', r'X86'])
def _(r, d):
    d.t('%s政务云%s采购需求' % (place2(r), r.pick(['扩容', '二期', '迁移'])))
    d.nl()
    d.t('一、%s' % r.pick(['技术参数', '主要配置', '采购清单'])).nl()
    items = ['通用x86架构服务器%d台，每台配置2颗不低于%d核处理器；' % (r.randint(4, 40), r.pick([16, 24, 32])),
             '支持x86与ARM双架构混合部署，操作系统兼容X86_64平台；',
             'CPU：Intel Xeon Gold 系列或同等性能国产处理器；',
             '内存不低于%dGB，支持热插拔；' % r.pick([256, 512, 768]),
             '虚拟化平台须同时兼容x86服务器和国产化服务器。']
    for i, it in enumerate(r.k_of(items, r.randint(2, 4))):
        d.t('%d. %s' % (i + 1, it)).nl()
    d.t('预算金额：%s万元。' % dec(r, 50, 900))


@style('xray_equipment', 'ph', 'negative', 'medical text with X光, X射线, X线片',
       allow=[r'X(光|射线|线)'])
def _(r, d):
    d.t(r.pick(['%s镇卫生院设备更新情况' % place2(r), '放射诊疗许可校验公示', '影像科工作总结'])).nl()
    ex = ['新购置数字化X光机%d台，' % r.randint(1, 4), '全年完成X线片检查%d人次，' % r.randint(800, 30000),
          '对X射线防护设施进行年度检测，各项指标均符合要求。', '影像科配备CT和DR设备，X光检查报告当日出具。',
          '为辖区学生开展胸部X光筛查%d人。' % r.randint(300, 5000), '放射工作人员X射线个人剂量监测全部合格。']
    d.t(''.join(r.k_of(ex, r.randint(2, 4))))


@style('clothing_sizes_xl', 'ph', 'negative', 'uniform order with sizes S M L XL XXL XXXL',
       allow=[r'X{1,3}L', r'XS'])
def _(r, d):
    d.t('%s学校%d级新生校服征订统计' % (place2(r), r.randint(2021, 2024))).nl()
    sizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL']
    d.t(r.pick(['尺码\t数量', '尺码 | 数量（套）'])).nl()
    for sz in sizes[r.randint(0, 2):r.randint(5, 7)]:
        d.t('%s\t%d' % (sz, r.randint(3, 200))).nl()
    d.t(r.pick(['XL码以上需提前%d天登记。' % r.randint(3, 10), '男生XXL码库存不足，已追加订货。', '如需XXXL码请联系班主任。']))


@style('service_hours_5x8', 'ph', 'negative', 'service time expressions 5×8小时, 7×24小时',
       allow=[r'\d+×\d+'])
def _(r, d):
    ex = ['政务服务大厅推行“5×8小时”工作日服务和“周末不打烊”服务，', '12345热线实行7×24小时人工值守，',
          '运维团队提供7×24小时技术支持，故障响应不超过%d分钟，' % r.randint(15, 60),
          '供电抢修队伍%d×24小时待命，' % 7, '自助服务区实现“24×7”全天候开放，']
    report_with(r, d, r.k_of(ex, r.randint(2, 3)))


@style('multiplication_arith', 'ph', 'negative', 'arithmetic with × in a textbook or calculation note',
       allow=[r'×'])
def _(r, d):
    d.t(r.pick(['三年级数学：两位数乘两位数', '工程量计算说明', '补贴金额计算方法'])).nl()
    for i in range(r.randint(2, 4)):
        a, b = r.randint(2, 99), r.randint(2, 99)
        form = r.randrange(3)
        if form == 0:
            d.t('%d×%d=%d' % (a, b, a * b))
        elif form == 1:
            d.t('面积=长×宽=%d×%d=%d（平方米）' % (a, b, a * b))
        else:
            d.t('补贴金额=人数×标准=%d×%d=%d（元）' % (a, b * 10, a * b * 10))
        d.t(r.pick(['；', '。']) ).nl()
    d.t('计算时注意先算乘除、后算加减。')


@style('formula_variables', 'ph', 'negative', 'formulas with variables x, y, f(x) in a maths or statistics note',
       allow=[r'[xX](?=[\s=+\-²^)）,，<>≤≥·*/]|$|的|为|轴|与|和|、|值|；|。|时)', r'\(x\)|（x）', r'[xy]²?'])
def _(r, d):
    d.t(r.pick(['一次函数复习提纲', '趋势外推法说明', '统计附录：回归模型'])).nl()
    a, b = r.randint(2, 9), r.randint(1, 20)
    forms = ['设x为%s，则y=%dx+%d。' % (r.pick(['年份序号', '投入金额', '时间（月）']), a, b),
             '当x=%d时，y=%d。' % (r.randint(1, 9), r.randint(10, 99)),
             '函数f(x)=%dx²-%dx+1的对称轴为直线x=%s。' % (a, a * 2, '1'),
             '回归方程为y=%s+%sx，判定系数R²=0.%d。' % (dec(r, 1, 50), dec(r, 0.1, 5), r.randint(70, 98)),
             '解不等式%dx-%d>0，得x>%s。' % (a, b, dec(r, 0.5, 9, 1))]
    for f in r.k_of(forms, r.randint(2, 4)):
        d.t(f).nl()
    d.t('注意：自变量x的取值范围应满足实际意义。')


@style('mou_generic_prose', 'ph', 'negative', '某些 / 某种 / 某一 in ordinary prose, not masking a fact',
       allow=[r'某(些|种|一|个|方面|种程度|时期)'])
def _(r, d):
    ex = ['在某些领域仍存在监管盲区，', '某种程度上，基层减负还停留在文件层面，', '个别单位存在某一环节衔接不畅的问题，',
          '不能因为某个指标暂时落后就放松要求，', '某些群众对新政策了解还不够充分，', '在某一时期集中出现的矛盾，需要提前研判。']
    report_with(r, d, r.k_of(ex, r.randint(1, 3)))


@style('exam_word_problems_mou', 'ph', 'negative', 'exam word problems with generic 某校 / 某商店 / 某工厂',
       allow=[r'某(校|商店|工厂|班|品牌|超市|城市|村|物体|同学|地|公司|数)'])
def _(r, d):
    d.t(r.pick(['六年级数学应用题练习', '七年级数学第三章测试', '物理计算题专项训练'])).nl()
    probs = ['某校六年级有学生%d人，其中男生占%d%%，男生有多少人？' % (r.randint(100, 400), r.pick([40, 45, 55, 60])),
             '某商店一件上衣原价%d元，打八折后售价多少元？' % (r.randint(10, 90) * 10),
             '某工厂去年产值%d万元，今年比去年增长%d%%，今年产值是多少？' % (r.randint(100, 900), r.randint(5, 30)),
             '某物体做匀速直线运动，%d秒内通过%d米，求它的速度。' % (r.randint(2, 20), r.randint(10, 200)),
             '某班同学植树，每人种%d棵还剩%d棵，求班级人数。' % (r.randint(2, 5), r.randint(1, 9)),
             '某数的%d倍比它的一半多%d，求这个数。' % (r.randint(2, 5), r.randint(3, 30))]
    for i, p in enumerate(r.k_of(probs, r.randint(2, 4))):
        d.t('%d. %s' % (i + 1, p)).nl()
    d.t('（写出解题过程）')


@style('exam_fill_blanks', 'ph', 'negative', 'exam paper blanks ＿＿＿ to be filled by pupils are not placeholders',
       allow=[r'[_＿]{2,}', r'（\s*）'])
def _(r, d):
    d.t(r.pick(['二年级语文期末试卷', '八年级地理月考试题', '四年级数学单元测试'])).nl()
    d.t('一、填空题（每空%d分）' % r.randint(1, 2)).nl()
    u = r.pick(['＿', '_'])
    qs = ['我国的首都是{b}。', '一年有{b}个月，其中大月有{b}个。', '“春眠不觉晓”的下一句是{b}。', '长江发源于{b}山脉。',
          '3千克={b}克。', '地球自转一周的时间约为{b}小时。', '比{n}多{n}的数是{b}。']
    for i, q in enumerate(r.k_of(qs, r.randint(2, 4))):
        q = q.replace('{b}', u * r.randint(4, 8)).replace('{n}', str(r.randint(10, 60)))
        d.t('%d. %s' % (i + 1, q)).nl()
    d.t('二、选择题：下列词语中书写正确的是（　　）')


LYRIC_MOU = ['某年某月的某一天', '在某个下雨的清晨', '某一刻我忽然明白', '某条小巷的尽头', '某个陌生的车站', '某天你会想起我']


@style('lyrics_mou_nian', 'ph', 'negative', 'song lyrics with 某年某月 / 某个 as poetic wording',
       allow=[r'某(年|月|一|个|条|天|刻)'])
def _(r, d):
    d.t(r.pick(['旧时光', '晚风里的信', '站台', '雨巷'])).t(' - ').t(person(r)).nl()
    d.t('作词：%s　作曲：%s' % (person(r), person(r))).nl()
    lines = r.k_of(LYRIC_LINES, r.randint(2, 4)) + r.k_of(LYRIC_MOU, r.randint(1, 2))
    r.shuffle(lines)
    lrc = r.chance(0.5)
    t = r.randint(10, 40)
    for ln in lines:
        if lrc:
            d.t('[%02d:%02d.%02d]' % (t // 60, t % 60, r.randint(0, 99)))
            t += r.randint(4, 9)
        d.t(ln).nl()
    d.t('（完）')


@style('date_format_spec', 'ph', 'negative', 'technical specification describing the format YYYY-MM-DD',
       allow=[r'YYYY[-/年.]?MM[-/月.]?DD日?', r'YYYYMMDD', r'hh:mm:ss', r'yyyy-MM-dd'])
def _(r, d):
    d.t(r.pick(['数据交换接口规范', '档案数字化著录细则', '统计报表填报说明'])).nl()
    d.t('%d. 日期字段统一采用“YYYY-MM-DD”格式，例如%s。' % (r.randint(1, 5), ymd(r))).nl()
    d.t(r.pick(['时间字段采用“hh:mm:ss”24小时制。', '文件命名规则：单位代码_YYYYMMDD.xlsx。', '接口返回的日期为yyyy-MM-dd字符串。'])).nl()
    d.t('不符合格式要求的记录将被退回。')


@style('urls_emails_xx', 'ph', 'negative', 'government URLs with xxgk (信息公开) and e-mails like xxzx@',
       allow=[r'https?://\S+', r'[\w.]+@[\w.]+'])
def _(r, d):
    dom = r.pick(['qc', 'lj', 'yl', 'nx', 'sm', 'bl'])
    pl = place2(r) + r.pick(['区', '县'])
    d.t('%s%d年政府信息公开工作年度报告' % (pl, r.randint(2019, 2024))).nl()
    d.t('本报告电子版可在%s人民政府门户网站（http://www.%s.gov.cn/xxgk/）查阅。' % (pl, dom)).nl()
    d.t('依申请公开受理地址：http://www.%s.gov.cn/xxgk/ysqgk/index.html' % dom).nl()
    d.t('如有疑问，请发送邮件至%s@%s.gov.cn。' % (r.pick(['xxgk', 'xxzx', 'xxb']), dom)).nl()
    d.t('全年主动公开政府信息%d条。' % r.randint(200, 5000))


@style('chem_nox_emissions', 'ph', 'negative', 'environment report with NOx, SOx, VOCs',
       allow=[r'NOx|SOx|NOX|VOCs'])
def _(r, d):
    ex = ['全年氮氧化物（NOx）排放量同比下降%s%%，' % dec(r, 1, 15, 1), '完成燃煤锅炉超低排放改造%d台，SOx排放浓度稳定达标，' % r.randint(1, 20),
          '对%d家重点企业安装NOx在线监测设备，' % r.randint(3, 60), '挥发性有机物（VOCs）治理项目%d个全部完工，' % r.randint(2, 30),
          '机动车尾气检测中NOx超标车辆%d辆已责令维修。' % r.randint(10, 300)]
    report_with(r, d, r.k_of(ex, r.randint(2, 3)))


@style('product_model_codes', 'ph', 'negative', 'product models like X5, XR-200, Mate X, HX-80 in procurement lists',
       allow=[r'\b[A-Z]*X[A-Z]*-?\d+[A-Z]*\b', r'Mate X\d?', r'X\d+'])
def _(r, d):
    d.t(r.pick(['公务用车采购结果公示', '执法记录仪配备清单', '应急装备采购明细'])).nl()
    items = ['执法记录仪 型号DSJ-X%d' % r.randint(2, 9), '无人机 型号HX-%d' % r.randint(20, 90), '巡逻车 型号X%d' % r.randint(3, 7),
             '便携式气体检测仪 XR-%d' % r.randint(100, 900), '移动终端 型号Mate X%d' % r.randint(2, 5), '投影仪 型号EX-%d' % r.randint(200, 800)]
    for i, it in enumerate(r.k_of(items, r.randint(2, 4))):
        d.t('%d. %s，数量%d，单价%s元' % (i + 1, it, r.randint(1, 30), dec(r, 800, 90000))).nl()
    d.t('供应商：' + org(r))


@style('significance_stars', 'ph', 'negative', 'research table with significance stars 0.62** and p<0.01',
       allow=[r'\*{1,3}', r'p<0\.0\d'])
def _(r, d):
    d.t('表%d　%s影响因素回归结果' % (r.randint(1, 6), r.pick(['居民健康素养', '农户收入', '中小企业融资'])) ).nl()
    vs = r.k_of(['受教育年限', '年龄', '家庭人口', '是否参保', '距县城距离', '互联网使用'], r.randint(3, 5))
    for v in vs:
        st = r.pick(['***', '**', '*', ''])
        d.t('%s\t%s%s\t(%s)' % (v, dec(r, -0.9, 0.9, 3), st, dec(r, 0.01, 0.3, 3))).nl()
    d.t('注：*、**、***分别表示在10%、5%、1%水平上显著；括号内为标准误。')


@style('footnote_asterisk', 'ph', 'negative', 'statistical bulletin with a single * footnote marker',
       allow=[r'\*'])
def _(r, d):
    d.t('%s%d年国民经济和社会发展统计公报（摘要）' % (place2(r) + r.pick(['市', '县']), r.randint(2019, 2023))).nl()
    for s in clean_report_lines(r, r.randint(2, 3)):
        d.t(s)
    d.t('其中，数字经济核心产业增加值%s亿元*。' % dec(r, 10, 300)).nl()
    d.t('*注：%s' % r.pick(['该数据为初步核算数。', '按新口径统计，与上年不完全可比。', '数据来源于抽样调查。']))


@style('pinyin_romanised_names', 'ph', 'negative', 'English list with romanised names Xu Xiaoming, Xiamen, Xinjiang',
       allow=[r'\bX[a-z]+'])
def _(r, d):
    d.t(r.pick(['参会外宾接待名单（英文版）', 'International Exchange Programme Participants', '学术会议报告人名单'])).nl()
    names = ['Xu Xiaoming', 'Xie Xinyi', 'Xiang Xuefeng', 'Xia Xin', 'Xiong Xiaoyu', 'Zhao Xinran', 'Li Xiaohong', 'Wang Xiuying']
    cities = ['Xiamen', 'Xi\'an', 'Xining', 'Xuzhou', 'Xiangtan', 'Xinxiang']
    for nm in r.k_of(names, r.randint(2, 4)):
        d.t('%s, %s University, %s' % (nm, r.pick(cities), r.pick(['China', 'PRC']))).nl()
    d.t('报到地点：%s宾馆一楼大厅' % place2(r))


@style('roman_numerals_foreign', 'ph', 'negative', 'Roman numerals in quoted French / Latin (XXe siècle, Louis XIV, Ⅻ)',
       allow=[r'«[^»]*»', r'\b[XVILC]+(e|er)?\b', r'[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]'])
def _(r, d):
    d.t(r.pick(['法国文学选读', '欧洲艺术史讲义', '展览说明（中法对照）']) + '（第%d讲）' % r.randint(1, 16)).nl()
    quotes = ['« L\'art du XXe siècle »', '« La France au XIXe siècle »', '« le règne de Louis XIV »', '« Le Siècle de Louis XV »']
    d.t('本讲主要介绍%s一书的内容，' % r.pick(quotes))
    d.t(r.pick(['重点分析第Ⅲ章和第Ⅻ章。', '作者将这一时期分为Ⅰ、Ⅱ、Ⅲ三个阶段。', '书中插图共XV幅。'])).nl()
    d.t('参考阅读：第%s讲，第%d—%d页。' % (r.pick(['Ⅳ', 'Ⅴ', 'Ⅵ']), r.randint(10, 90), r.randint(91, 200)))


@style('daiding_xishu_math', 'ph', 'negative', '待定系数法 (method of undetermined coefficients) is a maths term',
       allow=[r'待定系数'])
def _(r, d):
    d.t(r.pick(['高一数学：二次函数解析式的求法', '数学竞赛辅导讲义', '函数专题复习'])).nl()
    d.t('方法一：用待定系数法求解析式。').nl()
    a, b, c = r.randint(1, 5), r.randint(-9, 9), r.randint(-9, 9)
    d.t('已知二次函数图象经过点(0,%d)、(1,%d)、(-1,%d)，设解析式为y=ax²+bx+c，' % (c, a + b + c, a - b + c))
    d.t('代入得三元一次方程组，解得a=%d，b=%d，c=%d。' % (a, b, c)).nl()
    d.t('小结：待定系数法的关键是根据条件列出方程组。')


@style('museum_daikao_dimensions', 'ph', 'negative', 'museum label with 年代：待考, 佚名 and real dimensions 32×18厘米',
       allow=[r'\d+(\.\d+)?×\d+(\.\d+)?(×\d+(\.\d+)?)?'])
def _(r, d):
    d.t(r.pick(['山水图轴', '花鸟册页', '残碑拓片', '木雕人物挂屏', '铜镜'])).nl()
    d.t('作者：%s' % r.pick(['佚名', '不详', person(r)])).nl()
    d.t('年代：%s' % r.pick(['待考', '清代', '明末清初', '民国', '待考（疑为清中期）'])).nl()
    d.t('尺寸：%d×%d' % (r.randint(20, 180), r.randint(10, 90)) + r.pick(['', '×%d' % r.randint(3, 20)]) + r.pick(['厘米', ' cm'])).nl()
    d.t('%s' % r.pick(['画面以淡墨写远山，笔意松秀。', '碑文漫漶，可辨识者约%d字。' % r.randint(30, 300), '镜背饰缠枝花纹，边缘略有锈蚀。'])).nl()
    d.t('%s博物馆藏' % place2(r))


@style('real_lost_certificate', 'ph', 'negative', 'genuine lost-certificate announcements with real-looking numbers',
       allow=[r'[0-9A-Z]{18}'])
def _(r, d):
    d.t('遗失声明').nl()
    for i in range(r.randint(1, 3)):
        form = r.randrange(3)
        if form == 0:
            d.t('%s遗失营业执照副本，统一社会信用代码：%s，声明作废。' % (org(r), uscc(r)))
        elif form == 1:
            d.t('%s遗失%s大学毕业证书，证书编号：%d%012d，声明作废。' % (person(r), place2(r), r.randint(10000, 19999), r.randint(0, 10 ** 12 - 1)))
        else:
            d.t('%s不慎遗失公章一枚，编号%d，声明作废。' % (org(r), r.randint(10 ** 12, 10 ** 13 - 1)))
        d.nl()
    d.t(cn_date(r))


@style('biology_x_chromosome', 'ph', 'negative', 'biology text with X染色体, XY, X连锁',
       allow=[r'X(染色体|连锁|Y|X)?', r'Y染色体', r'X[ᴬᴮAaBb]', r'X\w?Y'])
def _(r, d):
    d.t(r.pick(['高二生物：伴性遗传', '遗传咨询知识讲座提纲', '生物学必修二复习'])).nl()
    ex = ['红绿色盲基因位于X染色体上，属于伴X隐性遗传。', '女性的性染色体组成为XX，男性为XY。',
          '男性的X染色体只能传给女儿。', '抗维生素D佝偻病属于伴X显性遗传病。', 'Y染色体上的基因只在男性中传递。']
    d.t(''.join(r.k_of(ex, r.randint(2, 4))))


@style('checkbox_form_filled', 'ph', 'negative', 'filled questionnaire with ☑/☐ tick boxes',
       allow=[r'[☑☐]'])
def _(r, d):
    d.t(r.pick(['居民满意度调查问卷（回收）', '体检项目选择单', '志愿服务意向表'])).nl()
    d.t('姓名：%s　年龄：%d' % (person(r), r.randint(18, 80))).nl()
    qs = [('您对社区环境卫生是否满意', ['满意', '基本满意', '不满意']), ('是否参加过社区活动', ['是', '否']),
          ('希望增加的服务', ['助餐', '助浴', '文体活动', '法律咨询'])]
    for q, opts in r.k_of(qs, r.randint(2, 3)):
        ch = r.randrange(len(opts))
        d.t(q + '：' + ' '.join(('☑' if i == ch else '☐') + o for i, o in enumerate(opts))).nl()
    d.t('填表日期：%s' % cn_date(r))


@style('template_syntax_tech_doc', 'ph', 'negative', 'technical manual quoting template syntax {{ name }} / ${var} as code (doubtful)',
       allow=[r'`[^`]+`', r'“[^”]*[{$%][^”]*”'])
def _(r, d):
    sysname = r.pick(['短信平台', '报表系统', '邮件通知模块', '政务服务平台', '工单系统'])
    d.t('%s%s（V%d.%d）' % (sysname, r.pick(['模板配置说明', '开发手册', '操作指南']), r.randint(1, 5), r.randint(0, 9))).nl()
    var = r.pick(['name', 'user_name', 'title', 'dept', 'phone'])
    d.t('%d. 在模板正文中使用`{{ %s }}`引用%s，系统发送时自动替换。' % (r.randint(1, 3), var, r.pick(['收件人姓名', '用户名称', '标题', '部门名称', '联系电话']))).nl()
    d.t(r.pick(['金额字段写作`${amount}`，保留两位小数。', '日期变量写作`{{ date }}`，格式可在后台设置。', '支持条件判断语句`{%% if vip %%}`。',
                '循环输出明细使用`{%% for item in items %%}`。', '字段为空时可写`{{ %s | default("") }}`。' % var])).nl()
    d.t(r.pick(['配置完成后，点击“预览”检查替换效果，确认无误后再提交审核。', '模板修改后需经管理员审核方可启用。',
                '每个模板最多引用%d个变量。' % r.randint(5, 20)]))
    return 'template syntax shown as code in a manual; doubtful, treated as negative'


@style('xo_sauce_menu', 'ph', 'negative', 'restaurant menu with XO酱 and sizes',
       allow=[r'XO', r'[SML]号'])
def _(r, d):
    d.t('%s酒家菜单' % place2(r)).nl()
    dishes = ['XO酱炒萝卜糕', 'XO酱爆澳带', '干炒牛河', '白切鸡（半只）', '蒜蓉蒸扇贝', 'XO酱炒饭', '虾饺皇', '豉汁凤爪']
    for ds in r.k_of(dishes, r.randint(3, 6)):
        d.t('%s　%d元' % (ds, r.randint(18, 168))).nl()
    d.t('XO酱可单独购买，每瓶%d元。' % r.randint(38, 128))


@style('report_filled_clean', 'ph', 'negative', 'ordinary fully filled work report (no placeholders)')
def _(r, d):
    tpls = report_tpls(r, r.randint(4, 8))
    fill_lines(r, d, tpls, 0, 'x', set(), sep='\n')


@style('contract_signed_real', 'ph', 'negative', 'signed contract with real parties; 甲方/乙方 are role names')
def _(r, d):
    d.t(r.pick(['物业服务合同（摘要）', '技术服务合同', '房屋租赁合同'])).nl()
    d.t('甲方：%s　法定代表人：%s' % (org(r), person(r))).nl()
    d.t('乙方：%s　联系电话：%s' % (org(r), landline(r))).nl()
    d.t('第一条　乙方为甲方提供%s服务，服务期限自%s起至%s止。' % (r.pick(['保洁', '安保', '系统运维']), cn_date(r, 2022, 2022), cn_date(r, 2024, 2025))).nl()
    d.t('第二条　合同总价款为人民币%s万元，分%s期支付。' % (dec(r, 5, 300), CN_NUM[r.randint(2, 4)])).nl()
    d.t('甲方（盖章）　　　　乙方（盖章）').nl()
    d.t('签订日期：%s' % cn_date(r))


@style('uscc_business_list', 'ph', 'negative', 'business register list; credit codes contain letters X / Y legitimately',
       allow=[r'[0-9A-Z]{18}', r'[0-9]{17}X'])
def _(r, d):
    d.t('%s年度%s名单' % (r.randint(2020, 2024), r.pick(['守信激励对象', '新登记企业', 'A级纳税人']))).nl()
    for i in range(r.randint(2, 5)):
        code = uscc(r)
        while 'X' not in code and 'Y' not in code:
            code = uscc(r)
        d.t('%d. %s　%s' % (i + 1, org(r), code)).nl()
    d.t('发布单位：%s市市场监督管理局' % place2(r))


@style('section_break_asterisks', 'ph', 'negative', 'essay with a * * * section break',
       allow=[r'(\* ){2}\*', r'＊　＊　＊'])
def _(r, d):
    d.t(r.pick(['老街记忆', '我的第一份工作', '故乡的河'])).nl()
    paras = ['那年秋天，我第一次走进这座小城，街边的梧桐叶落了一地。', '父亲总说，日子是一点一点过出来的。',
             '后来我离开了那里，很多年没有回去。', '直到去年冬天，一封来信让我重新想起了那条河。', '如今，老街已经改造成了步行街，游人如织。']
    ps = r.k_of(paras, 4)
    d.t(ps[0] + ps[1]).nl()
    d.t(r.pick(['* * *', '＊　＊　＊'])).nl()
    d.t(ps[2] + ps[3])


@style('chart_axis_labels', 'ph', 'negative', 'chart description with X轴 / Y轴 axis labels',
       allow=[r'[XY]轴', r'[xy]轴'])
def _(r, d):
    d.t('图%d　%s' % (r.randint(1, 9), r.pick(['近五年财政收入变化趋势', '各乡镇人口分布', '月度用电量对比']))).nl()
    d.t('说明：X轴为%s，Y轴为%s。' % (r.pick(['年份', '月份', '乡镇名称']), r.pick(['金额（亿元）', '人数（万人）', '用电量（万千瓦时）']))).nl()
    d.t('从图中可以看出，%s' % clean_report_lines(r, 1)[0])


@style('pinyin_initial_codes', 'ph', 'negative', 'file and case codes built from pinyin initials (XF信访, XZ行政, XJ巡检) are not masks',
       allow=[r'\b(XF|XZ|XJ|XS)[-_]?\d[\d-]*'])
def _(r, d):
    y = r.randint(2020, 2024)
    d.t(r.pick(['信访事项办理台账（摘录）', '行政执法案卷目录', '校舍安全巡检记录'])).nl()
    for i in range(r.randint(2, 4)):
        code = r.pick(['XF%d-%04d' % (y, r.randint(1, 999)), 'XZ-%d-%03d' % (y, r.randint(1, 300)), 'XJ%d%03d' % (y, r.randint(1, 500)),
                       'XS-%d-%02d' % (y, r.randint(1, 60))])
        d.t('%s　%s　%s　%s' % (code, md(r), r.pick(['已办结', '办理中', '已回访', '已归档']), person(r))).nl()
    d.t('注：编号规则为“类别拼音首字母+年份+流水号”。')


# ============================================================================= mj family
# simplified -> traditional + pinyin for the characters of the generated sentences
_PY = ('发發fā 区區qū 领領lǐng 导導dǎo 动動dòng 远遠yuǎn 设設shè 务務wù 项項xiàng 实實shí 现現xiàn 将將jiāng 关關guān '
       '开開kāi 汇匯huì 报報bào 经經jīng 济濟jì 业業yè 产產chǎn 万萬wàn 亿億yì 长長zhǎng 会會huì 国國guó 华華huá '
       '东東dōng 门門mén 书書shū 记記jì 农農nóng 财財cái 资資zī 贯貫guàn 彻徹chè 质質zhì 环環huán 规規guī 划劃huà '
       '绿綠lǜ 卫衛wèi 检檢jiǎn 疗療liáo 医醫yī 药藥yào 县縣xiàn 镇鎮zhèn 乡鄉xiāng 这這zhè 为為wéi 们們men 个個gè '
       '时時shí 间間jiān 问問wèn 题題tí 难難nán 点點diǎn 线線xiàn 网網wǎng 络絡luò 电電diàn 话話huà 计計jì 统統tǒng '
       '级級jí 积積jī 极極jí 众眾zhòng 应應yīng 对對duì 坚堅jiān 决決jué 强強qiáng 优優yōu 营營yíng 创創chuàng 队隊duì '
       '党黨dǎng 员員yuán 组組zǔ 织織zhī 风風fēng 险險xiǎn 稳穩wěn 进進jìn 达達dá 标標biāo 准準zhǔn 体體tǐ 义義yì '
       '习習xí 讲講jiǎng 视視shì 学學xué 儿兒ér 养養yǎng 机機jī 构構gòu 广廣guǎng 场場chǎng 馆館guǎn 园園yuán '
       '车車chē 辆輛liàng 桥橋qiáo 厂廠chǎng 处處chù 执執zhí 监監jiān 责責zé 费費fèi 补補bǔ 贴貼tiē 户戶hù '
       '岁歲suì 历歷lì 传傳chuán 纪紀jì 录錄lù 数數shù 据據jù 协協xié 调調tiáo 维維wéi 护護hù 测測cè 试試shì '
       '验驗yàn 审審shěn 结結jié 总總zǒng 续續xù 举舉jǔ 办辦bàn 显顯xiǎn 扩擴kuò 围圍wéi 绕繞rào 际際jì 与與yǔ '
       '过過guò 还還hái 从從cóng 来來lái 见見jiàn 带帶dài 兴興xīng 乐樂lè 艺藝yì 术術shù 声聲shēng 节節jié '
       '课課kè 师師shī 语語yǔ 练練liàn 张張zhāng 陈陳chén 刘劉liú 赵趙zhào 吴吳wú 黄黃huáng 杨楊yáng 孙孫sūn '
       '郑鄭zhèng 谢謝xiè 邓鄧dèng 许許xǔ 冯馮féng 韩韓hán 罗羅luó 叶葉yè 苏蘇sū 钟鍾zhōng 龙龍lóng 万萬wàn '
       '亩畝mǔ 粮糧liáng 产產chǎn 税稅shuì 收收shōu 投投tóu 务務wù 残殘cán 疾疾jí 贫貧pín 困困kùn 扶扶fú '
       '惠惠huì 众眾zhòng 满滿mǎn 诉訴sù 处處chù 纠糾jiū 纷紛fēn 调調tiáo 解解jiě 训訓xùn 层層céng 干幹gàn '
       '闭閉bì 闲閒xián 宽寬kuān 带帶dài 库庫kù 块塊kuài 压壓yā 厅廳tīng 庆慶qìng 梦夢mèng 灯燈dēng 问問wèn '
       '阶階jiē 筑築zhù 轨軌guǐ 铁鐵tiě 电電diàn 邮郵yóu 储儲chǔ 备備bèi 预預yù 页頁yè 顶頂dǐng 顺順shùn '
       '须須xū 领領lǐng 频頻pín 额額é 风風fēng 飞飛fēi 饭飯fàn 馆館guǎn 驾駕jià 验驗yàn 鱼魚yú 鸟鳥niǎo '
       '齐齊qí 龄齡líng 亲親qīn 观觀guān 规規guī 览覽lǎn 触觸chù 计計jì 订訂dìng 认認rèn 议議yì 论論lùn '
       '设設shè 访訪fǎng 证證zhèng 评評píng 识識shí 词詞cí 译譯yì 读讀dú 谈談tán 请請qǐng 诸諸zhū 课課kè '
       '谁誰shéi 调調tiáo 谋謀móu 谐諧xié 贵貴guì 买買mǎi 卖賣mài 质質zhì 购購gòu 贸貿mào 赛賽sài 赞贊zàn '
       '轮輪lún 软軟ruǎn 转轉zhuǎn 输輸shū 边邊biān 迁遷qiān 运運yùn 还還huán 选選xuǎn 递遞dì 适適shì 遗遺yí '
       '针針zhēn 钱錢qián 铺鋪pù 销銷xiāo 锁鎖suǒ 锅鍋guō 错錯cuò 键鍵jiàn 镇鎮zhèn 长長cháng 闻聞wén 阵陣zhèn '
       '阳陽yáng 阴陰yīn 际際jì 陆陸lù 随隨suí 隐隱yǐn 难難nán 雾霧wù 静靜jìng 韦韋wéi 页頁yè 项項xiàng '
       '顾顧gù 预預yù 领領lǐng 头頭tóu 题題tí 颜顏yán 馈饋kuì 驻駐zhù 验驗yàn 鲜鮮xiān 黄黃huáng 齿齒chǐ')
TRAD, PINYIN = {}, {}
for _tok in _PY.split():
    TRAD.setdefault(_tok[0], _tok[1])
    PINYIN.setdefault(_tok[0], _tok[2:])
TRAD.update({'么': '麼', '后': '後', '台': '臺', '干': '幹', '复': '複', '于': '於', '专': '專', '着': '著', '减': '減',
             '奖': '獎', '娱': '娛', '宾': '賓', '尽': '盡', '岛': '島', '币': '幣', '庄': '莊', '惊': '驚', '怀': '懷',
             '挂': '掛', '携': '攜', '晋': '晉', '楼': '樓', '湿': '濕', '灵': '靈', '牵': '牽', '礼': '禮', '绝': '絕',
             '缴': '繳', '聪': '聰', '脸': '臉', '虑': '慮', '讨': '討', '贡': '貢', '锻': '鍛', '鸡': '雞', '饮': '飲',
             '伟': '偉', '侦': '偵', '劝': '勸', '厅': '廳', '吗': '嗎', '响': '響', '圣': '聖', '坛': '壇', '妈': '媽',
             '师': '師', '杀': '殺', '纲': '綱', '纤': '纖', '读': '讀', '谢': '謝', '钱': '錢', '驾': '駕', '龄': '齡',
             '际': '際', '级': '級', '观': '觀', '叶': '葉', '云': '雲', '构': '構', '设': '設', '梦': '夢', '灯': '燈',
             '样': '樣', '别': '別', '几': '幾', '气': '氣', '热': '熱', '态': '態', '员': '員', '时': '時', '爱': '愛',
             '让': '讓', '头': '頭', '条': '條', '东': '東', '红': '紅', '级': '級', '两': '兩', '严': '嚴', '丰': '豐',
             '临': '臨', '为': '為', '丽': '麗', '举': '舉', '义': '義', '乌': '烏', '书': '書', '买': '買', '争': '爭',
             '亚': '亞', '产': '產', '亲': '親', '亿': '億', '仅': '僅', '从': '從', '价': '價', '众': '眾', '优': '優',
             '伤': '傷', '体': '體', '余': '餘', '佣': '傭', '侧': '側', '储': '儲', '儿': '兒', '兰': '蘭', '写': '寫',
             '军': '軍', '农': '農', '冲': '衝', '决': '決', '况': '況', '净': '淨', '凤': '鳳', '凭': '憑', '击': '擊',
             '刘': '劉', '则': '則', '刚': '剛', '创': '創', '删': '刪', '别': '別', '剧': '劇', '办': '辦', '务': '務',
             '动': '動', '励': '勵', '劳': '勞', '势': '勢', '单': '單', '卖': '賣', '卫': '衛', '却': '卻', '厂': '廠',
             '历': '歷', '压': '壓', '县': '縣', '参': '參', '双': '雙', '变': '變', '叙': '敘', '号': '號', '启': '啟',
             '园': '園', '围': '圍', '图': '圖', '场': '場', '坏': '壞', '块': '塊', '坚': '堅', '垦': '墾', '城': '城',
             '处': '處', '备': '備', '复': '復', '头': '頭', '夹': '夾', '夺': '奪', '奋': '奮', '妇': '婦', '学': '學',
             '宁': '寧', '宝': '寶', '实': '實', '宽': '寬', '审': '審', '宪': '憲', '对': '對', '寻': '尋', '导': '導',
             '层': '層', '岁': '歲', '岭': '嶺', '带': '帶', '帮': '幫', '并': '並', '广': '廣', '庆': '慶', '库': '庫',
             '应': '應', '废': '廢', '开': '開', '异': '異', '弃': '棄', '张': '張', '强': '強', '归': '歸', '当': '當',
             '录': '錄', '彻': '徹', '征': '徵', '径': '徑', '总': '總', '恶': '惡', '惯': '慣', '戏': '戲', '战': '戰',
             '户': '戶', '扩': '擴', '扫': '掃', '扬': '揚', '护': '護', '报': '報', '担': '擔', '拟': '擬', '拥': '擁',
             '择': '擇', '挥': '揮', '损': '損', '换': '換', '据': '據', '摄': '攝', '数': '數', '敌': '敵', '断': '斷',
             '无': '無', '旧': '舊', '显': '顯', '晓': '曉', '晚': '晚', '术': '術', '杂': '雜', '权': '權', '极': '極',
             '构': '構', '标': '標', '栏': '欄', '树': '樹', '样': '樣', '档': '檔', '桥': '橋', '检': '檢', '欢': '歡',
             '欧': '歐', '毕': '畢', '汇': '匯', '汉': '漢', '污': '汙', '沟': '溝', '没': '沒', '沪': '滬', '泪': '淚',
             '泽': '澤', '洁': '潔', '浅': '淺', '测': '測', '济': '濟', '浓': '濃', '涛': '濤', '润': '潤', '涨': '漲',
             '渐': '漸', '温': '溫', '湾': '灣', '满': '滿', '滨': '濱', '灭': '滅', '灾': '災', '炼': '煉', '点': '點',
             '烟': '煙', '热': '熱', '爷': '爺', '状': '狀', '独': '獨', '环': '環', '现': '現', '电': '電', '画': '畫',
             '畅': '暢', '疗': '療', '监': '監', '盖': '蓋', '盘': '盤', '码': '碼', '础': '礎', '确': '確', '离': '離',
             '种': '種', '积': '積', '称': '稱', '稳': '穩', '穷': '窮', '竞': '競', '笔': '筆', '简': '簡', '类': '類',
             '紧': '緊', '纠': '糾', '红': '紅', '约': '約', '级': '級', '纪': '紀', '纳': '納', '纸': '紙', '线': '線',
             '练': '練', '组': '組', '细': '細', '织': '織', '终': '終', '经': '經', '结': '結', '给': '給', '统': '統',
             '继': '繼', '绩': '績', '续': '續', '维': '維', '综': '綜', '绿': '綠', '缺': '缺', '网': '網', '罚': '罰',
             '职': '職', '联': '聯', '肃': '肅', '胜': '勝', '脑': '腦', '节': '節', '药': '藥', '营': '營', '获': '獲',
             '虽': '雖', '补': '補', '装': '裝', '见': '見', '规': '規', '视': '視', '览': '覽', '觉': '覺', '订': '訂',
             '计': '計', '认': '認', '议': '議', '讯': '訊', '记': '記', '讲': '講', '许': '許', '设': '設', '访': '訪',
             '证': '證', '评': '評', '识': '識', '诉': '訴', '试': '試', '话': '話', '询': '詢', '该': '該', '详': '詳',
             '语': '語', '误': '誤', '说': '說', '请': '請', '调': '調', '谈': '談', '谋': '謀', '质': '質', '财': '財',
             '责': '責', '败': '敗', '货': '貨', '贯': '貫', '费': '費', '贴': '貼', '资': '資', '赛': '賽', '赶': '趕',
             '车': '車', '轨': '軌', '转': '轉', '轻': '輕', '输': '輸', '辖': '轄', '边': '邊', '达': '達', '过': '過',
             '运': '運', '还': '還', '进': '進', '远': '遠', '违': '違', '连': '連', '选': '選', '递': '遞', '邮': '郵',
             '针': '針', '钢': '鋼', '铁': '鐵', '银': '銀', '销': '銷', '锋': '鋒', '错': '錯', '长': '長', '门': '門',
             '问': '問', '间': '間', '闻': '聞', '队': '隊', '阶': '階', '际': '際', '陆': '陸', '陈': '陳', '险': '險',
             '随': '隨', '难': '難', '项': '項', '顺': '順', '须': '須', '领': '領', '频': '頻', '题': '題', '额': '額',
             '风': '風', '飞': '飛', '馆': '館', '驻': '駐', '验': '驗', '鱼': '魚', '鸟': '鳥', '鸣': '鳴', '鹤': '鶴',
             '鹭': '鷺', '龙': '龍', '凤': '鳳', '华': '華', '兴': '興', '东': '東', '丘': '丘', '滩': '灘', '岗': '崗',
             '湾': '灣', '泽': '澤', '赖': '賴', '邹': '鄒', '韦': '韋', '龚': '龔', '贺': '賀', '汤': '湯', '乔': '喬',
             '钱': '錢', '严': '嚴', '杨': '楊', '孙': '孫', '胡': '胡', '郑': '鄭', '罗': '羅', '萧': '蕭', '叶': '葉',
             '吕': '呂', '苏': '蘇', '卢': '盧', '蒋': '蔣', '刘': '劉', '陆': '陸', '沈': '沈', '谭': '譚', '邓': '鄧',
             '区': '區', '发': '發', '业': '業', '众': '眾', '万': '萬', '个': '個', '这': '這', '们': '們', '会': '會',
             '国': '國', '员': '員', '时': '時', '党': '黨', '级': '級', '护': '護', '养': '養', '机': '機', '镇': '鎮',
             '乡': '鄉', '医': '醫', '卫': '衛', '健': '健', '亩': '畝', '粮': '糧', '税': '稅', '残': '殘', '贫': '貧',
             '训': '訓', '阴': '陰', '阳': '陽', '雾': '霧', '静': '靜', '顾': '顧', '预': '預', '馈': '饋', '鲜': '鮮'})


def to_trad(s):
    return ''.join(TRAD.get(c, c) for c in s)


def is_cjk(c):
    return '\u4e00' <= c <= '\u9fff'


# ----------------------------------------------------------------------------- damage functions (real codecs)
_CP1252_UNDEF = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def dec_cp1252_web(b):
    """Windows-1252 as browsers decode it: undefined bytes become C1 controls."""
    return ''.join(chr(x) if x in _CP1252_UNDEF else bytes([x]).decode('cp1252') for x in b)


def u8_as(s, enc, errors='replace'):
    if enc == 'cp1252':
        return dec_cp1252_web(s.encode('utf-8'))
    return s.encode('utf-8').decode(enc, errors)


def gbk_as(s, enc, errors='replace'):
    if enc == 'cp1252':
        return dec_cp1252_web(s.encode('gbk', 'replace'))
    return s.encode('gbk', 'replace').decode(enc, errors)


def kunjinkao(s):
    """GBK bytes read as UTF-8 (U+FFFD), saved as UTF-8, read again as GBK -> 锟斤拷."""
    return s.encode('gbk').decode('utf-8', 'replace').encode('utf-8').decode('gbk', 'replace')


def lost_q(s, enc='gb2312'):
    return s.encode(enc, 'replace').decode(enc)


def big5_as(s, enc):
    return to_trad(s).encode('big5', 'replace').decode(enc, 'replace')


def gb_as_big5(s):
    return s.encode('gb2312', 'replace').decode('big5', 'replace')


def double_u8(s):
    return dec_cp1252_web(dec_cp1252_web(s.encode('utf-8')).encode('utf-8'))


def ebcdic_as_latin1(s, cp):
    return s.encode(cp).decode('latin-1')


def gbk_shift(s, r):
    """GBK byte stream decoded one byte out of step (a byte lost)."""
    b = s.encode('gbk')
    pos = [i for i in range(len(b) - 2) if b[i] >= 0x81]
    i = r.pick(pos[: max(1, len(pos) // 2)]) if pos else 0
    return (b[:i] + b[i + 1:]).decode('gbk', 'replace')


def u_escape(s, upper=False):
    out = ''.join('\\u%04x' % ord(c) if ord(c) > 127 else c for c in s)
    return out.upper().replace('\\U', '\\u') if upper else out


def ncr(s, hexa=False):
    return ''.join((('&#x%X;' % ord(c)) if hexa else ('&#%d;' % ord(c))) if ord(c) > 127 else c for c in s)


def pct(s, enc='utf-8'):
    return urllib.parse.quote(s, safe='', encoding=enc)


def qp(s):
    return quopri.encodestring(s.encode('utf-8')).decode('ascii').replace('=\n', '')


def mime_word(s, enc='utf-8'):
    return '=?%s?B?%s?=' % (enc.upper(), base64.b64encode(s.encode(enc)).decode('ascii'))


OCR_CONFUSE = {'鍙': '鍊', '戝': '戍', '睍': '晛', '鏀': '鎞', '宸': '宵', '骞': '賽', '锟': '锝', '斤': '厅', '拷': '栲',
               '浠': '淓', '鐨': '鑤', '涓': '渭', '銆': '鉊', '鍦': '鋤', '鎶': '鏽', '绛': '縫'}


def ocr_noise(s, r):
    out = []
    for c in s:
        if c in OCR_CONFUSE and r.chance(0.35):
            c = OCR_CONFUSE[c]
        out.append(c)
        if r.chance(0.12):
            out.append(' ')
    t = ''.join(out).replace('\ufffd', r.pick(['口', '□', '?']))
    return t


KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    _n = unicodedata.normalize('NFKC', chr(_cp))
    KANGXI.setdefault(_n, chr(_cp))
for _cp in range(0x2E80, 0x2EF4):
    try:
        _n = unicodedata.normalize('NFKC', chr(_cp))
    except ValueError:
        continue
    if _n != chr(_cp):
        KANGXI.setdefault(_n, chr(_cp))


def kangxi(s):
    return ''.join(KANGXI.get(c, c) for c in s)


# ----------------------------------------------------------------------------- placing damage

CJK_RUN = re.compile(r'[\u4e00-\u9fff]{2,}')


def pick_word(r, line, lo=2, hi=4):
    runs = [m for m in CJK_RUN.finditer(line)]
    if not runs:
        return None
    m = r.pick(runs)
    L = min(len(m.group()), r.randint(lo, hi))
    st = r.randint(m.start(), m.end() - L)
    return st, st + L


def pick_phrase(r, line, lo=5, hi=18):
    if len(line) <= lo:
        return 0, len(line)
    L = min(len(line), r.randint(lo, hi))
    for _ in range(20):
        st = r.randint(0, len(line) - L)
        if any(is_cjk(c) for c in line[st:st + L]):
            return st, st + L
    return 0, len(line)


def put_lines(d, lines, start=0):
    for i, ln in enumerate(lines):
        d.t(ln)
        if start + i != start + len(lines) - 1:
            d.nl()


def damaged_doc(r, d, lines, fn, where, skip_title=True):
    """Write lines into d with damage fn applied at a location; returns description."""
    n = len(lines)
    body = list(range(1, n)) if (skip_title and n > 1) else list(range(n))
    regions = {}                 # line index -> list of (st, en)
    if where in ('word', 'phrase', 'multi'):
        k = r.randint(2, 3) if where == 'multi' else 1
        for li in r.k_of(body, k):
            rg = pick_word(r, lines[li]) if where != 'phrase' else pick_phrase(r, lines[li])
            if rg is None:
                rg = pick_phrase(r, lines[li])
            regions[li] = [rg]
    elif where == 'line':
        li = r.pick(body)
        regions[li] = [(0, len(lines[li]))]
    elif where == 'title':
        regions[0] = [(0, len(lines[0]))]
    elif where == 'last':
        regions[n - 1] = [(0, len(lines[n - 1]))]
    elif where == 'para':
        first = body[0]
        bad = fn('\n'.join(lines[first:]))
        put_lines(d, lines[:first])
        if first:
            d.nl()
        d.m(bad, '\n'.join(lines[first:]))
        return
    elif where == 'tail':            # second half of the file decoded wrongly
        first = max(1, n // 2)
        put_lines(d, lines[:first])
        d.nl()
        d.m(fn('\n'.join(lines[first:])), '\n'.join(lines[first:]))
        return
    for i, ln in enumerate(lines):
        pos = 0
        for st, en in sorted(regions.get(i, [])):
            d.t(ln[pos:st])
            seg = ln[st:en]
            bad = fn(seg)
            if bad == seg:
                raise ValueError('no damage')
            d.m(bad, seg)
            pos = en
        d.t(ln[pos:])
        if i != n - 1:
            d.nl()


def report_doc_lines(r, nsent=(3, 6), half=None):
    tpls = report_tpls(r, r.randint(*nsent))
    lines = [fill_str(r, t) for t in tpls]
    if half is None:
        half = r.chance(0.3)
    if half:
        lines = [halfwidth_punct(x) for x in lines]
    return lines[:10]


def notice_lines(r):
    ls = ['关于%s的通知' % r.pick(['开展%d年度安全生产大检查' % r.randint(2020, 2024), '做好汛期防汛防台工作', '组织开展全民健身月活动',
                                   '调整城乡居民医保缴费标准', '开展消防安全专项整治']),
          '各%s：' % r.pick(['街道（镇）', '有关单位', '科室', '村（社区）'])]
    ls.append(r.pick(['为切实做好相关工作，经研究，现将有关事项通知如下。', '根据上级部署，结合我区实际，现就有关事项通知如下。']))
    ls.append('一、时间安排：%d年%s至%s。' % ((r.randint(2019, 2024),) + md_range(r, (10, 90))))
    ls.append('二、工作要求：' + r.pick(['各单位要高度重视，明确专人负责，确保按时完成。', '请严格落实责任，发现问题立即整改。']))
    ls.append('请于%s前将总结材料报送至区%s，联系人：%s，电话：%s。' % (md(r), dept(r), person(r), landline(r)))
    ls.append('%s%s' % (place2(r) + r.pick(['区', '县', '市']), dept(r)))
    ls.append(cn_date(r))
    return ls


def minutes_lines(r):
    return ['%s会议纪要' % (place2(r) + r.pick(['街道党工委', '镇安委会', '社区两委'])),
            '时间：%s %s' % (cn_date(r), r.pick(['上午9:00', '下午2:30'])),
            '地点：%s楼会议室' % CN_NUM[r.randint(2, 6)],
            '主持：%s　记录：%s' % (person(r), person(r)),
            '出席：%s' % '、'.join(person(r) for _ in range(r.randint(3, 6))),
            '会议议定：一、原则同意%s，由%s牵头落实。' % (r.pick(['年度民生实事项目', '老旧小区改造方案', '防汛物资采购计划']), person(r)),
            '二、' + r.pick(REPORT_PROSE)]


def email_lines(r):
    return ['发件人：%s <%s@%s>' % (person(r), r.pick(['bgs', 'office', 'info', 'zhb']), r.pick(['qc.gov.cn', 'example.cn', '163.com'])),
            '主题：%s' % r.pick(['关于报送季度统计数据的提醒', '会议材料请查收', '年度考核表填报说明']),
            '%s：' % r.pick(['各位同事', '%s主任' % r.pick(SURNAMES), '各单位联络员']),
            r.pick(['附件是本次会议的材料，请于周五前反馈修改意见。', '请按附件模板填写后回复本邮件，谢谢。', '数据截止时间为本月25日。']),
            r.pick(['如有疑问请随时联系。', '辛苦大家！']),
            '%s\n%s' % (person(r), place2(r) + r.pick(['区统计局', '街道办公室', '市政务服务中心']))]


def museum_lines(r):
    obj = r.pick(['青铜簋', '青釉莲瓣纹罐', '鎏金铜造像', '黑陶高柄杯', '白釉剔花梅瓶', '铜鎏金熏炉'])
    return [obj, r.pick(['西周晚期', '北魏', '新石器时代', '宋代', '明宣德', '汉代']),
            '高%s厘米，口径%s厘米' % (dec(r, 8, 60, 1), dec(r, 5, 30, 1)),
            '%d年%s%s出土' % (r.randint(1953, 2018), place2(r), r.pick(['墓地', '遗址', '窖藏'])),
            r.pick(['器身饰重环纹，圈足外撇，为研究当时礼制的重要实物。', '造型规整，胎质细腻，反映了当时的烧造水平。',
                    '器表满饰纹样，工艺精湛，保存基本完整。']),
            '%s博物馆藏' % place2(r)]


def medical_lines(r):
    return ['产品名称：' + r.pick(['一次性使用无菌注射器', '医用外科口罩', '电子血压计', '一次性使用采血针', '医用退热贴']),
            '型号规格：' + r.pick(['5mL', '1mL', 'BP-%d' % r.randint(100, 900), '17.5cm×9.5cm']),
            '注册证编号：%s械注准%d%d%05d' % (r.pick(['国', '湘', '粤', '浙']), r.randint(2018, 2024), r.randint(1, 3), r.randint(0, 99999)),
            '生产日期：%s　有效期至：%s' % (ymd(r, 2022, 2023), ymd(r, 2025, 2027)),
            '储存条件：' + r.pick(['避光、干燥、通风处保存', '温度2℃～30℃', '相对湿度不超过80%']),
            '注意事项：' + r.pick(['包装破损禁止使用。', '一次性使用，用后销毁。', '使用前请仔细阅读说明书。']),
            '生产企业：' + org(r, r.pick(['医疗器械', '生物医药', '医用材料']))]


def timetable_lines(r):
    days = ['星期一', '星期二', '星期三', '星期四', '星期五']
    subj = ['语文', '数学', '英语', '科学', '音乐', '美术', '体育', '道德与法治', '信息技术', '劳动']
    ls = ['%s小学%s班课程表' % (place2(r), r.pick(['三（2）', '四（1）', '五（3）', '六（2）'])), '节次\t' + '\t'.join(days)]
    for i in range(r.randint(3, 5)):
        ls.append('第%s节\t' % CN_NUM[i + 1] + '\t'.join(r.pick(subj) for _ in range(5)))
    ls.append('班主任：%s　联系电话：%s' % (person(r), landline(r)))
    return ls


def exam_lines(r):
    return [r.pick(['七年级数学期中考试参考答案', '八年级物理单元测试答案', '高一化学月考评分标准']),
            '一、选择题：' + ' '.join('%d.%s' % (i + 1, r.pick('ABCD')) for i in range(r.randint(5, 8))),
            '二、填空题：%d. %s　%d. %s' % (r.randint(9, 12), r.pick(['光合作用', '电流', '质量守恒', '三角形内角和为180°']), r.randint(13, 15), r.pick(['蒸发', '浮力', '6']) ),
            '三、解答题：列式正确得%d分，计算正确得%d分，单位漏写扣1分。' % (r.randint(2, 4), r.randint(1, 3)),
            '阅卷组长：%s' % person(r)]


def archive_lines(r):
    ls = ['%s县档案馆馆藏目录（%s）' % (place2(r), r.pick(['文书档案', '照片档案']))]
    for i in range(r.randint(2, 5)):
        ls.append('档号：J%03d-%d-%03d　题名：关于%s的%s　责任者：%s县%s' % (
            r.randint(1, 200), r.randint(1955, 2005), r.randint(1, 300),
            r.pick(['兴修水利', '开办夜校', '建设供销社', '表彰先进集体', '调整行政区划']), r.pick(['请示', '报告', '批复']),
            place2(r), r.pick(['人民委员会', '人民政府', '农业局'])))
    return ls


def lyric_lines(r, lrc=True):
    ls = ['%s - %s' % (r.pick(['晚风', '旧站台', '江南雨', '灯火', '远行']), person(r))]
    t = r.randint(5, 30)
    for ln in r.k_of(LYRIC_LINES, r.randint(3, 7)):
        ls.append(('[%02d:%02d.%02d]' % (t // 60, t % 60, r.randint(0, 99)) if lrc else '') + ln)
        t += r.randint(4, 9)
    return ls


def srt_lines(r):
    ls = []
    t = r.randint(1, 40)
    for i in range(r.randint(2, 3)):
        ls += ['%d' % (i + 1), '00:%02d:%02d,%03d --> 00:%02d:%02d,%03d' % (t // 60, t % 60, r.randint(0, 999), (t + 3) // 60, (t + 3) % 60, r.randint(0, 999)),
               r.pick(['今天的会议就到这里。', '我们先去现场看看情况。', '这件事你怎么看？', '明天早上八点集合。', '雨下得越来越大了。'])]
        t += 5
    return ls


def table_lines(r, sep=None):
    sep = sep or r.pick([' ', '\t', ' | ', ','])
    y = r.randint(2019, 2023)
    ls = ['%s%s主要指标' % (place2(r), r.pick(['区', '县'])), sep.join(['指标', str(y), str(y + 1), '增长（%）'])]
    for ind in r.k_of(['地区生产总值（亿元）', '一般公共预算收入（亿元）', '社会消费品零售总额（亿元）', '城镇居民人均可支配收入（元）',
                       '农村居民人均可支配收入（元）', '常住人口（万人）', '规上工业企业（家）'], r.randint(3, 6)):
        ls.append(sep.join([ind, dec(r, 1, 999, 1), dec(r, 1, 999, 1), dec(r, -5, 15, 1)]))
    return ls


GENRES = {'report': report_doc_lines, 'notice': notice_lines, 'minutes': minutes_lines, 'email': email_lines,
          'museum': museum_lines, 'medical': medical_lines, 'timetable': timetable_lines, 'exam': exam_lines,
          'archive': archive_lines, 'lyrics': lyric_lines, 'table': table_lines}


def genre_lines(r, names=None):
    g = r.pick(names or ['report', 'report', 'notice', 'minutes', 'email', 'table'])
    return g, GENRES[g](r)


# ----------------------------------------------------------------------------- mj positives

def codec_style(name, note, fn, wheres, genres=None, allow=()):
    @style(name, 'mj', 'mojibake', note, allow=allow)
    def _(r, d):
        g, lines = genre_lines(r, genres)
        w = r.pick(wheres)
        damaged_doc(r, d, lines, lambda s: fn(s, r), w)
        return 'damage at %s level of a %s' % (w, g)
    return _


codec_style('utf8_as_gbk_word', 'UTF-8 bytes of one word decoded as GBK (鍙戝睍 for 发展)',
            lambda s, r: u8_as(s, 'gbk'), ['word', 'word', 'multi'], ['report', 'notice', 'minutes', 'report'])
codec_style('utf8_as_gbk_line', 'one whole line UTF-8 decoded as GBK', lambda s, r: u8_as(s, 'gbk', r.pick(['replace', 'ignore'])),
            ['line'], ['report', 'notice', 'minutes', 'email', 'table'])
codec_style('utf8_as_gbk_whole_body', 'everything after the title UTF-8 decoded as GBK',
            lambda s, r: u8_as(s, 'gbk'), ['para'], ['report', 'notice', 'email', 'minutes'])
codec_style('utf8_as_gbk_title', 'only the title line UTF-8 decoded as GBK',
            lambda s, r: u8_as(s, 'gbk'), ['title'], ['report', 'notice', 'minutes', 'museum', 'exam', 'archive'])
codec_style('utf8_as_gbk_signature', 'only the signature / date line damaged (UTF-8 as GBK)',
            lambda s, r: u8_as(s, 'gbk'), ['last'], ['notice', 'email', 'minutes'])
codec_style('kunjinkao_runs', '锟斤拷 runs: GBK read as UTF-8, saved, read again as GBK',
            lambda s, r: kunjinkao(s), ['phrase', 'line', 'word'], ['report', 'notice', 'table', 'minutes'])
codec_style('utf8_as_cp1252', 'UTF-8 decoded as Windows-1252 (å‘å±• style)',
            lambda s, r: u8_as(s, 'cp1252'), ['word', 'phrase', 'line'], ['report', 'notice', 'email', 'museum'])
codec_style('utf8_as_latin1_c1', 'UTF-8 decoded as Latin-1: visible letters plus invisible C1 controls',
            lambda s, r: u8_as(s, 'latin-1'), ['word', 'phrase'], ['report', 'minutes', 'table'])
codec_style('question_marks_ascii_line', 'a line pushed through an ASCII-only channel: every Chinese character became ?',
            lambda s, r: lost_q(s, 'ascii'), ['line', 'phrase', 'title'], ['report', 'notice', 'table', 'timetable'])
codec_style('gbk_as_utf8', 'GBK bytes decoded as UTF-8: runs of U+FFFD',
            lambda s, r: gbk_as(s, 'utf-8'), ['word', 'phrase', 'line'], ['report', 'notice', 'email', 'timetable'])
codec_style('gbk_as_latin1', 'GBK bytes decoded as Latin-1 (·¢Õ¹ for 发展)',
            lambda s, r: gbk_as(s, r.pick(['latin-1', 'cp1252'])), ['word', 'phrase', 'line', 'para'], ['email', 'report', 'notice'])
codec_style('gb2312_as_big5', 'GB2312 bytes decoded as Big5: plausible-looking traditional characters',
            lambda s, r: gb_as_big5(s), ['phrase', 'line', 'title'], ['report', 'notice', 'archive'])
codec_style('gbk_as_shift_jis', 'GBK bytes decoded as Shift_JIS: half-width katakana and kanji',
            lambda s, r: gbk_as(s, 'shift_jis'), ['word', 'phrase', 'line'], ['report', 'notice', 'table'])
codec_style('utf8_as_shift_jis', 'UTF-8 decoded as Shift_JIS (縺ｮ style)',
            lambda s, r: u8_as(s, r.pick(['shift_jis', 'cp932'])), ['word', 'phrase', 'line'], ['report', 'email', 'minutes'])
codec_style('utf8_as_koi8r', 'UTF-8 decoded as KOI8-R: Cyrillic and box-drawing debris',
            lambda s, r: u8_as(s, 'koi8_r'), ['word', 'phrase', 'line'], ['report', 'notice', 'table'])
codec_style('gbk_as_cp949', 'GBK bytes decoded as EUC-KR / cp949: Hangul and hanja debris',
            lambda s, r: gbk_as(s, 'cp949'), ['word', 'phrase', 'line'], ['report', 'notice', 'minutes'])
codec_style('utf8_as_iso8859_5_or_cp866', 'UTF-8 decoded as ISO-8859-5 or cp866',
            lambda s, r: u8_as(s, r.pick(['iso8859_5', 'cp866'])), ['word', 'phrase', 'line'], ['report', 'email', 'table'])
codec_style('utf8_as_dos_mac', 'UTF-8 decoded as DOS cp437 or Mac Roman',
            lambda s, r: u8_as(s, r.pick(['cp437', 'mac_roman'])), ['word', 'phrase', 'line'], ['report', 'notice', 'museum'])
codec_style('double_utf8', 'text UTF-8 encoded twice (Ã¥Â style)',
            lambda s, r: double_u8(s), ['word', 'phrase'], ['report', 'email', 'notice'])
codec_style('gbk_shift_one_byte', 'GBK stream decoded one byte out of step after a lost byte',
            lambda s, r: gbk_shift(s, r), ['phrase', 'line'], ['report', 'notice', 'minutes'])
codec_style('ocr_of_mojibake', 'mojibake printed on paper and OCRed back: garbled characters with OCR noise',
            lambda s, r: ocr_noise(u8_as(s, 'gbk'), r), ['phrase', 'line', 'para'], ['report', 'notice', 'minutes'])
codec_style('half_right_half_wrong', 'first half of the file right, second half decoded with the wrong codec',
            lambda s, r: r.pick([lambda x: u8_as(x, 'gbk'), lambda x: gbk_as(x, 'utf-8'), lambda x: u8_as(x, 'cp1252')])(s),
            ['tail'], ['report', 'notice', 'minutes', 'table'])
codec_style('timetable_damage', 'school timetable with a row or cell damaged (GBK as cp949 / UTF-8 as GBK)',
            lambda s, r: r.pick([lambda x: gbk_as(x, 'cp949'), lambda x: u8_as(x, 'gbk')])(s), ['word', 'line'], ['timetable'])
codec_style('museum_label_damage', 'museum label with one field decoded wrongly',
            lambda s, r: r.pick([lambda x: u8_as(x, 'gbk'), lambda x: u8_as(x, 'cp1252'), lambda x: big5_as(x, 'gbk')])(s),
            ['word', 'line', 'title'], ['museum'])
codec_style('archive_catalogue_damage', 'archive catalogue entry damaged (GB2312 as Big5 / UTF-8 as Latin-1)',
            lambda s, r: r.pick([gb_as_big5, lambda x: u8_as(x, 'latin-1')])(s), ['word', 'phrase', 'line'], ['archive'])
codec_style('pdf_kangxi_radicals', 'PDF extraction gave Kangxi radical code points (⼯ U+2F2F for 工) (doubtful, compatibility characters)',
            lambda s, r: kangxi(s), ['line', 'para', 'phrase'], ['report', 'notice', 'exam'])


@style('question_marks_gb2312', 'mj', 'mojibake', 'characters outside GB2312 (喆, 堃, 珺, µ, ®) lost as ? after a GB2312 channel')
def _(r, d):
    rare = ['王喆', '李堃', '陈珺', '赵玥', '周旻', '钱镕基', '孙昇', '吴垚', '郑犇', '冯珏', '朱祎', '何冇']
    g, lines = genre_lines(r, ['minutes', 'notice', 'report'])
    names = r.k_of(rare, r.randint(1, 3))
    li = r.randrange(1, len(lines))
    lines[li] = lines[li].rstrip('。') + '，联系人：' + '、'.join(names) + '。'
    if r.chance(0.4):
        lines.append('版权所有® %s 面积约%d m²' % (place2(r) + '区政府', r.randint(200, 900)))
    for i, ln in enumerate(lines):
        for c in ln:
            try:
                c.encode('gb2312')
                d.t(c)
            except UnicodeEncodeError:
                d.m('?', c)
        if i != len(lines) - 1:
            d.nl()
    if 'm' not in d.kinds():
        raise ValueError
    return 'non-GB2312 characters replaced by ?'


@style('replacement_char_lost', 'mj', 'mojibake', 'characters lost as U+FFFD after bytes dropped from a UTF-8 stream')
def _(r, d):
    g, lines = genre_lines(r, ['report', 'report', 'notice', 'minutes'])
    k = r.randint(1, 4)
    rows = {}
    for li in r.k_of(range(1, len(lines)), k):
        rows[li] = pick_word(r, lines[li], 1, 3)
    for i, ln in enumerate(lines):
        rg = rows.get(i)
        if rg:
            st, en = rg
            b = ln[st:en].encode('utf-8')
            cut = r.randint(1, len(b) - 1)
            bad = (b[:cut] + b[cut + 1:]).decode('utf-8', 'replace')
            d.t(ln[:st]).m(bad, ln[st:en]).t(ln[en:])
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('truncated_field_end', 'mj', 'mojibake', 'lines cut at a byte limit in the middle of a UTF-8 character, ending in U+FFFD')
def _(r, d):
    lines = report_doc_lines(r, (4, 7))
    cut_any = False
    for i, ln in enumerate(lines):
        b = ln.encode('utf-8')
        if i > 0 and len(b) > 60 and r.chance(0.7):
            lim = r.randint(40, min(len(b) - 2, 300))
            while b[lim:lim + 1] and (b[lim] & 0xC0) != 0x80:
                lim -= 1
            if lim <= 0:
                d.t(ln)
            else:
                bad = b[:lim].decode('utf-8', 'replace')
                keep = b[:lim].decode('utf-8', 'ignore')
                d.t(keep).m(bad[len(keep):], ln[len(keep):])
                cut_any = True
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()
    if not cut_any:
        raise ValueError


@style('big5_read_as_gb', 'mj', 'mojibake', 'Big5 (Taiwan / Hong Kong) text decoded as GBK or GB2312')
def _(r, d):
    lines = [to_trad(x) for x in notice_lines(r)] if r.chance(0.5) else [to_trad(x) for x in report_doc_lines(r, (2, 4))]
    enc = r.pick(['gbk', 'gb2312'])
    damaged_doc(r, d, lines, lambda s: s.encode('big5', 'replace').decode(enc, 'replace'), r.pick(['phrase', 'line', 'para', 'title']))
    return 'Big5 read as %s' % enc


@style('ebcdic_read_as_latin1', 'mj', 'mojibake', 'EBCDIC (cp037 / cp500) bytes of an ASCII field read as Latin-1')
def _(r, d):
    cp = r.pick(['cp037', 'cp500'])
    d.t(r.pick(['银行对账单（系统导出）', '核心系统批量代发回执', '主机系统交易明细导出'])).nl()
    for i in range(r.randint(2, 4)):
        acct = 'ACCT-%d%05d' % (r.randint(10, 99), r.randint(0, 99999))
        memo = r.pick(['SALARY PAYMENT', 'TRANSFER OUT', 'SUBSIDY 2023', 'WATER FEE', 'REFUND'])
        d.t('%s　%s　' % (ymd(r, 2023, 2024), person(r)))
        fld = r.pick([acct, memo, acct + ' ' + memo])
        if i == 0 or r.chance(0.5):
            d.m(ebcdic_as_latin1(fld, cp), fld)
        else:
            d.t(fld)
        d.t('　金额：%s元' % dec(r, 10, 90000)).nl()
    d.t('打印柜员：%s' % person(r))
    return cp + ' read as latin-1'


@style('utf8_bom_cp1252', 'mj', 'mojibake', 'UTF-8 byte-order mark read as Windows-1252: ï»¿ at the start')
def _(r, d):
    d.m('\ufeff'.encode('utf-8').decode('cp1252'), '\ufeff')
    g, lines = genre_lines(r, ['report', 'notice', 'table', 'table'])
    put_lines(d, lines)
    if r.chance(0.3):
        d.nl().m('\ufeff'.encode('utf-8').decode('cp1252'), '\ufeff').t(r.pick(REPORT_PROSE))


@style('tangtang_uninit', 'mj', 'mojibake', 'uninitialised buffer bytes 0xCC/0xCD shown as 烫烫烫 / 屯屯屯 in a generated field')
def _(r, d):
    d.t(r.pick(['系统导出登记表', '报表系统打印件', '设备巡检记录导出'])).nl()
    fields = [('姓名', person(r)), ('单位', org(r)), ('地址', place2(r) + '路%d号' % r.randint(1, 300)),
              ('巡检结果', r.pick(['正常', '需维修'])), ('备注', r.pick(['无', '已复核']))]
    hit = set(r.k_of(range(len(fields)), r.randint(1, 2)))
    for i, (f, v) in enumerate(fields):
        d.t(f + '：')
        if i in hit:
            byte = r.pick([0xCC, 0xCD])
            n = r.randint(2, 8)
            d.m(bytes([byte] * (2 * n)).decode('gbk'), v)
        else:
            d.t(v)
        d.nl()
    d.t('打印时间：%s' % ymd(r, 2022, 2024))


def pinyin_annotate(r, d, line, rate, ann=True):
    for c in line:
        t = TRAD.get(c, c)
        if ann and t != c and c in PINYIN and r.chance(rate):
            d.m('%s(%s)' % (t, PINYIN[c]), c)
        else:
            d.t(t)


@style('pinyin_annotation_trad', 'mj', 'mojibake', 'scraper converted to traditional characters and appended pinyin: 發(fā)展')
def _(r, d):
    lines = report_doc_lines(r, (2, 5))
    rate = r.pick([0.15, 0.3, 0.6])
    for i, ln in enumerate(lines):
        pinyin_annotate(r, d, ln, rate if r.chance(0.9) else 0)
        if i != len(lines) - 1:
            d.nl()
    if 'm' not in d.kinds():
        raise ValueError
    return 'pinyin annotation rate %.2f' % rate


@style('pinyin_plus_lost_q', 'mj', 'mojibake', 'pinyin annotation plus ? for lost characters and a half-eaten </strong> tag')
def _(r, d):
    lines = report_doc_lines(r, (2, 4))
    for i, ln in enumerate(lines):
        qpos = set()
        if i > 0:
            for _ in range(r.randint(0, 2)):
                qpos.add(r.randrange(len(ln)))
        for j, c in enumerate(ln):
            t = TRAD.get(c, c)
            if j in qpos and is_cjk(c):
                d.m('?', c)
            elif t != c and c in PINYIN and r.chance(0.3):
                d.m('%s(%s)' % (t, PINYIN[c]), c)
            else:
                d.t(t)
            if j == 8 and i == 1 and r.chance(0.5):
                d.m('?/strong>', '')
        if i != len(lines) - 1:
            d.nl()


ENTITY_MAP = {' ': '&nbsp;', '“': '&ldquo;', '”': '&rdquo;', '—': '&mdash;', '…': '&hellip;', '·': '&middot;',
              '&': '&amp;', '<': '&lt;', '>': '&gt;', '‘': '&lsquo;', '’': '&rsquo;', '"': '&quot;', "'": '&#39;'}


@style('html_entities_left', 'mj', 'mojibake', 'HTML entities left undecoded: &nbsp; &ldquo; &mdash; &#39;')
def _(r, d):
    lines = report_doc_lines(r, (2, 5), half=False)
    extra = r.pick(['“%s”' % r.pick(['放管服', '最多跑一次', '一网通办']), '——%s' % place2(r), '“%s”…' % r.pick(['十大行动', '三项攻坚'])])
    lines[-1] = lines[-1] + extra
    if r.chance(0.5):
        lines.insert(1, '发布时间：%s  来源：%s' % (ymd(r), r.pick(['办公室', '本站'])))
    n = 0
    for i, ln in enumerate(lines):
        for c in ln:
            if c in ENTITY_MAP and (r.chance(0.85) or n == 0):
                d.m(ENTITY_MAP[c], c)
                n += 1
            else:
                d.t(c)
        if i != len(lines) - 1:
            d.nl()
    if not n:
        raise ValueError


@style('html_double_escaped', 'mj', 'mojibake', 'HTML escaped twice: &amp;nbsp; &amp;lt;br&amp;gt;')
def _(r, d):
    lines = report_doc_lines(r, (2, 5), half=False)
    k = 0
    for i, ln in enumerate(lines):
        if i > 0 and (r.chance(0.5) or (k == 0 and i == len(lines) - 1)):
            st = pick_word(r, ln)[0] if pick_word(r, ln) else 0
            tok = r.pick(['&amp;nbsp;', '&amp;lt;br&amp;gt;', '&amp;lt;p&amp;gt;', '&amp;quot;', '&amp;amp;nbsp;', '&amp;lt;/span&amp;gt;'])
            d.t(ln[:st]).m(tok, '').t(ln[st:])
            k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('html_tags_inline', 'mj', 'mojibake', 'HTML tags left in scraped text: <span style=…>, <strong>, <br/>, <p>')
def _(r, d):
    lines = report_doc_lines(r, (2, 5), half=False)
    k = 0
    for i, ln in enumerate(lines):
        if i > 0 and (r.chance(0.5) or (k == 0 and i == len(lines) - 1)):
            rg = pick_phrase(r, ln, 4, 12)
            open_t = r.pick(['<span style="font-family: 仿宋_GB2312; font-size: 16pt;">', '<strong>', '<p class="MsoNormal">',
                             '<font face="宋体">', '<span style="color:#333333">', '<b>'])
            ct = '</span>' if open_t.startswith('<span') else '</strong>' if open_t.startswith('<strong') else '</p>' if open_t.startswith('<p') else '</font>' if open_t.startswith('<font') else '</b>'
            d.t(ln[:rg[0]]).m(open_t, '').t(ln[rg[0]:rg[1]]).m(ct, '').t(ln[rg[1]:])
            k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.m(r.pick(['<br/>', '<br>', '<br />']), '') if r.chance(0.3) else None
            d.nl()


@style('html_broken_tag', 'mj', 'mojibake', 'half-eaten HTML tags: ?/strong>, /span>, p>')
def _(r, d):
    lines = report_doc_lines(r, (2, 5), half=r.chance(0.5))
    k = 0
    for i, ln in enumerate(lines):
        if i > 0 and (r.chance(0.5) or (k == 0 and i == len(lines) - 1)):
            rg = pick_word(r, ln) or (len(ln) // 2, len(ln) // 2 + 1)
            frag = r.pick(['?/strong>', '/span>', 'p>', '</', 'an>', '?/p>', 'nbsp;'])
            d.t(ln[:rg[1]]).m(frag, '').t(ln[rg[1]:])
            k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('word_html_mso', 'mj', 'mojibake', 'Word-generated HTML remnants: <!--[if gte mso 9]>, mso-… style text')
def _(r, d):
    lines = report_doc_lines(r, (2, 4), half=False)
    junk = r.pick(['<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->',
                   'p.MsoNormal{mso-style-parent:"";margin:0cm;font-size:10.5pt;font-family:"Times New Roman";}',
                   '<o:p></o:p>', 'mso-spacerun:yes', '<span lang="EN-US" style="mso-bidi-font-family:宋体">'])
    pos = r.randrange(len(lines))
    for i, ln in enumerate(lines):
        if i == pos:
            if junk.startswith('<!--') or junk.startswith('p.Mso'):
                d.m(junk, '').nl()
                d.t(ln)
            else:
                cut = len(ln) // 2
                d.t(ln[:cut]).m(junk, '').t(ln[cut:])
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('unicode_escape_debris', 'mj', 'mojibake', 'JSON \\uXXXX escapes left in text (\\u53d1\\u5c55)')
def _(r, d):
    g, lines = genre_lines(r, ['report', 'notice', 'email'])
    dbl = r.chance(0.3)
    up = r.chance(0.3)
    fn = lambda s: u_escape(s, up).replace('\\u', '\\\\u') if dbl else u_escape(s, up)
    damaged_doc(r, d, lines, fn, r.pick(['word', 'phrase', 'line', 'multi']))
    return 'double backslash' if dbl else 'single backslash'


@style('numeric_char_refs', 'mj', 'mojibake', 'HTML numeric character references left: &#21457; / &#x53D1;')
def _(r, d):
    g, lines = genre_lines(r, ['report', 'notice', 'minutes'])
    hx = r.chance(0.4)
    damaged_doc(r, d, lines, lambda s: ncr(s, hx), r.pick(['word', 'phrase', 'multi', 'title']))


@style('url_percent_in_prose', 'mj', 'mojibake', 'percent-encoded bytes in body text (%E5%8F%91 / GBK %B7%A2)')
def _(r, d):
    g, lines = genre_lines(r, ['report', 'notice'])
    enc = r.pick(['utf-8', 'utf-8', 'gbk'])
    damaged_doc(r, d, lines, lambda s: pct(s, enc), r.pick(['word', 'phrase', 'title']))
    return 'percent-encoded ' + enc


@style('python_bytes_repr', 'mj', 'mojibake', "Python bytes repr printed instead of text: b'\\xe5\\x8f\\x91'")
def _(r, d):
    d.t(r.pick(['【自动化报表】', '[采集日志]', '数据同步结果：'])).nl()
    lines = report_doc_lines(r, (2, 3), half=False)[1:]
    k = 0
    for i, ln in enumerate(lines):
        if r.chance(0.5) or (k == 0 and i == len(lines) - 1):
            rg = pick_word(r, ln, 2, 6) or (0, len(ln))
            seg = ln[rg[0]:rg[1]]
            d.t(ln[:rg[0]]).m(repr(seg.encode(r.pick(['utf-8', 'gbk']))), seg).t(ln[rg[1]:])
            k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('mail_transfer_encoding', 'mj', 'mojibake', 'mail transfer encodings left: =E5=8F=91 quoted-printable, =?UTF-8?B?…?= headers')
def _(r, d):
    lines = email_lines(r)
    subj = lines[1][3:]
    form = r.randrange(3)
    d.t(lines[0]).nl()
    if form in (0, 2):
        enc = r.pick(['utf-8', 'gb2312', 'gbk'])
        d.t('主题：').m(mime_word(subj, enc), subj).nl()
    else:
        d.t(lines[1]).nl()
    for i, ln in enumerate(lines[2:]):
        if form in (1, 2) and (i == 1 or r.chance(0.3)):
            d.m(qp(ln), ln)
        else:
            d.t(ln)
        if i != len(lines) - 3:
            d.nl()


@style('json_literal_newlines', 'mj', 'mojibake', 'escape debris from JSON / RPA logs: literal \\n, \\t, \\r\\n between paragraphs')
def _(r, d):
    lines = report_doc_lines(r, (2, 5), half=False)
    d.t(lines[0])
    for ln in lines[1:]:
        lit = r.pick(['\\n', '\\n', '\\r\\n', '\\n\\n', '\\t'])
        d.m(lit, {'\\n': '\n', '\\r\\n': '\n', '\\n\\n': '\n\n', '\\t': '\t'}[lit]).t(ln)


@style('wiki_markup_left', 'mj', 'mojibake', "wiki markup left in text: {{cite web|…}}, '''粗体''', [[链接|文字]], <ref>")
def _(r, d):
    name = place2(r) + r.pick(['镇', '乡', '街道'])
    county = place2(r) + r.pick(['县', '区', '市'])
    d.t(name).nl()
    d.m("'''%s'''" % name, name).t('是%s下辖的%s，' % (county, '街道' if name.endswith('街道') else name[-1]))
    d.t('位于').m('[[%s|%s]]' % (county, county), county).t('%s部，面积%s平方公里。' % (r.pick(['东', '西', '南', '北']), dec(r, 20, 300, 1)))
    d.m('<ref>{{cite web|url=http://www.example.gov.cn/%d.html|title=%s概况|accessdate=%s}}</ref>' % (r.randint(1000, 9999), name, ymd(r)), '')
    d.nl().m('== 历史 ==', '历史').nl()
    d.t('%d年设%s，%d年撤乡建镇。' % (r.randint(1950, 1962), r.pick(['人民公社', '乡']), r.randint(1984, 2005)))
    if r.chance(0.5):
        d.m('{{%s行政区划}}' % county, '')


@style('latex_left_in_text', 'mj', 'mojibake', 'LaTeX commands left in scraped text: \\textbf{…}, \\%, ~\\cite{}')
def _(r, d):
    lines = report_doc_lines(r, (2, 4), half=False)
    k = 0
    for i, ln in enumerate(lines):
        if i > 0:
            out = []
            for seg in re.split(r'(\d+(?:\.\d+)?%)', ln):
                if re.fullmatch(r'\d+(?:\.\d+)?%', seg) and r.chance(0.8):
                    d.t(seg[:-1]).m('\\%', '%')
                    k += 1
                else:
                    if k == 0 and len(seg) > 8 and r.chance(0.5):
                        rg = pick_word(r, seg) or (0, 2)
                        d.t(seg[:rg[0]]).m('\\textbf{', '').t(seg[rg[0]:rg[1]]).m('}', '').t(seg[rg[1]:])
                        k += 1
                    else:
                        d.t(seg)
            if r.chance(0.3):
                d.m('~\\cite{%s%d}' % (r.pick(['wang', 'li', 'zhang']), r.randint(2015, 2023)), '')
                k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()
    if not k:
        raise ValueError


@style('pdf_unmapped_glyphs', 'mj', 'mojibake', 'PDF text extraction of fonts without a ToUnicode map: (cid:1234) or private-use glyphs')
def _(r, d):
    g, lines = genre_lines(r, ['report', 'notice', 'exam'])
    form = r.chance(0.5)

    def fn(s):
        if form:
            return ''.join('(cid:%d)' % (r.randint(100, 9000)) if is_cjk(c) else c for c in s)
        return ''.join(chr(0xE000 + (ord(c) * 7) % 6000) if is_cjk(c) else c for c in s)
    damaged_doc(r, d, lines, fn, r.pick(['word', 'phrase', 'line']))
    return 'cid' if form else 'private use area'


@style('emoji_damage', 'mj', 'mojibake', 'social post whose emoji were damaged: ðŸ˜€ (UTF-8 as cp1252) or \\ud83d\\ude00 escapes')
def _(r, d):
    emos = ['😀', '👍', '🎉', '❤️', '🌸', '🙏', '🔥', '😊']
    d.t(r.pick(['【%s社区】' % place2(r), '%s发布：' % (place2(r) + '文旅'), '今日分享：']))
    body = r.pick(['周末亲子活动报名开始啦', '今晚七点广场有露天电影', '新开的图书馆欢迎大家来打卡', '重阳节敬老活动圆满结束'])
    d.t(body)
    form = r.randrange(2)
    for e in r.k_of(emos, r.randint(1, 3)):
        if form == 0:
            d.m(u8_as(e, 'cp1252'), e)
        else:
            d.m(''.join('\\u%04x' % u for u in struct_utf16(e)), e)
    d.nl().t(r.pick(['报名电话：' + landline(r), '地点：%s广场' % place2(r), '感谢志愿者们的付出！']))


def struct_utf16(s):
    b = s.encode('utf-16-be')
    return [int.from_bytes(b[i:i + 2], 'big') for i in range(0, len(b), 2)]


FRENCH = ['« Bienvenue à la fête de la musique »', '« Le café des artistes »', '« Coopération économique et échanges culturels »',
          '« Un été à Lyon »', '« La rivière et la forêt »']
RUSSIAN = ['«Добро пожаловать в наш город»', '«Спасибо за сотрудничество»', '«Дружба и развитие»', '«Мы рады видеть вас снова»']
JAPANESE = ['「ようこそ、私たちの町へ」', '「ご協力ありがとうございます」', '「新しい図書館が来月開館します」', '「お問い合わせは窓口まで」']
KOREAN = ['「환영합니다」', '「함께 만드는 미래」', '「감사합니다」', '「서울에서 온 방문단」']
GREEK = ['«Καλημέρα»', '«Ευχαριστώ πολύ»', '«Φιλία και συνεργασία»']
GERMAN = ['„Grüße aus München“', '„Straße der Freundschaft“', '„Müller & Söhne“']
VIET = ['“Chào mừng quý khách”', '“Hợp tác và phát triển”']


def foreign_frame(r, d, quote_writer, lang):
    d.t(r.pick(['%s市外事办工作简报' % place2(r), '友好城市交流活动纪要', '国际文化周活动报道'])).nl()
    d.t('%s，%s代表团来访，' % (cn_date(r), r.pick(['友好城市', '外国', '海外华侨'])))
    d.t(r.pick(['双方在欢迎仪式上共同展示了主题标语', '来宾在留言簿上写下', '活动主题定为']))
    quote_writer()
    d.t('。').nl()
    d.t(r.pick(['本次交流共签署合作备忘录%d份。' % r.randint(1, 5), '活动吸引市民%d余人参加。' % r.randint(200, 3000)]))


@style('french_quote_damaged', 'mj', 'mojibake', 'French quote damaged (UTF-8 as GBK: Caf茅; or as cp1252: cafÃ©) next to clean Chinese')
def _(r, d):
    q = r.pick(FRENCH)
    fn = r.pick([lambda s: u8_as(s, 'gbk'), lambda s: u8_as(s, 'cp1252')])
    foreign_frame(r, d, lambda: d.m(fn(q), q), 'fr')


@style('russian_cp1251_as_koi8', 'mj', 'mojibake', 'Russian quote in cp1251 read as KOI8-R: Cyrillic that is not Russian words')
def _(r, d):
    q = r.pick(RUSSIAN)
    inner = q[1:-1]
    enc = r.pick([('cp1251', 'koi8_r'), ('koi8_r', 'cp1251'), ('cp1251', 'cp1252')])
    foreign_frame(r, d, lambda: d.t('«').m(inner.encode(enc[0]).decode(enc[1], 'replace'), inner).t('»'), 'ru')
    return '%s read as %s' % enc


@style('japanese_sjis_misread', 'mj', 'mojibake', 'Japanese quote in Shift_JIS read as GBK / cp1252 / Latin-1 next to clean Chinese')
def _(r, d):
    q = r.pick(JAPANESE)
    inner = q[1:-1]
    enc = r.pick(['gbk', 'cp1252', 'latin-1'])
    bad = dec_cp1252_web(inner.encode('shift_jis')) if enc == 'cp1252' else inner.encode('shift_jis').decode(enc, 'replace')
    foreign_frame(r, d, lambda: d.t('「').m(bad, inner).t('」'), 'ja')
    return 'Shift_JIS read as ' + enc


@style('korean_euckr_misread', 'mj', 'mojibake', 'Korean quote in EUC-KR read as Latin-1 / GBK')
def _(r, d):
    q = r.pick(KOREAN)
    inner = q[1:-1]
    enc = r.pick(['latin-1', 'gbk'])
    foreign_frame(r, d, lambda: d.t('「').m(inner.encode('euc_kr').decode(enc, 'replace'), inner).t('」'), 'ko')
    return 'EUC-KR read as ' + enc


@style('cp1252_punct_and_nbsp', 'mj', 'mojibake', 'English section of a bilingual report with â€œ â€™ â€” and Â  from cp1252')
def _(r, d):
    d.t(report_title(r)).nl()
    d.t(clean_report_lines(r, 1)[0]).nl()
    d.t('English Summary').nl()
    eng = r.pick(['The district\u2019s GDP reached %s billion yuan\u00a0in %d \u2014 up %s%% year on year.',
                  'The \u201cOne-Stop Service\u201d centre handled %s thousand cases in %d \u2014 an increase of %s%%.',
                  'Residents\u2019 satisfaction rose to %s%% in %d\u2026 according to the survey of %s households.'])
    txt = eng % (dec(r, 1, 90, 1), r.randint(2019, 2024), dec(r, 1, 20, 1))
    for c in txt:
        if ord(c) > 127:
            d.m(u8_as(c, 'cp1252'), c)
        else:
            d.t(c)


@style('csv_excel_utf8_as_gbk', 'mj', 'mojibake', 'UTF-8 CSV opened in Excel with the GBK default: every field garbled')
def _(r, d):
    lines = ['序号,单位,计划数,完成数,完成率']
    for i in range(r.randint(3, 7)):
        p = r.randint(20, 500)
        lines.append('%d,%s,%d,%d,%s%%' % (i + 1, place2(r) + r.pick(['街道', '镇', '乡']), p, r.randint(10, p), dec(r, 60, 100, 1)))
    part = r.chance(0.3)
    if part:
        damaged_doc(r, d, lines, lambda s: u8_as(s, 'gbk'), 'tail')
    else:
        d.m(u8_as('\n'.join(lines), 'gbk'), '\n'.join(lines))


@style('spreadsheet_cell_damage', 'mj', 'mojibake', 'flattened table where a single cell is damaged')
def _(r, d):
    lines = table_lines(r, r.pick(['\t', ' | ', '  ']))
    li = r.randrange(2, len(lines))
    cells = re.split(r'(\t| \| |  )', lines[li])
    fn = r.pick([lambda s: u8_as(s, 'gbk'), lambda s: gbk_as(s, 'utf-8'), lambda s: u8_as(s, 'cp1252'), lambda s: kunjinkao(s)])
    for i, ln in enumerate(lines):
        if i == li:
            d.m(fn(cells[0]), cells[0]).t(''.join(cells[1:]))
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('lrc_lyrics_damage', 'mj', 'mojibake', 'LRC karaoke lyrics with lyric text decoded wrongly, time tags intact')
def _(r, d):
    lines = lyric_lines(r, True)
    fn = r.pick([lambda s: u8_as(s, 'gbk'), lambda s: gbk_as(s, 'big5'), lambda s: gbk_as(s, 'utf-8')])
    k = 0
    for i, ln in enumerate(lines):
        m = re.match(r'(\[\d\d:\d\d\.\d\d\])(.*)', ln)
        if m and (r.chance(0.6) or (k == 0 and i == len(lines) - 1)):
            d.t(m.group(1)).m(fn(m.group(2)), m.group(2))
            k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('srt_subtitle_gbk_as_utf8', 'mj', 'mojibake', 'SRT subtitles saved as GBK and read as UTF-8 (or the reverse)')
def _(r, d):
    lines = srt_lines(r)
    fn = r.pick([lambda s: gbk_as(s, 'utf-8'), lambda s: u8_as(s, 'gbk')])
    k = 0
    for i, ln in enumerate(lines):
        if any(is_cjk(c) for c in ln) and (r.chance(0.7) or k == 0):
            d.m(fn(ln), ln)
            k += 1
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('medical_label_symbols_lost', 'mj', 'mojibake', 'medical device label through a GB2312 channel: µL, ®, m², ™ become ?')
def _(r, d):
    lines = medical_lines(r)
    lines.insert(2, '容量：%d µL　商标：%s®' % (r.pick([10, 50, 200, 500]), r.pick(['安康', '康宁', '瑞护'])))
    if r.chance(0.5):
        lines.append('包装尺寸：%d cm²　Made in China™' % r.randint(50, 400))
    for i, ln in enumerate(lines):
        for c in ln:
            try:
                c.encode('gb2312')
                d.t(c)
            except UnicodeEncodeError:
                d.m('?', c)
        if i != len(lines) - 1:
            d.nl()


@style('exam_key_symbols_lost', 'mj', 'mojibake', 'answer key whose superscripts and fractions (², ½, ⅓) were lost as ?',
       allow=[r'π'])
def _(r, d):
    d.t(r.pick(['九年级数学期末参考答案', '物理计算题答案', '八年级数学单元测试答案'])).nl()
    a = r.randint(2, 9)
    items = ['1. 圆的面积S=πr²=%dπ' % (a * a), '2. 原式=a²+2ab+b²', '3. 答案：½', '4. 体积V=⅓Sh=%d' % (a * 4),
             '5. 速度v=%d m/s²' % a, '6. 概率为¼']
    picked = sorted(r.k_of(items, r.randint(3, 5)), key=items.index)
    for i, it in enumerate(picked):
        for c in it:
            try:
                c.encode('gb2312')
                d.t(c)
            except UnicodeEncodeError:
                d.m('?', c)
        d.nl()
    d.t('阅卷说明：过程正确、结果错误扣1分。')
    if 'm' not in d.kinds():
        raise ValueError


@style('mixed_multiple_damage', 'mj', 'mojibake', 'several kinds of damage in one document')
def _(r, d):
    lines = report_doc_lines(r, (4, 6), half=False)
    fns = r.k_of([lambda s: u8_as(s, 'gbk'), lambda s: ncr(s), lambda s: u_escape(s), kunjinkao,
                  lambda s: u8_as(s, 'cp1252'), lambda s: gbk_as(s, 'utf-8')], 3)
    idx = r.k_of(range(1, len(lines)), min(len(lines) - 1, 3))
    for i, ln in enumerate(lines):
        if i in idx:
            f = fns[idx.index(i) % len(fns)]
            rg = pick_word(r, ln) or pick_phrase(r, ln)
            seg = ln[rg[0]:rg[1]]
            d.t(ln[:rg[0]]).m(f(seg), seg).t(ln[rg[1]:])
        else:
            d.t(ln)
        if i != len(lines) - 1:
            d.nl()


@style('damage_beside_clean_foreign', 'mj', 'mojibake', 'Chinese clause damaged right next to a clean Russian / Japanese / Korean / French quote',
       allow=[r'[\u0400-\u04ff]+', r'[\u3040-\u30ff]+', r'[\uac00-\ud7af]+', r'[A-Za-zÀ-ÿ«» \']+'])
def _(r, d):
    q = r.pick(RUSSIAN + JAPANESE + KOREAN + FRENCH)
    d.t(r.pick(['%s市外事办工作简报' % place2(r), '国际文化周活动报道'])).nl()
    d.t('%s，' % cn_date(r))
    clause = r.pick(['友好城市代表团来访', '海外文化交流团抵达', '外国嘉宾参观了%s博物馆' % place2(r)])
    fn = r.pick([lambda x: u8_as(x, 'gbk'), lambda x: u8_as(x, 'cp1252'), lambda x: gbk_as(x, 'utf-8')])
    d.m(fn(clause), clause).t('，欢迎词为').t(q).t('。').nl()
    d.t(r.pick(['活动吸引市民%d余人参加。' % r.randint(200, 3000), '双方签署了合作备忘录。']))


# ----------------------------------------------------------------------------- mj negatives
PY_ALLOW = r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)'
LESSON_WORDS = [('发展', 'fāzhǎn'), ('环境', 'huánjìng'), ('服务', 'fúwù'), ('社区', 'shèqū'), ('健康', 'jiànkāng'),
                ('经济', 'jīngjì'), ('学习', 'xuéxí'), ('文化', 'wénhuà'), ('安全', 'ānquán'), ('交通', 'jiāotōng')]


@style('pinyin_lesson', 'mj', 'negative', 'Chinese lesson for learners: 学习“发展(fāzhǎn)”一词', allow=[PY_ALLOW, r'[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+'])
def _(r, d):
    d.t(r.pick(['汉语入门（第%d课）' % r.randint(3, 20), '对外汉语词汇课讲义', 'HSK三级词汇复习'])).nl()
    for w, py in r.k_of(LESSON_WORDS, r.randint(2, 4)):
        d.t('学习“%s(%s)”一词：%s' % (w, py, r.pick(['可以组词为“%s中心”。' % w, '注意第二个字的声调。', '常用于正式场合。']))).nl()
    d.t('课后请朗读课文三遍。')


@style('children_reader_pinyin', 'mj', 'negative', 'children\'s reader with pinyin after each character: 小(xiǎo)猫(māo)', allow=[PY_ALLOW])
def _(r, d):
    texts = [[('小', 'xiǎo'), ('猫', 'māo'), ('钓', 'diào'), ('鱼', 'yú')], [('春', 'chūn'), ('天', 'tiān'), ('来', 'lái'), ('了', 'le')],
             [('我', 'wǒ'), ('爱', 'ài'), ('读', 'dú'), ('书', 'shū')], [('大', 'dà'), ('山', 'shān'), ('里', 'lǐ'), ('的', 'de'), ('家', 'jiā')]]
    d.t(r.pick(['一年级拼音读物', '亲子共读小故事', '幼小衔接识字卡'])).nl()
    for tx in r.k_of(texts, r.randint(2, 3)):
        d.t(''.join('%s(%s)' % (c, p) for c, p in tx) + '。').nl()
    d.t('（家长可陪孩子指读）')


def quote_neg(r, d, pool, lead):
    d.t(r.pick(['%s市外事办工作简报' % place2(r), '国际文化周活动报道', '友好城市交流纪要'])).nl()
    d.t('%s，%s' % (cn_date(r), lead))
    d.t(r.pick(pool))
    d.t('。' + r.pick(['活动吸引市民%d余人参加。' % r.randint(100, 3000), '双方签署了合作备忘录。'])).nl()
    d.t(r.pick(['（本报记者 %s）' % person(r), '来源：%s市人民政府外事办公室' % place2(r)]))


@style('russian_quote_clean', 'mj', 'negative', 'quoted Russian text in a Chinese report', allow=[r'[\u0400-\u04ff]+'])
def _(r, d):
    quote_neg(r, d, RUSSIAN, '俄罗斯友好城市代表团来访，欢迎横幅上写着')


@style('japanese_quote_clean', 'mj', 'negative', 'quoted Japanese text (kana and kanji)', allow=[r'[\u3040-\u30ff]+'])
def _(r, d):
    quote_neg(r, d, JAPANESE, '日本姊妹城市访问团抵达，团长致辞时说')


@style('korean_quote_clean', 'mj', 'negative', 'quoted Korean text', allow=[r'[\uac00-\ud7af]+'])
def _(r, d):
    quote_neg(r, d, KOREAN, '韩国友好城市文化交流团来访，演出主题为')


@style('greek_quote_clean', 'mj', 'negative', 'quoted Greek text and Greek letters in a science note', allow=[r'[\u0370-\u03ff]+'])
def _(r, d):
    if r.chance(0.5):
        quote_neg(r, d, GREEK, '希腊艺术团在音乐厅演出，开场致辞为')
    else:
        d.t(r.pick(['物理学名词对照表', '统计方法说明'])).nl()
        d.t('显著性水平α取0.0%d，β表示第二类错误的概率，样本量n=%d。' % (r.pick([1, 5]), r.randint(30, 900))).nl()
        d.t('角速度ω与线速度v的关系为v=ωr，Δt表示时间间隔，σ为标准差。')


@style('french_quote_clean', 'mj', 'negative', 'quoted French text with accents', allow=[r'[A-Za-zÀ-ÿ«» \']+'])
def _(r, d):
    quote_neg(r, d, FRENCH, '法国文化周在市图书馆开幕，主题为')


@style('german_vietnamese_clean', 'mj', 'negative', 'quoted German (ü, ß) or Vietnamese (ế, ộ) text', allow=[r'[A-Za-zÀ-ÿĀ-ỹ„“”& ]+'])
def _(r, d):
    if r.chance(0.5):
        quote_neg(r, d, GERMAN, '德国友好城市代表团来访，赠送的纪念册题为')
    else:
        quote_neg(r, d, VIET, '越南经贸考察团来访，会场背景板写着')


@style('emoji_social_post', 'mj', 'negative', 'social media post with emoji', allow=[r'[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+'])
def _(r, d):
    emos = ['😀', '👍', '🎉', '❤️', '🌸', '🙏', '🔥', '😊', '📢', '✅']
    d.t(r.pick(['【%s社区】' % place2(r), '%s文旅发布：' % place2(r)]) + r.pick(emos))
    d.t(r.pick(['周末亲子活动报名开始啦', '今晚七点广场有露天电影', '新开的图书馆欢迎大家来打卡', '重阳节敬老活动圆满结束']))
    d.t(''.join(r.k_of(emos, r.randint(1, 3)))).nl()
    d.t(r.pick(['📍地点：%s广场' % place2(r), '☎ 报名电话：' + landline(r), '感谢志愿者们的付出！👏']))


@style('rare_chars_names_places', 'mj', 'negative', 'legitimate rare characters in names and places (亳州, 王喆, 𠮷)',
       allow=[r'[\U00020000-\U0002FFFF]'])
def _(r, d):
    names = ['王喆', '李堃', '陈珺', '赵玥', '周旻', '孙昇', '吴垚', '郑犇', '冯珏', '朱祎', '高淼', '韩鑫', '𠮷田']
    places = ['亳州', '郴州', '儋州', '莒县', '鄄城', '睢宁', '盱眙', '濮阳', '漯河', '涪陵', '犍为', '筠连', '濉溪', '蚌埠', '邕宁']
    d.t(r.pick(['%d年度省级劳动模范候选人公示' % r.randint(2019, 2024), '跨省协作交流人员名单', '参赛选手名单'])).nl()
    for i in range(r.randint(2, 5)):
        d.t('%d. %s，%s%s%s' % (i + 1, r.pick(names), r.pick(places), r.pick(['市', '', '区']), r.pick(['人民医院', '第一中学', '供电公司', '农业农村局']))).nl()
    d.t('公示期%d个工作日。' % r.randint(5, 7))


@style('museum_bronze_rare_chars', 'mj', 'negative', 'museum labels with rare object names (簋, 甗, 斝, 觚, 鬲)')
def _(r, d):
    objs = ['青铜簋', '青铜甗', '兽面纹斝', '青铜觚', '陶鬲', '铜钺', '夔龙纹觥', '青铜卣', '铜爵', '青铜盉']
    o = r.pick(objs)
    d.t(o).nl().t(r.pick(['商代晚期', '西周早期', '春秋', '二里头文化'])).nl()
    d.t('通高%s厘米，口径%s厘米' % (dec(r, 10, 60, 1), dec(r, 8, 30, 1))).nl()
    d.t('%s是古代%s，%s' % (o[-1], r.pick(['盛食器', '炊器', '酒器', '礼器']), r.pick(['器身饰饕餮纹，庄重肃穆。', '腹部铸有铭文%d字。' % r.randint(3, 40), '与鼎、簋等组合使用。']))).nl()
    d.t('%s博物馆藏' % place2(r))


@style('traditional_chinese_clean', 'mj', 'negative', 'clean traditional-character notice (Taiwan / Hong Kong), no pinyin')
def _(r, d):
    lines = [to_trad(x) for x in (notice_lines(r) if r.chance(0.5) else report_doc_lines(r, (2, 4), half=False))]
    put_lines(d, lines)


@style('html_code_in_tech_doc', 'mj', 'negative', 'web development manual quoting HTML tags and entities as code',
       allow=[r'`[^`]+`', r'<[^>]+>', r'&\w+;'])
def _(r, d):
    d.t('%s%s（第%d版）' % (place2(r) + r.pick(['市', '区']), r.pick(['政务网站前端开发规范', '网站适老化改造技术说明', '内容管理系统编辑手册']), r.randint(1, 6))).nl()
    rules = ['段落统一使用`<p>`标签，禁止使用`<font>`设置字体。', '需要强调的文字使用`<strong>`，不要使用`<b>`。',
             '不换行空格写作`&nbsp;`，版权符号写作`&copy;`。', '换行请使用`<br />`，不要连续使用空格缩进。',
             '行内样式示例：`<span style="color:#c00">`，仅限标题使用。', '表格须包含`<th>`表头单元格，并设置`scope`属性。',
             '链接写作`<a href="..." target="_blank">`时须提示“将在新窗口打开”。', '小于号在正文中须转义为`&lt;`。',
             '图片标签`<img>`必须填写`alt`说明文字。', '列表使用`<ul>`和`<li>`，不要用全角空格模拟缩进。']
    for i, ru in enumerate(r.k_of(rules, r.randint(2, 4))):
        d.t('%d. %s' % (i + 1, ru)).nl()
    d.t(r.pick(['以上规范自%s起执行。' % cn_date(r), '如有疑问请联系信息中心。', '检测工具会自动标出不符合规范的页面。']))

@style('latex_tutorial_code', 'mj', 'negative', 'LaTeX tutorial quoting commands as code', allow=[r'\\[a-zA-Z]+(\{[^}]*\})?', r'\\%', r'`[^`]+`'])
def _(r, d):
    d.t(r.pick(['%s大学毕业论文LaTeX排版指南' % place2(r), 'LaTeX入门讲义（第%d讲）' % r.randint(1, 12), '科技论文写作课：LaTeX基础'])).nl()
    tips = ['加粗文字使用\\textbf{文字}命令，斜体使用\\emph{文字}。', '百分号在LaTeX中是注释符，正文中须写作\\%。',
            '引用文献使用\\cite{key}，参考文献列表由BibTeX自动生成。', '中文文档推荐使用ctexart文档类。', '换行可用\\\\，分段请空一行。',
            '插入图片使用\\includegraphics{文件名}，需加载graphicx宏包。', '章节标题使用\\section{标题}和\\subsection{标题}。',
            '行内公式写在两个美元符号之间，例如$a^2+b^2=c^2$。', '脚注使用\\footnote{内容}命令。']
    for i, t in enumerate(r.k_of(tips, r.randint(2, 4))):
        d.t('%d. %s' % (i + 1, t)).nl()
    d.t(r.pick(['课后练习：排版一份%d页的实验报告。' % r.randint(2, 5), '模板文件见课程网站。', '编译请使用XeLaTeX。']))

@style('file_names_paths', 'mj', 'negative', 'file names and Windows paths with backslashes', allow=[r'[A-Z]:\\[^\s，。；]+', r'[\w.-]+\.(xlsx|docx|pdf|zip|txt|csv)'])
def _(r, d):
    y = r.randint(2020, 2024)
    d.t(r.pick(['资料归档说明', '数据报送操作提示', '附件清单'])).nl()
    d.t('请将填好的表格命名为“单位名称_%d年报.xlsx”，保存至D:\\报送\\%d\\汇总\\目录。' % (y, y)).nl()
    d.t('附件：1. %d年%s.docx　2. %s_v%d.xlsx　3. %s.zip' % (y, r.pick(['工作总结', '述职报告', '自查报告']), r.pick(['统计表', '台账', '花名册']), r.randint(2, 5), r.pick(['现场照片', '会议材料', '扫描件']))).nl()
    d.t('备份路径：E:\\档案\\%s\\扫描件\\' % r.pick(['文书', '会计', '人事']))


@style('urls_emails_clean', 'mj', 'negative', 'URLs, e-mail addresses and QR-code notes', allow=[r'https?://\S+', r'[\w.]+@[\w.]+'])
def _(r, d):
    dom = r.pick(['qc', 'lj', 'yl', 'nx'])
    d.t(r.pick(['关于征集民生实事项目建议的公告', '政务服务事项网上办理指南'])).nl()
    d.t('网上申报地址：https://zwfw.%s.gov.cn/portal/index.html?item=%d&type=2' % (dom, r.randint(1000, 9999))).nl()
    d.t('意见建议请发送至%s@%s.gov.cn或%s%d@163.com。' % (r.pick(['zjjy', 'gzfw', 'bgs']), dom, r.pick(['zhang', 'li']), r.randint(10, 99))).nl()
    d.t('截止时间：%s。' % cn_date(r))


@style('url_percent_link', 'mj', 'negative', 'a URL that legitimately contains percent-encoded Chinese (doubtful)', allow=[r'https?://\S+'])
def _(r, d):
    q = r.pick(['营业执照', '社保查询', '公积金', '不动产登记', '居住证', '医保报销', '出生证明', '老年优待证', '门诊预约', '公租房'])
    host = r.pick(['www.example.gov.cn', 'zwfw.example.cn', 'search.example.org.cn'])
    d.t(r.pick(['办事指南', '便民提示', '常见问题解答'])).nl()
    d.t('在线查询入口：https://%s/search?q=%s&page=%d' % (host, pct(q), r.randint(1, 3))).nl()
    d.t('复制上述链接到浏览器即可打开“%s”查询页面。' % q)
    if r.chance(0.5):
        d.nl().t('咨询电话：%s（工作日%d:00-17:30）' % (landline(r), r.randint(8, 9)))

@style('units_symbols', 'mj', 'negative', 'units and symbols: ℃, μg/m³, ‰, ㎡, ±, ≤, ①', allow=[r'[℃μ³²‰㎡±≤≥①②③④⑤°Ω]'])
def _(r, d):
    d.t(r.pick(['环境质量月报', '建设工程验收记录', '实验室检测报告'])).nl()
    d.t('①PM2.5月均浓度%dμg/m³；②气温%d℃～%d℃；' % (r.randint(10, 60), r.randint(-5, 10), r.randint(15, 38))).nl()
    d.t('③人口自然增长率%s‰；④建筑面积%d㎡；' % (dec(r, -3, 6, 2), r.randint(500, 90000))).nl()
    d.t('⑤偏差应≤±%smm，电阻≥%dΩ。' % (dec(r, 0.5, 5, 1), r.randint(2, 100)))


@style('lrc_lyrics_clean', 'mj', 'negative', 'clean LRC lyrics with [mm:ss.xx] time tags', allow=[r'\[\d\d:\d\d\.\d\d\]', r'\[(ti|ar|al|by):[^\]]*\]'])
def _(r, d):
    ls = lyric_lines(r, True)
    d.t('[ti:%s]' % ls[0].split(' - ')[0]).nl().t('[ar:%s]' % ls[0].split(' - ')[1]).nl()
    put_lines(d, ls[1:])


@style('srt_subtitles_clean', 'mj', 'negative', 'clean SRT subtitles with time codes and a music note ♪', allow=[r'♪'])
def _(r, d):
    ls = srt_lines(r)
    if r.chance(0.5):
        ls[2] = '♪ ' + ls[2] + ' ♪'
    put_lines(d, ls)


@style('medical_label_symbols', 'mj', 'negative', 'medical device label with REF, LOT, IVD, ⚠, ®, µL symbols', allow=[r'[®™µ⚠☂]'])
def _(r, d):
    lines = medical_lines(r)
    lines.insert(2, 'REF %s-%04d　LOT %d%04d　IVD' % (r.pick(['AK', 'RX', 'MD']), r.randint(0, 9999), r.randint(2022, 2024), r.randint(0, 9999)))
    lines.append('⚠ 注意 ☂ 怕湿　%s® 容量%d µL' % (r.pick(['安康', '瑞护']), r.pick([10, 50, 200])))
    put_lines(d, lines)


@style('encoding_tutorial_quoted', 'mj', 'negative', 'article explaining mojibake and quoting 锟斤拷 and \\u escapes as examples (doubtful)',
       allow=[r'“[^”]+”', r'`[^`]+`'])
def _(r, d):
    d.t(r.pick(['乱码问题排查笔记', '信息化培训讲义：字符编码基础', '%s信息中心技术分享（第%d期）' % (place2(r), r.randint(1, 30))])).nl()
    facts = ['常见的“锟斤拷”是UTF-8替换字符被当作GBK解码后的结果。', '“烫烫烫”来自未初始化的栈内存，“屯屯屯”来自未初始化的堆内存。',
             '在JSON中，汉字“中”可以写作`\\u4e2d`，解析后即恢复为正常文字。', '网页中的`&nbsp;`表示不换行空格，浏览器会自动显示为空白。',
             '把UTF-8文件当作Latin-1打开，“中文”会显示成“ä¸\xadæ–‡”一类的字符。']
    for f in r.k_of(facts, r.randint(2, 3)):
        d.t(f).nl()
    d.t(r.pick(['遇到乱码时应先确认文件的实际编码。', '建议统一使用UTF-8编码保存文件。', '导出CSV时请选择“UTF-8（带BOM）”。']))
    return 'meta discussion of mojibake; doubtful, treated as negative'


@style('mixed_script_menu', 'mj', 'negative', 'tourist sign in Chinese, English, Japanese and Korean', allow=[r'[\u3040-\u30ff\uac00-\ud7af]+'])
def _(r, d):
    signs = [('游客服务中心', 'Visitor Center', 'ビジターセンター', '방문자 센터'), ('出口', 'Exit', '出口', '출구'),
             ('洗手间', 'Toilet', 'トイレ', '화장실'), ('售票处', 'Ticket Office', 'チケット売り場', '매표소')]
    d.t('%s景区标识牌文字（中英日韩）' % place2(r)).nl()
    for s in r.k_of(signs, r.randint(2, 4)):
        d.t(' / '.join(s)).nl()
    d.t('制作单位：%s' % org(r))


@style('chemical_formulas', 'mj', 'negative', 'chemistry with subscripts and superscripts H₂O, SO₄²⁻', allow=[r'[₀-₉⁰-⁹⁺⁻]'])
def _(r, d):
    d.t(r.pick(['水质检测报告（摘要）', '九年级化学复习提纲'])).nl()
    d.t('检测项目：硫酸盐（SO₄²⁻）%smg/L，硝酸盐（NO₃⁻）%smg/L。' % (dec(r, 5, 200, 1), dec(r, 0.5, 20, 1))).nl()
    d.t('二氧化碳的化学式为CO₂，水的化学式为H₂O，铵根离子为NH₄⁺。')


@style('ipa_phonetics_lesson', 'mj', 'negative', 'English lesson with IPA symbols /ˈæpl/', allow=[r'/[^/\s]+/', r'[a-zA-Z]+'])
def _(r, d):
    d.t(r.pick(['七年级英语单词表（Unit %d）' % r.randint(1, 8), '英语音标复习'])).nl()
    words = [('apple', '/ˈæpl/', '苹果'), ('teacher', '/ˈtiːtʃə(r)/', '教师'), ('thank', '/θæŋk/', '感谢'), ('usually', '/ˈjuːʒuəli/', '通常'),
             ('shop', '/ʃɒp/', '商店'), ('bird', '/bɜːd/', '鸟')]
    for w, ipa, cn in r.k_of(words, r.randint(3, 5)):
        d.t('%s %s %s' % (w, ipa, cn)).nl()
    d.t('请注意/θ/与/s/的区别。')


@style('regex_code_doc', 'mj', 'negative', 'technical document with regular expressions and escapes', allow=[r'`[^`]+`', r'\\[dswn]'])
def _(r, d):
    d.t(r.pick(['数据清洗规则说明', '表单校验规则', '%s系统接口校验说明（V%d）' % (r.pick(['预约', '报名', '填报']), r.randint(1, 4))])).nl()
    rules = ['手机号校验规则：`^1[3-9]\\d{9}$`', '日期校验规则：`^\\d{4}-\\d{2}-\\d{2}$`', '邮政编码校验规则：`^\\d{6}$`',
             '文本中的换行符`\\n`在导出时统一替换为空格。', '金额字段规则：`^\\d+(\\.\\d{1,2})?$`', '姓名字段不得包含数字，规则：`^[^0-9]{2,20}$`']
    for i, ru in enumerate(r.k_of(rules, r.randint(2, 4))):
        d.t('%d. %s' % (i + 1, ru)).nl()
    d.t('校验失败的记录写入错误日志，共%d类错误码。' % r.randint(5, 30))

@style('kaomoji_chat', 'mj', 'negative', 'chat messages with kaomoji built from box and Japanese characters',
       allow=[r'╮\(╯▽╰\)╭', r'\([^)\u4e00-\u9fff]{1,8}\)[ﾉ]?'])
def _(r, d):
    d.t('%s群聊天记录（节选）' % r.pick(['志愿者', '社区网格', '班级家长'])).nl()
    km = ['(＾▽＾)', '╮(╯▽╰)╭', '(￣▽￣)', '(*^ω^*)', '(ﾉ´ヮ`)ﾉ', '(°∀°)ﾉ']
    for i in range(r.randint(2, 4)):
        d.t('%s：%s%s' % (person(r), r.pick(['明天活动几点集合？', '收到，谢谢！', '材料已经发群里了', '辛苦大家了']), r.pick(km))).nl()
    d.t('%s：好的，明天见。' % person(r))


@style('box_drawing_table', 'mj', 'negative', 'plain-text table drawn with box-drawing characters', allow=[r'[─│┌┐└┘├┤┬┴┼]+'])
def _(r, d):
    d.t('┌──────┬──────┐').nl()
    d.t('│ 项目 │ 数量 │').nl()
    d.t('├──────┼──────┤').nl()
    for _ in range(r.randint(1, 3)):
        d.t('│ %s │ %d │' % (r.pick(['口罩', '帐篷', '救生衣', '手电筒']), r.randint(10, 999))).nl()
    d.t('└──────┴──────┘')


@style('spreadsheet_formula_tutorial', 'mj', 'negative', 'spreadsheet training notes quoting formulas', allow=[r'=[A-Z]+\([^)]*\)', r'[A-Z]+\d+'])
def _(r, d):
    d.t('办公软件培训讲义：%s' % r.pick(['表格函数', '数据汇总'])).nl()
    d.t('求和公式：=SUM(B2:B%d)' % r.randint(10, 99)).nl()
    d.t('查找引用：=VLOOKUP(A2,Sheet2!A:C,3,0)').nl()
    d.t('条件计数：=COUNTIF(C:C,"已完成")，结果为%d。' % r.randint(5, 90))


@style('wiki_rendered_clean', 'mj', 'negative', 'rendered wiki text with footnote marks [1] and （英语：…）', allow=[r'\[\d+\]', r'[A-Za-z ]+'])
def _(r, d):
    name = place2(r) + r.pick(['镇', '乡'])
    d.t(name).nl()
    d.t('%s（英语：%s Town）是%s县下辖的一个%s，面积%s平方公里。[1]' % (name, r.pick(['Qingchuan', 'Linjiang', 'Baishi', 'Meiling']), place2(r), name[-1], dec(r, 20, 300, 1))).nl()
    d.t('%d年末户籍人口%d人。[2]' % (r.randint(2015, 2022), r.randint(8000, 90000)))


@style('report_clean_halfwidth', 'mj', 'negative', 'clean scraped report with half-width punctuation and stray spaces (29.3% ;)')
def _(r, d):
    lines = report_doc_lines(r, (3, 6), half=True)
    lines = [re.sub(r'%([;,])', lambda m: '% ' + m.group(1), x) for x in lines]
    put_lines(d, lines)


@style('music_numbered_notation', 'mj', 'negative', 'numbered musical notation in a song sheet', allow=[r'[|·\-]'])
def _(r, d):
    d.t('《%s》简谱（节选）' % r.pick(['晚风', '江南雨', '远行'])).nl()
    d.t('1=C 4/4').nl()
    d.t('| 5 3 5 - | 6 5 3 - | 1 2 3 5 | 2 - - - |').nl()
    d.t(r.pick(LYRIC_LINES) + '，' + r.pick(LYRIC_LINES))


@style('cantonese_hk_text', 'mj', 'negative', 'Hong Kong Cantonese written text with 嘅, 咗, 冇, 啲, 嚟 (legitimate characters)')
def _(r, d):
    d.t(r.pick(['社區中心通告', '區議會活動消息', '街坊會通訊'])).nl()
    lines = ['今個星期六喺%s公園有親子活動，歡迎大家嚟參加。' % place2(r), '報名嘅朋友記得帶埋身份證明文件。',
             '上次活動啲街坊反應好好，所以今次加多咗%d個名額。' % r.randint(10, 60), '如果落雨就冇得搞，會改喺室內進行。',
             '有咩問題可以打%d %d查詢。' % (r.randint(2000, 3999), r.randint(1000, 9999))]
    for ln in r.k_of(lines, r.randint(2, 4)):
        d.t(ln).nl()
    d.t('%s街坊福利會' % to_trad(place2(r)))


# ============================================================================= generation
ROUNDS = (15, 18)           # records per style and seed


def make_record(st, r):
    d = Doc()
    extra = st['fn'](r, d)
    text, spans, cleans = d.build()
    kinds = d.kinds() - {'c'}
    if st['label'] == 'negative':
        if kinds:
            raise RuntimeError('negative style %s produced spans' % st['name'])
    else:
        want = 'p' if st['family'] == 'ph' else 'm'
        if kinds != {want}:
            raise ValueError('wrong kinds %r' % kinds)
    if not text.strip() or text.count('\n') + 1 > 12:
        raise ValueError('line count')
    note = st['note'] + ('; ' + extra if extra else '')
    note = note.replace('\n', ' ')
    return text, spans, cleans, note


def generate(seed):
    """Returns list of (record, cleans)."""
    out = []
    for st in STYLES:
        r = R('t31|%d|%s' % (seed, st['name']))
        n = r.randint(*ROUNDS)
        seen = set()
        tries = 0
        last_err = None
        while len(seen) < n:
            tries += 1
            if tries > n * 40:
                raise RuntimeError('style %s cannot produce %d distinct records (%d so far; last error %r)'
                                   % (st['name'], n, len(seen), last_err))
            try:
                text, spans, cleans, note = make_record(st, r)
            except (ValueError, AssertionError, IndexError, UnicodeError) as e:
                last_err = e
                continue
            if text in seen:
                continue
            seen.add(text)
            rec = {'id': None, 'family': st['family'], 'style': st['name'], 'label': st['label'],
                   'text': text, 'spans': spans, 'note': note}
            out.append((rec, cleans))
    R('t31|%d|order' % seed).shuffle(out)
    for i, (rec, _) in enumerate(out):
        rec['id'] = 't31-s%d-%s-%04d' % (seed, rec['family'], i + 1)
    return out


def write(seed, path):
    recs = generate(seed)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    return recs


# ============================================================================= verification
PH_SPAN = re.compile('|'.join([
    r'[xXｘＸ×]', r'某', r'[*＊]', r'[_＿]{2,}', r'[○〇]{2,}', r'【[^】]+】', r'\{\{.*\}\}', r'\$\{[^}]+\}', r'«[^»]+»',
    r'<<[^>]+>>', r'%[A-Z_]+%', r'%(\d\$)?[sd]', r'\{\d+\}', r'\{[\u4e00-\u9fffA-Za-z_]+\}', r'\[\[[^\]]+\]\]',
    r'#[^#\s]{1,12}#', r'\[[^\]]+\]', r'（[^）]*(此处|填写|请|待)[^）]*）', r'TODO|TBD|TBA|FIXME',
    r'待定|待确定|待填|待补充|待核实|待更新', r'YYYY|yyyy|MM|DD|mm|dd', r'[Ll]orem ipsum',
    r'单击此处|点击此处|点击输入|请输入|请选择|在此输入|此处添加|添加标题|此处为', r'\bnull\b|\bundefined\b|\bNaN\b|\bNone\b']))

# self-check patterns: what must not appear outside spans (after removing the style's allowed look-alikes)
OUT_PH = re.compile('|'.join([
    r'(?<![A-Za-z0-9\\])[xXｘＸ]{1,6}(?![A-Za-z])', r'××|×(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])×', r'某', r'[*＊]',
    r'[_＿]{2,}', r'[○〇]{2,}', r'【[^】]*(名称|姓名|联系|日期|金额|地址|负责人|文号|待)[^】]*】',
    r'\{\{|\}\}|\$\{|<<|>>|%[A-Z_]{2,}%|%(\d\$)?[sd]\b|\{\d\}|\{[\u4e00-\u9fffA-Za-z_]+\}|«[\u4e00-\u9fffA-Za-z_]{1,10}»',
    r'TODO|TBD|FIXME|待定|待补充|待核实|待填|待更新|待确定', r'YYYY|yyyy|MM月|DD日',
    r'[Ll]orem|单击此处|点击此处|请输入|在此输入|此处添加|此处填写|此处为|添加标题', r'\bnull\b|\bundefined\b|\bNaN\b|\bNone\b']))
OUT_MJ = re.compile('|'.join([
    r'\ufffd', r'锟斤拷|烫烫|屯屯', r'[\x80-\x9f]', r'[À-ÖØ-öø-ÿ]', r'&[a-zA-Z]+;|&#\d+;|&#x[0-9a-fA-F]+;',
    r'</?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?/?>', r'\\u[0-9a-fA-F]{4}|\\x[0-9a-f]{2}|\\[nrt]', r'%[0-9A-F]{2}%[0-9A-F]{2}', r'=[0-9A-F]{2}=[0-9A-F]{2}',
    r'=\?[\w-]+\?[BQ]\?', r'\(cid:\d+\)', r'[\ue000-\uf8ff]', r'[\u2e80-\u2fdf]',
    r'\((?=[^)]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', r"\{\{|\}\}|'''|\[\[", r'\\[a-zA-Z]+\{|\\%',
    r'[\u0400-\u04ff]', r'[\uff61-\uff9f]', r'[\u3040-\u30ff]', r'[\uac00-\ud7af]', r'[\u2500-\u257f]', r'[\u0370-\u03ff]',
    r'(?<=[\u4e00-\u9fff])\?|\?(?=[\u4e00-\u9fff])', r'[鍙戝睍鏀骞銆锛鐨浠涓鍦鎶]']))

STYLE_BY_NAME = {st['name']: st for st in STYLES}


def blank(text, spans):
    t = list(text)
    for s, e in spans:
        for i in range(s, e):
            if t[i] != '\n':
                t[i] = ' '
    return ''.join(t)


def verify(paths):
    problems = []
    regen = {}
    seen_ids = set()
    for path in paths:
        counts = {}
        with open(path, encoding='utf-8') as f:
            for ln_no, line in enumerate(f, 1):
                where = '%s:%d' % (path, ln_no)

                def bad(msg):
                    problems.append('%s: %s' % (where, msg))
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    bad('invalid JSON (%s)' % e)
                    continue
                keys = ['id', 'family', 'style', 'label', 'text', 'spans', 'note']
                if list(rec) != keys:
                    bad('keys %r' % list(rec))
                    continue
                rid, fam, sty, lab, text, spans, note = (rec[k] for k in keys)
                if rid in seen_ids:
                    bad('duplicate id %s' % rid)
                seen_ids.add(rid)
                if fam not in ('ph', 'mj') or lab not in ({'ph': ('placeholder', 'negative'), 'mj': ('mojibake', 'negative')}.get(fam, ())):
                    bad('family/label %s/%s' % (fam, lab))
                    continue
                if not isinstance(text, str) or not text.strip():
                    bad('empty text')
                    continue
                if not 1 <= text.count('\n') + 1 <= 12:
                    bad('line count %d' % (text.count('\n') + 1))
                if not isinstance(note, str) or '\n' in note or not note:
                    bad('note must be one line')
                st = STYLE_BY_NAME.get(sty)
                if st is None or st['family'] != fam or st['label'] != lab:
                    bad('unknown style or style/label mismatch: %s' % sty)
                    continue
                counts[(sty, lab)] = counts.get((sty, lab), 0) + 1
                ok = isinstance(spans, list) and all(isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp) for sp in spans)
                if not ok:
                    bad('spans malformed')
                    continue
                prev = 0
                for s, e in spans:
                    if not (0 <= s < e <= len(text)):
                        bad('span %r outside text or empty' % [s, e])
                    if s < prev:
                        bad('spans overlap or unsorted')
                    prev = e
                    if not text[s:e].strip():
                        bad('span %r is blank' % [s, e])
                if lab == 'negative' and spans:
                    bad('negative with spans')
                if lab != 'negative' and not spans:
                    bad('positive without spans')
                if lab == 'placeholder':
                    for s, e in spans:
                        if not PH_SPAN.search(text[s:e]):
                            bad('placeholder span %r holds no placeholder: %r' % ([s, e], text[s:e]))
                # regenerate the record from its seed and compare; mojibake spans must differ from the clean text
                m = re.match(r't31-s(\d+)-(ph|mj)-\d{4}$', rid)
                if not m:
                    bad('id format %r' % rid)
                    continue
                seed = int(m.group(1))
                if seed not in regen:
                    regen[seed] = {rc['id']: (rc, cl) for rc, cl in generate(seed)}
                ref = regen[seed].get(rid)
                if ref is None or ref[0] != rec:
                    bad('record differs from what seed %d generates' % seed)
                    continue
                cleans = ref[1]
                if lab == 'mojibake':
                    for (s, e), c in zip(spans, cleans):
                        if text[s:e] == c:
                            bad('mojibake span %r equals the clean text' % [s, e])
                # self-check of the surroundings: no stray placeholder / damage outside spans
                rest = blank(text, spans)
                for a in st['allow']:
                    rest = a.sub(lambda mm: ' ' * len(mm.group()), rest)
                hit = OUT_PH.search(rest)
                if hit:
                    bad('placeholder-like %r outside spans (%s)' % (hit.group(), sty))
                hit = OUT_MJ.search(rest)
                if hit:
                    bad('damage-like %r outside spans (%s)' % (hit.group(), sty))
        n = sum(counts.values())
        print('%s: %d records, %d styles' % (path, n, len({k[0] for k in counts})))
    for p in problems[:60]:
        print('PROBLEM', p)
    if problems:
        print('%d problems' % len(problems))
        return 1
    print('OK: no problems')
    return 0


# ============================================================================= style table
def visible(s):
    out = []
    for c in s:
        if c == '\n':
            out.append(' ⏎ ')
        elif c == '\t':
            out.append(' ⇥ ')
        elif unicodedata.category(c) in ('Cc', 'Cf') or c == '\ufeff':
            out.append('\\x%02x' % ord(c) if ord(c) < 256 else '<U+%04X>' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def excerpt(rec, before=18, after=34):
    """Short example: around the first span (marked ⟦…⟧) or the start of a negative."""
    t = rec['text']
    if not rec['spans']:
        return visible(t[:before + after + 10]) + ('…' if len(t) > before + after + 10 else '')
    s, e = rec['spans'][0]
    e2 = min(e, s + 40)
    a = max(0, s - before)
    z = min(len(t), e2 + after)
    return ('…' if a else '') + visible(t[a:s]) + '⟦' + visible(t[s:e2]) + ('…' if e2 < e else '') + '⟧' + \
        visible(t[e2:z] if e2 == e else '') + ('…' if z < len(t) else '')


def md_code(s):
    s = s.replace('`', "'").replace('|', '\\|')
    return '`' + s + '`'


def style_table(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            rec = json.loads(line)
            k = rec['style']
            row = rows.setdefault(k, {'family': rec['family'], 'pos': 0, 'neg': 0, 'ex': None})
            if rec['label'] == 'negative':
                row['neg'] += 1
            else:
                row['pos'] += 1
            if row['ex'] is None or len(rec['text']) < len(row['ex']['text']):
                row['ex'] = rec
    order = [st['name'] for st in STYLES if st['name'] in rows] + sorted(k for k in rows if k not in STYLE_BY_NAME)
    out = ['| # | style | family | positive | negative | example (shortest record; ⟦…⟧ first span, ⏎ newline) |',
           '|---|---|---|---|---|---|']
    for i, k in enumerate(order, 1):
        row = rows[k]
        out.append('| %d | `%s` | %s | %d | %d | %s |' % (i, k, row['family'], row['pos'], row['neg'], md_code(excerpt(row['ex']))))
    return '\n'.join(out)


def summary(path):
    c = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            rec = json.loads(line)
            c[(rec['family'], rec['label'])] = c.get((rec['family'], rec['label']), 0) + 1
    return c


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error('need --seed N --out FILE, or --verify FILE…, or --style-table FILE')
    recs = write(a.seed, a.out)
    c = summary(a.out)
    print('%s: %d records, %d styles; %s' % (a.out, len(recs), len(STYLES),
                                             ', '.join('%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(c.items()))))
    return 0


if __name__ == '__main__':
    sys.exit(main())
