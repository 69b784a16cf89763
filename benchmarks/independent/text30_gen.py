#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""text30_gen.py -- held-out test collection for a placeholder / mojibake auditor
of Chinese report text.  Standard library only, Python 3.11.

    python3 text30_gen.py --seed N --out FILE     generate (deterministic per seed)
    python3 text30_gen.py --verify FILE [FILE..]  check records, exit 1 on any problem
    python3 text30_gen.py --style-table FILE      Markdown table of styles (stdout)

Every record is built from segments: plain text, placeholder ('ph') or damage
('mj').  Spans are computed from the segments, never counted by hand.  Damage is
made with real codecs (str.encode(...).decode(..., errors=...)); the clean
original of every damaged stretch is kept in memory, so --verify regenerates the
seed named in each id and checks that every mojibake span differs from its clean
counterpart.
"""
import argparse
import codecs
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
from email.header import Header

PREFIX = "t30"


class Regen(Exception):
    """Raised by a style when the drawn record is unusable: draw again."""


# ---------------------------------------------------------------- codec error handlers
def _err_qmark(exc):
    # what many editors and databases do: one '?' per undecodable/unencodable unit
    if isinstance(exc, (UnicodeDecodeError, UnicodeEncodeError)):
        return ("?", exc.end)
    raise exc


def _err_c1(exc):
    # WHATWG windows-1252: bytes undefined in cp1252 map to the same code point (C1)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join(chr(b) for b in exc.object[exc.start:exc.end]), exc.end)
    raise exc


def _err_hexref(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#x%X;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise exc


def _err_rtf(exc):
    # RTF writers: \uN? with N a signed 16-bit decimal, '?' the ANSI fallback
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            units = c.encode("utf-16-be")
            for i in range(0, len(units), 2):
                n = int.from_bytes(units[i:i + 2], "big")
                out.append("\\u%d?" % (n if n < 32768 else n - 65536))
        return ("".join(out), exc.end)
    raise exc


codecs.register_error("t30_qmark", _err_qmark)
codecs.register_error("t30_c1", _err_c1)
codecs.register_error("t30_hexref", _err_hexref)
codecs.register_error("t30_rtf", _err_rtf)


# ---------------------------------------------------------------- document builder
class Doc:
    """Segments: [kind, text, clean]; kind in 't', 'ph', 'mj'."""

    def __init__(self):
        self.segs = []

    def t(self, s):
        if s:
            self.segs.append(["t", s, s])
        return self

    def ph(self, s):
        if not s:
            raise ValueError("empty placeholder")
        self.segs.append(["ph", s, s])
        return self

    def mj(self, bad, clean, trim=True):
        """Damaged stretch 'bad' that stands for 'clean'.  Common prefix and suffix
        are kept as plain text so that the span covers only what really changed."""
        if bad == clean:
            raise Regen("damage left the text unchanged")
        i = j = 0
        if trim:
            n = min(len(bad), len(clean))
            while i < n and bad[i] == clean[i]:
                i += 1
            while j < n - i and bad[len(bad) - 1 - j] == clean[len(clean) - 1 - j]:
                j += 1
            if len(bad) - i - j <= 0:          # pure deletion: keep one neighbour char
                if i > 0:
                    i -= 1
                elif j > 0:
                    j -= 1
        core_b = bad[i:len(bad) - j]
        core_c = clean[i:len(clean) - j]
        if not core_b or core_b == core_c:
            raise Regen("empty damage core")
        self.t(bad[:i])
        self.segs.append(["mj", core_b, core_c])
        self.t(bad[len(bad) - j:])
        return self

    def add(self, segs):
        """segs: list of (kind, text) with kind 't' or 'ph'."""
        for k, s in segs:
            if k == "ph":
                self.ph(s)
            else:
                self.t(s)
        return self

    def nl(self):
        return self.t("\n")

    def build(self):
        segs = [list(s) for s in self.segs]
        # strip leading / trailing newlines of plain segments
        while segs and segs[-1][0] == "t" and segs[-1][1].rstrip("\n") != segs[-1][1]:
            segs[-1][1] = segs[-1][1].rstrip("\n")
            segs[-1][2] = segs[-1][1]
            if not segs[-1][1]:
                segs.pop()
        text, spans, cleans, kinds = [], [], [], []
        pos = 0
        for kind, s, c in segs:
            if kind != "t":
                if spans and spans[-1][1] == pos and kinds[-1] == kind == "mj":
                    spans[-1][1] = pos + len(s)
                    cleans[-1] += c
                else:
                    spans.append([pos, pos + len(s)])
                    cleans.append(c)
                    kinds.append(kind)
            text.append(s)
            pos += len(s)
        return "".join(text), spans, cleans, kinds


# ---------------------------------------------------------------- vocabulary
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付白邹孟熊秦邱尹薛闫"
            "段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞辉宇浩然欣怡晨"
         "阳思雨佳琪涵雪琳建国志海燕文博立新振春晖冬秋实晓东嘉宁俊峰一鸣若溪亮斌凯丹倩")
# invented place-name syllables with pinyin (for URLs / e-mail)
P1 = [("青", "qing"), ("桐", "tong"), ("梅", "mei"), ("白", "bai"), ("云", "yun"), ("枫", "feng"),
      ("新", "xin"), ("石", "shi"), ("龙", "long"), ("金", "jin"), ("柳", "liu"), ("松", "song"),
      ("荷", "he"), ("杏", "xing"), ("东", "dong"), ("南", "nan"), ("西", "xi"), ("北", "bei"),
      ("清", "qing"), ("安", "an"), ("长", "chang"), ("永", "yong"), ("宁", "ning"), ("平", "ping"),
      ("兴", "xing"), ("丰", "feng"), ("鹤", "he"), ("泰", "tai"), ("临", "lin"), ("凤", "feng")]
P2 = [("禾", "he"), ("川", "chuan"), ("岭", "ling"), ("沙", "sha"), ("溪", "xi"), ("桥", "qiao"),
      ("塘", "tang"), ("湾", "wan"), ("泉", "quan"), ("坪", "ping"), ("岸", "an"), ("岗", "gang"),
      ("林", "lin"), ("屏", "ping"), ("峪", "yu"), ("源", "yuan"), ("阳", "yang"), ("江", "jiang"),
      ("山", "shan"), ("湖", "hu"), ("洲", "zhou"), ("浦", "pu"), ("田", "tian"), ("庄", "zhuang")]
DEPTS = ["农业农村局", "住房和城乡建设局", "卫生健康局", "教育局", "人力资源和社会保障局",
         "自然资源局", "生态环境局", "应急管理局", "市场监督管理局", "文化广电旅游体育局",
         "交通运输局", "水利局", "民政局", "财政局", "发展和改革局", "医疗保障局",
         "退役军人事务局", "城市管理综合执法局", "数据资源管理局", "林业局", "统计局"]
CO_WORDS = ["恒信", "瑞丰", "德源", "汇通", "鼎盛", "华创", "启明", "润泽", "博远", "嘉禾",
            "宏图", "康达", "锦程", "天成", "永泰", "聚力", "同舟", "安澜", "正和", "昌隆"]
CO_TYPES = ["建设工程有限公司", "物业管理有限公司", "信息科技有限公司", "农业发展有限公司",
            "环保科技有限公司", "商贸有限公司", "医疗器械有限公司", "食品有限公司",
            "建材有限公司", "物流有限公司", "市政工程有限公司", "园林绿化有限公司",
            "劳务派遣有限公司", "工程咨询有限公司", "餐饮管理有限公司"]
PROJ_SUF = ["村道路硬化工程", "片区污水管网改造项目", "小学教学楼新建工程", "河道综合治理工程",
            "农贸市场升级改造项目", "社区卫生服务中心建设项目", "高标准农田建设项目",
            "老旧小区改造项目", "公园提升改造工程", "垃圾中转站建设项目", "供水管网延伸工程",
            "文化广场建设项目", "养老服务中心建设项目"]
ROADS = ["路", "大道", "街", "巷"]
PROVS = "粤湘赣鄂皖苏浙闽桂川渝黔滇陕甘鲁豫冀晋辽吉黑蒙宁琼"
MOBILE_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
              "155", "158", "159", "166", "177", "180", "181", "186", "187", "188", "189", "199"]
TOPICS = ["安全生产大检查", "人居环境整治", "消防安全宣传", "防汛备汛", "食品安全抽检",
          "森林防火", "义务兵征集", "城乡居民医保集中参保", "农村厕所改造", "燃气安全排查",
          "政务服务满意度测评", "校园周边环境治理", "全民健身", "垃圾分类", "反诈宣传"]


def person(r):
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))


def core_pair(r):
    a = r.choice(P1)
    b = r.choice(P2)
    while b[0] == a[0]:
        b = r.choice(P2)
    return a[0] + b[0], a[1] + b[1]


def core(r):
    return core_pair(r)[0]


def id_number(r):
    area = r.choice(["43", "36", "42", "45", "51", "52", "61", "62", "41", "13"]) + "%04d" % r.randint(100, 2899)
    birth = "%04d%02d%02d" % (r.randint(1955, 2003), r.randint(1, 12), r.randint(1, 28))
    body = area + birth + "%03d" % r.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + chk


def mobile(r):
    return r.choice(MOBILE_PFX) + "%08d" % r.randint(0, 99999999)


def landline(r):
    return "0%d-%d" % (r.randint(710, 919), r.randint(2000000, 8999999))


def num_for(r, kind="n"):
    if kind == "small":
        return str(r.randint(2, 30))
    if kind == "big":
        return str(r.randint(1000, 98000))
    return str(r.choice([r.randint(2, 40), r.randint(12, 400), r.randint(100, 6000)]))


def money(r):
    v = r.uniform(3, 4800)
    return r.choice(["%.2f" % v, "%.1f" % v, "%d" % int(v) or "12"])


def pct(r):
    v = r.choice([r.uniform(0.5, 25), r.uniform(0.5, 25), r.uniform(1.0, 60)])
    return r.choice(["%.1f" % v, "%.2f" % v, "%d" % max(1, int(v))])


# ---------------------------------------------------------------- slot values
# a slot value is a list of (text, kind); kind None means never masked
def slot_value(typ, r, ctx):
    y = ctx.year
    if typ == "N":
        return [(num_for(r), "num")]
    if typ == "NS":
        return [(num_for(r, "small"), "num")]
    if typ == "NB":
        return [(num_for(r, "big"), "num")]
    if typ == "M":
        return [(money(r), "money")]
    if typ == "P":
        return [(pct(r), "pct")]
    if typ == "D":
        return [(str(y), "year"), ("年", None), (str(r.randint(1, 12)), "mon"), ("月", None),
                (str(r.randint(1, 28)), "day"), ("日", None)]
    if typ == "MD":
        return [(str(r.randint(1, 12)), "mon"), ("月", None), (str(r.randint(1, 28)), "day"), ("日", None)]
    if typ == "YM":
        return [(str(r.choice([y - 1, y, y + 1])), "year"), ("年", None), (str(r.randint(1, 12)), "mon"), ("月", None)]
    if typ == "MON":
        return [(str(r.randint(1, 12)), "mon"), ("月", None)]
    if typ == "Y":
        return [(str(y), "year")]
    if typ == "BY":
        return [(str(r.randint(1962, 2001)), "year")]
    if typ == "BYM":
        return [(str(r.randint(1966, 1995)), "year"), ("年", None), (str(r.randint(1, 12)), "mon"), ("月", None)]
    if typ == "WYM":
        return [(str(r.randint(1988, 2018)), "year"), ("年", None), (str(r.randint(1, 12)), "mon"), ("月", None)]
    if typ == "AGE":
        return [(str(r.randint(19, 72)), "num")]
    if typ == "DR":
        m1 = r.randint(1, 10)
        m2 = r.randint(m1 + 1, 12)
        return [(str(y), "year"), ("年", None), (str(m1), "mon"), ("月", None), (str(r.randint(1, 28)), "day"), ("日至", None),
                (str(y), "year"), ("年", None), (str(m2), "mon"), ("月", None), (str(r.randint(1, 28)), "day"), ("日", None)]
    if typ == "PR":
        return [(r.choice(["%.1f", "%.2f", "%d"]) % r.choice([r.uniform(85, 99.9), r.uniform(60, 99.9), 100]), "pct")]
    if typ == "MB":
        return [(r.choice(["%.2f", "%.1f"]) % r.choice([r.uniform(0.3, 9.9), r.uniform(5, 95)]), "money")]
    if typ == "CTY":
        return [(ctx.home, "name"), (ctx.home_suf, None)]
    if typ == "CITY":
        return [(ctx.city, "name"), ("市", None)]
    if typ == "TOWN":
        return [(core(r), "name"), (r.choice(["镇", "街道", "乡", "镇"]), None)]
    if typ == "VIL":
        return [(core(r), "name"), (r.choice(["村", "村", "社区"]), None)]
    if typ == "ORG":
        return [(ctx.home, "name"), (ctx.home_suf + r.choice(DEPTS), None)]
    if typ == "CO":
        return [(core(r) + r.choice(CO_WORDS), "name"), (r.choice(CO_TYPES), None)]
    if typ == "PER":
        return [(person(r), "person")]
    if typ == "PHONE":
        return [(mobile(r), "phone")]
    if typ == "TEL":
        return [(landline(r), "tel")]
    if typ == "ID":
        return [(id_number(r), "id")]
    if typ == "CARD":
        return [("6%s" % "".join(str(r.randint(0, 9)) for _ in range(18)), "card")]
    if typ == "PLATE":
        return [(r.choice(PROVS) + r.choice("ABCDEFGHJK") + "".join(r.choice("0123456789ABCDEFGHJKLMN") for _ in range(5)), "plate")]
    if typ == "ADDR":
        return [(core(r), "name"), (r.choice(ROADS), None), (str(r.randint(1, 399)), "num"), ("号", None)]
    if typ == "CASE":
        return [("（%d）" % y + r.choice(PROVS) + "%04d" % r.randint(101, 1999) + r.choice(["民初", "民初", "刑初", "行初", "执"]), None),
                (str(r.randint(100, 9999)), "num"), ("号", None)]
    if typ == "DOCNO":
        return [(ctx.home[0], "abbr"), (r.choice(["政办", "政发", "发改", "农", "卫健", "教", "人社", "应急"]) + "〔%d〕" % y, None),
                (str(r.randint(1, 160)), "num"), ("号", None)]
    if typ == "PROJ":
        return [(core(r), "name"), (r.choice(PROJ_SUF), None)]
    if typ == "EMAIL":
        return [("%s%s@%s" % (r.choice(["bgs", "zwfw", "rsj", "jyj", "wjw", "zfb", "tjj"]), ctx.home_py,
                              r.choice(["163.com", "126.com", "qq.com", ctx.home_py + ".gov.cn"])), "email")]
    if typ == "URL":
        return [("http://www.%s.gov.cn/%s/" % (ctx.home_py, r.choice(["zwgk", "tzgg", "xxgk", "zfxxgk", "ztzl"])), "url")]
    if typ == "CODE":
        return [("%06d" % r.randint(0, 999999), "code")]
    if typ == "SIGN":
        return [(ctx.home + r.choice(["政务", "人社", "医保", "公积金", "税务", "交警", "供水", "燃气"]), "sign")]
    if typ == "SGB":
        return [("【", None), (ctx.home + r.choice(["政务", "人社", "医保", "公积金", "税务", "交警", "供水", "燃气", "12345"]), "sign"), ("】", None)]
    if typ == "SVC":
        return [(r.choice(["居住证", "社保卡", "不动产登记", "营业执照", "养老保险待遇", "公积金提取", "残疾人证", "新生儿落户"]), "svc")]
    if typ == "CNAMT":
        return [(r.choice(["壹拾贰万叁仟元整", "叁万伍仟元整", "捌拾陆万元整", "肆仟贰佰元整", "壹佰零伍万元整"]), "cnamt")]
    raise KeyError(typ)


FIELD = {  # type -> (Chinese field name, English key, English title)
    "N": ("数量", "count", "Number"), "NS": ("数量", "count", "Number"), "NB": ("数量", "total", "Total"),
    "M": ("金额", "amount", "Amount"), "P": ("比例", "rate", "Percentage"),
    "PR": ("比例", "rate", "Percentage"), "MB": ("金额", "amount", "Amount"), "AGE": ("年龄", "age", "Age"),
    "BY": ("出生年份", "birth_year", "Year of Birth"), "BYM": ("出生年月", "birth_date", "Date of Birth"),
    "WYM": ("参加工作时间", "work_date", "Start Date"), "DR": ("起止日期", "date_range", "Period"),
    "D": ("日期", "date", "Date"), "MD": ("日期", "date", "Date"), "YM": ("年月", "month", "Month"),
    "MON": ("月份", "month", "Month"), "Y": ("年份", "year", "Year"),
    "CTY": ("县区名称", "county", "County"), "CITY": ("城市名称", "city", "City"),
    "TOWN": ("乡镇名称", "town", "Town"), "VIL": ("村居名称", "village", "Village"),
    "ORG": ("单位名称", "org_name", "Organization Name"), "CO": ("公司名称", "company_name", "Company Name"),
    "PER": ("姓名", "name", "Name"), "PHONE": ("联系电话", "phone", "Phone Number"),
    "TEL": ("联系电话", "tel", "Phone"), "ID": ("身份证号码", "id_no", "ID Number"),
    "CARD": ("银行账号", "account_no", "Account Number"), "PLATE": ("车牌号", "plate_no", "Plate Number"),
    "ADDR": ("详细地址", "address", "Address"), "CASE": ("案号", "case_no", "Case Number"),
    "DOCNO": ("文号", "doc_no", "Document Number"), "PROJ": ("项目名称", "project_name", "Project Name"),
    "EMAIL": ("电子邮箱", "email", "Email"), "URL": ("网址", "url", "URL"), "CODE": ("验证码", "code", "Code"),
    "SIGN": ("签名", "sign", "Signature"), "SGB": ("短信签名", "sign", "Signature"), "SVC": ("业务名称", "service", "Service"), "CNAMT": ("大写金额", "amount_cn", "Amount in Words"),
}
NUMERIC_TYPES = {"N", "NS", "NB", "M", "P", "PR", "MB"}
ENTITY_TYPES = {"CTY", "CITY", "TOWN", "VIL", "ORG", "CO", "PER", "PROJ", "ADDR"}
DATE_TYPES = {"D", "MD", "YM", "MON", "Y", "DR", "BYM", "WYM", "BY"}
CONTACT_TYPES = {"PHONE", "TEL", "ID", "CARD", "PLATE", "EMAIL"}


# ---------------------------------------------------------------- placeholder flavours
class Flavor:
    """mask(typ, parts, ctx) -> list of (kind, text) or None (type not handled)."""
    types = None  # None: every type

    def handles(self, typ):
        return self.types is None or typ in self.types

    def mask(self, typ, parts, ctx):
        raise NotImplementedError


class XLike(Flavor):
    """x / X / × / ○ / fullwidth x: masks the variable part of a value, keeps units."""

    def __init__(self, c, types=None, upper_person=None, mixed=False):
        self.c = c
        self.types = types
        self.person = upper_person or c * 3
        self.mixed = mixed

    def _x(self, n, r):
        if self.mixed:
            return "".join(r.choice(["x", "X"]) for _ in range(n))
        return self.c * n

    def part(self, kind, text, r):
        c = self.c
        if kind == "num":
            return self._x(r.choice([len(text), len(text), 2, 3]) if len(text) <= 4 else r.choice([3, 4]), r)
        if kind == "money":
            return r.choice([self._x(2, r) + "." + self._x(2, r), self._x(3, r), self._x(2, r), self._x(3, r) + "." + self._x(1, r), self._x(1, r) + "." + self._x(2, r)])
        if kind == "pct":
            return r.choice([self._x(2, r), self._x(2, r) + "." + self._x(1, r), self._x(3, r), self._x(2, r) + "." + self._x(2, r)])
        if kind == "year":
            return r.choice(["20" + self._x(2, r), self._x(4, r), "202" + self._x(1, r)])
        if kind == "mon":
            return self._x(r.choice([1, 1, 2]), r)
        if kind == "day":
            return self._x(r.choice([1, 2, 2]), r)
        if kind == "name":
            return self._x(r.choice([2, 2, 2, 3]), r)
        if kind == "person":
            return self.person if not self.mixed else self._x(3, r)
        if kind == "abbr":
            return self._x(1, r)
        if kind in ("phone",):
            return text[:3] + self._x(4, r) + text[7:] if r.random() < 0.5 else self._x(11, r)
        if kind == "tel":
            a, b = text.split("-")
            return self._x(len(a), r) + "-" + self._x(len(b), r) if r.random() < 0.5 else a + "-" + self._x(len(b), r)
        if kind == "id":
            return text[:6] + self._x(8, r) + text[14:]
        if kind == "email":
            return "%s@%s.com" % (self._x(3, r), self._x(3, r)) if c in "xX" else None
        if kind == "url":
            return "www.%s.gov.cn" % self._x(3, r) if c in "xX" else None
        if kind == "code":
            return self._x(6, r)
        if kind == "sign":
            return self._x(2, r)
        return None

    def mask(self, typ, parts, ctx):
        r = ctx.r
        if not self.handles(typ):
            return None
        # dates: keep the year real most of the time (as in real compilations)
        keep_year = typ in ("D", "YM", "DR") and r.random() < 0.75
        out = []
        masked_any = False
        for text, kind in parts:
            if kind is None or (kind == "year" and keep_year):
                out.append([False, text])
                continue
            m = self.part(kind, text, r)
            if m is None:
                return None
            out.append([True, m])
            masked_any = True
        if not masked_any:
            return None
        # merge masked parts separated only by short unit characters (x月xx日, 20xx年x月)
        segs = []
        i = 0
        while i < len(out):
            if not out[i][0]:
                segs.append(("t", out[i][1]))
                i += 1
                continue
            j = i
            buf = out[i][1]
            while j + 2 < len(out) and not out[j + 1][0] and out[j + 1][1] in ("年", "月", ".", "-", "日至") and out[j + 2][0]:
                buf += out[j + 1][1] + out[j + 2][1]
                j += 2
            # a trailing 日 that closes a masked day belongs to the placeholder date
            if j + 1 < len(out) and parts[j][1] == "day" and out[j + 1][1] == "日" and j + 1 == len(out) - 1:
                buf += "日"
                j += 1
            segs.append(("ph", buf))
            i = j + 1
        return segs


class Mou(Flavor):
    """某 / 某某 anonymisation of people, places and organisations."""
    types = {"PER", "CO", "TOWN", "VIL", "CTY", "ORG", "PROJ", "ADDR", "CITY"}

    def mask(self, typ, parts, ctx):
        r = ctx.r
        if typ not in self.types:
            return None
        if typ == "PER":
            name = parts[0][0]
            return [("ph", name[0] + r.choice(["某", "某某", "某某", "某"]))]
        if typ == "CO":
            return [("ph", r.choice(["某某", "某"])), ("t", parts[1][0])]
        if typ == "ADDR":
            return [("ph", "某"), ("t", parts[1][0]), ("ph", "某号")] if r.random() < 0.3 else [("ph", "某某"), ("t", parts[1][0] + parts[2][0] + "号")]
        return [("ph", r.choice(["某", "某某"]))] + [("t", t) for t, k in parts[1:]]


class Star(Flavor):
    """asterisk masking of personal data."""
    types = {"PER", "PHONE", "ID", "CARD", "PLATE", "EMAIL", "TEL", "ADDR"}

    def __init__(self, star="*"):
        self.s = star

    def mask(self, typ, parts, ctx):
        r = ctx.r
        s = self.s
        text = "".join(t for t, k in parts)
        if typ == "PER":
            return [("ph", text[0] + s * r.choice([len(text) - 1, 2, 1]) if len(text) > 1 else text + s)]
        if typ == "PHONE":
            return [("ph", text[:3] + s * 4 + text[7:])]
        if typ == "TEL":
            a, b = text.split("-")
            return [("ph", a + "-" + b[:2] + s * (len(b) - 4) + b[-2:])]
        if typ == "ID":
            return [("ph", r.choice([text[:6] + s * 8 + text[14:], text[:3] + s * 11 + text[14:], text[:1] + s * 16 + text[-1:]]))]
        if typ == "CARD":
            return [("ph", r.choice([text[:4] + " %s %s " % (s * 4, s * 4) + text[-4:], text[:6] + s * 9 + text[-4:]]))]
        if typ == "PLATE":
            return [("ph", text[:2] + r.choice(["·", ""]) + s * 3 + text[-2:])]
        if typ == "EMAIL":
            u, d = text.split("@")
            return [("ph", u[:2] + s * 3 + "@" + d)]
        if typ == "ADDR":
            return [("t", parts[0][0] + parts[1][0]), ("ph", s * r.choice([2, 3, 4])), ("t", "号")]
        return None


class Token(Flavor):
    """The whole value is replaced by a template token built from the field name."""

    def __init__(self, fn, types=None):
        self.fn = fn
        self.types = types

    def mask(self, typ, parts, ctx):
        if not self.handles(typ):
            return None
        tok = self.fn(typ, ctx)
        if tok is None:
            return None
        if typ == "SGB" and not tok.startswith("【"):
            tok = "【" + tok + "】"
        return [("ph", tok)]


def _printf(typ, ctx):
    r = ctx.r
    ctx.idx += 1
    if typ in ("N", "NS", "NB"):
        base = r.choice(["%d", "%d", "%ld", "%u"])
    elif typ in ("M",):
        base = r.choice(["%.2f", "%.1f", "%s"])
    elif typ == "P":
        base = r.choice(["%.1f", "%d", "%.2f"])
    else:
        base = "%s"
    if r.random() < 0.3:
        base = "%" + "%d$" % ctx.idx + base[1:]
    return base


FLAVORS = {
    "x": XLike("x"),
    "X": XLike("X", upper_person="XXX"),
    "times": XLike("×"),
    "circle": XLike("○"),
    "circle0": XLike("〇"),
    "fwx": XLike("ｘ"),
    "fwX": XLike("Ｘ"),
    "mixx": XLike("x", mixed=True),
    "mou": Mou(),
    "star": Star("*"),
    "fwstar": Star("＊"),
    "bracket": Token(lambda t, c: "【%s】" % FIELD[t][0]),
    "bracket_blank": Token(lambda t, c: c.r.choice(["【  】", "【    】", "【　　】", "【      】"])),
    "mustache": Token(lambda t, c: c.r.choice(["{{%s}}", "{{ %s }}"]) % FIELD[t][1]),
    "dollar": Token(lambda t, c: "${%s}" % FIELD[t][1]),
    "printf": Token(_printf),
    "icu": Token(lambda t, c: "{%s}" % (c.next_idx() if c.r.random() < 0.5 else FIELD[t][1])),
    "under": Token(lambda t, c: c.r.choice(["＿" * c.r.randint(3, 8), "_" * c.r.randint(4, 12), "____"])),
    "fill": Token(lambda t, c: c.r.choice(["（此处填写%s）", "（请填写%s）", "（填写%s）", "(此处填写%s)"]) % FIELD[t][0]),
    "llm": Token(lambda t, c: c.r.choice(["[插入%s]", "【此处补充%s】", "[请填写%s]", "（请根据实际情况填写%s）",
                                           "[具体%s]", "【待补充：%s】", "[在此处填写%s]"]) % FIELD[t][0]),
    "guil": Token(lambda t, c: "«%s»" % FIELD[t][0]),
    "angle": Token(lambda t, c: c.r.choice(["<%s>", "<<%s>>"]) % FIELD[t][0]),
    "en": Token(lambda t, c: c.r.choice(["[%s]", "[Insert %s]", "[%s Here]"]) % FIELD[t][2]),
    "ner": Token(lambda t, c: {"PER": c.r.choice(["<PERSON>", "[PER]", "[NAME]"]), "PHONE": "[PHONE_NUMBER]",
                               "TEL": "[PHONE_NUMBER]", "ADDR": "<ADDRESS>", "CO": "<ORG>", "ORG": "<ORG>",
                               "ID": "[ID_CARD]", "EMAIL": "<EMAIL_ADDRESS>", "D": "<DATE_TIME>",
                               "TOWN": "<LOCATION>", "VIL": "<LOCATION>", "CARD": "[BANK_ACCOUNT]",
                               "PLATE": "[LICENSE_PLATE]"}.get(t)),
    "todo": Token(lambda t, c: c.r.choice(["待定", "待定", "待补充", "TBD", "TODO", "待填写", "待定（TBD）"])),
    "excel": Token(lambda t, c: c.r.choice(["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#REF!"]), types=NUMERIC_TYPES),
    "formula": Token(lambda t, c: c.r.choice(["=SUM(%s%d:%s%d)", "=%s%d/%s%d", "=AVERAGE(%s%d:%s%d)", "=ROUND(%s%d*%s%d,2)"])
                     % (c.r.choice("BCDEF"), c.r.randint(2, 5), c.r.choice("BCDEF"), c.r.randint(6, 20)), types=NUMERIC_TYPES),
    "merge": Token(lambda t, c: c.r.choice(["{ MERGEFIELD %s }" % FIELD[t][0], "{ MERGEFIELD %s }" % FIELD[t][1], "<<%s>>" % FIELD[t][0]])),
    "wechat": Token(lambda t, c: "{{%s.DATA}}" % c.r.choice(["first", "keyword1", "keyword2", "keyword3", "keyword4", "remark"])),
    "zero": Token(lambda t, c: c.r.choice(["0000-00-00", "0000-00-00 00:00:00", "0000年00月00日"]), types={"D"}),
    "year": XLike("x", types={"Y", "D", "YM", "DR", "BYM", "WYM", "BY"}),
}


# ---------------------------------------------------------------- context and filling
class Ctx:
    def __init__(self, r, flavor=None, p=0.0, types=None, year=None):
        self.r = r
        self.flavor = FLAVORS[flavor] if isinstance(flavor, str) else flavor
        self.p = p
        self.types = types
        self.nmask = 0
        self.idx = 0
        self.pt = self.pb = self.ps = p
        self.budget = None
        self.year = year or r.choice([2021, 2022, 2022, 2023, 2023, 2024])
        self.home, self.home_py = core_pair(r)
        self.home_suf = r.choice(["县", "区", "市", "县"])
        self.city = core(r)

    def next_idx(self):
        self.idx += 1
        return str(self.idx - 1)

    def fill(self, tpl, p=None):
        """Template with {TYPE} slots -> list of (kind, text)."""
        p = self.p if p is None else p
        out = []
        for k, piece in enumerate(re.split(r"\{([A-Z]+)\}", tpl)):
            if k % 2 == 0:
                if piece:
                    out.append(("t", piece))
                continue
            parts = slot_value(piece, self.r, self)
            segs = None
            if (self.flavor is not None and (self.types is None or piece in self.types)
                    and (self.budget is None or self.budget > 0) and self.r.random() < p):
                segs = self.flavor.mask(piece, parts, self)
                if segs is not None and self.budget is not None:
                    self.budget -= 1
            if segs is None:
                out.append(("t", "".join(t for t, _ in parts)))
            else:
                self.nmask += 1
                out.extend(segs)
        return out

    def plain(self, tpl):
        return "".join(s for _, s in self.fill(tpl, p=0.0))


def segs_text(segs):
    return "".join(s for _, s in segs)


def nmasked(segs):
    return sum(1 for k, _ in segs if k == "ph")


# ---------------------------------------------------------------- genre text (own sentences, invented entities)
REPORT_TITLES = [
    "{CTY}{Y}年工作总结及下一年工作计划", "{TOWN}{Y}年上半年工作情况汇报", "{ORG}{Y}年度工作总结",
    "关于{Y}年度重点工作推进情况的报告", "{CTY}{Y}年民生实事项目完成情况", "{TOWN}{Y}年工作总结",
    "{ORG}关于{Y}年工作开展情况的汇报", "{VIL}{Y}年度村务工作报告",
]
REPORT_HEADS = [
    "一、{Y}年主要工作成效", "（一）坚持稳中求进，经济运行总体平稳", "（二）聚焦民生短板，社会事业持续进步",
    "（三）强化基层治理，平安建设成效明显", "二、存在的问题和不足", "三、下一步工作打算",
    "（一）抓项目促投资", "（二）抓环境促提升", "（四）加强自身建设", "1.扎实推进乡村振兴",
    "2.持续改善人居环境", "3.稳步推进重点项目",
]
REPORT = [
    "截至{D}，全{CTY}累计完成农村危房改造{N}户，下达补助资金{M}万元。",
    "全年共组织开展安全生产检查{N}次，排查整改隐患{N}处，整改率达到{PR}%。",
    "{TOWN}新建高标准农田{N}亩，带动{N}户农户增收，户均增收{M}元。",
    "投入资金{M}万元，完成{VIL}至{VIL}道路硬化{NS}公里。",
    "全年接待群众来访{N}批{N}人次，按期办结率{PR}%。",
    "{ORG}牵头举办专场招聘会{NS}场，提供就业岗位{N}个，达成就业意向{N}人。",
    "新增市场主体{N}户，其中企业{N}户、个体工商户{N}户，同比增长{P}%。",
    "完成固定资产投资{MB}亿元，同比增长{P}%，完成年度目标任务的{PR}%。",
    "{MD}，{ORG}联合公安、消防等部门开展夜间联合检查，出动执法人员{N}人次。",
    "辖区{NS}所中小学完成校舍维修加固，涉及面积{NB}平方米，投入{M}万元。",
    "组织党员干部{N}人次参加志愿服务，开展各类主题活动{NS}场。",
    "发放各类惠农补贴资金{M}万元，惠及群众{N}人。",
    "城乡居民医保参保{NB}人，参保率{PR}%，较上年提高{P}个百分点。",
    "在{VIL}建成村级养老服务站{NS}个，全年服务老年人{N}人次。",
    "全年共受理行政审批事项{N}件，办结{N}件，群众满意率{PR}%。",
    "{PER}同志带队到{VIL}督导检查防汛工作，现场协调解决问题{NS}个。",
    "由{CO}承建的{PROJ}于{D}正式开工，总投资{M}万元。",
    "清理河道{NS}公里，拆除违章建筑{N}处，面积{NB}平方米。",
    "举办各类技能培训班{NS}期，培训{N}人次，考核合格率{PR}%。",
    "新建新能源汽车充电桩{N}个，覆盖{NS}个居民小区。",
    "年内累计办理不动产登记{N}宗，平均办理时限压缩至{NS}个工作日。",
    "实现地区生产总值{MB}亿元，增长{P}%；一般公共预算收入{MB}亿元。",
    "粮食播种面积稳定在{N}万亩，总产量{N}万吨。",
    "全{CTY}共发生一般火灾{NS}起，较去年同期下降{P}%。",
    "深入开展“送法进村”活动{N}次，发放宣传资料{NB}份。",
    "全域划分网格{N}个，配备专职网格员{N}名、兼职网格员{N}名。",
    "完成{NS}个老旧小区改造，惠及居民{N}户。",
    "审核发放最低生活保障金{M}万元，保障对象{N}户{N}人。",
    "全年引进项目{NS}个，协议投资额{MB}亿元，其中亿元以上项目{NS}个。",
    "{TOWN}人居环境整治累计投工投劳{NB}人次，清理垃圾杂物{N}吨。",
    "累计接种疫苗{NB}剂次，其中加强免疫{NB}剂次。",
    "全年完成植树造林{N}亩，森林覆盖率提高到{P}%。",
    "落实减税降费政策，为企业减负{M}万元，惠及市场主体{N}家。",
    "办理12345热线工单{NB}件，按时办结率{PR}%，回访满意率{PR}%。",
    "{VIL}村集体经济收入达到{M}万元，比上年增长{P}%。",
    "开展燃气安全隐患排查{N}户次，更换老化软管{N}条。",
    "新增城镇就业{NB}人，城镇登记失业率控制在{P}%以内。",
    "建成{TOWN}综合文化站，全年举办文体活动{N}场次，参与群众{NB}人次。",
    "{D}召开{Y}年度工作推进会，部署重点任务{NS}项。",
    "完成{PROJ}前期工作，计划总投资{M}万元，预计{YM}完工。",
    "排查整治食品安全风险点{N}个，立案查处{NS}宗，罚没款{M}万元。",
    "组织应急演练{NS}次，参演人员{N}人次，新增应急物资储备点{NS}个。",
    "全年农村居民人均可支配收入{NB}元，同比增长{P}%。",
    "推动{NS}家规上企业实施技术改造，完成技改投资{MB}亿元。",
    "帮助{N}名脱贫劳动力实现稳定就业，发放一次性交通补助{M}万元。",
]
NOTICE_TITLES = ["关于开展{Y}年度{TOPIC}工作的通知", "关于做好{TOPIC}有关工作的通知",
                 "{ORG}关于开展{TOPIC}的公告", "关于印发《{CTY}{TOPIC}实施方案》的通知"]
NOTICE = [
    "各乡镇人民政府、街道办事处，{CTY}直各有关单位：",
    "为切实做好{TOPIC}工作，经研究决定，现将有关事项通知如下：",
    "一、时间安排：{DR}。",
    "二、工作范围：全{CTY}{NS}个乡镇（街道）、{N}个村（社区）。",
    "三、报送要求：请各单位于{MD}前将工作总结和统计表报送至{EMAIL}。",
    "四、联系人：{PER}，联系电话：{TEL}。",
    "活动地点设在{ADDR}，届时请携带本人身份证原件。",
    "本次工作所需经费{M}万元由{CTY}财政统筹安排。",
    "请各单位高度重视，确定{NS}名联络员，于{MD}前报{ORG}。",
    "逾期未报送的，将在全{CTY}范围内予以通报。",
    "详细信息可登录{URL}查询。",
]
CONTRACT = [
    "甲方（发包人）：{ORG}", "乙方（承包人）：{CO}", "项目名称：{PROJ}",
    "合同价款：人民币{M}万元（大写：{CNAMT}）。", "工期：{DR}，共计{N}日历天。",
    "乙方应于合同签订后{NS}日内向甲方提交履约保证金{M}元。", "工程地点：{ADDR}",
    "甲方代表：{PER}，联系电话：{PHONE}", "乙方代表：{PER}，联系电话：{PHONE}",
    "开户银行：{CTY}农村商业银行，账号：{CARD}", "质量保修期为{NS}个月，自竣工验收合格之日起计算。",
    "本合同一式{NS}份，甲乙双方各执{NS}份，具有同等法律效力。",
    "逾期完工的，每逾期一日，乙方按合同价款的万分之{NS}向甲方支付违约金。",
]
MINUTES = [
    "会议时间：{D}上午9:00", "会议地点：{ORG}{NS}楼会议室", "主持人：{PER}",
    "参会人员：{PER}、{PER}、{PER}、{PER}", "记录人：{PER}",
    "会议听取了{ORG}关于{TOPIC}工作的汇报，研究部署了下一阶段任务。",
    "一、同意由{CO}实施{PROJ}，项目预算{M}万元。", "二、由{PER}同志牵头，{MD}前完成方案报审。",
    "三、会议要求各村（社区）于{MD}前完成自查，自查率达到{P}%。",
    "{PER}同志指出，要压实责任，确保按期完成目标任务。",
]
COURT = [
    "{CTY}人民法院定于{D}上午9时在本院第{NS}法庭公开开庭审理原告{PER}与被告{CO}劳动争议纠纷一案。",
    "{CTY}人民法院定于{D}下午14时30分在第{NS}审判庭公开开庭审理原告{CO}诉被告{PER}买卖合同纠纷一案。",
    "{CTY}人民法院定于{D}上午10时在{TOWN}人民法庭公开开庭审理原告{PER}诉被告{PER}民间借贷纠纷一案。",
    "案号：{CASE}", "审判长：{PER}", "书记员：{PER}",
    "被告人{PER}，男，{BY}年出生，住{ADDR}，因涉嫌盗窃罪于{D}被刑事拘留。",
    "本院受理上诉人{PER}与被上诉人{CO}房屋租赁合同纠纷一案，依法组成合议庭。",
]
BID = [
    "项目名称：{PROJ}", "项目编号：{CTYPY}-{Y}-{NS}", "采购人：{ORG}", "中标（成交）供应商：{CO}",
    "供应商地址：{ADDR}", "中标（成交）金额：{M}万元", "项目联系人：{PER}，联系电话：{TEL}",
    "公告期限：自本公告发布之日起{NS}个工作日。", "评审专家名单：{PER}、{PER}、{PER}、{PER}、{PER}",
    "本项目于{D}在{CTY}公共资源交易中心开标。",
]
PERSONNEL = [
    "{PER}，男，汉族，{BYM}生，大学学历，{WYM}参加工作，现任{ORG}办公室主任，拟任{ORG}副局长。",
    "{PER}，女，汉族，{BYM}生，研究生学历，{WYM}加入中国共产党，现任{TOWN}党委委员，拟提名为{TOWN}镇长候选人。",
    "{PER}，男，{BYM}生，在职大学学历，现任{VIL}党支部书记，拟任{TOWN}副镇长（试用期一年）。",
    "公示时间：{DR}。", "联系电话：{TEL}（{CTY}委组织部干部监督科）",
]
LETTER = [
    "{PER}：", "您于{D}通过12345热线反映的{VIL}路灯损坏问题已收悉。",
    "经{ORG}现场核查，该路段共有路灯{NS}盏，其中{NS}盏存在不同程度故障。",
    "我单位已于{MD}安排{CO}完成维修，维修费用{M}元。",
    "如对本答复有异议，可在收到答复之日起{NS}日内向{ORG}申请复查。",
    "感谢您对我们工作的支持。", "联系人：{PER}，电话：{TEL}",
]
NEWS = [
    "本报讯（记者 {PER} 通讯员 {PER}）{MD}，{CTY}{TOPIC}现场推进会在{TOWN}召开。",
    "据了解，今年以来{TOWN}共投入资金{M}万元，实施项目{NS}个。",
    "{ORG}负责人{PER}介绍，全{CTY}已有{N}个村完成整治，占比{P}%。",
    "“现在路灯亮了，晚上出门也方便了。”{VIL}村民{PER}说。",
    "下一步，{CTY}将继续加大投入，计划{Y}年底前实现全覆盖。",
]
KV = [
    "项目名称：{PROJ}", "建设单位：{ORG}", "施工单位：{CO}", "总投资（万元）：{M}", "开工时间：{YM}",
    "计划竣工时间：{YM}", "项目负责人：{PER}", "联系电话：{PHONE}", "建设地点：{ADDR}",
    "形象进度（%）：{P}", "年度计划投资（万元）：{M}", "累计完成投资（万元）：{M}",
]
CASES = [
    "{D}，{CTY}市场监管局接到群众举报，称{CO}销售过期食品。",
    "经查，当事人{PER}在未取得许可的情况下经营餐饮服务，违法所得{M}元。",
    "{CO}法定代表人{PER}对违法事实供认不讳，执法人员依法没收违法产品{N}件。",
    "依据相关规定，对{CO}作出罚款{M}元的行政处罚。",
    "{PER}（男，{AGE}岁，{TOWN}人）因酒后驾驶机动车被依法处以罚款{M}元并暂扣驾驶证{NS}个月。",
    "{D}，{PER}在{ADDR}附近被民警当场查获，现已被依法行政拘留{NS}日。",
    "村民{PER}与{PER}因宅基地界线问题发生纠纷，经{VIL}人民调解委员会调解达成协议。",
]


def expand_pseudo(tpl, ctx):
    return tpl.replace("{TOPIC}", ctx.r.choice(TOPICS)).replace("{CTYPY}", ctx.home_py.upper()[:4])


def fill2(ctx, tpl, p=None):
    return ctx.fill(expand_pseudo(tpl, ctx), p=p)


def report_body(ctx, r, nlines, heads=True):
    out = []
    pool = list(REPORT)
    r.shuffle(pool)
    while len(out) < nlines:
        if heads and r.random() < 0.25 and (not out or out[-1][0][1][:1] not in "一二三（1234"):
            out.append(fill2(ctx, r.choice(REPORT_HEADS)))
            continue
        k = r.choice([1, 1, 2, 2, 3])
        line = []
        for _ in range(k):
            if not pool:
                pool = list(REPORT)
                r.shuffle(pool)
            line.extend(fill2(ctx, pool.pop()))
        out.append(line)
    return out


def pool_lines(ctx, r, pool, k, ordered=True):
    k = min(k, len(pool))
    if ordered:
        start = r.randint(0, len(pool) - k)
        tpls = pool[start:start + k]
    else:
        tpls = r.sample(pool, k)
    return [fill2(ctx, t) for t in tpls]


def signature(ctx, r, kind="org"):
    if kind == "org":
        return [fill2(ctx, "{ORG}"), fill2(ctx, "{D}")]
    if kind == "town":
        return [fill2(ctx, "{TOWN}人民政府"), fill2(ctx, "{D}")]
    return [fill2(ctx, "{CTY}人民政府办公室"), fill2(ctx, "{D}印发")]


def genre_doc(ctx, r, genre, nlines):
    """-> (title segs or None, body lines, signature lines); ctx.pt/pb/ps are the
    masking probabilities of title, body and signature."""
    def T(tpl):
        return ctx.fill(expand_pseudo(tpl, ctx), p=ctx.pt)

    def S(kind="org"):
        ctx.p = ctx.ps
        out = signature(ctx, r, kind)
        ctx.p = ctx.pb
        return out

    ctx.p = ctx.pb
    if genre == "report":
        title = T(r.choice(REPORT_TITLES)) if r.random() < 0.6 else None
        body = report_body(ctx, r, nlines)
        sig = S(r.choice(["org", "town"])) if r.random() < 0.3 else []
        return title, body, sig
    if genre == "notice":
        title = T(r.choice(NOTICE_TITLES))
        return title, pool_lines(ctx, r, NOTICE, nlines), S()
    if genre == "contract":
        title = [("t", r.choice(["建设工程施工合同", "政府采购合同", "技术服务合同", "物业服务合同", "房屋租赁合同"]))]
        return title, pool_lines(ctx, r, CONTRACT, nlines), []
    if genre == "minutes":
        title = T(r.choice(["{ORG}党组会议纪要", "{TOWN}党政联席会议纪要", "{TOPIC}工作专题会议纪要"]))
        return title, pool_lines(ctx, r, MINUTES, nlines), []
    if genre == "court":
        title = [("t", r.choice(["开庭公告", "开庭公告", "法庭公告"]))]
        return title, pool_lines(ctx, r, COURT, nlines, ordered=False), []
    if genre == "bid":
        title = T("{PROJ}中标结果公告")
        return title, pool_lines(ctx, r, BID, nlines), []
    if genre == "personnel":
        title = T("{CTY}委组织部干部任前公示")
        body = [fill2(ctx, r.choice(PERSONNEL[:3])) for _ in range(max(1, nlines - 2))] + pool_lines(ctx, r, PERSONNEL[3:], 2)
        return title, body, []
    if genre == "letter":
        title = [("t", r.choice(["信访事项答复意见书", "12345热线工单办理答复", "网络问政回复"]))]
        return title, pool_lines(ctx, r, LETTER, nlines), S()
    if genre == "news":
        return T("{CTY}扎实推进{TOPIC}"), pool_lines(ctx, r, NEWS, nlines), []
    if genre == "kv":
        title = T(r.choice(["{Y}年重点项目信息表", "政府投资项目基本情况", "项目公示牌"]))
        return title, pool_lines(ctx, r, KV, nlines, ordered=False), []
    if genre == "cases":
        title = [("t", r.choice(["典型案例通报", "行政处罚案例", "以案释法", "警情通报"]))]
        return title, pool_lines(ctx, r, CASES, nlines, ordered=False), []
    raise KeyError(genre)


# ---------------------------------------------------------------- traditional characters with pinyin
# (simplified, traditional, pinyin) -- used for the "發(fā)展" converter artefact and for traditional text
_TRAD = """发發fā 区區qū 领領lǐng 导導dǎo 动動dòng 远遠yuǎn 设設shè 项項xiàng 坚堅jiān 务務wù 经經jīng
济濟jì 会會huì 业業yè 产產chǎn 实實shí 现現xiàn 进進jìn 这這zhè 为為wèi 时時shí 国國guó 开開kāi 关關guān
长長cháng 门門mén 问問wèn 题題tí 过過guò 还還hái 对對duì 电電diàn 东東dōng 车車chē 书書shū 学學xué 习習xí
见見jiàn 说說shuō 语語yǔ 计計jì 划劃huà 认認rèn 识識shí 议議yì 论論lùn 记記jì 证證zhèng 评評píng 试試shì
请請qǐng 让讓ràng 讲講jiǎng 调調diào 组組zǔ 织織zhī 级級jí 红紅hóng 纪紀jì 约約yuē 线線xiàn 练練liàn
终終zhōng 给給gěi 统統tǒng 绩績jì 维維wéi 网網wǎng 总總zǒng 续續xù 绿綠lǜ 编編biān 缴繳jiǎo 财財cái 贯貫guàn
责責zé 贫貧pín 资資zī 费費fèi 贷貸dài 质質zhì 购購gòu 输輸shū 转轉zhuǎn 农農nóng 环環huán 围圍wéi 园園yuán
图圖tú 团團tuán 场場chǎng 块塊kuài 报報bào 执執zhí 扩擴kuò 护護hù 担擔dān 拥擁yōng 据據jù 挥揮huī 换換huàn
权權quán 极極jí 构構gòu 标標biāo 样樣yàng 机機jī 检檢jiǎn 楼樓lóu 树樹shù 桥橋qiáo 气氣qì 汇匯huì 没沒méi
沟溝gōu 泽澤zé 洁潔jié 润潤rùn 温溫wēn 湾灣wān 满滿mǎn 灾災zāi 点點diǎn 热熱rè 爱愛ài 状狀zhuàng 疗療liáo
监監jiān 县縣xiàn 础礎chǔ 确確què 种種zhǒng 积積jī 称稱chēng 稳穩wěn 税稅shuì 笔筆bǐ 节節jié 范範fàn
简簡jiǎn 类類lèi 粮糧liáng 紧緊jǐn 职職zhí 联聯lián 胜勝shèng 艺藝yì 药藥yào 获獲huò 营營yíng 号號hào
补補bǔ 装裝zhuāng 观觀guān 规規guī 视視shì 觉覺jué 训訓xùn 许許xǔ 访訪fǎng 诊診zhěn 详詳xiáng 诚誠chéng
谐諧xié 负負fù 贡貢gòng 货貨huò 贸貿mào 赢贏yíng 军軍jūn 办辦bàn 边邊biān 达達dá 迁遷qiān 运運yùn 连連lián
选選xuǎn 违違wéi 适適shì 邮郵yóu 乡鄉xiāng 释釋shì 钱錢qián 铁鐵tiě 银銀yín 销銷xiāo 错錯cuò 镇鎮zhèn
闭閉bì 间間jiān 闻聞wén 阶階jiē 际際jì 陆陸lù 险險xiǎn 随隨suí 难難nán 顶頂dǐng 顺順shùn 须須xū 顾顧gù
预預yù 频頻pín 额額é 风風fēng 饮飲yǐn 馆館guǎn 验驗yàn 鱼魚yú 齐齊qí 龙龍lóng 万萬wàn 与與yǔ 专專zhuān
丰豐fēng 临臨lín 举舉jǔ 义義yì 乐樂lè 争爭zhēng 亲親qīn 优優yōu 价價jià 众眾zhòng 传傳chuán 体體tǐ 储儲chǔ
党黨dǎng 兴興xīng 养養yǎng 写寫xiě 决決jué 况況kuàng 减減jiǎn 击擊jī 创創chuàng 则則zé 剧劇jù 劳勞láo
势勢shì 励勵lì 协協xié 单單dān 卫衛wèi 厂廠chǎng 历歷lì 压壓yā 参參cān 双雙shuāng 变變biàn 后後hòu
员員yuán 响響xiǎng 启啟qǐ 圣聖shèng 坛壇tán 声聲shēng 处處chù 备備bèi 复復fù 头頭tóu 奋奮fèn 妇婦fù
宁寧níng 宽寬kuān 审審shěn 寻尋xún 将將jiāng 层層céng 岁歲suì 币幣bì 师師shī 带帶dài 帮幫bāng 广廣guǎng
庆慶qìng 应應yīng 库庫kù 废廢fèi 异異yì 张張zhāng 强強qiáng 归歸guī 当當dāng 录錄lù 彻徹chè 态態tài
战戰zhàn 户戶hù 扰擾rǎo 拟擬nǐ 择擇zé 数數shù 显顯xiǎn 暂暫zàn 术術shù 杂雜zá 条條tiáo 来來lái 档檔dàng
欢歡huān 毕畢bì 测測cè 湿濕shī 灭滅miè 灯燈dēng 灵靈líng 烟煙yān 献獻xiàn 画畫huà 畅暢chàng 盐鹽yán
盘盤pán 矿礦kuàng 码碼mǎ 离離lí 竞競jìng 筑築zhù 签簽qiān 纠糾jiū 纳納nà 纸紙zhǐ 细細xì 结結jié 络絡luò
绝絕jué 继繼jì 综綜zōng 缓緩huǎn 缩縮suō 罚罰fá 脱脫tuō 艰艱jiān 荣榮róng 蓝藍lán 虽雖suī 袭襲xí 誉譽yù
讯訊xùn 诉訴sù 谈談tán 话話huà 读讀dú 医醫yī 卖賣mài 买買mǎi 质質zhì 阵陣zhèn 驻駐zhù 鸡雞jī 厅廳tīng"""
_TRAD += """ 个個gè 旧舊jiù 队隊duì 岗崗gǎng 诈詐zhà 兰蘭lán 晖暉huī 丽麗lì 华華huá 杰傑jié 涛濤tāo 飞飛fēi 鸣鳴míng
凤鳳fèng 鹤鶴hè 云雲yún 苏蘇sū 杨楊yáng 刘劉liú 陈陳chén 赵趙zhào 吴吳wú 孙孫sūn 郑鄭zhèng 谢謝xiè 韩韓hán
冯馮féng 邓鄧dèng 罗羅luó 钟鍾zhōng 谭譚tán 贾賈jiǎ 韦韋wéi 邹鄒zōu 龚龔gōng 严嚴yán 汤湯tāng 贺賀hè 闫閆yán
卢盧lú 刚剛gāng 伟偉wěi 静靜jìng 艳艷yàn 鹏鵬péng 辉輝huī 岭嶺lǐng 庄莊zhuāng 阳陽yáng 枫楓fēng 坏壞huài
盏盞zhǎn 贴貼tiē 亿億yì 纷紛fēn 驾駕jià 驶駛shǐ 厕廁cè 盖蓋gài 准準zhǔn 询詢xún 损損sǔn 仪儀yí 仓倉cāng
钢鋼gāng 账賬zhàng 订訂dìng 贰貳èr 听聽tīng 讼訟sòng 赁賃lìn 盗盜dào 窃竊qiè 于於yú 汉漢hán 严嚴yán
宾賓bīn 览覽lǎn 员員yuán 满滿mǎn 顿頓dùn 锦錦jǐn 鼎鼎dǐng 汇匯huì 远遠yuǎn 达達dá 宏宏hóng 图圖tú
启啟qǐ 润潤rùn 博博bó 聚聚jù 舟舟zhōu 澜瀾lán 隆隆lóng 昌昌chāng 务務wù 贸貿mào 饮飲yǐn 劳勞láo 咨諮zī"""
TRAD = {}
for _tok in _TRAD.split():
    if _tok[0] != _tok[1]:
        TRAD.setdefault(_tok[0], (_tok[1], _tok[2:]))


# ---------------------------------------------------------------- foreign / special material (own text)
RUSSIAN = ["Добро пожаловать в наш город", "Меморандум о сотрудничестве", "Спасибо за внимание",
           "Центр культурного обмена", "Торговая выставка приграничных регионов", "Мы ценим нашу дружбу"]
JAPANESE = ["ご協力いただき誠にありがとうございます", "地域の伝統工芸を未来へつなぐ", "東京都内の小学校を視察しました",
            "お問い合わせは窓口までどうぞ", "持続可能なまちづくりを進めます", "姉妹都市交流三十周年記念式典"]
KOREAN = ["함께 성장하는 미래를 만들어 갑시다", "교류 협력 협약식", "감사합니다", "지역 축제에 오신 것을 환영합니다",
          "우호 도시 대표단"]
GREEK = ["Καλώς ήρθατε", "δημοκρατία", "φιλοσοφία", "Ευχαριστώ πολύ", "Αθήνα"]
FRENCH = ["Développement durable des régions rurales", "Bienvenue à la fête de la récolte",
          "Coopération économique et scientifique", "Hôtel de ville", "Musée des Beaux-Arts", "Théâtre de l'Odéon"]
GERMAN = ["Energiewende", "Straßenbahn", "Fußgängerzone", "Müller Maschinenbau GmbH", "Grüße aus München"]
SPANISH = ["Año de la innovación", "Señora Martínez", "Mañana de cooperación", "Educación pública"]
VIET = ["Nguyễn Thị Hương", "Hội chợ thương mại biên giới", "Cảm ơn quý khách", "Phạm Văn Đức", "Trần Quốc Bảo", "Thành phố Hồ Chí Minh", "Lạng Sơn", "Hợp tác phát triển"]
TURKISH = ["İstanbul", "Teşekkür ederim", "Türkiye", "Şanlıurfa", "Çağlar Öztürk", "Gaziantep Ticaret Odası"]
POLISH = ["Łódź", "Gdańsk", "Dziękuję bardzo", "Kraków", "Wrocław", "Małgorzata Wiśniewska", "Szczecin"]
IPA = ["[fa˥˥ ʈʂan˨˩˦]", "/θɔːt/", "[ɕjɛn˥˩ tsai˥˩]", "/ˌɪntərˈnæʃənl/", "[tʂʰɤ˥˥]", "/ʃəˈdjuːl/"]
CZECH = ["Antonín Dvořák", "Plzeň", "Karlovy Vary", "Brno–Královo Pole"]
EMOJI = ["👍", "🎉", "❤️", "🔥", "📢", "✅", "🌸", "😊", "🙏", "⚠️", "📍", "👏👏", "🚗", "☀️"]
RARE_GIVEN = ["喆", "堃", "犇", "赟", "珺", "玥", "昇", "琇", "龑", "嫚", "翀", "燊", "垚", "淏", "暻", "甡",
              "旻", "琤", "沄", "彧", "頔", "瑄", "祎", "禛", "镕"]
RARE_EXT = ["𫖯", "𬌗", "䶮"]   # outside GBK (Ext-A/B/E): the first to become '?'
TRAD_SENT = [
    "本會將繼續推動兩岸青年交流，擴大合作範圍。", "香港特區政府發言人表示，相關措施將於下月起實施。",
    "臺北市政府舉辦的文化節吸引了大批市民參與。", "澳門旅遊局公布，上月入境旅客人次按年增長。",
    "該計劃旨在協助中小企業開拓海外市場。", "活動現場設有多個展位，介紹各地特色產品。",
    "會議討論了社區環境衛生和交通安全問題。", "學校為新生舉辦了開學典禮及迎新活動。",
    "主辦單位感謝各界人士對本次展覽的支持。", "新建的圖書館預計明年開放，藏書超過十萬冊。",
]
TRANSLIT = ["艾琳·沃克", "托马斯·伯格", "安娜·科瓦尔斯卡", "米哈伊尔·彼得罗夫", "让-皮埃尔·杜邦", "玛丽亚·冈萨雷斯"]
# trap sentences: realistic look-alikes that are NOT placeholders / NOT damage
PH_TRAPS = {
    "xword": ["为{NS}所学校配备X光安检机{NS}台。", "推进“1+X”证书制度试点，{N}名学生取得职业技能等级证书。",
              "采购x86架构服务器{NS}台，国产化替代率达到{P}%。", "人民医院新购X射线计算机断层扫描设备{NS}台。",
              "统一配发工作服，其中XL码{N}套、XXL码{N}套、XXXL码{NS}套。", "建立“7+X”联席工作机制，每周召开一次例会。",
              "开展X染色体相关遗传病筛查{N}例。", "图中X轴表示月份，Y轴表示完成投资额（万元）。",
              "展厅引入VR、AR、XR等沉浸式体验设备{NS}套。", "在商场入口摆放X展架{NS}个，张贴宣传海报{N}张。",
              "本次体检项目包括血常规、心电图和X线胸片。", "尺码可选S、M、L、XL、XXL。", "办公电脑统一安装Linux x86_64版本操作系统。",
              "邀请SpaceX前工程师作专题讲座。", "校运会设立“X+1”趣味接力项目。"],
    "times": ["政务服务热线实行7×24小时服务。", "窗口推行“5×8小时”工作制，周末可预约办理。", "会议室面积约为6×8米。",
              "户外大屏分辨率为3840×2160。", "在4×100米接力比赛中获得第一名。", "按照3×3米的株行距补植苗木{N}株。",
              "钢筋规格为Φ12×6000毫米。", "采用“1×N”结对帮扶模式。"],
    "mou": ["在某种程度上，基层治理能力仍有待提升。", "某些村（社区）仍存在重部署、轻落实的问题。",
            "不能因为某一项指标完成较好就放松其他工作。", "某年某月某日，一位老人拿着一张泛黄的照片来到档案馆。",
            "对某些长期未整改的问题要挂牌督办。", "从某种意义上说，这也是对干部作风的一次检验。",
            "市民王先生来电反映，小区门口路灯已修复。", "家住{VIL}的李阿姨告诉记者，现在办事方便多了。"],
    "star": ["带*号的为必填项。", "该景区被评为国家AAAA级旅游景区。", "游客评价：★★★★☆（4.6分）。",
             "注：***、**、*分别表示在1%、5%和10%的水平上显著。", "星级评定结果为★★★。"],
    "bracket": ["【政策解读】", "【本期导读】", "【典型案例】", "【工作动态】"],
    "brace": ["设集合A={1, 2, 3}，B={x | x>1}，则A∩B={2, 3}。", "已知函数f(x)=2x+1，求f(3)的值。"],
    "percent": ["白酒样品酒精度为52%vol。", "使用0.9%氯化钠注射液进行冲洗。", "同比增长12%，环比增长3%。"],
    "under": ["文件命名统一采用“单位简称_年份_类别”格式。", "系统登录账号格式为姓名拼音_工号。"],
    "hash": ["{NS}#楼已完成主体封顶。", "#2机组完成检修并网发电。", "1#高炉年产铁水{N}万吨。"],
    "dollar": ["出口额达到3.2亿美元（US$320 million）。", "单价为$12.99。"],
    "math": ["用待定系数法求二次函数的解析式。", "设该村去年人均收入为x元，则今年为1.1x元。", "已知2x+3=11，解得x=4。"],
    "year": ["本办法自二〇二三年三月一日起施行。", "该馆始建于二〇〇八年，{Y}年完成改扩建。", "老街建筑多建于一九九〇年代。",
             "落款日期为二〇二二年十二月三十日。"],
    "letters": ["甲方与乙方应当按照本合同约定履行义务。", "参考文献[1][2]对此有详细论述。", "A栋、B栋已交付使用。"],
    "en": ["活动主题为“Green City, Better Life”。", "联系方式：service@{PY}.gov.cn"],
}
MJ_TRAPS = {
    "russian": ["俄方代表在致辞中说：“{RU}”。", "合作备忘录俄文标题为«{RU}»。"],
    "japanese": ["日方来信中写道：「{JP}」。", "展板上的日文介绍为「{JP}」。"],
    "korean": ["韩方代表团团长用韩语致辞：“{KR}”。", "横幅上写着“{KR}”。"],
    "greek": ["希腊语“{GR}”一词在讲座中被多次提及。"],
    "french": ["法方合作伙伴的项目名称为《{FR}》。", "宣传册法文版标语：« {FR} »。"],
    "german": ["德国专家介绍了“{DE}”的经验。"],
    "spanish": ["西班牙语版本译作“{ES}”。"],
    "viet": ["越南合作方资料中写有“{VI}”。", "展会越南语标识：“{VI}”。"],
    "turkish": ["土耳其合作方资料中写有“{TR}”。", "展板上的土耳其文：“{TR}”。"],
    "polish": ["波兰合作方资料中写有“{PL}”。", "意向书封面上的波兰文：“{PL}”。"],
    "ipa": ["该词的国际音标为{IPA}。", "英语教师示范了单词的读音{IPA}。"],
    "czech": ["音乐会演奏了{CZ}的作品。"],
    "emoji": ["活动现场气氛热烈{EM}", "{EM}温馨提示：雨天路滑，注意出行安全。", "点赞！{EM}{EM}", "{EM}报名截至本周五。"],
    "rare": ["获奖学生名单：{RARE}、{RARE}、{RARE}。", "本次比赛由选手{RARE}夺得第一名。"],
    "pinyin": ["本课学习“发展(fāzhǎn)”一词，并用它造句。", "生字：奋(fèn)、斗(dòu)、创(chuàng)。",
               "注意“长(zhǎng)大”和“长(cháng)短”的读音区别。", "词语“和谐(héxié)”的意思是配合得适当。"],
    "htmlcode": ["在网页模板中，段落用<p>标签包裹，例如<p class=\"intro\">简介</p>。",
                 "如需在HTML中显示小于号，应写作&lt;，不换行空格写作&nbsp;。",
                 "编辑器会把换行转换为<br/>标签，入库前需统一处理。", "字符实体&amp;表示“&”符号本身。"],
    "url": ["详情请访问https://www.{PY}.gov.cn/zwgk/tzgg/{Y}03/t{Y}0315_{NB}.html。",
            "附件：{Y}年度考核结果汇总表.xlsx", "电子邮箱：bgs_{PY}@163.com",
            "检索链接：https://search.{PY}.gov.cn/s?q=%E6%94%BF%E5%8A%A1&page=2"],
    "trad": ["{TRAD}"],
    "symbols": ["PM2.5年均浓度为{NS}μg/m³，优良天数比例{P}%。", "当日气温在−3℃～8℃之间。",
                "测量误差控制在±0.5%以内。", "新建厂房面积{N}㎡。", "断面水质稳定在Ⅲ类以上。",
                "电阻值为4.7kΩ，功率≥200W。", "出生率为{NS}‰。", "步骤①②③依次完成。"],
    "box": ["┌────┬────┐\n│项目│金额│\n└────┴────┘"],
    "code": ["正则表达式^\\d{6}$用于校验邮政编码。", "模板文件存放在D:\\data\\templates\\目录下。",
             "在Python中，字符串'\\n'表示换行符。", "LaTeX中使用\\alpha和\\beta输入希腊字母。"],
    "amp": ["与AT&T等企业开展合作洽谈。", "加大R&D经费投入，研发强度达到{P}%。", "现场设置Q&A环节。", "新增B&B民宿{NS}家。"],
    "lookalike": ["请将文件拷贝至指定文件夹。", "蔬菜平均价格为每斤{NS}元。", "刚出锅的汤很烫，请小心。",
                  "{VIL}下辖一个自然村叫小屯。", "经理王锟介绍了项目进展。", "斤斤计较不可取。"],
    "cantonese": ["粤语“唔该”表示感谢。", "受访老人说：“佢哋今日冇嚟。”"],
    "translit": ["外方专家{TL}应邀出席座谈会。"],
}


def trap_segs(ctx, cat, table):
    r = ctx.r
    used = ctx.__dict__.setdefault("used_traps", set())
    opts = [t for t in table[cat] if t not in used] or table[cat]
    tpl = r.choice(opts)
    used.add(tpl)
    rep = {
        "{RU}": lambda: r.choice(RUSSIAN), "{JP}": lambda: r.choice(JAPANESE), "{KR}": lambda: r.choice(KOREAN),
        "{GR}": lambda: r.choice(GREEK), "{FR}": lambda: r.choice(FRENCH), "{DE}": lambda: r.choice(GERMAN),
        "{ES}": lambda: r.choice(SPANISH), "{VI}": lambda: r.choice(VIET), "{TR}": lambda: r.choice(TURKISH),
        "{PL}": lambda: r.choice(POLISH), "{IPA}": lambda: r.choice(IPA), "{CZ}": lambda: r.choice(CZECH),
        "{EM}": lambda: r.choice(EMOJI), "{RARE}": lambda: r.choice(SURNAMES) + r.choice(RARE_GIVEN),
        "{TRAD}": lambda: r.choice(TRAD_SENT), "{PY}": lambda: ctx.home_py, "{TL}": lambda: r.choice(TRANSLIT),
    }
    for k, f in rep.items():
        while k in tpl:
            tpl = tpl.replace(k, f(), 1)
    return ctx.fill(tpl, p=0.0)


# ---------------------------------------------------------------- damage (real codecs)
DMG = {}


def dmg(name):
    def deco(fn):
        DMG[name] = fn
        return fn
    return deco


@dmg("utf8_gbk")
def _d(s, r):
    return s.encode("utf-8").decode("gbk", r.choice(["replace", "replace", "t30_qmark"]))


@dmg("utf8_gbk_ignore")
def _d(s, r):
    return s.encode("utf-8").decode("gbk", "ignore")


@dmg("utf8_gb18030")
def _d(s, r):
    return s.encode("utf-8").decode("gb18030", "replace")


@dmg("kunjinkao")
def _d(s, r):
    return s.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")


@dmg("tangtang")
def _d(s, r):
    b = r.choice([b"\xcc", b"\xcd"]) * (2 * max(2, len(s)))
    return b.decode("gbk")


@dmg("utf8_cp1252")
def _d(s, r):
    return s.encode("utf-8").decode("cp1252", r.choice(["t30_c1", "replace"]))


@dmg("utf8_latin1")
def _d(s, r):
    return s.encode("utf-8").decode("latin-1")


@dmg("double_cp1252")
def _d(s, r):
    once = s.encode("utf-8").decode("cp1252", "t30_c1")
    return once.encode("utf-8").decode("cp1252", "t30_c1")


@dmg("gbk_utf8")
def _d(s, r):
    return s.encode("gbk").decode("utf-8", "replace")


@dmg("ascii_q")
def _d(s, r):
    return s.encode(r.choice(["ascii", "latin-1"]), "replace").decode("latin-1")


@dmg("gbk_q")
def _d(s, r):
    return s.encode(r.choice(["gb2312", "gb2312", "gbk"]), "replace").decode("gbk")


@dmg("gbk_drop")
def _d(s, r):
    b = s.encode("gbk")
    hi = [i for i in range(len(b) - 2) if b[i] >= 0x81]
    if not hi:
        raise Regen("nothing to shift")
    i = r.choice(hi[: max(1, len(hi) // 2)])
    return (b[:i] + b[i + 1:]).decode("gbk", r.choice(["replace", "t30_qmark"]))


@dmg("big5_gbk")
def _d(s, r):
    return s.encode("big5").decode("gbk", "replace")


@dmg("gbk_big5")
def _d(s, r):
    return s.encode("gbk").decode("big5", "replace")


@dmg("sjis_gbk")
def _d(s, r):
    return s.encode("shift_jis").decode("gbk", "replace")


@dmg("gbk_sjis")
def _d(s, r):
    return s.encode("gbk").decode("shift_jis", "replace")


@dmg("utf8_koi8r")
def _d(s, r):
    return s.encode("utf-8").decode("koi8_r")


@dmg("cp1251_cp1252")
def _d(s, r):
    return s.encode("cp1251").decode("cp1252", "t30_c1")


@dmg("utf16be_le")
def _d(s, r):
    return s.encode("utf-16-be").decode("utf-16-le", "replace")


@dmg("utf8_utf16")
def _d(s, r):
    return s.encode("utf-8").decode(r.choice(["utf-16-le", "utf-16-be"]), "replace")


@dmg("gbk_euckr")
def _d(s, r):
    return s.encode("gbk").decode("euc_kr", "replace")


@dmg("utf8_macroman")
def _d(s, r):
    return s.encode("utf-8").decode("mac_roman")


@dmg("gbk_cp437")
def _d(s, r):
    return s.encode("gbk").decode("cp437")


@dmg("gbk_latin1")
def _d(s, r):
    return s.encode("gbk").decode(r.choice(["latin-1", "cp1252"]), "t30_c1")


def named_entities(s, keep=""):
    from html.entities import codepoint2name
    return "".join("&%s;" % codepoint2name[ord(c)] if ord(c) in codepoint2name and c not in keep and ord(c) > 127 else c for c in s)


@dmg("html_named")
def _d(s, r):
    return named_entities(s)


@dmg("ncr_dec")
def _d(s, r):
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")


@dmg("ncr_hex")
def _d(s, r):
    return s.encode("ascii", "t30_hexref").decode("ascii")


@dmg("ncr_double")
def _d(s, r):
    return html.escape(s.encode("ascii", "xmlcharrefreplace").decode("ascii"))


@dmg("uni_esc")
def _d(s, r):
    return s.encode("unicode_escape").decode("ascii")


@dmg("json_double")
def _d(s, r):
    return json.dumps(json.dumps(s)[1:-1])[1:-1]


@dmg("percent")
def _d(s, r):
    return urllib.parse.quote(s, safe="", encoding=r.choice(["utf-8", "utf-8", "gbk"]))


@dmg("qp")
def _d(s, r):
    return quopri.encodestring(s.encode(r.choice(["utf-8", "utf-8", "gb2312"]))).decode("ascii")


@dmg("enc_word")
def _d(s, r):
    if r.random() < 0.3:
        import email.charset as _cs
        cs = _cs.Charset("utf-8")
        cs.header_encoding = _cs.QP
        return Header(s, cs).encode()
    return Header(s, r.choice(["utf-8", "utf-8", "gbk", "gb18030"])).encode()


@dmg("rtf_hex")
def _d(s, r):
    return "".join(chr(b) if b < 128 else "\\'%02x" % b for b in s.encode("gbk"))


@dmg("rtf_uni")
def _d(s, r):
    return s.encode("ascii", "t30_rtf").decode("ascii")


@dmg("hz")
def _d(s, r):
    return s.encode("hz").decode("ascii")


@dmg("utf7")
def _d(s, r):
    return s.encode("utf-7").decode("ascii")


@dmg("bytes_repr")
def _d(s, r):
    return str(s.encode(r.choice(["utf-8", "utf-8", "gbk"])))


@dmg("iso2022jp")
def _d(s, r):
    return s.encode("iso2022_jp").decode("ascii")


@dmg("truncate")
def _d(s, r):
    b = s.encode("utf-8")
    cut = len(b) - r.choice([1, 2])
    return b[:cut].decode("utf-8", "replace")


@dmg("bitflip")
def _d(s, r):
    b = bytearray(s.encode("utf-8"))
    lead = [i for i, x in enumerate(b) if x >= 0xE0]
    if not lead:
        raise Regen("no multibyte")
    i = r.choice(lead) + r.choice([1, 2])
    b[i] = r.choice([0x20, 0x3F, 0xFF, 0x41])
    return bytes(b).decode("utf-8", "replace")


KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    KANGXI.setdefault(unicodedata.normalize("NFKC", chr(_cp)), chr(_cp))


@dmg("kangxi")
def _d(s, r):
    out = "".join(KANGXI.get(c, c) if r.random() < 0.9 else c for c in s)
    return out


@dmg("cid")
def _d(s, r):
    # pdfminer-style output for glyphs without a ToUnicode entry
    base = r.randint(300, 900)
    return "".join("(cid:%d)" % (base + (ord(c) * 7) % 4000) if "\u4e00" <= c <= "\u9fff" else c for c in s)


def pinyin_artifact(s, r, rate=0.75, qrate=0.0):
    """traditional conversion + ASCII-parenthesised pinyin after converted characters.
    Returns list of (bad, clean) pieces: clean is the traditional character alone."""
    pieces = []
    for c in s:
        if c in TRAD:
            tc, py = TRAD[c]
            if r.random() < rate:
                pieces.append((tc + "(" + py + ")", tc))
            else:
                pieces.append((tc, tc))
        else:
            pieces.append((c, c))
    return pieces


# ---------------------------------------------------------------- checks shared by generation and --verify
# does a labelled placeholder span hold a placeholder?  (lenient: one recognisable token)
PH_TOKEN = re.compile(r"""
    [xXｘＸ×○〇*＊某]
  | 【[^】]*】
  | \{\{[^}]*\}\} | \$\{[^}]*\} | \{[\w.]*\} | \{\s*MERGEFIELD
  | %(?:\(\w+\))?(?:\d+\$)?[-+\ 0\#]*\d*(?:\.\d+)?l{0,2}[sdfiu@]
  | [_＿]{2,}
  | [（(][^）)]*(?:填写|补充|请根据|插入)[^）)]*[）)]
  | \[[^\]]+\] | «[^»]+» | <<[^>]+>> | <[A-Z_]+> | <[\u4e00-\u9fff]+>
  | TODO | TBD | FIXME | 待定 | 待补充 | 待填写
  | \#(?:REF!|N/A|DIV/0!|VALUE!|NAME\?)
  | ^=[A-Z]+[(\d]
  | 0000-00-00 | 0000年00月00日
  | Lorem | ipsum | 请输入 | 在此输入 | 示例 | 这里是
  | ^[\s\u3000]+年[\s\u3000]+月[\s\u3000]+日$
""", re.X)

# strict: things that must not appear outside placeholder spans (or anywhere in a negative)
SURNAME_CLASS = "[" + SURNAMES + "]"
STRICT_PH = re.compile(r"""
    (?<![A-Za-z])[xXｘＸ]{2,}(?![A-Za-z])
  | (?<![A-Za-z\d])[xX](?=[月日年号户人个家元%])
  | ×{2,} | (?<![一二三四五六七八九〇零])[○〇]{2,}
  | \d{3,}[*＊]{3,}\d{2,} | """ + SURNAME_CLASS + r"""[*＊]{1,3}(?![*＊\d])
  | 某某 | """ + SURNAME_CLASS + r"""某(?![些种年月日天一方处地])
  | 【[^】]{0,12}(?:名称|姓名|日期|金额|填写|补充|单位名|地址|电话|数据|待定|签名|验证码)[^】]{0,12}】 | 【\s*】
  | \{\{ | \$\{ | %(?:\(\w+\))?(?:\d+\$)?[-.\d]*l{0,2}[sd@](?![a-zA-Z]) | (?<![\\A-Za-z0-9])\{(?:\d+|[a-z_]+)\}
  | _{3,} | ＿{2,}
  | [（(][^）)]*(?:此处|请填写|请根据|待补充)[^）)]*[）)] | \[[^\]]*(?:插入|填写|Insert|Name\]|Date\]|此处)[^\]]*\]
  | «[\u4e00-\u9fff]+» | <<[^>]+>> | <[A-Z_]{3,}> | MERGEFIELD
  | TODO | TBD | FIXME | 待定(?!系数) | 待补充 | 待填写
  | \#(?:REF!|N/A|DIV/0!|VALUE!|NAME\?) | 0000-00-00 | Lorem\ ipsum | 请输入
