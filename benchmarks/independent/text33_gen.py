#!/usr/bin/env python3
"""text33_gen.py -- held-out test collection for a placeholder (ph) and mojibake (mj)
auditor of Chinese report text.  Python 3.11, standard library only.

    python3 text33_gen.py --seed 11 --out text33_seed11.jsonl
    python3 text33_gen.py --verify text33_seed11.jsonl text33_seed12.jsonl
    python3 text33_gen.py --style-table text33_seed11.jsonl

Every record is produced by a style function from its own random.Random seeded with the
string "t33|<seed>|<style>|<index>" (string seeds are hashed with SHA-512 by CPython, so
the output does not depend on PYTHONHASHSEED).  Documents are assembled from parts
(clean text, placeholder, damaged text + its clean original); spans are computed from
the parts.  Encoding damage is produced with real codecs (str.encode/bytes.decode).
All sentences, names, places and companies are invented.
"""
import argparse
import base64
import codecs
import email.header
import html
import json
import quopri
import random
import re
import sys
import urllib.parse
from collections import Counter, defaultdict, OrderedDict

# ----------------------------------------------------------------------------------------
# document assembly
# ----------------------------------------------------------------------------------------

class Doc:
    """A document made of parts: (text, kind, clean) with kind None / 'ph' / 'mj'."""

    def __init__(self):
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append((s, None, None))
        return self

    def nl(self):
        return self.t("\n")

    def p(self, s):
        assert s
        self.parts.append((s, "ph", None))
        return self

    def m(self, bad, clean):
        assert bad and bad != clean, (bad, clean)
        self.parts.append((bad, "mj", clean))
        return self

    def add(self, other):
        self.parts.extend(other.parts)
        return self

    def kinds(self):
        return {k for _, k, _ in self.parts if k}

    def build(self):
        text, spans, cleans = [], [], []
        pos = 0
        for s, k, c in self.parts:
            if k:
                if spans and spans[-1][1] == pos and spans[-1][2] == k:
                    spans[-1][1] = pos + len(s)
                    cleans[-1] += c or ""
                else:
                    spans.append([pos, pos + len(s), k])
                    cleans.append(c or "")
            text.append(s)
            pos += len(s)
        return "".join(text), [[a, b] for a, b, _ in spans], cleans


def lines_doc(lines):
    """Join a list of Docs/strings with newlines."""
    d = Doc()
    for i, ln in enumerate(lines):
        if i:
            d.nl()
        if isinstance(ln, Doc):
            d.add(ln)
        else:
            d.t(ln)
    return d


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def picks(rng, seq, k):
    return rng.sample(list(seq), k)

# ----------------------------------------------------------------------------------------
# invented names
# ----------------------------------------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅兵林文斌宇浩凯鹏辉晨婷雪琳欣怡佳俊峰亮成海波宁志远思源雨晴子涵梓萱一鸣家豪晓岚春燕秋菊冬生德福永康瑞祥启航立新")
PLACE_A = list("青云柳石桐枫桂榕松兰溪梅竹杏荷芦沙泉岚鹤雁龙凤麒鹿金银铜玉宝瑞丰泰安宁和平康乐永长东西南北中上下新高清碧翠")
PLACE_B = list("河岭塘桥湾山坪溪源洲冈川湖峰坝坡港浦滩林田园口屯堡寨关圩")
INDUSTRY = ["农业发展", "建筑工程", "物流", "电子科技", "食品", "环保科技", "物业服务", "医药", "新材料", "纺织", "机械制造", "文化传媒", "生态农业", "供应链管理", "水务", "矿业", "茶业", "旅游开发", "信息技术", "精密模具"]
ROADS = ["人民", "解放", "建设", "文化", "育才", "迎宾", "滨江", "工业", "振兴", "和平", "光明", "朝阳", "新华", "胜利", "友谊"]


def name(rng, n=None):
    n = n or pick(rng, [2, 3, 3, 3])
    return pick(rng, SURNAMES) + "".join(pick(rng, GIVEN) for _ in range(n - 1))


def place2(rng):
    a = pick(rng, PLACE_A)
    b = pick(rng, PLACE_B)
    return a + b


class Ctx:
    """Consistent invented names for one document."""

    def __init__(self, rng):
        self.rng = rng
        self.city = place2(rng) + "市"
        self.county = place2(rng) + pick(rng, ["县", "区", "县", "县"])
        self.town = place2(rng) + pick(rng, ["镇", "街道", "镇", "乡"])
        self.village = place2(rng) + pick(rng, ["村", "社区", "村"])
        self.org = place2(rng) + pick(rng, INDUSTRY) + pick(rng, ["有限公司", "有限公司", "股份有限公司", "有限责任公司"])
        self.person = name(rng)
        self.road = pick(rng, ROADS) + pick(rng, ["路", "大道", "街"])
        self.year = rng.randint(2019, 2024)

# ----------------------------------------------------------------------------------------
# numbers, identity numbers, phones
# ----------------------------------------------------------------------------------------

def id_number(rng, year=None):
    region = "%d%02d%02d" % (rng.choice([11, 13, 21, 32, 33, 35, 36, 37, 41, 42, 43, 44, 45, 50, 51, 52, 53, 61, 62]), rng.randint(1, 20), rng.randint(1, 30))
    y = year or rng.randint(1955, 2005)
    body = "%s%04d%02d%02d%03d" % (region, y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]


def phone(rng):
    return pick(rng, ["13", "15", "18", "17", "19"]) + str(rng.randint(0, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def landline(rng):
    return "0%d-%d" % (rng.randint(710, 799), rng.randint(2000000, 8999999))


def mask_id(rng, idn):
    k = rng.randint(0, 4)
    if k == 0:
        return idn[:6] + "*" * 8 + idn[14:]
    if k == 1:
        return idn[:3] + "*" * 11 + idn[14:]
    if k == 2:
        return idn[:10] + "****" + idn[14:]
    if k == 3:
        return idn[:4] + "*" * 10 + idn[14:]
    return idn[:6] + "********" + "****"


def mask_phone(rng, ph):
    k = rng.randint(0, 3)
    if k == 0:
        return ph[:3] + "****" + ph[7:]
    if k == 1:
        return ph[:3] + "*****" + ph[8:]
    if k == 2:
        return ph[:3] + "****" + ph[7:]
    return ph[:7] + "****"


def mask_name(rng, nm, style=None):
    style = style or rng.randint(0, 3)
    if len(nm) == 2:
        return nm[0] + "*" if style != 3 else nm[0] + "＊"
    if style == 0 or style == 3:
        return nm[0] + ("*" if style == 0 else "＊") + nm[2:]
    if style == 1:
        return nm[0] + "**"
    return "*" + nm[1:]


def money(rng, lo, hi, nd=2):
    return ("%." + str(nd) + "f") % rng.uniform(lo, hi)

# ----------------------------------------------------------------------------------------
# sentence bank (written for this collection) with typed slots
# ----------------------------------------------------------------------------------------

REPORT_TPL = [
    "全年新增城镇就业{B}人，帮助{NN}名就业困难人员实现再就业。",
    "{PL}完成规模以上工业总产值{Y}亿元，同比增长{G}%。",
    "累计发放各类惠民补贴{M}万元，惠及群众{B}户。",
    "{MON}以来，共开展安全生产检查{NN}次，排查整改隐患{NN}处。",
    "{D}，{CI}应急管理局组织开展防汛应急演练，参演人员{NN}人。",
    "辖区内{N}个社区全部建成新时代文明实践站，开展志愿服务活动{NN}场次。",
    "完成高标准农田建设{B}亩，粮食播种面积稳定在{BB}亩以上。",
    "城乡居民基本医疗保险参保率达到{R}%，较上年提高{PP}个百分点。",
    "新建改建农村公路{N}公里，实现{VIL}等{N}个行政村通硬化路。",
    "引进{ORG}等重点企业{N}家，签约金额{Y}亿元。",
    "{PER}同志带领工作专班深入{VIL}走访农户{NN}户，收集意见建议{N}条。",
    "全年受理群众来信来访{NN}件，按期办结率{R}%。",
    "城区空气质量优良天数{DAYS}天，优良率{R}%。",
    "完成老旧小区改造{N}个，涉及居民{B}户。",
    "组织{N}家企业参加线上招聘会，提供就业岗位{B}个。",
    "全区中小学新增学位{B}个，义务教育巩固率保持在{R}%。",
    "投入资金{SM}万元，对{VIL}主干道路灯进行更新改造。",
    "根据《{CI}人民政府关于进一步加强耕地保护的通知》（{DOC}）要求，完成耕地流出问题整改。",
    "{YEAR}年，{CO}共接待游客{NN}万人次，实现旅游收入{Y}亿元。",
    "农村居民人均可支配收入{B}元，同比增长{G}%。",
    "{PL}党工委召开专题会议{N}次，研究部署重点工作{N}项。",
    "发放创业担保贷款{M}万元，扶持自主创业{NN}人。",
    "全年完成固定资产投资{Y}亿元，其中工业投资占比{PC}%。",
    "开展食品安全抽检{NN}批次，抽检合格率{R}%。",
    "为辖区{NN}名80周岁以上老人发放高龄津贴{SM}万元。",
    "{ORG}年产值突破{Y}亿元，带动周边群众就业{NN}人。",
    "清理河道{N}公里，拆除违章建筑{NN}处、面积{B}平方米。",
    "举办各类群众性文体活动{NN}场，参与群众{B}人次。",
    "村集体经济年收入超过{N}万元的村达到{N}个。",
    "税收收入完成{M}万元，占一般公共预算收入的{PC}%。",
    "{MON}，{PL}被评为全市平安建设先进单位。",
    "完成植树造林{B}亩，森林覆盖率提高到{PC}%。",
    "新增各类市场主体{B}户，其中企业{NN}户。",
    "共排查调解矛盾纠纷{NN}宗，调解成功率{R}%。",
    "本项目总投资{M}万元，计划于{YEAR}年{MON}竣工投用。",
    "{D}，{PER}主持召开{PL}防汛工作推进会，部署汛期值班值守工作。",
    "全年共发展新党员{N}名，按期转正预备党员{N}名。",
    "建成标准化村卫生室{N}间，家庭医生签约服务覆盖{B}人。",
    "完成农村危房改造{NN}户，下达补助资金{SM}万元。",
    "累计培训高素质农民{NN}人次，发放职业技能证书{NN}本。",
    "全年供水总量{NN}万立方米，管网漏损率降至{LOW}%。",
    "{CO}财政局拨付专项资金{M}万元，用于{VIL}安全饮水巩固提升工程。",
    "一般公共预算支出{Y}亿元，民生支出占比{PC}%。",
    "{ORG}被认定为省级专精特新中小企业。",
    "新开通城乡公交线路{N}条，日均客流量{B}人次。",
    "春节前走访慰问困难群众{NN}户，送去慰问金{SM}万元。",
    "截至{D}，{PL}完成征地{NN}亩，签订补偿协议{NN}份。",
    "全年办理不动产登记业务{B}件，平均办理时间压缩至{S}个工作日。",
    "组织开展消防演练{N}次，培训企业安全员{NN}人。",
    "完成城镇污水管网建设{N}公里，污水集中处理率达到{R}%。",
    "{YEAR}年{MON}，{CO}启动“一网通办”改革，{NN}项政务服务事项实现网上办理。",
    "全年城乡低保对象{B}人，累计发放保障金{M}万元。",
    "组织适龄妇女免费“两癌”筛查{B}人，筛查率{R}%。",
    "{VIL}建成光伏发电项目{N}个，年增加村集体收入{SM}万元。",
]

TITLE_TPL = [
    "{PL}{YEAR}年工作总结及下一年工作计划",
    "{CO}{YEAR}年政府工作报告",
    "关于{PL}{YEAR}年上半年工作情况的报告",
    "{ORG}{YEAR}年度社会责任报告",
    "{CI}{YEAR}年国民经济和社会发展统计公报",
    "{CO}农业农村局{YEAR}年工作总结",
    "{PL}关于{YEAR}年度民生实事完成情况的通报",
]

HEADINGS = ["一、主要工作成效", "（一）经济运行稳中有进", "（二）民生保障持续改善", "（三）基层治理不断加强",
            "二、存在的问题和不足", "三、下一步工作打算", "（四）生态环境明显好转", "（五）安全发展底线筑牢"]

CLOSERS = [
    "下一步，我们将坚持问题导向，补短板、强弱项，确保各项任务落到实处。",
    "同时也要清醒地看到，产业结构不优、财政收支矛盾突出等问题依然存在。",
    "特此报告。",
    "以上报告，请予审议。",
    "各单位要高度重视，认真抓好落实。",
]

SLOT_RE = re.compile(r"\{([A-Z]+)\}")
MASKABLE_NUM = {"N", "NN", "B", "BB", "S", "DAYS", "M", "SM", "Y", "P", "G", "R", "PP", "LOW", "PC", "D", "MON", "YEAR", "DOC"}
COUNT_T = {"N", "NN", "B", "BB", "S", "DAYS"}
MONEY_T = {"M", "SM", "Y"}
PCT_T = {"P", "G", "R", "PP", "LOW", "PC"}
MASKABLE_NAME = {"PL", "VIL", "CO", "CI", "ORG", "PER"}


def slot_value(rng, ctx, typ):
    if typ == "N":
        return str(rng.randint(2, 99))
    if typ == "NN":
        return str(rng.randint(100, 999))
    if typ == "B":
        return str(rng.randint(1000, 99999))
    if typ == "M":
        return money(rng, 120, 9800)
    if typ == "SM":
        return money(rng, 5, 480)
    if typ == "BB":
        return str(rng.randint(100000, 900000))
    if typ == "S":
        return str(rng.randint(1, 10))
    if typ == "DAYS":
        return str(rng.randint(250, 360))
    if typ == "G":
        return money(rng, 0.5, 15, 1)
    if typ == "R":
        return money(rng, 85, 99.9, 1)
    if typ == "PP":
        return money(rng, 0.1, 5, 1)
    if typ == "LOW":
        return money(rng, 3, 15, 1)
    if typ == "PC":
        return money(rng, 20, 80, 1)
    if typ == "Y":
        return money(rng, 1, 99)
    if typ == "P":
        return money(rng, 0.5, 99.9, 1)
    if typ == "D":
        return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))
    if typ == "MON":
        return "%d月" % rng.randint(1, 12)
    if typ == "YEAR":
        return str(ctx.year)
    if typ == "PL":
        return ctx.town
    if typ == "VIL":
        return ctx.village
    if typ == "CO":
        return ctx.county
    if typ == "CI":
        return ctx.city
    if typ == "ORG":
        return ctx.org
    if typ == "PER":
        return ctx.person
    if typ == "DOC":
        return "%s〔%d〕%d号" % (pick(rng, ["政发", "办发", "农发", "财预"]), ctx.year, rng.randint(1, 99))
    raise KeyError(typ)


def _admin_suffix(v):
    for suf in ("街道", "社区", "镇", "乡", "村", "县", "区", "市"):
        if v.endswith(suf):
            return suf
    return ""


def mask_parts(rng, ctx, typ, value, mstyle):
    """Return a list of (text, is_placeholder) for a masked slot, or None if not maskable in this style."""
    X = {"x": "x", "X": "X", "×": "×", "Ｘ": "Ｘ"}.get(mstyle)
    if mstyle in ("mou", "circle"):
        m = "某" if mstyle == "mou" else "○"
        if typ == "PER":
            if mstyle == "mou":
                return [(ctx.person[0] + pick(rng, ["某", "某某"]), True)]
            return [("○○○", True)]
        if typ in ("PL", "VIL", "CO", "CI"):
            return [(m * pick(rng, [1, 2]) if mstyle == "mou" else "○○", True), (_admin_suffix(value), False)]
        if typ == "ORG":
            if mstyle == "mou":
                return [("某某" + pick(rng, ["公司", "有限公司", "科技有限公司"]), True)]
            return [("○○" + pick(rng, ["公司", "有限公司"]), True)]
        return None
    if typ in COUNT_T:
        k = len(value) if rng.random() < 0.6 else pick(rng, [1, 2, 3])
        return [(X * k, True)]
    if typ in MONEY_T:
        a, b = value.split(".")
        return [(X * pick(rng, [1, 2, len(a)]) + "." + X * 2, True)]
    if typ in PCT_T:
        if rng.random() < 0.5:
            return [(X * 2, True)]
        return [(X * 2 + "." + X, True)]
    if typ == "D":
        mo, da = value[:-1].split("月")
        r = rng.random()
        if r < 0.6:
            return [(X * pick(rng, [1, 2]) + "月" + X * 2 + "日", True)]
        if r < 0.8:
            return [(mo + "月", False), (X * 2, True), ("日", False)]
        return [(X + "月" + X + "日", True)]
    if typ == "MON":
        return [(X * pick(rng, [1, 2]), True), ("月", False)]
    if typ == "YEAR":
        return [("20" + X * 2, True)]
    if typ == "DOC":
        head = value.split("〔")[0]
        return [(head + "〔%d〕" % ctx.year, False), (X * 2, True), ("号", False)]
    if typ in ("PL", "VIL", "CO", "CI"):
        return [(X * 2 if rng.random() < 0.75 else X * 3, True), (_admin_suffix(value), False)]
    if typ == "ORG":
        return [(X * 2, True), (value[2:], False)] if rng.random() < 0.5 else [(X * 2 + pick(rng, ["公司", "有限公司"]), True)]
    if typ == "PER":
        if rng.random() < 0.5:
            return [(X * 3, True)]
        return [(ctx.person[0], False), (X * 2, True)]
    return None


def render(rng, ctx, tpls, mstyle=None, rate=0.0, allowed=None, force=True):
    """Render templates into a list of Docs (one per template).  With mstyle, each maskable slot is masked
    with probability `rate` (at least one slot when force)."""
    occ = []
    for ti, tpl in enumerate(tpls):
        for mo in SLOT_RE.finditer(tpl):
            occ.append((ti, mo.start(), mo.group(1)))
    masked = set()
    if mstyle:
        cand = []
        for o in occ:
            typ = o[2]
            if allowed and typ not in allowed:
                continue
            if mstyle in ("mou", "circle") and typ not in MASKABLE_NAME:
                continue
            cand.append(o)
        for o in cand:
            if rng.random() < rate:
                masked.add(o)
        if force and not masked and cand:
            masked.add(pick(rng, cand))
    docs = []
    for ti, tpl in enumerate(tpls):
        d = Doc()
        pos = 0
        for mo in SLOT_RE.finditer(tpl):
            d.t(tpl[pos:mo.start()])
            typ = mo.group(1)
            val = slot_value(rng, ctx, typ)
            if (ti, mo.start(), typ) in masked:
                parts = mask_parts(rng, ctx, typ, val, mstyle)
                for s, isph in parts:
                    if isph:
                        d.p(s)
                    else:
                        d.t(s)
            else:
                d.t(val)
            pos = mo.end()
        d.t(tpl[pos:])
        docs.append(d)
    return docs


def report_lines(rng, k):
    return picks(rng, REPORT_TPL, k)


def join_inline(docs, sep=""):
    d = Doc()
    for i, x in enumerate(docs):
        if i and sep:
            d.t(sep)
        d.add(x)
    return d


def clean_report(rng, ctx, k=None, title=True):
    """Clean text lines (strings) of a report."""
    k = k or rng.randint(2, 6)
    tpls = report_lines(rng, k)
    docs = render(rng, ctx, tpls)
    out = []
    if title:
        out.append(render(rng, ctx, [pick(rng, TITLE_TPL)])[0].build()[0])
    heads = [h for h in HEADINGS]
    for i, d in enumerate(docs):
        if rng.random() < 0.2:
            out.append(pick(rng, heads))
        out.append(d.build()[0])
    return out[:12]

# ----------------------------------------------------------------------------------------
# encoding damage with real codecs
# ----------------------------------------------------------------------------------------

_LINEBREAKISH = dict.fromkeys(map(ord, "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00"), None)


def _san(s):
    """Remove characters that would break the line structure of the record (a viewer shows them as
    nothing); all other codec output is kept as is."""
    return s.translate(_LINEBREAKISH)


def xcode(s, enc, dec, errors="replace", enc_errors="strict"):
    return _san(s.encode(enc, errors=enc_errors).decode(dec, errors=errors))


