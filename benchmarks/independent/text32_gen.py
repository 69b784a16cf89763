#!/usr/bin/env python3
"""text32_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Usage:
    python3 text32_gen.py --seed 11 --out text32_seed11.jsonl
    python3 text32_gen.py --verify text32_seed11.jsonl text32_seed12.jsonl
    python3 text32_gen.py --style-table text32_seed11.jsonl

Standard library only (Python 3.11).  Output is deterministic per seed and independent of
PYTHONHASHSEED: every random stream is a random.Random seeded with a *string* (hashed with SHA-512
by the random module, not with hash()), and no set/dict iteration order influences the output.

All encoding damage is produced with real codecs (str.encode(...).decode(..., errors=...)),
the html / urllib / quopri / email.header modules, or the byte-level formats of the tools named.
"""
import argparse
import codecs
import html
import html.parser
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import email.header
import base64
import hashlib

PREFIX = "t32"
TARGET = {("ph", "placeholder"): 975, ("ph", "negative"): 525,
          ("mj", "mojibake"): 975, ("mj", "negative"): 525}

# ---------------------------------------------------------------------------------------------
# codec helpers
# ---------------------------------------------------------------------------------------------


def _latin1_fallback(err):
    # WHATWG / browser behaviour for windows-1252: undefined bytes map to the C1 control of the
    # same value (that is what latin-1 gives).
    return err.object[err.start:err.end].decode("latin-1"), err.end


def _hex_charref(err):
    s = err.object[err.start:err.end]
    return "".join("&#x%X;" % ord(c) for c in s), err.end


codecs.register_error("t32latin1", _latin1_fallback)
codecs.register_error("t32hexref", _hex_charref)


def as_cp1252(b):
    return b.decode("cp1252", errors="t32latin1")


def read_as(s, enc_write, enc_read, errors="replace"):
    """Text written with enc_write and read back with enc_read."""
    b = s.encode(enc_write)
    if enc_read == "cp1252":
        return as_cp1252(b)
    return b.decode(enc_read, errors=errors)


def utf8_as(enc):
    return lambda s: read_as(s, "utf-8", enc)


def gbk_as(enc):
    return lambda s: read_as(s, "gbk", enc)


def double_utf8(s):
    return as_cp1252(as_cp1252(s.encode("utf-8")).encode("utf-8"))


def kunjinkao(s):
    # GBK bytes read as UTF-8 (U+FFFD), saved as UTF-8, read back as GBK -> 锟斤拷
    return s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")


