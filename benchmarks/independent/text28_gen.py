#!/usr/bin/env python3
"""text28_gen.py -- held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Python 3.11, standard library only.

    python3 text28_gen.py --seed N --out FILE        generate (deterministic per seed)
    python3 text28_gen.py --verify FILE [FILE ...]   check records, exit 1 on any problem
    python3 text28_gen.py --style-table FILE         Markdown table of styles (label counts, one example)

Families: ``ph`` (placeholders) and ``mj`` (mojibake / encoding damage).  Every document is
assembled from *pieces*; a piece is plain text, a placeholder, or damage (with the clean text it
replaced).  Spans are computed from the pieces, so they cannot drift from the text.
All encoding damage is produced with real codecs (str.encode / bytes.decode, base64, quopri,
email.quoprimime, html, urllib.parse, unicodedata) -- never typed by hand.
"""
from __future__ import annotations

import argparse
import base64
import codecs
import email.quoprimime
import html
import json
import quopri
import re
import random
import sys
import unicodedata
import urllib.parse
from collections import Counter, OrderedDict

GEN_VERSION = "t28-text-1"

# ----------------------------------------------------------------------------------------------
# pieces and documents
# ----------------------------------------------------------------------------------------------
T, P, D = "t", "p", "d"          # plain, placeholder, damage


class Doc:
    """A document under construction: list of (text, kind, orig).

    kind T: plain text (orig == text); kind P: placeholder (orig = the real value it hides, may be
    '' when unknown); kind D: damage (orig = clean text that was there, '' for insertions)."""

    def __init__(self):
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append((s, T, s))
        return self

    def p(self, s, orig=""):
        assert s
        self.parts.append((s, P, orig))
        return self

    def d(self, s, orig):
        assert s
        self.parts.append((s, D, orig))
        return self

    def extend(self, parts):
        for x in parts:
            if x[0] or x[1] != T:
                self.parts.append(x)
        return self

    def nl(self):
        return self.t("\n")

    def text(self):
        return "".join(x[0] for x in self.parts)

    def clean(self):
        return "".join(x[2] for x in self.parts)

    def spans(self, kind):
        out, pos = [], 0
        for s, k, _ in self.parts:
            if k == kind:
                if out and out[-1][1] == pos:
                    out[-1][1] = pos + len(s)
                else:
                    out.append([pos, pos + len(s)])
            pos += len(s)
        return out

    def span_origs(self, kind):
        """clean counterparts for each (merged) span."""
        out, pos, last_end = [], 0, -1
        for s, k, o in self.parts:
            if k == kind:
                if out and last_end == pos:
                    out[-1][1] += o
                else:
                    out.append([pos, o])
                last_end = pos + len(s)
            pos += len(s)
        return [o for _, o in out]


def lines_to_doc(lines):
    """lines: list of lists of parts -> Doc"""
    d = Doc()
    for i, ln in enumerate(lines):
        if i:
            d.nl()
        d.extend(ln)
    return d


# ----------------------------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------------------------

def chance(rng, p):
    return rng.random() < p


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    k = max(0, min(k, len(seq)))
    return rng.sample(list(seq), k)


# ----------------------------------------------------------------------------------------------
# invented names and values
# ----------------------------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵严覃戴孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩凯俊峰晨欣怡雪琳婷慧颖博宁昊佳思雨涵轩睿泽新海波春燕辉鹏飞荣诚亮坤瑶菲蕾晓旭")
# characters outside GB2312 that occur in real given names (lost as '?' through GB2312)
RARE_GIVEN = list("喆堃镕珺昇玥琇瑢焜旻頔犇淼垚赟燚")
P1 = list("青云桂松柳石金白兰安永兴龙凤丰清平长新东南北梅竹溪碧栖临盘")
P2 = list("溪岭湾塘山河川峰桥田源坪港林湖洲阳江亭庄埠冈泉坝")
BRAND1 = list("华晟鼎恒泰瑞信达宏远博联创嘉诚合众景汇通益丰")
INDUSTRY = ["建材", "科技", "物流", "食品", "置业", "环保科技", "医药", "电子", "纺织", "农业开发", "建设工程",
            "商贸", "新能源", "智能装备", "文化传媒", "水务", "生物科技", "精密机械"]
CO_SUFFIX = ["有限公司", "有限公司", "有限责任公司", "股份有限公司"]
ORGS = ["市发展和改革委员会", "区教育局", "县卫生健康局", "市自然资源和规划局", "区住房和城乡建设局", "市生态环境局",
        "县农业农村局", "市应急管理局", "区民政局", "市人力资源和社会保障局", "县财政局", "区市场监督管理局",
        "市交通运输局", "区文化广电旅游体育局", "县水利局", "市商务局", "区退役军人事务局", "市医疗保障局"]
ROAD_SUFFIX = ["路", "大道", "街", "巷"]
PROJ_TYPE = ["大道改扩建工程", "污水处理厂提标改造项目", "老旧小区综合整治工程", "农贸市场升级改造项目",
             "文体中心建设项目", "中小学扩容工程", "滨河公园景观提升工程", "智慧停车场建设项目",
             "冷链物流园一期工程", "安置房建设项目"]
ROOMS = ["三楼第一会议室", "二楼第二会议室", "五楼多功能厅", "一楼视频会商室", "四楼党员活动室", "六楼小会议室"]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com"]
CO_EMAIL_DOMAINS = ["example.com.cn", "example.org", "example.net"]


def place_core(rng):
    a = pick(rng, P1)
    b = pick(rng, P2)
    while b == a:
        b = pick(rng, P2)
    return a + b


def person_name(rng, rare=False):
    g = pick(rng, GIVEN)
    if rare:
        g = pick(rng, RARE_GIVEN) if chance(rng, 0.5) else g + pick(rng, RARE_GIVEN)
        if len(g) == 1 and chance(rng, 0.5):
            g = pick(rng, GIVEN) + g
    elif chance(rng, 0.7):
        g += pick(rng, GIVEN)
    return pick(rng, SURNAMES) + g


def mobile(rng):
    return pick(rng, ["13", "15", "18", "17", "19"]) + str(rng.randrange(0, 10)) + "".join(
        str(rng.randrange(10)) for _ in range(8))


def landline(rng):
    return "0" + str(rng.randrange(100, 999)) + "-" + str(rng.randrange(2, 9)) + "".join(
        str(rng.randrange(10)) for _ in range(6))


def id_number(rng):
    area = pick(rng, ["440303", "110105", "320582", "510104", "430102", "370203", "420111", "350203"])
    y = rng.randrange(1960, 2004)
    m = rng.randrange(1, 13)
    dd = rng.randrange(1, 29)
    body = f"{area}{y:04d}{m:02d}{dd:02d}{rng.randrange(0, 1000):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]


def bank_card(rng):
    return "6222" + "".join(str(rng.randrange(10)) for _ in range(12))


# ----------------------------------------------------------------------------------------------
# values and templates
# ----------------------------------------------------------------------------------------------
class Val:
    """A slot value.  parts: list of (text, role); role 'core' is what a mask may hide, 'fix' stays."""
    __slots__ = ("kind", "parts", "key", "extra")

    def __init__(self, kind, parts, key=None, extra=None):
        self.kind = kind
        self.parts = parts
        self.key = key
        self.extra = extra or {}

    @property
    def text(self):
        return "".join(p for p, _ in self.parts)


def _num(rng, a, b):
    return str(rng.randint(a, b))


def _dec(rng, a, b, nd=1):
    v = rng.uniform(a, b)
    s = f"{v:.{nd}f}"
    if nd and s.endswith("0") and chance(rng, 0.5):   # avoid too many trailing zeros
        s = s[:-1] + str(rng.randrange(1, 10))
    return s


def _range(arg, a, b):
    if arg:
        x, y = re.fullmatch(r"(-?[\d.]+)-(-?[\d.]+)", arg).groups()
        return float(x) if "." in x else int(x), float(y) if "." in y else int(y)
    return a, b


class Ctx:
    """Per-document entity cache, so that the main street / county / org recur consistently."""

    def __init__(self, rng):
        self.rng = rng
        self.cache = {}
        self.year = rng.choice([2021, 2022, 2023, 2024])

    def main(self, kind, maker):
        if kind not in self.cache:
            self.cache[kind] = maker()
        return self.cache[kind]


def make_val(kind, arg, ctx):
    rng = ctx.rng
    if kind == "n":
        a, b = _range(arg, 1, 99)
        return Val("n", [(_num(rng, int(a), int(b)), "core")])
    if kind == "dec":
        a, b = _range(arg, 1, 99)
        return Val("dec", [(_dec(rng, float(a), float(b), 1), "core")])
    if kind == "money":
        a, b = _range(arg, 1, 999)
        return Val("money", [(_dec(rng, float(a), float(b), 2), "core")])
    if kind == "pct2":
        v = pick(rng, ["100"] + [_dec(rng, 85, 99.9, 1) for _ in range(4)] + [_dec(rng, 90, 99.99, 2)])
        return Val("pct2", [(v, "core")])
    if kind == "date":
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        return Val("date", [(str(m), "core"), ("月", "fix"), (str(dd), "core"), ("日", "fix")])
    if kind == "md":  # month-day inside current year, with year
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        return Val("ymd", [(str(ctx.year), "fix"), ("年", "fix"), (str(m), "core"), ("月", "fix"),
                           (str(dd), "core"), ("日", "fix")])
    if kind == "ymd":
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        return Val("ymd", [(str(ctx.year), "core"), ("年", "fix"), (str(m), "core"), ("月", "fix"),
                           (str(dd), "core"), ("日", "fix")])
    if kind == "month":
        return Val("month", [(str(rng.randint(1, 12)), "core"), ("月", "fix")])
    if kind == "year":
        return Val("year", [(str(ctx.year), "fix")])
    if kind == "time":
        h = rng.choice([8, 9, 10, 14, 15, 16])
        mi = rng.choice(["00", "30", "00", "15"])
        return Val("time", [(str(h), "core"), (":", "fix"), (mi, "core")])
    if kind == "age":
        return Val("n", [(_num(rng, 19, 78), "core")])
    if kind in ("person", "leader"):
        name = person_name(rng)
        return Val("person", [(name, "core")], key="person:" + name)
    if kind == "pmain":
        name = ctx.main("pmain", lambda: person_name(rng))
        return Val("person", [(name, "core")], key="person:" + name)
    if kind in ("street", "town", "village", "community", "county", "city", "district"):
        suf = {"street": "街道", "town": pick(rng, ["镇", "镇", "乡"]), "village": "村", "community": "社区",
               "county": "县", "city": "市", "district": "区"}[kind]
        if kind in ("street", "town", "county", "city", "district"):
            core, suf = ctx.main(kind, lambda: (place_core(rng), suf))
        else:
            core = place_core(rng)
        return Val("place", [(core, "core"), (suf, "fix")], key=f"{kind}:{core}{suf}")
    if kind == "road":
        core = place_core(rng)
        return Val("place", [(core, "core"), (pick(rng, ROAD_SUFFIX), "fix")], key="road:" + core)
    if kind == "addr":
        core, suf = ctx.main("city", lambda: (place_core(rng), "市"))
        road = place_core(rng)
        no = str(rng.randint(1, 399))
        return Val("addr", [(core, "core"), (suf, "fix"), (road, "core"), (pick(rng, ROAD_SUFFIX), "fix"),
                            (no, "core"), ("号", "fix")])
    if kind in ("company", "cmain"):
        def mk():
            return (pick(rng, BRAND1) + pick(rng, BRAND1) if chance(rng, 0.6) else place_core(rng),
                    pick(rng, INDUSTRY), pick(rng, CO_SUFFIX))
        core, ind, suf = ctx.main("cmain", mk) if kind == "cmain" else mk()
        if core[0] == core[1]:
            core = core[0] + pick(rng, [c for c in BRAND1 if c != core[0]])
        return Val("company", [(core, "core"), (ind, "fix"), (suf, "fix")], key="co:" + core + ind)
    if kind == "org":
        o = ctx.main("org", lambda: pick(rng, ORGS))
        return Val("org", [(o, "fix")])
    if kind == "org2":
        return Val("org", [(pick(rng, ORGS), "fix")])
    if kind == "project":
        core = place_core(rng)
        return Val("project", [(core, "core"), (pick(rng, PROJ_TYPE), "fix")], key="proj:" + core)
    if kind == "mobile":
        return Val("mobile", [(mobile(rng), "core")])
    if kind == "phone":
        return Val("phone", [(landline(rng), "core")])
    if kind == "idno":
        return Val("idno", [(id_number(rng), "core")])
    if kind == "card":
        return Val("card", [(bank_card(rng), "core")])
    if kind == "email":
        user = "".join(pick(rng, "abcdefghjkmnpqrstwyz") for _ in range(rng.randint(4, 7))) + str(rng.randint(1, 99))
        return Val("email", [(user, "core"), ("@" + pick(rng, EMAIL_DOMAINS), "fix")])
    if kind == "docno":
        city_core, _ = ctx.main("city", lambda: (place_core(rng), "市"))
        pre = city_core[0] + pick(rng, ["政办", "发改", "教", "卫健", "财", "人社", "环"])
        return Val("docno", [(pre, "core"), ("〔" + str(ctx.year) + "〕", "fix"), (str(rng.randint(1, 120)), "core"),
                             ("号", "fix")])
    if kind == "room":
        return Val("room", [(pick(rng, ROOMS), "core")])
    if kind == "plate":
        prov = pick(rng, list("粤苏浙鲁川湘鄂闽"))
        s = prov + pick(rng, list("ABCDEF")) + "·" + "".join(pick(rng, "0123456789ABCDEFGHJKLMNPQ") for _ in range(5))
        return Val("plate", [(s, "core")])
    if kind == "cw":  # censorable word in fiction, arg = the word
        return Val("cw", [(arg, "core")])
    if kind == "lit":  # literal maskable word, arg = text
        return Val("lit", [(arg, "core")])
    raise KeyError(kind)


SLOT_RE = re.compile(r"\{([a-z0-9_]+)(?::([^{}]*))?\}")


def render_tpl(tpl, ctx):
    """template string -> list of items (str or Val)."""
    out, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append(tpl[pos:m.start()])
        out.append(make_val(m.group(1), m.group(2), ctx))
        pos = m.end()
    if pos < len(tpl):
        out.append(tpl[pos:])
    return out


def items_plain(items):
    """items -> parts with every Val real."""
    parts = []
    for it in items:
        if isinstance(it, str):
            parts.append((it, T, it))
        else:
            s = it.text
            parts.append((s, T, s))
    return parts

# ----------------------------------------------------------------------------------------------
# placeholder dialects
# ----------------------------------------------------------------------------------------------
BR_LABEL = {"person": ["姓名", "联系人", "负责人姓名"], "company": ["公司名称", "单位名称", "企业名称"],
            "org": ["单位名称", "部门名称"], "place": ["地名", "所在地", "地址"], "addr": ["详细地址", "地址"],
            "n": ["数量", "人数", "数字"], "dec": ["数值", "比例"], "money": ["金额", "金额", "数额"],
            "pct2": ["比例", "完成率"], "date": ["日期", "时间"], "ymd": ["日期", "签订日期"], "month": ["月份"],
            "time": ["时间"], "mobile": ["联系电话", "手机号码"], "phone": ["联系电话", "电话"],
            "idno": ["身份证号码", "证件号码"], "card": ["银行卡号", "账号"], "email": ["电子邮箱", "邮箱"],
            "docno": ["文号", "发文字号"], "room": ["会议地点", "地点"], "project": ["项目名称"],
            "plate": ["车牌号码"], "lit": ["内容"], "cw": ["内容"]}
EN_KEY = {"person": ["name", "contact_name", "user_name"], "company": ["company_name", "company", "org_name"],
          "org": ["org_name", "dept_name"], "place": ["address", "location", "region"], "addr": ["address"],
          "n": ["count", "num", "quantity"], "dec": ["value", "ratio"], "money": ["amount", "total_amount", "price"],
          "pct2": ["rate", "percent"], "date": ["date", "event_date"], "ymd": ["date", "sign_date"],
          "month": ["month"], "time": ["time", "start_time"], "mobile": ["phone", "mobile"], "phone": ["tel", "phone"],
          "idno": ["id_number", "id_card"], "card": ["card_no", "account"], "email": ["email"],
          "docno": ["doc_no", "file_no"], "room": ["room", "venue"], "project": ["project_name", "project"],
          "plate": ["plate_no"], "lit": ["content"], "cw": ["content"]}
CURLY_FORMS = ["{{%s}}", "{{ %s }}", "${%s}", "#{%s}", "{$%s}", "<%%= %s %%>", "[[%s]]", "%%%s%%", "{%s}"]
MERGE_FORMS = ["«%s»", "<<%s>>", "«%s»"]
BRACKETS = [("【", "】"), ("[", "]"), ("〔", "〕"), ("［", "］"), ("〖", "〗")]
HINT_FORMS = ["（此处填写%s）", "（请填写%s）", "（填写%s）", "(请输入%s)", "（此处插入%s）", "（%s，请填写）"]
TODO_WORDS = ["待定", "待定", "TBD", "TODO", "待补充", "（待核实）", "待填", "TODO：待补充"]
FORMUI = ["--请选择--", "请选择", "请输入%s", "[请输入%s]", "点击此处输入文字。", "单击或点击此处输入文字。"]


def new_dstate(rng, dialect, **kw):
    ds = {"dialect": dialect}
    ds["ch"] = kw.get("ch") or {"x": "x", "X": "X", "times": "×", "fwX": "Ｘ"}.get(dialect, pick(rng, ["x", "X"]))
    ds["exact"] = chance(rng, 0.5)            # mask keeps digit count or uses xx / xxx
    ds["k"] = pick(rng, [2, 2, 3])
    ds["br"] = pick(rng, BRACKETS) if dialect == "bracket" else BRACKETS[0]
    ds["br_empty"] = kw.get("br_empty", False)
    ds["curly"] = kw.get("curly") or pick(rng, CURLY_FORMS)
    ds["zh_keys"] = chance(rng, 0.3)
    ds["merge"] = pick(rng, MERGE_FORMS)
    ds["hint"] = pick(rng, HINT_FORMS)
    ds["blank"] = pick(rng, ["＿", "_", "＿"])
    ds["mou2"] = chance(rng, 0.4)              # 张某某 rather than 张某
    ds["todo"] = pick(rng, TODO_WORDS)
    ds["censor"] = kw.get("censor") or pick(rng, ["口", "×", "*", "□"])
    ds["partial"] = kw.get("partial", False)
    ds.update(kw)
    return ds


def _xmask(ds, rng, s):
    ch = ds["ch"]
    if ds.get("partial") and s.isdigit() and len(s) >= 2:
        k = rng.randint(1, min(2, len(s) - 1))
        return s[:-k] + ch * k
    out = []
    after_dot = False
    for seg in re.split(r"([.:\-])", s):
        if seg in (".", ":", "-"):
            out.append(seg)
            after_dot = seg in ".:"
        elif seg:
            if after_dot:
                out.append(ch * len(seg))
            else:
                out.append(ch * (len(seg) if ds["exact"] else (ds["k"] if len(seg) > 1 else 1)))
    r = "".join(out)
    if ch == "×" and len(r.replace(".", "")) == 1:
        r = "××"
    return r


def _region(val, fn):
    """mask the 'core' parts for which fn returns a string; the placeholder covers first..last masked part."""
    outs = []
    for txt, role in val.parts:
        m = fn(txt) if role == "core" else None
        outs.append((txt, m))
    idx = [i for i, (_, m) in enumerate(outs) if m is not None]
    if not idx:
        return None
    a, b = idx[0], idx[-1]
    parts = []
    pre = "".join(t for t, _ in outs[:a])
    if pre:
        parts.append((pre, T, pre))
    mid = "".join(m if m is not None else t for t, m in outs[a:b + 1])
    orig = "".join(t for t, _ in outs[a:b + 1])
    parts.append((mid, P, orig))
    post = "".join(t for t, _ in outs[b + 1:])
    if post:
        parts.append((post, T, post))
    return parts


def _whole(val, s):
    return [(s, P, val.text)]