TRANSFORMS = {
    "utf8>gbk": lambda s: xcode(s, "utf-8", "gbk"),
    "utf8>gbk/ignore": lambda s: xcode(s, "utf-8", "gbk", "ignore"),
    "utf8>gb18030": lambda s: xcode(s, "utf-8", "gb18030"),
    "utf8>cp1252": lambda s: xcode(s, "utf-8", "cp1252"),
    "utf8>latin-1": lambda s: xcode(s, "utf-8", "latin-1"),
    "utf8>cp1251": lambda s: xcode(s, "utf-8", "cp1251"),
    "utf8>iso8859-7": lambda s: xcode(s, "utf-8", "iso8859_7"),
    "utf8>koi8-r": lambda s: xcode(s, "utf-8", "koi8_r"),
    "utf8>shift_jis": lambda s: xcode(s, "utf-8", "shift_jis"),
    "utf8>euc-kr": lambda s: xcode(s, "utf-8", "euc_kr"),
    "utf8>big5": lambda s: xcode(s, "utf-8", "big5"),
    "utf8>mac_roman": lambda s: xcode(s, "utf-8", "mac_roman"),
    "utf8>cp437": lambda s: xcode(s, "utf-8", "cp437"),
    "utf8>cp866": lambda s: xcode(s, "utf-8", "cp866"),
    "utf8>cp1250": lambda s: xcode(s, "utf-8", "cp1250"),
    "utf8>iso8859-5": lambda s: xcode(s, "utf-8", "iso8859_5"),
    "gbk>latin-1": lambda s: xcode(s, "gbk", "latin-1"),
    "gbk>cp1252": lambda s: xcode(s, "gbk", "cp1252"),
    "gbk>utf8": lambda s: xcode(s, "gbk", "utf-8"),
    "gbk>big5": lambda s: xcode(s, "gbk", "big5"),
    "gbk>shift_jis": lambda s: xcode(s, "gbk", "shift_jis"),
    "gbk>euc-kr": lambda s: xcode(s, "gbk", "euc_kr"),
    "gbk>cp1251": lambda s: xcode(s, "gbk", "cp1251"),
    "gbk>mac_roman": lambda s: xcode(s, "gbk", "mac_roman"),
    "big5>gbk": lambda s: xcode(s, "big5", "gbk", enc_errors="replace"),
    "big5>cp1252": lambda s: xcode(s, "big5", "cp1252", enc_errors="replace"),
    "big5>utf8": lambda s: xcode(s, "big5", "utf-8", enc_errors="replace"),
    "shift_jis>gbk": lambda s: xcode(s, "shift_jis", "gbk", enc_errors="replace"),
    "euc-jp>gbk": lambda s: xcode(s, "euc_jp", "gbk", enc_errors="replace"),
    "euc-kr>gbk": lambda s: xcode(s, "euc_kr", "gbk", enc_errors="replace"),
    "utf-16be>gbk": lambda s: xcode(s, "utf-16-be", "gbk"),
    "utf-16le>gbk": lambda s: xcode(s, "utf-16-le", "gbk"),
    "double-utf8": lambda s: _san(s.encode("utf-8").decode("cp1252", "replace").encode("utf-8").decode("cp1252", "replace")),
    "utf8>gbk>utf8>gbk": lambda s: _san(s.encode("utf-8").decode("gbk", "replace").encode("utf-8").decode("gbk", "replace")),
    "lost-fffd>utf8>gbk": lambda s: xcode("\ufffd" * len(s), "utf-8", "gbk"),
    "to-latin1-column": lambda s: s.encode("latin-1", errors="replace").decode("latin-1"),
    "to-ascii": lambda s: s.encode("ascii", errors="replace").decode("ascii"),
    "gbk>utf8/ignore-q": lambda s: s.encode("gbk").decode("ascii", errors="replace").replace("\ufffd", "?"),
    "unicode_escape": lambda s: s.encode("unicode_escape").decode("ascii"),
    "json-escape": lambda s: json.dumps(s)[1:-1],
    "xmlcharref": lambda s: s.encode("ascii", "xmlcharrefreplace").decode("ascii"),
    "hexcharref": lambda s: "".join("&#x%X;" % ord(c) if ord(c) > 127 else c for c in s),
    "url-quote": lambda s: urllib.parse.quote(s),
    "quoted-printable": lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", ""),
    "mime-b": lambda s: email.header.Header(s, "utf-8").encode(maxlinelen=10000),
    "utf-7": lambda s: s.encode("utf-7").decode("ascii"),
    "ucs2-hex": lambda s: s.encode("utf-16-be").hex().upper(),
    "base64": lambda s: base64.b64encode(s.encode("utf-8")).decode("ascii"),
}

CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def cjk_pos(rng, s, lo=2, hi=4):
    """Choose a stretch of CJK characters inside s; returns (a, b) or None."""
    runs = [m for m in CJK_RUN.finditer(s) if m.end() - m.start() >= lo]
    if not runs:
        return None
    m = pick(rng, runs)
    n = min(rng.randint(lo, hi), m.end() - m.start())
    a = rng.randint(m.start(), m.end() - n)
    return a, a + n


def damage_in(rng, s, fn, lo=2, hi=4, d=None):
    """Return a Doc with one damaged stretch inside s (or the whole s if no CJK stretch)."""
    d = d if d is not None else Doc()
    pos = cjk_pos(rng, s, lo, hi)
    if pos is None:
        pos = (0, len(s))
    a, b = pos
    bad = fn(s[a:b])
    if not bad or bad == s[a:b]:
        return d.t(s)
    d.t(s[:a]).m(bad, s[a:b]).t(s[b:])
    return d


def damage_whole(s, fn, d=None):
    d = d if d is not None else Doc()
    bad = fn(s)
    if bad == s:
        return d.t(s)
    # keep leading/trailing identical ASCII out of the span (e.g. digits that survive a codec)
    i = 0
    while i < min(len(s), len(bad)) and s[i] == bad[i]:
        i += 1
    j = 0
    while j < min(len(s), len(bad)) - i and s[len(s) - 1 - j] == bad[len(bad) - 1 - j]:
        j += 1
    d.t(s[:i]).m(bad[i:len(bad) - j], s[i:len(s) - j]).t(s[len(s) - j:])
    return d


def offbyone_gbk(s):
    """A GBK byte stream decoded one byte out of step (first byte lost, realigned by the next ASCII)."""
    b = s.encode("gbk")
    return _san(b[1:].decode("gbk", "replace"))


def lossy_utf8(rng, s):
    """Some bytes of a UTF-8 stream lost in transit, decoded with replacement."""
    b = bytearray(s.encode("utf-8"))
    cjk = [i for i, ch in enumerate(s) if ord(ch) > 127]
    if not cjk:
        return s
    # byte offset of a random non-ASCII character; drop one or two of its bytes
    ci = pick(rng, cjk)
    off = len(s[:ci].encode("utf-8"))
    k = rng.randint(1, 2)
    del b[off + 1: off + 1 + k]
    return _san(bytes(b).decode("utf-8", "replace"))

# ----------------------------------------------------------------------------------------
# simplified -> traditional with pinyin (for the 發(fā)展 artefact); written for this file
# ----------------------------------------------------------------------------------------

_S2T_SRC = """发發fā 区區qū 时時shí 为為wéi 现現xiàn 将將jiāng 关關guān 开開kāi 进進jìn 项項xiàng 经經jīng 济濟jì 会會huì
稳穩wěn 动動dòng 员員yuán 务務wù 实實shí 设設shè 计計jì 划劃huà 与與yǔ 业業yè 产產chǎn 农農nóng 乡鄉xiāng 镇鎮zhèn
办辦bàn 处處chù 党黨dǎng 组組zǔ 织織zhī 领領lǐng 导導dǎo 体體tǐ 国國guó 华華huá 东東dōng 车車chē 长長zhǎng 门門mén
问問wèn 题題tí 这這zhè 个個gè 们們men 对對duì 说說shuō 话話huà 讲講jiǎng 学學xué 习習xí 书書shū 记記jì 论論lùn
认認rèn 识識shí 环環huán 卫衛wèi 医醫yī 疗療liáo 药藥yào 养養yǎng 儿兒ér 妇婦fù 劳勞láo 资資zī 钱錢qián 银銀yín
税稅shuì 费費fèi 财財cái 预預yù 统統tǒng 筹籌chóu 规規guī 范範fàn 标標biāo 准準zhǔn 质質zhì 责責zé 监監jiān 检檢jiǎn
报報bào 总總zǒng 结結jié 点點diǎn 线線xiàn 网網wǎng 络絡luò 电電diàn 视視shì 广廣guǎng 传傳chuán 众眾zhòng 团團tuán
队隊duì 军軍jūn 兴興xīng 复復fù 强強qiáng 优優yōu 势勢shì 级級jí 层層céng 条條tiáo 决決jué 坚堅jiān 贯貫guàn 彻徹chè
围圍wéi 绕繞rào 紧緊jǐn 确確què 险險xiǎn 战戰zhàn 胜勝shèng 严嚴yán 态態tài 应應yīng 灾災zāi 难難nán 况況kuàng
绩績jì 数數shù 据據jù 万萬wàn 亿億yì 积積jī 极極jí 筑築zhù 园園yuán 场場chǎng 厂廠chǎng 矿礦kuàng 气氣qì 热熱rè
县縣xiàn 头頭tóu 见見jiàn 观觀guān 维維wéi 护護hù 评評píng 价價jià 购購gòu 买買mǎi 卖賣mài 货貨huò 运運yùn 输輸shū
邮郵yóu 轨軌guǐ 铁鐵tiě 桥橋qiáo 楼樓lóu 迁遷qiān 补補bǔ 偿償cháng 签簽qiān 约約yuē 纪紀jì 审審shěn 议議yì 协協xié
验驗yàn 龙龍lóng 岭嶺lǐng 湾灣wān 阳陽yáng 云雲yún 风風fēng 宁寧níng 远遠yuǎn 边邊biān 专專zhuān 职職zhí 节節jié
较較jiào 还還hái 让讓ràng 带帶dài 来來lái 从從cóng 两兩liǎng 样樣yàng 没沒méi 过過guò 给給gěi 该該gāi 断斷duàn
继繼jì 续續xù 际際jì 创創chuàng 试試shì 类類lèi 机機jī 构構gòu 编編biān 码碼mǎ 乐樂lè 艺藝yì 术術shù 馆館guǎn 图圖tú
读讀dú 写寫xiě 画畫huà 历歷lì 师師shī 课課kè 间間jiān 钟鐘zhōng 阶階jiē 参參cān 选選xuǎn 举舉jǔ 获獲huò 奖獎jiǎng
励勵lì 罚罰fá 违違wéi 纠糾jiū 纷紛fēn 诉訴sù 证證zhèng 饮飲yǐn 鱼魚yú 鸡雞jī 猪豬zhū 粮糧liáng 种種zhǒng 树樹shù
绿綠lǜ 净淨jìng 洁潔jié 扫掃sǎo 执執zhí 负負fù 债債zhài 贷貸dài 储儲chǔ 镇鎮zhèn 街街jiē 乡鄉xiāng 村村cūn 级級jí
满滿mǎn 亩畝mǔ 拆拆chāi 户戶hù 岁歲suì 给給gěi 齐齊qí 济濟jì 让讓ràng 扩擴kuò 压壓yā 归歸guī 团團tuán 队隊duì
馈饋kuì 帮幫bāng 扶扶fú 贫貧pín 困睏kùn 杂雜zá 韧韌rèn 厅廳tīng 处處chù 办辦bàn 盖蓋gài 签簽qiān 划劃huà 挥揮huī
样樣yàng 号號hào 称稱chēng 爱愛ài 惠惠huì 寿壽shòu 诚誠chéng 创創chuàng 亲親qīn 闻聞wén 询詢xún 设設shè 访訪fǎng
调調diào 查查chá 听聽tīng 讨討tǎo 谈談tán 谋謀móu 谐諧xié 谁誰shéi 请請qǐng 读讀dú 顺順shùn 须須xū 顾顧gù 预預yù
领領lǐng 额額é 频頻pín 颁頒bān 馆館guǎn 饭飯fàn 驻駐zhù 驶駛shǐ 鲜鮮xiān 齿齒chǐ 龄齡líng 态態tài 庆慶qìng 库庫kù"""

S2T = {}
for _tok in _S2T_SRC.split():
    _s, _t, _py = _tok[0], _tok[1], _tok[2:]
    if _s != _t:
        S2T[_s] = (_t, _py)


def pinyin_artifact(s):
    """Traditional conversion by a scraper that leaks its ruby annotation: 發(fā)展."""
    out = []
    for ch in s:
        if ch in S2T:
            t, py = S2T[ch]
            out.append("%s(%s)" % (t, py))
        else:
            out.append(ch)
    return "".join(out)


def to_trad(s):
    return "".join(S2T[c][0] if c in S2T else c for c in s)

# ----------------------------------------------------------------------------------------
# other-language and traditional-character material (written for this file)
# ----------------------------------------------------------------------------------------

TRAD_HK = [
    "{ORGT}今日公布，本年度首季錄得訪港旅客{N}萬人次，按年上升{P}%。",
    "康樂設施將於{MON}{DAY}日起重新開放，市民可透過網上系統預約場地。",
    "市民如有查詢，請於辦公時間內致電{TEL}與本署職員聯絡。",
    "屋宇署提醒業主定期檢查樓宇外牆及窗戶，以免發生意外。",
    "申請人須於截止日期前遞交表格及證明文件，逾期恕不受理。",
    "受道路工程影響，{ROADT}一段行車線將臨時封閉，請駕駛人士留意。",
    "本會感謝各界人士對賣旗日的支持，是次共籌得善款{N}萬港元。",
    "有關詳情可瀏覽本署網頁，或親臨各區民政事務處索取單張。",
]
TRAD_TW = [
    "{CITYT}政府今年度編列預算新臺幣{N}億元，用於老舊公寓增設電梯補助。",
    "本校於一一二學年度第一學期辦理新生入學輔導，共有{NN}名同學參加。",
    "衛生局提醒民眾，流感疫苗接種期間請攜帶健保卡至合約院所接種。",
    "為維護用路人安全，本路段自即日起實施夜間封閉施工，請改道行駛。",
    "本年度稻穀保價收購價格為每公斤新臺幣{N}元，農友可向各鄉鎮農會洽詢。",
    "各機關應於每年三月底前完成政府資訊公開年報之填報與公告。",
    "里民大會訂於{MON}{DAY}日晚間七時假里民活動中心舉行，歡迎踴躍參加。",
    "本案經審查委員會決議通過，核定補助經費新臺幣{NN}萬元整。",
]
JA = [
    "平素より格別のご高配を賜り、厚く御礼申し上げます。",
    "下記のとおり視察団の日程をご案内いたします。",
    "ご不明な点がございましたら、担当者までお問い合わせください。",
    "会議は午後二時から第三会議室で開催いたします。",
    "今後ともよろしくお願い申し上げます。",
    "友好都市協定締結十周年を記念して、記念式典を開催いたします。",
    "出席者名簿を添付いたしますので、ご確認ください。",
]
KO = [
    "방문을 진심으로 환영합니다.",
    "양 도시 간 경제 협력이 더욱 강화되기를 바랍니다.",
    "회의는 오후 2시에 시작됩니다.",
    "감사합니다.",
    "앞으로도 긴밀한 교류를 이어 가겠습니다.",
]
RU = [
    "Добро пожаловать на выставку!",
    "Сотрудничество между нашими регионами успешно развивается.",
    "Благодарим за внимание.",
    "Торгово-экономическая ярмарка пройдёт с 5 по 9 июня.",
    "Контактное лицо: г-н Орлов, менеджер по экспорту.",
]
EL = [
    "Καλώς ήρθατε στην έκθεση.",
    "Ευχαριστούμε για τη συνεργασία.",
    "Το συνέδριο θα πραγματοποιηθεί στην Αθήνα.",
    "Η αντιπροσωπεία επισκέφθηκε το λιμάνι του Πειραιά.",
]
FR = [
    "Bienvenue à la délégation de la ville jumelée.",
    "Nous vous remercions de votre précieuse coopération.",
    "La cérémonie d'ouverture aura lieu à l'hôtel de ville.",
    "Le prochain café-débat se tiendra à Genève au mois de mai.",
    "Les échanges culturels ont été très appréciés par les élèves.",
]
LATIN1_WORDS = ["café", "Zürich", "naïve", "Müller", "São Paulo", "Málaga", "Genève", "Köln", "façade", "résumé",
                "crème brûlée", "jalapeño", "Düsseldorf", "Montréal", "Besançon", "Ålesund", "Gödel", "Curaçao"]
TIBETAN = [("西藏自治区", "བོད་ལྗོངས་རང་སྐྱོང་ལྗོངས།"), ("扎西德勒", "བཀྲ་ཤིས་བདེ་ལེགས།"), ("拉萨市", "ལྷ་ས་གྲོང་ཁྱེར།"), ("人民政府", "མི་དམངས་སྲིད་གཞུང་།")]
UYGHUR = [("新疆维吾尔自治区", "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى"), ("人民政府", "خەلق ھۆكۈمىتى"), ("教育局", "مائارىپ ئىدارىسى"), ("卫生服务中心", "ساقلىق ساقلاش مەركىزى"), ("您好", "ياخشىمۇسىز")]
MONGOL = [("内蒙古", "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ"), ("人民政府", "ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ"), ("呼和浩特", "ᠬᠥᠬᠡᠬᠣᠲᠠ"), ("学校", "ᠰᠤᠷᠭᠠᠭᠤᠯᠢ")]
YI = [("彝语", "ꆈꌠꉙ"), ("彝文", "ꆈꌠꁱꂷ")]
ZHUANG = [("广西壮族自治区", "Gvangjsih Bouxcuengh Swcigih"), ("人民政府", "Yinzminz Cwngfuj"), ("南宁", "Namzningz"), ("教育厅", "Gyauyuz Dingh")]
EMOJI = ["🎉", "👍", "🌾", "🏮", "📢", "✅", "🔥", "❤️", "🌸", "📌", "🚄", "👏"]
RARE_REAL_PLACES = ["亳州", "鄱阳", "邕江", "儋州", "郴州", "涪陵", "黟县", "歙县", "婺源", "濉溪", "郯城", "莒县", "栟茶", "甪直", "澧县", "耒阳", "睢宁", "盱眙"]
RARE_NAME_CHARS = list("堃喆犇淼鑫焱垚昇珺玥翀鋆琇曌嫚祎燚彧")
NON_GB2312_NAME_CHARS = [c for c in RARE_NAME_CHARS if len(c.encode("gb2312", "replace").decode("gb2312")) and c.encode("gb2312", "replace") == b"?"]


def trad_fill(rng, tpl):
    ctx = {
        "ORGT": pick(rng, ["統計處", "旅遊發展局", "運輸署", "民政事務總署"]),
        "CITYT": pick(rng, ["臺中市", "高雄市", "新竹縣", "宜蘭縣", "花蓮縣"]),
        "ROADT": pick(rng, ["彌敦道", "英皇道", "青山公路", "荔枝角道"]),
        "TEL": "%d %d" % (rng.randint(2100, 3999), rng.randint(1000, 9999)),
        "N": str(rng.randint(2, 98)),
        "NN": str(rng.randint(100, 900)),
        "P": money(rng, 0.5, 30, 1),
        "MON": "%d月" % rng.randint(1, 12),
        "DAY": str(rng.randint(1, 28)),
    }
    return SLOT_RE.sub(lambda m: ctx[m.group(1)], tpl)


def trad_lines(rng, k=None):
    bank = TRAD_HK if rng.random() < 0.5 else TRAD_TW
    k = k or rng.randint(2, 4)
    return [trad_fill(rng, t) for t in picks(rng, bank, min(k, len(bank)))]

# ----------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------

STYLES = OrderedDict()


def style(name, family, label, note, allow=()):
    def deco(fn):
        assert name not in STYLES, name
        STYLES[name] = {"fn": fn, "family": family, "label": label, "note": note, "allow": set(allow)}
        return fn
    return deco


def PH(name, note, allow=()):
    return style(name, "ph", "placeholder", note, allow)


def PHN(name, note, allow=()):
    return style(name, "ph", "negative", note, allow)


def MJ(name, note, allow=()):
    return style(name, "mj", "mojibake", note, allow)


def MJN(name, note, allow=()):
    return style(name, "mj", "negative", note, allow)


