#!/usr/bin/env python3
"""numbers43_gen.py -- held-out set 43: Chinese report statements with totals and percentages.

Generate:  python3 numbers43_gen.py --seed 11 --out numbers43_seed11.jsonl
Verify:    python3 numbers43_gen.py --verify numbers43_seed11.jsonl [more files]

Standard library only.  Every style draws from its own random.Random seeded with the
string "<seed>:<style>", so output does not depend on PYTHONHASHSEED or on style order.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 60
DEBUG = bool(__import__("os").environ.get("N43_DEBUG"))

# =====================================================================================
# names
# =====================================================================================
SYL = list("安宝昌川丹德东丰福嘉江金靖康乐临龙隆罗梅宁平清庆瑞山顺泰通桐武西祥新兴阳沂永玉云泽章长中舟遵岚溪桥湾岭源坪峰汇鹤柳桂松潭")
SURN = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余")
GIVEN = list("建国华明丽芳伟强军平红霞敏静磊洋勇艳杰涛超秀英娟峰斌辉刚健雪梅文燕宇")


def place(rng):
    a = rng.choice(SYL)
    b = rng.choice([s for s in SYL if s != a])
    return a + b


def county(rng):
    return place(rng) + rng.choice(["县", "区", "市", "县", "县"])


def town(rng):
    return place(rng) + rng.choice(["镇", "乡", "街道", "镇"])


def person(rng):
    return rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def distinct(rng, fn, n):
    out = []
    while len(out) < n:
        x = fn(rng)
        if x not in out:
            out.append(x)
    return out


UNIT_NAMES = {
    "bank": ["农村商业银行", "村镇银行", "农商银行支行", "城市商业银行分行"],
    "lot": ["福利彩票销售厅", "体育彩票专营店", "彩票代销点"],
    "geo": ["地震监测站", "地质环境监测站", "群测群防站"],
    "pub": ["出版社", "新华书店", "广播电视台", "融媒体中心"],
    "rel": ["博物馆", "文物管理所", "纪念馆", "职工服务中心"],
}

# =====================================================================================
# number formatting (generator side)
# =====================================================================================
MULT = {"": 1, "万": 10 ** 4, "亿": 10 ** 8}
FWD = str.maketrans("0123456789", "０１２３４５６７８９")
CND = "零一二三四五六七八九"


def cn_sec(n, leading):
    s, zero, started = "", False, False
    for u, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // u % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        if u == 10 and d == 1 and not started and leading:
            s += "十"
        else:
            ch = CND[d]
            if d == 2 and u == 1000 and not started:
                ch = "两"
            s += ch + name
        started = True
    return s


def cn_int(n):
    if n == 0:
        return "零"
    hi, lo = divmod(n, 10000)
    if not hi:
        return cn_sec(lo, True)
    s = ("两" if hi == 2 else cn_sec(hi, True)) + "万"
    if lo:
        s += ("零" if lo < 1000 else "") + cn_sec(lo, False)
    return s


def group3(ip, sep):
    s = str(ip)
    if not sep or ip < 1000:
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmtnum(k, dec, fmt):
    if fmt == "cn":
        assert dec == 0
        return cn_int(k)
    ip, fp = divmod(k, 10 ** dec)
    sep = {"comma": ",", "fwcomma": "，", "space": " "}.get(fmt, "")
    s = group3(ip, sep)
    if dec:
        s += "." + str(fp).zfill(dec)
    if fmt == "fullwidth":
        s = s.translate(FWD)
    return s


class Q:
    """A number as it will be written: k units of 10^-dec, times MULT[mult], then unit."""

    def __init__(self, k, dec=0, mult="", unit="", fmt="plain"):
        self.k, self.dec, self.mult, self.unit, self.fmt = k, dec, mult, unit, fmt
        self.bad = None  # malformed percentage kind

    def frac(self):
        u = MULT[self.unit[0]] if (not self.mult and self.unit[:1] in ("万", "亿")) else 1
        return Fraction(self.k, 10 ** self.dec) * MULT[self.mult] * u

    def num(self):
        return fmtnum(self.k, self.dec, self.fmt)

    def lit(self):
        if self.bad:
            n = self.num()
            if self.bad == "xx":
                return "xx%"
            if self.bad == "space":
                return n + " %"
            if self.bad == "lead":
                return "%" + n
            if self.bad == "double":
                return n + "%%"
            if self.bad == "dots":
                return n.replace(".", "..", 1) + "%"
        return self.num() + self.mult + self.unit

    def copy(self):
        q = Q(self.k, self.dec, self.mult, self.unit, self.fmt)
        q.bad = self.bad
        return q


def rnd(fr, dec):
    """round half up a Fraction to dec decimals -> integer k; None on an exact tie."""
    x = fr * 10 ** dec
    fl = x.numerator // x.denominator
    rem = x - fl
    if rem == Fraction(1, 2):
        return None
    return fl + 1 if rem > Fraction(1, 2) else fl


def pct_q(num, den, dec, scale=100):
    k = rnd(Fraction(num.frac()) / den.frac() * scale, dec)
    return None if k is None else Q(k, dec, "", "%")


class Retry(Exception):
    pass


def perturb_int(rng, k, min_delta=1):
    s = str(k)
    for _ in range(80):
        m = rng.random()
        if m < 0.35 and len(s) >= 2:
            i = rng.randrange(len(s))
            d = rng.choice([c for c in "0123456789" if c != s[i]])
            if i == 0 and d == "0":
                continue
            new = int(s[:i] + d + s[i + 1:])
        elif m < 0.55 and len(s) >= 2:
            i = rng.randrange(len(s) - 1)
            if s[i] == s[i + 1]:
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] == "0":
                continue
            new = int(t)
        else:
            mag = 10 ** rng.randrange(max(1, len(s) - 1))
            new = k + rng.choice([-1, 1]) * rng.randint(1, 9) * mag
        if new > 0 and abs(new - k) >= min_delta and new != k:
            return new
    return k + min_delta + rng.randint(0, 5)


def perturb_rate(rng, q, cap=None):
    """wrong rate: differs from q by >= max(2 units, 0.3 points)."""
    unit = 10 ** q.dec
    need = max(2, -(-3 * unit // 10))
    s = str(q.k)
    for _ in range(80):
        m = rng.random()
        if m < 0.3 and len(s) >= 2:
            i = rng.randrange(len(s) - 1)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            new = int(t)
        else:
            new = q.k + rng.choice([-1, 1]) * rng.randint(need, max(need + 1, 4 * unit))
        if new > 0 and abs(new - q.k) >= need and (cap is None or new < cap * unit):
            return new
    raise Retry("rate perturb")


# =====================================================================================
# sources: wholes (totals) and rate / growth / per / completion specs
# =====================================================================================
class W:
    def __init__(self, subj, unit, mult, dec, lo, hi, parts, pt="{p}{v}", money=False, noun=None, flow=False):
        self.flow = flow
        self.subj, self.unit, self.mult, self.dec = subj, unit, mult, dec
        self.lo, self.hi, self.parts, self.pt, self.money = lo, hi, parts, pt, money
        self.noun = noun or subj


WHOLES = {
    "bank": [
        W("全辖金融机构本外币各项存款余额", "亿元", "", 2, 30, 900, ["住户存款", "非金融企业存款", "机关团体存款", "财政性存款"], money=True, noun="存款余额"),
        W("全辖金融机构本外币各项贷款余额", "亿元", "", 2, 40, 800, ["短期贷款", "中长期贷款", "票据融资"], money=True, noun="贷款余额"),
        W("普惠小微贷款余额", "亿元", "", 2, 3, 60, ["国有大型银行", "股份制商业银行", "城市商业银行", "农村金融机构"], pt="{p}{v}", money=True, noun="普惠小微贷款"),
        W("不良贷款余额", "亿元", "", 2, 0.3, 9, ["次级类", "可疑类", "损失类"], money=True, noun="不良贷款"),
        W("累计发放普惠小微贷款", "亿元", "", 2, 2, 50, ["国有大型银行", "股份制商业银行", "地方法人银行"], money=True, noun="普惠小微贷款发放额", flow=True),
        W("涉农贷款余额", "亿元", "", 2, 10, 300, ["农户贷款", "农村企业贷款", "农村各类组织贷款"], money=True, noun="涉农贷款"),
        W("新开立单位银行结算账户", "户", "", 0, 200, 4000, ["基本存款账户", "一般存款账户", "专用存款账户", "临时存款账户"], noun="新开户", flow=True),
    ],
    "lot": [
        W("彩票销售额", "亿元", "", 2, 2, 40, ["福利彩票", "体育彩票"], pt="销售{p}{v}", money=True, noun="彩票销售额", flow=True),
        W("福利彩票销售额", "万元", "", 0, 500, 30000, ["乐透数字型", "即开型", "视频型", "基诺型"], money=True, noun="福彩销量", flow=True),
        W("体育彩票销售额", "万元", "", 0, 800, 40000, ["乐透型", "竞猜型", "即开型"], money=True, noun="体彩销量", flow=True),
        W("福彩公益金支出", "万元", "", 1, 50, 3000, ["养老服务", "残疾人福利", "儿童福利", "社会救助", "社区公益服务"], pt="用于{p}{v}", money=True, noun="公益金支出", flow=True),
        W("彩票销售网点", "个", "", 0, 30, 900, ["城区网点", "乡镇网点", "村级网点"], noun="网点"),
    ],
    "geo": [
        W("排查确认地质灾害隐患点", "处", "", 0, 5, 400, ["滑坡", "崩塌", "泥石流", "地面塌陷"], noun="隐患点"),
        W("发生地质灾害", "起", "", 0, 1, 60, ["滑坡", "崩塌", "泥石流", "地面塌陷"], noun="地质灾害", flow=True),
        W("建成地震监测台站", "个", "", 0, 2, 60, ["测震台", "强震动台", "地球物理台", "宏观观测点"], noun="监测台站"),
        W("投入地质灾害防治资金", "万元", "", 1, 50, 5000, ["中央补助资金", "省级资金", "市县配套资金"], money=True, noun="防治资金", flow=True),
        W("隐患点威胁人口", "人", "", 0, 300, 9000, ["滑坡隐患", "崩塌隐患", "泥石流隐患"], pt="{p}威胁{v}", noun="威胁人口"),
    ],
    "pub": [
        W("出版图书", "种", "", 0, 80, 3000, ["新版图书", "重印图书"], noun="出版图书", flow=True),
        W("图书总印数", "册", "万", 1, 20, 3000, ["新版图书", "重印图书", "课本"], noun="印数", flow=True),
        W("出版报纸期刊", "种", "", 0, 5, 120, ["报纸", "期刊"], noun="报刊"),
        W("有线电视用户", "户", "万", 2, 1, 80, ["城市用户", "农村用户"], noun="有线电视用户"),
        W("制作广播电视节目", "小时", "", 0, 300, 9000, ["广播节目", "电视节目"], noun="节目时长", flow=True),
        W("出版物发行网点", "处", "", 0, 10, 600, ["国有书店", "民营书店", "农家书屋代销点"], noun="发行网点"),
        W("新闻出版营业收入", "万元", "", 0, 500, 60000, ["图书出版", "报刊出版", "发行零售"], money=True, noun="营业收入", flow=True),
    ],
    "rel": [
        W("公布文物保护单位", "处", "", 0, 2, 200, ["国家级", "省级", "市级", "县级"], noun="文物保护单位"),
        W("登录可移动文物", "件/套", "", 0, 200, 30000, ["珍贵文物", "一般文物"], noun="可移动文物"),
        W("馆藏珍贵文物", "件/套", "", 0, 10, 3000, ["一级文物", "二级文物", "三级文物"], noun="珍贵文物"),
        W("发展工会会员", "人", "", 0, 500, 90000, ["男性会员", "女性会员"], noun="工会会员"),
        W("建立基层工会组织", "个", "", 0, 20, 2000, ["企业工会", "机关事业单位工会", "社会组织工会"], noun="基层工会"),
        W("发放困难职工帮扶资金", "万元", "", 1, 5, 900, ["生活救助", "医疗救助", "助学救助"], pt="{p}{v}", money=True, noun="帮扶资金", flow=True),
        W("文物保护经费", "万元", "", 0, 50, 6000, ["中央资金", "省级资金", "本级财政"], money=True, noun="文物经费", flow=True),
    ],
}

GENDER = {
    "bank": ("银行业从业人员", "人"),
    "lot": ("公益金资助困难群众", "人"),
    "geo": ("搬迁避让群众", "人"),
    "pub": ("新闻出版从业人员", "人"),
    "rel": ("工会会员", "人"),
}

# rate spec: name, num noun, den noun, unit, mult, dec, den lo, den hi, r lo, r hi
RATES = {
    "bank": [("不良贷款率", "不良贷款余额", "各项贷款余额", "亿元", "", 2, 200, 2000, 0.008, 0.035),
             ("存贷比", "各项贷款余额", "各项存款余额", "亿元", "", 2, 300, 3000, 0.55, 0.95),
             ("普惠小微贷款占比", "普惠小微贷款余额", "各项贷款余额", "亿元", "", 2, 200, 2000, 0.08, 0.25),
             ("住户存款占比", "住户存款", "各项存款余额", "亿元", "", 2, 300, 3000, 0.45, 0.75),
             ("首贷户占比", "首贷户", "新增贷款户", "户", "", 0, 500, 9000, 0.1, 0.4)],
    "lot": [("福利彩票占比", "福利彩票销售额", "彩票销售总额", "亿元", "", 2, 5, 80, 0.3, 0.6),
            ("即开型占比", "即开型彩票销售额", "福利彩票销售额", "万元", "", 0, 3000, 90000, 0.05, 0.3),
            ("公益金筹集比例", "筹集公益金", "彩票销售额", "万元", "", 0, 5000, 90000, 0.26, 0.36),
            ("养老服务支出占比", "用于养老服务的公益金", "公益金支出", "万元", "", 1, 500, 9000, 0.3, 0.6),
            ("电脑票网点占比", "电脑票销售网点", "彩票销售网点", "个", "", 0, 100, 1500, 0.5, 0.9)],
    "geo": [("隐患点治理率", "已完成治理的隐患点", "地质灾害隐患点", "处", "", 0, 50, 900, 0.2, 0.8),
            ("专业监测覆盖率", "安装专业监测设备的隐患点", "地质灾害隐患点", "处", "", 0, 50, 900, 0.3, 0.95),
            ("台站运行率", "正常运行的监测台站", "地震监测台站", "个", "", 0, 40, 300, 0.85, 0.99),
            ("群测群防覆盖率", "落实群测群防员的隐患点", "隐患点", "处", "", 0, 200, 900, 0.9, 0.99),
            ("避险转移率", "已转移群众", "受威胁群众", "人", "", 0, 800, 9000, 0.6, 0.98)],
    "pub": [("有线数字化率", "数字电视用户", "有线电视用户", "户", "万", 2, 5, 90, 0.6, 0.98),
            ("新版图书占比", "新版图书", "出版图书", "种", "", 0, 100, 3000, 0.3, 0.7),
            ("广播节目人口综合覆盖率", "广播节目覆盖人口", "常住人口", "人", "万", 2, 20, 900, 0.97, 0.995),
            ("电视节目人口综合覆盖率", "电视节目覆盖人口", "常住人口", "人", "万", 2, 20, 900, 0.97, 0.995),
            ("高清用户占比", "高清电视用户", "有线电视用户", "户", "万", 2, 5, 90, 0.3, 0.8)],
    "rel": [("入会率", "工会会员", "职工总数", "人", "", 0, 2000, 90000, 0.8, 0.98),
            ("女性会员占比", "女性会员", "工会会员", "人", "", 0, 2000, 90000, 0.35, 0.55),
            ("珍贵文物占比", "珍贵文物", "可移动文物", "件/套", "", 0, 500, 40000, 0.05, 0.3),
            ("帮扶覆盖率", "已帮扶困难职工", "在档困难职工", "户", "", 0, 50, 2000, 0.85, 0.99),
            ("国保省保占比", "国家级和省级文物保护单位", "文物保护单位", "处", "", 0, 30, 400, 0.1, 0.3)],
}

# completion: thing, unit, mult, dec, lo, hi, verb
TARGETS = {
    "bank": [("普惠小微贷款投放", "亿元", "", 2, 10, 200, "投放"), ("创业担保贷款发放", "万元", "", 0, 2000, 40000, "发放")],
    "lot": [("彩票销售", "万元", "", 0, 5000, 90000, "销售"), ("福彩公益金筹集", "万元", "", 1, 500, 9000, "筹集")],
    "geo": [("地质灾害搬迁避让", "户", "", 0, 100, 3000, "搬迁"), ("隐患点工程治理", "处", "", 0, 20, 300, "治理")],
    "pub": [("农家书屋图书补充更新", "册", "万", 1, 5, 200, "更新"), ("应急广播终端安装", "个", "", 0, 500, 9000, "安装")],
    "rel": [("困难职工帮扶", "户", "", 0, 100, 3000, "帮扶"), ("文物安全巡查", "次", "", 0, 200, 5000, "巡查")],
}

# growth: noun, unit, mult, dec, lo, hi
GROWTH = {
    "bank": [("各项存款余额", "亿元", "", 2, 200, 3000), ("各项贷款余额", "亿元", "", 2, 200, 3000), ("普惠小微贷款余额", "亿元", "", 2, 20, 300)],
    "lot": [("彩票销售额", "亿元", "", 2, 5, 80), ("福利彩票销售额", "万元", "", 0, 5000, 90000), ("筹集公益金", "万元", "", 1, 500, 9000)],
    "geo": [("地质灾害防治资金", "万元", "", 1, 200, 9000), ("搬迁避让户数", "户", "", 0, 200, 5000), ("地震监测台站", "个", "", 0, 30, 300)],
    "pub": [("出版图书", "种", "", 0, 200, 5000), ("图书总印数", "册", "万", 1, 100, 5000), ("有线电视用户", "户", "万", 2, 5, 90)],
    "rel": [("工会会员", "人", "", 0, 5000, 90000), ("困难职工帮扶资金", "万元", "", 1, 100, 3000), ("可移动文物", "件/套", "", 0, 2000, 40000)],
}

# per: total noun, total unit, mult, dec, lo, hi ; count noun, count unit, lo, hi ; label, value unit, value mult, value dec
PERS = {
    "bank": [("普惠小微贷款余额", "亿元", "", 2, 20, 300, "贷款户", "户", 2000, 40000, "户均贷款", "元", "万", 1)],
    "lot": [("公益金资助资金", "万元", "", 1, 50, 2000, "受助群众", "人", 200, 8000, "人均受助", "元", "", 0)],
    "geo": [("搬迁避让群众", "人", "", 0, 400, 9000, "搬迁户", "户", 120, 2500, "户均", "人", "", 1),
            ("搬迁补助资金", "万元", "", 1, 500, 9000, "搬迁户", "户", 120, 2500, "户均补助", "元", "万", 2)],
    "pub": [("图书总印数", "册", "万", 1, 200, 3000, "常住人口", "人", 800000, 9000000, "人均拥有图书", "册", "", 2)],
    "rel": [("困难职工帮扶资金", "万元", "", 1, 50, 2000, "帮扶困难职工", "户", 200, 6000, "户均帮扶", "元", "", 0)],
}

HEADS = {
    "bank": ["一、金融运行情况", "（二）金融服务实体经济", "三、银行业运行总体平稳", "金融运行简况"],
    "lot": ["（三）彩票发行与公益金管理", "二、福利彩票发行工作", "彩票发行销售情况", "四、公益金使用"],
    "geo": ["一、地质灾害防治", "（四）防震减灾工作", "地质灾害隐患排查情况", "二、监测预警体系建设"],
    "pub": ["二、新闻出版", "（五）广播电视公共服务", "出版发行情况", "三、公共文化服务"],
    "rel": ["三、文物保护利用", "（二）工会组织建设", "困难职工帮扶工作", "四、职工权益维护"],
}
AGENCY = {
    "bank": ["人民银行中心支行", "金融监管分局", "统计局"],
    "lot": ["民政局", "体育局", "福利彩票发行中心"],
    "geo": ["自然资源局", "应急管理局", "地震局"],
    "pub": ["文化广电旅游局", "新闻出版局", "统计局"],
    "rel": ["文物局", "总工会", "文化广电旅游局"],
}


def ctx_line(rng, src, year):
    k = rng.randrange(7)
    if k == 0:
        return rng.choice(HEADS[src])
    if k == 1:
        return "%d年%d月%d日" % (year + 1, rng.randint(1, 3), rng.randint(1, 28))
    if k == 2:
        return "（数据来源：%s%s）" % (place(rng), rng.choice(AGENCY[src]))
    if k == 3:
        return "全年召开专题工作会议%d次，研究部署重点任务。" % rng.randint(2, 12)
    if k == 4:
        return "%s%s" % (place(rng), rng.choice(AGENCY[src]))
    if k == 5:
        return "以上数据为快报数，最终以年报为准。"
    return "报告期：%d年1—12月" % year


# =====================================================================================
# record context
# =====================================================================================
NEG_MARKERS = ["等", "主要有", "数量较多的是", "其中较多的是"]
APPROX = ["约", "近", "余", "左右", "超过"]


class C:
    def __init__(self, rng, label, src, family):
        self.rng, self.label, self.src, self.family = rng, label, src, family
        self.year = rng.randint(2019, 2024)
        self.checks, self.breaks, self.notes = [], [], []
        self.fmt = "plain"

    # ---- numbers
    def q(self, k, dec=0, mult="", unit="", fmt=None):
        return Q(k, dec, mult, unit, fmt or self.fmt)

    def rint(self, lo, hi, dec):
        return self.rng.randint(max(1, int(lo * 10 ** dec)), int(hi * 10 ** dec))

    # ---- inconsistency candidates: (callable) each perturbs one number used by exactly one check
    def can(self, q, mode, min_delta=1, cap=None, what=""):
        self.breaks.append((q, mode, min_delta, cap, what))

    def apply_break(self, allow_bad=True):
        if self.label != "inconsistent":
            return
        rng = self.rng
        pcts = [b for b in self.breaks if b[1] in ("rate", "share") and b[0].unit == "%"]
        if allow_bad and self.family == "pct" and pcts and rng.random() < 0.28:
            q = rng.choice(pcts)[0]
            kinds = ["xx", "space", "lead", "double"] + (["dots", "dots"] if q.dec else [])
            q.bad = rng.choice(kinds)
            self.notes.append("malformed percentage literal %s" % q.lit())
            return
        if not self.breaks:
            raise Retry("nothing to break")
        q, mode, md, cap, what = rng.choice(self.breaks)
        old = q.lit()
        if mode == "int":
            q.k = perturb_int(rng, q.k, md)
        elif mode == "rate":
            q.k = perturb_rate(rng, q, cap)
        elif mode == "small":
            q.k = max(1, q.k + rng.choice([-2, -1, 1, 1, 2]))
        elif mode == "share":
            q.k = max(1, q.k + rng.choice([-1, 1]) * rng.randint(1, 6) * 10 ** q.dec)
        self.notes.append("%s changed %s -> %s" % (what or "value", old, q.lit()))

    # ---- checks
    def sum_(self, total, parts):
        self.checks.append({"rel": "sum", "total": total.lit(), "parts": [p.lit() for p in parts]})

    def bal(self, plus, minus, result):
        self.checks.append({"rel": "balance", "plus": [p.lit() for p in plus], "minus": [m.lit() for m in minus], "result": result.lit()})

    def rate(self, num, den, r):
        if r.bad:
            self.checks.append({"rel": "malformed_pct", "literal": r.lit(), "related": [num.lit(), den.lit()]})
        else:
            self.checks.append({"rel": "rate", "num": num.lit(), "den": den.lit(), "rate": r.lit()})

    def growth(self, old, new, r, d):
        if r.bad:
            self.checks.append({"rel": "malformed_pct", "literal": r.lit(), "related": [old.lit(), new.lit()]})
        else:
            self.checks.append({"rel": "growth", "old": old.lit(), "new": new.lit(), "rate": r.lit(), "dir": d})

    def pp(self, old, new, diff, d):
        self.checks.append({"rel": "pp", "old": old.lit(), "new": new.lit(), "diff": diff.lit(), "dir": d})

    def per(self, total, count, value):
        self.checks.append({"rel": "per", "total": total.lit(), "count": count.lit(), "value": value.lit()})

    def shares(self, qs):
        bad = [q for q in qs if q.bad]
        if bad:
            self.checks.append({"rel": "malformed_pct", "literal": bad[0].lit(), "related": [q.lit() for q in qs if not q.bad]})
        else:
            self.checks.append({"rel": "share_sum", "shares": [q.lit() for q in qs]})

    def neg(self, kind, numbers, marker=None):
        d = {"rel": "neg", "kind": kind, "numbers": numbers}
        if marker:
            d["marker"] = marker
        self.checks.append(d)


# =====================================================================================
# generic sum group with label handling (consistent / one wrong / partial / approx)
# =====================================================================================
class G:
    pass


def approx_str(q, marker):
    n = q.num()
    if marker == "余":
        return n + q.mult + "余" + q.unit
    if marker == "左右":
        return n + q.mult + q.unit + "左右"
    return marker + n + q.mult + q.unit


def approx_total(c, tq, dec, mult, unit, marker):
    """round an exact total (a Q) coarsely in the direction the marker implies."""
    x = Fraction(tq.k, 10 ** tq.dec)
    digits = len(str(int(x)))
    keep = max(1, min(3, digits - 1)) if digits > 1 else 1
    step = Fraction(10) ** (digits - keep) if digits > 1 else Fraction(1, 10)
    lo = (x // step) * step
    hi = lo + step
    if marker in ("余", "超过"):
        v = lo
    elif marker == "近":
        v = hi
    else:
        v = lo if x - lo < hi - x else hi
    if v == x or v <= 0:
        raise Retry("approx equals exact")
    d = 0 if step >= 1 else 1
    return Q(int(v * 10 ** d), d, mult, unit, "plain")


def group(c, w, names, mixed=False, neg_kinds=("partial", "approx"), fmt=None):
    rng = c.rng
    g = G()
    g.names, g.marker, g.approx, g.neg = list(names), None, None, None
    fmt = fmt or c.fmt
    if mixed:
        lo, hi = rng.choice([(800, 9000), (2000, 30000), (5000, 60000)])
        ks = [rng.randint(int(lo), int(hi)) for _ in names]
        s = sum(ks)
        if s % 100 == 50:
            ks[0] += 1
            s += 1
        g.parts = [Q(k, 0, "万", "元", fmt) for k in ks]
        g.total = Q(rnd(Fraction(s, 10000), 2), 2, "亿", "元", fmt)
        md_part, md_tot = 200, 2
    else:
        ks = [c.rint(w.lo, w.hi, w.dec) for _ in names]
        g.parts = [Q(k, w.dec, w.mult, w.unit, fmt) for k in ks]
        g.total = Q(sum(ks), w.dec, w.mult, w.unit, fmt)
        md_part = md_tot = 1
    if c.label == "negative":
        kind = rng.choice(neg_kinds)
        g.neg = kind
        if kind == "partial":
            if len(g.parts) < 2:
                raise Retry("partial needs parts")
            full = g.total.frac()
            keep = rng.randint(min(2, len(g.parts) - 1), len(g.parts) - 1)
            g.parts = g.parts[:keep]
            g.names = g.names[:keep]
            if sum(p.frac() for p in g.parts) == full:
                raise Retry("partial equals")
            g.marker = rng.choice(NEG_MARKERS)
            c.notes.append("partial list marked %s; listed parts do not cover the whole" % g.marker)
        else:
            g.approx = rng.choice(APPROX)
            q = approx_total(c, g.total, g.total.dec, g.total.mult, g.total.unit, g.approx)
            g.total = q
            c.notes.append("approximate total marked %s" % g.approx)
    else:
        for p, n in zip(g.parts, g.names):
            c.can(p, "int", md_part, what="part " + n)
        c.can(g.total, "int", md_tot, what="total")
        c.apply_break()
    return g


def g_total(g):
    return approx_str(g.total, g.approx) if g.approx else g.total.lit()


def g_check(c, g):
    nums = [g.total.lit()] + [p.lit() for p in g.parts]
    if g.neg == "partial":
        c.neg("partial_list", nums, g.marker)
    elif g.neg == "approx":
        c.neg("approx_total", [g_total(g)], g.approx)
    else:
        c.sum_(g.total, g.parts)


def plist(w, names, parts, sep="、"):
    return sep.join(w.pt.format(p=n, v=q.lit()) for n, q in zip(names, parts))


def pick_names(rng, w, lo=2):
    n = rng.randint(max(2, lo), len(w.parts)) if len(w.parts) > 2 else 2
    if rng.random() < 0.6:
        return w.parts[:n]
    idx = sorted(rng.sample(range(len(w.parts)), n))
    return [w.parts[i] for i in idx]


def marker_wrap(g, body):
    """wrap an item list with the partial marker if any."""
    if g.marker == "等":
        return body + "等"
    if g.marker:
        return g.marker + body
    return body


def subj(c, w):
    return c.rng.choice(["", "全市", "全县", "全区", county(c.rng)]) + w.subj


def yr(c):
    return c.rng.choice(["%d年，" % c.year, "截至%d年末，" % c.year, "%d年全年，" % c.year, ""])


# =====================================================================================
# TOTALS constructions
# =====================================================================================
def money_wholes(src):
    return [w for w in WHOLES[src] if w.money]


def t_qizhong(c):
    w = c.rng.choice(WHOLES[c.src])
    g = group(c, w, pick_names(c.rng, w))
    body = plist(w, g.names, g.parts)
    v = c.rng.randrange(3)
    if g.marker in ("数量较多的是", "其中较多的是"):
        qz = "其中较多的是" if g.marker == "其中较多的是" else "其中数量较多的是"
        body = plist(w, g.names, g.parts)
    else:
        qz = "其中"
        body = marker_wrap(g, body)
    if v == 0:
        s = "%s%s%s，%s%s。" % (yr(c), subj(c, w), g_total(g), qz, body)
    elif v == 1:
        s = "%s%s%s%s。%s，%s。" % (yr(c), subj(c, w), "" if g.approx else "达到", g_total(g), qz, body)
    else:
        s = "%s%s%s，%s：%s。" % (yr(c), subj(c, w), g_total(g), qz, body.replace("、", "；"))
    g_check(c, g)
    return [s]


def t_heji(c):
    w = c.rng.choice(WHOLES[c.src])
    g = group(c, w, pick_names(c.rng, w), neg_kinds=("approx",))
    kw = c.rng.choice(["合计", "共计", "总计", "累计"])
    body = plist(w, g.names, g.parts, c.rng.choice(["、", "，"]))
    s = "%s%s，%s%s%s。" % (c.rng.choice(["%d年，" % c.year, "全年", "本年度", ""]), body, c.rng.choice(["", "以上", "各项"]), kw, g_total(g))
    g_check(c, g)
    return [s]


def t_fenbie(c):
    w = c.rng.choice(WHOLES[c.src])
    g = group(c, w, pick_names(c.rng, w), neg_kinds=("approx",))
    nm = "、".join(g.names)
    vals = "、".join(p.lit() for p in g.parts)
    v = c.rng.randrange(2)
    if v == 0:
        s = "%s%s%s，%s分别为%s。" % (yr(c), subj(c, w), g_total(g), nm, vals)
    else:
        s = "%s%s分别为%s，共%s。" % (yr(c), nm, vals, g_total(g))
    g_check(c, g)
    return [s]


def t_bracket(c):
    w = c.rng.choice(WHOLES[c.src])
    g = group(c, w, pick_names(c.rng, w))
    kw = c.rng.choice(["含", "包括", "其中", ""])
    lb, rb = c.rng.choice([("（", "）"), ("(", ")")])
    body = plist(w, g.names, g.parts, c.rng.choice(["、", "，"]))
    if g.marker:
        body = body + "等" if g.marker == "等" else g.marker + body
        kw = "" if g.marker != "等" else kw
    s = "%s%s%s%s%s%s%s，%s。" % (yr(c), subj(c, w), g_total(g), lb, kw, body, rb, c.rng.choice(["总体保持稳定", "较好完成年度任务", "各项工作有序推进", "运行平稳"]))
    g_check(c, g)
    return [s]


def t_lines(c):
    w = c.rng.choice(WHOLES[c.src])
    g = group(c, w, pick_names(c.rng, w))
    suf = {None: "，具体如下：", "等": "，分类情况：", "主要有": "，主要有：", "数量较多的是": "，其中数量较多的是：", "其中较多的是": "，其中较多的是："}[g.marker]
    lines = ["%s%s%s%s" % (yr(c), subj(c, w), g_total(g), suf)]
    mk = c.rng.choice(["num", "dash", "plain"])
    for i, (n, p) in enumerate(zip(g.names, g.parts)):
        pre = {"num": "%d. " % (i + 1), "dash": "—", "plain": ""}[mk]
        lines.append("%s%s：%s" % (pre, n, p.lit()))
    if g.marker == "等":
        lines.append("另有其他类型等，不再逐项列出。")
    g_check(c, g)
    return lines


SEPS = ["\t", "|", "｜", "  "]


def t_table(c, total_first):
    w = c.rng.choice([x for x in WHOLES[c.src] if len(x.parts) >= 2])
    names = pick_names(c.rng, w)
    if c.label == "negative":
        return neg_generic(c)
    sep = c.rng.choice(SEPS)
    ks = [c.rint(w.lo, w.hi, w.dec) for _ in names]
    parts = [Q(k, w.dec, "", "", c.fmt) for k in ks]
    tot = Q(sum(ks), w.dec, "", "", c.fmt)
    for p, n in zip(parts, names):
        c.can(p, "int", what="cell " + n)
    c.can(tot, "int", what="total row")
    c.apply_break()
    head = sep.join(["类别", "%s（%s%s）" % (w.noun, w.mult, w.unit)])
    rows = [sep.join([n, p.lit()]) for n, p in zip(names, parts)]
    trow = sep.join([c.rng.choice(["合计", "总计", "全部"]), tot.lit()])
    lines = ["表：%s%d年%s" % (county(c.rng), c.year, w.noun), head]
    lines += ([trow] + rows) if total_first else (rows + [trow])
    c.sum_(tot, parts)
    c.applied = True
    return lines


def t_table_first(c):
    return t_table(c, True)


def t_table_last(c):
    return t_table(c, False)


def t_table2(c):
    if c.label == "negative":
        return neg_generic(c)
    w = c.rng.choice(WHOLES[c.src])
    names = pick_names(c.rng, w)
    sep = c.rng.choice(SEPS)
    cols = []
    base = [c.rint(w.lo, w.hi, w.dec) for _ in names]
    for yi in range(2):
        ks = base if yi == 0 else [max(1, int(k * c.rng.uniform(0.85, 1.25))) for k in base]
        parts = [Q(k, w.dec, "", "", c.fmt) for k in ks]
        tot = Q(sum(ks), w.dec, "", "", c.fmt)
        cols.append((parts, tot))
        for p, n in zip(parts, names):
            c.can(p, "int", what="cell " + n)
        c.can(tot, "int", what="total row")
    c.apply_break()
    y = c.year
    lines = ["%s（单位：%s%s）" % (w.noun, w.mult, w.unit), sep.join(["项目", "%d年" % (y - 1), "%d年" % y])]
    rows = [sep.join([n, cols[0][0][i].lit(), cols[1][0][i].lit()]) for i, n in enumerate(names)]
    trow = sep.join(["合计", cols[0][1].lit(), cols[1][1].lit()])
    lines += (rows + [trow]) if c.rng.random() < 0.6 else ([trow] + rows)
    for parts, tot in cols:
        c.sum_(tot, parts)
    c.applied = True
    return lines


ITEMS = {
    "bank": ["开展首贷户培育行动", "推进普惠金融服务站建设", "实施信用村评定", "开展金融知识宣传", "推广线上信贷产品", "开展不良贷款清收攻坚", "落实延期还本付息政策"],
    "lot": ["规范销售网点管理", "开展责任彩票宣传", "加强公益金项目绩效评价", "推进即开票渠道建设", "开展销售人员培训", "完善资金监管制度"],
    "geo": ["开展汛前隐患排查", "完善群测群防体系", "实施工程治理项目", "组织避险转移演练", "推进监测台站升级", "加强震情会商研判", "编制防灾预案"],
    "pub": ["实施精品出版工程", "推进农家书屋提质增效", "开展全民阅读活动", "完成应急广播建设", "推进有线电视高清化", "加强出版物市场监管"],
    "rel": ["开展文物安全大排查", "实施文物修缮工程", "推进可移动文物普查", "开展困难职工帮扶", "推进工会组织建设", "开展劳动竞赛", "建设职工之家"],
}
MARKS = {
    "yishi": lambda i: "一二三四五六七八九十"[i] + "是",
    "circ": lambda i: "①②③④⑤⑥⑦⑧⑨⑩"[i],
    "paren": lambda i: "（%d）" % (i + 1),
    "cnparen": lambda i: "（%s）" % "一二三四五六七八九十"[i],
    "dot": lambda i: "%d." % (i + 1),
}


def t_numbered(c):
    rng = c.rng
    n = rng.randint(3, 6)
    items = rng.sample(ITEMS[c.src], n)
    mk = rng.choice(list(MARKS))
    marks = [MARKS[mk](i) for i in range(n)]
    if c.label == "negative":
        kind = rng.choice(["onex", "nocount"])
        if kind == "onex":
            head = "围绕“1+X”工作体系，%d年重点抓了以下工作：" % c.year
            c.neg("one_plus_x", ["1+X"])
            c.notes.append("1+X is a slogan, not a count")
        else:
            head = "%d年，主要做了%s工作：" % (c.year, rng.choice(["以下几方面", "如下几项", "几件实事"]))
            c.neg("no_count", [], None)
            c.notes.append("no announced count")
    else:
        cnt = Q(n, 0, "", rng.choice(["项", "个方面", "件"]), rng.choice(["cn", "cn", "plain"]))
        c.can(cnt, "small", what="announced count")
        c.apply_break()
        if c.label == "inconsistent" and cnt.k == n:
            raise Retry("count unchanged")
        head = "%d年，%s重点抓好%s工作：" % (c.year, place(rng) + rng.choice(AGENCY[c.src]), cnt.lit()) if rng.random() < 0.5 else "全年共实施%s重点举措：" % cnt.lit()
        c.checks.append({"rel": "count_items", "count": cnt.lit(), "items": marks})
        c.applied = True
    if mk in ("yishi",) and rng.random() < 0.6:
        return [head + "；".join(m + it for m, it in zip(marks, items)) + "。"]
    return [head] + ["%s%s。" % (m if mk != "dot" else m + " ", it) for m, it in zip(marks, items)]


def t_named(c):
    rng = c.rng
    kind = rng.choice(UNIT_NAMES[c.src])
    n = rng.randint(3, 6)
    names = [place(rng) + kind for _ in range(n)]
    if len(set(names)) < n:
        raise Retry("dup names")
    what = rng.choice({"bank": ["被评为金融服务示范单位", "获得首批普惠金融试点资格"], "lot": ["获评年度优秀销售单位", "纳入规范化管理试点"],
                       "geo": ["完成标准化改造", "被评为群测群防示范点"], "pub": ["入选全民阅读示范单位", "获评年度优秀出版单位"],
                       "rel": ["获评文物安全工作先进单位", "被命名为模范职工之家"]}[c.src])
    if c.label == "negative":
        extra = rng.randint(2, 9)
        cnt = Q(n + extra, 0, "", "家", rng.choice(["cn", "plain"]))
        s = "%s等%s单位%s。" % ("、".join(names[:n]), cnt.lit(), what)
        c.neg("partial_list", [cnt.lit()], "等")
        c.notes.append("等 list with more units than named")
        return [s]
    cnt = Q(n, 0, "", rng.choice(["家", "个单位"]), rng.choice(["cn", "plain"]))
    c.can(cnt, "small", what="count")
    c.apply_break()
    if c.label == "inconsistent":
        if cnt.k == n:
            raise Retry("same")
        if cnt.k > n:  # 等N家 with N > names is legal; use colon form then
            pass
    if cnt.k <= n and rng.random() < 0.5:
        s = "%s%s等%s%s。" % ("、".join(names), "", cnt.lit(), what)
    else:
        s = "%d年，共有%s%s：%s。" % (c.year, cnt.lit(), what, "、".join(names))
    c.checks.append({"rel": "count_names", "count": cnt.lit(), "names": names})
    c.applied = True
    return [s]


BAL_INC = {
    "bank": ("实现利息收入", "利息支出", "利息净收入", "亿元", "", 2, 5, 90),
    "lot": ("福彩公益金收入", "支出", "结余", "万元", "", 1, 500, 9000),
    "geo": ("地质灾害防治专项资金到位", "支出", "结余", "万元", "", 1, 200, 9000),
    "pub": ("实现营业收入", "营业成本", "毛利", "万元", "", 0, 800, 60000),
    "rel": ("帮扶专项资金收入", "支出", "结余", "万元", "", 1, 50, 2000),
}
BAL_STOCK = {
    "bank": ("不良贷款余额", "新增不良", "处置不良", "亿元", "", 2, 2, 40),
    "lot": ("彩票销售网点", "新设", "撤销", "个", "", 0, 100, 900),
    "geo": ("地质灾害隐患点", "新增", "核销", "处", "", 0, 50, 900),
    "pub": ("有线电视用户", "新增", "销户", "户", "万", 2, 5, 90),
    "rel": ("在档困难职工", "新增建档", "解困脱档", "户", "", 0, 50, 2000),
}


def t_bal_income(c):
    rng = c.rng
    inc_n, exp_n, res_n, unit, mult, dec, lo, hi = BAL_INC[c.src]
    a = c.rint(lo, hi, dec)
    b = rng.randint(int(a * 0.4), int(a * 0.95))
    A, B, R = [c.q(x, dec, mult, unit) for x in (a, b, a - b)]
    if c.label == "negative":
        R = c.q(a - b + c.rint(lo * 0.2, hi * 0.3, dec), dec, mult, unit)
        s = "%d年%s%s，%s%s，累计%s%s（含历年滚存）。" % (c.year, inc_n, A.lit(), exp_n, B.lit(), res_n, R.lit())
        c.neg("cumulative_vs_new", [A.lit(), B.lit(), R.lit()], "累计")
        c.notes.append("cumulative balance includes earlier years")
        return [s]
    for q, n in ((A, "income"), (B, "expense"), (R, "balance")):
        c.can(q, "int", what=n)
    c.apply_break()
    v = rng.randrange(2)
    if v == 0:
        s = "%d年%s%s，%s%s，%s%s。" % (c.year, inc_n, A.lit(), exp_n, B.lit(), res_n, R.lit())
    else:
        s = "全年%s%s，%s%s，收支相抵后%s%s。" % (inc_n, A.lit(), exp_n, B.lit(), res_n, R.lit())
    c.bal([A], [B], R)
    c.applied = True
    return [s]


def t_bal_stock(c):
    rng = c.rng
    noun, add_n, sub_n, unit, mult, dec, lo, hi = BAL_STOCK[c.src]
    a = c.rint(lo, hi, dec)
    x = rng.randint(max(1, a // 20), max(2, a // 4))
    y = rng.randint(max(1, a // 25), max(2, a // 5))
    A, X, Y, E = [c.q(v, dec, mult, unit) for v in (a, x, y, a + x - y)]
    if c.label == "negative":
        Yc = c.q(y + rng.randint(3, 40) * 10 ** dec, dec, mult, unit)
        s = "%d年%s%s%s，历年累计%s%s，年末%s%s。" % (c.year, add_n, noun, X.lit(), sub_n, Yc.lit(), noun, c.q(a + x - y, dec, mult, unit).lit())
        c.neg("cumulative_vs_new", [X.lit(), Yc.lit()], "累计")
        c.notes.append("cumulative figure mixed with the year's new figure; no base stated")
        return [s]
    for q, n in ((A, "opening"), (X, "added"), (Y, "removed"), (E, "closing")):
        c.can(q, "int", what=n)
    c.apply_break()
    if rng.random() < 0.5:
        s = "%s年初为%s，%d年%s%s、%s%s，年末为%s。" % (noun, A.lit(), c.year, add_n, X.lit(), sub_n, Y.lit(), E.lit())
        lines = [s]
    else:
        lines = ["%s变动情况：" % noun, "年初%s；" % A.lit(), "本年%s%s，%s%s；" % (add_n, X.lit(), sub_n, Y.lit()), "年末%s。" % E.lit()]
    c.bal([A, X], [Y], E)
    c.applied = True
    return lines


def t_from_to(c):
    rng = c.rng
    noun, unit, mult, dec, lo, hi = rng.choice(GROWTH[c.src])
    a = c.rint(lo, hi, dec)
    up = rng.random() < 0.7
    b = a + rng.randint(max(1, a // 30), max(2, a // 4)) * (1 if up else -1)
    A, B, D_ = [c.q(v, dec, mult, unit) for v in (a, b, abs(b - a))]
    if c.label == "negative":
        other = c.q(abs(b - a) + rng.randint(2, 30) * 10 ** dec + a // 10, dec, mult, unit)
        s = "%s由上年末的%s%s到%s，全年%s%s（未扣除同期减少数）。" % (noun, A.lit(), "增加" if up else "减少", B.lit(), rng.choice(["累计新增", "毛增加", "新登记"]), other.lit())
        c.neg("two_wholes", [A.lit(), B.lit(), other.lit()])
        c.notes.append("gross new figure is a different quantity from the net change")
        return [s]
    for q, n in ((A, "from"), (B, "to"), (D_, "change")):
        c.can(q, "int", what=n)
    c.apply_break()
    v = "增加" if up else "减少"
    if rng.random() < 0.5:
        s = "%s由%s%s到%s、%s%s。" % (noun, A.lit(), v, B.lit(), v, D_.lit())
    else:
        s = "%s从年初的%s%s至年末的%s，净%s%s。" % (noun, A.lit(), v, B.lit(), v, D_.lit())
    if up:
        c.bal([B], [A], D_)
    else:
        c.bal([A], [B], D_)
    c.applied = True
    return [s]


def t_yoy_values(c):
    rng = c.rng
    noun, unit, mult, dec, lo, hi = rng.choice(GROWTH[c.src])
    a = c.rint(lo, hi, dec)
    up = rng.random() < 0.7
    b = a + rng.randint(max(1, a // 30), max(2, a // 4)) * (1 if up else -1)
    A, B, D_ = [c.q(v, dec, mult, unit) for v in (a, b, abs(b - a))]
    v = "增加" if up else "减少"
    if c.label == "negative":
        m = rng.choice(["约", "近", "超过"])
        q = approx_total(c, D_, dec, mult, unit, m)
        s = "%d年%s%s，上年为%s，较上年%s%s。" % (c.year, noun, B.lit(), A.lit(), v, approx_str(q, m))
        c.neg("approx_total", [approx_str(q, m)], m)
        c.notes.append("approximate change")
        return [s]
    for q, n in ((A, "last year"), (B, "this year"), (D_, "change")):
        c.can(q, "int", what=n)
    c.apply_break()
    s = rng.choice(["%d年%s%s，较上年%s%s（上年为%s）。", "%d年%s达%s，比上年%s%s，上年为%s。"]) % (c.year, noun, B.lit(), v, D_.lit(), A.lit())
    if up:
        c.bal([B], [A], D_)
    else:
        c.bal([A], [B], D_)
    c.applied = True
    return [s]


SUBGRAND = {
    "bank": ("存贷款余额", "亿元", "", 2, 20, 900, [("存款", ["住户存款", "企业存款"]), ("贷款", ["短期贷款", "中长期贷款"])], "本外币存贷款余额"),
    "lot": ("彩票销售", "万元", "", 0, 500, 30000, [("福利彩票", ["乐透数字型", "即开型"]), ("体育彩票", ["乐透型", "竞猜型"])], "彩票销售额"),
    "geo": ("隐患点", "处", "", 0, 5, 200, [("甲片区", ["滑坡", "崩塌"]), ("乙片区", ["滑坡", "泥石流"])], "隐患点"),
    "pub": ("出版物", "种", "", 0, 10, 900, [("图书", ["新版", "重印"]), ("期刊", ["学术类", "综合类"])], "出版物"),
    "rel": ("可移动文物", "件/套", "", 0, 20, 5000, [("珍贵文物", ["一级文物", "二级文物", "三级文物"]), ("一般文物", ["陶瓷类", "书画类"])], "可移动文物"),
}


def t_subgrand(c):
    rng = c.rng
    noun, unit, mult, dec, lo, hi, groups, gnoun = SUBGRAND[c.src]
    if c.src == "geo":
        groups = [(town(rng), gp[1]) for gp in groups]
    subs, lines = [], []
    allparts = []
    for gname, pn in groups:
        ks = [c.rint(lo, hi, dec) for _ in pn]
        ps = [c.q(k, dec, mult, unit) for k in ks]
        st = c.q(sum(ks), dec, mult, unit)
        subs.append(st)
        allparts.append((gname, pn, ps, st))
    grand = c.q(sum(s.k for s in subs), dec, mult, unit)
    if c.label == "negative":
        # an extra group mentioned with 等 -> grand total not the sum of subtotals
        extra = c.q(c.rint(lo, hi, dec), dec, mult, unit)
        grand = c.q(grand.k + extra.k, dec, mult, unit)
    else:
        for gname, pn, ps, st in allparts:
            for p, n in zip(ps, pn):
                c.can(p, "int", what="part %s %s" % (gname, n))
        c.can(grand, "int", what="grand total")
        c.apply_break()
    for gname, pn, ps, st in allparts:
        lines.append("%s%s，其中%s。" % (gname, rng.choice(["小计", "合计"]) + st.lit(), "、".join(n + p.lit() for n, p in zip(pn, ps))))
        if c.label != "negative":
            c.sum_(st, ps)
    if c.label == "negative":
        lines.append("以上%s等各类%s总计%s。" % ("、".join(g[0] for g in allparts), gnoun, grand.lit()))
        c.neg("partial_list", [grand.lit()] + [s.lit() for s in subs], "等")
        c.notes.append("grand total covers more groups than listed (等)")
        for gname, pn, ps, st in allparts:
            c.sum_(st, ps)
    else:
        lines.append(rng.choice(["两项总计%s。", "%s总计%s。" % (gnoun, "%s")]) % grand.lit())
        c.sum_(grand, subs)
    c.applied = True
    return ["%d年%s情况：" % (c.year, gnoun)] + lines


def t_quarters(c):
    rng = c.rng
    w = rng.choice([x for x in WHOLES[c.src] if x.flow])
    months = rng.random() < 0.3
    names = ["1—3月", "4—6月", "7—9月", "10—12月"] if months else ["一季度", "二季度", "三季度", "四季度"]
    if rng.random() < 0.25:
        names = ["上半年", "下半年"]
    g = group(c, w, names, neg_kinds=("approx", "partial"))
    if g.marker:
        g.marker = "其中较多的是"
        body = "、".join(n + p.lit() for n, p in zip(g.names, g.parts))
        s = "%d年%s%s，%s%s。" % (c.year, w.noun, g_total(g), g.marker, body)
    else:
        body = "，".join(n + p.lit() for n, p in zip(g.names, g.parts))
        s = "%s%s，全年%s%s%s。" % (("%d年" % c.year), body, w.noun, rng.choice(["累计", "合计", "共"]), g_total(g))
    g_check(c, g)
    return [s]


SENT_VERBS = {"bank": "实现", "lot": "完成", "geo": "确认", "pub": "完成", "rel": "登记"}


def t_sentences(c):
    rng = c.rng
    w = rng.choice(WHOLES[c.src])
    g = group(c, w, pick_names(rng, w), neg_kinds=("approx",))
    lines = []
    for n, p in zip(g.names, g.parts):
        lines.append(rng.choice(["%s为%s。", "%s%s。", "%s方面，%s。"]) % (n, p.lit()))
    end = rng.choice(["综上，%s%s。", "以上合计，%s%s。", "全年%s共%s。"])
    lines.append(end % (w.noun, g_total(g)))
    g_check(c, g)
    if rng.random() < 0.5:
        return [("%d年" % c.year) + "".join(lines)]
    return lines


def t_gender(c):
    rng = c.rng
    noun, unit = GENDER[c.src]
    a = rng.randint(100, 40000)
    b = int(a * rng.uniform(0.55, 1.5)) + 1
    M, F, T = c.q(a, 0, "", unit), c.q(b, 0, "", unit), c.q(a + b, 0, "", unit)
    if c.label == "negative":
        o = rng.randint(int((a + b) * 0.2), int((a + b) * 0.7))
        O = c.q(o, 0, "", unit)
        extra = {"bank": "35岁以下", "lot": "60岁以上老年人", "geo": "留守老人和儿童", "pub": "具有中级以上职称的", "rel": "农民工会员"}[c.src]
        s = "%d年%s%s。女性%s，%s%s。" % (c.year, noun, T.lit(), F.lit(), extra, O.lit())
        c.neg("overlap", [T.lit(), F.lit(), O.lit()])
        c.notes.append("female and a second group overlap; they are not parts of one split")
        return [s]
    for q, n in ((M, "male"), (F, "female"), (T, "total")):
        c.can(q, "int", what=n)
    c.apply_break()
    v = rng.randrange(3)
    if v == 0:
        s = "%d年%s%s，其中男性%s、女性%s。" % (c.year, noun, T.lit(), M.lit(), F.lit())
    elif v == 1:
        s = "%s中，男%s，女%s，共%s。" % (noun, M.lit(), F.lit(), T.lit())
    else:
        s = "%s%s（男%s，女%s）。" % (noun, T.lit(), M.lit(), F.lit())
    c.sum_(T, [M, F])
    c.applied = True
    return [s]


def t_wanyi(c):
    w = c.rng.choice(money_wholes(c.src))
    g = group(c, w, pick_names(c.rng, w), mixed=True)
    body = marker_wrap(g, plist(w, g.names, g.parts)) if g.marker not in ("数量较多的是", "其中较多的是") else plist(w, g.names, g.parts)
    s = "%s%s%s，其中%s。" % (yr(c), subj(c, w), g_total(g), body)
    if g.marker in ("数量较多的是", "其中较多的是"):
        s = s.replace("其中", "其中数量较多的是", 1)
        g.marker = "数量较多的是"
    g_check(c, g)
    return [s]


def t_fmt(c, fmt, pred):
    c.fmt = fmt
    w = c.rng.choice([x for x in WHOLES[c.src] if pred(x)])
    g = group(c, w, pick_names(c.rng, w))
    v = c.rng.randrange(2)
    body = plist(w, g.names, g.parts)
    if g.marker in ("数量较多的是", "其中较多的是"):
        body = g.marker + body
    elif g.marker:
        body = marker_wrap(g, body)
    if v == 0:
        s = "%s%s%s，其中%s。" % (yr(c), subj(c, w), g_total(g), body)
        s = s.replace("其中其中", "其中")
    else:
        s = "%s%s%s，%s。" % (yr(c), subj(c, w), g_total(g), body)
    g_check(c, g)
    return [s]


def t_cn(c):
    return t_fmt(c, "cn", lambda w: w.dec == 0 and w.hi <= 9000 and not w.mult)


def t_fullwidth(c):
    return t_fmt(c, "fullwidth", lambda w: True)


def t_thousands(c):
    fmt = c.rng.choice(["comma", "fwcomma", "space"])
    return t_fmt(c, fmt, lambda w: w.hi >= 1000)


def t_decimals(c):
    return t_fmt(c, "plain", lambda w: w.dec > 0)


HHP = {
    "geo": ("实施地质灾害搬迁避让", "户", "人", 5, 200, 2.5, 4.5, "{n}{h}{p}"),
    "rel": ("走访慰问困难职工", "户", "万元", 10, 400, 0.05, 0.3, "{n}{h}、{p}"),
    "lot": ("使用公益金资助困难家庭", "户", "万元", 10, 500, 0.1, 0.5, "{n}{h}、{p}"),
    "bank": ("发放创业担保贷款", "户", "万元", 10, 300, 10, 30, "{n}{h}、{p}"),
    "pub": ("新建和提升农家书屋", "个", "册", 5, 120, 800, 2000, "{n}{h}、配送图书{p}"),
}


def t_hhp(c):
    rng = c.rng
    verb, hu, pu, lo, hi, rlo, rhi, tpl = HHP[c.src]
    n = rng.randint(2, 4)
    names = distinct(rng, town, n)
    hs = [rng.randint(lo, hi) for _ in names]
    ps = [int(h * rng.uniform(rlo, rhi)) + 1 for h in hs]
    H = [c.q(h, 0, "", hu) for h in hs]
    P = [c.q(p, 0, "", pu) for p in ps]
    TH, TP = c.q(sum(hs), 0, "", hu), c.q(sum(ps), 0, "", pu)
    if c.label == "negative":
        m = rng.choice(["约", "近", "超过"])
        aq = approx_total(c, TP, 0, "", pu, m)
        head = "%d年%s%s%s" % (c.year, verb, TH.lit(), ("、" if pu != "人" else "") + approx_str(aq, m))
        c.sum_(TH, H)
        c.neg("approx_total", [approx_str(aq, m)], m)
        c.notes.append("people/amount total approximate")
    else:
        for q, nm in zip(H + P + [TH, TP], names + names + ["total", "total"]):
            c.can(q, "int", what=nm)
        c.apply_break()
        head = "%d年%s%s%s" % (c.year, verb, TH.lit(), ("、" if pu != "人" else "") + TP.lit())
        c.sum_(TH, H)
        c.sum_(TP, P)
    body = "；".join(tpl.format(n=nm, h=h.lit(), p=p.lit()) for nm, h, p in zip(names, H, P))
    c.applied = True
    return [head + "，其中" + body + "。"]


# ---- generic look-alike negatives (used by tables and as extra variety)
def neg_generic(c):
    rng = c.rng
    k = rng.randrange(6)
    src = c.src
    if k == 0:  # overlap of subsets
        if src == "pub":
            a = rng.randint(50000, 900000)
            d = int(a * rng.uniform(0.6, 0.95))
            h = int(d * rng.uniform(0.3, 0.8))
            A, Dq, H = c.q(a, 0, "", "户"), c.q(d, 0, "", "户"), c.q(h, 0, "", "户")
            s = "有线电视用户%s，数字电视用户%s，数字用户中高清用户%s。" % (A.lit(), Dq.lit(), H.lit())
        else:
            names = {"bank": ("小微企业贷款", "涉农贷款", "各项贷款余额", "亿元"), "lot": ("即开型销量", "线上渠道销量", "福彩销售额", "万元"),
                     "geo": ("滑坡隐患点", "纳入专业监测的隐患点", "隐患点", "处"), "rel": ("女性会员", "农民工会员", "工会会员", "人")}[src]
            a = rng.randint(300, 9000)
            x, y = int(a * rng.uniform(0.4, 0.7)), int(a * rng.uniform(0.4, 0.7))
            A, Dq, H = c.q(a, 0, "", names[3]), c.q(x, 0, "", names[3]), c.q(y, 0, "", names[3])
            s = "%s%s；%s%s，%s%s，两者有交叉。" % (names[2], A.lit(), names[0], Dq.lit(), names[1], H.lit())
        c.neg("overlap", [A.lit(), Dq.lit(), H.lit()])
        c.notes.append("overlapping subsets")
        return [s]
    if k == 1:  # cumulative vs new
        n_new, n_cum = rng.randint(3, 60), rng.randint(100, 900)
        thing = {"bank": "普惠金融服务站", "lot": "公益金资助项目", "geo": "地震监测台站", "pub": "农家书屋", "rel": "职工之家"}[src]
        A, B = c.q(n_new, 0, "", "个"), c.q(n_cum, 0, "", "个")
        s = "%d年新建%s%s，累计建成%s。" % (c.year, thing, A.lit(), B.lit())
        c.neg("cumulative_vs_new", [A.lit(), B.lit()], "累计")
        c.notes.append("cumulative vs new")
        return [s]
    if k == 2:  # two different wholes
        p = {"bank": ("各项存款余额", "各项贷款余额", "新增存款", "亿元", 2), "lot": ("福利彩票销售", "体育彩票销售", "筹集公益金", "亿元", 2),
             "geo": ("排查隐患点", "治理隐患点", "受威胁群众", "处", 0), "pub": ("出版图书", "出版期刊", "图书印数", "种", 0),
             "rel": ("不可移动文物", "可移动文物", "文物保护单位", "处", 0)}[src]
        a, b = c.rint(30, 900, p[4]), c.rint(30, 900, p[4])
        x = a + b + rng.randint(5, 90) * 10 ** p[4]
        A, B, X = c.q(a, p[4], "", p[3]), c.q(b, p[4], "", p[3]), c.q(x, p[4], "", p[3] if src != "pub" else "万册")
        s = "%s%s，%s%s；%s%s。" % (p[0], A.lit(), p[1], B.lit(), p[2], X.lit())
        c.neg("two_wholes", [A.lit(), B.lit(), X.lit()])
        c.notes.append("three figures of different wholes")
        return [s]
    if k == 3:  # identifiers / phone / model numbers / dates
        tel = "0%d-%d" % (rng.randint(710, 999), rng.randint(2000000, 8999999))
        model = "%s-%d" % (rng.choice(["GZP", "JCZ", "TKS", "DZ"]), rng.randint(100, 3000))
        doc = "〔%d〕%d号" % (c.year, rng.randint(3, 60))
        s = "依据%s发%s文件，配备%s型设备，服务热线%s，%d年%d月%d日起施行。" % (place(rng)[0], doc, model, tel, c.year, rng.randint(1, 12), rng.randint(1, 28))
        c.neg("identifier", [doc, model, tel])
        c.notes.append("identifiers, model number, phone number and date")
        return [s]
    if k == 4:  # 1+X / 7+X
        n = rng.choice([3, 5, 7])
        s = "推行“%d+X”服务模式，即%d项基本服务加若干特色服务，并开展“1+X”证书培训%d期。" % (n, n, rng.randint(2, 9))
        c.neg("one_plus_x", ["%d+X" % n, "1+X"])
        c.notes.append("N+X slogans are not sums")
        return [s]
    # approximate total with parts
    w = rng.choice(WHOLES[src])
    c.label = "negative"
    g = group(c, w, pick_names(rng, w), neg_kinds=("approx",))
    s = "%s%s，其中%s。" % (subj(c, w), g_total(g), plist(w, g.names, g.parts))
    g_check(c, g)
    return [s]


# =====================================================================================
# PCT constructions
# =====================================================================================
def mk_rate(c, spec=None, dec=None, cap=100):
    rng = c.rng
    name, nn, dn, unit, mult, d, lo, hi, rlo, rhi = spec or rng.choice(RATES[c.src])
    den = c.rint(lo, hi, d)
    num = int(den * rng.uniform(rlo, rhi))
    if num <= 0 or num >= den and cap:
        raise Retry("num")
    N, Dn = c.q(num, d, mult, unit), c.q(den, d, mult, unit)
    rd = rng.choice([1, 1, 2]) if dec is None else dec
    R = pct_q(N, Dn, rd)
    if R is None or (cap and R.k >= cap * 10 ** rd):
        raise Retry("tie or 100")
    return name, nn, dn, N, Dn, R


def pct_neg(c, kind=None):
    """look-alike percentages that must not be flagged."""
    rng = c.rng
    kind = kind or rng.choice(["over100", "pp_nobase", "overlap", "permille", "nobase", "notstated"])
    src = c.src
    if kind == "over100":
        noun, unit, mult, dec, lo, hi = rng.choice(GROWTH[src])
        a = c.rint(lo / 4, hi / 3, dec)
        b = int(a * rng.uniform(2.05, 3.6))
        A, B = c.q(a, dec, mult, unit), c.q(b, dec, mult, unit)
        R = pct_q(Q(b - a, dec, mult, unit), A, 1)
        if R is None:
            raise Retry("tie")
        if rng.random() < 0.5:
            s = "%s由%s增加到%s，增长%s。" % (noun, A.lit(), B.lit(), R.lit())
            c.growth(A, B, R, "增长")
        else:
            s = "%s%s，同比增长%s。" % (noun, B.lit(), R.lit())
        c.neg("growth_over_100", [R.lit()])
        c.notes.append("growth above 100% is legitimate")
        return [s]
    if kind == "pp_nobase":
        name = rng.choice(RATES[src])[0]
        x = Q(rng.randint(3, 60), 1, "", "")
        s = "%s较上年%s%s个百分点。" % (name, rng.choice(["提高", "下降", "上升"]), x.lit())
        c.neg("pp_without_base", [x.lit() + "个百分点"])
        c.notes.append("percentage-point change without either rate")
        return [s]
    if kind == "overlap":
        pairs = {"bank": ("使用手机银行的客户", "使用网上银行的客户", "开通快捷支付的客户"), "lot": ("购彩者中男性", "购彩者中有大专以上学历的", "购彩者中35岁以下的"),
                 "geo": ("隐患点中位于山区的", "隐患点中威胁学校的", "隐患点中已纳入专业监测的"), "pub": ("家庭中收看高清节目的", "家庭中使用智能终端的", "家庭中订阅报刊的"),
                 "rel": ("会员中女性", "会员中农民工", "会员中35岁以下的")}[src]
        qs = [Q(rng.randint(400, 900), 1, "", "%") for _ in pairs]
        s = "抽样调查显示，" + "，".join("%s占%s" % (p, q.lit()) for p, q in zip(pairs, qs)) + "。"
        c.neg("overlapping_shares", [q.lit() for q in qs])
        c.notes.append("overlapping shares may sum past 100")
        return [s]
    if kind == "permille":
        t = {"bank": "不良贷款生成率", "lot": "兑奖差错率", "geo": "年均地面沉降速率超标面积比", "pub": "出版物差错率", "rel": "文物安全事故发生率"}[src]
        q = Q(rng.randint(2, 60), 1, "", "‰")
        s = "%s为%s，控制在目标范围内。" % (t, q.lit())
        c.neg("permille", [q.lit()], "‰")
        c.notes.append("per-mille value, no base")
        return [s]
    if kind == "nobase":
        spec = rng.choice(RATES[src])
        name = spec[0]
        q = Q(rng.randint(int(spec[8] * 1000), int(spec[9] * 1000)), 1, "", "%")
        s = "%s达到%s，%s。" % (name, q.lit(), rng.choice(["创历史新高", "居全省前列", "高于全省平均水平", "较好完成目标"]))
        c.neg("pct_without_base", [q.lit()])
        c.notes.append("percentage with no base stated")
        return [s]
    # rate of a thing not stated
    t = {"bank": ("走访小微企业", "家", "满意率"), "lot": ("检查销售网点", "个", "规范经营率"), "geo": ("开展应急演练", "场", "群众参与率"),
         "pub": ("抽查出版单位", "家", "图书编校质量合格率"), "rel": ("检查文物保护单位", "处", "消防设施完好率")}[src]
    n = Q(rng.randint(12, 400), 0, "", t[1])
    q = Q(rng.randint(850, 999), 1, "", "%")
    s = "全年%s%s，%s%s。" % (t[0], n.lit(), t[2], q.lit())
    c.neg("rate_of_unstated", [n.lit(), q.lit()])
    c.notes.append("rate refers to items whose count is not given")
    return [s]


def p_rate_after(c):
    if c.label == "negative":
        return pct_neg(c, c.rng.choice(["notstated", "nobase", "overlap"]))
    name, nn, dn, N, Dn, R = mk_rate(c)
    c.can(R, "rate", cap=100, what=name)
    c.apply_break()
    v = c.rng.randrange(3)
    if v == 0:
        s = "%s%s%s，%s%s，占%s的%s。" % (yr(c), dn, Dn.lit(), nn, N.lit(), dn, R.lit())
    elif v == 1:
        s = "%s%s，%s%s，%s为%s。" % (dn, Dn.lit(), nn, N.lit(), name, R.lit())
    else:
        s = "%s%s%s，占比%s（%s%s）。" % (yr(c), nn, N.lit(), R.lit(), dn, Dn.lit())
    c.rate(N, Dn, R)
    return [s]


def p_rate_before(c):
    if c.label == "negative":
        return pct_neg(c, c.rng.choice(["nobase", "permille", "notstated"]))
    name, nn, dn, N, Dn, R = mk_rate(c)
    c.can(R, "rate", cap=100, what=name)
    c.apply_break()
    v = c.rng.randrange(3)
    if v == 0:
        s = "%s%s达%s，%s%s中%s%s。" % (yr(c), name, R.lit(), dn, Dn.lit(), nn, N.lit())
    elif v == 1:
        s = "%s为%s。%s%s，%s%s。" % (name, R.lit(), dn, Dn.lit(), nn, N.lit())
    else:
        s = "%s%s（%s%s/%s%s）。" % (name, R.lit(), nn, N.lit(), dn, Dn.lit())
    c.rate(N, Dn, R)
    return [s]


def p_rate_bracket(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["overlap", "nobase"]))
    w = rng.choice([x for x in WHOLES[c.src] if len(x.parts) >= 2])
    names = pick_names(rng, w)
    for _ in range(30):
        ks = [c.rint(w.lo, w.hi, w.dec) for _ in names]
        parts = [c.q(k, w.dec, w.mult, w.unit) for k in ks]
        tot = c.q(sum(ks), w.dec, w.mult, w.unit)
        rd = rng.choice([1, 1, 2])
        rs = [pct_q(p, tot, rd) for p in parts]
        if all(r is not None for r in rs):
            break
    else:
        raise Retry("ties")
    for r, n in zip(rs, names):
        c.can(r, "rate", cap=100, what="share of " + n)
    c.apply_break()
    body = "、".join("%s（占%s）" % (w.pt.format(p=n, v=p.lit()), r.lit()) for n, p, r in zip(names, parts, rs))
    s = "%s%s%s，其中%s。" % (yr(c), subj(c, w), tot.lit(), body)
    c.sum_(tot, parts)
    for p, r in zip(parts, rs):
        c.rate(p, tot, r)
    return [s]



def p_two_rates(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["overlap", "pp_nobase", "notstated"]))
    pairs = [(x, y) for x in RATES[c.src] for y in RATES[c.src] if x is not y and not ({x[1], x[2]} & {y[1], y[2]})]
    specs = rng.choice(pairs)
    a = mk_rate(c, specs[0])
    b = mk_rate(c, specs[1])
    for x in (a, b):
        c.can(x[5], "rate", cap=100, what=x[0])
    c.apply_break()
    s = "%s%s%s、%s%s，%s%s；%s%s、%s%s，%s%s。" % (yr(c), a[2], a[4].lit(), a[1], a[3].lit(), a[0], a[5].lit(),
                                          b[2], b[4].lit(), b[1], b[3].lit(), b[0], b[5].lit())
    if rng.random() < 0.5:
        s = "%s%s占%s的%s，%s占%s的%s（%s%s，%s%s；%s%s，%s%s）。" % (yr(c), a[1], a[2], a[5].lit(), b[1], b[2], b[5].lit(),
                                                        a[1], a[3].lit(), a[2], a[4].lit(), b[1], b[3].lit(), b[2], b[4].lit())
    c.rate(a[3], a[4], a[5])
    c.rate(b[3], b[4], b[5])
    return [s]


PASS = {
    "bank": ("抽查信贷档案", "份", "合规", "不合规", "合规率", "不合规率"),
    "lot": ("抽检即开型彩票", "批次", "合格", "不合格", "合格率", "不合格率"),
    "geo": ("检查监测设备", "台", "运行正常", "故障", "完好率", "故障率"),
    "pub": ("抽检图书", "种", "编校质量合格", "不合格", "合格率", "不合格率"),
    "rel": ("检查文物消防设施", "处", "达标", "未达标", "达标率", "未达标率"),
}


def p_pass_fail(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["notstated", "nobase"]))
    act, unit, ok, bad, okr, badr = PASS[c.src]
    for _ in range(40):
        n = rng.randint(40, 3000)
        a = int(n * rng.uniform(0.85, 0.995))
        if 0 < a < n:
            N, A, B = c.q(n, 0, "", unit), c.q(a, 0, "", unit), c.q(n - a, 0, "", unit)
            rd = rng.choice([1, 2])
            R1, R2 = pct_q(A, N, rd), pct_q(B, N, rd)
            if R1 and R2:
                break
    else:
        raise Retry("pf")
    c.can(R1, "rate", cap=100, what="pass rate")
    c.can(R2, "rate", cap=100, what="fail rate")
    c.apply_break()
    if rng.random() < 0.5:
        s = "%d年%s%s，%s%s、%s%s，%s%s，%s%s。" % (c.year, act, N.lit(), ok, A.lit(), bad, B.lit(), okr, R1.lit(), badr, R2.lit())
    else:
        s = "%s%s，其中%s%s（%s），%s%s（%s）。" % (act, N.lit(), ok, A.lit(), R1.lit(), bad, B.lit(), R2.lit())
    c.sum_(N, [A, B])
    c.rate(A, N, R1)
    c.rate(B, N, R2)
    return [s]


def p_completion(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["nobase", "over100"]))
    thing, unit, mult, dec, lo, hi, verb = rng.choice(TARGETS[c.src])
    t = c.rint(lo, hi, dec)
    a = int(t * rng.uniform(0.82, 1.28))
    T, A = c.q(t, dec, mult, unit), c.q(a, dec, mult, unit)
    R = pct_q(A, T, rng.choice([1, 1, 2]))
    if R is None or R.k == 100 * 10 ** R.dec:
        raise Retry("tie")
    c.can(R, "rate", what="completion")
    c.apply_break()
    v = rng.randrange(3)
    if v == 0:
        s = "%s年度目标%s，实际%s%s，完成年度目标的%s。" % (thing, T.lit(), verb, A.lit(), R.lit())
    elif v == 1:
        s = "全年%s%s，为年度计划（%s）的%s。" % (verb, A.lit(), T.lit(), R.lit())
    else:
        s = "%s任务完成率%s：计划%s，完成%s。" % (thing, R.lit(), T.lit(), A.lit())
    c.rate(A, T, R)
    return [s]


def p_per(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["nobase", "notstated"]))
    tn, tu, tm, td, tlo, thi, cn_, cu, clo, chi, lab, vu, vm, vd = rng.choice(PERS[c.src])
    for _ in range(30):
        T = c.q(c.rint(tlo, thi, td), td, tm, tu)
        N = c.q(rng.randint(clo, chi), 0, "", cu)
        k = rnd(T.frac() / N.frac() / MULT[vm], vd)
        if k:
            V = c.q(k, vd, vm, vu)
            break
    else:
        raise Retry("per")
    c.can(V, "int", min_delta=max(2, V.k // 30), what="average")
    c.apply_break()
    v = rng.randrange(2)
    if v == 0:
        s = "%s%s%s，涉及%s%s，%s%s。" % (yr(c), tn, T.lit(), cn_, N.lit(), lab, V.lit())
    else:
        s = "%s%s（%s%s，%s%s）。" % (lab, V.lit(), tn, T.lit(), cn_, N.lit())
    c.per(T, N, V)
    return [s]


def p_share_table(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["overlap", "nobase", "notstated"]))
    w = rng.choice([x for x in WHOLES[c.src] if len(x.parts) >= 3] or WHOLES[c.src])
    names = pick_names(rng, w, 3)
    sep = rng.choice(SEPS)
    for _ in range(30):
        ks = [c.rint(w.lo, w.hi, w.dec) for _ in names]
        parts = [Q(k, w.dec, "", "", c.fmt) for k in ks]
        tot = Q(sum(ks), w.dec, "", "", c.fmt)
        rd = rng.choice([1, 2])
        rs = [pct_q(p, tot, rd) for p in parts]
        if all(rs):
            break
    else:
        raise Retry("ties")
    for r in rs:
        r.unit = ""
    for r, n in zip(rs, names):
        c.can(r, "rate", cap=100, what="share cell " + n)
    c.apply_break(allow_bad=False)
    lines = ["%s%d年%s构成" % (county(rng), c.year, w.noun), sep.join(["类别", "%s（%s%s）" % ("数量" if not w.money else "金额", w.mult, w.unit), "占比（%）"])]
    rows = [sep.join([n, p.lit(), r.lit()]) for n, p, r in zip(names, parts, rs)]
    trow = sep.join(["合计", tot.lit(), "—"])
    lines += rows + [trow] if rng.random() < 0.7 else [trow] + rows
    c.sum_(tot, parts)
    for p, r in zip(parts, rs):
        c.rate(p, tot, r)
    return lines


SH = {
    "bank": ("各项存款中", ["住户存款", "非金融企业存款", "机关团体存款", "财政性存款"]),
    "lot": ("公益金支出中", ["养老服务", "残疾人福利", "儿童福利", "社会救助"]),
    "geo": ("隐患点中", ["滑坡", "崩塌", "泥石流", "地面塌陷"]),
    "pub": ("出版图书中", ["社科类", "文教类", "少儿类", "科技类"]),
    "rel": ("工会会员中", ["企业职工", "机关事业单位职工", "新就业形态劳动者"]),
}


def p_shares100(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, "overlap")
    pre, cats = SH[c.src]
    n = rng.randint(3, len(cats))
    cats = cats[:n]
    dec = rng.choice([1, 1, 2])
    unit = 10 ** dec
    cuts = sorted(rng.sample(range(5 * unit, 95 * unit), n - 1))
    ks = [b - a for a, b in zip([0] + cuts, cuts + [100 * unit])]
    if min(ks) < unit:
        raise Retry("tiny share")
    qs = [Q(k, dec, "", "%") for k in ks]
    for q, nm in zip(qs, cats):
        c.can(q, "share", what="share " + nm)
    c.apply_break()
    if rng.random() < 0.5:
        s = "%s，%s。" % (pre, "，".join("%s占%s" % (nm, q.lit()) for nm, q in zip(cats, qs)))
    else:
        s = "%s%s所占比重分别为%s。" % (pre, "、".join(cats), "、".join(q.lit() for q in qs))
    c.shares(qs)
    return [s]


def growth_vals(c, up=True, big=False):
    rng = c.rng
    noun, unit, mult, dec, lo, hi = rng.choice(GROWTH[c.src])
    a = c.rint(lo, hi, dec)
    f = rng.uniform(1.02, 1.45) if up else rng.uniform(0.65, 0.98)
    b = int(a * f)
    A, B = c.q(a, dec, mult, unit), c.q(b, dec, mult, unit)
    rd = rng.choice([1, 1, 2])
    R = pct_q(Q(abs(b - a), dec, mult, unit), A, rd)
    if R is None or R.k == 0:
        raise Retry("tie")
    return noun, A, B, R


def p_growth_both(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, "over100")
    noun, A, B, R = growth_vals(c, True)
    c.can(R, "rate", what="growth")
    c.apply_break()
    v = rng.randrange(3)
    if v == 0:
        s = "%s由%d年的%s增长到%d年的%s，增长%s。" % (noun, c.year - 1, A.lit(), c.year, B.lit(), R.lit())
    elif v == 1:
        s = "%d年%s%s，较上年的%s增长%s。" % (c.year, noun, B.lit(), A.lit(), R.lit())
    else:
        s = "%s%s，比上年（%s）增长%s。" % (noun, B.lit(), A.lit(), R.lit())
    c.growth(A, B, R, "增长")
    return [s]


def p_same_period(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["over100", "nobase"]))
    up = rng.random() < 0.65
    noun, A, B, R = growth_vals(c, up)
    c.can(R, "rate", what="yoy")
    c.apply_break()
    d = "增长" if up else "下降"
    per_ = rng.choice(["1—6月", "1—9月", "一季度", "全年"])
    s = "%d年%s，%s%s，上年同期为%s，同比%s%s。" % (c.year, per_, noun, B.lit(), A.lit(), d, R.lit())
    c.growth(A, B, R, d)
    return [s]


def p_decline(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["pp_nobase", "nobase"]))
    noun, A, B, R = growth_vals(c, False)
    c.can(R, "rate", what="decline")
    c.apply_break()
    if rng.random() < 0.5:
        s = "受多重因素影响，%s由上年的%s下降至%s，下降%s。" % (noun, A.lit(), B.lit(), R.lit())
    else:
        s = "%d年%s%s，较上年（%s）下降%s。" % (c.year, noun, B.lit(), A.lit(), R.lit())
    c.growth(A, B, R, "下降")
    return [s]


def pp_vals(c):
    rng = c.rng
    name = rng.choice(RATES[c.src])
    dec = rng.choice([1, 1, 2])
    unit = 10 ** dec
    lo, hi = int(name[8] * 100 * unit), int(name[9] * 100 * unit)
    o = rng.randint(lo, hi)
    n = o + rng.choice([-1, 1]) * rng.randint(max(1, unit // 10 * 2), 6 * unit)
    if n <= 0 or n >= 100 * unit or n == o:
        raise Retry("pp")
    O, N = Q(o, dec, "", "%"), Q(n, dec, "", "%")
    Dq = Q(abs(n - o), dec, "", "个百分点")
    return name, O, N, Dq, ("提高" if n > o else "下降")


def p_pp_both(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, "pp_nobase")
    name, O, N, Dq, d = pp_vals(c)
    c.can(Dq, "rate", what="pp difference")
    c.apply_break(allow_bad=False)
    v = rng.randrange(3)
    if v == 0:
        s = "%s由上年的%s%s到%s，%s%s。" % (name[0], O.lit(), d, N.lit(), d, Dq.lit())
    elif v == 1:
        s = "%s为%s，较上年（%s）%s%s。" % (name[0], N.lit(), O.lit(), d, Dq.lit())
    else:
        s = "%d年%s%s，比上年%s%s%s。" % (c.year, name[0], N.lit(), O.lit(), d, Dq.lit())
        s = "%d年%s%s，上年为%s，%s%s。" % (c.year, name[0], N.lit(), O.lit(), d, Dq.lit())
    c.pp(O, N, Dq, d)
    return [s]


def p_ratio_named(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["permille", "nobase", "pp_nobase"]))
    name, nn, dn, N, Dn, R = mk_rate(c, dec=rng.choice([1, 2]))
    c.can(R, "rate", cap=100, what=name)
    c.apply_break()
    if rng.random() < 0.5:
        s = "截至%d年末，%s%s，%s%s，%s%s。" % (c.year, dn, Dn.lit(), nn, N.lit(), name, R.lit())
    else:
        s = "%s%s，%s（%s）%s，由此测算%s为%s。" % (nn, N.lit(), dn, place(rng) + "辖区", Dn.lit(), name, R.lit())
    c.rate(N, Dn, R)
    return [s]


def p_year_table(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c)
    sep = rng.choice(SEPS)
    specs = GROWTH[c.src]
    rows = []
    for spec in rng.sample(specs, rng.randint(2, len(specs))):
        noun, unit, mult, dec, lo, hi = spec
        for _ in range(20):
            a = c.rint(lo, hi, dec)
            b = int(a * rng.uniform(0.8, 1.4))
            A, B = Q(a, dec, "", "", c.fmt), Q(b, dec, "", "", c.fmt)
            R = pct_q(Q(abs(b - a), dec), A, 1)
            if R and R.k:
                break
        else:
            raise Retry("t")
        R.unit = ""
        rows.append((noun + "（%s%s）" % (mult, unit), A, B, R, "增长" if b > a else "下降"))
        c.can(R, "rate", what="growth cell " + noun)
    c.apply_break(allow_bad=False)
    lines = ["主要指标完成情况", sep.join(["指标", "%d年" % (c.year - 1), "%d年" % c.year, "增减（%）"])]
    for n, A, B, R, d in rows:
        rl = R.lit() if d == "增长" else "-" + R.lit()
        lines.append(sep.join([n, A.lit(), B.lit(), rl]))
        c.growth(A, B, R, d)
    return lines


def p_rate_fenbie(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, rng.choice(["overlap", "nobase"]))
    spec = rng.choice(RATES[c.src])
    n = rng.randint(2, 3)
    names = distinct(rng, county, n)
    rd = rng.choice([1, 1, 2])
    rs = [mk_rate(c, spec, dec=rd) for _ in names]
    for r, nm in zip(rs, names):
        c.can(r[5], "rate", cap=100, what=nm)
    c.apply_break()
    body = "，".join("%s%s%s、%s%s" % (nm, r[2], r[4].lit(), r[1], r[3].lit()) for nm, r in zip(names, rs))
    s = "%s%s，%s分别为%s。" % (yr(c), body, spec[0], "、".join(r[5].lit() for r in rs))
    for r in rs:
        c.rate(r[3], r[4], r[5])
    return [s]


def p_growth_wanyi(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, "over100")
    noun = {"bank": "普惠小微贷款投放额", "lot": "即开型彩票销售额", "geo": "地质灾害防治投入", "pub": "新闻出版营业收入", "rel": "文物保护经费"}[c.src]
    a = rng.randint(6500, 9800)
    b = rng.randint(max(10100, int(a * 1.06)), int(a * 1.7))
    A = c.q(a, 0, "万", "元")
    bk = rnd(Fraction(b, 10000), 2)
    if bk is None:
        raise Retry("tie")
    B = c.q(bk, 2, "亿", "元")
    R = pct_q(Q(bk * 100 - a, 0, "万"), A, 1)
    if R is None or B.frac() <= A.frac():
        raise Retry("tie")
    c.can(R, "rate", what="growth")
    c.apply_break()
    s = "%s由上年的%s增加到%s，增长%s。" % (noun, A.lit(), B.lit(), R.lit())
    c.growth(A, B, R, "增长")
    return [s]


def p_pp_bases(c):
    rng = c.rng
    if c.label == "negative":
        return pct_neg(c, "pp_nobase")
    spec = rng.choice(RATES[c.src])
    b = mk_rate(c, spec, dec=1)
    for _ in range(30):
        dk = max(1, int(b[4].k * rng.uniform(0.85, 0.98)))
        share = Fraction(b[3].k, b[4].k) + Fraction(rng.randint(-600, 600), 10000)
        nk = int(dk * share)
        if not 0 < nk < dk:
            continue
        aN, aD = c.q(nk, b[3].dec, b[3].mult, b[3].unit), c.q(dk, b[4].dec, b[4].mult, b[4].unit)
        aR = pct_q(aN, aD, 1)
        if aR is not None and aR.k != b[5].k and aR.k < 1000:
            a = (spec[0], spec[1], spec[2], aN, aD, aR)
            break
    else:
        raise Retry("pp")
    d = "提高" if b[5].k > a[5].k else "下降"
    Dq = Q(abs(b[5].k - a[5].k), 1, "", "个百分点")
    c.can(Dq, "rate", what="pp")
    c.apply_break(allow_bad=False)
    s = "%d年%s%s、%s%s，%s%s；上年分别为%s、%s，%s%s。%s%s%s。" % (
        c.year, spec[2], b[4].lit(), spec[1], b[3].lit(), spec[0], b[5].lit(), a[4].lit(), a[3].lit(), spec[0], a[5].lit(), spec[0], d, Dq.lit())
    c.rate(b[3], b[4], b[5])
    c.rate(a[3], a[4], a[5])
    c.pp(a[5], b[5], Dq, d)
    return [s]


# =====================================================================================
# style table
# =====================================================================================
SRCS = ["bank", "lot", "geo", "pub", "rel"]
T_CORE = ["qizhong", "heji", "fenbie", "bracket", "lines", "table_last", "numbered", "named", "from_to", "sentences", "subgrand", "quarters"]
T_EXTRA = {"table_first": ["bank", "geo", "pub"], "table2": ["bank", "lot", "rel"], "bal_income": ["lot", "geo", "rel"],
           "bal_stock": ["bank", "geo", "pub", "rel"], "gender": ["rel", "geo", "pub"], "wanyi": ["bank", "lot", "pub"],
           "cn": ["geo", "rel", "pub"], "fullwidth": ["bank", "lot", "rel"], "thousands": ["bank", "lot", "geo"],
           "hhp": ["geo", "rel", "lot", "bank"], "decimals": ["pub", "bank", "lot"], "yoy_values": ["lot", "pub", "rel"]}
T_FUN = {"qizhong": t_qizhong, "heji": t_heji, "fenbie": t_fenbie, "bracket": t_bracket, "lines": t_lines,
         "table_last": t_table_last, "table_first": t_table_first, "table2": t_table2, "numbered": t_numbered,
         "named": t_named, "from_to": t_from_to, "sentences": t_sentences, "subgrand": t_subgrand, "quarters": t_quarters,
         "bal_income": t_bal_income, "bal_stock": t_bal_stock, "gender": t_gender, "wanyi": t_wanyi, "cn": t_cn,
         "fullwidth": t_fullwidth, "thousands": t_thousands, "hhp": t_hhp, "decimals": t_decimals, "yoy_values": t_yoy_values}
P_FUN = {"rate_after": p_rate_after, "rate_before": p_rate_before, "rate_bracket": p_rate_bracket, "two_rates": p_two_rates,
         "pass_fail": p_pass_fail, "completion": p_completion, "per_capita": p_per, "share_table": p_share_table,
         "shares100": p_shares100, "growth_both": p_growth_both, "same_period": p_same_period, "decline": p_decline,
         "pp_both": p_pp_both, "ratio_named": p_ratio_named, "year_table": p_year_table, "rate_fenbie": p_rate_fenbie,
         "growth_wanyi": p_growth_wanyi, "pp_bases": p_pp_bases}


def styles():
    out = []
    for src in SRCS:
        for k in T_CORE:
            out.append(("totals", "t_%s_%s" % (k, src), T_FUN[k], src))
        for k, srcs in T_EXTRA.items():
            if src in srcs:
                out.append(("totals", "t_%s_%s" % (k, src), T_FUN[k], src))
        for k, f in P_FUN.items():
            out.append(("pct", "p_%s_%s" % (k, src), f, src))
    return out


def make_record(rng, family, style, fn, src, label):
    for attempt in range(200):
        c = C(rng, label, src, family)
        c.applied = False
        try:
            before = len(c.notes)
            if family == "totals" and label == "negative" and rng.random() < 0.2:
                body = neg_generic(c)  # look-alikes from the same source, outside the construction
            else:
                body = fn(c)
            if label == "inconsistent" and not c.applied and not c.notes[before:]:
                c.apply_break()
                raise Retry("late break")  # constructions must break before rendering
        except Retry as e:
            if DEBUG:
                print("RETRY", style, label, e, file=sys.stderr)
            continue
        nb = rng.choice([0, 1, 1, 2, 2, 3])
        na = rng.choice([0, 0, 1, 1, 2])
        while len(body) + nb + na > 8:
            if na:
                na -= 1
            elif nb:
                nb -= 1
            else:
                break
        ctx = []
        while len(ctx) < nb + na:
            x = ctx_line(rng, src, c.year)
            if x[:4] not in [y[:4] for y in ctx]:
                ctx.append(x)
        lines = ctx[:nb] + body + ctx[nb:]
        rec = {"family": family, "style": style, "label": label, "text": "\n".join(lines),
               "note": ("; ".join(c.notes) or "all relations hold").replace("\n", " "), "checks": c.checks}
        errs, derived = verify_record(rec)
        if not errs and derived == label:
            return rec, attempt
        if DEBUG:
            print("REJECT", style, label, derived, errs, rec["text"].replace("\n", " / "), file=sys.stderr)
    raise SystemExit("could not generate %s %s" % (style, label))


def generate(seed, out):
    recs, retries = [], {}
    for family, style, fn, src in styles():
        rng = random.Random("%d:%s" % (seed, style))
        n = rng.randint(15, 17) if family == "totals" else rng.randint(15, 18)
        neg = round(n * 0.2)
        cons = round(n * 0.4)
        inc = n - neg - cons
        labels = ["consistent"] * cons + ["inconsistent"] * inc + ["negative"] * neg
        rng.shuffle(labels)
        for lab in labels:
            rec, att = make_record(rng, family, style, fn, src, lab)
            retries[style] = retries.get(style, 0) + att
            recs.append(rec)
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r = dict([("id", "n43-s%d-%05d" % (seed, i + 1))] + list(r.items()))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    hot = sorted(retries.items(), key=lambda x: -x[1])[:5]
    print("wrote %d records to %s; most retries: %s" % (len(recs), out, hot), file=sys.stderr)


# =====================================================================================
# VERIFIER -- independent of the generator: parses every literal back from the text
# =====================================================================================
V_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")
V_MULT = {"": Decimal(1), "万": Decimal(10000), "亿": Decimal(100000000), "万亿": Decimal(10) ** 12}
V_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_NUM = re.compile(r"^((?:[0-9]{1,3}(?:[,，][0-9]{3})+)|(?:[0-9]{1,3}(?: [0-9]{3})+)|[0-9]+)(?:\.([0-9]+))?(万亿|亿|万)?")
V_WELL = re.compile(r"^[0-9]+(?:\.[0-9]+)?%$")
V_PCT_TOKEN = re.compile(r"%[0-9]+(?:\.[0-9]+)?|[xX]+%|[0-9０-９][0-9０-９.．]*\s?%%?")
KNOWN_NEG = {"partial_list", "approx_total", "overlap", "cumulative_vs_new", "two_wholes", "identifier", "one_plus_x",
             "no_count", "growth_over_100", "pp_without_base", "overlapping_shares", "permille", "pct_without_base", "rate_of_unstated"}
RELS = {"sum", "balance", "count_items", "count_names", "rate", "per", "growth", "pp", "share_sum", "malformed_pct", "neg"}
UP = {"增长", "增加", "提高", "上升"}
DOWN = {"下降", "减少", "降低"}


def v_cn(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in "十百千":
            u = {"十": 10, "百": 100, "千": 1000}[ch]
            if num == 0 and ch == "十":
                num = 1
            section += num * u
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section = num = 0
        elif ch == "亿":
            total = (total + section + num) * 100000000
            section = num = 0
    return total + section + num


def v_parse(lit):
    """-> (value, quantum) ; value absolute, quantum = one unit of the last written digit."""
    s = lit.strip().translate(V_FW)
    if s.startswith("-"):
        s = s[1:]
    m = V_NUM.match(s)
    if m:
        ip = re.sub(r"[,， ]", "", m.group(1))
        fr = m.group(2) or ""
        mult = V_MULT[m.group(3) or ""]
        val = Decimal(ip + ("." + fr if fr else ""))
        return val * mult, (Decimal(1).scaleb(-len(fr))) * mult
    m = re.match(r"^[零〇一二两三四五六七八九十百千万亿]+", s)
    if m:
        return Decimal(v_cn(m.group(0))), Decimal(1)
    raise ValueError("cannot parse number %r" % lit)


def v_round(x, quantum):
    """round x to a multiple of quantum, half up. Returns (rounded, is_tie)."""
    r = x / quantum
    fl = r.to_integral_value(rounding="ROUND_FLOOR")
    tie = (r - fl) == Decimal("0.5")
    return r.quantize(Decimal(1), rounding=ROUND_HALF_UP) * quantum, tie


def v_margin_ok(written, true_rounded, quantum, pct):
    need = max(2 * quantum, Decimal("0.3")) if pct else 2 * quantum
    return abs(written - true_rounded) >= need


def verify_check(ch, text):
    """-> (status, message) where status in ok, fail, neg, error."""
    rel = ch.get("rel")
    if rel not in RELS:
        return "error", "unknown rel %r" % rel

    def lits():
        out = []
        for k, v in ch.items():
            if k in ("rel", "dir", "kind", "marker"):
                continue
            if isinstance(v, list):
                out += v
            else:
                out.append(v)
        return out

    for l in lits():
        if not isinstance(l, str) or l not in text:
            return "error", "literal %r not in text" % (l,)
    try:
        if rel == "neg":
            if ch.get("kind") not in KNOWN_NEG:
                return "error", "unknown neg kind"
            if ch.get("marker") and ch["marker"] not in text:
                return "error", "marker missing"
            return "neg", ch["kind"]
        if rel == "malformed_pct":
            if V_WELL.match(ch["literal"]):
                return "error", "literal is well formed"
            return "fail", "malformed %s" % ch["literal"]
        if rel in ("sum", "balance"):
            if rel == "sum":
                x = sum((v_parse(p)[0] for p in ch["parts"]), Decimal(0))
                tv, tq = v_parse(ch["total"])
            else:
                x = sum((v_parse(p)[0] for p in ch["plus"]), Decimal(0)) - sum((v_parse(p)[0] for p in ch["minus"]), Decimal(0))
                tv, tq = v_parse(ch["result"])
            r, tie = v_round(x, tq)
            if tie:
                return "error", "rounding tie"
            return ("ok", "") if r == tv else ("fail", "computed %s, written %s" % (x, tv))
        if rel in ("count_items", "count_names"):
            n, _ = v_parse(ch["count"])
            lst = ch["items"] if rel == "count_items" else ch["names"]
            if len(set(lst)) != len(lst):
                return "error", "duplicate items"
            return ("ok", "") if n == len(lst) else ("fail", "count %s vs %d listed" % (n, len(lst)))
        if rel in ("rate", "per", "growth", "pp"):
            pct = rel != "per"
            if rel == "rate":
                num, _ = v_parse(ch["num"])
                den, _ = v_parse(ch["den"])
                scale = Decimal(1000) if ch["rate"].endswith("‰") else Decimal(100)
                true = num / den * scale
                w, q = v_parse(ch["rate"])
            elif rel == "per":
                tot, _ = v_parse(ch["total"])
                cnt, _ = v_parse(ch["count"])
                true = tot / cnt
                w, q = v_parse(ch["value"])
            elif rel == "growth":
                old, _ = v_parse(ch["old"])
                new, _ = v_parse(ch["new"])
                true = (new - old) / old * 100
                w, q = v_parse(ch["rate"])
                d = ch.get("dir")
                if d not in UP | DOWN:
                    return "error", "bad dir"
                if (d in UP) != (true > 0):
                    return "fail", "direction"
                true = abs(true)
            else:
                o, oq = v_parse(ch["old"])
                n, nq = v_parse(ch["new"])
                true = n - o
                w, q = v_parse(ch["diff"])
                d = ch.get("dir")
                if d not in UP | DOWN:
                    return "error", "bad dir"
                if (d in UP) != (true > 0):
                    return "fail", "direction"
                true = abs(true)
            r, tie = v_round(true, q)
            if tie:
                return "error", "rounding tie"
            if r == w:
                return "ok", ""
            if not v_margin_ok(w, r, q, pct):
                return "error", "wrong value too close to the true one (%s vs %s)" % (w, r)
            return "fail", "true %s, written %s" % (r, w)
        if rel == "share_sum":
            vals = [v_parse(s) for s in ch["shares"]]
            tot = sum((v for v, _ in vals), Decimal(0))
            tol = sum((q / 2 for _, q in vals), Decimal(0))
            if abs(tot - 100) <= tol:
                return "ok", ""
            if abs(tot - 100) < Decimal("0.3"):
                return "error", "share sum too close to 100"
            return "fail", "shares sum to %s" % tot
    except (ValueError, ArithmeticError, KeyError, TypeError) as e:
        return "error", "%s: %s" % (type(e).__name__, e)
    return "error", "unhandled"


def verify_record(rec):
    errs = []
    for k in ("family", "style", "label", "text", "note", "checks"):
        if k not in rec:
            errs.append("missing field " + k)
    if errs:
        return errs, None
    text = rec["text"]
    if rec["family"] not in ("totals", "pct"):
        errs.append("bad family")
    if not re.match(r"^[a-z][a-z0-9_]*$", rec["style"]):
        errs.append("style not snake_case")
    if "\n" in rec["note"] or not rec["note"]:
        errs.append("note must be one line")
    nlines = len(text.split("\n"))
    if not 1 <= nlines <= 8:
        errs.append("record has %d lines" % nlines)
    if not rec["checks"]:
        errs.append("no checks")
    fails, negs = 0, 0
    for ch in rec["checks"]:
        st, msg = verify_check(ch, text)
        if st == "error":
            errs.append("%s: %s" % (ch.get("rel"), msg))
        elif st == "fail":
            fails += 1
        elif st == "neg":
            negs += 1
    # every percentage-looking token must belong to some check
    covered = " ".join(json.dumps(ch, ensure_ascii=False) for ch in rec["checks"])
    for m in V_PCT_TOKEN.finditer(text):
        tok = m.group(0)
        if tok not in covered:
            errs.append("percentage %r not covered by any check" % tok)
    if fails > 1:
        errs.append("%d relations fail; inconsistent records must have exactly one" % fails)
    derived = "inconsistent" if fails == 1 else ("negative" if negs else "consistent")
    return errs, derived


def verify_files(paths):
    bad = 0
    total = 0
    for path in paths:
        ids = set()
        counts, styles_ = {}, {}
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                total += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print("%s:%d bad json %s" % (path, ln, e))
                    bad += 1
                    continue
                if rec.get("id") in ids:
                    print("%s:%d duplicate id" % (path, ln))
                    bad += 1
                ids.add(rec.get("id"))
                errs, derived = verify_record(rec)
                if errs or derived != rec.get("label"):
                    bad += 1
                    print("%s:%d %s label=%s derived=%s %s" % (path, ln, rec.get("id"), rec.get("label"), derived, "; ".join(errs)))
                key = (rec.get("family"), rec.get("label"))
                counts[key] = counts.get(key, 0) + 1
                styles_[rec.get("style")] = styles_.get(rec.get("style"), 0) + 1
        for s, n in styles_.items():
            if not 15 <= n <= 20:
                print("%s: style %s has %d records (want 15-20)" % (path, s, n))
                bad += 1
        print("%s: %d records, %d styles, %s" % (path, sum(styles_.values()), len(styles_),
                                                 ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    print("verify: %d records, %d problems" % (total, bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.seed is None or not a.out:
        ap.error("need --seed and --out, or --verify FILES")
    generate(a.seed, a.out)


if __name__ == "__main__":
    main()
