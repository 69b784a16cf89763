#!/usr/bin/env python3
"""numbers38_gen.py -- held-out set 38: Chinese report statements with totals and percentages.

Generate:  python3 numbers38_gen.py --seed 11 --out numbers38_seed11.jsonl
Verify:    python3 numbers38_gen.py --verify numbers38_seed11.jsonl numbers38_seed12.jsonl

Standard library only.  Every style gets its own random.Random seeded with a string
("numbers38|<seed>|<style>"), so output is independent of PYTHONHASHSEED and of the style order.
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, getcontext
from fractions import Fraction

getcontext().prec = 60

# =====================================================================================
# Part 1. Generator-side helpers: names, number rendering
# =====================================================================================

PLACE_SYL = list("安宝昌丰福富广和华怀建江靖康乐临隆梅宁平青庆瑞泰通桐文武祥新兴阳永玉元云泽舟清溪岭源川松柏嘉鸿锦德兰沅沭岱峄澄潞汀滨桦榆枫岚崇")
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范石廖贾夏韦方白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵严覃戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华兰萍红娟志文斌宇浩凯健俊帆旭宁晨欣阳佳琳鹏飞雪梅")
CO_SYL = list("恒丰泰达信诚瑞通顺安华盛鑫源隆昌兴旺宏远利佳百汇融和众合丰裕晟禾禹骏驰捷迅")


def place(rng):
    a = rng.choice(PLACE_SYL)
    b = rng.choice(PLACE_SYL)
    while b == a:
        b = rng.choice(PLACE_SYL)
    return a + b


def company(rng, suffixes):
    a = rng.choice(CO_SYL)
    b = rng.choice(CO_SYL)
    while b == a:
        b = rng.choice(CO_SYL)
    return a + b + rng.choice(suffixes)


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def distinct(rng, fn, k):
    out = []
    guard = 0
    while len(out) < k and guard < 500:
        guard += 1
        x = fn()
        if x not in out:
            out.append(x)
    return out


FW_TABLE = str.maketrans("0123456789.", "０１２３４５６７８９．")
CN_DIG = "零一二三四五六七八九"


def cn_int(n, liang=False):
    """Chinese numeral for 0 <= n < 10**8 (generator side)."""
    if n == 0:
        return "零"

    def under10k(m):
        s = ""
        pending_zero = False
        for val, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = (m // val) % 10
            if d == 0:
                if s:
                    pending_zero = True
            else:
                if pending_zero:
                    s += "零"
                    pending_zero = False
                s += CN_DIG[d] + unit
        return s

    if n < 10000:
        s = under10k(n)
    else:
        hi, lo = divmod(n, 10000)
        s = under10k(hi) + "万"
        if lo:
            if lo < 1000:
                s += "零"
            s += under10k(lo)
    if s.startswith("一十"):
        s = s[1:]
    if liang and (s.startswith("二千") or s.startswith("二万") or s.startswith("二百")):
        s = "两" + s[1:]
    return s


def group3(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


SCALE_MULT = {"": 1, "万": 10 ** 4, "亿": 10 ** 8}


def render(value, dec, fmt="plain", liang=False):
    """value: Decimal in display units (exact at `dec` decimals)."""
    value = Decimal(value)
    q = value.quantize(Decimal(1).scaleb(-dec)) if dec else value.quantize(Decimal(1))
    if q != value:
        raise ValueError("not representable: %s at %d decimals" % (value, dec))
    s = "{:f}".format(q)
    ip, _, fp = s.partition(".")
    if fmt == "plain":
        return s
    if fmt in ("comma", "fwcomma", "space"):
        sep = {"comma": ",", "fwcomma": "，", "space": " "}[fmt]
        ip = group3(ip, sep) if len(ip) >= 4 else ip
        return ip + ("." + fp if fp else "")
    if fmt == "fw":
        return s.translate(FW_TABLE)
    if fmt == "fwsep":
        ip = group3(ip, ",") if len(ip) >= 4 else ip
        return (ip + ("." + fp if fp else "")).translate(FW_TABLE).replace(",", "，")
    if fmt == "cn":
        out = cn_int(int(ip), liang=liang)
        if fp:
            out += "点" + "".join(CN_DIG[int(c)] for c in fp)
        return out
    raise ValueError(fmt)


class Q:
    """An amount in the text: integer ticks of 10**-dec display units, with a 万/亿 scale."""

    def __init__(self, ticks, dec=0, scale="", fmt="plain", liang=False):
        self.ticks = int(ticks)
        self.dec = dec
        self.scale = scale
        self.fmt = fmt
        self.liang = liang

    def disp(self):
        return Decimal(self.ticks).scaleb(-self.dec)

    def base(self):
        return self.disp() * SCALE_MULT[self.scale]

    def s(self):
        return render(self.disp(), self.dec, self.fmt, self.liang) + self.scale

    def like(self, ticks):
        return Q(ticks, self.dec, self.scale, self.fmt, self.liang)


def pct_str(r, dec, fmt="plain", sign="%"):
    if fmt == "cn":
        return "百分之" + render(r, dec, "cn")
    if fmt == "fw":
        return render(r, dec, "fw") + "％"
    return render(r, dec, "plain") + sign


def exact_pct(num, den):
    return Fraction(num) * 100 / Fraction(den)


def is_tie(fr, dec):
    x = fr * (10 ** dec) * 2
    return x.denominator == 1 and x.numerator % 2 == 1


def round_fr(fr, dec):
    """Round a Fraction half up (away from zero for negatives) to dec decimals."""
    sign = -1 if fr < 0 else 1
    x = abs(fr) * (10 ** dec)
    n = int(x)
    if x - n >= Fraction(1, 2):
        n += 1
    return Decimal(sign * n).scaleb(-dec)


def min_wrong(dec):
    return max(Decimal(2).scaleb(-dec), Decimal("0.3"))


def wrong_value(rng, true, dec, lo=None, hi=None, pct_rule=True):
    """A displayed value differing from `true` by at least max(2 units, 0.3) (pct_rule)
    or at least 2 units of the last decimal."""
    unit = Decimal(1).scaleb(-dec)
    mind = min_wrong(dec) if pct_rule else 2 * unit
    for _ in range(50):
        mult = Decimal(str(rng.choice([1, 1, 1.3, 1.7, 2, 2.5, 3, 4, 6, 9])))
        delta = (mind * mult).quantize(unit, rounding=ROUND_CEILING)
        if delta < mind:
            delta = mind
        v = true + delta if rng.random() < 0.5 else true - delta
        if lo is not None and v <= lo:
            v = true + delta
        if hi is not None and v > hi:
            v = true - delta
        if (lo is None or v > lo) and (hi is None or v <= hi) and abs(v - true) >= mind:
            return v
    raise RuntimeError("no wrong value")


def bump_int(rng, v, minv=1):
    """Change an integer count plausibly (never to the same value)."""
    for _ in range(60):
        mode = rng.random()
        if mode < 0.35:
            d = rng.choice([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 20, 30, 50, 100, 200, 1000])
            if d >= max(2, v // 3):
                d = rng.randint(1, max(1, v // 10 + 1))
            nv = v + d if rng.random() < 0.5 else v - d
        elif mode < 0.75:
            f = rng.uniform(0.02, 0.15)
            d = max(1, int(v * f))
            nv = v + d if rng.random() < 0.5 else v - d
        else:
            s = list(str(v))
            if len(s) >= 2:
                i = rng.randrange(len(s) - 1)
                s[i], s[i + 1] = s[i + 1], s[i]
                nv = int("".join(s))
            else:
                nv = v + 1
        if nv != v and nv >= minv and (nv == 0 or len(str(nv)) >= len(str(v)) - 1):
            return nv
    return v + 1


def split_total(rng, total, k, minpart=1):
    """Split integer total into k positive parts of varied size."""
    if total < k * minpart:
        raise ValueError("too small")
    w = [rng.random() ** 1.6 + 0.08 for _ in range(k)]
    sw = sum(w)
    parts = [max(minpart, int(total * x / sw)) for x in w]
    diff = total - sum(parts)
    i = 0
    while diff != 0:
        j = i % k
        if diff > 0:
            parts[j] += 1
            diff -= 1
        elif parts[j] > minpart:
            parts[j] -= 1
            diff += 1
        i += 1
    rng.shuffle(parts)
    return parts


def rand_ticks(rng, lo, hi, dec):
    """Random ticks for a display value in [lo, hi] with dec decimals."""
    f = 10 ** dec
    return rng.randint(int(lo * f), int(hi * f))


# =====================================================================================
# Part 2. Verifier-side parser and evaluator (written independently of the renderer)
# =====================================================================================

V_FULL = {chr(0xFF10 + i): str(i) for i in range(10)}
V_FULL.update({"．": ".", "，": "，", "％": "%"})
V_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
V_ASCII_NUM = re.compile(r"^\d+(?:\.\d+)?$")
V_GROUPED = [re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$"),
             re.compile(r"^\d{1,3}(?:，\d{3})+(?:\.\d+)?$"),
             re.compile(r"^\d{1,3}(?: \d{3})+(?:\.\d+)?$")]


class ParseError(Exception):
    pass


def v_norm(s):
    return "".join(V_FULL.get(c, c) for c in s)


def v_cn_integer(s):
    if s == "":
        raise ParseError("empty cn")
    total = 0
    section = 0
    digit = None
    for ch in s:
        if ch in V_CN_DIGITS:
            if digit is not None and digit != 0 and V_CN_DIGITS[ch] != 0:
                raise ParseError("two digits in a row: " + s)
            digit = V_CN_DIGITS[ch]
        elif ch in V_CN_UNITS:
            d = 1 if (digit is None and ch == "十") else digit
            if d is None:
                raise ParseError("unit without digit: " + s)
            section += d * V_CN_UNITS[ch]
            digit = None
        elif ch == "万":
            section += digit or 0
            total += section * 10000
            section = 0
            digit = None
        elif ch == "亿":
            section += digit or 0
            total = (total + section) * 10 ** 8
            section = 0
            digit = None
        else:
            raise ParseError("bad cn char %r in %s" % (ch, s))
    return total + section + (digit or 0)


def v_number(s):
    """Parse a number string exactly as written in a text; returns (Decimal value, decimals)."""
    t = v_norm(s.strip())
    if not t:
        raise ParseError("empty")
    if any(c in V_CN_DIGITS or c in V_CN_UNITS for c in t) and not re.search(r"\d", t):
        if "点" in t:
            ip, fp = t.split("点", 1)
            iv = v_cn_integer(ip)
            if not fp or any(c not in V_CN_DIGITS for c in fp):
                raise ParseError("bad cn fraction " + s)
            frac = "".join(str(V_CN_DIGITS[c]) for c in fp)
            return Decimal(str(iv) + "." + frac), len(frac)
        return Decimal(v_cn_integer(t)), 0
    mult = 1
    if t.endswith("亿"):
        mult, t = 10 ** 8, t[:-1]
    elif t.endswith("万"):
        mult, t = 10 ** 4, t[:-1]
    if V_ASCII_NUM.match(t):
        pass
    elif any(p.match(t) for p in V_GROUPED):
        t = t.replace(",", "").replace("，", "").replace(" ", "")
    else:
        raise ParseError("unparseable number %r" % s)
    dec = len(t.split(".")[1]) if "." in t else 0
    return Decimal(t) * mult, dec


def v_scale(s):
    """The 万/亿 multiplier written after an Arabic-digit number (1 if none)."""
    t = v_norm(s.strip())
    if re.search(r"\d", t) and t.endswith("亿"):
        return Decimal(10 ** 8)
    if re.search(r"\d", t) and t.endswith("万"):
        return Decimal(10 ** 4)
    return Decimal(1)


V_PCT = re.compile(r"^(\d+(?:\.\d+)?)%$")


def v_pct(s):
    """Parse a strict percentage literal; returns (Decimal points, decimals)."""
    t = s.strip()
    if t.startswith("百分之"):
        return v_number(t[3:])
    t = v_norm(t)
    m = V_PCT.match(t)
    if not m:
        raise ParseError("malformed percentage %r" % s)
    v = m.group(1)
    return Decimal(v), (len(v.split(".")[1]) if "." in v else 0)


def v_round(x, dec):
    return x.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def v_tie(x, dec):
    y = x * (10 ** dec)
    return (y - y.to_integral_value(rounding="ROUND_FLOOR")) == Decimal("0.5")


V_UP = {"增长", "增加", "上升", "提高", "提升", "偏多", "多", "高", "升高"}
V_DOWN = {"下降", "减少", "降低", "偏少", "少", "低", "回落"}
NEG_KINDS = {"partial_list", "approx_total", "overlap", "cumulative_vs_new", "two_wholes", "identifier",
             "growth_over_100", "pp_no_base", "overlap_shares", "permille", "pct_no_base", "rate_unstated",
             "subset_row", "per_no_base"}
APPROX_MARKS = ("约", "近", "余", "左右", "超过", "多", "逾", "上下")
PARTIAL_MARKS = ("等", "主要有", "其中较多的是", "数量较多的是", "较多的是", "主要是")


def v_eval(check, text):
    """Return (holds: bool, detail: str).  Raises ParseError on malformed structure."""
    rel = check["rel"]

    def num(key):
        return v_number(check[key])[0]

    def present(*strs):
        for x in strs:
            if x not in text:
                raise ParseError("string %r of a %s check not in text" % (x, rel))

    if rel == "sum":
        present(*check["parts"], check["total"])
        s = sum(v_number(p)[0] for p in check["parts"])
        t = num("total")
        return s == t, "sum %s vs %s" % (s, t)
    if rel == "balance":
        present(*check["plus"], *check.get("minus", []), check["result"])
        s = sum(v_number(p)[0] for p in check["plus"]) - sum(v_number(p)[0] for p in check.get("minus", []))
        r = num("result")
        return s == r, "balance %s vs %s" % (s, r)
    if rel in ("count_items", "count_names"):
        key = "items" if rel == "count_items" else "names"
        present(check["count"], *check[key])
        if len(set(check[key])) != len(check[key]):
            raise ParseError("duplicate list entries")
        c = num("count")
        return Decimal(len(check[key])) == c, "%d listed vs %s" % (len(check[key]), c)
    if rel in ("rate", "growth", "per"):
        if rel == "rate":
            present(check["num"], check["den"], check["rate"])
            r, d = v_pct(check["rate"])
            exact = num("num") * 100 / num("den")
        elif rel == "growth":
            present(check["old"], check["new"], check["rate"], check["dir"])
            r, d = v_pct(check["rate"])
            old, new = num("old"), num("new")
            exact = (new - old) * 100 / old
            if check["dir"] in V_DOWN:
                exact = -exact
            elif check["dir"] not in V_UP:
                raise ParseError("unknown direction " + check["dir"])
        else:
            present(check["total"], check["count"], check["value"])
            r, d = v_number(check["value"])
            vmult = v_scale(check["value"])
            r = r / vmult
            exact = num("total") / num("count") / vmult
        if v_tie(exact, d):
            raise ParseError("exact .5 tie in %s" % rel)
        comp = v_round(exact, d)
        if comp == r:
            return True, "%s computed %s" % (rel, comp)
        unit = Decimal(1).scaleb(-d)
        need = 2 * unit if rel == "per" else max(2 * unit, Decimal("0.3"))
        if abs(comp - r) < need:
            raise ParseError("%s off by less than the margin: stated %s computed %s" % (rel, r, comp))
        return False, "%s stated %s computed %s" % (rel, r, comp)
    if rel == "pp":
        present(check["old"], check["new"], check["diff"], check["dir"])
        o, _ = v_pct(check["old"])
        n, _ = v_pct(check["new"])
        dv, d = v_number(check["diff"])
        real = n - o
        if check["dir"] in V_DOWN:
            real = -real
        elif check["dir"] not in V_UP:
            raise ParseError("unknown direction " + check["dir"])
        if real == dv:
            return True, "pp %s" % real
        if abs(real - dv) < max(2 * Decimal(1).scaleb(-d), Decimal("0.3")):
            raise ParseError("pp off by less than the margin")
        return False, "pp stated %s real %s" % (dv, real)
    if rel == "share_sum":
        present(*check["shares"])
        s = sum(v_pct(x)[0] for x in check["shares"])
        if "total" in check:
            present(check["total"])
            t = v_pct(check["total"])[0]
        else:
            t = Decimal(100)
        if s == t:
            return True, "shares sum %s" % s
        if abs(s - t) < Decimal("0.3"):
            raise ParseError("share sum off by less than 0.3")
        return False, "shares sum %s vs %s" % (s, t)
    if rel == "malformed_pct":
        present(check["literal"])
        lit = check["literal"]
        try:
            v_pct(lit)
        except ParseError:
            return False, "malformed literal %r" % lit
        raise ParseError("literal %r is well formed" % lit)
    if rel == "neg":
        kind = check["kind"]
        if kind not in NEG_KINDS:
            raise ParseError("unknown neg kind " + kind)
        vals = check.get("values", [])
        present(*vals)
        if check.get("marker"):
            present(check["marker"])
        if kind == "partial_list":
            if not any(m in check["marker"] for m in PARTIAL_MARKS):
                raise ParseError("partial list without a partial marker")
            if "total" in check:
                present(check["total"])
                if sum(v_number(v)[0] for v in vals) >= num("total"):
                    raise ParseError("partial list does not fall short of its total")
            if "count" in check:
                present(check["count"])
                if Decimal(len(vals)) >= num("count"):
                    raise ParseError("partial name list not shorter than its count")
        elif kind == "approx_total":
            if not any(m in check["marker"] for m in APPROX_MARKS):
                raise ParseError("approx total without marker")
            present(check["total"])
            s = sum(v_number(v)[0] for v in vals)
            t = num("total")
            if s == t or abs(s - t) > t * Decimal("0.12"):
                raise ParseError("approx total not a near miss (%s vs %s)" % (s, t))
        elif kind in ("overlap", "two_wholes"):
            present(check["total"])
            if sum(v_number(v)[0] for v in vals) == num("total"):
                raise ParseError("%s look-alike happens to add up" % kind)
        elif kind == "cumulative_vs_new":
            c, n = v_number(vals[0])[0], v_number(vals[1])[0]
            if not n < c:
                raise ParseError("new not below cumulative")
        elif kind == "growth_over_100":
            if v_pct(vals[0])[0] <= 100:
                raise ParseError("growth not over 100")
        elif kind == "overlap_shares":
            if sum(v_pct(v)[0] for v in vals) <= 100:
                raise ParseError("overlapping shares do not pass 100")
        elif kind == "permille":
            if not any("‰" in v for v in vals):
                raise ParseError("permille without ‰")
        elif kind in ("pct_no_base", "rate_unstated"):
            for v in vals:
                v_pct(v)
        elif kind == "pp_no_base":
            if "个百分点" not in text:
                raise ParseError("pp_no_base without 个百分点")
            for v in vals:
                v_number(v)
        elif kind == "subset_row":
            pass
        elif kind == "per_no_base":
            for v in vals:
                v_number(v)
        return True, "neg " + kind
    raise ParseError("unknown rel " + rel)


def v_label(rec):
    """Derive a label from the checks alone.  Returns (label, failing descriptions)."""
    fails = []
    n_neg = 0
    n_rel = 0
    for c in rec["checks"]:
        ok, det = v_eval(c, rec["text"])
        if c["rel"] == "neg":
            n_neg += 1
        else:
            n_rel += 1
        if not ok:
            fails.append(det)
        if "holds" in c and bool(c["holds"]) != ok:
            raise ParseError("check %s: generator says holds=%s, verifier says %s (%s)" % (c["rel"], c["holds"], ok, det))
    if len(fails) == 1:
        if n_neg:
            raise ParseError("inconsistent record carries a neg check")
        return "inconsistent", fails
    if len(fails) > 1:
        raise ParseError("%d failing relations (%s)" % (len(fails), "; ".join(fails)))
    if n_neg:
        return "negative", fails
    if n_rel == 0:
        raise ParseError("no checks")
    return "consistent", fails


# =====================================================================================
# Part 3. Source vocabularies (own wording; names invented from syllable lists)
# =====================================================================================
# A totals scenario: whole phrase, unit, part labels, display range, decimals, a different whole
# (for two-wholes look-alikes), overlapping subset phrases.
def TS(whole, unit, parts, lo, hi, dec=0, alt=None, scale=""):
    return dict(whole=whole, unit=unit, parts=parts, lo=lo, hi=hi, dec=dec, alt=alt, scale=scale)


SOURCES = {
    "court": dict(
        cn="法院检察",
        orgs=["{P}市中级人民法院", "{P}县人民法院", "{P}区人民法院", "{P}市人民检察院", "{P}县人民检察院"],
        heads=["审判执行工作", "检察监督工作", "司法为民工作", "执行攻坚工作", "诉源治理工作"],
        tot=[
            TS("受理各类案件", "件", ["刑事案件", "民事案件", "行政案件", "执行案件", "国家赔偿案件"], 3000, 60000, alt="审结各类案件"),
            TS("审结一审民商事案件", "件", ["婚姻家庭纠纷", "合同纠纷", "劳动争议", "侵权责任纠纷", "物权纠纷", "金融借款纠纷"], 1500, 30000, alt="受理一审民商事案件"),
            TS("批准逮捕犯罪嫌疑人", "人", ["涉嫌盗窃犯罪", "涉嫌诈骗犯罪", "涉嫌危险驾驶犯罪", "涉嫌帮助信息网络犯罪活动", "涉嫌故意伤害犯罪"], 200, 3000, alt="提起公诉"),
            TS("办理公益诉讼案件", "件", ["生态环境和资源保护领域", "食品药品安全领域", "国有财产保护领域", "国有土地使用权出让领域", "英烈权益保护领域"], 60, 900, alt="发出诉前检察建议"),
            TS("执行到位金额", "万元", ["金钱给付类案件", "涉民生案件", "涉金融债权案件", "涉企业债务案件"], 3000, 90000, dec=2, alt="申请执行标的额"),
            TS("受理民事行政检察监督案件", "件", ["生效裁判监督", "审判活动违法行为监督", "执行活动监督"], 80, 1500, alt="提出再审检察建议和抗诉"),
        ],
        mix=dict(whole="执行到位金额", big="亿元", small="万元", parts=["诉讼保全", "强制执行", "执行和解", "网络司法拍卖"], grp_lo=1, grp_hi=60, factor=10000, bigdec=2),
        people=dict(group="全院共有员额法官", unit="人", lo=40, hi=260, male="男法官", female="女法官",
                    dims=["35岁以下的", "具有硕士以上学位的", "从事审判工作10年以上的", "党员"]),
        periods=[dict(what="审结案件", unit="件", lo=800, hi=9000, dec=0, kind="q"),
                 dict(what="新收执行案件", unit="件", lo=300, hi=4000, dec=0, kind="q")],
        balance=[dict(start="上年旧存案件", add=["本年新收案件"], sub=["审结案件"], end="年末未结案件", unit="件", lo=300, hi=6000, dec=0),
                 dict(start="上年结转诉讼费", add=["本年收取诉讼费"], sub=["退还诉讼费"], end="年末结余", unit="万元", lo=50, hi=3000, dec=2)],
        named=dict(intro="与{names}{etc}{n}家单位建立诉调对接机制", unit="家", fn=lambda r: place(r) + r.choice(["市人民调解委员会", "县商会调解中心", "区劳动争议调解中心", "县保险纠纷调解委员会", "市消费者协会"])),
        items=dict(announce="开展专项执行行动", cnt="项", vwhat="执结案件", vunit="件", lo=60, hi=2500,
                   topics=["涉民生案件集中执行", "涉金融债权专项执行", "打击拒执犯罪", "夏季执行攻坚", "冬季执行攻坚", "涉企积案清理"]),
        rates=[dict(num="结案", den="收案", rate="结案率", unit="件", lo=800, hi=50000, prob=(0.82, 0.99)),
               dict(num="调解撤诉", den="审结民事案件", rate="调解撤诉率", unit="件", lo=500, hi=20000, prob=(0.35, 0.7)),
               dict(num="一审服判息诉", den="一审审结", rate="一审服判息诉率", unit="件", lo=500, hi=20000, prob=(0.85, 0.97)),
               dict(num="适用认罪认罚从宽制度", den="审结刑事案件被告人", rate="认罪认罚从宽制度适用率", unit="人", lo=200, hi=5000, prob=(0.75, 0.95)),
               dict(num="改判和发回重审", den="上诉案件", rate="改判发回率", unit="件", lo=100, hi=3000, prob=(0.03, 0.12))],
        money_rate=dict(num="执行到位金额", den="申请执行标的额", rate="执行到位率", prob=(0.25, 0.6)),
        growth=[dict(m="受理各类案件", unit="件", lo=3000, hi=60000, dec=0),
                dict(m="执行到位金额", unit="万元", lo=5000, hi=900000, dec=2),
                dict(m="办理公益诉讼案件", unit="件", lo=60, hi=900, dec=0)],
        shares=dict(whole="在审结的民商事案件中", parts=["合同纠纷", "婚姻家庭纠纷", "劳动争议", "侵权责任纠纷", "其他纠纷"]),
        oshares=dict(intro="在受理的信访事项中", parts=["涉及执行进度的", "涉及审判程序的", "涉及裁判结果的", "涉及诉讼费用的"], note="同一事项可涉及多个问题"),
        passfail=dict(obj="开展案件质量评查", unit="件", ok="合格", bad="不合格", okrate="合格率", badrate="不合格率", lo=200, hi=3000),
        target=dict(what="执结案件", unit="件", lo=1000, hi=20000, plan="年度执结目标"),
        per=[dict(total="审结案件", tunit="件", cnt="员额法官", cunit="人", per="人均结案", punit="件", tlo=3000, thi=50000, clo=30, chi=260, dec=1),
             dict(total="执行到位金额", tunit="万元", cnt="执结案件", cunit="件", per="件均到位金额", punit="万元", tlo=5000, thi=90000, clo=800, chi=9000, dec=2)],
        pp=["结案率", "调解撤诉率", "一审服判息诉率", "执行到位率", "认罪认罚从宽制度适用率"],
        nobase=["当事人满意度", "裁判文书上网率", "庭审直播率", "诉前调解成功率", "案件平均审理天数下降率"],
        ids=["案号（{Y}）{P}0{n3}民初{n4}号", "12368诉讼服务热线", "监督电话0{n3}-{n8}", "“1+N”多元解纷机制", "“3+2”审判团队模式", "“5+2”错时工作制度"],
    ),
    "audit": dict(
        cn="审计",
        orgs=["{P}市审计局", "{P}县审计局", "{P}区审计局", "{P}市审计局（{P}市内部审计协会）"],
        heads=["审计监督工作", "审计整改工作", "经济责任审计", "政府投资审计", "审计查出问题整改情况"],
        tot=[
            TS("完成审计项目", "个", ["预算执行审计", "经济责任审计", "政策跟踪审计", "专项审计调查", "政府投资审计", "自然资源资产离任审计"], 20, 400, alt="列入年度计划的审计项目"),
            TS("查出主要问题金额", "万元", ["违规问题金额", "管理不规范金额", "损失浪费金额", "资金闲置金额"], 2000, 300000, dec=2, alt="促进增收节支"),
            TS("发现问题", "个", ["财务管理类", "预算执行类", "项目建设类", "政府采购类", "国有资产管理类"], 100, 3000, alt="提出审计建议"),
            TS("移送问题线索", "件", ["移送纪检监察机关", "移送司法机关", "移送有关主管部门"], 6, 200, alt="办结问题线索"),
            TS("审计单位", "个", ["市直部门", "乡镇（街道）", "国有企业", "事业单位"], 30, 500, alt="延伸审计单位"),
            TS("核减政府投资项目送审金额", "万元", ["房屋建筑工程", "市政道路工程", "水利工程", "园林绿化工程"], 500, 60000, dec=2, alt="审定政府投资项目金额"),
        ],
        mix=dict(whole="查出问题金额", big="亿元", small="万元", parts=["违规问题金额", "管理不规范金额", "损失浪费金额", "资金闲置金额"], grp_lo=1, grp_hi=80, factor=10000, bigdec=2),
        people=dict(group="全局在编审计人员", unit="人", lo=25, hi=180, male="男性", female="女性",
                    dims=["具有中级以上专业技术职称的", "35岁以下的", "注册会计师", "具有工程造价资格的"]),
        periods=[dict(what="完成审计项目", unit="个", lo=5, hi=80, dec=0, kind="q"),
                 dict(what="查出问题金额", unit="万元", lo=200, hi=40000, dec=2, kind="q")],
        balance=[dict(start="上年遗留未整改问题", add=["本年新查出问题"], sub=["已整改到位问题"], end="尚未整改问题", unit="个", lo=30, hi=1500, dec=0),
                 dict(start="年初结余审计经费", add=["本年财政拨款"], sub=["本年支出"], end="年末结余", unit="万元", lo=20, hi=1500, dec=2)],
        named=dict(intro="对{names}{etc}{n}个部门开展了主要领导干部经济责任审计", unit="个", fn=lambda r: r.choice(["教育局", "卫生健康委员会", "交通运输局", "水利局", "农业农村局", "住房和城乡建设局", "民政局", "自然资源局", "文化和旅游局", "商务局", "林业局", "体育局", "医疗保障局", "应急管理局"])),
        items=dict(announce="重点组织实施审计项目", cnt="类", vwhat="查出问题", vunit="个", lo=10, hi=600,
                   topics=["财政预算执行审计", "经济责任审计", "重大政策落实跟踪审计", "政府投资项目审计", "国有企业审计", "民生资金专项审计"]),
        rates=[dict(num="已整改", den="查出问题", rate="整改率", unit="个", lo=60, hi=3000, prob=(0.8, 0.99)),
               dict(num="被采纳", den="提出审计建议", rate="建议采纳率", unit="条", lo=40, hi=800, prob=(0.85, 0.99)),
               dict(num="已审计", den="一级预算单位", rate="审计覆盖率", unit="个", lo=40, hi=300, prob=(0.3, 0.7)),
               dict(num="已办结", den="移送问题线索", rate="办结率", unit="件", lo=8, hi=200, prob=(0.6, 0.95))],
        money_rate=dict(num="已整改问题金额", den="应整改问题金额", rate="整改金额到位率", prob=(0.7, 0.98)),
        growth=[dict(m="查出主要问题金额", unit="万元", lo=3000, hi=400000, dec=2),
                dict(m="完成审计项目", unit="个", lo=30, hi=400, dec=0),
                dict(m="核减送审金额", unit="万元", lo=500, hi=60000, dec=2)],
        shares=dict(whole="在查出的问题金额中", parts=["违规问题金额", "管理不规范金额", "损失浪费金额", "资金闲置金额"]),
        oshares=dict(intro="在被审计单位中", parts=["存在预算执行问题的", "存在政府采购问题的", "存在资产管理问题的", "存在项目管理问题的"], note="同一单位可存在多类问题"),
        passfail=dict(obj="开展审计项目质量检查", unit="个", ok="优良", bad="未达优良标准", okrate="优良率", badrate="未达标率", lo=20, hi=400),
        target=dict(what="审计项目", unit="个", lo=20, hi=300, plan="年度审计计划项目"),
        per=[dict(total="查出问题金额", tunit="万元", cnt="审计项目", cunit="个", per="项目平均查出问题金额", punit="万元", tlo=3000, thi=90000, clo=20, chi=300, dec=2),
             dict(total="完成审计项目", tunit="个", cnt="审计人员", cunit="人", per="人均完成审计项目", punit="个", tlo=60, thi=400, clo=20, chi=150, dec=2)],
        pp=["整改率", "建议采纳率", "审计覆盖率", "整改金额到位率"],
        nobase=["审计质量优良率", "问题整改满意度", "审计报告按期报送率", "审计信息采用率"],
        ids=["审计署令第{n1}号", "{P}审报〔{Y}〕{n2}号", "“1+N”审计整改工作机制", "“3+X”审计组织方式", "GB/T 3{n4}-{Y}", "举报电话0{n3}-{n8}"],
    ),
    "met": dict(
        cn="气象",
        orgs=["{P}市气象局", "{P}县气象局", "{P}市气象台", "{P}区气象局"],
        heads=["气象防灾减灾", "天气气候概况", "人工影响天气", "公共气象服务", "气象现代化建设"],
        tot=[
            TS("发布气象灾害预警信号", "次", ["蓝色预警", "黄色预警", "橙色预警", "红色预警"], 30, 800, alt="发布重要天气报告"),
            TS("出现气象灾害", "次", ["暴雨", "大风", "冰雹", "雷电", "干旱", "高温"], 6, 160, alt="启动气象灾害应急响应"),
            TS("开展人工增雨（雪）作业", "次", ["火箭作业", "高炮作业", "飞机作业"], 20, 600, alt="开展防雹作业"),
            TS("制作发布各类气象服务材料", "期", ["重要天气报告", "专题气象服务", "农业气象服务", "决策气象服务"], 100, 3000, alt="发送决策服务短信"),
            TS("建成自动气象站", "个", ["国家级自动站", "区域自动站", "农田小气候站", "交通气象站"], 20, 500, alt="维修自动气象站"),
            TS("发送预警短信", "万条", ["决策服务短信", "公众预警短信", "行业用户短信"], 10, 900, dec=1, alt="发送天气预报短信"),
        ],
        mix=dict(whole="人工增雨作业增加降水", big="亿立方米", small="万立方米", parts=["东部山区", "西部丘陵", "中部平原", "北部库区"], grp_lo=1, grp_hi=30, factor=10000, bigdec=2),
        people=dict(group="全市共有气象信息员", unit="名", lo=300, hi=4000, male="男性", female="女性",
                    dims=["村干部", "60岁以上的", "兼任灾害信息员的", "中小学教师"]),
        periods=[dict(what="降水量", unit="毫米", lo=30, hi=380, dec=1, kind="m"),
                 dict(what="发布预警信号", unit="次", lo=5, hi=150, dec=0, kind="q")],
        balance=[dict(start="年初库存增雨火箭弹", add=["年内调入"], sub=["作业消耗"], end="年末库存", unit="枚", lo=40, hi=2000, dec=0),
                 dict(start="年初结余人工影响天气经费", add=["本年到位资金"], sub=["本年支出"], end="年末结余", unit="万元", lo=10, hi=900, dec=2)],
        named=dict(intro="{names}{etc}{n}个乡镇出现大暴雨", unit="个", fn=lambda r: place(r) + r.choice(["镇", "乡", "街道"])),
        items=dict(announce="重点做好气象服务保障", cnt="项", vwhat="发布服务材料", vunit="期", lo=8, hi=600,
                   topics=["汛期气象保障", "春耕春播气象服务", "森林防火气象服务", "重大活动气象保障", "夏收夏种气象服务", "道路交通气象服务"]),
        rates=[dict(num="正确预警", den="发布暴雨预警", rate="暴雨预警准确率", unit="次", lo=30, hi=500, prob=(0.7, 0.95)),
               dict(num="作业有效", den="开展人工增雨作业", rate="作业有效率", unit="次", lo=20, hi=600, prob=(0.6, 0.9)),
               dict(num="预报正确", den="发布晴雨预报", rate="晴雨预报准确率", unit="次", lo=300, hi=800, prob=(0.8, 0.95)),
               dict(num="正常运行", den="自动气象站", rate="站网运行率", unit="个", lo=40, hi=600, prob=(0.9, 0.995))],
        money_rate=dict(num="灾害损失减少", den="预估灾害损失", rate="减损率", prob=(0.1, 0.4)),
        growth=[dict(m="年降水量", unit="毫米", lo=400, hi=2200, dec=1, up="偏多", down="偏少", base="常年"),
                dict(m="发布气象灾害预警信号", unit="次", lo=30, hi=800, dec=0),
                dict(m="人工增雨作业", unit="次", lo=20, hi=600, dec=0)],
        shares=dict(whole="在全年发布的预警信号中", parts=["暴雨预警", "雷电预警", "大风预警", "高温预警", "其他预警"]),
        oshares=dict(intro="在受访公众中", parts=["通过手机短信获取预警的", "通过微信公众号获取的", "通过电视获取的", "通过广播获取的"], note="可多选"),
        passfail=dict(obj="开展气象计量器具检定", unit="台（套）", ok="合格", bad="不合格", okrate="合格率", badrate="不合格率", lo=80, hi=1500),
        target=dict(what="人工增雨作业", unit="次", lo=20, hi=400, plan="年度计划作业"),
        per=[dict(total="发射增雨火箭弹", tunit="枚", cnt="作业", cunit="次", per="平均每次作业发射", punit="枚", tlo=100, thi=3000, clo=20, chi=400, dec=1),
             dict(total="累计降水量", tunit="毫米", cnt="降水日", cunit="天", per="平均每个降水日降水", punit="毫米", tlo=300, thi=2000, clo=60, chi=180, dec=1)],
        pp=["暴雨预警准确率", "晴雨预报准确率", "预警信息公众覆盖率", "站网运行率"],
        nobase=["公众气象服务满意度", "预警信息公众覆盖率", "气象灾害损失率", "预报准确率"],
        ids=["ZQZ-CII型自动气象站", "DZZ5型自动站", "WR-98型火箭发射架", "12121气象服务热线", "QX/T {n3}-{Y}", "“1262”递进式服务"],
    ),
    "postal": dict(
        cn="邮政快递",
        orgs=["{P}市邮政管理局", "{P}县邮政管理局", "{P}市邮政分公司", "{P}区快递行业协会"],
        heads=["行业运行情况", "快递进村工作", "寄递安全管理", "消费者权益保护", "邮政普遍服务"],
        tot=[
            TS("快递业务量", "万件", ["同城业务量", "异地业务量", "国际及港澳台业务量"], 300, 90000, dec=2, alt="快递揽收量"),
            TS("快递业务收入", "万元", ["同城业务收入", "异地业务收入", "国际及港澳台业务收入", "其他业务收入"], 1000, 500000, dec=2, alt="邮政行业业务收入"),
            TS("邮政快递服务网点", "处", ["邮政普遍服务营业场所", "快递末端服务网点", "村级寄递物流综合服务站"], 100, 5000, alt="智能快件箱"),
            TS("投递快件", "万件", ["城区投递", "乡镇投递", "农村投递"], 100, 50000, dec=1, alt="揽收快件"),
            TS("受理消费者申诉", "件", ["延误", "丢失短少", "损毁", "投递服务", "违规收费"], 100, 8000, alt="办结消费者申诉"),
            TS("新开通邮路和快递线路", "条", ["县乡邮路", "乡村快递线路", "干线运输线路"], 10, 300, alt="优化调整邮路"),
        ],
        mix=dict(whole="快递业务量", big="亿件", small="万件", parts=["同城", "异地", "国际及港澳台"], grp_lo=1, grp_hi=120, factor=10000, bigdec=2),
        people=dict(group="全市快递从业人员", unit="人", lo=2000, hi=60000, male="男性", female="女性",
                    dims=["参加工伤保险的", "35岁以下的", "持有快递员职业技能等级证书的", "外来务工人员"]),
        periods=[dict(what="快递业务量", unit="万件", lo=200, hi=30000, dec=2, kind="q"),
                 dict(what="受理消费者申诉", unit="件", lo=30, hi=2000, dec=0, kind="q")],
        balance=[dict(start="年初快递末端服务网点", add=["本年新设"], sub=["撤并"], end="年末", unit="处", lo=100, hi=3000, dec=0),
                 dict(start="年初结存邮政普遍服务补助资金", add=["本年下达"], sub=["本年拨付"], end="年末结存", unit="万元", lo=10, hi=800, dec=2)],
        named=dict(intro="{names}{etc}{n}家快递企业签订了快递进村合作协议", unit="家", fn=lambda r: company(r, ["快递有限公司", "速运有限公司", "物流有限公司", "供应链有限公司"])),
        items=dict(announce="开展寄递渠道专项整治", cnt="项", vwhat="检查企业和网点", vunit="家次", lo=20, hi=900,
                   topics=["寄递安全隐患排查", "快递包装绿色治理", "末端网点规范提升", "实名收寄落实检查", "禁寄物品清理", "农村寄递物流检查"]),
        rates=[dict(num="妥投", den="投递快件", rate="妥投率", unit="万件", lo=100, hi=9000, prob=(0.95, 0.995)),
               dict(num="通快递", den="建制村", rate="建制村快递服务通达率", unit="个", lo=80, hi=900, prob=(0.8, 0.99)),
               dict(num="办结", den="受理申诉", rate="申诉办结率", unit="件", lo=100, hi=6000, prob=(0.9, 0.99)),
               dict(num="配备安检机", den="快递处理场所", rate="安检机配备率", unit="处", lo=20, hi=400, prob=(0.7, 0.98))],
        money_rate=dict(num="为消费者挽回经济损失", den="消费者申诉涉及金额", rate="挽损率", prob=(0.6, 0.95)),
        growth=[dict(m="快递业务量", unit="万件", lo=300, hi=90000, dec=2),
                dict(m="快递业务收入", unit="万元", lo=1000, hi=500000, dec=2),
                dict(m="邮政快递服务网点", unit="处", lo=100, hi=5000, dec=0)],
        shares=dict(whole="在全年快递业务量中", parts=["同城业务", "异地业务", "国际及港澳台业务"]),
        oshares=dict(intro="在受理的申诉中", parts=["涉及延误的", "涉及丢失短少的", "涉及损毁的", "涉及投递服务的"], note="一件申诉可涉及多项问题"),
        passfail=dict(obj="抽检快递包装", unit="批次", ok="合格", bad="不合格", okrate="合格率", badrate="不合格率", lo=60, hi=1200),
        target=dict(what="快递业务量", unit="万件", lo=300, hi=40000, plan="年度目标", dec=2),
        per=[dict(total="快递业务量", tunit="万件", cnt="全年", cunit="天", per="日均", punit="万件", tlo=400, thi=90000, clo=365, chi=365, dec=2),
             dict(total="快递业务量", tunit="万件", cnt="常住人口", cunit="万人", per="人均快递使用量", punit="件", tlo=2000, thi=90000, clo=50, chi=900, dec=1)],
        pp=["妥投率", "建制村快递服务通达率", "申诉办结率", "安检机配备率"],
        nobase=["快递服务满意度", "72小时准时率", "电子运单使用率", "可循环快递箱使用率"],
        ids=["邮编{n6}", "运单号{n12}", "11183客服电话", "“快递+农特产品”项目", "快递员“1+X证书”培训", "“2582”绿色治理工程", "“9792”包装治理工程", "YZ/T 0{n3}-{Y}"],
    ),
    "grain": dict(
        cn="粮食储备",
        orgs=["{P}市粮食和物资储备局", "{P}县发展和改革局（粮食和物资储备局）", "{P}国家粮食储备库", "{P}粮食收储有限公司"],
        heads=["粮食收购工作", "储备粮管理", "仓储设施建设", "粮食质量安全", "最低收购价政策执行"],
        tot=[
            TS("收购粮食", "万吨", ["小麦", "稻谷", "玉米", "大豆"], 2, 150, dec=2, alt="销售粮食"),
            TS("储备库容", "万吨", ["中央储备", "省级储备", "市县级储备"], 5, 300, dec=1, alt="实际储粮"),
            TS("按最低收购价收购粮食", "吨", ["小麦", "早籼稻", "中晚籼稻", "粳稻"], 1000, 200000, alt="竞价销售最低收购价粮食"),
            TS("完成仓储设施项目投资", "万元", ["新建仓容", "维修改造仓房", "低温储粮改造", "智能化粮库建设"], 500, 30000, dec=2, alt="争取上级补助资金"),
            TS("粮食产量", "万吨", ["夏粮", "早稻", "秋粮"], 10, 900, dec=1, alt="粮食收购量"),
            TS("开展粮食质量抽检", "批次", ["小麦", "稻谷", "玉米", "食用植物油"], 50, 1500, alt="检验粮食样品"),
        ],
        mix=dict(whole="收购粮食", big="万吨", small="吨", parts=["小麦", "稻谷", "玉米", "大豆"], grp_lo=1, grp_hi=150, factor=10000, bigdec=2),
        people=dict(group="全县登记的粮食经纪人", unit="人", lo=80, hi=1500, male="男性", female="女性",
                    dims=["本地户籍的", "50岁以上的", "从事收购5年以上的", "合作社负责人"]),
        periods=[dict(what="收购小麦", unit="吨", lo=500, hi=60000, dec=0, kind="m"),
                 dict(what="收购粮食", unit="万吨", lo=1, hi=200, dec=2, kind="q")],
        balance=[dict(start="年初储备粮库存", add=["轮换入库"], sub=["轮换出库"], end="年末库存", unit="万吨", lo=5, hi=200, dec=2),
                 dict(start="粮食风险基金年初结余", add=["本年筹集"], sub=["本年支出"], end="年末结余", unit="万元", lo=50, hi=5000, dec=2)],
        named=dict(intro="{names}{etc}{n}家粮食企业被确定为储备粮承储企业", unit="家", fn=lambda r: r.choice([company(r, ["粮油有限公司", "粮食购销有限公司", "米业有限公司"]), place(r) + "国家粮食储备库"])),
        items=dict(announce="开展粮食购销领域监督检查", cnt="项", vwhat="检查库点", vunit="个", lo=5, hi=300,
                   topics=["政策性粮食库存检查", "夏粮收购监督检查", "秋粮收购监督检查", "粮食质量安全抽查", "储备粮轮换检查", "粮食流通统计检查"]),
        rates=[dict(num="已收购", den="计划收购", rate="收购进度", unit="吨", lo=1000, hi=90000, prob=(0.5, 0.98)),
               dict(num="储粮", den="库容", rate="仓容利用率", unit="万吨", lo=5, hi=300, prob=(0.6, 0.95), dec=1),
               dict(num="合格样品", den="抽检样品", rate="质量合格率", unit="批次", lo=50, hi=1500, prob=(0.93, 0.995)),
               dict(num="完成轮换", den="应轮换", rate="轮换完成率", unit="吨", lo=1000, hi=80000, prob=(0.85, 0.99))],
        money_rate=dict(num="已兑付收购资金", den="应兑付收购资金", rate="资金兑付率", prob=(0.9, 0.995)),
        growth=[dict(m="收购粮食", unit="万吨", lo=2, hi=150, dec=2),
                dict(m="粮食产量", unit="万吨", lo=10, hi=900, dec=1),
                dict(m="小麦最低收购价", unit="元/50公斤", lo=100, hi=130, dec=0)],
        shares=dict(whole="在收购的粮食中", parts=["小麦", "稻谷", "玉米", "大豆"]),
        oshares=dict(intro="在售粮农户中", parts=["通过手机查询收购价格的", "使用“惠农”服务的", "预约售粮的", "享受上门收购的"], note="同一农户可享受多项服务"),
        passfail=dict(obj="抽检储备粮样品", unit="份", ok="合格", bad="不合格", okrate="合格率", badrate="不合格率", lo=50, hi=1500),
        target=dict(what="粮食收购", unit="吨", lo=2000, hi=90000, plan="年度收购计划"),
        per=[dict(total="粮食产量", tunit="万公斤", cnt="播种面积", cunit="万亩", per="平均亩产", punit="公斤", tlo=5000, thi=90000, clo=20, chi=300, dec=1),
             dict(total="收购资金", tunit="万元", cnt="收购粮食", cunit="吨", per="每吨平均", punit="元", tlo=500, thi=90000, clo=2000, chi=80000, dec=0, mixed=True)],
        pp=["质量合格率", "仓容利用率", "收购进度", "轮换完成率"],
        nobase=["粮食质量达标率", "科学储粮技术应用率", "粮食产后服务覆盖率", "储备粮宜存率"],
        ids=["LS/T 1{n3}-{Y}", "GB 1351-2008小麦标准", "“5+2”储粮监管模式", "“1+X”粮食产后服务体系", "{n2}号仓", "储粮代码{n6}"],
    ),
}
SRC_KEYS = ["court", "audit", "met", "postal", "grain"]


# =====================================================================================
# Part 4. Record context and shared builders
# =====================================================================================
CN_SEC = "一二三四五六七八九"
SUBSET = {"court": ["涉企案件", "涉农村土地纠纷", "在线立案"], "audit": ["涉及重大违纪线索", "涉及民生资金", "跨年度问题"],
          "met": ["夜间发布的", "跨区域过程", "短时强降水相关"], "postal": ["农村地区", "冷链快件", "跨境电商件"],
          "grain": ["省外来源", "订单收购", "优质粮"]}
PERMILLE = {"court": "审限内未结案件比率", "audit": "审计文书差错率", "met": "自动站数据缺测率", "postal": "有效申诉率", "grain": "储粮损耗率"}
MALFORMED = ["xx%", "sp", "pre", "dbl", "dot", "XX%", "x.x%"]


class Ctx:
    def __init__(self, rng, key):
        self.rng = rng
        self.key = key
        self.S = SOURCES[key]
        self.P = place(rng)
        self.org = rng.choice(self.S["orgs"]).format(P=self.P)
        self.year = rng.randint(2016, 2024)
        self.fmt = "plain"

    def pick_fmt(self, big=True):
        r = self.rng.random()
        if not big or r < 0.8:
            return "plain"
        return self.rng.choice(["comma", "comma", "fwcomma", "space"])

    def when(self):
        y = self.year
        return self.rng.choice(["%d年，" % y, "%d年" % y, "全年", "今年以来，", "%d年全年，" % y, "过去一年，"])

    def context_lines(self, n):
        out = []
        used = set()
        for _ in range(n * 6):
            if len(out) >= n:
                break
            i, line = self.context_line()
            if i in used:
                continue
            used.add(i)
            out.append(line)
        return out

    def context_line(self):
        r, y, S = self.rng, self.year, self.S
        opts = [
            lambda: "%s、%s" % (r.choice(CN_SEC), r.choice(S["heads"])),
            lambda: "（%s）%s" % (r.choice(CN_SEC), r.choice(S["heads"])),
            lambda: "%d年%s工作报告（摘要）" % (y, self.org),
            lambda: "——%d年1月%d日在%s市第%s届人民代表大会第%s次会议上" % (y + 1, r.randint(5, 28), self.P, cn_int(r.randint(12, 18)), cn_int(r.randint(1, 5))),
            lambda: "本部分数据统计时间为%d年1月1日至12月31日。" % y,
            lambda: "数据来源：%s业务统计系统。" % self.org,
            lambda: "注：以上数据为快报数据，正式数据以统计年报为准。",
            lambda: "%d年，%s召开党组会议%d次、专题工作会议%d次。" % (y, self.org, r.randint(8, 30), r.randint(3, 15)),
            lambda: "现将主要情况报告如下。",
            lambda: "各项工作取得新进展，为全%s经济社会发展提供了有力保障。" % r.choice(["市", "县", "区"]),
            lambda: "（%s办公室 %d年%d月%d日）" % (self.org, y + 1, r.randint(1, 3), r.randint(1, 28)),
            lambda: "下一步，我们将认真落实上级部署，持续改进工作。",
            lambda: "%s%s情况通报" % (self.org, r.choice(S["heads"])),
        ]
        i = r.randrange(len(opts))
        return i, opts[i]()


def mk_sum(parts, total, holds=True):
    return {"rel": "sum", "parts": [p.s() for p in parts], "total": total.s(), "holds": holds}


def mk_neg(kind, values, marker=None, **kw):
    d = {"rel": "neg", "kind": kind, "values": values}
    if marker:
        d["marker"] = marker
    d.update(kw)
    return d


def pick_scen(c, pred=None):
    pool = [s for s in c.S["tot"] if pred is None or pred(s)]
    return c.rng.choice(pool)


def pick_parts(c, sc, kmin=2, kmax=5):
    k = c.rng.randint(kmin, min(kmax, len(sc["parts"])))
    idx = sorted(c.rng.sample(range(len(sc["parts"])), k))
    return [sc["parts"][i] for i in idx]


def gen_split(c, sc, k, fmt=None, lo=None, hi=None, extra=0):
    """Total Q and k (+extra hidden) part Qs for a scenario."""
    dec = sc["dec"]
    fmt = fmt or c.pick_fmt()
    lo = sc["lo"] if lo is None else lo
    hi = sc["hi"] if hi is None else hi
    n = k + extra
    for _ in range(100):
        t = rand_ticks(c.rng, lo, hi, dec)
        if t >= n * 3:
            break
    parts = split_total(c.rng, t, n)
    return Q(t, dec, "", fmt), [Q(p, dec, "", fmt) for p in parts]


def corrupt_sum(c, total, parts, allow_total=True):
    """Change exactly one number of a sum; returns (total, parts, description)."""
    if allow_total and c.rng.random() < 0.4:
        nt = total.like(bump_int(c.rng, total.ticks))
        return nt, parts, "total changed from %s to %s" % (total.s(), nt.s())
    i = c.rng.randrange(len(parts))
    parts = list(parts)
    old = parts[i]
    parts[i] = old.like(bump_int(c.rng, old.ticks))
    return total, parts, "part %d changed from %s to %s" % (i + 1, old.s(), parts[i].s())


def approx_of(c, value_base, unit, allow_wan=True):
    """An approximate rendering of a base value near it but different.  Returns (text, numstr, marker) or None."""
    v = Decimal(value_base)
    if v <= 0:
        return None
    exp = v.adjusted()
    step = Decimal(10) ** (exp - 1)
    low = (v // step) * step
    high = low + step
    choices = []
    for mk, val in (("近", high), ("约", low if v - low < high - v else high), ("超过", low), ("逾", low), ("余", low), ("左右", low if v - low < high - v else high)):
        if val == v or val <= 0:
            continue
        if abs(val - v) > v * Decimal("0.12"):
            continue
        choices.append((mk, val))
    if not choices:
        return None
    mk, val = c.rng.choice(choices)
    wan_unit = unit.startswith("万") or unit.startswith("亿")
    if allow_wan and not wan_unit and val >= 10000 and (val / 10000) == (val / 10000).quantize(Decimal("0.1")):
        num = render((val / 10000).normalize() if (val / 10000) != (val / 10000).to_integral_value() else (val / 10000).quantize(Decimal(1)),
                     1 if (val / 10000) != (val / 10000).to_integral_value() else 0) + "万"
    else:
        if val != val.to_integral_value():
            d = -val.normalize().as_tuple().exponent
            num = render(val, d)
        else:
            num = render(val.quantize(Decimal(1)), 0)
    if mk == "余":
        if wan_unit:
            return None
        text = num + "余" + unit
    elif mk == "左右":
        text = num + unit + "左右"
    else:
        text = mk + num + unit
    return text, num, mk


def join_parts(c, labels, qs, unit, sep=None, unit_each=True):
    sep = sep or c.rng.choice(["、", "，", "；"])
    return sep.join("%s%s%s" % (l, q.s(), unit if unit_each else "") for l, q in zip(labels, qs))


# =====================================================================================
# Part 5. `totals` constructions.  Each returns (statement lines, checks, note).
# =====================================================================================

def t_qizhong(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 5)
    u = sc["unit"]
    if label == "negative":
        kind = r.choice(["partial", "partial", "approx"])
        if kind == "partial":
            tot, parts = gen_split(c, sc, len(labels), extra=r.randint(1, 2))
            parts = parts[:len(labels)]
            mk = r.choice(["等", "主要有", "其中较多的是", "数量较多的是"])
            if mk == "等":
                body = "其中%s等" % join_parts(c, labels, parts, u, "、")
            elif mk == "主要有":
                body = "主要有%s" % join_parts(c, labels, parts, u, "、")
            else:
                body = "%s%s" % (mk, join_parts(c, labels, parts, u, "、"))
            line = "%s%s%s%s%s，%s。" % (c.when(), c.org, sc["whole"], tot.s(), u, body)
            return [line], [mk_neg("partial_list", [p.s() for p in parts], mk, total=tot.s())], "partial list marked by %s; parts fall short of the total" % mk
        tot, parts = gen_split(c, sc, len(labels))
        ap = approx_of(c, tot.disp(), u)
        if ap is None:
            return t_qizhong(c, label)
        text, num, mk = ap
        line = "%s%s%s%s，其中%s。" % (c.when(), c.org, sc["whole"], text, join_parts(c, labels, parts, u))
        return [line], [mk_neg("approx_total", [p.s() for p in parts], mk, total=num)], "approximate total (%s) near the exact sum" % mk
    tot, parts = gen_split(c, sc, len(labels))
    note = "exhaustive 其中 list adds up"
    holds = True
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        holds = False
    lead = r.choice(["其中", "其中，", "其中：", "其中包括"])
    line = "%s%s%s%s%s，%s%s。" % (c.when(), c.org, sc["whole"], r.choice(["", "共", "共计"]), tot.s() + u, lead, join_parts(c, labels, parts, u))
    return [line], [mk_sum(parts, tot, holds)], note


def t_heji_after(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 5)
    u = sc["unit"]
    tot, parts = gen_split(c, sc, len(labels))
    agg = r.choice(["合计", "共计", "总计", "累计", "以上合计", "各类合计"])
    intro = r.choice(["从类型看，", "按类别统计，", "%d年，%s" % (c.year, c.org), "分类别看，"])
    if label == "negative":
        ap = approx_of(c, tot.disp(), u)
        if ap is None:
            return t_heji_after(c, label)
        text, num, mk = ap
        line = "%s%s，%s%s%s。" % (intro, join_parts(c, labels, parts, u), agg, sc["whole"], text)
        return [line], [mk_neg("approx_total", [p.s() for p in parts], mk, total=num)], "rounded total after the parts (%s)" % mk
    note, holds = "parts then %s total" % agg, True
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        holds = False
    line = "%s%s，%s%s%s%s。" % (intro, join_parts(c, labels, parts, u), agg, sc["whole"], tot.s(), u)
    return [line], [mk_sum(parts, tot, holds)], note


def t_fenbiewei(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 5)
    u = sc["unit"]
    tot, parts = gen_split(c, sc, len(labels))
    unit_each = r.random() < 0.5
    vals = "、".join(p.s() + (u if unit_each else "") for p in parts) + ("" if unit_each else u)
    head = "%s%s中，" % (c.when(), c.org + sc["whole"]) if r.random() < 0.5 else "%s%s" % (c.when(), c.org)
    if label == "negative":
        alt_t = tot.like(max(1, int(tot.ticks * r.uniform(0.82, 0.97))))
        if alt_t.ticks == tot.ticks:
            alt_t = tot.like(tot.ticks - 1)
        line = "%s%s分别为%s；同期%s%s%s。" % (head, "、".join(labels), vals, sc["alt"], alt_t.s(), u)
        return [line], [mk_neg("two_wholes", [p.s() for p in parts], sc["alt"], total=alt_t.s())], "total belongs to a different whole (%s)" % sc["alt"]
    note, holds = "分别为 list with total", True
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        vals = "、".join(p.s() + (u if unit_each else "") for p in parts) + ("" if unit_each else u)
        holds = False
    tail = r.choice(["，共%s%s", "，合计%s%s", "，总数为%s%s", "，%s总量%s%s"])
    if tail.count("%s") == 3:
        tail = tail % (sc["whole"], tot.s(), u)
    else:
        tail = tail % (tot.s(), u)
    line = "%s%s分别为%s%s。" % (head, "、".join(labels), vals, tail)
    return [line], [mk_sum(parts, tot, holds)], note


def t_brackets(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 4)
    u = sc["unit"]
    op, cl = r.choice([("（", "）"), ("(", ")")])
    if label == "negative":
        tot, parts = gen_split(c, sc, len(labels), extra=r.randint(1, 2))
        parts = parts[:len(labels)]
        mk = r.choice(["等", "主要是", "其中较多的是"])
        if mk == "等":
            inner = "含%s等" % join_parts(c, labels, parts, u, "、")
        else:
            inner = "%s%s" % (mk, join_parts(c, labels, parts, u, "、"))
        line = "%s%s%s%s%s%s%s%s。" % (c.when(), c.org, sc["whole"], tot.s(), u, op, inner, cl)
        return [line], [mk_neg("partial_list", [p.s() for p in parts], mk, total=tot.s())], "bracketed list is partial (%s)" % mk
    tot, parts = gen_split(c, sc, len(labels))
    note, holds = "bracketed parts", True
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        holds = False
    inner = r.choice(["含", "包括", "其中", ""]) + join_parts(c, labels, parts, u, r.choice(["、", "，", "；"]))
    line = "%s%s%s%s%s%s%s%s，%s。" % (c.when(), c.org, sc["whole"], tot.s(), u, op, inner, cl, r.choice(["同比有所增长", "工作量保持高位", "较好完成年度任务", "各项工作有序推进"]))
    return [line], [mk_sum(parts, tot, holds)], note


def t_header_lines(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 5)
    u = sc["unit"]
    style = r.choice(["——{l}：{v}{u}；", "{l}{v}{u}。", "· {l} {v}{u}", "{l}：{v}{u}", "{i}. {l}{v}{u}"])

    def lines_for(labels, parts):
        out = []
        for i, (l, p) in enumerate(zip(labels, parts)):
            out.append(style.format(l=l, v=p.s(), u=u, i=i + 1))
        return out
    if label == "negative":
        tot, parts = gen_split(c, sc, len(labels), extra=r.randint(1, 2))
        parts = parts[:len(labels)]
        mk = r.choice(["主要有", "其中数量较多的是"])
        head = "%s%s%s%s%s，%s：" % (c.when(), c.org, sc["whole"], tot.s(), u, mk)
        return [head] + lines_for(labels, parts), [mk_neg("partial_list", [p.s() for p in parts], mk, total=tot.s())], "lines under 主要有 are a partial list"
    tot, parts = gen_split(c, sc, len(labels))
    note, holds = "one part per line under a header total", True
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        holds = False
    head = r.choice(["%s%s%s%s%s，具体如下：", "%s%s%s%s%s。分类情况：", "%s%s%s%s%s，其中："]) % (c.when(), c.org, sc["whole"], tot.s(), u)
    return [head] + lines_for(labels, parts), [mk_sum(parts, tot, holds)], note


SEPS = ["\t", "|", "｜", "  ", " | "]


def t_table(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 4)
    u = sc["unit"]
    sep = r.choice(SEPS)
    title = "表%d %d年%s%s情况（单位：%s）" % (r.randint(1, 9), c.year, c.org, sc["whole"], u)
    hdr = sep.join(["类别", "数量"])
    tot, parts = gen_split(c, sc, len(labels), fmt=r.choice(["plain", "plain", "comma"]))
    total_first = r.random() < 0.4
    tname = r.choice(["合计", "总计", "合  计"])
    checks, note = [], "flattened table"
    rows = ["%s%s%s" % (l, sep, p.s()) for l, p in zip(labels, parts)]
    if label == "negative":
        i = r.randrange(len(parts))
        sub = parts[i].like(max(1, int(parts[i].ticks * r.uniform(0.1, 0.6))))
        rows.insert(i + 1, "%s其中：%s%s%s" % (r.choice(["", "  ", "　"]), r.choice(SUBSET[c.key]), sep, sub.s()))
        checks.append(mk_neg("subset_row", [sub.s()], "其中"))
        note = "table with an indented 其中 subset row that must not be added"
        checks.insert(0, mk_sum(parts, tot, True))
    else:
        holds = True
        if label == "inconsistent":
            tot, parts, note = corrupt_sum(c, tot, parts)
            rows = ["%s%s%s" % (l, sep, p.s()) for l, p in zip(labels, parts)]
            holds = False
        checks.append(mk_sum(parts, tot, holds))
    trow = "%s%s%s" % (tname, sep, tot.s())
    body = [trow] + rows if total_first else rows + [trow]
    return [title, hdr] + body, checks, note + (" (total row first)" if total_first else " (total row last)")


def t_table_years(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 4)
    u = sc["unit"]
    sep = r.choice(SEPS)
    y = c.year
    fmt = r.choice(["plain", "plain", "comma"])
    t1, p1 = gen_split(c, sc, len(labels), fmt=fmt)
    t2, p2 = gen_split(c, sc, len(labels), fmt=fmt)
    if label == "negative":
        hdr = sep.join(["类别", "本年新增", "累计"])
        cum = [p.like(p.ticks + q.ticks) for p, q in zip(p1, p2)]
        ct = t1.like(t1.ticks + t2.ticks)
        rows = [sep.join([l, a.s(), b.s()]) for l, a, b in zip(labels, p2, cum)]
        rows.append(sep.join(["合计", t2.s(), ct.s()]))
        checks = [mk_sum(p2, t2, True), mk_sum(cum, ct, True), mk_neg("cumulative_vs_new", [ct.s(), t2.s()], "累计")]
        return ["%s%s统计表（单位：%s）" % (c.org, sc["whole"], u), hdr] + rows, checks, "new vs cumulative columns; each column adds up, columns are not comparable"
    hdr = sep.join(["类别", "%d年" % (y - 1), "%d年" % y])
    checks = []
    h1 = h2 = True
    note = "two-year table, both columns add up"
    if label == "inconsistent":
        if r.random() < 0.5:
            t1, p1, note = corrupt_sum(c, t1, p1)
            h1 = False
        else:
            t2, p2, note = corrupt_sum(c, t2, p2)
            h2 = False
        note = "two-year table: " + note
    rows = [sep.join([l, a.s(), b.s()]) for l, a, b in zip(labels, p1, p2)]
    trow = sep.join(["合计", t1.s(), t2.s()])
    body = [trow] + rows if r.random() < 0.35 else rows + [trow]
    checks = [mk_sum(p1, t1, h1), mk_sum(p2, t2, h2)]
    return ["%s%s（单位：%s）" % (c.org, sc["whole"], u), hdr] + body, checks, note


MARKERS = {
    "shi": (lambda i: CN_SEC[i] + "是", "；"),
    "circ": (lambda i: "①②③④⑤⑥⑦⑧⑨"[i], "；"),
    "paren": (lambda i: "（%d）" % (i + 1), "；"),
    "cnparen": (lambda i: "（%s）" % CN_SEC[i], "。"),
    "dot": (lambda i: "%d." % (i + 1), "。"),
}


def t_items(c, label):
    r = c.rng
    it = c.S["items"]
    k = r.randint(2, 5)
    topics = r.sample(it["topics"], k)
    vals = split_total(r, r.randint(max(it["lo"], 3 * k), it["hi"]) * k // 2 + k, k)
    fmt = "plain"
    parts = [Q(v, 0, "", fmt) for v in vals]
    tot = Q(sum(vals), 0, "", fmt)
    mkey = r.choice(list(MARKERS))
    mfn, endp = MARKERS[mkey]
    markers = [mfn(i) for i in range(k)]
    per_line = mkey in ("cnparen", "dot") or r.random() < 0.3
    cnt_cn = r.random() < 0.6
    vw, vu = it["vwhat"], it["vunit"]

    def build(count_str, head_tail, parts):
        items = ["%s%s，%s%s%s" % (m, t, vw, p.s(), vu) for m, t, p in zip(markers, topics, parts)]
        if per_line:
            return [head_tail] + [x + endp for x in items]
        return [head_tail + "；".join(items) + "。"]
    if label == "negative":
        full = split_total(r, tot.ticks + r.randint(5, max(6, tot.ticks // 3)), k + 1)
        parts2 = [Q(v) for v in full[:k]]
        tot2 = Q(sum(full))
        head = "%s%s%s，%s%s%s，主要有：" % (c.when(), c.org, it["announce"], vw, tot2.s(), vu)
        return build(None, head, parts2), [mk_neg("partial_list", [p.s() for p in parts2], "主要有", total=tot2.s())], "numbered items under 主要有 are not exhaustive"
    n = k
    hold_c, hold_s = True, True
    note = "announced count and total over numbered items"
    if label == "inconsistent":
        if r.random() < 0.45:
            n = k + r.choice([-1, 1, 1, 2]) if k > 2 else k + r.choice([1, 2])
            hold_c = False
            note = "announced count %d but %d items" % (n, k)
        else:
            tot, parts, note = corrupt_sum(c, tot, parts)
            hold_s = False
    count_str = cn_int(n, liang=True) if cnt_cn else str(n)
    head = "%s%s%s%s%s，%s%s%s：" % (c.when(), c.org, it["announce"], count_str, it["cnt"], vw, tot.s(), vu)
    checks = [{"rel": "count_items", "count": count_str, "items": markers, "holds": hold_c}, mk_sum(parts, tot, hold_s)]
    return build(count_str, head, parts), checks, note


def t_named(c, label):
    r = c.rng
    nm = c.S["named"]
    k = r.randint(2, 6)
    names = distinct(r, lambda: nm["fn"](r), k)
    k = len(names)
    if label == "negative":
        n = k + r.randint(2, 15)
        etc = "等"
        line = c.when() + nm["intro"].format(names="、".join(names), etc=etc, n=n) + "。"
        return [line], [mk_neg("partial_list", names, "等", count=str(n))], "等%d%s after %d names: a partial list" % (n, nm["unit"], k)
    n, hold = k, True
    etc = r.choice(["等", "", ""])
    note = "named list with its count"
    if label == "inconsistent":
        hold = False
        if etc == "等":
            n = k - r.randint(1, min(2, k - 1))
        else:
            n = k + r.choice([-1, 1, 2]) if k > 2 else k + r.choice([1, 2])
        note = "%d names but count %d" % (k, n)
    nstr = cn_int(n) if r.random() < 0.35 else str(n)
    line = c.when() + nm["intro"].format(names="、".join(names), etc=etc, n=nstr) + "。"
    return [line], [{"rel": "count_names", "count": nstr, "names": names, "holds": hold}], note


def t_balance(c, label):
    r = c.rng
    b = r.choice(c.S["balance"])
    u, dec = b["unit"], b["dec"]
    fmt = c.pick_fmt()
    if label == "negative":
        sc = pick_scen(c)
        cum = Q(rand_ticks(r, sc["lo"] * 3, sc["hi"] * 4, sc["dec"]), sc["dec"], "", fmt)
        new = cum.like(int(cum.ticks * r.uniform(0.1, 0.4)) + 1)
        line = "截至%d年底，%s累计%s%s%s，其中%d年%s%s%s。" % (c.year, c.org, sc["whole"], cum.s(), sc["unit"], c.year, r.choice(["新增", "当年"]), new.s(), sc["unit"])
        return [line], [mk_neg("cumulative_vs_new", [cum.s(), new.s()], "累计")], "cumulative figure with the year's new part"
    a = rand_ticks(r, b["lo"], b["hi"], dec)
    add = rand_ticks(r, b["lo"], b["hi"], dec)
    sub = r.randint(max(1, (a + add) // 3), a + add - 1)
    end = a + add - sub
    qa, qadd, qsub, qend = (Q(x, dec, "", fmt) for x in (a, add, sub, end))
    holds, note = True, "start + in - out = end"
    if label == "inconsistent":
        which = r.randrange(4)
        lst = [qa, qadd, qsub, qend]
        old = lst[which]
        lst[which] = old.like(bump_int(r, old.ticks))
        qa, qadd, qsub, qend = lst
        holds = False
        note = "balance broken: %s -> %s" % (old.s(), lst[which].s())
    tmpl = r.choice(["{s}{a}{u}，{ad}{b}{u}，{sb}{c}{u}，{e}{d}{u}。",
                     "{s}{a}{u}；{ad}{b}{u}、{sb}{c}{u}；{e}{d}{u}。",
                     "{e}{d}{u}（{s}{a}{u}，{ad}{b}{u}，{sb}{c}{u}）。"])
    line = c.when() + c.org + tmpl.format(s=b["start"], a=qa.s(), ad=b["add"][0], b=qadd.s(), sb=b["sub"][0], c=qsub.s(), e=b["end"], d=qend.s(), u=u)
    ck = {"rel": "balance", "plus": [qa.s(), qadd.s()], "minus": [qsub.s()], "result": qend.s(), "holds": holds}
    return [line], [ck], note


def t_from_to(c, label):
    r = c.rng
    g = r.choice([x for x in c.S["growth"] if "base" not in x])
    u, dec = g["unit"], g["dec"]
    fmt = c.pick_fmt()
    a = rand_ticks(r, g["lo"], g["hi"], dec)
    up = r.random() < 0.75
    d = max(1, int(a * r.uniform(0.03, 0.4)))
    bval = a + d if up else a - d
    qa, qb, qd = Q(a, dec, "", fmt), Q(bval, dec, "", fmt), Q(d, dec, "", fmt)
    y = c.year
    vto, vby = ("增加到", "增加") if up else ("减少到", "减少")
    if label == "negative":
        ap = approx_of(c, qb.disp(), u)
        if ap is None or not up:
            return t_from_to(c, label)
        text, num, mk = ap
        if mk in ("左右",):
            return t_from_to(c, label)
        line = "%s%s由%d年的%s%s增加到%d年的%s，增加%s%s。" % (c.org, g["m"], y - 1, qa.s(), u, y, text, qd.s(), u)
        return [line], [mk_neg("approx_total", [qa.s(), qd.s()], mk, total=num)], "end value approximate (%s)" % mk
    holds, note = True, "由A%sB、%sC" % (vto, vby)
    if label == "inconsistent":
        which = r.randrange(3)
        lst = [qa, qb, qd]
        old = lst[which]
        lst[which] = old.like(bump_int(r, old.ticks))
        qa, qb, qd = lst
        holds = False
        note += "; one of the three changed (%s -> %s)" % (old.s(), lst[which].s())
    tmpl = r.choice(["{o}{m}由{y0}年的{a}{u}{vto}{y1}年的{b}{u}、{vby}{d}{u}。",
                     "{o}{m}由{a}{u}{vto}{b}{u}，{vby}{d}{u}。",
                     "与{y0}年相比，{o}{m}{vby}{d}{u}，由{a}{u}{vto}{b}{u}。"])
    line = tmpl.format(o=c.org, m=g["m"], y0=y - 1, y1=y, a=qa.s(), b=qb.s(), d=qd.s(), u=u, vto=vto, vby=vby)
    if up:
        ck = {"rel": "balance", "plus": [qa.s(), qd.s()], "result": qb.s(), "holds": holds}
    else:
        ck = {"rel": "balance", "plus": [qa.s()], "minus": [qd.s()], "result": qb.s(), "holds": holds}
    return [line], [ck], note


def t_yoy(c, label):
    r = c.rng
    g = r.choice([x for x in c.S["growth"] if "base" not in x])
    u, dec = g["unit"], g["dec"]
    fmt = c.pick_fmt()
    a = rand_ticks(r, g["lo"], g["hi"], dec)
    up = r.random() < 0.7
    d = max(1, int(a * r.uniform(0.02, 0.3)))
    bv = a + d if up else a - d
    qa, qb, qd = Q(a, dec, "", fmt), Q(bv, dec, "", fmt), Q(d, dec, "", fmt)
    vb = "增加" if up else "减少"
    y = c.year
    if label == "negative":
        other = qa.like(max(1, a - int(a * r.uniform(0.05, 0.3)) - 1))
        line = "%d年%s%s%s%s，较%d年%s%s%s；%d年为%s%s。" % (y, c.org, g["m"], qb.s(), u, y - 3, vb, qd.s(), u, y - 1, other.s(), u)
        vals = [other.s(), qd.s()] if up else [other.s()]
        return [line], [mk_neg("two_wholes", [other.s(), qd.s()], "%d年" % (y - 3), total=qb.s())], "change is against %d, the stated value is %d" % (y - 3, y - 1)
    holds, note = True, "this year, change and last year's value agree"
    if label == "inconsistent":
        which = r.randrange(3)
        lst = [qa, qb, qd]
        old = lst[which]
        lst[which] = old.like(bump_int(r, old.ticks))
        qa, qb, qd = lst
        holds = False
        note = "yoy values disagree (%s -> %s)" % (old.s(), lst[which].s())
    tmpl = r.choice(["{y}年{o}{m}{b}{u}，较上年{vb}{d}{u}，上年为{a}{u}。",
                     "{y}年{o}{m}{b}{u}，上年同期为{a}{u}，同比{vb}{d}{u}。",
                     "{o}{m}{b}{u}（上年{a}{u}），比上年{vb}{d}{u}。"])
    line = tmpl.format(y=y, o=c.org, m=g["m"], a=qa.s(), b=qb.s(), d=qd.s(), u=u, vb=vb)
    if up:
        ck = {"rel": "balance", "plus": [qa.s(), qd.s()], "result": qb.s(), "holds": holds}
    else:
        ck = {"rel": "balance", "plus": [qa.s()], "minus": [qd.s()], "result": qb.s(), "holds": holds}
    return [line], [ck], note


def t_subtotals(c, label):
    r = c.rng
    sc = pick_scen(c, lambda s: len(s["parts"]) >= 4)
    k = r.choice([4, 4, 5]) if len(sc["parts"]) >= 5 else 4
    labels = pick_parts(c, sc, k, k)
    u = sc["unit"]
    g1 = labels[:2]
    g2 = labels[2:]
    tot, parts = gen_split(c, sc, len(labels))
    a, b = parts[:2], parts[2:]
    s1 = tot.like(sum(p.ticks for p in a))
    s2 = tot.like(sum(p.ticks for p in b))
    checks = []
    h = [True, True, True]
    note = "two subtotals and a grand total"
    neg = None
    if label == "inconsistent":
        w = r.randrange(3)
        if w == 0:
            i = r.randrange(2)
            old = a[i]
            a = list(a)
            a[i] = old.like(bump_int(r, old.ticks))
            note = "leaf %s -> %s breaks the first subtotal" % (old.s(), a[i].s())
        elif w == 1:
            i = r.randrange(len(b))
            old = b[i]
            b = list(b)
            b[i] = old.like(bump_int(r, old.ticks))
            note = "leaf %s -> %s breaks the second subtotal" % (old.s(), b[i].s())
        else:
            old = tot
            tot = tot.like(bump_int(r, tot.ticks))
            note = "grand total %s -> %s" % (old.s(), tot.s())
        h[w] = False
    g2txt = join_parts(c, g2, b, u, "、")
    if label == "negative":
        extra = r.randint(1, max(1, s2.ticks // 5))
        s2 = s2.like(s2.ticks + extra)
        tot = tot.like(s1.ticks + s2.ticks)
        g2txt = join_parts(c, g2, b, u, "、") + "等"
        neg = mk_neg("partial_list", [p.s() for p in b], "等", total=s2.s())
        note = "second group is a partial list (等); subtotals and grand total still add"
    line = "%s%s%s%s%s。其中，%s%s%s（%s）；%s%s%s（%s）。" % (
        c.when(), c.org, sc["whole"], tot.s(), u,
        "、".join(g1), r.choice(["合计", "共"]), s1.s() + u, join_parts(c, g1, a, u, "、"),
        "其他各类" if len(g2) > 2 else "、".join(g2), r.choice(["合计", "共"]), s2.s() + u, g2txt)
    checks = [mk_sum(a, s1, h[0])]
    if neg:
        checks.append(neg)
    else:
        checks.append(mk_sum(b, s2, h[1]))
    checks.append(mk_sum([s1, s2], tot, h[2]))
    return [line], checks, note


QN = ["一季度", "二季度", "三季度", "四季度"]


def t_periods(c, label):
    r = c.rng
    p = r.choice(c.S["periods"])
    u, dec = p["unit"], p["dec"]
    fmt = c.pick_fmt()
    if p["kind"] == "q":
        names = QN
    else:
        m0 = r.randint(4, 7)
        names = ["%d月" % m for m in range(m0, m0 + r.randint(3, 4))]
    vals = [rand_ticks(r, p["lo"], p["hi"], dec) for _ in names]
    qs = [Q(v, dec, "", fmt) for v in vals]
    tot = Q(sum(vals), dec, "", fmt)
    whole = "全年" if p["kind"] == "q" else "%s至%s" % (names[0], names[-1])
    if label == "negative":
        i = r.randrange(1, len(names))
        cum = Q(sum(vals[:i + 1]), dec, "", fmt)
        line = "%s，%s%s累计%s%s%s，其中%s当%s%s%s。" % (
            c.org, ("1—%s" % names[i]) if p["kind"] == "m" else ("前%s个季度" % "一两三四"[i]),
            "", p["what"], cum.s(), u, names[i], "月" if p["kind"] == "m" else "季", qs[i].s(), u)
        return [line], [mk_neg("cumulative_vs_new", [cum.s(), qs[i].s()], "累计")], "cumulative to date with the latest period"
    holds, note = True, "periods add up to the %s total" % whole
    if label == "inconsistent":
        tot, qs, note = corrupt_sum(c, tot, qs)
        holds = False
    if r.random() < 0.5:
        line = "%s%s%s%s%s，其中%s。" % (c.org, "%d年" % c.year if p["kind"] == "q" else "%s" % whole, p["what"], tot.s(), u,
                                     "、".join("%s%s%s" % (n, q.s(), u) for n, q in zip(names, qs)))
    else:
        line = "%d年%s至%s，%s%s分别为%s，%s%s%s%s。" % (c.year, names[0], names[-1], c.org, p["what"], "、".join(q.s() + u for q in qs),
                                               r.choice(["合计", "累计", "全年共"]) if p["kind"] == "q" else r.choice(["合计", "累计"]), "", tot.s(), u)
    return [line], [mk_sum(qs, tot, holds)], note


def t_sentences(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 4)
    u = sc["unit"]
    tot, parts = gen_split(c, sc, len(labels))
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        holds = False
    else:
        holds, note = True, "parts in separate sentences, total at the end"
    tmpl = r.choice(["{l}方面，全年{v}{u}。", "{l}{v}{u}，工作有序推进。", "在{l}方面，完成{v}{u}。"])
    sents = [tmpl.format(l=l, v=p.s(), u=u) for l, p in zip(labels, parts)]
    if label == "negative":
        alt_t = tot.like(max(1, int(tot.ticks * r.uniform(0.8, 0.97))))
        end = "全年%s%s%s。" % (sc["alt"], alt_t.s(), u)
        chk = [mk_neg("two_wholes", [p.s() for p in parts], sc["alt"], total=alt_t.s())]
        note = "closing figure is %s, a different whole" % sc["alt"]
    else:
        end = r.choice(["以上各项合计，全年%s%s%s。", "全年%s共%s%s。", "综上，%s总计%s%s。"]) % (sc["whole"], tot.s(), u)
        chk = [mk_sum(parts, tot, holds)]
    if r.random() < 0.5:
        return ["".join(sents) + end], chk, note
    return sents + [end], chk, note


def t_gender(c, label):
    r = c.rng
    pp = c.S["people"]
    u = pp["unit"]
    fmt = c.pick_fmt()
    n = r.randint(pp["lo"], pp["hi"])
    f = r.randint(n // 5, n * 4 // 5)
    m = n - f
    qn, qm, qf = Q(n, 0, "", fmt), Q(m, 0, "", fmt), Q(f, 0, "", fmt)
    if label == "negative":
        dim = r.choice(pp["dims"])
        x = r.randint(n // 4, n * 9 // 10)
        if x + f == n:
            x += 1
        qx = Q(x, 0, "", fmt)
        line = "%s%s%s，其中%s%s%s，%s%s%s。" % (pp["group"], qn.s(), u, pp["female"], qf.s(), u, dim, qx.s(), u)
        return [line], [mk_neg("overlap", [qf.s(), qx.s()], dim, total=qn.s())], "overlapping subsets (sex and %s)" % dim
    holds, note = True, "male/female split"
    if label == "inconsistent":
        qn, parts, note = corrupt_sum(c, qn, [qm, qf])
        qm, qf = parts
        holds = False
    order = r.random() < 0.6
    a = "%s%s%s" % (pp["male"], qm.s(), u)
    b = "%s%s%s" % (pp["female"], qf.s(), u)
    if r.random() < 0.3:
        a, b = "男%s%s" % (qm.s(), u), "女%s%s" % (qf.s(), u)
    line = "%s%s%s，其中%s、%s。" % (pp["group"], qn.s(), u, a if order else b, b if order else a)
    parts = [qm, qf] if order else [qf, qm]
    return [line], [mk_sum(parts, qn, holds)], note


def split_unit(s):
    if s and s[0] in "万亿":
        return s[0], s[1:]
    return "", s


def t_wanyi(c, label):
    r = c.rng
    mx = c.S["mix"]
    bsc, unit = split_unit(mx["big"])
    ssc, _ = split_unit(mx["small"])
    factor = SCALE_MULT[bsc] // SCALE_MULT[ssc]
    k = r.randint(2, min(4, len(mx["parts"])))
    labels = [mx["parts"][i] for i in sorted(r.sample(range(len(mx["parts"])), k))]
    # total in big units with bigdec decimals -> ticks in small units
    step = factor // (10 ** mx["bigdec"])
    tb = r.randint(mx["grp_lo"] * 100, mx["grp_hi"] * 100)
    small_total = tb * step
    parts = split_total(r, small_total, k)
    fmt = c.pick_fmt()
    tot = Q(tb, mx["bigdec"], bsc, "plain")
    pq = [Q(p, 0, ssc, fmt) for p in parts]
    if label == "negative":
        ap_base = tot.base()
        # parts exact, whole written as an approximate big figure
        val = (Decimal(small_total) / factor).quantize(Decimal("0.1"))
        if val * factor == small_total:
            val += Decimal("0.1")
        mk = r.choice(["约", "近" if val * factor > small_total else "超过"])
        num = render(val, 1) + bsc
        line = "%s%s%s%s%s%s，其中%s。" % (c.when(), c.org, mx["whole"], mk, num, unit, "、".join("%s%s%s" % (l, q.s(), unit) for l, q in zip(labels, pq)))
        return [line], [mk_neg("approx_total", [q.s() for q in pq], mk, total=num)], "whole in %s given approximately, parts in %s" % (mx["big"], mx["small"])
    holds, note = True, "whole in %s, parts in %s" % (mx["big"], mx["small"])
    if label == "inconsistent":
        if r.random() < 0.5:
            i = r.randrange(k)
            old = pq[i]
            pq[i] = old.like(bump_int(r, old.ticks))
            note += "; part %s -> %s" % (old.s(), pq[i].s())
        else:
            old = tot
            tot = tot.like(bump_int(r, tot.ticks))
            note += "; whole %s -> %s" % (old.s(), tot.s())
        holds = False
    if r.random() < 0.5:
        line = "%s%s%s%s%s，其中%s。" % (c.when(), c.org, mx["whole"], tot.s(), unit, "、".join("%s%s%s" % (l, q.s(), unit) for l, q in zip(labels, pq)))
    else:
        line = "%s%s%s，合计%s%s%s。" % (c.when(), "、".join("%s%s%s" % (l, q.s(), unit) for l, q in zip(labels, pq)), "", mx["whole"], tot.s(), unit)
    return [line], [mk_sum(pq, tot, holds)], note


def t_cn(c, label):
    r = c.rng
    sc = pick_scen(c, lambda s: s["dec"] == 0 and not s["unit"].startswith("万"))
    labels = pick_parts(c, sc, 2, 4)
    u = sc["unit"]
    k = len(labels)
    total = r.randint(max(3 * k, 12), 480)
    parts = split_total(r, total, k)
    liang = r.random() < 0.5
    tot = Q(total, 0, "", "cn", liang)
    pq = [Q(p, 0, "", "cn", liang) for p in parts]
    if label == "negative":
        if r.random() < 0.5:
            full = split_total(r, total, k + 1)
            pq = [Q(p, 0, "", "cn", liang) for p in full[:k]]
            line = "%s%s%s%s%s，其中%s等。" % (c.when(), c.org, sc["whole"], tot.s(), u, join_parts(c, labels, pq, u, "、"))
            return [line], [mk_neg("partial_list", [q.s() for q in pq], "等", total=tot.s())], "Chinese numerals, partial list with 等"
        low = (total // 10) * 10
        if low == total or total - low > total * 0.12:
            return t_cn(c, label)
        num = cn_int(low)
        line = "%s%s%s%s余%s，其中%s。" % (c.when(), c.org, sc["whole"], num, u, join_parts(c, labels, pq, u, "、"))
        return [line], [mk_neg("approx_total", [q.s() for q in pq], "余", total=num)], "Chinese numerals, 余 total"
    holds, note = True, "Chinese numerals add up"
    if label == "inconsistent":
        tot, pq, note = corrupt_sum(c, tot, pq)
        holds = False
    if r.random() < 0.5:
        line = "%s%s%s%s%s，其中%s。" % (c.when(), c.org, sc["whole"], tot.s(), u, join_parts(c, labels, pq, u, "、"))
    else:
        line = "%s%s，合计%s%s%s。" % (c.when(), join_parts(c, labels, pq, u, "、"), sc["whole"], tot.s(), u)
    return [line], [mk_sum(pq, tot, holds)], note


def id_sentence(c, ident):
    r = c.rng
    if ident.startswith("案号"):
        t = r.choice(["{o}依法审结{i}案件，", "{o}对{i}案件开展回访，"])
    elif "“" in ident:
        t = r.choice(["{o}全面推行{i}，", "{o}探索建立{i}，", "{o}深化{i}，"])
    elif any(k in ident for k in ("热线", "电话", "客服")):
        t = r.choice(["{o}对外公布{i}，", "{o}依托{i}受理群众诉求，"])
    elif "型" in ident:
        t = r.choice(["{o}完成{i}升级改造，", "{o}新购置{i}，"])
    elif re.match(r"^\d{4}-\d{2}-\d{2}$", ident):
        t = r.choice(["{o}于{i}召开专题部署会，", "按照{i}印发的工作方案，{o}"])
    elif any(k in ident for k in ("邮编", "运单号", "代码", "仓")):
        t = r.choice(["{o}抽查样本（{i}）情况正常，", "经复核，{i}相关信息登记完整，"])
    else:
        t = r.choice(["{o}严格执行{i}文件要求，", "{o}按照{i}规定，"]) if "〔" in ident or "令" in ident else r.choice(["{o}严格执行{i}，", "{o}按照{i}要求，"])
    return t.format(o=c.org, i=ident)


def make_id(c):
    r = c.rng
    t = r.choice(c.S["ids"] + ["“7+X”便民服务", "{Y}-{mm}-{dd}"])
    return t.format(P=c.P[0], Y=c.year, n1=r.randint(1, 30), n2=r.randint(1, 99), n3=r.randint(100, 999),
                    n4=r.randint(1000, 9999), n6=r.randint(100000, 999999), n8=r.randint(10000000, 99999999),
                    n12=r.randint(10 ** 11, 10 ** 12 - 1), mm="%02d" % r.randint(1, 12), dd="%02d" % r.randint(1, 28))


def t_fullwidth(c, label):
    r = c.rng
    sc = pick_scen(c)
    labels = pick_parts(c, sc, 2, 4)
    u = sc["unit"]
    fmt = r.choice(["fw", "fwsep", "comma", "fwcomma", "space"])
    lo = max(sc["lo"], 1000) if fmt in ("comma", "fwcomma", "space", "fwsep") and sc["hi"] > 2000 else sc["lo"]
    tot, parts = gen_split(c, sc, len(labels), fmt=fmt, lo=lo)
    holds, note = True, "numbers written %s" % fmt
    checks = []
    if label == "inconsistent":
        tot, parts, note = corrupt_sum(c, tot, parts)
        holds = False
        note = fmt + ": " + note
    line = "%s%s%s%s%s，其中%s。" % (c.when(), c.org, sc["whole"], tot.s(), u, join_parts(c, labels, parts, u, r.choice(["、", "；"])))
    lines = [line]
    checks.append(mk_sum(parts, tot, holds))
    if label == "negative":
        ids = distinct(r, lambda: make_id(c), r.randint(1, 2))
        idl = id_sentence(c, ids[0])
        if len(ids) > 1:
            idl += id_sentence(c, ids[1]).replace(c.org, "同时", 1).rstrip("，") + "。"
        else:
            idl += r.choice(["工作有序推进。", "相关工作取得实效。", "运行情况良好。"])
        lines.insert(0, idl) if r.random() < 0.5 else lines.append(idl)
        checks.append(mk_neg("identifier", ids))
        note = "identifiers / codes / dates next to a consistent %s list" % fmt
    return lines, checks, note


TOTALS = [
    ("qizhong", t_qizhong), ("heji_after", t_heji_after), ("fenbiewei", t_fenbiewei), ("brackets", t_brackets),
    ("header_lines", t_header_lines), ("table_flat", t_table), ("table_two_col", t_table_years), ("numbered_items", t_items),
    ("named_list", t_named), ("balance", t_balance), ("from_to", t_from_to), ("yoy_values", t_yoy),
    ("subtotals", t_subtotals), ("periods", t_periods), ("separate_sentences", t_sentences), ("male_female", t_gender),
    ("wan_yi_mix", t_wanyi), ("cn_numerals", t_cn), ("fullwidth_sep", t_fullwidth),
]


# =====================================================================================
# Part 6. `pct` constructions
# =====================================================================================

def gen_rate(c, rs, d=None, fmt=None, allow_over=False):
    r = c.rng
    d = r.choice([1, 1, 1, 2, 0]) if d is None else d
    qd = rs.get("dec", 0)
    fmt = fmt or c.pick_fmt()
    for _ in range(300):
        den = rand_ticks(r, rs["lo"], rs["hi"], qd)
        p = r.uniform(*rs["prob"])
        num = int(den * p)
        if num <= 0 or (num > den and not allow_over):
            continue
        fr = exact_pct(num, den)
        if is_tie(fr, d):
            continue
        rate = round_fr(fr, d)
        if rate >= 100 and not allow_over:
            continue
        return Q(num, qd, "", fmt), Q(den, qd, "", fmt), rate, d
    raise RuntimeError("rate")


def mk_rate(num, den, rstr, holds=True):
    return {"rel": "rate", "num": num.s(), "den": den.s(), "rate": rstr, "holds": holds}


def maybe_wrong_rate(c, label, rate, d, cap=Decimal(100)):
    if label != "inconsistent":
        return rate, True
    return wrong_value(c.rng, rate, d, lo=Decimal(0), hi=cap), False


def rate_phrase(c):
    return c.rng.choice(["", "为", "达", "达到", "是"])


def p_rate_after(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    u = rs["unit"]
    num, den, rate, d = gen_rate(c, rs)
    if label == "negative":
        line = "%s%s%s%s%s，%s%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, rs["rate"], rate_phrase(c), pct_str(rate, d))
        return [line], [mk_neg("rate_unstated", [pct_str(rate, d)], rs["rate"])], "%s given but the %s count is not stated" % (rs["rate"], rs["num"])
    shown, holds = maybe_wrong_rate(c, label, rate, d)
    ps = pct_str(shown, d)
    tmpl = r.choice(["{w}{o}{den}{N}{u}，{num}{M}{u}，{rate}{ph}{R}。",
                     "{w}{o}共{den}{N}{u}，其中{num}{M}{u}，{rate}{ph}{R}。",
                     "{w}{o}{num}{M}{u}，{den}{N}{u}，{rate}{ph}{R}。"])
    line = tmpl.format(w=c.when(), o=c.org, den=rs["den"], N=den.s(), u=u, num=rs["num"], M=num.s(), rate=rs["rate"], ph=rate_phrase(c), R=ps)
    return [line], [mk_rate(num, den, ps, holds)], "rate after its numbers" + ("" if holds else "; stated %s, true %s" % (ps, pct_str(rate, d)))


def p_rate_before(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    u = rs["unit"]
    num, den, rate, d = gen_rate(c, rs)
    if label == "negative":
        nb = r.choice(c.S["nobase"])
        val = Decimal(r.randint(800, 999)).scaleb(-1)
        ps = pct_str(val, 1)
        line = "%s%s%s%s%s，%s。" % (c.when(), c.org, nb, rate_phrase(c), ps, r.choice(["位居全市前列", "较好完成目标任务", "工作成效明显"]))
        return [line], [mk_neg("pct_no_base", [ps], nb)], "percentage with no base stated"
    shown, holds = maybe_wrong_rate(c, label, rate, d)
    ps = pct_str(shown, d)
    tmpl = r.choice(["{w}{o}{rate}{ph}{R}，{den}{N}{u}中{num}{M}{u}。",
                     "{w}{o}{rate}{ph}{R}（{num}{M}{u}/{den}{N}{u}）。",
                     "{rate}{ph}{R}：{w}{o}{den}{N}{u}，{num}{M}{u}。"])
    line = tmpl.format(w=c.when(), o=c.org, den=rs["den"], N=den.s(), u=u, num=rs["num"], M=num.s(), rate=rs["rate"], ph=rate_phrase(c), R=ps)
    return [line], [mk_rate(num, den, ps, holds)], "rate stated before its numbers" + ("" if holds else "; wrong rate")


def p_rate_bracket(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    u = rs["unit"]
    num, den, rate, d = gen_rate(c, rs)
    op, cl = r.choice([("（", "）"), ("(", ")")])
    if label == "negative":
        pm = Decimal(r.randint(1, 60)).scaleb(-1)
        lit = render(pm, 1) + "‰"
        line = "%s%s%s%s%s，%s%s%s%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, r.choice(["运行平稳", "总体可控"]), op, PERMILLE[c.key], lit, cl)
        return [line], [mk_neg("permille", [lit], PERMILLE[c.key])], "a permille figure in brackets, no percentage relation"
    shown, holds = maybe_wrong_rate(c, label, rate, d)
    ps = pct_str(shown, d)
    tmpl = r.choice(["{w}{o}{den}{N}{u}，{num}{M}{u}{op}{rate}{R}{cl}。",
                     "{w}{o}{den}{N}{u}，{num}{M}{u}{op}{R}{cl}。",
                     "{w}{o}{num}{M}{u}{op}占{den}的{R}{cl}，{den}{N}{u}。"])
    line = tmpl.format(w=c.when(), o=c.org, den=rs["den"], N=den.s(), u=u, num=rs["num"], M=num.s(), rate=rs["rate"], R=ps, op=op, cl=cl)
    return [line], [mk_rate(num, den, ps, holds)], "rate in brackets" + ("" if holds else "; wrong rate")


def p_two_rates(c, label):
    r = c.rng
    rs1, rs2 = r.sample(c.S["rates"], 2)
    n1, d1, r1, k1 = gen_rate(c, rs1)
    n2, d2, r2, k2 = gen_rate(c, rs2)
    bad = r.randrange(2)
    s1, h1 = (maybe_wrong_rate(c, label, r1, k1) if bad == 0 else (r1, True))
    s2, h2 = (maybe_wrong_rate(c, label, r2, k2) if bad == 1 else (r2, True))
    p1, p2 = pct_str(s1, k1), pct_str(s2, k2)
    a = "%s%s%s，%s%s%s，%s%s" % (rs1["den"], d1.s(), rs1["unit"], rs1["num"], n1.s(), rs1["unit"], rs1["rate"], p1)
    if label == "negative":
        b = "%s%s" % (rs2["rate"], pct_str(r2, k2))
        line = "%s%s%s；%s。" % (c.when(), c.org, a, b)
        return [line], [mk_rate(n1, d1, p1, True), mk_neg("rate_unstated", [pct_str(r2, k2)], rs2["rate"])], "first rate checks, second rate has no stated base"
    b = "%s%s%s，%s%s%s，%s%s" % (rs2["den"], d2.s(), rs2["unit"], rs2["num"], n2.s(), rs2["unit"], rs2["rate"], p2)
    line = "%s%s%s；%s。" % (c.when(), c.org, a, b)
    note = "two rates over different bases" + ("" if label != "inconsistent" else "; rate %d wrong" % (bad + 1))
    return [line], [mk_rate(n1, d1, p1, h1), mk_rate(n2, d2, p2, h2)], note


def p_pass_fail(c, label):
    r = c.rng
    pf = c.S["passfail"]
    u = pf["unit"]
    fmt = c.pick_fmt()
    d = r.choice([1, 1, 2])
    for _ in range(200):
        n = r.randint(pf["lo"], pf["hi"])
        bad = r.randint(1, max(1, n // 12))
        ok = n - bad
        f1, f2 = exact_pct(ok, n), exact_pct(bad, n)
        if not (is_tie(f1, d) or is_tie(f2, d)):
            break
    qn, qo, qb = Q(n, 0, "", fmt), Q(ok, 0, "", fmt), Q(bad, 0, "", fmt)
    R1, R2 = round_fr(f1, d), round_fr(f2, d)
    if label == "negative":
        ps = pct_str(R1, d)
        line = "%s%s%s%s%s，%s%s，%s" % (c.when(), c.org, pf["obj"], qn.s(), u, pf["okrate"], ps, r.choice(["发现的问题均已督促整改", "质量总体稳定", "抽检结果已向社会公布"]))
        return [line], [mk_neg("rate_unstated", [ps], pf["okrate"])], "pass rate without the pass count"
    which = r.randrange(2)
    h1 = h2 = True
    S1, S2 = R1, R2
    if label == "inconsistent":
        if which == 0:
            S1, h1 = wrong_value(r, R1, d, lo=Decimal(0), hi=Decimal(100)), False
        else:
            S2, h2 = wrong_value(r, R2, d, lo=Decimal(0), hi=Decimal(100)), False
    p1, p2 = pct_str(S1, d), pct_str(S2, d)
    line = "%s%s%s%s%s，其中%s%s%s、%s%s%s，%s%s，%s%s。" % (c.when(), c.org, pf["obj"], qn.s(), u, pf["ok"], qo.s(), u, pf["bad"], qb.s(), u,
                                                 pf["okrate"], p1, pf["badrate"], p2)
    checks = [mk_sum([qo, qb], qn, True), mk_rate(qo, qn, p1, h1), mk_rate(qb, qn, p2, h2)]
    return [line], checks, "pass and fail counts with both rates" + ("" if label != "inconsistent" else "; %s rate wrong" % ("pass" if which == 0 else "fail"))


def p_target(c, label):
    r = c.rng
    tg = c.S["target"]
    u = tg["unit"]
    dec = tg.get("dec", 0)
    fmt = c.pick_fmt()
    d = r.choice([1, 1, 2, 0])
    for _ in range(200):
        plan = rand_ticks(r, tg["lo"], tg["hi"], dec)
        act = int(plan * r.uniform(0.85, 1.35))
        fr = exact_pct(act, plan)
        if not is_tie(fr, d) and act != plan:
            break
    qp, qa = Q(plan, dec, "", fmt), Q(act, dec, "", fmt)
    R = round_fr(fr, d)
    if label == "negative":
        val = Decimal(r.randint(1005, 1600)).scaleb(-1)
        ps = pct_str(val, 1)
        line = "%s%s%s%s，完成%s的%s，%s。" % (c.when(), c.org, tg["what"], r.choice(["进展顺利", "超额完成任务"]), tg["plan"], ps, r.choice(["创历史新高", "位居全省前列"]))
        return [line], [mk_neg("pct_no_base", [ps], tg["plan"])], "target completion over 100%% with no target or actual figure"
    S, holds = (R, True) if label != "inconsistent" else (wrong_value(r, R, d, lo=Decimal(0)), False)
    ps = pct_str(S, d)
    tmpl = r.choice(["{w}{o}{plan}{P}{u}，实际完成{what}{A}{u}，完成年度目标的{R}。",
                     "{w}{o}完成{what}{A}{u}，为{plan}（{P}{u}）的{R}。",
                     "{o}{plan}{P}{u}，实际完成{A}{u}，目标完成率{R}。"])
    line = tmpl.format(w=c.when(), o=c.org, plan=tg["plan"], P=qp.s(), u=u, what=tg["what"], A=qa.s(), R=ps)
    return [line], [mk_rate(qa, qp, ps, holds)], "completion of a target (%s 100%%)" % ("over" if act > plan else "under")


def gen_growth(c, g, up=None, over100=False, d=None, fmt=None):
    r = c.rng
    dec = g["dec"]
    fmt = fmt or c.pick_fmt()
    d = r.choice([1, 1, 2]) if d is None else d
    up = (r.random() < 0.7) if up is None else up
    for _ in range(300):
        a = rand_ticks(r, g["lo"], g["hi"], dec)
        if over100:
            b = int(a * r.uniform(2.05, 3.5))
        else:
            f = r.uniform(0.02, 0.45)
            b = int(a * (1 + f)) if up else int(a * (1 - f))
        if b == a or b <= 0:
            continue
        fr = Fraction(b - a) * 100 / Fraction(a)
        if is_tie(fr, d):
            continue
        return Q(a, dec, "", fmt), Q(b, dec, "", fmt), round_fr(abs(fr), d), d, b > a
    raise RuntimeError("growth")


def mk_growth(old, new, rstr, dword, holds=True):
    return {"rel": "growth", "old": old.s(), "new": new.s(), "rate": rstr, "dir": dword, "holds": holds}


def dir_words(g, up):
    if "base" in g:
        return g["up"] if up else g["down"]
    return c_choice_up if up else c_choice_down


c_choice_up = "增长"
c_choice_down = "下降"


def p_growth(c, label):
    r = c.rng
    g = r.choice(c.S["growth"])
    u = g["unit"]
    y = c.year
    over = label == "negative"
    qa, qb, R, d, up = gen_growth(c, g, over100=over)
    dw = dir_words(g, up)
    if "base" not in g:
        dw = r.choice(["增长", "增加"]) if up else r.choice(["下降", "减少"])
    S, holds = (R, True) if label != "inconsistent" else (wrong_value(r, R, d, lo=Decimal(0)), False)
    ps = pct_str(S, d)
    if "base" in g:
        line = "%d年，%s%s%s%s，较%s（%s%s）%s%s。" % (y, c.P + "市", g["m"], qb.s(), u, g["base"], qa.s(), u, dw, ps)
    else:
        tmpl = r.choice(["{y}年{o}{m}{B}{u}，较上年的{A}{u}{dw}{R}。",
                         "{o}{m}由{y0}年的{A}{u}{dw2}到{y}年的{B}{u}，{dw}{R}。",
                         "{y}年{o}{m}{B}{u}，{y0}年为{A}{u}，{dw}{R}。"])
        line = tmpl.format(y=y, y0=y - 1, o=c.org, m=g["m"], B=qb.s(), A=qa.s(), u=u, dw=dw, dw2="增加" if up else "减少", R=ps)
    checks = [mk_growth(qa, qb, ps, dw, holds)]
    note = "growth with both years' values" + ("" if holds else "; wrong rate")
    if over:
        checks.append(mk_neg("growth_over_100", [ps], dw))
        note = "growth over 100%, arithmetic holds"
    return [line], checks, note


def p_tongqi(c, label):
    r = c.rng
    g = r.choice([x for x in c.S["growth"] if "base" not in x])
    u = g["unit"]
    mo = r.randint(3, 11)
    if label == "negative":
        val = Decimal(r.randint(1012, 4800)).scaleb(-1)
        ps = pct_str(val, 1)
        line = "%d年1—%d月，%s%s同比增长%s，%s。" % (c.year, mo, c.org, g["m"], ps, r.choice(["增幅居全市首位", "主要受上年同期基数较低影响", "呈现快速增长态势"]))
        return [line], [mk_neg("growth_over_100", [ps], "同比增长")], "growth over 100% without values"
    qa, qb, R, d, up = gen_growth(c, g)
    dw = "增长" if up else "下降"
    S, holds = (R, True) if label != "inconsistent" else (wrong_value(r, R, d, lo=Decimal(0)), False)
    ps = pct_str(S, d)
    tmpl = r.choice(["{y}年1—{mo}月，{o}{m}{B}{u}，同比{dw}{R}，上年同期为{A}{u}。",
                     "{y}年1—{mo}月，{o}{m}{B}{u}（上年同期{A}{u}），同比{dw}{R}。",
                     "截至{y}年{mo}月底，{o}{m}达{B}{u}，上年同期为{A}{u}，同比{dw}{R}。"])
    line = tmpl.format(y=c.year, mo=mo, o=c.org, m=g["m"], B=qb.s(), A=qa.s(), u=u, dw=dw, R=ps)
    return [line], [mk_growth(qa, qb, ps, dw, holds)], "上年同期 growth" + ("" if holds else "; wrong rate")


def gen_pp(c, lo=70, hi=98):
    r = c.rng
    d = r.choice([1, 1, 2])
    unit = Decimal(1).scaleb(-d)
    R1 = Decimal(r.randint(lo * 10 ** d, hi * 10 ** d)).scaleb(-d)
    delta = Decimal(r.randint(3, 80)).scaleb(-1) if d == 1 else Decimal(r.randint(30, 800)).scaleb(-2)
    up = r.random() < 0.7
    R2 = R1 + delta if up else R1 - delta
    if R2 >= 100 or R2 <= 0:
        R2 = R1 - delta
        up = False
    return R1, R2, abs(R2 - R1), d, up


def p_pp(c, label):
    r = c.rng
    rn = r.choice(c.S["pp"])
    if label == "negative":
        dv = Decimal(r.randint(3, 60)).scaleb(-1)
        ds = render(dv, 1)
        line = "%s%s%s较上年%s%s个百分点，%s。" % (c.when(), c.org, rn, r.choice(["提高", "提升", "下降"]), ds, r.choice(["工作质效进一步提升", "主要指标持续向好"]))
        return [line], [mk_neg("pp_no_base", [ds], "个百分点")], "percentage-point change without either rate"
    R1, R2, D, d, up = gen_pp(c)
    dw = r.choice(["提高", "上升", "提升"]) if up else r.choice(["下降", "降低"])
    holds = True
    if label == "inconsistent":
        D = wrong_value(r, D, d, lo=Decimal(0))
        holds = False
    p1, p2, ds = pct_str(R1, d), pct_str(R2, d), render(D, d)
    tmpl = r.choice(["{w}{o}{rn}{b}，较上年的{a}{dw}{D}个百分点。",
                     "{w}{o}{rn}为{b}，比上年{dw}{D}个百分点（上年为{a}）。",
                     "{o}{rn}{b}，上年为{a}，{dw}{D}个百分点。"])
    line = tmpl.format(w=c.when(), o=c.org, rn=rn, a=p1, b=p2, dw=dw, D=ds)
    return [line], [{"rel": "pp", "old": p1, "new": p2, "diff": ds, "dir": dw, "holds": holds}], "个百分点 with both rates" + ("" if holds else "; wrong difference")


def p_pp_from_to(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    num, den, rate, d = gen_rate(c, rs, d=r.choice([1, 2]))
    unit = Decimal(1).scaleb(-d)
    delta = Decimal(r.randint(3, 90)).scaleb(-1)
    while delta >= 1 and (rate - delta <= 0 and rate + delta >= 100):
        delta = (delta / 2).quantize(Decimal("0.1"))
    up = r.random() < 0.75
    if rate - delta <= 0:
        up = False
    elif rate + delta >= 100:
        up = True
    R1 = rate - delta if up else rate + delta
    dw = "提高" if up else "下降"
    p1 = pct_str(R1, d)
    if label == "negative":
        p2 = pct_str(rate, d)
        gap = Decimal(r.randint(3, 60)).scaleb(-1)
        ds = render(gap, 1)
        line = "%s%s%s，%s%s%s，%s%s，高于全省平均水平%s个百分点。" % (c.when(), c.org, rs["den"], den.s(), rs["unit"] + "，" + rs["num"], num.s() + rs["unit"], rs["rate"], p2, ds)
        return [line], [mk_rate(num, den, p2, True), mk_neg("pp_no_base", [ds], "全省平均水平")], "rate checks; gap to provincial average has no base"
    which = r.randrange(2) if label == "inconsistent" else -1
    S = rate if which != 0 else wrong_value(r, rate, d, lo=Decimal(0), hi=Decimal(100))
    D = abs(S - R1)
    if which == 1:
        D = wrong_value(r, D, d, lo=Decimal(0))
    p2, ds = pct_str(S, d), render(D, d)
    if (S - R1 > 0) != up:
        dw = "提高" if S > R1 else "下降"
    line = "%s%s%s%s%s、%s%s%s，%s由%d年的%s%s到%d年的%s，%s%s个百分点。" % (
        c.when(), c.org, rs["den"], den.s(), rs["unit"], rs["num"], num.s(), rs["unit"], rs["rate"], c.year - 1, p1, dw, c.year, p2, dw, ds)
    checks = [mk_rate(num, den, p2, which != 0), {"rel": "pp", "old": p1, "new": p2, "diff": ds, "dir": dw, "holds": which != 1}]
    note = "由A%%提高到B%%、提高C个百分点 with a base for B" + ("" if which < 0 else "; %s wrong" % ("rate" if which == 0 else "pp"))
    return [line], checks, note


def gen_shares(c, k, d):
    r = c.rng
    tot = 100 * 10 ** d
    parts = split_total(r, tot, k, minpart=max(1, 10 ** d // 2))
    return [Decimal(p).scaleb(-d) for p in parts]


def p_shares(c, label):
    r = c.rng
    sh = c.S["shares"]
    if label == "negative":
        os_ = c.S["oshares"]
        k = r.randint(3, 4)
        labels = os_["parts"][:k]
        for _ in range(100):
            vals = [Decimal(r.randint(150, 850)).scaleb(-1) for _ in labels]
            if sum(vals) > 105:
                break
        ps = [pct_str(v, 1) for v in vals]
        line = "%s%s，%s（%s）。" % (c.when(), os_["intro"], "、".join("%s占%s" % (l, p) for l, p in zip(labels, ps)), os_["note"])
        return [line], [mk_neg("overlap_shares", ps, os_["note"])], "overlapping shares summing past 100"
    allp = sh["parts"]
    if "其他" in allp[-1]:
        k = r.randint(3, len(allp))
        labels = allp[:k - 1] + [allp[-1]]
    else:
        k = r.randint(3, len(allp) + 1)
        labels = allp if k > len(allp) else allp[:k - 1] + ["其他"]
    d = r.choice([1, 1, 2])
    vals = gen_shares(c, len(labels), d)
    holds = True
    if label == "inconsistent":
        i = r.randrange(len(vals))
        vals[i] = wrong_value(r, vals[i], d, lo=Decimal(0), hi=Decimal(100))
        holds = False
    ps = [pct_str(v, d) for v in vals]
    body = "、".join("%s占%s" % (l, p) for l, p in zip(labels, ps))
    line = "%s%s%s，%s。" % (c.when(), sh["whole"], "" if r.random() < 0.5 else "，从结构看", body)
    return [line], [{"rel": "share_sum", "shares": ps, "holds": holds}], "shares of one whole add to 100" + ("" if holds else "; one share wrong")


def p_table_share(c, label):
    r = c.rng
    sep = r.choice(SEPS)
    d = r.choice([1, 1, 2])
    if label == "negative":
        os_ = c.S["oshares"]
        k = r.randint(3, 4)
        labels = os_["parts"][:k]
        for _ in range(200):
            n = r.randint(200, 3000)
            cnts = [r.randint(n // 6, n * 9 // 10) for _ in labels]
            frs = [exact_pct(x, n) for x in cnts]
            if sum(cnts) > n * 1.05 and not any(is_tie(f, d) for f in frs):
                break
        qn = Q(n)
        qs = [Q(x) for x in cnts]
        ps = [pct_str(round_fr(f, d), d) for f in frs]
        rows = [sep.join([l.rstrip("的"), q.s(), p]) for l, q, p in zip(labels, qs, ps)]
        lines = ["%s（样本总数%s，%s）" % (os_["intro"].replace("在", "").replace("中", "") + "情况", qn.s(), os_["note"]), sep.join(["项目", "数量", "占比"])] + rows
        checks = [mk_rate(q, qn, p, True) for q, p in zip(qs, ps)] + [mk_neg("overlap_shares", ps, os_["note"])]
        return lines, checks, "multi-answer table: each share checks, shares pass 100"
    sc = pick_scen(c, lambda s: s["dec"] == 0)
    labels = pick_parts(c, sc, 3, 4)
    for _ in range(300):
        tot, parts = gen_split(c, sc, len(labels), fmt="plain")
        frs = [exact_pct(p.ticks, tot.ticks) for p in parts]
        if any(is_tie(f, d) for f in frs):
            continue
        rs = [round_fr(f, d) for f in frs]
        if sum(rs) == 100 and all(x > 0 for x in rs):
            break
    else:
        return p_table_share(c, label)
    bad = r.randrange(len(parts)) if label == "inconsistent" else -1
    shown = [wrong_value(r, x, d, lo=Decimal(0), hi=Decimal(100)) if i == bad else x for i, x in enumerate(rs)]
    ps = [pct_str(x, d) for x in shown]
    rows = [sep.join([l, p.s(), s]) for l, p, s in zip(labels, parts, ps)]
    trow = sep.join(["合计", tot.s(), "—"])
    body = rows + [trow] if r.random() < 0.6 else [trow] + rows
    lines = ["%d年%s%s构成（单位：%s）" % (c.year, c.org, sc["whole"], sc["unit"]), sep.join(["类别", "数量", "占比"])] + body
    checks = [mk_sum(parts, tot, True)] + [mk_rate(p, tot, s, i != bad) for i, (p, s) in enumerate(zip(parts, ps))]
    return lines, checks, "table with a share column" + ("" if bad < 0 else "; share of row %d wrong" % (bad + 1))


def p_per(c, label):
    r = c.rng
    pc = r.choice(c.S["per"])
    ts, tu = split_unit(pc["tunit"])
    cs, cu = split_unit(pc["cunit"])
    ps_, pu = split_unit(pc["punit"])
    d = pc["dec"]
    fmt = c.pick_fmt()
    for _ in range(300):
        tt = rand_ticks(r, pc["tlo"], pc["thi"], 2 if ts else 0)
        cc = r.randint(pc["clo"], pc["chi"])
        tq = Q(tt, 2 if ts else 0, ts, fmt)
        cq = Q(cc, 0, cs, "plain")
        fr = Fraction(tq.base()) / Fraction(cq.base()) / SCALE_MULT[ps_]
        if fr < Fraction(1, 10):
            continue
        if not is_tie(fr, d):
            break
    V = round_fr(fr, d)
    vq = Q(int(V.scaleb(d)), d, ps_, "plain")
    if label == "negative":
        line = "%s%s%s%s%s，%s。" % (c.when(), c.org, pc["per"], vq.s(), pu, r.choice(["同比有所提高", "工作效率稳步提升", "处于全省较高水平"]))
        return [line], [mk_neg("per_no_base", [vq.s()], pc["per"])], "per-capita figure without total or count"
    holds = True
    if label == "inconsistent":
        W = wrong_value(r, V, d, lo=Decimal(0), pct_rule=False)
        if abs(W - V) < V * Decimal("0.01") + Decimal(2).scaleb(-d):
            W = V + (V * Decimal("0.05")).quantize(Decimal(1).scaleb(-d)) + Decimal(2).scaleb(-d)
        vq = Q(int(W.scaleb(d)), d, ps_, "plain")
        holds = False
    if pc["cnt"] == "全年":
        line = "%s%s%s%s%s，按全年%s天计，%s%s%s。" % (c.when(), c.org, pc["total"], tq.s(), tu, cq.s(), pc["per"], vq.s(), pu)
    else:
        line = "%s%s%s%s%s，%s%s%s，%s%s%s。" % (c.when(), c.org, pc["total"], tq.s(), tu, pc["cnt"], cq.s(), cu, pc["per"], vq.s(), pu)
    return [line], [{"rel": "per", "total": tq.s(), "count": cq.s(), "value": vq.s(), "holds": holds}], "per-capita / average" + ("" if holds else "; wrong average")


def malformed(c, rate, d):
    r = c.rng
    s = render(rate, d)
    kind = r.choice(["xx", "sp", "pre", "dbl", "dot", "fwsp"])
    if kind == "xx":
        return r.choice(["xx%", "XX%", "xx.x%", "x.xx%"])
    if kind == "sp":
        return s + " %"
    if kind == "pre":
        return "%" + s
    if kind == "dbl":
        return s + "%%"
    if kind == "dot":
        if "." in s:
            return s.replace(".", "..", 1) + "%"
        return s[:-1] + ".." + s[-1] + "%" if len(s) > 1 else s + "..%"
    return render(rate, d, "fw") + " ％"


def p_literals(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    u = rs["unit"]
    num, den, rate, d = gen_rate(c, rs)
    if label == "negative":
        pm = Decimal(r.randint(1, 90)).scaleb(-r.choice([1, 2]))
        lit = render(pm, -pm.as_tuple().exponent) + "‰"
        line = "%s%s%s%s%s，%s为%s。" % (c.when(), c.org, rs["den"], den.s(), u, PERMILLE[c.key], lit)
        return [line], [mk_neg("permille", [lit], PERMILLE[c.key])], "permille literal, not a percentage"
    if label == "inconsistent" and r.random() < 0.75:
        lit = malformed(c, rate, d)
        line = "%s%s%s%s%s，%s%s%s，%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], lit)
        return [line], [{"rel": "malformed_pct", "literal": lit, "holds": False}], "malformed percentage literal %r" % lit
    shown, holds = maybe_wrong_rate(c, label, rate, d)
    ps = pct_str(shown, d, "fw" if r.random() < 0.3 else "plain")
    line = "%s%s%s%s%s，%s%s%s，%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], ps)
    return [line], [mk_rate(num, den, ps, holds)], "well-formed percentage literal" + ("" if holds else "; wrong rate")


def p_wan_rates(c, label):
    r = c.rng
    mr = c.S["money_rate"]
    d = r.choice([1, 2])
    if label == "negative":
        g = [x for x in c.S["growth"] if x["unit"] == "万元" or "万" in x["unit"]] or c.S["growth"]
        g = r.choice(g)
        qa, qb, R, dd, up = gen_growth(c, g, over100=True, d=d)
        ps = pct_str(R, dd)
        line = "%s%s由%d年的%s%s增加到%d年的%s%s，增长%s。" % (c.org, g["m"], c.year - 1, qa.s(), g["unit"], c.year, qb.s(), g["unit"], ps)
        return [line], [mk_growth(qa, qb, ps, "增长", True), mk_neg("growth_over_100", [ps], "增长")], "growth over 100%, both values given"
    for _ in range(300):
        den_b = r.randint(100, 9999)  # 0.01亿 units
        num_w = int(den_b * 100 * r.uniform(*mr["prob"]))
        if num_w <= 0:
            continue
        fr = exact_pct(num_w, den_b * 100)
        if not is_tie(fr, d):
            break
    dq = Q(den_b, 2, "亿")
    nq = Q(num_w, 0, "万", c.pick_fmt())
    R = round_fr(fr, d)
    S, holds = maybe_wrong_rate(c, label, R, d)
    ps = pct_str(S, d)
    swap = r.random() < 0.5
    if swap:
        line = "%s%s%s%s元，%s%s元，%s%s。" % (c.when(), c.org, mr["den"], dq.s(), mr["num"], nq.s(), mr["rate"], ps)
    else:
        line = "%s%s%s%s元，占%s（%s元）的%s。" % (c.when(), c.org, mr["num"], nq.s(), mr["den"], dq.s(), ps)
    return [line], [mk_rate(nq, dq, ps, holds)], "rate with numerator in 万 and base in 亿" + ("" if holds else "; wrong rate")


def p_cn_pct(c, label):
    r = c.rng
    rs = r.choice([x for x in c.S["rates"] if x.get("dec", 0) == 0])
    u = rs["unit"]
    if label == "negative":
        n = r.randint(1, 9)
        ds = cn_int(n, liang=True) if n != 2 else "两"
        line = "%s%s%s较上年提高%s个百分点。" % (c.when(), c.org, rs["rate"], ds)
        return [line], [mk_neg("pp_no_base", [ds], "个百分点")], "个百分点 in Chinese numerals, no base"
    d = r.choice([0, 1])
    rs2 = dict(rs)
    rs2["lo"], rs2["hi"] = min(rs["lo"], 50), min(rs["hi"], 999)
    num, den, rate, d = gen_rate(c, rs2, d=d, fmt="cn")
    S, holds = maybe_wrong_rate(c, label, rate, d)
    ps = pct_str(S, d, "cn")
    line = "%s%s%s%s%s，%s%s%s，%s为%s。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], ps)
    return [line], [mk_rate(num, den, ps, holds)], "rate and counts in Chinese numerals" + ("" if holds else "; wrong rate")


def p_rate_pp(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    u = rs["unit"]
    num, den, rate, d = gen_rate(c, rs, d=r.choice([1, 2]))
    delta = Decimal(r.randint(3, 90)).scaleb(-1)
    while delta >= 1 and (rate - delta <= 0 and rate + delta >= 100):
        delta = (delta / 2).quantize(Decimal("0.1"))
    up = r.random() < 0.75
    if rate - delta <= 0:
        up = False
    elif rate + delta >= 100:
        up = True
    R1 = rate - delta if up else rate + delta
    dw = "提高" if up else "下降"
    if label == "negative":
        p2 = pct_str(rate, d)
        line = "%s%s%s%s%s，%s%s%s，%s%s，较上年%s%s个百分点。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], p2, dw, render(delta, 1))
        return [line], [mk_rate(num, den, p2, True), mk_neg("pp_no_base", [render(delta, 1)], "个百分点")], "rate checks; pp change without last year's rate"
    which = r.randrange(2) if label == "inconsistent" else -1
    S = rate if which != 0 else wrong_value(r, rate, d, lo=R1 if up else Decimal(0), hi=Decimal(100) if up else R1)
    D = abs(S - R1)
    if which == 1:
        D = wrong_value(r, D, d, lo=Decimal(0))
    p1, p2, ds = pct_str(R1, d), pct_str(S, d), render(D, d)
    line = "%s%s%s%s%s，%s%s%s，%s%s，较上年%s%s个百分点（上年为%s）。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], p2, dw, ds, p1)
    checks = [mk_rate(num, den, p2, which != 0), {"rel": "pp", "old": p1, "new": p2, "diff": ds, "dir": dw, "holds": which != 1}]
    return [line], checks, "rate with base plus pp against last year" + ("" if which < 0 else "; %s wrong" % ("rate" if which == 0 else "pp"))


def p_fullwidth(c, label):
    r = c.rng
    rs = r.choice(c.S["rates"])
    u = rs["unit"]
    fmt = r.choice(["fw", "fwsep", "comma", "fwcomma", "space"])
    rs2 = dict(rs)
    if fmt != "fw" and rs["hi"] > 2000:
        rs2["lo"] = max(rs["lo"], 1500)
    num, den, rate, d = gen_rate(c, rs2, fmt=fmt)
    if label == "negative":
        pm = Decimal(r.randint(1, 90)).scaleb(-1)
        lit = render(pm, 1, "fw" if "fw" in fmt else "plain") + "‰"
        line = "%s%s%s%s%s，%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, PERMILLE[c.key], lit)
        return [line], [mk_neg("permille", [lit], PERMILLE[c.key])], "full-width / grouped numbers with a permille figure"
    if label == "inconsistent" and r.random() < 0.3:
        lit = malformed(c, rate, d)
        line = "%s%s%s%s%s，%s%s%s，%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], lit)
        return [line], [{"rel": "malformed_pct", "literal": lit, "holds": False}], "malformed percentage literal %r" % lit
    S, holds = maybe_wrong_rate(c, label, rate, d)
    ps = pct_str(S, d, "fw" if "fw" in fmt else "plain")
    line = "%s%s%s%s%s，%s%s%s，%s%s。" % (c.when(), c.org, rs["den"], den.s(), u, rs["num"], num.s(), u, rs["rate"], ps)
    return [line], [mk_rate(num, den, ps, holds)], "numbers written %s" % fmt + ("" if holds else "; wrong rate")


def p_growth_table(c, label):
    r = c.rng
    sep = r.choice(SEPS)
    gs = [g for g in c.S["growth"]]
    r.shuffle(gs)
    k = r.randint(2, len(gs))
    gs = gs[:k]
    y = c.year
    d = r.choice([1, 1, 2])
    rows, checks = [], []
    bad = r.randrange(k) if label == "inconsistent" else -1
    over = r.randrange(k) if label == "negative" else -1
    for i, g in enumerate(gs):
        qa, qb, R, dd, up = gen_growth(c, g, d=d, fmt="plain", over100=(i == over))
        S = R if i != bad else wrong_value(r, R, dd, lo=Decimal(0))
        dw = "增长" if up else "下降"
        shown = pct_str(S, dd)
        rows.append(sep.join([g["m"], g["unit"], qa.s(), qb.s(), (shown if up else "-" + shown)]))
        checks.append({"rel": "growth", "old": qa.s(), "new": qb.s(), "rate": shown, "dir": dw, "holds": i != bad})
        if i == over:
            checks.append(mk_neg("growth_over_100", [shown], "增长"))
    hdr = sep.join(["指标", "单位", "%d年" % (y - 1), "%d年" % y, "增长（%）"])
    lines = ["%s主要指标对比表" % c.org, hdr] + rows
    lines.append("注：增长栏负数表示下降。")
    return lines, checks, "growth column in a two-year table" + ("" if bad < 0 else "; row %d wrong" % (bad + 1)) + ("" if over < 0 else "; growth over 100%% in row %d" % (over + 1))


PCTS = [
    ("rate_after", p_rate_after), ("rate_before", p_rate_before), ("rate_bracket", p_rate_bracket), ("two_rates", p_two_rates),
    ("pass_fail", p_pass_fail), ("target_completion", p_target), ("growth_values", p_growth), ("tongqi", p_tongqi),
    ("pp_both", p_pp), ("pp_from_to", p_pp_from_to), ("shares_100", p_shares), ("table_share", p_table_share),
    ("per_capita", p_per), ("pct_literals", p_literals), ("wan_yi_rates", p_wan_rates), ("cn_pct", p_cn_pct),
    ("rate_and_pp", p_rate_pp), ("fullwidth_rates", p_fullwidth), ("growth_table", p_growth_table),
]


# =====================================================================================
# Part 7. Driver
# =====================================================================================
FAMILIES = [("totals", TOTALS), ("pct", PCTS)]


def style_list():
    out = []
    for fam, cons in FAMILIES:
        for name, fn in cons:
            for src in SRC_KEYS:
                out.append(("%s_%s_%s" % (fam, name, src), fam, src, fn))
    return out


def build_record(rng, src, fn, label):
    last = None
    for attempt in range(40):
        c = Ctx(rng, src)
        try:
            stmt, checks, note = fn(c, label)
        except (RuntimeError, ValueError, IndexError, RecursionError) as e:
            last = e
            continue
        room = 8 - len(stmt)
        nb = min(room, rng.choice([0, 0, 1, 1, 2]))
        na = min(room - nb, rng.choice([0, 0, 1, 1, 2]))
        ctx = c.context_lines(nb + na)
        lines = ctx[:nb] + stmt + ctx[nb:]
        if len(set(lines)) != len(lines):
            continue
        return "\n".join(lines), checks, note
    raise RuntimeError("cannot build %s %s: %s" % (fn.__name__, label, last))


def generate(seed):
    recs = []
    for si, (style, fam, src, fn) in enumerate(style_list()):
        rng = random.Random("numbers38|%d|%s" % (seed, style))
        n = rng.randint(15, 17)
        n_neg = int(n * 0.2 + rng.random())
        rest = n - n_neg
        n_con = rest // 2 + (rest % 2 if si % 2 == 0 else 0)
        labels = ["consistent"] * n_con + ["inconsistent"] * (rest - n_con) + ["negative"] * n_neg
        rng.shuffle(labels)
        seen = set()
        for j, label in enumerate(labels):
            for _ in range(20):
                text, checks, note = build_record(rng, src, fn, label)
                if text not in seen:
                    break
            seen.add(text)
            recs.append({"id": "n38-s%d-%s-%02d" % (seed, style, j + 1), "family": fam, "style": style, "label": label,
                         "text": text, "note": note.replace("\n", " "), "checks": checks})
    return recs


# =====================================================================================
# Part 8. Verify
# =====================================================================================
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def verify_file(path):
    errors = []
    per_style = defaultdict(Counter)
    fam_lab = defaultdict(Counter)
    ids = set()
    texts = set()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            n += 1
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append("%s:%d: bad JSON (%s)" % (path, ln, e))
                continue
            where = "%s:%d %s" % (path, ln, rec.get("id"))
            for k in ("id", "family", "style", "label", "text", "note", "checks"):
                if k not in rec:
                    errors.append("%s: missing %s" % (where, k))
            if errors and errors[-1].startswith(where):
                continue
            if rec["id"] in ids:
                errors.append("%s: duplicate id" % where)
            ids.add(rec["id"])
            if rec["text"] in texts:
                errors.append("%s: duplicate text" % where)
            texts.add(rec["text"])
            if rec["family"] not in ("totals", "pct"):
                errors.append("%s: bad family" % where)
            if not SNAKE.match(rec["style"]):
                errors.append("%s: style not snake_case" % where)
            if rec["label"] not in ("consistent", "inconsistent", "negative"):
                errors.append("%s: bad label" % where)
            nl = len(rec["text"].split("\n"))
            if not 1 <= nl <= 8:
                errors.append("%s: %d lines" % (where, nl))
            if "\n" in rec["note"] or not rec["note"]:
                errors.append("%s: note must be one non-empty line" % where)
            try:
                lab, fails = v_label(rec)
                if lab != rec["label"]:
                    errors.append("%s: label %s but checks give %s (%s)" % (where, rec["label"], lab, "; ".join(fails)))
            except (ParseError, KeyError, TypeError, IndexError, ValueError, ArithmeticError) as e:
                errors.append("%s: %s: %s" % (where, type(e).__name__, e))
            per_style[rec["style"]][rec["label"]] += 1
            fam_lab[rec["family"]][rec["label"]] += 1
    for st, cnt in per_style.items():
        tot = sum(cnt.values())
        if not 15 <= tot <= 20:
            errors.append("%s: style %s has %d records" % (path, st, tot))
    return n, errors, per_style, fam_lab


def style_table(path):
    rows = defaultdict(lambda: {"fam": "", "c": Counter(), "ex": None})
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            row = rows[rec["style"]]
            row["fam"] = rec["family"]
            row["c"][rec["label"]] += 1
            if row["ex"] is None and "\n" not in rec["text"] and len(rec["text"]) < 140:
                row["ex"] = "%s: %s" % (rec["label"][:3], rec["text"])
            elif row["ex"] is None and rec is not None:
                pass
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            if rows[rec["style"]]["ex"] is None:
                rows[rec["style"]]["ex"] = "%s: %s" % (rec["label"][:3], rec["text"].replace("\n", " ⏎ ")[:160])
    out = ["| style | family | cons | incons | neg | example |", "|---|---|---|---|---|---|"]
    for st in sorted(rows, key=lambda s: (rows[s]["fam"] != "totals", s)):
        row = rows[st]
        ex = row["ex"].replace("|", "\\|").replace("\t", " ")
        out.append("| %s | %s | %d | %d | %d | %s |" % (st, row["fam"], row["c"]["consistent"], row["c"]["inconsistent"], row["c"]["negative"], ex))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", metavar="FILE", help="print the markdown style table of a file")
    a = ap.parse_args(argv)
    if a.table:
        print(style_table(a.table))
        return 0
    if a.verify:
        bad = False
        for path in a.verify:
            n, errors, per_style, fam_lab = verify_file(path)
            print("%s: %d records, %d styles" % (path, n, len(per_style)))
            for fam in sorted(fam_lab):
                cnt = fam_lab[fam]
                tot = sum(cnt.values())
                print("  %-6s %4d  consistent %4d (%.1f%%)  inconsistent %4d (%.1f%%)  negative %4d (%.1f%%)  styles %d" % (
                    fam, tot, cnt["consistent"], 100.0 * cnt["consistent"] / tot, cnt["inconsistent"], 100.0 * cnt["inconsistent"] / tot,
                    cnt["negative"], 100.0 * cnt["negative"] / tot, sum(1 for s in per_style if s.startswith(fam + "_"))))
            for e in errors[:50]:
                print("  ERROR " + e)
            if errors:
                print("  %d errors" % len(errors))
                bad = True
            else:
                print("  OK: every check recomputed and every label derived agrees")
        return 1 if bad else 0
    if a.seed is None or not a.out:
        ap.error("need --seed and --out, or --verify FILES")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