def ph_report(rng, mstyle, rate, allowed=None, k=None, title=None, heads=True):
    ctx = Ctx(rng)
    k = k or rng.randint(2, 6)
    tpls = report_lines(rng, k)
    if mstyle in ("mou", "circle") and not allowed:
        allowed = MASKABLE_NAME
    if allowed:
        def has(t):
            return any(m.group(1) in allowed for m in SLOT_RE.finditer(t))
        if not any(has(t) for t in tpls):
            tpls[rng.randrange(len(tpls))] = pick(rng, [t for t in REPORT_TPL if has(t)])
    lines = []
    if title is None:
        title = rng.random() < 0.5
    body_tpls = list(tpls)
    all_tpls = ([pick(rng, TITLE_TPL)] if title else []) + body_tpls
    docs = render(rng, ctx, all_tpls, mstyle, rate, allowed)
    if title:
        lines.append(docs.pop(0))
    para = rng.random() < 0.4
    if para:
        lines.append(join_inline(docs))
    else:
        for d in docs:
            if heads and rng.random() < 0.2:
                lines.append(pick(rng, HEADINGS))
            lines.append(d)
    return lines_doc(lines)

# ----------------------------------------------------------------------------------------
# ph positives
# ----------------------------------------------------------------------------------------

@PH("ph_summary_xx_numbers", "anonymised work summary, counts and amounts masked as xx")
def _(rng):
    return ph_report(rng, "x", rng.uniform(0.3, 0.8), allowed=COUNT_T | MONEY_T | PCT_T)


@PH("ph_summary_upper_xx_places", "place names masked as XX街道/XX县/XX村")
def _(rng):
    return ph_report(rng, "X", rng.uniform(0.5, 1.0), allowed={"PL", "VIL", "CO", "CI"})


@PH("ph_summary_times_sign_mask", "masks written with the full-width multiplication sign ××")
def _(rng):
    return ph_report(rng, "×", rng.uniform(0.3, 0.8))


@PH("ph_summary_dates_masked", "dates masked: x月xx日, 20xx年, xx月")
def _(rng):
    return ph_report(rng, pick(rng, ["x", "X"]), 0.9, allowed={"D", "MON", "YEAR"})


@PH("ph_summary_all_masks", "every kind of slot masked with lowercase x")
def _(rng):
    return ph_report(rng, "x", rng.uniform(0.2, 0.6))


@PH("ph_fullwidth_x_masks", "masks typed with full-width Ｘ")
def _(rng):
    return ph_report(rng, "Ｘ", rng.uniform(0.3, 0.7))


@PH("ph_mou_names", "people, places and companies masked as 王某/某某公司/某镇")
def _(rng):
    return ph_report(rng, "mou", 0.8)


@PH("ph_circle_masks", "names masked with ○○ circles")
def _(rng):
    return ph_report(rng, "circle", 0.8)


@PH("ph_title_only_mask", "the placeholder sits only in the title")
def _(rng):
    ctx = Ctx(rng)
    t = render(rng, ctx, [pick(rng, TITLE_TPL)], pick(rng, ["X", "x", "×"]), 1.0, allowed={"PL", "CO", "CI", "YEAR", "ORG"})[0]
    body = render(rng, ctx, report_lines(rng, rng.randint(2, 5)))
    return lines_doc([t] + body)


@PH("ph_signature_mask", "clean report, masked unit and date in the signature block")
def _(rng):
    ctx = Ctx(rng)
    body = render(rng, ctx, report_lines(rng, rng.randint(2, 5)))
    X = pick(rng, ["X", "x", "×"])
    sig1 = Doc().p(X * 2).t(pick(rng, ["街道办事处", "镇人民政府", "县教育局", "社区居民委员会"]))
    r = rng.random()
    if r < 0.4:
        sig2 = Doc().p("20" + X * 2).t("年").p(X * 2).t("月").p(X * 2).t("日")
    elif r < 0.7:
        sig2 = Doc().t("%d年" % ctx.year).p(X + "月" + X + "日")
    else:
        sig2 = Doc().t("%d年%d月%d日" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28)))
    return lines_doc(body + [pick(rng, CLOSERS), sig1, sig2])


@PH("ph_single_x_digit", "a single x standing for one digit (第x季度, x个, x号文)")
def _(rng):
    ctx = Ctx(rng)
    body = render(rng, ctx, report_lines(rng, rng.randint(1, 3)))
    X = pick(rng, ["x", "X"])
    opts = [
        Doc().t("第").p(X).t("季度，全镇新签约项目").t(str(rng.randint(3, 20))).t("个。"),
        Doc().t("共设置便民服务点").p(X).t("个，覆盖全部行政村。"),
        Doc().t("按照%s办发〔%d〕" % (ctx.county[:2], ctx.year)).p(X).t("号文件要求，完成年度考核。"),
        Doc().t("会议确定由").p(X).t("名副镇长分片包干，压实工作责任。"),
        Doc().t("全市排名第").p(X).t("位，较上年前移").t(str(rng.randint(1, 5))).t("位。"),
    ]
    ins = picks(rng, opts, rng.randint(1, 2))
    lines = body + ins
    rng.shuffle(lines)
    return lines_doc(lines)


@PH("ph_half_masked_values", "numbers partly masked (1x.x%、3x户、2xx万元)")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["x", "X"])
    d1 = Doc().t("全年完成招商引资").t(str(rng.randint(1, 9))).p(X * 2).t("亿元，同比增长").t(str(rng.randint(1, 4))).p(X + "." + X).t("%。")
    d2 = Doc().t("共帮扶脱贫户").t(str(rng.randint(1, 9))).p(X).t("户，落实帮扶资金").p(X * 2).t(".").t(str(rng.randint(10, 99))).t("万元。")
    d3 = Doc().t("参保人数").t(str(rng.randint(1, 9))).p(X * 3).t("人，参保率9").p(X).t("%。")
    body = render(rng, ctx, report_lines(rng, rng.randint(1, 3)))
    lines = body + picks(rng, [d1, d2, d3], rng.randint(1, 2))
    rng.shuffle(lines)
    return lines_doc(lines)


@PH("ph_pdf_linebreak_masks", "PDF extraction: a masked number split from its unit by a line break")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["x", "X"])
    a = Doc().t("全市共创建省级无烟单位").p(X * 3)
    b = Doc().t("家，市级健康社区").p(X * 2).t("个，健康家庭").p(X * 4)
    c = Doc().t("户，覆盖率达到").p(X * 2 + "." + X).t("%。")
    body = render(rng, ctx, report_lines(rng, rng.randint(1, 3)))
    return lines_doc([a, Doc().t(""), b, c] + body)


@PH("ph_court_pseudonym", "court judgment or case bulletin with 张某/李某某 pseudonyms")
def _(rng):
    s1, s2 = picks(rng, SURNAMES, 2)
    p1 = s1 + pick(rng, ["某", "某某"])
    p2 = s2 + pick(rng, ["某", "某某"])
    ctx = Ctx(rng)
    org = pick(rng, ["某某公司", "某某商贸有限公司", "某某建筑劳务有限公司"])
    lines = [
        Doc().t("%s人民法院民事判决书" % ctx.county),
        Doc().t("原告：").p(p1).t("，男，%d年出生，汉族，住%s。" % (rng.randint(1960, 1995), ctx.county)),
        Doc().t("被告：").p(org).t("，住所地%s%s。" % (ctx.town, ctx.road)),
        Doc().t("原告").p(p1).t("诉称：%d年%d月，其受雇于被告从事钢筋绑扎工作，被告尚欠劳务费%d元未支付。" % (ctx.year - 1, rng.randint(1, 12), rng.randint(8000, 90000))),
        Doc().t("证人").p(p2).t("出庭作证，证实原告在该工地工作至当年年底。"),
        Doc().t("本院认为，原告提交的工资结算单能够证明双方存在劳务关系，对其诉讼请求予以支持。"),
    ]
    k = rng.randint(3, 6)
    return lines_doc(lines[:1] + lines[1:k])


@PH("ph_discipline_notice", "discipline inspection bulletin with anonymised officials")
def _(rng):
    ctx = Ctx(rng)
    items = []
    for i in range(rng.randint(2, 4)):
        sn = pick(rng, SURNAMES)
        post = pick(rng, ["党委副书记", "财政所所长", "村党支部书记", "卫生院院长", "站长"])
        pl = Doc().p(pick(rng, ["XX", "××", "xx"])).t(pick(rng, ["镇", "乡", "街道"]))
        d = Doc().t("%d. " % (i + 1)).add(pl).t(post).p(sn + pick(rng, ["某", "某某"])).t(pick(rng, [
            "违规收受礼金问题。%d年春节期间，收受管理服务对象所送礼金%d元。" % (ctx.year, rng.randint(2, 30) * 500),
            "违规发放津贴补贴问题。经查，其以加班费名义发放补贴%d元。" % (rng.randint(10, 90) * 1000),
            "违规使用公车问题。多次驾驶公务用车办理私事。",
        ]))
        items.append(d)
    head = Doc().t("关于%d起违反中央八项规定精神典型问题的通报" % len(items))
    return lines_doc([head] + items + [Doc().t("上述人员均已受到相应处理。")])


@PH("ph_masked_company", "company names masked as 某某公司 / XX有限公司 in a procurement text")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XX", "xx", "××"])
    a = Doc().t("项目名称：%s%s改造工程" % (ctx.town, pick(rng, ["农贸市场", "污水管网", "文化广场"])))
    b = Doc().t("中标单位：").p(X).t(pick(rng, ["建设工程有限公司", "市政工程有限公司", "园林绿化有限公司"]))
    c = Doc().t("中标金额：%s万元" % money(rng, 30, 900))
    d = Doc().t("第二中标候选人：").p(pick(rng, ["某某", X])).t(pick(rng, ["建筑有限公司", "工程有限公司"]))
    e = Doc().t("公示期：%d个工作日。" % rng.randint(3, 7))
    return lines_doc([a, b, c, d, e][: rng.randint(3, 5)])


@PH("ph_template_brackets", "template with 【单位名称】-style bracket placeholders")
def _(rng):
    br = pick(rng, [("【", "】"), ("【", "】"), ("[", "]"), ("〔", "〕"), ("<", ">")])
    P = lambda x: br[0] + x + br[1]
    ctx = Ctx(rng)
    unit = Doc().p(P(pick(rng, ["单位名称", "申报单位", "单位全称"]))) if rng.random() < 0.8 else Doc().t(ctx.town)
    amt = Doc().p(P(pick(rng, ["金额", "申请金额", "XX万元"]))) if rng.random() < 0.6 else Doc().t("%s万元" % money(rng, 10, 300))
    lines = [
        Doc().t("关于").add(unit).t("申报%d年度专项资金的请示" % ctx.year),
        Doc().t(pick(rng, ["县财政局：", "市发展改革委：", "县农业农村局："])),
        Doc().t("根据有关文件精神，我单位拟申请专项资金").add(amt).t("，用于").p(P(pick(rng, ["项目名称", "项目内容"]))).t("，现将有关情况报告如下。"),
        Doc().t("联系人：").p(P(pick(rng, ["联系人", "姓名"]))).t("　电话：").p(P(pick(rng, ["联系电话", "电话"]))),
    ]
    if rng.random() < 0.5:
        lines.append(Doc().p(P("日期")))
    return lines_doc(lines)


@PH("ph_mailmerge_braces", "mail-merge letter with unreplaced {{field}} tokens")
def _(rng):
    ctx = Ctx(rng)
    a = pick(rng, ["name", "姓名", "收件人", "volunteer_name"])
    b = pick(rng, ["hours", "服务时长", "total_hours"])
    c = pick(rng, ["date", "寄出日期", "send_date"])
    lines = [
        Doc().t("尊敬的").p("{{%s}}" % a).t(pick(rng, ["先生/女士：", "同志：", "志愿者："])),
        Doc().t("您好！感谢您参加%s举办的%d年度志愿服务活动，您本年度累计服务时长为" % (ctx.town, ctx.year)).p("{{%s}}" % b).t("小时。"),
        Doc().t("证书将于").add(Doc().p("{{%s}}" % c) if rng.random() < 0.6 else Doc().t("%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28)))).t("前寄出，请注意查收。"),
        Doc().t("%s志愿者协会" % ctx.town),
    ]
    return lines_doc(lines)


@PH("ph_word_mergefield", "Word mail-merge chevrons «字段» left in a notice")
def _(rng):
    ctx = Ctx(rng)
    f = picks(rng, ["准考证号", "考场", "座位号", "考试时间", "身份证号"], 2)
    lines = [
        Doc().t("%s%d年事业单位公开招聘笔试准考证" % (ctx.county, ctx.year)),
        Doc().t("考生姓名：").add(Doc().p("«姓名»") if rng.random() < 0.7 else Doc().t(name(rng))),
        Doc().t("%s：" % f[0]).p("«%s»" % f[0]),
        Doc().t("%s：" % f[1]).p("«%s»" % f[1]),
        Doc().t("考试地点：%s%s" % (ctx.county, pick(rng, ["第一中学", "第二中学", "实验中学", "职业技术学校"]))),
        Doc().t("请考生携带本人有效身份证件，提前30分钟到达考点。"),
    ]
    return lines_doc(lines)


@PH("ph_contract_blanks", "contract with unfilled underscore blanks")
def _(rng):
    u = lambda: pick(rng, ["＿＿＿＿", "________", "____", "＿＿＿＿＿＿", "__________"])
    ctx = Ctx(rng)
    lines = [
        Doc().t("房屋租赁合同"),
        Doc().t("出租方（甲方）：%s" % ctx.org),
        Doc().t("承租方（乙方）：").p(u()),
        Doc().t("一、甲方将位于%s%s%d号的房屋出租给乙方使用，建筑面积" % (ctx.town, ctx.road, rng.randint(1, 300))).p(u()).t("平方米。"),
        Doc().t("二、租赁期限自").p(u()).t("年").p(u()).t("月起至%d年12月31日止。" % (ctx.year + 2)),
        Doc().t("三、月租金为人民币%d元，乙方应于每月5日前支付。" % (rng.randint(8, 60) * 100)),
    ]
    n = rng.randint(4, 6)
    return lines_doc(lines[:n])


@PH("ph_fill_instructions", "form instructions left in: （此处填写…）（请填写…）")
def _(rng):
    ctx = Ctx(rng)
    ins = [("此处填写", "单位全称"), ("请填写", "项目概况，不超过300字"), ("此处填写", "主要负责人姓名"),
           ("此处填写", "具体金额"), ("请在此处输入", "正文"), ("此处插入", "现场照片")]
    a, b = picks(rng, ins, 2)
    br = pick(rng, [("（", "）"), ("(", ")"), ("【", "】")])
    lines = [
        Doc().t("%s%d年度绩效自评报告" % (ctx.county, ctx.year)),
        Doc().t("一、项目基本情况").p(br[0] + a[0] + a[1] + br[1]),
        Doc().t("二、资金使用情况"),
        Doc().t("项目资金到位%s万元，实际支出%s万元。" % (money(rng, 100, 900), money(rng, 50, 99))),
        Doc().t("三、绩效目标完成情况").p(br[0] + b[0] + b[1] + br[1]),
    ]
    return lines_doc(lines)


@PH("ph_draft_todo", "draft with TODO / FIXME / 待补充 notes left in the published text")
def _(rng):
    ctx = Ctx(rng)
    body = render(rng, ctx, report_lines(rng, rng.randint(2, 4)))
    notes = [Doc().p("TODO：核实数据"), Doc().p("【待补充】"), Doc().t("截至目前，完成投资").p("（待补充）").t("。"),
             Doc().p("TODO"), Doc().p("FIXME: 口径与统计局不一致"), Doc().t("第三季度数据").p("待更新").t("。")]
    for n in picks(rng, notes, rng.randint(1, 2)):
        body.insert(rng.randint(0, len(body)), n)
    return lines_doc(body)


@PH("ph_schedule_tbd", "schedule table where 待定 stands for an unknown value")
def _(rng):
    ctx = Ctx(rng)
    rows = [Doc().t("序号 活动内容 时间 地点 负责人")]
    for i in range(rng.randint(3, 6)):
        cells = [str(i + 1), pick(rng, ["开幕式", "专题培训", "现场观摩", "座谈交流", "成果展示", "闭幕式", "志愿服务"]),
                 "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28)), pick(rng, ["会议中心", "镇文化站", ctx.village + "广场", "二楼报告厅"]), name(rng)]
        d = Doc()
        tbd = rng.random() < 0.45
        for j, c in enumerate(cells):
            if j:
                d.t(" ")
            if tbd and j in (2, 3, 4) and rng.random() < 0.6:
                d.p(pick(rng, ["待定", "待定", "（待定）", "TBD"]))
                tbd = False
            else:
                d.t(c)
        rows.append(d)
    doc = lines_doc(rows)
    if "ph" not in doc.kinds():
        doc.nl().t("备注：闭幕式时间").p("待定").t("。")
    return doc


@PH("ph_phone_masked", "notice with masked mobile numbers 138****5678")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s关于%d年度爱心企业表彰的公示" % (ctx.town, ctx.year))]
    for i in range(rng.randint(2, 5)):
        lines.append(Doc().t("%d. %s，联系人%s，电话" % (i + 1, place2(rng) + pick(rng, INDUSTRY) + "有限公司", name(rng))).p(mask_phone(rng, phone(rng))))
    lines.append(Doc().t("公示期间如有异议，请向%s党政办反映。" % ctx.town))
    return lines_doc(lines)


@PH("ph_id_masked", "identity numbers with the middle starred")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年度耕地地力保护补贴发放花名册（第%d批）" % (ctx.village, ctx.year, rng.randint(1, 4)))]
    for i in range(rng.randint(3, 6)):
        lines.append(Doc().t("%d %s " % (i + 1, name(rng))).p(mask_id(rng, id_number(rng))).t(" %s亩 %s元" % (money(rng, 0.5, 12, 1), money(rng, 50, 1500))))
    return lines_doc(lines)


@PH("ph_scholarship_gongshi", "scholarship public notice with 张*明 names and starred student numbers")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%d—%d学年国家励志奖学金拟推荐名单公示" % (ctx.year - 1, ctx.year))]
    for i in range(rng.randint(3, 6)):
        sid = str(ctx.year - rng.randint(1, 3)) + "%06d" % rng.randint(1, 999999)
        d = Doc().t("%d " % (i + 1)).p(mask_name(rng, name(rng))).t(" " + pick(rng, ["机械工程学院", "外国语学院", "护理学院", "信息工程学院"]) + " ")
        if rng.random() < 0.7:
            d.t(sid[:4]).p("****").t(sid[8:])
        else:
            d.t(sid)
        lines.append(d)
    lines.append(Doc().t("公示时间为5个工作日，如有异议请与学生资助管理中心联系。"))
    return lines_doc(lines)


@PH("ph_admission_list", "admission list with masked 准考证号 and names")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年普通高中自主招生拟录取名单" % (ctx.county, ctx.year)), Doc().t("序号 准考证号 姓名 录取学校")]
    for i in range(rng.randint(3, 7)):
        zk = "%d%02d%05d" % (ctx.year % 100, rng.randint(1, 20), rng.randint(1, 99999))
        d = Doc().t("%d " % (i + 1)).t(zk[:4]).p("*" * (len(zk) - 6)).t(zk[-2:] + " ")
        d.p(mask_name(rng, name(rng))).t(" " + ctx.county[:2] + pick(rng, ["一中", "二中", "实验中学"]))
        lines.append(d)
    return lines_doc(lines)


@PH("ph_exam_scores", "recruitment exam score list with starred 准考证号")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年公开招聘社区工作者笔试成绩" % (ctx.town, ctx.year)), Doc().t("准考证号,姓名,笔试成绩,是否进入面试")]
    for i in range(rng.randint(3, 7)):
        zk = "%d%06d" % (ctx.year, rng.randint(1, 999999))
        sc = money(rng, 45, 89, 1)
        d = Doc().t(zk[:6]).p("***").t(zk[9:] + ",")
        if rng.random() < 0.6:
            d.p(mask_name(rng, name(rng)))
        else:
            d.t(name(rng))
        d.t(",%s,%s" % (sc, pick(rng, ["是", "否"])))
        lines.append(d)
    return lines_doc(lines)


@PH("ph_shixin_list", "失信被执行人 list with masked identity numbers")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s人民法院失信被执行人名单（第%d期）" % (ctx.county, rng.randint(1, 30)))]
    for i in range(rng.randint(2, 5)):
        d = Doc().t("%d. 被执行人：%s，身份证号：" % (i + 1, name(rng))).p(mask_id(rng, id_number(rng)))
        d.t("，执行标的%d元，案号（%d）%s执%d号。" % (rng.randint(5000, 900000), ctx.year, pick(rng, ["湘0502", "桂0321", "赣0724", "皖1102"]), rng.randint(100, 3999)))
        lines.append(d)
    return lines_doc(lines)


@PH("ph_lottery_winners", "lucky-draw winner list with masked phones and names")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("“%s消费节”第%d轮幸运抽奖中奖名单" % (ctx.city, rng.randint(1, 9)))]
    for prize in picks(rng, ["一等奖", "二等奖", "三等奖", "幸运奖"], rng.randint(2, 4)):
        d = Doc().t(prize + "：")
        for j in range(rng.randint(1, 3)):
            if j:
                d.t("、")
            if rng.random() < 0.5:
                d.p(mask_name(rng, name(rng))).t("（").p(mask_phone(rng, phone(rng))).t("）")
            else:
                d.p(mask_phone(rng, phone(rng)))
        lines.append(d)
    lines.append(Doc().t("请中奖者于%d月%d日前携带有效证件到服务中心领奖。" % (rng.randint(1, 12), rng.randint(1, 28))))
    return lines_doc(lines)


@PH("ph_blood_donation", "blood-donation honour roll with 李*华-style names")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年无偿献血光荣榜" % (ctx.city, ctx.year)), Doc().t("献血量达%dmL以上的爱心人士：" % pick(rng, [2000, 4000, 6000]))]
    d = Doc()
    for j in range(rng.randint(4, 10)):
        if j:
            d.t(pick(rng, ["  ", "、", " "]))
        d.p(mask_name(rng, name(rng)))
    lines.append(d)
    lines.append(Doc().t("感谢您们的无私奉献！"))
    return lines_doc(lines)


@PH("ph_train_ticket", "railway e-ticket text with masked identity number")
def _(rng):
    ctx = Ctx(rng)
    st = [place2(rng) + pick(rng, ["站", "东站", "南站"]) for _ in range(2)]
    idn = id_number(rng)
    lines = [
        Doc().t("%s G%d %s" % (st[0], rng.randint(100, 9999), st[1])),
        Doc().t("%d年%02d月%02d日 %02d:%02d开 %02d车%02d%s号" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 21), rng.randint(0, 59), rng.randint(1, 16), rng.randint(1, 20), pick(rng, "ABCDF"))),
        Doc().t("￥%s元 二等座" % money(rng, 40, 600, 1)),
        Doc().t(idn[:10]).p("****").t(idn[14:] + " ").t(name(rng)),
        Doc().t("仅供报销使用"),
    ]
    return lines_doc(lines)


