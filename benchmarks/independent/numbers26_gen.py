#!/usr/bin/env python3
"""numbers26_gen.py - held-out labelled test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes/parts, differences, changes, counts) and `pct` (rates, shares, growth,
percentage points, malformed percentages).  Standard library only.

  python3 numbers26_gen.py --seed N --out FILE
  python3 numbers26_gen.py --verify FILE [FILE ...]
  python3 numbers26_gen.py --style-table FILE
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

# ---------------------------------------------------------------------------------------------
# number rendering (generator side)
# ---------------------------------------------------------------------------------------------
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")
CN_DIG = "零一二三四五六七八九"


def to_cn(n):
    """int 0..99999999 -> Chinese numerals (two for 2 before 千/万 when leading)."""
    assert n >= 0 and n == int(n)
    n = int(n)
    if n == 0:
        return "零"

    def four(x, leading):
        units = ["千", "百", "十", ""]
        s = ""
        zero = False
        digits = [x // 1000, x // 100 % 10, x // 10 % 10, x % 10]
        started = False
        for i, d in enumerate(digits):
            if d == 0:
                if started:
                    zero = True
                continue
            if zero:
                s += "零"
                zero = False
            if i == 2 and d == 1 and not started and leading:
                s += "十"
            elif i == 0 and d == 2 and not started and leading:
                s += "两千"
            else:
                s += CN_DIG[d] + units[i]
            started = True
        return s

    hi, lo = divmod(n, 10000)
    if hi:
        h = four(hi, True)
        if h == "两":
            h = "两"
        s = h + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + four(lo, False)
        return s
    return four(lo, True)


def fmt(v, d=0, mode="a"):
    """Render a Decimal/int value with d decimals in a surface mode."""
    v = Decimal(v)
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    v = v.quantize(q, rounding=ROUND_HALF_UP)
    neg = v < 0
    v = abs(v)
    s = f"{v:.{d}f}"
    ip, _, fp = s.partition(".")
    if mode == "cn":
        assert d == 0
        out = to_cn(int(ip))
        return ("负" if neg else "") + out
    if mode in ("c", "cf", "s", "fwc") and len(ip) > 3:
        sep = {"c": ",", "cf": "，", "s": " ", "fwc": "，"}[mode]
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = sep.join(groups)
    out = ip + ("." + fp if fp else "")
    if mode in ("fw", "fwc"):
        out = out.translate(FW)
    return ("-" if neg else "") + out


def rhu(fr, d):
    """round-half-up a Fraction to d decimals, return Decimal."""
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    # exact: use enough precision
    num = Decimal(fr.numerator) / Decimal(fr.denominator)
    return num.quantize(q, rounding=ROUND_HALF_UP)


def near_tie(fr, d):
    x = fr * (10 ** d)
    f = x - (x.numerator // x.denominator)
    return abs(f - Fraction(1, 2)) < Fraction(1, 200)


def N(v, span):
    return [str(v), span]


# ---------------------------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------------------------
PLACES = ["青溪", "岚山", "云湾", "石桥", "柳塘", "北川", "鹤鸣", "金沙", "桐岭", "白鹭", "梅岗", "安澜",
          "东坪", "溪口", "凤栖", "龙湾", "清泉", "松岩", "南屏", "槐荫", "丰乐", "望江", "碧塘", "双峰"]
LEVELS = ["区", "县", "市", "镇", "街道", "乡"]
COMPANIES = ["恒川", "瑞禾", "启明", "泰丰", "新澄", "华岳", "盛源", "博远", "宏晟", "嘉沐"]
YEARS = [2021, 2022, 2023, 2024]

# count domains: org, verb-phrase, unit, parts, lo, hi
CDOM = [
    ("生态环境分局", "查处环境违法案件", "起", ["水污染类", "大气污染类", "噪声污染类", "固体废物类", "土壤污染类"], 20, 420),
    ("市场监管局", "受理投诉举报", "件", ["食品类", "药品类", "特种设备类", "价格类", "广告类", "合同类"], 200, 9500),
    ("应急管理局", "发生生产安全事故", "起", ["工矿商贸领域", "道路运输领域", "建筑施工领域", "农业机械领域"], 10, 130),
    ("消防救援大队", "接处警", "起", ["火灾扑救", "抢险救援", "社会救助", "其他警情"], 300, 5200),
    ("人民法院", "受理各类案件", "件", ["民事案件", "刑事案件", "行政案件", "执行案件"], 2000, 32000),
    ("人民检察院", "审查起诉", "人", ["危险驾驶罪", "盗窃罪", "诈骗罪", "帮助信息网络犯罪活动罪"], 300, 2600),
    ("农业农村局", "登记农民专业合作社", "家", ["种植类", "养殖类", "农机服务类", "休闲农业类"], 60, 950),
    ("人民医院", "完成手术", "台次", ["一级手术", "二级手术", "三级手术", "四级手术"], 3000, 26000),
    ("教育局", "招收新生", "人", ["小学", "初中", "普通高中", "中等职业学校"], 1500, 22000),
    ("街道综治中心", "调处矛盾纠纷", "宗", ["邻里纠纷", "婚姻家庭纠纷", "劳动争议", "物业纠纷", "土地纠纷"], 40, 900),
    ("市场监管局", "完成食品安全抽检", "批次", ["粮食加工品", "食用农产品", "餐饮食品", "乳制品", "饮料"], 400, 8000),
    ("市场监管局", "实施缺陷产品召回", "次", ["汽车产品", "儿童用品", "电子电器", "家用电器"], 12, 160),
    ("交警大队", "查处交通违法行为", "起", ["酒驾醉驾", "超速行驶", "不按规定让行", "违法停车"], 3000, 60000),
    ("信访局", "受理群众信访事项", "件", ["来信", "来访", "网上信访", "电话信访"], 150, 4200),
    ("住建局", "改造城镇老旧小区", "个", ["城东片区", "城西片区", "老城片区", "开发区片区"], 12, 140),
    ("税务局", "新办涉税市场主体", "户", ["企业", "个体工商户", "其他组织"], 800, 15000),
    ("科技局", "新增授权专利", "件", ["发明专利", "实用新型专利", "外观设计专利"], 300, 7000),
    ("应急管理局", "排查安全隐患", "处", ["消防安全", "燃气安全", "危化品", "自建房"], 500, 12000),
    ("人社局", "受理劳动人事争议", "件", ["劳动报酬", "社会保险", "解除劳动合同", "工伤待遇"], 100, 3000),
    ("自然资源局", "查处违法用地", "宗", ["耕地类", "林地类", "建设用地类"], 15, 260),
    ("交通运输局", "新建改建农村公路", "条", ["县道", "乡道", "村道"], 20, 320),
    ("民政局", "办理婚姻登记", "对", ["结婚登记", "离婚登记", "补领证件"], 800, 9000),
    ("畜牧兽医站", "完成动物检疫", "批次", ["生猪", "牛", "羊", "家禽"], 500, 9000),
    ("林业局", "查处涉林案件", "起", ["滥伐林木", "非法占用林地", "非法运输木材", "失火"], 10, 180),
]

# amount domains: org, noun, unit, parts, lo, hi, decimals
ADOM = [
    ("农业农村局", "粮食总产量", "万吨", ["稻谷", "小麦", "玉米", "大豆", "薯类"], 20, 260, 2),
    ("农业农村局", "农作物播种面积", "万亩", ["粮食作物", "油料作物", "蔬菜", "中药材"], 50, 480, 1),
    ("林业局", "完成营造林", "万亩", ["人工造林", "封山育林", "退化林修复", "森林抚育"], 3, 60, 2),
    ("税务局", "税收收入", "亿元", ["增值税", "企业所得税", "个人所得税", "资源税", "契税"], 8, 95, 2),
    ("财政局", "一般公共预算收入", "亿元", ["税收收入", "非税收入"], 10, 120, 2),
    ("财政局", "争取上级转移支付", "亿元", ["一般性转移支付", "专项转移支付"], 12, 90, 2),
    ("财政局", "政府债务余额", "亿元", ["一般债务", "专项债务"], 40, 400, 2),
    ("村委会", "村集体经济收入", "万元", ["经营性收入", "资产租赁收入", "投资收益", "上级补助收入"], 20, 380, 2),
    ("集团公司", "营业收入", "亿元", ["主营业务收入", "其他业务收入"], 5, 180, 2),
    ("医疗保障局", "支出医疗救助资金", "万元", ["住院救助", "门诊救助", "资助参保"], 200, 6000, 2),
    ("农业农村局", "建设高标准农田", "万亩", ["新建", "改造提升"], 2, 30, 2),
    ("畜牧兽医站", "肉类总产量", "万吨", ["猪肉", "牛肉", "羊肉", "禽肉"], 3, 90, 2),
    ("文旅局", "接待游客", "万人次", ["省外游客", "省内游客"], 80, 2400, 1),
    ("人民医院", "完成门急诊", "万人次", ["门诊", "急诊"], 30, 260, 2),
    ("人社局", "发放就业补助资金", "万元", ["社保补贴", "岗位补贴", "职业培训补贴", "一次性创业补贴"], 300, 9000, 2),
    ("水利局", "完成水利投资", "亿元", ["防洪工程", "供水工程", "灌区改造", "水土保持"], 3, 60, 2),
]

CTX_BEFORE = [
    "{y}年，{org}坚持稳中求进工作总基调，各项工作取得新进展。",
    "一、{y}年主要工作完成情况",
    "（二）{topic}",
    "今年以来，{org}紧紧围绕年度目标任务，狠抓工作落实。",
    "现将{org}{y}年工作情况报告如下。",
    "{y}年是实施“十四五”规划的关键之年。",
    "在上级部门的指导下，{org}扎实推进各项重点工作。",
]
CTX_AFTER = [
    "下一步，将持续巩固工作成效，推动各项工作再上新台阶。",
    "同时，组织业务培训{k}场次，培训人员{m}人次。",
    "全年召开专题会议{k}次，研究解决重点难点问题。",
    "工作中也存在基层力量不足、保障水平不高等问题。",
    "开展集中宣传活动{k}场，发放宣传资料{m}份。",
    "相关工作经验被上级部门转发推广。",
]
TOPICS = ["强化市场监管，守牢安全底线", "聚焦民生实事，提升保障水平", "推进生态治理，改善环境质量",
          "深化依法治理，维护社会稳定", "抓好农业生产，推进乡村振兴", "加强财政管理，防范债务风险"]


class G:
    def __init__(self, rng):
        self.r = rng

    def pick(self, xs):
        return self.r.choice(xs)

    def place(self):
        return self.pick(PLACES)

    def org(self, suffix=None):
        lv = self.pick(LEVELS[:3])
        return self.place() + lv + (suffix if suffix is not None else "")

    def year(self):
        return self.pick(YEARS)

    def before(self, org=None, p=0.6):
        if self.r.random() > p:
            return []
        t = self.pick(CTX_BEFORE)
        return [t.format(y=self.year(), org=org or self.org("人民政府"), topic=self.pick(TOPICS))]

    def after(self, p=0.5):
        if self.r.random() > p:
            return []
        t = self.pick(CTX_AFTER)
        return [t.format(k=self.r.randint(3, 40), m=self.r.randint(200, 9000))]

    def split(self, total, k, minp=1):
        """random composition of integer total into k parts >= minp, not all equal-ish."""
        assert total >= k * minp
        while True:
            cuts = sorted(self.r.sample(range(1, total - k * minp + k), k - 1)) if k > 1 else []
            parts, prev = [], 0
            for c in cuts + [total - k * minp + k]:
                parts.append(c - prev - 1 + minp)
                prev = c
            if sum(parts) == total and all(p >= minp for p in parts):
                return parts

    def corrupt_int(self, v, lo=1, mind=1):
        """return an int with |w - v| >= mind, plausibly mistyped"""
        for _ in range(200):
            w = self._corrupt_int(v, lo)
            if abs(w - v) >= mind and w >= lo:
                return w
        return v + mind * 5

    def _corrupt_int(self, v, lo=1):
        r = self.r.random()
        s = str(v)
        if r < 0.25 and len(s) >= 2 and s[-1] != s[-2]:
            w = int(s[:-2] + s[-1] + s[-2])
            if w != v and w >= lo:
                return w
        if r < 0.45 and len(s) >= 3:
            i = self.r.randrange(len(s) - 1, len(s))
            dg = int(s[i])
            nd = (dg + self.r.choice([1, 2, 8, 9])) % 10
            w = int(s[:i] + str(nd) + s[i + 1:])
            if w != v and w >= lo:
                return w
        delta = self.r.choice([1, 1, 2, 3, 5, 10, 4, 6, 20])
        if v > 2000:
            delta = self.r.choice([10, 20, 100, 30, 50, 200])
        w = v + self.r.choice([-1, 1]) * delta
        if w < lo or w == v:
            w = v + delta
        return w


# ---------------------------------------------------------------------------------------------
# cores
# ---------------------------------------------------------------------------------------------
def sum_core(g, label, total, k, dec=0, minp=1, target="any"):
    """returns (total_val, parts_vals, what) with Decimal values; for inconsistent one value changed."""
    scale = 10 ** dec
    ti = int(round(total * scale))
    parts = g.split(ti, k, minp * scale if dec == 0 else max(1, int(minp * scale)))
    what = "parts add up to the total"
    mind = {0: 1, 1: 3, 2: 10}[dec]
    if label == "inconsistent":
        if target == "total" or (target == "any" and g.r.random() < 0.35):
            ti2 = g.corrupt_int(ti, lo=1, mind=mind)
            what = f"total stated {fmt(Decimal(ti2) / scale, dec)} but parts add up to {fmt(Decimal(ti) / scale, dec)}"
            ti = ti2
        else:
            i = g.r.randrange(k)
            old = parts[i]
            parts[i] = g.corrupt_int(parts[i], lo=1, mind=mind)
            what = (f"part #{i + 1} changed {fmt(Decimal(old) / scale, dec)}->{fmt(Decimal(parts[i]) / scale, dec)}; "
                    f"parts add up to {fmt(Decimal(sum(parts)) / scale, dec)} not {fmt(Decimal(ti) / scale, dec)}")
    q = lambda x: (Decimal(x) / scale).quantize(Decimal(1).scaleb(-dec)) if dec else Decimal(x)
    return q(ti), [q(p) for p in parts], what


def sum_check(total, tspan, parts, pspans):
    return {"rel": "sum", "total": N(total, tspan), "parts": [N(p, s) for p, s in zip(parts, pspans)]}


def rate_core(g, label, num, den, dec, cap100=True, minoff=None):
    """stated percentage for num/den; returns (stated Decimal, true Decimal)."""
    fr = Fraction(num) / Fraction(den) * 100
    true = rhu(fr, dec)
    if label != "inconsistent":
        return true, true
    unit = Decimal(1).scaleb(-dec)
    mo = minoff if minoff is not None else max(Decimal("0.3"), unit * 3)
    for _ in range(100):
        r = g.r.random()
        if r < 0.3 and dec >= 1:
            s = fmt(true, dec)
            digs = [i for i, c in enumerate(s) if c.isdigit()]
            i = g.r.choice(digs[-3:])
            j = i + 1 if i + 1 < len(s) and s[i + 1].isdigit() else i - 1
            if j < 0 or not s[j].isdigit():
                continue
            l = list(s)
            l[i], l[j] = l[j], l[i]
            st = Decimal("".join(l))
        elif r < 0.55:
            # wrong denominator (a different, nearby whole)
            d2 = den + g.r.choice([-1, 1]) * max(1, int(den * g.r.uniform(0.03, 0.12)))
            if d2 <= 0:
                continue
            st = rhu(Fraction(num) / Fraction(d2) * 100, dec)
        else:
            st = true + g.r.choice([-1, 1]) * Decimal(g.r.choice([0.4, 0.6, 0.8, 1, 1.5, 2, 3, 5, 7])).quantize(Decimal("0.1")) \
                if dec >= 1 else true + g.r.choice([-1, 1]) * g.r.choice([2, 3, 4, 5, 8])
            st = st.quantize(unit) if dec else st.quantize(Decimal(1))
        trunc = (Decimal(fr.numerator * 10 ** dec // fr.denominator) / (10 ** dec))
        if st <= 0 or abs(st - true) < mo or st == trunc:
            continue
        if cap100 and true <= 100 and st > 100:
            continue
        return st, true
    raise RuntimeError("rate corruption failed")


def good_ratio(g, den, lo, hi, dec):
    """pick num in [lo*den, hi*den] with no near-tie rounding."""
    for _ in range(200):
        num = g.r.randint(max(0, int(den * lo)), max(0, int(den * hi)))
        if num > den and hi <= 1:
            continue
        fr = Fraction(num, den) * 100
        if not near_tie(fr, dec):
            return num
    return None


def rate_check(num, nspan, den, dspan, stated, sspan, dec):
    return {"rel": "rate", "num": N(num, nspan), "den": N(den, dspan), "stated": N(stated, sspan), "decimals": dec}


def growth_core(g, label, old, new, dec):
    fr = (Fraction(new) - Fraction(old)) / Fraction(old) * 100
    true = rhu(abs(fr), dec)
    direction = "up" if new > old else "down"
    if label != "inconsistent":
        return true, direction, "correct"
    unit = Decimal(1).scaleb(-dec)
    for _ in range(100):
        r = g.r.random()
        if r < 0.4:
            st = rhu(abs(Fraction(new) - Fraction(old)) / Fraction(new) * 100, dec)  # wrong base
            why = "computed on the new value instead of the base"
        else:
            st = true + g.r.choice([-1, 1]) * Decimal(g.r.choice(["0.5", "0.8", "1.2", "2", "3.1", "4"])).quantize(unit if dec else Decimal(1), rounding=ROUND_HALF_UP)
            why = "rate shifted"
        if st > 0 and abs(st - true) >= max(Decimal("0.3"), unit * 3):
            return st, direction, why
    raise RuntimeError


def growth_check(old, ospan, new, nspan, stated, sspan, direction, dec):
    return {"rel": "growth", "old": N(old, ospan), "new": N(new, nspan), "stated": N(stated, sspan),
            "direction": direction, "decimals": dec}


def pick_cdom(g):
    return g.pick(CDOM)


def pick_adom(g):
    return g.pick(ADOM)


def pct(v, dec, mode="a", sign="%"):
    return fmt(v, dec, mode) + sign


# ---------------------------------------------------------------------------------------------
# TOTALS styles (consistent / inconsistent)
# ---------------------------------------------------------------------------------------------
T = []  # (name, family, kind, fn)


def reg(name, family, kind="ci"):
    def deco(fn):
        T.append((name, family, kind, fn))
        return fn
    return deco


def _cnt(g, label, k=None, mode="a", target="any", scale=1.0):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    k = min(k or g.r.randint(2, min(5, len(parts))), len(parts))
    names = g.r.sample(parts, k)
    total = g.r.randint(max(lo, k * 3), int(hi * scale))
    tv, pv, what = sum_core(g, label, total, k, target=target)
    ts = fmt(tv, 0, mode)
    ps = [fmt(p, 0, mode) for p in pv]
    return dict(org=g.place() + g.pick(["区", "县", "市"]) + org, verb=verb, u=u, names=names, tv=tv, pv=pv, ts=ts, ps=ps,
                what=what, chk=sum_check(tv, ts, pv, ps))


def _amt(g, label, k=None, mode="a", target="any"):
    org, noun, u, parts, lo, hi, dec = pick_adom(g)
    k = k or g.r.randint(2, min(4, len(parts)))
    names = g.r.sample(parts, k) if k < len(parts) or len(parts) > 2 else parts[:]
    total = Decimal(g.r.randint(lo * 100, hi * 100)) / 100
    tv, pv, what = sum_core(g, label, total, k, dec=dec, minp=0.01 if dec else 1, target=target)
    ts = fmt(tv, dec, mode)
    ps = [fmt(p, dec, mode) for p in pv]
    return dict(org=g.place() + g.pick(["区", "县", "市"]) + org, noun=noun, u=u, names=names, tv=tv, pv=pv, ts=ts, ps=ps,
                what=what, chk=sum_check(tv, ts, pv, ps), dec=dec)


def out(lines, note, checks):
    return "\n".join(lines), note, checks


@reg("qizhong_dunhao", "totals")
def t1(g, label):
    c = _cnt(g, label)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"全年共{c['verb']}{c['ts']}{c['u']}，其中{body}。"
    return out(g.before(c["org"]) + [s] + g.after(), f"其中-list: {c['what']}", [c["chk"]])


@reg("qizhong_colon_semicolon", "totals")
def t2(g, label):
    c = _cnt(g, label)
    body = "；".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"{c['org']}{g.year()}年{c['verb']}{c['ts']}{c['u']}。其中：{body}。"
    return out([s] + g.after(), f"其中：…； list: {c['what']}", [c["chk"]])


@reg("fenbiewei_then_heji", "totals")
def t3(g, label):
    c = _cnt(g, label)
    s = (f"{'、'.join(c['names'])}分别为{'、'.join(c['ps'])}{c['u']}，"
         f"合计{c['ts']}{c['u']}。")
    return out(g.before(c["org"]) + [f"{c['verb']}情况：" + s], f"分别为 list then 合计: {c['what']}", [c["chk"]])


@reg("parts_first_gongji", "totals")
def t4(g, label):
    c = _cnt(g, label)
    body = "，".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"从类别看，{body}，共计{c['verb']}{c['ts']}{c['u']}。"
    return out(g.before(c["org"]) + [s] + g.after(), f"parts first, whole after: {c['what']}", [c["chk"]])


@reg("total_paren_parts", "totals")
def t5(g, label):
    c = _cnt(g, label)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"{c['org']}全年{c['verb']}{c['ts']}{c['u']}（{body}），较好完成年度任务。"
    return out([s] + g.after(), f"total followed by parts in parentheses: {c['what']}", [c["chk"]])


@reg("baokuo_he", "totals")
def t6(g, label):
    c = _cnt(g, label)
    items = [f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"])]
    body = "、".join(items[:-1]) + "和" + items[-1] if len(items) > 1 else items[0]
    s = f"累计{c['verb']}{c['ts']}{c['u']}，包括{body}。"
    return out(g.before(c["org"]) + [s], f"包括 … 和 …: {c['what']}", [c["chk"]])


@reg("fullwidth_digits_qizhong", "totals")
def t7(g, label):
    c = _cnt(g, label, mode="fw")
    body = "，".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"{c['verb']}{c['ts']}{c['u']}，其中{body}。"
    return out(g.before(c["org"]) + [s] + g.after(), f"full-width digits: {c['what']}", [c["chk"]])


@reg("thousands_comma_amounts", "totals")
def t8(g, label):
    org, noun, u, parts, lo, hi, dec = pick_adom(g)
    k = g.r.randint(2, 4)
    names = g.r.sample(["省级资金", "市级资金", "县级配套", "社会资本", "中央资金", "债券资金"], k)
    total = Decimal(g.r.randint(100000, 9000000)) / 100
    tv, pv, what = sum_core(g, label, total, k, dec=2, minp=0.01)
    ts = fmt(tv, 2, "c")
    ps = [fmt(p, 2, "c") for p in pv]
    body = "、".join(f"{n}{p}万元" for n, p in zip(names, ps))
    s = f"全年投入项目资金{ts}万元，其中{body}。"
    return out(g.before() + [s] + g.after(), f"amounts in 万元 with thousands commas: {what}", [sum_check(tv, ts, pv, ps)])


@reg("chinese_numerals_small", "totals")
def t9(g, label):
    c = None
    k = g.r.randint(2, 4)
    org, verb, u, parts, lo, hi = pick_cdom(g)
    names = g.r.sample(parts, min(k, len(parts)))
    k = len(names)
    total = g.r.randint(max(k * 2, 8), 99)
    tv, pv, what = sum_core(g, label, total, k)
    ts = fmt(tv, 0, "cn")
    ps = [fmt(p, 0, "cn") for p in pv]
    body = "、".join(f"{n}{p}{u}" for n, p in zip(names, ps))
    s = f"全年{verb}{ts}{u}，其中{body}。"
    return out(g.before() + [s], f"Chinese numerals: {what}", [sum_check(tv, ts, pv, ps)])


@reg("yi_wan_mixed_magnitude", "totals")
def t10(g, label):
    # total in 亿元, parts in 亿元 or 万元; all values stored in 万元 (spans carry 万/亿)
    k = g.r.randint(2, 4)
    names = g.r.sample(["中央预算内资金", "省级补助资金", "地方政府专项债券", "市县配套资金", "银行贷款"], k)
    pv = [g.r.randint(5, 300) * 100 for _ in range(k)]
    tv = sum(pv)
    what = "parts (亿元/万元 mixed) add up to the total"
    if label == "inconsistent":
        if g.r.random() < 0.5:
            tv = tv + g.r.choice([-1, 1]) * g.r.choice([1000, 2000, 500, 3000])
            what = f"total stated {tv}万元 but parts add up to {sum(pv)}万元"
        else:
            i = g.r.randrange(k)
            pv[i] = pv[i] + g.r.choice([1000, 500, 2000]) * (1 if pv[i] <= 3000 else g.r.choice([-1, 1]))
            what = f"part #{i + 1} altered; parts add up to {sum(pv)}万元 not {tv}万元"

    def yi(v):
        return fmt(Decimal(v) / 10000, 2).rstrip("0").rstrip(".") + "亿"

    def rend(v):
        if v >= 10000 and g.r.random() < 0.6:
            return yi(v)
        return f"{v}万"
    tsp = yi(tv)
    rs_ = [rend(p) for p in pv]
    body = "，".join(f"{n}{sp}元" for n, sp in zip(names, rs_))
    s = f"项目总投资{tsp}元，其中{body}。"
    ck = {"rel": "sum", "unit": "万元", "total": N(tv, tsp), "parts": [N(p, sp) for p, sp in zip(pv, rs_)]}
    return out(g.before() + [s] + g.after(), f"亿元 total with parts in 亿元/万元 (values in 万元): {what}", [ck])


def diff_core(g, label, a, b, dec=0):
    c = a - b
    what = "a - b = c"
    if label == "inconsistent":
        scale = 10 ** dec
        ci = int(c * scale)
        ci2 = g.corrupt_int(abs(ci), lo=1, mind={0: 1, 1: 3, 2: 10}[dec]) * (1 if ci >= 0 else -1)
        c2 = Decimal(ci2) / scale if dec else Decimal(ci2)
        what = f"stated {fmt(c2, dec)} but {fmt(a, dec)} - {fmt(b, dec)} = {fmt(c, dec)}"
        c = c2
    return c, what


@reg("income_expense_balance", "totals")
def t11(g, label):
    a = Decimal(g.r.randint(5000, 900000)) / 100
    b = Decimal(g.r.randint(int(a * 50), int(a * 98))) / 100
    c, what = diff_core(g, label, a, b, 2)
    sa, sb, sc = fmt(a, 2), fmt(b, 2), fmt(c, 2)
    org = g.place() + g.pick(["村股份经济合作社", "社区居委会", "镇敬老院", "街道"])
    s = f"{org}全年收入{sa}万元，支出{sb}万元，结余{sc}万元。"
    return out(g.before() + [s] + g.after(), f"收入-支出=结余: {what}", [{"rel": "diff", "a": N(a, sa), "b": N(b, sb), "c": N(c, sc)}])


@reg("budget_exec_carryover", "totals")
def t12(g, label):
    a = Decimal(g.r.randint(50000, 2000000)) / 100
    b = Decimal(g.r.randint(int(a * 60), int(a * 97))) / 100
    c, what = diff_core(g, label, a, b, 2)
    sa, sb, sc = fmt(a, 2, "c"), fmt(b, 2, "c"), fmt(c, 2, "c")
    s1 = f"{g.year()}年部门预算安排专项资金{sa}万元。"
    s2 = f"截至12月底，已执行{sb}万元，结转下年{sc}万元。"
    return out([s1, s2] + g.after(), f"预算-执行=结转 across two sentences: {what}", [{"rel": "diff", "a": N(a, sa), "b": N(b, sb), "c": N(c, sc)}])


def change_core(g, label, a, b, dec=0):
    d = abs(b - a)
    direction = "up" if b > a else "down"
    what = "change equals difference"
    if label == "inconsistent":
        scale = 10 ** dec
        di = int(d * scale)
        d2 = Decimal(g.corrupt_int(di, lo=1, mind={0: 1, 1: 3, 2: 10}[dec]))
        d2 = d2 / scale if dec else d2
        what = f"stated change {fmt(d2, dec)} but {fmt(b, dec)} vs {fmt(a, dec)} differ by {fmt(d, dec)}"
        d = d2
    return d, direction, what


def change_check(a, sa, b, sb, d, sd, direction):
    return {"rel": "change", "from": N(a, sa), "to": N(b, sb), "delta": N(d, sd), "direction": direction}


@reg("you_zengjiadao_zengjia", "totals")
def t13(g, label):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    a = g.r.randint(lo, hi)
    b = a + g.r.randint(1, max(2, a // 3))
    d, dr, what = change_core(g, label, a, b)
    s = f"{g.pick(['专职网格员', '家庭医生签约团队', '社区工作者', '注册志愿者'])}由{a}人增加到{b}人，增加{d}人。"
    return out(g.before() + [s] + g.after(), f"由…增加到…，增加…: {what}", [change_check(a, str(a), b, str(b), d, str(d), dr)])


@reg("you_jianshaodao_jianshao", "totals")
def t14(g, label):
    a = g.r.randint(20, 900)
    b = a - g.r.randint(1, max(2, a // 2))
    d, dr, what = change_core(g, label, a, b)
    thing = g.pick(["建档立卡监测户", "危房户", "重点信访积案", "安全生产重大隐患", "无证经营户"])
    u = "户" if "户" in thing else ("件" if "案" in thing else "处")
    s = f"{thing}由年初的{a}{u}减少到年末的{b}{u}，减少{d}{u}。"
    return out(g.before() + [s], f"由…减少到…，减少…: {what}", [change_check(a, str(a), b, str(b), d, str(d), dr)])


@reg("jiao_shangnian_duo_shao", "totals")
def t15(g, label):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    a = g.r.randint(lo, hi)
    b = max(1, a + g.r.choice([-1, 1]) * g.r.randint(1, max(2, a // 4)))
    if a == b:
        b = a + 3
    d, dr, what = change_core(g, label, a, b)
    y = g.year()
    s1 = f"{y - 1}年全{g.pick(['区', '县', '市'])}{verb}{a}{u}。"
    s2 = f"{y}年{verb}{b}{u}，较上年{'多' if dr == 'up' else '少'}{d}{u}。"
    return out(g.before() + [s1, s2], f"较上年多/少 with both years stated: {what}", [change_check(a, str(a), b, str(b), d, str(d), dr)])


def table_lines(g, label, sep, header_first=True, total_first=False, mode="a"):
    c = _cnt(g, label, k=g.r.randint(3, 5), mode=mode)
    rows = [f"{n}{sep}{p}" for n, p in zip(c["names"], c["ps"])]
    tot = f"合计{sep}{c['ts']}"
    lines = [f"{c['org']}{c['verb']}情况（单位：{c['u']}）", f"类别{sep}数量"] if header_first else [f"{c['verb']}分类统计（{c['u']}）"]
    lines += ([tot] + rows) if total_first else (rows + [tot])
    return c, lines[:8]


@reg("table_tab_total_last", "totals")
def t16(g, label):
    c, lines = table_lines(g, label, "\t")
    return out(lines, f"tab-separated table, 合计 row last: {c['what']}", [c["chk"]])


@reg("table_spaces_total_first", "totals")
def t17(g, label):
    c, lines = table_lines(g, label, "    ", header_first=False, total_first=True)
    return out(lines, f"space-aligned table, 合计 row first: {c['what']}", [c["chk"]])


@reg("table_pipe_flattened", "totals")
def t18(g, label):
    c = _cnt(g, label, k=3)
    cells = " | ".join(f"{n} | {p}" for n, p in zip(c["names"], c["ps"]))
    s = f"表1 {c['verb']}统计：类别 | {c['u']}数 | {cells} | 总计 | {c['ts']}"
    return out(g.before(c["org"]) + [s], f"flattened table with pipes: {c['what']}", [c["chk"]])


def cnword(n):
    return "两" if n == 2 else to_cn(n)


CN_ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
TASKS = ["完善工作机制", "加强队伍建设", "强化督查考核", "推进数字赋能", "健全应急预案", "深化部门协作",
         "开展专项整治", "优化服务流程", "加大宣传力度", "夯实基层基础"]


@reg("count_numbered_yishi", "totals")
def t19(g, label):
    k = g.r.randint(3, 6)
    tasks = g.r.sample(TASKS, k)
    stated = k
    what = f"{k} items enumerated"
    if label == "inconsistent":
        stated = k + g.r.choice([-1, 1])
        what = f"says {stated} items but {k} are enumerated"
    sw = cnword(stated)
    items = "；".join(f"{CN_ORD[i]}是{t}" for i, t in enumerate(tasks))
    s = f"重点抓好{sw}方面工作：{items}。"
    return out(g.before() + [s], f"count word vs enumerated 一是…: {what}",
               [{"rel": "count", "stated": N(stated, sw), "items": tasks}])


@reg("count_paren_items_lines", "totals")
def t20(g, label):
    k = g.r.randint(3, 5)
    names = g.r.sample(["城东污水处理厂提标改造", "滨河绿道二期", "第二人民医院迁建", "实验中学扩建", "农贸市场升级",
                        "智慧停车场", "应急避难场所", "城北水厂", "老旧管网改造"], k)
    stated = k
    what = f"{k} numbered items"
    if label == "inconsistent":
        stated = k + g.r.choice([-1, 1, 2])
        what = f"says {stated} projects, lists {k}"
    lines = [f"今年新开工重点项目{stated}个，具体如下："] + [f"（{i + 1}）{n}项目；" for i, n in enumerate(names)]
    return out(lines, f"count vs (1)(2)… lines: {what}", [{"rel": "count", "stated": N(stated, str(stated)), "items": names}])


@reg("circled_items_amounts_sum", "totals")
def t21(g, label):
    k = g.r.randint(3, 5)
    names = g.r.sample(["种植业保险", "养殖业保险", "农机购置补贴", "耕地地力保护补贴", "实际种粮农民一次性补贴", "渔业发展补助"], k)
    total = Decimal(g.r.randint(30000, 900000)) / 100
    tv, pv, what = sum_core(g, label, total, k, dec=2, minp=0.01)
    circ = "①②③④⑤⑥"
    ts = fmt(tv, 2)
    ps = [fmt(p, 2) for p in pv]
    items = "；".join(f"{circ[i]}{n}{p}万元" for i, (n, p) in enumerate(zip(names, ps)))
    s = f"全年兑现各类惠农资金{ts}万元：{items}。"
    return out(g.before() + [s], f"circled items summing to whole: {what}", [sum_check(tv, ts, pv, ps)])


@reg("nested_qizhong", "totals")
def t22(g, label):
    # total -> A, B ; A -> A1, A2. when inconsistent exactly one level is wrong
    a1, a2, b = g.r.randint(30, 3000), g.r.randint(30, 3000), g.r.randint(30, 3000)
    av = a1 + a2
    bad = g.pick(["outer", "inner"]) if label == "inconsistent" else None
    what = "both levels add up"
    if bad == "inner":
        av2 = g.corrupt_int(av)
        what = f"inner level: sub-parts add up to {av} but {av2} stated (outer total consistent with {av2})"
        av = av2
    tv = av + b
    if bad == "outer":
        tv2 = g.corrupt_int(tv)
        what = f"outer level: {av}+{b}={tv} but {tv2} stated"
        tv = tv2
    names = g.pick([("网上办理", "全程网办", "跑一次办理", "窗口办理"), ("城镇", "城区", "集镇", "农村")])
    thing = g.pick([("办理政务服务事项", "件"), ("新增就业", "人"), ("接种疫苗", "剂次")])
    u = thing[1]
    s = (f"全年{thing[0]}{tv}{u}，其中{names[0]}{av}{u}（其中{names[1]}{a1}{u}、{names[2]}{a2}{u}），"
         f"{names[3]}{b}{u}。")
    c1 = sum_check(tv, str(tv), [av, b], [str(av), str(b)])
    c2 = sum_check(av, str(av), [a1, a2], [str(a1), str(a2)])
    return out(g.before() + [s], f"nested 其中: {what}", [c1, c2])


@reg("lines_then_summary_total", "totals")
def t23(g, label):
    c = _cnt(g, label, k=g.r.randint(3, 4))
    lines = [f"{c['org']}{c['verb']}情况："]
    lines += [f"{n}：{p}{c['u']}；" for n, p in zip(c["names"], c["ps"])]
    lines += [f"以上合计{c['ts']}{c['u']}。"]
    return out(lines, f"line list with summary line at end: {c['what']}", [c["chk"]])


@reg("multi_sentence_context", "totals")
def t24(g, label):
    c = _cnt(g, label)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    lines = [f"{g.year()}年，{c['org']}围绕中心工作，持续加大工作力度。",
             f"开展专项行动{g.r.randint(3, 20)}次，出动人员{g.r.randint(100, 5000)}人次。",
             f"{c['verb']}{c['ts']}{c['u']}，其中{body}。",
             f"办理人大代表建议和政协提案{g.r.randint(5, 60)}件。"]
    return out(lines, f"statement among context sentences: {c['what']}", [c["chk"]])


@reg("urban_rural_ratio", "totals")
def t25(g, label):
    rural = g.r.randint(15000, 32000)
    urban = int(rural * g.r.uniform(1.6, 2.6))
    fr = Fraction(urban, rural)
    while near_tie(fr, 2):
        urban += 1
        fr = Fraction(urban, rural)
    st = rhu(fr, 2)
    what = "urban/rural ratio rounds to stated"
    if label == "inconsistent":
        st = st + g.r.choice([-1, 1]) * g.pick([Decimal("0.1"), Decimal("0.2"), Decimal("0.15"), Decimal("0.3")])
        what = f"ratio stated {st} but {urban}/{rural} = {rhu(fr, 2)}"
    y = g.year()
    s = (f"{y}年城镇常住居民人均可支配收入{urban}元，农村常住居民人均可支配收入{rural}元，"
         f"城乡居民收入比为{st}:1。")
    return out(g.before() + [s] + g.after(), f"urban/rural income ratio (2 decimals): {what}",
               [{"rel": "ratio", "a": N(urban, str(urban)), "b": N(rural, str(rural)), "stated": N(st, str(st)), "decimals": 2}])


@reg("cumulative_by_year", "totals")
def t26(g, label):
    y0 = g.pick([2018, 2019, 2020])
    y1 = g.pick([2023, 2024])
    years = list(range(y0, y1 + 1))
    thing, u = g.pick([("建成高标准农田", "万亩"), ("改造农村户厕", "户"), ("新建5G基站", "个"), ("完成造林", "万亩")])
    dec = 2 if u == "万亩" else 0
    total = Decimal(g.r.randint(len(years) * 300, len(years) * 3000)) / (100 if dec else 1)
    tv, pv, what = sum_core(g, label, total, len(years), dec=dec, minp=0.01 if dec else 1)
    ps = [fmt(p, dec) for p in pv]
    ts = fmt(tv, dec)
    body = "，".join(f"{y}年{p}{u}" for y, p in zip(years, ps))
    s = f"{y0}年以来累计{thing}{ts}{u}，分年度看，{body}。"
    return out(g.before() + [s], f"cumulative since {y0} by year: {what}", [sum_check(tv, ts, pv, ps)])


@reg("grain_by_crop", "totals")
def t27(g, label):
    crops = g.r.sample(["稻谷", "小麦", "玉米", "大豆", "薯类", "杂粮"], g.r.randint(3, 5))
    total = Decimal(g.r.randint(2000, 90000)) / 100
    tv, pv, what = sum_core(g, label, total, len(crops), dec=2, minp=0.01)
    ts = fmt(tv, 2)
    ps = [fmt(p, 2) for p in pv]
    body = "，".join(f"{c}{p}万吨" for c, p in zip(crops, ps))
    area = fmt(Decimal(g.r.randint(300, 9000)) / 10, 1)
    s = f"粮食播种面积{area}万亩，总产量{ts}万吨。分品种看，{body}。"
    return out(g.before() + [s], f"grain output by crop (area figure is context): {what}", [sum_check(tv, ts, pv, ps)])


@reg("livestock_on_hand", "totals")
def t28(g, label):
    k = g.r.randint(3, 4)
    names = g.r.sample(["生猪", "牛", "羊", "家禽（折算）"], 3)[:k]
    total = Decimal(g.r.randint(1000, 40000)) / 100
    tv, pv, what = sum_core(g, label, total, len(names), dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    body = "、".join(f"{n}{p}万头（只）" for n, p in zip(names, ps))
    s1 = f"年末畜禽存栏{ts}万头（只），其中{body}。"
    s2 = f"全年生猪出栏{fmt(Decimal(g.r.randint(1000, 90000)) / 100, 2)}万头。"
    return out(g.before() + [s1, s2], f"livestock on hand by type (出栏 is context): {what}", [sum_check(tv, ts, pv, ps)])


@reg("water_sections_grades", "totals")
def t29(g, label):
    grades = ["Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类"]
    k = g.r.randint(4, 6)
    names = grades[:k] if g.r.random() < 0.5 else grades[6 - k:]
    total = g.r.randint(k * 2, 60)
    tv, pv, what = sum_core(g, label, total, k, minp=0 if False else 1)
    body = "，".join(f"{n}{p}个" for n, p in zip(names, pv))
    s = f"全{g.pick(['市', '县', '区'])}{tv}个地表水监测断面中，{body}。"
    return out(g.before() + [s], f"monitoring sections by grade: {what}", [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("air_quality_days", "totals")
def t30(g, label):
    y = g.pick([2021, 2022, 2023, 2025])
    tot = 365
    k = 4
    names = ["优", "良", "轻度污染", "中度污染"]
    while True:
        pv = [g.r.randint(90, 200), 0, g.r.randint(10, 50), g.r.randint(1, 10)]
        pv[1] = tot - pv[0] - pv[2] - pv[3]
        if pv[1] > 20:
            break
    tv = tot
    what = "day categories add up to 365"
    if label == "inconsistent":
        i = g.r.randrange(4)
        old = pv[i]
        pv[i] = g.corrupt_int(pv[i], lo=1)
        what = f"{names[i]} days {old}->{pv[i]}; categories add up to {sum(pv)} not 365"
    s = (f"{y}年全年有效监测天数{tv}天，其中优{pv[0]}天、良{pv[1]}天、轻度污染{pv[2]}天、中度污染{pv[3]}天，"
         f"PM2.5平均浓度{g.r.randint(18, 45)}微克/立方米。")
    return out(g.before() + [s], f"air quality days by grade (PM2.5 is context): {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("fires_by_place", "totals")
def t31(g, label):
    names = g.r.sample(["住宅", "商业场所", "车辆", "工业场所", "野外", "其他场所"], g.r.randint(3, 5))
    total = g.r.randint(40, 1800)
    tv, pv, what = sum_core(g, label, total, len(names))
    body = "，".join(f"{n}火灾{p}起" for n, p in zip(names, pv))
    s1 = f"全年共接报火灾{tv}起，死亡{g.r.randint(0, 6)}人，受伤{g.r.randint(0, 12)}人。"
    s2 = f"按起火场所分，{body}。"
    return out(g.before() + [s1, s2], f"fires by place, total in previous sentence: {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("amount_by_category_org_colon", "totals")
def t32(g, label):
    c = _amt(g, label)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"{c['org']}：全年{c['noun']}{c['ts']}{c['u']}，其中{body}。"
    return out(g.before() + [s] + g.after(), f"amount by category with decimals: {c['what']}", [c["chk"]])


@reg("debt_general_special", "totals")
def t33(g, label):
    total = Decimal(g.r.randint(4000, 60000)) / 100
    tv, pv, what = sum_core(g, label, total, 2, dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    lim = fmt(tv + Decimal(g.r.randint(500, 5000)) / 100, 2)
    s = (f"截至{g.year()}年末，全{g.pick(['县', '区', '市'])}政府债务余额{ts}亿元，控制在省核定的限额{lim}亿元以内。"
         f"其中一般债务{ps[0]}亿元，专项债务{ps[1]}亿元。")
    return out(g.before() + [s], f"debt balance = general + special (limit is context): {what}", [sum_check(tv, ts, pv, ps)])


@reg("transfer_payments_paren", "totals")
def t34(g, label):
    total = Decimal(g.r.randint(1000, 20000)) / 100
    tv, pv, what = sum_core(g, label, total, 3, dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    s = f"争取上级转移支付资金{ts}亿元（一般性转移支付{ps[0]}亿元，共同财政事权转移支付{ps[1]}亿元，专项转移支付{ps[2]}亿元）。"
    return out(g.before() + [s] + g.after(), f"transfer payments in parentheses: {what}", [sum_check(tv, ts, pv, ps)])


@reg("households_and_persons", "totals")
def t35(g, label):
    k = g.r.randint(2, 4)
    vills = [g.place() + "村" for _ in range(k)]
    hh = [g.r.randint(5, 120) for _ in range(k)]
    pp = [h * g.r.randint(2, 4) + g.r.randint(0, 3) for h in hh]
    H, P = sum(hh), sum(pp)
    what = "households and persons both add up"
    if label == "inconsistent":
        if g.r.random() < 0.5:
            H2 = g.corrupt_int(H)
            what = f"households stated {H2}, villages add up to {H}"
            H = H2
        else:
            P2 = g.corrupt_int(P)
            what = f"persons stated {P2}, villages add up to {P}"
            P = P2
    body = "，".join(f"{v}{h}户{p}人" for v, h, p in zip(vills, hh, pp))
    s = f"合计安置搬迁群众{H}户{P}人，其中{body}。"
    c1 = sum_check(H, str(H), hh, [str(x) for x in hh])
    c2 = sum_check(P, str(P), pp, [str(x) for x in pp])
    return out(g.before() + [s], f"户 and 人 summed separately: {what}", [c1, c2])


@reg("whole_after_parts_sanlei", "totals")
def t36(g, label):
    c = _cnt(g, label, k=3)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"{c['org']}{c['verb']}：{body}，三类合计{c['ts']}{c['u']}。"
    return out(g.before() + [s], f"parts then 三类合计: {c['what']}", [c["chk"]])


@reg("thousands_space_persons", "totals")
def t37(g, label):
    names = g.r.sample(["城镇职工", "城乡居民", "灵活就业人员"], 2) if g.r.random() < 0.5 else ["在职职工", "退休人员"]
    total = g.r.randint(12000, 900000)
    tv, pv, what = sum_core(g, label, total, len(names))
    ts, ps = fmt(tv, 0, "s"), [fmt(p, 0, "s") for p in pv]
    body = "，".join(f"{n}{p}人" for n, p in zip(names, ps))
    s = f"参加基本医疗保险{ts}人，其中{body}。"
    return out(g.before() + [s], f"space thousands separators: {what}", [sum_check(tv, ts, pv, ps)])


@reg("range_context_exact_sum", "totals")
def t38(g, label):
    c = _cnt(g, label)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    a = g.r.randint(2, 5)
    s1 = f"每个{g.pick(['乡镇', '街道', '社区'])}配备{a}-{a + 2}名专职人员，办结时限压缩至{g.r.randint(3, 7)}至{g.r.randint(8, 15)}个工作日。"
    s2 = f"全年{c['verb']}{c['ts']}{c['u']}，其中{body}。"
    return out([s1, s2], f"ranges are context only; checked: {c['what']}", [c["chk"]])


@reg("net_change_new_cancel", "totals")
def t39(g, label):
    a = g.r.randint(500, 20000)
    b = g.r.randint(50, a - 1)
    c, what = diff_core(g, label, Decimal(a), Decimal(b))
    s = f"全年新登记市场主体{a}户，注销{b}户，净增{c}户。"
    return out(g.before() + [s] + g.after(), f"新增-注销=净增: {what}", [{"rel": "diff", "a": N(a, str(a)), "b": N(b, str(b)), "c": N(c, str(c))}])


@reg("year_start_end_net", "totals")
def t40(g, label):
    a = g.r.randint(1000, 60000)
    b = a + g.r.randint(-a // 5, a // 4)
    if b == a:
        b += 7
    d, dr, what = change_core(g, label, a, b)
    thing = g.pick(["实有市场主体", "在册党员", "登记失业人员", "注册志愿者"])
    u = "户" if "主体" in thing else "人"
    word = "净增" if dr == "up" else "净减"
    s = f"{thing}年初{a}{u}，年末{b}{u}，{word}{d}{u}。"
    return out(g.before() + [s], f"年初/年末/{word}: {what}", [change_check(a, str(a), b, str(b), d, str(d), dr)])


@reg("signed_started_notstarted", "totals")
def t41(g, label):
    a = g.r.randint(8, 90)
    b = g.r.randint(1, a - 1)
    c, what = diff_core(g, label, Decimal(a), Decimal(b))
    s = f"招商引资签约项目{a}个，已开工{b}个，尚未开工{c}个，正在加快推进前期手续。"
    return out(g.before() + [s], f"签约 - 开工 = 未开工: {what}", [{"rel": "diff", "a": N(a, str(a)), "b": N(b, str(b)), "c": N(c, str(c))}])


@reg("students_gender", "totals")
def t42(g, label):
    total = g.r.randint(800, 12000)
    boys = int(total * g.r.uniform(0.46, 0.56))
    pv = [Decimal(boys), Decimal(total - boys)]
    tv = Decimal(total)
    what = "parts add up to the total"
    if label == "inconsistent":
        i = g.r.randrange(2)
        old = pv[i]
        pv[i] = Decimal(g.corrupt_int(int(pv[i])))
        what = f"part #{i + 1} changed {old}->{pv[i]}; parts add up to {sum(pv)} not {tv}"
    school = g.place() + g.pick(["实验小学", "第一中学", "职业技术学校", "外国语学校"])
    s = f"{school}现有在校学生{tv}人，其中男生{pv[0]}人，女生{pv[1]}人；教职工{g.r.randint(60, 600)}人。"
    return out(g.before() + [s] + g.after(), f"students = boys + girls (staff is context): {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("hospital_outpatient_wan", "totals")
def t43(g, label):
    total = Decimal(g.r.randint(3000, 40000)) / 100
    tv, pv, what = sum_core(g, label, total, 2, dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    hosp = g.place() + g.pick(["人民医院", "中医院", "妇幼保健院"])
    s = (f"{hosp}全年完成门急诊{ts}万人次，其中门诊{ps[0]}万人次、急诊{ps[1]}万人次；"
         f"出院患者{g.r.randint(5000, 90000)}人次。")
    return out(g.before() + [s], f"outpatient+emergency in 万人次: {what}", [sum_check(tv, ts, pv, ps)])


@reg("court_accepted_closed_pending", "totals")
def t44(g, label):
    a = g.r.randint(3000, 40000)
    b = g.r.randint(int(a * 0.8), a - 1)
    c, what = diff_core(g, label, Decimal(a), Decimal(b))
    s = f"全年受理各类案件{a}件，审执结{b}件，未结{c}件。"
    return out([f"{g.place()}区人民法院工作报告"] + [s] + g.after(), f"受理-审结=未结: {what}",
               [{"rel": "diff", "a": N(a, str(a)), "b": N(b, str(b)), "c": N(c, str(c))}])


@reg("procuratorate_semicolon_list", "totals")
def t45(g, label):
    c = _cnt(g, label)
    s = f"依法审查起诉{c['ts']}人。" if c["u"] == "人" else f"全年{c['verb']}{c['ts']}{c['u']}。"
    body = "；".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    return out(g.before() + [s, f"按类型分：{body}。"], f"whole then '按类型分' list on next line: {c['what']}", [c["chk"]])


@reg("village_income_sources", "totals")
def t46(g, label):
    total = Decimal(g.r.randint(2000, 40000)) / 100
    names = g.r.sample(["经营性收入", "资产租赁收入", "光伏发电收益", "入股分红", "上级补助收入"], g.r.randint(3, 4))
    tv, pv, what = sum_core(g, label, total, len(names), dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    body = "，".join(f"{n}{p}万元" for n, p in zip(names, ps))
    v = g.place() + "村"
    s = f"{v}村集体经济收入达到{ts}万元。收入构成：{body}。"
    return out(g.before() + [s], f"village collective income sources: {what}", [sum_check(tv, ts, pv, ps)])


@reg("company_revenue_segments", "totals")
def t47(g, label):
    total = Decimal(g.r.randint(1000, 90000)) / 100
    names = g.r.sample(["新能源板块", "装备制造板块", "贸易物流板块", "现代服务板块"], g.r.randint(2, 4))
    tv, pv, what = sum_core(g, label, total, len(names), dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    comp = g.pick(COMPANIES) + g.pick(["集团有限公司", "控股股份有限公司", "实业有限公司"])
    body = "，".join(f"{n}实现{p}亿元" for n, p in zip(names, ps))
    s = f"{comp}全年实现营业收入{ts}亿元。{body}。"
    return out(g.before() + [s] + g.after(), f"company revenue by segment: {what}", [sum_check(tv, ts, pv, ps)])


@reg("farmland_new_upgrade", "totals")
def t48(g, label):
    total = Decimal(g.r.randint(100, 5000)) / 100
    tv, pv, what = sum_core(g, label, total, 2, dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    s = f"新建和改造提升高标准农田{ts}万亩（新建{ps[0]}万亩、改造提升{ps[1]}万亩），亩均投入{g.r.randint(1500, 3000)}元。"
    return out(g.before() + [s], f"high-standard farmland new+upgrade: {what}", [sum_check(tv, ts, pv, ps)])


@reg("afforestation_types", "totals")
def t49(g, label):
    names = g.r.sample(["人工造林", "封山育林", "退化林修复", "森林抚育", "四旁植树"], g.r.randint(2, 4))
    total = Decimal(g.r.randint(100, 9000)) / 100
    tv, pv, what = sum_core(g, label, total, len(names), dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    body = "、".join(f"{n}{p}万亩" for n, p in zip(names, ps))
    s = f"完成营造林{ts}万亩，其中{body}。森林覆盖率稳定在较高水平。"
    return out(g.before() + [s], f"afforestation by type: {what}", [sum_check(tv, ts, pv, ps)])


@reg("recalls_by_product", "totals")
def t50(g, label):
    names = g.r.sample(["汽车", "儿童用品", "电子电器", "家用电器", "文教体育用品"], g.r.randint(2, 4))
    units = g.r.randint(2000, 900000)
    total = g.r.randint(len(names) * 2, 120)
    tv, pv, what = sum_core(g, label, total, len(names))
    body = "、".join(f"{n}{p}次" for n, p in zip(names, pv))
    s = f"督促企业实施缺陷产品召回{tv}次，涉及产品{units}件（台），其中{body}。"
    return out(g.before() + [s], f"recalls by product (units are a different whole): {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("traffic_accidents_road_types", "totals")
def t51(g, label):
    names = g.r.sample(["国省道", "县乡道", "城市道路", "高速公路", "村道"], g.r.randint(3, 4))
    total = g.r.randint(60, 1500)
    tv, pv, what = sum_core(g, label, total, len(names))
    body = "；".join(f"{n}{p}起" for n, p in zip(names, pv))
    lines = [f"全年发生道路交通事故{tv}起。", f"按道路类型分：{body}。"]
    return out(g.before() + lines, f"accidents by road type: {what}", [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("colon_kv_lines", "totals")
def t52(g, label):
    c = _cnt(g, label, k=g.r.randint(2, 4))
    lines = [f"{c['verb']}总数：{c['ts']}{c['u']}"] + [f"  {n}：{p}{c['u']}" for n, p in zip(c["names"], c["ps"])]
    return out(g.before(c["org"], 0.4) + lines, f"key: value lines, total first: {c['what']}", [c["chk"]])


@reg("slash_inline_table", "totals")
def t53(g, label):
    c = _cnt(g, label, k=3)
    hdr = "/".join(c["names"]) + "/合计"
    vals = "/".join(c["ps"]) + "/" + c["ts"]
    s = f"{c['verb']}（{hdr}，单位：{c['u']}）：{vals}。"
    return out(g.before(c["org"]) + [s], f"slash-separated header and values: {c['what']}", [c["chk"]])


@reg("fullwidth_comma_thousands", "totals")
def t54(g, label):
    names = ["城镇新增就业", "农村劳动力转移就业"]
    total = g.r.randint(10000, 90000)
    tv, pv, what = sum_core(g, label, total, 2, minp=1000)
    ts, ps = fmt(tv, 0, "fwc"), [fmt(p, 0, "fwc") for p in pv]
    s = f"全年实现就业{ts}人，其中{names[0]}{ps[0]}人、{names[1]}{ps[1]}人。"
    return out(g.before() + [s], f"full-width digits with full-width comma separators: {what}", [sum_check(tv, ts, pv, ps)])


@reg("sown_area_decimal_one", "totals")
def t55(g, label):
    names = g.r.sample(["粮食作物", "油料作物", "蔬菜", "中药材", "烟叶"], g.r.randint(3, 4))
    total = Decimal(g.r.randint(500, 9000)) / 10
    tv, pv, what = sum_core(g, label, total, len(names), dec=1, minp=0.1)
    ts, ps = fmt(tv, 1), [fmt(p, 1) for p in pv]
    body = "，".join(f"{n}{p}万亩" for n, p in zip(names, ps))
    s = f"农作物总播种面积{ts}万亩。{body}。"
    return out(g.before() + [s], f"sown area by crop group, one decimal: {what}", [sum_check(tv, ts, pv, ps)])


@reg("cooperatives_levels", "totals")
def t56(g, label):
    names = ["国家级示范社", "省级示范社", "市级示范社", "县级示范社"]
    k = g.r.randint(3, 4)
    names = names[:k]
    total = g.r.randint(k * 3, 120)
    tv, pv, what = sum_core(g, label, total, k)
    body = "、".join(f"{n}{p}家" for n, p in zip(names, pv))
    reg_n = g.r.randint(300, 2000)
    s = f"全县登记农民专业合作社{reg_n}家，创建各级示范社{tv}家，其中{body}。"
    return out(g.before() + [s], f"示范社 by level (registered total is a different whole): {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("complaint_channels_fenbie", "totals")
def t57(g, label):
    names = ["12345热线", "全国12315平台", "来信来访"]
    total = g.r.randint(300, 15000)
    tv, pv, what = sum_core(g, label, total, 3)
    s = f"受理消费者投诉举报{tv}件，通过{names[0]}、{names[1]}、{names[2]}渠道分别受理{pv[0]}件、{pv[1]}件、{pv[2]}件。"
    return out(g.before() + [s], f"channels with phone-like names, 分别: {what}", [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("emergency_deaths_by_type", "totals")
def t58(g, label):
    names = g.r.sample(["道路运输", "建筑施工", "工矿商贸", "农业机械", "渔业船舶"], 3)
    total = g.r.randint(5, 90)
    tv, pv, what = sum_core(g, label, total, 3)
    acc = g.r.randint(int(total * 0.8), total * 2)
    body = "，".join(f"{n}领域死亡{p}人" for n, p in zip(names, pv))
    s = f"全年发生各类生产安全事故{acc}起，死亡{tv}人。{body}。"
    return out(g.before() + [s], f"deaths by sector (accident count is a different whole): {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


@reg("samples_inspected_qualified_failed", "totals")
def t59(g, label):
    a = g.r.randint(300, 9000)
    b = g.r.randint(int(a * 0.95), a)
    c, what = diff_core(g, label, Decimal(a), Decimal(b))
    # written as whole = qualified + failed
    s = f"完成监督抽检{a}批次，检验合格{b}批次，不合格{c}批次，不合格产品已全部依法处置。"
    ck = {"rel": "diff", "a": N(a, str(a)), "b": N(b, str(b)), "c": N(c, str(c))}
    if c == 0:
        return t59(g, label)
    return out(g.before() + [s], f"抽检 = 合格 + 不合格: {what}", [ck])


@reg("two_years_table_diff", "totals")
def t60(g, label):
    rows = g.r.sample([("地区生产总值", "亿元"), ("固定资产投资", "亿元"), ("社会消费品零售总额", "亿元")], 1)
    name, u = rows[0]
    a = Decimal(g.r.randint(5000, 90000)) / 100
    b = a + Decimal(g.r.randint(-500, 1500)) / 100
    if a == b:
        b += Decimal("1.11")
    d, dr, what = change_core(g, label, a, b, dec=2)
    y = g.year()
    lines = [f"指标\t{y - 1}年\t{y}年\t增减额", f"{name}（{u}）\t{fmt(a, 2)}\t{fmt(b, 2)}\t{'+' if dr == 'up' else '-'}{fmt(d, 2)}"]
    return out(g.before() + lines, f"two-year tab table with signed 增减额: {what}",
               [change_check(a, fmt(a, 2), b, fmt(b, 2), d, fmt(d, 2), dr)])


@reg("numbered_items_amounts_heji", "totals")
def t61(g, label):
    k = g.r.randint(2, 4)
    names = g.r.sample(["拨付困难群众救助资金", "发放高龄津贴", "发放残疾人两项补贴", "发放孤儿基本生活费", "支付临时救助金"], k)
    total = Decimal(g.r.randint(5000, 300000)) / 100
    tv, pv, what = sum_core(g, label, total, k, dec=2, minp=0.01)
    ts, ps = fmt(tv, 2), [fmt(p, 2) for p in pv]
    lines = [f"{CN_ORD[i]}是{n}{p}万元；" for i, (n, p) in enumerate(zip(names, ps))]
    lines.append(f"以上{cnword(k)}项合计{ts}万元。")
    return out(g.before() + lines, f"一是/二是 amounts with 合计 line: {what}", [sum_check(tv, ts, pv, ps)])


@reg("population_by_age_lines", "totals")
def t62(g, label):
    total = g.r.randint(20000, 900000)
    tv, pv, what = sum_core(g, label, total, 3, minp=1000)
    s = f"年末户籍人口{tv}人。其中，0-14岁{pv[0]}人，15-59岁{pv[1]}人，60岁及以上{pv[2]}人。"
    return out(g.before() + [s], f"population by age band (age ranges are labels): {what}",
               [sum_check(tv, str(tv), pv, [str(p) for p in pv])])


# ---------------------------------------------------------------------------------------------
# TOTALS negatives
# ---------------------------------------------------------------------------------------------
def neg(kind, marker, **kw):
    d = {"rel": "lookalike", "kind": kind, "marker": marker}
    d.update(kw)
    return d


@reg("neg_overlapping_subsets", "totals", "neg")
def n1(g, label):
    total = g.r.randint(200, 5000)
    a = g.r.randint(int(total * 0.4), int(total * 0.8))
    b = g.r.randint(int(total * 0.3), int(total * 0.7))
    c = g.r.randint(int(total * 0.1), int(total * 0.4))
    if a + b + c == total:
        c += 1
    s = f"全年新招录社区工作者{total}人，其中女性{a}人、中共党员{b}人、35岁以下{c}人。"
    return out(g.before() + [s], "overlapping attributes under 其中 (sum exceeds/ignores total by design), not a partition",
               [neg("overlap_subsets", "其中", total=N(total, str(total)), parts=[N(a, str(a)), N(b, str(b)), N(c, str(c))])])


@reg("neg_zhuyaoyou_selection", "totals", "neg")
def n2(g, label):
    c = _cnt(g, "consistent", k=3)
    tv = c["tv"] + g.r.randint(5, 60)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"全年{c['verb']}{tv}{c['u']}，主要有{body}。"
    return out(g.before() + [s], "主要有 lists a selection; parts need not add up to the whole",
               [neg("selection", "主要有", total=N(tv, str(tv)))])


@reg("neg_deng_partial_list", "totals", "neg")
def n3(g, label):
    c = _cnt(g, "consistent", k=2)
    tv = c["tv"] + g.r.randint(3, 80)
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    s = f"{c['verb']}{tv}{c['u']}，其中{body}等。"
    return out(g.before() + [s], "partial list ending in 等; no sum relation", [neg("partial_deng", "等", total=N(tv, str(tv)))])


@reg("neg_approx_total", "totals", "neg")
def n4(g, label):
    c = _cnt(g, "consistent", k=3)
    w = g.pick(["约", "近", "余"])
    exact = int(c["tv"])
    if exact % 10 == 0 or exact < 30:
        return n4(g, label)
    # rounded total close to the exact sum: 近 -> next ten above, 余 -> ten below, 约 -> nearest ten
    tv = {"近": (exact // 10 + 1) * 10, "余": exact // 10 * 10, "约": int(round(exact / 10.0)) * 10}[w]
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], c["ps"]))
    ts = f"{tv}余{c['u']}" if w == "余" else f"{w}{tv}{c['u']}"
    s = f"全年{c['verb']}{ts}，其中{body}。"
    return out(g.before() + [s], f"rounded total with {w}; exact parts need not match",
               [neg("approx_total", w, total=N(tv, str(tv)))])


@reg("neg_part_yu_in_list", "totals", "neg")
def n5(g, label):
    c = _cnt(g, "consistent", k=3)
    big = [j for j in range(3) if c["pv"][j] >= 20 and c["pv"][j] % 10]
    if not big:
        return n5(g, label)
    i = g.r.choice(big)
    ps = list(c["ps"])
    orig = int(c["pv"][i])
    rounded = max(10, orig // 10 * 10)
    w = g.pick(["余", "约", "近"])
    ps[i] = f"{rounded}余" if w == "余" else f"{w}{rounded if w == '约' else rounded + 10}"
    body = "、".join(f"{n}{p}{c['u']}" for n, p in zip(c["names"], ps))
    s = f"全年{c['verb']}{c['ts']}{c['u']}，其中{body}。"
    return out(g.before() + [s], f"one part approximate ({w}) inside otherwise exact list; not checkable",
               [neg("approx_part", w)])


@reg("neg_dates_phones", "totals", "neg")
def n6(g, label):
    y = g.year()
    m, d = g.r.randint(1, 12), g.r.randint(1, 28)
    tel = f"0{g.r.randint(510, 799)}-{g.r.randint(2000000, 8999999)}"
    s = (f"{y}年{m}月{d}日起，{g.org('市场监管局')}开通投诉举报专线{tel}，"
         f"工作时间为每周一至周五8:30-17:30，共{g.r.randint(3, 9)}条线路。")
    return out(g.before() + [s], "dates, phone numbers and office hours; no arithmetic", [neg("dates_phones", tel)])


@reg("neg_model_standard_numbers", "totals", "neg")
def n7(g, label):
    std = g.pick(["GB/T 19001-2016", "GB 2760-2014", "GB 18918-2002", "HJ 1237-2021"])
    mdl = f"{g.pick(['ZL', 'HX', 'QY'])}-{g.r.randint(100, 990)}{g.pick(['A', 'B', 'C'])}"
    s = f"新购置{mdl}型应急排涝泵车{g.r.randint(2, 9)}台，检测全部执行{std}标准，编号为{g.r.randint(1, 20)}-{g.r.randint(21, 40)}号。"
    return out(g.before() + [s], "model, standard and serial numbers with hyphens; no arithmetic", [neg("model_numbers", std)])


@reg("neg_ranks", "totals", "neg")
def n8(g, label):
    r1, r2 = g.r.randint(1, 9), g.r.randint(10, 30)
    s = (f"在全市{r2}个县（区）高质量发展综合考评中位列第{r1}名，较上年前移{g.r.randint(1, 5)}位，"
         f"连续{g.r.randint(2, 6)}年进入前{g.pick([5, 10])}名。")
    return out(g.before() + [s], "ranks and positions; no sum or rate", [neg("ranks", "第")])


@reg("neg_1plusx_7plusx", "totals", "neg")
def n9(g, label):
    n = g.r.randint(100, 3000)
    s = g.pick([f"推行“1+X”证书制度，{n}名学生取得职业技能等级证书。",
                f"落实“7+X”重点任务清单，建立“1+3+N”工作机制，覆盖{g.r.randint(5, 30)}个部门。",
                f"构建“5+2+N”现代产业体系，培育“3+1”主导产业。"])
    return out(g.before() + [s], "plus-notation names (1+X, 7+X, 5+2+N) are labels, not additions",
               [neg("plus_notation", "+")])


@reg("neg_ranges", "totals", "neg")
def n10(g, label):
    a = g.r.randint(2, 6)
    s = (f"每个行政村配备{a}-{a + g.r.randint(1, 4)}名网格员，群众诉求{g.r.randint(1, 3)}至{g.r.randint(5, 10)}个工作日内答复，"
         f"项目审批时间压缩至{g.r.randint(10, 15)}～{g.r.randint(16, 30)}天。")
    return out(g.before() + [s], "ranges written with -, 至, ～; not subtractions", [neg("ranges", "至")])


@reg("neg_cumulative_vs_annual", "totals", "neg")
def n11(g, label):
    cum = g.r.randint(500, 9000)
    ann = g.r.randint(50, cum // 3)
    y0 = g.pick([2016, 2018, 2019])
    s = f"{y0}年以来累计改造农村危房{cum}户，其中今年改造{ann}户，惠及群众{g.r.randint(2000, 30000)}人。"
    return out(g.before() + [s], "cumulative total with this year's subset; single part is not a partition",
               [neg("cumulative_subset", "累计", total=N(cum, str(cum)), part=N(ann, str(ann)))])


@reg("neg_threshold_nested_subsets", "totals", "neg")
def n12(g, label):
    total = g.r.randint(40, 300)
    a = g.r.randint(total // 3, total // 2)
    b = g.r.randint(a // 4, a // 2)
    s = f"实施重点项目{total}个，其中投资5000万元以上项目{a}个、亿元以上项目{b}个。"
    return out(g.before() + [s], "threshold classes are nested (亿元以上 ⊂ 5000万元以上), not a partition",
               [neg("nested_thresholds", "以上", total=N(total, str(total)))])


@reg("neg_households_vs_persons", "totals", "neg")
def n13(g, label):
    h = g.r.randint(30, 900)
    p = h * g.r.randint(2, 4) + g.r.randint(0, 9)
    s = f"完成易地搬迁{h}户{p}人，建设安置房{g.r.randint(2, 30)}栋，配套建设扶贫车间{g.r.randint(1, 6)}个。"
    return out(g.before() + [s], "户 and 人 are different units of one group; different counts, no sum",
               [neg("different_units", "户")])


@reg("neg_bi_shangnian_no_base", "totals", "neg")
def n14(g, label):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    b = g.r.randint(lo, hi)
    d = g.r.randint(1, max(2, b // 5))
    s = f"全年{verb}{b}{u}，比上年{g.pick(['增加', '减少', '多', '少'])}{d}{u}。"
    return out(g.before() + [s], "change relative to an unstated previous-year value; not checkable",
               [neg("change_no_base", "比上年")])


@reg("neg_per_capita_and_totals", "totals", "neg")
def n15(g, label):
    pop = g.r.randint(10, 120)
    gdp = Decimal(g.r.randint(10000, 90000)) / 100
    pc = int(gdp * 10000 / (pop * Decimal(g.r.uniform(0.985, 1.015))))
    s = f"常住人口{pop}万人，地区生产总值{fmt(gdp, 2)}亿元，人均地区生产总值{pc}元。"
    return out(g.before() + [s], "per-capita GDP uses average population, not checkable from the stated year-end population",
               [neg("per_capita", "人均")])


@reg("neg_approx_parts_jin_yu", "totals", "neg")
def n16(g, label):
    a, b = g.r.randint(2, 9), g.r.randint(1, 5)
    t = a + b + g.r.randint(0, 2)
    s = f"全镇共有{t}万余人就业，其中省外就业{a}万余人，省内就业{b}万余人。"
    return out(g.before() + [s], "all figures given as 万余; approximate, not checkable", [neg("approx_all", "余")])


# ---------------------------------------------------------------------------------------------
# PCT styles (consistent / inconsistent)
# ---------------------------------------------------------------------------------------------
def _rate(g, label, den_lo, den_hi, lo, hi, dec=2, cap=True):
    while True:
        den = g.r.randint(den_lo, den_hi)
        num = good_ratio(g, den, lo, hi, dec)
        if num is not None and num > 0:
            break
    st, true = rate_core(g, label, num, den, dec, cap100=cap)
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, dec)}% but {num}/{den} = {fmt(true, dec)}%"
    return num, den, st, what


def rs(num, den, st, dec, mode="a", sign="%"):
    ns, ds, ss = fmt(num, 0, mode), fmt(den, 0, mode), fmt(st, dec, mode)
    return ns, ds, ss, rate_check(num, ns, den, ds, st, ss, dec)


RATE_DOMS = [
    ("网格事件", "件", "办结", "办结率"), ("群众诉求", "件", "办结", "办结率"), ("受理投诉", "件", "按时办结", "按时办结率"),
    ("信访事项", "件", "化解", "化解率"), ("民生实事任务", "项", "完成", "完成率"), ("安全隐患", "处", "整改", "整改率"),
    ("应登记对象", "人", "登记", "登记率"), ("应参保人员", "人", "参保", "参保率"), ("适龄儿童", "人", "接种", "接种率"),
    ("受理案件", "件", "审结", "结案率"), ("抽检样品", "批次", "合格", "合格率"), ("农村户厕", "户", "改造", "改造率"),
    ("12345工单", "件", "回访满意", "满意率"), ("电梯", "台", "完成定期检验", "检验率"), ("行政村", "个", "通客车", "通达率"),
]


@reg("banjie_lv_da", "pct")
def p1(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 50, 9000, 0.85, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2)
    s = f"{dn}{ds}{u}，{vb}{ns}{u}，{rn}达{ss}%。"
    return out(g.before() + [s] + g.after(), f"{rn} = {vb}/{dn}: {what}", [ck])


@reg("lv_wei_one_decimal", "pct")
def p2(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 30, 5000, 0.6, 1.0, dec=1)
    ns, ds, ss, ck = rs(num, den, st, 1)
    s = f"全年共有{dn}{ds}{u}，已{vb}{ns}{u}，{rn}为{ss}%。"
    return out(g.before() + [s], f"one-decimal rate: {what}", [ck])


@reg("rate_first_numbers_paren", "pct")
def p3(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 50, 9000, 0.8, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2)
    s = f"{rn}达到{ss}%（{dn}{ds}{u}，{vb}{ns}{u}），位居全市前列。"
    return out(g.before() + [s], f"rate first, numbers in parentheses: {what}", [ck])


@reg("share_zhan_de", "pct")
def p4(g, label):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    num, den, st, what = _rate(g, label, max(lo, 20), hi, 0.1, 0.7)
    ns, ds, ss, ck = rs(num, den, st, 2)
    part = g.pick(parts)
    s = f"全年{verb}{ds}{u}，其中{part}{ns}{u}，占总数的{ss}%。"
    return out(g.before() + [s], f"share of one part: {what}", [ck])


@reg("share_zhanbi_postfix", "pct")
def p5(g, label):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    num, den, st, what = _rate(g, label, max(lo, 20), hi, 0.1, 0.7, dec=1)
    ns, ds, ss, ck = rs(num, den, st, 1)
    part = g.pick(parts)
    s = f"{verb}{ds}{u}。从类型看，{part}最多，为{ns}{u}，占比{ss}%。"
    return out(g.before() + [s], f"占比 with whole in previous sentence: {what}", [ck])


@reg("shares_multi_not_past_100", "pct")
def p6(g, label):
    org, verb, u, parts, lo, hi = pick_cdom(g)
    k = 3
    names = g.r.sample(parts, min(k, len(parts)))
    k = len(names)
    den = g.r.randint(max(lo, 100), max(hi, 200))
    # consistent: each share correct and total <= 100. inconsistent: shares sum past 100 (each share stated, no counts)
    if label == "consistent":
        cnts = g.split(den, k)  # exhaustive partition: parts add up, shares must not exceed 100 in total
        sh = [rhu(Fraction(c, den) * 100, 1) for c in cnts]
        if sum(sh) > 100:
            return p6(g, label)
        body = "、".join(f"{n}{c}{u}（占{fmt(s_, 1)}%）" for n, c, s_ in zip(names, cnts, sh))
        s = f"全年{verb}{den}{u}，其中{body}。"
        cks = [rate_check(c, str(c), den, str(den), s_, fmt(s_, 1), 1) for c, s_ in zip(cnts, sh)]
        for c, s_ in zip(cnts, sh):
            if near_tie(Fraction(c, den) * 100, 1):
                return p6(g, label)
        return out(g.before() + [s], "exhaustive parts add up; each share correct; shares total <= 100%", cks + [sum_check(den, str(den), cnts, [str(c) for c in cnts])])
    sh = [Decimal(g.r.randint(200, 600)) / 10 for _ in range(k)]
    while sum(sh) <= Decimal("101"):
        sh[g.r.randrange(k)] += Decimal("5.0")
    body = "，".join(f"{n}占{fmt(s_, 1)}%" for n, s_ in zip(names, sh))
    s = f"全年{verb}{den}{u}。按类型分，{body}。"
    return out(g.before() + [s], f"shares of one whole sum to {fmt(sum(sh), 1)}% > 100%",
               [{"rel": "share_sum", "shares": [N(x, fmt(x, 1)) for x in sh]}])


@reg("shares_exhaustive_from_counts", "pct")
def p7(g, label):
    names = ["好", "较好", "一般", "较差"]
    den = g.r.randint(200, 3000)
    cnts = g.split(den, 4)
    sh = [rhu(Fraction(c, den) * 100, 2) for c in cnts]
    if any(near_tie(Fraction(c, den) * 100, 2) for c in cnts) or sum(sh) > 100:
        return p7(g, label)
    i = g.r.randrange(4)
    cks = []
    what = "each grade share matches its count"
    if label == "inconsistent":
        st, true = rate_core(g, label, cnts[i], den, 2)
        sh[i] = st
        what = f"grade '{names[i]}' share stated {fmt(st, 2)}% but {cnts[i]}/{den} = {fmt(true, 2)}%"
    body = "；".join(f"{n}{c}户，占{fmt(s_, 2)}%" for n, c, s_ in zip(names, cnts, sh))
    s = f"本次入户调查{den}户，按评价等级分：{body}。"
    cks = [rate_check(c, str(c), den, str(den), s_, fmt(s_, 2), 2) for c, s_ in zip(cnts, sh)]
    return out(g.before() + [s], f"exhaustive shares each checked: {what}", cks)


@reg("growth_you_zengzhi", "pct")
def p8(g, label):
    a = g.r.randint(50, 9000)
    b = a + g.r.randint(max(1, a // 50), a // 2 + 1)
    if near_tie((Fraction(b) - a) / a * 100, 1):
        return p8(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    org, verb, u, parts, lo, hi = pick_cdom(g)
    s = f"{verb}由上年的{a}{u}增至{b}{u}，增长{fmt(st, 1)}%。"
    return out(g.before() + [s], f"由…增至…，增长…%: {why}", [growth_check(a, str(a), b, str(b), st, fmt(st, 1), dr, 1)])


@reg("decline_you_jiangzhi", "pct")
def p9(g, label):
    a = g.r.randint(20, 3000)
    b = a - g.r.randint(1, max(2, a // 2))
    if near_tie((Fraction(a) - b) / a * 100, 2):
        return p9(g, label)
    st, dr, why = growth_core(g, label, a, b, 2)
    thing, u = g.pick([("生产安全事故死亡人数", "人"), ("道路交通事故起数", "起"), ("火灾起数", "起"), ("刑事案件发案数", "起")])
    s = f"{thing}由{a}{u}降至{b}{u}，下降{fmt(st, 2)}%。"
    return out(g.before() + [s], f"由…降至…，下降…%: {why}", [growth_check(a, str(a), b, str(b), st, fmt(st, 2), dr, 2)])


@reg("yoy_two_values_tongbi", "pct")
def p10(g, label):
    a = Decimal(g.r.randint(1000, 90000)) / 100
    b = a * Decimal(g.r.uniform(0.8, 1.3))
    b = b.quantize(Decimal("0.01"))
    if a == b or near_tie((Fraction(b) - Fraction(a)) / Fraction(a) * 100, 1):
        return p10(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    name = g.pick(["一般公共预算收入", "社会消费品零售总额", "规模以上工业增加值", "税收收入"])
    y = g.year()
    s = f"{y}年{name}{fmt(b, 2)}亿元，上年同期{fmt(a, 2)}亿元，同比{'增长' if dr == 'up' else '下降'}{fmt(st, 1)}%。"
    return out(g.before() + [s], f"同比 with both values: {why}", [growth_check(a, fmt(a, 2), b, fmt(b, 2), st, fmt(st, 1), dr, 1)])


@reg("yoy_amount_increase_and_pct", "pct")
def p11(g, label):
    a = Decimal(g.r.randint(1000, 90000)) / 100
    inc = Decimal(g.r.randint(10, int(a * 30))) / 100
    b = a + inc
    if near_tie(Fraction(inc) / Fraction(a) * 100, 1):
        return p11(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    name = g.pick(["固定资产投资", "进出口总额", "旅游综合收入", "建筑业总产值"])
    s = f"全年{name}实现{fmt(b, 2)}亿元，比上年增加{fmt(inc, 2)}亿元，增长{fmt(st, 1)}%。"
    ck = growth_check(a, None, b, fmt(b, 2), st, fmt(st, 1), dr, 1)
    ck["old"] = [str(a), None]
    ck["inc"] = N(inc, fmt(inc, 2))
    return out(g.before() + [s], f"growth from new value and increment (base = new - increment): {why}", [ck])


@reg("index_prev_year_100", "pct")
def p12(g, label):
    idx = Decimal(g.r.randint(950, 1150)) / 10
    gr = idx - 100
    what = "index - 100 = growth"
    if label == "inconsistent":
        gr = gr + g.pick([Decimal("1"), Decimal("-1"), Decimal("0.5"), Decimal("2"), Decimal("-0.5")])
        what = f"index {idx} implies {fmt(idx - 100, 1)}% but {fmt(gr, 1)}% stated"
    if gr == 0:
        return p12(g, label)
    name = g.pick(["居民消费价格指数", "工业生产者出厂价格指数", "农产品生产价格指数"])
    word = "上涨" if gr > 0 else "下降"
    s = f"{name}（上年=100）为{fmt(idx, 1)}，即比上年{word}{fmt(abs(gr), 1)}%。"
    return out(g.before() + [s], f"index with 上年=100: {what}",
               [{"rel": "index", "index": N(idx, fmt(idx, 1)), "growth": N(gr, fmt(abs(gr), 1)), "signed": True}])


@reg("fullwidth_digits_rate", "pct")
def p13(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 50, 9000, 0.85, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2, mode="fw")
    s = f"{dn}{ds}{u}，{vb}{ns}{u}，{rn}{ss}%。"
    return out(g.before() + [s], f"full-width digits, ASCII %: {what}", [ck])


@reg("fullwidth_percent_sign", "pct")
def p14(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 50, 9000, 0.85, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2)
    s = f"{dn}{ds}{u}，{vb}{ns}{u}，{rn}{ss}％。"
    return out(g.before() + [s], f"single full-width ％ (well-formed): {what}", [ck])


@reg("chinese_numeral_counts_rate", "pct")
def p15(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 12, 99, 0.7, 1.0)
    ns, ds, ss = fmt(num, 0, "cn"), fmt(den, 0, "cn"), fmt(st, 2)
    ck = rate_check(num, ns, den, ds, st, ss, 2)
    s = f"{dn}{ds}{u}，{vb}{ns}{u}，{rn}{ss}%。"
    return out(g.before() + [s], f"Chinese-numeral counts with ASCII rate: {what}", [ck])


@reg("wan_magnitude_coverage", "pct")
def p16(g, label):
    while True:
        den = g.r.randint(1000, 90000)  # units of 0.01万
        num = good_ratio(g, den, 0.9, 1.0, 2)
        if num:
            break
    st, true = rate_core(g, label, num, den, 2)
    nd, dd = Decimal(num) / 100, Decimal(den) / 100
    ns, ds, ss = fmt(nd, 2), fmt(dd, 2), fmt(st, 2)
    s = f"应参保人数{ds}万人，实际参保{ns}万人，基本医疗保险参保率{ss}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {ss}% but {ns}/{ds} = {fmt(true, 2)}%"
    return out(g.before() + [s], f"万-magnitude counts: {what}", [rate_check(nd, ns, dd, ds, st, ss, 2)])


@reg("thousands_comma_rate", "pct")
def p17(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 10000, 900000, 0.9, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2, mode="c")
    s = f"{dn}{ds}{u}，{vb}{ns}{u}，{rn}{ss}%。"
    return out(g.before() + [s], f"thousands separators: {what}", [ck])


@reg("yuewei_approx_rate", "pct")
def p18(g, label):
    num, den, st, what = _rate(g, label, 200, 3000, 0.95, 1.0, dec=1)
    ns, ds, ss, ck = rs(num, den, st, 1)
    s = f"计划抽检食用农产品{ds}批次，已完成{ns}批次，完成率约为{ss}%。"
    return out(g.before() + [s], f"约为 rate still checked at its own decimals (offset in inconsistent ≥0.3pt): {what}", [ck])


@reg("failure_rate_buhege", "pct")
def p19(g, label):
    den = g.r.randint(300, 5000)
    while True:
        num = g.r.randint(1, max(2, den // 20))
        if not near_tie(Fraction(num, den) * 100, 2):
            break
    st, true = rate_core(g, label, num, den, 2, minoff=Decimal("0.3"))
    ns, ds, ss = str(num), str(den), fmt(st, 2)
    s = f"抽检{g.pick(['食品', '药品', '化妆品', '工业产品'])}{ds}批次，检出不合格{ns}批次，不合格率为{ss}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {ss}% but {num}/{den} = {fmt(true, 2)}%"
    return out(g.before() + [s], f"small failure rate: {what}", [rate_check(num, ns, den, ds, st, ss, 2)])


@reg("complement_rates_sum_100", "pct")
def p20(g, label):
    r1 = Decimal(g.r.randint(9000, 9990)) / 100
    r2 = 100 - r1
    what = "rates complement to 100"
    if label == "inconsistent":
        r2 = r2 + g.pick([Decimal("1"), Decimal("0.5"), Decimal("0.3"), Decimal("0.9")])
        what = f"{fmt(r1, 2)}% + {fmt(r2, 2)}% != 100%"
    s = f"全年监督抽检合格率{fmt(r1, 2)}%，不合格率{fmt(r2, 2)}%，不合格产品全部下架处置。"
    return out(g.before() + [s], f"合格率 + 不合格率 = 100: {what}",
               [{"rel": "complement", "a": N(r1, fmt(r1, 2)), "b": N(r2, fmt(r2, 2))}])


@reg("coverage_villages", "pct")
def p21(g, label):
    den = g.r.randint(20, 400)
    num = good_ratio(g, den, 0.6, 1.0, 2)
    if num is None:
        return p21(g, label)
    st, true = rate_core(g, label, num, den, 2)
    s = f"全{g.pick(['县', '区'])}{den}个行政村中，已有{num}个村建成村级综合服务站，覆盖率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but {num}/{den} = {fmt(true, 2)}%"
    return out(g.before() + [s], f"coverage: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 2), 2)])


@reg("forest_coverage_area", "pct")
def p22(g, label):
    den = g.r.randint(800, 9000)  # km2
    num = good_ratio(g, den * 10, 0.3, 0.75, 2)
    if num is None:
        return p22(g, label)
    nd = Decimal(num) / 10
    st, true = rate_core(g, label, Fraction(num, 10), den, 2)
    s = f"全{g.pick(['县', '市'])}国土面积{den}平方公里，森林面积{fmt(nd, 1)}平方公里，森林覆盖率达{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out(g.before() + [s], f"forest coverage = forest area / land area: {what}",
               [rate_check(nd, fmt(nd, 1), den, str(den), st, fmt(st, 2), 2)])


@reg("good_air_days_rate", "pct")
def p23(g, label):
    den = g.pick([365, 366, 365, 362, 358])
    num = good_ratio(g, den, 0.75, 0.98, 1)
    if num is None:
        return p23(g, label)
    st, true = rate_core(g, label, num, den, 1)
    s = f"全年有效监测天数{den}天，空气质量优良天数{num}天，优良天数比例为{fmt(st, 1)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 1)}% but {num}/{den} = {fmt(true, 1)}%"
    return out(g.before() + [s], f"good-air-day ratio: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1)])


@reg("water_sections_good_ratio", "pct")
def p24(g, label):
    den = g.r.randint(8, 80)
    num = good_ratio(g, den, 0.6, 1.0, 1)
    if num is None:
        return p24(g, label)
    st, true = rate_core(g, label, num, den, 1)
    s = f"{den}个国省控断面中，水质达到或优于Ⅲ类的有{num}个，优良比例{fmt(st, 1)}%，劣Ⅴ类断面全面消除。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 1)}% but {num}/{den} = {fmt(true, 1)}%"
    return out(g.before() + [s], f"water quality good ratio: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1)])


@reg("pm25_decline", "pct")
def p25(g, label):
    a = g.r.randint(28, 70)
    b = a - g.r.randint(1, 12)
    if near_tie((Fraction(a) - b) / a * 100, 1):
        return p25(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    s = f"PM2.5平均浓度由{a}微克/立方米下降至{b}微克/立方米，下降{fmt(st, 1)}%。"
    return out(g.before() + [s], f"PM2.5 decline (the 2.5 in PM2.5 is a name): {why}",
               [growth_check(a, str(a), b, str(b), st, fmt(st, 1), dr, 1)])


@reg("deaths_tongbi_decline", "pct")
def p26(g, label):
    a = g.r.randint(10, 200)
    b = a - g.r.randint(1, a // 2)
    if near_tie((Fraction(a) - b) / a * 100, 1):
        return p26(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    s1 = f"上年全{g.pick(['市', '县'])}生产安全事故死亡{a}人。"
    s2 = f"今年死亡{b}人，同比下降{fmt(st, 1)}%，实现事故起数和死亡人数“双下降”。"
    return out(g.before() + [s1, s2], f"deaths decline across two sentences: {why}",
               [growth_check(a, str(a), b, str(b), st, fmt(st, 1), dr, 1)])


@reg("budget_execution_rate", "pct")
def p27(g, label):
    den = g.r.randint(10000, 900000)  # 0.01万元
    num = good_ratio(g, den, 0.7, 1.0, 2)
    if num is None:
        return p27(g, label)
    st, true = rate_core(g, label, num, den, 2)
    nd, dd = Decimal(num) / 100, Decimal(den) / 100
    s = f"全年预算安排{fmt(dd, 2)}万元，实际支出{fmt(nd, 2)}万元，预算执行率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out(g.before() + [s], f"budget execution rate: {what}", [rate_check(nd, fmt(nd, 2), dd, fmt(dd, 2), st, fmt(st, 2), 2)])


@reg("table_rows_rate_column", "pct")
def p28(g, label):
    k = g.r.randint(2, 4)
    doms = g.r.sample(RATE_DOMS, k)
    bad = g.r.randrange(k) if label == "inconsistent" else -1
    lines = ["项目\t应完成\t已完成\t完成率"]
    cks = []
    what = "all rows match"
    for i, (dn, u, vb, rn) in enumerate(doms):
        num, den, st, w = _rate(g, "inconsistent" if i == bad else "consistent", 20, 3000, 0.8, 1.0, dec=1)
        lines.append(f"{dn}（{u}）\t{den}\t{num}\t{fmt(st, 1)}%")
        cks.append(rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1))
        if i == bad:
            what = f"row {i + 1}: {w}"
    return out(lines, f"tab table with a rate column: {what}", cks)


@reg("two_rates_one_sentence", "pct")
def p29(g, label):
    bad = g.r.randrange(2) if label == "inconsistent" else -1
    parts = []
    cks = []
    what = "both rates match"
    for i, name in enumerate(g.r.sample(["食用农产品", "食品", "餐饮具", "化妆品"], 2)):
        num, den, st, w = _rate(g, "inconsistent" if i == bad else "consistent", 100, 3000, 0.9, 1.0)
        parts.append(f"抽检{name}{den}批次，合格{num}批次，合格率{fmt(st, 2)}%")
        cks.append(rate_check(num, str(num), den, str(den), st, fmt(st, 2), 2))
        if i == bad:
            what = f"{name}: {w}"
    s = "；".join(parts) + "。"
    return out(g.before() + [s], f"two rates in one sentence: {what}", cks)


@reg("tax_share_of_revenue", "pct")
def p30(g, label):
    den = g.r.randint(1000, 90000)
    num = good_ratio(g, den, 0.55, 0.85, 1)
    if num is None:
        return p30(g, label)
    st, true = rate_core(g, label, num, den, 1)
    nd, dd = Decimal(num) / 100, Decimal(den) / 100
    s = f"一般公共预算收入{fmt(dd, 2)}亿元，其中税收收入{fmt(nd, 2)}亿元，税收占比{fmt(st, 1)}%。"
    what = "share matches" if label != "inconsistent" else f"stated {fmt(st, 1)}% but true {fmt(true, 1)}%"
    return out(g.before() + [s], f"tax share of revenue: {what}", [rate_check(nd, fmt(nd, 2), dd, fmt(dd, 2), st, fmt(st, 1), 1)])


@reg("urbanization_rate", "pct")
def p31(g, label):
    den = g.r.randint(1000, 20000)  # 0.01万人
    num = good_ratio(g, den, 0.4, 0.75, 2)
    if num is None:
        return p31(g, label)
    st, true = rate_core(g, label, num, den, 2)
    nd, dd = Decimal(num) / 100, Decimal(den) / 100
    s = f"年末常住人口{fmt(dd, 2)}万人，其中城镇常住人口{fmt(nd, 2)}万人，常住人口城镇化率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out(g.before() + [s], f"urbanization rate: {what}", [rate_check(nd, fmt(nd, 2), dd, fmt(dd, 2), st, fmt(st, 2), 2)])


@reg("over_target_completion", "pct")
def p32(g, label):
    den = g.r.randint(100, 9000)
    num = good_ratio(g, den, 1.01, 1.4, 1)
    if num is None or num <= den:
        return p32(g, label)
    st, true = rate_core(g, label, num, den, 1, cap100=False)
    thing, u = g.pick([("新增城镇就业", "人"), ("新增市场主体", "户"), ("植树造林任务", "亩")])
    s = f"{thing}目标{den}{u}，实际完成{num}{u}，完成年度目标的{fmt(st, 1)}%，超额完成任务。"
    what = "rate matches (over 100% is legitimate here)" if label != "inconsistent" else f"stated {fmt(st, 1)}% but {num}/{den} = {fmt(true, 1)}%"
    return out(g.before() + [s], f"over-target completion: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1)])


@reg("demonstration_coops_share", "pct")
def p33(g, label):
    den = g.r.randint(200, 2000)
    num = good_ratio(g, den, 0.05, 0.3, 2)
    if num is None:
        return p33(g, label)
    st, true = rate_core(g, label, num, den, 2)
    s = f"全县农民专业合作社达到{den}家，其中县级以上示范社{num}家，占{fmt(st, 2)}%。"
    what = "share matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but {num}/{den} = {fmt(true, 2)}%"
    return out(g.before() + [s], f"示范社 share: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 2), 2)])


@reg("livestock_slaughter_growth", "pct")
def p34(g, label):
    a = Decimal(g.r.randint(1000, 90000)) / 100
    b = (a * Decimal(g.r.uniform(1.01, 1.3))).quantize(Decimal("0.01"))
    if near_tie((Fraction(b) - Fraction(a)) / Fraction(a) * 100, 1):
        return p34(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    s = f"生猪出栏{fmt(b, 2)}万头，上年为{fmt(a, 2)}万头，增幅{fmt(st, 1)}%；年末存栏{fmt(Decimal(g.r.randint(1000, 60000)) / 100, 2)}万头。"
    return out(g.before() + [s], f"增幅 with 上年为 (存栏 is context): {why}", [growth_check(a, fmt(a, 2), b, fmt(b, 2), st, fmt(st, 1), dr, 1)])


@reg("negative_sign_growth", "pct")
def p35(g, label):
    a = Decimal(g.r.randint(1000, 90000)) / 100
    b = (a * Decimal(g.r.uniform(0.7, 0.97))).quantize(Decimal("0.01"))
    if near_tie((Fraction(a) - Fraction(b)) / Fraction(a) * 100, 2):
        return p35(g, label)
    st, dr, why = growth_core(g, label, a, b, 2)
    s = f"其他营利性服务业营业收入{fmt(b, 2)}万元（上年同期{fmt(a, 2)}万元），增速-{fmt(st, 2)}%。"
    ck = growth_check(a, fmt(a, 2), b, fmt(b, 2), st, fmt(st, 2), dr, 2)
    ck["stated"] = N(-st, "-" + fmt(st, 2))
    ck["signed"] = True
    return out(g.before() + [s], f"growth written with minus sign: {why}", [ck])


@reg("integer_pct_target_completion", "pct")
def p36(g, label):
    den = Decimal(g.r.randint(100, 5000)) / 100
    num_i = good_ratio(g, int(den * 100), 0.6, 1.05, 0)
    if num_i is None:
        return p36(g, label)
    nd = Decimal(num_i) / 100
    st, true = rate_core(g, label, Fraction(num_i, 100), Fraction(int(den * 100), 100), 0, cap100=False)
    s = f"固定资产投资目标{fmt(den, 2)}亿元，已完成{fmt(nd, 2)}亿元，完成年度目标的{fmt(st, 0)}%。"
    what = "integer rate matches" if label != "inconsistent" else f"stated {st}% but true {true}%"
    return out(g.before() + [s], f"integer percentage: {what}", [rate_check(nd, fmt(nd, 2), den, fmt(den, 2), st, fmt(st, 0), 0)])


@reg("pp_change_checked", "pct")
def p37(g, label):
    a = Decimal(g.r.randint(300, 950)) / 10
    b = a + Decimal(g.r.randint(1, 60)) / 10
    if b >= 100:
        b = Decimal("99.6")
    c = b - a
    what = "b - a = pp"
    if label == "inconsistent":
        c2 = c + g.pick([Decimal("0.5"), Decimal("-0.3"), Decimal("1.0"), Decimal("0.4")])
        if c2 <= 0:
            c2 = c + 1
        what = f"{fmt(b, 1)} - {fmt(a, 1)} = {fmt(c, 1)} but {fmt(c2, 1)} points stated"
        c = c2
    name = g.pick(["农村自来水普及率", "生活垃圾分类覆盖率", "义务教育巩固率", "城乡居民养老保险参保率"])
    s = f"{name}由{fmt(a, 1)}%提高到{fmt(b, 1)}%，提高{fmt(c, 1)}个百分点。"
    return out(g.before() + [s], f"percentage-point change with both ends stated: {what}",
               [{"rel": "pp", "a": N(a, fmt(a, 1)), "b": N(b, fmt(b, 1)), "c": N(c, fmt(c, 1))}])


@reg("rate_in_paren_after_number", "pct")
def p38(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 50, 9000, 0.85, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2)
    s = f"全年{dn}{ds}{u}，{vb}{ns}{u}（{rn}{ss}%），未{vb}部分已列入台账跟踪。"
    return out(g.before() + [s], f"rate in parentheses: {what}", [ck])


@reg("rate_before_counts_yi", "pct")
def p39(g, label):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, what = _rate(g, label, 50, 9000, 0.85, 1.0)
    ns, ds, ss, ck = rs(num, den, st, 2)
    s = f"以{ss}%的{rn}{vb}{ns}{u}，{dn}总量为{ds}{u}。"
    return out(g.before() + [s], f"以…%的…率 construction: {what}", [ck])


@reg("wan_to_yi_growth", "pct")
def p40(g, label):
    a = g.r.randint(5000, 9800)  # 万元
    b = g.r.randint(10100, 16000)
    b = b // 100 * 100
    if near_tie((Fraction(b) - a) / a * 100, 1):
        return p40(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    bs = fmt(Decimal(b) / 10000, 2).rstrip("0").rstrip(".")
    s = f"村级集体经济总收入由{a}万元增至{bs}亿元，增长{fmt(st, 1)}%。"
    ck = growth_check(a, f"{a}万", b, bs + "亿", st, fmt(st, 1), dr, 1)
    ck["unit"] = "万元"
    return out(g.before() + [s], f"growth across 万元→亿元: {why}", [ck])


@reg("collection_rate", "pct")
def p41(g, label):
    den = g.r.randint(10000, 900000)
    num = good_ratio(g, den, 0.85, 1.0, 2)
    if num is None:
        return p41(g, label)
    st, true = rate_core(g, label, num, den, 2)
    nd, dd = Decimal(num) / 100, Decimal(den) / 100
    s = f"城乡居民医保应缴费{fmt(dd, 2)}万元，实缴{fmt(nd, 2)}万元，收缴率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out(g.before() + [s], f"收缴率: {what}", [rate_check(nd, fmt(nd, 2), dd, fmt(dd, 2), st, fmt(st, 2), 2)])


@reg("numbered_items_each_rate", "pct")
def p42(g, label):
    k = g.r.randint(2, 3)
    doms = g.r.sample(RATE_DOMS, k)
    bad = g.r.randrange(k) if label == "inconsistent" else -1
    lines, cks, what = [], [], "all items match"
    for i, (dn, u, vb, rn) in enumerate(doms):
        num, den, st, w = _rate(g, "inconsistent" if i == bad else "consistent", 30, 5000, 0.8, 1.0, dec=1)
        lines.append(f"{CN_ORD[i]}是{dn}{den}{u}，{vb}{num}{u}，{rn}{fmt(st, 1)}%；")
        cks.append(rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1))
        if i == bad:
            what = f"item {i + 1}: {w}"
    return out(g.before() + lines, f"一是/二是 each with own rate: {what}", cks)


@reg("bed_occupancy_rate", "pct")
def p43(g, label):
    den = g.r.randint(50000, 400000)
    num = good_ratio(g, den, 0.7, 0.98, 2)
    if num is None:
        return p43(g, label)
    st, true = rate_core(g, label, num, den, 2)
    s = f"全年实际开放总床日数{den}日，实际占用总床日数{num}日，病床使用率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out([g.place() + "人民医院年度运行情况"] + [s], f"bed occupancy: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 2), 2)])


@reg("school_promotion_rate", "pct")
def p44(g, label):
    den = g.r.randint(300, 9000)
    num = good_ratio(g, den, 0.5, 0.99, 1)
    if num is None:
        return p44(g, label)
    st, true = rate_core(g, label, num, den, 1)
    s = f"初中毕业生{den}人，升入高中阶段学校{num}人，升学率{fmt(st, 1)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 1)}% but true {fmt(true, 1)}%"
    return out(g.before() + [s], f"promotion rate: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1)])


@reg("plea_leniency_rate", "pct")
def p45(g, label):
    den = g.r.randint(300, 4000)
    num = good_ratio(g, den, 0.8, 0.97, 1)
    if num is None:
        return p45(g, label)
    st, true = rate_core(g, label, num, den, 1)
    s = f"审结刑事案件涉及{den}人，其中适用认罪认罚从宽制度{num}人，适用率{fmt(st, 1)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 1)}% but true {fmt(true, 1)}%"
    return out([f"{g.place()}县人民检察院工作报告"] + [s], f"适用率: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 1), 1)])


@reg("recall_completion_rate", "pct")
def p46(g, label):
    den = g.r.randint(2000, 900000)
    num = good_ratio(g, den, 0.6, 0.99, 2)
    if num is None:
        return p46(g, label)
    st, true = rate_core(g, label, num, den, 2)
    s = f"涉及缺陷产品{fmt(den, 0, 'c')}件，已召回{fmt(num, 0, 'c')}件，召回完成率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out(g.before() + [s], f"召回完成率 with commas: {what}",
               [rate_check(num, fmt(num, 0, 'c'), den, fmt(den, 0, 'c'), st, fmt(st, 2), 2)])


@reg("graduate_employment_rate", "pct")
def p47(g, label):
    den = g.r.randint(200, 6000)
    num = good_ratio(g, den, 0.85, 0.99, 2)
    if num is None:
        return p47(g, label)
    st, true = rate_core(g, label, num, den, 2)
    s = f"{g.year()}届毕业生{den}人，截至8月31日已就业{num}人，就业率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out([f"{g.place()}职业技术学院"] + [s], f"employment rate (date is context): {what}",
               [rate_check(num, str(num), den, str(den), st, fmt(st, 2), 2)])


@reg("accidents_both_years_decline", "pct")
def p48(g, label):
    a = g.r.randint(30, 900)
    b = a - g.r.randint(1, a // 3)
    if near_tie((Fraction(a) - b) / a * 100, 1):
        return p48(g, label)
    st, dr, why = growth_core(g, label, a, b, 1)
    s = f"全年发生道路交通事故{b}起，较上年的{a}起减少{a - b}起，下降{fmt(st, 1)}%。"
    cks = [growth_check(a, str(a), b, str(b), st, fmt(st, 1), dr, 1),
           change_check(a, str(a), b, str(b), a - b, str(a - b), dr)]
    return out(g.before() + [s], f"decline with absolute change (change correct): {why}", cks)


@reg("subtotal_share_nested", "pct")
def p49(g, label):
    den = g.r.randint(1000, 20000)
    sub = g.r.randint(int(den * 0.3), int(den * 0.7))
    num = good_ratio(g, sub, 0.2, 0.6, 1)
    if num is None or near_tie(Fraction(sub, den) * 100, 1):
        return p49(g, label)
    s1, _ = rate_core(g, "consistent", sub, den, 1)
    st, true = rate_core(g, label, num, sub, 1)
    s = (f"新增市场主体{den}户，其中企业{sub}户，占{fmt(s1, 1)}%；企业中科技型企业{num}户，"
         f"占新增企业的{fmt(st, 1)}%。")
    what = "both shares match" if label != "inconsistent" else f"second share stated {fmt(st, 1)}% but {num}/{sub} = {fmt(true, 1)}%"
    return out(g.before() + [s], f"share of a subtotal (denominator = 企业): {what}",
               [rate_check(sub, str(sub), den, str(den), s1, fmt(s1, 1), 1), rate_check(num, str(num), sub, str(sub), st, fmt(st, 1), 1)])


@reg("satisfaction_survey", "pct")
def p50(g, label):
    den = g.r.randint(100, 3000)
    num = good_ratio(g, den, 0.85, 0.99, 2)
    if num is None:
        return p50(g, label)
    st, true = rate_core(g, label, num, den, 2)
    s = f"回访群众{den}人次，表示满意和基本满意的{num}人次，满意率{fmt(st, 2)}%。"
    what = "rate matches" if label != "inconsistent" else f"stated {fmt(st, 2)}% but true {fmt(true, 2)}%"
    return out(g.before() + [s] + g.after(), f"satisfaction rate: {what}", [rate_check(num, str(num), den, str(den), st, fmt(st, 2), 2)])


def _malformed(g, label, kind):
    dn, u, vb, rn = g.pick(RATE_DOMS)
    num, den, st, _ = _rate(g, "consistent", 50, 9000, 0.85, 1.0)
    ss = fmt(st, 2)
    good = ss + "%"
    bad = {"space": ss + " %", "xx": "xx%", "prefix": "%" + ss.split(".")[0], "double_fw": ss + "％％",
           "double_ascii": ss + "%%", "double_dot": ss.replace(".", "..") + "%", "cn_period": ss.replace(".", "。") + "%",
           "missing": "%", "space_inside": ss[:1] + " " + ss[1:] + "%", "XXX_caps": "XX.XX%"}[kind]
    span = good if label == "consistent" else bad
    s = f"{dn}{den}{u}，{vb}{num}{u}，{rn}为{span}。"
    cks = [rate_check(num, str(num), den, str(den), st, ss, 2), {"rel": "pct_format", "span": span, "well_formed": label == "consistent"}]
    if label == "inconsistent":
        cks = [{"rel": "pct_format", "span": span, "well_formed": False}]
        note = f"malformed percentage '{span}' ({kind}); inconsistent regardless of arithmetic"
    else:
        note = f"well-formed percentage, rate matches ({num}/{den})"
    return out(g.before() + [s], note, cks)


for _k in ["space", "xx", "prefix", "double_fw", "double_ascii", "double_dot", "cn_period", "missing", "space_inside", "XXX_caps"]:
    def _mk(kind):
        def fn(g, label):
            return _malformed(g, label, kind)
        return fn
    T.append((f"malformed_{_k.lower()}", "pct", "ci", _mk(_k)))


# ---------------------------------------------------------------------------------------------
# PCT negatives
# ---------------------------------------------------------------------------------------------
@reg("neg_growth_over_100_no_base", "pct", "neg")
def q1(g, label):
    r = Decimal(g.r.randint(1010, 3500)) / 10
    s = f"跨境电商进出口额增长{fmt(r, 1)}%，新能源汽车产量增长{g.r.randint(1, 3)}.{g.r.randint(1, 9)}倍。"
    return out(g.before() + [s], "growth over 100% without stated bases; not checkable", [neg("growth_over_100", "倍")])


@reg("neg_pp_alone", "pct", "neg")
def q2(g, label):
    a = Decimal(g.r.randint(5, 60)) / 10
    s = f"研发经费投入强度较上年提高{fmt(a, 1)}个百分点，数字经济核心产业增加值占GDP比重提高{fmt(Decimal(g.r.randint(2, 30)) / 10, 1)}个百分点。"
    return out(g.before() + [s], "percentage-point changes without the base rates", [neg("pp_no_base", "个百分点")])


@reg("neg_rates_different_wholes", "pct", "neg")
def q3(g, label):
    r1 = Decimal(g.r.randint(9500, 9990)) / 100
    r2 = Decimal(g.r.randint(9500, 9990)) / 100
    r3 = Decimal(g.r.randint(9000, 9990)) / 100
    s = f"城镇职工基本养老保险参保率{fmt(r1, 2)}%，城乡居民基本医疗保险参保率{fmt(r2, 2)}%，适龄儿童免疫规划疫苗接种率{fmt(r3, 2)}%。"
    return out(g.before() + [s], "rates of different wholes; their sum exceeding 100% is no error", [neg("different_wholes", "参保率")])


@reg("neg_target_vs_actual_no_base", "pct", "neg")
def q4(g, label):
    t = g.r.randint(6, 30)
    a = Decimal(g.r.randint(10, 600)) / 10
    s = f"社会消费品零售总额目标增幅{t}%，目前实现增长{fmt(a, 1)}%，各项指标运行总体平稳。"
    return out(g.before() + [s], "target and actual growth rates without absolute values", [neg("target_actual", "目标")])


@reg("neg_tax_rates_policy", "pct", "neg")
def q5(g, label):
    s = g.pick(["增值税一般纳税人适用13%、9%、6%三档税率，小规模纳税人征收率由3%降至1%。",
                "对月销售额10万元以下的小规模纳税人免征增值税，小型微利企业所得税实际税负降至5%。",
                "首套住房商业贷款首付比例不低于20%，二套不低于30%。"])
    return out(g.before() + [s], "policy tax rates / ratios; listing several is not a share split", [neg("policy_rates", "%")])


@reg("neg_full_coverage_100", "pct", "neg")
def q6(g, label):
    n = g.r.randint(5, 40)
    s = f"建设新时代文明实践站{n}个，实现行政村全覆盖，覆盖率达到100%；开展志愿服务活动{g.r.randint(1, 9) * 100}多场次。"
    return out(g.before() + [s], "100% coverage stated with 全覆盖, whole not stated; 多 approximate", [neg("full_coverage", "全覆盖")])


@reg("neg_top_percent_ranking", "pct", "neg")
def q7(g, label):
    s = f"营商环境评价位居全省前{g.pick([10, 20, 30])}%，{g.r.randint(3, 12)}项指标进入全国前5%。"
    return out(g.before() + [s], "percentile rankings; not shares of a whole", [neg("percentile_rank", "前")])


@reg("neg_concentration_names", "pct", "neg")
def q8(g, label):
    s = f"储备75%医用酒精{g.r.randint(2, 20)}吨、84消毒液{g.r.randint(1, 9)}吨，口罩过滤效率不低于95%。"
    return out(g.before() + [s], "percentages inside product specifications", [neg("product_spec", "75%")])


@reg("neg_pct_ranges", "pct", "neg")
def q9(g, label):
    a = g.r.randint(3, 6)
    s = f"预计全年地区生产总值增长{a}%-{a + 1}%，城镇调查失业率控制在{g.r.randint(4, 5)}.5%左右，居民收入增长{a}%至{a + 2}%。"
    return out(g.before() + [s], "ranges and 左右 targets", [neg("pct_ranges", "左右")])


@reg("neg_approx_share_no_total", "pct", "neg")
def q10(g, label):
    n = g.r.randint(10, 60)
    s = f"成交{n}宗，成交金额约{g.r.randint(500, 5000)}万元，约占全区交易总量的{g.r.randint(5, 40)}%。"
    return out(g.before() + [s], "约 share of an unstated whole", [neg("approx_share", "约占")])


@reg("neg_overlapping_shares", "pct", "neg")
def q11(g, label):
    a, b, c = g.r.randint(40, 70), g.r.randint(40, 70), g.r.randint(20, 60)
    s = f"受助对象中，60岁以上老人占{a}%，女性占{b}%，农村户籍人员占{c}%。"
    return out(g.before() + [s], f"overlapping attribute shares ({a + b + c}% total) are not a partition",
               [neg("overlap_shares", "占")])


@reg("neg_shares_different_years", "pct", "neg")
def q12(g, label):
    a = Decimal(g.r.randint(300, 700)) / 10
    b = Decimal(g.r.randint(300, 700)) / 10
    s = f"民营经济增加值占GDP比重由{g.year() - 5}年的{fmt(a, 1)}%到今年的{fmt(b, 1)}%，税收贡献持续提升。"
    return out(g.before() + [s], "shares of different years; no stated change to check", [neg("shares_years", "比重")])


@reg("neg_over_100_cumulative", "pct", "neg")
def q13(g, label):
    s = f"18-59岁重点人群累计接种完成率超过100%，加强免疫累计接种{g.r.randint(5000, 30000)}人。"
    return out(g.before() + [s], "cumulative completion over 100% with 超过, no base", [neg("over_100_cumulative", "超过100%")])


@reg("neg_subsidy_ratio_policy", "pct", "neg")
def q14(g, label):
    s = f"对新认定的高新技术企业按研发投入的{g.pick([10, 15, 20])}%给予补助，单个企业最高不超过{g.pick([50, 100, 200])}万元。"
    return out(g.before() + [s], "policy subsidy percentage, no checkable figures", [neg("policy_subsidy", "最高")])


@reg("neg_cpi_index_no_claim", "pct", "neg")
def q15(g, label):
    idx = Decimal(g.r.randint(990, 1040)) / 10
    s = f"居民消费价格指数（上年=100）为{fmt(idx, 1)}，其中食品烟酒类{fmt(Decimal(g.r.randint(960, 1080)) / 10, 1)}，居住类{fmt(Decimal(g.r.randint(980, 1030)) / 10, 1)}。"
    return out(g.before() + [s], "price indices with 上年=100 and no growth claim; sub-indices do not sum", [neg("index_no_claim", "上年=100")])


@reg("neg_rate_xiajiang_no_values", "pct", "neg")
def q16(g, label):
    s = f"万元地区生产总值能耗下降{fmt(Decimal(g.r.randint(10, 60)) / 10, 1)}%，单位GDP二氧化碳排放下降{fmt(Decimal(g.r.randint(10, 60)) / 10, 1)}%，完成省下达目标。"
    return out(g.before() + [s], "intensity declines without absolute values (ratios of different wholes)", [neg("intensity", "万元")])


# ---------------------------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------------------------
def gen_style_records(name, family, kind, fn, seed):
    # deterministic per (seed, style) independent of PYTHONHASHSEED
    h = 0
    for ch in f"{seed}|{name}":
        h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
    rng = random.Random(h)
    g = G(rng)
    labels = (["consistent"] * 9 + ["inconsistent"] * 9) if kind == "ci" else ["negative"] * 18
    extra = rng.randint(0, 2)
    for _ in range(extra):
        if kind == "ci":
            labels.append("consistent" if rng.random() < 0.5 else "inconsistent")
        else:
            labels.append("negative")
    recs, seen = [], set()
    for lab in labels:
        for attempt in range(60):
            text, note, checks = fn(g, lab)
            if text in seen:
                continue
            seen.add(text)
            break
        recs.append({"family": family, "style": name, "label": lab, "text": text, "note": note, "checks": checks})
    return recs


def generate(seed):
    allrecs = []
    for name, family, kind, fn in T:
        allrecs += gen_style_records(name, family, kind, fn, seed)
    rng = random.Random(seed * 7919 + 26)
    rng.shuffle(allrecs)
    cnt = Counter()
    outl = []
    for r in allrecs:
        cnt[r["family"]] += 1
        rec = {"id": f"n26-{r['family']}-{cnt[r['family']]:06d}"}
        rec.update(r)
        outl.append(rec)
    return outl


# ---------------------------------------------------------------------------------------------
# verification (independent re-parsing of every number span)
# ---------------------------------------------------------------------------------------------
V_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
V_FW["．"] = "."
V_CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_UNIT = {"十": 10, "百": 100, "千": 1000}


def v_parse_cn(s):
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in V_UNIT:
            sec += (num if num else 1) * V_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (sec + num) * 10000
            sec, num = 0, 0
        else:
            raise ValueError(f"bad cn numeral {s!r}")
    return Decimal(total + sec + num)


def v_parse(span):
    """parse a number span as written in text; returns Decimal. magnitudes 万/亿 multiply (only when suffixed)."""
    s = "".join(V_FW.get(c, c) for c in span)
    mult = Decimal(1)
    if s.endswith("亿"):
        mult, s = Decimal(100000000), s[:-1]
    elif s.endswith("万") and re.fullmatch(r"[-\d.,， ]+万", s):
        mult, s = Decimal(10000), s[:-1]
    if s and all(c in V_CN or c in V_UNIT or c == "万" for c in s):
        return v_parse_cn(s) * mult
    if not re.fullmatch(r"-?\d{1,3}([,， ]\d{3})+(\.\d+)?|-?\d+(\.\d+)?", s):
        raise ValueError(f"unparseable span {span!r}")
    s = re.sub(r"[,， ]", "", s)
    return Decimal(s) * mult


def v_round(x, d):
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    return x.quantize(q, rounding=ROUND_HALF_UP)


def v_pct_issues(text):
    """list malformed percent signs in text."""
    bad = []
    digits = set("0123456789") | set(chr(0xFF10 + i) for i in range(10))
    for m in re.finditer(r"[%％]+", text):
        sp = m.group(0)
        i = m.start()
        prev = text[i - 1] if i > 0 else ""
        if len(sp) > 1:
            bad.append(sp)
            continue
        if prev not in digits:
            bad.append(text[max(0, i - 6):i + 1])
            continue
        # number before: must not contain double dot / Chinese period inside / inner spaces
        j = i
        while j > 0 and (text[j - 1] in digits or text[j - 1] in ".．。 "):
            j -= 1
        numtxt = text[j:i]
        core = numtxt.lstrip("。 ")
        if ".." in core or "。" in core or " " in core.strip() or "．．" in core:
            bad.append(numtxt + sp)
    return bad


class VErr(Exception):
    pass


def v_num(entry, text, what, need_in_text=True):
    val, span = entry
    v = Decimal(val)
    if span is None:
        return v
    p = v_parse(span)
    if p != v and p != v * 10000:
        raise VErr(f"{what}: span {span!r} parses to {p}, check says {v}")
    if need_in_text and span not in text:
        raise VErr(f"{what}: span {span!r} not in text")
    return v


def v_check(ck, text):
    rel = ck.get("rel")
    if rel == "sum":
        t = v_num(ck["total"], text, "total")
        ps = [v_num(p, text, "part") for p in ck["parts"]]
        if len(ps) < 2:
            raise VErr("sum with <2 parts")
        return sum(ps) == t
    if rel == "diff":
        a, b, c = (v_num(ck[k], text, k) for k in "abc")
        return a - b == c
    if rel == "change":
        a, b, d = v_num(ck["from"], text, "from"), v_num(ck["to"], text, "to"), v_num(ck["delta"], text, "delta")
        dr = "up" if b > a else "down"
        return abs(b - a) == d and dr == ck["direction"]
    if rel == "rate":
        n, dd, st = v_num(ck["num"], text, "num"), v_num(ck["den"], text, "den"), v_num(ck["stated"], text, "stated")
        d = int(ck["decimals"])
        sspan = "".join(V_FW.get(c, c) for c in ck["stated"][1])
        if d > 0 and len(sspan.split(".")[-1]) != d:
            raise VErr("decimals mismatch")
        return v_round(n / dd * 100, d) == st if dd else False
    if rel == "growth":
        o = v_num(ck["old"], text, "old")
        nw = v_num(ck["new"], text, "new")
        if "inc" in ck:
            inc = v_num(ck["inc"], text, "inc")
            if nw - inc != o:
                raise VErr("growth base inconsistent with increment")
        st = v_num(ck["stated"], text, "stated")
        d = int(ck["decimals"])
        true = (nw - o) / o * 100
        dr = "up" if nw > o else "down"
        if ck.get("signed"):
            return v_round(true, d) == st and dr == ck["direction"]
        return v_round(abs(true), d) == st and dr == ck["direction"]
    if rel == "ratio":
        a, b, st = (v_num(ck[k], text, k) for k in ("a", "b", "stated"))
        return v_round(a / b, int(ck["decimals"])) == st
    if rel == "count":
        st = v_num(ck["stated"], text, "count")
        for it in ck["items"]:
            if it not in text:
                raise VErr(f"item {it!r} not in text")
        return st == len(ck["items"])
    if rel == "share_sum":
        return sum(v_num(s, text, "share") for s in ck["shares"]) <= 100
    if rel == "complement":
        return v_num(ck["a"], text, "a") + v_num(ck["b"], text, "b") == 100
    if rel == "pp":
        a, b, c = (v_num(ck[k], text, k) for k in "abc")
        return b - a == c
    if rel == "index":
        idx = v_num(ck["index"], text, "index")
        gr = Decimal(ck["growth"][0])
        if ck["growth"][1] not in text or v_parse(ck["growth"][1]) != abs(gr):
            raise VErr("index growth span")
        word_up = "上涨" in text or "增长" in text
        return idx - 100 == gr and ((gr > 0) == word_up)
    if rel == "pct_format":
        if ck["span"] not in text:
            raise VErr("pct span not in text")
        ok = not v_pct_issues(ck["span"] + "。") and re.search(r"\d[%％]", ck["span"]) is not None
        if ok != ck["well_formed"]:
            raise VErr(f"pct_format mismatch for {ck['span']!r}")
        return ok
    if rel == "lookalike":
        if ck["marker"] not in text:
            raise VErr(f"lookalike marker {ck['marker']!r} not in text")
        if "total" in ck:
            v_num(ck["total"], text, "lookalike total")
        if ck["kind"] == "overlap_subsets":
            t = Decimal(ck["total"][0])
            if sum(Decimal(p[0]) for p in ck["parts"]) == t:
                raise VErr("overlap parts accidentally add up")
        return None
    raise VErr(f"unknown rel {rel}")


def verify(paths):
    problems = 0
    for path in paths:
        ids = set()
        by_style = defaultdict(Counter)
        fam_lab = defaultdict(Counter)
        n = 0
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                n += 1
                try:
                    r = json.loads(line)
                    for k in ("id", "family", "style", "label", "text", "note", "checks"):
                        if k not in r:
                            raise VErr(f"missing {k}")
                    if not re.fullmatch(r"n26-(totals|pct)-\d{6}", r["id"]) or r["id"].split("-")[1] != r["family"]:
                        raise VErr("bad id")
                    if r["id"] in ids:
                        raise VErr("dup id")
                    ids.add(r["id"])
                    if r["label"] not in ("consistent", "inconsistent", "negative"):
                        raise VErr("bad label")
                    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["style"]):
                        raise VErr("style not snake_case")
                    lines = r["text"].split("\n")
                    if not 1 <= len(lines) <= 8 or any(not l.strip() for l in lines):
                        raise VErr(f"text has {len(lines)} lines / empty line")
                    if "\n" in r["note"] or not r["note"]:
                        raise VErr("note")
                    if not r["checks"]:
                        raise VErr("no checks")
                    res = [v_check(c, r["text"]) for c in r["checks"]]
                    fails = sum(1 for x in res if x is False)
                    looks = sum(1 for x in res if x is None)
                    if r["label"] == "consistent" and (fails or looks):
                        raise VErr(f"consistent but {fails} failing checks")
                    if r["label"] == "inconsistent" and fails != 1:
                        raise VErr(f"inconsistent but {fails} failing checks")
                    if r["label"] == "negative" and (fails or looks == 0):
                        raise VErr("negative needs lookalike and no failing check")
                    bad_pct = v_pct_issues(r["text"])
                    fmt_fail = any(c["rel"] == "pct_format" and not c["well_formed"] for c in r["checks"])
                    if fmt_fail and len(bad_pct) != 1:
                        raise VErr(f"malformed record should have exactly 1 malformed %, has {bad_pct}")
                    if not fmt_fail and bad_pct:
                        raise VErr(f"unexpected malformed % {bad_pct}")
                    if r["family"] == "totals" and ("%" in r["text"] or "％" in r["text"]):
                        raise VErr("percent sign in totals record")
                    by_style[r["style"]][r["label"]] += 1
                    fam_lab[r["family"]][r["label"]] += 1
                except (VErr, ValueError, KeyError, TypeError, ZeroDivisionError, ArithmeticError) as e:
                    problems += 1
                    print(f"{path}:{ln}: {e}", file=sys.stderr)
        for st, c in by_style.items():
            tot = sum(c.values())
            if not 15 <= tot <= 20:
                problems += 1
                print(f"{path}: style {st} has {tot} records (want 15-20)", file=sys.stderr)
        fams = {r: sum(c.values()) for r, c in fam_lab.items()}
        print(f"{path}: {n} records, {len(by_style)} styles, families {fams}")
        for fam, c in sorted(fam_lab.items()):
            tot = sum(c.values())
            print(f"  {fam}: " + ", ".join(f"{k} {v} ({100 * v / tot:.1f}%)" for k, v in sorted(c.items())))
    if problems:
        print(f"FAILED: {problems} problem(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


def style_table(path):
    rows = defaultdict(lambda: {"family": "", "c": Counter(), "ex": None})
    order = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            d = rows[r["style"]]
            if r["style"] not in order:
                order.append(r["style"])
            d["family"] = r["family"]
            d["c"][r["label"]] += 1
            if d["ex"] is None or (d["ex"][0] != "inconsistent" and r["label"] == "inconsistent"):
                d["ex"] = (r["label"], r["text"])
    out_l = ["| style | family | consistent | inconsistent | negative | total | example |",
             "|---|---|---|---|---|---|---|"]
    for st in sorted(order, key=lambda s: (rows[s]["family"], s)):
        d = rows[st]
        ex = d["ex"][1].replace("\n", " ⏎ ").replace("|", "\\|").replace("\t", " ⇥ ")
        if len(ex) > 110:
            ex = ex[:110] + "…"
        c = d["c"]
        out_l.append(f"| {st} | {d['family']} | {c['consistent']} | {c['inconsistent']} | {c['negative']} | "
                     f"{sum(c.values())} | ({d['ex'][0]}) {ex} |")
    print("\n".join(out_l))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.style_table:
        style_table(a.style_table)
        return
    if a.seed is None or not a.out:
        ap.error("--seed and --out required")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