""", re.X)

# mojibake markers that must not appear in placeholder records (nor in plain negatives)
STRICT_MJ = re.compile(r"""
    锟斤拷 | 烫烫 | 屯屯 | \ufffd | &nbsp; | &amp; | &\#\d+; | &\#x[0-9A-Fa-f]+; | &[a-z]+;
  | \\u[0-9a-fA-F]{4} | \\x[0-9a-f]{2} | %[0-9A-F]{2}%[0-9A-F]{2} | =[0-9A-F]{2}=[0-9A-F]{2}
  | Ã | Â | â€ | å[\x80-\xbf‘’“”•–—˜™šœžŸ] | ï»¿ | \(cid:\d+\) | [\u2F00-\u2FD5] | [\x80-\x9f\x1b]
  | [\u4e00-\u9fff]\([a-zü]*[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ][a-zü]*\) | </?(?:span|p|br|strong|div|font)\b | \?/[a-z]+>
  | 鍙 | 鈥 | 锛 | 涓 | 鏈 | 鐨
""", re.X)


def outside(text, spans):
    """text with every span blanked out (same length)."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = "\u0000"
    return "".join(chars)


def check_record(rec, strict_mj_neg=True):
    """Return a list of problems (empty when fine)."""
    probs = []
    text, spans, label, fam = rec.get("text"), rec.get("spans"), rec.get("label"), rec.get("family")
    for key in ("id", "family", "style", "label", "text", "spans", "note"):
        if key not in rec:
            probs.append("missing key %s" % key)
    if probs:
        return probs
    if fam not in ("ph", "mj"):
        probs.append("bad family")
    if label not in ("placeholder", "mojibake", "negative"):
        probs.append("bad label")
    if (fam == "ph" and label == "mojibake") or (fam == "mj" and label == "placeholder"):
        probs.append("label does not fit family")
    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", rec["style"]):
        probs.append("style not snake_case")
    if not isinstance(text, str) or not text.strip():
        return probs + ["empty text"]
    nlines = text.count("\n") + 1
    if nlines > 12:
        probs.append("more than 12 lines (%d)" % nlines)
    if "\n" in rec["note"]:
        probs.append("note spans lines")
    if not isinstance(spans, list):
        return probs + ["spans not a list"]
    last = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
            probs.append("bad span %r" % (sp,))
            continue
        s, e = sp
        if not (0 <= s < e <= len(text)):
            probs.append("span %r outside text or empty" % (sp,))
        if s < last:
            probs.append("spans overlap or unsorted at %r" % (sp,))
        last = max(last, e)
    if probs:
        return probs
    if label == "negative" and spans:
        probs.append("negative with spans")
    if label != "negative" and not spans:
        probs.append("positive without spans")
    if label == "placeholder":
        for s, e in spans:
            if not PH_TOKEN.search(text[s:e]):
                probs.append("span %r does not hold a placeholder: %r" % ([s, e], text[s:e]))
    if fam == "ph":
        m = STRICT_PH.search(outside(text, spans))
        if m:
            probs.append("placeholder-like text outside spans: %r" % m.group(0))
        m = STRICT_MJ.search(text)
        if m:
            probs.append("mojibake-like text in a placeholder-family record: %r" % m.group(0))
    else:
        m = STRICT_PH.search(outside(text, spans))
        if m:
            probs.append("placeholder-like text in a mojibake-family record: %r" % m.group(0))
        if label == "negative" and strict_mj_neg:
            m = STRICT_MJ.search(text)
            if m:
                probs.append("mojibake-like text in a negative: %r" % m.group(0))
    return probs