@PH("ph_air_itinerary", "airline itinerary with masked passenger ID and name")
def _(rng):
    ctx = Ctx(rng)
    idn = id_number(rng)
    lines = [
        Doc().t("航空运输电子客票行程单"),
        Doc().t("旅客姓名 ").p(mask_name(rng, name(rng), 1)).t("  有效身份证件号码 ").p(mask_id(rng, idn)),
        Doc().t("承运人 %s  航班号 %s%d  座位等级 Y  日期 %02d%s" % (pick(rng, ["南航", "国航", "东航", "川航"]), pick(rng, ["CZ", "CA", "MU", "3U"]), rng.randint(1000, 9999), rng.randint(1, 28), pick(rng, ["JAN", "MAR", "JUL", "OCT"]))),
        Doc().t("票价 CNY %d.00  民航发展基金 50.00  燃油附加费 %d.00" % (rng.randint(300, 2500), rng.randint(20, 120))),
    ]
    return lines_doc(lines)


@PH("ph_emergency_plan_template", "emergency-plan template: XX县突发事件应急预案")
def _(rng):
    X = pick(rng, ["XX", "××", "xx"])
    kind = pick(rng, ["突发事件", "森林火灾", "防汛抗旱", "地质灾害", "突发环境事件"])
    lv = pick(rng, ["县", "县", "区"])
    lines = [
        Doc().p(X).t(lv + kind + "应急预案"),
        Doc().t("1 总则"),
        Doc().t("1.1 编制目的：为提高").p(X).t(lv + "应对" + kind + "的能力，最大程度减少人员伤亡和财产损失，制定本预案。"),
        Doc().t("1.2 适用范围：本预案适用于本行政区域内" + kind + "的预防和应急处置。"),
        Doc().t("2 组织机构：成立").p(X).t(lv + kind + "应急指挥部，总指挥由%s政府分管副%s长担任。" % (lv, lv)),
        Doc().t("值班电话：").p(pick(rng, ["XXXX-XXXXXXX", "xxxxxxxx", "××××××××"])),
    ]
    return lines_doc(lines[: rng.randint(3, 6)])


@PH("ph_blank_form_fields", "blank application form: empty fill lines (checkbox options are not marked)")
def _(rng):
    ctx = Ctx(rng)
    u = lambda: pick(rng, ["________", "＿＿＿＿＿", "__________", "＿＿＿＿"])
    lines = [
        Doc().t("%s临时救助申请表" % ctx.county),
        Doc().t("申请人姓名：").p(u()).t("  性别：").p(u()).t("  联系电话：").p(u()),
        Doc().t("家庭住址：").p(u()),
        Doc().t("是否低保户：□是 □否    是否残疾：□是 □否"),
        Doc().t("申请理由：").p(u()),
    ]
    return lines_doc(lines[: rng.randint(3, 5)])


@PH("ph_sign_blank_date", "signature block with blank name and blank 年 月 日 date")
def _(rng):
    ctx = Ctx(rng)
    body = render(rng, ctx, report_lines(rng, rng.randint(1, 3)))
    sig = Doc().t(pick(rng, ["申请人（签字）：", "负责人签字：", "经办人："])).p(pick(rng, ["__________", "＿＿＿＿＿", "________"]))
    dt = Doc().p(pick(rng, ["      年    月    日", "____年__月__日", "＿＿年＿＿月＿＿日", "   年  月  日"]))
    return lines_doc([Doc().t("承诺书")] + body[:1] + [Doc().t("本人承诺以上所填信息真实有效，如有虚假，愿承担相应责任。"), sig, dt])


@PH("ph_software_format", "SMS / system notice with unreplaced %s, {0}, ${name} format codes")
def _(rng):
    ctx = Ctx(rng)
    fmts = pick(rng, [("%s", "%d"), ("{0}", "{1}"), ("${name}", "${amount}"), ("%1$s", "%2$s"), ("{name}", "{count}")])
    opts = [
        Doc().t("【%s】尊敬的" % ctx.county[:2] + "").p(fmts[0]).t("用户，您本月应缴水费").p(fmts[1]).t("元，请于月底前缴纳。"),
        Doc().t("【%s政务服务】您好，" % ctx.city[:2]).p(fmts[0]).t("，您申请的事项已受理，受理编号").p(fmts[1]).t("。"),
        Doc().t("系统提示：共导入").p(fmts[1]).t("条记录，操作人").p(fmts[0]).t("。"),
    ]
    lines = picks(rng, opts, rng.randint(1, 2))
    if rng.random() < 0.5:
        lines.append(Doc().t("退订回T"))
    return lines_doc(lines)


@PH("ph_cms_lorem", "CMS page with lorem ipsum / 测试文字 filler left in")
def _(rng):
    ctx = Ctx(rng)
    body = [Doc().t(x) for x in clean_report(rng, ctx, rng.randint(1, 3), title=True)]
    filler = pick(rng, [
        Doc().p("Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
        Doc().t("图片说明：").p("Lorem ipsum"),
        Doc().p("这里是标题文字这里是标题文字"),
        Doc().t("摘要：").p("请输入摘要内容"),
        Doc().p("此处为正文内容，请编辑替换"),
    ])
    body.insert(rng.randint(1, len(body)), filler)
    return lines_doc(body)


@PH("ph_speech_xxx", "speech template: 尊敬的XXX书记、各位来宾")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XXX", "×××", "xxx", "XX"])
    lines = [
        Doc().t("尊敬的").p(X).t(pick(rng, ["书记", "县长", "主任", "部长"])).t("、各位领导、各位来宾："),
        Doc().t("大家上午好！金秋时节，我们在这里隆重举行%s项目集中开工仪式。" % ctx.town),
        Doc().t("在此，我谨代表").p(X).t("，向长期以来关心支持%s发展的各界朋友表示衷心感谢！" % ctx.county),
    ]
    return lines_doc(lines + [Doc().t("谢谢大家！")])


@PH("ph_docnum_mask", "official document numbers masked: 〔20xx〕x号")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["x", "X", "×"])
    doc = Doc().t(ctx.county[:2] + pick(rng, ["政办发", "农字", "教发", "卫健发"])).t("〔").p("20" + X * 2).t("〕").p(X * pick(rng, [1, 2])).t("号")
    lines = [doc, Doc().t("关于印发《%s%s实施方案》的通知" % (ctx.county, pick(rng, ["农村人居环境整治提升", "义务教育优质均衡发展", "基层医疗卫生服务能力提升"])))]
    lines.append(Doc().t("各乡镇人民政府，县直各单位："))
    lines.append(Doc().t("现将《实施方案》印发给你们，请结合实际认真贯彻执行。"))
    return lines_doc(lines)


@PH("ph_bank_card", "bank account numbers masked with stars in a payment notice")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年第%d季度公益性岗位补贴发放明细" % (ctx.town, ctx.year, rng.randint(1, 4)))]
    for i in range(rng.randint(2, 5)):
        card = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
        m = pick(rng, [card[:4] + " **** **** " + card[-4:], card[:6] + "*" * 9 + card[-4:], "**** **** **** " + card[-4:]])
        lines.append(Doc().t("%d、%s " % (i + 1, name(rng))).p(m).t(" %d元" % (rng.randint(5, 30) * 100)))
    return lines_doc(lines)


@PH("ph_license_plate", "traffic notice with partly masked licence plates")
def _(rng):
    ctx = Ctx(rng)
    prov = pick(rng, list("粤湘赣桂闽浙苏皖鄂川"))
    lines = [Doc().t("%s公安局交通管理大队关于逾期未处理交通违法车辆的公告" % ctx.county)]
    for i in range(rng.randint(2, 5)):
        L = pick(rng, "ABCDEFGHJK")
        tail = "%d%d" % (rng.randint(0, 9), rng.randint(0, 9))
        plate = pick(rng, [(prov + L + "·", "***", tail), (prov + L, "**", str(rng.randint(100, 999))), (prov + L + "3", "**", "6" + tail[0])])
        lines.append(Doc().t("%d. " % (i + 1) + plate[0]).p(plate[1]).t(plate[2] + " " + pick(rng, ["超速50%以下", "违反禁止标线指示", "未按规定停放"])))
    return lines_doc(lines)


@PH("ph_address_mask", "addresses masked: XX路XX号、××小区×栋")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XX", "xx", "××"])
    x = X[0]
    a = Doc().t("%s%s" % (ctx.city, ctx.county)).p(X).t("路").p(X).t("号")
    b = Doc().p(X).t("小区").p(x).t("栋").p(x * 3).t("室")
    lines = [Doc().t("经营场所：").add(pick(rng, [a, b])), Doc().t("经营范围：日用百货、预包装食品销售。")]
    lines.insert(0, Doc().t("行政许可决定书（%s市监许〔%d〕%d号）" % (ctx.county[:2], ctx.year, rng.randint(10, 999))))
    return lines_doc(lines)


@PH("ph_model_xx", "product or equipment model masked: XX型号 / XX型")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XX", "XXX", "××"])
    lines = [
        Doc().t("%s%s设备采购需求" % (ctx.county, pick(rng, ["人民医院", "疾控中心", "第一中学"]))),
        Doc().t("1. 品牌：").p(X).t("；型号：").p(X).t("型"),
        Doc().t("2. 数量：%d台；单价不超过%d元。" % (rng.randint(1, 20), rng.randint(3, 90) * 1000)),
        Doc().t("3. 服装另购工作服，尺码为XL码和XXL码各%d件。" % rng.randint(5, 40)) if rng.random() < 0.4 else Doc().t("3. 质保期不少于3年。"),
    ]
    return lines_doc(lines)


@PH("ph_table_cells_xx", "flattened statistics table with masked cells")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["xx", "XX", "××"])
    items = ["地区生产总值（亿元）", "一般公共预算收入（万元）", "社会消费品零售总额（亿元）", "城镇化率（%）", "常住人口（万人）"]
    lines = [Doc().t("指标 %d年 %d年 增长（%%）" % (ctx.year - 1, ctx.year))]
    forced = False
    for i, it in enumerate(picks(rng, items, rng.randint(3, 5))):
        d = Doc().t(it)
        for j in range(3):
            d.t(" ")
            if rng.random() < 0.35 or (not forced and i == 2 and j == 1):
                d.p(X + ("." + X[0] if rng.random() < 0.5 else ""))
                forced = True
            else:
                d.t(money(rng, 1, 999, 1 if j < 2 else 1))
        lines.append(d)
    return lines_doc(lines)


@PH("ph_email_masked", "contact e-mail address masked with stars")
def _(rng):
    ctx = Ctx(rng)
    user = pick(rng, ["lin", "zhou", "chenyu", "hxj", "wangfang", "dzb"])
    dom = pick(rng, ["163.com", "126.com", "qq.com", "sina.com"])
    em = pick(rng, [user[:2] + "****@" + dom, user[0] + "***" + str(rng.randint(1, 99)) + "@" + dom, "*" * 6 + "@" + dom])
    lines = [Doc().t("%s%d年优秀志愿者名单" % (ctx.town, ctx.year)),
             Doc().t("%s，%s志愿服务队，邮箱 " % (name(rng), ctx.village)).p(em),
             Doc().t("如需联系，请发送邮件至上述地址。")]
    return lines_doc(lines)


@PH("ph_hotline_reply", "12345 hotline reply naming the caller with a masked name/phone")
def _(rng):
    ctx = Ctx(rng)
    sn = pick(rng, SURNAMES)
    who = pick(rng, [Doc().t("市民").p(sn + "**"), Doc().t("来电人").p(sn + "某"), Doc().t("市民").p(sn + "*" + pick(rng, ["先生", "女士"])),
                     Doc().t("来电号码").p(mask_phone(rng, phone(rng)))])
    lines = [Doc().t("工单编号：%d%08d" % (ctx.year, rng.randint(1, 99999999))),
             Doc().t("诉求内容：").add(who).t("反映%s%s路段%s。" % (ctx.village, ctx.road, pick(rng, ["路灯损坏", "排水不畅", "夜间施工噪音扰民"]))),
             Doc().t("办理结果：经%s现场核实，已安排维修，预计%d日内完成。" % (ctx.town, rng.randint(2, 10)))]
    return lines_doc(lines)


@PH("ph_demolition_comp", "demolition compensation notice with masked names and amounts")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["x", "X"])
    lines = [Doc().t("%s%s项目房屋征收补偿情况公示" % (ctx.town, pick(rng, ["棚户区改造", "道路拓宽", "学校扩建"]))), Doc().t("户主 房屋面积（㎡） 补偿金额（元）")]
    for i in range(rng.randint(3, 6)):
        d = Doc().p(mask_name(rng, name(rng))).t(" %s " % money(rng, 40, 300))
        if rng.random() < 0.4:
            d.p(X * 6)
        else:
            d.t(str(rng.randint(100000, 990000)))
        lines.append(d)
    return lines_doc(lines)


@PH("ph_lowincome_gongshi", "minimum-living-allowance notice: 王*英 and masked household details")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年%d月城乡低保新增对象公示" % (ctx.town, ctx.year, rng.randint(1, 12))), Doc().t("序号 户主姓名 家庭人口 保障金额（元/月） 所在村")]
    for i in range(rng.randint(3, 6)):
        lines.append(Doc().t("%d " % (i + 1)).p(mask_name(rng, name(rng))).t(" %d %d %s" % (rng.randint(1, 6), rng.randint(3, 12) * 50, place2(rng) + "村")))
    return lines_doc(lines)


@PH("ph_recruit_notice_tbd", "recruitment notice with 待定 dates and XXX contact")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年公开招聘乡村医生公告" % (ctx.county, ctx.year)),
             Doc().t("一、招聘岗位：乡村医生%d名。" % rng.randint(3, 30)),
             Doc().t("二、报名时间：").p(pick(rng, ["待定", "另行通知（待定）", "20xx年x月x日"])),
             Doc().t("三、联系人：").p(pick(rng, ["XXX", "xxx", "×××"])).t("，联系电话：%s" % landline(rng))]
    return lines_doc(lines)


@PH("ph_mt_output_tokens", "machine-translated page with untranslated [NAME]/<ORG> tokens")
def _(rng):
    ctx = Ctx(rng)
    t1, t2 = picks(rng, ["[NAME]", "[Company Name]", "<ORG>", "[DATE]", "[CITY]", "<PERSON>"], 2)
    lines = [Doc().t("感谢").p(t1).t("对本次国际合作论坛的大力支持。"),
             Doc().t("论坛将于").p(t2).t("在%s国际会议中心举行，欢迎各国代表参加。" % ctx.city),
             Doc().t("Thank you for your support of the forum.")]
    return lines_doc(lines[: rng.randint(2, 3)])


@PH("ph_angle_field_names", "notice template with <姓名>/<日期> angle-bracket fields")
def _(rng):
    ctx = Ctx(rng)
    a, b = picks(rng, ["<姓名>", "<日期>", "<单位>", "<金额>", "＜姓名＞", "＜日期＞"], 2)
    lines = [Doc().t("录用通知书"),
             Doc().p(a).t("同志："),
             Doc().t("经考试考核，你已被%s录用，请于" % ctx.town).p(b).t("前到组织办报到。"),
             Doc().t("%s党政办公室" % ctx.town)]
    return lines_doc(lines)


@PH("ph_survey_mou_places", "research report anonymising its sites: 某县某镇、A村 style via 某")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("关于农村养老服务情况的调研报告"),
             Doc().t("调研组于%d年%d月赴" % (ctx.year, rng.randint(3, 11))).p("某县").p("某镇").t("开展实地调研，走访农户%d户。" % rng.randint(20, 200)),
             Doc().t("在").p("某某村").t("，互助幸福院覆盖了全村%d名独居老人。" % rng.randint(10, 60)),
             Doc().t("调研发现，部分老人对上门服务的需求较为迫切。")]
    return lines_doc(lines)


@PH("ph_news_police", "police press release: 犯罪嫌疑人王某（男，xx岁）")
def _(rng):
    ctx = Ctx(rng)
    sn = pick(rng, SURNAMES)
    age = pick(rng, [Doc().p("xx").t("岁"), Doc().t("%d岁" % rng.randint(20, 60))])
    lines = [Doc().t("%s公安局成功破获一起电信网络诈骗案" % ctx.county),
             Doc().t("%d月%d日，民警将犯罪嫌疑人" % (rng.randint(1, 12), rng.randint(1, 28))).p(sn + "某").t("（男，").add(age).t("）抓获归案。"),
             Doc().t("经查，").p(sn + "某").t("以刷单返利为名骗取受害人钱款%d余元。" % (rng.randint(2, 90) * 1000)),
             Doc().t("警方提醒：凡是要求先垫付资金的刷单都是诈骗。")]
    return lines_doc(lines)


@PH("ph_underscore_addressee", "letter whose addressee is a blank: 致____同志")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("致").p(pick(rng, ["____", "＿＿＿", "______"])).t(pick(rng, ["同志：", "家庭：", "同学："])),
             Doc().t("在%d年度“最美家庭”评选活动中，您的家庭被评为%s“最美家庭”，特发此证，以资鼓励。" % (ctx.year, ctx.town)),
             Doc().t("%s妇女联合会" % ctx.town)]
    return lines_doc(lines)


@PH("ph_receipt_template", "receipt / invoice template with blank amount and payer")
def _(rng):
    ctx = Ctx(rng)
    u = lambda: pick(rng, ["______", "＿＿＿＿", "________"])
    lines = [Doc().t("收  据"), Doc().t("今收到").p(u()).t("交来%s" % pick(rng, ["物业服务费", "培训费", "场地租赁费"])),
             Doc().t("人民币（大写）").p(u()).t("  ¥").p(u()), Doc().t("收款单位：%s" % ctx.org)]
    return lines_doc(lines)


@PH("ph_wechat_editor", "WeChat-style article with editor prompts (点击输入标题) left in")
def _(rng):
    ctx = Ctx(rng)
    body = [Doc().t(x) for x in clean_report(rng, ctx, rng.randint(1, 3), title=False)]
    prompt = pick(rng, ["点击此处输入标题", "请输入文字", "编辑：XXX", "图片来源：XX", "作者：XXX"])
    if prompt.startswith(("编辑", "图片", "作者")):
        h, tl = prompt.split("：")
        pr = Doc().t(h + "：").p(tl)
    else:
        pr = Doc().p(prompt)
    if rng.random() < 0.5:
        body.insert(0, pr)
    else:
        body.append(pr)
    return lines_doc(body)


