#!/usr/bin/env python3
"""text14_gen.py - held-out test collection for a placeholder (ph) and mojibake (mj) auditor.

Writes JSON Lines records (see FORMAT_text.md).  Standard library only.

    python3 text14_gen.py --seed 11 --out text14_s11.jsonl
    python3 text14_gen.py --verify text14_s11.jsonl text14_s12.jsonl
    python3 text14_gen.py --style-table text14_s11.jsonl

Every record is built from "parts": clean text, protected clean text (never touched by the
punctuation normaliser) and marked text (a placeholder or a damaged stretch).  Offsets of the
marked parts become the spans, so spans are exact by construction.
"""
import argparse
import base64
import codecs
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib

# ---------------------------------------------------------------------------
# parts and documents
# ---------------------------------------------------------------------------
C, P, S = "c", "p", "s"   # clean, protected clean, span


def c(t):
    return [(t, C)]


def p(t):
    return [(t, P)]


def s(t):
    return [(t, S)]


HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})


def assemble(parts, half=False):
    """Join parts to (text, spans).  Adjacent span parts are merged into one span."""
    out, spans, pos = [], [], 0
    for t, k in parts:
        if not t:
            continue
        if k == C and half:
            t = t.translate(HALF)
        if k == S:
            if spans and spans[-1][1] == pos:
                spans[-1][1] = pos + len(t)
            else:
                spans.append([pos, pos + len(t)])
        out.append(t)
        pos += len(t)
    return "".join(out), spans


def plen(parts):
    return sum(len(t) for t, _ in parts)


def ptext(parts):
    return "".join(t for t, _ in parts)


def has_span(parts):
    return any(k == S and t for t, k in parts)


# ---------------------------------------------------------------------------
# vocabularies (written for this collection)
# ---------------------------------------------------------------------------
PLACES = ("青石 柳溪 桃源 云岭 白沙 金桥 南湖 东坪 枫林 龙泉 石门 清河 梅岭 杨柳 凤凰 新桥 双塘 红星 "
          "太平 长乐 永丰 丰收 古城 碧水 莲花 杏林 银山 竹园 沙坪 高桥 水口 马鞍 望江 兴隆 宝塔 塘坊 "
          "芦溪 松柏 荷塘 槐树 甘泉 卧龙 三江 鹤鸣 白鹭 金鸡 樟树 榕城 横岗 梨园 青龙 文昌").split()
CITIES = "澄江 楚阳 兰溪 湘源 衡川 滨海 汉东 岚山 临川 嘉禾 宁川 安平 泰和 清源 云阳 盛州 西川 柏城 潇水 乐平".split()
SURN = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
        "彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 魏 苏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 廖").split()
GIVEN = ("建国 志强 秀英 海燕 文军 晓东 丽华 明辉 春梅 国平 玉兰 立新 红霞 德胜 俊峰 淑珍 振华 桂芳 "
         "永刚 小燕 卫东 雪梅 家豪 思远 子涵 宏伟 美玲 金山 亚军 婷婷 长青 佳怡 启明 泽民 一鸣").split()
DEPTS = ("农业农村局 卫生健康委员会 教育局 民政局 人力资源和社会保障局 生态环境局 交通运输局 水利局 "
         "市场监督管理局 应急管理局 文化广电旅游体育局 退役军人事务局 自然资源局 住房和城乡建设局 "
         "医疗保障局 统计局 司法局 林业局 商务局 城市管理局").split()
ADMS = ["镇", "乡", "街道"]
TITLES = ["党委书记", "镇长", "副镇长", "街道办事处主任", "副主任", "局长", "副局长", "科长", "站长", "村党支部书记"]


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVEN)


# sentence templates: {KIND} or {KIND:suffix}.  KIND in N NB AMT PCT MD M PLACE CITY PER YR DEPT
TEMPLATES = [
    # health
    "全年累计开展义诊活动{N:场}，受益群众{NB:人次}。",
    "辖区65岁及以上老年人健康体检{NB:人}，体检率{PCT:%}。",
    "家庭医生签约服务重点人群{NB:人}，签约率达到{PCT:%}。",
    "{MD}，{PLACE:社区}卫生服务站联合辖区药店开展慢病随访。",
    "全年投放鼠药{N:公斤}，处理蚊蝇孳生地{N:处}。",
    "完成孕产妇系统管理{N:人}，早孕建册率{PCT:%}。",
    "组织健康知识讲座{N:期}，发放宣传折页{NB:份}。",
    # agriculture
    "全年粮食播种面积{NB:亩}，总产量{NB:吨}。",
    "新建高标准农田{NB:亩}，完成投资{AMT:万元}。",
    "新培育家庭农场{N:家}、农民专业合作社{N:个}。",
    "{PLACE:村}蔬菜基地完成提质改造，带动周边农户{N:户}增收。",
    "发放耕地地力保护补贴{AMT:万元}，惠及农户{NB:户}。",
    "生猪出栏{NB:头}，同比增长{GR:%}。",
    "完成春季造林{NB:亩}，义务植树{NB:株}。",
    "{MD}，{PLACE:镇}茶叶采摘节开幕，吸引游客{NB:人次}。",
    # civil affairs
    "为{N:名}特困供养人员按时足额发放基本生活费。",
    "春节前走访慰问困难群众{N:户}，发放慰问金{AMT:万元}。",
    "低保对象动态调整，新纳入{N:户}，退出{N:户}。",
    "{PLACE:社区}日间照料中心于{M}投入运营，日均服务老人{N:人次}。",
    "发放高龄津贴{AMT:万元}，惠及老人{NB:人}。",
    # education
    "新改扩建公办幼儿园{N:所}，新增学位{NB:个}。",
    "选派{N:名}骨干教师赴{PLACE:镇}中心小学支教。",
    "九年义务教育巩固率{PCT:%}，高中阶段毛入学率{PCT:%}。",
    "资助家庭经济困难学生{NB:人次}，发放资助金{AMT:万元}。",
    "{MD}，组织辖区中小学开展防溺水专题教育。",
    # safety
    "开展安全生产大检查{N:次}，排查整改隐患{N:处}。",
    "{MD}组织开展防汛应急演练，参演人员{N:人}。",
    "森林防火期间累计出动巡护人员{NB:人次}。",
    "检查燃气经营场所{N:家}，责令停业整顿{N:家}。",
    "更新应急物资储备，新增冲锋舟{N:艘}、救生衣{N:件}。",
    # economy
    "完成规模以上工业总产值{AMT:亿元}，同比增长{GR:%}。",
    "新签约招商项目{N:个}，协议投资额{AMT:亿元}。",
    "新登记市场主体{NB:户}，其中企业{N:家}。",
    "{PLACE:工业园}新入驻企业{N:家}，新增就业岗位{N:个}。",
    "实现社会消费品零售总额{AMT:亿元}，同比增长{GR:%}。",
    "完成固定资产投资{AMT:亿元}，完成年度任务的{PCT:%}。",
    "全年税收收入{AMT:万元}，同比增长{GR:%}。",
    # environment
    "全年空气质量优良天数{N:天}，优良率{PCT:%}。",
    "完成{N:个}行政村生活污水治理。",
    "清理河道垃圾{N:吨}，拆除河道违建{N:处}。",
    "{PLACE:镇}垃圾中转站于{M}建成并投入使用。",
    "开展环境执法检查{N:次}，立案查处{N:起}，罚没款{AMT:万元}。",
    # social security
    "城乡居民基本养老保险参保{NB:人}，参保率{PCT:%}。",
    "开展职业技能培训{N:期}，培训{NB:人次}。",
    "全年新增城镇就业{NB:人}，帮助就业困难人员再就业{N:人}。",
    "为{N:家}企业发放稳岗返还资金{AMT:万元}。",
    # party building
    "召开理论学习中心组学习会{N:次}，开展专题研讨{N:次}。",
    "发展党员{N:名}，按期转正预备党员{N:名}。",
    "{PER}带队赴{PLACE:村}开展专题调研。",
    "{MD}，{PER}主持召开党建工作推进会。",
    "选派{N:名}机关干部驻村开展帮扶。",
    # transport
    "新改建农村公路{AMT:公里}，完成投资{AMT:万元}。",
    "{PLACE:镇}至{PLACE:镇}公路于{MD}建成通车。",
    "新增公交线路{N:条}，更新新能源公交车{N:辆}。",
    "完成危桥改造{N:座}，完成投资{AMT:万元}。",
    # culture and sport
    "举办文化惠民演出{N:场}，观众达{NB:人次}。",
    "图书馆全年接待读者{NB:人次}，新增馆藏{NB:册}。",
    "{PLACE:村}文化广场于{M}完工。",
    "组织全民健身赛事{N:场}，参赛群众{NB:人}。",
    # housing
    "完成老旧小区改造{N:个}，惠及居民{NB:户}。",
    "保障性租赁住房开工{N:套}。",
    "完成农村危房改造{N:户}，发放补助资金{AMT:万元}。",
    # market supervision
    "检查食品生产经营单位{N:家}，立案查处{N:起}。",
    "抽检食品样品{N:批次}，合格率{PCT:%}。",
    "受理消费者投诉举报{NB:件}，挽回经济损失{AMT:万元}。",
    # veterans
    "走访慰问退役军人和其他优抚对象{N:人}。",
    "为{N:名}退役军人提供就业岗位推荐。",
    # general
    "截至{MD}，年度目标任务已完成{PCT:%}。",
    "受理群众来信来访{N:件}，按期办结率{PCT:%}。",
    "{CITY:市}{DEPT}于{M}印发实施方案。",
    "承办人大代表建议和政协委员提案{N:件}，满意率{PCT:%}。",
    "全年化解矛盾纠纷{N:起}，调解成功率{PCT:%}。",
    "组织开展专项督查{N:轮}，发现问题{N:个}，已全部整改到位。",
    "{PLACE:街道}综合文化站{M}通过省级验收。",
    "{CITY:县}{DEPT}组织{N:名}业务骨干赴外地考察学习。",
]

PLAIN = [
    "各项工作总体推进有序。",
    "干部队伍精神面貌明显改善。",
    "群众获得感、幸福感持续增强。",
    "工作中还存在一些短板和不足，需要在今后加以改进。",
    "基础设施建设欠账较多，公共服务供给仍不均衡。",
    "产业结构仍需优化，新的增长点培育不够。",
    "部分干部能力与新形势新任务的要求还有差距。",
    "下一步，我们将坚持问题导向，补短板、强弱项。",
    "进一步压实工作责任，确保各项任务按期完成。",
    "持续加强宣传引导，营造良好社会氛围。",
    "坚持每月调度、每季通报，推动工作落地见效。",
    "建立健全工作台账，实行销号管理。",
    "主要负责同志亲自部署、亲自过问。",
    "各村（社区）同步成立工作专班，明确专人负责。",
    "通过微信公众号、宣传栏等渠道广泛宣传政策。",
    "严格执行中央八项规定精神，持续纠治“四风”。",
    "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
    "加强部门协作，形成工作合力。",
    "把安全发展理念贯穿工作全过程。",
    "深入开展调查研究，摸清底数、找准症结。",
    "资金使用严格按照规定程序审批。",
    "对发现的问题逐项建立整改清单。",
]

OPENERS = [
    "{Y}年以来，在上级党委、政府的坚强领导下，我{U}坚持稳中求进工作总基调，扎实推进各项工作，取得了阶段性成效。现将有关情况报告如下：",
    "{Y}年，我{U}紧紧围绕年初确定的目标任务，凝心聚力、真抓实干，经济社会保持平稳健康发展。现将全年工作总结如下：",
    "根据工作安排，现将我{U}{Y}年工作开展情况及下一步打算汇报如下：",
    "今年以来，我{U}按照“抓重点、补短板、强弱项”的思路，统筹推进发展和安全各项工作，现将具体情况报告如下：",
]
SECT_HEAD = ["强化党建引领，夯实基层基础", "聚焦产业发展，壮大经济实力", "着力保障民生，增进群众福祉",
             "守牢安全底线，维护社会稳定", "改善人居环境，建设美丽家园", "加强自身建设，提升服务效能",
             "优化营商环境，推动招商引资", "抓好社会事业，补齐民生短板", "深化综合治理，促进和谐稳定"]
CN_ORD = "一二三四五六七八九十"
TOP_HEAD = ["一、{Y}年工作开展情况", "一、主要工作及成效", "一、工作完成情况"]
PROB_HEAD = ["二、存在的问题", "二、存在的困难和问题", "二、问题与不足"]
NEXT_HEAD = ["三、{Y1}年工作打算", "三、下一步工作计划", "三、下一步工作措施"]
PROBS = ["一是经济总量偏小，发展后劲不足。", "二是基层治理力量相对薄弱。", "三是民生领域仍有不少短板。",
         "一是项目储备不足，重大项目偏少。", "二是资金保障压力较大。", "三是干部队伍结构有待优化。"]
NEXTS = ["一是坚持项目为王，全力抓好项目建设。", "二是持续改善民生，办好群众身边实事。", "三是加强队伍建设，提升干部履职能力。",
         "一是聚焦主导产业，推动提质增效。", "二是深化基层治理，维护社会大局稳定。", "三是从严管党治党，营造风清气正的政治生态。"]
TITLE_T = ["{PL}{AD}{Y}年工作总结", "{PL}{AD}{Y}年上半年工作总结及下半年工作打算", "关于{PL}{AD}{Y}年度工作情况的报告",
           "{CI}市{DE}{Y}年工作总结和{Y1}年工作计划", "{CI}县{DE}关于{Y}年重点工作推进情况的汇报"]

SLOT_RE = re.compile(r"\{(NB|N|AMT|PCT|GR|MD|M|PLACE|CITY|PER|YR|DEPT|DR|DOC|ORD|APXN|APXW|PHONE|EMAIL|URL|ACCT)(?::([^}]*))?\}")


def tmpl_kinds(t):
    return {m.group(1) for m in SLOT_RE.finditer(t)}


def real_value(rng, kind):
    if kind == "N":
        r = rng.random()
        return str(rng.randint(2, 9) if r < .35 else rng.randint(10, 99) if r < .85 else rng.randint(100, 999))
    if kind == "NB":
        return str(rng.randint(1000, 9999) if rng.random() < .6 else rng.randint(10000, 99999))
    if kind == "AMT":
        v = 10 ** rng.uniform(0.3, 3.4)
        return f"{v:.2f}" if rng.random() < .6 else f"{v:.1f}"
    if kind == "PCT":
        r = rng.random()
        return "100" if r < .1 else f"{rng.uniform(60, 99.9):.1f}" if r < .7 else f"{rng.uniform(50, 99.9):.2f}"
    if kind == "GR":
        return f"{rng.uniform(1, 15):.1f}"
    if kind == "MD":
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    if kind == "M":
        return f"{rng.randint(1, 12)}月"
    if kind == "PLACE":
        return rng.choice(PLACES)
    if kind == "CITY":
        return rng.choice(CITIES)
    if kind == "PER":
        return person(rng)
    if kind == "YR":
        return str(rng.choice([2021, 2022, 2023]))
    if kind == "DEPT":
        return rng.choice(DEPTS)
    raise KeyError(kind)


def fill(rng, tmpl, masker=None):
    """Fill a template.  masker(kind, value, suffix, rng) -> None (keep) or list of parts
    replacing value+suffix."""
    parts, pos = [], 0
    for m in SLOT_RE.finditer(tmpl):
        parts += c(tmpl[pos:m.start()])
        kind, suf = m.group(1), m.group(2) or ""
        val = real_value(rng, kind)
        rep = masker(kind, val, suf, rng) if masker else None
        parts += rep if rep is not None else c(val + suf)
        pos = m.end()
    parts += c(tmpl[pos:])
    return parts


USED = set()   # templates already used in the current record (reset per record)


def choose_t(rng, arr):
    """Choose a template not yet used in this record when possible."""
    free = [t for t in arr if t not in USED]
    t = rng.choice(free or arr)
    USED.add(t)
    return t


def clean_sentence(rng, plain_p=0.3):
    if rng.random() < plain_p:
        return c(choose_t(rng, PLAIN))
    return fill(rng, choose_t(rng, TEMPLATES))


def pick_template(rng, kinds):
    cand = [t for t in TEMPLATES if tmpl_kinds(t) & set(kinds)]
    return choose_t(rng, cand)


class Ctx:
    """Per-record document context (year, unit, punctuation mode)."""

    def __init__(self, rng):
        self.rng = rng
        self.Y = rng.choice([2021, 2022, 2023])
        self.place = rng.choice(PLACES)
        self.adm = rng.choice(ADMS)
        self.city = rng.choice(CITIES)
        self.dept = rng.choice(DEPTS)
        self.title_t = rng.choice(TITLE_T)
        if "{PL}" in self.title_t:
            self.unit = self.adm
        else:
            self.unit = "委" if self.dept.endswith("委员会") else "局"
        self.half = rng.random() < 0.25

    def fmt(self, t):
        return (t.replace("{Y1}", str(self.Y + 1)).replace("{Y}", str(self.Y)).replace("{U}", self.unit)
                .replace("{PL}", self.place).replace("{AD}", self.adm).replace("{CI}", self.city)
                .replace("{DE}", self.dept))

    def title(self):
        return c(self.fmt(self.title_t))


def pick_ordered(rng, arr):
    base = 0 if rng.random() < .5 else 3
    idx = sorted(rng.sample(range(3), 2))
    out = [arr[base + i] for i in idx]
    ords = ["一是", "二是", "三是"]
    return "".join(ords[j] + x[2:] for j, x in enumerate(out))


def compose(rng, ctx, items, size=None, title=None, tail=None, filler=None):
    """Build a document.  items: list of (kind, parts) with kind 'sent' (goes inside a paragraph)
    or 'line' (own line).  size: 'line', 'para', 'doc'.  title/tail: optional part lists.
    filler: function(rng) -> parts for context sentences (default clean_sentence)."""
    filler = filler or clean_sentence
    if size is None:
        size = rng.choices(["line", "para", "doc"], [2, 4, 4])[0]
    lines = []
    if size == "line":
        cur = []
        for k, pr in items:
            if k == "line":
                if cur:
                    lines.append(cur)
                    cur = []
                lines.append(pr)
            else:
                if cur and rng.random() < .3:
                    cur += filler(rng)
                cur += pr
        if cur:
            lines.append(cur)
    elif size == "para":
        cur = []
        if rng.random() < .5:
            cur += filler(rng)
        for k, pr in items:
            if k == "line":
                if cur:
                    lines.append(cur)
                    cur = []
                lines.append(pr)
                continue
            cur += pr
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                cur += filler(rng)
        if cur:
            lines.append(cur)
        if title is None and rng.random() < .3:
            title = ctx.title()
    else:  # doc
        if title is None and rng.random() < .7:
            title = ctx.title()
        lines.append(c(ctx.fmt(rng.choice(OPENERS))))
        lines.append(c(ctx.fmt(rng.choice(TOP_HEAD))))
        heads = [f"（{CN_ORD[i]}）{h}" for i, h in enumerate(rng.sample(SECT_HEAD, k=rng.randint(2, 3)))]
        paras = [[] for _ in heads]
        for k, pr in items:
            i = rng.randrange(len(heads))
            paras[i].append((k, pr))
        for h, its in zip(heads, paras):
            lines.append(c(h))
            cur = []
            for _ in range(rng.randint(1, 2)):
                cur += filler(rng)
            for k, pr in its:
                if k == "line":
                    if cur:
                        lines.append(cur)
                        cur = []
                    lines.append(pr)
                    continue
                cur += pr
                for _ in range(rng.randint(0, 2)):
                    cur += filler(rng)
            if cur:
                lines.append(cur)
        if rng.random() < .6:
            lines.append(c(rng.choice(PROB_HEAD)))
            lines.append(c(pick_ordered(rng, PROBS)))
            lines.append(c(ctx.fmt(rng.choice(NEXT_HEAD))))
            lines.append(c(pick_ordered(rng, NEXTS)))
    out = []
    if title:  # None/False/[] -> no title
        out.append(title)
    out += lines
    if tail:
        out.append(tail)
    parts = []
    for i, ln in enumerate(out):
        if i:
            parts += c("\n")
        parts += ln
    return parts

# ---------------------------------------------------------------------------
# extra slot kinds used by the placeholder styles
# ---------------------------------------------------------------------------
CITY_ABBR = {"澄江": "澄", "楚阳": "楚", "兰溪": "兰", "湘源": "湘", "衡川": "衡", "滨海": "滨", "汉东": "汉",
             "岚山": "岚", "临川": "临", "嘉禾": "嘉", "宁川": "宁", "安平": "安", "泰和": "泰", "清源": "清",
             "云阳": "云", "盛州": "盛", "西川": "西", "柏城": "柏", "潇水": "潇", "乐平": "乐"}
DOC_ORG = ["政办发", "政发", "爱卫办", "农发", "卫健发", "教发", "民发", "人社发", "环发", "应急发", "办字"]