# ---------------------------------------------------------------- style registry
class Style:
    def __init__(self, name, family, pos, fn, desc, strict=True):
        self.name, self.family, self.pos, self.fn, self.desc, self.strict = name, family, pos, fn, desc, strict


STYLES = []


def register(name, family, pos, desc, strict=True):
    def deco(fn):
        if any(s.name == name for s in STYLES):
            raise ValueError("duplicate style " + name)
        STYLES.append(Style(name, family, pos, fn, desc, strict))
        return fn
    return deco


def lines_doc(lines):
    """list of seg lists -> Doc"""
    d = Doc()
    for i, segs in enumerate(lines):
        if i:
            d.nl()
        d.add(segs)
    return d


def insert_traps(r, lines, trap_lines, first=1):
    """Insert trap sentences (seg lists): appended to a body line ending in 。 or as a line."""
    for tl in trap_lines:
        txt = segs_text(tl)
        cands = [i for i in range(min(first, len(lines)), len(lines)) if segs_text(lines[i]).endswith("。")]
        if cands and txt.endswith("。") and "\n" not in txt and r.random() < 0.5:
            i = r.choice(cands)
            lines[i] = lines[i] + tl
        else:
            lines.insert(r.randint(min(first, len(lines)), len(lines)), tl)
    return lines