@PH("ph_minutes_participants", "meeting minutes with participants masked XXX")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XXX", "×××", "xxx"])
    who = Doc().t("参会人员：")
    for j in range(rng.randint(2, 5)):
        if j:
            who.t("、")
        who.p(X)
    lines = [Doc().t("%s%s会议纪要" % (ctx.town, pick(rng, ["党政联席", "安全生产专题", "防汛工作"]))),
             Doc().t("时间：%d年%d月%d日" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28))),
             Doc().t("主持人：").p(X), who,
             Doc().t("会议议定：%s" % pick(rng, ["由镇综治办牵头开展隐患排查。", "加快推进项目征地工作。", "做好汛期值班值守。"]))]
    return lines_doc(lines)


@PH("ph_csv_export", "spreadsheet/CSV export with XX cells and starred ids")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("序号,姓名,身份证号,所属村,补助金额")]
    for i in range(rng.randint(3, 6)):
        d = Doc().t("%d," % (i + 1))
        d.t(name(rng) + ",") if rng.random() < 0.3 else d.p(mask_name(rng, name(rng))).t(",")
        d.p(mask_id(rng, id_number(rng))).t(",%s," % (place2(rng) + "村"))
        if rng.random() < 0.3:
            d.p(pick(rng, ["XX", "xx"]))
        else:
            d.t(str(rng.randint(2, 50) * 100))
        lines.append(d)
    return lines_doc(lines)


@PH("ph_bilingual_contact", "bilingual notice with XXX in both the Chinese and English contact lines")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XXX", "xxx"])
    lines = [Doc().t("%s国际马拉松志愿者招募 / Volunteer Recruitment" % ctx.city),
             Doc().t("联系人：").p(X).t("  电话：").p("xxx-xxxxxxxx" if rng.random() < 0.5 else "0" + "x" * 3 + "-" + "x" * 7),
             Doc().t("Contact: ").p("Mr. " + X if rng.random() < 0.5 else X),
             Doc().t("报名截止：%d月%d日 / Deadline: %s %d" % (rng.randint(1, 12), rng.randint(1, 28), pick(rng, ["March", "May", "August"]), rng.randint(1, 28)))]
    return lines_doc(lines)


@PH("ph_double_star_name", "public notice masking given names entirely: 张**")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s%d年度“好人好事”候选人公示" % (ctx.town, ctx.year))]
    for i in range(rng.randint(2, 5)):
        sn = pick(rng, SURNAMES)
        lines.append(Doc().t("%d. " % (i + 1)).p(sn + pick(rng, ["**", "*", "××"])).t("，%s，%s。" % (ctx.village + "村民" if not ctx.village.endswith("社区") else ctx.village + "居民",
                                                                                           pick(rng, ["多年照顾孤寡老人", "勇救落水儿童", "拾金不昧归还现金", "带头捐资修路"]))))
    return lines_doc(lines)


@PH("ph_year_template", "annual template with 20XX年 and blank amounts in a budget line")
def _(rng):
    ctx = Ctx(rng)
    X = pick(rng, ["XX", "xx", "××"])
    lines = [Doc().t("%s" % ctx.county).p("20" + X).t("年部门预算编制说明"),
             Doc().t("一、收入预算：").p("20" + X).t("年收入预算").p(X + "." + X).t("万元。"),
             Doc().t("二、支出预算：基本支出%s万元，项目支出%s万元。" % (money(rng, 100, 900), money(rng, 10, 300)))]
    return lines_doc(lines)


@PH("ph_gbk_clean_star_ticket", "bus/ferry ticket with passenger name and ID masked")
def _(rng):
    ctx = Ctx(rng)
    idn = id_number(rng)
    lines = [Doc().t("%s客运站 电子客票" % ctx.county),
             Doc().t("乘车人：").p(mask_name(rng, name(rng))).t("  证件号：").p(idn[:4] + "*" * 10 + idn[-4:]),
             Doc().t("%s → %s  发车 %02d:%02d  座位 %d号" % (ctx.county, place2(rng) + "镇", rng.randint(6, 18), pick(rng, [0, 15, 30, 45]), rng.randint(1, 49))),
             Doc().t("票价：%s元" % money(rng, 8, 90, 1))]
    return lines_doc(lines)


@PH("ph_vaccination_record", "community record with masked names and phone tails")
def _(rng):
    ctx = Ctx(rng)
    lines = [Doc().t("%s社区老年人健康体检预约名单" % ctx.village)]
    for i in range(rng.randint(3, 6)):
        lines.append(Doc().t("%d " % (i + 1)).p(mask_name(rng, name(rng))).t(" %d岁 " % rng.randint(65, 95)).p(mask_phone(rng, phone(rng))))
    return lines_doc(lines)

# ----------------------------------------------------------------------------------------
# ph negatives (look-alikes that are not placeholders)
# ----------------------------------------------------------------------------------------

def with_report(rng, ctx, extra, k=(1, 3)):
    lines = clean_report(rng, ctx, rng.randint(*k), title=rng.random() < 0.4)
    for e in extra:
        lines.insert(rng.randint(0, len(lines)), e)
    return lines_doc(lines)


@PHN("phn_1plusx_certificates", "vocational education 1+X证书 system")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["深入推进“1+X”证书制度试点，%d名学生取得职业技能等级证书。" % rng.randint(50, 900),
                      "学院共有%d个专业参与1+X证书试点，覆盖学生%d人。" % (rng.randint(3, 20), rng.randint(200, 3000)),
                      "组织教师参加1+X Web前端开发职业技能等级证书师资培训。"])]
    return with_report(rng, ctx, ex)


@PHN("phn_7plusx_policy", "industrial policy names such as 7+X, 1+N, N+1")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["构建“7+X”现代产业体系，培育新能源、新材料等战略性新兴产业。",
                      "推行“1+N”帮扶模式，由1名党员联系N户群众。",
                      "建立“N+1”联动机制，实现问题发现、交办、反馈闭环管理。",
                      "实施“3+X”招商计划，聚焦%s等重点产业链。" % pick(rng, ["电子信息", "生物医药", "绿色食品"])])]
    return with_report(rng, ctx, ex)


@PHN("phn_x86_tech", "IT procurement with x86, x64, ARM, Python 3.x, 0x1F")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s政务云平台扩容采购需求" % ctx.city,
             "服务器：x86架构，双路CPU，内存不少于%dGB，支持x64操作系统。" % pick(rng, [128, 256, 512]),
             "数据库中间件须兼容Python 3.x及Java 17运行环境。",
             pick(rng, ["国产化终端采用ARM架构，与现有x86应用通过容器方式兼容。", "寄存器地址0x1F用于状态回读，默认值为0x00。",
                        "操作系统版本为Kylin V10 SP2（x86_64）。"])]
    return lines_doc(lines)


@PHN("phn_xray_medical", "hospital notice with X光, X射线, CT")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s人民医院新购置数字化X射线摄影系统（DR）投入使用" % ctx.county,
             "该设备拍摄一张X光片仅需数秒，辐射剂量较传统设备降低约%d%%。" % rng.randint(20, 60),
             pick(rng, ["孕妇及备孕人群进行X线检查前请主动告知医生。", "放射科同时开展CT、MRI及X射线检查预约服务。"]),
             "咨询电话：%s" % landline(rng)]
    return lines_doc(lines[: rng.randint(2, 4)])


@PHN("phn_clothing_sizes", "uniform procurement with S/M/L/XL/XXL sizes")
def _(rng):
    ctx = Ctx(rng)
    sizes = ["S", "M", "L", "XL", "XXL", "XXXL"]
    rows = ["尺码 数量（件）"] + ["%s %d" % (s, rng.randint(5, 80)) for s in picks(rng, sizes, rng.randint(3, 6))]
    return lines_doc(["%s%d年志愿者服装采购清单" % (ctx.town, ctx.year)] + rows + ["面料：纯棉；颜色：红色。"])


@PHN("phn_work_hours_times", "service hours written 5×8小时、7×24小时")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["政务服务热线实行7×24小时人工值守。", "窗口实行5×8小时工作制，周末设预约服务。",
                      "供电抢修队伍7×24小时待命，确保故障及时处置。", "设备供应商提供5×8小时远程技术支持。"])]
    return with_report(rng, ctx, ex)


@PHN("phn_dimensions_products", "sizes and arithmetic: 600×600mm, 1920×1080, 3×4=12")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["地面铺设600×600mm防滑地砖，共%d平方米。" % rng.randint(100, 900),
                      "LED显示屏分辨率1920×1080，尺寸%d×%d厘米。" % (rng.randint(2, 6) * 100, rng.randint(1, 3) * 100),
                      "展板规格为90×120cm，共制作%d块。" % rng.randint(5, 40),
                      "体育馆按3×3篮球场标准划线，共设场地%d片。" % rng.randint(2, 8)])]
    return with_report(rng, ctx, ex)


@PHN("phn_math_formula", "math lesson with variables x, y and a(1+x)²")
def _(rng):
    lines = ["例题：某工厂一月份产值为a万元，若每月平均增长率为x，则三月份产值为a(1+x)²万元。",
             "设矩形的长为x米，宽为(x−%d)米，根据面积为%d平方米列方程求解。" % (rng.randint(2, 6), rng.randint(40, 120)),
             "函数y=%dx+%d的图象经过第一、二、三象限。" % (rng.randint(2, 9), rng.randint(1, 9)),
             "解：由题意得x²−%dx+%d=0，解得x₁=%d，x₂=%d。" % (5, 6, 2, 3)]
    return lines_doc(picks(rng, lines, rng.randint(2, 4)))


@PHN("phn_mou_prose", "ordinary prose with 某些、某种、某一、某年某月")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["某些地区仍存在重建设、轻管理的现象。", "在某种程度上，基层减负的成效取决于考核方式的改变。",
                      "老人说，他是某年某月随修路的队伍来到这里，从此再没离开。", "某一时期的数据波动，并不能说明长期趋势。",
                      "如遇某些特殊情况，可顺延办理。"])]
    return with_report(rng, ctx, ex)


@PHN("phn_disclosure_table_dashes", "information-disclosure annual report table: —、/、0、无 mean zero or not applicable")
def _(rng):
    ctx = Ctx(rng)
    rows = ["%s%d年政府信息公开工作年度报告" % (ctx.town, ctx.year), "二、主动公开政府信息情况",
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
            "规章 0 0 0", "行政规范性文件 %d 0 %d" % (rng.randint(0, 5), rng.randint(3, 20)),
            "行政许可 — — %d" % rng.randint(10, 200), "行政处罚 / / %d" % rng.randint(0, 50),
            "行政复议 %s %s %s" % tuple(pick(rng, ["无", "0", "—"]) for _ in range(3))]
    return lines_doc(rows[: rng.randint(5, 8)])


@PHN("phn_budget_table_slash", "budget table where — and / mark empty cells")
def _(rng):
    ctx = Ctx(rng)
    rows = ["%s%d年部门预算收支总表（单位：万元）" % (ctx.county + pick(rng, ["教育局", "卫健局", "民政局"]), ctx.year),
            "项目 预算数 上年数",
            "一般公共预算拨款 %s %s" % (money(rng, 100, 900), money(rng, 100, 900)),
            "政府性基金预算拨款 — —",
            "国有资本经营预算拨款 / /",
            "事业收入 %s —" % money(rng, 1, 90),
            "“三公”经费 %s %s" % (money(rng, 1, 20), money(rng, 1, 20))]
    return lines_doc(rows)


@PHN("phn_filled_form_checkbox", "filled form with ☑是 □否 checkboxes and real answers")
def _(rng):
    ctx = Ctx(rng)
    yes = rng.random() < 0.5
    lines = ["%s临时救助申请审批表" % ctx.county,
             "申请人：%s  性别：%s  联系电话：%s" % (name(rng), pick(rng, ["男", "女"]), landline(rng)),
             "是否低保户：%s    是否残疾：%s" % ("☑是 □否" if yes else "□是 ☑否", "□是 ☑否"),
             "救助金额：%d元  审批日期：%d年%d月%d日" % (rng.randint(5, 40) * 100, ctx.year, rng.randint(1, 12), rng.randint(1, 28))]
    return lines_doc(lines)


@PHN("phn_contract_jiayi", "filled contract using 甲方/乙方 roles")
def _(rng):
    ctx = Ctx(rng)
    o2 = place2(rng) + pick(rng, INDUSTRY) + "有限公司"
    lines = ["土地流转合同", "甲方（流出方）：%s股份经济合作社" % ctx.village, "乙方（流入方）：%s" % o2,
             "甲方将%s亩耕地流转给乙方种植%s，流转期限%d年。" % (money(rng, 20, 500, 1), pick(rng, ["水稻", "茶叶", "蔬菜", "柑橘"]), rng.randint(3, 15)),
             "乙方每年%d月底前向甲方支付流转费%d元/亩。" % (rng.randint(1, 12), rng.randint(300, 1200))]
    return lines_doc(lines)


@PHN("phn_signed_doc", "signed document: signature line filled with name and date")
def _(rng):
    ctx = Ctx(rng)
    body = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    return lines_doc(body + ["负责人（签字）：%s" % name(rng), "%s（盖章）" % ctx.org, "%d年%d月%d日" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28))])


@PHN("phn_chinese_numeral_dates", "dates in Chinese numerals: 二〇二三年、二〇〇八年")
def _(rng):
    ctx = Ctx(rng)
    digits = "〇一二三四五六七八九"
    y = "".join(digits[int(c)] for c in str(ctx.year))
    y2 = "".join(digits[int(c)] for c in str(rng.choice([2000, 2003, 2008, 2010])))
    mo = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][rng.randint(0, 11)]
    body = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    return lines_doc(body + ["该站始建于%s年，" % y2 + "现已成为全县规模最大的农技服务站。", ctx.town + "人民政府", "%s年%s月%s日" % (y, mo, pick(rng, ["一", "八", "十五", "二十"]))])


@PHN("phn_hotline_surname", "hotline reply naming callers as 王女士/李先生 (not masked)")
def _(rng):
    ctx = Ctx(rng)
    lines = ["工单编号：%d%08d" % (ctx.year, rng.randint(1, 99999999)),
             "诉求内容：市民%s%s反映%s%s。" % (pick(rng, SURNAMES), pick(rng, ["先生", "女士"]), ctx.village, pick(rng, ["垃圾清运不及时", "路面积水"])),
             "办理结果：%s已安排环卫人员清理，并电话回复%s%s，其表示满意。" % (ctx.town, pick(rng, SURNAMES), pick(rng, ["先生", "女士"]))]
    return lines_doc(lines)


@PHN("phn_phone_tail", "mentions of 尾号/后四位 without masking characters")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["请尾号为%04d的车主尽快到停车场挪车。" % rng.randint(0, 9999),
                      "短信验证码将发送至您预留手机号码（后四位%04d）。" % rng.randint(0, 9999),
                      "银行卡尾号%04d的账户已于今日完成补贴发放。" % rng.randint(0, 9999)])]
    return with_report(rng, ctx, ex)


@PHN("phn_chromosome_biology", "biology lesson: XX/XY sex chromosomes")
def _(rng):
    ctx = Ctx(rng)
    lines = ["人类体细胞中有23对染色体，其中一对为性染色体。",
             "女性的性染色体组成为XX，男性为XY。",
             "红绿色盲基因位于X染色体上，属于伴X隐性遗传。",
             "课堂练习：一对表现正常的夫妇生了一个色盲男孩，请写出这对夫妇的基因型。",
             "抗维生素D佝偻病是伴X显性遗传病，女性患者多于男性患者。",
             "果蝇的性别决定方式也是XY型，雌果蝇为XX。"]
    head = "%s%s生物%s教学设计（第%d课时）" % (ctx.county[:2], pick(rng, ["一中", "二中", "实验中学", "民族中学"]), pick(rng, ["必修2", "高一", "八年级"]), rng.randint(1, 4))
    return lines_doc([head] + picks(rng, lines, rng.randint(2, 4)) + ["授课教师：%s" % name(rng)])


@PHN("phn_relay_sports", "sports results: 4×100米接力、3×3篮球")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s第%s届中小学生运动会成绩公告" % (ctx.county, pick(rng, ["十二", "十五", "二十"])),
             "男子4×100米接力：第一名 %s，成绩%s秒" % (ctx.county[:2] + pick(rng, ["一中", "实验中学"]), money(rng, 44, 50, 2)),
             "女子4×400米接力：第一名 %s，成绩%d分%02d秒" % (ctx.county[:2] + "二中", 4, rng.randint(10, 59)),
             "3×3篮球（初中组）：冠军 %s" % (ctx.town + "中学")]
    return lines_doc(lines)


@PHN("phn_news_brackets", "news headers in 【】 that are column names, not fields")
def _(rng):
    ctx = Ctx(rng)
    head = pick(rng, ["【工作动态】", "【重要通知】", "【党建引领】", "【民生实事】", "【图说】"])
    lines = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    return lines_doc([head + render(rng, ctx, [pick(rng, TITLE_TPL)])[0].build()[0]] + lines)


@PHN("phn_roman_grade_classes", "water quality Ⅲ类, AAAA景区, A级纳税人 grades")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["%s出境断面水质稳定保持在Ⅱ类以上。" % ctx.county, "%s成功创建国家AAAA级旅游景区。" % ctx.village,
                      "全县共有%d家企业被评为A级纳税人。" % rng.randint(10, 200), "地表水国考断面Ⅲ类及以上比例达到%d%%。" % rng.randint(80, 100)])]
    return with_report(rng, ctx, ex)


@PHN("phn_codes_with_letters", "codes and names with letters: H7N9, N95, 5G, COVID-19, XM-2023-017")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["储备N95口罩%d万只，医用防护服%d套。" % (rng.randint(1, 20), rng.randint(500, 9000)),
                      "新建5G基站%d座，实现重点场所信号全覆盖。" % rng.randint(20, 600),
                      "项目编号：XM-%d-%03d，采购方式：公开招标。" % (ctx.year, rng.randint(1, 300)),
                      "做好H7N9等人感染禽流感防控知识宣传。"])]
    return with_report(rng, ctx, ex)


@PHN("phn_full_contact_numbers", "complete landline and hotline numbers")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(1, 2), title=False)
    return lines_doc(lines + ["联系人：%s，联系电话：%s，手机：%s" % (name(rng), landline(rng), phone(rng)), "监督电话：12345"])


@PHN("phn_award_full_names", "commendation list with full names (published openly)")
def _(rng):
    ctx = Ctx(rng)
    names = "、".join(name(rng) for _ in range(rng.randint(4, 9)))
    return lines_doc(["关于表彰%d年度优秀共产党员的决定" % ctx.year, "经研究，决定授予以下同志“优秀共产党员”称号：", names, ctx.town + "党委"])


@PHN("phn_vote_ticks_crosses", "ballot instructions using √ and × marks")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s村民委员会换届选举选票说明" % ctx.village,
             "1. 同意的，在候选人姓名下方空格内画“√”；不同意的画“×”；弃权的不画任何符号。",
             "2. 每张选票所选人数等于或少于应选人数的为有效票。",
             "3. 候选人：%s" % "、".join(name(rng) for _ in range(rng.randint(3, 5)))]
    return lines_doc(lines)


@PHN("phn_checklist_marks", "safety inspection checklist with √/× results")
def _(rng):
    ctx = Ctx(rng)
    items = ["消防通道畅通", "灭火器在有效期内", "应急照明完好", "电线无私拉乱接", "安全出口标识清晰"]
    rows = ["%s安全检查记录表（%s）" % (ctx.org, "%d年%d月" % (ctx.year, rng.randint(1, 12)))]
    for it in picks(rng, items, rng.randint(3, 5)):
        rows.append("%s %s" % (it, pick(rng, ["√", "√", "×"])))
    rows.append("检查人：%s" % name(rng))
    return lines_doc(rows)


@PHN("phn_multiplication_teaching", "primary-school multiplication 3×4=12")
def _(rng):
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    lines = ["二年级数学教学设计：表内乘法",
             "教学目标：理解%d×%d=%d的含义，会用乘法口诀计算。" % (a, b, a * b),
             "练习：%d×%d=（ ）  %d×%d=（ ）" % (rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)) if False else "练习：%d×%d=%d，%d×%d=%d" % (a, 3, a * 3, b, 4, b * 4),
             "板书设计：%d个%d相加写成%d×%d。" % (b, a, a, b)]
    return lines_doc(lines)


