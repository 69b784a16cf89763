#!/usr/bin/env python3
"""text29_gen.py - held-out test collection (set 29) for a placeholder / mojibake auditor
of Chinese report text.  Python 3.11, standard library only.

  python3 text29_gen.py --seed N --out FILE      generate one JSON Lines file (deterministic per seed)
  python3 text29_gen.py --verify FILE [FILE...]  check files, exit 1 on any problem
  python3 text29_gen.py --style-table FILE       write a Markdown table of styles (seed 11 by default,
                                                  --seed to change)

Every record is built as a list of segments: plain text ('p'), a marked stretch ('s': a placeholder
or a damaged stretch, which becomes one of the record's spans) and a trap ('t': a look-alike that
must NOT be flagged; it is not a span).  Offsets are computed from the segments, so spans cannot
drift.  Encoding damage is produced with real codecs (str.encode / bytes.decode, json, html,
base64, quopri, urllib.parse, unicode_escape ...); for every damaged stretch the clean original is
kept in memory, which --verify uses after regenerating the file from the seed in the ids.
"""
import argparse
import base64
import html
import json
import quopri
import random
import re
import sys
import urllib.parse

GEN_VERSION = "t29-text-1"

# ----------------------------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------------------------


class Doc:
    """A document as segments [kind, text, orig]; kind p=plain, s=span, t=trap."""

    def __init__(self):
        self.segs = []

    def add(self, kind, text, orig=None):
        if text:
            self.segs.append([kind, text, orig])
        return self

    def p(self, text):
        return self.add("p", text)

    def t(self, text):
        return self.add("t", text)

    def s(self, text, orig=None):
        if not text:
            raise GenError("empty span")
        return self.add("s", text, orig)

    def nl(self):
        return self.add("p", "\n")

    def extend(self, other):
        self.segs.extend(other.segs)
        return self

    def plain_text(self):
        return "".join(t for _k, t, _o in self.segs)

    def render(self):
        out, spans, regions, pos = [], [], [], 0
        for kind, text, orig in self.segs:
            start = pos
            pos += len(text)
            out.append(text)
            regions.append((kind, start, pos, orig))
            if kind == "s":
                if spans and spans[-1][1] == start:
                    spans[-1][1] = pos
                else:
                    spans.append([start, pos])
        return "".join(out), spans, regions

    def map_plain(self, fn):
        for seg in self.segs:
            if seg[0] == "p":
                seg[1] = fn(seg[1])
        return self

    def n_spans(self):
        return sum(1 for k, _t, _o in self.segs if k == "s")


class GenError(Exception):
    pass


class R(random.Random):
    def pick(self, seq):
        seq = list(seq)
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def some(self, seq, k):
        seq = list(seq)
        return self.sample(seq, min(k, len(seq)))

    def some_ordered(self, seq, k):
        seq = list(seq)
        idx = sorted(self.sample(range(len(seq)), min(k, len(seq))))
        return [seq[i] for i in idx]


TOK = re.compile(r"⟪(.*?)⟫|⟦(.*?)⟧|\{([A-Za-z][A-Za-z0-9_]*)\}", re.S)


def M(doc, tpl, fill=None, dmg=None):
    """Render a template: ⟪..⟫ span (placeholder, or clean text to damage with dmg), ⟦..⟧ trap,
    {slot} filled by fill(doc, slot)."""
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            doc.p(tpl[pos:m.start()])
        if m.group(1) is not None:
            if dmg is None:
                doc.s(m.group(1))
            else:
                damage(doc, m.group(1), dmg)
        elif m.group(2) is not None:
            doc.t(m.group(2))
        else:
            if fill is None:
                raise GenError("slot without filler: " + m.group(3))
            fill(doc, m.group(3))
        pos = m.end()
    doc.p(tpl[pos:])
    return doc


def damage(doc, clean, fn):
    """Append clean text damaged by fn; the unchanged prefix/suffix stay plain, the rest is a span
    that remembers its clean original."""
    bad = fn(clean)
    if bad == clean:
        raise GenError("damage left text unchanged: %r" % clean[:30])
    i = 0
    n = min(len(clean), len(bad))
    while i < n and clean[i] == bad[i]:
        i += 1
    j = 0
    while j < n - i and clean[len(clean) - 1 - j] == bad[len(bad) - 1 - j]:
        j += 1
    doc.p(clean[:i])
    doc.s(bad[i:len(bad) - j], clean[i:len(clean) - j])
    doc.p(clean[len(clean) - j:])
    return doc




HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "！": "!"})


def halfwidth(doc):
    return doc.map_plain(lambda t: t.translate(HALF))


# ----------------------------------------------------------------------------------------------
# codecs: every damage is a real encode/decode round trip
# ----------------------------------------------------------------------------------------------


def cc(src, dst, err="replace", src_err="strict"):
    def fn(s):
        return s.encode(src, errors=src_err).decode(dst, errors=err)
    fn.__name__ = "%s_as_%s" % (src, dst)
    fn.desc = "%s bytes decoded as %s (errors=%s)" % (src, dst, err)
    return fn


def resaved_gbk(s):
    """UTF-8 decoded as GBK, then saved again as GBK: undecodable bytes become '?'."""
    return s.encode("utf-8").decode("gbk", errors="replace").encode("gbk", errors="replace").decode("gbk")


def gb2312_lost(s):
    return s.encode("gb2312", errors="replace").decode("gb2312")


def gbk_lost(s):
    return s.encode("gbk", errors="replace").decode("gbk")


def ascii_lost(s):
    return s.encode("ascii", errors="replace").decode("ascii")


def double_utf8(s):
    return s.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8").decode("cp1252", errors="replace")


def latin1_utf8_twice(s):
    return s.encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1")


def utf16le_bom_latin1(s):
    return ("\ufeff" + s).encode("utf-16-le").decode("latin-1")


def utf16le_as_gbk(s):
    return s.encode("utf-16-le").decode("gbk", errors="replace")


def utf16be_as_gbk(s):
    return s.encode("utf-16-be").decode("gbk", errors="replace")


def cesu8(s):
    out = bytearray()
    for ch in s:
        if ord(ch) > 0xFFFF:
            u = ch.encode("utf-16-be")
            for k in (0, 2):
                out += chr(int.from_bytes(u[k:k + 2], "big")).encode("utf-8", errors="surrogatepass")
        else:
            out += ch.encode("utf-8")
    return bytes(out)


def cesu8_as_utf8(s):
    return cesu8(s).decode("utf-8", errors="replace")


def cesu8_as_cp1252(s):
    return cesu8(s).decode("cp1252", errors="replace")