def mask_val(val, ds, rng):
    """return parts for a masked value, or None if the dialect has no form for this kind."""
    dia, k = ds["dialect"], val.kind
    if k == "year" or (k == "fixed" and dia != "formui"):
        return None
    if dia in ("x", "X", "times", "fwX"):
        ch = ds["ch"]
        if k in ("time", "month", "date") or (k == "ymd" and ds.get("partial")):
            return _region(val, lambda s: ch * (len(s) if ds["exact"] else min(2, len(s) if len(s) > 1 else pick(rng, [1, 2]))))
        if k in ("n", "dec", "money", "pct2", "ymd"):
            if k == "ymd" and not ds.get("partial"):
                cut = rng.random()
                def f(s, cut=cut):
                    if len(s) == 4:  # the year
                        return None if cut < 0.5 else ("20" + ch * 2)
                    return ch * (len(s) if ds["exact"] else pick(rng, [1, 2]))
                return _region(val, f)
            return _region(val, lambda s: _xmask(ds, rng, s))
        if k in ("birth", "ymdr"):
            return _region(val, lambda s: (s[:2] + ch * 2) if len(s) == 4 else ch * 2)
        if k == "yr":
            return _region(val, lambda s: ch * len(s))
        if k == "code":
            return _region(val, lambda s: ch * len(s))
        if k == "place":
            return _region(val, lambda s: ch * (2 if ch != "×" else pick(rng, [2, 3])))
        if k == "addr":
            return _region(val, lambda s: ch * (len(s) if s.isdigit() and ds["exact"] else 2))
        if k == "person":
            return _region(val, lambda s: ch * pick(rng, [2, 3, 3]))
        if k in ("company", "project"):
            return _region(val, lambda s: ch * pick(rng, [2, 2, 4]))
        if k == "mobile":
            return _region(val, lambda s: ch * 11)
        if k == "phone":
            return _region(val, lambda s: "0" + ch * 3 + "-" + ch * 7)
        if k == "idno":
            return _region(val, lambda s: ch * 18)
        if k == "docno":
            return _region(val, lambda s: (ch + s[1:]) if not s.isdigit() else ch * ds["k"])
        if k == "room":
            return _region(val, lambda s: ch * 2 + "会议室")
        if k == "email":
            return _region(val, lambda s: ch * 3)
        if k == "lit":
            return _region(val, lambda s: ch * pick(rng, [2, 2, 3]))
        return None
    if dia == "mou":
        if k == "person":
            return _region(val, lambda s: s[0] + ("某某" if ds["mou2"] else "某"))
        if k == "company":
            return _region(val, lambda s: "某某" if ds["mou2"] or chance(rng, 0.5) else "某")
        if k in ("place", "project"):
            return _region(val, lambda s: "某" if chance(rng, 0.5) else "某某")
        if k == "addr":
            return _region(val, lambda s: "某" if s.isdigit() else "某某")
        return None
    if dia == "bracket":
        lab = "　" * 2 if ds["br_empty"] else pick(rng, BR_LABEL.get(k, ["内容"]))
        a, b = ds["br"]
        if k == "ymd" and chance(rng, 0.4):
            return _region(val, lambda s: f"{a}  {b}" if len(s) < 4 else f"{a}    {b}")
        return _whole(val, f"{a}{lab}{b}")
    if dia == "curly":
        key = pick(rng, BR_LABEL.get(k, ["内容"])) if ds["zh_keys"] else pick(rng, EN_KEY.get(k, ["value"]))
        return _whole(val, ds["curly"] % key)
    if dia == "merge":
        key = pick(rng, BR_LABEL.get(k, ["内容"]))
        return _whole(val, ds["merge"] % key)
    if dia == "hint":
        key = pick(rng, BR_LABEL.get(k, ["内容"]))
        return _whole(val, ds["hint"] % key)
    if dia == "blank":
        b = ds["blank"]
        if k in ("date", "ymd"):
            return _region(val, lambda s: b * (4 if len(s) == 4 else 2))
        if k in ("n", "dec", "money", "pct2", "month"):
            return _region(val, lambda s: b * pick(rng, [3, 4, 6]))
        if k == "idno" and chance(rng, 0.5):
            return _whole(val, "□" * 18)
        if k == "place":
            return _region(val, lambda s: b * pick(rng, [4, 6]))
        return _whole(val, b * pick(rng, [6, 8, 10, 12]))
    if dia == "star":
        if k == "person":
            s = val.text
            return _whole(val, s[0] + ("*" * (len(s) - 1) if chance(rng, 0.6) else "*" + s[2:] if len(s) == 3 else "*"))
        if k == "mobile":
            return _region(val, lambda s: s[:3] + "****" + s[7:])
        if k == "idno":
            return _region(val, lambda s: (s[:6] + "*" * 8 + s[14:]) if chance(rng, 0.6) else (s[:3] + "*" * 11 + s[14:]))
        if k == "card":
            return _region(val, lambda s: pick(rng, [s[:4] + " **** **** " + s[12:], "**** **** **** " + s[12:],
                                                      s[:6] + "******" + s[12:]]))
        if k == "email":
            return _region(val, lambda s: s[0] + "***")
        if k == "plate":
            return _region(val, lambda s: s[:3] + "***" + s[6:])
        if k == "phone":
            return _region(val, lambda s: s[:5] + "****" + s[-3:])
        if k == "addr":
            return _region(val, lambda s: "**" if s.isdigit() or chance(rng, 0.5) else None)
        if k in ("company", "place"):
            return _region(val, lambda s: "**")
        return None
    if dia == "todo":
        return _whole(val, ds["todo"])
    if dia == "censor":
        if k in ("cw",):
            return _region(val, lambda s: ds["censor"] * len(s) if ds["censor"] != "×" or len(s) > 1 else "××")
        return None
    if dia == "printf":
        if k in ("n", "dec", "money", "pct2"):
            f = pick(rng, ["%d", "%s", "{0}", "{1}", "%1$d", "%.2f" if k == "money" else "%d"])
        else:
            f = pick(rng, ["%s", "{0}", "{1}", "%1$s", "%@"])
        return _whole(val, f)
    if dia == "cms":
        key = pick(rng, EN_KEY.get(k, ["value"]))
        f = pick(rng, ["{dede:field name='%s'/}", "{dede:field.%s/}", "{$%s}", "{pboot:%s}", "[field:%s/]",
                       "{$article.%s}", "<!--{%s}-->", "{:%s}"])
        return _whole(val, f % key)
    if dia == "formui":
        if k in ("ymd", "date", "fixed", "birth", "ymdr"):
            return _whole(val, pick(rng, ["--请选择--", "请选择", "单击或点击此处输入日期。"] if k != "fixed" else ["--请选择--", "请选择"]))
        f = pick(rng, [x for x in FORMUI if "选择" not in x])
        return _whole(val, f % pick(rng, BR_LABEL.get(k, ["内容"])) if "%s" in f else f)
    raise KeyError(dia)


def render_lines_masked(lines_items, dstates, rng, density, force_min=1, kind_filter=None):
    """lines_items: list of item lists.  dstates: dialect state, or dict kind->dialect state (key '*' default).
    density: probability of masking each maskable value.  Entity values with a key are masked
    consistently.  Returns (lines_parts, n_masked)."""
    def ds_for(val):
        if isinstance(dstates, dict) and "dialect" not in dstates:
            return dstates.get(val.kind, dstates.get("*"))
        return dstates
    cands = []
    for li, items in enumerate(lines_items):
        for ii, it in enumerate(items):
            if isinstance(it, Val):
                ds = ds_for(it)
                if ds is None or (kind_filter and it.kind not in kind_filter):
                    continue
                cands.append((li, ii))
    decide = {}
    chosen = set()
    for li, ii in cands:
        v = lines_items[li][ii]
        key = v.key
        if key is not None and key in decide:
            if decide[key]:
                chosen.add((li, ii))
            continue
        d = chance(rng, density)
        if key is not None:
            decide[key] = d
        if d:
            chosen.add((li, ii))
    # guarantee a minimum (try values that actually have a form in their dialect)
    order = list(cands)
    rng.shuffle(order)
    out_lines = None
    for attempt in range(3):
        out_lines, n = [], 0
        masked_keys = set()
        for li, items in enumerate(lines_items):
            parts = []
            for ii, it in enumerate(items):
                if isinstance(it, str):
                    parts.append((it, T, it))
                    continue
                mp = None
                if (li, ii) in chosen or (it.key is not None and it.key in masked_keys):
                    mp = mask_val(it, ds_for(it), rng)
                if mp is None:
                    parts.append((it.text, T, it.text))
                else:
                    parts.extend(mp)
                    n += 1
                    if it.key is not None:
                        masked_keys.add(it.key)
            out_lines.append(parts)
        if n >= force_min or not order:
            return out_lines, n
        for li, ii in order[:max(1, force_min)]:
            chosen.add((li, ii))
            key = lines_items[li][ii].key
            if key is not None:
                chosen.update((a, b) for a, b in cands if lines_items[a][b].key == key)
        order = order[max(1, force_min):]
    return out_lines, n

# ----------------------------------------------------------------------------------------------
# encoding damage -- every transform goes through a real codec or stdlib encoder
# ----------------------------------------------------------------------------------------------

def _latin1_fallback(err):
    """decode error handler: bytes undefined in cp1252 shown as their Latin-1 code points (what
    browsers do for windows-1252)."""
    bad = err.object[err.start:err.end]
    return bad.decode("latin-1"), err.end


def _hex_charref(err):
    """encode error handler: &#xHHHH; references (hex variant of xmlcharrefreplace)."""
    s = err.object[err.start:err.end]
    return "".join("&#x%X;" % ord(c) for c in s), err.end


codecs.register_error("t28_latin1_fallback", _latin1_fallback)
codecs.register_error("t28_hexcharref", _hex_charref)


def utf8_as(s, enc, errors="replace"):
    return s.encode("utf-8").decode(enc, errors)


def enc_as(s, src, dst, errors="replace", src_errors="strict"):
    return s.encode(src, src_errors).decode(dst, errors)


def tr_utf8_gbk(s, rng):
    return utf8_as(s, "gbk", pick(rng, ["replace", "replace", "ignore"]))


def tr_utf8_gbk_replace(s, rng):
    return utf8_as(s, "gbk", "replace")


def tr_utf8_gbk_ignore(s, rng):
    return utf8_as(s, "gbk", "ignore")


def tr_utf8_gb18030(s, rng):
    return utf8_as(s, "gb18030", "replace")


def tr_double_gbk(s, rng):
    return s.encode("utf-8").decode("gbk", "replace").encode("utf-8").decode("gbk", "replace")


def tr_kunjinkao(s, rng):
    # GBK bytes decoded as UTF-8 (lost to U+FFFD), saved as UTF-8, read back as GBK
    return s.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")


def tr_utf8_cp1252(s, rng):
    return utf8_as(s, "cp1252", pick(rng, ["ignore", "t28_latin1_fallback", "replace"]))


def tr_utf8_latin1(s, rng):
    return utf8_as(s, "latin-1", "strict")


def tr_double_cp1252(s, rng):
    once = utf8_as(s, "cp1252", "t28_latin1_fallback")
    return utf8_as(once, "cp1252", "t28_latin1_fallback")


def tr_gbk_cp1252(s, rng):
    return enc_as(s, "gbk", "cp1252", pick(rng, ["t28_latin1_fallback", "ignore"]))


def tr_q_gb2312(s, rng):
    return s.encode("gb2312", "replace").decode("gb2312")


def tr_q_ascii(s, rng):
    return s.encode(pick(rng, ["ascii", "latin-1", "cp1252"]), "replace").decode("latin-1")


def tr_gbk_utf8(s, rng):
    return enc_as(s, "gbk", "utf-8", "replace")


def tr_gbk_offbyone(s, rng):
    b = s.encode("gbk")
    i = 0
    if len(b) > 4:
        i = rng.randrange(0, min(len(b) - 2, 6))
    b2 = b[:i] + b[i + 1:]
    return b2.decode("gbk", "replace")


def tr_big5_gbk(s, rng):
    return enc_as(s, "big5", "gbk", "replace", "replace")


def tr_gbk_big5(s, rng):
    return enc_as(s, "gbk", "big5", "replace")


def tr_utf8_sjis(s, rng):
    return utf8_as(s, pick(rng, ["shift_jis", "cp932"]), "replace")


def tr_sjis_gbk(s, rng):
    return enc_as(s, "shift_jis", "gbk", "replace", "replace")


def tr_utf8_koi8r(s, rng):
    return utf8_as(s, "koi8_r", "replace")


def tr_koi8r_gbk(s, rng):
    return enc_as(s, "koi8_r", "gbk", "replace", "replace")


def tr_utf8_cp1251(s, rng):
    return utf8_as(s, "cp1251", "replace")


def tr_euckr_gbk(s, rng):
    return enc_as(s, "euc_kr", "gbk", "replace", "replace")


def tr_utf8_euckr(s, rng):
    return utf8_as(s, "euc_kr", "replace")


def tr_hz(s, rng):
    return s.encode("hz").decode("ascii")


def tr_mime_b(s, rng):
    cs = pick(rng, ["GB2312", "gb2312", "GBK", "UTF-8", "utf-8"])
    enc = {"gb2312": "gb2312", "gbk": "gbk", "utf-8": "utf-8"}[cs.lower()]
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(enc)).decode("ascii"))


def tr_mime_q(s, rng):
    cs = pick(rng, ["utf-8", "gb2312"])
    return email.quoprimime.header_encode(s.encode(cs), charset=cs)


def tr_qp(s, rng):
    b = quopri.encodestring(s.encode(pick(rng, ["gbk", "utf-8"])))
    return b.decode("ascii").replace("=\n", "").rstrip("\n")


def tr_utf7(s, rng):
    return s.encode("utf-7").decode("ascii")


def tr_uescape(s, rng):
    if chance(rng, 0.5):
        return s.encode("unicode_escape").decode("ascii")
    return json.dumps(s, ensure_ascii=True)[1:-1]


def tr_bytes_repr(s, rng):
    return repr(s.encode(pick(rng, ["utf-8", "utf-8", "gbk"])))


def tr_ncr_dec(s, rng):
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")


def tr_ncr_hex(s, rng):
    return s.encode("ascii", "t28_hexcharref").decode("ascii")


def tr_percent(s, rng):
    return urllib.parse.quote(s, encoding=pick(rng, ["utf-8", "utf-8", "gbk"]), safe="")


def tr_utf16_gbk(s, rng):
    return enc_as(s, "utf-16-le", "gbk", "replace").replace("\x00", "")


def tr_utf8_cp437(s, rng):
    return utf8_as(s, "cp437", "strict")


def tr_gbk_cp437(s, rng):
    return enc_as(s, "gbk", "cp437", "strict")


def tr_utf8_macroman(s, rng):
    return utf8_as(s, "mac_roman", "strict")


def tr_utf8_greek(s, rng):
    return utf8_as(s, "iso8859_7", "replace")


def tr_latin1_gbk(s, rng):
    return enc_as(s, "latin-1", "gbk", "replace")


def tr_html_named(s, rng):
    """characters with an HTML named entity written as that entity (stdlib table), as a CMS stores them."""
    from html.entities import codepoint2name
    out = []
    for c in s:
        n = codepoint2name.get(ord(c))
        if n and c not in "<>\"'" and (ord(c) > 127 or c == "&"):
            out.append("&%s;" % n)
        elif c == " " and chance(rng, 0.7):
            out.append("&nbsp;")
        elif c == "\u3000":
            out.append("&nbsp;&nbsp;")
        else:
            out.append(c)
    return "".join(out)


def tr_html_double(s, rng):
    """an already-escaped HTML fragment escaped again."""
    return html.escape(html.escape(s, quote=False), quote=False)


def tr_mt_entities(s, rng):
    return html.escape(s, quote=True)


def tr_json_newlines(s, rng):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def tr_emoji_gbk(s, rng):
    return utf8_as(s, "gbk", "replace")


KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    _n = unicodedata.normalize("NFKC", chr(_cp))
    if len(_n) == 1 and _n != chr(_cp):
        KANGXI[_n] = chr(_cp)
COMPAT = {}
for _cp in range(0xF900, 0xFADA):
    _c = chr(_cp)
    _n = unicodedata.normalize("NFKC", _c)
    if len(_n) == 1 and _n != _c and _n not in COMPAT:
        COMPAT[_n] = _c


def pieces_charmap(s, table, rng, p=1.0):
    """substitute characters through a table; returns pieces (text, damaged, orig)."""
    out = []
    for c in s:
        if c in table and chance(rng, p):
            out.append((table[c], True, c))
        else:
            out.append((c, False, c))
    return out


def pieces_kangxi(s, rng):
    return pieces_charmap(s, KANGXI, rng, 1.0)


def pieces_compat(s, rng):
    return pieces_charmap(s, COMPAT, rng, 0.9)


def tr_doubled(s, rng):
    return "".join(c * 2 if not c.isspace() else c for c in s)


def tr_ocr_spaces(s, rng):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and not c.isspace() and not s[i + 1].isspace():
            out.append(" " if chance(rng, 0.9) else "  ")
    return "".join(out)


def is_cjk(c):
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF

# ----------------------------------------------------------------------------------------------
# document domains: each returns Dom(lines=[template strings], title=idx|None, sig=[idx], table=[idx], sep)
# all sentences are written for this collection; names and places are invented
# ----------------------------------------------------------------------------------------------
class Dom:
    def __init__(self, lines, title=None, sig=(), table=(), sep=None, mode="prose", body=None, remark=None):
        self.lines = list(lines)
        self.title = title
        self.sig = list(sig)
        self.table = list(table)
        self.sep = sep
        self.mode = mode          # prose | form | table | list : how look-alike lines may be inserted
        self.body = body          # (start, end) line range where insertions may go; None = after title, before signature
        self.remark = remark      # prefix for an inserted remark line (form/list/table modes); None = by mode


def osample(rng, seq, k):
    """random subset, original order kept"""
    seq = list(seq)
    idx = sorted(rng.sample(range(len(seq)), max(0, min(k, len(seq)))))
    return [seq[i] for i in idx]


CN_NUM = "一二三四五六七八九十"

REPORT_ACH = [
    "全年完成地区生产总值{money:20-300}亿元，同比增长{dec:1-9}%；规模以上工业增加值{dec:5-90}亿元，增长{dec:1-12}%。",
    "全年实施重点项目{n:10-90}个，完成投资{money:5-200}亿元，其中{company}年产{n:2-50}万吨新型建材项目于{date}正式投产。",
    "全年招商引资到位资金{money:5-80}亿元，同比增长{dec:3-30}%，完成年度目标任务的{dec:100-130}%。",
    "{company}投资{money:1-20}亿元建设的{project}已完成主体施工，预计{date}前投入使用。",
    "新增城镇就业{n:800-9000}人，发放各类救助资金{money:100-3000}万元，惠及困难群众{n:300-6000}户{n:800-15000}人。",
    "完成城乡居民基本养老保险参保{n:3000-30000}人，任务完成率{dec:80-99}%。",
    "累计发放创业担保贷款{money:100-2000}万元，扶持创业{n:20-300}人，带动就业{n:100-1500}人。",
    "累计接种疫苗{n:10000-90000}剂次，组织家庭医生签约服务{n:3000-20000}人。",
    "{village}完成高标准农田建设{n:500-5000}亩，村集体经济收入达到{dec:10-99}万元，较上年增加{dec:2-30}万元。",
    "截至{year_month_md}，{street}已完成老旧小区改造{n:5-40}个，惠及居民{n:1000-9000}户。",
    "全年新建改建农村公路{dec:10-90}公里，完成危桥改造{n:2-20}座，行政村通客车率保持100%。",
    "投入资金{money:50-900}万元实施{village}人居环境整治，新建公厕{n:2-20}座，清理垃圾{n:100-3000}吨。",
    "全年共组织安全生产大检查{n:20-300}次，排查整改隐患{n:100-2000}处，整改率达{pct2}%。",
    "全年受理群众来信来访{n:100-900}件次，办结率{pct2}%，群众满意率{dec:90-99}%。",
    "开展“网格化”巡查{n:200-3000}次，化解矛盾纠纷{n:50-600}起，调解成功率{pct2}%。",
    "由{person}同志牵头，联合{org2}成立专项工作专班，先后召开推进会{n:3-12}次，协调解决问题{n:10-60}个。",
    "组织开展理论学习中心组学习{n:8-24}次，举办专题培训班{n:3-12}期，培训党员干部{n:200-2000}人次。",
    "{county}共有{n:3-30}个村（社区）纳入示范创建名单，其中{village}、{village}被评为省级示范村。",
    "发展壮大村级集体经济，{n:10-60}个村集体经济收入全部超过{n:10-50}万元。",
    "共办理人大代表建议{n:10-80}件、政协委员提案{n:10-80}件，按时办结率100%。",
]
REPORT_SUBHEADS = ["（一）经济运行稳中有进", "（二）项目建设提速增效", "（三）民生保障持续加强", "（四）基层治理不断完善"]
REPORT_PROB = ["一是产业结构仍需优化，传统产业占比仍达{dec:40-70}%；二是财政收支矛盾较为突出，刚性支出增长{dec:3-15}%。",
               "部分项目推进缓慢，{n:2-9}个项目未能按期开工；基层干部队伍年龄结构偏大，平均年龄{n:45-55}岁。"]
REPORT_PLAN = ["力争全年完成固定资产投资{money:50-500}亿元，新引进亿元以上项目{n:5-30}个，新增规上企业{n:5-40}家。",
               "计划新改建农村公路{n:20-90}公里，完成{n:5-30}个老旧小区改造，新增城镇就业{n:1000-9000}人以上。"]
REPORT_TITLES = ["{street}{year}年工作总结", "关于{town}{year}年度重点工作推进情况的报告", "{org}{year}年上半年工作总结",
                 "{county}{year}年政府工作报告（摘要）", "{street}{year}年工作总结及下一年度工作计划",
                 "关于{county}{year}年民生实事项目完成情况的报告"]


def dom_report(rng, ctx, n_body=None):
    n_body = min(n_body or rng.randint(3, 7), 8)
    lines = [pick(rng, REPORT_TITLES), "一、主要工作成效"]
    ach = osample(rng, REPORT_ACH, n_body)
    heads = osample(rng, REPORT_SUBHEADS, rng.randint(0, min(3, len(ach))))
    per = max(1, len(ach) // max(1, len(heads))) if heads else len(ach)
    k = 0
    for h in heads:
        lines.append(h)
        lines.extend(ach[k:k + per])
        k += per
    lines.extend(ach[k:])
    if chance(rng, 0.5) and len(lines) <= 8:
        lines += ["二、存在的问题", pick(rng, REPORT_PROB)]
        if chance(rng, 0.5) and len(lines) <= 8:
            lines += ["三、下一步工作计划", pick(rng, REPORT_PLAN)]
    sig = []
    if chance(rng, 0.5) and len(lines) <= 10:
        lines.append("{org}" if chance(rng, 0.5) else "{street}办事处")
        lines.append("{ymd}")
        sig = [len(lines) - 2, len(lines) - 1]
    return Dom(lines, title=0, sig=sig)


NOTICE_TOPICS = ["做好{year}年防汛备汛工作", "开展安全生产隐患大排查", "做好元旦春节期间走访慰问工作", "开展城乡环境卫生集中整治",
                 "组织开展消防安全培训", "报送{year}年度民生项目计划", "开展耕地保护专项检查", "做好高温天气防暑降温工作"]
NOTICE_BODY = [
    "为切实做好相关工作，经研究，决定自{date}起在全{county_or}范围内集中开展专项行动。现将有关事项通知如下：",
    "请各单位于{date}前将工作方案及联系人名单报送至{org}办公室，逾期未报的视为无异议。",
    "各乡镇（街道）要落实属地责任，明确专人负责，每周五{pm}前报送进展情况。",
    "本次培训共{n:2-6}期，每期{n:30-120}人，培训地点设在{room}。",
    "对排查发现的问题，要建立台账、限时整改，整改完成率须达到{pct2}%以上。",
    "所需经费从{year}年度专项资金中列支，预算总额{money:5-200}万元。",
    "联系人：{person}，联系电话：{phone}，电子邮箱：{email}。",
    "参会人员请于{md}{am}前到{room}签到，并携带相关材料。",
]
NOTICE_SALUT = ["各乡镇人民政府，各街道办事处，县直各单位：", "各社区居委会、辖区各有关单位：", "各科室、各下属单位："]


def dom_notice(rng, ctx):
    lines = ["关于" + pick(rng, NOTICE_TOPICS) + "的通知"]
    if chance(rng, 0.5):
        lines.append("{docno}")
    lines.append(pick(rng, NOTICE_SALUT))
    body_start = len(lines)
    body = [NOTICE_BODY[0]] + osample(rng, NOTICE_BODY[1:], rng.randint(1, 4))
    numbered = chance(rng, 0.5)
    for i, b in enumerate(body):
        lines.append((CN_NUM[i - 1] + "、" if i and numbered else "") + b)
    lines.append("{org}")
    lines.append("{ymd}")
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1], body=(body_start, len(lines) - 2))


