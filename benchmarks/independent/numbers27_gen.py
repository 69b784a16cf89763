#!/usr/bin/env python3
"""numbers27_gen.py -- held-out labelled test collection for an arithmetic auditor of Chinese report text.

Usage:
  python3 numbers27_gen.py --seed N --out FILE        generate ~3000 records (deterministic per seed)
  python3 numbers27_gen.py --verify FILE [FILE ...]   recompute every record's checks; exit 1 on problems
  python3 numbers27_gen.py --style-table FILE         Markdown table of styles (family, counts, example)

Standard library only (Python 3.11).
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

getcontext().prec = 40
D = Decimal

# ---------------------------------------------------------------------------------------------
# number formatting and parsing
# ---------------------------------------------------------------------------------------------
FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
FW_BACK = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")
CN_DIG = "零一二三四五六七八九"


def cn_int(n, liang=False):
    """int (0 <= n < 10**8) -> Chinese numerals."""
    if n == 0:
        return "零"

    def four(x, lead):
        s = ""
        units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        zero = False
        started = False
        for v, u in units:
            d = x // v
            x %= v
            if d == 0:
                if started:
                    zero = True
                continue
            if zero:
                s += "零"
                zero = False
            if d == 1 and v == 10 and not started and lead:
                s += "十"
            elif d == 2 and liang and v >= 100:
                s += "两" + u
            else:
                s += CN_DIG[d] + u
            started = True
        return s

    hi, lo = divmod(n, 10000)
    if hi:
        s = four(hi, True) + "万"
        if lo:
            if lo < 1000:
                s += "零"
            s += four(lo, False)
        return s
    return four(lo, True)


def cn_parse(s):
    vals = {c: i for i, c in enumerate(CN_DIG)}
    vals["两"] = 2
    units = {"十": 10, "百": 100, "千": 1000}
    total = 0
    section = 0
    num = 0
    for ch in s:
        if ch in vals:
            num = vals[ch]
        elif ch in units:
            if num == 0 and ch == "十":
                num = 1
            section += num * units[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section = 0
            num = 0
        elif ch == "亿":
            total = (total + section + num) * 100000000
            section = 0
            num = 0
        else:
            raise ValueError("bad cn numeral %r" % s)
    return D(total + section + num)


def parse_num(s):
    """surface string (as it appears in text, without unit) -> Decimal."""
    t = s.translate(FW_BACK).strip()
    mult = D(1)
    if t.endswith("万") and re.search(r"\d", t):
        mult, t = D(10000), t[:-1]
    elif t.endswith("亿") and re.search(r"\d", t):
        mult, t = D(100000000), t[:-1]
    if re.fullmatch(r"[零一二两三四五六七八九十百千万亿]+", t):
        return cn_parse(t) * mult
    t2 = re.sub(r"(?<=\d)[, ](?=\d{3})", "", t)
    if not re.fullmatch(r"-?\d+(\.\d+)?", t2):
        raise ValueError("unparsable number %r" % s)
    return D(t2) * mult


def decimals_of(s):
    t = s.translate(FW_BACK)
    m = re.search(r"\.(\d+)", t)
    return len(m.group(1)) if m else 0


PCT_OK = re.compile(r"^(\d+(\.\d+)?)[%％]$")


def parse_pct(s):
    t = s.strip()
    if t.startswith("百分之"):
        return cn_parse(t[3:]), 0
    t = t.translate(FW_BACK)
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)%", t)
    if not m:
        raise ValueError("bad pct %r" % s)
    return D(m.group(1)), decimals_of(m.group(1))


def q(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def fmt_int(n, mode="a"):
    n = int(n)
    if mode == "a":
        return str(n)
    if mode == "f":
        return str(n).translate(FW)
    if mode == "c":
        return "{:,}".format(n)
    if mode == "cc":
        return "{:,}".format(n).replace(",", "，")
    if mode == "s":
        return "{:,}".format(n).replace(",", " ")
    if mode == "z":
        return "两" if n == 2 else cn_int(n)
    if mode == "zl":
        return cn_int(n, liang=True)
    if mode == "w":
        if n >= 10000 and n % 100 == 0:
            v = D(n) / D(10000)
            s = format(v.normalize(), "f")
            return s + "万"
        return str(n)
    raise ValueError(mode)


def fmt_dec(x, d, mode="a"):
    s = format(q(D(x), d), "f")
    if mode == "f":
        return s.translate(FW)
    if mode == "c":
        ip, _, fp = s.partition(".")
        ip = "{:,}".format(int(ip))
        return ip + ("." + fp if fp else "")
    return s


def fmt_pct(x, d, mode="a"):
    s = format(q(D(x), d), "f")
    if mode == "f":
        return (s + "%").translate(FW)  # full-width digits and ％
    if mode == "fp":
        return s + "％"
    return s + "%"


# ---------------------------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------------------------
PLACES = ["青溪区", "云岭县", "白沙镇", "桐湾街道", "柳塘乡", "锦屏市", "南岗区", "石门县", "栖霞湾镇", "枫桥街道",
          "金鸡岭乡", "玉带河镇", "东林区", "杏花县", "望江街道", "松坪乡", "龙湫市", "鹤鸣镇"]
VILLAGES = ["柳塘村", "石桥村", "新丰村", "杨家湾村", "竹溪村", "双河村", "后坪村", "马鞍村", "荷塘社区", "北苑社区",
            "翠湖社区", "东岳村", "下洋村", "高车村", "沙坝村", "梨园村"]
COMPANIES = ["恒远机电有限公司", "青禾食品股份有限公司", "云帆物流有限公司", "瑞丰纺织有限公司", "华岳新材料有限公司",
             "启明电子科技有限公司", "安澜水务集团", "北辰建设工程有限公司"]
YEARS = [2019, 2020, 2021, 2022, 2023]

CONTEXT_PRE = [
    "{year}年，{place}坚持稳中求进工作总基调，各项工作取得新进展。",
    "现将{place}{year}年有关工作情况报告如下。",
    "一、主要工作情况",
    "（二）聚焦重点任务，推动工作落地见效",
    "{year}年以来，在上级部门的指导下，{place}认真贯彻落实各项决策部署。",
    "{place}{year}年度工作总结",
    "三、强化监督管理",
    "根据年度工作安排，{place}扎实推进各项重点工作。",
    "（一）基本情况",
    "今年以来，我们紧紧围绕中心工作，统筹推进发展和安全。",
]
CONTEXT_POST = [
    "下一步，我们将进一步压实责任，推动工作常态长效。",
    "以上工作得到了群众的普遍认可。",
    "同时，我们也清醒认识到工作中还存在一些不足。",
    "全年召开专题会议{k}次，研究解决具体问题。",
    "相关经验做法被上级部门转发推广。",
    "二是持续优化服务流程，群众满意度进一步提升。",
    "截至{month}月底，各项工作均按计划有序推进。",
    "开展督导检查{k}轮，确保各项措施落实到位。",
]

# totals domains: key, whole phrase, unit, part names, magnitude kind
TOT_DOM = {
    "env": ("查处环境违法案件", "起", ["水污染", "大气污染", "噪声污染", "固体废物污染"], "small"),
    "safety": ("排查整治安全隐患", "处", ["消防", "燃气", "建筑施工", "道路交通"], "mid"),
    "xinfang": ("受理群众信访事项", "件次", ["来信", "来访", "网上信访", "12345热线转办"], "mid"),
    "court": ("受理各类案件", "件", ["刑事案件", "民事案件", "行政案件", "执行案件"], "mid"),
    "procur": ("受理审查起诉案件", "件", ["危害公共安全犯罪", "侵犯财产犯罪", "妨害社会管理秩序犯罪"], "small"),
    "employ": ("实现城镇新增就业", "人", ["高校毕业生", "农村转移劳动力", "退役军人", "就业困难人员"], "mid"),
    "train": ("开展职业技能培训", "人次", ["电工", "焊工", "家政服务", "电子商务"], "mid"),
    "labour": ("受理劳动人事争议案件", "件", ["劳动报酬争议", "解除劳动合同争议", "社会保险争议", "工伤待遇争议"], "small"),
    "market": ("新增市场主体", "户", ["企业", "个体工商户", "农民专业合作社"], "mid"),
    "hitech": ("新认定高新技术企业", "家", ["电子信息", "生物医药", "新材料", "高端装备制造"], "small"),
    "school": ("在校学生", "人", ["小学", "初中", "普通高中", "中职"], "big"),
    "clinic": ("完成门急诊诊疗", "人次", ["门诊", "急诊", "体检"], "big"),
    "house": ("改造农村危房", "户", ["一级危房", "二级危房", "三级危房"], "small"),
    "forest": ("完成营造林", "公顷", ["人工造林", "封山育林", "退化林修复", "森林抚育"], "mid"),
    "waste": ("收运处置生活垃圾", "吨", ["城区", "乡镇", "工业园区"], "big"),
    "project": ("实施重点项目", "个", ["产业类", "基础设施类", "民生类", "生态环保类"], "small"),
    "dispute": ("排查化解矛盾纠纷", "件", ["婚姻家庭纠纷", "邻里纠纷", "土地权属纠纷", "合同纠纷"], "mid"),
    "fire": ("接处警", "起", ["火灾扑救", "抢险救援", "社会救助"], "mid"),
    "inspect": ("检查生产经营单位", "家", ["危险化学品企业", "工贸企业", "小微商户"], "mid"),
    "poll": ("抽检食品", "批次", ["食用农产品", "粮食加工品", "餐饮食品", "饮料"], "mid"),
    "street": ("新建改建农村公路", "公里", ["县道", "乡道", "村道"], "dec1"),
}
MONEY_DOM = {
    "audit": ("审计查出问题金额", "万元", ["违规使用资金", "损失浪费", "管理不规范"], "dec2"),
    "invest": ("完成固定资产投资", "亿元", ["工业投资", "基础设施投资", "房地产开发投资", "社会事业投资"], "dec2"),
    "budget": ("一般公共预算收入", "万元", ["税收收入", "非税收入"], "dec1"),
    "fund": ("争取上级补助资金", "万元", ["农业农村", "教育卫生", "交通水利", "社会保障"], "dec1"),
    "output": ("规模以上工业总产值", "亿元", ["装备制造业", "食品加工业", "纺织服装业", "电子信息业"], "dec2"),
    "subsidy": ("发放各类惠民补贴", "万元", ["耕地地力保护补贴", "农机购置补贴", "生态公益林补偿"], "dec2"),
}
PLACE_ONLY = {"school", "clinic", "output", "invest", "budget", "street", "forest", "waste", "market", "employ"}
ALL_DOM = dict(TOT_DOM)
ALL_DOM.update(MONEY_DOM)


def gen_val(r, kind):
    if kind == "small":
        return D(r.randint(2, 60))
    if kind == "mid":
        return D(r.randint(30, 2400))
    if kind == "big":
        return D(r.randint(1200, 60000))
    if kind == "dec1":
        return D(r.randint(50, 9999)) / D(10)
    if kind == "dec2":
        return D(r.randint(300, 99999)) / D(100)
    raise ValueError(kind)


def kdec(kind):
    return {"dec1": 1, "dec2": 2}.get(kind, 0)


def surf(v, kind, mode):
    d = kdec(kind)
    if d:
        return fmt_dec(v, d, "f" if mode == "f" else ("c" if mode == "c" else "a"))
    return fmt_int(v, mode)


def perturb(r, v, kind, minabs=None):
    d = kdec(kind)
    if d:
        step = max(D(1), (v * D("0.08")).quantize(D(1)))
        delta = D(r.randint(1, int(step) + 1))
        if r.random() < 0.5:
            delta = D(r.randint(1, 90)) / D(10 ** d) + delta
    else:
        delta = D(r.randint(1, max(2, int(v * D("0.15")))))
    if r.random() < 0.5 and v - delta > 0:
        return v - delta
    return v + delta


# ---------------------------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------------------------
STYLES = OrderedDict()   # name -> (family, kind, fn, params)


def reg(name, family, skind, fn, **params):
    assert name not in STYLES, name
    assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name
    STYLES[name] = (family, skind, fn, params)


CUR_CTX = {}


def ctx(r):
    if CUR_CTX:
        return dict(CUR_CTX)
    return dict(year=r.choice(YEARS), place=r.choice(PLACES), village=r.choice(VILLAGES),
                company=r.choice(COMPANIES), k=r.randint(3, 15), month=r.randint(3, 11))


def pick_parts(r, names, nmin=2, nmax=4):
    n = r.randint(min(nmin, len(names)), min(nmax, len(names)))
    return r.sample(names, n) if r.random() < 0.5 else names[:n]


# ---------------------------------------------------------------------------------------------
# TOTALS: whole and parts (generic, many shapes)
# ---------------------------------------------------------------------------------------------
def sum_values(r, label, kind, n):
    parts = [gen_val(r, kind) for _ in range(n)]
    total = sum(parts)
    what = None
    if label == "inconsistent":
        if r.random() < 0.6:
            i = r.randrange(n)
            parts[i] = perturb(r, parts[i], kind)
            what = "part %d changed" % (i + 1)
        else:
            total = perturb(r, total, kind)
            what = "total changed"
    return parts, total, what


def t_sum(r, label, P):
    dom = ALL_DOM[P["dom"]]
    whole, unit, names, kind = dom
    mode = P.get("mode", "a")
    shape = P["shape"]
    c = ctx(r)
    names = pick_parts(r, names, P.get("nmin", 2), P.get("nmax", 4))
    n = len(names)
    parts, total, what = sum_values(r, label, kind, n)
    ps = [surf(p, kind, mode) for p in parts]
    ts = surf(total, kind, mode)
    u = unit
    quan = "全" + ("街道" if c["place"].endswith("街道") else c["place"][-1])
    if P["dom"] in PLACE_ONLY:
        subj = r.choice([c["place"], quan])
    else:
        subj = r.choice([c["place"], c["place"], "我局", quan, "本单位", "我们"])
    yr = "%d年，" % c["year"] if r.random() < 0.5 else "全年"
    lines = []
    if shape == "qz":
        sep = r.choice(["、", "，", "；"])
        body = sep.join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s%s共%s%s%s，其中%s。" % (yr, subj, whole, ts, u, body))
    elif shape == "qz_colon":
        body = "；".join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s%s累计%s%s%s。其中：%s。" % (yr, subj, whole, ts, u, body))
    elif shape == "fb":
        if r.random() < 0.5:
            vals = "、".join(p + u for p in ps)
        else:
            vals = "、".join(ps) + u
        lines.append("%s%s%s%s%s，%s分别为%s。" % (yr, subj, whole, ts, u, "、".join(names), vals))
    elif shape == "after":
        body = "，".join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s%s%s情况：%s，合计%s%s。" % (yr, subj, whole, body, ts, u))
    elif shape == "after_fb":
        lines.append("%s%s、%s分别%s%s，%d项合计%s%s。" % (
            yr, "、".join(names[:-1]), names[-1], whole.replace("完成", "").replace("实现", "") if False else "为",
            "、".join(p + u for p in ps), n, ts, u))
    elif shape == "bk":
        body = "、".join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s%s%s%s%s，包括%s。" % (yr, subj, whole, ts, u, body))
    elif shape == "paren":
        body = "、".join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s%s%s%s%s（%s）。" % (yr, subj, whole, ts, u, body))
    elif shape == "num_first":
        body = "，".join("%s%s为%s" % (p, u, nm) for nm, p in zip(names, ps))
        lines.append("%s%s%s%s%s，其中%s。" % (yr, subj, whole, ts, u, body))
    elif shape == "table":
        lines.append("表%d  %s%s情况（单位：%s）" % (r.randint(1, 6), c["place"], whole, u))
        lines.append("类别｜数量")
        for nm, p in zip(names, ps):
            lines.append("%s｜%s" % (nm, p))
        lines.append("合计｜%s" % ts)
    elif shape == "table_row":
        lines.append("%s%s（%s）" % (c["place"], whole, u))
        lines.append("\t".join(["项目"] + names + ["合计"]))
        lines.append("\t".join(["数量"] + ps + [ts]))
    elif shape == "lines":
        lines.append("%s%s%s%s，具体如下：" % (subj or c["place"], whole, ts, u))
        for i, (nm, p) in enumerate(zip(names, ps)):
            lines.append("（%d）%s：%s%s；" % (i + 1, nm, p, u))
    elif shape == "circled":
        circ = "①②③④⑤"
        body = "".join("%s%s%s%s；" % (circ[i], nm, p, u) for i, (nm, p) in enumerate(zip(names, ps)))
        lines.append("%s%s%s%s%s：%s" % (yr, subj, whole, ts, u, body.rstrip("；") + "。"))
    elif shape == "semi_total":
        body = "；".join("%s：%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s%s。" % (c["place"] + whole + "分类统计如下：", body))
        lines.append("以上共计%s%s。" % (ts, u))
    elif shape == "two_sent":
        lines.append("%s%s%s%s%s。" % (yr, subj, whole, ts, u))
        body = "，".join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("从类型看，%s。" % body)
    elif shape == "colon_total":
        body = "、".join("%s%s%s" % (nm, p, u) for nm, p in zip(names, ps))
        lines.append("%s：%s%s%s（%s）。" % (whole, subj, ts, u, body))
    else:
        raise ValueError(shape)
    chk = {"rel": "sum", "total": ts, "parts": ps, "ok": label != "inconsistent"}
    note = "%s: %s = %s%s" % (whole, " + ".join(ps), ts, "" if what is None else " fails (%s)" % what)
    return lines, note, [chk]


TOT_SHAPES_DOMS = [
    ("qz", "env", "a"), ("qz", "court", "c"), ("qz", "xinfang", "f"), ("qz", "audit", "a"), ("qz", "school", "s"),
    ("qz", "hitech", "z"),
    ("qz_colon", "safety", "a"), ("qz_colon", "invest", "a"), ("qz_colon", "clinic", "c"),
    ("fb", "employ", "a"), ("fb", "forest", "a"), ("fb", "output", "a"), ("fb", "market", "f"),
    ("after", "train", "a"), ("after", "fund", "a"), ("after", "labour", "z"), ("after", "waste", "c"),
    ("after_fb", "dispute", "a"), ("after_fb", "subsidy", "a"),
    ("bk", "fire", "a"), ("bk", "poll", "f"), ("bk", "procur", "a"),
    ("paren", "project", "a"), ("paren", "house", "z"), ("paren", "street", "a"),
    ("num_first", "inspect", "a"), ("num_first", "env", "a"),
    ("table", "invest", "a"), ("table", "employ", "c"), ("table", "xinfang", "a"),
    ("table_row", "output", "a"), ("table_row", "school", "a"),
    ("lines", "audit", "a"), ("lines", "safety", "f"),
    ("circled", "dispute", "a"), ("circled", "budget", "a"),
    ("semi_total", "court", "a"), ("semi_total", "fund", "c"),
    ("two_sent", "labour", "a"), ("two_sent", "clinic", "s"),
    ("colon_total", "market", "a"), ("colon_total", "hitech", "a"),
]
for _sh, _dm, _md in TOT_SHAPES_DOMS:
    _nm = "sum_%s_%s" % (_sh, _dm) + ("" if _md == "a" else "_" + {"c": "comma", "f": "fullwidth", "s": "spacesep", "z": "cnnum"}[_md])
    reg(_nm, "totals", "ci", t_sum, shape=_sh, dom=_dm, mode=_md)


# ---------------------------------------------------------------------------------------------
# TOTALS: specialised constructions
# ---------------------------------------------------------------------------------------------
def bad(label):
    return label == "inconsistent"


def t_wan_mixed(r, label, P):
    """whole in 万 with one decimal or two, parts in plain units."""
    c = ctx(r)
    names = ["城镇职工基本养老保险", "城乡居民基本养老保险"] if P["v"] == 0 else ["职工医保", "居民医保"]
    a = D(r.randint(120, 900)) * 100
    b = D(r.randint(120, 900)) * 100
    t = a + b
    if bad(label):
        a = a + D(r.choice([-1, 1]) * r.randint(3, 40)) * 100
    ts = fmt_int(t, "w")
    lines = ["截至%d年底，%s参保人数达%s人，其中%s%s人、%s%s人。" % (
        c["year"], c["place"], ts, names[0], fmt_int(a, "c"), names[1], fmt_int(b, "c"))]
    return lines, "participants: %s + %s = %s" % (a, b, t), [
        {"rel": "sum", "total": ts, "parts": [fmt_int(a, "c"), fmt_int(b, "c")], "ok": not bad(label)}]


def t_diff_budget(r, label, P):
    c = ctx(r)
    inc = D(r.randint(200, 9000)) / 10 if P["v"] == 0 else D(r.randint(20000, 900000)) / 10
    exp = D(r.randint(int(inc * 4), int(inc * 10) - 1)) / 10
    bal = inc - exp
    if bad(label):
        bal = perturb(r, bal, "dec1")
    s_inc, s_exp, s_bal = fmt_dec(inc, 1), fmt_dec(exp, 1), fmt_dec(bal, 1)
    if P["v"] == 0:
        lines = ["%d年%s%s全年收入%s万元，支出%s万元，收支结余%s万元。" % (c["year"], c["village"], "集体经济", s_inc, s_exp, s_bal)]
    elif P["v"] == 1:
        lines = ["%s年度财务收支情况：" % c["company"], "收入合计：%s万元" % s_inc, "支出合计：%s万元" % s_exp,
                 "当年结余：%s万元" % s_bal]
    else:
        lines = ["%s基金当年收入%s万元、支出%s万元，当年结余%s万元，累计结余另行列示。" % (c["place"], s_inc, s_exp, s_bal)]
    return lines, "income - expense = balance", [{"rel": "diff", "a": s_inc, "b": s_exp, "c": s_bal, "ok": not bad(label)}]


def t_change(r, label, P):
    c = ctx(r)
    kind = P.get("kind", "mid")
    a = gen_val(r, kind)
    b = a
    while b == a or b <= 0:
        b = perturb(r, a, kind)
    up = b > a
    dlt = abs(b - a)
    if bad(label):
        dlt = perturb(r, dlt, kind)
        if dlt == abs(b - a):
            dlt += 1
    m = P.get("mode", "a")
    sa, sb, sd = surf(a, kind, m), surf(b, kind, m), surf(dlt, kind, m)
    noun, unit = P["noun"], P["unit"]
    v = P["v"]
    if v == 0:
        s = "%s由上年的%s%s%s到%s%s，%s%s%s。" % (noun, sa, unit, "增加" if up else "减少", sb, unit, "增加" if up else "减少", sd, unit)
    elif v == 1:
        s = "%s%s%s，较%d年的%s%s%s%s%s。" % (noun, sb, unit, c["year"] - 1, sa, unit, "多" if up else "少", sd, unit)
    else:
        s = "%s从%s%s%s至%s%s，净%s%s%s。" % (noun, sa, unit, "上升" if up else "下降", sb, unit, "增" if up else "减", sd, unit)
    lines = ["%d年，%s%s" % (c["year"], c["place"], s)]
    chk = {"rel": "diff", "a": sb if up else sa, "b": sa if up else sb, "c": sd, "ok": not bad(label)}
    return lines, "change between two values equals stated difference", [chk]


def t_quarters(r, label, P):
    c = ctx(r)
    kind = P["kind"]
    n = 4 if P["v"] != 1 else 2
    names = ["一季度", "二季度", "三季度", "四季度"] if n == 4 else ["上半年", "下半年"]
    parts, total, what = sum_values(r, label, kind, n)
    ps = [surf(p, kind, "a") for p in parts]
    ts = surf(total, kind, "a")
    u = P["unit"]
    if P["v"] == 0:
        lines = ["%s%d年%s%s%s，分季度看，%s。" % (c["place"], c["year"], P["noun"], ts, u,
                                             "，".join("%s%s%s" % (a, b, u) for a, b in zip(names, ps)))]
    elif P["v"] == 1:
        lines = ["%s上半年%s%s%s，下半年%s%s，全年合计%s%s。" % (c["place"], P["noun"], ps[0], u, ps[1], u, ts, u)]
    else:
        lines = ["季度\t%s（%s）" % (P["noun"], u)] + ["%s\t%s" % (a, b) for a, b in zip(names, ps)] + ["全年\t%s" % ts]
    return lines, "periods sum to the year", [{"rel": "sum", "total": ts, "parts": ps, "ok": not bad(label)}]


def t_restate(r, label, P):
    c = ctx(r)
    w = D(r.randint(12000, 990000))  # in 万元
    y = q(w / D(10000), 2)
    if bad(label):
        y = y + D(r.choice([-1, 1])) * D(r.randint(8, 60)) / D(100)
    sw = fmt_int(w, "a") + "万"
    sy = fmt_dec(y, 2) + "亿"
    if P["v"] == 0:
        lines = ["%d年%s各项存款余额%s元（约合%s元），总量居全市前列。" % (c["year"], c["place"], sw, sy)]
    else:
        lines = ["%s完成%s%s元，折合%s元。" % (c["place"], r.choice(["招商引资到位资金", "社会融资规模", "重点项目投资"]), sw, sy)]
    return lines, "amount in 万 restated in 亿 (rounded to 2 decimals)", [{"rel": "restate", "a": sw, "b": sy, "ok": not bad(label)}]


def t_correction(r, label, P):
    c = ctx(r)
    dom = TOT_DOM[P["dom"]]
    whole, unit, names, kind = dom
    names = names[:3]
    parts = [gen_val(r, kind) for _ in names]
    total = sum(parts)
    wrong = total + D(r.randint(2, 9))
    corr = total if not bad(label) else total - D(r.randint(1, 3)) if total > 5 else total + D(r.randint(1, 3))
    ps = [fmt_int(p) for p in parts]
    lines = ["%s%d年%s%s%s，其中%s。" % (c["place"], c["year"], whole, fmt_int(wrong), unit,
                                     "、".join("%s%s%s" % (a, b, unit) for a, b in zip(names, ps)))]
    if P["v"] == 0:
        lines.append("（更正：上述合计数%s%s应为%s%s。）" % (fmt_int(wrong), unit, fmt_int(corr), unit))
    else:
        lines.append("说明：经核对，原报%s总数%s%s有误，更正为%s%s。" % (whole, fmt_int(wrong), unit, fmt_int(corr), unit))
    return lines, "total as corrected (应为/更正为) must equal the parts; the superseded figure is not checked", [
        {"rel": "sum", "total": fmt_int(corr), "parts": ps, "ok": not bad(label)}]


def t_nested(r, label, P):
    c = ctx(r)
    a1, a2 = D(r.randint(3, 80)), D(r.randint(3, 80))
    a = a1 + a2
    b = D(r.randint(5, 120))
    cc = D(r.randint(5, 120))
    t = a + b + cc
    which = r.randrange(2) if bad(label) else -1
    if which == 0:
        t = perturb(r, t, "mid")
    elif which == 1:
        a1 = perturb(r, a1, "small")
    lines = ["%s%d年共立案查处违法案件%s件，其中无证经营%s件（含食品类%s件、药品类%s件），虚假宣传%s件，商标侵权%s件。" % (
        c["place"], c["year"], t, a, a1, a2, b, cc)]
    ch = [{"rel": "sum", "total": str(t), "parts": [str(a), str(b), str(cc)], "ok": which != 0},
          {"rel": "sum", "total": str(a), "parts": [str(a1), str(a2)], "ok": which != 1}]
    return lines, "two-level breakdown: both the outer and the inner sum are checked", ch


def t_hh_persons(r, label, P):
    c = ctx(r)
    vs = r.sample(VILLAGES, 2)
    h = [D(r.randint(20, 120)) for _ in vs]
    p = [hh * 3 + D(r.randint(0, 40)) for hh in h]
    H, PP = sum(h), sum(p)
    which = r.randrange(2) if bad(label) else -1
    if which == 0:
        H = perturb(r, H, "small")
    elif which == 1:
        PP = perturb(r, PP, "mid")
    lines = ["%s合计安置被征迁户%s户%s人，其中%s%s户%s人、%s%s户%s人。" % (
        c["place"], H, PP, vs[0], h[0], p[0], vs[1], h[1], p[1])]
    ch = [{"rel": "sum", "total": str(H), "parts": [str(x) for x in h], "ok": which != 0},
          {"rel": "sum", "total": str(PP), "parts": [str(x) for x in p], "ok": which != 1}]
    return lines, "households and persons both add up", ch


def t_count_items(r, label, P):
    c = ctx(r)
    items = ["建立问题清单", "完善工作台账", "落实包保责任", "开展交叉检查", "强化结果运用", "健全长效机制", "加强业务培训"]
    k = r.randint(3, 6)
    its = r.sample(items, k)
    stated = k if not bad(label) else k + r.choice([-1, 1])
    sk = cn_int(stated)
    marks = {0: ["一是", "二是", "三是", "四是", "五是", "六是"], 1: ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）"],
             2: ["①", "②", "③", "④", "⑤", "⑥"]}[P["v"]]
    head = "%s重点抓好%s个方面工作：" % (c["place"], sk) if r.random() < 0.5 else "围绕上述目标，我们采取了以下%s项措施。" % sk
    lines = [head]
    if P["v"] == 0:
        lines.append("；".join("%s%s" % (m, it) for m, it in zip(marks, its)) + "。")
    else:
        for m, it in zip(marks, its):
            lines.append("%s%s，做到应改尽改。" % (m, it))
    return lines, "number of enumerated items equals the stated count", [
        {"rel": "count", "stated": sk, "items": [m for m in marks[:k]], "ok": not bad(label)}]


def t_trade(r, label, P):
    c = ctx(r)
    ex = D(r.randint(500, 9000)) / 10
    im = D(r.randint(300, 8000)) / 10
    tot = ex + im
    which = r.randrange(2) if bad(label) else -1
    if which == 0:
        tot = perturb(r, tot, "dec1")
    net = abs(ex - im)
    if which == 1:
        net = perturb(r, net, "dec1")
    word = "顺差" if ex > im else "逆差"
    s = [fmt_dec(x, 1) for x in (tot, ex, im, net)]
    if P["v"] == 0:
        lines = ["%d年%s外贸进出口总额%s亿元，其中出口%s亿元，进口%s亿元，贸易%s%s亿元。" % (c["year"], c["place"], *s[:3], word, s[3])]
    else:
        lines = ["据海关统计，%s货物贸易进出口%s亿元。" % (c["place"], s[0]),
                 "其中，出口%s亿元；进口%s亿元。进出相抵，实现贸易%s%s亿元。" % (s[1], s[2], word, s[3])]
    hi, lo = (s[1], s[2]) if ex > im else (s[2], s[1])
    ch = [{"rel": "sum", "total": s[0], "parts": [s[1], s[2]], "ok": which != 0},
          {"rel": "diff", "a": hi, "b": lo, "c": s[3], "ok": which != 1}]
    return lines, "imports+exports = total; balance = difference", ch


def t_plan_done(r, label, P):
    c = ctx(r)
    plan = D(r.randint(10, 300))
    done = D(r.randint(1, int(plan) - 1))
    rest = plan - done
    if bad(label):
        rest = perturb(r, rest, "small")
    noun = r.choice(["老旧小区改造", "农村户厕改造", "高标准农田建设项目", "城镇燃气管道更新"])
    unit = "个"
    lines = ["%s%d年计划实施%s%s%s，已完工%s%s，剩余%s%s正在加紧施工。" % (c["place"], c["year"], noun, plan, unit, done, unit, rest, unit)]
    return lines, "planned - done = remaining", [{"rel": "diff", "a": str(plan), "b": str(done), "c": str(rest), "ok": not bad(label)}]


def t_court_flow(r, label, P):
    c = ctx(r)
    old = D(r.randint(50, 600))
    new = D(r.randint(800, 9000))
    acc = old + new
    conc = D(r.randint(int(acc * D("0.8")), int(acc) - 1))
    pend = acc - conc
    which = r.randrange(2) if bad(label) else -1
    if which == 0:
        acc = perturb(r, acc, "mid")
    if which == 1:
        pend = perturb(r, pend, "mid")
    m = P.get("mode", "a")
    f = lambda x: fmt_int(x, m)
    lines = ["%d年，%s人民法院受理各类案件%s件（其中旧存%s件、新收%s件），审结%s件，未结%s件。" % (
        c["year"], r.choice([p for p in PLACES if p[-1] in "区县市"]), f(acc), f(old), f(new), f(conc), f(pend))]
    ch = [{"rel": "sum", "total": f(acc), "parts": [f(old), f(new)], "ok": which != 0},
          {"rel": "diff", "a": f(acc), "b": f(conc), "c": f(pend), "ok": which != 1}]
    return lines, "accepted = carried-over + new; accepted - concluded = pending", ch


def t_gender(r, label, P):
    c = ctx(r)
    m, w = D(r.randint(20, 900)), D(r.randint(20, 900))
    t = m + w
    if bad(label):
        w = perturb(r, w, "mid")
    noun = r.choice(["参加技能培训", "报名公益性岗位", "参加义诊", "登记求职"])
    if P["v"] == 0:
        lines = ["%s%s人员%s人，其中男性%s人、女性%s人。" % (c["place"], noun, t, m, w)]
    else:
        lines = ["%s%s男%s人，女%s人，共%s人。" % (c["company"], noun, m, w, t)]
    return lines, "male + female = total", [{"rel": "sum", "total": str(t), "parts": [str(m), str(w)], "ok": not bad(label)}]


def t_cumulative(r, label, P):
    c = ctx(r)
    a = D(r.randint(20, 800))
    b = D(r.randint(5, 300))
    t = a + b
    if bad(label):
        t = perturb(r, t, "mid")
    noun = r.choice(["累计建成5G基站", "累计建成充电桩", "累计发展家庭农场"])
    lines = ["截至%d年底，%s%s%s个，比上年末的%s个新增%s个。" % (c["year"], c["place"], noun, t, a, b)]
    return lines, "year-end stock = previous stock + new", [{"rel": "sum", "total": str(t), "parts": [str(a), str(b)], "ok": not bad(label)}]


def t_deposit(r, label, P):
    c = ctx(r)
    parts = [D(r.randint(300, 9000)) / 10 for _ in range(3)]
    tot = sum(parts)
    if bad(label):
        parts[2] = perturb(r, parts[2], "dec1")
    s = [fmt_dec(x, 1) for x in parts]
    st = fmt_dec(tot, 1)
    lines = ["%d年末，%s金融机构本外币各项%s余额%s亿元。" % (c["year"], c["place"], P["noun"], st),
             "按主体分，住户%s%s亿元，非金融企业%s%s亿元，%s%s亿元。" % (P["noun"], s[0], P["noun"], s[1], P["third"], s[2])]
    return lines, "balance by holder sums to total", [{"rel": "sum", "total": st, "parts": s, "ok": not bad(label)}]


def t_three_industry_value(r, label, P):
    c = ctx(r)
    parts = [D(r.randint(100, 3000)) / 100 for _ in range(3)]
    tot = sum(parts)
    if bad(label):
        tot = perturb(r, tot, "dec2")
    s = [fmt_dec(x, 2) for x in parts]
    st = fmt_dec(tot, 2)
    lines = ["初步核算，%s%d年实现地区生产总值%s亿元。其中，第一产业增加值%s亿元，第二产业增加值%s亿元，第三产业增加值%s亿元。" % (
        c["place"], c["year"], st, *s)]
    return lines, "GDP = sum of three industries' value added", [{"rel": "sum", "total": st, "parts": s, "ok": not bad(label)}]


def t_cn_mixed(r, label, P):
    c = ctx(r)
    parts = [r.randint(2, 30) for _ in range(3)]
    tot = sum(parts)
    if bad(label):
        parts[1] += r.choice([-1, 1]) * r.randint(1, 3)
        if parts[1] <= 0:
            parts[1] += 5
    names = ["省级", "市级", "县级"]
    sz = [cn_int(x) for x in parts]
    st = cn_int(tot)
    lines = ["%s共有%s个村获评文明村，其中%s。" % (c["place"], st, "，".join("%s%s个" % (a, b) for a, b in zip(names, sz)))]
    return lines, "Chinese numerals: parts add up to total", [{"rel": "sum", "total": st, "parts": sz, "ok": not bad(label)}]


def t_investment_sector(r, label, P):
    c = ctx(r)
    parts, total, what = sum_values(r, label, "dec1", 3)
    s = [fmt_dec(x, 1) for x in parts]
    st = fmt_dec(total, 1)
    lines = ["%d年%s固定资产投资完成情况" % (c["year"], c["place"]),
             "第一产业投资：%s亿元" % s[0], "第二产业投资：%s亿元" % s[1], "第三产业投资：%s亿元" % s[2],
             "全社会固定资产投资：%s亿元" % st]
    return lines, "three industries' investment sum to the whole (whole stated last)", [{"rel": "sum", "total": st, "parts": s, "ok": not bad(label)}]


def t_audit_recover(r, label, P):
    c = ctx(r)
    a = D(r.randint(1000, 90000)) / 100
    b = D(r.randint(500, 60000)) / 100
    t = a + b
    if bad(label):
        b = perturb(r, b, "dec2")
    sa, sb, st = fmt_dec(a, 2), fmt_dec(b, 2), fmt_dec(t, 2)
    lines = ["审计期间，共促进增收节支和挽回损失%s万元，其中上缴财政%s万元，归还原渠道资金%s万元。" % (st, sa, sb),
             "移送问题线索%d件。" % r.randint(2, 9)]
    return lines, "audit money recovered: parts sum to the whole", [{"rel": "sum", "total": st, "parts": [sa, sb], "ok": not bad(label)}]


reg("wan_whole_parts_pension", "totals", "ci", t_wan_mixed, v=0)
reg("wan_whole_parts_medical", "totals", "ci", t_wan_mixed, v=1)
reg("diff_village_finance", "totals", "ci", t_diff_budget, v=0)
reg("diff_company_lines", "totals", "ci", t_diff_budget, v=1)
reg("diff_fund_balance", "totals", "ci", t_diff_budget, v=2)
reg("change_from_to_staff", "totals", "ci", t_change, v=0, noun="在编人员", unit="人")
reg("change_compare_year_enterprises", "totals", "ci", t_change, v=1, noun="规模以上工业企业数量为", unit="家", kind="small")
reg("change_area_decimal", "totals", "ci", t_change, v=2, noun="耕地保有面积", unit="公顷", kind="dec1")
reg("change_households_comma", "totals", "ci", t_change, v=0, noun="低保户", unit="户", kind="big", mode="c")
reg("quarters_sum_year", "totals", "ci", t_quarters, v=0, noun="完成工业用电量", unit="万千瓦时", kind="dec1")
reg("halves_sum_year", "totals", "ci", t_quarters, v=1, noun="接待游客", unit="人次", kind="big")
reg("quarters_table", "totals", "ci", t_quarters, v=2, noun="新增城镇就业", unit="人", kind="mid")
reg("restate_wan_yi_deposit", "totals", "ci", t_restate, v=0)
reg("restate_wan_yi_invest", "totals", "ci", t_restate, v=1)
reg("correction_yingwei", "totals", "ci", t_correction, v=0, dom="env")
reg("correction_gengzheng", "totals", "ci", t_correction, v=1, dom="xinfang")
reg("nested_qizhong_han", "totals", "ci", t_nested)
reg("households_and_persons", "totals", "ci", t_hh_persons)
reg("count_yishi_items", "totals", "ci", t_count_items, v=0)
reg("count_paren_items", "totals", "ci", t_count_items, v=1)
reg("count_circled_items", "totals", "ci", t_count_items, v=2)
reg("trade_total_and_surplus", "totals", "ci", t_trade, v=0)
reg("trade_two_sentences", "totals", "ci", t_trade, v=1)
reg("plan_done_remaining", "totals", "ci", t_plan_done)
reg("court_old_new_pending", "totals", "ci", t_court_flow)
reg("court_flow_comma", "totals", "ci", t_court_flow, mode="c")
reg("gender_split_qizhong", "totals", "ci", t_gender, v=0)
reg("gender_split_total_after", "totals", "ci", t_gender, v=1)
reg("stock_plus_new", "totals", "ci", t_cumulative)
reg("deposit_by_holder", "totals", "ci", t_deposit, noun="存款", third="机关团体")
reg("loan_by_holder", "totals", "ci", t_deposit, noun="贷款", third="非银行业金融机构")
reg("gdp_three_industries_value", "totals", "ci", t_three_industry_value)
reg("cn_numeral_villages", "totals", "ci", t_cn_mixed)
reg("investment_lines_whole_last", "totals", "ci", t_investment_sector)
reg("audit_money_recovered", "totals", "ci", t_audit_recover)


# ---------------------------------------------------------------------------------------------
# TOTALS: negatives (look-alikes that are not checkable)
# ---------------------------------------------------------------------------------------------
def neg(why):
    return [{"rel": "none", "why": why}]


def tn_overlap(r, label, P):
    c = ctx(r)
    t = r.randint(40, 300)
    a, b, d = r.randint(10, t - 5), r.randint(10, t - 5), r.randint(3, t // 2)
    if P["v"] == 0:
        s = "%s共发展新党员%d名，其中女性%d名、35岁以下%d名、大专以上学历%d名。" % (c["place"], t, a, b, d)
    else:
        s = "%s共有村（社区）干部%d人，其中党员%d人，大学生%d人。" % (c["place"], t, a, b)
    return [s], "overlapping attributes under 其中 (gender/age/education), not a partition", neg("overlapping subsets")


def tn_selection(r, label, P):
    c = ctx(r)
    t = r.randint(60, 500)
    parts = [r.randint(5, 40) for _ in range(3)]
    names = r.sample(["水果", "蔬菜", "中药材", "茶叶", "花卉", "食用菌"], 3)
    s = "%s特色产业种植面积%d亩，主要有%s。" % (c["village"], t, "、".join("%s%d亩" % (n, p) for n, p in zip(names, parts)))
    return [s], "parts introduced by 主要有 are a selection, need not sum to total", neg("selection 主要有")


def tn_deng(r, label, P):
    c = ctx(r)
    t = r.randint(50, 400)
    parts = [r.randint(5, 40) for _ in range(3)]
    names = ["道路硬化", "路灯安装", "污水管网", "停车场"]
    s = "%s全年实施民生实事项目%d个，包括%s等。" % (c["place"], t, "、".join("%s%d个" % (n, p) for n, p in zip(names, parts)))
    return [s], "partial list closed by 等", neg("partial list 等")


def tn_approx(r, label, P):
    c = ctx(r)
    parts = [r.randint(100, 900) for _ in range(3)]
    tt = sum(parts)
    word = r.choice(["约", "近", "余", "多"])
    rounded = (tt // 100 + (1 if word == "近" else 0)) * 100
    if word in "余多":
        tot = "%d%s" % ((tt // 100) * 100, word)
        s = "%s开展志愿服务活动，参与群众%s人次，其中敬老%d人次、助学%d人次、环保%d人次。" % (c["place"], tot, *parts)
    else:
        s = "%s开展志愿服务活动，参与群众%s%d人次，其中敬老%d人次、助学%d人次、环保%d人次。" % (c["place"], word, rounded, *parts)
    return [s], "approximate whole (约/近/余/多) is not exact; not checkable", neg("approximate total")


def tn_codes(r, label, P):
    c = ctx(r)
    v = P["v"]
    if v == 0:
        s = "%s于%d年%d月%d日开通服务热线0%d-%d，新购置XK-%d型洒水车%d台。" % (
            c["place"], c["year"], r.randint(1, 12), r.randint(1, 28), r.randint(510, 799), r.randint(6000000, 8999999),
            r.randint(100, 900), r.randint(2, 6))
    elif v == 1:
        s = "%s在%d年全市综合考评中位列第%d名，较上年前移%d位，连续%d年获评先进单位。" % (
            c["place"], c["year"], r.randint(2, 9), r.randint(1, 3), r.randint(2, 5))
    else:
        s = "依据《%s管理办法》（%s〔%d〕%d号）第%d条第%d款，共办理许可%d件。" % (
            r.choice(["城市排水", "建筑垃圾", "户外广告"]), c["place"][:2] + "政发", c["year"], r.randint(3, 40),
            r.randint(5, 30), r.randint(1, 4), r.randint(20, 200))
    return [s], "dates, phone numbers, model numbers, ranks, document numbers: no relation", neg("identifiers")


def tn_plusx(r, label, P):
    c = ctx(r)
    s = r.choice([
        "%s推进“1+X”证书制度试点，%d名学生取得职业技能等级证书。" % (c["place"], r.randint(30, 400)),
        "实行“7+X”工作机制，每周%d天集中办公，%d个专班联合攻坚。" % (r.randint(2, 5), r.randint(3, 9)),
        "构建“%d+%d+N”产业体系，推动%d个主导产业集群发展。" % (r.randint(1, 3), r.randint(2, 5), r.randint(3, 8)),
        "落实“%d+%d”联系机制，%d名干部下沉一线。" % (r.randint(1, 2), r.randint(3, 6), r.randint(20, 200)),
    ])
    return [s], "“1+X”/“7+X”/“3+5+N” are names of schemes, not sums", neg("scheme names")


def tn_diff_wholes(r, label, P):
    c = ctx(r)
    a, b = r.randint(500, 3000), r.randint(500, 3000)
    k = r.randint(10, 200)
    s = "%d年%s受理案件%d件，%d年审结案件%d件，另有%d件移送其他机关处理。" % (c["year"] - 1, c["place"], a, c["year"], b, k)
    return [s], "figures belong to different years / different wholes; nothing adds up", neg("different wholes")


def tn_single_part(r, label, P):
    c = ctx(r)
    t = r.randint(20, 200)
    p = r.randint(2, max(3, t // 3))
    s = "%s现有规模以上工业企业%d家，其中产值亿元以上企业%d家。" % (c["place"], t, p)
    return [s], "single subset under 其中, no partition claimed", neg("single subset")


def tn_range(r, label, P):
    c = ctx(r)
    a = r.randint(2, 5)
    s = "%s计划用%d—%d年时间，每年新增绿地%d至%d公顷，力争建成%d个口袋公园。" % (
        c["place"], a, a + 2, r.randint(10, 20), r.randint(25, 40), r.randint(5, 30))
    return [s], "ranges and targets, no relation", neg("ranges")


def tn_cumulative_vs_year(r, label, P):
    c = ctx(r)
    cum = r.randint(20, 90)
    yr = r.randint(2, 9)
    s = "%s累计建成高标准农田%d万亩，其中%d年新建%d万亩，改造提升%d万亩。" % (c["place"], cum, c["year"], yr, r.randint(2, 9))
    return [s], "cumulative stock vs one-year additions: not a partition", neg("cumulative vs annual")


def tn_per_unit(r, label, P):
    c = ctx(r)
    s = "%s为%d户困难家庭每户发放慰问金%d元，并为%d名留守儿童每人赠送书包%d个。" % (
        c["place"], r.randint(20, 200), r.choice([500, 800, 1000, 1500]), r.randint(10, 90), 1)
    return [s], "per-household amounts without a stated product", neg("per-unit figures")


def tn_plus_more(r, label, P):
    c = ctx(r)
    a, b = r.randint(20, 90), r.randint(10, 60)
    s = "%s培训党员干部%d多人次，开展志愿服务%d余场，惠及群众%d万余人。" % (c["place"], a * 10, b, r.randint(1, 9))
    return [s], "numbers with 多/余 and no whole-part relation", neg("approximate counts")


def tn_sub_categories(r, label, P):
    c = ctx(r)
    t = r.randint(100, 900)
    a = r.randint(10, t // 2)
    b = r.randint(5, a)
    s = "%s受理投诉举报%d件，其中涉及食品安全%d件，食品安全中涉及网络订餐%d件。" % (c["place"], t, a, b)
    return [s], "nested subset (b within a), not parts of the same whole", neg("nested subset")


def tn_target_vs_actual(r, label, P):
    c = ctx(r)
    tg = r.randint(100, 900)
    ac = r.randint(100, 900)
    s = "%s年度目标新增市场主体%d户，实际新增%d户；目标引进项目%d个，已签约%d个。" % (c["place"], tg, ac, r.randint(5, 20), r.randint(3, 25))
    return [s], "target and actual: no arithmetic relation stated", neg("target vs actual")


def tn_table_no_total(r, label, P):
    c = ctx(r)
    names = r.sample(VILLAGES, 3)
    lines = ["村（社区）｜户数｜人口｜耕地（亩）"] + ["%s｜%d｜%d｜%d" % (n, r.randint(200, 900), r.randint(900, 3500), r.randint(500, 4000)) for n in names]
    lines.append("注：%s数据来源于%d年统计年报。" % (c["place"], c["year"]))
    return lines, "table without a total row: nothing to check", neg("table without totals")


def tn_compare_only(r, label, P):
    c = ctx(r)
    a = r.randint(100, 900)
    s = "%s全年共办理建议提案%d件，办结率和满意率均位居全市前列，比上年多办理一批群众关心的实事。" % (c["place"], a)
    return [s], "one number and qualitative comparison", neg("single figure")


reg("neg_overlap_attributes", "totals", "neg", tn_overlap, v=0)
reg("neg_overlap_cadres", "totals", "neg", tn_overlap, v=1)
reg("neg_selection_zhuyaoyou", "totals", "neg", tn_selection)
reg("neg_partial_list_deng", "totals", "neg", tn_deng)
reg("neg_approx_total", "totals", "neg", tn_approx)
reg("neg_phone_model_date", "totals", "neg", tn_codes, v=0)
reg("neg_rank_positions", "totals", "neg", tn_codes, v=1)
reg("neg_document_numbers", "totals", "neg", tn_codes, v=2)
reg("neg_plus_x_schemes", "totals", "neg", tn_plusx)
reg("neg_different_year_wholes", "totals", "neg", tn_diff_wholes)
reg("neg_single_subset", "totals", "neg", tn_single_part)
reg("neg_ranges_targets", "totals", "neg", tn_range)
reg("neg_cumulative_vs_annual", "totals", "neg", tn_cumulative_vs_year)
reg("neg_per_unit_amounts", "totals", "neg", tn_per_unit)
reg("neg_duo_yu_counts", "totals", "neg", tn_plus_more)
reg("neg_nested_subset", "totals", "neg", tn_sub_categories)
reg("neg_target_vs_actual", "totals", "neg", tn_target_vs_actual)
reg("neg_table_no_total", "totals", "neg", tn_table_no_total)
reg("neg_single_figure", "totals", "neg", tn_compare_only)


# ---------------------------------------------------------------------------------------------
# PCT
# ---------------------------------------------------------------------------------------------
MALFORMS = ["xx", "space", "lead", "double_fw", "double", "XX", "space_fw", "dots"]


def malform(val_str, kind):
    if kind == "xx":
        return "xx%"
    if kind == "XX":
        return "XX%"
    if kind == "space":
        return val_str + " %"
    if kind == "space_fw":
        return val_str + " ％"
    if kind == "lead":
        return "%" + val_str
    if kind == "double_fw":
        return val_str + "％％"
    if kind == "double":
        return val_str + "%%"
    if kind == "dots":
        return val_str.replace(".", "..") + "%" if "." in val_str else val_str + ".%"
    raise ValueError(kind)


def rate_pair(r, lo_ratio, hi_ratio, den_lo, den_hi, d):
    for _ in range(200):
        den = r.randint(den_lo, den_hi)
        num = r.randint(max(1, int(den * lo_ratio)), max(1, int(den * hi_ratio)))
        exact = D(num) * 100 / D(den)
        if exact.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP) != exact.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_EVEN):
            continue
        return num, den, exact
    return num, den, exact


def wrong_rate(r, exact, d):
    true = q(exact, d)
    for _ in range(100):
        delta = D(r.choice([-1, 1])) * (D(r.randint(5, 60)) / D(10))
        w = q(true + delta, d)
        if exact <= 100 and w > 100:
            continue
        if w > 0 and abs(w - exact) > D("0.4"):
            return w
    return true + D(3)


def p_rate(r, label, P):
    """num/den = rate; P: v (phrasing), d (decimals), pm (pct mode), dom."""
    c = ctx(r)
    d = P.get("d", 2)
    noun_den, noun_num, rate_name, unit = P["words"]
    lo, hi = P.get("ratio", (0.85, 1.0))
    num, den, exact = rate_pair(r, lo, hi, P.get("den_lo", 40), P.get("den_hi", 3000), d)
    rate = q(exact, d)
    mal = None
    if bad(label):
        if P.get("malform"):
            mal = r.choice(MALFORMS)
        else:
            rate = wrong_rate(r, exact, d)
    pm = P.get("pm", "a")
    rs = fmt_pct(rate, d, pm)
    nm = P.get("mode", "a")
    sn, sd = fmt_int(num, nm), fmt_int(den, nm)
    if mal:
        rs = malform(format(rate, "f"), mal)
    v = P.get("v", 0)
    if v == 0:
        s = "%s%s%s%s，%s%s%s，%s%s%s。" % (c["place"], noun_den, sd, unit, noun_num, sn, unit, rate_name, r.choice(["", "达", "为", "达到"]), rs)
    elif v == 1:
        s = "%s%s达到%s，%s%s%s中%s%s%s。" % (c["place"], rate_name, rs, noun_den, sd, unit, noun_num, sn, unit)
    elif v == 2:
        s = "%s%s%s（%s/%s）。" % (c["place"], rate_name, rs, sn, sd)
    elif v == 3:
        s = "%s%s%s%s，其中%s%s%s，%s%s。" % (c["year"], "年" + noun_den, sd, unit, noun_num, sn, unit, rate_name, rs)
    elif v == 4:
        s = "%s\t%s\t%s\t%s" % (c["place"], sd, sn, rs)
        return (["单位\t%s（%s）\t%s（%s）\t%s" % (noun_den, unit, noun_num, unit, rate_name), s],
                "table row: rate = num/den", rate_checks(sn, sd, rs, mal))
    else:
        s = "%s共有%s%s%s，截至年底已%s%s%s，%s为%s。" % (c["place"], noun_den.replace("应", "需"), sd, unit, noun_num, sn, unit, rate_name, rs)
    note = "%s = %s/%s" % (rate_name, num, den)
    if mal:
        note += "; percentage malformed (%s) -> inconsistent" % mal
    elif bad(label):
        note += "; stated %s but true %.4f" % (rs, exact)
    return [s], note, rate_checks(sn, sd, rs, mal)


def rate_checks(sn, sd, rs, mal):
    if mal:
        return [{"rel": "pct_format", "token": rs, "ok": False}]
    return [{"rel": "rate", "num": sn, "den": sd, "pct": rs, "ok": None}]


RATE_STYLES = [
    ("rate_grid_events", dict(words=("网格事件", "办结", "办结率", "件"), v=0, d=2)),
    ("rate_rectify_items", dict(words=("发现问题", "已完成整改", "整改率", "条"), v=0, d=1, ratio=(0.6, 0.98))),
    ("rate_vaccination", dict(words=("目标人群", "完成接种", "接种率", "人"), v=1, d=1, den_lo=2000, den_hi=40000, mode="c")),
    ("rate_fraction_paren", dict(words=("案件", "结案", "结案率", "件"), v=2, d=1)),
    ("rate_year_qizhong", dict(words=("抽检食品", "合格", "合格率", "批次"), v=3, d=2, ratio=(0.9, 1.0))),
    ("rate_table_row", dict(words=("应参保人数", "已参保人数", "参保率", "人"), v=4, d=2, den_lo=3000, den_hi=90000)),
    ("rate_de_shape", dict(words=("应改造户厕", "改造完成", "完成率", "户"), v=5, d=1)),
    ("rate_integer_pct", dict(words=("建档立卡户", "签约家庭医生", "签约率", "户"), v=0, d=0, ratio=(0.7, 1.0))),
    ("rate_fullwidth_pct", dict(words=("信访事项", "按期办结", "按期办结率", "件"), v=0, d=1, pm="f")),
    ("rate_fw_sign_only", dict(words=("12345工单", "办结", "办结率", "件"), v=1, d=2, pm="fp")),
    ("rate_low_ratio", dict(words=("抽查企业", "发现问题企业", "问题发现率", "家"), v=0, d=1, ratio=(0.05, 0.4))),
    ("rate_satisfaction", dict(words=("回访群众", "表示满意", "满意率", "人"), v=3, d=1, ratio=(0.9, 1.0))),
    ("rate_pass_exam", dict(words=("参加考核人员", "考核合格", "合格率", "人"), v=1, d=0, ratio=(0.6, 1.0))),
    ("rate_arbitration_mediation", dict(words=("仲裁案件", "调解结案", "调解率", "件"), v=0, d=1, ratio=(0.4, 0.9))),
    ("rate_procur_approval", dict(words=("审查逮捕案件", "批准逮捕", "批捕率", "件"), v=3, d=2, ratio=(0.5, 0.95))),
    ("rate_unemployment", dict(words=("城镇从业及登记失业人员", "登记失业人员", "城镇登记失业率", "人"), v=0, d=2, ratio=(0.015, 0.045), den_lo=20000, den_hi=90000, mode="c")),
    ("rate_malformed_grid", dict(words=("网格事件", "办结", "办结率", "件"), v=0, d=2, malform=True)),
    ("rate_malformed_rectify", dict(words=("巡察反馈问题", "整改到位", "整改完成率", "个"), v=3, d=1, malform=True, ratio=(0.7, 1.0))),
    ("rate_malformed_coverage", dict(words=("行政村", "实现光纤覆盖", "覆盖率", "个"), v=1, d=1, malform=True, ratio=(0.8, 1.0), den_lo=20, den_hi=300)),
    ("rate_malformed_table", dict(words=("应检人数", "实检人数", "检测率", "人"), v=4, d=2, malform=True, den_lo=500, den_hi=9000)),
]
for _nm, _p in RATE_STYLES:
    reg(_nm, "pct", "ci", p_rate, **_p)


def p_share(r, label, P):
    c = ctx(r)
    d = P.get("d", 1)
    whole_n, part_n, unit = P["words"]
    kind = P.get("kind", "int")
    for _ in range(200):
        if kind == "int":
            den = D(r.randint(100, 9000))
            lo, hi = P.get("ratio", ("0.05", "0.7"))
            den = D(r.randint(*P.get("den", (100, 9000))))
            num = D(r.randint(int(den * D(lo)), int(den * D(hi))))
        else:
            den = D(r.randint(1000, 90000)) / 100
            num = D(r.randint(int(den * 5), int(den * 70))) / 100
        exact = num * 100 / den
        if q(exact, d) == exact.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_EVEN):
            break
    rate = q(exact, d) if not bad(label) else wrong_rate(r, exact, d)
    sn = fmt_int(num) if kind == "int" else fmt_dec(num, 2)
    sd = fmt_int(den) if kind == "int" else fmt_dec(den, 2)
    rs = fmt_pct(rate, d)
    v = P["v"]
    if v == 0:
        s = "%s%s%s%s，其中%s%s%s，占%s。" % (c["place"], whole_n, sd, unit, part_n, sn, unit, rs)
    elif v == 1:
        s = "%s%s%s%s，占全部%s（%s%s）的比重为%s。" % (c["place"], part_n, sn, unit, whole_n, sd, unit, rs)
    elif v == 2:
        s = "%d年%s%s%s%s，占比%s；%s总量为%s%s。" % (c["year"], c["place"], part_n, sn, unit, rs, whole_n, sd, unit)
    else:
        s = "在%s%s%s的%s中，%s占%s，计%s%s。" % (c["place"], sd, unit, whole_n, part_n, rs, sn, unit)
    return [s], "share = part/whole", [{"rel": "rate", "num": sn, "den": sd, "pct": rs, "ok": None}]


reg("share_zhan_qizhong", "pct", "ci", p_share, v=0, words=("户籍人口", "60岁以上老年人", "人"), ratio=("0.12", "0.32"), den=(8000, 90000))
reg("share_bizhong_paren", "pct", "ci", p_share, v=1, words=("规上工业产值", "高新技术产业产值", "亿元"), kind="dec")
reg("share_zhanbi_whole_after", "pct", "ci", p_share, v=2, words=("进出口", "对东盟进出口", "亿元"), kind="dec")
reg("share_zhan_before_number", "pct", "ci", p_share, v=3, words=("新增就业人员", "高校毕业生", "人"), d=2)
reg("share_tax_ratio", "pct", "ci", p_share, v=0, words=("一般公共预算收入", "税收收入", "万元"), kind="dec", d=2)


def p_growth(r, label, P):
    c = ctx(r)
    d = P.get("d", 1)
    dec = P.get("dec", 0)
    down = P.get("down", False)
    for _ in range(300):
        if dec:
            old = D(r.randint(1000, 90000)) / D(10 ** dec)
            f = D(r.randint(P.get("lo", 2), P.get("hi", 40))) / D(100)
            new = q(old * (1 - f if down else 1 + f) + D(r.randint(-50, 50)) / D(10 ** dec) / 10, dec)
        else:
            old = D(r.randint(50, 5000))
            f = D(r.randint(P.get("lo", 2), P.get("hi", 40))) / D(100)
            new = (old * (1 - f if down else 1 + f)).quantize(D(1)) + r.randint(-3, 3)
        if new <= 0 or new == old or (new < old) != down:
            continue
        exact = abs(new - old) * 100 / old
        if q(exact, d) == exact.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_EVEN) and exact < 100:
            break
    g = q(exact, d) if not bad(label) else wrong_rate(r, exact, d)
    if g <= 0:
        g = q(exact, d) + D(2)
    so = fmt_dec(old, dec) if dec else fmt_int(old, P.get("mode", "a"))
    sn = fmt_dec(new, dec) if dec else fmt_int(new, P.get("mode", "a"))
    gs = fmt_pct(g, d, P.get("pm", "a"))
    noun, unit = P["noun"], P["unit"]
    v = P["v"]
    up_w, dn_w = r.choice([("增长", "下降"), ("增加", "减少"), ("提高", "降低")]) if v != 3 else ("增长", "下降")
    w = dn_w if down else up_w
    if v == 0:
        s = "%s%s由%s%s%s至%s%s，%s%s。" % (c["place"], noun, so, unit, "降" if down else "增", sn, unit, w, gs)
    elif v == 1:
        s = "%d年%s%s%s%s，同比%s%s（上年为%s%s）。" % (c["year"], c["place"], noun, sn, unit, w, gs, so, unit)
    elif v == 2:
        s = "%s%s%s%s，比上年的%s%s%s%s。" % (c["place"], noun, sn, unit, so, unit, w, gs)
    elif v == 3:
        s = "%s%s%s%s，%d年为%s%s，%s%s。" % (c["place"], noun, sn, unit, c["year"] - 1, so, unit, "降幅" if down else "增幅", gs)
    else:
        return (["指标\t%d年\t%d年\t增幅" % (c["year"] - 1, c["year"]), "%s（%s）\t%s\t%s\t%s" % (noun, unit, so, sn, ("-" if down else "") + gs)],
                "table: growth = (new-old)/old", [{"rel": "growth", "old": so, "new": sn, "pct": gs, "dir": "down" if down else "up", "ok": None}])
    return [s], "growth = (new-old)/old, stated %s" % gs, [
        {"rel": "growth", "old": so, "new": sn, "pct": gs, "dir": "down" if down else "up", "ok": None}]


reg("growth_from_to", "pct", "ci", p_growth, v=0, noun="常住人口城镇化人口", unit="人")
reg("growth_yoy_paren_base", "pct", "ci", p_growth, v=1, noun="社会消费品零售总额", unit="亿元", dec=2)
reg("growth_bi_shangnian", "pct", "ci", p_growth, v=2, noun="接待游客", unit="万人次", dec=1, d=2)
reg("growth_zengfu", "pct", "ci", p_growth, v=3, noun="实现税收收入", unit="万元", dec=1)
reg("growth_table", "pct", "ci", p_growth, v=4, noun="一般公共预算收入", unit="万元", dec=1)
reg("decline_from_to", "pct", "ci", p_growth, v=0, noun="生产安全事故起数", unit="起", down=True, lo=5, hi=60)
reg("decline_yoy", "pct", "ci", p_growth, v=1, noun="刑事案件立案数", unit="起", down=True)
reg("decline_table", "pct", "ci", p_growth, v=4, noun="万元GDP能耗", unit="吨标准煤", dec=3, down=True, lo=1, hi=9, d=2)
reg("growth_deposit_balance", "pct", "ci", p_growth, v=1, noun="金融机构人民币存款余额", unit="亿元", dec=2, lo=3, hi=20)
reg("growth_loan_balance", "pct", "ci", p_growth, v=2, noun="各项贷款余额", unit="亿元", dec=2, lo=3, hi=25, d=2)
reg("growth_fullwidth", "pct", "ci", p_growth, v=0, noun="规上工业企业数", unit="家", pm="f", lo=3, hi=30)
reg("growth_comma_values", "pct", "ci", p_growth, v=2, noun="新增城镇就业", unit="人", mode="c", d=2)


def p_multi_growth(r, label, P):
    c = ctx(r)
    names = P["names"]
    olds, news, gs = [], [], []
    wrong = r.randrange(len(names)) if bad(label) else -1
    for i in range(len(names)):
        for _ in range(200):
            lo, hi = P["ranges"][i]
            old = D(r.randint(lo, hi)) / 10
            new = q(old * (1 + D(r.randint(2, 25)) / 100) + D(r.randint(-9, 9)) / 10, 1)
            exact = (new - old) * 100 / old
            if new > old and q(exact, 1) == exact.quantize(D("0.1"), rounding=ROUND_HALF_EVEN):
                break
        g = q(exact, 1) if i != wrong else wrong_rate(r, exact, 1)
        olds.append(fmt_dec(old, 1)); news.append(fmt_dec(new, 1)); gs.append(fmt_pct(g, 1))
    lines = ["%d年，%s%s分别为%s%s，上年分别为%s%s，分别增长%s。" % (
        c["year"], c["place"], "、".join(names), "、".join(news), P["unit"], "、".join(olds), P["unit"], "、".join(gs))]
    ch = [{"rel": "growth", "old": o, "new": n, "pct": g, "dir": "up", "ok": i != wrong} for i, (o, n, g) in enumerate(zip(olds, news, gs))]
    return lines, "分别增长: each rate matches its own pair", ch


reg("multi_growth_fenbie_income", "pct", "ci", p_multi_growth, names=["城镇居民人均可支配收入", "农村居民人均可支配收入"], unit="元", ranges=[(300000, 500000), (150000, 280000)])
reg("multi_growth_fenbie_trade", "pct", "ci", p_multi_growth, names=["出口", "进口", "加工贸易"], unit="亿元", ranges=[(1000, 9000), (1000, 9000), (200, 2000)])


def shares_gen(r, n, d, total=D(100), w=None):
    for _ in range(500):
        raw = [D(r.randint(*w[i])) if w else D(r.randint(5, 100)) for i in range(n)]
        s = sum(raw)
        exact = [x * total / s for x in raw]
        rounded = [q(x, d) for x in exact]
        ok = all(q(x, d) == x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_EVEN) for x in exact)
        if ok:
            return rounded
    return rounded


def p_three_industry(r, label, P):
    c = ctx(r)
    d = P.get("d", 1)
    sh = shares_gen(r, 3, d, w=P.get("w"))
    if bad(label):
        i = r.randrange(3)
        sh[i] = sh[i] + D(r.choice([-1, 1])) * D(r.randint(15, 60)) / 10
        if sh[i] <= 0:
            sh[i] += 8
    ss = [fmt_pct(x, d, P.get("pm", "a")) for x in sh]
    v = P["v"]
    if v == 0:
        s = "%s%d年三次产业结构中，第一产业占%s，第二产业占%s，第三产业占%s。" % (c["place"], c["year"], *ss)
        ch = [{"rel": "shares_100", "shares": ss, "ok": None}]
    elif v == 1:
        s = "从产业构成看，第一、二、三产业增加值占地区生产总值的比重分别为%s、%s和%s。" % tuple(ss)
        ch = [{"rel": "shares_100", "shares": ss, "ok": None}]
    else:
        cats = P["cats"]
        s = "%s%s中，%s。" % (c["place"], P["whole"], "，".join("%s占%s" % (a, b) for a, b in zip(cats, ss)))
        ch = [{"rel": "shares_100", "shares": ss, "ok": None}]
    note = "exhaustive shares must sum to 100 within rounding (sum %s)" % sum(sh)
    return [s], note, ch


IND_W = [(40, 200), (300, 500), (350, 600)]
reg("three_industry_shares", "pct", "ci", p_three_industry, v=0, w=IND_W)
reg("three_industry_bizhong_fenbie", "pct", "ci", p_three_industry, v=1, d=1, w=IND_W)
reg("three_industry_two_decimals", "pct", "ci", p_three_industry, v=0, d=2, w=IND_W)
reg("shares_exhaustive_age", "pct", "ci", p_three_industry, v=2, whole="常住人口", cats=["0—14岁人口", "15—59岁人口", "60岁及以上人口"], w=[(120, 200), (550, 680), (180, 300)])
reg("shares_exhaustive_fullwidth", "pct", "ci", p_three_industry, v=2, whole="生活垃圾处理方式", cats=["焚烧发电", "卫生填埋", "资源化利用"], pm="f")


def p_partial_shares(r, label, P):
    """shares of one whole, not exhaustive: must not exceed 100."""
    c = ctx(r)
    n = 3
    if bad(label):
        sh = [D(r.randint(250, 480)) / 10 for _ in range(n)]
        while sum(sh) <= 103:
            sh[0] += 10
    else:
        sh = [D(r.randint(50, 280)) / 10 for _ in range(n)]
    ss = [fmt_pct(x, 1) for x in sh]
    cats = P["cats"]
    s = "%s%s中，%s，%s。" % (c["place"], P["whole"], "，".join("%s占%s" % (a, b) for a, b in zip(cats, ss)),
                           r.choice(["其余为其他类型", "其他类别占比较小", "结构持续优化"]))
    return [s], "shares of one whole cannot sum past 100 (sum %s)" % sum(sh), [{"rel": "shares_le_100", "shares": ss, "ok": None}]


reg("partial_shares_exports", "pct", "ci", p_partial_shares, whole="出口总额", cats=["机电产品", "劳动密集型产品", "农产品"])
reg("partial_shares_complaints", "pct", "ci", p_partial_shares, whole="受理的投诉举报", cats=["物业服务类", "住房保障类", "市政设施类"])


def p_contrib_pp(r, label, P):
    c = ctx(r)
    parts = [D(r.randint(2, 40)) / 10 for _ in range(3)]
    tot = sum(parts)
    if bad(label):
        tot = tot + D(r.choice([-1, 1])) * D(r.randint(5, 20)) / 10
        if tot <= 0:
            tot += 3
    ps = [fmt_dec(x, 1) for x in parts]
    ts = fmt_pct(tot, 1)
    if P["v"] == 0:
        s = "%s%d年地区生产总值增长%s，其中第一、二、三产业分别拉动经济增长%s、%s和%s个百分点。" % (c["place"], c["year"], ts, *ps)
    else:
        s = "%s规上工业增加值增长%s。分行业看，装备制造业拉动%s个百分点，食品加工业拉动%s个百分点，其他行业合计拉动%s个百分点。" % (c["place"], ts, *ps)
    return [s], "contributions in percentage points sum to total growth (within rounding)", [
        {"rel": "pp_sum", "total": ts, "parts": ps, "ok": None}]


reg("pp_contributions_gdp", "pct", "ci", p_contrib_pp, v=0)
reg("pp_contributions_industry", "pct", "ci", p_contrib_pp, v=1)


def p_pp_change(r, label, P):
    c = ctx(r)
    a = D(r.randint(200, 700)) / 10
    b = a + D(r.randint(-50, 80)) / 10
    if b == a:
        b += D("0.7")
    pp = abs(b - a)
    if bad(label):
        pp = pp + D(r.randint(3, 15)) / 10 if r.random() < 0.6 or pp < 2 else pp - D(r.randint(3, 9)) / 10
    up = b > a
    sa, sb, sp = fmt_pct(a, 1), fmt_pct(b, 1), fmt_dec(pp, 1)
    s = "%s%s由%d年的%s%s至%s，%s%s个百分点。" % (c["place"], P["noun"], c["year"] - 1, sa, "提高" if up else "下降", sb,
                                          "提高" if up else "下降", sp)
    return [s], "percentage-point change = b - a", [{"rel": "pp_change", "a": sa, "b": sb, "pp": sp, "dir": "up" if up else "down", "ok": None}]


reg("pp_change_bizhong", "pct", "ci", p_pp_change, noun="高新技术产业增加值占比")
reg("pp_change_urbanisation", "pct", "ci", p_pp_change, noun="常住人口城镇化率")


def p_contrib_rate(r, label, P):
    c = ctx(r)
    d_tot = D(r.randint(200, 3000)) / 10
    d_sec = D(r.randint(int(d_tot * 2), int(d_tot * 8))) / 10
    exact = d_sec * 100 / d_tot
    if q(exact, 1) != exact.quantize(D("0.1"), rounding=ROUND_HALF_EVEN):
        d_sec += D("0.1")
        exact = d_sec * 100 / d_tot
    g = q(exact, 1) if not bad(label) else wrong_rate(r, exact, 1)
    st, ss, gs = fmt_dec(d_tot, 1), fmt_dec(d_sec, 1), fmt_pct(g, 1)
    s = "%s%d年地区生产总值比上年增加%s亿元，其中第三产业增加值增加%s亿元，对经济增长的贡献率为%s。" % (c["place"], c["year"], st, ss, gs)
    return [s], "贡献率 = sector increment / total increment", [{"rel": "rate", "num": ss, "den": st, "pct": gs, "ok": None}]


reg("contribution_rate_tertiary", "pct", "ci", p_contrib_rate)


def p_shoujiebi(r, label, P):
    c = ctx(r)
    acc = r.randint(800, 9000)
    conc = r.randint(int(acc * 0.9), int(acc * 1.15))
    num, den = conc, acc
    exact = D(num) * 100 / D(den)
    d = 2
    if q(exact, d) != exact.quantize(D("0.01"), rounding=ROUND_HALF_EVEN):
        num += 1
        exact = D(num) * 100 / D(den)
    g = q(exact, d) if not bad(label) else wrong_rate(r, exact, d)
    s = "%d年%s新收案件%s件，结案%s件，收结比%s。" % (c["year"], c["place"], fmt_int(den, P.get("mode", "a")), fmt_int(num, P.get("mode", "a")), fmt_pct(g, d))
    return [s], "收结比 = concluded/received, may exceed 100%", [
        {"rel": "rate", "num": fmt_int(num, P.get("mode", "a")), "den": fmt_int(den, P.get("mode", "a")), "pct": fmt_pct(g, d), "ok": None}]


reg("shoujiebi_court", "pct", "ci", p_shoujiebi)
reg("shoujiebi_court_comma", "pct", "ci", p_shoujiebi, mode="c")


def p_target(r, label, P):
    c = ctx(r)
    tg = D(r.randint(50, 900)) / 10
    ac = q(tg * D(r.randint(60, 125)) / 100 + D(r.randint(0, 9)) / 100, 2)
    exact = ac * 100 / tg
    if q(exact, 1) != exact.quantize(D("0.1"), rounding=ROUND_HALF_EVEN):
        ac += D("0.01")
        exact = ac * 100 / tg
    g = q(exact, 1) if not bad(label) else wrong_rate(r, exact, 1)
    s1, s2, gs = fmt_dec(tg, 1), fmt_dec(ac, 2), fmt_pct(g, 1)
    if P["v"] == 0:
        s = "%s年度固定资产投资目标%s亿元，已完成%s亿元，完成年度目标的%s。" % (c["place"], s1, s2, gs)
    else:
        s = "招商引资到位资金：目标%s亿元；完成%s亿元；完成率%s。" % (s1, s2, gs)
    return [s], "completion = actual/target (may exceed 100%)", [{"rel": "rate", "num": s2, "den": s1, "pct": gs, "ok": None}]


reg("target_completion_invest", "pct", "ci", p_target, v=0)
reg("target_completion_colon", "pct", "ci", p_target, v=1)


def p_complement(r, label, P):
    c = ctx(r)
    num_bad, tot, exact = rate_pair(r, 0.005, 0.08, 300, 5000, 2)
    good = tot - num_bad
    ex_bad = D(num_bad) * 100 / D(tot)
    g = q(ex_bad, 2) if not bad(label) else wrong_rate(r, ex_bad, 2)
    s = "%s共抽检%d批次，合格%d批次，不合格%d批次，不合格率%s。" % (c["place"], tot, good, num_bad, fmt_pct(g, 2))
    ch = [{"rel": "sum", "total": str(tot), "parts": [str(good), str(num_bad)], "ok": True},
          {"rel": "rate", "num": str(num_bad), "den": str(tot), "pct": fmt_pct(g, 2), "ok": None}]
    return [s], "failure rate = failed/total (and parts add up)", ch


reg("failure_rate_complement", "pct", "ci", p_complement)


def p_table_shares(r, label, P):
    c = ctx(r)
    names = P["names"]
    vals = [D(r.randint(50, 3000)) for _ in names]
    tot = sum(vals)
    lines = ["%s（单位：%s）" % (P["title"], P["unit"]), "类别\t数量\t占比"]
    ch = []
    wrong = r.randrange(len(names)) if bad(label) else -1
    for i, (nm, v) in enumerate(zip(names, vals)):
        exact = v * 100 / tot
        g = q(exact, 1) if i != wrong else wrong_rate(r, exact, 1)
        lines.append("%s\t%s\t%s" % (nm, v, fmt_pct(g, 1)))
        ch.append({"rel": "rate", "num": str(v), "den": str(tot), "pct": fmt_pct(g, 1), "ok": i != wrong})
    lines.append("合计\t%s\t%s" % (tot, "100.0%"))
    ch.append({"rel": "sum", "total": str(tot), "parts": [str(v) for v in vals], "ok": True})
    # ties in rounding: regenerate by nudging not needed; verifier uses half-up (generator too)
    return lines, "table rows: each share = row/total", ch


reg("table_shares_petitions", "pct", "ci", p_table_shares, title="信访事项分类统计", unit="件", names=["城乡建设", "劳动社保", "农村农业", "其他"])
reg("table_shares_labour", "pct", "ci", p_table_shares, title="劳动争议案件类型", unit="件", names=["劳动报酬", "社会保险", "解除合同"])


def p_cn_pct(r, label, P):
    c = ctx(r)
    for _ in range(200):
        den = r.randint(2, 40) * 10
        num = r.randint(int(den * 0.5), den)
        exact = D(num) * 100 / D(den)
        if exact == exact.to_integral_value():
            break
    g = int(exact) if not bad(label) else int(exact) + r.choice([-1, 1]) * r.randint(3, 12)
    if g > 100 or g <= 0:
        g = int(exact) - 7
    gs = "百分之" + cn_int(g)
    s = "%s%d个行政村中，已有%d个村完成“多规合一”实用性村庄规划编制，占%s。" % (c["place"], den, num, gs)
    return [s], "Chinese 百分之 form: num/den", [{"rel": "rate", "num": str(num), "den": str(den), "pct": gs, "ok": None}]


reg("cn_baifenzhi_share", "pct", "ci", p_cn_pct)


def p_wan_growth(r, label, P):
    c = ctx(r)
    old = D(r.randint(20000, 900000))  # 万元
    new_y = q(old * (1 + D(r.randint(3, 30)) / 100) / 10000, 2)
    exact = (new_y * 10000 - old) * 100 / old
    if q(exact, 1) != exact.quantize(D("0.1"), rounding=ROUND_HALF_EVEN):
        new_y += D("0.01")
        exact = (new_y * 10000 - old) * 100 / old
    g = q(exact, 1) if not bad(label) else wrong_rate(r, exact, 1)
    so = fmt_int(old) + "万"
    sn = fmt_dec(new_y, 2) + "亿"
    s = "%s%d年实现营业收入%s元，上年为%s元，同比增长%s。" % (c["company"], c["year"], sn, so, fmt_pct(g, 1))
    return [s], "growth with old in 万 and new in 亿", [{"rel": "growth", "old": so, "new": sn, "pct": fmt_pct(g, 1), "dir": "up", "ok": None}]


reg("growth_wan_vs_yi", "pct", "ci", p_wan_growth)


def p_correction_pct(r, label, P):
    c = ctx(r)
    num, den, exact = rate_pair(r, 0.85, 1.0, 100, 3000, 2)
    wrongv = wrong_rate(r, exact, 2)
    corr = q(exact, 2) if not bad(label) else wrong_rate(r, exact, 2)
    s1 = "%s受理政务服务事项%d件，按时办结%d件，按时办结率%s。" % (c["place"], den, num, fmt_pct(wrongv, 2))
    s2 = "（注：上述按时办结率%s应为%s。）" % (fmt_pct(wrongv, 2), fmt_pct(corr, 2))
    return [s1, s2], "rate as corrected (应为) is the checked value; superseded figure ignored", [
        {"rel": "rate", "num": str(num), "den": str(den), "pct": fmt_pct(corr, 2), "ok": None}]


reg("correction_rate_yingwei", "pct", "ci", p_correction_pct)


def p_rate_and_growth(r, label, P):
    c = ctx(r)
    num, den, exact = rate_pair(r, 0.8, 1.0, 200, 3000, 1)
    old = r.randint(100, 2000)
    new = den
    ex2 = D(new - old) * 100 / D(old)
    if new <= old:
        old, new = new, old
    which = r.randrange(2) if bad(label) else -1
    g1 = q(exact, 1) if which != 0 else wrong_rate(r, exact, 1)
    ex2 = D(den - old) * 100 / D(old) if den > old else None
    lines = ["%s全年化解矛盾纠纷%d件，化解成功%d件，成功率%s。" % (c["place"], den, num, fmt_pct(g1, 1))]
    ch = [{"rel": "rate", "num": str(num), "den": str(den), "pct": fmt_pct(g1, 1), "ok": which != 0}]
    if ex2 is not None and ex2 < 100:
        if q(ex2, 1) == ex2.quantize(D("0.1"), rounding=ROUND_HALF_EVEN):
            g2 = q(ex2, 1) if which != 1 else wrong_rate(r, ex2, 1)
            lines.append("排查纠纷总数比上年的%d件增长%s。" % (old, fmt_pct(g2, 1)))
            ch.append({"rel": "growth", "old": str(old), "new": str(den), "pct": fmt_pct(g2, 1), "dir": "up", "ok": which != 1})
    if which == 1 and len(ch) == 1:
        ch[0]["pct"] = fmt_pct(wrong_rate(r, exact, 1), 1)
        ch[0]["ok"] = False
        lines[0] = "%s全年化解矛盾纠纷%d件，化解成功%d件，成功率%s。" % (c["place"], den, num, ch[0]["pct"])
    return lines, "two relations (rate and growth), at most one wrong", ch


reg("rate_plus_growth_two_lines", "pct", "ci", p_rate_and_growth)


def p_halfyear_progress(r, label, P):
    c = ctx(r)
    tg = r.randint(500, 9000)
    h1 = r.randint(int(tg * 0.3), int(tg * 0.7))
    exact = D(h1) * 100 / D(tg)
    if q(exact, 2) != exact.quantize(D("0.01"), rounding=ROUND_HALF_EVEN):
        h1 += 1
        exact = D(h1) * 100 / D(tg)
    g = q(exact, 2) if not bad(label) else wrong_rate(r, exact, 2)
    s = "截至6月底，%s完成城乡居民基本养老保险参保缴费%s人，任务进度%s，年度任务为%s人。" % (c["place"], fmt_int(h1), fmt_pct(g, 2), fmt_int(tg))
    return [s], "progress = done/annual task", [{"rel": "rate", "num": str(h1), "den": str(tg), "pct": fmt_pct(g, 2), "ok": None}]


reg("halfyear_task_progress", "pct", "ci", p_halfyear_progress)


def p_malformed_growth(r, label, P):
    c = ctx(r)
    lines, note, ch = p_growth(r, "consistent", dict(v=P["v"], noun=P["noun"], unit=P["unit"], dec=1))
    if bad(label):
        tok = ch[0]["pct"]
        mk = r.choice(MALFORMS)
        newtok = malform(tok.rstrip("%"), mk)
        lines = [ln.replace(tok, newtok) for ln in lines]
        return lines, "growth arithmetic fine but percentage malformed (%s)" % mk, [{"rel": "pct_format", "token": newtok, "ok": False}]
    return lines, note, ch


reg("growth_malformed_from_to", "pct", "ci", p_malformed_growth, v=0, noun="农产品网络零售额", unit="万元")
reg("growth_malformed_yoy", "pct", "ci", p_malformed_growth, v=1, noun="规上服务业营业收入", unit="万元")


def p_malformed_share(r, label, P):
    c = ctx(r)
    lines, note, ch = p_three_industry(r, "consistent", dict(v=0, d=1, w=IND_W))
    if bad(label):
        tok = ch[0]["shares"][r.randrange(3)]
        mk = r.choice(MALFORMS)
        newtok = malform(tok.rstrip("%"), mk)
        lines = [ln.replace(tok, newtok, 1) for ln in lines]
        return lines, "shares sum fine but one percentage malformed (%s)" % mk, [{"rel": "pct_format", "token": newtok, "ok": False}]
    return lines, note, ch


reg("shares_malformed_one", "pct", "ci", p_malformed_share)


def p_dropout(r, label, P):
    c = ctx(r)
    enrolled = r.randint(2000, 30000)
    num, den, exact = rate_pair(r, 0.97, 1.0, 2000, 30000, 2)
    g = q(exact, 2) if not bad(label) else wrong_rate(r, exact, 2)
    lines = ["%s义务教育阶段适龄儿童少年%s人，在校就读%s人，义务教育巩固率%s。" % (c["place"], fmt_int(den, "c"), fmt_int(num, "c"), fmt_pct(g, 2)),
             "全年资助家庭经济困难学生%d人次。" % r.randint(100, 900)]
    return lines, "巩固率 = enrolled/age-cohort", [{"rel": "rate", "num": fmt_int(num, "c"), "den": fmt_int(den, "c"), "pct": fmt_pct(g, 2), "ok": None}]


reg("rate_education_consolidation", "pct", "ci", p_dropout)


# ---------------------------------------------------------------------------------------------
# PCT negatives
# ---------------------------------------------------------------------------------------------
def pn(r, label, P):
    c = ctx(r)
    v = P["v"]
    y = c["year"]
    pl = c["place"]
    if v == "over100":
        s = "%s%d年实际利用外资%d万美元，增长%d.%d%%，增速居全市第一。" % (pl, y, r.randint(500, 9000), r.randint(101, 480), r.randint(0, 9))
        why = "growth above 100 % with no base value: not checkable"
    elif v == "pp_alone":
        s = "%s研发经费投入强度达到%d.%d%%，比上年提高%d.%d个百分点。" % (pl, r.randint(1, 4), r.randint(0, 9), 0, r.randint(1, 9))
        why = "个百分点 change without the previous level: no relation"
    elif v == "coverage_no_base":
        s = "%s建成新时代文明实践站，实现行政村全覆盖，覆盖率100%%，开展志愿服务活动%d多场次。" % (pl, r.randint(50, 300))
        why = "100 % coverage with no counts"
    elif v == "approx_rate":
        den = r.randint(200, 900)
        s = "%s共抽检食用农产品%d批次，完成率约为%d.%d%%，部分批次仍在检测中。" % (pl, den, r.randint(90, 99), r.randint(0, 9))
        why = "约 rate whose denominator (task) is not stated"
    elif v == "tax_rate_names":
        s = "落实小规模纳税人增值税征收率由3%%降至1%%政策，%s为%d户企业减免税费%d万元。" % (pl, r.randint(100, 900), r.randint(100, 900))
        why = "policy rates, not computed shares"
    elif v == "schedule_over100":
        s = "%s固定资产投资时序进度%d%%，市场主体新增时序进度%d%%，均超额完成。" % (pl, r.randint(100, 115), r.randint(100, 110))
        why = "时序进度 over 100 % with no base"
    elif v == "target_growth":
        s = "%s人民币存贷款余额增幅目标%d.%d%%，社会消费品零售总额增幅目标%d%%。" % (pl, r.randint(8, 15), r.randint(0, 9), r.randint(6, 12))
        why = "targets, not computed rates"
    elif v == "different_wholes":
        a, b = r.randint(20, 80), r.randint(20, 80)
        s = "%s出口增长%d.%d%%，进口增长%d.%d%%，民营企业进出口增长%d.%d%%。" % (pl, a, r.randint(0, 9), b, r.randint(0, 9), r.randint(20, 80), r.randint(0, 9))
        why = "growth rates of different wholes: may 'sum' past 100, no relation"
    elif v == "interest_rates":
        s = "%s普惠小微贷款加权平均利率%d.%d%%，一年期贷款市场报价利率为3.%d5%%。" % (pl, r.randint(3, 6), r.randint(0, 99), r.randint(4, 8))
        why = "interest rates"
    elif v == "threshold":
        s = "%s%d%%以上的村集体经济收入超过%d万元，%d%%的社区实现“一站式”服务。" % (pl, r.randint(60, 95), r.randint(5, 50), r.randint(70, 100))
        why = "thresholds (以上), no base numbers"
    elif v == "year_series":
        a = r.randint(30, 60)
        s = "%s城镇化率%d年为%d.%d%%，%d年为%d.%d%%，%d年达到%d.%d%%。" % (pl, y - 2, a, r.randint(0, 9), y - 1, a + 1, r.randint(0, 9), y, a + 2, r.randint(0, 9))
        why = "levels in different years, no stated change to check"
    elif v == "negative_growth_alone":
        s = "%s其他营利性服务业营业收入增幅目标%d%%，目前为-%d.%d%%，规上工业增加值增长%d.%d%%。" % (pl, r.randint(10, 30), r.randint(1, 20), r.randint(0, 99), r.randint(2, 12), r.randint(0, 9))
        why = "rates without bases"
    elif v == "ratio_diff_base":
        a, b = r.randint(100, 900), r.randint(100, 900)
        s = "%s本年新收案件%d件，上年结转案件%d件，法官人均结案%d件，结案率较上年提高%d.%d个百分点。" % (pl, a, b, r.randint(100, 300), r.randint(1, 5), r.randint(0, 9))
        why = "ratio of different wholes / pp change without levels"
    elif v == "discount":
        s = "%s对首次购买新能源汽车的消费者给予车价%d%%的补贴，单车最高%d元；参与商户让利%d%%—%d%%。" % (pl, r.randint(3, 10), r.choice([3000, 5000, 8000]), r.randint(5, 10), r.randint(15, 30))
        why = "policy percentages and ranges"
    elif v == "single_share":
        s = "%s民营经济贡献了%d%%以上的税收、%d%%以上的技术创新成果和%d%%以上的城镇劳动就业。" % (pl, r.randint(50, 60), r.randint(60, 70), r.randint(70, 80))
        why = "shares of different wholes with 以上; sum past 100 is fine"
    elif v == "yield_multiple":
        s = "%s粮食单产提高到每亩%d公斤，是%d年的%d.%d倍，优质稻种植比例持续提升。" % (pl, r.randint(400, 600), y - 10, 1, r.randint(1, 5))
        why = "multiples without complete data"
    else:
        raise ValueError(v)
    return [s], why, neg(why)


for _v in ["over100", "pp_alone", "coverage_no_base", "approx_rate", "tax_rate_names", "schedule_over100", "target_growth",
           "different_wholes", "interest_rates", "threshold", "year_series", "negative_growth_alone", "ratio_diff_base",
           "discount", "single_share", "yield_multiple"]:
    reg("neg_pct_" + _v, "pct", "neg", pn, v=_v)


# ---------------------------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------------------------
def stable_seed(*parts):
    h = 2166136261
    for ch in "|".join(str(p) for p in parts):
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return h


def plan(seed):
    """slots: per family 1500 records, 40/40/20."""
    slots = []
    for fam in ("totals", "pct"):
        ci = [n for n, (f, k, _, _) in STYLES.items() if f == fam and k == "ci"]
        ng = [n for n, (f, k, _, _) in STYLES.items() if f == fam and k == "neg"]
        n_ci, n_neg = 1200, 300
        for names, total, labels in ((ci, n_ci, ("consistent", "inconsistent")), (ng, n_neg, ("negative",))):
            base, extra = divmod(total, len(names))
            rr = random.Random(stable_seed(seed, fam, labels[0]))
            order = names[:]
            rr.shuffle(order)
            for i, nm in enumerate(order):
                cnt = base + (1 if i < extra else 0)
                labs = [labels[j % len(labels)] for j in range(cnt)]
                if len(labels) == 2 and cnt % 2 == 1 and i % 2 == 1:
                    labs[-1] = labels[1]
                for lab in labs:
                    slots.append((fam, nm, lab))
    return slots


def make_record(seed, idx, fam, style, label):
    famx, kind, fn, P = STYLES[style]
    for attempt in range(50):
        r = random.Random(stable_seed(seed, style, idx, attempt))
        CUR_CTX.clear()
        CUR_CTX.update(ctx(r))
        lines, note, checks = fn(r, label, P)
        checks = json.loads(json.dumps(checks))
        for ch in checks:
            if ch.get("ok") is None:
                ch["ok"] = label != "inconsistent"
        # context (same place/year as the body)
        c = ctx(r)
        CUR_CTX.clear()
        pre = [s.format(**c) for s in r.sample(CONTEXT_PRE, r.randint(0, 2))]
        post = [s.format(**c) for s in r.sample(CONTEXT_POST, r.randint(0, 2))]
        allines = pre + lines + post
        while len(allines) > 8:
            allines = allines[1:] if pre and len(allines) > 8 else allines[:-1]
        text = "\n".join(allines)
        rec = {"id": None, "family": fam, "style": style, "label": label, "text": text, "note": note, "checks": checks}
        probs = verify_record(rec)
        if not probs:
            return rec
    raise RuntimeError("cannot build %s %s: %s" % (style, label, probs))


def generate(seed):
    slots = plan(seed)
    rr = random.Random(stable_seed(seed, "order"))
    rr.shuffle(slots)
    # keep per-family stable ids
    recs = []
    cnt = Counter()
    for i, (fam, style, label) in enumerate(slots):
        rec = make_record(seed, i, fam, style, label)
        cnt[fam] += 1
        rec["id"] = "n27-%s-%06d" % (fam, cnt[fam])
        recs.append(rec)
    return recs


# ---------------------------------------------------------------------------------------------
# verification (independent recomputation from the surface strings)
# ---------------------------------------------------------------------------------------------
def check_holds(ch, text):
    """returns (holds, detail). Raises on malformed check."""
    rel = ch["rel"]
    def present(*ss):
        for s in ss:
            if s not in text:
                raise ValueError("surface %r not in text" % s)
    if rel == "sum":
        present(ch["total"], *ch["parts"])
        t = parse_num(ch["total"])
        s = sum(parse_num(p) for p in ch["parts"])
        return s == t, "sum(parts)=%s total=%s" % (s, t)
    if rel == "diff":
        present(ch["a"], ch["b"], ch["c"])
        a, b, c = parse_num(ch["a"]), parse_num(ch["b"]), parse_num(ch["c"])
        return a - b == c, "%s-%s=%s vs %s" % (a, b, a - b, c)
    if rel == "count":
        present(ch["stated"], *ch["items"])
        return D(len(ch["items"])) == parse_num(ch["stated"]), "items=%d stated=%s" % (len(ch["items"]), ch["stated"])
    if rel == "rate":
        present(ch["num"], ch["den"], ch["pct"])
        p, d = parse_pct(ch["pct"])
        ex = parse_num(ch["num"]) * 100 / parse_num(ch["den"])
        return q(ex, d) == p, "true %s stated %s" % (ex, p)
    if rel == "growth":
        present(ch["old"], ch["new"], ch["pct"])
        p, d = parse_pct(ch["pct"])
        o, n = parse_num(ch["old"]), parse_num(ch["new"])
        ex = (n - o) * 100 / o
        if ch.get("dir") == "down":
            ex = -ex
        return q(ex, d) == p, "true %s stated %s" % (ex, p)
    if rel == "shares_100":
        present(*ch["shares"])
        vals = [parse_pct(s) for s in ch["shares"]]
        dmax = max(d for _, d in vals)
        tol = D(len(vals)) * D(5).scaleb(-dmax - 1)
        s = sum(v for v, _ in vals)
        return abs(s - 100) <= tol, "sum %s tol %s" % (s, tol)
    if rel == "shares_le_100":
        present(*ch["shares"])
        s = sum(parse_pct(x)[0] for x in ch["shares"])
        return s <= 100, "sum %s" % s
    if rel == "pp_sum":
        present(ch["total"], *ch["parts"])
        t, d = parse_pct(ch["total"])
        s = sum(parse_num(p) for p in ch["parts"])
        tol = D(len(ch["parts"]) + 1) * D(5).scaleb(-d - 1)
        return abs(s - t) <= tol, "sum %s total %s tol %s" % (s, t, tol)
    if rel == "pp_change":
        present(ch["a"], ch["b"], ch["pp"])
        a, b = parse_pct(ch["a"])[0], parse_pct(ch["b"])[0]
        pp = parse_num(ch["pp"])
        diff = b - a if ch.get("dir") == "up" else a - b
        return diff == pp, "diff %s stated %s" % (diff, pp)
    if rel == "restate":
        present(ch["a"], ch["b"])
        a = parse_num(ch["a"])
        bs = ch["b"]
        mag = D(100000000) if bs.endswith("亿") else D(10000)
        d = decimals_of(bs[:-1])
        return q(a / mag, d) == parse_num(bs) / mag, "a=%s b=%s" % (a, bs)
    if rel == "pct_format":
        present(ch["token"])
        tok = ch["token"]
        good = bool(PCT_OK.match(tok))
        if good:
            # well-formed token must not be glued to another percent sign
            i = text.find(tok)
            nxt = text[i + len(tok): i + len(tok) + 1]
            good = nxt not in ("%", "％")
        return good, "token %r" % tok
    if rel == "none":
        return True, ch.get("why", "")
    raise ValueError("unknown rel %r" % rel)


def verify_record(rec):
    probs = []
    if rec.get("family") not in ("totals", "pct"):
        probs.append("bad family")
    if rec.get("label") not in ("consistent", "inconsistent", "negative"):
        probs.append("bad label")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", rec.get("style", "")):
        probs.append("bad style")
    text = rec.get("text", "")
    nl = len(text.split("\n"))
    if not (1 <= nl <= 8):
        probs.append("text has %d lines" % nl)
    if "\n" in rec.get("note", "") or not rec.get("note"):
        probs.append("note must be one line")
    checks = rec.get("checks") or []
    if not checks:
        probs.append("no checks")
    fails = 0
    nones = 0
    for ch in checks:
        try:
            holds, det = check_holds(ch, text)
        except Exception as e:  # noqa
            probs.append("check error %s: %s" % (ch.get("rel"), e))
            continue
        if ch["rel"] == "none":
            nones += 1
        if bool(holds) != bool(ch.get("ok")):
            probs.append("check %s: recomputed holds=%s but ok=%s (%s)" % (ch["rel"], holds, ch.get("ok"), det))
        if not holds:
            fails += 1
    lab = rec.get("label")
    if lab == "consistent" and (fails or nones):
        probs.append("consistent record has %d failing / %d none checks" % (fails, nones))
    if lab == "inconsistent" and fails != 1:
        probs.append("inconsistent record has %d failing checks" % fails)
    if lab == "negative" and (fails or not nones):
        probs.append("negative record must have only non-failing checks and a none check")
    # a percentage token anywhere in a non-malformed record must be well-formed
    if not any(ch.get("rel") == "pct_format" for ch in checks):
        if re.search(r"[%％]\s*[%％]|\d\s+[%％]|(?<![\d])[%％]\d|[xX]{2}[%％]", text):
            probs.append("stray malformed percentage in text")
    return probs


def verify_files(paths):
    bad_any = False
    for path in paths:
        recs = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    recs.append(json.loads(line))
                except Exception as e:  # noqa
                    print("%s:%d: bad JSON %s" % (path, ln, e))
                    bad_any = True
        ids = Counter(r.get("id") for r in recs)
        dup = [i for i, k in ids.items() if k > 1]
        if dup:
            print("%s: duplicate ids %s" % (path, dup[:5]))
            bad_any = True
        nprob = 0
        for rec in recs:
            probs = verify_record(rec)
            if not re.fullmatch(r"n27-(totals|pct)-\d{6}", rec.get("id", "")) or not rec["id"].startswith("n27-%s-" % rec.get("family")):
                probs.append("bad id")
            for p in probs:
                nprob += 1
                if nprob <= 30:
                    print("%s %s: %s" % (path, rec.get("id"), p))
        if nprob:
            bad_any = True
        st = Counter(r["style"] for r in recs)
        out_of_range = {s: n for s, n in st.items() if not 15 <= n <= 20}
        if out_of_range:
            print("%s: styles outside 15-20 records: %s" % (path, out_of_range))
            bad_any = True
        fam = Counter((r["family"], r["label"]) for r in recs)
        print("%s: %d records, %d styles, %d problems; %s" % (path, len(recs), len(st), nprob,
                                                               ", ".join("%s/%s=%d" % (a, b, n) for (a, b), n in sorted(fam.items()))))
    return 1 if bad_any else 0


def style_table(path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = defaultdict(list)
    for r in recs:
        by[r["style"]].append(r)
    out = ["| style | family | n | consistent | inconsistent | negative | example |", "|---|---|---|---|---|---|---|"]
    for st in sorted(by, key=lambda s: (by[s][0]["family"], s)):
        rs = by[st]
        c = Counter(r["label"] for r in rs)
        ex = max(rs[0]["text"].split("\n"), key=len).replace("|", "｜").replace("\t", " ")
        ex = "[%s] %s" % (rs[0]["label"][:4], ex[:110] + ("…" if len(ex) > 110 else ""))
        out.append("| %s | %s | %d | %d | %d | %d | %s |" % (st, rs[0]["family"], len(rs), c["consistent"], c["inconsistent"], c["negative"], ex))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error("need --seed and --out")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))


if __name__ == "__main__":
    main()