def gbk_drop_byte(s, rng):
    b = s.encode("gbk")
    # positions that start a double-byte character
    starts = []
    i = 0
    while i < len(b):
        if b[i] >= 0x81:
            starts.append(i)
            i += 2
        else:
            i += 1
    if not starts:
        return s
    k = rng.choice(starts[: max(1, len(starts) // 2)])
    return (b[:k] + b[k + 1:]).decode("gbk", errors="replace")


def unicode_escape(s):
    return s.encode("unicode_escape").decode("ascii")


def xml_dec(s):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def xml_hex(s):
    return s.encode("ascii", errors="t32hexref").decode("ascii")


def git_octal(s):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        else:
            out.append("".join("\\%03o" % x for x in c.encode("utf-8")))
    return '"' + "".join(out) + '"'


def py_bytes_repr(s, enc="utf-8"):
    return repr(s.encode(enc))


def js_x_escape(s, upper=False):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        else:
            out.append("".join(("\\x%02X" if upper else "\\x%02x") % x for x in c.encode("utf-8")))
    return "".join(out)


def percent(s):
    return urllib.parse.quote(s, safe="")


def percent_u(s):
    return "".join(c if ord(c) < 128 else "%%u%04X" % ord(c) for c in s)


def utf16le_as_latin1(s):
    return s.encode("utf-16-le").decode("latin-1")


def utf16le_spaced(s):
    return s.encode("utf-16-le").decode("latin-1").replace("\x00", " ")


def utf16le_as_utf8(s):
    return s.encode("utf-16-le").decode("utf-8", errors="replace")


BOM_AS_CP1252 = as_cp1252("\ufeff".encode("utf-8"))  # 'ï»¿'


def truncated_chunks(s, size=4096):
    b = s.encode("utf-8")
    return "".join(b[i:i + size].decode("utf-8", errors="replace") for i in range(0, len(b), size))


def utf7(s):
    return s.encode("utf-7").decode("ascii")


def hz_raw(s):
    return s.encode("hz").decode("ascii")


def mime_word(s, enc="utf-8"):
    return email.header.Header(s, enc).encode()


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


def q_gb2312(s):
    return s.encode("gb2312", errors="replace").decode("gb2312")


def q_ascii(s):
    return s.encode("ascii", errors="replace").decode("ascii")


def utf8mb3(s):
    # MySQL utf8mb3 column: 4-byte characters become '?' (one per byte in some clients)
    return "".join(c if ord(c) < 0x10000 else c.encode("utf-8").decode("ascii", errors="replace").replace("\ufffd", "?") for c in s)


def eudc_pua(rng):
    # a GBK user-defined (造字) code point (AAA1-AFFE, F8A1-FEFE) decoded by GB18030 -> Private Use Area
    b = bytes([rng.choice([0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xF8, 0xF9]),
               rng.randint(0xA1, 0xFE)])
    return b.decode("gb18030")


def kangxi_map():
    m = {}
    for cp in range(0x2F00, 0x2FD6):
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if len(n) == 1:
            m[n] = c
    return m


KANGXI = kangxi_map()


def kangxi(s):
    return "".join(KANGXI.get(c, c) for c in s)


class _Flat(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_to_text(h):
    p = _Flat()
    p.feed(h)
    p.close()
    return "".join(p.out)


# simplified -> (traditional, pinyin) for the scraper's ruby-annotation artefact
PINYIN_TRAD = {
    "发": ("發", "fā"), "区": ("區", "qū"), "导": ("導", "dǎo"), "领": ("領", "lǐng"), "会": ("會", "huì"),
    "实": ("實", "shí"), "现": ("現", "xiàn"), "设": ("設", "shè"), "经": ("經", "jīng"), "济": ("濟", "jì"),
    "务": ("務", "wù"), "项": ("項", "xiàng"), "农": ("農", "nóng"), "业": ("業", "yè"), "国": ("國", "guó"),
    "义": ("義", "yì"), "时": ("時", "shí"), "进": ("進", "jìn"), "开": ("開", "kāi"), "关": ("關", "guān"),
    "问": ("問", "wèn"), "题": ("題", "tí"), "级": ("級", "jí"), "总": ("總", "zǒng"), "计": ("計", "jì"),
    "划": ("劃", "huà"), "环": ("環", "huán"), "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"), "东": ("東", "dōng"),
    "广": ("廣", "guǎng"), "为": ("為", "wéi"), "这": ("這", "zhè"), "对": ("對", "duì"), "员": ("員", "yuán"),
    "长": ("長", "zhǎng"), "门": ("門", "mén"), "险": ("險", "xiǎn"), "疗": ("療", "liáo"), "卫": ("衛", "wèi"),
    "学": ("學", "xué"), "书": ("書", "shū"), "记": ("記", "jì"), "动": ("動", "dòng"), "产": ("產", "chǎn"),
    "质": ("質", "zhì"), "体": ("體", "tǐ"), "机": ("機", "jī"), "构": ("構", "gòu"), "队": ("隊", "duì"),
    "组": ("組", "zǔ"), "织": ("織", "zhī"), "党": ("黨", "dǎng"), "风": ("風", "fēng"), "责": ("責", "zé"),
    "条": ("條", "tiáo"), "讲": ("講", "jiǎng"), "话": ("話", "huà"), "众": ("眾", "zhòng"), "护": ("護", "hù"),
    "应": ("應", "yīng"), "灾": ("災", "zāi"), "处": ("處", "chǔ"), "报": ("報", "bào"), "统": ("統", "tǒng"),
    "筹": ("籌", "chóu"), "资": ("資", "zī"), "费": ("費", "fèi"), "万": ("萬", "wàn"), "亿": ("億", "yì"),
    "个": ("個", "gè"), "规": ("規", "guī"), "稳": ("穩", "wěn"), "优": ("優", "yōu"), "营": ("營", "yíng"),
    "专": ("專", "zhuān"), "项": ("項", "xiàng"), "战": ("戰", "zhàn"), "执": ("執", "zhí"), "检": ("檢", "jiǎn"),
    "查": ("查", None), "约": ("約", "yuē"), "达": ("達", "dá"), "户": ("戶", None), "脱": ("脫", None),
    "贫": ("貧", "pín"), "兴": ("興", "xīng"), "险": ("險", "xiǎn"), "积": ("積", "jī"), "极": ("極", "jí"),
    "落": ("落", None), "强": ("強", "qiáng"), "态": ("態", "tài"), "势": ("勢", "shì"), "销": ("銷", "xiāo"),
    "头": ("頭", "tóu"), "车": ("車", "chē"), "电": ("電", "diàn"), "线": ("線", "xiàn"), "网": ("網", "wǎng"),
    "络": ("絡", "luò"), "与": ("與", "yǔ"), "着": ("著", "zhe"), "么": ("麼", "me"), "过": ("過", "guò"),
    "还": ("還", "hái"), "调": ("調", "diào"), "训": ("訓", "xùn"), "练": ("練", "liàn"), "场": ("場", "chǎng"),
    "办": ("辦", "bàn"), "齐": ("齊", "qí"), "宽": ("寬", "kuān"), "众": ("眾", "zhòng"), "聚": ("聚", None),
    "们": ("們", "men"), "从": ("從", "cóng"), "严": ("嚴", "yán"), "团": ("團", "tuán"), "结": ("結", "jié"),
    "决": ("決", "jué"), "胜": ("勝", "shèng"), "谋": ("謀", "móu"), "标": ("標", "biāo"), "准": ("準", "zhǔn"),
}


def pinyin_ruby_artifact(s, paren=True):
    """Build the ruby HTML a converter emits and flatten it the way a scraper does."""
    h = []
    for c in s:
        t = PINYIN_TRAD.get(c)
        if t and t[1]:
            if paren:
                h.append("<ruby>%s<rp>(</rp><rt>%s</rt><rp>)</rp></ruby>" % (t[0], t[1]))
            else:
                h.append("<ruby>%s<rt>%s</rt></ruby>" % (t[0], t[1]))
        elif t:
            h.append(t[0])
        else:
            h.append(html.escape(c))
    return html_to_text("".join(h))


def to_trad(s):
    return "".join(PINYIN_TRAD.get(c, (c,))[0] for c in s)


# ---------------------------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------------------------


class Doc:
    def __init__(self):
        self.buf = []
        self.pos = 0
        self.spans = []
        self.cleans = []

    def add(self, s):
        if s:
            self.buf.append(s)
            self.pos += len(s)
        return self

    def nl(self):
        return self.add("\n")

    def mark(self, s, clean=None):
        if not s:
            raise ValueError("empty mark")
        if self.spans and self.spans[-1][1] == self.pos:
            # merge adjacent marks into one stretch
            self.spans[-1][1] += len(s)
            self.cleans[-1] = (self.cleans[-1] or "") + (clean or "")
        else:
            self.spans.append([self.pos, self.pos + len(s)])
            self.cleans.append(clean)
        return self.add(s)

    def dmg(self, clean, fn):
        bad = fn(clean) if callable(fn) else fn
        if bad == clean:
            raise Retry("damage left text unchanged")
        n = min(len(bad), len(clean))
        i = 0
        while i < n and bad[i] == clean[i]:
            i += 1
        j = 0
        while j < n - i and bad[len(bad) - 1 - j] == clean[len(clean) - 1 - j]:
            j += 1
        self.add(bad[:i])
        self.mark(bad[i:len(bad) - j], clean[i:len(clean) - j])
        self.add(bad[len(bad) - j:])
        return self

    def parts(self, parts):
        for s, m in parts:
            if m:
                self.mark(s)
            else:
                self.add(s)
        return self

    @property
    def text(self):
        return "".join(self.buf)


class Retry(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# invented names and values
# ---------------------------------------------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静磊洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏辉军斌宇浩凯健俊帆旭宁琳颖欣悦婷雪慧倩晨阳嘉睿博思雨泽昊鑫国建志海丽文德春梅秋菊永胜新荣卫东")
PLACE_A = list("青岚桐溪柏松云澜枫梧沙栖霞渚榆槐棠泉汀芦荻蒲蓉杉岩峪梓楠苍碧银丹翠新安宁兴和丰泰永清河湖塘坪岗坝湾")
PLACE_B = list("溪川山岭湾坪源桥浦塘田洲坝口冈林庄屯铺堡阳涧峰泉港")
INDUSTRY = ["建设工程", "商贸", "食品", "环保科技", "物流", "建材", "农业开发", "医药", "电子科技", "物业管理",
            "餐饮管理", "纺织", "机械制造", "新能源", "文化传媒", "水务", "园林绿化", "劳务", "信息技术", "包装材料"]
ROADS = ["人民路", "解放路", "建设路", "滨江路", "文化路", "新华路", "朝阳路", "环城东路", "学府路", "工业大道",
         "迎宾大道", "中山路", "和平街", "青年路", "胜利路", "长青路", "金桥路", "振兴路"]
DEPTS = ["财政局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康委员会",
         "市场监督管理局", "应急管理局", "教育局", "民政局", "人力资源和社会保障局", "文化广电旅游局", "水利局", "司法局"]


def pname(rng, n=None):
    n = n or rng.choice([1, 2, 2, 2])
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def two(rng):
    a = rng.choice(PLACE_A)
    b = rng.choice(PLACE_B)
    return a + b


def village(rng):
    return two(rng) + rng.choice(["村", "村", "社区", "居委会"])


def town(rng):
    return two(rng) + rng.choice(["镇", "街道", "乡", "街道"])


def city(rng):
    return two(rng) + rng.choice(["市", "县", "区"])


def org(rng):
    return two(rng) + rng.choice(INDUSTRY) + rng.choice(["有限公司", "有限公司", "有限责任公司", "股份有限公司"])


def addr(rng):
    return "%s%s%d号" % (two(rng) + rng.choice(["区", "县"]), rng.choice(ROADS), rng.randint(1, 388))


def date_md(rng):
    m = rng.randint(1, 12)
    return "%d月%d日" % (m, rng.randint(1, 28))


def year(rng):
    return rng.randint(2019, 2024)


def ymd(rng):
    return "%d年%s" % (year(rng), date_md(rng))


def phone(rng):
    return rng.choice(["13", "15", "18", "17", "19"]) + str(rng.randint(0, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def landline(rng):
    return "0%d-%d" % (rng.randint(510, 939), rng.randint(2000000, 8999999))


def idno(rng):
    body = "%02d%04d%04d%02d%02d%03d" % (rng.randint(11, 65), rng.randint(100, 9999), rng.randint(1955, 2004),
                                        rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 999))
    return body + rng.choice("0123456789")


CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUW"  # X and Y left out on purpose (see README)


def credit_code(rng):
    return "91" + "%06d" % rng.randint(110000, 659999) + "".join(rng.choice(CREDIT_CHARS) for _ in range(10))


def docno(rng):
    pre = rng.choice(["政办", "政发", "财预", "环函", "卫健", "农发", "人社", "住建", "应急"])
    return "%s%s〔%d〕%d号" % (rng.choice(PLACE_A), pre, year(rng), rng.randint(1, 160))


def num(rng, a=3, b=980):
    return str(rng.randint(a, b))


def amt(rng, a=0.5, b=900.0):
    return ("%.2f" if rng.random() < 0.6 else "%.1f") % rng.uniform(a, b)


def pct(rng):
    return "%.1f" % rng.uniform(1.0, 99.5) if rng.random() < 0.7 else "%.2f" % rng.uniform(60, 99.9)


def lognum(rng, a, b):
    import math
    return str(int(math.exp(rng.uniform(math.log(a), math.log(b)))))


REAL = {
    "S": lambda r: str(r.randint(2, 60)), "DAYS": lambda r: str(r.randint(240, 352)),
    "YUAN": lambda r: str(r.randint(60, 180) * 10), "KM": lambda r: "%.1f" % r.uniform(0.5, 60),
    "AS": lambda r: amt(r, 0.3, 60), "PH": lambda r: ("%.1f" if r.random() < 0.7 else "%.2f") % r.uniform(80, 99.9),
    "PS": lambda r: "%.1f" % r.uniform(0.3, 12),
    "N": lambda r: lognum(r, 3, 980), "BIG": lambda r: num(r, 1000, 99999), "A": lambda r: amt(r), "P": lambda r: pct(r),
    "D": date_md, "PL": village, "TOWN": town, "CITY": city, "ORG": org, "NM": pname, "DOC": docno,
    "Y": lambda r: str(year(r)), "M": lambda r: str(r.randint(1, 12)), "ROAD": lambda r: r.choice(ROADS),
    "DEPT": lambda r: r.choice(DEPTS),
}

# placeholder schemes: kind -> list of forms
SCHEMES = {
    "x": {"N": ["xx", "xxx", "x"], "BIG": ["xxxx", "xxxxx"], "A": ["xx.xx", "xxx.x", "x.xx", "xx"],
          "P": ["xx", "xx.x", "x.x", "xxx"], "D": ["x月xx日", "xx月xx日", "x月x日"], "PL": ["xx村", "xx社区"],
          "TOWN": ["xx镇", "xx街道"], "CITY": ["xx市", "xx县", "xx区"], "ORG": ["xx公司", "xx有限公司"],
          "NM": ["xxx", "xx"], "DOC": ["x政办〔2023〕xx号", "x财预〔2022〕x号"], "Y": ["20xx"], "M": ["x", "xx"],
          "ROAD": ["xx路"], "DEPT": ["xx局"]},
    "X": {"N": ["XX", "XXX", "X"], "BIG": ["XXXX", "XXXXX"], "A": ["XX.XX", "XXX.X", "X.XX", "XX"],
          "P": ["XX", "XX.X", "X.X"], "D": ["X月X日", "XX月XX日", "X月XX日"], "PL": ["XX村", "XX社区"],
          "TOWN": ["XX镇", "XX街道"], "CITY": ["XX市", "XX县", "XX区"], "ORG": ["XX公司", "XX有限公司"],
          "NM": ["XXX", "XX"], "DOC": ["XX政办〔20XX〕XX号", "X政发〔2023〕X号"], "Y": ["20XX"], "M": ["X", "XX"],
          "ROAD": ["XX路"], "DEPT": ["XX局"]},
    "times": {"N": ["××", "×××"], "BIG": ["××××"], "A": ["××.××", "×××.×", "××"], "P": ["××", "××.×"],
              "D": ["×月×日", "××月××日"], "PL": ["××村", "××社区"], "TOWN": ["××镇", "××街道"],
              "CITY": ["××市", "××县"], "ORG": ["××公司", "××有限公司"], "NM": ["×××", "××"],
              "DOC": ["××〔20××〕××号"], "Y": ["20××"], "M": ["×", "××"], "ROAD": ["××路"], "DEPT": ["××局"]},
}


KIND_ALIAS = {"S": "N", "DAYS": "N", "YUAN": "N", "KM": "A", "AS": "A", "PH": "P", "PS": "P"}


def ph_form(rng, scheme, kind):
    kind = KIND_ALIAS.get(kind, kind)
    if scheme == "mixed":
        scheme = rng.choice(["x", "X"])
    return rng.choice(SCHEMES[scheme][kind])


SLOT_RE = re.compile(r"\{([A-Z]+)\}")


def fill(rng, tpl, scheme=None, p=0.5, force=False):
    """Fill a template; with a scheme, each slot is masked with probability p.
    Returns (parts, n_masked)."""
    pieces = SLOT_RE.split(tpl)
    slots = list(range(1, len(pieces), 2))
    masked = set()
    if scheme:
        for k in slots:
            if rng.random() < p:
                masked.add(k)
        if force and slots and not masked:
            masked.add(rng.choice(slots))
    parts = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            if piece:
                parts.append((piece, False))
        else:
            if i in masked:
                parts.append((ph_form(rng, scheme, piece), True))
            else:
                parts.append((REAL[piece](rng), False))
    return parts, len(masked)


def plain(rng, tpl):
    return "".join(s for s, _ in fill(rng, tpl)[0])


# ---------------------------------------------------------------------------------------------
# sentence pools (written for this collection)
# ---------------------------------------------------------------------------------------------

REPORT_TPL = [
    "全年完成地区生产总值{A}亿元，同比增长{PS}%。",
    "新增市场主体{N}户，其中企业{N}户、个体工商户{N}户。",
    "城镇新增就业{N}人，城镇登记失业率控制在{PS}%以内。",
    "完成固定资产投资{A}亿元，其中工业投资{A}亿元。",
    "{D}，{TOWN}召开安全生产专题会议，排查整改各类隐患{N}处。",
    "全年累计发放城乡低保金{A}万元，惠及困难群众{N}人。",
    "改造农村危房{N}户，完成率{PH}%。",
    "{PL}新建高标准农田{N}亩，粮食总产量达{BIG}吨。",
    "开展“双随机、一公开”检查{N}次，立案查处违法案件{N}宗。",
    "组织重点人群免费体检{N}人次，家庭医生签约覆盖率达{PH}%。",
    "辖区中小学在校生{BIG}人，学前教育毛入园率{PH}%。",
    "投入资金{A}万元，完成{PL}道路硬化{KM}公里。",
    "全年接待游客{A}万人次，实现旅游综合收入{AS}亿元。",
    "落实惠企政策资金{A}万元，帮助{N}家企业纾困解难。",
    "完成植树造林{N}亩，森林覆盖率提高到{P}%。",
    "生活垃圾无害化处理率达{PH}%，{PL}获评市级美丽乡村示范点。",
    "受理群众来信来访{N}件，按期办结率{PH}%。",
    "召开党工委理论学习中心组学习会{S}次，开展专题研讨{S}次。",
    "发展党员{S}名，培训基层党员干部{BIG}人次。",
    "调处各类矛盾纠纷{N}宗，调处成功率{PH}%。",
    "{CITY}税务部门全年办理新增减税降费及退税缓税{AS}亿元。",
    "签约招商引资项目{S}个，协议投资额{A}亿元，其中亿元以上项目{S}个。",
    "年末常住人口{AS}万人，常住人口城镇化率{P}%。",
    "城乡居民医疗保险参保{BIG}人，参保率稳定在{PH}%以上。",
    "发放创业担保贷款{A}万元，带动就业{N}人。",
    "完成老旧小区改造{S}个，惠及居民{BIG}户。",
    "累计开展各类应急演练{N}场，参与群众{BIG}人次。",
    "{D}，{NM}副区长带队到{ORG}调研复工复产情况。",
    "规模以上工业增加值{A}亿元，增长{PS}%。",
    "一般公共预算收入{AS}亿元，完成年度目标的{PH}%。",
    "{Y}年{M}月，{DEPT}印发《关于进一步优化营商环境的若干措施》（{DOC}）。",
    "清理河道{KM}公里，拆除违章建筑{N}处、面积{BIG}平方米。",
    "全年共办理不动产登记业务{BIG}件，平均办理时限压缩至{S}个工作日。",
    "开展消防安全检查{N}次，整改火灾隐患{N}处，约谈负责人{S}人。",
    "新建改建公办幼儿园{S}所，新增学位{BIG}个。",
    "完成污水管网铺设{KM}公里，{TOWN}污水集中收集率达到{PH}%。",
    "认定高新技术企业{S}家，研发经费投入强度达到{PS}%。",
    "全年累计接种疫苗{BIG}剂次，其中加强针{N}剂次。",
    "举办各类招聘会{N}场，提供就业岗位{BIG}个，达成就业意向{BIG}人。",
    "对{N}名特困供养人员实行集中供养，月人均标准提高到{YUAN}元。",
    "{PL}村集体经济收入达{A}万元，比上年增加{AS}万元。",
    "培训高素质农民{N}人，新增家庭农场{N}家、农民专业合作社{N}家。",
    "全年空气质量优良天数{DAYS}天，优良率{PH}%。",
    "处理“12345”热线工单{BIG}件，群众满意率{PH}%。",
    "开展“扫黄打非”专项行动{N}次，收缴非法出版物{BIG}册。",
    "社区矫正对象{N}人，无一人脱管漏管。",
    "完成土地征收{A}亩，交付项目建设用地{A}亩。",
    "发放耕地地力保护补贴{A}万元，涉及农户{BIG}户。",
    "建成5G基站{N}个，行政村光纤通达率{PH}%。",
    "{ORG}完成技术改造投资{A}万元，新增产值{AS}亿元。",
]

HEADINGS = [
    "一、{Y}年工作回顾", "（一）坚持党建引领，夯实基层基础", "（二）聚焦项目建设，推动经济稳步增长",
    "（三）强化民生保障，提升群众获得感", "（四）统筹发展和安全，守牢底线", "（五）深化改革创新，优化营商环境",
    "二、存在的主要问题", "三、下一步工作打算",
]

OPENERS = [
    "{Y}年，在{CITY}委、{CITY}政府的坚强领导下，{TOWN}坚持稳中求进工作总基调，各项工作取得新进展。现将有关情况报告如下：",
    "今年以来，{TOWN}围绕年初确定的目标任务，统筹推进经济社会发展各项工作，总体保持稳中向好态势。",
    "{Y}年上半年，我局在上级部门的指导下，认真履行职责，扎实推进重点工作。现将工作开展情况总结如下：",
    "根据{CITY}政府办公室通知要求，现将我单位{Y}年度工作情况汇报如下：",
]

CLOSERS = [
    "下一步，我们将继续坚持问题导向，狠抓工作落实，为全年目标任务的完成打下坚实基础。",
    "特此报告。",
    "以上报告，请予审议。",
    "我们将以更加务实的作风，推动各项工作再上新台阶。",
    "当前仍存在产业结构偏重、财政收支矛盾突出、公共服务供给不足等问题，需在今后工作中加以解决。",
]

PROSE_CLEAN = [
    "会议强调，要进一步压实属地责任，确保各项措施落实到位。",
    "各单位要高度重视，明确专人负责，按时报送有关材料。",
    "工作中要坚持实事求是，防止形式主义、官僚主义。",
    "请各地结合实际，认真抓好贯彻落实。",
    "对工作中发现的问题，要建立台账，逐项销号。",
    "要加强宣传引导，营造全社会共同参与的良好氛围。",
    "检查组采取查阅资料、实地察看、座谈交流等方式开展工作。",
    "下一步将持续跟踪问效，推动整改工作落地见效。",
]


def rep_sents(rng, k):
    return [plain(rng, t) for t in rng.sample(REPORT_TPL, k)]


def heading(rng):
    return plain(rng, rng.choice(HEADINGS))


def opener(rng):
    return plain(rng, rng.choice(OPENERS))


def closer(rng):
    return rng.choice(CLOSERS)


def report_lines(rng, nlines=None, per=(1, 3)):
    """Clean report lines."""
    nlines = nlines or rng.randint(3, 8)
    lines = []
    heads = sorted(rng.sample(range(len(HEADINGS)), 4))
    for _ in range(nlines):
        if rng.random() < 0.2 and heads:
            lines.append(plain(rng, HEADINGS[heads.pop(0)]))
        else:
            lines.append("".join(rep_sents(rng, rng.randint(*per))))
    return lines


def add_lines(d, lines, first=False):
    for ln in lines:
        if d.pos or not first:
            if d.pos:
                d.nl()
        d.add(ln)
    return d


def add_lines(d, lines):  # noqa: F811  (simple version)
    for ln in lines:
        if d.pos:
            d.nl()
        d.add(ln)
    return d


# ---------------------------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------------------------

STYLES = []
STYLE_META = {}


def style(name, family, label, allow=()):
    def deco(fn):
        STYLES.append((name, family, label, fn))
        STYLE_META[name] = {"family": family, "label": label, "allow": set(allow)}
        return fn
    return deco


def masked_report(rng, d, scheme, p=0.5, nsent=(3, 7), heading_p=0.25, per_line=(1, 3)):
    """Append report lines whose slots are masked with `scheme`; guarantees one mask."""
    total = 0
    n = rng.randint(*nsent)
    tpls = rng.sample(REPORT_TPL, n)
    i = 0
    while i < len(tpls):
        if d.pos:
            d.nl()
        if rng.random() < heading_p:
            d.add(heading(rng))
            d.nl()
        k = rng.randint(*per_line)
        for t in tpls[i:i + k]:
            force = (i + k >= len(tpls)) and total == 0
            parts, m = fill(rng, t, scheme, p, force=force)
            total += m
            d.parts(parts)
        i += k
    return total


# =============================================================================================
# family ph, label placeholder
# =============================================================================================

@style("ph_report_lower_xx", "ph", "placeholder")
def _(rng):
    d = Doc()
    if rng.random() < 0.5:
        d.add(opener(rng))
    masked_report(rng, d, "x", rng.uniform(0.3, 0.7))
    return d, "work summary with lower-case xx/x.xx placeholders for counts, amounts and dates"


@style("ph_report_upper_case_xx", "ph", "placeholder")
def _(rng):
    d = Doc()
    masked_report(rng, d, "X", rng.uniform(0.3, 0.7))
    if rng.random() < 0.5:
        d.nl().add(closer(rng))
    return d, "report with upper-case XX placeholders"


@style("ph_report_times_sign", "ph", "placeholder")
def _(rng):
    d = Doc()
    masked_report(rng, d, "times", rng.uniform(0.3, 0.7))
    return d, "report masked with the multiplication sign ××"


@style("ph_report_mixed_case", "ph", "placeholder")
def _(rng):
    d = Doc()
    masked_report(rng, d, "mixed", rng.uniform(0.4, 0.8), nsent=(4, 8))
    return d, "xx and XX mixed in one document"


@style("ph_sparse_single_mask", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add(opener(rng))
    d.nl()
    masked_report(rng, d, rng.choice(["x", "X"]), 0.0, nsent=(4, 9), per_line=(2, 3))
    return d, "long clean report with exactly one masked value"


@style("ph_dense_all_masked", "ph", "placeholder")
def _(rng):
    d = Doc()
    masked_report(rng, d, rng.choice(["x", "X", "times"]), 1.0, nsent=(2, 5), heading_p=0)
    return d, "every slot masked, numbers nearly absent"


@style("ph_flat_stat_table", "ph", "placeholder")
def _(rng):
    d = Doc()
    sch = rng.choice(["x", "X", "times"])
    d.add("%s%d年%s主要经济指标" % (town(rng), year(rng), rng.choice(["1-6月", "1-9月", "全年"])))
    d.nl().add("指标名称\t单位\t本期\t同比增长（%）")
    rows = [("地区生产总值", "亿元"), ("规模以上工业增加值", "亿元"), ("固定资产投资", "亿元"),
            ("社会消费品零售总额", "亿元"), ("一般公共预算收入", "万元"), ("城镇居民人均可支配收入", "元"),
            ("农村居民人均可支配收入", "元"), ("实际利用外资", "万美元"), ("进出口总额", "万元")]
    chosen = rng.sample(rows, rng.randint(4, 8))
    masked = 0
    for idx, (nm, unit) in enumerate(chosen):
        d.nl().add("%s\t%s\t" % (nm, unit))
        if rng.random() < 0.45 or (idx == len(chosen) - 1 and not masked):
            d.mark(ph_form(rng, sch, "A"))
            masked += 1
        else:
            d.add(amt(rng, 1, 9000))
        d.add("\t")
        if rng.random() < 0.15:
            d.add("—")
        elif rng.random() < 0.35:
            d.mark(ph_form(rng, sch, "P"))
        else:
            d.add("%.1f" % rng.uniform(-12, 25))
    return d, "statistical table flattened to tab-separated lines; some cells masked, '—' cells are legitimate"


@style("ph_title_year_template", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.mark(rng.choice(["20XX", "20xx", "20××"]))
    d.add("年%s%s" % (town(rng), rng.choice(["工作计划", "工作总结", "安全生产工作要点", "党建工作要点"])))
    d.nl()
    add_lines(d, report_lines(rng, rng.randint(2, 6)))
    return d, "only the year in the title is a template placeholder"


@style("ph_signature_block", "ph", "placeholder")
def _(rng):
    d = Doc()
    add_lines(d, report_lines(rng, rng.randint(2, 5)))
    d.nl().add(closer(rng)).nl()
    if rng.random() < 0.5:
        d.mark(rng.choice(["XX", "xx", "××"]) + rng.choice(["县人民政府办公室", "街道办事处", "市财政局"]))
    else:
        d.add(town(rng) + "党政办公室")
    d.nl()
    d.mark(rng.choice(["20XX年X月X日", "20xx年x月x日", "2023年X月X日", "2024年××月××日", "    年  月  日".replace(" ", "＿")]))
    return d, "clean body; signature unit and/or date left as placeholders"


@style("ph_docno_template", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s关于做好%s工作的通知" % (city(rng) + rng.choice(DEPTS),
                                 rng.choice(["汛期安全防范", "春季森林防火", "秋冬季大气污染防治", "年度统计执法检查"])))
    d.nl()
    d.mark(rng.choice(["X政办发〔20XX〕X号", "xx〔2023〕xx号", "××发〔20××〕××号", "X应急〔2024〕XX号"]))
    d.nl().add("各%s，%s有关单位：" % (rng.choice(["乡镇人民政府、街道办事处", "区县财政局", "成员单位"]), rng.choice(["市直", "区直"])))
    d.nl().add("".join(rng.sample(PROSE_CLEAN, rng.randint(2, 4))))
    return d, "notice whose document number was never filled in"


@style("ph_pdf_split_placeholder", "ph", "placeholder")
def _(rng):
    d = Doc()
    sch = rng.choice(["x", "X"])
    t = sch * 3
    pre = "".join(rep_sents(rng, 2))
    d.add(pre)
    what = rng.choice(["无烟单位", "健康社区", "示范家庭农场", "星级文明户", "平安校园"])
    d.add("截至年底，累计建成%s" % what)
    # a PDF line break falls inside the placeholder or right after it
    if rng.random() < 0.5:
        d.mark(t)
        d.nl().nl().add(rng.choice(["家", "个", "户"]) + "，")
    else:
        d.mark(sch)
        d.nl()
        d.mark(sch * 2)
        d.add(rng.choice(["家", "个", "户"]) + "，")
    d.add("覆盖率达到")
    d.mark(sch * 2)
    d.add("%。")
    d.add("".join(rep_sents(rng, 1)))
    return d, "PDF extraction put a line break inside or after the xxx placeholder"


@style("ph_case_pseudonyms", "ph", "placeholder")
def _(rng):
    d = Doc()
    s1, s2 = rng.sample(SURNAMES, 2)
    a = s1 + rng.choice(["某", "某某"])
    b = s2 + rng.choice(["某", "某某"])
    d.add(rng.choice(["【典型案例】", "案例%d：" % rng.randint(1, 9), "以案释法："]))
    d.add("%d年%d月，" % (year(rng), rng.randint(1, 12)))
    d.mark(a)
    d.add("在%s经营的小饭馆因使用过期食材被群众举报。执法人员现场查获过期调味品%d瓶，" % (town(rng), rng.randint(3, 40)))
    d.nl()
    d.add("经查，供货方")
    d.mark(b)
    d.add("明知产品已过保质期仍继续销售。%s依法对" % (city(rng) + "市场监督管理局"))
    d.mark(a)
    d.add("处以罚款%d元，对" % (rng.randint(2, 50) * 1000))
    d.mark(b)
    d.add("立案调查。")
    if rng.random() < 0.5:
        d.nl().add("提醒：某些小作坊为降低成本铤而走险，消费者发现问题可拨打12315投诉。")
    return d, "case write-up with surname+某 pseudonyms masking real people; '某些' in the tip is ordinary prose"


@style("ph_contract_company_mask", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add(rng.choice(["房屋租赁合同", "物业服务合同", "采购合同", "劳务分包合同"]))
    d.nl().add("甲方（出租方）：")
    d.mark(rng.choice(["某某公司", "XX有限公司", "xxxx有限公司", "××公司"]))
    d.nl().add("乙方（承租方）：%s" % org(rng) if rng.random() < 0.5 else "乙方（承租方）：")
    if not d.text.endswith("公司"):
        d.mark(rng.choice(["某某", "XXX", "×××"]))
    d.nl().add("第一条 租赁物位于%s，建筑面积%d平方米。" % (addr(rng), rng.randint(40, 900)))
    d.nl().add("第二条 租金每月人民币")
    d.mark(rng.choice(["XXXX", "xxxx", "××××"]))
    d.add("元，按季度支付。")
    d.nl().add("第三条 租赁期限自%d年%d月1日起至%d年%d月%d日止。" % (2023, rng.randint(1, 12), 2026, rng.randint(1, 12), 28))
    return d, "contract template with masked parties and rent"


@style("ph_bracket_fields", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("关于")
    d.mark(rng.choice(["【项目名称】", "【活动名称】", "【单位名称】"]))
    d.add("的情况说明")
    d.nl().add("我单位于")
    d.mark(rng.choice(["【日期】", "【具体时间】", "【年月日】"]))
    d.add("组织开展了相关工作，参与人数")
    d.mark(rng.choice(["【人数】", "【数量】"]))
    d.add("人。")
    d.nl().add("联系人：")
    d.mark("【姓名】")
    d.add("，联系电话：")
    d.mark(rng.choice(["【电话】", "【手机号码】"]))
    if rng.random() < 0.5:
        d.nl().add("主办：%s" % (city(rng) + rng.choice(DEPTS)))
    return d, "generated notice with 【…】 template fields left in place"


@style("ph_mustache_merge", "ph", "placeholder")
def _(rng):
    d = Doc()
    f = rng.choice([("{{name}}", "{{date}}", "{{amount}}"), ("{{ 姓名 }}", "{{ 日期 }}", "{{ 金额 }}"),
                    ("{{user_name}}", "{{pay_date}}", "{{fee}}")])
    d.add("【%s】尊敬的" % rng.choice(["燃气服务", "水费通知", "物业中心", "社保提醒"]))
    d.mark(f[0])
    d.add("，您好！您的账户将于")
    d.mark(f[1])
    d.add("扣缴本期费用")
    d.mark(f[2])
    d.add("元，请保持余额充足。退订回T")
    if rng.random() < 0.5:
        d.nl().add("发送时间：%d-%02d-%02d %02d:%02d" % (year(rng), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59)))
    return d, "SMS from a template engine whose {{…}} variables were not substituted"


@style("ph_dollar_brace_vars", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("系统通知：")
    v = [rng.choice(["${orderNo}", "#{applyNo}", "${bizId}"]), rng.choice(["${deptName}", "$[auditor]", "#{handler}"]),
         rng.choice(["#{applyDate}", "${finishTime}", "${date}"])]
    d.add("您提交的申请（编号")
    d.mark(v[0])
    d.add("）已由")
    d.mark(v[1])
    d.add("审核通过，办理时间为")
    d.mark(v[2])
    d.add("。")
    d.nl().add("如有疑问，请致电%s。" % landline(rng))
    return d, "application portal notice with ${…}/#{…} variables"


@style("ph_format_index", "ph", "placeholder")
def _(rng):
    d = Doc()
    forms = rng.choice([["{0}", "{1}", "{2}"], ["%s", "%s", "%d"], ["%1", "%2", "%3"], ["{name}", "{time}", "{count}"]])
    svc = rng.choice(["政务服务", "预约挂号", "公积金中心", "不动产登记", "社保经办", "出入境服务"])
    d.add("【%s】" % svc)
    d.mark(forms[0])
    tpl = rng.choice([("您好，您已成功预约", "的服务，当前排队人数", "人。"),
                      ("您好，您的业务已于", "办结，受理编号", "，请凭短信到窗口领取。"),
                      ("，您预约的", "号段已确认，前方等候", "人，请提前十分钟到达。")])
    d.add(tpl[0])
    d.mark(forms[1])
    d.add(tpl[1])
    d.mark(forms[2])
    d.add(tpl[2])
    if rng.random() < 0.6:
        d.nl().add("咨询电话：%s" % landline(rng))
    return d, "printf / String.format markers left unformatted"


@style("ph_word_mergefield", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("缴费通知单")
    d.nl().add("户主：")
    d.mark(rng.choice(["«户主姓名»", "«姓名»", "«Name»"]))
    d.add("    房号：")
    d.mark(rng.choice(["«房号»", "«楼栋»«单元»"]))
    d.nl().add("您%d年度物业服务费合计" % year(rng))
    d.mark(rng.choice(["«应缴金额»", "«金额»"]))
    d.add("元，请于%s前到%s服务中心缴纳。" % (date_md(rng), two(rng) + "物业"))
    return d, "Word mail-merge fields «…» printed without data"


@style("ph_angle_merge", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("合同编号：")
    d.mark(rng.choice(["<<合同编号>>", "<<CONTRACT_NO>>", "<<编号>>"]))
    d.nl().add("签订日期：%s" % ymd(rng))
    d.nl().add("甲方：%s" % (city(rng) + rng.choice(DEPTS)))
    d.nl().add("乙方：")
    d.mark(rng.choice(["<<供应商名称>>", "<<乙方>>"]))
    d.nl().add("乙方应于合同签订后%d个工作日内完成供货，货款按实际验收数量结算。" % rng.randint(5, 30))
    return d, "contract generated from a form with <<…>> fields"


@style("ph_underline_blanks", "ph", "placeholder")
def _(rng):
    d = Doc()
    u = rng.choice(["＿＿＿＿＿＿", "______", "__________", "＿＿＿＿"])
    kind = rng.choice(["授权委托书", "承诺书", "情况证明"])
    d.add(kind)
    if kind == "授权委托书":
        d.nl().add("委托人：")
        d.mark(u)
        d.add("  身份证号：")
        d.mark(u + u[:2])
        d.nl().add("受托人：")
        d.mark(u)
        d.nl().add("现委托受托人代为办理%s相关手续，受托人所签署的文件，委托人均予以承认。" %
                   rng.choice(["不动产登记", "社保关系转移", "营业执照变更", "住房公积金提取", "车辆过户", "户口迁移"]))
    elif kind == "承诺书":
        d.nl().add("本人")
        d.mark(u)
        d.add("郑重承诺：所提交的%s材料真实有效，如有虚假，愿承担相应法律责任。" % rng.choice(["低保申请", "补贴申领", "入学报名", "资格审查"]))
        d.nl().add("承诺人（签字）：")
        d.mark(u)
    else:
        d.nl().add("兹证明")
        d.mark(u)
        d.add("同志系我单位%s，%s。" % (rng.choice(["在职职工", "退休人员", "聘用人员"]), rng.choice(["特此证明", "情况属实"])))
        d.nl().add("单位（盖章）：%s" % (town(rng) + rng.choice(["人民政府", "便民服务中心"])))
    d.nl().add("日期：")
    d.mark(u[:4])
    d.add("年")
    d.mark(u[:2])
    d.add("月")
    d.mark(u[:2])
    d.add("日")
    return d, "published form template with underscore blanks"


@style("ph_fill_hint_parenthesis", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%d年度%s申报书" % (year(rng), rng.choice(["科技计划项目", "文化产业扶持资金", "乡村振兴示范村"])))
    d.nl().add("项目名称：")
    d.mark(rng.choice(["（此处填写项目全称）", "（请填写项目名称）", "（填写项目名称，不超过30字）"]))
    d.nl().add("承担单位：%s" % org(rng))
    d.nl().add("项目概述：")
    d.mark(rng.choice(["（此处简要介绍项目背景、目标和主要内容，限500字以内）", "（此处填写…）", "（请在此处填写项目简介）"]))
    d.nl().add("申请金额：%s万元" % amt(rng, 5, 300))
    return d, "application form whose fill-in hints were published unfilled"


@style("ph_todo_draft", "ph", "placeholder")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 4))
    add_lines(d, lines[:1])
    d.nl()
    d.mark(rng.choice(["TODO：补充上半年数据", "TODO", "【TODO】", "TBD", "（待补充）", "[待补充具体数据]"]))
    add_lines(d, lines[1:])
    if rng.random() < 0.5:
        d.nl().add("全年财政投入")
        d.mark(rng.choice(["TODO", "待补充", "TBD"]))
        d.add("万元。")
    return d, "draft published with TODO / 待补充 markers"


@style("ph_daiding_values", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s重点项目推进表" % town(rng))
    d.nl().add("序号\t项目名称\t总投资（万元）\t开工时间\t责任人")
    for i in range(rng.randint(3, 6)):
        d.nl().add("%d\t%s%s\t" % (i + 1, two(rng), rng.choice(["农贸市场改造", "污水处理站", "文化广场", "产业园标准厂房", "安置小区"])))
        if rng.random() < 0.3:
            d.mark("待定")
        else:
            d.add(str(rng.randint(300, 30000)))
        d.add("\t")
        if rng.random() < 0.5 or i == 0:
            d.mark(rng.choice(["待定", "待定", "TBD"]))
        else:
            d.add("%d年%d月" % (year(rng), rng.randint(1, 12)))
        d.add("\t" + pname(rng))
    return d, "project table where 待定 stands for a missing value"


def mask_phone(rng, style=0):
    p = phone(rng)
    if style == 0:
        return p[:3] + "****" + p[7:]
    if style == 1:
        return p[:3] + "*****" + p[8:]
    return "*******" + p[7:]


def mask_id(rng):
    s = idno(rng)
    k = rng.choice([(6, 4), (4, 4), (1, 1), (3, 4)])
    return s[:k[0]] + "*" * (18 - k[0] - k[1]) + s[18 - k[1]:]


def mask_name(rng):
    s = rng.choice(SURNAMES)
    g = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
    f = rng.choice([0, 1, 2])
    if f == 0:
        return s + "*" * len(g)
    if f == 1 and len(g) == 2:
        return s + "*" + g[1]
    return s + "**"


@style("ph_courier_waybill", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s快递 电子面单" % rng.choice(["顺达", "捷运", "邻里", "云通", "速丰"]))
    d.nl().add("运单号：%s%d" % (rng.choice(["SD", "JY", "YT", "LL"]), rng.randint(10 ** 11, 10 ** 12 - 1)))
    d.nl().add("收件人：")
    d.mark(mask_name(rng))
    d.add("  ")
    d.mark(mask_phone(rng, rng.choice([0, 1])))
    d.nl().add("收件地址：%s省%s" % (rng.choice(["浙江", "湖南", "四川", "山东", "河南", "江西"]), city(rng)))
    d.mark(rng.choice(["**区****", "***街道****", "****"]))
    d.nl().add("寄件人：")
    d.mark(mask_name(rng))
    d.add("  ")
    d.mark(mask_phone(rng, 2))
    d.nl().add("物品：%s  重量：%.1fkg" % (rng.choice(["文件", "日用品", "服饰", "食品"]), rng.uniform(0.2, 12)))
    return d, "courier waybill with masked names, phones and address"


@style("ph_pickup_sms", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("【%s驿站】" % two(rng))
    d.mark(mask_name(rng))
    d.add("，您的%s快递已到%s" % (rng.choice(["顺达", "云通", "捷运"]), two(rng) + "小区"))
    d.mark(rng.choice(["**号楼", "*栋**"]))
    d.add("驿站，取件码%d-%d-%d，请于%s前取件。手机尾号" % (rng.randint(1, 9), rng.randint(1, 6), rng.randint(1000, 9999),
                                              "%02d:00" % rng.randint(18, 21)))
    d.add(phone(rng)[-4:] + "。")
    if rng.random() < 0.5:
        d.nl().add("收件人电话：")
        d.mark(mask_phone(rng))
    return d, "parcel pickup SMS; 取件码 and 手机尾号 are real, masked name/address are placeholders"


@style("ph_ride_receipt", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s出行 行程单" % rng.choice(["快捷", "顺风", "滴嗒", "如约"]))
    d.nl().add("乘车人手机：")
    d.mark(mask_phone(rng))
    d.nl().add("车牌号：%s%s·" % (rng.choice("浙粤苏川湘鄂豫鲁"), rng.choice("ABCDEF")))
    p = "%s%d" % (rng.choice("DFABC"), rng.randint(1000, 9999))
    d.mark(p[:1] + "***" + p[-1:])
    d.add("  司机：%s师傅" % rng.choice(SURNAMES))
    d.nl().add("上车：%s  下车：%s" % (two(rng) + "地铁站", two(rng) + "花园东门"))
    d.nl().add("里程：%.1f公里  金额：%.2f元" % (rng.uniform(2, 40), rng.uniform(9, 160)))
    return d, "ride-hailing receipt with masked phone and plate (师傅 is an ordinary form of address)"


@style("ph_hotel_receipt", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s酒店 结账单" % (two(rng)))
    d.nl().add("入住人：")
    d.mark(mask_name(rng))
    d.add("  证件号：")
    d.mark(mask_id(rng))
    d.nl().add("房型：%s  入住：%d-%02d-%02d  离店：共%d晚" % (rng.choice(["标准双床房", "高级大床房", "商务套房"]), year(rng),
                                                   rng.randint(1, 12), rng.randint(1, 27), rng.randint(1, 5)))
    d.nl().add("支付方式：银行卡 ")
    c = "62%02d%012d" % (rng.randint(10, 99), rng.randint(0, 10 ** 12 - 1))
    d.mark(c[:4] + " **** **** " + c[-4:])
    d.nl().add("合计：%.2f元" % rng.uniform(180, 3600))
    return d, "hotel folio with masked guest name, identity number and card number"


@style("ph_masked_id_list", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s%d年%s拟享受人员公示" % (village(rng), year(rng), rng.choice(["城乡低保", "特困供养", "临时救助", "残疾人两项补贴"])))
    d.nl().add("序号  姓名  身份证号  保障人数")
    for i in range(rng.randint(3, 7)):
        d.nl().add("%d  " % (i + 1))
        d.mark(mask_name(rng))
        d.add("  ")
        d.mark(mask_id(rng))
        d.add("  %d" % rng.randint(1, 5))
    d.nl().add("公示期：%d个工作日。监督电话：%s" % (rng.choice([5, 7]), landline(rng)))
    return d, "public notice list with starred names and identity numbers"


@style("ph_prize_list_stars", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("“%s”有奖%s活动中奖名单" % (rng.choice(["垃圾分类", "反诈宣传", "全民阅读", "文明出行"]), rng.choice(["答题", "征文", "打卡"])))
    for lvl in rng.sample(["一等奖", "二等奖", "三等奖", "优秀奖"], rng.randint(2, 3)):
        d.nl().add(lvl + "：")
        for j in range(rng.randint(1, 3)):
            if j:
                d.add("；")
            d.mark(mask_name(rng))
            d.add("（")
            d.mark(mask_phone(rng))
            d.add("）")
    d.nl().add("请获奖者于%s前携带本人身份证到%s领取奖品。" % (date_md(rng), town(rng) + "文化站"))
    return d, "winner list with masked names and phone numbers"


@style("ph_disclosure_reply", "ph", "placeholder")
def _(rng):
    d = Doc()
    unit = city(rng) + rng.choice(DEPTS)
    d.add("%s政府信息公开申请答复书" % unit)
    d.nl()
    d.mark(rng.choice(["〔20XX〕第X号", "〔20xx〕第xx号", "〔2023〕第X号", "（20××）第××号"]))
    d.nl().add("申请人：")
    d.mark(rng.choice(["XXX", "×××", "xxx"]))
    d.nl().add("本机关于")
    d.mark(rng.choice(["20XX年X月X日", "2023年X月XX日", "x月x日"]))
    d.add("收到您提交的政府信息公开申请，要求获取“%s”。" % rng.choice(
        ["%s项目环境影响评价批复文件" % two(rng), "%d年度%s征收补偿方案" % (year(rng), village(rng)), "本单位%d年三公经费决算表" % year(rng)]))
    d.nl().add("经审查，%s" % rng.choice(["您申请的信息属于主动公开范围，可登录本机关门户网站查阅。",
                                     "本机关未制作或获取该信息，根据《中华人民共和国政府信息公开条例》第三十六条第（四）项规定，告知如下。"]))
    d.nl().add("如对本答复不服，可在收到本答复之日起六十日内申请行政复议。")
    return d, "information-disclosure reply published with 申请人：XXX and template number"


@style("ph_penalty_decision", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("行政处罚决定书")
    d.nl().add(rng.choice(["", "%s" % two(rng)]) + "市监处罚〔%d〕%d号" % (year(rng), rng.randint(10, 300)))
    d.nl().add("当事人：")
    d.mark(rng.choice(["XX有限公司", "xx商贸有限公司", "××食品有限公司", two(rng) + "XX有限公司"]))
    d.nl().add("统一社会信用代码：")
    d.mark(rng.choice(["91XXXXXXXXXXXXXXXX", "9133XXXXXXXXXXXXXX", "91" + "*" * 16, credit_code(rng)[:6] + "********" + credit_code(rng)[-4:]]))
    d.nl().add("法定代表人：")
    d.mark(mask_name(rng) if rng.random() < 0.6 else rng.choice(["XXX", "王某", "李某某"]))
    d.nl().add("当事人销售不符合食品安全标准的%s，货值金额%.2f元，违法所得%.2f元。" % (
        rng.choice(["散装白酒", "鲜切面", "冷冻肉制品", "婴幼儿辅食"]), rng.uniform(200, 9000), rng.uniform(50, 900)))
    d.nl().add("依据《中华人民共和国食品安全法》第一百二十四条，决定没收违法所得并处罚款%d元。" % (rng.randint(5, 100) * 1000))
    return d, "administrative penalty decision with masked party, credit code and legal representative"


@style("ph_notary_announce", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("公 告")
    d.nl().add("申请人")
    d.mark(rng.choice(["×××", "XXX", mask_name(rng)]))
    d.add("向本处申请办理%s继承权公证。被继承人%s于%d年%d月死亡，生前遗有位于%s的房产一套。" % (
        rng.choice(["房产", "存款"]), pname(rng), year(rng) - 3, rng.randint(1, 12), addr(rng)))
    d.nl().add("凡对上述财产主张权利者，请自公告之日起%d日内与本处联系。" % rng.choice([30, 60, 90]))
    d.nl().add("%s公证处" % city(rng))
    d.nl()
    d.mark(rng.choice(["（20XX）X证字第XXXX号", "（2023）xx证民字第xxx号", "（20××）××证字第××号"]))
    return d, "notarial announcement with masked applicant and template file number"


@style("ph_realestate_announce", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("不动产首次登记公告")
    d.nl().add("经初步审定，我机构拟对下列不动产权利予以首次登记，现予公告。")
    d.nl().add("权利人：")
    d.mark(rng.choice(["×××", "XXX", mask_name(rng)]))
    d.nl().add("不动产单元号：%d%s" % (rng.randint(330000, 339999), rng.choice(["", "00"]) ))
    d.mark(rng.choice(["XXXXXXXXXXXX", "************", "GB×××××"]))
    d.nl().add("坐落：%s" % city(rng))
    d.mark(rng.choice(["XX路XX号", "××路××号", "xx小区x幢"]))
    d.nl().add("面积：%.2f平方米  用途：%s" % (rng.uniform(40, 300), rng.choice(["住宅", "商业", "工业"])))
    d.nl().add("异议期限：%d个工作日" % rng.choice([15, 15, 30]))
    return d, "real-estate registration announcement with masked owner, unit number and location"


@style("ph_admission_letter", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("录取通知书")
    d.nl()
    d.mark(rng.choice(["○○○", "〇〇〇", "XXX", "{{考生姓名}}"]))
    d.add("同学：")
    d.nl().add("经%s招生委员会审核批准，你被录取到我校" % (two(rng) + rng.choice(["职业技术学院", "大学", "师范学院"])))
    d.mark(rng.choice(["×××学院", "XX学院", "○○学院"]))
    d.mark(rng.choice(["×××专业", "XX专业"]))
    d.add("学习，学制%d年。请凭本通知书于" % rng.choice([3, 4, 5]))
    d.mark(rng.choice(["X月X日", "×月×日", "2024年9月X日"]))
    d.add("到校报到。")
    return d, "admission letter template: ○○○ name, ××× college, date"


@style("ph_enrol_notice", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s%d年秋季新生报到须知" % (two(rng) + rng.choice(["小学", "中学", "实验学校"]), year(rng)))
    d.nl().add("一、报到时间：")
    d.mark(rng.choice(["X月X日", "8月XX日", "x月x日"]))
    d.add("上午8:00—11:30")
    d.nl().add("二、报到地点：")
    d.mark(rng.choice(["XX校区XX楼", "××楼一楼大厅", "xx教学楼"]))
    d.nl().add("三、携带材料：户口簿、房产证明、预防接种证原件及复印件各一份。")
    d.nl().add("四、咨询电话：%s（工作日8:30—17:30）" % landline(rng))
    return d, "enrolment notice with template date and place"


@style("ph_obituary_template", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("讣 告")
    d.nl().add("我%s退休职工" % rng.choice(["公司", "局", "校"]))
    n = rng.choice(["○○○", "〇〇〇", "XXX"])
    d.mark(n)
    d.add(rng.choice(["先生", "同志", "女士"]) + "，因病医治无效，于")
    d.mark(rng.choice(["20XX年X月X日", "X年X月X日", "××××年××月××日"]))
    d.add("逝世，享年")
    d.mark(rng.choice(["XX", "××", "xx"]))
    d.add("岁。")
    d.nl().add("定于")
    d.mark(rng.choice(["X月X日", "×月×日"]))
    d.add("上午%d时在%s殡仪馆举行遗体告别仪式。" % (rng.randint(7, 10), city(rng)))
    d.nl().add("特此讣告。")
    return d, "obituary template with ○○○ and X月X日"


@style("ph_wedding_invitation", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("谨定于公历")
    d.mark(rng.choice(["＿＿＿＿年＿＿月＿＿日", "____年__月__日", "20XX年X月X日"]))
    d.add("（农历")
    d.mark(rng.choice(["＿＿月＿＿", "X月X"]))
    d.add("）为")
    d.mark(rng.choice(["○○○", "×××"]))
    d.add("先生与")
    d.mark(rng.choice(["○○○", "×××"]))
    d.add("女士举行结婚典礼，敬备喜宴，恭请光临。")
    d.nl().add("席设：%s大酒店%s厅" % (two(rng), rng.choice(["牡丹", "锦绣", "和鸣", "同心"])))
    return d, "wedding invitation template"


@style("ph_minutes_attendees", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s第%d次%s会议纪要" % (town(rng), rng.randint(1, 30), rng.choice(["党政联席", "主任办公", "专题"])))
    d.nl().add("时间：")
    d.mark(rng.choice(["20XX年X月X日", "2023年x月xx日", "X月X日上午"]))
    d.nl().add("地点：%s会议室" % rng.choice(["三楼", "二楼第一", "综合楼"]))
    d.nl().add("主持：%s" % pname(rng))
    d.nl().add("参会人员：")
    f = rng.choice(["XXX", "xxx", "×××"])
    for i in range(rng.randint(2, 4)):
        if i:
            d.add("、")
        d.mark(f)
    d.nl().add("会议研究了%s等事项，议定由%s牵头，%d月底前完成。" % (
        rng.choice(["人居环境整治考核", "防汛物资储备", "集体资产清查", "老旧小区加装电梯"]), rng.choice(["党政办", "经发办", "社会事务办"]), rng.randint(1, 12)))
    d.nl().add("记录人：")
    d.mark(f)
    return d, "meeting minutes with placeholder names and date"


@style("ph_ppt_placeholder", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s%d年工作汇报" % (town(rng), year(rng)))
    d.nl()
    d.mark(rng.choice(["单击此处添加副标题", "点击此处添加标题", "单击此处编辑母版标题样式"]))
    d.nl().add("目录 CONTENTS")
    d.nl().add("01 年度工作回顾  02 重点项目进展  03 ")
    d.mark(rng.choice(["点击输入标题", "添加标题", "请输入标题"]))
    d.nl().add("".join(rep_sents(rng, 1)))
    d.nl()
    d.mark(rng.choice(["点击此处添加文本内容，建议字数控制在100字以内", "在此输入您的文字说明", "单击此处添加文本"]))
    return d, "PowerPoint export where the slide placeholders were never replaced"


@style("ph_word_content_control", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s申请表" % rng.choice(["公租房", "高层次人才补贴", "创业补贴", "临时救助"]))
    d.nl().add("申请人姓名：%s" % pname(rng))
    d.nl().add("工作单位：")
    d.mark("单击或点击此处输入文字。")
    d.nl().add("申请日期：")
    d.mark(rng.choice(["单击或点击以输入日期。", "单击此处输入日期。"]))
    d.nl().add("申请理由：%s" % rng.choice(["家庭人均收入低于当地保障标准。", "本人于去年在本区首次创业。", "符合人才引进条件。"]))
    return d, "Word content-control prompt text left in a published form"


@style("ph_cms_filler", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("首页 > 政务公开 > 通知公告")
    d.nl()
    t = rng.choice(["新闻标题", "这里是标题", "标题文字"])
    d.mark(t * rng.randint(2, 4))
    d.nl().add("发布时间：%d-%02d-%02d  来源：本站  浏览次数：%d" % (year(rng), rng.randint(1, 12), rng.randint(1, 28), rng.randint(10, 9000)))
    d.nl()
    d.mark(rng.choice(["这里是新闻内容这里是新闻内容这里是新闻内容", "此处为文章摘要，请在后台编辑。", "示例文字示例文字示例文字"]))
    d.nl().add("上一篇：%s  下一篇：%s" % (rng.choice(["关于开展夏季消防安全检查的通知", "我局召开党风廉政建设工作会议"]),
                                     rng.choice(["春耕备耕工作有序推进", "全区安全生产形势平稳"])))
    return d, "CMS theme demo text shipped with a live page"


@style("ph_lorem_ipsum", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s简介 | About Us" % (two(rng) + "产业园"))
    d.nl().add("".join(rep_sents(rng, 1)))
    d.nl()
    d.mark(rng.choice(["Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                       "Lorem ipsum dolor sit amet, sed do eiusmod tempor incididunt ut labore.",
                       "Lorem ipsum"]))
    d.nl().add("联系我们：%s" % landline(rng))
    return d, "bilingual page with lorem-ipsum filler"


@style("ph_contact_template", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s" % rng.choice(["联系方式", "咨询方式", "附：报名方式"]))
    d.nl().add("联系人：%s老师" % rng.choice(SURNAMES))
    d.nl().add("联系电话：")
    d.mark(rng.choice(["0XXX-XXXXXXX", "138XXXXXXXX", "xxxx-xxxxxxx", "1XX-XXXX-XXXX"]))
    d.nl().add("电子邮箱：")
    d.mark(rng.choice(["xxx@xxx.com", "XXX@163.com", "xxxxxx@qq.com"]))
    d.nl().add("网址：")
    d.mark(rng.choice(["http://www.xxx.gov.cn", "www.xxxx.edu.cn", "https://www.XXX.com"]))
    d.nl().add("报名截止时间：%s" % ymd(rng))
    return d, "contact block with x-ed phone, email and URL templates"


@style("ph_plate_violation", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s交通违法曝光台（第%d期）" % (city(rng), rng.randint(1, 60)))
    for i in range(rng.randint(2, 5)):
        d.nl().add("%d. 车牌号" % (i + 1))
        d.mark("%s%s%s" % (rng.choice("浙粤苏川湘鄂豫鲁"), rng.choice("ABCDE"), rng.choice(["****8", "***2" + str(rng.randint(0, 9)), "1***" + str(rng.randint(0, 9))])))
        d.add("，%s在%s%s" % (date_md(rng), rng.choice(ROADS), rng.choice(["闯红灯", "不礼让行人", "违法停车", "超速行驶"])))
        if rng.random() < 0.4:
            d.add("，驾驶人")
            d.mark(mask_name(rng))
        d.add("。")
    return d, "traffic violation list with masked plates and driver names"


@style("ph_court_judgment", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s人民法院民事判决书" % city(rng))
    d.nl().add("原告：")
    s = rng.choice(SURNAMES)
    d.mark(s + rng.choice(["某", "某某"]))
    d.add("，%s，住" % rng.choice(["男", "女"]))
    d.mark(rng.choice(["XX省XX市XX区", "××省××市", "某某小区"]))
    d.add("。")
    d.nl().add("被告：")
    d.mark(rng.choice(["某某" + rng.choice(INDUSTRY) + "有限公司", "XX物业服务有限公司", "××公司"]))
    d.add("，住所地%s。" % city(rng))
    d.nl().add("原告诉称，%s" % rng.choice(["被告拖欠其劳务报酬%d元至今未付。" % rng.randint(3000, 90000),
                                       "其所购房屋交付后出现渗漏，被告拒不维修。", "被告未按约定履行供货义务。"]))
    d.nl().add("本院认为，当事人应当按照约定全面履行自己的义务。")
    return d, "anonymised judgment: party pseudonyms and masked domicile"


@style("ph_bid_announcement", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s%s项目招标公告" % (town(rng), rng.choice(["道路提质改造", "农村饮水安全", "学校运动场改造", "智慧社区建设"])))
    d.nl().add("项目编号：")
    d.mark(rng.choice(["XXXX-2023-XXX", "ZB-20XX-XX", "xxxx-xxx"]))
    d.nl().add("预算金额：")
    d.mark(rng.choice(["xx", "XX.XX", "××"]))
    d.add("万元")
    d.nl().add("开标时间：")
    d.mark(rng.choice(["待定", "20XX年X月X日", "另行通知（待定）"]))
    d.nl().add("资格要求：投标人须具备市政公用工程施工总承包三级及以上资质。")
    d.nl().add("招标人：%s  代理机构：%s" % (town(rng) + "人民政府", org(rng)))
    return d, "tender announcement with unfilled number, budget and opening date"


@style("ph_bilingual_contract", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("甲方 Party A：%s" % org(rng))
    d.nl().add("乙方 Party B：")
    d.mark(rng.choice(["[Company Name]", "[公司名称]", "<Insert Name>", "XXX Co., Ltd."]))
    d.nl().add("签署日期 Date：")
    d.mark(rng.choice(["[Date]", "____/__/__", "DD/MM/YYYY"]))
    d.nl().add("本合同一式两份，中英文版本具有同等效力。This Agreement is made in duplicate, and both versions are equally authentic.")
    return d, "bilingual contract with English template fields"


@style("ph_exam_ticket", "ph", "placeholder")
def _(rng):
    d = Doc()
    y = year(rng)
    d.add("%d年%s准考证" % (y, rng.choice(["公开招聘事业单位工作人员", "教师资格考试（面试）", "社区工作者招聘"])))
    d.nl().add("姓名：")
    d.mark(rng.choice(["XXX", "×××"]) if rng.random() < 0.3 else mask_name(rng))
    d.add("  准考证号：")
    d.mark(rng.choice(["2023XXXXXX", "%d******%02d" % (year(rng), rng.randint(0, 99)), "XXXXXXXXXX"]))
    d.nl().add("考点：%s  考场：第%d考场" % (two(rng) + "中学", rng.randint(1, 40)))
    d.nl().add("考试时间：%d年%s 9:00—11:00" % (y, date_md(rng)))
    return d, "exam admission ticket sample with masked name and number"


@style("ph_procurement_model_xx", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s%s采购需求" % (city(rng) + rng.choice(DEPTS), rng.choice(["办公设备", "应急装备", "执法记录仪", "监测设备"])))
    d.nl().add("1. %s，型号：" % rng.choice(["便携式气体检测仪", "台式计算机", "无人机", "执法记录仪"]))
    d.mark(rng.choice(["XX型", "XXXX", "xx型号", "××型"]))
    d.add("，数量")
    d.mark(rng.choice(["X", "XX", "x"]))
    d.add("台。")
    d.nl().add("2. 工作服（XL码、XXL码各%d套），执行标准GB/T 2664。" % rng.randint(5, 60))
    d.nl().add("3. 质保期不少于%d年，投标人须提供%d×%d小时售后响应。" % (rng.randint(1, 5), 7, 24))
    return d, "XX型号 is a placeholder, while XL/XXL sizes and 7×24 next to it are not"


@style("ph_plan_count_single_x", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%d年工作计划" % (year(rng) + 1))
    d.nl().add("一是完成")
    d.mark(rng.choice(["X", "x"]))
    d.add("项民生实事，新建")
    d.mark(rng.choice(["X", "XX", "x"]))
    d.add("个%s。" % rng.choice(["口袋公园", "社区食堂", "充电站"]))
    d.nl().add("二是" + plain(rng, rng.choice(REPORT_TPL)).rstrip("。") + "。")
    d.nl().add("三是力争引进亿元以上项目")
    d.mark(rng.choice(["X", "XX", "×"]))
    d.add("个，实现税收增长")
    d.mark(rng.choice(["X", "x"]))
    d.add("%以上。")
    return d, "plan with single-letter X counts"


@style("ph_payroll_slip", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%d年%d月工资条" % (year(rng), rng.randint(1, 12)))
    d.nl().add("姓名：")
    d.mark(mask_name(rng))
    d.add("  工号：%05d  部门：%s" % (rng.randint(1, 99999), rng.choice(["财务部", "生产部", "综合办"])))
    base = rng.randint(3000, 12000)
    d.nl().add("基本工资：%d.00  绩效：%d.00  社保个人部分：%.2f" % (base, rng.randint(0, 4000), base * 0.105))
    d.nl().add("发放账户：")
    d.mark("6217 **** **** %04d" % rng.randint(0, 9999))
    return d, "payslip with masked employee name and account"


@style("ph_honour_certificate", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("荣誉证书")
    d.nl()
    d.mark(rng.choice(["×××", "XXX", "○○○"]))
    d.add(rng.choice(["同志：", "同学："]))
    d.nl().add("在")
    d.mark(rng.choice(["20××", "20XX"]))
    d.add("年度%s中表现突出，被评为“%s”，特发此证，以资鼓励。" % (
        rng.choice(["防汛抗旱工作", "志愿服务工作", "教育教学工作", "安全生产工作"]), rng.choice(["先进个人", "优秀志愿者", "优秀教师"])))
    d.nl().add(city(rng) + rng.choice(DEPTS))
    return d, "certificate template with ××× recipient"


@style("ph_questionnaire_blanks", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s居民满意度调查问卷" % village(rng))
    d.nl().add("1. 您的年龄：")
    d.mark("____")
    d.add("岁")
    d.nl().add("2. 您在本社区居住年限：")
    d.mark("____")
    d.add("年")
    d.nl().add("3. 您对社区环境卫生是否满意？A.满意 B.基本满意 C.不满意")
    d.nl().add("4. 您的意见和建议：")
    d.mark("＿＿＿＿＿＿＿＿＿＿＿＿")
    return d, "questionnaire with blanks (multiple-choice options are not placeholders)"


@style("ph_news_xxx_said", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("".join(rep_sents(rng, 1)))
    d.nl().add("“%s”" % rng.choice(["下一步，我们将继续加大投入力度。", "群众的事再小也是大事。", "这项工作事关千家万户。"]))
    d.mark(rng.choice(["XXX", "xxx", "×××"]))
    d.add("%s表示。" % rng.choice(["局长", "负责人", "党工委书记"]))
    d.nl().add("（记者 ")
    d.mark(rng.choice(["XXX", "xxx"]))
    d.add(" 通讯员 %s）" % pname(rng))
    return d, "news item with XXX where the speaker and reporter names belong"


@style("ph_village_group_mask", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s关于%d年度宅基地审批的公示" % (town(rng), year(rng)))
    for i in range(rng.randint(2, 5)):
        d.nl().add("%d. 申请人" % (i + 1))
        d.mark(rng.choice(SURNAMES) + rng.choice(["某某", "某", "**"]))
        d.add("，")
        d.mark(rng.choice(["xx村xx组", "XX村X组", "××村××组"]))
        d.add("，申请面积%d平方米，%s。" % (rng.randint(80, 150), rng.choice(["原址翻建", "新建", "拆旧建新"])))
    d.nl().add("公示期间如有异议，请向镇自然资源所反映。")
    return d, "homestead approval list with pseudonyms and masked village groups"


@style("ph_foreign_neighbour", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("%s国际友城交流活动简报" % city(rng))
    d.nl().add("日方代表致辞：「%s」" % rng.choice(["皆様のご協力に感謝します。", "今後ともよろしくお願いします。"]))
    d.nl().add("俄方代表：«%s»" % rng.choice(["Спасибо за гостеприимство.", "Мы рады сотрудничеству."]))
    d.nl().add("双方签署合作意向书")
    d.mark(rng.choice(["X", "XX", "x"]))
    d.add("份，涉及金额")
    d.mark(rng.choice(["xx.xx", "XX"]))
    d.add("亿元。")
    return d, "placeholders next to correctly written Japanese and Russian quotes"


@style("ph_alnum_reference", "ph", "placeholder")
def _(rng):
    d = Doc()
    d.add("关于%s的批复" % rng.choice(["同意设立社区卫生服务站", "同意调整项目建设内容", "变更规划用途"]))
    d.nl().add("你单位《关于请求%s的请示》（" % rng.choice(["审批", "批准", "同意"]))
    d.mark(rng.choice(["XX〔20XX〕XX号", "x字〔2023〕xx号", "××〔20××〕×号"]))
    d.add("）收悉。经研究，批复如下：")
    d.nl().add("一、原则同意你单位的请示事项，项目总投资%s万元。" % amt(rng, 50, 5000))
    d.nl().add("二、请严格按照相关规定组织实施，确保工程质量和安全。")
    d.nl().add(city(rng) + rng.choice(DEPTS))
    d.nl().add(ymd(rng))
    return d, "reply quoting a request whose number was not filled in"


# =============================================================================================
# family ph, label negative (look-alikes that are not placeholders)
# =============================================================================================

def clean_ctx(rng, k=1):
    return "".join(rep_sents(rng, k))


@style("phn_1plusx_certificate", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s职业技术学校%d年工作总结" % (two(rng), year(rng)))
    d.nl().add("深化“1+X”证书制度试点，新增%s等%d个1+X职业技能等级证书试点，学生取证率%s%%。" % (
        rng.choice(["Web前端开发", "工业机器人操作与运维", "老年照护", "智能财税"]), rng.randint(2, 9), pct(rng)))
    d.nl().add(rng.choice(["推行“7+X”课程模式，即7门核心课程加若干拓展课程。", "构建“1+X+N”育人体系。", "落实“3+X”选科方案。"]))
    d.nl().add(clean_ctx(rng))
    return d, "1+X certificate system and 7+X curriculum are real names"


@style("phn_x86_procurement", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s政务云扩容采购需求" % city(rng))
    d.nl().add("1. 服务器：x86架构，2颗CPU，每颗不少于%d核，内存%dGB。" % (rng.choice([16, 24, 32]), rng.choice([256, 512])))
    d.nl().add("2. 操作系统：支持x86_64与ARM64双架构，兼容国产操作系统。")
    d.nl().add("3. 存储：可用容量不少于%dTB，支持RAID 5/6。" % rng.choice([100, 200, 500]))
    d.nl().add("预算金额：%s万元。" % amt(rng, 50, 800))
    return d, "x86 / x86_64 architecture names"


@style("phn_xray_hospital", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s人民医院%d年工作总结" % (city(rng), year(rng)))
    d.nl().add("全年完成门诊%d人次，X光检查%d人次，CT检查%d人次。" % (rng.randint(100000, 900000), rng.randint(10000, 90000), rng.randint(5000, 40000)))
    d.nl().add("新购置数字化X射线摄影系统（DR）%d台，乳腺X线机1台。" % rng.randint(1, 3))
    d.nl().add("放射科严格执行X射线防护规定，为工作人员配备个人剂量计。")
    return d, "X光 / X射线 in a hospital report"


@style("phn_size_chart", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s运动会服装尺码统计" % (two(rng) + "中学"))
    sizes = ["S", "M", "L", "XL", "XXL", "XXXL", "XS"]
    for s in rng.sample(sizes, rng.randint(4, 7)):
        d.nl().add("%s码：%d件" % (s, rng.randint(3, 120)))
    d.nl().add("注：身高175cm以上建议选XL码，体重超过85kg建议选XXL码。")
    return d, "clothing sizes XL / XXL / XS"


@style("phn_service_hours", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s政务服务中心推行“%s”服务" % (city(rng), rng.choice(["5×8小时+预约", "7×24小时自助", "5+2错时延时"])))
    d.nl().add("中心实行5×8小时工作制，自助服务区提供7×24小时服务，全年%s。" % rng.choice(["无休", "不打烊"]))
    d.nl().add("热线电话%s提供%d×%d小时人工服务。" % (landline(rng), 7, 24))
    return d, "5×8 / 7×24 hour service descriptions"


@style("phn_dimensions_multiplication", "ph", "negative")
def _(rng):
    d = Doc()
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    d.add("%s宣传栏制作要求" % village(rng))
    d.nl().add("展板尺寸%d cm×%d cm，共%d块，合计%d×%d=%d块小版面。" % (rng.choice([120, 240]), rng.choice([90, 120]), a * b, a, b, a * b))
    d.nl().add("LED屏分辨率不低于1920×1080，地砖规格600mm×600mm。")
    d.nl().add("单价%d元×数量%d=%d元。" % (a * 10, b, a * b * 10))
    return d, "multiplication signs in sizes, resolutions and products"


@style("phn_math_formula", "ph", "negative")
def _(rng):
    d = Doc()
    k, bb = rng.randint(2, 9), rng.randint(1, 9)
    x = rng.randint(1, 9)
    d.add("%s七年级数学导学案" % (two(rng) + "中学"))
    d.nl().add("例1：解方程 %dx + %d = %d。" % (k, bb, k * x + bb))
    d.nl().add("解：移项得 %dx = %d，系数化为1得 x = %d。" % (k, k * x, x))
    d.nl().add("例2：一次函数 y = kx + b 的图像经过点(0, %d)和(1, %d)，求k与b的值。" % (bb, k + bb))
    d.nl().add("练习：若 x² − %dx + %d = 0，求x。" % (rng.choice([5, 7]), rng.choice([6, 12])))
    return d, "formulas with variables x, y, k, b"


@style("phn_mou_ordinary_prose", "ph", "negative")
def _(rng):
    d = Doc()
    s = [
        "某些地方存在重部署轻落实的问题，需要引起高度重视。",
        "某种程度上，基层减负成效直接影响干部干事创业的积极性。",
        "老人说，某年某月村里来了第一批下乡知青，那是他一生难忘的日子。",
        "某一环节出现疏漏，就可能导致整个工作前功尽弃。",
        "在某个时间节点前未完成整改的，将按规定予以通报。",
        "群众反映，某些快递网点存在乱堆乱放现象。",
    ]
    d.add(clean_ctx(rng))
    for t in rng.sample(s, rng.randint(2, 3)):
        d.nl().add(t)
    return d, "某些/某种/某年某月/某一 in ordinary prose (nothing masked)"


@style("phn_genetics_teaching", "ph", "negative", allow=("xx",))
def _(rng):
    d = Doc()
    d.add(rng.choice(["高中生物《伴性遗传》教学设计", "%s中学生物复习学案" % two(rng), "遗传学基础 第%d讲" % rng.randint(2, 12)]))
    p = rng.choice([25, 50])
    pool = ["人类的性别决定方式为XY型，女性性染色体组成为XX，男性为XY。",
            "红绿色盲属于伴X染色体隐性遗传病，由X连锁隐性基因控制。",
            "若母亲基因型为X^BX^b，父亲为X^BY，则子代男孩患病概率为%d%%。" % 50,
            "抗维生素D佝偻病为伴X染色体显性遗传，女性患者多于男性。",
            "拓展：鸟类为ZW型性别决定，蝗虫雄性为XO型。",
            "唐氏综合征患者多了一条21号染色体，核型可写作47,XY,+21。",
            "某对夫妇所生孩子患病的概率为%d%%，请写出推理过程。" % p]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "XX / XY / X染色体 in genetics material"


@style("phn_chemistry_formulae", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s化学实验室安全守则" % (two(rng) + "中学"))
    d.nl().add("稀释浓H₂SO₄时，应将浓硫酸沿器壁缓慢注入H₂O中，并不断搅拌。")
    d.nl().add("实验室制取CO₂：CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑")
    d.nl().add("Fe³⁺遇KSCN溶液显红色；X射线衍射（XRD）用于测定晶体结构。")
    return d, "chemical formulae with subscripts; XRD"


@style("phn_chinese_zero_date", "ph", "negative")
def _(rng):
    d = Doc()
    y = year(rng)
    cn = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    d.add(clean_ctx(rng, 2))
    d.nl().add(town(rng) + "人民政府")
    d.nl().add("%s年%s月%s日" % (cn, rng.choice(["一", "三", "五", "十", "十二"]), rng.choice(["八", "十五", "二十", "三十"])))
    return d, "Chinese-numeral date with 〇 as zero"


@style("phn_check_marks_table", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s食品经营户检查记录表" % town(rng))
    d.nl().add("检查项目\t%s\t%s\t%s" % tuple(two(rng) + "超市" for _ in range(3)))
    for item in rng.sample(["健康证明", "索证索票", "冷藏设施", "防鼠设施", "价格公示", "过期食品"], 4):
        d.nl().add(item + "\t" + "\t".join(rng.choice(["√", "√", "×"]) for _ in range(3)))
    d.nl().add("说明：“√”为合格，“×”为不合格。")
    return d, "√/× marks in a checklist table"


@style("phn_checkbox_options", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s入户走访记录" % village(rng))
    d.nl().add("户主：%s  家庭人口：%d人" % (pname(rng), rng.randint(1, 7)))
    d.nl().add("是否脱贫户：☑是 □否")
    d.nl().add("住房安全：☑安全 □不安全")
    d.nl().add("饮水情况：□井水 ☑自来水")
    d.nl().add("走访人：%s  走访日期：%s" % (pname(rng), ymd(rng)))
    return d, "filled checkbox record: unticked □ options are not placeholders"


@style("phn_salary_negotiable", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s%d年招聘简章" % (org(rng), year(rng)))
    for job in rng.sample(["会计", "仓库管理员", "电工", "销售经理", "行政专员"], 3):
        d.nl().add("%s %d名，%s，薪资%s。" % (job, rng.randint(1, 5), rng.choice(["大专及以上学历", "有相关工作经验者优先", "持证上岗"]),
                                       rng.choice(["面议", "%d-%d元/月" % (rng.randint(3, 5) * 1000, rng.randint(6, 12) * 1000)])))
    d.nl().add("报名邮箱：hr@%s.com" % rng.choice(["qinglan", "tongxi", "baichuan"]))
    return d, "薪资面议 is a value, not a gap"


@style("phn_undetermined_coeff", "ph", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["专题复习：待定系数法", "%s中学九年级数学学案" % two(rng), "待定系数法的应用"]))
    a, b, c = rng.randint(1, 5), rng.randint(-5, 5), rng.randint(1, 9)
    pool = ["设二次函数解析式为 y = ax² + bx + c，将三个点的坐标代入，用待定系数法求出a、b、c。",
            "例：已知抛物线经过(0,%d)、(1,%d)、(-1,%d)，求其解析式。" % (c, a + b + c, a - b + c),
            "设一次函数为 y = kx + b，由两点坐标列方程组即可求出k和b。",
            "待定系数法也可用于分解因式和求数列通项。"]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "待定系数法 is a method, not a TBD value"


@style("phn_product_models", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s办公设备资产清单" % (city(rng) + rng.choice(DEPTS)))
    items = ["笔记本电脑 ThinkPad X1 Carbon", "手机 iPhone X", "投影仪 EPSON CB-X05", "游戏主机 Xbox Series X（培训室）",
             "打印机 HP LaserJet Pro MFP M428", "相机 Sony RX100 VII", "显示器 Dell P2422H", "公务用车 沃尔沃XC60"]
    for it in rng.sample(items, rng.randint(3, 5)):
        d.nl().add("%s  %d台" % (it, rng.randint(1, 10)))
    return d, "product model names containing X"


@style("phn_roman_numerals", "ph", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["历史知识竞赛题库（节选）", "%s图书馆馆藏目录说明" % city(rng), "世界史选修课讲义"]))
    pool = ["法国国王路易十四（Louis XIV）在位期间修建了凡尔赛宫。", "教皇庇护十二世（Pius XII）于1939年当选。",
            "附录Ⅸ、附录Ⅹ分别列出了参考书目和人名索引。", "英国国王亨利八世（Henry VIII）曾六次结婚。",
            "第Ⅻ卷收录了%d篇书信。" % rng.randint(20, 90), "罗马数字XL表示40，XC表示90。",
            "瑞典国王卡尔十二世（Karl XII）曾与彼得一世交战。"]
    for i, ln in enumerate(rng.sample(pool, rng.randint(2, 4))):
        d.nl().add("%d. %s" % (i + 1, ln))
    return d, "Roman numerals XIV, XII, XL, Ⅹ"


@style("phn_spreadsheet_refs", "ph", "negative")
def _(rng):
    d = Doc()
    n = rng.randint(12, 60)
    d.add(rng.choice(["Excel函数应用培训讲义", "%s财务人员电子表格培训" % town(rng), "WPS表格常用公式"]))
    pool = ["在X%d单元格输入公式 =SUM(X2:X%d)，即可得到全年合计。" % (n + 1, n),
            "=VLOOKUP(A2,Sheet2!A:X,24,FALSE) 用于按编号查询第24列数据。",
            "列号X对应第24列，XFD是最后一列。", "=COUNTIF(W2:W%d,\">=60\") 统计及格人数。" % n,
            "冻结窗格后，第1行和A列在滚动时保持可见。", "=AVERAGE(X2:X%d) 计算平均值。" % n]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "spreadsheet column letters X and XFD"


@style("phn_axes_coordinates", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s数字孪生平台建设方案" % city(rng))
    d.nl().add("采用CGCS2000坐标系，X轴指向正北，Y轴指向正东，Z轴为高程。")
    d.nl().add("图%d中横轴（X轴）为月份，纵轴为用电量（万千瓦时）。" % rng.randint(1, 9))
    d.nl().add("三维模型导出为XYZ点云格式，精度±%d cm。" % rng.randint(2, 10))
    return d, "X/Y/Z axes"


@style("phn_sports_relay", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s第%d届全民运动会成绩公告" % (city(rng), rng.randint(3, 20)))
    d.nl().add("男子4×100米接力：第一名%s队，成绩%d秒%02d。" % (town(rng), rng.randint(42, 49), rng.randint(0, 99)))
    d.nl().add("3×3篮球（女子组）：%s队获冠军。" % town(rng))
    d.nl().add("女子4×400米接力：第一名%s队。" % town(rng))
    return d, "4×100 relay and 3×3 basketball"


@style("phn_anonymous_author", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s语文阅读材料" % (two(rng) + "中学"))
    d.nl().add("《%s》 作者：佚名" % rng.choice(["孔雀东南飞", "木兰诗", "陌上桑"]))
    d.nl().add("本次问卷为匿名调查，共回收有效问卷%d份，有效率%s%%。" % (rng.randint(100, 900), pct(rng)))
    return d, "佚名 (author unknown) and 匿名 are not masks"


@style("phn_table_dashes", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s%d年部门预算收支总表（单位：万元）" % (city(rng) + rng.choice(DEPTS), year(rng)))
    d.nl().add("项目\t本年预算\t上年预算\t增减")
    for it in ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款", "事业收入", "其他收入"]:
        if rng.random() < 0.35:
            d.nl().add("%s\t—\t—\t—" % it)
        else:
            a, b = rng.uniform(10, 900), rng.uniform(10, 900)
            d.nl().add("%s\t%.2f\t%.2f\t%.2f" % (it, a, b, a - b))
    d.nl().add("注：“—”表示该项无数据。")
    return d, "'—' cells mean no data"


@style("phn_tail_number", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("反诈提醒")
    d.nl().add("近日，手机尾号%s的市民接到自称“客服”的电话，对方称其%s。" % (phone(rng)[-4:], rng.choice(["快递丢失需理赔", "账户异常需转账", "征信有问题"])))
    d.nl().add("民警提示：凡是要求转账到“安全账户”的都是诈骗，请拨打96110咨询。")
    d.nl().add(clean_ctx(rng))
    return d, "尾号 with four digits is not a mask"


@style("phn_titles_with_x", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s电影放映安排" % village(rng))
    for t in rng.sample(["《X战警：第一战》", "《X档案》", "《嫌疑人X的献身》", "《星际穿越》", "《X计划》"], 3):
        d.nl().add("%s %s 19:30 %s" % (date_md(rng), t, rng.choice(["社区广场", "文化活动室"])))
    return d, "titles containing X"


@style("phn_hla_alleles", "ph", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["用药安全提示", "%s人民医院药学部用药警戒" % city(rng), "基因检测报告解读"]))
    pool = ["携带HLA-B*58:01等位基因者使用别嘌醇发生严重皮肤不良反应的风险显著增加。",
            "卡马西平与HLA-B*15:02相关，用药前建议进行基因检测。", "阿巴卡韦使用前应筛查HLA-B*57:01。",
            "CYP2C19*2携带者使用氯吡格雷的疗效可能下降。", "本院可开展相关基因检测，报告时间约%d个工作日。" % rng.randint(3, 10)]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "HLA / CYP allele names contain *"


@style("phn_star_rating", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s星级农家乐评定结果" % city(rng))
    for _ in range(rng.randint(3, 5)):
        k = rng.randint(3, 5)
        d.nl().add("%s农家乐  %s  %d星级" % (two(rng), "★" * k + "☆" * (5 - k), k))
    return d, "star ratings"


@style("phn_chess_notation", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s国际象棋兴趣班第%d课" % (two(rng) + "小学", rng.randint(1, 20)))
    d.nl().add("1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6 4.Ng5 d5 5.exd5 Nxd5，黑方吃回兵。")
    d.nl().add("记录中的x表示吃子，例如Bxf7表示象吃f7。")
    return d, "chess notation with x for captures"


@style("phn_filled_disclosure_reply", "ph", "negative")
def _(rng):
    d = Doc()
    unit = city(rng) + rng.choice(DEPTS)
    d.add("%s政府信息公开申请答复书" % unit)
    d.nl().add("〔%d〕第%d号" % (year(rng), rng.randint(1, 99)))
    d.nl().add("申请人：%s" % pname(rng))
    d.nl().add("本机关于%s收到您提交的政府信息公开申请。经审查，您申请的信息已主动公开，可登录本机关门户网站查阅。" % ymd(rng))
    return d, "filled twin of the disclosure reply template"


@style("phn_filled_penalty", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("行政处罚决定书")
    d.nl().add("当事人：%s" % org(rng))
    d.nl().add("统一社会信用代码：%s" % credit_code(rng))
    d.nl().add("住所：%s" % addr(rng))
    d.nl().add("当事人未按规定公示年度报告，依据相关规定，决定给予警告。")
    return d, "filled penalty decision; company data of a legal person is public"


@style("phn_footnotes_ebook", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("第%s章 %s" % (rng.choice(["一", "三", "五", "七"]), rng.choice(["集镇的兴起", "水利与农耕", "商路的变迁"])))
    d.nl().add("清代中叶，%s一带已形成定期集市①，每逢农历三、六、九日开市。" % two(rng))
    d.nl().add("据县志记载，当时往来客商“日以千计”[2]。")
    d.nl().add("①参见《%s县志》卷四。" % two(rng))
    return d, "e-book with ① and [2] footnote markers"


@style("phn_almanac", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%d年%d月%d日 星期%s" % (year(rng), rng.randint(1, 12), rng.randint(1, 28), rng.choice("一二三四五六日")))
    k = rng.randrange(60)
    gz = "甲乙丙丁戊己庚辛壬癸"[k % 10] + "子丑寅卯辰巳午未申酉戌亥"[k % 12]
    d.nl().add("农历%s月%s %s日" % (rng.choice(["正", "三", "五", "八", "冬"]), rng.choice(["初八", "十五", "廿三"]), gz))
    d.nl().add("宜：%s" % "、".join(rng.sample(["祭祀", "出行", "嫁娶", "开市", "纳财", "动土"], 3)))
    d.nl().add("忌：%s" % "、".join(rng.sample(["安葬", "破土", "开仓", "移徙"], 2)))
    return d, "almanac entry"


@style("phn_bullets_circles", "ph", "negative")
def _(rng):
    d = Doc()
    d.add("%s周末活动安排" % village(rng))
    for t in rng.sample(["○ 上午9:00 垃圾分类知识讲座", "○ 上午10:30 老年人智能手机培训", "● 下午2:00 义诊",
                         "◎ 下午3:30 亲子阅读", "○ 晚上7:00 广场舞展演"], 3):
        d.nl().add(t)
    return d, "○/●/◎ used as bullets"


# =============================================================================================
# family mj, label mojibake
# =============================================================================================

CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def pick_word(rng, line, lo=2, hi=5):
    runs = [m for m in CJK_RUN.finditer(line)]
    if not runs:
        return None
    m = rng.choice(runs)
    n = min(len(m.group()), rng.randint(lo, hi))
    st = rng.randint(m.start(), m.end() - n)
    return st, st + n


def damaged_report(rng, fn, where=None, nlines=None, title=True, wheres=("word", "phrase", "line", "title", "lines", "sign")):
    """A report with one (or a few) damaged stretches. fn(clean)->damaged."""
    where = where or rng.choice(wheres)
    d = Doc()
    lines = []
    if title or where == "title":
        lines.append(("title", "%s%d年%s" % (rng.choice([town(rng), city(rng) + rng.choice(DEPTS)]), year(rng),
                                            rng.choice(["工作总结", "上半年工作情况报告", "工作要点", "政府工作报告（摘要）"]))))
    for ln in report_lines(rng, nlines or rng.randint(2, 6)):
        lines.append(("body", ln))
    if where == "sign" or rng.random() < 0.3:
        lines.append(("sign", town(rng) + rng.choice(["人民政府", "党政办公室", "办事处"])))
        lines.append(("date", ymd(rng)))
    body_idx = [i for i, (k, _) in enumerate(lines) if k == "body"]
    if where == "title":
        targets = {0: "all"}
    elif where == "sign":
        targets = {next(i for i, (k, _) in enumerate(lines) if k == "sign"): "all"}
    elif where == "line":
        targets = {rng.choice(body_idx): "all"}
    elif where == "lines":
        k = rng.randint(2, max(2, len(body_idx)))
        targets = {i: "all" for i in rng.sample(body_idx, min(k, len(body_idx)))}
    elif where == "doc":
        targets = {i: "all" for i in range(len(lines))}
    elif where == "phrase":
        targets = {rng.choice(body_idx): "phrase"}
    else:
        targets = {i: "word" for i in rng.sample(body_idx, rng.randint(1, min(2, len(body_idx))))}
    for i, (k, ln) in enumerate(lines):
        if d.pos:
            d.nl()
        how = targets.get(i)
        if how is None:
            d.add(ln)
        elif how == "all":
            d.dmg(ln, fn)
        elif how == "phrase":
            sents = re.findall(r"[^。；]+[。；]?", ln)
            j = rng.randrange(len(sents))
            d.add("".join(sents[:j]))
            d.dmg(sents[j], fn)
            d.add("".join(sents[j + 1:]))
        else:
            w = pick_word(rng, ln)
            if not w:
                d.dmg(ln, fn)
            else:
                d.add(ln[:w[0]])
                d.dmg(ln[w[0]:w[1]], fn)
                d.add(ln[w[1]:])
    return d, where


def reg_codec_style(name, fn, note, wheres=("word", "phrase", "line", "title", "lines", "sign")):
    @style(name, "mj", "mojibake")
    def _(rng):
        d, where = damaged_report(rng, fn, wheres=wheres)
        return d, "%s (%s)" % (note, where)
    return _


reg_codec_style("mj_utf8_as_gbk", utf8_as("gbk"), "UTF-8 bytes decoded as GBK")
reg_codec_style("mj_utf8_as_gbk_whole_doc", utf8_as("gbk"), "whole page UTF-8 decoded as GBK", wheres=("doc",))
reg_codec_style("mj_utf8_as_gb18030", utf8_as("gb18030"), "UTF-8 bytes decoded as GB18030")
reg_codec_style("mj_utf8_as_cp1252", utf8_as("cp1252"), "UTF-8 bytes decoded as Windows-1252")
reg_codec_style("mj_double_utf8", double_utf8, "UTF-8 encoded twice through Windows-1252")
reg_codec_style("mj_gbk_as_utf8_replace", gbk_as("utf-8"), "GBK bytes decoded as UTF-8 with replacement characters")
reg_codec_style("mj_gbk_as_big5", gbk_as("big5"), "GBK bytes decoded as Big5")
reg_codec_style("mj_gbk_as_cp932", gbk_as("cp932"), "GBK bytes decoded as Shift_JIS (cp932)")
reg_codec_style("mj_utf8_as_shift_jis", utf8_as("shift_jis"), "UTF-8 bytes decoded as Shift_JIS")
reg_codec_style("mj_gbk_as_euc_kr", gbk_as("euc_kr"), "GBK bytes decoded as EUC-KR")
reg_codec_style("mj_utf8_as_koi8_r", utf8_as("koi8_r"), "UTF-8 bytes decoded as KOI8-R")
reg_codec_style("mj_utf8_as_koi8_u", utf8_as("koi8_u"), "UTF-8 bytes decoded as KOI8-U")
reg_codec_style("mj_utf8_as_cp1250", utf8_as("cp1250"), "UTF-8 bytes decoded as Windows-1250")
reg_codec_style("mj_utf8_as_cp1251", utf8_as("cp1251"), "UTF-8 bytes decoded as Windows-1251")
reg_codec_style("mj_utf8_as_mac_roman", utf8_as("mac_roman"), "UTF-8 bytes decoded as Mac OS Roman")
reg_codec_style("mj_gb18030_as_cp1252", lambda s: read_as(s, "gb18030", "cp1252"), "GB18030 bytes decoded as Windows-1252")
reg_codec_style("mj_gbk_as_latin1", lambda s: read_as(s, "gbk", "latin-1"), "GBK bytes decoded as ISO-8859-1", wheres=("word", "title", "sign"))
reg_codec_style("mj_kunjinkao", kunjinkao, "GBK->UTF-8 replacement characters saved and re-read as GBK (锟斤拷)")
reg_codec_style("mj_utf16le_as_utf8", utf16le_as_utf8, "UTF-16LE bytes decoded as UTF-8", wheres=("word", "phrase", "title"))


@style("mj_big5_as_gbk", "mj", "mojibake")
def _(rng):
    d = Doc()
    tw = [
        "本校%d學年度新生註冊須知" % rng.randint(110, 113),
        "請於開學前完成線上繳費，逾期將收取滯納金。",
        "宿舍申請結果將於%d月%d日公告於學務處網頁。" % (rng.randint(6, 8), rng.randint(1, 28)),
        "如有疑問，請洽註冊組，電話（0%d）%d-%04d。" % (rng.randint(2, 8), rng.randint(2000, 2999), rng.randint(0, 9999)),
        "獎學金申請表請以正楷填寫，並附成績單影本。",
        "颱風期間停課與否，依縣市政府公告辦理。",
    ]
    pick = [tw[0]] + rng.sample(tw[1:], rng.randint(2, 4))
    bad = set(rng.sample(range(len(pick)), rng.randint(1, 2)))
    for i, ln in enumerate(pick):
        if d.pos:
            d.nl()
        if i in bad:
            d.dmg(ln, lambda s: read_as(s, "big5", "gbk"))
        else:
            d.add(ln)
    return d, "Taiwanese notice: Big5 bytes decoded as GBK"


@style("mj_tangtang_uninit", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("%s业务系统导出" % rng.choice(["社保", "不动产", "医保结算", "户籍"]))
    d.nl().add("流水号：%d" % rng.randint(10 ** 9, 10 ** 10))
    fields = [("姓名", pname(rng)), ("经办机构", town(rng) + "便民服务中心"), ("备注", rng.choice(["材料齐全", "已核验", "当场办结"]))]
    bad = rng.randrange(len(fields))
    for i, (k, v) in enumerate(fields):
        d.nl().add(k + "：")
        if i == bad:
            fill_byte = rng.choice([0xCC, 0xCD])
            d.dmg(v, (bytes([fill_byte]) * (2 * rng.randint(3, 8))).decode("gbk"))
        else:
            d.add(v)
    return d, "uninitialised MSVC buffer bytes 0xCC/0xCD read as GBK (烫烫 / 屯屯)"


@style("mj_smart_punct_cp1252", "mj", "mojibake")
def _(rng):
    d = Doc()
    ln = "%s召开“%s”%s推进会——%s…" % (town(rng), rng.choice(["三改一拆", "五水共治", "千万工程", "放管服"]),
                                   rng.choice(["专项", "工作"]), rng.choice(["会议要求", "各村负责人参加"]))
    d.add(clean_ctx(rng))
    d.nl()
    # only the punctuation passed through a Windows-1252 step, the Chinese text did not
    out = []
    for c in ln:
        if c in "“”—…·":
            out.append(as_cp1252(c.encode("utf-8")))
        else:
            out.append(c)
    d.dmg(ln, "".join(out))
    d.nl().add(clean_ctx(rng))
    return d, "curly quotes, dashes and ellipsis re-read as Windows-1252 (â€œ â€” â€¦)"


@style("mj_nbsp_a_circumflex", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("%s%d年%s" % (town(rng), year(rng), rng.choice(["工作总结", "工作计划"])))
    for ln in report_lines(rng, rng.randint(2, 4)):
        d.nl()
        d.dmg("\u00a0\u00a0", as_cp1252("\u00a0\u00a0".encode("utf-8")))
        d.add(ln)
    return d, "non-breaking-space indents read as Windows-1252 ('Â ' before each paragraph)"


@style("mj_gbk_shifted_one_byte", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 5), per=(2, 3))
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j:
            d.dmg(ln, lambda s: gbk_drop_byte(s, rng))
        else:
            d.add(ln)
    return d, "GBK stream decoded one byte out of step"


@style("mj_question_marks_gb2312", "mj", "mojibake")
def _(rng):
    d = Doc()
    rare = [c for c in "堃喆昇玥珺琇璟曌甯凇媖旻晞祎炜砚钰铖淏沄赟" if not _in_gb2312(c)]
    d.add("%s%d年度%s名单" % (city(rng) + rng.choice(DEPTS), year(rng), rng.choice(["先进个人", "优秀党员", "岗位能手"])))
    names = []
    for _ in range(rng.randint(4, 8)):
        n = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(rare) if rng.random() < 0.6 else rng.choice(GIVEN))
        names.append(n)
    if not any(any(c in rare for c in n) for n in names):
        names[0] = names[0][:-1] + rng.choice(rare)
    d.nl()
    for i, n in enumerate(names):
        if i:
            d.add("、")
        if any(c in rare for c in n):
            d.dmg(n, q_gb2312)
        else:
            d.add(n)
    d.nl().add("（按姓氏笔画排序）")
    return d, "names with characters outside GB2312 lost as '?'"


def _in_gb2312(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


@style("mj_question_marks_ascii_db", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("id,name,dept,amount")
    for i in range(rng.randint(3, 6)):
        d.nl().add("%d," % (i + 1))
        nm = pname(rng)
        dept = rng.choice(DEPTS)
        if i == 0 or rng.random() < 0.5:
            d.dmg(nm, q_ascii)
            d.add(",")
            d.dmg(dept, q_ascii)
        else:
            d.add(nm + "," + dept)
        d.add(",%s" % amt(rng, 100, 9000))
    return d, "rows written through a latin1/ascii connection: Chinese became ????"


@style("mj_emoji_utf8mb3", "mj", "mojibake")
def _(rng):
    d = Doc()
    emo = rng.sample(["😀", "👍", "🎉", "🌸", "🙏", "💪", "🔥"], 2)
    d.add("网友留言精选（%s）" % ymd(rng))
    c1 = "%s点赞%s，%s" % (rng.choice(["给社区工作人员", "为环卫工人", "为志愿者"]), emo[0], rng.choice(["辛苦了", "太暖心了"]))
    c2 = "%s%s" % (rng.choice(["小区门口的路终于修好了", "新开的图书馆环境真好"]), emo[1] * rng.randint(1, 3))
    d.nl().add("@%s：" % pname(rng))
    d.dmg(c1, utf8mb3)
    d.nl().add("@%s：" % pname(rng))
    d.dmg(c2, utf8mb3)
    return d, "emoji stored in a utf8mb3 column came back as ????"


@style("mj_html_nbsp_literal", "mj", "mojibake")
def _(rng):
    d = Doc()
    for ln in report_lines(rng, rng.randint(2, 5)):
        if d.pos:
            d.nl()
        if rng.random() < 0.7:
            k = rng.choice([1, 2, 4])
            d.mark("&nbsp;" * k, "")
        d.add(ln)
    if not d.spans:
        d.add("&nbsp;")
        d.spans.append([d.pos - 6, d.pos])
        d.cleans.append("")
    return d, "literal &nbsp; entities left as paragraph indent"


@style("mj_html_double_escaped", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add(clean_ctx(rng))
    d.nl()
    src = rng.choice(["&nbsp;&nbsp;%s" % clean_ctx(rng), "<p>%s</p>" % clean_ctx(rng),
                      "%s&lt;%d万元" % (rng.choice(["投资额"]), rng.randint(100, 900)), "R&D投入%s亿元" % amt(rng, 1, 50)])
    clean = html_to_text(src) if not src.startswith("R&D") else src
    d.dmg(clean, html.escape(src) if src.startswith("<") else html.escape(src, quote=False))
    d.nl().add(clean_ctx(rng))
    return d, "HTML escaped twice (&amp;nbsp; &amp;lt; &lt;p&gt;)"


@style("mj_html_tags_left", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 4))
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j:
            w = pick_word(rng, ln, 3, 8) or (0, len(ln))
            tag = rng.choice(['<span style="font-family:宋体;font-size:16px">', '<strong>', '<font color="#ff0000">',
                              '<span lang="EN-US">', '<b>', '<p class="MsoNormal">'])
            ct = "</span>" if tag.startswith("<span") else "</strong>" if tag.startswith("<strong") else \
                "</font>" if tag.startswith("<font") else "</b>" if tag == "<b>" else "</p>"
            d.add(ln[:w[0]])
            d.mark(tag, "")
            d.add(ln[w[0]:w[1]])
            if rng.random() < 0.6:
                d.mark(ct, "")
            d.add(ln[w[1]:])
        else:
            d.add(ln)
    return d, "inline HTML tags left in scraped text"


@style("mj_word_html_debris", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add(clean_ctx(rng))
    d.nl()
    d.mark(rng.choice(['<o:p></o:p>', '<![if !supportLists]>', 'mso-bidi-font-family:"Times New Roman";', '<o:p>&nbsp;</o:p>']), "")
    d.add(clean_ctx(rng))
    d.mark(rng.choice(['<o:p></o:p>', '<span style=\'mso-spacerun:yes\'>&nbsp; </span>']), "")
    return d, "Word 'Save as HTML' debris"


@style("mj_unicode_escape_debris", "mj", "mojibake")
def _(rng):
    d, where = damaged_report(rng, unicode_escape, wheres=("word", "phrase", "title"))
    return d, "\\uXXXX escapes left in text (%s)" % where


@style("mj_json_escaped_field", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("数据接口返回结果：")
    d.nl().add("单位名称：")
    u = town(rng) + rng.choice(["便民服务中心", "综合执法队"])
    d.dmg(u, lambda s: json.dumps(s)[1:-1])
    d.nl().add("办件数量：%d  满意率：%s%%" % (rng.randint(100, 9000), pct(rng)))
    d.nl().add("备注：")
    d.dmg(rng.choice(["数据已同步", "按月更新"]), lambda s: json.dumps(s)[1:-1].upper().replace("\\U", "\\u"))
    return d, "JSON ensure_ascii escapes shown to the reader"


@style("mj_xml_decimal_entities", "mj", "mojibake")
def _(rng):
    d, where = damaged_report(rng, xml_dec, wheres=("word", "phrase", "title", "sign"))
    return d, "decimal character references &#NNNNN; (%s)" % where


@style("mj_xml_hex_entities", "mj", "mojibake")
def _(rng):
    d, where = damaged_report(rng, xml_hex, wheres=("word", "phrase", "title"))
    return d, "hexadecimal character references &#xNNNN; (%s)" % where


@style("mj_pinyin_ruby_artifact", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 5))
    mode = rng.choice(["all", "one", "one"])
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if mode == "all" or i == j:
            conv = pinyin_ruby_artifact(ln)
            if conv == ln:
                d.add(ln)
                continue
            # one span per annotated character (the pinyin stretch after the traditional character)
            start = d.pos
            for c in ln:
                t = PINYIN_TRAD.get(c)
                if t and t[1]:
                    d.mark(t[0] + "(" + t[1] + ")", c)
                elif t:
                    d.add(t[0])
                else:
                    d.add(c)
            if d.text[start:] != conv:
                raise RuntimeError("ruby reconstruction mismatch")
        else:
            d.add(ln)
    if not d.spans:
        raise Retry("no annotatable char")
    return d, "traditional conversion with ruby pinyin flattened into the text (發(fā)展)"


@style("mj_pinyin_ruby_noparen", "mj", "mojibake")
def _(rng):
    d = Doc()
    ln = "".join(rep_sents(rng, 2))
    conv = pinyin_ruby_artifact(ln, paren=False)
    if conv == ln:
        raise Retry("nothing converted")
    d.add(clean_ctx(rng))
    d.nl()
    for c in ln:
        t = PINYIN_TRAD.get(c)
        if t and t[1]:
            d.mark(t[0] + t[1], c)
        else:
            d.add(t[0] if t else c)
    if d.text.split("\n")[-1] != conv:
        raise RuntimeError("ruby reconstruction mismatch")
    return d, "ruby without <rp>: pinyin glued to the character (發fā展)"


@style("mj_git_octal_paths", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("附件提交记录：")
    d.nl().add("$ git status")
    d.nl().add("On branch main")
    d.nl().add("Changes to be committed:")
    names = [rng.choice(["%d年工作总结.docx" % year(rng), "%d年预算公开表.xlsx" % year(rng), "第%d次会议纪要.pdf" % rng.randint(1, 30),
                         "附件%d.doc" % rng.randint(1, 9), "%s申报材料.zip" % town(rng)]) for _ in range(rng.randint(1, 3))]
    for nm in names:
        d.nl().add("\tnew file:   ")
        d.dmg(nm, git_octal)
    return d, "git core.quotepath octal escaping of Chinese file names"


@style("mj_python_bytes_repr", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add(clean_ctx(rng))
    d.nl().add(rng.choice(["来源：", "标题：", "栏目："]))
    w = rng.choice([town(rng) + "新闻", "通知公告", "政策解读", rng.choice(DEPTS)])
    enc = rng.choice(["utf-8", "utf-8", "gbk"])
    d.dmg(w, lambda s: py_bytes_repr(s, enc))
    return d, "Python bytes repr printed instead of decoded text"


@style("mj_js_x_escapes", "mj", "mojibake")
def _(rng):
    d = Doc()
    w = rng.choice(["关于开展", "工作动态", "首页", "政务公开"]) + rng.choice(["", "专题"])
    d.add("var title = \"")
    d.dmg(w, lambda s: js_x_escape(s, rng.random() < 0.3))
    d.add("\";")
    d.nl().add(clean_ctx(rng))
    return d, "JavaScript \\x byte escapes left in scraped text"


@style("mj_percent_encoded_prose", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add(clean_ctx(rng))
    d.nl().add("相关链接：")
    d.dmg(rng.choice(["关于印发实施方案的通知", "政策问答", town(rng) + "简介"]), percent)
    d.nl().add(clean_ctx(rng))
    return d, "URL percent-encoding shown as the link text"


@style("mj_js_escape_percent_u", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("搜索结果：")
    d.dmg(rng.choice(["营商环境", "乡村振兴", "低保申请", "公积金提取"]), percent_u)
    d.add(" 共找到%d条" % rng.randint(3, 300))
    d.nl().add(clean_ctx(rng))
    return d, "JavaScript escape() %uXXXX output shown as the keyword"


@style("mj_utf16le_nul_bytes", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add(clean_ctx(rng))
    d.nl()
    w = rng.choice(["Report_%d.xlsx", "Export %d", "Sheet%d", "ID %d"]) % rng.randint(1, 2024)
    d.dmg(w, utf16le_as_latin1)
    d.nl().add(clean_ctx(rng))
    return d, "UTF-16LE text read as Latin-1: NUL between letters"


@style("mj_utf16le_spaced_letters", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("日志片段：")
    d.nl()
    w = rng.choice(["Microsoft Excel Worksheet", "Created by WPS Office", "Total records: %d" % rng.randint(10, 999)])
    d.dmg(w, utf16le_spaced)
    d.nl().add(clean_ctx(rng))
    return d, "UTF-16LE export shown with spaces between letters"


@style("mj_bom_in_middle", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(3, 6))
    j = rng.randrange(1, len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j:
            d.mark(BOM_AS_CP1252, "")
        d.add(ln)
    return d, "concatenated files: the second file's UTF-8 BOM shown as ï»¿"


@style("mj_ansi_colour_log", "mj", "mojibake")
def _(rng):
    d = Doc()
    form = rng.choice(["esc", "caret", "bare"])
    code = rng.choice(["32", "31", "33", "1;34", "0;36"])

    def seq(c):
        return {"esc": "\x1b[%sm", "caret": "^[[%sm", "bare": "[%sm"}[form] % c
    d.add("数据同步日志（%s）" % ymd(rng))
    for _ in range(rng.randint(2, 4)):
        d.nl().add("%02d:%02d:%02d " % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
        lvl = rng.choice(["INFO", "WARN", "ERROR"])
        d.mark(seq(code), "")
        d.add(lvl)
        d.mark(seq("0"), "")
        d.add(" " + rng.choice(["同步%s数据%d条" % (rng.choice(["户籍", "社保", "不动产"]), rng.randint(10, 9999)),
                                "连接超时，正在重试", "任务完成，耗时%d秒" % rng.randint(1, 90)]))
    return d, "ANSI colour codes pasted from a terminal (%s form)" % form


@style("mj_truncated_4096", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = []
    size = rng.choice([4096, 4096, 1024, 2048])
    while len("\n".join(lines).encode("utf-8")) < size + 200 or len(lines) < 3:
        lines.append("".join(rep_sents(rng, rng.randint(4, 9))))
        if len(lines) > 12:
            raise Retry("too long")
    text = "\n".join(lines)
    bad = truncated_chunks(text, size)
    if bad == text:
        raise Retry("boundary fell between characters")
    # tighten each damaged stretch separately
    b = text.encode("utf-8")
    pos_clean = 0
    out_bad = ""
    for i in range(0, len(b), size):
        chunk = b[i:i + size].decode("utf-8", errors="replace")
        out_bad += chunk
    # walk the damaged and clean text together
    i = j = 0
    while i < len(bad):
        if bad[i] == "\ufffd":
            k = i
            while k < len(bad) and bad[k] == "\ufffd":
                k += 1
            # the clean character(s) at this point
            d.mark(bad[i:k], text[j])
            j += 1
            i = k
        else:
            d.add(bad[i])
            i += 1
            j += 1
    return d, "file read in %d-byte blocks, each decoded separately: characters split at block edges" % size


@style("mj_utf7_text", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("Subject: ")
    w = rng.choice(["会议通知", "工作简报", "请查收附件", "%d年预算" % year(rng)])
    d.dmg(w, utf7)
    d.nl().add("From: office@%s.gov.cn" % rng.choice(["qinglan", "tongxi", "yanshan", "baipu"]))
    d.nl().add(clean_ctx(rng))
    return d, "UTF-7 encoded text left undecoded"


@style("mj_hz_raw", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("转发旧邮件存档：")
    d.nl()
    d.dmg(rng.choice(["关于召开年度工作会议的通知", "请各单位按时报送材料", "附件已发送"]), hz_raw)
    d.nl().add(clean_ctx(rng))
    return d, "HZ-GB-2312 (~{ ~}) text shown raw"


@style("mj_mime_encoded_word", "mj", "mojibake")
def _(rng):
    d = Doc()
    enc = rng.choice(["utf-8", "gb2312", "gbk"])
    d.add("邮件信息")
    d.nl().add("主题：")
    d.dmg(rng.choice(["关于报送半年工作总结的通知", "会议纪要", "转发：防汛工作提示"]), lambda s: mime_word(s, enc))
    d.nl().add("发件人：")
    d.dmg(pname(rng), lambda s: mime_word(s, enc))
    d.add(" <%s@%s.gov.cn>" % (rng.choice(["zhb", "bgs", "cwk"]), rng.choice(["qinglan", "tongxi"])))
    return d, "RFC 2047 encoded words left undecoded (=?%s?b?...?=)" % enc


@style("mj_quoted_printable_body", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("Content-Transfer-Encoding: quoted-printable")
    d.nl()
    d.dmg(rng.choice(["各位同事：", "您好，附件为本月报表。", "请于周五前回复。"]), qp)
    d.nl().add(clean_ctx(rng))
    return d, "quoted-printable body not decoded (=E5=90=84...)"


@style("mj_mt_api_escaped", "mj", "mojibake")
def _(rng):
    d = Doc()
    en = rng.choice(["The district's GDP grew by %s%% in %d." % (pct(rng), year(rng)),
                     "We \"strongly\" support the city's plan.", "It's a \"win-win\" project for both sides."])
    d.add("【机器翻译】")
    d.nl().add("原文：%s" % clean_ctx(rng))
    d.nl().add("译文：")
    d.dmg(en, html.escape(en).replace("&#x27;", "&#39;"))
    return d, "machine-translation API output still HTML-escaped (&#39; &quot;)"


@style("mj_wp_numeric_quotes", "mj", "mojibake")
def _(rng):
    d = Doc()
    s = "“%s”" % rng.choice(["最多跑一次", "一网通办", "放管服", "双减"])
    d.add("%s深化" % town(rng))
    d.dmg(s, lambda t: "".join(("&#%d;" % ord(c)) if c in "“”" else c for c in t))
    d.add("改革，%s" % clean_ctx(rng))
    return d, "CMS numeric entities for curly quotes shown literally (&#8220;)"


@style("mj_pdf_cid_glyphs", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 4))
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j:
            w = pick_word(rng, ln, 1, 4) or (0, 1)
            d.add(ln[:w[0]])
            d.dmg(ln[w[0]:w[1]], "".join("(cid:%d)" % (rng.randint(100, 30000)) for _ in ln[w[0]:w[1]]))
            d.add(ln[w[1]:])
        else:
            d.add(ln)
    return d, "PDF text extraction without ToUnicode map: (cid:NNNN)"


@style("mj_eudc_pua_names", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("%s%s发放名册" % (town(rng), rng.choice(["高龄津贴", "耕地地力保护补贴", "独生子女奖励金", "残疾人护理补贴"])))
    d.nl().add("序号  姓名  村（社区）  金额（元）")
    for i in range(rng.randint(3, 6)):
        d.nl().add("%d  " % (i + 1))
        nm = pname(rng, 2)
        if i == 0 or rng.random() < 0.4:
            d.add(nm[:2])
            d.mark(eudc_pua(rng), nm[2])
        else:
            d.add(nm)
        d.add("  %s  %d" % (village(rng), rng.randint(50, 3000)))
    return d, "rare name characters made with a font-based 造字 tool live in the GBK user-defined area and arrive as Private Use Area code points"


@style("mj_pdf_kangxi_radicals", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 4))
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j and kangxi(ln) != ln:
            for c in ln:
                if c in KANGXI:
                    d.mark(KANGXI[c], c)
                else:
                    d.add(c)
        else:
            d.add(ln)
    if not d.spans:
        raise Retry("no radical-like char")
    return d, "PDF extraction mapped glyphs to Kangxi radicals (⼯ for 工, ⽇ for 日)"


@style("mj_zip_names_cp437", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("Archive:  %s.zip" % rng.choice(["attachments", "fujian", "materials"]))
    d.nl().add("  Length      Date    Time    Name")
    for _ in range(rng.randint(2, 4)):
        nm = rng.choice(["%d年工作总结.docx" % year(rng), "申报表.xlsx", "会议照片%d.jpg" % rng.randint(1, 30), "附件%d.pdf" % rng.randint(1, 9)])
        d.nl().add("%8d  %d-%02d-%02d %02d:%02d   " % (rng.randint(1000, 999999), year(rng), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)))
        d.dmg(nm, lambda s: s.encode("gbk").decode("cp437"))
    return d, "zip made on Chinese Windows (GBK names) listed as cp437"


@style("mj_excel_csv_header", "mj", "mojibake")
def _(rng):
    d = Doc()
    hdr = rng.choice(["序号,姓名,单位,金额（元）", "乡镇,户数,人口,补贴金额", "项目名称,责任单位,完成时限"])
    enc = rng.choice(["gbk", "cp1252"])
    d.dmg(hdr, utf8_as(enc))
    for i in range(rng.randint(2, 5)):
        d.nl().add("%d,%s,%d,%s" % (i + 1, rng.choice([pname(rng), town(rng)]), rng.randint(1, 900), amt(rng, 100, 9000)))
    return d, "UTF-8 CSV opened in Excel with the system code page; header damaged (%s)" % enc


@style("mj_mixed_foreign_and_damage", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("%s对外交流简报" % city(rng))
    d.nl().add(rng.choice(["俄方代表：«Мы благодарим за тёплый приём.»", "法方代表：« Nous sommes très heureux. »",
                           "韩方代表：“감사합니다.”", "日方代表：「ありがとうございました。」"]))
    d.nl()
    d.dmg("".join(rep_sents(rng, 1)), rng.choice([utf8_as("gbk"), utf8_as("koi8_r"), utf8_as("cp1252")]))
    return d, "damaged Chinese next to correct foreign-language quotes"


@style("mj_single_replacement_char", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 5))
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j:
            w = pick_word(rng, ln, 2, 2) or (0, 1)
            k = w[0]
            d.add(ln[:k])
            d.dmg(ln[k], lambda c: c.encode("utf-8")[:2].decode("utf-8", errors="replace"))
            d.add(ln[k + 1:])
        else:
            d.add(ln)
    return d, "one character lost to a single U+FFFD"


@style("mj_question_mark_lost_char", "mj", "mojibake")
def _(rng):
    d = Doc()
    lines = report_lines(rng, rng.randint(2, 5))
    j = rng.randrange(len(lines))
    for i, ln in enumerate(lines):
        if d.pos:
            d.nl()
        if i == j:
            w = pick_word(rng, ln, 2, 4) or (0, 1)
            k = rng.randrange(w[0], w[1])
            d.add(ln[:k])
            d.dmg(ln[k], lambda c: c.encode("ascii", errors="replace").decode())
            d.add(ln[k + 1:])
        else:
            d.add(ln)
    return d, "one character inside a word lost as '?' (心?时代)"


@style("mj_title_gbk_as_utf8_ignore", "mj", "mojibake")
def _(rng):
    d = Doc()
    t = "%s%d年%s" % (town(rng), year(rng), rng.choice(["工作总结", "工作计划"]))
    d.dmg(t, lambda s: s.encode("gbk").decode("utf-8", errors="replace"))
    add_lines(d, report_lines(rng, rng.randint(2, 5)))
    return d, "title from a GBK page decoded as UTF-8 (digits survive, characters become �)"


@style("mj_signature_cp1252", "mj", "mojibake")
def _(rng):
    d = Doc()
    add_lines(d, report_lines(rng, rng.randint(2, 4)))
    d.nl().add(closer(rng))
    d.nl()
    d.dmg(town(rng) + "人民政府", rng.choice([utf8_as("cp1252"), utf8_as("gbk"), double_utf8]))
    d.nl().add(ymd(rng))
    return d, "only the signature line is damaged"


@style("mj_table_cell_damage", "mj", "mojibake")
def _(rng):
    d = Doc()
    d.add("%s重点工作任务分解表" % town(rng))
    d.nl().add("序号\t工作任务\t牵头单位\t完成时限")
    n = rng.randint(3, 6)
    bad_row = rng.randrange(n)
    fn = rng.choice([utf8_as("gbk"), utf8_as("cp1252"), kunjinkao, utf8_as("big5")])
    for i in range(n):
        task = rng.choice(["推进老旧小区改造", "开展河湖“清四乱”", "完善社区养老服务", "加强校园周边治理", "实施农村公路提档"])
        unit = rng.choice(["党政办", "经发办", "城建办", "社会事务办", "综治中心"])
        d.nl().add("%d\t%s\t" % (i + 1, task))
        if i == bad_row:
            d.dmg(unit, fn)
        else:
            d.add(unit)
        d.add("\t%d年%d月底" % (year(rng), rng.randint(1, 12)))
    return d, "one cell of a flattened table damaged"


# =============================================================================================
# family mj, label negative (correct text that looks unusual)
# =============================================================================================

@style("mjn_russian_quote", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s与俄罗斯%s市缔结友好城市%d周年座谈会" % (city(rng), rng.choice(["喀山", "伊尔库茨克", "叶卡捷琳堡"]), rng.randint(5, 30)))
    d.nl().add("俄方代表在致辞中说：«%s»" % rng.choice(["Дружба между нашими городами крепнет с каждым годом.",
                                                 "Мы открыты для сотрудничества в области образования и туризма.",
                                                 "Спасибо за тёплый приём и гостеприимство!"]))
    d.nl().add(clean_ctx(rng))
    return d, "correct Russian quotation"


@style("mjn_japanese_quote", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("日本%s代表团来访%s" % (rng.choice(["静冈县", "长野县", "福冈市", "宫城县", "冈山县"]), city(rng)))
    d.nl().add("%s在座谈中表示：「%s」" % (rng.choice(["团长", "副知事", "议长"]), rng.choice([
        "地域の発展に向けて、今後も交流を深めていきたいと思います。", "環境保全の分野で協力できることを楽しみにしています。",
        "温かいおもてなしに心から感謝申し上げます。", "若者の交流をさらに広げていきましょう。", "介護と医療の分野で学び合いたいです。"])))
    d.nl().add("双方就%s等议题进行了交流，%s" % (rng.choice(["养老服务", "垃圾分类", "职业教育", "农产品贸易"]), clean_ctx(rng)))
    return d, "correct Japanese quotation (kana and shinjitai kanji such as 発)"


@style("mjn_korean_quote", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s中韩青少年文化交流营开营" % city(rng))
    d.nl().add("韩国学生用中文和韩文分别说了“你好”和“%s”。" % rng.choice(["안녕하세요", "반갑습니다", "감사합니다"]))
    d.nl().add("活动主题为“한중 우정, 함께하는 미래”（中韩友谊，共创未来）。")
    return d, "correct Korean text"


@style("mjn_greek_science", "mj", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["物理选修课讲义", "%s中学物理复习提纲" % two(rng), "统计学基础讲义"]))
    pool = ["α粒子散射实验说明原子内部大部分是空的。", "β衰变中原子核放出电子，γ射线穿透力最强。",
            "电阻率ρ的单位为Ω·m。", "角速度ω = Δθ/Δt。", "求和符号Σ表示累加，标准差记作σ。",
            "波长λ = %d nm的光为%s。" % rng.choice([(450, "蓝光"), (550, "绿光"), (650, "红光")]),
            "显著性水平取α = 0.05。"]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "Greek letters in science material"


@style("mjn_french_quote", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s与法国%s市签署合作备忘录" % (city(rng), rng.choice(["里昂", "图卢兹", "波尔多"])))
    d.nl().add("法方市长表示：« %s »" % rng.choice(["C'est une étape très importante pour nos deux villes.",
                                                 "Nous espérons développer des échanges économiques et culturels.",
                                                 "Je remercie chaleureusement nos amis chinois."]))
    d.nl().add("备忘录涵盖葡萄酒贸易、职业教育、文化遗产保护等领域。")
    return d, "correct French with accents and guillemets"


@style("mjn_central_european", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("中东欧国家经贸合作洽谈会嘉宾名单（节选）")
    ppl = ["波兰 Małgorzata Wiśniewska（罗兹市 Łódź）", "捷克 Jiří Dvořák（布尔诺 Brno）", "匈牙利 Erzsébet Kovács（杰尔 Győr）",
           "捷克 Tomáš Říha（俄斯特拉发 Ostrava）", "波兰 Grzegorz Żółkowski（格但斯克 Gdańsk）", "匈牙利 Zoltán Szőke（德布勒森 Debrecen）"]
    for p in rng.sample(ppl, rng.randint(2, 4)):
        d.nl().add(p)
    return d, "Polish, Czech and Hungarian names spelled correctly"


@style("mjn_portuguese_caps", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("中国—巴西农业合作项目简报")
    d.nl().add("巴方合作单位：Empresa Brasileira de Pesquisa Agropecuária（EMBRAPA），项目代号“AÇÃO VERDE”。")
    d.nl().add("考察地点：São Paulo、Goiânia，主要作物为大豆和甘蔗。")
    d.nl().add(clean_ctx(rng))
    return d, "Portuguese capitals with Ç and Ã (AÇÃO) are correct"


@style("mjn_nordic_german_names", "mj", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["海上风电技术交流会", "%s对欧经贸合作简报" % city(rng), "中欧职业教育合作论坛"]))
    pool = ["参会企业包括丹麦Ørsted和德国Müller Windtechnik GmbH。", "挪威Åsgard Solberg AS介绍了浮式风电项目。",
            "德方专家Jürgen Weiß介绍了海上升压站施工经验。", "会议在柏林Straße des 17. Juni附近举行。",
            "瑞典代表Björn Åkesson参加了圆桌讨论。", "奥地利Grüne Energie GmbH与%s签署意向书。" % org(rng),
            "丹麦奥胡斯（Aarhus）与%s建立职业教育合作关系。" % city(rng)]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "German and Nordic letters (ø, ü, ß, Å)"


@style("mjn_emoji_social", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("“%s”公众号留言精选" % (town(rng) + "发布"))
    d.nl().add("@%s：为社区网格员点赞👍👍" % pname(rng))
    d.nl().add("@%s：新修的步道太美了🌸🌸，周末带孩子去走走😀" % pname(rng))
    d.nl().add("@%s：希望早点通公交🚌🙏" % pname(rng))
    return d, "emoji stored correctly"


@style("mjn_rare_characters", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s%d年度优秀学生名单" % (two(rng) + "中学", year(rng)))
    names = ["吉𠮷", "王堃", "李喆", "陈昇", "刘玥", "赵珺", "孙璟", "周曌", "吴甯", "郑淏", "冯赟"]
    pick = rng.sample(names, rng.randint(4, 7))
    d.nl().add("、".join(pick))
    if "吉𠮷" in pick:
        d.nl().add("注：“𠮷”为“吉”的异体字，按本人身份证登记。")
    else:
        d.nl().add("注：名单以姓名拼音为序。")
    return d, "legitimate rare and extension-B characters"


@style("mjn_traditional_notice", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s區公所公告" % two(rng))
    d.nl().add("本所訂於%d月%d日辦理里民大會，請各里長轉知轄內住戶踴躍參加。" % (rng.randint(1, 12), rng.randint(1, 28)))
    d.nl().add("會議議題：社區環境整頓、防颱準備及老人共餐服務。")
    d.nl().add("聯絡電話：（0%d）%d-%04d" % (rng.randint(2, 8), rng.randint(2000, 2999), rng.randint(0, 9999)))
    return d, "correct traditional-character notice (no pinyin, no damage)"


@style("mjn_pinyin_lesson", "mj", "negative", allow=("pinyin",))
def _(rng):
    d = Doc()
    words = [("发展", "fāzhǎn"), ("环境", "huánjìng"), ("保护", "bǎohù"), ("学习", "xuéxí"), ("乡村", "xiāngcūn"), ("经济", "jīngjì")]
    w = rng.sample(words, 3)
    d.add("对外汉语初级课程 第%d课" % rng.randint(1, 30))
    d.nl().add("生词：%s(%s)、%s(%s)、%s(%s)" % (w[0][0], w[0][1], w[1][0], w[1][1], w[2][0], w[2][1]))
    d.nl().add("请学习“%s(%s)”一词，并用它造句。" % w[0])
    return d, "pinyin in a language lesson"


@style("mjn_dictionary_entry", "mj", "negative")
def _(rng):
    d = Doc()
    e = rng.choice([("发", "fā", "送出；交付", "fà"), ("行", "xíng", "走；可以", "háng"), ("长", "zhǎng", "生长；年纪大", "cháng"),
                    ("乐", "yuè", "音乐", "lè"), ("重", "zhòng", "分量大", "chóng"), ("还", "huán", "返回；归还", "hái"),
                    ("觉", "jué", "感觉；醒悟", "jiào"), ("量", "liàng", "数量", "liáng")])
    d.add("【%s】%s" % (e[0], e[1]))
    d.nl().add("①%s。%s" % (e[2], rng.choice(["②姓。", "", "②量词。"][:2])))
    d.nl().add("另见 %s" % e[3])
    return d, "dictionary entry with pinyin"


@style("mjn_html_code_tech_doc", "mj", "negative", allow=("html",))
def _(rng):
    d = Doc()
    d.add("网站无障碍改造技术规范（节选）")
    d.nl().add("4.2 禁止使用连续的 &nbsp; 实体进行排版缩进，应通过CSS属性 text-indent: 2em 实现。")
    d.nl().add("4.3 图片须设置 alt 属性，例如：<img src=\"logo.png\" alt=\"%s\">" % (city(rng) + "人民政府"))
    d.nl().add("4.4 特殊字符“<”应写作 &lt;，“&”应写作 &amp;。")
    return d, "HTML quoted as code in a technical document"


@style("mjn_regex_unicode_range", "mj", "negative", allow=("escape",))
def _(rng):
    d = Doc()
    d.add(rng.choice(["表单校验规则说明", "%s政务服务平台接口规范（节选）" % city(rng), "前端开发规范"]))
    pool = ["姓名字段只允许输入汉字，正则表达式为 ^[\\u4e00-\\u9fa5]{2,%d}$。" % rng.randint(6, 20),
            "手机号校验：^1[3-9]\\d{9}$。", "邮箱校验参照RFC 5322。",
            "JSON序列化时应设置 ensure_ascii=False，避免中文被转义输出。",
            "统一社会信用代码校验：^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$。",
            "字段长度以字符计，不以字节计。"]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "escape notation quoted as code"


@style("mjn_file_names", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("附件：")
    for i, nm in enumerate(rng.sample(["%d年工作总结_终稿(1).docx" % year(rng), "预算公开表-v2.xlsx", "IMG_%04d.JPG" % rng.randint(1, 9999),
                                       "会议纪要（第%d次）.pdf" % rng.randint(1, 20), "report_final_FINAL.pptx", "附件%d 申报汇总表.xls" % rng.randint(1, 5)], 3)):
        d.nl().add("%d. %s" % (i + 1, nm))
    return d, "file names with underscores, version suffixes and brackets"


@style("mjn_urls_emails", "mj", "negative", allow=("percent",))
def _(rng):
    d = Doc()
    p = rng.choice(["qinglan", "tongxi", "baipu", "yanshan"])
    d.add("信息公开渠道")
    d.nl().add("门户网站：https://www.%s.gov.cn/col/col%d/index.html" % (p, rng.randint(1000, 99999)))
    d.nl().add("电子邮箱：gkb_%d@%s.gov.cn" % (rng.randint(1, 99), p))
    d.nl().add("政策原文：https://www.%s.gov.cn/search?q=%s&page=2" % (p, urllib.parse.quote(rng.choice(["营商环境", "低保"]))))
    return d, "URLs (one with a percent-encoded query) and e-mail addresses"


@style("mjn_punycode_domains", "mj", "negative")
def _(rng):
    d = Doc()
    name = rng.choice(["政务", "中国", "公益", "网址"])
    d.add("中文域名使用说明")
    label = two(rng) + name
    d.nl().add("中文域名“%s.中国”在DNS中以Punycode形式存储，即 %s.xn--fiqs8s。" % (label, label.encode("idna").decode("ascii")))
    d.nl().add("浏览器地址栏会自动在两种形式之间转换。")
    return d, "Punycode xn-- domain names"


@style("mjn_hex_colours_hashes", "mj", "negative")
def _(rng):
    d = Doc()
    h = hashlib.sha256(str(rng.random()).encode()).hexdigest()
    d.add("政府网站视觉规范及版本信息")
    d.nl().add("主色调：#%06X，辅助色：#%06X，正文颜色#333333。" % (rng.randint(0, 0xFFFFFF), rng.randint(0, 0xFFFFFF)))
    d.nl().add("安装包SHA-256：%s" % h)
    d.nl().add("提交版本：%s（%s）" % (h[:7], ymd(rng)))
    return d, "hexadecimal colours and hashes"


@style("mjn_box_drawing_table", "mj", "negative")
def _(rng):
    d = Doc()
    items = rng.sample(["新建", "改建", "扩建", "维修", "拆除"], rng.randint(2, 3))
    d.add(rng.choice(["%s项目统计" % town(rng), "%d年%s情况" % (year(rng), rng.choice(["校舍", "道路", "桥梁"]))]))
    d.nl().add("┌────────┬──────┐")
    d.nl().add("│ 项目   │ 数量 │")
    d.nl().add("├────────┼──────┤")
    for it in items:
        d.nl().add("│ %s   │ %4d │" % (it, rng.randint(1, 999)))
    d.nl().add("└────────┴──────┘")
    return d, "box-drawing table drawn on purpose"


@style("mjn_units_symbols", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s环境监测月报" % city(rng))
    d.nl().add("PM2.5月均浓度%dμg/m³，气温%d℃～%d℃，降水量%.1f mm。" % (rng.randint(10, 80), rng.randint(-5, 10), rng.randint(15, 38), rng.uniform(0, 300)))
    d.nl().add("出生率%.2f‰，噪声监测值%d dB(A)，土壤电阻%d Ω。" % (rng.uniform(5, 12), rng.randint(40, 70), rng.randint(10, 900)))
    return d, "units and symbols (μg/m³, ℃, ‰, Ω)"


@style("mjn_currency_symbols", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s外贸企业出口情况" % city(rng))
    d.nl().add("主要结算货币：美元（$）、欧元（€）、英镑（£）、日元（¥）、韩元（₩）。")
    d.nl().add("其中一批订单金额€%s，折合人民币%s万元。" % ("{:,}".format(rng.randint(10000, 900000)), amt(rng, 10, 900)))
    return d, "currency symbols"


@style("mjn_music_ipa", "mj", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["小学音乐", "初中英语", "%s中学艺术" % two(rng)]) + rng.choice(["教案", "课堂练习", "导学案"]))
    pool = ["♪ 识读升号♯和降号♭，完成C大调音阶练习。", "单词 water 的英式发音为 /ˈwɔːtə/，美式发音为 /ˈwɑːtɚ/。",
            "单词 thought 读作 /θɔːt/，注意舌尖位置。", "本曲为4/4拍，速度♩= %d。" % rng.choice([72, 88, 96, 108]),
            "单词 measure 中的 s 读 /ʒ/。", "演唱时注意延长记号𝄐的处理。"]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "music symbols and IPA"


@style("mjn_vietnamese_quote", "mj", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["中越边境贸易合作座谈会", "%s与越南%s经贸交流会" % (city(rng), rng.choice(["谅山省", "老街省", "广宁省"]))]))
    q = rng.choice([("Một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao.", "团结协作的重要性"),
                    ("Uống nước nhớ nguồn.", "饮水思源"), ("Có công mài sắt, có ngày nên kim.", "只要功夫深，铁杵磨成针"),
                    ("Bán anh em xa, mua láng giềng gần.", "远亲不如近邻")])
    d.nl().add("越方代表引用谚语：“%s”意为%s。" % q)
    d.nl().add(clean_ctx(rng))
    return d, "Vietnamese with stacked diacritics"


@style("mjn_turkish_arabic", "mj", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["“一带一路”青年交流活动", "%s国际学生文化节" % (two(rng) + "大学"), "丝路文化周活动简报"]))
    pool = ["土耳其学生用母语写下“Teşekkür ederim, İstanbul’dan selamlar”。", "阿拉伯语欢迎词为“أهلاً وسهلاً”（欢迎）。",
            "土耳其语“Hoş geldiniz”意为“欢迎光临”。", "希伯来语展板写着“שלום”（和平）。",
            "本次活动共有%d个国家的%d名留学生参加。" % (rng.randint(5, 30), rng.randint(40, 400))]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "Turkish dotless ı / İ, Arabic and Hebrew script"


@style("mjn_classical_quotation", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s非物质文化遗产名录申报材料（节选）" % city(rng))
    d.nl().add("据《%s县志》载：“邑人善制竹器，其篾细如丝，谓之‘丝篾’。”" % two(rng))
    d.nl().add("其技艺流程包括破竹、起篾、匀篾、编织、上漆等%d道工序。" % rng.randint(8, 30))
    return d, "classical quotation with nested quotes"


@style("mjn_math_superscripts", "mj", "negative")
def _(rng):
    d = Doc()
    d.add(rng.choice(["数学公式排版示例", "%s中学数学知识点汇总" % two(rng), "初中数学常用公式"]))
    r = rng.randint(2, 9)
    pool = ["勾股定理：a² + b² = c²。", "圆面积 S = πr²，当r = %d时，S ≈ %.2f。" % (r, 3.14159 * r * r),
            "球体积 V = ⁴⁄₃πr³。", "√2 ≈ 1.414，√3 ≈ 1.732。", "∞ 表示无穷大，∠A = %d°。" % rng.choice([30, 45, 60, 90]),
            "若 a ≥ b 且 b ≥ c，则 a ≥ c。", "平方差公式：(a + b)(a − b) = a² − b²。", "10⁻³ = 0.001，2¹⁰ = 1024。"]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "mathematical symbols"


@style("mjn_legit_percent_and_ansi_doc", "mj", "negative", allow=("escape",))
def _(rng):
    d = Doc()
    d.add(rng.choice(["运维手册：终端输出着色", "%s信息中心运维规范（节选）" % city(rng), "Shell脚本编写指南"]))
    pool = ["在Shell脚本中可使用 echo -e \"\\033[32m成功\\033[0m\" 输出绿色文字，其中\\033为ESC字符的八进制表示。",
            "红色提示可写作 printf \"\\033[31m%s\\033[0m\\n\"，其中31为前景色代码。",
            "日志文件中不应保留颜色控制符，写入前应使用 sed 's/\\x1b\\[[0-9;]*m//g' 过滤。",
            "颜色代码对照：30黑、31红、32绿、33黄、34蓝。",
            "巡检脚本每日%d时自动运行，结果发送至值班邮箱。" % rng.randint(1, 8)]
    for ln in rng.sample(pool, rng.randint(2, 4)):
        d.nl().add(ln)
    return d, "ANSI escape notation quoted as code in a manual"


@style("mjn_bilingual_signage", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s路牌规范化设置情况" % city(rng))
    roads = [("人民路", "Renmin Rd"), ("解放路", "Jiefang Rd"), ("滨江路", "Binjiang Rd"), ("学府路", "Xuefu Rd"), ("新华路", "Xinhua Rd")]
    for r in rng.sample(roads, 3):
        d.nl().add("%s  %s" % r)
    d.nl().add("按照《地名标志》国家标准，英文部分采用汉语拼音拼写，不标声调。")
    return d, "pinyin on road signs"


@style("mjn_smart_quotes_correct", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s召开“%s”推进会——%s" % (town(rng), rng.choice(["三改一拆", "五水共治", "放管服"]), rng.choice(["会议要求各村抓好落实……", "副镇长%s主持" % pname(rng)])))
    d.nl().add("The meeting was titled “Clean Rivers, Green Hills”, and the mayor’s speech was broadcast live.")
    return d, "curly quotes, dash and ellipsis stored correctly (twin of the cp1252 damage style)"


@style("mjn_accents_in_brand_names", "mj", "negative")
def _(rng):
    d = Doc()
    d.add("%s进口食品抽检结果" % city(rng))
    for it in rng.sample(["Crème fraîche（法国）", "Häagen-Dazs冰淇淋", "Nestlé奶粉", "Citroën配件", "Jalapeño辣椒酱", "Señorío橄榄油"], 3):
        d.nl().add("%s：%s" % (it, rng.choice(["合格", "合格", "标签不合格"])))
    return d, "accented brand and product names"


# =============================================================================================
# generation
# =============================================================================================

def boilerplate(rng):
    return rng.choice([
        "发布时间：%d-%02d-%02d %02d:%02d  来源：%s" % (year(rng), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18),
                                               rng.randint(0, 59), rng.choice(["本站", city(rng) + "人民政府门户网站", town(rng) + "党政办"])),
        "【字体：大 中 小】【打印本页】【关闭窗口】",
        "来源：%s  浏览次数：%d" % (city(rng) + rng.choice(DEPTS), rng.randint(12, 20000)),
        "责任编辑：%s" % pname(rng),
        "信息来源：%s  发布日期：%s" % (town(rng), ymd(rng)),
        "分享到：微信 微博 QQ空间",
        "（%s供稿）" % (town(rng) + rng.choice(["党政办", "宣传办", "综合办"])),
        "扫一扫在手机打开当前页",
    ])


def decorate(rng, text, spans):
    line = boilerplate(rng)
    if text.count("\n") >= 11:
        return text, spans
    if rng.random() < 0.5:
        return line + "\n" + text, [[a + len(line) + 1, b + len(line) + 1] for a, b in spans]
    return text + "\n" + line, spans


def allocate(seed):
    groups = {}
    for name, fam, lab, _fn in STYLES:
        groups.setdefault((fam, lab), []).append(name)
    counts = {}
    for key in sorted(groups):
        names = groups[key]
        r = random.Random("%s:%s:alloc:%s:%s" % (PREFIX, seed, key[0], key[1]))
        base, rem = divmod(TARGET[key], len(names))
        extra = r.sample(names, rem)
        for n in names:
            counts[n] = base + (1 if n in extra else 0)
    return counts


def generate(seed, with_cleans=False):
    counts = allocate(seed)
    seen = set()
    recs = []
    for name, fam, lab, fn in STYLES:
        r = random.Random("%s:%s:%s" % (PREFIX, seed, name))
        made = tries = 0
        force_decor = False
        while made < counts[name]:
            tries += 1
            if tries > 60 * counts[name]:
                raise RuntimeError("style %s cannot produce enough distinct records" % name)
            try:
                d, note = fn(r)
            except Retry:
                continue
            text, spans = d.text, [list(s) for s in d.spans]
            if force_decor or r.random() < 0.25:
                text, spans = decorate(r, text, spans)
            if text in seen:
                force_decor = True
                continue
            force_decor = False
            nl = text.count("\n") + 1
            if nl > 12 or len(text.splitlines()) > 12 or not text.strip():
                continue
            if lab == "negative" and spans:
                raise RuntimeError("negative style %s produced spans" % name)
            if lab != "negative" and not spans:
                continue
            seen.add(text)
            rec = {"family": fam, "style": name, "label": lab, "text": text, "spans": spans, "note": note}
            if with_cleans:
                rec["_cleans"] = list(d.cleans)
            recs.append(rec)
            made += 1
    r = random.Random("%s:%s:order" % (PREFIX, seed))
    r.shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        o = {"id": "%s-s%d-%05d" % (PREFIX, seed, i + 1)}
        o.update(rec)
        out.append(o)
    return out


def write_jsonl(recs, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            rec = {k: v for k, v in rec.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


# =============================================================================================
# verification
# =============================================================================================

PH_ANY = re.compile(
    r"[xX×]|某|[○〇]{2,}|\*|＿|_{2,}|【[^】]*】|\{\{.*?\}\}|\$\{|#\{|\$\[|«[^»]*»|<<[^>]*>>|\{\d\}|\{[a-z_]+\}"
    r"|%[sd1-9]|TODO|TBD|待定|待补充|此处|填写|输入|添加|单击|点击|示例|标题|Lorem|\[[^\]]+\]|<Insert|YYYY|新闻内容|"
    r"\d\*|GB×")

_SUR = "".join(SURNAMES)
PH_STRICT = [
    ("xx", re.compile(r"(?<![A-Za-z0-9])[xX]{2,}(?![A-Za-z])")),
    ("x_unit", re.compile(r"(?<![A-Za-z])[xX](?=[月日年号项个户家人次元%])")),
    ("x_dot", re.compile(r"[xX×]{1,2}\.[xX×]{1,2}")),
    ("times2", re.compile(r"×{2,}")),
    ("circles", re.compile(r"(?<![一二三四五六七八九十〇零○])[○〇]{2,}")),
    ("moumou", re.compile(r"某某|(?<![\u4e00-\u9fff])[" + _SUR + r"]某(?![些种个一])|[" + _SUR + r"]某(?=[，。、；：）\s]|$)")),
    ("stars", re.compile(r"[\u4e00-\u9fff]\*|\*{2,}")),
    ("blanks", re.compile(r"＿{2,}|_{3,}")),
    ("braces", re.compile(r"\{\{|\}\}|\$\{|#\{|«[\u4e00-\u9fff]+»|<<[^>]{1,20}>>|(?<![\]\)A-Za-z\\])\{\d\}")),
    ("fields", re.compile(r"【[^】]{0,10}(名称|姓名|日期|金额|地址|电话|单位|时间|人数|数量)[^】]{0,4}】|\[[^\]]{0,12}(Name|Date|名称|日期)[^\]]{0,4}\]")),
    ("words", re.compile(r"TODO|TBD|FIXME|待定(?!系数)|待补充|此处填写|此处输入|单击此处|点击此处|点击输入|单击或点击|Lorem ipsum|(?<![A-Za-z])%s\b")),
]

MJ_STRICT = [
    ("fffd", re.compile(r"\ufffd|锟斤拷|烫烫|屯屯|ï»¿|\ufeff")),
    ("latin", re.compile(r"Ã[\u0080-\u00bf]|Â[\u0080-\u00bf]|â€|[åæçäéè][\u0080-\u009f\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2122]")),
    ("html", re.compile(r"&(nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);|</?(span|p|div|strong|br|font|td|tr|b|o:p|img)\b[^>]*>")),
    ("escape", re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[0-3][0-7]{2}|\x1b|\^\[\[|\[\d+(;\d+)?m|b'\\x")),
    ("pdf", re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff]|[\u2f00-\u2fd5]")),
    ("control", re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")),
    ("mail", re.compile(r"=\?[\w-]+\?[bBqQ]\?|(=[0-9A-F]{2}){3}|~\{")),
    ("percent", re.compile(r"%u[0-9A-F]{4}|(%[0-9A-F]{2}){3}")),
    ("pinyin", re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")),
    ("gbkmoji", re.compile(r"鍙|鐨|涓|鏂|鍦|绗|浜嗗|鎴|鏄|鍔|寮€|銆|锛|瀹|闂|璁|缁")),
]


def blank_spans(text, spans):
    t = list(text)
    for a, b in spans:
        for i in range(a, b):
            if t[i] != "\n":
                t[i] = "\x01"
    return "".join(t)


def scan(checks, text, allow=()):
    hits = []
    for name, rx in checks:
        if name in allow:
            continue
        m = rx.search(text)
        if m:
            hits.append("%s:%r" % (name, m.group()))
    return hits


def verify_files(paths):
    problems = []
    total = 0
    for path in paths:
        recs = []
        with open(path, encoding="utf-8") as f:
            for ln_no, line in enumerate(f, 1):
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    problems.append("%s:%d: bad JSON (%s)" % (path, ln_no, e))
        total += len(recs)
        ids = set()
        seeds = set()
        texts = set()
        for rec in recs:
            rid = rec.get("id", "?")
            where = "%s:%s" % (path, rid)
            keys = ["id", "family", "style", "label", "text", "spans", "note"]
            if list(rec.keys()) != keys:
                problems.append("%s: keys %s" % (where, list(rec.keys())))
                continue
            if rid in ids:
                problems.append("%s: duplicate id" % where)
            ids.add(rid)
            m = re.fullmatch(PREFIX + r"-s(\d+)-\d{5}", rid)
            if m:
                seeds.add(int(m.group(1)))
            else:
                problems.append("%s: id format" % where)
            fam, lab, text, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
            if (fam, lab) not in TARGET:
                problems.append("%s: family/label %s/%s" % (where, fam, lab))
            if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"]):
                problems.append("%s: style not snake_case" % where)
            if "\n" in rec["note"] or not rec["note"]:
                problems.append("%s: note must be one non-empty line" % where)
            if not isinstance(text, str) or not text.strip():
                problems.append("%s: empty text" % where)
                continue
            if text in texts:
                problems.append("%s: duplicate text" % where)
            texts.add(text)
            if not 1 <= text.count("\n") + 1 <= 12:
                problems.append("%s: %d lines" % (where, text.count("\n") + 1))
            prev = 0
            ok = True
            for sp in spans:
                if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
                    problems.append("%s: malformed span %r" % (where, sp))
                    ok = False
                    continue
                a, b = sp
                if not (0 <= a < b <= len(text)):
                    problems.append("%s: span %r outside text or empty" % (where, sp))
                    ok = False
                elif a < prev:
                    problems.append("%s: spans overlap or unsorted" % where)
                    ok = False
                elif not text[a:b].strip():
                    problems.append("%s: span %r is whitespace" % (where, sp))
                prev = b
            if not ok:
                continue
            meta = STYLE_META.get(rec["style"], {"allow": set()})
            if lab == "negative":
                if spans:
                    problems.append("%s: negative with spans" % where)
                hits = scan(PH_STRICT, text, meta["allow"]) + scan(MJ_STRICT, text, meta["allow"])
                if hits:
                    problems.append("%s: negative contains %s" % (where, hits))
            else:
                if not spans:
                    problems.append("%s: positive without spans" % where)
            if lab == "placeholder":
                for a, b in spans:
                    if not PH_ANY.search(text[a:b]):
                        problems.append("%s: span %r=%r holds no placeholder" % (where, [a, b], text[a:b]))
                outside = blank_spans(text, spans)
                hits = scan(PH_STRICT, outside) + scan(MJ_STRICT, text)
                if hits:
                    problems.append("%s: placeholder record has unmarked findings %s" % (where, hits))
            if lab == "mojibake":
                hits = scan(PH_STRICT, blank_spans(text, spans))
                if hits:
                    problems.append("%s: mojibake record contains placeholder-like text %s" % (where, hits))
        # regenerate and compare: spans must differ from the clean text they replace
        if len(seeds) == 1:
            seed = seeds.pop()
            regen = {r["id"]: r for r in generate(seed, with_cleans=True)}
            style_n = {}
            for rec in recs:
                style_n[rec["style"]] = style_n.get(rec["style"], 0) + 1
                g = regen.get(rec["id"])
                if g is None or any(g[k] != rec[k] for k in ("family", "style", "label", "text", "spans", "note")):
                    problems.append("%s:%s: record differs from regeneration with seed %d" % (path, rec["id"], seed))
                    continue
                if rec["label"] == "mojibake":
                    for (a, b), clean in zip(rec["spans"], g["_cleans"]):
                        if clean is None or rec["text"][a:b] == clean:
                            problems.append("%s:%s: mojibake span %r equals its clean text" % (path, rec["id"], [a, b]))
            if len(recs) == len(regen):
                for name, n in sorted(style_n.items()):
                    if not 15 <= n <= 20:
                        problems.append("%s: style %s has %d records" % (path, name, n))
        else:
            problems.append("%s: ids from %d seeds; cannot regenerate" % (path, len(seeds)))
    return problems, total


# =============================================================================================
# style table
# =============================================================================================

def style_table(paths):
    rows = {}
    order = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                k = rec["style"]
                if k not in rows:
                    rows[k] = {"family": rec["family"], "placeholder": 0, "mojibake": 0, "negative": 0, "ex": None}
                    order.append(k)
                rows[k][rec["label"]] += 1
                if rows[k]["ex"] is None or len(rec["text"]) < len(rows[k]["ex"]):
                    rows[k]["ex"] = rec["text"]
    rank = {name: i for i, (name, *_r) in enumerate(STYLES)}
    order.sort(key=lambda k: rank.get(k, 10 ** 6))
    out = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for k in order:
        r = rows[k]
        ex = r["ex"]
        ex = ex if len(ex) <= 90 else ex[:90] + "…"
        ex = json.dumps(ex, ensure_ascii=False)[1:-1].replace("|", "\\|")
        out.append("| `%s` | %s | %d | %d | %d | %s |" % (k, r["family"], r["placeholder"], r["mojibake"], r["negative"], ex))
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", nargs="+", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        problems, total = verify_files(a.verify)
        for p in problems[:200]:
            print("PROBLEM", p)
        if problems:
            print("%d problem(s) in %d records" % (len(problems), total))
            return 1
        print("OK: %d records in %d file(s) verified" % (total, len(a.verify)))
        return 0
    if a.style_table:
        sys.stdout.write(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required for generation")
    recs = generate(a.seed)
    write_jsonl(recs, a.out)
    c = {}
    for r in recs:
        c[(r["family"], r["label"])] = c.get((r["family"], r["label"]), 0) + 1
    print("wrote %d records to %s: %s" % (len(recs), a.out, ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(c.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
