#!/usr/bin/env python3
"""text35_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Standard library only (Python 3.11).  Usage:
    python3 text35_gen.py --seed 11 --out text35_seed11.jsonl
    python3 text35_gen.py --verify text35_seed11.jsonl text35_seed12.jsonl
    python3 text35_gen.py --style-table table.md [--seed 11]

Every style is a small function that builds one document through the ``Doc`` builder, which records the
exact offsets of every placeholder / damaged stretch (and, for damage, the clean text it replaced).
Encoding damage is produced with real codecs (str.encode / bytes.decode, quopri, email.header, json,
html, urllib.parse).  Randomness comes from random.Random seeded with a SHA-256 of (seed, style), so the
output is deterministic and independent of PYTHONHASHSEED.
"""
import argparse
import codecs
import csv
import email.header
import hashlib
import html
import io
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

RECORDS_PER_FAMILY = 1665  # 65 % of 1665 = 1082 >= 15 x 72 mojibake styles
POS_SHARE = 0.65

# --------------------------------------------------------------------------------------------------
# Document builder
# --------------------------------------------------------------------------------------------------


class Doc:
    def __init__(self):
        self.parts = []  # (text, kind, clean)   kind: None | 'ph' | 'mj'

    def t(self, s):
        if s:
            self.parts.append((s, None, None))
        return self

    def p(self, s):
        assert s, 'empty placeholder'
        self.parts.append((s, 'ph', None))
        return self

    def m(self, bad, clean):
        assert bad and bad != clean, (bad, clean)
        self.parts.append((bad, 'mj', clean))
        return self

    def nl(self):
        return self.t('\n')

    def build(self):
        text, spans, cleans, pos = [], [], [], 0
        for s, kind, clean in self.parts:
            if kind:
                spans.append([pos, pos + len(s)])
                cleans.append(clean)
            text.append(s)
            pos += len(s)
        return ''.join(text), spans, cleans


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


# --------------------------------------------------------------------------------------------------
# Vocabulary (invented names and places)
# --------------------------------------------------------------------------------------------------
SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永健志国春梅海燕鹏飞宇浩然晓东雪梦琳佳欣子涵思远俊峰凯斌亮婷倩颖家豪博宏云帆嘉怡欢欣锦')
PLACE1 = ['青石', '桐林', '云溪', '白沙', '金湖', '南屏', '凤岭', '柳港', '石门', '新塘', '河坊', '松岗', '兰溪', '清泉',
          '东岸', '北湖', '枫桥', '梅林', '杏坛', '槐荫', '龙泉', '安澜', '文昌', '永丰', '瑞和', '长宁', '西坝', '鹤鸣',
          '沙湾', '望江', '双桥', '桂园', '明德', '育才', '翠屏', '上营', '下寨', '溪口', '横岭', '丰泽']
CITY1 = ['临川', '安平', '江屿', '澄州', '渠阳', '汀州', '岚山', '雁城', '潭水', '桑原', '梧江', '宁溪', '泸源', '海阳', '湄城']
COMPANY_TAIL = ['科技有限公司', '建筑工程有限公司', '物业服务有限公司', '食品有限公司', '商贸有限责任公司', '环保科技有限公司',
                '物流有限公司', '农业发展有限公司', '医疗器械有限公司', '信息技术有限公司', '建材有限公司', '餐饮管理有限公司']
COMPANY_HEAD = ['恒达', '瑞丰', '鑫源', '博远', '华创', '嘉禾', '宏图', '众诚', '盛邦', '启航', '优联', '卓越', '金穗', '远航',
                '天成', '德润', '汇通', '鼎新', '润泽', '晨光']
DEPTS = ['区卫健局', '区应急管理局', '市场监管所', '街道综治办', '区住建局', '区民政局', '镇农业服务中心', '区人社局', '区生态环境分局',
         '街道党政办', '社区服务中心', '区财政局', '区教育局', '镇司法所', '区文旅局', '区城管执法局', '派出所', '区医保局']
STREETS = ['建设路', '人民路', '解放大道', '滨江路', '文化街', '园林路', '学府路', '工业大道', '新华路', '朝阳路', '和平街', '迎宾大道']
EN_NAMES = ['Anna', 'Peter', 'Lucas', 'Emma', 'David', 'Sophie', 'Martin', 'Clara']


def person(rng):
    g = pick(rng, GIVEN) + (pick(rng, GIVEN) if chance(rng, 0.7) else '')
    return pick(rng, SURNAMES) + g


def place(rng, suffix=None):
    suffix = suffix or pick(rng, ['街道', '镇', '乡', '社区', '村'])
    return pick(rng, PLACE1) + suffix


def city(rng):
    return pick(rng, CITY1) + pick(rng, ['市', '县', '区'])


def company(rng):
    return city(rng)[:2] + pick(rng, COMPANY_HEAD) + pick(rng, COMPANY_TAIL)


def phone(rng):
    return pick(rng, ['138', '139', '135', '137', '150', '152', '158', '186', '187', '189', '177', '133']) + '%08d' % rng.randrange(10 ** 8)


USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng, want_x=None):
    """Unified social credit code (GB 32100) with a correct check character."""
    while True:
        body = '91' + pick(rng, ['440103', '440106', '330102', '320506', '510107', '370202', '420106']) + \
            ''.join(pick(rng, USCC_CHARS[:10] + 'MA' * 3) for _ in range(2)) + \
            ''.join(pick(rng, USCC_CHARS) for _ in range(7))
        s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
        chk = USCC_CHARS[(31 - s % 31) % 31]
        if want_x is None or (chk == 'X') == want_x:
            return body + chk


def id_number(rng, want_x=None):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    while True:
        body = pick(rng, ['440103', '430104', '320102', '510105', '350203']) + '%04d%02d%02d' % (
            rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28)) + '%03d' % rng.randrange(1000)
        chk = '10X98765432'[sum(int(c) * x for c, x in zip(body, w)) % 11]
        if want_x is None or (chk == 'X') == want_x:
            return body + chk


def isbn10(rng, want_x=True):
    while True:
        body = '7' + '%04d' % rng.randint(100, 9999) + '%04d' % rng.randrange(10000)
        s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1)))
        chk = (11 - s % 11) % 11
        c = 'X' if chk == 10 else str(chk)
        if (c == 'X') == want_x:
            return '%s-%s-%s-%s' % (body[0], body[1:5], body[5:9], c)


# --------------------------------------------------------------------------------------------------
# Slot filler: report sentences whose facts are either real values or placeholders
# --------------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r'\{(\w+)(?::([^}]*))?\}')

REPORT_SENT = [
    '全年累计走访慰问困难群众{n:户}，发放慰问金{m:万元}。',
    '完成辖区{n:栋}老旧房屋安全排查，整改隐患{n:处}，整改率达{r}。',
    '{d}，{pl:街道}召开专题会议，研究部署安全生产大检查工作。',
    '新增市场主体{n:家}，其中规模以上企业{n:家}，实现税收{m:万元}，同比增长{r}。',
    '组织开展就业招聘会{n:场}，提供岗位{n:个}，达成就业意向{n:人}。',
    '城乡居民医保参保{n:人}，参保率{r}，超额完成区下达的目标任务。',
    '投入资金{m:万元}，完成{n:条}背街小巷路面硬化，惠及群众{n:户}。',
    '开展消防安全宣传进社区活动{n:次}，发放宣传资料{n:份}。',
    '全年共受理群众来信来访{n:件}，办结{n:件}，办结率{r}。',
    '累计为{n:名}高龄老人发放补贴{m:万元}。',
    '建成农村污水处理设施{n:座}，覆盖自然村{n:个}。',
    '完成造林绿化{n:亩}，森林覆盖率提高到{r}。',
    '{ym}，{dp}联合{dp}对辖区餐饮单位开展专项检查，检查门店{n:家}。',
    '粮食播种面积稳定在{n:亩}，总产量{n:吨}。',
    '辖区适龄儿童疫苗接种率达到{r}，累计接种{n:剂次}。',
    '引进项目{n:个}，计划总投资{m:亿元}，已开工{n:个}。',
    '全年完成固定资产投资{m:亿元}，占年度目标的{r}。',
    '发放创业担保贷款{m:万元}，扶持创业{n:人}，带动就业{n:人}。',
    '组织党员干部开展志愿服务{n:场次}，参与{n:人次}。',
    '整治“散乱污”企业{n:家}，关停取缔{n:家}。',
    '调解各类矛盾纠纷{n:宗}，调解成功率{r}。',
    '新增城镇就业{n:人}，城镇登记失业率控制在{r}以内。',
    '推进{n:个}村集体经济项目，村均集体收入达{m:万元}。',
    '{d}前完成{pl:社区}换届选举工作，选民参选率{r}。',
    '共排查燃气用户{n:户}，更换老化软管{n:条}。',
    '全年接待游客{n:万人次}，实现旅游收入{m:亿元}。',
    '完成{n:所}中小学校舍维修，新增学位{n:个}。',
    '受理不动产登记业务{n:宗}，平均办理时限压缩至{n:个}工作日。',
    '{pl:村}投入{m:万元}建成村级文化广场，配套健身器材{n:套}。',
    '{nm}同志带队对{pl:镇}防汛重点部位开展督查，发现问题{n:个}，已全部整改。',
    '与{co}签订合作协议，项目总投资{m:亿元}，预计{ym}建成投产。',
    '依据{dn}文件要求，{d}前全面完成自查自纠。',
]
REPORT_TITLE = ['{pl:街道}{y}年工作总结', '关于{pl:镇}{y}年上半年工作情况的报告', '{pl:街道}办事处{y}年工作总结及下一年工作计划',
                '{dp}{y}年度工作总结', '{pl:社区}{y}年工作开展情况汇报', '{city}{y}年民生实事推进情况通报']
SECTION = ['一、主要工作成效', '一、{y}年工作完成情况', '（一）扎实推进民生保障', '（二）持续优化营商环境', '二、存在的问题',
           '（三）统筹抓好安全生产', '三、下一步工作打算', '（一）坚持党建引领', '（二）强化基层治理']

NUMWORD = {'户': (20, 3000), '家': (3, 400), '人': (10, 5000), '个': (2, 120), '次': (2, 90), '件': (10, 900), '条': (2, 60),
           '名': (10, 800), '亩': (50, 30000), '吨': (100, 90000), '万人次': (2, 300), '剂次': (500, 60000), '宗': (5, 900),
           '所': (2, 30), '套': (2, 40), '场': (2, 40), '场次': (2, 80), '人次': (20, 9000), '座': (1, 40), '处': (3, 300),
           '份': (100, 20000), '栋': (5, 300)}


class Filler:
    """Renders slots as real values or (when masked) as placeholders in one consistent document style."""

    def __init__(self, rng, year=None, xchar=None):
        self.rng = rng
        self.year = year or rng.randint(2019, 2024)
        self.xchar = xchar or pick(rng, ['x', 'x', 'x', 'X', 'X', '×'])

    def real(self, kind, arg):
        r = self.rng
        if kind == 'n':
            lo, hi = NUMWORD.get(arg, (2, 500))
            return '%d%s' % (r.randint(lo, hi), arg)
        if kind == 'm':
            return '%.*f%s' % (pick(r, [0, 1, 2]), r.uniform(1.2, 980), arg)
        if kind == 'r':
            return '%.*f%%' % (pick(r, [0, 1, 2]), r.uniform(60, 99.9))
        if kind == 'd':
            return '%d月%d日' % (r.randint(1, 12), r.randint(1, 28))
        if kind == 'ym':
            return '%d年%d月' % (self.year, r.randint(1, 12))
        if kind == 'y':
            return str(self.year)
        if kind == 'pl':
            return place(r, arg)
        if kind == 'dp':
            return pick(r, DEPTS)
        if kind == 'co':
            return company(r)
        if kind == 'nm':
            return person(r)
        if kind == 'city':
            return city(r)
        if kind == 'dn':
            return '《%s%s〔%d〕%d号》' % (pick(r, ['临', '安', '澄', '渠']), pick(r, ['政发', '政办', '卫健发', '应急']), self.year, r.randint(1, 160))
        raise KeyError(kind)

    def xs(self, k):
        return self.xchar * k

    def mask(self, kind, arg):
        r, x = self.rng, self.xs
        if kind == 'n':
            return x(r.randint(1, 4)) + arg
        if kind == 'm':
            return pick(r, [x(2) + '.' + x(2), x(3), x(1) + '.' + x(1), x(4)]) + arg
        if kind == 'r':
            return pick(r, [x(3), x(2), x(2) + '.' + x(1), x(2) + '.' + x(2)]) + '%'
        if kind == 'd':
            return pick(r, [x(1) + '月' + x(2) + '日', x(2) + '月' + x(2) + '日', x(1) + '月' + x(1) + '日'])
        if kind == 'ym':
            return pick(r, ['%d年%s月' % (self.year, x(1)), '20%s年%s月' % (x(2), x(2)), '%s年%s月' % (x(4), x(1))])
        if kind == 'y':
            return '20' + x(2)
        if kind == 'pl':
            return x(2) + arg
        if kind == 'dp':
            return pick(r, [x(2) + '局', x(2) + '办', x(3) + '中心', '区' + x(2) + '局'])
        if kind == 'co':
            return pick(r, [x(2) + '有限公司', x(3) + '公司', x(2) + '市' + x(2) + '科技有限公司', '某某公司'])
        if kind == 'nm':
            return pick(r, [x(3), pick(r, SURNAMES) + '某', pick(r, SURNAMES) + '某某', x(2)])
        if kind == 'city':
            return x(2) + pick(r, ['市', '县', '区'])
        if kind == 'dn':
            return '《%s政发〔%d〕%s号》' % (x(1), self.year, x(2))
        raise KeyError(kind)

    def fill(self, doc, tpl, mask=None):
        """mask: dict kind -> probability of masking that slot."""
        mask = mask or {}
        pos = 0
        for mo in SLOT_RE.finditer(tpl):
            doc.t(tpl[pos:mo.start()])
            kind, arg = mo.group(1), mo.group(2) or ''
            if chance(self.rng, mask.get(kind, 0.0)):
                doc.p(self.mask(kind, arg))
            else:
                doc.t(self.real(kind, arg))
            pos = mo.end()
        doc.t(tpl[pos:])

    def text(self, tpl):
        d = Doc()
        self.fill(d, tpl)
        return d.build()[0]


def slot_kinds(tpl):
    return {m.group(1) for m in SLOT_RE.finditer(tpl)}


def report_doc(rng, mask, nsent=(3, 7), need=1, fl=None, title=True, tpl_pool=None):
    """A report with the given masking probabilities; guarantees at least `need` placeholders when mask."""
    for _ in range(50):
        d = Doc()
        f = fl or Filler(rng)
        if title:
            f.fill(d, pick(rng, REPORT_TITLE), mask)
            d.nl()
        if chance(rng, 0.6):
            f.fill(d, pick(rng, SECTION))
            d.nl()
        sents = rng.sample(tpl_pool or REPORT_SENT, rng.randint(*nsent))
        line = []
        for s in sents:
            f.fill(d, s, mask)
            if chance(rng, 0.45):
                d.nl()
        text, spans, _ = d.build()
        if len(spans) >= need and text.count('\n') <= 10:
            d.parts = [p for p in d.parts]
            if d.parts and d.parts[-1][0] == '\n':
                d.parts.pop()
            return d
    raise RuntimeError('report_doc failed')


def clean_report_lines(rng, n=(3, 7), title=True):
    f = Filler(rng)
    lines = []
    if title:
        lines.append(f.text(pick(rng, REPORT_TITLE)))
    if chance(rng, 0.5):
        lines.append(f.text(pick(rng, SECTION)))
    sents = rng.sample(REPORT_SENT, rng.randint(*n))
    cur = ''
    for s in sents:
        cur += f.text(s)
        if chance(rng, 0.5):
            lines.append(cur)
            cur = ''
    if cur:
        lines.append(cur)
    return lines


def signature_lines(rng, f=None):
    y = (f.year if f else rng.randint(2019, 2024))
    org = pick(rng, [place(rng, '街道办事处'), place(rng, '镇人民政府'), pick(rng, DEPTS), place(rng, '村民委员会'), company(rng)])
    return [org, '%d年%d月%d日' % (y, rng.randint(1, 12), rng.randint(1, 28))]


# --------------------------------------------------------------------------------------------------
# Style registry
# --------------------------------------------------------------------------------------------------
STYLES = []


def style(name, family, label, note):
    def deco(fn):
        assert re.fullmatch(r'[a-z0-9_]+', name), name
        assert name not in {s[0] for s in STYLES}, name
        STYLES.append((name, family, label, fn, note))
        return fn
    return deco


def PH(name, note):
    return style(name, 'ph', 'placeholder', note)


def PHN(name, note):
    return style(name, 'ph', 'negative', note)


def MJ(name, note):
    return style(name, 'mj', 'mojibake', note)


def MJN(name, note):
    return style(name, 'mj', 'negative', note)


def lines_doc(lines):
    d = Doc()
    for i, l in enumerate(lines):
        if i:
            d.nl()
        d.t(l)
    return d


# ================================== ph: positives =================================================
@PH('report_count_xx', 'counts masked as xx户 / xxx人 in a work report')
def _(rng):
    return report_doc(rng, {'n': 0.6})


@PH('report_place_xx', 'place names masked as XX街道 / xx村 in a work report')
def _(rng):
    return report_doc(rng, {'pl': 0.9, 'city': 0.9, 'dp': 0.5}, tpl_pool=[s for s in REPORT_SENT if '{pl' in s or '{dp' in s] + REPORT_SENT[:6])


@PH('report_date_x', 'dates masked as x月xx日 / 20xx年x月')
def _(rng):
    return report_doc(rng, {'d': 0.9, 'ym': 0.9, 'y': 0.5}, tpl_pool=[s for s in REPORT_SENT if '{d}' in s or '{ym}' in s] + REPORT_SENT[:8])


@PH('report_money_x', 'amounts masked as xx.xx万元 / xxx万元')
def _(rng):
    return report_doc(rng, {'m': 0.8}, tpl_pool=[s for s in REPORT_SENT if '{m:' in s])


@PH('report_rate_x', 'rates masked as xxx% / xx.x%')
def _(rng):
    return report_doc(rng, {'r': 0.85}, tpl_pool=[s for s in REPORT_SENT if '{r}' in s])


@PH('report_mixed_anonymised', 'compiled anonymised summary: every kind of fact masked with x')
def _(rng):
    return report_doc(rng, {k: 0.55 for k in ('n', 'm', 'r', 'd', 'ym', 'pl', 'city', 'dp', 'co', 'nm', 'dn')}, nsent=(4, 8))


@PH('report_cross_mask', 'facts masked with the multiplication sign ×× (common in Word templates)')
def _(rng):
    return report_doc(rng, {k: 0.6 for k in ('n', 'm', 'r', 'd', 'pl', 'dp', 'city')}, fl=Filler(rng, xchar='×'))


