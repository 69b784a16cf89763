#!/usr/bin/env python3
"""numbers28_gen.py -- held-out test collection for an arithmetic auditor of Chinese report text.

Two families of labelled records (JSON Lines):
  totals : a whole and its parts, differences, changes between two stated values, per-head figures,
           tables with a 合计 row, numbered items under a count ...
  pct    : percentages that must agree with their own numbers, shares of one whole, changes,
           percentage-point changes, and malformed percentages.

Usage
  python3 numbers28_gen.py --seed 11 --out numbers28_seed11.jsonl
  python3 numbers28_gen.py --verify numbers28_seed11.jsonl numbers28_seed12.jsonl
  python3 numbers28_gen.py --style-table numbers28_seed11.jsonl

Standard library only; deterministic per seed (all randomness comes from random.Random instances
seeded with sha256 digests, never from hash()).

Design
  * every style is a small function that draws numbers, renders one Chinese statement (1-6 lines)
    and returns the machine-checkable relations ("checks") it contains, each holding the exact
    surface strings of its numbers as they appear in the text;
  * the generator evaluates the checks with its own values (generator side), then the verifier
    (a separate code path) re-parses every surface string from the text -- ASCII / full-width digits,
    thousands separators, 万/亿 magnitudes, Chinese numerals, percentages -- and recomputes;
  * a record is kept only if both sides agree and the label rule holds: consistent = every check
    holds; inconsistent = exactly one check fails; negative = only not_checkable look-alikes;
  * a lint makes sure that the context sentences around the checked statement (text minus the
    statement spans) contain no relation triggers (%, 共N, 合计, 其中, 分别, 增长N, 率, 占 ...), so
    context cannot contain a second, accidental relation; and that the number of malformed
    percentages in the whole text equals the number of failing pct_format checks.
"""
import argparse
import hashlib
import json
import math
import random
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction

FAMILIES = ("totals", "pct")
LABELS = ("consistent", "inconsistent", "negative")


class Retry(Exception):
    """Raised by a style when a draw is unusable (ties at a rounding boundary, label not reached...)."""


# =====================================================================================
# Generator-side rendering
# =====================================================================================
_FW_DIG = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_D = "零一二三四五六七八九"
MAGS = {"": 1, "万": 10 ** 4, "亿": 10 ** 8}


def _cn_section(n, first):
    out = []
    zero = False
    started = False
    for u, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        dgt = n // u % 10
        if dgt == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if u == 10 and dgt == 1 and not started and first:
            out.append("十")
        else:
            out.append(_CN_D[dgt] + name)
        started = True
    return "".join(out)


def int_to_cn(n, liang=False):
    """Integer -> Chinese numerals (三十八, 一千零五, 十二万三千, 两千 when liang)."""
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    first = True
    pending_zero = False
    for val, name in ((yi, "亿"), (wan, "万"), (ge, "")):
        if val == 0:
            if not first:
                pending_zero = True
            continue
        if not first and (pending_zero or val < 1000):
            out += "零"
        out += _cn_section(val, first) + name
        first = False
        pending_zero = False
    if liang and (out.startswith("二千") or out.startswith("二万")):
        out = "两" + out[1:]
    return out


def digits_cn(s):
    """'67' -> '六七' (digit by digit, used after 点)."""
    return "".join(_CN_D[int(c)] for c in s)


class Num:
    """A number as written in the text: surface s and exact value v (Fraction, base units)."""
    __slots__ = ("s", "v", "ulp", "ticks", "d", "mag", "pct")

    def __init__(self, s, v, ulp, ticks=None, d=0, mag="", pct=False):
        self.s, self.v, self.ulp, self.ticks, self.d, self.mag, self.pct = s, v, ulp, ticks, d, mag, pct

    def j(self):
        return {"s": self.s, "v": fdec(self.v)}

    def __str__(self):
        return self.s