def extra_value(rng, kind):
    if kind == "DR":
        m, d1 = rng.randint(1, 12), rng.randint(1, 20)
        d2 = d1 + rng.randint(1, 8)
        f = rng.randrange(3)
        if f == 0:
            return f"{m}月{d1}日至{d2}日"
        if f == 1:
            return f"{m}月{d1}-{d2}日"
        m2 = min(12, m + rng.randint(1, 2))
        return f"{m}月{d1}日至{m2}月{rng.randint(1, 28)}日"
    if kind == "DOC":
        return f"{CITY_ABBR[rng.choice(CITIES)]}{rng.choice(DOC_ORG)}〔{rng.choice([2021, 2022, 2023])}〕{rng.randint(1, 120)}号"
    if kind == "ORD":
        return f"第{rng.randint(1, 60)}"
    if kind == "APXN":
        return str(rng.randint(100, 50000))
    if kind == "APXW":
        return f"{rng.uniform(1, 30):.1f}"
    if kind == "PHONE":
        if rng.random() < .5:
            return f"0{rng.randint(700, 799)}-{rng.randint(2000000, 8999999)}"
        return f"1{rng.choice([3, 5, 8])}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
    if kind == "EMAIL":
        return f"{rng.choice(['bgs', 'zhb', 'jdb', 'nyj', 'wjw'])}{rng.randint(10, 99)}@{rng.choice(['163.com', '126.com', 'qq.com'])}"
    if kind == "URL":
        return f"www.{rng.choice(['cj', 'ly', 'lx', 'xy', 'hc'])}{rng.choice(['', 'x', 'q'])}.gov.cn"
    if kind == "ACCT":
        return " ".join(str(rng.randint(1000, 9999)) for _ in range(4)) + " " + str(rng.randint(100, 999))
    return None


_real_value_base = real_value


def real_value(rng, kind):  # noqa: F811  (extends the base version)
    v = extra_value(rng, kind)
    return v if v is not None else _real_value_base(rng, kind)


def xd(val, ch):
    return re.sub(r"\d", ch, val)


def sym_mask(rng, ch, lo=2, hi=3):
    return ch * rng.randint(lo, hi)


def make_masker(kinds, ch="x", p=1.0, collapse=.3, place=None, per=None, unit_in_span=True):
    """Anonymisation masker.  The attached unit / admin suffix is part of the span."""
    def m(kind, val, suf, rng):
        if kind not in kinds or rng.random() > p:
            return None
        if kind in ("N", "NB", "APXN"):
            t = xd(val, ch) if rng.random() > collapse else ch * rng.choice([2, 2, 3, 4])
        elif kind in ("AMT", "PCT", "GR", "APXW"):
            t = xd(val, ch) if rng.random() > collapse else rng.choice([ch * 2 + "." + ch * 2, ch * 3, ch * 2])
        elif kind in ("MD", "M", "DR", "ORD"):
            t = xd(val, ch)
        elif kind in ("PLACE", "CITY"):
            t = place(rng) if place else sym_mask(rng, ch)
        elif kind == "PER":
            t = per(rng) if per else ch * rng.choice([2, 3, 3])
        elif kind == "YR":
            t = "20" + ch * 2
        elif kind == "DOC":
            t = ch + re.sub(r"^\D", "", re.sub(r"\d+号$", ch * 2 + "号", val))
        else:
            return None
        return s(t + suf) if unit_in_span else s(t) + c(suf)
    return m


def mask_items(rng, tmpls, masker, n=(1, 3), need=1):
    """Fill n templates with masker; retry until at least `need` spans."""
    for _ in range(50):
        items = [("sent", fill(rng, choose_t(rng, tmpls), masker)) for _ in range(rng.randint(*n))]
        if sum(1 for _, pr in items for t, k in pr if k == S) >= need:
            return items
    raise RuntimeError("could not place a mask")


def T(kinds):
    return [t for t in TEMPLATES if tmpl_kinds(t) & set(kinds)]


MONTH_T = [
    "{M}底前完成项目招标和施工图设计。", "{M}份召开全镇三级干部大会，对全年工作进行部署。",
    "项目已于{M}开工建设，预计年底主体完工。", "{M}中旬，迎接省级考核组实地检查。",
    "{M}起，在全辖区推行“一窗受理”服务模式。", "于{M}完成年度资金清算并报送审计部门。",
]
DR_T = [
    "{DR}，省爱卫办组织专家组对我@U@病媒生物防制工作进行技术评估。",
    "{DR}，在中心广场集中开展消费维权宣传活动。", "{DR}举办第三期村干部能力提升培训班。",
    "考核组于{DR}对各村（社区）进行交叉检查。", "{DR}，开展夏季灭蟑突击行动。",
    "全区统一于{DR}开展防灾减灾宣传周活动。",
]
YR_T = [
    "截至{YR:年}底，累计完成投资{AMT:万元}。", "根据《{YR:年度}乡村振兴考核办法》，我镇考核等次为优秀。",
    "力争到{YR:年}，实现所有行政村集体经济收入超过{N:万元}。", "{YR:年}以来，累计培训新型职业农民{NB:人次}。",
    "{YR:年}至{YR:年}，全镇共争取上级资金{AMT:万元}。",
]
CITY_T = [
    "{CITY:市}人民政府印发《{CITY:市}城乡环境综合整治实施方案》。", "{CITY:市}爱卫办组织开展“爱国卫生月”系列活动。",
    "顺利通过{CITY:省}卫生城市复审暗访。", "{CITY:县}{DEPT}联合公安部门开展专项整治行动。",
    "在全国{N:个}地级市中排名靠前，{CITY:省}排名进入前十。", "获评{CITY:市}年度综合考核先进单位。",
]
PER_T = [
    "{PER}同志带队赴{PLACE:村}开展专题调研。", "{MD}，{PER}副市长召开会议专题部署城区病媒生物防制工作。",
    "邀请主任医师{PER}在线讲解控烟相关知识。", "由{PER}同志任组长，分管领导任副组长。",
    "村党支部书记{PER}带领村民发展特色种植。", "{PER}局长对下一步工作提出具体要求。",
]
DOC_T = [
    "根据《关于做好年度考核工作的通知》（{DOC}）要求，及时收集申报材料。",
    "印发《关于进一步加强农村人居环境整治的实施意见》（{DOC}）。",
    "按照{DOC}文件精神，成立工作专班。",
    "根据文件《关于城区病媒生物防制评估意见的函》（{DOC}），我@U@顺利通过评估。",
]
ORD_T = [
    "在全市{N:个}乡镇综合考核中排名{ORD:位}。", "我@U@选送的节目获得{ORD:名}。", "成功举办{ORD:届}农民丰收节。",
    "健康城市建设综合指数在全省排名{ORD:位}。", "组织开展{ORD:个}“安全生产月”宣传活动。",
]
APX_T = [
    "发放宣传资料{APXN:余份}，接受群众咨询{APXN:余人次}。", "线上宣传覆盖约{APXW:万人次}。",
    "累计投放灭鼠药物{APXN:余公斤}。", "全年接待游客约{APXW:万人次}，实现旅游收入约{APXW:亿元}。",
    "组织志愿者{APXN:余人}参与环境整治。",
]


def fix_unit(parts, ctx):
    return [(t.replace("@U@", ctx.unit), k) for t, k in parts]


def st_mask(kinds, tmpls=None, ch="x", p=1.0, collapse=.3, n=(1, 3), place=None, per=None, size=None):
    def f(rng, ctx):
        m = make_masker(kinds, ch, p, collapse, place, per)
        items = mask_items(rng, tmpls or T(kinds), m, n)
        items = [(k, fix_unit(pr, ctx)) for k, pr in items]
        return compose(rng, ctx, items, size=size)
    return f


# ---- placeholder styles with bespoke structure ----------------------------

def st_mask_dense(rng, ctx):
    kinds = ["N", "NB", "AMT", "PCT", "GR", "MD", "M", "PLACE", "CITY", "PER"]
    m = make_masker(kinds, "x", .85, .35)
    items = mask_items(rng, TEMPLATES, m, (4, 7), need=5)
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


def st_mask_partial(rng, ctx):
    # exactly one masked figure among several real figures
    items = []
    for _ in range(rng.randint(3, 5)):
        items.append(("sent", fill(rng, rng.choice(TEMPLATES))))
    kinds = rng.choice([["N"], ["NB"], ["AMT"], ["PCT", "GR"], ["MD"]])
    t = pick_template(rng, kinds)
    done = [False]

    def m1(kind, val, suf, r):
        if kind in kinds and not done[0]:
            done[0] = True
            return make_masker(kinds, rng.choice("xX"), 1, .3)(kind, val, suf, r)
        return None
    items.insert(rng.randrange(len(items) + 1), ("sent", fill(rng, t, m1)))
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


def st_mask_fullwidth(rng, ctx):
    ch = rng.choice(["ｘ", "Ｘ"])
    kinds = rng.choice([["N", "NB"], ["AMT", "PCT"], ["PLACE", "CITY"], ["MD", "N"]])
    m = make_masker(kinds, ch, 1, .4)
    items = mask_items(rng, T(kinds), m, (1, 3))
    # full-width decimal point sometimes
    if rng.random() < .5:
        items = [(k, [(t.replace(".", "．") if kk == S else t, kk) for t, kk in pr]) for k, pr in items]
    return compose(rng, ctx, items)


def st_mask_mixed_case(rng, ctx):
    def mc(n):
        while True:
            t = "".join(rng.choice("xX") for _ in range(n))
            if "x" in t and "X" in t:
                return t
    kinds = ["N", "NB", "PLACE", "AMT"]

    def m(kind, val, suf, r):
        if kind not in kinds:
            return None
        if kind == "AMT":
            return s(mc(2) + "." + mc(2) + suf)
        return s(mc(rng.randint(2, 4)) + suf)
    items = mask_items(rng, T(kinds), m, (1, 3))
    return compose(rng, ctx, items)


LB_T = [("无烟学校{M1}", "家，无烟医疗机构{N:家}。"), ("全年共发放健康支持工具{M1}", "余份。"),
        ("组织培训{M1}", "期，培训人员{NB:人次}。"), ("新增城镇就业{M1}", "人，完成年度任务。"),
        ("全市共创成省级卫生村{M1}", "个、市级卫生村{N:个}。"), ("完成投资{M1}", "万元，占年度计划的{PCT:%}。")]


def st_mask_linebreak(rng, ctx):
    a, b = rng.choice(LB_T)
    ch = rng.choice("xxX")
    mask = ch * rng.randint(2, 4)
    brk = rng.choice(["\n\n", "\n", "\n \n"])
    parts = c(a.replace("{M1}", "")) + s(mask) + c(brk) + fill(rng, b)
    pre = []
    for _ in range(rng.randint(0, 2)):
        pre += clean_sentence(rng)
    post = []
    for _ in range(rng.randint(0, 2)):
        post += clean_sentence(rng)
    doc = pre + parts + post
    if rng.random() < .4:
        doc = ctx.title() + c("\n") + doc
    return doc


HEAD_T = ["{PLACE:街道}{Y}年工作总结", "关于{PLACE:镇}{Y}年度安全生产工作情况的报告", "（{SN}）{PLACE:村}人居环境整治",
          "{CITY:市}{DEPT}{Y}年工作总结", "{SN2}、{PLACE:社区}{Y}年上半年工作开展情况", "{CITY:县}{PLACE:镇}{Y}年度工作要点",
          "（{SN}）{PLACE:工业园}招商引资推进情况"]


def st_mask_heading(rng, ctx):
    ch = rng.choice("xxXX")
    m = make_masker(["PLACE", "CITY"], ch)
    h = rng.choice(HEAD_T).replace("{Y}", str(ctx.Y)).replace("{SN}", rng.choice("一二三四五")).replace("{SN2}", rng.choice("一二三"))
    head = fill(rng, h, m)
    items = [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))]
    if rng.random() < .4:
        items += mask_items(rng, T(["N", "PLACE"]), make_masker(["N", "PLACE"], ch, .6), (1, 1))
    size = rng.choice(["para", "doc"])
    if h.startswith("（") or h[1] == "、":
        body = compose(rng, ctx, items, size="para", title=False)
        return head + c("\n") + body
    return compose(rng, ctx, items, size=size, title=head)


SIGN_ORG = ["{PLACE:镇}人民政府", "{PLACE:街道}办事处", "中共{PLACE:镇}委员会", "{CITY:市}{DEPT}", "{PLACE:村}村民委员会",
            "{CITY:县}{DEPT}办公室"]


def st_mask_signature(rng, ctx):
    ch = rng.choice("xxX")
    body = compose(rng, ctx, [("sent", clean_sentence(rng, .6)) for _ in range(rng.randint(1, 3))],
                   size=rng.choice(["line", "para", "doc"]))
    mask_org = rng.random() < .6
    m = make_masker(["PLACE", "CITY"], ch) if mask_org else None
    org = fill(rng, rng.choice(SIGN_ORG), m)
    y = ctx.Y
    f = rng.randrange(4)
    if f == 0:
        date = c(f"{y}年") + s(f"{ch}月{ch * 2}日")
    elif f == 1:
        date = c(f"{y}年") + s(f"{ch * 2}月{ch}日")
    elif f == 2:
        date = s(f"20{ch * 2}年{ch}月{ch}日")
    else:
        date = c(f"{y}年{rng.randint(1, 12)}月") + s(f"{ch * 2}日")
    tail = org + c("\n") + date
    if rng.random() < .3:
        tail = c(rng.choice(["（此件公开发布）", "（联系人：办公室）"])) + c("\n") + tail
    return body + c("\n" + rng.choice(["", "\n"])) + tail


TABLE_COLS = [("序号", "项目名称", "投资额（万元）", "完成率"), ("序号", "村（社区）", "户数", "签约率"),
              ("序号", "单位", "检查次数", "整改隐患（处）")]


def st_mask_table(rng, ctx):
    ch = rng.choice("xxX")
    sep = rng.choice(["\t", " | ", "  "])
    cols = rng.choice(TABLE_COLS)
    rows = [c(sep.join(cols))]
    nmask = 0
    for i in range(1, rng.randint(3, 6)):
        cells = [c(str(i))]
        pl = rng.choice(PLACES)
        if cols[1] == "项目名称":
            name = (s(ch * 2 + "村") if rng.random() < .5 else c(pl + "村")) + c(rng.choice(["道路硬化", "污水管网", "文化广场", "饮水工程"]))
        elif cols[1] == "单位":
            name = s(ch * 2 + "镇") if rng.random() < .5 else c(pl + "镇")
        else:
            name = s(ch * 2 + rng.choice(["村", "社区"])) if rng.random() < .5 else c(pl + rng.choice(["村", "社区"]))
        cells.append(name)
        v = real_value(rng, "AMT" if "投资" in cols[2] else "N")
        cells.append(s(xd(v, ch)) if rng.random() < .5 else c(v))
        v2 = real_value(rng, "PCT" if "率" in cols[3] else "N")
        unit = "%" if "率" in cols[3] else ""
        cells.append(s(xd(v2, ch) + unit) if rng.random() < .5 else c(v2 + unit))
        row = []
        for j, cell in enumerate(cells):
            if j:
                row += c(sep)
            row += cell
        nmask += has_span(row)
        rows.append(row)
    if nmask == 0:
        rows[-1] = rows[-1][:-1] + s(ch * 2)
    cap = c(rng.choice(["附表：", "表1 ", "附件2："]) + rng.choice(["重点项目推进情况表", "工作完成情况统计表", "检查情况汇总表"]))
    parts = []
    if rng.random() < .6:
        parts += clean_sentence(rng) + c("\n")
    parts += cap
    for r in rows:
        parts += c("\n") + r
    return parts


def st_mask_contact(rng, ctx):
    ch = rng.choice("xxX")
    ph = real_value(rng, "PHONE")
    phm = rng.choice([xd(ph, ch), ph[:3] + ch * (len(ph) - 3) if ph.startswith("1") else "0" + ch * 3 + "-" + ch * 7])
    em = real_value(rng, "EMAIL")
    emm = rng.choice([ch * 3 + "@" + ch * 3 + ".com", ch * 6 + "@163.com", em.split("@")[0] + "@" + ch * 3 + ".com"])
    per = s(ch * 3) if rng.random() < .5 else c(person(rng))
    parts = c(rng.choice(["请各单位于", "请符合条件的人员于"]) + real_value(rng, "MD") + "前将" +
              rng.choice(["报名表", "自查报告", "申报材料"]) + "报送至" + ctx.city + "市" + ctx.dept + rng.choice(["办公室", "综合科"]) + "。")
    parts += c("\n" if rng.random() < .6 else "") + c("联系人：") + per + c("，联系电话：") + s(phm)
    if rng.random() < .6:
        parts += c("，电子邮箱：") + s(emm)
    parts += c("。")
    if rng.random() < .4:
        parts = ctx.title() + c("\n") + clean_sentence(rng) + c("\n") + parts
    return parts


def st_mask_account(rng, ctx):
    ch = rng.choice("xX")
    lines = c(rng.choice(["关于缴纳", "关于收取"]) + rng.choice(["城乡居民医疗保险费", "农村集体资产租金", "培训费"]) + "的通知")
    lines += c("\n" + rng.choice(["请相关单位按时缴纳，逾期将按规定处理。", "请按以下账户信息办理转账。"]))
    lines += c("\n户名：" + ctx.city + "市" + ctx.dept)
    lines += c("\n开户行：" + rng.choice(["农村商业银行", "工商银行", "建设银行", "农业银行"]) + ctx.city + "支行")
    acct = " ".join(ch * 4 for _ in range(4)) + (" " + ch * 3 if rng.random() < .5 else "")
    lines += c("\n账号：") + s(acct)
    if rng.random() < .6:
        lines += c("\n统一社会信用代码：") + s(rng.choice(["1" + ch * 17, ch * 18, "11" + ch * 16]))
    if rng.random() < .5:
        lines += c("\n缴费截止时间：" + real_value(rng, "MD") + "。")
    return lines


def st_mask_url(rng, ctx):
    ch = rng.choice("xx")
    u = rng.choice([f"www.{ch * 3}.gov.cn", f"http://www.{ch * 3}.gov.cn", f"https://{ch * 4}.{ch * 3}.com/{ch * 3}",
                    f"www.{ch * 2}{ch}.com"])
    lead = rng.choice(["详情请登录", "申报系统网址：", "有关文件可在", "请登录政府门户网站"])
    parts = c(lead) + s(u)
    parts += c(rng.choice(["查询。", "下载。", "“通知公告”栏目查看。", "。"]))
    doc = clean_sentence(rng) + parts if rng.random() < .6 else parts
    if rng.random() < .4:
        doc += clean_sentence(rng)
    return compose(rng, ctx, [("sent", doc)])


def per_times(rng):
    return rng.choice([rng.choice(SURN) + "××", rng.choice(SURN) + "×", "×××"])


def st_times_person(rng, ctx):
    tm = PER_T + ["经查，{PER}在负责项目资金管理期间存在违规行为。", "{PER}等{N:人}被评为年度优秀共产党员。"]
    m = make_masker(["PER"], "×", per=per_times)
    items = mask_items(rng, tm, m, (1, 2))
    items = [(k, fix_unit(pr, ctx)) for k, pr in items]
    return compose(rng, ctx, items)


def per_mou(rng):
    return rng.choice(SURN) + rng.choice(["某", "某某", "某", "某某"])


MOU_T = ["{PER}，男，{N:岁}，{PLACE:村}村民。", "经调查，{PER}于{MD}在{PLACE:村}私自搭建违章建筑。",
         "村民{PER}与{PER}因宅基地边界发生纠纷，经调解达成一致。", "{PER}因违规领取低保金被追缴资金{AMT:万元}。",
         "{PER}利用职务便利，为他人谋取利益。", "接到群众反映，{PER}家中存在消防安全隐患，工作人员当即上门排查。"]


def st_mou_pseudonym(rng, ctx):
    m = make_masker(["PER"], "某", per=per_mou)
    items = mask_items(rng, MOU_T, m, (1, 3))
    return compose(rng, ctx, items)


MOUPL_T = ["{PLACE:村}依托特色种植，村集体经济收入突破{N:万元}。", "{PLACE:公司}违规排放污水，已责令整改并处罚款{AMT:万元}。",
           "{PLACE:街道}试点推行垃圾分类积分兑换。", "{PLACE:合作社}带动{N:户}脱贫户稳定增收。",
           "执法人员对{PLACE:公司}生产车间进行突击检查。", "{PLACE:小区}物业服务纠纷得到妥善化解。"]


def st_mou_place(rng, ctx):
    m = make_masker(["PLACE"], "某", place=lambda r: "某某")
    items = mask_items(rng, MOUPL_T, m, (1, 3))
    return compose(rng, ctx, items)


NOTICE_T = ["{PER}，{CITY:县}{PLACE:镇}{PLACE:村}党支部书记，在{YR2}村级工程项目中收受好处费{AMT:万元}。",
            "{PER}，{CITY:县}{DEPT}原副局长，违规接受管理服务对象宴请。",
            "{PER}，{CITY:市}{PLACE:街道}{PLACE:社区}原主任，虚报冒领补贴资金{AMT:万元}。"]