def dom_minutes(rng, ctx):
    lines = [pick(rng, ["{org}党组会议纪要", "{street}主任办公会议纪要", "{project}推进会会议纪要", "第{n:2-30}次专题协调会会议纪要"])]
    lines.append("时间：{md}上午{am}" if chance(rng, 0.5) else "时间：{md}下午{pm}")
    lines.append("地点：{room}")
    lines.append("主持：{person}")
    lines.append("参加：{person}、{person}、{person}、{person}")
    lines.append("记录：{person}")
    items = ["会议听取了{org2}关于{project}进展情况的汇报，项目累计完成投资{money:100-9000}万元，形象进度{dec:30-95}%。",
             "会议同意从预备费中安排{money:10-500}万元用于{village}饮水安全巩固提升工程。",
             "会议要求{company}于{date}前完成剩余{n:5-60}户的签约工作，由{person}同志负责督办。",
             "会议决定成立工作专班，{person}任组长，{person}任副组长，成员由{n:5-15}个单位分管负责人组成。",
             "会议研究了{street}{year}年民生实事项目清单，共{n:8-20}项，总投资{money:500-9000}万元。"]
    lines.append("会议议定事项如下：")
    st = len(lines)
    for i, b in enumerate(sample(rng, items, rng.randint(2, 4))):
        lines.append(CN_NUM[i] + "、" + b)
    return Dom(lines, title=0, sig=[], body=(st, len(lines)))


def dom_contract(rng, ctx):
    lines = [pick(rng, ["设备采购合同", "房屋租赁合同", "技术服务合同", "工程施工合同", "物业服务委托合同"])]
    lines.append("合同编号：{cno}")
    lines.append("甲方：{company}")
    lines.append("法定代表人：{person}　联系电话：{mobile}")
    lines.append("乙方：{company}")
    lines.append("住所地：{addr}")
    cl = ["第一条　合同总价为人民币{money:10-900}万元（含税），乙方应于{ymd}前完成交付。",
          "第二条　甲方于合同签订之日起{n:5-30}个工作日内支付合同总价的{n:20-40}%作为预付款。",
          "第三条　质量保证期为{n:12-36}个月，自验收合格之日起计算。",
          "第四条　任何一方违约，应按合同总价的{n:5-20}%向守约方支付违约金。",
          "第五条　本合同一式{n:2-6}份，甲乙双方各执{n:1-3}份，具有同等法律效力。",
          "第六条　履约地点：{addr}。"]
    lines.extend(osample(rng, cl, rng.randint(2, 4)))
    lines.append("甲方（盖章）：{company}　　乙方（盖章）：{company}")
    lines.append("签订日期：{ymd}")
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1], mode="form")