@PHN("phn_dai_words", "words containing 待 that are not 待定: 待遇、接待、有待")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["部分村干部待遇偏低，队伍稳定性有待进一步提高。", "全年接待来访群众%d人次。" % rng.randint(100, 3000),
                      "对待群众反映的问题，做到件件有回音。", "退役军人优抚待遇按时足额发放。"])]
    return with_report(rng, ctx, ex)


@PHN("phn_footnote_single_star", "single asterisks as footnote and required-field markers")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s%d年主要经济指标*" % (ctx.county, ctx.year),
             "地区生产总值 %s亿元，增长%s%%" % (money(rng, 50, 900), money(rng, 1, 9, 1)),
             "*注：本表数据为初步核算数，最终以统计年鉴为准。",
             "带*号的栏目为必填项。"]
    return lines_doc(lines[: rng.randint(3, 4)])


@PHN("phn_versions_wildcards", "software versions and product names: iPhone X, Windows 10, v2.x")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s政务APP更新说明" % ctx.city,
             "支持Android 8.0及以上、iOS 14及以上版本。",
             pick(rng, ["修复了部分iPhone X机型显示不全的问题。", "旧版2.x客户端将于年底停止维护，请及时升级。", "新增电子社保卡扫码功能。"]),
             "更新包大小约%dMB。" % rng.randint(20, 200)]
    return lines_doc(lines)


@PHN("phn_fill_in_instructions_done", "filled application: fields completed, labels like （签字）（盖章） present")
def _(rng):
    ctx = Ctx(rng)
    lines = ["项目验收意见表",
             "项目名称：%s%s" % (ctx.village, pick(rng, ["产业路建设项目", "灌溉渠道修复工程", "村级综合服务中心"])),
             "验收意见：工程质量符合设计要求，同意通过验收。",
             "验收组组长（签字）：%s" % name(rng),
             "建设单位（盖章）：%s" % ctx.town + "人民政府",
             "日期：%d年%d月%d日" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28))]
    return lines_doc(lines)


@PHN("phn_abc_example_parties", "standard letters of grades and items: A类、B类、甲级、乙级")
def _(rng):
    ctx = Ctx(rng)
    ex = [pick(rng, ["全县建筑企业中，甲级资质%d家、乙级资质%d家。" % (rng.randint(1, 9), rng.randint(5, 30)),
                      "本次考核结果分为A、B、C三个等次，其中A等次%d个。" % rng.randint(3, 20),
                      "B类岗位要求具有两年以上基层工作经历。"])]
    return with_report(rng, ctx, ex)


@PHN("phn_plain_clean_report", "clean work report, no look-alikes at all")
def _(rng):
    ctx = Ctx(rng)
    return lines_doc(clean_report(rng, ctx, rng.randint(3, 8), title=rng.random() < 0.6))

# ----------------------------------------------------------------------------------------
# mj positives
# ----------------------------------------------------------------------------------------

def src_report(rng, ctx, title=True):
    return clean_report(rng, ctx, rng.randint(2, 5), title=title)


def src_table(rng, ctx):
    heads = pick(rng, [["序号", "项目名称", "建设地点", "总投资（万元）", "进度"], ["序号", "姓名", "所在村", "补助类别", "金额（元）"],
                       ["指标名称", "单位", "本年", "上年", "增长（%）"]])
    rows = [" ".join(heads)]
    for i in range(rng.randint(3, 6)):
        if heads[1] == "项目名称":
            cells = [str(i + 1), place2(rng) + pick(rng, ["污水处理厂", "安置小区", "产业园道路", "中心学校教学楼", "农贸市场"]), ctx.town, money(rng, 100, 9999), pick(rng, ["已完工", "主体施工", "前期准备", "竣工验收"])]
        elif heads[1] == "姓名":
            cells = [str(i + 1), name(rng), place2(rng) + "村", pick(rng, ["耕地地力保护", "生态公益林", "农机购置", "残疾人两项补贴"]), str(rng.randint(2, 90) * 50)]
        else:
            cells = [pick(rng, ["粮食总产量", "生猪出栏", "规上工业增加值", "社会消费品零售总额", "城镇居民人均可支配收入", "外贸进出口总额"]),
                     pick(rng, ["万吨", "万头", "亿元", "元"]), money(rng, 1, 999), money(rng, 1, 999), money(rng, -5, 15, 1)]
        rows.append(cells)
    return rows


def table_doc(rows, dmg_row=None, dmg_col=None, fn=None, sep=" "):
    lines = []
    for ri, r in enumerate(rows):
        if isinstance(r, str):
            lines.append(Doc().t(r) if not (ri == dmg_row and dmg_col == -1) else damage_whole(r, fn))
            continue
        d = Doc()
        for ci, c in enumerate(r):
            if ci:
                d.t(sep)
            if ri == dmg_row and ci == dmg_col:
                damage_whole(c, fn, d)
            else:
                d.t(c)
        lines.append(d)
    return lines_doc(lines)


def apply_lines(rng, lines, fn, where, lo=2, hi=4):
    """lines: list of clean strings.  Returns a Doc with damage placed according to `where`."""
    out = []
    n = len(lines)
    if where == "whole":
        for ln in lines:
            out.append(damage_whole(ln, fn) if ln.strip() else Doc().t(ln))
        return lines_doc(out)
    if where == "title":
        targets = {0}
        mode = "line"
    elif where == "sig":
        targets = {n - 1}
        mode = "line"
    elif where == "line":
        targets = set(picks(rng, range(n), min(n, rng.randint(1, 2))))
        mode = "line"
    elif where == "para":
        a = rng.randint(0, max(0, n - 2))
        targets = set(range(a, min(n, a + rng.randint(2, 3))))
        mode = "line"
    else:  # word
        targets = set(picks(rng, range(n), min(n, rng.randint(1, 3))))
        mode = "word"
    for i, ln in enumerate(lines):
        if i in targets and CJK_RUN.search(ln):
            out.append(damage_whole(ln, fn) if mode == "line" else damage_in(rng, ln, fn, lo, hi))
        else:
            out.append(Doc().t(ln))
    d = lines_doc(out)
    if "mj" not in d.kinds():
        i = next(i for i, ln in enumerate(lines) if CJK_RUN.search(ln))
        out[i] = damage_in(rng, lines[i], fn, lo, hi)
        d = lines_doc(out)
    return d


CODEC_STYLES = [
    # name, transform, where, source, note
    ("mj_utf8_gbk_word", "utf8>gbk", "word", "report", "UTF-8 read as GBK in a few words (鍙戝睍 for 发展)"),
    ("mj_utf8_gbk_line", "utf8>gbk", "line", "report", "UTF-8 read as GBK, whole lines"),
    ("mj_utf8_gbk_whole", "utf8>gbk", "whole", "report", "UTF-8 read as GBK, whole document"),
    ("mj_utf8_gbk_title", "utf8>gbk", "title", "report", "only the title decoded UTF-8 as GBK"),
    ("mj_utf8_gbk_signature", "utf8>gbk", "sig", "notice", "only the signature / date line damaged"),
    ("mj_utf8_cp1252_word", "utf8>cp1252", "word", "report", "UTF-8 read as cp1252: å‘å±• in a few words"),
    ("mj_utf8_cp1252_line", "utf8>cp1252", "line", "notice", "UTF-8 read as cp1252, whole lines"),
    ("mj_utf8_latin1_controls", "utf8>latin-1", "line", "report", "UTF-8 read as Latin-1, with invisible C1 control characters"),
    ("mj_gbk_latin1_line", "gbk>latin-1", "line", "report", "GBK read as Latin-1: ÉÏº£ style"),
    ("mj_gbk_cp1252_title", "gbk>cp1252", "title", "report", "GBK read as cp1252 in the title: Ö÷ÒªÄÚÈÝ"),
    ("mj_gbk_cp1252_whole", "gbk>cp1252", "whole", "notice", "GBK read as cp1252, whole document"),
    ("mj_utf8_cp1251_line", "utf8>cp1251", "line", "report", "UTF-8 read as cp1251: Cyrillic runs"),
    ("mj_utf8_iso8859_7_word", "utf8>iso8859-7", "word", "report", "UTF-8 read as ISO-8859-7: Greek-looking runs"),
    ("mj_utf8_koi8r_line", "utf8>koi8-r", "line", "notice", "UTF-8 read as KOI8-R: box-drawing characters"),
    ("mj_utf8_sjis_word", "utf8>shift_jis", "word", "report", "UTF-8 read as Shift_JIS: half-width katakana mixed in"),
    ("mj_utf8_euckr_line", "utf8>euc-kr", "line", "report", "UTF-8 read as EUC-KR: hangul and replacement marks"),
    ("mj_utf8_macroman_line", "utf8>mac_roman", "line", "report", "UTF-8 read as Mac Roman (old Mac mail client)"),
    ("mj_utf8_cp437_line", "utf8>cp437", "line", "table", "UTF-8 read as DOS cp437 inside a flattened table"),
    ("mj_gbk_utf8_fffd", "gbk>utf8", "line", "report", "GBK read as UTF-8: runs of replacement characters"),
    ("mj_gbk_big5_line", "gbk>big5", "line", "report", "GBK read as Big5: wrong traditional-looking characters"),
    ("mj_gbk_sjis_line", "gbk>shift_jis", "line", "notice", "GBK read as Shift_JIS: katakana runs"),
    ("mj_gbk_euckr_word", "gbk>euc-kr", "word", "report", "GBK read as EUC-KR: hangul in Chinese words"),
    ("mj_utf16be_gbk_line", "utf-16be>gbk", "line", "report", "UTF-16BE bytes read as GBK: ASCII letters between odd characters"),
    ("mj_double_utf8_line", "double-utf8", "line", "report", "UTF-8 double-encoded through cp1252: Ã¥Â runs"),
    ("mj_double_gbk_whole", "utf8>gbk>utf8>gbk", "whole", "report", "UTF-8 read as GBK twice (double mojibake)"),
    ("mj_kunjinkao_runs", "lost-fffd>utf8>gbk", "word", "report", "lost characters saved as U+FFFD then read as GBK: 锟斤拷"),
    ("mj_latin1_column_qmarks", "to-latin1-column", "line", "report", "text stored in a Latin-1 database column: ???? for every Chinese character"),
    ("mj_utf8_gbk_cell", "utf8>gbk", "cell", "table", "UTF-8 read as GBK in a single table cell"),
    ("mj_utf8_cp1252_cell", "utf8>cp1252", "cell", "table", "UTF-8 read as cp1252 in a single table cell"),
    ("mj_gbk_latin1_header", "gbk>latin-1", "header", "table", "GBK read as Latin-1 in the header row of a table"),
]

CODEC_FNS = {}


def _make_codec_style(nm, tr, where, src, note):
    fn = TRANSFORMS[tr]

    def gen(rng):
        ctx = Ctx(rng)
        if src == "table":
            rows = src_table(rng, ctx)
            title = render(rng, ctx, [pick(rng, TITLE_TPL)])[0].build()[0]
            if where == "header":
                d = table_doc(rows, 0, -1, fn)
            elif where == "cell":
                ri = rng.randint(1, len(rows) - 1)
                cols = [i for i, c in enumerate(rows[ri]) if re.search(r"[\u4e00-\u9fff]", c)]
                d = table_doc(rows, ri, pick(rng, cols), fn)
            else:
                ri = rng.randint(1, len(rows) - 1)
                rows = [r if isinstance(r, str) else " ".join(r) for r in rows]
                lines = [title] + rows
                out = [Doc().t(x) for x in lines]
                out[ri + 1] = damage_whole(lines[ri + 1], fn)
                return lines_doc(out)
            return lines_doc([Doc().t(title), d])
        if src == "notice":
            lines = [ctx.town + pick(rng, ["关于开展", "关于做好", "关于印发"]) + pick(rng, ["夏季防溺水工作", "冬春火灾防控工作", "农村人居环境整治", "秋冬季森林防火工作"]) + "的通知",
                     "各村（社区）、镇直各单位："]
            lines += clean_report(rng, ctx, rng.randint(1, 3), title=False)
            lines += [ctx.town + pick(rng, ["人民政府", "党政办公室", "应急管理办公室"]), "%d年%d月%d日" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28))]
            if where == "sig":
                last = lines[-2] + "　" + lines[-1]
                lines = lines[:-2] + [last]
        else:
            lines = src_report(rng, ctx, title=True)
        return apply_lines(rng, lines, fn, where if where != "sig" else "sig")
    return gen


for _nm, _tr, _where, _src, _note in CODEC_STYLES:
    MJ(_nm, _note)(_make_codec_style(_nm, _tr, _where, _src, _note))


@MJ("mj_misc_codepages", "less common wrong decodings: GB18030, Big5, cp866, cp1250, ISO-8859-5, Mac Roman, cp1251, UTF-16LE")
def _(rng):
    ctx = Ctx(rng)
    tr = pick(rng, ["utf8>gb18030", "utf8>big5", "utf8>cp866", "utf8>cp1250", "utf8>iso8859-5", "gbk>mac_roman", "gbk>cp1251", "utf-16le>gbk", "utf8>gbk/ignore"])
    return apply_lines(rng, src_report(rng, ctx), TRANSFORMS[tr], pick(rng, ["word", "line", "title", "sig", "para"]))


@MJ("mj_big5_gbk_trad", "Big5 document (Taiwan/Hong Kong) read as GBK")
def _(rng):
    lines = trad_lines(rng)
    return apply_lines(rng, lines, TRANSFORMS["big5>gbk"], pick(rng, ["line", "whole", "word"]))


@MJ("mj_big5_cp1252_trad", "Big5 text read as cp1252: ¥x¥_ style runs")
def _(rng):
    lines = trad_lines(rng)
    return apply_lines(rng, lines, TRANSFORMS["big5>cp1252"], pick(rng, ["line", "word"]))


@MJ("mj_sjis_gbk_letter", "Shift_JIS Japanese letter read as GBK beside a Chinese cover note")
def _(rng):
    ctx = Ctx(rng)
    ja = picks(rng, JA, rng.randint(1, 3))
    cover = "%s外事办转来日本友好城市来函如下：" % ctx.city
    out = [Doc().t(cover)] + [damage_whole(j, TRANSFORMS["shift_jis>gbk"]) for j in ja]
    return lines_doc(out)


@MJ("mj_eucjp_gbk_mail", "EUC-JP mail body read as GBK, Chinese header intact")
def _(rng):
    ctx = Ctx(rng)
    ja = picks(rng, JA, rng.randint(1, 3))
    out = [Doc().t("发件人：%s国际交流协会" % ctx.city), Doc().t("主题：关于友好交流活动日程的确认")]
    out += [damage_whole(j, TRANSFORMS["euc-jp>gbk"]) for j in ja]
    return lines_doc(out)


@MJ("mj_euckr_gbk_letter", "EUC-KR Korean text read as GBK")
def _(rng):
    ctx = Ctx(rng)
    ko = picks(rng, KO, rng.randint(1, 2))
    out = [Doc().t("%s与韩国友好城市交流会致辞（韩文稿）" % ctx.city)] + [damage_whole(k, TRANSFORMS["euc-kr>gbk"]) for k in ko]
    return lines_doc(out)


@MJ("mj_fffd_every_other_line", "lossy copy: a replacement character in every other line")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(4, 8), title=False)
    out = []
    for i, ln in enumerate(lines):
        if i % 2 == 1:
            bad = lossy_utf8(rng, ln)
            out.append(damage_whole(ln, lambda s: bad))
        else:
            out.append(Doc().t(ln))
    return lines_doc(out)


@MJ("mj_offbyone_gbk_stream", "GBK byte stream decoded one byte out of step")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    i = pick(rng, [j for j, ln in enumerate(lines) if len(ln) > 8])
    ln = lines[i]
    a = rng.randint(2, len(ln) // 2)
    b = min(len(ln), a + rng.randint(4, 12))
    seg = ln[a:b]
    bad = offbyone_gbk(seg)
    out = [Doc().t(x) for x in lines]
    out[i] = Doc().t(ln[:a]).m(bad, seg).t(ln[b:]) if bad != seg else damage_in(rng, ln, TRANSFORMS["utf8>gbk"])
    return lines_doc(out)


@MJ("mj_truncated_utf8_cell", "UTF-8 cut in the middle of a character at a spreadsheet cell limit")
def _(rng):
    ctx = Ctx(rng)
    rows = src_table(rng, ctx)
    out = [Doc().t(",".join(rows[0].split()))]
    hit = rng.randint(1, len(rows) - 1)
    for ri, r in enumerate(rows[1:], 1):
        d = Doc()
        for ci, c in enumerate(r):
            if ci:
                d.t(",")
            if ri == hit and ci == pick(rng, [1, 2]) and len(c.encode("utf-8")) > 4:
                b = c.encode("utf-8")
                cut = len(b) - rng.randint(1, 2)
                bad = b[:cut].decode("utf-8", "replace")
                if bad != c:
                    keep = bad.rstrip("\ufffd")
                    d.t(keep).m(bad[len(keep):], c[len(keep):])
                    continue
            d.t(c)
        out.append(d)
    doc = lines_doc(out)
    if "mj" not in doc.kinds():
        doc.nl().t("备注：").add(damage_in(rng, "数据来源于各村上报材料", TRANSFORMS["utf8>gbk"]))
    return doc


@MJ("mj_gb2312_rare_name_q", "names with characters outside GB2312 lost as ? by an old system")
def _(rng):
    ctx = Ctx(rng)
    out = [Doc().t("%s%d年度优秀教师名单" % (ctx.county, ctx.year))]
    names = []
    for i in range(rng.randint(3, 6)):
        nm = pick(rng, SURNAMES) + (pick(rng, NON_GB2312_NAME_CHARS) if rng.random() < 0.6 else "") + pick(rng, GIVEN)
        names.append(nm)
    if not any(c in NON_GB2312_NAME_CHARS for n in names for c in n):
        names[0] = names[0][0] + pick(rng, NON_GB2312_NAME_CHARS)
    d = Doc()
    for i, nm in enumerate(names):
        if i:
            d.t("、")
        lost = nm.encode("gb2312", "replace").decode("gb2312")
        if lost != nm:
            for c, l in zip(nm, lost):
                if c != l:
                    d.m(l, c)
                else:
                    d.t(c)
        else:
            d.t(nm)
    out.append(d)
    return lines_doc(out)


@MJ("mj_html_entities", "HTML entities left undecoded: &nbsp; &ldquo; &rdquo; &mdash;")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    out = []
    for i, ln in enumerate(lines):
        d = Doc()
        if rng.random() < 0.6:
            ent = pick(rng, ["&nbsp;&nbsp;&nbsp;&nbsp;", "&nbsp;", "&emsp;&emsp;", "&#12288;&#12288;"])
            d.m(ent, "\u3000\u3000" if "12288" in ent or "emsp" in ent else "  ")
            d.t(ln)
        else:
            q = CJK_RUN.search(ln)
            if q and rng.random() < 0.7:
                d.t(ln[:q.start()]).m("&ldquo;", "“").t(ln[q.start():q.end()]).m("&rdquo;", "”").t(ln[q.end():])
            else:
                d.t(ln)
        out.append(d)
    doc = lines_doc(out)
    if "mj" not in doc.kinds():
        doc.nl().t("发布时间：%d-%02d-%02d" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28))).m("&nbsp;", " ").t("来源：%s" % ctx.town)
    return doc


@MJ("mj_html_double_escape", "double-escaped HTML: &amp;lt;p&amp;gt; and &amp;nbsp;")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    i = rng.randrange(len(lines))
    tag = pick(rng, ["p", "strong", "br /", "span"])
    open_ = html.escape(html.escape("<%s>" % tag))
    out = [Doc().t(x) for x in lines]
    if tag == "br /":
        out[i] = Doc().t(lines[i]).m(open_, "")
    else:
        out[i] = Doc().m(open_, "").t(lines[i]).m(html.escape(html.escape("</%s>" % tag.split()[0])), "")
    if rng.random() < 0.5:
        j = rng.randrange(len(lines))
        if j != i:
            out[j] = Doc().m("&amp;nbsp;", " ").t(lines[j])
    return lines_doc(out)


@MJ("mj_html_tags_span", "HTML tags leaking into the text: <span style=…>, </strong>, <br>")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    out = []
    for ln in lines:
        r = rng.random()
        if r < 0.3:
            st = pick(rng, ['<span style="font-family:仿宋_GB2312;font-size:16pt">', "<span style='mso-spacerun:yes'>", '<font face="宋体">'])
            out.append(Doc().m(st, "").t(ln).m("</span>" if st.startswith("<span") else "</font>", ""))
        elif r < 0.5:
            pos = cjk_pos(rng, ln, 2, 4)
            if pos:
                a, b = pos
                out.append(Doc().t(ln[:a]).m("<strong>", "").t(ln[a:b]).m("</strong>", "").t(ln[b:]))
            else:
                out.append(Doc().t(ln))
        elif r < 0.65:
            out.append(Doc().t(ln).m(pick(rng, ["<br>", "<br/>", "</p>", "<p>&nbsp;</p>"]), ""))
        else:
            out.append(Doc().t(ln))
    doc = lines_doc(out)
    if "mj" not in doc.kinds():
        doc.m("</p>", "")
    return doc


