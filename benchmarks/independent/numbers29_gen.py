#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers29_gen.py - held-out records for an arithmetic auditor of Chinese report text.

Two families: ``totals`` (wholes and parts, differences, changes, counts of listed items)
and ``pct`` (rates, shares, growth, per-mille, malformed percentages).

    python3 numbers29_gen.py --seed N --out FILE       generate one collection (deterministic per seed)
    python3 numbers29_gen.py --verify FILE [FILE ...]  recompute every record's checks; exit 1 on any problem
    python3 numbers29_gen.py --style-table FILE [...]  Markdown table of styles (to stdout, or to --out)

Python 3.11 standard library only.  The generator and the verifier share no number code: the
generator formats values into surfaces, the verifier parses the surfaces back on its own
(full-width digits, thousands separators, Chinese numerals, 万/亿, %/‰) and recomputes every relation.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60
D = Decimal

FAMILIES = ("totals", "pct")
LABELS = ("consistent", "inconsistent", "negative")
TARGET_PER_FAMILY = {"consistent": 600, "inconsistent": 600, "negative": 300}

# ======================================================================================
# generator side: number rendering
# ======================================================================================

FW_TABLE = str.maketrans("0123456789.", "０１２３４５６７８９．")
CN_DIG = "零一二三四五六七八九"


def q(x, d: int) -> Decimal:
    """round half up to d decimals"""
    return D(x).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def qt(x, d: int) -> Decimal:
    """truncate to d decimals"""
    return D(x).quantize(D(1).scaleb(-d), rounding=ROUND_DOWN)


def dstr(x) -> str:
    return format(D(x), "f")


def _cn_section(n: int, liang: bool) -> str:
    out, zero = "", False
    for unit_val, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        dgt = n // unit_val % 10
        if dgt == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        ch = CN_DIG[dgt]
        if dgt == 2 and liang and unit in ("千", "百") and not out:
            ch = "两"
        out += ch + unit
    return out


def cn_int(n: int, liang: bool = False) -> str:
    if n == 0:
        return "零"
    if n < 10000:
        s = _cn_section(n, liang)
    else:
        hi, lo = divmod(n, 10000)
        s = _cn_section(hi, liang) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + _cn_section(lo, False)
    if s.startswith("一十"):
        s = s[1:]
    return s


def _group3(ip: str, sep: str) -> str:
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts)


def render(v, d: int, mode: str) -> str:
    """surface of a plain number with d decimals"""
    v = q(v, d)
    if v < 0:
        return "-" + render(-v, d, mode)
    s = format(v, "f")
    ip, _, fp = s.partition(".")
    if mode in ("cn", "cnl") and d == 0 and int(ip) < 10 ** 8:
        return cn_int(int(ip), liang=(mode == "cnl"))
    if mode in ("c", "fc", "s") and len(ip) >= 4:
        ip = _group3(ip, {"c": ",", "fc": "，", "s": " "}[mode])
    out = ip + ("." + fp if fp else "")
    if mode == "fw":
        out = out.translate(FW_TABLE)
    return out


class Num:
    """a number as written in the text: s is the exact surface, v its value"""
    __slots__ = ("v", "s", "u")

    def __init__(self, v, s: str, u=1):
        self.v = D(v)
        self.s = s
        self.u = D(u)   # rounding unit of the surface, in absolute terms

    def __str__(self):
        return self.s

    def __format__(self, spec):
        return self.s

    def j(self):
        return {"s": self.s, "v": dstr(self.v)}


# ======================================================================================
# generator side: vocabulary
# ======================================================================================

P1 = "云澜枫鹤青松桐柳梧榆杉兰芷溪泉汀岚屏潭峪川塘湾岭岗坪坝沙石金银玉龙凤安平宁康泰丰盛和新华明清长永"
P2 = "溪岭湾泉塘坪源桥川岗林洲山河滨浦阳湖港口亭埠塅垭场冲铺集庄"
SUF_TOWN = ["镇", "街道", "乡", "镇", "街道"]
SUF_CNTY = ["县", "区", "市", "县", "区"]
COMP_IND = ["智能装备", "新材料", "食品", "现代物流", "电子科技", "生物医药", "精密机械", "纺织", "环保科技", "农业发展", "能源", "建材"]
SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"

ORD_CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def place(r) -> str:
    a = r.choice(P1)
    b = r.choice(P2)
    while b == a:
        b = r.choice(P2)
    return a + b


def org_town(r) -> str:
    return place(r) + r.choice(SUF_TOWN)


def org_county(r) -> str:
    return place(r) + r.choice(SUF_CNTY)


def company(r) -> str:
    return place(r) + r.choice(COMP_IND) + r.choice(["有限公司", "股份有限公司", "集团有限公司"])


def person(r) -> str:
    return r.choice(SURN) + "某" + r.choice(["", "某"])


# headings, leads, fillers per domain.  Fillers carry exactly one number, never a relation word
# (共/其中/合计/累计/占/率/%) so that context sentences cannot form a checkable relation.
DOM = {
    "env": dict(
        heads=["坚持生态优先，打好污染防治攻坚战", "持续改善生态环境质量", "深化环境执法监管"],
        leads=["坚持精准治污、科学治污、依法治污，环境执法保持高压态势。", "围绕群众反映强烈的突出环境问题，持续开展专项执法行动。",
               "严格落实生态环境保护责任清单，压紧压实属地责任。"],
        fill=["开展联合执法检查{n}次。", "组织环保宣传进企业活动{n}场。", "出动执法人员{n}人次。", "新建空气质量监测微站{n}个。"]),
    "safety": dict(
        heads=["统筹发展和安全，守牢安全生产底线", "扎实开展安全隐患排查整治", "提升应急管理能力"],
        leads=["始终坚持人民至上、生命至上，层层压实安全生产责任。", "聚焦燃气、消防、自建房等重点领域开展拉网式排查。",
               "严格落实“三管三必须”要求，全面排查整治各类风险隐患。"],
        fill=["组织应急演练{n}场次。", "约谈企业负责人{n}人次。", "发放安全宣传资料{n}份。", "开展消防安全培训{n}期。"]),
    "court": dict(
        heads=["忠实履行审判职能，服务保障高质量发展", "坚持司法为民，提升审判质效", "深化诉源治理"],
        leads=["全院干警围绕“公正与效率”主题，持续推进审判执行工作。", "坚持把非诉讼纠纷解决机制挺在前面，推动矛盾纠纷实质性化解。",
               "深入推进执行攻坚，切实维护胜诉当事人合法权益。"],
        fill=["开展巡回审判{n}次。", "召开审判委员会会议{n}次。", "组织庭审直播{n}场。", "发出司法建议{n}份。"]),
    "procur": dict(
        heads=["依法履行法律监督职责", "扎实推进检察工作现代化", "全面做优刑事检察"],
        leads=["坚持宽严相济刑事政策，依法惩治各类刑事犯罪。", "深化落实认罪认罚从宽制度，提升办案质效。", "强化诉讼监督，维护司法公正。"],
        fill=["开展法治进校园活动{n}场。", "提出检察建议{n}件。", "组织检察开放日活动{n}次。", "举办业务培训{n}期。"]),
    "hotline": dict(
        heads=["畅通民意诉求渠道，提升接诉即办水平", "用心用情办好群众“家门口”的事", "做实12345热线服务"],
        leads=["坚持“民有所呼、我有所应”，推动群众诉求快速响应、高效办理。", "建立工单分级分类办理机制，实行首接负责、限时办结。",
               "每周对热线工单办理情况进行通报，对重点难点诉求挂牌督办。"],
        fill=["召开热线工作推进会{n}次。", "开展工单质量抽查{n}轮。", "对承办单位开展业务培训{n}场。", "编发热线专报{n}期。"]),
    "govsvc": dict(
        heads=["深化“放管服”改革，优化政务服务", "推进政务服务标准化规范化便利化", "打造一流营商环境"],
        leads=["持续推进“一网通办”“一窗通办”，让数据多跑路、群众少跑腿。", "全面推行告知承诺制和容缺受理，压缩办理时限。",
               "推动高频事项“跨省通办”“全市通办”，不断提升办事体验。"],
        fill=["新增自助服务终端{n}台。", "梳理公布高频事项清单{n}批。", "开展“局长走流程”活动{n}次。", "设立帮办代办窗口{n}个。"]),
    "party": dict(
        heads=["全面加强党的建设", "夯实基层党组织战斗堡垒", "加强党员队伍教育管理"],
        leads=["坚持以党建引领基层治理，持续推进基层党组织标准化规范化建设。", "严格落实“三会一课”、主题党日等组织生活制度。",
               "坚持把政治标准放在首位，严把党员发展质量关。"],
        fill=["开展集中轮训{n}期。", "讲授专题党课{n}次。", "开展主题党日活动{n}场。", "选派驻村第一书记{n}名。"]),
    "disc": dict(
        heads=["一体推进不敢腐、不能腐、不想腐", "持之以恒正风肃纪反腐", "强化监督执纪问责"],
        leads=["坚持有腐必反、有贪必肃，保持惩治腐败高压态势。", "精准运用监督执纪“四种形态”，做到宽严相济、惩前毖后。",
               "聚焦群众身边不正之风和腐败问题开展专项整治。"],
        fill=["开展监督检查{n}次。", "组织警示教育大会{n}场。", "制发纪检监察建议书{n}份。", "通报典型案例{n}起。"]),
    "pop": dict(
        heads=["人口与城镇化", "人口总量及结构", "人口变动情况"],
        leads=["根据人口变动情况抽样调查推算，全年人口发展总体平稳。", "本公报所列数据为初步统计数。", "人口年龄结构继续呈现老龄化特征。"],
        fill=["年内办理户口迁入手续{n}件。", "新建社区人口信息采集点{n}个。", "开展人口专项调查{n}次。", "培训统计调查员{n}人。"]),
    "market": dict(
        heads=["激发市场主体活力", "持续优化营商环境", "市场主体发展情况"],
        leads=["深入推进商事制度改革，市场主体数量稳步增长。", "全面推行企业开办“一日办结”，持续降低制度性交易成本。",
               "落实减税降费和助企纾困政策，市场活力不断增强。"],
        fill=["开展政银企对接活动{n}场。", "走访服务企业{n}家次。", "发放惠企政策汇编{n}册。", "举办创业培训{n}期。"]),
    "hosp": dict(
        heads=["医疗服务能力持续提升", "深化公立医院改革", "主要业务指标完成情况"],
        leads=["全院职工坚守岗位，医疗业务量保持平稳增长。", "持续推进胸痛、卒中、创伤等中心建设，急危重症救治能力不断提高。",
               "以等级医院复审为抓手，持续改进医疗质量与安全。"],
        fill=["新开展医疗新技术{n}项。", "派出医疗队下乡义诊{n}次。", "举办学术讲座{n}场。", "引进高层次人才{n}名。"]),
    "school": dict(
        heads=["办好人民满意的教育", "推动教育优质均衡发展", "基本情况"],
        leads=["坚持立德树人根本任务，全面落实“双减”政策。", "加快推进义务教育优质均衡发展，学位供给持续增加。", "学校现有教学班级结构基本稳定。"],
        fill=["开展教研活动{n}次。", "新建改扩建校舍{n}栋。", "组织教师参加国培省培{n}人次。", "开设课后服务特色课程{n}门。"]),
    "company": dict(
        heads=["经营业绩", "主要经营情况", "年度经营成果"],
        leads=["报告期内，公司坚持稳中求进，主营业务保持稳健发展。", "面对复杂多变的市场环境，公司持续优化产品结构，加大市场开拓力度。",
               "公司管理层围绕年度经营目标，扎实推进降本增效。"],
        fill=["新获授权专利{n}项。", "新开拓海外客户{n}家。", "完成技改项目{n}个。", "开展安全生产检查{n}次。"]),
    "village": dict(
        heads=["发展壮大村级集体经济", "村务财务公开", "乡村振兴工作情况"],
        leads=["村“两委”班子坚持按照“四议两公开”程序决策重大事项。", "本年度村集体经济持续发展，村民收入稳步增加。", "现将本年度村级财务收支情况公开如下。"],
        fill=["召开村民代表大会{n}次。", "硬化村组道路{n}公里。", "新修灌溉渠道{n}条。", "组织村民技能培训{n}期。"]),
    "budget": dict(
        heads=["预算执行情况", "财政收支情况", "关于预算调整方案的说明"],
        leads=["在各部门共同努力下，全年预算执行情况总体良好。", "坚持过紧日子，严控一般性支出，保障重点领域支出。", "现将有关预算执行情况报告如下。"],
        fill=["压减非急需非刚性支出项目{n}个。", "开展预算绩效评价{n}项。", "清理盘活存量资金项目{n}个。", "组织财政业务培训{n}场。"]),
    "audit": dict(
        heads=["审计发现的主要问题", "审计工作总体情况", "审计整改情况"],
        leads=["按照审计工作计划，依法对有关部门和单位进行了审计。", "审计坚持问题导向，聚焦重大政策措施落实和资金使用绩效。",
               "对审计发现的问题，已依法出具审计报告并督促整改。"],
        fill=["移送问题线索{n}件。", "提出审计建议{n}条。", "推动建立健全制度{n}项。", "完成审计项目{n}个。"]),
    "agri": dict(
        heads=["农业生产保持稳定", "粮食生产情况", "推进乡村产业振兴"],
        leads=["全年农业生产总体平稳，粮食生产再获丰收。", "落实最严格的耕地保护制度，坚决遏制耕地“非农化”。", "大力发展特色种养业，带动农户持续增收。"],
        fill=["新建高标准农田示范区{n}个。", "推广农业新品种{n}个。", "培训高素质农民{n}人。", "创建农业产业化龙头企业{n}家。"]),
    "civil": dict(
        heads=["兜牢民生保障底线", "扎实做好社会救助", "强化困难群众基本生活保障"],
        leads=["坚持应保尽保、应救尽救，困难群众基本生活得到有效保障。", "健全分层分类社会救助体系，及时将符合条件对象纳入保障。", "认真落实各项惠民政策，做好困难群众帮扶工作。"],
        fill=["开展入户核查{n}户次。", "走访慰问困难群众{n}户。", "开展社会救助政策宣讲{n}场。", "新建村级儿童之家{n}个。"]),
    "culture": dict(
        heads=["繁荣发展文化事业", "丰富群众精神文化生活", "推进文旅融合发展"],
        leads=["坚持以人民为中心的创作导向，公共文化服务水平不断提高。", "广泛开展群众性文化活动，文化惠民成效明显。", "持续擦亮文旅品牌，文旅市场加快恢复。"],
        fill=["送戏下乡{n}场。", "举办非遗展演{n}场。", "新建城市书房{n}个。", "组织文艺志愿服务{n}次。"]),
    "employ": dict(
        heads=["稳就业保民生", "做好重点群体就业", "社会保障扩面提质"],
        leads=["落实就业优先政策，多措并举稳定和扩大就业。", "聚焦高校毕业生、农民工等重点群体，强化就业帮扶。", "持续推进全民参保计划，社会保障覆盖面稳步扩大。"],
        fill=["举办线上线下招聘会{n}场。", "开发公益性岗位{n}个。", "开展职业技能培训{n}期。", "发放创业担保贷款{n}笔。"]),
    "urban": dict(
        heads=["提升城市精细化管理水平", "推进城市更新", "改善人居环境"],
        leads=["围绕“干净、整洁、有序”目标，持续开展市容环境综合整治。", "坚持“巧干、精细、绣花”理念，推进城市管理向城市治理转变。", "扎实推进老旧小区改造，居民生活品质明显改善。"],
        fill=["新增停车泊位{n}个。", "改造背街小巷{n}条。", "新建口袋公园{n}个。", "清理卫生死角{n}处。"]),
    "health": dict(
        heads=["做好公共卫生服务", "提升基本公共卫生服务水平", "疾病预防控制"],
        leads=["扎实开展基本公共卫生服务项目，群众健康水平持续提升。", "家庭医生签约服务不断扩面提质。", "坚持预防为主，持续做好重点传染病防控。"],
        fill=["开展健康教育讲座{n}场。", "组织义诊活动{n}次。", "培训乡村医生{n}人次。", "新建健康小屋{n}个。"]),
    "stats": dict(
        heads=["综合", "国民经济和社会发展统计公报", "主要经济指标"],
        leads=["全年经济运行总体平稳、稳中有进。", "本公报中个别数据为初步核算数。",
               "以下数据来源于统计部门年报和快报。"],
        fill=["新增入统单位{n}家。", "开展统计执法检查{n}次。", "完成统计调查任务{n}项。", "培训基层统计人员{n}人次。"]),
}
GENERIC_FILL = ["召开专题推进会{n}次。", "开展调研走访{n}次。", "印发工作方案{n}份。", "组织督查检查{n}轮。", "形成调研报告{n}篇。"]
HEAD_NUMS = ["（{c}）", "{c}、", "（{c}）", "{a}.", "第{c}部分　"]


# ======================================================================================
# generator side: record builder
# ======================================================================================

class Retry(Exception):
    """raised by a style when the random draw does not suit it"""


def unit_round(x, unit) -> Decimal:
    x, unit = D(x), D(unit)
    return (x / unit).quantize(D(1), rounding=ROUND_HALF_UP) * unit


class G:
    """state of one record being generated"""

    def __init__(self, r: random.Random, label: str, family: str, style: str, domain: str):
        self.r = r
        self.label = label
        self.bad = label == "inconsistent"
        self.neg = label == "negative"
        self.family = family
        self.style = style
        self.domain = domain
        self.checks: list[dict] = []
        self.summ: list[str] = []
        self.what = ""
        self.year = r.randint(2019, 2024)
        self.mode = r.choices(["a", "fw", "c", "s", "fc"], [82, 6, 8, 2, 2])[0]
        self._pick = None

    # ---------------- numbers ----------------
    def _m(self, mode):
        if mode:
            return mode
        if self.r.random() < 0.04:
            return "a"
        return self.mode

    def i(self, n: int, mode=None) -> Num:
        n = int(n)
        if n < 0:
            raise Retry("negative")
        m = self._m(mode)
        if m in ("cn", "cnl") and n >= 10 ** 6:
            m = "a"
        return Num(n, render(n, 0, m), 1)

    def dec(self, v, d: int, mode=None) -> Num:
        m = self._m(mode)
        if m in ("cn", "cnl"):
            m = "a"
        v = q(v, d)
        return Num(v, render(v, d, m), D(1).scaleb(-d))

    def w(self, v, d: int, mag: str = "万", mode=None) -> Num:
        """v is the quantity in units of mag (万 or 亿)"""
        m = self._m(mode)
        if m in ("cn", "cnl"):
            m = "a"
        v = q(v, d)
        f = D(10000) if mag == "万" else D(100000000)
        return Num(v * f, render(v, d, m) + mag, D(1).scaleb(-d) * f)

    def pct(self, v, d: int, mode=None, sign=None) -> Num:
        m = self._m(mode)
        if m in ("cn", "cnl", "c", "fc", "s"):
            m = "a"
        v = q(v, d)
        if sign is None:
            sign = "％" if (m == "fw" or self.r.random() < 0.04) else "%"
        return Num(v, render(v, d, m) + sign, D(1).scaleb(-d))

    def pm(self, v, d: int) -> Num:
        v = q(v, d)
        return Num(v, render(v, d, "a") + "‰", D(1).scaleb(-d))

    def plain(self, v, d: int) -> Num:
        """a ratio written without sign (sex ratio, structure ratios)"""
        v = q(v, d)
        return Num(v, render(v, d, "a"), D(1).scaleb(-d))

    def unit(self, x: Num) -> Decimal:
        return x.u

    # ---------------- choosing the corrupted relation ----------------
    def pick(self, n: int) -> int:
        """index of the relation to corrupt (-1 when the record must be correct)"""
        if not self.bad:
            self._pick = -1
        else:
            self._pick = self.r.randrange(n)
        return self._pick

    # ---------------- corruption helpers ----------------
    def bump(self, n: int, lo: int = 1) -> int:
        r = self.r
        n = int(n)
        for _ in range(200):
            k = r.random()
            s = str(n)
            if k < 0.5:
                span = max(1, int(n * 0.12))
                m = n + r.choice([-1, 1]) * r.randint(1, span)
            elif k < 0.7 and n >= 10:
                lst = list(s)
                i = r.randrange(len(lst) - 1)
                lst[i], lst[i + 1] = lst[i + 1], lst[i]
                m = int("".join(lst))
            elif k < 0.88:
                lst = list(s)
                i = r.randrange(len(lst))
                lst[i] = r.choice([c for c in "0123456789" if c != lst[i]])
                m = int("".join(lst))
            else:
                m = n + r.choice([-1, 1]) * 10 ** r.randint(0, max(0, len(s) - 1))
            if m >= lo and m != n and m <= n * 3 + 10 and len(str(m)) >= len(s) - 1:
                return m
        return n + 1

    def bump_dec(self, v, d: int, nparts: int = 3) -> Decimal:
        """change a decimal quantity by clearly more than rounding slack"""
        r = self.r
        v = D(v)
        u = D(1).scaleb(-d)
        for _ in range(200):
            k = r.random()
            if k < 0.6:
                steps = r.randint(nparts + 2, max(nparts + 3, int(v / u * D("0.12"))))
                m = v + r.choice([-1, 1]) * steps * u
            else:
                s = format(q(v, d), "f")
                lst = list(s)
                idx = [i for i, c in enumerate(lst) if c.isdigit()]
                i = r.choice(idx)
                lst[i] = r.choice([c for c in "0123456789" if c != lst[i]])
                m = D("".join(lst))
            if m > 0 and abs(m - v) > (nparts + 1) * u and m <= v * 3:
                return q(m, d)
        return q(v + (nparts + 3) * u, d)

    def rate(self, num, den, d: int, active: bool, scale=100, cap=D(100), floor=D(0)) -> Decimal:
        """stated rate: the correctly rounded value, or a clearly wrong one when active"""
        true = D(num) / D(den) * D(scale)
        tq = q(true, d)
        if not active:
            return tq
        return self.wrong(true, d, cap=cap, floor=floor)

    def wrong(self, true, d: int, cap=None, floor=D(0)) -> Decimal:
        r = self.r
        true = D(true)
        tq, tt = q(true, d), qt(true, d)
        u = D(1).scaleb(-d)
        need = max(D("0.6"), 2 * u)
        for _ in range(400):
            k = r.random()
            if k < 0.55:
                delta = D(str(round(r.uniform(0.6, 5.5), 3)))
                s = q(tq + r.choice([-1, 1]) * delta, d)
            elif k < 0.8:
                txt = list(format(tq, "f"))
                idx = [i for i, c in enumerate(txt) if c.isdigit()]
                if len(idx) < 2:
                    continue
                a = r.randrange(len(idx) - 1)
                i, j = idx[a], idx[a + 1]
                if txt[i] == txt[j]:
                    continue
                txt[i], txt[j] = txt[j], txt[i]
                if txt[0] == "0" and len(txt) > 1 and txt[1].isdigit():
                    continue
                s = D("".join(txt))
            else:
                delta = D(str(round(r.uniform(5.5, 14), 3)))
                s = q(tq + r.choice([-1, 1]) * delta, d)
            if cap is not None and s > D(cap):
                continue
            if s <= floor or s == tq or s == tt:
                continue
            if abs(s - true) < need:
                continue
            return s
        raise Retry("no wrong rate")

    @staticmethod
    def _fv(val, ref: Num) -> str:
        """show a computed value in the magnitude of a reference surface (for notes)"""
        for mag, f in (("亿", D(10) ** 8), ("万", D(10) ** 4)):
            if mag in ref.s:
                return dstr((D(val) / f).normalize()) + mag
        return dstr(val)

    # ---------------- checks (holds computed here, re-derived independently by the verifier) ----------------
    def _add(self, chk: dict, summary: str):
        self.checks.append(chk)
        self.summ.append(summary + (" ✓" if chk.get("holds", True) else " ✗"))

    def c_sum(self, total: Num, parts: list, what: str = ""):
        sm = sum(p.v for p in parts)
        holds = sm == total.v
        self._add({"rel": "sum", "total": total.j(), "parts": [p.j() for p in parts], "holds": holds},
                  f"{what}{'+'.join(p.s for p in parts)}={self._fv(sm, total)} vs {total.s}")

    def c_lin(self, terms: list, result: Num, what: str = ""):
        val = sum(D(c) * n.v for c, n in terms)
        holds = val == result.v
        expr = "".join(("+" if c > 0 else "-") + n.s for c, n in terms).lstrip("+")
        self._add({"rel": "lincomb", "terms": [{"coef": int(c), "n": n.j()} for c, n in terms], "result": result.j(),
                   "holds": holds}, f"{what}{expr}={self._fv(val, result)} vs {result.s}")

    def c_change(self, frm: Num, to: Num, delta: Num, direction: str, what: str = ""):
        real = to.v - frm.v if direction == "up" else frm.v - to.v
        holds = real == delta.v
        self._add({"rel": "change", "from": frm.j(), "to": to.j(), "delta": delta.j(), "dir": direction, "holds": holds},
                  f"{what}{frm.s}→{to.s} {'+' if direction == 'up' else '-'}{delta.s} (real {self._fv(to.v - frm.v, delta)})")

    def c_rate(self, num: Num, den: Num, rate: Num, scale=100, what: str = ""):
        true = num.v / den.v * D(scale)
        holds = unit_round(true, self.unit(rate)) == rate.v
        self._add({"rel": "rate", "num": num.j(), "den": den.j(), "rate": rate.j(), "scale": scale, "holds": holds},
                  f"{what}{num.s}/{den.s}×{scale}={q(true, 4)} vs {rate.s}")

    def c_growth(self, base: Num, new: Num, rate: Num, direction: str, what: str = ""):
        true = (new.v - base.v) / base.v * 100
        if direction == "down":
            true = -true
        holds = unit_round(true, self.unit(rate)) == rate.v
        self._add({"rel": "growth", "base": base.j(), "new": new.j(), "rate": rate.j(), "dir": direction, "holds": holds},
                  f"{what}({new.s}-{base.s})/{base.s}={'' if direction == 'up' else '-'}{q(true, 4)}% vs {rate.s}")

    def c_pp(self, frm: Num, to: Num, pp: Num, direction: str, what: str = ""):
        real = to.v - frm.v if direction == "up" else frm.v - to.v
        holds = real == pp.v
        self._add({"rel": "pp", "from": frm.j(), "to": to.j(), "pp": pp.j(), "dir": direction, "holds": holds},
                  f"{what}{frm.s}→{to.s} {'+' if direction == 'up' else '-'}{pp.s}pp (real {dstr(to.v - frm.v)})")

    def c_count(self, stated: Num, items: list, what: str = ""):
        holds = int(stated.v) == len(items)
        self._add({"rel": "count", "stated": stated.j(), "items": list(items), "holds": holds},
                  f"{what}stated {stated.s}, listed {len(items)}")

    def c_share_sum(self, shares: list, complete: bool, what: str = ""):
        sm = sum(s.v for s in shares)
        tol = sum(self.unit(s) for s in shares) / 2
        if complete:
            holds = abs(sm - 100) <= tol
        else:
            holds = sm <= 100 + tol
        self._add({"rel": "share_sum", "shares": [s.j() for s in shares], "complete": complete, "holds": holds},
                  f"{what}{'+'.join(s.s for s in shares)}={dstr(sm)} {'=100' if complete else '<=100'} (tol {dstr(tol)})")

    def c_avg(self, total: Num, count: Num, avg: Num, what: str = ""):
        true = total.v / count.v
        holds = unit_round(true, self.unit(avg)) == avg.v
        self._add({"rel": "avg", "total": total.j(), "count": count.j(), "avg": avg.j(), "holds": holds},
                  f"{what}{total.s}/{count.s}={q(true, 3)} vs {avg.s}")

    def c_product(self, factors: list, result: Num, what: str = ""):
        val = D(1)
        for f in factors:
            val *= f.v
        holds = val == result.v
        self._add({"rel": "product", "factors": [f.j() for f in factors], "result": result.j(), "holds": holds},
                  f"{what}{'×'.join(f.s for f in factors)}={self._fv(val, result)} vs {result.s}")

    def c_fmt(self, surface: str, ok: bool, what: str = ""):
        self._add({"rel": "pct_format", "s": surface, "holds": ok}, f"{what}format of “{surface}”")

    def trap(self, kind: str, what: str = "", **data):
        chk = {"rel": "trap", "kind": kind}
        for k, v in data.items():
            if isinstance(v, Num):
                chk[k] = v.j()
            elif isinstance(v, list) and v and isinstance(v[0], Num):
                chk[k] = [x.j() for x in v]
            else:
                chk[k] = v
        self.checks.append(chk)
        self.summ.append(f"trap {kind}: {what}")

    # ---------------- small helpers ----------------
    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def ch(self, seq):
        return self.r.choice(seq)