@PH('report_fullwidth_x', 'facts masked with full-width Ｘ (IME full-width mode)')
def _(rng):
    return report_doc(rng, {k: 0.6 for k in ('n', 'm', 'r', 'd', 'pl', 'city')}, fl=Filler(rng, xchar='Ｘ'))


@PH('title_only_placeholder', 'only the title carries the placeholder; body is clean')
def _(rng):
    f = Filler(rng)
    d = Doc()
    t = pick(rng, ['关于{pl:街道}{y}年{topic}的通知', '{pl:镇}关于开展{topic}的实施方案', '{city}{topic}工作总结'])
    t = t.replace('{topic}', pick(rng, ['安全生产大检查', '人居环境整治', '防汛备汛', '森林防火', '消防安全隐患排查']))
    for _ in range(20):
        d = Doc()
        f.fill(d, t, {'pl': 1, 'y': 0.5, 'city': 1})
        if d.build()[1]:
            break
    d.nl()
    for s in rng.sample(REPORT_SENT, rng.randint(2, 4)):
        f.fill(d, s)
    return d


@PH('doc_number_mask', 'document numbers masked: x政发〔2022〕xx号')
def _(rng):
    f = Filler(rng)
    d = Doc()
    x = f.xs
    forms = ['%s政发〔%d〕%s号' % (x(1), f.year, x(2)), '%s卫健办〔%d〕%s号' % (x(2), f.year, x(3)), '%s发〔20%s〕%s号' % (x(1), x(2), x(1)),
             '%s府函〔%d〕%s号' % (x(2), f.year, x(2))]
    d.t('根据《关于印发%s的通知》（' % pick(rng, ['安全生产专项整治三年行动方案', '城乡环境卫生整洁行动方案', '基层医疗卫生服务能力提升方案']))
    d.p(pick(rng, forms))
    d.t('）要求，现将有关情况报告如下。').nl()
    for s in rng.sample(REPORT_SENT, rng.randint(1, 3)):
        f.fill(d, s)
    if chance(rng, 0.5):
        d.nl().t('抄送：').t(pick(rng, DEPTS)).t('。')
    return d


@PH('pdf_split_placeholder', 'PDF extraction split a masked number from its unit across blank lines (xxx\\n\\n家)')
def _(rng):
    f = Filler(rng)
    d = Doc()
    pre = pick(rng, ['今年以来共创建无烟单位', '全市共有定点医疗机构', '累计完成改厕', '辖区内登记在册的养老机构共'])
    d.t(pre).p(f.xs(rng.randint(2, 3))).t('\n\n').t(pick(rng, ['家', '户', '个', '所'])).t('，')
    f.fill(d, pick(rng, ['完成率{r}。', '较上年增加{n:家}。', '投入资金{m:万元}。']), {'r': 0.7, 'n': 0.7, 'm': 0.7})
    d.nl()
    f.fill(d, pick(rng, REPORT_SENT))
    return d


@PH('case_surname_mou', 'discipline / court notice using 张某、李某某 to mask people')
def _(rng):
    d = Doc()
    a, b = pick(rng, SURNAMES), pick(rng, SURNAMES)
    d.t(pick(rng, ['关于', '']) + '典型问题通报').nl()
    d.t('%s%s原党支部书记' % (pick(rng, PLACE1), pick(rng, ['村', '社区']))).p(a + pick(rng, ['某', '某某'])).t(
        pick(rng, ['违规发放补贴问题。', '侵占集体资金问题。', '优亲厚友问题。'])).nl()
    d.t('%d年至%d年，' % (rng.randint(2016, 2019), rng.randint(2020, 2022))).p(a + '某' if chance(rng, 0.5) else a + '某某').t(
        '利用职务便利，为其亲属').p(b + pick(rng, ['某', '某某'])).t('违规申领低保金%d元。' % rng.randint(3000, 60000)).nl()
    d.t('%d年%d月，' % (rng.randint(2021, 2023), rng.randint(1, 12))).p(a + pick(rng, ['某', '某某'])).t('受到党内严重警告处分，违规资金已全部追缴。')
    return d


@PH('company_mask_mou', 'inspection notice masking firms as 某某公司 / XX有限公司')
def _(rng):
    d = Doc()
    f = Filler(rng)
    d.t('%s关于%d年第%d季度产品质量抽检情况的通告' % (pick(rng, DEPTS), f.year, rng.randint(1, 4))).nl()
    for i in range(rng.randint(2, 4)):
        d.t('%d.' % (i + 1))
        d.p(pick(rng, ['某某', f.xs(2), f.xs(2) + '市' + f.xs(2)]) + pick(rng, COMPANY_TAIL))
        d.t('生产的%s，%s项目不合格。' % (pick(rng, ['食用植物油', '饮用纯净水', '电线电缆', '儿童服装', '瓷砖']),
                                     pick(rng, ['酸价', '菌落总数', '导体电阻', '甲醛含量', '吸水率'])))
        d.nl()
    d.t('对上述不合格产品，已责令生产企业查清原因、限期整改。')
    return d


@PH('circle_mask_taiwan', 'Taiwanese-style anonymisation with ○ (王○明, 林○○)')
def _(rng):
    d = Doc()
    d.t('判決書摘要').nl()
    for role in rng.sample(['原告', '被告', '證人', '上訴人', '被上訴人'], rng.randint(2, 3)):
        nm = pick(rng, SURNAMES) + pick(rng, ['○明', '○○', '○華', '○惠', '○○'])
        d.t(role).p(nm).t('，' + pick(rng, ['住臺北市○○區', '籍設新北市', '年籍詳卷']))
        if '○○區' in d.parts[-1][0]:
            d.parts.pop()
            d.t('，住臺北市').p('○○區○○路○段○○號')
        d.nl()
    d.t('上列當事人間請求損害賠償事件，本院判決如下。')
    return d


@PH('name_star_list', 'public list masking given names with stars (张**, 王*明)')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['%d年度城乡低保对象公示名单' % rng.randint(2020, 2024), '公益性岗位拟录用人员公示', '困难学生助学金拟资助名单'])).nl()
    for i in range(rng.randint(3, 7)):
        s = pick(rng, SURNAMES)
        m = pick(rng, [s + '**', s + '*', s + '*' + pick(rng, GIVEN), s + '＊＊'])
        d.t('%d  ' % (i + 1)).p(m).t('  %s  %s' % (pick(rng, PLACE1) + pick(rng, ['村', '社区']), pick(rng, ['%d元/月' % rng.randint(300, 900), '保洁员', '护林员', '一等']))).nl()
    d.t('公示期5个工作日，如有异议请向街道民政办反映。')
    return d


@PH('phone_star_mask', 'phone numbers with starred middle digits (138****5678)')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['志愿者招募结果公告', '社区网格员联系方式', '预约登记名单'])).nl()
    for i in range(rng.randint(2, 5)):
        ph = phone(rng)
        d.t(pick(rng, ['网格', '序号', '志愿者']) + str(i + 1) + '：' + person(rng)[:1] + pick(rng, ['先生', '女士']) + '，联系电话 ')
        d.p(ph[:3] + '****' + ph[7:]).nl()
    d.t('请以上人员保持电话畅通。')
    return d


@PH('idcard_star_mask', 'identity numbers with starred middle (4401**********1234)')
def _(rng):
    d = Doc()
    d.t('拟认定%s人员名单' % pick(rng, ['退役军人优待', '高龄津贴', '见义勇为'])).nl()
    for i in range(rng.randint(2, 4)):
        idn = id_number(rng)
        k = pick(rng, [(6, 4), (4, 4), (3, 4), (6, 2)])
        masked = idn[:k[0]] + '*' * (18 - k[0] - k[1]) + idn[18 - k[1]:]
        d.t('%s，%s，身份证号 ' % (person(rng), pick(rng, ['男', '女']))).p(masked).nl()
    d.t('公示时间：%d年%d月%d日至%d日。' % (rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 10), rng.randint(15, 28)))
    return d


@PH('bank_card_star', 'bank statement with card numbers masked 6222 **** **** 1234')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['个人账户交易明细', '账户对账单', '借记卡交易流水'])).nl()
    d.t('卡号：')
    last = '%04d' % rng.randrange(10000)
    d.p(pick(rng, ['6222 **** **** ' + last, '6217 **** **** ' + last, '622848******' + last, '6230 58** **** ' + last])).nl()
    bal = rng.uniform(1000, 90000)
    for _ in range(rng.randint(2, 5)):
        amt = rng.uniform(10, 5000)
        bal -= amt
        d.t('%d-%02d-%02d  %s  -%.2f  余额 %.2f' % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28),
                                                 pick(rng, ['消费', '转账支出', '代扣水费', 'ATM取款', '快捷支付']), amt, bal)).nl()
    d.t('户名：').p(pick(rng, SURNAMES) + pick(rng, ['*', '**', '*' + pick(rng, GIVEN)]))
    return d


@PH('payroll_slip_mask', 'payroll slip: name and card masked')
def _(rng):
    d = Doc()
    d.t('%d年%d月工资条' % (rng.randint(2021, 2024), rng.randint(1, 12))).nl()
    d.t('姓名：').p(pick(rng, SURNAMES) + pick(rng, ['*', '**'])).t('  工号：%05d  部门：%s' % (rng.randrange(100000), pick(rng, ['财务部', '行政部', '生产部', '信息科']))).nl()
    base = rng.randint(3000, 12000)
    d.t('基本工资 %d.00 | 绩效 %d.00 | 社保扣款 %.2f | 实发 %.2f' % (base, rng.randint(500, 3000), base * 0.105, base * 1.1)).nl()
    d.t('发放账户：').p(pick(rng, ['6217 **** **** %04d', '6228 48** **** %04d', '**** **** **** %04d']) % rng.randrange(10000))
    return d


@PH('credit_report_mask', 'enterprise credit report: legal representative and credit code partly starred')
def _(rng):
    d = Doc()
    code = uscc(rng)
    d.t('企业信用信息公示报告').nl()
    d.t('企业名称：%s' % company(rng)).nl()
    d.t('统一社会信用代码：').p(pick(rng, [code[:8] + '*' * 6 + code[14:], code[:6] + '********' + code[14:], code[:10] + '******' + code[16:]])).nl()
    d.t('法定代表人：').p(pick(rng, SURNAMES) + pick(rng, ['*', '**', '*' + pick(rng, GIVEN)])).nl()
    d.t('成立日期：%d年%02d月%02d日  登记状态：存续' % (rng.randint(2005, 2022), rng.randint(1, 12), rng.randint(1, 28))).nl()
    if chance(rng, 0.5):
        d.t('注册资本：').p(pick(rng, ['***万元人民币', '**万元'])).nl()
    d.t('经营范围：%s。' % pick(rng, ['技术开发、技术服务；软件销售', '建筑材料销售；五金产品零售', '餐饮服务；食品经营']))
    return d


@PH('village_board_mask', '村务公开 board with masked household names')
def _(rng):
    d = Doc()
    d.t('%s%s村务公开栏（%d年第%d季度）' % (pick(rng, PLACE1), pick(rng, ['村', '村委会']), rng.randint(2020, 2024), rng.randint(1, 4))).nl()
    d.t(pick(rng, ['一、危房改造补助发放情况', '一、耕地地力保护补贴发放', '一、临时救助发放情况'])).nl()
    for i in range(rng.randint(3, 6)):
        s = pick(rng, SURNAMES)
        d.t('%d. ' % (i + 1)).p(pick(rng, [s + '**户', s + '*户', s + '某某户', s + '某户', 'XX户'])).t(
            '，%s组，%s %d元' % (pick(rng, '一二三四五六七'), pick(rng, ['补助', '补贴']), rng.randint(200, 30000))).nl()
    d.t('监督电话：%s' % ('0' + str(rng.randint(700, 799)) + '-' + str(rng.randint(2000000, 8999999))))
    return d


@PH('property_unit_template', 'property notice left as template: X栋X单元 / XXX室')
def _(rng):
    d = Doc()
    d.t('尊敬的%s业主：' % pick(rng, ['各位', '', '小区'])).nl()
    d.t('因%s，定于' % pick(rng, ['二次供水设施清洗', '电梯年度检验', '外墙维修', '消防管网改造'])).p(
        pick(rng, ['X月X日', 'x月x日', 'XX月XX日'])).t('对').p(pick(rng, ['X栋X单元', 'X栋', 'XX栋XX单元', 'X号楼X单元'])).t(
        pick(rng, ['暂停供水', '停运电梯', '进行施工']) + '，请提前做好准备。').nl()
    if chance(rng, 0.6):
        d.t('受影响住户：').p(pick(rng, ['XXX室', 'X01—X04室', 'xxx室'])).t('。').nl()
    d.t('给您带来不便，敬请谅解！').nl()
    d.t(pick(rng, COMPANY_HEAD) + '物业服务中心')
    return d


@PH('lottery_winner_mask', 'raffle / lottery winners list with masked phones and names')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['“迎新春”消费券抽奖中奖名单', '幸运大转盘中奖公告', '开业抽奖活动获奖名单'])).nl()
    for prize in rng.sample(['一等奖', '二等奖', '三等奖', '幸运奖'], rng.randint(2, 3)):
        d.t(prize + '：')
        for j in range(rng.randint(1, 3)):
            if j:
                d.t('、')
            if chance(rng, 0.5):
                ph = phone(rng)
                d.p(ph[:3] + '****' + ph[7:])
            else:
                d.p(pick(rng, SURNAMES) + pick(rng, ['*', '**', '*' + pick(rng, GIVEN)]))
        d.nl()
    d.t('请中奖者于%d日内凭有效证件到服务台领取奖品。' % rng.randint(3, 15))
    return d


@PH('logistics_mask', 'logistics tracking page with masked receiver, phone and address')
def _(rng):
    d = Doc()
    d.t('运单号：SF%013d' % rng.randrange(10 ** 13)).nl()
    d.t('收件人：').p(pick(rng, SURNAMES) + pick(rng, ['*', '**'])).t('  电话：')
    ph = phone(rng)
    d.p(ph[:3] + '****' + ph[7:]).nl()
    d.t('收件地址：%s' % city(rng)).p(pick(rng, ['******', '****小区**栋', '***路***号'])).nl()
    for _ in range(rng.randint(1, 3)):
        d.t('%02d:%02d 快件已到达【%s营业点】' % (rng.randint(0, 23), rng.randint(0, 59), pick(rng, PLACE1))).nl()
    d.t('派件员：' + pick(rng, SURNAMES) + '师傅 ').p(pick(rng, ['156****', '185****']) + '%04d' % rng.randrange(10000))
    return d


@PH('hospital_patient_mask', 'medical record / price list page with masked patient')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['住院费用清单', '出院小结', '门诊病历'])).nl()
    d.t('患者：').p(pick(rng, [pick(rng, SURNAMES) + '某某', pick(rng, SURNAMES) + '某', pick(rng, SURNAMES) + '**'])).t(
        '  性别：%s  年龄：%d岁  住院号：' % (pick(rng, '男女'), rng.randint(3, 90))).p(pick(rng, ['******', '00****%02d' % rng.randrange(100), 'XXXXXX'])).nl()
    for it in rng.sample(['血常规', '胸部CT平扫', '静脉输液', '床位费', '护理费', '心电图'], rng.randint(2, 4)):
        d.t('%s  %d次  %.2f元' % (it, rng.randint(1, 10), rng.uniform(5, 400))).nl()
    d.t('主治医师：%s' % person(rng))
    return d


@PH('email_mask', 'email addresses partly masked (zh***@163.com)')
def _(rng):
    d = Doc()
    d.t('经核查，以下账号存在异常登录，已冻结：').nl()
    for _ in range(rng.randint(2, 4)):
        user = pick(rng, ['zhang', 'liwei', 'chenhao', 'wangfang', 'yang88', 'sunli'])
        d.p(user[:2] + pick(rng, ['***', '****', '**']) + '@' + pick(rng, ['163.com', 'qq.com', '126.com', 'sina.com'])).t(
            '，冻结时间 %02d:%02d' % (rng.randint(0, 23), rng.randint(0, 59))).nl()
    d.t('如有疑问请联系信息中心。')
    return d


@PH('plate_mask', 'vehicle plates masked (粤B·***12)')
def _(rng):
    d = Doc()
    d.t('违停车辆曝光（第%d期）' % rng.randint(1, 60)).nl()
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, '粤湘赣桂闽浙苏川') + pick(rng, 'ABCDEF')
        d.p(p + pick(rng, ['·***', '***', '·**']) + '%02d' % rng.randrange(100)).t('，%s，%s' % (
            pick(rng, STREETS), pick(rng, ['占用消防通道', '占用盲道', '路口违停']))).nl()
    d.t('请车主自觉遵守停车管理规定。')
    return d


@PH('bracket_field_cn', 'template fields left in brackets: 【单位名称】【日期】')
def _(rng):
    d = Doc()
    fields = ['单位名称', '日期', '联系人', '联系电话', '项目名称', '金额', '姓名', '地址']
    chosen = rng.sample(fields, rng.randint(2, 4))
    br = pick(rng, [('【', '】'), ('［', '］'), ('〖', '〗')])
    d.t(pick(rng, ['关于', '']) + '召开%s工作推进会的通知' % pick(rng, ['安全生产', '乡村振兴', '文明创建'])).nl()
    d.t('各有关单位：').nl()
    d.t('定于').p(br[0] + chosen[0] + br[1]).t('在%s召开会议，请' % pick(rng, ['三楼会议室', '街道大礼堂', '区政务中心'])).p(br[0] + chosen[1] + br[1]).t('准时参加。').nl()
    for c in chosen[2:]:
        d.t(pick(rng, ['会务', '报名']) + '：').p(br[0] + c + br[1]).nl()
    d.t(pick(rng, DEPTS))
    return d


@PH('square_bracket_field', 'template fields in ASCII brackets: [姓名] [Company Name]')
def _(rng):
    d = Doc()
    d.t('尊敬的').p(pick(rng, ['[姓名]', '[客户姓名]', '[Name]'])).t(pick(rng, ['：', '先生/女士：'])).nl()
    d.t('感谢您参加').p(pick(rng, ['[活动名称]', '[Event]'])).t('。您的报名编号为').p(pick(rng, ['[编号]', '[ID]'])).t('，请妥善保存。').nl()
    d.p(pick(rng, ['[Company Name]', '[公司名称]', '[单位]'])).nl()
    d.t('%d年%d月' % (rng.randint(2020, 2024), rng.randint(1, 12)))
    return d