# ================================================================ PLACEHOLDER STYLES
def ph_generic(name, genre, flavor, pos=0.65, types=None, p=0.4, nl=(3, 7), traps=(), trap_p=0.3,
               where="all", budget=None, desc=""):
    flavors = flavor if isinstance(flavor, (list, tuple)) else [flavor]
    genres = genre if isinstance(genre, (list, tuple)) else [genre]

    def fn(r, positive):
        fl = r.choice(flavors)
        ctx = Ctx(r, fl if positive else None, 0.0, types)
        ctx.budget = budget
        if positive:
            ctx.pt, ctx.pb, ctx.ps = {"all": (p, p, p), "body": (0, p, 0), "title": (1, 0, 0),
                                       "sig": (0, 0, 1)}[where]
        g = r.choice(genres)
        title, body, sig = genre_doc(ctx, r, g, r.randint(*nl))
        if positive and ctx.nmask == 0:
            raise Regen("nothing masked")
        if where == "title" and not title:
            raise Regen("no title")
        lines = ([title] if title else []) + body
        used = []
        if traps and (not positive or r.random() < trap_p):
            for _ in range(1 if positive else r.choice([1, 1, 2])):
                cat = r.choice(traps)
                used.append(cat)
                lines = insert_traps(r, lines, [trap_segs(ctx, cat, PH_TRAPS)], first=1 if title else 0)
        lines += sig
        if len(lines) > 12:
            raise Regen("too long")
        note = "%s; %s" % (desc, ("masked with '%s' (%d slots)" % (fl, ctx.nmask)) if positive else "all values filled")
        if used:
            note += "; look-alikes: " + ", ".join(used)
        return lines_doc(lines), note
    return fn


def reg_ph(name, pos, desc, **kw):
    register(name, "ph", pos, desc)(ph_generic(name, desc=desc, pos=pos, **kw))


NUM3 = {"N", "NS", "NB"}
reg_ph("ph_report_x_counts", 0.65, "work report, counts masked as x/xx/xxx", genre="report", flavor="x", types=NUM3, p=0.35, traps=("xword",))
reg_ph("ph_report_x_dates", 0.65, "work report, month/day masked (x月xx日)", genre="report", flavor="x", types={"D", "MD", "YM"}, p=0.7, traps=("year", "xword"))
reg_ph("ph_report_x_money", 0.65, "work report, amounts masked as xx.xx", genre="report", flavor="x", types={"M"}, p=0.6, traps=("percent",))
reg_ph("ph_report_x_percent", 0.65, "work report, rates masked as xx.x%", genre="report", flavor="x", types={"P"}, p=0.6, traps=("percent", "xword"))
reg_ph("ph_report_upper_x_places", 0.65, "work report, places and organisations masked as XX", genre="report", flavor="X", types=ENTITY_TYPES, p=0.55, traps=("xword",))
reg_ph("ph_report_times_mask", 0.65, "work report, ×× masks", genre="report", flavor="times", types=ENTITY_TYPES | NUM3, p=0.4, traps=("times",))
reg_ph("ph_report_circle_mask", 0.65, "work report, ○○/〇〇 masks", genre=["report", "notice"], flavor=["circle", "circle0"], types=ENTITY_TYPES, p=0.5, traps=("year",))
reg_ph("ph_report_fullwidth_x", 0.65, "work report, full-width ｘｘ/ＸＸ masks", genre="report", flavor=["fwx", "fwX"], p=0.35, traps=("xword",))
reg_ph("ph_report_mixedcase_x", 0.65, "work report, mixed-case Xx/xX masks", genre="report", flavor="mixx", p=0.35, traps=("xword",))
reg_ph("ph_report_year_20xx", 0.65, "work report, years masked as 20xx/202x", genre=["report", "news"], flavor="year", p=0.6, traps=("year",))
reg_ph("ph_report_single_slot", 0.7, "long clean report with exactly one masked value", genre="report", flavor=["x", "X", "times"], p=0.2, budget=1, nl=(6, 9), traps=("xword", "times"))
reg_ph("ph_report_dense", 0.7, "report where almost every value is masked", genre="report", flavor=["x", "X"], p=0.9, nl=(2, 5), traps=("xword",))
reg_ph("ph_report_title_only", 0.65, "placeholder only in the title", genre=["report", "notice", "news"], flavor=["X", "x", "times"], where="title", nl=(3, 6), traps=("xword",))
reg_ph("ph_notice_signature_only", 0.65, "placeholder only in the signature block", genre=["notice", "letter"], flavor=["X", "x", "times"], where="sig", nl=(3, 6))
reg_ph("ph_notice_upper_x", 0.65, "notice with XX masks", genre="notice", flavor="X", p=0.4, traps=("xword", "en"))
reg_ph("ph_notice_bracket_fields", 0.65, "notice template with 【单位名称】 fields", genre="notice", flavor="bracket", p=0.4, traps=("bracket",))
reg_ph("ph_notice_underscore_blanks", 0.65, "notice template with ＿＿＿ blanks", genre="notice", flavor="under", p=0.35, traps=("under",))
reg_ph("ph_contract_underscore_blanks", 0.7, "contract form with underscore blanks", genre="contract", flavor="under", p=0.45, traps=("letters", "under"))
reg_ph("ph_contract_bracket_blank", 0.65, "contract form with empty 【  】 fields", genre="contract", flavor="bracket_blank", p=0.45, traps=("letters",))
reg_ph("ph_contract_x", 0.65, "contract with x-masked amounts and dates", genre="contract", flavor=["x", "X"], p=0.4, traps=("letters", "xword"))
reg_ph("ph_minutes_xxx_names", 0.65, "meeting minutes with XXX for people", genre="minutes", flavor="X", types={"PER"}, p=0.7, traps=("xword",))
reg_ph("ph_minutes_mou", 0.65, "meeting minutes with 某某 anonymisation", genre="minutes", flavor="mou", p=0.5, traps=("mou",))
reg_ph("ph_cases_mou_person", 0.65, "case reports with 张某/李某某", genre="cases", flavor="mou", types={"PER"}, p=0.7, traps=("mou",))
reg_ph("ph_cases_mou_company", 0.65, "case reports with 某某公司/某村", genre="cases", flavor="mou", types={"CO", "TOWN", "VIL", "ADDR", "CTY"}, p=0.6, traps=("mou",))
reg_ph("ph_court_mou_parties", 0.7, "court hearing announcement, anonymised parties", genre="court", flavor="mou", p=0.6, traps=("mou",))
reg_ph("ph_court_caseno_x", 0.65, "court announcement, case number / date masked", genre="court", flavor="x", types={"CASE", "D", "NS"}, p=0.6)
reg_ph("ph_cases_star_personal", 0.7, "case reports, personal data masked with *", genre="cases", flavor=["star", "fwstar"], p=0.6, traps=("star",))
reg_ph("ph_contract_star_contacts", 0.65, "contract, phone and account masked with *", genre="contract", flavor="star", types={"PHONE", "CARD", "PER"}, p=0.6, traps=("star", "letters"))
reg_ph("ph_personnel_upper_x", 0.65, "cadre pre-appointment notice with XXX / 19xx", genre="personnel", flavor=["X", "x"], types={"PER", "YM", "TEL"}, p=0.5, traps=("year",))
reg_ph("ph_bid_x", 0.65, "bid result notice with xx company / xxx amount", genre="bid", flavor=["x", "X"], p=0.4, traps=("xword",))
reg_ph("ph_bid_mou", 0.65, "bid result notice with 某某公司", genre="bid", flavor="mou", p=0.6, traps=("mou",))
reg_ph("ph_letter_upper_x", 0.65, "hotline reply with XXX addressee", genre="letter", flavor="X", p=0.4, traps=("mou",))
reg_ph("ph_letter_star", 0.65, "hotline reply with starred name and phone", genre="letter", flavor="star", p=0.6, traps=("star",))
reg_ph("ph_news_x", 0.65, "local news with x masks", genre="news", flavor=["x", "X"], p=0.4, traps=("xword", "mou"))
reg_ph("ph_news_mou", 0.65, "local news with 某 anonymisation", genre="news", flavor="mou", p=0.6, traps=("mou",))
reg_ph("ph_kv_x", 0.65, "project information sheet with xx values", genre="kv", flavor=["x", "X"], p=0.4, traps=("hash",))
reg_ph("ph_kv_todo", 0.65, "project sheet with 待定/TBD/TODO as values", genre="kv", flavor="todo", p=0.35, traps=("math",))
reg_ph("ph_kv_fill_here", 0.65, "sheet with （此处填写…） instructions", genre=["kv", "notice"], flavor="fill", p=0.35)
reg_ph("ph_kv_angle_fields", 0.65, "sheet with <字段> / <<字段>> fields", genre=["kv", "contract"], flavor="angle", p=0.35, traps=("letters",))
reg_ph("ph_notice_mustache", 0.65, "CMS template with {{field}}", genre=["notice", "letter"], flavor="mustache", p=0.35, traps=("brace",))
reg_ph("ph_notice_dollar", 0.65, "template with ${field}", genre=["notice", "letter"], flavor="dollar", p=0.35, traps=("dollar",))
reg_ph("ph_letter_guillemet_merge", 0.7, "mail merge with «字段»", genre="letter", flavor="guil", p=0.5)
reg_ph("ph_letter_mergefield", 0.65, "mail merge field codes shown ({ MERGEFIELD … })", genre=["letter", "notice"], flavor="merge", p=0.4)
reg_ph("ph_report_llm_cn", 0.65, "LLM draft with [插入…]/【此处补充…】", genre=["report", "news"], flavor="llm", p=0.3, traps=("bracket",))
reg_ph("ph_report_llm_en", 0.65, "LLM/MT draft with [Company Name] style slots", genre=["report", "notice"], flavor="en", p=0.3, traps=("en", "letters"))
reg_ph("ph_cases_ner_tags", 0.65, "anonymisation pipeline tags <PERSON>/[PHONE_NUMBER]", genre=["cases", "letter"], flavor="ner", p=0.6)
reg_ph("ph_notice_contacts_x", 0.65, "notice with xxx@xxx.com / www.xxx.gov.cn / 0xxx", genre="notice", flavor="x", types={"EMAIL", "URL", "TEL", "PHONE"}, p=0.7, traps=("en",))
reg_ph("ph_contract_llm", 0.65, "LLM-written contract left unfinished", genre="contract", flavor="llm", p=0.35, traps=("letters",))
reg_ph("ph_bid_bracket_fields", 0.65, "bid notice template with 【…】 fields", genre="bid", flavor="bracket", p=0.4, traps=("bracket",))
reg_ph("ph_personnel_circle", 0.6, "pre-appointment notice with ○○○ names", genre="personnel", flavor=["circle", "times"], types={"PER", "ORG", "TOWN", "VIL"}, p=0.6, traps=("year",))


