#!/usr/bin/env python3
"""numbers36_gen.py -- held-out set 36: Chinese report statements with totals and percentages.

Generate:  python3 numbers36_gen.py --seed 11 --out numbers36_seed11.jsonl
Verify:    python3 numbers36_gen.py --verify numbers36_seed11.jsonl numbers36_seed12.jsonl
Stats:     python3 numbers36_gen.py --stats numbers36_seed11.jsonl   (markdown style table)

Standard library only.  Every style seeds its own random.Random with a string, so the output
depends only on --seed (not on PYTHONHASHSEED).

The file has two independent halves:
  * VERIFIER  -- its own number parser (ASCII / full-width digits, thousands separators, decimals,
                 万/亿 multipliers, Chinese numerals), Decimal arithmetic with ROUND_HALF_UP;
                 recomputes every check from the text strings and derives the label.
  * GENERATOR -- builds records from integers / Fractions and formats them into text; after each
                 record is built it is run through the verifier and rebuilt if the derived label
                 differs from the intended one.
"""
import argparse
import json
import math
import random
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR, getcontext
from fractions import Fraction

getcontext().prec = 60

# =====================================================================================
#                                      VERIFIER
# =====================================================================================
V_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
V_FW.update({"．": ".", "％": "%"})
V_CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9}
V_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
V_CN_ALL = set(V_CN_DIG) | set(V_CN_UNIT) | {"万", "亿"}
V_DIGITS = set("0123456789") | set(chr(0xFF10 + i) for i in range(10))
V_UP = {"增长", "增加", "提高", "上升", "提升", "增至"}
V_DOWN = {"下降", "减少", "降低", "回落"}
V_MALFORMED = [re.compile(p) for p in (
    r"^[xX]+[%％]$",                    # xx%
    r"^[0-9]+(?:\.[0-9]+)? +[%％]$",     # 98.6 %
    r"^[%％][0-9]+(?:\.[0-9]+)?$",       # %98.6
    r"^[0-9]+(?:\.[0-9]+)?[%％]{2}$",    # 98.6%%
    r"^[0-9]+\.\.[0-9]+[%％]$",          # 93..4%
)]
CHECK_FIELDS = {
    "sum": ("parts", "total"),
    "balance": ("plus", "minus", "result"),
    "count_items": ("count", "items"),
    "count_names": ("count", "names"),
    "rate": ("num", "den", "rate"),
    "per": ("total", "count", "value"),
    "growth": ("old", "new", "rate", "dir"),
    "pp": ("old", "new", "pp", "dir"),
    "share_sum": ("shares", "expect"),
    "malformed_pct": ("literal",),
    "neg": ("kind", "numbers"),
}
PCT_RELS = {"rate", "growth", "pp", "share_sum"}


class VErr(Exception):
    pass