@PH('mustache_field', 'mail-merge / template engine fields left unrendered: {{name}}')
def _(rng):
    d = Doc()
    keys = rng.sample(['name', 'company', 'amount', 'date', 'phone', 'address', 'user.name', 'order_no'], 3)
    sp = pick(rng, ['{{%s}}', '{{ %s }}'])
    d.t('您好，').p(sp % keys[0]).t('：').nl()
    d.t('您于').p(sp % keys[1]).t('提交的%s申请已受理，' % pick(rng, ['营业执照变更', '公租房', '社保转移', '退税'])).t(
        '受理编号').p(sp % keys[2]).t('。').nl()
    d.t('办理结果将以短信方式通知，请留意。')
    return d


@PH('dollar_brace_field', 'unrendered ${var} / #{var} variables in a notice')
def _(rng):
    d = Doc()
    v = pick(rng, ['${%s}', '#{%s}', '$%s$'])
    d.t('【%s】尊敬的用户' % pick(rng, ['政务服务', '不动产登记', '医保中心'])).p(v % pick(rng, ['userName', 'name', 'xm'])).t(
        '，您预约的业务将于').p(v % pick(rng, ['date', 'yyrq', 'bookTime'])).t('办理，地点：').p(v % pick(rng, ['hall', 'address', 'dd'])).t('。')
    if chance(rng, 0.5):
        d.nl().t('退订回复T')
    return d


@PH('percent_var_field', 'unrendered %VAR% fields from a batch mail tool')
def _(rng):
    d = Doc()
    d.t('致').p(pick(rng, ['%NAME%', '%CUSTOMER%', '%收件人%'])).t('：').nl()
    d.t('贵单位%d年度%s已审核通过，金额' % (rng.randint(2020, 2024), pick(rng, ['稳岗补贴', '研发费用补助', '以工代训补贴']))).p(
        pick(rng, ['%AMOUNT%', '%JE%'])).t('元，将于').p(pick(rng, ['%DATE%', '%PAYDATE%'])).t('前拨付。')
    return d


@PH('mailmerge_chevrons', 'Word mail-merge fields «姓名» / <<单位>> left in the document')
def _(rng):
    d = Doc()
    o, c = pick(rng, [('«', '»'), ('<<', '>>'), ('《《', '》》')])
    d.t('录用通知书').nl()
    d.p(o + '姓名' + c).t('同志：').nl()
    d.t('经考试考察，您已被录用为').p(o + pick(rng, ['岗位', '职位名称']) + c).t('，请于').p(o + '报到日期' + c).t('到').p(o + '单位' + c).t('报到。').nl()
    d.t(pick(rng, DEPTS))
    return d


@PH('underscore_blank_form', 'form with empty underscore blanks ＿＿＿ / ______')
def _(rng):
    d = Doc()
    u = pick(rng, ['_', '＿'])
    d.t(pick(rng, ['居民信息登记表', '返乡人员登记表', '志愿者报名表'])).nl()
    for fld in rng.sample(['姓名', '身份证号', '联系电话', '现住址', '工作单位', '紧急联系人'], rng.randint(3, 5)):
        d.t(fld + '：').p(u * rng.randint(4, 12)).nl()
    d.t('以上信息仅用于%s。' % pick(rng, ['社区服务', '疫情防控', '志愿服务管理']))
    return d


@PH('signature_blank', 'signature block with blank name and date: 签字：____ ____年__月__日')
def _(rng):
    d = Doc()
    for s in rng.sample(REPORT_SENT, rng.randint(1, 3)):
        Filler(rng).fill(d, s)
    d.nl()
    d.t(pick(rng, ['承诺人（签字）：', '负责人签字：', '经办人：'])).p('_' * rng.randint(6, 12)).nl()
    d.p(pick(rng, ['____年__月__日', '    年  月  日'.replace(' ', '_'), '＿＿年＿＿月＿＿日']))
    return d


@PH('contract_blanks', 'contract template with unfilled parties and amounts')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['房屋租赁合同', '劳务合同', '采购合同'])).nl()
    d.t('甲方：').p('_' * rng.randint(8, 16)).t('（以下简称“甲方”）').nl()
    d.t('乙方：').p('_' * rng.randint(8, 16)).t('（以下简称“乙方”）').nl()
    d.t('第一条 合同金额为人民币（大写）').p(pick(rng, ['__________', '＿＿＿＿＿'])).t('元（小写：¥').p(pick(rng, ['______', '＿＿＿'])).t('）。').nl()
    d.t('第二条 合同期限自').p('____年__月__日').t('起至').p('____年__月__日').t('止。')
    return d


@PH('fill_instruction', 'fill-in instructions left in the published text: （此处填写…）')
def _(rng):
    d = Doc()
    Filler(rng).fill(d, pick(rng, REPORT_TITLE))
    d.nl()
    d.t('本年度我单位').p(pick(rng, ['（此处填写主要工作完成情况）', '（请填写具体数据）', '（此处填写…）', '（在此输入正文）', '（填写单位全称）'])).t('。').nl()
    if chance(rng, 0.6):
        d.t('存在问题：').p(pick(rng, ['（请简要说明，不超过200字）', '（此处填写存在的问题）', '（此处根据实际情况填写）'])).nl()
    d.t('下一步将继续抓好各项工作落实。')
    return d


@PH('todo_marker', 'TODO / TBD markers left in a draft')
def _(rng):
    d = Doc()
    f = Filler(rng)
    for s in rng.sample(REPORT_SENT, rng.randint(1, 3)):
        f.fill(d, s)
    d.nl()
    d.p(pick(rng, ['TODO：补充全年数据', 'TODO', 'TBD', '【TODO】', 'todo: 核对数字', 'FIXME：待核实'])).nl()
    f.fill(d, pick(rng, REPORT_SENT))
    return d


@PH('tbd_value', '待定 / 待补充 used as the value of a field')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['重点项目推进表', '会议安排', '活动方案要素'])).nl()
    fields = rng.sample(['开工时间', '责任单位', '总投资', '会议地点', '主讲人', '竣工时间', '资金来源'], rng.randint(3, 5))
    ph_i = rng.sample(range(len(fields)), rng.randint(1, 2))
    for i, fld in enumerate(fields):
        d.t(fld + '：')
        if i in ph_i:
            d.p(pick(rng, ['待定', '待补充', '待填', '（待定）', 'TBD']))
        else:
            d.t({'开工时间': '%d年%d月' % (rng.randint(2022, 2025), rng.randint(1, 12)), '竣工时间': '%d年%d月' % (rng.randint(2025, 2027), rng.randint(1, 12)),
                 '责任单位': pick(rng, DEPTS), '总投资': '%d万元' % rng.randint(100, 9000), '会议地点': pick(rng, ['三楼会议室', '街道大礼堂']),
                 '主讲人': person(rng), '资金来源': pick(rng, ['区级财政', '专项债券', '社会资本'])}[fld])
        d.nl()
    d.t('请各责任单位按时报送进度。')
    return d


@PH('yyyy_mm_dd_template', 'date templates YYYY年MM月DD日 / 20XX年 left unfilled')
def _(rng):
    d = Doc()
    d.t('报告编号：').p(pick(rng, ['YYYY-NNN', 'XXXX-XXX', 'No.XXXXXX'])).nl()
    d.t('报告日期：').p(pick(rng, ['YYYY年MM月DD日', 'yyyy-mm-dd', 'YYYY/MM/DD', '20XX年XX月XX日'])).nl()
    for s in rng.sample(REPORT_SENT, rng.randint(1, 2)):
        Filler(rng).fill(d, s)
    return d


@PH('ppt_placeholder_text', 'slide/Word placeholder prompts exported with the text: 单击此处添加标题')
def _(rng):
    d = Doc()
    d.p(pick(rng, ['单击此处添加标题', '单击此处编辑母版标题样式', '点击输入标题'])).nl()
    Filler(rng).fill(d, pick(rng, REPORT_SENT))
    d.nl()
    d.p(pick(rng, ['单击此处添加文本', '单击此处编辑母版文本样式', '请在此处输入文字', '在此处键入'])).nl()
    d.t('汇报人：%s' % person(rng))
    return d


@PH('form_software_prompt', 'exported web form with select/input prompts as values (请选择 / 请输入)')
def _(rng):
    d = Doc()
    d.t('申请信息').nl()
    d.t('申请人：%s' % person(rng)).nl()
    fields = rng.sample(['所属街道', '申请类型', '证件类型', '所属行业', '经营地址', '联系电话'], 3)
    pi = rng.randrange(3)
    for i, fld in enumerate(fields):
        d.t(fld + '：')
        if i == pi or chance(rng, 0.3):
            d.p(pick(rng, ['请选择', '--请选择--', '请输入', '请输入' + fld]))
        else:
            d.t(pick(rng, [place(rng, '街道'), '个体工商户', '居民身份证', '批发和零售业', pick(rng, STREETS) + '%d号' % rng.randint(1, 300)]))
        d.nl()
    d.t('提交时间：%d-%02d-%02d' % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    return d


@PH('cms_template_tag', 'CMS template tags left in a published page ({dede:field.title/}, [!--newstext--])')
def _(rng):
    d = Doc()
    d.p(pick(rng, ['{dede:field.title/}', '[!--title--]', '{$title}', '{{ article.title }}', '<%=title%>'])).nl()
    d.t('发布时间：').p(pick(rng, ['{dede:field.pubdate function="MyDate(\'Y-m-d\',@me)"/}', '[!--newstime--]', '{$pubdate}'])).t(
        '  来源：%s' % pick(rng, DEPTS)).nl()
    Filler(rng).fill(d, pick(rng, REPORT_SENT))
    return d


@PH('format_string_unfilled', 'printf / i18n format specifiers left unfilled (%s, %d, {0})')
def _(rng):
    d = Doc()
    sp = pick(rng, [('%s', '%d'), ('{0}', '{1}'), ('%1$s', '%2$d'), ('{}', '{}')])
    d.t('系统提示').nl()
    d.t('尊敬的').p(sp[0]).t('，您本月共有').p(sp[1]).t(pick(rng, ['条待办事项未处理。', '笔缴费记录。', '项审批已超期。'])).nl()
    d.t('请登录%s查看详情。' % pick(rng, ['政务服务网', '办公系统', '掌上办', '一网通办平台', '协同办公平台'])).nl()
    d.t('推送时间：%d-%02d-%02d %02d:%02d' % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59)))
    return d


@PH('minutes_xxx_names', 'meeting minutes with attendees masked as XXX')
def _(rng):
    d = Doc()
    x = pick(rng, ['XXX', 'xxx', '×××', 'XX'])
    d.t('%s会议纪要' % pick(rng, ['党工委', '村“两委”', '项目推进', '安委会'])).nl()
    d.t('时间：%d年%d月%d日' % (rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28))).nl()
    d.t('主持人：').p(x).nl()
    d.t('参会人员：')
    for i in range(rng.randint(2, 4)):
        if i:
            d.t('、')
        d.p(x)
    d.nl().t('记录人：').p(x).nl()
    d.t('会议研究了%s等事项。' % pick(rng, ['人居环境整治', '集体资产出租', '防汛值班安排']))
    return d