def dom_lease(rng, ctx):
    lines = ["房屋租赁合同",
             "出租方（甲方）：{person}，身份证号：{idno}",
             "承租方（乙方）：{person}，联系电话：{mobile}",
             "一、甲方将位于{addr}的房屋出租给乙方使用，建筑面积{dec:40-160}平方米。",
             "二、租赁期限自{ymdrange}止。",
             "三、月租金为人民币{n:800-9000}元，押金{n:1000-9000}元，按季度支付。",
             "四、租赁期间水、电、燃气费用由乙方承担。",
             "甲方签字：{person}　　乙方签字：{person}",
             "日期：{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1], mode="form")


STAT_ROWS = [("地区生产总值", "亿元", "money:100-900", "dec:1-9"), ("规模以上工业增加值", "亿元", "money:20-300", "dec:1-12"),
             ("固定资产投资", "亿元", "money:50-500", "dec:-5-15"), ("社会消费品零售总额", "亿元", "money:50-400", "dec:1-10"),
             ("一般公共预算收入", "亿元", "money:5-90", "dec:1-12"), ("城镇居民人均可支配收入", "元", "n:30000-70000", "dec:3-8"),
             ("农村居民人均可支配收入", "元", "n:15000-35000", "dec:4-9"), ("外贸进出口总额", "亿元", "money:10-300", "dec:-8-20"),
             ("新增城镇就业人数", "人", "n:3000-30000", "dec:1-9"), ("粮食总产量", "万吨", "dec:10-90", "dec:0-3")]


def dom_stats(rng, ctx):
    sep = pick(rng, [" | ", "\t", "  ", "，"])
    lines = [pick(rng, ["{county}{year}年主要经济指标完成情况", "表{n:1-9}　{year}年1—{n:3-12}月主要指标", "{city}国民经济主要指标"])]
    lines.append(sep.join(["指标名称", "单位", "本期数", "同比增长（%）"]))
    rows = sample(rng, STAT_ROWS, rng.randint(3, 7))
    for name, unit, a, b in rows:
        lines.append(sep.join([name, unit, "{" + a + "}", "{" + b + "}"]))
    if chance(rng, 0.4):
        lines.append("注：本表数据为快报数，增速按可比价格计算。")
    return Dom(lines, title=0, table=list(range(1, len(rows) + 2)), sep=sep, mode="table")


def dom_budget(rng, ctx):
    sep = pick(rng, [" | ", "\t", "  "])
    lines = ["{org}{year}年部门预算支出表（单位：万元）"]
    lines.append(sep.join(["科目名称", "预算数", "执行数", "执行率"]))
    items = ["一般公共服务支出", "教育支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出",
             "住房保障支出", "文化旅游体育与传媒支出"]
    for it in sample(rng, items, rng.randint(3, 6)):
        lines.append(sep.join([it, "{money:50-5000}", "{money:40-5000}", "{dec:60-100}%"]))
    lines.append(sep.join(["合计", "{money:1000-30000}", "{money:1000-30000}", "{dec:80-99}%"]))
    return Dom(lines, title=0, table=list(range(1, len(lines))), sep=sep, mode="table")


def dom_procure(rng, ctx):
    lines = [pick(rng, ["{project}中标结果公告", "{org}办公设备采购项目成交公告", "{project}招标公告"]),
             "一、项目编号：{pno}",
             "二、项目名称：{project}",
             "三、采购人：{org}，地址：{addr}，联系人：{person}，电话：{phone}",
             "四、预算金额：{money:50-3000}万元",
             "五、中标（成交）供应商：{company}，中标金额：{money:40-3000}万元",
             "六、公告期限：自本公告发布之日起{n:1-5}个工作日。"]
    if chance(rng, 0.5):
        lines.append("代理机构：{company}，联系人：{person}，电话：{phone}")
    return Dom(lines, title=0, mode="form")


def dom_winners(rng, ctx, cols=("name", "unit", "mobile")):
    sep = pick(rng, ["  ", "\t", " | "])
    head = {"name": "姓名", "unit": "工作单位", "mobile": "联系电话", "idno": "身份证号", "award": "奖项", "score": "成绩"}
    lines = [pick(rng, ["{year}年度“最美志愿者”拟表彰人员名单公示", "{county}第{n:2-9}届职业技能大赛获奖名单", "{year}年公开招聘拟聘用人员公示",
                        "{street}{year}年惠民补贴发放名单公示", "幸运抽奖活动中奖名单"])]
    lines.append(sep.join(["序号"] + [head[c] for c in cols]))
    n = rng.randint(3, 7)
    for i in range(n):
        row = [str(i + 1)]
        for c in cols:
            row.append({"name": "{person}", "unit": "{company}", "mobile": "{mobile}", "idno": "{idno}",
                        "award": pick(rng, ["一等奖", "二等奖", "三等奖", "优秀奖"]), "score": "{dec:70-99}"}[c])
        lines.append(sep.join(row))
    lines.append("公示期间如有异议，请向{org}反映，电话：{phone}。")
    return Dom(lines, title=0, table=list(range(1, n + 2)), sep=sep, mode="table")


def dom_court(rng, ctx):
    lines = [pick(rng, ["{city}{district}人民法院民事判决书", "{county}人民法院民事判决书", "买卖合同纠纷案件审理情况"]),
             "原告：{cmain}，住所地{addr}。",
             "法定代表人：{person}，该公司总经理。",
             "被告：{pmain}，男，{age}岁，住{county}{town}{village}。",
             "原告{cmain}与被告{pmain}买卖合同纠纷一案，本院于{ymd}立案后，依法适用简易程序公开开庭进行了审理。",
             "经审理查明，被告于{ymd}向原告采购钢材一批，货款共计{money:10-300}万元，至今尚欠{money:5-100}万元未付。",
             "判决如下：被告于本判决生效之日起十日内向原告支付货款{money:5-100}万元。"]
    keep = [1, 2, 3] + osample(rng, [4, 5, 6], rng.randint(1, 3))
    return Dom([lines[0]] + [lines[i] for i in keep], title=0, body=(4, 4 + len(keep) - 3))


def dom_police(rng, ctx):
    lines = [pick(rng, ["警情通报", "{county}公安局关于一起盗窃案件的通报", "{district}公安分局警情通报"]),
             "{ymd}{time}许，{county}公安局接群众报警称，在{town}{village}附近发生一起交通事故。",
             "接警后，民警迅速赶赴现场处置，经初步调查，驾驶人{person}（男，{age}岁，{city}人）驾驶小型轿车与路边护栏发生碰撞。",
             "事故造成{n:1-3}人受伤，伤者已送往{county}人民医院救治，无生命危险。",
             "经查，犯罪嫌疑人{pmain}（男，{age}岁）于{drange}期间多次窃取电动车电瓶，涉案价值{n:2000-30000}元。",
             "目前，犯罪嫌疑人{pmain}已被依法刑事拘留，案件正在进一步侦办中。",
             "{county}公安局", "{ymd}"]
    body = pick(rng, [[lines[1], lines[2], lines[3]], [lines[4], lines[5]], [lines[1], lines[2]]])
    return Dom([lines[0]] + body + lines[6:], title=0, sig=[len(body) + 1, len(body) + 2])


def dom_hospital(rng, ctx):
    lines = ["出院小结",
             "患者{person}，{sex}，{age}岁，因“反复咳嗽{n:2-20}天”于{md}入院，住院号{n:100000-999999}。",
             "入院查体：体温{dec:36-39}℃，脉搏{n:60-110}次/分，血压{n:100-150}/{n:60-95}mmHg。",
             "诊疗经过：入院后完善相关检查，给予抗感染、止咳化痰等对症治疗。",
             "出院诊断：社区获得性肺炎。",
             "出院医嘱：注意休息，{n:1-4}周后门诊复查，如有不适随诊。",
             "主治医师：{person}　　{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 1], mode="form")


def dom_school(rng, ctx):
    g = pick(rng, ["七年级", "八年级", "九年级", "高一", "高二", "三年级", "五年级"])
    lines = [pick(rng, ["关于表彰{year}年度优秀学生的通报", "{town}中心学校期末工作通报", "学校运动会成绩通报"]),
             f"{g}" + "{n:1-12}班{person}同学在{county}中小学生作文比赛中荣获一等奖。",
             f"{g}" + "{n:1-12}班{person}、{person}同学获得校级“三好学生”称号。",
             "本学期全校共有{n:300-2000}名学生参加体质健康测试，优良率{dec:40-80}%。",
             "学校于{date}组织了消防应急疏散演练，全体师生{n:300-2000}人在{n:2-5}分钟内安全撤离。",
             "{town}中心学校", "{ymd}"]
    body = osample(rng, lines[1:5], rng.randint(2, 4))
    return Dom([lines[0]] + body + lines[5:], title=0, sig=[len(body) + 1, len(body) + 2])


def dom_news(rng, ctx):
    lines = [pick(rng, ["{street}：老旧小区改造让居民住得更舒心", "{town}早稻喜获丰收", "{county}举办首届乡村美食节",
                        "{city}新开通{n:3-9}条公交线路"]),
             "本报讯（记者{person} 通讯员{person}）{md}，记者从{org}获悉，" + pick(rng, [
                 "今年以来{county}累计完成老旧小区改造{n:5-40}个，惠及居民{n:1000-9000}户。",
                 "{town}今年种植早稻{n:1000-9000}亩，平均亩产{n:400-600}公斤。",
                 "首届乡村美食节吸引游客{n:1-9}万人次，带动消费{money:100-900}万元。"]),
             "“以前一下雨路面就积水，现在出门方便多了。”居民{person}说。",
             "据介绍，下一步{street}还将投入{money:100-900}万元，对{n:3-12}个小区的雨污管网进行改造。"]
    return Dom(lines, title=0)


def dom_caption(rng, ctx):
    caps = ["{md}，{town}{village}村民在田间抢收早稻。", "{md}，游客在{county}{village}的花海中拍照留念。",
            "{md}，{street}志愿者为辖区老人义务理发。", "{md}，施工人员在{project}现场作业。",
            "{md}，{city}一中学生在运动会上进行4×100米接力比赛。"]
    lines = []
    for c in sample(rng, caps, rng.randint(1, 3)):
        lines.append(c + pick(rng, ["记者 {person} 摄", "（记者 {person} 摄）", "通讯员 {person} 摄", "新华社记者 {person} 摄"]))
    return Dom(lines, title=None)


def dom_product(rng, ctx):
    lines = [pick(rng, ["产品规格书", "产品技术参数", "{company}产品说明"]),
             "产品名称：" + pick(rng, ["商用立式展示柜", "智能扫地机器人", "家用空气净化器", "便携式储能电源", "工业级交换机"]),
             "型号：" + pick(rng, ["XR-200", "KD-{n:100-900}", "ZL{n:10-99}A", "HT-{n:1000-5000}", "AP-{n:10-99}S"]),
             "外形尺寸（长×宽×高）：{n:300-900}×{n:300-700}×{n:800-1900} mm",
             "额定电压/频率：220V~/50Hz　额定功率：{n:30-1500}W",
             "净重：{dec:3-90}kg　包装尺寸：{n:400-1000}×{n:300-800}×{n:200-900} mm",
             "工作环境温度：{n:0-10}℃～{n:35-45}℃，相对湿度≤{n:80-95}%",
             "适配遥控器：{model}型号（需单独购买）",
             "生产企业：{company}　地址：{addr}　客服电话：{phone}"]
    return Dom(lines[:2] + osample(rng, lines[2:], rng.randint(3, 6)), title=0, mode="form", remark="")


def dom_manual(rng, ctx):
    lines = ["使用说明",
             "1. 首次使用前，请将设备放置在平整、通风的位置，静置{n:2-24}小时后再接通电源。",
             "2. 长按电源键{n:2-5}秒开机，指示灯由红色变为绿色表示工作正常。",
             "3. 设备可通过手机应用远程控制，支持2.4GHz无线网络。",
             "4. 滤网建议每{n:3-12}个月更换一次，更换前请先断开电源。",
             "5. 如遇故障，请勿自行拆卸，可拨打服务热线{phone}或联系{company}售后服务中心。",
             "注意：本产品不适用于浴室等潮湿环境。"]
    steps = osample(rng, lines[1:6], rng.randint(3, 5))
    steps = ["%d. %s" % (i + 1, x.split(". ", 1)[1]) for i, x in enumerate(steps)]
    return Dom(lines[:1] + steps + [lines[6]], title=0, mode="list", remark="注意：")


def dom_standard(rng, ctx):
    no = "{n:10000-42000}"
    lines = ["ICS {n:10-97}.{n:100-180}", "GB/T " + no + "—{yr}",
             pick(rng, ["城市道路照明设施运行维护规范", "农产品冷链物流服务要求", "公共建筑能耗监测技术导则", "社区养老服务设施配置要求"]),
             "{ymd}发布　　{ymd}实施",
             "前言",
             "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
             "本文件由{org}提出并归口。",
             "本文件起草单位：{company}、{company}。",
             "本文件主要起草人：{person}、{person}、{person}。"]
    return Dom(lines, title=2, mode="form", body=(6, len(lines)), remark="")


def dom_patent(rng, ctx):
    lines = ["发明专利申请公布",
             "申请号：{patno}",
             "申请日：{ymd}",
             "申请人：{company}",
             "发明人：{person}；{person}；{person}",
             "摘要：本发明公开了一种" + pick(rng, ["可调节式光伏支架", "基于图像识别的垃圾分类装置", "高效节能热泵烘干机",
                                             "农用无人机喷洒系统"]) + "，包括底座、支撑杆和控制模块，结构简单，安装方便。",
             "1. 一种装置，其特征在于，包括底座（1），所述底座（1）上端固定连接有支撑杆（2）。",
             "2. 根据权利要求1所述的装置，其特征在于，所述支撑杆（2）的长度为{n:200-900}mm。"]
    return Dom(lines, title=0, mode="form", body=(6, len(lines)), remark="")


def dom_medicine(rng, ctx):
    drug = pick(rng, ["阿莫西林胶囊", "布洛芬缓释胶囊", "复方甘草片", "维生素C片", "氯雷他定片", "蒙脱石散"])
    lines = [drug + "说明书",
             "【药品名称】通用名称：" + drug,
             "【规格】{spec}",
             "【用法用量】口服。成人一次{n:1-2}片，一日{n:2-3}次；儿童用量请遵医嘱。",
             "【不良反应】偶见恶心、皮疹等，停药后可自行消失。",
             "【贮藏】密封，在阴凉（不超过20℃）干燥处保存。",
             "【有效期】{n:18-36}个月",
             "【批准文号】国药准字H{n:10000000-99999999}",
             "【生产企业】{pharmaco}"]
    return Dom(lines, title=0, mode="form", remark="【注意事项】")


RECIPES = {"番茄炒蛋": "鸡蛋{n:2-4}个，番茄{n:2-3}个", "红烧排骨": "猪排骨{n:300-800}克", "清蒸鲈鱼": "鲈鱼1条（约{n:500-900}克）",
           "酸辣土豆丝": "土豆{n:2-3}个", "香菇鸡汤": "三黄鸡半只，干香菇{n:5-15}朵"}


def dom_recipe(rng, ctx):
    dish = pick(rng, sorted(RECIPES))
    lines = [dish,
             "主料：" + RECIPES[dish],
             "调料：盐{n:2-6}克，白糖{n:5-20}克，生抽{n:10-30}毫升，葱姜适量。",
             "1. 食材洗净备用，{pcs}。",
             "2. 锅中放油烧至六成热，下入主料翻炒{n:2-5}分钟。",
             "3. 加入调料和清水{n:100-500}毫升，中火炖煮{n:5-40}分钟即可出锅。",
             "小贴士：火候是关键，出锅前可根据口味再调整咸淡。"]
    return Dom(lines, title=0, mode="list", remark="")


TEAMS = ["青溪队", "云岭队", "桂湾队", "松川队", "兰港队", "白泉队", "龙洲队", "金坪队"]


def dom_sports(rng, ctx):
    sep = pick(rng, ["  ", "\t", " | "])
    teams = sample(rng, TEAMS, rng.randint(4, 6))
    lines = [pick(rng, ["{city}业余足球联赛第{n:3-20}轮积分榜", "{year}年{county}篮球联赛积分榜"])]
    lines.append(sep.join(["名次", "球队", "场次", "胜", "平", "负", "积分"]))
    for i, t in enumerate(teams):
        w, d_, l_ = rng.randint(0, 8), rng.randint(0, 4), rng.randint(0, 6)
        lines.append(sep.join([str(i + 1), t, str(w + d_ + l_), str(w), str(d_), str(l_), str(3 * w + d_)]))
    lines.append("本轮焦点战中，" + teams[0] + "主场以{n:2-4}∶{n:0-1}战胜" + teams[1] + "，{person}梅开二度。")
    return Dom(lines, title=0, table=list(range(1, len(teams) + 2)), sep=sep, mode="table", remark="")


def dom_stock(rng, ctx):
    lines = ["{company}{year}年半年度报告摘要",
             "证券代码：{n:600000-603999}　证券简称：{stockname}　公告编号：{year}-0{n:10-60}",
             "报告期内，公司实现营业收入{money:1-90}亿元，同比增长{dec:1-30}%；归属于上市公司股东的净利润{money:1-20}亿元。",
             "基本每股收益{money:0.1-2.5}元，加权平均净资产收益率{dec:3-15}%。",
             "公司拟以总股本{n:10000-90000}万股为基数，向全体股东每10股派发现金红利{dec:0.5-5}元（含税）。",
             "董事长：{person}", "{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1])


def dom_weather(rng, ctx):
    sep = pick(rng, ["  ", "\t", " | "])
    lines = ["{city}未来三天天气预报", sep.join(["日期", "天气", "气温", "风向风力"])]
    for _ in range(3):
        lo = rng.randint(-5, 22)
        lines.append(sep.join(["{date}", pick(rng, ["多云转晴", "小雨", "阴转中雨", "晴", "雷阵雨", "多云"]),
                               f"{lo}～{lo + rng.randint(4, 11)}℃", pick(rng, ["东北风3～4级", "南风<3级", "西北风4～5级", "微风"])]))
    lines.append("{city}气象台{md}{time}发布")
    return Dom(lines, title=0, table=[1, 2, 3, 4], sep=sep, mode="table")


NOVEL = ["夜色渐深，{hero}推开窗，远处的灯火一盏盏熄灭。",
         "“你以为我会怕你？”{hero}冷笑一声，{cw:一拳}砸在桌上。",
         "两人在走廊尽头{cw:拥吻}，谁也没有注意到楼梯口的影子。",
         "那人满身酒气，嘴里{cw:骂骂咧咧}，一脚踢翻了门口的花盆。",
         "{hero}握紧手中的刀，{cw:鲜血}顺着指缝一滴滴落在青石板上。",
         "屋里传来一阵{cw:喘息}声，随后是长久的沉默。",
         "他从怀里掏出一包{cw:白粉}，压低声音说：“老规矩。”",
         "第二天一早，镇上就传开了，说昨夜{cw:死了人}。"]


def dom_novel(rng, ctx):
    hero = person_name(rng)
    lines = ["第{n:12-480}章　" + pick(rng, ["夜雨", "旧账", "风起", "归途", "暗涌"])]
    for s in sample(rng, NOVEL, rng.randint(3, 6)):
        lines.append(s.replace("{hero}", hero))
    return Dom(lines, title=0)


def dom_email(rng, ctx):
    lines = ["发件人：{person} <{email}>",
             "收件人：{person} <{email}>",
             "主题：" + pick(rng, ["关于{project}资料报送的说明", "{year}年度预算调整事项", "会议通知及回执", "合同盖章件"]),
             "时间：{ymd} {time}",
             "{person}您好：",
             pick(rng, ["附件是{project}的初步设计文件，请于{date}前反馈修改意见。", "预算调整表已按要求修改，合计{money:10-900}万元，请审核。",
                        "定于{md}召开项目推进会，请您拨冗参加并于明日前回复。"]),
             "顺祝商祺！",
             "{person}", "{company}　电话：{phone}"]
    return Dom(lines, title=2, sig=[len(lines) - 2, len(lines) - 1], body=(5, 6))


def dom_resume(rng, ctx):
    lines = ["个人简历", "姓名：{person}　性别：{sex}　民族：汉族", "出生年月：{birth}　政治面貌：中共党员",
             "联系电话：{mobile}　电子邮箱：{email}", "身份证号：{idno}", "通讯地址：{addr}",
             "工作经历：{ymdr}至今　{company}　项目经理", "教育背景：{ymdr}　本科　土木工程专业"]
    return Dom(lines, title=0, mode="form")


def dom_invite(rng, ctx):
    lines = ["邀请函", "尊敬的{person}{mrms}：",
             "兹定于{ymd}{time}在{room}举办“{year}年{county}招商推介会”，诚邀您拨冗出席。",
             "本次推介会将发布重点招商项目{n:10-60}个，总投资约{money:50-900}亿元。",
             "请于{date}前将参会回执发送至{email}。",
             "联系人：{person}　电话：{mobile}",
             "{org}", "{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1])


def dom_sms(rng, ctx):
    msgs = ["【{bank}】您尾号{n:1000-9999}的账户于{date}{time}支出人民币{money:10-9000}元，余额{money:100-90000}元。",
            "【{bank}】尊敬的客户，您的信用卡本期账单金额{money:100-9000}元，最后还款日{date}。",
            "【{bank}】{person}您好，您的银行卡{card}已成功绑定手机号{mobile}。",
            "【{city}政务服务】您申请的事项已办结，办件编号{n:100000-999999}，请于{n:3-10}个工作日内领取证照。",
            "【{city}交警】您的车辆{plate}于{date}在{road}违停，请及时处理。"]
    return Dom(sample(rng, msgs, rng.randint(1, 3)), title=None, mode="list", body=(0, 0))


def dom_party(rng, ctx):
    lines = ["{street}党工委{year}年党建工作总结",
             "全{street}共有基层党组织{n:10-80}个，党员{n:300-3000}名，其中{year}年发展党员{n:5-40}名。",
             "开展“主题党日”活动{n:20-200}场次，参与党员{n:500-5000}人次。",
             "选派{n:3-20}名优秀年轻干部到{village}等村（社区）挂职锻炼。",
             "{person}同志被评为{county}优秀共产党员，{community}党委被评为先进基层党组织。"]
    return Dom(lines[:1] + osample(rng, lines[1:], rng.randint(2, 4)), title=0)


def dom_epidemic(rng, ctx):
    lines = ["{city}卫生健康委员会疫情通报",
             "{md}0—24时，{city}新增本土确诊病例{n:0-9}例，新增无症状感染者{n:0-20}例，均在隔离管控中发现。",
             "新增病例1：{sex}，{age}岁，居住在{district}{community}，系此前确诊病例的密切接触者。",
             "截至{md}24时，全市累计报告确诊病例{n:10-300}例，现有{n:0-40}例在定点医院接受治疗。"]
    return Dom(lines, title=0)


def dom_express(rng, ctx):
    lines = ["快递单号：SF{n:1000000000-9999999999}",
             "收件人：{person}　{mobile}",
             "收件地址：{addr}",
             "寄件人：{person}　{mobile}",
             "寄件地址：{addr}",
             "物品：文件　重量：{dec:0.2-5}kg　运费：{n:10-30}元"]
    return Dom(lines, title=None, mode="form")


def dom_speech(rng, ctx):
    lines = ["在{year}年{county}招商引资大会上的讲话",
             "尊敬的各位领导、各位来宾，同志们：",
             "今天，我们在这里隆重召开招商引资大会，共商发展大计。首先，我代表{county}委、县政府，向各位嘉宾表示热烈欢迎！",
             "过去一年，全县共签约项目{n:20-90}个，协议投资额{money:100-900}亿元。",
             "{company}董事长{person}先生专程从{city}赶来，在此表示衷心感谢。",
             "谢谢大家！"]
    return Dom(lines, title=0, body=(3, len(lines) - 1))


def dom_disclosure(rng, ctx):
    lines = ["政府信息公开申请答复书", "{docno}",
             "{person}：",
             "你于{ymd}通过网上申请平台提交的政府信息公开申请收悉。你申请获取“{village}{year}年土地征收补偿标准”相关信息。",
             "经查，你申请的信息属于公开范围，现将{village}征地补偿安置方案（共{n:3-20}页）提供给你。",
             "如对本答复不服，可在收到本答复之日起六十日内向{city}人民政府申请行政复议。",
             "{org}", "{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1])


def dom_certificate(rng, ctx):
    lines = ["在职证明", "兹证明{person}同志，身份证号码：{idno}，自{ymdr}起在我单位工作，现任{post}职务。",
             "该同志月均收入人民币{n:3000-20000}元。", "特此证明。", "{company}（盖章）", "{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1], mode="form", body=(3, 3))


def dom_award(rng, ctx):
    lines = ["关于公布{year}年度{city}优秀企业名单的通知",
             "经企业申报、{county}推荐、专家评审和社会公示，现将评选结果公布如下：",
             "一、“{city}优秀民营企业”（{n:5-20}家）：{company}、{company}、{company}等。",
             "二、“{city}优秀企业家”（{n:5-20}名）：{person}、{person}、{person}等。",
             "三、“{city}纳税贡献奖”：{company}，全年纳税{money:1-20}亿元。",
             "{org}", "{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 2, len(lines) - 1])


def dom_exam(rng, ctx):
    lines = ["{year}年{city}事业单位公开招聘笔试准考证",
             "姓名：{person}　性别：{sex}",
             "准考证号：{n:10000000-99999999}{n:10-99}",
             "报考单位：{org}　报考岗位代码：{n:100-999}",
             "考点：{city}第一中学（{addr}）　考场：第{n:1-40}考场　座位号：{n:1-30}",
             "考试时间：{ymd}上午9:00—11:00",
             "注意事项：考生须携带准考证和有效身份证件原件参加考试。"]
    return Dom(lines, title=0, mode="form")


def dom_ui(rng, ctx):
    lines = ["系统提示",
             "已成功上传{n:2-90}个文件，共{dec:1-900}MB。",
             "您有{n:1-30}条待办事项，请及时处理。",
             "用户{person}于{date}{time}登录系统。",
             "删除后无法恢复，确定要删除“{project}”吗？",
             "导出完成，共{n:10-9000}条记录，耗时{n:1-60}秒。"]
    return Dom(lines[:1] + osample(rng, lines[1:], rng.randint(2, 5)), title=0, mode="list", remark="")


def dom_fund(rng, ctx):
    lines = ["{fundname}{year}年第{n:1-4}季度报告",
             "基金管理人：{company}　基金托管人：青川银行股份有限公司",
             "报告期末基金份额净值为{money:0.5-3}元，本报告期基金份额净值增长率为{dec:-8-12}%，同期业绩比较基准收益率为{dec:-6-9}%。",
             "报告期末基金资产净值{money:1-90}亿元，股票投资占基金总资产的比例为{dec:50-94}%。",
             "基金经理：{person}，{n:5-18}年证券从业经历。",
             "前十名股票投资明细中，{stockname}占基金资产净值比例{dec:2-9}%。"]
    return Dom(lines, title=0)


def dom_questionnaire(rng, ctx):
    lines = ["{year}年{county}居民满意度调查登记表",
             "姓名：{person}　联系电话：{mobile}",
             "身份证号：{idno}",
             "家庭住址：{addr}",
             "您对社区环境卫生是否满意？□满意　□基本满意　□不满意",
             "填表日期：{ymd}"]
    return Dom(lines, title=0, sig=[len(lines) - 1], mode="form", remark="")


DOMAINS = {
    "report": dom_report, "notice": dom_notice, "minutes": dom_minutes, "contract": dom_contract, "lease": dom_lease,
    "stats": dom_stats, "budget": dom_budget, "procure": dom_procure, "winners": dom_winners, "court": dom_court,
    "police": dom_police, "hospital": dom_hospital, "school": dom_school, "news": dom_news, "caption": dom_caption,
    "product": dom_product, "manual": dom_manual, "standard": dom_standard, "patent": dom_patent,
    "medicine": dom_medicine, "recipe": dom_recipe, "sports": dom_sports, "stock": dom_stock, "weather": dom_weather,
    "novel": dom_novel, "email": dom_email, "resume": dom_resume, "invite": dom_invite, "sms": dom_sms,
    "party": dom_party, "epidemic": dom_epidemic, "express": dom_express, "speech": dom_speech,
    "disclosure": dom_disclosure, "certificate": dom_certificate, "award": dom_award, "exam": dom_exam, "ui": dom_ui,
    "fund": dom_fund, "questionnaire": dom_questionnaire,
}

FIXED = {
    "sex": ["男", "女"], "mrms": ["先生", "女士"], "county_or": ["县", "区", "市"],
    "spec": ["0.25g", "0.5g", "10mg", "0.2g", "3g"],
    "pcs": ["切成小块", "沥干水分", "用厨房纸吸干表面水分", "切丝后用清水浸泡"],
    "post": ["项目经理", "财务主管", "行政专员", "技术总监", "销售经理"],
}


def make_val2(kind, arg, ctx):
    rng = ctx.rng
    if kind in FIXED:
        return Val("fixed", [(pick(rng, FIXED[kind]), "fix")])
    if kind == "year_month_md":
        return Val("ymd", [(str(ctx.year), "fix"), ("年", "fix"), (str(rng.randint(3, 12)), "core"),
                           (pick(rng, ["月", "月底", "月末"]), "fix")])
    if kind == "cno":
        return Val("code", [(pick(rng, ["HT-", "CG-", "FW-", "LC"]), "fix"), (str(ctx.year), "fix"), ("-", "fix"),
                            (f"{rng.randint(1, 999):04d}", "core")])
    if kind == "pno":
        return Val("code", [(pick(rng, ["LCZC", "QXCG", "GWZB", "SCJ"]), "fix"), ("-" + str(ctx.year) + "-", "fix"),
                            (f"{rng.randint(1, 999):03d}", "core")])
    if kind == "patno":
        return Val("code", [("CN", "fix"), (str(ctx.year) + "1", "fix"), (f"{rng.randint(0, 9999999):07d}", "core"),
                            (".", "fix"), (str(rng.randint(0, 9)), "core")])
    if kind == "pharmaco":
        core = pick(rng, BRAND1) + pick(rng, BRAND1)
        if core[0] == core[1]:
            core = core[0] + "康"
        return Val("company", [(core, "core"), (pick(rng, ["制药", "药业", "医药"]), "fix"), (pick(rng, CO_SUFFIX), "fix")],
                   key="co:" + core)
    if kind == "stockname":
        core = pick(rng, BRAND1) + pick(rng, BRAND1)
        if core[0] == core[1]:
            core = core[0] + "泰"
        return Val("company", [(core, "core"), (pick(rng, ["股份", "科技", "电子", "医药"]), "fix")], key="stk:" + core)
    if kind == "fundname":
        core = pick(rng, BRAND1) + pick(rng, BRAND1)
        return Val("company", [(core, "core"), (pick(rng, ["价值成长混合型证券投资基金", "稳健收益债券型证券投资基金",
                                                           "消费升级灵活配置混合型证券投资基金"]), "fix")], key="fund:" + core)
    if kind == "model":
        return Val("lit", [(pick(rng, ["RC", "YK", "TV"]) + "-" + str(rng.randint(10, 99)), "core")])
    if kind == "yr":
        return Val("yr", [("20", "fix"), (str(ctx.year)[2:], "core")])
    if kind == "bank":
        core = pick(rng, ["青川", "兰江", "云岭", "桂湾", "松川"])
        return Val("company", [(core, "core"), (pick(rng, ["银行", "农商银行", "村镇银行"]), "fix")], key="bank:" + core)
    if kind in ("am", "pm"):
        h = rng.choice([8, 9, 10]) if kind == "am" else rng.choice([14, 15, 16])
        return Val("time", [(str(h), "core"), (":", "fix"), (rng.choice(["00", "30"]), "core")])
    if kind in ("drange", "ymdrange"):
        m1 = rng.randint(1, 10)
        m2 = rng.randint(m1 + 1, 12)
        d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
        pre = [(str(ctx.year), "fix"), ("年", "fix")] if kind == "ymdrange" else []
        mid = "日起至" if kind == "ymdrange" else "日至"
        post = "日" if kind == "drange" else "日"
        pre2 = [(str(ctx.year), "fix"), ("年", "fix")] if kind == "ymdrange" else []
        return Val("ymd" if kind == "ymdrange" else "date",
                   pre + [(str(m1), "core"), ("月", "fix"), (str(d1), "core"), (mid, "fix")] + pre2 +
                   [(str(m2), "core"), ("月", "fix"), (str(d2), "core"), (post, "fix")])
    if kind in ("birth", "ymdr"):
        y = rng.randint(1965, 2000) if kind == "birth" else rng.randint(2008, ctx.year - 1)
        return Val(kind, [(str(y), "core"), ("年", "fix"), (str(rng.randint(1, 12)), "core"), ("月", "fix")])
    raise KeyError(kind)


_make_val1 = make_val


def make_val(kind, arg, ctx):  # noqa: F811  (extended)
    try:
        return _make_val1(kind, arg, ctx)
    except KeyError:
        return make_val2(kind, arg, ctx)


# ----------------------------------------------------------------------------------------------
# traps: clean look-alikes (never damage, never placeholders)
# ----------------------------------------------------------------------------------------------
TRAPS_PH = {
    "x_report": ["本项目服务器统一采用x86架构，兼容主流国产操作系统。", "职业院校全面推行“1+X证书”制度试点，首批覆盖{n:5-20}个专业。",
                 "辖区企业推行“7+X”弹性工作模式，职工满意度明显提升。", "为辖区{n:300-900}名老年人免费开展胸部X光检查和血常规检测。",
                 "{county}人民医院新购置X射线计算机断层扫描设备{n:1-3}台，已投入使用。"],
    "x_product": ["配套检测仪型号为XR-200，出厂编号见铭牌。", "工作服有S、M、L、XL、XXL五个尺码可选。", "本机支持x64与ARM两种处理器平台。",
                  "同系列另有X5、X7两款型号。"],
    "x_med": ["用药前应进行X线胸片检查。", "本品每片含维生素B12 {n:5-25}μg。"],
    "mult_report": ["政务服务热线实行7×24小时服务，节假日不休。", "大厅窗口实行5×8小时工作制，午间不休息。",
                    "活动现场设置3×4米宣传展板{n:4-12}块。", "在{county}运动会男子4×100米接力决赛中，{town}代表队以{dec:42-46}秒夺冠。"],
    "mult_product": ["显示屏分辨率为1920×1080，刷新率{n:60-144}Hz。", "主管道采用DN100×4无缝钢管，支管为DN50×3.5。",
                     "包装箱内配有1.2×0.6米折叠桌板{n:2-4}块。"],
    "mult_minutes": ["会议同意政务服务大厅实行5×8小时工作制，节假日安排专人值班。", "会议要求12345热线继续实行7×24小时服务。"],
    "mou_minutes": ["会议指出，某些单位对民生实事项目重视不够，进度偏慢。"],
    "mult_contract": ["乙方应提供7×24小时故障报修服务。", "甲方会议室配备3×4米LED显示屏一块，由乙方负责日常维护。"],
    "formula": ["设每月产量为x吨，依题意得3x+120=600，解得x=160。", "本节课学习用待定系数法求二次函数的解析式。",
                "一次函数y=2x+1的图像经过第一、二、三象限。", "当x＞0时，函数值随x的增大而增大。"],
    "mou_report": ["在某种程度上，这一做法有效缓解了群众办事难的问题。", "某些地区仍存在重建设、轻管护的现象，需要引起重视。",
                   "有的干部遇到某个具体问题就推诿扯皮。", "某种意义上说，基层治理的成效就体现在群众的口碑里。"],
    "mou_news": ["那是某年某月的一个雨夜，老支书至今记忆犹新。", "某种意义上说，这条路就是村里的致富路。"],
    "mou_legal": ["被告辩称其在某种程度上并不知情，本院不予采信。", "原告提交的某些证据系复印件，被告对其真实性不予认可。"],
    "brackets_news": ["【延伸阅读】{county}推出便民服务“十项举措”", "【编者按】基层是改革发展的最前沿。"],
    "brackets_notice": ["【温馨提示】办理业务请携带本人身份证原件。"],
    "brackets_paper": ["【关键词】乡村振兴；数字治理；基层减负"],
    "stars_stock": ["权益分派实施后，公司股票在除息日证券简称前将冠以“XD”字样。", "本公司不存在被实施退市风险警示（*ST）的情形。",
                    "公司股票上市首日证券简称前冠以“N”字样，次日起恢复正常简称。", "实施送转股后，除权日证券简称前冠以“XR”字样。"],
    "stars_stat": ["与对照组相比，差异有统计学意义（**P<0.01）。"],
    "stars_rating": ["满意度评价：★★★★☆"],
    "kou_report": ["本次人口普查统一采用常住人口口径进行统计。", "货物经{city}港出口口岸查验后顺利放行。",
                   "社区在小区入口口罩发放点安排了志愿者值守。"],
    "kou_novel": ["他口口声声说要按时还钱，结果一拖再拖。"],
    "underscore_file": ["附件：{year}_年度报表_v2.xlsx"],
    "underscore_code": ["系统数据库字段user_id为主键，order_no为唯一索引。"],
    "idx": ["身份证号码最后一位为X的，请填写大写字母X。"],
    "dash_report": ["规划期限为2021—2035年。", "第三季度各项指标均好于预期——这是全年工作的重要转折点。"],
    "dash_table": ["表中“—”表示该项数据不适用。"],
    "shiliang": ["出锅前加盐适量、白胡椒粉少许即可。"],
    "patentvar": ["其中，X为氯或溴，R1为C1-C4烷基。", "式（Ⅰ）中，n为1～3的整数。"],
    "sports": ["3×3篮球赛吸引了{n:20-80}支队伍报名。", "女子4×400米接力成绩刷新赛会纪录。"],
    "checkbox": ["您对社区服务是否满意？□满意　☑基本满意　□不满意"],
    "weather": ["风力<3级时适宜户外活动。", "最低气温-3℃，注意防寒保暖。"],
}

TRAPS_MJ = {
    "trad": ["香港特別行政區政府新聞處發布消息稱，相關措施將於下月實施。", "臺灣地區的合作夥伴表示，將積極參與兩岸交流活動。",
             "澳門特區政府經濟財政司表示，上半年旅遊業持續復甦。"],
    "ru": ["合作方为俄罗斯“Сибирь-Логистик”公司，双方签署了《Меморандум о сотрудничестве》。",
           "俄方代表在致辞中说：“Спасибо за тёплый приём!”", "该批货物目的地为Новосибирск（新西伯利亚）。"],
    "ja": ["日方合作企业发来的确认函写道：「ご協力ありがとうございます」。", "展会期间日本客商用日语留言：「また来年お会いしましょう」。",
           "产品日文标签为「取扱説明書」。"],
    "ko": ["韩国代表团团长用韩语致辞：“감사합니다, 함께 성장합시다.”", "韩方合作社名称为“농업협동조합”。"],
    "el": ["统计公式中，σ表示标准差，μ表示均值，Δ表示变化量。", "希腊客商在留言簿上写下“Ευχαριστώ πολύ”。"],
    "fr": ["法方合作伙伴为Société Générale，签约仪式在Café de Flore附近举行。", "巴西客商来自São Paulo，德方代表为Jürgen Müller先生。",
           "越南代表团团长Nguyễn Văn Hùng出席了会议。", "西班牙语资料标题为“Año de la innovación”。",
           "葡萄牙文件标题为“INFORMAÇÃO GERAL”。"],
    "fr_sports": ["外援Jürgen Müller本赛季已打入{n:3-12}球。", "客队主教练José Núñez赛后表示满意。"],
    "emoji": ["活动现场气氛热烈👍", "感谢大家的支持🎉🎉", "今天天气不错☀️，适合出游。"],
    "rare": ["来自{county}的王𠮷同学获得一等奖。", "店招上写着“犇羴鱻”三个字，吸引了不少游客。", "获奖者名单：李堃、陈喆、朱镕、王珺。",
             "村里的老人都叫他“龘爷”。"],
    "symbols": ["室内温度保持在20℃±2℃，相对湿度≤60%。", "PM2.5平均浓度为{n:20-40}μg/m³，同比下降{dec:1-9}‰。",
                "项目用地面积{n:1000-9000}㎡，容积率≥2.0。", "①加强组织领导；②强化督促检查；③严格考核问责。"],
    "symbols_table": ["注：①数据来源于{org2}；②增速按可比价格计算。", "单位：万元，±表示增减。"],
    "url": ["详情请访问https://www.example.gov.cn/search?q=%E6%94%BF%E5%8A%A1&page=2。",
            "投稿邮箱：news_desk@example.com.cn，来稿请注明“投稿”字样。", "附件：{year}年工作要点.docx、数据汇总表_final.xlsx",
            "下载地址：https://example.org/files/report_v2.pdf"],
    "amp": ["研发（R&D）投入强度达到{dec:2-4}%。", "外资企业P&G在{city}设立区域中心。", "南风<3级，适宜晾晒。"],
    "tilde": ["审核时间一般为3~5个工作日。", "气温18~26℃，东南风2~3级。"],
    "plus": ["咨询电话：+86 755 {n:2000-8999} {n:1000-9999}", "同比增长+{dec:1-9}%。"],
    "redup": ["孩子们高高兴兴地走进新教室。", "街道干干净净，群众看在眼里、记在心里。", "大家说说笑笑，场面热热闹闹。"],
    "redup_novel": ["他谢了又谢，连声说：“谢谢，谢谢！”", "孩子们蹦蹦跳跳地跑进院子。"],
    "spaced": ["通　知", "会　议　纪　要"],
    "spaced_sig": ["制表人：王　伟　　审核人：李　娜", "填报人：张　敏　　联系电话：{phone}"],
    "question": ["是否需要开具增值税专用发票？", "您的问题是否已经解决？请评价。"],
    "romanized": ["桂湾街道（Guiwan Subdistrict）党群服务中心正式启用。", "站名标注为“Qingxi Zhan（青溪站）”。"],
}

# ----------------------------------------------------------------------------------------------
# traditional-character material (written directly in traditional script) and a pinyin table
# ----------------------------------------------------------------------------------------------
TRAD_REPORT = [
    "{year}年上半年，我街道立足新發展階段，在區委、區政府的正確領導下，推動各項事業取得新進展。",
    "截至{month}底，完成規模以上工業總產值{money:2-20}億元，同比增長{dec:1-30}%。",
    "紮實推進重點項目建設，總投資約{n:5000-30000}萬元，對轄區內{n:3-9}個舊村莊的基礎設施進行提升改造。",
    "持續開展反詐宣傳活動{n:20-90}場次，轄區發案數環比下降{dec:5-40}%。",
    "完成城鄉居民醫療保險參保{n:10000-60000}人，參保率達{pct2}%。",
    "堅持以人民為中心，強化民生保障，發放各類補貼資金{money:50-800}萬元。",
    "積極做好衛生健康工作，累計開展義診活動{n:10-90}場，服務群眾{n:1000-9000}人次。",
    "一是經濟發展基礎較為薄弱；二是城市管理水平有待提升；三是部分歷史遺留問題仍需加快解決。",
    "下一步，我們將緊緊圍繞年度目標任務，進一步轉變作風，優化服務，推動高質量發展。",
    "全年共調處矛盾糾紛{n:50-400}宗，調處成功率{pct2}%，社會大局和諧穩定。",
]
TRAD_HEADS = ["一、上半年工作開展情況", "（一）經濟運行平穩有序", "（二）社會治理持續加強", "二、存在問題", "三、下一步工作計劃"]
TRAD_HK = [
    "政府新聞處今日公布，新一輪消費券計劃將於{month}起分階段發放。",
    "市民如有查詢，可於辦公時間致電熱線{n:2000-3999} {n:1000-9999}。",
    "運輸署提醒駕駛人士，有關路段將於週末實施臨時交通管制。",
    "衛生署呼籲長者盡早接種季節性流感疫苗，以減低患上嚴重併發症的風險。",
    "康樂及文化事務署轄下的圖書館將延長開放時間至晚上九時。",
    "教育局表示，新學年將增撥資源支援學校推行跨學科學習。",
]
PY = {}
for _item in ("發fā 區qū 領lǐng 導dǎo 動dòng 項xiàng 設shè 實shí 務wù 堅jiān 遠yuǎn 業yè 進jìn 產chǎn 總zǒng 億yì "
              "長zhǎng 紮zhā 點diǎn 資zī 約yuē 萬wàn 對duì 轄xiá 舊jiù 礎chǔ 續xù 開kāi 傳chuán 詐zhà 環huán 數shù "
              "鄉xiāng 醫yī 療liáo 險xiǎn 參cān 達dá 為wéi 強qiáng 補bǔ 貼tiē 積jī 極jí 衛wèi 義yì 診zhěn 較jiào "
              "經jīng 濟jì 歷lì 遺yí 問wèn 題tí 們men 緊jǐn 圍wéi 轉zhuǎn 優yōu 質zhì 調tiáo 處chǔ 糾jiū 紛fēn 穩wěn "
              "階jiē 確què 規guī 礎chǔ 場chǎng 護hù 滿mǎn 決jué 劃huà 作zuò 況kuàng 會huì 擬nǐ 嚴yán 員yuán").split():
    PY[_item[0]] = _item[1:]

PINYIN_LESSON = [
    "本课生字词：发展（fāzhǎn）、建设（jiànshè）、保障（bǎozhàng）。请同学们读准字音。",
    "学习“发展(fāzhǎn)”一词时，注意“展”读第三声。",
    "多音字“长”：长（cháng）城、生长（zhǎng）。请用两个读音各组一个词。",
    "“行”有两个读音：xíng（行走）和háng（银行），请区分。",
    "请给下列词语注音：和谐（héxié）、振兴（zhènxīng）、治理（zhìlǐ）。",
    "拼音练习：qīng shān lǜ shuǐ jiù shì jīn shān yín shān。",
]
DICT_ENTRIES = [
    "【发】fā ①送出；交付：～货｜～信。②产生；发生：～电｜～芽。",
    "【展】zhǎn ①张开；放开：～翅｜～望。②施展：一筹莫～。",
    "发（fā）：送出，交付。例：发放、发布。",
]

# foreign snippets: ⟦...⟧ marks the stretch a codec slip will damage
FOREIGN = {
    "ru": ["合作方为俄罗斯“⟦Сибирь-Логистик⟧”公司，合同金额{money:10-900}万元。",
           "俄方代表在致辞中说：“⟦Спасибо за тёплый приём⟧！”",
           "该批货物目的地为⟦Новосибирск⟧（新西伯利亚），预计{date}抵港。",
           "收货单位：⟦ООО «Восток-Трейд»⟧，联系人⟦Иван Петров⟧。"],
    "ja": ["日方合作企业发来的确认函写道：「⟦ご協力ありがとうございます⟧」。",
           "展会期间日本客商留言：「⟦また来年お会いしましょう⟧」。",
           "产品附带日文说明书，封面标题为「⟦取扱説明書⟧」，型号KD-{n:100-900}。",
           "日本合作社名称为「⟦株式会社さくら食品⟧」。"],
    "ko": ["韩国代表团团长用韩语致辞：“⟦감사합니다, 함께 성장합시다⟧.”",
           "韩方合作社名称为“⟦농업협동조합⟧”，双方签订了采购协议。",
           "韩国客商在留言簿上写下“⟦다시 오겠습니다⟧”。"],
    "latin": ["法方合作伙伴为⟦Société Générale⟧，签约仪式在巴黎举行。", "巴西客商来自⟦São Paulo⟧，带来了咖啡样品。",
              "德方代表⟦Jürgen Müller⟧先生出席了开幕式。", "越南代表团团长⟦Nguyễn Văn Hùng⟧致辞。",
              "西班牙客户⟦José Núñez⟧订购了{n:20-90}吨茶叶。", "葡萄牙文资料标题为“⟦INFORMAÇÃO GERAL⟧”。"],
    "emoji": ["活动现场气氛热烈⟦👍⟧，参与群众纷纷点赞。", "感谢大家的支持⟦🎉🎉⟧！", "今天天气不错⟦☀️⟧，适合出游。",
              "新春快乐⟦🧧🏮⟧，祝大家阖家幸福！", "志愿者们辛苦了⟦💪⟧，为你们点赞⟦👏👏⟧"],
    "latin_sports": ["外援⟦Jürgen Müller⟧本赛季已打入{n:3-12}球。", "客队主教练⟦José Núñez⟧赛后表示满意。",
                     "前锋⟦João Gonçalves⟧在第{n:10-88}分钟破门。", "门将⟦Søren Kjær⟧多次化解险情。"],
    "trad": ["香港合作方⟦香港特別行政區政府新聞處⟧發布了相關消息。", "臺灣客商寄來的函件寫道：「⟦感謝貴公司長期以來的支持與協助⟧」。",
             "澳門合作夥伴名稱為「⟦澳門經濟發展協會⟧」。"],
}
FOREIGN_CLEAN_RE = re.compile(r"[⟦⟧]")


def fill_line(tpl, ctx):
    """render a template line with all values real -> str"""
    return "".join(it if isinstance(it, str) else it.text for it in render_tpl(tpl, ctx))


def foreign_line(rng, ctx, kind):
    """-> (clean_line, (start, end)) of the marked stretch"""
    tpl = pick(rng, FOREIGN[kind])
    s = fill_line(tpl, ctx)
    a = s.index("⟦")
    b = s.index("⟧") - 1
    return FOREIGN_CLEAN_RE.sub("", s), (a, b)


# ----------------------------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------------------------
class Style:
    def __init__(self, name, family, gen, pos_share=None, note="", example_kind=None):
        self.name = name
        self.family = family
        self.gen = gen            # gen(rng, positive: bool) -> (Doc, note)
        self.pos_share = pos_share  # None = mixed (scheduler decides); 1.0 positive only; 0.0 negative only
        self.note = note


STYLES = []


def add_style(name, family, gen, pos_share=None, note=""):
    assert all(s.name != name for s in STYLES), name
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    STYLES.append(Style(name, family, gen, pos_share, note))


def cap_lines(lines, maxn=12, keep_last=0):
    if len(lines) <= maxn:
        return lines
    if keep_last:
        return lines[:maxn - keep_last] + lines[-keep_last:]
    return lines[:maxn]


HEAD_RE = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def sample_traps(rng, themes, bank, k):
    pool = []
    for th in themes:
        for x in bank[th]:
            if x not in pool:
                pool.append(x)
    return sample(rng, pool, k)


def _bounds(d, n):
    st = d.body[0] if d.body else ((d.title + 1) if d.title is not None else 0)
    en = d.body[1] if d.body else (min(d.sig) if d.sig else n)
    st = min(max(st, 0), n)
    en = min(max(en, st), n)
    return st, en


def place_extra(rng, d, lines, extras, glue_p=0.2):
    """insert extra (already rendered) lines where the document structure allows:
    after the title and before the signature, never inside a table; form-like documents get them
    as a remark line before the signature.  Returns (lines, map original index -> new index)."""
    n0 = len(lines)
    st, en = _bounds(d, n0)
    items = [[ln, i] for i, ln in enumerate(lines)]
    for ex in extras:
        pos = {it[1]: k for k, it in enumerate(items) if it[1] is not None}

        def cur(i):
            return pos[i] if i < n0 else len(items)
        a, b = cur(st), cur(en)
        cands = list(range(a, b + 1))
        if d.table:
            t0, t1 = cur(min(d.table)), cur(max(d.table))
            cands = [p for p in cands if not (t0 < p <= t1)] or [b]
        mode = d.mode if d.mode != "table" or d.table else "prose"
        if mode in ("form", "list", "table"):
            p = max(cands)
            pre = d.remark if d.remark is not None else {"form": "备注：", "list": "说明：", "table": "注："}[mode]
            text = ex if ex.startswith(("注", "备注", "【", "说明", "附件")) else pre + ex
            items.insert(p, [text, None])
            continue
        p = pick(rng, cands)
        prev = items[p - 1][0] if p - 1 >= 0 else ""
        if (p - 1 >= a and prev.endswith("。") and ex.endswith("。") and not HEAD_RE.match(prev)
                and is_cjk(ex[0]) and chance(rng, glue_p)):
            items[p - 1][0] = prev + ex
        else:
            items.insert(p, [ex, None])
    return [it[0] for it in items], {it[1]: k for k, it in enumerate(items) if it[1] is not None}


def with_traps(rng, d, lines, themes, bank, k, ctx):
    extras = [fill_line(t, ctx) for t in sample_traps(rng, list(themes), bank, k)]
    return place_extra(rng, d, lines, extras)[0]


# ---------------------------------- placeholder family ----------------------------------------

def ph_generic(dom, dial, density=(0.35, 0.9), traps=(), kinds=None, dom_kw=None, lines_sel=None,
               force=1, dial_kw=None, trap_p=0.35, max_masks=None):
    """factory: a placeholder style over a domain.
    dial: dialect name, or dict kind -> dialect name ('*' default)."""
    dom_kw = dom_kw or {}
    dial_kw = dial_kw or {}

    def gen(rng, positive):
        ctx = Ctx(rng)
        d = DOMAINS[dom](rng, ctx, **dom_kw)
        lines = list(d.lines)
        if positive:
            ntr = 1 if (traps and chance(rng, trap_p)) else 0
        else:
            ntr = (rng.randint(1, 2) if d.mode == "prose" else 1) if traps else 0
        extras = [fill_line(t, ctx) for t in sample_traps(rng, list(traps), TRAPS_PH, ntr)]
        lines_t, imap = place_extra(rng, d, lines, extras)
        sel_lines = None
        if lines_sel == "title" and d.title is not None:
            sel_lines = {imap[d.title]}
        elif lines_sel == "sig" and d.sig:
            sel_lines = {imap[i] for i in d.sig}
        elif lines_sel == "table" and d.table:
            sel_lines = {imap[i] for i in (d.table[1:] or d.table)}
        lines_t = cap_lines(lines_t, 12)
        items = [render_tpl(ln, ctx) for ln in lines_t]
        if not positive:
            return lines_to_doc([items_plain(it) for it in items]), "clean %s document; look-alikes only" % dom
        if isinstance(dial, dict):
            dss = {k: new_dstate(rng, v, **dial_kw.get(k, {})) for k, v in dial.items() if v is not None}
        else:
            dss = new_dstate(rng, dial, **dial_kw)
        dens = rng.uniform(*density)
        if sel_lines is not None:
            items2 = [it if i in sel_lines else [x if isinstance(x, str) else _freeze(x) for x in it]
                      for i, it in enumerate(items)]
        else:
            items2 = items
        if max_masks:
            items2 = _limit_masks(rng, items2, max_masks, dss, kinds)
        parts, n = render_lines_masked(items2, dss, rng, dens, force_min=force, kind_filter=kinds)
        doc = lines_to_doc(parts)
        return doc, "%d placeholder(s) in a %s document" % (len(doc.spans(P)), dom)
    return gen


def _freeze(v):
    return v.text   # a value turned into plain text (never masked)


def _limit_masks(rng, items, k, dss, kinds):
    """keep only k maskable values (the rest frozen) -- for 'one tiny placeholder' styles."""
    pos = [(i, j) for i, it in enumerate(items) for j, x in enumerate(it)
           if isinstance(x, Val) and (kinds is None or x.kind in kinds)]
    keep = set(sample(rng, pos, k))
    return [[x if (not isinstance(x, Val) or (i, j) in keep) else x.text for j, x in enumerate(it)]
            for i, it in enumerate(items)]


# ---------------------------------- mojibake family -------------------------------------------
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
CLAUSE = re.compile(r"[^，。；：！？、“”（）()\s|\t]+")


def _choose_word(rng, line, lo=2, hi=4):
    runs = [m for m in CJK_RUN.finditer(line) if m.end() - m.start() >= lo]
    if not runs:
        return None
    m = pick(rng, runs)
    L = rng.randint(lo, min(hi, m.end() - m.start()))
    a = rng.randint(m.start(), m.end() - L)
    return a, a + L


def _choose_char(rng, line):
    return _choose_word(rng, line, 1, 1)


def _choose_phrase(rng, line, lo=4, hi=30):
    cl = [m for m in CLAUSE.finditer(line) if len(CJK_RUN.findall(m.group())) and
          sum(len(x) for x in CJK_RUN.findall(m.group())) >= lo]
    if not cl:
        return _choose_word(rng, line, 2, 6)
    m = pick(rng, cl)
    a, b = m.start(), m.end()
    if b - a > hi:
        a = rng.randint(a, b - hi)
        b = a + hi
    return a, b


def _cells(line, sep):
    out, pos = [], 0
    for c in line.split(sep):
        out.append((pos, pos + len(c)))
        pos += len(c) + len(sep)
    return out


class Damage:
    """collect per-line damage targets then build a Doc."""

    def __init__(self, lines):
        self.lines = list(lines)
        self.targets = {}          # line -> list of (a, b, replacement pieces)

    def free(self, li, a, b):
        return all(b <= x or a >= y for x, y, _ in self.targets.get(li, []))

    def put(self, li, a, b, pieces):
        self.targets.setdefault(li, []).append((a, b, pieces))

    def apply(self, li, a, b, fn, rng):
        s = self.lines[li][a:b]
        if not s or not self.free(li, a, b):
            return False
        try:
            out = fn(s, rng)
        except UnicodeError:
            return False
        if isinstance(out, str):
            if out == s:
                return False
            pieces = [(out, True, s)]
        else:
            if all(not dmg for _, dmg, _ in out):
                return False
            pieces = out
        self.put(li, a, b, pieces)
        return True

    def doc(self):
        d = Doc()
        for li, ln in enumerate(self.lines):
            if li:
                d.nl()
            pos = 0
            for a, b, pieces in sorted(self.targets.get(li, []), key=lambda x: x[0]):
                d.t(ln[pos:a])
                for txt, dmg, orig in pieces:
                    if dmg:
                        d.d(txt, orig) if txt else None
                    else:
                        d.t(txt)
                pos = b
            d.t(ln[pos:])
        return d

    def n(self):
        return sum(len(v) for v in self.targets.values())


def mj_generic(dom, tr, where="word", count=(1, 2), traps=(), dom_kw=None, trap_p=0.3, lo=2, hi=4):
    """factory: a codec-damage style over a domain."""
    dom_kw = dom_kw or {}

    def gen(rng, positive):
        ctx = Ctx(rng)
        d = DOMAINS[dom](rng, ctx, **dom_kw)
        lines = [fill_line(ln, ctx) for ln in d.lines]
        if not positive or (traps and chance(rng, trap_p)):
            k = rng.randint(1, 2) if not positive else 1
            extras = [fill_line(t, ctx) for t in sample_traps(rng, list(traps), TRAPS_MJ, k)] if traps else []
            lines, imap = place_extra(rng, d, lines, extras)
            title = imap.get(d.title) if d.title is not None else None
            sig = [imap[i] for i in d.sig]
            table = [imap[i] for i in d.table]
        else:
            title, sig, table = d.title, d.sig, d.table
        lines = cap_lines(lines, 12, keep_last=len(sig) if sig and len(lines) > 12 else 0)
        if len(lines) > 12:
            lines = lines[:12]
        sig = [i for i in sig if i < len(lines)]
        table = [i for i in table if i < len(lines)]
        if not positive:
            dd = Damage(lines)
            return dd.doc(), "clean %s document with look-alikes" % dom
        dm = Damage(lines)
        want = rng.randint(*count)
        tries = 0
        body = [i for i in range(len(lines)) if i != title and CJK_RUN.search(lines[i])] or list(range(len(lines)))
        while dm.n() < want and tries < 40:
            tries += 1
            if where == "whole":
                for li in range(len(lines)):
                    if lines[li]:
                        dm.apply(li, 0, len(lines[li]), tr, rng)
                break
            if where == "title" and title is not None:
                dm.apply(title, 0, len(lines[title]), tr, rng)
                break
            if where == "sig" and sig:
                for li in sig:
                    dm.apply(li, 0, len(lines[li]), tr, rng)
                break
            if where == "lines":
                k = rng.randint(2, 4)
                st = rng.randint(0, max(0, len(lines) - k))
                for li in range(st, min(len(lines), st + k)):
                    dm.apply(li, 0, len(lines[li]), tr, rng)
                break
            li = pick(rng, body)
            ln = lines[li]
            if where == "line":
                dm.apply(li, 0, len(ln), tr, rng)
                continue
            if where == "cell" and table and d.sep:
                li = pick(rng, table)
                cells = [(a, b) for a, b in _cells(lines[li], d.sep) if CJK_RUN.search(lines[li][a:b])]
                if cells:
                    a, b = pick(rng, cells)
                    dm.apply(li, a, b, tr, rng)
                continue
            if where == "char":
                r = _choose_char(rng, ln)
            elif where == "phrase":
                r = _choose_phrase(rng, ln)
            else:
                r = _choose_word(rng, ln, lo, hi)
            if r:
                dm.apply(li, r[0], r[1], tr, rng)
        if dm.n() == 0:   # fall back to a whole body line
            li = pick(rng, body)
            dm.apply(li, 0, len(lines[li]), tr, rng)
        doc = dm.doc()
        return doc, "%s damage at %s level in a %s document" % (getattr(tr, "__name__", "codec").replace("tr_", ""), where, dom)
    return gen



def dom_trad_report(rng, ctx):
    lines = [pick(rng, ["{year}年上半年工作總結", "街道辦事處{year}年工作情況匯報", "關於{year}年重點工作推進情況的報告"])]
    heads = list(TRAD_HEADS)
    body = sample(rng, TRAD_REPORT, rng.randint(3, 6))
    for i, b in enumerate(body):
        if heads and (i == 0 or chance(rng, 0.3)):
            lines.append(heads.pop(0))
        lines.append(b)
    return Dom(lines, title=0)


def dom_trad_hk(rng, ctx):
    lines = [pick(rng, ["政府新聞公報", "新聞稿", "公告"])] + sample(rng, TRAD_HK, rng.randint(2, 5))
    lines.append("{year}年{date}")
    return Dom(lines, title=0, sig=[len(lines) - 1])


DOMAINS["trad_report"] = dom_trad_report
DOMAINS["trad_hk"] = dom_trad_hk

# ============================== placeholder styles ============================================
ANON = {"n": "x", "dec": "x", "money": "x", "pct2": "x", "date": "x", "ymd": "x", "month": "x",
        "place": "X", "addr": "X", "company": "X", "project": "X", "person": "mou", "docno": "x", "*": "x"}

PH_SPECS = [
    # name, domain, dialect, options
    ("summary_lower_x", "report", "x", dict(traps=("x_report", "mou_report", "dash_report"))),
    ("summary_upper_x", "report", "X", dict(traps=("mult_report", "x_report"))),
    ("summary_times_mask", "report", "times", dict(traps=("mult_report",), trap_p=0.5)),
    ("summary_fullwidth_x", "report", "fwX", dict(traps=("x_report",))),
    ("summary_one_tiny_mask", "report", "x", dict(dom_kw=dict(n_body=8), max_masks=1, traps=("x_report", "mou_report", "mult_report"),
                                                   trap_p=0.6)),
    ("summary_partial_digits", "report", "x", dict(kinds=("n", "dec", "money"), dial_kw=dict(partial=True),
                                                    traps=("x_report", "dash_report"))),
    ("summary_anon_mixed", "report", ANON, dict(traps=("mou_report", "x_report", "kou_report"))),
    ("notice_template_x", "notice", "X", dict(traps=("brackets_notice", "mult_report"))),
    ("notice_bracket_fields", "notice", "bracket", dict(traps=("brackets_notice",), trap_p=0.5)),
    ("notice_blank_lines", "notice", "blank", dict(traps=("underscore_file",))),
    ("minutes_anon_x", "minutes", "x", dict(traps=("mou_minutes", "mult_minutes"))),
    ("minutes_bracket_template", "minutes", "bracket", dict(traps=("mult_minutes",))),
    ("contract_blank_lines", "contract", "blank", dict(traps=("mult_contract",))),
    ("contract_empty_brackets", "contract", "bracket", dict(dial_kw=dict(br_empty=True), traps=("mult_contract",))),
    ("contract_fill_hints", "contract", "hint", dict(traps=("mult_contract",))),
    ("lease_blank_lines", "lease", "blank", dict(traps=("idx",))),
    ("lease_star_masked", "lease", "star", dict(kinds=("idno", "mobile", "person", "addr"), traps=("idx",))),
    ("stats_table_x_cells", "stats", "x", dict(lines_sel="table", traps=("dash_table", "stars_stat"))),
    ("budget_table_x", "budget", "x", dict(traps=("dash_table",))),
    ("stats_table_todo_cells", "stats", "todo", dict(lines_sel="table", density=(0.15, 0.4), traps=("dash_table",))),
    ("procurement_notice_x", "procure", "X", dict(traps=("underscore_file",))),
    ("procurement_todo_fields", "procure", "todo", dict(kinds=("company", "person", "phone", "money"),
                                                        density=(0.2, 0.6))),
    ("winners_masked_phone", "winners", "star", dict(dom_kw=dict(cols=("name", "unit", "mobile")), kinds=("mobile",),
                                                      density=(0.8, 1.0))),
    ("winners_masked_names", "winners", "star", dict(dom_kw=dict(cols=("name", "unit", "award")),
                                                      kinds=("person",), density=(0.7, 1.0), traps=())),
    ("idcard_masked_list", "winners", "star", dict(dom_kw=dict(cols=("name", "idno")), kinds=("idno", "person"),
                                                    density=(0.6, 1.0), traps=())),
    ("bank_sms_masked", "sms", "star", dict(kinds=("card", "mobile", "person"), density=(0.6, 1.0))),
    ("express_label_star", "express", "star", dict(density=(0.5, 1.0))),
    ("court_pseudonyms", "court", "mou", dict(kinds=("person",), density=(0.7, 1.0), traps=("mou_legal",))),
    ("court_full_anon", "court", "mou", dict(density=(0.6, 1.0), traps=("mou_legal",))),
    ("police_bulletin_anon", "police", {"person": "mou", "n": "x", "*": None}, dict(dial_kw={"n": dict(partial=True)},
                                                                                   traps=())),
    ("hospital_summary_anon", "hospital", {"person": "mou", "n": "x", "*": None}, dict(traps=("x_med", "stars_stat"))),
    ("school_notice_x", "school", "x", dict(traps=("formula", "sports"))),
    ("news_byline_x", "news", "x", dict(kinds=("person", "place", "n"))),
    ("photo_caption_x", "caption", "x", dict(traps=("mult_report",))),
    ("product_spec_xx", "product", "X", dict(traps=("x_product", "mult_product"), trap_p=0.6)),
    ("manual_bracket_fields", "manual", "bracket", dict(traps=("x_product",))),
    ("standard_template_x", "standard", "X", dict(traps=())),
    ("patent_template_x", "patent", "X", dict(traps=("patentvar",), trap_p=0.5)),
    ("medicine_template_x", "medicine", "X", dict(traps=("x_med",), trap_p=0.6)),
    ("recipe_template_x", "recipe", "X", dict(traps=("shiliang",))),
    ("sports_template_x", "sports", "X", dict(traps=("sports",))),
    ("stock_report_x", "stock", "x", dict(traps=("stars_stock",), trap_p=0.5)),
    ("fund_report_bracket", "fund", "bracket", dict(traps=("stars_stock",))),
    ("weather_template_x", "weather", "x", dict(traps=("weather",))),
    ("novel_censor_kou", "novel", "censor", dict(dial_kw=dict(censor="口"), traps=("kou_novel",), trap_p=0.5)),
    ("novel_censor_times", "novel", "censor", dict(dial_kw=dict(censor="×"), traps=())),
    ("novel_censor_star", "novel", "censor", dict(dial_kw=dict(censor="*"), traps=("kou_novel",))),
    ("invite_merge_guillemet", "invite", "merge", dict(dial_kw=dict(merge="«%s»"))),
    ("invite_merge_angle", "invite", "merge", dict(dial_kw=dict(merge="<<%s>>"))),
    ("letter_curly_vars", "email", "curly", dict()),
    ("sms_dollar_vars", "sms", "curly", dict(dial_kw=dict(curly="${%s}"))),
    ("ui_printf_strings", "ui", "printf", dict()),
    ("cms_template_tags", "news", "cms", dict(density=(0.3, 0.7))),
    ("form_software_prompts", "questionnaire", "formui", dict(kinds=("person", "mobile", "idno", "addr", "ymd"),
                                                               traps=("checkbox",))),
    ("procure_fill_hints", "procure", "hint", dict()),
    ("draft_todo_values", "report", "todo", dict(kinds=("n", "money", "dec", "pct2"), density=(0.15, 0.4))),
    ("schedule_daiding_fields", "minutes", "todo", dict(kinds=("ymd", "room", "person", "time"),
                                                        dial_kw=dict(todo="待定"), traps=("mou_minutes",))),
    ("resume_template_x", "resume", "X", dict(traps=("idx",))),
    ("certificate_blank", "certificate", "blank", dict(traps=("idx",))),
    ("invite_bracket_names", "invite", "bracket", dict()),
    ("sms_template_x", "sms", "X", dict()),
    ("docno_only_x", "notice", "x", dict(kinds=("docno",), density=(1.0, 1.0))),
    ("signature_date_template", "notice", "X", dict(lines_sel="sig", density=(0.7, 1.0))),
    ("speech_template_x", "speech", "X", dict(traps=("mou_report",))),
    ("questionnaire_boxes_blank", "questionnaire", "blank", dict(kinds=("idno", "person", "mobile", "addr", "ymd"),
                                                                  traps=("checkbox",), trap_p=0.6)),
    ("title_only_placeholder", "report", "X", dict(lines_sel="title", density=(1.0, 1.0), traps=("x_report", "mou_report"))),
    ("disclosure_reply_anon", "disclosure", {"person": "mou", "place": "X", "*": "x"}, dict()),
    ("epidemic_bulletin_anon", "epidemic", {"n": "x", "place": "X", "*": None}, dict()),
    ("party_building_x", "party", "x", dict()),
    ("award_list_x", "award", "X", dict(traps=())),
    ("bid_result_star", "procure", "star", dict(kinds=("person", "phone", "company"))),
    ("exam_ticket_x", "exam", "x", dict(traps=("idx",))),
    ("email_signature_x", "email", "x", dict(lines_sel="sig", density=(0.8, 1.0))),
    ("traffic_plate_masked", "sms", "star", dict(kinds=("plate", "mobile"), density=(1.0, 1.0))),
    ("winners_mixed_masks", "winners", "star", dict(dom_kw=dict(cols=("name", "idno", "mobile")), density=(0.6, 1.0))),
]

for _name, _dom, _dial, _opt in PH_SPECS:
    add_style(_name, "ph", ph_generic(_dom, _dial, **_opt))


# ----- custom placeholder styles -----
DUMMY_CN = ["此处为正文内容，请根据实际情况修改。", "这里是标题", "文本内容文本内容文本内容文本内容。", "示例文字示例文字示例文字。",
            "此处输入正文", "在此输入摘要内容"]
DUMMY_LAT = ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet."]


def gen_dummy_text(rng, positive):
    ctx = Ctx(rng)
    d = dom_news(rng, ctx) if chance(rng, 0.5) else dom_report(rng, ctx)
    lines = [fill_line(x, ctx) for x in d.lines]
    doc_lines = [[(x, T, x)] for x in lines]
    if not positive:
        return lines_to_doc(doc_lines), "clean page, no dummy text"
    k = rng.randint(1, 2)
    for _ in range(k):
        s = pick(rng, DUMMY_CN + DUMMY_LAT)
        pos = rng.randint(1, len(doc_lines))
        if chance(rng, 0.5):
            doc_lines.insert(pos, [(s, P, "")])
        else:
            doc_lines[pos - 1] = doc_lines[pos - 1] + [(s, P, "")]
    return lines_to_doc(doc_lines), "template dummy text left in a published page"


def gen_bilingual_template(rng, positive):
    ctx = Ctx(rng)
    co = make_val("company", None, ctx)
    pe = make_val("person", None, ctx)
    ymd = make_val("ymd", None, ctx)
    co_en = pick(rng, ["Qingxi Trading Co., Ltd", "Lanchuan Logistics Co., Ltd", "Yunling Foods Co., Ltd"])
    name_en = pick(rng, ["Ms. Li", "Mr. Wang", "Mr. Zhao"])
    rows = [
        [("授权委托书 / Letter of Authorization", T, "")],
        [("兹授权", T, ""), ("%s" % pe.text, "v", "person"), ("（身份证号：", T, ""), (id_number(rng), "v", "idno"),
         ("）代表我公司办理相关事宜。", T, "")],
        [("We hereby authorize ", T, ""), (name_en, "v", "en_name"), (" to act on behalf of ", T, ""), (co_en, "v", "en_co"),
         (".", T, "")],
        [("委托单位（盖章）：", T, ""), (co.text, "v", "company")],
        [("Date: ", T, ""), (ymd.text, "v", "ymd")],
    ]
    lab = {"person": ["【被委托人姓名】", "[姓名]"], "idno": ["【身份证号码】", "＿＿＿＿＿＿＿＿＿＿"],
           "en_name": ["[Name]", "[Full Name]", "<Name>"], "en_co": ["[Company Name]", "[Company]", "XXX Co., Ltd"],
           "company": ["【公司名称】", "XXX有限公司"], "ymd": ["[Date]", "____/__/__", "XXXX-XX-XX"]}
    vs = [(r, j) for r, row in enumerate(rows) for j, x in enumerate(row) if x[1] == "v"]
    chosen = set(sample(rng, vs, rng.randint(1, len(vs)))) if positive else set()
    out = []
    for r, row in enumerate(rows):
        parts = []
        for j, (txt, kind, key) in enumerate(row):
            if kind != "v":
                parts.append((txt, T, txt))
            elif (r, j) in chosen:
                ph = pick(rng, lab[key])
                if ph.startswith("XXX") and key in ("en_co", "company"):
                    parts.append(("XXX", P, txt))
                    parts.append((ph[3:], T, ph[3:]))
                else:
                    parts.append((ph, P, txt))
            else:
                parts.append((txt, T, txt))
        out.append(parts)
    return lines_to_doc(out), ("bilingual form, %d placeholder(s)" % len(chosen)) if positive else "bilingual form, filled"


def neg_mix(base, themes, k=(2, 4), base_kw=None):
    def gen(rng, positive):
        ctx = Ctx(rng)
        b = pick(rng, base) if isinstance(base, list) else base
        d = DOMAINS[b](rng, ctx, **(base_kw or {}))
        lines = with_traps(rng, d, list(d.lines), list(themes), TRAPS_PH, rng.randint(*k), ctx)
        lines = cap_lines(lines, 12)
        return lines_to_doc([items_plain(render_tpl(x, ctx)) for x in lines]), "look-alikes of placeholders: " + "/".join(themes)
    return gen


TECH_TEMPLATE = [
    "在Jinja2模板中，使用`{{{{ name }}}}`输出变量，使用`{{% if user %}}`编写条件判断。",
    "配置文件中的`${{JAVA_HOME}}`会在服务启动时替换为环境变量的实际值。",
    "C语言中可用`printf(\"%d\\n\", count);`输出整数。",
    "Python的`str.format()`方法使用`{{0}}`、`{{1}}`表示位置参数。",
    "Vue组件中通过`{{{{ message }}}}`插值语法把数据渲染到页面。",
    "Shell脚本中`$HOME`表示当前用户的主目录。",
    "本系统当前版本为v{n:2-5}.{n:0-9}.{n:0-9}，运行于x86_64 Linux服务器。",
    "部署前请先执行`pip install -r requirements.txt`安装依赖。",
]


def gen_neg_template_code(rng, positive):
    ctx = Ctx(rng)
    lines = [pick(rng, ["开发规范（节选）", "模板引擎使用说明", "系统部署手册"])]
    for t in sample(rng, TECH_TEMPLATE, rng.randint(3, 5)):
        lines.append(fill_line(t.replace("{{", "\x01").replace("}}", "\x02"), ctx).replace("\x01", "{").replace("\x02", "}"))
    return lines_to_doc([[(x, T, x)] for x in lines]), "template syntax quoted as code in a technical document"


add_style("dummy_text_paragraph", "ph", gen_dummy_text)
add_style("bilingual_form_template", "ph", gen_bilingual_template)
add_style("neg_x_lookalikes", "ph", neg_mix("report", ("x_report",)), pos_share=0.0)
add_style("neg_multiplication", "ph", neg_mix("product", ("mult_product", "x_product")), pos_share=0.0)
add_style("neg_formula_variables", "ph", neg_mix("school", ("formula",)), pos_share=0.0)
add_style("neg_mou_prose", "ph", neg_mix("report", ("mou_report",)), pos_share=0.0)
add_style("neg_stock_stars", "ph", neg_mix("stock", ("stars_stock",)), pos_share=0.0)
add_style("neg_bracket_headings", "ph", neg_mix("news", ("brackets_news",), k=(1, 2)), pos_share=0.0)
add_style("neg_kou_words", "ph", neg_mix("report", ("kou_report",), k=(1, 2)), pos_share=0.0)
add_style("neg_template_code_doc", "ph", gen_neg_template_code, pos_share=0.0)
add_style("neg_filled_forms", "ph", neg_mix(["resume", "lease", "certificate", "express"], ("idx",), k=(0, 1)), pos_share=0.0)
add_style("neg_medicine_real_dose", "ph", neg_mix("medicine", ("x_med",), k=(1, 2)), pos_share=0.0)

# ============================== mojibake styles ===============================================
MJ_SPECS = [
    ("utf8gbk_word_report", "report", tr_utf8_gbk, dict(where="word", traps=("fr", "ru"))),
    ("utf8gbk_line_notice", "notice", tr_utf8_gbk, dict(where="line", traps=("url",))),
    ("utf8gbk_whole_minutes", "minutes", tr_utf8_gbk, dict(where="whole")),
    ("utf8gbk_title_report", "report", tr_utf8_gbk, dict(where="title", traps=("symbols",))),
    ("utf8gbk_cell_stats", "stats", tr_utf8_gbk, dict(where="cell", count=(1, 3), traps=("symbols_table",))),
    ("utf8gbk_signature_notice", "notice", tr_utf8_gbk, dict(where="sig")),
    ("utf8gbk_ignore_email", "email", tr_utf8_gbk_ignore, dict(where="line", traps=("url",))),
    ("double_utf8gbk_phrase", "report", tr_double_gbk, dict(where="phrase", traps=("rare",))),
    ("kunjinkao_line", "notice", tr_kunjinkao, dict(where="line")),
    ("kunjinkao_cells", "budget", tr_kunjinkao, dict(where="cell", count=(1, 3))),
    ("utf8_cp1252_title", "news", tr_utf8_cp1252, dict(where="title", traps=("fr",))),
    ("utf8_latin1_db_spec", "product", tr_utf8_latin1, dict(where="phrase", traps=("symbols",))),
    ("double_cp1252_news", "news", tr_double_cp1252, dict(where="phrase", traps=("fr",))),
    ("gbk_cp1252_list", "winners", tr_gbk_cp1252, dict(where="cell", count=(1, 4), traps=())),
    ("qmark_ascii_run", "report", tr_q_ascii, dict(where="phrase", traps=("url",))),
    ("fffd_gbk_as_utf8_line", "notice", tr_gbk_utf8, dict(where="line")),
    ("fffd_gbk_as_utf8_novel", "novel", tr_gbk_utf8, dict(where="lines")),
    ("gbk_offbyone_phrase", "report", tr_gbk_offbyone, dict(where="phrase")),
    ("gbk_as_big5_notice", "notice", tr_gbk_big5, dict(where="line", traps=("trad",))),
    ("utf8_as_sjis_report", "report", tr_utf8_sjis, dict(where="phrase", traps=("ja",))),
    ("utf8_as_koi8r_report", "report", tr_utf8_koi8r, dict(where="word", traps=("ru", "symbols"))),
    ("utf8_as_euckr_report", "report", tr_utf8_euckr, dict(where="phrase", traps=("ko",))),
    ("hz_encoded_phrase", "report", tr_hz, dict(where="phrase", traps=("tilde",), trap_p=0.5)),
    ("qp_body_line", "email", tr_qp, dict(where="line", traps=("url",))),
    ("utf7_phrase", "report", tr_utf7, dict(where="phrase", traps=("plus",), trap_p=0.5)),
    ("unicode_escape_field", "resume", tr_uescape, dict(where="phrase", traps=("url",))),
    ("python_bytes_repr", "ui", tr_bytes_repr, dict(where="phrase")),
    ("ncr_decimal_phrase", "news", tr_ncr_dec, dict(where="phrase", traps=("amp",))),
    ("ncr_hex_word", "notice", tr_ncr_hex, dict(where="word", traps=("amp",))),
    ("percent_encoded_prose", "report", tr_percent, dict(where="phrase", traps=("url",), trap_p=0.5)),
    ("html_named_entities", "news", tr_html_named, dict(where="line", count=(1, 3), traps=("amp",), trap_p=0.5)),
    ("kangxi_radicals_pdf", "standard", pieces_kangxi, dict(where="lines", traps=("symbols",))),
    ("kangxi_radicals_report", "report", pieces_kangxi, dict(where="line", count=(1, 3))),
    ("cjk_compat_ideographs", "report", pieces_compat, dict(where="line", count=(1, 2), traps=("rare",))),
    ("utf16le_as_gbk", "ui", tr_utf16_gbk, dict(where="word", lo=2, hi=6)),
    ("utf8_as_macroman", "product", tr_utf8_macroman, dict(where="phrase", traps=("symbols",))),
    ("utf8_as_greek", "report", tr_utf8_greek, dict(where="word", traps=("el",))),
    ("csv_utf8_opened_as_gbk", "stats", tr_utf8_gbk, dict(where="whole", dom_kw={})),
    ("stock_report_gbk_phrase", "stock", tr_utf8_gbk, dict(where="phrase", traps=("plus",))),
    ("recipe_cp1252", "recipe", tr_utf8_cp1252, dict(where="phrase", traps=())),
    ("novel_utf8_as_gbk", "novel", tr_utf8_gbk, dict(where="line", count=(1, 3), traps=("redup_novel",))),
    ("caption_credit_gbk", "caption", tr_utf8_gbk, dict(where="word", traps=("rare",))),
    ("patent_claims_gbk", "patent", tr_utf8_gbk, dict(where="line")),
    ("medicine_insert_gbk_cp1252", "medicine", tr_gbk_cp1252, dict(where="phrase", traps=("symbols",))),
    ("standard_emdash_cp1252", "standard", tr_utf8_cp1252, dict(where="line")),
    ("single_char_loss", "report", None, dict(where="char", count=(1, 1), dom_kw=dict(n_body=7))),
    ("whole_paragraph_gbk", "report", tr_utf8_gbk, dict(where="lines")),
    ("sms_gbk_as_utf8", "sms", tr_gbk_utf8, dict(where="line")),
    ("fund_report_cp1252", "fund", tr_utf8_cp1252, dict(where="phrase", traps=("plus",))),
    ("exam_ticket_sjis", "exam", tr_utf8_sjis, dict(where="line", traps=())),
    ("hospital_gb18030_word", "hospital", tr_utf8_gb18030, dict(where="word", traps=("symbols",))),
    ("weather_cells_gbk_utf8", "weather", tr_gbk_utf8, dict(where="cell", count=(1, 3), traps=("tilde",))),
    ("sports_table_utf8_gbk", "sports", tr_utf8_gbk, dict(where="cell", count=(1, 3), traps=("fr_sports",))),
    ("party_report_double_cp1252", "party", tr_double_cp1252, dict(where="line")),
]


def _single_char_tr(s, rng):
    f = pick(rng, [tr_q_ascii, tr_utf8_gbk_replace, tr_ncr_dec, tr_gbk_utf8])
    return f(s, rng)


for _name, _dom, _tr, _opt in MJ_SPECS:
    add_style(_name, "mj", mj_generic(_dom, _tr or _single_char_tr, **_opt))


# ----- custom mojibake styles -----
def _base(rng, dom, **kw):
    ctx = Ctx(rng)
    d = DOMAINS[dom](rng, ctx, **kw)
    return ctx, d, [fill_line(x, ctx) for x in d.lines]


def mj_foreign(base, kind, tr, fit=None):
    def gen(rng, positive):
        ctx, d, lines = _base(rng, base)
        for _ in range(20):
            fl, (a, b) = foreign_line(rng, ctx, kind)
            if fit is None or fit(fl[a:b]):
                break
        lines, _ = place_extra(rng, d, lines, [fl], glue_p=0.0)
        lines = lines[:12]
        hits = [i for i, ln in enumerate(lines) if ln.endswith(fl)]
        if not hits:
            return None, ""
        pos = hits[0]
        off = len(lines[pos]) - len(fl)
        dm = Damage(lines)
        if positive:
            ok = dm.apply(pos, off + a, off + b, tr, rng)
            if not ok:
                return None, ""
            return dm.doc(), "%s text (%s) damaged by %s" % (kind, fl[a:b][:12], tr.__name__.replace("tr_", ""))
        return dm.doc(), "%s text intact" % kind
    return gen


def _latin1_ok(s):
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


add_style("sjis_as_gbk_quote", "mj", mj_foreign("email", "ja", tr_sjis_gbk))
add_style("koi8r_as_gbk_partner", "mj", mj_foreign("contract", "ru", tr_koi8r_gbk))
add_style("utf8_as_cp1251_russian", "mj", mj_foreign("report", "ru", tr_utf8_cp1251))
add_style("euckr_as_gbk_quote", "mj", mj_foreign("news", "ko", tr_euckr_gbk))
add_style("latin1_as_gbk_names", "mj", mj_foreign("news", "latin", tr_latin1_gbk, fit=_latin1_ok))
add_style("utf8_as_gbk_foreign_names", "mj", mj_foreign("sports", "latin_sports", tr_utf8_gbk_replace))
add_style("utf8_cp1252_foreign_names", "mj", mj_foreign("report", "latin", tr_utf8_cp1252))
add_style("emoji_via_gbk", "mj", mj_foreign("news", "emoji", tr_emoji_gbk))
add_style("big5_as_gbk_hk_quote", "mj", mj_foreign("report", "trad", tr_big5_gbk))
add_style("qmark_trad_in_gb2312", "mj", mj_foreign("report", "trad", tr_q_gb2312,
                                                     fit=lambda s: s.encode("gb2312", "replace").decode("gb2312") != s))


def gen_big5_as_gbk_doc(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["trad_report", "trad_hk"]))
    dm = Damage(lines)
    if positive:
        where = pick(rng, ["line", "whole", "lines"])
        if where == "whole":
            for i in range(len(lines)):
                dm.apply(i, 0, len(lines[i]), tr_big5_gbk, rng)
        else:
            idx = sample(rng, range(1, len(lines)), 1 if where == "line" else min(3, len(lines) - 1))
            for i in idx:
                dm.apply(i, 0, len(lines[i]), tr_big5_gbk, rng)
        return dm.doc(), "Big5 bytes of a traditional-character document read as GBK (%s)" % where
    return dm.doc(), "traditional-character document, intact"


add_style("big5_as_gbk_trad_doc", "mj", gen_big5_as_gbk_doc)


def gen_qmark_names(rng, positive):
    ctx = Ctx(rng)
    sep = pick(rng, ["  ", "\t", " | "])
    lines = [pick(rng, ["{year}年度先进个人名单", "拟录用人员名单公示", "优秀志愿者名单"])]
    lines = [fill_line(lines[0], ctx), sep.join(["序号", "姓名", "单位"])]
    names = []
    for i in range(rng.randint(4, 8)):
        nm = person_name(rng, rare=chance(rng, 0.5))
        names.append(nm)
        lines.append(sep.join([str(i + 1), nm, fill_line("{company}", ctx)]))
    if not any(tr_q_gb2312(n, rng) != n for n in names):
        nm = person_name(rng, rare=True)
        names[0] = nm
        lines[2] = sep.join(["1", nm, lines[2].split(sep)[2]])
    dm = Damage(lines)
    if positive:
        for li in range(2, len(lines)):
            a, b = _cells(lines[li], sep)[1]
            dm.apply(li, a, b, tr_q_gb2312, rng)
        return dm.doc(), "name characters outside GB2312 lost as '?'"
    return dm.doc(), "names with rare characters, intact"


add_style("qmark_gb2312_rare_names", "mj", gen_qmark_names)


def gen_trunc(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["report", "news", "party", "court"]))
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "clean, lines end normally"
    cands = [i for i, ln in enumerate(lines) if len(ln) >= 24 and i != d.title]
    for li in sample(rng, cands, rng.randint(1, min(3, len(cands)))):
        ln = lines[li]
        ps = [p for p in range(len(ln) // 2, len(ln) - 1) if is_cjk(ln[p])]
        if not ps:
            continue
        p = pick(rng, ps)
        k = rng.randint(1, 2)
        dm.put(li, p, len(ln), [((ln[p].encode("utf-8")[:k]).decode("utf-8", "replace"), True, ln[p:])])
    if dm.n() == 0:
        return None, ""
    return dm.doc(), "lines cut inside a UTF-8 sequence (byte-limited field), ending in U+FFFD"


add_style("truncated_utf8_tail", "mj", gen_trunc)


def _pinyin_pieces(s, table, rng, full=False):
    out = []
    lp, rp = ("（", "）") if full else ("(", ")")
    for c in s:
        if c in table and chance(rng, 0.85):
            out.append((c + lp + table[c] + rp, True, c))
        else:
            out.append((c, False, c))
    return out


def gen_pinyin_trad(rng, positive):
    ctx, d, lines = _base(rng, "trad_report")
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "traditional-character report without annotations"
    full = chance(rng, 0.2)
    for li in range(len(lines)):
        dm.apply(li, 0, len(lines[li]), lambda s, r: _pinyin_pieces(s, PY, r, full), rng)
    return dm.doc(), "scraper pinyin annotations after traditional characters"


SPY = {}
for _item in ("发fā 区qū 领lǐng 导dǎo 动dòng 项xiàng 设shè 实shí 务wù 坚jiān 业yè 进jìn 产chǎn 总zǒng 亿yì 点diǎn "
              "资zī 约yuē 万wàn 对duì 辖xiá 续xù 开kāi 传chuán 环huán 数shù 乡xiāng 医yī 疗liáo 险xiǎn 参cān 达dá "
              "强qiáng 补bǔ 贴tiē 积jī 极jí 经jīng 济jì 问wèn 题tí 转zhuǎn 优yōu 质zhì 调tiáo 稳wěn 规guī "
              "场chǎng 护hù 会huì 员yuán 长zhǎng 计jì 划huà 较jiào 围wéi 组zǔ 织zhī 财cái 级jí 镇zhèn 乡xiāng").split():
    SPY[_item[0]] = _item[1:]


def gen_pinyin_simpl(rng, positive):
    ctx, d, lines = _base(rng, "report")
    dm = Damage(lines)
    if not positive:
        return Damage(with_traps(rng, d, lines, ["romanized"], TRAPS_MJ, 1, ctx)).doc(), "simplified report, romanised names only"
    idx = sample(rng, range(len(lines)), rng.randint(1, len(lines)))
    for li in idx:
        dm.apply(li, 0, len(lines[li]), lambda s, r: _pinyin_pieces(s, SPY, r), rng)
    if dm.n() == 0:
        return None, ""
    return dm.doc(), "pinyin annotation artefact in simplified text"


add_style("pinyin_annotation_trad", "mj", gen_pinyin_trad)
add_style("pinyin_annotation_simplified", "mj", gen_pinyin_simpl)



def gen_bold_double(rng, positive):
    ctx, d, lines = _base(rng, "report", n_body=rng.randint(4, 7))
    if not positive:
        lines = with_traps(rng, d, lines, ["redup"], TRAPS_MJ, rng.randint(1, 2), ctx)
        return Damage(lines).doc(), "clean report; reduplicated words are genuine"
    if chance(rng, 0.4):
        lines = with_traps(rng, d, lines, ["redup"], TRAPS_MJ, 1, ctx)
    dm = Damage(lines)
    heads = [i for i, ln in enumerate(lines) if HEAD_RE.match(ln)] + [0]
    for li in sample(rng, heads, rng.randint(1, len(heads))):
        dm.apply(li, 0, len(lines[li]), tr_doubled, rng)
    return dm.doc(), "PDF bold simulation doubled every character of headings"


add_style("pdf_bold_doubling", "mj", gen_bold_double)


def gen_ocr_spaces(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["stats", "budget", "sports"]))
    if not positive:
        if chance(rng, 0.6):
            lines = lines + [fill_line(pick(rng, TRAPS_MJ["spaced_sig"]), ctx)]
        return Damage(lines).doc(), "table with normal separators; padded two-character names are typographic"
    dm = Damage(lines)
    rows = d.table[1:] if len(d.table) > 1 else d.table
    for li in sample(rng, rows, rng.randint(1, len(rows))):
        dm.apply(li, 0, len(lines[li]), tr_ocr_spaces, rng)
    if chance(rng, 0.3) and d.title is not None:
        dm.apply(d.title, 0, len(lines[d.title]), tr_ocr_spaces, rng)
    return dm.doc(), "OCR of a table inserted spaces between characters"


add_style("ocr_table_spaces", "mj", gen_ocr_spaces)

TRACK = ["删除的内容: {n:2-99}", "带格式的: 字体: (中文) 仿宋_GB2312, 小三", "带格式的: 缩进: 首行缩进:  2 字符",
         "批注 [A{n:1-9}]: 此处数据与统计局口径不一致", "删除的内容: 全面", "带格式的: 两端对齐, 行距: 固定值 28 磅",
         "设置格式[{person}]: 字体颜色: 自动设置", "批注 [WPS{n:1-9}]: 建议删除"]


def gen_track_changes(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["report", "notice", "contract"]))
    if not positive:
        return Damage(lines).doc(), "clean final version"
    out = [[(x, T, x)] for x in lines]
    for _ in range(rng.randint(1, 3)):
        s = fill_line(pick(rng, TRACK), ctx)
        li = rng.randint(1, len(out) - 1)
        if chance(rng, 0.5):
            out.insert(li, [(s, D, "")])
        else:
            out[li] = out[li] + [(pick(rng, ["", " "]) + s, D, "")]
    return lines_to_doc(out), "Word track-changes / comment balloons pasted into the text"


add_style("word_track_changes", "mj", gen_track_changes)

TAG_OPEN = ['<span style="font-family:仿宋_GB2312;font-size:16pt;">', '<span style="font-size:21px;">', "<strong>",
            '<font face="宋体">', '<p class="MsoNormal" style="text-indent:32.0pt;">', '<p align="center">',
            '<span lang="EN-US">']


def _close(tag):
    name = re.match(r"<(\w+)", tag).group(1)
    return "</%s>" % name


def gen_html_tags(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["report", "news", "notice"]))
    if not positive:
        return Damage(with_traps(rng, d, lines, ["amp"], TRAPS_MJ, 1, ctx)).doc(), "clean web text"
    out = [[(x, T, x)] for x in lines]
    for li in sample(rng, range(len(lines)), rng.randint(1, min(3, len(lines)))):
        ln = lines[li]
        tag = pick(rng, TAG_OPEN)
        mode = rng.randrange(4)
        if mode == 0:
            out[li] = [(tag, D, "")] + [(ln, T, ln)] + [(_close(tag), D, "")]
        elif mode == 1:
            r = _choose_phrase(rng, ln) or (0, len(ln))
            a, b = r
            out[li] = [(ln[:a], T, ln[:a]), (tag, D, ""), (ln[a:b], T, ln[a:b]), (_close(tag), D, ""), (ln[b:], T, ln[b:])]
        elif mode == 2:
            out[li] = [(ln, T, ln), (pick(rng, ["<br />", "<br>", "</p>", "<br/><br/>"]), D, "")]
        else:
            out[li] = [(pick(rng, ["&nbsp;&nbsp;&nbsp;&nbsp;", "&nbsp;&nbsp;", "&emsp;&emsp;"]), D, "\u3000\u3000"), (ln, T, ln)]
    return lines_to_doc(out), "HTML tags / entities left in extracted text"


add_style("html_tag_remnants", "mj", gen_html_tags)


def gen_html_double(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["news", "report"]))
    if not positive:
        return Damage(with_traps(rng, d, lines, ["amp"], TRAPS_MJ, 1, ctx)).doc(), "clean"
    out = [[(x, T, x)] for x in lines]
    for li in sample(rng, range(1, len(lines)), rng.randint(1, min(3, len(lines) - 1))):
        ln = lines[li]
        t = pick(rng, ["p", "strong", "span"])
        o, c = "<%s>" % t, "</%s>" % t
        twice = chance(rng, 0.6)
        esc = (lambda s: tr_html_double(s, rng)) if twice else (lambda s: html.escape(s, quote=False))
        out[li] = [(esc(o), D, ""), (ln, T, ln), (esc(c), D, "")]
    return lines_to_doc(out), "escaped (and double-escaped) HTML tags as text"


add_style("html_escaped_tags", "mj", gen_html_double)


def gen_html_broken(rng, positive):
    ctx, d, lines = _base(rng, "report")
    if not positive:
        return Damage(lines).doc(), "clean"
    out = [[(x, T, x)] for x in lines]
    cands = [i for i, ln in enumerate(lines) if i and len(CJK_RUN.findall(ln)) > 0 and len(ln) > 12]
    for li in sample(rng, cands, rng.randint(1, min(2, len(cands)))):
        ln = lines[li]
        cut = pick(rng, [m.end() for m in re.finditer("。", ln)] or [len(ln) // 2])
        cut = min(cut, len(ln))
        a = max(0, cut - rng.randint(3, 8))
        seg = ln[a:cut]
        raw = seg.encode("gbk") + b"</strong>"
        dmg = raw[1:].decode("gbk", "replace")      # one byte lost: misaligned until the ASCII '<' realigns
        out[li] = [(ln[:a], T, ln[:a]), (dmg, D, seg), (ln[cut:], T, ln[cut:])]
    return lines_to_doc(out), "GBK stream misaligned by one byte before an HTML tag"


add_style("html_tag_gbk_misaligned", "mj", gen_html_broken)

MSO = ['<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->',
       "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",
       "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}",
       '<p class="MsoNormal"><span style="mso-bidi-font-size:10.5pt;font-family:仿宋_GB2312;mso-ascii-font-family:Calibri">',
       "<o:p></o:p>", "<!--[endif]-->"]


def gen_mso(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["notice", "report"]))
    if not positive:
        return Damage(lines).doc(), "clean"
    out = [[(x, T, x)] for x in lines]
    k = rng.randint(1, 2)
    for _ in range(k):
        s = pick(rng, MSO)
        if s == "<o:p></o:p>":
            li = rng.randrange(len(out))
            out[li] = out[li] + [(s, D, "")]
        else:
            out.insert(rng.randint(0, min(2, len(out))), [(s, D, "")])
    return lines_to_doc(out[:12]), "Microsoft Word HTML/style remnants pasted into a CMS"


add_style("word_mso_remnants", "mj", gen_mso)

CMS_MARK = ["[!--empirenews.page--]", "_ueditor_page_break_tag_", "#p#分页标题#e#", "[NextPage]", "[page]", "<!-- pagebreak -->"]


def gen_cms_page(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["news", "report"]))
    if not positive:
        return Damage(lines).doc(), "clean"
    out = [[(x, T, x)] for x in lines]
    s = pick(rng, CMS_MARK)
    for _ in range(rng.randint(1, 2)):
        li = rng.randint(1, len(out))
        if chance(rng, 0.5):
            out.insert(li, [(s, D, "")])
        else:
            out[li - 1] = out[li - 1] + [(s, D, "")]
    return lines_to_doc(out[:12]), "CMS pagination marker left in the text"


add_style("cms_pagebreak_markers", "mj", gen_cms_page)


def gen_bom_mid(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["notice", "report"]))
    ctx2, d2, lines2 = _base(rng, pick(rng, ["stats", "budget"]))
    lines = lines[:6]
    lines2 = lines2[:5]
    if not positive:
        return Damage(lines + lines2).doc(), "two parts joined cleanly"
    a = ("\n".join(lines) + "\n").encode("utf-8-sig")
    b = "\n".join(lines2).encode("utf-8-sig")
    joined = (a + b).decode(pick(rng, ["utf-8", "utf-8"]))  # a reader that does not strip BOMs
    d = Doc()
    for ch_ in joined:
        if ch_ == "\ufeff":
            d.d(ch_, "")
        else:
            d.t(ch_)
    # compact plain runs
    dd = Doc()
    buf = ""
    for s, k, o in d.parts:
        if k == T:
            buf += s
        else:
            dd.t(buf)
            buf = ""
            dd.d(s, o)
    dd.t(buf)
    return dd, "U+FEFF byte-order marks inside concatenated UTF-8 files"


add_style("bom_inside_concatenated", "mj", gen_bom_mid)


def gen_bom_gbk(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["notice", "minutes", "email"]))
    lines = lines[:8]
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "clean"
    first = True
    for li in range(len(lines)):
        if first:
            s = lines[li]
            dm.put(li, 0, len(s), [(("\ufeff" + s).encode("utf-8").decode("gbk", "replace"), True, s)])
            first = False
        elif chance(rng, 0.8):
            dm.apply(li, 0, len(lines[li]), tr_utf8_gbk_replace, rng)
    return dm.doc(), "UTF-8 file with BOM opened as GBK"


add_style("utf8_bom_read_as_gbk", "mj", gen_bom_gbk)


def gen_zip_names(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["email", "notice"]))
    files = ["{year}年工作总结.docx", "经费预算明细表.xlsx", "会议签到表.pdf", "项目申报书（定稿）.doc", "现场照片.zip", "附件1：报名回执.docx",
             "统计报表（第{n:1-4}季度）.xls"]
    fs = [fill_line(x, ctx) for x in sample(rng, files, rng.randint(2, 4))]
    lines = lines[:9] + ["附件：" if chance(rng, 0.5) else "附件下载："]
    base_n = len(lines)
    lines += [("%d. " % (i + 1)) + f for i, f in enumerate(fs)]
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "attachment names intact"
    tr = pick(rng, [tr_gbk_cp437, tr_gbk_cp1252, tr_utf8_cp437])
    for i, f in enumerate(fs):
        stem = f.rsplit(".", 1)[0]
        off = len("%d. " % (i + 1))
        dm.apply(base_n + i, off, off + len(stem), tr, rng)
    return dm.doc(), "attachment file names from a ZIP archive decoded with the wrong code page"


