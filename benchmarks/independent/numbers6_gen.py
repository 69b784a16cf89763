#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers6_gen.py -- independent labelled test collection for an arithmetic
auditor of Chinese government work reports / statistical bulletins.

    python3 numbers6_gen.py --seed 7 --out numbers6.jsonl
    python3 numbers6_gen.py --verify numbers6.jsonl

Standard library only.  The file has two separate halves:
  * GENERATOR  (prefix g_ / style functions): invents texts, numbers, errors;
  * VERIFIER   (prefix v_): re-finds every number string of the checks in the
    final text, parses it with its own parser, recomputes with Fraction and
    derives the label.  A generated record is kept only if the verifier's label
    equals the intended one (otherwise it is regenerated).
See numbers6_README.md.
"""
import argparse
import json
import random
import re
import sys
import zlib
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext
from fractions import Fraction

# =====================================================================
# GENERATOR -- formatting helpers
# =====================================================================
G_FWD = str.maketrans("0123456789", "０１２３４５６７８９")
G_CND = "零一二三四五六七八九"
LAB = {"C": "consistent", "I": "inconsistent", "N": "negative"}


def g_cn_small(n):
    """0 < n < 10000 -> Chinese numerals (no leading 一十 fix here)."""
    out = ""
    started = False
    zero = False
    for val, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // val % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += G_CND[d] + name
        started = True
    return out


def g_cn_int(n, liang=False):
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10 ** 8)
    wan, low = divmod(rest, 10 ** 4)
    s = ""
    if yi:
        s += g_cn_small(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += g_cn_small(wan) + "万"
    if low:
        if (yi or wan) and low < 1000:
            s += "零"
        s += g_cn_small(low)
    if s.startswith("一十"):
        s = s[1:]
    if liang and n == 2:
        s = "两"
    return s


def g_cn_decstr(ds):
    ip, _, fp = ds.partition(".")
    s = g_cn_int(int(ip)) if int(ip) else "零"
    if fp:
        s += "点" + "".join(G_CND[int(ch)] for ch in fp)
    return s


def g_dec(x, d, trunc=False):
    """Fraction/int -> decimal string with d decimals (half-up or truncated)."""
    x = Fraction(x)
    with localcontext() as ctx:
        ctx.prec = 60
        v = Decimal(x.numerator) / Decimal(x.denominator)
        q = Decimal(1).scaleb(-d)
        r = v.quantize(q, rounding=ROUND_DOWN if trunc else ROUND_HALF_UP)
    s = format(r, "f")
    if s.startswith("-0") and float(s) == 0:
        s = s[1:]
    return s


def g_commas(ds):
    neg = ds.startswith("-")
    if neg:
        ds = ds[1:]
    ip, dot, fp = ds.partition(".")
    ip = "{:,}".format(int(ip))
    return ("-" if neg else "") + ip + dot + fp


def g_fmt(rng, ds, ns):
    """ASCII decimal/integer string -> displayed form for number style ns."""
    if ns == "plain":
        return ds
    if ns == "comma":
        return g_commas(ds) if abs(float(ds)) >= 1000 else ds
    if ns == "fw":
        return ds.translate(G_FWD)
    if ns == "fwdot":
        return ds.translate(G_FWD).replace(".", "．")
    if ns == "fwc":
        return g_commas(ds).translate(G_FWD)
    if ns == "cn":
        return g_cn_decstr(ds)
    if ns == "pdf":
        s = g_commas(ds) if abs(float(ds)) >= 1000 else ds
        spots = [k for k in range(1, len(s)) if s[k - 1] not in " " and s[k] not in " "]
        if "," in s and rng.random() < 0.6:
            k = s.index(",")
            return s[:k + 1] + " " + s[k + 1:]
        if "." in s and rng.random() < 0.3:
            k = s.index(".")
            return s[:k + 1] + " " + s[k + 1:]
        if len(s) >= 3 and spots:
            k = rng.choice(spots)
            return s[:k] + " " + s[k:]
        return s
    if ns == "brk":   # broken across a line (PDF)
        s = g_commas(ds) if abs(float(ds)) >= 1000 else ds
        if len(s) >= 3:
            k = rng.randrange(1, len(s))
            return s[:k] + "\n" + s[k:]
        return s
    raise ValueError(ns)


def g_transpose(ds, rng):
    """swap two adjacent differing digits of an ASCII number string."""
    digs = [k for k, ch in enumerate(ds) if ch.isdigit()]
    pairs = [(digs[a], digs[a + 1]) for a in range(len(digs) - 1)
             if ds[digs[a]] != ds[digs[a + 1]]]
    rng.shuffle(pairs)
    for a, b in pairs:
        s = list(ds)
        s[a], s[b] = s[b], s[a]
        t = "".join(s)
        if t[0] == "0" and len(t.split(".")[0]) > 1:
            continue
        return t
    return None


def g_pick(rng, seq, k):
    idx = sorted(rng.sample(range(len(seq)), k))
    return [seq[i] for i in idx]


# punctuation modes ---------------------------------------------------
def g_punct(rng, text, mode):
    if mode == "fw":
        return text
    out = []
    n = len(text)
    for k, ch in enumerate(text):
        nxt = text[k + 1] if k + 1 < n else ""
        m = mode
        if mode == "mixed":
            m = "hw" if rng.random() < 0.5 else "fw"
        if m == "fw":
            out.append(ch)
            continue
        if m == "hw":
            rep = {"，": ",", "；": ";", "。": ".", "：": ":", "（": "(", "）": ")", "！": "!"}.get(ch)
            if rep is None:
                out.append(ch)
            else:
                if rep in ",;.:" and (nxt[:1].isdigit() or nxt in "０１２３４５６７８９" and nxt):
                    rep += " "
                elif rep in ",;:" and rng.random() < 0.25:
                    rep += " "
                out.append(rep)
            continue
        if m == "none":
            if ch in "，、；":
                out.append(" " if (nxt[:1].isdigit() or rng.random() < 0.5) else "")
            elif ch == "：":
                out.append("")
            elif ch == "。":
                out.append("。" if rng.random() < 0.5 else " ")
            else:
                out.append(ch)
            continue
    s = "".join(out)
    return s.rstrip() if mode == "none" else s


# =====================================================================
# GENERATOR -- vocabulary (all invented)
# =====================================================================
G_P1 = "青云临柳石安兴宁松桐梅丰白金泰鹿凤明清望永德华新南北东西龙岚芦樟杏枫"
G_P2 = "溪川塘岭河阳源山湖桥江台原林浦峰泉坪谷冈湾洲滩坝"


def g_place(rng, suf=("县", "区", "市", "县", "区")):
    return rng.choice(G_P1) + rng.choice(G_P2) + rng.choice(suf)


def g_towns(rng, k, suf=("镇", "乡", "街道", "镇")):
    seen = []
    while len(seen) < k:
        t = rng.choice(G_P1) + rng.choice(G_P2) + rng.choice(suf)
        if t[:2] not in [x[:2] for x in seen]:
            seen.append(t)
    return seen


G_DEPT = {
    "卫生": ["卫生健康局", "卫健委", "疾病预防控制中心"],
    "教育": ["教育局", "教育体育局"],
    "交通": ["交通运输局", "公路事业发展中心"],
    "公安": ["公安局", "公安分局"],
    "法院": ["人民法院"],
    "财政": ["财政局"],
    "农业": ["农业农村局"],
    "环境": ["生态环境分局", "生态环境局"],
    "社保": ["人力资源和社会保障局", "医疗保障局"],
    "旅游": ["文化广电旅游体育局", "文旅局"],
    "住房": ["住房和城乡建设局", "住建局"],
    "水利": ["水利局", "水务局"],
    "扶贫": ["乡村振兴局", "农业农村局"],
    "科技": ["科技局", "高新区管委会"],
    "企业": ["工业和信息化局", "经济开发区管委会", "统计局"],
    "政务": ["政务服务中心", "行政审批服务局"],
    "安全": ["应急管理局"],
    "民政": ["民政局"],
    "市场": ["市场监督管理局"],
    "信访": ["信访局"],
    "人事": ["人力资源和社会保障局", "委组织部"],
    "文化": ["文化馆", "文旅局"],
    "司法": ["司法局"],
}
G_TOPIC = {
    "卫生": "卫生健康事业发展", "教育": "教育事业", "交通": "交通基础设施建设",
    "公安": "社会治安防控", "法院": "审判执行工作", "财政": "财政预算执行",
    "农业": "农业农村工作", "环境": "生态环境保护", "社保": "社会保障",
    "旅游": "文化旅游", "住房": "城乡建设和住房保障", "水利": "水利建设",
    "扶贫": "巩固拓展脱贫攻坚成果", "科技": "科技创新", "企业": "工业经济运行",
    "政务": "政务服务", "安全": "安全生产", "民政": "民政服务", "市场": "市场监管",
    "信访": "信访工作", "人事": "人才队伍建设", "文化": "公共文化服务", "司法": "矛盾纠纷化解",
}


def g_wrap(rng, body, dom, yr, pl):
    dept = pl + rng.choice(G_DEPT.get(dom, ["办公室"]))
    topic = G_TOPIC.get(dom, "重点工作")
    k = rng.randrange(15)
    cn_idx = rng.choice("一二三四五六")
    m = rng.randint(3, 11)
    if k <= 3:
        return body
    if k == 4:
        return f"{dept}{yr}年工作总结\n{cn_idx}、主要工作完成情况\n" + body
    if k == 5:
        return f"（{cn_idx}）{topic}\n" + body
    if k == 6:
        return f"{pl}{yr}年上半年工作情况报告\n" + body
    if k == 7:
        tail = rng.choice(["会议要求，各单位要对照任务清单逐项抓好落实。", "", "会议同意上述汇报内容。"])
        return f"会议听取了{dept}关于{topic}情况的汇报。" + body + tail
    if k == 8:
        return f"{pl}{yr}年国民经济和社会发展统计公报（摘录）\n" + body
    if k == 9:
        return (f"关于{yr}年度{topic}专项督查情况的通报\n各乡镇（街道）、{pl}直各单位：\n"
                + body + "\n特此通报。")
    if k == 10:
        return f"{dept}{yr}年度部门整体支出绩效自评报告\n" + body
    if k == 11:
        return body + f"\n（数据来源：{dept}）"
    if k == 12:
        return f"（截至{yr}年{m}月底）\n" + body
    if k == 13:
        return f"{rng.randint(2, 9)}.{topic}\n" + body
    return f"{cn_idx}、{topic}\n" + body


# count-type breakdown scenarios: dom, subject, measure word, part names, lo, hi
G_CNT = [
    ("卫生", "医疗卫生机构", "个", ["医院", "基层医疗卫生机构", "专业公共卫生机构", "其他卫生机构"], 3, 420),
    ("卫生", "卫生技术人员", "人", ["执业（助理）医师", "注册护士", "药师（士）", "检验技师（士）", "其他卫生技术人员"], 40, 3900),
    ("教育", "各级各类学校", "所", ["幼儿园", "小学", "初级中学", "普通高中", "中等职业学校"], 2, 160),
    ("教育", "专任教师", "人", ["幼儿园专任教师", "小学专任教师", "初中专任教师", "高中专任教师"], 30, 4200),
    ("交通", "公路总里程", "公里", ["高速公路", "国道", "省道", "县道", "乡道", "村道"], 12, 2700),
    ("公安", "刑事案件", "起", ["盗窃案件", "电信网络诈骗案件", "故意伤害案件", "其他刑事案件"], 8, 880),
    ("法院", "受理各类案件", "件", ["刑事案件", "民事案件", "行政案件", "执行案件"], 30, 9600),
    ("农业", "农民专业合作社", "家", ["种植业合作社", "畜牧业合作社", "渔业合作社", "林业合作社", "服务业合作社"], 5, 620),
    ("社保", "开展职业技能培训", "人次", ["农民工", "高校毕业生", "退役军人", "失业人员"], 50, 8200),
    ("旅游", "A级旅游景区", "家", ["5A级景区", "4A级景区", "3A级景区", "2A级景区"], 1, 14),
    ("住房", "筹集保障性住房", "套", ["公共租赁住房", "保障性租赁住房", "共有产权住房", "安置住房"], 40, 6100),
    ("水利", "实施水利工程", "处", ["病险水库除险加固", "山塘整治", "中小河流治理", "灌区续建配套"], 3, 310),
    ("扶贫", "防止返贫监测对象", "户", ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"], 20, 2600),
    ("科技", "专利授权", "件", ["发明专利", "实用新型专利", "外观设计专利"], 30, 8400),
    ("企业", "新登记市场主体", "户", ["企业", "个体工商户", "农民专业合作社"], 50, 21000),
    ("政务", "12345热线受理群众诉求", "件", ["咨询类", "求助类", "投诉举报类", "意见建议类"], 200, 61000),
    ("环境", "地表水监测断面", "个", ["Ⅰ～Ⅲ类水质断面", "Ⅳ类断面", "Ⅴ类断面"], 1, 42),
    ("安全", "排查安全隐患", "处", ["重大隐患", "较大隐患", "一般隐患"], 3, 3100),
    ("民政", "养老服务机构", "家", ["公办养老机构", "民办养老机构", "社区养老服务站"], 2, 210),
    ("市场", "完成食品安全抽检", "批次", ["生产环节", "流通环节", "餐饮环节"], 50, 5200),
    ("信访", "受理信访事项", "件", ["来信", "来访", "网上信访", "电话信访"], 10, 3100),
    ("人事", "公开招聘工作人员", "名", ["教师", "医务人员", "乡镇事业单位人员", "其他岗位人员"], 3, 410),
    ("文化", "公共文化设施", "个", ["公共图书馆", "文化馆", "乡镇综合文化站", "村级综合文化服务中心"], 1, 320),
    ("司法", "调解各类矛盾纠纷", "件", ["婚姻家庭纠纷", "邻里纠纷", "合同纠纷", "损害赔偿纠纷", "其他纠纷"], 10, 2100),
    ("社保", "在册低保对象", "户", ["城市低保对象", "农村低保对象"], 100, 9300),
    ("科技", "园区入驻企业", "家", ["高新技术企业", "科技型中小企业", "其他企业"], 5, 420),
    ("交通", "新改建农村公路", "公里", ["县道", "乡道", "村道", "旅游路"], 5, 420),
    ("公安", "查处交通违法行为", "起", ["酒驾醉驾", "超速行驶", "不按规定让行", "其他违法行为"], 40, 26000),
]
# money breakdowns: dom, subject, parts, lo, hi (in 万元 per part)
G_MON = [
    ("财政", "一般公共预算收入", ["税收收入", "非税收入"], 3000, 900000),
    ("财政", "一般公共预算支出", ["教育支出", "社会保障和就业支出", "卫生健康支出", "农林水支出", "城乡社区支出"], 2000, 300000),
    ("扶贫", "财政衔接推进乡村振兴补助资金", ["中央资金", "省级资金", "市级资金", "县级资金"], 100, 21000),
    ("水利", "完成水利建设投资", ["防洪治理", "农村供水保障", "水土保持", "灌区改造"], 200, 52000),
    ("住房", "老旧小区改造投入资金", ["中央补助资金", "省级补助资金", "地方政府专项债券", "社会资本"], 100, 36000),
    ("交通", "完成交通固定资产投资", ["高速公路", "国省干线", "农村公路", "客运站场"], 300, 420000),
    ("教育", "教育经费投入", ["学前教育", "义务教育", "普通高中教育", "职业教育"], 300, 160000),
    ("旅游", "实现旅游综合收入", ["住宿餐饮", "交通", "购物", "景区门票", "文化娱乐"], 500, 260000),
    ("民政", "发放各类救助资金", ["城乡低保金", "特困人员供养金", "临时救助金", "残疾人两项补贴"], 30, 18000),
    ("科技", "研究与试验发展经费支出", ["基础研究", "应用研究", "试验发展"], 100, 120000),
    ("农业", "农林牧渔业总产值", ["农业", "林业", "牧业", "渔业", "农林牧渔服务业"], 800, 600000),
    ("环境", "生态环境保护资金", ["大气污染防治", "水污染防治", "土壤污染防治", "农村环境整治"], 50, 26000),
    ("企业", "园区规上工业企业营业收入", ["电子信息产业", "装备制造产业", "新材料产业", "生物医药产业"], 2000, 900000),
    ("卫生", "基本公共卫生服务补助资金", ["中央补助", "省级补助", "市县配套"], 50, 9000),
    ("财政", "新增政府债券资金", ["一般债券", "专项债券"], 2000, 400000),
    ("社保", "医保基金支出", ["住院费用", "普通门诊费用", "门诊慢特病费用", "药店购药费用"], 300, 150000),
]
# people breakdowns that are naturally reported in 万人 / 万人次
G_PPL = [
    ("社保", "基本养老保险参保人数", "人", ["城镇职工", "城乡居民"], 20000, 900000),
    ("社保", "基本医疗保险参保人数", "人", ["职工医保", "城乡居民医保"], 20000, 1200000),
    ("旅游", "接待游客", "人次", ["国内游客", "入境游客"], 5000, 9000000),
    ("卫生", "总诊疗人次", "人次", ["医院", "基层医疗卫生机构", "其他医疗卫生机构"], 20000, 4000000),
    ("企业", "年末常住人口", "人", ["城镇人口", "乡村人口"], 50000, 2000000),
    ("交通", "完成旅客运输量", "人次", ["公路", "铁路", "水路", "民航"], 1000, 5000000),
]
G_AREA = [
    ("农业", "粮食播种面积", ["小麦", "玉米", "水稻", "大豆", "薯类"]),
    ("农业", "完成造林", ["人工造林", "封山育林", "退化林修复"]),
    ("农业", "建成高标准农田", ["新建", "改造提升"]),
    ("环境", "治理水土流失面积", ["坡耕地治理", "营造水保林", "种草"]),
    ("农业", "农作物总播种面积", ["粮食作物", "油料作物", "蔬菜", "其他作物"]),
]
G_NS_COMMON = ["plain", "plain", "comma", "comma", "comma", "fw", "plain", "comma"]
G_PUNCT_COMMON = ["fw"] * 7 + ["hw", "mixed"]


class Ctx:
    """per-record random context for the generator"""

    def __init__(self, rng, ns=None, punct=None):
        self.rng = rng
        self.pl = g_place(rng)
        self.yr = rng.randint(2019, 2024)
        self.ns = ns or rng.choice(G_NS_COMMON)
        self.punct = punct or rng.choice(G_PUNCT_COMMON)

    # integer in the record's number style
    def i(self, n, ns=None):
        return g_fmt(self.rng, str(int(n)), ns or self.ns)

    def d(self, ds, ns=None):
        ns = ns or self.ns
        if ns == "cn":
            ns = "plain"
        return g_fmt(self.rng, ds, ns)

    def time(self):
        y = self.yr
        return self.rng.choice([f"{y}年", "全年", "今年以来", f"截至{y}年底，", "报告期内", "本年度", f"{y}年度", "", "一年来，"])

    def fin(self, text, dom, wrap=True):
        t = g_punct(self.rng, text, self.punct)
        if wrap:
            t = g_wrap(self.rng, t, dom, self.yr, self.pl)
        return t


# money helpers: value v in 万元 (Fraction or int)
def g_money(c, v, mode, xf=None, ns=None):
    """returns (display text, token). mode: wan, wan1, wan2, yi1, yi2, yuan."""
    ns = ns or c.ns
    if ns == "cn":
        ns = "plain"
    if mode == "wan":
        ds, unit, tu = g_dec(v, 0), "万元", "万"
    elif mode == "wan1":
        ds, unit, tu = g_dec(v, 1), "万元", "万"
    elif mode == "wan2":
        ds, unit, tu = g_dec(v, 2), "万元", "万"
    elif mode == "yi1":
        ds, unit, tu = g_dec(Fraction(v) / 10000, 1), "亿元", "亿"
    elif mode == "yi2":
        ds, unit, tu = g_dec(Fraction(v) / 10000, 2), "亿元", "亿"
    elif mode == "yuan":
        ds, unit, tu = g_dec(Fraction(v) * 10000, 0), "元", ""
    else:
        raise ValueError(mode)
    if xf:
        ds = xf(ds)
    s = g_fmt(c.rng, ds, ns)
    return s + unit, s + tu


def g_people(c, v, mode, xf=None, ns=None):
    ns = ns or c.ns
    if ns == "cn":
        ns = "plain"
    if mode == "ren":
        ds, tu = str(int(v)), ""
    elif mode == "wan1":
        ds, tu = g_dec(Fraction(v) / 10000, 1), "万"
    elif mode == "wan2":
        ds, tu = g_dec(Fraction(v) / 10000, 2), "万"
    else:
        raise ValueError(mode)
    if xf:
        ds = xf(ds)
    s = g_fmt(c.rng, ds, ns)
    return s + tu, s + tu   # display without measure word; token identical


def g_pct(c, ratio, d=1, trunc=False, sign=None, ns=None, xf=None, permille=False):
    """ratio (Fraction) -> '98.7%' style string (display == token)."""
    mul = 1000 if permille else 100
    ds = g_dec(Fraction(ratio) * mul, d, trunc)
    if xf:
        ds = xf(ds)
    return g_pct_fmt(c, ds, ns, sign, permille)


def g_pct_fmt(c, ds, ns=None, sign=None, permille=False):
    """ASCII decimal string (in percent) -> displayed percentage token."""
    ns = ns or c.ns
    if ns == "cn" and not permille:
        return "百分之" + g_cn_decstr(ds.lstrip("-"))
    if ns in ("fw", "fwc", "fwdot"):
        body = ds.translate(G_FWD)
        if ns == "fwdot":
            body = body.replace(".", "．")
        return body + ("‰" if permille else (sign or "％"))
    if ns == "pdf" or ns == "brk" or ns == "comma":
        ns = "plain"
    return ds + ("‰" if permille else (sign or c.rng.choice(["%", "%", "%", "％"])))


# ---------------------------------------------------------------------
# error helpers for integer sums
# ---------------------------------------------------------------------
def g_err_exact(rng, vals):
    """inconsistent whole for an exhaustive ('合计') list.
    returns (whole, shown_vals, shown_idx, what)"""
    whole = sum(vals)
    k = len(vals)
    idx = list(range(k))
    kinds = ["transpose_whole", "transpose_part", "omit", "double", "off", "pct", "off_part"]
    while True:
        e = rng.choice(kinds)
        v = list(vals)
        if e == "transpose_whole":
            t = g_transpose(str(whole), rng)
            if t and int(t) != whole:
                return int(t), v, idx, f"whole written with transposed digits ({whole}->{t})"
        elif e == "transpose_part":
            j = rng.randrange(k)
            t = g_transpose(str(v[j]), rng)
            if t and int(t) != v[j]:
                old = v[j]
                v[j] = int(t)
                return whole, v, idx, f"part {j + 1} written with transposed digits ({old}->{t})"
        elif e == "omit" and k >= 3:
            j = rng.randrange(k)
            return whole, [x for a, x in enumerate(v) if a != j], [a for a in idx if a != j], \
                f"part {j + 1} ({v[j]}) left out of the listed parts but kept in the total"
        elif e == "double" and k >= 2:
            j = rng.randrange(k)
            return whole + v[j], v, idx, f"part {j + 1} counted twice in the total"
        elif e == "off":
            dlt = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 100]) * rng.choice([1, -1])
            if whole + dlt > 0:
                return whole + dlt, v, idx, f"total off by {dlt:+d}"
        elif e == "pct":
            f = Fraction(rng.randint(10, 30), 100) * rng.choice([1, -1])
            w2 = int(whole * (1 + f))
            if w2 != whole and w2 > 0:
                return w2, v, idx, f"total off by about {int(f * 100):+d}%"
        elif e == "off_part":
            j = rng.randrange(k)
            dlt = rng.choice([1, 2, 3, 5, 10, 11, 100]) * rng.choice([1, -1])
            if v[j] + dlt > 0:
                v[j] += dlt
                return whole, v, idx, f"part {j + 1} off by {dlt:+d}"


def g_err_over(rng, vals):
    """for '其中' lists: make the listed parts exceed the whole."""
    whole = sum(vals)
    k = len(vals)
    while True:
        e = rng.choice(["exclude", "transpose_whole", "off", "pct", "inflate", "transpose_part"])
        v = list(vals)
        if e == "exclude" and k >= 2:
            j = rng.randrange(k)
            return whole - v[j], v, f"total leaves out part {j + 1} ({v[j]}), listed parts exceed it"
        if e == "transpose_whole":
            t = g_transpose(str(whole), rng)
            if t and int(t) < whole:
                return int(t), v, f"total written with transposed digits ({whole}->{t}), parts exceed it"
        if e == "off":
            dlt = rng.choice([1, 2, 3, 4, 5, 8, 10, 12, 20, 100])
            if whole - dlt > max(v):
                return whole - dlt, v, f"total short by {dlt}"
        if e == "pct":
            f = Fraction(rng.randint(10, 30), 100)
            w2 = int(whole * (1 - f))
            if w2 > 0 and w2 < whole:
                return w2, v, f"total about {int(f * 100)}% too small"
        if e == "inflate":
            j = rng.randrange(k)
            f = Fraction(rng.randint(10, 40), 100)
            nv = int(v[j] * (1 + f)) + 1
            v[j] = nv
            return whole, v, f"part {j + 1} inflated by about {int(f * 100)}%"
        if e == "transpose_part":
            j = rng.randrange(k)
            t = g_transpose(str(v[j]), rng)
            if t and int(t) > v[j]:
                v[j] = int(t)
                return whole, v, f"part {j + 1} with transposed digits ({vals[j]}->{t})"


def g_omit(rng, k):
    """indices kept when a '其中' list is partial (negative)."""
    keep = rng.randint(1, k - 1)
    return sorted(rng.sample(range(k), keep))


def g_parts(rng, lo, hi, k):
    # values spread over magnitudes, not uniform
    out = []
    for _ in range(k):
        a = rng.random()
        v = int(lo + (hi - lo) * (a ** 1.7))
        out.append(max(lo, v))
    return out


# registry --------------------------------------------------------------
STYLES = []


def style(family, name, labels):
    def deco(fn):
        STYLES.append({"family": family, "name": name, "labels": labels, "fn": fn})
        return fn
    return deco


def chk_sum(whole, parts, mode="exact"):
    return {"rel": "sum_eq", "mode": mode, "whole": whole, "parts": list(parts)}


# =====================================================================
# GENERATOR -- family "totals"
# =====================================================================
def g_cnt(rng, kmin=2, kmax=4, maxhi=None, minhi=None, pool=None):
    dom, sub, mw, parts, lo, hi = rng.choice(pool or G_CNT)
    if maxhi:
        hi = min(hi, maxhi)
        lo = min(lo, max(1, hi // 3))
    if minhi:
        hi = max(hi, minhi)
    k = rng.randint(min(kmin, len(parts)), min(kmax, len(parts)))
    names = parts[:k] if rng.random() < 0.5 else g_pick(rng, parts, k)
    vals = g_parts(rng, lo, hi, k)
    return dom, sub, mw, names, vals


def g_verb_total(rng, k=None):
    opts = ["合计", "共计", "总计", "以上合计", "累计", "总数为", "共"]
    if k == 2:
        opts += ["两项合计", "两类合计", "二者合计"]
    if k == 3:
        opts += ["三项合计", "三类共计"]
    if k == 4:
        opts += ["四项合计"]
    return rng.choice(opts)


def g_apply_exact(rng, L, vals):
    """returns whole, vals, shown, what for an exhaustive list"""
    if L == "C":
        return sum(vals), list(vals), list(range(len(vals))), "parts add up to the stated total"
    return g_err_exact(rng, vals)


def g_apply_partial(rng, L, vals):
    if L == "C":
        return sum(vals), list(vals), list(range(len(vals))), "'其中' parts add up exactly to the whole"
    if L == "I":
        w, v, what = g_err_over(rng, vals)
        return w, v, list(range(len(v))), what
    keep = g_omit(rng, len(vals))
    return sum(vals), [vals[j] for j in keep], keep, "partial '其中' list: named parts stay below the whole (not wrong)"


def g_generic_sum(c, rng, L, dom, sub, mw, names, vals):
    """one of several ordinary whole/parts sentences (used by the formatting styles)"""
    form = rng.choice(["qz", "heji", "fenbie", "colon"])
    if form == "qz":
        whole, v, shown, what = g_apply_partial(rng, L, vals)
        W = c.i(whole)
        P = [c.i(x) for x in v]
        items = "、".join(f"{names[j]}{P[a]}{mw}" for a, j in enumerate(shown))
        text = f"{c.time()}{sub}{W}{mw}，其中{items}。"
        return text, what, [chk_sum(W, P, "partial")]
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    if form == "heji":
        items = "、".join(f"{n}{p}{mw}" for n, p in zip(nm, P))
        text = f"{c.time()}{sub}：{items}，{g_verb_total(rng, len(P))}{W}{mw}。"
    elif form == "fenbie":
        text = f"{sub}{W}{mw}，{'、'.join(nm[:-1])}和{nm[-1]}分别为{'、'.join(P)}{mw}。" if len(nm) > 1 else None
        if text is None:
            return None
    else:
        items = "；".join(f"{n}{p}{mw}" for n, p in zip(nm, P))
        text = f"{sub}总数：{W}{mw}。分类情况：{items}。"
    return text, what, [chk_sum(W, P)]


@style("totals", "t_qizhong_list", "CIN")
def _t_qizhong_list(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    if L == "N" and len(vals) < 2:
        return None
    whole, v, shown, what = g_apply_partial(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    head = rng.choice([f"{c.pl}{sub}共{W}{mw}", f"{c.time()}{sub}{W}{mw}",
                       f"全{c.pl[-1]}{sub}总数达到{W}{mw}", f"{sub}合计{W}{mw}", f"现有{sub}{W}{mw}"])
    items = [f"{names[j]}{P[a]}{mw}" for a, j in enumerate(shown)]
    sep = rng.choice(["、", "、", "，", "；"])
    tail = "等" if L == "N" and rng.random() < 0.3 else ""
    qz = rng.choice(["，其中", "。其中，", "，其中：", "，其中有", "（其中"])
    text = head + qz + sep.join(items) + tail + ("）。" if qz == "（其中" else "。")
    return c.fin(text, dom), what, [chk_sum(W, P, "partial")]


@style("totals", "t_qizhong_colon_lines", "CIN")
def _t_qizhong_colon(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    whole, v, shown, what = g_apply_partial(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    lines = rng.random() < 0.5
    joiner = "；\n" if lines else "；"
    items = joiner.join(rng.choice([f"{names[j]}：{P[a]}{mw}", f"{names[j]}为{P[a]}{mw}", f"{names[j]}{P[a]}{mw}"])
                        for a, j in enumerate(shown))
    text = rng.choice([f"{sub}：{W}{mw}。其中：" + ("\n" if lines else ""),
                       f"{c.time()}累计{sub}{W}{mw}。其中，",
                       f"{sub}总量{W}{mw}，具体为（其中）：" + ("\n" if lines else "")]) + items + "。"
    return c.fin(text, dom), what, [chk_sum(W, P, "partial")]


@style("totals", "t_heji_after", "CI")
def _t_heji_after(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    items = rng.choice(["、", "，", "；"]).join(f"{n}{p}{mw}" for n, p in zip(nm, P))
    text = rng.choice([f"{c.time()}{sub}情况：{items}，{g_verb_total(rng, len(P))}{W}{mw}。",
                       f"{items}，{g_verb_total(rng, len(P))}{W}{mw}（{sub}）。",
                       f"{c.pl}{sub}{items}，{g_verb_total(rng, len(P))}为{W}{mw}。"])
    return c.fin(text, dom), what, [chk_sum(W, P)]


@style("totals", "t_fenbie", "CI")
def _t_fenbie(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    if len(shown) < 2:
        return None
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    nlist = "、".join(nm[:-1]) + rng.choice(["和", "、", "及"]) + nm[-1]
    plist = rng.choice(["、", "，"]).join(p + (mw if rng.random() < 0.5 else "") for p in P[:-1]) + "、" + P[-1] + mw
    text = rng.choice([f"{c.time()}{sub}{W}{mw}，{nlist}分别为{plist}。",
                       f"{nlist}分别{rng.choice(['完成', '达到', '有'])}{plist}，{sub}{g_verb_total(rng, len(P))}{W}{mw}。",
                       f"{sub}总数为{W}{mw}。按类别分，{nlist}依次为{plist}。"])
    return c.fin(text, dom), what, [chk_sum(W, P)]


G_ORG = [
    ("企业", "家", ["国有企业", "民营企业", "外资企业"], 1, 120),
    ("学校", "所", ["公办学校", "民办学校"], 2, 90),
    ("医院", "家", ["公立医院", "民营医院"], 1, 40),
    ("旅游景区", "家", ["5A级景区", "4A级景区", "3A级景区"], 1, 25),
    ("村（社区）", "个", ["行政村", "社区"], 3, 180),
    ("养老机构", "家", ["公办机构", "民办机构", "公建民营机构"], 1, 30),
    ("重点项目", "个", ["新建项目", "续建项目", "前期项目"], 2, 80),
    ("示范合作社", "家", ["国家级示范社", "省级示范社", "市级示范社"], 1, 40),
    ("定点医药机构", "家", ["定点医疗机构", "定点零售药店"], 10, 400),
    ("孵化载体", "个", ["国家级众创空间", "省级孵化器", "市级孵化器"], 1, 15),
    ("执法检查对象", "家", ["危化品企业", "工贸企业", "建筑施工企业", "人员密集场所"], 3, 160),
]


@style("totals", "t_number_before_name", "CI")
def _t_num_before(rng, L):
    c = Ctx(rng)
    noun, mw, parts, lo, hi = rng.choice(G_ORG)
    k = rng.randint(2, len(parts))
    names = g_pick(rng, parts, k)
    vals = g_parts(rng, lo, hi, k)
    form = rng.randrange(4)
    if form == 0:
        whole, v, shown, what = g_apply_partial(rng, L, vals)
    else:
        whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    if form == 0:
        items = "、".join(f"{p}{mw}为{n}" for n, p in zip(nm, P))
        text = f"全{c.pl[-1]}共有{W}{mw}{noun}，其中{items}。"
        mode = "partial"
    elif form == 1:
        items = "、".join(f"{p}{mw}{n}" for n, p in zip(nm, P))
        text = f"{c.time()}纳入统计的{noun}包括{items}，共{W}{mw}。"
        mode = "exact"
    elif form == 2:
        items = "，".join(f"{n}{p}{mw}" if a % 2 == 0 else f"{p}{mw}属{n}" for a, (n, p) in enumerate(zip(nm, P)))
        text = f"{noun}合计{W}{mw}：{items}。"
        mode = "exact"
    else:
        items = "、".join(f"{p}{mw}{n}" for n, p in zip(nm, P))
        text = f"{W}{mw}{noun}中，{items}，无其他类型。"
        mode = "exact"
    return c.fin(text, "企业"), what, [chk_sum(W, P, mode)]


@style("totals", "t_across_sentences", "CI")
def _t_across(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 3)
    k = len(vals)
    towns = g_towns(rng, k)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    tw = [towns[j] for j in shown]
    sents = []
    for a, (t, p) in enumerate(zip(tw, P)):
        sents.append(rng.choice([f"{t}{sub}{p}{mw}", f"{t}完成{p}{mw}", f"{t}方面，共{p}{mw}",
                                 f"在{t}，{sub}达到{p}{mw}"]))
    cnt = g_cn_int(len(tw)) if rng.random() < 0.5 else str(len(tw))
    tot = rng.choice([f"{cnt}个乡镇（街道）合计{W}{mw}", f"以上{cnt}地共{W}{mw}",
                      f"上述{cnt}地{sub}总计{W}{mw}"])
    if rng.random() < 0.5:
        text = "。".join(sents) + "。" + tot + "。"
    else:
        text = tot + "。" + "。".join(sents) + "。"
    return c.fin(text, dom), what, [chk_sum(W, P)]


@style("totals", "t_lines_plain", "CI")
def _t_lines(rng, L):
    c = Ctx(rng, punct="fw")
    dom, sub, mw, names, vals = g_cnt(rng, 2, 6)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    sp = rng.choice([" ", "  ", "：", "\t", " "])
    rows = [f"{n}{sp}{p}{mw}" for n, p in zip(nm, P)]
    tot = rng.choice(["合计", "总计", "小计", "全年"]) + sp + W + mw
    head = rng.choice([f"{sub}情况如下：", f"{sub}（单位：{mw}）", f"{c.yr}年{sub}"])
    if rng.random() < 0.7:
        text = head + "\n" + "\n".join(rows) + "\n" + tot
    else:
        text = head + "\n" + tot + "\n" + "\n".join(rows)
    return c.fin(text, dom), what, [chk_sum(W, P)]


def g_enum_style(rng, L, marks, joiner):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    items = joiner.join(f"{marks[a]}{rng.choice([f'{n}{p}{mw}', f'{n}：{p}{mw}', f'{n}共{p}{mw}'])}"
                        for a, (n, p) in enumerate(zip(nm, P)))
    if rng.random() < 0.5:
        text = f"{c.time()}{sub}{W}{mw}。具体为：{items}。"
    else:
        text = f"{sub}情况：{items}。{g_verb_total(rng, len(P))}{W}{mw}。"
    return c.fin(text, dom), what, [chk_sum(W, P)]


@style("totals", "t_circled", "CI")
def _t_circled(rng, L):
    return g_enum_style(rng, L, "①②③④⑤⑥", rng.choice(["；", "，", "；\n", ""]))


@style("totals", "t_paren_numbered", "CI")
def _t_paren(rng, L):
    m = rng.choice([["(1)", "(2)", "(3)", "(4)", "(5)"], ["（1）", "（2）", "（3）", "（4）", "（5）"],
                    ["1.", "2.", "3.", "4.", "5."], ["1、", "2、", "3、", "4、", "5、"]])
    return g_enum_style(rng, L, m, rng.choice(["；", "\n", "；\n"]))


@style("totals", "t_yishi_ershi", "CI")
def _t_yishi(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    ords = ["一是", "二是", "三是", "四是", "五是"]
    items = "；".join(f"{ords[a]}{rng.choice(['', '完成', '核定'])}{n}{p}{mw}" for a, (n, p) in enumerate(zip(nm, P)))
    kcn = g_cn_int(len(P), liang=True)
    if rng.random() < 0.5:
        text = f"{items}。{kcn}项合计{W}{mw}。"
    else:
        text = f"围绕{sub}，{c.time()}共完成{W}{mw}：{items}。"
    return c.fin(text, dom), what, [chk_sum(W, P)]


@style("totals", "t_diyi_dier", "CI")
def _t_diyi(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 4)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    ords = ["第一", "第二", "第三", "第四", "第五"]
    items = "".join(f"{ords[a]}，{n}{p}{mw}。" for a, (n, p) in enumerate(zip(nm, P)))
    text = rng.choice([f"从构成看：{items}以上{g_cn_int(len(P), True)}类共{W}{mw}。",
                       f"{sub}{W}{mw}。{items}"])
    return c.fin(text, dom), what, [chk_sum(W, P)]


def g_table(rng, L, sepkind):
    c = Ctx(rng, punct="fw")
    dom, sub, mw, names, vals = g_cnt(rng, 2, 6)
    two = rng.random() < 0.4
    whole, v, shown, what = g_apply_exact(rng, L if not two or rng.random() < 0.5 else "C", vals)
    err_first = (L == "I") and (whole != sum(v) or len(shown) != len(vals))
    nm = [names[j] for j in shown]
    W = c.i(whole)
    P = [c.i(x) for x in v]
    checks = [chk_sum(W, P)]
    cols2 = None
    if two:
        prev = [max(1, int(x * rng.uniform(0.7, 1.2))) for x in vals]
        prev = [prev[j] for j in shown]
        if L == "I" and not err_first:
            pw, pv, psh, pwhat = g_err_exact(rng, prev)
            if len(psh) != len(prev):
                return None
            what = "previous-year column: " + pwhat
        else:
            pw, pv = sum(prev), prev
        cols2 = [c.i(x) for x in pv]
        PW = c.i(pw)
        checks.append(chk_sum(PW, cols2))
    hdr = ["项目", f"{c.yr}年（{mw}）"] + ([f"{c.yr - 1}年（{mw}）"] if two else [])
    rows = [[n, p] + ([cols2[a]] if two else []) for a, (n, p) in enumerate(zip(nm, P))]
    trow = [rng.choice(["合计", "总计", "全县合计"]), W] + ([PW] if two else [])
    if rng.random() < 0.75:
        allr = [hdr] + rows + [trow]
    else:
        allr = [hdr, trow] + rows
    if sepkind == "tab":
        body = "\n".join("\t".join(r) for r in allr)
    elif sepkind == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in allr]
        lines.insert(1, "|" + "---|" * len(hdr))
        body = "\n".join(lines)
    else:
        w = max(len(r[0]) for r in allr) + 2
        body = "\n".join(r[0] + "　" * (w - len(r[0])) + "    ".join(r[1:]) for r in allr)
    title = rng.choice([f"表{rng.randint(1, 9)}  {c.pl}{sub}情况", f"{sub}统计表", f"附表：{c.yr}年{sub}"])
    return c.fin(title + "\n" + body, dom), what, checks


@style("totals", "t_table_tab", "CI")
def _t_tab(rng, L):
    return g_table(rng, L, "tab")


@style("totals", "t_table_pipe", "CI")
def _t_pipe(rng, L):
    return g_table(rng, L, "pipe")


@style("totals", "t_table_spaces", "CI")
def _t_spaces(rng, L):
    return g_table(rng, L, "space")


@style("totals", "t_kv_lines", "CI")
def _t_kv(rng, L):
    c = Ctx(rng, punct="fw")
    dom, sub, mw, names, vals = g_cnt(rng, 2, 5)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    colon = rng.choice(["：", ":", "——", "…"])
    rows = [f"{n}{colon}{p}{mw}" for n, p in zip(nm, P)]
    text = f"【{sub}】\n" + "\n".join(rows) + f"\n{rng.choice(['合计', '总数', '共计'])}{colon}{W}{mw}"
    return c.fin(text, dom), what, [chk_sum(W, P)]


def g_money_parts(rng, kmin=2, kmax=4):
    dom, sub, parts, lo, hi = rng.choice(G_MON)
    k = rng.randint(kmin, min(kmax, len(parts)))
    names = parts[:k] if rng.random() < 0.5 else g_pick(rng, parts, k)
    vals = [Fraction(v) + Fraction(rng.randint(0, 99), 100) for v in g_parts(rng, lo, hi, k)]
    return dom, sub, names, vals


def g_money_err(rng, L, vals, partial):
    """errors in 万元 amounts (rounded displays need big errors)."""
    k = len(vals)
    whole = sum(vals)
    if L == "C":
        return whole, list(vals), list(range(k)), None, "parts add up to the total (within rounding)"
    if L == "N":
        keep = g_omit(rng, k)
        return whole, [vals[j] for j in keep], keep, None, "partial '其中' list below the whole"
    while True:
        e = rng.choice(["omit", "double", "pct", "slip_part", "transpose", "exclude"])
        v = list(vals)
        if partial and e in ("omit", "double"):
            continue
        if e == "omit" and k >= 3:
            j = rng.randrange(k)
            return whole, [x for a, x in enumerate(v) if a != j], [a for a in range(k) if a != j], None, \
                f"part {j + 1} left out of the listed parts"
        if e == "double":
            j = rng.randrange(k)
            return whole + v[j], v, list(range(k)), None, f"part {j + 1} counted twice in the total"
        if e == "exclude" and k >= 2:
            j = rng.randrange(k)
            if v[j] * 20 < whole:
                continue
            return whole - v[j], v, list(range(k)), None, f"total leaves out part {j + 1}"
        if e == "pct":
            f = Fraction(rng.randint(12, 30), 100) * (-1 if partial else rng.choice([1, -1]))
            return whole * (1 + f), v, list(range(k)), None, f"total off by {int(f * 100):+d}%"
        if e == "slip_part":
            j = rng.randrange(k)
            if not partial:
                return whole, v, list(range(k)), ("slip", j), f"part {j + 1}: 万/亿 slip in its unit"
        if e == "transpose":
            return whole, v, list(range(k)), ("transpose", None), "digits of the total transposed"


@style("totals", "t_money_mixed_units", "CI")
def _t_money_mixed(rng, L):
    c = Ctx(rng)
    dom, sub, names, vals = g_money_parts(rng)
    partial = rng.random() < 0.5
    whole, v, shown, special, what = g_money_err(rng, L, vals, partial)
    wmode = "yi2" if whole >= 10000 else "wan"
    xf = None
    if special and special[0] == "transpose":
        xf = lambda ds: g_transpose(ds, rng) or ds
    Wd, Wt = g_money(c, whole, wmode, xf=xf)
    P = []
    for a, x in enumerate(v):
        m = rng.choice(["wan", "wan", "wan2", "yi2"]) if x >= 10000 else rng.choice(["wan", "wan2", "yuan"])
        if special and special[0] == "slip" and special[1] == a:
            if m.startswith("yi"):
                m = "wan2"
                d, t = g_money(c, Fraction(x) / 10000, m)      # 亿 figure written as 万
            else:
                d, t = g_money(c, x, m)
                d, t = d.replace("万元", "元"), t.replace("万", "")
        else:
            d, t = g_money(c, x, m)
        P.append((d, t))
    nm = [names[j] for j in shown]
    items = "、".join(f"{n}{d}" for n, (d, t) in zip(nm, P))
    if partial:
        text = rng.choice([f"{c.time()}{sub}{Wd}，其中{items}。", f"{sub}达{Wd}（其中{items}）。"])
    else:
        text = rng.choice([f"{sub}{Wd}，构成为：{items}。", f"{items}，{sub}{g_verb_total(rng, len(P))}{Wd}。"])
    return c.fin(text, dom), what, [chk_sum(Wt, [t for d, t in P], "partial" if partial else "exact")]


@style("totals", "t_people_wan_vs_ren", "CI")
def _t_people(rng, L):
    c = Ctx(rng)
    dom, sub, mw, parts, lo, hi = rng.choice(G_PPL)
    k = rng.randint(2, len(parts))
    names = g_pick(rng, parts, k)
    vals = g_parts(rng, lo, hi, k)
    whole, v, shown, special, what = g_money_err(rng, L, vals, False)
    xf = (lambda ds: g_transpose(ds, rng) or ds) if special and special[0] == "transpose" else None
    wm = rng.choice(["wan1", "wan2"])
    Wd, Wt = g_people(c, whole, wm, xf=xf)
    P = []
    for a, x in enumerate(v):
        m = rng.choice(["ren", "ren", "wan2"])
        if special and special[0] == "slip" and special[1] == a:
            d, t = g_people(c, x, "ren")
            d = t = g_fmt(rng, g_dec(Fraction(x) / 10000, 2), c.ns if c.ns != "cn" else "plain")  # 万 dropped
        else:
            d, t = g_people(c, x, m)
        P.append((d, t))
    nm = [names[j] for j in shown]
    items = "，".join(f"{n}{d}{mw}" for n, (d, t) in zip(nm, P))
    text = rng.choice([f"{c.time()}{sub}{Wd}{mw}，{items}。", f"{items}，{sub}合计{Wd}{mw}。"])
    return c.fin(text, dom), what, [chk_sum(Wt, [t for d, t in P])]


@style("totals", "t_decimal_amounts", "CI")
def _t_decimal(rng, L):
    c = Ctx(rng)
    dom, sub, names, vals = g_money_parts(rng, 2, 5)
    vals = [max(x, 600) for x in vals]
    whole, v, shown, special, what = g_money_err(rng, L, vals, False)
    mode = rng.choice(["yi2", "yi2", "wan2", "yi1"]) if min(vals) >= 3000 else "wan2"
    if mode == "yi1" and min(vals) < 5000:
        mode = "yi2"
    xf = (lambda ds: g_transpose(ds, rng) or ds) if special and special[0] == "transpose" else None
    Wd, Wt = g_money(c, whole, mode, xf=xf)
    P = []
    for a, x in enumerate(v):
        if special and special[0] == "slip" and special[1] == a:
            d, t = g_money(c, x, mode)
            if mode.startswith("yi"):
                d, t = d.replace("亿元", "万元"), t.replace("亿", "万")
            else:
                d, t = d.replace("万元", "亿元"), t.replace("万", "亿")
        else:
            d, t = g_money(c, x, mode)
        P.append((d, t))
    nm = [names[j] for j in shown]
    items = "；".join(f"{n}{d}" for n, (d, t) in zip(nm, P))
    text = rng.choice([f"{sub}{Wd}。分项看：{items}。", f"{c.time()}{sub}{Wd}，{items}。", f"{items}。以上共{Wd}。"])
    return c.fin(text, dom), what, [chk_sum(Wt, [t for d, t in P])]


G_CHG = [
    ("企业", "市场主体", "户", 800, 90000), ("科技", "高新技术企业", "家", 10, 600),
    ("卫生", "每千人口执业医师数对应的执业医师", "人", 200, 6000), ("教育", "在园幼儿", "人", 800, 30000),
    ("交通", "农村公路通车里程", "公里", 300, 6000), ("公安", "电信网络诈骗案件发案", "起", 30, 1500),
    ("法院", "未结案件", "件", 100, 5000), ("农业", "家庭农场", "家", 30, 2500),
    ("社保", "失业保险参保人数", "人", 2000, 90000), ("旅游", "星级农家乐", "家", 10, 400),
    ("住房", "住房公积金缴存职工", "人", 3000, 120000), ("水利", "农村供水工程", "处", 20, 900),
    ("扶贫", "防止返贫监测户", "户", 50, 3000), ("政务", "“一网通办”事项", "项", 100, 2500),
    ("环境", "黑臭水体", "处", 5, 80), ("安全", "生产安全事故", "起", 5, 200),
    ("民政", "养老机构床位", "张", 200, 9000), ("信访", "信访总量", "件", 100, 4000),
    ("文化", "图书馆藏书", "册", 20000, 900000),
]


G_FLOW = [
    ("公安", "电信网络诈骗案件发案", "起", 20, 900), ("安全", "生产安全事故", "起", 2, 90),
    ("政务", "网上办件", "件", 2000, 90000), ("企业", "新登记市场主体", "户", 300, 9000),
    ("社保", "城镇新增就业", "人", 300, 9000), ("卫生", "门急诊人次", "人次", 20000, 900000),
    ("旅游", "接待游客", "人次", 20000, 2000000), ("信访", "受理信访件", "件", 30, 900),
    ("法院", "新收案件", "件", 300, 9000), ("市场", "完成食品抽检", "批次", 100, 3000),
    ("交通", "查处超限超载车辆", "辆", 30, 2000), ("科技", "专利授权", "件", 50, 3000),
    ("住房", "新开工保障性住房", "套", 50, 3000), ("农业", "生猪出栏", "头", 2000, 90000),
    ("公安", "接处警", "起", 2000, 60000), ("民政", "办理婚姻登记", "对", 200, 5000),
]


def g_change_vals(rng, lo, hi, up):
    a = rng.randint(lo, hi)
    f = Fraction(rng.randint(3, 45), 100)
    d = max(1, int(a * f))
    b = a + d if up else a - d
    if b <= 0:
        b, d = a // 2, a - a // 2
    return a, b, d


def g_linear_err(rng, L, a, b, d, names=("start", "end")):
    """returns displayed (a,b,d) + what; relation: a + d == b"""
    if L == "C":
        return a, b, d, f"{names[0]} + change = {names[1]}"
    while True:
        e = rng.choice(["transpose_d", "transpose_b", "off", "pct", "swap_roles"])
        if e == "transpose_d":
            t = g_transpose(str(d), rng)
            if t and int(t) != d:
                return a, b, int(t), f"change written with transposed digits ({d}->{t})"
        elif e == "transpose_b":
            t = g_transpose(str(b), rng)
            if t and int(t) != b and int(t) > 0:
                return a, int(t), d, f"{names[1]} value with transposed digits ({b}->{t})"
        elif e == "off":
            k = rng.choice([1, 2, 3, 5, 10, 20, 100]) * rng.choice([1, -1])
            if d + k > 0:
                return a, b, d + k, f"change off by {k:+d}"
        elif e == "pct":
            f = Fraction(rng.randint(15, 40), 100)
            d2 = int(d * (1 + f * rng.choice([1, -1])))
            if d2 > 0 and d2 != d:
                return a, b, d2, "change off by 15-40%"
        elif e == "swap_roles":
            if b > a and b - a != a:
                return a, b, a, f"{names[0]} value written in place of the change"


@style("totals", "t_change_up", "CI")
def _t_change_up(rng, L):
    c = Ctx(rng)
    dom, sub, mw, lo, hi = rng.choice(G_CHG)
    a, b, d = g_change_vals(rng, lo, hi, True)
    a, b, d, what = g_linear_err(rng, L, a, b, d)
    A, B, D = c.i(a), c.i(b), c.i(d)
    text = rng.choice([f"{sub}由{c.yr - 1}年的{A}{mw}增至{B}{mw}，增加{D}{mw}。",
                       f"{sub}从{A}{mw}增加到{B}{mw}，净增{D}{mw}。",
                       f"{sub}达到{B}{mw}，较年初的{A}{mw}增加{D}{mw}。",
                       f"{sub}新增{D}{mw}，总数由{A}{mw}提升至{B}{mw}。"])
    return c.fin(text, dom), what, [{"rel": "linear", "terms": [["+", A], ["+", D]], "result": B}]


@style("totals", "t_change_down", "CI")
def _t_change_down(rng, L):
    c = Ctx(rng)
    dom, sub, mw, lo, hi = rng.choice(G_CHG)
    a, b, d = g_change_vals(rng, lo, hi, False)
    # relation b + d == a
    b2, a2, d2, what = g_linear_err(rng, L, b, a, d, names=("end", "start"))
    A, B, D = c.i(a2), c.i(b2), c.i(d2)
    text = rng.choice([f"{sub}由{A}{mw}降至{B}{mw}，减少{D}{mw}。",
                       f"{sub}从上年的{A}{mw}下降到{B}{mw}，减少了{D}{mw}。",
                       f"{sub}{B}{mw}，比上年（{A}{mw}）减少{D}{mw}。",
                       f"{sub}压减{D}{mw}，由{A}{mw}减至{B}{mw}。"])
    return c.fin(text, dom), what, \
        [{"rel": "linear", "terms": [["+", A], ["-", D]], "result": B}]


@style("totals", "t_yoy_delta_two_sentences", "CI")
def _t_yoy(rng, L):
    c = Ctx(rng)
    money = rng.random() < 0.4
    up = rng.random() < 0.6
    if money:
        dom, sub, names, vals = g_money_parts(rng, 1, 1)
        a = vals[0] + 500
        f = Fraction(rng.randint(4, 40), 100)
        b = a * (1 + f) if up else a * (1 - f)
        d = abs(b - a)
        mode = rng.choice(["wan", "yi2"]) if a >= 20000 else "wan"
        if L == "I":
            e = rng.choice(["pct", "slip", "transpose"])
            if e == "pct":
                d = d * (1 + Fraction(rng.randint(20, 50), 100) * rng.choice([1, -1]))
                what = "change off by 20-50%"
            elif e == "slip":
                d = d * 10
                what = "change off by a factor of ten"
            else:
                what = "digits of the change transposed"
        else:
            what = "last year +/- stated change = this year"
        Ad, At = g_money(c, a, mode)
        Bd, Bt = g_money(c, b, mode)
        xf = (lambda ds: g_transpose(ds, rng) or ds) if L == "I" and e == "transpose" else None
        Dd, Dt = g_money(c, d, mode, xf=xf)
        mw = ""
    else:
        dom, sub, mw, lo, hi = rng.choice(G_CHG)
        a, b, d = g_change_vals(rng, lo, hi, up)
        if up:
            a, b, d, what = g_linear_err(rng, L, a, b, d, names=("last year", "this year"))
        else:
            b, a, d, what = g_linear_err(rng, L, b, a, d, names=("this year", "last year"))
        Ad, Bd, Dd = c.i(a), c.i(b), c.i(d)
        At, Bt, Dt = Ad, Bd, Dd
    word = rng.choice(["增加", "增长", "多"]) if up else rng.choice(["减少", "下降", "少"])
    text = rng.choice([f"{c.yr - 1}年，{sub}为{Ad}{mw}。{c.yr}年{sub}{Bd}{mw}，比上年{word}{Dd}{mw}。",
                       f"{c.yr}年{sub}{Bd}{mw}，同比{word}{Dd}{mw}。上年同期为{Ad}{mw}。",
                       f"{sub}：本年{Bd}{mw}；上年{Ad}{mw}；{word}{Dd}{mw}。"])
    terms = [["+", At], ["+", Dt]] if up else [["+", At], ["-", Dt]]
    return c.fin(text, dom), what, [{"rel": "linear", "terms": terms, "result": Bt}]


@style("totals", "t_huanbi_month", "CI")
def _t_huanbi(rng, L):
    c = Ctx(rng)
    dom, sub, mw, lo, hi = rng.choice(G_CHG)
    up = rng.random() < 0.5
    a, b, d = g_change_vals(rng, lo, hi, up)
    if up:
        a, b, d, what = g_linear_err(rng, L, a, b, d, names=("previous month", "this month"))
    else:
        b, a, d, what = g_linear_err(rng, L, b, a, d, names=("this month", "previous month"))
    m = rng.randint(2, 12)
    A, B, D = c.i(a), c.i(b), c.i(d)
    w = "增加" if up else "减少"
    text = rng.choice([f"{m}月份{sub}{B}{mw}，环比{w}{D}{mw}（{m - 1}月份为{A}{mw}）。",
                       f"{m - 1}月{sub}{A}{mw}，{m}月{B}{mw}，环比{w}{D}{mw}。"])
    terms = [["+", A], ["+", D]] if up else [["+", A], ["-", D]]
    return c.fin(text, dom), what, [{"rel": "linear", "terms": terms, "result": B}]


@style("totals", "t_net_increase", "CI")
def _t_net(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("企业", "新登记市场主体", "注销", "户"), ("社保", "新增参保", "停保", "人"),
                       ("科技", "新认定高新技术企业", "到期未通过复审", "家"), ("住房", "新增公积金缴存职工", "销户", "人"),
                       ("教育", "转入学生", "转出", "人"), ("农业", "新注册家庭农场", "注销", "家"),
                       ("人事", "新录用人员", "退休和调出人员", "人")])
    dom, newv, outv, mw = subj
    a = rng.randint(50, 20000)
    b = rng.randint(5, a - 1)
    n = a - b
    # relation a - b = n
    if L == "C":
        what = "new - removed = net increase"
    else:
        e = rng.choice(["t", "off", "sum"])
        if e == "t" and g_transpose(str(n), rng):
            t = g_transpose(str(n), rng)
            if int(t) == n:
                return None
            n = int(t)
            what = "net figure with transposed digits"
        elif e == "sum":
            n = a + b
            what = "removals added instead of subtracted"
        else:
            k = rng.choice([1, 2, 3, 10, 30, 100]) * rng.choice([1, -1])
            if n + k <= 0:
                return None
            n += k
            what = f"net figure off by {k:+d}"
    A, B, N = c.i(a), c.i(b), c.i(n)
    text = rng.choice([f"{c.time()}{newv}{A}{mw}，{outv}{B}{mw}，净增{N}{mw}。",
                       f"{newv}{A}{mw}、{outv}{B}{mw}，两者相抵净增加{N}{mw}。",
                       f"净增{N}{mw}（{newv}{A}{mw}，{outv}{B}{mw}）。"])
    return c.fin(text, dom), what, [{"rel": "linear", "terms": [["+", A], ["-", B]], "result": N}]


G_STOCK = [
    ("社保", "低保对象", "户", "新增纳入", "退出保障"), ("扶贫", "监测对象", "户", "新识别", "风险消除"),
    ("法院", "执行案件", "件", "新收", "执结"), ("信访", "信访积案", "件", "新增", "化解"),
    ("安全", "安全隐患", "处", "新排查", "整改销号"), ("民政", "特困供养人员", "人", "新纳入", "退出"),
    ("教育", "在校生", "人", "转入", "转出及毕业"), ("企业", "规上工业企业", "家", "新入规", "退规"),
    ("卫生", "签约家庭医生", "人", "新增", "退出"), ("住房", "公租房在保家庭", "户", "新增保障", "退出"),
]


def g_stock_vals(rng, L):
    a = rng.randint(40, 9000)
    b = rng.randint(1, max(2, a // 3))
    d = rng.randint(1, max(2, a // 3))
    e = a + b - d
    if L == "C":
        return a, b, d, e, "start + new - removed = end"
    while True:
        k = rng.choice(["sign", "t", "off", "drop"])
        if k == "sign" and b != d:
            return a, b, d, a - b + d, "new and removed swapped in the end figure"
        if k == "t":
            t = g_transpose(str(e), rng)
            if t and int(t) != e:
                return a, b, d, int(t), f"end figure with transposed digits ({e}->{t})"
        if k == "off":
            o = rng.choice([1, 2, 3, 4, 6, 10, 12, 100]) * rng.choice([1, -1])
            if e + o > 0:
                return a, b, d, e + o, f"end figure off by {o:+d}"
        if k == "drop":
            return a, b, d, a + b, "removals not subtracted"


@style("totals", "t_stock_flow", "CI")
def _t_stock(rng, L):
    c = Ctx(rng)
    dom, obj, mw, inw, outw = rng.choice(G_STOCK)
    a, b, d, e, what = g_stock_vals(rng, L)
    A, B, D, E = c.i(a), c.i(b), c.i(d), c.i(e)
    text = rng.choice([f"年初在册{obj}{A}{mw}，全年{inw}{B}{mw}，{outw}{D}{mw}，年末在册{E}{mw}。",
                       f"{obj}：年初{A}{mw}，本年{inw}{B}{mw}、{outw}{D}{mw}，期末{E}{mw}。",
                       f"截至{c.yr}年底，{obj}{E}{mw}。年内{inw}{B}{mw}，{outw}{D}{mw}，年初为{A}{mw}。",
                       f"{c.yr}年初结转{obj}{A}{mw}，{inw}{B}{mw}，{outw}{D}{mw}，结存{E}{mw}。"])
    return c.fin(text, dom), what, [{"rel": "linear", "terms": [["+", A], ["+", B], ["-", D]], "result": E}]


@style("totals", "t_stock_flow_table", "CI")
def _t_stock_tab(rng, L):
    c = Ctx(rng, punct="fw")
    dom, obj, mw, inw, outw = rng.choice(G_STOCK)
    towns = g_towns(rng, rng.randint(2, 4))
    bad = rng.randrange(len(towns))
    rows = []
    checks = []
    what = "each row: start + new - removed = end"
    for k, t in enumerate(towns):
        a, b, d, e, w = g_stock_vals(rng, L if k == bad else "C")
        if k == bad and L == "I":
            what = f"row {t}: {w}"
        r = [t, c.i(a), c.i(b), c.i(d), c.i(e)]
        rows.append(r)
        checks.append({"rel": "linear", "terms": [["+", r[1]], ["+", r[2]], ["-", r[3]]], "result": r[4]})
    sep = rng.choice(["\t", " | ", "  "])
    hdr = sep.join(["单位", "年初数", inw, outw, "年末数"])
    text = f"{obj}变动情况（单位：{mw}）\n{hdr}\n" + "\n".join(sep.join(r) for r in rows)
    return c.fin(text, dom), what, checks


@style("totals", "t_quarters_to_year", "CI")
def _t_quarters(rng, L):
    c = Ctx(rng)
    money = rng.random() < 0.5
    if money:
        dom, sub, names, vals = g_money_parts(rng, 1, 1)
        base = max(vals[0], 800)
        q = [base * Fraction(rng.randint(70, 130), 100) for _ in range(4)]
        mode = "yi2" if base >= 8000 else "wan"
    else:
        dom, sub, mw, lo, hi = rng.choice(G_FLOW)
        q = [rng.randint(lo, hi) for _ in range(4)]
    n = rng.choice([2, 3, 4])
    q = q[:n]
    tot = sum(q)
    shown = list(range(n))
    what = "quarters add up to the cumulative figure"
    if L == "I":
        e = rng.choice(["omit", "double", "pct"]) if money else rng.choice(["omit", "double", "pct", "t"])
        if e == "omit":
            j = rng.randrange(n)
            tot = sum(q) - q[j]
            what = f"cumulative total leaves out quarter {j + 1}"
        elif e == "double":
            j = rng.randrange(n)
            tot = sum(q) + q[j]
            what = f"quarter {j + 1} counted twice"
        elif e == "pct":
            tot = sum(q) * (1 + Fraction(rng.randint(12, 30), 100) * rng.choice([1, -1]))
            what = "cumulative figure off by 12-30%"
        else:
            t = g_transpose(str(int(tot)), rng)
            if not t or int(t) == tot:
                return None
            tot = int(t)
            what = "cumulative figure with transposed digits"
    qn = ["一季度", "二季度", "三季度", "四季度"]
    if money:
        Q = [g_money(c, x, mode) for x in q]
        T = g_money(c, tot, mode)
        parts = "，".join(f"{qn[a]}{Q[a][0]}" for a in shown)
        toks = [Q[a][1] for a in shown]
        Td, Tt = T
    else:
        Q = [c.i(x) for x in q]
        parts = "，".join(f"{qn[a]}{Q[a]}{mw}" for a in shown)
        toks = [Q[a] for a in shown]
        Td, Tt = c.i(tot) + mw, c.i(tot)
    lbl = {2: "上半年累计", 3: "前三季度累计", 4: "全年累计"}[n]
    text = rng.choice([f"{sub}分季度看：{parts}，{lbl}{Td}。", f"{lbl}{sub}{Td}，其中{parts}。"])
    mode_ = "partial" if "其中" in text else "exact"
    return c.fin(text, dom), what, [chk_sum(Tt, toks, mode_)]


@style("totals", "t_cumulative_months", "CI")
def _t_cummonths(rng, L):
    c = Ctx(rng)
    dom, sub, mw, lo, hi = rng.choice(G_FLOW)
    m = rng.randint(3, 11)
    a = rng.randint(lo, hi) * (m - 1)
    b = rng.randint(lo, hi)
    t = a + b
    what = "previous months' cumulative + this month = new cumulative"
    if L == "I":
        e = rng.choice(["off", "t", "month"])
        if e == "off":
            k = rng.choice([1, 2, 5, 10, 100]) * rng.choice([1, -1])
            t += k
            what = f"cumulative off by {k:+d}"
        elif e == "t":
            s = g_transpose(str(t), rng)
            if not s or int(s) == t:
                return None
            t = int(s)
            what = "cumulative with transposed digits"
        else:
            t = a + 2 * b
            what = "this month's figure added twice"
    A, B, T = c.i(a), c.i(b), c.i(t)
    text = rng.choice([f"1—{m - 1}月累计{sub}{A}{mw}，{m}月当月{B}{mw}，1—{m}月累计{T}{mw}。",
                       f"截至{m}月底，{sub}累计{T}{mw}；{m}月份当月{B}{mw}，此前各月累计{A}{mw}。"])
    return c.fin(text, dom), what, [{"rel": "linear", "terms": [["+", A], ["+", B]], "result": T}]


G_ITEMS = {
    ("住房", "重点工程", "项"): ["城乡供水一体化工程", "农村公路提质工程", "老旧管网改造工程", "背街小巷提升工程",
                          "智慧停车场建设工程", "口袋公园建设工程", "城市内涝治理工程", "垃圾分类处理中心工程", "滨河绿道工程"],
    ("公安", "专项行动", "个"): ["夏季治安打击整治行动", "护校安园行动", "电诈“断卡”行动", "道路交通“百日会战”",
                           "禁毒“清源”行动", "打击食药环犯罪行动", "扫黑除恶常态化行动"],
    ("政务", "工作制度", "项"): ["首问负责制", "限时办结制", "一次性告知制", "容缺受理制", "帮办代办制",
                           "周例会制度", "月通报制度", "好差评制度"],
    ("卫生", "惠民活动", "项"): ["健康义诊进村", "家庭医生签约服务", "老年人免费体检", "两癌筛查", "儿童口腔健康检查",
                           "慢病送药上门"],
    ("教育", "提升工程", "项"): ["薄弱学校改造工程", "智慧校园建设工程", "教师素质提升工程", "课后服务工程",
                           "校园安全“护苗”工程", "营养改善计划"],
    ("农业", "特色产业", "个"): ["茶叶", "食用菌", "中药材", "生态养殖", "稻渔综合种养", "林下经济", "精品水果"],
    ("环境", "攻坚战役", "场"): ["蓝天保卫战", "碧水保卫战", "净土保卫战", "柴油货车污染治理攻坚战",
                           "城市黑臭水体治理攻坚战", "农业农村污染治理攻坚战"],
    ("旅游", "精品线路", "条"): ["红色研学线", "古村落探访线", "滨湖骑行线", "茶香体验线", "温泉康养线", "非遗寻访线"],
    ("科技", "创新平台", "个"): ["工程技术研究中心", "重点实验室", "院士工作站", "博士后科研工作站",
                           "企业技术中心", "新型研发机构"],
    ("安全", "整治领域", "个"): ["燃气", "消防", "道路运输", "建筑施工", "危险化学品", "自建房", "特种设备"],
}


def g_count_pick(rng, kmin=3, kmax=6):
    key = rng.choice(sorted(G_ITEMS))
    dom, noun, mw = key
    pool = G_ITEMS[key]
    k = rng.randint(kmin, min(kmax, len(pool)))
    items = g_pick(rng, pool, k)
    rng.shuffle(items)
    return dom, noun, mw, items


def g_count_stated(rng, L, k, allow_less=True):
    if L == "C":
        return k, "stated count equals the number of listed items"
    while True:
        d = rng.choice([1, 1, 2, -1, -1, 3, -2])
        if k + d >= 2 and (allow_less or d > 0):
            return k + d, f"stated count {k + d} but {k} items listed"


def g_count_tok(rng, n):
    return g_cn_int(n, liang=True) if rng.random() < 0.6 else str(n)


@style("totals", "t_count_colon_list", "CI")
def _t_count_colon(rng, L):
    c = Ctx(rng)
    dom, noun, mw, items = g_count_pick(rng)
    n, what = g_count_stated(rng, L, len(items))
    N = g_count_tok(rng, n)
    sep = rng.choice(["、", "，", "；"])
    form = rng.randrange(4)
    if form == 1 and n > len(items):
        form = 0
    text = [f"{c.time()}共实施{N}{mw}{noun}：{sep.join(items)}。",
            f"重点推进{sep.join(items)}等{N}{mw}{noun}。",
            f"{N}{mw}{noun}（{sep.join(items)}）全部按期推进。",
            f"谋划了{N}{mw}{noun}，即{sep.join(items)}。"][form]
    chk = {"rel": "count", "stated": N, "items": items}
    if form == 1:
        chk["mode"] = "deng"
    return c.fin(text, dom), what, [chk]


@style("totals", "t_count_numbered", "CI")
def _t_count_num(rng, L):
    c = Ctx(rng)
    dom, noun, mw, items = g_count_pick(rng, 3, 6)
    n, what = g_count_stated(rng, L, len(items))
    N = g_count_tok(rng, n)
    marks = rng.choice(["①②③④⑤⑥⑦", ["一是", "二是", "三是", "四是", "五是", "六是", "七是"],
                        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], ["1.", "2.", "3.", "4.", "5.", "6.", "7."]])
    joiner = rng.choice(["；", "\n", "；\n"])
    body = joiner.join(f"{marks[a]}{it}" + rng.choice(["", "扎实推进", "顺利完成", "取得阶段性成效"])
                       for a, it in enumerate(items))
    text = f"{c.time()}重点抓好以下{N}{mw}{noun}：\n{body}。"
    return c.fin(text, dom), what, [{"rel": "count", "stated": N, "items": items}]


@style("totals", "t_count_places_deng", "CIN")
def _t_count_places(rng, L):
    c = Ctx(rng)
    k = rng.randint(2, 6)
    suf = rng.choice(["村", "社区", "镇", "个小区"])
    if suf == "个小区":
        names = [x[:-1] + "小区" for x in g_towns(rng, k)]
        mw, noun = "个", "小区"
    else:
        names = [x[:2] + suf for x in g_towns(rng, k)]
        mw, noun = "个", suf
    if L == "N":
        n = k + rng.randint(1, 4)
        what = "'等N个' with fewer names listed: list may be partial"
    elif L == "I":
        n = k - rng.randint(1, k - 1) if k >= 3 else k - 1
        if n < 1:
            return None
        what = f"'等{n}个' but {k} names listed"
    else:
        n, what = k, "names listed equal the stated number"
    N = g_count_tok(rng, n)
    verb = rng.choice(["完成改造", "实现全覆盖", "开展试点", "纳入整治范围", "建成示范点"])
    text = rng.choice([f"{'、'.join(names)}等{N}{mw}{noun}{verb}。",
                       f"{c.time()}{'、'.join(names[:-1])}和{names[-1]}等{N}{mw}{noun}已{verb}。" if k > 1 else ""])
    if not text:
        return None
    return c.fin(text, "住房"), what, [{"rel": "count", "stated": N, "items": names, "mode": "deng"}]


@style("totals", "t_nested_two_level", "CI")
def _t_nested(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 3, minhi=200)
    # split first part into 2-3 sub-parts
    j = 0
    k2 = rng.randint(2, 3)
    if mw in ("人", "名", "人次"):
        sub_names = rng.choice([["男性", "女性"], ["本地户籍", "外地户籍"], ["城镇", "农村"]])
    else:
        sub_names = rng.choice([["城区", "农村"], ["县城", "乡镇", "村级"], ["东片区", "西片区", "南片区"]])
    sub_names = sub_names[:k2]
    k2 = len(sub_names)
    if vals[0] < 10:
        vals[0] += 20
    cuts = sorted(rng.sample(range(1, vals[0]), k2 - 1))
    subs = [b - a for a, b in zip([0] + cuts, cuts + [vals[0]])]
    whole = sum(vals)
    what = "both levels add up"
    if L == "I":
        lvl = rng.choice(["top", "sub"])
        if lvl == "top":
            whole, v2, shown, what = g_err_exact(rng, vals)
            if len(shown) != len(vals) or v2[0] != vals[0]:
                return None
            vals = v2
            what = "top level: " + what
        else:
            v2 = list(subs)
            a = rng.randrange(k2)
            t = g_transpose(str(v2[a]), rng)
            v2[a] = int(t) if t and int(t) != v2[a] else v2[a] + rng.choice([3, 7, 10, 11])
            subs = v2
            what = f"sub-part {a + 1} of '{names[0]}' wrong, so the sub-parts miss their subtotal"
    W = c.i(whole)
    P = [c.i(x) for x in vals]
    S = [c.i(x) for x in subs]
    inner = "、".join(f"{sn}{s}{mw}" for sn, s in zip(sub_names, S))
    items = [f"{names[0]}{P[0]}{mw}（{inner}）"] + [f"{n}{p}{mw}" for n, p in zip(names[1:], P[1:])]
    text = f"{c.time()}{sub}{W}{mw}。按类别分：{'，'.join(items)}。"
    return c.fin(text, dom), what, [chk_sum(W, P), chk_sum(P[0], S)]


@style("totals", "t_balance_income_expense", "CI")
def _t_balance(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("财政", "收入总计", "支出总计", "年终结转结余"), ("社保", "基金收入", "基金支出", "当年结余"),
                       ("住房", "公积金缴存额", "提取额", "缴存余额增加"), ("企业", "营业收入", "营业成本及费用", "利润总额"),
                       ("扶贫", "村集体经济收入", "运营支出", "净收益"), ("卫生", "医院总收入", "总支出", "收支结余")])
    dom, inc, exp_, bal = subj
    x = rng.randint(3000, 900000)
    y = int(x * rng.uniform(0.55, 0.97))
    z = x - y
    mode = rng.choice(["wan", "yi2"]) if x >= 30000 else "wan"
    what = "income - expense = balance"
    e = None
    if L == "I":
        e = rng.choice(["sum", "pct", "t", "swap"])
        if e == "sum":
            z = x + y
            what = "balance computed as income + expense"
        elif e == "pct":
            z = z * (1 + Fraction(rng.randint(20, 60), 100) * rng.choice([1, -1]))
            what = "balance off by 20-60%"
        elif e == "swap":
            z = y - (x - y) if y > x - y else x - y + y // 2
            what = "balance inconsistent with income and expense"
        else:
            what = "balance with transposed digits"
    Xd, Xt = g_money(c, x, mode)
    Yd, Yt = g_money(c, y, mode)
    Zd, Zt = g_money(c, z, mode, xf=(lambda ds: g_transpose(ds, rng) or ds) if e == "t" else None)
    text = rng.choice([f"{c.yr}年{inc}{Xd}，{exp_}{Yd}，{bal}{Zd}。",
                       f"{bal}{Zd}（{inc}{Xd}减{exp_}{Yd}）。",
                       f"全年完成{inc}{Xd}；{exp_}{Yd}；收支相抵，{bal}{Zd}。"])
    return c.fin(text, dom), what, [{"rel": "linear", "terms": [["+", Xt], ["-", Yt]], "result": Zt}]


@style("totals", "t_budget_sources", "CI")
def _t_sources(rng, L):
    c = Ctx(rng)
    names = rng.choice([["上级补助收入", "本级一般公共预算收入", "上年结转", "调入资金"],
                        ["中央转移支付", "省级转移支付", "县级财政安排", "整合涉农资金"],
                        ["争取上级资金", "地方政府专项债券", "银行贷款", "企业自筹"]])
    k = rng.randint(2, len(names))
    names = g_pick(rng, names, k)
    vals = [Fraction(v) + Fraction(rng.randint(0, 99), 100) for v in g_parts(rng, 200, 90000, k)]
    whole, v, shown, special, what = g_money_err(rng, L, vals, False)
    mode = rng.choice(["wan", "wan2"])
    xf = (lambda ds: g_transpose(ds, rng) or ds) if special and special[0] == "transpose" else None
    Wd, Wt = g_money(c, whole, mode, xf=xf)
    P = []
    for a, x in enumerate(v):
        d, t = g_money(c, x, mode)
        if special and special[0] == "slip" and special[1] == a:
            d, t = d.replace("万元", "元"), t.replace("万", "")
        P.append((d, t))
    nm = [names[j] for j in shown]
    items = "，".join(f"{n}{d}" for n, (d, t) in zip(nm, P))
    text = rng.choice([f"项目资金来源：{items}，可用资金合计{Wd}。", f"{c.yr}年可统筹资金{Wd}，构成为：{items}。"])
    return c.fin(text, "财政"), what, [chk_sum(Wt, [t for d, t in P])]


@style("totals", "t_two_partitions", "CI")
def _t_two_part(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("人事", "干部职工", "名"), ("卫生", "在职医护人员", "人"), ("教育", "新招聘教师", "人"),
                       ("社保", "公益性岗位人员", "人"), ("公安", "辅警队伍", "人")])
    dom, sub, mw = subj
    whole = rng.randint(40, 3000)
    m = rng.randint(whole // 4, whole * 3 // 4)
    f_ = whole - m
    a1 = rng.randint(whole // 5, whole // 2)
    a2 = rng.randint(1, whole - a1 - 1)
    a3 = whole - a1 - a2
    what = "both breakdowns add up to the whole"
    if L == "I":
        which = rng.choice(["g", "a"])
        if which == "g":
            f_ += rng.choice([1, 2, 3, 5, 10, -1, -2, -4])
            what = "gender split does not add up"
        else:
            a3 += rng.choice([1, 2, 3, 6, 10, -1, -3])
            what = "age split does not add up"
        if f_ <= 0 or a3 <= 0:
            return None
    W, M, Fm, A1, A2, A3 = (c.i(x) for x in (whole, m, f_, a1, a2, a3))
    text = (f"现有{sub}{W}{mw}。从性别看，男性{M}{mw}，女性{Fm}{mw}；从年龄看，35岁以下{A1}{mw}，"
            f"36至50岁{A2}{mw}，51岁以上{A3}{mw}。")
    return c.fin(text, dom), what, [chk_sum(W, [M, Fm]), chk_sum(W, [A1, A2, A3])]


@style("totals", "t_age_range_names", "CI")
def _t_age(rng, L):
    c = Ctx(rng)
    dash = rng.choice(["—", "-", "～", "至"])
    k = rng.randint(3, 4)
    if k == 4:
        groups = [f"60{dash}69岁", f"70{dash}79岁", f"80{dash}89岁", "90岁及以上"]
    else:
        groups = [f"60{dash}69岁", f"70{dash}79岁", "80岁及以上"]
    vals = sorted(g_parts(rng, 5, 30000, k), reverse=True)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [groups[j] for j in shown]
    subj = rng.choice(["60岁以上户籍老年人", "享受高龄津贴和养老服务补贴的老年人", "签约家庭医生的老年人"])
    items = "，".join(f"{n}{p}人" for n, p in zip(nm, P))
    text = rng.choice([f"全{c.pl[-1]}{subj}{W}人，按年龄段分：{items}。", f"{items}，{subj}合计{W}人。"])
    return c.fin(text, "民政"), what, [chk_sum(W, P)]


@style("totals", "t_two_years_sum", "CI")
def _t_two_years(rng, L):
    c = Ctx(rng)
    dom, sub, mw, lo, hi = rng.choice(G_FLOW)
    ny = rng.choice([2, 3])
    vals = [rng.randint(lo, hi) for _ in range(ny)]
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    if len(shown) != ny:
        return None
    W = c.i(whole)
    P = [c.i(x) for x in v]
    yrs = [c.yr - ny + 1 + a for a in range(ny)]
    items = "、".join(f"{y}年{p}{mw}" for y, p in zip(yrs, P))
    lbl = g_cn_int(ny, liang=True) + "年"
    text = rng.choice([f"{sub}：{items}，{lbl}合计{W}{mw}。", f"近{lbl}累计{sub}{W}{mw}（{items}）。"])
    return c.fin(text, dom), what, [chk_sum(W, P)]


@style("totals", "t_towns_long_list", "CI")
def _t_towns(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 1, 1)
    k = rng.randint(5, 9)
    towns = g_towns(rng, k)
    _, _, _, _, lo, hi = [x for x in G_CNT if x[1] == sub][0]
    vals = g_parts(rng, max(1, lo), max(lo + 5, hi // 4), k)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [towns[j] for j in shown]
    items = rng.choice(["、", "，", "；"]).join(f"{n}{p}{mw}" for n, p in zip(nm, P))
    text = rng.choice([f"分乡镇看，{items}，全{c.pl[-1]}合计{W}{mw}。", f"{sub}{W}{mw}，各乡镇（街道）分别为：{items}。"])
    return c.fin(text, dom), what.replace("part", "town"), [chk_sum(W, P)]


def g_fmt_style(rng, L, ns=None, punct=None, maxhi=None):
    c = Ctx(rng, ns=ns, punct=punct)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 4, maxhi=maxhi)
    out = g_generic_sum(c, rng, L, dom, sub, mw, names, vals)
    if out is None:
        return None
    text, what, checks = out
    return c.fin(text, dom), what, checks


@style("totals", "t_fullwidth_digits", "CI")
def _t_fw(rng, L):
    return g_fmt_style(rng, L, ns=rng.choice(["fw", "fwc"]))


@style("totals", "t_chinese_numerals", "CI")
def _t_cn(rng, L):
    return g_fmt_style(rng, L, ns="cn", maxhi=rng.choice([60, 150, 1200]))


@style("totals", "t_pdf_spaces", "CI")
def _t_pdf(rng, L):
    return g_fmt_style(rng, L, ns="pdf")


@style("totals", "t_number_broken_across_lines", "CI")
def _t_brk(rng, L):
    c = Ctx(rng, ns="plain")
    dom, sub, mw, names, vals = g_cnt(rng, 2, 4, minhi=1000)
    vals = [v + 100 for v in vals]
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = g_fmt(rng, str(whole), "brk")
    P = [g_fmt(rng, str(x), rng.choice(["brk", "comma", "plain"])) for x in v]
    nm = [names[j] for j in shown]
    items = "、".join(f"{n}{p}{mw}" for n, p in zip(nm, P))
    text = f"{c.time()}{sub}合计{W}{mw}，{items}。"
    return c.fin(text, dom, wrap=False), what, [chk_sum(W, P)]


@style("totals", "t_ascii_punctuation", "CI")
def _t_ascii(rng, L):
    return g_fmt_style(rng, L, punct="hw")


@style("totals", "t_missing_punctuation", "CI")
def _t_nopunct(rng, L):
    return g_fmt_style(rng, L, punct="none", ns=rng.choice(["plain", "comma"]))


@style("totals", "t_meeting_minutes", "CI")
def _t_minutes(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 4)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    who = rng.choice(["分管副县长", "局长", "主任", "党组书记"])
    dept = c.pl + rng.choice(G_DEPT.get(dom, ["办公室"]))
    items = "，".join(f"{n}{p}{mw}" for n, p in zip(nm, P))
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    text = (f"{m}月{d}日，{who}主持召开专题会议。{dept}汇报：{c.time()}{sub}{W}{mw}，"
            f"其构成为{items}。会议指出，要进一步压实责任。")
    return c.fin(text, dom, wrap=False), what, [chk_sum(W, P)]


@style("totals", "t_inspection_rectify", "CI")
def _t_inspect(rng, L):
    c = Ctx(rng)
    nent = rng.randint(5, 300)
    found = rng.randint(nent, nent * 6)
    done = rng.randint(found // 2, found)
    doing = found - done
    what = "rectified + in progress = found"
    if L == "I":
        e = rng.choice(["off", "t", "double"])
        if e == "off":
            doing += rng.choice([1, 2, 3, 5, 8, 10])
            what = "in-progress figure too large"
        elif e == "t":
            t = g_transpose(str(found), rng)
            if not t or int(t) == found:
                return None
            found = int(t)
            what = "total found with transposed digits"
        else:
            found = done + doing + rng.randint(1, max(2, doing))
            what = "total found larger than rectified + pending"
    E, Fd, D, G = c.i(nent), c.i(found), c.i(done), c.i(doing)
    area = rng.choice(["安全生产", "消防安全", "食品安全", "燃气安全", "自建房安全", "特种设备安全"])
    text = rng.choice([f"检查组共检查{area}重点单位{E}家，发现问题隐患{Fd}处，已整改{D}处，正在整改{G}处。",
                       f"本轮{area}督查发现问题{Fd}个，其中已整改到位{D}个、限期整改{G}个，涉及检查对象{E}家。"])
    return c.fin(text, "安全"), what, [chk_sum(Fd, [D, G], "partial" if "其中" in text else "exact")]


@style("totals", "t_selfassess_indicators", "CI")
def _t_selfassess(rng, L):
    c = Ctx(rng)
    names = ["产出指标", "效益指标", "满意度指标", "成本指标"]
    k = rng.randint(3, 4)
    names = names[:k]
    vals = [rng.randint(2, 18) for _ in names]
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    N = rng.random() < 0.5
    W = c.i(whole, ns="cn" if N else None)
    P = [c.i(x, ns="cn" if N else None) for x in v]
    nm = [names[j] for j in shown]
    items = "、".join(f"{n}{p}个" for n, p in zip(nm, P))
    ok = rng.randint(1, max(1, whole - 1))
    text = (f"本项目共设置三级绩效指标{W}个，{rng.choice(['分为', '按类型分：', '具体为'])}{items}。经评价，已完成指标{c.i(ok)}个，"
            f"自评得分{rng.randint(80, 99)}分。")
    return c.fin(text, "财政"), what, [chk_sum(W, P)]


@style("totals", "t_area_mu_with_hectare_distractor", "CI")
def _t_area(rng, L):
    c = Ctx(rng)
    dom, sub, parts = rng.choice(G_AREA)
    k = rng.randint(2, len(parts))
    names = parts[:k]
    vals = g_parts(rng, 200, 200000, k)
    whole, v, shown, special, what = g_money_err(rng, L, vals, False)
    wm = "wan1" if whole >= 100000 else ("wan2" if whole >= 20000 else "ren")
    xf = (lambda ds: g_transpose(ds, rng) or ds) if special and special[0] == "transpose" else None
    Wd, Wt = g_people(c, whole, wm, xf=xf)
    P = []
    for a, x in enumerate(v):
        m = "ren" if x < 50000 else rng.choice(["ren", "wan2"])
        d, t = g_people(c, x, m)
        if special and special[0] == "slip" and special[1] == a:
            if m == "ren":
                d = t = g_fmt(rng, g_dec(Fraction(x) / 10000, 2), c.ns if c.ns != "cn" else "plain")
            else:
                d = t = g_fmt(rng, str(int(x)), c.ns if c.ns != "cn" else "plain") + "万"
        P.append((d, t))
    nm = [names[j] for j in shown]
    items = "、".join(f"{n}{d}亩" for n, (d, t) in zip(nm, P))
    ha = rng.randint(30, 5000)
    text = rng.choice([f"{sub}{Wd}亩，其中{items}；另完成湿地修复{c.i(ha)}公顷。",
                       f"{items}，{sub}合计{Wd}亩（不含林地抚育{c.i(ha)}公顷）。"])
    mode = "partial" if "其中" in text else "exact"
    if mode == "partial" and L == "I" and special is None and "omit" in what:
        return None
    return c.fin(text, dom), what, [chk_sum(Wt, [t for d, t in P], mode)]


@style("totals", "t_pair_two_items", "CI")
def _t_pair(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 2)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    if len(shown) != 2:
        return None
    W = c.i(whole)
    A, B = c.i(v[0]), c.i(v[1])
    n1, n2 = names
    text = rng.choice([f"{n1}{A}{mw}、{n2}{B}{mw}，两项合计{W}{mw}。", f"{n1}和{n2}共{W}{mw}，分别为{A}{mw}和{B}{mw}。",
                       f"{sub}中，{n1}与{n2}合计{W}{mw}（前者{A}{mw}，后者{B}{mw}）。",
                       f"{n1}{A}{mw}，加上{n2}{B}{mw}，总量达到{W}{mw}。"])
    return c.fin(text, dom), what, [chk_sum(W, [A, B])]


@style("totals", "t_zongshu_colon_first", "CI")
def _t_zongshu(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 4)
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    items = "，".join(f"{n}占{p}{mw}" if rng.random() < 0.4 else f"{n}{p}{mw}" for n, p in zip(nm, P))
    text = rng.choice([f"{sub}总数：{W}{mw}。{items}。", f"总计：{W}{mw}（{sub}）。分类：{items}。",
                       f"{sub}总量为{W}{mw}，分布如下：{items}。"])
    return c.fin(text, dom), what, [chk_sum(W, P)]


@style("totals", "t_bracket_qizhong_money", "CI")
def _t_bracket_money(rng, L):
    c = Ctx(rng)
    dom, sub, names, vals = g_money_parts(rng, 2, 4)
    whole, v, shown, special, what = g_money_err(rng, L, vals, True)
    mode = rng.choice(["wan", "wan", "wan2"])
    xf = (lambda ds: g_transpose(ds, rng) or ds) if special and special[0] == "transpose" else None
    Wd, Wt = g_money(c, whole, mode, xf=xf)
    P = [g_money(c, x, mode) for x in v]
    nm = [names[j] for j in shown]
    items = "、".join(f"{n}{d}" for n, (d, t) in zip(nm, P))
    text = rng.choice([f"{c.time()}{sub}{Wd}（其中{items}）。", f"落实{sub}{Wd}(其中:{items})。"])
    return c.fin(text, dom), what, [chk_sum(Wt, [t for d, t in P], "partial")]


@style("totals", "t_bracket_exhaustive", "CI")
def _t_bracket_ex(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("社保", "救助困难群众", "人次", ["城市", "农村"]), ("人事", "培训干部", "人次", ["男性", "女性"]),
                       ("教育", "资助学生", "人", ["公办学校", "民办学校"]), ("卫生", "接种疫苗", "剂次", ["第一剂次", "第二剂次", "加强针"]),
                       ("公安", "办理户籍业务", "笔", ["窗口办理", "网上办理"]), ("交通", "发放驾驶证", "本", ["首次申领", "换证", "补证"])])
    dom, sub, mw, names = subj
    vals = g_parts(rng, 20, 30000, len(names))
    whole, v, shown, what = g_apply_exact(rng, L, vals)
    W = c.i(whole)
    P = [c.i(x) for x in v]
    nm = [names[j] for j in shown]
    items = "，".join(f"{n}{p}{mw}" for n, p in zip(nm, P))
    text = f"{c.time()}{sub}{W}{mw}（{items}）。"
    return c.fin(text, dom), what, [chk_sum(W, P)]


# ---------------------------------------------------------------------
# totals: negatives (look-alikes with nothing checkable)
# ---------------------------------------------------------------------
def g_lone(c, rng, lo=20, hi=9000):
    dom, sub, mw, names, vals = g_cnt(rng, 1, 1)
    n = rng.randint(lo, hi)
    N = c.i(n)
    return dom, sub, mw, N


@style("totals", "tn_document_numbers", "N")
def _tn_doc(rng, L):
    c = Ctx(rng)
    abbr = c.pl[0] + rng.choice(["政办发", "财预", "卫健发", "教发", "农发", "政发", "安委办", "人社发"])
    y = c.yr
    no1, no2 = rng.randint(1, 160), rng.randint(1, 160)
    br = rng.choice([("〔", "〕"), ("[", "]"), ("（", "）"), ("〔", "〕")])
    D1 = f"{abbr}{br[0]}{y}{br[1]}{no1}号"
    D2 = f"{abbr}{br[0]}{y - 1}{br[1]}{no2}号"
    dom, sub, mw, N = g_lone(c, rng)
    text = rng.choice([f"根据《{c.pl}关于进一步加强{G_TOPIC.get(dom, '重点工作')}的实施意见》（{D1}）要求，{c.time()}{sub}{N}{mw}。",
                       f"按照{D1}和{D2}文件精神，{sub}{N}{mw}，相关工作有序推进。",
                       f"{sub}{N}{mw}，已按{D1}文件规定报送备案（同时废止{D2}）。"])
    return c.fin(text, dom), "document numbers next to a lone total", \
        [{"rel": "none", "tokens": [D1, N], "why": "document number + single figure"}]


@style("totals", "tn_dates_and_times", "N")
def _tn_dates(rng, L):
    c = Ctx(rng)
    y = c.yr
    m1 = rng.randint(1, 10)
    m2 = rng.randint(m1 + 1, 12)
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    dom, sub, mw, N = g_lone(c, rng)
    h1, h2 = rng.randint(8, 10), rng.randint(16, 18)
    span = rng.choice([f"{y}年{m1}月{d1}日至{m2}月{d2}日", f"{y}.{m1}.{d1}—{y}.{m2}.{d2}", f"{m1}月{d1}日—{m2}月{d2}日",
                       f"{y}年1—{m2}月", f"{m1}月{d1}日{h1}:00至{h2}:30"])
    text = rng.choice([f"{span}，集中开展{G_TOPIC.get(dom, '专项')}攻坚，{sub}{N}{mw}。",
                       f"{sub}{N}{mw}（统计时段：{span}）。",
                       f"自{span}，累计{sub}{N}{mw}，{m2}月{d2}日前全部建档。"])
    return c.fin(text, dom), "dates/times look like several numbers; only one total", \
        [{"rel": "none", "tokens": [span, N], "why": "dates and times"}]


@style("totals", "tn_phone_numbers", "N")
def _tn_phone(rng, L):
    c = Ctx(rng)
    area = "0" + str(rng.randint(310, 999))
    tel = f"{area}-{rng.randint(2, 8)}{rng.randint(100, 999)}{rng.randint(1000, 9999)}"
    tel2 = rng.choice(["12345", "12315", "110", "0" + str(rng.randint(10, 99)) + "-" + str(rng.randint(60000000, 89999999)),
                       f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])
    dom, sub, mw, N = g_lone(c, rng)
    text = rng.choice([f"公布监督举报电话{tel}，开通{tel2}热线专席，{c.time()}{sub}{N}{mw}。",
                       f"{sub}{N}{mw}。群众可拨打{tel}或{tel2}反映问题。",
                       f"咨询电话：{tel}；投诉电话：{tel2}。{sub}{N}{mw}。"])
    return c.fin(text, dom), "phone numbers, not quantities", \
        [{"rel": "none", "tokens": [tel, tel2, N], "why": "phone numbers"}]


G_CODES = [
    ("教育", "深化“1+X”证书制度试点，{n}名学生取得职业技能等级证书"),
    ("企业", "新建5G基站{n}个，实现重点区域5G信号全覆盖"),
    ("环境", "PM2.5平均浓度为{x}微克/立方米，PM10平均浓度为{y}微克/立方米"),
    ("交通", "G{g}国道改造工程完成路基{n}公里，S{s}省道完成路面{m}公里"),
    ("教育", "“3+2”中高职贯通培养招生{n}人"),
    ("企业", "110kV和220kV输变电工程新增变电容量{n}千伏安"),
    ("卫生", "推行“1+1+N”家庭医生签约服务模式，组建团队{n}个"),
    ("政务", "推行“7×24小时”不打烊自助服务，布设自助终端{n}台"),
    ("社保", "落实“4050”人员社保补贴{n}人"),
    ("科技", "建成“1+5+N”科技服务体系，服务企业{n}家"),
    ("公安", "在G{g}沿线设置“5+1”智能卡口{n}处"),
    ("扶贫", "推广“334”帮扶模式，结对帮扶{n}户"),
]


@style("totals", "tn_codes_and_formulas", "N")
def _tn_codes(rng, L):
    c = Ctx(rng)
    picks = rng.sample(G_CODES, 2)
    toks = []
    sents = []
    for dom, tpl in picks:
        vals = {"n": c.i(rng.randint(3, 3000)), "x": str(rng.randint(18, 60)), "y": str(rng.randint(30, 90)),
                "g": str(rng.choice([205, 318, 320, 106, 227, 312])), "s": str(rng.randint(201, 330)),
                "m": c.i(rng.randint(2, 90))}
        s = tpl.format(**vals)
        sents.append(s)
        for key in ("n",):
            if "{n}" in tpl:
                toks.append(vals["n"])
    text = "；".join(sents) + "。"
    code = re.findall(r"“[^”]+”|PM2\.5|5G|G\d+|S\d+|\d+kV", text)
    return c.fin(text, picks[0][0]), "codes such as 1+X, 5G, PM2.5, G318 look like arithmetic", \
        [{"rel": "none", "tokens": code[:2] + toks, "why": "codes/formula-like names"}]


@style("totals", "tn_ranges", "N")
def _tn_ranges(rng, L):
    c = Ctx(rng)
    dash = rng.choice(["—", "-", "～", "至", "~"])
    a = rng.randint(2, 5)
    b = a + rng.randint(1, 5)
    lo = rng.randint(2, 9) * 100
    hi = lo + rng.randint(1, 6) * 100
    r1 = rng.choice([f"{a}{dash}{b}年", f"{a}{dash}{b}个工作日", f"每人每月{lo}{dash}{hi}元", f"{lo}{dash}{hi}平方米",
                     f"{a * 10}{dash}{b * 10}岁"])
    dom, sub, mw, N = g_lone(c, rng)
    text = rng.choice([f"对服务年限在{r1}的人员给予补贴，{c.time()}{sub}{N}{mw}。",
                       f"{sub}{N}{mw}，办理时限由原来的{r1}进一步压缩。",
                       f"按照{r1}的标准执行，惠及{sub}{N}{mw}。"])
    return c.fin(text, dom), "ranges (3-5年) are not subtractions", \
        [{"rel": "none", "tokens": [r1, N], "why": "range"}]


def g_nice(x, mode):
    """round x to 2 significant digits: mode round/ceil/floor."""
    x = int(x)
    mag = 10 ** max(0, len(str(x)) - 2)
    if mode == "round":
        return int((Fraction(x, mag) + Fraction(1, 2)) // 1) * mag
    if mode == "ceil":
        return -(-x // mag) * mag
    return x // mag * mag


@style("totals", "tn_approximate_whole", "N")
def _tn_approx(rng, L):
    c = Ctx(rng, ns=rng.choice(["plain", "comma"]))
    dom, sub, mw, names, vals = g_cnt(rng, 2, 4, minhi=300)
    vals = [v + 37 for v in vals]
    s = sum(vals)
    q = rng.choice(["约", "近", "超过", "逾", "余", "多"])
    mode = {"约": "round", "近": "ceil", "超过": "floor", "逾": "floor", "余": "floor", "多": "floor"}[q]
    w = g_nice(s, mode)
    if w == s:
        return None
    W = c.i(w)
    P = [c.i(x) for x in vals]
    items = "、".join(f"{n}{p}{mw}" for n, p in zip(names, P))
    if q in ("余", "多"):
        head = f"{sub}{W}{q}{mw}"
    else:
        head = f"{sub}{q}{W}{mw}"
    text = rng.choice([f"{c.time()}{head}，其中{items}。", f"{items}，{head}。"])
    return c.fin(text, dom), f"approximate whole ('{q}') with exact parts: cannot be judged wrong", \
        [{"rel": "approx", "qual": q, "stated": W, "parts": P}]


@style("totals", "tn_overlapping_groups", "N")
def _tn_overlap(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("人事", "干部", "名", ["党员", "女性", "35岁以下", "大学本科以上学历"]),
                       ("社保", "帮扶对象", "户", ["低保户", "残疾人家庭", "有学生家庭", "独居老人家庭"]),
                       ("卫生", "重点人群", "人", ["高血压患者", "糖尿病患者", "65岁以上老人", "孕产妇"]),
                       ("教育", "在校学生", "人", ["寄宿生", "留守儿童", "少数民族学生", "享受资助学生"]),
                       ("企业", "规上企业", "家", ["高新技术企业", "专精特新企业", "出口企业", "亿元以上企业"])])
    dom, sub, mw, groups = subj
    whole = rng.randint(60, 9000)
    k = rng.randint(2, 4)
    gs = groups[:k]
    vals = [rng.randint(whole // 3, whole - 1) for _ in gs]
    if sum(vals) <= whole:
        return None
    W = c.i(whole)
    P = [c.i(x) for x in vals]
    items = "、".join(f"{g}{p}{mw}" for g, p in zip(gs, P))
    text = f"{c.time()}{sub}共{W}{mw}，其中{items}。"
    return c.fin(text, dom), "overlapping groups of the same people: sum may exceed the whole", \
        [{"rel": "overlap", "whole": W, "parts": P}]


@style("totals", "tn_cumulative_since_year", "N")
def _tn_cum(rng, L):
    c = Ctx(rng)
    y0 = c.yr - rng.randint(3, 8)
    dom, sub, names, vals = g_money_parts(rng, 1, 1)
    tot = vals[0] * rng.randint(3, 8)
    this = vals[0]
    mode = "yi2" if tot >= 10000 else "wan"
    Td, Tt = g_money(c, tot, mode)
    Yd, Yt = g_money(c, this, mode)
    if rng.random() < 0.5:
        text = f"{y0}年以来，累计{sub}{Td}，其中{c.yr}年{Yd}。"
        chk = chk_sum(Tt, [Yt], "partial")
    else:
        text = rng.choice([f"{c.yr}年{sub}{Yd}；自{y0}年实施以来累计达{Td}。",
                           f"“十三五”以来累计{sub}{Td}，今年新增{Yd}。"])
        chk = {"rel": "none", "tokens": [Tt, Yt], "why": "cumulative since a year vs this year"}
    return c.fin(text, dom), "cumulative since an earlier year; other years not given", [chk]


@style("totals", "tn_plans_and_targets", "N")
def _tn_plan(rng, L):
    c = Ctx(rng)
    y = c.yr + 1
    a, b, t = rng.randint(2, 20), rng.randint(2, 30), rng.randint(500, 20000)
    A, B, T = c.i(a), c.i(b), c.i(t)
    text = rng.choice([f"{y}年计划新建学校{A}所、改扩建{B}所，力争新增学位{T}个。",
                       f"下一步，力争新增城镇就业{T}人以上，创建就业示范社区{A}个、零工市场{B}个。",
                       f"目标到{y + 2}年，建成美丽乡村示范村{A}个、精品村{B}个，带动农户{T}户以上。",
                       f"{y}年预期目标：新增规上企业{A}家以上，培育专精特新企业{B}家，新增市场主体{T}户。"])
    return c.fin(text, rng.choice(["教育", "社保", "农业", "企业"])), "plans/targets, no relation among the figures", \
        [{"rel": "none", "tokens": [A, B, T], "why": "targets"}]


@style("totals", "tn_single_totals", "N")
def _tn_single(rng, L):
    c = Ctx(rng)
    d1, s1, m1, N1 = g_lone(c, rng)
    d2, s2, m2, N2 = g_lone(c, rng)
    if s1 == s2:
        return None
    days = rng.choice(["5个工作日", "3个工作日", "1.5个工作日", "10个工作日"])
    text = rng.choice([f"{c.time()}{s1}{N1}{m1}，{s2}{N2}{m2}，平均办理时限压缩至{days}。",
                       f"{s1}{N1}{m1}；{s2}{N2}{m2}。"])
    return c.fin(text, d1), "stand-alone totals of different things", \
        [{"rel": "none", "tokens": [N1, N2], "why": "unrelated totals"}]


@style("totals", "tn_ordinals_and_rankings", "N")
def _tn_rank(rng, L):
    c = Ctx(rng)
    k = rng.randint(2, 9)
    n = rng.randint(8, 20)
    r = rng.randint(1, n)
    kk = rng.randint(2, 9)
    q = rng.choice(["一", "二", "三", "四"])
    text = rng.choice([f"连续{k}年获评全省平安县，在全市{n}个县（市、区）综合考核中排名第{r}位。",
                       f"第{q}季度考核位列第{r}名，连续{k}个季度保持全市前{kk}位。",
                       f"第{k}次党代会以来，{c.pl}连续{kk}年进入全省前{n}强，排名上升{r}位。"])
    return c.fin(text, "公安"), "ordinals, rankings, 'consecutive N years'", \
        [{"rel": "none", "tokens": [str(k), str(r)], "why": "ordinals"}]


@style("totals", "tn_change_without_base", "N")
def _tn_change(rng, L):
    c = Ctx(rng)
    dom, sub, mw, lo, hi = rng.choice(G_CHG)
    b = rng.randint(lo, hi)
    d = rng.randint(1, max(2, b // 3))
    B, D = c.i(b), c.i(d)
    text = rng.choice([f"{sub}达到{B}{mw}，比上年增加{D}{mw}。", f"{sub}净增{D}{mw}，总量{B}{mw}。",
                       f"{sub}较上年减少{D}{mw}，降幅居全市第一。", f"新增{sub}{D}{mw}，累计{B}{mw}。"])
    return c.fin(text, dom), "end value and change without the starting value", \
        [{"rel": "none", "tokens": [D], "why": "change without base"}]


G_SLOGANS = ["“三清两改一提升”", "“两不愁三保障”", "“一网通办”", "“四下基层”", "“五个一”", "“六稳”“六保”",
             "“一村一品”", "“三服务”", "“双减”", "“八八战略”", "“两个确保”", "“千万工程”", "“一件事一次办”", "“三个一批”"]


@style("totals", "tn_slogan_numerals", "N")
def _tn_slogan(rng, L):
    c = Ctx(rng)
    s1, s2 = rng.sample(G_SLOGANS, 2)
    dom, sub, mw, N = g_lone(c, rng)
    text = rng.choice([f"深入推进{s1}和{s2}，{sub}{N}{mw}。", f"以{s1}为抓手，落实{s2}要求，{c.time()}{sub}{N}{mw}。",
                       f"{s1}工作中，{sub}{N}{mw}。"])
    return c.fin(text, dom), "numerals inside slogans", [{"rel": "none", "tokens": [s1, N], "why": "slogans"}]


@style("totals", "tn_standards_raised", "N")
def _tn_std(rng, L):
    c = Ctx(rng)
    a = rng.randint(40, 90) * 10
    b = a + rng.randint(2, 12) * 10
    a2 = int(a * 0.8) // 10 * 10
    b2 = int(b * 0.8) // 10 * 10
    A, B, A2, B2 = (c.i(x) for x in (a, b, a2, b2))
    text = rng.choice([f"城乡低保标准分别由每人每月{A}元、{A2}元提高到{B}元、{B2}元。",
                       f"城市低保标准提高到每人每月{B}元，农村低保标准提高到每人每年{B2}元。",
                       f"特困人员基本生活标准不低于{B}元/月，照料护理标准分{A2}元、{B2}元两档。"])
    return c.fin(text, "社保"), "standards raised; no change amount stated", \
        [{"rel": "none", "tokens": [B], "why": "standards"}]


@style("totals", "tn_per_capita_values", "N")
def _tn_percap(rng, L):
    c = Ctx(rng)
    a = rng.randint(12000, 68000)
    b = rng.randint(300, 5000)
    h = rng.randint(2, 4)
    d = rng.randint(0, 9)
    A, B = c.i(a), c.i(b)
    text = rng.choice([f"农村居民人均可支配收入{A}元，脱贫户户均增收{B}元。",
                       f"人均住房建筑面积{rng.randint(30, 60)}.{d}平方米，户均人口{h}.{d}人。",
                       f"城镇居民人均消费支出{A}元，其中人均教育文化娱乐支出{B}元。"])
    return c.fin(text, "扶贫"), "per-capita and per-household values, no whole to check", \
        [{"rel": "none", "tokens": [t for t in (A, B) if t in text], "why": "per-capita"}]


@style("totals", "tn_grades_and_versions", "N")
def _tn_versions(rng, L):
    c = Ctx(rng)
    n = rng.randint(1, 12)
    N = c.i(n)
    text = rng.choice([f"新增国家4A级旅游景区{N}家，3A级景区提质工作同步推进。",
                       f"通过ISO9001质量管理体系认证企业{N}家，上线政务服务平台3.0版。",
                       f"编制“十四五”专项规划{N}部，第二批试点名单已公布。",
                       f"创建国家AAAA级物流企业{N}家，建成二级以上公路{rng.randint(10, 90)}公里。"])
    return c.fin(text, "旅游"), "grades/versions (4A, 3.0版, 十四五) are labels", \
        [{"rel": "none", "tokens": [N], "why": "grades, versions"}]


@style("totals", "tn_table_different_measures", "N")
def _tn_table(rng, L):
    c = Ctx(rng, punct="fw")
    rows = rng.sample([("床位数", "张"), ("卫生技术人员", "人"), ("医疗卫生机构", "个"), ("门诊诊疗", "万人次"),
                       ("住院人数", "人"), ("家庭医生签约", "人"), ("救护车", "辆")], 4)
    sep = rng.choice(["\t", " | ", "   "])
    lines = ["指标" + sep + "数值" + sep + "单位"]
    toks = []
    for name, unit in rows:
        v = c.i(rng.randint(20, 9000))
        toks.append(v)
        lines.append(name + sep + v + sep + unit)
    if rng.random() < 0.5:
        lines.append("注：数据截至" + str(c.yr) + "年12月31日")
    return c.fin("\n".join(lines), "卫生"), "table of different measures, nothing to add", \
        [{"rel": "none", "tokens": toks[:2], "why": "mixed measures"}]


@style("totals", "tn_partial_main_items", "N")
def _tn_main(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 3, 5)
    keep = g_omit(rng, len(vals))
    whole = sum(vals)
    W = c.i(whole)
    P = [c.i(vals[j]) for j in keep]
    items = "、".join(f"{names[j]}{p}{mw}" for j, p in zip(keep, P))
    text = rng.choice([f"{sub}{W}{mw}，主要有{items}等。", f"{sub}{W}{mw}，重点是{items}。",
                       f"{c.time()}{sub}{W}{mw}，以{items}为主。"])
    return c.fin(text, dom), "'主要有…等' names only the main parts", [chk_sum(W, P, "partial")]


@style("totals", "tn_parts_in_other_measures", "N")
def _tn_other(rng, L):
    c = Ctx(rng)
    w = rng.randint(300, 90000)
    a, b = rng.randint(2, 400), rng.randint(100, 90000)
    Wd, Wt = g_money(c, w, "wan")
    A, B = c.i(a), c.i(b)
    text = rng.choice([f"共投入资金{Wd}，新建污水管网{A}公里，改造雨污分流{B}户。",
                       f"完成投资{Wd}，实施项目{A}个，受益群众{B}人。",
                       f"整合资金{Wd}，硬化道路{A}公里，新增灌溉面积{B}亩。"])
    return c.fin(text, "水利"), "figures in different measures; no whole-part relation", \
        [{"rel": "none", "tokens": [Wt, A, B], "why": "different measures"}]


# =====================================================================
# GENERATOR -- family "pct"
# =====================================================================
G_RATE = [
    # dom, denominator phrase, numerator phrase, rate name, measure, den lo, den hi, rate lo, rate hi
    ("政务", "受理群众诉求", "办结", "办结率", "件", 800, 60000, 0.90, 0.999),
    ("市场", "抽检食品", "合格", "合格率", "批次", 300, 8000, 0.94, 0.995),
    ("法院", "受理各类案件", "审（执）结", "结案率", "件", 500, 20000, 0.80, 0.98),
    ("公安", "立刑事案件", "破获", "破案率", "起", 200, 5000, 0.35, 0.85),
    ("教育", "应届高校毕业生", "实现就业", "就业率", "人", 500, 12000, 0.85, 0.97),
    ("卫生", "适龄儿童", "完成免疫规划疫苗全程接种", "接种率", "人", 1000, 30000, 0.95, 0.995),
    ("社保", "应参保人员", "参加基本养老保险", "参保率", "人", 20000, 600000, 0.90, 0.99),
    ("住房", "计划改造老旧小区", "开工", "开工率", "个", 10, 200, 0.60, 1.0),
    ("扶贫", "监测对象", "落实帮扶措施", "帮扶覆盖率", "户", 100, 3000, 0.90, 1.0),
    ("安全", "排查发现隐患", "完成整改", "整改率", "处", 50, 5000, 0.85, 0.995),
    ("信访", "受理信访事项", "按期办结", "按期办结率", "件", 50, 3000, 0.90, 1.0),
    ("教育", "义务教育阶段适龄儿童少年", "在校就读", "入学率", "人", 3000, 90000, 0.995, 1.0),
    ("卫生", "辖区孕产妇", "接受系统管理", "孕产妇系统管理率", "人", 500, 9000, 0.90, 0.99),
    ("企业", "规上工业企业", "实现盈利", "盈利面", "家", 50, 900, 0.60, 0.92),
    ("交通", "建制村", "通客车", "通客车率", "个", 50, 400, 0.90, 1.0),
    ("政务", "政务服务事项", "实现“一网通办”", "网办率", "项", 300, 3000, 0.80, 0.99),
    ("司法", "调解矛盾纠纷", "调解成功", "调解成功率", "件", 100, 3000, 0.90, 0.99),
    ("人事", "应参训干部", "完成年度学时", "参训率", "人", 100, 3000, 0.90, 1.0),
    ("环境", "重点排污单位", "完成自动监控联网", "联网率", "家", 20, 400, 0.85, 1.0),
    ("农业", "耕地保护目标任务", "落实", "落实率", "万亩", 20, 90, 0.95, 1.0),
]


def g_rate_pick(rng, pool=None):
    dom, dp, np_, rn, mw, lo, hi, rlo, rhi = rng.choice(pool or G_RATE)
    den = rng.randint(lo, hi)
    r = rng.uniform(rlo, rhi)
    num = min(den, max(1, round(den * r)))
    return dom, dp, np_, rn, mw, num, den


def g_rate_err(rng, L, true, d, alts=(), permille=False, allow_over=False):
    """returns (ratio to display, digit transform or None, what)."""
    if L == "C":
        return true, None, "rate = numerator / denominator (rounded or truncated)"
    scale = 1000 if permille else 100
    unit = Fraction(1, 10 ** d) / scale
    opts = ["transpose", "off_rel", "off_units", "complement"] + ["wrong_base"] * (2 if alts else 0)
    for _ in range(50):
        e = rng.choice(opts)
        if e == "complement" and not permille and true < 1 and abs(1 - 2 * true) > Fraction(1, 10):
            return 1 - true, None, "complement (100 - r) stated instead of the rate"
        if e == "transpose":
            return true, (lambda ds: g_transpose(ds, rng) or ds), "digits of the rate transposed"
        if e == "off_rel":
            f = Fraction(rng.randint(10, 30), 100)
            r = true * (1 + f) if (rng.random() < 0.5 and (allow_over or true * (1 + f) <= 1)) else true * (1 - f)
            return r, None, f"rate off by about {int(f * 100)}% of its value"
        if e == "off_units":
            k = rng.randint(3, 15) * rng.choice([1, -1])
            r = true + k * unit
            if r > 0 and (allow_over or r <= 1):
                return r, None, f"rate off by {k:+d} units of its last digit"
        if e == "wrong_base" and alts:
            nm, r = rng.choice(list(alts))
            if r > 0 and abs(r - true) > 3 * unit:
                return r, None, f"rate computed over the wrong base ({nm})"
    return true * Fraction(3, 4), None, "rate 25% too low"


def g_rate_tok(c, rng, L, num, den, d=None, alts=(), permille=False, ns=None, allow_over=False):
    if d is None:
        d = rng.choice([1, 1, 1, 2, 2, 0])
    trunc = rng.random() < 0.2
    true = Fraction(num) / Fraction(den)
    r, xf, what = g_rate_err(rng, L, true, d, alts, permille, allow_over)
    R = g_pct(c, r, d, trunc, xf=xf, permille=permille, ns=ns)
    return R, what


def chk_pct(R, N, D, **kw):
    c = {"rel": "pct", "stated": R, "num": N, "den": D}
    c.update(kw)
    return c


@style("pct", "p_rate_after_counts", "CI")
def _p_rate_after(rng, L):
    c = Ctx(rng)
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    D, N = c.i(den), c.i(num)
    alts = [("denominator over numerator, inverted", Fraction(den, num))] if num < den * Fraction(98, 100) else ()
    R, what = g_rate_tok(c, rng, L, num, den, alts=alts, allow_over=bool(alts))
    text = rng.choice([f"{c.time()}{dp}{D}{mw}，{np_}{N}{mw}，{rn}{R}。",
                       f"{dp}{D}{mw}，其中{np_}{N}{mw}，{rn}达到{R}。",
                       f"共{dp}{D}{mw}，已{np_}{N}{mw}，{rn}为{R}。",
                       f"{dp}{D}{mw}、{np_}{N}{mw}，{rn}{R}，较好完成年度任务。"])
    return c.fin(text, dom), what, [chk_pct(R, N, D)]


@style("pct", "p_rate_first_bracket", "CI")
def _p_rate_first(rng, L):
    c = Ctx(rng)
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    D, N = c.i(den), c.i(num)
    R, what = g_rate_tok(c, rng, L, num, den)
    text = rng.choice([f"{rn}达{R}（{dp}{D}{mw}，{np_}{N}{mw}）。",
                       f"{rn}{R}，{dp}{D}{mw}中已{np_}{N}{mw}。",
                       f"{rn}为{R}。具体为：{dp}{D}{mw}，{np_}{N}{mw}。"])
    return c.fin(text, dom), what, [chk_pct(R, N, D)]


@style("pct", "p_pass_rate_from_failures", "CI")
def _p_fail(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("市场", "抽检食品", "批次", "不合格", "合格率"), ("市场", "抽检农产品", "批次", "检出不合格", "抽检合格率"),
                       ("住房", "检测建筑工程", "项", "不达标", "达标率"), ("环境", "检测饮用水样", "份", "超标", "水质达标率"),
                       ("交通", "检测公路桥梁", "座", "评定为四类", "一至三类桥梁占比")])
    dom, dp, mw, badw, rn = subj
    den = rng.randint(80, 9000)
    bad = rng.randint(1, max(2, den // 12))
    num = den - bad
    D, B = c.i(den), c.i(bad)
    R, what = g_rate_tok(c, rng, L, num, den, alts=[("failures over passes", 1 - Fraction(bad, num))])
    text = rng.choice([f"{c.time()}{dp}{D}{mw}，{badw}{B}{mw}，{rn}{R}。",
                       f"{dp}{D}{mw}，其中{badw}{B}{mw}，{rn}为{R}。",
                       f"{rn}{R}（共{dp}{D}{mw}，{badw}{B}{mw}）。"])
    return c.fin(text, dom), what + "; numerator = total - failures", \
        [chk_pct(R, {"sum": [D], "sub": [B]}, D)]


@style("pct", "p_completion_of_plan", "CI")
def _p_completion(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("企业", "年度计划投资", "完成投资", "完成年度计划的"), ("财政", "年度收入预算", "完成收入", "完成预算的"),
                       ("交通", "年度计划投资", "完成交通投资", "完成率"), ("扶贫", "下达衔接资金", "已拨付", "拨付进度"),
                       ("水利", "年度投资计划", "完成水利投资", "完成比例")])
    dom, pp_, dn, rn = subj
    plan = Fraction(rng.randint(2000, 400000))
    done = plan * Fraction(rng.randint(600, 1350), 1000) + Fraction(rng.randint(0, 99), 100)
    mode = rng.choice(["wan", "wan2", "yi2"]) if plan > 20000 else rng.choice(["wan", "wan2"])
    Pd, Pt = g_money(c, plan, mode)
    Ad, At = g_money(c, done, mode)
    R, what = g_rate_tok(c, rng, L, done, plan, d=rng.choice([1, 2]), allow_over=True,
                         alts=[("growth over plan", done / plan - 1)] if done > plan * Fraction(11, 10) else ())
    text = rng.choice([f"{pp_}{Pd}，{dn}{Ad}，{rn}{R}。", f"{dn}{Ad}，{rn}{R}（{pp_}{Pd}）。",
                       f"{c.time()}{dn}{Ad}，占{pp_}{Pd}的{R}。"])
    return c.fin(text, dom), what, [chk_pct(R, At, Pt)]


@style("pct", "p_coverage_of_villages", "CI")
def _p_coverage(rng, L):
    c = Ctx(rng)
    unitn = rng.choice(["行政村", "村（社区）", "自然村", "乡镇"])
    n = rng.randint(8, 420)
    m = rng.randint(max(1, n // 2), n)
    what_ = rng.choice(["5G网络覆盖", "生活垃圾集中收运", "村级综合服务站建设", "污水管网接入", "“雪亮工程”联网", "快递进村"])
    Nn, M = c.i(n), c.i(m)
    R, what = g_rate_tok(c, rng, L, m, n, d=rng.choice([0, 1, 1, 2]))
    text = rng.choice([f"全{c.pl[-1]}{Nn}个{unitn}中已有{M}个实现{what_}，覆盖率{R}。",
                       f"{what_}覆盖{M}个{unitn}，覆盖率达{R}，全{c.pl[-1]}共有{unitn}{Nn}个。",
                       f"{what_}：应覆盖{unitn}{Nn}个，已覆盖{M}个，覆盖率{R}。"])
    return c.fin(text, "住房"), what, [chk_pct(R, M, Nn)]


@style("pct", "p_budget_execution", "CI")
def _p_budget(rng, L):
    c = Ctx(rng)
    init = Fraction(rng.randint(300, 90000)) + Fraction(rng.randint(0, 99), 100)
    adj = init * Fraction(rng.randint(950, 1300), 1000)
    spent = adj * Fraction(rng.randint(700, 1000), 1000)
    I_, It = g_money(c, init, "wan2")
    A_, At = g_money(c, adj, "wan2")
    S_, St = g_money(c, spent, "wan2")
    alts = [("initial budget", spent / init)] if abs(adj - init) > init / 20 else ()
    R, what = g_rate_tok(c, rng, L, spent, adj, d=rng.choice([1, 2]), alts=alts, allow_over=True)
    text = rng.choice([f"年初预算{I_}，调整预算{A_}，实际支出{S_}，预算执行率{R}。",
                       f"{c.yr}年部门预算调整后为{A_}（年初预算{I_}），全年支出{S_}，执行率为{R}。",
                       f"全年预算数{A_}，执行数{S_}，预算执行率{R}。"])
    if "年初预算" not in text and alts and L == "I" and "wrong base" in what:
        return None
    return c.fin(text, "财政"), what + "; base = adjusted budget", [chk_pct(R, St, At)]


@style("pct", "p_permille_vital_rates", "CI")
def _p_permille(rng, L):
    c = Ctx(rng)
    pop = rng.randint(80000, 2500000)
    births = int(pop * rng.uniform(0.005, 0.011))
    deaths = int(pop * rng.uniform(0.005, 0.010))
    P_, Pt = g_people(c, pop, "wan2")
    B, Dd = c.i(births), c.i(deaths)
    kind = rng.choice(["birth", "death", "natural"])
    d = 2
    if kind == "natural":
        nat = births - deaths
        if nat <= 0:
            return None
        R, what = g_rate_tok(c, rng, L, nat, pop, d=d, permille=True)
        chk = chk_pct(R, {"sum": [B], "sub": [Dd]}, Pt)
        rn = "人口自然增长率"
    elif kind == "birth":
        R, what = g_rate_tok(c, rng, L, births, pop, d=d, permille=True,
                             alts=[("births minus deaths", Fraction(max(1, births - deaths), pop))] if births > deaths else ())
        chk = chk_pct(R, B, Pt)
        rn = "人口出生率"
    else:
        R, what = g_rate_tok(c, rng, L, deaths, pop, d=d, permille=True)
        chk = chk_pct(R, Dd, Pt)
        rn = "人口死亡率"
    text = rng.choice([f"年末户籍人口{P_}人。全年出生人口{B}人，死亡人口{Dd}人，{rn}{R}（按年末户籍人口计算）。",
                       f"全年出生{B}人、死亡{Dd}人，以年末户籍人口{P_}人计，{rn}为{R}。"])
    return c.fin(text, "卫生"), what, [chk]


def g_share_setup(rng, c):
    """whole and one part, either counts or money; returns display/tokens"""
    if rng.random() < 0.5:
        dom, sub, mw, names, vals = g_cnt(rng, 2, 4, minhi=100)
        whole = sum(vals) + rng.randint(0, sum(vals) // 3)
        j = rng.randrange(len(vals))
        W, P = c.i(whole), c.i(vals[j])
        return dom, sub, names[j], W + mw, P + mw, W, P, Fraction(vals[j], whole), vals, whole
    dom, sub, names, vals = g_money_parts(rng, 2, 4)
    whole = sum(vals)
    j = rng.randrange(len(vals))
    mode = "yi2" if whole > 30000 and vals[j] > 3000 else "wan"
    Wd, Wt = g_money(c, whole, mode)
    Pd, Pt = g_money(c, vals[j], mode)
    return dom, sub, names[j], Wd, Pd, Wt, Pt, vals[j] / whole, vals, whole


@style("pct", "p_share_of_whole", "CI")
def _p_share_of(rng, L):
    c = Ctx(rng)
    dom, sub, pname, Wd, Pd, Wt, Pt, true, vals, whole = g_share_setup(rng, c)
    num = true.numerator
    den = true.denominator
    R, what = g_rate_tok(c, rng, L, num, den, d=rng.choice([1, 1, 2]))
    text = rng.choice([f"{c.time()}{sub}{Wd}，其中{pname}{Pd}，占{sub}的{R}。",
                       f"{sub}{Wd}。{pname}{Pd}，占总量的{R}。",
                       f"{pname}{Pd}，占全部{sub}（{Wd}）的{R}。"])
    return c.fin(text, dom), what, [chk_pct(R, Pt, Wt)]


@style("pct", "p_bizhong_separate_sentences", "CI")
def _p_bizhong(rng, L):
    c = Ctx(rng)
    dom, sub, pname, Wd, Pd, Wt, Pt, true, vals, whole = g_share_setup(rng, c)
    R, what = g_rate_tok(c, rng, L, true.numerator, true.denominator, d=1)
    text = rng.choice([f"{c.yr}年{sub}{Wd}。……{pname}{Pd}，比重为{R}。",
                       f"{pname}{Pd}。{pname}占{sub}比重{R}。全年{sub}{Wd}。",
                       f"{sub}为{Wd}。\n从结构看，{pname}完成{Pd}，所占比重达到{R}。"])
    return c.fin(text, dom), what, [chk_pct(R, Pt, Wt)]


G_GROW = [
    ("财政", "一般公共预算收入", "money", 0, 0), ("企业", "规上工业企业营业收入", "money", 0, 0),
    ("旅游", "旅游综合收入", "money", 0, 0), ("企业", "社会消费品零售总额", "money", 0, 0),
    ("企业", "进出口总额", "money", 0, 0), ("财政", "税收收入", "money", 0, 0),
    ("旅游", "接待游客", "万人次", 30000, 9000000), ("交通", "快递业务量", "万件", 100000, 50000000),
    ("科技", "专利授权量", "件", 100, 9000), ("企业", "新登记市场主体", "户", 1000, 30000),
    ("政务", "网上办件量", "件", 5000, 900000), ("卫生", "门急诊人次", "人次", 50000, 3000000),
    ("公安", "电信诈骗案件发案数", "起", 50, 3000), ("安全", "生产安全事故起数", "起", 8, 300),
    ("农业", "粮食总产量", "吨", 20000, 900000), ("社保", "城镇新增就业", "人", 1000, 40000),
    ("法院", "执行到位金额", "money", 0, 0), ("住房", "商品房销售面积", "万平方米", 100000, 5000000),
]


def g_growth_err(rng, L, base, cur, d):
    true = Fraction(cur) / Fraction(base) - 1
    if L == "C":
        return true, None, "growth = (current - base) / base"
    unit = Fraction(1, 10 ** d) / 100
    for _ in range(50):
        e = rng.choice(["backward", "ratio", "transpose", "off_units", "off_rel", "sign"])
        if e == "backward":
            r = (Fraction(cur) - Fraction(base)) / Fraction(cur)
            if abs(r - true) > 3 * unit:
                return r, None, "growth computed over the current value instead of the base"
        if e == "ratio":
            return Fraction(cur) / Fraction(base), None, "current/base ratio stated as growth"
        if e == "transpose":
            return true, (lambda ds: g_transpose(ds, rng) or ds), "digits of the growth rate transposed"
        if e == "off_units":
            k = rng.randint(3, 20) * rng.choice([1, -1])
            return true + k * unit, None, f"growth off by {k:+d} units of its last digit"
        if e == "off_rel" and abs(true) > Fraction(5, 100):
            f = Fraction(rng.randint(15, 35), 100) * rng.choice([1, -1])
            return true * (1 + f), None, f"growth off by about {int(f * 100):+d}% of itself"
        if e == "sign" and abs(true) > Fraction(1, 100):
            return -true, None, "direction of change reversed"
    return true + 10 * unit, None, "growth off by 10 units"


def g_growth_tok(c, rng, L, base, cur, d=None, ns=None):
    if d is None:
        d = rng.choice([1, 1, 1, 2, 0])
    r, xf, what = g_growth_err(rng, L, base, cur, d)
    sign = 1 if r >= 0 else -1
    G = g_pct(c, abs(r), d, rng.random() < 0.15, xf=xf, ns=ns)
    word = rng.choice(["增长", "同比增长", "比上年增长", "增加", "上升"]) if sign > 0 else \
        rng.choice(["下降", "同比下降", "减少", "比上年下降"])
    return word, G, sign, what


def g_grow_pair(rng, c, kind, lo=-25, hi=40, vr=(60, 90000)):
    """base and current values and their display/tokens; growth lo..hi percent"""
    f = Fraction(1000 + rng.randint(lo * 10, hi * 10), 1000)
    if kind == "money":
        base = Fraction(rng.randint(3000, 900000)) + Fraction(rng.randint(0, 99), 100)
        cur = base * f
        if cur == base:
            cur += 1
        mode = rng.choice(["yi2", "wan"]) if base > 20000 else rng.choice(["wan", "wan2"])
        Bd, Bt = g_money(c, base, mode)
        Cd, Ct = g_money(c, cur, mode)
        return base, cur, Bd, Bt, Cd, Ct
    vlo, vhi = vr if vr and vr[1] else (60, 90000)
    if kind.startswith("万"):
        base = Fraction(rng.randint(vlo, vhi))
        cur = base * f
        Bd, Bt = g_people(c, base, "wan2")
        Cd, Ct = g_people(c, cur, "wan2")
        return base, cur, Bd + kind[1:], Bt, Cd + kind[1:], Ct
    base = rng.randint(vlo, vhi)
    cur = int(base * f)
    if cur == base:
        cur += 1
    return base, cur, c.i(base) + kind, c.i(base), c.i(cur) + kind, c.i(cur)


def chk_growth(G, sign, Bt, Ct):
    return {"rel": "growth", "stated": G, "sign": sign, "base": Bt, "cur": Ct}


@style("pct", "p_growth_same_sentence", "CI")
def _p_growth_same(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, -5, 40, (vlo, vhi))
    word, G, sign, what = g_growth_tok(c, rng, L, base, cur)
    text = rng.choice([f"{c.yr}年{item}{Cd}，比上年的{Bd}{word}{G}。",
                       f"{item}由上年的{Bd}{'增至' if cur > base else '降至'}{Cd}，{word}{G}。",
                       f"{item}{Cd}（上年{Bd}），{word}{G}。"])
    return c.fin(text, dom), what, [chk_growth(G, sign, Bt, Ct)]


@style("pct", "p_growth_base_other_sentence", "CI")
def _p_growth_other(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, -10, 35, (vlo, vhi))
    word, G, sign, what = g_growth_tok(c, rng, L, base, cur)
    text = rng.choice([f"{c.yr - 1}年，{c.pl}{item}为{Bd}。{c.yr}年，{item}达到{Cd}，{word}{G}。",
                       f"{c.yr}年{item}{Cd}，{word}{G}。（注：{c.yr - 1}年该项数据为{Bd}。）",
                       f"{item}{word}{G}，全年实现{Cd}。去年同期为{Bd}。"])
    return c.fin(text, dom), what, [chk_growth(G, sign, Bt, Ct)]


@style("pct", "p_decline", "CI")
def _p_decline(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice([g for g in G_GROW if g[1] in ("电信诈骗案件发案数", "生产安全事故起数", "商品房销售面积", "进出口总额",
                                                                 "门急诊人次", "税收收入", "新登记市场主体")])
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, -45, -3, (vlo, vhi))
    word, G, sign, what = g_growth_tok(c, rng, L, base, cur)
    text = rng.choice([f"{item}{Cd}，比上年（{Bd}）{word}{G}。", f"{item}由{Bd}降至{Cd}，{word}{G}。",
                       f"{item}{word}{G}，由{c.yr - 1}年的{Bd}减少到{Cd}。"])
    return c.fin(text, dom), what, [chk_growth(G, sign, Bt, Ct)]


@style("pct", "p_growth_table", "CI")
def _p_growth_table(rng, L):
    c = Ctx(rng, punct="fw")
    rows = rng.sample([g for g in G_GROW if g[2] != "money"], rng.randint(2, 4))
    bad = rng.randrange(len(rows))
    sep = rng.choice(["\t", " | ", "  "])
    lines = [sep.join(["指标", f"{c.yr}年", f"{c.yr - 1}年", "增长（%）"])]
    checks = []
    what = "each row: growth = (this year - last year) / last year"
    for k, (dom, item, kind, vlo, vhi) in enumerate(rows):
        base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, -20, 40, (vlo, vhi))
        r, xf, w = g_growth_err(rng, L if k == bad else "C", base, cur, 1)
        if k == bad and L == "I":
            what = f"row '{item}': {w}"
        ds = g_dec(r * 100, 1)
        if xf:
            ds = xf(ds)
        G = ds
        lines.append(sep.join([f"{item}（{kind.lstrip('万') if kind.startswith('万') else kind}）", Ct, Bt, G]))
        checks.append({"rel": "growth", "stated": G, "sign": 1, "base": Bt, "cur": Ct, "bare_pct": True})
    text = f"表{rng.randint(1, 6)} 主要指标完成情况\n" + "\n".join(lines)
    return c.fin(text, rows[0][0]), what + " (column in %, negative = decline)", checks


G_PP = [
    ("企业", "城镇化率"), ("环境", "森林覆盖率"), ("环境", "空气质量优良天数比例"), ("教育", "义务教育巩固率"),
    ("财政", "税收占一般公共预算收入比重"), ("科技", "研发经费投入强度"), ("企业", "高新技术产业增加值占规上工业比重"),
    ("水利", "农村自来水普及率"), ("法院", "一审服判息诉率"), ("司法", "调解成功率"), ("卫生", "居民健康素养水平"),
    ("社保", "城乡居民医保参保率"), ("政务", "全程网办率"), ("住房", "城市生活垃圾分类覆盖率"),
]


def g_pp_vals(rng, up):
    d = rng.choice([1, 1, 2])
    a = Fraction(rng.randint(2000, 9500), 100)
    delta = Fraction(rng.randint(3, 90), 10)
    b = a + delta if up else a - delta
    if b >= 100 or b <= 0:
        b = a + delta / 3 if up else a - delta / 3
    A = g_dec(a, d)
    B = g_dec(b, d)
    return d, A, B


@style("pct", "p_pp_up", "CI")
def _p_pp(rng, L, up=True):
    c = Ctx(rng)
    dom, item = rng.choice(G_PP)
    d, A, B = g_pp_vals(rng, up)
    sa = c.rng.choice(["%", "%", "％"])
    At, Bt = A + sa, B + sa
    diff = Fraction(B) - Fraction(A)
    pp = abs(diff)
    what = "points = end rate - start rate"
    as_pct = False
    if L == "I":
        e = rng.choice(["transpose", "off", "relative", "as_pct"])
        if e == "transpose":
            t = g_transpose(g_dec(pp, d), rng)
            if not t or Fraction(t) == pp:
                return None
            pp = Fraction(t)
            what = "points figure with transposed digits"
        elif e == "off":
            pp = pp + Fraction(rng.randint(3, 20), 10 ** d) * rng.choice([1, -1])
            if pp <= 0:
                return None
            what = "points figure off by several units"
        elif e == "relative":
            pp = abs(diff) / Fraction(A) * 100
            what = "relative change stated as percentage points"
        elif e == "as_pct":
            as_pct = True
            what = "percentage-point change written as a percent (relative growth would differ)"
    P = g_dec(pp, d)
    wu = rng.choice(["提高", "上升", "提升", "增加"]) if up else rng.choice(["下降", "降低", "回落", "减少"])
    if as_pct:
        Ps = P + "%"
        tail = f"{wu}{Ps}"
    else:
        Ps = P
        tail = f"{wu}{Ps}个百分点"
    text = rng.choice([f"{item}由{c.yr - 1}年的{At}{'提高到' if up else '下降到'}{Bt}，{tail}。",
                       f"{item}达到{Bt}，比上年{tail}（上年为{At}）。" if up else f"{item}为{Bt}，较上年{tail}（上年{At}）。",
                       f"{c.yr - 1}年{item}为{At}；{c.yr}年为{Bt}，{tail}。"])
    sign = 1 if up else -1
    if as_pct:
        chk = {"rel": "growth", "stated": Ps, "sign": sign, "base": At, "cur": Bt}
    else:
        chk = {"rel": "pp", "stated": Ps, "sign": sign, "from": At, "to": Bt}
    return c.fin(text, dom), what, [chk]


@style("pct", "p_pp_down", "CI")
def _p_pp_down(rng, L):
    return _p_pp(rng, L, up=False)


G_PARTS100 = [
    ("企业", "三次产业增加值", ["第一产业", "第二产业", "第三产业"]),
    ("企业", "年末常住人口", ["城镇人口", "乡村人口"]),
    ("教育", "在校生", ["公办学校在校生", "民办学校在校生"]),
    ("环境", "国省控断面", ["Ⅰ～Ⅲ类断面", "Ⅳ类断面", "Ⅴ类断面", "劣Ⅴ类断面"]),
    ("卫生", "总诊疗人次", ["医院", "基层医疗卫生机构", "其他医疗卫生机构"]),
    ("财政", "一般公共预算收入", ["税收收入", "非税收入"]),
    ("旅游", "接待游客", ["省内游客", "省外游客", "境外游客"]),
    ("法院", "结案方式", ["判决", "调解", "撤诉", "其他方式"]),
    ("人事", "干部年龄结构", ["35岁以下", "36—45岁", "46—55岁", "56岁以上"]),
    ("政务", "群众诉求受理渠道", ["电话", "网络平台", "来信来访"]),
    ("社保", "参保人员", ["职工参保", "城乡居民参保"]),
    ("农业", "农林牧渔业总产值", ["农业", "林业", "牧业", "渔业"]),
]


def g_shares(rng, k, d=1):
    vals = [rng.randint(50, 1000) for _ in range(k)]
    tot = sum(vals)
    return vals, [g_dec(Fraction(v * 100, tot), d) for v in vals]


@style("pct", "p_shares_sum_to_100", "CI")
def _p_sum100(rng, L):
    c = Ctx(rng)
    dom, sub, names = rng.choice(G_PARTS100)
    k = len(names)
    vals, S = g_shares(rng, k, rng.choice([1, 1, 2]))
    what = "shares of an exhaustive breakdown add up to 100%"
    if L == "I":
        e = rng.choice(["inflate", "transpose", "drop_digit"])
        j = rng.randrange(k)
        if e == "inflate":
            S[j] = g_dec(Fraction(S[j]) + rng.randint(2, 12), len(S[j].split(".")[1]) if "." in S[j] else 0)
            what = f"share {j + 1} inflated, shares sum past 100%"
        elif e == "transpose":
            t = g_transpose(S[j], rng)
            if not t or t == S[j]:
                return None
            S[j] = t
            what = f"share {j + 1} with transposed digits"
        else:
            S[j] = g_dec(Fraction(S[j]) / 2, len(S[j].split(".")[1]) if "." in S[j] else 0)
            what = f"share {j + 1} halved, shares fall short of 100%"
    sign = rng.choice(["%", "％"])
    T = [s + sign for s in S]
    items = "、".join(T)
    text = rng.choice([f"{sub}中，{'、'.join(names)}分别占{items}。",
                       f"从{sub}构成看，" + "，".join(f"{n}占{t}" for n, t in zip(names, T)) + "。",
                       f"{sub}按类别：" + "；".join(f"{n}{t}" for n, t in zip(names, T)) + "。"])
    return c.fin(text, dom), what, [{"rel": "sum100", "parts": T}]


@style("pct", "p_structure_ratio", "CI")
def _p_struct(rng, L):
    c = Ctx(rng)
    amts = [Fraction(rng.randint(300, 90000)) + Fraction(rng.randint(0, 99), 100) for _ in range(3)]
    amts[0] = amts[0] / 3
    tot = sum(amts)
    disp = [g_money(c, a, "yi2") for a in amts]
    tokens_amt = [t for d, t in disp]
    shares = [g_dec(a / tot * 100, 1) for a in amts]
    what = "ratio terms are the industries' shares of their sum"
    if L == "I":
        e = rng.choice(["swap", "transpose", "inflate"])
        if e == "swap":
            a, b = rng.sample(range(3), 2)
            if abs(Fraction(shares[a]) - Fraction(shares[b])) < 2:
                return None
            shares[a], shares[b] = shares[b], shares[a]
            what = "two ratio terms swapped"
        elif e == "transpose":
            j = rng.randrange(3)
            t = g_transpose(shares[j], rng)
            if not t or t == shares[j]:
                return None
            shares[j] = t
            what = f"ratio term {j + 1} with transposed digits"
        else:
            j = rng.randrange(3)
            shares[j] = g_dec(Fraction(shares[j]) + rng.randint(3, 9), 1)
            what = f"ratio term {j + 1} too large (terms sum past 100)"
    colon = rng.choice([":", "：", "∶"])
    ratio = colon.join(shares)
    G_, Gt = g_money(c, tot, "yi2")
    text = rng.choice([f"实现地区生产总值{G_}，其中第一产业增加值{disp[0][0]}，第二产业增加值{disp[1][0]}，"
                       f"第三产业增加值{disp[2][0]}，三次产业结构为{ratio}。",
                       f"三次产业结构调整为{ratio}。全年第一产业增加值{disp[0][0]}、第二产业{disp[1][0]}、第三产业{disp[2][0]}，"
                       f"合计{G_}。"])
    checks = [chk_sum(Gt, tokens_amt, "partial" if "其中" in text else "exact")]
    for s_, t in zip(shares, tokens_amt):
        checks.append(chk_pct(s_, t, tokens_amt, bare_pct=True))
    return c.fin(text, "企业"), what, checks


@style("pct", "p_part_shares_each", "CI")
def _p_part_shares(rng, L):
    c = Ctx(rng)
    dom, sub, mw, names, vals = g_cnt(rng, 2, 3, minhi=200)
    whole = sum(vals)
    W = c.i(whole)
    P = [c.i(v) for v in vals]
    d = rng.choice([1, 1, 2])
    bad = rng.randrange(len(vals))
    Rs = []
    what = "each share = part / whole"
    for j, v in enumerate(vals):
        alts = [(f"part {(j + 1) % len(vals) + 1}", Fraction(vals[(j + 1) % len(vals)], vals[j] + 1))]
        R, w = g_rate_tok(c, rng, L if j == bad else "C", v, whole, d=d, alts=alts)
        if j == bad and L == "I":
            what = f"share of part {j + 1}: {w}"
        Rs.append(R)
    items = "；".join(f"{n}{p}{mw}，占{r}" for n, p, r in zip(names, P, Rs))
    text = f"{c.time()}{sub}{W}{mw}。{items}。"
    checks = [chk_sum(W, P)] + [chk_pct(r, p, W) for r, p in zip(Rs, P)]
    return c.fin(text, dom), what, checks


@style("pct", "p_complement_rates", "CI")
def _p_complement(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("市场", "抽检", "批次", "合格", "合格率", "不合格率"), ("环境", "监测", "天", "优良", "优良率", "污染天数比例"),
                       ("教育", "体质健康测试学生", "人", "达标", "达标率", "未达标率"), ("住房", "验收工程", "项", "一次验收合格", "一次验收合格率", "不合格率")])
    dom, dp, mw, np_, rn1, rn2 = subj
    den = rng.randint(100, 9000) if dom != "环境" else rng.choice([365, 366, 362, 358])
    num = den - rng.randint(1, den // 8)
    if dom == "环境":
        dp = f"{c.yr}年有效监测"
    D, N = c.i(den), c.i(num)
    d = rng.choice([1, 2])
    ds1 = g_dec(Fraction(num * 100, den), d)
    R1 = g_pct_fmt(c, ds1)
    comp = 1 - Fraction(ds1) / 100
    what = "rate and its complement from the same counts"
    if L == "I":
        e = rng.choice(["off", "transpose"])
        if e == "off":
            comp = comp + Fraction(rng.randint(3, 30), 10 ** d) / 100 * rng.choice([1, -1])
            what = "complement rate does not complete 100%"
        else:
            t = g_transpose(g_dec(comp * 100, d), rng)
            if not t:
                return None
            comp = Fraction(t) / 100
            what = "complement rate with transposed digits"
        if comp <= 0:
            return None
    R2 = g_pct(c, comp, d)
    text = f"{c.time()}{dp}{D}{mw}，{np_}{N}{mw}，{rn1}{R1}，{rn2}{R2}。"
    return c.fin(text, dom), what, [chk_pct(R1, N, D), chk_pct(R2, {"sum": [D], "sub": [N]}, D), {"rel": "sum100", "parts": [R1, R2]}]


def g_quot_err(rng, L, true, d):
    if L == "C":
        return true, "stated figure = total / count"
    unit = Fraction(1, 10 ** d)
    e = rng.choice(["off_rel", "slip", "transpose", "off_units"])
    if e == "off_rel":
        f = Fraction(rng.randint(12, 35), 100) * rng.choice([1, -1])
        return true * (1 + f), f"average off by about {int(f * 100):+d}%"
    if e == "slip":
        return true * rng.choice([10, Fraction(1, 10)]), "average off by a factor of ten"
    if e == "transpose":
        t = g_transpose(g_dec(true, d), rng)
        if t and Fraction(t) != Fraction(g_dec(true, d)):
            return Fraction(t), "average with transposed digits"
    k = rng.randint(4, 30) * rng.choice([1, -1])
    return true + k * unit, f"average off by {k:+d} units"


@style("pct", "p_per_capita", "CI")
def _p_percap(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("社保", "发放高龄津贴", "惠及老年人", "人", "人均"), ("扶贫", "发放产业奖补资金", "覆盖脱贫户", "户", "户均"),
                       ("教育", "发放学生资助金", "资助学生", "人次", "人均"), ("农业", "发放耕地地力保护补贴", "惠及农户", "户", "户均"),
                       ("民政", "发放临时救助金", "救助困难群众", "人次", "人均"), ("人事", "发放技能提升补贴", "补贴职工", "人", "人均")])
    dom, give, who, mw, per = subj
    n = rng.randint(50, 60000)
    avg = rng.randint(150, 6000)
    tot = Fraction(n * avg + rng.randint(-n // 3, n // 3), 10000)   # 万元
    mode = rng.choice(["wan2", "wan2", "yuan"])
    Td, Tt = g_money(c, tot, mode)
    true = tot * 10000 / n
    d = rng.choice([0, 0, 1, 2])
    v, what = g_quot_err(rng, L, true, d)
    A = c.d(g_dec(v, d))
    Nn = c.i(n)
    text = rng.choice([f"{c.time()}{give}{Td}，{who}{Nn}{mw}，{per}{A}元。",
                       f"{who}{Nn}{mw}，{give}{Td}，{per}{A}元。",
                       f"{per}{A}元（{give}{Td}，共{Nn}{mw}）。"])
    return c.fin(text, dom), what, [{"rel": "quot", "stated": A, "num": Tt, "den": Nn}]


@style("pct", "p_average_per_unit", "CI")
def _p_avg(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("法院", "员额法官", "名", "审结案件", "件", "人均结案", 20, 900, 1500, 6000),
                       ("卫生", "家庭医生团队", "个", "签约居民", "人", "平均每个团队签约", 10, 400, 3000, 20000),
                       ("教育", "专任教师", "人", "在校学生", "人", "生师比为1∶", 200, 9000, 100, 200),
                       ("公安", "社区民警", "名", "管辖实有人口", "人", "平均每名民警服务", 20, 600, 10000, 40000),
                       ("政务", "办事窗口", "个", "办件", "件", "窗口平均办件", 10, 300, 3000, 90000),
                       ("住房", "物业服务企业", "家", "服务小区", "个", "平均每家服务", 5, 300, 15, 120)])
    dom, who, mw1, what_, mw2, lab, nlo, nhi, plo, phi = subj
    n = rng.randint(nlo, nhi)
    per = Fraction(rng.randint(plo, phi), 10)
    tot = int(n * per)
    true = Fraction(tot, n)
    d = 1
    v, what = g_quot_err(rng, L, true, d)
    A = c.d(g_dec(v, d))
    Nn, T = c.i(n), c.i(tot)
    text = rng.choice([f"现有{who}{Nn}{mw1}，{what_}{T}{mw2}，{lab}{A}{'' if lab.endswith('∶') else mw2}。",
                       f"{what_}{T}{mw2}，{lab}{A}{'' if lab.endswith('∶') else mw2}（{who}{Nn}{mw1}）。"])
    return c.fin(text, dom), what, [{"rel": "quot", "stated": A, "num": T, "den": Nn}]


@style("pct", "p_multiple_times", "CI")
def _p_times(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, 60, 400, (vlo, vhi))
    true = Fraction(cur) / Fraction(base)
    what = "stated multiple = current / base"
    v = true
    if L == "I":
        e = rng.choice(["growth", "off", "transpose"])
        if e == "growth":
            v = true - 1
            what = "growth (multiple - 1) stated as the multiple"
        elif e == "off":
            v = true * Fraction(100 + rng.choice([-30, -20, 20, 30]), 100)
            what = "multiple off by 20-30%"
        else:
            t = g_transpose(g_dec(true, 1), rng)
            if not t:
                return None
            v = Fraction(t)
            what = "multiple with transposed digits"
    M = g_dec(v, rng.choice([1, 1, 2])) + "倍"
    text = rng.choice([f"{item}{Cd}，是上年（{Bd}）的{M}。", f"{item}由{Bd}增加到{Cd}，为上年的{M}。",
                       f"{c.yr}年{item}{Cd}，相当于{c.yr - 1}年{Bd}的{M}。"])
    return c.fin(text, dom), what, [{"rel": "quot", "stated": M, "num": Ct, "den": Bt}]


@style("pct", "p_fullwidth_rates", "CI")
def _p_fw(rng, L):
    c = Ctx(rng, ns=rng.choice(["fw", "fwdot", "fwc"]))
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    D, N = c.i(den), c.i(num)
    R, what = g_rate_tok(c, rng, L, num, den)
    text = rng.choice([f"{dp}{D}{mw}，{np_}{N}{mw}，{rn}{R}。", f"{rn}达到{R}（{np_}{N}{mw}/{dp}{D}{mw}）。"])
    return c.fin(text, dom), what, [chk_pct(R, N, D)]


@style("pct", "p_chinese_baifenzhi", "CI")
def _p_cn(rng, L):
    c = Ctx(rng)
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    nsc = rng.choice(["cn", None])
    D, N = c.i(den, ns=nsc if den < 100000 else None), c.i(num, ns=nsc if den < 100000 else None)
    R, what = g_rate_tok(c, rng, L, num, den, ns="cn", d=rng.choice([0, 1, 1, 2]))
    text = rng.choice([f"{dp}{D}{mw}，{np_}{N}{mw}，{rn}达到{R}。", f"{rn}为{R}，即{dp}{D}{mw}中{np_}{N}{mw}。"])
    return c.fin(text, dom), what, [chk_pct(R, N, D)]


@style("pct", "p_multi_rates_fenbie", "CI")
def _p_multi(rng, L):
    c = Ctx(rng)
    subj = rng.choice([("交通", ["高速公路", "国省干线", "农村公路"], "优良路率", "公里", "评定路段", "优良路段"),
                       ("卫生", ["县级医院", "乡镇卫生院", "村卫生室"], "电子病历应用率", "家", "机构", "已应用机构"),
                       ("教育", ["小学", "初中", "高中"], "标准化建设达标率", "所", "学校", "达标学校"),
                       ("政务", ["县级", "乡镇级", "村级"], "事项网办率", "项", "事项", "可网办事项")])
    dom, cats, rn, mw, dn, nn = subj
    dens = [rng.randint(20, 3000) for _ in cats]
    nums = [rng.randint(int(d_ * 0.6), d_) for d_ in dens]
    bad = rng.randrange(len(cats))
    Rs = []
    what = "each rate = its numerator / its denominator"
    dd = rng.choice([1, 2])
    for k, (n_, d_) in enumerate(zip(nums, dens)):
        alts = [("another category's base", Fraction(n_, dens[(k + 1) % len(dens)]))]
        R, w = g_rate_tok(c, rng, L if k == bad else "C", n_, d_, d=dd, alts=alts, allow_over=True)
        if k == bad and L == "I":
            what = f"{cats[k]}: {w}"
        Rs.append(R)
    D = [c.i(x) for x in dens]
    N = [c.i(x) for x in nums]
    parts = "；".join(f"{cat}{dn}{d_}{mw}、{nn}{n_}{mw}" for cat, d_, n_ in zip(cats, D, N))
    text = f"{parts}。{'、'.join(cats)}{rn}分别为{'、'.join(Rs)}。"
    checks = [chk_pct(r, n_, d_) for r, n_, d_ in zip(Rs, N, D)]
    return c.fin(text, dom), what, checks


@style("pct", "p_rate_table", "CI")
def _p_rate_table(rng, L):
    c = Ctx(rng, punct="fw")
    towns = g_towns(rng, rng.randint(2, 5))
    bad = rng.randrange(len(towns))
    sep = rng.choice(["\t", " | ", "  "])
    task = rng.choice(["改厕任务", "危房改造任务", "高标准农田建设任务（亩）", "新增就业任务（人）", "植树任务（株）"])
    lines = [sep.join(["单位", "目标任务", "已完成", "完成率"])]
    checks = []
    what = "each row: completion = done / target"
    for k, t in enumerate(towns):
        tgt = rng.randint(20, 9000)
        done = rng.randint(int(tgt * 0.5), int(tgt * 1.2))
        R, w = g_rate_tok(c, rng, L if k == bad else "C", done, tgt, d=rng.choice([1, 2]), allow_over=True)
        if k == bad and L == "I":
            what = f"row {t}: {w}"
        T, Dn = c.i(tgt), c.i(done)
        lines.append(sep.join([t, T, Dn, R]))
        checks.append(chk_pct(R, Dn, T))
    text = f"{task}完成情况\n" + "\n".join(lines)
    return c.fin(text, "农业"), what, checks


@style("pct", "p_growth_wan_yi_mixed", "CI")
def _p_growth_wy(rng, L):
    c = Ctx(rng)
    dom, item = rng.choice([("财政", "非税收入"), ("旅游", "乡村旅游收入"), ("企业", "跨境电商交易额"), ("科技", "技术合同成交额"),
                            ("农业", "农产品网络零售额"), ("住房", "住房公积金贷款发放额")])
    base = Fraction(rng.randint(3000, 9900)) + Fraction(rng.randint(0, 99), 100)
    cur = base * Fraction(rng.randint(105, 180), 100)
    if cur < 10000:
        cur = Fraction(10000) + rng.randint(100, 3000)
    Bd, Bt = g_money(c, base, rng.choice(["wan", "wan2"]))
    Cd, Ct = g_money(c, cur, "yi2")
    word, G, sign, what = g_growth_tok(c, rng, L, base, cur, d=1)
    text = rng.choice([f"{item}由{c.yr - 1}年的{Bd}增加到{Cd}，{word}{G}。", f"{item}{Cd}，{word}{G}，上年为{Bd}。"])
    return c.fin(text, dom), what, [chk_growth(G, sign, Bt, Ct)]


@style("pct", "p_growth_over_100", "CI")
def _p_growth100(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, 100, 420, (vlo, vhi))
    word, G, sign, what = g_growth_tok(c, rng, L, base, cur, d=rng.choice([1, 1, 0]))
    text = rng.choice([f"{item}{Cd}，比上年{Bd}{word}{G}。", f"{item}从{Bd}跃升至{Cd}，{word}{G}。"])
    return c.fin(text, dom), what + " (growth above 100%)", [chk_growth(G, sign, Bt, Ct)]


@style("pct", "p_progress_of_annual_target", "CI")
def _p_progress(rng, L):
    c = Ctx(rng)
    dom, item, mw = rng.choice([("社保", "城镇新增就业", "人"), ("住房", "棚户区改造", "套"), ("农业", "高标准农田建设", "亩"),
                                ("企业", "招商引资到位资金", "money"), ("交通", "农村公路建设", "公里"), ("环境", "植树造林", "亩")])
    tgt = rng.randint(200, 90000)
    done = int(tgt * rng.uniform(0.35, 0.75))
    if mw == "money":
        Td, Tt = g_money(c, tgt, "wan")
        Dd, Dt = g_money(c, done, "wan")
    else:
        Td, Tt, Dd, Dt = c.i(tgt) + mw, c.i(tgt), c.i(done) + mw, c.i(done)
    R, what = g_rate_tok(c, rng, L, done, tgt, d=rng.choice([1, 1, 2]))
    period = rng.choice(["上半年", "1—6月", "前三季度", "截至9月底"])
    text = rng.choice([f"{period}{item}{Dd}，完成全年目标任务{Td}的{R}。",
                       f"全年{item}目标{Td}，{period}已完成{Dd}，占全年目标的{R}，实现“时间过半、任务过半”。"])
    return c.fin(text, dom), what, [chk_pct(R, Dt, Tt)]


@style("pct", "p_court_two_bases", "CI")
def _p_court(rng, L):
    c = Ctx(rng)
    new = rng.randint(800, 30000)
    old = rng.randint(50, new // 5)
    closed = int((new + old) * rng.uniform(0.8, 0.97))
    med = int(closed * rng.uniform(0.2, 0.55))
    Nw, Od, Cl, Md = c.i(new), c.i(old), c.i(closed), c.i(med)
    which = rng.choice([0, 1])
    R1, w1 = g_rate_tok(c, rng, L if which == 0 else "C", closed, new + old, d=rng.choice([1, 2]),
                        alts=[("new cases only", Fraction(closed, new))], allow_over=True)
    R2, w2 = g_rate_tok(c, rng, L if which == 1 else "C", med, closed, d=rng.choice([1, 2]),
                        alts=[("all cases received", Fraction(med, new + old))])
    what = ("结案率: " + w1) if which == 0 else ("调撤率: " + w2)
    text = rng.choice([f"新收各类案件{Nw}件，旧存{Od}件，审执结{Cl}件，结案率{R1}；以调解、撤诉方式结案{Md}件，调撤率{R2}。",
                       f"全年受理案件{Nw}件（另有旧存{Od}件），结案{Cl}件，结案率为{R1}。其中调解撤诉{Md}件，调撤率{R2}。"])
    return c.fin(text, "法院"), what + "; 结案率 over new+old, 调撤率 over cases closed", \
        [chk_pct(R1, Cl, [Nw, Od]), chk_pct(R2, Md, Cl)]


@style("pct", "p_air_quality_days", "CI")
def _p_air(rng, L):
    c = Ctx(rng)
    leap = c.yr % 4 == 0
    days = 366 if leap else 365
    if rng.random() < 0.3:
        days -= rng.randint(1, 6)
    good = rng.randint(int(days * 0.7), days - 3)
    Dd, G = c.i(days), c.i(good)
    R, what = g_rate_tok(c, rng, L, good, days, d=1,
                         alts=[("365 instead of the stated days", Fraction(good, 365))] if days != 365 else ())
    pm = rng.randint(18, 45)
    text = rng.choice([f"{c.yr}年有效监测{Dd}天，空气质量优良天数{G}天，优良率{R}，PM2.5平均浓度{pm}微克/立方米。",
                       f"全年{Dd}天中空气质量达到优良的有{G}天，优良天数比例为{R}。"])
    return c.fin(text, "环境"), what, [chk_pct(R, G, Dd)]


@style("pct", "p_insurance_wan", "CI")
def _p_ins(rng, L):
    c = Ctx(rng)
    pop = rng.randint(60000, 3000000)
    ins = int(pop * rng.uniform(0.9, 0.995))
    Pd, Pt = g_people(c, pop, "wan2")
    Id, It = g_people(c, ins, "wan2")
    R, what = g_rate_tok(c, rng, L, ins, pop, d=rng.choice([1, 2]))
    item = rng.choice(["基本医疗保险", "城乡居民基本养老保险", "基本养老保险"])
    text = rng.choice([f"应参保人数{Pd}人，{item}参保{Id}人，参保率{R}。", f"{item}参保人数达{Id}人，参保率{R}（应参保{Pd}人）。"])
    return c.fin(text, "社保"), what, [chk_pct(R, It, Pt)]


@style("pct", "p_water_supply_wan1", "CI")
def _p_water(rng, L):
    c = Ctx(rng)
    pop = rng.randint(100000, 2000000)
    served = int(pop * rng.uniform(0.8, 0.99))
    Pd, Pt = g_people(c, pop, "wan1")
    Sd, St = g_people(c, served, "wan1")
    R, what = g_rate_tok(c, rng, L, served, pop, d=1)
    text = rng.choice([f"农村人口{Pd}人，其中{Sd}人用上安全放心的自来水，农村自来水普及率{R}。",
                       f"农村自来水普及率达到{R}，受益人口{Sd}人（农村总人口{Pd}人）。"])
    return c.fin(text, "水利"), what + " (万 figures with one decimal: wide tolerance)", [chk_pct(R, St, Pt)]


@style("pct", "p_rd_intensity", "CI")
def _p_rd(rng, L):
    c = Ctx(rng)
    gdp = Fraction(rng.randint(80000, 3000000)) + Fraction(rng.randint(0, 99), 100)
    rd = gdp * Fraction(rng.randint(800, 3800), 100000)
    Gd, Gt = g_money(c, gdp, "yi2")
    Rd_, Rt = g_money(c, rd, "yi2")
    R, what = g_rate_tok(c, rng, L, rd, gdp, d=2)
    text = rng.choice([f"全社会研发经费投入{Rd_}，占地区生产总值（{Gd}）的比重为{R}。",
                       f"地区生产总值{Gd}；研发经费{Rd_}，研发投入强度{R}。"])
    return c.fin(text, "科技"), what, [chk_pct(R, Rt, Gt)]


@style("pct", "p_profit_margin", "CI")
def _p_profit(rng, L):
    c = Ctx(rng)
    rev = Fraction(rng.randint(5000, 2000000)) + Fraction(rng.randint(0, 99), 100)
    prof = rev * Fraction(rng.randint(20, 1500), 10000)
    mode = "yi2" if rev > 30000 else "wan"
    Rv, Rvt = g_money(c, rev, mode)
    Pf, Pft = g_money(c, prof, mode if prof > 3000 else "wan")
    R, what = g_rate_tok(c, rng, L, prof, rev, d=rng.choice([1, 2]),
                         alts=[("revenue minus profit", prof / (rev - prof))])
    text = rng.choice([f"规上工业企业实现营业收入{Rv}，利润总额{Pf}，营业收入利润率{R}。",
                       f"园区企业利润总额{Pf}，营业收入利润率为{R}，营业收入{Rv}。"])
    return c.fin(text, "企业"), what, [chk_pct(R, Pft, Rvt)]


@style("pct", "p_selfassess_score_rate", "CI")
def _p_score(rng, L):
    c = Ctx(rng)
    tot = rng.choice([100, 120, 150, 200, 80, 60])
    got = Fraction(rng.randint(int(tot * 0.7) * 2, tot * 2), 2)
    T = str(tot)
    S = g_dec(got, 1 if got.denominator != 1 else 0)
    R, what = g_rate_tok(c, rng, L, got, tot, d=rng.choice([1, 2]))
    text = rng.choice([f"对照评价指标体系，应得分{T}分，实得分{S}分，得分率{R}，评价等级为“优”。",
                       f"自评总分{T}分，得分{S}分，得分率为{R}。"])
    return c.fin(text, "财政"), what, [chk_pct(R, S, T)]


@style("pct", "p_inspection_rectify_rate", "CI")
def _p_inspect(rng, L):
    c = Ctx(rng)
    found = rng.randint(30, 6000)
    done = rng.randint(int(found * 0.7), found)
    rest = found - done
    Fd, Dd, Rs = c.i(found), c.i(done), c.i(rest)
    R, what = g_rate_tok(c, rng, L, done, found, d=rng.choice([1, 2]),
                         alts=[("pending over done", Fraction(rest, max(1, done)))] if rest else ())
    text = rng.choice([f"督查发现问题{Fd}个，已整改{Dd}个，整改率{R}，其余{Rs}个正在限期整改。",
                       f"共交办问题线索{Fd}条，办结{Dd}条、在办{Rs}条，办结率{R}。"])
    return c.fin(text, "安全"), what, [chk_pct(R, Dd, Fd), chk_sum(Fd, [Dd, Rs])]


@style("pct", "p_meeting_minutes_rates", "CI")
def _p_minutes(rng, L):
    c = Ctx(rng)
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    D, N = c.i(den), c.i(num)
    R, what = g_rate_tok(c, rng, L, num, den)
    who = rng.choice(["常务副县长", "分管副区长", "局党组书记", "办公室主任"])
    dept = c.pl + rng.choice(G_DEPT.get(dom, ["办公室"]))
    text = (f"会议由{who}主持。{dept}通报了{G_TOPIC.get(dom, '重点工作')}进展：{dp}{D}{mw}，{np_}{N}{mw}，{rn}{R}。"
            f"会议要求，对未完成事项建立台账、限期销号。")
    return c.fin(text, dom, wrap=False), what, [chk_pct(R, N, D)]


@style("pct", "p_ascii_punct_rates", "CI")
def _p_ascii(rng, L):
    c = Ctx(rng, punct="hw")
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    D, N = c.i(den), c.i(num)
    R, what = g_rate_tok(c, rng, L, num, den)
    text = rng.choice([f"{dp}{D}{mw}，{np_}{N}{mw}，{rn}{R}。", f"{rn}：{R}（{np_}{N}{mw}；{dp}{D}{mw}）。"])
    return c.fin(text, dom), what, [chk_pct(R, N, D)]


@style("pct", "p_missing_punct_rates", "CI")
def _p_nopunct(rng, L):
    c = Ctx(rng, punct="none", ns=rng.choice(["plain", "comma"]))
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    D, N = c.i(den), c.i(num)
    R, what = g_rate_tok(c, rng, L, num, den)
    text = rng.choice([f"{dp}{D}{mw}，{np_}{N}{mw}，{rn}{R}。", f"{c.time()}{dp}{D}{mw}，{np_}{N}{mw}，{rn}达{R}"])
    return c.fin(text, dom), what, [chk_pct(R, N, D)]


@style("pct", "p_share_and_growth", "CI")
def _p_share_growth(rng, L):
    c = Ctx(rng)
    whole = Fraction(rng.randint(20000, 900000)) + Fraction(rng.randint(0, 99), 100)
    tax = whole * Fraction(rng.randint(550, 850), 1000)
    base = tax / Fraction(1000 + rng.randint(-80, 200), 1000)
    Wd, Wt = g_money(c, whole, "yi2")
    Td, Tt = g_money(c, tax, "yi2")
    Bd, Bt = g_money(c, base, "yi2")
    which = rng.choice(["share", "growth"])
    S, w1 = g_rate_tok(c, rng, L if which == "share" else "C", tax, whole, d=1)
    word, G, sign, w2 = g_growth_tok(c, rng, L if which == "growth" else "C", base, tax, d=1)
    what = ("share: " + w1) if which == "share" else ("growth: " + w2)
    text = rng.choice([f"一般公共预算收入{Wd}，其中税收收入{Td}，比上年的{Bd}{word}{G}，占一般公共预算收入的{S}。",
                       f"税收收入{Td}，占比{S}，{word}{G}。上年税收收入{Bd}，今年一般公共预算收入{Wd}。"])
    return c.fin(text, "财政"), what, [chk_pct(S, Tt, Wt), chk_growth(G, sign, Bt, Tt)]


@style("pct", "p_share_change_pp", "CI")
def _p_share_pp(rng, L):
    c = Ctx(rng)
    w0 = Fraction(rng.randint(20000, 900000))
    w1 = w0 * Fraction(rng.randint(95, 125), 100)
    a0 = w0 * Fraction(rng.randint(200, 700), 1000)
    a1 = w1 * (a0 / w0 + Fraction(rng.randint(-60, 90), 1000))
    W0, W0t = g_money(c, w0, "yi2")
    W1, W1t = g_money(c, w1, "yi2")
    A0, A0t = g_money(c, a0, "yi2")
    A1, A1t = g_money(c, a1, "yi2")
    ds0 = g_dec(a0 / w0 * 100, 1)
    ds1 = g_dec(a1 / w1 * 100, 1)
    what = "both shares and the points change hold"
    if L == "I" and rng.random() < 0.5:
        ds1 = g_dec(Fraction(ds1) + Fraction(rng.randint(4, 20), 10) * rng.choice([1, -1]), 1)
        what = "this year's share does not match its amounts (points change follows the wrong share)"
        pp = abs(Fraction(ds1) - Fraction(ds0))
    elif L == "I":
        pp = abs(Fraction(ds1) - Fraction(ds0)) + Fraction(rng.randint(4, 25), 10)
        what = "points change wrong"
    else:
        pp = abs(Fraction(ds1) - Fraction(ds0))
    up = Fraction(ds1) >= Fraction(ds0)
    S0, S1 = g_pct_fmt(c, ds0), g_pct_fmt(c, ds1)
    P = g_dec(pp, 1)
    item = rng.choice([("民生支出", "一般公共预算支出"), ("税收收入", "一般公共预算收入"), ("高新技术产业产值", "规上工业总产值"),
                       ("服务业增加值", "地区生产总值")])
    text = (f"{c.yr - 1}年{item[0]}{A0}，占{item[1]}（{W0}）的{S0}；{c.yr}年{item[0]}{A1}，{item[1]}{W1}，"
            f"占比{S1}，{'提高' if up else '下降'}{P}个百分点。")
    return c.fin(text, "财政"), what, [chk_pct(S0, A0t, W0t), chk_pct(S1, A1t, W1t),
                                      {"rel": "pp", "stated": P, "sign": 1 if up else -1, "from": S0, "to": S1}]


@style("pct", "p_pdf_spaced_counts", "CI")
def _p_pdf(rng, L):
    c = Ctx(rng, ns=rng.choice(["pdf", "brk"]))
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng, [x for x in G_RATE if x[6] >= 1000])
    if den < 100:
        return None
    D, N = c.i(den), c.i(num)
    R, what = g_rate_tok(c, rng, L, num, den, ns="plain")
    text = rng.choice([f"{dp}{D}{mw}，{np_}{N}{mw}，{rn}{R}。", f"{rn}{R}（{dp}{D}{mw}，{np_}{N}{mw}）"])
    return c.fin(text, dom, wrap=False), what, [chk_pct(R, N, D)]


@style("pct", "p_quarter_yoy", "CI")
def _p_quarter(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, -15, 30, (vlo, vhi))
    word, G, sign, what = g_growth_tok(c, rng, L, base, cur)
    q = rng.choice(["一季度", "1—5月", "上半年", "前三季度", "1—11月"])
    text = rng.choice([f"{q}，{item}{Cd}，{word}{G}（去年同期{Bd}）。", f"{q}{item}完成{Cd}，上年同期为{Bd}，{word}{G}。"])
    return c.fin(text, dom), what, [chk_growth(G, sign, Bt, Ct)]


@style("pct", "p_pass_rate_two_batches", "CI")
def _p_two_batch(rng, L):
    c = Ctx(rng)
    cats = rng.sample(["食用农产品", "餐饮食品", "粮食加工品", "肉制品", "乳制品", "饮料"], 2)
    d1, d2 = rng.randint(50, 3000), rng.randint(50, 3000)
    n1, n2 = d1 - rng.randint(0, d1 // 15), d2 - rng.randint(0, d2 // 15)
    D1, D2, N1, N2 = c.i(d1), c.i(d2), c.i(n1), c.i(n2)
    R, what = g_rate_tok(c, rng, L, n1 + n2, d1 + d2, d=rng.choice([1, 2]),
                         alts=[("average of the two rates", (Fraction(n1, d1) + Fraction(n2, d2)) / 2),
                               ("first category only", Fraction(n1, d1))])
    text = (f"抽检{cats[0]}{D1}批次，合格{N1}批次；抽检{cats[1]}{D2}批次，合格{N2}批次；"
            f"总体合格率{R}。")
    return c.fin(text, "市场"), what + "; overall rate = pooled counts", [chk_pct(R, [N1, N2], [D1, D2])]


@style("pct", "p_park_share", "CI")
def _p_park(rng, L):
    c = Ctx(rng)
    n = rng.randint(40, 1200)
    m = rng.randint(n // 10, n // 2)
    k = rng.randint(1, n - m)
    Nn, M, K = c.i(n), c.i(m), c.i(k)
    R, what = g_rate_tok(c, rng, L, m, n, d=1, alts=[("other group", Fraction(k, n))])
    text = rng.choice([f"园区入驻企业{Nn}家，其中高新技术企业{M}家、科技型中小企业{K}家，高新技术企业占比{R}。",
                       f"高新技术企业{M}家，占园区企业总数（{Nn}家）的{R}；另有科技型中小企业{K}家。"])
    return c.fin(text, "科技"), what, [chk_pct(R, M, Nn)]


@style("pct", "p_unit_subsidy", "CI")
def _p_subsidy(rng, L):
    c = Ctx(rng)
    area = rng.randint(2000, 400000)
    per = rng.choice([50, 80, 100, 105, 120, 150, 200, 300])
    tot = Fraction(area * per, 10000)
    Ad, At = c.i(area), c.i(area)
    Td, Tt = g_money(c, tot, "wan2")
    v, what = g_quot_err(rng, L, Fraction(per), 0)
    if v <= 0:
        return None
    P = c.d(g_dec(v, 0))
    item = rng.choice(["耕地地力保护补贴", "稻谷目标价格补贴", "退耕还林补助", "生态公益林补偿"])
    text = rng.choice([f"发放{item}{Td}，补贴面积{Ad}亩，每亩{P}元。", f"按每亩{P}元标准，对{Ad}亩发放{item}，共计{Td}。"])
    return c.fin(text, "农业"), what.replace("total / count", "amount / area"), \
        [{"rel": "quot", "stated": P, "num": Tt, "den": At}]


@style("pct", "p_real_growth_comparable_prices", "NI")
def _p_real(rng, L):
    c = Ctx(rng)
    item, kind = rng.choice([("地区生产总值", "money"), ("规模以上工业增加值", "money"), ("第三产业增加值", "money"),
                             ("农林牧渔业增加值", "money"), ("建筑业增加值", "money"), ("农村居民人均可支配收入", "yuan")])
    base = Fraction(rng.randint(50000, 3000000)) + Fraction(rng.randint(0, 99), 100)
    if kind == "yuan":
        base = Fraction(rng.randint(12000, 40000))
    nominal = Fraction(rng.randint(-60, 160), 1000)
    cur = base * (1 + nominal)
    if L == "N":
        p = Fraction(rng.randint(-30, 80), 1000)          # price change inside the band
        real = (1 + nominal) / (1 + p) - 1
        what = f"real growth vs nominal amounts, implied price change {float(p) * 100:.1f}% (inside -5%..+10%)"
    else:
        off = Fraction(rng.randint(8, 25), 100) * rng.choice([1, -1])
        real = (1 + nominal) / Fraction(110 if off < 0 else 95, 100) - 1 + off
        what = "stated real growth far outside what nominal amounts allow with -5%..+10% prices"
    sign = 1 if real >= 0 else -1
    G = g_pct(c, abs(real), 1)
    word = "增长" if sign > 0 else "下降"
    if kind == "yuan":
        Bd, Bt = c.i(int(base)) + "元", c.i(int(base))
        Cd, Ct = c.i(int(cur)) + "元", c.i(int(cur))
    else:
        Bd, Bt = g_money(c, base, "yi2")
        Cd, Ct = g_money(c, cur, "yi2")
    q = rng.choice(["按可比价格计算，", "扣除价格因素，实际", "按不变价计算，", "实际"])
    text = rng.choice([f"{c.yr}年{item}{Cd}，{q}比上年{word}{G}。上年{item}为{Bd}。",
                       f"{item}由{c.yr - 1}年的{Bd}变为{Cd}，{q}{word}{G}。"])
    return c.fin(text, "企业"), what, [{"rel": "real_growth", "stated": G, "sign": sign, "base": Bt, "cur": Ct}]


# ---------------------------------------------------------------------
# malformed percentages (arithmetic otherwise holds) -> inconsistent
# ---------------------------------------------------------------------
def g_mal(rng, L, mk, need_dec=None, what=""):
    c = Ctx(rng, ns=rng.choice(["plain", "comma", "plain"]))
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    if need_dec is None:
        d = rng.choice([1, 1, 2])
    else:
        d = need_dec
    ds = g_dec(Fraction(num * 100, den), d, trunc=rng.random() < 0.2)
    T = mk(rng, ds)
    if T is None:
        return None
    D, N = c.i(den), c.i(num)
    text = rng.choice([f"{c.time()}{dp}{D}{mw}，{np_}{N}{mw}，{rn}{T}。",
                       f"{rn}达到{T}（{dp}{D}{mw}，{np_}{N}{mw}）。",
                       f"{dp}{D}{mw}，其中{np_}{N}{mw}，{rn}为{T}，较好完成任务。"])
    checks = [{"rel": "malformed", "token": T}]
    if any(ch.isdigit() for ch in T) or "百分之" in T:
        checks.append(chk_pct(T, N, D))
    return c.fin(text, dom), what + "; the rate's value itself is right", checks


@style("pct", "malformed_space_before_sign", "I")
def _m_space(rng, L):
    return g_mal(rng, L, lambda r, ds: ds + r.choice([" ", "  ", "\u3000", " "]) + r.choice(["%", "％"]),
                 what="space between the number and the percent sign")


@style("pct", "malformed_doubled_sign", "I")
def _m_double(rng, L):
    return g_mal(rng, L, lambda r, ds: ds + r.choice(["%%", "％％", "%％", "％%"]), what="percent sign doubled")


@style("pct", "malformed_placeholder_xx", "I")
def _m_xx(rng, L):
    return g_mal(rng, L, lambda r, ds: r.choice(["xx%", "XX%", "xx.x%", "XX.XX%", "x%", "xx.xx%", "ｘｘ％"]),
                 what="unfilled placeholder instead of the rate")


@style("pct", "malformed_cjk_full_stop_decimal", "I")
def _m_cjk(rng, L):
    return g_mal(rng, L, lambda r, ds: ds.replace(".", "。") + r.choice(["%", "％"]), need_dec=rng.choice([1, 2]),
                 what="CJK full stop used as decimal point")


@style("pct", "malformed_baifenzhi_with_sign", "I")
def _m_bfz(rng, L):
    def mk(r, ds):
        if r.random() < 0.5:
            return "百分之" + ds + r.choice(["%", "％"])
        return "百分之" + g_cn_decstr(ds) + r.choice(["%", "％"])
    return g_mal(rng, L, mk, what="'百分之' and a percent sign both used")


@style("pct", "malformed_trailing_decimal_point", "I")
def _m_trail(rng, L):
    return g_mal(rng, L, lambda r, ds: ds + "." + r.choice(["%", "％"]), need_dec=0,
                 what="decimal point with no digits after it")


@style("pct", "malformed_missing_leading_zero", "I")
def _m_lead(rng, L):
    c = Ctx(rng, ns=rng.choice(["plain", "comma"]))
    subj = rng.choice([("市场", "抽检", "批次", "不合格", "不合格率"), ("社保", "城镇劳动力", "人", "登记失业", "登记失业率"),
                       ("安全", "检查特种设备", "台", "存在重大隐患", "重大隐患率"), ("卫生", "筛查", "人", "检出阳性", "阳性检出率")])
    dom, dp, mw, bw, rn = subj
    den = rng.randint(2000, 90000)
    bad = rng.randint(max(1, den // 1000), den // 120)
    ds = g_dec(Fraction(bad * 100, den), rng.choice([1, 2]))
    if not ds.startswith("0.") or Fraction(ds) == 0:
        return None
    T = ds[1:] + rng.choice(["%", "％"])
    D, B = c.i(den), c.i(bad)
    text = f"{dp}{D}{mw}，{bw}{B}{mw}，{rn}{T}。"
    return c.fin(text, dom), "leading zero missing ('.5%'); the rate's value itself is right", \
        [{"rel": "malformed", "token": T}, chk_pct(T, B, D)]


@style("pct", "malformed_sign_before_number", "I")
def _m_prefix(rng, L):
    return g_mal(rng, L, lambda r, ds: r.choice(["%", "％"]) + ds, what="percent sign written before the number")


@style("pct", "malformed_doubled_decimal_point", "I")
def _m_dd(rng, L):
    return g_mal(rng, L, lambda r, ds: ds.replace(".", "..") + r.choice(["%", "％"]), need_dec=rng.choice([1, 2]),
                 what="decimal point doubled")


@style("pct", "malformed_decimal_comma", "I")
def _m_comma(rng, L):
    return g_mal(rng, L, lambda r, ds: ds.replace(".", ",") + "%", need_dec=rng.choice([1, 2]),
                 what="comma used as decimal separator")


# ---------------------------------------------------------------------
# pct negatives
# ---------------------------------------------------------------------
@style("pct", "pn_points_without_endpoints", "N")
def _pn_pp(rng, L):
    c = Ctx(rng)
    dom, item = rng.choice(G_PP)
    x = g_dec(Fraction(rng.randint(2, 80), 10), 1)
    y = g_dec(Fraction(rng.randint(2, 50), 10), 1)
    text = rng.choice([f"{item}提高{x}个百分点。", f"{item}较上年下降{x}个百分点，降幅收窄{y}个百分点。",
                       f"{item}比全省平均水平高{x}个百分点。", f"{item}同比提升{x}个百分点，连续三年保持增长。"])
    return c.fin(text, dom), "points change with neither end point", [{"rel": "none", "tokens": [x], "why": "pp without end points"}]


@style("pct", "pn_growth_without_base", "N")
def _pn_growth(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    base, cur, Bd, Bt, Cd, Ct = g_grow_pair(rng, c, kind, -10, 30, (vlo, vhi))
    G = g_pct(c, Fraction(rng.randint(-150, 300), 1000) if False else Fraction(rng.randint(5, 300), 1000), 1)
    word = rng.choice(["增长", "同比增长", "比上年增长", "下降"])
    text = rng.choice([f"{c.yr}年{item}{Cd}，{word}{G}。", f"{item}{word}{G}，达到{Cd}。",
                       f"{item}完成{Cd}，{word}{G}，增速居全市第{rng.randint(1, 9)}位。"])
    return c.fin(text, dom), "growth rate with only the current value", [{"rel": "none", "tokens": [G, Ct], "why": "no base"}]


@style("pct", "pn_big_growth_or_times_without_base", "N")
def _pn_big(rng, L):
    c = Ctx(rng)
    dom, item, kind, vlo, vhi = rng.choice(G_GROW)
    g = g_dec(Fraction(rng.randint(1000, 5000), 10), 1)
    t = g_dec(Fraction(rng.randint(15, 60), 10), 1)
    text = rng.choice([f"{item}增长{g}%，增幅创历史新高。", f"{item}是上年的{t}倍。",
                       f"{item}实现翻番，增长{g}%。", f"{item}达到2019年的{t}倍，年均增长{rng.randint(5, 30)}%。"])
    toks = [x for x in (g, t) if x in text]
    return c.fin(text, dom), "growth above 100% / multiple without any base value", \
        [{"rel": "none", "tokens": toks, "why": "big growth without base"}]


@style("pct", "pn_rate_over_other_whole", "N")
def _pn_other(rng, L):
    c = Ctx(rng)
    den = rng.randint(500, 60000)
    num = int(den * rng.uniform(0.9, 0.99))
    visits = rng.randint(100, max(200, den // 3))
    sat = Fraction(rng.randint(850, 999), 1000)
    if abs(sat - Fraction(num, den)) < Fraction(2, 100):
        return None
    D, N, V = c.i(den), c.i(num), c.i(visits)
    S = g_pct(c, sat, 1)
    text = rng.choice([f"全年受理群众诉求{D}件，办结{N}件；回访群众{V}人次，满意率{S}。",
                       f"受理投诉举报{D}件，办结{N}件，群众满意度测评满意率{S}（抽样回访{V}人）。",
                       f"受理各类案件{D}件，审结{N}件，当事人满意率{S}。"])
    return c.fin(text, "政务"), "a rate whose base is not any stated count (satisfaction over callbacks)", \
        [{"rel": "none", "tokens": [S, D, N], "why": "rate over a different whole"}]


@style("pct", "pn_codes_with_rates", "N")
def _pn_codes(rng, L):
    c = Ctx(rng)
    x = g_pct(c, Fraction(rng.randint(800, 1000), 1000), 1)
    y = g_pct(c, Fraction(rng.randint(10, 150), 1000), 1)
    text = rng.choice([f"5G网络行政村通达率{x}，PM2.5平均浓度同比下降{y}。",
                       f"“1+X”证书考核通过率{x}，G{rng.randint(100, 330)}沿线绿化提升{y}。",
                       f"PM10平均浓度下降{y}，“3+2”贯通培养学生升学率{x}。"])
    return c.fin(text, "环境"), "codes (5G, PM2.5, 1+X) next to stand-alone rates", \
        [{"rel": "none", "tokens": [x, y], "why": "codes + lone rates"}]


@style("pct", "pn_targets_and_plans", "N")
def _pn_target(rng, L):
    c = Ctx(rng)
    x = g_pct(c, Fraction(rng.randint(600, 990), 1000), rng.choice([0, 1]))
    y = g_pct(c, Fraction(rng.randint(30, 120), 1000), rng.choice([0, 1]))
    yr = c.yr + rng.randint(1, 3)
    text = rng.choice([f"力争到{yr}年，农村卫生厕所普及率达到{x}以上。", f"预期目标：一般公共预算收入增长{y}左右，城镇调查失业率控制在{y}以内。",
                       f"计划{yr}年底前，政务服务事项网办率提高到{x}，办理时限再压缩{y}。"])
    return c.fin(text, "政务"), "targets, nothing achieved to check", [{"rel": "none", "tokens": [t for t in (x, y) if t in text], "why": "targets"}]


@style("pct", "pn_approximate_rates", "N")
def _pn_approx(rng, L):
    c = Ctx(rng)
    dom, dp, np_, rn, mw, num, den = g_rate_pick(rng)
    true = Fraction(num, den) * 100
    q = rng.choice(["近", "超过", "约", "以上", "逾"])
    if q == "近":
        v = -(-true.numerator // true.denominator)
    elif q == "约":
        v = int(true + Fraction(1, 2))
    else:
        v = true.numerator // true.denominator
    if v == true or v <= 0:
        return None
    T = f"{v}%"
    D, N = c.i(den), c.i(num)
    shown = f"{T}{q}" if q == "以上" else f"{q}{T}"
    text = rng.choice([f"{dp}{D}{mw}，{np_}{N}{mw}，{rn}{shown}。", f"{rn}{shown}（{dp}{D}{mw}，{np_}{N}{mw}）。"])
    return c.fin(text, dom), f"approximate rate ('{q}') compatible with the counts", \
        [{"rel": "approx", "qual": q, "stated": T, "num": N, "den": D}]


@style("pct", "pn_partial_shares", "N")
def _pn_partial(rng, L):
    c = Ctx(rng)
    dom, sub, names = rng.choice([x for x in G_PARTS100 if len(x[2]) >= 3])
    vals, S = g_shares(rng, len(names), 1)
    keep = g_omit(rng, len(names))
    T = [S[j] + "%" for j in keep]
    items = "、".join(f"{names[j]}占{t}" for j, t in zip(keep, T))
    text = rng.choice([f"{sub}中，{items}。", f"从{sub}看，其中{items}，其余为其他类别。"])
    return c.fin(text, dom), "shares of only some categories: they stay under 100%", \
        [{"rel": "sum100", "parts": T, "mode": "partial"}]


@style("pct", "pn_per_capita_growth", "N")
def _pn_percap(rng, L):
    c = Ctx(rng)
    a = c.i(rng.randint(15000, 70000))
    g = g_pct(c, Fraction(rng.randint(30, 110), 1000), 1)
    h = g_pct(c, Fraction(rng.randint(30, 110), 1000), 1)
    text = rng.choice([f"城镇居民人均可支配收入{a}元，增长{g}；农村居民人均可支配收入增长{h}。",
                       f"全体居民人均消费支出{a}元，同比增长{g}，快于收入增速{h}。".replace(f"快于收入增速{h}", f"收入增速为{h}")])
    return c.fin(text, "扶贫"), "per-capita figures with growth but no base", [{"rel": "none", "tokens": [a, g], "why": "per-capita"}]


@style("pct", "pn_policy_ratios", "N")
def _pn_policy(rng, L):
    c = Ctx(rng)
    a = rng.choice(["50%", "30%", "70%", "80%", "100%"])
    b = rng.choice(["20%", "15%", "8%", "12%", "2%"])
    m = c.i(rng.randint(100, 9000))
    text = rng.choice([f"对符合条件的贷款按{a}给予贴息，首付比例下调至{b}，惠及{m}户。",
                       f"住院费用政策范围内报销比例达到{a}，个人缴费比例为{b}，全年结算{m}人次。",
                       f"按项目投资额的{b}给予奖补，最高不超过{m}万元，地方配套比例不低于{a}。"])
    return c.fin(text, "财政"), "policy ratios (贴息, 报销比例) are not computed from counts", \
        [{"rel": "none", "tokens": [a, b], "why": "policy ratios"}]


@style("pct", "pn_ranges_of_rates", "N")
def _pn_ranges(rng, L):
    c = Ctx(rng)
    a = rng.randint(3, 8)
    b = a + rng.randint(1, 4)
    dash = rng.choice(["—", "-", "～", "至"])
    r = rng.choice([f"{a}%{dash}{b}%", f"{a}{dash}{b}%", f"{a}{dash}{b}个百分点"])
    text = rng.choice([f"预计全年增长{r}。", f"各乡镇增速在{r}之间。", f"综合测算，收入增幅将回落{r}。"])
    return c.fin(text, "财政"), "ranges of rates", [{"rel": "none", "tokens": [r], "why": "range"}]


@style("pct", "pn_overlapping_shares", "N")
def _pn_ovshare(rng, L):
    c = Ctx(rng)
    groups = rng.sample(["党员", "女性", "35岁以下", "本科以上学历", "少数民族", "中级以上职称"], 3)
    S = [g_pct(c, Fraction(rng.randint(300, 800), 1000), 1) for _ in groups]
    n = c.i(rng.randint(50, 900))
    text = f"现有干部{n}名，其中" + "，".join(f"{g}占{s}" for g, s in zip(groups, S)) + "。"
    return c.fin(text, "人事"), "overlapping groups: shares may sum past 100%", \
        [{"rel": "none", "tokens": S, "why": "overlapping shares"}]


@style("pct", "pn_two_years_rates_only", "N")
def _pn_two(rng, L):
    c = Ctx(rng)
    dom, item = rng.choice(G_PP)
    a = g_pct(c, Fraction(rng.randint(500, 990), 1000), 1)
    b = g_pct(c, Fraction(rng.randint(500, 990), 1000), 1)
    text = rng.choice([f"{item}{c.yr - 1}年为{a}，{c.yr}年为{b}。", f"{item}：{c.yr}年{b}，{c.yr - 1}年{a}，全省平均水平{g_pct(c, Fraction(rng.randint(500, 990), 1000), 1)}。"])
    return c.fin(text, dom), "rates for two years, no change stated", [{"rel": "none", "tokens": [a, b], "why": "no change stated"}]


@style("pct", "pn_document_numbers_and_rates", "N")
def _pn_doc(rng, L):
    c = Ctx(rng)
    y = c.yr
    doc = f"{c.pl[0]}政办发〔{y}〕{rng.randint(1, 120)}号"
    x = g_pct(c, Fraction(rng.randint(800, 1000), 1000), rng.choice([0, 1]))
    text = rng.choice([f"按照《关于印发{c.pl}营商环境提升行动方案的通知》（{doc}），{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日前实现“一网通办”率{x}。",
                       f"根据{doc}文件，企业开办时间压缩至1个工作日，满意率{x}。"])
    return c.fin(text, "政务"), "document numbers and dates next to a lone rate", [{"rel": "none", "tokens": [doc, x], "why": "doc number"}]


@style("pct", "pn_cumulative_plan_progress", "N")
def _pn_cum(rng, L):
    c = Ctx(rng)
    x = g_pct(c, Fraction(rng.randint(300, 980), 1000), rng.choice([0, 1]))
    text = rng.choice([f"累计完成“十四五”规划目标任务的{x}。", f"五年累计投资占规划总投资的{x}，剩余项目正加快推进。",
                       f"截至目前，三年行动计划总体完成进度{x}。"])
    return c.fin(text, "企业"), "cumulative progress against an unstated plan", [{"rel": "none", "tokens": [x], "why": "progress, no base"}]


@style("pct", "pn_financial_rates", "N")
def _pn_fin(rng, L):
    c = Ctx(rng)
    a = g_dec(Fraction(rng.randint(300, 480), 100), 2) + "%"
    b = g_dec(Fraction(rng.randint(50, 250), 100), 2) + "%"
    d = c.i(rng.randint(10, 900))
    text = rng.choice([f"一年期LPR为{a}，金融机构不良贷款率{b}，新增普惠小微贷款{d}亿元。",
                       f"新发放企业贷款加权平均利率{a}，比年初下降{rng.randint(10, 60)}个基点；不良率{b}。"])
    return c.fin(text, "财政"), "interest rates and NPL ratios, no counts behind them", \
        [{"rel": "none", "tokens": [a, b], "why": "financial rates"}]


@style("pct", "pn_rankings_percentiles", "N")
def _pn_rank(rng, L):
    c = Ctx(rng)
    p = rng.choice(["前10%", "前20%", "后5%", "前30%"])
    n = rng.randint(2, 9)
    text = rng.choice([f"营商环境评价位列全省{p}，连续{n}年获评“优秀”等次。",
                       f"综合考核位次进入全市{p}，{n}项指标获评标杆。"])
    return c.fin(text, "政务"), "percentile rankings", [{"rel": "none", "tokens": [p], "why": "ranking"}]


# =====================================================================
# VERIFIER -- independent of the generator code above
# =====================================================================
V_FW = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")
V_DIG = set("0123456789０１２３４５６７８９")
V_CNV = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
         "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_CNU = {"十": 10, "百": 100, "千": 1000}
V_CNALL = set("零〇一二三四五六七八九两十百千万亿点")
V_DASH = set("-−–—~～")


class VErr(Exception):
    pass


def v_cn_int(s):
    total = 0
    section = 0
    num = 0
    seen = False
    for ch in s:
        seen = True
        if ch in V_CNV:
            num = V_CNV[ch]
        elif ch in V_CNU:
            section += (num if num else 1) * V_CNU[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section = num = 0
        elif ch == "亿":
            total = (total + section + num) * 10 ** 8
            section = num = 0
        else:
            raise VErr("bad chinese numeral %r" % s)
    if not seen:
        raise VErr("empty numeral")
    return total + section + num


def v_parse(tok):
    """-> dict(value, unit, exact, kind). value of a percentage is a fraction of 1."""
    s = re.sub(r"\s+", "", tok).translate(V_FW)
    kind = "num"
    if s.startswith("百分之"):
        kind, s = "pct", s[3:]
    elif s.startswith("千分之"):
        kind, s = "permille", s[3:]
    while s[:1] == "%":
        kind, s = "pct", s[1:]
    while s and s[-1] in "%‰倍":
        kind = {"%": "pct", "‰": "permille", "倍": "times"}[s[-1]]
        s = s[:-1]
    neg = False
    if s[:1] in "-−":
        neg, s = True, s[1:]
    mult = 1
    if s.endswith("万亿"):
        mult, s = 10 ** 12, s[:-2]
    elif s.endswith("亿"):
        mult, s = 10 ** 8, s[:-1]
    elif s.endswith("万") and len(s) >= 2:
        mult, s = 10 ** 4, s[:-1]
    if not s:
        raise VErr("no digits in %r" % tok)
    if re.fullmatch(r"[0-9,.。]+", s):
        t = s.replace("。", ".")
        if re.fullmatch(r"[0-9]{1,3},[0-9]{1,2}", t):
            t = t.replace(",", ".")                # decimal comma (malformed)
        else:
            if "," in t and not re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?", t):
                raise VErr("bad grouping %r" % tok)
            t = t.replace(",", "")
        t = re.sub(r"\.{2,}", ".", t)
        if t.startswith("."):
            t = "0" + t
        if t.endswith("."):
            t = t[:-1]
        if t.count(".") > 1:
            raise VErr("two decimal points %r" % tok)
        ip, _, fp = t.partition(".")
        dec = len(fp)
        val = Fraction(int(ip + fp), 10 ** dec)
    else:
        ip, dot, fp = s.partition("点")
        iv = v_cn_int(ip) if ip else 0
        if fp:
            if any(ch not in V_CNV for ch in fp):
                raise VErr("bad decimal digits %r" % tok)
            dec = len(fp)
            val = iv + Fraction(int("".join(str(V_CNV[ch]) for ch in fp)), 10 ** dec)
        else:
            dec = 0
            val = Fraction(iv)
    if neg:
        val = -val
    rounded = dec > 0 or mult > 1 or kind in ("pct", "permille", "times")
    unit = Fraction(1, 10 ** dec) * mult
    val = val * mult
    if kind == "pct":
        val, unit = val / 100, unit / 100
    elif kind == "permille":
        val, unit = val / 1000, unit / 1000
    return {"value": val, "unit": unit, "exact": not rounded, "kind": kind,
            "tol": Fraction(0) if not rounded else unit / 2}


def v_find(text, tok):
    """tok must occur as a whole number (not inside a longer one)."""
    if not tok:
        return False
    start = 0
    while True:
        i = text.find(tok, start)
        if i < 0:
            return False
        if v_bound(text, i, i + len(tok), tok):
            return True
        start = i + 1


def v_bound(text, i, j, tok):
    # "\x00" stands for "no character" so that membership tests stay false
    p = text[i - 1] if i > 0 else "\x00"
    pp = text[i - 2] if i > 1 else "\x00"
    n = text[j] if j < len(text) else "\x00"
    nn = text[j + 1] if j + 1 < len(text) else "\x00"
    first, last = tok[0], tok[-1]
    if first in V_DIG or first in ".．":
        if p in V_DIG:
            return False
        if p in ".,．" and pp in V_DIG:
            return False
        if p in V_DASH and pp in V_DIG:
            return False
    if first in V_CNALL and p in V_CNALL:
        return False
    if last in V_DIG or last in ".．":
        if n in V_DIG:
            return False
        if n in ".,．" and nn in V_DIG:
            return False
        if n in "万亿%％‰倍" or n in V_DASH and nn in V_DIG:
            return False
    if last in V_CNALL and (n in V_CNALL or n in "%％‰倍"):
        return False
    if last in "%％‰" and n in "%％‰":
        return False
    return True


V_MAL = [
    ("space_before_percent", r"[0-9０-９][ \t\u3000\u00a0]+[%％]"),
    ("doubled_percent_sign", r"[%％][ \t]*[%％]"),
    ("placeholder_percent", r"(?<![A-Za-z])[xXＸｘ]{1,3}(?:[.．][xXＸｘ]{1,3})?[%％]"),
    ("cjk_full_stop_as_decimal", r"[0-9０-９]。[0-9０-９]+[%％]"),
    ("baifenzhi_with_sign", r"百分之[0-9０-９零〇一二三四五六七八九十百点两.．]+[%％]"),
    ("trailing_decimal_point", r"[0-9０-９][.．][%％]"),
    ("missing_leading_zero", r"(?<![0-9０-９.．])[.．][0-9０-９]+[%％]"),
    ("sign_before_number", r"[%％][0-9０-９]"),
    ("doubled_decimal_point", r"[0-9０-９][.．]{2,}[0-9０-９]"),
    ("decimal_comma", r"(?<![0-9,])[0-9]{1,3},[0-9]{1,2}[%％]"),
]


def v_malformed_spans(text):
    out = []
    for name, pat in V_MAL:
        for m in re.finditer(pat, text):
            out.append((m.start(), m.end(), name))
    return out


def v_num(text, tok, as_pct=False):
    if not isinstance(tok, str):
        raise VErr("token not a string")
    if not v_find(text, tok):
        raise VErr("number string %r not found as a whole number" % tok)
    p = v_parse(tok)
    if as_pct and p["kind"] == "num":
        p = dict(p)
        p["value"] /= 100
        p["unit"] /= 100
        p["tol"] = p["unit"] / 2
        p["exact"] = False
        p["kind"] = "pct"
    return p


def v_operand(text, op, as_pct=False):
    """str | list (sum) | {"sum":[..], "sub":[..]} -> (lo, hi, unit, exact, center)"""
    if isinstance(op, str):
        plus, minus = [op], []
    elif isinstance(op, list):
        plus, minus = op, []
    elif isinstance(op, dict):
        plus, minus = op.get("sum", []), op.get("sub", [])
    else:
        raise VErr("bad operand")
    val = Fraction(0)
    tol = Fraction(0)
    unit = Fraction(0)
    exact = True
    for sgn, group in ((1, plus), (-1, minus)):
        for t in group:
            p = v_num(text, t, as_pct)
            val += sgn * p["value"]
            tol += p["tol"]
            unit = max(unit, p["unit"])
            exact = exact and p["exact"]
    return val - tol, val + tol, unit, exact, val


def v_show(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    with localcontext() as ctx:
        ctx.prec = 28
        d = Decimal(x.numerator) / Decimal(x.denominator)
    s = format(d.quantize(Decimal("0.0001")), "f").rstrip("0").rstrip(".")
    return s


def v_rate_status(s, u, lo, hi, far=2):
    """stated value s (unit u of its last digit) against computed interval."""
    # rounding: [s-u/2, s+u/2]; truncation toward zero: [s, s+u) (or (s-u, s] if negative)
    if s >= 0:
        ok = hi >= s - u / 2 and lo < s + u
    else:
        ok = lo <= s + u / 2 and hi > s - u
    if ok:
        return "consistent"
    dist = lo - s if s < lo else s - hi
    return "inconsistent" if dist >= far * u else "grey"


def v_gap(alo, ahi, blo, bhi):
    """signed gap between intervals: 0 overlap, <0 if b below a, >0 if b above a"""
    if bhi < alo:
        return bhi - alo
    if blo > ahi:
        return blo - ahi
    return Fraction(0)


def v_eval(text, c):
    rel = c.get("rel")
    if rel in ("sum_eq", "linear"):
        if rel == "sum_eq":
            wlo, whi, wu, wex, wv = v_operand(text, c["whole"])
            slo, shi, su, sex, sv = v_operand(text, c["parts"])
            mode = c.get("mode", "exact")
            expl = "+".join(v_show(v_parse(t)["value"]) for t in c["parts"]) + f"={v_show(sv)} vs {v_show(wv)}"
        else:
            plus = [t for s_, t in c["terms"] if s_ == "+"]
            minus = [t for s_, t in c["terms"] if s_ == "-"]
            slo, shi, su, sex, sv = v_operand(text, {"sum": plus, "sub": minus})
            wlo, whi, wu, wex, wv = v_operand(text, c["result"])
            mode = "exact"
            expl = "".join(f"{s_}{v_show(v_parse(t)['value'])}" for s_, t in c["terms"]) + f"={v_show(sv)} vs {v_show(wv)}"
        u = max(wu, su)
        g = v_gap(wlo, whi, slo, shi)
        if g == 0:
            st = "consistent"
        elif abs(g) < u:
            st = "grey"
        elif g < 0:
            st = "negative" if mode == "partial" else "inconsistent"
        else:
            st = "inconsistent"
        if not (wex and sex) and st != "grey":
            expl += f" (tolerance {v_show(whi - wv + shi - sv)})"
        return st, expl
    if rel == "count":
        n = v_num(text, c["stated"])["value"]
        for it in c["items"]:
            if it not in text:
                raise VErr("listed item %r missing" % it)
        k = len(c["items"])
        expl = f"{k} items listed vs stated {v_show(n)}"
        if k == n:
            return "consistent", expl
        if c.get("mode") == "deng" and k < n:
            return "negative", expl + " ('等', list may be partial)"
        return "inconsistent", expl
    if rel in ("pct", "quot"):
        st_ = v_num(text, c["stated"], as_pct=c.get("bare_pct", False))
        nlo, nhi, _, _, nv = v_operand(text, c["num"])
        dlo, dhi, _, _, dv = v_operand(text, c["den"])
        if dlo <= 0 or nlo < 0:
            raise VErr("non-positive operand")
        lo, hi = nlo / dhi, nhi / dlo
        s = st_["value"]
        u = st_["unit"]
        st = v_rate_status(s, u, lo, hi)
        mul = 1000 if st_["kind"] == "permille" else (100 if st_["kind"] == "pct" else 1)
        expl = f"{v_show(nv)}/{v_show(dv)}={v_show(nv / dv * mul)} vs stated {v_show(s * mul)}"
        return st, expl
    if rel in ("growth", "real_growth"):
        st_ = v_num(text, c["stated"], as_pct=c.get("bare_pct", False))
        blo, bhi, _, _, bv = v_operand(text, c["base"])
        clo, chi, _, _, cv = v_operand(text, c["cur"])
        if blo <= 0:
            raise VErr("non-positive base")
        lo, hi = clo / bhi - 1, chi / blo - 1
        sgn = c.get("sign", 1)
        s = sgn * st_["value"]
        u = st_["unit"]
        mul = 100 if st_["kind"] == "pct" else 1
        expl = f"({v_show(cv)}-{v_show(bv)})/{v_show(bv)}={v_show((cv / bv - 1) * mul)} vs stated {v_show(s * mul)}"
        if rel == "growth":
            return v_rate_status(s, u, lo, hi), expl
        rlo, rhi = (1 + lo) / Fraction(110, 100) - 1, (1 + hi) / Fraction(95, 100) - 1
        expl += f"; comparable-price band {v_show(rlo * mul)}..{v_show(rhi * mul)}"
        if v_rate_status(s, u, rlo, rhi) == "consistent":
            return "negative", expl
        dist = rlo - s if s < rlo else s - rhi
        return ("inconsistent" if dist >= Fraction(5, 100) else "grey"), expl
    if rel == "pp":
        st_ = v_num(text, c["stated"])
        flo, fhi, _, _, fv = v_operand(text, c["from"])
        tlo, thi, _, _, tv = v_operand(text, c["to"])
        lo, hi = (tlo - fhi) * 100, (thi - flo) * 100
        s = c.get("sign", 1) * st_["value"]
        expl = f"{v_show(tv * 100)}-{v_show(fv * 100)}={v_show((tv - fv) * 100)} points vs stated {v_show(s)}"
        return v_rate_status(s, st_["unit"], lo, hi), expl
    if rel == "sum100":
        slo, shi, su, _, sv = v_operand(text, c["parts"], as_pct=c.get("bare_pct", False))
        mode = c.get("mode", "exact")
        expl = f"shares sum to {v_show(sv * 100)}%"
        if slo <= 1 <= shi:
            return "consistent", expl
        if shi < 1:
            if mode == "partial":
                return ("negative" if 1 - shi >= su else "grey"), expl + " (partial list)"
            return ("inconsistent" if 1 - shi >= 2 * su else "grey"), expl
        return ("inconsistent" if slo - 1 >= 2 * su else "grey"), expl
    if rel == "overlap":
        wlo, whi, _, _, wv = v_operand(text, c["whole"])
        mx = Fraction(0)
        for t in c["parts"]:
            plo, phi, _, _, pv = v_operand(text, t)
            mx = max(mx, plo)
        expl = "overlapping groups, each within the whole " + v_show(wv)
        return ("negative" if mx <= whi else "grey"), expl
    if rel == "approx":
        q = c["qual"]
        tok = c["stated"]
        st_ = v_num(text, tok, as_pct=False)
        if (q + tok) not in text and (tok + q) not in text:
            raise VErr("qualifier not next to the number")
        if "parts" in c:
            lo, hi, _, _, cv = v_operand(text, c["parts"])
        else:
            nlo, nhi, _, _, nv = v_operand(text, c["num"])
            dlo, dhi, _, _, dv = v_operand(text, c["den"])
            cv = nv / dv
        s = st_["value"]
        expl = f"computed {v_show(cv)} vs '{q}' {v_show(s)}"
        ok = False
        if q in ("约", "大约", "左右", "大概"):
            ok = abs(cv - s) <= s / 10
        elif q in ("近", "接近", "将近", "近乎"):
            ok = s * Fraction(9, 10) <= cv <= s + st_["tol"]
        elif q in ("超过", "逾", "以上", "余", "多", "超", "突破"):
            ok = s <= cv <= s * Fraction(13, 10)
        return ("negative" if ok else "grey"), expl
    if rel == "none":
        for t in c["tokens"]:
            if t not in text:
                raise VErr("token %r missing" % t)
        return "negative", "nothing checkable: " + c.get("why", "")
    if rel == "malformed":
        return "malformed", "malformed percentage " + repr(c["token"])
    raise VErr("unknown rel %r" % rel)


def v_label(rec):
    """derive the label of a record; returns (label or None, explanation)."""
    text = rec["text"]
    checks = rec.get("checks") or []
    if not checks:
        return None, "no checks"
    spans = v_malformed_spans(text)
    sts = []
    expls = []
    has_mal = False
    for c in checks:
        try:
            if c.get("rel") == "malformed":
                tok = c["token"]
                i = text.find(tok)
                if i < 0:
                    return None, "malformed token missing"
                if not any(a < i + len(tok) and b > i for a, b, _ in spans):
                    return None, "malformed token not detected"
                nm = [n for a, b, n in spans if a < i + len(tok) and b > i][0]
                has_mal = True
                expls.append(f"malformed percentage {tok!r} ({nm})")
                continue
            st, ex = v_eval(text, c)
        except VErr as e:
            return None, "error: %s" % e
        except (ZeroDivisionError, ValueError, KeyError, TypeError) as e:
            return None, "error: %r" % e
        if st == "grey":
            return None, "grey zone: " + ex
        sts.append(st)
        expls.append(f"{c['rel']}: {ex} -> {st}")
    if spans and not has_mal:
        return None, "unexpected malformed percentage %r" % (spans[0],)
    if has_mal:
        if "inconsistent" in sts:
            return None, "malformed record with wrong arithmetic"
        return "inconsistent", "; ".join(expls)
    if "inconsistent" in sts:
        return "inconsistent", "; ".join(expls)
    if "consistent" in sts:
        return "consistent", "; ".join(expls)
    return "negative", "; ".join(expls)


# =====================================================================
# driver
# =====================================================================
PER_FAMILY = 1400
SHARE = {"C": 0.40, "I": 0.45, "N": 0.15}


def plan(family):
    styles = [s for s in STYLES if s["family"] == family]
    counts = {}
    for L in "CIN":
        ss = [s for s in styles if L in s["labels"]]
        if not ss:
            continue
        tgt = round(PER_FAMILY * SHARE[L])
        base, rem = divmod(tgt, len(ss))
        for k, s in enumerate(ss):
            n = base + (1 if k < rem else 0)
            counts[(s["name"], L)] = min(13, max(10, n))
    return counts


def generate(seed, stats=None):
    recs = []
    seen = set()
    for fam in ("totals", "pct"):
        counts = plan(fam)
        serial = 0
        for s in STYLES:
            if s["family"] != fam:
                continue
            for L in s["labels"]:
                n = counts[(s["name"], L)]
                key = f"{seed}|{fam}|{s['name']}|{LAB[L]}"
                rng = random.Random(zlib.crc32(key.encode("utf-8")))
                made = tries = 0
                while made < n:
                    tries += 1
                    if tries > 80 * n + 400:
                        raise RuntimeError("cannot generate %s" % key)
                    out = s["fn"](rng, L)
                    if out is None:
                        continue
                    text, what, checks = out
                    if text in seen:
                        continue
                    rec = {"id": "", "family": fam, "style": s["name"], "label": LAB[L],
                           "text": text, "note": "", "checks": checks}
                    lab, expl = v_label(rec)
                    if lab != LAB[L]:
                        if stats is not None:
                            stats.setdefault(key, []).append(expl)
                        continue
                    seen.add(text)
                    serial += 1
                    rec["id"] = f"n6-{fam}-{serial:06d}"
                    rec["note"] = what + " | " + expl
                    recs.append(rec)
                    made += 1
    return recs


def verify_file(path):
    bad = 0
    total = 0
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            total += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"line {ln}: bad json {e}")
                bad += 1
                continue
            if rec.get("id") in ids:
                print(f"line {ln}: duplicate id {rec.get('id')}")
                bad += 1
            ids.add(rec.get("id"))
            if rec.get("family") not in ("totals", "pct") or rec.get("label") not in ("consistent", "inconsistent", "negative"):
                print(f"line {ln}: bad family/label")
                bad += 1
                continue
            if rec["style"].startswith("malformed") and (rec["family"] != "pct" or rec["label"] != "inconsistent"):
                print(f"line {ln}: malformed style must be pct/inconsistent")
                bad += 1
            lab, expl = v_label(rec)
            if lab != rec["label"]:
                bad += 1
                print(f"line {ln} {rec.get('id')}: label {rec['label']} but verifier says {lab}: {expl}")
    print(f"{total} records, {bad} problems")
    return bad == 0 and total > 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="numbers6.jsonl")
    ap.add_argument("--verify", metavar="FILE")
    ap.add_argument("--stats", action="store_true", help="print counts per family/label/style")
    args = ap.parse_args()
    if args.verify:
        sys.exit(0 if verify_file(args.verify) else 1)
    drops = {}
    recs = generate(args.seed, drops)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    fam_lab = {}
    for r in recs:
        fam_lab[(r["family"], r["label"])] = fam_lab.get((r["family"], r["label"]), 0) + 1
    print(f"wrote {len(recs)} records to {args.out}")
    for k in sorted(fam_lab):
        print(f"  {k[0]:7s} {k[1]:13s} {fam_lab[k]}")
    if args.stats:
        per = {}
        for r in recs:
            d = per.setdefault((r["family"], r["style"]), {})
            d[r["label"]] = d.get(r["label"], 0) + 1
        for k in sorted(per, key=lambda x: (x[0], [s["name"] for s in STYLES].index(x[1]))):
            print(f"  {k[0]:7s} {k[1]:32s} " + " ".join(f"{l[:4]}={per[k].get(l, 0)}" for l in ("consistent", "inconsistent", "negative")))
        print("  styles:", {f: len([s for s in STYLES if s['family'] == f]) for f in ("totals", "pct")})
        tot = sum(len(v) for v in drops.values())
        print(f"  regenerated (dropped) attempts: {tot}")
        worst = sorted(drops.items(), key=lambda kv: -len(kv[1]))[:8]
        for k, v in worst:
            print(f"    {k}: {len(v)} e.g. {v[0][:150]}")


if __name__ == "__main__":
    main()