@PH('english_template_xxx', 'bilingual letter with English template placeholders (Dear XXX)')
def _(rng):
    d = Doc()
    d.t('Dear ').p(pick(rng, ['XXX', 'Mr. XXX', '[Name]', 'Sir/Madam XXX'])).t(',').nl()
    d.t('Thank you for your interest in the %s exchange programme. Your application No. ' % pick(rng, ['youth', 'cultural', 'trade'])).p(
        pick(rng, ['XXXX', 'xxxxxx', 'NNNN'])).t(' has been received.').nl()
    d.t('（中文）尊敬的').p(pick(rng, ['XXX', 'XX'])).t('：感谢您报名参加交流项目。').nl()
    d.t('%s外事办公室 %d年%d月%d日' % (city(rng), rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    return d


@PH('model_xx_placeholder', 'product model left as template: XX型号 / 型号：XX-XXX')
def _(rng):
    d = Doc()
    d.t('采购需求').nl()
    d.t('%s，' % pick(rng, ['便携式气体检测仪', '台式计算机', '应急发电机', '多功能一体机'])).p(pick(rng, ['XX型号', 'XX型', '型号XX-XXX', 'xx型号'])).t(
        '，数量%d台，预算%d元。' % (rng.randint(1, 30), rng.randint(2000, 90000))).nl()
    d.t('技术参数：符合国家相关标准，质保%d年。' % rng.randint(1, 5))
    return d


@PH('flattened_table_mask', 'statistical table flattened to text with masked cells')
def _(rng):
    d = Doc()
    f = Filler(rng)
    sep = pick(rng, [' | ', '\t', '  '])
    d.t(sep.join(['序号', '指标', '单位', '本年', '上年', '增幅'])).nl()
    for i, (ind, unit) in enumerate(rng.sample([('地区生产总值', '亿元'), ('一般公共预算收入', '万元'), ('常住人口', '万人'),
                                                ('城镇居民人均可支配收入', '元'), ('粮食产量', '吨'), ('规上工业增加值', '亿元')], rng.randint(2, 5))):
        d.t(sep.join([str(i + 1), ind, unit]) + sep)
        cells = ['%.1f' % rng.uniform(10, 999), '%.1f' % rng.uniform(10, 999), '%.1f%%' % rng.uniform(-5, 15)]
        mi = rng.randrange(3) if i else 0
        for j, c in enumerate(cells):
            if j:
                d.t(sep)
            if j == mi or chance(rng, 0.25):
                d.p(f.xs(rng.randint(1, 2)) + '.' + f.xs(1) + '%' if j == 2 else pick(rng, [f.xs(2) + '.' + f.xs(1), f.xs(3), f.xs(3) + '.' + f.xs(1)]))
            else:
                d.t(c)
        d.nl()
    d.t('注：数据来源于统计部门。')
    return d


@PH('address_mask', 'addresses masked as XX市XX区XX路XX号')
def _(rng):
    d = Doc()
    x = pick(rng, ['XX', 'xx', '××'])
    d.t('当事人：').p(pick(rng, SURNAMES) + '某').t('，住所地：').p(pick(rng, [x + '省' + x + '市' + x + '区' + x + '路' + x + '号',
                                                                          x + '市' + x + '镇' + x + '村' + x + '组', x + '小区' + x + '栋' + x + '室'])).t('。').nl()
    d.t('经查，当事人于%d年%d月在其经营场所销售过期食品，违反了《中华人民共和国食品安全法》相关规定。' % (rng.randint(2020, 2023), rng.randint(1, 12)))
    return d


@PH('judgment_anonymised', 'anonymised judgment: 原告张某某，被告某某公司，数字保留')
def _(rng):
    d = Doc()
    s1, s2 = pick(rng, SURNAMES), pick(rng, SURNAMES)
    d.t('原告：').p(s1 + pick(rng, ['某某', '某'])).t('，%s，%d年出生。' % (pick(rng, '男女'), rng.randint(1950, 2000))).nl()
    d.t('被告：').p(pick(rng, ['某某', s2 + '某']) + pick(rng, COMPANY_TAIL)).t('，住所地').p(pick(rng, ['某某市某某区', 'XX市XX区'])).t('。').nl()
    d.t('原告向本院提出诉讼请求：判令被告支付货款%d元及利息。' % rng.randint(10000, 900000)).nl()
    d.t('本院认为，双方买卖合同关系合法有效，应予保护。')
    return d


@PH('exam_admission_mask', 'exam score list with masked names and ticket numbers')
def _(rng):
    d = Doc()
    d.t('%d年%s笔试成绩公示' % (rng.randint(2020, 2024), pick(rng, ['社区工作者招聘', '事业单位公开招聘', '教师招聘']))).nl()
    for _ in range(rng.randint(3, 6)):
        d.p(pick(rng, SURNAMES) + pick(rng, ['*', '**', '*' + pick(rng, GIVEN)])).t('  ').p(
            '%04d' % rng.randint(2020, 2024) + pick(rng, ['****', '******']) + '%02d' % rng.randrange(100)).t('  %.1f' % rng.uniform(50, 95)).nl()
    d.t('如有疑问，请于公示期内反映。')
    return d


@PH('lease_address_template', 'lease template with XX小区X栋X单元XXX室')
def _(rng):
    d = Doc()
    d.t('一、甲方将位于').p(pick(rng, ['XX市XX区XX小区X栋X单元XXX室', 'xx路xx号x栋xxx室', '××小区×栋×单元×××室'])).t(
        '的房屋出租给乙方居住使用，建筑面积').p(pick(rng, ['XX', 'xx.xx', '××'])).t('平方米。').nl()
    d.t('二、租赁期限为%d年，月租金%d元，按季度支付。' % (rng.randint(1, 3), rng.randint(800, 6000)))
    return d


@PH('weekday_time_template', 'meeting notice template: X月X日（星期X）上午X:00')
def _(rng):
    d = Doc()
    d.t('会议时间：').p(pick(rng, ['X月X日（星期X）上午X:00', 'x月x日（周x）下午x:30', 'XX月XX日 XX:XX'])).nl()
    d.t('会议地点：%s' % pick(rng, ['街道三楼会议室', '区政府2号会议室', '村委会议室'])).nl()
    d.t('参会人员：各社区党委书记、%s负责人' % pick(rng, DEPTS))
    return d


@PH('enterprise_name_mask', 'enterprise names masked as XX市XX科技有限公司 in a subsidy list')
def _(rng):
    d = Doc()
    d.t('%d年度%s拟补助企业名单' % (rng.randint(2020, 2024), pick(rng, ['高新技术企业培育', '技术改造', '稳岗返还']))).nl()
    for i in range(rng.randint(2, 5)):
        d.t('%d. ' % (i + 1))
        if chance(rng, 0.75) or i == 0:
            d.p(pick(rng, ['XX市XX', 'xx', '××', 'XX']) + pick(rng, COMPANY_TAIL))
        else:
            d.t(company(rng))
        d.t('  %d万元' % rng.randint(5, 300)).nl()
    d.t('公示期：7天。')
    return d


@PH('ner_anonymisation_tags', 'automatic anonymisation tags left in text: <PERSON>, [人名], <LOC>')
def _(rng):
    d = Doc()
    tags = pick(rng, [('<PERSON>', '<LOC>', '<ORG>'), ('[人名]', '[地名]', '[机构]'), ('[PER]', '[LOC]', '[ORG]'), ('<NAME>', '<ADDRESS>', '<COMPANY>')])
    d.t('据群众反映，').p(tags[0]).t('在').p(tags[1]).t('经营的门店存在%s问题，' % pick(rng, ['占道经营', '噪音扰民', '油烟直排'])).t('经').p(tags[2]).t('现场核查属实。').nl()
    d.t('已责令其在%d日内整改完毕，%s将跟踪复查。' % (rng.randint(3, 15), pick(rng, DEPTS)))
    return d


@PH('partial_fill_list', 'list where the first rows are filled and later rows still carry xx')
def _(rng):
    d = Doc()
    f = Filler(rng)
    d.t('各村（社区）%s统计' % pick(rng, ['耕地保护', '适龄儿童入学', '医保参保', '垃圾分类'])).nl()
    names = rng.sample(PLACE1, rng.randint(3, 6))
    k = rng.randint(1, len(names) - 1)
    for i, nmx in enumerate(names):
        d.t(nmx + pick(rng, ['村', '社区']) + '：')
        if i < k:
            d.t('%d户，完成率%.1f%%' % (rng.randint(50, 900), rng.uniform(80, 100)))
        else:
            d.p(f.xs(rng.randint(2, 3)) + '户').t('，完成率').p(f.xs(2) + '.' + f.xs(1) + '%')
        d.nl()
    d.t('合计：').p(f.xs(4) + '户')
    return d


@PH('single_x_ordinal', 'single-letter masks in ordinals and dates: 第x条、x号、x时')
def _(rng):
    d = Doc()
    x = pick(rng, ['x', 'X'])
    reg = pick(rng, ['物业管理条例', '村规民约', '消防安全管理规定', '文明养犬管理办法', '业主公约', '垃圾分类管理办法', '停车管理规定'])
    d.t('根据《%s》第' % reg).p(x + '条').t(pick(rng, ['规定，', '之规定，', '有关要求，'])).nl()
    form = rng.randrange(3)
    if form == 0:
        d.t('请业主于').p(x + '月' + x + '日').t('前将%s清理完毕，' % pick(rng, ['楼道杂物', '电动车', '阳台花盆', '废旧家具'])).p(x + '号楼').t('由物业统一清运。')
    elif form == 1:
        d.t('%s定于' % pick(rng, ['消防演练', '停水检修', '电梯维保', '化粪池清掏'])).p(x + '日').p(x + '时').t('开始，预计持续%d小时。' % rng.randint(1, 8))
    else:
        d.t('违反本规定的，由%s责令改正；情节严重的，依照第' % pick(rng, DEPTS)).p(x + '条').t('处理。')
    if chance(rng, 0.6):
        d.nl().t(Filler(rng).text(pick(rng, REPORT_SENT)))
    return d


@PH('uscc_star_in_tender', 'tender result notice with partly starred credit codes and legal representatives')
def _(rng):
    d = Doc()
    d.t('%s项目中标结果公告' % pick(rng, ['背街小巷改造', '农村饮水安全巩固提升', '社区养老服务站建设'])).nl()
    code = uscc(rng)
    d.t('中标单位：%s' % company(rng)).nl()
    d.t('统一社会信用代码：').p(code[:6] + '*' * rng.randint(6, 8) + code[-4:]).nl()
    d.t('项目负责人：').p(pick(rng, SURNAMES) + pick(rng, ['**', '*'])).t('  中标金额：%.2f元' % rng.uniform(1e5, 9e6))
    return d


@PH('wechat_qq_mask', 'social account numbers masked (QQ 12****89, 微信号 ab***9)')
def _(rng):
    d = Doc()
    d.t('警方提示：近期有不法分子冒充%s实施诈骗，涉案账号如下：' % pick(rng, ['客服', '领导', '快递员'])).nl()
    d.t('QQ号 ').p('%d****%02d' % (rng.randint(10, 99), rng.randrange(100))).nl()
    d.t('微信号 ').p(pick(rng, ['wx', 'li', 'abc', 'hz']) + '***' + str(rng.randint(1, 99))).nl()
    d.t('请广大群众提高警惕。')
    return d


@PH('mou_year_template', '某年某月某日 / 某某 used as unfilled values in a certificate template')
def _(rng):
    d = Doc()
    d.t(pick(rng, ['证明', '工作证明', '在职证明', '收入证明', '实习证明'])).nl()
    d.t('兹证明').p(pick(rng, ['某某', 'XXX', '某某某'])).t(pick(rng, ['同志', '先生/女士', ''])).t('（身份证号：').p(pick(rng, ['××××××××××××××××××', 'XXXXXXXXXXXXXXXXXX', '__________________'])).t('）于')
    d.p(pick(rng, ['某年某月某日', '20XX年X月X日', '某年某月'])).t('至今在我单位工作，担任').p(pick(rng, ['某某职务', 'XX职务', 'XX岗位'])).t('，')
    if chance(rng, 0.5):
        d.t('月收入').p(pick(rng, ['XXXX元', '××××元', 'xxxx元'])).t('，')
    d.t(pick(rng, ['特此证明。', '情况属实，特此证明。', '特此证明，仅供办理%s使用。' % pick(rng, ['贷款', '签证', '落户', '子女入学'])]))
    d.nl().t(pick(rng, [company(rng), place(rng, '街道办事处'), pick(rng, DEPTS)]) + '（盖章）')
    return d


@PH('placeholder_in_signature', 'clean report whose signature line is the only placeholder')
def _(rng):
    d = Doc()
    for s in rng.sample(REPORT_SENT, rng.randint(2, 4)):
        Filler(rng).fill(d, s)
    d.nl()
    d.p(pick(rng, ['XX街道办事处', 'xx镇人民政府', '××村民委员会', 'XXX（盖章）'])).nl()
    d.p(pick(rng, ['20xx年x月x日', '20XX年XX月XX日', '××××年××月××日']))
    return d



LESSON_HEAD = ['第%d课', '第%d讲', '课时%d', '专题%d', '知识卡片%d', '学习笔记（%d）', '课堂练习%d']
LESSON_TAIL = ['课后请完成练习册相关习题。', '下节课进行小测验。', '（本讲完）', '思考：你还能举出类似的例子吗？', '欢迎在评论区交流。', '']


def embed(rng, lines, mode='report'):
    """Vary a fixed trap: embed it in clean report sentences or in a numbered lesson."""
    lines = list(lines)
    if mode == 'report':
        extra = clean_report_lines(rng, n=(1, 2), title=False) if chance(rng, 0.8) else []
        k = rng.randint(0, len(extra))
        out = extra[:k] + lines + extra[k:]
    else:
        out = [pick(rng, LESSON_HEAD) % rng.randint(1, 40)] + lines
        t = pick(rng, LESSON_TAIL)
        if t:
            out.append(t)
    return lines_doc(out[:12])


# ================================== ph: negatives =================================================
def clean_sents(rng, k=(1, 2)):
    f = Filler(rng)
    return ''.join(f.text(s) for s in rng.sample(REPORT_SENT, rng.randint(*k)))


@PHN('neg_1plus_x', '1+X证书 / 7+X / 5+2 policy names')
def _(rng):
    a = pick(rng, ['学院深入推进“1+X”证书制度试点，%d名学生取得职业技能等级证书。' % rng.randint(30, 900),
                   '学校开设“1+X”%s等级证书培训，考证通过率%.1f%%。' % (pick(rng, ['Web前端开发', '工业机器人操作与运维', '老年照护']), rng.uniform(70, 99)),
                   '构建“7+X”产业体系，培育壮大%s等特色产业。' % pick(rng, ['预制菜', '新能源电池', '文旅康养']),
                   '推行“5+2”工作制和“白加黑”工作模式，确保项目按期完工。'])
    return lines_doc([a, clean_sents(rng)])


@PHN('neg_x86_arch', 'x86 / x64 / ARM architecture in an IT procurement text')
def _(rng):
    return lines_doc(['政务云平台扩容项目', '采购%s服务器%d台，兼容x86与ARM架构，%s。' % (
        pick(rng, ['国产', '通用']), rng.randint(2, 40), pick(rng, ['操作系统支持x64版本', '操作系统支持64位', '预装x86_64镜像'])),
        '原有x86虚拟化集群已完成迁移，运行稳定。'])


@PHN('neg_xray_price', 'hospital price list with X线 / X射线 / X光 items')
def _(rng):
    items = rng.sample([('X线摄影（DR）', '每部位', 70), ('X射线计算机体层摄影（CT）平扫', '每部位', 200), ('胸部X光透视', '次', 15),
                        ('床边X线摄影', '次', 90), ('口腔全景X线片', '片', 60), ('乳腺X线摄影', '单侧', 120)], 3)
    lines = ['%s医院医疗服务价格公示' % pick(rng, CITY1), '项目名称 | 计价单位 | 价格（元）']
    lines += ['%s | %s | %d' % it for it in items]
    return lines_doc(lines)


@PHN('neg_clothing_size', 'uniform procurement with XL / XXL / XXXL sizes')
def _(rng):
    lines = ['%s作训服采购清单' % pick(rng, ['消防救援站', '社区网格员', '环卫工人'])]
    for sz in rng.sample(['M', 'L', 'XL', 'XXL', 'XXXL', '2XL', '3XL'], 4):
        lines.append('%s码 %d套' % (sz, rng.randint(3, 60)))
    lines.append('交货期：合同签订后%d日内。' % rng.randint(10, 30))
    return lines_doc(lines)


@PHN('neg_service_hours', '5×8小时 / 7×24小时 service commitments')
def _(rng):
    return embed(rng, ['政务服务热线实行%s小时人工值守，%s。' % (pick(rng, ['7×24', '5×8', '7×12']), pick(rng, ['确保来电“接得通”', '全年无休'])),
                      '运维服务商提供%s小时技术支持，故障响应时间不超过%d分钟。' % (pick(rng, ['5×8', '7×24']), rng.choice([15, 30, 60]))])


@PHN('neg_multiplication_dims', 'multiplication and dimensions: 3×4=12, 1200×600×18mm')
def _(rng):
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    return lines_doc(['%s规格：%d×%d×%dmm，共%d块。' % (pick(rng, ['宣传展板', '防火板', '钢化玻璃']), rng.choice([1200, 900, 2400]), rng.choice([600, 450, 1200]), rng.choice([5, 12, 18]), rng.randint(5, 80)),
                      '小学二年级乘法练习：%d×%d=%d，%d×%d=%d。' % (a, b, a * b, b, a + 1, b * (a + 1))])


@PHN('neg_formula_variables', 'formulas with variables x, y in a teaching or planning text')
def _(rng):
    k, b = rng.randint(2, 9), rng.randint(1, 20)
    return lines_doc(['设月用水量为x吨，水费为y元，则当x≤%d时，y=%.1fx；当x>%d时，y=%.1fx-%d。' % (k * 3, 3.2, k * 3, 4.5, b),
                      '例题：解方程 %dx+%d=%d，得 x=%d。' % (k, b, k * 5 + b, 5)])


@PHN('neg_mou_prose', '某些 / 某种 / 某年某月 in ordinary prose')
def _(rng):
    s = pick(rng, ['在某种程度上，基层减负仍有不小的空间。', '某些地区仍存在重建设、轻管护的问题。',
                   '老人只记得是某年某月的一个雨夜，村里第一次通了电。', '某些政策在执行中出现了“上热中温下冷”的现象。',
                   '群众反映某种程度的“办事难”依然存在。'])
    return lines_doc([clean_sents(rng), s])


@PHN('neg_chromosome_xx', 'XX / XY chromosomes and X连锁 in a health-education text')
def _(rng):
    return embed(rng, ['优生优育知识宣传', '人类女性的性染色体组成为XX，男性为XY。',
                      '%s属于X连锁隐性遗传病，男性发病率明显高于女性。' % pick(rng, ['红绿色盲', '血友病A', '蚕豆病'])])


@PHN('neg_roman_numerals', 'Roman numerals containing X (第XXIV届, XIV) and Ⅻ')
def _(rng):
    return embed(rng, ['第XXIV届冬季奥林匹克运动会于%d年在北京举办。' % 2022,
                      '教皇本笃%s时期的手稿现藏于%s。' % (pick(rng, ['XIV', 'XV']), pick(rng, ['罗马', '梵蒂冈图书馆'])),
                      '钟面上的Ⅻ表示十二点。'])


@PHN('neg_product_names_x', 'product names with X: iPhone X, Xbox, Model X, 宝马X5')
def _(rng):
    return lines_doc(['本次执法检查共查扣%s翻新机%d部、%s游戏机%d台。' % (pick(rng, ['iPhone X', 'iPhone XR']), rng.randint(2, 90), 'Xbox', rng.randint(1, 20)),
                      '涉案车辆为一辆%s。' % pick(rng, ['宝马X5', '特斯拉Model X', '比亚迪宋MAX'])])


@PHN('neg_uscc_full_x', 'unified social credit code printed in full, ending in check character X')
def _(rng):
    return lines_doc(['营业执照信息', '名称：%s' % company(rng), '统一社会信用代码：%s' % uscc(rng, want_x=True),
                      '法定代表人：%s' % person(rng), '类型：有限责任公司（自然人投资或控股）'])


@PHN('neg_isbn_x', 'library catalogue record with an ISBN-10 ending in X')
def _(rng):
    return lines_doc(['题名：%s' % pick(rng, ['乡土中国', '县域治理研究', '江南园林志', '基层社会治理案例选编']),
                      '责任者：%s著' % person(rng), 'ISBN %s' % isbn10(rng, True),
                      '索书号：%s/%d' % (pick(rng, ['C912.82', 'D63', 'TU986', 'K928.6']), rng.randint(1, 999)),
                      '馆藏地：%s图书馆二楼社科阅览室' % pick(rng, CITY1)])


@PHN('neg_idcard_x_rule', 'explanation that an identity number may end in X')
def _(rng):
    return embed(rng, ['办事指南', '居民身份证号码由18位组成，最后一位为校验码，可能为数字0—9或字母X。',
                      '填写时字母X请使用大写，不得以数字代替。'])


@PHN('neg_property_fact', 'property notice with real building numbers (3栋2单元)')
def _(rng):
    b, u = rng.randint(1, 30), rng.randint(1, 6)
    return lines_doc(['各位业主：', '因%s，定于%d月%d日对%d栋%d单元%s。' % (pick(rng, ['二次供水设施清洗', '电梯年度检验']), rng.randint(1, 12), rng.randint(1, 28), b, u,
                                                                   pick(rng, ['暂停供水', '停运电梯'])),
                      '受影响住户：%s。' % (lambda f: '%d01—%d04室' % (f, f))(rng.randint(1, 30)), '%s物业服务中心' % pick(rng, COMPANY_HEAD)])


@PHN('neg_village_board_named', '村务公开 board with full household names (lawful disclosure)')
def _(rng):
    lines = ['%s村%d年%s发放公示' % (pick(rng, PLACE1), rng.randint(2020, 2024), pick(rng, ['耕地地力保护补贴', '危房改造补助']))]
    for i in range(rng.randint(3, 5)):
        lines.append('%d. %s户，%s组，%d元' % (i + 1, person(rng), pick(rng, '一二三四五六'), rng.randint(200, 9000)))
    return lines_doc(lines)


@PHN('neg_checkbox_form', 'form with checkboxes ☑是 □否 (filled)')
def _(rng):
    lines = ['入户走访登记表', '户主：%s  家庭人口：%d人' % (person(rng), rng.randint(1, 7))]
    for q in rng.sample(['是否享受低保', '是否有残疾人', '是否参加医保', '是否有危房'], 3):
        lines.append('%s：%s' % (q, pick(rng, ['☑是 □否', '□是 ☑否', '■是 □否'])))
    return lines_doc(lines)


@PHN('neg_resolution_dims', 'screen resolutions and sizes with x: 1920x1080')
def _(rng):
    return embed(rng, ['LED显示屏采购参数：分辨率%s，像素间距%.1fmm。' % (pick(rng, ['1920x1080', '3840x2160', '1920×1080']), rng.choice([1.2, 1.5, 2.5])),
                      '上传照片尺寸不小于%s像素，格式为JPG。' % pick(rng, ['295x413', '358x441', '480x640'])])


@PHN('neg_tutorial_todo', 'programming tutorial explaining the TODO comment convention (quoted code)')
def _(rng):
    return embed(rng, ['代码规范第%d条：未完成的逻辑应使用注释标记，例如 `// TODO: 校验身份证号`。' % rng.randint(3, 12),
                      '提交前请用 grep -n "TODO" 检查，确保发布版本中不遗留此类注释。'], 'lesson')


@PHN('neg_undetermined_coeff', '待定系数法 and 待定 in a maths / legal-term sense')
def _(rng):
    return lines_doc(['高一数学：用待定系数法求二次函数解析式。', '设 y=ax²+bx+c，代入三点坐标，解得 a=%d，b=%d，c=%d。' % (rng.randint(1, 5), rng.randint(-5, 5), rng.randint(-9, 9))])


@PHN('neg_lottery_numbers', 'lottery result with full numbers and issue number')
def _(rng):
    reds = sorted(rng.sample(range(1, 34), 6))
    return lines_doc(['双色球第%d%03d期开奖公告' % (rng.randint(2020, 2024), rng.randint(1, 150)),
                      '红球：%s  蓝球：%02d' % (' '.join('%02d' % r for r in reds), rng.randint(1, 16)),
                      '本期一等奖%d注，单注奖金%d元。' % (rng.randint(1, 20), rng.randint(5000000, 9000000))])


@PHN('neg_logistics_full', 'logistics tracking page without masking (company sender, status updates)')
def _(rng):
    lines = ['运单号：YT%013d' % rng.randrange(10 ** 13), '寄件单位：%s' % company(rng)]
    for _ in range(rng.randint(2, 4)):
        lines.append('%d-%02d-%02d %02d:%02d 快件已到达【%s转运中心】' % (rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), pick(rng, CITY1)))
    lines.append('已签收，签收人：本人')
    return lines_doc(lines)


@PHN('neg_bank_statement_plain', 'bank statement lines with amounts, no card number')
def _(rng):
    lines = ['交易明细（%d年%d月）' % (rng.randint(2021, 2024), rng.randint(1, 12))]
    bal = rng.uniform(1000, 50000)
    for _ in range(rng.randint(2, 5)):
        a = rng.uniform(10, 3000)
        bal += a
        lines.append('%02d日 %s +%.2f 余额%.2f' % (rng.randint(1, 28), pick(rng, ['工资', '利息', '转账收入', '退款']), a, bal))
    return lines_doc(lines)


@PHN('neg_contract_filled', 'contract with 甲方 / 乙方 roles filled with real parties')
def _(rng):
    return lines_doc(['甲方：%s' % company(rng), '乙方：%s' % company(rng), '第一条 合同金额为人民币%d元（大写：%s）。' % (rng.randint(1, 9) * 10000, '壹万元整'),
                      '第二条 甲方应于%d年%d月%d日前支付全部款项。' % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))])


@PHN('neg_star_rating', 'star ratings ★★★★☆ in a service evaluation')
def _(rng):
    lines = ['窗口服务评价结果']
    for w in rng.sample(['不动产登记窗口', '社保窗口', '税务窗口', '公积金窗口'], 3):
        k = rng.randint(3, 5)
        lines.append('%s：%s（%d.%d分）' % (w, '★' * k + '☆' * (5 - k), k, rng.randint(0, 9)))
    return lines_doc(lines)


