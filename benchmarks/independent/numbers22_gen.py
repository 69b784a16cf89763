#!/usr/bin/env python3
"""numbers22_gen.py - held-out test records (totals / pct) of Chinese report text.

Usage:
  python3 numbers22_gen.py --seed N --out FILE
  python3 numbers22_gen.py --verify FILE [FILE ...]
  python3 numbers22_gen.py --style-table FILE

Standard library only.  Deterministic per seed (only random.Random(seed) and
ordered containers are used; nothing depends on hash ordering).
"""
import argparse
import json
import random
import re
import sys
from collections import OrderedDict, Counter
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

D = Decimal

# ---------------------------------------------------------------------------
# number formatting (generator side)
# ---------------------------------------------------------------------------
CN_DIG = "零一二三四五六七八九"
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _cn4(n, liang=False):
    """0 < n < 10000"""
    out = []
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    zero = False
    started = False
    for u, name in units:
        d = n // u
        n %= u
        if d:
            if zero and started:
                out.append("零")
            zero = False
            ch = CN_DIG[d]
            if liang and d == 2 and u >= 100 and not started:
                ch = "两"
            out.append(ch + name)
            started = True
        else:
            if started:
                zero = True
    return "".join(out)


def to_cn(n, liang=False):
    n = int(n)
    if n == 0:
        return "零"
    if n >= 10 ** 8:
        raise ValueError(n)
    hi, lo = divmod(n, 10000)
    if hi:
        s = _cn4(hi, liang) + "万"
        if lo:
            if lo < 1000:
                s += "零"
            s += _cn4(lo)
    else:
        s = _cn4(lo, liang)
    if s.startswith("一十"):
        s = s[1:]
    return s


def to_cn_dec(v):
    """Decimal -> Chinese numerals with 点"""
    s = str(v)
    if "." in s:
        a, b = s.split(".")
        return to_cn(int(a)) + "点" + "".join(CN_DIG[int(c)] for c in b)
    return to_cn(int(s))


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def fmt(v, dec=0, mode="a"):
    v = D(v)
    s = f"{v:.{dec}f}"
    if mode == "a":
        return s
    if mode in ("c", "sp", "fc"):
        sep = {"c": ",", "sp": " ", "fc": "，"}[mode]
        if "." in s:
            a, b = s.split(".")
            return _group(a, sep) + "." + b
        return _group(s, sep)
    if mode == "fw":
        return s.translate(FW)
    if mode == "cn":
        if dec:
            return to_cn_dec(D(s))
        return to_cn(int(v), liang=True)
    raise ValueError(mode)


def rnd(x, dec):
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def trunc(x, dec):
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_DOWN)


# ---------------------------------------------------------------------------
# names and context
# ---------------------------------------------------------------------------
PLACES = ["青溪", "柳河", "石门", "望江", "云岭", "禾丰", "双桥", "白沙", "龙泉", "松岗", "新塘", "鹤山",
          "清平", "长乐", "东坪", "南屏", "金川", "横溪", "桃源", "安澜", "梅岭", "凤鸣", "西岔", "平湖",
          "栗园", "沙坪", "岩口", "芦溪", "大埠", "杉木", "马鞍", "青冈"]
TOWNS = ["城关镇", "河口镇", "高坪镇", "岭下乡", "杨柳乡", "新田镇", "石桥镇", "茶园乡", "沙河街道",
         "东湖街道", "北山乡", "中和镇", "塘坊镇", "官庄乡", "双溪镇", "水口镇"]
VILLAGES = ["上坪村", "下湾村", "枫树村", "龙井村", "桥头村", "竹园村", "新联村", "五星村", "长岭村",
            "荷塘村", "大坝村", "金星村", "光明村", "泉水村"]
ORG_T = ["{p}县农业农村局", "{p}县林业局", "{p}县水利局", "{p}县人力资源和社会保障局", "{p}县生态环境分局",
         "{p}县人民法院", "{p}县人民检察院", "{p}县人民医院", "{p}镇人民政府", "{p}县审计局", "{p}县财政局",
         "{p}县统计局", "{p}县乡村振兴局", "{p}县住房和城乡建设局", "{p}县交通运输局", "{p}街道办事处",
         "{p}县应急管理局", "{p}县市场监督管理局", "{p}县第一中学", "{p}农业发展有限公司",
         "{p}县供销合作社", "{p}县自然资源局", "{p}村股份经济合作社", "{p}县商务局"]
INTRO = [
    "{org}{y}年工作总结",
    "{y}年，{org}在县委、县政府的坚强领导下，坚持稳中求进工作总基调，各项工作有序推进。",
    "一、{y}年主要工作完成情况",
    "现将{org}{y}年度有关工作情况报告如下。",
    "（二）聚焦重点任务，推动工作落地见效",
    "{p}县{y}年国民经济和社会发展统计公报（摘要）",
    "{y}年以来，我们紧紧围绕年初确定的目标任务，压实责任、强化调度。",
    "关于{y}年度部门预算执行情况的报告",
    "三、主要指标完成情况",
    "{y}年，{org}认真落实上级各项决策部署，扎实推进乡村振兴各项工作。",
    "按照县委统一部署，现将{org}上半年工作开展情况汇报如下：",
    "（一）基本情况",
]
CLOSE = [
    "下一步，将进一步压实工作责任，确保各项任务按期保质完成。",
    "以上数据为快报数，最终数据以统计年报为准。",
    "存在的主要问题是基层力量相对薄弱，信息化水平有待提升。",
    "二、下一步工作打算",
    "（数据来源：{p}县统计局）",
    "我们将持续巩固工作成果，认真抓好问题整改，推动各项工作再上新台阶。",
    "特此报告。",
    "{org}",
    "{y}年{m}月{d}日",
    "全年共召开专题推进会{k}次，开展督导检查{j}轮。",
    "联系人：办公室，联系电话：0{a}-{ph}。",
]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.mode = "a"

    def choice(self, x):
        return self.rng.choice(x)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, x, k):
        return self.rng.sample(x, k)

    def chance(self, p):
        return self.rng.random() < p

    def place(self):
        return self.choice(PLACES)

    def org(self):
        return self.choice(ORG_T).format(p=self.place())

    def f(self, v, dec=0, mode=None):
        m = mode or self.mode
        if m == "cn" and dec:
            m = "a"
        if m == "mix":
            m = self.choice(["a", "a", "c", "fw"])
        return fmt(v, dec, m)

    def ctx_lines(self, n_before, n_after):
        y = self.randint(2019, 2024)
        p = self.place()
        o = self.org()
        kw = dict(y=y, p=p, org=o, m=self.randint(1, 12), d=self.randint(1, 28), k=self.randint(3, 15),
                  j=self.randint(2, 8), a=self.choice(["731", "745", "739", "596", "851", "778"]),
                  ph=str(self.randint(2000000, 8999999)))
        before = [t.format(**kw) for t in self.sample(INTRO, n_before)]
        after = [t.format(**kw) for t in self.sample(CLOSE, n_after)]
        return before, after


def split_parts(R, total, k, lo=1):
    """split integer total into k positive parts"""
    cuts = sorted(R.sample(range(lo, total - lo * 0 ), k - 1)) if total > k else None
    if not cuts or len(set(cuts)) < k - 1:
        raise ValueError
    parts = []
    prev = 0
    for c in cuts + [total]:
        parts.append(c - prev)
        prev = c
    if min(parts) < lo:
        raise ValueError
    return parts


def rand_parts(R, k, lo, hi):
    return [R.randint(lo, hi) for _ in range(k)]


def bump(R, v, minabs=1, rel=0.25):
    """return a different positive value near v"""
    v = int(v)
    span = max(minabs, int(abs(v) * rel))
    for _ in range(100):
        d = R.randint(minabs, span) * R.choice([-1, 1])
        if v + d > 0 and d != 0:
            return v + d
    return v + minabs


# ---------------------------------------------------------------------------
# domains for totals
# ---------------------------------------------------------------------------
# (whole phrase, unit, part names, lo, hi, dec)
TDOM = [
    ("查处环境违法案件", "起", ["水污染", "大气污染", "噪声污染", "固体废物", "土壤污染"], 3, 40, 0),
    ("受理信访事项", "件", ["来信", "来访", "网上信访", "电话反映"], 8, 160, 0),
    ("粮食总产量", "吨", ["小麦", "玉米", "水稻", "大豆", "马铃薯"], 800, 40000, 0),
    ("新增城镇就业", "人", ["高校毕业生", "退役军人", "就业困难人员", "农村转移劳动力"], 40, 1800, 0),
    ("改造农村危房", "户", ["C级危房", "D级危房", "抗震改造房"], 5, 260, 0),
    ("新建改建农村公路", "公里", ["县道", "乡道", "村道", "资源路"], 3, 90, 1),
    ("开展职业技能培训", "人次", ["电工", "焊工", "家政服务", "电商直播", "中式烹调"], 20, 900, 0),
    ("发放职业技能提升补贴", "万元", ["企业职工", "农民工", "脱贫劳动力", "失业人员"], 5, 400, 2),
    ("肉类总产量", "吨", ["猪肉", "牛肉", "羊肉", "禽肉"], 120, 9000, 0),
    ("水产养殖面积", "亩", ["池塘养殖", "稻渔综合种养", "水库大水面", "工厂化养殖"], 150, 6000, 0),
    ("完成营造林", "亩", ["人工造林", "封山育林", "退化林修复", "森林抚育"], 300, 12000, 0),
    ("修复水毁工程", "处", ["堤防", "灌溉渠道", "山塘", "小型泵站", "涵闸"], 3, 80, 0),
    ("追发农民工工资", "万元", ["工程建设领域", "制造业", "批发零售业", "住宿餐饮业"], 10, 900, 1),
    ("村集体经济收入", "万元", ["经营性收入", "发包及上交收入", "投资收益", "补助收入"], 2, 120, 2),
    ("农产品网络零售额", "万元", ["直播带货", "平台店铺", "社区团购", "小程序商城"], 60, 5000, 1),
    ("审结各类案件", "件", ["刑事", "民事", "行政", "执行"], 30, 3000, 0),
    ("完成门急诊", "人次", ["内科", "外科", "儿科", "妇产科", "中医科"], 800, 60000, 0),
    ("招收新生", "人", ["普通高中", "中等职业学校", "综合高中班"], 60, 1600, 0),
    ("新增市场主体", "户", ["企业", "个体工商户", "农民专业合作社"], 30, 3000, 0),
    ("排查整治安全隐患", "处", ["森林防火", "地质灾害", "道路交通", "消防安全", "燃气安全"], 5, 500, 0),
    ("新认定家庭农场和合作社", "家", ["家庭农场", "农民专业合作社", "合作社联合社"], 3, 120, 0),
    ("整治提升耕地", "公顷", ["高标准农田", "旱改水", "撂荒地复耕", "土地复垦"], 20, 3000, 2),
    ("发放失业保险待遇", "人次", ["失业保险金", "技能提升补贴", "稳岗返还", "代缴医保"], 50, 5000, 0),
    ("监测帮扶对象", "户", ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"], 6, 400, 0),
    ("完成小型水利工程", "座", ["山塘", "小型泵站", "拦河坝", "提灌站"], 3, 60, 0),
    ("办理法律援助案件", "件", ["刑事", "民事", "行政", "农民工讨薪"], 20, 800, 0),
    ("生猪出栏", "头", ["规模养殖场", "养殖专业户", "散养户"], 500, 80000, 0),
    ("审计发现问题金额", "万元", ["违规使用资金", "损失浪费", "管理不规范"], 20, 3000, 2),
]


NOUN_DOMS = {"粮食总产量", "肉类总产量", "水产养殖面积", "村集体经济收入", "农产品网络零售额", "审计发现问题金额",
             "生猪出栏"}


def dom(R):
    return R.choice(TDOM)


def dvals(R, d, k):
    name, unit, parts, lo, hi, dec = d
    sc = 10 ** dec
    vals = [D(R.randint(lo * sc, hi * sc)) / sc for _ in range(k)]
    return vals


def corrupt_list(R, vals, dec, total):
    """Return (vals2, total2, what): exactly one number changed so sum != total."""
    sc = D(10) ** dec
    vals = list(vals)
    if R.chance(0.5):
        i = R.randrange(len(vals)) if hasattr(R, "randrange") else R.randint(0, len(vals) - 1)
        v = vals[i]
        nv = D(bump(R, int(v * sc), minabs=max(1, int(sc)), rel=0.3)) / sc
        vals[i] = nv
        return vals, total, f"第{i + 1}项由{v}改为{nv}"
    nt = D(bump(R, int(total * sc), minabs=max(1, int(sc)), rel=0.15)) / sc
    return vals, nt, f"合计由{total}改为{nt}"


# registry --------------------------------------------------------------------
STYLES = OrderedDict()


def style(name, family, kind="ci", **kw):
    def deco(fn):
        assert name not in STYLES, name
        STYLES[name] = dict(fn=fn, family=family, kind=kind, kw=kw)
        return fn
    return deco


def reg(name, family, fn, skind="ci", **kw):
    assert name not in STYLES, name
    STYLES[name] = dict(fn=fn, family=family, kind=skind, kw=kw)


def chk(rel, holds=True, **kw):
    d = {"rel": rel}
    d.update(kw)
    d["holds"] = holds
    return d


def ri(R, n):
    return R.randint(0, n - 1)


# ---------------------------------------------------------------------------
# TOTALS: consistent / inconsistent generators
# each returns (lines, note, checks); bad=True -> exactly one wrong relation
# ---------------------------------------------------------------------------
def _parts_total(R, k=None, d=None):
    d = d or dom(R)
    k = k or R.randint(2, min(5, len(d[2])))
    names = R.sample(d[2], k)
    vals = dvals(R, d, k)
    total = sum(vals)
    return d, names, vals, total


def g_qizhong(R, bad, mode="a", sep="、", unit_each=True, lead="共"):
    R.mode = mode
    d, names, vals, total = _parts_total(R)
    dec = d[5]
    if mode == "cn":
        dec = 0
        vals = [D(int(v)) for v in vals]
        total = sum(vals)
    note = "其中各分项之和等于总数"
    nv, nt = vals, total
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"其中各分项之和({sum(nv)})不等于总数({nt})：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    u = d[1]
    items = sep.join(f"{n}{r}{u if unit_each else ''}" for n, r in zip(names, raws))
    if not unit_each:
        items = sep.join(f"{n}{r}" for n, r in zip(names, raws))
    who = R.choice(["全年", "今年以来", "年内", "截至年底，", "报告期内"])
    if d[0] in NOUN_DOMS:
        line = f"{who}{d[0]}{'累计' if lead == '累计' else ''}{rt}{u}，其中{items}。"
    else:
        line = f"{who}{lead}{d[0]}{rt}{u}，其中{items}。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


for _m, _n in [("a", "qizhong_list_ascii"), ("fw", "qizhong_list_fullwidth"), ("cn", "qizhong_list_cn_numerals"),
               ("c", "qizhong_list_comma_thousands"), ("sp", "qizhong_list_space_thousands")]:
    reg(_n, "totals", g_qizhong, mode=_m)
reg("qizhong_list_semicolon", "totals", g_qizhong, sep="；")
reg("qizhong_list_comma_sep", "totals", g_qizhong, sep="，")
reg("qizhong_list_leiji", "totals", g_qizhong, lead="累计")
reg("qizhong_list_fw_comma_thousands", "totals", g_qizhong, mode="fc", sep="；")


def g_fenbie(R, bad, mode="a", total_first=False):
    R.mode = mode
    d, names, vals, total = _parts_total(R)
    dec = d[5]
    nv, nt, note = vals, total, "分别为的各项之和等于合计"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"分别为的各项之和({sum(nv)})与合计({nt})不符：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    u = d[1]
    nm = "、".join(names)
    if total_first:
        line = f"{d[0]}{rt}{u}，按类别分，{nm}分别为{'、'.join(raws)}{u}。"
    else:
        tail = R.choice(["合计", "共计", "总计"])
        line = f"{d[0].lstrip('完成')}中，{nm}分别为{'、'.join(r + u for r in raws)}，{tail}{rt}{u}。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("fenbie_total_after", "totals", g_fenbie)
reg("fenbie_total_first", "totals", g_fenbie, total_first=True)
reg("fenbie_fullwidth", "totals", g_fenbie, mode="fw")
reg("fenbie_thousands", "totals", g_fenbie, mode="c", total_first=True)


def g_parts_then_total(R, bad, mode="a", joiner="，", closing="合计"):
    R.mode = mode
    d, names, vals, total = _parts_total(R)
    dec = d[5]
    nv, nt, note = vals, total, "先列分项后给合计，分项之和等于合计"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"先列分项后给合计，分项之和({sum(nv)})不等于合计({nt})：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    u = d[1]
    if closing == "以上合计":
        body = joiner.join(f"{n}{r}{u}" for n, r in zip(names, raws))
        line = f"{d[0]}方面：{body}，以上合计{rt}{u}。"
    elif closing == "colon":
        body = joiner.join(f"{n}：{r}{u}" for n, r in zip(names, raws))
        line = f"{d[0]}情况。{body}。总计{rt}{u}。"
    else:
        body = joiner.join(f"{n}{r}{u}" for n, r in zip(names, raws))
        line = f"{d[0]}：{body}，{closing}{rt}{u}。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("parts_then_heji", "totals", g_parts_then_total)
reg("parts_then_yishang_heji", "totals", g_parts_then_total, closing="以上合计", joiner="、")
reg("parts_colon_semicolon_zongji", "totals", g_parts_then_total, closing="colon", joiner="；")
reg("parts_then_total_comma_thousands", "totals", g_parts_then_total, mode="c", closing="共计")


def g_bracket_qizhong(R, bad, mode="a", word="其中"):
    R.mode = mode
    d, names, vals, total = _parts_total(R)
    dec = d[5]
    nv, nt, note = vals, total, "括号内其中各项之和等于括号前总数"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"括号内分项之和({sum(nv)})不等于总数({nt})：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    u = d[1]
    inner = "，".join(f"{n}{r}{u}" for n, r in zip(names, raws))
    after = R.choice(["较好完成了年度任务。", "各项工作有序推进。", "为历年最高水平。", "工作成效明显。"])
    line = f"全年{d[0]}{rt}{u}（{word}{inner}），{after}"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("bracket_qizhong", "totals", g_bracket_qizhong)
reg("bracket_fenbie_wei", "totals", g_bracket_qizhong, word="")
reg("bracket_qizhong_fullwidth", "totals", g_bracket_qizhong, mode="fw")


def g_baokuo(R, bad):
    R.mode = "a"
    d, names, vals, total = _parts_total(R)
    dec = d[5]
    nv, nt, note = vals, total, "包括的各项恰好构成总数"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"包括的各项之和({sum(nv)})不等于总数({nt})：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    u = d[1]
    lst = [f"{n}{r}{u}" for n, r in zip(names, raws)]
    body = "、".join(lst[:-1]) + "和" + lst[-1] if len(lst) > 1 else lst[0]
    line = f"{d[0]}{rt}{u}，包括{body}。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("baokuo_he", "totals", g_baokuo)


def g_num_before_name(R, bad):
    R.mode = R.choice(["a", "cn"])
    d = R.choice([x for x in TDOM if x[5] == 0 and x[4] <= 3000])
    k = R.randint(2, min(4, len(d[2])))
    names = R.sample(d[2], k)
    vals = [D(R.randint(d[3], d[4])) for _ in names]
    total = sum(vals)
    nv, nt, note = vals, total, "数字在前、类别在后的分项之和等于总数"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 0, total)
        note = f"分项之和({sum(nv)})不等于总数({nt})：{what}"
    raws = [R.f(v) for v in nv]
    rt = R.f(nt)
    u = d[1]
    line = f"{d[0]}{rt}{u}，其中" + "，".join(f"{r}{u}为{n}" for r, n in zip(raws, names)) + "。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("parts_number_before_name", "totals", g_num_before_name)