add_style("zip_filenames_codepage", "mj", gen_zip_names)


def gen_mime(rng, positive):
    ctx, d, lines = _base(rng, "email")
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "decoded mail headers"
    which = pick(rng, ["subject", "from", "both"])
    tr = pick(rng, [tr_mime_b, tr_mime_b, tr_mime_q])
    for li, ln in enumerate(lines):
        if ln.startswith("主题：") and which in ("subject", "both"):
            dm.apply(li, 3, len(ln), tr, rng)
        if ln.startswith(("发件人：", "收件人：")) and which in ("from", "both"):
            e = ln.index(" <")
            dm.apply(li, 4, e, tr, rng)
    return dm.doc(), "undecoded RFC 2047 encoded-words in mail headers"


add_style("mime_encoded_headers", "mj", gen_mime)

MT_LINES = ["{person}女士在声明中表示：\"我们将于{date}前完成全部交付。\"",
            "该公司发言人称：\"It's a great opportunity for {city}.\"",
            "报告指出，\"数字经济\"已成为推动增长的重要引擎。",
            "O'Brien先生说：\"我们期待与{company}开展长期合作。\"",
            "合同第{n:2-9}条规定：\"任何一方不得擅自变更交付时间。\""]


def gen_mt_entities(rng, positive):
    ctx, d, lines = _base(rng, "news")
    lines = lines[:6]
    k = rng.randint(1, 3)
    mts = [fill_line(x, ctx) for x in sample(rng, MT_LINES, k)]
    for s in mts:
        lines.insert(rng.randint(1, len(lines)), s)
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "machine-translated lines with plain quotes"
    for li, ln in enumerate(lines):
        if ln in mts:
            a = min(i for i, c in enumerate(ln) if c in "\"'")
            b = max(i for i, c in enumerate(ln) if c in "\"'") + 1
            dm.apply(li, a, b, tr_mt_entities, rng)
    return dm.doc(), "HTML-escaped quotes from a machine-translation API"