@PHN('neg_pinyin_x_words', 'English address lines with Xiamen, Xi’an, Xinjiang')
def _(rng):
    return lines_doc(['Address: No.%d %s Road, %s, China' % (rng.randint(1, 500), pick(rng, ['Xinhua', 'Xueyuan', 'Xiangjiang']), pick(rng, ['Xiamen', "Xi'an", 'Urumqi, Xinjiang'])),
                      '地址：%s%s%d号' % (city(rng), pick(rng, STREETS), rng.randint(1, 500))])


@PHN('neg_version_wildcard', 'version ranges written with x (Python 3.x, V2.x) in a technical spec')
def _(rng):
    return embed(rng, ['系统运行环境：%s；数据库兼容MySQL 8.x。' % pick(rng, ['Python 3.x', 'JDK 1.8.x', 'Node.js 18.x']),
                      '原V2.x版本接口将于%d年底停止维护。' % rng.randint(2024, 2026)], 'lesson')


@PHN('neg_x_shape_terms', 'X型腿 / X形支架 / X战警 / X档案 as ordinary terms')
def _(rng):
    return embed(rng, ['儿童骨科门诊提示：%s' % pick(rng, ['X型腿、O型腿应及早干预。', '发现X形腿请及时就诊。']),
                      '展厅采用%s固定展板，观影区放映《X战警》等影片。' % pick(rng, ['X形支架', 'X型支架'])])


@PHN('neg_files_urls_emails', 'file names, URLs and email addresses')
def _(rng):
    y = rng.randint(2020, 2024)
    return lines_doc(['附件：%d年%s（定稿）.docx' % (y, pick(rng, ['工作总结', '预算公开表', '项目清单'])),
                      '详见 https://www.%s.gov.cn/zwgk/%d/%02d/t%d%02d%02d_%d.html' % (pick(rng, ['lc', 'ap', 'jy', 'cz']), y, rng.randint(1, 12), y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(100000, 999999)),
                      '咨询邮箱：%s@%s.gov.cn' % (pick(rng, ['zwgk', 'office', 'xinfang', 'service']), pick(rng, ['lc', 'ap', 'jy']))])


@PHN('neg_code_identifiers', 'technical doc with snake_case identifiers and __init__')
def _(rng):
    return embed(rng, ['接口字段说明：user_name（用户名）、id_card_no（证件号码）、create_time（创建时间）。',
                      '初始化逻辑写在 __init__ 方法中，配置项见 settings_%s.py。' % pick(rng, ['prod', 'dev', 'test'])], 'lesson')


@PHN('neg_answer_key_marks', 'answer key with √ and × marks')
def _(rng):
    marks = ' '.join('%d.%s' % (i + 1, pick(rng, ['√', '×'])) for i in range(rng.randint(5, 9)))
    return lines_doc(['安全知识竞赛判断题参考答案：', marks, '每题%d分。' % rng.randint(1, 5)])


@PHN('neg_full_phone_public', 'public service phone numbers and hotlines printed in full')
def _(rng):
    return lines_doc(['便民服务电话', '%s：0%d-%d' % (pick(rng, ['街道值班室', '社区警务室', '物业服务中心']), rng.randint(700, 799), rng.randint(2000000, 8999999)),
                      '政务服务便民热线：12345', '%s联系人：%s %s' % (pick(rng, ['防汛', '森林防火']), person(rng), phone(rng))])


@PHN('neg_chemistry_math_x', 'chemistry and geometry notation with x/X (CₓHᵧ, 点X)')
def _(rng):
    return embed(rng, ['烃的通式可写作CxHy，完全燃烧生成CO₂和H₂O。', '如图，在△ABC中，点X为BC边的中点，求证AX平分△ABC的面积。'], 'lesson')


@PHN('neg_plain_report', 'an ordinary work report with all facts filled in')
def _(rng):
    return lines_doc(clean_report_lines(rng))


# ================================== mj: damage machinery ==========================================
def _xmlhexref(exc):
    s = exc.object[exc.start:exc.end]
    return ''.join('&#x%X;' % ord(c) for c in s), exc.end


codecs.register_error('t35_xmlhexref', _xmlhexref)


def web1252(b):
    """WHATWG windows-1252 as browsers apply it: cp1252, undefined bytes map to the C1 control of that value."""
    return ''.join(b[i:i + 1].decode('cp1252') if b[i] not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b[i]) for i in range(len(b)))


def enc_dec(enc, dec, errors='replace'):
    def f(s, rng):
        try:
            b = s.encode(enc)
        except UnicodeEncodeError:
            return None
        if dec == 'web1252':
            return web1252(b)
        return b.decode(dec, errors)
    return f


def d_utf8_double(s, rng):
    return web1252(web1252(s.encode('utf-8')).encode('utf-8'))


def d_utf8_gbk_twice(s, rng):
    once = s.encode('utf-8').decode('gbk', 'replace')
    return once.encode('utf-8').decode('gbk', 'replace')


def d_gbk_slip(s, rng):
    b = s.encode('gbk', 'strict')
    if len(b) < 6:
        return None
    return b[1:].decode('gbk', 'replace')


def d_kunkinkao(s, rng):
    lost = s.encode('gbk').decode('utf-8', 'replace')
    return lost.encode('utf-8').decode('gbk', 'replace')


def d_fffd_ascii(s, rng):
    return s.encode('utf-8').decode('ascii', 'replace')


def d_qmark_latin1(s, rng):
    return s.encode('latin-1', 'replace').decode('latin-1')


def d_utf16le_gbk(s, rng):
    r = s.encode('utf-16-le').decode('gbk', 'replace')
    return None if any(ord(c) < 32 for c in r) else r


def d_qp(s, rng):
    r = quopri.encodestring(s.encode('utf-8')).decode('ascii')
    return None if '\n' in r else r


def d_mime(s, rng):
    r = email.header.Header(s, pick(rng, ['utf-8', 'gbk'])).encode()
    return None if '\n' in r else r


def d_url(s, rng):
    return urllib.parse.quote(s.encode(pick(rng, ['utf-8', 'utf-8', 'gbk'])))


def d_rtf(s, rng):
    return ''.join("\\'%02x" % c if c >= 0x80 else chr(c) for c in s.encode('gbk'))


def d_utf7(s, rng):
    return s.encode('utf-7').decode('ascii')


def d_hz(s, rng):
    try:
        return s.encode('hz').decode('ascii')
    except UnicodeEncodeError:
        return None


def d_pybytes(s, rng):
    return str(s.encode(pick(rng, ['utf-8', 'utf-8', 'gbk'])))


def d_git_octal(s, rng):
    return '"' + ''.join('\\%03o' % c if c >= 0x80 else chr(c) for c in s.encode('utf-8')) + '"'


def d_json_u(s, rng):
    r = json.dumps(s)[1:-1]
    return r.upper().replace('\\U', '\\u') if chance(rng, 0.3) else r


def d_ent_dec(s, rng):
    return s.encode('ascii', 'xmlcharrefreplace').decode('ascii')


def d_ent_hex(s, rng):
    return s.encode('ascii', 't35_xmlhexref').decode('ascii')


def d_ent_double(s, rng):
    return html.escape(pick(rng, [d_ent_hex, d_ent_dec])(s, rng), quote=False)


def d_gbk_latin1(s, rng):
    return s.encode('gbk').decode('latin-1')


CJK_RUN = re.compile(r'[\u4e00-\u9fff]{2,}')
CLAUSE = re.compile(r'[^，。；：、！？（）“”《》\s|\t]+')


def has_cjk(s):
    return any('\u4e00' <= c <= '\u9fff' for c in s)


def notice_lines(rng):
    f = Filler(rng)
    lines = [pick(rng, ['关于做好%s工作的通知', '关于开展%s的实施方案', '%s工作情况通报']) % pick(rng, ['冬春火灾防控', '汛期安全防范', '城乡环境综合整治', '老旧小区改造', '医保集中参保'])]
    lines.append(pick(rng, ['各社区、各科室：', '各村（居）委会、辖区各单位：', '各有关单位：']))
    for s in rng.sample(REPORT_SENT, rng.randint(2, 4)):
        lines.append(f.text(s))
    lines += signature_lines(rng, f)
    return lines, {'title': 0, 'sig': len(lines) - 2}


def table_lines(rng):
    sep = pick(rng, [' | ', '\t', ',', '  '])
    hdr = pick(rng, [['序号', '项目名称', '责任单位', '进度'], ['村（社区）', '户数', '人口', '备注'], ['指标名称', '单位', '本期', '同比']])
    lines = [sep.join(hdr)]
    for i in range(rng.randint(2, 6)):
        if hdr[0] == '序号':
            row = [str(i + 1), pick(rng, ['雨污分流改造', '农贸市场升级', '公厕新建', '路灯亮化', '口袋公园建设', '学校食堂改造']), pick(rng, DEPTS), pick(rng, ['已完工', '施工中', '前期准备', '已验收'])]
        elif hdr[0] == '村（社区）':
            row = [place(rng, pick(rng, ['村', '社区'])), str(rng.randint(80, 3000)), str(rng.randint(300, 9000)), pick(rng, ['已完成入户核查', '含外来人口', '无', '新增安置点'])]
        else:
            row = [pick(rng, ['一般公共预算收入', '社会消费品零售总额', '规上工业增加值', '固定资产投资']), pick(rng, ['亿元', '万元']), '%.2f' % rng.uniform(1, 900), '%.1f%%' % rng.uniform(-5, 15)]
        lines.append(sep.join(row))
    return lines, {'title': 0, 'sep': sep, 'table': True}


def minutes_lines(rng):
    lines = ['%s会议纪要' % pick(rng, ['街道党工委', '村“两委”', '安全生产委员会', '项目推进专题']),
             '时间：%d年%d月%d日' % (rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28)),
             '地点：%s' % pick(rng, ['街道三楼会议室', '村委会议室', '区政府第二会议室']),
             '主持：%s  记录：%s' % (person(rng), person(rng)),
             '参会：%s' % '、'.join(person(rng) for _ in range(rng.randint(2, 5))),
             '会议议定：' + Filler(rng).text(pick(rng, REPORT_SENT))]
    return lines, {'title': 0}


def report_lines(rng):
    lines = clean_report_lines(rng)
    lines += signature_lines(rng) if chance(rng, 0.4) else []
    return lines, {'title': 0, 'sig': len(lines) - 2 if len(lines) > 3 else None}


FOREIGN_CLEAN = ['English summary: The sub-district completed the renovation of old residential compounds ahead of schedule.',
                 '日本語訳：住民の生活環境が大きく改善されました。', 'Русский перевод: Работа по благоустройству завершена.',
                 'Résumé en français : les travaux de rénovation sont achevés.', '한국어 요약: 주거 환경이 크게 개선되었습니다.',
                 'Deutsche Kurzfassung: Die Sanierung wurde fristgerecht abgeschlossen.']


def generic_mj(rng, dmg, placements, kinds=('report', 'notice', 'table', 'minutes'), min_targets=1):
    for _ in range(60):
        kind = pick(rng, kinds)
        lines, roles = {'report': report_lines, 'notice': notice_lines, 'table': table_lines, 'minutes': minutes_lines}[kind](rng)
        protected = set()
        if chance(rng, 0.2):
            lines.insert(rng.randint(1, len(lines)), pick(rng, FOREIGN_CLEAN))
            protected.add([i for i, l in enumerate(lines) if l in FOREIGN_CLEAN][0])
        lines = lines[:12]
        pl = pick(rng, placements)
        cand = [i for i, l in enumerate(lines) if i not in protected and has_cjk(l)]
        targets = []  # (line, start, end)
        if pl == 'word' or pl == 'scattered':
            for i in rng.sample(cand, min(len(cand), 1 if pl == 'word' else rng.randint(2, 4))):
                runs = [m for m in CJK_RUN.finditer(lines[i])]
                if not runs:
                    continue
                m = pick(rng, runs)
                ln = rng.randint(2, min(6, m.end() - m.start()))
                st = rng.randint(m.start(), m.end() - ln)
                targets.append((i, st, st + ln))
        elif pl == 'phrase':
            i = pick(rng, cand)
            segs = [m for m in CLAUSE.finditer(lines[i]) if has_cjk(m.group())]
            if segs:
                m = pick(rng, segs)
                targets.append((i, m.start(), m.end()))
        elif pl == 'line':
            i = pick(rng, cand)
            targets.append((i, 0, len(lines[i])))
        elif pl == 'title':
            if 0 in cand:
                targets.append((0, 0, len(lines[0])))
        elif pl == 'signature':
            i = roles.get('sig')
            if i is not None and i in cand:
                targets.append((i, 0, len(lines[i])))
        elif pl == 'cell':
            if roles.get('table'):
                sep = roles['sep']
                i = pick(rng, [c for c in cand if c > 0] or cand)
                pos, cells = 0, []
                for c in lines[i].split(sep):
                    cells.append((pos, pos + len(c)))
                    pos += len(c) + len(sep)
                cells = [c for c in cells if has_cjk(lines[i][c[0]:c[1]])]
                if cells:
                    c = pick(rng, cells)
                    targets.append((i, c[0], c[1]))
        elif pl == 'paragraph':
            if len(cand) >= 2:
                k = rng.randint(2, min(4, len(cand)))
                st = rng.randint(0, len(cand) - k)
                targets += [(i, 0, len(lines[i])) for i in cand[st:st + k]]
        elif pl == 'doc':
            targets += [(i, 0, len(lines[i])) for i in cand]
        # strip whitespace at target edges
        tt = []
        for i, a, b in targets:
            while a < b and lines[i][a].isspace():
                a += 1
            while b > a and lines[i][b - 1].isspace():
                b -= 1
            if b > a:
                tt.append((i, a, b))
        d = Doc()
        done = 0
        for i, l in enumerate(lines):
            if i:
                d.nl()
            pos = 0
            for (j, a, b) in sorted(t for t in tt if t[0] == i):
                clean = l[a:b]
                bad = dmg(clean, rng)
                if bad is None or bad == clean or '\n' in bad:
                    continue
                d.t(l[pos:a]).m(bad, clean)
                pos = b
                done += 1
            d.t(l[pos:])
        if done >= min_targets:
            return d, pl
    raise RuntimeError('generic_mj failed')


ALLP = ['word', 'phrase', 'line', 'title', 'signature', 'cell', 'paragraph', 'scattered']
SHORTP = ['word', 'scattered', 'cell']

CODEC_STYLES = [
    # name, damage, placements, kinds, note
    ('utf8_read_as_gbk', enc_dec('utf-8', 'gbk'), ALLP, None, 'UTF-8 bytes decoded as GBK (鍙戝睍 for 发展)'),
    ('utf8_read_as_gbk_whole_doc', enc_dec('utf-8', 'gbk'), ['doc'], None, 'the whole document is UTF-8 decoded as GBK'),
    ('excel_csv_utf8_as_gbk', enc_dec('utf-8', 'gbk'), ['doc', 'paragraph', 'cell'], ('table',), 'UTF-8 CSV without BOM opened by Excel as GBK'),
    ('utf8_read_as_gb18030', enc_dec('utf-8', 'gb18030'), ALLP, None, 'UTF-8 decoded as GB18030'),
    ('utf8_read_as_big5', enc_dec('utf-8', 'big5'), ALLP, None, 'UTF-8 decoded as Big5 (traditional-looking garbage with �)'),
    ('utf8_read_as_cp1252', enc_dec('utf-8', 'web1252'), ALLP, None, 'UTF-8 decoded as windows-1252 (å‘å±•)'),
    ('utf8_read_as_latin1', enc_dec('utf-8', 'latin-1'), ALLP, None, 'UTF-8 decoded as ISO-8859-1 (with invisible C1 controls)'),
    ('utf8_double_encoded', d_utf8_double, ALLP, None, 'UTF-8 encoded twice via windows-1252 (Ã¥Â…)'),
    ('utf8_read_as_gbk_twice', d_utf8_gbk_twice, ['word', 'phrase', 'line', 'title'], None, 'UTF-8→GBK mojibake re-saved as UTF-8 and read as GBK again'),
    ('utf8_read_as_shift_jis', enc_dec('utf-8', 'shift_jis'), ALLP, None, 'UTF-8 decoded as Shift_JIS'),
    ('utf8_read_as_euc_kr', enc_dec('utf-8', 'euc_kr'), ALLP, None, 'UTF-8 decoded as EUC-KR'),
    ('utf8_read_as_koi8_r', enc_dec('utf-8', 'koi8_r'), ALLP, None, 'UTF-8 decoded as KOI8-R'),
    ('utf8_read_as_koi8_u', enc_dec('utf-8', 'koi8_u'), ALLP, None, 'UTF-8 decoded as KOI8-U'),
    ('utf8_read_as_iso8859_5', enc_dec('utf-8', 'iso8859_5'), ALLP, None, 'UTF-8 decoded as ISO-8859-5'),
    ('utf8_read_as_cp1251', enc_dec('utf-8', 'cp1251'), ALLP, None, 'UTF-8 decoded as windows-1251'),
    ('utf8_read_as_mac_roman', enc_dec('utf-8', 'mac_roman'), ALLP, None, 'UTF-8 decoded as Mac OS Roman'),
    ('utf8_read_as_cp437', enc_dec('utf-8', 'cp437'), ALLP, None, 'UTF-8 shown in a DOS console (cp437)'),
    ('utf8_read_as_cp866', enc_dec('utf-8', 'cp866'), ALLP, None, 'UTF-8 decoded as DOS Cyrillic cp866'),
    ('utf8_read_as_iso8859_7', enc_dec('utf-8', 'iso8859_7'), ALLP, None, 'UTF-8 decoded as ISO-8859-7 (Greek)'),
    ('utf8_read_as_cp1250', enc_dec('utf-8', 'cp1250'), ALLP, None, 'UTF-8 decoded as windows-1250'),
    ('utf8_read_as_cp1254', enc_dec('utf-8', 'cp1254'), SHORTP + ['line'], None, 'UTF-8 decoded as windows-1254 (Turkish)'),
    ('gbk_read_as_utf8', enc_dec('gbk', 'utf-8'), ALLP, None, 'GBK bytes decoded as UTF-8 with replacement (���)'),
    ('gbk_read_as_latin1', d_gbk_latin1, ALLP, None, 'GBK bytes decoded as ISO-8859-1 (ÎÒÃÇ style)'),
    ('gbk_read_as_cp1252', enc_dec('gbk', 'web1252'), ALLP, None, 'GBK bytes decoded as windows-1252'),
    ('gbk_read_as_mac_roman', enc_dec('gbk', 'mac_roman'), ALLP, None, 'GBK bytes decoded as Mac OS Roman'),
    ('gbk_read_as_big5', enc_dec('gbk', 'big5'), ALLP, None, 'GBK bytes decoded as Big5: Chinese-looking but wrong'),
    ('gbk_read_as_shift_jis', enc_dec('gbk', 'shift_jis'), ALLP, None, 'GBK bytes decoded as Shift_JIS (half-width kana debris)'),
    ('gbk_read_as_euc_kr', enc_dec('gbk', 'euc_kr'), ALLP, None, 'GBK bytes decoded as EUC-KR'),
    ('gbk_read_as_koi8_r', enc_dec('gbk', 'koi8_r'), SHORTP + ['line'], None, 'GBK bytes decoded as KOI8-R'),
    ('gbk_byte_slip', d_gbk_slip, ['phrase', 'line', 'paragraph'], None, 'GBK stream decoded one byte out of step'),
    ('kunkinkao', d_kunkinkao, ALLP, None, 'GBK→UTF-8(replace)→GBK round trip: 锟斤拷'),
    ('qmark_latin1_column', d_qmark_latin1, ALLP, None, 'Chinese stored in a Latin-1 database column: ???'),
    ('utf8_ascii_replacement', d_fffd_ascii, SHORTP + ['phrase'], None, 'UTF-8 decoded as ASCII with replacement: ���'),
    ('utf16le_read_as_gbk', d_utf16le_gbk, ['word', 'scattered'], None, 'UTF-16LE bytes decoded as GBK'),
    ('quoted_printable_left', d_qp, ['word', 'scattered'], None, 'quoted-printable (=E5=8F=91) left undecoded from an e-mail'),
    ('mime_encoded_word', d_mime, ['word', 'scattered'], None, 'RFC 2047 encoded-word (=?utf-8?b?…?=) left undecoded'),
    ('url_percent_in_prose', d_url, ['word', 'scattered', 'cell'], None, 'percent-encoded Chinese pasted into prose (%E5%8F%91)'),
    ('rtf_hex_escapes', d_rtf, ['word', 'phrase', 'scattered'], None, "RTF \\'b7\\'a2 escapes of GBK bytes left in text"),
    ('utf7_left', d_utf7, ['word', 'scattered', 'phrase'], None, 'UTF-7 (+U9FRXA-) from a mail folder or IMAP name'),
    ('hz_gb_left', d_hz, ['word', 'phrase', 'scattered'], None, 'HZ-GB-2312 (~{...~}) shown raw'),
    ('python_bytes_repr', d_pybytes, ['word', 'scattered'], None, "Python bytes repr (b'\\xe5\\x8f\\x91') pasted by a script"),
    ('git_octal_escapes', d_git_octal, ['word', 'cell'], None, 'octal escapes ("\\345\\217\\221") from git / shell output'),
    ('json_unicode_escapes', d_json_u, ['word', 'phrase', 'scattered', 'cell'], None, 'JSON \\u53d1 escapes left in text'),
    ('html_decimal_entities', d_ent_dec, ['word', 'phrase', 'scattered', 'title'], None, 'decimal character references &#21457; left in text'),
    ('html_hex_entities', d_ent_hex, ['word', 'phrase', 'scattered', 'cell'], None, 'hex character references &#x53D1; left in text'),
    ('html_double_escaped_entities', d_ent_double, ['word', 'phrase', 'scattered'], None, 'doubly escaped references &amp;#x53D1;'),
]