def json_ascii(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def json_literal(s):
    """a JSON string body pasted as text: newlines/tabs/quotes become backslash escapes."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def uni_escape(s):
    return s.encode("unicode_escape").decode("ascii")


def bytes_repr(s):
    return repr(s.encode("utf-8"))


def bytes_repr_gbk(s):
    return repr(s.encode("gbk"))


def ncr_dec(s):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def ncr_hex(s):
    return "".join(ch if ord(ch) < 128 else "&#x%x;" % ord(ch) for ch in s)


def html_escape_twice(s):
    return html.escape(html.escape(s, quote=False), quote=False)








def pct_utf8(s):
    return urllib.parse.quote(s, safe="")


def pct_gbk(s):
    return urllib.parse.quote(s, safe="", encoding="gbk")


def rfc2047_b(s, charset="utf-8"):
    return "=?%s?B?%s?=" % (charset.upper() if charset == "utf-8" else charset,
                            base64.b64encode(s.encode(charset)).decode("ascii"))


def rfc2047_q(s):
    body = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                   for b in s.encode("utf-8"))
    return "=?UTF-8?Q?%s?=" % body


def utf7(s):
    return s.encode("utf-7").decode("ascii")


def hz(s):
    return s.encode("hz").decode("ascii")


def iso2022_jp_stripped(s):
    return s.encode("iso2022_jp").decode("ascii").replace("\x1b", "")




def iso2022_kr_stripped(s):
    raw = s.encode("iso2022_kr").decode("ascii")
    return raw.replace("\x1b", "").replace("\x0e", "").replace("\x0f", "")


def bom_cp1252(s):
    return ("\ufeff" + s).encode("utf-8").decode("cp1252", errors="replace")


def bom_gbk(s):
    return ("\ufeff" + s).encode("utf-8").decode("gbk", errors="replace")




def cut_utf8(s, nbytes):
    return s.encode("utf-8")[:nbytes].decode("utf-8", errors="replace")


# ----------------------------------------------------------------------------------------------
# vocabulary (all invented; place names are random two-character combinations)
# ----------------------------------------------------------------------------------------------

PLACE_CH = {
    "青": ("Qing", "青"), "云": ("Yun", "雲"), "柳": ("Liu", "柳"), "枫": ("Feng", "楓"), "石": ("Shi", "石"),
    "白": ("Bai", "白"), "临": ("Lin", "臨"), "鹤": ("He", "鶴"), "桐": ("Tong", "桐"), "松": ("Song", "松"),
    "梅": ("Mei", "梅"), "兰": ("Lan", "蘭"), "桂": ("Gui", "桂"), "泉": ("Quan", "泉"), "溪": ("Xi", "溪"),
    "江": ("Jiang", "江"), "湖": ("Hu", "湖"), "岭": ("Ling", "嶺"), "川": ("Chuan", "川"), "平": ("Ping", "平"),
    "安": ("An", "安"), "宁": ("Ning", "寧"), "丰": ("Feng", "豐"), "源": ("Yuan", "源"), "阳": ("Yang", "陽"),
    "长": ("Chang", "長"), "新": ("Xin", "新"), "龙": ("Long", "龍"), "凤": ("Feng", "鳳"), "金": ("Jin", "金"),
    "玉": ("Yu", "玉"), "清": ("Qing", "清"), "明": ("Ming", "明"), "永": ("Yong", "永"), "泰": ("Tai", "泰"),
    "和": ("He", "和"), "顺": ("Shun", "順"), "德": ("De", "德"), "兴": ("Xing", "興"), "塘": ("Tang", "塘"),
    "湾": ("Wan", "灣"), "坪": ("Ping", "坪"), "桥": ("Qiao", "橋"), "坝": ("Ba", "壩"), "岗": ("Gang", "崗"),
    "洲": ("Zhou", "洲"), "浦": ("Pu", "浦"), "亭": ("Ting", "亭"), "庄": ("Zhuang", "莊"),
}
PLACE_A = "青云柳枫石白临鹤桐松梅兰桂泉江湖平安宁丰长新龙凤金玉清明永泰顺德兴"
PLACE_B = "溪湖岭川源阳塘湾坪桥坝岗洲浦亭庄江平安宁和兴明"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玲文斌辉鹏飞宇浩然凯俊峰晨瑶欣怡雪琳婷倩颖佳慧嘉淑兰凤琴云莉梅海波宁亮林立新春秋远航晓东振兴德")
SURNAME_PY = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
              "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
              "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo", "郑": "Zheng", "梁": "Liang"}
TRAD_SURNAMES = list("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉程蘇魏呂丁")
TRAD_GIVEN = list("德榮華昌興隆福壽祥瑞文武光宗耀祖敬賢崇禮懷遠維新紹先繼業承志永年廷璋錫麟")

DEPTS = ["发展和改革局", "住房和城乡建设局", "农业农村局", "卫生健康局", "教育局", "民政局", "应急管理局",
         "市场监督管理局", "生态环境分局", "人力资源和社会保障局", "财政局", "自然资源局", "交通运输局",
         "文化广电旅游体育局", "退役军人事务局", "水利局", "司法局", "医疗保障局", "城市管理和综合执法局"]
CO_BRAND = list("恒瑞信达华通联创益宏盛泰鼎嘉博远航润锦")
CO_IND = ["科技", "建设工程", "物业服务", "食品", "环保科技", "贸易", "物流", "园林绿化", "信息技术", "建材", "医疗器械",
          "农业开发", "新能源", "电子"]
TOPICS = ["人居环境整治", "防汛备汛", "森林防火", "燃气安全排查", "电动自行车充电安全", "创文巩卫", "城乡居民医保征缴",
          "基层治理", "河湖长制", "耕地保护", "校园周边安全", "食品安全", "养老服务", "根治欠薪", "垃圾分类",
          "安全生产月", "消夏纳凉晚会", "文明城市测评", "农村集体经济", "社区微改造"]
PROJECTS = ["污水管网改造", "农贸市场升级改造", "社区综合服务中心", "乡村振兴示范带", "小学教学楼", "体育公园",
            "智慧停车场", "口袋公园", "排涝泵站", "老年食堂", "党群服务驿站", "人行天桥", "滨河绿道", "冷链物流中心"]
POSTS = ["副县长", "副区长", "党工委书记", "办事处主任", "副镇长", "社区书记", "村委会主任", "局长", "副局长", "科长"]


def place2(r):
    a = r.pick(PLACE_A)
    b = r.pick(PLACE_B)
    while b == a:
        b = r.pick(PLACE_B)
    return a + b


def place_en(zh):
    return "".join(PLACE_CH[c][0] for c in zh).capitalize()


def place_trad(zh):
    return "".join(PLACE_CH[c][1] for c in zh)


def person(r):
    return r.pick(SURNAMES) + "".join(r.some(GIVEN, r.pick([1, 2, 2])))


def person_trad(r):
    return r.pick(TRAD_SURNAMES) + "".join(r.some(TRAD_GIVEN, 2))


def company(r, place=None):
    return (place or place2(r)) + "".join(r.some(CO_BRAND, 2)) + r.pick(CO_IND) + "有限公司"


def phone(r):
    return r.pick(["138", "139", "137", "135", "150", "151", "158", "186", "187", "189", "133", "177", "199"]) + \
        "".join(str(r.randrange(10)) for _ in range(8))


def landline(r):
    return "0%d-%d" % (r.randint(10, 999), r.randint(2000000, 89999999))


def num_n(r):
    return str(r.randint(2, 48))


def num_N(r):
    return str(r.randint(120, 9800))


def num_W(r):
    v = r.randint(12000, 980000)
    return "{:,}".format(v) if r.chance(0.4) else str(v)


def num_pct(r):
    k = r.random()
    if k < 0.15:
        return "100"
    if k < 0.6:
        return "%.1f" % r.uniform(82, 99.9)
    return "%.2f" % r.uniform(80, 99.95)


def num_pct1(r):
    return "%.1f" % r.uniform(1.2, 28)


def num_money(r):
    k = r.random()
    if k < 0.5:
        return "%.2f" % r.uniform(10, 9999)
    if k < 0.8:
        return str(r.randint(12, 8800))
    return "%.1f" % r.uniform(5, 999)


def num_yi(r):
    return "%.2f" % r.uniform(1.1, 86)


# ----------------------------------------------------------------------------------------------
# slot filler with masking (placeholders)
# ----------------------------------------------------------------------------------------------

PLACE_SUFFIX = {"city": "市", "county": "县", "district": "区", "town": "镇", "street": "街道", "comm": "社区",
                "village": "村", "xiang": "乡"}


def mask_digits(r, v, flavor):
    digits = re.sub(r"\D", "", v)
    nd = max(1, len(digits))
    if flavor in ("x", "X", "fw", "fwX"):
        ch = {"x": "x", "X": "X", "fw": "ｘ", "fwX": "Ｘ"}[flavor]
        if r.chance(0.65):
            out = re.sub(r"\d", ch, v)
        else:
            out = ch * r.pick([2, 2, 3]) if "." not in v else ch * 2 + "." + ch * r.pick([1, 2])
        return out
    if flavor == "×":
        return "×" * min(nd, r.pick([2, 2, 3]))
    if flavor in ("○", "circ0"):
        return ("○" if flavor == "○" else "〇") * min(nd, 3)
    if flavor == "△":
        return "△" * min(nd, 2)
    if flavor == "star":
        return "*" * min(nd, 4)
    return re.sub(r"\d", "x", v)  # 某 has no numeric form


def mask_place(r, flavor):
    return {"x": r.pick(["xx", "xx", "x"]), "X": r.pick(["XX", "XX", "XXX"]), "×": r.pick(["××", "×××"]),
            "某": r.pick(["某", "某某"]), "○": "○○", "△": "△△", "fw": "ｘｘ", "fwX": "ＸＸ", "star": "**",
            "circ0": "〇〇"}[flavor]


def mask_person(r, flavor, name):
    sur, given = name[0], name[1:]
    if flavor == "某":
        return r.pick([sur + "某", sur + "某", sur + "某某", "某某"])
    if flavor == "star":
        return r.pick([sur + "*" * len(given), sur + "*" + given[-1] if len(given) > 1 else sur + "*", sur + "**"])
    return {"x": r.pick(["xx", "xxx"]), "X": "XXX", "×": r.pick(["×××", "××"]), "○": "○○○", "△": "△△",
            "fw": "ｘｘｘ", "fwX": "ＸＸＸ", "circ0": "〇〇〇"}[flavor]


def mask_md(r, flavor, m, d):
    if flavor in ("x", "X", "fw", "fwX"):
        ch = {"x": "x", "X": "X", "fw": "ｘ", "fwX": "Ｘ"}[flavor]
        if r.chance(0.5):
            return ch * len(str(m)) + "月" + ch * len(str(d)) + "日"
        return r.pick([ch + "月" + ch * 2 + "日", ch * 2 + "月" + ch * 2 + "日", ch + "月" + ch + "日"])
    if flavor == "×":
        return r.pick(["×月×日", "××月××日"])
    if flavor in ("○", "circ0", "△"):
        c = {"○": "○", "circ0": "〇", "△": "△"}[flavor]
        return c + "月" + c + "日"
    if flavor == "star":
        return "*月*日"
    return "x月xx日"


def mask_year(r, flavor):
    return {"x": "20xx", "X": "20XX", "×": r.pick(["20××", "××××"]), "○": "○○○○", "△": "△△△△", "fw": "20ｘｘ",
            "fwX": "20ＸＸ", "star": "20**", "circ0": "〇〇〇〇", "某": "20xx"}[flavor]


class Fill:
    """Fills {slot}s with invented real values; with probability p (per slot / per entity) the value
    is replaced by a placeholder of the given flavor and becomes a span."""

    NUM = {"n": num_n, "N": num_N, "W": num_W, "pct": num_pct, "gr": num_pct1, "money": num_money,
           "yi": num_yi}

    def __init__(self, r, p=0.0, flavor="x", classes=("num", "place", "date", "person", "org", "doc"),
                 budget=None):
        self.r = r
        self.p = p
        self.flavor = flavor          # one flavor, or a dict class -> flavor
        self.classes = list(classes)
        self.cache = {}
        self.masked = 0
        self.budget = budget

    def want(self, cls):
        if cls not in self.classes or self.p <= 0:
            return False
        if self.budget is not None and self.masked >= self.budget:
            return False
        return self.r.random() < self.p

    def fl(self, cls):
        f = self.flavor
        if isinstance(f, dict):
            f = f.get(cls, f.get("*", "x"))
        if f == "某" and cls in ("num", "date", "doc"):
            return "x"
        return f

    def span(self, doc, text):
        self.masked += 1
        doc.s(text)

    def entity(self, key, maker):
        if key not in self.cache:
            self.cache[key] = maker()
        return self.cache[key]

    def __call__(self, doc, slot):
        r = self.r
        base = re.sub(r"\d+$", "", slot)
        if base in self.NUM:
            v = self.NUM[base](r)
            if self.want("num"):
                self.span(doc, mask_digits(r, v, self.fl("num")))
            else:
                doc.p(v)
            return
        if base in PLACE_SUFFIX or base in ("place", "placename"):
            name, masked = self.entity(slot, lambda: (place2(r), self.want("place")))
            suf = PLACE_SUFFIX.get(base, "")
            if masked:
                key = slot + "#mask"
                m = self.entity(key, lambda: mask_place(r, self.fl("place")))
                self.span(doc, m)
            else:
                doc.p(name)
            doc.p(suf)
            return
        if base == "org":
            (pl, dept, lvl), masked = self.entity(slot, lambda: ((place2(r), r.pick(DEPTS), r.pick("市县区")), self.want("org")))
            if masked:
                self.span(doc, self.entity(slot + "#mask", lambda: mask_place(r, self.fl("place"))))
            else:
                doc.p(pl)
            doc.p(lvl + dept)
            return
        if base == "co":
            (pl, rest), masked = self.entity(slot, lambda: ((place2(r) + "".join(r.some(CO_BRAND, 2)),
                                                            r.pick(CO_IND) + "有限公司"), self.want("org")))
            if masked:
                f = self.fl("place")
                self.span(doc, self.entity(slot + "#mask", lambda: "某某" if f == "某" else mask_place(r, f)))
            else:
                doc.p(pl)
            doc.p(rest)
            return
        if base == "name":
            nm, masked = self.entity(slot, lambda: (person(r), self.want("person")))
            if masked:
                self.span(doc, self.entity(slot + "#mask", lambda: mask_person(r, self.fl("person"), nm)))
            else:
                doc.p(nm)
            return
        if base == "md":
            m, d = r.randint(1, 12), r.randint(1, 28)
            if self.want("date"):
                self.span(doc, mask_md(r, self.fl("date"), m, d))
            else:
                doc.p("%d月%d日" % (m, d))
            return
        if base == "year":
            y = self.entity("year", lambda: r.randint(2019, 2024))
            doc.p(str(y))
            return
        if base == "ym":
            y = self.entity("year", lambda: r.randint(2019, 2024))
            m = r.randint(1, 12)
            if self.want("date"):
                f = self.fl("date")
                mch = {"x": "x", "X": "X", "×": "×", "○": "○", "△": "△", "fw": "ｘ", "fwX": "Ｘ", "star": "*",
                       "circ0": "〇"}.get(f, "x")
                if r.chance(0.5):
                    doc.p("%d年" % y)
                    self.span(doc, mch + "月")
                else:
                    self.span(doc, mask_year(r, f) + "年" + mch + "月")
            else:
                doc.p("%d年%d月" % (y, m))
            return
        if base == "date":
            y = self.entity("year", lambda: r.randint(2019, 2024))
            m, d = r.randint(1, 12), r.randint(1, 28)
            if self.want("date"):
                f = self.fl("date")
                if r.chance(0.5):
                    doc.p("%d年" % y)
                    self.span(doc, mask_md(r, f, m, d))
                else:
                    self.span(doc, mask_year(r, f) + "年" + mask_md(r, f, m, d))
            else:
                doc.p("%d年%d月%d日" % (y, m, d))
            return
        if base == "phone":
            ph = phone(r)
            if self.want("person"):
                f = self.flavor
                if f == "star" or f == "某":
                    self.span(doc, ph[:3] + "****" + ph[-4:])
                elif f in ("x", "X", "fw", "fwX"):
                    ch = {"x": "x", "X": "X", "fw": "ｘ", "fwX": "Ｘ"}[f]
                    self.span(doc, r.pick(["1" + ch * 10, ph[:3] + ch * 8, ph[:3] + "-" + ch * 4 + "-" + ch * 4]))
                else:
                    self.span(doc, ph[:3] + "****" + ph[-4:])
            else:
                doc.p(ph)
            return
        if base == "docno":
            ab = self.entity("docab", lambda: r.pick(PLACE_A))
            y = self.entity("year", lambda: r.randint(2019, 2024))
            kind = r.pick(["政办", "政发", "办发", "发", "府办"])
            num = str(r.randint(3, 168))
            f = self.fl("doc")
            if self.want("doc"):
                if r.chance(0.5):
                    self.span(doc, {"x": "x", "X": "X", "×": "×", "○": "○", "△": "△", "fw": "ｘ", "fwX": "Ｘ",
                                    "star": "*", "circ0": "〇"}.get(f, "x"))
                else:
                    doc.p(ab)
                doc.p(kind + "〔%d〕" % y)
                self.span(doc, mask_digits(r, num, f))
                doc.p("号")
            else:
                doc.p(ab + kind + "〔%d〕%s号" % (y, num))
            return
        if base == "topic":
            doc.p(self.entity(slot, lambda: r.pick(TOPICS)))
            return
        if base == "proj":
            doc.p(self.entity(slot, lambda: r.pick(PROJECTS)))
            return
        if base == "post":
            doc.p(r.pick(POSTS))
            return
        if base == "k":
            doc.p(str(r.randint(1, 5)))
            return
        if base == "byear":
            doc.p(str(r.randint(1950, 2001)))
            return
        if base == "tpost":
            doc.p(r.pick(["党委书记", "镇长", "副镇长", "人大主席", "党委副书记"]))
            return
        if base == "dept":
            doc.p(self.entity(slot, lambda: r.pick(DEPTS)))
            return
        if base == "surname":
            doc.p(r.pick(SURNAMES))
            return
        if base == "age":
            v = str(r.randint(19, 78))
            if self.want("num"):
                self.span(doc, mask_digits(r, v, self.fl("num")))
            else:
                doc.p(v)
            return
        raise GenError("unknown slot " + slot)


def plain_fill(r):
    return Fill(r, 0.0)


# ----------------------------------------------------------------------------------------------
# sentence banks (written for this collection; slots in braces)
# ----------------------------------------------------------------------------------------------

REPORT = [
    "全年完成地区生产总值{yi}亿元，同比增长{gr}%。",
    "规模以上工业增加值达到{yi}亿元，较上年提高{gr}个百分点。",
    "新引进项目{n}个，计划总投资{money}万元，目前已全部开工。",
    "完成固定资产投资{yi}亿元，完成年度目标任务的{pct}%。",
    "新增市场主体{N}户，同比增长{gr}%。",
    "实现一般公共预算收入{money}万元，税收收入占比{pct}%。",
    "帮助辖区企业争取各类补贴资金{money}万元，惠及企业{n}家。",
    "开展安全生产检查{n}次，排查整改隐患{N}处，整改率{pct}%。",
    "组织消防应急演练{n}场，参与群众{N}人次。",
    "受理矛盾纠纷{N}宗，调解成功率达{pct}%。",
    "为辖区{N}名65岁以上老年人提供免费健康体检，建档率达{pct}%。",
    "累计接种疫苗{W}剂次，其中加强免疫{N}剂次。",
    "家庭医生签约服务覆盖{N}户，重点人群签约率{pct}%。",
    "新建、改扩建幼儿园{n}所，新增学位{N}个。",
    "发放困难学生资助金{money}万元，受助学生{N}人次。",
    "完成河道清淤{n}公里，清理岸线垃圾{N}吨。",
    "新增绿化面积{N}平方米，空气质量优良天数比例达{pct}%。",
    "全年办理环境信访件{n}宗，办结率{pct}%。",
    "发放低保金、特困供养金共计{money}万元，保障困难群众{N}人。",
    "新建社区养老服务站{n}个，为{N}名老人提供助餐服务。",
    "走访慰问退役军人及优抚对象{N}人次，发放慰问金{money}万元。",
    "开展理论学习中心组学习{n}次，举办专题党课{n2}场。",
    "发展党员{n}名，按期转正预备党员{n2}名。",
    "组织{N}名在职党员到社区报到，认领服务项目{N2}个。",
    "{village}新建高标准农田{N}亩，粮食播种面积稳定在{W}亩。",
    "发展特色种植{N}亩，带动农户{N2}户增收。",
    "完成农村户厕改造{N}户，生活污水治理覆盖{n}个自然村。",
    "完成老旧小区改造{n}个，惠及居民{N}户。",
    "整治占道经营{N}宗，拆除违法建设{W}平方米。",
    "{street}完成背街小巷提升{n}条，新增停车位{N}个。",
    "举办招聘会{n}场，提供就业岗位{N}个，城镇新增就业{N2}人。",
    "开展职业技能培训{n}期，培训{N}人次，取证率{pct}%。",
    "{md}，{org}召开专题会议，部署{topic}工作。",
    "{ym}起，在全{county}范围内开展为期{n}个月的{topic}专项行动。",
    "截至{md}，{topic}工作已完成年度任务的{pct}%。",
    "由{org}牵头，会同{org2}对{n}家企业开展联合检查。",
    "{name}同志带领{village}村民完成道路硬化{n}公里。",
    "{co}投资{money}万元建设的{proj}项目已于{md}竣工验收。",
    "经{org}审核，{co}等{n}家单位符合申报条件。",
    "争取上级专项资金{money}万元，其中{gr}%用于{proj}项目。",
    "全年“三公”经费支出{money}万元，比上年下降{gr}%。",
    "接入城市运行管理平台的视频点位达{N}个，全年处置各类事件{W}件。",
    "政务服务事项可网办率达{pct}%，全年办理业务{W}件。",
    "{comm}组建志愿服务队{n}支，注册志愿者{N}人，开展活动{N2}场次。",
    "{town}完成土地流转{N}亩，村集体经济收入平均增长{gr}%。",
    "全年接待游客{W}人次，实现旅游收入{yi}亿元。",
    "处理12345热线工单{W}件，按时办结率{pct}%，满意率{pct2}%。",
    "开展食品安全抽检{N}批次，合格率{pct}%。",
    "完成城乡居民医保参保{W}人，参保率{pct}%。",
    "{name}任{town}{tpost}期间，推动{proj}项目落地。",
]

REPORT_EN = [
    ("{street}完成老旧小区改造{n}个，惠及居民{N}户。",
     "{street_en} Sub-district renovated {n} old residential compounds, benefiting {N} households."),
    ("全年新增城镇就业{N}人，城镇登记失业率控制在{gr}%以内。",
     "A total of {N} new urban jobs were created, and the registered urban unemployment rate was kept below {gr}%."),
    ("{county}共建成农村公路{n}公里。",
     "{county_en} County built {n} kilometres of rural roads."),
    ("我区为{N}名老年人提供居家养老服务。",
     "The district provided home-based elderly care services for {N} senior citizens."),
    ("全年接待游客{W}人次，同比增长{gr}%。",
     "The area received {W} tourist visits during the year, up {gr}% year on year."),
    ("政务服务事项可网办率达到{pct}%。",
     "{pct}% of government services can now be handled online."),
    ("{town}新建污水处理设施{n}座。",
     "{town_en} Town built {n} new sewage treatment facilities."),
    ("新增市场主体{N}户。",
     "{N} new market entities were registered."),
]

SECTION_HEADS = ["一、{year}年工作回顾", "二、存在的主要问题", "三、{year2}年工作安排", "（一）坚持党建引领，夯实基层基础",
                 "（二）聚焦项目建设，推动经济发展", "（三）强化民生保障，提升群众获得感", "（四）守牢安全底线，维护社会稳定",
                 "一、主要工作及成效", "二、下一步工作打算", "（五）加强自身建设，提升服务效能"]

TITLES = ["关于{county}{year}年度{topic}工作情况的报告", "{street}{year}年上半年工作总结", "{org}{year}年工作总结和{year2}年工作计划",
          "关于做好{topic}工作的通知", "{comm}{year}年度工作报告", "{town}关于{proj}项目进展情况的汇报",
          "{org}关于开展{topic}专项行动的实施方案"]




def render_line(doc, r, tpl, fill, dmg=None):
    # {year2} is resolved to the year after {year}
    if "{year2}" in tpl:
        y = fill.entity("year", lambda: r.randint(2019, 2024))
        tpl = tpl.replace("{year2}", str(y + 1))
    if "{pct2}" in tpl:
        tpl = tpl.replace("{pct2}", "{pct}")
    return M(doc, tpl, fill, dmg)


def report_para(doc, r, fill, k, joiner=""):
    sents = r.some(REPORT, k)
    for i, s in enumerate(sents):
        if i and joiner:
            doc.p(joiner)
        render_line(doc, r, s, fill)
    return doc


def report_doc(doc, r, fill, nlines=None, title=True, heads=True, para=(2, 4)):
    nlines = nlines or r.randint(3, 8)
    lines = 0
    if title:
        render_line(doc, r, r.pick(TITLES), fill)
        doc.nl()
        lines += 1
    hs = r.some(SECTION_HEADS, 4)
    hi = 0
    while lines < nlines:
        if heads and r.chance(0.3) and hi < len(hs):
            render_line(doc, r, hs[hi], fill)
            hi += 1
        else:
            lead = r.pick(["", "", "一是", "二是", "三是", "同时，", "此外，", "今年以来，"])
            if lead:
                doc.p(lead)
            report_para(doc, r, fill, r.randint(*para))
        lines += 1
        if lines < nlines:
            doc.nl()
    return doc


def lines_of(doc):
    return doc.plain_text().split("\n")


def clean_report_lines(r, n=None, title=True):
    return lines_of(report_doc(Doc(), r, plain_fill(r), n, title))


# ----------------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------------

STYLES = []


class Style:
    def __init__(self, name, family, label, note, fn):
        self.name, self.family, self.label, self.note, self.fn = name, family, label, note, fn


def style(name, family, label, note):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name

    def deco(fn):
        if any(s.name == name for s in STYLES):
            raise ValueError("duplicate style " + name)
        STYLES.append(Style(name, family, label, note, fn))
        return fn
    return deco


PH, MJ = "ph", "mj"
POS_PH, POS_MJ, NEG = "placeholder", "mojibake", "negative"


def join_lines(doc, r, tpls, fill, dmg=None):
    for i, t in enumerate(tpls):
        if i:
            doc.nl()
        render_line(doc, r, t, fill, dmg)
    return doc


# ============================== ph: placeholder positives =====================================

@style("report_counts_lower_x", PH, POS_PH, "work report; counts masked with lower-case x runs (xx户, xxx人次)")
def _(r):
    return report_doc(Doc(), r, Fill(r, 0.4, "x", ("num",)))


@style("report_money_pct_masked", PH, POS_PH, "work report; amounts and rates masked (xx.xx万元, xxx%, X.X个百分点)")
def _(r):
    f = Fill(r, 0.5, r.pick(["x", "x", "X"]), ("num",))
    f.NUM = dict(Fill.NUM)
    doc = Doc()
    sents = [s for s in REPORT if "{money" in s or "{pct" in s or "{yi" in s]
    for i, s in enumerate(r.some(sents, r.randint(2, 7))):
        if i:
            doc.p(r.pick(["", "", "\n"]))
        render_line(doc, r, s, f)
    return doc


@style("report_places_upper_xx", PH, POS_PH, "work report; place and unit names masked as XX (XX街道, XX社区, XX县应急管理局)")
def _(r):
    return report_doc(Doc(), r, Fill(r, 0.75, "X", ("place", "org")))


@style("report_heavy_mask_halfwidth", PH, POS_PH,
       "compiled anonymised summary, almost every fact masked, half-width punctuation as in scraped compilations")
def _(r):
    doc = report_doc(Doc(), r, Fill(r, 0.8, "x"), r.randint(4, 10))
    return halfwidth(doc)


@style("report_single_needle", PH, POS_PH, "long clean report with exactly one masked value somewhere")
def _(r):
    f = Fill(r, 0.07, r.pick(["x", "X", "×", "x"]), budget=1)
    return report_doc(Doc(), r, f, r.randint(8, 12), para=(2, 3))


DATE_LINES = ["{md}，{org}召开{topic}工作推进会。", "{date}，{county}{topic}现场会在{town}举行。",
              "{ym}至今，共开展{topic}督查{n}轮，发现问题{n2}个。", "{md}至{md2}，组织{N}名机关干部下沉社区。",
              "各单位须于{date}前完成全部整改任务并报送{org}。", "{md}上午，{name}带队到{comm}检查{topic}工作。",
              "{ym}，{street}被评为市级文明单位。", "活动时间：{md}—{md2}", "报名截止时间为{date}17时。",
              "{md}，{co}与{town}签订{proj}项目合作协议。"]


@style("dates_masked", PH, POS_PH, "meeting and event dates masked (x月xx日, 20xx年x月, X月X日)")
def _(r):
    f = Fill(r, 0.7, r.pick(["x", "x", "X", "×", "fw"]), ("date",))
    return join_lines(Doc(), r, r.some(DATE_LINES, r.randint(2, 6)), f)


@style("report_cross_marks", PH, POS_PH, "report with multiplication-sign blanks (××社区, ×××万元, ×月×日)")
def _(r):
    return report_doc(Doc(), r, Fill(r, 0.55, "×"))


@style("ocr_fullwidth_x", PH, POS_PH, "OCR / full-width conversion of a masked report (ｘｘ户, ＸＸ镇)")
def _(r):
    doc = report_doc(Doc(), r, Fill(r, 0.5, r.pick(["fw", "fwX"])), r.randint(2, 6))
    return doc


@style("report_circle_marks", PH, POS_PH, "report with circle blanks (○○村, 〇〇〇户, ○月○日)")
def _(r):
    return report_doc(Doc(), r, Fill(r, 0.5, r.pick(["○", "circ0"])))


@style("title_only_masked", PH, POS_PH, "only the title carries the placeholder; the body is filled in")
def _(r):
    doc = Doc()
    tf = Fill(r, 1.0, r.pick(["x", "X", "×", "某"]), ("place", "org"))
    t = r.pick([x for x in TITLES if "{county}" in x or "{street}" in x or "{org}" in x or "{comm}" in x
                or "{town}" in x])
    render_line(doc, r, t, tf)
    doc.nl()
    report_doc(doc, r, plain_fill(r), r.randint(2, 6), title=False)
    return doc


NOTICE_BODY = ["根据《{org2}关于做好{topic}工作的通知》（{docno}）要求，结合我{lvl}实际，现就有关事项通知如下。",
               "一、工作目标。到{year}年底，全{lvl}{topic}工作机制基本健全。",
               "二、工作措施。各单位要明确一名分管领导和一名联络员，于每月5日前报送工作进展。",
               "三、工作要求。请各单位高度重视，压实工作责任，确保各项任务按时完成。",
               "联系人：{name}，联系电话：{phone}。",
               "本通知自印发之日起施行，原《{org}关于加强{topic}管理的通知》（{docno2}）同时废止。"]


def notice_doc(doc, r, head_fill, body_fill, sig_fill, lines=None):
    lvl = r.pick(["县", "区", "市"])
    y = r.randint(2019, 2024)
    topic = r.pick(TOPICS)
    org = (place2(r), r.pick(DEPTS), r.pick("市县区"))
    for f in (head_fill, body_fill, sig_fill):
        f.cache.setdefault("year", y)
        f.cache.setdefault("topic", topic)
        if "org" not in f.cache:
            f.cache["org"] = (org, f.want("org"))
    render_line(doc, r, "{org}关于做好{topic}工作的通知", head_fill)
    doc.nl()
    render_line(doc, r, "{docno}", head_fill)
    doc.nl()
    render_line(doc, r, r.pick(["各{xiang}人民政府，{county}直各单位：", "各街道办事处，区直各部门：", "各有关单位："]), body_fill)
    body = r.some_ordered(NOTICE_BODY, lines or r.randint(2, 5))
    for b in body:
        doc.nl()
        render_line(doc, r, b.replace("{lvl}", lvl), body_fill)
    doc.nl()
    render_line(doc, r, "{org}", sig_fill)
    doc.nl()
    render_line(doc, r, "{date}", sig_fill)
    return doc


@style("notice_docno_masked", PH, POS_PH, "official notice whose document numbers are masked (x政办〔2022〕xx号)")
def _(r):
    f = Fill(r, 0.9, r.pick(["x", "X", "×"]), ("doc",))
    return notice_doc(Doc(), r, f, f, plain_fill(r))


@style("notice_signature_masked", PH, POS_PH, "notice with a masked issuing unit and date in the signature block only")
def _(r):
    sig = Fill(r, 0.95, r.pick(["×", "x", "X", "○"]), ("org", "place", "date"))
    return notice_doc(Doc(), r, plain_fill(r), plain_fill(r), sig)


MINUTES = ["时间：{date}{hh}", "地点：{comm}党群服务中心二楼会议室", "主持人：{name}", "参会人员：{name2}、{name3}、{name4}、{name5}",
           "记录人：{name6}", "会议议题：研究{topic}有关事项", "一、{name2}通报了近期{topic}工作进展，累计完成{pct}%。",
           "二、{name3}就{proj}项目资金使用情况作了说明，已拨付{money}万元。",
           "三、会议议定：由{name4}负责牵头，于{md}前拿出具体方案。", "缺席人员：{name7}（请假）"]


@style("minutes_pseudonyms", PH, POS_PH, "meeting minutes with attendees pseudonymised (张某、李某某) and some dates masked")
def _(r):
    f = Fill(r, 0.7, {"person": "某", "date": r.pick(["x", "×"]), "*": "x"}, ("person", "date"))
    rows = MINUTES[:4] + r.some_ordered(MINUTES[4:], r.randint(2, 5))
    doc = Doc()
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        render_line(doc, r, t.replace("{hh}", r.pick(["上午9:00", "下午3时", "14:30", ""])), f)
    return doc


JUDGMENT = ["原告：{name}，{sex}，{byear}年出生，汉族，住{city}{district}。", "被告：{co}，住所地{city}{district2}。",
            "法定代表人：{name2}，该公司总经理。", "委托诉讼代理人：{name3}，{city}某律师事务所律师。",
            "原告{name}向本院提出诉讼请求：判令被告支付货款{money}元及逾期付款利息。",
            "事实和理由：{date}，原、被告签订《购销合同》，约定被告向原告购买建材一批。",
            "本院认为，当事人应当按照约定全面履行自己的义务。", "被告{co}于本判决生效之日起十日内支付原告{name}货款{money2}元。",
            "证人{name4}出庭作证，称其于{md}见到被告员工在现场卸货。"]


@style("court_judgment_pseudonyms", PH, POS_PH, "anonymised civil judgment: parties 张某/某某公司, addresses masked")
def _(r):
    f = Fill(r, 0.85, {"person": "某", "org": "某", "place": r.pick(["x", "X", "某"]), "*": "x"},
             ("person", "org", "place"))
    rows = JUDGMENT[:3] + r.some_ordered(JUDGMENT[3:], r.randint(1, 5))
    doc = Doc()
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        t = t.replace("{sex}", r.pick(["男", "女"]))
        if "某律师事务所" in t:
            # the law firm is masked as well: mark it
            t = t.replace("某律师事务所", "⟪某⟫律师事务所")
        render_line(doc, r, t, f)
    return doc


POLICE = ["{md}{hh}时许，{district}{town}一民房内发生一起盗窃案件。", "经查，犯罪嫌疑人{name}（男，{age}岁，{county}人）对上述违法事实供认不讳。",
          "接到报警后，{town}派出所民警迅速赶到现场，当场将{name2}（女，{age2}岁）控制。",
          "目前，{name}已被依法刑事拘留，案件正在进一步侦办中。", "{district}公安分局",
          "涉案车辆为一辆白色小型轿车，号牌为{plate}。", "受害人{name3}称其于当晚被骗走现金{money}元。"]


@style("police_bulletin_pseudonyms", PH, POS_PH, "police bulletin: suspects 李某 (男, xx岁), plates 粤X·XXXXX")
def _(r):
    f = Fill(r, 0.8, {"person": "某", "num": "x", "*": "x"}, ("person", "num"))
    doc = Doc()
    rows = r.some_ordered(POLICE, r.randint(2, 5))
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        t = t.replace("{hh}", str(r.randint(1, 23)))
        if "{plate}" in t:
            pre, post = t.split("{plate}")
            render_line(doc, r, pre, f)
            doc.p(r.pick("粤湘赣桂闽浙苏鲁豫川"))
            doc.s(r.pick(["A·***", "X·XXXXX", "B·××××", "***", "C·xxxx"]))
            f.masked += 1
            render_line(doc, r, post, f)
        else:
            render_line(doc, r, t, f)
    return doc


CASE = ["案例{n}：{city}{district}{comm}居民{name}反映，小区电梯频繁故障，物业长期不予维修。",
        "{street}网格员{name2}接到反映后，当天上门核实，并联系{co}维修人员到场。",
        "【案例分析】本案中，{name}的诉求属于物业服务合同纠纷，社区可先行调解。",
        "{county}{town}某村村民{name3}与邻居因宅基地边界发生争执，多次发生肢体冲突。",
        "调解员{name4}先后{n}次入户走访，最终促成双方签订调解协议。", "思考题：如果你是{name2}，你会如何处理？"]


@style("teaching_case_anonymised", PH, POS_PH, "case study in training material, places and people anonymised (某市某区, 王某)")
def _(r):
    f = Fill(r, 0.85, {"person": "某", "place": "某", "org": "某", "*": "x"}, ("person", "place", "org"))
    doc = Doc()
    rows = [CASE[0]] + r.some_ordered(CASE[1:], r.randint(1, 4))
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        t = t.replace("某村", "⟪某⟫村")
        render_line(doc, r, t, f)
    return doc


TIEBA = ["楼主⟪xx⟫大学大三，专业就不说了，怕被认出来。", "我们院的⟪x⟫老师上课从来不点名，但期末只给⟪xx⟫分以上的人过。",
         "室友⟪某x⟫天天凌晨两点打游戏，说了好几次都没用。", "去年在⟪xx⟫中学实习，带教老师人很好。",
         "坐标⟪xx⟫市，求推荐靠谱的驾校，预算三千左右。", "今天在食堂碰到⟪某某⟫学长，他居然还记得我。",
         "最后说一句，⟪x⟫教授的课真的别选，血的教训。", "高中同学⟪x某⟫现在在⟪xx⟫银行上班，听说待遇一般。",
         "有没有⟪xxx⟫专业的学长学姐，想问下考研怎么准备。", "我导师是⟪X⟫老师，组里一共⟪x⟫个人。"]
TIEBA_CLEAN = ["先说结论：能去就去，别犹豫。", "以上纯属个人感受，不喜勿喷。", "顶一下，求大佬解答。", "谢谢各位，已经找到了。",
               "回复 3楼：是的，宿舍是四人间，有独立卫生间。", "宿舍楼下的奶茶店开到晚上十一点。", "食堂二楼的麻辣烫真的可以。"]


@style("tieba_post_school_mask", PH, POS_PH, "Tieba-style post masking schools, teachers and classmates (xx大学, x老师, 某x)")
def _(r):
    doc = Doc()
    rows = r.some(TIEBA, r.randint(1, 4)) + r.some(TIEBA_CLEAN, r.randint(0, 3))
    r.shuffle(rows)
    if r.chance(0.5):
        rows.insert(0, r.pick(["【求助】", "【吐槽】", "【经验贴】", "【水】"]) + r.pick(["想问问大家的意见", "说说我的经历", "新人报到"]))
    return join_lines(doc, r, rows, plain_fill(r))


DOUBAN = ["在⟪某x⟫公司干了三年，今天终于提了离职。", "组长⟪X姐⟫人挺好，就是开会太多。", "隔壁组的⟪某某⟫又把锅甩给我们。",
          "我们部门老大姓⟪x⟫，四十多岁，每天最早到公司。", "面试的时候HR说双休，入职后发现是大小周，公司就不点名了，大家懂的都懂，⟪××⟫科技。",
          "前同事⟪小x⟫跳槽去了⟪xx⟫，工资涨了四成。", "离职那天⟪x总⟫请我们吃了顿饭，还挺感动的。"]
DOUBAN_CLEAN = ["记录一下，以后回头看看。", "今天下班早，去江边走了走，风很大。", "小组里有没有同样情况的姐妹？", "希望明年一切顺利。",
                "第一次发帖，排版不好见谅。", "（已经删掉了一些细节）"]


@style("douban_post_person_mask", PH, POS_PH, "Douban group post masking colleagues and employers (某x公司, x总, 小x)")
def _(r):
    rows = r.some(DOUBAN, r.randint(1, 3)) + r.some(DOUBAN_CLEAN, r.randint(1, 3))
    r.shuffle(rows)
    return join_lines(Doc(), r, rows, plain_fill(r))


NICKS = ["夜雨听风", "小熊饼干", "打野不带刀", "柠檬不萌", "阿狸的尾巴", "咸鱼翻身记", "北城以北", "一只小透明", "菜鸡互啄",
         "星河滚烫", "今天也要加油", "奶茶三分糖", "山海不可平", "摸鱼达人"]
CHAT_MSG = ["集合了集合了，副本马上开", "谁有多余的强化石，换一个", "刚才那波团战太亏了", "今晚八点公会战，别迟到",
            "我掉线了，等我一下", "这把稳了", "下次带我一个", "奶妈在哪？", "收到", "哈哈哈哈哈"]


@style("game_chat_log_masked_ids", PH, POS_PH, "exported game chat log with player names masked (玩家***, 用户1**8)")
def _(r):
    doc = Doc()
    n = r.randint(3, 9)
    t0 = r.randint(0, 23 * 3600)
    masked = 0
    for i in range(n):
        if i:
            doc.nl()
        t0 += r.randint(1, 40)
        doc.p("[%02d:%02d:%02d] " % (t0 // 3600 % 24, t0 // 60 % 60, t0 % 60))
        if r.chance(0.45) or (i == n - 1 and masked == 0):
            doc.p(r.pick(["[世界]", "[公会]", "[队伍]", ""]))
            doc.s(r.pick(["***", "****", "玩家***", "用户1**8", r.pick(NICKS)[0] + "**", "游客****"]))
            masked += 1
        else:
            doc.p(r.pick(["[世界]", "[公会]", "[队伍]", ""]) + r.pick(NICKS))
        doc.p("：" + r.pick(CHAT_MSG))
    return doc


CS_LINES = ["客服：您好，⟪{{客户昵称}}⟫，很高兴为您服务，请问有什么可以帮您？", "客服：您的订单⟪{{订单号}}⟫已发货，预计⟪{{送达时间}}⟫送达。",
            "用户：我昨天买的空调什么时候能装？", "客服：已为您登记安装，师傅会在24小时内联系您。", "用户：好的，谢谢",
            "客服：感谢您的耐心等待，⟪${nickname}⟫，祝您生活愉快！", "系统：会话已由⟪{agent_name}⟫接入", "用户：在吗",
            "客服：亲，您反映的问题已提交给售后专员⟪[坐席姓名]⟫处理。"]


@style("customer_service_bot_tokens", PH, POS_PH, "live-chat transcript where the bot left unfilled template tokens")
def _(r):
    rows = [CS_LINES[0]] + r.some(CS_LINES[1:], r.randint(2, 6))
    doc = Doc()
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        M(doc, t)
    if doc.n_spans() == 0:
        raise GenError("no token")
    return doc


@style("contact_phone_masked", PH, POS_PH, "notice contact lines with starred or x-ed phone numbers (138****5678)")
def _(r):
    f = Fill(r, 0.85, r.pick(["star", "star", "x", "X"]), ("person",))
    f2 = Fill(r, 0.0)
    doc = Doc()
    intro = r.pick(["现将{topic}工作联络员名单公布如下：", "如有疑问，请与以下人员联系：", "报名咨询：", "各小区联系人及电话："])
    render_line(doc, r, intro, f2)
    for i in range(r.randint(1, 5)):
        doc.nl()
        render_line(doc, r, r.pick(["{comm}：{name}，{phone}", "{name}（{post}）  {phone}", "联系人：{name}  手机：{phone}",
                                    "{street}  {name}  {phone}"]), _PhoneFill(f))
    return doc


class _PhoneFill:
    """masks only phones through the wrapped filler; names and places stay real."""

    def __init__(self, f):
        self.f = f
        self.plain = Fill(f.r, 0.0)

    def __call__(self, doc, slot):
        if slot.startswith("phone"):
            return self.f(doc, slot)
        return self.plain(doc, slot)


def id_number(r):
    area = r.pick(["440103", "430104", "360102", "450305", "350203", "330106", "510107", "410105"])
    y = r.randint(1955, 2003)
    birth = "%d%02d%02d" % (y, r.randint(1, 12), r.randint(1, 28))
    seq = "%03d" % r.randint(0, 999)
    body = area + birth + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + chk


@style("id_number_and_name_masked", PH, POS_PH, "registration list with identity numbers starred in the middle and names starred (张**)")
def _(r):
    doc = Doc()
    head = r.pick(["序号  姓名  身份证号  所在村（社区）", "序号  姓名  证件号码  补贴金额（元）"])
    doc.p(head)
    for i in range(r.randint(2, 6)):
        doc.nl()
        nm = person(r)
        idn = id_number(r)
        doc.p("%d  " % (i + 1))
        if r.chance(0.8):
            doc.s(mask_person(r, "star", nm))
        else:
            doc.p(nm)
        doc.p("  ")
        k = r.pick([(6, 4), (4, 4), (3, 3), (10, 4)])
        doc.p(idn[:k[0]])
        doc.s("*" * (18 - k[0] - k[1]))
        if idn.endswith("X"):
            doc.p(idn[-k[1]:-1])
            doc.t("X")          # the check digit X is part of the real number, not a placeholder
        else:
            doc.p(idn[-k[1]:])
        doc.p("  " + (r.pick([place2(r) + "村", place2(r) + "社区"]) if "村" in head else str(r.randint(3, 60) * 100)))
    return doc


@style("award_list_name_stars", PH, POS_PH, "published winners list with given names starred (王*明, 李**)")
def _(r):
    doc = Doc()
    doc.p(r.pick(["{year}年度“最美家庭”评选结果公示".replace("{year}", str(r.randint(2019, 2024))),
                  "第%d届社区运动会获奖名单" % r.randint(2, 12), "“书香少年”征文比赛获奖名单", "抽奖活动中奖名单公布"]))
    for lvl in r.some(["一等奖", "二等奖", "三等奖", "优秀奖", "特等奖"], r.randint(1, 4)):
        doc.nl()
        doc.p(lvl + "：")
        k = r.randint(1, 5)
        for j in range(k):
            if j:
                doc.p("、")
            nm = person(r)
            if r.chance(0.85) or j == 0:
                doc.s(mask_person(r, "star", nm))
            else:
                doc.p(nm[0] + r.pick(["女士", "先生", "同学"]))
            if r.chance(0.3):
                doc.p("（尾号")
                doc.p(str(r.randint(1000, 9999)))
                doc.p("）")
    return doc


MM_FIELDS = {
    "{{%s}}": {"name": ["姓名", "客户姓名", "name"], "id": ["学号", "编号", "合同编号"], "amount": ["金额", "应缴金额"],
               "unit": ["单位", "单位名称", "company"], "addr": ["地址", "邮寄地址"], "date": ["日期", "签约日期", "date"]},
    "${%s}": {"name": ["name", "userName", "姓名"], "id": ["id", "contractNo", "studentNo"], "amount": ["amount", "fee"],
              "unit": ["orgName", "company", "单位名称"], "addr": ["address", "addr"], "date": ["date", "signDate"]},
    "«%s»": {"name": ["姓名", "FirstName", "称谓"], "id": ["编号", "学号"], "amount": ["金额"], "unit": ["单位", "Company"],
             "addr": ["地址", "邮编"], "date": ["日期"]},
    "<<%s>>": {"name": ["姓名", "联系人"], "id": ["编号", "合同编号"], "amount": ["金额"], "unit": ["单位"], "addr": ["地址"],
               "date": ["日期"]},
    "【%s】": {"name": ["姓名", "联系人"], "id": ["编号", "学号"], "amount": ["金额"], "unit": ["单位名称"], "addr": ["地址"],
              "date": ["日期"]},
    "#%s#": {"name": ["姓名"], "id": ["编号"], "amount": ["金额"], "unit": ["单位"], "addr": ["地址"], "date": ["日期"]},
    "[%s]": {"name": ["Name", "姓名"], "id": ["ID", "编号"], "amount": ["Amount", "金额"], "unit": ["Company", "单位"],
             "addr": ["Address", "地址"], "date": ["Date", "日期"]},
}

LETTER_LINES = ["尊敬的{Tname}：", "您好！感谢您参加{year}年{topic}培训班，现将有关事项告知如下。", "您的学号为{Tid}，请于{md}前完成线上学习。",
                "您本年度应缴会费{Tamount}元，请于截止日期前缴纳。", "经审核，{Tname}同志符合申报条件，拟推荐为先进个人。",
                "我单位将于{md}在{comm}举办{topic}宣讲活动，诚邀{Tunit}派员参加。", "联系人：{name}  电话：{phone}",
                "此致\n敬礼！", "{org}", "邮寄地址：{Taddr}", "合同编号：{Tid}，签约日期：{Tdate}", "{Tunit}", "{Tdate}"]


def merge_letter(r, kind, n=None):
    doc = Doc()
    f = Fill(r, 0.0)
    rows = [LETTER_LINES[0]] + r.some_ordered(LETTER_LINES[1:], n or r.randint(2, 6))
    fields = MM_FIELDS[kind]
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        for sem in ("name", "id", "amount", "unit", "addr", "date"):
            tok = "{T%s}" % sem
            while tok in t:
                t = t.replace(tok, "⟪" + (kind % r.pick(fields[sem])) + "⟫", 1)
        render_line(doc, r, t, f)
    if doc.n_spans() == 0:
        raise GenError("no merge field")
    return doc


@style("mailmerge_double_curly", PH, POS_PH, "mail-merge letter sent with unreplaced {{字段}} tokens")
def _(r):
    return merge_letter(r, "{{%s}}")


@style("mailmerge_dollar_brace", PH, POS_PH, "template engine output with unreplaced ${name} variables")
def _(r):
    return merge_letter(r, "${%s}")


@style("word_mergefield_guillemets", PH, POS_PH, "Word mail merge preview pasted with «字段» merge fields")
def _(r):
    return merge_letter(r, "«%s»")


@style("double_angle_tokens", PH, POS_PH, "form letter with <<字段>> tokens left in")
def _(r):
    return merge_letter(r, "<<%s>>")


@style("lenticular_bracket_fields", PH, POS_PH, "template with 【单位名称】-style fill-in fields left in")
def _(r):
    return merge_letter(r, "【%s】")


@style("hash_delimited_tokens", PH, POS_PH, "SMS/OA template with #姓名# tokens not substituted")
def _(r):
    return merge_letter(r, "#%s#")


@style("square_bracket_fields", PH, POS_PH, "letter template with [Name] / [单位] square-bracket fields left in")
def _(r):
    doc = merge_letter(r, "[%s]")
    if r.chance(0.4):
        doc.nl()
        M(doc, r.pick(["Dear ⟪[Name]⟫,", "Contact: ⟪[Name]⟫, ⟪[Title]⟫", "Yours sincerely, ⟪[Company]⟫"]))
    return doc


SMS = ["【{co_short}】尊敬的⟪%s⟫，您本月话费账单为⟪%d⟫元，请及时缴纳。", "【{co_short}】您的验证码为⟪%s⟫，5分钟内有效，请勿泄露。",
       "【{co_short}】亲爱的⟪%s⟫会员，您有⟪%d⟫积分即将过期。", "【{org_short}】⟪%s⟫您好，您预约的业务办理时间为⟪%s⟫，请携带身份证原件。",
       "【{co_short}】⟪%1$s⟫，您的快递已放至⟪%2$s⟫，取件码⟪%3$s⟫。", "退订回T"]


@style("sms_printf_tokens", PH, POS_PH, "SMS notifications sent with printf tokens unfilled (%s, %d, %1$s)")
def _(r):
    doc = Doc()
    rows = r.some(SMS[:5], r.randint(1, 3))
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        t = t.replace("{co_short}", r.pick(["恒达物业", "城市燃气", "青云银行", "顺联快递", "锦华商城"])) \
             .replace("{org_short}", r.pick(["政务服务中心", "不动产登记中心", "出入境服务大厅"]))
        M(doc, t)
        if r.chance(0.3):
            doc.p(" 退订回T")
    return doc


@style("software_format_indices", PH, POS_PH, "statistics exported from software with {0}/{1} and %1 indices in the text")
def _(r):
    rows = ["本月共受理申请⟪{0}⟫件，办结⟪{1}⟫件，办结率⟪{2}⟫%。", "截至当前，平台注册用户⟪{0}⟫人。",
            "⟪%1⟫社区已完成入户走访⟪%2⟫户。", "系统提示：{md}导出数据⟪{0}⟫条，失败⟪{1}⟫条。",
            "本次共筛选出符合条件的家庭⟪{count}⟫户，请于⟪{deadline}⟫前完成复核。", "共计发放补贴⟪{0:N2}⟫元。"]
    doc = Doc()
    f = plain_fill(r)
    lead = r.pick(["{street}{ym}工作简报", "{org}业务统计", "{comm}走访情况汇总", ""])
    if lead:
        render_line(doc, r, lead, f)
        doc.nl()
    for i, t in enumerate(r.some(rows, r.randint(1, 4))):
        if i:
            doc.nl()
        # {count}/{deadline} in ⟪⟫ are literal tokens, not slots: M handles spans before slots
        render_line(doc, r, t, f)
    return doc


CONTRACT = ["甲方：{B}", "乙方：{B}", "甲方（出租方）：{B}，统一社会信用代码：{B}", "乙方（承租方）：{B}，身份证号码：{B}",
            "根据《中华人民共和国民法典》及有关法律法规，甲乙双方经协商一致，订立本合同。",
            "第一条 甲方将位于{B}的房屋出租给乙方使用，建筑面积{B}平方米。", "第二条 租赁期限自{B}年{B}月{B}日起至{B}年{B}月{B}日止。",
            "第三条 月租金为人民币{B}元（大写：{B}），乙方应于每月{B}日前支付。", "第四条 乙方应按时缴纳水、电、燃气等费用。",
            "第五条 本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。", "甲方签字：{B}        乙方签字：{B}",
            "签订日期：{B}年{B}月{B}日", "联系电话：{B}"]


def blank(r, kind):
    if kind == "fw":
        return "＿" * r.randint(3, 10)
    if kind == "ascii":
        return "_" * r.randint(4, 14)
    if kind == "dash":
        return "＿＿＿＿" if r.chance(0.5) else "____"
    return "＿＿＿"


@style("contract_underline_blanks", PH, POS_PH, "lease contract template published with ＿＿＿ blanks; 甲方/乙方 are ordinary words")
def _(r):
    kind = r.pick(["fw", "fw", "ascii"])
    rows = r.some(CONTRACT[:2], 2) + r.some(CONTRACT[4:], r.randint(2, 6))
    doc = Doc()
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        parts = t.split("{B}")
        for j, part in enumerate(parts):
            if j:
                doc.s(blank(r, kind))
            doc.p(part)
    if doc.n_spans() == 0:
        raise GenError("no blank")
    return doc


FORM = ["姓名：{B}  性别：{B}  出生年月：{B}", "工作单位：{B}", "联系电话：{B}  电子邮箱：{B}", "申请事项：{B}",
        "家庭住址：{B}省{B}市{B}区（县）", "本人承诺以上信息真实有效。", "申请人（签名）：{B}", "受理人：{B}  受理日期：{B}",
        "审核意见：{B}"]


@style("form_ascii_underscores", PH, POS_PH, "application form text with ASCII underscore blanks (______)")
def _(r):
    rows = r.some(FORM, r.randint(3, 7))
    doc = Doc()
    doc.p(r.pick(["{t}申请表", "{t}登记表", "{t}报名表"]).replace("{t}", r.pick(["临时救助", "公益性岗位", "志愿者", "老年优待证",
                                                                          "困难职工帮扶"])))
    for t in rows:
        doc.nl()
        parts = t.split("{B}")
        for j, part in enumerate(parts):
            if j:
                doc.s(blank(r, r.pick(["ascii", "ascii", "fw"])))
            doc.p(part)
    return doc


INSTR_ROWS = [("一、项目名称：", ["（此处填写项目名称）", "（请填写项目全称）"], ""), ("二、实施单位：", ["（请填写单位全称）", "（此处填写实施单位）"], ""),
              ("三、项目概况：", ["（此处简述项目背景，不超过300字）"], ""),
              ("四、资金来源：{co}自筹{money}万元，申请补助", ["（请填写具体金额）"], "万元。"),
              ("五、进度安排：{md}前完成前期工作，", ["（填写完成时间）"], "竣工。"), ("六、预期效益：", ["（根据实际情况填写）"], ""),
              ("七、典型经验：", ["（此处补充典型案例）"], ""), ("八、现场照片：", ["（此处插入照片）"], ""),
              ("项目负责人：", ["（此处填写负责人姓名）"], ""), ("附表：", ["（请在此处粘贴数据表）"], "")]


@style("instruction_parentheticals", PH, POS_PH, "report template published with its fill-in instructions (（此处填写…）)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    rows = r.some_ordered(INSTR_ROWS, r.randint(2, 6))
    for i, (pre, opts, post) in enumerate(rows):
        if i:
            doc.nl()
        if r.chance(0.25) and len(rows) > 2 and i not in (0,) and not post:
            # this field was filled in by the author
            render_line(doc, r, pre + r.pick(["{org}", "{proj}项目", "见附件", "{name}"]), f)
            continue
        render_line(doc, r, pre, f)
        doc.s(r.pick(opts))
        render_line(doc, r, post, f)
    return doc


@style("plan_table_tbd_values", PH, POS_PH, "work plan table with 待定 / TBD / 待补充 left as values")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    doc.p(r.pick(["序号|工作任务|责任单位|完成时限", "任务 责任人 时间节点 备注", "事项\t牵头单位\t完成时间"]))
    sep = r.pick(["|", " ", "\t"])
    for i in range(r.randint(2, 6)):
        doc.nl()
        cells = [str(i + 1), r.pick(TOPICS) + r.pick(["工作", "专项检查", "宣传活动", "资料归档"]), None, None]
        doc.p(cells[0] + sep + cells[1] + sep)
        if r.chance(0.35):
            doc.s(r.pick(["待定", "TBD", "待补充", "待定"]))
        else:
            render_line(doc, r, r.pick(["{org}", "{comm}", "{name}"]), f)
        doc.p(sep)
        if r.chance(0.5):
            doc.s(r.pick(["待定", "TBD", "TODO", "待定（另行通知）"]))
        else:
            doc.p(r.pick(["%d月底前" % r.randint(1, 12), "长期", "%d月%d日" % (r.randint(1, 12), r.randint(1, 28)), "每季度"]))
    if doc.n_spans() == 0:
        raise GenError("no tbd")
    return doc


@style("draft_markers_in_report", PH, POS_PH, "draft report published with editing markers (TODO、【待补充】、（数据待更新）)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    n = r.randint(2, 7)
    marks = ["TODO：补充全年数据", "【待补充】", "（数据待更新）", "TODO", "（待补充案例）", "【此处需要领导审定】", "（待核实）", "XXXX"]
    placed = 0
    for i in range(n):
        if i:
            doc.nl()
        render_line(doc, r, r.pick(REPORT), f)
        if r.chance(0.4) or (i == n - 1 and placed == 0):
            doc.s(r.pick(marks))
            placed += 1
    return doc


def table_rows(r, fill, sep, ncol_names, row_tpls, n):
    doc = Doc()
    doc.p(sep.join(ncol_names))
    tpl = r.pick(row_tpls)
    for i in range(n):
        doc.nl()
        doc.p(str(i + 1) + sep)
        f = Fill(r, fill.p, fill.flavor, fill.classes)
        render_line(doc, r, sep.join(tpl), f)
    return doc


TABLE_ROWS = [["{comm}", "{N}", "{N2}", "{pct}%"], ["{village}", "{n}", "{money}", "{pct}%"], ["{org}", "{n}", "{n2}", "{money}"],
              ["{town}", "{N}", "{money}", "{gr}%"]]


@style("flattened_table_masked_cells", PH, POS_PH, "statistics table flattened by the scraper, some cells masked (|xx|xx.xx|)")
def _(r):
    sep = r.pick(["|", " | ", "  ", "\t"])
    heads = [["序号", "社区", "户数", "人数", "完成率"], ["序号", "村", "项目数", "金额（万元）", "比例"],
             ["序号", "部门", "任务数", "完成数", "资金（万元）"], ["序号", "镇", "户数", "金额（万元）", "增长"]]
    k = r.randrange(4)
    f = Fill(r, 0.5, r.pick(["x", "X", "×"]), ("num", "place", "org"))
    return table_rows(r, f, sep, heads[k], [TABLE_ROWS[k]], r.randint(2, 8))


@style("spreadsheet_tsv_placeholders", PH, POS_PH, "spreadsheet pasted as tab-separated text; unknown cells typed as XX / xx")
def _(r):
    f = Fill(r, 0.45, r.pick(["X", "x"]), ("num",))
    head = ["指标", "单位", "本期", "上年同期", "增减%"]
    doc = Doc()
    doc.p("\t".join(head))
    inds = [("地区生产总值", "亿元"), ("固定资产投资", "亿元"), ("社会消费品零售总额", "亿元"), ("一般公共预算收入", "万元"),
            ("城镇新增就业", "人"), ("外贸进出口总额", "万美元"), ("规上工业增加值", "亿元"), ("接待游客", "万人次")]
    for ind, unit in r.some_ordered(inds, r.randint(2, 6)):
        doc.nl()
        render_line(doc, r, "\t".join([ind, unit, "{money}", "{money2}", "{gr}"]), f)
    return doc


@style("pdf_linebreak_split_placeholder", PH, POS_PH, "PDF extraction broke lines inside sentences, a placeholder ends a line (xxx⏎家)")
def _(r):
    f = Fill(r, 0.5, "x", ("num", "place"))
    doc = report_doc(Doc(), r, f, r.randint(2, 5), title=False, heads=False, para=(1, 2))
    # re-wrap plain text at a fixed width: break lines every w characters (only inside plain segments)
    w = r.randint(18, 34)
    col = 0
    out = Doc()
    for kind, text, orig in doc.segs:
        if kind != "p":
            out.add(kind, text, orig)
            col += len(text)
            if col >= w and r.chance(0.7):
                out.p("\n")
                col = 0
            continue
        buf = ""
        for ch in text:
            if ch == "\n":
                col = 0
                buf += ch
                continue
            buf += ch
            col += 1
            if col >= w:
                buf += "\n"
                col = 0
        out.p(buf)
    txt = out.plain_text()
    if txt.count("\n") > 11:
        raise GenError("too many lines")
    return out


TPL_LETTER = ["{P}：", "兹有我单位{P}同志（身份证号：{P18}）前往贵处联系{topic}事宜，请予接洽。",
              "经研究，同意{P}同志参加{year}年度{topic}培训。", "介绍信有效期至{P2}月{P2}日。", "附件：{P}", "特此证明。",
              "{P}办公室", "{P4}年{P2}月{P2}日"]


def sym_fill(doc, r, sym, t, f):
    pos = 0
    for m in re.finditer(r"\{P(\d*)\}", t):
        render_line(doc, r, t[pos:m.start()], f)
        n = int(m.group(1)) if m.group(1) else r.randint(2, 3)
        if n == 18 and r.chance(0.5):
            n = r.randint(3, 6)
        doc.s(sym * n)
        pos = m.end()
    render_line(doc, r, t[pos:], f)


def symbol_letter(r, sym):
    doc = Doc()
    f = plain_fill(r)
    rows = r.some_ordered(TPL_LETTER, r.randint(3, 6))
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        sym_fill(doc, r, sym, t, f)
    if doc.n_spans() == 0:
        raise GenError("none")
    return doc


@style("template_letter_circles", PH, POS_PH, "letter/certificate template with ○○ blanks (○○同志, ○○○○年○○月○○日)")
def _(r):
    return symbol_letter(r, r.pick(["○", "○", "〇"]))


@style("template_letter_triangles", PH, POS_PH, "template with △△ blanks (△△单位, △△同志)")
def _(r):
    return symbol_letter(r, "△")


@style("template_letter_fullwidth_stars", PH, POS_PH, "template with ＊＊ blanks (＊＊＊同志, ＊＊单位)")
def _(r):
    return symbol_letter(r, r.pick(["＊", "＊", "*"]))


@style("certificate_template_upper_x", PH, POS_PH, "employment certificate template with XXX fields")
def _(r):
    doc = Doc()
    sym = r.pick(["X", "X", "x", "×"])
    rows = ["兹证明{P3}同志，性别{P1}，身份证号码{P18}，自{P4}年{P2}月起在我单位{P}部门工作，任{P}职务。",
            "该同志月平均收入为人民币{P4}元（大写：{P}）。", "特此证明。", "单位名称：{P}", "经办人：{P3}  联系电话：{P11}", "{P4}年{P2}月{P2}日"]
    sel = [rows[0]] + r.some_ordered(rows[1:], r.randint(1, 4))
    f = plain_fill(r)
    for i, t in enumerate(sel):
        if i:
            doc.nl()
        sym_fill(doc, r, sym, t, f)
    return doc


@style("resume_template_fields", PH, POS_PH, "resume template downloaded with sample fields left (姓名：XXX, 电话：1XXXXXXXXXX)")
def _(r):
    doc = Doc()
    c = r.pick(["X", "x"])
    rows = [("姓名：", c * 3), ("求职意向：", c * 2 + "岗位"), ("联系电话：", "1" + c * 10), ("邮箱：", c * 6 + "@163.com"),
            ("毕业院校：", c * 2 + "大学"), ("出生年月：", "19" + c * 2 + "." + c * 2), ("工作经历：20" + c * 2 + "-20" + c * 2, None)]
    real = [("政治面貌：", "中共党员"), ("学历：", "本科"), ("自我评价：", "工作认真负责，具有较强的沟通协调能力。"),
            ("技能证书：", "全国计算机等级考试二级"), ("语言能力：", "英语六级")]
    sel = r.some(rows, r.randint(2, 5)) + r.some(real, r.randint(1, 3))
    r.shuffle(sel)
    doc.p(r.pick(["个人简历", "求职简历", "应聘登记表"]))
    for a, b in sel:
        doc.nl()
        if b is None:
            m = re.match(r"(工作经历：)(20.. ?)-(20..)", a)
            doc.p("工作经历：20")
            doc.s(c * 2)
            doc.p("-20")
            doc.s(c * 2)
            doc.p(" ")
            doc.s(c * 2)
            doc.p("公司 行政专员")
            continue
        doc.p(a)
        if a in ("求职意向：", "毕业院校："):
            doc.s(c * 2)
            doc.p(b[2:])
        elif a == "邮箱：":
            doc.s(c * 6)
            doc.p("@163.com")
        else:
            doc.s(b) if any(ch in b for ch in "xX") else doc.p(b)
    return doc


@style("product_spec_xx_model", PH, POS_PH, "procurement spec with XX型号 / XX品牌 placeholders next to real sizes (XL码) and 600×600mm")
def _(r):
    doc = Doc()
    rows = ["采购内容：{item}，型号：⟪XX⟫型，数量{n}台。", "品牌：⟪XX⟫品牌或同等档次，质保期不少于{k}年。",
            "工作服尺码：⟦S、M、L、XL、XXL⟧码各{n}套。", "地砖规格⟦600×600⟧mm，品牌：⟪XXX⟫。", "办公电脑：处理器不低于⟦x86⟧架构四核，型号⟪XXXX⟫。",
            "服务响应：⟦7×24⟧小时，故障响应时间不超过{k}小时。", "投标人须提供⟪XX⟫检测机构出具的检测报告。", "交货地点：⟪xx⟫街道办事处。"]
    sel = r.some(rows, r.randint(2, 5))
    if not any("⟪" in x for x in sel):
        sel.append(rows[0])
    f = plain_fill(r)
    for i, t in enumerate(sel):
        if i:
            doc.nl()
        render_line(doc, r, t.replace("{item}", r.pick(["空调", "打印机", "投影仪", "碎纸机", "监控摄像机"])), f)
    return doc


@style("bidding_notice_tbd_values", PH, POS_PH, "tender notice with TBD values (开标时间：待定, 项目编号：XXXX-XXXX)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    rows = [("项目名称：", "{proj}项目"), ("项目编号：", "⟪" + r.pick(["XXXX-XXXX", "xxxx", "待定", "【项目编号】"]) + "⟫"),
            ("采购人：", "{org}"), ("预算金额：", r.pick(["{money}万元", "⟪待定⟫"])), ("开标时间：", r.pick(["⟪待定⟫", "⟪20xx年x月x日⟫", "{date}9:30"])),
            ("开标地点：", "{county}公共资源交易中心"), ("联系人：", r.pick(["{name}", "⟪待定⟫", "⟪XXX⟫"])),
            ("获取招标文件时间：", r.pick(["{date}至{md}", "⟪另行通知（待定）⟫"]))]
    doc.p(r.pick(["招标公告", "竞争性磋商公告", "询价公告"]))
    for a, b in rows[:2] + r.some(rows[2:], r.randint(2, 5)):
        doc.nl()
        doc.p(a)
        render_line(doc, r, b, f)
    if doc.n_spans() == 0:
        raise GenError("none")
    return doc


def bil_values(r):
    st, ct, tw = place2(r), place2(r), place2(r)
    return {"street": st + "街道", "street_en": place_en(st), "county": ct + "县", "county_en": place_en(ct),
            "town": tw + "镇", "town_en": place_en(tw), "n": num_n(r), "N": str(r.randint(120, 9800)),
            "W": "{:,}".format(r.randint(12000, 980000)), "pct": num_pct(r), "gr": num_pct1(r)}


def bil_render(doc, tpl, vals, masks, mk):
    """tpl with {key}; keys in masks are rendered as span mk(key)."""
    pos = 0
    for m in re.finditer(r"\{([a-zA-Z_0-9]+)\}", tpl):
        doc.p(tpl[pos:m.start()])
        k = m.group(1)
        if k in masks:
            doc.s(masks[k])
        else:
            doc.p(vals[k])
        pos = m.end()
    doc.p(tpl[pos:])


@style("bilingual_gov_page_placeholders", PH, POS_PH, "bilingual government page; Chinese and English both keep the masks (XX District, xx households)")
def _(r):
    doc = Doc()
    pairs = r.some(REPORT_EN, r.randint(1, 4))
    for i, (zh, en) in enumerate(pairs):
        vals = bil_values(r)
        keys = re.findall(r"\{([a-zA-Z_0-9]+)\}", zh)
        masks = {}
        fl = r.pick(["x", "X"])
        for k in keys:
            if r.chance(0.6):
                if k in ("street", "county", "town"):
                    mk = fl * 2
                    masks[k] = mk
                    masks[k + "_en"] = mk
                    vals[k] = vals[k]  # suffix handled below
                else:
                    masks[k] = re.sub(r"\d", fl, vals[k]) if r.chance(0.6) else fl * 2
        if not masks and keys:
            masks[keys[-1]] = fl * 2 if keys[-1] not in ("street", "county", "town") else fl * 2
            if keys[-1] in ("street", "county", "town"):
                masks[keys[-1] + "_en"] = fl * 2
        # Chinese place slots keep their suffix when masked
        zh2 = zh
        for k in ("street", "county", "town"):
            if k in masks:
                suf = {"street": "街道", "county": "县", "town": "镇"}[k]
                zh2 = zh2.replace("{%s}" % k, "{%s}%s" % (k, suf))
        if i:
            doc.nl()
        bil_render(doc, zh2, vals, masks, None)
        doc.nl()
        bil_render(doc, en, vals, masks, None)
    return doc


LOREM = ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
         "Ut enim ad minim veniam, quis nostrud exercitation ullamco.", "Lorem ipsum dolor sit amet."]
CMS_DEFAULT = ["这里是标题", "请输入标题", "点击此处添加文字", "此处输入正文内容", "示例文本示例文本示例文本", "请在此处输入摘要",
               "单击此处编辑母版标题样式", "文章标题文章标题", "请输入内容"]


@style("cms_lorem_ipsum_filler", PH, POS_PH, "CMS page published with Lorem ipsum filler in a column or caption")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    render_line(doc, r, r.pick(TITLES), f)
    doc.nl()
    doc.p(r.pick(["发布时间：", "日期："]) + "%d-%02d-%02d" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28)) + r.pick(["  来源：本站", "  浏览次数：%d" % r.randint(20, 3000), ""]))
    for i in range(r.randint(1, 4)):
        doc.nl()
        if r.chance(0.4) or i == 0:
            if r.chance(0.5):
                doc.p(r.pick(["图片说明：", "图注：", "摘要：", ""]))
            doc.s(" ".join(r.some(LOREM, r.randint(1, 2))))
        else:
            report_para(doc, r, f, r.randint(1, 3))
    return doc


@style("cms_default_prompt_text", PH, POS_PH, "CMS/slide template default text left in a published page (这里是标题, 点击此处添加文字)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    pos = r.randint(0, 3)
    n = r.randint(2, 5)
    for i in range(n):
        if i:
            doc.nl()
        if i == pos % n or r.chance(0.2):
            doc.s(r.pick(CMS_DEFAULT))
        elif i == 0:
            render_line(doc, r, r.pick(TITLES), f)
        else:
            report_para(doc, r, f, r.randint(1, 3))
    return doc


GENEALOGY_MASK = ["第{g}世　{tname}，字{tz}，生於{era}，卒於{era2}。配{tsur}氏，生子二。",
                  "第{g2}世　{tsur0}⟪{m}⟫，生於一九{yy}年，現居⟪{m2}⟫市。配⟪{m}⟫氏，生一子一女。",
                  "第{g2}世　{tsur0}⟪{m}⟫，{tsur0}⟪{m}⟫之長子，某公司職員。".replace("某公司", "⟪{m2}⟫公司"),
                  "⟪{m}⟫，生於一九{yy}年，在⟪{m2}⟫大學任教。", "聯繫人：{tsur0}⟪{m}⟫　電話：⟪{ph}⟫"]


@style("genealogy_living_masked", PH, POS_PH, "online genealogy in traditional characters, living members masked with ○○ / ××")
def _(r):
    doc = Doc()
    m = r.pick(["○○", "××", "〇〇", "某某"])
    m2 = r.pick(["××", "○○", "xx"])
    sur = r.pick(TRAD_SURNAMES)
    doc.p(r.pick(["%s氏族譜·世系" % sur, "%s氏宗譜（續修稿）" % sur, "%s氏家乘" % sur]))
    eras = ["乾隆四十二年", "嘉慶十年", "道光三年", "咸豐六年", "同治元年", "光緒十八年", "宣統二年"]
    rows = [GENEALOGY_MASK[0]] + r.some_ordered(GENEALOGY_MASK[1:], r.randint(1, 3))
    for t in rows:
        doc.nl()
        e1 = r.randrange(len(eras) - 1)
        e2 = r.randint(e1 + 1, len(eras) - 1)
        t = (t.replace("{g}", r.pick(["十五", "十六", "十七", "十八"])).replace("{g2}", r.pick(["二十二", "二十三", "二十四"]))
             .replace("{tname}", sur + "".join(r.some(TRAD_GIVEN, 2))).replace("{tz}", "".join(r.some(TRAD_GIVEN, 2)))
             .replace("{era}", eras[e1]).replace("{era2}", eras[e2]).replace("{tsur0}", sur)
             .replace("{tsur}", r.pick(TRAD_SURNAMES)).replace("{yy}", r.pick(["五九", "六二", "七三", "八五", "六八"]))
             .replace("{m2}", m2).replace("{m}", m).replace("{ph}", "139****" + str(r.randint(1000, 9999))))
        M(doc, t)
    return doc


CHRONICLE_DRAFT = ["{tplace}鎮位於縣境東南，面積⟪{x}⟫平方公里。", "至{yr}年末，全鎮轄⟪{x}⟫個行政村，總人口⟪{x}⟫人。",
                   "{yr}年，全鎮糧食總產⟪{x}⟫噸（數據待補）。".replace("（數據待補）", "⟪（數據待補）⟫"),
                   "鎮政府駐{tplace}街，距縣城⟪{x}⟫公里。", "境內最高峰海拔⟪{x}⟫米，位於⟪{m}⟫村北。", "本節初稿由⟪{m}⟫撰寫，⟪待核⟫。",
                   "民國時期屬{tplace2}區管轄。", "一九五二年土地改革結束，共分配土地一萬二千餘畝。"]


@style("chronicle_draft_gaps", PH, POS_PH, "local-chronicle (地方志) draft in traditional characters with ×× numbers and 待補/待核 notes")
def _(r):
    doc = Doc()
    x = r.pick(["××", "××", "xx", "○○"])
    m = r.pick(["××", "某某"])
    pl, pl2 = place_trad(place2(r)), place_trad(place2(r))
    doc.p(r.pick(["第%s章　建置" % r.pick("一二三"), "概述", "第%s節　自然環境" % r.pick("一二三四")]))
    for t in r.some(CHRONICLE_DRAFT, r.randint(2, 5)):
        doc.nl()
        M(doc, t.replace("{tplace}", pl).replace("{tplace2}", pl2).replace("{yr}", str(r.randint(1990, 2020)))
          .replace("{x}", x).replace("{m}", m))
    if doc.n_spans() == 0:
        raise GenError("none")
    return doc


@style("weekly_report_stub_values", PH, POS_PH, "weekly report template filled only partly; stub values xxx / XXX remain")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    c = r.pick(["xxx", "XXX", "xx", "×××"])
    rows = [("本周完成工作：", ["{topic}资料整理", "⟪%s⟫" % c]), ("下周工作计划：", ["⟪%s⟫" % c, "配合做好{topic}迎检"]),
            ("存在问题：", ["⟪%s⟫" % c, "人手不足"]), ("需协调事项：", ["⟪%s⟫" % c, "无"]),
            ("本周走访：", ["{N}户，发现问题⟪%s⟫个" % c, "{n}户"]), ("填报人：", ["{name}", "⟪%s⟫" % c])]
    doc.p(r.pick(["{street}工作周报（第{k}周）", "个人周报", "项目周报"]).replace("{street}", place2(r) + "街道").replace("{k}", str(r.randint(1, 52))))
    for a, opts in r.some(rows, r.randint(3, 6)):
        doc.nl()
        doc.p(a)
        render_line(doc, r, r.pick(opts), f)
    if doc.n_spans() == 0:
        raise GenError("none")
    return doc


NEWS_ANON = ["近日，{district}市场监管局对{co}作出行政处罚，罚没款共计{money}万元。", "经查，{name}利用其担任{post}的职务便利，为他人谋取利益。",
             "{md}，{county}一名{age}岁男子{name}因醉酒驾驶被查获。", "涉事企业{co}已被责令停业整改。",
             "该公司负责人{name2}表示，将积极配合调查。", "{name3}（化名）告诉记者，事发时她正在店内。"]


@style("news_anonymised_entities", PH, POS_PH, "news report masking the company and the people (某某科技有限公司, 王某)")
def _(r):
    f = Fill(r, 0.85, {"person": "某", "org": "某", "num": "x", "*": "某"}, ("person", "org"))
    rows = r.some_ordered(NEWS_ANON, r.randint(2, 5))
    doc = Doc()
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        if "（化名）" in t:
            # a pseudonym given as 化名 is a real-looking name: keep it plain, not a placeholder
            t = t.replace("{name3}", person(r))
        render_line(doc, r, t, f)
    return doc


@style("school_notice_class_masks", PH, POS_PH, "school notice to parents with class and pupil masked (xx班, xx同学, 家长电话139****)")
def _(r):
    doc = Doc()
    c = r.pick(["x", "X", "×"])
    rows = ["⟪{c}{c}⟫班⟪{c}{c}⟫同学家长：", "您的孩子在本学期期中考试中语文⟪{c}{c}⟫分、数学{s}分。",
            "接到反映，⟪{c}{c}⟫同学近期多次未按时到校，请家长配合督促。", "家长联系电话：⟪{ph}⟫", "班主任：{name}",
            "{school}初二（⟪{c}⟫）班", "请于本周五前将回执交给班主任。", "{school}政教处"]
    sel = [rows[0]] + r.some_ordered(rows[1:], r.randint(2, 5))
    for i, t in enumerate(sel):
        if i:
            doc.nl()
        t = (t.replace("{c}", c).replace("{s}", str(r.randint(60, 120))).replace("{ph}", phone(r)[:3] + "****" + str(r.randint(1000, 9999)))
             .replace("{school}", place2(r) + r.pick(["中学", "实验学校", "第二中学"])))
        render_line(doc, r, t, plain_fill(r))
    return doc


@style("wechat_article_masked_people", PH, POS_PH, "WeChat public-account article masking a netizen and a shop (x姓网友, 某某餐厅)")
def _(r):
    doc = Doc()
    rows = ["{md}，一位⟪x⟫姓网友在留言区反映，{street}⟪某某⟫餐厅后厨卫生堪忧。", "记者随即联系了该餐厅负责人⟪某先生⟫。",
            "据⟪小x⟫介绍，她在{comm}租房已有三年。", "⟪@某某⟫：这家店我去过，确实要好好查一查。", "{district}市场监管部门已介入调查。",
            "截至发稿，该餐厅已暂停营业。", "（编辑：{name}  审核：{name2}）"]
    sel = [rows[0]] + r.some(rows[1:], r.randint(1, 5))
    f = plain_fill(r)
    for i, t in enumerate(sel):
        if i:
            doc.nl()
        render_line(doc, r, t, f)
    return doc


@style("mixed_placeholder_kinds", PH, POS_PH, "one document mixing several placeholder kinds (xx, {{字段}}, ＿＿, 【单位名称】, 某某)")
def _(r):
    doc = Doc()
    f = Fill(r, 0.4, r.pick(["x", "X", "×"]))
    rows = ["致{T}：", "根据{org}工作安排，现将{topic}工作要求通知如下。", "一、请于{md}前将材料报送至{T}。",
            "二、{N}户未完成登记的，由{comm}负责督促。", "三、联系人：{T}，电话：{T}。", "{T}", "{date}"]
    toks = ["{{单位}}", "【单位名称】", "＿＿＿＿", "某某", "<<联系人>>", "XXX", "××××"]
    for i, t in enumerate(r.some(rows, r.randint(3, 6))):
        if i:
            doc.nl()
        parts = t.split("{T}")
        for j, part in enumerate(parts):
            if j:
                doc.s(r.pick(toks))
            render_line(doc, r, part, f)
    if doc.n_spans() == 0:
        raise GenError("none")
    return doc


@style("machine_translated_tokens", PH, POS_PH, "machine-translated notice where placeholder tokens survived ([名称], <城市>, {0})")
def _(r):
    doc = Doc()
    rows = ["欢迎访问⟪[名称]⟫政府门户网站。", "⟪<城市>⟫的居民可以通过以下方式提交申请。", "本项目由⟪[Organization]⟫资助，总额为⟪{0}⟫元。",
            "请在⟪[日期]⟫之前联系⟪[联系人姓名]⟫。", "更多信息请访问 www.example.gov.cn。", "该服务适用于所有年满18岁的居民。",
            "如需帮助，请拨打服务热线12345。", "⟪<区县>⟫共有⟪%d⟫个服务网点。"]
    sel = r.some(rows, r.randint(2, 5))
    if not any("⟪" in x for x in sel):
        sel.append(rows[0])
    for i, t in enumerate(sel):
        if i:
            doc.nl()
        M(doc, t)
    return doc


# ============================== ph: negatives (look-alikes) ===================================

def trap_doc(r, rows, k=(1, 4), context=0.5, fill=None, ordered=False, head=None):
    doc = Doc()
    f = fill or plain_fill(r)
    sel = r.some_ordered(rows, r.randint(*k)) if ordered else r.some(rows, r.randint(*k))
    if context and r.chance(context):
        sel.insert(r.randint(0, len(sel)), r.pick(REPORT))
    lines = ([head] if head else []) + sel
    for i, t in enumerate(lines):
        if i:
            doc.nl()
        render_line(doc, r, t, f)
    return doc


@style("vocational_1_plus_x", PH, NEG, "education report on the 1+X certificate system and 3+X / 7+X schemes (not placeholders)")
def _(r):
    return trap_doc(r, ["学院全面推进“⟦1+X⟧”证书制度试点，共有{n}个专业参与。", "本年度参加⟦1+X⟧职业技能等级证书考核{N}人次，通过率{pct}%。",
                        "我省高考综合改革采用“⟦3+1+2⟧”模式，此前部分省份实行“⟦3+X⟧”方案。", "构建“⟦1+X⟧”党建联建机制，⟦1⟧个社区党委联合多家驻区单位。",
                        "推行“⟦7+X⟧”便民服务，在⟦7⟧项基础服务之外按需增加特色服务。", "在“⟦1+X⟧”证书试点中，“⟦X⟧”指若干职业技能等级证书。"])


@style("computing_x86_terms", PH, NEG, "IT procurement and reports mentioning x86, x64, Xeon, ARM64 (not placeholders)")
def _(r):
    return trap_doc(r, ["政务云平台新增⟦x86⟧服务器{n}台，国产化⟦ARM64⟧服务器{n2}台。", "应用系统需同时支持⟦x86_64⟧与⟦aarch64⟧架构。",
                        "处理器：⟦Intel Xeon Silver 4314⟧，内存128GB。", "安装包分为⟦x64⟧和⟦x86⟧两个版本，请根据系统选择。",
                        "完成{n}套业务系统由⟦x86⟧平台向信创平台的迁移适配。", "测试环境操作系统为⟦Windows 10 x64⟧。"])


@style("medical_xray_terms", PH, NEG, "health report mentioning X光, X射线, X线片 (not placeholders)")
def _(r):
    return trap_doc(r, ["为辖区{N}名学生开展结核病筛查，其中胸部⟦X光⟧检查{n}人次。", "新购置数字化⟦X射线⟧摄影系统（DR）{n}台。",
                        "放射科全年完成⟦X线⟧摄片{W}人次、CT检查{N}人次。", "职业健康检查项目包括血常规、肝功能和胸部⟦X线片⟧。",
                        "⟦X射线⟧探伤作业人员须持证上岗。", "乡镇卫生院均配备了⟦X光机⟧和彩超设备。"])


@style("clothing_sizes_xl", PH, NEG, "uniform order with XL / XXL / XS sizes (not placeholders)")
def _(r):
    return trap_doc(r, ["志愿者马甲尺码统计：⟦M⟧码{n}件、⟦L⟧码{n2}件、⟦XL⟧码{n3}件、⟦XXL⟧码{n4}件。", "运动会服装统一为⟦XL⟧码，偏小的可换⟦XXL⟧。",
                        "女款工作服另备⟦XS⟧、⟦S⟧两个尺码。", "请各班于{md}前报送校服尺码（⟦S/M/L/XL/XXL/XXXL⟧）。",
                        "本次共采购防寒服{N}件，其中⟦XXXL⟧码{n}件。"])


@style("service_hours_multiplication", PH, NEG, "service commitments 5×8小时, 7×24小时 (not placeholders)")
def _(r):
    return trap_doc(r, ["政务服务中心实行“⟦5×8⟧小时”工作制，另设自助服务区⟦7×24⟧小时开放。", "热线平台提供⟦7×24⟧小时服务，全年接听来电{W}个。",
                        "运维单位须提供⟦7×24⟧小时技术支持，⟦2⟧小时内到达现场。", "值班实行⟦24⟧小时在岗，领导带班⟦5×8⟧小时轮换。",
                        "供水抢修队伍实行⟦365×24⟧小时待命。"])


@style("dimensions_multiplication", PH, NEG, "sizes and products written with × (600×600mm, 3×4米, 长×宽×高) (not placeholders)")
def _(r):
    return trap_doc(r, ["宣传栏尺寸为⟦3×4⟧米，共设置{n}块。", "地砖规格⟦800×800⟧mm，铺设面积{N}平方米。",
                        "箱体外形尺寸（⟦长×宽×高⟧）：⟦1200×600×900⟧mm。", "标准篮球场面积为⟦28×15⟧米。",
                        "按照“⟦2×2⟧”模式组织交叉检查，⟦2⟧个组互查⟦2⟧个单位。", "合计金额＝单价⟦×⟧数量＝{money}元。"])


@style("math_formulas_variables", PH, NEG, "formulas with variables x, y, n in teaching and statistics text (not placeholders)")
def _(r):
    return trap_doc(r, ["设每月增长率为⟦x⟧，则⟦50(1+x)²=72⟧，解得⟦x=20%⟧。", "若⟦y=2x+1⟧，当⟦x=3⟧时，⟦y=7⟧。",
                        "回归方程为⟦ŷ=0.85x+12.4⟧，相关系数⟦r=0.93⟧。", "函数⟦f(x)=x²-4x+3⟧的零点为⟦x₁=1⟧、⟦x₂=3⟧。",
                        "第⟦n⟧年的产值为⟦aₙ=a₁·qⁿ⁻¹⟧。", "将⟦x⟧轴设为时间，⟦y⟧轴设为累计完成量。"], context=0.2)


@style("prose_mou_indefinite", PH, NEG, "ordinary prose using 某些, 某种, 某一, 某年某月 (not masking a fact)")
def _(r):
    return trap_doc(r, ["⟦某些⟧单位对{topic}工作重视不够，存在应付了事的现象。", "不能因为⟦某种⟧困难就降低标准。",
                        "在⟦某一⟧时期出现波动是正常的，关键看长期趋势。", "谁也说不清⟦某年某月⟧会发生什么，唯有未雨绸缪。",
                        "⟦某些⟧指标仍低于全市平均水平。", "群众反映的问题往往集中在⟦某几个⟧方面。", "这种现象在⟦某种⟧程度上反映了基层治理的短板。"])


@style("math_word_problems_mou", PH, NEG, "textbook word problems using 某工厂/某校 as generic subjects (not anonymisation)")
def _(r):
    return trap_doc(r, ["例1 ⟦某⟧工厂计划生产零件{N}个，前{n}天每天生产{n2}个，剩下的要在{n3}天内完成，平均每天生产多少个？",
                        "例2 ⟦某⟧校共有学生{N}人，其中女生占{gr}%，女生有多少人？", "练习 ⟦某⟧商店把一件商品按进价提高40%标价，再打八折出售，仍获利{n}元。",
                        "⟦某⟧市出租车起步价为10元（3公里以内），超过部分每公里2元。", "一辆汽车从甲地开往乙地，每小时行{n}千米，{n2}小时到达。",
                        "⟦某⟧班同学参加植树活动，每人植树3棵，共植树{N}棵。"], context=0.0,
                    head=None)


@style("contract_parties_filled", PH, NEG, "completed contract: 甲方/乙方 are role words, all fields filled")
def _(r):
    return trap_doc(r, ["⟦甲方⟧：{co}", "⟦乙方⟧：{co2}", "⟦甲方⟧委托⟦乙方⟧承担{proj}项目施工，合同价款为人民币{money}万元。",
                        "⟦乙方⟧应于{date}前完工，逾期每日按合同价款的千分之一支付违约金。", "本合同一式四份，⟦甲乙双方⟧各执两份。",
                        "⟦丙方⟧（监理单位）：{co3}", "签订日期：{date}", "⟦甲方⟧代表：{name}    ⟦乙方⟧代表：{name2}"], k=(3, 6), context=0,
                    ordered=True)


@style("chinese_date_circle_zero", PH, NEG, "dates written with 〇/○ as zero (二〇二三年) in official style (not placeholders)")
def _(r):
    y = r.pick(["二〇二二", "二〇二三", "二〇二四", "二○二一", "二○二三", "一九九〇", "二〇二〇"])
    m = r.pick(["一", "三", "五", "六", "九", "十", "十二"])
    d = r.pick(["一", "八", "十", "十五", "二十", "三十"])
    return trap_doc(r, ["⟦%s⟧年%s月%s日" % (y, m, d), "{org}", "本办法自⟦%s⟧年%s月%s日起施行。" % (y, m, d),
                        "（此件公开发布）", "抄送：{org2}。", "{county}人民政府办公室 ⟦%s⟧年%s月%s日印发" % (y, m, d),
                        "“⟦十四五⟧”期间，全县计划完成投资{yi}亿元，到⟦二〇二五⟧年基本建成。"], k=(2, 5), context=0.4)


@style("geometry_triangle_symbols", PH, NEG, "geometry exercises with △ABC, ∠A and ○ as a shape (not placeholders)")
def _(r):
    return trap_doc(r, ["在⟦△ABC⟧中，⟦∠C=90°⟧，⟦AC=3⟧，⟦BC=4⟧，求⟦AB⟧的长。", "如图，⟦△ABD≌△CDB⟧，请写出对应边。",
                        "⟦⊙O⟧的半径为5cm，圆心到直线的距离为3cm。", "已知⟦△DEF⟧的周长为24，求各边长。",
                        "图例：⟦○⟧表示监测点，⟦△⟧表示取水口，⟦□⟧表示泵站。"], context=0.0)


@style("footnotes_and_ratings", PH, NEG, "footnote asterisks and star ratings (注：*为预计数, ★★★★☆) (not placeholders)")
def _(r):
    return trap_doc(r, ["全年完成投资{yi}亿元⟦*⟧。", "⟦注：*⟧为快报数，最终以统计年鉴为准。", "服务满意度评价：⟦★★★★☆⟧",
                        "{comm}被评为“⟦五星级⟧”党组织，获评⟦★★★★★⟧。", "⟦*⟧数据截至{md}。", "带⟦*⟧号的为必填项，已全部填写完毕。"])


@style("markdown_bold_stars", PH, NEG, "a Markdown report keeping **bold** markers (not placeholders)")
def _(r):
    return trap_doc(r, ["⟦**⟧一、主要成效⟦**⟧", "{street}⟦**⟧圆满完成⟦**⟧全年目标任务。", "⟦**⟧下一步⟦**⟧：继续推进{proj}项目。",
                        "⟦- **⟧完成率⟦**⟧：{pct}%", "⟦## ⟧{year}年工作要点", "⟦> ⟧数据来源：{org}"], context=0.3)


@style("undetermined_coefficients", PH, NEG, "math text on 待定系数法 (method of undetermined coefficients) (not a 待定 value)")
def _(r):
    return trap_doc(r, ["用⟦待定系数法⟧求一次函数的解析式。", "设抛物线为⟦y=ax²+bx+c⟧，利用⟦待定系数法⟧列方程组求解。",
                        "本节重点：⟦待定系数法⟧的一般步骤。", "⟦待定系数法⟧是初中数学的重要方法之一。"], context=0.0)


@style("genetics_xx_xy", PH, NEG, "biology text on XX/XY sex chromosomes (not placeholders)")
def _(r):
    return trap_doc(r, ["人类女性的性染色体组成为⟦XX⟧，男性为⟦XY⟧。", "红绿色盲基因位于⟦X⟧染色体上，属于伴⟦X⟧隐性遗传。",
                        "鸡的性别决定方式为⟦ZW⟧型，与人类的⟦XY⟧型不同。", "⟦XXY⟧综合征又称克氏综合征。", "母亲的基因型为⟦XᴮXᵇ⟧时，儿子患病概率为50%。"],
                    context=0.0)


@style("brand_names_with_x", PH, NEG, "product and brand names containing X (Xbox, SpaceX, iPhone X, X平台) (not placeholders)")
def _(r):
    return trap_doc(r, ["活动奖品包括⟦Xbox⟧游戏机{n}台、平板电脑{n2}台。", "⟦SpaceX⟧公司的回收火箭技术引起广泛关注。",
                        "社交平台⟦X⟧（原推特）上的相关讨论超过百万条。", "本次抽检的手机型号包括⟦iPhone X⟧、⟦Mate X5⟧等。",
                        "新能源汽车展展出了⟦Model X⟧等车型。", "⟦TEDx⟧演讲活动在市图书馆举行。"])


@style("roman_numerals_with_x", PH, NEG, "Roman numerals containing X (Louis XIV, GATT Article XX, Ⅻ) (not placeholders)")
def _(r):
    return trap_doc(r, ["法国国王路易十四（⟦Louis XIV⟧）在位72年。", "根据⟦GATT⟧第⟦XX⟧条“一般例外”条款，成员可采取必要措施。",
                        "本书第⟦XIX⟧章讨论贸易救济。", "钟面上的⟦Ⅻ⟧代表12点。", "教皇本笃十六世（⟦Benedict XVI⟧）曾访问多国。",
                        "⟦Ⅱ⟧类医疗器械经营备案{n}家。"], context=0.2)


@style("axis_and_coordinates", PH, NEG, "charts and surveying text with x轴, (x, y) coordinates (not placeholders)")
def _(r):
    return trap_doc(r, ["图中⟦x⟧轴表示月份，⟦y⟧轴表示完成投资额（亿元）。", "控制点坐标为（⟦X=3456782.115⟧，⟦Y=512346.802⟧）。",
                        "平面坐标采用⟦CGCS2000⟧坐标系，⟦X⟧、⟦Y⟧单位为米。", "散点图中每个点的坐标为⟦(x, y)⟧。"], context=0.3)


@style("gov_urls_emails_xx_letters", PH, NEG, "URLs and e-mail addresses whose pinyin initials contain xx (/xxgk/ 信息公开) (not placeholders)")
def _(r):
    host = r.pick(["www.%s.gov.cn" % place_en(place2(r)).lower(), "%sx.gov.cn" % place_en(place2(r)).lower()])
    return trap_doc(r, ["详见政府信息公开专栏：⟦https://%s/xxgk/tzgg/%d%02d/t%d_%d.html⟧" % (host, r.randint(2019, 2024), r.randint(1, 12), r.randint(20190101, 20241230), r.randint(1000, 99999)),
                        "投稿邮箱：⟦xxb_%s@163.com⟧" % place_en(place2(r)).lower(), "信息公开目录：⟦http://%s/xxgk/xxgkml/⟧" % host,
                        "附件下载：⟦http://%s/zwgk/xxgk_file/%d.pdf⟧" % (host, r.randint(10000, 99999)),
                        "咨询邮箱：⟦xxzx@%s⟧（信息中心）" % host.replace("www.", "")], context=0.6)


@style("statistical_dash_cells", PH, NEG, "statistics table using — and … for not-applicable cells (conventional, not placeholders)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    doc.p(r.pick(["指标\t本年\t上年\t增长%", "项目 | 本期 | 同期 | 增减"]))
    sep = "\t" if "\t" in doc.segs[0][1] else " | "
    for ind in r.some(["地区生产总值（亿元）", "第一产业", "第二产业", "第三产业", "进出口总额（亿元）", "实际利用外资（万美元）", "新设外资企业（家）"], r.randint(3, 6)):
        doc.nl()
        doc.p(ind + sep)
        if r.chance(0.3):
            doc.t("—")
            doc.p(sep)
            render_line(doc, r, "{money}", f)
            doc.p(sep)
            doc.t(r.pick(["—", "…"]))
        else:
            render_line(doc, r, sep.join(["{money}", "{money2}", "{gr}"]), f)
    doc.nl()
    doc.p("注：")
    doc.t("“—”")
    doc.p("表示该项无数据或不适用。")
    return doc


@style("ellipsis_omitted_quotes", PH, NEG, "quotations shortened with …… (editorial omission, not placeholders)")
def _(r):
    return trap_doc(r, ["会议强调，“要把{topic}工作摆在突出位置⟦……⟧确保取得实效”。", "文件指出：“各地要结合实际⟦……⟧不得搞一刀切。”",
                        "群众留言：“希望早日解决停车难问题⟦……⟧”", "正如一位老党员所说：“⟦……⟧只要群众满意，再苦也值。”"])


@style("notice_fully_filled", PH, NEG, "complete official notice with real document numbers, names and dates")
def _(r):
    return notice_doc(Doc(), r, plain_fill(r), plain_fill(r), plain_fill(r))


@style("minutes_fully_filled", PH, NEG, "complete meeting minutes with real attendee names")
def _(r):
    f = plain_fill(r)
    rows = MINUTES[:4] + r.some_ordered(MINUTES[4:], r.randint(2, 5))
    doc = Doc()
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        render_line(doc, r, t.replace("{hh}", r.pick(["上午9:00", "下午3时", "14:30", ""])), f)
    return doc


@style("report_fully_filled", PH, NEG, "clean work report, every figure real")
def _(r):
    doc = report_doc(Doc(), r, plain_fill(r), r.randint(2, 10))
    if r.chance(0.3):
        halfwidth(doc)
    return doc


@style("chat_log_clean_nicknames", PH, NEG, "game chat log with ordinary nicknames, none masked (incl. X-man style handles)")
def _(r):
    doc = Doc()
    nicks = NICKS
    for i in range(r.randint(3, 9)):
        if i:
            doc.nl()
        doc.p("[%02d:%02d] " % (r.randint(0, 23), r.randint(0, 59)) + r.pick(["[世界]", "[公会]", ""]) + r.pick(nicks) + "：" + r.pick(CHAT_MSG))
        if r.chance(0.15):
            doc.p(" ")
            doc.p(r.pick(["666", "+1", "2333"]))
    return doc


@style("english_words_with_x", PH, NEG, "bilingual page whose English contains x words (tax, export, index, Expo) (not placeholders)")
def _(r):
    rows = [("全年出口总额{yi}亿元。", "Total ⟦exports⟧ reached RMB {yi} hundred million yuan."), ("居民消费价格指数上涨{gr}%。", "The consumer price ⟦index⟧ rose by {gr}%."),
            ("为企业减税降费{N}万元。", "⟦Tax⟧ and fee cuts for enterprises came to {N} ten-thousand yuan."),
            ("组织企业参加进口博览会。", "Local firms were organised to attend the China International Import ⟦Expo⟧."),
            ("建成综合交通枢纽一座。", "A comprehensive transport hub was completed as part of a mi⟦x⟧ed-use complex."),
            ("优化营商环境。", "We will improve the business environment and rela⟦x⟧ market access.")]
    doc = Doc()
    f = plain_fill(r)
    for i, (zh, en) in enumerate(r.some(rows, r.randint(1, 4))):
        if i:
            doc.nl()
        vals = {}

        def fz(d, slot, vals=vals):
            if slot not in vals:
                vals[slot] = Fill.NUM[re.sub(r"\d+$", "", slot)](r)
            d.p(vals[slot])
        M(doc, zh, fz)
        doc.nl()
        M(doc, en, fz)
    return doc


@style("sample_size_statistics", PH, NEG, "survey statistics with n=, N=, χ², P<0.05 (not placeholders)")
def _(r):
    return trap_doc(r, ["本次调查有效问卷⟦N=⟧{N}份，回收率{pct}%。", "两组满意度差异有统计学意义（⟦χ²=6.82，P<0.05⟧）。",
                        "实验组（⟦n=48⟧）与对照组（⟦n=52⟧）基线资料无显著差异。", "采用⟦Likert 5⟧级量表，⟦Cronbach's α=0.87⟧。",
                        "样本量按公式⟦n=Z²p(1-p)/E²⟧计算。"], context=0.2)


@style("hex_codes_model_numbers", PH, NEG, "technical codes and model numbers with X (0x7F, DN300, XPS-200) (not placeholders)")
def _(r):
    return trap_doc(r, ["设备故障代码⟦0x7F⟧表示通信超时。", "更换⟦DN300⟧球墨铸铁管{n}公里。", "采用⟦XPS⟧挤塑板保温层，厚度50mm。",
                        "配电柜型号⟦XGN15-12⟧，共{n}台。", "颜色值⟦#FFFFFF⟧为白色。", "检测仪器型号⟦XRF-1800⟧。"])


@style("magnification_times", PH, NEG, "microscope and finance text with ×100, 3倍 (not placeholders)")
def _(r):
    return trap_doc(r, ["在⟦×400⟧倍显微镜下观察，可见典型虫卵。", "目镜⟦10×⟧，物镜⟦40×⟧。", "市盈率约为⟦15×⟧。",
                        "科学记数法写作⟦3.2×10⁴⟧。", "折算系数取⟦1.2×0.9⟧。"], context=0.3)


@style("rmb_uppercase_amounts", PH, NEG, "contracts with uppercase RMB amounts and ¥ signs (not placeholders)")
def _(r):
    v = r.randint(10, 99) * 1000
    up = "人民币" + r.pick(["壹拾万元整", "贰万伍仟元整", "叁拾陆万元整", "捌仟元整", "壹佰贰拾万元整"])
    return trap_doc(r, ["合同总价：⟦¥%s.00⟧元（大写：%s）" % ("{:,}".format(v), up), "收款人：{co}  开户行：{town}农商银行",
                        "本次支付进度款⟦￥%d.00⟧。" % v, "金额以大写为准：%s。" % up], k=(2, 4), context=0.2)


@style("news_huaming_pseudonyms", PH, NEG, "news naming people by 化名 pseudonyms that read as ordinary names (not placeholders)")
def _(r):
    nm = person(r)
    return trap_doc(r, ["“以前办个证要跑好几趟，现在一次就办完了。”市民%s（化名）说。" % nm,
                        "%s（化名）今年%d岁，在{street}经营一家小超市。" % (nm, r.randint(28, 70)),
                        "记者在{comm}见到了%s（化名），她正在给孙子做饭。" % person(r), "小%s（化名）告诉记者，他已经在这里工作了五年。" % r.pick(GIVEN)],
                    k=(1, 3))


@style("form_fully_filled", PH, NEG, "application form with every field filled in")
def _(r):
    f = plain_fill(r)
    rows = ["姓名：{name}  性别：%s  出生年月：%d年%d月" % (r.pick("男女"), r.randint(1950, 2000), r.randint(1, 12)),
            "工作单位：{co}", "联系电话：{phone}", "申请事项：%s" % r.pick(["临时救助", "公益性岗位", "老年优待证办理", "困难职工帮扶"]),
            "家庭住址：{county}{town}{village}", "本人承诺以上信息真实有效。", "申请人（签名）：{name}", "受理人：{name2}  受理日期：{date}",
            "审核意见：同意。"]
    return trap_doc(r, rows, k=(3, 7), context=0, fill=f, ordered=True)


@style("legal_exam_jia_yi", PH, NEG, "law exam questions with 甲、乙、丙 as conventional parties (not placeholders)")
def _(r):
    return trap_doc(r, ["甲将自己的电动车借给乙使用，乙擅自将其卖给不知情的丙。问：丙能否取得该车所有权？",
                        "甲公司与乙公司签订买卖合同，约定由乙公司于三个月内交付货物。", "甲、乙二人共同出资购买一套住房，各占一半份额。",
                        "丙对甲的行为是否构成正当防卫？请说明理由。", "下列关于甲的说法中，正确的是哪一项？"], context=0.0)


# ============================== mj: damage positives ==========================================

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def word_range(r, line, lo=2, hi=8):
    """a stretch of a line that contains CJK characters, 1..hi chars long."""
    idx = [i for i, ch in enumerate(line) if "\u4e00" <= ch <= "\u9fff"]
    if not idx:
        return None
    a = r.pick(idx)
    L = r.randint(lo, hi)
    b = min(len(line), a + L)
    return a, b


def apply_where(r, lines, fn, where, doc=None, k=None):
    """Append lines to doc, damaging according to where: word / words / line / lines / title / all / tail / half."""
    doc = doc or Doc()
    n = len(lines)
    cand = [i for i, l in enumerate(lines) if CJK.search(l)]
    if not cand:
        raise GenError("nothing to damage")
    if where == "title":
        targets = {0: "line"} if 0 in cand else {cand[0]: "line"}
    elif where == "line":
        targets = {r.pick(cand): "line"}
    elif where == "lines":
        targets = {i: "line" for i in r.some(cand, k or r.randint(2, max(2, len(cand))))}
    elif where == "all":
        targets = {i: "line" for i in range(n)}
    elif where == "tail":
        targets = {i: "line" for i in cand[-(k or r.randint(1, 2)):]}
    elif where == "word":
        targets = {r.pick(cand): "word"}
    elif where == "words":
        targets = {i: "word" for i in r.some(cand, k or r.randint(2, max(2, min(4, len(cand)))))}
    elif where == "half":
        start = r.randint(0, max(0, n - 2))
        targets = {i: "line" for i in range(start, n)}
    else:
        raise GenError("where?")
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        how = targets.get(i)
        if how is None or not line:
            doc.p(line)
            continue
        if how == "line":
            try:
                damage(doc, line, fn)
            except GenError:
                if where == "all":
                    doc.p(line)
                else:
                    raise
        else:
            for _ in range(10):
                wr = word_range(r, line)
                if wr and fn(line[wr[0]:wr[1]]) != line[wr[0]:wr[1]]:
                    break
            else:
                raise GenError("no word")
            a, b = wr
            doc.p(line[:a])
            damage(doc, line[a:b], fn)
            doc.p(line[b:])
    if doc.n_spans() == 0:
        raise GenError("no damage")
    return doc


def src_report(r, n=None, title=None):
    return clean_report_lines(r, n or r.randint(2, 8), title if title is not None else r.chance(0.6))


def src_notice(r):
    return lines_of(notice_doc(Doc(), r, plain_fill(r), plain_fill(r), plain_fill(r)))


def src_minutes(r):
    f = plain_fill(r)
    doc = Doc()
    rows = MINUTES[:4] + r.some_ordered(MINUTES[4:], r.randint(2, 5))
    for i, t in enumerate(rows):
        if i:
            doc.nl()
        render_line(doc, r, t.replace("{hh}", r.pick(["上午9:00", "下午3时", ""])), f)
    return lines_of(doc)


def src_any(r):
    return r.pick([src_report, src_report, src_notice, src_minutes])(r)


def mj_simple(fn, where_opts, src=src_any):
    def gen(r):
        return apply_where(r, src(r), fn, r.pick(where_opts))
    return gen


U8GBK = cc("utf-8", "gbk")

def mj_multi(variants):
    """variants: list of (fn, where options, source); one is chosen per record."""
    def gen(r):
        fn, wh, src = r.pick(variants)
        return apply_where(r, (src or src_any)(r), fn, r.pick(wh))
    return gen


style("utf8_as_gbk_words", MJ, POS_MJ, "one or a few words of a clean page are UTF-8 bytes decoded as GBK (鍙戝睍 for 发展)")(
    mj_simple(U8GBK, ["word", "word", "words"]))
style("utf8_as_gbk_line", MJ, POS_MJ, "one whole line UTF-8→GBK, the rest clean")(mj_simple(U8GBK, ["line"]))
style("utf8_as_gbk_title", MJ, POS_MJ, "only the title line is UTF-8→GBK mojibake")(
    mj_simple(U8GBK, ["title"], lambda r: src_report(r, title=True)))
style("utf8_as_gbk_whole_doc", MJ, POS_MJ, "the whole document (or its second half) is UTF-8 read as GBK")(mj_simple(U8GBK, ["all", "all", "half"]))
style("utf8_as_gbk_signature", MJ, POS_MJ, "signature block (unit and date) UTF-8→GBK at the end of a notice")(
    mj_simple(U8GBK, ["tail"], src_notice))
style("utf8_as_gbk_resaved_question", MJ, POS_MJ, "UTF-8 read as GBK then saved as GBK: undecodable bytes became '?' (鍙戝睍缁忔祹锛?)")(
    mj_simple(resaved_gbk, ["line", "lines", "all", "half"]))


@style("utf8_as_gbk_table_column", MJ, POS_MJ, "flattened table where one column came from a UTF-8 source read as GBK")
def _(r):
    sep = r.pick(["|", "\t", "  "])
    head = ["序号", "单位", "负责人", "完成数", "备注"]
    doc = Doc()
    col = r.pick([1, 2, 4])
    f = plain_fill(r)
    doc.p(sep.join(head))
    for i in range(r.randint(2, 7)):
        doc.nl()
        cells = [str(i + 1), lines_of(render_line(Doc(), r, r.pick(["{comm}", "{village}", "{org}"]), f))[0],
                 person(r), num_N(r), r.pick(["已完成", "推进中", "已验收", "待整改", "资料已归档"])]
        for j, c in enumerate(cells):
            if j:
                doc.p(sep)
            if j == col:
                damage(doc, c, U8GBK)
            else:
                doc.p(c)
    return doc


def kunjinkao(s):
    """text passed through a UTF-8 decoder with errors=replace (U+FFFD), saved as UTF-8, read as GBK."""
    lost = s.encode("gbk").decode("utf-8", errors="replace")
    return lost.encode("utf-8").decode("gbk", errors="replace")


style("fffd_roundtrip_kunjinkao", MJ, POS_MJ, "GBK text decoded as UTF-8 with replacement, re-read as GBK: 锟斤拷 runs")(
    mj_simple(kunjinkao, ["word", "line", "lines"]))


@style("uninitialised_buffer_tangtang", MJ, POS_MJ, "debug buffer bytes 0xCC/0xCD shown as GBK: 烫烫烫 / 屯屯屯 after a field")
def _(r):
    lines = src_any(r)
    doc = Doc()
    i0 = r.randrange(len(lines))
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if i == i0:
            cut = r.randint(max(1, len(line) // 3), len(line))
            doc.p(line[:cut])
            raw = bytes([r.pick([0xCC, 0xCD])]) * (2 * r.randint(2, 12))
            doc.s(raw.decode("gbk"), "")
        else:
            doc.p(line)
    return doc


CP1252I = cc("utf-8", "cp1252", "ignore")
style("utf8_as_cp1252", MJ, POS_MJ, "UTF-8 shown as Windows-1252, undefined bytes dropped or replaced (å‘å±• / å�‘å±•)")(
    mj_multi([(CP1252I, ["word", "line", "title", "all"], None), (cc("utf-8", "cp1252"), ["word", "line", "half"], None)]))
style("utf8_as_latin1_c1_controls", MJ, POS_MJ, "UTF-8 decoded as ISO-8859-1 keeping C1 control characters")(
    mj_simple(cc("utf-8", "latin-1"), ["word", "line", "all"]))
style("utf8_as_mac_roman", MJ, POS_MJ, "UTF-8 read as Mac OS Roman (ÂèëÂ±ï)")(mj_simple(cc("utf-8", "mac_roman"), ["word", "line", "all"]))
style("utf8_as_cp437_console", MJ, POS_MJ, "console output: UTF-8 printed through code page 437 (σÅæσ▒ò)")(
    mj_simple(cc("utf-8", "cp437"), ["line", "all", "lines"]))
style("gbk_as_utf8_replace", MJ, POS_MJ, "GBK file opened as UTF-8: Chinese lost to U+FFFD, ASCII digits intact")(
    mj_simple(cc("gbk", "utf-8"), ["line", "all", "half", "word"]))
style("gbk_as_latin1", MJ, POS_MJ, "GBK bytes shown as Latin-1 (·¢Õ¹ for 发展)")(mj_simple(cc("gbk", "latin-1"), ["word", "line", "all"]))
style("gbk_as_big5", MJ, POS_MJ, "simplified GBK text read as Big5 on a traditional-Chinese system")(
    mj_simple(cc("gbk", "big5"), ["line", "all", "words"]))
style("utf8_as_big5", MJ, POS_MJ, "UTF-8 read as Big5")(mj_simple(cc("utf-8", "big5"), ["line", "word", "all"]))
style("read_as_japanese_codepage", MJ, POS_MJ, "UTF-8 or GBK read as Shift_JIS / EUC-JP on a Japanese system (katakana debris)")(
    mj_multi([(cc("utf-8", "shift_jis"), ["line", "word", "all"], None), (cc("utf-8", "euc_jp"), ["line", "word"], None),
              (cc("gbk", "shift_jis"), ["line", "all", "word"], None)]))
style("utf8_as_cyrillic_codepage", MJ, POS_MJ, "Chinese UTF-8 read as KOI8-R (Е▐▒) or Windows-1251 (еЏ‘е±•)")(
    mj_multi([(cc("utf-8", "koi8_r"), ["line", "word", "all"], None), (cc("utf-8", "cp1251"), ["line", "word", "all"], None)]))
style("utf8_as_other_windows_codepage", MJ, POS_MJ, "UTF-8 read as Greek, Central-European or Arabic Windows code pages")(
    mj_multi([(cc("utf-8", "cp1253"), ["line", "word"], None), (cc("utf-8", "cp1250"), ["line", "word", "all"], None),
              (cc("utf-8", "cp1256"), ["line", "word"], None)]))
style("utf16_read_as_8bit", MJ, POS_MJ, "UTF-16 export read byte-wise: Latin-1 with BOM (ÿþÑSU\\) or GBK")(
    mj_multi([(utf16le_bom_latin1, ["all", "line"], None), (utf16le_as_gbk, ["line", "all"], None), (utf16be_as_gbk, ["line"], None)]))
style("double_encoded_utf8", MJ, POS_MJ, "UTF-8 encoded twice (via cp1252 or Latin-1): Ã¥Â… debris")(
    mj_multi([(double_utf8, ["word", "line", "all"], None), (latin1_utf8_twice, ["word", "line"], None)]))
def drop_byte_at(r, enc):
    """lose one byte in the middle of the byte stream; the decoder runs out of step until it resynchronises."""
    def fn(s):
        b = s.encode(enc)
        bounds = []
        pos = 0
        for ch in s:
            n = len(ch.encode(enc))
            if n == 2:
                bounds.append(pos)
            pos += n
        if not bounds:
            return s
        k = r.pick(bounds[: max(1, len(bounds) * 2 // 3)])
        return (b[:k] + b[k + 1:]).decode(enc, errors="replace")
    return fn


@style("byte_offset_shift", MJ, POS_MJ, "GBK or Big5 stream with one byte lost, decoded out of step until it resynchronises (作為?,F(xiàn)將-type debris)")
def _(r):
    if r.chance(0.7):
        lines, enc = src_any(r), "gbk"
    else:
        lines, enc = trad_lines(r), "big5"
    return apply_where(r, lines, drop_byte_at(r, enc), r.pick(["line", "line", "lines", "all"]))


HK_LINES = ["政府今日公布，本年度共編配公共租住房屋{N}個單位。", "市民如有查詢，可致電熱線與本署職員聯絡。",
            "為配合道路改善工程，有關路段將於下星期六起實施臨時交通安排。", "有關詳情已上載至本署網頁，歡迎瀏覽。",
            "本計劃共收到申請{N}份，經審批後獲資助的團體共{n}個。", "颱風期間，各區共開放臨時庇護中心{n}個，共有{N}名市民入住。",
            "衞生署提醒市民注意個人及環境衞生，如出現發燒症狀應及早求醫。", "教育局已向全港學校發出通告，提醒做好防暑措施。",
            "社會福利署將繼續與非政府機構合作，為長者提供社區照顧服務。", "轄下{n}間公共圖書館將於考試期間延長開放時間。",
            "運輸署呼籲駕駛人士留意最新交通消息，預留充足時間出行。", "本年度共舉辦社區活動{N}場，參加人數逾{W}人次。"]
TW_LINES = ["市政府宣布，自下月起調整公車路線{n}條。", "氣象單位表示，今明兩天各地天氣穩定，早晚溫差大。",
            "衛生局統計，上週共有{N}人次因類流感就診。", "本屆展覽共有{n}個國家、{N}家廠商參展。", "圖書館週末增設親子共讀活動，歡迎民眾踴躍參加。",
            "區公所提醒里民，資源回收車每週二、四、六收運。", "本案經審查後，核定補助新臺幣{N}萬元。"]
CHRON_LINES = ["境內多丘陵，東高西低，溪流自北向南匯入大河。", "明嘉靖年間，{tsur}氏自江西吉安遷此，聚族而居。",
               "清光緒十八年大旱，禾稼枯槁，斗米值錢四百文。", "民國三十七年，全鎮有戶一千二百餘，人口五千六百有奇。",
               "一九五八年成立人民公社，轄十二個生產大隊。", "境內有古橋三座，以永濟橋最著，石拱五孔，長二十餘丈。",
               "舊時每逢農曆三月初三，鄉人聚於廟前演戲酬神，歷三日方散。", "物產以稻穀、油茶、苧麻為大宗，兼產竹木。",
               "宣統元年設初等小學堂一所，學生三十餘人。", "一九八七年撤區並鄉，一九九二年撤鄉建鎮。", "鎮東有古井一口，水清冽，四時不竭。"]
GENEALOGY_LINES = ["始祖{tname}公，原籍江西南昌府，明洪武間遷居{tplace}，傳至今二十餘世。",
                   "第{g}世　{tname}，字{tz}，生於{era}，卒於{era2}，享壽七十有三。", "配{tsur}氏，生子三：長{tname2}，次{tname3}，三早殤。",
                   "公性敦厚，勤儉持家，鄉里稱善。", "葬於{tplace}後山，坐北朝南。", "字輩：文章華國，詩禮傳家，忠厚繼世，孝友承先。"]
ERAS = ["乾隆四十二年", "嘉慶十年", "道光三年", "咸豐六年", "同治元年", "光緒十八年", "宣統二年"]


def trad_sub(r, t, sur=None):
    sur = sur or r.pick(TRAD_SURNAMES)
    e1 = r.randrange(len(ERAS) - 1)
    e2 = r.randint(e1 + 1, len(ERAS) - 1)
    return (t.replace("{tsur}", r.pick(TRAD_SURNAMES)).replace("{tname2}", sur + "".join(r.some(TRAD_GIVEN, 2)))
            .replace("{tname3}", sur + "".join(r.some(TRAD_GIVEN, 2))).replace("{tname}", sur + "".join(r.some(TRAD_GIVEN, 2)))
            .replace("{tz}", "".join(r.some(TRAD_GIVEN, 2))).replace("{tplace}", place_trad(place2(r)))
            .replace("{g}", r.pick(["十五", "十六", "十七", "十八"])).replace("{era2}", ERAS[e2]).replace("{era}", ERAS[e1]))


def trad_lines(r, bank=None, k=None):
    bank = bank or r.pick([HK_LINES, TW_LINES, CHRON_LINES, GENEALOGY_LINES])
    f = plain_fill(r)
    out = []
    sur = r.pick(TRAD_SURNAMES)
    for t in r.some(bank, k or r.randint(2, 6)):
        out.append(lines_of(render_line(Doc(), r, trad_sub(r, t, sur), f))[0])
    return out


JP_LINES = ["今回の会議では、地域の防災対策について意見交換を行いました。", "ご来場いただき、誠にありがとうございます。",
            "本日の説明会は午後二時から開始します。", "環境にやさしいまちづくりを目指しています。", "詳しくは市役所のホームページをご覧ください。",
            "友好都市提携十周年を記念して、交流会が開かれました。", "今後とも末永いご協力をお願い申し上げます。"]
KO_LINES = ["지역 경제 발전을 위해 함께 노력하겠습니다.", "방문해 주셔서 감사합니다.", "우호 교류가 더욱 활발해지기를 바랍니다.",
            "관광객 여러분을 환영합니다.", "자세한 내용은 홈페이지를 참고하십시오.", "앞으로도 많은 관심 부탁드립니다."]
RU_LINES = ["Добро пожаловать в наш город!", "Мы надеемся на дальнейшее сотрудничество.", "Спасибо за внимание.",
            "Торгово-экономическое сотрудничество успешно развивается.", "Выставка откроется в следующий понедельник.",
            "Желаем вам крепкого здоровья и успехов!"]
FOREIGN_INTRO = {"jp": ["日方代表在致辞中说：", "来信原文如下：", "日本友好城市发来贺信：", "交流团团长留言："],
                 "ko": ["韩方代表致辞：", "韩国友好城市来函原文：", "访问团成员在留言簿上写道：", "宣传册韩文版写道："],
                 "ru": ["俄方代表在致辞中说：", "俄罗斯客商留言：", "合作备忘录俄文本写道：", "展会俄文宣传语："]}
FOREIGN = {"jp": JP_LINES, "ko": KO_LINES, "ru": RU_LINES}


def foreign_doc(r, lang, bad_fn=None, n_bad=1, n_good=0):
    """Chinese context lines with quoted foreign sentences; n_bad quotes damaged by bad_fn, n_good quoted correctly (traps)."""
    doc = Doc()
    f = plain_fill(r)
    ctx = r.some(REPORT, r.randint(0, 2))
    quotes = r.some(FOREIGN[lang], n_bad + n_good)
    kinds = ["bad"] * n_bad + ["good"] * n_good
    r.shuffle(kinds)
    items = [("ctx", c) for c in ctx] + list(zip(kinds, quotes))
    first = True
    for kind, t in items:
        if not first:
            doc.nl()
        first = False
        if kind == "ctx":
            render_line(doc, r, t, f)
            continue
        doc.p(r.pick(FOREIGN_INTRO[lang]) + "“")
        if kind == "bad":
            damage(doc, t, bad_fn)
        else:
            doc.t(t)
        doc.p("”")
    return doc


style("shift_jis_quote_as_gbk", MJ, POS_MJ, "Japanese quotation in Shift_JIS read as GBK inside a Chinese page")(
    lambda r: foreign_doc(r, "jp", cc("shift_jis", "gbk"), 1, r.pick([0, 0, 1])))
style("euc_kr_quote_misread", MJ, POS_MJ, "Korean quotation in EUC-KR shown as Latin-1 (¾È³çÇÏ¼¼¿ä) or read as GBK")(
    lambda r: foreign_doc(r, "ko", r.pick([cc("euc_kr", "latin-1"), cc("euc_kr", "gbk")]), r.pick([1, 1, 2]), r.pick([0, 1])))
style("iso2022_escape_debris", MJ, POS_MJ, "ISO-2022-JP / ISO-2022-KR text with control bytes stripped: $B...(B, $)C debris")(
    lambda r: r.pick([lambda: foreign_doc(r, "jp", iso2022_jp_stripped, 1, r.pick([0, 1])),
                      lambda: foreign_doc(r, "ko", iso2022_kr_stripped, 1, r.pick([0, 1]))])())
style("russian_utf8_as_cp1251_next_to_correct", MJ, POS_MJ,
      "Russian UTF-8 read as cp1251 (РџСЂРёРІРµС‚) next to correctly quoted Russian; only the damage is a span")(
    lambda r: foreign_doc(r, "ru", cc("utf-8", "cp1251"), 1, r.pick([1, 1, 2])))
style("russian_8bit_codepage_swap", MJ, POS_MJ, "Russian KOI8-R read as cp1251 (рТЙЧЕФ) or cp1251 read as KOI8-R, often beside correct Russian")(
    lambda r: foreign_doc(r, "ru", r.pick([cc("koi8_r", "cp1251"), cc("cp1251", "koi8_r")]), 1, r.pick([0, 1])))
style("japanese_utf8_as_cp1252", MJ, POS_MJ, "Japanese UTF-8 quote read as cp1252 (ã€ debris) beside a clean Chinese page")(
    lambda r: foreign_doc(r, "jp", cc("utf-8", "cp1252", "ignore"), 1, r.pick([0, 1])))


@style("big5_traditional_as_gbk", MJ, POS_MJ, "Hong Kong / Taiwan notice or online genealogy in Big5 read as GBK")
def _(r):
    bank = r.pick([HK_LINES, TW_LINES, GENEALOGY_LINES])
    return apply_where(r, trad_lines(r, bank), cc("big5", "gbk"), r.pick(["line", "all", "word", "half", "lines"]))


@style("chronicle_gbk_lost_chars", MJ, POS_MJ, "local chronicle in traditional characters pushed through GB2312: characters lost as '?'")
def _(r):
    return apply_where(r, trad_lines(r, CHRON_LINES), gb2312_lost, r.pick(["line", "all", "lines"]))


@style("hz_gb2312_debris", MJ, POS_MJ, "old HZ-GB-2312 encoded text shown raw (~{...~})")
def _(r):
    return apply_where(r, src_report(r, r.randint(1, 5)), hz, r.pick(["line", "all", "word"]))


@style("utf7_debris", MJ, POS_MJ, "UTF-7 encoded mail text shown raw (+U9FcVQ-)")
def _(r):
    return apply_where(r, src_any(r), utf7, r.pick(["line", "word", "all"]))


RARE_NAMES = ["刘䶮", "陈𠮷", "王𬌗", "赵孟𫖯", "李䶮", "张㛃", "黄𬳵", "杨䲜"]


@style("gb18030_rare_as_gbk", MJ, POS_MJ, "names with characters outside GBK (GB18030 four-byte / Ext-A) decoded as GBK")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    intro = r.pick(["获奖学生名单：", "新录用人员：", "本次表彰对象：", "参赛选手："])
    doc.p(intro)
    names = [person(r) for _ in range(r.randint(2, 6))]
    k = r.randint(1, min(2, len(names)))
    for i in r.some(range(len(names)), k):
        names[i] = r.pick(RARE_NAMES)
    g18 = cc("gb18030", "gbk")
    for i, nm in enumerate(names):
        if i:
            doc.p(r.pick(["、", "，", "  "]))
        if nm in RARE_NAMES:
            damage(doc, nm, g18)
        else:
            doc.p(nm)
    if r.chance(0.6):
        doc.nl()
        render_line(doc, r, r.pick(REPORT), f)
    return doc


EMOJI = ["👍", "😀", "😂", "🎉", "❤️", "🙏", "🌹", "💪", "😭", "🔥"]
COMMENTS = ["太棒了", "为家乡点赞", "辛苦了", "支持一下", "什么时候开通啊", "终于修好了", "希望越来越好", "已转发", "好消息"]


def comment_lines(r, n, with_emoji=True):
    out = []
    for _ in range(n):
        c = r.pick(COMMENTS)
        if with_emoji:
            c += "".join(r.some(EMOJI, r.randint(1, 3)))
        out.append((r.pick(NICKS), c))
    return out


def comments_doc(r, fn, rate=0.6):
    doc = Doc()
    doc.p(r.pick(["精选留言", "网友评论（%d）" % r.randint(5, 300), "热门评论"]))
    rows = comment_lines(r, r.randint(2, 8))
    hit = 0
    for i, (nick, c) in enumerate(rows):
        doc.nl()
        doc.p(nick + "：")
        if r.chance(rate) or (i == len(rows) - 1 and hit == 0):
            damage(doc, c, fn)
            hit += 1
        else:
            doc.t(c) if any(ord(ch) > 0xFFFF or ch in "❤️" for ch in c) else doc.p(c)
    return doc


style("cesu8_emoji", MJ, POS_MJ, "emoji stored as CESU-8 surrogates, read as UTF-8 (������) or cp1252 (í ½í¸€)")(
    lambda r: comments_doc(r, r.pick([cesu8_as_utf8, cesu8_as_cp1252])))
style("json_surrogate_escapes", MJ, POS_MJ, "comments exported with JSON ensure_ascii: \\u8f9b\\u82e6\\ud83d\\udc4d")(lambda r: comments_doc(r, json_ascii))
style("emoji_lost_question_marks", MJ, POS_MJ, "emoji pushed through GBK with replacement: 点赞?? ")(lambda r: comments_doc(r, gbk_lost))


EMOJI_COMMENTS = ["666👍👍", "+1🙏", "👍👍👍", "🎉🎉🎉", "nice🔥", "yyds💪", "😂😂😂", "🌹🌹", "good job👏", "🙏🙏🙏"]


@style("emoji_utf8_as_cp1252", MJ, POS_MJ, "emoji-only comments whose UTF-8 bytes are shown as cp1252 (ðŸ‘)")
def _(r):
    doc = Doc()
    doc.p(r.pick(["精选留言", "网友评论", "弹幕记录"]))
    rows = [(r.pick(NICKS), r.pick(EMOJI_COMMENTS if r.chance(0.6) else COMMENTS)) for _ in range(r.randint(2, 8))]
    hit = 0
    for i, (nick, c) in enumerate(rows):
        doc.nl()
        doc.p(nick + "：")
        if c in EMOJI_COMMENTS and (r.chance(0.7) or hit == 0):
            damage(doc, c, cc("utf-8", "cp1252"))
            hit += 1
        else:
            doc.p(c)
    if hit == 0:
        raise GenError("none")
    return doc


style("unicode_escape_debris", MJ, POS_MJ, "text stored through unicode_escape / ASCII JSON: \\u53d1\\u5c55 in place of 发展")(
    mj_multi([(uni_escape, ["word", "line", "words"], None), (json_ascii, ["line", "title", "word"], None)]))
style("python_bytes_repr", MJ, POS_MJ, "a field printed as a Python bytes repr: b'\\xe5\\x8f\\x91...' (UTF-8 or GBK)")(
    mj_multi([(bytes_repr, ["word", "line"], None), (bytes_repr_gbk, ["word", "title"], None)]))
style("html_numeric_char_refs", MJ, POS_MJ, "Chinese written as decimal or hex character references (&#21457;&#23637; / &#x53d1;)")(
    mj_multi([(ncr_dec, ["word", "line", "words", "title"], None), (ncr_hex, ["word", "line", "words"], None)]))

import html.entities as _he  # noqa: E402

NAMED = {ch: "&%s;" % name for cp, name in _he.codepoint2name.items() for ch in [chr(cp)]}


def named_entities(s):
    return "".join(NAMED.get(ch, ch) if ch in "\u00a0“”‘’—…·×" else ch for ch in s)


@style("html_named_entity_remnants", MJ, POS_MJ, "named entities left in scraped text (&nbsp; indentation, &ldquo;…&rdquo;, &mdash;)")
def _(r):
    lines = src_report(r)
    doc = Doc()
    hit = 0
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if r.chance(0.5):
            ind = "\u00a0" * r.pick([2, 4, 4, 6])
            doc.s(named_entities(ind), ind)
            hit += 1
        seg = line
        if "“" in seg or "—" in seg or "…" in seg or r.chance(0.3):
            if "“" not in seg and r.chance(0.5):
                # the original had quoted words; rebuild them as quotes
                wr = word_range(r, seg, 2, 5)
                if wr:
                    seg = seg[:wr[0]] + "“" + seg[wr[0]:wr[1]] + "”" + seg[wr[1]:]
            pos = 0
            for m in re.finditer(r"[\u00a0“”‘’—…·×]+", seg):
                doc.p(seg[pos:m.start()])
                doc.s(named_entities(m.group(0)), m.group(0))
                hit += 1
                pos = m.end()
            doc.p(seg[pos:])
        else:
            doc.p(seg)
    if hit == 0:
        raise GenError("none")
    return doc


@style("html_double_escaped", MJ, POS_MJ, "HTML escaped twice by a CMS (&amp;nbsp;, &amp;lt;p&amp;gt;, &amp;ldquo;)")
def _(r):
    lines = src_report(r)
    doc = Doc()
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        k = r.random()
        if k < 0.35:
            tag = r.pick(["<p>", "<br/>", "<strong>", "<p style=\"text-indent:2em\">"])
            doc.s(html_escape_twice(tag), "")
            doc.p(line)
            if r.chance(0.5) and tag in ("<p>", "<strong>"):
                doc.s(html_escape_twice("</" + tag[1:]), "")
        elif k < 0.6:
            doc.s(html.escape(named_entities("\u00a0" * r.pick([2, 4]))), "")
            doc.p(line)
        else:
            doc.p(line)
    if doc.n_spans() == 0:
        doc.nl() if lines else None
        doc.s(html_escape_twice("<br/>"), "")
    return doc


TAGS_OPEN = ['<span style="font-family:宋体;font-size:16px;">', '<p class="MsoNormal">', "<strong>", '<font face="仿宋_GB2312">',
             '<p style="text-indent:2em;line-height:1.75;">', "<b>", '<span lang="EN-US">', '<div class="TRS_Editor">']
TAGS_CLOSE = ["</span>", "</p>", "</strong>", "</font>", "</b>", "<br/>", "<br>", "</div>"]


@style("html_tag_remnants", MJ, POS_MJ, "HTML tags left in extracted text (<span style=…>, </strong>, <br/>)")
def _(r):
    lines = src_report(r)
    doc = Doc()
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if r.chance(0.45):
            if r.chance(0.5):
                doc.s(r.pick(TAGS_OPEN), "")
            cut = r.randint(0, len(line))
            doc.p(line[:cut])
            doc.s(r.pick(TAGS_CLOSE), "")
            doc.p(line[cut:])
        else:
            doc.p(line)
    if doc.n_spans() == 0:
        doc.s(r.pick(TAGS_CLOSE), "")
    return doc


@style("office_html_remnants", MJ, POS_MJ, "Word-to-HTML debris (<o:p></o:p>, mso- styles, <!--[if !supportLists]-->)")
def _(r):
    lines = src_report(r)
    doc = Doc()
    debris = ["<o:p></o:p>", "<o:p>&nbsp;</o:p>", "<!--[if !supportLists]-->", "<!--[endif]-->",
              'style="mso-bidi-font-size:10.5pt;mso-fareast-font-family:仿宋_GB2312"', "mso-spacerun:yes", "<w:WordDocument>"]
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if r.chance(0.3):
            doc.s(r.pick(debris[2:4]), "")
        doc.p(line)
        if r.chance(0.4):
            doc.s(r.pick(debris), "")
    if doc.n_spans() == 0:
        doc.s(debris[0], "")
    return doc


TRS_CSS = [".TRS_Editor P{margin-top:-5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}",
           ".TRS_Editor DIV{margin-top:-5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}",
           ".TRS_Editor TD{margin-top:-5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}",
           ".TRS_Editor TH{font-size:12pt;}", "var currentTime = new Date();", "document.write('<div class=\"share\"></div>');"]


@style("cms_css_script_remnants", MJ, POS_MJ, "government CMS stylesheet/script text scraped into the article (.TRS_Editor P{…})")
def _(r):
    doc = Doc()
    k = r.randint(1, 3)
    doc.s("".join(r.some(TRS_CSS[:4], k)) if r.chance(0.8) else r.pick(TRS_CSS[4:]), "")
    for line in src_report(r, r.randint(1, 6)):
        doc.nl()
        doc.p(line)
    return doc


PINYIN_SENTS = [
    "今年以來(lái)，街道堅(jiān)持黨(dǎng)建引領(lǐng)，統(tǒng)籌(chóu)推進(jìn)經(jīng)濟(jì)發(fā)展和社會(huì)治理。",
    "全年完成規(guī)模以上工業(yè)總(zǒng)產(chǎn)值{yi}億(yì)元，同比增長(zhǎng){gr}%。",
    "組(zǔ)織(zhī)開(kāi)展安全生產(chǎn)大檢(jiǎn)查{n}次，整改隱(yǐn)患{N}處(chù)。",
    "新建綜(zōng)合服務(wù)中心{n}個(gè)，為(wèi)轄(xiá)區(qū)居民提供便民服務(wù){N}人次。",
    "深入貫(guàn)徹(chè)落實(shí)上級(jí)決(jué)策部署，紮(zhā)實(shí)做好穩(wěn)就業(yè)、保民生各項(xiàng)工作。",
    "完成舊(jiù)村莊(zhuāng)環(huán)境整治{n}個(gè)，新增綠(lǜ)化面積{N}平方米。",
    "受理群眾(zhòng)訴(sù)求{N}件，按時(shí)辦(bàn)結(jié)率達(dá)到{pct}%。",
    "走訪(fǎng)慰問(wèn)困難(nán)家庭{N}戶(hù)，發(fā)放慰問(wèn)金{money}萬(wàn)元。",
    "持續(xù)開(kāi)展矛盾糾(jiū)紛(fēn)排查化解，調(tiáo)處(chǔ)成功率{pct}%。",
    "加強(qiáng)基層(céng)黨(dǎng)組(zǔ)織(zhī)建設(shè)，發(fā)展黨(dǎng)員(yuán){n}名。",
    "全力推動(dòng)重點(diǎn)項(xiàng)目建設(shè)，完成征地{N}畝(mǔ)，拆遷(qiān)房屋{n}座。",
    "積(jī)極(jí)開(kāi)展反詐(zhà)騙(piàn)宣傳(chuán)，發(fā)放宣傳(chuán)資(zī)料{N}份。",
    "做好疫苗接種(zhòng)工作，累計(jì)接種(zhòng){W}劑(jì)次。",
    "下一步，我們(men)將(jiāng)繼(jì)續(xù)鞏(gǒng)固工作成果，奮(fèn)力開(kāi)創(chuàng)新局面。",
    "推進(jìn)垃圾分類(lèi)示範(fàn)小區(qū)建設(shè)，覆蓋居民{N}戶(hù)。",
    "舉(jǔ)辦(bàn)招聘會(huì){n}場(chǎng)，提供崗(gǎng)位{N}個(gè)。",
    "現(xiàn)將(jiāng)有關(guān)工作開(kāi)展情況(kuàng)匯(huì)報(bào)如下：",
    "二、存在問(wèn)題(tí)及下一步工作計(jì)劃(huà)",
    "一是經(jīng)濟(jì)運(yùn)行總(zǒng)體(tǐ)平穩(wěn)。",
    "嚴(yán)格落實(shí)河長(zhǎng)制，開(kāi)展河道巡查{N}人次。",
    "完成老舊(jiù)小區(qū)改造{n}個(gè)，惠及居民{N}戶(hù)。",
    "（二）守牢安全底線(xiàn)，持續(xù)優(yōu)化轄(xiá)區(qū)治安環(huán)境。",
]
PY_HEAD = "一、{year}年上半年工作落實(shí)情況(kuàng)"
PY_ANN = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)")


def fill_nums(r, t):
    def rep(m):
        k = m.group(1)
        if k == "year":
            return str(r.randint(2019, 2024))
        return Fill.NUM[re.sub(r"\d+$", "", k)](r)
    return re.sub(r"\{([A-Za-z0-9]+)\}", rep, t)


def pinyin_line(doc, r, t, keep=0.85, force=False):
    t = fill_nums(r, t)
    pos = 0
    kept = 0
    for m in PY_ANN.finditer(t):
        doc.p(t[pos:m.start()])
        if r.random() < keep or (force and kept == 0):
            doc.s(m.group(0), "")
            kept += 1
        pos = m.end()
    doc.p(t[pos:])
    return kept


def strip_pinyin(t):
    return PY_ANN.sub("", t)


@style("pinyin_annotation_traditional", MJ, POS_MJ, "scraper converted to traditional characters and appended pinyin: 發(fā)展, 區(qū)委")
def _(r):
    doc = Doc()
    rows = ([PY_HEAD] if r.chance(0.4) else []) + r.some(PINYIN_SENTS, r.randint(1, 7))
    for i, t in enumerate(rows):
        if i:
            doc.nl() if r.chance(0.6) else None
        pinyin_line(doc, r, t, keep=r.pick([0.9, 0.7, 0.5]), force=(i == 0))
    return doc


RARE_GIVEN = ["喆", "堃", "赟", "珺", "琇", "垚", "犇", "彧", "祎", "玥", "婳", "昇", "旻", "赜", "翀", "珏", "甦"]


@style("gb2312_lost_name_chars", MJ, POS_MJ, "name list pushed through GB2312: rare given-name characters became '?' (李?, 王?明)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    doc.p(r.pick(["{year}年公开招聘拟录用人员名单：", "优秀学生干部：", "本期考核合格人员：", "志愿服务先进个人："]).replace("{year}", str(r.randint(2019, 2024))))
    names = []
    for _ in range(r.randint(3, 8)):
        nm = r.pick(SURNAMES) + (r.pick(RARE_GIVEN) if r.chance(0.4) else r.pick(GIVEN))
        if r.chance(0.5):
            nm += r.pick(GIVEN)
        names.append(nm)
    if not any(ch in RARE_GIVEN for n in names for ch in n):
        names[r.randrange(len(names))] = r.pick(SURNAMES) + r.pick(RARE_GIVEN)
    for i, nm in enumerate(names):
        if i:
            doc.p("、")
        if any(ch in RARE_GIVEN for ch in nm):
            damage(doc, nm, gb2312_lost)
        else:
            doc.p(nm)
    if r.chance(0.5):
        doc.nl()
        render_line(doc, r, r.pick(["以上人员如有异议，请于{md}前向{org}反映。", "公示期为{n}个工作日。"]), f)
    return doc


CANTO_S = ["今日落雨，佢哋冇带遮，淋到成身湿晒。", "呢间茶餐厅嘅菠萝油好出名，朝早七点开门。", "我哋听日去睇楼，你得唔得闲？",
           "唔好意思，我迟咗少少，塞车塞到癫。", "嗰个师傅整嘢好快手，半个钟就搞掂。", "阿嫲话今晚煲咗汤，叫我哋早啲返屋企。",
           "呢度啲嘢好抵食，下次再嚟。", "佢讲嘢好好笑，成班人笑到碌地。"]
CANTO_T = ["今日落雨，佢哋冇帶遮，淋到成身濕晒。", "呢間茶餐廳嘅菠蘿油好出名，朝早七點開門。", "我哋聽日去睇樓，你得唔得閒？",
           "唔好意思，我遲咗少少，塞車塞到癲。", "嗰個師傅整嘢好快手，半個鐘就搞掂。", "阿嫲話今晚煲咗湯，叫我哋早啲返屋企。",
           "呢度啲嘢好抵食，下次再嚟。", "佢講嘢好好笑，成班人笑到碌地。"]


@style("cantonese_gb2312_lost", MJ, POS_MJ, "Cantonese forum text stored in GB2312: dialect characters lost as '?' (?哋, 咗 → ?)")
def _(r):
    doc = Doc()
    doc.p(r.pick(["【广州】", "楼主：", "网友留言：", ""]) + r.pick(["分享下今日的经历", "吹水贴", "问下大家", "日常记录"]))
    lines = r.some(CANTO_S, r.randint(1, 5))
    return apply_where(r, lines, gb2312_lost, "all", doc=_nl(doc))


def _nl(doc):
    doc.nl()
    return doc


EXTB = [("元代书画家赵孟𫖯，字子昂，号松雪道人。", "赵孟𫖯"), ("口腔科常见病包括龋病、牙周病和错𬌗畸形。", "错𬌗"),
        ("南汉高祖刘䶮于公元917年称帝。", "刘䶮"), ("日本连锁餐饮品牌“𠮷野家”以牛肉饭闻名。", "𠮷野家"),
        ("展柜中陈列着赵孟𫖯的行书手卷摹本。", "赵孟𫖯")]


def utf8mb3_lost(s):
    return "".join(ch.encode("utf-8").decode("ascii", errors="replace").encode("ascii", errors="replace").decode("ascii")
                   if ord(ch) > 0xFFFF else ch for ch in s)


@style("rare_char_lost_in_storage", MJ, POS_MJ, "text with characters beyond GBK / the BMP stored in GBK or a 3-byte UTF-8 column: 赵孟? , 错????")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    for i, (line, word) in enumerate(r.some(EXTB, r.randint(1, 3))):
        if i:
            doc.nl()
        fn = r.pick([gbk_lost, utf8mb3_lost]) if any(ord(c) > 0xFFFF for c in line) else gbk_lost
        a = line.index(word)
        doc.p(line[:a])
        damage(doc, word, fn)
        doc.p(line[a + len(word):])
    if r.chance(0.4):
        doc.nl()
        render_line(doc, r, r.pick(REPORT), f)
    return doc


style("ascii_only_system_question_marks", MJ, POS_MJ, "text stored by an ASCII-only system: Chinese became ??? while digits survived")(
    mj_simple(ascii_lost, ["line", "title", "all", "word"]))


@style("utf8_truncated_mid_char", MJ, POS_MJ, "UTF-8 lines or a whole file cut at a byte limit inside a character (trailing �)")
def _(r):
    lines = src_report(r, r.randint(2, 8), title=False)
    doc = Doc()
    mode = r.pick(["lines", "lines", "end"])
    limit = r.randint(60, 180)
    cut_done = 0
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        b = line.encode("utf-8")
        if (mode == "lines" and len(b) > limit) or (mode == "end" and i == len(lines) - 1):
            lim = limit if mode == "lines" else r.randint(max(3, len(b) // 3), len(b) - 1)
            # move the cut inside a multi-byte character
            while lim < len(b) and (b[lim] & 0xC0) != 0x80:
                lim += 1
            if lim >= len(b) or lim < 1:
                doc.p(line)
                continue
            bad = cut_utf8(line, lim)
            nchars = len(b[:lim].decode("utf-8", errors="ignore"))
            clean = line[:nchars + 1]
            damage(doc, clean, lambda s, bad=bad: bad)
            cut_done += 1
            if mode == "end":
                break
        else:
            doc.p(line)
    if cut_done == 0:
        raise GenError("no cut")
    return doc


def email_head(r, subject, charset, cte):
    nm = person(r)
    py = SURNAME_PY.get(nm[0], "zhang").lower() + str(r.randint(10, 99))
    dom = r.pick(["163.com", "126.com", "qq.com", "sina.com", place_en(place2(r)).lower() + ".gov.cn"])
    return ["发件人：%s <%s@%s>" % (nm, py, dom), "日期：%d年%d月%d日 %02d:%02d" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(7, 22), r.randint(0, 59)),
            "主题：" + subject, 'Content-Type: text/plain; charset="%s"' % charset, "Content-Transfer-Encoding: " + cte]


def body_text(r, k=2):
    f = plain_fill(r)
    d = Doc()
    render_line(d, r, r.pick(["各位同事：", "{name}科长：", "您好！"]), f)
    for s in r.some(REPORT, k):
        render_line(d, r, s, f)
    return d.plain_text()


@style("base64_mime_body_left", MJ, POS_MJ, "archived e-mail whose base64 body was never decoded")
def _(r):
    charset = r.pick(["utf-8", "gb2312", "gbk"])
    body = body_text(r, r.randint(1, 2))
    enc = base64.encodebytes(body.encode("gbk" if charset != "utf-8" else "utf-8")).decode("ascii").rstrip("\n")
    if enc.count("\n") > 5:
        raise GenError("long")
    doc = Doc()
    head = email_head(r, r.pick(["关于报送%s材料的通知" % r.pick(TOPICS), "会议纪要", "转发：工作提醒"]), charset, "base64")
    for i, h in enumerate(r.some_ordered(head, r.randint(3, 5)) if r.chance(0.4) else head):
        if i:
            doc.nl()
        doc.p(h)
    doc.nl()
    doc.s(enc, body)
    return doc


@style("quoted_printable_body_left", MJ, POS_MJ, "archived e-mail whose quoted-printable body was never decoded (=E5=8F=91…)")
def _(r):
    body = body_text(r, 1)
    cs = r.pick(["utf-8", "gb2312"])
    enc = quopri.encodestring(body.encode("utf-8" if cs == "utf-8" else "gbk")).decode("ascii").rstrip("\n")
    if enc.count("\n") > 6:
        raise GenError("long")
    doc = Doc()
    for i, h in enumerate(email_head(r, "工作提醒", cs, "quoted-printable")):
        if i:
            doc.nl()
        doc.p(h)
    doc.nl()
    doc.s(enc, body)
    return doc


@style("rfc2047_header_undecoded", MJ, POS_MJ, "mail headers or attachment names left as encoded-words (=?UTF-8?B?…?=, =?gb2312?B?…?=)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    subj = lines_of(render_line(Doc(), r, r.pick(["关于{topic}工作的通知", "{street}{year}年工作总结", "会议通知"]), f))[0]
    att = r.pick(["附件1：{t}.docx", "{t}.xlsx", "{t}.pdf"]).replace("{t}", r.pick(["报名表", "汇总表", "实施方案", "统计表"]))
    fns = [lambda s: rfc2047_b(s, "utf-8"), lambda s: rfc2047_b(s, "gb2312"), rfc2047_q]
    rows = [("主题：", subj), ("附件：", att), ("发件人：", person(r))]
    for i, (k, v) in enumerate(r.some_ordered(rows, r.randint(1, 3))):
        if i:
            doc.nl()
        doc.p(k)
        if k == "附件：" and "." in v:
            stem, ext = v.rsplit(".", 1)
            damage(doc, stem, r.pick(fns))
            doc.p("." + ext)
        else:
            damage(doc, v, r.pick(fns))
    if r.chance(0.5):
        doc.nl()
        doc.p(body_text(r, 1))
    return doc


@style("percent_encoded_filenames", MJ, POS_MJ, "attachment names shown percent-encoded (%E5%85%B3%E4%BA%8E… / GBK %B9%D8%D3%DA…)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    render_line(doc, r, r.pick(TITLES), f)
    for i in range(r.randint(1, 3)):
        doc.nl()
        name = lines_of(render_line(Doc(), r, r.pick(["关于{topic}工作的通知", "{year}年{topic}统计表", "附件{k}：申报表", "{comm}名单"]), f))[0]
        doc.p(r.pick(["附件%d：" % (i + 1), "下载：", "相关附件："]))
        damage(doc, name, r.pick([pct_utf8, pct_utf8, pct_gbk]))
        doc.p(r.pick([".docx", ".pdf", ".xls", ".doc"]))
    return doc


@style("bom_read_as_text", MJ, POS_MJ, "byte-order mark shown as text at the start of a file or of a concatenated part (ï»¿, 锘�)")
def _(r):
    lines = src_any(r)
    doc = Doc()
    at = 0 if r.chance(0.6) else r.randrange(len(lines))
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if i == at:
            doc.s(r.pick([bom_cp1252, bom_gbk, bom_gbk])(""), "")
        doc.p(line)
    return doc


EN_QUOTES = ["The district launched the \u201cClean Streets\u201d campaign in {m}.", "The city\u2019s new metro line \u2014 Line {k} \u2014 opened to the public.",
             "Residents call it \u201cthe living room of the community\u201d.", "The project\u2019s total investment is RMB {money} million.",
             "\u201cWe will keep listening to residents,\u201d the director said.", "Service hours: 9:00\u201317:30, Monday to Friday."]


def en_line(r, t):
    return t.replace("{m}", r.pick(["March", "May", "October"])).replace("{k}", str(r.randint(2, 9))).replace("{money}", num_money(r))


@style("english_smart_quotes_as_cp1252", MJ, POS_MJ, "English translation whose curly quotes and dashes are UTF-8 read as cp1252 (â€œ…â€\x9d, â€™)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    for i in range(r.randint(1, 3)):
        if i:
            doc.nl()
        render_line(doc, r, r.pick(REPORT), f)
        doc.nl()
        damage(doc, en_line(r, r.pick(EN_QUOTES)), cc("utf-8", "cp1252", r.pick(["replace", "ignore"])))
    return doc


@style("english_quotes_cp1252_as_gbk", MJ, POS_MJ, "English text typed in cp1252 (Word quotes) read as GBK (揝mart City�)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    for i in range(r.randint(1, 3)):
        if i:
            doc.nl()
        render_line(doc, r, r.pick(REPORT), f)
        doc.nl()
        damage(doc, en_line(r, r.pick(EN_QUOTES)), cc("cp1252", "gbk"))
    return doc


@style("nbsp_shown_as_a_circumflex", MJ, POS_MJ, "no-break spaces from UTF-8 shown as Latin-1: Â before spaces (TelÂ :, 12Â 345, Â Â indentation)")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    lines = src_report(r, r.randint(2, 6))
    hit = 0
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if r.chance(0.5) or (i == len(lines) - 1 and hit == 0):
            ind = "\u00a0" * r.pick([2, 4])
            damage(doc, ind, cc("utf-8", "latin-1"))
            hit += 1
        doc.p(line)
    if r.chance(0.5):
        doc.nl()
        doc.p("联系电话")
        damage(doc, "\u00a0", cc("utf-8", "latin-1"))
        doc.p("：" + landline(r))
    return doc


@style("ideographic_space_utf8_as_gbk", MJ, POS_MJ, "paragraph indentation (U+3000) from a UTF-8 template read as GBK: 銆€銆€ before clean text")
def _(r):
    doc = Doc()
    lines = src_report(r, r.randint(2, 7))
    hit = 0
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if i > 0 or r.chance(0.3):
            if r.chance(0.7) or hit == 0:
                damage(doc, "\u3000\u3000", U8GBK)
                hit += 1
        doc.p(line)
    if hit == 0:
        raise GenError("none")
    return doc


@style("pdf_cid_glyph_debris", MJ, POS_MJ, "PDF text extraction without a ToUnicode map: (cid:1234) in place of characters")
def _(r):
    lines = src_report(r, r.randint(1, 6))
    cmap = {}
    doc = Doc()
    pool = sorted({ch for l in lines for ch in l if "\u4e00" <= ch <= "\u9fff"})
    lost = set(r.some(pool, max(1, len(pool) // r.randint(3, 8))))
    which = set(r.some(range(len(lines)), r.randint(1, len(lines))))
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        if i not in which:
            doc.p(line)
            continue
        for ch in line:
            if ch in lost:
                if ch not in cmap:
                    cmap[ch] = "(cid:%d)" % r.randint(3, 9800)
                doc.s(cmap[ch], ch)
            else:
                doc.p(ch)
    if doc.n_spans() == 0:
        raise GenError("none")
    return doc


@style("json_literal_escapes_in_text", MJ, POS_MJ, "a multi-line field pasted from JSON: literal \\n, \\t and \\\" inside the text")
def _(r):
    f = plain_fill(r)
    parts = []
    for s in r.some(REPORT, r.randint(2, 5)):
        d = render_line(Doc(), r, s, f)
        parts.append(d.plain_text())
    doc = Doc()
    seps = r.pick([["\n"], ["\n", "\t"], ["\r\n"]])
    for i, ptxt in enumerate(parts):
        if i:
            sep = r.pick(seps)
            doc.s(json_literal(sep), sep)
        if r.chance(0.3):
            wr = word_range(r, ptxt, 2, 4)
            if wr:
                doc.p(ptxt[:wr[0]])
                doc.s(json_literal('"'), '"')
                doc.p(ptxt[wr[0]:wr[1]])
                doc.s(json_literal('"'), '"')
                doc.p(ptxt[wr[1]:])
                continue
        doc.p(ptxt)
    return doc


@style("csv_gbk_opened_as_utf8", MJ, POS_MJ, "Excel CSV saved in GBK, opened as UTF-8: headers and names become �, numbers survive")
def _(r):
    rows = [",".join(r.pick([["序号", "姓名", "单位", "金额（元）"], ["序号", "村（社区）", "户数", "补助资金"], ["编号", "项目名称", "责任人", "完成率"]]))]
    f = plain_fill(r)
    for i in range(r.randint(2, 7)):
        rows.append(",".join([str(i + 1), r.pick([person(r), place2(r) + "村", r.pick(PROJECTS)]), r.pick([place2(r) + "社区", person(r), num_N(r)]),
                              r.pick([num_money(r), num_pct(r) + "%", num_N(r)])]))
    return apply_where(r, rows, cc("gbk", "utf-8"), r.pick(["all", "all", "title"]))


@style("bilingual_page_chinese_garbled", MJ, POS_MJ, "bilingual page: the English column is fine, the Chinese column was mis-decoded")
def _(r):
    doc = Doc()
    fn = r.pick([U8GBK, CP1252I, cc("utf-8", "latin-1"), cc("gbk", "utf-8")])
    for i, (zh, en) in enumerate(r.some(REPORT_EN, r.randint(1, 4))):
        vals = bil_values(r)
        if i:
            doc.nl()
        zh_t = re.sub(r"\{([a-zA-Z_0-9]+)\}", lambda m: vals[m.group(1)], zh)
        en_t = re.sub(r"\{([a-zA-Z_0-9]+)\}", lambda m: vals[m.group(1)], en)
        if r.chance(0.7) or i == 0:
            damage(doc, zh_t, fn)
        else:
            doc.p(zh_t)
        doc.nl()
        doc.p(en_t)
    return doc


# ============================== mj: negatives (look-alikes) ===================================

@style("pinyin_lesson_tone_marks", MJ, NEG, "Chinese lesson for foreign learners with pinyin in tone marks after words (not the scraper artefact)")
def _(r):
    return trap_doc(r, ["第{k}课　生词：⟦经济(jīngjì)⟧、⟦社会(shèhuì)⟧、⟦发展(fāzhǎn)⟧", "学习“⟦发展(fāzhǎn)⟧”一词，并用它造句。",
                        "课文：⟦我们(wǒmen)⟧的⟦学校(xuéxiào)⟧很大。", "注意：“⟦行(háng)⟧”在“银行”中读⟦háng⟧，在“行走”中读⟦xíng⟧。",
                        "练习：给下列词语注音——⟦参加(cānjiā)⟧、⟦环境(huánjìng)⟧、⟦服务(fúwù)⟧。", "“⟦一(yī)⟧”在第四声前变读为第二声，如⟦一定(yídìng)⟧。"],
                    context=0.0)


@style("pinyin_tone_numbers_vocab", MJ, NEG, "HSK vocabulary list with numbered-tone pinyin (fa1zhan3) and English glosses")
def _(r):
    rows = [("发展", "fa1zhan3", "to develop"), ("社区", "she4qu1", "community"), ("服务", "fu2wu4", "service"), ("环境", "huan2jing4", "environment"),
            ("经济", "jing1ji4", "economy"), ("参加", "can1jia1", "to take part"), ("银行", "yin2hang2", "bank"), ("邮件", "you2jian4", "e-mail")]
    doc = Doc()
    doc.p(r.pick(["HSK四级词汇（节选）", "生词表", "Vocabulary"]))
    for i, (w, py, en) in enumerate(r.some(rows, r.randint(3, 7))):
        doc.nl()
        doc.p("%d. %s " % (i + 1, w))
        doc.t(py)
        doc.p(" " + en)
    return doc


def foreign_clean(r, lang, k=(1, 3)):
    doc = Doc()
    f = plain_fill(r)
    items = [("ctx", c) for c in r.some(REPORT, r.randint(0, 2))] + [("q", q) for q in r.some(FOREIGN[lang], r.randint(*k))]
    for i, (kind, t) in enumerate(items):
        if i:
            doc.nl()
        if kind == "ctx":
            render_line(doc, r, t, f)
        else:
            doc.p(r.pick(FOREIGN_INTRO[lang]) + "“")
            doc.t(t)
            doc.p("”")
    return doc


style("quoted_russian_correct", MJ, NEG, "correctly encoded Russian quotations in a Chinese page")(lambda r: foreign_clean(r, "ru"))
style("quoted_japanese_correct", MJ, NEG, "correctly encoded Japanese quotations in a Chinese page")(lambda r: foreign_clean(r, "jp"))
style("quoted_korean_correct", MJ, NEG, "correctly encoded Korean quotations in a Chinese page")(lambda r: foreign_clean(r, "ko"))


@style("greek_letters_in_science", MJ, NEG, "Greek letters in science and statistics (β-胡萝卜素, Δ值, α=0.05, Ω)")
def _(r):
    return trap_doc(r, ["每100克含⟦β⟧-胡萝卜素{n}毫克。", "显著性水平取⟦α=0.05⟧。", "电阻值为{n}⟦Ω⟧。", "两次测量的差值⟦Δ⟧={gr}。",
                        "⟦γ⟧射线探伤须设置警戒区。", "⟦μ⟧为总体均值，⟦σ⟧为标准差。", "希腊字母⟦Σ⟧表示求和。"])


@style("european_names_with_accents", MJ, NEG, "French, German, Spanish and Portuguese names with accents (Côte d'Ivoire, München, São Paulo)")
def _(r):
    return trap_doc(r, ["代表团先后访问了⟦München⟧（慕尼黑）和⟦Zürich⟧（苏黎世）。", "科特迪瓦（⟦Côte d'Ivoire⟧）客商参加了交易会。",
                        "巴西圣保罗（⟦São Paulo⟧）友好城市代表致辞。", "合作方为法国⟦Société Générale⟧（兴业银行）。",
                        "主讲人：⟦José Peña⟧教授（西班牙）。", "本次展出的咖啡来自⟦Café de Colombia⟧。", "德方联系人：⟦Jürgen Müller⟧先生。"])


@style("vietnamese_turkish_polish_names", MJ, NEG, "Vietnamese, Turkish and Polish place names with diacritics (Hà Nội, İstanbul, Łódź)")
def _(r):
    return trap_doc(r, ["越南河内（⟦Hà Nội⟧）经贸代表团一行{n}人来访。", "航线连接⟦Thành phố Hồ Chí Minh⟧（胡志明市）。", "土耳其伊斯坦布尔（⟦İstanbul⟧）举办了推介会。",
                        "中欧班列抵达波兰罗兹（⟦Łódź⟧）。", "友好城市：越南岘港（⟦Đà Nẵng⟧）、波兰克拉科夫（⟦Kraków⟧）。"])


@style("emoji_chat_clean", MJ, NEG, "comment section with intact emoji, including ZWJ sequences and flags")
def _(r):
    doc = Doc()
    doc.p(r.pick(["精选留言", "网友评论（%d）" % r.randint(5, 300), "热门评论"]))
    for nick, c in comment_lines(r, r.randint(2, 8), True):
        doc.nl()
        doc.p(nick + "：")
        doc.t(c)
        if r.chance(0.2):
            doc.t(r.pick(["👨‍👩‍👧", "🇨🇳", "👍🏻", "✌️"]))
    return doc


@style("kaomoji_chat_clean", MJ, NEG, "chat with kaomoji made of katakana, box-drawing and symbols ((╯°□°）╯︵ ┻━┻, ¯\\_(ツ)_/¯)")
def _(r):
    doc = Doc()
    kao = ["(╯°□°）╯︵ ┻━┻", "¯\\_(ツ)_/¯", "(｡･ω･｡)", "(＾▽＾)", "(ಥ_ಥ)", "orz", "(*^▽^*)", "ヽ(✿ﾟ▽ﾟ)ノ", "(=・ω・=)"]
    t0 = r.randint(0, 80000)
    for i in range(r.randint(2, 7)):
        if i:
            doc.nl()
        t0 += r.randint(5, 200)
        doc.p("[%02d:%02d] %s：%s" % (t0 // 3600 % 24, t0 // 60 % 60, r.pick(NICKS), r.pick(CHAT_MSG)))
        if r.chance(0.6) or i == 0:
            doc.p(" ")
            doc.t(r.pick(kao))
    return doc


@style("rare_characters_in_names", MJ, NEG, "legitimate rare characters in names (陈堃, 王喆, 刘䶮, 𠮷野家, 赵孟𫖯)")
def _(r):
    return trap_doc(r, ["获奖名单：" + "、".join(r.pick(SURNAMES) + c for c in r.some(["⟦喆⟧", "⟦堃⟧", "⟦赟⟧", "⟦珺⟧", "⟦垚⟧", "⟦犇⟧", "⟦彧⟧"], 3)),
                        "南汉高祖刘⟦䶮⟧的“⟦䶮⟧”字读作yǎn。".replace("yǎn", "⟦yǎn⟧"), "元代书画家赵孟⟦𫖯⟧的作品在省博物馆展出。",
                        "商场新开了一家⟦𠮷⟧野家。", "口腔科开展错⟦𬌗⟧畸形矫治{n}例。", "“⟦龘⟧”字由三个“龙”组成。"])


@style("classical_quotations", MJ, NEG, "classical quotations and bronze-vessel names with rare characters (鲲, 甗, 罍, 觯)")
def _(r):
    return trap_doc(r, ["《论语·学而》：“学而时习之，不亦说乎？”", "《诗经·秦风》：“蒹葭苍苍，白露为霜。”", "《楚辞·离骚》：“路漫漫其修远兮，吾将上下而求索。”",
                        "《庄子·逍遥游》：“北冥有鱼，其名为⟦鲲⟧。”", "馆藏青铜器有鼎、簋、⟦甗⟧、⟦罍⟧、觚、觯等{n}件。", "《周易》：“天行健，君子以自强不息。”",
                        "《左传》：“多行不义必自毙。”", "王羲之《兰亭集序》：“群贤毕至，少长咸集。”"], context=0.4)


@style("cantonese_writing", MJ, NEG, "written Cantonese (佢哋, 嘅, 咗, 嚟) in simplified or traditional characters - dialect, not damage")
def _(r):
    rows = CANTO_T if r.chance(0.5) else CANTO_S
    doc = Doc()
    for i, t in enumerate(r.some(rows, r.randint(1, 5))):
        if i:
            doc.nl()
        doc.t(t)
    return doc


@style("traditional_chronicle_clean", MJ, NEG, "local chronicle (地方志) in traditional characters, clean")
def _(r):
    doc = Doc()
    doc.p(r.pick(["概述", "第一章　建置沿革", "第二節　風俗", "大事記"]))
    for t in trad_lines(r, CHRON_LINES):
        doc.nl()
        doc.p(t)
    return doc


@style("genealogy_traditional_clean", MJ, NEG, "online genealogy in traditional characters, clean")
def _(r):
    doc = Doc()
    doc.p("%s氏族譜" % r.pick(TRAD_SURNAMES))
    for t in trad_lines(r, GENEALOGY_LINES):
        doc.nl()
        doc.p(t)
    return doc


@style("hk_tw_notice_clean", MJ, NEG, "Hong Kong / Taiwan notice in traditional characters, clean")
def _(r):
    doc = Doc()
    for i, t in enumerate(trad_lines(r, r.pick([HK_LINES, TW_LINES]))):
        if i:
            doc.nl()
        doc.p(t)
    return doc


@style("html_quoted_in_tech_doc", MJ, NEG, "web-editing guide quoting HTML tags and entities as code (`&nbsp;`, `<p>`)")
def _(r):
    return trap_doc(r, ["在网页编辑器中，不换行空格写作⟦`&nbsp;`⟧，段落使用⟦`<p>`⟧标签。", "示例：⟦<p style=\"text-indent:2em\">正文</p>⟧",
                        "若需显示小于号，应写作⟦`&lt;`⟧，大于号写作⟦`&gt;`⟧。", "注意：不要在标题中嵌套⟦`<strong>`⟧标签。",
                        "常用实体：⟦&amp;⟧表示“&”，⟦&quot;⟧表示双引号。", "培训内容：政务网站信息发布规范（第{k}讲）"], context=0.0)


@style("escapes_in_programming_tutorial", MJ, NEG, "programming tutorial explaining \\u escapes and byte strings as examples")
def _(r):
    return trap_doc(r, ["在Python中，字符串⟦'\\u4e2d'⟧表示汉字“中”。", "JSON规范允许用⟦\\u⟧加四位十六进制数的形式转义非ASCII字符。",
                        "⟦\"中文\".encode(\"utf-8\")⟧的结果为⟦b'\\xe4\\xb8\\xad\\xe6\\x96\\x87'⟧。", "换行符在字符串中写作⟦\\n⟧，制表符写作⟦\\t⟧。",
                        "练习{k}：写出“你好”的Unicode码点。"], context=0.0)


@style("file_names_and_paths", MJ, NEG, "file names, paths and version suffixes (工作总结（定稿）.docx, D:\\资料\\2023\\汇总表_v2.xlsx)")
def _(r):
    y = r.randint(2019, 2024)
    return trap_doc(r, ["附件：⟦%d年工作总结（定稿）.docx⟧" % y, "请将材料保存至⟦D:\\资料\\%d\\汇总表_v2.xlsx⟧。" % y,
                        "照片文件名：⟦IMG_%d%02d%02d_%06d.jpg⟧" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
                        "压缩包：⟦%s街道_%d_台账.zip⟧" % (place2(r), y), "系统日志位于⟦/var/log/app/error.log⟧。"], context=0.5)


@style("urls_emails_clean", MJ, NEG, "URLs and e-mail addresses in a notice")
def _(r):
    host = place_en(place2(r)).lower()
    return trap_doc(r, ["网址：⟦https://www.%s.gov.cn/zwgk/tzgg/⟧" % host, "电子邮箱：⟦%s_zwfw@163.com⟧" % host,
                        "扫码或访问⟦http://m.%s.gov.cn/hd/⟧参与调查。" % host, "投诉邮箱：⟦jubao@%s.gov.cn⟧" % host], context=0.6)


@style("science_units_symbols", MJ, NEG, "units and symbols (℃, ㎡, μg/m³, ‰, ±, ≤, °)")
def _(r):
    return trap_doc(r, ["最高气温{n}⟦℃⟧，最低气温⟦-3℃⟧。", "PM2.5年均浓度为{n}⟦μg/m³⟧。", "人口自然增长率为{k}.{k}⟦‰⟧。",
                        "测量误差控制在⟦±0.5mm⟧以内。", "坡度⟦≤15°⟧的耕地纳入保护范围。", "新建住宅面积{N}⟦㎡⟧。"])


@style("currency_and_foreign_names", MJ, NEG, "foreign currencies and transliterated names with middle dots (€, £, 约翰·史密斯)")
def _(r):
    return trap_doc(r, ["合同金额为⟦€⟧{N}，约合人民币{money}万元。", "英国客商⟦约翰·史密斯⟧一行到访。", "门票价格：⟦£⟧{k}或⟦$⟧{k}。",
                        "本届论坛邀请了⟦阿卜杜勒·拉赫曼⟧博士作主旨演讲。", "汇率按1⟦€⟧=7.8元计算。"])


@style("bilingual_gov_page_clean", MJ, NEG, "bilingual government page, both languages intact")
def _(r):
    doc = Doc()
    for i, (zh, en) in enumerate(r.some(REPORT_EN, r.randint(1, 4))):
        vals = bil_values(r)
        if i:
            doc.nl()
        doc.p(re.sub(r"\{([a-zA-Z_0-9]+)\}", lambda m: vals[m.group(1)], zh))
        doc.nl()
        doc.p(re.sub(r"\{([a-zA-Z_0-9]+)\}", lambda m: vals[m.group(1)], en))
    return doc


@style("japanese_company_names", MJ, NEG, "trade news with Japanese company names in katakana and kanji (株式会社, トヨタ)")
def _(r):
    return trap_doc(r, ["日本⟦株式会社ニトリ⟧在我市设立区域配送中心。", "签约企业包括⟦トヨタ自動車⟧、⟦パナソニック⟧等{n}家日资企业。",
                        "⟦ソニー⟧（中国）有限公司捐赠教学设备{N}台。", "交流团参观了⟦株式会社デンソー⟧的生产线。"])


@style("legit_question_marks", MJ, NEG, "forum posts ending questions with half-width ? and ??? (intended punctuation)")
def _(r):
    return trap_doc(r, ["有人知道社保卡在哪里补办吗⟦?⟧", "真的假的⟦???⟧", "请问{street}的疫苗接种点周末开门吗⟦?⟧谢谢",
                        "楼上说的是哪个窗口⟦?⟧", "English: \"How can I apply for a residence permit?\"", "这个政策什么时候开始执行⟦?⟧"], context=0.0)


@style("fullwidth_latin_and_digits", MJ, NEG, "full-width Latin letters and digits typed in a Chinese document (ＡＢＣ, １２３)")
def _(r):
    return trap_doc(r, ["本次考试分为Ａ卷和Ｂ卷，共⟦１２０⟧分钟。", "请于⟦２０２３⟧年⟦５⟧月前提交。", "编号：ＪＳ－⟦０３２⟧", "Ｗｉ－Ｆｉ网络已覆盖全部社区。"])


@style("chemical_formulas_subscripts", MJ, NEG, "chemical formulas with sub- and superscripts (CO₂, SO₄²⁻, PM₂.₅)")
def _(r):
    return trap_doc(r, ["全年减少⟦CO₂⟧排放{N}吨。", "水样中⟦SO₄²⁻⟧浓度为{n}mg/L。", "⟦PM₂.₅⟧平均浓度同比下降{gr}%。", "氨氮（⟦NH₃-N⟧）达标率100%。",
                        "⟦H₂O₂⟧消毒液须避光保存。"])


@style("box_drawing_text_table", MJ, NEG, "a plain-text table drawn with box-drawing characters")
def _(r):
    doc = Doc()
    f = plain_fill(r)
    w = 8
    doc.t("┌" + "─" * w + "┬" + "─" * w + "┐")
    for i in range(r.randint(1, 4)):
        doc.nl()
        doc.t("│")
        render_line(doc, r, r.pick(["{comm}", "{village}", "{town}"]), f)
        doc.t("│")
        render_line(doc, r, "{N}户", f)
        doc.t("│")
    doc.nl()
    doc.t("└" + "─" * w + "┴" + "─" * w + "┘")
    return doc


@style("ipa_dialect_survey", MJ, NEG, "dialect survey with IPA and Jyutping (ŋ, tsʰ, nei5 hou2)")
def _(r):
    return trap_doc(r, ["“我”在当地方言中读作⟦[ŋɔ˨˩]⟧。", "粤拼：⟦nei5 hou2⟧（你好）", "声母⟦tsʰ⟧对应普通话的⟦q⟧。",
                        "调查点共记录单字音{N}个。", "“日”字读⟦[ȵiɛʔ]⟧，保留入声。"], context=0.2)


@style("internet_slang_bopomofo", MJ, NEG, "internet slang with bopomofo and playful spellings (ㄅㄆㄇ, 酱紫, orz)")
def _(r):
    return trap_doc(r, ["原来是⟦酱紫⟧，懂了。", "笑死我了⟦233333⟧", "⟦ㄅㄆㄇㄈ⟧是注音符号的开头。", "跪了⟦orz⟧", "⟦表酱紫⟧嘛~", "这个操作⟦yyds⟧"])


@style("hashes_uuids_codes", MJ, NEG, "checksums, UUIDs and credit codes in a technical notice (long hex / alphanumeric strings)")
def _(r):
    hexs = "".join(r.pick("0123456789abcdef") for _ in range(64))
    uid = "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(16), r.getrandbits(48))
    code = "9144" + "".join(r.pick("0123456789") for _ in range(4)) + "MA5" + "".join(r.pick("0123456789ABCDEFGHJKLMNPQRTUWY") for _ in range(6)) + r.pick("0123456789")
    return trap_doc(r, ["安装包SHA-256校验值：⟦%s⟧" % hexs, "申请编号：⟦%s⟧" % uid, "统一社会信用代码：⟦%s⟧" % code,
                        "令牌示例：⟦%s⟧" % base64.b64encode(bytes(r.getrandbits(8) for _ in range(24))).decode()], context=0.5)


@style("math_music_symbols", MJ, NEG, "math and music symbols (∑, ∫, √, π, ♪, ♯)")
def _(r):
    return trap_doc(r, ["圆的面积公式为⟦S=πr²⟧。", "⟦∑⟧表示求和，⟦∫⟧表示积分。", "⟦√2≈1.414⟧", "合唱曲目：《歌唱祖国》⟦♪⟧", "本曲为⟦F♯⟧小调。"], context=0.2)


@style("wade_giles_old_romanisation", MJ, NEG, "old romanisations in English text (Tsinghua, Peking University, Sun Yat-sen)")
def _(r):
    return trap_doc(r, ["合作院校：⟦Tsinghua University⟧（清华大学）、⟦Peking University⟧（北京大学）。", "⟦Sun Yat-sen University⟧（中山大学）专家参加论证。",
                        "英文版书名为⟦Tao Te Ching⟧。", "老字号品牌⟦Tsingtao⟧啤酒。"])


@style("encoding_explained_tech_blog", MJ, NEG, "technical article explaining mojibake with quoted examples (the text itself is not damaged)")
def _(r):
    return trap_doc(r, ["用GBK打开UTF-8文件，“发展”会显示为“⟦鍙戝睍⟧”。", "常见的“⟦锟斤拷⟧”来自替换字符U+FFFD被按GBK解读。",
                        "调试时未初始化的栈内存会显示为“⟦烫烫烫⟧”。", "解决办法：统一使用UTF-8编码保存文件。", "文件开头的BOM在部分编辑器中会显示为“⟦ï»¿⟧”。"],
                    context=0.0, k=(2, 4))


@style("hk_bilingual_department_names", MJ, NEG, "Hong Kong bilingual notice with English department names and traditional Chinese")
def _(r):
    return trap_doc(r, ["康樂及文化事務署（⟦Leisure and Cultural Services Department⟧）宣布，轄下泳池將延長開放。",
                        "查詢熱線：⟦2414 5555⟧", "食物環境衞生署（⟦Food and Environmental Hygiene Department⟧）提醒市民注意食物安全。",
                        "香港天文台（⟦Hong Kong Observatory⟧）預測明日天氣晴朗。"], context=0.0)


# ----------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------

TARGET_PER_SEED = 3000


FAMILY_TARGET = 1500          # records per family and seed
POS_SHARE = 0.65


def style_counts(seed):
    """Records per style: each family gets FAMILY_TARGET records, 65 % positives; within a (family, label)
    group the records are spread evenly (15..20 per style), the remainder going to randomly chosen styles."""
    rr = R("t29|counts|%d" % seed)
    counts = [0] * len(STYLES)
    for fam in (PH, MJ):
        for lab, share in (((POS_PH if fam == PH else POS_MJ), POS_SHARE), (NEG, 1 - POS_SHARE)):
            idx = [i for i, st in enumerate(STYLES) if st.family == fam and st.label == lab]
            total = int(round(FAMILY_TARGET * share))
            base = max(15, min(20, total // len(idx)))
            for i in idx:
                counts[i] = base
            rest = total - base * len(idx)
            order = list(idx)
            rr.shuffle(order)
            k = 0
            while rest > 0 and any(counts[i] < 20 for i in idx):
                i = order[k % len(order)]
                if counts[i] < 20:
                    counts[i] += 1
                    rest -= 1
                k += 1
    return counts


def make_record(st, seed, k):
    last = None
    for attempt in range(60):
        r = R("t29|%d|%s|%d|%d" % (seed, st.name, k, attempt))
        try:
            out = st.fn(r)
            doc = out
            text, spans, regions = doc.render()
            if st.label != NEG and not spans:
                raise GenError("positive without span")
            if st.label == NEG and spans:
                raise GenError("negative with span")
            if not text.strip():
                raise GenError("empty")
            if text.count("\n") > 11:
                raise GenError("too many lines")
            if text.startswith("\n") or text.endswith("\n"):
                raise GenError("edge newline")
            return text, spans, regions, attempt
        except (GenError, UnicodeError) as e:
            last = e
            continue
    raise RuntimeError("style %s failed: %r" % (st.name, last))


def generate(seed):
    counts = style_counts(seed)
    items = []
    for st, c in zip(STYLES, counts):
        for k in range(c):
            text, spans, regions, attempt = make_record(st, seed, k)
            items.append((st, k, text, spans, regions))
    order = R("t29|order|%d" % seed)
    order.shuffle(items)
    recs, meta = [], []
    for i, (st, k, text, spans, regions) in enumerate(items):
        rec = {"id": "t29-s%d-%05d" % (seed, i + 1), "family": st.family, "style": st.name, "label": st.label,
               "text": text, "spans": spans, "note": st.note}
        recs.append(rec)
        meta.append(regions)
    return recs, meta


def write_jsonl(recs, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------

PH_SPAN_RE = re.compile(
    r"[xXｘＸ×某○〇△＊*＿_]|\{\{|\$\{|%\d?\$?[sd]|%\d|«|<<|【[^】]*】|\[[^\]]+\]|<[^<>]+>|\{[\w:]+\}|#[^#\s]+#|TODO|TBD|待定|"
    r"待补|待補|待核|待更新|此处|此處|请填写|请根据|请在|请输入|填写|点击此处|单击此处|这里是|示例文本|标题文字|文章标题|Lorem|ipsum|elit|aliqua|ullamco")
PH_PLAIN_RE = re.compile(
    r"(?<![A-Za-z])[xXｘＸ]+(?![A-Za-z])|[×某○〇△＊＿]|\*|__|\{\{|\$\{|%[sd]|%\d\$|«|»|<<|>>|"
    r"【[^】]*(名称|姓名|单位|日期|地址|电话|金额|项目|编号|联系人)[^】]*】|TODO|TBD|待定|待补|待補|待核|此处|此處|请填写|请输入|"
    r"点击此处|单击此处|这里是标题|[Ll]orem|ipsum|\{\d|\[(Name|Company|Date|名称|姓名|单位|日期)")
MJ_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xa1-\xb6\xb8-\u024f\u0370-\u052f\u2500-\u259f\u3040-\u30ff\uac00-\ud7af"
                      r"\ue000-\uf8ff\ufffd\ud800-\udfff\uff61-\uff9f\u0250-\u02af\u3100-\u312f]")
MJ_PATTERNS = re.compile(
    r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[ntr\"]|&#\d+;|&#x[0-9a-fA-F]+;|&[a-zA-Z]+;|</?[a-zA-Z][a-zA-Z0-9:]*(\s[^<>]*)?/?>|"
    r"<!--|cid:\d|=\?[\w-]+\?[BQbq]\?|"
    r"%[0-9A-F]{2}|~\{|[A-Za-z0-9+/]{28,}={0,2}|(=[0-9A-F]{2}){2,}|\+[A-Za-z0-9+/]{3,}-|\$B|\(B|\$\)C|b'|TRS_Editor|mso-|"
    r"\bvar \w+ = |document\.write|"
    r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)|[\u4e00-\u9fff]\?|\?[\u4e00-\u9fff]|锟斤拷|烫烫|屯屯|锘|銆|锛|鍙|鐨|鏄|"
    r"涓|浜|鎴|瀹|鏂|璇|缁|绋|娴|妯|閮|鍦|鍚|鑰|鐢|闄|宸|骞|鏈|钖")


def common_hanzi(ch):
    try:
        b = ch.encode("gb2312")
    except UnicodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


COMMON_PUNCT = "，。、；：？！“”‘’（）《》【】—…·　％０１２３４５６７８９"
REPAIRS = [("gbk", "utf-8"), ("gbk", "euc_kr"), ("gbk", "shift_jis"), ("gbk", "big5"), ("big5", "gbk"), ("gbk", "gb18030"),
           ("cp1252", "utf-8"), ("latin-1", "utf-8"), ("cp1251", "utf-8"), ("mac_roman", "utf-8"), ("koi8_r", "utf-8")]
REAL_SCRIPT = re.compile(r"[\uac00-\ud7af\u3040-\u30ff\u0400-\u04ff]")


def repairable(s):
    """True if some codec round trip turns the stretch into readable Korean/Japanese/Cyrillic or common Chinese."""
    for enc, dec in REPAIRS:
        try:
            fixed = s.encode(enc).decode(dec)
        except (UnicodeError, LookupError):
            continue
        if fixed != s and (REAL_SCRIPT.search(fixed) or sum(common_hanzi(c) for c in fixed) >= max(1, len(fixed) // 2)):
            return True
    return False


def mj_signature(s, before="", after=""):
    if MJ_PATTERNS.search(s) or MJ_CHARS.search(s):
        return True
    if re.fullmatch(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", s):
        return True          # a pinyin annotation after a character
    edge = ("", "\n")
    if (re.fullmatch(r"[\x21-\x7e]{1,3}", s) and (CJK.search(before[-1:]) or before[-1:] in edge)
            and (CJK.search(after[:1]) or after[:1] in edge) and (CJK.search(before[-1:]) or CJK.search(after[:1]))):
        return True          # stray ASCII bytes of an out-of-step double-byte stream between CJK characters
    if re.search(r"[\u4e00-\u9fff][\x21-\x7e]{1,2}(?![\x21-\x7e])|(?<![\x21-\x7e])[\x21-\x7e]{1,2}[\u4e00-\u9fff]", s) and len(s) <= 12:
        return True          # a short damaged stretch with stray ASCII bytes glued to hanzi (out-of-step double-byte text)
    if repairable(s):
        return True
    for ch in s:
        if ord(ch) >= 0x80 and not common_hanzi(ch) and ch not in COMMON_PUNCT:
            return True          # anything beyond common hanzi and ordinary Chinese punctuation
        if ord(ch) > 0xFFFF:
            return True
        if ch == "?":
            return True
    return False


_REGEN = {}


def regen(seed):
    if seed not in _REGEN:
        _REGEN[seed] = generate(seed)
    return _REGEN[seed]


def masked_text(text, regions, kinds):
    chars = list(text)
    for kind, a, b, _o in regions:
        if kind in kinds:
            for i in range(a, b):
                if chars[i] != "\n":
                    chars[i] = "◆"
    return "".join(chars)


def verify_files(paths):
    problems = []
    total = 0
    for path in paths:
        seen = set()
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for ln, raw in enumerate(lines, 1):
            where = "%s:%d" % (path, ln)
            total += 1
            try:
                rec = json.loads(raw)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            keys = {"id", "family", "style", "label", "text", "spans", "note"}
            if set(rec) != keys:
                problems.append("%s: keys %s" % (where, sorted(rec)))
                continue
            rid, fam, lab, text, spans = rec["id"], rec["family"], rec["label"], rec["text"], rec["spans"]
            if rid in seen:
                problems.append("%s: duplicate id %s" % (where, rid))
            seen.add(rid)
            if fam not in ("ph", "mj") or lab not in ("placeholder", "mojibake", "negative"):
                problems.append("%s: family/label %s/%s" % (where, fam, lab))
                continue
            if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
                problems.append("%s: label %s in family %s" % (where, lab, fam))
            if not isinstance(text, str) or not text.strip():
                problems.append("%s: empty text" % where)
                continue
            nl = text.count("\n") + 1
            if nl > 12:
                problems.append("%s: %d lines" % (where, nl))
            if not isinstance(rec["note"], str) or "\n" in rec["note"] or not rec["note"]:
                problems.append("%s: note must be one line" % where)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"] or ""):
                problems.append("%s: style not snake_case" % where)
            if lab == "negative":
                if spans != []:
                    problems.append("%s: negative with spans" % where)
            elif not spans:
                problems.append("%s: positive without spans" % where)
            prev_end = -1
            for sp in spans:
                if (not isinstance(sp, list) or len(sp) != 2 or not all(isinstance(v, int) for v in sp)):
                    problems.append("%s: bad span %r" % (where, sp))
                    continue
                a, b = sp
                if not (0 <= a < b <= len(text)):
                    problems.append("%s: span %r outside text (len %d) or empty" % (where, sp, len(text)))
                    continue
                if a < prev_end:
                    problems.append("%s: spans overlap or unsorted at %r" % (where, sp))
                prev_end = b
                piece = text[a:b]
                if not piece.strip():
                    problems.append("%s: whitespace-only span %r" % (where, sp))
                if lab == "placeholder" and not PH_SPAN_RE.search(piece):
                    problems.append("%s: span %r does not hold a placeholder: %r" % (where, sp, piece))
                if lab == "mojibake" and not mj_signature(piece, text[max(0, a - 1):a], text[b:b + 1]):
                    problems.append("%s: span %r shows no damage signature: %r" % (where, sp, piece))
            # regenerate and compare; check clean originals and clean plain text
            m = re.fullmatch(r"t29-s(\d+)-(\d{5})", rid)
            same = False
            if m:
                seed, idx = int(m.group(1)), int(m.group(2)) - 1
                recs, meta = regen(seed)
                same = idx < len(recs) and recs[idx] == rec
                if not same:
                    problems.append("%s: record differs from regeneration with seed %d" % (where, seed))
            else:
                print("%s: note: id %s not from this generator; only file-level checks" % (where, rid))
            if not same:
                # file-level fallback: a placeholder record must hold no placeholder outside its spans
                if lab == "placeholder":
                    outside = masked_text(text, [("s", a, b, None) for a, b in spans if 0 <= a < b <= len(text)], ("s",))
                    hit = PH_PLAIN_RE.search(outside)
                    if hit:
                        problems.append("%s: placeholder-like %r outside spans (may be a trap): ...%s..." % (
                            where, hit.group(0), outside[max(0, hit.start() - 12):hit.end() + 12].replace("\n", "⏎")))
                continue
            regions = meta[idx]
            for kind, a, b, orig in regions:
                if kind == "s" and lab == "mojibake":
                    if orig is None or text[a:b] == orig:
                        problems.append("%s: mojibake span %d-%d equals its clean text %r" % (where, a, b, orig))
                if kind == "s" and lab == "placeholder" and not PH_SPAN_RE.search(text[a:b]):
                    problems.append("%s: placeholder segment %r" % (where, text[a:b]))
            if re.search(r"[⟪⟫⟦⟧]", text):
                problems.append("%s: template marker left in text" % where)
            nonspan = masked_text(text, regions, ("s",))
            hit = re.search(r"\{[A-Za-z_][A-Za-z0-9_]*\}", nonspan)
            if hit:
                problems.append("%s: unfilled template slot %r outside spans" % (where, hit.group(0)))
            plain = masked_text(text, regions, ("s", "t"))
            hit = PH_PLAIN_RE.search(plain)
            if hit:
                problems.append("%s: placeholder-like %r outside spans/traps: ...%s..." % (
                    where, hit.group(0), plain[max(0, hit.start() - 12):hit.end() + 12].replace("\n", "⏎")))
            hit = MJ_PATTERNS.search(plain) or MJ_CHARS.search(plain.replace("\n", " ").replace("\t", " "))
            if hit:
                problems.append("%s: damage-like %r outside spans/traps: ...%s..." % (
                    where, hit.group(0), plain[max(0, hit.start() - 12):hit.end() + 12].replace("\n", "⏎")))
    return total, problems


# ----------------------------------------------------------------------------------------------
# style table
# ----------------------------------------------------------------------------------------------

def style_table(seed):
    recs, _meta = regen(seed)
    by = {}
    for rec in recs:
        by.setdefault(rec["style"], []).append(rec)
    out = ["| # | style | family | label counts (seed %d) | example (first record; ⟪…⟫ marks its first span, ⏎ a line break) |" % seed,
           "|---|---|---|---|---|"]
    for i, st in enumerate(STYLES, 1):
        rs = by.get(st.name, [])
        cnt = {}
        for x in rs:
            cnt[x["label"]] = cnt.get(x["label"], 0) + 1
        ex = ""
        if rs:
            t = rs[0]["text"]
            if rs[0]["spans"]:
                a, b = rs[0]["spans"][0]
                sp = t[a:b] if b - a <= 40 else t[a:a + 40] + "…"
                ex = ("…" if a > 25 else "") + t[max(0, a - 25):a] + "⟪" + sp + "⟫" + t[b:b + 30] + ("…" if b + 30 < len(t) else "")
            else:
                ex = t[:90] + ("…" if len(t) > 90 else "")
        ex = ex.replace("\n", " ⏎ ").replace("|", "\\|")
        ex = "".join(ch if (ch >= " " or ch == "\t") else "\\x%02x" % ord(ch) for ch in ex)
        ex = ex.replace("\t", " ⇥ ")
        ex = "".join(ch if not ("\x80" <= ch <= "\x9f") else "\\x%02x" % ord(ch) for ch in ex)
        out.append("| %d | `%s` | %s | %s | %s |" % (i, st.name, st.family, ", ".join("%s %d" % kv for kv in sorted(cnt.items())),
                                                    ex.replace("`", "'")))
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        total, problems = verify_files(a.verify)
        for p in problems[:200]:
            print(p)
        if len(problems) > 200:
            print("... %d more" % (len(problems) - 200))
        print("verified %d records in %d file(s): %d problem(s)" % (total, len(a.verify), len(problems)))
        return 1 if problems else 0
    if a.style_table:
        with open(a.style_table, "w", encoding="utf-8") as fh:
            fh.write(style_table(a.seed if a.seed is not None else 11))
        print("wrote %s (%d styles)" % (a.style_table, len(STYLES)))
        return 0
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required to generate")
    recs, _meta = generate(a.seed)
    write_jsonl(recs, a.out)
    cnt = {}
    for rec in recs:
        cnt[(rec["family"], rec["label"])] = cnt.get((rec["family"], rec["label"]), 0) + 1
    print("wrote %d records to %s: %s" % (len(recs), a.out, ", ".join("%s/%s %d" % (k[0], k[1], v) for k, v in sorted(cnt.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