def g_ge(R, bad):
    """A、B各n，C m，共X"""
    R.mode = "a"
    d = R.choice([x for x in TDOM if x[5] == 0 and x[4] <= 500])
    names = R.sample(d[2], 3)
    a = R.randint(3, 40)
    c = R.randint(3, 40)
    if c == a:
        c += 1
    total = 2 * a + c
    nt = total
    note = "“各”表示两项各为同一数，合计按两次计入"
    if bad:
        nt = bump(R, total, minabs=1, rel=0.2)
        if nt == a + c:
            nt += 1
        note = f"“各”两项各{a}、另一项{c}，应合计{total}，文中为{nt}"
    u = d[1] if d[5] == 0 else "处"
    line = f"{d[0]}，{names[0]}、{names[1]}各{a}{u}，{names[2]}{c}{u}，共{nt}{u}。"
    return [line], note, [chk("sum", not bad, parts=[str(a), str(a), str(c)], total=str(nt))]


reg("ge_each_shared_number", "totals", g_ge)


def g_money_yi_wan(R, bad):
    R.mode = "a"
    names = R.sample(["中央财政", "省级财政", "市级财政", "县级配套", "社会资本", "地方政府专项债券"], R.randint(2, 4))
    vals = [D(R.randint(3, 90) * 100 + R.choice([0, 100, 200, 300])) for _ in names]  # 万元, multiple of 100
    total = sum(vals)
    tyi = total / 10000
    rt = f"{tyi:.2f}亿"
    raws = [f"{v}万" for v in vals]
    note = "总额以亿元表述、分项以万元表述，换算后相等"
    if bad:
        i = ri(R, len(vals))
        nv = vals[i] + D(R.choice([-1, 1]) * R.randint(2, 9) * 100)
        if nv <= 0:
            nv = vals[i] + 500
        raws[i] = f"{nv}万"
        note = f"分项以万元计之和为{total - vals[i] + nv}万元，与总额{rt}元不符（第{i + 1}项被改）"
    inner = "，".join(f"{n}{r}元" for n, r in zip(names, raws))
    what = R.choice(["高标准农田建设", "农村公路提质改造", "小型水库除险加固", "农村供水保障工程", "衔接推进乡村振兴"])
    line = f"{R.choice(['全年', '年内', '当年'])}共筹措{what}资金{rt}元，其中{inner}。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("money_yi_total_wan_parts", "totals", g_money_yi_wan)


def g_diff(R, bad, kind="balance"):
    R.mode = R.choice(["a", "a", "c"])
    dec = R.choice([0, 1, 2])
    sc = 10 ** dec
    a = D(R.randint(200 * sc, 90000 * sc)) / sc
    b = D(R.randint(int(a * sc * D("0.4")), int(a * sc * D("0.97")))) / sc
    c = a - b
    nc = c
    note = "差额等于前两项之差"
    if bad:
        nc = D(bump(R, int(c * sc), minabs=sc, rel=0.2)) / sc
        note = f"{a}-{b}={c}，文中差额为{nc}"
    ra, rb, rc = R.f(a, dec), R.f(b, dec), R.f(nc, dec)
    if kind == "balance":
        line = f"全年{R.choice(['一般公共预算', '村级', '合作社'])}收入{ra}万元，支出{rb}万元，收支相抵结余{rc}万元。"
        ch = chk("diff", not bad, a=ra, b=rb, c=rc)
    elif kind == "gap":
        thing = R.choice(["高标准农田建设", "农村户厕改造", "造林绿化", "土地复垦"])
        u = "亩" if thing != "农村户厕改造" else "户"
        line = f"{thing}年度计划{ra}{u}，已完成{rb}{u}，尚差{rc}{u}，将于汛期前全部完成。"
        ch = chk("diff", not bad, a=ra, b=rb, c=rc)
    else:  # surplus: target b, done a, excess c
        thing = R.choice(["粮食播种面积", "油菜种植", "再生稻", "蔬菜复种"])
        line = f"{thing}目标任务{rb}亩，实际完成{ra}亩，超额完成{rc}亩。"
        ch = chk("diff", not bad, a=ra, b=rb, c=rc)
    return [line], note, [ch]


reg("diff_income_expense_balance", "totals", g_diff)
reg("diff_plan_done_remaining", "totals", g_diff, kind="gap")
reg("diff_target_excess", "totals", g_diff, kind="excess")