def make_codec_style(name, dmg, placements, kinds, note):
    @MJ(name, note)
    def _(rng):
        d, pl = generic_mj(rng, dmg, placements, kinds or ('report', 'notice', 'table', 'minutes'))
        return d, '%s; placement=%s' % (note, pl)


for _cs in CODEC_STYLES:
    make_codec_style(*_cs)


# ================================== mj: special positives =========================================
TRAD_PY = dict((e[0], (e[1], e[2:])) for e in '''发發fā 区區qū 领領lǐng 导導dǎo 经經jīng 济濟jì 会會huì 务務wù 进進jìn 设設shè 实實shí 现現xiàn 开開kāi
关關guān 动動dòng 项項xiàng 计計jì 划劃huà 业業yè 产產chǎn 农農nóng 镇鎮zhèn 门門mén 员員yuán 党黨dǎng 组組zǔ 织織zhī 题題tí
问問wèn 层層céng 级級jí 议議yì 论論lùn 时時shí 总總zǒng 结結jié 强強qiáng 环環huán 卫衛wèi 疗療liáo 医醫yī 学學xué 习習xí
书書shū 记記jì 长長zhǎng 万萬wàn 亿億yì 乡鄉xiāng 县縣xiàn 应應yīng 对對duì 统統tǒng 筹籌chóu 营營yíng 场場chǎng 稳穩wěn
质質zhì 优優yōu 体體tǐ 华華huá 东東dōng 车車chē 贸貿mào 资資zī 财財cái 费費fèi 电電diàn 网網wǎng 数數shù 据據jù 报報bào 达達dá
标標biāo 准準zhǔn 这這zhè 为為wéi 与與yǔ 个個gè 户戶hù 园園yuán 绿綠lǜ 态態tài 护護hù 维維wéi 决決jué 贫貧pín 兴興xīng 坚堅jiān
积積jī 极極jí 规規guī 范範fàn 办辦bàn 众眾zhòng 调調diào 检檢jiǎn 验驗yàn 种種zhǒng 训訓xùn 练練liàn 职職zhí 责責zé 险險xiǎn
隐隱yǐn 处處chù 宣宣xuān 传傳chuán 讲講jiǎng 话話huà 贯貫guàn 彻徹chè 断斷duàn 条條tiáo 单單dān 设設shè 养養yǎng 类類lèi
垃垃lā 圾圾jī 卫衛wèi 确確què 认認rèn 车車chē 纠糾jiū 纷紛fēn 惠惠huì 岗崗gǎng 贷貸dài 扶扶fú 创創chuàng 带帶dài 庄莊zhuāng
参參cān 选選xuǎn 举舉jǔ 换換huàn 届屆jiè 阶階jiē 迁遷qiān 拆拆chāi 征徵zhēng 补補bǔ 偿償cháng 设設shè 纪紀jì 检檢jiǎn
气氣qì 灾災zāi 协協xié 签簽qiān 订訂dìng 资資zī 预預yù 投投tóu 园園yuán 广廣guǎng 览覽lǎn 游遊yóu 乐樂lè 队隊duì 执執zhí 压壓yā'''.split() if e[0] != e[1])

TRAD_SENT = ['本年度區公所辦理社區環境清潔日活動共計十二場。', '市政府積極推動長期照顧服務，服務人數逐年增加。',
             '為落實防災整備工作，本所於汛期前完成排水溝清疏。', '各里辦公處應於期限內將調查表送交民政課彙整。',
             '本案經費由中央補助款支應，不足部分由本所編列預算。', '針對轄內老舊公寓，辦理耐震評估補助說明會。',
             '感謝各位里長及志工朋友長期以來的協助與支持。', '會議結論：請工務課儘速研擬改善方案，並於下次會議提出報告。',
             '本公司董事會決議通過年度財務報告及盈餘分配案。', '旅客如有疑問，請洽服務台或撥打客服專線。',
             '圖書館將於農曆春節期間暫停開放，造成不便敬請見諒。', '本學期家長座談會訂於週六上午舉行，歡迎踴躍參加。']


def trad_doc_mj(rng, dmg, placements):
    sents = rng.sample([s for s in TRAD_SENT if s.encode('big5', 'ignore').decode('big5') == s], rng.randint(2, 5))
    d = Doc()
    pl = pick(rng, placements)
    targets = set(rng.sample(range(len(sents)), 1 if pl == 'line' else len(sents))) if pl in ('line', 'doc') else set()
    ok = 0
    for i, s in enumerate(sents):
        if i:
            d.nl()
        if pl == 'word' and (i == 0 or chance(rng, 0.3)) or i in targets:
            if i in targets:
                a, b = 0, len(s)
            else:
                runs = list(CJK_RUN.finditer(s))
                m = pick(rng, runs)
                ln = rng.randint(2, min(5, m.end() - m.start()))
                a = rng.randint(m.start(), m.end() - ln)
                b = a + ln
            bad = dmg(s[a:b], rng)
            if bad and bad != s[a:b]:
                d.t(s[:a]).m(bad, s[a:b]).t(s[b:])
                ok += 1
                continue
        d.t(s)
    assert ok
    return d, pl


@MJ('big5_read_as_gbk', 'Big5 (traditional) bytes decoded as GBK: Chinese-looking but wrong characters')
def _(rng):
    d, pl = trad_doc_mj(rng, enc_dec('big5', 'gbk'), ['word', 'line', 'doc'])
    return d, 'Big5 read as GBK; placement=' + pl


@MJ('big5_read_as_utf8', 'Big5 bytes decoded as UTF-8 with replacement')
def _(rng):
    d, pl = trad_doc_mj(rng, enc_dec('big5', 'utf-8'), ['word', 'line', 'doc'])
    return d, 'Big5 read as UTF-8; placement=' + pl


@MJ('big5_read_as_cp1252', 'Big5 bytes decoded as windows-1252')
def _(rng):
    d, pl = trad_doc_mj(rng, enc_dec('big5', 'web1252'), ['word', 'line'])
    return d, 'Big5 read as cp1252; placement=' + pl


def pinyin_annotate(rng, s, simplified=False, p=0.85):
    """Scraper artefact: each converted character followed by ASCII-parenthesised pinyin."""
    d = Doc()
    for c in s:
        if c in TRAD_PY and chance(rng, p):
            t, py = TRAD_PY[c]
            d.m((c if simplified else t) + '(' + py + ')', c)
        else:
            d.t(TRAD_PY[c][0] if (c in TRAD_PY and not simplified and chance(rng, 0.5)) else c)
    return d


@MJ('pinyin_annotation_artefact', 'traditional conversion with ASCII-parenthesised pinyin after characters: 發(fā)展')
def _(rng):
    for _ in range(30):
        lines = clean_report_lines(rng, n=(2, 4))
        d = Doc()
        mode = pick(rng, ['all', 'one'])
        k = rng.randrange(len(lines))
        for i, l in enumerate(lines):
            if i:
                d.nl()
            if mode == 'all' or i == k:
                d.parts += pinyin_annotate(rng, l, p=0.9).parts
            else:
                d.t(l)
        if d.build()[1]:
            return d, 'pinyin annotation on %s lines' % mode
    raise RuntimeError


@MJ('pinyin_annotation_simplified', 'pinyin annotation artefact on simplified text: 发(fā)展, only some lines')
def _(rng):
    for _ in range(30):
        lines = clean_report_lines(rng, n=(2, 4))
        k = rng.randrange(1, len(lines))
        d = Doc()
        for i, l in enumerate(lines):
            if i:
                d.nl()
            if i == k:
                d.parts += pinyin_annotate(rng, l, simplified=True, p=0.5).parts
            else:
                d.t(l)
        if d.build()[1]:
            return d
    raise RuntimeError


KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    KANGXI.setdefault(unicodedata.normalize('NFKC', chr(_cp)), chr(_cp))
KANGXI.update({'门': '⻔', '长': '⻓', '见': '⻅', '车': '⻋', '马': '⻢', '贝': '⻉', '页': '⻚', '金': '⾦'})
COMPAT = {}
for _cp in range(0xF900, 0xFB00):
    _n = unicodedata.normalize('NFC', chr(_cp))
    if _n != chr(_cp) and len(_n) == 1:
        COMPAT.setdefault(_n, chr(_cp))


def subst_doc(rng, table, rate, min_hits=1):
    for _ in range(40):
        lines = clean_report_lines(rng, n=(2, 5))
        d = Doc()
        hits = 0
        for i, l in enumerate(lines):
            if i:
                d.nl()
            for c in l:
                if c in table and chance(rng, rate):
                    d.m(table[c], c)
                    hits += 1
                else:
                    d.t(c)
        if hits >= min_hits:
            return d
    raise RuntimeError


@MJ('pdf_kangxi_radicals', 'PDF extraction maps ideographs to Kangxi radical look-alikes (⼈⼤ for 人大)')
def _(rng):
    return subst_doc(rng, KANGXI, pick(rng, [1.0, 0.8]))


@MJ('pdf_cjk_compat_ideographs', 'PDF / font extraction yields CJK compatibility ideographs (U+F900 block) for ordinary characters')
def _(rng):
    return subst_doc(rng, COMPAT, 1.0)


LIGA = {'fi': '\ufb01', 'fl': '\ufb02', 'ff': '\ufb00', 'ffi': '\ufb03'}
EN_LIGA = ['The certificate of qualification was filed with the office.', 'Traffic flow on the flyover improved significantly.',
           'Official figures confirm the final efficiency targets.', 'Staff were briefed on the fire safety workflow.',
           'The effluent standard was fulfilled in the first quarter.']


@MJ('pdf_ligatures', 'PDF text layer keeps typographic ligatures (ﬁ ﬂ ﬀ) in the English abstract of a Chinese report')
def _(rng):
    d = Doc()
    lines = clean_report_lines(rng, n=(1, 3))
    for i, l in enumerate(lines):
        if i:
            d.nl()
        d.t(l)
    d.nl().t('Abstract: ')
    en = ' '.join(rng.sample(EN_LIGA, rng.randint(1, 3)))
    pos = 0
    for m in re.finditer('ffi|ff|fi|fl', en):
        d.t(en[pos:m.start()]).m(LIGA[m.group()], m.group())
        pos = m.end()
    d.t(en[pos:])
    return d


@MJ('utf8_bom_as_cp1252', 'UTF-8 byte-order mark shown as ï»¿ (file start or concatenated files)')
def _(rng):
    lines = clean_report_lines(rng, n=(2, 5))
    bom = web1252('\ufeff'.encode('utf-8'))
    d = Doc()
    where = pick(rng, ['start', 'middle', 'both'])
    k = rng.randint(1, len(lines) - 1)
    for i, l in enumerate(lines):
        if i:
            d.nl()
        if (i == 0 and where in ('start', 'both')) or (i == k and where in ('middle', 'both')):
            d.m(bom, '')
        d.t(l)
    return d, 'BOM as cp1252 at ' + where


EMOJI = ['😀', '👍', '🎉', '❤️', '🙏', '💪', '🌸', '🔥', '😂', '🏮']


def cesu8(s):
    out = b''
    for c in s:
        if ord(c) > 0xFFFF:
            hi, lo = divmod(ord(c) - 0x10000, 0x400)
            for u in (0xD800 + hi, 0xDC00 + lo):
                out += bytes([0xE0 | (u >> 12), 0x80 | ((u >> 6) & 0x3F), 0x80 | (u & 0x3F)])
        else:
            out += c.encode('utf-8')
    return out


def emoji_doc(rng, dmg):
    d = Doc()
    d.t(pick(rng, ['网友留言：', '评论区：', '群众评价：', '居民反馈：']))
    d.t(pick(rng, ['社区这次加装电梯办得好', '垃圾分类点终于改造完成了', '感谢网格员冒雨上门服务', '夜市开业很热闹'])).t(pick(rng, ['', '！']))
    e = ''.join(rng.sample([x for x in EMOJI if len(x) == 1], rng.randint(1, 3)))
    d.m(dmg(e), e)
    d.nl().t(pick(rng, ['回复：', '管理员回复：'])).t(pick(rng, ['感谢您的支持', '我们会继续努力', '已转相关部门办理']))
    if chance(rng, 0.5):
        e2 = pick(rng, [x for x in EMOJI if len(x) == 1])
        d.m(dmg(e2), e2)
    return d


@MJ('cesu8_emoji', 'emoji stored as CESU-8 / MySQL utf8mb3 surrogate bytes, then decoded (í\xa0½í¸€ or ��)')
def _(rng):
    mode = pick(rng, ['web1252', 'utf-8'])
    return emoji_doc(rng, lambda e: web1252(cesu8(e)) if mode == 'web1252' else cesu8(e).decode('utf-8', 'replace')), 'CESU-8 emoji read as ' + mode


@MJ('json_surrogate_escapes', 'escaped surrogate pairs from JSON left in text (\\ud83d\\ude00)')
def _(rng):
    return emoji_doc(rng, lambda e: json.dumps(e)[1:-1])


@MJ('emoji_lost_to_qmarks', 'emoji written to a utf8mb3 / GBK column become ? or ????')
def _(rng):
    return emoji_doc(rng, lambda e: e.encode('gbk', 'replace').decode('gbk') if len(e) < 3 else '?' * 4 * len(e))


@MJ('sql_csv_escape_debris', 'SQL-dump / CSV escaping debris around Chinese: literal \\n, \\", doubled quotes')
def _(rng):
    f = Filler(rng)
    d = Doc()
    kind = pick(rng, ['json_nl', 'csv_quotes', 'sql_escape'])
    if kind == 'json_nl':
        a, b = f.text(pick(rng, REPORT_SENT)), f.text(pick(rng, REPORT_SENT))
        esc = json.dumps(a + '\n' + b, ensure_ascii=False)[1:-1]
        i = esc.index('\\n')
        d.t(esc[:i]).m('\\n', '\n').t(esc[i + 2:])
    elif kind == 'csv_quotes':
        q = pick(rng, ['双百行动', '最多跑一次', '一网通办', '门前三包'])
        buf = io.StringIO()
        csv.writer(buf).writerow(['推行“%s”' % q if False else '推行"%s"改革' % q])
        row = buf.getvalue().strip()  # "推行""x""改革"
        assert row == '"推行""%s""改革"' % q, row
        d.t('备注：').m('"', '').t('推行').m('""', '"').t(q).m('""', '"').t('改革').m('"', '')
        d.nl().t(f.text(pick(rng, REPORT_SENT)))
    else:
        q = pick(rng, ['平安', '文明', '无废'])
        d.t(f.text(pick(rng, REPORT_SENT))).nl()
        d.t('创建').m("\\'%s\\'" % q, "'%s'" % q).t('示范社区，').m('\\r\\n', '\n').t(f.text(pick(rng, REPORT_SENT)))
    return d, 'escaping debris: ' + kind


def html_insert_doc(rng, make):
    """Insert HTML debris between clean clauses."""
    for _ in range(30):
        lines = clean_report_lines(rng, n=(2, 5))
        d = Doc()
        hits = 0
        for i, l in enumerate(lines):
            if i:
                d.nl()
            segs = re.split(r'(?<=[，。；：])', l)
            for s in segs:
                if s and chance(rng, 0.3):
                    hits += make(d, s)
                else:
                    d.t(s)
        if hits:
            return d
    raise RuntimeError


@MJ('html_nbsp_debris', 'HTML entities &nbsp; / &emsp; left in scraped text')
def _(rng):
    def mk(d, s):
        d.m(pick(rng, ['&nbsp;', '&nbsp;&nbsp;', '&nbsp;' * 4, '&emsp;&emsp;', '&ensp;']), '').t(s)
        return 1
    return html_insert_doc(rng, mk)


@MJ('html_tag_debris', 'HTML tag remnants (<span style=…>, </p>, <br/>) left in scraped text')
def _(rng):
    def mk(d, s):
        tag = pick(rng, ['<span style="font-family:宋体;font-size:16px;">', '</span>', '<br/>', '</p><p>', '<strong>', '</strong>', '<p class="MsoNormal">',
                         '<font face="仿宋_GB2312">', 'style="text-indent:2em;">'])
        if chance(rng, 0.5):
            d.m(tag, '').t(s)
        else:
            d.t(s).m(tag, '')
        return 1
    return html_insert_doc(rng, mk)