def fdec(x):
    """Fraction -> short decimal string (exact when the denominator is 2^a5^b)."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    den = x.denominator
    k = 0
    while den % 2 == 0 or den % 5 == 0:
        den //= 2 if den % 2 == 0 else 5
        k += 1
    if den == 1:
        sign = "-" if x < 0 else ""
        a = abs(x)
        scaled = a * 10 ** k
        ip, fp = divmod(scaled.numerator, 10 ** k)
        return sign + str(ip) + "." + str(fp).zfill(k).rstrip("0")
    return "%.6f" % float(x)


def round_half_up(x, ulp):
    """Generator-side rounding of a Fraction to a multiple of ulp (symmetric half-up)."""
    q = abs(Fraction(x)) / ulp
    fl = q.numerator // q.denominator
    rem = q - fl
    if rem * 2 == 1:
        raise Retry("tie at rounding boundary")
    n = fl + (1 if rem * 2 > 1 else 0)
    return n * ulp * (1 if x >= 0 else -1)


class G:
    """Per-record drawing and rendering context."""

    def __init__(self, rng, family):
        self.r = rng
        self.family = family
        x = rng.random()
        self.mode = "fw" if x < 0.10 else "ascii"
        self.ascii_punct = rng.random() < 0.10
        y = rng.random()
        if y < 0.62:
            self.sep = None
        elif y < 0.90:
            self.sep = ","
        elif y < 0.95:
            self.sep = " "
        else:
            self.sep = "，"
        if self.ascii_punct and self.sep in (",", "，"):
            self.sep = None
        if self.mode == "fw" and self.sep == " ":
            self.sep = None
        self.pct_sign = "％" if (self.mode == "fw" and rng.random() < 0.7) or rng.random() < 0.1 else "%"
        self.sep_min = 10000 if rng.random() < 0.5 else 1000
        self.year = rng.randint(2019, 2024)
        self.K = rng.choice(["县", "区", "市"])
        self._company = None
        self._Q = None
        self.notes = []
        self.trailing_space_pct = False

    # ------------------------------------------------------------------ drawing helpers
    def ri(self, a, b):
        return self.r.randint(a, b)

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def p(self, prob):
        return self.r.random() < prob

    def shuffle(self, seq):
        seq = list(seq)
        self.r.shuffle(seq)
        return seq

    def partition(self, total, k, lo=1, spread=1.3):
        if total < k * lo:
            raise Retry("partition too small")
        for _ in range(200):
            w = [self.r.random() ** spread + 0.12 for _ in range(k)]
            s = sum(w)
            parts = [max(lo, int(total * x / s)) for x in w]
            i = max(range(k), key=lambda j: parts[j])
            parts[i] += total - sum(parts)
            if all(p >= lo for p in parts):
                return parts
        raise Retry("partition failed")

    def typo(self, v, lo=1, small_only=False):
        """A plausible wrong value near v (digit slip, transposition, +-1, +-10 ...)."""
        v = int(v)
        s = str(abs(v))
        for _ in range(60):
            k = self.r.random()
            if small_only:
                k = k * 0.5
            if k < 0.32:
                w = v + self.ch([-3, -2, -1, 1, 2, 3, -1, 1])
            elif k < 0.5 and abs(v) >= 30:
                w = v + self.ch([-10, 10, -20, 20, -30, 30])
            elif k < 0.62 and abs(v) >= 300:
                w = v + self.ch([-100, 100, -200, 200, -1000, 1000])
            elif k < 0.82 and len(s) >= 2:
                i = self.r.randrange(len(s) - 1)
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] == "0":
                    continue
                w = int(t) * (1 if v >= 0 else -1)
            else:
                i = self.r.randrange(len(s))
                dd = self.ch("0123456789")
                t = s[:i] + dd + s[i + 1:]
                if t[0] == "0":
                    continue
                w = int(t) * (1 if v >= 0 else -1)
            if w != v and w >= lo:
                return w
        raise Retry("typo failed")

    # ------------------------------------------------------------------ rendering
    def _digits(self, ticks, d, sep=None, mode=None):
        mode = mode or self.mode
        sep = self.sep if sep is None else (sep or None)
        neg = ticks < 0
        t = abs(ticks)
        ip, fp = divmod(t, 10 ** d)
        ips = str(ip)
        if sep and ip >= self.sep_min:
            groups = []
            while len(ips) > 3:
                groups.insert(0, ips[-3:])
                ips = ips[:-3]
            groups.insert(0, ips)
            ips = sep.join(groups)
        s = ips + ("." + str(fp).zfill(d) if d else "")
        if mode == "fw":
            s = s.translate(_FW_DIG)
        if neg:
            s = ("－" if mode == "fw" else "-") + s
        return s

    def n(self, ticks, d=0, mag="", sep=None, mode=None, cn=False, liang=None):
        """Render an amount given in ticks of 10^-d (in units of mag)."""
        ticks = int(ticks)
        if cn:
            if d:
                ip, fp = divmod(abs(ticks), 10 ** d)
                s = int_to_cn(ip) + "点" + digits_cn(str(fp).zfill(d))
            else:
                s = int_to_cn(abs(ticks), liang=self.p(0.6) if liang is None else liang)
            s = s + mag if mag and not s.endswith(mag) else s
        else:
            s = self._digits(ticks, d, sep, mode) + mag
        v = Fraction(ticks, 10 ** d) * MAGS[mag]
        ulp = Fraction(MAGS[mag], 10 ** d)
        return Num(s, v, ulp, ticks, d, mag)

    def pct_from(self, true, d, sign=None, cn=False, mode=None, allow_neg=False):
        """Correctly rounded percentage Num of a Fraction value (in percent units)."""
        ulp = Fraction(1, 10 ** d)
        rv = round_half_up(true, ulp)
        return self.pct_ticks(int(rv / ulp), d, sign=sign, cn=cn, mode=mode)

    def pct_ticks(self, ticks, d, sign=None, cn=False, mode=None):
        sign = sign or self.pct_sign
        if cn:
            ip, fp = divmod(abs(ticks), 10 ** d)
            body = int_to_cn(ip) + ("点" + digits_cn(str(fp).zfill(d)) if d else "")
            s = "百分之" + body
        else:
            s = self._digits(ticks, d, sep="", mode=mode) + sign
        return Num(s, Fraction(ticks, 10 ** d), Fraction(1, 10 ** d), ticks, d, "", True)

    def wrong_pct(self, true, d, lo=Fraction(0), hi=None, sign=None, cn=False, mode=None):
        """A stated rate that is off by more than rounding (>= 2 units in the last place)."""
        ulp = Fraction(1, 10 ** d)
        try:
            good = round_half_up(true, ulp)
        except Retry:
            good = true
        gt = int(good / ulp)
        s = str(abs(gt))
        for _ in range(80):
            k = self.r.random()
            if k < 0.3 and len(s) >= 2:
                i = self.r.randrange(len(s) - 1)
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] == "0" and len(t) > 1 and i == 0:
                    continue
                w = int(t) * (1 if gt >= 0 else -1)
            elif k < 0.6:
                w = gt + self.ch([-1, 1]) * self.ri(2, 9)
            elif k < 0.85:
                w = gt + self.ch([-1, 1]) * self.ri(max(2, int(Fraction(1, 2) / ulp)), max(3, int(4 / ulp)))
            else:
                w = gt + self.ch([-1, 1]) * self.ri(max(2, int(5 / ulp)), max(3, int(12 / ulp)))
            wv = w * ulp
            if abs(wv - true) < 2 * ulp:
                continue
            if wv < lo or (hi is not None and wv > hi):
                continue
            return self.pct_ticks(w, d, sign=sign, cn=cn, mode=mode)
        raise Retry("wrong pct failed")

    def plain_num(self, ticks, d):
        """A bare number (no sign), e.g. for 个百分点 or ratio notation."""
        return Num(self._digits(ticks, d, sep=""), Fraction(ticks, 10 ** d), Fraction(1, 10 ** d), ticks, d, "")

    # ------------------------------------------------------------------ names
    def place(self, kind=None):
        a = self.ch("青云白金松桃柳石凤龙清明安永新长东西南北临平泉华丰盛宁雁鹤兰梅竹枫槐")
        b = self.ch("溪河山湖岭塘坪桥阳源湾岗川林洲埠坝堡田峰口")
        kind = kind or self.ch(["镇", "街道", "乡", "县", "区", "市"])
        return a + b + kind

    def village(self):
        return self.ch("上下大小前后新老") + self.ch("王李陈张刘杨黄赵周吴徐孙马朱胡林何郭罗") + self.ch(["家村", "庄村", "湾村", "寨村", "坪村", "营村"])

    def county(self):
        if self._Q is None:
            self._Q = self.place(self.K)
        return self._Q

    def company(self, new=False):
        if self._company is not None and not new:
            return self._company
        a = self.ch(["恒", "瑞", "嘉", "鼎", "华", "泰", "锦", "鸿", "盛", "德", "汇", "禾"]) + self.ch(["源", "通", "达", "丰", "晟", "安", "信", "弘", "远", "辰", "远", "拓"])
        b = self.ch(["新材料", "精密机械", "食品", "物流", "建设投资", "城市发展", "水务", "文旅", "能源", "交通投资", "农业发展", "供应链"])
        c = self.ch(["有限公司", "集团有限公司", "股份有限公司", "有限责任公司"])
        if self._company is None and not new:
            self._company = a + b + c
        return a + b + c

    def town_names(self, k, kind="镇"):
        names = []
        while len(names) < k:
            x = self.place(kind)
            if x not in names:
                names.append(x)
        return names

    def cn_count(self, k):
        return int_to_cn(k)


# =====================================================================================
# Check constructors (generator side)
# =====================================================================================
def C(rel, **kw):
    d = OrderedDict(rel=rel)
    for k, v in kw.items():
        if isinstance(v, Num):
            d[k] = v.j()
        elif isinstance(v, list) and v and isinstance(v[0], Num):
            d[k] = [x.j() for x in v]
        else:
            d[k] = v
    d["_gen"] = kw  # removed before output, used for generator-side evaluation
    return d


def gen_holds(c):
    """Generator-side evaluation of a check from the Num values (no parsing)."""
    kw = c["_gen"]
    rel = c["rel"]
    if rel == "sum":
        s = sum(p.v for p in kw["parts"])
        return _ghu(s, kw["total"].ulp) == kw["total"].v
    if rel == "diff":
        return _ghu(kw["a"].v - kw["b"].v, kw["d"].ulp) == kw["d"].v
    if rel == "ratio_pct":
        return _ghu(kw["num"].v * 100 / kw["den"].v, kw["pct"].ulp) == kw["pct"].v
    if rel == "change_pct":
        t = (kw["new"].v - kw["old"].v) * 100 / kw["old"].v
        return _gdir(t, kw["pct"], kw["dir"])
    if rel == "delta_pct":
        old = kw["cur"].v - kw["delta"].v if kw["dir"] == "up" else kw["cur"].v + kw["delta"].v
        t = kw["delta"].v * 100 / old
        return _ghu(t, kw["pct"].ulp) == kw["pct"].v
    if rel == "pp_change":
        t = kw["new"].v - kw["old"].v
        return _gdir_pp(t, kw["pp"], kw["dir"])
    if rel == "over_pp":
        return _ghu(kw["rate"].v - 100, kw["pp"].ulp) == kw["pp"].v
    if rel == "share_sum":
        s = sum(x.v for x in kw["shares"])
        tol = sum(x.ulp for x in kw["shares"]) / 2
        base = kw.get("base", 100)
        if s > base + tol:
            return False
        if kw.get("exhaustive") and s < base - tol:
            return False
        return True
    if rel == "per_head":
        return _ghu(kw["total"].v / kw["count"].v, kw["per"].ulp) == kw["per"].v
    if rel == "count_items":
        return kw["stated"].v == len(kw["items"])
    if rel == "le":
        return kw["a"].v <= kw["b"].v
    if rel == "pct_format":
        return kw["wellformed"]
    if rel == "not_checkable":
        return True
    raise ValueError(rel)


def _ghu(x, ulp):
    q = abs(Fraction(x)) / ulp
    fl = q.numerator // q.denominator
    n = fl + (1 if (q - fl) * 2 >= 1 else 0)
    return n * ulp * (1 if x >= 0 else -1)


def _gdir(t, pct, direction):
    if direction == "up":
        return t > 0 and _ghu(t, pct.ulp) == pct.v
    if direction == "down":
        return t < 0 and _ghu(-t, pct.ulp) == pct.v
    return _ghu(t, pct.ulp) == pct.v


def _gdir_pp(t, pp, direction):
    if direction == "up":
        return t > 0 and _ghu(t, pp.ulp) == pp.v
    if direction == "down":
        return t < 0 and _ghu(-t, pp.ulp) == pp.v
    return _ghu(t, pp.ulp) == pp.v


def describe(c):
    """One short generator-side description of a check for the note."""
    kw = c["_gen"]
    rel = c["rel"]
    ok = gen_holds(c)
    mark = "ok" if ok else "WRONG"
    if rel == "sum":
        s = sum(p.v for p in kw["parts"])
        m = kw["total"].mag
        return "sum %s = %s%s vs stated %s (%s)" % ("+".join(p.s for p in kw["parts"]), fdec(s / MAGS[m]), m, kw["total"].s, mark)
    if rel == "diff":
        m = kw["d"].mag
        return "%s - %s = %s%s vs stated %s (%s)" % (kw["a"].s, kw["b"].s, fdec((kw["a"].v - kw["b"].v) / MAGS[m]), m, kw["d"].s, mark)
    if rel == "ratio_pct":
        t = kw["num"].v * 100 / kw["den"].v
        return "%s/%s = %.4f%% vs stated %s (%s)" % (kw["num"].s, kw["den"].s, float(t), kw["pct"].s, mark)
    if rel == "change_pct":
        t = (kw["new"].v - kw["old"].v) * 100 / kw["old"].v
        return "change %s->%s = %+.4f%% vs stated %s %s (%s)" % (kw["old"].s, kw["new"].s, float(t), kw["dir"], kw["pct"].s, mark)
    if rel == "delta_pct":
        old = kw["cur"].v - kw["delta"].v if kw["dir"] == "up" else kw["cur"].v + kw["delta"].v
        t = kw["delta"].v * 100 / old
        m = kw["delta"].mag
        return "delta %s on base %s%s = %.4f%% vs stated %s (%s)" % (kw["delta"].s, fdec(old / MAGS[m]), m, float(t), kw["pct"].s, mark)
    if rel == "pp_change":
        return "pp %s->%s = %s vs stated %s (%s)" % (kw["old"].s, kw["new"].s, fdec(kw["new"].v - kw["old"].v), kw["pp"].s, mark)
    if rel == "over_pp":
        return "%s - 100 = %s vs stated %s个百分点 (%s)" % (kw["rate"].s, fdec(kw["rate"].v - 100), kw["pp"].s, mark)
    if rel == "share_sum":
        return "shares %s sum %s (%s)" % ("+".join(x.s for x in kw["shares"]), fdec(sum(x.v for x in kw["shares"])), mark)
    if rel == "per_head":
        return "%s/%s = %.3f vs stated %s (%s)" % (kw["total"].s, kw["count"].s, float(kw["total"].v / kw["count"].v), kw["per"].s, mark)
    if rel == "count_items":
        return "stated count %s vs %d items listed (%s)" % (kw["stated"].s, len(kw["items"]), mark)
    if rel == "le":
        return "%s <= %s (%s)" % (kw["a"].s, kw["b"].s, mark)
    if rel == "pct_format":
        return "percentage %r is %s" % (kw["s"], "well-formed" if kw["wellformed"] else "MALFORMED")
    if rel == "not_checkable":
        return "not checkable: %s" % kw["why"]
    return rel


# =====================================================================================
# Verifier (independent code path: re-parses every surface string found in the text)
# =====================================================================================
_V_FWMAP = str.maketrans("０１２３４５６７８９．－，", "0123456789.-,")
_V_DIGIT_RE = re.compile(r"(-)?(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?(万亿|亿|万)?")
_V_CN_RE = re.compile(r"([零〇一二两三四五六七八九十百千万亿]+)(?:点([零〇一二三四五六七八九]+))?(万亿|亿|万)?")
_V_CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_V_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_V_MAG = {"": 1, "万": 10 ** 4, "亿": 10 ** 8, "万亿": 10 ** 12}
_V_CNCHARS = "零〇一二两三四五六七八九十百千万亿"

# a well-formed percentage: digits [. digits] then exactly one % or ％, or 百分之 + Chinese numerals
_V_PCT_OK = re.compile(r"^[-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]$|^百分之[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?$")
# malformed-percentage detectors applied to the whole text
_V_PCT_BAD = [
    re.compile(r"[xX×＊*]+(?:[.．][xX×＊*]+)?\s*[%％]"),
    re.compile(r"[0-9０-９]\s+[%％]"),
    re.compile(r"[%％][0-9０-９]"),
    re.compile(r"[%％]{2,}"),
    re.compile(r"[0-9０-９][.．]{2,}[0-9０-９]+\s*[%％]"),
    re.compile(r"[0-9０-９]。[0-9０-９]+[%％]"),
    re.compile(r"百分之[0-9０-９]"),
]
_V_NUMCH = r"[0-9０-９一二三四五六七八九十两百千万]"
# relation triggers that must not occur in the context around the checked statements
_V_TRIGGERS = [
    re.compile(r"[%％]"), re.compile(r"百分"), re.compile(r"其中"), re.compile(r"分别"), re.compile(r"包括"),
    re.compile(r"(?:共|共计|合计|总计|累计|小计|总数|总量|总额|全部)[为达有约近是]?" + _V_NUMCH),
    re.compile(r"(?:增长|下降|增加|减少|提高|降低|上升|下滑|增至|降至|提升|扩大|缩小|新增|净增|净减|超额|超过)[了到至为达]?" + _V_NUMCH),
    re.compile(r"率"), re.compile(r"占"), re.compile(r"结余"), re.compile(r"人均"), re.compile(r"平均"),
    re.compile(r"比上年"), re.compile(r"同比"), re.compile(r"环比"), re.compile(r"倍"), re.compile(r"合计"),
    re.compile(r"由" + _V_NUMCH), re.compile(r"[:：∶][0-9０-９]+[:：∶]"),
]


def v_cn_int(s):
    total = 0
    section = 0
    num = 0
    for c in s:
        if c in _V_CN_DIG:
            num = _V_CN_DIG[c]
        elif c in _V_CN_UNIT:
            if num == 0 and c == "十":
                num = 1
            section += num * _V_CN_UNIT[c]
            num = 0
        elif c == "万":
            total += (section + num) * 10 ** 4
            section = num = 0
        elif c == "亿":
            total = (total + section + num) * 10 ** 8
            section = num = 0
        else:
            raise ValueError("bad Chinese numeral %r" % s)
    return total + section + num


def v_parse_num(s):
    """Surface -> (value, ulp) as Fractions. ASCII/full-width digits, separators, 万/亿, Chinese."""
    t = s.strip().translate(_V_FWMAP)
    m = _V_DIGIT_RE.fullmatch(t)
    if m:
        ip = int(re.sub(r"[, ]", "", m.group(2)))
        fp = m.group(3) or ""
        mult = _V_MAG[m.group(4) or ""]
        val = Fraction(ip) + (Fraction(int(fp), 10 ** len(fp)) if fp else 0)
        val = val * mult * (-1 if m.group(1) else 1)
        return val, Fraction(mult, 10 ** len(fp))
    m = _V_CN_RE.fullmatch(t)
    if m:
        ip = v_cn_int(m.group(1))
        fp = m.group(2) or ""
        mult = _V_MAG[m.group(3) or ""]
        val = Fraction(ip)
        if fp:
            val += Fraction(int("".join(str(_V_CN_DIG[c]) for c in fp)), 10 ** len(fp))
        return val * mult, Fraction(mult, 10 ** len(fp))
    raise ValueError("unparseable number %r" % s)


def v_parse_pct(s):
    t = s.strip()
    if t.startswith("百分之"):
        return v_parse_num(t[3:])
    if t and t[-1] in "%％":
        if not _V_PCT_OK.match(t):
            raise ValueError("malformed percentage %r" % s)
        t = t[:-1]
    return v_parse_num(t)


def v_round(x, ulp):
    q = abs(x) / ulp
    n = math.floor(q + Fraction(1, 2))
    return n * ulp * (1 if x >= 0 else -1)


def v_present(s, text):
    if not s:
        return False
    pre = ""
    post = ""
    if s[0] in "0123456789０１２３４５６７８９-－":
        pre = r"(?<![0-9０-９.．])"
    elif s[0] in _V_CNCHARS:
        pre = r"(?<![%s])" % _V_CNCHARS
    if s[-1] in "0123456789０１２３４５６７８９":
        post = r"(?![0-9０-９]|[.．][0-9０-９]|[万亿])"
    elif s[-1] in _V_CNCHARS:
        post = r"(?![%s])" % _V_CNCHARS
    return re.search(pre + re.escape(s) + post, text) is not None


class VErr(Exception):
    pass


def _vnum(text, obj, pct=False):
    if not isinstance(obj, dict) or "s" not in obj:
        raise VErr("number object missing")
    s = obj["s"]
    if not v_present(s, text):
        raise VErr("surface %r not found in text" % s)
    try:
        val, ulp = (v_parse_pct(s) if pct else v_parse_num(s))
    except ValueError as e:
        raise VErr(str(e))
    if "v" in obj and Fraction(obj["v"]) != val:
        raise VErr("surface %r parses to %s, record says %s" % (s, val, obj["v"]))
    return val, ulp


def _vdir(t, stated, ulp, direction):
    if direction == "up":
        return t > 0 and v_round(t, ulp) == stated
    if direction == "down":
        return t < 0 and v_round(-t, ulp) == stated
    if direction == "signed":
        return v_round(t, ulp) == stated
    raise VErr("bad dir %r" % direction)


def v_eval(c, text):
    """-> True/False (relation holds) or raises VErr for a structural problem."""
    rel = c.get("rel")
    span = c.get("span")
    if not span or span not in text:
        raise VErr("span missing or not in text")
    if rel == "sum":
        T, tu = _vnum(text, c["total"])
        parts = [_vnum(text, p)[0] for p in c["parts"]]
        if len(parts) < 2:
            raise VErr("sum needs 2+ parts")
        return v_round(sum(parts), tu) == T
    if rel == "diff":
        a, _ = _vnum(text, c["a"])
        b, _ = _vnum(text, c["b"])
        d, du = _vnum(text, c["d"])
        return v_round(a - b, du) == d
    if rel == "ratio_pct":
        n, _ = _vnum(text, c["num"])
        den, _ = _vnum(text, c["den"])
        p, pu = _vnum(text, c["pct"], pct=True)
        if den == 0:
            raise VErr("zero denominator")
        return v_round(n * 100 / den, pu) == p
    if rel == "change_pct":
        old, _ = _vnum(text, c["old"])
        new, _ = _vnum(text, c["new"])
        p, pu = _vnum(text, c["pct"], pct=True)
        return _vdir((new - old) * 100 / old, p, pu, c["dir"])
    if rel == "delta_pct":
        cur, _ = _vnum(text, c["cur"])
        dl, _ = _vnum(text, c["delta"])
        p, pu = _vnum(text, c["pct"], pct=True)
        if c["dir"] == "up":
            base = cur - dl
        elif c["dir"] == "down":
            base = cur + dl
        else:
            raise VErr("bad dir")
        if base <= 0:
            return False
        return v_round(dl * 100 / base, pu) == p
    if rel == "pp_change":
        o, _ = _vnum(text, c["old"], pct=True)
        nw, _ = _vnum(text, c["new"], pct=True)
        pp, ppu = _vnum(text, c["pp"])
        if "个百分点" not in span:
            raise VErr("pp_change without 个百分点")
        return _vdir(nw - o, pp, ppu, c["dir"])
    if rel == "over_pp":
        rate, _ = _vnum(text, c["rate"], pct=True)
        pp, ppu = _vnum(text, c["pp"])
        return v_round(rate - 100, ppu) == pp
    if rel == "share_sum":
        vals = [_vnum(text, x, pct=True) for x in c["shares"]]
        s = sum(v for v, _ in vals)
        tol = sum(u for _, u in vals) / 2
        base = Fraction(c.get("base", 100))
        if s > base + tol:
            return False
        if c.get("exhaustive") and s < base - tol:
            return False
        return True
    if rel == "per_head":
        T, _ = _vnum(text, c["total"])
        cnt, _ = _vnum(text, c["count"])
        per, pu = _vnum(text, c["per"])
        return v_round(T / cnt, pu) == per
    if rel == "count_items":
        k, _ = _vnum(text, c["stated"])
        items = c["items"]
        for it in items:
            if it not in span:
                raise VErr("item %r not in span" % it)
        if c.get("absent") and c["absent"] in span:
            raise VErr("absent marker %r present" % c["absent"])
        return k == len(items)
    if rel == "le":
        a, _ = _vnum(text, c["a"])
        b, _ = _vnum(text, c["b"])
        return a <= b
    if rel == "pct_format":
        s = c["s"]
        if s not in text:
            raise VErr("pct surface %r not in text" % s)
        return _V_PCT_OK.match(s) is not None
    if rel == "not_checkable":
        kind = c.get("kind")
        if not c.get("why"):
            raise VErr("not_checkable without why")
        vals = []
        for x in c.get("nums", []):
            vals.append(_vnum(text, x, pct=x["s"].endswith(("%", "％")) or x["s"].startswith("百分之"))[0])
        if c.get("marker") and c["marker"] not in span:
            raise VErr("marker %r not in span" % c["marker"])
        if kind in ("overlap", "selection", "partial", "approx", "single_subset", "avg_not_additive"):
            T, _ = _vnum(text, c["total"])
            parts = [_vnum(text, p)[0] for p in c["parts"]]
            s = sum(parts)
            if kind == "overlap" and not (s > T and max(parts) <= T):
                raise VErr("overlap look-alike should exceed the whole with each part <= whole")
            if kind in ("selection", "partial", "single_subset") and not s < T:
                raise VErr("selection/partial look-alike must sum below the whole")
            if kind == "approx":
                m = c["marker"]
                gap = (s - T) / T
                if abs(gap) > Fraction(8, 100):
                    raise VErr("approx look-alike too far off")
                if m in ("余", "多") and s < T:
                    raise VErr("余/多 total needs parts >= stated")
                if m == "近" and s >= T:
                    raise VErr("近 total needs parts < stated")
        if kind == "growth_over_100":
            if not any(v > 100 for v in vals):
                raise VErr("growth_over_100 needs a value > 100")
        if kind == "approx_pct":
            n, _ = _vnum(text, c["num"])
            den, _ = _vnum(text, c["den"])
            p, _ = _vnum(text, c["pct"], pct=True)
            if abs(n * 100 / den - p) > 3:
                raise VErr("approx pct too far off")
        return True
    raise VErr("unknown rel %r" % rel)


_V_REQ = ("id", "family", "style", "label", "text", "note", "checks")


def v_record(rec):
    """-> list of problems (empty when the record is fine)."""
    errs = []
    for k in _V_REQ:
        if k not in rec:
            return ["missing field %s" % k]
    if rec["family"] not in FAMILIES:
        errs.append("bad family")
    if rec["label"] not in LABELS:
        errs.append("bad label")
    if not re.fullmatch(r"n28-(totals|pct)-\d{6}", rec["id"]) or rec["id"].split("-")[1] != rec["family"]:
        errs.append("bad id")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"]):
        errs.append("bad style name")
    text = rec["text"]
    nl = len(text.split("\n"))
    if not 1 <= nl <= 8:
        errs.append("text has %d lines" % nl)
    if "\n" in rec["note"] or not rec["note"].strip():
        errs.append("note must be one non-empty line")
    checks = rec["checks"]
    if not isinstance(checks, list) or not checks:
        return errs + ["no checks"]
    real_fail = 0
    real = 0
    nc = 0
    fmt_fail = 0
    for c in checks:
        try:
            h = v_eval(c, text)
        except VErr as e:
            errs.append("check %s: %s" % (c.get("rel"), e))
            continue
        except (KeyError, TypeError, ZeroDivisionError, ValueError) as e:
            errs.append("check %s: malformed (%s)" % (c.get("rel"), e))
            continue
        if c.get("holds") is not h:
            errs.append("check %s: declared holds=%s, recomputed %s" % (c.get("rel"), c.get("holds"), h))
        if c["rel"] == "not_checkable":
            nc += 1
        else:
            real += 1
            if not h:
                real_fail += 1
                if c["rel"] == "pct_format":
                    fmt_fail += 1
    lab = rec["label"]
    if lab == "consistent" and (real == 0 or real_fail):
        errs.append("consistent record needs >=1 check and no failing one (fails=%d)" % real_fail)
    if lab == "inconsistent" and real_fail != 1:
        errs.append("inconsistent record needs exactly one failing check (fails=%d)" % real_fail)
    if lab == "negative" and (real or not nc):
        errs.append("negative record must hold only not_checkable look-alikes")
    # malformed percentages in the whole text must be exactly the declared ones
    bad_spans = []
    for rx in _V_PCT_BAD:
        for m in rx.finditer(text):
            bad_spans.append((m.start(), m.end()))
    bad_spans.sort()
    merged = []
    for a, b in bad_spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    if len(merged) != fmt_fail:
        errs.append("%d malformed percentage(s) in text, %d declared" % (len(merged), fmt_fail))
    # context lint: outside the checked statements there must be no relation trigger
    rest = text
    for sp in sorted({c.get("span", "") for c in checks}, key=len, reverse=True):
        if sp:
            rest = rest.replace(sp, "\u2063")
    for rx in _V_TRIGGERS:
        m = rx.search(rest)
        if m:
            errs.append("context outside checked spans contains trigger %r" % m.group(0))
            break
    return errs


def verify_files(paths, quiet=False):
    total_problems = 0
    for path in paths:
        seen = set()
        texts = set()
        per_style = Counter()
        style_fam = {}
        fam_lab = Counter()
        n = 0
        problems = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append("line %d: bad JSON (%s)" % (ln, e))
                    continue
                n += 1
                errs = v_record(rec)
                if rec.get("id") in seen:
                    errs.append("duplicate id")
                seen.add(rec.get("id"))
                if rec.get("text") in texts:
                    errs.append("duplicate text")
                texts.add(rec.get("text"))
                st = rec.get("style")
                per_style[st] += 1
                if style_fam.setdefault(st, rec.get("family")) != rec.get("family"):
                    errs.append("style %s used in two families" % st)
                fam_lab[(rec.get("family"), rec.get("label"))] += 1
                for e in errs:
                    problems.append("line %d (%s, %s): %s" % (ln, rec.get("id"), st, e))
        if len(per_style) < 150:
            problems.append("only %d styles (< 150)" % len(per_style))
        for st, k in per_style.items():
            if not 15 <= k <= 20:
                problems.append("style %s has %d records (not 15-20)" % (st, k))
        if not quiet:
            print("%s: %d records, %d styles" % (path, n, len(per_style)))
            for fam in FAMILIES:
                tot = sum(fam_lab[(fam, l)] for l in LABELS)
                print("  %-6s %5d  " % (fam, tot) + "  ".join(
                    "%s=%d (%.1f%%)" % (l, fam_lab[(fam, l)], 100.0 * fam_lab[(fam, l)] / max(1, tot)) for l in LABELS))
            for p in problems[:50]:
                print("  PROBLEM " + p)
            if len(problems) > 50:
                print("  ... %d more problems" % (len(problems) - 50))
            print("  verify: %s" % ("OK" if not problems else "%d PROBLEMS" % len(problems)))
        total_problems += len(problems)
    return total_problems


# =====================================================================================
# Context sentences (no relation triggers; numbers in them are lone counts, dates, doc numbers)
# =====================================================================================
CTX = {
    "gov": dict(
        head=["主要工作完成情况", "年度重点任务推进情况", "过去一年的工作回顾", "工作开展情况"],
        before=["{Y}年，在上级党委、政府的坚强领导下，我们稳步推进各项工作。",
                "全体干部职工迎难而上、真抓实干，年度目标任务顺利完成。",
                "现将有关情况报告如下。",
                "我们紧盯年初确定的目标任务，细化措施、压实责任。",
                "今年以来，{Q}坚持稳中求进工作总基调，统筹抓好发展和安全。"],
        after=["下一步，我们将对标先进、补齐短板，持续抓好各项工作落实。",
               "这些成绩的取得，离不开广大干部群众的辛勤付出。",
               "同时也要清醒看到，工作中还存在一些短板弱项，需要在今后加以改进。",
               "相关做法得到上级部门肯定，并在全市作经验交流。",
               "领导班子召开专题会议{n}次，研究解决具体问题。"]),
    "env": dict(
        head=["生态环境保护", "污染防治攻坚", "环境执法监管"],
        before=["坚持精准治污、科学治污、依法治污，持续开展环境执法专项行动。",
                "聚焦群众反映强烈的突出环境问题，组织开展联合执法检查。",
                "全年出动执法人员{N}人次，检查企业{N}家次。",
                "{M}月起，在全域开展“清水蓝天”专项行动。"],
        after=["对发现的问题全部建立台账，实行销号管理。",
               "典型案例在本地媒体予以曝光，形成有力震慑。",
               "移送公安机关办理的案件均已依法处理。",
               "中央生态环境保护督察反馈问题整改工作按时序推进。"]),
    "petition": dict(
        head=["信访工作", "矛盾纠纷化解", "社会稳定"],
        before=["严格落实领导干部接访下访制度，推动信访事项及时就地解决。",
                "坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层。",
                "{M}月{D}日，召开信访工作联席会议，研究部署重点积案化解。"],
        after=["重复信访和越级上访明显减少。",
               "对疑难复杂信访事项实行领导包案，逐案明确化解措施。",
               "群众对信访事项办理情况总体满意。"]),
    "court": dict(
        head=["审判执行工作", "司法为民", "执法办案"],
        before=["全院干警坚持公正司法，努力让人民群众在每一个司法案件中感受到公平正义。",
                "我们围绕中心、服务大局，依法履行审判职能。",
                "{Y}年，{Q}人民法院深入推进审判体系和审判能力现代化。"],
        after=["审判质量和效果稳步向好。",
               "案件审理周期进一步缩短，群众诉讼更加便捷。",
               "院领导带头办理重大疑难复杂案件{n}件。"]),
    "procur": dict(
        head=["刑事检察工作", "法律监督", "检察履职"],
        before=["全院坚持宽严相济刑事政策，依法惩治各类刑事犯罪。",
                "我们聚焦法律监督主责主业，做优刑事检察。",
                "{Y}年，{Q}人民检察院认真贯彻落实上级检察院部署。"],
        after=["对轻微犯罪依法从宽处理，促进社会和谐。",
               "检察建议回复整改到位。",
               "办案质量评查中未发现重大质量问题。"]),
    "health": dict(
        head=["卫生健康事业", "医疗服务", "公共卫生"],
        before=["全院上下坚持以病人为中心，持续改善医疗服务。",
                "我们深化医药卫生体制改革，推动优质医疗资源下沉。",
                "{M}月，医院顺利通过三级医院复核评审。",
                "今年新引进博士研究生{n}名，新开设特色专科门诊{n}个。"],
        after=["患者就医体验得到改善。",
               "医联体建设持续深化，基层诊疗能力明显增强。",
               "全年未发生重大医疗安全事故。"]),
    "edu": dict(
        head=["教育事业", "办好人民满意的教育", "学校工作"],
        before=["坚持立德树人根本任务，推动教育事业优质均衡发展。",
                "{Y}年秋季学期开学前，各校完成校舍安全排查。",
                "我们持续深化“双减”工作，课后服务实现各校全覆盖。"],
        after=["教育教学质量稳步提升。",
               "学校办学条件得到明显改善。",
               "教师队伍结构进一步优化。"]),
    "village": dict(
        head=["乡村振兴", "村级工作", "巩固拓展脱贫攻坚成果"],
        before=["村“两委”班子团结带领群众，扎实推进乡村振兴各项工作。",
                "{V}坚持党建引领，发展特色产业。",
                "我们落实防止返贫动态监测和帮扶机制，守牢不发生规模性返贫底线。"],
        after=["村容村貌明显改善，群众获得感不断增强。",
               "驻村工作队全程参与入户核查。",
               "相关台账资料已按要求整理归档。"]),
    "finance": dict(
        head=["财政收支情况", "预算执行情况", "财政管理"],
        before=["在经济下行压力加大的情况下，全{K}财政运行总体平稳。",
                "受减税降费政策等因素影响，财政收支矛盾较为突出。",
                "现将{Y}年预算执行情况报告如下，请予审议。",
                "我们坚持过紧日子，严控一般性支出。"],
        after=["财政运行保持平稳，“三保”支出得到有效保障。",
               "预算执行中的调整事项已按程序报批。",
               "以上数据为快报数，待决算编制完成后将有所变化。",
               "我们将继续深化预算管理制度改革。"]),
    "civil": dict(
        head=["民政工作", "基本社会服务", "养老服务体系建设"],
        before=["坚持以人民为中心的发展思想，扎实做好基本民生保障工作。",
                "我们积极应对人口老龄化，加快构建居家社区机构相协调的养老服务体系。",
                "{M}月，婚姻登记“跨省通办”试点工作全面落地。"],
        after=["各项民政服务更加便捷高效。",
               "相关资金全部通过“一卡通”发放到户。",
               "群众办事“最多跑一次”得到落实。"]),
    "assist": dict(
        head=["社会救助", "兜底保障", "困难群众帮扶"],
        before=["坚持应保尽保、应救尽救，兜牢兜实基本民生底线。",
                "全面开展低收入人口动态监测，对困难群众做到早发现、早介入。",
                "{M}月，启动社会救助“一门受理、协同办理”改革。"],
        after=["救助资金按月足额发放，未发现截留挪用情况。",
               "对动态监测中发现的风险对象及时落实帮扶措施。",
               "社会救助政策知晓度进一步提升。"]),
    "veteran": dict(
        head=["退役军人服务保障", "双拥优抚", "拥军优属"],
        before=["认真落实退役军人优待政策，让军人成为全社会尊崇的职业。",
                "各级退役军人服务站实现规范化运行。",
                "“八一”建军节前夕，{Q}组织开展走访慰问活动。"],
        after=["退役军人的获得感、荣誉感不断增强。",
               "双拥共建活动扎实开展。",
               "优抚对象各项待遇按时足额落实。"]),
    "disab": dict(
        head=["残疾人事业", "助残服务", "残疾人权益保障"],
        before=["我们着力保障残疾人基本民生，推进残疾人康复和就业服务。",
                "全国助残日期间，组织开展系列助残活动。",
                "残疾人两项补贴实现“全程网办”。"],
        after=["残疾人生活质量不断改善。",
               "残疾人证办理更加便捷。",
               "助残志愿服务常态化开展。"]),
    "charity": dict(
        head=["慈善事业", "慈善资金募集与使用", "年度工作报告"],
        before=["本会坚持依法募捐、规范管理、公开透明，积极参与第三次分配。",
                "{Y}年，在社会各界爱心人士的支持下，各项慈善项目有序开展。",
                "“中华慈善日”期间，组织开展慈善募捐和宣传活动。"],
        after=["所有捐赠款物均按捐赠人意愿使用。",
               "财务收支情况已接受年度审计并向社会公开。",
               "慈善项目受益群众反响良好。"]),
    "soe": dict(
        head=["国有企业改革发展", "国有资产管理", "国资监管工作"],
        before=["我们深入实施国企改革深化提升行动，持续优化国有资本布局。",
                "市属国有企业坚持稳中求进，经营效益总体稳定。",
                "{Y}年末，市属国有企业完成公司制改制和董事会应建尽建。"],
        after=["国有资产保值增值责任得到有效落实。",
               "企业负债水平控制在合理区间。",
               "以上数据未经审计，最终以年度财务决算为准。"]),
    "company": dict(
        head=["公司经营情况", "年度经营业绩", "生产经营"],
        before=["报告期内，公司围绕年度经营目标，稳步推进各项业务。",
                "面对复杂多变的市场环境，公司管理层积极应对。",
                "{Y}年度，{C}持续加大研发和市场开拓力度。"],
        after=["公司主营业务保持稳定。",
               "经营活动产生的现金流量保持正常。",
               "上述财务数据已经会计师事务所审计。"]),
    "audit": dict(
        head=["审计发现的主要问题", "审计工作情况", "审计整改情况"],
        before=["按照市委审计委员会批准的年度审计项目计划，我们依法组织实施审计。",
                "审计坚持问题导向，重点关注重大政策措施落实和资金使用绩效。",
                "{Y}年，{Q}审计局完成审计项目{n}个。"],
        after=["对审计发现的问题，有关部门正在整改。",
               "涉嫌违纪违法问题线索已依规移送有关部门。",
               "审计整改情况将向市人大常委会专题报告。"]),
    "grid": dict(
        head=["基层社会治理", "网格化服务管理", "社区治理"],
        before=["我们深化网格化服务管理，推动服务资源向网格集聚。",
                "{P}划分基础网格{n}个，配备专兼职网格员{N}名。",
                "依托社会治理综合平台，实行事件受理、分拨、处置、反馈闭环管理。"],
        after=["基层矛盾隐患得到及时发现和处置。",
               "群众诉求响应速度明显加快。",
               "相关工作经验被市级媒体报道。"]),
    "safety": dict(
        head=["安全生产", "应急管理", "防灾减灾"],
        before=["坚持人民至上、生命至上，压紧压实安全生产责任。",
                "深入开展安全生产大排查大整治行动。",
                "汛期前，组织开展防汛应急演练{n}场次。"],
        after=["全年未发生较大及以上生产安全事故。",
               "安全生产形势总体平稳。",
               "重大隐患实行挂牌督办、限期销号。"]),
    "agri": dict(
        head=["农业农村工作", "粮食生产", "强农惠农政策落实"],
        before=["我们严格落实粮食安全党政同责，稳定粮食播种面积。",
                "各项强农惠农富农政策落实落地。",
                "{M}月，完成春播备耕物资调运。"],
        after=["补贴资金全部通过“一卡通”直接发放到农户。",
               "粮食生产实现丰收。",
               "农业社会化服务水平不断提升。"]),
    "forest": dict(
        head=["林业生态建设", "国土绿化", "自然资源保护"],
        before=["深入推进国土绿化行动，科学开展植树造林。",
                "全面推行林长制，{K}、乡、村三级林长实现全覆盖。",
                "春季造林期间，组织义务植树活动{n}场次。"],
        after=["森林资源保护管理持续加强。",
               "全年未发生重大森林火灾。",
               "林业有害生物防治工作有序开展。"]),
    "employ": dict(
        head=["就业和社会保障", "稳就业工作", "职业技能培训"],
        before=["坚持就业优先战略，多措并举稳岗位、促就业。",
                "我们组织开展“春风行动”等专项招聘活动{n}场。",
                "围绕重点群体就业，落实各项就业帮扶政策。"],
        after=["就业形势保持总体稳定。",
               "培训合格人员全部纳入就业服务台账。",
               "零就业家庭实现动态清零。"]),
    "tourism": dict(
        head=["文化旅游", "文旅融合发展", "旅游市场"],
        before=["我们深入推进文旅融合，打造一批精品旅游线路。",
                "“五一”“国庆”假期，各景区推出系列惠民活动。",
                "{Q}成功举办第{n}届乡村旅游文化节。"],
        after=["旅游市场秩序井然，未发生重大安全事故。",
               "文旅品牌影响力不断扩大。",
               "游客满意度测评结果良好。"]),
    "market": dict(
        head=["市场监管", "食品安全", "优化营商环境"],
        before=["我们深化“放管服”改革，持续优化营商环境。",
                "坚持“四个最严”要求，守牢食品安全底线。",
                "{M}月起，在全域开展食品安全专项整治。"],
        after=["市场秩序进一步规范。",
               "对发现的问题均已督促整改到位。",
               "经营主体活力不断激发。"]),
    "stats": dict(
        head=["综合", "国民经济主要指标", "统计公报摘要"],
        before=["初步核算，{Y}年全{K}经济运行稳中有进。",
                "本公报中部分数据为初步统计数。",
                "注：本表数据按现行统计口径计算。"],
        after=["数据来源：{Q}统计局。",
               "以上数据为年报初步数据。",
               "各项数据均为快报数。"]),
    "culture": dict(
        head=["公共文化服务", "文化惠民", "群众文化活动"],
        before=["我们持续完善公共文化服务体系，丰富群众精神文化生活。",
                "{Y}年，组织开展“文化进万家”系列活动。",
                "各镇（街）综合文化站全部免费开放。"],
        after=["群众文化生活日益丰富。",
               "文化惠民工程得到群众广泛好评。",
               "基层文化队伍建设不断加强。"]),
}

_NUM_PREFIX = [
    lambda i: "一二三四五六七八九"[i] + "、",
    lambda i: "（" + "一二三四五六七八九"[i] + "）",
    lambda i: "%d." % (i + 1),
    lambda i: "（%d）" % (i + 1),
    lambda i: "",
]


def _fill(g, s):
    def rep(m):
        k = m.group(1)
        if k == "n":
            return str(g.ri(2, 36))
        if k == "N":
            return str(g.ri(120, 2800))
        if k == "Y":
            return str(g.year)
        if k == "M":
            return str(g.ri(1, 12))
        if k == "D":
            return str(g.ri(1, 28))
        if k == "P":
            return g.place(g.ch(["镇", "街道", "乡"]))
        if k == "Q":
            return g.county()
        if k == "V":
            return g.village()
        if k == "C":
            return g.company()
        if k == "K":
            return g.K
        return m.group(0)
    return re.sub(r"\{([A-Za-z])\}", rep, s)


_PUNCT_ASCII = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})


def build_text(g, domain, stmt, max_ctx=2):
    pool = CTX.get(domain, CTX["gov"])
    gen = CTX["gov"]
    stmt_lines = stmt.split("\n")
    budget = 8 - len(stmt_lines)
    lines = []
    if budget > 0 and g.p(0.5):
        lines.append(g.ch(_NUM_PREFIX)(g.ri(0, 5)) + _fill(g, g.ch(pool["head"])))
        budget -= 1
    src_b = pool["before"] + (gen["before"] if g.p(0.3) else [])
    src_a = pool["after"] + (gen["after"] if g.p(0.3) else [])
    nb = g.ri(0, min(max_ctx, len(src_b)))
    na = g.ri(0, min(max_ctx, len(src_a)))
    if nb + na == 0 and g.p(0.7):
        nb = 1
    before = [_fill(g, s) for s in g.sample(src_b, nb)]
    after = [_fill(g, s) for s in g.sample(src_a, na)]
    if len(stmt_lines) == 1 and g.p(0.55):
        lines.append("".join(before) + stmt + "".join(after))
    else:
        if before:
            if budget > 0:
                lines.append("".join(before))
                budget -= 1
        lines.extend(stmt_lines)
        if after and budget > 0:
            lines.append("".join(after))
    return "\n".join(lines)


# =====================================================================================
# Style registry and record assembly
# =====================================================================================
class Style:
    def __init__(self, name, family, kind, fn, desc):
        self.name, self.family, self.kind, self.fn, self.desc = name, family, kind, fn, desc


STYLES = OrderedDict()


def style(name, family, kind, desc):
    def deco(fn):
        if name in STYLES:
            raise SystemExit("duplicate style " + name)
        STYLES[name] = Style(name, family, kind, fn, desc)
        return fn
    return deco


class Out:
    """What a style returns."""

    def __init__(self, domain, stmt, checks, note="", max_ctx=2):
        self.domain, self.stmt, self.checks, self.note, self.max_ctx = domain, stmt, checks, note, max_ctx


def _rng(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


def _punct_all(obj):
    if isinstance(obj, str):
        return obj.translate(_PUNCT_ASCII)
    if isinstance(obj, list):
        return [_punct_all(x) for x in obj]
    if isinstance(obj, dict):
        return OrderedDict((k, _punct_all(v) if k in ("span", "items", "absent", "marker") else v) for k, v in obj.items())
    return obj


def make_record(seed, st, idx, label, used_texts):
    last = None
    for attempt in range(400):
        g = G(_rng(seed, st.name, idx, attempt), st.family)
        try:
            if st.kind == "n":
                out = st.fn(g)
            else:
                out = st.fn(g, label == "inconsistent")
        except Retry as e:
            last = str(e)
            continue
        text = build_text(g, out.domain, out.stmt, out.max_ctx)
        checks = []
        fails = 0
        for c in out.checks:
            h = gen_holds(c)
            if c["rel"] != "not_checkable" and not h:
                fails += 1
            c.setdefault("span", out.stmt)
            c["holds"] = h
            checks.append(c)
        want = {"consistent": 0, "inconsistent": 1, "negative": 0}[label]
        if fails != want:
            last = "label not reached (%d fails)" % fails
            continue
        desc = "; ".join(describe(c) for c in checks)
        for c in checks:
            del c["_gen"]
        if g.ascii_punct and st.kind != "fmt":
            text = text.translate(_PUNCT_ASCII)
            checks = [_punct_all(c) for c in checks]
        reason = {"consistent": "all relations hold -> consistent",
                  "inconsistent": "exactly one relation fails -> inconsistent",
                  "negative": "look-alike, no checkable relation -> negative"}[label]
        extra = (" [" + "; ".join(g.notes) + "]") if g.notes else ""
        note = "%s: %s%s%s -> %s" % (st.desc, (out.note + "; ") if out.note else "", desc, extra, reason.split(" -> ")[1])
        rec = OrderedDict(id="", family=st.family, style=st.name, label=label, text=text, note=note, checks=checks)
        if text in used_texts:
            last = "duplicate text"
            continue
        rec["id"] = "n28-%s-000000" % st.family
        errs = v_record(rec)
        if errs:
            raise SystemExit("BUG in style %s (seed %s idx %d): %s\n%s\n%s" % (
                st.name, seed, idx, errs, text, json.dumps(checks, ensure_ascii=False)))
        used_texts.add(text)
        return rec
    raise SystemExit("style %s could not produce a %s record: %s" % (st.name, label, last))


GROUP_TARGET = {"ci": 1200, "n": 300}   # per family: 600 consistent + 600 inconsistent, 300 negative


def plan_counts(seed):
    """Exact per-style counts: each (family, kind) group reaches its target, every style 15-20."""
    plan = OrderedDict()
    for fam in FAMILIES:
        for kind in ("ci", "n"):
            names = [s.name for s in STYLES.values() if s.family == fam and s.kind == kind]
            if not names:
                continue
            tgt = GROUP_TARGET[kind]
            base, rem = divmod(tgt, len(names))
            extra = set(_rng(seed, fam, kind, "extra").sample(names, rem))
            toggle = 0
            for nm in names:
                n = base + (1 if nm in extra else 0)
                if kind == "n":
                    plan[nm] = (0, 0, n)
                else:
                    nc = n // 2
                    if n % 2:
                        nc += toggle
                        toggle ^= 1
                    plan[nm] = (nc, n - nc, 0)
    return plan


def generate(seed):
    recs = []
    used = set()
    plan = plan_counts(seed)
    for st in STYLES.values():
        nc, ni, nn = plan[st.name]
        labels = ["consistent"] * nc + ["inconsistent"] * ni + ["negative"] * nn
        _rng(seed, st.name, "labels").shuffle(labels)
        for i, lab in enumerate(labels):
            recs.append(make_record(seed, st, i, lab, used))
    order = _rng(seed, "order")
    order.shuffle(recs)
    counters = Counter()
    for r in recs:
        counters[r["family"]] += 1
        r["id"] = "n28-%s-%06d" % (r["family"], counters[r["family"]])
    return recs


# =====================================================================================
# Helpers shared by styles
# =====================================================================================
def sum_case(g, bad, total, k, lo=1, p_total=0.25, typo=None):
    """Draw k parts of total; when bad, slip either one part or the stated total."""
    parts = g.partition(total, k, lo)
    T = total
    if bad:
        ty = typo or g.typo
        if g.p(p_total):
            T = ty(total)
        else:
            i = g.r.randrange(k)
            parts[i] = ty(parts[i])
    return T, parts


def parts_case(g, bad, parts, p_total=0.25):
    """Whole = sum of given parts; when bad, slip one part or the whole."""
    parts = list(parts)
    T = sum(parts)
    if bad:
        if g.p(p_total):
            T = g.typo(T)
        else:
            i = g.r.randrange(len(parts))
            parts[i] = g.typo(parts[i])
    return T, parts


def split_ratio(g, total, lo, hi):
    a = int(total * g.r.uniform(lo, hi))
    if a < 1 or a >= total:
        raise Retry("split")
    return [a, total - a]


def weighted_parts(g, total, weights, jitter=0.35, lo=1):
    w = [x * g.r.uniform(1 - jitter, 1 + jitter) for x in weights]
    sw = sum(w)
    parts = [max(lo, int(total * x / sw)) for x in w]
    parts[0] += total - sum(parts)
    if min(parts) < lo:
        raise Retry("weighted")
    return parts


def cn_count(g, k):
    """Chinese count word: 两 for 2."""
    if k == 2:
        return Num("两", Fraction(2), Fraction(1), 2, 0, "")
    return g.n(k, cn=True)


def j(items, sep="、"):
    return sep.join(items)


def last_join(items, sep="、", last="和"):
    if len(items) == 1:
        return items[0]
    return sep.join(items[:-1]) + last + items[-1]


def table(rows, sep):
    if sep == "md":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    return "\n".join(sep.join(r) for r in rows)


CN_ORD = "一二三四五六七八九十"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"


def markers(g, k, kind=None):
    kind = kind or g.ch(["shi", "paren", "circ", "di", "dot"])
    if kind == "shi":
        m = [CN_ORD[i] + "是" for i in range(k + 1)]
    elif kind == "paren":
        m = ["（%d）" % (i + 1) for i in range(k + 1)]
    elif kind == "circ":
        m = [CIRC[i] for i in range(k + 1)]
    elif kind == "di":
        m = ["第" + CN_ORD[i] + "，" for i in range(k + 1)]
    else:
        m = ["%d." % (i + 1) for i in range(k + 1)]
    return m[:k], m[k], kind


def yi2(g, lo, hi, d=2):
    """random amount in 亿 ticks"""
    return g.ri(int(lo * 10 ** d), int(hi * 10 ** d))


# =====================================================================================
# TOTALS family -- consistent / inconsistent styles
# =====================================================================================
@style("t_env_cases_qizhong", "totals", "ci", "environmental cases, whole then parts under 其中")
def _(g, bad):
    cats = g.sample(["水污染", "大气污染", "噪声污染", "固体废物污染", "土壤污染", "危险废物", "辐射安全"], g.ri(3, 5))
    T, parts = sum_case(g, bad, g.ri(24, 180), len(cats), lo=2)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    tail = g.ch(["类", "类案件", ""])
    lst = j(["%s%s%s起" % (c, tail, p) for c, p in zip(cats, pn)])
    w = g.ch(["立案查处", "查处", "依法办理"])
    extra = g.ch(["", "；下达行政处罚决定书%s份" % g.ri(10, 90), "；移送公安机关涉嫌环境犯罪案件%s起" % g.ri(1, 6)])
    return Out("env", "全年%s环境违法案件%s起，其中%s%s。" % (w, Tn, lst, extra),
               [C("sum", total=Tn, parts=pn)])


@style("t_petition_fenbie", "totals", "ci", "petition channels named first, numbers after 分别为")
def _(g, bad):
    ch = g.sample(["来信", "来访", "网上信访", "12345热线转办", "领导信箱"], g.ri(2, 4))
    T, parts = sum_case(g, bad, g.ri(80, 2600), len(ch), lo=5)
    u = g.ch(["件", "件次"])
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "全年受理群众信访事项%s%s，%s分别为%s。" % (Tn, u, last_join(ch), last_join(["%s%s" % (p, u) for p in pn]))
    return Out("petition", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_court_case_parens", "totals", "ci", "court caseload with parts in parentheses")
def _(g, bad):
    pool = [("民事", 50), ("执行", 25), ("刑事", 12), ("商事", 8), ("行政", 3), ("非诉审查", 2)]
    chosen = sorted(g.sample(range(6), g.ri(3, 4)))
    cats = [pool[i][0] for i in chosen]
    T, parts = parts_case(g, bad, weighted_parts(g, g.ri(1200, 16000), [pool[i][1] for i in chosen], lo=20))
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    v = g.ch(["受理", "新收", "办理"])
    stmt = "全年%s各类案件%s件（%s），法官人均结案%s件。" % (v, Tn, j(["%s%s件" % (c, p) for c, p in zip(cats, pn)]), g.ri(180, 420))
    stmt = stmt.replace("，法官人均结案", "，员额法官年结案量最高达") if g.p(0.5) else stmt.split("，法官")[0] + "。"
    return Out("court", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_school_whole_after", "totals", "ci", "school projects, parts first and the whole after (合计)")
def _(g, bad):
    kinds = g.sample(["新建幼儿园", "改扩建小学", "新建初级中学", "迁建高级中学", "改造薄弱学校", "新建特殊教育学校"], g.ri(3, 4))
    T, parts = sum_case(g, bad, g.ri(8, 40), len(kinds), lo=1)
    cn = g.p(0.4)
    Tn = g.n(T, cn=cn)
    pn = [g.n(x, cn=cn) for x in parts]
    w = g.ch(["合计", "共计", "总计"])
    stmt = "%s，%s推进学校建设项目%s个。" % (j(["%s%s所" % (k, p) for k, p in zip(kinds, pn)], "，"), w, Tn)
    return Out("edu", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_assist_colon_amounts", "totals", "ci", "relief funds: whole, colon, parts in 万元 with decimals")
def _(g, bad):
    kinds = g.sample(["城乡低保金", "特困人员供养金", "临时救助金", "孤儿基本生活费", "医疗救助资金", "残疾人两项补贴"], g.ri(3, 5))
    d = g.ch([0, 1, 2, 2])
    T, parts = sum_case(g, bad, g.ri(800, 90000) * 10 ** d // 10 ** (d // 2), len(kinds), lo=10 ** d)
    Tn = g.n(T, d, "万")
    pn = [g.n(x, d, "万") for x in parts]
    sep = g.ch(["，", "；"])
    stmt = "全年发放各类救助资金%s元：%s。" % (Tn, sep.join("%s%s元" % (k, p) for k, p in zip(kinds, pn)))
    return Out("assist", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_cn_numerals_gender", "totals", "ci", "Chinese-numeral counts, exhaustive 男/女 split")
def _(g, bad):
    subj = g.ch([("参加本期培训的学员", "名", "学员"), ("新录用公务员", "名", ""), ("新发展党员", "名", "党员"),
                 ("本届村委会成员", "人", "委员"), ("获评先进个人的同志", "名", "同志")])
    T, parts = sum_case(g, bad, g.ri(12, 99), 2, lo=2)
    Tn = g.n(T, cn=True)
    a, b = [g.n(x, cn=True) for x in parts]
    stmt = "%s共%s%s，其中男%s%s%s、女%s%s%s。" % (subj[0], Tn, subj[1], subj[2], a, subj[1], subj[2], b, subj[1])
    return Out("gov", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_table_pipe_total", "totals", "ci", "one-column table with a 合计 last row (｜ separators)")
def _(g, bad):
    items = g.sample(["教育支出", "社会保障和就业支出", "卫生健康支出", "城乡社区支出", "农林水支出", "住房保障支出", "文化旅游体育与传媒支出", "节能环保支出"], g.ri(3, 5))
    d = g.ch([0, 2])
    T, parts = sum_case(g, bad, g.ri(30000, 600000) * 10 ** d, len(items), lo=500 * 10 ** d, p_total=0.35)
    g.ascii_punct = False
    sep = g.ch(["｜", "|", " | "])
    ts = g.ch(["", ","])
    rows = [["项目", "金额"]] + [[it, g.n(p, d, sep=ts).s] for it, p in zip(items, parts)] + [["合计", g.n(T, d, sep=ts).s]]
    title = "%s年民生支出情况（单位：万元）" % g.year
    stmt = title + "\n" + table(rows, sep)
    return Out("finance", stmt, [C("sum", total=g.n(T, d, sep=ts), parts=[g.n(p, d, sep=ts) for p in parts])], max_ctx=1)


@style("t_table_budget_actual", "totals", "ci", "two-column table (预算数/执行数) each with its 合计")
def _(g, bad):
    items = g.sample(["一般公共服务", "公共安全", "教育", "科学技术", "社会保障和就业", "卫生健康", "农林水", "交通运输"], g.ri(3, 5))
    k = len(items)
    bud = g.partition(g.ri(20000, 300000), k, lo=800)
    act = [int(b * g.r.uniform(0.82, 1.12)) for b in bud]
    TB, TA = sum(bud), sum(act)
    if bad:
        which = g.ri(0, 3)
        if which == 0:
            i = g.r.randrange(k); bud[i] = g.typo(bud[i])
        elif which == 1:
            i = g.r.randrange(k); act[i] = g.typo(act[i])
        elif which == 2:
            TB = g.typo(TB)
        else:
            TA = g.typo(TA)
    g.ascii_punct = False
    sep = g.ch(["\t", "  ", "｜"])
    ts = g.ch(["", ","])
    N = lambda x: g.n(x, sep=ts)
    rows = [["科目", "预算数", "执行数"]] + [[it, N(b).s, N(a).s] for it, b, a in zip(items, bud, act)] + [["合计", N(TB).s, N(TA).s]]
    stmt = "表%d  部分支出科目预算执行情况（单位：万元）\n" % g.ri(1, 6) + table(rows, sep)
    checks = [C("sum", total=N(TB), parts=[N(x) for x in bud]), C("sum", total=N(TA), parts=[N(x) for x in act])]
    if TB == TA:
        raise Retry("equal totals")
    return Out("finance", stmt, checks, max_ctx=1)


@style("t_lines_towns_total_last", "totals", "ci", "line list per town, 全县合计 on the last line")
def _(g, bad):
    k = g.ri(3, 5)
    towns = g.town_names(k, g.ch(["镇", "乡", "街道"]))
    what = g.ch([("农村危房改造", "户"), ("改厕", "户"), ("高标准农田建设", "亩"), ("村级道路硬化", "公里")])
    d = 1 if what[1] == "公里" else 0
    T, parts = sum_case(g, bad, g.ri(30, 400) * 10 if d else g.ri(300, 9000), k, lo=20)
    Tn = g.n(T, d)
    pn = [g.n(x, d) for x in parts]
    colon = g.ch(["：", "  ", "，完成"])
    lines = ["%s年%s完成情况如下：" % (g.year, what[0])] + ["%s%s%s%s" % (t, colon, p, what[1]) for t, p in zip(towns, pn)]
    lines.append("全%s合计%s%s。" % (g.ch(["县", "区"]), Tn, what[1]))
    return Out("village", "\n".join(lines), [C("sum", total=Tn, parts=pn)], max_ctx=1)


ITEM_PHRASES = ["抓好理论武装，提升干部政治能力", "优化营商环境，激发市场主体活力", "强化项目支撑，扩大有效投资",
                "补齐民生短板，办好民生实事", "加强基层治理，维护社会稳定", "推进乡村振兴，促进农民增收",
                "守牢安全底线，防范化解风险", "深化作风建设，提升服务效能", "加强生态保护，改善人居环境",
                "落实从严治党，净化政治生态", "推动产业升级，壮大实体经济", "健全应急体系，提升处置能力"]


@style("t_items_count_markers", "totals", "ci", "count of listed measures vs the items that follow")
def _(g, bad):
    k = g.ri(3, 6)
    ms, absent, kind = markers(g, k)
    stated = k
    if bad:
        stated = k + g.ch([-1, 1]) if k > 3 else k + 1
    cn = g.p(0.75)
    sn = cn_count(g, stated) if cn else g.n(stated)
    head = g.ch(["重点抓了%s个方面的工作：", "主要采取了%s项措施：", "着力做好以下%s方面工作：", "我们围绕%s项重点任务发力："]) % sn
    phr = g.sample(ITEM_PHRASES, k)
    end = "；" if kind != "dot" else ""
    body = "".join("%s%s%s" % (m, p, end if i < k - 1 else "。") for i, (m, p) in enumerate(zip(ms, phr)))
    if kind == "dot":
        stmt = head + "\n" + "\n".join("%s%s。" % (m, p) for m, p in zip(ms, phr))
    else:
        stmt = head + body
    return Out("gov", stmt, [C("count_items", stated=sn, items=ms, absent=absent)])


@style("t_items_amounts_two_checks", "totals", "ci", "numbered amounts closed by 以上N项合计 (count + sum)")
def _(g, bad):
    k = g.ri(3, 5)
    names = g.sample(["农村公路提档升级", "农村饮水安全巩固", "农村危房改造", "小型水利设施维修", "村级活动场所建设", "人居环境整治"], k)
    ms, absent, kind = markers(g, k, g.ch(["paren", "circ", "shi"]))
    d = g.ch([0, 1, 2])
    parts = g.partition(g.ri(500, 12000) * 10 ** d, k, lo=30 * 10 ** d)
    T = sum(parts)
    stated = k
    if bad:
        if g.p(0.6):
            if g.p(0.5):
                T = g.typo(T)
            else:
                i = g.r.randrange(k); parts[i] = g.typo(parts[i])
        else:
            stated = k + g.ch([-1, 1])
    pn = [g.n(x, d, "万") for x in parts]
    Tn = g.n(T, d, "万")
    sn = cn_count(g, stated)
    body = "；".join("%s%s%s元" % (m, nm, p) for m, nm, p in zip(ms, names, pn))
    stmt = "争取上级补助资金主要投向以下方面：%s。以上%s项合计%s元。" % (body, sn, Tn)
    return Out("village", stmt, [C("count_items", stated=sn, items=ms, absent=absent), C("sum", total=Tn, parts=pn)])


@style("t_circled_people_total_first", "totals", "ci", "whole first, circled-number breakdown of people helped")
def _(g, bad):
    kinds = g.sample(["城乡低保对象", "特困人员", "困难残疾人", "事实无人抚养儿童", "低保边缘家庭成员"], g.ri(3, 4))
    T, parts = sum_case(g, bad, g.ri(300, 8000), len(kinds), lo=12)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    body = "".join("%s%s%s人%s" % (CIRC[i], k, p, "；" if i < len(kinds) - 1 else "。") for i, (k, p) in enumerate(zip(kinds, pn)))
    stmt = "为%s名困难群众代缴城乡居民医疗保险个人缴费部分，具体为：%s" % (Tn, body)
    return Out("assist", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_income_expense_balance", "totals", "ci", "income - expenditure = balance (结余)")
def _(g, bad):
    d = g.ch([0, 1, 2])
    inc = g.ri(200, 9000) * 10 ** d + g.ri(0, 10 ** d - 1)
    exp_ = int(inc * g.r.uniform(0.55, 0.97))
    bal = inc - exp_
    if bad:
        which = g.ri(0, 2)
        if which == 0:
            bal = g.typo(bal)
        elif which == 1:
            exp_ = g.typo(exp_)
        else:
            inc = g.typo(inc)
        if inc - exp_ <= 0:
            raise Retry("neg")
    who = g.ch(["村集体", "基金会", "社区服务中心", "工会"])
    a, b, c = g.n(inc, d, "万"), g.n(exp_, d, "万"), g.n(bal, d, "万")
    form = g.ch(["全年收入%s元，支出%s元，结余%s元。", "本年度%s总收入%s元，总支出%s元，收支相抵后结余%s元。" % (who, "%s", "%s", "%s"),
                 "当年收入%s元、支出%s元，年末结余%s元。"])
    return Out(g.ch(["village", "charity"]), form % (a, b, c), [C("diff", a=a, b=b, d=c)])


@style("t_change_up_count", "totals", "ci", "由X增加到Y，增加Z (difference of two stated values)")
def _(g, bad):
    subj = g.ch([("家庭医生签约团队", "个", "health"), ("注册志愿者", "人", "grid"), ("社区网格员", "名", "grid"),
                 ("农民专业合作社", "家", "agri"), ("养老服务站点", "个", "civil"), ("规模以上工业企业", "家", "stats")])
    x = g.ri(20, 3000)
    y = x + g.ri(3, max(4, x // 2))
    dd = y - x
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x), g.n(y), g.n(dd)
    verb = g.ch(["增加到", "增至", "发展到"])
    v2 = g.ch(["增加", "新增", "净增"])
    stmt = "%s数量由%s年的%s%s%s%s%s，%s%s%s。" % (subj[0], g.year - 1, a, subj[1], verb, b, subj[1], v2, c, subj[1])
    return Out(subj[2], stmt, [C("diff", a=b, b=a, d=c)])


@style("t_change_down_diff", "totals", "ci", "由X下降到Y，减少Z")
def _(g, bad):
    subj = g.ch([("生产安全事故", "起", "safety"), ("道路交通事故死亡人数", "人", "safety"), ("刑事警情", "起", "petition"),
                 ("重复信访", "件", "petition"), ("火灾事故", "起", "safety")])
    x = g.ri(30, 1500)
    y = x - g.ri(2, max(3, x // 3))
    dd = x - y
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x), g.n(y), g.n(dd)
    stmt = "%s由上年的%s%s%s到%s%s，%s%s%s。" % (subj[0], a, subj[1], g.ch(["下降", "减少", "降"]), b, subj[1], g.ch(["减少", "下降"]), c, subj[1])
    return Out(subj[2], stmt, [C("diff", a=a, b=b, d=c)])


@style("t_budget_adjusted", "totals", "ci", "年初预算 vs 调整预算, 调增 amount")
def _(g, bad):
    d = g.ch([0, 2])
    x = g.ri(10000, 900000) * 10 ** d // (10 if d else 1)
    y = x + g.ri(100, max(101, x // 8))
    dd = y - x
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x, d, "万"), g.n(y, d, "万"), g.n(dd, d, "万")
    stmt = "一般公共预算支出年初预算安排%s元，经%s人大常委会批准调整后为%s元，调增%s元。" % (a, g.K, b, c)
    return Out("finance", stmt, [C("diff", a=b, b=a, d=c)])


@style("t_gbr_tax_nontax", "totals", "ci", "general budget revenue = tax + non-tax (亿元)")
def _(g, bad):
    T, parts = parts_case(g, bad, split_ratio(g, yi2(g, 4, 120), 0.55, 0.85))
    Tn = g.n(T, 2, "亿")
    a, b = [g.n(x, 2, "亿") for x in parts]
    stmt = "全%s完成一般公共预算收入%s元，其中税收收入%s元、非税收入%s元。" % (g.K, Tn, a, b)
    return Out("finance", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_tax_by_type", "totals", "ci", "tax revenue by tax type incl. 其他税收")
def _(g, bad):
    types = g.sample(["增值税", "企业所得税", "个人所得税", "契税", "城镇土地使用税", "房产税", "印花税", "资源税"], g.ri(3, 5)) + ["其他税收"]
    d = g.ch([0, 0, 2])
    T, parts = sum_case(g, bad, g.ri(20000, 900000) * 10 ** d // (1 if d == 0 else 10), len(types), lo=100)
    Tn = g.n(T, d, "万")
    pn = [g.n(x, d, "万") for x in parts]
    stmt = "税收收入%s元，其中%s。" % (Tn, j(["%s%s元" % (t, p) for t, p in zip(types, pn)]))
    return Out("finance", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_nested_qizhong_court", "totals", "ci", "two-level 其中 (criminal cases broken down inside parentheses)")
def _(g, bad):
    A_parts = g.partition(g.ri(200, 2500), 4, lo=10)
    A = sum(A_parts)
    B, Cc = g.ri(800, 9000), g.ri(40, 600)
    T = A + B + Cc
    if bad:
        w = g.ri(0, 2)
        if w == 0:
            T = g.typo(T)
        elif w == 1:
            if g.p(0.5):
                B = g.typo(B)
            else:
                Cc = g.typo(Cc)
        else:
            i = g.r.randrange(4); A_parts[i] = g.typo(A_parts[i])
    Tn, An, Bn, Cn = g.n(T), g.n(A), g.n(B), g.n(Cc)
    ap = [g.n(x) for x in A_parts]
    kinds = g.sample(["危险驾驶", "盗窃", "诈骗", "帮助信息网络犯罪活动", "故意伤害", "开设赌场"], 3) + ["其他"]
    inner = j(["%s%s件" % (k, p) for k, p in zip(kinds, ap)])
    stmt = "全年审结各类案件%s件，其中刑事案件%s件（其中%s）、民事案件%s件、行政案件%s件。" % (Tn, An, inner, Bn, Cn)
    return Out("court", stmt, [C("sum", total=Tn, parts=[An, Bn, Cn]), C("sum", total=An, parts=ap)])


@style("t_transfer_yi_total_wan_parts", "totals", "ci", "transfer payments: whole in 亿元, parts in 万元 (exact)")
def _(g, bad):
    exact4 = g.p(0.5)
    if exact4:
        total_w = g.ri(20000, 400000)
    else:
        total_w = g.ri(200, 4000) * 100
    k = g.ri(2, 3)
    lo = 100 if not exact4 else 1
    parts = g.partition(total_w // (1 if exact4 else 100), k, lo=10)
    if not exact4:
        parts = [p * 100 for p in parts]
    T = sum(parts)
    if bad:
        if g.p(0.6):
            i = g.r.randrange(k)
            parts[i] = parts[i] + g.ch([-1, 1]) * g.ri(1, 9) * g.ch([100, 1000, 10])
            if parts[i] <= 0:
                raise Retry("neg")
        else:
            T = T + g.ch([-1, 1]) * g.ri(1, 9) * 100
    names = ["一般性转移支付", "专项转移支付", "共同财政事权转移支付"][:k] if k == 3 else g.ch([["一般性转移支付", "专项转移支付"], ["均衡性转移支付", "其他转移支付"]])
    pn = [g.n(x, 0, "万") for x in parts]
    if exact4:
        Tn = g.n(T, 4, "亿")
    else:
        if T % 100:
            raise Retry("not 2 dec")
        Tn = g.n(T // 100, 2, "亿")
    stmt = "全年争取上级转移支付%s元，其中%s。" % (Tn, j(["%s%s元" % (nm, p) for nm, p in zip(names, pn)]))
    return Out("finance", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_debt_balance_limit", "totals", "ci", "government debt: general + special = balance, and balance within the limit")
def _(g, bad):
    T, parts = sum_case(g, bad, yi2(g, 30, 900), 2, lo=500)
    lim = int(max(T, sum(parts)) * g.r.uniform(1.05, 1.35))
    Tn = g.n(T, 2, "亿")
    a, b = [g.n(x, 2, "亿") for x in parts]
    Ln = g.n(lim, 2, "亿")
    stmt = "截至%s年末，全市政府债务余额%s元，其中一般债务%s元、专项债务%s元，控制在省核定的债务限额%s元以内。" % (g.year, Tn, a, b, Ln)
    return Out("finance", stmt, [C("sum", total=Tn, parts=[a, b]), C("le", a=Tn, b=Ln)])


@style("t_special_bonds_use", "totals", "ci", "special bonds issued, 分别用于 several uses")
def _(g, bad):
    uses = g.sample(["棚户区改造", "产业园区基础设施", "城乡供水一体化", "职业教育", "冷链物流设施", "医疗卫生", "城镇老旧小区改造", "生态环保"], g.ri(3, 5))
    T, parts = sum_case(g, bad, yi2(g, 5, 80), len(uses), lo=30)
    Tn = g.n(T, 2, "亿")
    pn = [g.n(x, 2, "亿") for x in parts]
    stmt = "全年发行新增专项债券%s元，分别用于%s。" % (Tn, j(["%s%s元" % (u, p) for u, p in zip(uses, pn)]))
    return Out("finance", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_dibao_households_persons", "totals", "ci", "低保 households and persons, urban + rural (two sums)")
def _(g, bad):
    h = split_ratio(g, g.ri(600, 9000), 0.15, 0.45)
    pers = [int(x * g.r.uniform(1.4, 2.1)) for x in h]
    H, P = sum(h), sum(pers)
    if bad:
        w = g.ri(0, 3)
        if w == 0:
            H = g.typo(H)
        elif w == 1:
            P = g.typo(P)
        elif w == 2:
            i = g.ri(0, 1); h[i] = g.typo(h[i])
        else:
            i = g.ri(0, 1); pers[i] = g.typo(pers[i])
    Hn, Pn = g.n(H), g.n(P)
    hn = [g.n(x) for x in h]
    pn = [g.n(x) for x in pers]
    stmt = "全%s保障城乡低保对象%s户%s人，其中城市低保%s户%s人、农村低保%s户%s人。" % (g.K, Hn, Pn, hn[0], pn[0], hn[1], pn[1])
    if Hn.s in (pn[0].s, pn[1].s) or Pn.s in (hn[0].s, hn[1].s):
        raise Retry("ambiguous")
    return Out("assist", stmt, [C("sum", total=Hn, parts=hn), C("sum", total=Pn, parts=pn)])


@style("t_tekun_concentrated", "totals", "ci", "特困供养: concentrated + dispersed")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(120, 4000), 2, lo=20)
    Tn = g.n(T)
    a, b = g.n(parts[0]), g.n(parts[1])
    form = g.ch(["特困供养人员%s人，其中集中供养%s人、分散供养%s人。",
                 "现有特困供养人员%s人，集中供养和分散供养分别为%s人、%s人。"])
    return Out("assist", form % (Tn, a, b), [C("sum", total=Tn, parts=[a, b])])


@style("t_per_head_relief", "totals", "ci", "per-head relief = total funds / persons (rounded to the stated unit)")
def _(g, bad):
    cnt = g.ri(200, 9000)
    per_yuan = g.ri(300, 4000)
    tot_yuan = cnt * per_yuan + g.ri(-cnt // 3, cnt // 3)
    tot_ticks = tot_yuan // 100  # 万元 with 2 decimals
    tv = Fraction(tot_ticks * 100)
    pd = g.ch([0, 0, 1])
    true = tv / cnt
    per = round_half_up(true, Fraction(1, 10 ** pd))
    pt = int(per * 10 ** pd)
    if bad:
        pt = g.typo(pt)
    Tn = g.n(tot_ticks, 2, "万")
    Cn = g.n(cnt)
    Pn = g.n(pt, pd)
    g.notes.append("per-head rounded half-up to %d decimals" % pd)
    stmt = "全年实施临时救助%s人次，支出救助资金%s元，人均救助%s元。" % (Cn, Tn, Pn)
    return Out("assist", stmt, [C("per_head", total=Tn, count=Cn, per=Pn)])


@style("t_marriage_registrations", "totals", "ci", "marriage registrations = marriages + divorces (+ reissues)")
def _(g, bad):
    k = g.ri(2, 3)
    names = ["结婚登记", "离婚登记", "补领婚姻登记证"][:k]
    units = ["对", "对", "件"][:k]
    if k == 3:
        unit_total = "件"
    else:
        unit_total = "对"
    T, parts = parts_case(g, bad, weighted_parts(g, g.ri(800, 9000), [65, 30, 6][:k], jitter=0.2, lo=10))
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "全年办理婚姻登记%s%s，其中%s。" % (Tn, unit_total, j(["%s%s%s" % (nm, p, u) for nm, p, u in zip(names, pn, units)]))
    return Out("civil", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_elder_allowance_age_bands", "totals", "ci", "elderly allowance by age band (band limits are not parts)")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(800, 30000), 3, lo=5)
    parts = sorted(parts, reverse=True)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    bands = g.ch([("80至89周岁", "90至99周岁", "100周岁及以上"), ("80-89岁", "90-99岁", "100岁以上"), ("八十至八十九周岁", "九十至九十九周岁", "百岁及以上")])
    stmt = "为%s名高龄老人按月发放高龄津贴，其中%s%s人、%s%s人、%s%s人。" % (Tn, bands[0], pn[0], bands[1], pn[1], bands[2], pn[2])
    return Out("civil", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_veterans_visits", "totals", "ci", "veterans visited during 八一 (date-like numerals), parts sum")
def _(g, bad):
    kinds = g.sample(["重点优抚对象", "退役军人", "现役军人家属", "烈属"], g.ri(2, 3))
    T, parts = sum_case(g, bad, g.ri(300, 6000), len(kinds), lo=20)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "春节、“八一”期间走访慰问各类优抚对象%s人次，其中%s。" % (Tn, j(["%s%s人次" % (k, p) for k, p in zip(kinds, pn)]))
    return Out("veteran", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_disability_two_subsidies", "totals", "ci", "two disability subsidies, whole after (两项补贴合计)")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(500, 20000), 2, lo=100, p_total=0.4)
    Tn = g.n(T)
    a, b = g.n(parts[0]), g.n(parts[1])
    stmt = "困难残疾人生活补贴惠及%s人，重度残疾人护理补贴惠及%s人，两项补贴合计惠及%s人次。" % (a, b, Tn)
    return Out("disab", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_charity_received_spent", "totals", "ci", "donations received = cash + goods; received - spent = balance")
def _(g, bad):
    d = 2
    a = g.ri(1000, 900000)
    b = g.ri(500, 300000)
    T = a + b
    s = int(T * g.r.uniform(0.6, 0.95))
    r = T - s
    if bad:
        w = g.ri(0, 3)
        if w == 0:
            a = g.typo(a)
        elif w == 1:
            b = g.typo(b)
        elif w == 2:
            s = g.typo(s)
        else:
            r = g.typo(r)
    Tn, an, bn, sn, rn = [g.n(x, d, "万") for x in (T, a, b, s, r)]
    stmt = "全年接收社会捐赠款物%s元，其中资金%s元、物资折价%s元；支出%s元，年末结余%s元。" % (Tn, an, bn, sn, rn)
    return Out("charity", stmt, [C("sum", total=Tn, parts=[an, bn]), C("diff", a=Tn, b=sn, d=rn)])


@style("t_soe_balance_sheet", "totals", "ci", "SOE assets - liabilities = owners' equity")
def _(g, bad):
    A = yi2(g, 50, 3000)
    L = int(A * g.r.uniform(0.4, 0.75))
    E = A - L
    if bad:
        w = g.ri(0, 2)
        if w == 0:
            E = g.typo(E)
        elif w == 1:
            L = g.typo(L)
        else:
            A = g.typo(A)
    a, l, e = [g.n(x, 2, "亿") for x in (A, L, E)]
    stmt = g.ch(["截至%s年末，市属国有企业资产总额%s元，负债总额%s元，所有者权益%s元。" % (g.year, a, l, e),
                 "市属国有企业年末资产总额%s元、负债总额%s元，所有者权益合计%s元。" % (a, l, e)])
    return Out("soe", stmt, [C("diff", a=a, b=l, d=e)])


@style("t_soe_profit_table_negatives", "totals", "ci", "profit table with loss-making companies (negative rows) and 合计")
def _(g, bad):
    k = g.ri(3, 5)
    comps = []
    while len(comps) < k:
        c = g.company(new=True)
        if c not in comps:
            comps.append(c)
    vals = [g.ri(-3000, 20000) for _ in range(k)]
    if not any(v < 0 for v in vals):
        vals[g.r.randrange(k)] = -g.ri(100, 4000)
    T = sum(vals)
    if bad:
        if g.p(0.3):
            T = g.typo(T, lo=-10 ** 9)
        else:
            i = g.r.randrange(k)
            vals[i] = g.typo(vals[i], lo=-10 ** 9)
    g.ascii_punct = False
    sep = g.ch(["\t", "｜", "  "])
    rows = [["企业名称", "利润总额（万元）"]] + [[c, g.n(v, 0, sep="").s] for c, v in zip(comps, vals)] + [["合计", g.n(T, 0, sep="").s]]
    stmt = "%s年市属国有企业利润情况\n" % g.year + table(rows, sep)
    return Out("soe", stmt, [C("sum", total=g.n(T, 0, sep=""), parts=[g.n(v, 0, sep="") for v in vals])], max_ctx=1)


@style("t_hospital_visits_wan", "totals", "ci", "outpatient + emergency visits in 万人次 with decimals")
def _(g, bad):
    T, parts = parts_case(g, bad, split_ratio(g, g.ri(1000, 30000), 0.84, 0.95))
    Tn = g.n(T, 2, "万")
    a, b = g.n(parts[0], 2, "万"), g.n(parts[1], 2, "万")
    stmt = "全年完成门急诊%s人次，其中门诊%s人次、急诊%s人次；出院患者%s人次。" % (Tn, a, b, g.n(g.ri(3000, 90000)))
    return Out("health", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_school_students_levels", "totals", "ci", "students by school level with thousands separators")
def _(g, bad):
    W = {"学前教育": 20, "小学": 45, "初中": 22, "普通高中": 13, "中等职业学校": 8}
    lv = g.ch([["学前教育", "小学", "初中", "普通高中"], ["小学", "初中", "普通高中", "中等职业学校"], ["小学", "初中"]])
    T, parts = parts_case(g, bad, weighted_parts(g, g.ri(8000, 160000), [W[x] for x in lv], lo=300))
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "全%s各级各类学校在校学生%s人，其中%s。" % (g.K, Tn, j(["%s%s人" % (a, p) for a, p in zip(lv, pn)]))
    return Out("edu", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_village_households_types", "totals", "ci", "village households by type; persons figure is context")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(150, 1500), 3, lo=5)
    P = int(sum(parts) * g.r.uniform(2.8, 4.1))
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "%s现有农户%s户%s人，其中脱贫户%s户、监测户%s户、一般农户%s户。" % (g.village(), Tn, g.n(P), pn[0], pn[1], pn[2])
    return Out("village", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_court_old_new_received", "totals", "ci", "旧存 + 新收 = 受理 (whole after the parts)")
def _(g, bad):
    T, parts = parts_case(g, bad, split_ratio(g, g.ri(2000, 20000), 0.75, 0.95), p_total=0.4)
    a, b, Tn = g.n(parts[0]), g.n(parts[1]), g.n(T)
    stmt = g.ch(["全年新收各类案件%s件，加上旧存%s件，受理案件%s件。", "新收案件%s件，旧存案件%s件，合计受理%s件。"]) % (a, b, Tn)
    return Out("court", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_procur_arrest_review", "totals", "ci", "审查逮捕 = 批准 + 不批准")
def _(g, bad):
    T, parts = parts_case(g, bad, split_ratio(g, g.ri(150, 3000), 0.7, 0.92))
    Tn, a, b = g.n(T), g.n(parts[0]), g.n(parts[1])
    stmt = g.ch(["受理审查逮捕%s人，经审查批准逮捕%s人，不批准逮捕%s人。", "全年审查逮捕犯罪嫌疑人%s人，其中批准逮捕%s人、不批准逮捕%s人。"]) % (Tn, a, b)
    return Out("procur", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_population_prior_diff", "totals", "ci", "year-end population vs previous year, 减少/增加 amount")
def _(g, bad):
    x = g.ri(30000, 900000)
    up = g.p(0.4)
    dd = g.ri(50, 6000)
    y = x + dd if up else x - dd
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x), g.n(y), g.n(dd)
    word = "增加" if up else "减少"
    stmt = "年末全%s户籍人口%s人，比上年末的%s人%s%s人。" % (g.K, b, a, word, c)
    check = C("diff", a=b, b=a, d=c) if up else C("diff", a=a, b=b, d=c)
    return Out("stats", stmt, [check])


@style("t_land_projects_count_sum", "totals", "ci", "land acquired for N projects listed (count + sum)")
def _(g, bad):
    k = g.ri(2, 4)
    projs = g.sample(["城际轨道站场", "滨江大道扩建", "第二水厂", "物流园区", "高速公路互通", "人民医院新院区"], k)
    d = g.ch([0, 1])
    parts = g.partition(g.ri(60, 1500) * 10 ** d, k, lo=5 * 10 ** d)
    T = sum(parts)
    stated = k
    if bad:
        if g.p(0.7):
            if g.p(0.5):
                T = g.typo(T)
            else:
                i = g.r.randrange(k); parts[i] = g.typo(parts[i])
        else:
            stated = k + 1
    Tn = g.n(T, d)
    pn = [g.n(x, d) for x in parts]
    sn = cn_count(g, stated) if g.p(0.7) else g.n(stated)
    stmt = "全年完成征地%s亩，涉及%s个项目：%s。" % (Tn, sn, j(["%s项目%s亩" % (p, n) for p, n in zip(projs, pn)], "，"))
    items = ["%s项目" % p for p in projs]
    return Out("gov", stmt, [C("sum", total=Tn, parts=pn), C("count_items", stated=sn, items=items)])


@style("t_grid_done_in_progress", "totals", "ci", "grid events: received = closed + in progress")
def _(g, bad):
    T, parts = parts_case(g, bad, split_ratio(g, g.ri(300, 20000), 0.85, 0.99))
    Tn, a, b = g.n(T), g.n(parts[0]), g.n(parts[1])
    stmt = g.ch(["社会治理平台受理网格事件%s件，已办结%s件，正在办理%s件。",
                 "网格员上报各类事件%s件，已处置完毕%s件，%s件正在跟踪处置中。"]) % (Tn, a, b)
    return Out("grid", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_hazards_rectified_remaining", "totals", "ci", "hazards found - rectified = remaining (剩余)")
def _(g, bad):
    T = g.ri(200, 9000)
    a = int(T * g.r.uniform(0.85, 0.99))
    b = T - a
    if b < 1:
        raise Retry("b")
    if bad:
        w = g.ri(0, 2)
        if w == 0:
            b = g.typo(b)
        elif w == 1:
            a = g.typo(a)
        else:
            T = g.typo(T)
    Tn, an, bn = g.n(T), g.n(a), g.n(b)
    stmt = "排查整治安全隐患%s处，已完成整改%s处，剩余%s处列入挂牌督办。" % (Tn, an, bn)
    return Out("safety", stmt, [C("diff", a=Tn, b=an, d=bn)])


@style("t_training_sessions_list", "totals", "ci", "numbers listed before the unit (依次为a、b、c人), then 合计")
def _(g, bad):
    k = g.ri(3, 6)
    T, parts = sum_case(g, bad, g.ri(k * 30, k * 150), k, lo=20, p_total=0.35)
    sn = g.n(k, cn=True)
    pn = [g.n(x) for x in parts]
    Tn = g.n(T)
    kind = g.ch(["电工", "养老护理员", "家政服务", "电子商务", "中式烹调", "农机操作"])
    stmt = "举办%s职业技能培训班%s期，各期参训人数依次为%s人，合计%s人。" % (kind, sn, j([p.s for p in pn]), Tn)
    return Out("employ", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_three_year_cumulative", "totals", "ci", "three years listed, 三年累计 (years are not parts)")
def _(g, bad):
    what = g.ch([("建成5G基站", "个", 50, 800), ("新建改建农村公路", "公里", 20, 300), ("改造老旧小区", "个", 5, 80), ("新增公办幼儿园", "所", 2, 25)])
    T, parts = parts_case(g, bad, [g.ri(what[2], what[3]) for _ in range(3)])
    y = g.year
    pn = [g.n(x) for x in parts]
    Tn = g.n(T)
    stmt = "%s年%s%s%s、%s年%s%s、%s年%s%s，三年累计%s%s。" % (y - 2, what[0], pn[0], what[1], y - 1, pn[1], what[1], y, pn[2], what[1], Tn, what[1])
    return Out("gov", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_quarters_full_year", "totals", "ci", "four quarters in 亿元 and the full year")
def _(g, bad):
    T, parts = sum_case(g, bad, yi2(g, 8, 300), 4, lo=100, p_total=0.3)
    pn = [g.n(x, 2, "亿") for x in parts]
    Tn = g.n(T, 2, "亿")
    what = g.ch(["规模以上工业总产值", "固定资产投资", "社会消费品零售总额"])
    stmt = "分季度看，%s一季度%s元、二季度%s元、三季度%s元、四季度%s元，全年%s元。" % (what, pn[0], pn[1], pn[2], pn[3], Tn)
    return Out("stats", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_staff_composition", "totals", "ci", "staff by employment type")
def _(g, bad):
    kinds = g.sample(["公务员", "参照公务员法管理人员", "事业编制人员", "编外聘用人员", "公益性岗位人员"], g.ri(2, 4))
    T, parts = sum_case(g, bad, g.ri(30, 400), len(kinds), lo=3)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "%s现有干部职工%s人，其中%s。" % (g.ch(["机关", "本单位", "街道"]), Tn, j(["%s%s人" % (k, p) for k, p in zip(kinds, pn)]))
    return Out("gov", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_partition_plus_overlap_subset", "totals", "ci", "exhaustive 男/女 split plus a separate overlapping subset")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(40, 900), 2, lo=5)
    sub = g.ri(3, max(4, min(parts) - 1))
    Tn, a, b, s = g.n(T), g.n(parts[0]), g.n(parts[1]), g.n(sub)
    grp = g.ch([("党员", "名", "60岁以上", "village"), ("在职职工", "人", "35岁以下", "company"), ("村医", "名", "具有执业助理医师资格的", "health")])
    stmt = "全%s现有%s%s%s，其中男性%s%s、女性%s%s；%s%s%s。" % (g.ch(["村", "所", "镇"]), grp[0], Tn, grp[1], a, grp[1], b, grp[1], grp[2], s, grp[1])
    return Out(grp[3], stmt, [C("sum", total=Tn, parts=[a, b]),
                              C("not_checkable", kind="trap", why="age/qualification subset overlaps both sexes, not a part", nums=[s])])


@style("t_budget_vs_final_diff", "totals", "ci", "预算数 vs 决算数, difference stated")
def _(g, bad):
    d = g.ch([0, 2])
    x = g.ri(500, 90000) * (10 ** d)
    y = int(x * g.r.uniform(0.85, 0.99))
    dd = x - y
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x, d, "万"), g.n(y, d, "万"), g.n(dd, d, "万")
    item = g.ch(["基本支出", "项目支出", "“三公”经费", "机关运行经费"])
    stmt = "%s预算数%s元，决算数%s元，决算数比预算数减少%s元，主要是严格执行厉行节约规定。" % (item, a, b, c)
    return Out("finance", stmt, [C("diff", a=a, b=b, d=c)])


@style("t_target_exceeded_by", "totals", "ci", "annual target vs actual, 超额完成 amount")
def _(g, bad):
    what = g.ch([("城镇新增就业", "人", ""), ("农村劳动力转移就业", "人", ""), ("新增市场主体", "户", ""), ("招商引资到位资金", "元", "万")])
    x = g.ri(500, 20000)
    y = x + g.ri(10, x // 4)
    dd = y - x
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x, 0, what[2]), g.n(y, 0, what[2]), g.n(dd, 0, what[2])
    stmt = "%s年度目标%s%s，实际完成%s%s，超额完成%s%s。" % (what[0], a, what[1], b, what[1], c, what[1])
    return Out("employ", stmt, [C("diff", a=b, b=a, d=c)])


@style("t_two_sentences_whole_parts", "totals", "ci", "whole in one sentence, parts in the next")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(8, 60), 2, lo=1)
    parts = sorted(parts, reverse=True)
    cn = g.p(0.5)
    Tn, a, b = g.n(T, cn=cn), g.n(parts[0], cn=cn), g.n(parts[1], cn=cn)
    stmt = "今年确定的民生实事项目%s项。截至%s月底，已完工%s项，正在加快推进%s项。" % (Tn, g.ri(10, 12), a, b)
    return Out("gov", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_market_entities_net", "totals", "ci", "new registrations - deregistrations = net increase")
def _(g, bad):
    a = g.ri(800, 30000)
    b = int(a * g.r.uniform(0.2, 0.7))
    dd = a - b
    if bad:
        dd = g.typo(dd)
    an, bn, cn = g.n(a), g.n(b), g.n(dd)
    stmt = g.ch(["全年新登记市场主体%s户，注销%s户，净增%s户。", "新设立各类经营主体%s户，同期注销%s户，净增长%s户。"]) % (an, bn, cn)
    return Out("market", stmt, [C("diff", a=an, b=bn, d=cn)])


@style("t_afforestation_wan_mu", "totals", "ci", "afforestation: whole in 万亩, parts in 亩")
def _(g, bad):
    total = g.ri(30, 600) * 100
    parts = [p * 10 for p in g.partition(total // 10, 3, lo=20)]
    T = total
    if bad:
        if g.p(0.7):
            i = g.ri(0, 2)
            parts[i] += g.ch([-1, 1]) * g.ri(1, 9) * g.ch([100, 1000])
            if parts[i] <= 0:
                raise Retry("neg")
        else:
            T = T + g.ch([-1, 1]) * g.ri(1, 9) * 100
    Tn = g.n(T // 100, 2, "万")
    if T % 100:
        raise Retry("dec")
    pn = [g.n(x) for x in parts]
    stmt = "全年完成营造林%s亩，其中人工造林%s亩、封山育林%s亩、退化林修复%s亩。" % (Tn, pn[0], pn[1], pn[2])
    return Out("forest", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_tourists_wan_decimals", "totals", "ci", "tourists in 万人次 (overnight + day trips)")
def _(g, bad):
    d = g.ch([1, 2])
    T, parts = sum_case(g, bad, g.ri(50, 3000) * 10 ** d // (10 if d == 2 else 1), 2, lo=10)
    Tn = g.n(T, d, "万")
    a, b = g.n(parts[0], d, "万"), g.n(parts[1], d, "万")
    stmt = "全年接待游客%s人次，其中过夜游客%s人次、一日游游客%s人次。" % (Tn, a, b)
    return Out("tourism", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_attendance_absent", "totals", "ci", "应到 - 实到 = 缺席 at a meeting")
def _(g, bad):
    T = g.ri(40, 400)
    b = g.ri(1, 12)
    a = T - b
    if bad:
        w = g.ri(0, 1)
        if w == 0:
            b = g.typo(b, small_only=True)
        else:
            a = g.typo(a, small_only=True)
    cn = g.p(0.35)
    Tn, an, bn = g.n(T, cn=cn), g.n(a, cn=cn), g.n(b, cn=cn)
    stmt = "本次会议应到代表%s名，实到%s名，因病因事请假%s名，符合法定人数。" % (Tn, an, bn)
    return Out("gov", stmt, [C("diff", a=Tn, b=an, d=bn)])


@style("t_votes_whole_after", "totals", "ci", "votes for/against/abstain then the total ballots")
def _(g, bad):
    tot = g.ri(30, 600)
    ag, ab = g.ri(0, 4), g.ri(0, 9)
    parts = [tot - ag - ab, ag, ab]
    T = tot
    if bad:
        w = g.ri(0, 2)
        if w == 0:
            T = g.typo(T)
        elif w == 1:
            parts[0] = g.typo(parts[0])
        else:
            parts[2] = g.typo(parts[2], lo=0, small_only=True)
    pn = [g.n(x) for x in parts]
    Tn = g.n(T)
    stmt = "表决结果：赞成%s票，反对%s票，弃权%s票，收回有效票%s张。" % (pn[0], pn[1], pn[2], Tn)
    return Out("gov", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_table_tab_towns", "totals", "ci", "tab-separated table of towns with a 合计 row (households and persons)")
def _(g, bad):
    k = g.ri(3, 5)
    towns = g.town_names(k, g.ch(["镇", "街道"]))
    h = [g.ri(20, 900) for _ in range(k)]
    p = [int(x * g.r.uniform(1.6, 3.2)) for x in h]
    H, P = sum(h), sum(p)
    if bad:
        w = g.ri(0, 3)
        if w == 0:
            i = g.r.randrange(k); h[i] = g.typo(h[i])
        elif w == 1:
            i = g.r.randrange(k); p[i] = g.typo(p[i])
        elif w == 2:
            H = g.typo(H)
        else:
            P = g.typo(P)
    g.ascii_punct = False
    rows = [["镇（街）", "户数", "人数"]] + [[t, g.n(a, sep="").s, g.n(b, sep="").s] for t, a, b in zip(towns, h, p)] + [["合计", g.n(H, sep="").s, g.n(P, sep="").s]]
    stmt = "附表：%s年度低保边缘家庭认定情况\n" % g.year + table(rows, "\t")
    if H == P:
        raise Retry("eq")
    return Out("assist", stmt, [C("sum", total=g.n(H, sep=""), parts=[g.n(x, sep="") for x in h]),
                                C("sum", total=g.n(P, sep=""), parts=[g.n(x, sep="") for x in p])], max_ctx=0)


@style("t_table_functions_yi", "totals", "ci", "space-aligned table of expenditure by function in 亿元, 合计 row")
def _(g, bad):
    items = g.sample(["教育", "社会保障和就业", "卫生健康", "城乡社区", "农林水", "交通运输", "一般公共服务", "公共安全", "节能环保"], g.ri(3, 5))
    T, parts = sum_case(g, bad, yi2(g, 20, 400), len(items), lo=50, p_total=0.3)
    g.ascii_punct = False
    rows = [["支出功能分类", "决算数（亿元）"]] + [[it + "支出", g.n(p, 2, sep="").s] for it, p in zip(items, parts)] + [["合计", g.n(T, 2, sep="").s]]
    stmt = "%s年一般公共预算支出决算表（摘要）\n" % g.year + table(rows, "    ")
    return Out("finance", stmt, [C("sum", total=g.n(T, 2, sep=""), parts=[g.n(p, 2, sep="") for p in parts])], max_ctx=1)


@style("t_table_markdown_audit", "totals", "ci", "markdown-like table of audit amounts with 合计")
def _(g, bad):
    kinds = g.sample(["违规发放津补贴", "超范围列支费用", "资金闲置", "未按规定政府采购", "虚列支出", "往来款长期挂账"], g.ri(3, 4))
    d = g.ch([0, 2])
    T, parts = sum_case(g, bad, g.ri(50, 9000) * 10 ** d, len(kinds), lo=5 * 10 ** d)
    g.ascii_punct = False
    ts = g.ch(["", ","])
    rows = [["问题类型", "金额（万元）"], ["---", "---"]] + [[k, g.n(p, d, sep=ts).s] for k, p in zip(kinds, parts)] + [["合计", g.n(T, d, sep=ts).s]]
    stmt = "审计发现问题金额统计\n" + table(rows, "md")
    return Out("audit", stmt, [C("sum", total=g.n(T, d, sep=ts), parts=[g.n(p, d, sep=ts) for p in parts])], max_ctx=1)


@style("t_fullwidth_grouped_market", "totals", "ci", "full-width digits with full-width thousands separators")
def _(g, bad):
    g.mode = "fw"
    g.ascii_punct = False
    kinds = g.sample(["餐饮服务单位", "食品销售单位", "食品生产企业", "学校食堂", "网络订餐平台入网商户"], g.ri(2, 4))
    T, parts = sum_case(g, bad, g.ri(1200, 30000), len(kinds), lo=100)
    sep = g.ch(["，", ",", ""])
    Tn = g.n(T, sep=sep)
    pn = [g.n(x, sep=sep) for x in parts]
    if sep == "，":
        g.sep_min = 1000
        Tn = g.n(T, sep=sep)
        pn = [g.n(x, sep=sep) for x in parts]
    stmt = "检查食品生产经营主体%s家次，其中%s。" % (Tn, j(["%s%s家次" % (k, p) for k, p in zip(kinds, pn)]))
    return Out("market", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_space_separators_grain", "totals", "ci", "space thousands separators in grain output (吨)")
def _(g, bad):
    g.mode = "ascii"
    crops = g.sample(["稻谷", "小麦", "玉米", "大豆", "薯类"], g.ri(2, 4))
    T, parts = sum_case(g, bad, g.ri(40000, 900000), len(crops), lo=2000)
    Tn = g.n(T, sep=" ")
    pn = [g.n(x, sep=" ") for x in parts]
    stmt = "全年粮食总产量 %s 吨，其中%s。" % (Tn, j(["%s %s 吨" % (c, p) for c, p in zip(crops, pn)]))
    return Out("agri", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_subsidies_names_then_amounts", "totals", "ci", "subsidy names listed first, amounts in the same order, total in parentheses")
def _(g, bad):
    kinds = g.sample(["耕地地力保护补贴", "实际种粮农民一次性补贴", "农机购置补贴", "稻谷目标价格补贴"], 3)
    d = g.ch([0, 1, 2])
    T, parts = sum_case(g, bad, g.ri(300, 20000) * 10 ** d, 3, lo=20 * 10 ** d)
    pn = [g.n(x, d, "万") for x in parts]
    Tn = g.n(T, d, "万")
    stmt = "依次发放%s%s元、%s元和%s元（合计%s元）。" % (last_join(kinds), pn[0], pn[1], pn[2], Tn)
    return Out("agri", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_audit_problem_amounts", "totals", "ci", "audit problem amounts by type in 亿元")
def _(g, bad):
    kinds = ["违规问题金额", "管理不规范问题金额", "损失浪费问题金额"]
    T, parts = sum_case(g, bad, yi2(g, 1, 60), 3, lo=5)
    Tn = g.n(T, 2, "亿")
    pn = [g.n(x, 2, "亿") for x in parts]
    stmt = "审计查出问题金额%s元，其中%s。" % (Tn, j(["%s%s元" % (k, p) for k, p in zip(kinds, pn)]))
    return Out("audit", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_elderly_facilities_semicolon", "totals", "ci", "whole, colon, semicolon-separated parts (facilities)")
def _(g, bad):
    kinds = g.sample(["城市社区日间照料中心", "农村互助幸福院", "乡镇敬老院改造提升项目", "老年助餐点", "居家养老服务站"], g.ri(3, 4))
    T, parts = sum_case(g, bad, g.ri(12, 160), len(kinds), lo=2)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "全年新增养老服务设施%s处：%s。" % (Tn, "；".join("%s%s处" % (k, p) for k, p in zip(kinds, pn)))
    return Out("civil", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_yi_total_rounded_wan_parts", "totals", "ci", "whole in 亿元 rounded to 2 decimals, parts in 万元 (rounding tolerated)")
def _(g, bad):
    k = g.ri(2, 4)
    parts = [g.ri(800, 90000) for _ in range(k)]
    S = sum(parts)
    tot = round_half_up(Fraction(S, 10000), Fraction(1, 100))
    tt = int(tot * 100)
    if bad:
        tt = tt + g.ch([-1, 1]) * g.ri(2, 40)
    Tn = g.n(tt, 2, "亿")
    pn = [g.n(x, 0, "万") for x in parts]
    names = g.sample(["中央预算内投资", "地方政府专项债券", "超长期特别国债", "省级财政补助"], k)
    g.notes.append("total in 亿元 is the parts' sum rounded to 0.01亿")
    stmt = "%s项目获得各类资金%s元，其中%s。" % (g.ch(["全年重点", "今年重大", "本年度续建"]), Tn, j(["%s%s元" % (nm, p) for nm, p in zip(names, pn)]))
    return Out("finance", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_welfare_beds", "totals", "ci", "elderly-care beds: public + private")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(400, 12000), 2, lo=50)
    k = g.ri(5, 60)
    Tn, a, b = g.n(T), g.n(parts[0]), g.n(parts[1])
    stmt = "全市现有养老机构%s家，床位%s张，其中公办床位%s张、民办床位%s张。" % (g.n(k), Tn, a, b)
    return Out("civil", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_rehab_services", "totals", "ci", "rehabilitation services: children + adults")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(300, 9000), 2, lo=40)
    Tn, a, b = g.n(T), g.n(parts[0]), g.n(parts[1])
    stmt = "为残疾人提供基本康复服务%s人次，其中残疾儿童康复%s人次、成年残疾人康复%s人次。" % (Tn, b, a) if g.p(0.5) else \
        "提供基本康复服务%s人次（儿童%s人次、成人%s人次）。" % (Tn, a, b)
    return Out("disab", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_hospital_staff_nested", "totals", "ci", "hospital staff with a nested 其中 for health professionals")
def _(g, bad):
    ip = g.partition(g.ri(300, 3000), 3, lo=30)
    A = sum(ip)
    B = g.ri(40, 500)
    T = A + B
    if bad:
        w = g.ri(0, 2)
        if w == 0:
            T = g.typo(T)
        elif w == 1:
            B = g.typo(B)
        else:
            i = g.ri(0, 2); ip[i] = g.typo(ip[i])
    Tn, An, Bn = g.n(T), g.n(A), g.n(B)
    ipn = [g.n(x) for x in ip]
    stmt = "医院现有在岗职工%s人，其中卫生技术人员%s人（其中执业医师%s人、注册护士%s人、药技人员%s人），管理及工勤人员%s人。" % (Tn, An, ipn[0], ipn[1], ipn[2], Bn)
    return Out("health", stmt, [C("sum", total=Tn, parts=[An, Bn]), C("sum", total=An, parts=ipn)])


@style("t_company_revenue_segments", "totals", "ci", "operating revenue = main business + other business (亿元)")
def _(g, bad):
    T, parts = parts_case(g, bad, split_ratio(g, yi2(g, 2, 300), 0.8, 0.97))
    Tn = g.n(T, 2, "亿")
    a, b = g.n(parts[0], 2, "亿"), g.n(parts[1], 2, "亿")
    stmt = "报告期内，公司实现营业收入%s元，其中主营业务收入%s元、其他业务收入%s元。" % (Tn, a, b)
    return Out("company", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_collective_income_three_parts", "totals", "ci", "village collective income 由N部分组成 (count + sum)")
def _(g, bad):
    k = g.ri(2, 4)
    kinds = g.sample(["资产租赁收入", "入股分红收入", "服务性收入", "光伏发电收益", "土地流转服务费"], k)
    d = g.ch([1, 2])
    parts = g.partition(g.ri(50, 600) * 10 ** d, k, lo=3 * 10 ** d)
    T = sum(parts)
    stated = k
    if bad:
        if g.p(0.7):
            if g.p(0.4):
                T = g.typo(T)
            else:
                i = g.r.randrange(k); parts[i] = g.typo(parts[i])
        else:
            stated = k + g.ch([1, -1]) if k > 2 else 3
    Tn = g.n(T, d, "万")
    pn = [g.n(x, d, "万") for x in parts]
    sn = cn_count(g, stated)
    stmt = "%s村集体经济收入%s元，由%s部分组成：%s。" % (g.village()[:-1], Tn, sn, j(["%s%s元" % (k_, p) for k_, p in zip(kinds, pn)], "，"))
    return Out("village", stmt, [C("sum", total=Tn, parts=pn), C("count_items", stated=sn, items=kinds)])


@style("t_insured_wan_change", "totals", "ci", "从X万人增至Y万人，增加Z万人 (decimals in 万)")
def _(g, bad):
    x = g.ri(500, 9000)
    y = x + g.ri(5, 900)
    dd = y - x
    if bad:
        dd = g.typo(dd)
    a, b, c = g.n(x, 2, "万"), g.n(y, 2, "万"), g.n(dd, 2, "万")
    what = g.ch(["城乡居民基本养老保险参保人数", "失业保险参保人数", "工伤保险参保人数", "职工基本医疗保险参保人数"])
    stmt = "%s从%s人增至%s人，增加%s人。" % (what, a, b, c)
    return Out("employ", stmt, [C("diff", a=b, b=a, d=c)])


@style("t_revenue_gap_deficit", "totals", "ci", "expenditure - revenue = gap (收支缺口)")
def _(g, bad):
    inc = yi2(g, 5, 80)
    exp_ = int(inc * g.r.uniform(1.3, 3.5))
    gap = exp_ - inc
    if bad:
        gap = g.typo(gap)
    a, b, c = g.n(inc, 2, "亿"), g.n(exp_, 2, "亿"), g.n(gap, 2, "亿")
    stmt = "本级可用财力%s元，刚性支出需求%s元，收支缺口%s元，需通过上级补助和盘活存量资金弥补。" % (a, b, c)
    return Out("finance", stmt, [C("diff", a=b, b=a, d=c)])


@style("t_inline_flat_table", "totals", "ci", "flattened table on one line: town figure; ...; 合计")
def _(g, bad):
    k = g.ri(3, 6)
    towns = g.town_names(k, g.ch(["镇", "乡"]))
    T, parts = sum_case(g, bad, g.ri(k * 40, k * 900), k, lo=10, p_total=0.35)
    pn = [g.n(x) for x in parts]
    Tn = g.n(T)
    what = g.ch(["脱贫人口", "监测对象", "易地搬迁人口"])
    stmt = "各乡镇%s分布：%s；合计 %s人。" % (what, "；".join("%s %s人" % (t, p) for t, p in zip(towns, pn)), Tn)
    return Out("village", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_heading_whole_lines_parts", "totals", "ci", "whole in a heading line, parts on the following lines")
def _(g, bad):
    kinds = g.sample(["教育", "医疗卫生", "社会保障", "住房保障", "就业", "文化体育"], g.ri(3, 4))
    T, parts = sum_case(g, bad, yi2(g, 5, 150), len(kinds), lo=20)
    Tn = g.n(T, 2, "亿")
    pn = [g.n(x, 2, "亿") for x in parts]
    head = "（%s）民生支出%s元，具体为：" % (g.ch(["一", "二", "三", "四"]), Tn)
    lines = [head] + ["%d.%s支出%s元%s" % (i + 1, k, p, "；" if i < len(kinds) - 1 else "。") for i, (k, p) in enumerate(zip(kinds, pn))]
    return Out("finance", "\n".join(lines), [C("sum", total=Tn, parts=pn)], max_ctx=1)


@style("t_cn_numerals_large_liang", "totals", "ci", "Chinese numerals with 千/万 and 两 (e.g. 两千三百)")
def _(g, bad):
    T, parts = sum_case(g, bad, g.ri(1100, 9800), 2, lo=200)
    Tn = g.n(T, cn=True)
    a, b = g.n(parts[0], cn=True), g.n(parts[1], cn=True)
    what = g.ch([("参加义诊的群众", "人次", "城区", "乡镇"), ("发放宣传资料", "份", "线下", "线上"), ("接种疫苗", "剂次", "第一剂", "加强剂")])
    stmt = "活动期间%s达%s%s，%s%s%s，%s%s%s。" % (what[0], Tn, what[1], what[2], a, what[1], what[3], b, what[1])
    return Out("health", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_fire_police_dispatch", "totals", "ci", "emergency dispatches by type, whole stated after as 共")
def _(g, bad):
    kinds = g.sample(["火灾扑救", "抢险救援", "社会救助", "公务执勤"], g.ri(3, 4))
    T, parts = sum_case(g, bad, g.ri(200, 3000), len(kinds), lo=10, p_total=0.4)
    pn = [g.n(x) for x in parts]
    Tn = g.n(T)
    stmt = "全年%s，共接警出动%s起。" % (j(["%s%s起" % (k, p) for k, p in zip(kinds, pn)], "，"), Tn)
    return Out("safety", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_medical_insurance_payout", "totals", "ci", "medical assistance payout 万元 split across items, 两位小数")
def _(g, bad):
    kinds = g.sample(["资助参保", "门诊救助", "住院救助", "倾斜救助"], g.ri(2, 4))
    T, parts = sum_case(g, bad, g.ri(5000, 900000), len(kinds), lo=100)
    Tn = g.n(T, 2, "万")
    pn = [g.n(x, 2, "万") for x in parts]
    stmt = "全年医疗救助支出%s元。按救助类别分：%s。" % (Tn, "，".join("%s%s元" % (k, p) for k, p in zip(kinds, pn)))
    return Out("assist", stmt, [C("sum", total=Tn, parts=pn)])


@style("t_bonds_split_general_special_issue", "totals", "ci", "bonds issued = new + refinancing, whole given last")
def _(g, bad):
    T, parts = sum_case(g, bad, yi2(g, 10, 300), 2, lo=100, p_total=0.4)
    a, b = g.n(parts[0], 2, "亿"), g.n(parts[1], 2, "亿")
    Tn = g.n(T, 2, "亿")
    stmt = "全年发行新增债券%s元、再融资债券%s元，发行地方政府债券%s元。" % (a, b, Tn)
    return Out("finance", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_mixed_width_digits_mixed_units", "totals", "ci", "parts in 元 and 万元 summed to a whole in 万元")
def _(g, bad):
    big = g.ri(50, 900)
    small = g.ri(1000, 9999)
    T_yuan = big * 10000 + small * 10
    if bad:
        if g.p(0.5):
            small = g.typo(small)
        else:
            big = g.typo(big)
    tt = int(round_half_up(Fraction(T_yuan, 100), Fraction(1)))
    Tn = g.n(tt, 2, "万")
    g.notes.append("whole in 万元 is rounded to 0.01万 (100元)")
    a = g.n(big, 0, "万")
    b = g.n(small * 10, 0, "")
    stmt = "全年慈善资金支出%s元，其中定向捐赠项目%s元，“微心愿”等小额项目%s元。" % (Tn, a, b)
    return Out("charity", stmt, [C("sum", total=Tn, parts=[a, b])])


@style("t_table_subtotals", "totals", "ci", "table with two 小计 rows and a 合计 row (three sums)")
def _(g, bad):
    tax = g.sample(["增值税", "企业所得税", "个人所得税", "契税", "房产税"], 2)
    ntx = g.sample(["专项收入", "行政事业性收费收入", "罚没收入", "国有资源（资产）有偿使用收入"], 2)
    a = [g.ri(3000, 90000) for _ in range(2)]
    b = [g.ri(500, 30000) for _ in range(2)]
    S1, S2 = sum(a), sum(b)
    T = S1 + S2
    if bad:
        w = g.ri(0, 2)
        if w == 0:
            i = g.ri(0, 1); a[i] = g.typo(a[i])
        elif w == 1:
            i = g.ri(0, 1); b[i] = g.typo(b[i])
        else:
            T = g.typo(T)
    g.ascii_punct = False
    sep = g.ch(["｜", "\t", "  "])
    N = lambda x: g.n(x, sep="")
    rows = [["收入项目（万元）", "决算数"], [tax[0], N(a[0]).s], [tax[1], N(a[1]).s], ["税收收入小计", N(S1).s],
            [ntx[0], N(b[0]).s], [ntx[1], N(b[1]).s], ["非税收入小计", N(S2).s], ["合计", N(T).s]]
    stmt = table(rows, sep)
    if len({N(x).s for x in a + b + [S1, S2, T]}) < 7:
        raise Retry("dup")
    return Out("finance", stmt, [C("sum", total=N(S1), parts=[N(x) for x in a]), C("sum", total=N(S2), parts=[N(x) for x in b]),
                                 C("sum", total=N(T), parts=[N(S1), N(S2)])], max_ctx=0)


@style("t_table_diff_column", "totals", "ci", "table 本年/上年/增减额 with signed differences")
def _(g, bad):
    items = g.sample(["一般公共预算收入", "税收收入", "非税收入", "政府性基金预算收入", "上级补助收入", "债务转贷收入"], g.ri(3, 4))
    bi = g.r.randrange(len(items)) if bad else -1
    g.ascii_punct = False
    sep = g.ch(["｜", "\t", "  "])
    N = lambda x: g.n(x, 0, sep="")
    rows = [["项目（万元）", "本年", "上年", "增减额"]]
    checks = []
    for i, it in enumerate(items):
        x = g.ri(3000, 300000)
        y = int(x * g.r.uniform(0.8, 1.2))
        dd = y - x
        if dd == 0:
            raise Retry("zero")
        if i == bi:
            dd = g.typo(abs(dd)) * (1 if dd > 0 else -1)
        rows.append([it, N(y).s, N(x).s, N(dd).s])
        checks.append(C("diff", a=N(y), b=N(x), d=N(dd)))
    stmt = "%d年与上年收入对比表\n" % g.year + table(rows, sep)
    return Out("finance", stmt, checks, max_ctx=1)


@style("t_amount_change_with_rate", "totals", "ci", "current and prior amounts, 增加 amount (checked) and 增长 rate (also stated)")
def _(g, bad):
    what = g.ch([("社会保障和就业支出", "finance", 5000, 90000), ("教育支出", "finance", 8000, 120000),
                 ("慈善资金支出", "charity", 200, 8000), ("卫生健康支出", "finance", 3000, 60000)])
    x = g.ri(what[2], what[3])
    y = x + int(x * g.r.uniform(0.02, 0.3))
    dd = y - x
    if bad:
        dd = g.typo(dd)
    xn, yn, dn = g.n(x, 0, "万"), g.n(y, 0, "万"), g.n(dd, 0, "万")
    r = g.pct_from(Fraction((y - x) * 100, x), 1)
    stmt = "%s%s元，上年为%s元，增加%s元、增长%s。" % (what[0], yn, xn, dn, r)
    return Out(what[1], stmt, [C("diff", a=yn, b=xn, d=dn), C("change_pct", old=xn, new=yn, pct=r, dir="up")])


# =====================================================================================
# PCT family -- consistent / inconsistent styles
# =====================================================================================
def rate(g, bad, num, den, d, hi=None, cn=False, sign=None, lo=Fraction(0)):
    """Stated rate for num/den (Num objects or Fractions): correct, or wrong by more than rounding."""
    nv = num.v if isinstance(num, Num) else Fraction(num)
    dv = den.v if isinstance(den, Num) else Fraction(den)
    true = nv * 100 / dv
    if bad:
        return g.wrong_pct(true, d, hi=hi, cn=cn, sign=sign, lo=lo)
    return g.pct_from(true, d, cn=cn, sign=sign)


def done_of(g, lo, hi, frac_lo=0.80, frac_hi=0.999):
    T = g.ri(lo, hi)
    a = int(T * g.r.uniform(frac_lo, frac_hi))
    if a < 1 or a > T:
        raise Retry("done")
    return T, a


RATE_SUBJ = [
    ("grid", "受理网格事件", "件", "办结", "办结率"),
    ("petition", "受理信访事项", "件", "按期办结", "按期办结率"),
    ("grid", "接收12345热线工单", "件", "办结", "办结率"),
    ("market", "受理消费投诉", "件", "调解成功", "调解成功率"),
    ("safety", "排查出的安全隐患", "处", "完成整改", "整改率"),
    ("audit", "审计查出的问题", "个", "已整改", "整改率"),
]


@style("p_done_rate_basic", "pct", "ci", "handled/received = completion rate")
def _(g, bad):
    dom, w1, u, w2, rn = g.ch(RATE_SUBJ)
    T, a = done_of(g, 40, 9000)
    Tn, an = g.n(T), g.n(a)
    d = g.ch([1, 2, 2, 1, 0])
    r = rate(g, bad, an, Tn, d, hi=Fraction(100))
    stmt = "%s%s%s，%s%s%s，%s%s。" % (w1, Tn, u, w2, an, u, rn, r)
    return Out(dom, stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_share_zhan_of_whole", "pct", "ci", "part 占 whole 的 R%")
def _(g, bad):
    subj = g.ch([("edu", "全县专任教师", "人", "具有本科及以上学历的", "人"),
                 ("employ", "城镇新增就业", "人", "高校毕业生", "人"),
                 ("health", "全院职工", "人", "高级职称人员", "人"),
                 ("civil", "全市老年人口", "人", "80周岁以上老年人", "人"),
                 ("village", "全村耕地", "亩", "已流转耕地", "亩")])
    T = g.ri(300, 90000)
    a = int(T * g.r.uniform(0.05, 0.85))
    Tn, an = g.n(T), g.n(a)
    d = g.ch([1, 2, 1])
    r = rate(g, bad, an, Tn, d, hi=Fraction(100))
    stmt = "%s%s%s，其中%s%s%s，占%s%s。" % (subj[1], Tn, subj[2], subj[3], an, subj[4], g.ch(["总数的", "", "比重为"]), r)
    stmt = stmt.replace("占比重为", "占比为")
    return Out(subj[0], stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_industry_structure_ratio", "pct", "ci", "三次产业结构 a:b:c must sum to 100")
def _(g, bad):
    p0 = g.ri(30, 250)
    p1 = int((1000 - p0) * g.r.uniform(0.3, 0.6))
    parts = [p0, p1, 1000 - p0 - p1]
    if bad:
        i = g.ri(0, 2)
        parts[i] += g.ri(15, 90)
    col = g.ch([":", "∶", "："])
    sn = [g.plain_num(x, 1) for x in parts]
    stmt = "三次产业结构调整为%s，产业结构持续优化。" % col.join(x.s for x in sn)
    return Out("stats", stmt, [C("share_sum", shares=sn, exhaustive=True)])


@style("p_shares_fenbie_exhaustive", "pct", "ci", "shares of one whole listed with 分别为 (sum to 100)")
def _(g, bad):
    k = g.ri(3, 4)
    pre, names, dom = g.ch([("规模以上工业增加值中，", ["国有控股企业", "民营企业", "外商及港澳台投资企业", "其他企业"], "stats"),
                            ("地区生产总值中，", ["第一产业", "第二产业", "第三产业"], "stats"),
                            ("一般公共预算收入中，", ["税收收入", "非税收入"], "finance"),
                            ("年末常住人口中，", ["城镇人口", "乡村人口"], "stats")])
    k = len(names)
    d = g.ch([1, 1, 2])
    parts = g.partition(100 * 10 ** d, k, lo=3 * 10 ** d)
    if bad:
        i = g.r.randrange(k)
        parts[i] += g.ri(2 * 10 ** d, 9 * 10 ** d)
    sn = [g.pct_ticks(x, d) for x in parts]
    stmt = "%s%s%s分别为%s。" % (pre if g.p(0.7) else "", last_join(names), g.ch(["所占比重", "占比"]), last_join([x.s for x in sn]))
    return Out(dom, stmt, [C("share_sum", shares=sn, exhaustive=True)])


@style("p_growth_two_values", "pct", "ci", "由X增至Y，增长R%")
def _(g, bad):
    subj = g.ch([("stats", "规模以上工业企业", "家"), ("village", "农民专业合作社", "家"), ("employ", "新增就业岗位", "个"),
                 ("market", "高新技术企业", "家"), ("edu", "公办幼儿园", "所")])
    x = g.ri(20, 3000)
    y = x + g.ri(1, max(2, int(x * 0.6)))
    xn, yn = g.n(x), g.n(y)
    d = g.ch([1, 1, 2])
    r = rate(g, bad, Fraction(y - x), Fraction(x), d)
    stmt = "%s由%s%s增至%s%s，增长%s。" % (subj[1], xn, subj[2], yn, subj[2], r)
    return Out(subj[0], stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up")])


@style("p_amount_delta_rate", "pct", "ci", "X万元，比上年增加D万元、增长R% (base = X - D)")
def _(g, bad):
    what, lo, hi, dom = g.ch([("一般公共预算收入", 20000, 900000, "finance"), ("税收收入", 15000, 700000, "finance"),
                              ("村集体经济收入", 20, 600, "village"), ("民生支出", 30000, 900000, "finance"),
                              ("社会保障和就业支出", 5000, 200000, "finance")])
    d = g.ch([0, 1, 2])
    old = g.ri(lo, hi) * 10 ** d + g.ri(0, 10 ** d - 1)
    dl = int(old * g.r.uniform(0.01, 0.4))
    cur = old + dl
    cn_, dn = g.n(cur, d, "万"), g.n(dl, d, "万")
    pd = g.ch([1, 1, 2])
    r = rate(g, bad, Fraction(dl), Fraction(old), pd)
    stmt = "%s%s元，比上年增加%s元、增长%s。" % (what, cn_, dn, r)
    return Out(dom, stmt, [C("delta_pct", cur=cn_, delta=dn, pct=r, dir="up")])


@style("p_decline_rate_down", "pct", "ci", "由X起降至Y起，下降R%")
def _(g, bad):
    subj = g.ch([("safety", "生产安全事故", "起"), ("safety", "道路交通事故", "起"), ("petition", "刑事案件发案数", "起"),
                 ("petition", "电信网络诈骗案件", "起"), ("safety", "火灾事故", "起")])
    x = g.ri(30, 3000)
    y = x - g.ri(1, max(2, int(x * 0.5)))
    xn, yn = g.n(x), g.n(y)
    d = g.ch([1, 2])
    r = rate(g, bad, Fraction(x - y), Fraction(x), d, hi=Fraction(100))
    stmt = "%s由%s%s降至%s%s，%s%s。" % (subj[1], xn, subj[2], yn, subj[2], g.ch(["下降", "同比下降", "降幅"]), r)
    return Out(subj[0], stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="down")])


@style("p_signed_negative_growth", "pct", "ci", "decline written as a negative growth rate (增长-R%), base in parentheses")
def _(g, bad):
    x = yi2(g, 3, 500)
    up = g.p(0.3)
    y = int(x * (g.r.uniform(1.01, 1.2) if up else g.r.uniform(0.75, 0.995)))
    xn, yn = g.n(x, 2, "亿"), g.n(y, 2, "亿")
    true = Fraction(y - x, x) * 100
    d = 1
    if bad:
        r = g.wrong_pct(true, d, lo=Fraction(-100))
    else:
        r = g.pct_from(true, d)
    what = g.ch(["房地产开发投资", "进出口总额", "工业投资", "商品房销售额"])
    stmt = "%s%s元（上年%s元），同比增长%s。" % (what, yn, xn, r)
    return Out("stats", stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="signed")])


@style("p_budget_execution", "pct", "ci", "actual / budget = 完成预算的R%")
def _(g, bad):
    b = yi2(g, 5, 300)
    a = int(b * g.r.uniform(0.85, 1.15))
    bn, an = g.n(b, 2, "亿"), g.n(a, 2, "亿")
    r = rate(g, bad, an, bn, 1)
    what = g.ch(["一般公共预算收入", "一般公共预算支出", "政府性基金预算收入", "国有资本经营预算收入"])
    stmt = "%s预算%s元，实际完成%s元，完成预算的%s。" % (what, bn, an, r)
    return Out("finance", stmt, [C("ratio_pct", num=an, den=bn, pct=r)])


@style("p_task_completion_of_target", "pct", "ci", "完成全年任务X的R% (may exceed 100)")
def _(g, bad):
    what = g.ch([("城镇新增就业", "人"), ("农村劳动力转移就业", "人"), ("职业技能培训", "人次"), ("新增城镇就业困难人员再就业", "人")])
    T = g.ri(500, 30000)
    a = int(T * g.r.uniform(0.9, 1.3))
    Tn, an = g.n(T), g.n(a)
    d = g.ch([1, 2])
    r = rate(g, bad, an, Tn, d)
    stmt = "%s%s%s，完成全年目标任务%s%s的%s。" % (what[0], an, what[1], Tn, what[1], r)
    return Out("employ", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_over_completion_pp", "pct", "ci", "为计划的R%，超额完成(R-100)个百分点 (two checks)")
def _(g, bad):
    plan = yi2(g, 10, 500)
    act = int(plan * g.r.uniform(1.01, 1.35))
    pn_, an = g.n(plan, 2, "亿"), g.n(act, 2, "亿")
    true = Fraction(act * 100, plan)
    rv = round_half_up(true, Fraction(1, 10))
    rt = int(rv * 10)
    ppt = rt - 1000
    if bad:
        if g.p(0.5):
            w = g.wrong_pct(true, 1, lo=Fraction(101))
            rt = w.ticks
            ppt = rt - 1000
        else:
            ppt = g.typo(ppt)
    rn = g.pct_ticks(rt, 1)
    ppn = g.plain_num(ppt, 1)
    stmt = "完成固定资产投资%s元，为年度计划%s元的%s，超额完成%s个百分点。" % (an, pn_, rn, ppn)
    return Out("stats", stmt, [C("ratio_pct", num=an, den=pn_, pct=rn), C("over_pp", rate=rn, pp=ppn)])


@style("p_pp_change_up", "pct", "ci", "由p1%提高到p2%，提高N个百分点")
def _(g, bad):
    what = g.ch([("edu", "学前教育普惠率"), ("health", "家庭医生签约覆盖率"), ("stats", "常住人口城镇化率"),
                 ("forest", "森林覆盖率"), ("edu", "高中阶段毛入学率")])
    p1 = g.ri(300, 900)
    p2 = p1 + g.ri(3, 60)
    if p2 >= 1000:
        raise Retry("p2")
    pp = p2 - p1
    if bad:
        pp = g.typo(pp)
    a, b = g.pct_ticks(p1, 1), g.pct_ticks(p2, 1)
    ppn = g.plain_num(pp, 1)
    stmt = "%s由%s%s到%s，%s%s个百分点。" % (what[1], a, g.ch(["提高", "提升", "上升"]), b, g.ch(["提高", "提升", "上升"]), ppn)
    return Out(what[0], stmt, [C("pp_change", old=a, new=b, pp=ppn, dir="up")])


@style("p_same_scope_growth", "pct", "ci", "同口径增长: current and comparable prior value both stated")
def _(g, bad):
    x = yi2(g, 3, 200)
    y = int(x * g.r.uniform(1.01, 1.25))
    xn, yn = g.n(x, 2, "亿"), g.n(y, 2, "亿")
    r = rate(g, bad, Fraction(y - x), Fraction(x), 1)
    what = g.ch(["税收收入", "一般公共预算收入", "地方级收入"])
    stmt = "%s%s元，上年同口径为%s元，按同口径计算增长%s。" % (what, yn, xn, r)
    return Out("finance", stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up")])


# ---------------------------------------------------------------- malformed percentages
def _fmt_style(g, bad, kind):
    """A ratio statement whose percentage is malformed (inconsistent) or well-formed (consistent)."""
    dom, w1, u, w2, rn = g.ch(RATE_SUBJ + [("health", "目标人群", "人", "完成接种", "接种率"),
                                           ("edu", "参加体质健康测试的学生", "人", "达标", "达标率"),
                                           ("employ", "参训人员", "人", "取得合格证书", "取得证书率")])
    T, a = done_of(g, 40, 9000)
    Tn, an = g.n(T), g.n(a)
    d = g.ch([1, 2]) if kind not in ("placeholder",) else g.ch([0, 1, 2])
    good = g.pct_from(Fraction(a * 100, T), d, sign=g.ch(["%", "%", "％"]))
    digits = good.s[:-1]
    checks = []
    if not bad:
        s = good.s if kind not in ("fw_ok",) else good.s[:-1] + "％"
        r_surface = s
        checks = [C("ratio_pct", num=an, den=Tn, pct=g.pct_ticks(good.ticks, d, sign=s[-1])),
                  C("pct_format", s=s, wellformed=True)]
    else:
        if kind == "placeholder":
            s = g.ch(["xx%", "xx.x%", "xx.xx%", "XX%", "x%", "xxx%", "××%"])
        elif kind == "space":
            s = digits + g.ch([" %", " ％", "　%"])
        elif kind == "leading":
            s = g.ch(["%", "％"]) + digits
        elif kind == "double":
            s = digits + g.ch(["%%", "％％", "%％"])
        elif kind == "dots":
            ip, fp = digits.split(".") if "." in digits else (digits, "5")
            s = g.ch([ip + ".." + fp + "%", ip + "。" + fp + "%"])
        elif kind == "baifenzhi":
            s = "百分之" + digits + g.ch(["%", "％"])
        else:
            raise ValueError(kind)
        r_surface = s
        checks = [C("pct_format", s=s, wellformed=False)]
        if kind in ("space", "leading", "double"):
            core = Num(digits, good.v, good.ulp, good.ticks, d, "", True)
            checks.append(C("ratio_pct", num=an, den=Tn, pct=core))
        elif kind == "baifenzhi":
            core = Num(digits + s[-1], good.v, good.ulp, good.ticks, d, "", True)
            checks.append(C("ratio_pct", num=an, den=Tn, pct=core))
        g.notes.append("malformed percentage counts as inconsistent whatever its arithmetic")
    stmt = "%s%s%s，%s%s%s，%s%s。" % (w1, Tn, u, w2, an, u, rn, r_surface)
    return Out(dom, stmt, checks)


@style("p_fmt_placeholder_x", "pct", "ci", "percentage left as a placeholder (xx%) vs a real figure")
def _(g, bad):
    return _fmt_style(g, bad, "placeholder")


@style("p_fmt_space_before_sign", "pct", "ci", "space between number and % (98.6 %) vs well-formed")
def _(g, bad):
    return _fmt_style(g, bad, "space")


@style("p_fmt_leading_sign", "pct", "ci", "% sign before the number (%98.6) vs well-formed")
def _(g, bad):
    return _fmt_style(g, bad, "leading")


@style("p_fmt_double_sign", "pct", "ci", "doubled percent sign (98.6％％) vs well-formed")
def _(g, bad):
    return _fmt_style(g, bad, "double")


@style("p_fmt_broken_decimal", "pct", "ci", "broken decimal point (98..6% / 98。6%) vs well-formed")
def _(g, bad):
    return _fmt_style(g, bad, "dots")


@style("p_fmt_baifenzhi_plus_sign", "pct", "ci", "百分之98.6% (word and sign both) vs well-formed")
def _(g, bad):
    return _fmt_style(g, bad, "baifenzhi")


@style("p_vaccine_coverage", "pct", "ci", "vaccination coverage = vaccinated / target population")
def _(g, bad):
    T, a = done_of(g, 2000, 200000, 0.85, 0.995)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    v = g.ch(["新冠病毒疫苗", "流感疫苗", "二类疫苗", "HPV疫苗"])
    stmt = "辖区%s接种目标人群%s人，已完成全程接种%s人，全程接种率%s。" % (v, Tn, an, r)
    return Out("health", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_survey_two_rates", "pct", "ci", "questionnaire return rate and satisfaction rate (two checks)")
def _(g, bad):
    T = g.ri(200, 5000)
    a = int(T * g.r.uniform(0.85, 0.99))
    b = int(a * g.r.uniform(0.85, 0.99))
    Tn, an, bn = g.n(T), g.n(a), g.n(b)
    which = g.ri(0, 1) if bad else -1
    r1 = rate(g, which == 0, an, Tn, 1, hi=Fraction(100))
    r2 = rate(g, which == 1, bn, an, 1, hi=Fraction(100))
    stmt = "共发放满意度调查问卷%s份，回收有效问卷%s份，有效回收率%s；其中评价满意及基本满意的%s份，满意度%s。" % (Tn, an, r1, bn, r2)
    return Out("gov", stmt, [C("ratio_pct", num=an, den=Tn, pct=r1), C("ratio_pct", num=bn, den=an, pct=r2)])


@style("p_exam_pass_rate", "pct", "ci", "pass rate = passed / sat")
def _(g, bad):
    T, a = done_of(g, 30, 6000, 0.6, 0.99)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, g.ch([1, 2]), hi=Fraction(100))
    what = g.ch(["全县初中学业水平考试", "执业医师资格考试", "特种作业操作资格考试", "普通话水平测试"])
    stmt = "%s参考%s人，合格%s人，合格率%s。" % (what, Tn, an, r)
    return Out("edu", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_bed_occupancy_over_100", "pct", "ci", "bed occupancy can exceed 100 % (used / open bed-days)")
def _(g, bad):
    b = g.ri(30000, 400000)
    a = int(b * g.r.uniform(0.75, 1.12))
    an, bn = g.n(a), g.n(b)
    r = rate(g, bad, an, bn, 2)
    stmt = "全年实际占用总床日数%s，实际开放总床日数%s，病床使用率%s。" % (an, bn, r)
    return Out("health", stmt, [C("ratio_pct", num=an, den=bn, pct=r)])


@style("p_soe_capital_preservation", "pct", "ci", "国有资本保值增值率 = closing / opening equity (usually > 100)")
def _(g, bad):
    a = yi2(g, 20, 2000)
    b = int(a * g.r.uniform(0.98, 1.15))
    an, bn = g.n(a, 2, "亿"), g.n(b, 2, "亿")
    r = rate(g, bad, bn, an, 2)
    stmt = "剔除客观因素影响后，市属国有企业年初国有资本权益%s元，年末%s元，国有资本保值增值率%s。" % (an, bn, r)
    return Out("soe", stmt, [C("ratio_pct", num=bn, den=an, pct=r)])


@style("p_debt_asset_ratio", "pct", "ci", "资产负债率 = liabilities / assets")
def _(g, bad):
    A = yi2(g, 10, 3000)
    L = int(A * g.r.uniform(0.3, 0.78))
    An, Ln = g.n(A, 2, "亿"), g.n(L, 2, "亿")
    r = rate(g, bad, Ln, An, g.ch([1, 2]), hi=Fraction(100))
    stmt = "%s年末资产总额%s元，负债总额%s元，资产负债率%s，处于合理区间。" % (g.company(), An, Ln, r)
    return Out("company", stmt, [C("ratio_pct", num=Ln, den=An, pct=r)])


@style("p_tax_share_of_revenue", "pct", "ci", "tax revenue 占 general budget revenue 的比重")
def _(g, bad):
    T = yi2(g, 5, 300)
    a = int(T * g.r.uniform(0.55, 0.9))
    Tn, an = g.n(T, 2, "亿"), g.n(a, 2, "亿")
    r = rate(g, bad, an, Tn, 1, hi=Fraction(100))
    stmt = "税收收入%s元，占一般公共预算收入%s元的%s，收入质量%s。" % (an, Tn, r, g.ch(["稳步改善", "保持稳定", "有所改善"]))
    return Out("finance", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_table_rate_column", "pct", "ci", "table with 任务数/完成数/完成率 per row and a 合计 row")
def _(g, bad):
    k = g.ri(3, 5)
    towns = g.town_names(k, g.ch(["镇", "街道"]))
    tasks = [g.ri(100, 3000) for _ in range(k)]
    done = [int(t * g.r.uniform(0.8, 1.1)) for t in tasks]
    with_total = g.p(0.5)
    bi = g.r.randrange(k + (1 if with_total else 0)) if bad else -1
    g.ascii_punct = False
    sep = g.ch(["\t", "｜", "  "])
    rows = [["单位", "任务数", "完成数", "完成率"]]
    checks = []
    N = lambda x: g.n(x, sep="")
    for i, (t, dn, tw) in enumerate(zip(tasks, done, towns)):
        r = rate(g, i == bi, dn, t, 1)
        rows.append([tw, N(t).s, N(dn).s, r.s])
        checks.append(C("ratio_pct", num=N(dn), den=N(t), pct=r))
    if with_total:
        T, D = sum(tasks), sum(done)
        r = rate(g, bi == k, D, T, 1)
        rows.append(["合计", N(T).s, N(D).s, r.s])
        checks.append(C("ratio_pct", num=N(D), den=N(T), pct=r))
        checks.append(C("sum", total=N(T), parts=[N(x) for x in tasks]))
        checks.append(C("sum", total=N(D), parts=[N(x) for x in done]))
    what = g.ch(["城乡居民医保参保", "城乡居民养老保险参保缴费", "农村改厕", "适龄妇女“两癌”筛查"])
    stmt = "%s任务完成情况\n" % what + table(rows, sep)
    if len(set(x.s for x in [N(t) for t in tasks] + [N(dn) for dn in done])) < 2 * k:
        raise Retry("dup cells")
    return Out("village", stmt, checks, max_ctx=1)


@style("p_lines_towns_rate", "pct", "ci", "one line per town: 应参保/已参保/参保率")
def _(g, bad):
    k = g.ri(2, 4)
    towns = g.town_names(k, "镇")
    bi = g.r.randrange(k) if bad else -1
    lines = []
    checks = []
    what = g.ch([("应参保", "已参保", "参保率", "人"), ("应签约", "已签约", "签约率", "人"), ("应改厕", "已改厕", "完成率", "户")])
    for i, t in enumerate(towns):
        T, a = done_of(g, 300, 20000, 0.9, 0.999)
        Tn, an = g.n(T), g.n(a)
        r = rate(g, i == bi, an, Tn, 2, hi=Fraction(100))
        lines.append("%s：%s%s%s，%s%s%s，%s%s；" % (t, what[0], Tn, what[3], what[1], an, what[3], what[2], r))
        checks.append(C("ratio_pct", num=an, den=Tn, pct=r))
    lines[-1] = lines[-1][:-1] + "。"
    stmt = "\n".join(lines)
    return Out("village", stmt, checks, max_ctx=1)


@style("p_cn_numerals_percent", "pct", "ci", "Chinese numerals for counts and 百分之… for the rate")
def _(g, bad):
    T = g.ri(11, 60)
    a = T - g.ri(1, max(1, T // 6))
    Tn, an = g.n(T, cn=True), g.n(a, cn=True)
    d = g.ch([0, 1])
    r = rate(g, bad, an, Tn, d, cn=True, hi=Fraction(100))
    who = g.ch([("本次会议应到委员", "人", "到会率"), ("应参加考核的干部", "名", "参考率"), ("应到村民代表", "名", "到会率")])
    stmt = "%s%s%s，实到%s%s，%s为%s。" % (who[0], Tn, who[1], an, who[1], who[2], r)
    return Out("gov", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_fullwidth_digits_rate", "pct", "ci", "full-width digits and ％")
def _(g, bad):
    g.mode = "fw"
    dom, w1, u, w2, rn = g.ch(RATE_SUBJ)
    T, a = done_of(g, 40, 9000)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, g.ch([1, 2]), sign="％", hi=Fraction(100))
    r2 = g.pct_ticks(r.ticks, r.d, sign="％", mode="fw")
    stmt = "%s%s%s，%s%s%s，%s%s。" % (w1, Tn, u, w2, an, u, rn, r2)
    return Out(dom, stmt, [C("ratio_pct", num=an, den=Tn, pct=r2)])


@style("p_yoy_two_years", "pct", "ci", "this year vs last year both named by year, 同比增长")
def _(g, bad):
    y = g.year
    what = g.ch([("tourism", "接待游客", "万人次", 2), ("stats", "社会消费品零售总额", "亿元", 2), ("tourism", "旅游综合收入", "亿元", 2)])
    x = g.ri(500, 90000)
    z = int(x * g.r.uniform(1.02, 1.6))
    mag = "万" if what[2].startswith("万") else "亿"
    unit = what[2][1:]
    xn, zn = g.n(x, 2, mag), g.n(z, 2, mag)
    r = rate(g, bad, Fraction(z - x), Fraction(x), 1)
    stmt = "%s年%s%s%s，%s年为%s%s，同比增长%s。" % (y, what[1], zn, unit, y - 1, xn, unit, r)
    return Out(what[0], stmt, [C("change_pct", old=xn, new=zn, pct=r, dir="up")])


@style("p_share_change_pp", "pct", "ci", "比重由a%上升到b%，上升N个百分点 (two shares, pp difference)")
def _(g, bad):
    up = g.p(0.6)
    what, lo, hi = g.ch([("高新技术产业增加值占规模以上工业增加值", 200, 600), ("民生支出占一般公共预算支出", 700, 850),
                         ("服务业增加值占地区生产总值", 400, 650), ("数字经济核心产业增加值占地区生产总值", 30, 150)])
    p1 = g.ri(lo, hi)
    p2 = p1 + (1 if up else -1) * g.ri(2, max(3, (hi - lo) // 6))
    d = 1
    pp = abs(p2 - p1)
    if bad:
        pp = g.typo(pp)
    a, b = g.pct_ticks(p1, d), g.pct_ticks(p2, d)
    ppn = g.plain_num(pp, d)
    w = "上升" if up else "下降"
    stmt = "%s的比重由上年的%s%s到%s，%s%s个百分点。" % (what, a, w, b, w, ppn)
    return Out("stats", stmt, [C("pp_change", old=a, new=b, pp=ppn, dir="up" if up else "down")])


@style("p_rate_in_parentheses", "pct", "ci", "rate given in parentheses after the handled count")
def _(g, bad):
    dom, w1, u, w2, rn = g.ch(RATE_SUBJ)
    T, a = done_of(g, 40, 9000)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, g.ch([1, 2]), hi=Fraction(100))
    stmt = "%s%s%s，%s%s%s（%s%s），其余正在处理中。" % (w1, Tn, u, w2, an, u, rn, r)
    return Out(dom, stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_fraction_in_parentheses", "pct", "ci", "rate first, then the fraction (a/T) in parentheses")
def _(g, bad):
    T, a = done_of(g, 20, 900, 0.7, 0.99)
    Tn, an = g.n(T, sep=""), g.n(a, sep="")
    r = rate(g, bad, an, Tn, g.ch([1, 2]), hi=Fraction(100))
    what = g.ch([("health", "基层医疗卫生机构标准化建设达标率"), ("edu", "义务教育学校办学条件达标率"), ("village", "村级综合服务设施达标率")])
    stmt = "%s为%s（%s/%s）。" % (what[1], r, an, Tn)
    return Out(what[0], stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_two_shares_with_sum", "pct", "ci", "whole split in two, each with its share (sum + two ratios)")
def _(g, bad):
    T = g.ri(500, 60000)
    a = int(T * g.r.uniform(0.15, 0.85))
    b = T - a
    Tn, an, bn = g.n(T), g.n(a), g.n(b)
    which = g.ri(0, 1) if bad else -1
    # a wrong share is kept low enough that the two shares still do not pass 100 % (one error only)
    r1 = rate(g, False, an, Tn, 1)
    r2 = rate(g, False, bn, Tn, 1)
    if which == 0:
        r1 = rate(g, True, an, Tn, 1, hi=100 - r2.v)
    elif which == 1:
        r2 = rate(g, True, bn, Tn, 1, hi=100 - r1.v)
    stmt = "全%s城乡低保对象%s人，其中城市%s人，占%s；农村%s人，占%s。" % (g.K, Tn, an, r1, bn, r2)
    return Out("assist", stmt, [C("sum", total=Tn, parts=[an, bn]), C("ratio_pct", num=an, den=Tn, pct=r1),
                                C("ratio_pct", num=bn, den=Tn, pct=r2), C("share_sum", shares=[r1, r2])])


@style("p_table_yoy_signed", "pct", "ci", "indicator table: 本年/上年/增长(%) with negative rows")
def _(g, bad):
    inds = g.sample(["地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入", "进出口总额"], g.ri(3, 5))
    bi = g.r.randrange(len(inds)) if bad else -1
    g.ascii_punct = False
    sep = g.ch(["\t", "｜", "  "])
    rows = [["指标", "本年（亿元）", "上年（亿元）", "增长（%）"]]
    checks = []
    neg_seen = False
    for i, nm in enumerate(inds):
        x = yi2(g, 10, 900)
        f = g.r.uniform(0.85, 1.2)
        y = int(x * f)
        if y == x:
            y += 1
        xn, yn = g.n(x, 2, sep=""), g.n(y, 2, sep="")
        true = Fraction(y - x, x) * 100
        r = g.wrong_pct(true, 1, lo=Fraction(-100), sign="") if i == bi else g.pct_from(true, 1, sign="")
        neg_seen = neg_seen or y < x
        rows.append([nm, yn.s, xn.s, r.s])
        checks.append(C("change_pct", old=xn, new=yn, pct=r, dir="signed"))
    stmt = "表%d  主要经济指标\n" % g.ri(1, 5) + table(rows, sep)
    return Out("stats", stmt, checks, max_ctx=1)


@style("p_nontax_over_budget", "pct", "ci", "non-tax revenue 完成预算的R% above 100 (万元)")
def _(g, bad):
    b = g.ri(2000, 90000)
    a = int(b * g.r.uniform(1.01, 1.6))
    bn, an = g.n(b, 0, "万"), g.n(a, 0, "万")
    r = rate(g, bad, an, bn, 1, lo=Fraction(100))
    stmt = "非税收入完成%s元，为预算%s元的%s，主要是一次性国有资源有偿使用收入入库。" % (an, bn, r)
    return Out("finance", stmt, [C("ratio_pct", num=an, den=bn, pct=r)])


@style("p_decline_reduce_word", "pct", "ci", "减少R% with both counts, subject stated after")
def _(g, bad):
    x = g.ri(50, 5000)
    y = int(x * g.r.uniform(0.5, 0.97))
    xn, yn = g.n(x), g.n(y)
    r = rate(g, bad, Fraction(x - y), Fraction(x), 1, hi=Fraction(100))
    what = g.ch([("petition", "八类严重暴力犯罪案件", "起"), ("safety", "较大以上火灾隐患", "处"), ("procur", "审查起诉环节退回补充侦查案件", "件"), ("petition", "进京赴省上访", "批次")])
    stmt = "全年%s%s%s，上年为%s%s，减少%s。" % (what[1], yn, what[2], xn, what[2], r)
    return Out(what[0], stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="down")])


@style("p_month_on_month", "pct", "ci", "环比 change between two months")
def _(g, bad):
    m = g.ri(2, 12)
    x = g.ri(100, 90000)
    up = g.p(0.6)
    y = int(x * (g.r.uniform(1.01, 1.4) if up else g.r.uniform(0.7, 0.99)))
    xn, yn = g.n(x), g.n(y)
    r = rate(g, bad, Fraction(abs(y - x)), Fraction(x), 1, hi=Fraction(100) if not up else None)
    what = g.ch([("grid", "12345热线诉求量", "件"), ("market", "消费投诉举报量", "件"), ("health", "发热门诊就诊人数", "人次")])
    stmt = "%d月%s%s%s，较%d月的%s%s环比%s%s。" % (m, what[1], yn, what[2], m - 1, xn, what[2], "增长" if up else "下降", r)
    return Out(what[0], stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up" if up else "down")])


@style("p_shares_with_other_fill", "pct", "ci", "named shares plus 其他占c% (exhaustive, sum to 100)")
def _(g, bad):
    names = g.sample(["生活垃圾焚烧发电", "卫生填埋", "资源化利用", "生物处理"], 2)
    parts = g.partition(1000, 3, lo=20)
    if bad:
        parts[g.ri(0, 2)] += g.ri(15, 80)
    sn = [g.pct_ticks(x, 1) for x in parts]
    stmt = "城市生活垃圾处理方式中，%s占%s，%s占%s，其他方式占%s。" % (names[0], sn[0], names[1], sn[1], sn[2])
    return Out("env", stmt, [C("share_sum", shares=sn, exhaustive=True)])


@style("p_yi_wan_mixed_rate", "pct", "ci", "actual in 亿元 vs plan in 万元, rate over them")
def _(g, bad):
    plan_w = g.ri(5000, 900000)
    act_yt = int(Fraction(plan_w, 100) * Fraction(g.r.uniform(0.85, 1.4)).limit_denominator(1000))
    pn_, an = g.n(plan_w, 0, "万"), g.n(act_yt, 2, "亿")
    r = rate(g, bad, an, pn_, 1)
    stmt = "全年完成重点项目投资%s元，为年度计划%s元的%s。" % (an, pn_, r)
    return Out("stats", stmt, [C("ratio_pct", num=an, den=pn_, pct=r)])


@style("p_far_apart_rate", "pct", "ci", "numbers in the first sentence, rate several sentences later")
def _(g, bad):
    T, a = done_of(g, 40, 5000, 0.85, 0.999)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "全年受理群众诉求%s件，已办结%s件。\n我们对每一件诉求实行“接诉即办、限时办结”，对未办结事项逐件明确责任人。\n经统计，上述诉求办结率为%s。" % (Tn, an, r)
    return Out("grid", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)], max_ctx=1)


@style("p_enrolment_full_100", "pct", "ci", "入学率100% only when every child enrolled")
def _(g, bad):
    T = g.ri(200, 9000)
    if bad:
        a = T - g.ri(1, max(2, T // 50))
        r = g.pct_ticks(100, 0) if g.p(0.5) else g.pct_ticks(1000, 1)
        if round_half_up(Fraction(a * 100, T), r.ulp) == r.v:
            raise Retry("rounds to 100")
    else:
        a = T if g.p(0.6) else T - g.ri(1, 5)
        r = g.pct_from(Fraction(a * 100, T), g.ch([0, 1, 2]))
    Tn, an = g.n(T), g.n(a)
    stmt = "全%s适龄儿童%s人，已入学%s人，入学率%s。" % (g.ch(["县", "区", "镇"]), Tn, an, r)
    return Out("edu", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_dibao_standard_raise", "pct", "ci", "low-income standard raised from X元 to Y元, 提高R%")
def _(g, bad):
    x = g.ri(400, 900)
    y = x + g.ri(10, 120)
    xn, yn = g.n(x), g.n(y)
    r = rate(g, bad, Fraction(y - x), Fraction(x), 1)
    area = g.ch(["城市", "农村"])
    stmt = "%s低保标准由每人每月%s元提高到%s元，提高%s。" % (area, xn, yn, r)
    return Out("assist", stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up")])


@style("p_donation_use_rate", "pct", "ci", "donations used / received = 使用率")
def _(g, bad):
    T = g.ri(5000, 900000)
    a = int(T * g.r.uniform(0.6, 0.99))
    Tn, an = g.n(T, 2, "万"), g.n(a, 2, "万")
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "年度募集善款%s元，已拨付使用%s元，善款使用率%s。" % (Tn, an, r)
    return Out("charity", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_divorce_share", "pct", "ci", "离婚登记 占 婚姻登记 的比重")
def _(g, bad):
    a = g.ri(500, 9000)
    b = int(a * g.r.uniform(0.2, 0.6))
    T = a + b
    Tn, an, bn = g.n(T), g.n(a), g.n(b)
    r = rate(g, bad, bn, Tn, 1, hi=Fraction(100))
    stmt = "全年办理婚姻登记%s对，其中结婚登记%s对、离婚登记%s对，离婚登记占%s。" % (Tn, an, bn, r)
    return Out("civil", stmt, [C("sum", total=Tn, parts=[an, bn]), C("ratio_pct", num=bn, den=Tn, pct=r)])


@style("p_debt_to_limit", "pct", "ci", "debt balance as % of the approved limit")
def _(g, bad):
    L = yi2(g, 30, 900)
    a = int(L * g.r.uniform(0.7, 0.98))
    Ln, an = g.n(L, 2, "亿"), g.n(a, 2, "亿")
    r = rate(g, bad, an, Ln, 1, hi=Fraction(100))
    stmt = "年末政府债务余额%s元，为省核定限额%s元的%s，债务风险总体可控。" % (an, Ln, r)
    return Out("finance", stmt, [C("ratio_pct", num=an, den=Ln, pct=r)])


@style("p_bond_spend_progress", "pct", "ci", "special-bond spending progress = spent / issued")
def _(g, bad):
    T = yi2(g, 3, 120)
    a = int(T * g.r.uniform(0.6, 0.99))
    Tn, an = g.n(T, 2, "亿"), g.n(a, 2, "亿")
    r = rate(g, bad, an, Tn, 1, hi=Fraction(100))
    stmt = "%s年新增专项债券资金%s元，截至%s月底已支出%s元，支出进度%s。" % (g.year, Tn, g.ri(9, 12), an, r)
    return Out("finance", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_exam_upline_rate", "pct", "ci", "本科上线率 with 参考人数")
def _(g, bad):
    T = g.ri(500, 9000)
    a = int(T * g.r.uniform(0.3, 0.9))
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "%s年高考全%s参考%s人，本科上线%s人，本科上线率%s。" % (g.year, g.ch(["县", "市"]), Tn, an, r)
    return Out("edu", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_court_close_and_mediation", "pct", "ci", "结案率 and 调撤率 (two ratios over different bases)")
def _(g, bad):
    T = g.ri(1000, 20000)
    a = int(T * g.r.uniform(0.85, 0.98))
    b = int(a * g.r.uniform(0.3, 0.6))
    Tn, an, bn = g.n(T), g.n(a), g.n(b)
    which = g.ri(0, 1) if bad else -1
    r1 = rate(g, which == 0, an, Tn, 2, hi=Fraction(100))
    r2 = rate(g, which == 1, bn, an, 2, hi=Fraction(100))
    stmt = "受理各类案件%s件，审结%s件，结案率%s；以调解、撤诉方式结案%s件，调撤率%s。" % (Tn, an, r1, bn, r2)
    return Out("court", stmt, [C("ratio_pct", num=an, den=Tn, pct=r1), C("ratio_pct", num=bn, den=an, pct=r2)])


@style("p_drug_revenue_ratio", "pct", "ci", "药占比 = drug revenue / medical revenue")
def _(g, bad):
    T = g.ri(5000, 900000)
    a = int(T * g.r.uniform(0.18, 0.38))
    Tn, an = g.n(T, 2, "万"), g.n(a, 2, "万")
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "医疗收入%s元，其中药品收入%s元，药占比%s，控制在考核目标以内。" % (Tn, an, r)
    return Out("health", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_village_income_growth", "pct", "ci", "village collective income, 比上年X万元增长R%")
def _(g, bad):
    x = g.ri(50, 3000)
    y = int(x * g.r.uniform(1.03, 1.9))
    xn, yn = g.n(x, 1, "万"), g.n(y, 1, "万")
    r = rate(g, bad, Fraction(y - x), Fraction(x), 1)
    stmt = "%s集体经济收入达到%s元，比上年的%s元增长%s。" % (g.village(), yn, xn, r)
    return Out("village", stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up")])


@style("p_company_two_metrics", "pct", "ci", "revenue up and profit down, prior values in parentheses (two checks)")
def _(g, bad):
    x1 = yi2(g, 5, 500)
    y1 = int(x1 * g.r.uniform(1.01, 1.3))
    x2 = int(x1 * g.r.uniform(0.03, 0.15))
    y2 = int(x2 * g.r.uniform(0.6, 0.98))
    if x2 < 50:
        raise Retry("small")
    which = g.ri(0, 1) if bad else -1
    a1, b1, a2, b2 = g.n(x1, 2, "亿"), g.n(y1, 2, "亿"), g.n(x2, 2, "亿"), g.n(y2, 2, "亿")
    r1 = rate(g, which == 0, Fraction(y1 - x1), Fraction(x1), 2)
    r2 = rate(g, which == 1, Fraction(x2 - y2), Fraction(x2), 2, hi=Fraction(100))
    stmt = "公司实现营业收入%s元，同比增长%s（上年同期%s元）；利润总额%s元，同比下降%s（上年同期%s元）。" % (b1, r1, a1, b2, r2, a2)
    return Out("company", stmt, [C("change_pct", old=a1, new=b1, pct=r1, dir="up"), C("change_pct", old=a2, new=b2, pct=r2, dir="down")])


@style("p_audit_rectify_rate", "pct", "ci", "audit findings rectified / found")
def _(g, bad):
    T, a = done_of(g, 20, 600, 0.7, 0.99)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "上年度审计查出的%s个问题中，已整改到位%s个，整改率%s，其余问题正在推进整改。" % (Tn, an, r)
    return Out("audit", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_veteran_placement_rate", "pct", "ci", "retired soldiers placed / received")
def _(g, bad):
    T, a = done_of(g, 30, 900, 0.85, 0.999)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 1, hi=Fraction(100))
    stmt = "全年接收安置退役士兵%s人，已落实工作岗位%s人，岗位落实率%s。" % (Tn, an, r)
    return Out("veteran", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_disab_family_doctor", "pct", "ci", "持证残疾人 family-doctor signing rate")
def _(g, bad):
    T, a = done_of(g, 500, 30000, 0.7, 0.99)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "全%s持证残疾人%s人，签约家庭医生%s人，签约率%s。" % (g.K, Tn, an, r)
    return Out("disab", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_integer_percent", "pct", "ci", "integer percentage (rounded to whole percent)")
def _(g, bad):
    dom, w1, u, w2, rn = g.ch(RATE_SUBJ)
    T, a = done_of(g, 40, 9000, 0.6, 0.99)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 0, hi=Fraction(100))
    stmt = "%s%s%s，%s%s%s，%s达到%s。" % (w1, Tn, u, w2, an, u, rn, r)
    return Out(dom, stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_wan_visits_growth_parens", "pct", "ci", "visits in 万人次, growth with last year's figure in parentheses")
def _(g, bad):
    x = g.ri(500, 30000)
    up = g.p(0.7)
    y = int(x * (g.r.uniform(1.01, 1.3) if up else g.r.uniform(0.8, 0.99)))
    xn, yn = g.n(x, 2, "万"), g.n(y, 2, "万")
    r = rate(g, bad, Fraction(abs(y - x)), Fraction(x), 1, hi=None if up else Fraction(100))
    stmt = "全年门急诊%s人次，同比%s%s（上年%s人次）。" % (yn, "增长" if up else "下降", r, xn)
    return Out("health", stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up" if up else "down")])


@style("p_rate_stated_first", "pct", "ci", "rate stated first, then 'N件中已办结M件'")
def _(g, bad):
    dom, w1, u, w2, rn = g.ch(RATE_SUBJ)
    T, a = done_of(g, 40, 9000)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, g.ch([1, 2]), hi=Fraction(100))
    stmt = "%s达%s，%s%s%s中已%s%s%s。" % (rn, r, w1, Tn, u, w2.replace("已", ""), an, u)
    return Out(dom, stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_amount_delta_down", "pct", "ci", "X万元，比上年减少D万元、下降R% (base = X + D)")
def _(g, bad):
    old = g.ri(1000, 90000)
    dl = int(old * g.r.uniform(0.02, 0.35))
    cur = old - dl
    cn_, dn = g.n(cur, 0, "万"), g.n(dl, 0, "万")
    r = rate(g, bad, Fraction(dl), Fraction(old), 1, hi=Fraction(100))
    what = g.ch(["“三公”经费支出", "一般性支出", "政府性基金预算收入", "土地出让收入"])
    stmt = "%s%s元，比上年减少%s元、下降%s。" % (what, cn_, dn, r)
    return Out("finance", stmt, [C("delta_pct", cur=cn_, delta=dn, pct=r, dir="down")])


@style("p_rd_intensity", "pct", "ci", "R&D spending as % of GDP (two 亿元 figures)")
def _(g, bad):
    T = yi2(g, 100, 5000)
    a = int(T * g.r.uniform(0.008, 0.035))
    if a < 100:
        raise Retry("small")
    Tn, an = g.n(T, 2, "亿"), g.n(a, 2, "亿")
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "全社会研究与试验发展经费投入%s元，占地区生产总值%s元的%s。" % (an, Tn, r)
    return Out("stats", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_pp_decline", "pct", "ci", "由p1%下降到p2%，下降N个百分点")
def _(g, bad):
    what = g.ch([("health", "孕产妇产后访视漏访率"), ("edu", "义务教育大班额比例"), ("health", "住院患者抗菌药物使用率"), ("agri", "化肥施用强度超标地块比例")])
    p1 = g.ri(100, 600)
    p2 = p1 - g.ri(3, 90)
    if p2 < 5:
        raise Retry("p2")
    pp = p1 - p2
    d = g.ch([1, 2])
    if d == 2:
        p1, p2, pp = p1 * 10 + g.ri(0, 9), p2 * 10 + g.ri(0, 9), None
        pp = p1 - p2
    if bad:
        pp = g.typo(pp)
    a, b = g.pct_ticks(p1, d), g.pct_ticks(p2, d)
    ppn = g.plain_num(pp, d)
    stmt = "%s由%s下降到%s，下降%s个百分点。" % (what[1], a, b, ppn)
    return Out(what[0], stmt, [C("pp_change", old=a, new=b, pp=ppn, dir="down")])


@style("p_items_each_rate", "pct", "ci", "circled items, each with its own count and rate")
def _(g, bad):
    k = g.ri(2, 4)
    kinds = g.sample([("学生体质健康测试", "达标"), ("儿童视力筛查", "完成筛查"), ("口腔健康检查", "完成检查"), ("营养改善计划", "覆盖")], k)
    bi = g.r.randrange(k) if bad else -1
    parts = []
    checks = []
    for i, (nm, w) in enumerate(kinds):
        T, a = done_of(g, 300, 20000, 0.8, 0.999)
        Tn, an = g.n(T), g.n(a)
        r = rate(g, i == bi, an, Tn, 1, hi=Fraction(100))
        parts.append("%s%s：应%s%s人，%s%s人，%s%s" % (CIRC[i], nm, "测" if i % 2 == 0 else "检", Tn, w, an, "比例为" if g.p(0.5) else "占", r))
        checks.append(C("ratio_pct", num=an, den=Tn, pct=r))
    stmt = "；".join(parts) + "。"
    return Out("edu", stmt, checks)


@style("p_thousand_sep_rate", "pct", "ci", "large counts with thousands separators and a 2-decimal rate")
def _(g, bad):
    g.sep = g.ch([",", " "]) if not g.ascii_punct else " "
    g.sep_min = 1000
    T, a = done_of(g, 20000, 900000, 0.9, 0.999)
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    what = g.ch(["城乡居民基本医疗保险应参保人数", "城乡居民养老保险应参保人数"])
    stmt = "%s%s人，已参保%s人，参保率%s。" % (what, Tn, an, r)
    return Out("employ", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_trailing_space_punct", "pct", "ci", "well-formed rate followed by a stray space before punctuation (29.3% ;)")
def _(g, bad):
    x = yi2(g, 1, 50)
    y = int(x * g.r.uniform(1.05, 1.4))
    xn, yn = g.n(x, 3 - 1, "亿"), g.n(y, 2, "亿")
    r = rate(g, bad, Fraction(y - x), Fraction(x), 1)
    stmt = "规模以上工业总产值%s元，上年同期%s元，同比增加%s ；产业运行稳中向好。" % (yn, xn, r)
    return Out("stats", stmt, [C("change_pct", old=xn, new=yn, pct=r, dir="up")])


@style("p_medical_insurance_reimb", "pct", "ci", "reimbursed amount / eligible expenses = 实际报销比例")
def _(g, bad):
    T = g.ri(5000, 900000)
    a = int(T * g.r.uniform(0.55, 0.9))
    Tn, an = g.n(T, 2, "万"), g.n(a, 2, "万")
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "脱贫人口住院政策范围内费用%s元，基本医保、大病保险和医疗救助三重保障报销%s元，报销比例%s。" % (Tn, an, r)
    return Out("assist", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_charity_admin_cost", "pct", "ci", "administrative cost share of annual spending (慈善组织管理费用)")
def _(g, bad):
    T = g.ri(3000, 900000)
    a = int(T * g.r.uniform(0.01, 0.09))
    if a < 10:
        raise Retry("small")
    Tn, an = g.n(T, 2, "万"), g.n(a, 2, "万")
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "本年度慈善活动支出%s元，管理费用%s元，管理费用占当年总支出的%s，符合相关规定。" % (Tn, an, r)
    return Out("charity", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_elderly_share_population", "pct", "ci", "60岁以上人口 占 常住人口 (age numbers are not the ratio)")
def _(g, bad):
    T = g.ri(30000, 900000)
    a = int(T * g.r.uniform(0.12, 0.32))
    Tn, an = g.n(T), g.n(a)
    r = rate(g, bad, an, Tn, 2, hi=Fraction(100))
    stmt = "全%s常住人口%s人，60周岁及以上%s人，占%s，已进入中度老龄化阶段。" % (g.ch(["县", "区"]), Tn, an, r)
    return Out("civil", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_wan_share_of_yi", "pct", "ci", "a 万元 amount as share of an 亿元 total")
def _(g, bad):
    T = yi2(g, 2, 90)
    a = int(T * 100 * g.r.uniform(0.05, 0.6))
    Tn, an = g.n(T, 2, "亿"), g.n(a, 0, "万")
    r = rate(g, bad, an, Tn, 1, hi=Fraction(100))
    stmt = "上级转移支付%s元，其中一般性转移支付%s元，占%s。" % (Tn, an, r)
    return Out("finance", stmt, [C("ratio_pct", num=an, den=Tn, pct=r)])


@style("p_table_share_column", "pct", "ci", "table with amounts and 占比 column; each share = amount / 合计")
def _(g, bad):
    items = g.sample(["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "债务利息支出"], g.ri(3, 4))
    k = len(items)
    vals = g.partition(g.ri(5000, 300000), k, lo=200)
    T = sum(vals)
    bi = g.r.randrange(k) if bad else -1
    g.ascii_punct = False
    sep = g.ch(["｜", "\t", "  "])
    N = lambda x: g.n(x, 0, sep="")
    rows = [["支出项目", "金额（万元）", "占比"]]
    checks = [C("sum", total=N(T), parts=[N(v) for v in vals])]
    for i, (it, v) in enumerate(zip(items, vals)):
        true = Fraction(v * 100, T)
        if i == bi:
            r = g.wrong_pct(true, 1, hi=true)
        else:
            r = g.pct_from(true, 1)
        rows.append([it, N(v).s, r.s])
        checks.append(C("ratio_pct", num=N(v), den=N(T), pct=r))
    rows.append(["合计", N(T).s, ""])
    stmt = "%s年部门支出经济分类情况\n" % g.year + table(rows, sep).rstrip()
    return Out("finance", stmt, checks, max_ctx=1)


@style("p_prior_current_increment_rate", "pct", "ci", "上年Y、本年X、增量Z and 增速R% (rate is the checked one)")
def _(g, bad):
    x = yi2(g, 2, 300)
    y = x + int(x * g.r.uniform(0.02, 0.35))
    xn, yn, dn = g.n(x, 2, "亿"), g.n(y, 2, "亿"), g.n(y - x, 2, "亿")
    r = rate(g, bad, Fraction(y - x), Fraction(x), g.ch([1, 2]))
    what = g.ch(["地方政府性基金收入", "国有资本经营收入", "社会保险基金收入"])
    stmt = "%s上年为%s元，本年达到%s元，增量%s元，增速%s。" % (what, xn, yn, dn, r)
    return Out("finance", stmt, [C("diff", a=yn, b=xn, d=dn), C("change_pct", old=xn, new=yn, pct=r, dir="up")])


# =====================================================================================
# Negative styles (look-alikes with no checkable relation)
# =====================================================================================
def NC(kind, why, **kw):
    return C("not_checkable", kind=kind, why=why, **kw)


@style("tn_overlap_attributes", "totals", "n", "其中 lists cross-cutting attributes (overlapping subsets)")
def _(g):
    T = g.ri(60, 3000)
    grp = g.ch([("参加培训的基层干部", "人", "gov"), ("注册志愿者", "名", "grid"), ("新招录的社区工作者", "名", "grid"), ("全村常住人口中的劳动力", "人", "village")])
    attrs = g.sample(["党员", "女性", "35岁以下", "大专以上学历", "退役军人"], 3)
    parts = [int(T * g.r.uniform(0.3, 0.75)) for _ in range(3)]
    if sum(parts) <= T:
        raise Retry("no overlap")
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    stmt = "%s%s%s，其中%s。" % (grp[0], Tn, grp[1], j(["%s%s%s" % (a, p, grp[1]) for a, p in zip(attrs, pn)]))
    return Out(grp[2], stmt, [NC("overlap", "attributes (%s) overlap; parts may exceed the whole" % "/".join(attrs), total=Tn, parts=pn)])


@style("tn_selection_zhuyao", "totals", "n", "主要涉及… a selection of the largest categories")
def _(g):
    T = g.ri(200, 9000)
    k = g.ri(2, 3)
    parts = g.partition(int(T * g.r.uniform(0.55, 0.9)), k, lo=5)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    cats = g.sample(["食品安全", "产品质量", "价格收费", "预付式消费", "网络购物", "医疗美容"], k)
    marker = g.ch(["主要涉及", "主要集中在", "重点是"])
    stmt = "全年受理投诉举报%s件，%s%s。" % (Tn, marker, j(["%s%s件" % (c, p) for c, p in zip(cats, pn)]))
    return Out("market", stmt, [NC("selection", "%s introduces a selection, not a partition" % marker, total=Tn, parts=pn, marker=marker)])


@style("tn_partial_deng", "totals", "n", "其中…等: a partial list ending with 等")
def _(g):
    T = g.ri(60, 3000)
    k = g.ri(2, 3)
    parts = g.partition(int(T * g.r.uniform(0.4, 0.85)), k, lo=3)
    Tn = g.n(T)
    pn = [g.n(x) for x in parts]
    cats = g.sample(["无照经营", "超范围经营", "虚假宣传", "销售过期食品", "未明码标价", "使用不合格计量器具"], k)
    stmt = "查处各类违法案件%s起，其中%s等。" % (Tn, j(["%s%s起" % (c, p) for c, p in zip(cats, pn)]))
    return Out("market", stmt, [NC("partial", "list closed by 等 is partial", total=Tn, parts=pn, marker="等")])


@style("tn_approx_total_markers", "totals", "n", "approximate whole (约/近/余/多) with exact parts")
def _(g):
    marker = g.ch(["约", "近", "余", "多"])
    base = g.ri(12, 95) * g.ch([100, 1000])
    if marker in ("余", "多"):
        s = base + g.ri(1, int(base * 0.06))
    elif marker == "近":
        s = base - g.ri(1, int(base * 0.06))
    else:
        s = base + g.ch([-1, 1]) * g.ri(1, int(base * 0.04))
    k = g.ri(2, 3)
    parts = g.partition(s, k, lo=10)
    if base >= 10000 and base % 1000 == 0 and g.p(0.6):
        Tn = g.n(base // 1000, 1, "万")
    else:
        Tn = g.n(base)
    pn = [g.n(x) for x in parts]
    who = ("城区", "农村") if k == 2 else g.ch([("城区", "乡镇", "园区"), ("线上", "线下", "入户")])
    body = j(["%s%s人次" % (w, p) for w, p in zip(who, pn)])
    if marker in ("余", "多"):
        stmt = "系列宣传活动覆盖群众%s%s人次，其中%s。" % (Tn, marker, body)
    else:
        stmt = "系列宣传活动覆盖群众%s%s人次，其中%s。" % (marker, Tn, body)
    return Out("culture", stmt, [NC("approx", "whole is approximate (%s)" % marker, total=Tn, parts=pn, marker=marker)])


@style("tn_model_numbers_equipment", "totals", "n", "equipment model numbers next to counts and an amount")
def _(g):
    ct = g.ch(["64", "128", "256"])
    mr = g.ch(["1.5", "3.0"])
    amt = g.n(g.ri(300, 3000), 0, "万")
    stmt = "投入%s元新购置%s排螺旋CT、%sT磁共振各1台，医院大型设备配置达到三级医院标准。" % (amt, ct, mr)
    return Out("health", stmt, [NC("trap", "device specifications (排/T) are not quantities to add", nums=[amt])])


@style("tn_phone_dates_hotline", "totals", "n", "phone numbers, dates and a hotline number among counts")
def _(g):
    tel = "0%d-%d" % (g.ri(300, 999), g.ri(2000000, 8999999))
    m, d = g.ri(1, 12), g.ri(1, 28)
    calls = g.n(g.ri(2000, 90000))
    stmt = "%d月%d日起，%s服务热线%s并入12345政务服务便民热线，全年接听群众来电%s个。" % (m, d, g.ch(["城管", "供水", "燃气", "医保"]), tel, calls)
    return Out("grid", stmt, [NC("trap", "telephone numbers and dates are identifiers, not quantities", nums=[calls])])


@style("tn_ranks_positions", "totals", "n", "ranks and position changes without prior rank")
def _(g):
    r = g.ri(2, 15)
    k = g.ri(1, 6)
    n = g.ri(2, 5)
    rn, kn, nn = g.n(r), g.n(k), g.n(n, cn=True)
    stmt = "在全市高质量发展综合考核中排名第%s位，较上年前移%s位，%s年来首次进入第一方阵。" % (rn, kn, nn)
    return Out("gov", stmt, [NC("trap", "rank and rank change; previous rank not stated", nums=[rn, kn])])


@style("tn_formula_slogans", "totals", "n", "slogan formulas such as 1+3+N, 1+X, 7+X, 5+2")
def _(g):
    pool = [("“1+3+N”网格服务体系", "village"), ("“1+X”证书制度试点", "edu"), ("“7+X”帮扶工作机制", "assist"),
            ("“5+2”课后服务模式", "edu"), ("“1+N+X”社区治理模式", "grid"), ("“2+3+N”家庭医生签约服务", "health")]
    a, b = g.sample(pool, 2)
    n = g.n(g.ri(5, 90))
    stmt = "积极推行%s，探索建立%s，已在%s个村（社区）推开。" % (a[0], b[0], n)
    return Out(a[1], stmt, [NC("trap", "slogan formulas are names, not sums", nums=[n])])


@style("tn_single_subset", "totals", "n", "其中 introduces a single subset")
def _(g):
    T = g.ri(30, 5000)
    a = int(T * g.r.uniform(0.02, 0.5))
    if a < 1:
        raise Retry("a")
    Tn, an = g.n(T), g.n(a)
    what = g.ch([("立案查处各类案件", "件", "重大案件"), ("受理法律援助案件", "件", "农民工讨薪案件"), ("办理不动产登记业务", "件", "“带押过户”业务"),
                 ("排查矛盾纠纷", "起", "婚姻家庭纠纷")])
    stmt = "%s%s%s，其中%s%s%s。" % (what[0], Tn, what[1], what[2], an, what[1])
    return Out("petition", stmt, [NC("single_subset", "one named subset, nothing to add up", total=Tn, parts=[an])])


@style("tn_cumulative_new_no_prior", "totals", "n", "新增 this year and 累计 total without the prior figure")
def _(g):
    a = g.ri(10, 900)
    T = a + g.ri(50, 5000)
    an, Tn = g.n(a), g.n(T)
    what = g.ch([("家庭农场", "家", "agri"), ("充电桩", "个", "gov"), ("“一老一小”服务站点", "个", "civil"), ("市级以上非遗项目", "项", "culture")])
    stmt = "今年新增%s%s%s，累计达到%s%s。" % (what[0], an, what[1], Tn, what[1])
    return Out(what[2], stmt, [NC("trap", "prior cumulative figure not given, nothing to check", nums=[an, Tn])])


@style("tn_doc_article_numbers", "totals", "n", "legal article and document numbers next to counts")
def _(g):
    y = g.year
    k = g.ri(2, 40)
    kn = g.n(k)
    art = g.sample(["第十二条", "第二十三条", "第三十八条", "第四十五条", "第六十条"], 2)
    stmt = "依据《%s》%s、%s，对%s家单位下达责令整改通知书（%s〔%d〕%d号）。" % (
        g.ch(["安全生产法", "消防法", "大气污染防治法", "食品安全法"]), art[0], art[1], kn, g.ch(["安监", "环罚", "市监"]), y, g.ri(3, 120))
    return Out("safety", stmt, [NC("trap", "article and document numbers are identifiers", nums=[kn])])


@style("tn_nested_thresholds", "totals", "n", "nested thresholds (超亿元 ⊃ 超十亿元) under 其中")
def _(g):
    T = g.ri(80, 900)
    a = int(T * g.r.uniform(0.2, 0.5))
    b = int(a * g.r.uniform(0.1, 0.4))
    if b < 1:
        raise Retry("b")
    Tn, an, bn = g.n(T), g.n(a), g.n(b)
    stmt = "全%s规模以上工业企业%s家，其中产值超亿元企业%s家、超十亿元企业%s家。" % (g.K, Tn, an, bn)
    return Out("stats", stmt, [NC("trap", "thresholds are nested (超十亿元 is inside 超亿元), not a partition", nums=[Tn, an, bn])])


@style("tn_ranges_and_spans", "totals", "n", "ranges (3000至5000元, 2-3年) beside a count")
def _(g):
    lo = g.ri(2, 6) * 1000
    hi = lo + g.ri(1, 4) * 1000
    n = g.n(g.ri(30, 900))
    y1 = g.ri(2, 3)
    stmt = "对符合条件的改造户每户补助%d至%d元，项目实施周期%d-%d年，首批惠及%s户。" % (lo, hi, y1, y1 + 1, n)
    return Out("village", stmt, [NC("trap", "ranges are bounds, not parts", nums=[n])])


@style("tn_standards_fenbie_ratio", "totals", "n", "standards raised 分别 to two levels (not parts of a whole)")
def _(g):
    a = g.ri(600, 1100)
    b = int(a * g.r.uniform(0.7, 0.95))
    an, bn = g.n(a), g.n(b)
    stmt = "城乡低保标准分别提高到每人每月%s元和%s元，特困人员基本生活标准不低于当地低保标准的1.3倍。" % (an, bn)
    return Out("assist", stmt, [NC("trap", "two standards for different groups; 1.3倍 is a policy floor", nums=[an, bn])])


@style("tn_distributive_gong", "totals", "n", "共 distributes over different units (场次/人次/份)")
def _(g):
    a, b, c = g.n(g.ri(10, 400)), g.n(g.ri(500, 40000)), g.n(g.ri(1000, 90000))
    stmt = "共开展普法宣传活动%s场次，服务群众%s人次，发放宣传资料%s份。" % (a, b, c)
    return Out("gov", stmt, [NC("trap", "共 applies to each figure; different units, no whole", nums=[a, b, c])])


@style("tn_road_stakes_addresses", "totals", "n", "road stake numbers (K126+300) and house numbers")
def _(g):
    k1 = g.ri(10, 300)
    k2 = k1 + g.ri(2, 20)
    s1, s2 = g.ri(0, 9) * 100, g.ri(0, 9) * 100
    road = g.ch(["G", "S"]) + str(g.ri(101, 350))
    n = g.n(g.ri(3, 60))
    stmt = "完成%s线K%d+%03d至K%d+%03d段路面修复，修复沿线桥涵%s座，施工项目部设在%s路%d号。" % (road, k1, s1, k2, s2, n, g.ch(["建设", "人民", "滨江", "解放"]), g.ri(1, 299))
    return Out("gov", stmt, [NC("trap", "stake numbers K+m and addresses are positions, not sums", nums=[n])])


@style("tn_average_not_additive", "totals", "n", "per-capita income: 其中 urban and rural averages are not parts")
def _(g):
    c = g.ri(12000, 30000)
    b = int(c * g.r.uniform(1.6, 2.6))
    a = int(c + (b - c) * g.r.uniform(0.3, 0.7))
    an, bn, cn_ = g.n(a), g.n(b), g.n(c)
    stmt = "全体居民人均可支配收入%s元，其中城镇居民%s元、农村居民%s元。" % (an, bn, cn_)
    return Out("stats", stmt, [NC("avg_not_additive", "averages of sub-populations do not add up to the overall average", total=an, parts=[bn, cn_])])


@style("tn_series_without_total", "totals", "n", "figures by year without any total (逐年递增)")
def _(g):
    y = g.year
    vals = sorted(g.ri(5, 400) for _ in range(3))
    if len(set(vals)) < 3:
        raise Retry("dup")
    vn = [g.n(v) for v in vals]
    what = g.ch([("新增规上企业", "家"), ("引进高层次人才", "名"), ("建成美丽乡村示范村", "个")])
    stmt = "%d年、%d年、%d年%s依次为%s%s、%s%s、%s%s，呈逐年递增态势。" % (y - 2, y - 1, y, what[0], vn[0], what[1], vn[1], what[1], vn[2], what[1])
    return Out("gov", stmt, [NC("trap", "a series with no stated total or change", nums=vn)])


# ---------------------------------------------------------------- pct negatives
@style("pn_growth_over_100_no_base", "pct", "n", "growth rate above 100 % without base values")
def _(g):
    r = g.pct_ticks(g.ri(1010, 4000), 1)
    what = g.ch([("tourism", "乡村旅游接待人次"), ("stats", "新能源汽车产量"), ("market", "跨境电商交易额"), ("stats", "集成电路产量")])
    stmt = "%s同比增长%s，增速居全市首位。" % (what[1], r)
    return Out(what[0], stmt, [NC("growth_over_100", "growth above 100 % is legitimate; no base values given", nums=[r])])


@style("pn_pp_alone", "pct", "n", "rate with 比上年提高N个百分点 but no prior rate stated")
def _(g):
    what = g.ch([("stats", "常住人口城镇化率", 400, 800), ("forest", "森林覆盖率", 200, 750), ("edu", "学前三年毛入园率", 850, 995), ("employ", "技能人才占就业人员比重", 200, 350)])
    r = g.pct_ticks(g.ri(what[2], what[3]), 1)
    pp = g.plain_num(g.ri(1, 30), 1)
    stmt = "%s达到%s，比上年提高%s个百分点。" % (what[1], r, pp)
    return Out(what[0], stmt, [NC("trap", "percentage-point change with no prior value stated", nums=[r, pp])])


@style("pn_preservation_over_100", "pct", "n", "国有资本保值增值率 above 100 % with no equity figures")
def _(g):
    r = g.pct_ticks(g.ri(10010, 11800), 2)
    stmt = "市属国有企业国有资本保值增值率为%s，圆满完成年度经营业绩考核目标。" % r
    return Out("soe", stmt, [NC("growth_over_100", "a preservation rate above 100 % is normal; no equity figures", nums=[r])])


@style("pn_different_wholes_rates", "pct", "n", "two coverage rates of different populations (sum over 100 %)")
def _(g):
    a, b = g.pct_ticks(g.ri(950, 999), 1), g.pct_ticks(g.ri(950, 999), 1)
    stmt = "城镇职工基本养老保险参保率%s，城乡居民基本养老保险参保率%s，基本实现应保尽保。" % (a, b)
    return Out("employ", stmt, [NC("trap", "rates of different wholes, not shares of one whole", nums=[a, b])])


@style("pn_policy_reimbursement", "pct", "n", "policy ratios (报销比例) of different bases")
def _(g):
    a, b, c = g.pct_ticks(g.ri(6, 9) * 10, 0), g.pct_ticks(g.ri(5, 7) * 10, 0), g.pct_ticks(g.ri(50, 90), 0)
    stmt = "城乡居民住院费用政策范围内报销比例提高到%s，大病保险起付线以上部分报销%s，特困人员医疗救助比例达到%s。" % (a, b, c)
    return Out("assist", stmt, [NC("trap", "policy ratios with different bases; no numbers to check", nums=[a, b, c])])


@style("pn_thresholds_above", "pct", "n", "thresholds (95%以上, 降幅超过30%的)")
def _(g):
    a = g.pct_ticks(g.ri(85, 98), 0)
    b = g.pct_ticks(g.ri(2, 6) * 10, 0)
    stmt = "确保群众满意度稳定在%s以上，对营业收入降幅超过%s的小微企业给予租金减免。" % (a, b)
    return Out("market", stmt, [NC("trap", "thresholds are conditions, not results", nums=[a, b])])


@style("pn_concentration_products", "pct", "n", "product names with percentages (75%酒精, N95)")
def _(g):
    n = g.n(g.ri(2000, 90000))
    c = g.pct_ticks(75, 0)
    stmt = "向辖区学校、养老机构调拨%s酒精、N95口罩和84消毒液等防疫物资%s件。" % (c, n)
    return Out("health", stmt, [NC("trap", "75%酒精 is a concentration, N95/84 are product names", nums=[c, n])])


@style("pn_tax_rate_changes", "pct", "n", "statutory tax rates lowered (13%降至9%) without a pp claim")
def _(g):
    pair = g.ch([(13, 9), (16, 13), (3, 1), (25, 20), (10, 9)])
    a, b = g.pct_ticks(pair[0], 0), g.pct_ticks(pair[1], 0)
    stmt = "落实%s税率由%s降至%s等政策，全年新增减税降费及退税缓税缓费%s元。" % (
        g.ch(["相关行业增值税", "小规模纳税人征收", "部分行业"]), a, b, g.n(g.ri(2000, 90000), 0, "万"))
    return Out("finance", stmt, [NC("trap", "statutory rates, not computed shares", nums=[a, b])])


@style("pn_task_over_100_no_base", "pct", "n", "完成全年任务的112% with no target or actual figures")
def _(g):
    r = g.pct_ticks(g.ri(1005, 1500), 1)
    what = g.ch(["城镇新增就业", "招商引资到位资金", "农村劳动力转移就业", "重点项目投资"])
    stmt = "%s完成全年任务的%s，超额完成年度目标。" % (what, r)
    return Out("employ", stmt, [NC("growth_over_100", "over-fulfilment; no figures to recompute", nums=[r])])


@style("pn_approx_pct_yue", "pct", "n", "约/近 before a rounded percentage that is only approximately right")
def _(g):
    T = g.ri(200, 20000)
    a = int(T * g.r.uniform(0.2, 0.8))
    true = Fraction(a * 100, T)
    rnd = round_half_up(true, Fraction(1))
    st = int(rnd) + g.ch([-2, -1, 1, 2])
    marker = g.ch(["约", "约占", "接近"])
    if marker == "接近" and st < true:
        st = int(rnd) + 1
    Tn, an = g.n(T), g.n(a)
    pn_ = g.pct_ticks(st, 0)
    stmt = "参加体检的%s名老年人中，患有慢性病的%s人，%s%s。" % (Tn, an, marker, pn_)
    return Out("health", stmt, [NC("approx_pct", "rate hedged with %s, only approximate" % marker, num=an, den=Tn, pct=pn_, marker=marker[:2] if marker != "约占" else "约")])


@style("pn_cumulative_progress", "pct", "n", "累计完成年度计划的R% with no figures")
def _(g):
    r = g.pct_ticks(g.ri(500, 990), 1)
    m = g.ri(6, 11)
    stmt = "截至%d月底，%d个市重点项目累计完成年度投资计划的%s，形象进度符合预期。" % (m, g.ri(12, 80), r)
    return Out("stats", stmt, [NC("trap", "progress rate with no amounts", nums=[r])])


@style("pn_share_no_whole", "pct", "n", "share 占全市的R% with the whole not stated")
def _(g):
    a = g.n(g.ri(100, 9000), 2, "亿")
    r = g.pct_ticks(g.ri(50, 400), 1)
    stmt = "全年实现规模以上工业增加值%s元，占全市的%s。" % (a, r)
    return Out("stats", stmt, [NC("trap", "the city total is not given, cannot recompute", nums=[a, r])])


@style("pn_ratio_weights", "pct", "n", "allocation ratios like 4:3:3 or 6∶4 (not percentages)")
def _(g):
    w = g.ch(["4:3:3", "5:3:2", "6∶4", "3:4:3", "7∶3"])
    n = g.n(g.ri(100, 5000), 0, "万")
    stmt = "奖补资金%s元按照%s的比例分配到县、乡、村三级，专款专用。" % (n, w) if w.count(":") + w.count("∶") == 2 else \
        "奖补资金%s元按照%s的比例在市、县两级分担。" % (n, w)
    return Out("finance", stmt, [NC("trap", "weights of a ratio, not shares summing to 100", nums=[n])])


@style("pn_hundred_percent_claims", "pct", "n", "100 % coverage claims without counts")
def _(g):
    a = g.pct_ticks(100, 0)
    stmt = g.ch(["村级综合服务站实现%s全覆盖，群众办事不出村。", "“两类人群”核酸检测做到%s应检尽检。", "新建住宅小区充电设施预留安装条件达到%s。"]) % a
    return Out("gov", stmt, [NC("trap", "coverage claim with no figures", nums=[a])])


@style("pn_indicator_growth_list", "pct", "n", "growth rates of different indicators listed together")
def _(g):
    inds = g.sample(["地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入", "城乡居民人均可支配收入"], 4)
    rs = [g.pct_ticks(g.ri(20, 180), 1) for _ in inds]
    stmt = "全年%s。" % "，".join("%s增长%s" % (i, r) for i, r in zip(inds, rs))
    return Out("stats", stmt, [NC("trap", "growth rates of different indicators; nothing to add", nums=rs)])


@style("pn_interest_discount", "pct", "n", "loan interest rate and subsidy ratio")
def _(g):
    a = g.pct_ticks(g.ri(300, 480), 2)
    b = g.pct_ticks(g.ch([50, 60, 100]), 0)
    n = g.n(g.ri(50, 900))
    stmt = "为%s户小微企业发放创业担保贷款，贷款年利率%s，财政按%s给予贴息。" % (n, a, b)
    return Out("employ", stmt, [NC("trap", "interest and subsidy rates are terms, not results", nums=[n, a, b])])


@style("pn_per_mille_rates", "pct", "n", "per-mille demographic rates (‰), one negative")
def _(g):
    b = g.ri(500, 1100)
    dd = g.ri(600, 1200)
    bs = "%d.%02d" % divmod(b, 100)
    ds = "%d.%02d" % divmod(dd, 100)
    stmt = "全年常住人口出生率%s‰，死亡率%s‰，人口自然变动进入负增长区间。" % (bs, ds) if dd > b else \
        "全年常住人口出生率%s‰，死亡率%s‰。" % (bs, ds)
    nums = [Num(bs, Fraction(bs), Fraction(1, 100)), Num(ds, Fraction(ds), Fraction(1, 100))]
    return Out("stats", stmt, [NC("trap", "per-mille rates rounded separately; not percentages", nums=nums)])


@style("pn_town_rates_lines", "pct", "n", "per-town rates of different wholes listed on lines")
def _(g):
    k = g.ri(3, 5)
    towns = g.town_names(k, "镇")
    rs = [g.pct_ticks(g.ri(9500, 9999), 2) for _ in range(k)]
    lines = ["各镇城乡居民医保参保率："] + ["%s  %s" % (t, r) for t, r in zip(towns, rs)]
    return Out("employ", "\n".join(lines), [NC("trap", "each rate has its own whole; they do not add", nums=rs)], max_ctx=1)


# =====================================================================================
# Output, style table, command line
# =====================================================================================
def write_jsonl(recs, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def style_table(path):
    per = OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            e = per.setdefault(r["style"], dict(family=r["family"], c=0, i=0, n=0, ex=None, ex_label=None))
            e[{"consistent": "c", "inconsistent": "i", "negative": "n"}[r["label"]]] += 1
            if e["ex"] is None or (r["label"] == "inconsistent" and e["ex_label"] != "inconsistent"):
                e["ex"] = r["checks"][0].get("span") or r["text"]
                e["ex_label"] = r["label"]
    order = sorted(per.items(), key=lambda kv: (FAMILIES.index(kv[1]["family"]), kv[0]))
    out = ["| style | family | consistent | inconsistent | negative | description | example (label) |",
           "|---|---|---|---|---|---|---|"]
    for name, e in order:
        desc = STYLES[name].desc if name in STYLES else ""
        ex = e["ex"].replace("\n", " ⏎ ").replace("|", "\\|").replace("\t", " ⇥ ")
        if len(ex) > 150:
            ex = ex[:147] + "…"
        out.append("| `%s` | %s | %d | %d | %d | %s | %s (%s) |" % (name, e["family"], e["c"], e["i"], e["n"],
                                                                  desc.replace("|", "\\|"), ex, e["ex_label"]))
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate / verify the numbers28 held-out collection.")
    ap.add_argument("--seed", type=int, help="seed for generation")
    ap.add_argument("--out", help="output JSONL file")
    ap.add_argument("--verify", nargs="+", metavar="FILE", help="recompute every check in the given files")
    ap.add_argument("--style-table", metavar="FILE", help="print a Markdown table of styles found in FILE")
    args = ap.parse_args(argv)
    if args.verify:
        bad = verify_files(args.verify)
        return 1 if bad else 0
    if args.style_table:
        sys.stdout.write(style_table(args.style_table))
        return 0
    if args.seed is None or not args.out:
        ap.error("--seed and --out are required for generation")
    recs = generate(args.seed)
    write_jsonl(recs, args.out)
    c = Counter((r["family"], r["label"]) for r in recs)
    print("wrote %d records, %d styles to %s" % (len(recs), len(STYLES), args.out))
    for fam in FAMILIES:
        print("  %s: " % fam + ", ".join("%s=%d" % (l, c[(fam, l)]) for l in LABELS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