# ---------------------------------------------------------------- custom placeholder styles
FMT_RE = re.compile(r"%(?:\(\w+\))?(?:\d+\$)?[-.\d]*(?:ll|l)?[sdf@]|%@|\{\w+\}|\$\{[\w.]+\}")


def split_fmt(s):
    out, last = [], 0
    for m in FMT_RE.finditer(s):
        if m.start() > last:
            out.append(("t", s[last:m.start()]))
        out.append(("ph", m.group(0)))
        last = m.end()
    if last < len(s):
        out.append(("t", s[last:]))
    return out


def break_after_ph(r, segs):
    """PDF extraction: a line break right after (or just before) a placeholder."""
    idx = [i for i, (k, _) in enumerate(segs) if k == "ph" and i + 1 < len(segs) and segs[i + 1][0] == "t"]
    if not idx:
        raise Regen("no ph to break")
    i = r.choice(idx)
    t = segs[i + 1][1]
    cut = r.choice([0, 0, 1])
    return segs[:i + 1] + [("t", t[:cut] + r.choice(["\n\n", "\n"]) + t[cut:])] + segs[i + 2:]


@register("ph_pdf_linebreak", "ph", 0.7, "PDF-extracted report: line breaks cut right after x placeholders")
def _s(r, positive):
    ctx = Ctx(r, "x" if positive else None, 0.5, NUM3 | {"M", "P", "MD"})
    ctx.pt = 0
    body = report_body(ctx, r, r.randint(2, 4), heads=False)
    if positive:
        if ctx.nmask == 0:
            raise Regen("none")
        k = [i for i, l in enumerate(body) if nmasked(l)]
        for i in r.sample(k, min(len(k), r.choice([1, 2]))):
            body[i] = break_after_ph(r, body[i])
    else:
        i = r.randrange(len(body))
        t = segs_text(body[i])
        c = r.randint(3, len(t) - 2)
        body[i] = [("t", t[:c] + "\n\n" + t[c:])]
    d = lines_doc(body)
    return d, "PDF extraction split lines" + ("; x placeholders before the break" if positive else "; clean text broken mid-sentence")


@register("ph_compilation_page", "ph", 0.7, "web compilation page of anonymised summaries with site boilerplate")
def _s(r, positive):
    ctx = Ctx(r, "x" if positive else None, 0.4)
    ctx.pt = 0
    site = r.choice(["范文网", "文档之家", "公文素材库", "写作资料站"])
    head = [("t", "%s | %d年度工作总结汇编（共%d篇）" % (site, ctx.year, r.randint(12, 90)))]
    meta = [("t", "%d-%02d-%02d %02d:%02d  阅读 %d" % (ctx.year + 1, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(30, 9000)))]
    body = report_body(ctx, r, r.randint(3, 6))
    if positive and ctx.nmask == 0:
        raise Regen("none")
    foot = [[("t", "阅读全文（登录后可查看完整内容）")], [("t", "本文链接：http://www.%s%d.com/article/%d.html" % (ctx.home_py, r.randint(1, 99), r.randint(10000, 99999)))]]
    lines = [head, meta] + body + foot[: r.choice([1, 2])]
    return lines_doc(lines), "compilation page; " + ("x placeholders in the summaries" if positive else "summaries filled in")


DOCREF = [
    "{ORG}印发《关于做好{TOPIC}工作的通知》（{DOCNO}），明确任务分工。",
    "根据《{CTY}{TOPIC}实施方案》（{DOCNO}）要求，{MD}前完成全部排查。",
    "按照{CTY}人民政府办公室《关于进一步加强{TOPIC}的意见》（{DOCNO}）部署，组织开展专项督查{NS}次。",
    "{D}，{ORG}转发《关于{TOPIC}有关事项的函》（{DOCNO}）。",
]


@register("ph_docno_x", "ph", 0.65, "references to official documents with x政办〔2022〕xx号 numbers")
def _s(r, positive):
    ctx = Ctx(r, r.choice(["x", "X"]) if positive else None, 0.7, {"DOCNO", "MD", "D"})
    lines = [fill2(ctx, t) for t in r.sample(DOCREF, r.randint(1, 3))]
    ctx.flavor = None
    lines = report_body(ctx, r, r.randint(1, 3), heads=False) + lines
    r.shuffle(lines)
    if positive and ctx.nmask == 0:
        raise Regen("none")
    return lines_doc(lines), "document numbers " + ("masked" if positive else "complete")


SMS = [
    "{SGB}您的验证码为{CODE}，{NS}分钟内有效，请勿泄露给他人。",
    "{SGB}尊敬的{PER}，您申请的{SVC}业务已办结，请于{MD}前到{ADDR}领取。",
    "{SGB}您本期应缴水费{M}元，缴费截止日期为{MD}，如已缴纳请忽略。",
    "{SGB}{PER}您好，您预约的{D}上午体检已确认，请携带身份证按时到达。",
    "{SGB}您的车辆{PLATE}于{D}在{ADDR}附近有一条违法停车记录，请及时处理。",
    "{SGB}您的医保个人账户本月划入{M}元，当前余额{M}元。",
    "{SGB}您提交的{SVC}申请已受理，受理编号{CODE}，可登录{URL}查询进度。",
]


@register("ph_sms_dollar_template", "ph", 0.65, "SMS templates with ${code}/${name} slots")
def _s(r, positive):
    ctx = Ctx(r, "dollar" if positive else None, 0.5)
    lines = [fill2(ctx, t) for t in r.sample(SMS, r.randint(1, 4))]
    if positive and ctx.nmask == 0:
        raise Regen("none")
    if r.random() < 0.4:
        lines.insert(0, [("t", r.choice(["短信模板审核记录", "以下为近期发送的短信：", "短信通知样例"]))])
    return lines_doc(lines), "SMS " + ("templates with ${} variables" if positive else "as sent; 【签名】 is a real signature")


@register("ph_sms_bracket_slots", "ph", 0.65, "SMS templates with 【签名】/【验证码】 literal slots")
def _s(r, positive):
    ctx = Ctx(r, r.choice(["bracket", "bracket", "x"]) if positive else None, 0.5, {"SGB", "CODE", "PER", "MD", "M", "SVC", "ADDR", "NS"})
    lines = [fill2(ctx, t) for t in r.sample(SMS, r.randint(1, 4))]
    if positive and ctx.nmask == 0:
        raise Regen("none")
    return lines_doc(lines), "SMS " + ("with unfilled slots" if positive else "as sent")


PUSH = [
    "{PER}，您关注的“{TOPIC}”有{NS}条新动态",
    "您的{SVC}申请已受理，受理编号{CODE}",
    "距离{TOPIC}报名截止还有{NS}天，点击查看详情",
    "您有{NS}条待办事项，请尽快处理",
    "{PER}您好，您的社保卡已制卡完成，请到{TOWN}便民服务中心领取",
    "今日{TOWN}空气质量指数{NS}，适宜户外活动",
]


@register("ph_push_icu_braces", "ph", 0.65, "push notifications with {name}/{0} slots")
def _s(r, positive):
    ctx = Ctx(r, "icu" if positive else None, 0.5)
    lines = [fill2(ctx, t) for t in r.sample(PUSH, r.randint(2, 5))]
    if positive and ctx.nmask == 0:
        raise Regen("none")
    if r.random() < 0.5:
        lines.insert(0, [("t", r.choice(["推送记录", "消息中心", "通知栏消息"]))])
    return lines_doc(lines), "push notifications " + ("with unrendered {…}" if positive else "rendered")


@register("ph_wechat_template", "ph", 0.65, "WeChat template messages with {{keyword1.DATA}}")
def _s(r, positive):
    ctx = Ctx(r)
    keys = ["办理事项", "办理进度", "办理时间", "办理部门"]
    vals = [fill2(ctx, "{SVC}业务"), [("t", r.choice(["已受理", "审核中", "已办结"]))], fill2(ctx, "{D}"), fill2(ctx, "{ORG}")]
    lines = [[("t", r.choice(["您好，您的业务办理进度有更新。", "您提交的申请有新进展。", "您好，您有一条办件提醒。",
                               "尊敬的用户，您的事项已进入下一环节。"]))]]
    kidx = 0
    nm = 0
    for k, v in zip(keys, vals):
        kidx += 1
        if positive and r.random() < 0.7:
            lines.append([("t", k + "："), ("ph", "{{keyword%d.DATA}}" % kidx)])
            nm += 1
        else:
            lines.append([("t", k + "：")] + v)
    if positive and r.random() < 0.5:
        lines[0] = [("ph", "{{first.DATA}}")]
        nm += 1
    lines.append([("ph", "{{remark.DATA}}")] if positive and r.random() < 0.4 else [("t", "如有疑问请拨打12345热线。")])
    if positive and nm == 0:
        raise Regen("none")
    return lines_doc(lines), "WeChat template message " + ("unrendered" if positive else "rendered")


UI = [
    "共{N}条记录，第{NS}/{NS}页", "欢迎您，{PER}", "您有{NS}条未读消息", "已选择{NS}个文件，共{M}MB",
    "上次登录时间：{D}", "剩余办理时限：{NS}个工作日", "当前排队人数：{NS}人，预计等待{NS}分钟",
    "下载进度：{P}%", "您的业务受理编号为{CODE}", "本月已缴费{M}元", "确定删除选中的{NS}项吗？",
]


@register("ph_ui_printf", "ph", 0.65, "scraped app/web UI text with %s/%d/%1$s left in")
def _s(r, positive):
    ctx = Ctx(r, "printf" if positive else None, 0.5)
    lines = [[("t", r.choice(["首页 | 办事指南 | 互动交流 | 个人中心", "网上办事大厅", "掌上政务 > 我的办件"]))]]
    lines += [fill2(ctx, t) for t in r.sample(UI, r.randint(2, 6))]
    if positive and ctx.nmask == 0:
        raise Regen("none")
    if r.random() < 0.5:
        lines.append(fill2(ctx, "© {Y} {ORG} 版权所有", p=0))
    if not positive and r.random() < 0.5:
        lines = insert_traps(r, lines, [trap_segs(ctx, "percent", PH_TRAPS)])
    return lines_doc(lines), "UI strings " + ("with printf specifiers" if positive else "rendered")


PO_PAIRS = [("You have %d unread messages", "您有%d条未读消息"), ("Welcome back, %s", "欢迎回来，%s"),
            ("%(count)d items selected", "已选择%(count)d项"), ("Page %1$d of %2$d", "第%1$d页，共%2$d页"),
            ("%s uploaded successfully", "%s上传成功"), ("Your appointment on %s is confirmed", "您%s的预约已确认"),
            ("%d days left", "剩余%d天"), ("Hello, {name}", "您好，{name}"), ("Queue: %d people ahead", "前方还有%d人排队")]
PO_STATIC = [("Submit", "提交"), ("Office hours", "办公时间"), ("Service guide", "办事指南"), ("Cancel", "取消"),
             ("Online consultation", "在线咨询"), ("Download the form", "下载表格"), ("My applications", "我的办件")]


@register("ph_po_file", "ph", 0.65, "gettext .po localisation file with %d/%s/{name}")
def _s(r, positive):
    lines = [[("t", "# %s政务App 简体中文翻译" % core(r))], [("t", 'msgid ""')], [("t", 'msgstr "Content-Type: text/plain; charset=UTF-8"')]]
    entries = r.sample(PO_STATIC, r.randint(0 if positive else 2, 2))
    if positive:
        entries += r.sample(PO_PAIRS, r.randint(1, 2))
        r.shuffle(entries)
    for en, zh in entries:
        if r.random() < 0.4:
            lines.append([("t", "#: src/views/%s.vue:%d" % (r.choice(["home", "notice", "queue", "upload"]), r.randint(10, 400)))])
        lines.append([("t", 'msgid "')] + split_fmt(en) + [("t", '"')])
        lines.append([("t", 'msgstr "')] + split_fmt(zh) + [("t", '"')])
    if len(lines) > 12:
        raise Regen("long")
    return lines_doc(lines), ".po file " + ("with format placeholders" if positive else "static strings only")


IOS = [("unread_badge", "您有%d条未读消息"), ("greeting", "%@，您好"), ("upload_done", "%1$@已上传，共%2$lld字节"),
       ("queue_tip", "前方还有%ld人"), ("expire_tip", "证照将于%@到期")]
IOS_STATIC = [("tab_home", "首页"), ("tab_service", "办事"), ("btn_submit", "提交申请"), ("title_guide", "办事指南"), ("btn_cancel", "取消")]


@register("ph_ios_strings", "ph", 0.65, "iOS Localizable.strings with %@/%lld")
def _s(r, positive):
    lines = [[("t", "/* Localizable.strings (zh-Hans) */")]]
    items = r.sample(IOS_STATIC, r.randint(1 if positive else 2, 3))
    if positive:
        items += r.sample(IOS, r.randint(1, 3))
        r.shuffle(items)
    for k, v in items:
        lines.append([("t", '"%s" = "' % k)] + split_fmt(v) + [("t", '";')])
    return lines_doc(lines), ".strings file " + ("with %@ specifiers" if positive else "static strings")


PROPS = [("notice.count", "共{0}条公告，其中{1}条未读"), ("user.greeting", "您好，${user.name}"), ("queue.tip", "当前排队{0}人"),
         ("apply.result", "您的申请（编号{0}）已{1}"), ("sms.tpl", "您的验证码为${code}")]
PROPS_STATIC = [("app.title", "政务服务平台"), ("menu.home", "首页"), ("menu.guide", "办事指南"), ("btn.ok", "确定"), ("footer.copy", "版权所有")]


@register("ph_properties_file", "ph", 0.65, "Java .properties resource bundle with {0}/${name}")
def _s(r, positive):
    lines = [[("t", "# messages_zh_CN.properties")]]
    items = r.sample(PROPS_STATIC, r.randint(1 if positive else 2, 3))
    if positive:
        items += r.sample(PROPS, r.randint(1, 2))
        r.shuffle(items)
    for k, v in items:
        lines.append([("t", k + "=")] + split_fmt(v))
    return lines_doc(lines), ".properties " + ("with MessageFormat slots" if positive else "static values")


ANDR = [("order_tip", "您的订单%1$s已于%2$s发货"), ("unread", "%d条新消息"), ("welcome", "欢迎，%s"), ("left_days", "剩余%1$d天")]
ANDR_STATIC = [("app_name", "掌上政务"), ("tab_me", "我的"), ("btn_retry", "重试"), ("hint_search", "搜索事项")]


@register("ph_android_xml", "ph", 0.6, "Android strings.xml with %1$s")
def _s(r, positive):
    lines = [[("t", '<?xml version="1.0" encoding="utf-8"?>')], [("t", "<resources>")]]
    items = r.sample(ANDR_STATIC, r.randint(1 if positive else 2, 3))
    if positive:
        items += r.sample(ANDR, r.randint(1, 2))
        r.shuffle(items)
    for k, v in items:
        lines.append([("t", '    <string name="%s">' % k)] + split_fmt(v) + [("t", "</string>")])
    lines.append([("t", "</resources>")])
    return lines_doc(lines), "strings.xml " + ("with format args" if positive else "static")


LLM_NOTES = ["（注：以上数据请根据实际情况填写）", "【此处补充典型案例】", "[在此插入相关图表]", "（请根据实际情况补充具体措施）",
             "【待补充：下一年度工作计划】", "[此处可补充领导讲话要点]"]
REAL_NOTES = ["注：数据来源于{CTY}统计局。", "（以上数据截至{D}）", "注：部分数据为初步统计数。"]


@register("ph_llm_unfinished_notes", "ph", 0.65, "LLM-written report with instruction notes left in")
def _s(r, positive):
    ctx = Ctx(r, "llm" if positive else None, 0.15)
    ctx.pt = 0
    title, body, sig = genre_doc(ctx, r, "report", r.randint(3, 6))
    lines = ([title] if title else []) + body
    if positive:
        for note in r.sample(LLM_NOTES, r.choice([1, 1, 2])):
            lines.insert(r.randint(1, len(lines)), [("ph", note)])
    else:
        lines.append(fill2(ctx, r.choice(REAL_NOTES), p=0))
    return lines_doc(lines), "LLM draft " + ("with unfinished instructions" if positive else "finished; ordinary source note")


DRAFT_NOTES = ["TODO：补充第三季度数据", "TODO: 核对投资总额", "FIXME：数字与附表不一致", "（待补充）", "TBD", "【待定】"]


@register("ph_todo_draft_notes", "ph", 0.65, "draft report with TODO/FIXME/待补充 markers")
def _s(r, positive):
    ctx = Ctx(r, "todo" if positive else None, 0.15, NUMERIC_TYPES)
    ctx.pt = 0
    title, body, sig = genre_doc(ctx, r, "report", r.randint(3, 6))
    lines = ([title] if title else []) + body
    if positive:
        for note in r.sample(DRAFT_NOTES, r.choice([1, 1, 2])):
            i = r.randint(1, len(lines))
            if r.random() < 0.5 and i < len(lines):
                lines[i] = lines[i] + [("ph", note)]
            else:
                lines.insert(i, [("ph", note)])
    else:
        lines = insert_traps(r, lines, [trap_segs(ctx, "math", PH_TRAPS)])
    return lines_doc(lines), "draft " + ("with TODO markers" if positive else "final")


def flat_table(ctx, r, flavor, p, sep=None, stat_neg=False):
    sep = sep or r.choice(["\t", "  ", " ", " | "])
    cols = r.choice([["序号", "乡镇（街道）", "计划数", "完成数", "完成率"], ["序号", "单位", "年度目标（万元）", "完成（万元）", "占比"],
                     ["序号", "村（社区）", "户数", "人口", "参保率"]])
    lines = [[("t", r.choice(["附表", "表1", "统计表"]) + "：" + r.choice(["重点任务完成情况统计表", "各乡镇指标完成情况", "民生实事进度表"]))],
             [("t", sep.join(cols))]]
    nph = 0
    for i in range(r.randint(3, 7)):
        row = [("t", "%d%s%s%s" % (i + 1, sep, core(r) + r.choice(["镇", "街道", "乡", "村", "社区"]), sep))]
        a = r.randint(20, 900)
        b = r.randint(10, a)
        cells = [str(a), str(b), "%.1f%%" % (100.0 * b / a)]
        for j, c in enumerate(cells):
            if flavor and r.random() < p:
                if flavor == "x":
                    row.append(("ph", r.choice(["xx", "xxx", "xx.x"]) if j < 2 else r.choice(["xx.x", "xx"])))
                    if j == 2:
                        row.append(("t", "%"))
                else:
                    row.append(("ph", FLAVORS[flavor].fn("N", Ctx(r))))
                nph += 1
            elif stat_neg and r.random() < 0.15:
                row.append(("t", r.choice(["—", "…", "/", "-"])))
            else:
                row.append(("t", c))
            if j < 2:
                row.append(("t", sep))
        lines.append(row)
    if r.random() < 0.4:
        lines.append([("t", r.choice(["合计", "总计"]) + sep + sep + "%d%s%d" % (r.randint(900, 5000), sep, r.randint(500, 4000)))])
    if stat_neg and r.random() < 0.5:
        lines.append([("t", "注：“—”表示无此项，“…”表示数据暂缺。")])
    return lines, nph