@MJ('html_double_escaped_tags', 'tags escaped twice: &amp;lt;br&amp;gt; / &lt;p&gt;')
def _(rng):
    def mk(d, s):
        tag = pick(rng, ['<br>', '<p>', '</p>', '<br />', '<b>'])
        esc = html.escape(tag) if chance(rng, 0.4) else html.escape(html.escape(tag))
        d.t(s).m(esc, '')
        return 1
    return html_insert_doc(rng, mk)


@MJ('html_named_entities', 'named entities &ldquo; &rdquo; &mdash; &middot; left in text')
def _(rng):
    f = Filler(rng)
    d = Doc()
    q = pick(rng, ['最多跑一次', '双随机、一公开', '放管服', '网格化'])
    d.t(f.text(pick(rng, REPORT_SENT))).nl()
    d.t('深化').m('&ldquo;', '“').t(q).m('&rdquo;', '”').t('改革')
    if chance(rng, 0.5):
        d.m('&mdash;&mdash;', '——').t('以群众满意为标准')
    d.t('。')
    if chance(rng, 0.5):
        d.nl().t('联系人：%s' % person(rng)[:1]).m('&middot;', '·').t('服务中心')
    return d


@MJ('truncated_field_line_end', 'each line cut at a byte limit mid-character (UTF-8 → trailing �)')
def _(rng):
    for _ in range(40):
        lines = clean_report_lines(rng, n=(3, 7))
        limit = rng.choice([40, 50, 60, 64, 80])
        d = Doc()
        hits = 0
        for i, l in enumerate(lines):
            if i:
                d.nl()
            b = l.encode('utf-8')
            if len(b) <= limit:
                d.t(l)
                continue
            dec = b[:limit].decode('utf-8', 'replace')
            good = b[:limit].decode('utf-8', 'ignore')
            if dec == good:
                d.t(good)
                continue
            k = len(good)
            nxt = l[k]
            d.t(good).m(dec[k:], nxt)
            hits += 1
        if hits:
            return d, 'UTF-8 field limit %d bytes' % limit
    raise RuntimeError


@MJ('truncated_gbk_field', 'GBK field truncated at an odd byte: the half character decoded as ? / �')
def _(rng):
    for _ in range(40):
        lines = clean_report_lines(rng, n=(2, 6))
        limit = rng.choice([31, 41, 51, 63])
        d = Doc()
        hits = 0
        for i, l in enumerate(lines):
            if i:
                d.nl()
            b = l.encode('gbk')
            if len(b) <= limit:
                d.t(l)
                continue
            dec = b[:limit].decode('gbk', 'replace')
            good = b[:limit].decode('gbk', 'ignore')
            if dec == good:
                d.t(good)
                continue
            k = len(good)
            bad = dec[k:] if chance(rng, 0.5) else '?'
            d.t(good).m(bad, l[k])
            hits += 1
        if hits:
            return d
    raise RuntimeError


FOREIGN_L1 = ['Jürgen Müller', 'François Lefèvre', 'José Núñez', 'Zoë Martin', 'Søren Ødegaard', 'Björn Åkesson', 'Inés García', 'Hélène Dubois', 'Jörg Schäfer', 'Agnès Thévenin']


@MJ('latin1_name_as_utf8', 'Latin-1 encoded foreign name decoded as UTF-8 (M�ller)')
def _(rng):
    nm = pick(rng, FOREIGN_L1)
    bad = nm.encode('latin-1').decode('utf-8', 'replace')
    d = Doc()
    d.t(pick(rng, ['%d年%d月，' % (rng.randint(2018, 2024), rng.randint(1, 12)), '']))
    d.t(pick(rng, ['外方代表', '德方专家', '友好城市代表团团长', '来访学者'])).m(bad, nm).t(pick(rng, ['一行到访我区，', '出席签约仪式，'])).t('双方就%s开展交流。' % pick(rng, ['职业教育', '绿色建筑', '文旅合作']))
    d.nl().t(Filler(rng).text(pick(rng, REPORT_SENT)))
    return d


@MJ('smart_quotes_as_cp1252', 'English passage with curly quotes / dashes in UTF-8 read as cp1252 (â€œ … â€)')
def _(rng):
    d = Doc()
    d.t(Filler(rng).text(pick(rng, REPORT_SENT))).nl()
    d.t('English version: The district launched the ')
    for c, rest in [('“', pick(rng, ['Clean Home', 'Green Street', 'Safe Campus'])), ('”', ' campaign'), ('—', 'covering 12 communities'), ('’', 's first phase.')]:
        if c == '’':
            d.t(' in the district')
        d.m(web1252(c.encode('utf-8')), c).t(rest)
    return d


@MJ('qmark_gb2312_rare_name', 'characters outside GB2312 (names like 镕 堃 喆) lost as ? when saved as GB2312')
def _(rng):
    rare = [c for c in '镕堃喆珺玥昇垚淼犇瑄赟琤婧旻昉' if not c.encode('gb2312', 'ignore') and c.encode('gbk', 'ignore')]
    d = Doc()
    d.t(pick(rng, ['表彰名单：', '获奖人员：', '拟任人选：']))
    for j in range(rng.randint(2, 4)):
        if j:
            d.t('、')
        if j == 0 or chance(rng, 0.5):
            c = pick(rng, rare)
            nm = pick(rng, SURNAMES) + (pick(rng, GIVEN) + c if chance(rng, 0.5) else c)
            bad = nm.encode('gb2312', 'replace').decode('gb2312')
            i = bad.index('?')
            d.t(bad[:i]).m(bad[i:i + 1], nm[i]).t(bad[i + 1:])
        else:
            d.t(person(rng))
    d.nl().t(Filler(rng).text(pick(rng, REPORT_SENT)))
    return d


@MJ('zip_filename_cp437', 'attachment names from a ZIP: GBK file names shown as cp437 (╣╪╙┌…)')
def _(rng):
    d = Doc()
    d.t('附件下载：').nl()
    for i in range(rng.randint(1, 3)):
        nm = pick(rng, ['关于开展安全检查的通知', '工作总结', '项目申报表', '预算公开说明', '人员名单', '评分细则'])
        d.t('%d. ' % (i + 1)).m(nm.encode('gbk').decode('cp437'), nm).t(pick(rng, ['.docx', '.xlsx', '.pdf', '.doc'])).nl()
    d.t('（共%d个文件）' % rng.randint(1, 5))
    return d


@MJ('attachment_name_utf8_as_gbk', 'attachment names UTF-8 read as GBK in a CMS file list')
def _(rng):
    d = Doc()
    d.t(Filler(rng).text(pick(rng, REPORT_SENT))).nl()
    d.t('附件：')
    nm = '%d年%s' % (rng.randint(2020, 2024), pick(rng, ['部门预算公开表', '重点项目清单', '民生实事进展表', '政府信息公开年报']))
    bad = nm.encode('utf-8').decode('gbk', 'replace')
    d.t(nm[:4]).m(nm[4:].encode('utf-8').decode('gbk', 'replace'), nm[4:])
    d.t(pick(rng, ['.xls', '.pdf', '.docx']))
    return d


@MJ('mixed_multi_damage', 'several kinds of damage in one document (pinyin artefact + ? + HTML debris + GBK mojibake)')
def _(rng):
    lines = clean_report_lines(rng, n=(3, 5))
    d = Doc()
    kinds = rng.sample(['py', 'q', 'html', 'gbk', 'ent'], 3)
    for i, l in enumerate(lines):
        if i:
            d.nl()
        k = kinds[i % 3]
        runs = list(CJK_RUN.finditer(l))
        m = pick(rng, runs)
        a = m.start()
        b = min(m.end(), a + rng.randint(2, 4))
        seg = l[a:b]
        d.t(l[:a])
        if k == 'py':
            sub = pinyin_annotate(rng, seg, p=1.0)
            if sub.build()[1]:
                d.parts += sub.parts
            else:
                d.m('?' * len(seg), seg)
        elif k == 'q':
            d.m('?' * rng.randint(1, len(seg)), seg)
        elif k == 'html':
            d.t(seg).m(pick(rng, ['/strong>', '</span>', '&nbsp;']), '')
        elif k == 'gbk':
            d.m(seg.encode('utf-8').decode('gbk', 'replace'), seg)
        else:
            d.m(d_ent_dec(seg, rng), seg)
        d.t(l[b:])
    return d, 'mixture: ' + '+'.join(kinds)


@MJ('lost_chars_question_inline', 'single characters lost as ? inside words (心?时代), scraper conversion')
def _(rng):
    for _ in range(30):
        lines = clean_report_lines(rng, n=(2, 5))
        d = Doc()
        hits = 0
        for i, l in enumerate(lines):
            if i:
                d.nl()
            for c in l:
                if '\u4e00' <= c <= '\u9fff' and chance(rng, 0.04):
                    d.m(pick(rng, ['?', '?', '�']), c)
                    hits += 1
                else:
                    d.t(c)
        if hits:
            return d
    raise RuntimeError


# ================================== mj: negatives =================================================
def with_report(rng, extra, before=True, n=(1, 3)):
    lines = clean_report_lines(rng, n=n, title=chance(rng, 0.5))
    k = rng.randint(0, len(lines)) if before else len(lines)
    return lines_doc((lines[:k] + extra + lines[k:])[:12])


@MJN('neg_clean_report', 'ordinary clean work report')
def _(rng):
    return lines_doc(report_lines(rng)[0][:12])


@MJN('neg_clean_notice', 'ordinary clean notice with signature')
def _(rng):
    return lines_doc(notice_lines(rng)[0][:12])


@MJN('neg_clean_table', 'flattened statistical table, clean')
def _(rng):
    return lines_doc(table_lines(rng)[0])


@MJN('neg_traditional_text', 'traditional-character text (Taiwan / Hong Kong source), no annotation')
def _(rng):
    return lines_doc(rng.sample(TRAD_SENT, rng.randint(2, 5)))


@MJN('neg_pinyin_lesson', 'language lesson with pinyin in parentheses: 学习“发展(fāzhǎn)”一词')
def _(rng):
    words = [('发展', 'fāzhǎn'), ('环境', 'huánjìng'), ('社区', 'shèqū'), ('志愿者', 'zhìyuànzhě'), ('垃圾分类', 'lājī fēnlèi'), ('乡村', 'xiāngcūn')]
    ws = rng.sample(words, 3)
    return lines_doc(['对外汉语课堂第%d课' % rng.randint(1, 30), '今天学习“%s(%s)”一词，并用它造句。' % ws[0],
                      '生词：%s（%s）、%s（%s）' % (ws[1] + ws[2]), '注意“%s”的声调。' % ws[0][1]])


@MJN('neg_japanese_quote', 'Japanese quotation with kana and kanji in a Chinese report')
def _(rng):
    q = pick(rng, ['「地域の皆さまのご協力に心より感謝申し上げます」', '「まちづくりは人づくりから」', '「ありがとうございました。また来ます」'])
    return with_report(rng, ['日本友好城市代表团团长在致辞中说：%s' % q])


@MJN('neg_russian_ukrainian_quote', 'Russian and Ukrainian quotations')
def _(rng):
    q = pick(rng, ['«Спасибо за тёплый приём!»', '«Сотрудничество будет продолжено.»', '«Дякуємо за гостинність!»', '«Слава праці!» — написано на плакате.'])
    return with_report(rng, ['俄方代表在留言簿上写道：%s' % q])


@MJN('neg_korean_quote', 'Korean quotation')
def _(rng):
    return with_report(rng, ['韩国客商表示：“%s”' % pick(rng, ['협력을 계속 확대하겠습니다.', '정말 감사합니다.', '좋은 투자 환경입니다.'])])


@MJN('neg_greek_math', 'Greek letters in statistics / engineering text (α, β, σ, Δ, Ω)')
def _(rng):
    return with_report(rng, ['回归分析显示 β=%.2f，显著性水平 α=0.05，标准差 σ=%.1f。' % (rng.uniform(0.1, 0.9), rng.uniform(1, 9)),
                             '接地电阻不大于%dΩ，温差Δt控制在%d℃以内。' % (rng.randint(1, 10), rng.randint(1, 5))])


@MJN('neg_french_german', 'French / German / Spanish names and phrases with diacritics')
def _(rng):
    return with_report(rng, ['法国%s市副市长François Lefèvre出席活动并致辞，表示“Merci beaucoup”。' % pick(rng, ['Besançon', 'Orléans', 'Nîmes']),
                             '合作方为德国Müller & Söhne公司，项目经理为José Muñoz。'][:rng.randint(1, 2)])


@MJN('neg_arabic_hebrew', 'Arabic and Hebrew quotations')
def _(rng):
    return with_report(rng, ['阿方代表用阿拉伯语写下“%s”，以方代表写下“%s”。' % (pick(rng, ['شكراً جزيلاً', 'مرحبا بكم']), pick(rng, ['תודה רבה', 'שלום']))])


@MJN('neg_math_alphanumerics', 'mathematical alphanumerics and operators (𝑥, ℝ, ∑, ∫, ≤)')
def _(rng):
    return lines_doc(['设函数 𝑓(𝑥)=𝑥²−%d𝑥，𝑥∈ℝ。' % rng.randint(2, 9), '∑ᵢ₌₁ⁿ 𝑎ᵢ ≤ %d，∫₀¹ 𝑓(𝑥)d𝑥 的值为 %s。' % (rng.randint(10, 99), pick(rng, ['−4/3', '1/2', '−7/6'])),
                      '考生作答时请使用黑色签字笔。'])


@MJN('neg_chemical_subscripts', 'chemical formulas with subscripts and superscripts (H₂O, CO₂, SO₄²⁻, m³)')
def _(rng):
    return with_report(rng, ['全年减排CO₂约%d吨，SO₂排放量下降%.1f%%。' % (rng.randint(100, 9000), rng.uniform(1, 20)),
                             '污水处理厂日处理能力%d万m³，出水NH₃-N浓度低于%.1fmg/L。' % (rng.randint(1, 20), rng.uniform(0.5, 5))])


@MJN('neg_currency_signs', 'currency signs € £ ¥ ₽ ₩ $ in a trade report')
def _(rng):
    return with_report(rng, ['出口额折合€%.1f万、$%.1f万，进口额£%.1f万。' % (rng.uniform(10, 900), rng.uniform(10, 900), rng.uniform(10, 900)),
                             '对俄贸易结算金额₽%d万，对韩贸易₩%d亿，人民币结算¥%d万。' % (rng.randint(10, 900), rng.randint(1, 90), rng.randint(10, 9000))])


@MJN('neg_music_notation', 'music notation symbols (♩ ♪ ♫ ♭ ♯ 𝄞) in a cultural activity report')
def _(rng):
    return with_report(rng, ['合唱团排练曲目《%s》，调号为降B大调（B♭），♩=%d。' % (pick(rng, ['歌唱祖国', '我和我的祖国', '茉莉花']), rng.randint(60, 120)),
                             '乐谱开头的𝄞为高音谱号，♯表示升半音。'])


@MJN('neg_emoji_post', 'social-media post with real emoji')
def _(rng):
    return lines_doc(['网友留言：%s%s' % (pick(rng, ['社区这次加装电梯办得好', '夜市开业很热闹', '志愿者们辛苦了']), ''.join(rng.sample(EMOJI, 2))),
                      '管理员回复：感谢您的支持%s' % pick(rng, ['🙏', '😊', '']), '发布时间：%d-%02d-%02d' % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28))])


@MJN('neg_rare_characters', 'legitimate rare characters in names and places (𠮷, 䶮, 堃, 喆, 犇, 燚)')
def _(rng):
    nm = pick(rng, ['刘䶮', '王堃', '陶喆', '张犇', '李燚', '𠮷田', '赵淼', '陈垚'])
    return with_report(rng, ['优秀志愿者：%s、%s' % (nm, person(rng)), '%s旧址位于%s。' % (pick(rng, ['古驿道', '石拱桥', '宗祠']), pick(rng, ['亍坊村', '畲族乡', '𨱏溪村', '犇牛镇']))])


@MJN('neg_html_code_tutorial', 'web tutorial quoting HTML and entities on purpose (&nbsp;, <br>)')
def _(rng):
    return embed(rng, ['网页制作入门（第%d讲）' % rng.randint(1, 12), '在HTML中，连续空格会被合并，需要用 &nbsp; 表示不换行空格。',
                      '换行使用 <br> 标签，段落使用 <p>…</p>；小于号要写成 &lt;。', '示例：<p style="text-indent:2em">正文</p>'], 'lesson')


@MJN('neg_escape_tutorial', 'programming tutorial explaining \\u4e2d and %E4%B8%AD on purpose')
def _(rng):
    c = pick(rng, list('中文汉字国发展社区码'))
    u = json.dumps(c)[1:-1]
    pe = urllib.parse.quote(c)
    return embed(rng, ['编码小课堂', '字符“%s”的Unicode码点为U+%04X，在JSON中可写作 %s。' % (c, ord(c), u),
                      '在URL中它会被编码为 %s（UTF-8的三个字节）。' % pe, 'Python 中 "%s".encode("utf-8") 的结果是 %s。' % (c, c.encode('utf-8'))], 'lesson')


@MJN('neg_mojibake_explainer', 'article that explains mojibake and quotes examples on purpose (锟斤拷, 鍙戝睍)')
def _(rng):
    w = pick(rng, ['发展', '中文', '你好', '社区', '通知', '报告', '编码', '工作'])
    return embed(rng, ['为什么会出现“%s”？' % '锟斤拷', '当UTF-8编码的“%s”被按GBK解码时，就会显示为“%s”。' % (w, w.encode('utf-8').decode('gbk', 'replace')),
                      '解决办法是统一使用UTF-8编码保存和读取文件。'], 'lesson')


@MJN('neg_urls_percent', 'URLs with percent-encoded query strings, emails, file names')
def _(rng):
    kw = pick(rng, ['乡村振兴', '政府工作报告', '预算公开'])
    return with_report(rng, ['相关链接：https://www.%s.gov.cn/search?q=%s' % (pick(rng, ['lc', 'ap', 'jy']), urllib.parse.quote(kw)),
                             '附件：%s（定稿）.pdf  联系邮箱：zwgk@%s.gov.cn' % (kw, pick(rng, ['lc', 'ap']))])