@MJ("mj_word_mso_html", "Word-exported HTML debris: <p class=MsoNormal …> and <o:p></o:p>")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    out = []
    for i, ln in enumerate(lines):
        if i == 0 or rng.random() < 0.4:
            out.append(Doc().m("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>", "").t(ln).m("<o:p></o:p></p>", ""))
        else:
            out.append(Doc().t(ln))
    return lines_doc(out)


@MJ("mj_unicode_escape_debris", r"\u escapes left from a JSON API in page text")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=rng.random() < 0.5)
    return apply_lines(rng, lines, TRANSFORMS[pick(rng, ["unicode_escape", "json-escape"])], pick(rng, ["word", "line"]))


@MJ("mj_numeric_charrefs", "decimal character references &#21457;&#23637; instead of characters")
def _(rng):
    ctx = Ctx(rng)
    return apply_lines(rng, src_report(rng, ctx), TRANSFORMS["xmlcharref"], pick(rng, ["word", "title", "line"]))


@MJ("mj_hex_charrefs", "hexadecimal character references &#x53D1; in an RSS feed")
def _(rng):
    ctx = Ctx(rng)
    return apply_lines(rng, src_report(rng, ctx), TRANSFORMS["hexcharref"], pick(rng, ["word", "title"]))


@MJ("mj_url_percent_body", "percent-encoded Chinese pasted into body text (%E5%8F%91…)")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx)
    return apply_lines(rng, lines, TRANSFORMS["url-quote"], "word")


@MJ("mj_quoted_printable_mail", "e-mail body left quoted-printable (=E5=8F=91)")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    head = [Doc().t("发件人：%s <office@%s.gov.example>" % (ctx.town, "zfb")), Doc().t("主题：%d年工作要点" % ctx.year)]
    body = apply_lines(rng, lines, TRANSFORMS["quoted-printable"], pick(rng, ["line", "whole"]))
    return lines_doc(head + [body])


@MJ("mj_mime_header_subject", "raw MIME encoded-word in a forwarded mail subject")
def _(rng):
    ctx = Ctx(rng)
    subj = pick(rng, ["关于报送年度工作总结的通知", "会议通知", "转发：防汛值班表", "材料补充说明"])
    enc = TRANSFORMS["mime-b"](subj)
    body = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    return lines_doc([Doc().t("Subject: ").m(enc, subj), Doc().t("From: %s办公室" % ctx.town)] + [Doc().t(b) for b in body])


@MJ("mj_utf7_mail", "UTF-7 encoded Chinese from an old mail gateway (+U9FcVQ-)")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    return apply_lines(rng, ["主题：" + pick(rng, ["工作周报", "请假申请", "会议纪要"])] + lines, TRANSFORMS["utf-7"], pick(rng, ["word", "title"]))


@MJ("mj_ucs2_hex_sms", "SMS platform log showing UCS-2 hex instead of the message")
def _(rng):
    ctx = Ctx(rng)
    msg = pick(rng, ["明日有暴雨请注意防范", "请于本周五前完成信息填报", "停水通知：明天上午检修管网"])
    return lines_doc([Doc().t("发送时间：%d-%02d-%02d %02d:%02d" % (ctx.year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 20), rng.randint(0, 59))),
                      Doc().t("接收号码：%s" % phone(rng)), Doc().t("短信内容：").m(TRANSFORMS["ucs2-hex"](msg), msg), Doc().t("状态：发送成功")])


@MJ("mj_pinyin_annotation", "scraper ruby leak: traditional characters with pinyin in parentheses 發(fā)展")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=rng.random() < 0.5)
    where = pick(rng, ["whole", "whole", "line", "para"])
    fn = lambda s: pinyin_artifact(to_trad(s)) if pinyin_artifact(to_trad(s)) != to_trad(s) else s
    out = []
    targets = range(len(lines)) if where == "whole" else picks(rng, range(len(lines)), min(len(lines), 2))
    for i, ln in enumerate(lines):
        if i in targets:
            d = Doc()
            # the artefact is local to each converted character; span each annotated character
            for ch in ln:
                if ch in S2T:
                    d.m("%s(%s)" % S2T[ch], ch)
                else:
                    d.t(ch)
            out.append(d)
        else:
            out.append(Doc().t(ln))
    doc = lines_doc(out)
    return doc


@MJ("mj_trad_pinyin_qmarks", "traditional+pinyin scrape that also lost characters as ? (like a real crawled page)")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    out = []
    for ln in lines:
        d = Doc()
        for ch in ln:
            if ch in S2T and rng.random() < 0.9:
                d.m("%s(%s)" % S2T[ch], ch)
            elif ch in "，。；" and rng.random() < 0.15:
                d.m("?", ch)
            else:
                d.t(ch)
        out.append(d)
    return lines_doc(out)


@MJ("mj_bom_visible", "UTF-8 byte-order mark shown as ï»¿ at the start of a file")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx)
    bom = "\ufeff".encode("utf-8").decode(pick(rng, ["cp1252", "latin-1"]))
    d = Doc().m(bom, "")
    d.add(lines_doc(lines))
    return d


@MJ("mj_pdf_cid_glyphs", "PDF text extraction with unmapped glyphs shown as (cid:NNNN)")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx)

    def cid(s):
        return "".join("(cid:%d)" % (ord(c) % 7000 + 300) for c in s)
    return apply_lines(rng, lines, cid, pick(rng, ["word", "line", "title"]), 1, 3)


@MJ("mj_pdf_private_use", "PDF font without a ToUnicode map: private-use glyph codes in place of characters")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx)

    def pua(s):
        return "".join(chr(0xE000 + (ord(c) * 7) % 0x1000) for c in s)
    return apply_lines(rng, lines, pua, "word", 1, 3)


@MJ("mj_literal_escapes", r"escape debris: literal \r\n, \t and \" inside scraped text")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(2, 4), title=False)
    d = Doc()
    for i, ln in enumerate(lines):
        if i:
            e = pick(rng, ["\\r\\n", "\\n", "\\r\\n\\t", "\\n\\n"])
            d.m(e, "\n")
        d.t(ln)
    if rng.random() < 0.4:
        d.t("来源：").m('\\"', "“").t(ctx.town + "发布").m('\\"', "”")
    return d


@MJ("mj_single_char_fffd", "a single replacement character in otherwise clean text")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx)
    i = pick(rng, [j for j, ln in enumerate(lines) if CJK_RUN.search(ln)])
    ln = lines[i]
    pos = cjk_pos(rng, ln, 1, 1)
    a, b = pos
    out = [Doc().t(x) for x in lines]
    out[i] = Doc().t(ln[:a]).m(pick(rng, ["\ufffd", "?", "\ufffd\ufffd"]), ln[a:b]).t(ln[b:])
    return lines_doc(out)


@MJ("mj_single_char_gbk", "one character mis-decoded (a two-byte pair) inside a name or number line")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx)
    return apply_lines(rng, lines, TRANSFORMS["utf8>gbk"], "word", 1, 1)


@MJ("mj_double_partial_repair", "double-encoded text only partly repaired: some words fixed, some still Ã¥")
def _(rng):
    ctx = Ctx(rng)
    lines = src_report(rng, ctx, title=False)
    out = []
    for ln in lines:
        d = Doc()
        pos = 0
        for mo in CJK_RUN.finditer(ln):
            d.t(ln[pos:mo.start()])
            seg = mo.group(0)
            if rng.random() < 0.45:
                d.m(TRANSFORMS[pick(rng, ["utf8>cp1252", "double-utf8"])](seg), seg)
            else:
                d.t(seg)
            pos = mo.end()
        d.t(ln[pos:])
        out.append(d)
    doc = lines_doc(out)
    if "mj" not in doc.kinds():
        return apply_lines(rng, lines, TRANSFORMS["utf8>cp1252"], "word")
    return doc


@MJ("mj_mixed_with_foreign_clean", "damaged Chinese next to clean Russian/Japanese/French text")
def _(rng):
    ctx = Ctx(rng)
    foreign = pick(rng, [RU, JA, FR, KO, EL])
    lines = ["%s国际经贸洽谈会邀请函" % ctx.city, pick(rng, foreign), pick(rng, REPORT_TPL)]
    lines[2] = render(rng, ctx, [lines[2]])[0].build()[0]
    lines.append("会议地点：%s国际会展中心" % ctx.city)
    fn = TRANSFORMS[pick(rng, ["utf8>gbk", "utf8>cp1252", "gbk>latin-1"])]
    out = [Doc().t(x) for x in lines]
    k = pick(rng, [0, 2, 3])
    out[k] = damage_in(rng, lines[k], fn, 2, 6) if rng.random() < 0.5 else damage_whole(lines[k], fn)
    return lines_doc(out)


@MJ("mj_csv_excel_wrong_codepage", "UTF-8 CSV opened in Excel with the ANSI code page: header and names damaged")
def _(rng):
    ctx = Ctx(rng)
    rows = src_table(rng, ctx)
    fn = TRANSFORMS[pick(rng, ["utf8>gbk", "utf8>cp1252"])]
    out = [damage_whole(",".join(rows[0].split()), fn)]
    for r in rows[1:]:
        d = Doc()
        for ci, c in enumerate(r):
            if ci:
                d.t(",")
            if re.search(r"[\u4e00-\u9fff]", c) and rng.random() < 0.8:
                damage_whole(c, fn, d)
            else:
                d.t(c)
        out.append(d)
    return lines_doc(out)


@MJ("mj_json_api_dump", "CMS page showing a raw JSON field with \\u escapes and \\/ slashes")
def _(rng):
    ctx = Ctx(rng)
    t = render(rng, ctx, [pick(rng, TITLE_TPL)])[0].build()[0]
    body = clean_report(rng, ctx, rng.randint(1, 2), title=False)
    js = json.dumps({"title": t}, ensure_ascii=True)
    d = Doc().m(js, t)
    return lines_doc([d] + [Doc().t(b) for b in body])


@MJ("mj_mt_output_mojibake", "machine-translated notice where the source text was already mis-decoded")
def _(rng):
    ctx = Ctx(rng)
    en = pick(rng, ["Notice on the Spring Tree-Planting Campaign", "Investment Guide of the Development Zone", "Visitor Information"])
    zh = pick(rng, ["关于开展春季植树活动的通知", "开发区投资指南", "游客须知"])
    fn = TRANSFORMS[pick(rng, ["utf8>gbk", "utf8>cp1252"])]
    lines = [Doc().t(en), damage_whole(zh, fn), Doc().t(render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0])]
    return lines_doc(lines)


@MJ("mj_base64_attachment_name", "mail attachment name left as a base64 MIME word")
def _(rng):
    ctx = Ctx(rng)
    fname = "%s%d年工作总结.docx" % (ctx.town, ctx.year)
    enc = "=?GBK?B?" + base64.b64encode(fname.encode("gbk")).decode("ascii") + "?="
    body = clean_report(rng, ctx, rng.randint(1, 2), title=False)
    return lines_doc([Doc().t("附件：").m(enc, fname)] + [Doc().t(b) for b in body])


@MJ("mj_ocr_gbk_mixed_pdf", "PDF copied through a GBK clipboard: damaged words in a long paragraph")
def _(rng):
    ctx = Ctx(rng)
    text = "".join(clean_report(rng, ctx, rng.randint(4, 7), title=False))
    d = Doc()
    pos = 0
    runs = list(CJK_RUN.finditer(text))
    chosen = sorted(picks(rng, range(len(runs)), min(len(runs), rng.randint(2, 4))))
    for ri in chosen:
        mo = runs[ri]
        a = mo.start()
        b = min(mo.end(), a + rng.randint(2, 5))
        if a < pos:
            continue
        d.t(text[pos:a]).m(TRANSFORMS["utf8>gbk"](text[a:b]), text[a:b])
        pos = b
    d.t(text[pos:])
    return d

# ----------------------------------------------------------------------------------------
# mj negatives (clean text that looks unusual)
# ----------------------------------------------------------------------------------------

@MJN("mjn_traditional_hk", "Hong Kong notice in traditional characters")
def _(rng):
    return lines_doc([trad_fill(rng, t) for t in picks(rng, TRAD_HK, rng.randint(2, 4))])


@MJN("mjn_traditional_tw", "Taiwan document in traditional characters (ROC years)")
def _(rng):
    return lines_doc([trad_fill(rng, t) for t in picks(rng, TRAD_TW, rng.randint(2, 4))])


@MJN("mjn_macau_portuguese", "Macau bilingual notice: traditional Chinese and Portuguese")
def _(rng):
    lines = ["澳門特別行政區政府 Governo da Região Administrativa Especial de Macau",
             pick(rng, ["市政署 Instituto para os Assuntos Municipais", "文化局 Instituto Cultural"]),
             pick(rng, ["地點：議事亭前地 Local: Largo do Senado", "地點：塔石廣場 Local: Praça do Tap Seac", "地點：大三巴牌坊 Local: Ruínas de São Paulo"]),
             "活動日期：%d月%d日 Data: %d de %s" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 28), pick(rng, ["março", "junho", "outubro"]))]
    return lines_doc(lines[: rng.randint(3, 4)])


def _bilingual(rng, script, label):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    zh, other = pick(rng, script)
    head = pick(rng, ["%s %s", "%s / %s", "%s（%s）"]) % (zh, other)
    return lines_doc([head] + lines + ["（%s对照）" % label])


@MJN("mjn_tibetan_bilingual", "Tibetan beside Chinese on a bilingual page")
def _(rng):
    return _bilingual(rng, TIBETAN, "藏汉")


@MJN("mjn_uyghur_bilingual", "Uyghur (Arabic script) beside Chinese")
def _(rng):
    return _bilingual(rng, UYGHUR, "维汉")


@MJN("mjn_mongolian_bilingual", "traditional Mongolian script beside Chinese")
def _(rng):
    return _bilingual(rng, MONGOL, "蒙汉")


@MJN("mjn_yi_bilingual", "Yi syllables beside Chinese")
def _(rng):
    return _bilingual(rng, YI, "彝汉")


@MJN("mjn_zhuang_bilingual", "Zhuang (Latin script) beside Chinese")
def _(rng):
    return _bilingual(rng, ZHUANG, "壮汉")


def _quoted(rng, bank, lang):
    ctx = Ctx(rng)
    q = pick(rng, bank)
    lines = ["%s代表团访问%s" % (pick(rng, ["友好城市", "合作伙伴", "外国"]), ctx.city),
             "代表团团长在致辞中说：“%s”（%s原文）" % (q, lang),
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)


@MJN("mjn_quoted_russian", "quoted Russian in a foreign-affairs news item")
def _(rng):
    return _quoted(rng, RU, "俄文")


@MJN("mjn_quoted_japanese", "quoted Japanese (kana and kanji)")
def _(rng):
    return _quoted(rng, JA, "日文")


@MJN("mjn_quoted_korean", "quoted Korean hangul")
def _(rng):
    return _quoted(rng, KO, "韩文")


@MJN("mjn_quoted_greek", "quoted Greek")
def _(rng):
    return _quoted(rng, EL, "希腊文")


@MJN("mjn_quoted_french", "quoted French with accents")
def _(rng):
    return _quoted(rng, FR, "法文")


@MJN("mjn_latin1_words", "correct Latin-1 words: café, Zürich, naïve, Müller")
def _(rng):
    ctx = Ctx(rng)
    w = picks(rng, LATIN1_WORDS, 2)
    lines = ["%s代表团赴%s参加国际会议，并考察当地职业教育。" % (ctx.city, w[0]),
             "交流中，对方提到“%s”一词的用法，引起与会者兴趣。" % w[1],
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)


@MJN("mjn_emoji_wechat", "WeChat article with emoji")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(1, 3), title=False)
    out = []
    for ln in lines:
        out.append(pick(rng, EMOJI) + ln if rng.random() < 0.6 else ln + pick(rng, EMOJI))
    return lines_doc(["%s %s丨%s" % (pick(rng, EMOJI), ctx.town, pick(rng, ["好消息！", "速看！", "喜报"]))] + out)


@MJN("mjn_rare_characters", "legitimate rare characters: 亳州、婺源、堃、喆、𠮷")
def _(rng):
    ctx = Ctx(rng)
    pl = picks(rng, RARE_REAL_PLACES, 2)
    nm = pick(rng, SURNAMES) + pick(rng, RARE_NAME_CHARS)
    lines = ["%s代表团赴%s、%s考察乡村旅游发展经验。" % (ctx.county, pl[0], pl[1]),
             "%s同志介绍了当地“民宿+非遗”融合发展的做法。" % nm,
             pick(rng, ["“𠮷”字与“吉”字写法不同，登记户籍时须按原字录入。", "古籍中“龘”字形容龙腾飞的样子。", render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]])]
    return lines_doc(lines)


@MJN("mjn_html_code_doc", "technical document that quotes HTML markup and entities as code", allow=("html",))
def _(rng):
    ctx = Ctx(rng)
    rules = ["段落首行缩进应使用CSS属性 text-indent，不得使用“&nbsp;”实体堆砌空格。",
             "强调文字使用 <strong> 标签，示例：<strong>重要提示</strong>。",
             "特殊符号须转义，例如“<”写作“&lt;”，“&”写作“&amp;”。",
             "图片须设置替代文本，如 <img src=\"logo.png\" alt=\"%s标志\">。" % ctx.county,
             "版权符号可写作“&copy;”，页面显示为“©”。",
             "换行应使用段落标签 <p>，不建议连续使用 <br>。",
             "表格须使用 <th> 标注表头，便于读屏软件识别。"]
    sel = picks(rng, rules, rng.randint(2, 4))
    n0 = rng.randint(2, 6)
    return lines_doc(["%s网站无障碍改造技术规范（节选）" % ctx.city] + ["%d.%d %s" % (n0, i + 1, r) for i, r in enumerate(sel)])


@MJN("mjn_symbols_units", "legitimate symbols: ℃ ㎡ ‰ ¥ € £ § № ①")
def _(rng):
    ctx = Ctx(rng)
    opts = ["最高气温%d℃，最低气温%d℃。" % (rng.randint(25, 39), rng.randint(5, 24)),
            "建筑面积%d㎡，容积率%s。" % (rng.randint(500, 90000), money(rng, 1, 3.5, 1)),
            "人口自然增长率为%s‰。" % money(rng, -3, 9, 2),
            "合同金额¥%s，折合€%s。" % (format(rng.randint(10000, 900000), ","), format(rng.randint(1000, 90000), ",")),
            "参照英国标准，报价£%d。" % rng.randint(100, 9000),
            "依据《物业管理条例》§%d的规定执行。" % rng.randint(3, 60),
            "档案编号№%04d。" % rng.randint(1, 9999),
            "主要措施：①加强监测；②完善预案；③强化演练。"]
    return lines_doc(["%s%s" % (ctx.county, pick(rng, ["气象信息", "项目简介", "统计快报"]))] + picks(rng, opts, rng.randint(2, 4)))


@MJN("mjn_chem_notation", "chemical notation with sub/superscripts: H₂SO₄, CO₂, Fe³⁺, NH₄⁺")
def _(rng):
    opts = ["全年减少CO₂排放约%d吨。" % rng.randint(100, 90000),
            "废水中NH₄⁺—N浓度低于%smg/L。" % money(rng, 0.5, 8, 1),
            "实验室新增H₂SO₄、NaOH等危险化学品管理台账。",
            "检测到Fe³⁺与SO₄²⁻含量均符合标准。",
            "PM₂.₅年均浓度%dμg/m³。" % rng.randint(15, 60),
            "反应方程式：2H₂ + O₂ → 2H₂O。"]
    return lines_doc(["环境监测与实验室安全简报"] + picks(rng, opts, rng.randint(2, 4)))


@MJN("mjn_math_notation", "mathematical notation: α、β、∑、≤、√、∠、π")
def _(rng):
    opts = ["已知∠ABC=%d°，求∠α的度数。" % rng.randint(20, 160),
            "当0≤x≤1时，函数f(x)=√x单调递增。",
            "样本均值 x̄ = ∑xᵢ / n，显著性水平α=0.05。",
            "圆的面积S=πr²，其中r=%d cm。" % rng.randint(2, 20),
            "若a≠0，则方程ax²+bx+c=0的判别式Δ=b²−4ac。"]
    return lines_doc(["高中数学教学案例"] + picks(rng, opts, rng.randint(2, 4)))