@register("ph_table_excel_errors", "ph", 0.65, "flattened spreadsheet table with #REF!/#N/A/#DIV/0!")
def _s(r, positive):
    lines, n = flat_table(Ctx(r), r, "excel" if positive else None, 0.25, stat_neg=not positive)
    if positive and not n:
        raise Regen("none")
    return lines_doc(lines), "table " + ("with spreadsheet error values in place of numbers" if positive else "with legitimate —/… marks")


@register("ph_table_formula_text", "ph", 0.65, "flattened table with =SUM(B2:B9) formulas instead of values")
def _s(r, positive):
    lines, n = flat_table(Ctx(r), r, "formula" if positive else None, 0.25, stat_neg=not positive)
    if positive and not n:
        raise Regen("none")
    return lines_doc(lines), "table " + ("with unevaluated formulas" if positive else "values only")


@register("ph_table_x_cells", "ph", 0.65, "flattened statistics table with xx cells")
def _s(r, positive):
    lines, n = flat_table(Ctx(r), r, "x" if positive else None, 0.3, stat_neg=not positive)
    if positive and not n:
        raise Regen("none")
    return lines_doc(lines), "table " + ("with x-masked cells" if positive else "complete")


def json_value(ctx, typ, flavor, p):
    parts = slot_value(typ, ctx.r, ctx)
    if flavor and ctx.r.random() < p:
        segs = FLAVORS[flavor].mask(typ, parts, ctx)
        if segs:
            ctx.nmask += 1
            return segs
    return [("t", "".join(t for t, _ in parts))]


OPEN_FIELDS = [("项目名称", "PROJ"), ("建设单位", "ORG"), ("总投资（万元）", "M"), ("开工日期", "D"), ("联系人", "PER"),
               ("联系电话", "TEL"), ("建设地点", "ADDR"), ("受益户数", "N"), ("完成率", "P")]


@register("ph_json_open_data", "ph", 0.65, "open-data JSON dump with \"XX\"/\"xx\" values")
def _s(r, positive):
    ctx = Ctx(r)
    fl = r.choice(["x", "X", "todo"]) if positive else None
    fields = r.sample(OPEN_FIELDS, r.randint(4, 7))
    pretty = r.random() < 0.6
    lines = [[("t", "[")]] if pretty else []
    recs = []
    for _ in range(r.randint(1, 2) if pretty else r.randint(1, 3)):
        items = []
        for k, typ in fields:
            v = json_value(ctx, typ, fl, 0.35)
            items.append([("t", '"%s": "' % k)] + v + [("t", '"')])
        recs.append(items)
    if positive and ctx.nmask == 0:
        raise Regen("none")
    if pretty:
        if len(recs) * (len(fields) + 2) + 2 > 12:
            recs = recs[:1]
        for ri, items in enumerate(recs):
            lines.append([("t", "  {")])
            for i, it in enumerate(items):
                lines.append([("t", "    ")] + it + [("t", "," if i < len(items) - 1 else "")])
            lines.append([("t", "  }" + ("," if ri < len(recs) - 1 else ""))])
        lines.append([("t", "]")])
    else:
        row = [("t", "[")]
        for ri, items in enumerate(recs):
            row.append(("t", "{"))
            for i, it in enumerate(items):
                row += it + ([("t", ", ")] if i < len(items) - 1 else [])
            row.append(("t", "}" + (", " if ri < len(recs) - 1 else "")))
        row.append(("t", "]"))
        lines = [row]
    return lines_doc(lines), "JSON dump " + ("with placeholder values" if positive else "filled")


@register("ph_xml_open_data", "ph", 0.65, "open-data XML dump with XX/xx element values")
def _s(r, positive):
    ctx = Ctx(r)
    fl = r.choice(["x", "X"]) if positive else None
    tags = {"项目名称": "name", "建设单位": "owner", "总投资（万元）": "investment", "开工日期": "start_date", "联系人": "contact",
            "联系电话": "phone", "建设地点": "location", "受益户数": "households", "完成率": "progress"}
    fields = r.sample(OPEN_FIELDS, r.randint(4, 8))
    lines = [[("t", "<record id=\"%d\">" % r.randint(1, 9999))]]
    for k, typ in fields:
        tg = tags[k]
        lines.append([("t", "  <%s>" % tg)] + json_value(ctx, typ, fl, 0.4) + [("t", "</%s>" % tg)])
    lines.append([("t", "</record>")])
    if positive and ctx.nmask == 0:
        raise Regen("none")
    return lines_doc(lines), "XML record " + ("with masked values" if positive else "filled")


@register("ph_csv_export", "ph", 0.65, "CSV export with XX/xx cells")
def _s(r, positive):
    ctx = Ctx(r)
    fl = r.choice(["x", "X", "times"]) if positive else None
    fields = r.sample(OPEN_FIELDS, r.randint(3, 5))
    lines = [[("t", ",".join(k for k, _ in fields))]]
    for _ in range(r.randint(2, 6)):
        row = []
        for i, (k, typ) in enumerate(fields):
            row += json_value(ctx, typ, fl, 0.3) + ([("t", ",")] if i < len(fields) - 1 else [])
        lines.append(row)
    if positive and ctx.nmask == 0:
        raise Regen("none")
    return lines_doc(lines), "CSV " + ("with masked cells" if positive else "filled")


CMS_PH = [("标题：", ["请输入标题", "这里是标题", "文章标题"]), ("摘要：", ["这里是文章摘要", "请输入摘要内容", "摘要示例文字"]),
          ("", ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "在此输入正文内容", "这里是正文示例文字，请替换为实际内容。"]),
          ("作者：", ["请输入作者"]), ("来源：", ["示例来源"])]


@register("ph_cms_default_text", "ph", 0.65, "CMS page with default text (请输入标题, Lorem ipsum)")
def _s(r, positive):
    ctx = Ctx(r)
    real = {"标题：": fill2(ctx, r.choice(NOTICE_TITLES)), "摘要：": fill2(ctx, r.choice(REPORT)), "": fill2(ctx, r.choice(REPORT)),
            "作者：": fill2(ctx, "{PER}"), "来源：": fill2(ctx, "{ORG}")}
    lines = []
    nph = 0
    for lab, opts in CMS_PH:
        if r.random() < 0.25 and lab in ("作者：", "来源："):
            continue
        if positive and r.random() < 0.45:
            lines.append(([("t", lab)] if lab else []) + [("ph", r.choice(opts))])
            nph += 1
        else:
            lines.append(([("t", lab)] if lab else []) + real[lab])
    if positive and not nph:
        raise Regen("none")
    lines.append(fill2(ctx, "发布时间：{D}", p=0))
    return lines_doc(lines), "CMS page " + ("with default placeholder text" if positive else "filled")


@register("ph_zero_date_meta", "ph", 0.65, "page metadata with 0000-00-00 default dates")
def _s(r, positive):
    ctx = Ctx(r)
    if positive:
        meta = [("t", "发布时间："), ("ph", r.choice(["0000-00-00", "0000-00-00 00:00:00", "0000年00月00日"]))]
    else:
        meta = [("t", "发布时间：%d-%02d-%02d %02d:%02d:%02d" % (ctx.year, r.randint(1, 12), r.randint(1, 28), r.randint(8, 18), r.randint(0, 59), r.randint(0, 59)))]
    meta += [("t", r.choice(["　来源：", "  来源："]))] + fill2(ctx, "{ORG}") + [("t", "　浏览次数：%d" % r.randint(10, 5000))]
    title, body, sig = genre_doc(ctx, r, r.choice(["notice", "news"]), r.randint(2, 5))
    lines = [title, meta] + body + sig
    return lines_doc(lines), "metadata " + ("with zero-date default" if positive else "with a real date")


@register("ph_form_blank_date", "ph", 0.6, "application form: blank date '    年  月  日' and blank signature")
def _s(r, positive):
    ctx = Ctx(r)
    title = [("t", r.choice(["城乡居民最低生活保障申请表", "临时救助申请书", "个体工商户登记承诺书", "政府信息公开申请表"]))]
    body = [fill2(ctx, t) for t in ["申请人：{PER}", "身份证号码：{ID}", "联系电话：{PHONE}", "家庭住址：{ADDR}"][: r.randint(2, 4)]]
    body.append([("t", r.choice(["本人承诺以上所填内容真实有效，如有虚假愿承担相应责任。", "申请事由：家庭成员患病，生活困难。"]))])
    if positive:
        gap = r.choice(["    年  月  日", "      年    月    日", "\u3000\u3000年\u3000\u3000月\u3000\u3000日"])
        body.append([("t", "申请人签字：")] + fill2(ctx, "{PER}") + [("t", r.choice(["　　日期：", "    日期："]))] + [("ph", gap)])
    else:
        body.append([("t", "申请人签字：")] + fill2(ctx, "{PER}") + [("t", "　　日期：")] + fill2(ctx, "{D}"))
    return lines_doc([title] + body), "form " + ("with an unfilled date line" if positive else "dated")


MT_LINES = ["本协议由{CO}（以下简称“甲方”）与{CO}（以下简称“乙方”）于{D}在{CITY}签订。",
            "乙方应在{NS}个工作日内向甲方支付{M}万元。", "本协议受中华人民共和国法律管辖。",
            "如有争议，双方应提交{CITY}仲裁委员会仲裁。", "甲方授权代表：{PER}", "乙方授权代表：{PER}"]


@register("ph_mt_contract_en_slots", "ph", 0.65, "machine-translated contract keeping [Party A]/[Date] slots")
def _s(r, positive):
    ctx = Ctx(r, "en" if positive else None, 0.45)
    lines = [[("t", r.choice(["合作协议（译文）", "谅解备忘录（机器翻译稿）", "服务协议"]))]] + [fill2(ctx, t) for t in r.sample(MT_LINES, r.randint(3, 6))]
    if positive and ctx.nmask == 0:
        raise Regen("none")
    return lines_doc(lines), "translated contract " + ("with untranslated slots" if positive else "filled")


@register("ph_award_list_star", "ph", 0.65, "published name list with 张*明/李** masked names")
def _s(r, positive):
    ctx = Ctx(r, "star" if positive else None, 0.7, {"PER"})
    title = fill2(ctx, r.choice(["{Y}年度优秀志愿者名单", "{Y}年春季学期奖学金获得者名单", "第{NS}批公租房配租对象名单"]), p=0)
    names = []
    for i in range(r.randint(5, 14)):
        names += fill2(ctx, "{PER}") + [("t", "、")]
    names = names[:-1]
    lines = [title, [("t", "（按姓氏笔画排序）")] if r.random() < 0.5 else [("t", "名单如下：")], names]
    if positive and ctx.nmask == 0:
        raise Regen("none")
    if not positive and r.random() < 0.5:
        lines.append(trap_segs(ctx, "star", PH_TRAPS))
    return lines_doc(lines), "name list " + ("with starred names" if positive else "full names")


@register("ph_subsidy_list_star", "ph", 0.7, "subsidy notice table with 138****5678 and starred ID numbers")
def _s(r, positive):
    ctx = Ctx(r, "star" if positive else None, 0.8, {"PHONE", "ID", "PER"})
    title = fill2(ctx, r.choice(["{TOWN}{Y}年耕地地力保护补贴发放公示", "{Y}年高龄津贴发放名单公示", "困难群众临时救助公示"]), p=0)
    sep = r.choice(["  ", "\t", " "])
    cols = ["序号", "姓名", "身份证号", "联系电话", "金额（元）"] if positive else ["序号", "姓名", "村组", "金额（元）"]
    lines = [title, [("t", sep.join(cols))]]
    for i in range(r.randint(3, 7)):
        if positive:
            row = [("t", str(i + 1) + sep)] + fill2(ctx, "{PER}") + [("t", sep)] + fill2(ctx, "{ID}") + [("t", sep)] + fill2(ctx, "{PHONE}") + [("t", sep + money(r))]
        else:
            row = [("t", str(i + 1) + sep)] + fill2(ctx, "{PER}") + [("t", sep + core(r) + "村%d组" % r.randint(1, 9) + sep + money(r))]
        lines.append(row)
    lines.append(fill2(ctx, "公示期{NS}天，如有异议请拨打{TEL}。", p=0))
    if positive and ctx.nmask == 0:
        raise Regen("none")
    return lines_doc(lines), "subsidy list " + ("with masked personal data" if positive else "without personal numbers")


HEADLINES = ["{TOWN}召开{Y}年度工作推进会", "{CTY}{TOPIC}取得阶段性成效", "{ORG}开展{TOPIC}专项检查",
             "{VIL}{N}户群众喜迁新居", "{CTY}新增就业岗位{N}个", "{TOWN}完成{PROJ}建设"]


@register("ph_one_line_snippets", "ph", 0.65, "one-line headlines and search-result snippets")
def _s(r, positive):
    ctx = Ctx(r, r.choice(["x", "X", "times", "mou"]) if positive else None, 0.6)
    pool = HEADLINES + REPORT
    line = fill2(ctx, r.choice(pool))
    if positive and ctx.nmask == 0:
        raise Regen("none")
    if r.random() < 0.4:
        line = line + [("t", r.choice(["　", " - ", " | "]) + r.choice(["政务动态", "部门信息", "乡镇动态"]) + "  ")] + fill2(ctx, "{D}", p=0)
    if not positive and r.random() < 0.5:
        line = line + trap_segs(ctx, r.choice(["xword", "times", "mou", "star"]), PH_TRAPS)
    return lines_doc([line]), "single line " + ("with a placeholder" if positive else "clean")


# ---------------------------------------------------------------- pure negatives (placeholder family)
def ph_negative(name, genres, cats, k=(2, 3), desc=""):
    @register(name, "ph", 0.0, desc)
    def _s(r, positive):
        ctx = Ctx(r)
        title, body, sig = genre_doc(ctx, r, r.choice(genres), r.randint(2, 5))
        lines = ([title] if title else []) + body
        used = []
        for _ in range(r.randint(*k)):
            c = r.choice(cats)
            used.append(c)
            lines = insert_traps(r, lines, [trap_segs(ctx, c, PH_TRAPS)], first=1 if title else 0)
        lines += sig
        if len(lines) > 12:
            raise Regen("long")
        return lines_doc(lines), "clean text with look-alikes: " + ", ".join(used)


ph_negative("ph_neg_x_lookalikes", ["report", "news"], ["xword"], desc="X光, x86, 1+X, XL/XXL码, SpaceX … (not placeholders)")
ph_negative("ph_neg_times_math", ["report", "notice"], ["times", "math", "brace"], desc="5×8小时, 3×4米, formulas with x (not placeholders)")
ph_negative("ph_neg_mou_prose", ["news", "letter", "report"], ["mou"], desc="某些/某种/某年某月 and 王先生 in prose")
ph_negative("ph_neg_symbols_marks", ["report", "notice", "kv"], ["star", "hash", "percent", "dollar", "bracket"], desc="★, *必填, ***显著, 3#楼, 52%vol, US$")
ph_negative("ph_neg_filled_forms", ["contract", "kv", "minutes"], ["letters", "year", "under"], desc="filled contracts/forms with 甲方/乙方, 二〇二三年")
ph_negative("ph_neg_court_named", ["court", "bid", "personnel"], ["letters", "en"], desc="court/bid/personnel notices with full names")


# ================================================================ MOJIBAKE STYLES
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
CLAUSE = re.compile(r"[^，。；：、,;:（）()“”]{4,}")


def pick_word(line, r, lo=2, hi=4):
    runs = [(m.start(), m.end()) for m in CJK_RUN.finditer(line) if m.end() - m.start() >= lo]
    if not runs:
        return None
    s, e = r.choice(runs)
    L = r.randint(lo, min(hi, e - s))
    st = r.randint(s, e - L)
    return st, st + L


def pick_clause(line, r):
    cl = [(m.start(), m.end()) for m in CLAUSE.finditer(line)]
    return r.choice(cl) if cl else None


SRC = {  # frames for foreign or special material: (frame with %s, chooser)
    "ru": (["俄方代表在致辞中说：“%s”。", "合作备忘录俄文标题为«%s»。", "展台俄文标语：%s"], lambda r: r.choice(RUSSIAN)),
    "jp": (["日方来信中写道：「%s」。", "展板上的日文介绍为「%s」。", "友好城市贺信原文：%s"], lambda r: r.choice(JAPANESE)),
    "kr": (["韩方代表团团长用韩语致辞：“%s”。", "横幅上写着“%s”。"], lambda r: r.choice(KOREAN)),
    "trad": (["据台湾地区媒体报道：%s", "香港合作方来函称：%s", "转载原文：%s"], lambda r: r.choice(TRAD_SENT)),
    "emoji": (["活动现场气氛热烈%s", "%s温馨提示：雨天路滑，注意出行安全。", "点赞！%s", "报名通道已开启%s"], lambda r: "".join(r.choice(EMOJI) for _ in range(r.randint(1, 3)))),
    "viet": (["越南合作方资料中写有“%s”。", "展会越南语标识：“%s”。", "越方来函落款：%s"], lambda r: r.choice(VIET)),
    "tr": (["土耳其合作方资料中写有“%s”。", "展板上的土耳其文：“%s”。", "签约文本土耳其文部分：%s"], lambda r: r.choice(TURKISH)),
    "pl": (["波兰合作方资料中写有“%s”。", "意向书封面上的波兰文：“%s”。", "来函落款：%s"], lambda r: r.choice(POLISH)),
    "fr": (["法方合作项目名称为《%s》。", "宣传册法文版标语：« %s »。", "德方伙伴介绍了“%s”的经验。"], lambda r: r.choice(FRENCH + GERMAN + SPANISH)),
    "rare": (["获奖学生名单：%s。", "本次比赛由选手%s夺得第一名。", "经理%s介绍了项目进展。"],
             lambda r: "、".join(r.choice(SURNAMES) + r.choice(RARE_GIVEN + RARE_EXT) for _ in range(r.randint(1, 3)))),
    "translit": (["外方专家%s应邀出席座谈会。", "%s在开幕式上致辞。"], lambda r: r.choice(TRANSLIT)),
    "punct": (["深入开展“%s”专项行动——聚焦重点、狠抓落实。", "气温降至%s，请注意防寒……", "坚持“%s”工作法。"],
              lambda r: r.choice(["一刻钟便民生活圈", "三个一", "清廉村居", "−5°C", "每周一访"])),
}
MJ_NEG_TRAP_FOR_SRC = {"ru": "russian", "jp": "japanese", "kr": "korean", "trad": "trad", "emoji": "emoji", "viet": "viet",
                       "tr": "turkish", "pl": "polish", "fr": "french", "rare": "rare", "translit": "translit", "punct": "symbols"}


def mj_generic(name, dname, place="word", genres=("report",), pos=0.65, nl=(3, 7), k=(1, 2), traps=(), trap_p=0.3,
               src=None, desc="", hi=4):
    dfn = DMG[dname]

    def fn(r, positive):
        ctx = Ctx(r)
        genre = r.choice(genres)
        title, body, sig = genre_doc(ctx, r, genre, r.randint(*nl))
        if place == "title" and not title:
            raise Regen("no title")
        if place == "sig" and not sig:
            raise Regen("no signature")
        lines = ([segs_text(title)] if title else []) + [segs_text(b) for b in body]
        nt = 1 if title else 0
        used = []
        trap_idx = set()
        if traps and (not positive or r.random() < trap_p):
            for _ in range(1 if positive else r.choice([1, 2])):
                cat = r.choice(traps)
                used.append(cat)
                i = r.randint(nt, len(lines))
                lines.insert(i, segs_text(trap_segs(ctx, cat, MJ_TRAPS)))
                trap_idx = {j + 1 if j >= i else j for j in trap_idx} | {i}
        src_i = None
        if src:
            frames, chooser = SRC[src]
            frame = r.choice(frames)
            payload = chooser(r)
            pre, post = frame.split("%s")
            src_i = r.randint(nt, len(lines))
            lines.insert(src_i, pre + payload + post)
            trap_idx = {j + 1 if j >= src_i else j for j in trap_idx}
            src_span = (len(pre), len(pre) + len(payload))
        lines += [segs_text(s) for s in sig]
        if len(lines) > 12:
            raise Regen("long")
        targets = {}
        if positive:
            body_idx = [i for i in range(nt, len(lines) - len(sig)) if i not in trap_idx and i != src_i]
            if src:
                targets[src_i] = [src_span]
            elif place == "word":
                for i in r.sample(body_idx, min(len(body_idx), r.randint(*k))):
                    w = pick_word(lines[i], r, 2, hi)
                    if w:
                        targets[i] = [w]
            elif place == "clause":
                for i in r.sample(body_idx, min(len(body_idx), r.randint(*k))):
                    w = pick_clause(lines[i], r)
                    if w:
                        targets[i] = [w]
            elif place == "line":
                for i in r.sample(body_idx, min(len(body_idx), r.randint(*k))):
                    targets[i] = [(0, len(lines[i]))]
            elif place == "whole":
                for i in range(len(lines)):
                    if i not in trap_idx:
                        targets[i] = [(0, len(lines[i]))]
            elif place == "title":
                targets[0] = [(0, len(lines[0]))]
            elif place == "sig":
                for i in range(len(lines) - len(sig), len(lines)):
                    if r.random() < 0.7 or not targets:
                        w = pick_word(lines[i], r, 2, 12) if r.random() < 0.4 else (0, len(lines[i]))
                        if w:
                            targets[i] = [w]
            if not targets:
                raise Regen("no target")
        d = Doc()
        for i, line in enumerate(lines):
            if i:
                d.nl()
            pos_ = 0
            for s, e in targets.get(i, []):
                d.t(line[pos_:s])
                d.mj(dfn(line[s:e], r), line[s:e])
                pos_ = e
            d.t(line[pos_:])
        if positive:
            note = "%s (%s, %s)" % (desc, dname, "foreign/special text" if src else place)
        else:
            note = "clean" + ((" text with look-alikes: " + ", ".join(used)) if used else " text")
            if src:
                note += "; %s text intact" % src
        return d, note
    return fn


def reg_mj(name, pos, desc, dname, strict=None, **kw):
    traps = kw.get("traps", ())
    if strict is None:
        strict = not any(t in ("htmlcode", "code", "url", "pinyin") for t in traps)
    register(name, "mj", pos, desc, strict)(mj_generic(name, dname, desc=desc, pos=pos, **kw))