def st_mou_notice(rng, ctx):
    def m(kind, val, suf, r):
        if kind == "PER":
            return s(per_mou(r))
        if kind in ("PLACE", "CITY"):
            return s("某" + suf)
        if kind == "DEPT":
            return s("某局") if rng.random() < .5 else None
        return None
    n = rng.randint(1, 3)
    lines = c(rng.choice(["关于典型问题的通报", "典型案例通报", "违反中央八项规定精神典型问题通报"]))
    lines += c("\n" + rng.choice(["近期，查处了一批违规违纪问题，现将有关情况通报如下：", "为强化警示教育，现将典型问题通报如下："]))
    for i in range(n):
        t = rng.choice(NOTICE_T).replace("{YR2}", str(ctx.Y) + "年")
        body = fill(rng, t, m)
        body += c(rng.choice(["受到党内警告处分。", "受到政务记过处分，违纪款已收缴。", "被免去现职，违规所得已退还。"]))
        lines += c(f"\n{i + 1}．") + body
    return lines


def st_blank_underscore(rng, ctx):
    def blank(lo=3, hi=8):
        return "_" * rng.randint(lo, hi)
    ch_kinds = ["N", "NB", "AMT", "PCT", "PLACE", "PER"]

    def m(kind, val, suf, r):
        if kind not in ch_kinds or r.random() < .3:
            return None
        return s(blank() + suf)
    items = mask_items(rng, T(ch_kinds), m, (1, 3))
    if rng.random() < .5:
        date = s(f"{blank(4, 4)}年{blank(2, 3)}月{blank(2, 3)}日") if rng.random() < .5 else c(f"{ctx.Y}年") + s(f"{blank(2, 3)}月{blank(2, 3)}日")
        items.append(("line", c(rng.choice(["填报日期：", "报告日期：", ""])) + date))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_blank_fw_underscore(rng, ctx):
    ch = rng.choice(["＿", "﹍", "＿"])
    kinds = ["N", "NB", "AMT", "PLACE", "MD"]

    def m(kind, val, suf, r):
        if kind not in kinds or r.random() < .3:
            return None
        if kind == "MD":
            return s(ch * 2 + "月" + ch * 2 + "日")
        return s(ch * r.randint(2, 6) + suf)
    items = mask_items(rng, T(kinds), m, (1, 3))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_blank_paren(rng, ctx):
    kinds = ["N", "NB", "AMT", "PCT"]

    def m(kind, val, suf, r):
        if kind not in kinds or r.random() < .3:
            return None
        sp = rng.choice([" " * rng.randint(2, 6), "\u3000" * rng.randint(1, 3)])
        return s(rng.choice(["（" + sp + "）", "(" + sp + ")"]) + suf)
    items = mask_items(rng, T(kinds), m, (1, 3))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


# ---- template fields -------------------------------------------------------
FIELD_NAMES = {
    "N": ["count", "数量", "num", "完成数"], "NB": ["total", "总数", "数量", "total_num"],
    "AMT": ["amount", "金额", "value", "数额"], "PCT": ["rate", "比例", "pct", "百分比"], "GR": ["growth", "增幅", "增长率"],
    "MD": ["date", "日期", "活动日期", "meeting_date"], "M": ["month", "月份"], "PLACE": ["town", "村名", "乡镇名称", "社区名称", "village"],
    "PER": ["name", "姓名", "负责人", "leader_name"], "CITY": ["city", "市名", "县区名称"], "DEPT": ["dept", "部门名称", "单位名称"],
}
FIELD_CN = {k: [x for x in v if not x.isascii()] or v for k, v in FIELD_NAMES.items()}


def field_masker(wrap, kinds=None, p=.7, cn_only=False):
    def m(kind, val, suf, rng):
        if kinds and kind not in kinds:
            return None
        if kind not in FIELD_NAMES or rng.random() > p:
            return None
        name = rng.choice(FIELD_CN[kind] if cn_only else FIELD_NAMES[kind])
        return s(wrap(name, rng)) + c(suf)
    return m


def st_fields(wrap, cn_only=False, extra=None):
    def f(rng, ctx):
        m = field_masker(wrap, cn_only=cn_only)
        items = mask_items(rng, TEMPLATES, m, (1, 3))
        if extra and rng.random() < .5:
            head = []
            for _, pr in extra(rng, ctx, wrap):
                head += pr + c("\n")
            return head + compose(rng, ctx, items, size=rng.choice(["line", "para"]), title=False)
        return compose(rng, ctx, items, size=rng.choice(["line", "para", "para", "doc"]))
    return f


def salute(rng, ctx, wrap):
    nm = rng.choice(["name", "姓名", "单位名称", "company"])
    return [("line", c("尊敬的") + s(wrap(nm, rng)) + c("：")),
            ("line", c(rng.choice(["您好！您申报的项目已通过初审，请按要求提交补充材料。", "现将有关事项通知如下。"])))]


def w_double(n, r):
    return r.choice(["{{" + n + "}}", "{{ " + n + " }}", "{{" + n + "}}"])


def w_dollar(n, r):
    return r.choice(["${" + n + "}", "${" + n + "}", "$" + n + "$"])


def w_len(n, r):
    return "【" + n + "】"


def w_sq(n, r):
    return "[" + r.choice([n, "请填写" + n, "填写" + n]) + "]" if r.random() < .7 else "[填写]"


def w_angle(n, r):
    return r.choice(["＜请输入" + n + "＞", "<请输入" + n + ">", "〈" + n + "〉", "＜请输入＞"])


def w_guil(n, r):
    return "«" + n + "»"


def w_merge(n, r):
    return r.choice(["{ MERGEFIELD " + n + " }", "{MERGEFIELD \"" + n + "\" \\* MERGEFORMAT}", "{ MERGEFIELD " + n + " }"])


def w_hash(n, r):
    return r.choice(["#" + n + "#", "##" + n + "##", "#" + n.upper() + "#"])


def w_printf(n, r):
    return r.choice(["%s", "%d", "%s", "{0}", "{1}", "%1$s", "%(" + n + ")s"]) if n.isascii() else r.choice(["%s", "{0}", "{1}"])


def w_en(n, r):
    return r.choice(["[Name]", "[Insert date]", "<Company Name>", "[Amount]", "[Town]", "[Insert figure]", "<Value>"])


WORD_PROMPTS = ["单击此处输入文字。", "单击或点击此处输入文字。", "单击或点击以输入日期。", "单击此处输入日期。",
                "Click or tap here to enter text.", "Click here to enter text.", "选择一项。"]


def st_word_prompt(rng, ctx):
    labels = ["填报单位：", "项目名称：", "负责人：", "联系电话：", "填报日期：", "项目概况：", "实施地点：", "完成时限：", "主要成效："]
    rng.shuffle(labels)
    lines = c(rng.choice(["重点工作推进情况表", "项目申报表", "工作信息报送单"]))
    k = rng.randint(3, 6)
    nmask = 0
    for i, lb in enumerate(labels[:k]):
        if rng.random() < .5 or (i == k - 1 and nmask == 0):
            pr = rng.choice(WORD_PROMPTS[:2] + WORD_PROMPTS[4:6]) if "日期" not in lb else rng.choice(WORD_PROMPTS[2:4])
            lines += c("\n" + lb) + s(pr)
            nmask += 1
        else:
            v = {"填报单位：": ctx.place + ctx.adm, "项目名称：": ctx.place + rng.choice(["村道路提升工程", "污水管网改造", "文体中心建设"]),
                 "负责人：": person(rng), "联系电话：": real_value(rng, "PHONE"), "填报日期：": f"{ctx.Y}年{real_value(rng, 'MD')}",
                 "实施地点：": ctx.place + rng.choice(["村", "社区"]), "完成时限：": f"{ctx.Y}年{real_value(rng, 'M')}底"}
            lines += c("\n" + lb) + c(v.get(lb) or ptext(clean_sentence(rng, 0)))
    return lines


PENDING = ["待补充", "待定", "TBD", "待核实", "待更新", "（待补充）", "(待定)", "【待补充】"]


def st_pending(rng, ctx):
    def m(kind, val, suf, r):
        if kind in ("N", "NB", "AMT", "PCT", "MD", "PER") and r.random() < .5:
            return s(r.choice(PENDING)) + c(suf)
        return None
    items = mask_items(rng, TEMPLATES, m, (1, 2))
    if rng.random() < .5:
        items.append(("line", c(rng.choice(["责任单位：", "牵头领导：", "完成时限：", "资金来源："])) + s(rng.choice(["待定", "TBD", "待补充", "待明确"]))))
    return compose(rng, ctx, items, size=rng.choice(["line", "para", "doc"]))


def st_paren_instruction(rng, ctx):
    def m(kind, val, suf, r):
        if kind in ("N", "NB", "AMT", "PLACE", "DEPT") and r.random() < .5:
            return s(r.choice(["（填写具体数字）", "（按实际填写）", "（请补充）"]) if kind in ("N", "NB", "AMT") else r.choice(["（填写单位全称）", "（填写名称）"])) + c(suf)
        return None
    items = mask_items(rng, TEMPLATES, m, (1, 2))
    if rng.random() < .6:
        items.append(("sent", c(rng.choice(["二是", "三是", "同时，"])) + s(rng.choice(["（此处填写具体措施）", "（此处列举典型案例）", "（请根据实际情况修改）"])) + c("。")))
    return compose(rng, ctx, items)


FILLERS = ["文字文字文字文字文字文字", "此处输入正文", "正文内容正文内容正文内容", "这里是标题", "内容内容内容内容", "此处为图片说明",
           "请在此处输入标题", "标题标题标题"]


def st_filler_text(rng, ctx):
    f = rng.choice(FILLERS)
    if "标题" in f:
        body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))], size="para", title=False)
        return s(f) + c("\n") + body
    where = rng.random()
    items = [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))]
    if where < .5:
        items.append(("line", c(rng.choice(["（三）", "3.", "四、", ""])) + s(f + rng.choice(["", "。"]))))
    else:
        items.insert(rng.randrange(len(items) + 1), ("sent", s(f) + c("。")))
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


XXXX_T = ["关于{X}的请示", "{X}年度工作总结", "关于印发{X}实施方案的通知", "{X}公司", "{X}项目建设情况汇报", "关于{X}同志任职的通知"]


def st_xxxx_title(rng, ctx):
    x = rng.choice(["XXXX", "XXXXXX", "XXXXX", "xxxx", "xxxxxx"])
    t = rng.choice(XXXX_T)
    a, b = t.split("{X}")
    head = c(a) + s(x) + c(b)
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))], size=rng.choice(["line", "para"]), title=False)
    if rng.random() < .3:
        body += c("\n") + c(rng.choice(["特此请示。", "妥否，请批示。", "特此通知。"]))
    return head + c("\n") + body


def st_en_fields(rng, ctx):
    lines = c(rng.choice(["招商推介材料（中英文）", "友好城市交流邀请函", "项目合作意向书（草稿转正式稿）"]))
    lines += c("\n" + rng.choice(["（英文版）", "English version:", "（以下为英文稿）"]))
    lines += c("\nDear ") + s(rng.choice(["[Name]", "<Recipient Name>", "[Title] [Surname]"])) + c(",")
    lines += c("\nWe are pleased to invite your delegation to visit " + rng.choice(CITY_EN) + " on ") + s(rng.choice(["[Insert date]", "[Date]", "<Date>"])) + c(".")
    if rng.random() < .5:
        lines += c("\n") + s("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
    return lines


EDITOR_NOTES = ["（此处补充全年数据）", "【编者注：数据待核】", "（请办公室补充照片）", "【此处插入图表】", "（数据待统计局反馈后更新）",
                "【此处插入现场照片】", "（待各村上报后汇总）"]


def st_editor_note(rng, ctx):
    items = [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))]
    note = rng.choice(EDITOR_NOTES)
    if rng.random() < .5:
        items.insert(rng.randrange(len(items) + 1), ("line", s(note)))
    else:
        items.insert(rng.randrange(len(items) + 1), ("sent", c(rng.choice(["全年完成", "累计发放", "新增"])) + s(note) + c("。")))
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


def st_mixed_mask_template(rng, ctx):
    m1 = make_masker(["N", "NB", "PLACE", "AMT"], rng.choice("xX"), .8)
    wrap = rng.choice([w_len, w_sq, w_double])
    m2 = field_masker(wrap, p=.9, cn_only=True)
    items = mask_items(rng, TEMPLATES, m1, (1, 2)) + mask_items(rng, TEMPLATES, m2, (1, 2))
    rng.shuffle(items)
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


LOOKALIKE_SENT = ["持续推进“1+X”证书制度试点，{N:名}学生取得职业技能等级证书。", "采购x86架构服务器{N:台}，完成政务云扩容。",
                  "为辖区适龄妇女免费提供X射线乳腺检查。", "乡镇卫生院新配备DR数字化X光机{N:台}。",
                  "推行“7+X”民生服务清单，打通服务群众最后一公里。", "政务服务热线实行7×24小时值守。",
                  "举办3×3篮球联赛，参赛队伍{N:支}。"]


def st_mask_with_lookalikes(rng, ctx):
    ch = rng.choice("xX")
    m = make_masker(["N", "NB", "AMT", "PCT", "PLACE", "MD"], ch, .9)
    items = mask_items(rng, TEMPLATES, m, (1, 3))
    for _ in range(rng.randint(1, 2)):
        items.insert(rng.randrange(len(items) + 1), ("sent", fill(rng, rng.choice(LOOKALIKE_SENT))))
    return compose(rng, ctx, items)


def st_single_line(rng, ctx):
    ch = rng.choice(["x", "X", "×", "＊", "某"])
    kinds = rng.choice([["N"], ["AMT"], ["PLACE"], ["MD"], ["PCT"]])
    if ch == "某":
        kinds = ["PLACE"]
    m = make_masker(kinds, ch, 1, .3, place=(lambda r: "某某") if ch == "某" else None)
    t = pick_template(rng, kinds)
    pr = fill(rng, t, m)
    while not has_span(pr):
        pr = fill(rng, t, m)
    return pr


def st_long_multi(rng, ctx):
    ch = rng.choice("xX")
    m = make_masker(["N", "NB", "AMT", "PCT", "MD", "PLACE", "M"], ch, .7)
    items = mask_items(rng, TEMPLATES, m, (5, 9), need=4)
    return compose(rng, ctx, items, size="doc")


QT_T = ["印发《{CITY:市}关于开展健康影响评价试点工作的实施方案》。", "制定《{PLACE:镇}农村人居环境整治三年行动方案》，明确责任分工。",
        "根据《{CITY:市}{YR:年度}目标管理考核办法》，认真开展自查。", "起草了《{CITY:县}爱国卫生工作条例（草案）》，并广泛征求意见。",
        "转发《关于做好{YR:年}防汛工作的通知》（{DOC}），并结合实际抓好落实。"]


def st_quote_title(rng, ctx):
    ch = rng.choice("xX")
    m = make_masker(["CITY", "PLACE", "YR", "DOC"], ch, .85)
    items = mask_items(rng, QT_T, m, (1, 3))
    return compose(rng, ctx, items)


PH_STYLES = [
    # name, label, builder, note
    ("ph_mask_x_count", st_mask(["N", "NB"], ch="x"), "lower-case x masks over counts with their measure word (xx户, xxx人次)"),
    ("ph_mask_X_count", st_mask(["N", "NB"], ch="X"), "upper-case X masks over counts (XX个, XXXX人)"),
    ("ph_mask_x_amount", st_mask(["AMT"], ch="x"), "masked money / quantity figures with unit (xx.xx万元, xxx.x亿元)"),
    ("ph_mask_x_pct", st_mask(["PCT", "GR"], ch="x"), "masked percentages (xx.x%, xxx%)"),
    ("ph_mask_x_date_md", st_mask(["MD"], ch="x"), "masked month-day dates (x月xx日)"),
    ("ph_mask_x_month", st_mask(["M"], MONTH_T + T(["M"]), ch="x", n=(1, 2)), "masked months (x月, xx月份, x月底)"),
    ("ph_mask_x_date_range", st_mask(["DR"], DR_T, ch="x", n=(1, 2)), "masked date ranges (x月xx-xx日, x月x日至x月xx日), one span per range"),
    ("ph_mask_year_20xx", st_mask(["YR"], YR_T, ch="x", n=(1, 2)), "masked years 20xx年 (other figures real)"),
    ("ph_mask_X_place", st_mask(["PLACE"], ch="X"), "upper-case masked place names with admin suffix (XX街道, XX村)"),
    ("ph_mask_x_city", st_mask(["CITY"], CITY_T + T(["CITY"]), ch="x", n=(1, 2)), "masked city / county / province names (xx市, xx县, xx省)"),
    ("ph_mask_x_person", st_mask(["PER"], PER_T, ch="x", n=(1, 2)), "person names replaced by xxx / XX"),
    ("ph_mask_x_docnum", st_mask(["DOC"], DOC_T, ch="x", n=(1, 2)), "masked document numbers (x政办发〔2022〕xx号), whole number is the span"),
    ("ph_mask_x_ordinal", st_mask(["ORD"], ORD_T, ch="x", n=(1, 2)), "masked ordinals and rankings (第xx位, 第x届)"),
    ("ph_mask_x_approx", st_mask(["APXN", "APXW"], APX_T, ch="x", n=(1, 2)), "masked approximate figures (xxxx余份, 约x.x万人次)"),
    ("ph_mask_x_dense", st_mask_dense, "dense anonymised paragraph, many masks of all kinds"),
    ("ph_mask_x_partial", st_mask_partial, "a single masked figure among several real figures"),
    ("ph_mask_fullwidth_x", st_mask_fullwidth, "full-width ｘｘ / ＸＸ masks, sometimes with full-width decimal point"),
    ("ph_mask_mixed_case_x", st_mask_mixed_case, "masks mixing cases (Xx镇, xXx户)"),
    ("ph_mask_x_linebreak", st_mask_linebreak, "mask followed by a PDF line break before its unit (xxx\\n\\n家); span = mask only"),
    ("ph_mask_x_heading", st_mask_heading, "masks inside titles and section headings"),
    ("ph_mask_x_signature", st_mask_signature, "masked issuing body and date in the signature block"),
    ("ph_mask_x_table", st_mask_table, "masked cells in a plain-text table"),
    ("ph_mask_x_contact", st_mask_contact, "masked contact phone / e-mail in a notice whose point is the contact"),
    ("ph_mask_x_account", st_mask_account, "masked bank account / credit code in a payment notice"),
    ("ph_mask_x_url", st_mask_url, "masked web address (www.xxx.gov.cn)"),
    ("ph_mask_times_sign", st_mask(["PLACE", "CITY", "N", "AMT"], ch="×"), "×× masks (××镇, ××户, ××.××万元)"),
    ("ph_mask_times_person", st_times_person, "names masked with × (王××, ×××)"),
    ("ph_mask_fullwidth_asterisk", st_mask(["PLACE", "CITY", "N", "PER"], ch="＊"), "full-width asterisk masks (＊＊村, ＊＊＊)"),
    ("ph_mask_ascii_asterisk", st_mask(["PLACE", "CITY", "N", "AMT"], ch="*"), "ASCII asterisk masks (**镇, **户)"),
    ("ph_mask_circle", st_mask(["PLACE", "CITY", "PER"], ch="○"), "white-circle masks (○○县, ○○镇)"),
    ("ph_mask_ling_circle", st_mask(["PLACE", "CITY"], ch="〇"), "ideographic zero used as mask (〇〇村)"),
    ("ph_mask_square", st_mask(["PLACE", "CITY", "N"], ch="□"), "white-square masks (□□村, □□户)"),
    ("ph_mask_other_symbols", lambda rng, ctx: st_mask(["PLACE", "CITY", "N"], ch=rng.choice("△▲■●◇"))(rng, ctx),
     "other geometric symbols as masks (△△镇, ■■户)"),
    ("ph_mask_mou_pseudonym", st_mou_pseudonym, "pseudonymised persons (张某, 李某某); whole pseudonym spanned"),
    ("ph_mask_mou_place", st_mou_place, "某某 + generic noun for anonymised bodies (某某村, 某某公司)"),
    ("ph_mask_mou_notice", st_mou_notice, "disciplinary notice with 某县某镇某村 and 刘某某"),
    ("ph_blank_underscore", st_blank_underscore, "underscore blanks left unfilled (____户, __月__日)"),
    ("ph_blank_fullwidth_underscore", st_blank_fw_underscore, "full-width / dashed low-line blanks (＿＿个, ﹍﹍)"),
    ("ph_blank_paren_space", st_blank_paren, "empty fill-in parentheses （    ）户"),
    ("ph_tpl_double_brace", st_fields(w_double, extra=salute), "unfilled {{field}} template variables"),
    ("ph_tpl_dollar_brace", st_fields(w_dollar, extra=salute), "unfilled ${field} / $field$ variables"),
    ("ph_tpl_lenticular", st_fields(w_len, cn_only=True), "unfilled 【字段】 fields"),
    ("ph_tpl_square_bracket", st_fields(w_sq, cn_only=True), "unfilled [填写] / [请填写金额] fields"),
    ("ph_tpl_angle", st_fields(w_angle, cn_only=True), "unfilled ＜请输入＞ / <请输入姓名> prompts"),
    ("ph_tpl_mailmerge_guillemets", st_fields(w_guil, cn_only=True, extra=salute), "mail-merge field markers «姓名»"),
    ("ph_tpl_mergefield_code", st_fields(w_merge, cn_only=True), "Word field codes { MERGEFIELD 姓名 } left visible"),
    ("ph_tpl_word_prompt", st_word_prompt, "Word content-control prompts (单击或点击此处输入文字。)"),
    ("ph_tpl_pending", st_pending, "待补充 / 待定 / TBD left where a value belongs"),
    ("ph_tpl_paren_instruction", st_paren_instruction, "bracketed drafting instructions （填写单位全称）"),
    ("ph_tpl_printf", st_fields(w_printf, extra=salute), "printf / format placeholders (%s, %d, {0})"),
    ("ph_tpl_hash_var", st_fields(w_hash, cn_only=True), "#字段# style variables"),
    ("ph_tpl_filler_text", st_filler_text, "dummy filler text (文字文字文字, 此处输入正文)"),
    ("ph_tpl_xxxx_title", st_xxxx_title, "generic XXXX in template titles (关于XXXX的请示)"),
    ("ph_tpl_english_fields", st_en_fields, "English template fields ([Name], <Company Name>, Lorem ipsum)"),
    ("ph_tpl_editor_note", st_editor_note, "editorial notes left in published text (【此处插入图表】)"),
    ("ph_mixed_mask_template", st_mixed_mask_template, "anonymisation masks and template fields in one document"),
    ("ph_mask_with_lookalikes", st_mask_with_lookalikes, "masks next to 1+X / x86 / X射线 / 7×24 look-alikes (not spanned)"),
    ("ph_mask_single_line", st_single_line, "one-line record with a single mask"),
    ("ph_mask_long_multi_para", st_long_multi, "long multi-section report with masks scattered across sections"),
    ("ph_mask_quote_title", st_quote_title, "masks inside 《》 document titles and 文号"),
]