add_style("mt_output_entities", "mj", gen_mt_entities)


def gen_json_newlines(rng, positive):
    ctx, d, lines = _base(rng, pick(rng, ["report", "minutes", "notice"]))
    if not positive:
        return Damage(lines).doc(), "clean"
    k = rng.randint(2, min(4, len(lines) - 1))
    st = rng.randint(1, len(lines) - k)
    seg = "\n".join(lines[st:st + k])
    dmg = tr_json_newlines(seg, rng)
    doc = Doc()
    for i, ln in enumerate(lines[:st]):
        if i:
            doc.nl()
        doc.t(ln)
    if st:
        doc.nl()
    doc.d(dmg, seg)
    for ln in lines[st + k:]:
        doc.nl()
        doc.t(ln)
    return doc, "JSON-escaped paragraph (literal \\n) pasted as text"


add_style("json_literal_newlines", "mj", gen_json_newlines)


def gen_mixed_two(rng, positive):
    ctx, d, lines = _base(rng, "report", n_body=rng.randint(5, 8))
    dm = Damage(lines)
    if not positive:
        return dm.doc(), "clean"
    trs = sample(rng, [tr_utf8_gbk, tr_utf8_cp1252, tr_ncr_dec, tr_q_ascii, tr_kunjinkao, tr_gbk_utf8, tr_uescape], 2)
    body = list(range(1, len(lines)))
    for tr, li in zip(trs, sample(rng, body, 2)):
        r = _choose_phrase(rng, lines[li])
        if r:
            dm.apply(li, r[0], r[1], tr, rng)
    if dm.n() == 0:
        return None, ""
    return dm.doc(), "two different kinds of damage: " + "+".join(t.__name__[3:] for t in trs)