FOREIGN_TRAPS = ("russian", "japanese", "korean", "greek", "french")
DIAC_TRAPS = ("viet", "turkish", "polish", "french", "german", "czech", "ipa")
reg_mj("mj_utf8_gbk_word", 0.65, "UTF-8 read as GBK, one or two words", "utf8_gbk", place="word", genres=("report", "news", "notice"), traps=("rare", "trad", "lookalike"))
reg_mj("mj_utf8_gbk_clause", 0.65, "UTF-8 read as GBK, a clause", "utf8_gbk", place="clause", genres=("report", "news", "letter"), traps=("rare", "cantonese"))
reg_mj("mj_utf8_gbk_line", 0.65, "UTF-8 read as GBK, whole lines", "utf8_gbk", place="line", genres=("notice", "report", "minutes"), traps=("japanese", "trad"))
reg_mj("mj_utf8_gbk_whole", 0.7, "UTF-8 read as GBK, whole document", "utf8_gbk", place="whole", genres=("report", "notice", "kv"), nl=(2, 5), traps=("lookalike",))
reg_mj("mj_utf8_gbk_title", 0.65, "UTF-8 read as GBK, title only", "utf8_gbk", place="title", genres=("notice", "report", "minutes", "bid"), traps=("trad",))
reg_mj("mj_utf8_gbk_signature", 0.65, "UTF-8 read as GBK in the signature block", "utf8_gbk", place="sig", genres=("notice", "letter"), traps=("rare",))
reg_mj("mj_utf8_gbk_ignore", 0.65, "UTF-8 read as GBK with errors=ignore", "utf8_gbk_ignore", place="clause", genres=("report", "cases"), traps=("rare",))
reg_mj("mj_utf8_gb18030_line", 0.65, "UTF-8 read as GB18030", "utf8_gb18030", place="line", genres=("report", "personnel"), traps=("trad",))
reg_mj("mj_kunjinkao", 0.7, "锟斤拷 from U+FFFD saved as UTF-8 and read as GBK", "kunjinkao", place="word", genres=("report", "kv", "court"), hi=6, traps=("lookalike",))
reg_mj("mj_tangtang_uninit", 0.65, "烫烫烫/屯屯屯 from uninitialised buffers (0xCC/0xCD read as GBK)", "tangtang", place="word", genres=("kv", "personnel", "court"), traps=("lookalike",))
reg_mj("mj_utf8_cp1252_word", 0.65, "UTF-8 read as cp1252 (å‘å±•), a word", "utf8_cp1252", place="word", genres=("report", "news"), traps=DIAC_TRAPS)
reg_mj("mj_utf8_cp1252_line", 0.65, "UTF-8 read as cp1252, whole lines", "utf8_cp1252", place="line", genres=("notice", "letter"), traps=DIAC_TRAPS)
reg_mj("mj_utf8_latin1_clause", 0.65, "UTF-8 read as Latin-1 (C1 controls kept)", "utf8_latin1", place="clause", genres=("report", "cases"), traps=("french", "german"))
reg_mj("mj_double_cp1252", 0.7, "UTF-8 read as cp1252 twice (Ã¥Â…)", "double_cp1252", place="word", genres=("news", "report"), traps=("french", "spanish"))
reg_mj("mj_gbk_utf8_replace", 0.65, "GBK read as UTF-8 with replacement characters", "gbk_utf8", place="line", genres=("report", "notice"), traps=("emoji", "symbols"))
reg_mj("mj_ascii_qmarks", 0.65, "characters lost to ??? when written through ASCII/Latin-1", "ascii_q", place="clause", genres=("report", "letter", "kv"), traps=("symbols",))
reg_mj("mj_rare_char_lost", 0.65, "rare name characters lost to ? through GB2312/GBK", "gbk_q", src="rare", genres=("news", "report"))
reg_mj("mj_gbk_byte_shift", 0.65, "GBK stream one byte out of step", "gbk_drop", place="clause", genres=("report", "news"), traps=("trad",))
reg_mj("mj_big5_as_gbk", 0.65, "Big5 text read as GBK", "big5_gbk", src="trad", genres=("news", "report"))
reg_mj("mj_gbk_as_big5", 0.65, "GBK text read as Big5", "gbk_big5", place="line", genres=("report", "notice"), traps=("trad",))
reg_mj("mj_sjis_as_gbk", 0.65, "Shift_JIS Japanese read as GBK", "sjis_gbk", src="jp", genres=("news", "report"))
reg_mj("mj_gbk_as_sjis", 0.65, "GBK read as Shift_JIS (half-width katakana)", "gbk_sjis", place="clause", genres=("report", "kv"), traps=("japanese",))
reg_mj("mj_utf8_as_koi8r", 0.65, "UTF-8 read as KOI8-R (box drawing and Cyrillic)", "utf8_koi8r", place="word", genres=("report", "news"), traps=("russian", "box"))
reg_mj("mj_russian_cp1251_as_cp1252", 0.65, "Russian cp1251 read as cp1252 (Ïðèâåò)", "cp1251_cp1252", src="ru", genres=("news",))
reg_mj("mj_russian_utf8_as_cp1252", 0.65, "Russian UTF-8 read as cp1252 (Ð¡Ð¿…)", "utf8_cp1252", src="ru", genres=("news", "report"))
reg_mj("mj_utf16be_as_le", 0.65, "UTF-16BE read as UTF-16LE", "utf16be_le", place="clause", genres=("report", "kv"), traps=("korean", "rare"))
reg_mj("mj_utf8_as_utf16", 0.65, "UTF-8 bytes read as UTF-16 (CJK-looking garbage)", "utf8_utf16", place="clause", genres=("report", "news"), traps=("rare", "korean"))
reg_mj("mj_gbk_as_euckr", 0.65, "GBK read as EUC-KR (hangul and hanja)", "gbk_euckr", place="clause", genres=("report", "notice"), traps=("korean",))
reg_mj("mj_korean_utf8_as_gbk", 0.65, "Korean UTF-8 read as GBK", "utf8_gbk", src="kr", genres=("news",))
reg_mj("mj_utf8_macroman", 0.65, "UTF-8 read as Mac Roman", "utf8_macroman", place="word", genres=("report", "news"), traps=("french", "greek"))
reg_mj("mj_gbk_as_latin1", 0.65, "GBK read as Latin-1/cp1252 (·¢Õ¹)", "gbk_latin1", place="line", genres=("letter", "notice"), traps=DIAC_TRAPS)
reg_mj("mj_ncr_decimal", 0.65, "decimal character references &#23457; left in text", "ncr_dec", place="word", genres=("report", "news"), traps=("amp", "symbols"))
reg_mj("mj_ncr_hex", 0.65, "hex character references &#x53D1; left in text", "ncr_hex", place="word", genres=("report", "notice"), traps=("amp",))
reg_mj("mj_ncr_double_escaped", 0.65, "character references escaped twice (&amp;#21457;)", "ncr_double", place="word", genres=("report", "news"), traps=("amp",))
reg_mj("mj_unicode_escape", 0.65, "\\u53d1 escapes left in text", "uni_esc", place="clause", genres=("report", "notice", "kv"), traps=("url", "symbols"))
reg_mj("mj_percent_encoded", 0.65, "percent-encoding left in text (%E5%8F%91)", "percent", place="word", genres=("report", "notice"), traps=("url",))
reg_mj("mj_rtf_hex_escapes", 0.65, "RTF \\'b7\\'a2 escapes", "rtf_hex", place="clause", genres=("report", "contract"), traps=("code",))
reg_mj("mj_rtf_unicode_escapes", 0.65, "RTF \\u21457? escapes", "rtf_uni", place="clause", genres=("report", "contract"), traps=("code",))
reg_mj("mj_hz_gb_raw", 0.65, "HZ-GB-2312 ~{…~} left undecoded", "hz", place="clause", genres=("report", "news"), traps=("symbols",))
reg_mj("mj_utf7_raw", 0.65, "UTF-7 +U9FcVQ- left undecoded", "utf7", place="word", genres=("report", "notice"), traps=("amp", "url"))
reg_mj("mj_bytes_repr", 0.65, "Python bytes repr b'\\xe5…' left in text", "bytes_repr", place="word", genres=("kv", "report"), traps=("code",))
reg_mj("mj_emoji_as_cp1252", 0.65, "emoji UTF-8 read as cp1252 (ðŸ‘)", "utf8_cp1252", src="emoji", genres=("news",))
reg_mj("mj_vietnamese_as_cp1252", 0.65, "Vietnamese UTF-8 read as cp1252", "utf8_cp1252", src="viet", genres=("news", "report"))
reg_mj("mj_turkish_as_cp1252", 0.65, "Turkish UTF-8 read as cp1252 (Ä°stanbul)", "utf8_cp1252", src="tr", genres=("news", "report"))
reg_mj("mj_polish_as_cp1252", 0.65, "Polish UTF-8 read as cp1252 (Å\u0081Ã³dÅº)", "utf8_cp1252", src="pl", genres=("news",))
reg_mj("mj_french_german_as_cp1252", 0.65, "French/German/Spanish UTF-8 read as cp1252 (DÃ©veloppement)", "utf8_cp1252", src="fr", genres=("news", "report"))
reg_mj("mj_iso2022jp_raw", 0.65, "ISO-2022-JP escape sequences left in text", "iso2022jp", src="jp", genres=("news",))
reg_mj("mj_pdf_cid_glyphs", 0.65, "PDF extraction (cid:NNNN) for glyphs without ToUnicode", "cid", place="clause", genres=("report", "notice"), traps=("symbols",))
reg_mj("mj_pdf_kangxi_radicals", 0.6, "PDF extraction mapping to Kangxi radicals (⼯⼈)", "kangxi", place="line", genres=("report", "news"), traps=("symbols", "rare"))
reg_mj("mj_utf8_truncated", 0.65, "UTF-8 field truncated mid-character", "truncate", place="title", genres=("notice", "bid", "report"), traps=("symbols",))
reg_mj("mj_bitflip_replacement", 0.65, "corrupted byte decoded with U+FFFD", "bitflip", place="clause", genres=("report", "cases"), traps=("emoji",))
reg_mj("mj_enc_word_inline", 0.65, "RFC 2047 encoded word left inline", "enc_word", place="word", genres=("notice", "letter"), traps=("url",))
reg_mj("mj_qp_inline", 0.65, "quoted-printable bytes left inline", "qp", place="word", genres=("report", "notice"), traps=("symbols",))
reg_mj("mj_json_double_word", 0.65, "JSON-escaped twice (\\\\u53d1) inside prose", "json_double", place="word", genres=("report", "news"), traps=("code",))


# ---------------------------------------------------------------- custom mojibake styles
def plain_doc(r, genre, nl=(2, 5), ctx=None):
    ctx = ctx or Ctx(r)
    title, body, sig = genre_doc(ctx, r, genre, r.randint(*nl))
    lines = ([segs_text(title)] if title else []) + [segs_text(b) for b in body] + [segs_text(x) for x in sig]
    return ctx, lines, (1 if title else 0), len(sig)


def doc_from(lines, damaged):
    """damaged: {line index: [(s, e, bad)]} -> Doc; bad replaces lines[i][s:e]."""
    d = Doc()
    for i, line in enumerate(lines):
        if i:
            d.nl()
        p = 0
        for s, e, bad in sorted(damaged.get(i, []), key=lambda x: x[0]):
            d.t(line[p:s])
            d.mj(bad, line[s:e])
            p = e
        d.t(line[p:])
    return d


def zip_name(r, ctx):
    return r.choice(["关于%s的通知" % r.choice(TOPICS), "%d年度工作总结" % ctx.year, "附件%d：%s统计表" % (r.randint(1, 5), r.choice(TOPICS)),
                     "%s申报材料" % core(r), "会议纪要（%d月）" % r.randint(1, 12), "项目清单"]) + r.choice([".docx", ".xlsx", ".pdf", ".doc"])


@register("mj_zip_filename_cp437", "mj", 0.65, "GBK file names from a zip archive read as cp437 (╣╪╙┌)")
def _s(r, positive):
    ctx = Ctx(r)
    names = [zip_name(r, ctx) for _ in range(r.randint(2, 5))]
    lines = [r.choice(["附件下载：", "压缩包内文件：", "解压后得到以下文件：", "材料清单（%s.zip）：" % ctx.home_py])]
    lines += ["%d. %s" % (i + 1, n) for i, n in enumerate(names)]
    dmg = {}
    if positive:
        how = r.choice(["gbk_cp437", "gbk_cp437", "utf8_cp1252"])
        for i in r.sample(range(1, len(lines)), r.randint(1, len(lines) - 1)):
            stem = lines[i][3:lines[i].rindex(".")]
            dmg[i] = [(3, 3 + len(stem), DMG[how](stem, r))]
    else:
        lines.append(r.choice(["文件大小合计%.1fMB。" % r.uniform(0.3, 30), "如无法打开，请安装最新版本的解压软件。"]))
    return doc_from(lines, dmg), "zip listing " + ("with mis-decoded file names" if positive else "clean")


@register("mj_filename_utf8_gbk", "mj", 0.65, "attachment file names UTF-8 read as GBK")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["notice", "report"]), (2, 4))
    att = ["附件%d：%s" % (i + 1, zip_name(r, ctx)) for i in range(r.randint(1, 3))]
    base = len(lines)
    lines += att
    dmg = {}
    if positive:
        for i in r.sample(range(base, len(lines)), r.randint(1, len(att))):
            a = lines[i].index("：") + 1
            b = lines[i].rindex(".")
            dmg[i] = [(a, b, DMG["utf8_gbk"](lines[i][a:b], r))]
    return doc_from(lines, dmg), "attachments " + ("with mis-decoded names" if positive else "clean")


NBSP_WAYS = ["indent", "between", "double"]


@register("mj_html_nbsp", "mj", 0.65, "&nbsp; entities left in scraped text")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["report", "notice", "news"]))
    dmg = {}
    if positive:
        ent = named_entities("\u00a0")
        for i in r.sample(range(len(lines)), r.randint(1, min(3, len(lines)))):
            k = r.choice([1, 2, 4, 4, 6])
            if r.random() < 0.6:
                dmg[i] = [(0, 0, ent * k)]
            else:
                w = pick_clause(lines[i], r)
                if not w:
                    continue
                dmg[i] = [(w[1], w[1], ent * r.choice([1, 2]))]
        if not dmg:
            raise Regen("none")
    else:
        lines = [("\u3000\u3000" + l if r.random() < 0.5 else l) for l in lines]
    return doc_from(lines, dmg), "&nbsp; remnants" if positive else "clean (ideographic-space indents)"


QUOTED = ["深入开展“{TOPIC}”专项行动，累计排查{N}处。", "坚持“一线工作法”——问题在一线发现、在一线解决。",
          "围绕“{TOPIC}”主题，开展宣传活动{NS}场……", "群众满意度达到{P}%，获评“{CTY}先进集体”。",
          "打造“一刻钟便民生活圈”，新增网点{NS}个。"]


@register("mj_html_double_escape", "mj", 0.65, "entities escaped twice (&amp;ldquo; &amp;nbsp; &amp;lt;p&amp;gt;)")
def _s(r, positive):
    ctx = Ctx(r)
    lines = [ctx.plain(expand_pseudo(t, ctx)) for t in r.sample(QUOTED, r.randint(2, 4))]
    dmg = {}
    if positive:
        for i in r.sample(range(len(lines)), r.randint(1, len(lines))):
            how = r.choice(["punct", "nbsp", "tag"])
            if how == "punct":
                dmg[i] = [(m.start(), m.end(), html.escape(named_entities(m.group(0)))) for m in re.finditer(r"[“”—…]+", lines[i])]
            elif how == "nbsp":
                dmg[i] = [(0, 0, html.escape(named_entities("\u00a0")) * r.choice([2, 4]))]
            else:
                dmg[i] = [(0, 0, html.escape(html.escape("<p>"))), (len(lines[i]), len(lines[i]), html.escape(html.escape("</p>")))]
        dmg = {k: v for k, v in dmg.items() if v}
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "double-escaped entities" if positive else "clean text with curly quotes and dashes"


HTML_DEBRIS_OPEN = ['<span style="font-family:仿宋_GB2312;font-size:16pt;">', '<p style="text-indent:2em;">', "<strong>",
                    '<font face="宋体">', '<div class="TRS_Editor">', "<p>"]
HTML_DEBRIS_CLOSE = ["</span>", "</p>", "</strong>", "</font>", "</div>", "<br />", "<br>", "<o:p></o:p>", "?/strong>", "?/span>"]


@register("mj_html_tag_debris", "mj", 0.65, "HTML tag remnants in scraped text (<span style=…>, </strong>, ?/strong>)")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["report", "notice", "news"]))
    dmg = {}
    if positive:
        for i in r.sample(range(len(lines)), r.randint(1, min(3, len(lines)))):
            L = len(lines[i])
            how = r.random()
            if how < 0.4:
                dmg[i] = [(0, 0, r.choice(HTML_DEBRIS_OPEN)), (L, L, r.choice(HTML_DEBRIS_CLOSE))]
            elif how < 0.7:
                w = pick_clause(lines[i], r)
                if w:
                    dmg[i] = [(w[1], w[1], r.choice(HTML_DEBRIS_CLOSE))]
            else:
                dmg[i] = [(L, L, r.choice(HTML_DEBRIS_CLOSE))]
        if not dmg:
            raise Regen("none")
    elif r.random() < 0.5:
        lines.insert(r.randint(nt, len(lines)), "比较运算：当a<b且b>c时，取中间值。")
    return doc_from(lines, dmg), "HTML debris" if positive else "clean"


@register("mj_html_named_entities", "mj", 0.65, "named entities &ldquo;&rdquo;&mdash;&hellip; left in text")
def _s(r, positive):
    ctx = Ctx(r)
    lines = [ctx.plain(expand_pseudo(t, ctx)) for t in r.sample(QUOTED, r.randint(2, 4))]
    ctx2, more, nt, ns = plain_doc(r, "report", (1, 3), ctx)
    lines = more[:1] + lines + more[1:]
    dmg = {}
    if positive:
        for i in range(len(lines)):
            ms = [(m.start(), m.end(), named_entities(m.group(0))) for m in re.finditer(r"[“”—…·]+", lines[i])]
            if ms and r.random() < 0.7:
                dmg[i] = ms
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "named HTML entities" if positive else "clean punctuation"


@register("mj_html_escaped_markup", "mj", 0.65, "escaped markup shown as text (&lt;p&gt;…&lt;/p&gt;)")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["report", "news"]))
    dmg = {}
    if positive:
        for i in r.sample(range(nt, len(lines)), r.randint(1, max(1, min(3, len(lines) - nt)))):
            L = len(lines[i])
            tag = r.choice(["p", "p", "div", "span", "strong"])
            dmg[i] = [(0, 0, html.escape("<%s>" % tag)), (L, L, html.escape("</%s>" % tag))]
    else:
        lines.insert(r.randint(nt, len(lines)), r.choice(["数学表达式：若x<5且y>2，则满足条件。", "合格标准：含量≤0.5%、温度≥20℃。"]))
    return doc_from(lines, dmg), "escaped tags as text" if positive else "clean, with real < > signs"


@register("mj_json_double_dump", "mj", 0.65, "JSON dump whose strings were escaped twice (\\\\u5173)")
def _s(r, positive):
    ctx = Ctx(r)
    fields = r.sample(OPEN_FIELDS, r.randint(3, 6))
    lines = ["{"]
    dmg = {}
    for j, (k, typ) in enumerate(fields):
        v = ctx.plain("{%s}" % typ)
        pre = '  "%s": "' % k
        lines.append(pre + v + '"' + ("," if j < len(fields) - 1 else ""))
        if positive and re.search(r"[\u4e00-\u9fff]", v) and r.random() < 0.6:
            dmg[len(lines) - 1] = [(len(pre), len(pre) + len(v), DMG["json_double"](v, r))]
    lines.append("}")
    if positive and not dmg:
        raise Regen("none")
    return doc_from(lines, dmg), "JSON with double-escaped values" if positive else "JSON with readable UTF-8 values"


@register("mj_email_quoted_printable", "mj", 0.65, "mail body left as quoted-printable (=E5=8F=91=E5=B1=95)")
def _s(r, positive):
    ctx = Ctx(r)
    body = ctx.plain(expand_pseudo(r.choice(NOTICE[1:3] + LETTER[1:3]), ctx))
    short = body[: r.randint(8, 16)]
    rest = body[len(short):]
    lines = ["发件人：%s <%s>" % (person(r), ctx.plain("{EMAIL}")), "主题：" + ctx.plain(expand_pseudo(r.choice(NOTICE_TITLES), ctx)), "", short + rest]
    dmg = {}
    if positive:
        dmg[3] = [(0, len(short), DMG["qp"](short, r).replace("=\n", "=\n"))]
    d = doc_from(lines, dmg)
    if positive and d.build()[0].count("\n") > 11:
        raise Regen("long")
    return d, "quoted-printable body" if positive else "decoded mail"


@register("mj_email_encoded_headers", "mj", 0.65, "mail headers left as RFC 2047 encoded words")
def _s(r, positive):
    ctx = Ctx(r)
    subj = ctx.plain(expand_pseudo(r.choice(NOTICE_TITLES), ctx))
    sender = person(r)
    lines = ["发件人：%s <%s>" % (sender, ctx.plain("{EMAIL}")), "主题：" + subj, "日期：" + ctx.plain("{D}")]
    lines += [ctx.plain(expand_pseudo(t, ctx)) for t in r.sample(NOTICE[1:6], r.randint(1, 3))]
    dmg = {}
    if positive:
        which = r.choice([[0], [1], [0, 1]])
        for i in which:
            if i == 0:
                dmg[0] = [(4, 4 + len(sender), DMG["enc_word"](sender, r))]
            else:
                dmg[1] = [(3, len(lines[1]), DMG["enc_word"](subj, r))]
    return doc_from(lines, dmg), "encoded-word headers" if positive else "decoded headers"


@register("mj_bom_debris", "mj", 0.65, "UTF-8 BOM read as cp1252 (ï»¿) at the start of the text or of merged parts")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["report", "notice", "kv"]))
    dmg = {}
    if positive:
        bom = "\ufeff".encode("utf-8").decode("cp1252")
        for i in ([0] + ([r.randint(1, len(lines) - 1)] if len(lines) > 2 and r.random() < 0.4 else [])):
            dmg[i] = [(0, 0, bom)]
    return doc_from(lines, dmg), "BOM debris" if positive else "clean"


@register("mj_emoji_surrogate_escape", "mj", 0.65, "emoji left as JSON surrogate escapes (\\ud83d\\udc4d)")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, "news", (1, 3))
    frames, chooser = SRC["emoji"]
    frame = r.choice(frames)
    em = chooser(r)
    pre, post = frame.split("%s")
    i = r.randint(nt, len(lines))
    lines.insert(i, pre + em + post)
    dmg = {i: [(len(pre), len(pre) + len(em), json.dumps(em)[1:-1])]} if positive else {}
    return doc_from(lines, dmg), "emoji as surrogate escapes" if positive else "emoji intact"