# ---------------------------------------------------------------------------
# ph negatives: look-alikes that are not placeholders
# ---------------------------------------------------------------------------

def neg_from(sents, n=(1, 3), size=None, protect=False, leads=None):
    def f(rng, ctx):
        k = rng.randint(*n)
        chosen = rng.sample(sents, min(k, len(sents)))
        items = [("sent", c(rng.choice(leads)))] if leads and rng.random() < .7 else []
        for t in chosen:
            pr = fill(rng, t) if not callable(t) else t(rng, ctx)
            if protect:
                pr = [(x, P if kk == C else kk) for x, kk in pr]
            items.append(("sent", pr))
        return compose(rng, ctx, items, size=size)
    return f


NEG_1X = ["深入推进“1+X”证书制度试点，{N:名}学生取得职业技能等级证书。", "学校申报的“1+X”幼儿照护职业技能等级证书考核站点顺利获批。",
          "组织{N:名}专业教师参加1+X证书师资培训。", "全年开展1+X证书考核{N:批次}，考核通过率{PCT:%}。",
          "围绕1+X证书标准重构专业课程体系。", "把1+X证书内容融入人才培养方案，推动“岗课赛证”融通。",
          "职业中专新增“1+X”工业机器人操作与运维考点。"]
NEG_NX = ["推行“7+X”民生服务清单，打通服务群众最后一公里。", "建立“3+X”结对帮扶机制，每户确定3名帮扶责任人并配套个性化措施。",
          "构建“1+N+X”社区网格治理体系。", "每月开展“5+X”主题党日活动，规定动作与自选动作相结合。",
          "实行“2+X”课后服务模式，基础托管与兴趣课程相结合。", "探索“4+X”基层议事工作法，推动村务公开。",
          "以“6+X”重点产业链为抓手，持续开展精准招商。"]
NEG_X86 = ["采购x86架构服务器{N:台}，完成政务云资源扩容。", "完成{NB:台}办公终端由x86平台向国产化平台的迁移。",
           "机房新增X86服务器和ARM服务器各{N:台}。", "新版业务系统同时支持x86_64与aarch64两种架构。",
           "旧版客户端仅提供x64安装包，已协调厂商完成适配。", "对{N:台}x86虚拟化主机进行安全加固。"]
NEG_XRAY = ["为辖区适龄妇女免费提供X射线乳腺检查。", "乡镇卫生院新配备DR数字化X光机{N:台}。",
            "对{N:名}放射工作人员开展X射线防护知识培训。", "全年完成胸部X线检查{NB:人次}。",
            "口岸启用新型X光安检设备，通关效率明显提升。", "疾控中心对辖区{N:家}医疗机构的X射线装置开展放射防护检测。"]
NEG_DIM = ["宣传展板规格为1200×600mm，共制作{N:块}。", "新建标准篮球场{N:块}，场地尺寸28m×15m。",
           "会议室LED显示屏尺寸为4.8m×2.7m。", "人行道地砖统一采用800×800mm规格。",
           "数学教研组围绕3×4矩阵与4×2矩阵的乘法开展同课异构。", "公示栏统一制作为2.4m×1.2m不锈钢框架。",
           "移交档案{N:盒}，档案盒规格310×220×40mm。"]
NEG_7X24 = ["12345政务服务便民热线实行7×24小时人工值守。", "数据中心实现7×24小时不间断运行。",
            "推行“7×24小时”自助服务，群众可随时办理社保查询打印。", "网络安全监测平台实现7×24小时实时预警。",
            "对{N:个}重点部位实行7×24小时视频监控。", "在5×8小时工作制之外增设预约延时服务。"]
NEG_SPORT = ["举办社区3×3篮球联赛，参赛队伍{N:支}。", "在全市中学生运动会上获得女子4×100米接力第一名。",
             "开展5×5青少年足球赛，{N:所}学校参赛。", "男子4×400米接力成绩刷新县纪录。",
             "承办全省3×3篮球巡回赛分站赛。", "组织机关干部参加4×50米趣味接力比赛。"]
NEG_SIZE = ["为{N:名}防汛队员配发雨衣，其中XL码{N:件}、XXL码{N:件}。", "志愿者马甲按S、M、L、XL、XXL五个尺码配发。",
            "XXXL码作训服需单独定制，预计月底交货。", "据尺码统计，XS码校服需求{N:套}。", "运动服按M、L、XL三个尺码各采购{N:套}。",
            "统一采购反光背心{N:件}，尺码以L和XL为主。"]
NEG_ROMAN = ["国考断面水质稳定达到Ⅱ类标准。", "启动防汛Ⅳ级应急响应，各地加强值班值守。", "地下水监测点水质总体为Ⅲ类。",
             "在第XXIV届冬季奥林匹克运动会举办期间，组织开展群众性冰雪运动。", "饮用水源地水质达到地表水Ⅰ类标准。",
             "全县Ⅲ级及以上风险隐患全部落实管控措施。", "启动重污染天气Ⅲ级（黄色）预警。", "使用教材第Ⅱ册第Ⅳ单元内容开展集体备课。"]
NEG_CHEM = ["氮氧化物（NOx）排放量同比下降{PCT:%}。", "重点推进VOCs和NOx协同减排。", "硫氧化物（SOx）排放浓度稳定达标。",
            "监测数据显示，PM2.5浓度与NOx排放量呈明显正相关。", "对{N:家}企业开展NOx在线监测设备比对。",
            "化学实验室新增氙灯（Xe）老化试验箱{N:台}。"]
NEG_STATS = ["采用回归方程ŷ=0.82x+12.6对用电量进行预测。", "样本均值x̄与总体均值差异不显著。",
             "以x表示月份、y表示销售额，建立线性回归模型。", "相关系数r=0.93，说明两者高度相关。",
             "按公式S²=Σ(x−x̄)²/(n−1)计算样本方差。"]
NEG_MODEL = ["采购XR-3000型多功能清扫车{N:台}。", "新增DX-520型无人机{N:架}用于森林防火巡查。",
             "选用X5系列智能门禁系统。", "配备XH-200型水质快速检测仪{N:台}。", "更换QX-16型消防水带{N:盘}。",
             "引进BX-800X型自动化包装线{N:条}。", "为执法队员配发X7型执法记录仪{N:台}。"]
NEG_MOU = ["某些村组存在重建轻管现象。", "在某种程度上影响了工作进度。", "不能因为某一环节出现问题就全盘否定。",
           "个别群众对某项政策理解不到位。", "某些企业安全生产主体责任落实不到位。", "防止出现某个环节掉链子的情况。",
           "某些领域风险隐患依然存在。", "在某一时段内集中开展排查。"]
NEG_LEGAL = ["【以案说法】张三向李四借款2万元，约定半年后归还，到期后张三拒不还款。李四可依法向人民法院提起诉讼。",
             "例如：甲将房屋出租给乙，租期内甲又将房屋出售给丙，乙在同等条件下享有优先购买权。",
             "案例：小明在网上购买了一台电视机，收货后发现屏幕有划痕，商家以“已签收”为由拒绝退换。",
             "A公司与B公司签订买卖合同后，B公司未按约定交付货物，A公司可以要求其承担违约责任。",
             "普法小课堂：王五将邻居赵六的自行车骑走并据为己有，其行为可能构成盗窃。",
             "情景模拟：甲、乙二人合伙经营农家乐，约定按出资比例分配利润。"]
NEG_PINYIN = ["高铁站英文标识统一为Xi'an North Railway Station。", "英文地址：No. 26 Xinmin Road, Qingshi Town。",
              "展会英文名称为China (Xiamen) International Investment Fair。", "路牌拼音“Xingfu Lu”已按国家标准更正。",
              "对外宣传片字幕中“江西”统一译为Jiangxi。", "新疆（Xinjiang）特色农产品展销会在我市举办。",
              "企业英文名称为Xinhe Agricultural Technology Co., Ltd.。"]
NEG_EN = ["数据统一以Excel格式报送。", "服务器操作系统统一升级为Linux发行版。", "组织参加中国国际进口博览会（China International Import Expo）。",
          "使用Xmind软件绘制工作思维导图。", "统计表请勿使用Excel合并单元格。", "网站新增Index页面访问统计功能。",
          "邀请专家讲解Python与Excel在数据分析中的应用。"]
NEG_AXIS = ["图1中X轴表示月份，Y轴表示用电量（万千瓦时）。", "以x轴为时间、y轴为累计接种剂次绘制趋势曲线。",
            "散点图的横轴（x轴）为人均收入，纵轴（y轴）为消费支出。", "坐标系中，X轴正方向指向正东。"]
NEG_CHROMO = ["开展X染色体连锁遗传病筛查宣传。", "生物教研组讲解性染色体：XX为女性，XY为男性。",
              "血友病属于X染色体隐性遗传病，孕前检查可有效预防。", "红绿色盲基因位于X染色体上。"]
NEG_AAA = ["成功创建国家AAAA级旅游景区{N:个}。", "{N:家}企业获评AAA级信用企业。", "{N:户}纳税人被评为A级纳税信用。",
           "全力冲刺国家AAAAA级旅游景区创建。", "辖区物流企业获评AAA级物流企业。"]
NEG_ASTER = ["注：带*号的指标为约束性指标。", "注：*为初步统计数，最终以统计部门公布数据为准。",
             "全年地区生产总值预计{AMT:亿元}*。", "※标注的项目为省重点项目。", "表中标*的数据为快报数。"]
NEG_PEND = ["对申请材料不齐全的，一次性告知申请人需要补正的全部内容。", "数学组采用待定系数法开展专题复习。",
            "待项目竣工验收合格后，按合同约定拨付尾款。", "待条件成熟后，在全镇范围内推广。", "切实保障退役军人各项待遇落实。",
            "服务质量还有待进一步提升。", "对暂时无法认定的事项，待核查清楚后再作处理。"]
NEG_TPLTECH = ["门户网站栏目页通过{{title}}、{{date}}等模板变量自动渲染，避免人工重复录入。",
               "短信平台模板中的${name}变量由系统在发送时自动替换为办事群众姓名。",
               "开发规范要求：前端页面禁止直接拼接字符串，统一使用{{ }}插值语法。",
               "运维手册说明，配置文件中的${DB_HOST}由部署脚本注入。"]
NEG_LENT = ["【工作动态】{MD}，{PLACE:镇}召开全镇安全生产工作会议。", "【典型案例】{PLACE:村}通过土地流转发展特色种植，村集体经济收入突破{N:万元}。",
            "【政策解读】新修订的城乡居民医保政策自{M}起实施。", "【基层声音】群众纷纷点赞家门口的便民服务站。",
            "【编辑：{PER}】", "【来源：{CITY:市}融媒体中心】"]
NEG_WORD = ["相关报名表请点击此处下载。", "单击“文件”菜单，选择“另存为”，即可保存为PDF格式。",
            "在登录页面输入用户名和密码后，单击“登录”按钮。", "培训讲解了如何在表格中单击右键插入批注。",
            "如需查看原文，请点击此处跳转至发布页面。"]
NEG_UNDER = ["字段名称统一采用小写加下划线形式，如user_name、id_card_no。", "数据库新增表t_poverty_household，用于存储监测户信息。",
             "上报文件命名示例：qsz_2023_zongjie.docx。", "接口返回字段包括town_code、village_name等。",
             "日志文件按app_error_log_日期格式归档。"]
NEG_IDX = ["身份证号码最后一位为字母X的，请在系统中填写大写X。", "部分群众身份证号码末位为X，录入时需注意区分大小写。",
           "社保卡号与身份证号一致，末位可能为数字或X。", "核对发现{N:条}记录因末位X填写为小写x导致校验失败。",
           "图书ISBN校验位可能为X，登记时应如实录入。"]


def st_neg_arith(rng, ctx):
    a, b = rng.randint(12, 480), rng.randint(3, 900)
    forms = [f"补助资金按“户数×标准”核定：{a}户×{b}元={a * b}元。",
             f"计算公式：应缴金额=计费面积×单价，即{a}㎡×{b}元/㎡={a * b}元。",
             f"经测算，{a}名学员×{b}元/人={a * b}元，全部由财政承担。",
             f"口算竞赛第一题：{a}×{b}={a * b}。",
             f"共需采购桌椅{a}套×{b}所学校，合计{a * b}套。"]
    items = [("sent", c(rng.choice(forms)))]
    return compose(rng, ctx, items)


def st_neg_algebra(rng, ctx):
    xv, a = rng.randint(1, 9), rng.randint(2, 7)
    b = rng.randint(1, 20)
    forms = [f"例题：若{a}x+{b}={a * xv + b}，求x。解得x={xv}。",
             f"令f(x)=x²−{a}x，则f({xv})={xv * xv - a * xv}。",
             f"已知一次函数y=kx+{b}的图像经过点(1,{b + a})，求得k={a}。",
             f"讲解方程{a}(x−{b})=0的解法，学生正确率明显提高。",
             f"中考复习课重点梳理不等式{a}x>{a * xv}的解集x>{xv}。"]
    items = [("sent", c("数学教研组" + rng.choice(["开展专题复习", "组织同课异构", "举办公开课", "开展中考备考研讨"]) + "。"))]
    items.append(("sent", c(rng.choice(forms))))
    if rng.random() < .5:
        items.append(("sent", c(rng.choice(forms))))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def masked_phone(rng):
    return f"1{rng.choice([3, 5, 8])}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"


def st_neg_phone(rng, ctx):
    lines = c(rng.choice(["“文明家庭”网络投票抽奖活动中奖名单公示", "消费券摇号结果公示", "全民阅读打卡活动获奖名单"]))
    lines += c("\n" + rng.choice(["为保护个人隐私，手机号码中间四位以*号代替。", "根据个人信息保护有关规定，以下手机号码已作脱敏处理。"]))
    for lvl in rng.sample(["一等奖", "二等奖", "三等奖", "优秀奖"], rng.randint(1, 3)):
        nums = "、".join(masked_phone(rng) for _ in range(rng.randint(1, 4)))
        lines += c(f"\n{lvl}：") + p(nums)
    lines += c("\n" + rng.choice(["公示期为5个工作日。", "如有异议，请在公示期内向活动主办方反映。"]))
    return lines


def st_neg_id(rng, ctx):
    lines = c(f"{ctx.place}{ctx.adm}{ctx.Y}年度" + rng.choice(["农机购置补贴", "高龄津贴", "耕地地力保护补贴", "残疾人两项补贴"]) + "拟发放对象公示")
    lines += c("\n" + rng.choice(["根据个人信息保护规定，身份证号码中间部分以*号隐去。", "公示内容中的身份证号已按规定作脱敏处理。"]))
    sep = rng.choice(["\t", "  ", "，"])
    lines += c(f"\n序号{sep}姓名{sep}身份证号{sep}金额（元）")
    for i in range(1, rng.randint(3, 6)):
        idm = f"36{rng.randint(1000, 9999)}" + "*" * 8 + f"{rng.randint(100, 999)}{rng.choice('0123456789X')}"
        lines += c(f"\n{i}{sep}{person(rng)}{sep}") + p(idm) + c(f"{sep}{rng.randint(3, 90) * 100}")
    lines += c("\n公示时间：" + f"{ctx.Y}年{real_value(rng, 'MD')}起5个工作日。")
    return lines


def cn_year(y, zero):
    d = "〇一二三四五六七八九"
    return "".join(zero if ch == "0" else d[int(ch)] for ch in str(y))


def cn_num(n):
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def st_neg_circle_zero(rng, ctx):
    zero = rng.choice(["○", "〇"])
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))], size=rng.choice(["line", "para", "doc"]))
    org = rng.choice([f"{ctx.place}{ctx.adm}人民政府", f"{ctx.city}市{ctx.dept}", f"中共{ctx.place}{ctx.adm}委员会"])
    date = f"{cn_year(ctx.Y, zero)}年{cn_num(rng.randint(1, 12))}月{cn_num(rng.randint(1, 30))}日"
    return body + c("\n") + c(org) + c("\n") + p(date)


def st_neg_checkbox(rng, ctx):
    lines = c(rng.choice(["困难群众入户核查表（已填写）", "安全隐患排查登记表", "农户种植意向调查表"]))
    lines += c(f"\n户主姓名：{person(rng)}　　所在村组：{ctx.place}村{rng.randint(1, 9)}组")
    qs = ["是否脱贫户", "是否享受低保", "房屋是否安全", "是否有外出务工人员", "是否参加医保", "隐患是否已整改"]
    for q in rng.sample(qs, rng.randint(2, 4)):
        yes = rng.random() < .5
        a, b = ("☑", "□") if yes else ("□", "☑")
        if rng.random() < .3:
            a, b = ("■", "□") if yes else ("□", "■")
        lines += c(f"\n{q}：") + p(f"{a}是　{b}否")
    lines += c(f"\n核查人：{person(rng)}　　核查日期：{ctx.Y}年{real_value(rng, 'MD')}")
    return lines


def st_neg_bullets(rng, ctx):
    b = rng.choice(["■", "●", "◆", "▲", "★", "○"])
    lines = c(rng.choice(["本周工作要点", "重点工作提示", "近期工作安排"]))
    for _ in range(rng.randint(2, 4)):
        lines += c("\n") + p(b + " ") + clean_sentence(rng, .2)
    if rng.random() < .5:
        stars = rng.randint(3, 5)
        lines += c("\n星级评定：") + p("★" * stars + "☆" * (5 - stars))
    return lines


def st_neg_citation(rng, ctx):
    refs = ["国务院办公厅. 关于进一步加强基层治理的意见[Z]. {Y}.", "{PER}. 乡村振兴背景下基层治理路径研究[J]. 农村经济, {Y}(3): 45-52.",
            "{PER}, {PER}. 县域经济高质量发展研究[M]. 北京: 经济科学出版社, {Y}.", "{CITY:市}统计局. {Y}年国民经济和社会发展统计公报[R]. {Y}.",
            "{PER}. 数字乡村建设的实践与思考[D]. 南昌: 江西农业大学, {Y}."]
    body = c(rng.choice(["调研报告指出，", "研究表明，"])) + clean_sentence(rng, 0) + c(f"[{rng.randint(1, 3)}]")
    lines = body + c("\n参考文献")
    for i, r in enumerate(rng.sample(refs, rng.randint(2, 4))):
        lines += c(f"\n[{i + 1}] ") + fill(rng, r.replace("{Y}", str(ctx.Y - rng.randint(0, 2))))
    return lines


def st_neg_clean(rng, ctx):
    items = [("sent", fill(rng, rng.choice(TEMPLATES))) for _ in range(rng.randint(3, 7))]
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