def v_parse_cn(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN_DIG:
            num = V_CN_DIG[ch]
        elif ch in V_CN_UNIT:
            section += (num if num else 1) * V_CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == "亿":
            total = (total + section + num) * 10 ** 8
            section, num = 0, 0
        else:
            raise VErr("bad Chinese numeral %r" % s)
    return total + section + num


def v_parse(tok):
    """-> (absolute Decimal value, decimals, multiplier, kind)  kind: num | pct | permille"""
    if not isinstance(tok, str) or not tok:
        raise VErr("empty token")
    s = "".join(V_FW.get(c, c) for c in tok)
    kind = "num"
    if s.endswith("%"):
        kind, s = "pct", s[:-1]
    elif s.endswith("‰"):
        kind, s = "permille", s[:-1]
    if not s:
        raise VErr("no digits in %r" % tok)
    if all(c in V_CN_ALL for c in s):
        return Decimal(v_parse_cn(s)), 0, 1, kind
    mult = 1
    if s[-1] == "亿":
        mult, s = 10 ** 8, s[:-1]
    elif s[-1] == "万":
        mult, s = 10 ** 4, s[:-1]
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", s) or \
            re.fullmatch(r"[0-9]{1,3}(?:，[0-9]{3})+(?:\.[0-9]+)?", s) or \
            re.fullmatch(r"[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?", s):
        s = re.sub(r"[,， ]", "", s)
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", s):
        raise VErr("unparseable number %r" % tok)
    dec = len(s.split(".")[1]) if "." in s else 0
    return Decimal(s) * mult, dec, mult, kind


def v_in_text(tok, text):
    """token occurs in text and is not a fragment of a longer number"""
    start = 0
    n = len(tok)
    while True:
        i = text.find(tok, start)
        if i < 0:
            return False
        start = i + 1
        b = text[i - 1] if i > 0 else "\x00"
        b2 = text[i - 2] if i > 1 else "\x00"
        a = text[i + n] if i + n < len(text) else "\x00"
        a2 = text[i + n + 1] if i + n + 1 < len(text) else "\x00"
        first, last = tok[0], tok[-1]
        if first in V_DIGITS:
            if b in V_DIGITS or b in ".．":
                continue
            if b in ",， " and b2 in V_DIGITS:
                continue
        if first in V_CN_ALL and b in V_CN_ALL:
            continue
        if last in V_DIGITS:
            if a in V_DIGITS or a in "万亿%％‰":
                continue
            if a in ".．" and a2 in V_DIGITS:
                continue
            if a in ",， " and a2 in V_DIGITS and text[i + n + 1:i + n + 4].isdigit():
                continue
        if last in V_CN_ALL and a in V_CN_ALL:
            continue
        return True


def v_round(x, dec):
    return x.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def v_tie(x, dec):
    y = abs(x).scaleb(dec)
    return y - y.to_integral_value(rounding=ROUND_FLOOR) == Decimal("0.5")


def v_need(text, toks):
    for t in toks:
        if not v_in_text(t, text):
            raise VErr("number %r not found in text" % t)


def v_pct_tok(t, kinds=("pct",)):
    val, dec, mult, kind = v_parse(t)
    if kind not in kinds:
        raise VErr("%r should be a percentage" % t)
    return val, dec


def v_eval(c, text):
    """-> (holds: bool, deviation or None, stated-decimals)"""
    rel = c.get("rel")
    if rel not in CHECK_FIELDS:
        raise VErr("unknown rel %r" % rel)
    for f in CHECK_FIELDS[rel]:
        if f not in c:
            raise VErr("check %s lacks %s" % (rel, f))
    P = lambda t: v_parse(t)[0]
    if rel == "sum":
        v_need(text, c["parts"] + [c["total"]])
        if len(c["parts"]) < 2:
            raise VErr("sum needs >=2 parts")
        return sum(P(t) for t in c["parts"]) == P(c["total"]), None, None
    if rel == "balance":
        v_need(text, c["plus"] + c["minus"] + [c["result"]])
        got = sum(P(t) for t in c["plus"]) - sum(P(t) for t in c["minus"])
        return got == P(c["result"]), None, None
    if rel in ("count_items", "count_names"):
        v_need(text, [c["count"]])
        lst = c["items"] if rel == "count_items" else c["names"]
        for it in lst:
            if it not in text:
                raise VErr("item/name %r not in text" % it)
        if len(set(lst)) != len(lst):
            raise VErr("duplicate items")
        return P(c["count"]) == len(lst), None, None
    if rel == "rate":
        v_need(text, [c["num"], c["den"], c["rate"]])
        r, dec = v_pct_tok(c["rate"])
        exact = P(c["num"]) / P(c["den"]) * 100
        if v_tie(exact, dec):
            raise VErr("exact .5 tie in rate")
        true = v_round(exact, dec)
        return true == r, abs(true - r), dec
    if rel == "per":
        v_need(text, [c["total"], c["count"], c["value"]])
        val, dec, mult, _ = v_parse(c["value"])
        exact = P(c["total"]) / P(c["count"]) / mult
        if v_tie(exact, dec):
            raise VErr("exact .5 tie in per")
        true = v_round(exact, dec)
        return true == val / mult, abs(true - val / mult), dec
    if rel == "growth":
        v_need(text, [c["old"], c["new"], c["rate"]])
        if c["dir"] not in text or c["dir"] not in V_UP | V_DOWN:
            raise VErr("direction word %r missing" % c["dir"])
        r, dec = v_pct_tok(c["rate"])
        old, new = P(c["old"]), P(c["new"])
        g = (new - old) / old * 100
        if v_tie(g, dec):
            raise VErr("exact .5 tie in growth")
        signed = r if c["dir"] in V_UP else -r
        true = v_round(abs(g), dec) * (1 if g >= 0 else -1)
        return true == signed, abs(true - signed), dec
    if rel == "pp":
        v_need(text, [c["old"], c["new"], c["pp"]])
        if c["dir"] not in text or c["dir"] not in V_UP | V_DOWN:
            raise VErr("direction word %r missing" % c["dir"])
        if "个百分点" not in text:
            raise VErr("pp without 个百分点")
        o, _ = v_pct_tok(c["old"])
        n, _ = v_pct_tok(c["new"])
        pv, dec, _, kind = v_parse(c["pp"])
        if kind != "num":
            raise VErr("pp value must be a plain number")
        signed = pv if c["dir"] in V_UP else -pv
        return (n - o) == signed, abs((n - o) - signed), dec
    if rel == "share_sum":
        v_need(text, c["shares"])
        vals = [v_pct_tok(t) for t in c["shares"]]
        dec = max(d for _, d in vals)
        s = sum(v for v, _ in vals)
        return s == Decimal(c["expect"]), abs(s - Decimal(c["expect"])), dec
    if rel == "malformed_pct":
        lit = c["literal"]
        if lit not in text:
            raise VErr("malformed literal %r not in text" % lit)
        norm = "".join(V_FW.get(ch, ch) for ch in lit)
        if not any(p.match(norm) for p in V_MALFORMED):
            raise VErr("literal %r is not malformed" % lit)
        return False, None, None
    raise VErr("unreachable")


def v_neg(c, text):
    """validate a 'neg' look-alike annotation: its numbers are in the text and the look-alike
    really differs from the relation a careless reader would assume."""
    kind = c["kind"]
    nums = c["numbers"]
    if not nums:
        raise VErr("neg without numbers")
    if kind == "identifier":
        for s in nums:
            if s not in text:
                raise VErr("identifier %r not in text" % s)
        return
    v_need(text, nums)
    for s in nums:
        v_parse(s)
    P = lambda t: v_parse(t)[0]
    if "marker" in c and c["marker"] not in text:
        raise VErr("marker %r not in text" % c["marker"])
    if kind == "partial_list":
        if not sum(P(t) for t in c["parts"]) < P(c["total"]):
            raise VErr("partial list does not fall short of its total")
    elif kind == "approx_total":
        if sum(P(t) for t in c["parts"]) == P(c["total"]):
            raise VErr("approximate total equals the exact sum")
    elif kind == "overlap":
        if not sum(P(t) for t in c["parts"]) > P(c["total"]):
            raise VErr("overlapping subsets do not exceed the whole")
        if any(P(t) > P(c["total"]) for t in c["parts"]):
            raise VErr("a subset exceeds the whole")
    elif kind == "cumulative":
        if not P(c["cumulative"]) > P(c["new"]):
            raise VErr("cumulative not above new")
    elif kind == "two_wholes":
        if sum(P(t) for t in c["parts"]) == P(c["other"]):
            raise VErr("parts add up to the other whole")
    elif kind == "growth_over_100":
        r, _ = v_pct_tok(c["rate"])
        if r <= 100:
            raise VErr("growth not over 100")
    elif kind == "pp_no_base":
        if "个百分点" not in text:
            raise VErr("no 个百分点")
    elif kind == "share_overlap":
        if not sum(v_pct_tok(t)[0] for t in c["shares"]) > 100:
            raise VErr("overlapping shares do not exceed 100")
    elif kind == "permille":
        val, dec = v_pct_tok(c["value"], ("permille",))
        if "num" in c:
            exact = P(c["num"]) / P(c["den"]) * 1000
            if v_tie(exact, dec) or v_round(exact, dec) != val:
                raise VErr("permille value does not match its base")
    elif kind in ("pct_no_base", "rate_unstated"):
        for t in c["rates"]:
            v_pct_tok(t)
    else:
        raise VErr("unknown neg kind %r" % kind)


def v_record(rec):
    """-> derived label; raises VErr on any structural problem"""
    for k in ("id", "family", "style", "label", "text", "note", "checks"):
        if k not in rec:
            raise VErr("missing field %s" % k)
    if rec["family"] not in ("totals", "pct"):
        raise VErr("bad family")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"]):
        raise VErr("style not snake_case")
    if "\n" in rec["note"]:
        raise VErr("note must be one line")
    text = rec["text"]
    nlines = len(text.split("\n"))
    if not 1 <= nlines <= 8:
        raise VErr("record has %d lines" % nlines)
    checks = rec["checks"]
    if not checks:
        raise VErr("no checks")
    fails, negs = [], 0
    for c in checks:
        if c.get("rel") == "neg":
            v_neg(c, text)
            negs += 1
            continue
        ok, dev, dec = v_eval(c, text)
        if not ok:
            fails.append((c, dev, dec))
    if len(fails) > 1:
        raise VErr("%d relations wrong (must be exactly one)" % len(fails))
    if fails:
        c, dev, dec = fails[0]
        if c["rel"] in PCT_RELS:
            need = max(Decimal(2).scaleb(-dec), Decimal("0.3"))
            if dev < need:
                raise VErr("wrong %s differs by %s < %s" % (c["rel"], dev, need))
        return "inconsistent"
    if negs:
        return "negative"
    return "consistent"


def verify_files(paths):
    bad = 0
    total = 0
    ids = set()
    cnt = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                total += 1
                try:
                    rec = json.loads(line)
                    if rec["id"] in ids:
                        raise VErr("duplicate id")
                    ids.add(rec["id"])
                    lab = v_record(rec)
                    if lab != rec["label"]:
                        raise VErr("label %s but checks say %s" % (rec["label"], lab))
                    cnt[(rec["family"], lab)] += 1
                except (VErr, ValueError, KeyError, TypeError, ArithmeticError) as e:
                    bad += 1
                    if bad <= 30:
                        print("%s:%d: %s" % (path, ln, e), file=sys.stderr)
    for (fam, lab), n in sorted(cnt.items()):
        print("%-7s %-13s %5d" % (fam, lab, n))
    print("records: %d, disagreements: %d" % (total, bad))
    return 1 if bad or total == 0 else 0


# =====================================================================================
#                                      GENERATOR
# =====================================================================================
class Retry(Exception):
    pass


SYL = list("清河安平东西南北金石龙凤云阳新兴华宁泉林桥湖丰和嘉永溪川鹿松梅江桂青瑞福源塘柳杨槐荷竹岚峰秀德泰康乐")
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田姜范方姚谭廖邹熊陆郝孔白崔康毛邱秦史顾侯邵孟段雷汤尹黎易常武乔贺赖龚")
GIVEN = list("建华国明志强海军文斌秀英丽红伟芳敏静涛磊洋勇艳杰娟超鹏辉霞宇婷俊峰晨欣怡浩然")
NAME_KINDS = {
    "district": ["区", "县", "区", "区"],
    "company": ["机械有限公司", "纺织有限公司", "电子科技有限公司", "化工有限公司", "新材料有限公司",
                "食品有限公司", "光电科技有限公司", "进出口有限公司"],
    "project": ["片区", "棚改项目", "旧城改造项目", "安置区项目"],
    "warehouse": ["防汛物资仓库", "物资储备库", "防汛仓库"],
    "scenic": ["古镇", "湿地公园", "森林公园", "风景区", "古村落景区", "文化旅游区"],
    "troupe": ["剧团", "艺术团", "文工团", "戏曲剧院"],
    "venue": ["体育中心", "全民健身中心", "体育公园", "体育馆"],
    "reservoir": ["水库"],
    "town": ["镇", "街道", "乡"],
}


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def two(self):
        for _ in range(500):
            a, b = self.rng.sample(SYL, 2)
            if a + b not in self.used:
                self.used.add(a + b)
                return a + b
        raise Retry()

    def make(self, kind):
        return self.two() + self.rng.choice(NAME_KINDS[kind])

    def person(self):
        return self.rng.choice(SURN) + "".join(self.rng.sample(GIVEN, self.rng.choice([1, 2])))


# ---------------------------------------------------------------- number formatting
FWT = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
SEPS = {"comma": ",", "cncomma": "，", "space": " "}
CN_D = "零一二三四五六七八九"


def cn4(n):
    s, zero = "", False
    for v, u in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // v % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += CN_D[d] + u
    return s


def to_cn(n, liang=False):
    if n == 0:
        return "零"
    if n == 2 and liang:
        return "两"
    hi, lo = divmod(n, 10000)
    s = ""
    if hi:
        s = cn4(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    if lo:
        s += cn4(lo)
    if s.startswith("一十"):
        s = s[1:]
    if liang and s[:2] in ("二千", "二百", "二万"):
        s = "两" + s[1:]
    return s


def group(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def fmt(n, d=0, mode="plain"):
    if n < 0:
        raise Retry()
    if mode in ("cn", "cn2"):
        if d:
            mode = "plain"
        else:
            return to_cn(n, liang=(mode == "cn2"))
    ip, fp = divmod(n, 10 ** d)
    s = str(ip)
    if mode in SEPS and ip >= 1000:
        s = group(s, SEPS[mode])
    if d:
        s += "." + str(fp).zfill(d)
    if mode == "fw":
        s = s.translate(FWT)
    return s


def unit_split(u):
    if u and u[0] in "万亿":
        return u[0], u[1:]
    return "", u


def rhu(fr, d):
    """round half up a non-negative Fraction to d decimals -> scaled int; Retry on exact ties"""
    x = fr * 10 ** d
    fl = math.floor(x)
    rem = x - fl
    if rem == Fraction(1, 2):
        raise Retry()
    return fl + (1 if rem > Fraction(1, 2) else 0)


# ---------------------------------------------------------------- source vocabulary
SRC_NAMES = {"tax": "税务", "housing": "住房城建", "water": "水利", "tourism": "文旅", "sports": "体育"}
DEPT = {"tax": "税务局", "housing": "住房和城乡建设局", "water": "水利局", "tourism": "文化广电旅游局",
        "sports": "体育局"}
HEADS = {
    "tax": ["一、税收收入完成情况", "（二）落实税费支持政策", "税收征管工作情况", "三、优化税收营商环境",
            "（一）组织收入", "二、主要工作成效"],
    "housing": ["二、住房保障工作", "（三）城市更新与老旧小区改造", "房屋征收工作情况", "物业服务监管",
                "（一）保障性安居工程", "四、城市建设管理"],
    "water": ["一、水利工程建设", "（二）防汛抗旱工作", "河长制工作开展情况", "水土保持与农田水利",
              "（四）水资源管理", "三、水旱灾害防御"],
    "tourism": ["三、文化和旅游发展", "（一）旅游市场运行情况", "公共文化服务体系建设", "非遗保护传承工作",
                "（二）文艺创作与惠民演出", "五、文旅融合发展"],
    "sports": ["四、体育事业发展", "（二）全民健身工作", "竞技体育与赛事活动", "国民体质监测工作",
               "（三）体育场地设施建设", "二、体育产业发展"],
}
MEET_TOPIC = {"tax": ["税收形势分析", "减税降费政策落实", "征管质效提升"],
              "housing": ["住房保障推进", "城市更新", "物业管理联席"],
              "water": ["防汛抗旱调度", "河长制工作推进", "水利项目建设"],
              "tourism": ["文旅市场调度", "文化惠民工程推进", "非遗保护"],
              "sports": ["全民健身工作推进", "赛事筹备", "体育场地建设"]}
BODY = ["工作报告", "年度工作总结", "工作情况通报", "统计公报", "半年工作小结"]

TAXKINDS = ["增值税", "企业所得税", "个人所得税", "城市维护建设税", "房产税", "城镇土地使用税", "土地增值税",
            "契税", "印花税", "资源税", "环境保护税"]


def W(**kw):
    kw.setdefault("dec", [0])
    kw.setdefault("pverb", "")
    kw.setdefault("flow", True)
    kw.setdefault("small", False)
    kw.setdefault("nocn", False)
    return kw


WHOLES = {
    "tax": [
        W(noun="税收收入", unit="亿元", parts=TAXKINDS, rng=(0.3, 25), dec=[2, 1], other="其他税种",
          lead=["全年累计组织税收收入{N}", "全区税务部门组织税收收入{N}", "完成税收收入{N}"], pverb="入库",
          dim="税种"),
        W(noun="非税收入", unit="万元", parts=["专项收入", "行政事业性收费收入", "罚没收入",
                                           "国有资源（资产）有偿使用收入", "捐赠收入"], rng=(120, 9800), dec=[0, 1],
          lead=["全年非税收入入库{N}", "征收非税收入{N}"], pverb="入库", dim="项目"),
        W(noun="新增减税降费及退税缓费", unit="亿元", parts=["新增减税", "新增降费", "增值税留抵退税", "缓税缓费"],
          rng=(0.2, 9), dec=[2], lead=["全年新增减税降费及退税缓费{N}", "累计为经营主体减轻税费负担{N}"],
          dim="政策类别"),
        W(noun="出口退税", unit="万元", parts="@company", rng=(80, 4600), lead=["为出口企业办理出口退税{N}",
                                                                              "全年办结出口退税{N}"],
          pverb="办理退税", dim="企业"),
        W(noun="税收收入", unit="亿元", parts="@district", rng=(0.8, 30), dec=[2],
          lead=["全市实现税收收入{N}", "全市税务系统组织税收收入{N}"], pverb="组织税收收入", dim="地区"),
        W(noun="新办涉税经营主体", unit="户", parts=["企业", "个体工商户", "农民专业合作社", "其他组织"],
          rng=(60, 6800), lead=["新办涉税经营主体{N}", "全年新增办税户{N}"], dim="主体类型", nocn=True),
    ],
    "housing": [
        W(noun="保障性租赁住房", unit="套", parts=["新建", "改建", "盘活存量房屋", "非居住存量房屋改建"],
          rng=(60, 2400), lead=["全年筹集保障性租赁住房{N}", "新开工（筹集）保障性租赁住房{N}"], dim="筹集方式"),
        W(noun="保障性租赁住房", unit="套", parts="@district", rng=(80, 1500),
          lead=["全市筹集保障性租赁住房{N}"], pverb="筹集", dim="区县"),
        W(noun="棚户区改造", unit="户", parts="@district", rng=(40, 1600),
          lead=["完成棚户区改造{N}", "棚户区改造开工{N}"], pverb="完成改造", dim="区县"),
        W(noun="老旧小区改造", unit="个", parts="@district", rng=(2, 48),
          lead=["实施老旧小区改造{N}", "开工改造老旧小区{N}"], pverb="改造", dim="区县", small=True),
        W(noun="房屋征收", unit="户", parts="@project", rng=(15, 680),
          lead=["完成房屋征收签约{N}", "全年征收房屋{N}"], pverb="签约", dim="项目"),
        W(noun="房屋征收面积", unit="万平方米", parts="@project", rng=(0.3, 12), dec=[2],
          lead=["完成房屋征收面积{N}"], pverb="征收", dim="项目"),
        W(noun="物业服务投诉", unit="件", parts=["物业收费", "设施设备维修", "安全管理", "环境卫生", "停车管理",
                                            "装饰装修管理"], rng=(12, 640),
          lead=["全年受理物业服务投诉{N}", "共受理物业服务投诉{N}"], dim="投诉类型", small=True),
    ],
    "water": [
        W(noun="水库", unit="座", parts=["大型水库", "中型水库", "小（1）型水库", "小（2）型水库"],
          pr=[(1, 3), (2, 16), (8, 65), (20, 210)], lead=["全县现有水库{N}", "全市共有各类水库{N}"],
          flow=False, dim="规模", small=True, nocn=True),
        W(noun="河长巡河", unit="次", parts=["县级河长", "乡级河长", "村级河长"],
          pr=[(20, 260), (300, 2600), (1500, 16000)], lead=["各级河长累计巡河{N}", "全年开展巡河{N}"],
          pverb="巡河", dim="河长层级"),
        W(noun="水土流失综合治理", unit="平方公里", parts=["坡改梯", "营造水土保持林", "种植经济林", "封禁治理",
                                                     "种草"], rng=(0.8, 42), dec=[1, 2],
          lead=["完成水土流失综合治理{N}", "新增水土流失治理面积{N}"], dim="治理措施"),
        W(noun="有效灌溉面积", unit="万亩", parts="@district", rng=(0.6, 16), dec=[2, 1],
          lead=["全市有效灌溉面积达到{N}", "有效灌溉面积{N}"], flow=False, dim="区县"),
        W(noun="防汛编织袋储备", unit="万条", parts="@warehouse", rng=(0.5, 18), dec=[1],
          lead=["共储备防汛编织袋{N}", "储备编织袋{N}"], pverb="储备", flow=False, dim="仓库"),
        W(noun="水利建设投资", unit="亿元", parts=["防洪工程", "供水保障工程", "灌区续建配套与现代化改造",
                                            "水生态保护修复"], rng=(0.2, 8), dec=[2],
          lead=["完成水利建设投资{N}", "全年落实水利建设投资{N}"], pverb="完成投资", dim="工程类别"),
        W(noun="小型水库除险加固", unit="座", parts="@district", rng=(2, 30),
          lead=["完成小型水库除险加固{N}"], pverb="完成", dim="区县", small=True),
    ],
    "tourism": [
        W(noun="游客接待量", unit="万人次", parts="@scenic", rng=(8, 420), dec=[1, 2],
          lead=["全年接待游客{N}", "重点景区累计接待游客{N}"], pverb="接待游客", dim="景区"),
        W(noun="旅游总收入", unit="亿元", parts=["住宿", "餐饮", "购物", "交通", "游览", "文化娱乐"],
          rng=(0.4, 22), dec=[2], lead=["实现旅游总收入{N}", "全年旅游总收入{N}"], pverb="收入", dim="消费类别"),
        W(noun="公共文化场馆", unit="个", parts=["公共图书馆", "文化馆", "博物馆", "美术馆", "乡镇综合文化站"],
          pr=[(1, 12), (1, 12), (2, 30), (1, 8), (10, 160)], lead=["全市共有公共文化场馆{N}",
                                                                   "建成公共文化场馆{N}"],
          flow=False, dim="场馆类型", small=True),
        W(noun="非物质文化遗产代表性项目", unit="项", parts=["国家级", "省级", "市级", "县级"],
          pr=[(1, 6), (3, 24), (10, 70), (20, 160)], lead=["全市共有非物质文化遗产代表性项目{N}",
                                                           "已认定各级非遗代表性项目{N}"],
          flow=False, dim="级别", small=True),
        W(noun="惠民演出", unit="场", parts="@troupe", rng=(12, 280),
          lead=["全年开展惠民演出{N}", "组织文艺院团演出{N}"], pverb="演出", dim="院团", small=True),
        W(noun="文艺演出", unit="场", parts=["送戏下乡", "广场文艺演出", "剧场公益演出", "线上直播演出"],
          rng=(10, 360), lead=["全年举办各类文艺演出{N}"], dim="演出类型", small=True),
    ],
    "sports": [
        W(noun="体育场地", unit="个", parts=["篮球场", "足球场", "健身路径", "游泳池", "乒乓球场", "羽毛球场",
                                          "门球场"], rng=(15, 2200),
          lead=["全市共有体育场地{N}", "现有各类体育场地{N}"], flow=False, dim="场地类型"),
        W(noun="体育场地面积", unit="万平方米", parts="@district", rng=(4, 130), dec=[2],
          lead=["全市体育场地面积达到{N}"], flow=False, dim="区县"),
        W(noun="体育赛事", unit="场", parts=["国际级", "国家级", "省级", "市级"],
          pr=[(1, 4), (2, 15), (5, 40), (20, 160)], lead=["全年举办各级各类体育赛事{N}", "承办体育赛事{N}"],
          dim="赛事级别", small=True),
        W(noun="社会体育指导员", unit="名", parts=["国家级", "一级", "二级", "三级"],
          pr=[(1, 16), (10, 90), (40, 420), (200, 3100)], lead=["全市共有社会体育指导员{N}",
                                                                "累计培养社会体育指导员{N}"],
          flow=False, dim="等级", nocn=True),
        W(noun="国民体质测试", unit="人", parts=["幼儿", "儿童青少年", "成年人", "老年人"], rng=(300, 9600),
          lead=["全年完成国民体质测试{N}", "组织国民体质监测{N}"], dim="人群"),
        W(noun="全民健身赛事活动", unit="场", parts="@venue", rng=(6, 160),
          lead=["全年开展全民健身赛事活动{N}"], pverb="举办", dim="场馆", small=True),
    ],
}

ITEMS = {
    "tax": ["推进发票电子化改革", "开展税费政策精准推送", "优化出口退税办理流程", "深化纳税信用体系建设",
            "加强重点税源监控", "推行非接触式办税", "开展打击涉税违法专项行动", "建设智慧办税服务厅",
            "完善税收共治格局"],
    "housing": ["加快保障性租赁住房筹集", "推进城中村改造", "实施老旧小区加装电梯", "规范物业服务收费",
                "开展房屋安全隐患排查", "完善住房公积金服务", "推进征收安置房建设", "整治违法建设"],
    "water": ["完成病险水库除险加固", "开展河道清淤疏浚", "推进灌区续建配套", "落实河湖长巡查制度",
              "加强防汛物资储备", "实施水土流失综合治理", "推进农村供水保障", "开展水资源税改革试点"],
    "tourism": ["创建全域旅游示范区", "打造夜间文旅消费集聚区", "实施非遗保护传承工程", "推进公共文化场馆免费开放",
                "开展送戏下乡活动", "培育乡村旅游精品线路", "举办文化旅游节庆活动", "加强文物安全巡查"],
    "sports": ["建设城市社区健身中心", "举办全民健身运动会", "推进学校体育场地开放", "开展国民体质监测",
               "培育体育社会组织", "发展体育产业", "实施青少年体育技能培训", "完善体育设施管护"],
}
ANNOUNCE = ["重点抓好{C}项工作", "推出{C}项便民举措", "实施{C}大工程", "聚焦{C}个方面持续发力", "落实{C}项重点任务"]

NAMED = {
    "tax": [("company", "家", "企业", "获评纳税信用A级"), ("company", "家", "企业", "纳入重点税源企业管理")],
    "housing": [("district", "个", "区县", "列入城市更新试点"), ("project", "个", "项目", "完成征收签约")],
    "water": [("reservoir", "座", "水库", "完成除险加固"), ("reservoir", "座", "水库", "纳入标准化管理")],
    "tourism": [("scenic", "家", "景区", "入选省级文明旅游示范单位"), ("troupe", "个", "院团", "参加送戏下乡")],
    "sports": [("venue", "处", "场馆", "实行免费或低收费开放"), ("venue", "处", "场馆", "承办省级以上赛事")],
}

# balance templates: text, plus, minus, result, unit, dec, ranges for the free slots
BAL = {
    "tax": [("年初留抵税额{a}，本年新增留抵{b}，办理留抵退税{c}，年末留抵税额{d}", "ab", "c", "d", "亿元", 2,
             (0.5, 6), (0.5, 9)),
            ("代收社会保险费专户收入{a}，划转国库{b}，期末余额{c}", "a", "b", "c", "万元", 0, (3000, 90000), None)],
    "housing": [("年初在保家庭{a}户，本年新增{b}户，退出{c}户，年末在保{d}户", "ab", "c", "d", "", 0,
                 (800, 9000), (100, 1800)),
                ("住宅专项维修资金年初余额{a}，本年归集{b}，使用{c}，年末余额{d}", "ab", "c", "d", "万元", 0,
                 (2000, 60000), (500, 9000))],
    "water": [("年初库存编织袋{a}万条，本年新购{b}万条，调拨使用{c}万条，年末库存{d}万条", "ab", "c", "d", "", 1,
               (2, 30), (1, 12)),
              ("水资源费（税）收入{a}，支出{b}，结余{c}", "a", "b", "c", "万元", 0, (500, 9000), None)],
    "tourism": [("文化旅游发展专项资金收入{a}，支出{b}，结余{c}", "a", "b", "c", "万元", 0, (300, 8000), None),
                ("上年末有公共文化场馆{a}个，本年新建{b}个，撤并{c}个，年末共{d}个", "ab", "c", "d", "", 0,
                 (30, 400), (3, 40))],
    "sports": [("体育彩票公益金年初结转{a}，本年收入{b}，支出{c}，年末结余{d}", "ab", "c", "d", "万元", 0,
                (200, 5000), (300, 6000)),
               ("年初有体育社会组织{a}家，新登记{b}家，注销{c}家，年末{d}家", "ab", "c", "d", "", 0,
                (40, 600), (5, 60))],
}

GROWTH = {
    "tax": [("税收收入", "亿元", 2, (5, 90)), ("非税收入", "万元", 0, (2000, 60000)), ("出口退税", "亿元", 2, (0.5, 20))],
    "housing": [("保障性租赁住房筹集量", "套", 0, (500, 9000)), ("物业服务投诉量", "件", 0, (200, 3000)),
                ("房屋征收面积", "万平方米", 2, (3, 60))],
    "water": [("水利建设投资", "亿元", 2, (1, 30)), ("有效灌溉面积", "万亩", 2, (10, 120)),
              ("河长巡河次数", "次", 0, (5000, 60000))],
    "tourism": [("游客接待量", "万人次", 1, (100, 3000)), ("旅游总收入", "亿元", 2, (5, 300)),
                ("惠民演出场次", "场", 0, (100, 900))],
    "sports": [("体育场地数量", "个", 0, (1000, 20000)), ("体育彩票销售额", "亿元", 2, (1, 40)),
               ("举办体育赛事场次", "场", 0, (40, 400))],
}

RATE_SPECS = {
    "tax": [("开展纳税人满意度调查", "户", "表示满意", "满意率", (300, 6000), (0.82, 0.995)),
            ("受理涉税事项", "件", "通过电子税务局办理", "网上办理率", (3000, 90000), (0.75, 0.99)),
            ("受理退税申请", "笔", "按时办结", "按时办结率", (200, 8000), (0.9, 0.999)),
            ("个人所得税年度汇算应办理", "人", "已办理", "办理率", (5000, 160000), (0.8, 0.99))],
    "housing": [("保障性租赁住房竣工", "套", "已配租", "配租率", (200, 5000), (0.7, 0.98)),
                ("受理物业服务投诉", "件", "办结", "办结率", (80, 2000), (0.85, 0.995)),
                ("抽查在建住宅工程", "项", "质量检查合格", "合格率", (40, 600), (0.85, 0.99)),
                ("开工改造老旧小区", "个", "完工", "完工率", (20, 300), (0.6, 0.97))],
    "water": [("全县水库", "座", "完成安全鉴定", "鉴定完成率", (30, 260), (0.6, 0.98)),
              ("计划巡河", "次", "实际巡河", "巡河完成率", (2000, 30000), (0.85, 0.999)),
              ("设置水质监测断面", "个", "水质达到或优于Ⅲ类", "优良比例", (12, 120), (0.6, 0.97)),
              ("发现河湖问题", "个", "完成整改", "整改率", (50, 1500), (0.85, 0.995))],
    "tourism": [("接受满意度调查的游客", "人", "表示满意", "满意率", (500, 12000), (0.85, 0.99)),
                ("非遗代表性项目", "项", "建立传承基地", "传承基地覆盖率", (40, 400), (0.4, 0.9)),
                ("公共文化场馆", "个", "实现免费开放", "免费开放率", (30, 300), (0.85, 0.99)),
                ("抽查旅游团队", "个", "合同规范", "合同规范率", (60, 900), (0.85, 0.99))],
    "sports": [("参加国民体质测试", "人", "达到合格以上等级", "达标率", (800, 20000), (0.85, 0.96)),
               ("学校体育场地", "所", "向社会开放", "开放率", (40, 500), (0.5, 0.95)),
               ("行政村", "个", "建有健身场地", "覆盖率", (80, 900), (0.85, 0.999)),
               ("参加体育中考学生", "人", "取得满分", "满分率", (2000, 30000), (0.3, 0.8))],
}
PASSFAIL = {
    "tax": ("抽查发票", "份", "合规", "不合规", "合规率", "不合规率"),
    "housing": ("抽检在建住宅工程", "项", "合格", "不合格", "合格率", "不合格率"),
    "water": ("监测水质断面", "个", "达标", "未达标", "达标率", "未达标比例"),
    "tourism": ("检查旅游经营单位", "家", "合规经营", "存在问题", "合规率", "问题发现率"),
    "sports": ("参加体质测试", "人", "合格", "不合格", "合格率", "不合格率"),
}
TARGET = {
    "tax": ("税收收入", "亿元", 2, (5, 80)),
    "housing": ("保障性租赁住房筹集", "套", 0, (500, 8000)),
    "water": ("水土流失治理", "平方公里", 1, (10, 200)),
    "tourism": ("游客接待", "万人次", 1, (100, 2000)),
    "sports": ("新建全民健身场地设施", "个", 0, (40, 600)),
}
PER = {  # total phrase, total unit, total dec, count phrase, count unit, count dec, count range,
    #        per phrase, per unit, per dec, per range
    "tax": ("新增减税降费及退税缓费", "亿元", 2, "惠及经营主体", "万户", 1, (1, 20), "户均减负", "元", 0, (1200, 30000)),
    "housing": ("发放住房租赁补贴", "万元", 0, "惠及保障家庭", "户", 0, (300, 9000), "户均", "元", 0, (1500, 9000)),
    "water": ("完成农田水利建设投资", "万元", 0, "新增和改善灌溉面积", "万亩", 1, (1, 20), "亩均投资", "元", 0,
              (600, 3000)),
    "tourism": ("实现旅游总收入", "亿元", 2, "接待游客", "万人次", 1, (100, 3000), "人均消费", "元", 0, (400, 1500)),
    "sports": ("体育场地面积", "万平方米", 2, "常住人口", "万人", 1, (20, 400), "人均体育场地面积", "平方米", 2,
               (1.8, 3.2)),
}
SHARES = {
    "tax": ("从税种结构看", "占税收收入的比重", ["增值税", "企业所得税", "个人所得税", "其他税种"]),
    "housing": ("从投诉类型看", "占投诉总量的比重", ["物业收费类", "设施维修类", "环境卫生类", "其他类"]),
    "water": ("从供水水源看", "占总供水量的比重", ["地表水", "地下水", "非常规水源"]),
    "tourism": ("从客源结构看", "占游客总量的比重", ["本省游客", "外省游客", "境外游客"]),
    "sports": ("从赛事级别看", "占赛事总数的比重", ["国家级以上", "省级", "市级", "县级及以下"]),
}
PP = {
    "tax": [("税收收入占一般公共预算收入比重", (60, 85)), ("纳税人满意度", (88, 99)), ("电子发票使用率", (50, 95))],
    "housing": [("保障性租赁住房配租率", (60, 95)), ("物业投诉办结率", (85, 99)), ("住宅工程质量抽检合格率", (85, 99))],
    "water": [("地表水优良水体比例", (60, 95)), ("水土保持率", (70, 92)), ("农村自来水普及率", (85, 99))],
    "tourism": [("过夜游客占比", (20, 60)), ("游客满意度", (85, 99)), ("公共文化场馆免费开放率", (80, 99))],
    "sports": [("国民体质合格率", (86, 95)), ("经常参加体育锻炼人口比例", (33, 52)), ("学校体育场地开放率", (40, 90))],
}


# ---------------------------------------------------------------- per-record generator state
class G:
    def __init__(self, rng, src, label, mode="plain"):
        self.rng = rng
        self.src = src
        self.label = label
        self.bad = label == "inconsistent"
        self.names = Names(rng)
        self.mode = mode
        self.Y = rng.randint(2019, 2024)
        self.note = ""

    # numbers --------------------------------------------------------------
    def q(self, n, d, unit, mode=None):
        mult, tail = unit_split(unit)
        tok = fmt(n, d, mode or self.mode) + mult
        return tok, tok + tail

    def ival(self, lo, hi, d):
        a, b = int(round(lo * 10 ** d)), int(round(hi * 10 ** d))
        return self.rng.randint(max(1, a), max(1, a, b))

    def corrupt(self, n):
        rng = self.rng
        for _ in range(200):
            s = str(n)
            k = rng.random()
            if k < 0.3 and len(s) >= 2:
                i = rng.randrange(len(s) - 1)
                if s[i] == s[i + 1]:
                    continue
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] == "0":
                    continue
                m = int(t)
            elif k < 0.7:
                i = rng.randrange(len(s))
                c = rng.choice([x for x in "0123456789" if x != s[i]])
                if i == 0 and c == "0":
                    continue
                m = int(s[:i] + c + s[i + 1:])
            else:
                step = 10 ** rng.randrange(max(1, len(s) - 1))
                m = n + rng.choice([-1, 1]) * rng.randint(1, 9) * step
            if m > 0 and m != n:
                return m
        return n + 1

    def spoil(self, vals, labels=None, allowed=None):
        """inconsistent records: change exactly one value of vals (in place)"""
        if not self.bad:
            return vals
        idxs = list(allowed) if allowed is not None else list(range(len(vals)))
        i = self.rng.choice(idxs)
        old = vals[i]
        vals[i] = self.corrupt(old)
        what = labels[i] if labels else ("value #%d" % i)
        self.note = "%s changed from %s to %s" % (what, old, vals[i])
        return vals

    def wrong_pct(self, true, d, hi=None):
        """a wrong rate at least max(2 units of last decimal, 0.3 points) away"""
        u = 10 ** d
        mind = max(2, math.ceil(Decimal("0.3") * u))
        maxd = max(mind + 1, int(Decimal(self.rng.choice([1, 2, 4, 6])) * u))
        for _ in range(100):
            if self.rng.random() < 0.3:   # digit transposition style
                s = str(true)
                if len(s) >= 2:
                    i = self.rng.randrange(len(s) - 1)
                    v = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                    if abs(v - true) >= mind and v > 0 and (hi is None or v <= hi):
                        return v
            v = true + self.rng.choice([-1, 1]) * self.rng.randint(mind, maxd)
            if v > 0 and (hi is None or v <= hi):
                return v
        raise Retry()

    # text helpers ---------------------------------------------------------
    def when(self, w=None):
        flow = True if w is None else w["flow"]
        if flow:
            return self.rng.choice(["%d年，" % self.Y, "", "今年以来，", "%d年全年" % self.Y])
        return self.rng.choice(["截至%d年底，" % self.Y, "", "目前，"])

    def lead(self, w, txt):
        return self.rng.choice(w["lead"]).replace("{N}", txt)

    def whole(self, pred=None):
        ws = [w for w in WHOLES[self.src] if pred is None or pred(w)]
        if not ws:
            raise RuntimeError("no whole for %s" % self.src)
        return self.rng.choice(ws)

    def parts(self, w, kmin=2, kmax=5, d=None, scale=1):
        rng = self.rng
        if d is None:
            d = rng.choice(w["dec"])
        if "pr" in w:
            names = list(w["parts"])
            vals = [self.ival(lo * scale, hi * scale, d) for lo, hi in w["pr"]]
            if len(names) > kmax:
                keep = sorted(rng.sample(range(len(names)), kmax))
                names = [names[i] for i in keep]
                vals = [vals[i] for i in keep]
            return names, vals, d
        lo, hi = w["rng"]
        if isinstance(w["parts"], str):
            k = rng.randint(kmin, kmax)
            names = [self.names.make(w["parts"][1:]) for _ in range(k)]
        else:
            pool = w["parts"]
            k = rng.randint(kmin, min(kmax, len(pool)))
            idx = sorted(rng.sample(range(len(pool)), k))
            names = [pool[i] for i in idx]
            if w.get("other") and rng.random() < 0.4 and k < kmax:
                names.append(w["other"])
        vals = [self.ival(lo * scale, hi * scale, d) for _ in names]
        return names, vals, d

    def agg(self, flow=True):
        return self.rng.choice(["合计", "共计", "总计"] + (["累计"] if flow else []))


# ---------------------------------------------------------------- check builders
def C_sum(parts, total):
    return {"rel": "sum", "parts": list(parts), "total": total}


def C_bal(plus, minus, result):
    return {"rel": "balance", "plus": list(plus), "minus": list(minus), "result": result}


def C_rate(num, den, rate):
    return {"rel": "rate", "num": num, "den": den, "rate": rate}


def C_mal(lit):
    return {"rel": "malformed_pct", "literal": lit}


def C_neg(kind, numbers, **kw):
    d = {"rel": "neg", "kind": kind, "numbers": list(numbers)}
    d.update(kw)
    return d


def malform(rng, s):
    opts = ["space", "prefix", "double", "xx"]
    if "." in s:
        opts += ["dots", "dots"]
    k = rng.choice(opts)
    if k == "space":
        return s + " %"
    if k == "prefix":
        return "%" + s
    if k == "double":
        return s + "%%"
    if k == "dots":
        return s.replace(".", "..", 1) + "%"
    return rng.choice(["xx%", "XX%", "xxx%"])


class PctSlot:
    """a percentage literal that may be made wrong or malformed for inconsistent records"""

    def __init__(self, g, true, d, hi=None, fw=False):
        self.g, self.true, self.d, self.hi, self.fw = g, true, d, hi, fw
        self.value = true
        self.malformed = None

    def spoil(self, how):
        if how == "malformed":
            s = fmt(self.true, self.d)
            self.malformed = malform(self.g.rng, s)
            self.g.note = "malformed percentage literal %r (true value %s%%)" % (self.malformed, s)
        else:
            self.value = self.g.wrong_pct(self.true, self.d, self.hi)
            self.g.note = "rate stated %s%% but true value %s%%" % (fmt(self.value, self.d), fmt(self.true, self.d))

    @property
    def tok(self):
        if self.malformed:
            return self.malformed
        s = fmt(self.value, self.d) + "%"
        if self.fw:
            s = s.translate(FWT)
        return s

    def check(self, builder):
        if self.malformed:
            return C_mal(self.malformed)
        return builder(self.tok)


def spoil_slots(g, slots):
    if not g.bad:
        return
    s = g.rng.choice(slots)
    s.spoil("malformed" if g.rng.random() < 0.2 else "wrong")


def rate_of(num, den, d):
    return rhu(Fraction(num, den) * 100, d)


# =====================================================================================
#                                 TOTALS constructions
# =====================================================================================
def _sum_record(g, w, names, vals, d, unit=None, allowed=None):
    unit = unit or w["unit"]
    T = sum(vals)
    allv = vals + [T]
    g.spoil(allv, names + ["total"], allowed)
    toks = [g.q(v, d, unit) for v in allv]
    return toks


def t_qizhong(g):
    w = g.whole()
    names, vals, d = g.parts(w)
    toks = _sum_record(g, w, names, vals, d)
    sep = g.rng.choice(["、", "，", "；"])
    items = sep.join(n + t[1] for n, t in zip(names, toks))
    line = "%s%s，其中%s。" % (g.when(w), g.lead(w, toks[-1][1]), items)
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def t_heji_after(g):
    w = g.whole()
    names, vals, d = g.parts(w)
    toks = _sum_record(g, w, names, vals, d)
    intro = g.rng.choice(["分%s看，" % w["dim"], "按%s统计，" % w["dim"], "%s%s情况：" % (g.Y, "年" + w["noun"])])
    pv = w["pverb"] if g.rng.random() < 0.5 else ""
    items = "，".join(n + pv + t[1] for n, t in zip(names, toks))
    line = "%s%s，%s%s。" % (intro, items, g.agg(w["flow"]), toks[-1][1])
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def t_fenbiewei(g):
    w = g.whole()
    names, vals, d = g.parts(w, kmin=3)
    toks = _sum_record(g, w, names, vals, d)
    mult, tail = unit_split(w["unit"])
    short = not mult and g.rng.random() < 0.4
    if short:
        nums = "、".join(t[0] for t in toks[:-2]) + "和" + toks[-2][0] + tail
    else:
        nums = "、".join(t[1] for t in toks[:-1])
    nm = "、".join(names[:-1]) + "和" + names[-1] if g.rng.random() < 0.5 else "、".join(names)
    if g.rng.random() < 0.5:
        line = "%s%s，%s分别为%s。" % (g.when(w), g.lead(w, toks[-1][1]), nm, nums)
    else:
        line = "%s%s的%s分别为%s，%s%s。" % (g.when(w), nm, w["noun"], nums, g.agg(w["flow"]), toks[-1][1])
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def t_brackets(g):
    w = g.whole()
    names, vals, d = g.parts(w)
    toks = _sum_record(g, w, names, vals, d)
    kw = g.rng.choice(["其中", "含", "包括", "其中："])
    items = g.rng.choice(["、", "，"]).join(n + t[1] for n, t in zip(names, toks))
    br = g.rng.choice([("（", "）"), ("(", ")")])
    tailtxt = g.rng.choice(["，超额完成年度任务。", "。", "，各项工作有序推进。"])
    line = "%s%s%s%s%s%s%s" % (g.when(w), g.lead(w, toks[-1][1]), br[0], kw, items, br[1], tailtxt)
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def t_lines_header(g):
    w = g.whole()
    names, vals, d = g.parts(w, kmin=3, kmax=5)
    toks = _sum_record(g, w, names, vals, d)
    head = g.rng.choice(["%s%s，具体如下：" % (g.when(w), g.lead(w, toks[-1][1])),
                         "%s情况（共%s）：" % (w["noun"], toks[-1][1]),
                         "%s%s。分%s情况如下：" % (g.when(w), g.lead(w, toks[-1][1]), w["dim"])])
    mk = g.rng.choice(["", "——", "（{i}）", "{i}.", "{c}"])
    circ = "①②③④⑤⑥"
    lines = [head]
    for i, (n, t) in enumerate(zip(names, toks)):
        m = mk.replace("{i}", str(i + 1)).replace("{c}", circ[i])
        end = "；" if i < len(names) - 1 else "。"
        lines.append("%s%s：%s%s" % (m, n, t[1], end if g.rng.random() < 0.6 else ""))
    return lines, [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


TABSEP = ["\t", " | ", "｜", "  "]


def t_table(g):
    w = g.whole()
    names, vals, d = g.parts(w, kmin=3, kmax=5)
    sep = g.rng.choice(TABSEP)
    mode = g.mode
    if sep == "  " and mode == "space":
        mode = "plain"
    T = sum(vals)
    allv = vals + [T]
    g.spoil(allv, names + ["total"])
    cells = [fmt(v, d, mode) for v in allv]
    mult, _ = unit_split(w["unit"])
    # cells carry no multiplier: every cell is in the header unit, so the sum relation is unaffected
    totlab = g.rng.choice(["合计", "总计", "全市", "全县"] if isinstance(w["parts"], str) else ["合计", "总计"])
    head = "%s%s%s（%s）" % (w["dim"], sep, w["noun"], w["unit"])
    rows = [n + sep + c for n, c in zip(names, cells[:-1])]
    tot = totlab + sep + cells[-1]
    rows = [tot] + rows if g.rng.random() < 0.4 else rows + [tot]
    title = g.rng.choice(["表：%d年%s情况" % (g.Y, w["noun"]), "%d年%s统计表" % (g.Y, w["noun"]), None])
    if g.rng.random() < 0.3:   # flattened onto one line
        lines = ["；".join([head] + rows)]
    else:
        lines = [head] + rows
    if title:
        lines = [title] + lines
    return lines, [C_sum(cells[:-1], cells[-1])]


def t_table_twoyear(g):
    w = g.whole(lambda w: not isinstance(w["parts"], str) or w["parts"] != "@company")
    names, vals, d = g.parts(w, kmin=3, kmax=4)
    vals0 = [max(1, int(v * g.rng.uniform(0.7, 1.15))) for v in vals]
    sep = g.rng.choice(TABSEP)
    mode = "plain" if (sep == "  " and g.mode == "space") else g.mode
    allv = vals0 + [sum(vals0)] + vals + [sum(vals)]
    k = len(vals)
    labs = ["%s %d年" % (n, g.Y - 1) for n in names] + ["total %d" % (g.Y - 1)] + \
           ["%s %d年" % (n, g.Y) for n in names] + ["total %d" % g.Y]
    g.spoil(allv, labs)
    cells = [fmt(v, d, mode) for v in allv]
    c0, c1 = cells[:k + 1], cells[k + 1:]
    head = "%s%s%d年%s%d年" % (w["dim"], sep, g.Y - 1, sep, g.Y)
    rows = [n + sep + a + sep + b for n, a, b in zip(names, c0[:-1], c1[:-1])]
    tot = "合计" + sep + c0[-1] + sep + c1[-1]
    rows = [tot] + rows if g.rng.random() < 0.4 else rows + [tot]
    lines = ["%s对比（单位：%s）" % (w["noun"], w["unit"]), head] + rows
    return lines, [C_sum(c0[:-1], c0[-1]), C_sum(c1[:-1], c1[-1])]


def t_numbered(g):
    rng = g.rng
    k = rng.randint(3, 6)
    items = rng.sample(ITEMS[g.src], k)
    C = k
    if g.bad:
        C = k + rng.choice([-1, 1]) if k > 3 else k + 1
        g.note = "announced %d items but %d listed" % (C, k)
    cmode = rng.choice(["cn2", "cn2", "plain"])
    ctok = fmt(C, 0, cmode)
    style = rng.choice(["shi", "circ", "paren", "cnparen", "dot"])
    if style == "shi":
        marks = [to_cn(i + 1) + "是" for i in range(k)]
    elif style == "circ":
        marks = ["①②③④⑤⑥⑦"[i] for i in range(k)]
    elif style == "paren":
        marks = ["（%d）" % (i + 1) for i in range(k)]
    elif style == "cnparen":
        marks = ["（%s）" % to_cn(i + 1) for i in range(k)]
    else:
        marks = ["%d." % (i + 1) for i in range(k)]
    ann = "%s%s：" % (g.when(), rng.choice(ANNOUNCE).replace("{C}", ctok))
    if style in ("dot", "cnparen") and rng.random() < 0.7:
        lines = [ann] + ["%s%s；" % (m, it) for m, it in zip(marks, items)]
        lines[-1] = lines[-1][:-1] + "。"
    else:
        lines = [ann + "；".join(m + it for m, it in zip(marks, items)) + "。"]
    return lines, [{"rel": "count_items", "count": ctok, "items": marks}]


def t_named(g):
    rng = g.rng
    kind, mw, noun, pred = rng.choice(NAMED[g.src])
    k = rng.randint(2, 5)
    names = [g.names.make(kind) for _ in range(k)]
    deng = rng.random() < 0.5
    C = k
    if g.bad:
        if deng:
            C = k - rng.choice([1, 1, 2]) if k > 2 else k - 1
        else:
            C = k + rng.choice([-1, 1])
        if C < 1:
            C = k + 1
            deng = False
        g.note = "%d names listed but count says %d" % (k, C)
    ctok = fmt(C, 0, rng.choice(["plain", "cn2", "plain"]))
    nm = "、".join(names)
    if deng:
        line = "%s%s等%s%s%s%s。" % (g.when(), nm, ctok, mw, noun, pred)
    elif rng.random() < 0.5:
        line = "%s%s%s%s%s%s。" % (g.when(), nm, ctok, mw, noun, pred)
    else:
        line = "%s%s共%s%s%s。" % (g.when(), nm, ctok, mw, pred)
    return [line], [{"rel": "count_names", "count": ctok, "names": names}]


def t_balance(g):
    rng = g.rng
    tpl, plus, minus, res, unit, d, r1, r2 = rng.choice(BAL[g.src])
    slots = {}
    if len(plus) == 2:
        a = g.ival(r1[0], r1[1], d)
        b = g.ival(r2[0], r2[1], d)
        c = rng.randint(max(1, (a + b) // 10), max(2, (a + b) * 9 // 10))
        slots = {"a": a, "b": b, "c": c, "d": a + b - c}
    else:
        a = g.ival(r1[0], r1[1], d)
        b = rng.randint(max(1, a // 3), max(2, a * 97 // 100))
        slots = {"a": a, "b": b, "c": a - b}
    keys = sorted(slots)
    vals = [slots[k] for k in keys]
    g.spoil(vals, keys)
    toks = {k: g.q(v, d, unit) for k, v in zip(keys, vals)}
    line = tpl
    for k in keys:
        line = line.replace("{%s}" % k, toks[k][1])
    line = g.when() + line + "。"
    return [line], [C_bal([toks[k][0] for k in plus], [toks[k][0] for k in minus], toks[res][0])]


def t_increase_to(g):
    rng = g.rng
    noun, unit, d, (lo, hi) = rng.choice(GROWTH[g.src])
    a = g.ival(lo, hi, d)
    up = rng.random() < 0.7
    b = int(a * rng.uniform(1.03, 1.45)) if up else int(a * rng.uniform(0.6, 0.97))
    if b == a or b <= 0:
        raise Retry()
    c = abs(b - a)
    vals = [a, b, c]
    g.spoil(vals, ["old", "new", "difference"])
    ta, tb, tc = (g.q(v, d, unit) for v in vals)
    w1, w2 = ("增加到", "增加") if up else ("减少到", "减少")
    if rng.random() < 0.5:
        line = "%s由%d年的%s%s%d年的%s，%s%s。" % (noun, g.Y - 1, ta[1], w1, g.Y, tb[1], w2, tc[1])
    else:
        line = "%d年%s%s，比上年的%s%s%s。" % (g.Y, noun, tb[1], ta[1], w2, tc[1])
    chk = C_bal([tb[0]], [ta[0]], tc[0]) if up else C_bal([ta[0]], [tb[0]], tc[0])
    return [line], [chk]


GROUPS = [("城区", "县域"), ("主城区", "新区"), ("一期", "二期"), ("东片", "西片"), ("北部", "南部")]


def t_subtotal(g):
    rng = g.rng
    w = g.whole(lambda w: isinstance(w["parts"], str))
    d = rng.choice(w["dec"])
    ga, gb = rng.choice(GROUPS)
    n1, v1, _ = g.parts(w, kmin=2, kmax=3, d=d)
    n2, v2, _ = g.parts(w, kmin=2, kmax=3, d=d)
    s1, s2 = sum(v1), sum(v2)
    allv = v1 + [s1] + v2 + [s2] + [s1 + s2]
    labs = n1 + ["subtotal1"] + n2 + ["subtotal2"] + ["grand total"]
    allowed = [i for i in range(len(allv)) if labs[i] not in ("subtotal1", "subtotal2")]
    g.spoil(allv, labs, allowed)
    toks = [g.q(v, d, w["unit"]) for v in allv]
    k1 = len(v1)
    t1, ts1 = toks[:k1], toks[k1]
    t2, ts2 = toks[k1 + 1:k1 + 1 + len(v2)], toks[k1 + 1 + len(v2)]
    tg = toks[-1]
    l1 = "%s：%s，小计%s；" % (ga, "、".join(n + t[1] for n, t in zip(n1, t1)), ts1[1])
    l2 = "%s：%s，小计%s。" % (gb, "、".join(n + t[1] for n, t in zip(n2, t2)), ts2[1])
    l3 = "以上%s%s。" % (rng.choice(["总计", "合计", "各片区合计"]), tg[1])
    head = "%d年%s完成情况：" % (g.Y, w["noun"])
    if rng.random() < 0.5:
        lines = [head + l1 + l2 + l3]
    else:
        lines = [head, l1, l2, l3]
    checks = [C_sum([t[0] for t in t1], ts1[0]), C_sum([t[0] for t in t2], ts2[0]),
              C_sum([ts1[0], ts2[0]], tg[0])]
    return lines, checks


PERIODS = [["一季度", "二季度", "三季度", "四季度"], ["上半年", "下半年"], ["1—3月", "4—6月", "7—9月", "10—12月"],
           ["第一季度", "第二季度", "第三季度", "第四季度"]]


def t_quarters(g):
    rng = g.rng
    w = g.whole(lambda w: w["flow"])
    d = rng.choice(w["dec"])
    per = rng.choice(PERIODS)
    lo, hi = w.get("rng", (10, 900))
    vals = [g.ival(lo, hi, d) for _ in per]
    toks = _sum_record(g, w, per, vals, d)
    items = "，".join(p + t[1] for p, t in zip(per, toks[:-1]))
    if rng.random() < 0.5:
        line = "%d年%s%s。分时段看，%s。" % (g.Y, w["noun"], toks[-1][1], items)
    else:
        line = "%d年%s按时段分：%s，全年%s%s。" % (g.Y, w["noun"], items, g.agg(), toks[-1][1])
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def t_separate(g):
    rng = g.rng
    w = g.whole(lambda w: isinstance(w["parts"], str))
    names, vals, d = g.parts(w, kmin=2, kmax=4)
    toks = _sum_record(g, w, names, vals, d)
    verb = w["pverb"] or "完成"
    sents = ["%s%s%s。" % (n, verb, t[1]) for n, t in zip(names, toks[:-1])]
    last = rng.choice(["全年共%s%s。" % (verb, toks[-1][1]), "以上合计%s。" % toks[-1][1],
                       "%s%s。" % (g.lead(w, toks[-1][1]), "")])
    head = rng.choice(["%d年%s进展情况：" % (g.Y, w["noun"]), "关于%s：" % w["noun"], "%s方面。" % w["noun"]])
    if rng.random() < 0.5:
        lines = [head + "".join(sents) + last]
    else:
        lines = [head] + sents + [last]
    return lines, [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


GENDER = {
    "sports": [("参加国民体质测试", "人", (800, 12000)), ("全市共有注册运动员", "名", (200, 3000)),
               ("新增社会体育指导员", "名", (60, 900))],
    "tourism": [("全市共有各级非遗代表性传承人", "名", (80, 900)), ("全市持证导游", "人", (300, 5000)),
                ("文化志愿者注册人数达", "人", (500, 8000))],
    "water": [("全市共有各级河湖长", "名", (300, 4000)), ("培训基层水利人员", "人", (100, 2500)),
              ("聘用河湖管护员", "名", (80, 1200))],
}


def t_gender(g):
    rng = g.rng
    lead, unit, (lo, hi) = rng.choice(GENDER[g.src])
    T = rng.randint(lo, hi)
    a = int(T * rng.uniform(0.3, 0.7))
    vals = [a, T - a]
    if rng.random() < 0.5:
        vals.reverse()
    toks = _sum_record(g, None, ["male", "female"], vals, 0, unit=unit) if False else None
    allv = vals + [T]
    g.spoil(allv, ["male", "female", "total"])
    toks = [g.q(v, 0, unit) for v in allv]
    m, f, t = toks
    form = rng.randrange(4)
    if form == 0:
        line = "%s%s%s，其中男性%s、女性%s。" % (g.when(), lead, t[1], m[1], f[1])
    elif form == 1:
        line = "%s%s%s（男%s，女%s）。" % (g.when(), lead, t[1], m[1], f[1])
    elif form == 2:
        line = "%s%s%s，男女分别为%s、%s。" % (g.when(), lead, t[1], m[1], f[1])
    else:
        line = "%s%s男性%s、女性%s，合计%s。" % (g.when(), lead, m[1], f[1], t[1])
    return [line], [C_sum([m[0], f[0]], t[0])]


def t_wanyi(g):
    rng = g.rng
    cands = [w for w in WHOLES[g.src] if w["unit"] == "亿元"]
    w = rng.choice(cands)
    names, _, _ = g.parts(w, kmin=2, kmax=4, d=0)
    lo, hi = w["rng"]
    vals = [rng.randint(int(lo * 10000), int(hi * 10000)) for _ in names]
    vals[-1] += (-sum(vals)) % 100   # grand total to 2 decimals of 亿
    T = sum(vals) // 100             # in 0.01亿
    allv = vals + [T]
    g.spoil(allv, names + ["total"])
    ptoks = [g.q(v, 0, "万元") for v in allv[:-1]]
    ttok = g.q(allv[-1], 2, "亿元")
    items = "、".join(n + t[1] for n, t in zip(names, ptoks))
    if rng.random() < 0.5:
        line = "%s%s，其中%s。" % (g.when(w), g.lead(w, ttok[1]), items)
    else:
        line = "%s%s构成：%s，%s%s。" % (g.when(w), w["noun"], items.replace("、", "，"), g.agg(), ttok[1])
    return [line], [C_sum([t[0] for t in ptoks], ttok[0])]


def t_cn(g):
    w = g.whole(lambda w: w["small"] and not w["nocn"])
    names, vals, d = g.parts(w, d=0, kmax=4)
    if sum(vals) > 9999:
        raise Retry()
    g.mode = g.rng.choice(["cn", "cn2"])
    toks = _sum_record(g, w, names, vals, 0)
    if g.rng.random() < 0.5:
        line = "%s%s，其中%s。" % (g.when(w), g.lead(w, toks[-1][1]), "、".join(n + t[1] for n, t in zip(names, toks)))
    else:
        line = "%s%s，%s分别为%s。" % (g.when(w), g.lead(w, toks[-1][1]), "、".join(names),
                                   "、".join(t[1] for t in toks[:-1]))
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def t_format(g, mode_choices, scale=1):
    g.mode = g.rng.choice(mode_choices)
    big = g.mode in SEPS
    w = g.whole(lambda w: not w["small"] and (not big or max(h for _, h in w.get("pr", [w.get("rng")])) >= 400))
    names, vals, d = g.parts(w, scale=scale)
    if big and sum(1 for v in vals if v // 10 ** d >= 1000) < 2:
        raise Retry()
    toks = _sum_record(g, w, names, vals, d)
    sep = "、" if g.mode != "cncomma" else g.rng.choice(["、", "；"])
    if g.rng.random() < 0.5:
        line = "%s%s，其中%s。" % (g.when(w), g.lead(w, toks[-1][1]), sep.join(n + t[1] for n, t in zip(names, toks)))
    else:
        line = "%s%s：%s，%s%s。" % (g.when(w), w["noun"] + rng_pick(g, ["情况", "分%s" % w["dim"]]),
                                "；".join(n + t[1] for n, t in zip(names, toks)), g.agg(w["flow"]), toks[-1][1])
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


def rng_pick(g, opts):
    return g.rng.choice(opts)


def t_fullwidth(g):
    return t_format(g, ["fw"])


def t_thousands(g):
    return t_format(g, ["comma", "cncomma", "space"], scale=1)


def t_decimals(g):
    g.mode = "plain"
    w = g.whole(lambda w: max(w["dec"]) > 0)
    names, vals, d = g.parts(w, d=max(w["dec"]))
    toks = _sum_record(g, w, names, vals, d)
    if g.rng.random() < 0.5:
        line = "%s%s，%s分别为%s。" % (g.when(w), g.lead(w, toks[-1][1]), "、".join(names),
                                   "、".join(t[1] for t in toks[:-1]))
    else:
        line = "%s%s（%s）。" % (g.when(w), g.lead(w, toks[-1][1]), "，".join(n + t[1] for n, t in zip(names, toks)))
    return [line], [C_sum([t[0] for t in toks[:-1]], toks[-1][0])]


# ---------------------------------------------------------------- totals negatives
def n_partial(g):
    rng = g.rng
    w = g.whole(lambda w: "pr" not in w or len(w["parts"]) >= 4)
    d = rng.choice(w["dec"])
    names, vals, _ = g.parts(w, kmin=2, kmax=3, d=d)
    lo, hi = w.get("rng", (1, 100))
    rest = sum(g.ival(lo, hi, d) for _ in range(rng.randint(1, 3)))
    T = sum(vals) + rest
    toks = [g.q(v, d, w["unit"]) for v in vals + [T]]
    items = "、".join(n + t[1] for n, t in zip(names, toks))
    form = rng.randrange(4)
    if form == 0:
        marker = "等"
        line = "%s%s，其中%s等。" % (g.when(w), g.lead(w, toks[-1][1]), items)
    elif form == 1:
        marker = "主要有"
        line = "%s%s，主要有%s。" % (g.when(w), g.lead(w, toks[-1][1]), items)
    elif form == 2:
        marker = "其中较多的是"
        line = "%s%s，其中较多的是%s。" % (g.when(w), g.lead(w, toks[-1][1]), items)
    else:
        marker = "数量较多的是"
        line = "%s%s，%s数量较多的是%s。" % (g.when(w), g.lead(w, toks[-1][1]), "按%s分，" % w["dim"], items)
    g.note = "partial list marked by %s: listed parts %s fall short of the total" % (marker, "+".join(t[0] for t in toks[:-1]))
    return [line], [C_neg("partial_list", [t[0] for t in toks], marker=marker, total=toks[-1][0],
                          parts=[t[0] for t in toks[:-1]])]


def n_approx(g):
    rng = g.rng
    w = g.whole()
    names, vals, d = g.parts(w, kmin=2, kmax=4)
    S = sum(vals)
    mult, tail = unit_split(w["unit"])
    form = rng.choice(["约", "近", "超过", "左右"] + (["余", "多"] if not mult else []))
    # round the exact sum to 2 significant digits, in the direction the marker implies
    mag = 10 ** max(0, len(str(S)) - 2)
    down, up = S // mag * mag, (S // mag + 1) * mag
    if form in ("近",):
        T = up
    elif form in ("超过", "余", "多"):
        T = down
    else:
        T = rng.choice([down, up])
    if T == S or T <= 0:
        raise Retry()
    dT = d
    while dT > 0 and T % 10 == 0:
        T //= 10
        dT -= 1
    toks = [g.q(v, d, w["unit"]) for v in vals]
    ttok = g.q(T, dT, w["unit"])
    if form in ("约", "近", "超过"):
        ttxt = form + ttok[1]
    elif form == "左右":
        ttxt = ttok[1] + "左右"
    else:
        ttxt = ttok[0] + form + tail
    items = "、".join(n + t[1] for n, t in zip(names, toks))
    line = "%s%s，其中%s。" % (g.when(w), g.lead(w, ttxt), items)
    g.note = "approximate total (%s) vs exact parts summing to %s" % (form, fmt(S, d))
    return [line], [C_neg("approx_total", [t[0] for t in toks] + [ttok[0]], marker=form, total=ttok[0],
                          parts=[t[0] for t in toks])]


OVERLAP = {
    "housing": ("改造老旧小区", "个", ["加装电梯的", "改造雨污管网的", "增设停车位的", "完成外墙保温的"], (30, 200)),
    "water": ("治理河道", "条", ["实施清淤疏浚的", "建设生态护岸的", "完成入河排污口整治的", "设立河长公示牌的"], (20, 160)),
    "sports": ("参加体质测试", "人", ["在校学生", "女性", "60岁以上老年人", "机关干部"], (2000, 15000)),
    "tourism": ("接待游客", "万人次", ["过夜游客", "省外游客", "自驾游客", "研学游客"], (200, 2000)),
}


def n_overlap(g):
    rng = g.rng
    lead, unit, cats, (lo, hi) = OVERLAP[g.src]
    N = rng.randint(lo, hi)
    k = rng.randint(2, 3)
    cs = rng.sample(cats, k)
    for _ in range(50):
        vals = [int(N * rng.uniform(0.35, 0.85)) for _ in cs]
        if sum(vals) > N:
            break
    else:
        raise Retry()
    toks = [g.q(v, 0, unit) for v in vals + [N]]
    items = "、".join(c + t[1] for c, t in zip(cs, toks))
    line = "%s%s%s，其中%s%s。" % (g.when(), lead, toks[-1][1], items,
                               rng.choice(["", "（部分重叠）", "，一项多改、一人多类的情况按各类分别统计"]))
    g.note = "overlapping subsets (sum %d > whole %d)" % (sum(vals), N)
    return [line], [C_neg("overlap", [t[0] for t in toks], total=toks[-1][0], parts=[t[0] for t in toks[:-1]])]


CUMUL = {
    "housing": ("新筹集保障性租赁住房", "套", ["新建", "改建", "盘活存量"], (100, 1200), "累计筹集保障性租赁住房"),
    "tourism": ("新增省级非遗代表性项目", "项", ["传统技艺", "民俗", "传统音乐", "传统戏剧"], (1, 9), "全市省级以上非遗项目累计达"),
    "sports": ("新建健身场地", "个", ["健身路径", "笼式球场", "社区健身中心"], (10, 120), "全市体育场地累计达"),
    "water": ("新增高效节水灌溉面积", "万亩", ["喷灌", "滴灌", "管灌"], (0.5, 6), "累计建成高效节水灌溉面积"),
}


def n_cumulative(g):
    rng = g.rng
    lead, unit, cats, (lo, hi), cumlead = CUMUL[g.src]
    d = 1 if unit == "万亩" else 0
    k = rng.randint(2, len(cats))
    cs = cats[:k]
    vals = [g.ival(lo, hi, d) for _ in cs]
    new = sum(vals)
    cum = new * rng.randint(3, 12) + g.ival(lo, hi, d)
    toks = [g.q(v, d, unit) for v in vals + [new, cum]]
    items = "、".join(c + t[1] for c, t in zip(cs, toks))
    if rng.random() < 0.5:
        line = "%d年%s%s（其中%s），%s%s。" % (g.Y, lead, toks[-2][1], items, cumlead, toks[-1][1])
    else:
        line = "%s%s，%d年%s%s，其中%s。" % (cumlead, toks[-1][1], g.Y, lead, toks[-2][1], items)
    g.note = "cumulative %s is not the sum of this year's parts (new %s)" % (toks[-1][0], toks[-2][0])
    return [line], [C_sum([t[0] for t in toks[:-2]], toks[-2][0]),
                    C_neg("cumulative", [toks[-1][0], toks[-2][0]], cumulative=toks[-1][0], new=toks[-2][0])]


def n_two_wholes(g):
    rng = g.rng
    if g.src == "housing":
        unit, d = "套", 0
        A = None
        names = [g.names.make("district") for _ in range(rng.randint(2, 4))]
        vals = [rng.randint(80, 1500) for _ in names]
        A = sum(vals)
        B = int(A * rng.uniform(0.4, 0.9))
        ta = [g.q(v, d, unit) for v in vals + [A, B]]
        line = "%d年新开工保障性租赁住房%s、基本建成%s，%s分别开工%s。" % (
            g.Y, ta[-2][1], ta[-1][1], "、".join(names), "、".join(t[1] for t in ta[:-2]))
    else:
        unit, d = "亿立方米", 2
        names = ["大型水库", "中型水库", "小型水库"]
        vals = [rng.randint(50, 2000), rng.randint(30, 900), rng.randint(20, 600)]
        A = sum(vals)
        B = int(A * rng.uniform(0.45, 0.8))
        ta = [g.q(v, d, unit) for v in vals + [A, B]]
        line = "全市水库总库容%s，兴利库容%s；%s总库容分别为%s。" % (
            ta[-2][1], ta[-1][1], "、".join(names), "、".join(t[1] for t in ta[:-2]))
    if rng.random() < 0.5 and g.src == "housing":
        pass
    g.note = "parts belong to the first whole (%s), not to the second (%s)" % (ta[-2][0], ta[-1][0])
    return [line], [C_sum([t[0] for t in ta[:-2]], ta[-2][0]),
                    C_neg("two_wholes", [ta[-1][0]] + [t[0] for t in ta[:-2]], other=ta[-1][0],
                          parts=[t[0] for t in ta[:-2]])]


def ident_pool(g):
    rng = g.rng
    Y = g.Y
    n = rng.randint(120, 9800)
    area = "%03d" % rng.randint(10, 999)
    tel = "0%s-%d" % (area[:3], rng.randint(10000000, 89999999))
    abbr = rng.choice(SYL) + rng.choice(["政规", "税发", "建发", "水发", "文旅发", "体发"])
    doc = "〔%d〕%d号" % (Y - 1, rng.randint(2, 60))
    ntok = fmt(n, 0)
    pools = {
        "tax": [("12366纳税缴费服务热线全年接听来电%s个，一次解答率稳步提升。" % ntok, ["12366"], ntok),
                ("依据《关于进一步优化税费服务的通知》（%s%s），推出%s项举措。" % (abbr, doc, to_cn(rng.randint(5, 20))),
                 [doc], None),
                ("开通“%d-%d”电子发票服务平台，办税窗口咨询电话%s。" % (Y, Y + 1, tel), [tel, "%d-%d" % (Y, Y + 1)], None)],
        "housing": [("12345政务服务便民热线转办物业投诉%s件，均已按期回复。" % ntok, ["12345"], ntok),
                    ("执行《%s市国有土地上房屋征收与补偿办法》（%s%s）。" % (g.names.two(), abbr, doc), [doc], None),
                    ("物业服务投诉电话%s，24小时受理。" % tel, [tel, "24小时"], None)],
        "sports": [("推行“7+X”课后体育服务模式，覆盖中小学%s所。" % fmt(rng.randint(20, 300), 0), ["7+X"], None),
                   ("开展“1+X”社会体育指导职业技能等级证书培训%s人次。" % ntok, ["1+X"], ntok),
                   ("建成“15分钟健身圈”，群众健身热线%s。" % tel, ["15分钟", tel], None)],
        "tourism": [("实施《%d—%d年文旅融合发展三年行动计划》，打造“1+N”全域旅游格局。" % (Y, Y + 2),
                     ["%d—%d" % (Y, Y + 2), "1+N"], None),
                    ("旅游投诉热线12345与%s并行受理。" % tel, ["12345", tel], None)],
        "water": [("采购ZLB%d-%d型轴流泵%s台、IS100-80-160型水泵若干。" % (rng.choice([350, 500, 700]),
                                                              rng.randint(2, 9), to_cn(rng.randint(3, 20))),
                   ["IS100-80-160"], None),
                  ("防汛值班电话%s，执行“5+2”“白+黑”值守制度。" % tel, [tel, "5+2"], None)],
    }
    return pools


def n_ident(g):
    rng = g.rng
    pools = ident_pool(g)
    srcs = ["tax", "housing"] if g.src == "tax" else ["sports", "tourism", "water"]
    pool = [x for s in srcs for x in pools[s]]
    picks = rng.sample(pool, rng.randint(1, 2))
    lines = [p[0] for p in picks]
    ids = [i for p in picks for i in p[1]]
    g.note = "identifiers, phone numbers, model numbers or X-formulas: no arithmetic"
    if rng.random() < 0.5:
        lines = ["".join(lines)]
    return lines, [C_neg("identifier", ids)]


# =====================================================================================
#                                 PCT constructions
# =====================================================================================
def _rate_pair(g, spec, d=None):
    den_p, u, num_p, rname, (lo, hi), (plo, phi) = spec
    rng = g.rng
    N = rng.randint(lo, hi)
    a = int(N * rng.uniform(plo, phi))
    a = min(max(a, 1), N)
    if d is None:
        d = rng.choice([0, 1, 1, 2, 2])
    r = rate_of(a, N, d)
    return N, a, d, r


def p_rate_after(g, variant="after"):
    rng = g.rng
    spec = rng.choice(RATE_SPECS[g.src])
    den_p, u, num_p, rname = spec[:4]
    N, a, d, r = _rate_pair(g, spec)
    slot = PctSlot(g, r, d, hi=None, fw=(g.mode == "fw"))
    spoil_slots(g, [slot])
    tn, ta = g.q(N, 0, u), g.q(a, 0, u)
    verb = rng.choice(["", "为", "达", "达到"])
    if variant == "after":
        if rng.random() < 0.5:
            line = "%s%s%s，%s%s，%s%s%s。" % (g.when(), den_p, tn[1], num_p, ta[1], rname, verb, slot.tok)
        else:
            line = "%s%s%s，其中%s%s，%s%s%s。" % (g.when(), den_p, tn[1], num_p, ta[1], rname, verb, slot.tok)
    elif variant == "before":
        if rng.random() < 0.5:
            line = "%s%s%s：%s%s，%s%s。" % (rname, rng.choice(["达到", "为"]), slot.tok, den_p, tn[1], num_p, ta[1])
        else:
            line = "%s%s%s，%s%s中%s%s。" % (g.when(), rname, slot.tok, den_p, tn[1], num_p, ta[1])
    else:  # bracket
        if rng.random() < 0.5:
            line = "%s%s%s，%s%s（%s%s）。" % (g.when(), den_p, tn[1], num_p, ta[1], rname, slot.tok)
        else:
            line = "%s%s%s，其中%s%s（占%s）。" % (g.when(), den_p, tn[1], num_p, ta[1], slot.tok)
    return [line], [slot.check(lambda t: C_rate(ta[0], tn[0], t))]


def p_rate_before(g):
    return p_rate_after(g, "before")


def p_rate_bracket(g):
    return p_rate_after(g, "bracket")


def p_rate_formats(g):
    g.mode = g.rng.choice(["fw", "comma", "cncomma", "space", "cn"])
    spec = g.rng.choice(RATE_SPECS[g.src])
    if g.mode == "cn" and spec[4][1] > 9999:
        g.mode = "comma"
    if g.mode in ("comma", "cncomma", "space") and spec[4][1] < 1000:
        g.mode = "fw"
    lines, checks = p_rate_after(g, g.rng.choice(["after", "bracket"]))
    return lines, checks


def p_passfail(g):
    rng = g.rng
    den_p, u, pas, fail, prn, frn = PASSFAIL[g.src]
    N = rng.randint(60, 9000)
    a = int(N * rng.uniform(0.85, 0.995))
    b = N - a
    if b < 1:
        raise Retry()
    d = rng.choice([1, 2])
    s1, s2 = PctSlot(g, rate_of(a, N, d), d), PctSlot(g, rate_of(b, N, d), d)
    spoil_slots(g, [s1, s2])
    tn, ta, tb = g.q(N, 0, u), g.q(a, 0, u), g.q(b, 0, u)
    if rng.random() < 0.5:
        line = "%s%s%s，%s%s、%s%s，%s%s，%s%s。" % (g.when(), den_p, tn[1], pas, ta[1], fail, tb[1], prn, s1.tok,
                                                 frn, s2.tok)
    else:
        line = "%s%s%s，其中%s%s（占%s）、%s%s（占%s）。" % (g.when(), den_p, tn[1], pas, ta[1], s1.tok, fail,
                                                        tb[1], s2.tok)
    return [line], [C_sum([ta[0], tb[0]], tn[0]), s1.check(lambda t: C_rate(ta[0], tn[0], t)),
                    s2.check(lambda t: C_rate(tb[0], tn[0], t))]


def p_two_rates(g):
    rng = g.rng
    sp1, sp2 = rng.sample(RATE_SPECS[g.src], 2)
    d = rng.choice([1, 2])
    N1, a1, _, r1 = _rate_pair(g, sp1, d)
    N2, a2, _, r2 = _rate_pair(g, sp2, d)
    if N1 == N2:
        raise Retry()
    s1, s2 = PctSlot(g, r1, d), PctSlot(g, r2, d)
    spoil_slots(g, [s1, s2])
    t1, b1 = g.q(N1, 0, sp1[1]), g.q(a1, 0, sp1[1])
    t2, b2 = g.q(N2, 0, sp2[1]), g.q(a2, 0, sp2[1])
    if rng.random() < 0.5:
        line = "%s%s%s、%s%s，%s%s、%s%s，%s和%s分别为%s和%s。" % (
            g.when(), sp1[0], t1[1], sp1[2], b1[1], sp2[0], t2[1], sp2[2], b2[1], sp1[3], sp2[3], s1.tok, s2.tok)
    else:
        line = "%s%s%s，%s%s，%s%s；%s%s，%s%s，%s%s。" % (
            g.when(), sp1[0], t1[1], sp1[2], b1[1], sp1[3], s1.tok, sp2[0], t2[1], sp2[2], b2[1], sp2[3], s2.tok)
    return [line], [s1.check(lambda t: C_rate(b1[0], t1[0], t)), s2.check(lambda t: C_rate(b2[0], t2[0], t))]


def p_target(g):
    rng = g.rng
    noun, unit, d, (lo, hi) = TARGET[g.src]
    T = g.ival(lo, hi, d)
    a = int(T * rng.uniform(0.8, 1.3))
    rd = rng.choice([1, 2])
    slot = PctSlot(g, rate_of(a, T, rd), rd)
    spoil_slots(g, [slot])
    tt, ta = g.q(T, d, unit), g.q(a, d, unit)
    form = rng.randrange(3)
    if form == 0:
        line = "年度%s目标%s，实际完成%s，完成率%s。" % (noun, tt[1], ta[1], slot.tok)
    elif form == 1:
        line = "%s完成%s%s，为年度目标任务%s的%s。" % (g.when(), noun, ta[1], tt[1], slot.tok)
    else:
        line = "%s任务%s，已完成%s，目标完成率%s%s。" % (noun, tt[1], ta[1], slot.tok,
                                              "，超额完成全年任务" if a > T else "")
    return [line], [slot.check(lambda t: C_rate(ta[0], tt[0], t))]


def p_per(g):
    rng = g.rng
    tp, tu, td, cp, cu, cd, (clo, chi), pp_, pu, pd, (plo, phi) = PER[g.src]
    C = g.ival(clo, chi, cd)
    per_target = rng.uniform(plo, phi)
    cm = 10 ** (4 if cu.startswith("万") else 0)
    tmult = 10 ** 8 if tu.startswith("亿") else (10 ** 4 if tu.startswith("万") else 1)
    pmult = 10 ** 4 if pu.startswith("万") else 1
    total_abs = Fraction(C, 10 ** cd) * cm * Fraction(per_target).limit_denominator(1000) * pmult
    T = int(total_abs / tmult * 10 ** td)
    if T <= 0:
        raise Retry()
    per = rhu(Fraction(T, 10 ** td) * tmult / (Fraction(C, 10 ** cd) * cm) / pmult, pd)
    if g.bad:
        mind = max(2, per // 100)
        v = per + rng.choice([-1, 1]) * rng.randint(mind, mind * 4)
        if v <= 0:
            raise Retry()
        g.note = "per-capita stated %s, true %s" % (fmt(v, pd), fmt(per, pd))
        per = v
    tt, tc, tp_ = g.q(T, td, tu), g.q(C, cd, cu), g.q(per, pd, pu)
    if rng.random() < 0.5:
        line = "%s%s%s，%s%s，%s%s。" % (g.when(), tp, tt[1], cp, tc[1], pp_, tp_[1])
    else:
        line = "%s%s%s，按%s%s计算，%s%s。" % (g.when(), tp, tt[1], cp, tc[1], pp_, tp_[1])
    return [line], [{"rel": "per", "total": tt[0], "count": tc[0], "value": tp_[0]}]


def _shares(g, k, d):
    u = 100 * 10 ** d
    for _ in range(100):
        cuts = sorted(g.rng.sample(range(1, u), k - 1))
        vals = [b - a for a, b in zip([0] + cuts, cuts + [u])]
        if min(vals) >= 10 ** d:
            return vals
    raise Retry()


def p_shares(g):
    rng = g.rng
    intro, ofwhat, parts = SHARES[g.src]
    d = rng.choice([1, 2])
    vals = _shares(g, len(parts), d)
    slots = [PctSlot(g, v, d) for v in vals]
    spoil_slots(g, slots)
    if rng.random() < 0.5:
        line = "%s，%s%s分别为%s。" % (intro, "、".join(parts), ofwhat, "、".join(s.tok for s in slots))
    else:
        line = "%s，%s。" % (intro, "，".join("%s占%s" % (p, s.tok) for p, s in zip(parts, slots)))
    mal = [s for s in slots if s.malformed]
    if mal:
        return [line], [C_mal(mal[0].malformed)]
    return [line], [{"rel": "share_sum", "shares": [s.tok for s in slots], "expect": "100"}]


def p_pp(g):
    rng = g.rng
    name, (lo, hi) = rng.choice(PP[g.src])
    d = rng.choice([1, 2])
    r0 = g.ival(lo, hi, d)
    up = rng.random() < 0.7
    delta = rng.randint(max(1, 10 ** d // 10), 8 * 10 ** d)
    r1 = r0 + delta if up else r0 - delta
    if r1 <= 0 or r1 > 100 * 10 ** d:
        raise Retry()
    ppv = abs(r1 - r0)
    s0, s1 = PctSlot(g, r0, d), PctSlot(g, r1, d)
    ppwrong = None
    if g.bad:
        if rng.random() < 0.25:
            rng.choice([s0, s1]).spoil("malformed")
        else:
            ppwrong = g.wrong_pct(ppv, d)
            g.note = "pp stated %s but rates differ by %s" % (fmt(ppwrong, d), fmt(ppv, d))
    pptok = fmt(ppwrong if ppwrong is not None else ppv, d)
    dw = ("提高" if up else rng.choice(["下降", "降低"]))
    form = rng.randrange(3)
    if form == 0:
        line = "%s由%d年的%s%s到%d年的%s，%s%s个百分点。" % (name, g.Y - 1, s0.tok, "提高" if up else "下降", g.Y,
                                                   s1.tok, dw, pptok)
    elif form == 1:
        line = "%d年%s达到%s，比上年（%s）%s%s个百分点。" % (g.Y, name, s1.tok, s0.tok, dw, pptok)
    else:
        line = "%s为%s，较上年的%s%s%s个百分点。" % (name, s1.tok, s0.tok, dw, pptok)
    for s in (s0, s1):
        if s.malformed:
            return [line], [C_mal(s.malformed)]
    return [line], [{"rel": "pp", "old": s0.tok, "new": s1.tok, "pp": pptok, "dir": dw}]


def _growth_vals(g, down=None):
    rng = g.rng
    noun, unit, d, (lo, hi) = rng.choice(GROWTH[g.src])
    old = g.ival(lo, hi, d)
    if down is None:
        down = rng.random() < 0.3
    new = int(old * (rng.uniform(0.65, 0.97) if down else rng.uniform(1.02, 1.6)))
    if new == old or new <= 0:
        raise Retry()
    gd = rng.choice([1, 1, 2])
    gr = rhu(abs(Fraction(new - old, old)) * 100, gd)
    if gr == 0:
        raise Retry()
    return noun, unit, d, old, new, gd, gr, down


def _growth_record(g, form):
    rng = g.rng
    down = True if form == "decline" else None
    noun, unit, d, old, new, gd, gr, down = _growth_vals(g, down)
    slot = PctSlot(g, gr, gd)
    dw = rng.choice(["下降", "减少"]) if down else rng.choice(["增长", "增长", "提高"])
    diff = old - new
    if g.bad:
        k = rng.random()
        if form != "decline":
            k = 0.3 + 0.7 * k   # no absolute difference to spoil
        if form == "decline" and k < 0.3:
            diff = g.corrupt(diff)
            g.note = "absolute decrease stated %s, true %s" % (diff, old - new)
        elif k < 0.45:
            slot.spoil("malformed")
        elif k < 0.55 and gr >= 20 * 10 ** gd:
            dw = "增长" if down else "下降"
            g.note = "direction word %s but the value went %s" % (dw, "down" if down else "up")
        else:
            slot.spoil("wrong")
    to, tn = g.q(old, d, unit), g.q(new, d, unit)
    checks = []
    if form == "both":
        if rng.random() < 0.5:
            line = "%d年%s%s，较上年的%s%s%s。" % (g.Y, noun, tn[1], to[1], dw, slot.tok)
        else:
            line = "%s从%d年的%s变为%d年的%s，%s%s。" % (noun, g.Y - 1, to[1], g.Y, tn[1], dw, slot.tok)
    elif form == "same_period":
        M = rng.randint(3, 11)
        line = "%d年1—%d月%s%s，上年同期为%s，同比%s%s。" % (g.Y, M, noun, tn[1], to[1], dw, slot.tok)
    else:  # decline with the absolute difference too
        td = g.q(diff, d, unit)
        if rng.random() < 0.5:
            line = "%s由%d年的%s减少到%d年的%s，减少%s，%s%s。" % (noun, g.Y - 1, to[1], g.Y, tn[1], td[1], dw, slot.tok)
        else:
            line = "%d年%s%s，比上年的%s减少%s，%s%s。" % (g.Y, noun, tn[1], to[1], td[1], dw, slot.tok)
        checks.append(C_bal([to[0]], [tn[0]], td[0]))
    checks.append(slot.check(lambda t: {"rel": "growth", "old": to[0], "new": tn[0], "rate": t, "dir": dw}))
    return [line], checks


def p_growth(g):
    return _growth_record(g, "both")


def p_same_period(g):
    return _growth_record(g, "same_period")


def p_decline(g):
    return _growth_record(g, "decline")


def p_table_share(g):
    rng = g.rng
    w = g.whole(lambda w: w["unit"] not in ("亿元",) or True)
    names, vals, d = g.parts(w, kmin=3, kmax=5)
    T = sum(vals)
    sd = rng.choice([1, 2])
    shares = [rate_of(v, T, sd) for v in vals]
    if sum(shares) != 100 * 10 ** sd:
        raise Retry()
    slots = [PctSlot(g, s, sd) for s in shares]
    spoil_slots(g, slots)
    sep = rng.choice(TABSEP)
    cells = [fmt(v, d) for v in vals + [T]]
    head = "%s%s%s（%s）%s占比" % (w["dim"], sep, w["noun"], w["unit"], sep)
    rows = [n + sep + c + sep + s.tok for n, c, s in zip(names, cells, slots)]
    tot = "合计" + sep + cells[-1] + sep + "100%"
    rows = [tot] + rows if rng.random() < 0.3 else rows + [tot]
    lines = [head] + rows
    if rng.random() < 0.5:
        lines = ["%d年%s构成" % (g.Y, w["noun"])] + lines
    checks = [C_sum(cells[:-1], cells[-1]), C_rate(cells[-1], cells[-1], "100%")]
    for c, s in zip(cells[:-1], slots):
        checks.append(s.check(lambda t, c=c: C_rate(c, cells[-1], t)))
    return lines, checks


# ---------------------------------------------------------------- pct negatives
def n_growth100(g):
    rng = g.rng
    noun, unit, d, (lo, hi) = rng.choice(GROWTH[g.src])
    old = g.ival(lo, hi, d)
    new = int(old * rng.uniform(2.02, 4.6))
    gd = rng.choice([1, 2])
    gr = rhu(Fraction(new - old, old) * 100, gd)
    gt = fmt(gr, gd) + "%"
    tn, to = g.q(new, d, unit), g.q(old, d, unit)
    checks = []
    if rng.random() < 0.5:
        line = "%d年%s%s，同比增长%s，%s。" % (g.Y, noun, tn[1], gt, rng.choice(["增幅居全省前列", "创历史新高", "主要受低基数影响"]))
    else:
        line = "%d年%s%s，较上年的%s增长%s。" % (g.Y, noun, tn[1], to[1], gt)
        checks.append({"rel": "growth", "old": to[0], "new": tn[0], "rate": gt, "dir": "增长"})
    g.note = "growth over 100%% is legitimate (%s)" % gt
    checks.append(C_neg("growth_over_100", [gt], rate=gt))
    return [line], checks


def n_pp_nobase(g):
    rng = g.rng
    name, (lo, hi) = rng.choice(PP[g.src])
    d = rng.choice([1, 2])
    r1 = g.ival(lo, hi, d)
    ppv = rng.randint(max(1, 10 ** d // 10), 6 * 10 ** d)
    pt = fmt(ppv, d)
    rt = fmt(r1, d) + "%"
    dw = rng.choice(["提高", "提升", "下降"])
    form = rng.randrange(3)
    if form == 0:
        line = "%s%s%s个百分点。" % (name, dw, pt)
        nums = [pt]
    elif form == 1:
        line = "%s达到%s，比上年%s%s个百分点。" % (name, rt, dw, pt)
        nums = [rt, pt]
    else:
        line = "%s同比%s%s个百分点，%s。" % (name, dw, pt, rng.choice(["工作成效持续显现", "好于预期目标", "排名全省第一方阵"]))
        nums = [pt]
    g.note = "个百分点 change without the base rate"
    return [line], [C_neg("pp_no_base", nums)]


SOVER = {
    "tourism": ("在受访游客中", ["参观了博物馆", "体验了非遗项目", "观看了文艺演出", "选择了乡村民宿"], "（可多选）"),
    "housing": ("居民对改造内容的需求中", ["希望加装电梯的", "希望增设停车位的", "希望改造管网的", "希望增加养老设施的"],
                "（多选）"),
    "sports": ("经常参加体育锻炼的人群中", ["选择健步走的", "选择跑步的", "选择广场舞的", "选择球类运动的"], ""),
}


def n_share_overlap(g):
    rng = g.rng
    intro, cats, tail = SOVER[g.src]
    k = rng.randint(3, 4)
    cs = rng.sample(cats, k)
    d = rng.choice([0, 1])
    for _ in range(50):
        vals = [g.ival(20, 75, d) for _ in cs]
        if sum(vals) > 100 * 10 ** d:
            break
    else:
        raise Retry()
    toks = [fmt(v, d) + "%" for v in vals]
    line = "%s%s，%s。" % (intro, tail if rng.random() < 0.6 else "",
                         "，".join("%s占%s" % (c, t) for c, t in zip(cs, toks)))
    g.note = "overlapping shares (multiple choice) may sum past 100"
    return [line], [C_neg("share_overlap", toks, shares=toks)]


PERMILLE = {
    "tax": ("抽查增值税发票", "份", "发现问题发票", "问题发生率", (20000, 400000)),
    "housing": ("排查既有房屋", "幢", "鉴定为C、D级危险房屋", "危房比例", (5000, 90000)),
    "sports": ("全年赛事参赛人次", "人次", "发生运动损伤", "损伤发生率", (20000, 300000)),
}


def n_permille(g):
    rng = g.rng
    den_p, u, num_p, rname, (lo, hi) = PERMILLE[g.src]
    N = rng.randint(lo, hi)
    a = int(N * rng.uniform(0.0008, 0.012))
    if a < 1:
        raise Retry()
    d = rng.choice([1, 2])
    v = rhu(Fraction(a, N) * 1000, d)
    vt = fmt(v, d) + "‰"
    if rng.random() < 0.7:
        tn, ta = g.q(N, 0, u), g.q(a, 0, u)
        line = "%s%s%s，%s%s，%s%s。" % (g.when(), den_p, tn[1], num_p, ta[1], rname, vt)
        chk = C_neg("permille", [tn[0], ta[0], vt], num=ta[0], den=tn[0], value=vt)
    else:
        line = "%s%s控制在%s以内。" % (g.when(), rname, vt)
        chk = C_neg("permille", [vt], value=vt)
    g.note = "per-mille value, not a percentage"
    return [line], [chk]


NOBASE = {
    "water": ["地表水优良水体比例", "水土保持率", "农村自来水普及率", "水功能区水质达标率"],
    "tourism": ["游客满意度", "公共文化设施覆盖率", "A级景区智慧化覆盖率", "文化志愿服务参与率"],
    "housing": ["物业服务覆盖率", "城镇燃气普及率", "群众满意度", "新建建筑绿色建材应用比例"],
    "sports": ["国民体质合格率", "学校体育场地开放率", "社区健身设施覆盖率", "青少年体育技能达标率"],
    "tax": ["纳税人满意度", "非接触式办税率", "电子发票使用率", "税费业务网上办理率"],
}


def n_nobase(g):
    rng = g.rng
    names = rng.sample(NOBASE[g.src], rng.randint(1, 3))
    toks = []
    for _ in names:
        d = rng.choice([0, 1, 1, 2])
        toks.append(fmt(g.ival(60, 99.9, d), d) + "%")
    line = "%s%s。" % (g.when(), "，".join("%s%s%s" % (n, rng.choice(["达到", "为", ""]), t) for n, t in zip(names, toks)))
    g.note = "percentages with no stated base"
    return [line], [C_neg("pct_no_base", toks, rates=toks)]


UNSTATED = {
    "tax": [("受理涉税投诉", "件", "办结率"), ("开展纳税辅导", "场", "纳税人参与率"), ("办理出口退税", "笔", "平均提速")],
    "water": [("开展巡河", "次", "问题整改率"), ("建成农村供水工程", "处", "水质检测合格率"), ("排查病险水库", "座", "隐患整改完成率")],
    "housing": [("受理物业服务投诉", "件", "群众满意率"), ("检查在建工地", "个", "扬尘治理达标率")],
    "tourism": [("举办惠民演出", "场", "群众满意度"), ("检查旅游经营单位", "家", "投诉处理满意率")],
}


def n_unstated(g):
    rng = g.rng
    lead, u, rname = rng.choice(UNSTATED[g.src])
    N = rng.randint(30, 9000)
    d = rng.choice([0, 1, 2])
    rt = fmt(g.ival(85, 99.9, d), d) + "%"
    tn = g.q(N, 0, u)
    line = "%s%s%s，%s%s。" % (g.when(), lead, tn[1], rname, rt)
    g.note = "rate whose numerator is not stated (not checkable)"
    return [line], [C_neg("rate_unstated", [tn[0], rt], rates=[rt])]


# =====================================================================================
#                                 styles and driver
# =====================================================================================
ALL = ["tax", "housing", "water", "tourism", "sports"]
T_POS = [
    ("qizhong", t_qizhong, ["tax", "housing", "water", "sports"]),
    ("heji_after", t_heji_after, ["tax", "housing", "water", "tourism"]),
    ("fenbiewei", t_fenbiewei, ["housing", "water", "tourism", "sports"]),
    ("brackets", t_brackets, ["tax", "housing", "water", "sports"]),
    ("lines_header", t_lines_header, ["tax", "housing", "tourism", "sports"]),
    ("table_flat", t_table, ALL),
    ("table_twoyear", t_table_twoyear, ["tax", "housing", "water", "tourism"]),
    ("numbered_items", t_numbered, ["tax", "housing", "water", "sports"]),
    ("named_list", t_named, ["tax", "water", "tourism", "sports"]),
    ("balance", t_balance, ALL),
    ("increase_to", t_increase_to, ["housing", "water", "sports"]),
    ("subtotal_grand", t_subtotal, ["tax", "housing", "water"]),
    ("quarters", t_quarters, ["tax", "tourism", "water"]),
    ("separate_sentences", t_separate, ["housing", "sports"]),
    ("gender_split", t_gender, ["sports", "tourism", "water"]),
    ("wan_yi_mix", t_wanyi, ["tax", "water", "tourism"]),
    ("cn_numerals", t_cn, ["housing", "tourism", "sports"]),
    ("fullwidth", t_fullwidth, ["housing", "tax"]),
    ("thousands_sep", t_thousands, ["sports", "housing"]),
    ("decimals", t_decimals, ["water", "tourism"]),
]
T_NEG = [
    ("neg_partial_list", n_partial, ["tax", "housing", "tourism", "sports"]),
    ("neg_approx_total", n_approx, ["tax", "housing", "water", "tourism"]),
    ("neg_overlap", n_overlap, ["housing", "water", "sports"]),
    ("neg_cumulative", n_cumulative, ["housing", "tourism"]),
    ("neg_two_wholes", n_two_wholes, ["housing", "water"]),
    ("neg_identifiers", n_ident, ["tax", "sports"]),
]
P_POS = [
    ("rate_after", p_rate_after, ALL),
    ("rate_before", p_rate_before, ALL),
    ("rate_bracket", p_rate_bracket, ALL),
    ("pass_fail", p_passfail, ALL),
    ("two_rates", p_two_rates, ALL),
    ("target_completion", p_target, ALL),
    ("per_capita", p_per, ALL),
    ("shares_100", p_shares, ALL),
    ("pp_both", p_pp, ALL),
    ("growth_both", p_growth, ALL),
    ("same_period", p_same_period, ALL),
    ("decline", p_decline, ALL),
    ("table_share", p_table_share, ALL),
    ("rate_formats", p_rate_formats, ALL),
]
P_NEG = [
    ("neg_growth_over_100", n_growth100, ["tax", "tourism", "sports"]),
    ("neg_pp_no_base", n_pp_nobase, ["water", "housing", "sports"]),
    ("neg_share_overlap", n_share_overlap, ["tourism", "housing", "sports"]),
    ("neg_permille", n_permille, ["tax", "housing", "sports"]),
    ("neg_pct_no_base", n_nobase, ["water", "tourism", "tax"]),
    ("neg_rate_unstated", n_unstated, ["tax", "water"]),
]


def styles():
    out = []
    for fam, pos, neg in (("totals", T_POS, T_NEG), ("pct", P_POS, P_NEG)):
        for kind, table in (("pos", pos), ("neg", neg)):
            for name, fn, srcs in table:
                for s in srcs:
                    prefix = "" if fam == "totals" else "pct_"
                    out.append((prefix + name + "_" + s, fam, kind, fn, s))
    return out


def context_lines(g, n):
    rng = g.rng
    src = g.src
    place = g.names.two() + rng.choice(["市", "区", "县"])
    opts = [
        lambda: rng.choice(HEADS[src]),
        lambda: "数据来源：%s%s%s" % (place, DEPT[src], rng.choice(["统计科", "综合科", "规划财务科", "办公室"])),
        lambda: "（%d年%d月%d日）" % (g.Y + 1, rng.randint(1, 3), rng.randint(1, 28)),
        lambda: "——在%s%s上的%s" % (place, rng.choice(["人民代表大会", "年度工作会议", "半年工作推进会"]),
                                  rng.choice(BODY)),
        lambda: "报告人：%s（%s%s局长）" % (g.names.person(), place, DEPT[src]),
        lambda: "召开%s专题会议%s次，研究部署相关工作。" % (rng.choice(MEET_TOPIC[src]),
                                             rng.choice([str(rng.randint(2, 15)), to_cn(rng.randint(2, 12), True)])),
        lambda: "以上数据为快报数，以最终统计公报为准。",
        lambda: "%s%s%s" % (place, DEPT[src], rng.choice(BODY)),
    ]
    return [f() for f in rng.sample(opts, n)]


def build(rng, fam, kind, fn, src, label, style):
    for attempt in range(300):
        g = G(rng, src, label)
        try:
            body, checks = fn(g)
        except Retry:
            continue
        room = 8 - len(body)
        if room < 0:
            continue
        npre = min(room, rng.choice([0, 1, 1, 2]))
        npost = min(room - npre, rng.choice([0, 0, 1]))
        ctx = context_lines(g, npre + npost)
        pre, post = ctx[:npre], ctx[npre:]
        lines = [ln.replace("全年全年", "全年") for ln in pre + body + post]
        if not g.note:
            g.note = {"consistent": "all stated relations hold",
                      "negative": "look-alike, nothing to flag"}.get(label, "one relation wrong")
        rec = OrderedDict([("id", ""), ("family", fam), ("style", style), ("label", label),
                           ("text", "\n".join(lines)), ("note", "%s [%s]" % (g.note, src)), ("checks", checks)])
        try:
            if v_record(rec) != label:
                continue
        except VErr:
            continue
        return rec
    raise RuntimeError("could not build a %s record for %s" % (label, style))


def generate(seed):
    recs = []
    for style, fam, kind, fn, src in styles():
        rng = random.Random("numbers36|%d|%s" % (seed, style))
        n = rng.randint(15, 20)
        if kind == "pos":
            labels = ["consistent"] * (n // 2) + ["inconsistent"] * (n // 2)
            if n % 2:
                labels.append(rng.choice(["consistent", "inconsistent"]))
            rng.shuffle(labels)
        else:
            labels = ["negative"] * n
        seen = set()
        for lab in labels:
            for _ in range(20):
                rec = build(rng, fam, kind, fn, src, lab, style)
                if rec["text"] not in seen:
                    break
            seen.add(rec["text"])
            recs.append(rec)
    order = random.Random("numbers36|order|%d" % seed)
    order.shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = "n36-s%d-%05d" % (seed, i + 1)
    return recs


def stats(path):
    rows = OrderedDict()
    fam_lab = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            st = rows.setdefault(r["style"], {"family": r["family"], "c": Counter(), "ex": None})
            st["c"][r["label"]] += 1
            fam_lab[(r["family"], r["label"])] += 1
            if st["ex"] is None or (len(r["text"]) < len(st["ex"]) and "\n" not in r["text"]):
                st["ex"] = r["text"]
    print("| family | label | records |\n|---|---|---|")
    for (f, l), n in sorted(fam_lab.items()):
        print("| %s | %s | %d |" % (f, l, n))
    print()
    print("| style | family | consistent | inconsistent | negative | example |")
    print("|---|---|---|---|---|---|")
    for name in sorted(rows, key=lambda s: (rows[s]["family"] != "totals", s)):
        st = rows[name]
        ex = st["ex"].replace("\n", " ⏎ ").replace("|", "\\|").replace("\t", "⇥")
        if len(ex) > 90:
            ex = ex[:88] + "…"
        print("| %s | %s | %d | %d | %d | %s |" % (name, st["family"], st["c"]["consistent"],
                                                  st["c"]["inconsistent"], st["c"]["negative"], ex))
    print("\nstyles: %d" % len(rows))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--stats", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.stats:
        stats(a.stats)
        return
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required (or use --verify FILES / --stats FILE)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["family"], r["label"]) for r in recs)
    print("wrote %d records to %s: %s" % (len(recs), a.out,
                                          ", ".join("%s/%s=%d" % (f, l, n) for (f, l), n in sorted(c.items()))))


if __name__ == "__main__":
    main()