def pinyin_doc(r, positive, rate, sparse):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["report", "report", "news", "notice"]), (2, 5))
    d = Doc()
    n = 0
    chosen = None
    if sparse:
        cand = [(i, j) for i, l in enumerate(lines) for j, c in enumerate(l) if c in TRAD]
        if not cand:
            raise Regen("no convertible")
        chosen = set(r.sample(cand, min(len(cand), r.randint(1, 3))))
    for i, line in enumerate(lines):
        if i:
            d.nl()
        for j, c in enumerate(line):
            if c in TRAD:
                tc, py = TRAD[c]
                hit = positive and ((i, j) in chosen if sparse else r.random() < rate)
                if hit:
                    d.mj(tc + "(" + py + ")", tc)
                    n += 1
                else:
                    d.t(tc)
            else:
                d.t(c)
    if positive and not n:
        raise Regen("none")
    return d, n


@register("mj_pinyin_artifact_dense", "mj", 0.7, "converter artefact 發(fā)展: traditional characters followed by ASCII pinyin")
def _s(r, positive):
    d, n = pinyin_doc(r, positive, r.uniform(0.4, 0.9), False)
    return d, ("pinyin annotations after %d characters" % n) if positive else "traditional-character text, no annotations"


@register("mj_pinyin_artifact_sparse", "mj", 0.65, "a few 區(qū)-style pinyin annotations in traditional text")
def _s(r, positive):
    d, n = pinyin_doc(r, positive, 0, True)
    return d, ("%d pinyin annotations" % n) if positive else "traditional-character text, no annotations"


PUNCT_SENT = ["据气象部门预报，最低气温将降至−5°C，请注意防寒。", "深入开展“{TOPIC}”专项行动——聚焦重点、狠抓落实。",
              "外方专家{TL}介绍了经验。", "每份套餐售价¥{NS}，学生凭证减免。", "活动口号：“共建共享·美好家园”。",
              "会议还研究了其他事项……"]


def punct_lines(r, ctx, k):
    out = []
    for t in r.sample(PUNCT_SENT, k):
        t = t.replace("{TL}", r.choice(TRANSLIT))
        out.append(ctx.plain(expand_pseudo(t, ctx)))
    return out


@register("mj_punct_utf8_gbk", "mj", 0.65, "UTF-8 punctuation inside GBK text (鈥?, 掳C, 路 for ·)")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, "report", (1, 3))
    lines += punct_lines(r, ctx, r.randint(2, 3))
    dmg = {}
    if positive:
        for i, l in enumerate(lines):
            ms = [(m.start(), m.end(), m.group(0).encode("utf-8").decode("gbk", r.choice(["replace", "t30_qmark"]))) for m in re.finditer("[“”—…°·¥]", l)]
            if ms and r.random() < 0.8:
                dmg[i] = ms
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "punctuation mis-decoded" if positive else "clean punctuation, ¥ and °C"


@register("mj_punct_cp1252", "mj", 0.65, "curly quotes, dashes and middle dots read as cp1252 (â€œ, â€”, Â·)")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, "news", (1, 3))
    lines += punct_lines(r, ctx, r.randint(2, 3))
    dmg = {}
    if positive:
        for i, l in enumerate(lines):
            ms = [(m.start(), m.end(), DMG["utf8_cp1252"](m.group(0), r)) for m in re.finditer("[“”—…°·¥\u00a0]", l)]
            if ms and r.random() < 0.8:
                dmg[i] = ms
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "punctuation read as cp1252" if positive else "clean punctuation"


@register("mj_csv_excel_utf8_gbk", "mj", 0.65, "UTF-8 CSV opened as GBK in a spreadsheet")
def _s(r, positive):
    ctx = Ctx(r)
    fields = r.sample(OPEN_FIELDS, r.randint(3, 5))
    lines = [",".join(k for k, _ in fields)]
    for _ in range(r.randint(2, 5)):
        lines.append(",".join(ctx.plain("{%s}" % t) for _, t in fields))
    dmg = {}
    if positive:
        if r.random() < 0.5:
            for i in range(len(lines)):
                dmg[i] = [(0, len(lines[i]), DMG["utf8_gbk"](lines[i], r))]
        else:
            for i in r.sample(range(len(lines)), r.randint(1, 2)):
                cells = lines[i].split(",")
                j = r.randrange(len(cells))
                if not re.search(r"[\u4e00-\u9fff]", cells[j]):
                    continue
                a = len(",".join(cells[:j])) + (1 if j else 0)
                dmg[i] = [(a, a + len(cells[j]), DMG["utf8_gbk"](cells[j], r))]
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "CSV mis-decoded" if positive else "CSV clean"


@register("mj_sms_utf8_gbk", "mj", 0.65, "SMS log with mis-decoded messages")
def _s(r, positive):
    ctx = Ctx(r)
    lines = [ctx.plain(expand_pseudo(t, ctx)) for t in r.sample(SMS, r.randint(2, 4))]
    dmg = {}
    if positive:
        for i in r.sample(range(len(lines)), r.randint(1, len(lines) - 1)):
            w = pick_clause(lines[i], r) if r.random() < 0.6 else (0, len(lines[i]))
            if w:
                dmg[i] = [(w[0], w[1], DMG[r.choice(["utf8_gbk", "utf8_gbk", "gbk_utf8", "kunjinkao"])](lines[i][w[0]:w[1]], r))]
    elif r.random() < 0.5:
        lines.append("回复“%s”退订" % r.choice(["TD", "T", "0000"]))
    return doc_from(lines, dmg), "SMS damaged" if positive else "SMS clean"


@register("mj_push_unicode_escape", "mj", 0.65, "push/API payload text with \\uXXXX escapes shown")
def _s(r, positive):
    ctx = Ctx(r)
    lines = [r.choice(["推送记录", "消息中心", "接口返回消息"])] + [ctx.plain(expand_pseudo(t, ctx)) for t in r.sample(PUSH, r.randint(2, 4))]
    dmg = {}
    if positive:
        for i in r.sample(range(1, len(lines)), r.randint(1, len(lines) - 1)):
            w = pick_clause(lines[i], r) if r.random() < 0.5 else (0, len(lines[i]))
            if w:
                dmg[i] = [(w[0], w[1], DMG[r.choice(["uni_esc", "uni_esc", "json_double"])](lines[i][w[0]:w[1]], r))]
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "escaped push text" if positive else "readable push text"


MT_EN = ["We'll keep investing in the region.", "It's a \"win-win\" partnership.", "The city's new port opened in May.",
         "Children's hospital \"open day\"", "Tom & Jerry's Café"]


@register("mj_mt_api_entities", "mj", 0.65, "machine-translation API output with &quot; &#39; entities")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, "news", (1, 3))
    en = r.choice(MT_EN)
    line = r.choice(["外方负责人表示：“%s”", "英文原文：%s", "对方回复：%s（机器翻译对照）"]) % en
    i = r.randint(nt, len(lines))
    lines.insert(i, line)
    dmg = {}
    if positive:
        a = line.index(en)
        bad = html.escape(en).replace("&#x27;", r.choice(["&#39;", "&#x27;"]))
        dmg[i] = [(a, a + len(en), bad)]
    return doc_from(lines, dmg), "translation API entities" if positive else "English quote intact"


@register("mj_xml_amp_chain", "mj", 0.65, "ampersands escaped repeatedly (R&amp;amp;D)")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, r.choice(["report", "news"]), (2, 4))
    amp, tpl = r.choice([("R&D", "加大%s投入，全年投入{M}万元。"), ("Q&A", "会后设置%s环节。"), ("AT&T", "与%s开展合作洽谈。"),
                         ("B&B", "新增%s民宿{NS}家。"), ("P&G", "与%s签订采购协议。")])
    line = ctx.plain(tpl % amp)
    i = r.randint(nt, len(lines))
    lines.insert(i, line)
    dmg = {}
    if positive:
        a = line.index(amp)
        bad = amp
        for _ in range(r.choice([1, 2, 3])):
            bad = html.escape(bad)
        dmg[i] = [(a, a + len(amp), bad)]
    return doc_from(lines, dmg), "repeated &amp; escaping" if positive else "literal ampersand"


@register("mj_table_cell_damage", "mj", 0.65, "flattened table with one or two mis-decoded cells")
def _s(r, positive):
    rows, _ = flat_table(Ctx(r), r, None, 0)
    lines = [segs_text(x) for x in rows]
    dmg = {}
    if positive:
        for i in r.sample(range(2, len(lines)), r.randint(1, 2)):
            w = pick_word(lines[i], r, 2, 4)
            if w:
                dmg[i] = [(w[0], w[1], DMG[r.choice(["utf8_gbk", "utf8_cp1252", "gbk_utf8", "gbk_latin1"])](lines[i][w[0]:w[1]], r))]
        if not dmg:
            raise Regen("none")
    return doc_from(lines, dmg), "table cell damaged" if positive else "table clean"


@register("mj_truncated_vs_ellipsis", "mj", 0.65, "list of titles cut mid-UTF-8 (通�) vs legitimate … truncation")
def _s(r, positive):
    ctx = Ctx(r)
    titles = [ctx.plain(expand_pseudo(r.choice(NOTICE_TITLES + REPORT_TITLES), ctx)) for _ in range(r.randint(3, 6))]
    lines = [r.choice(["最新公告", "信息公开目录", "通知公告"])]
    dmg = {}
    for t in titles:
        if len(t) > 14 and r.random() < 0.5:
            t = t[:r.randint(10, 14)] + "…"
        lines.append("· " + t + "  " + ctx.plain("{D}"))
    if positive:
        for i in r.sample(range(1, len(lines)), r.randint(1, 2)):
            tt = lines[i][2:lines[i].index("  ")]
            if tt.endswith("…"):
                tt = tt[:-1]
            bad = DMG["truncate"](tt, r)
            dmg[i] = [(2, 2 + len(tt) + (1 if lines[i][2 + len(tt)] == "…" else 0), bad)]
    return doc_from(lines, dmg), "titles cut mid-character" if positive else "titles with legitimate … truncation"


@register("mj_mixed_foreign_and_damage", "mj", 0.65, "damaged Chinese clause next to clean foreign-language text")
def _s(r, positive):
    ctx, lines, nt, ns = plain_doc(r, "news", (2, 4))
    cat = r.choice(["russian", "japanese", "korean", "greek", "french", "viet", "turkish", "polish"])
    i = r.randint(nt, len(lines))
    lines.insert(i, segs_text(trap_segs(ctx, cat, MJ_TRAPS)))
    dmg = {}
    if positive:
        cands = [j for j in range(nt, len(lines)) if j != i]
        j = r.choice(cands) if cands else None
        if j is None:
            raise Regen("none")
        w = pick_clause(lines[j], r)
        if not w:
            raise Regen("none")
        dmg[j] = [(w[0], w[1], DMG[r.choice(["utf8_gbk", "utf8_cp1252", "gbk_latin1", "utf8_koi8r"])](lines[j][w[0]:w[1]], r))]
    return doc_from(lines, dmg), ("damage next to clean %s" % cat) if positive else ("clean %s quote" % cat)


@register("mj_one_line_snippets", "mj", 0.65, "one-line snippets with a short damaged stretch (one character to a phrase)")
def _s(r, positive):
    ctx = Ctx(r)
    line = ctx.plain(expand_pseudo(r.choice(HEADLINES + REPORT), ctx))
    dmg = {}
    if positive:
        how = r.choice(["utf8_gbk", "utf8_cp1252", "gbk_utf8", "ascii_q", "ncr_dec", "uni_esc", "truncate", "bitflip", "gbk_latin1", "kunjinkao"])
        lo, hi = (1, 1) if how in ("ascii_q", "bitflip", "ncr_dec", "uni_esc") and r.random() < 0.5 else (2, 5)
        runs = [(m.start(), m.end()) for m in re.finditer(r"[\u4e00-\u9fff]+", line) if m.end() - m.start() >= lo]
        a, b = r.choice(runs)
        L = r.randint(lo, min(hi, b - a))
        st = r.randint(a, b - L)
        if how == "truncate":
            st, L = a, b - a
        dmg[0] = [(st, st + L, DMG[how](line[st:st + L], r))]
        note = ("single line, UTF-8 cut mid-character at the end" if how == "truncate"
                else "single line, %s on %d character(s)" % (how, L))
    else:
        if r.random() < 0.6:
            line += segs_text(trap_segs(ctx, r.choice(["emoji", "rare", "symbols", "lookalike", "french", "japanese"]), MJ_TRAPS))
        note = "single line, clean"
    return doc_from([line], dmg), note


# ---------------------------------------------------------------- pure negatives (mojibake family)
def mj_negative(name, cats, genres=("report", "news"), k=(1, 3), desc="", strict=True):
    @register(name, "mj", 0.0, desc, strict)
    def _s(r, positive):
        ctx, lines, nt, ns = plain_doc(r, r.choice(genres), (2, 4))
        used = []
        for _ in range(r.randint(*k)):
            c = r.choice(cats)
            used.append(c)
            lines.insert(r.randint(nt, len(lines) - ns), segs_text(trap_segs(ctx, c, MJ_TRAPS)))
        if sum(l.count("\n") + 1 for l in lines) > 12:
            raise Regen("long")
        return doc_from(lines, {}), "clean text with look-alikes: " + ", ".join(used)


mj_negative("mj_neg_foreign_quotes", ["russian", "japanese", "korean", "greek", "french", "german", "spanish"], desc="quoted Russian/Japanese/Korean/Greek/French/German/Spanish")
mj_negative("mj_neg_diacritics", ["viet", "turkish", "polish", "czech", "ipa"], desc="Vietnamese, Turkish, Polish, Czech and IPA")
mj_negative("mj_neg_emoji_social", ["emoji"], genres=("news",), desc="emoji in social-media style posts")
mj_negative("mj_neg_rare_chars", ["rare"], genres=("news", "personnel", "report"), desc="legitimate rare characters in names (喆, 堃, 𫖯)")
mj_negative("mj_neg_pinyin_lesson", ["pinyin"], genres=("news", "report"), desc="pinyin in a language lesson: 发展(fāzhǎn)", strict=False)
mj_negative("mj_neg_html_code_doc", ["htmlcode"], genres=("report", "notice"), desc="HTML quoted as code in a technical document", strict=False)
mj_negative("mj_neg_urls_files_emails", ["url"], genres=("notice", "report"), desc="URLs (with legitimate %-encoding), file names, e-mail", strict=False)
mj_negative("mj_neg_traditional_text", ["trad", "cantonese"], genres=("news",), desc="clean traditional Chinese and Cantonese")
mj_negative("mj_neg_symbols_units", ["symbols", "amp"], genres=("report", "kv"), desc="units, math symbols, circled numbers, R&D")
mj_negative("mj_neg_box_table", ["box"], genres=("report",), k=(1, 1), desc="box-drawing text table")
mj_negative("mj_neg_code_escapes", ["code"], genres=("report", "notice"), desc="regex, Windows paths, LaTeX, \\n in a technical text", strict=False)
mj_negative("mj_neg_lookalike_words", ["lookalike", "translit"], genres=("report", "news"), desc="拷贝, 斤, 烫, 小屯, 王锟: real words made of mojibake characters")


ENC_TUTOR = ["把UTF-8编码的“%s”按GBK解读，就会显示成“%s”。", "用GBK打开UTF-8文件时，“%s”会变成“%s”这样的乱码。",
             "网页声明的编码与实际不一致，会使“%s”显示为“%s”。"]


@register("mj_neg_encoding_tutorial", "mj", 0.0, "technical article that quotes mojibake as an example (quoted, not damage)", strict=False)
def _s(r, positive):
    ctx = Ctx(r)
    w = r.choice(["中文", "发展", "政务", "通知", "工作", "数据"])
    bad = w.encode("utf-8").decode("gbk", "replace")
    lines = [r.choice(["常见文字编码问题解析", "乱码是怎样产生的", "信息化培训讲义（第%d讲）" % r.randint(1, 9)]),
             r.choice(ENC_TUTOR) % (w, bad),
             r.choice(["另一种常见乱码“锟斤拷”，是替换字符U+FFFD按UTF-8保存后又被GBK读取造成的。",
                       "调试版程序中未初始化的内存按GBK显示为“烫烫烫”。", "解决办法是统一使用UTF-8编码保存和读取文件。"]),
             "建议在保存文件时统一选择UTF-8编码。"]
    return doc_from(lines, {}), "quoted mojibake examples in a tutorial (doubtful, see README)"


# ================================================================ generation, verification, table
# Mixed styles are written with a nominal share of positives; the family scale lifts
# them so that each family ends near 65 % positives despite its pure-negative styles.
FAMILY_SCALE = {"ph": 0.70 / 0.65, "mj": 0.76 / 0.65}


def effective_pos(st):
    if st.pos <= 0.0 or st.pos >= 1.0:
        return st.pos
    return min(0.9, st.pos * FAMILY_SCALE[st.family])


def per_style_count(r, family):
    return r.randint(17, 20) if family == "ph" else r.randint(15, 18)


def generate(seed):
    """-> list of (record dict, list of clean strings per span)"""
    out = []
    for st in STYLES:
        r = random.Random("%s|%d|%s" % (PREFIX, seed, st.name))
        n = per_style_count(r, st.family)
        npos = int(round(n * effective_pos(st)))
        labels = [True] * npos + [False] * (n - npos)
        r.shuffle(labels)
        for positive in labels:
            last = None
            for _attempt in range(300):
                try:
                    doc, note = st.fn(r, positive)
                    text, spans, cleans, kinds = doc.build()
                    rec = {"id": "", "family": st.family, "style": st.name,
                           "label": ("placeholder" if st.family == "ph" else "mojibake") if positive else "negative",
                           "text": text, "spans": spans, "note": note}
                    probs = check_record(dict(rec, id="x"), st.strict)
                    if kinds and set(kinds) != {"ph" if st.family == "ph" else "mj"}:
                        probs.append("span kinds do not fit family")
                    if probs:
                        raise Regen("; ".join(probs))
                    break
                except Regen as e:
                    last = e
            else:
                raise RuntimeError("style %s cannot produce a %s record: %s" % (st.name, positive, last))
            out.append((rec, cleans))
    random.Random("%s|%d|order" % (PREFIX, seed)).shuffle(out)
    for i, (rec, _) in enumerate(out):
        rec["id"] = "%s-s%d-%05d" % (PREFIX, seed, i + 1)
    return out


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in items:
            f.write(json.dumps({k: rec[k] for k in ("id", "family", "style", "label", "text", "spans", "note")},
                               ensure_ascii=False) + "\n")


def verify(paths):
    bad = 0
    strict = {s.name: s.strict for s in STYLES}
    regen = {}
    for path in paths:
        seen = set()
        n = 0
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            print("%s: cannot open: %s" % (path, e))
            bad += 1
            continue
        with f:
            for ln, line in enumerate(f, 1):
                n += 1
                where = "%s:%d" % (path, ln)
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print("%s: not JSON: %s" % (where, e))
                    bad += 1
                    continue
                probs = check_record(rec, strict.get(rec.get("style"), True))
                if rec.get("style") not in strict:
                    probs.append("unknown style %r" % rec.get("style"))
                if rec.get("id") in seen:
                    probs.append("duplicate id")
                seen.add(rec.get("id"))
                if not probs and rec["label"] == "mojibake":
                    # regenerate the seed named in the id and compare each span with its clean text
                    m = re.fullmatch(PREFIX + r"-s(\d+)-\d{5}", rec["id"])
                    if not m:
                        probs.append("id does not name a seed")
                    else:
                        sd = int(m.group(1))
                        if sd not in regen:
                            regen[sd] = {x["id"]: (x, c) for x, c in generate(sd)}
                        ref = regen[sd].get(rec["id"])
                        if ref is None or ref[0]["text"] != rec["text"] or ref[0]["spans"] != rec["spans"]:
                            probs.append("record differs from its regeneration; cannot check clean text")
                        else:
                            for (s, e), clean in zip(rec["spans"], ref[1]):
                                if rec["text"][s:e] == clean:
                                    probs.append("mojibake span %r equals the clean text" % ([s, e],))
                for p in probs:
                    print("%s [%s]: %s" % (where, rec.get("id") if isinstance(rec, dict) else "?", p))
                bad += bool(probs)
        print("%s: %d records checked" % (path, n))
    print("problems: %d" % bad)
    return 1 if bad else 0


def style_table(path):
    rows = {}
    order = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            st = rec["style"]
            if st not in rows:
                rows[st] = {"family": rec["family"], "pos": 0, "neg": 0, "ex": None, "exn": None}
                order.append(st)
            row = rows[st]
            if rec["label"] == "negative":
                row["neg"] += 1
                row["exn"] = row["exn"] or rec
            else:
                row["pos"] += 1
                row["ex"] = row["ex"] or rec
    desc = {s.name: s.desc for s in STYLES}
    rank = {s.name: i for i, s in enumerate(STYLES)}
    order.sort(key=lambda s: rank.get(s, 10 ** 6))

    def cell(rec):
        if rec is None:
            return ""
        t = rec["text"]
        if rec["spans"]:
            s, e = rec["spans"][0]
            a = max(0, s - 12)
            t = ("…" if a else "") + t[a:s] + "⟦" + t[s:e] + "⟧" + t[e:e + 12]
        t = t.replace("\n", "⏎").replace("|", "\\|").replace("`", "'")
        t = "".join(c if (c.isprintable() or c == " ") else "\\x%02x" % ord(c) if ord(c) < 256 else "\\u%04x" % ord(c) for c in t)
        return t[:90] + ("…" if len(t) > 90 else "")

    out = ["| style | family | positives | negatives | what | example (first span in ⟦ ⟧; ⏎ = newline) |",
           "|---|---|---|---|---|---|"]
    tot = {}
    for st in order:
        row = rows[st]
        fam = row["family"]
        t = tot.setdefault(fam, [0, 0])
        t[0] += row["pos"]
        t[1] += row["neg"]
        out.append("| %s | %s | %d | %d | %s | %s |" % (st, fam, row["pos"], row["neg"], desc.get(st, "").replace("|", "\\|"),
                                                      cell(row["ex"] or row["exn"])))
    out.append("")
    for fam in sorted(tot):
        p, n = tot[fam]
        out.append("- %s: %d styles, %d records, %d positive (%.1f %%), %d negative" %
                   (fam, sum(1 for s in order if rows[s]["family"] == fam), p + n, p, 100.0 * p / max(1, p + n), n))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error("give --seed N --out FILE, or --verify FILE…, or --style-table FILE")
    items = generate(a.seed)
    write_jsonl(a.out, items)
    fam = {}
    for rec, _ in items:
        k = (rec["family"], rec["label"])
        fam[k] = fam.get(k, 0) + 1
    print("%s: %d records, %d styles; %s" % (a.out, len(items), len(STYLES),
                                            ", ".join("%s/%s=%d" % (f, l, n) for (f, l), n in sorted(fam.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