PHNEG_STYLES = [
    ("neg_ph_1plusx_cert", neg_from(NEG_1X), "1+X certificate system (X is part of the policy name)"),
    ("neg_ph_n_plus_x_model", neg_from(NEG_NX), "N+X work models (7+X, 1+N+X)"),
    ("neg_ph_x86_computing", neg_from(NEG_X86), "x86 / x64 CPU architectures"),
    ("neg_ph_xray_medical", neg_from(NEG_XRAY), "X射线 / X光 / X线 in health reports"),
    ("neg_ph_dimension_times", neg_from(NEG_DIM), "dimensions and matrix sizes with × (1200×600mm, 3×4矩阵)"),
    ("neg_ph_arithmetic_times", st_neg_arith, "worked multiplications with ×, results correct"),
    ("neg_ph_7x24_service", neg_from(NEG_7X24), "7×24小时 service hours"),
    ("neg_ph_sports_times", neg_from(NEG_SPORT), "3×3篮球, 4×100米接力"),
    ("neg_ph_clothing_sizes", neg_from(NEG_SIZE), "garment sizes XL / XXL / XXXL / XS"),
    ("neg_ph_roman_numerals", neg_from(NEG_ROMAN), "Roman numerals (Ⅱ类水质, Ⅳ级响应, 第XXIV届)"),
    ("neg_ph_chem_nox", neg_from(NEG_CHEM), "NOx / SOx / VOCs / Xe in environment reports"),
    ("neg_ph_algebra_x", st_neg_algebra, "algebra with the unknown x in a teaching report"),
    ("neg_ph_stats_formula", neg_from(NEG_STATS, n=(1, 2), protect=True, leads=["统计业务培训班讲授了数据分析基础方法。", "用电负荷预测采用统计模型。"]), "statistics formulas with x, x̄, Σ"),
    ("neg_ph_product_models", neg_from(NEG_MODEL), "product model codes containing X (XR-3000型, X5系列)"),
    ("neg_ph_masked_phone_privacy", st_neg_phone, "deliberately de-identified phone numbers in a prize list (decided: not a placeholder)"),
    ("neg_ph_masked_id_privacy", st_neg_id, "deliberately de-identified ID numbers in a subsidy publicity list (decided: not a placeholder)"),
    ("neg_ph_mou_ordinary", neg_from(NEG_MOU), "某些 / 某种 / 某一 as ordinary words"),
    ("neg_ph_legal_hypothetical", neg_from(NEG_LEGAL, n=(1, 2), leads=["深入开展“八五”普法，宣讲中结合案例以案释法。", "普法志愿者进村入户，用身边事讲法律知识。", "法治宣传栏目推出系列以案说法内容。"]), "hypothetical persons in 普法 examples (张三, 甲乙, A公司)"),
    ("neg_ph_pinyin_romanization", neg_from(NEG_PINYIN, protect=True), "pinyin place names with X (Xiamen, Xinjiang, Xi'an)"),
    ("neg_ph_english_x_words", neg_from(NEG_EN), "English words containing x (Excel, Linux, Expo, Xmind)"),
    ("neg_ph_axis_labels", neg_from(NEG_AXIS, n=(1, 2), leads=["统计分析报告附有趋势图。", "为直观反映变化情况，绘制了统计图表。"]), "X轴 / y轴 in chart descriptions"),
    ("neg_ph_chromosome", neg_from(NEG_CHROMO, n=(1, 2), leads=["开展出生缺陷防治宣传月活动。", "县中学生物教研组开展主题教研。"]), "X染色体, XX / XY in biology"),
    ("neg_ph_circle_zero_year", st_neg_circle_zero, "二○二三年 / 二〇二二年 dates with ○ or 〇 as zero"),
    ("neg_ph_checkbox_form", st_neg_checkbox, "filled questionnaire with □是 ☑否 checkboxes"),
    ("neg_ph_symbol_bullets", st_neg_bullets, "■ ● ◆ ○ list bullets and ★ ratings"),
    ("neg_ph_aaa_ratings", neg_from(NEG_AAA), "AAAA级景区, AAA级信用 ratings"),
    ("neg_ph_asterisk_footnote", neg_from(NEG_ASTER, n=(1, 2)), "asterisk / ※ footnote markers"),
    ("neg_ph_ordinary_pending", neg_from(NEG_PEND), "待 in ordinary use (待定系数法, 有待提升, 待遇)"),
    ("neg_ph_template_syntax_tech", neg_from(NEG_TPLTECH, n=(1, 2), protect=True, leads=["信息中心全年完成门户网站及短信平台升级改造。", "政务信息化项目按计划推进。"]), "template syntax described in an IT report (decided: mention, not unfilled)"),
    ("neg_ph_lenticular_labels", neg_from(NEG_LENT, n=(1, 3)), "【工作动态】 style column labels"),
    ("neg_ph_citation_brackets", st_neg_citation, "reference lists with [1] and [J]/[M]/[Z] type codes"),
    ("neg_ph_word_instructions", neg_from(NEG_WORD, n=(1, 2)), "单击 / 点击此处 as real instructions or link text"),
    ("neg_ph_underscore_identifiers", neg_from(NEG_UNDER, n=(1, 2), protect=True, leads=["数据治理工作有序推进，制定了数据标准规范。", "防返贫监测信息系统完成升级。"]), "snake_case identifiers and file names"),
    ("neg_ph_clean_dense_numbers", st_neg_clean, "dense real statistics, no mask at all"),
    ("neg_ph_id_checkdigit_x", neg_from(NEG_IDX, n=(1, 2)), "ID-card / ISBN check digit X"),
]

# ---------------------------------------------------------------------------
# mojibake machinery
# ---------------------------------------------------------------------------
codecs.register_error("t14_qmark", lambda e: ("?", e.end))

CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def dec_cp1252_web(b):
    """Windows-1252 as browsers decode it: undefined bytes become C1 controls."""
    out = []
    for x in b:
        try:
            out.append(bytes([x]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(x))
    return "".join(out)


def u8_as(enc, errors="replace"):
    if enc == "cp1252web":
        return lambda t: dec_cp1252_web(t.encode("utf-8"))
    return lambda t: t.encode("utf-8").decode(enc, errors)


def gbk_as(enc, errors="replace"):
    if enc == "cp1252web":
        return lambda t: dec_cp1252_web(t.encode("gbk"))
    return lambda t: t.encode("gbk").decode(enc, errors)


def kunjinkao(t):
    return t.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")


def double_cp1252(t):
    return dec_cp1252_web(dec_cp1252_web(t.encode("utf-8")).encode("utf-8"))


def double_gbk(t):
    return t.encode("utf-8").decode("gbk", "replace").encode("utf-8").decode("gbk", "replace")


def roundtrip(t):
    return t.encode("utf-8").decode("gbk", "replace").encode("gbk", "replace").decode("utf-8", "replace")


def offbyone(t):
    b = t.encode("gbk")
    return b[1:].decode("gbk", "t14_qmark")


def big5_as_gbk(t):
    return t.encode("big5").decode("gbk", "replace")


def trim_damage(orig, dmg):
    """Split into (clean prefix, damaged core, clean suffix) by common prefix/suffix."""
    i = 0
    while i < min(len(orig), len(dmg)) and orig[i] == dmg[i]:
        i += 1
    j = 0
    while j < min(len(orig), len(dmg)) - i and orig[-1 - j] == dmg[-1 - j]:
        j += 1
    return dmg[:i], dmg[i:len(dmg) - j], dmg[len(dmg) - j:]


def bad_output(d):
    return (not d) or any(ch in d for ch in "\n\r\x85\u2028\u2029")


def damage_at(text, a, b, fn):
    orig = text[a:b]
    d = fn(orig)
    if bad_output(d) or d == orig:
        return None
    pre, core, suf = trim_damage(orig, d)
    if not core.strip():
        return None
    return c(text[:a] + pre) + s(core) + c(suf + text[b:])


def pick_cjk(rng, text, lo, hi, avoid=0):
    runs = [m.span() for m in CJK_RUN.finditer(text) if m.end() - m.start() >= lo and m.start() >= avoid]
    if not runs:
        return None
    a, b = rng.choice(runs)
    L = rng.randint(lo, min(hi, b - a))
    st = rng.randint(a, b - L)
    return st, st + L


def damage_sentence(rng, fn, lo=2, hi=8, whole=False, src=None, tries=40):
    """Return a sentence (parts) with one damaged stretch."""
    for _ in range(tries):
        text = src(rng) if src else ptext(clean_sentence(rng, .15))
        if whole:
            a, b = 0, len(text) - (1 if text.endswith("。") and rng.random() < .5 else 0)
        else:
            ab = pick_cjk(rng, text, lo, hi)
            if not ab:
                continue
            a, b = ab
        r = damage_at(text, a, b, fn)
        if r:
            return r
    raise RuntimeError("damage failed")


def st_codec(fn, lo=2, hi=8, n=(1, 1), whole=False, src=None, size=None):
    def f(rng, ctx):
        items = [("line" if whole else "sent", damage_sentence(rng, fn, lo, hi, whole, src)) for _ in range(rng.randint(*n))]
        return compose(rng, ctx, items, size=size)
    return f


def st_codec_heading(fn):
    def f(rng, ctx):
        t = ptext(ctx.title())
        r = None
        for _ in range(20):
            if rng.random() < .5:
                r = damage_at(t, 0, len(t), fn)
            else:
                ab = pick_cjk(rng, t, 2, 8)
                r = damage_at(t, ab[0], ab[1], fn) if ab else None
            if r:
                break
        items = [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 4))]
        return compose(rng, ctx, items, size=rng.choice(["para", "doc"]), title=r)
    return f


def st_codec_short(fn):
    """1-2 damaged characters inside a long clean document."""
    def f(rng, ctx):
        items = [("sent", clean_sentence(rng)) for _ in range(rng.randint(2, 5))]
        k = rng.randrange(len(items))
        items[k] = ("sent", damage_sentence(rng, fn, 1, 2))
        return compose(rng, ctx, items, size="doc")
    return f


ATTACH_NAMES = ["工作总结", "年度考核登记表", "项目申报书", "经费预算明细表", "安全生产检查记录", "会议纪要", "实施方案",
                "报名汇总表", "问题整改清单", "资金使用情况说明", "村级财务公开表", "考勤统计表"]


def attach_name(rng, ctx):
    return rng.choice([ctx.place + ctx.adm, str(ctx.Y) + "年", ""]) + rng.choice(ATTACH_NAMES)


def st_codec_filename(fn, header=None):
    def f(rng, ctx):
        lines = c(header or rng.choice(["附件：", "相关附件下载：", "附件清单："]))
        n = rng.randint(1, 4)
        bad = rng.sample(range(n), rng.randint(1, n))
        for i in range(n):
            nm = attach_name(rng, ctx)
            ext = rng.choice([".docx", ".xlsx", ".pdf", ".doc", ".xls"])
            lines += c(f"\n{i + 1}." if n > 1 else "\n")
            if i in bad:
                d = fn(nm)
                if bad_output(d) or d == nm:
                    lines += c(nm + ext)
                else:
                    pre, core, suf = trim_damage(nm, d)
                    lines += c(pre) + s(core) + c(suf + ext)
            else:
                lines += c(nm + ext)
        body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 2))], size="para", title=False)
        if not has_span(lines):
            return f(rng, ctx)
        return body + c("\n") + lines
    return f


def st_codec_table(fn):
    def f(rng, ctx):
        sep = rng.choice(["\t", " | ", "  "])
        cols = ["序号", "村（社区）", "项目名称", "完成情况"]
        rows = [c(sep.join(cols))]
        for i in range(1, rng.randint(3, 6)):
            cells = [str(i), rng.choice(PLACES) + rng.choice(["村", "社区"]),
                     rng.choice(["道路硬化", "污水管网改造", "文化广场建设", "饮水工程", "路灯安装", "危房改造"]),
                     rng.choice(["已完工", "正在施工", "已验收", "完成主体工程", "前期准备"])]
            row = []
            for j, cell in enumerate(cells):
                if j:
                    row += c(sep)
                if j > 0 and rng.random() < .35:
                    d = fn(cell)
                    if not bad_output(d) and d != cell:
                        pre, core, suf = trim_damage(cell, d)
                        row += c(pre) + s(core) + c(suf)
                        continue
                row += c(cell)
            rows.append(row)
        if not any(has_span(r) for r in rows):
            return f(rng, ctx)
        out = c(rng.choice(["附表：", "表2 "]) + rng.choice(["村级项目建设进度表", "民生实事推进情况表"]))
        for r in rows:
            out += c("\n") + r
        if rng.random() < .5:
            out = clean_sentence(rng) + c("\n") + out
        return out
    return f


# ---- traditional characters and pinyin ---------------------------------------
_PYDATA = ("专專zhuān 丰豐fēng 临臨lín 亚亞yà 亩畝mǔ 亲親qīn 从從cóng 伟偉wěi 冯馮féng 决決jué 况況kuàng 凤鳳fèng 刘劉liú 刚剛gāng 劲勁jìn 势勢shì 单單dān 卢盧lú 压壓yā 参參cān 双雙shuāng 叶葉yè 吕呂lǚ 吨噸dūn 启啟qǐ 吴吳wú 围圍wéi 图圖tú 壮壯zhuàng 够夠gòu 妇婦fù 孙孫sūn 宝寶bǎo 张張zhāng 扎紮zhā 抚撫fǔ 旧舊jiù 显顯xiǎn 晓曉xiǎo 杨楊yáng 枫楓fēng 栏欄lán 样樣yàng 横橫héng 气氣qì 汉漢hàn 没沒méi 泽澤zé 滨濱bīn 潇瀟xiāo 猪豬zhū 着著zhe 种種zhǒng 粮糧liáng 紧緊jǐn 纠糾jiū 纷紛fēn 绕繞rào 综綜zōng 罗羅luó 罚罰fá 职職zhí 胜勝shèng 芦蘆lú 苏蘇sū 荐薦jiàn 莲蓮lián 蒋蔣jiǎng 蝇蠅yíng 讨討tǎo 许許xǔ 诉訴sù 读讀dú 谢謝xiè 谭譚tán 负負fù 账賬zhàng 赁賃lìn 赵趙zhào 转轉zhuǎn 较較jiào 辆輛liàng 辉輝huī 辖轄xiá 边邊biān 过過guò 还還hái 远遠yuǎn 违違wéi 选選xuǎn 邓鄧dèng 郑鄭zhèng 钟鍾zhōng 银銀yín 锋鋒fēng 阳陽yáng 陆陸lù 陈陳chén 随隨suí 韩韓hán 页頁yè 顿頓dùn 额額é 马馬mǎ 驻駐zhù 鸡雞jī 鸣鳴míng 鹤鶴hè 鹭鷺lù 黄黃huáng 齐齊qí 龙龍lóng 云雲yún 于於yú 余餘yú 干幹gàn 台臺tái 后後hòu 并並bìng 岭嶺lǐng 冲衝chōng 历歷lì 轨軌guǐ 连連lián "
           "发發fā 展展zhǎn 区區qū 委委wěi 领領lǐng 导導dǎo 经經jīng 济濟jì 设設shè 开開kāi 实實shí 现現xiàn 时時shí "
           "为為wéi 将將jiāng 关關guān 汇匯huì 报報bào 项項xiàng 产產chǎn 这這zhè 们們men 员員yuán 会會huì 国國guó 进進jìn "
           "动動dòng 东東dōng 业業yè 务務wù 级級jí 对對duì 个個gè 门門mén 问問wèn 题題tí 与與yǔ 应應yìng 众眾zhòng 卫衛wèi "
           "疗療liáo 药藥yào 农農nóng 乡鄉xiāng 镇鎮zhèn 计計jì 划劃huà 财財cái 统統tǒng 筹籌chóu 环環huán 护護hù 检檢jiǎn "
           "组組zǔ 织織zhī 训訓xùn 练練liàn 质質zhì 总總zǒng 结結jié 试試shì 验驗yàn 资資zī 标標biāo 准準zhǔn 规規guī 范範fàn "
           "责責zé 维維wéi 稳穩wěn 险險xiǎn 办辦bàn 处處chù 签簽qiān 约約yuē 网網wǎng 络絡luò 电電diàn 话話huà 队隊duì "
           "认認rèn 识識shí 论論lùn 讲講jiǎng 义義yì 传傳chuán 树樹shù 条條tiáo 执執zhí 难難nán 帮幫bāng 贫貧pín 础礎chǔ "
           "积積jī 极極jí 优優yōu 营營yíng 达達dá 长長zhǎng 亿億yì 万萬wàn 数數shù 据據jù 类類lèi 体體tǐ 战戰zhàn 点點diǎn "
           "线線xiàn 车車chē 桥橋qiáo 园園yuán 学學xué 师師shī 儿兒ér 养養yǎng 饮飲yǐn 灾災zāi 审審shěn 监監jiān 满滿mǎn "
           "岗崗gǎng 层層céng 党黨dǎng 头頭tóu 带帶dài 创創chuàng 团團tuán 习習xí 贯貫guàn 彻徹chè 听聽tīng 见見jiàn 顺順shùn "
           "举舉jǔ 风風fēng 节節jié 观觀guān 变變biàn 红紅hóng 联聯lián 轮輪lún 乐樂lè 华華huá 广廣guǎng 厂廠chǎng 庆慶qìng "
           "县縣xiàn 书書shū 记記jì 纪紀jì 严嚴yán 医醫yī 给給gěi 费費fèi 补補bǔ 贴貼tiē 户戶hù 场場chǎng 岁歲suì 龄齡líng "
           "强強qiáng 议議yì 协協xié 扩擴kuò 间間jiān 阶階jiē 兴興xīng 态態tài 购購gòu 销銷xiāo 价價jià 运運yùn 输輸shū "
           "备備bèi 机機jī 构構gòu 预預yù 归歸guī 档檔dàng 缴繳jiǎo 纳納nà 税稅shuì 获獲huò 奖獎jiǎng 荣榮róng 确確què "
           "坚堅jiān 丽麗lì 谐諧xié 来來lái 巩鞏gǒng 调調tiáo 查查chá 验驗yàn 测測cè 险險xiǎn 农農nóng 艺藝yì 术術shù "
           "宽寬kuān 带帶dài 视視shì 频頻pín 访訪fǎng 贫貧pín 难難nán 问問wèn 题題tí 众眾zhòng 证證zhèng 载載zài 惠惠huì "
           "门門mén 诊診zhěn 阵陣zhèn 竞競jìng 赛賽sài 损損sǔn 热熱rè 线線xiàn 热熱rè 宁寧níng 厅廳tīng 馆館guǎn 韦韋wéi "
           "工工gōng 作作zuò 推推tuī 村村cūn 振振zhèn 全全quán 面面miàn 建建jiàn 民民mín 生生shēng 活活huó 安安ān 人人rén "
           "口口kǒu 社社shè 治治zhì 理理lǐ 服服fú 城城chéng 市市shì 健健jiàn 康康kāng 教教jiào 育育yù 文文wén 化化huà "
           "新新xīn 年年nián 完完wán 成成chéng 提提tí 升升shēng 加加jiā 快快kuài 改改gǎi 革革gé 保保bǎo 障障zhàng "
           "落落luò 基基jī 水水shuǐ 利利lì 森森sēn 林林lín 防防fáng 火火huǒ 脱脫tuō 攻攻gōng 美美měi 宜宜yí 居居jū 和和hé "
           "法法fǎ 制制zhì 度度dù 高高gāo 量量liàng 好好hǎo 大大dà 中中zhōng 小小xiǎo 上上shàng 下下xià 月月yuè 日日rì "
           "天天tiān 地地dì 方方fāng 心心xīn 意意yì 以以yǐ 及及jí 其其qí 各各gè 目目mù 任任rèn 全全quán 共共gòng "
           "开開kāi 展展zhǎn 推推tuī 动動dòng 持持chí 续續xù 深深shēn 入入rù 落落luò 实實shí 成成chéng 效效xiào 群群qún "
           "慰慰wèi 问問wèn 困困kùn 金金jīn 元元yuán 合合hé 作作zuò 企企qǐ 招招zhāo 商商shāng 引引yǐn 投投tóu 平平píng "
           "排排pái 整整zhěng 改改gǎi 隐隱yǐn 患患huàn 巡巡xún 查查chá 河河hé 道道dào 垃垃lā 圾圾jī 污污wū 治治zhì "
           "村村cūn 居居jū 街街jiē 站站zhàn 养養yǎng 老老lǎo 幼幼yòu 儿兒ér 童童tóng 就就jiù 创創chuàng 培培péi 技技jì 能能néng")
TRAD, PY = {}, {}
for _e in _PYDATA.split():
    TRAD.setdefault(_e[0], _e[1])
    PY.setdefault(_e[0], _e[2:])
DIFF = {k for k, v in TRAD.items() if k != v}


def st_pinyin_trad(rng, ctx):
    """Whole document converted to traditional, changed characters followed by (pinyin)."""
    body = compose(rng, ctx, [("sent", clean_sentence(rng, .2)) for _ in range(rng.randint(1, 4))])
    text, _ = assemble(body, half=True)
    paren = ("(", ")") if rng.random() < .8 else ("（", "）")
    pa = rng.uniform(.7, 1)
    out, buf = [], []
    for ch in text:
        if ch in DIFF:
            buf.append(TRAD[ch])
            if rng.random() < pa:
                out += c("".join(buf))
                buf = []
                out += s(paren[0] + PY[ch] + paren[1])
        else:
            buf.append(ch)
    out += c("".join(buf))
    if not has_span(out):
        return st_pinyin_trad(rng, ctx)
    return [(t, P if k == C else k) for t, k in out]