def g_change(R, bad, kind="inc_to"):
    R.mode = R.choice(["a", "a", "fw"]) if kind != "cn" else "cn"
    a = R.randint(20, 3000)
    up = R.chance(0.5) if kind not in ("dec_from",) else False
    if kind == "inc_to":
        up = True
    delta = R.randint(1, max(2, a // 2))
    b = a + delta if up else a - delta
    nd = delta
    note = "前后两值之差等于所述增减量"
    if bad:
        nd = bump(R, delta, minabs=1, rel=0.3)
        note = f"由{a}到{b}实际{'增加' if up else '减少'}{delta}，文中为{nd}"
    ra, rb, rd = R.f(a), R.f(b), R.f(nd)
    thing, u = R.choice([("农民专业合作社", "家"), ("家庭农场", "家"), ("电商示范村", "个"), ("护林员", "名"),
                         ("村级光伏电站", "座"), ("留守儿童之家", "所"), ("养殖场", "个"), ("河湖巡查员", "名"),
                         ("监测户", "户"), ("乡村医生", "名")])
    dw = "增加" if up else "减少"
    if kind == "inc_to":
        line = f"全县{thing}由上年的{ra}{u}增加到{rb}{u}，{dw}{rd}{u}。"
    elif kind == "dec_from":
        line = f"{thing}数量从{ra}{u}压减至{rb}{u}，净减少{rd}{u}。"
    elif kind == "yoy":
        line = f"今年{thing}{rb}{u}，上年同期{ra}{u}，同比{dw}{rd}{u}。"
    elif kind == "cn":
        line = f"{thing}由{ra}{u}{'增至' if up else '减至'}{rb}{u}，{dw}{rd}{u}。"
    else:  # delta first then result
        line = f"{thing}较上年{dw}{rd}{u}，由{ra}{u}{'增至' if up else '减至'}{rb}{u}。"
    return [line], note, [chk("change", not bad, frm=ra, to=rb, delta=rd, dir="up" if up else "down")]


reg("change_increase_to", "totals", g_change)
reg("change_decrease_from", "totals", g_change, kind="dec_from")
reg("change_yoy_both_values", "totals", g_change, kind="yoy")
reg("change_cn_numerals", "totals", g_change, kind="cn")
reg("change_delta_first", "totals", g_change, kind="delta_first")


def g_fire(R, bad):
    R.mode = "a"
    a = R.randint(3, 30)
    b = R.randint(0, a - 1)
    delta = a - b
    nd = delta
    note = "森林火情起数前后之差等于减少起数"
    if bad:
        nd = bump(R, delta, 1, 0.4)
        note = f"{a}-{b}={delta}，文中为{nd}"
    line = (f"全年共发生森林火情{b}起，较上年的{a}起减少{nd}起，未发生较大以上森林火灾，"
            f"出动扑救人员{R.randint(30, 400)}人次。")
    return [line], note, [chk("change", not bad, frm=str(a), to=str(b), delta=str(nd), dir="down")]


reg("forest_fire_change", "totals", g_fire)


def g_flow(R, bad, kind="pop"):
    R.mode = "a"
    a = R.randint(100, 5000)
    p = R.randint(5, 400)
    m = R.randint(5, min(400, a // 2))
    e = a + p - m
    ne = e
    note = "期初加增加减减少等于期末"
    if bad:
        ne = bump(R, e, 1, 0.05)
        note = f"{a}+{p}-{m}={e}，文中期末为{ne}"
    if kind == "pop":
        thing, u = R.choice([("参保人员", "人"), ("在册党员", "名"), ("监测对象", "户"), ("低保对象", "人"),
                             ("在校学生", "人"), ("生猪存栏", "头")])
        line = f"{thing}年初{a}{u}，年内新增{p}{u}、减少{m}{u}，年末{ne}{u}。"
    else:
        line = (f"村集体账面资金上年结转{a}万元，本年收入{p}万元，本年支出{m}万元，年末结余{ne}万元。")
    return [line], note, [chk("flow", not bad, start=str(a), plus=[str(p)], minus=[str(m)], end=str(ne))]


reg("flow_start_add_sub_end", "totals", g_flow)
reg("flow_fund_carryover", "totals", g_flow, kind="fund")


def _table(R, bad, header, rows_names, unit, lo, hi, dec=0, sep="｜", total_name="合计", extra_cols=None,
           mode="a"):
    R.mode = mode
    sc = 10 ** dec
    vals = [D(R.randint(lo * sc, hi * sc)) / sc for _ in rows_names]
    total = sum(vals)
    nv, nt, note = vals, total, "表格各行之和等于合计行"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"表格各行之和({sum(nv)})与合计行({nt})不符：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    lines = [sep.join(header)]
    for i, (n, r) in enumerate(zip(rows_names, raws)):
        row = [n, r]
        if extra_cols:
            row = extra_cols(i, n, r)
        lines.append(sep.join(row))
    trow = [total_name, rt]
    if extra_cols:
        trow = extra_cols(-1, total_name, rt)
    lines.append(sep.join(trow))
    return lines, note, [chk("sum", not bad, parts=raws, total=rt)]


def g_table_pipe(R, bad, sep="｜", mode="a"):
    d = dom(R)
    k = R.randint(3, min(4, len(d[2])))
    names = R.sample(d[2], k)
    title = f"表1 {R.place()}县{R.randint(2020, 2024)}年{d[0]}情况（单位：{d[1]}）"
    lines, note, checks = _table(R, bad, ["类别", "数量"], names, d[1], d[3], d[4], d[5], sep=sep,
                                 total_name=R.choice(["合计", "总计", "全县"]), mode=mode)
    return [title] + lines, note, checks


reg("table_pipe_total_row", "totals", g_table_pipe)
reg("table_space_total_row", "totals", g_table_pipe, sep="  ")
reg("table_tab_total_row_comma", "totals", g_table_pipe, sep="\t", mode="c")


def g_table_unit_note(R, bad):
    towns = R.sample(TOWNS, R.randint(3, 5))
    item, unit, lo, hi = R.choice([("危房改造", "户", 3, 60), ("农村公路", "公里", 2, 40), ("土地整治", "亩", 80, 2000),
                                   ("山塘清淤", "座", 1, 25), ("户厕改造", "户", 20, 600)])
    notes = ["已验收", "在建", "含续建", "—", "已完工", "待验收"]

    def extra(i, n, r):
        return [n, item, unit, r, R.choice(notes) if i >= 0 else ""]
    lines, note, checks = _table(R, bad, ["乡镇", "项目", "单位", "数量", "备注"], towns, unit, lo, hi,
                                 extra_cols=extra)
    return [f"附表：{R.randint(2021, 2024)}年{item}任务完成情况"] + lines, note, checks


reg("table_unit_note_columns", "totals", g_table_unit_note)


def g_quarters(R, bad, kind="cn_q"):
    R.mode = "a"
    dec = R.choice([0, 1])
    sc = 10 ** dec
    vals = [D(R.randint(50 * sc, 3000 * sc)) / sc for _ in range(4)]
    total = sum(vals)
    nv, nt, note = vals, total, "四个季度之和等于全年"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"四季度之和({sum(nv)})不等于全年({nt})：{what}"
    raws = [R.f(v, dec) for v in nv]
    rt = R.f(nt, dec)
    thing, u = R.choice([("农产品网络零售额", "万元"), ("生猪出栏", "头"), ("接诊人次", "人次"), ("汽车客运量", "人次"),
                         ("水产品产量", "吨"), ("职业技能培训", "人次")])
    if kind == "cn_q":
        line = f"{thing}一季度{raws[0]}{u}、二季度{raws[1]}{u}、三季度{raws[2]}{u}、四季度{raws[3]}{u}，全年累计{rt}{u}。"
        return [line], note, [chk("sum", not bad, parts=raws, total=rt)]
    lines = [f"{thing}分季度情况（单位：{u}）", "Q1｜Q2｜Q3｜Q4｜全年", "｜".join(raws + [rt])]
    return lines, note, [chk("sum", not bad, parts=raws, total=rt)]


reg("quarters_q1_q4_year_sentence", "totals", g_quarters)
reg("quarters_q1_q4_year_columns", "totals", g_quarters, kind="cols")


def g_crop_table(R, bad):
    """crop table: area (亩) column and output (吨) column each with a total row; one cell wrong"""
    crops = R.sample(["水稻", "玉米", "小麦", "大豆", "马铃薯", "油菜籽", "花生"], R.randint(3, 5))
    areas = [D(R.randint(800, 30000)) for _ in crops]
    outs = [D(R.randint(200, 15000)) for _ in crops]
    ta, to_ = sum(areas), sum(outs)
    note = "播种面积和产量两列分别等于合计行"
    col_ok = [True, True]
    if bad:
        j = ri(R, 2)
        if j == 0:
            areas2, ta2, what = corrupt_list(R, areas, 0, ta)
            areas, ta = areas2, ta2
        else:
            outs2, to2, what = corrupt_list(R, outs, 0, to_)
            outs, to_ = outs2, to2
        col_ok[j] = False
        note = f"{'播种面积' if j == 0 else '产量'}列与合计行不符：{what}；另一列正确"
    lines = [f"{R.place()}县主要农作物播种面积和产量", "作物｜播种面积（亩）｜产量（吨）"]
    for c, a, o in zip(crops, areas, outs):
        lines.append(f"{c}｜{a}｜{o}")
    lines.append(f"合计｜{ta}｜{to_}")
    checks = [chk("sum", col_ok[0], parts=[str(a) for a in areas], total=str(ta)),
              chk("sum", col_ok[1], parts=[str(o) for o in outs], total=str(to_))]
    return lines, note, checks


reg("crop_table_two_columns_total_row", "totals", g_crop_table)


def g_numbered_count(R, bad, marker="circ"):
    R.mode = "a"
    heads = [("采取了{n}项措施", ["成立工作专班", "建立调度台账", "实行挂图作战", "开展交叉检查", "落实包片责任",
                             "强化资金保障", "推行清单管理"]),
             ("重点抓好{n}个方面工作", ["耕地保护", "种业振兴", "农机推广", "农技服务", "品牌培育", "冷链物流"]),
             ("发现{n}类问题", ["台账记录不全", "资金拨付滞后", "项目进度缓慢", "公示不及时", "档案管理不规范"]),
             ("建立了{n}项制度", ["例会制度", "督办制度", "考核制度", "通报制度", "约谈制度", "回访制度"])]
    head, pool = R.choice(heads)
    k = R.randint(3, min(6 if marker in ("circ", "yishi") else 5, len(pool)))
    items = R.sample(pool, k)
    n = k
    note = "标题所述项数等于实际列出的条目数"
    if bad:
        n = k + R.choice([-1, 1, 2])
        note = f"标题称{n}项，实际列出{k}项"
    mode_cn = R.chance(0.5)
    ns = to_cn(n) if mode_cn else str(n)
    if marker == "circ":
        marks = "①②③④⑤⑥⑦"
        lines = [head.format(n=ns) + "：" + "".join(f"{marks[i]}{it}；" for i, it in enumerate(items)).rstrip("；") + "。"]
    elif marker == "paren":
        lines = [head.format(n=ns) + "："] + [f"（{i + 1}）{it}。" for i, it in enumerate(items)]
    elif marker == "yishi":
        ords = ["一是", "二是", "三是", "四是", "五是", "六是"]
        lines = [head.format(n=ns) + "。" + "".join(f"{ords[i]}{it}；" for i, it in enumerate(items)).rstrip("；") + "。"]
    else:
        lines = [head.format(n=ns) + "："] + [f"{i + 1}.{it}" for i, it in enumerate(items)]
    return lines, note, [chk("count", not bad, stated=ns, items=items)]


reg("numbered_count_circled", "totals", g_numbered_count)
reg("numbered_count_paren_lines", "totals", g_numbered_count, marker="paren")
reg("numbered_count_yishi_ershi", "totals", g_numbered_count, marker="yishi")
reg("numbered_count_dot_lines", "totals", g_numbered_count, marker="dot")


def g_count_and_sum(R, bad):
    R.mode = "a"
    d = dom(R)
    k = R.randint(3, min(4, len(d[2])))
    names = R.sample(d[2], k)
    vals = [D(R.randint(d[3], max(d[3] + 2, d[4] // 2))) for _ in names]
    total = sum(vals)
    n = k
    ok = [True, True]
    note = "标题项数等于条目数，条目数值之和等于总数"
    if bad:
        if R.chance(0.5):
            n = k + R.choice([-1, 1])
            ok[0] = False
            note = f"标题称{n}个方面，实际列出{k}个；数值之和正确"
        else:
            vals, total, what = corrupt_list(R, vals, 0, total)
            ok[1] = False
            note = f"条目数正确，数值之和({sum(vals)})不等于总数({total})：{what}"
    marks = "①②③④⑤"
    u = d[1]
    body = "".join(f"{marks[i]}{nm}{v}{u}；" for i, (nm, v) in enumerate(zip(names, vals))).rstrip("；")
    line = f"{d[0]}{total}{u}，涉及{to_cn(n)}个方面：{body}。"
    return [line], note, [chk("count", ok[0], stated=to_cn(n), items=names),
                          chk("sum", ok[1], parts=[str(v) for v in vals], total=str(total))]


reg("heading_count_and_circled_values", "totals", g_count_and_sum)


def g_reservoir(R, bad):
    R.mode = "a"
    a, b, c = R.randint(0, 4), R.randint(2, 20), R.randint(3, 40)
    if a == 0:
        a = 1
    total = a + b + c
    nt = total
    note = "小（1）型、小（2）型中的1、2是型号而非数量；分项之和等于总座数"
    if bad:
        nt = bump(R, total, 1, 0.2)
        note = f"中型{a}+小（1）型{b}+小（2）型{c}={total}座，文中总数为{nt}"
    line = (f"完成病险水库除险加固{nt}座，其中中型水库{a}座、小（1）型水库{b}座、小（2）型水库{c}座，"
            f"新增恢复库容{R.randint(50, 900)}万立方米。")
    return [line], note, [chk("sum", not bad, parts=[str(a), str(b), str(c)], total=str(nt))]


reg("reservoir_small_1_2_types", "totals", g_reservoir)


def g_mu_ha(R, bad, kind="paren"):
    R.mode = "a"
    ha_dec = R.choice([0, 1, 2])
    mu = D(R.randint(20, 3000) * 15) if ha_dec == 0 else D(R.randint(300, 50000))
    ha = rnd(mu / 15, ha_dec)
    nh = ha
    note = f"1公顷=15亩，{mu}亩÷15按{ha_dec}位小数四舍五入为{ha}公顷"
    if bad:
        wrongs = [rnd(mu / 10, ha_dec), rnd(mu / 15 * D("1.1"), ha_dec), rnd(mu / 15 * D("0.9"), ha_dec),
                  rnd(mu * 15 / 100, ha_dec)]
        nh = R.choice([w for w in wrongs if abs(w - ha) > 1])
        note = f"{mu}亩应折合{ha}公顷，文中为{nh}公顷"
    rm = str(mu)
    rh = f"{nh:.{ha_dec}f}"
    what = R.choice(["高标准农田", "撂荒地复耕", "土地综合整治", "退化林修复", "油茶低改", "水土流失治理"])
    if kind == "paren":
        line = f"全年完成{what}{rm}亩（{rh}公顷），全部通过县级验收。"
    else:
        line = f"{what}面积{rh}公顷，折合{rm}亩。"
    return [line], note, [chk("mu_ha", not bad, mu=rm, ha=rh)]


reg("mu_hectare_side_by_side", "totals", g_mu_ha)
reg("hectare_then_mu_zhehe", "totals", g_mu_ha, kind="zhehe")


def g_per_mu(R, bad):
    R.mode = "a"
    crop = R.choice(["水稻", "玉米", "小麦", "马铃薯", "再生稻", "大豆"])
    area = R.randint(2000, 60000)
    y = R.randint(150, 650)  # kg per mu
    out_t = D(area * y) / 1000
    out_t = rnd(out_t, 1)
    val = rnd(out_t * 1000 / area, 0)
    nvv = val
    note = f"平均亩产=总产×1000÷面积，按整数四舍五入为{val}公斤"
    if bad:
        nvv = val + R.choice([-1, 1]) * R.randint(max(8, int(val) // 12), max(12, int(val) // 5))
        note = f"{out_t}吨×1000÷{area}亩={val}公斤，文中为{nvv}公斤"
    line = f"{crop}种植面积{area}亩，总产{out_t}吨，平均亩产{nvv}公斤。"
    return [line], note, [chk("ratio", not bad, num=str(out_t), den=str(area), val=str(nvv), scale="1000")]


reg("per_mu_yield", "totals", g_per_mu)


def g_summary_restate(R, bad):
    R.mode = "a"
    d = dom(R)
    towns = R.sample(TOWNS, R.randint(3, 4))
    dec = d[5]
    sc = 10 ** dec
    vals = [D(R.randint(d[3] * sc, d[4] * sc)) / sc for _ in towns]
    total = sum(vals)
    nv, nt, note = vals, total, "总结段复述的全年总数等于前文各乡镇之和"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"各乡镇之和({sum(nv)})与总结段总数({nt})不符：{what}"
    u = d[1]
    lines = [f"{t}{d[0]}{v}{u}。" for t, v in zip(towns, nv)]
    lines = ["".join(lines[:2])] + (["".join(lines[2:])] if len(lines) > 2 else [])
    lines.append(f"综上，全县{len(towns)}个乡镇全年{d[0]}共{nt}{u}，圆满完成年度目标。")
    return lines, note, [chk("sum", not bad, parts=[str(v) for v in nv], total=str(nt))]


reg("summary_paragraph_restates_total", "totals", g_summary_restate)


def g_two_partitions(R, bad):
    R.mode = "a"
    total = R.randint(60, 3000)
    m = R.randint(total // 4, total * 3 // 4)
    f_ = total - m
    ages = split_parts(R, total, 3)
    ok = [True, True]
    note = "同一总数的两种划分（性别、年龄段）各自之和等于总数"
    if bad:
        if R.chance(0.5):
            f_ = bump(R, f_, 1, 0.2)
            ok[0] = False
            note = f"男{m}+女{f_}≠{total}；年龄段之和正确"
        else:
            i = ri(R, 3)
            old = ages[i]
            ages[i] = bump(R, old, 1, 0.3)
            ok[1] = False
            note = f"性别之和正确；年龄段第{i + 1}项由{old}改为{ages[i]}，和不等于{total}"
    who = R.choice(["培训农村劳动力", "转移就业脱贫劳动力", "新招录护林员", "新型职业农民"])
    line1 = f"全年{who}{total}人，其中男性{m}人、女性{f_}人；"
    line2 = f"按年龄分，35岁以下{ages[0]}人，35至50岁{ages[1]}人，50岁以上{ages[2]}人。"
    return [line1 + line2], note, [chk("sum", ok[0], parts=[str(m), str(f_)], total=str(total)),
                                   chk("sum", ok[1], parts=[str(a) for a in ages], total=str(total))]


reg("two_partitions_sex_and_age", "totals", g_two_partitions)


def g_remaining(R, bad):
    R.mode = "a"
    total = R.randint(20, 900)
    a = R.randint(total // 2, total - 1)
    b = total - a
    note = "已整改数加剩余数等于排查总数"
    if bad:
        b = bump(R, b, 1, 0.5)
        note = f"{total}-{a}应剩余{total - a}处，文中为{b}"
    line = f"共排查各类隐患{total}处，已整改销号{a}处，剩余{b}处已落实责任人和整改时限。"
    return [line], note, [chk("sum", not bad, parts=[str(a), str(b)], total=str(total))]


reg("remaining_after_done", "totals", g_remaining)


def g_year_compare_table(R, bad):
    R.mode = "a"
    rows = R.sample([("粮食产量", "吨"), ("生猪出栏", "头"), ("水产品产量", "吨"), ("蔬菜产量", "吨"), ("家禽出栏", "万羽"),
                     ("茶叶产量", "吨"), ("水果产量", "吨")], 3)
    vals = []
    for _ in rows:
        a = R.randint(300, 50000)
        b = a + R.randint(-a // 5, a // 5)
        if b == a:
            b += 3
        vals.append([a, b, b - a])
    oks = [True] * 3
    note = "每行增减量等于本年减上年"
    if bad:
        i = ri(R, 3)
        vals[i][2] = bump(R, vals[i][2], 1, 0.3) if vals[i][2] != 0 else 5
        if vals[i][2] == vals[i][1] - vals[i][0]:
            vals[i][2] += 1
        oks[i] = False
        note = f"第{i + 1}行增减量错误，其余两行正确"
    lines = ["指标｜单位｜上年｜本年｜增减", ]
    checks = []
    for (nm, u), (a, b, c), ok in zip(rows, vals, oks):
        cs = f"+{c}" if c > 0 else str(c)
        lines.append(f"{nm}｜{u}｜{a}｜{b}｜{cs}")
        checks.append(chk("diff", ok, a=str(b), b=str(a), c=cs))
    return lines, note, checks


reg("year_compare_table_delta_column", "totals", g_year_compare_table)


def g_wage_two(R, bad):
    R.mode = "a"
    secs = R.sample(["工程建设领域", "加工制造业", "餐饮服务业", "物流运输业"], 3)
    money = [D(R.randint(100, 9000)) / 10 for _ in secs]
    ppl = [R.randint(5, 400) for _ in secs]
    tm, tp = sum(money), sum(ppl)
    ok = [True, True]
    note = "金额分项之和等于总金额，人数分项之和等于总人数"
    if bad:
        if R.chance(0.5):
            money, tm, what = corrupt_list(R, money, 1, tm)
            ok[0] = False
            note = f"金额分项之和不等于{tm}万元：{what}；人数正确"
        else:
            i = ri(R, 3)
            ppl[i] = bump(R, ppl[i], 1, 0.3)
            ok[1] = False
            note = f"人数分项之和({sum(ppl)})不等于总人数{tp}；金额正确"
    l1 = f"全年为{tp}名农民工追讨工资{tm}万元。"
    l2 = "分行业看，" + "；".join(f"{s}{m}万元、{p}人" for s, m, p in zip(secs, money, ppl)) + "。"
    return [l1, l2], note, [chk("sum", ok[0], parts=[str(m) for m in money], total=str(tm)),
                            chk("sum", ok[1], parts=[str(p) for p in ppl], total=str(tp))]


reg("migrant_wage_money_and_people", "totals", g_wage_two)


def g_village_income_lines(R, bad):
    R.mode = "a"
    vs = R.sample(VILLAGES, R.randint(3, 5))
    vals = [D(R.randint(50, 3000)) / 10 for _ in vs]
    total = sum(vals)
    nv, nt, note = vals, total, "各村集体经营性收入之和等于全镇合计"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 1, total)
        note = f"各村之和({sum(nv)})不等于合计({nt})：{what}"
    lines = [f"{R.choice(TOWNS)}村级集体经济经营性收入情况："]
    lines += [f"{v}：{x}万元" for v, x in zip(vs, nv)]
    lines.append(f"全镇合计：{nt}万元")
    return lines, note, [chk("sum", not bad, parts=[str(x) for x in nv], total=str(nt))]


reg("village_income_line_list", "totals", g_village_income_lines)


def g_ecom(R, bad):
    R.mode = "a"
    n_live = R.randint(30, 900)
    plats = R.sample(["抖音", "快手", "淘宝直播", "视频号", "拼多多"], R.randint(2, 4))
    vals = [D(R.randint(20, 3000)) for _ in plats]
    total = sum(vals)
    nv, nt, note = vals, total, "各平台销售额之和等于直播销售总额"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 0, total)
        note = f"各平台之和({sum(nv)})与总额({nt})不符：{what}"
    line = (f"全年组织农产品直播带货{n_live}场，实现销售额{nt}万元，" +
            "按平台分：" + "，".join(f"{p}{v}万元" for p, v in zip(plats, nv)) + "。")
    return [line], note, [chk("sum", not bad, parts=[str(v) for v in nv], total=str(nt))]


reg("ecommerce_livestream_by_platform", "totals", g_ecom)


def g_fund_items(R, bad):
    R.mode = "a"
    k = R.randint(2, 4)
    items = R.sample(["农村供水管网延伸", "危桥改造", "村道安全生命防护", "灌溉渠系配套", "村级综合服务站", "冷链仓储设施"], k)
    vals = [D(R.randint(30, 2000)) for _ in items]
    total = sum(vals)
    nv, nt, note = vals, total, "用途分项之和等于资金总额"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 0, total)
        note = f"用途分项之和({sum(nv)})不等于总额({nt})：{what}"
    ords = ["（一）", "（二）", "（三）", "（四）"]
    lines = [f"{R.choice(['统筹', '整合'])}衔接资金共计{nt}万元，具体用于以下{to_cn(k)}个项目："]
    lines += [f"{ords[i]}{it}{v}万元；" for i, (it, v) in enumerate(zip(items, nv))]
    lines[-1] = lines[-1].rstrip("；") + "。"
    return lines, note, [chk("sum", not bad, parts=[str(v) for v in nv], total=str(nt)),
                         chk("count", True, stated=to_cn(k), items=items)]


reg("fund_items_numbered_lines", "totals", g_fund_items)


def g_bridges(R, bad):
    R.mode = "a"
    a, b, c = R.randint(1, 8), R.randint(1, 12), R.randint(1, 15)
    total = a + b + c
    lens = R.randint(100, 2000)
    nt = total
    note = "县道、乡道、村道桥梁座数之和等于总座数（延米数为独立量）"
    if bad:
        nt = bump(R, total, 1, 0.3)
        note = f"{a}+{b}+{c}={total}座，文中为{nt}座"
    line = (f"改造农村公路危桥{nt}座、{lens}延米，其中县道桥{a}座、乡道桥{b}座、村道桥{c}座，"
            f"新增安保设施{R.randint(10, 90)}公里。")
    return [line], note, [chk("sum", not bad, parts=[str(a), str(b), str(c)], total=str(nt))]


reg("rural_bridges_with_length", "totals", g_bridges)


def g_cn_big(R, bad):
    R.mode = "cn"
    d = R.choice([x for x in TDOM if x[5] == 0])
    k = R.randint(2, 3)
    names = R.sample(d[2], k)
    vals = [D(R.randint(1, 60) * R.choice([1, 10, 100])) for _ in names]
    total = sum(vals)
    nv, nt, note = vals, total, "中文数字表述的分项之和等于总数"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 0, total)
        note = f"中文数字分项之和({sum(nv)})不等于总数({nt})：{what}"
    raws = [to_cn(v, liang=True) for v in nv]
    rt = to_cn(nt, liang=True)
    u = d[1]
    line = f"{d[0]}{rt}{u}。其中，" + "，".join(f"{n}{r}{u}" for n, r in zip(names, raws)) + "。"
    return [line], note, [chk("sum", not bad, parts=raws, total=rt)]


reg("cn_numerals_total_and_parts_sentences", "totals", g_cn_big)


def g_livestock(R, bad):
    R.mode = "a"
    kinds = R.sample([("生猪", "头"), ("牛", "头"), ("羊", "只")], 1)[0]
    stock = R.randint(2000, 90000)
    sold = R.randint(1000, 120000)
    farms = R.sample(["规模养殖场", "养殖专业户", "散养户"], 3)
    parts = split_parts(R, sold, 3)
    nt = sold
    note = "出栏分项之和等于出栏总数（存栏数为独立量）"
    if bad:
        i = ri(R, 3)
        old = parts[i]
        parts[i] = bump(R, old, 1, 0.2)
        note = f"出栏分项第{i + 1}项由{old}改为{parts[i]}，和不等于{sold}"
    nm, u = kinds
    line = (f"年末{nm}存栏{stock}{u}，全年出栏{nt}{u}，其中" +
            "、".join(f"{f}{p}{u}" for f, p in zip(farms, parts)) + "。")
    return [line], note, [chk("sum", not bad, parts=[str(p) for p in parts], total=str(nt))]


reg("livestock_stock_and_sold", "totals", g_livestock)


# ---------------------------------------------------------------------------
# TOTALS: negative generators (look-alikes, no checkable relation)
# ---------------------------------------------------------------------------
def n_overlap(R):
    total = R.randint(60, 900)
    a, b, c = R.randint(total // 3, total * 4 // 5), R.randint(total // 3, total * 4 // 5), R.randint(5, total // 3)
    who = R.choice(["参训学员", "新录用护林员", "网格员", "村医"])
    line = f"全年共培训{who}{total}人，其中党员{a}人、女性{b}人、35岁以下{c}人。"
    return [line], "其中党员/女性/35岁以下为交叉维度，不构成可加的划分，不应检查其和", [
        chk("trap", kind="overlapping_subsets", numbers=[str(total), str(a), str(b), str(c)])]


def n_zhuyao(R):
    d = R.choice([x for x in TDOM if x[5] == 0])
    total = R.randint(40, 900)
    names = R.sample(d[2], 2)
    a, b = R.randint(3, total // 3), R.randint(3, total // 3)
    line = f"{d[0]}{total}{d[1]}，主要有{names[0]}{a}{d[1]}、{names[1]}{b}{d[1]}。"
    return [line], "“主要有”仅列部分，和小于总数属正常", [chk("trap", kind="selection_zhuyao", numbers=[str(total), str(a), str(b)])]


def n_deng(R):
    d = R.choice([x for x in TDOM if x[5] == 0])
    total = R.randint(60, 900)
    names = R.sample(d[2], 3)
    vs = [R.randint(3, total // 4) for _ in names]
    line = f"{d[0]}{total}{d[1]}，包括" + "、".join(f"{n}{v}{d[1]}" for n, v in zip(names, vs)) + "等。"
    return [line], "列举以“等”结尾，为不完全列举", [chk("trap", kind="partial_list_deng", numbers=[str(total)] + [str(v) for v in vs])]


def n_approx(R):
    parts = [R.randint(100, 900) for _ in range(3)]
    s = sum(parts)
    w = R.choice(["约", "近", "超过", "余"])
    if w == "约":
        tot = f"约{round(s, -2)}"
    elif w == "近":
        tot = f"近{((s // 100) + 1) * 100}"
    elif w == "超过":
        tot = f"超过{((s - 1) // 100) * 100}"
    else:
        tot = f"{(s // 100) * 100}余"
    line = (f"全年接待群众来访{tot}人次，其中集体访{parts[0]}人次、个人访{parts[1]}人次、"
            f"网上预约{parts[2]}人次。") if w != "余" else (
        f"全年接待群众来访{tot}人次，其中集体访{parts[0]}人次、个人访{parts[1]}人次、网上预约{parts[2]}人次。")
    return [line], f"总数为约数（{tot}），不作精确加总检查", [chk("trap", kind="approx_total", numbers=[str(p) for p in parts])]


def n_models(R):
    a, b = R.randint(2, 30), R.randint(2, 30)
    line = (f"新购置T{R.choice([20, 30, 40, 50])}型植保无人机{a}架、4LZ-{R.choice([5, 6, 8])}.0型联合收割机{b}台，"
            f"补贴资金由县财政于{R.randint(3, 11)}月{R.randint(1, 28)}日前拨付到位。")
    return [line], "型号中的数字不是数量，不存在合计关系", [chk("trap", kind="model_numbers", numbers=[str(a), str(b)])]


def n_dates_phone(R):
    m = R.randint(1, 12)
    line = (f"{R.randint(2021, 2024)}年{m}月{R.randint(1, 28)}日至{R.randint(1, 28)}日，开通“12345”和0{R.choice(['731', '596'])}-"
            f"{R.randint(2000000, 8999999)}两条咨询热线，受理群众咨询{R.randint(20, 400)}件。")
    return [line], "日期、热线号码与咨询件数不构成任何算术关系", [chk("trap", kind="dates_phone", numbers=[])]


def n_one_plus_x(R):
    a = R.randint(50, 900)
    line = (f"学校深入推进“1+X”证书制度试点，推行“{R.choice(['7+X', '5+2', '3+2', '1+N'])}”教学模式，"
            f"全年{a}名学生取得职业技能等级证书。")
    return [line], "“1+X”“7+X”等是制度/模式名称，不是加法", [chk("trap", kind="plus_names", numbers=[str(a)])]


def n_rank(R):
    r1 = R.randint(1, 10)
    line = (f"在全市乡村振兴实绩考核中位列第{r1}名，{R.choice(['连续', '第'])}{R.randint(2, 5)}年获评先进单位，"
            f"{R.randint(2, 9)}个村入选市级示范村。")
    return [line], "名次、年数、村数彼此无合计关系", [chk("trap", kind="ranks", numbers=[str(r1)])]


def n_cumulative_quarters(R):
    q = sorted(R.sample(range(100, 5000), 4))
    line = (f"一季度完成投资{q[0]}万元，上半年累计{q[1]}万元，前三季度累计{q[2]}万元，全年累计完成{q[3]}万元。")
    return [line], "各期为累计数，不应把一季度、上半年、前三季度相加", [chk("trap", kind="cumulative_periods", numbers=[str(x) for x in q])]


def n_nested_qizhong(R):
    total = R.randint(200, 3000)
    a = R.randint(total // 3, total * 2 // 3)
    b = R.randint(a // 5, a // 2)
    c = R.randint(total // 10, total // 3)
    line = f"全县共有脱贫人口{total}人，其中有劳动能力的{a}人，其中已实现稳定就业的{b}人；监测对象{c}人已全部落实帮扶措施。"
    return [line], "嵌套“其中”为逐级子集，监测对象为另一口径，不构成加总", [chk("trap", kind="nested_subsets", numbers=[str(total), str(a), str(b)])]


def n_households_persons(R):
    h = R.randint(10, 400)
    p = h * R.randint(2, 4) + R.randint(0, h)
    line = f"全年易地搬迁后续帮扶覆盖{h}户{p}人，帮助{R.randint(5, h)}户实现就近就业。"
    return [line], "户数与人数为不同计量，不能相加或比较", [chk("trap", kind="units_differ", numbers=[str(h), str(p)])]


def n_budget_stages(R):
    a = R.randint(1000, 90000)
    b = a + R.randint(-a // 5, a // 5)
    c = R.randint(b // 2, b)
    line = f"年初预算{a}万元，调整后预算{b}万元，执行数{c}万元。"
    return [line], "预算、调整预算、执行数是不同口径，没有加减关系（未给执行率）", [chk("trap", kind="budget_stages", numbers=[str(a), str(b), str(c)])]


def n_doc_numbers(R):
    y = R.randint(2020, 2024)
    line = (f"根据《关于做好{y}年度农村公路养护工作的通知》（{R.place()}交〔{y}〕{R.randint(3, 99)}号）要求，"
            f"全县落实养护里程{R.randint(200, 3000)}公里，执行GB 5768.{R.randint(2, 6)}-2017标准。")
    return [line], "文号、标准号、年份中的数字不是统计量", [chk("trap", kind="doc_numbers", numbers=[])]


def n_series(R):
    ys = [R.randint(2019, 2020) + i for i in range(3)]
    vs = [R.randint(300, 900) for _ in ys]
    line = f"{ys[0]}年、{ys[1]}年、{ys[2]}年分别新建农村户厕{vs[0]}户、{vs[1]}户和{vs[2]}户，改厕工作持续推进。"
    return [line], "多年序列无总数，不构成加总关系", [chk("trap", kind="time_series", numbers=[str(v) for v in vs])]


def n_cumul_vs_year(R):
    cum = R.randint(500, 9000)
    yr = R.randint(50, cum // 3)
    line = f"全县累计建成高标准农田{cum}亩，其中今年新建{yr}亩，新增灌溉面积{R.randint(100, 900)}亩。"
    return [line], "累计数与当年新建数为包含关系，其中只列一项，无加总检查", [chk("trap", kind="cumulative_and_annual", numbers=[str(cum), str(yr)])]


def n_single_qizhong(R):
    d = R.choice([x for x in TDOM if x[5] == 0])
    total = R.randint(50, 900)
    a = R.randint(5, total // 2)
    nm = R.choice(d[2])
    line = f"{d[0]}{total}{d[1]}，其中{nm}{a}{d[1]}，同比有所增长。"
    return [line], "其中只列一个子项，不构成完整划分", [chk("trap", kind="single_subset", numbers=[str(total), str(a)])]


def n_ages_ranges(R):
    line = (f"为{R.randint(60, 99)}周岁以上老年人发放高龄津贴，其中80-89周岁每人每月{R.choice([50, 80, 100])}元，"
            f"90-99周岁每人每月{R.choice([150, 200])}元，100周岁以上每人每月{R.choice([300, 500])}元。")
    return [line], "年龄区间和补贴标准不是可加总的部分", [chk("trap", kind="ranges_and_rates", numbers=[])]


NEG_T = [("neg_overlapping_subsets", n_overlap), ("neg_selection_zhuyao", n_zhuyao), ("neg_partial_list_deng", n_deng),
         ("neg_approximate_total", n_approx), ("neg_model_numbers", n_models), ("neg_dates_hotline", n_dates_phone),
         ("neg_one_plus_x_names", n_one_plus_x), ("neg_ranks_years", n_rank),
         ("neg_cumulative_periods", n_cumulative_quarters), ("neg_nested_qizhong", n_nested_qizhong),
         ("neg_households_vs_persons", n_households_persons), ("neg_budget_stages", n_budget_stages),
         ("neg_document_numbers", n_doc_numbers), ("neg_time_series_no_total", n_series),
         ("neg_cumulative_vs_annual", n_cumul_vs_year), ("neg_single_subset", n_single_qizhong),
         ("neg_age_ranges_allowance", n_ages_ranges)]
for _n, _f in NEG_T:
    reg(_n, "totals", _f, skind="neg")


# ---------------------------------------------------------------------------
# PCT helpers
# ---------------------------------------------------------------------------
def pct_true(num, den):
    return D(num) * 100 / D(den)


def wrong_pct(R, true, dec, allow_over=False):
    """a stated value clearly wrong: differs from rounding and truncation by > 0.5 pct points"""
    for _ in range(200):
        step = D(R.randint(6, 60)) / 10 if dec else D(R.randint(2, 8))
        w = rnd(true + R.choice([-1, 1]) * step, dec)
        if w <= 0:
            continue
        if w > 100 and not allow_over and true <= 100:
            continue
        if abs(w - true) > D("0.5") and w != rnd(true, dec) and w != trunc(true, dec):
            return w
    raise ValueError("wrong_pct")


def pstr(v, dec, sign="%"):
    return f"{D(v):.{dec}f}{sign}"


def _rate_nums(R, lo=20, hi=3000, hi_rate=True):
    den = R.randint(lo, hi)
    if hi_rate:
        num = R.randint(max(1, int(den * 0.7)), den)
    else:
        num = R.randint(1, den)
    return num, den


RATE_DOM = [("受理群众诉求", "件", "办结", "办结率"), ("网格事件", "件", "办结", "办结率"),
            ("应参保人数", "人", "已参保", "参保率"), ("排查隐患", "处", "整改到位", "整改率"),
            ("审计发现问题", "个", "已整改", "整改率"), ("回访群众", "人", "表示满意", "满意率"),
            ("适龄儿童", "人", "入学", "入学率"), ("应发放补贴农户", "户", "已发放", "发放率"),
            ("农村危房改造任务", "户", "竣工", "竣工率"), ("建档立卡脱贫户", "户", "落实帮扶措施", "覆盖率"),
            ("信访件", "件", "按期办结", "按期办结率"), ("检察建议", "件", "被采纳", "采纳率"),
            ("民事一审案件", "件", "调解撤诉", "调撤率"), ("出院患者", "人", "随访", "随访率"),
            ("农业保险投保面积", "亩", "已理赔", "理赔覆盖率"), ("农民工工资投诉", "件", "结案", "结案率")]


def g_rate(R, bad, dec=None, sign="%", order="num_first", mode="a", verb=None):
    R.mode = mode
    dom_ = R.choice(RATE_DOM)
    num, den = _rate_nums(R)
    dec = R.choice([0, 1, 2]) if dec is None else dec
    t = pct_true(num, den)
    p = rnd(t, dec)
    note = f"{num}/{den}={t:.4f}%，按{dec}位小数四舍五入为{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"{num}/{den}={t:.4f}%，文中{p}%明显不符"
    ps = pstr(p, dec, sign) if sign != "cn" else "百分之" + to_cn_dec(p)
    rn, rd = R.f(num), R.f(den)
    v = verb or R.choice(["", "达", "为", "达到"])
    what, u, done, rate = dom_
    if order == "num_first":
        line = f"全年{what}{rd}{u}，{done}{rn}{u}，{rate}{v}{ps}。"
    elif order == "rate_first":
        line = f"{rate}{v}{ps}，{what}{rd}{u}中{done}{rn}{u}。"
    elif order == "paren":
        line = f"{rate}{ps}（{done}{rn}{u}/{what}{rd}{u}）。"
    else:  # sentences split
        line = f"{what}共计{rd}{u}。截至年底，{done}{rn}{u}，{rate}{v}{ps}。"
    return [line], note, [chk("rate", not bad, num=rn, den=rd, pct=ps)]


reg("rate_basic_two_decimals", "pct", g_rate, dec=2)
reg("rate_basic_one_decimal", "pct", g_rate, dec=1)
reg("rate_basic_integer", "pct", g_rate, dec=0)
reg("rate_fullwidth_percent_sign", "pct", g_rate, sign="％")
reg("rate_fullwidth_digits", "pct", g_rate, mode="fw", sign="％")
reg("rate_stated_first", "pct", g_rate, order="rate_first")
reg("rate_paren_fraction", "pct", g_rate, order="paren")
reg("rate_split_sentences", "pct", g_rate, order="split")
reg("rate_thousands_separator", "pct", g_rate, mode="c")
reg("rate_chinese_baifenzhi", "pct", g_rate, sign="cn", dec=1)
reg("rate_cn_numeral_counts", "pct", g_rate, mode="cn")


def g_rate_big(R, bad):
    """large counts in 万 units"""
    R.mode = "a"
    den = D(R.randint(2000, 90000)) / 100  # 万
    num = D(R.randint(int(den * 60), int(den * 100))) / 100
    dec = R.choice([1, 2])
    t = pct_true(num, den)
    p = rnd(t, dec)
    note = f"{num}/{den}={t:.4f}%，四舍五入{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"{num}万/{den}万={t:.4f}%，文中{p}%不符"
    rn, rd = f"{num}万", f"{den}万"
    line = f"城乡居民基本医疗保险应参保{rd}人，实际参保{rn}人，参保率{pstr(p, dec)}。"
    return [line], note, [chk("rate", not bad, num=rn, den=rd, pct=pstr(p, dec))]


reg("rate_wan_magnitudes", "pct", g_rate_big)


def g_rate_complement(R, bad, word="合格率"):
    R.mode = "a"
    den = R.randint(100, 3000)
    badn = R.randint(1, max(2, den // 15))
    dec = R.choice([1, 2])
    thing, u = R.choice([("食用农产品", "批次"), ("农资产品", "批次"), ("饮用水水样", "份"), ("农产品农药残留", "个样品"),
                         ("种子样品", "份"), ("畜禽产品", "批次")])
    if word == "合格率":
        t = pct_true(den - badn, den)
    else:
        t = pct_true(badn, den)
    p = rnd(t, dec)
    note = f"{word}按({'抽检-不合格' if word == '合格率' else '不合格'})/抽检计算，{t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"{word}应为{t:.4f}%，文中{p}%不符"
    ps = pstr(p, dec)
    line = f"全年抽检{thing}{den}{u}，检出不合格{badn}{u}，{word}{ps}，不合格产品均已依法处置。"
    rel = "rate_complement" if word == "合格率" else "rate"
    c = chk(rel, not bad, bad=str(badn), den=str(den), pct=ps) if rel == "rate_complement" else \
        chk("rate", not bad, num=str(badn), den=str(den), pct=ps)
    return [line], note, [c]


reg("pass_rate_from_failures", "pct", g_rate_complement)
reg("failure_rate_direct", "pct", g_rate_complement, word="不合格率")


def g_completion(R, bad, kind="plain"):
    R.mode = "a"
    dec = R.choice([1, 2])
    thing, u = R.choice([("高标准农田建设", "万亩"), ("粮食播种面积", "万亩"), ("社会消费品零售总额", "亿元"),
                         ("固定资产投资", "亿元"), ("农村劳动力转移就业", "万人"), ("造林绿化", "万亩"),
                         ("税收收入", "亿元"), ("农产品网络零售额", "亿元")])
    tgt = D(R.randint(100, 3000)) / 100
    done = (tgt * D(R.randint(70, 135)) / 100).quantize(D("0.01"))
    if done <= 0:
        done = D("0.5")
    t = pct_true(done, tgt)
    p = rnd(t, dec)
    note = f"完成率=完成/目标={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec, allow_over=True)
        note = f"完成率应为{t:.4f}%，文中{p}%"
    ps = pstr(p, dec)
    extra = "，超额完成年度目标" if done > tgt else ("，完成年度目标" if done == tgt else "")
    if kind == "plain":
        line = f"{thing}年度目标{tgt}{u}，实际完成{done}{u}，完成率{ps}{extra}。"
    elif kind == "table":
        lines = ["指标｜单位｜年度目标｜完成｜完成率", f"{thing}｜{u}｜{tgt}｜{done}｜{ps}"]
        return lines, note, [chk("rate", not bad, num=str(done), den=str(tgt), pct=ps)]
    else:
        line = f"{thing}完成{done}{u}，为年度目标{tgt}{u}的{ps}。"
    return [line], note, [chk("rate", not bad, num=str(done), den=str(tgt), pct=ps)]


reg("completion_rate_target_vs_done", "pct", g_completion)
reg("completion_rate_single_row_table", "pct", g_completion, kind="table")
reg("completion_as_share_of_target", "pct", g_completion, kind="de")


def g_rate_table(R, bad):
    R.mode = "a"
    towns = R.sample(TOWNS, R.randint(3, 4))
    item = R.choice(["农村户厕改造", "危房改造", "农房风貌提升", "光伏入户", "自来水入户"])
    rows = []
    for t in towns:
        plan = R.randint(20, 600)
        done = R.randint(plan * 3 // 5, plan)
        dec = 1
        rows.append([t, plan, done, rnd(pct_true(done, plan), dec)])
    oks = [True] * len(rows)
    note = "每行完成率=完成/计划"
    if bad:
        i = ri(R, len(rows))
        rows[i][3] = wrong_pct(R, pct_true(rows[i][2], rows[i][1]), 1)
        oks[i] = False
        note = f"第{i + 1}行完成率错误，其余行正确"
    lines = [f"{item}分乡镇进度（单位：户）", "乡镇｜计划｜完成｜完成率"]
    checks = []
    for (t, plan, done, p), ok in zip(rows, oks):
        lines.append(f"{t}｜{plan}｜{done}｜{p}%")
        checks.append(chk("rate", ok, num=str(done), den=str(plan), pct=f"{p}%"))
    return lines, note, checks


reg("rate_table_by_town", "pct", g_rate_table)


def g_shares(R, bad, kind="fenbie"):
    R.mode = "a"
    d = R.choice([x for x in TDOM if x[5] == 0])
    k = R.randint(2, 3)
    names = R.sample(d[2], k)
    total = R.randint(100, 5000)
    parts = split_parts(R, total, k + 1)[:k]
    dec = R.choice([1, 2])
    ps = [rnd(pct_true(p, total), dec) for p in parts]
    oks = [True] * k
    note = "各分项占比=分项/总数，均与四舍五入值相符"
    if bad:
        i = ri(R, k)
        ps[i] = wrong_pct(R, pct_true(parts[i], total), dec)
        oks[i] = False
        note = f"第{i + 1}项占比错误，其余正确"
    u = d[1]
    pss = [pstr(p, dec) for p in ps]
    if kind == "fenbie":
        line = (f"{d[0]}{total}{u}，其中" + "、".join(f"{n}{p}{u}" for n, p in zip(names, parts)) +
                f"，分别占{'、'.join(pss)}。")
    else:
        line = f"{d[0]}{total}{u}。" + "；".join(f"{n}{p}{u}，占{s}" for n, p, s in zip(names, parts, pss)) + "。"
    checks = [chk("rate", ok, num=str(p), den=str(total), pct=s) for p, s, ok in zip(parts, pss, oks)]
    return [line], note, checks


reg("shares_fenbie_zhan", "pct", g_shares)
reg("shares_each_zhan_inline", "pct", g_shares, kind="inline")


def g_share_of_region(R, bad):
    R.mode = "a"
    dec = R.choice([1, 2])
    whole = R.randint(1000, 90000)
    part = R.randint(whole // 20, whole // 2)
    t = pct_true(part, whole)
    p = rnd(t, dec)
    note = f"{part}/{whole}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    thing, u = R.choice([("土地流转面积", "亩"), ("农产品交易额", "万元"), ("新增就业", "人"), ("生猪出栏", "头")])
    pl = R.choice(TOWNS)
    line = f"{pl}{thing}{part}{u}，占全县{whole}{u}的{pstr(p, dec)}，居各乡镇首位。"
    return [line], note, [chk("rate", not bad, num=str(part), den=str(whole), pct=pstr(p, dec))]


reg("share_of_county_total", "pct", g_share_of_region)


def g_share_sum(R, bad):
    R.mode = "a"
    names = R.sample(["种植业", "养殖业", "农产品加工", "乡村旅游", "电商销售", "劳务输出"], 3)
    dec = R.choice([0, 1])
    if bad:
        s = D(R.randint(1040, 1300)) / 10
    else:
        s = D(R.randint(600, 990)) / 10
    a = rnd(s * D(R.randint(30, 50)) / 100, dec)
    b = rnd(s * D(R.randint(20, 35)) / 100, dec)
    c = rnd(s - a - b, dec)
    if c <= 0:
        c = D(1)
    tot = a + b + c
    if not bad and tot > 100:
        c = rnd(c - (tot - 100) - 1, dec)
    tot = a + b + c
    ps = [pstr(a, dec), pstr(b, dec), pstr(c, dec)]
    note = (f"同一总收入中各来源占比之和为{tot}%，{'超过100%，不可能' if tot > 100 else '不超过100%，其余为其他来源'}")
    line = (f"全村农户经营性收入中，{names[0]}收入占{ps[0]}，{names[1]}收入占{ps[1]}，{names[2]}收入占{ps[2]}，"
            f"{'其余为其他收入' if not bad else '收入结构进一步优化'}。")
    return [line], note, [chk("share_sum", not bad, pcts=ps)]


reg("share_sum_cannot_exceed_100", "pct", g_share_sum)


def g_growth(R, bad, kind="inc"):
    R.mode = R.choice(["a", "a", "c"])
    a = R.randint(50, 90000)
    up = kind in ("inc", "yoy", "cross_line") or (kind == "any" and R.chance(0.5))
    if kind == "dec":
        up = False
    r = D(R.randint(5, 600 if up else 500)) / 10  # 0.5% .. 60%
    b = int(rnd(D(a) * (1 + r / 100 if up else 1 - r / 100), 0))
    if b == a:
        b += 1 if up else -1
    dec = R.choice([1, 2])
    t = pct_true(abs(b - a), a)
    p = rnd(t, dec)
    note = f"|{b}-{a}|/{a}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec, allow_over=True)
        note = f"变化率应为{t:.4f}%，文中{p}%"
    ps = pstr(p, dec)
    ra, rb = R.f(a), R.f(b)
    thing, u = R.choice([("农村居民人均可支配收入", "元"), ("粮食总产量", "吨"), ("农产品网络零售额", "万元"),
                         ("乡村旅游接待", "人次"), ("村集体经济收入", "万元"), ("水产品产量", "吨"),
                         ("门诊人次", "人次"), ("农机总动力", "千瓦")])
    dw = "增长" if up else "下降"
    if kind in ("inc", "dec", "any"):
        line = f"{thing}由{ra}{u}{'增至' if up else '降至'}{rb}{u}，{dw}{ps}。"
    elif kind == "yoy":
        line = f"全年{thing}{rb}{u}，上年同期为{ra}{u}，同比{dw}{ps}。"
    else:
        return [f"{R.randint(2020, 2023)}年，{thing}为{ra}{u}。",
                f"今年以来多措并举，全年{thing}达到{rb}{u}，比上年{dw}{ps}。"], note, [
            chk("growth", not bad, frm=ra, to=rb, pct=ps, dir="up" if up else "down")]
    return [line], note, [chk("growth", not bad, frm=ra, to=rb, pct=ps, dir="up" if up else "down")]


reg("growth_from_to_increase", "pct", g_growth)
reg("growth_from_to_decrease", "pct", g_growth, kind="dec")
reg("growth_yoy_with_last_year", "pct", g_growth, kind="yoy")
reg("growth_base_in_previous_line", "pct", g_growth, kind="cross_line")


def g_growth_delta(R, bad):
    R.mode = "a"
    base = R.randint(2000, 90000)
    up = R.chance(0.6)
    delta = R.randint(base // 100 + 1, base // 5)
    now = base + delta if up else base - delta
    dec = R.choice([1, 2])
    t = pct_true(delta, base)
    p = rnd(t, dec)
    note = f"增减率=增减量/(本期{'-' if up else '+'}增减量)={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    crop = R.choice(["粮食", "油料", "蔬菜", "水果", "茶叶"])
    ps = pstr(p, dec)
    line = f"全年{crop}总产量{now}吨，比上年{'增产' if up else '减产'}{delta}吨，{'增长' if up else '下降'}{ps}。"
    return [line], note, [chk("growth_delta", not bad, now=str(now), delta=str(delta), pct=ps, dir="up" if up else "down")]


reg("growth_from_now_and_delta", "pct", g_growth_delta)


def g_pp(R, bad, kind="up"):
    R.mode = "a"
    dec = 1
    p1 = D(R.randint(500, 980)) / 10
    d = D(R.randint(3, 60)) / 10
    up = kind == "up"
    p2 = p1 + d if up else p1 - d
    if p2 > 100:
        p2, p1 = p1, p1 - d
    nd = d
    note = f"两个比率之差{d}个百分点"
    if bad:
        nd = d + R.choice([-1, 1]) * D(R.randint(5, 20)) / 10
        if nd <= 0:
            nd = d + D("1.2")
        note = f"{p2}-{p1}={'%s' % abs(p2 - p1)}，文中{nd}个百分点"
    rate = R.choice(["森林覆盖率", "农村自来水普及率", "生活垃圾分类覆盖率", "耕地灌溉率", "农作物耕种收综合机械化率",
                     "农村卫生厕所普及率"])
    if up:
        line = f"{rate}由{p1}%提高到{p2}%，提高{nd}个百分点。"
    else:
        rate, lo, hi = R.choice([("学生近视率", 400, 700), ("不良贷款率", 15, 60), ("监测户返贫致贫风险发生率", 10, 50),
                                 ("农药使用量占比", 200, 400), ("初中生辍学率", 5, 30)])
        p1 = D(R.randint(lo, hi)) / 10
        d = D(R.randint(1, max(2, int(p1 * 10) // 3))) / 10
        p2 = p1 - d
        nd = d
        note = f"两个比率之差{d}个百分点"
        if bad:
            nd = d + D(R.randint(3, 12)) / 10
            note = f"{p1}-{p2}={d}，文中{nd}个百分点"
        line = f"{rate}由{p1}%下降至{p2}%，下降{nd}个百分点。"
    return [line], note, [chk("pp", not bad, p1=f"{p1}%", p2=f"{p2}%", d=str(nd), dir="up" if up else "down")]


reg("percentage_points_increase", "pct", g_pp)
reg("percentage_points_decrease", "pct", g_pp, kind="down")


def g_two_rates(R, bad):
    R.mode = "a"
    den = R.randint(50, 2000)
    done = R.randint(den * 4 // 5, den)
    sat = R.randint(done * 4 // 5, done)
    dec = R.choice([1, 2])
    t1, t2 = pct_true(done, den), pct_true(sat, done)
    p1, p2 = rnd(t1, dec), rnd(t2, dec)
    ok = [True, True]
    note = f"办结率={done}/{den}，满意率={sat}/{done}"
    if bad:
        if R.chance(0.5):
            p1 = wrong_pct(R, t1, dec)
            ok[0] = False
            note += f"；办结率应为{t1:.4f}%，文中{p1}%"
        else:
            p2 = wrong_pct(R, t2, dec)
            ok[1] = False
            note += f"；满意率应为{t2:.4f}%，文中{p2}%"
    line = (f"12345热线共受理工单{den}件，办结{done}件，回访满意{sat}件，办结率、满意率分别为"
            f"{pstr(p1, dec)}、{pstr(p2, dec)}。")
    return [line], note, [chk("rate", ok[0], num=str(done), den=str(den), pct=pstr(p1, dec)),
                          chk("rate", ok[1], num=str(sat), den=str(done), pct=pstr(p2, dec))]


reg("two_rates_fenbie", "pct", g_two_rates)


def g_survival(R, bad):
    R.mode = "a"
    planted = R.randint(2000, 90000)
    alive = R.randint(planted * 80 // 100, planted)
    dec = 1
    t = pct_true(alive, planted)
    p = rnd(t, dec)
    note = f"成活率={alive}/{planted}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"成活率应为{t:.4f}%，文中{p}%"
    tree = R.choice(["油茶苗", "杉木苗", "马尾松", "楠木", "枫香", "核桃苗"])
    line = f"春季栽植{tree}{planted}株，经秋季核查成活{alive}株，成活率{p}%。"
    return [line], note, [chk("rate", not bad, num=str(alive), den=str(planted), pct=f"{p}%")]


reg("forestry_survival_rate", "pct", g_survival)


def g_coverage(R, bad):
    R.mode = "a"
    n = R.randint(30, 400)
    m = R.randint(n * 3 // 5, n)
    dec = R.choice([0, 1, 2])
    t = pct_true(m, n)
    p = rnd(t, dec)
    note = f"{m}/{n}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    what = R.choice(["通硬化路", "通客车", "建成村级电商服务站", "实现集中供水", "配备护林员", "建成农家书屋"])
    line = f"全县{n}个行政村中已有{m}个村{what}，覆盖率{pstr(p, dec)}。"
    return [line], note, [chk("rate", not bad, num=str(m), den=str(n), pct=pstr(p, dec))]


reg("village_coverage_rate", "pct", g_coverage)


def g_budget_exec(R, bad):
    R.mode = R.choice(["a", "c"])
    bud = D(R.randint(10000, 900000)) / 100
    exe = (bud * D(R.randint(55, 100)) / 100).quantize(D("0.01"))
    dec = 2
    t = pct_true(exe, bud)
    p = rnd(t, dec)
    note = f"执行率={exe}/{bud}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"执行率应为{t:.4f}%，文中{p}%"
    rb, re_ = R.f(bud, 2), R.f(exe, 2)
    line = f"{R.choice(['本级', '部门', '项目'])}预算安排{rb}万元，实际支出{re_}万元，预算执行率{p}%。"
    return [line], note, [chk("rate", not bad, num=re_, den=rb, pct=f"{p}%")]


reg("budget_execution_rate", "pct", g_budget_exec)


def g_threshold(R, bad):
    R.mode = "a"
    den = R.randint(200, 3000)
    num = R.randint(den * 85 // 100, den)
    t = pct_true(num, den)
    word = R.choice(["超过", "达到", "以上"])
    if not bad:
        thr = D(int(t) - R.randint(1, 5))
        if thr >= t:
            thr -= 1
        note = f"{num}/{den}={t:.4f}%，确实{word}{thr}%"
    else:
        thr = D(int(t) + R.randint(1, 4))
        note = f"{num}/{den}={t:.4f}%，并未{word}{thr}%"
    done, rate = R.choice([("按期办结", "按期办结率"), ("群众评价满意", "群众满意率"), ("办理完毕", "办结率"),
                           ("回访满意", "回访满意率")])
    if word == "以上":
        phr = f"{rate}在{thr}%以上"
    else:
        phr = f"{rate}{word}{thr}%"
    line = f"全年受理群众诉求{den}件，{done}{num}件，{phr}。"
    return [line], note, [chk("ge", not bad, num=str(num), den=str(den), pct=f"{thr}%",
                              op=">" if word in ("超过", "以上") else ">=")]


reg("threshold_claim_over", "pct", g_threshold)


def g_rate_restated(R, bad):
    R.mode = "a"
    d = R.choice(RATE_DOM)
    den = R.randint(40, 2000)
    num = R.randint(den * 3 // 4, den)
    dec = R.choice([1, 2])
    t = pct_true(num, den)
    p = rnd(t, dec)
    note = f"小结中的{d[3]}与正文数字相符：{t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"小结中的{d[3]}{p}%与正文{num}/{den}={t:.4f}%不符"
    lines = [f"（三）{d[3]}情况", f"全年{d[0]}{den}{d[1]}，{d[2]}{num}{d[1]}，其余正在办理中。",
             f"总的来看，{d[3]}达到{p}%，较好完成了年度目标。"]
    return lines, note, [chk("rate", not bad, num=str(num), den=str(den), pct=f"{p}%")]


reg("rate_restated_in_summary", "pct", g_rate_restated)


def g_part_rates(R, bad):
    R.mode = "a"
    ts = R.sample(TOWNS, 2)
    rows = []
    for t in ts:
        n = R.randint(20, 500)
        m = R.randint(n * 2 // 3, n)
        rows.append([t, n, m, rnd(pct_true(m, n), 1)])
    oks = [True, True]
    note = "两个乡镇各自的改造完成率均与其数字相符"
    if bad:
        i = ri(R, 2)
        rows[i][3] = wrong_pct(R, pct_true(rows[i][2], rows[i][1]), 1)
        oks[i] = False
        note = f"{rows[i][0]}完成率错误，另一乡镇正确"
    line = "；".join(f"{t}{n}户任务中已完成{m}户，完成率{p}%" for t, n, m, p in rows) + "。"
    return [line], note, [chk("rate", ok, num=str(m), den=str(n), pct=f"{p}%") for (t, n, m, p), ok in zip(rows, oks)]


reg("town_by_town_rates_semicolon", "pct", g_part_rates)


def g_employ(R, bad):
    R.mode = "a"
    tot = R.randint(500, 30000)
    out = R.randint(tot // 5, tot * 4 // 5)
    dec = R.choice([1, 2])
    t = pct_true(out, tot)
    p = rnd(t, dec)
    note = f"省外就业占比={out}/{tot}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"全县脱贫劳动力务工{tot}人（其中省外务工{out}人，占{p}%），务工规模保持稳定。"
    return [line], note, [chk("rate", not bad, num=str(out), den=str(tot), pct=f"{p}%")]


reg("bracket_qizhong_with_share", "pct", g_employ)


def g_quarter_rate(R, bad):
    R.mode = "a"
    tgt = R.randint(400, 9000)
    qs = [R.randint(tgt // 8, tgt // 3) for _ in range(4)]
    done = sum(qs)
    t = pct_true(done, tgt)
    p = rnd(t, 1)
    note = f"全年完成数为四季度之和{done}，完成率={done}/{tgt}={t:.4f}%→{p}%"
    ok_sum = True
    if bad:
        p = wrong_pct(R, t, 1, allow_over=True)
        note = f"四季度之和{done}正确，完成率应为{t:.4f}%，文中{p}%"
    th, u = R.choice([("农村劳动力转移就业", "人"), ("职业技能培训", "人次"), ("新增市场主体", "户")])
    line1 = f"{th}全年目标{tgt}{u}，"
    line1 += f"一至四季度分别完成{qs[0]}{u}、{qs[1]}{u}、{qs[2]}{u}、{qs[3]}{u}，全年完成{done}{u}，完成率{p}%。"
    return [line1], note, [chk("sum", ok_sum, parts=[str(q) for q in qs], total=str(done)),
                           chk("rate", not bad, num=str(done), den=str(tgt), pct=f"{p}%")]


reg("quarters_then_completion_rate", "pct", g_quarter_rate)


def g_unemp(R, bad):
    R.mode = "a"
    app = R.randint(100, 5000)
    ok_n = R.randint(app * 85 // 100, app)
    dec = 2
    t = pct_true(ok_n, app)
    p = rnd(t, dec)
    note = f"审核通过率={ok_n}/{app}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    line = (f"全年受理失业保险金申领{app}人，审核通过{ok_n}人，通过率{p}%，"
            f"发放失业保险金{R.randint(100, 3000)}万元。")
    return [line], note, [chk("rate", not bad, num=str(ok_n), den=str(app), pct=f"{p}%")]


reg("unemployment_claims_rate", "pct", g_unemp)


def g_rate_mu(R, bad):
    R.mode = "a"
    tot = R.randint(5000, 200000)
    ins = R.randint(tot // 2, tot)
    t = pct_true(ins, tot)
    dec = 1
    p = rnd(t, dec)
    note = f"投保覆盖率={ins}/{tot}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"水稻种植保险承保面积{R.f(ins, 0, 'c')}亩，占全县水稻种植面积{R.f(tot, 0, 'c')}亩的{p}%。"
    return [line], note, [chk("rate", not bad, num=fmt(ins, 0, 'c'), den=fmt(tot, 0, 'c'), pct=f"{p}%")]


reg("insurance_area_share_thousands", "pct", g_rate_mu)


# malformed percentages ---------------------------------------------------------
def make_malformed(R, p, dec, kind):
    s = f"{p:.{dec}f}"
    if kind == "xx":
        return "xx%"
    if kind == "space":
        return s + " %"
    if kind == "prefix":
        return "%" + s
    if kind == "double_fw":
        return s + "％％"
    if kind == "double":
        return s + "%%"
    if kind == "mixed":
        return s + "%％"
    if kind == "dots":
        return s.replace(".", "..") if "." in s else s[:-1] + ".." + s[-1] + "%"
    if kind == "ideo_space":
        return s + "\u3000％"
    if kind == "trailing_dot":
        return s.split(".")[0] + ".%"
    if kind == "XX_fw":
        return "XX％"
    if kind == "inner_space":
        return s[:1] + " " + s[1:] + "%"
    raise ValueError(kind)


def g_malformed(R, bad, kind="space"):
    R.mode = "a"
    dom_ = R.choice(RATE_DOM)
    num, den = _rate_nums(R)
    dec = R.choice([1, 2]) if kind not in ("trailing_dot", "dots", "inner_space") else 2
    t = pct_true(num, den)
    p = rnd(t, dec)
    what, u, done, rate = dom_
    if bad:
        ps = make_malformed(R, p, dec, kind)
        note = f"百分数写法不规范（{ps!r}），无论算术是否正确均判为不一致"
        c = chk("malformed_pct", False, raw=ps)
    else:
        ps = pstr(p, dec, R.choice(["%", "％"]))
        note = f"{num}/{den}={t:.4f}%→{p}%，写法规范"
        c = chk("rate", True, num=str(num), den=str(den), pct=ps)
    line = f"{what}{den}{u}，{done}{num}{u}，{rate}{R.choice(['', '达', '为'])}{ps}。"
    return [line], note, [c]


for _k in ["xx", "space", "prefix", "double_fw", "double", "mixed", "dots", "ideo_space", "trailing_dot", "XX_fw",
           "inner_space"]:
    reg(f"malformed_pct_{_k.lower()}", "pct", g_malformed, kind=_k)


def g_malformed_ctx(R, bad):
    """malformed percentage in a growth statement (no checkable base) inside a longer text"""
    R.mode = "a"
    v = D(R.randint(10, 400)) / 10
    thing = R.choice(["规模以上工业增加值", "农林牧渔业总产值", "社会消费品零售总额", "一般公共预算收入"])
    base = D(R.randint(100, 9000)) / 100
    amt = (base * (1 + v / 100)).quantize(D("0.01"))
    v = rnd((amt - base) * 100 / base, 1)
    if bad:
        ps = make_malformed(R, v, 1, R.choice(["space", "double", "prefix", "mixed"]))
        note = f"增速数值正确但百分数写法不规范（{ps!r}），判为不一致"
        c = [chk("malformed_pct", False, raw=ps)]
    else:
        ps = f"{v}%"
        note = f"({amt}-{base})/{base}→{v}%，写法规范"
        c = [chk("growth", True, frm=str(base), to=str(amt), pct=ps, dir="up")]
    line = f"全年完成{thing}{amt}亿元，上年为{base}亿元，同比增长{ps}，增速位居全市前列。"
    return [line], note, c


reg("malformed_pct_in_growth_sentence", "pct", g_malformed_ctx)


# ---------------------------------------------------------------------------
# PCT negatives
# ---------------------------------------------------------------------------
def pn_growth_over_100(R):
    v = D(R.randint(1010, 4000)) / 10
    amt = R.randint(1000, 90000)
    line = f"固定资产投资累计{amt}万元，同比增长{v}%，主要是{R.randint(2, 6)}个重大项目集中开工。"
    return [line], "增速超过100%是合理的（无上年基数可核）", [chk("trap", kind="growth_over_100", numbers=[f"{v}%"])]


def pn_pp_alone(R):
    p = D(R.randint(800, 999)) / 10
    d = D(R.randint(2, 40)) / 10
    line = f"农作物耕种收综合机械化率达到{p}%，比上年提高{d}个百分点。"
    return [line], "仅给本期比率和百分点变化，上年值未给，不可核", [chk("trap", kind="pp_single", numbers=[f"{p}%"])]


def pn_diff_wholes(R):
    a, b, c = [D(R.randint(900, 999)) / 10 for _ in range(3)]
    line = f"城乡居民医保参保率{a}%，养老保险参保率{b}%，脱贫人口参保率{c}%。"
    return [line], "三个比率分母不同，相加超过100%不构成错误", [chk("trap", kind="different_wholes", numbers=[])]


def pn_multi_select(R):
    ps = [R.randint(30, 80) for _ in range(3)]
    n = R.randint(200, 3000)
    line = (f"本次问卷调查回收有效问卷{n}份（可多选），受访农户中希望加强技术培训的占{ps[0]}%，希望改善道路的占"
            f"{ps[1]}%，希望发展电商的占{ps[2]}%。")
    return [line], "多选题各选项比例之和可以超过100%", [chk("trap", kind="multi_select", numbers=[])]


def pn_permille(R):
    line = (f"全县常住人口出生率{D(R.randint(50, 120)) / 10}‰，死亡率{D(R.randint(50, 90)) / 10}‰，"
            f"常住人口城镇化率{D(R.randint(300, 650)) / 10}%。")
    return [line], "千分率与城镇化率为独立统计数据，无分子分母可核（未给自然增长率）", [chk("trap", kind="permille", numbers=[])]


def pn_ratio(R):
    a = D(R.randint(100, 200)) / 10
    line = f"全县中小学师生比为1:{a}，义务教育巩固率保持在{R.randint(96, 99)}%以上。"
    return [line], "比例1:x与保持在x%以上的目标表述均无可核基数", [chk("trap", kind="ratio_colon", numbers=[])]


def pn_interest(R):
    line = (f"为{R.randint(50, 900)}户新型农业经营主体发放贴息贷款{R.randint(500, 9000)}万元，执行年利率"
            f"{D(R.randint(300, 450)) / 100}%，财政贴息比例{R.choice([30, 40, 50])}%。")
    return [line], "利率、贴息比例不能由文中数字核算", [chk("trap", kind="interest_rates", numbers=[])]


def pn_target_growth(R):
    tg = R.choice([8, 10, 15, 20, 30])
    act = D(R.randint(50, 700)) / 10
    line = f"网络零售额目标增幅{tg}%，已完成{D(R.randint(100, 900)) / 100}亿元，实际增幅{act}%。"
    return [line], "目标增幅与实际增幅无基数可核，两者不同不是错误", [chk("trap", kind="target_vs_actual_growth", numbers=[])]


def pn_over_100_done(R):
    line = f"{R.choice(['18-59岁重点人群', '60岁以上老年人'])}疫苗接种累计完成率超过100%，{R.choice(['全部', '基本'])}实现应接尽接。"
    return [line], "完成率超过100%常见于基数为户籍数而接种含流动人口，无数字可核", [chk("trap", kind="over_100_completion", numbers=[])]


def pn_ranges(R):
    a = R.randint(3, 8)
    line = f"对种粮大户按实际种植面积给予补贴，补贴比例为{a}%-{a + R.randint(2, 7)}%，单户最高不超过{R.randint(2, 9)}万元。"
    return [line], "百分比区间为政策标准，不是统计结果", [chk("trap", kind="pct_range", numbers=[])]


def pn_times(R):
    a = D(R.randint(12, 40)) / 10
    line = f"直播带货销售额是上年的{a}倍，带动{R.randint(100, 900)}户农户增收。"
    return [line], "倍数表述，无基数可核", [chk("trap", kind="times", numbers=[])]


def pn_policy_target(R):
    line = (f"到{R.randint(2025, 2027)}年，农村生活污水治理率达到{R.randint(40, 70)}%以上，"
            f"农村卫生厕所普及率稳定在{R.randint(90, 98)}%以上。")
    return [line], "规划目标不是统计结果，不可核", [chk("trap", kind="policy_targets", numbers=[])]


def pn_100_names(R):
    line = f"深入开展“百分百满意”服务窗口创建活动，全年评选“满意之星”{R.randint(5, 40)}名。"
    return [line], "“百分百满意”为活动名称", [chk("trap", kind="name_with_percent_word", numbers=[])]


def pn_shares_different_bases(R):
    a = R.randint(40, 80)
    b = R.randint(40, 80)
    line = (f"全县家庭农场中从事粮食生产的占{a}%，农民专业合作社中开展农产品加工的占{b}%，"
            f"两类主体带动农户{R.randint(1000, 9000)}户。")
    return [line], "两个占比分属不同总体，和超过100%不是错误", [chk("trap", kind="shares_of_different_wholes", numbers=[])]


def pn_rate_no_base(R):
    p = D(R.randint(900, 1000)) / 10
    line = f"农村生活垃圾收运处置体系覆盖率{p}%，{R.randint(10, 60)}个村被评为美丽宜居村庄。"
    return [line], "比率未给分子分母，村数与比率无关", [chk("trap", kind="rate_without_base", numbers=[])]


def pn_cumulative_growth(R):
    g = [D(R.randint(30, 120)) / 10 for _ in range(4)]
    line = (f"规模以上工业增加值一季度增长{g[0]}%，上半年增长{g[1]}%，前三季度增长{g[2]}%，全年增长{g[3]}%。")
    return [line], "各期为累计增速，不能相加或相互推算", [chk("trap", kind="cumulative_growth_rates", numbers=[])]


def pn_contribution(R):
    a, b = R.choice([(16, 8), (20, 8), (0.5, 0.5), (10, 2)])
    line = (f"按规定，养老保险单位缴费比例为{a}%，个人缴费比例为{b}%，全年征缴基金{R.randint(1000, 90000)}万元。")
    return [line], "缴费比例是不同主体的费率，不是同一整体的份额", [chk("trap", kind="contribution_rates", numbers=[])]


NEG_P = [("neg_cumulative_growth_rates", pn_cumulative_growth), ("neg_contribution_rates", pn_contribution),
         ("neg_growth_over_100", pn_growth_over_100), ("neg_pp_single_value", pn_pp_alone),
         ("neg_rates_different_wholes", pn_diff_wholes), ("neg_multi_select_survey", pn_multi_select),
         ("neg_permille_rates", pn_permille), ("neg_colon_ratio", pn_ratio), ("neg_interest_rates", pn_interest),
         ("neg_target_vs_actual_growth", pn_target_growth), ("neg_completion_over_100_no_base", pn_over_100_done),
         ("neg_pct_range_policy", pn_ranges), ("neg_times_multiple", pn_times),
         ("neg_policy_targets", pn_policy_target), ("neg_percent_word_in_name", pn_100_names),
         ("neg_shares_different_bases", pn_shares_different_bases), ("neg_rate_without_base", pn_rate_no_base)]
for _n, _f in NEG_P:
    reg(_n, "pct", _f, skind="neg")


# ---------------------------------------------------------------------------
# additional TOTALS styles
# ---------------------------------------------------------------------------
def g_gdp(R, bad):
    R.mode = "a"
    vals = [D(R.randint(500, 9000)) / 100, D(R.randint(1000, 30000)) / 100, D(R.randint(1500, 40000)) / 100]
    total = sum(vals)
    nv, nt, note = vals, total, "三次产业增加值之和等于地区生产总值（“第一”“第二”“第三”不是数量）"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 2, total)
        note = f"三次产业之和({sum(nv)})不等于生产总值({nt})：{what}"
    r = [f"{v:.2f}" for v in nv]
    line = (f"全年实现地区生产总值{nt:.2f}亿元，按可比价格计算比上年增长{D(R.randint(20, 90)) / 10}%。"
            f"其中，第一产业增加值{r[0]}亿元，第二产业增加值{r[1]}亿元，第三产业增加值{r[2]}亿元。")
    return [line], note, [chk("sum", not bad, parts=r, total=f"{nt:.2f}")]


reg("gdp_three_industries", "totals", g_gdp)


def g_income_components(R, bad):
    R.mode = R.choice(["a", "c"])
    vals = [D(R.randint(3000, 12000)), D(R.randint(2000, 9000)), D(R.randint(100, 900)), D(R.randint(1500, 5000))]
    total = sum(vals)
    nv, nt, note = vals, total, "人均可支配收入四项构成之和等于总额"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 0, total)
        note = f"四项构成之和({sum(nv)})不等于总额({nt})：{what}"
    r = [R.f(v) for v in nv]
    rt = R.f(nt)
    line = (f"农村常住居民人均可支配收入{rt}元。从收入构成看，人均工资性收入{r[0]}元，人均经营净收入{r[1]}元，"
            f"人均财产净收入{r[2]}元，人均转移净收入{r[3]}元。")
    return [line], note, [chk("sum", not bad, parts=r, total=rt)]


reg("per_capita_income_components", "totals", g_income_components)


def g_wan_mu(R, bad):
    R.mode = "a"
    crops = R.sample(["水稻", "玉米", "大豆", "小麦", "油菜", "马铃薯"], R.randint(2, 4))
    vals = [D(R.randint(3, 180)) / 10 for _ in crops]
    total = sum(vals)
    nv, nt, note = vals, total, "以万亩为单位的分项之和等于总播种面积"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 1, total)
        note = f"分项之和({sum(nv)}万亩)不等于总面积({nt}万亩)：{what}"
    r = [f"{v}万" for v in nv]
    line = f"全年粮油作物播种面积{nt}万亩，其中" + "、".join(f"{c}{x}亩" for c, x in zip(crops, r)) + "。"
    return [line], note, [chk("sum", not bad, parts=r, total=f"{nt}万")]


reg("wan_mu_acreage_by_crop", "totals", g_wan_mu)


def g_subtotal(R, bad):
    R.mode = "a"
    a1, a2 = R.randint(10, 400), R.randint(10, 400)
    a = a1 + a2
    b = R.randint(10, 600)
    total = a + b
    ok = [True, True]
    note = "总数=城镇+农村，城镇=其中两项"
    if bad:
        if R.chance(0.5):
            a2 = bump(R, a2, 1, 0.3)
            ok[1] = False
            note = f"城镇小计{a}与其两项{a1}+{a2}不符；总数正确"
        else:
            total = bump(R, total, 1, 0.1)
            ok[0] = False
            note = f"城镇{a}+农村{b}≠总数{total}；城镇小计正确"
    line = (f"全年新增就业{total}人，其中城镇{a}人（含高校毕业生{a1}人、退役军人{a2}人），农村{b}人。")
    return [line], note, [chk("sum", ok[0], parts=[str(a), str(b)], total=str(total)),
                          chk("sum", ok[1], parts=[str(a1), str(a2)], total=str(a))]


reg("nested_subtotal_in_brackets", "totals", g_subtotal)


def g_qizhong_lines(R, bad):
    R.mode = "a"
    d, names, vals, total = _parts_total(R, k=R.randint(3, 4))
    dec = d[5]
    nv, nt, note = vals, total, "“其中：”后逐行列出的分项之和等于总数"
    if bad:
        nv, nt, what = corrupt_list(R, vals, dec, total)
        note = f"逐行分项之和({sum(nv)})不等于总数({nt})：{what}"
    u = d[1]
    lines = [f"{d[0]}{nt}{u}。其中："] + [f"{n}：{v}{u}；" for n, v in zip(names, nv)]
    lines[-1] = lines[-1].rstrip("；") + "。"
    return lines, note, [chk("sum", not bad, parts=[str(v) for v in nv], total=str(nt))]


reg("qizhong_colon_line_per_part", "totals", g_qizhong_lines)


def g_restate_equal(R, bad):
    R.mode = "a"
    d, names, vals, total = _parts_total(R, k=3)
    dec = d[5]
    u = d[1]
    ok = [True, True]
    rest = total
    note = "正文分项之和等于总数，结尾复述的总数与正文一致"
    if bad:
        if R.chance(0.5):
            vals, total, what = corrupt_list(R, vals, dec, total)
            rest = total
            ok[0] = False
            note = f"正文分项之和不等于总数：{what}；复述与正文一致"
        else:
            sc = 10 ** dec
            rest = D(bump(R, int(total * sc), max(1, sc), 0.1)) / sc
            ok[1] = False
            note = f"正文总数{total}正确，结尾复述为{rest}，前后不一致"
    lines = [f"{d[0]}{total}{u}，其中" + "、".join(f"{n}{v}{u}" for n, v in zip(names, vals)) + "。",
             f"二、存在问题",
             f"虽然全年{d[0]}达到{rest}{u}，但区域之间发展不平衡的问题仍然存在。"]
    return lines, note, [chk("sum", ok[0], parts=[str(v) for v in vals], total=str(total)),
                         chk("equal", ok[1], a=str(total), b=str(rest))]


reg("total_restated_in_problem_section", "totals", g_restate_equal)


def g_cross_table(R, bad):
    R.mode = "a"
    towns = R.sample(TOWNS, 3)
    crops = R.sample(["水稻", "玉米", "大豆", "油菜"], 3)
    grid = [[R.randint(100, 5000) for _ in crops] for _ in towns]
    tots = [sum(grid[i][j] for i in range(3)) for j in range(3)]
    oks = [True] * 3
    note = "三列各自与合计行相符（表内无行合计）"
    if bad:
        j = ri(R, 3)
        if R.chance(0.5):
            i = ri(R, 3)
            grid[i][j] = bump(R, grid[i][j], 1, 0.2)
            note = f"{towns[i]}{crops[j]}格被改，{crops[j]}列与合计不符；其余两列正确"
        else:
            tots[j] = bump(R, tots[j], 1, 0.1)
            note = f"{crops[j]}列合计被改；其余两列正确"
        oks[j] = False
    lines = [f"分乡镇主要作物播种面积（单位：亩）", "乡镇｜" + "｜".join(crops)]
    for t, row in zip(towns, grid):
        lines.append(t + "｜" + "｜".join(str(x) for x in row))
    lines.append("合计｜" + "｜".join(str(x) for x in tots))
    checks = [chk("sum", oks[j], parts=[str(grid[i][j]) for i in range(3)], total=str(tots[j])) for j in range(3)]
    return lines, note, checks


reg("cross_table_columns_total_row", "totals", g_cross_table)


def g_ui_fund(R, bad):
    R.mode = "a"
    inc = D(R.randint(5000, 90000)) / 10
    exp = D(R.randint(int(inc * 4), int(inc * 9))) / 10
    bal = inc - exp
    cum = D(R.randint(int(bal * 30) + 10, int(bal * 30) + 90000)) / 10
    nb = bal
    note = "当期结余=基金收入-基金支出（累计结余为独立量）"
    if bad:
        nb = D(bump(R, int(bal * 10), 10, 0.2)) / 10
        note = f"{inc}-{exp}={bal}，文中当期结余{nb}"
    line = (f"失业保险基金收入{inc}万元，支出{exp}万元，当期结余{nb}万元，滚存结余{cum}万元，"
            f"可支付月数{R.randint(12, 40)}个月。")
    return [line], note, [chk("diff", not bad, a=str(inc), b=str(exp), c=str(nb))]


reg("unemployment_fund_balance", "totals", g_ui_fund)


def g_housing_types(R, bad):
    R.mode = R.choice(["a", "cn"])
    names = ["脱贫户", "低保户", "分散供养特困人员", "农村低保边缘户"]
    k = R.randint(3, 4)
    vals = [D(R.randint(1, 60)) for _ in range(k)]
    total = sum(vals)
    nv, nt, note = vals, total, "四类重点对象户数之和等于危房改造总户数"
    if bad:
        nv, nt, what = corrupt_list(R, vals, 0, total)
        note = f"各类对象之和({sum(nv)})不等于总户数({nt})：{what}"
    r = [R.f(v) for v in nv]
    rt = R.f(nt)
    line = (f"完成农村低收入群体等重点对象危房改造{rt}户，" +
            "，".join(f"{n}{x}户" for n, x in zip(names[:k], r)) + "，均已入住。")
    return [line], note, [chk("sum", not bad, parts=r, total=rt)]


reg("dilapidated_housing_by_household_type", "totals", g_housing_types)


# ---------------------------------------------------------------------------
# additional PCT styles
# ---------------------------------------------------------------------------
def g_share_table(R, bad):
    R.mode = "a"
    d = R.choice([x for x in TDOM if x[5] == 0 and len(x[2]) >= 3])
    names = R.sample(d[2], 3)
    vals = [R.randint(d[3] + 5, d[4]) for _ in names]
    total = sum(vals)
    ps = [rnd(pct_true(v, total), 1) for v in vals]
    oks = [True] * 3
    note = "占比列=数量/合计；数量列之和等于合计"
    if bad:
        i = ri(R, 3)
        ps[i] = wrong_pct(R, pct_true(vals[i], total), 1)
        oks[i] = False
        note = f"第{i + 1}行占比错误，其余正确"
    lines = [f"{d[0]}构成（单位：{d[1]}）", "类别｜数量｜占比"]
    lines += [f"{n}｜{v}｜{p}%" for n, v, p in zip(names, vals, ps)]
    lines.append(f"合计｜{total}｜100%")
    checks = [chk("rate", ok, num=str(v), den=str(total), pct=f"{p}%") for v, p, ok in zip(vals, ps, oks)]
    checks.append(chk("sum", True, parts=[str(v) for v in vals], total=str(total)))
    return lines, note, checks


reg("share_column_table_with_total", "pct", g_share_table)


def g_growth_yi(R, bad):
    R.mode = "a"
    a = D(R.randint(100, 9000)) / 100
    b = (a * D(R.randint(102, 160)) / 100).quantize(D("0.01"))
    t = pct_true(b - a, a)
    dec = 2
    p = rnd(t, dec)
    note = f"({b}-{a})/{a}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    thing = R.choice(["社会消费品零售总额", "农产品加工业产值", "一般公共预算收入", "乡村旅游综合收入"])
    line = f"{thing}由上年的{a}亿元增至{b}亿元，增幅{p}%，超额完成目标任务。"
    return [line], note, [chk("growth", not bad, frm=f"{a}", to=f"{b}", pct=f"{p}%", dir="up")]


reg("growth_yi_yuan_zengfu", "pct", g_growth_yi)


def g_decline_yoy(R, bad):
    R.mode = "a"
    a = R.randint(20, 900)
    b = R.randint(a // 3, a - 1)
    t = pct_true(a - b, a)
    dec = 1
    p = rnd(t, dec)
    note = f"({a}-{b})/{a}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"降幅应为{t:.4f}%，文中{p}%"
    thing = R.choice(["刑事案件立案", "道路交通事故", "森林火情", "电信诈骗案件", "安全生产事故", "矛盾纠纷"])
    line = f"全年{thing}{b}起，较上年同期的{a}起下降{p}%，社会治安持续向好。"
    return [line], note, [chk("growth", not bad, frm=str(a), to=str(b), pct=f"{p}%", dir="down")]


reg("decline_yoy_cases", "pct", g_decline_yoy)


def g_hundred(R, bad):
    R.mode = "a"
    den = R.randint(20, 900)
    cn = R.chance(0.5)
    ps = "百分之百" if cn else "100%"
    if bad:
        num = R.randint(den * 80 // 100, int(den * 0.99) - 1) if den >= 150 else R.randint(den * 80 // 100, den - 2)
        t = pct_true(num, den)
        if t >= D("99.4"):
            num = int(den * 0.95)
        t = pct_true(num, den)
        note = f"{num}/{den}={t:.4f}%，并非{ps}"
    else:
        num = den
        note = f"{num}/{den}=100%"
    thing = R.choice([("应发放耕地地力保护补贴农户", "户", "已发放"), ("排查出的问题", "个", "已整改"),
                      ("农民工欠薪线索", "条", "已办结"), ("脱贫户", "户", "已落实家庭医生签约")])
    line = f"{thing[0]}{den}{thing[1]}，{thing[2]}{num}{thing[1]}，完成率{ps}。"
    return [line], note, [chk("rate", not bad, num=str(num), den=str(den), pct=ps)]


reg("rate_hundred_percent_claim", "pct", g_hundred)


def g_approx_rate(R, bad):
    R.mode = "a"
    den = R.randint(100, 3000)
    num = R.randint(den * 80 // 100, den * 99 // 100)
    t = pct_true(num, den)
    p = rnd(t, 0)
    note = f"{num}/{den}={t:.4f}%，“约{p}%”为取整四舍五入"
    if bad:
        p = wrong_pct(R, t, 0)
        while abs(p - t) < 2:
            p = wrong_pct(R, t, 0)
        note = f"{num}/{den}={t:.4f}%，“约{p}%”相差超过取整范围"
    line = f"共抽检{R.choice(['食用农产品', '兽药饲料', '农资'])}{den}批次，完成计划{num}批次，完成率约为{p}%。"
    return [line], note, [chk("rate", not bad, num=str(num), den=str(den), pct=f"{p}%")]


reg("approx_rate_yue_integer", "pct", g_approx_rate)


def g_weicompl(R, bad):
    R.mode = "a"
    den = R.randint(50, 3000)
    k = R.randint(1, max(2, den // 12))
    dec = 2
    t = pct_true(den - k, den)
    p = rnd(t, dec)
    note = f"办结率=(受理-未办结)/受理={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, dec)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"全年受理12345热线工单{den}件，尚未办结{k}件，办结率{p}%。"
    return [line], note, [chk("rate_complement", not bad, bad=str(k), den=str(den), pct=f"{p}%")]


reg("rate_from_unfinished_count", "pct", g_weicompl)


def g_court_ratio(R, bad):
    R.mode = "a"
    rec = R.randint(500, 9000)
    done = R.randint(rec * 85 // 100, rec * 105 // 100)
    t = pct_true(done, rec)
    p = rnd(t, 2)
    note = f"结收案比=结案/收案={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, 2, allow_over=True)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"全年受理各类案件{rec}件，审执结{done}件，结收案比{p}%，法官人均结案{R.randint(150, 400)}件。"
    return [line], note, [chk("rate", not bad, num=str(done), den=str(rec), pct=f"{p}%")]


reg("court_close_to_filing_ratio", "pct", g_court_ratio)


def g_bed_use(R, bad):
    R.mode = "a"
    open_ = R.randint(20000, 200000)
    used = R.randint(open_ * 60 // 100, open_ * 98 // 100)
    t = pct_true(used, open_)
    p = rnd(t, 1)
    note = f"床位使用率=实际占用床日/实际开放床日={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, 1)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"全年实际开放总床日{open_}日，实际占用总床日{used}日，病床使用率{p}%，平均住院日{D(R.randint(55, 110)) / 10}天。"
    return [line], note, [chk("rate", not bad, num=str(used), den=str(open_), pct=f"{p}%")]


reg("hospital_bed_use_rate", "pct", g_bed_use)


def g_school(R, bad):
    R.mode = R.choice(["a", "cn"])
    den = R.randint(80, 900)
    num = R.randint(den // 2, den * 95 // 100)
    t = pct_true(num, den)
    p = rnd(t, 1)
    note = f"上线率={num}/{den}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, 1)
        note = f"应为{t:.4f}%，文中{p}%"
    rn, rd = R.f(num), R.f(den)
    line = f"今年参加高考{rd}人，本科上线{rn}人，本科上线率{p}%，创历史新高。"
    return [line], note, [chk("rate", not bad, num=rn, den=rd, pct=f"{p}%")]


reg("school_admission_rate", "pct", g_school)


def g_straw(R, bad):
    R.mode = "a"
    prod = D(R.randint(50, 900)) / 10
    used = (prod * D(R.randint(80, 97)) / 100).quantize(D("0.01"))
    t = pct_true(used, prod)
    p = rnd(t, 1)
    note = f"综合利用率={used}/{prod}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, 1)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"全县农作物秸秆可收集量{prod}万吨，综合利用{used}万吨，综合利用率{p}%。"
    return [line], note, [chk("rate", not bad, num=f"{used}万", den=f"{prod}万", pct=f"{p}%")]


reg("straw_utilisation_wan_tons", "pct", g_straw)


def g_insured_delta(R, bad):
    R.mode = "a"
    now = R.randint(5000, 90000)
    delta = R.randint(now // 100 + 1, now // 8)
    t = pct_true(delta, now - delta)
    p = rnd(t, 2)
    note = f"增长率={delta}/({now}-{delta})={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, 2)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"年末失业保险参保人数{now}人，比上年末增加{delta}人，增长{p}%。"
    return [line], note, [chk("growth_delta", not bad, now=str(now), delta=str(delta), pct=f"{p}%", dir="up")]


reg("insured_growth_from_delta", "pct", g_insured_delta)


def g_growth_table(R, bad):
    R.mode = "a"
    rows = R.sample([("粮食产量", "吨"), ("肉类产量", "吨"), ("水产品产量", "吨"), ("茶叶产量", "吨"), ("蔬菜产量", "万吨")], 2)
    data = []
    for nm, u in rows:
        a = R.randint(500, 50000)
        b = a + R.randint(-a // 10, a // 5)
        if b == a:
            b += 7
        t = pct_true(b - a, a)
        data.append([nm, u, a, b, rnd(t, 1), t])
    oks = [True, True]
    note = "每行增长率=(本年-上年)/上年"
    if bad:
        i = ri(R, 2)
        tt = data[i][5]
        for _ in range(100):
            w = rnd(tt + R.choice([-1, 1]) * D(R.randint(8, 50)) / 10, 1)
            if abs(w - tt) > D("0.5") and w != trunc(tt, 1):
                break
        data[i][4] = w
        oks[i] = False
        note = f"第{i + 1}行增长率错误，另一行正确"
    lines = ["指标｜单位｜上年｜本年｜增长（%）"]
    checks = []
    for (nm, u, a, b, p, t), ok in zip(data, oks):
        lines.append(f"{nm}｜{u}｜{a}｜{b}｜{p}")
        # the growth column is signed: negative values mean decline
        checks.append(chk("growth_signed", ok, frm=str(a), to=str(b), pct=str(p)))
    return lines, note, checks


reg("growth_table_signed_column", "pct", g_growth_table)


def g_circ_completion(R, bad):
    R.mode = "a"
    items = R.sample([("新建通村水泥路", "公里"), ("山塘整治", "座"), ("户厕改造", "户"), ("路灯安装", "盏"),
                      ("危桥改造", "座"), ("集中供水工程", "处")], 3)
    rows = []
    for nm, u in items:
        plan = R.randint(10, 400)
        done = R.randint(plan * 3 // 4, plan)
        rows.append([nm, u, plan, done, rnd(pct_true(done, plan), 1)])
    oks = [True] * 3
    note = "每项完成率=完成/计划"
    if bad:
        i = ri(R, 3)
        rows[i][4] = wrong_pct(R, pct_true(rows[i][3], rows[i][2]), 1)
        oks[i] = False
        note = f"第{i + 1}项完成率错误，其余正确"
    marks = "①②③"
    lines = [f"{to_cn(3)}项民生实事推进情况："]
    lines += [f"{marks[i]}{nm}：计划{plan}{u}，完成{done}{u}，完成率{p}%；" for i, (nm, u, plan, done, p) in enumerate(rows)]
    lines[-1] = lines[-1].rstrip("；") + "。"
    return lines, note, [chk("rate", ok, num=str(r[3]), den=str(r[2]), pct=f"{r[4]}%") for r, ok in zip(rows, oks)]


reg("circled_items_plan_done_rate", "pct", g_circ_completion)


def g_pct_of_villages(R, bad):
    R.mode = "a"
    n = R.randint(40, 300)
    m = R.randint(n // 2, n)
    t = pct_true(m, n)
    p = rnd(t, 1)
    note = f"{m}/{n}={t:.4f}%→{p}%（百分比在前、个数在括号内）"
    if bad:
        p = wrong_pct(R, t, 1)
        note = f"{m}/{n}={t:.4f}%，文中{p}%"
    line = f"全县{n}个行政村中，{p}%的村（{m}个）集体经济经营性收入超过{R.choice([5, 10, 20])}万元。"
    return [line], note, [chk("rate", not bad, num=str(m), den=str(n), pct=f"{p}%")]


reg("pct_first_count_in_brackets", "pct", g_pct_of_villages)


def g_fw_growth(R, bad):
    R.mode = "fw"
    a = R.randint(100, 9000)
    b = a + R.randint(a // 50 + 1, a // 3)
    t = pct_true(b - a, a)
    p = rnd(t, 1)
    note = f"({b}-{a})/{a}={t:.4f}%→{p}%（全角数字）"
    if bad:
        p = wrong_pct(R, t, 1)
        note = f"应为{t:.4f}%，文中{p}%"
    ra, rb, ps = R.f(a), R.f(b), fmt(p, 1, "fw") + "％"
    line = f"乡村旅游接待游客由{ra}人次增加到{rb}人次，增长{ps}。"
    return [line], note, [chk("growth", not bad, frm=ra, to=rb, pct=ps, dir="up")]


reg("growth_fullwidth_all", "pct", g_fw_growth)


def g_gdp_share(R, bad):
    R.mode = "a"
    gdp = D(R.randint(5000, 90000)) / 100
    part = (gdp * D(R.randint(8, 60)) / 100).quantize(D("0.01"))
    t = pct_true(part, gdp)
    p = rnd(t, 1)
    note = f"{part}/{gdp}={t:.4f}%→{p}%"
    if bad:
        p = wrong_pct(R, t, 1)
        note = f"应为{t:.4f}%，文中{p}%"
    thing = R.choice(["民营经济增加值", "数字经济核心产业增加值", "农林牧渔业增加值", "文化旅游产业增加值"])
    line = f"全县地区生产总值{gdp}亿元，{thing}{part}亿元，占地区生产总值的比重为{p}%。"
    return [line], note, [chk("rate", not bad, num=str(part), den=str(gdp), pct=f"{p}%")]


reg("share_of_gdp_bizhong", "pct", g_gdp_share)


def g_household_persons_rate(R, bad):
    R.mode = "a"
    hh = R.randint(100, 900)
    pp = hh * 3 + R.randint(0, hh)
    ins = R.randint(pp * 90 // 100, pp)
    t = pct_true(ins, pp)
    p = rnd(t, 2)
    note = f"参保率以人数计：{ins}/{pp}={t:.4f}%→{p}%（户数不参与）"
    if bad:
        p = wrong_pct(R, t, 2)
        note = f"应为{t:.4f}%，文中{p}%"
    line = f"全村共{hh}户{pp}人，参加城乡居民医保{ins}人，参保率{p}%。"
    return [line], note, [chk("rate", not bad, num=str(ins), den=str(pp), pct=f"{p}%")]


reg("village_households_persons_rate", "pct", g_household_persons_rate)


# ---------------------------------------------------------------------------
# record assembly
# ---------------------------------------------------------------------------
def build_record(R, sname, label):
    st = STYLES[sname]
    for _ in range(200):
        try:
            if st["kind"] == "neg":
                lines, note, checks = st["fn"](R, **st["kw"])
            else:
                lines, note, checks = st["fn"](R, label == "inconsistent", **st["kw"])
            break
        except ValueError:
            continue
    else:
        raise RuntimeError(sname)
    room = 8 - len(lines)
    nb = R.randint(0, min(2, room))
    na = R.randint(0, min(2, room - nb))
    before, after = R.ctx_lines(nb, na)
    text = "\n".join(before + lines + after)
    return dict(family=st["family"], style=sname, label=label, text=text, note=note, checks=checks)


def generate(seed):
    rng = random.Random(seed)
    R = Ctx(rng)
    recs = []
    for sname, st in STYLES.items():
        n = rng.randint(15, 20)
        if st["kind"] == "neg":
            labels = ["negative"] * n
        else:
            extra = rng.choice(["consistent", "inconsistent"])
            labels = ["consistent"] * (n // 2) + ["inconsistent"] * (n // 2) + [extra] * (n % 2)
            rng.shuffle(labels)
        for lab in labels:
            recs.append(build_record(R, sname, lab))
    rng.shuffle(recs)
    cnt = Counter()
    out = []
    for r in recs:
        cnt[r["family"]] += 1
        rr = OrderedDict()
        rr["id"] = f"n22-{r['family']}-{cnt[r['family']]:06d}"
        for k in ("family", "style", "label", "text", "note", "checks"):
            rr[k] = r[k]
        out.append(rr)
    return out


# ---------------------------------------------------------------------------
# independent verifier
# ---------------------------------------------------------------------------
_CN_D = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_U = {"十": 10, "百": 100, "千": 1000}


def v_cn_int(s):
    total, section, digit = 0, 0, None
    if not s:
        raise ValueError("empty cn")
    for ch in s:
        if ch in _CN_D:
            digit = _CN_D[ch]
        elif ch in _CN_U:
            section += (1 if digit is None else digit) * _CN_U[ch]
            digit = None
        elif ch == "万":
            section += digit or 0
            total += section * 10000
            section, digit = 0, None
        elif ch == "亿":
            section += digit or 0
            total = (total + section) * 10 ** 8
            section, digit = 0, None
        else:
            raise ValueError("bad cn char " + ch)
    return total + section + (digit or 0)


def v_cn(s):
    if "点" in s:
        a, b = s.split("点")
        ip = v_cn_int(a)
        frac = "".join(str(_CN_D[c]) for c in b)
        return D(f"{ip}.{frac}")
    return D(v_cn_int(s))


_FWMAP = {ord(c): ord(a) for c, a in zip("０１２３４５６７８９．", "0123456789.")}


def v_num(raw):
    s = raw.strip()
    if s and all(c in "零〇一二两三四五六七八九十百千万亿点" for c in s):
        return v_cn(s)
    s = s.translate(_FWMAP)
    mult = D(1)
    if s.endswith("亿"):
        mult, s = D(10) ** 8, s[:-1]
    elif s.endswith("万"):
        mult, s = D(10) ** 4, s[:-1]
    s = s.lstrip("+")
    if re.fullmatch(r"-?\d{1,3}([,， ]\d{3})+(\.\d+)?", s):
        s = re.sub(r"[,， ]", "", s)
    if not re.fullmatch(r"-?\d+(\.\d+)?", s):
        raise ValueError("unparseable number " + repr(raw))
    return D(s) * mult


def v_pct(raw):
    """returns (value, decimals)"""
    s = raw.strip()
    if s.startswith("百分之"):
        body = s[3:]
        dec = len(body.split("点")[1]) if "点" in body else 0
        return v_cn(body), dec
    m = re.fullmatch(r"([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]", s)
    if not m:
        raise ValueError("not a well-formed pct " + repr(raw))
    num = m.group(1).translate(_FWMAP)
    dec = len(num.split(".")[1]) if "." in num else 0
    return D(num), dec


def v_round(x, dec):
    return x.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


MALFORMED_RE = re.compile(r"(\d[ \u3000\t]+[%％])|([%％]{2})|([%％][0-9０-９])|([xX]{2}[%％])|(\.\.)|(\d\.[%％])|"
                          r"(\d \d+(?:\.\d+)?[%％])")
WELLFORMED_PCT_RE = re.compile(r"^\d+(\.\d+)?[%％]$")


def v_check(c, text, errs, label):
    rel = c.get("rel")

    def present(raw):
        if raw not in text:
            errs.append(f"number {raw!r} not in text")

    def num(k):
        raw = c[k]
        present(raw)
        return v_num(raw)

    def pct(k):
        present(c[k])
        return v_pct(c[k])

    if rel == "sum":
        parts = [num_raw for num_raw in c["parts"]]
        for p in parts:
            present(p)
        val = sum(v_num(p) for p in parts) == num("total")
        return val, None
    if rel == "flow":
        for k in c["plus"] + c["minus"]:
            present(k)
        val = num("start") + sum(v_num(x) for x in c["plus"]) - sum(v_num(x) for x in c["minus"]) == num("end")
        return val, None
    if rel == "diff":
        return num("a") - num("b") == num("c"), None
    if rel == "change":
        f, t, d = num("frm"), num("to"), num("delta")
        return (t - f == d) if c["dir"] == "up" else (f - t == d), None
    if rel == "mu_ha":
        mu = num("mu")
        present(c["ha"])
        ha = v_num(c["ha"])
        dec = len(c["ha"].split(".")[1]) if "." in c["ha"] else 0
        tv = mu / 15
        return v_round(tv, dec) == ha, (ha, tv, dec)
    if rel == "ratio":
        n, d_, v = num("num"), num("den"), num("val")
        dec = len(c["val"].split(".")[1]) if "." in c["val"] else 0
        tv = n * D(c["scale"]) / d_
        return v_round(tv, dec) == v, None
    if rel in ("rate", "rate_complement", "growth", "growth_delta"):
        p, dec = pct("pct")
        if rel == "rate":
            tv = num("num") * 100 / num("den")
        elif rel == "rate_complement":
            den = num("den")
            tv = (den - num("bad")) * 100 / den
        elif rel == "growth":
            f, t = num("frm"), num("to")
            tv = (t - f) * 100 / f if c["dir"] == "up" else (f - t) * 100 / f
            if tv <= 0:
                errs.append("growth direction wrong")
        else:
            now, d_ = num("now"), num("delta")
            base = now - d_ if c["dir"] == "up" else now + d_
            tv = d_ * 100 / base
        ok = v_round(tv, dec) == p
        return ok, (p, tv, dec)
    if rel == "equal":
        return num("a") == num("b"), None
    if rel == "growth_signed":
        f, t = num("frm"), num("to")
        present(c["pct"])
        p = D(c["pct"])
        dec = len(c["pct"].split(".")[1]) if "." in c["pct"] else 0
        tv = (t - f) * 100 / f
        return v_round(tv, dec) == p, (p, tv, dec)
    if rel == "pp":
        a, _ = pct("p1")
        b, _ = pct("p2")
        d_ = num("d")
        return ((b - a) if c["dir"] == "up" else (a - b)) == d_, None
    if rel == "share_sum":
        tot = D(0)
        for x in c["pcts"]:
            present(x)
            tot += v_pct(x)[0]
        return tot <= 100, None
    if rel == "ge":
        thr, _ = pct("pct")
        tv = num("num") * 100 / num("den")
        return (tv > thr) if c["op"] == ">" else (tv >= thr), None
    if rel == "count":
        present(c["stated"])
        for it in c["items"]:
            present(it)
        return v_num(c["stated"]) == len(c["items"]), None
    if rel == "malformed_pct":
        present(c["raw"])
        if not MALFORMED_RE.search(c["raw"]) or WELLFORMED_PCT_RE.match(c["raw"]):
            errs.append(f"malformed raw {c['raw']!r} not recognised as malformed")
        return False, None
    if rel == "wellformed_pct":
        present(c["raw"])
        return bool(WELLFORMED_PCT_RE.match(c["raw"])), None
    if rel == "trap":
        for x in c.get("numbers", []):
            present(x)
        return True, None
    errs.append(f"unknown rel {rel}")
    return True, None


def verify_file(path):
    problems = []
    ids = set()
    style_counts = Counter()
    fam_lab = Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            n += 1
            errs = []
            try:
                r = json.loads(line)
            except Exception as e:
                problems.append(f"{path}:{ln}: bad json {e}")
                continue
            for k in ("id", "family", "style", "label", "text", "note", "checks"):
                if k not in r:
                    errs.append(f"missing {k}")
            if errs:
                problems.append(f"{path}:{ln}: {errs}")
                continue
            if r["id"] in ids:
                errs.append("duplicate id")
            ids.add(r["id"])
            if not re.fullmatch(r"n22-(totals|pct)-\d{6}", r["id"]) or r["id"].split("-")[1] != r["family"]:
                errs.append("bad id")
            if r["family"] not in ("totals", "pct"):
                errs.append("bad family")
            if r["label"] not in ("consistent", "inconsistent", "negative"):
                errs.append("bad label")
            if not re.fullmatch(r"[a-z0-9_]+", r["style"]):
                errs.append("bad style name")
            nl = len(r["text"].split("\n"))
            if not 1 <= nl <= 8:
                errs.append(f"text has {nl} lines")
            if "\n" in r["note"] or not r["note"].strip():
                errs.append("note must be one line")
            text = r["text"]
            results = []
            for c in r["checks"]:
                try:
                    ok, info = v_check(c, text, errs, r["label"])
                except Exception as e:  # noqa
                    errs.append(f"check error {e!r} in {c}")
                    continue
                if ok != c.get("holds"):
                    errs.append(f"recomputed holds={ok} but stored {c.get('holds')} in {c}")
                if not ok and info is not None:
                    p, tv, dec = info
                    # clearly wrong: not truncation, not within half a unit, > 0.5 pct point off
                    if trunc(tv, dec) == p or abs(tv - p) <= D("0.5"):
                        errs.append(f"wrong value {p} too close to true {tv}")
                results.append((c["rel"], ok))
            n_bad = sum(1 for _, ok in results if not ok)
            rels = [c["rel"] for c in r["checks"]]
            lab = r["label"]
            if lab == "consistent":
                if n_bad or not r["checks"] or "trap" in rels:
                    errs.append(f"consistent with {n_bad} failing checks / rels {rels}")
            elif lab == "inconsistent":
                if n_bad != 1:
                    errs.append(f"inconsistent with {n_bad} failing checks")
            else:
                if n_bad or any(x != "trap" for x in rels) or not rels:
                    errs.append("negative must have only trap checks")
            # malformed percentage scan over the whole text
            mal = MALFORMED_RE.findall(text)
            n_mal = len(mal)
            if "malformed_pct" in rels:
                if n_mal != 1:
                    errs.append(f"expected exactly one malformed pct, found {n_mal}")
            elif n_mal:
                errs.append(f"unexpected malformed pct pattern {mal}")
            if re.search(r"[xX]{2}", text) and "malformed_pct" not in rels:
                errs.append("placeholder xx in text")
            # every percentage in consistent records must be well-formed or part of a trap
            style_counts[r["style"]] += 1
            fam_lab[(r["family"], lab)] += 1
            if errs:
                problems.append(f"{path}:{ln} {r['id']} [{r['style']}/{lab}]: " + " | ".join(errs))
    for s, k in style_counts.items():
        if not 15 <= k <= 20:
            problems.append(f"{path}: style {s} has {k} records (want 15-20)")
    return n, problems, style_counts, fam_lab


def style_table(path):
    rows = OrderedDict()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            s = rows.setdefault(r["style"], dict(family=r["family"], c=Counter(), ex=None))
            s["c"][r["label"]] += 1
            if s["ex"] is None or (r["label"] == "inconsistent" and s["ex"][0] != "inconsistent"):
                s["ex"] = (r["label"], r["text"])
    out = ["| style | family | consistent | inconsistent | negative | example (label: text) |",
           "|---|---|---|---|---|---|"]
    for name in sorted(rows, key=lambda k: (rows[k]["family"], k)):
        s = rows[name]
        ex = s["ex"][1].replace("\n", " ⏎ ").replace("|", "\\|").replace("\t", " ")
        if len(ex) > 140:
            ex = ex[:140] + "…"
        out.append(f"| {name} | {s['family']} | {s['c']['consistent']} | {s['c']['inconsistent']} | "
                   f"{s['c']['negative']} | {s['ex'][0]}: {ex} |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        bad = False
        for p in a.verify:
            n, probs, sc, fl = verify_file(p)
            print(f"{p}: {n} records, {len(sc)} styles, " +
                  ", ".join(f"{f}/{l}={k}" for (f, l), k in sorted(fl.items())))
            for x in probs[:50]:
                print("  PROBLEM", x)
            if probs:
                print(f"  {len(probs)} problems")
                bad = True
        sys.exit(1 if bad else 0)
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error("need --seed and --out, or --verify, or --style-table")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