add_style("mixed_two_kinds", "mj", gen_mixed_two)


def gen_ocr_and_double(rng, positive):
    """a title that was bold (doubled) and spaced -- PDF extraction of a cover page"""
    ctx, d, lines = _base(rng, pick(rng, ["standard", "report", "notice"]))
    dm = Damage(lines)
    if not positive:
        t = d.title or 0
        if chance(rng, 0.5):
            lines = list(lines)
            lines[t] = "\u3000".join(lines[t]) if len(lines[t]) <= 12 else lines[t]
        return Damage(lines).doc(), "clean cover page; ideographic letter-spacing is typographic"
    t = d.title or 0
    dm.apply(t, 0, len(lines[t]), lambda s, r: tr_ocr_spaces(tr_doubled(s, r), r) if chance(r, 0.3) else tr_doubled(s, r), rng)
    return dm.doc(), "title extracted from PDF with doubled characters"


add_style("pdf_title_doubled", "mj", gen_ocr_and_double)

# ----- negative-only mojibake styles -----
SOCIAL = ["#{city}马拉松# 今天顺利跑完半程，用时1小时{n:40-59}分🏃", "周末带娃去{village}摘草莓🍓，空气太好了！",
          "新开的社区食堂味道不错👍，一荤两素才{n:10-15}元。", "打卡{county}夜市🌙，人气爆棚🔥🔥", "收到快递啦📦，包装很用心😊",
          "雨后的{town}像一幅水墨画🌈", "感谢环卫工人的辛勤付出🙏🙏", "今天的晚霞绝了😍😍😍"]
TECH_HTML = ["在HTML中，不换行空格写作`&nbsp;`，小于号需要转义为`&lt;`。",
             "示例代码：`<span style=\"color:red\">提示</span>`，浏览器会将文字显示为红色。",
             "JSON字符串中的中文可以写成Unicode转义形式，例如`\\u4e2d\\u6587`表示“中文”二字。",
             "URL中的中文需要进行百分号编码，例如“政务”编码后为`%E6%94%BF%E5%8A%A1`。",
             "段落使用`<p>`标签，强制换行使用`<br />`标签。",
             "在Python中可以用`html.escape()`函数对`<`、`>`和`&`进行转义。",
             "字符引用`&#20013;`在页面上显示为“中”。",
             "数据库连接串示例：`jdbc:mysql://127.0.0.1:3306/app?useUnicode=true&characterEncoding=utf8`"]
ENC_TUT = ["GBK与UTF-8是两种常见的中文字符编码，同一段文字在两种编码下的字节序列并不相同。",
           "打开文本文件时若未指定正确的编码，就可能出现乱码，此时应在读取时显式指定编码参数。",
           "UTF-8编码中，常用汉字一般占用3个字节，而在GBK编码中占用2个字节。",
           "带BOM的UTF-8文件在部分老旧软件中会导致首行显示异常，建议保存为无BOM格式。",
           "数据库连接字符集应与表的字符集保持一致，推荐统一使用utf8mb4。",
           "Big5编码主要用于繁体中文环境，与GB2312互不兼容。",
           "邮件客户端会自动解码邮件头中的编码字，用户通常看不到原始形式。"]


def neg_lines(title_opts, banks, k=(3, 6), base=None, base_keep=None):
    def gen(rng, positive):
        ctx = Ctx(rng)
        pool = []
        for b in banks:
            for x in b:
                if x not in pool:
                    pool.append(x)
        extras = [fill_line(x, ctx) for x in sample(rng, pool, rng.randint(*k))]
        if base:
            d = DOMAINS[base](rng, ctx)
            lines = [fill_line(x, ctx) for x in d.lines]
            lines = place_extra(rng, d, lines, extras)[0]
        else:
            lines = [fill_line(pick(rng, title_opts), ctx)] + extras
        return Damage(lines[:12]).doc(), "clean text with encoding look-alikes"
    return gen


add_style("neg_traditional_chinese", "mj", lambda rng, pos: (Damage(_base(rng, pick(rng, ["trad_report", "trad_hk"]))[2]).doc(),
                                                           "genuine traditional-character document"), pos_share=0.0)
add_style("neg_pinyin_lesson", "mj", neg_lines(["语文第三单元学习要点", "{town}中心学校普通话推广周学习材料", "汉字注音练习"],
                                               [PINYIN_LESSON, DICT_ENTRIES, TRAPS_MJ["romanized"]], k=(2, 5)), pos_share=0.0)