def st_pinyin_simp(rng, ctx):
    """A sentence or two of simplified text with (pinyin) after some characters."""
    def one():
        for _ in range(30):
            t = ptext(clean_sentence(rng, .2))
            idx = [i for i, ch in enumerate(t) if ch in DIFF]
            if len(idx) >= 2:
                break
        k = rng.randint(1, min(5, len(idx)))
        chosen = set(rng.sample(idx, k))
        parts, last = [], 0
        for i in sorted(chosen):
            parts += c(t[last:i + 1]) + s("(" + PY[t[i]] + ")")
            last = i + 1
        return parts + c(t[last:])
    items = [("sent", one()) for _ in range(rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_ruby_inline(rng, ctx):
    """Ruby (pinyin over characters) flattened: 推tuī进jìn乡xiāng村cūn."""
    for _ in range(50):
        t = ptext(clean_sentence(rng, .2))
        runs = [m.span() for m in re.finditer("[" + "".join(PY) + "]{3,}", t)]
        if runs:
            break
    a, b = rng.choice(runs)
    b = min(b, a + rng.randint(3, 8))
    parts = c(t[:a])
    for i in range(a, b):
        parts += c(t[i]) + s(PY[t[i]])
    parts += c(t[b:])
    return compose(rng, ctx, [("sent", parts)])


# ---- lost characters ---------------------------------------------------------
RARE_NAME_CHARS = "堃喆珺玥昇淏垚赟旻琍婳翀昳晞琤"


def st_qmark_gb2312(rng, ctx):
    cand = [ch for ch in RARE_NAME_CHARS if not _enc_ok(ch, "gb2312")]
    name = rng.choice(SURN) + rng.choice(cand) + rng.choice(["", rng.choice("明华峰涛")])
    forms = [f"由{name}同志任工作专班组长。", f"{name}被评为年度优秀村干部。", f"经办人：{name}", f"会议由{name}主持。"]
    t = rng.choice(forms)
    parts = []
    for ch in t:
        parts += s("?") if ch in cand else c(ch)
    items = [("sent", parts)] + [("sent", clean_sentence(rng)) for _ in range(rng.randint(0, 3))]
    rng.shuffle(items)
    return compose(rng, ctx, items)


def _enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def st_qmark_emoji(rng, ctx):
    q = rng.choice(["?", "??", "??", "???"])
    forms = [("为辛勤付出的志愿者们点赞", "！"), ("新春佳节，祝大家身体健康、万事如意", ""), ("活动现场气氛热烈", "，群众纷纷表示满意。"),
             ("欢迎大家踊跃报名", "！"), ("本周天气晴好", "，适宜开展户外活动。")]
    a, b = rng.choice(forms)
    parts = c(a) + s(q) + c(b)
    items = [("sent", c("【新媒体】") + parts if rng.random() < .3 else parts)] + [("sent", clean_sentence(rng)) for _ in range(rng.randint(0, 2))]
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def qmark_run(t):
    return "".join("?" if ord(ch) > 127 else ch for ch in t)


def st_fffd_truncation(rng, ctx):
    for _ in range(40):
        t = ptext(clean_sentence(rng, .1))
        ab = pick_cjk(rng, t, 3, 20)
        if ab:
            break
    a, b = ab
    i = rng.randint(a + 1, b - 2)
    ch = t[i]
    bts = ch.encode("utf-8")
    cut = rng.randint(1, 2)
    left = bts[:cut].decode("utf-8", "replace")
    right = bts[cut:].decode("utf-8", "replace")
    brk = rng.choice(["", "\n", ""])
    parts = c(t[:i]) + s(left) + c(brk) + s(right) + c(t[i + 1:])
    return compose(rng, ctx, [("sent", parts)], size=rng.choice(["line", "para"]))


def fffd_gbk(t):
    return t.encode("gbk").decode("utf-8", "replace")


# ---- markup debris -----------------------------------------------------------

def insert_at_boundaries(rng, text, make, k=(1, 3), where="punct"):
    """Insert debris strings (as spans) after punctuation / between CJK characters."""
    if where == "punct":
        pos = [m.end() for m in re.finditer("[，。；：、]", text) if m.end() < len(text)]
    elif where == "start":
        pos = [0]
    else:
        pos = [m.start() + 1 for m in re.finditer("[\u4e00-\u9fff](?=[\u4e00-\u9fff])", text)]
    if not pos:
        pos = [len(text)]
    chosen = sorted(set(rng.sample(pos, min(len(pos), rng.randint(*k)))))
    parts, last = [], 0
    for q in chosen:
        parts += c(text[last:q]) + s(make(rng))
        last = q
    return parts + c(text[last:])


def st_insert(make, k=(1, 3), where="punct", n=(1, 2), size=None):
    def f(rng, ctx):
        items = []
        for _ in range(rng.randint(*n)):
            t = ptext(clean_sentence(rng, .2))
            items.append(("sent", insert_at_boundaries(rng, t, make, k, where)))
        return compose(rng, ctx, items, size=size)
    return f


def st_line_prefix(make, n=(1, 3)):
    """Debris at the start of paragraphs (indent entities, BOMs, PUA bullets)."""
    def f(rng, ctx):
        lines = []
        k = rng.randint(*n)
        for i in range(max(k, rng.randint(k, k + 2))):
            t = ptext(clean_sentence(rng, .2)) + ptext(clean_sentence(rng, .2))
            lines.append((s(make(rng)) if i < k else []) + c(t))
        rng.shuffle(lines)
        out = []
        if rng.random() < .5:
            out += ctx.title() + c("\n")
        for i, ln in enumerate(lines):
            if i:
                out += c("\n")
            out += ln
        return out
    return f


CAMPAIGNS = ["我为群众办实事", "三减三健", "安全生产月", "放心消费", "四下基层", "美丽庭院", "文明城市", "清廉村居", "书香家庭", "平安乡村"]


def quote_campaign(rng, lq, rq):
    forms = ["深入开展{q}活动，群众参与热情高涨。", "以{q}为抓手，推动各项工作落地见效。", "{q}主题宣传进村入户。", "组织开展{q}专项行动。"]
    t = rng.choice(forms)
    a, b = t.split("{q}")
    return c(a) + s(lq) + c(rng.choice(CAMPAIGNS)) + s(rq) + c(b)


NAMED_FORMS = [
    ("{PLACE:村}党支部书记阿卜杜拉", "&middot;", "买买提带领村民发展林果业。"),
    ("主题宣传活动", "&mdash;&mdash;", "走进{PLACE:社区}专场顺利举行。"),
    ("群众纷纷表示：", "&ldquo;", "路修好了，出行方便多了！", "&rdquo;"),
    ("以", "&lsquo;", "小切口", "&rsquo;", "撬动", "&lsquo;", "大民生", "&rsquo;", "。"),
    ("村里的变化有目共睹", "&hellip;&hellip;", ""),
    ("举办", "&quot;", "乡村振兴讲堂", "&quot;", "第{N:期}。"),
]


def st_named_punct(rng, ctx):
    items = []
    amp = rng.random() < .2
    L, R = ("&amp;ldquo;", "&amp;rdquo;") if amp else ("&ldquo;", "&rdquo;")
    for _ in range(rng.randint(1, 2)):
        items.append(("sent", quote_campaign(rng, L, R)))
    if rng.random() < .6:
        form = rng.choice(NAMED_FORMS)
        pr = []
        for i, x in enumerate(form):
            pr += s(x) if x.startswith("&") else fill(rng, x)
        items.append(("sent", pr))
    rng.shuffle(items)
    return compose(rng, ctx, items)


def st_amp_double(rng, ctx):
    def mk(r):
        return r.choice(["&amp;nbsp;", "&amp;amp;", "&amp;quot;", "&amp;nbsp;&amp;nbsp;", "&amp;lt;br&amp;gt;", "&amp;#12288;"])
    items = []
    for _ in range(rng.randint(1, 2)):
        t = ptext(clean_sentence(rng, .2))
        items.append(("sent", insert_at_boundaries(rng, t, mk, (1, 2))))
    if rng.random() < .4:
        items.append(("sent", c(rng.choice(DEPTS)) + s("&amp;amp;") + c(rng.choice(DEPTS) + "联合开展执法检查。")))
    return compose(rng, ctx, items)


def numeric_entities(t, hexa):
    return "".join((f"&#x{ord(ch):x};" if hexa else f"&#{ord(ch)};") for ch in t)


def st_numeric_entities(rng, ctx):
    hexa = rng.random() < .4
    items = [("sent", damage_sentence(rng, lambda t: numeric_entities(t, hexa), 2, 6)) for _ in range(rng.randint(1, 2))]
    return compose(rng, ctx, items)


def tag_br(r):
    return r.choice(["<br>", "<br/>", "<br />", "</p><p>", "<p>", "</p>", "<BR>", '<p style="text-indent:2em;">'])


def st_span_style(rng, ctx):
    items = []
    for _ in range(rng.randint(1, 2)):
        t = ptext(clean_sentence(rng, .2))
        ab = pick_cjk(rng, t, 2, 10) or (0, len(t))
        a, b = ab
        op = rng.choice(['<span style="font-family:仿宋_GB2312;font-size:16pt;">', '<span style="font-size:12pt">',
                         '<font face="宋体" size="3">', '<span lang="EN-US">', '<strong>', '<span class="MsoNormal">'])
        cl = "</font>" if op.startswith("<font") else "</strong>" if op == "<strong>" else "</span>"
        items.append(("sent", c(t[:a]) + s(op) + c(t[a:b]) + s(cl) + c(t[b:])))
    return compose(rng, ctx, items)


def st_broken_tag(rng, ctx):
    def mk(r):
        return r.choice(["?/strong>", "?/span>", "</stro", "/p>", "<p styl", "&nbs", "?/b>", "an>"])
    items = []
    for _ in range(rng.randint(1, 2)):
        t = ptext(clean_sentence(rng, .2))
        items.append(("sent", insert_at_boundaries(rng, t, mk, (1, 1))))
    return compose(rng, ctx, items)


WORD_BLOCKS = [
    "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE MicrosoftInternetExplorer4",
    "Normal\n0\n\n7.8 磅\n0\n2\n\nfalse\nfalse\nfalse\n\nEN-US\nZH-CN\nX-NONE",
    "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; "
    "mso-style-noshow:yes; mso-style-priority:99; mso-style-parent:\"\"; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; mso-para-margin:0cm; "
    "font-size:10.5pt; font-family:\"Calibri\",sans-serif;}",
    "Normal 0 false 7.8 pt 0 2 false false false MicrosoftInternetExplorer4",
]


def st_word_block(rng, ctx):
    blk = rng.choice(WORD_BLOCKS)
    if rng.random() < .4 and not blk.startswith("/*"):
        blk = blk + (" " if "\n" not in blk else "\n") + WORD_BLOCKS[2]
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 4))], size=rng.choice(["para", "doc"]))
    if rng.random() < .7:
        return s(blk) + c("\n") + body
    return body + c("\n") + s(blk)


def word_tag(r):
    return r.choice(["<o:p></o:p>", "<o:p>&nbsp;</o:p>", "<![if !supportLists]>", "<![endif]>", "<!--[if gte mso 9]><xml>",
                     "<w:WordDocument>", "</o:p>"])


def css_left(r):
    return r.choice(["font-size:16px; line-height:28px; font-family:仿宋;", "text-indent:2em;", "TEXT-INDENT: 2em; LINE-HEIGHT: 1.5",
                     "margin-bottom:0px; color:rgb(51,51,51);", "style=\"font-size: 14pt;\"", "p.MsoNormal{margin:0cm;}"])


SCRIPTS = ["var _hmt = _hmt || []; (function() { var hm = document.createElement(\"script\"); hm.src = \"https://hm.baidu.com/hm.js?3f2a\"; })();",
           "document.write(unescape(\"%3Cspan id='cnzz_stat_icon'%3E%3C/span%3E\"));", "javascript:void(0);",
           "$(function(){ $('.nav li').hover(function(){ $(this).addClass('on'); }); });",
           "window.onload=function(){ document.getElementById(\"fontsize\").style.display=\"block\"; }"]


def st_script(rng, ctx):
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 4))], size=rng.choice(["para", "doc"]))
    sc = rng.choice(SCRIPTS)
    if rng.random() < .5:
        foot = c("\n" + rng.choice(["【打印本页】【关闭窗口】", "责任编辑：" + person(rng), "来源：" + ctx.city + "市人民政府网"]) + "\n")
        return body + foot + s(sc)
    return body + c("\n") + s(sc)


# ---- transfer encodings and escapes -----------------------------------------

def qp(t, enc="utf-8"):
    return quopri.encodestring(t.encode(enc)).decode("ascii").rstrip("\n")


def b64(t, enc="utf-8"):
    return base64.b64encode(t.encode(enc)).decode("ascii")


def qp_keep(t, enc):
    return quopri.encodestring(t.encode(enc)).decode("ascii").rstrip("\n")


def st_qp2(rng, ctx):
    enc = rng.choice(["utf-8", "utf-8", "gbk"])
    for _ in range(40):
        t = ptext(clean_sentence(rng, .2))
        ab = pick_cjk(rng, t, 2, 16)
        if ab:
            break
    a, b = ab
    d = qp_keep(t[a:b], enc)
    parts = c(t[:a]) + s(d) + c(t[b:])
    items = [("sent", parts)]
    if rng.random() < .3:
        items.insert(0, ("line", c(rng.choice(["转发邮件正文如下：", "邮件内容："]))))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_b64(rng, ctx):
    enc = rng.choice(["utf-8", "utf-8", "gbk"])
    items = [("sent", damage_sentence(rng, lambda t: b64(t, enc), 2, 10))]
    return compose(rng, ctx, items, size=rng.choice(["line", "para", "doc"]))


def mime_word(t, rng):
    f = rng.randrange(3)
    if f == 0:
        return "=?UTF-8?B?" + b64(t) + "?="
    if f == 1:
        return "=?GB2312?B?" + b64(t, "gb2312") + "?="
    q = "".join(f"={x:02X}" for x in t.encode("gbk"))
    return "=?gbk?Q?" + q + "?="


def st_mime(rng, ctx):
    nm = attach_name(rng, ctx)
    ext = rng.choice([".docx", ".xls", ".pdf"])
    for _ in range(5):
        try:
            mw = mime_word(nm, rng)
            break
        except UnicodeEncodeError:
            continue
    lead = rng.choice(["附件：", "附件下载：", "邮件附件："])
    line = c(lead) + s(mw) + c(ext)
    if rng.random() < .4:
        subj = rng.choice(["关于报送年度工作总结的通知", "会议通知", "材料报送提醒"])
        line = c("主题：") + s(mime_word(subj, rng)) + c("\n") + line
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 3))], size="para", title=False)
    return body + c("\n") + line


def pct_utf8(t):
    return urllib.parse.quote(t)


def pct_gbk(t):
    return urllib.parse.quote(t, encoding="gbk")


def uesc(t):
    return "".join(f"\\u{ord(ch):04x}" if ord(ch) > 127 else ch for ch in t)


def uesc_lost(t):
    return "".join(f"u{ord(ch):04x}" if ord(ch) > 127 else ch for ch in t)


def hexesc(t):
    return "".join(f"\\x{x:02x}" for x in t.encode("utf-8"))


def octesc(t):
    return "".join(f"\\{x:03o}" for x in t.encode("utf-8"))


def rtfhex(t):
    return "".join(f"\\'{x:02x}" for x in t.encode("gbk"))


def st_octal_filename(rng, ctx):
    lines = c(rng.choice(["材料归档清单（系统导出）：", "共享目录文件列表：", "附件："]))
    n = rng.randint(1, 4)
    bad = rng.sample(range(n), rng.randint(1, n))
    for i in range(n):
        nm = attach_name(rng, ctx)
        ext = rng.choice([".docx", ".xlsx", ".pdf"])
        if i in bad:
            q = rng.random() < .5
            lines += c("\n" + ('"' if q else "")) + s(octesc(nm)) + c(ext + ('"' if q else ""))
        else:
            lines += c("\n" + nm + ext)
    return clean_sentence(rng) + c("\n") + lines


def st_rtf(rng, ctx):
    items = [("sent", damage_sentence(rng, rtfhex, 2, 8))]
    if rng.random() < .4:
        items.insert(0, ("line", s("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}")))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_literal_escapes(rng, ctx):
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(2, 4))], size=rng.choice(["para", "doc"]))
    text, _ = assemble(body, half=ctx.half)
    esc = rng.choice(["\\n", "\\r\\n", "\\n\\n", "\\t"])
    out = []
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            out += s(esc if esc != "\\t" else "\\n")
        if esc == "\\t" and rng.random() < .5:
            out += s("\\t")
        out += p(ln)
    if len(lines) == 1:
        t = lines[0]
        k = t.find("。")
        out = p(t[:k + 1]) + s(esc) + p(t[k + 1:]) if 0 < k < len(t) - 1 else p(t) + s(esc)
    if rng.random() < .3:
        # escaped quotes from JSON
        out2 = []
        for t, k in out:
            if k == P and "“" in t:
                a = t.index("“")
                b = t.index("”", a) if "”" in t[a:] else -1
                if b > a:
                    out2 += p(t[:a]) + s('\\"') + p(t[a + 1:b]) + s('\\"') + p(t[b + 1:])
                    continue
            out2.append((t, k))
        out = out2
    return out


# ---- invisible characters ----------------------------------------------------
ZW = ["\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
CTRL = ["\x00", "\x01", "\x02", "\x03", "\x07", "\x08", "\x0b", "\x0c", "\x0e", "\x10", "\x13", "\x1a", "\x1b", "\x1f", "\x7f"]
BIDI = ["\u202e", "\u202a", "\u202c", "\u200e", "\u200f", "\u00ad", "\ufffc", "\u2028", "\u2066", "\u2069"]
PUA = ["\uf06c", "\uf0b7", "\uf0d8", "\uf0a7", "\uf075", "\ue000", "\ue5e5", "\uf020"]


def st_bom_line(rng, ctx):
    """Files concatenated: BOM in the middle of the text, at a line start."""
    n = rng.randint(2, 4)
    blocks = []
    for i in range(n):
        blocks.append(fix_unit(c(ptext(ctx.title()) if i == 0 or rng.random() < .3 else ptext(clean_sentence(rng))), ctx))
        for _ in range(rng.randint(0, 2)):
            blocks[-1] = blocks[-1] + c("\n") + clean_sentence(rng, .2)
    out = []
    k = rng.sample(range(1, n), rng.randint(1, n - 1))
    for i, b in enumerate(blocks):
        if i:
            out += c("\n")
        if i in k:
            out += s("\ufeff")
        out += b
    return out


def st_bom_cp1252(rng, ctx):
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 4))])
    if rng.random() < .6:
        return s("ï»¿") + body
    t = ptext(body)
    k = t.find("\n")
    if k < 0:
        return s("ï»¿") + body
    return c(t[:k + 1]) + s("ï»¿") + c(t[k + 1:])


def st_bom_gbk(rng, ctx):
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 4))])
    return s(rng.choice(["锘?", "锘�", "锘?", "锘"])) + body


# ---- extraction artefacts ------------------------------------------------------
KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    KANGXI.setdefault(unicodedata.normalize("NFKC", chr(_cp)), chr(_cp))


def st_kangxi(rng, ctx):
    out_items = []
    for _ in range(rng.randint(1, 3)):
        for _t in range(40):
            t = ptext(clean_sentence(rng, .3))
            idx = [i for i, ch in enumerate(t) if ch in KANGXI]
            if len(idx) >= 2:
                break
        parts, last = [], 0
        chosen = sorted(rng.sample(idx, rng.randint(1, len(idx))))
        for i in chosen:
            parts += c(t[last:i]) + s(KANGXI[t[i]])
            last = i + 1
        parts += c(t[last:])
        out_items.append(("sent", parts))
    return compose(rng, ctx, out_items)


def st_cid(rng, ctx):
    def fn(t):
        return "".join(f"(cid:{rng.randint(3, 9000)})" for _ in t)
    items = [("sent", damage_sentence(rng, fn, 1, 5)) for _ in range(rng.randint(1, 2))]
    return compose(rng, ctx, items)


LIG_PHRASES = ["General Ofﬁce of {CI} Municipal People's Government", "Certiﬁcate of Completion", "{CI} Trafﬁc Police Brigade",
               "Ofﬁcial Website of {CI} County", "Afﬁliated Hospital of {CI} Medical College", "annual ﬁnancial statements",
               "ﬁeld survey report", "government service work ﬂow", "Scientiﬁc and Technological Achievements", "ofﬂine service hall"]
CITY_EN = ["Lanxi", "Yunyang", "Taihe", "Anping", "Qingyuan", "Ningchuan", "Chuyang", "Xiangyuan"]
LIG_RE = re.compile(r"\S*[\ufb00-\ufb06]\S*")


def lig_parts(ph):
    parts, last = [], 0
    for m in LIG_RE.finditer(ph):
        parts += c(ph[last:m.start()]) + s(m.group())
        last = m.end()
    return parts + c(ph[last:])


def st_ligature(rng, ctx):
    forms = ["英文材料中写作“{P}”。", "外宣稿英文版中的表述为“{P}”。", "译审意见：原译文“{P}”保留。",
             "英文版本对应内容为“{P}”。"]
    ph = rng.choice(LIG_PHRASES).replace("{CI}", rng.choice(CITY_EN))
    a, b = rng.choice(forms).split("{P}")
    parts = c(a) + lig_parts(ph) + c(b)
    if rng.random() < .4:
        ph2 = rng.choice(LIG_PHRASES).replace("{CI}", rng.choice(CITY_EN))
        parts += c("另附“") + lig_parts(ph2) + c("”一份。")
    items = [("sent", parts)] + [("sent", clean_sentence(rng)) for _ in range(rng.randint(0, 2))]
    return compose(rng, ctx, items)