def split_int(r: random.Random, total: int, k: int, lo: int = 1, weights=None) -> list:
    """k integers >= lo summing to total"""
    if total < k * lo:
        raise Retry("split")
    if weights is None:
        weights = [r.uniform(0.3, 1.0) for _ in range(k)]
    free = total - k * lo
    sw = sum(weights)
    raw = [free * w / sw for w in weights]
    out = [int(x) for x in raw]
    rest = free - sum(out)
    order = sorted(range(k), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[:rest]:
        out[i] += 1
    return [x + lo for x in out]


def split_dec(r, total, k, d, weights=None) -> list:
    u = D(1).scaleb(-d)
    n = int(D(total) / u)
    parts = split_int(r, n, k, 1, weights)
    return [D(p) * u for p in parts]


def corrupt_sum(g: G, total, parts: list, active: bool, d: int | None = None):
    """return (total, parts) with exactly one of them changed when active"""
    if not active:
        return total, parts
    parts = list(parts)
    if g.r.random() < 0.45:
        total = g.bump(total) if d is None else g.bump_dec(total, d, len(parts))
    else:
        i = g.r.randrange(len(parts))
        parts[i] = g.bump(parts[i]) if d is None else g.bump_dec(parts[i], d, len(parts))
    return total, parts


# ======================================================================================
# generator side: styles registry and assembly
# ======================================================================================

class Style:
    def __init__(self, name, family, domain, labels, fn, block):
        self.name, self.family, self.domain, self.labels, self.fn, self.block = name, family, domain, labels, fn, block


STYLES: list[Style] = []
POS = ("consistent", "inconsistent")
NEG = ("negative",)


def style(name, family, domain, labels=POS, block=False):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name

    def deco(fn):
        assert all(s.name != name for s in STYLES), name
        STYLES.append(Style(name, family, domain, labels, fn, block))
        return fn
    return deco


def heading(g: G) -> str:
    r = g.r
    dom = DOM[g.domain]
    k = r.randrange(1, 9)
    fmt = r.choice(HEAD_NUMS)
    return fmt.format(c=ORD_CN[k - 1], a=k) + r.choice(dom["heads"])


def _fresh(g: G, pool: list) -> str:
    used = g.__dict__.setdefault("_used", set())
    cand = [x for x in pool if x not in used]
    pick = g.r.choice(cand or pool)
    used.add(pick)
    return pick


def filler(g: G) -> str:
    r = g.r
    pool = DOM[g.domain]["fill"] + (GENERIC_FILL if r.random() < 0.3 else [])
    n = r.randint(2, 30) if r.random() < 0.85 else r.randint(31, 80)
    return _fresh(g, pool).format(n=render(n, 0, "fw" if g.mode == "fw" else "a"))


def lead(g: G) -> str:
    return _fresh(g, DOM[g.domain]["leads"])


def assemble(g: G, core, block: bool) -> str:
    r = g.r
    lines: list[str] = []
    if block:
        core = list(core)
        room = 8 - len(core)
        if room >= 2 and r.random() < 0.4:
            lines.append(heading(g))
            room -= 1
        if room >= 1 and r.random() < 0.8:
            lines.append(lead(g))
            room -= 1
        lines.extend(core)
        if room >= 1 and r.random() < 0.5:
            lines.append(r.choice([filler(g), lead(g)]))
    else:
        if r.random() < 0.45:
            lines.append(heading(g))
        if r.random() < 0.25:
            lines.append(lead(g) + filler(g))
        para = ""
        if r.random() < 0.7:
            para += lead(g)
        if r.random() < 0.3:
            para += filler(g)
        para += core
        if r.random() < 0.45:
            para += filler(g)
        lines.append(para)
        if r.random() < 0.35:
            lines.append(lead(g) + (filler(g) if r.random() < 0.5 else ""))
        if r.random() < 0.15:
            lines.append(heading(g))
            lines.append(filler(g) + lead(g))
    return "\n".join(lines[:8])


# ======================================================================================
# family "totals"
# ======================================================================================

def sum_nums(g: G, total, parts, active: bool, d=None, mk=None, what=""):
    total, parts = corrupt_sum(g, total, parts, active, d)
    if mk is None:
        mk = g.i if d is None else (lambda v: g.dec(v, d))
    t = mk(total)
    ps = [mk(p) for p in parts]
    g.c_sum(t, ps, what)
    return t, ps


def zjoin(names, nums, unit, sep="、", mid=""):
    return sep.join(f"{a}{mid}{b}{unit}" for a, b in zip(names, nums))


ENV_CASES = ["水污染", "大气污染", "噪声污染", "固体废物", "土壤污染", "危险废物", "辐射安全", "建设项目环评"]
SAFE_CATS = ["消防安全", "燃气安全", "用电安全", "特种设备", "危险化学品", "建筑施工", "道路交通", "有限空间作业", "粉尘涉爆"]
COURT_CATS = ["民事", "刑事", "行政", "执行", "商事"]
COURT_W = {"民事": 0.45, "刑事": 0.1, "行政": 0.04, "执行": 0.3, "商事": 0.15}
HOT_TYPES = ["咨询类", "求助类", "投诉类", "建议类", "举报类", "表扬类"]
HOT_DEPTS = ["城市管理局", "住房和城乡建设局", "人力资源和社会保障局", "市场监督管理局", "交通运输局", "自然资源和规划局",
             "教育局", "卫生健康局", "水务局", "公安局"]
ACTIONS = ["强化组织领导，成立工作专班统筹推进", "完善工作机制，细化任务清单和责任清单", "加强督查考核，定期通报工作进展",
           "抓好宣传引导，营造浓厚工作氛围", "压实属地责任，推动工作重心下移", "深化源头治理，推动问题早发现早处置",
           "加强队伍建设，提升干部履职能力", "强化科技支撑，推进数字化平台应用", "健全长效机制，巩固提升工作成效",
           "突出问题导向，聚焦群众急难愁盼精准发力", "坚持示范带动，以点带面推动整体提升", "注重部门协同，形成齐抓共管合力"]
PROBLEMS = ["部分单位主体责任落实不到位", "工作台账资料不够规范", "个别项目推进进度滞后", "基层工作力量相对薄弱",
            "资金使用绩效有待提高", "宣传发动不够深入", "制度执行存在打折扣现象", "信息化手段运用不充分",
            "日常监管存在薄弱环节", "问题整改成效不够明显"]
MEASURES = ["建立周调度月通报制度", "实行清单化闭环管理", "开展“回头看”专项检查", "推行领导干部包联责任制",
            "完善考核奖惩办法", "组建专业技术服务团队", "设立群众意见征集箱", "开展交叉互查互评", "建立问题整改销号台账"]
ISSUES = ["违规收送礼品礼金", "违规吃喝", "公车私用", "违规发放津贴补贴", "形式主义官僚主义", "侵害群众利益", "违规操办婚丧喜庆"]


@style("qizhong_dunhao", "totals", "env")
def _(g):
    r = g.r
    k = r.randint(3, 5)
    cats = g.sample(ENV_CASES, k)
    T = r.randint(25, 420)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "whole then parts under 其中, joined with 、"
    return f"{g.year}年，{org_county(r)}生态环境部门共查处环境违法案件{t}起，其中{zjoin([c + '类' for c in cats], ps, '起')}。"


@style("parts_then_heji", "totals", "safety")
def _(g):
    r = g.r
    k = r.randint(3, 5)
    cats = g.sample(SAFE_CATS, k)
    T = r.randint(60, 2600)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "parts first, whole after 合计"
    body = "，".join(f"{c}隐患{p}处" for c, p in zip(cats, ps))
    return f"检查发现{body}，合计{t}处，{r.choice(['已全部建立整改台账', '均已督促责任单位限期整改', '已逐一交办并跟踪督办'])}。"


@style("fenbie_wei", "totals", "court")
def _(g):
    r = g.r
    k = r.randint(3, 4)
    cats = g.sample(COURT_CATS, k)
    T = r.randint(800, 24000)
    t, ps = sum_nums(g, T, split_int(r, T, k, 1, [COURT_W[c] * r.uniform(0.7, 1.3) for c in cats]), g.pick(1) == 0)
    g.what = "names listed, numbers after 分别为, total at end"
    sep = r.choice(["、", "、", "，"])
    return (f"{g.year}年，{place(r)}区人民法院新收{'、'.join(cats)}案件分别为{sep.join(str(p) + '件' for p in ps)}，"
            f"{r.choice(['共计', '总计', '合计'])}{t}件。")


@style("colon_whole_end", "totals", "hotline")
def _(g):
    r = g.r
    k = r.randint(3, 5)
    cats = g.sample(HOT_TYPES, k)
    T = r.randint(300, 48000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "list of parts, whole named after a colon at the end"
    body = r.choice(["，", "；", "、"]).join(f"{c}{p}件" for c, p in zip(cats, ps))
    end = r.choice(["受理总量：", "以上诉求合计：", "总计：", "全年工单总数："])
    return f"按诉求类型分：{body}，{end}{t}件。"


@style("table_pipe", "totals", "govsvc", block=True)
def _(g):
    r = g.r
    k = r.randint(3, 5)
    names = []
    while len(names) < k:
        n = org_town(r)
        if n not in names:
            names.append(n)
    T = r.randint(900, 60000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    bar = r.choice(["|", "｜", " | "])
    g.what = "flattened table with a 合计 row"
    lines = [f"镇（街道）{bar}办件量（件）"] + [f"{a}{bar}{b}" for a, b in zip(names, ps)] + [f"{r.choice(['合计', '总计'])}{bar}{t}"]
    if r.random() < 0.5:
        lines.insert(0, f"表{r.randint(1, 6)}　{g.year}年各镇（街道）政务服务办件量")
    return lines


CROPS = ["稻谷", "小麦", "玉米", "大豆", "薯类", "油料", "蔬菜"]


@style("table_spaces", "totals", "agri", block=True)
def _(g):
    r = g.r
    k = r.randint(3, 5)
    cats = g.sample(CROPS, k)
    d = r.choice([1, 1, 2])
    T = D(r.randint(2000, 90000)) + D(r.randint(0, 99)) / 100
    T = q(T, d)
    t, ps = sum_nums(g, T, split_dec(r, T, k, d), g.pick(1) == 0, d=d)
    sp = r.choice(["    ", "\t", "　　", "  "])
    g.what = "space-aligned table with decimals and a 合计 row"
    return [f"作物{sp}播种面积（公顷）"] + [f"{a}{sp}{b}" for a, b in zip(cats, ps)] + [f"合计{sp}{t}"]


@style("table_cn_numerals", "totals", "party", block=True)
def _(g):
    r = g.r
    k = r.randint(3, 5)
    T = r.randint(40, 260)
    mode = r.choice(["cn", "cnl"])
    t, ps = sum_nums(g, T, split_int(r, T, k, 5), g.pick(1) == 0, mk=lambda v: g.i(v, mode))
    names = [f"第{ORD_CN[i]}党支部" for i in range(k)]
    if r.random() < 0.4:
        names = g.sample(["机关党支部", "离退休党支部", "社区党支部", "两新组织党支部", "网格党支部", "物业党支部"], k)
    sp = r.choice(["　", "　　", "\t"])
    g.what = "table with Chinese numerals in the cells"
    return [f"支部名称{sp}党员人数（名）"] + [f"{a}{sp}{b}" for a, b in zip(names, ps)] + [f"{r.choice(['合计', '总计'])}{sp}{t}"]


def items_count(g, n_items_range=(3, 5)):
    r = g.r
    n = r.randint(*n_items_range)
    stated = n
    if g.pick(1) == 0:
        stated = n + r.choice([-1, 1]) if n > 2 else n + 1
    return n, stated


@style("yishi_count", "totals", "urban")
def _(g):
    r = g.r
    n, stated = items_count(g)
    acts = g.sample(ACTIONS, n)
    markers = [f"{ORD_CN[i]}是" for i in range(n)]
    s = g.i(stated, "cn")
    g.c_count(s, markers, "items under a stated count: ")
    g.what = "count of 一是/二是 items"
    body = "；".join(f"{m}{a}" for m, a in zip(markers, acts))
    return f"{r.choice(['重点抓了', '着力抓好', '主要做了'])}{s}{r.choice(['个方面', '方面'])}工作：{body}。"


@style("paren_items_count", "totals", "audit")
def _(g):
    r = g.r
    n, stated = items_count(g, (3, 6))
    probs = g.sample(PROBLEMS, n)
    markers = [f"（{i + 1}）" for i in range(n)]
    s = g.i(stated, r.choice(["a", "cn"]))
    g.c_count(s, markers)
    g.what = "count of (1)(2)… items"
    body = "；".join(f"{m}{p}" for m, p in zip(markers, probs))
    return f"检查中梳理出{r.choice(['共性', '突出', '主要'])}问题{s}{r.choice(['条', '个', '项'])}：{body}。"


@style("circled_items_count", "totals", "safety")
def _(g):
    r = g.r
    n, stated = items_count(g, (3, 6))
    ms = g.sample(MEASURES, n)
    markers = [CIRCLED[i] for i in range(n)]
    s = g.i(stated, r.choice(["a", "cn", "cn"]))
    g.c_count(s, markers)
    g.what = "count of ①②③ items"
    body = "；".join(f"{m}{p}" for m, p in zip(markers, ms))
    return f"为巩固整治成果，制定{s}项具体举措：{body}。"


@style("income_expense_balance", "totals", "village")
def _(g):
    r = g.r
    d = r.choice([2, 2, 1])
    a = q(D(r.randint(3000, 900000)) / 100, d)
    b = q(a * D(r.uniform(0.45, 0.95)), d)
    c = a - b
    which = g.pick(3)
    if which == 0:
        a = g.bump_dec(a, d)
    elif which == 1:
        b = g.bump_dec(b, d)
    elif which == 2:
        c = g.bump_dec(c, d)
    A, B, C = g.w(a, d), g.w(b, d), g.w(c, d)
    g.c_lin([(1, A), (-1, B)], C)
    g.what = "income - expenditure = balance"
    v = place(r) + "村"
    return f"{g.year}年，{v}集体经济总收入{A}元，总支出{B}元，{r.choice(['收支结余', '当年结余', '结余'])}{C}元。"


@style("budget_adjust", "totals", "budget")
def _(g):
    r = g.r
    a = r.randint(800, 90000)
    b = r.randint(50, max(60, a // 3))
    up = r.random() < 0.7
    c = a + b if up else a - b
    which = g.pick(3)
    a, b, c = [g.bump(x) if which == i else x for i, x in enumerate((a, b, c))]
    A, B, C = g.i(a), g.i(b), g.i(c)
    g.c_lin([(1, A), (1 if up else -1, B)], C)
    g.what = "initial budget plus/minus adjustment = adjusted budget"
    return (f"该项目年初预算安排{A}万元，年中{'追加' if up else '调减'}{B}万元，调整后预算为{C}万元。")


CHANGE_SUBJ = [("专任教师", "人", 200, 9000), ("养老机构床位", "张", 300, 9000), ("家庭农场", "家", 80, 4000),
               ("城市书房", "个", 5, 90), ("公共充电桩", "个", 200, 20000), ("规模以上工业企业", "家", 60, 900),
               ("注册志愿者", "人", 2000, 90000), ("家庭医生签约团队", "个", 20, 400), ("快递网点", "个", 50, 900)]


@style("change_up_from_to", "totals", "stats")
def _(g):
    r = g.r
    subj, unit, lo, hi = r.choice(CHANGE_SUBJ)
    a = r.randint(lo, hi)
    b = a + r.randint(1, max(2, a // 3))
    c = b - a
    which = g.pick(2)
    if which == 0:
        c = g.bump(c)
    elif which == 1:
        b = a + c + r.choice([-1, 1]) * r.randint(1, max(1, c // 2))
        if b <= a:
            b = a + c + r.randint(1, 9)
    A, B, C = g.i(a), g.i(b), g.i(c)
    g.c_change(A, B, C, "up")
    g.what = "from-to change with stated increase"
    y0 = g.year - r.choice([1, 1, 5])
    return f"{subj}由{y0}年的{A}{unit}{r.choice(['增加到', '增至', '增长到'])}{B}{unit}，{r.choice(['增加', '净增', '增加了'])}{C}{unit}。"


DOWN_SUBJ = [("重点排污单位", "家", 30, 600), ("信访积案", "件", 20, 900), ("黑臭水体", "条", 8, 90), ("安全生产事故", "起", 10, 300),
             ("农村留守儿童", "人", 300, 9000), ("散乱污企业", "家", 20, 500), ("违法建设", "处", 50, 3000)]


@style("change_down_from_to", "totals", "env")
def _(g):
    r = g.r
    subj, unit, lo, hi = r.choice(DOWN_SUBJ)
    a = r.randint(lo, hi)
    b = a - r.randint(1, max(2, a * 2 // 3))
    if b < 0:
        raise Retry()
    c = a - b
    which = g.pick(2)
    if which == 0:
        c = g.bump(c)
    elif which == 1:
        b2 = g.bump(b, lo=0) if b > 0 else b + r.randint(1, 5)
        if b2 >= a or b2 == b:
            b2 = max(0, b - r.randint(1, 5)) if b > 0 else b + 1
        b = b2
    A, B, C = g.i(a), g.i(b), g.i(c)
    g.c_change(A, B, C, "down")
    g.what = "from-to decrease with stated reduction"
    return f"{subj}由{A}{unit}{r.choice(['减少至', '下降到', '压减至', '减少到'])}{B}{unit}，{r.choice(['减少', '下降', '减少了'])}{C}{unit}。"


@style("market_net_growth", "totals", "market")
def _(g):
    r = g.r
    a = r.randint(800, 60000)
    b = r.randint(100, a * 2 // 3)
    c = a - b
    which = g.pick(3)
    a, b, c = [g.bump(x) if which == i else x for i, x in enumerate((a, b, c))]
    A, B, C = g.i(a), g.i(b), g.i(c)
    g.c_lin([(1, A), (-1, B)], C)
    g.what = "newly registered - cancelled = net growth"
    return f"全年新登记各类市场主体{A}户，注销{B}户，净增{C}户。"


@style("market_breakdown", "totals", "market")
def _(g):
    r = g.r
    T = r.randint(900, 60000)
    w = [r.uniform(0.2, 0.4), r.uniform(0.5, 0.75), r.uniform(0.01, 0.05)]
    cats = ["企业", "个体工商户", "农民专业合作社"]
    t, ps = sum_nums(g, T, split_int(r, T, 3, 1, w), g.pick(1) == 0)
    g.what = "new market entities by type"
    return f"新登记市场主体{t}户，其中企业{ps[0]}户、个体工商户{ps[1]}户、农民专业合作社{ps[2]}户。"


AGE_GROUPS = [["30岁及以下", "31至45岁", "46至60岁", "61岁及以上"], ["35岁及以下", "36岁至60岁", "61岁及以上"],
              ["30岁以下", "30至50岁", "50岁以上"]]


@style("party_age", "totals", "party")
def _(g):
    r = g.r
    groups = r.choice(AGE_GROUPS)
    T = r.randint(60, 9000)
    t, ps = sum_nums(g, T, split_int(r, T, len(groups)), g.pick(1) == 0)
    g.what = "party members by age group"
    sep = r.choice(["，", "、", "；"])
    who = r.choice([org_town(r) + "党委", org_county(r) + "直机关工委", "全" + r.choice(["镇", "街道", "系统"])])
    return f"{who}共有党员{t}名，其中{sep.join(f'{a}{b}名' for a, b in zip(groups, ps))}。"


EDU = ["研究生", "大学本科", "大专", "中专及高中", "初中及以下"]


@style("party_edu_whole_after", "totals", "party")
def _(g):
    r = g.r
    T = r.randint(60, 9000)
    w = [r.uniform(0.01, 0.08), r.uniform(0.2, 0.4), r.uniform(0.15, 0.3), r.uniform(0.1, 0.2), r.uniform(0.1, 0.3)]
    t, ps = sum_nums(g, T, split_int(r, T, 5, 1, w), g.pick(1) == 0)
    g.what = "parts by education first, whole after"
    return (f"从学历结构看，{'、'.join(f'{a}学历{b}名' if a in ('研究生', '大专') else f'{a}{b}名' for a, b in zip(EDU, ps))}，"
            f"{r.choice(['党员总数', '合计', '以上共计'])}{t}名。")


@style("party_org_types", "totals", "party")
def _(g):
    r = g.r
    T = r.randint(30, 1500)
    w = [r.uniform(0.03, 0.08), r.uniform(0.05, 0.15), r.uniform(0.7, 0.9)]
    t, ps = sum_nums(g, T, split_int(r, T, 3, 1, w), g.pick(1) == 0)
    g.what = "grassroots party organisations by type"
    return f"现有基层党组织{t}个，其中党委{ps[0]}个、党总支{ps[1]}个、党支部{ps[2]}个。"


OCCUP = ["农牧民", "工人", "专业技术人员", "机关事业单位人员", "学生", "其他职业人员"]


@style("new_members_occupation", "totals", "party")
def _(g):
    r = g.r
    k = r.randint(4, 6)
    cats = OCCUP[:k - 1] + [OCCUP[-1]] if k < 6 else OCCUP
    T = r.randint(25, 1800)
    t, ps = sum_nums(g, T, split_int(r, T, len(cats)), g.pick(1) == 0)
    g.what = "new members admitted by occupation"
    verb = r.choice(["全年发展党员", "年内共发展党员", "发展新党员"])
    return f"{verb}{t}名，其中{'、'.join(f'{a}{b}名' for a, b in zip(cats, ps))}。"


@style("disc_cases_level", "totals", "disc")
def _(g):
    r = g.r
    cats = ["县处级干部", "乡科级干部", "一般干部", "农村、企业等其他人员"]
    T = r.randint(40, 2400)
    w = [0.04, 0.18, 0.3, 0.48]
    t, ps = sum_nums(g, T, split_int(r, T, 4, 1, [x * r.uniform(0.7, 1.3) for x in w]), g.pick(1) == 0)
    g.what = "cases filed by rank (last category contains 等 but closes the list)"
    return f"全年立案审查调查{t}件，其中{'，'.join(f'{a}{b}件' for a, b in zip(cats, ps))}。"


@style("sanction_types", "totals", "disc")
def _(g):
    r = g.r
    cats = ["警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"]
    T = r.randint(20, 1600)
    w = [0.45, 0.25, 0.05, 0.08, 0.17]
    t, ps = sum_nums(g, T, split_int(r, T, 5, 1, [x * r.uniform(0.7, 1.3) for x in w]), g.pick(1) == 0)
    g.what = "party sanctions by severity"
    return f"给予党纪处分{t}人，其中{'、'.join(f'{a}{b}人' for a, b in zip(cats, ps))}。"


FORMS = ["第一种形态", "第二种形态", "第三种形态", "第四种形态"]
FORM_W = [0.68, 0.24, 0.04, 0.04]


@style("four_forms_counts", "totals", "disc")
def _(g):
    r = g.r
    T = r.randint(80, 9000)
    t, ps = sum_nums(g, T, split_int(r, T, 4, 1, [x * r.uniform(0.7, 1.3) for x in FORM_W]), g.pick(1) == 0)
    g.what = "the four forms, counts summing to the whole"
    sep = r.choice(["，", "；", "、"])
    pre = r.choice(["运用", ""])
    body = sep.join((pre if i == 0 else "") + f"{a}{b}人次" for i, (a, b) in enumerate(zip(FORMS, ps)))
    return (f"全{r.choice(['市', '县', '区'])}纪检监察机关运用监督执纪“四种形态”批评教育帮助和处理{t}人次，其中{body}。")


@style("hotline_type", "totals", "hotline")
def _(g):
    r = g.r
    k = r.randint(4, 6)
    cats = g.sample(HOT_TYPES, k)
    T = r.randint(3000, 300000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "12345 work orders by category (12345 itself is not a number to check)"
    return f"{org_county(r)}12345政务服务便民热线全年受理群众诉求{t}件，其中{'、'.join(f'{a}{b}件' for a, b in zip(cats, ps))}。"


@style("hotline_dept_table", "totals", "hotline", block=True)
def _(g):
    r = g.r
    k = r.randint(3, 5)
    depts = g.sample(HOT_DEPTS, k)
    T = r.randint(1500, 90000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    sp = r.choice(["\t", "　　", "  "])
    g.what = "work orders per department table with 总计 row"
    return [f"承办单位{sp}转办工单（件）"] + [f"{a}{sp}{b}" for a, b in zip(depts, ps)] + [f"总计{sp}{t}"]


@style("govsvc_jiban", "totals", "govsvc")
def _(g):
    r = g.r
    T = r.randint(2000, 900000)
    k = r.choice([2, 3])
    cats = ["即办件", "承诺件", "联办件"][:k]
    t, ps = sum_nums(g, T, split_int(r, T, k, 1, [0.6, 0.35, 0.05][:k]), g.pick(1) == 0)
    g.what = "government service matters by kind"
    return f"全年{org_county(r)}政务服务中心办理各类政务服务事项{t}件，其中{'、'.join(f'{a}{b}件' for a, b in zip(cats, ps))}。"


@style("pop_net_change", "totals", "pop")
def _(g):
    r = g.r
    a = r.randint(50000, 1500000)
    up = r.random() < 0.6
    c = r.randint(50, max(60, a // 60))
    b = a + c if up else a - c
    which = g.pick(2)
    if which == 0:
        c = g.bump(c)
    elif which == 1:
        b = g.bump(b)
        if (b - a if up else a - b) == c:
            b += 7
    A, B, C = g.i(a), g.i(b), g.i(c)
    g.c_change(A, B, C, "up" if up else "down")
    g.what = "year-end population vs previous year-end with stated net change (new value first)"
    return (f"年末户籍总人口{B}人，上年末为{A}人，全年{'净增' if up else '净减少'}{C}人。")


@style("births_deaths_natural", "totals", "pop")
def _(g):
    r = g.r
    a = r.randint(800, 30000)
    b = int(a * r.uniform(0.6, 1.4))
    if a == b:
        raise Retry()
    up = a > b
    c = abs(a - b)
    which = g.pick(3)
    a, b, c = [g.bump(x) if which == i else x for i, x in enumerate((a, b, c))]
    A, B, C = g.i(a), g.i(b), g.i(c)
    if up:
        g.c_lin([(1, A), (-1, B)], C)
    else:
        g.c_lin([(1, B), (-1, A)], C)
    g.what = "births - deaths = natural increase (or decrease)"
    return f"全年出生人口{A}人，死亡人口{B}人，人口自然{'增长' if up else '减少'}{C}人。"


@style("pop_urban_rural", "totals", "pop")
def _(g):
    r = g.r
    d = 2
    T = q(D(r.randint(1500, 60000)) / 100, d)
    ur = r.uniform(0.35, 0.8)
    a = q(T * D(ur), d)
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d))
    g.what = "resident population urban + rural in 万"
    return f"年末常住人口{t}人，其中城镇常住人口{ps[0]}人，乡村常住人口{ps[1]}人。"


@style("pop_sex_whole_after", "totals", "pop")
def _(g):
    r = g.r
    T = r.randint(20000, 2000000)
    a = int(T * r.uniform(0.49, 0.53))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0)
    g.what = "male + female, whole stated after"
    return f"按性别分，男性人口{ps[0]}人，女性人口{ps[1]}人，{r.choice(['总人口', '两者合计', '常住人口总数'])}{t}人。"


@style("hospital_visits_wan", "totals", "hosp")
def _(g):
    r = g.r
    d = 2
    T = q(D(r.randint(500, 40000)) / 100, d)
    a = q(T * D(r.uniform(0.8, 0.95)), d)
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d))
    g.what = "outpatient + emergency visits in 万人次"
    return f"全年完成门急诊{t}人次，其中门诊{ps[0]}人次、急诊{ps[1]}人次。"


@style("surgery_grades", "totals", "hosp")
def _(g):
    r = g.r
    T = r.randint(800, 60000)
    cats = ["一级手术", "二级手术", "三级手术", "四级手术"]
    t, ps = sum_nums(g, T, split_int(r, T, 4, 1, [0.2, 0.35, 0.3, 0.15]), g.pick(1) == 0)
    g.what = "operations by grade"
    return f"完成各类手术{t}台次，其中{'，'.join(f'{a}{b}台次' for a, b in zip(cats, ps))}。"


@style("school_students", "totals", "school")
def _(g):
    r = g.r
    cats = ["幼儿园", "小学", "初中", "普通高中", "中等职业学校"]
    k = r.choice([4, 5])
    cats = cats[:k]
    T = r.randint(8000, 400000)
    t, ps = sum_nums(g, T, split_int(r, T, k, 1, [0.2, 0.4, 0.2, 0.13, 0.07][:k]), g.pick(1) == 0)
    g.what = "students by school level"
    return f"全{r.choice(['县', '区', '市'])}共有在校学生（含在园幼儿）{t}人，其中{'、'.join(f'{a}{b}人' for a, b in zip(cats, ps))}。"


@style("court_closed_pending", "totals", "court")
def _(g):
    r = g.r
    T = r.randint(1500, 40000)
    a = int(T * r.uniform(0.85, 0.98))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0)
    g.what = "received = concluded + pending"
    return f"全年受理各类案件{t}件，审执结{ps[0]}件，{r.choice(['未结', '结转下年', '尚在审理中的'])}{ps[1]}件。"


@style("procur_review_arrest", "totals", "procur")
def _(g):
    r = g.r
    T = r.randint(60, 3000)
    a = int(T * r.uniform(0.6, 0.85))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0)
    g.what = "concluded arrest reviews = approved + not approved"
    return f"全年审结审查逮捕案件涉及{t}人，经审查批准逮捕{ps[0]}人，不批准逮捕{ps[1]}人。"


@style("company_revenue_yi", "totals", "company")
def _(g):
    r = g.r
    d = 2
    T = q(D(r.randint(120, 90000)) / 100, d)
    a = q(T * D(r.uniform(0.85, 0.99)), d)
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d, "亿"))
    g.what = "operating revenue = main + other business (亿元)"
    return f"报告期内，{company(r)}实现营业收入{t}元，其中主营业务收入{ps[0]}元，其他业务收入{ps[1]}元。"


@style("village_income_sources", "totals", "village")
def _(g):
    r = g.r
    d = 2
    cats = ["经营收入", "发包及上交收入", "投资收益", "补助收入", "其他收入"]
    k = r.choice([3, 4, 5])
    cats = cats[:k - 1] + ["其他收入"] if k < 5 else cats
    T = q(D(r.randint(500, 30000)) / 100, d)
    t, ps = sum_nums(g, T, split_dec(r, T, k, d), g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d))
    g.what = "village collective income by source (万元, 2 decimals)"
    return f"{place(r)}村集体经济收入{t}元，其中{'、'.join(f'{a}{b}元' for a, b in zip(cats, ps))}。"


@style("audit_problem_amount", "totals", "audit")
def _(g):
    r = g.r
    d = r.choice([2, 2, 0])
    T = q(D(r.randint(5000, 9000000)) / 100, d)
    cats = ["违规问题金额", "管理不规范问题金额", "损失浪费问题金额"]
    t, ps = sum_nums(g, T, split_dec(r, T, 3, d, [0.35, 0.6, 0.05]), g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d))
    g.what = "audited problem money by type"
    return f"审计查出主要问题金额{t}元，其中{'，'.join(f'{a}{b}元' for a, b in zip(cats, ps))}。"


@style("invest_mixed_yi_wan", "totals", "budget")
def _(g):
    r = g.r
    a = r.randint(5, 90) * 100          # 万
    c = r.randint(5, 90) * 100          # 万
    b = D(r.randint(20, 900)) / 100     # 亿
    T = b + D(a + c) / 10000
    which = g.pick(2)
    if which == 0:
        T = g.bump_dec(T, 2, 6)
    elif which == 1:
        b = g.bump_dec(b, 2, 6)
    tt = g.w(T, 2, "亿")
    A, B, C = g.w(a, 0), g.w(b, 2, "亿"), g.w(c, 0)
    g.c_sum(tt, [A, B, C])
    g.what = "a whole in 亿元 made of parts in 万元 and 亿元"
    return (f"项目总投资{tt}元，其中争取中央预算内资金{A}元、地方政府专项债券资金{B}元、企业自筹{C}元。")


@style("subsidy_product", "totals", "civil")
def _(g):
    r = g.r
    n = r.randint(12, 2400)
    p = r.choice([300, 500, 600, 800, 1000, 1200, 1500, 2000, 3000])
    tot = D(n * p) / 10000
    which = g.pick(2)
    if which == 0:
        tot = g.bump_dec(tot, 2, 3) if tot * 100 == int(tot * 100) else tot + 1
    elif which == 1:
        p2 = r.choice([x for x in (300, 500, 600, 800, 1000, 1200, 1500, 2000, 3000) if x != p])
        p = p2
    d = max(0, -tot.normalize().as_tuple().exponent)
    N, P, TT = g.i(n), g.i(p), g.w(tot, d)
    g.c_product([N, P], TT)
    g.what = "households × amount per household = total"
    return f"为{N}户困难家庭每户发放一次性生活补助{P}元，发放资金{TT}元。"


@style("per_capita_avg", "totals", "civil")
def _(g):
    r = g.r
    n = r.randint(30, 9000)
    avg = r.randint(300, 4000)
    tot = q(D(n * avg + r.randint(-n // 3, n // 3)) / 10000, 2)
    true = tot * 10000 / n
    a = q(true, 0)
    if g.pick(1) == 0:
        a = q(true * D(r.choice([-1, 1])) * D(r.uniform(0.04, 0.25)) + true, 0)
    TT, N, A = g.w(tot, 2), g.i(n), g.i(int(a))
    g.c_avg(TT, N, A)
    g.what = "total / persons = average per person (rounded to 元)"
    return f"全年发放临时救助金{TT}元，救助困难群众{N}人次，人均救助{A}元。"


@style("quarter_table", "totals", "hotline", block=True)
def _(g):
    r = g.r
    mode = r.choice([None, None, "cn"])
    T = r.randint(800, 60000) if mode is None else r.randint(400, 9999)
    t, ps = sum_nums(g, T, split_int(r, T, 4), g.pick(1) == 0, mk=(lambda v: g.i(v, mode)))
    sp = r.choice(["\t", "　　", "    "])
    g.what = "quarterly table with 全年 row"
    qs = ["第一季度", "第二季度", "第三季度", "第四季度"] if r.random() < 0.5 else ["一季度", "二季度", "三季度", "四季度"]
    return [f"季度{sp}受理量（件）"] + [f"{a}{sp}{b}" for a, b in zip(qs, ps)] + [f"全年{sp}{t}"]


@style("monthly_semicolon", "totals", "urban")
def _(g):
    r = g.r
    qn = r.randint(1, 4)
    months = [3 * (qn - 1) + i for i in (1, 2, 3)]
    T = r.randint(90, 6000)
    t, ps = sum_nums(g, T, split_int(r, T, 3), g.pick(1) == 0)
    g.what = "three months summed to the quarter"
    body = "；".join(f"{m}月{p}件" for m, p in zip(months, ps))
    return f"数字城管平台立案情况：{body}；{ORD_CN[qn - 1]}季度{r.choice(['累计', '合计', '共'])}{t}件。"


@style("nested_breakdown", "totals", "safety")
def _(g):
    r = g.r
    T = r.randint(200, 9000)
    a = int(T * r.uniform(0.85, 0.98))
    b = T - a
    a1 = int(a * r.uniform(0.8, 0.97))
    a2 = a - a1
    which = g.pick(2)
    if which == 0:
        T = g.bump(T)
    elif which == 1:
        a1 = g.bump(a1)
    t, A, B, A1, A2 = g.i(T), g.i(a), g.i(b), g.i(a1), g.i(a2)
    g.c_sum(t, [A, B], "level 1: ")
    g.c_sum(A, [A1, A2], "level 2: ")
    g.what = "two-level breakdown (whole -> kinds; one kind -> rectified/ongoing)"
    return (f"共排查各类安全隐患{t}处，其中一般隐患{A}处、重大隐患{B}处；一般隐患中已整改{A1}处、正在整改{A2}处。")


@style("two_sums_independent", "totals", "civil")
def _(g):
    r = g.r
    M = q(D(r.randint(1000, 90000)) / 100, 2)
    m1 = q(M * D(r.uniform(0.2, 0.5)), 2)
    P = r.randint(800, 30000)
    p1 = int(P * r.uniform(0.15, 0.5))
    which = g.pick(2)
    tM, (x1, x2) = sum_nums(g, M, [m1, M - m1], which == 0, d=2, mk=lambda v: g.w(v, 2))
    tP, (y1, y2) = sum_nums(g, P, [p1, P - p1], which == 1)
    g.what = "two independent sums in one passage (money and persons)"
    return (f"全年发放城乡低保金{tM}元，其中城市低保金{x1}元、农村低保金{x2}元；"
            f"年末保障对象{tP}人，其中城市{y1}人、农村{y2}人。")


@style("sentences_then_total", "totals", "urban")
def _(g):
    r = g.r
    k = r.randint(3, 5)
    names = list(dict.fromkeys(place(r) for _ in range(k * 2)))[:k]
    if len(names) < k:
        raise Retry()
    T = r.randint(100, 6000)
    which = g.pick(2)
    t, ps = sum_nums(g, T, split_int(r, T, k), which == 0)
    n_st = k if which != 1 else k + r.choice([-1, 1])
    N = g.i(n_st, "cn")
    g.c_count(N, [f"{n}社区" for n in names], "number of communities: ")
    g.what = "one sentence per part, whole after; stated number of parts"
    body = "".join(f"{n}社区改造{p}户。" for n, p in zip(names, ps))
    return f"{body}以上{N}个社区合计改造{t}户。"


@style("task_done_remaining", "totals", "civil")
def _(g):
    r = g.r
    T = r.randint(40, 6000)
    a = int(T * r.uniform(0.6, 0.97))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0)
    subj = r.choice(["农村危房改造", "老旧小区改造", "农村户厕改造", "适老化改造"])
    g.what = "task = done + remaining"
    return f"{subj}任务{t}户，已{r.choice(['竣工', '完成'])}{ps[0]}户，剩余{ps[1]}户正在加紧施工。"


@style("target_exceed", "totals", "employ")
def _(g):
    r = g.r
    T = r.randint(500, 60000)
    a = T + r.randint(1, T // 4)
    b = a - T
    which = g.pick(3)
    T, a, b = [g.bump(x) if which == i else x for i, x in enumerate((T, a, b))]
    tt, A, B = g.i(T), g.i(a), g.i(b)
    g.c_lin([(1, A), (-1, tt)], B)
    g.what = "achieved - target = excess"
    return f"年度城镇新增就业目标任务{tt}人，实际完成{A}人，超额完成{B}人。"


@style("fullwidth_dibao", "totals", "civil")
def _(g):
    r = g.r
    T = r.randint(300, 90000)
    a = int(T * r.uniform(0.1, 0.4))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0, mk=lambda v: g.i(v, "fw"))
    g.what = "full-width digits"
    return f"全{r.choice(['县', '区'])}共有城乡低保对象{t}户，其中城市低保{ps[0]}户、农村低保{ps[1]}户。"


@style("thousands_comma_sum", "totals", "culture")
def _(g):
    r = g.r
    T = r.randint(12000, 9000000)
    a = int(T * r.uniform(0.15, 0.45))
    mode = r.choice(["c", "c", "fc"])
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0, mk=lambda v: g.i(v, mode))
    g.what = "thousands separators"
    return f"全年接待游客{t}人次，其中过夜游客{ps[0]}人次、一日游游客{ps[1]}人次。"


@style("cn_numeral_sentence", "totals", "party")
def _(g):
    r = g.r
    T = r.randint(12, 160)
    mode = r.choice(["cn", "cnl"])
    t, ps = sum_nums(g, T, split_int(r, T, 3), g.pick(1) == 0, mk=lambda v: g.i(v, mode))
    g.what = "Chinese numerals in running text"
    return f"共选派驻村工作队员{t}人，其中市直单位{ps[0]}人、县直单位{ps[1]}人、乡镇{ps[2]}人。"


@style("space_thousands", "totals", "health")
def _(g):
    r = g.r
    T = r.randint(10000, 900000)
    t, ps = sum_nums(g, T, split_int(r, T, 3, 1, [0.5, 0.3, 0.2]), g.pick(1) == 0, mk=lambda v: g.i(v, "s"))
    g.what = "space as thousands separator"
    return f"全年接种流感疫苗{t}剂次，其中老年人{ps[0]}剂次、儿童{ps[1]}剂次、其他人群{ps[2]}剂次。"


@style("hectares_decimal", "totals", "agri")
def _(g):
    r = g.r
    d = r.choice([1, 2])
    cats = ["人工造林", "封山育林", "退化林修复", "森林抚育"]
    k = r.choice([3, 4])
    T = q(D(r.randint(5000, 900000)) / 100, d)
    t, ps = sum_nums(g, T, split_dec(r, T, k, d), g.pick(1) == 0, d=d)
    g.what = "hectares with decimals"
    return f"完成营造林{t}公顷，其中{'、'.join(f'{a}{b}公顷' for a, b in zip(cats[:k], ps))}。"


@style("tonnage_wan", "totals", "urban")
def _(g):
    r = g.r
    d = 2
    T = q(D(r.randint(300, 90000)) / 100, d)
    a = q(T * D(r.uniform(0.5, 0.8)), d)
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d))
    g.what = "万吨 with decimals"
    return f"全年清运处置生活垃圾{t}吨，其中城区{ps[0]}吨、乡镇{ps[1]}吨，无害化处理全覆盖。"


@style("paren_counts_deng_n", "totals", "disc")
def _(g):
    r = g.r
    k = r.randint(3, 4)
    cats = g.sample(ISSUES, k)
    T = r.randint(12, 600)
    which = g.pick(2)
    t, ps = sum_nums(g, T, split_int(r, T, k), which == 0)
    n_st = k if which != 1 else k + r.choice([-1, 1])
    N = g.i(n_st, "cn")
    g.c_count(N, cats, "kinds named before 等N类: ")
    g.what = "parenthesised counts, closed by 等N类 (等 with a count is a complete list)"
    body = "、".join(f"{a}（{b}起）" for a, b in zip(cats, ps))
    return f"查处{body}等{N}类问题{t}起。"


@style("bracket_total_first", "totals", "court")
def _(g):
    r = g.r
    cats = ["婚姻家庭纠纷", "邻里纠纷", "土地权属纠纷", "劳动争议", "其他纠纷"]
    k = r.choice([3, 4, 5])
    cats = cats[:k - 1] + ["其他纠纷"]
    T = r.randint(30, 3000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "whole followed by a parenthesised breakdown"
    return f"全年调处矛盾纠纷{t}件（其中{'，'.join(f'{a}{b}件' for a, b in zip(cats, ps))}），有效防止了矛盾激化。"


@style("semicolon_places_total", "totals", "agri")
def _(g):
    r = g.r
    k = r.randint(3, 5)
    names = list(dict.fromkeys(org_town(r) for _ in range(k * 2)))[:k]
    if len(names) < k:
        raise Retry()
    T = r.randint(200, 20000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "places with semicolons, county total in a separate sentence"
    return f"分镇看：{'；'.join(f'{a}{b}户' for a, b in zip(names, ps))}。全{r.choice(['县', '区', '市'])}共计{t}户。"


@style("stock_flow", "totals", "budget")
def _(g):
    r = g.r
    d = 2
    a = q(D(r.randint(100, 90000)) / 100, d)
    b = q(D(r.randint(1000, 200000)) / 100, d)
    c = q(b * D(r.uniform(0.6, 1.05)), d)
    dd = a + b - c
    if dd <= 0:
        raise Retry()
    which = g.pick(4)
    vals = [a, b, c, dd]
    if which >= 0:
        vals[which] = g.bump_dec(vals[which], d)
    A, B, C, DD = [g.w(v, d) for v in vals]
    g.c_lin([(1, A), (1, B), (-1, C)], DD)
    g.what = "opening balance + income - expenditure = closing balance"
    return f"{r.choice(['该专户', '工会经费', '住房维修资金'])}年初结余{A}元，本年收入{B}元，本年支出{C}元，年末结余{DD}元。"


@style("headcount_in_out", "totals", "school")
def _(g):
    r = g.r
    a = r.randint(80, 3000)
    b, c = r.randint(0, 40), r.randint(1, 30)
    d_, e = r.randint(1, 25), r.randint(1, 30)
    f = a + b + c - d_ - e
    which = g.pick(6)
    vals = [a, b, c, d_, e, f]
    if which >= 0:
        vals[which] = g.bump(vals[which], lo=0)
    A, B, C, DD, E, F = [g.i(v) for v in vals]
    g.c_lin([(1, A), (1, B), (1, C), (-1, DD), (-1, E)], F)
    g.what = "start + hired + transferred in - transferred out - retired = end"
    return f"年初在编教职工{A}人，本年招录{B}人、调入{C}人，调出{DD}人、退休{E}人，年末在编{F}人。"


@style("fund_sources", "totals", "agri")
def _(g):
    r = g.r
    d = r.choice([0, 0, 2])
    T = q(D(r.randint(30000, 9000000)) / 100, d)
    cats = ["争取中央资金", "省级资金", "市级资金", "县级配套"]
    k = r.choice([3, 4])
    cats = cats[:k - 1] + ["县级配套"]
    t, ps = sum_nums(g, T, split_dec(r, T, k, d), g.pick(1) == 0, d=d)
    g.what = "investment by funding source"
    sep = r.choice(["、", "，"])
    return f"高标准农田建设项目总投资{t}万元，其中{sep.join(f'{a}{b}万元' for a, b in zip(cats, ps))}。"


@style("training_online_offline", "totals", "employ")
def _(g):
    r = g.r
    n = r.randint(5, 120)
    T = r.randint(500, 90000)
    a = int(T * r.uniform(0.2, 0.8))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0)
    N = g.i(n)
    g.what = "persons trained online + offline (number of sessions is not part of the sum)"
    return f"全年开展职业技能培训{N}期，培训{t}人次，其中线上培训{ps[0]}人次、线下培训{ps[1]}人次。"


@style("compare_last_year_change", "totals", "safety")
def _(g):
    r = g.r
    kind = r.choice(["生产安全事故", "道路交通事故", "火灾事故", "电信网络诈骗案件"])
    b = r.randint(8, 900)
    a = b + r.choice([-1, 1]) * r.randint(1, max(2, b // 3))
    if a < 0 or a == b:
        raise Retry()
    up = a > b
    c = abs(a - b)
    which = g.pick(2)
    flipped = False
    if which == 0:
        c = g.bump(c)
    elif which == 1:
        flipped = True
    A, B, C = g.i(a), g.i(b), g.i(c)
    direction = ("up" if up else "down")
    word_dir = direction if not flipped else ("down" if up else "up")
    g.c_change(B, A, C, word_dir)
    g.what = "this year vs same period last year, stated change (direction word matters)"
    return (f"今年共发生{kind}{A}起，去年同期{B}起，比去年同期{'增加' if word_dir == 'up' else '减少'}{C}起。")


@style("teachers_titles", "totals", "school")
def _(g):
    r = g.r
    T = r.randint(40, 3000)
    cats = ["正高级", "副高级", "中级", "初级", "未定级"]
    k = r.choice([4, 5])
    cats = cats[5 - k:]
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    g.what = "teachers by professional title"
    return f"全校专任教师{t}人，其中{'、'.join(f'{a}职称{b}人' if a != '未定级' else f'{a}{b}人' for a, b in zip(cats, ps))}。"


@style("vaccine_doses", "totals", "health")
def _(g):
    r = g.r
    T = r.randint(20000, 3000000)
    t, ps = sum_nums(g, T, split_int(r, T, 3, 1, [0.4, 0.38, 0.22]), g.pick(1) == 0)
    g.what = "doses by dose number"
    return f"累计接种疫苗{t}剂次，其中第一剂{ps[0]}剂次、第二剂{ps[1]}剂次、加强免疫{ps[2]}剂次。"


NAMED_ISSUES = ["占道经营", "私搭乱建", "违规停车", "乱贴乱画", "油烟扰民", "噪声扰民", "垃圾乱堆", "违规户外广告", "露天烧烤"]


@style("named_list_count", "totals", "urban")
def _(g):
    r = g.r
    n = r.randint(3, 6)
    st = n if g.pick(1) != 0 else n + r.choice([-1, 1])
    names = g.sample(NAMED_ISSUES, n)
    N = g.i(st, "cn")
    g.c_count(N, names)
    g.what = "number of named kinds after a colon"
    return f"排查出{N}类突出问题：{'、'.join(names)}，均已列入整治清单。"


@style("markdown_table", "totals", "market", block=True)
def _(g):
    r = g.r
    cats = g.sample(["批发零售业", "住宿餐饮业", "制造业", "建筑业", "交通运输业", "信息技术服务业", "租赁和商务服务业"], r.randint(3, 5))
    T = r.randint(300, 30000)
    t, ps = sum_nums(g, T, split_int(r, T, len(cats)), g.pick(1) == 0)
    g.what = "markdown table with 合计 row"
    return ["| 行业 | 新设企业（家） |", "| --- | --- |"] + [f"| {a} | {b} |" for a, b in zip(cats, ps)] + [f"| 合计 | {t} |"]


@style("fenbie_numbers_before_names", "totals", "hotline")
def _(g):
    r = g.r
    T = r.randint(30, 4000)
    t, ps = sum_nums(g, T, split_int(r, T, 3), g.pick(1) == 0)
    g.what = "numbers before names (分别有…来自…), whole after"
    return f"分别有{ps[0]}件、{ps[1]}件和{ps[2]}件来自网上信访、来信和来访，三者总计{t}件。"


@style("baokuo_colon", "totals", "civil")
def _(g):
    r = g.r
    cats = g.sample(["教育", "医疗卫生", "养老服务", "交通出行", "住房保障", "文体设施", "就业创业"], r.randint(3, 5))
    T = r.randint(10, 120)
    t, ps = sum_nums(g, T, split_int(r, T, len(cats)), g.pick(1) == 0)
    g.what = "whole then 具体包括 with all parts"
    return f"全年实施民生实事项目{t}个，具体包括：{'，'.join(f'{a}类{b}个' for a, b in zip(cats, ps))}。"


@style("budget_table_subitems", "totals", "budget", block=True)
def _(g):
    r = g.r
    cats = ["教育支出", "社会保障和就业支出", "卫生健康支出", "农林水支出", "城乡社区支出", "一般公共服务支出"]
    k = r.randint(3, 5)
    cats = g.sample(cats, k)
    T = r.randint(30000, 900000)
    t, ps = sum_nums(g, T, split_int(r, T, k), g.pick(1) == 0)
    j = r.randrange(k)
    sub = int(ps[j].v * D(r.uniform(0.3, 0.8)))
    S = g.i(sub)
    g.trap("subitem", "其中 line under one item is a subset, not an extra part", parent=ps[j], sub=S)
    g.what = "budget table with a 其中 sub-line that must not be added"
    lines = []
    for i, (a, b) in enumerate(zip(cats, ps)):
        lines.append(f"{ORD_CN[i]}、{a}{b}万元")
        if i == j:
            lines.append(f"　　其中：{r.choice(['重点项目', '上级专项', '民生实事'])}{S}万元")
    lines.append(f"支出合计{t}万元")
    return lines


@style("gap_to_target", "totals", "market")
def _(g):
    r = g.r
    d = 2
    T = q(D(r.randint(500, 90000)) / 100, d)
    a = q(T * D(r.uniform(0.5, 0.95)), d)
    b = T - a
    which = g.pick(3)
    vals = [T, a, b]
    if which >= 0:
        vals[which] = g.bump_dec(vals[which], d)
    tt, A, B = [g.w(v, d, "亿") for v in vals]
    g.c_lin([(1, tt), (-1, A)], B)
    g.what = "target - done = remaining gap"
    return f"年度招商引资目标{tt}元，已完成{A}元，距年度目标还差{B}元。"


@style("deficit_gap", "totals", "budget")
def _(g):
    r = g.r
    d = 2
    a = q(D(r.randint(300, 90000)) / 100, d)
    b = q(a * D(r.uniform(1.2, 3.0)), d)
    c = b - a
    which = g.pick(3)
    vals = [a, b, c]
    if which >= 0:
        vals[which] = g.bump_dec(vals[which], d)
    A, B, C = [g.w(v, d, "亿") for v in vals]
    g.c_lin([(1, B), (-1, A)], C)
    g.what = "expenditure - revenue = gap"
    return f"全年一般公共预算收入{A}元，一般公共预算支出{B}元，收支缺口{C}元，主要通过上级转移支付弥补。"


@style("household_persons_two", "totals", "civil")
def _(g):
    r = g.r
    H = r.randint(50, 9000)
    h1 = int(H * r.uniform(0.2, 0.6))
    h2 = H - h1
    p1 = int(h1 * r.uniform(1.5, 3.2))
    p2 = int(h2 * r.uniform(1.5, 3.2))
    which = g.pick(2)
    tH, (x1, x2) = sum_nums(g, H, [h1, h2], which == 0, what="households: ")
    tP, (y1, y2) = sum_nums(g, p1 + p2, [p1, p2], which == 1, what="persons: ")
    g.what = "households and persons in one breath (two sums)"
    return f"全年累计救助{tH}户{tP}人，其中城市{x1}户{y1}人、农村{x2}户{y2}人。"


@style("cumulative_plus_new", "totals", "health")
def _(g):
    r = g.r
    a = r.randint(5, 900)
    b = r.randint(1, max(2, a // 2))
    c = a + b
    which = g.pick(3)
    vals = [a, b, c]
    if which >= 0:
        vals[which] = g.bump(vals[which])
    A, B, C = [g.i(v) for v in vals]
    g.c_sum(C, [A, B])
    thing = r.choice(["村卫生室", "健康小屋", "智慧健康驿站", "标准化预防接种门诊"])
    g.what = "previous cumulative + new = cumulative"
    return f"截至上年末已建成{thing}{A}个，今年新建{B}个，目前累计建成{C}个。"


@style("dash_list_lines", "totals", "culture", block=True)
def _(g):
    r = g.r
    cats = g.sample(["文艺演出", "非遗展示", "电影放映", "全民阅读", "群众体育赛事", "书画展览"], r.randint(3, 5))
    T = r.randint(30, 3000)
    t, ps = sum_nums(g, T, split_int(r, T, len(cats)), g.pick(1) == 0)
    dash = r.choice(["——", "—", "-"])
    g.what = "dash-led lines, total line at the end"
    return [f"{dash}{a}：{b}场；" for a, b in zip(cats, ps)] + [f"以上各类活动{r.choice(['共计', '合计'])}{t}场。"]


@style("numbered_lines_total_first", "totals", "govsvc", block=True)
def _(g):
    r = g.r
    cats = ["人大代表建议", "政协委员提案"]
    if r.random() < 0.5:
        cats = ["市人大代表建议", "市政协提案", "县人大代表建议", "县政协提案"][:r.choice([3, 4])]
    T = r.randint(20, 600)
    t, ps = sum_nums(g, T, split_int(r, T, len(cats)), g.pick(1) == 0)
    g.what = "whole in the lead line, numbered parts on following lines"
    mk = r.choice(["（{i}）", "{i}.", "{i}、"])
    return [f"全年共承办建议提案{t}件，具体如下："] + [mk.format(i=i + 1) + f"{a}{b}件；" for i, (a, b) in enumerate(zip(cats, ps))]


@style("procur_prosecute", "totals", "procur")
def _(g):
    r = g.r
    T = r.randint(80, 4000)
    a = int(T * r.uniform(0.75, 0.9))
    t, ps = sum_nums(g, T, [a, T - a], g.pick(1) == 0)
    g.what = "concluded prosecution reviews = prosecuted + not prosecuted, whole stated last"
    return f"决定起诉{ps[0]}人，决定不起诉{ps[1]}人，两项合计审结审查起诉案件{t}人。"


@style("company_cost_items", "totals", "company")
def _(g):
    r = g.r
    d = 2
    cats = ["销售费用", "管理费用", "研发费用", "财务费用"]
    T = q(D(r.randint(1000, 900000)) / 100, d)
    t, ps = sum_nums(g, T, split_dec(r, T, 4, d, [0.3, 0.35, 0.25, 0.1]), g.pick(1) == 0, d=d, mk=lambda v: g.w(v, d))
    g.what = "period expenses by item, whole after a colon"
    return f"{'，'.join(f'{a}{b}元' for a, b in zip(cats, ps))}，期间费用合计：{t}元。"


@style("hectare_mu_crop_change", "totals", "agri")
def _(g):
    r = g.r
    d = 1
    a = q(D(r.randint(2000, 300000)) / 10, d)
    up = r.random() < 0.6
    c = q(a * D(r.uniform(0.005, 0.08)), d)
    if c == 0:
        raise Retry()
    b = a + c if up else a - c
    which = g.pick(2)
    if which == 0:
        c = g.bump_dec(c, d, 2)
    elif which == 1:
        b = g.bump_dec(b, d, 2)
    A, B, C = g.dec(a, d), g.dec(b, d), g.dec(c, d)
    g.c_change(A, B, C, "up" if up else "down")
    g.what = "sown area this year vs last year with decimal change"
    return (f"粮食播种面积{B}公顷，上年为{A}公顷，比上年{'增加' if up else '减少'}{C}公顷。")


# --------------------------------------------------------------------------------------
# totals: negatives (look-alikes that are not checkable relations)
# --------------------------------------------------------------------------------------

def round_total(r, lo, hi):
    step = r.choice([10, 100, 100, 1000])
    T = r.randint(max(1, lo // step), max(2, hi // step)) * step
    return T, step


@style("neg_overlap_attrs", "totals", "party", NEG)
def _(g):
    r = g.r
    T = r.randint(80, 9000)
    cats = [("女党员", 0.22, 0.38), ("少数民族党员", 0.05, 0.4), ("大专及以上学历党员", 0.4, 0.75), ("35岁及以下党员", 0.15, 0.32),
            ("60岁以上党员", 0.2, 0.4)]
    k = r.randint(3, 5)
    cats = g.sample(cats, k)
    vals = [int(T * r.uniform(lo, hi)) for _, lo, hi in cats]
    if sum(vals) <= T:
        raise Retry()
    t = g.i(T)
    ps = [g.i(v) for v in vals]
    g.trap("overlap", "attributes of the same members overlap; parts under 其中 are not a partition", total=t, parts=ps)
    g.what = "overlapping subsets under 其中"
    return f"现有党员{t}名，其中{'、'.join(f'{c[0]}{p}名' for c, p in zip(cats, ps))}。"


@style("neg_party_gov_sanction_overlap", "totals", "disc", NEG)
def _(g):
    r = g.r
    T = r.randint(20, 3000)
    a = int(T * r.uniform(0.7, 0.95))
    b = int(T * r.uniform(0.3, 0.6))
    if a + b <= T:
        raise Retry()
    t, A, B = g.i(T), g.i(a), g.i(b)
    g.trap("overlap", "one person can receive both a party and a government sanction", total=t, parts=[A, B])
    g.what = "党纪/政务 sanctions overlap"
    return f"全年给予党纪政务处分{t}人，其中党纪处分{A}人、政务处分{B}人，{r.choice(['移送检察机关审查起诉', '涉嫌犯罪移送司法机关'])}{g.i(r.randint(2, 60))}人。"


@style("neg_zhuyao_selection", "totals", "hotline", NEG)
def _(g):
    r = g.r
    T = r.randint(200, 20000)
    k = 3
    cats = g.sample(["物业管理", "房屋质量", "拖欠工资", "噪声扰民", "停车难", "供水供暖", "教育收费", "医疗服务"], k)
    share = r.uniform(0.45, 0.85)
    vals = split_int(r, int(T * share), k)
    t = g.i(T)
    ps = [g.i(v) for v in vals]
    g.trap("selection", "主要集中在 lists only the main categories", total=t, parts=ps)
    g.what = "selection of main categories"
    return f"受理群众投诉举报{t}件，主要集中在{cats[0]}（{ps[0]}件）、{cats[1]}（{ps[1]}件）和{cats[2]}（{ps[2]}件）等方面。"


@style("neg_deng_partial", "totals", "env", NEG)
def _(g):
    r = g.r
    T = r.randint(40, 900)
    k = r.choice([2, 3])
    cats = g.sample(ENV_CASES, k)
    vals = split_int(r, int(T * r.uniform(0.4, 0.85)), k)
    t = g.i(T)
    ps = [g.i(v) for v in vals]
    g.trap("partial", "list closed by 等 without a count: partial", total=t, parts=ps)
    g.what = "partial list with 等"
    return f"全年办理环境违法案件{t}起，其中{'、'.join(f'{c}类{p}起' for c, p in zip(cats, ps))}等。"


@style("neg_qiyu_remainder", "totals", "govsvc", NEG)
def _(g):
    r = g.r
    T = r.randint(300, 90000)
    a = int(T * r.uniform(0.2, 0.5))
    b = int(T * r.uniform(0.1, 0.3))
    t, A, B = g.i(T), g.i(a), g.i(b)
    g.trap("remainder", "其余 covers the unstated rest", total=t, parts=[A, B])
    g.what = "remainder left unstated (其余)"
    return f"全年接听来电{t}个，其中政策咨询{A}个、办事预约{B}个，其余为{r.choice(['一般性咨询', '无效来电', '重复来电'])}。"


@style("neg_yue_total", "totals", "culture", NEG)
def _(g):
    r = g.r
    T, step = round_total(r, 500, 90000)
    k = 3
    s = int(T * (1 + r.choice([-1, 1]) * r.uniform(0.005, 0.04)))
    if s == T:
        raise Retry()
    vals = split_int(r, s, k)
    t = g.i(T)
    ps = [g.i(v) for v in vals]
    qual = r.choice(["约", "约", "左右"])
    g.trap("approx", "approximate total", total=t, parts=ps, qualifier=qual)
    g.what = "approximate total (约/左右)"
    body = "、".join(f"{c}{p}人次" for c, p in zip(["党员干部", "志愿者", "辖区群众"], ps))
    if qual == "约":
        return f"活动期间参与人数约{t}人次，其中{body}。"
    return f"活动期间参与人数{t}人次左右，其中{body}。"


@style("neg_yu_total", "totals", "civil", NEG)
def _(g):
    r = g.r
    step = r.choice([10, 100, 100, 1000])
    T = r.randint(2, 60) * step
    s = T + r.randint(1, step - 1)
    vals = split_int(r, s, 3)
    t = g.i(T)
    ps = [g.i(v) for v in vals]
    qual = r.choice(["余", "多"])
    g.trap("approx", f"“{qual}” total: a lower bound", total=t, parts=ps, qualifier=qual)
    g.what = f"lower-bound total ({qual})"
    return f"走访慰问困难群众{t}{qual}户，其中低保户{ps[0]}户、特困供养户{ps[1]}户、低收入家庭{ps[2]}户。"


@style("neg_jin_total", "totals", "employ", NEG)
def _(g):
    r = g.r
    step = r.choice([100, 1000])
    T = r.randint(2, 30) * step
    s = int(T * r.uniform(0.9, 0.995))
    if s >= T:
        raise Retry()
    vals = split_int(r, s, 3)
    t = g.i(T)
    ps = [g.i(v) for v in vals]
    g.trap("approx", "近 total: an upper bound", total=t, parts=ps, qualifier="近")
    g.what = "近 total"
    return f"全年帮助近{t}名高校毕业生实现就业，其中进入企业{ps[0]}名、自主创业{ps[1]}名、灵活就业{ps[2]}名。"


@style("neg_model_numbers", "totals", "company", NEG)
def _(g):
    r = g.r
    model = f"{r.choice(['HX', 'ZK', 'DF', 'JY', 'QL'])}-{r.randint(100, 9999)}"
    std = r.choice(["GB/T 19001-2016", "GB 50016-2014", "ISO 9001:2015", "GB/T 24001-2016", "ISO 45001:2018"])
    n = g.i(r.randint(2, 60))
    line = r.randint(2, 9)
    g.trap("nonarith", "model numbers and standard codes", surfaces=[model, std])
    g.what = "model numbers / standards"
    return (f"{company(r)}新购置{model}型数控加工中心{n}台，第{ORD_CN[line - 1]}条生产线通过{std}体系认证，"
            f"产品型号由{model}升级为{model}A。")


@style("neg_dates_phones", "totals", "hotline", NEG)
def _(g):
    r = g.r
    m1 = r.randint(1, 10)
    d1 = r.randint(1, 28)
    m2 = m1 + r.randint(1, 2)
    area = r.choice(["0771", "0738", "0595", "0937", "0412"])
    tel = f"{area}-{r.randint(2000000, 8999999)}"
    g.trap("nonarith", "dates, phone numbers, 7×24", surfaces=[tel, f"{m1}月{d1}日", "7×24"])
    g.what = "dates and phone numbers"
    return (f"{g.year}年{m1}月{d1}日至{m2}月{r.randint(1, 28)}日，集中开展“接诉即办”提质行动，"
            f"实行7×24小时值守，监督电话{tel}，群众也可拨打12345热线反映诉求。")


@style("neg_rank", "totals", "stats", NEG)
def _(g):
    r = g.r
    k = r.randint(2, 12)
    m = r.randint(1, 6)
    g.trap("nonarith", "ranks and rank moves without a previous rank", surfaces=[f"第{k}位", f"{m}位"])
    g.what = "ranks"
    return (f"在全市营商环境评价中综合排名第{k}位，较上年前移{m}位，其中“获得电力”指标排名第{r.randint(1, 5)}位。")


@style("neg_plus_x", "totals", "school", NEG)
def _(g):
    r = g.r
    picks = r.sample(["“1+X”证书制度试点", "“7+X”课后服务模式", "“5+2”课后服务", "“3+2”中高职贯通培养", "“1+N”帮扶机制",
                      "“10+N”特色课程"], 2)
    n = g.i(r.randint(3, 40))
    g.trap("nonarith", "formula-like names (1+X, 7+X …) are not sums", surfaces=picks)
    g.what = "1+X style names"
    return f"深入推进{picks[0]}，建立{picks[1]}，新增试点专业{n}个。"


@style("neg_cumulative_subset", "totals", "urban", NEG)
def _(g):
    r = g.r
    T = r.randint(20, 900)
    a = r.randint(1, max(2, T // 3))
    t, A = g.i(T), g.i(a)
    g.trap("subset", "one subset under 其中, not a breakdown", total=t, parts=[A])
    g.what = "cumulative total with this year's subset"
    thing = r.choice(["口袋公园", "城市驿站", "公共停车场", "充电站"])
    return f"累计建成{thing}{t}个，其中今年新建{A}个，群众出行休闲更加便利。"


@style("neg_year_series", "totals", "civil", NEG)
def _(g):
    r = g.r
    y = g.year
    vals = sorted(r.sample(range(30, 3000), 3))
    ps = [g.i(v) for v in vals]
    g.trap("nonarith", "a series by year without a total", surfaces=[p.s for p in ps])
    g.what = "year series"
    return f"{y - 2}年、{y - 1}年、{y}年分别完成农村危房改造{ps[0]}户、{ps[1]}户、{ps[2]}户，逐年递增。"


@style("neg_per_unit_std", "totals", "agri", NEG)
def _(g):
    r = g.r
    a, b, c = r.choice([50, 80, 100, 120, 150]), r.choice([500, 800, 1000, 2000]), r.choice([300, 450, 600, 780])
    A, B, C = g.i(a), g.i(b), g.i(c)
    g.trap("nonarith", "unit standards are rates, not parts", surfaces=[A.s, B.s, C.s])
    g.what = "per-unit standards"
    return f"补助标准为：耕地地力保护补贴每亩{A}元，种粮大户奖励每户{B}元，特困人员基本生活费每人每月{C}元。"


@style("neg_ranges", "totals", "safety", NEG)
def _(g):
    r = g.r
    a = r.randint(2, 4)
    b = a + r.randint(1, 3)
    c = r.randint(7, 15)
    dd = c + r.randint(3, 15)
    g.trap("nonarith", "ranges (至, -, ~)", surfaces=[f"{a}至{b}人", f"{c}-{dd}天"])
    g.what = "ranges"
    return f"每个检查组由{a}至{b}人组成，每轮检查周期{c}-{dd}天，每组负责{r.randint(2, 3)}~{r.randint(4, 6)}个村（社区）。"


@style("neg_nested_chain", "totals", "civil", NEG)
def _(g):
    r = g.r
    T = r.randint(500, 30000)
    a = int(T * r.uniform(0.1, 0.4))
    b = int(a * r.uniform(0.05, 0.3))
    if b < 1:
        raise Retry()
    t, A, B = g.i(T), g.i(a), g.i(b)
    g.trap("nested", "nested 其中: each is a subset of the previous", chain=[t, A, B])
    g.what = "nested subsets"
    return f"家庭医生签约服务覆盖{t}户，其中脱贫户{A}户，其中纳入防返贫监测的{B}户。"


@style("neg_law_articles", "totals", "urban", NEG)
def _(g):
    r = g.r
    art1 = cn_int(r.randint(10, 80))
    art2 = cn_int(r.randint(81, 120))
    fine = g.i(r.choice([500, 1000, 2000, 5000, 10000, 20000]))
    g.trap("nonarith", "article numbers and a fine", surfaces=[f"第{art1}条", f"第{art2}条", fine.s])
    g.what = "law articles"
    return f"依据《城市市容和环境卫生管理条例》第{art1}条、第{art2}条规定，对当事人作出罚款{fine}元的行政处罚。"


@style("neg_slogans", "totals", "party", NEG)
def _(g):
    r = g.r
    sl = r.sample(["“两不愁三保障”", "“三会一课”", "“四下基层”", "“五个一批”", "“一村一品”", "“三个一”工作法", "“双报到”"], 3)
    g.trap("nonarith", "numbers inside slogans", surfaces=sl)
    g.what = "slogans with numerals"
    return f"坚持{sl[0]}制度，落实{sl[1]}要求，推广{sl[2]}，党建引领基层治理成效明显。"


@style("neg_baokuo_zainei", "totals", "market", NEG)
def _(g):
    r = g.r
    T = r.randint(20, 300)
    a = int(T * r.uniform(0.1, 0.35))
    b = int(T * r.uniform(0.1, 0.35))
    if a < 1 or b < 1:
        raise Retry()
    t, A, B = g.i(T), g.i(a), g.i(b)
    g.trap("selection", "包括…在内: the named parts are only some of the whole", total=t, parts=[A, B])
    g.what = "包括…在内"
    return f"签约落地包括先进制造业项目{A}个、现代服务业项目{B}个在内的各类项目{t}个。"


# ======================================================================================
# family "pct"
# ======================================================================================

def rdp(r, w=(15, 45, 40)) -> int:
    return r.choices([0, 1, 2], w)[0]


def is_half(num, den, scale, d) -> bool:
    x = D(num) / D(den) * D(scale) * D(10) ** d
    return x - int(x) == D("0.5")


def rate_nums(g: G, num, den, d, active, cap=D(100), scale=100, nmk=None, dmk=None, pmk=None, what="",
              bump_num_ok=True):
    """counts and their rate; when active, either the rate or the numerator is made clearly wrong"""
    r = g.r
    if den <= 0:
        raise Retry()
    if is_half(num, den, scale, d):
        raise Retry("half")
    stated_num = num
    val = q(D(num) / D(den) * D(scale), d)
    if active:
        if bump_num_ok and r.random() < 0.3:
            u = D(1).scaleb(-d)
            need = max(D("0.6"), 2 * u)
            for _ in range(60):
                m = g.bump(num, lo=1)
                if cap is not None and D(m) / D(den) * D(scale) > D(cap):
                    continue
                if abs(D(m) / D(den) * D(scale) - val) >= need and q(D(m) / D(den) * D(scale), d) != val:
                    stated_num = m
                    break
            else:
                val = g.wrong(D(num) / D(den) * D(scale), d, cap=cap)
        else:
            val = g.wrong(D(num) / D(den) * D(scale), d, cap=cap)
    N = (nmk or g.i)(stated_num)
    Dn = (dmk or nmk or g.i)(den)
    R = (pmk or (lambda v: g.pct(v, d)))(val)
    g.c_rate(N, Dn, R, scale, what)
    return N, Dn, R


def share_val(g, num, den, d, active):
    if is_half(num, den, 100, d):
        raise Retry("half")
    if active:
        return g.wrong(D(num) / D(den) * 100, d, cap=D(100))
    return q(D(num) / D(den) * 100, d)


@style("rate_banjie_simple", "pct", "hotline")
def _(g):
    r = g.r
    den = r.randint(60, 40000)
    num = den - r.randint(0, max(1, den // 25))
    d = rdp(r)
    N, Dn, R = rate_nums(g, num, den, d, g.pick(1) == 0)
    g.what = "办结率 = 办结/受理"
    who = r.choice(["网格化服务管理平台", "“接诉即办”平台", "社区网格员"])
    return f"{who}共受理{r.choice(['网格事件', '群众诉求', '民生事项'])}{Dn}件，办结{N}件，办结率{R}。"


@style("rate_first_then_counts", "pct", "court")
def _(g):
    r = g.r
    den = r.randint(300, 30000)
    num = int(den * r.uniform(0.85, 0.99))
    d = rdp(r, (5, 45, 50))
    N, Dn, R = rate_nums(g, num, den, d, g.pick(1) == 0)
    g.what = "rate stated first, counts after"
    return f"全年结案率达{R}，{Dn}件收案中已审结{N}件，审判质效稳步提升。"


@style("hotline_triple_rates", "pct", "hotline")
def _(g):
    r = g.r
    T = r.randint(500, 90000)
    a = T - r.randint(0, max(1, T // 30))
    b = a - r.randint(0, max(1, a // 12))
    c = int(a * r.uniform(0.3, 0.8))
    dd = c - r.randint(0, max(1, c // 10))
    d = rdp(r, (5, 45, 50))
    which = g.pick(3)
    A, TT, R1 = rate_nums(g, a, T, d, which == 0, bump_num_ok=False, what="办结率: ")
    B, A2, R2 = rate_nums(g, b, a, d, which == 1, nmk=g.i, dmk=lambda v: A, what="按时办结占办结: ")
    DD, C, R3 = rate_nums(g, dd, c, d, which == 2, what="满意率: ")
    g.what = "three rates with their own bases (办结/受理, 按时/办结, 满意/回访)"
    return (f"全年受理热线工单{TT}件，办结{A}件，办结率{R1}；其中按时办结{B}件，占办结量的{R2}；"
            f"回访{C}件，群众表示满意{DD}件，满意率{R3}。")


@style("four_forms_share_one_breath", "pct", "disc")
def _(g):
    r = g.r
    T = r.randint(80, 9000)
    parts = split_int(r, T, 4, 1, [x * r.uniform(0.7, 1.3) for x in FORM_W])
    d = r.choice([1, 1, 2])
    which = g.pick(4)
    t = g.i(T)
    ps = [g.i(p) for p in parts]
    g.c_sum(t, ps)
    out = []
    for i, (nm, p) in enumerate(zip(FORMS, ps)):
        v = share_val(g, p.v, T, d, which == i)
        R = g.pct(v, d)
        g.c_rate(p, t, R)
        out.append(f"{nm}{p}人次、占{R}")
    g.what = "count and share of each of the four forms in one breath"
    return f"全年运用“四种形态”批评教育帮助和处理{t}人次，其中{'；'.join(out)}。"


@style("census_age_partition", "pct", "pop")
def _(g):
    r = g.r
    d = r.choice([1, 2, 2])
    T = r.randint(200000, 9000000)
    parts = split_int(r, T, 3, 1, [r.uniform(0.12, 0.2), r.uniform(0.58, 0.68), r.uniform(0.14, 0.26)])
    sh = [q(D(p) / T * 100, d) for p in parts]
    if g.pick(1) == 0:
        i = r.randrange(3)
        sh[i] = q(sh[i] + r.choice([-1, 1]) * D(str(round(r.uniform(1.0, 5.0), 2))), d)
    S = [g.pct(v, d) for v in sh]
    g.c_share_sum(S, True, "age groups are a partition: ")
    old65 = q(D(parts[2]) / T * 100 * D(r.uniform(0.6, 0.8)), d)
    O = g.pct(old65, d)
    g.trap("subset_share", "65岁及以上 is inside 60岁及以上, not a fourth group", parent=S[2], sub=O)
    g.what = "census age structure shares must sum to 100 (within rounding)"
    return (f"常住人口中，0—14岁人口占{S[0]}；15—59岁人口占{S[1]}；60岁及以上人口占{S[2]}，"
            f"其中65岁及以上人口占{O}。")


@style("census_age_counts_shares", "pct", "pop")
def _(g):
    r = g.r
    T = r.randint(20000, 3000000)
    parts = split_int(r, T, 3, 1, [r.uniform(0.12, 0.2), r.uniform(0.58, 0.68), r.uniform(0.14, 0.26)])
    d = r.choice([1, 2])
    which = g.pick(3)
    t = g.i(T)
    ps = [g.i(p) for p in parts]
    g.c_sum(t, ps)
    groups = ["0—14岁人口", "15—59岁人口", "60岁及以上人口"]
    out = []
    for i, (nm, p) in enumerate(zip(groups, ps)):
        R = g.pct(share_val(g, p.v, T, d, which == i), d)
        g.c_rate(p, t, R)
        out.append(f"{nm}为{p}人，占{R}")
    g.what = "age groups with counts and shares of the total"
    return f"全{r.choice(['县', '区', '市'])}常住人口为{t}人。其中，{'；'.join(out)}。"


@style("sex_ratio", "pct", "pop")
def _(g):
    r = g.r
    T = r.randint(50000, 5000000)
    a = int(T * r.uniform(0.495, 0.535))
    b = T - a
    d = r.choice([1, 2])
    which = g.pick(3)
    t, A, B = g.i(T), g.i(a), g.i(b)
    R1 = g.pct(share_val(g, a, T, d, which == 0), d)
    R2 = g.pct(share_val(g, b, T, d, which == 1), d)
    if is_half(a, b, 100, d):
        raise Retry()
    sr = q(D(a) / b * 100, d) if which != 2 else g.wrong(D(a) / b * 100, d, cap=None)
    SR = g.plain(sr, d)
    g.c_rate(A, t, R1, what="male share: ")
    g.c_rate(B, t, R2, what="female share: ")
    g.c_rate(A, B, SR, what="sex ratio (female=100): ")
    g.what = "shares of each sex and the sex ratio (a ratio above 100 is normal)"
    return (f"常住人口{t}人中，男性人口为{A}人，占{R1}；女性人口为{B}人，占{R2}。"
            f"总人口性别比（以女性为100，男性对女性的比例）为{SR}。")


@style("urbanisation_rate", "pct", "pop")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(2000, 90000)) / 100, dd)
    a = q(T * D(r.uniform(0.4, 0.8)), dd)
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "urbanisation rate from 万人 figures"
    return f"年末全市常住人口{Dn}人，其中城镇常住人口{N}人，常住人口城镇化率为{R}，比上年末提高{g.dec(r.randint(3, 19) / 10, 1)}个百分点。"


@style("birth_death_permille", "pct", "pop")
def _(g):
    r = g.r
    P = r.randint(100000, 3000000)
    a = int(P * r.uniform(0.005, 0.013))
    b = int(P * r.uniform(0.005, 0.011))
    d = 2
    for _ in range(30):
        p1 = q(D(a) / P * 1000, d)
        p2 = q(D(b) / P * 1000, d)
        p3 = q(D(a - b) / P * 1000, d)
        if p1 - p2 == p3 and not is_half(a, P, 1000, d) and not is_half(b, P, 1000, d):
            break
        a += 1
    else:
        raise Retry()
    which = g.pick(2)
    stated_a = a
    if which == 0:
        for _ in range(60):
            m = g.bump(a)
            if abs(D(m) / P * 1000 - p1) >= D("0.6"):
                stated_a = m
                break
        else:
            raise Retry()
    elif which == 1:
        p3 = g.wrong(p1 - p2, d, cap=None, floor=D(-100))
    PP, A, B = g.i(P), g.i(stated_a), g.i(b)
    R1, R2, R3 = g.pm(p1, d), g.pm(p2, d), g.pm(p3, d)
    g.c_rate(A, PP, R1, 1000, "birth rate: ")
    g.c_rate(B, PP, R2, 1000, "death rate: ")
    g.c_lin([(1, R1), (-1, R2)], R3, "natural growth = birth - death: ")
    g.what = "per-mille birth, death and natural growth rates"
    return (f"全年平均常住人口{PP}人。全年出生人口{A}人，出生率为{R1}；死亡人口{B}人，死亡率为{R2}；"
            f"人口自然增长率为{R3}。")


def growth_pair(r, lo, hi, up=True, maxg=0.6):
    a = r.randint(lo, hi)
    f = r.uniform(0.01, maxg)
    b = int(a * (1 + f)) if up else int(a * (1 - f))
    if b == a or b <= 0:
        raise Retry()
    return a, b


def growth_nums(g: G, a, b, d, direction, active, mk=None, what=""):
    if is_half(abs(b - a), a, 100, d):
        raise Retry()
    true = D(b - a) / a * 100 if direction == "up" else D(a - b) / a * 100
    v = q(true, d) if not active else g.wrong(true, d, cap=None, floor=D(0))
    mk = mk or g.i
    A, B = mk(a), mk(b)
    R = g.pct(v, d)
    g.c_growth(A, B, R, direction, what)
    return A, B, R


@style("growth_from_to_up", "pct", "stats")
def _(g):
    r = g.r
    subj, unit, lo, hi = r.choice(CHANGE_SUBJ)
    a, b = growth_pair(r, lo, hi, True, r.choice([0.3, 0.6, 1.8]))
    A, B, R = growth_nums(g, a, b, rdp(r), "up", g.pick(1) == 0)
    g.what = "growth from a stated base to a stated value (may exceed 100%)"
    return f"{subj}由{A}{unit}{r.choice(['增至', '增加到', '发展到'])}{B}{unit}，增长{R}。"


@style("decline_from_to", "pct", "env")
def _(g):
    r = g.r
    subj, unit, lo, hi = r.choice(DOWN_SUBJ)
    a, b = growth_pair(r, lo, hi, False, 0.7)
    A, B, R = growth_nums(g, a, b, rdp(r), "down", g.pick(1) == 0)
    g.what = "decline from a stated base"
    return f"{subj}由{A}{unit}{r.choice(['下降到', '减少至', '压减到'])}{B}{unit}，{r.choice(['下降', '降幅为', '减少'])}{R}。"


@style("yoy_with_base", "pct", "stats")
def _(g):
    r = g.r
    dd = 2
    a = q(D(r.randint(300, 90000)) / 100, dd)
    up = r.random() < 0.7
    f = D(str(round(r.uniform(0.01, 0.35), 4)))
    b = q(a * (1 + f) if up else a * (1 - f), dd)
    d = rdp(r, (5, 60, 35))
    which = g.pick(1)
    A, B, R = growth_nums(g, a, b, d, "up" if up else "down", which == 0, mk=lambda v: g.w(v, dd, "亿"))
    subj = r.choice(["社会消费品零售总额", "规模以上工业增加值", "固定资产投资", "一般公共预算收入", "外贸进出口总额"])
    g.what = "year-on-year change with last year's value given"
    return f"全年完成{subj}{B}元，上年同期为{A}元，同比{'增长' if up else '下降'}{R}。"


@style("yoy_and_mom", "pct", "hotline")
def _(g):
    r = g.r
    cur = r.randint(300, 30000)
    prev_m = int(cur * r.uniform(0.75, 1.3))
    prev_y = int(cur * r.uniform(0.7, 1.35))
    if prev_m == cur or prev_y == cur:
        raise Retry()
    d = r.choice([1, 2])
    which = g.pick(2)
    C = g.i(cur)
    out = []
    for i, base in enumerate((prev_m, prev_y)):
        up = cur > base
        true = abs(D(cur - base)) / base * 100
        if is_half(abs(cur - base), base, 100, d):
            raise Retry()
        v = q(true, d) if which != i else g.wrong(true, d, cap=None)
        Bn = g.i(base)
        R = g.pct(v, d)
        g.c_growth(Bn, C, R, "up" if up else "down", "环比: " if i == 0 else "同比: ")
        out.append((Bn, R, up))
    g.what = "同比 and 环比 side by side, each against its own base"
    return (f"本月受理群众诉求{C}件，上月{out[0][0]}件，上年同月{out[1][0]}件，"
            f"环比{'增长' if out[0][2] else '下降'}{out[0][1]}，同比{'增长' if out[1][2] else '下降'}{out[1][1]}。")


@style("pp_change", "pct", "govsvc")
def _(g):
    r = g.r
    d = r.choice([1, 2])
    u = D(1).scaleb(-d)
    r1 = q(D(str(r.uniform(55, 96))), d)
    pp = q(D(str(r.uniform(0.3, min(15, float(D("99.9") - r1))))), d)
    if pp <= 0:
        raise Retry()
    r2 = r1 + pp
    which = g.pick(1)
    if which == 0:
        k = r.random()
        if k < 0.4:
            pp = g.wrong(pp, d, cap=None)
        elif k < 0.7:
            pp = q(pp + r.choice([-1, 1]) * u * r.randint(3, 30), d)
            if pp <= 0 or r2 - r1 == pp:
                raise Retry()
        else:
            r2 = q(r2 + r.choice([-1, 1]) * D(str(round(r.uniform(0.6, 3), 2))), d)
            if r2 > 100 or r2 - r1 == pp:
                raise Retry()
    R1, R2, PP = g.pct(r1, d), g.pct(r2, d), g.dec(pp, d)
    g.c_pp(R1, R2, PP, "up")
    subj = r.choice(["政务服务事项网上办理率", "“一网通办”全程网办率", "即办件占比", "群众满意率"])
    g.what = "percentage-point change between two stated rates"
    return f"{subj}由上年的{R1}提高到{R2}，提高{PP}个百分点。"


@style("target_completion", "pct", "employ")
def _(g):
    r = g.r
    T = r.randint(200, 60000)
    a = int(T * r.uniform(0.75, 1.35))
    d = rdp(r, (30, 40, 30))
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, cap=None)
    subj = r.choice(["城镇新增就业", "农村劳动力转移就业", "职业技能培训", "创业带动就业"])
    g.what = "completion of the annual target (may exceed 100%)"
    return f"{subj}{N}人，完成年度目标任务{Dn}人的{R}。"


@style("exceed_pct", "pct", "market")
def _(g):
    r = g.r
    T = r.randint(50, 9000)
    a = int(T * r.uniform(1.02, 1.6))
    d = rdp(r, (30, 50, 20))
    A, B, R = growth_nums(g, T, a, d, "up", g.pick(1) == 0)
    g.what = "超额 percentage = (done - target) / target"
    return f"年度新增市场主体目标{A}户，实际新增{B}户，超额完成{R}。"


@style("online_rate", "pct", "govsvc")
def _(g):
    r = g.r
    T = r.randint(300, 3000)
    a = T - r.randint(0, max(1, T // 20))
    b = int(a * r.uniform(0.6, 0.95))
    d = rdp(r, (10, 50, 40))
    which = g.pick(2)
    A, TT, R1 = rate_nums(g, a, T, d, which == 0, bump_num_ok=False, what="网上可办率: ")
    B, _T2, R2 = rate_nums(g, b, T, d, which == 1, dmk=lambda v: TT, what="全程网办率: ", bump_num_ok=False)
    g.what = "two rates over the same stated whole"
    return (f"全{r.choice(['市', '区', '县'])}依申请政务服务事项{TT}项，其中网上可办{A}项，网上可办率{R1}；"
            f"全程网办{B}项，全程网办率{R2}。")


@style("jiban_share", "pct", "govsvc")
def _(g):
    r = g.r
    T = r.randint(2000, 900000)
    a = int(T * r.uniform(0.3, 0.8))
    d = rdp(r, (10, 50, 40))
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "即办件 share of all matters handled (whole in the previous sentence)"
    return f"全年受理各类办件{Dn}件，按期办结率100%。其中即办件{N}件，占办件总量的{R}。"


@style("inspection_pass_rate", "pct", "health")
def _(g):
    r = g.r
    T = r.randint(100, 20000)
    a = T - r.randint(0, max(1, T // 30))
    d = rdp(r, (10, 40, 50))
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "pass rate of sampled batches"
    return f"全年抽检{r.choice(['食品', '食用农产品', '药品', '化妆品'])}{Dn}批次，合格{N}批次，合格率{R}。"


@style("disqualified_rate", "pct", "health")
def _(g):
    r = g.r
    T = r.randint(100, 20000)
    c = r.randint(1, max(2, T // 25))
    d = r.choice([1, 2, 2])
    N, Dn, R = rate_nums(g, c, T, d, g.pick(1) == 0)
    g.what = "failure rate (small rate)"
    return f"完成食品安全监督抽检{Dn}批次，检出不合格{N}批次，不合格率为{R}，不合格产品已全部依法处置。"


@style("shares_not_exceed_100", "pct", "hotline")
def _(g):
    r = g.r
    d = r.choice([1, 1, 2])
    k = r.randint(3, 4)
    cats = g.sample(["城市管理类", "住房建设类", "劳动保障类", "市场监管类", "交通运输类", "教育类", "医疗卫生类"], k)
    total_share = r.uniform(0.55, 0.93)
    ws = [r.uniform(0.3, 1) for _ in range(k)]
    sh = [q(D(str(total_share * w / sum(ws) * 100)), d) for w in ws]
    sh.sort(reverse=True)
    if g.pick(1) == 0:
        i = r.randrange(k)
        need = 100 - sum(sh) + D(str(round(r.uniform(1.2, 8), 2)))
        sh[i] = q(sh[i] + need, d)
    S = [g.pct(v, d) for v in sh]
    g.c_share_sum(S, False, "shares of one whole: ")
    K = g.i(k, "cn")
    g.c_count(K, cats, "categories named: ")
    g.what = "top categories' shares of one whole cannot pass 100%"
    return f"从诉求类别看，{'，'.join(f'{c}占{s}' for c, s in zip(cats, S))}，以上{K}类诉求是群众反映最集中的问题。"


@style("budget_execution_rate", "pct", "budget")
def _(g):
    r = g.r
    dd = 2
    a = q(D(r.randint(5000, 900000)) / 100, dd)
    b = q(a * D(r.uniform(0.7, 1.0)), dd)
    d = rdp(r, (10, 40, 50))
    N, Dn, R = rate_nums(g, b, a, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "budget execution rate (万元 with decimals)"
    return f"{r.choice(['部门', '项目', '专项资金'])}全年预算{Dn}元，实际支出{N}元，预算执行率{R}。"


@style("table_rate_col", "pct", "safety", block=True)
def _(g):
    r = g.r
    k = r.randint(3, 5)
    names = list(dict.fromkeys(org_town(r) for _ in range(k * 2)))[:k]
    if len(names) < k:
        raise Retry()
    d = rdp(r, (20, 50, 30))
    which = g.pick(k)
    sp = r.choice(["\t", "　", " | "])
    lines = [f"单位{sp}排查隐患（处）{sp}已整改（处）{sp}整改率"]
    for i, nm in enumerate(names):
        T = r.randint(20, 3000)
        a = T - r.randint(0, max(1, T // 8))
        N, Dn, R = rate_nums(g, a, T, d, which == i, what=f"row {i + 1}: ")
        lines.append(f"{nm}{sp}{Dn}{sp}{N}{sp}{R}")
    g.what = "table with a rate column, each row checked"
    return lines


@style("fullwidth_pct", "pct", "civil")
def _(g):
    r = g.r
    T = r.randint(80, 9000)
    a = T - r.randint(0, max(1, T // 15))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.i(v, "fw"),
                         pmk=lambda v: g.pct(v, d, "fw", "％"))
    g.what = "full-width digits and ％"
    return f"全年回访救助对象{Dn}户，表示满意{N}户，满意率{R}。"


def cn_pct(v: Decimal, d: int) -> str:
    s = format(q(v, d), "f")
    ip, _, fp = s.partition(".")
    out = "百分之" + cn_int(int(ip))
    if fp:
        out += "点" + "".join(CN_DIG[int(c)] for c in fp)
    return out


@style("chinese_pct", "pct", "employ")
def _(g):
    r = g.r
    T = r.randint(1000, 900000)
    a = int(T * r.uniform(0.9, 0.995))
    d = r.choice([0, 1, 1])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, pmk=lambda v: Num(q(v, d), cn_pct(v, d), D(1).scaleb(-d)))
    g.what = "percentage written as 百分之… in Chinese numerals"
    return f"城乡居民基本养老保险应参保{Dn}人，实际参保{N}人，参保率达到{R}。"


@style("rate_paren_fraction", "pct", "hotline")
def _(g):
    r = g.r
    T = r.randint(50, 9000)
    a = T - r.randint(0, max(1, T // 12))
    d = rdp(r, (10, 50, 40))
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "rate followed by its fraction in parentheses"
    sl = r.choice(["/", "／"])
    return f"经电话回访，群众满意率为{R}（{N}{sl}{Dn}），较上年有所提升。"


@style("gdp_share", "pct", "stats")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(5000, 900000)) / 100, dd)
    a = q(T * D(r.uniform(0.35, 0.65)), dd)
    d = r.choice([1, 1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd, "亿"), bump_num_ok=False)
    g.what = "share of GDP (亿元)"
    return f"全年实现地区生产总值{Dn}元。第三产业增加值{N}元，占地区生产总值的比重为{R}。"


@style("industry_structure_ratio", "pct", "stats")
def _(g):
    r = g.r
    d = 1
    a = D(str(round(r.uniform(3, 18), 4)))
    b = D(str(round(r.uniform(30, 50), 4)))
    c = 100 - a - b
    sh = [q(a, d), q(b, d), q(c, d)]
    if g.pick(1) == 0:
        i = r.randrange(3)
        sh[i] = q(sh[i] + r.choice([-1, 1]) * D(str(round(r.uniform(1.0, 6), 1))), d)
    S = [g.plain(v, d) for v in sh]
    g.c_share_sum(S, True, "structure ratio sums to 100: ")
    sep = r.choice([":", "：", "∶"])
    g.what = "three-industry structure ratio a:b:c must total 100"
    return f"三次产业结构调整为{sep.join(x.s for x in S)}，产业结构持续优化。"


@style("industry_values_and_structure", "pct", "stats")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(5000, 900000)) / 100, dd)
    parts = split_dec(r, T, 3, dd, [r.uniform(0.04, 0.15), r.uniform(0.3, 0.5), r.uniform(0.4, 0.6)])
    d = 1
    which = g.pick(3)
    t = g.w(T, dd, "亿")
    ps = [g.w(p, dd, "亿") for p in parts]
    g.c_sum(t, ps)
    out = []
    for i, p in enumerate(ps):
        R = g.pct(share_val(g, p.v, T * 10 ** 8, d, which == i), d)
        g.c_rate(p, t, R)
        out.append(R)
    g.what = "industry values summing to GDP with each share"
    return (f"全年地区生产总值{t}元。其中，第一产业增加值{ps[0]}元，占{out[0]}；第二产业增加值{ps[1]}元，占{out[1]}；"
            f"第三产业增加值{ps[2]}元，占{out[2]}。")


@style("overlapping_shares_party", "pct", "party")
def _(g):
    r = g.r
    T = r.randint(100, 9000)
    cats = [("女党员", 0.22, 0.38), ("少数民族党员", 0.05, 0.4), ("大专及以上学历", 0.45, 0.75), ("35岁及以下", 0.15, 0.32)]
    k = r.randint(3, 4)
    cats = g.sample(cats, k)
    vals = [int(T * r.uniform(lo, hi)) for _, lo, hi in cats]
    d = r.choice([1, 2])
    which = g.pick(k)
    t = g.i(T)
    out, S = [], []
    for i, ((nm, _, _), v) in enumerate(zip(cats, vals)):
        V = g.i(v)
        R = g.pct(share_val(g, v, T, d, which == i), d)
        g.c_rate(V, t, R)
        out.append(f"{nm}{V}名，占{R}")
        S.append(R)
    g.trap("overlap_shares", "shares of overlapping attributes of one whole may pass 100%", shares=S)
    g.what = "each share checkable; together they overlap"
    return f"全{r.choice(['县', '区', '系统'])}共有党员{t}名，其中{'；'.join(out)}。"


@style("aging_share", "pct", "pop")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(3000, 90000)) / 100, dd)
    a = q(T * D(r.uniform(0.14, 0.3)), dd)
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "share of elderly in 万人"
    return f"年末户籍人口{Dn}人，60周岁及以上老年人口{N}人，占户籍总人口的{R}，人口老龄化程度进一步加深。"


@style("vaccination_coverage", "pct", "health")
def _(g):
    r = g.r
    T = r.randint(2000, 300000)
    a = int(T * r.uniform(0.8, 0.99))
    b = int(a * r.uniform(0.85, 0.99))
    d = rdp(r, (5, 45, 50))
    which = g.pick(2)
    A, TT, R1 = rate_nums(g, a, T, d, which == 0, bump_num_ok=False, what="first dose: ")
    B, _x, R2 = rate_nums(g, b, T, d, which == 1, dmk=lambda v: TT, what="full course: ", bump_num_ok=False)
    g.what = "two coverage rates over the same target group"
    return f"{r.choice(['60岁以上', '3至11岁', '目标'])}人群{TT}人，已接种第一剂{A}人，接种率{R1}；全程接种{B}人，全程接种率{R2}。"


@style("employment_target_paren", "pct", "employ")
def _(g):
    r = g.r
    T = r.randint(500, 50000)
    a = int(T * r.uniform(0.6, 1.3))
    d = rdp(r, (20, 50, 30))
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, cap=None)
    g.what = "completion rate with the target in parentheses"
    return f"城镇新增就业{N}人，完成年度目标任务（{Dn}人）的{R}。"


@style("bed_use_rate", "pct", "hosp")
def _(g):
    r = g.r
    b = r.randint(20000, 600000)
    a = int(b * r.uniform(0.7, 1.05))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, b, d, g.pick(1) == 0, cap=None)
    g.what = "bed occupancy (may exceed 100%)"
    return f"实际占用总床日数{N}，实际开放总床日数{Dn}，病床使用率{R}。"


@style("graduate_employment", "pct", "school")
def _(g):
    r = g.r
    T = r.randint(200, 12000)
    a = int(T * r.uniform(0.8, 0.98))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "graduate employment rate"
    return f"{g.year}届毕业生{Dn}人，截至8月31日已落实去向{N}人，毕业去向落实率{R}。"


@style("court_closure_rate", "pct", "court")
def _(g):
    r = g.r
    T = r.randint(500, 40000)
    a = int(T * r.uniform(0.82, 0.99))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    pp = g.dec(r.randint(2, 60) / 10, 1)
    g.trap("pp_no_base", "change in points without last year's rate", pp=pp)
    g.what = "closure rate; the 百分点 change has no base and is not checkable"
    return f"全年受理各类案件{Dn}件，审执结{N}件，结收案比{R}，同比上升{pp}个百分点。"


@style("four_forms_table", "pct", "disc", block=True)
def _(g):
    r = g.r
    T = r.randint(80, 9000)
    parts = split_int(r, T, 4, 1, [x * r.uniform(0.7, 1.3) for x in FORM_W])
    d = r.choice([1, 2])
    which = g.pick(4)
    sp = r.choice(["\t", "　", " | "])
    t = g.i(T)
    ps = [g.i(p) for p in parts]
    g.c_sum(t, ps)
    lines = [f"形态{sp}人次{sp}占比"]
    for i, (nm, p) in enumerate(zip(FORMS, ps)):
        R = g.pct(share_val(g, p.v, T, d, which == i), d)
        g.c_rate(p, t, R)
        lines.append(f"{nm}{sp}{p}{sp}{R}")
    lines.append(f"合计{sp}{t}{sp}100%")
    g.what = "four forms table with counts and shares"
    return lines


@style("pp_with_counts", "pct", "hotline")
def _(g):
    r = g.r
    d = 2
    for _ in range(40):
        a1 = r.randint(300, 20000)
        b1 = a1 - r.randint(1, max(2, a1 // 10))
        a2 = r.randint(300, 20000)
        b2 = a2 - r.randint(0, max(1, a2 // 25))
        r1, r2 = q(D(b1) / a1 * 100, d), q(D(b2) / a2 * 100, d)
        if r2 > r1 and not is_half(b1, a1, 100, d) and not is_half(b2, a2, 100, d):
            break
    else:
        raise Retry()
    pp = r2 - r1
    which = g.pick(3)
    if which == 0:
        r1 = g.wrong(D(b1) / a1 * 100, d, cap=r2 - D("0.01"))
    elif which == 1:
        r2 = g.wrong(D(b2) / a2 * 100, d, cap=D(100), floor=r1)
        # keep the stated difference consistent with the stated rates, so only the rate is wrong
    if which in (0, 1):
        pp = r2 - r1
    elif which == 2:
        pp = g.wrong(pp, d, cap=None)
    A1, B1, A2, B2 = g.i(a1), g.i(b1), g.i(a2), g.i(b2)
    R1, R2, PP = g.pct(r1, d), g.pct(r2, d), g.dec(pp, d)
    g.c_rate(B1, A1, R1, what="last year: ")
    g.c_rate(B2, A2, R2, what="this year: ")
    g.c_pp(R1, R2, PP, "up")
    if PP.v <= 0:
        raise Retry()
    g.what = "two yearly rates from counts and the point change between them"
    return (f"{g.year - 1}年受理{A1}件、办结{B1}件，办结率{R1}；{g.year}年受理{A2}件、办结{B2}件，"
            f"办结率{R2}，提高{PP}个百分点。")


@style("infant_mortality_permille", "pct", "health")
def _(g):
    r = g.r
    b = r.randint(2000, 90000)
    a = int(b * r.uniform(0.001, 0.006))
    if a < 1:
        raise Retry()
    d = 2
    N, Dn, R = rate_nums(g, a, b, d, g.pick(1) == 0, cap=None, scale=1000, pmk=lambda v: g.pm(v, d), bump_num_ok=False)
    g.what = "infant mortality per mille"
    return f"全年活产数{Dn}人，婴儿死亡{N}人，婴儿死亡率为{R}，低于全省平均水平。"


@style("decrease_cases_base", "pct", "safety")
def _(g):
    r = g.r
    a, b = growth_pair(r, 40, 9000, False, 0.5)
    d = rdp(r, (10, 60, 30))
    A, B, R = growth_nums(g, a, b, d, "down", g.pick(1) == 0)
    g.what = "decline with base in parentheses"
    return f"全年发生{r.choice(['电信网络诈骗案件', '刑事案件', '盗窃案件'])}{B}起，同比下降{R}（上年同期{A}起）。"


@style("volunteer_share_population", "pct", "culture")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(3000, 90000)) / 100, dd)
    a = q(T * D(r.uniform(0.08, 0.3)), dd)
    d = 2
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "share with the whole in parentheses"
    return f"目前全区注册志愿者{N}人，占常住人口（{Dn}人）的{R}。"


@style("village_coverage", "pct", "village")
def _(g):
    r = g.r
    T = r.randint(8, 400)
    a = T - r.randint(0, max(1, T // 5))
    d = r.choice([0, 1, 1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    thing = r.choice(["实现集体经济收入10万元以上", "建成村级综合服务站", "开通5G网络", "实现生活污水有效治理"])
    g.what = "coverage of villages (a number inside the criterion is not a part)"
    return f"全{r.choice(['县', '区', '市'])}{Dn}个行政村中，已有{N}个村{thing}，覆盖率{R}。"


@style("numbered_rates", "pct", "urban")
def _(g):
    r = g.r
    k = r.choice([2, 3])
    which = g.pick(k)
    topics = g.sample([("占道经营问题", "处", "整治"), ("违法建设", "处", "拆除"), ("群众投诉", "件", "办结"),
                       ("破损路面", "处", "修复"), ("井盖隐患", "处", "整改")], k)
    d = r.choice([1, 2])
    out = []
    for i, (tp, un, vb) in enumerate(topics):
        T = r.randint(30, 6000)
        a = T - r.randint(0, max(1, T // 10))
        N, Dn, R = rate_nums(g, a, T, d, which == i, what=f"item {i + 1}: ")
        out.append(f"{ORD_CN[i]}是排查{tp}{Dn}{un}，{vb}{N}{un}，{vb}率{R}")
    g.what = "several items, each with its own rate"
    return "；".join(out) + "。"


@style("questionnaire_two_rates", "pct", "school")
def _(g):
    r = g.r
    a = r.randint(200, 9000)
    b = a - r.randint(1, max(2, a // 8))
    c = int(b * r.uniform(0.85, 0.99))
    d = r.choice([1, 2])
    which = g.pick(2)
    B, A, R1 = rate_nums(g, b, a, d, which == 0, bump_num_ok=False, what="回收率: ")
    C, _x, R2 = rate_nums(g, c, b, d, which == 1, dmk=lambda v: B, what="满意 over 回收: ")
    g.what = "two rates with different bases (回收/发放, 满意/回收)"
    return f"发放满意度调查问卷{A}份，回收有效问卷{B}份，回收率{R1}；其中表示满意的{C}份，占有效问卷的{R2}。"


@style("complement_rates", "pct", "health")
def _(g):
    r = g.r
    T = r.randint(200, 30000)
    b = r.randint(1, max(2, T // 30))
    a = T - b
    d = 2
    which = g.pick(2)
    t = g.i(T)
    A, B = g.i(a), g.i(b)
    g.c_sum(t, [A, B])
    R1 = g.pct(share_val(g, a, T, d, which == 0), d)
    R2 = g.pct(share_val(g, b, T, d, which == 1), d)
    g.c_rate(A, t, R1, what="合格率: ")
    g.c_rate(B, t, R2, what="不合格率: ")
    g.what = "pass and fail rates of one whole"
    return f"全年抽检{t}批次，合格{A}批次、合格率{R1}，不合格{B}批次、不合格率{R2}。"


@style("election_turnout", "pct", "village")
def _(g):
    r = g.r
    T = r.randint(500, 30000)
    a = int(T * r.uniform(0.85, 0.99))
    d = 2
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "turnout rate"
    return f"本次村（社区）“两委”换届选举，登记选民{Dn}人，参加投票{N}人，参选率{R}。"


@style("tax_share", "pct", "budget")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(2000, 90000)) / 100, dd)
    a = q(T * D(r.uniform(0.55, 0.85)), dd)
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd, "亿"), bump_num_ok=False)
    g.what = "tax share of general budget revenue"
    return f"一般公共预算收入完成{Dn}元，其中税收收入{N}元，占一般公共预算收入的{R}。"


def growth_inc_nums(g, base, new, d, active, mk=None, what=""):
    inc = new - base
    if inc <= 0 or is_half(inc, base, 100, d):
        raise Retry()
    true = D(inc) / base * 100
    v = q(true, d) if not active else g.wrong(true, d, cap=None)
    mk = mk or g.i
    NEW, INC, R = mk(new), mk(inc), g.pct(v, d)
    holds = unit_round(D(INC.v) / (NEW.v - INC.v) * 100, R.u) == R.v
    g._add({"rel": "growth_inc", "new": NEW.j(), "inc": INC.j(), "rate": R.j(), "holds": holds},
           f"{what}{INC.s}/({NEW.s}-{INC.s})={q(true, 4)} vs {R.s}")
    return NEW, INC, R


@style("growth_and_increment", "pct", "stats")
def _(g):
    r = g.r
    subj, unit, lo, hi = r.choice(CHANGE_SUBJ)
    a, b = growth_pair(r, lo, hi, True, 0.4)
    NEW, INC, R = growth_inc_nums(g, a, b, rdp(r, (10, 60, 30)), g.pick(1) == 0)
    g.what = "new value, increment and growth rate (base = new - increment)"
    return f"{subj}达到{NEW}{unit}，比上年增加{INC}{unit}，增长{R}。"


@style("shares_of_two_wholes", "pct", "employ")
def _(g):
    r = g.r
    T1 = r.randint(5000, 300000)
    T2 = r.randint(5000, 300000)
    a = int(T1 * r.uniform(0.9, 0.995))
    b = int(T2 * r.uniform(0.9, 0.995))
    d = r.choice([1, 2])
    which = g.pick(2)
    A, TT1, R1 = rate_nums(g, a, T1, d, which == 0, what="城镇: ")
    B, TT2, R2 = rate_nums(g, b, T2, d, which == 1, what="农村: ")
    g.trap("different_wholes", "two rates of different wholes, not shares of one", shares=[R1, R2])
    g.what = "rates of two different wholes in one sentence (their sum passes 100 legitimately)"
    return (f"城镇职工基本医疗保险参保{A}人，参保率{R1}（应参保{TT1}人）；"
            f"城乡居民基本医疗保险参保{B}人，参保率{R2}（应参保{TT2}人）。")


@style("net_growth_entities_rate", "pct", "market")
def _(g):
    r = g.r
    a, b = growth_pair(r, 3000, 600000, True, 0.2)
    NEW, INC, R = growth_inc_nums(g, a, b, r.choice([1, 2]), g.pick(1) == 0)
    g.what = "net growth with rate over last year-end"
    return f"年末实有各类市场主体{NEW}户，较上年末净增{INC}户，增长{R}。"


@style("new_enterprise_share", "pct", "market")
def _(g):
    r = g.r
    T = r.randint(800, 90000)
    a = int(T * r.uniform(0.2, 0.45))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "share of new enterprises among new entities"
    return f"全年新登记市场主体{Dn}户。新设立企业{N}户，占新登记市场主体的{R}，企业占比持续提升。"


@style("entry_exit_ratio", "pct", "market")
def _(g):
    r = g.r
    a = r.randint(500, 90000)
    b = int(a * r.uniform(0.2, 0.7))
    d = 2
    if is_half(a, b, 1, d):
        raise Retry()
    v = q(D(a) / b, d) if g.pick(1) != 0 else g.wrong(D(a) / b, d, cap=None)
    A, B = g.i(a), g.i(b)
    R = g.plain(v, d)
    g.c_rate(A, B, R, 1, "新设:注销 = ")
    g.what = "a ratio x:1 (scale 1)"
    return f"全年新设市场主体{A}户，注销{B}户，新设与注销之比为{R}:1。"


@style("category_count_share_hotline", "pct", "hotline")
def _(g):
    r = g.r
    k = r.randint(3, 5)
    cats = g.sample(["城市管理", "住房建设", "劳动保障", "市场监管", "交通运输", "教育", "医疗卫生", "生态环境"], k)
    T = r.randint(1000, 90000)
    parts = split_int(r, T, k)
    d = r.choice([1, 2])
    which = g.pick(k)
    t = g.i(T)
    ps = [g.i(p) for p in parts]
    g.c_sum(t, ps)
    out = []
    for i, (c, p) in enumerate(zip(cats, ps)):
        R = g.pct(share_val(g, p.v, T, d, which == i), d)
        g.c_rate(p, t, R)
        out.append(f"{c}类{p}件（占{R}）")
    g.what = "counts with parenthesised shares, complete list"
    return f"全年受理工单{t}件，按领域分：{'、'.join(out)}。"


@style("yoy_two_indicators_fenbie", "pct", "stats")
def _(g):
    r = g.r
    dd = 2
    a0 = q(D(r.randint(500, 90000)) / 100, dd)
    b0 = q(a0 * D(r.uniform(0.2, 0.35)), dd)
    a1 = q(a0 * D(r.uniform(1.01, 1.3)), dd)
    b1 = q(b0 * D(r.uniform(1.01, 1.3)), dd)
    d = 1
    which = g.pick(2)
    out = []
    for i, (x0, x1) in enumerate(((a0, a1), (b0, b1))):
        if is_half((x1 - x0) * 100, x0 * 100, 100, d):
            raise Retry()
        true = (x1 - x0) / x0 * 100
        v = q(true, d) if which != i else g.wrong(true, d, cap=None)
        X0, X1, R = g.w(x0, dd, "亿"), g.w(x1, dd, "亿"), g.pct(v, d)
        g.c_growth(X0, X1, R, "up")
        out.append((X0, X1, R))
    g.what = "two growth rates whose bases are given together with 分别为"
    return (f"全年规模以上工业总产值{out[0][1]}元，同比增长{out[0][2]}；规模以上工业增加值{out[1][1]}元，同比增长{out[1][2]}。"
            f"上年同期分别为{out[0][0]}元和{out[1][0]}元。")


@style("rate_thousands_sep", "pct", "hotline")
def _(g):
    r = g.r
    T = r.randint(10000, 900000)
    a = T - r.randint(1, T // 30)
    d = 2
    mode = r.choice(["c", "c", "s", "fc"])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.i(v, mode))
    g.what = "counts with thousands separators"
    return f"全年通过热线、网络等渠道受理诉求{Dn}件，按时办结{N}件，按时办结率{R}。"


@style("rate_cn_counts", "pct", "procur")
def _(g):
    r = g.r
    T = r.randint(20, 900)
    a = T - r.randint(0, max(1, T // 8))
    d = r.choice([1, 2])
    mode = r.choice(["cn", "cnl"])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.i(v, mode))
    g.what = "counts in Chinese numerals, rate in digits"
    return f"适用认罪认罚从宽制度审结{Dn}人，其中检察机关提出确定刑量刑建议被法院采纳{N}人，采纳率{R}。"


@style("rate_wan_units", "pct", "employ")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(1000, 90000)) / 100, dd)
    a = q(T * D(r.uniform(0.9, 0.99)), dd)
    d = 2
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "rate from counts in 万人"
    return f"全市户籍人口基本医疗保险应参保{Dn}人，已参保{N}人，参保率{R}。"


@style("caesarean_rate", "pct", "hosp")
def _(g):
    r = g.r
    T = r.randint(300, 12000)
    a = int(T * r.uniform(0.25, 0.5))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "caesarean rate"
    return f"全年住院分娩{Dn}例，其中剖宫产{N}例，剖宫产率{R}，较上年有所下降。"


@style("antibiotic_rate", "pct", "hosp")
def _(g):
    r = g.r
    T = r.randint(20000, 600000)
    a = int(T * r.uniform(0.08, 0.2))
    d = 2
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "antibiotic prescription rate"
    return f"抽查门诊处方{Dn}张，其中使用抗菌药物处方{N}张，门诊抗菌药物使用率{R}，控制在规定范围内。"


@style("exam_two_rates", "pct", "school")
def _(g):
    r = g.r
    T = r.randint(100, 9000)
    a = int(T * r.uniform(0.85, 0.99))
    c = int(T * r.uniform(0.2, 0.5))
    d = r.choice([1, 2])
    which = g.pick(2)
    A, TT, R1 = rate_nums(g, a, T, d, which == 0, bump_num_ok=False, what="合格率: ")
    C, _x, R2 = rate_nums(g, c, T, d, which == 1, dmk=lambda v: TT, what="优秀率: ", bump_num_ok=False)
    g.what = "pass and excellence rates over the same candidates (overlapping, both over the whole)"
    return f"全{r.choice(['县', '区'])}参加学业水平考试{TT}人，合格{A}人，合格率{R1}；优秀{C}人，优秀率{R2}。"


@style("rectify_rate", "pct", "audit")
def _(g):
    r = g.r
    T = r.randint(10, 900)
    a = T - r.randint(0, max(1, T // 6))
    d = r.choice([0, 1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "rectification rate"
    return f"审计发现问题{Dn}个，已整改{N}个，整改率{R}，其余问题正在整改中。"


@style("recovery_rate_money", "pct", "audit")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(1000, 900000)) / 100, dd)
    a = q(T * D(r.uniform(0.6, 0.98)), dd)
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "recovery rate of money"
    return f"应追回违规资金{Dn}元，已追回{N}元，追回率{R}。"


@style("time_reduction_rate", "pct", "govsvc")
def _(g):
    r = g.r
    a = r.randint(5, 30)
    b = r.randint(1, max(1, a * 2 // 3))
    if b >= a:
        raise Retry()
    d = r.choice([0, 1, 2])
    A, B, R = growth_nums(g, a, b, d, "down", g.pick(1) == 0)
    g.what = "reduction of processing time"
    return f"企业开办时间由{A}个工作日压缩至{B}个工作日，压缩{R}。"


@style("boarding_share", "pct", "school")
def _(g):
    r = g.r
    T = r.randint(300, 6000)
    a = int(T * r.uniform(0.2, 0.7))
    d = r.choice([1, 2])
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0)
    g.what = "boarders as share of students"
    return f"学校现有在校生{Dn}人，其中住校生{N}人，占在校生总数的{R}。"


@style("farmland_share", "pct", "agri")
def _(g):
    r = g.r
    dd = 1
    T = q(D(r.randint(50000, 9000000)) / 10, dd)
    a = q(T * D(r.uniform(0.1, 0.4)), dd)
    d = 2
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.dec(v, dd), bump_num_ok=False)
    g.what = "area share (hectares with decimals)"
    return f"全{r.choice(['县', '市'])}土地总面积{Dn}公顷，其中耕地{N}公顷，占土地总面积的{R}。"


@style("forest_coverage", "pct", "env")
def _(g):
    r = g.r
    dd = 2
    T = q(D(r.randint(1000, 90000)) / 100, dd)
    a = q(T * D(r.uniform(0.3, 0.75)), dd)
    d = 2
    N, Dn, R = rate_nums(g, a, T, d, g.pick(1) == 0, nmk=lambda v: g.w(v, dd), bump_num_ok=False)
    g.what = "forest coverage from areas in 万公顷"
    return f"全市国土面积{Dn}公顷，森林面积{N}公顷，森林覆盖率达到{R}。"


@style("dependency_ratio", "pct", "pop")
def _(g):
    r = g.r
    d = 2
    for _ in range(40):
        w = r.randint(50000, 3000000)
        c = int(w * r.uniform(0.2, 0.35))
        e = int(w * r.uniform(0.15, 0.35))
        r1, r2, r3 = q(D(c) / w * 100, d), q(D(e) / w * 100, d), q(D(c + e) / w * 100, d)
        if r1 + r2 == r3 and not is_half(c, w, 100, d) and not is_half(e, w, 100, d):
            break
    else:
        raise Retry()
    which = g.pick(3)
    sc = c
    if which == 0:
        r1 = g.wrong(D(c) / w * 100, d, cap=None)
        r3 = r1 + r2
    elif which == 1:
        for _ in range(60):
            m = g.bump(e)
            if abs(D(m) / w * 100 - r2) >= D("0.6"):
                e = m
                break
        else:
            raise Retry()
    elif which == 2:
        r3 = g.wrong(r1 + r2, d, cap=None)
    W, C, E = g.i(w), g.i(sc), g.i(e)
    R1, R2, R3 = g.pct(r1, d), g.pct(r2, d), g.pct(r3, d)
    g.c_rate(C, W, R1, what="child dependency: ")
    g.c_rate(E, W, R2, what="old-age dependency: ")
    g.c_lin([(1, R1), (1, R2)], R3, "total = child + old-age: ")
    g.what = "dependency ratios over the working-age population"
    return (f"15—64岁劳动年龄人口{W}人，0—14岁少儿人口{C}人，65岁及以上老年人口{E}人；"
            f"少儿抚养比{R1}，老年抚养比{R2}，总抚养比{R3}。")


@style("space_after_pct_ok", "pct", "stats")
def _(g):
    r = g.r
    dd = r.choice([2, 3])
    a = q(D(r.randint(3000, 900000)) / 1000, dd)
    b = q(a * D(r.uniform(1.02, 1.4)), dd)
    d = 1
    A, B, R = growth_nums(g, a, b, d, "up", g.pick(1) == 0, mk=lambda v: g.w(v, dd, "亿"))
    g.what = "a space AFTER % before punctuation is not a malformed percentage"
    sp = r.choice([" ", " ", "　"])
    return (f"截至{g.year}年{r.randint(4, 11)}月，完成规模以上工业总产值{B}元，上年同期{A}元，同比增加{R}{sp}{r.choice(['；', '，', '。'])}"
            f"{r.choice(['工业经济保持平稳', '主要指标稳中有升', '增速高于全市平均水平'])}。")


# --------------------------------------------------------------------------------------
# pct: malformed percentages (inconsistent whatever the arithmetic; the consistent twin is well formed)
# --------------------------------------------------------------------------------------

MAL_SCEN = [
    ("hotline", "全年受理群众诉求{D}件，办结{N}件，办结率{R}。", "群众诉求办结率达到{R}。", (200, 30000), (0.93, 1.0)),
    ("health", "抽检食用农产品{D}批次，合格{N}批次，合格率{R}。", "食用农产品抽检合格率为{R}。", (100, 9000), (0.95, 1.0)),
    ("employ", "城乡居民养老保险应参保{D}人，已参保{N}人，参保率{R}。", "城乡居民养老保险参保率{R}。", (2000, 90000), (0.85, 0.99)),
    ("safety", "排查各类隐患{D}处，已整改{N}处，整改率{R}。", "隐患整改率达{R}。", (50, 6000), (0.85, 1.0)),
    ("civil", "回访救助对象{D}户，表示满意{N}户，满意率{R}。", "救助对象满意率为{R}。", (60, 6000), (0.9, 1.0)),
    ("govsvc", "依申请政务服务事项{D}项，网上可办{N}项，网上可办率{R}。", "政务服务事项网上可办率达{R}。", (300, 3000), (0.9, 1.0)),
    ("school", "毕业生{D}人，已落实去向{N}人，落实率{R}。", "毕业去向落实率为{R}。", (200, 9000), (0.8, 0.98)),
    ("court", "受理案件{D}件，审结{N}件，结案率{R}。", "全年结案率{R}。", (300, 30000), (0.85, 0.99)),
]


def make_mal(name, deform, what, int_only=False):
    def fn(g):
        r = g.r
        dom, full, short, (lo, hi), (flo, fhi) = r.choice(MAL_SCEN)
        g.domain = dom
        T = r.randint(lo, hi)
        a = min(T, int(T * r.uniform(flo, fhi)))
        d = 0 if int_only else r.choice([1, 2, 2])
        if is_half(a, T, 100, d):
            raise Retry()
        val = q(D(a) / T * 100, d)
        if d > 0 and format(val, "f").endswith("0"):
            raise Retry()
        if int_only and val >= 100:
            raise Retry()
        good = g.pct(val, d, "a", "%")
        with_counts = r.random() < 0.7
        N, Dn = g.i(a), g.i(T)
        if g.bad:
            surf = deform(r, format(val, "f"))
            g.c_fmt(surf, False, "malformed: ")
            rtxt = surf
        else:
            rtxt = good.s
            if with_counts:
                g.c_rate(N, Dn, good)
            else:
                g.c_fmt(good.s, True, "well formed: ")
        g.what = what + (" (counts present; the arithmetic itself is right)" if with_counts else "")
        tpl = full if with_counts else short
        return tpl.format(D=Dn, N=N, R=rtxt)
    style(name, "pct", "hotline")(fn)


make_mal("mal_space_before", lambda r, s: s + r.choice([" ", "　", "  "]) + r.choice(["%", "％"]), "space between number and %")
make_mal("mal_leading_pct", lambda r, s: r.choice(["%", "％"]) + s, "% sign written before the number")
make_mal("mal_double_sign", lambda r, s: s + r.choice(["%%", "％％", "%％", "％%"]), "doubled percent sign")
make_mal("mal_placeholder", lambda r, s: r.choice(["xx%", "XX%", "xx.x%", "XX.XX%", "xxx%", "xx.xx%"]), "template placeholder instead of a value")
make_mal("mal_comma_decimal", lambda r, s: s.replace(".", ",") + "%", "comma used as decimal point")
make_mal("mal_double_dot", lambda r, s: s.replace(".", "..") + "%", "doubled decimal point")
make_mal("mal_cn_stop_decimal", lambda r, s: s.replace(".", "。") + "%", "Chinese full stop used as decimal point")
make_mal("mal_space_inside", lambda r, s: (s.replace(".", ". ") if r.random() < 0.5 else s.replace(".", " .")) + "%",
         "space inside the number next to the decimal point")


def _mix_width(r, s):
    digs = [i for i, c in enumerate(s) if c.isdigit()]
    i = r.choice(digs[:-1]) if len(digs) > 1 else digs[0]
    lst = list(s)
    if r.random() < 0.5:
        lst[i] = lst[i].translate(FW_TABLE)
    else:
        for j in digs:
            if j != i:
                lst[j] = lst[j].translate(FW_TABLE)
    return "".join(lst) + r.choice(["%", "％"])


make_mal("mal_fw_half_mix", _mix_width, "full-width and half-width digits mixed inside one number")
make_mal("mal_trailing_dot", lambda r, s: s + r.choice([".", "．"]) + "%", "decimal point with no decimals", int_only=True)


# --------------------------------------------------------------------------------------
# pct: negatives
# --------------------------------------------------------------------------------------

@style("neg_growth_over_100_nobase", "pct", "stats", NEG)
def _(g):
    r = g.r
    dd = 2
    a = g.w(q(D(r.randint(300, 90000)) / 100, dd), dd, r.choice(["万", "亿"]))
    R = g.pct(D(str(round(r.uniform(100.5, 420), 2))), r.choice([1, 2]))
    g.trap("growth_no_base", "growth over 100% with no base value given", rate=R, over100=True)
    g.what = "growth rate over 100% without base"
    subj = r.choice(["固定资产投资", "工业技改投资", "限额以上批发业销售额", "实际使用外资"])
    return f"全年完成{subj}{a}元，同比增长{R}，增速居全市第{r.randint(1, 6)}位。"


@style("neg_pp_nobase", "pct", "env", NEG)
def _(g):
    r = g.r
    R = g.pct(D(str(round(r.uniform(80, 98), 1))), 1)
    pp = g.dec(D(r.randint(2, 60)) / 10, 1)
    g.trap("pp_no_base", "百分点 change without the previous rate", pp=pp, rate=R)
    g.what = "提高N个百分点 with no base"
    return f"全年空气质量优良天数比例为{R}，同比提高{pp}个百分点，{r.choice(['PM2.5', 'PM10'])}平均浓度持续下降。"


@style("neg_shares_diff_wholes", "pct", "employ", NEG)
def _(g):
    r = g.r
    d = 1
    S = [g.pct(D(str(round(r.uniform(93, 99.8), 1))), d) for _ in range(3)]
    g.trap("different_wholes", "rates of different wholes; their sum is meaningless", shares=S, exceeds=True)
    g.what = "rates of three different wholes"
    return f"城镇职工基本养老保险参保率{S[0]}，城乡居民基本养老保险参保率{S[1]}，失业保险参保率{S[2]}。"


@style("neg_overlapping_shares_nocount", "pct", "pop", NEG)
def _(g):
    r = g.r
    d = 1
    vals = [r.uniform(48, 53), r.uniform(20, 45), r.uniform(35, 70), r.uniform(15, 30)]
    S = [g.pct(D(str(round(v, 1))), d) for v in vals]
    if sum(s.v for s in S) <= 100:
        raise Retry()
    g.trap("overlap_shares", "attributes overlap; shares need not sum to 100", shares=S, exceeds=True)
    g.what = "overlapping attribute shares"
    return f"调查对象中，女性占{S[0]}，少数民族占{S[1]}，大专及以上学历占{S[2]}，60岁及以上占{S[3]}。"


@style("neg_thresholds", "pct", "health", NEG)
def _(g):
    r = g.r
    sf = [f"{r.choice([85, 90, 95])}%以上", f"不低于{r.choice([90, 95, 98])}%", f"控制在{r.choice([3, 5, 8])}%以内"]
    g.trap("nonarith", "targets and thresholds are bounds, not computed rates", surfaces=sf)
    g.what = "thresholds"
    return (f"家庭医生重点人群签约率保持在{sf[0]}，孕产妇系统管理率{sf[1]}，"
            f"门诊抗菌药物使用率{sf[2]}。")


@style("neg_pct_ranges", "pct", "budget", NEG)
def _(g):
    r = g.r
    a = r.choice([5, 10, 15])
    b = a + r.choice([5, 10])
    c = r.choice([20, 30])
    sf = [f"{a}%—{b}%", f"{c}%至{c + 20}%"]
    g.trap("nonarith", "percentage ranges", surfaces=sf)
    g.what = "ranges of percentages"
    return f"一般性支出压减{sf[0]}，对符合条件的项目按投资额的{sf[1]}给予补助。"


@style("neg_rates_no_numerators", "pct", "govsvc", NEG)
def _(g):
    r = g.r
    T = g.i(r.randint(100, 3000))
    g.trap("nonarith", "rates with no numerator to check", surfaces=["100%", T.s])
    g.what = "rates without numerators"
    return f"梳理公布政务服务事项{T}项，实现受理率、办结率、群众满意率“三个100%”，{r.choice(['做到应进必进', '实现一窗通办'])}。"


@style("neg_interest_tax", "pct", "company", NEG)
def _(g):
    r = g.r
    sf = [r.choice(["13%", "9%", "6%"]), r.choice(["3.45%", "3.65%", "4.2%"]), r.choice(["30%", "20%", "50%"])]
    g.trap("nonarith", "tax, interest and subsidy rates", surfaces=sf)
    g.what = "statutory/contract rates"
    return f"公司产品适用{sf[0]}的增值税税率，一年期贷款利率为{sf[1]}，技改项目享受{sf[2]}的财政贴息。"


@style("neg_growth_unrelated", "pct", "company", NEG)
def _(g):
    r = g.r
    dd = 2
    A = g.w(q(D(r.randint(300, 90000)) / 100, dd), dd, "亿")
    B = g.w(q(D(r.randint(10, 3000)) / 100, dd), dd, "亿")
    R1 = g.pct(D(str(round(r.uniform(-15, 40), 1))).copy_abs(), 1)
    R2 = g.pct(D(str(round(r.uniform(2, 60), 1))), 1)
    g.trap("growth_no_base", "growth rates whose bases are not given", rate=R1)
    g.what = "values with growth rates but no bases"
    return f"{company(r)}全年实现营业收入{A}元，同比增长{R1}；实现利润总额{B}元，同比增长{R2}。"


@style("neg_approx_fraction", "pct", "agri", NEG)
def _(g):
    r = g.r
    sf = [r.choice(["近九成", "超过八成", "逾六成", "约七成"]), r.choice(["三分之一", "四分之一", "一半以上"])]
    n = g.i(r.randint(200, 9000))
    g.trap("nonarith", "fractions in words", surfaces=sf)
    g.what = "approximate fractions"
    return f"全{r.choice(['县', '市'])}{n}个新型农业经营主体中，{sf[0]}已接入电商平台，其中{sf[1]}实现线上销售常态化。"


@style("neg_yue_rate", "pct", "hotline", NEG)
def _(g):
    r = g.r
    for _ in range(50):
        T = r.randint(300, 30000)
        a = int(T * r.uniform(0.15, 0.7))
        true = D(a) / T * 100
        st = (true / 5).quantize(D(1), rounding=ROUND_HALF_UP) * 5
        if st != q(true, 0) and abs(st - true) <= 2:
            break
    else:
        raise Retry()
    t, A = g.i(T), g.i(a)
    R = g.pct(st, 0)
    g.trap("approx_rate", "约占: an approximate share", num=A, den=t, rate=R, qualifier="约")
    g.what = "约占 with a rounded-to-5 share"
    return f"全年受理诉求{t}件，其中物业管理类{A}件，约占{R}，是群众反映最多的问题。"


@style("neg_sex_ratio_alone", "pct", "pop", NEG)
def _(g):
    r = g.r
    a = g.plain(D(str(round(r.uniform(98, 112), 2))), 2)
    b = g.plain(D(str(round(r.uniform(103, 118), 2))), 2)
    g.trap("nonarith", "ratios above 100 with no counts", surfaces=[a.s, b.s])
    g.what = "sex ratios without counts"
    return f"常住人口性别比为{a}（以女性为100），出生人口性别比为{b}，总体处于正常范围。"


@style("neg_yoy_mom_nobase", "pct", "stats", NEG)
def _(g):
    r = g.r
    R1 = g.pct(D(str(round(r.uniform(1, 30), 1))), 1)
    R2 = g.pct(D(str(round(r.uniform(1, 15), 1))), 1)
    g.trap("growth_no_base", "同比/环比 without base values", rate=R1)
    g.what = "同比 and 环比 without bases"
    return f"{r.randint(2, 11)}月份，全市规模以上工业用电量同比增长{R1}，环比下降{R2}。"


@style("neg_slogan_pct", "pct", "school", NEG)
def _(g):
    r = g.r
    sf = ["“两个100%”", "“三个100%”", "“5G+智慧教育”"]
    g.trap("nonarith", "percent signs inside slogans", surfaces=sf[:2])
    g.what = "slogans containing %"
    return f"持续巩固义务教育控辍保学{sf[0]}成果，落实食品安全{sf[1]}要求，建设“5G+智慧教育”示范校{g.i(r.randint(2, 30))}所。"


@style("neg_permille_alone", "pct", "pop", NEG)
def _(g):
    r = g.r
    a = g.pm(D(str(round(r.uniform(5, 12), 2))), 2)
    b = g.pm(D(str(round(r.uniform(-3, 4), 2))).copy_abs(), 2)
    g.trap("nonarith", "per-mille rates with no counts", surfaces=[a.s, b.s])
    g.what = "per-mille rates without counts"
    return f"全年人口出生率为{a}，人口自然增长率为{b}。"


@style("neg_share_unstated_whole", "pct", "market", NEG)
def _(g):
    r = g.r
    a = g.i(r.randint(100, 9000))
    R = g.pct(D(str(round(r.uniform(5, 40), 1))), 1)
    g.trap("nonarith", "share of a whole that is not given", surfaces=[a.s, R.s])
    g.what = "share of an unstated whole"
    return f"全年新增“个转企”{a}户，占全市的{R}，总量位居各县（市、区）前列。"


@style("neg_nested_shares", "pct", "hotline", NEG)
def _(g):
    r = g.r
    t = g.i(r.randint(1000, 90000))
    R1 = g.pct(D(str(round(r.uniform(45, 70), 1))), 1)
    R2 = g.pct(D(str(round(r.uniform(50, 75), 1))), 1)
    if R1.v + R2.v <= 100:
        raise Retry()
    g.trap("nested_shares", "the second share is of a subset, not of the whole", shares=[R1, R2], exceeds=True)
    g.what = "share of a subset after share of the whole"
    return f"全年受理工单{t}件，其中投诉类占{R1}；在投诉类工单中，涉及物业管理的占{R2}。"


@style("neg_percentile_rank", "pct", "school", NEG)
def _(g):
    r = g.r
    sf = [f"前{r.choice([1, 3, 5, 10, 15, 20, 30])}%", f"后{r.choice([5, 10, 15, 20, 30])}%"]
    g.trap("nonarith", "percentile ranks", surfaces=sf)
    g.what = "percentile positions"
    who = r.choice(["学校办学质量评价", "年度教学质量监测", "体质健康抽测", "义务教育质量评估", "职业院校技能大赛成绩"])
    scope = r.choice(["全省", "全市", "全国同类学校", "全区"])
    act = r.choice(["实行帮扶提升", "开展专项督导", "列入重点关注名单", "组织结对帮扶"])
    return f"{who}位列{scope}{sf[0]}，对排名{sf[1]}的学校{act}。"


@style("neg_rate_relative_change", "pct", "civil", NEG)
def _(g):
    r = g.r
    R = g.pct(D(str(round(r.uniform(0.5, 6), 1))), 1)
    pp = g.dec(D(r.randint(3, 40)) / 10, 1)
    g.trap("growth_no_base", "relative change of a rate without its base", rate=R)
    g.what = "rate grows by X% (relative) and by points, no base"
    return f"困难群众满意度同比增长{R}，较上年提高{pp}个百分点。"


@style("neg_tech_specs", "pct", "company", NEG)
def _(g):
    r = g.r
    sf = [f"≥{r.choice([95, 98, 99])}%", f"{r.choice(['99.9', '99.5', '99.99'])}%", f"{r.choice([40, 50, 60])}%"]
    g.trap("nonarith", "technical specifications", surfaces=sf)
    g.what = "specs in %"
    return f"产品有效成分含量{sf[0]}，纯度达{sf[1]}，在相对湿度{sf[2]}的条件下可稳定储存。"


# ======================================================================================
# verifier (independent of the generator's number code)
# ======================================================================================

V_FW = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
V_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_U = {"十": 10, "百": 100, "千": 1000}
V_BIG = {"万": 10 ** 4, "亿": 10 ** 8}


def v_cn_int(s: str) -> int:
    if not s:
        raise ValueError("empty")
    total, sec, num = 0, 0, None
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in V_U:
            sec += (1 if num is None else num) * V_U[ch]
            num = None
        elif ch in V_BIG:
            sec += num or 0
            total += sec * V_BIG[ch]
            sec, num = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + sec + (num or 0)


def v_parse(s: str):
    """surface -> (value, rounding unit, kind)"""
    t = s.strip()
    if t.startswith("百分之"):
        body = t[3:]
        ip, _, fp = body.partition("点")
        val = D(v_cn_int(ip))
        if fp:
            digs = "".join(str(V_CN[c]) for c in fp)
            val = D(f"{v_cn_int(ip)}.{digs}")
        return val, D(1).scaleb(-len(fp)), "pct"
    t = t.translate(V_FW)
    kind = "num"
    if t.endswith("%"):
        kind, t = "pct", t[:-1]
    elif t.endswith("‰"):
        kind, t = "pm", t[:-1]
    mag = 1
    if t and t[-1] in V_BIG and any(c.isdigit() for c in t):
        mag, t = V_BIG[t[-1]], t[:-1]
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        core = t
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
        core = t.replace(",", "")
    elif re.fullmatch(r"\d{1,3}( \d{3})+(\.\d+)?", t):
        core = t.replace(" ", "")
    elif t and all(c in V_CN or c in V_U or c in V_BIG for c in t):
        return D(v_cn_int(t)), D(1), kind
    else:
        raise ValueError(f"cannot parse number surface {s!r}")
    _, _, frac = core.partition(".")
    return D(core) * mag, D(1).scaleb(-len(frac)) * mag, kind


def v_round(x, unit):
    return (D(x) / unit).quantize(D(1), rounding=ROUND_HALF_UP) * unit


def v_trunc(x, unit):
    return (D(x) / unit).quantize(D(1), rounding=ROUND_DOWN) * unit


DIGITISH = set("0123456789０１２３４５６７８９.．")
CNNUM = set("零〇一二两三四五六七八九十百千万亿")


def v_occurs(text: str, s: str) -> bool:
    """s occurs in text and is not glued to further digits (or further Chinese numerals)"""
    cn = all(c in CNNUM for c in s)
    digs = "0123456789０１２３４５６７８９"
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        j = i + len(s)
        before = text[i - 1] if i > 0 else "\n"
        after = text[j] if j < len(text) else "\n"
        if cn:
            glued = before in CNNUM or after in CNNUM
        else:
            glued = (before in digs or before in ".．,") and s[0] not in "%％"
            if s[-1] not in "%％‰":
                glued = glued or after in digs or (after in ".．" and j + 1 < len(text) and text[j + 1] in digs)
        if not glued:
            return True
        start = i + 1


MALFORMED = [
    ("space_before_pct", re.compile(r"[0-9０-９][ \u3000]+[%％]")),
    ("leading_pct", re.compile(r"(?<![0-9０-９.．%％])[%％][0-9０-９]")),
    ("double_pct", re.compile(r"[%％]{2}")),
    ("placeholder", re.compile(r"[xX]+(?:[.．][xX]+)?[%％]")),
    ("comma_decimal", re.compile(r"(?<![0-9,])[0-9]{1,3},[0-9]{1,2}[%％]")),
    ("double_dot", re.compile(r"[0-9０-９][.．]{2,}[0-9０-９]")),
    ("stop_decimal", re.compile(r"[0-9]。[0-9]+[%％]")),
    ("space_at_point", re.compile(r"[0-9][.．][ \u3000]+[0-9]+[%％]|[0-9][ \u3000]+[.．][0-9]+[%％]")),
    ("mixed_width", re.compile(r"(?:[0-9][.．]?[０-９]|[０-９][.．]?[0-9])[0-9０-９.．]*[%％]")),
    ("trailing_point", re.compile(r"[0-9０-９][.．][%％]")),
]


def v_malformed_hits(text: str):
    hits = []
    for name, rx in MALFORMED:
        for m in rx.finditer(text):
            hits.append((name, m.start(), m.group()))
    return hits


def v_is_malformed(s: str) -> bool:
    return bool(v_malformed_hits(s))


def _exact_kind(nums) -> bool:
    """True when every surface is a plain integer (no decimals, no 万/亿): arithmetic must be exact"""
    return all(u == 1 for _, u in nums)


class VErr(Exception):
    pass


def v_num(text, obj, probs, where):
    if not isinstance(obj, dict) or "s" not in obj or "v" not in obj:
        raise VErr(f"{where}: malformed number object {obj!r}")
    s = obj["s"]
    try:
        val, unit, kind = v_parse(s)
    except (ValueError, KeyError) as e:
        raise VErr(f"{where}: {e}")
    if D(obj["v"]) != val:
        probs.append(f"{where}: stored value {obj['v']} != parsed {dstr(val)} from {s!r}")
    if not v_occurs(text, s):
        probs.append(f"{where}: surface {s!r} not found in text")
    return val, unit


def v_check(text: str, chk: dict, idx: int, probs: list):
    """recompute one check; return (is_arith, holds)"""
    rel = chk.get("rel")
    w = f"check[{idx}]({rel})"
    if rel == "sum":
        t = v_num(text, chk["total"], probs, w)
        ps = [v_num(text, p, probs, w) for p in chk["parts"]]
        diff = sum(p[0] for p in ps) - t[0]
        holds = diff == 0
        if not holds and not _exact_kind([t] + ps):
            if abs(diff) <= (t[1] + sum(p[1] for p in ps)) / 2:
                probs.append(f"{w}: sum differs only within rounding slack ({dstr(diff)})")
        return True, holds
    if rel == "lincomb":
        res = v_num(text, chk["result"], probs, w)
        terms = [(int(tm["coef"]), v_num(text, tm["n"], probs, w)) for tm in chk["terms"]]
        diff = sum(c * n[0] for c, n in terms) - res[0]
        holds = diff == 0
        if not holds and not _exact_kind([res] + [n for _, n in terms]):
            if abs(diff) <= (res[1] + sum(n[1] for _, n in terms)) / 2:
                probs.append(f"{w}: linear relation off only within rounding slack")
        return True, holds
    if rel == "change":
        f = v_num(text, chk["from"], probs, w)
        t = v_num(text, chk["to"], probs, w)
        dl = v_num(text, chk["delta"], probs, w)
        real = t[0] - f[0] if chk["dir"] == "up" else f[0] - t[0]
        holds = real == dl[0]
        if not holds and not _exact_kind([f, t, dl]) and abs(real - dl[0]) <= (f[1] + t[1] + dl[1]) / 2:
            probs.append(f"{w}: change off only within rounding slack")
        return True, holds
    if rel in ("rate", "growth", "growth_inc"):
        if rel == "rate":
            n = v_num(text, chk["num"], probs, w)
            d = v_num(text, chk["den"], probs, w)
            true = n[0] / d[0] * D(chk.get("scale", 100))
        elif rel == "growth":
            b = v_num(text, chk["base"], probs, w)
            nw = v_num(text, chk["new"], probs, w)
            true = (nw[0] - b[0]) / b[0] * 100
            if chk["dir"] == "down":
                true = -true
        else:
            nw = v_num(text, chk["new"], probs, w)
            inc = v_num(text, chk["inc"], probs, w)
            true = inc[0] / (nw[0] - inc[0]) * 100
        rv, ru = v_num(text, chk["rate"], probs, w)
        holds = v_round(true, ru) == rv
        if not holds:
            if abs(rv - true) < max(D("0.5"), D("1.5") * ru):
                probs.append(f"{w}: wrong rate {dstr(rv)} is too close to the true {true:.4f} to be clearly wrong")
            if v_trunc(true, ru) == rv:
                probs.append(f"{w}: wrong rate equals the truncated true value")
        return True, holds
    if rel == "pp":
        f = v_num(text, chk["from"], probs, w)
        t = v_num(text, chk["to"], probs, w)
        pp = v_num(text, chk["pp"], probs, w)
        real = t[0] - f[0] if chk["dir"] == "up" else f[0] - t[0]
        holds = real == pp[0]
        if not holds and abs(real - pp[0]) < 3 * pp[1]:
            probs.append(f"{w}: point change off by less than 3 units")
        return True, holds
    if rel == "count":
        st = v_num(text, chk["stated"], probs, w)
        items = chk["items"]
        if len(set(items)) != len(items):
            probs.append(f"{w}: duplicate items")
        for it in items:
            if it not in text:
                probs.append(f"{w}: item {it!r} not in text")
        return True, int(st[0]) == len(items)
    if rel == "share_sum":
        sh = [v_num(text, s, probs, w) for s in chk["shares"]]
        sm = sum(s[0] for s in sh)
        tol = sum(s[1] for s in sh) / 2
        if chk["complete"]:
            holds = abs(sm - 100) <= tol
            if not holds and abs(sm - 100) < tol + D("0.5"):
                probs.append(f"{w}: complete shares off by too little")
        else:
            holds = sm <= 100 + tol
            if not holds and sm < 100 + tol + D("0.5"):
                probs.append(f"{w}: shares exceed 100 by too little")
        return True, holds
    if rel == "avg":
        t = v_num(text, chk["total"], probs, w)
        c = v_num(text, chk["count"], probs, w)
        a = v_num(text, chk["avg"], probs, w)
        true = t[0] / c[0]
        holds = v_round(true, a[1]) == a[0]
        if not holds and abs(a[0] - true) < max(2 * a[1], true / 100):
            probs.append(f"{w}: wrong average too close to the true one")
        return True, holds
    if rel == "product":
        fs = [v_num(text, f, probs, w) for f in chk["factors"]]
        res = v_num(text, chk["result"], probs, w)
        val = D(1)
        for f in fs:
            val *= f[0]
        return True, val == res[0]
    if rel == "pct_format":
        s = chk["s"]
        if s not in text:
            probs.append(f"{w}: {s!r} not in text")
        return True, not v_is_malformed(s)
    if rel == "trap":
        v_trap(text, chk, w, probs)
        return False, True
    raise VErr(f"{w}: unknown relation {rel!r}")


def v_trap(text, chk, w, probs):
    kind = chk.get("kind")
    if kind in ("overlap", "selection", "partial", "remainder", "subset", "approx"):
        t = v_num(text, chk["total"], probs, w)[0]
        ps = [v_num(text, p, probs, w)[0] for p in chk["parts"]]
        sm = sum(ps)
        if kind == "overlap" and not sm > t:
            probs.append(f"{w}: overlapping parts should sum past the whole")
        if kind in ("selection", "partial", "remainder", "subset") and not sm < t:
            probs.append(f"{w}: a selection should sum below the whole")
        if kind == "partial" and "等" not in text:
            probs.append(f"{w}: partial list without 等")
        if kind == "remainder" and "其余" not in text:
            probs.append(f"{w}: remainder without 其余")
        if kind == "approx":
            qual = chk.get("qualifier")
            s = chk["total"]["s"]
            if qual in ("约",) and ("约" + s) not in text:
                probs.append(f"{w}: 约 not attached to the total")
            if qual == "左右" and (s + "人次左右") not in text and (s + "左右") not in text:
                probs.append(f"{w}: 左右 not attached")
            if qual in ("约", "左右") and (sm == t or abs(sm - t) > t / 20):
                probs.append(f"{w}: approximate total should be near but not equal")
            if qual in ("余", "多"):
                tz = len(str(int(t))) - len(str(int(t)).rstrip("0"))
                if (s + qual) not in text or not (t < sm < t + 10 ** tz):
                    probs.append(f"{w}: {qual} total should be a lower bound within its magnitude")
            if qual == "近" and (("近" + s) not in text or not (t * D("0.85") <= sm < t)):
                probs.append(f"{w}: 近 total should be a close upper bound")
    elif kind == "nested":
        ch = [v_num(text, x, probs, w)[0] for x in chk["chain"]]
        if any(not (b < a) for a, b in zip(ch, ch[1:])):
            probs.append(f"{w}: nested chain not decreasing")
    elif kind in ("subitem", "subset_share"):
        p = v_num(text, chk["parent"], probs, w)[0]
        s = v_num(text, chk["sub"], probs, w)[0]
        if not s < p:
            probs.append(f"{w}: sub-item not below its parent")
    elif kind in ("overlap_shares", "different_wholes", "nested_shares"):
        sh = [v_num(text, x, probs, w)[0] for x in chk["shares"]]
        if chk.get("exceeds") and not sum(sh) > 100:
            probs.append(f"{w}: shares were meant to pass 100")
    elif kind == "approx_rate":
        n = v_num(text, chk["num"], probs, w)[0]
        d = v_num(text, chk["den"], probs, w)[0]
        rv, ru = v_num(text, chk["rate"], probs, w)
        true = n / d * 100
        if ("约占" + chk["rate"]["s"]) not in text:
            probs.append(f"{w}: 约 not attached to the rate")
        if v_round(true, ru) == rv or abs(rv - true) > D("2.5"):
            probs.append(f"{w}: approximate rate should be near but not equal to the rounded value")
    elif kind == "pp_no_base":
        v_num(text, chk["pp"], probs, w)
        if "百分点" not in text:
            probs.append(f"{w}: no 百分点")
    elif kind == "growth_no_base":
        rv = v_num(text, chk["rate"], probs, w)[0]
        if chk.get("over100") and not rv > 100:
            probs.append(f"{w}: growth should exceed 100%")
    elif kind == "nonarith":
        for s in chk.get("surfaces", []):
            if s not in text:
                probs.append(f"{w}: surface {s!r} not in text")
    else:
        probs.append(f"{w}: unknown trap kind {kind!r}")


ID_RX = re.compile(r"n29-(totals|pct)-\d{6}")


def verify_record(rec: dict) -> list:
    probs: list[str] = []
    for k in ("id", "family", "style", "label", "text", "note", "checks"):
        if k not in rec:
            return [f"missing field {k}"]
    if rec["family"] not in FAMILIES:
        probs.append("bad family")
    if rec["label"] not in LABELS:
        probs.append("bad label")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"]):
        probs.append("style not snake_case")
    if not ID_RX.fullmatch(rec["id"]) or rec["id"].split("-")[1] != rec["family"]:
        probs.append("bad id")
    text = rec["text"]
    lines = text.split("\n")
    if not 1 <= len(lines) <= 8 or any(not ln.strip() for ln in lines):
        probs.append(f"text must have 1-8 non-empty lines (has {len(lines)})")
    if "\n" in rec["note"] or not rec["note"].strip():
        probs.append("note must be one line")
    checks = rec["checks"]
    if not isinstance(checks, list) or not checks:
        return probs + ["no checks"]
    n_fail = n_arith = n_trap = 0
    n_badfmt = 0
    for i, chk in enumerate(checks):
        try:
            is_arith, holds = v_check(text, chk, i, probs)
        except (VErr, KeyError, TypeError, ValueError, ArithmeticError) as e:
            probs.append(f"check[{i}]: {type(e).__name__}: {e}")
            continue
        if is_arith:
            n_arith += 1
            if bool(chk.get("holds")) != holds:
                probs.append(f"check[{i}]({chk.get('rel')}): stored holds={chk.get('holds')} but recomputed {holds}")
            if not holds:
                n_fail += 1
                if chk.get("rel") == "pct_format":
                    n_badfmt += 1
        else:
            n_trap += 1
    hits = v_malformed_hits(text)
    if len(hits) != n_badfmt:
        probs.append(f"malformed percentages in text {hits} vs {n_badfmt} recorded")
    lab = rec["label"]
    if lab == "consistent" and (n_fail or not n_arith):
        probs.append(f"consistent record with {n_fail} failing / {n_arith} arithmetic checks")
    if lab == "inconsistent" and n_fail != 1:
        probs.append(f"inconsistent record must have exactly one failing check, has {n_fail}")
    if lab == "negative" and (n_fail or not n_trap):
        probs.append(f"negative record with {n_fail} failing checks / {n_trap} traps")
    return probs


def verify_files(paths) -> int:
    bad = 0
    for path in paths:
        probs: list[str] = []
        recs = []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    probs.append(f"line {ln}: empty line")
                    continue
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    probs.append(f"line {ln}: bad JSON: {e}")
        ids, texts = set(), set()
        per_style = defaultdict(Counter)
        style_fam = {}
        fam_lab = defaultdict(Counter)
        for rec in recs:
            rid = rec.get("id", "?")
            for p in verify_record(rec):
                probs.append(f"{rid}: {p}")
            if rid in ids:
                probs.append(f"{rid}: duplicate id")
            ids.add(rid)
            if rec.get("text") in texts:
                probs.append(f"{rid}: duplicate text")
            texts.add(rec.get("text"))
            st = rec.get("style")
            per_style[st][rec.get("label")] += 1
            if style_fam.setdefault(st, rec.get("family")) != rec.get("family"):
                probs.append(f"{rid}: style {st} used in two families")
            fam_lab[rec.get("family")][rec.get("label")] += 1
        for st, c in sorted(per_style.items()):
            n = sum(c.values())
            if not 15 <= n <= 20:
                probs.append(f"style {st}: {n} records (want 15-20)")
        if len(per_style) < 150:
            probs.append(f"only {len(per_style)} styles (want >= 150)")
        for fam in FAMILIES:
            c = fam_lab[fam]
            tot = sum(c.values())
            for lab, want in (("consistent", 0.4), ("inconsistent", 0.4), ("negative", 0.2)):
                if tot and abs(c[lab] / tot - want) > 0.03:
                    probs.append(f"{fam}: {lab} share {c[lab] / tot:.3f} far from {want}")
        print(f"{path}: {len(recs)} records, {len(per_style)} styles")
        for fam in FAMILIES:
            c = fam_lab[fam]
            print(f"  {fam}: " + ", ".join(f"{lab} {c[lab]}" for lab in LABELS) + f" (total {sum(c.values())})")
        if probs:
            bad += 1
            print(f"  {len(probs)} PROBLEMS:")
            for p in probs[:200]:
                print("   - " + p)
        else:
            print("  OK: every check recomputed, labels agree")
    return 1 if bad else 0


# ======================================================================================
# generation driver
# ======================================================================================

def make_note(g: G) -> str:
    head = f"[{g.what}] " if g.what else ""
    body = "; ".join(g.summ)
    if g.label == "consistent":
        rated = any(c["rel"] in ("rate", "growth", "growth_inc", "avg") for c in g.checks)
        tail = "all relations hold" + (" (each rate equals the true value rounded half-up to its own decimals)" if rated else "")
    elif g.label == "inconsistent":
        tail = "exactly one relation fails (✗)"
    else:
        tail = "look-alike only: no checkable relation is wrong"
    return f"{head}{body} → {tail}"


def gen_record(st: Style, r: random.Random, label: str, seen: set) -> dict:
    last = None
    for _ in range(300):
        g = G(r, label, st.family, st.name, st.domain)
        if st.block and g.mode in ("s", "fc"):
            g.mode = "a"      # space/full-width-comma grouping would be ambiguous inside column tables
        try:
            core = st.fn(g)
            text = assemble(g, core, st.block)
        except Retry as e:
            last = e
            continue
        if text in seen:
            continue
        rec = {"id": "n29-%s-000000" % st.family, "family": st.family, "style": st.name, "label": label,
               "text": text, "note": make_note(g), "checks": g.checks}
        fails = sum(1 for c in g.checks if c["rel"] != "trap" and not c["holds"])
        if label == "inconsistent" and fails != 1:
            last = f"{fails} failing"
            continue
        if label != "inconsistent" and fails:
            last = f"{fails} failing"
            continue
        probs = verify_record(rec)
        if probs:
            raise SystemExit(f"generator bug in style {st.name} ({label}):\n{text}\n{json.dumps(g.checks, ensure_ascii=False)}\n"
                             + "\n".join(probs))
        seen.add(text)
        return rec
    raise SystemExit(f"style {st.name} could not produce a {label} record ({last})")


def allocate(seed: int, family: str):
    styles = [s for s in STYLES if s.family == family]
    pos = [s for s in styles if s.labels == POS]
    neg = [s for s in styles if s.labels == NEG]
    r = random.Random(f"n29:{seed}:alloc:{family}")
    plan = {}
    npos = TARGET_PER_FAMILY["consistent"] + TARGET_PER_FAMILY["inconsistent"]
    base, extra = divmod(npos, len(pos))
    lucky = set(r.sample(range(len(pos)), extra))
    toggle = r.random() < 0.5
    c_total = 0
    for i, s in enumerate(pos):
        n = base + (1 if i in lucky else 0)
        c = n // 2
        if n % 2:
            c += 1 if toggle else 0
            toggle = not toggle
        plan[s.name] = {"consistent": c, "inconsistent": n - c}
        c_total += c
    diff = TARGET_PER_FAMILY["consistent"] - c_total
    order = list(pos)
    r.shuffle(order)
    for s in order:
        if diff == 0:
            break
        step = 1 if diff > 0 else -1
        plan[s.name]["consistent"] += step
        plan[s.name]["inconsistent"] -= step
        diff -= step
    base, extra = divmod(TARGET_PER_FAMILY["negative"], len(neg))
    lucky = set(r.sample(range(len(neg)), extra))
    for i, s in enumerate(neg):
        plan[s.name] = {"negative": base + (1 if i in lucky else 0)}
    return plan


def generate(seed: int) -> list:
    out = []
    for fam in FAMILIES:
        plan = allocate(seed, fam)
        seen: set = set()
        recs = []
        for st in STYLES:
            if st.family != fam:
                continue
            r = random.Random(f"n29:{seed}:{st.name}")
            for label, n in plan[st.name].items():
                for _ in range(n):
                    recs.append(gen_record(st, r, label, seen))
        random.Random(f"n29:{seed}:order:{fam}").shuffle(recs)
        for i, rec in enumerate(recs, 1):
            rec["id"] = f"n29-{fam}-{i:06d}"
        out.extend(recs)
    return out


def style_table(paths) -> str:
    counts = defaultdict(lambda: defaultdict(Counter))
    fam = {}
    example = {}
    for k, path in enumerate(paths):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                st = rec["style"]
                counts[st][k][rec["label"]] += 1
                fam[st] = rec["family"]
                if st not in example or (rec["label"] == "consistent" and example[st][0] != "consistent"):
                    example[st] = (rec["label"], rec["text"])
    order = {s.name: i for i, s in enumerate(STYLES)}
    names = " · ".join(re.sub(r"^.*/", "", p) for p in paths)
    rows = [f"| style | family | counts C/I/N ({names}) | example |", "|---|---|---|---|"]
    for st in sorted(counts, key=lambda x: (FAMILIES.index(fam[x]), order.get(x, 10 ** 6), x)):
        cnt = " · ".join("{}/{}/{}".format(counts[st][k]["consistent"], counts[st][k]["inconsistent"],
                                            counts[st][k]["negative"]) for k in range(len(paths)))
        lab, txt = example[st]
        txt = txt.replace("\n", " ⏎ ").replace("|", "\\|")
        if len(txt) > 120:
            txt = txt[:120] + "…"
        rows.append(f"| `{st}` | {fam[st]} | {cnt} | ({lab}) {txt} |")
    return "\n".join(rows) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, help="seed for generation")
    ap.add_argument("--out", help="output file (JSONL for --seed, Markdown for --style-table; default stdout for the table)")
    ap.add_argument("--verify", nargs="+", metavar="FILE", help="verify JSONL files")
    ap.add_argument("--style-table", nargs="+", metavar="FILE", help="Markdown style table from JSONL files")
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.style_table:
        md = style_table(a.style_table)
        if a.out:
            with open(a.out, "w", encoding="utf-8") as fh:
                fh.write(md)
        else:
            sys.stdout.write(md)
        return 0
    if a.seed is None or not a.out:
        ap.error("give --seed N --out FILE, or --verify FILE..., or --style-table FILE...")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