@MJN('neg_classical_lacunae', 'edited classical text where □ / 囗 mark illegible characters (editorial convention)')
def _(rng):
    pool = ['□□之年，大水，民多流徙。', '碑文：“邑人□□捐田□亩，以供祭祀。”', '右碑阴题名：囗囗里张氏、□□村李氏。', '乾隆□□年重修，□主事者为乡绅李氏。',
            '是岁秋，□蝗为灾，知县□公开仓赈济。', '其地旧有石桥，□□圮于水，乡人醵金重建。', '额书“□□遗泽”四字，款已漫漶。',
            '嘉庆□年三月□日立石。', '道光间，□□书院山长刘君课士有方。', '《□□县志》卷□载：“城东十里有泉。”']
    sents = rng.sample(pool, rng.randint(1, 3))
    return lines_doc(['%s碑刻整理（校注本）' % pick(rng, ['文昌阁', '龙泉寺', '永济桥', '关帝庙', '魁星楼', '义学', '宗祠', '古渡口'])] + sents +
                     [pick(rng, ['说明：原碑漫漶，不可辨识之字以“□”表示，下同。', '凡例：阙文以□标示，一□为一字。', '注：囗为缺字符号。'])])


@MJN('neg_box_drawing', 'text table drawn with box-drawing characters')
def _(rng):
    a, b = rng.randint(10, 99), rng.randint(10, 99)
    return lines_doc(['┌──────┬──────┐', '│ 项目 │ 数量 │', '├──────┼──────┤', '│ 新建 │ %4d │' % a, '│ 改造 │ %4d │' % b, '└──────┴──────┘'])


@MJN('neg_circled_numbers_units', 'circled numbers, Roman numerals and unit symbols (①②, Ⅲ, ㎡, ℃, ‰)')
def _(rng):
    return with_report(rng, ['①完成改造面积%d㎡；②新增绿地%d㎡；③出生率%.1f‰。' % (rng.randint(100, 9000), rng.randint(100, 9000), rng.uniform(5, 12)),
                             'Ⅲ类水质断面占比%d%%，夏季最高气温%d℃。' % (rng.randint(50, 99), rng.randint(33, 41))])


@MJN('neg_zhuyin_lesson', 'Zhuyin (ㄅㄆㄇ) in a Taiwanese language lesson')
def _(rng):
    return embed(rng, ['注音符號教學', '「發」的注音是ㄈㄚ，「展」的注音是ㄓㄢˇ。', '請小朋友練習拼讀：ㄅㄚˋ ㄅㄚ˙（爸爸）。'], 'lesson')


@MJN('neg_mojibake_lookalike_chars', 'legitimate words using characters common in GBK mojibake (沙家浜, 火鍋, 鏖战, 娴熟, 锦鲤)')
def _(rng):
    return with_report(rng, [pick(rng, ['京剧《沙家浜》在文化广场上演，观众%d余人。', '鏖战%d天，完成主体结构封顶。', '技师手法娴熟，完成检修%d台次。',
                                        '锦鲤池改造完成，投放锦鲤%d尾。', '澳门美食节上，港式火鍋摊位接待游客%d人次。']) % rng.randint(100, 900)])


@MJN('neg_ids_philology', 'ideographic description sequences (⿰木土) in a philology note')
def _(rng):
    return embed(rng, ['异体字整理札记', '该字结构为⿰%s，字库未收，暂以构字式表示。' % pick(rng, ['木土', '氵合', '口夌', '亻彖']), '另一字形作⿱%s，见于明代刻本。' % pick(rng, ['艹昔', '宀兆', '山高'])], 'lesson')


@MJN('neg_kangxi_radical_index', 'dictionary radical index that uses Kangxi radical symbols deliberately (⼈部, ⼝部)')
def _(rng):
    rads = rng.sample(['⼈', '⼝', '⼟', '⼥', '⼼', '⼿', '⽔', '⽕', '⽊', '⾦'], 4)
    return lines_doc(['部首检字表', '  '.join('%s部 第%d页' % (r, rng.randint(1, 600)) for r in rads[:2]), '  '.join('%s部 第%d页' % (r, rng.randint(1, 600)) for r in rads[2:])])


@MJN('neg_latin_diacritic_names', 'foreign names with Latin diacritics (Zoë, São Paulo, Ångström)')
def _(rng):
    return with_report(rng, ['友好城市%s代表团团长%s到访。' % (pick(rng, ['São Paulo', 'Málaga', 'Zürich', 'Köln', 'Besançon']), pick(rng, ['Zoë Dubois', 'Søren Ødegaard', 'José Núñez', 'Ángel Pérez']))])


@MJN('neg_ipa_pronunciation', 'IPA transcription in an English teaching note')
def _(rng):
    return embed(rng, ['英语语音课笔记', 'thought 读作 /θɔːt/，ship 读作 /ʃɪp/，measure 读作 /ˈmeʒə(r)/。', '注意 ð 与 θ 的区别。'], 'lesson')


@MJN('neg_json_code_sample', 'technical document with a JSON code sample containing \\n and \\" on purpose')
def _(rng):
    nm = person(rng)
    return lines_doc(['接口返回示例：', '{"code": 0, "msg": "成功", "data": {"name": "%s", "remark": "第一行\\n第二行"}}' % nm,
                      '说明：remark 字段中的 \\n 表示换行符，引号需转义为 \\"。'])


@MJN('neg_question_marks_legit', 'legitimate question marks (ASCII ? in English, ？ in Chinese)')
def _(rng):
    return with_report(rng, ['群众提问：“老旧小区改造什么时候开工？”', 'Visitor asked: "Where is the service hall?"'])


@MJN('neg_fullwidth_forms', 'full-width Latin and digits (ＡＢＣ, １２３, ＃) used in typeset text')
def _(rng):
    return with_report(rng, ['入选名单：Ａ组%d人、Ｂ组%d人，具体见附表＃%d。' % (rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 5))])


@MJN('neg_punctuation_rich', 'rich Chinese punctuation (……、——、·、《》〔〕【】)')
def _(rng):
    return with_report(rng, ['【要闻】阿依·%s参加“我为群众办实事”活动……' % pick(rng, ['买买提', '努尔', '古丽']),
                             '依据《%s》（%s〔%d〕%d号）——以下简称《办法》。' % (pick(rng, ['安全生产管理办法', '资金管理办法']), pick(rng, ['临政发', '安财']), rng.randint(2019, 2024), rng.randint(1, 90))])


@MJN('neg_compat_units_symbols', 'legitimate symbols that are NFKC-variant forms by design (㎏ ㎞ № ™ ®)')
def _(rng):
    return with_report(rng, ['配送蔬菜%d㎏，运输里程%d㎞，合同№%d。' % (rng.randint(100, 9000), rng.randint(10, 900), rng.randint(1000, 9999)),
                             '商标“%s®”为注册商标。' % pick(rng, COMPANY_HEAD)])


# --------------------------------------------------------------------------------------------------
# Checks shared by generation and --verify
# --------------------------------------------------------------------------------------------------
PH_TOKEN_RE = re.compile('|'.join([
    r'[xXＸ×]', r'某', r'[*＊]', r'○', r'[_＿]{2,}', r'【[^】]+】', r'［[^］]+］', r'〖[^〗]+〗', r'\[[^\]]+\]', r'\{\{.*?\}\}',
    r'[$#]\{\w+\}', r'\$\w+\$', r'%\w+%', r'%[sd]', r'%\d\$[sd]', r'\{\d?\}', r'«[^»]+»', r'<<[^>]+>>', r'《《[^》]+》》', r'<[A-Z]+>',
    r'TODO|TBD|FIXME|todo', r'待定|待补充|待填', r'（[^）]*(填写|输入|请简要说明)[^）]*）', r'请选择|请输入', r'单击此处|点击输入|请在此处|在此处键入',
    r'YYYY|yyyy|NNN', r'\{dede:|\[!--|\{\$|<%=']))

SUR = ''.join(SURNAMES)
STRICT_PH = [
    ('xx', r'(?<![A-Za-z])[xXＸ]{2,}(?![A-Za-z])'),
    ('x_unit', r'(?<![A-Za-z0-9])[xX](?=[月日年号条户人家个元%栋])'),
    ('cross2', r'×{2,}'),
    ('moumou', r'某某'),
    ('surname_mou', r'[' + SUR + r']某(?![些种年月日天处])'),
    ('stars', r'\*{2,}|＊{2,}|\d\*+\d'),
    ('blank', r'[_＿]{3,}'),
    ('bracket_field', r'[【\[［](单位|日期|姓名|金额|地址|联系|项目|公司|客户|编号|活动)'),
    ('template', r'\{\{|\$\{|#\{|«[\u4e00-\u9fff]{1,8}»|<<|《《|\{dede|\[!--|<%='),
    ('todo', r'TODO|TBD|FIXME'),
    ('tbd', r'待定(?!系数)|待补充|待填'),
    ('fill', r'此处填写|请填写|请选择|请输入|单击此处|在此处键入'),
    ('datetpl', r'YYYY|yyyy'),
    ('circle', r'○'),
    ('fmt', r'%[sd](?![a-z])|%\d\$[sd]'),
]
STRICT_MJ = [
    ('fffd', '\ufffd'), ('kunkin', '锟斤拷'), ('c1', '[\x80-\x9f]'), ('latin_utf8', 'Ã[\x80-\xbf\xa1-\xbf]|â€|Ã¥|Ã¦|Ã§|Ã¨|Ã©'),
    ('entity', r'&#x?[0-9a-fA-F]+;|&(nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|emsp|ensp|middot);'), ('uesc', r'\\u[0-9a-fA-F]{4}'),
    ('pct', r'%[0-9A-F]{2}%[0-9A-F]{2}'), ('xesc', r'\\x[0-9a-f]{2}'), ('tag', r'</?(span|p|br|strong|font|b)\b|/strong>'),
    ('mime', r'=\?[\w-]+\?[bBqQ]\?'), ('qp', r'=[0-9A-F]{2}=[0-9A-F]{2}'), ('bom', 'ï»¿|\ufeff'),
    ('kangxi', '[\u2f00-\u2fd5\u2e80-\u2ef3]'), ('compat', '[\uf900-\ufaff]'), ('liga', '[\ufb00-\ufb06]'),
    ('pinyin', r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)'), ('qq', r'\?{2,}|[\u4e00-\u9fff]\?[\u4e00-\u9fff]'),
    ('gbkmoji', '[鍙鐨浜鏈锛銆鎴鍚娴瀹]'), ('rtf', r"\\'[0-9a-f]{2}"), ('utf7', r'\+[A-Za-z0-9/]{4,}-'), ('hz', r'~\{'),
    ('octal', r'\\[0-3][0-7]{2}'), ('halfkana', '[\uff61-\uff9f]'),
]
NEG_ALLOW = {  # style -> detector names that legitimately fire in that negative style
    'neg_tutorial_todo': {'todo'}, 'neg_chromosome_xx': {'xx'}, 'neg_html_code_tutorial': {'entity', 'tag'},
    'neg_escape_tutorial': {'uesc', 'pct', 'xesc'}, 'neg_mojibake_explainer': {'kunkin', 'gbkmoji', 'fffd'},
    'neg_urls_percent': {'pct'}, 'neg_kangxi_radical_index': {'kangxi'}, 'neg_pinyin_lesson': {'pinyin'},
    'neg_mojibake_lookalike_chars': {'gbkmoji'}, 'neg_uscc_full_x': {'xx'}, 'neg_ipa_pronunciation': {'pinyin'},
}
STYLE_INFO = {s[0]: s for s in STYLES}


def detect(text, table):
    return [(n, m.start(), m.group()) for n, rx in table for m in re.finditer(rx, text)]


def blank_spans(text, spans):
    t = list(text)
    for a, b in spans:
        for i in range(a, b):
            t[i] = '\u3000' if t[i] != '\n' else '\n'
    return ''.join(t)


def check_record(rec, cleans=None):
    """Return a list of problems for one record (cleans: regenerated clean pieces for its spans, if known)."""
    P = []
    keys = {'id', 'family', 'style', 'label', 'text', 'spans', 'note'}
    if set(rec) != keys:
        return ['keys %s' % sorted(rec)]
    fam, lab, text, spans, st = rec['family'], rec['label'], rec['text'], rec['spans'], rec['style']
    if fam not in ('ph', 'mj') or lab not in ('placeholder', 'mojibake', 'negative'):
        P.append('bad family/label')
    if (fam, lab) not in (('ph', 'placeholder'), ('ph', 'negative'), ('mj', 'mojibake'), ('mj', 'negative')):
        P.append('family/label mismatch')
    if st not in STYLE_INFO or STYLE_INFO[st][1:3] != (fam, lab):
        P.append('unknown style or style family/label mismatch')
    if not isinstance(text, str) or not text.strip():
        return P + ['empty text']
    try:
        text.encode('utf-8')
    except UnicodeEncodeError:
        P.append('text not encodable (lone surrogate)')
    if not 1 <= text.count('\n') + 1 <= 12:
        P.append('line count %d' % (text.count('\n') + 1))
    if not isinstance(rec['note'], str) or '\n' in rec['note'] or not rec['note']:
        P.append('note must be one non-empty line')
    last = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(type(v) is int for v in sp)):
            P.append('span format %r' % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            P.append('span out of range/empty %r' % (sp,))
        if a < last:
            P.append('spans unsorted/overlapping')
        last = b
    if P:
        return P
    if lab == 'negative' and spans:
        P.append('negative with spans')
    if lab != 'negative' and not spans:
        P.append('positive without spans')
    for k, (a, b) in enumerate(spans):
        seg = text[a:b]
        if lab == 'placeholder' and not PH_TOKEN_RE.search(seg):
            P.append('span %r holds no placeholder' % seg)
        if lab == 'mojibake':
            if cleans is not None and cleans[k] == seg:
                P.append('mojibake span equals its clean text %r' % seg)
            if seg.strip() == '':
                P.append('mojibake span is blank')
    outside = blank_spans(text, spans)
    allow = NEG_ALLOW.get(st, set())
    hits = [h for h in detect(outside, STRICT_PH) if h[0] not in allow]
    if hits:
        P.append('placeholder-like text outside spans: %r' % hits[:3])
    if fam == 'ph' or lab == 'negative':
        mh = [h for h in detect(outside, STRICT_MJ) if h[0] not in allow]
        if mh:
            P.append('damage-like text outside spans: %r' % mh[:3])
    return P


# --------------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------------
def sub_rng(*parts):
    h = hashlib.sha256('|'.join(str(p) for p in parts).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:16], 'big'))


def style_counts(seed):
    counts = {}
    for fam in ('ph', 'mj'):
        pos_label = 'placeholder' if fam == 'ph' else 'mojibake'
        npos = round(RECORDS_PER_FAMILY * POS_SHARE)
        for lab, total in ((pos_label, npos), ('negative', RECORDS_PER_FAMILY - npos)):
            names = [s[0] for s in STYLES if s[1] == fam and s[2] == lab]
            base, rem = divmod(total, len(names))
            extra = set(sub_rng('counts', seed, fam, lab).sample(names, rem))
            for n in names:
                counts[n] = base + (n in extra)
    return counts


def generate(seed):
    counts = style_counts(seed)
    out, seen = [], set()
    for name, fam, lab, fn, note in STYLES:
        made = 0
        attempt = 0
        while made < counts[name]:
            attempt += 1
            if attempt > counts[name] * 40:
                raise RuntimeError('style %s cannot make %d distinct records' % (name, counts[name]))
            rng = sub_rng('t35', seed, name, attempt)
            res = fn(rng)
            doc, rnote = (res if isinstance(res, tuple) else (res, note))
            text, spans, cleans = doc.build()
            if text in seen:
                continue
            rec = {'id': 't35-s%d-%s-%02d' % (seed, name, made + 1), 'family': fam, 'style': name, 'label': lab,
                   'text': text, 'spans': spans, 'note': rnote.replace('\n', ' ')}
            probs = check_record(rec, cleans)
            if probs:
                raise RuntimeError('%s: %s\n%r' % (rec['id'], probs, text))
            seen.add(text)
            out.append((rec, cleans))
            made += 1
    return out


def write_jsonl(path, recs):
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        for rec, _ in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')


def verify(paths):
    bad = 0
    cache = {}
    for path in paths:
        ids = set()
        n = 0
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                n += 1
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print('%s:%d: invalid JSON: %s' % (path, ln, e))
                    bad += 1
                    continue
                rid = rec.get('id', '')
                if rid in ids:
                    print('%s:%d: duplicate id %s' % (path, ln, rid))
                    bad += 1
                ids.add(rid)
                m = re.match(r't35-s(\d+)-', rid)
                cleans = None
                if m:
                    seed = int(m.group(1))
                    if seed not in cache:
                        cache[seed] = {r['id']: (r, c) for r, c in generate(seed)}
                    ref = cache[seed].get(rid)
                    if ref is None:
                        print('%s:%d: id %s not produced by the generator' % (path, ln, rid))
                        bad += 1
                    elif ref[0] != rec:
                        print('%s:%d: record %s differs from the regenerated one' % (path, ln, rid))
                        bad += 1
                    else:
                        cleans = ref[1]
                else:
                    print('%s:%d: id without seed: %r' % (path, ln, rid))
                    bad += 1
                for p in check_record(rec, cleans):
                    print('%s:%d: %s: %s' % (path, ln, rid, p))
                    bad += 1
        print('%s: %d records checked' % (path, n))
    if bad:
        print('FAILED: %d problem(s)' % bad)
        return 1
    print('OK: no problems')
    return 0


def summarize(recs):
    from collections import Counter
    c = Counter((r['family'], r['label']) for r, _ in recs)
    return c


def style_table(seed, path):
    recs = generate(seed)
    rows = {}
    for r, _ in recs:
        rows.setdefault(r['style'], []).append(r)
    out = ['# text35 style table (seed %d)' % seed, '', '%d styles, %d records.' % (len(rows), len(recs)), '',
           '| style | family | placeholder | mojibake | negative | example |', '|---|---|---|---|---|---|']
    for name, fam, lab, fn, note in STYLES:
        rr = rows[name]
        ex = rr[0]['text'].replace('\n', ' ⏎ ')
        ex = ex if len(ex) <= 90 else ex[:90] + '…'
        ex = ex.replace('|', '\\|').replace('`', "'")
        ex = ''.join(c if c.isprintable() else '\\x%02x' % ord(c) for c in ex)
        cnt = {l: sum(1 for r in rr if r['label'] == l) for l in ('placeholder', 'mojibake', 'negative')}
        out.append('| `%s` | %s | %d | %d | %d | %s |' % (name, fam, cnt['placeholder'], cnt['mojibake'], cnt['negative'], ex))
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        style_table(a.seed if a.seed is not None else 11, a.style_table)
        print('wrote', a.style_table)
        return 0
    if a.seed is None or not a.out:
        ap.error('--seed N --out FILE, or --verify FILE..., or --style-table FILE')
    recs = generate(a.seed)
    write_jsonl(a.out, recs)
    c = summarize(recs)
    print('wrote %d records (%d styles) to %s: %s' % (len(recs), len(STYLES), a.out, dict(sorted(c.items()))))
    return 0


if __name__ == '__main__':
    sys.exit(main())