def st_one_char_per_line(rng, ctx):
    t = ptext(ctx.title()) if rng.random() < .5 else rng.choice(["工作总结", "目录", "附件", "说明", "情况报告", "存在问题"])
    if len(t) > 12:
        t = t[:rng.randint(4, 12)]
    vert = "\n".join(t)
    body = compose(rng, ctx, [("sent", clean_sentence(rng)) for _ in range(rng.randint(1, 4))], size=rng.choice(["para", "doc"]), title=False)
    if rng.random() < .6:
        return s(vert) + c("\n") + body
    b = ptext(body)
    k = b.rfind("\n")
    if k < 0:
        return body + c("\n") + s(vert)
    return c(b[:k + 1]) + s(vert) + c(b[k:])


# ---- tang tang / tun tun -------------------------------------------------------

def st_tang(rng, ctx):
    run = rng.choice(["烫", "屯"]) * rng.randint(3, 12)
    forms = [("负责人：" + person(rng), ""), ("填报单位：" + ctx.place + ctx.adm, ""), ("项目名称：" + ctx.place + "村道路提升工程", ""),
             ("备注：", ""), ("联系电话：" + real_value(rng, "PHONE"), "")]
    lines = []
    for f in rng.sample(forms, rng.randint(2, 4)):
        lines.append(c(f[0]))
    k = rng.randrange(len(lines))
    lines[k] = lines[k] + s(run)
    out = c(rng.choice(["信息报送单", "项目基本情况", "系统导出记录"]))
    for ln in lines:
        out += c("\n") + ln
    return out


# ---- mixed -------------------------------------------------------------------

def st_mixed_two(rng, ctx):
    fns = [u8_as("gbk"), gbk_as("utf-8"), u8_as("cp1252web"), gbk_as("latin-1"), pct_utf8, uesc]
    inserts = [lambda r: "&nbsp;", tag_br, lambda r: r.choice(ZW), lambda r: "<o:p></o:p>"]
    items = [("sent", damage_sentence(rng, rng.choice(fns), 2, 6))]
    t = ptext(clean_sentence(rng, .2))
    items.append(("sent", insert_at_boundaries(rng, t, rng.choice(inserts), (1, 2))))
    rng.shuffle(items)
    items += [("sent", clean_sentence(rng)) for _ in range(rng.randint(0, 2))]
    return compose(rng, ctx, items, size=rng.choice(["para", "doc"]))


def trad_src(rng):
    return rng.choice(TRAD_SENTS)


TRAD_SENTS = ["兩岸青年交流活動在本市舉辦，參加人數創歷史新高。", "香港特區政府代表團到訪，雙方就經貿合作深入交換意見。",
              "臺灣鄉親返鄉投資興業，帶動當地農產品銷售。", "澳門中華總商會一行參觀了科技園區。",
              "本次研討會聚焦鄉村振興與文化傳承。", "專家團隊對古建築修繕方案進行了論證。",
              "雙方簽署了農業技術合作備忘錄。", "會議強調要持續優化營商環境，服務廣大臺商。"]

MJ_STYLES = [
    ("mj_utf8_as_gbk", st_codec(u8_as("gbk"), 2, 10, (1, 2)), "UTF-8 bytes decoded as GBK (鍙戝睍-style), stretch inside a sentence"),
    ("mj_utf8_as_gbk_short_run", st_codec_short(u8_as("gbk")), "one or two characters of UTF-8-as-GBK in an otherwise clean long report"),
    ("mj_utf8_as_gbk_line", st_codec(u8_as("gbk"), whole=True), "a whole sentence/line read as GBK (ASCII digits survive)"),
    ("mj_utf8_as_gbk_heading", st_codec_heading(u8_as("gbk")), "garbled title / heading (UTF-8 as GBK)"),
    ("mj_utf8_as_gbk_qmark", st_codec(u8_as("gbk", "t14_qmark"), 2, 9, (1, 2)), "UTF-8 as GBK with undecodable bytes shown as ?"),
    ("mj_utf8_as_gbk_filename", st_codec_filename(u8_as("gbk")), "attachment file names garbled (UTF-8 as GBK)"),
    ("mj_gbk_as_utf8_replace", st_codec(gbk_as("utf-8"), 2, 10, (1, 2)), "GBK bytes decoded as UTF-8 with U+FFFD replacement"),
    ("mj_gbk_as_utf8_line", st_codec(gbk_as("utf-8"), whole=True), "whole line GBK-as-UTF-8 (replacement characters, digits kept)"),
    ("mj_gbk_as_utf8_table", st_codec_table(gbk_as("utf-8")), "table cells with replacement-character damage"),
    ("mj_kunjinkao", st_codec(kunjinkao, 2, 10, (1, 2)), "锟斤拷: U+FFFD pairs re-read as GBK"),
    ("mj_tang_tun_fill", st_tang, "烫烫烫 / 屯屯屯 uninitialised-buffer debris after a field"),
    ("mj_utf8_as_cp1252", st_codec(u8_as("cp1252web"), 2, 8, (1, 2)), "UTF-8 read as Windows-1252 (å‘å±•)"),
    ("mj_utf8_as_latin1", st_codec(u8_as("latin-1"), 2, 6, (1, 2)), "UTF-8 read as ISO-8859-1 (with invisible C1 controls)"),
    ("mj_gbk_as_latin1", st_codec(gbk_as("latin-1"), 2, 8, (1, 2)), "GBK read as Latin-1 (¹¤×÷×Ü½á)"),
    ("mj_big5_as_gbk", st_codec(big5_as_gbk, 2, 10, src=trad_src), "traditional Big5 text read as GBK"),
    ("mj_gbk_as_big5", st_codec(gbk_as("big5"), 2, 8, (1, 2)), "simplified GBK text read as Big5"),
    ("mj_gbk_as_shiftjis", st_codec(gbk_as("shift_jis"), 2, 8), "GBK read as Shift_JIS (half-width kana debris)"),
    ("mj_utf8_as_cp932", st_codec(u8_as("cp932"), 2, 8), "UTF-8 read as Windows-932 (蟾･菴懈-style)"),
    ("mj_gbk_as_eucjp", st_codec(gbk_as("euc_jp"), 2, 8), "GBK read as EUC-JP"),
    ("mj_gbk_as_euckr", st_codec(gbk_as("euc_kr"), 2, 8), "GBK read as EUC-KR (Hangul debris)"),
    ("mj_gbk_as_cp1251", st_codec(gbk_as("cp1251"), 2, 8), "GBK read as Windows-1251 (Cyrillic debris)"),
    ("mj_utf8_as_cp1251", st_codec(u8_as("cp1251"), 2, 8), "UTF-8 read as Windows-1251 (еЏ‘е±•)"),
    ("mj_gbk_as_cp437_filename", st_codec_filename(gbk_as("cp437"), "压缩包内文件列表："), "zip listing: GBK names read as CP437 (╣ñ╫≈)"),
    ("mj_utf8_as_macroman", st_codec(u8_as("mac_roman"), 2, 8), "UTF-8 read as Mac Roman (ÂèëÂ±ï)"),
    ("mj_double_utf8_cp1252", st_codec(double_cp1252, 1, 4), "double-encoded UTF-8 via cp1252 (Ã¥Â...)"),
    ("mj_double_utf8_gbk", st_codec(double_gbk, 2, 6), "UTF-8 → GBK → UTF-8 → GBK (閸欐垵鐫-style)"),
    ("mj_roundtrip_partial", st_codec(roundtrip, 3, 11, (1, 2)), "GBK round-trip losing the last character of a run (振�?)"),
    ("mj_gbk_offbyone", st_codec(offbyone, 2, 8), "GBK stream decoded one byte out of step, ? for broken pairs"),
    ("mj_qmark_gb2312_loss", st_qmark_gb2312, "name characters outside GB2312 lost as ?"),
    ("mj_qmark_emoji_loss", st_qmark_emoji, "emoji lost as ? / ?? in a new-media post"),
    ("mj_qmark_run", st_codec(qmark_run, 2, 12, (1, 1)), "a run of Chinese characters replaced by ????"),
    ("mj_fffd_single", st_codec(fffd_gbk, 1, 1, (1, 2)), "an isolated character lost as ��"),
    ("mj_fffd_truncation", st_fffd_truncation, "multi-byte character split at a chunk boundary (�)"),
    ("mj_html_nbsp", st_line_prefix(lambda r: r.choice(["&nbsp;&nbsp;&nbsp;&nbsp;", "&nbsp;&nbsp;", "&emsp;&emsp;", "&ensp;", "&nbsp;"])), "&nbsp; / &emsp; indents left in text"),
    ("mj_html_amp_double", st_amp_double, "double-escaped entities (&amp;nbsp;, &amp;amp;)"),
    ("mj_html_named_punct", st_named_punct, "&ldquo; &rdquo; &mdash; &hellip; instead of punctuation"),
    ("mj_html_numeric_entities", st_numeric_entities, "numeric character references (&#24037; / &#x5de5;)"),
    ("mj_html_tags_br_p", st_insert(tag_br, (1, 3)), "<br> / <p> tags left in text"),
    ("mj_html_span_style", st_span_style, "inline <span style=...> / <font> tags around a phrase"),
    ("mj_html_broken_tag", st_broken_tag, "truncated tags (?/strong>, </stro, &nbs)"),
    ("mj_html_escaped_tags", st_insert(lambda r: r.choice(["&lt;p&gt;", "&lt;/p&gt;", "&lt;br /&gt;", "&lt;strong&gt;", "&lt;/span&gt;"]), (1, 2)), "escaped tags shown as text (&lt;p&gt;)"),
    ("mj_word_normal_block", st_word_block, "Word paste leftover (Normal 0 7.8 磅 ... X-NONE, MsoNormalTable CSS)"),
    ("mj_word_xml_tags", st_insert(word_tag, (1, 2)), "Office XML tags (<o:p></o:p>, <![endif]>)"),
    ("mj_css_leftover", st_line_prefix(css_left, (1, 2)), "inline CSS text left at paragraph starts"),
    ("mj_script_leftover", st_script, "web-page script debris at the end of a scraped article"),
    ("mj_quoted_printable", st_qp2, "quoted-printable bytes (=E5=B7=A5, soft line breaks)"),
    ("mj_base64_fragment", st_b64, "base64 of UTF-8/GBK text in place of the words"),
    ("mj_mime_encoded_word", st_mime, "MIME encoded-words (=?UTF-8?B?...?=) as file names / subjects"),
    ("mj_percent_utf8", st_codec(pct_utf8, 2, 8), "percent-encoded UTF-8 (%E5%B7%A5)"),
    ("mj_percent_gbk", st_codec(pct_gbk, 2, 8), "percent-encoded GBK (%B9%A4)"),
    ("mj_unicode_escape", st_codec(uesc, 2, 8, (1, 2)), "\\uXXXX escapes in text"),
    ("mj_unicode_escape_lost_backslash", st_codec(uesc_lost, 2, 6), "\\u escapes whose backslashes were stripped (u5de5u4f5c)"),
    ("mj_hex_bytes_escape", st_codec(hexesc, 1, 4), "byte escapes \\xe5\\xb7\\xa5"),
    ("mj_octal_escape_filename", st_octal_filename, "octal-escaped file names (\\345\\267\\245)"),
    ("mj_rtf_hex", st_rtf, "RTF hex escapes of GBK (\\'b9\\'a4)"),
    ("mj_literal_escapes", st_literal_escapes, "literal \\n / \\r\\n / \\t / \\\" from a JSON dump; text kept on one line"),
    ("mj_zero_width", st_insert(lambda r: r.choice(ZW), (1, 4), where="inner"), "zero-width characters inside words (U+200B, U+200D, U+2060, U+FEFF)"),
    ("mj_control_chars", st_insert(lambda r: r.choice(CTRL), (1, 3), where="inner"), "C0 control characters inside the text"),
    ("mj_bidi_soft_hyphen", st_insert(lambda r: r.choice(BIDI), (1, 3), where="inner"), "bidi controls, soft hyphen, U+FFFC, line separator"),
    ("mj_bom_inside", st_bom_line, "U+FEFF at the start of a concatenated file part"),
    ("mj_bom_as_cp1252", st_bom_cp1252, "UTF-8 BOM shown as ï»¿"),
    ("mj_bom_as_gbk", st_bom_gbk, "UTF-8 BOM shown as 锘? / 锘�"),
    ("mj_private_use", st_line_prefix(lambda r: r.choice(PUA), (1, 3)), "private-use glyphs from symbol fonts (Wingdings bullets)"),
    ("mj_pinyin_annot_trad", st_pinyin_trad, "scraped traditional text with (pinyin) after converted characters: 發(fā)展; the (pinyin) is the span"),
    ("mj_pinyin_annot_simp", st_pinyin_simp, "simplified text with stray (pinyin) annotations"),
    ("mj_ruby_inline", st_ruby_inline, "flattened ruby: pinyin glued after each character"),
    ("mj_pdf_ligatures", st_ligature, "PDF ligature characters (ﬁ ﬂ) in English words; word spanned"),
    ("mj_pdf_one_char_per_line", st_one_char_per_line, "vertical text extracted one character per line"),
    ("mj_pdf_kangxi_radicals", st_kangxi, "Kangxi radical code points instead of ideographs (⼯作)"),
    ("mj_pdf_cid_codes", st_cid, "(cid:NNN) glyph codes from PDF extraction"),
    ("mj_mixed_two_kinds", st_mixed_two, "two different kinds of damage in one document"),
]

# ---------------------------------------------------------------------------
# mj negatives: foreign scripts, symbols and technical text that are NOT damage
# ---------------------------------------------------------------------------

def neg_quote(leads, quotes, trans=None, n=(1, 2)):
    """leads: Chinese sentence with {Q}; quotes: foreign strings (protected)."""
    def f(rng, ctx):
        items = []
        for _ in range(rng.randint(*n)):
            lead = rng.choice(leads)
            qi = rng.randrange(len(quotes))
            a, b = lead.split("{Q}")
            pr = fill(rng, a) + p(quotes[qi]) + fill(rng, b)
            if trans and rng.random() < .6:
                pr += c("（" + trans[qi] + "）")
            items.append(("sent", pr))
        return compose(rng, ctx, items)
    return f


RU = ["Добро пожаловать в наш город!", "Спасибо за тёплый приём.", "Мы рады продолжить сотрудничество в области сельского хозяйства.",
      "Дружба между нашими городами крепнет с каждым годом.", "Надеемся на новые совместные проекты в сфере образования."]
RU_ZH = ["欢迎来到我们的城市！", "感谢热情接待。", "我们很高兴继续在农业领域开展合作。", "我们两市的友谊与日俱增。", "期待在教育领域开展新的合作项目。"]
RU_LEAD = ["俄罗斯友好城市代表团团长在致辞中说：“{Q}”", "对方来函原文为：“{Q}”", "座谈会上，俄方代表表示：“{Q}”"]
JA = ["地域の活性化に向けた取り組みについてご説明いたしました。", "ご来訪を心より歓迎いたします。", "農業技術の交流をさらに深めたいと考えております。",
      "今後とも末永いご協力をお願い申し上げます。", "姉妹都市提携三十周年、誠におめでとうございます。"]
JA_ZH = ["介绍了促进地区活化的举措。", "衷心欢迎各位来访。", "希望进一步深化农业技术交流。", "今后也请多多关照、长期合作。", "衷心祝贺缔结友好城市三十周年。"]
JA_LEAD = ["日本友好城市市长在贺信中写道：“{Q}”", "日方代表团团长致辞：“{Q}”", "对方发来的日文邮件称：“{Q}”"]
KO = ["한중 우호 교류가 더욱 발전하기를 바랍니다.", "따뜻하게 맞아 주셔서 감사합니다.", "농업 기술 협력을 계속 추진하겠습니다.",
      "자매도시 결연 30주년을 축하합니다.", "앞으로도 긴밀히 협력해 나가겠습니다."]
KO_ZH = ["希望韩中友好交流进一步发展。", "感谢热情接待。", "将继续推进农业技术合作。", "祝贺缔结姐妹城市30周年。", "今后将继续密切合作。"]
KO_LEAD = ["韩国友好城市代表在交流会上表示：“{Q}”", "韩方贺信原文：“{Q}”", "横幅上用韩文写着“{Q}”"]
TRAD_LEAD = ["台湾合作方来函称：“{Q}”", "香港《{CITY:}日报》报道：“{Q}”".replace("{CITY:}", "星岛"), "澳门代表在座谈中说：“{Q}”", "据台湾媒体报道：“{Q}”"]