@MJN("mjn_pinyin_lesson", "language lesson with pinyin in parentheses: 发展(fāzhǎn)", allow=("pinyin",))
def _(rng):
    words = [("发展", "fāzhǎn"), ("建设", "jiànshè"), ("乡村", "xiāngcūn"), ("和谐", "héxié"), ("学习", "xuéxí"), ("合作", "hézuò")]
    w = picks(rng, words, 2)
    lines = ["少数民族双语班普通话教学记录",
             "本课学习“%s(%s)”一词，并用它造句。" % w[0],
             "生词：%s（%s）" % w[1],
             "要求学生读准声调，会写会用。"]
    return lines_doc(lines)


@MJN("mjn_box_drawing_table", "plain-text table drawn with box-drawing characters")
def _(rng):
    ctx = Ctx(rng)
    rows = [("项目", "本年", "上年")] + [(pick(rng, ["粮食产量", "油料产量", "水果产量", "茶叶产量"]), money(rng, 1, 99, 1), money(rng, 1, 99, 1)) for _ in range(rng.randint(2, 4))]
    lines = ["%s主要农产品产量（万吨）" % ctx.county, "┌────────┬──────┬──────┐"]
    for i, r in enumerate(rows):
        lines.append("│%s│%s│%s│" % r)
        if i == 0:
            lines.append("├────────┼──────┼──────┤")
    lines.append("└────────┴──────┴──────┘")
    return lines_doc(lines)


@MJN("mjn_question_ascii", "questionnaire using ASCII ? at the end of real questions")
def _(rng):
    ctx = Ctx(rng)
    qs = ["1. 您对社区卫生服务中心的服务是否满意?", "2. 您平时通过什么渠道了解惠民政策?", "3. 您家中是否有65岁以上老人?",
          "4. 您认为村里最需要解决的问题是什么?", "5. 您愿意参加垃圾分类志愿服务吗?"]
    return lines_doc(["%s居民满意度调查问卷" % ctx.village] + sorted(picks(rng, qs, rng.randint(2, 4))))


@MJN("mjn_urls_files_emails", "URLs, file names and e-mail addresses", allow=("url",))
def _(rng):
    ctx = Ctx(rng)
    lines = ["附件：%d年%s.xlsx、申报说明_v2.pdf" % (ctx.year, pick(rng, ["项目汇总表", "资金明细", "考核细则"])),
             "网址：https://www.%s.gov.example/zwgk/%d/%02d/t%d_%d.html" % (pick(rng, ["qhx", "ylx", "tx"]), ctx.year, rng.randint(1, 12), ctx.year, rng.randint(1000, 99999)),
             "邮箱：%s@%s.gov.example" % (pick(rng, ["zfb", "dzb", "tjj", "office"]), pick(rng, ["qhx", "ylx"])),
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    rng.shuffle(lines)
    return lines_doc(lines)


@MJN("mjn_code_escapes_tutorial", r"programming tutorial explaining \u escapes and UTF-8 bytes", allow=("escape",))
def _(rng):
    c = pick(rng, list("中国人民发展学习数据编码汉字文明"))
    hexb = " ".join("%02X" % x for x in c.encode("utf-8"))
    lines = ["程序设计基础（第%d讲）：字符编码" % rng.randint(3, 12),
             "在Java中，'\\u%04x' 表示汉字“%s”，其UTF-8编码为三个字节 %s。" % (ord(c), c, hexb),
             "Python中可用 s.encode('utf-8') 将字符串转换为字节序列，用 b.decode('utf-8') 还原。",
             "“%s”的GBK编码为 %s，占两个字节。" % (c, " ".join("%02X" % x for x in c.encode("gbk"))),
             "注意：文件应统一以UTF-8编码保存，避免出现乱码。"]
    keep = sorted(picks(rng, range(1, len(lines)), rng.randint(2, 4)))
    return lines_doc(lines[:1] + [lines[i] for i in keep])


@MJN("mjn_encoding_discussion", "notice about encodings that names GBK/UTF-8 without any damage")
def _(rng):
    ctx = Ctx(rng)
    lines = ["关于统一报送材料格式的通知",
             "各单位报送的电子表格请使用UTF-8编码的CSV格式，不再接受GBK编码文件。",
             "文件名统一为“单位名称+材料类别”，如“%s工作总结.docx”。" % ctx.town,
             "联系人：%s，电话：%s" % (name(rng), landline(rng))]
    return lines_doc(lines)


@MJN("mjn_foreign_place_names", "foreign and pinyin place names with diacritics: Ürümqi, Hà Nội, España")
def _(rng):
    ctx = Ctx(rng)
    pl = picks(rng, ["Ürümqi（乌鲁木齐）", "Hà Nội（河内）", "España（西班牙）", "Malmö（马尔默）", "Kraków（克拉科夫）", "Reykjavík（雷克雅未克）"], 2)
    lines = ["%s中欧班列新增至%s、%s方向线路。" % (ctx.city, pl[0], pl[1]),
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)


@MJN("mjn_fullwidth_latin", "full-width Latin letters and digits used in official text")
def _(rng):
    ctx = Ctx(rng)
    lines = ["%s%d年度ＰＰＰ项目清单" % (ctx.county, ctx.year),
             "项目编号：ＰＰＰ－%03d" % rng.randint(1, 300),
             "联系电话：ＴＥＬ　%s" % landline(rng),
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)


@MJN("mjn_decorative_symbols", "decorative symbols: ★ ※ → ■ ▲ ◆ ♪")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(2, 4), title=False)
    sym = pick(rng, ["★", "■", "▲", "◆", "→", "●"])
    return lines_doc(["%s%s文艺汇演节目单♪" % (sym, ctx.town)] + [sym + " " + ln for ln in lines] + ["※ 演出期间请勿吸烟。"])


@MJN("mjn_trade_fair_russian", "bilingual Chinese-Russian trade fair list")
def _(rng):
    ctx = Ctx(rng)
    goods = [("茶叶", "чай"), ("丝绸", "шёлк"), ("农机", "сельхозтехника"), ("木材", "древесина"), ("蜂蜜", "мёд")]
    lines = ["%s中俄边境贸易洽谈会展品目录 / Каталог экспонатов" % ctx.city]
    for zh, ru in picks(rng, goods, rng.randint(2, 4)):
        lines.append("%s / %s：%d家企业参展" % (zh, ru, rng.randint(2, 40)))
    return lines_doc(lines)


@MJN("mjn_classical_text", "classical Chinese quotation with rarely used characters")
def _(rng):
    ctx = Ctx(rng)
    q = pick(rng, ["“苟日新，日日新，又日新。”", "“民为邦本，本固邦宁。”", "“不积跬步，无以至千里。”", "“锲而舍之，朽木不折；锲而不舍，金石可镂。”"])
    lines = ["古人云：%s" % q, render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)


@MJN("mjn_traditional_mixed_names", "simplified report citing traditional-character organisation names of Hong Kong/Taiwan partners")
def _(rng):
    ctx = Ctx(rng)
    org = pick(rng, ["香港中華廠商聯合會", "臺灣區電機電子工業同業公會", "香港工業總會", "澳門中華總商會"])
    lines = ["%d年%d月，%s与%s签署合作备忘录。" % (ctx.year, rng.randint(1, 12), ctx.city, org),
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)


@MJN("mjn_roman_numerals_circled", "circled and Roman numerals in lists: ⑴ ⅰ Ⅳ")
def _(rng):
    ctx = Ctx(rng)
    lines = clean_report(rng, ctx, rng.randint(2, 4), title=False)
    marks = pick(rng, [list("ⅠⅡⅢⅣⅤⅥⅦⅧ"), list("⑴⑵⑶⑷⑸⑹⑺⑻"), list("❶❷❸❹❺❻❼❽")])
    return lines_doc([marks[i] + " " + ln for i, ln in enumerate(lines)])


@MJN("mjn_plain_clean_report", "clean simplified report text, nothing unusual")
def _(rng):
    ctx = Ctx(rng)
    return lines_doc(clean_report(rng, ctx, rng.randint(3, 8), title=rng.random() < 0.6))


@MJN("mjn_latin_brand_names", "brand and model names with Latin letters and accents: Nestlé, Škoda, Citroën")
def _(rng):
    ctx = Ctx(rng)
    b = pick(rng, ["Nestlé（雀巢）", "Škoda（斯柯达）", "Citroën（雪铁龙）", "Hermès（爱马仕）"])
    lines = ["%s开发区新引进外资企业%d家，其中包括%s的区域配送中心。" % (ctx.county, rng.randint(2, 12), b),
             render(rng, ctx, [pick(rng, REPORT_TPL)])[0].build()[0]]
    return lines_doc(lines)

# ----------------------------------------------------------------------------------------
# checks used by --verify
# ----------------------------------------------------------------------------------------

PH_SPAN_RE = re.compile(
    r"[xX×Ｘ*＊_＿○]|某|【[^】]+】|\[[^\]]+\]|<[^>]+>|＜[^＞]+＞|«[^»]+»|\{\{?[^}]+\}\}?|%(\d\$)?[sd]|\$\{"
    r"|〔[^〕\d]+〕|TODO|FIXME|TBD|待定|待补充|待更新|此处|请输入|请填写|点击此处|这里是|Lorem|\s年\s+月\s+日")

PH_LINT = [
    ("x-run", re.compile(r"(?<![A-Za-z0-9])[xX×Ｘ]{2,}(?![A-Za-z])")),
    ("x-unit", re.compile(r"(?<![A-Za-z0-9.])[xX×Ｘ](?=[月日年号个户人家名%万亿元次项位季条])")),
    ("digit-x", re.compile(r"(?<!0)\d[xX]+(?=[户人家名个%万亿元次项位号条月日年])|\d[xX]+\.[xX\d]")),
    ("stars", re.compile(r"\*{2,}|＊")),
    ("moumou", re.compile(r"某某")),
    ("surname-mou", re.compile(r"[\u4e00-\u9fff]某(?![些种一年月个])")),
    ("mou-place", re.compile(r"某[县镇村乡市区]|某(?:有限)?公司")),
    ("field-bracket", re.compile(r"[【\[<＜«〈〔(（]\s*(?:单位|名称|姓名|日期|联系|金额|地址|文号|项目名称|NAME|Name|DATE|CITY|ORG|PERSON|Company)(?![：:])[^】\]>＞»〉〕)）]{0,10}[】\]>＞»〉〕)）]")),
    ("braces", re.compile(r"\{\{|\}\}|\{\d\}|\{[a-z_]+\}|\$\{|%\d?\$?[sd](?![a-z])")),
    ("underscores", re.compile(r"_{3,}|＿{2,}")),
    ("words", re.compile(r"TODO|FIXME|TBD|待定|待补充|待更新|待填|请填写|此处填写|此处插入|此处输入|请输入|点击此处|Lorem ipsum|这里是标题")),
    ("circles", re.compile(r"○○|(?<![〇一二三四五六七八九零])〇〇(?![一二三四五六七八九〇年])")),
    ("blank-date", re.compile(r" {2,}年 +月 +日|_+年_+月_+日|＿+年＿+月＿+日")),
]
PH_ALLOW_PHRASES = ["组成为XX，", "雌果蝇为XX", "Python 3.x", "2.x客户端"]

MJ_LINT = [
    ("fffd", re.compile("\ufffd"), None),
    ("kunjinkao", re.compile("锟斤拷"), None),
    ("latin1-pairs", re.compile(r"[ÃÂ][\u0080-\u00ff]|â€|å[\u0080-\u00bf‘’“”•–—˜™š›]|ï»¿|ï¼|ã€"), None),
    ("c1-controls", re.compile(r"[\u0080-\u009f]"), None),
    ("gbk-mojibake", re.compile(r"[鍙鐨鏄锛銆浠鎴璁闂缁鈥绋鐢鏈鍏鍦鍚澶瀹杩鐜閮娴鎶犲][\u4e00-\u9fff\ufffd]"), None),
    ("entities", re.compile(r"&(?:nbsp|amp|lt|gt|ldquo|rdquo|mdash|emsp|quot);|&#x?[0-9a-fA-F]+;"), "html"),
    ("tags", re.compile(r"<(?:span|p|br|strong|font|o:p)\b[^>]*>|</(?:span|p|strong|font|o:p)>"), "html"),
    ("u-escape", re.compile(r"\\u[0-9a-fA-F]{4}"), "escape"),
    ("literal-newline", re.compile(r"\\r\\n|\\n|\\t"), "escape"),
    ("cid", re.compile(r"\(cid:\d+\)"), None),
    ("pua", re.compile("[\ue000-\uf8ff]"), None),
    ("percent", re.compile(r"%[0-9A-F]{2}%[0-9A-F]{2}"), "url"),
    ("qp", re.compile(r"=[0-9A-F]{2}=[0-9A-F]{2}"), None),
    ("mime", re.compile(r"=\?[\w-]+\?[BbQq]\?"), None),
    ("pinyin-ruby", re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"), "pinyin"),
    ("q-after-cjk", re.compile(r"[\u4e00-\u9fff]\?[\u4e00-\u9fff,F]"), None),
]


def ph_lint(text):
    for p in PH_ALLOW_PHRASES:
        text = text.replace(p, " ")
    return ["%s:%r" % (n, m.group(0)) for n, r in PH_LINT for m in r.finditer(text)]


def mj_lint(text, allow=()):
    return ["%s:%r" % (n, m.group(0)) for n, r, a in MJ_LINT if a not in allow for m in r.finditer(text)]


def outside(text, spans):
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(text[pos:a])
        out.append("\x00")
        pos = b
    out.append(text[pos:])
    return "".join(out)

# ----------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------

def make_record(seed, sname, idx, attempt=0):
    st = STYLES[sname]
    rng = random.Random("t33|%d|%s|%d|%d" % (seed, sname, idx, attempt))
    doc = st["fn"](rng)
    text, spans, cleans = doc.build()
    kinds = doc.kinds()
    rid = "t33-%d-%s-%02d" % (seed, sname, idx) + ("r%d" % attempt if attempt else "")
    if st["label"] == "negative":
        assert not kinds, (sname, kinds)
        spans, cleans = [], []
    else:
        want = "ph" if st["family"] == "ph" else "mj"
        assert kinds == {want}, (sname, kinds, text)
    rec = OrderedDict([("id", rid), ("family", st["family"]), ("style", sname), ("label", st["label"]),
                       ("text", text), ("spans", spans), ("note", st["note"])])
    return rec, cleans


def counts_for(seed):
    rc = random.Random("t33|counts|%d" % seed)
    rng_by_group = {("mj", "mojibake"): (15, 15), ("mj", "negative"): (15, 16),
                    ("ph", "placeholder"): (15, 16), ("ph", "negative"): (16, 17)}
    return OrderedDict((s, rc.randint(*rng_by_group[(v["family"], v["label"])])) for s, v in STYLES.items())


def generate(seed):
    recs = []
    seen = set()
    for sname, n in counts_for(seed).items():
        for i in range(n):
            for attempt in range(12):
                rec, _ = make_record(seed, sname, i, attempt)
                if rec["text"] not in seen:
                    break
            seen.add(rec["text"])
            recs.append(rec)
    random.Random("t33|order|%d" % seed).shuffle(recs)
    return recs


ID_RE = re.compile(r"^t33-(\d+)-([a-z0-9_]+)-(\d+)(?:r(\d+))?$")


def verify_records(recs, where="<records>"):
    problems = []
    ids = set()
    for ln, r in enumerate(recs, 1):
        def bad(msg):
            problems.append("%s:%d %s: %s" % (where, ln, r.get("id"), msg))
        keys = ["id", "family", "style", "label", "text", "spans", "note"]
        if any(k not in r for k in keys):
            bad("missing field")
            continue
        if r["id"] in ids:
            bad("duplicate id")
        ids.add(r["id"])
        fam, lab, text, spans = r["family"], r["label"], r["text"], r["spans"]
        if fam not in ("ph", "mj") or lab not in ("placeholder", "mojibake", "negative"):
            bad("bad family/label")
            continue
        if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
            bad("label does not fit family")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["style"]):
            bad("style not snake_case")
        if not isinstance(text, str) or not text.strip():
            bad("empty text")
            continue
        nlines = len(text.split("\n"))
        if not 1 <= nlines <= 12:
            bad("%d lines" % nlines)
        if len(text.splitlines()) != nlines:
            bad("text contains extra line-break characters")
        if "\n" in r["note"]:
            bad("note has several lines")
        prev = 0
        okspans = True
        for sp in spans:
            if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
                bad("malformed span %r" % (sp,))
                okspans = False
                continue
            a, b = sp
            if not (0 <= a < b <= len(text)):
                bad("span %r outside text or empty" % (sp,))
                okspans = False
            elif a < prev:
                bad("spans overlap or unsorted")
            elif not text[a:b].strip():
                bad("span %r is blank" % (sp,))
            prev = max(prev, b)
        if not okspans:
            continue
        st = STYLES.get(r["style"])
        allow = st["allow"] if st else set()
        if st and (st["family"], st["label"]) != (fam, lab):
            bad("family/label differ from style registry")
        if lab == "negative":
            if spans:
                bad("negative with spans")
            for h in ph_lint(text):
                bad("negative looks like placeholder " + h)
            for h in mj_lint(text, allow):
                bad("negative looks damaged " + h)
            continue
        if not spans:
            bad("positive without spans")
            continue
        out = outside(text, spans)
        if lab == "placeholder":
            for a, b in spans:
                if not PH_SPAN_RE.search(text[a:b]):
                    bad("span %r holds no placeholder: %r" % ([a, b], text[a:b]))
            for h in ph_lint(out):
                bad("placeholder outside spans " + h)
            for h in mj_lint(out, allow):
                bad("damage inside a placeholder record " + h)
        else:
            for h in ph_lint(out):
                bad("placeholder inside a mojibake record " + h)
            for h in mj_lint(out, allow):
                bad("damage outside spans " + h)
            m = ID_RE.match(r["id"])
            if not m or m.group(2) not in STYLES:
                bad("cannot regenerate clean text (unknown id/style)")
                continue
            seed, sname, idx, att = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4) or 0)
            regen, cleans = make_record(seed, sname, idx, att)
            if regen["text"] != text or regen["spans"] != spans:
                bad("record differs from its regeneration")
                continue
            for (a, b), c in zip(spans, cleans):
                if text[a:b] == c:
                    bad("mojibake span %r equals its clean text" % ([a, b],))
    return problems


def style_table(recs):
    by = OrderedDict()
    for r in sorted(recs, key=lambda r: (r["family"], r["label"] == "negative", r["style"], r["id"])):
        e = by.setdefault(r["style"], {"family": r["family"], "pos": 0, "neg": 0, "ex": r})
        if r["label"] == "negative":
            e["neg"] += 1
        else:
            e["pos"] += 1
    out = ["| style | family | positives | negatives | example |", "|---|---|---|---|---|"]
    for s, e in by.items():
        ex = e["ex"]["text"].replace("\n", " ⏎ ")
        ex = ex if len(ex) <= 70 else ex[:70] + "…"
        ex = ex.replace("|", "\\|").replace("`", "'")
        ex = "".join(ch if ch.isprintable() else "\\x%02x" % ord(ch) for ch in ex)
        out.append("| %s | %s | %d | %d | %s |" % (s, e["family"], e["pos"], e["neg"], ex))
    return "\n".join(out) + "\n"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        total = 0
        allp = []
        for path in a.verify:
            recs = read_jsonl(path)
            total += len(recs)
            p = verify_records(recs, path)
            allp += p
            c = Counter((r["family"], r["label"]) for r in recs)
            print("%s: %d records, %d styles, %s, %d problems" % (path, len(recs), len({r["style"] for r in recs}),
                                                            ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(c.items())), len(p)))
        for p in allp[:200]:
            print("  " + p)
        print("VERIFY %s (%d records, %d problems)" % ("OK" if not allp else "FAILED", total, len(allp)))
        return 1 if allp else 0
    if a.style_table:
        sys.stdout.write(style_table(read_jsonl(a.style_table)))
        return 0
    if a.seed is None or not a.out:
        ap.error("need --seed and --out, or --verify, or --style-table")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["family"], r["label"]) for r in recs)
    print("wrote %d records (%d styles) to %s: %s" % (len(recs), len(STYLES), a.out, dict(sorted(c.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