add_style("neg_foreign_quotes", "mj", neg_lines(["{county}对外经贸合作情况通报", "国际友好城市交流活动综述"],
                                                [TRAPS_MJ["ru"], TRAPS_MJ["ja"], TRAPS_MJ["ko"], TRAPS_MJ["el"], TRAPS_MJ["fr"]],
                                                k=(2, 4), base="report"), pos_share=0.0)
add_style("neg_emoji_social", "mj", neg_lines(["{street}居民朋友圈精选", "网友留言选登"], [SOCIAL], k=(3, 6)), pos_share=0.0)
add_style("neg_rare_characters", "mj", neg_lines(["{year}年{county}表彰名单（部分）", "地方风物拾趣"], [TRAPS_MJ["rare"]],
                                                 k=(1, 2), base="report"), pos_share=0.0)
add_style("neg_html_code_tech_doc", "mj", neg_lines(["网站开发规范（节选）", "前端编码注意事项", "政务网站内容编辑培训讲义"],
                                                    [TECH_HTML], k=(3, 6)), pos_share=0.0)
add_style("neg_urls_emails_files", "mj", neg_lines(["关于征集{year}年度优秀案例的通知", "{org}信息公开指南"],
                                                   [TRAPS_MJ["url"]], k=(1, 3), base="notice"), pos_share=0.0)
def gen_neg_redup_spacing(rng, positive):
    ctx, d, lines = _base(rng, "report")
    lines = with_traps(rng, d, lines, ["redup"], TRAPS_MJ, rng.randint(1, 2), ctx)
    if chance(rng, 0.5):
        lines[0] = pick(rng, ["工　作　总　结", "通　知", "会　议　纪　要", "情　况　报　告"])
    if chance(rng, 0.5):
        lines.append(fill_line(pick(rng, TRAPS_MJ["spaced_sig"]), ctx))
    return Damage(lines[:12]).doc(), "reduplicated words and ideographic letter-spacing are genuine"


add_style("neg_reduplication_spacing", "mj", gen_neg_redup_spacing, pos_share=0.0)
add_style("neg_symbols_units", "mj", neg_lines(["{county}环境质量月报", "{project}技术参数表"],
                                               [TRAPS_MJ["symbols"], TRAPS_MJ["tilde"], TRAPS_MJ["plus"], TRAPS_MJ["amp"]],
                                               k=(2, 4), base="report"), pos_share=0.0)
add_style("neg_encoding_tutorial", "mj", neg_lines(["信息化培训讲义：字符编码基础", "数据迁移注意事项"], [ENC_TUT], k=(3, 5)),
          pos_share=0.0)

# ----------------------------------------------------------------------------------------------
# detectors used by --verify (and as a self-check while generating)
# ----------------------------------------------------------------------------------------------
_SUR = "".join(SURNAMES)
PH_TOKEN_RE = re.compile(
    r"(?<![A-Za-z])[xXｘＸ]+(?![A-Za-z])|×|某|[＿_]{2,}|□{2,}|口{2,}|\*|"
    r"【[^】]*】|\[[^\]]*\]|〔[^〕]*〕|［[^］]*］|〖[^〗]*〗|<[A-Za-z][^>]*>|"
    r"\{\{.*?\}\}|\$\{.*?\}|#\{.*?\}|\{\$.*?\}|<%=.*?%>|\[\[.*?\]\]|%[A-Za-z_\u4e00-\u9fff]+%|\{[^{}]+\}|\[field:.*?/\]|"
    r"«.*?»|<<.*?>>|[（(](此处|请|填写|在此).*?[）)]|（[^）]*请填写）|请选择|请输入|点击此处|单击或点击此处|"
    r"待定|待补充|待核实|待填|TBD|TODO|%[sd@]|%\.2f|%1\$[sd]|\{\d\}|"
    r"Lorem ipsum|此处为正文|这里是标题|文本内容|示例文字|此处输入|在此输入")

PH_STRICT = [
    ("xx", re.compile(r"(?<![A-Za-z0-9+＋])[xXｘＸ]{2,}(?![A-Za-z])")),
    ("x1", re.compile(r"(?<![A-Za-z0-9+＋.])[xXｘＸ](?=[年月日号个名人户家次项条片粒克元%％岁期届轮班.．])")),
    ("xpart", re.compile(r"\d[xXＸ](?=[\u4e00-\u9fff%％])")),
    ("times", re.compile(r"×{2,}|(?<=[\u4e00-\u9fff])×|×(?=[\u4e00-\u9fff])")),
    ("mou", re.compile(r"某某|(?<=[%s])某(?![些种个类方年月日天时处地])|某(?=公司|县|村|镇|市|区|单位|医院|学校|街道|社区|企业|小区|集团|银行)" % _SUR)),
    ("blank", re.compile(r"＿{2,}|_{3,}|□{3,}")),
    ("bracket", re.compile(r"【[^】]{0,12}(名称|姓名|金额|日期|地址|时间|单位|编号|电话|号码|数量|内容|签字|盖章)[^】]{0,8}】|"
                           r"【[\s\u3000]*】|\[(姓名|Name|Full Name|Company Name|Company|Date|日期)\]")),
    ("curly", re.compile(r"\{\{|\}\}|\$\{|#\{|\{\$|<%|\[\[|%[A-Za-z_\u4e00-\u9fff]+%|\{\d\}|«[^»\u0400-\u04FFA-Za-z]*»|<<[^<>]{1,12}>>|"
                         r"\{dede:|\{pboot:|\[field:|<!--\{|\{:")),
    ("hint", re.compile(r"[（(](此处|请填写|请输入|填写|在此)|请选择|请输入|点击此处输入|单击或点击此处")),
    ("todo", re.compile(r"待定(?!系数)|待补充|待核实|待填|TBD|TODO|FIXME")),
    ("printf", re.compile(r"(?<![\w%])%[sd@](?!\w)|%1\$|%\.2f")),
    ("stars", re.compile(r"口口|\*{2,}|\d\*+\d|[\u4e00-\u9fff]\*")),
    ("dummy", re.compile(r"Lorem ipsum|此处为正文|这里是标题|文本内容文本内容|示例文字|此处输入|在此输入")),
]
PH_ALLOW = ["人口口径", "出口口岸", "入口口罩", "口口声声", "**P<0.01", "【药品名称】", "长×宽×高"]

MJ_STRICT = [
    ("fffd", re.compile("\ufffd")),
    ("c1", re.compile("[\x80-\x9f]")),
    ("ctrl", re.compile("[\x00-\x08\x0b-\x1f\x7f]")),
    ("bom", re.compile("\ufeff")),
    ("sig", re.compile("锟斤拷|锘|馃|烫烫|屯屯")),
    ("escape", re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\n|\\t")),
    ("entity", re.compile(r"&#\d{2,7};|&#x[0-9a-fA-F]{2,6};|&[a-z]{2,8};")),
    ("html", re.compile(r"</?(span|p|strong|font|br|div|b|o:p|table|td|tr|xml|w:\w+)\b[^>]*>|<!--|-->|mso-|MsoNormal|Normal 0 7\.8")),
    ("percent", re.compile(r"(%[0-9A-Fa-f]{2}){2,}")),
    ("mime", re.compile(r"=\?[\w-]+\?[BbQq]\?")),
    ("hz", re.compile(r"~\{")),
    ("utf7", re.compile(r"(?<![A-Za-z0-9])\+[A-Za-z0-9/]{3,}-?")),
    ("qp", re.compile(r"(=[0-9A-F]{2}){3,}")),
    ("pinyin", re.compile(r"[\u4e00-\u9fff][(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")),
    ("doubled", re.compile(r"([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2([\u4e00-\u9fff])\3")),
    ("ocrspace", re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")),
    ("kangxi", re.compile("[\u2f00-\u2fd5]")),
    ("compat", re.compile("[%s]" % "".join(sorted(COMPAT.values())))),
    ("qmark", re.compile(r"[\u4e00-\u9fff]\?|\?[\u4e00-\u9fff]|\?{2,}")),
    ("track", re.compile(r"删除的内容:|带格式的:|批注 \[|设置格式\[")),
    ("cms", re.compile(r"\[!--empirenews|_ueditor_page_break_tag_|#p#|\[NextPage\]|\[page\]|<!-- pagebreak")),
]
URL_RE = re.compile(r"https?://[^\s，。、；）)“”]+")
IDNO_RE = re.compile(r"(?<!\d)\d{17}[\dX](?![\dA-Za-z])")
CODE_RE = re.compile(r"`[^`]*`")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]{2,}")
CJK_OR_PUNCT_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2014-\u2026]{3,}")

# per-style exemptions: rule groups a genuine document of that style legitimately contains
EXEMPT = {
    "neg_template_code_doc": {"curly", "printf", "xx"},
    "neg_html_code_tech_doc": {"entity", "html", "escape", "percent"},
    "neg_pinyin_lesson": {"pinyin"},
}


def _blank(s, spans):
    """replace span contents by a private-use filler that no rule matches"""
    s = list(s)
    for a, b in spans:
        for i in range(a, b):
            if s[i] != "\n":
                s[i] = "\ue000"
    return "".join(s)


def _blank_re(s, rx):
    return rx.sub(lambda m: " " * len(m.group()), s)


def ph_findings(text, style=""):
    ex = EXEMPT.get(style, set())
    t = _blank_re(_blank_re(text, URL_RE), IDNO_RE)
    for a in PH_ALLOW:
        t = t.replace(a, " " * len(a))
    if style in EXEMPT:
        t = _blank_re(t, CODE_RE)
    out = []
    for name, rx in PH_STRICT:
        if name in ex:
            continue
        for m in rx.finditer(t):
            out.append((name, m.start(), m.end(), m.group()))
    return out


def _gbk_roundtrip_hits(t):
    hits = []
    for m in CJK_OR_PUNCT_RUN.finditer(t):
        run = m.group()
        for i in range(len(run) - 2):
            w = run[i:i + 3]
            try:
                b = w.encode("gbk")
            except UnicodeEncodeError:
                continue
            if len(b) != 6:
                continue
            try:
                u = b.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(u) == 2 and all("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" for c in u):
                hits.append(("gbk_rt", m.start() + i, m.start() + i + 3, w))
    return hits


def _latin_roundtrip_hits(t):
    hits = []
    for m in NON_ASCII_RUN.finditer(t):
        run = m.group()
        for enc in ("cp1252", "latin-1", "cp437", "mac_roman", "koi8_r", "cp1251", "iso8859_7", "shift_jis", "euc_kr"):
            try:
                u = run.encode(enc).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if any(ord(c) > 0x2e7f for c in u):
                hits.append(("rt_" + enc, m.start(), m.end(), run))
                break
    return hits


def mj_findings(text, style=""):
    ex = EXEMPT.get(style, set())
    t = _blank_re(text, URL_RE)
    if style in EXEMPT:
        t = _blank_re(t, CODE_RE)
    out = []
    for name, rx in MJ_STRICT:
        if name in ex:
            continue
        for m in rx.finditer(t):
            out.append((name, m.start(), m.end(), m.group()))
    out += _gbk_roundtrip_hits(t)
    out += _latin_roundtrip_hits(t)
    return out


def self_check(rec):
    """problems of one record that can be seen from the record alone."""
    probs = []
    text, spans, label, fam, style = rec["text"], rec["spans"], rec["label"], rec["family"], rec["style"]
    if set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
        probs.append("keys %s" % sorted(rec))
    if fam not in ("ph", "mj"):
        probs.append("family")
    if label not in ({"ph": "placeholder", "mj": "mojibake"}.get(fam), "negative"):
        probs.append("label %s for family %s" % (label, fam))
    if not isinstance(text, str) or not text.strip():
        probs.append("empty text")
        return probs
    nl = text.count("\n") + 1
    if nl > 12:
        probs.append("%d lines" % nl)
    if "\n" in rec["note"]:
        probs.append("multi-line note")
    last = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
            probs.append("bad span %r" % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            probs.append("span %r outside text / empty" % (sp,))
            continue
        if a < last:
            probs.append("spans overlap or unsorted at %r" % (sp,))
        last = b
    if label == "negative":
        if spans:
            probs.append("negative with spans")
        for f in ph_findings(text, style)[:3]:
            probs.append("negative has placeholder-like %r" % (f,))
        for f in mj_findings(text, style)[:3]:
            probs.append("negative has damage-like %r" % (f,))
        return probs
    if not spans:
        probs.append("positive without spans")
    if label == "placeholder":
        for a, b in spans:
            if not PH_TOKEN_RE.search(text[a:b]):
                probs.append("span %r=%r holds no placeholder" % ([a, b], text[a:b]))
        outside = _blank(text, spans)
        for f in ph_findings(outside, style)[:3]:
            probs.append("placeholder outside spans %r" % (f,))
        for f in mj_findings(outside, style)[:3]:
            probs.append("placeholder record has damage-like %r" % (f,))
    if label == "mojibake":
        outside = _blank(text, spans)
        for f in mj_findings(outside, style)[:3]:
            probs.append("damage-like outside spans %r" % (f,))
        for f in ph_findings(outside, style)[:3]:
            probs.append("mojibake record has placeholder-like %r" % (f,))
    return probs


# ----------------------------------------------------------------------------------------------
# building a collection
# ----------------------------------------------------------------------------------------------
FAMILY_LABEL = {"ph": "placeholder", "mj": "mojibake"}
TARGET_NEG = 0.35
FAMILY_TARGET = 1500


def allocate(seed):
    """style -> (n_records, n_negative), deterministic per seed."""
    out = OrderedDict()
    for fam in ("ph", "mj"):
        sts = [s for s in STYLES if s.family == fam]
        r = random.Random("t28:%d:%s:alloc" % (seed, fam))
        cnt = {s.name: r.randint(15, 20) for s in sts}
        target = FAMILY_TARGET
        names = [s.name for s in sts]
        while sum(cnt.values()) > target and any(cnt[x] > 15 for x in names):
            x = pick(r, [x for x in names if cnt[x] > 15])
            cnt[x] -= 1
        while sum(cnt.values()) < target and any(cnt[x] < 20 for x in names):
            x = pick(r, [x for x in names if cnt[x] < 20])
            cnt[x] += 1
        total = sum(cnt.values())
        neg_target = round(TARGET_NEG * total)
        neg_fixed = sum(cnt[s.name] for s in sts if s.pos_share == 0.0)
        mixed = [s for s in sts if s.pos_share is None]
        m_total = sum(cnt[s.name] for s in mixed)
        q = max(0.0, (neg_target - neg_fixed) / m_total) if m_total else 0.0
        acc, given = 0.0, 0
        for s in sts:
            n = cnt[s.name]
            if s.pos_share == 0.0:
                out[s.name] = (n, n)
            elif s.pos_share == 1.0:
                out[s.name] = (n, 0)
            else:
                acc += q * n
                k = int(round(acc)) - given
                k = max(2, min(n - 6, k))
                given += k
                out[s.name] = (n, k)
    return out


def gen_record(style, seed, k, negative, stats=None):
    rng = random.Random("t28:%d:%s:%d" % (seed, style.name, k))
    positive = not negative
    for attempt in range(60):
        doc, note = style.gen(rng, positive)
        if doc is None:
            continue
        text = doc.text()
        kind = P if style.family == "ph" else D
        spans = doc.spans(kind) if positive else []
        if positive and (not spans or any(k_ != T for _, k_, _ in doc.parts if k_ != kind)):
            continue
        if not positive and any(k_ != T for _, k_, _ in doc.parts):
            continue
        if text.count("\n") >= 12 or not text.strip():
            continue
        label = FAMILY_LABEL[style.family] if positive else "negative"
        rec = OrderedDict([("id", "t28-s%d-%s-%s-%02d" % (seed, style.family, style.name, k)),
                           ("family", style.family), ("style", style.name), ("label", label), ("text", text),
                           ("spans", spans), ("note", note)])
        probs = self_check(rec)
        if positive and style.family == "mj":
            origs = doc.span_origs(D)
            for (a, b), o in zip(spans, origs):
                if text[a:b] == o:
                    probs.append("mojibake span equals clean text")
        if probs:
            if stats is not None:
                stats[style.name] = stats.get(style.name, 0) + 1
                stats.setdefault("_examples", []).append((style.name, probs[:2]))
            continue
        return rec, doc
    raise RuntimeError("style %s could not produce a valid %s record (seed %d, #%d)"
                       % (style.name, "positive" if positive else "negative", seed, k))


def build(seed, stats=None):
    recs, docs = [], {}
    alloc = allocate(seed)
    for s in STYLES:
        n, nneg = alloc[s.name]
        r = random.Random("t28:%d:%s:labels" % (seed, s.name))
        neg_idx = set(r.sample(range(n), nneg))
        for k in range(n):
            rec, doc = gen_record(s, seed, k, k in neg_idx, stats)
            recs.append(rec)
            docs[rec["id"]] = doc
    random.Random("t28:%d:order" % seed).shuffle(recs)
    return recs, docs


def write_jsonl(recs, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------
ID_RE = re.compile(r"^t28-s(\d+)-(ph|mj)-([a-z0-9_]+)-(\d+)$")


def verify_files(paths):
    bad = 0
    style_names = {s.name: s for s in STYLES}
    regen_cache = {}
    for path in paths:
        probs_file = []
        recs = []
        try:
            with open(path, encoding="utf-8") as f:
                for ln_no, line in enumerate(f, 1):
                    if not line.strip():
                        probs_file.append("line %d empty" % ln_no)
                        continue
                    try:
                        recs.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        probs_file.append("line %d: bad JSON (%s)" % (ln_no, e))
        except OSError as e:
            print("%s: cannot read (%s)" % (path, e))
            bad += 1
            continue
        ids = Counter(r.get("id") for r in recs)
        for i, c in ids.items():
            if c > 1:
                probs_file.append("duplicate id %s" % i)
        n_checked = 0
        for r in recs:
            rid = r.get("id", "?")
            try:
                p = self_check(r)
            except Exception as e:  # malformed record
                p = ["malformed record (%s)" % e]
            m = ID_RE.match(str(rid))
            if not m:
                p.append("bad id")
            elif r.get("style") not in style_names:
                p.append("unknown style")
            else:
                seed = int(m.group(1))
                if seed not in regen_cache:
                    rr, dd = build(seed)
                    regen_cache[seed] = ({x["id"]: x for x in rr}, dd)
                ref, docs = regen_cache[seed]
                g = ref.get(rid)
                if g is None:
                    p.append("id not produced by the generator for seed %d" % seed)
                else:
                    for key in ("family", "style", "label", "text", "spans"):
                        if g[key] != r.get(key):
                            p.append("%s differs from regenerated record" % key)
                    if r.get("label") == "mojibake" and g["text"] == r.get("text"):
                        doc = docs[rid]
                        origs = doc.span_origs(D)
                        for (a, b), o in zip(r["spans"], origs):
                            if r["text"][a:b] == o:
                                p.append("mojibake span %r equals the clean text" % ([a, b],))
                        if doc.clean() == r["text"]:
                            p.append("mojibake record equals its clean text")
            n_checked += 1
            for x in p:
                probs_file.append("%s: %s" % (rid, x))
        fam = Counter((r.get("family"), r.get("label")) for r in recs)
        print("%s: %d records, %s" % (path, len(recs), ", ".join("%s/%s=%d" % (a, b, c) for (a, b), c in sorted(fam.items()))))
        if probs_file:
            bad += 1
            for x in probs_file[:50]:
                print("  PROBLEM " + x)
            if len(probs_file) > 50:
                print("  ... %d more" % (len(probs_file) - 50))
        else:
            print("  OK: %d records verified (spans in range and non-empty, placeholder spans hold placeholders, "
                  "nothing placeholder-like outside spans, negatives clean, mojibake spans differ from clean text, "
                  "records identical to regeneration)" % n_checked)
    return 0 if bad == 0 else 1


# ----------------------------------------------------------------------------------------------
# style table
# ----------------------------------------------------------------------------------------------

LOOK_RE = re.compile(r"[xX×*★【{$`~+&<]|某[种些年个一]|口口|待定|\u3000|(.)\\1|[αβσμΔ]|https?://|@")


def style_table(path, seed=11):
    recs, _ = build(seed)
    by = OrderedDict((s.name, []) for s in STYLES)
    for r in recs:
        by[r["style"]].append(r)
    fam = {s.name: s.family for s in STYLES}
    out = ["| # | style | family | positive | negative | example (positive if any; first 60 chars of the first span's line) |",
           "|---|---|---|---|---|---|"]
    for i, (name, rs) in enumerate(by.items(), 1):
        pos = [r for r in rs if r["label"] != "negative"]
        neg = [r for r in rs if r["label"] == "negative"]
        ex = ""
        if pos:
            r = sorted(pos, key=lambda x: x["id"])[0]
            a, b = r["spans"][0]
            ls = r["text"].rfind("\n", 0, a) + 1
            le = r["text"].find("\n", b)
            le = len(r["text"]) if le < 0 else le
            line = r["text"][ls:le]
            start = max(0, a - ls - 20)
            ex = line[start:start + 60]
        elif neg:
            r = sorted(neg, key=lambda x: x["id"])[0]
            lines = r["text"].split("\n")
            body = lines[1:] or lines

            def score(ln):   # prefer the line holding the look-alike
                n = len(LOOK_RE.findall(ln))
                n += sum(1 for c in ln if ord(c) > 0x2000 and not ("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                                                                  or "\uff00" <= c <= "\uffef" or c in "“”—…"))
                n += sum(1 for c in ln if "\u00c0" <= c <= "\u024f")
                return n
            ex = max(body, key=score)[:60]
        ex = ex.replace("|", "\\|").replace("`", "'").replace("\t", " ⇥ ")
        ex = "".join(c if c.isprintable() or c == " " else "\\u%04x" % ord(c) for c in ex)
        out.append("| %d | %s | %s | %d | %d | %s |" % (i, name, fam[name], len(pos), len(neg), ex))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return len(by)


# ----------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    ap.add_argument("--table-seed", type=int, default=11)
    ap.add_argument("--debug", action="store_true", help="report rejected drafts per style")
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.style_table:
        n = style_table(a.style_table, a.table_seed)
        print("wrote %s (%d styles)" % (a.style_table, n))
        return 0
    if a.seed is None or not a.out:
        ap.error("need --seed N --out FILE, or --verify FILE..., or --style-table FILE")
    stats = {} if a.debug else None
    recs, _ = build(a.seed, stats)
    write_jsonl(recs, a.out)
    c = Counter((r["family"], r["label"]) for r in recs)
    print("wrote %d records to %s: %s; %d styles" % (len(recs), a.out, dict(sorted(c.items())), len(STYLES)))
    if stats:
        ex = stats.pop("_examples", [])
        print("rejected drafts:", dict(sorted(stats.items(), key=lambda x: -x[1])))
        seen = Counter()
        for e in ex:
            seen[e[0]] += 1
            if seen[e[0]] <= 3:
                print("  ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