def st_greek(rng, ctx):
    forms = ["实验测得导线电阻率ρ=1.7×10⁻⁸ Ω·m。", "取显著性水平α=0.05，检验统计量服从χ²分布。", "角度θ满足0<θ<π/2。",
             "用Δ表示变化量，则ΔT=T₂−T₁。", "β受体阻滞剂纳入慢病用药目录。", "希腊客商在推介会上致辞“Καλωσορίσατε”（欢迎光临）。",
             "希腊友好协会赠送的匾额上写着“Φιλία”（友谊）。", "标准差σ越小，数据越集中。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


LESSON = [("发展", "fāzhǎn"), ("乡村", "xiāngcūn"), ("健康", "jiànkāng"), ("学习", "xuéxí"), ("朋友", "péngyou"), ("谢谢", "xièxie"),
          ("中国", "Zhōngguó"), ("老师", "lǎoshī"), ("绿色", "lǜsè"), ("旅游", "lǚyóu"), ("女儿", "nǚ'ér"), ("你好", "nǐ hǎo")]


def st_pinyin_lesson(rng, ctx):
    ws = rng.sample(LESSON, rng.randint(2, 4))
    q = "、".join(f"“{w}（{py}）”" for w, py in ws)
    forms = [f"汉语角活动中，外国学员学习了{q}等常用词语。", f"国际中文课堂重点练习了{q}的发音。",
             "声调练习：mā、má、mǎ、mà，学员逐一跟读。", "讲解了ü上两点的省略规则：jū、qū、xū、yú。",
             f"推普周活动中，志愿者为留守儿童纠正{q}的读音。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


RARE_PL = [("亳", "bó", "州"), ("歙", "shè", "县"), ("黟", "yī", "县"), ("婺", "wù", "源"), ("濮", "pú", "阳"), ("儋", "dān", "州"),
           ("鄱", "pó", "阳"), ("盱眙", "xūyí", ""), ("郫", "pí", "都"), ("筠", "jūn", "连"), ("莘", "shēn", "县"), ("鄞", "yín", "州")]


def st_rare_annot(rng, ctx):
    ps = rng.sample(RARE_PL, rng.randint(2, 4))
    lp, rp = ("（", "）") if rng.random() < .7 else ("(", ")")
    q = "、".join(f"{a}{lp}{py}{rp}{b}" for a, py, b in ps)
    forms = [f"为方便外地游客，导览图对生僻地名加注拼音，如{q}。", f"地名文化讲座介绍了{q}等易读错的地名。",
             f"新闻播报规范要求，{q}等地名须读准字音。"]
    return compose(rng, ctx, [("sent", p(rng.choice(forms)))])


def st_rare_chars(rng, ctx):
    forms = ["户籍窗口为姓名中含有“䶮”“堃”“喆”等生僻字的群众提供人工录入服务。", "非遗展陈中展示了古籍里的“龘”“靐”等多笔画汉字。",
             "为解决“𠮷”“𪚥”等扩展区汉字无法显示的问题，系统升级了字库。", "当地特色菜“鱻”字宴入选县级非物质文化遗产名录。",
             "村名中的“㙟”字为当地方言用字，已按规范录入地名库。", "古籍修复中心完成《说文解字》刻本中“𤔡”“𠂤”等字形比对。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


CLASSICAL = ["民惟邦本，本固邦宁。", "政贵有恒，辞尚体要。", "天下之事，不难于立法，而难于法之必行。", "治国有常，而利民为本。",
             "善为国者，遇民如父母之爱子。", "行之力则知愈进，知之深则行愈达。", "不积跬步，无以至千里。"]


def st_classical(rng, ctx):
    q = rng.choice(CLASSICAL)
    forms = [f"古人云：“{q}”", f"正所谓“{q}”", f"“{q}”这句古训，道出了为政之要。"]
    return compose(rng, ctx, [("sent", p(rng.choice(forms)))] + [("sent", clean_sentence(rng)) for _ in range(rng.randint(0, 2))])


CODE = ["SELECT town_name, COUNT(*) FROM t_household WHERE status = 1 GROUP BY town_name;",
        "for row in rows:\n    if row['amount'] > 0:\n        total += row['amount']",
        "grep -rn \"ERROR\" /var/log/gov-portal/ | tail -n 50", "UPDATE sys_user SET pwd_expire = '2023-12-31' WHERE dept_id = 12;",
        "curl -s -o /dev/null -w \"%{http_code}\" https://www.example.gov.cn/", "if (resp.code !== 200) { console.warn('接口异常'); }"]


def st_code(rng, ctx):
    lead = rng.choice(["信息中心在运维记录中附上了排查用的语句：", "技术人员使用如下命令定位问题：", "数据统计脚本核心部分如下："])
    body = c(lead) + c("\n") + p(rng.choice(CODE))
    tail = c("\n" + rng.choice(["问题已于当日修复。", "经排查，系日志轮转配置错误所致。", "统计结果与人工台账一致。"]))
    pre = compose(rng, ctx, [("sent", clean_sentence(rng))], size="line") + c("\n") if rng.random() < .5 else []
    return pre + body + tail


URLS = ["https://www.example.gov.cn/search?q=%E5%B0%B1%E4%B8%9A&page=2", "http://zwfw.example.gov.cn/item?name=%E5%8C%BB%E4%BF%9D%20%E6%8A%A5%E9%94%80",
        "https://data.example.gov.cn/api/v1/list?type=notice&keyword=%E6%8B%9B%E8%81%98"]


def st_url_tech(rng, ctx):
    forms = ["网站检索接口对中文关键词进行URL编码，例如“就业”编码后为%E5%B0%B1%E4%B8%9A，由浏览器自动完成，无需人工处理。",
             f"日志中记录的访问地址为{rng.choice(URLS)}，属正常检索请求。",
             "技术规范要求链接中的空格统一编码为%20，中文参数统一采用UTF-8编码。",
             f"经核查，异常请求地址为{rng.choice(URLS)}，已加入监测白名单。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_html_mention(rng, ctx):
    forms = ["网站改版后，正文段落统一使用CSS控制首行缩进，不再使用&nbsp;空格实体。", "编辑规范明确：换行使用段落标签<p>，禁止连续使用<br>标签。",
             "清理历史稿件中的<font>标签共计{NB:处}，页面加载速度明显提升。", "培训讲解了&amp;、&lt;、&gt;等字符实体的用途。",
             "对{N:个}栏目页面进行了适老化改造，正文字号统一设置为font-size:18px。"]
    items = [("sent", fill(rng, x)) for x in rng.sample(forms, rng.randint(1, 2))]
    items = [(k, [(t, P) for t, _ in pr]) for k, pr in items]
    items.insert(0, ("sent", c(rng.choice(["信息中心全年完成门户网站维护工作。", "今年以来，持续加强政府网站内容保障。"]))))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_emoticon(rng, ctx):
    forms = ["这条短视频点赞量突破10万👍", "祝大家新春快乐🎉🧧", "今天的志愿服务圆满结束啦(^_^)", "高考加油💪金榜题名！",
             "家门口的公园开放啦🌳🌸欢迎打卡", "小编提醒：出行请注意安全⚠️", "感谢每一位默默付出的社区工作者❤️"]
    lead = rng.choice(["新媒体平台全年推送稿件{NB:篇}，其中一条推文写道：", "公众号留言区热评：", "官方账号发布的文案为："])
    items = [("sent", fill(rng, lead) + p("“" + rng.choice(forms) + "”"))]
    return compose(rng, ctx, items)


def st_math(rng, ctx):
    forms = ["若a≥0，则√(a²)=a。", "数列求和公式为Sₙ=∑aᵢ（i=1,…,n）。", "定积分∫₀¹x²dx=1/3。", "当n→∞时，(1+1/n)ⁿ→e。",
             "圆的面积S=πr²，周长C=2πr。", "不等式|x−2|≤3的解集为−1≤x≤5。", "误差控制在±0.5%以内，π取3.14。"]
    pr = c(rng.choice(["数学教研组", "中考复习课上，", "教师培训中，"]) + "讲解了以下内容：")
    for x in rng.sample(forms, rng.randint(1, 3)):
        pr += p(x)
    return compose(rng, ctx, [("sent", pr)], size=rng.choice(["line", "para"]))


def st_chem(rng, ctx):
    forms = ["污水处理中投加的次氯酸钠（NaClO）用于消毒。", "实验演示了2H₂+O₂→2H₂O的反应过程。", "石灰石主要成分为CaCO₃，受热分解生成CaO和CO₂。",
             "检测指标包括SO₄²⁻、NH₄⁺和NO₃⁻的浓度。", "锅炉烟气经脱硫后SO₂排放浓度低于35mg/m³。", "水温保持在20℃～25℃之间。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_latin_diacritics(rng, ctx):
    forms = ["代表团赴瑞士苏黎世（Zürich）考察职业教育。", "与德国慕尼黑（München）企业签订技术合作协议。", "产品出口巴西圣保罗（São Paulo）。",
             "与法国Société Générale开展跨境结算业务。", "西班牙马拉加（Málaga）客商到访洽谈。", "赴波兰克拉科夫（Kraków）参加国际博览会。",
             "在杜塞尔多夫（Düsseldorf）举办农产品推介会。", "哥伦比亚波哥大（Bogotá）咖啡协会代表参观茶园。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_vietnamese(rng, ctx):
    forms = ["边民互市点的越南语标识为“Chợ biên giới”（边境集市）。", "越方代表用越南语致辞：“Xin chào các bạn Trung Quốc!”",
             "与越南谅山省（Tỉnh Lạng Sơn）签署边贸合作备忘录。", "培训班教授越南语日常用语，如“Cảm ơn”（谢谢）、“Tạm biệt”（再见）。",
             "河内（Hà Nội）客商团到访口岸考察。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_ipa(rng, ctx):
    forms = ["英语教研组开展音标专题教研，重点辨析/θ/与/s/、/ð/与/z/的发音。", "单词thank的读音为/θæŋk/，学生常误读为/sæŋk/。",
             "讲解了弱读音/ə/在句子中的变化规律。", "示范了/ʃ/和/ʒ/的口型区别，如she /ʃiː/与measure /ˈmeʒə/。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_currency(rng, ctx):
    forms = ["全年对欧出口额达€{AMT:万}。", "与英国客商签订合同金额£{N:万}。", "按1美元兑换7.1元人民币计，折合¥{AMT:万}。",
             "韩国订单金额约₩{NB:万}。", "从印度进口原料金额₹{N:万}。", "外贸企业实现出口US${AMT:万}。"]
    items = [("sent", [(t, P) for t, _ in fill(rng, x)]) for x in rng.sample(forms, rng.randint(1, 3))]
    return compose(rng, ctx, items)


def st_units(rng, ctx):
    forms = ["PM2.5年均浓度为{N:μg/m³}。", "人口自然增长率为{GR:‰}。", "新增绿地面积{NB:㎡}。", "日最高气温达{N:℃}。",
             "接地电阻不大于4Ω。", "全年用电量{NB:kW·h}。", "恒温库温度控制在−18°C以下。", "婴儿死亡率降至{GR:‰}。"]
    items = [("sent", [(t, P) for t, _ in fill(rng, x)]) for x in rng.sample(forms, rng.randint(1, 3))]
    return compose(rng, ctx, items)


def st_box(rng, ctx):
    rows = [(rng.choice(PLACES) + "村", str(rng.randint(20, 600)), f"{rng.uniform(80, 100):.1f}%") for _ in range(rng.randint(2, 4))]
    w = [8, 6, 8]
    top = "┌" + "┬".join("─" * x for x in w) + "┐"
    mid = "├" + "┼".join("─" * x for x in w) + "┤"
    bot = "└" + "┴".join("─" * x for x in w) + "┘"
    lines = [top, "│村名　　│户数　│完成率　│", mid]
    for r in rows:
        lines.append("│" + "│".join(r) + "│")
    lines.append(bot)
    return c(rng.choice(["各村完成情况如下（系统导出）：", "附表（文本格式）："])) + c("\n") + p("\n".join(lines))


def st_circled(rng, ctx):
    marks = rng.choice(["①②③④⑤", "⑴⑵⑶⑷⑸", "㈠㈡㈢㈣㈤", "❶❷❸❹❺"])
    out = c(rng.choice(["重点任务清单", "本月工作要点", "整改措施"]))
    for i in range(rng.randint(2, 4)):
        out += c("\n") + p(marks[i]) + clean_sentence(rng, .3)
    return out


def st_minority(rng, ctx):
    forms = ["双语标识牌上方为维吾尔文“ئۈرۈمچى”，下方为汉字“乌鲁木齐”。", "寺院门口悬挂藏文“བཀྲ་ཤིས་བདེ་ལེགས”（扎西德勒）横幅。",
             "蒙古文“ᠮᠣᠩᠭᠣᠯ”与汉字并列书写于机关牌匾。", "民族团结宣传册采用汉文和维吾尔文“مىللەتلەر ئىتتىپاقلىقى”对照印制。",
             "彝文“ꆈꌠ”（诺苏）与汉字对照标注在村寨路牌上。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_fullwidth_ascii(rng, ctx):
    forms = ["我国加入ＷＴＯ以来，外贸依存度显著提高。", "全县ＧＤＰ增长{PCT:%}。", "{N:家}企业通过ＩＳＯ９００１质量管理体系认证。",
             "推动ＰＰＰ项目规范运作。", "接入ＶＰＮ专网的终端共{N:台}。"]
    items = [("sent", [(t, P) for t, _ in fill(rng, x)]) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_special_punct(rng, ctx):
    forms = ["※ 本表数据截至{MD}。", "◎ 重点任务", "§3 适用范围", "注†：含跨年度结转项目。", "〖典型经验〗{PLACE:村}推行积分制管理。",
             "＃ 为新增指标。", "☆ 为市级示范点。"]
    items = [("line", [(t, P) for t, _ in fill(rng, x)]) for x in rng.sample(forms, rng.randint(1, 3))]
    return compose(rng, ctx, items + [("sent", clean_sentence(rng))])


def st_questions(rng, ctx):
    forms = ["群众留言问道：“路灯什么时候能修好？？”", "您知道医保个人账户可以家庭共济吗？", "问：新生儿如何办理参保？答：可在出生后三个月内办理。",
             "为什么要开展垃圾分类？主要是为了减量化、资源化和无害化。", "有居民反映：“这条路到底还修不修？！”"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items)


def st_base64_tech(rng, ctx):
    forms = ["接口采用HTTP基本认证，请求头示例：Authorization: Basic dXNlcjpwYXNzd29yZA==。",
             "电子签章图片以Base64编码嵌入报文，格式为data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA……，由系统自动生成。",
             "对接文档说明：附件内容须经Base64编码后传输，接收方解码还原。"]
    items = [("sent", p(rng.choice(forms)))]
    items.insert(0, ("sent", c(rng.choice(["信息中心完成与省级平台的数据对接。", "政务数据共享交换平台完成接口改造。"]))))
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_escape_doc(rng, ctx):
    forms = ["开发手册说明：JSON中的中文可写作\\u4e2d\\u6587，解析后显示为“中文”。", "在Python中，换行符写作\\n，制表符写作\\t。",
             "正则表达式\\d+用于匹配连续数字。", "日志中路径分隔符使用\\\\，属于正常转义。"]
    items = [("sent", p(x)) for x in rng.sample(forms, rng.randint(1, 2))]
    return compose(rng, ctx, items, size=rng.choice(["line", "para"]))


def st_bilingual(rng, ctx):
    forms = ["The county’s grain output rose 3.2% year on year — a record high.", "“Rural revitalization” remains the top priority for the coming year.",
             "Over 1,200 volunteers took part in the campaign – the largest in the town’s history.", "The new service hall offers ‘one-window’ processing for residents…"]
    lead = rng.choice(["英文摘要：", "Summary:", "外宣稿英文版："])
    items = [("sent", clean_sentence(rng)), ("line", c(lead) + p(" ".join(rng.sample(forms, rng.randint(1, 2)))))]
    return compose(rng, ctx, items)


def st_emoji_zwj(rng, ctx):
    forms = ["“幸福一家人👨‍👩‍👧”摄影展开幕", "致敬白衣天使👩‍⚕️", "国庆快乐🇨🇳", "报名步骤：1️⃣关注公众号 2️⃣填写信息 3️⃣等待审核",
             "科普小课堂👨‍🔬带孩子探索科学", "❤️感谢每一位志愿者"]
    lead = rng.choice(["公众号推文标题为：", "短视频文案：", "活动海报写着："])
    items = [("sent", c(lead) + p("“" + rng.choice(forms) + "”") + c("。"))]
    return compose(rng, ctx, items)


MJNEG_STYLES = [
    ("neg_mj_quoted_russian", neg_quote(RU_LEAD, RU, RU_ZH), "quoted Russian in a foreign-exchange report"),
    ("neg_mj_quoted_japanese", neg_quote(JA_LEAD, JA, JA_ZH), "quoted Japanese (kana + kanji)"),
    ("neg_mj_quoted_korean", neg_quote(KO_LEAD, KO, KO_ZH), "quoted Korean Hangul"),
    ("neg_mj_greek_letters", st_greek, "Greek letters in science and a Greek word"),
    ("neg_mj_traditional_quote", neg_quote(TRAD_LEAD, TRAD_SENTS), "traditional-character quotation (Taiwan / Hong Kong / Macau)"),
    ("neg_mj_pinyin_lesson", st_pinyin_lesson, "tone-marked pinyin in a language lesson"),
    ("neg_mj_rare_place_annotation", st_rare_annot, "pinyin added to rare place-name characters for readers (decided: legitimate)"),
    ("neg_mj_rare_chars", st_rare_chars, "rare and extension-B characters (䶮, 𠮷, 龘)"),
    ("neg_mj_classical_chinese", st_classical, "classical Chinese quotation"),
    ("neg_mj_code_snippet", st_code, "SQL / shell / Python in an IT note"),
    ("neg_mj_url_percent_tech", st_url_tech, "URLs with %-escapes explained in a technical note (decided: legitimate)"),
    ("neg_mj_html_mention", st_html_mention, "HTML tags and entities discussed in a web-maintenance report"),
    ("neg_mj_emoticons", st_emoticon, "emoji and kaomoji in a quoted new-media post"),
    ("neg_mj_math", st_math, "mathematical notation (√, ∑, ∫, ≤, ⁿ)"),
    ("neg_mj_chemistry", st_chem, "chemical formulas with sub/superscripts, ℃, →"),
    ("neg_mj_latin_diacritics", st_latin_diacritics, "European names with diacritics (Zürich, São Paulo)"),
    ("neg_mj_vietnamese", st_vietnamese, "Vietnamese with stacked diacritics"),
    ("neg_mj_ipa", st_ipa, "IPA transcriptions in an English-teaching report"),
    ("neg_mj_currency", st_currency, "currency signs € £ ¥ ₩ ₹"),
    ("neg_mj_unit_symbols", st_units, "unit symbols μg/m³, ‰, ㎡, Ω, kW·h"),
    ("neg_mj_box_drawing", st_box, "plain-text table drawn with box-drawing characters"),
    ("neg_mj_circled_numbers", st_circled, "circled / parenthesised numerals as list markers"),
    ("neg_mj_minority_scripts", st_minority, "Uyghur, Tibetan, Mongolian, Yi on bilingual signs"),
    ("neg_mj_fullwidth_ascii", st_fullwidth_ascii, "full-width Latin letters and digits (ＷＴＯ, ＩＳＯ９００１)"),
    ("neg_mj_special_punct", st_special_punct, "※ ◎ § † 〖〗 ＃ ☆ markers"),
    ("neg_mj_question_marks", st_questions, "real questions with ？ / ？？ / ？！"),
    ("neg_mj_base64_tech", st_base64_tech, "Base64 shown in an interface specification (decided: legitimate)"),
    ("neg_mj_escape_doc", st_escape_doc, "escape sequences explained in a developer manual"),
    ("neg_mj_bilingual_english", st_bilingual, "English summary with curly quotes and dashes"),
    ("neg_mj_emoji_zwj", st_emoji_zwj, "emoji sequences with ZWJ / VS16 / flags (legitimate U+200D)"),
]


# ---------------------------------------------------------------------------
# registry, generation, verification
# ---------------------------------------------------------------------------
def registry():
    reg = []
    for name, fn, note in PH_STYLES:
        reg.append((name, "ph", "placeholder", 16, fn, note))
    for name, fn, note in PHNEG_STYLES:
        reg.append((name, "ph", "negative", 16, fn, note))
    for name, fn, note in MJ_STYLES:
        reg.append((name, "mj", "mojibake", 15, fn, note))
    for name, fn, note in MJNEG_STYLES:
        reg.append((name, "mj", "negative", 15, fn, note))
    return reg


def generate(seed):
    recs = []
    for name, fam, label, n, fn, note in registry():
        rng = random.Random(f"t14|{seed}|{name}")
        seen = set()
        i = 0
        tries = 0
        while i < n:
            tries += 1
            USED.clear()
            ctx = Ctx(rng)
            parts = fn(rng, ctx)
            text, spans = assemble(parts, half=ctx.half)
            if label == "negative":
                spans = []
            if (label != "negative" and not spans) or text in seen:
                if tries > n * 20:
                    raise RuntimeError(f"style {name} cannot produce enough records")
                continue
            seen.add(text)
            i += 1
            k = len(spans)
            rnote = note + (f"; {k} span{'s' if k != 1 else ''}" if k else "")
            recs.append({"id": f"t14-{seed}-{name}-{i:02d}", "family": fam, "style": name, "label": label,
                         "text": text, "spans": spans, "note": rnote})
    random.Random(f"t14-order|{seed}").shuffle(recs)
    return recs


# lint patterns: things that must not appear outside spans in positive records of the family
PH_LINT = re.compile(r"[xXｘＸ×＊*○〇□△▲■●◇]{2,}|某某|[_＿﹍]{2,}|\{\{|【(?:单位|填写|此处)|单击|MERGEFIELD|«|待补充|TBD")
MJ_LINT = re.compile("[\ufffd\u200b-\u200f\u2060\ufeff\u202a-\u202e\u00ad\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|锟斤拷|&[a-z]+;|&#\\d+;|<[a-z/!]|\\\\u[0-9a-f]{4}|%[0-9A-F]{2}|[ÃÂåæçèéä][\u0080-\u00ff]")
PH_LINT_OK = {"ph_mask_with_lookalikes"}


def verify(paths):
    ok = True
    ids = set()
    counts = {}
    warn = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                r = json.loads(line)
                where = f"{path}:{ln}"
                for f in ("id", "family", "style", "label", "text", "spans", "note"):
                    if f not in r:
                        print(f"ERROR {where}: missing field {f}")
                        ok = False
                if r["id"] in ids:
                    print(f"ERROR {where}: duplicate id {r['id']}")
                    ok = False
                ids.add(r["id"])
                if r["family"] not in ("ph", "mj"):
                    print(f"ERROR {where}: bad family")
                    ok = False
                valid = {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}[r["family"]] if r["family"] in ("ph", "mj") else ()
                if r["label"] not in valid:
                    print(f"ERROR {where}: label {r['label']} invalid for family {r['family']}")
                    ok = False
                t, sp = r["text"], r["spans"]
                if r["label"] == "negative" and sp:
                    print(f"ERROR {where}: negative with spans")
                    ok = False
                if r["label"] != "negative" and not sp:
                    print(f"ERROR {where}: positive without spans")
                    ok = False
                prev = 0
                for a, b in sp:
                    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                        print(f"ERROR {where}: span {a},{b} outside text")
                        ok = False
                    elif a < prev:
                        print(f"ERROR {where}: spans overlap or unsorted")
                        ok = False
                    elif not t[a:b].strip(" \t\n\r\u3000"):
                        print(f"ERROR {where}: whitespace-only span")
                        ok = False
                    prev = b
                # lint: suspicious material outside spans of positive records
                if r["label"] != "negative":
                    out, last = [], 0
                    for a, b in sp:
                        out.append(t[last:a] + "\u241e")
                        last = b
                    out.append(t[last:])
                    rest = "".join(out)
                    pat = PH_LINT if r["family"] == "ph" else MJ_LINT
                    m = pat.search(rest)
                    if m and r["style"] not in PH_LINT_OK:
                        warn += 1
                        if warn <= 20:
                            print(f"WARN {where} {r['id']}: {m.group()!r} outside spans")
                key = (path, r["family"], r["label"])
                counts[key] = counts.get(key, 0) + 1
    for k in sorted(counts):
        print(f"{k[0]}\t{k[1]}\t{k[2]}\t{counts[k]}")
    print(f"{len(ids)} records, {'OK' if ok else 'ERRORS'}, {warn} lint warnings")
    return ok


def style_table(path):
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows.setdefault(r["style"], []).append(r)
    print("| style | family | label | n | example (spans in ⟦⟧, newline as ⏎) |")
    print("|---|---|---|---|---|")
    for name, fam, label, n, fn, note in registry():
        rs = sorted(rows.get(name, []), key=lambda r: r["id"])
        if not rs:
            continue
        r = min(rs, key=lambda r: len(r["text"]))
        t = r["text"]
        out, last = [], 0
        for a, b in r["spans"]:
            out.append(t[last:a] + "⟦" + t[a:b] + "⟧")
            last = b
        out.append(t[last:])
        ex = "".join(out)
        ex = "".join(ch if ch.isprintable() or ch == "\n" else f"<U+{ord(ch):04X}>" for ch in ex)
        ex = ex.replace("\n", "⏎").replace("|", "\\|")
        if len(ex) > 110:
            if r["spans"]:
                k = ex.index("⟦")
                st = max(0, k - 40)
                ex = ("…" if st else "") + ex[st:st + 110] + "…"
            else:
                ex = ex[:110] + "…"
        print(f"| `{name}` | {fam} | {label} | {len(rs)} | {ex} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    if a.style_table:
        style_table(a.style_table)
        return
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
