#!/usr/bin/env python3
"""numbers34_gen.py -- held-out test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes and parts, differences, balances, changes, counts of listed items, averages)
and `pct` (rates against their own numbers, shares of one whole, changes in % and in 个百分点,
malformed percentages).

    python3 numbers34_gen.py --seed 11 --out numbers34_seed11.jsonl
    python3 numbers34_gen.py --verify numbers34_seed11.jsonl numbers34_seed12.jsonl
    python3 numbers34_gen.py --style-table [--seed 11]

Standard library only; deterministic per seed (no hash-order dependence).
Every record carries `checks`: the numbers exactly as written in the text (`s`, with a unit `u` used
only for scaling 万/亿), and the relation between them.  --verify re-parses these strings, checks that
each occurs in the text, recomputes every relation, derives the label and compares it with `label`;
it also checks that every Arabic digit of the text belongs to some recorded number and that every
percent sign is well formed unless it is the one recorded malformed percentage.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN

getcontext().prec = 60

# ----------------------------------------------------------------------------------------------
# number writing and reading
# ----------------------------------------------------------------------------------------------
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")
UNFW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
CN_DIG = "零一二三四五六七八九"
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"


def cn4(n, liang=False):
    """Chinese numeral for 0 < n < 10000 (no leading 一十)."""
    units = ["千", "百", "十", ""]
    digs = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    out, zero = "", False
    started = False
    for d, u in zip(digs, units):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        ch = CN_DIG[d]
        if liang and d == 2 and u in ("千", "百") and not started:
            ch = "两"
        out += ch + u
        started = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def to_cn(n, liang=False):
    assert 0 < n < 10 ** 8
    hi, lo = divmod(n, 10000)
    if hi == 0:
        return cn4(lo, liang)
    s = cn4(hi, liang) + "万"
    if lo:
        c = cn4(lo)
        if lo < 1000:
            s += "零"
            if lo >= 10 and c.startswith("十"):
                c = "一" + c
        s += c
    return s


def parse_cn(s):
    digits = {c: i for i, c in enumerate(CN_DIG)}
    digits["两"] = 2
    digits["〇"] = 0
    small = {"十": 10, "百": 100, "千": 1000}
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in digits:
            num = digits[ch]
        elif ch in small:
            if num == 0:
                num = 1
            section += num * small[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == "亿":
            total = (total + section + num) * 10 ** 8
            section, num = 0, 0
        else:
            raise ValueError("bad chinese numeral %r" % s)
    return Decimal(total + section + num)


def parse_num(s):
    """Value of a number string as written in the text (digits, full-width, separators, 万/亿, 百分之)."""
    t = s.strip()
    if t.startswith("百分之"):
        t = t[3:]
    t = t.translate(UNFW)
    mult = Decimal(1)
    if t.endswith("万") and re.search(r"[0-9]", t):
        mult, t = Decimal(10000), t[:-1]
    elif t.endswith("亿") and re.search(r"[0-9]", t):
        mult, t = Decimal(10 ** 8), t[:-1]
    t2 = re.sub(r"(?<=[0-9])[,\u0020\u2009\u00a0](?=[0-9]{3})", "", t)
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?", t2):
        return Decimal(t2) * mult
    if "点" in t:
        a, b = t.split("点")
        frac = "".join(str("零一二三四五六七八九".index(c)) for c in b)
        return (parse_cn(a) + Decimal("0." + frac)) * mult
    return parse_cn(t) * mult


def decimals_of(s):
    t = s.translate(UNFW)
    if t.startswith("百分之"):
        t = t[3:]
        if "点" in t:
            return len(t.split("点")[1])
        return 0
    t = re.sub(r"[万亿]$", "", t)
    m = re.search(r"\.([0-9]+)$", t)
    return len(m.group(1)) if m else 0


UNIT_SCALE = [("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4)]


def scale_of(u):
    for p, v in UNIT_SCALE:
        if u and u.startswith(p):
            return v
    return Decimal(1)


def value(v):
    return parse_num(v["s"]) * scale_of(v.get("u", ""))


def fmt_int(n, mode):
    if mode == "f":
        return str(n).translate(FW)
    if mode == "c":
        return "{:,}".format(n)
    if mode == "C":
        return "{:,}".format(n).replace(",", "，")
    if mode == "s":
        return "{:,}".format(n).replace(",", " ")
    if mode in ("k", "K"):
        return to_cn(n, liang=(mode == "K"))
    return str(n)


def fmt_dec(n, d, mode="a"):
    """n is an integer count of 10^-d units."""
    if d == 0:
        return fmt_int(n, mode if mode in "afcCs" else "a")
    ip, fp = divmod(n, 10 ** d)
    ips = fmt_int(ip, mode if mode in "afcCs" else "a")
    fps = str(fp).rjust(d, "0")
    if mode == "f":
        return ips + "．" + fps.translate(FW)
    return ips + "." + fps


def q(x, d):
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------------------
# relation evaluation (shared by generator and verifier)
# ----------------------------------------------------------------------------------------------
OK, BAD, NEUTRAL, AMBIG = "ok", "bad", "neutral", "ambiguous"
MALFORMED_PCT = [
    r"[xX×Ｘｘ]+(\.[xX×]+)?[%％]", r"[0-9０-９.．]+[ \u3000\u00a0][%％]", r"^[%％][0-9０-９]",
    r"[%％][%％]", r"[0-9]+\.\.[0-9]+[%％]", r"[0-9]+,[0-9]{1,2}[%％]", r"[0-9]+。[0-9]+[%％]",
    r"[0-9．.]+[%％][0-9]", r"百分之[0-9]", r"[0-9]+[%％]\.[0-9]",
]


def signed_sum(terms):
    tot = Decimal(0)
    for sg, v in terms:
        tot += value(v) if sg == "+" else -value(v)
    return tot


def eval_check(c, text):
    rel = c["rel"]
    if rel == "sum":
        return (OK if sum(value(p) for p in c["parts"]) == value(c["total"]) else BAD), \
            "%s vs %s" % (sum(value(p) for p in c["parts"]), value(c["total"]))
    if rel == "lin":
        lhs, rhs = signed_sum(c["terms"]), value(c["result"])
        return (OK if lhs == rhs else BAD), "%s vs %s" % (lhs, rhs)
    if rel in ("quot", "prod"):
        if rel == "quot":
            den = signed_sum(c["den"])
            true = signed_sum(c["num"]) / den * Decimal(c.get("k", "1"))
        else:
            true = value(c["a"]) * value(c["b"])
        res = value(c["result"])
        d = decimals_of(c["result"]["s"]) + (0 if rel == "quot" else 0)
        unit = scale_of(c["result"].get("u", ""))
        true_u = true / unit
        res_u = res / unit
        step = Decimal(1).scaleb(-d)
        mode = c.get("mode", "round")
        if mode == "round":
            if q(true_u, d) == res_u:
                return OK, "true %s -> %s" % (true_u, q(true_u, d))
            if abs(true_u - res_u) >= 2 * step:
                return BAD, "true %s, stated %s" % (true_u, res_u)
            return AMBIG, "true %s, stated %s" % (true_u, res_u)
        if mode == "ge":      # stated as a floor: 以上 / 超过 / 逾
            if res_u <= true_u and true_u - res_u < 1 + 0 * step:
                return OK, "floor %s <= %s" % (res_u, true_u)
            if res_u >= true_u + 2 * step:
                return BAD, "floor %s > %s" % (res_u, true_u)
            return AMBIG, "floor %s vs %s" % (res_u, true_u)
        if mode == "about":   # 约: within one unit of the last decimal
            if abs(res_u - true_u) <= step:
                return OK, "about %s ~ %s" % (res_u, true_u)
            if abs(res_u - true_u) >= 3 * step:
                return BAD, "about %s vs %s" % (res_u, true_u)
            return AMBIG, "about %s vs %s" % (res_u, true_u)
        raise ValueError(mode)
    if rel in ("shares_le_100", "shares_eq_100"):
        vals = [value(p) for p in c["parts"]]
        d = max(decimals_of(p["s"]) for p in c["parts"])
        tol = Decimal(len(vals)) * Decimal("0.5") * Decimal(1).scaleb(-d)
        s = sum(vals)
        if rel == "shares_le_100":
            return (OK if s <= 100 + tol else BAD), "sum %s%%" % s
        if abs(s - 100) <= tol:
            return OK, "sum %s%%" % s
        return (BAD if abs(s - 100) > tol + Decimal(1).scaleb(-d) else AMBIG), "sum %s%%" % s
    if rel == "count":
        for m in c["items"]:
            if m not in text:
                return AMBIG, "item marker %r missing" % m
        n = value(c["count"])
        return (OK if n == len(c["items"]) else BAD), "%s items vs %s" % (len(c["items"]), n)
    if rel == "pct_format":
        s = c["s"]
        if any(re.search(p, s) for p in MALFORMED_PCT):
            return BAD, "malformed %r" % s
        return AMBIG, "not malformed %r" % s
    if rel in ("lookalike", "free"):
        for m in c.get("markers", []):
            if m not in text:
                return AMBIG, "marker %r missing" % m
        return NEUTRAL, rel
    raise ValueError(rel)


def check_values(c):
    out = []
    for k, v in c.items():
        if isinstance(v, dict) and "s" in v:
            out.append(v)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, dict) and "s" in x:
                    out.append(x)
                elif isinstance(x, list) and len(x) == 2 and isinstance(x[1], dict):
                    out.append(x[1])
    if c["rel"] in ("lookalike", "free"):
        out += [{"s": s} for s in c.get("s", [])]
    if c["rel"] == "pct_format":
        out.append({"s": c["s"]})
    return out


DIG = "0-9０-９"


def num_regex(raw):
    if re.fullmatch("[%s]+" % CN_CHARS, raw):
        return "(?<![%s])%s(?![%s])" % (CN_CHARS, re.escape(raw), CN_CHARS)
    pre = "(?<![%s])(?<![%s][.．,，])(?<![0-9] )" % (DIG, DIG) if raw[:1] in "0123456789０１２３４５６７８９" else ""
    post = "(?![%s])(?![.．][%s])(?![,，][%s]{3})" % (DIG, DIG, DIG) if raw[-1:] in "0123456789０１２３４５６７８９" else ""
    return pre + re.escape(raw) + post


def label_from(statuses):
    nb = statuses.count(BAD)
    nl = statuses.count("lookalike")
    nok = statuses.count(OK)
    if AMBIG in statuses:
        return None
    if nb == 1:
        return "inconsistent"
    if nb > 1:
        return None
    if nl and not nok:
        return "negative"
    if nok and not nl:
        return "consistent"
    return None


def audit_record(r):
    """Return list of problems (empty if fine)."""
    probs = []
    text = r.get("text", "")
    for k in ("id", "family", "style", "label", "text", "note", "checks"):
        if k not in r:
            probs.append("missing " + k)
    if probs:
        return probs
    if r["family"] not in ("totals", "pct"):
        probs.append("family")
    if r["label"] not in ("consistent", "inconsistent", "negative"):
        probs.append("label value")
    if not re.fullmatch(r"n34-(totals|pct)-\d{6}", r["id"]) or r["id"].split("-")[1] != r["family"]:
        probs.append("id format")
    if not re.fullmatch(r"[a-z0-9_]+", r["style"]):
        probs.append("style name")
    nl = text.count("\n") + 1
    if not 1 <= nl <= 8:
        probs.append("text has %d lines" % nl)
    if "\n" in r["note"] or not r["note"].strip():
        probs.append("note not one line")
    statuses = []
    raws = []
    for c in r["checks"]:
        try:
            st, why = eval_check(c, text)
        except Exception as e:  # noqa
            probs.append("check error %s: %r" % (c.get("rel"), e))
            continue
        if st == NEUTRAL and c["rel"] == "lookalike":
            st = "lookalike"
        statuses.append(st)
        if st == AMBIG:
            probs.append("ambiguous check %s: %s" % (c["rel"], why))
        for v in check_values(c):
            raws.append(v["s"])
            if not re.search(num_regex(v["s"]), text):
                probs.append("number %r not in text" % v["s"])
    lab = label_from(statuses)
    if lab != r["label"]:
        probs.append("label %s but checks give %s (%s)" % (r["label"], lab, statuses))
    # coverage: every Arabic digit belongs to a recorded number
    blank = text
    for raw in sorted(set(raws), key=len, reverse=True):
        blank = re.sub(num_regex(raw), "#", blank)
    left = re.findall("[%s]+" % DIG, blank)
    if left:
        probs.append("unaccounted digits %s" % left[:5])
    # percent signs well formed unless the recorded malformed one
    t2 = text
    for c in r["checks"]:
        if c["rel"] == "pct_format":
            t2 = t2.replace(c["s"], "#")
    for m in re.finditer("[%％]", t2):
        i = m.start()
        before = t2[i - 1] if i else ""
        after = t2[i + 1] if i + 1 < len(t2) else ""
        if not re.match("[%s]" % DIG, before) or after in "%％" and after:
            probs.append("stray percent sign at %d" % i)
    if re.search(r"[0-9０-９][ \u3000][%％]|百分之[0-9]", t2):
        probs.append("unrecorded malformed percent")
    return probs


def verify_files(paths):
    bad = 0
    total = 0
    for p in paths:
        ids = set()
        styles = {}
        counts = {}
        with open(p, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                total += 1
                try:
                    r = json.loads(line)
                except Exception as e:  # noqa
                    print("%s:%d bad json %s" % (p, ln, e))
                    bad += 1
                    continue
                probs = audit_record(r)
                if r.get("id") in ids:
                    probs.append("duplicate id")
                ids.add(r.get("id"))
                if probs:
                    bad += 1
                    print("%s:%d %s %s: %s" % (p, ln, r.get("id"), r.get("style"), "; ".join(probs)))
                styles.setdefault(r.get("style"), 0)
                styles[r["style"]] += 1
                key = (r.get("family"), r.get("label"))
                counts[key] = counts.get(key, 0) + 1
        print("%s: %d records, %d styles; %s" % (
            p, len(ids), len(styles), ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    print("verified %d records, %d with problems" % (total, bad))
    return bad == 0


# ----------------------------------------------------------------------------------------------
# generation helpers
# ----------------------------------------------------------------------------------------------
SYL1 = list("岚禾栖澄沅朔芷蔚楠璟沐皋渚岑霁棠泽铭峪苇槐枫檀溪")
SYL2 = list("川桥坪湾塘岭坝源浦屿冈陵阳埠亭台")


def place(rng, kind=None):
    kind = kind or rng.choice(["县", "区", "市", "县", "区"])
    return rng.choice(SYL1) + rng.choice(SYL2) + kind


def town(rng):
    return rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(["镇", "街道", "乡"])


def village(rng):
    return rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(["村", "社区"])


def company(rng):
    return rng.choice(SYL1) + rng.choice(SYL1) + rng.choice(["建材", "食品", "电子", "物流", "纺织", "新能源", "精密机械"]) + "有限公司"


INTROS = [
    "现将有关情况报告如下：", "现将主要工作情况汇报如下。", "一年来，在上级部门的正确领导下，各项工作稳步推进。",
    "围绕年度目标任务，我们狠抓落实，取得了阶段性成效。", "全年工作总体平稳有序，主要指标运行良好。",
    "坚持问题导向，聚焦群众急难愁盼，扎实推进各项工作。", "按照年初部署，各项重点任务有序推进。",
    "主要做法和成效如下：", "具体情况如下。", "一、主要工作完成情况",
]
OUTROS = [
    "下一步，我们将进一步压实责任，持续巩固工作成效。", "同时也要看到，工作中仍存在一些短板和不足。",
    "以上数据为快报数，最终以统计部门公布数据为准。", "各项工作得到群众普遍认可。",
    "存在的问题主要是基层力量相对薄弱，信息化水平有待提高。", "下阶段将聚焦薄弱环节，补齐短板。",
    "相关台账已按要求归档备查。", "有关情况将适时向社会公开。",
]
CTX_FREE = [  # (template, kind) single numbers that are not part of any relation
    ("召开专题推进会{n}次", "meeting count"), ("开展督导检查{n}轮", "round count"),
    ("印发工作方案{n}个", "document count"), ("组建工作专班{n}个", "team count"),
]


class Rec:
    def __init__(self, rng, family):
        self.rng = rng
        self.family = family
        self.lines = []
        self.checks = []
        self.free = []
        self.hint = ""
        self.mode = "a"
        self.pc = "%"

    # numbers ---------------------------------------------------------------
    def N(self, n, u="", mode=None):
        return {"s": fmt_int(n, mode or self.mode), "u": u}

    def D(self, n, d, u="", mode=None):
        m = mode or self.mode
        if m not in "afcCs":
            m = "a"
        return {"s": fmt_dec(n, d, m), "u": u}

    def P(self, x, d, mode=None):
        """percent value x (Decimal), written with d decimals"""
        m = mode or self.mode
        n = int(q(Decimal(x), d) * (10 ** d))
        return {"s": fmt_dec(n, d, "f" if m == "f" else "a"), "u": "%"}

    def pct(self, v):
        return v["s"] + self.pc

    def fnum(self, n, why="standalone count"):
        raw = fmt_int(n, "f" if self.mode == "f" else "a")
        self.free.append(raw)
        return raw

    def year(self):
        if not hasattr(self, "yv"):
            self.yv = self.rng.choice([2021, 2022, 2023, 2024])
        return self.fnum(self.yv, "year")

    # context -----------------------------------------------------------------
    def header(self, org, topic):
        rng = self.rng
        p = place(rng)
        y = self.year()
        forms = [
            "%s%s%s年%s工作总结" % (p, org, y, topic), "%s%s关于%s年%s工作情况的报告" % (p, org, y, topic),
            "%s年%s%s情况通报" % (y, p, topic), "%s%s%s年工作报告（摘要）" % (p, org, y),
            "%s%s年%s统计公报（节选）" % (p, y, topic), "关于%s%s年%s工作的汇报" % (p, y, topic),
        ]
        self.lines.append(rng.choice(forms))

    def intro(self):
        self.lines.append(self.rng.choice(INTROS))

    def outro(self):
        self.lines.append(self.rng.choice(OUTROS))

    def ctx_count(self):
        t, why = self.rng.choice(CTX_FREE)
        return t.format(n=self.fnum(self.rng.randint(2, 12), why))

    def wrap(self, body, org, topic, header_p=0.6, intro_p=0.5, outro_p=0.5):
        rng = self.rng
        body = body if isinstance(body, list) else [body]
        room = 8 - len(body) - len(self.lines)
        if rng.random() < header_p and room > 0:
            self.header(org, topic)
            room -= 1
        if rng.random() < intro_p and room > 0:
            self.intro()
            room -= 1
        self.lines.extend(body)
        if rng.random() < outro_p and room > 0:
            self.outro()

    def add(self, c):
        self.checks.append(c)
        return c


def C_sum(total, parts, what=""):
    return {"rel": "sum", "what": what, "total": total, "parts": parts}


def C_lin(terms, result, what=""):
    return {"rel": "lin", "what": what, "terms": terms, "result": result}


def C_quot(num, den, result, k="100", mode="round", what=""):
    return {"rel": "quot", "what": what, "num": num, "den": den, "k": k, "result": result, "mode": mode}


def C_prod(a, b, result, what=""):
    return {"rel": "prod", "what": what, "a": a, "b": b, "result": result}


def C_look(kind, markers, raws, why):
    return {"rel": "lookalike", "kind": kind, "markers": markers, "s": raws, "why": why}


def bump_int(rng, x, lo=1):
    """a wrong value for x: a realistic slip, never equal, >= lo"""
    for _ in range(100):
        r = rng.random()
        if r < 0.35:
            y = x + rng.choice([-1, 1]) * rng.randint(1, max(2, min(9, x // 10 + 1)))
        elif r < 0.6:
            y = x + rng.choice([-1, 1]) * 10 ** rng.randint(1, max(1, len(str(x)) - 1))
        elif r < 0.8:
            s = list(str(x))
            if len(s) >= 2:
                i = rng.randrange(len(s) - 1)
                s[i], s[i + 1] = s[i + 1], s[i]
            y = int("".join(s))
        else:
            y = x + rng.choice([-1, 1]) * max(1, int(x * rng.uniform(0.03, 0.2)))
        if y != x and y >= lo:
            return y
    return x + 1


def bump_pct(rng, true, d, hi=100):
    """a stated percentage clearly off the true value (>= 0.3 pt and >= 3 last-decimal units)"""
    step = Decimal(1).scaleb(-d)
    for _ in range(200):
        r = rng.random()
        if r < 0.4:
            delta = Decimal(str(round(rng.uniform(0.3, 4.0), d)))
            y = q(true, d) + rng.choice([-1, 1]) * delta
        elif r < 0.7:
            s = list(str(q(true, d)))
            idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
            if not idx:
                continue
            i = rng.choice(idx)
            s[i], s[i + 1] = s[i + 1], s[i]
            y = Decimal("".join(s))
        else:
            y = q(true * Decimal(str(rng.choice([0.9, 0.93, 0.95, 1.04, 1.06, 1.1]))), d)
        y = q(y, d)
        if y > 0 and y <= hi and abs(y - true) >= max(Decimal("0.3"), 3 * step):
            return y
    return q(true, d) + (1 if true < 50 else -1)


def parts_from(rng, k, lo, hi):
    return [rng.randint(lo, hi) for _ in range(k)]


def joinv(vals, sep="、"):
    return sep.join(vals)


def describe(c, st):
    rel = c["rel"]
    S = lambda v: v["s"] + ("" if v.get("u", "") in ("", "%") else "")
    if rel == "sum":
        tot = sum(value(p) for p in c["parts"]) / scale_of(c["total"].get("u", ""))
        return "%s: %s = %s vs stated %s (%s)" % (c.get("what") or "sum", "+".join(S(p) for p in c["parts"]),
                                               plain(tot), S(c["total"]), st)
    if rel == "lin":
        return "%s: %s = %s stated (%s)" % (c.get("what") or "difference", "".join(
            ("" if i == 0 and sg == "+" else sg) + S(v) for i, (sg, v) in enumerate(c["terms"])), S(c["result"]), st)
    if rel == "quot":
        num = "".join(("" if i == 0 and sg == "+" else sg) + S(v) for i, (sg, v) in enumerate(c["num"]))
        den = "".join(("" if i == 0 and sg == "+" else sg) + S(v) for i, (sg, v) in enumerate(c["den"]))
        true = signed_sum(c["num"]) / signed_sum(c["den"]) * Decimal(c["k"]) / scale_of(c["result"].get("u", ""))
        return "%s: (%s)/(%s)x%s = %s, stated %s%s (%s)" % (
            c.get("what") or "rate", num, den, c["k"], str(q(true, decimals_of(c["result"]["s"]) + 2)),
            S(c["result"]), {"round": "", "ge": " as a floor (以上/超过)", "about": " as 约 (within one last unit)"}[c["mode"]], st)
    if rel == "prod":
        return "%s: %s x %s vs stated %s (%s)" % (c.get("what") or "product", S(c["a"]), S(c["b"]), S(c["result"]), st)
    if rel in ("shares_le_100", "shares_eq_100"):
        return "%s: %s sum to %s%% (%s)" % ("shares of one whole, <=100%" if rel == "shares_le_100" else "exhaustive shares, =100%",
                                           "+".join(S(p) for p in c["parts"]), sum(value(p) for p in c["parts"]).normalize(), st)
    if rel == "count":
        return "count %s vs %d listed items (%s)" % (S(c["count"]), len(c["items"]), st)
    if rel == "pct_format":
        return "malformed percentage %r (bad whatever the arithmetic)" % c["s"]
    if rel == "lookalike":
        return "look-alike (%s): %s" % (c["kind"], c["why"])
    return ""


def plain(x):
    s = format(x.normalize(), "f")
    return s


def make_note(rec, statuses, label):
    parts = [describe(c, st) for c, st in zip(rec.checks, statuses) if c["rel"] != "free"]
    head = {"consistent": "CONSISTENT: all relations hold", "inconsistent": "INCONSISTENT: exactly one relation is wrong",
            "negative": "NEGATIVE: no checkable relation"}[label]
    s = head + " | " + " ; ".join(parts)
    if rec.hint:
        s += " | " + rec.hint
    return s.replace("\n", " ")


# ----------------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------------
STYLES = []   # (name, family, kind, fn)  kind: "check" (consistent/inconsistent) or "neg"


def style(name, family, kind="check"):
    def deco(fn):
        STYLES.append((name, family, kind, fn))
        return fn
    return deco


# domain bank for wholes and exhaustive parts.  dec: decimals of the numbers; lo/hi: part range in
# units of 10^-dec; cats: an exhaustive breakdown (ends with 其他 where needed)
SUMD = {
    "env": dict(org="生态环境局", topic="环境执法", whole="查处环境违法案件", u="起", cats=["水污染", "大气污染", "噪声污染", "固体废物污染", "其他类型"], lo=2, hi=40),
    "court": dict(org="人民法院", topic="审判执行", whole="受理各类案件", u="件", cats=["刑事案件", "民事案件", "行政案件", "执行案件"], lo=60, hi=4000),
    "proc": dict(org="人民检察院", topic="检察", whole="受理审查起诉案件", u="件", cats=["危害公共安全类", "侵犯财产类", "妨害社会管理秩序类", "其他类"], lo=10, hi=400),
    "petition": dict(org="信访局", topic="信访", whole="受理群众信访事项", u="件", cats=["来信", "来访", "网上信访", "热线转办"], lo=20, hi=900),
    "train": dict(org="人力资源和社会保障局", topic="职业技能培训", whole="开展各类职业技能培训", u="人次", cats=["就业技能培训", "岗位技能提升培训", "创业培训"], lo=200, hi=9000),
    "jobs": dict(org="人力资源和社会保障局", topic="就业", whole="城镇新增就业", u="人", cats=["高校毕业生", "农村转移劳动力", "退役军人", "其他城镇劳动者"], lo=300, hi=9000),
    "relief": dict(org="民政局", topic="临时救助", whole="实施临时救助", u="人次", cats=["因病", "因灾", "因意外事故", "其他原因"], lo=20, hi=900),
    "tekun": dict(org="民政局", topic="社会救助", whole="特困供养人员", u="人", cats=["集中供养", "分散供养"], lo=80, hi=3000),
    "elderly": dict(org="民政局", topic="养老服务", whole="养老床位", u="张", cats=["公办养老机构床位", "民办养老机构床位", "社区养老服务设施床位"], lo=100, hi=4000),
    "deposit": dict(org="金融工作办公室", topic="金融运行", whole="各项存款余额", u="亿元", dec=2, cats=["住户存款", "非金融企业存款", "机关团体存款", "其他存款"], lo=500, hi=90000),
    "loan": dict(org="金融工作办公室", topic="金融运行", whole="各项贷款余额", u="亿元", dec=2, cats=["短期贷款", "中长期贷款", "票据融资"], lo=500, hi=90000),
    "express": dict(org="邮政管理局", topic="邮政快递", whole="快递业务量", u="万件", dec=1, cats=["同城快递", "异地快递", "国际及港澳台快递"], lo=10, hi=90000),
    "hospital": dict(org="人民医院", topic="医疗服务", whole="总诊疗", u="人次", cats=["门诊", "急诊", "健康体检"], lo=3000, hi=400000),
    "school": dict(org="教育局", topic="教育事业", whole="在校学生", u="人", cats=["小学", "初中", "普通高中", "中职"], lo=800, hi=60000),
    "audit": dict(org="审计局", topic="审计监督", whole="查出主要问题金额", u="万元", dec=2, cats=["违规问题金额", "管理不规范金额", "损失浪费金额"], lo=100, hi=900000),
    "fiscal": dict(org="财政局", topic="预算执行", whole="一般公共预算收入", u="万元", cats=["税收收入", "非税收入"], lo=2000, hi=900000),
    "safety": dict(org="应急管理局", topic="安全生产", whole="排查整治安全隐患", u="处", cats=["一般隐患", "较大隐患", "重大隐患"], lo=3, hi=3000),
    "market": dict(org="市场监督管理局", topic="市场主体培育", whole="新增市场主体", u="户", cats=["企业", "个体工商户", "农民专业合作社"], lo=20, hi=9000),
    "villagefin": dict(org="农业农村局", topic="农村集体经济", whole="村集体经济收入", u="万元", dec=2, cats=["经营性收入", "发包及上交收入", "投资收益", "补助收入"], lo=500, hi=90000),
    "company": dict(org="", topic="经营", whole="实现营业收入", u="万元", cats=["主营业务收入", "其他业务收入"], lo=500, hi=900000),
    "pension_ins": dict(org="医疗保障局", topic="社会保险", whole="基本养老保险参保人数", u="万人", dec=2, cats=["城镇职工基本养老保险", "城乡居民基本养老保险"], lo=500, hi=90000),
    "medical_ins": dict(org="医疗保障局", topic="医疗保障", whole="基本医疗保险参保", u="人", cats=["职工基本医疗保险", "城乡居民基本医疗保险"], lo=5000, hi=900000),
    "broadband": dict(org="通信管理办公室", topic="信息通信", whole="固定宽带接入用户", u="万户", dec=1, cats=["城市宽带用户", "农村宽带用户"], lo=50, hi=9000),
    "landuse": dict(org="自然资源局", topic="土地供应", whole="供应国有建设用地", u="公顷", dec=2, cats=["工矿仓储用地", "住宅用地", "商服用地", "公共管理与公共服务用地"], lo=100, hi=50000),
    "waste": dict(org="城市管理局", topic="环境卫生", whole="清运生活垃圾", u="吨", cats=["城区", "乡镇", "农村"], lo=200, hi=90000),
    "grid": dict(org="社会治理中心", topic="网格化管理", whole="网格员上报事件", u="件", cats=["矛盾纠纷", "安全隐患", "环境卫生", "其他事项"], lo=10, hi=3000),
}
INT_DOMS = [k for k, v in SUMD.items() if not v.get("dec")]
DEC_DOMS = [k for k, v in SUMD.items() if v.get("dec")]


def org_of(rng, dk):
    o = SUMD[dk]["org"]
    return o or company(rng)


def pick_parts(rec, dk, kmin=2, kmax=4, scale_mul=1):
    rng = rec.rng
    D = SUMD[dk]
    cats = D["cats"]
    k = rng.randint(min(kmin, len(cats)), min(kmax, len(cats)))
    # keep the order, keep "其他" last if chosen
    idx = sorted(rng.sample(range(len(cats)), k))
    if k < len(cats) and any("其他" in cats[i] for i in idx):
        pass
    names = [cats[i] for i in idx]
    vals = [rng.randint(D["lo"], D["hi"]) * scale_mul for _ in names]
    return names, vals


def sum_values(rec, dk, vals, total, bad, mode=None):
    """format parts and total; if bad, alter one of them. returns (part vals, total val, changed)"""
    rng = rec.rng
    D = SUMD[dk]
    dec = D.get("dec", 0)
    which = None
    if bad:
        which = rng.randrange(len(vals) + 1)
        if which == len(vals):
            total = bump_int(rng, total)
        else:
            vals = list(vals)
            vals[which] = bump_int(rng, vals[which])
    mk = (lambda n: rec.D(n, dec, D["u"], mode)) if dec else (lambda n: rec.N(n, D["u"], mode))
    return [mk(v) for v in vals], mk(total), which


def make_sum_style(name, variant, modes, doms, kmin=2, kmax=4):
    @style(name, "totals")
    def fn(rec, bad):
        rng = rec.rng
        dk = rng.choice(doms)
        D = SUMD[dk]
        rec.mode = rng.choice(modes)
        if rec.mode in "kK" and D.get("dec"):
            rec.mode = "a"
        names, vals = pick_parts(rec, dk, kmin, kmax)
        if rec.mode in "kK":
            vals = [v % 300 + 2 for v in vals]
        if rec.mode in "cCs":
            vals = [v + 1000 * rng.randint(1, 30) if v < 1000 and not D.get("dec") else v for v in vals]
        total = sum(vals)
        P, T, which = sum_values(rec, dk, vals, total, bad)
        u = D["u"]
        w = D["whole"]
        s = lambda v: v["s"]
        body = VARIANTS[variant](rng, w, u, names, P, T)
        rec.add(C_sum(T, P, "parts of " + w))
        rec.wrap(body, org_of(rng, dk), D["topic"])
    return fn


NOUN_WHOLES = {"特困供养人员", "养老床位", "各项存款余额", "各项贷款余额", "快递业务量", "总诊疗", "在校学生", "查出主要问题金额",
               "一般公共预算收入", "村集体经济收入", "基本养老保险参保人数", "固定宽带接入用户"}


def totp(rng, w, lead=""):
    """'共查处…' for verb phrases, '…为/达/共计' for noun wholes"""
    if w in NOUN_WHOLES:
        return lead + w + rng.choice(["为", "达", "共计", ""])
    return lead + "共" + w


def _v_qz_after(rng, w, u, n, P, T):
    lead = rng.choice(["全年", "今年以来", "报告期内", "上半年", "截至年底", ""])
    return "%s%s%s，其中%s。" % (totp(rng, w, lead), T["s"], u, "、".join("%s%s%s" % (a, p["s"], u) for a, p in zip(n, P)))


def _v_qz_numfirst(rng, w, u, n, P, T):
    verb = rng.choice(["为", "属于", "涉及"])
    return "%s%s%s。其中，%s。" % (totp(rng, w, "全年") if w in NOUN_WHOLES else "累计" + w, T["s"], u, "；".join("%s%s%s%s" % (p["s"], u, verb, a) for a, p in zip(n, P)))


def _v_fenbie(rng, w, u, n, P, T):
    return "%s%s%s，其中%s分别为%s。" % (w, T["s"], u, "、".join(n), "、".join(p["s"] + u for p in P))


def _v_fenbie_nounit(rng, w, u, n, P, T):
    return "%s合计%s%s，%s分别为%s%s。" % (w, T["s"], u, "、".join(n), "、".join(p["s"] for p in P), u)


def _v_baokuo(rng, w, u, n, P, T):
    return "%s%s%s，包括：%s。" % (totp(rng, w), T["s"], u, "；".join("%s%s%s" % (a, p["s"], u) for a, p in zip(n, P)))


def _v_paren(rng, w, u, n, P, T):
    return "%s%s%s（%s）。" % (w, T["s"], u, "，".join("%s%s%s" % (a, p["s"], u) for a, p in zip(n, P)))


def _v_whole_after(rng, w, u, n, P, T):
    return "%s，%s合计%s%s。" % ("、".join("%s%s%s" % (a, p["s"], u) for a, p in zip(n, P)), w, T["s"], u)


def _v_whole_after_sent(rng, w, u, n, P, T):
    sents = ["%s方面，%s%s%s。" % (a, rng.choice(["完成", "累计", "实现", "办理"]), p["s"], u) for a, p in zip(n, P)]
    return sents + ["以上各项合计%s%s%s。" % (rng.choice(["", "共"]), T["s"], u)]


def _v_colon_kv(rng, w, u, n, P, T):
    return "%s情况——%s；合计：%s%s。" % (w, "；".join("%s：%s%s" % (a, p["s"], u) for a, p in zip(n, P)), T["s"], u)


def _v_lines(rng, w, u, n, P, T):
    mk = rng.choice(["（%s）", "%s.", "%s、"])
    nums = ["一", "二", "三", "四", "五"] if "（" in mk or "、" in mk else ["1", "2", "3", "4", "5"]
    if nums[0] == "1":
        mk = "(%s)"
    out = ["%s按类别统计如下：" % w]
    for i, (a, p) in enumerate(zip(n, P)):
        out.append((mk % nums[i]) + "%s%s%s；" % (a, p["s"], u))
    out.append("以上合计%s%s。" % (T["s"], u))
    return out


def _v_yishi(rng, w, u, n, P, T):
    ords = ["一是", "二是", "三是", "四是", "五是"]
    return "全年%s%s%s：%s。" % (w, T["s"], u, "；".join("%s%s%s%s" % (ords[i], a, p["s"], u) for i, (a, p) in enumerate(zip(n, P))))


def _v_circled(rng, w, u, n, P, T):
    ords = "①②③④⑤"
    return "%s%s%s，具体为：%s。" % (w, T["s"], u, "".join("%s%s%s%s；" % (ords[i], a, p["s"], u) for i, (a, p) in enumerate(zip(n, P))).rstrip("；"))


def _v_table_pipe(rng, w, u, n, P, T):
    out = ["| 类别 | %s（%s） |" % (w, u), "| --- | --- |"]
    out += ["| %s | %s |" % (a, p["s"]) for a, p in zip(n, P)]
    out.append("| 合计 | %s |" % T["s"])
    return out


def _v_table_space(rng, w, u, n, P, T):
    out = ["%s分类情况表（单位：%s）" % (w, u), "总计　　%s" % T["s"]]
    out += ["%s　　%s" % (a, p["s"]) for a, p in zip(n, P)]
    return out


def _v_tab_line(rng, w, u, n, P, T):
    return "%s（%s）：合计 %s；%s" % (w, u, T["s"], "；".join("%s %s" % (a, p["s"]) for a, p in zip(n, P)))


def _v_total_mid(rng, w, u, n, P, T):
    first = "，".join("%s%s%s" % (a, p["s"], u) for a, p in zip(n[:-1], P[:-1]))
    return "%s，加上%s%s%s，%s总数达到%s%s。" % (first, n[-1], P[-1]["s"], u, w, T["s"], u)


def _v_semicolon_blocks(rng, w, u, n, P, T):
    return ["%s%s%s；" % (a, p["s"], u) for a, p in zip(n, P)] + ["%s总量%s%s。" % (w, T["s"], u)]


def _v_qz_colon(rng, w, u, n, P, T):
    return "%s%s%s。其中：%s。" % (w, T["s"], u, "，".join("%s%s%s" % (a, p["s"], u) for a, p in zip(n, P)))


def _v_zhong(rng, w, u, n, P, T):
    return "在%s%s%s中，%s。" % (w, T["s"], u, "，".join("%s占%s%s" % (a, p["s"], u) for a, p in zip(n, P)))


def _v_you(rng, w, u, n, P, T):
    return "%s%s%s，按类别分：%s。" % (totp(rng, w), T["s"], u, "，".join("%s有%s%s" % (a, p["s"], u) for a, p in zip(n, P)))


VARIANTS = {k[3:]: v for k, v in list(globals().items()) if k.startswith("_v_")}

SMALL_INT = ["env", "petition", "safety", "grid", "relief", "tekun", "proc"]
BIG_INT = ["court", "train", "jobs", "hospital", "school", "fiscal", "market", "medical_ins", "waste", "elderly", "company"]
for _n, _v, _m, _d in [
    ("sum_qizhong_ascii", "qz_after", "a", INT_DOMS),
    ("sum_qizhong_fullwidth", "qz_after", "f", INT_DOMS),
    ("sum_qizhong_cn_numerals", "qz_after", "kK", SMALL_INT),
    ("sum_qizhong_thousands_sep", "qz_after", "cCs", BIG_INT),
    ("sum_qizhong_decimal_amounts", "qz_after", "a", DEC_DOMS),
    ("sum_qizhong_number_first", "qz_numfirst", "af", INT_DOMS),
    ("sum_fenbiewei", "fenbie", "a", INT_DOMS),
    ("sum_fenbiewei_cn_numerals", "fenbie", "k", SMALL_INT),
    ("sum_fenbiewei_unit_once", "fenbie_nounit", "ac", INT_DOMS + DEC_DOMS),
    ("sum_baokuo_semicolons", "baokuo", "af", INT_DOMS),
    ("sum_baokuo_decimal", "baokuo", "a", DEC_DOMS),
    ("sum_parts_in_parentheses", "paren", "af", INT_DOMS),
    ("sum_parts_in_parentheses_decimal", "paren", "ac", DEC_DOMS),
    ("sum_whole_after_parts", "whole_after", "aK", SMALL_INT + ["market", "school"]),
    ("sum_whole_after_thousands", "whole_after", "cC", BIG_INT),
    ("sum_whole_after_sentences", "whole_after_sent", "a", INT_DOMS + DEC_DOMS),
    ("sum_colon_key_value", "colon_kv", "af", INT_DOMS + DEC_DOMS),
    ("sum_line_list", "lines", "a", INT_DOMS),
    ("sum_line_list_decimal", "lines", "ac", DEC_DOMS),
    ("sum_yishi_ershi_items", "yishi", "a", INT_DOMS),
    ("sum_circled_items", "circled", "af", INT_DOMS + DEC_DOMS),
    ("sum_table_pipe", "table_pipe", "ac", INT_DOMS),
    ("sum_table_pipe_decimal", "table_pipe", "a", DEC_DOMS),
    ("sum_table_total_first", "table_space", "afs", INT_DOMS + DEC_DOMS),
    ("sum_flattened_table_line", "tab_line", "ac", INT_DOMS + DEC_DOMS),
    ("sum_total_mid_sentence", "total_mid", "a", INT_DOMS),
    ("sum_semicolon_blocks", "semicolon_blocks", "ac", ["pension_ins", "medical_ins", "broadband", "deposit", "loan", "express"]),
    ("sum_qizhong_colon_list", "qz_colon", "a", INT_DOMS + DEC_DOMS),
    ("sum_zai_zhong_zhan_count", "zhong", "a", SMALL_INT + ["court", "market"]),
    ("sum_by_category_you", "you", "af", INT_DOMS),
    ("sum_by_category_you_cn_numerals", "you", "k", SMALL_INT),
    ("sum_colon_key_value_thousands", "colon_kv", "cC", BIG_INT),
    ("sum_table_pipe_fullwidth", "table_pipe", "f", INT_DOMS),
    ("sum_circled_items_cn_numerals", "circled", "K", SMALL_INT),
    ("sum_yishi_ershi_decimal", "yishi", "a", DEC_DOMS),
    ("sum_whole_after_parts_decimal", "whole_after", "ac", DEC_DOMS),
    ("sum_qizhong_colon_fullwidth", "qz_colon", "f", INT_DOMS),
    ("sum_total_mid_decimal", "total_mid", "a", DEC_DOMS),
]:
    make_sum_style(_n, _v, _m, _d)


def pick(rng, xs):
    return rng.choice(xs)


# ---- specialised totals styles -----------------------------------------------------------------
@style("hh_persons_two_sums", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aaf")
    h1, h2 = rng.randint(300, 4000), rng.randint(800, 9000)
    p1, p2 = int(h1 * rng.uniform(1.4, 2.3)), int(h2 * rng.uniform(1.5, 2.6))
    H, Pp = h1 + h2, p1 + p2
    vals = [H, Pp, h1, p1, h2, p2]
    if bad:
        i = rng.randrange(6)
        vals[i] = bump_int(rng, vals[i])
    H, Pp, h1, p1, h2, p2 = [rec.N(v) for v in vals]
    kind = pick(rng, [("城乡低保对象", "城市低保", "农村低保"), ("特困供养对象", "城市特困", "农村特困"), ("脱贫监测对象", "脱贫不稳定户", "边缘易致贫户")])
    body = "截至%s年底，全%s共有%s%s户%s人，其中%s%s户%s人，%s%s户%s人。" % (
        rec.year(), pick(rng, ["县", "区", "市"]), kind[0], H["s"], Pp["s"], kind[1], h1["s"], p1["s"], kind[2], h2["s"], p2["s"])
    rec.add(C_sum(H, [h1, h2], "households"))
    rec.add(C_sum(Pp, [p1, p2], "persons"))
    rec.hint = "the same whole counted in 户 and in 人; each count sums separately"
    rec.wrap(body, "民政局", "社会救助")


@style("monthly_to_quarter", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aafk")
    q_ = rng.randint(0, 3)
    mths = [q_ * 3 + 1, q_ * 3 + 2, q_ * 3 + 3]
    lo, hi = (20, 300) if rec.mode == "k" else (50, 4000)
    vals = [rng.randint(lo, hi) for _ in mths]
    tot = sum(vals)
    what, u = pick(rng, [("受理12345热线工单", "件"), ("办理不动产登记", "件"), ("接待来访群众", "人次"), ("发放创业担保贷款", "笔"), ("受理医保报销", "笔")])
    if "12345" in what:
        rec.free.append("12345")
    if bad:
        i = rng.randrange(4)
        if i == 3:
            tot = bump_int(rng, tot)
        else:
            vals[i] = bump_int(rng, vals[i])
    V = [rec.N(v) for v in vals]
    T = rec.N(tot)
    qn = "一二三四"[q_]
    mnames = [rec.fnum(m) + "月" if rec.mode != "k" else to_cn(m) + "月" for m in mths]
    body = "%s%s%s、%s%s%s、%s%s%s，第%s季度累计%s%s%s。" % (
        mnames[0], V[0]["s"], u, mnames[1], V[1]["s"], u, mnames[2], V[2]["s"], u, qn, what, T["s"], u)
    body = pick(rng, [body, "%s情况：%s" % (what, body)])
    rec.add(C_sum(T, V, "months to quarter"))
    rec.wrap(body, pick(rng, ["政务服务中心", "行政审批局", "医疗保障局"]), "政务服务")


@style("quarters_to_year_table", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "ac")
    u = pick(rng, ["万元", "吨", "件"])
    vals = [rng.randint(800, 30000) for _ in range(4)]
    tot = sum(vals)
    if bad:
        i = rng.randrange(5)
        if i == 4:
            tot = bump_int(rng, tot)
        else:
            vals[i] = bump_int(rng, vals[i])
    V = [rec.N(v, u) for v in vals]
    T = rec.N(tot, u)
    y = rec.year()
    what = {"万元": pick(rng, ["税收收入", "快递业务收入", "农产品交易额"]), "吨": pick(rng, ["农产品交易量", "粮食收购量", "再生资源回收量"]),
            "件": pick(rng, ["12345热线工单", "商事登记业务", "行政许可办件"])}[u]
    if "12345" in what:
        rec.free.append("12345")
    lines = ["%s年分季度%s（单位：%s）" % (y, what, u), "季度\t一季度\t二季度\t三季度\t四季度\t全年",
             "数值\t" + "\t".join(v["s"] for v in V) + "\t" + T["s"]]
    rec.add(C_sum(T, V, "quarters to year"))
    rec.wrap(lines, "统计局", "经济运行", header_p=0.3)


@style("income_expense_surplus", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aac")
    d = pick(rng, [0, 2])
    inc = rng.randint(5000, 900000)
    exp_ = int(inc * rng.uniform(0.6, 0.98))
    sur = inc - exp_
    vals = [inc, exp_, sur]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    u = "万元"
    I, E, S = [rec.D(v, d, u) for v in vals]
    who = pick(rng, ["机关事业单位养老保险基金", "失业保险基金", "工伤保险基金", "村集体", "医保基金"])
    f = pick(rng, ["%s全年收入%s万元，支出%s万元，当年结余%s万元。", "%s：收入%s万元、支出%s万元，收支相抵结余%s万元。",
                   "%s本年度总收入%s万元，总支出%s万元，收支结余%s万元。"])
    body = f % (who, I["s"], E["s"], S["s"])
    rec.add(C_lin([["+", I], ["-", E]], S, "income - expenditure = surplus"))
    rec.wrap(body, pick(rng, ["社会保险事业管理中心", "财政局", "医疗保障局"]), "基金运行")


@style("fund_carry_over_balance", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    carry = rng.randint(1000, 90000)
    inc = rng.randint(2000, 90000)
    exp_ = int(inc * rng.uniform(0.7, 1.15))
    cur = inc - exp_
    end = carry + cur
    vals = [carry, inc, exp_, cur, end]
    if bad:   # the current-year figure appears only in its own relation, carry/end only in the balance
        i = pick(rng, [0, 4, 3]) if cur > 0 else pick(rng, [0, 4])
        vals[i] = bump_int(rng, vals[i])
    C0, I, E, Cu, En = [rec.D(v, 2, "亿元") for v in vals]
    word = "结余" if cur >= 0 else "收支缺口"
    if cur < 0:
        Cu = rec.D(-vals[3], 2, "亿元")
        cur_terms = [["+", E], ["-", I]]
    else:
        cur_terms = [["+", I], ["-", E]]
    body = ["上年末基金累计结存%s亿元。" % C0["s"],
            "本年基金收入%s亿元，基金支出%s亿元，当年%s%s亿元。" % (I["s"], E["s"], word, Cu["s"]),
            "年末基金累计结存%s亿元。" % En["s"]]
    rec.add(C_lin(cur_terms, Cu, "current-year surplus/gap"))
    rec.add(C_lin([["+", C0], ["+", I], ["-", E]], En, "carried balance + income - expenditure = year-end balance"))
    rec.hint = "two relations; the wrong one (if any) is a single number used in only one of them"
    rec.wrap(body, "社会保险事业管理中心", "社会保险基金")


@style("year_start_year_end_increase", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    what = pick(rng, ["各项存款余额", "各项贷款余额", "住户存款余额", "普惠小微贷款余额", "涉农贷款余额"])
    a = rng.randint(5000, 900000)
    b = a + rng.randint(-a // 20, a // 5)
    if b == a:
        b += 37
    vals = [a, b, abs(b - a)]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    A, B, C = [rec.D(v, 2, "亿元") for v in vals]
    up = b > a
    f = pick(rng, ["年末%s%s亿元，比年初%s%s亿元（年初为%s亿元）。", "%s由年初的%s亿元%s至年末的%s亿元，%s%s亿元。"])
    if f.startswith("年末"):
        body = f % (what, B["s"], "增加" if up else "减少", C["s"], A["s"])
    else:
        body = f % (what, A["s"], "增加" if up else "下降", B["s"], "净增" if up else "净减", C["s"])
    rec.add(C_lin([["+", B], ["-", A]] if up else [["+", A], ["-", B]], C, "year-end minus year-start"))
    rec.wrap(body, "金融工作办公室", "金融运行")


@style("change_from_to_increase", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aafk")
    what, u = pick(rng, [("家庭医生签约团队", "个"), ("专职网格员", "人"), ("社区养老服务站", "个"), ("农村客运班线", "条"), ("5G基站", "个"), ("公共充电桩", "个")])
    if "5G" in what:
        rec.free.append("5")
    a = rng.randint(20, 3000) if rec.mode != "k" else rng.randint(10, 300)
    b = a + rng.randint(1, a)
    vals = [a, b, b - a]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    A, B, C = [rec.N(v, u) for v in vals]
    f = pick(rng, ["%s由%s%s增加到%s%s，增加%s%s。", "%s数量从%s%s增至%s%s，净增%s%s。", "%s从上年的%s%s发展到%s%s，新增%s%s。"])
    body = f % (what, A["s"], u, B["s"], u, C["s"], u)
    rec.add(C_lin([["+", B], ["-", A]], C, "change = new - old"))
    rec.wrap(body, pick(rng, ["卫生健康局", "民政局", "交通运输局", "工业和信息化局"]), "基础设施")


@style("change_from_to_decrease", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aac")
    what, u = pick(rng, [("生产安全事故", "起"), ("交通事故死亡人数", "人"), ("信访总量", "件"), ("刑事案件立案数", "起"), ("城镇登记失业人员", "人"), ("火灾起数", "起")])
    b = rng.randint(5, 3000)
    a = b + rng.randint(1, b)
    vals = [a, b, a - b]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    A, B, C = [rec.N(v, u) for v in vals]
    f = pick(rng, ["%s由%s%s下降到%s%s，减少%s%s。", "%s从%s%s降至%s%s，下降%s%s。", "%s%s%s，比上年的%s%s减少%s%s。"])
    if f.startswith("%s%s%s，比"):
        body = f % (what, B["s"], u, A["s"], u, C["s"], u)
    else:
        body = f % (what, A["s"], u, B["s"], u, C["s"], u)
    rec.add(C_lin([["+", A], ["-", B]], C, "decrease = old - new"))
    rec.wrap(body, pick(rng, ["应急管理局", "公安局", "信访局", "人力资源和社会保障局"]), "社会治理")


@style("two_year_table_change", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    items = rng.sample([("参加职工养老保险", "人"), ("参加失业保险", "人"), ("参加工伤保险", "人"), ("发放失业保险金", "万元"), ("享受城市低保", "人"), ("享受农村低保", "人")], 3)
    rows = []
    y2 = rng.choice([2022, 2023, 2024])
    Y1, Y2 = rec.fnum(y2 - 1), rec.fnum(y2)
    badrow = rng.randrange(3) if bad else -1
    lines = ["指标\t%s年\t%s年\t增减" % (Y1, Y2)]
    for i, (name, u) in enumerate(items):
        a = rng.randint(500, 90000)
        b = a + rng.randint(-a // 10, a // 8)
        if b == a:
            b += 11
        vals = [a, b, b - a]
        if i == badrow:
            j = rng.randrange(3)
            if j == 2:
                vals[2] = vals[2] + pick(rng, [-1, 1]) * rng.randint(1, 30) or 5
            else:
                vals[j] = bump_int(rng, vals[j])
        A, B = rec.N(vals[0], u), rec.N(vals[1], u)
        dv = vals[2]
        C = rec.N(abs(dv), u)
        sign = "+" if dv > 0 else "-"
        lines.append("%s（%s）\t%s\t%s\t%s%s" % (name, u, A["s"], B["s"], sign if dv else "", C["s"]))
        if dv >= 0:
            rec.add(C_lin([["+", B], ["-", A]], C, name + " change"))
        else:
            rec.add(C_lin([["+", A], ["-", B]], C, name + " change (decrease)"))
    rec.hint = "table: each row's 增减 column = later year - earlier year"
    rec.wrap(lines, "人力资源和社会保障局", "社会保障", header_p=0.3)


MEASURES = ["健全工作机制", "强化源头排查", "加大执法力度", "推进信息化建设", "完善考核评价", "加强队伍建设",
            "深化部门协作", "开展宣传教育", "落实资金保障", "畅通投诉渠道"]


@style("count_of_yishi_items", "totals")
def _s(rec, bad):
    rng = rec.rng
    k = rng.randint(3, 6)
    items = rng.sample(MEASURES, k)
    n = k if not bad else pick(rng, [k - 1, k + 1])
    ords = ["一是", "二是", "三是", "四是", "五是", "六是"][:k]
    Cn = {"s": to_cn(n), "u": "项"}
    body = "今年重点采取%s项措施：%s。" % (Cn["s"], "；".join(o + m for o, m in zip(ords, items)))
    rec.add({"rel": "count", "count": Cn, "items": ords})
    rec.hint = "count announced vs 一是…N是 items"
    rec.wrap(body, pick(rng, ["市场监督管理局", "司法局", "住房和城乡建设局"]), "重点工作")


@style("count_of_numbered_lines", "totals")
def _s(rec, bad):
    rng = rec.rng
    k = rng.randint(3, 5)
    items = rng.sample(MEASURES, k)
    n = k if not bad else pick(rng, [k - 1, k + 1])
    Cn = rec.N(n, "个", pick(rng, "ak"))
    mk = pick(rng, ["(%d)", "%d.", "（%d）"])
    marks = [mk % (i + 1) for i in range(k)]
    rec.free.extend([str(i + 1) for i in range(k)])
    lines = ["重点推进%s方面工作：" % (Cn["s"] + "个")] + ["%s%s。" % (m, it) for m, it in zip(marks, items)]
    rec.add({"rel": "count", "count": Cn, "items": marks})
    rec.wrap(lines, pick(rng, ["教育局", "卫生健康局", "人民法院"]), "重点工作", intro_p=0)


@style("count_of_named_villages", "totals")
def _s(rec, bad):
    rng = rec.rng
    k = rng.randint(2, 5)
    vs = []
    while len(vs) < k:
        v = village(rng)
        if v not in vs:
            vs.append(v)
    n = k if not bad else pick(rng, [k + 1, k - 1 if k > 2 else k + 2])
    Cn = {"s": to_cn(n, liang=True) if n == 2 else to_cn(n), "u": "个"}
    names = "、".join(vs[:-1]) + pick(rng, ["和", "及", "、"]) + vs[-1]
    body = pick(rng, ["在%s%s个村（社区）开展人居环境整治试点。", "选取%s%s个村（社区）作为示范点，先行先试。"]) % (names, Cn["s"])
    rec.add({"rel": "count", "count": Cn, "items": vs})
    rec.hint = "named places (no 等) vs the count after them"
    rec.wrap(body, "农业农村局", "乡村振兴")


@style("per_capita_subsidy", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    n = rng.randint(50, 9000)
    per = rng.randint(300, 6000)
    tot_yuan = n * per
    # total stated in 万元 with 2 decimals, average rounded to 元 or 2 decimals
    T = rec.D(tot_yuan // 100, 2, "万元")
    true = value(T) / n
    d = pick(rng, [0, 2])
    avg = q(true, d)
    if bad:
        avg = bump_pct(rng, true, d, hi=10 ** 9) if d else q(true, 0) + pick(rng, [-1, 1]) * rng.randint(20, 400)
    A = {"s": fmt_dec(int(avg * 10 ** d), d), "u": "元"}
    Nn = rec.N(n, "人")
    what = pick(rng, ["高龄津贴", "困难残疾人生活补贴", "重度残疾人护理补贴", "临时救助金", "一次性求职创业补贴"])
    body = pick(rng, ["发放%s%s万元，惠及%s人，人均%s元。", "全年为%s名对象发放%s，共计%s万元，人均约合%s元。"])
    if body.startswith("发放"):
        body = body % (what, T["s"], Nn["s"], A["s"])
    else:
        body = body % (Nn["s"], what, T["s"], A["s"])
    rec.add(C_quot([["+", T]], [["+", Nn]], A, k="1", what="per-capita amount = total / persons"))
    rec.hint = "per-capita rounded to the stated decimals"
    rec.wrap(body, "民政局", "社会福利")


@style("average_monthly_pension", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    n = rng.randint(5000, 90000)
    per = rng.randint(1500, 4200)
    tot = n * per + rng.randint(0, n // 3)
    Ttot = {"s": fmt_dec(tot // 100, 2), "u": "万元"}
    true = value(Ttot) / n
    avg = q(true, 0)
    if bad:
        avg = avg + pick(rng, [-1, 1]) * rng.randint(15, 300)
    A = {"s": str(avg), "u": "元"}
    Nn = rec.N(n, "人")
    body = ["%s月，全%s%s%s人领取基本养老金，当月发放%s万元。" % (rec.fnum(rng.randint(1, 12)), pick(rng, ["县", "区", "市"]), pick(rng, ["企业退休人员", "机关事业单位退休人员"]), Nn["s"], Ttot["s"]),
            "月人均基本养老金%s元。" % A["s"]]
    rec.add(C_quot([["+", Ttot]], [["+", Nn]], A, k="1", what="average pension = monthly payout / pensioners"))
    rec.wrap(body, "人力资源和社会保障局", "养老保险")


@style("per_household_times_households", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    per = pick(rng, [500, 600, 800, 1000, 1200, 1500, 2000, 3000, 5000])
    n = rng.randint(20, 3000)
    tot = per * n
    if bad:
        tot = bump_int(rng, tot // 100) * 100
    Pp = rec.N(per, "元")
    Nn = rec.N(n, "户")
    T = {"s": fmt_dec(tot // 100, 2), "u": "万元"}
    what = pick(rng, ["危房改造补助", "庭院经济奖补", "取暖补贴", "以奖代补资金", "改厕补助"])
    body = pick(rng, ["按每户%s元的标准发放%s，共%s户，合计%s万元。", "%s标准为每户%s元，全年惠及%s户，发放资金%s万元。"])
    if body.startswith("按"):
        body = body % (Pp["s"], what, Nn["s"], T["s"])
    else:
        body = body % (what, Pp["s"], Nn["s"], T["s"])
    rec.add(C_prod(Pp, Nn, T, "rate per household x households = amount"))
    rec.wrap(body, "农业农村局", "惠民资金")


@style("parts_wan_total_yi", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    k = rng.randint(2, 4)
    vals = [rng.randint(100, 9000) * 10 for _ in range(k)]   # 万元, multiples of 10 so 亿元 has <=3 decimals
    tot = sum(vals)
    if bad:
        i = rng.randrange(k + 1)
        if i == k:
            tot = tot + pick(rng, [-1, 1]) * rng.randint(1, 30) * 10
        else:
            vals[i] = bump_int(rng, vals[i] // 10) * 10
    P = [rec.N(v, "万元") for v in vals]
    T = {"s": fmt_dec(tot // 10, 3), "u": "亿元"}
    names = rng.sample(["中央预算内投资", "地方政府专项债券", "省级补助资金", "县级配套资金", "社会资本"], k)
    body = "项目累计到位资金%s亿元，其中%s。" % (T["s"], "、".join("%s%s万元" % (a, p["s"]) for a, p in zip(names, P)))
    rec.add(C_sum(T, P, "parts in 万元, total in 亿元"))
    rec.hint = "unit conversion 1亿元 = 10000万元"
    rec.wrap(body, "发展和改革局", "重点项目")


@style("nested_two_level_sum", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "af")
    a1, a2 = rng.randint(100, 3000), rng.randint(100, 3000)
    a = a1 + a2
    b = rng.randint(100, 4000)
    T = a + b
    vals = [T, a, b, a1, a2]
    if bad:
        i = pick(rng, [0, 2, 3, 4])
        vals[i] = bump_int(rng, vals[i])
    Tv, Av, Bv, A1, A2 = [rec.N(v, "人") for v in vals]
    body = "全年培训%s人，其中城镇劳动者%s人（含登记失业人员%s人、其他城镇人员%s人），农村劳动者%s人。" % (Tv["s"], Av["s"], A1["s"], A2["s"], Bv["s"])
    rec.add(C_sum(Tv, [Av, Bv], "top level"))
    rec.add(C_sum(Av, [A1, A2], "sub level in parentheses"))
    rec.hint = "two levels; the subgroup total is shared, so only leaf/top numbers are altered"
    rec.wrap(body, "人力资源和社会保障局", "职业培训")


@style("cumulative_plus_new", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aak")
    what, u = pick(rng, [("高标准农田", "万亩"), ("农村公路", "公里"), ("城镇老旧小区改造", "个"), ("养老服务驿站", "个"), ("美丽乡村示范村", "个")])
    a = rng.randint(10, 900) if rec.mode != "k" else rng.randint(10, 99)
    b = rng.randint(3, 200) if rec.mode != "k" else rng.randint(2, 40)
    c = a + b
    vals = [a, b, c]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    A, B, C = [rec.N(v, u) for v in vals]
    body = pick(rng, ["此前已累计建成%s%s%s，今年新建%s%s，累计达到%s%s。", "%s：原有%s%s，本年新增%s%s，总数达%s%s。"])
    if body.startswith("此前"):
        body = body % (what, A["s"], u, B["s"], u, C["s"], u)
    else:
        body = body % (what, A["s"], u, B["s"], u, C["s"], u)
    rec.add(C_lin([["+", A], ["+", B]], C, "previous + new = cumulative"))
    rec.wrap(body, pick(rng, ["农业农村局", "交通运输局", "住房和城乡建设局", "民政局"]), "项目建设")


@style("target_done_remaining", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "ac")
    tgt = rng.randint(500, 90000)
    done = int(tgt * rng.uniform(0.4, 0.95))
    rem = tgt - done
    vals = [tgt, done, rem]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    what, u = pick(rng, [("城乡居民养老保险参保缴费", "人"), ("征地拆迁", "亩"), ("农房风貌改造", "户"), ("电子社保卡签发", "张")])
    A, B, C = [rec.N(v, u) for v in vals]
    body = "%s年度任务%s%s，已完成%s%s，尚余%s%s待完成。" % (what, A["s"], u, B["s"], u, C["s"], u)
    rec.add(C_lin([["+", A], ["-", B]], C, "target - done = remaining"))
    rec.wrap(body, pick(rng, ["人力资源和社会保障局", "自然资源局", "住房和城乡建设局"]), "目标任务")


@style("male_female_split", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aafk")
    m, f = (rng.randint(20, 400), rng.randint(20, 400)) if rec.mode == "k" else (rng.randint(50, 9000), rng.randint(50, 9000))
    T = m + f
    vals = [T, m, f]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    Tv, M, F = [rec.N(v, "人") for v in vals]
    who = pick(rng, ["在职职工", "新录用公务员", "在校研究生", "志愿者", "参训学员"])
    body = pick(rng, ["现有%s%s人，其中男性%s人、女性%s人。", "%s共%s人（男%s人，女%s人）。"]) % (who, Tv["s"], M["s"], F["s"])
    rec.add(C_sum(Tv, [M, F], "male + female"))
    rec.wrap(body, pick(rng, ["组织部", "团委", "教育局"]), "队伍建设")


@style("budget_rows_difference", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    items = rng.sample(["基本支出", "项目支出", "政府采购", "“三公”经费", "会议费", "培训费"], 3)
    badrow = rng.randrange(3) if bad else -1
    lines = ["项目\t预算数（万元）\t决算数（万元）\t节余（万元）"]
    for i, it in enumerate(items):
        bud = rng.randint(1000, 900000)
        act = bud - rng.randint(0, bud // 5)
        vals = [bud, act, bud - act]
        if i == badrow:
            j = rng.randrange(3)
            vals[j] = bump_int(rng, vals[j], lo=0) if j == 2 else bump_int(rng, vals[j])
        B, A, S = [rec.D(v, 2, "万元") for v in vals]
        lines.append("%s\t%s\t%s\t%s" % (it, B["s"], A["s"], S["s"]))
        rec.add(C_lin([["+", B], ["-", A]], S, it + ": budget - actual = saving"))
    rec.wrap(lines, "财政局", "部门决算", header_p=0.5)


@style("difference_more_than", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aaf")
    a = rng.randint(100, 9000)
    b = rng.randint(50, a - 1) if a > 60 else 10
    vals = [a, b, a - b]
    if bad:
        i = rng.randrange(3)
        vals[i] = bump_int(rng, vals[i])
    A, B, C = [rec.N(v) for v in vals]
    x, y, u = pick(rng, [("城区学校", "乡镇学校", "人"), ("男性求职者", "女性求职者", "人"), ("线上办件", "窗口办件", "件"), ("出口额", "进口额", "万元")])
    body = "%s%s%s，%s%s%s，前者比后者多%s%s。" % (x, A["s"], u, y, B["s"], u, C["s"], u)
    rec.add(C_lin([["+", A], ["-", B]], C, "difference 多"))
    rec.wrap(body, pick(rng, ["教育局", "人力资源和社会保障局", "商务局"]), "统计分析")


@style("remainder_qiyu", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "aa")
    T = rng.randint(100, 9000)
    a = rng.randint(10, T // 2)
    b = rng.randint(5, (T - a) // 2)
    c = T - a - b
    vals = [T, a, b, c]
    if bad:
        i = rng.randrange(4)
        vals[i] = bump_int(rng, vals[i])
    Tv, A, B, Cc = [rec.N(v, "件") for v in vals]
    body = "全年受理行政复议申请%s件，已审结%s件，中止审理%s件，其余%s件正在审理中。" % (Tv["s"], A["s"], B["s"], Cc["s"])
    rec.add(C_sum(Tv, [A, B, Cc], "finished + suspended + remaining"))
    rec.wrap(body, "司法局", "行政复议")


@style("deposits_and_loans_two_sums", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    d1, d2 = rng.randint(1000, 90000), rng.randint(1000, 90000)
    l1, l2 = rng.randint(1000, 60000), rng.randint(1000, 60000)
    vals = [d1 + d2, d1, d2, l1 + l2, l1, l2]
    if bad:
        i = rng.randrange(6)
        vals[i] = bump_int(rng, vals[i])
    D_, D1, D2, L, L1, L2 = [rec.D(v, 2, "亿元") for v in vals]
    bank = rng.choice(SYL1) + rng.choice(SYL2) + "农商银行"
    body = ["%s年末各项存款余额%s亿元，其中个人存款%s亿元、单位存款%s亿元；" % (bank, D_["s"], D1["s"], D2["s"]),
            "各项贷款余额%s亿元，其中个人贷款%s亿元、对公贷款%s亿元。" % (L["s"], L1["s"], L2["s"])]
    rec.add(C_sum(D_, [D1, D2], "deposits"))
    rec.add(C_sum(L, [L1, L2], "loans"))
    rec.wrap(body, "金融工作办公室", "金融运行")


@style("households_average_size", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = pick(rng, "ac")
    h = rng.randint(200, 30000)
    p = int(h * rng.uniform(1.6, 3.4))
    d = pick(rng, [1, 2])
    true = Decimal(p) / h
    avg = q(true, d)
    if bad:
        avg = q(true, d) + pick(rng, [-1, 1]) * Decimal(rng.randint(2, 6)) / 10
    H, Pp = rec.N(h, "户"), rec.N(p, "人")
    A = {"s": str(avg), "u": "人"}
    body = "全%s共有%s户、%s人，户均%s人。" % (pick(rng, ["村", "镇", "街道"]), H["s"], Pp["s"], A["s"])
    rec.add(C_quot([["+", Pp]], [["+", H]], A, k="1", what="persons per household"))
    rec.wrap(body, "统计站", "人口情况")


@style("average_class_size", "totals")
def _s(rec, bad):
    rng = rec.rng
    rec.mode = "a"
    cl = rng.randint(20, 900)
    st = int(cl * rng.uniform(28, 52))
    true = Decimal(st) / cl
    d = pick(rng, [0, 1])
    avg = q(true, d)
    if bad:
        avg = avg + pick(rng, [-1, 1]) * rng.randint(2, 8)
    C_, S = rec.N(cl, "个"), rec.N(st, "人")
    A = {"s": str(avg), "u": "人"}
    body = "全%s义务教育学校共有教学班%s个，在校学生%s人，平均班额%s人。" % (pick(rng, ["县", "区"]), C_["s"], S["s"], A["s"])
    rec.add(C_quot([["+", S]], [["+", C_]], A, k="1", what="students per class"))
    rec.wrap(body, "教育局", "教育事业")


@style("wan_magnitude_sum", "totals")
def _s(rec, bad):
    rng = rec.rng
    k = rng.randint(2, 3)
    vals = [rng.randint(5, 300) for _ in range(k)]   # in thousands
    tot = sum(vals)
    if bad:
        i = rng.randrange(k + 1)
        if i == k:
            tot = bump_int(rng, tot)
        else:
            vals[i] = bump_int(rng, vals[i])
    w = lambda x: {"s": (fmt_dec(x, 1) if x % 10 else str(x // 10)) + "万", "u": "人次"}
    P = [w(v) for v in vals]
    T = w(tot)
    names = rng.sample(["线上培训", "线下培训", "送教下乡", "企业新型学徒制培训"], k)
    body = "累计培训%s人次，其中%s。" % (T["s"], "、".join("%s%s人次" % (a, p["s"]) for a, p in zip(names, P)))
    rec.add(C_sum(T, P, "万 magnitudes"))
    rec.wrap(body, "人力资源和社会保障局", "职业技能提升")

# ---- pct family ---------------------------------------------------------------------------------
RD = [
    dict(org="政务服务中心", topic="12345热线", den="受理群众诉求", num="办结", rate="办结率", u="件", lo=200, hi=90000, plo=0.85, phi=0.999),
    dict(org="社会治理中心", topic="网格化管理", den="网格员上报事件", num="办结", rate="办结率", u="件", lo=100, hi=9000, plo=0.9, phi=0.999),
    dict(org="应急管理局", topic="安全生产", den="排查发现隐患", num="完成整改", rate="整改率", u="处", lo=30, hi=5000, plo=0.8, phi=0.999),
    dict(org="人民法院", topic="审判执行", den="受理各类案件", num="审结", rate="结案率", u="件", lo=300, hi=20000, plo=0.7, phi=0.98),
    dict(org="人力资源和社会保障局", topic="高校毕业生就业", den="应届高校毕业生", num="实现初次就业", rate="初次就业率", u="人", lo=300, hi=30000, plo=0.7, phi=0.97),
    dict(org="市场监督管理局", topic="食品安全", den="抽检食品", num="检验合格", rate="合格率", u="批次", lo=200, hi=6000, plo=0.95, phi=0.999),
    dict(org="卫生健康局", topic="疾病预防控制", den="适龄儿童", num="完成免疫规划疫苗接种", rate="接种率", u="人", lo=800, hi=40000, plo=0.9, phi=0.999),
    dict(org="卫生健康局", topic="基层卫生", den="重点人群", num="签约家庭医生", rate="签约率", u="人", lo=5000, hi=200000, plo=0.5, phi=0.9),
    dict(org="医疗保障局", topic="医疗保障", den="户籍人口应参保", num="参加基本医疗保险", rate="参保率", u="人", lo=20000, hi=900000, plo=0.93, phi=0.995),
    dict(org="纪工委", topic="监督检查", den="发现信息公开不规范问题", num="完成整改", rate="整改率", u="条", lo=20, hi=400, plo=0.7, phi=0.99),
    dict(org="信访局", topic="信访", den="受理信访事项", num="按期办结", rate="按期办结率", u="件", lo=50, hi=5000, plo=0.85, phi=0.999),
    dict(org="城市管理局", topic="城市管理", den="受理违建投诉", num="依法处置", rate="处置率", u="宗", lo=30, hi=3000, plo=0.8, phi=0.99),
    dict(org="司法局", topic="人民调解", den="调解矛盾纠纷", num="调解成功", rate="调解成功率", u="件", lo=100, hi=9000, plo=0.85, phi=0.99),
    dict(org="教育局", topic="招生考试", den="参加中考考生", num="被普通高中录取", rate="普高录取率", u="人", lo=1000, hi=30000, plo=0.5, phi=0.8),
    dict(org="审计局", topic="审计监督", den="提出审计建议", num="被采纳", rate="采纳率", u="条", lo=20, hi=600, plo=0.8, phi=0.99),
    dict(org="住房和城乡建设局", topic="住房保障", den="保障性租赁住房开工任务", num="已开工", rate="开工率", u="套", lo=200, hi=9000, plo=0.6, phi=0.99),
]


def rate_numbers(rec, D, d, bad, lo=None, hi=None):
    """den, num, stated rate (Decimal) and true rate; avoids exact rounding ties"""
    rng = rec.rng
    for _ in range(100):
        den = rng.randint(lo or D["lo"], hi or D["hi"])
        num = int(den * rng.uniform(D["plo"], D["phi"]))
        if num <= 0 or num > den:
            continue
        true = Decimal(num) / den * 100
        x = true * 10 ** d
        if x == x.to_integral_value() + Decimal("0.5") or (x - x.to_integral_value(rounding=ROUND_DOWN)) == Decimal("0.5"):
            continue
        R = bump_pct(rng, true, d) if bad else q(true, d)
        return den, num, R, true
    raise RuntimeError("rate_numbers")


def make_rate_style(name, variant, modes, doms=None, decs=(0, 1, 2)):
    doms = doms or list(range(len(RD)))

    @style(name, "pct")
    def fn(rec, bad):
        rng = rec.rng
        D = RD[rng.choice(doms)]
        rec.mode = rng.choice(modes)
        if rec.mode == "f":
            rec.pc = rng.choice(["％", "%"])
        d = rng.choice(decs)
        u = D["u"]
        if variant == "complement":
            den, num, R, true = rate_numbers(rec, D, d, bad)
            fail = den - num
            Dv, Fv = rec.N(den, u), rec.N(fail, u)
            Rv = rec.P(R, d)
            body = "%s%s%s，其中不合格%s%s，%s%s。" % (D["den"], Dv["s"], u, Fv["s"], u, D["rate"] if D["rate"].endswith("合格率") else "合格率", rec.pct(Rv))
            rec.add(C_quot([["+", Dv], ["-", Fv]], [["+", Dv]], Rv, what="rate = (total - failed)/total"))
        elif variant == "fail_rate":
            D = dict(D, plo=0.005, phi=0.08)
            den, num, R, true = rate_numbers(rec, D, d, bad)
            Dv, Fv = rec.N(den, u), rec.N(num, u)
            Rv = rec.P(R, d)
            body = "%s%s%s，发现问题%s%s，问题发现率为%s。" % (D["den"], Dv["s"], u, Fv["s"], u, rec.pct(Rv))
            body = "共抽检食品%s批次，不合格%s批次，不合格率%s。" % (Dv["s"], Fv["s"], rec.pct(Rv)) if rng.random() < 0.5 else body
            rec.add(C_quot([["+", Fv]], [["+", Dv]], Rv, what="failure rate"))
        else:
            if rec.mode == "k":
                den, num, R, true = rate_numbers(rec, D, 0, bad, lo=20, hi=999)
                d = 0
            else:
                den, num, R, true = rate_numbers(rec, D, d, bad)
            Dv, Nv = rec.N(den, u), rec.N(num, u)
            Rv = rec.P(R, d)
            mode = "round"
            if variant == "ge":
                if not bad:
                    R = (true * 10 ** d).to_integral_value(rounding=ROUND_DOWN) / Decimal(10 ** d) - (Decimal(1).scaleb(-d) if rng.random() < 0.3 else 0)
                else:
                    R = q(true, d) + Decimal(rng.randint(3, 30)) / 10
                    if R > 100:
                        R = q(true, d) - Decimal(rng.randint(8, 30)) / 10
                        mode = "ge"
                Rv = rec.P(R, d)
                mode = "ge"
            if variant == "about":
                mode = "about"
                d = rng.choice([0, 1])
                R = q(true, d) if not bad else bump_pct(rng, true, d)
                Rv = rec.P(R, d)
            if rec.mode == "k":
                Rv = {"s": "百分之" + to_cn(int(R)) if R >= 1 else "百分之零", "u": "%"}
            pr = Rv["s"] if Rv["s"].startswith("百分之") else rec.pct(Rv)
            body = RATE_VARIANTS[variant](rng, D, Dv, Nv, pr, u)
            rec.add(C_quot([["+", Nv]], [["+", Dv]], Rv, mode=mode, what=D["rate"]))
            if variant == "ge":
                rec.hint = "stated as a floor (以上/超过): consistent iff stated <= true rate"
            if variant == "about":
                rec.hint = "约: consistent iff within one unit of the last decimal"
        rec.wrap(body, D["org"], D["topic"])
    return fn


RATE_VARIANTS = {
    "after": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，%s%s%s，%s%s。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], pr),
    "da": lambda rng, D, Dv, Nv, pr, u: "共%s%s%s，已%s%s%s，%s%s%s。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], rng.choice(["达", "达到", "为"]), pr),
    "first": lambda rng, D, Dv, Nv, pr, u: "%s为%s：全年%s%s%s，%s%s%s。" % (D["rate"], pr, D["den"], Dv["s"], u, D["num"], Nv["s"], u),
    "paren": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，%s%s%s（%s%s）。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], pr),
    "zhan": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，占%s总数%s%s的%s。" % (D["num"], Nv["s"], u, D["den"], Dv["s"], u, pr),
    "lines": lambda rng, D, Dv, Nv, pr, u: ["%s：%s%s" % (D["den"], Dv["s"], u), "%s：%s%s" % (D["num"], Nv["s"], u), "%s：%s" % (D["rate"], pr)],
    "table": lambda rng, D, Dv, Nv, pr, u: ["| %s（%s） | %s（%s） | %s |" % (D["den"], u, D["num"], u, D["rate"]), "| --- | --- | --- |", "| %s | %s | %s |" % (Dv["s"], Nv["s"], pr)],
    "split": lambda rng, D, Dv, Nv, pr, u: ["年初以来，累计%s%s%s。" % (D["den"], Dv["s"], u), "截至年底，已%s%s%s，%s%s。" % (D["num"], Nv["s"], u, D["rate"], pr)],
    "ge": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，%s%s%s，%s%s。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], rng.choice(["超过" + pr, pr + "以上", "达" + pr + "以上"])),
    "about": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，%s%s%s，%s约为%s。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], pr),
    "cn": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，%s%s%s，%s%s。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], pr),
    "colon_semicolon": lambda rng, D, Dv, Nv, pr, u: "%s情况：总数%s%s；%s%s%s；%s%s。" % (D["den"], Dv["s"], u, D["num"], Nv["s"], u, D["rate"], pr),
    "rate_mid": lambda rng, D, Dv, Nv, pr, u: "%s%s%s，%s%s，%s%s%s，较好完成了年度任务。" % (D["den"], Dv["s"], u, D["rate"], pr, rng.choice(["即", "共"]) + D["num"], Nv["s"], u),
}

for _n, _v, _m, _dec in [
    ("rate_after_counts", "after", "a", (1, 2)),
    ("rate_after_counts_integer_pct", "after", "a", (0,)),
    ("rate_da_dadao", "da", "a", (0, 1, 2)),
    ("rate_stated_first", "first", "af", (1, 2)),
    ("rate_in_parentheses", "paren", "af", (1, 2)),
    ("rate_zhan_de", "zhan", "a", (1, 2)),
    ("rate_line_list", "lines", "ac", (1, 2)),
    ("rate_table_row", "table", "ac", (1, 2)),
    ("rate_split_sentences", "split", "a", (0, 1, 2)),
    ("rate_floor_yishang", "ge", "a", (0, 1)),
    ("rate_about_yue", "about", "a", (0, 1)),
    ("rate_chinese_baifenzhi", "cn", "k", (0,)),
    ("rate_fullwidth", "after", "f", (1, 2)),
    ("rate_thousands_sep", "after", "cCs", (1, 2)),
    ("rate_colon_semicolon", "colon_semicolon", "a", (1, 2)),
    ("rate_between_counts", "rate_mid", "af", (1, 2)),
]:
    make_rate_style(_n, _v, _m, decs=_dec)

QD = [dict(org="市场监督管理局", topic="食品安全", den="抽检食品", u="批次"), dict(org="市场监督管理局", topic="药品安全", den="抽检药品和医疗器械", u="批次"),
      dict(org="住房和城乡建设局", topic="工程质量", den="抽查在建工程质量项目", u="项"), dict(org="农业农村局", topic="农产品质量安全", den="抽检农产品", u="个")]


def _rate_vals(rec, den, num, d, bad, ctx=None):
    true = Decimal(num) / Decimal(den) * 100
    R = bump_pct(rec.rng, true, d, hi=10 ** 6) if bad else q(true, d)
    return rec.P(R, d)


def _tie(num, den, d, k=100):
    x = Decimal(num) / Decimal(den) * k * 10 ** d
    return (x - x.to_integral_value(rounding=ROUND_DOWN)) == Decimal("0.5")


@style("rate_qualified_complement", "pct")
def _s(rec, bad):
    rng = rec.rng
    D = rng.choice(QD)
    d = rng.choice([1, 2])
    while True:
        den = rng.randint(100, 6000)
        fail = rng.randint(1, max(2, den // 25))
        if not _tie(den - fail, den, d):
            break
    Dv, Fv = rec.N(den, D["u"]), rec.N(fail, D["u"])
    Rv = _rate_vals(rec, den, den - fail, d, bad)
    body = "%s%s%s，其中不合格%s%s，合格率%s。" % (D["den"], Dv["s"], D["u"], Fv["s"], D["u"], rec.pct(Rv))
    rec.add(C_quot([["+", Dv], ["-", Fv]], [["+", Dv]], Rv, what="qualified rate = (total - failed)/total"))
    rec.wrap(body, D["org"], D["topic"])


@style("rate_failure_small", "pct")
def _s(rec, bad):
    rng = rec.rng
    D = rng.choice(QD)
    d = 2
    while True:
        den = rng.randint(100, 6000)
        fail = rng.randint(1, max(2, den // 15))
        if not _tie(fail, den, d):
            break
    Dv, Fv = rec.N(den, D["u"]), rec.N(fail, D["u"])
    Rv = _rate_vals(rec, den, fail, d, bad)
    body = rng.choice(["共%s%s%s，发现不合格%s%s，不合格率%s。", "%s%s%s，不合格%s%s，不合格率为%s。"]) % (D["den"], Dv["s"], D["u"], Fv["s"], D["u"], rec.pct(Rv))
    rec.add(C_quot([["+", Fv]], [["+", Dv]], Rv, what="failure rate"))
    rec.wrap(body, D["org"], D["topic"])


def simple_ratio_style(name, gen):
    """gen(rec, bad) -> body; registers a pct style"""
    style(name, "pct")(gen)


@style("target_completion_pct", "pct")
def _s(rec, bad):
    rng = rec.rng
    what, u, org = rng.choice([("城镇新增就业", "人", "人力资源和社会保障局"), ("帮助失业人员再就业", "人", "人力资源和社会保障局"),
                               ("就业困难人员实现就业", "人", "人力资源和社会保障局"), ("完成固定资产投资", "亿元", "发展和改革局"),
                               ("新增市场主体", "户", "市场监督管理局"), ("完成造林绿化", "亩", "林业局")])
    d = rng.choice([0, 1, 2])
    while True:
        tgt = rng.randint(200, 20000)
        act = int(tgt * rng.uniform(0.6, 1.35))
        if not _tie(act, tgt, d):
            break
    A, T = rec.N(act, u), rec.N(tgt, u)
    Rv = _rate_vals(rec, tgt, act, d, bad)
    body = rng.choice(["%s%s%s，完成年度目标任务%s%s的%s。", "%s%s%s，为年度目标%s%s的%s。"]) % (what, A["s"], u, T["s"], u, rec.pct(Rv))
    rec.add(C_quot([["+", A]], [["+", T]], Rv, what="completion of target (may exceed 100%)"))
    rec.wrap(body, org, "目标任务")


@style("npl_ratio_bank", "pct")
def _s(rec, bad):
    rng = rec.rng
    while True:
        loans = rng.randint(5000, 900000)
        npl = int(loans * rng.uniform(0.004, 0.04))
        if npl and not _tie(npl, loans, 2):
            break
    L, Nn = rec.D(loans, 2, "亿元"), rec.D(npl, 2, "亿元")
    Rv = _rate_vals(rec, loans, npl, 2, bad)
    bank = rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(["农商银行", "村镇银行", "城商银行"])
    body = ["%s各项贷款余额%s亿元，比年初有所增加。" % (bank, L["s"]), "不良贷款余额%s亿元，不良贷款率%s，资产质量总体可控。" % (Nn["s"], rec.pct(Rv))]
    rec.add(C_quot([["+", Nn]], [["+", L]], Rv, what="NPL ratio = NPL / loans"))
    rec.wrap(body, "金融工作办公室", "金融运行")


@style("loan_deposit_ratio", "pct")
def _s(rec, bad):
    rng = rec.rng
    while True:
        dep = rng.randint(20000, 900000)
        loan = int(dep * rng.uniform(0.45, 0.95))
        if not _tie(loan, dep, 2):
            break
    Dp, L = rec.D(dep, 2, "亿元"), rec.D(loan, 2, "亿元")
    Rv = _rate_vals(rec, dep, loan, 2, bad)
    body = "全%s金融机构本外币各项存款余额%s亿元，各项贷款余额%s亿元，存贷比%s。" % (rng.choice(["县", "区", "市"]), Dp["s"], L["s"], rec.pct(Rv))
    rec.add(C_quot([["+", L]], [["+", Dp]], Rv, what="loan-to-deposit ratio"))
    rec.wrap(body, "金融工作办公室", "金融运行")


@style("broadband_per_hundred", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = rng.choice([1, 2])
    while True:
        pop = rng.randint(200000, 3000000)
        users = int(pop * rng.uniform(0.25, 0.55))
        if not _tie(users, pop, d):
            break
    Pw = {"s": fmt_dec(pop // 100, 2), "u": "万人"}
    pop = int(value(Pw))
    users_w = users // 100
    Uw = {"s": fmt_dec(users_w, 2), "u": "万户"}
    true = value(Uw) / pop * 100
    R = bump_pct(rng, true, d, hi=10 ** 4) if bad else q(true, d)
    Rv = {"s": fmt_dec(int(R * 10 ** d), d), "u": ""}
    what = rng.choice([("固定宽带用户", "户/百人"), ("移动电话用户", "部/百人")])
    if what[0] == "移动电话用户":
        Uw = {"s": fmt_dec(int(users_w * 3.4), 2), "u": "万户"}
        true = value(Uw) / pop * 100
        R = bump_pct(rng, true, d, hi=10 ** 4) if bad else q(true, d)
        Rv = {"s": fmt_dec(int(R * 10 ** d), d), "u": ""}
    body = "年末全%s常住人口%s万人，%s达%s万户，普及率为%s%s。" % (rng.choice(["县", "市"]), Pw["s"], what[0], Uw["s"], Rv["s"], what[1])
    rec.add(C_quot([["+", Uw]], [["+", Pw]], Rv, what="penetration per hundred people"))
    rec.hint = "per hundred people, not a percentage sign"
    rec.wrap(body, "通信管理办公室", "信息通信")


def share_style(name, whole, sub, u, org, topic, share_word, lo=200, hi=20000, plo=0.1, phi=0.7, dec=(1, 2)):
    @style(name, "pct")
    def fn(rec, bad):
        rng = rec.rng
        rec.mode = rng.choice("aac")
        d = rng.choice(dec)
        while True:
            T = rng.randint(lo, hi)
            s = int(T * rng.uniform(plo, phi))
            if s and not _tie(s, T, d):
                break
        Tv, Sv = rec.N(T, u), rec.N(s, u)
        Rv = _rate_vals(rec, T, s, d, bad)
        if "5G" in sub + whole:
            rec.free.append("5")
        body = rng.choice(["%s%s%s，其中%s%s%s，%s%s。", "%s%s%s；%s%s%s，%s达到%s。"]) % (whole, Tv["s"], u, sub, Sv["s"], u, share_word, rec.pct(Rv))
        rec.add(C_quot([["+", Sv]], [["+", Tv]], Rv, what="share of a sub-group"))
        rec.wrap(body, org, topic)
    return fn


share_style("nursing_bed_share", "全区养老机构床位", "护理型床位", "张", "民政局", "养老服务", "护理型床位占比", plo=0.3, phi=0.8)
share_style("women_share_of_trainees", "全年开展补贴性职业技能培训", "女性", "人次", "人力资源和社会保障局", "职业培训", "女性占比")
share_style("rural_share_of_recipients", "发放临时救助", "农村居民", "人次", "民政局", "临时救助", "农村对象占")
share_style("g5_share_of_base_stations", "移动通信基站总数", "5G基站", "个", "通信管理办公室", "信息通信", "5G基站占比")
share_style("inclusive_loan_share", "各项贷款余额新增", "普惠小微贷款新增", "亿元", "金融工作办公室", "金融运行", "占新增贷款的比重为", lo=50, hi=900)
share_style("online_filing_share", "受理一审民商事案件", "网上立案", "件", "人民法院", "智慧法院", "网上立案率")


def growth_style(name, what, u, org, topic, down=False, over100=False, dec=(1, 2), lo=100, hi=90000, lastyear=False):
    @style(name, "pct")
    def fn(rec, bad):
        rng = rec.rng
        d = rng.choice(dec)
        while True:
            a = rng.randint(lo, hi)
            if over100:
                b = int(a * rng.uniform(2.05, 4.5))
            elif down:
                b = int(a * rng.uniform(0.55, 0.97))
            else:
                b = int(a * rng.uniform(1.02, 1.6))
            if b != a and not _tie(abs(b - a), a, d):
                break
        A, B = rec.N(a, u), rec.N(b, u)
        true = Decimal(abs(b - a)) / a * 100
        R = bump_pct(rng, true, d, hi=10 ** 6) if bad else q(true, d)
        Rv = rec.P(R, d)
        if lastyear:
            body = "%s%s%s，上年同期为%s%s，同比%s%s。" % (what, B["s"], u, A["s"], u, "下降" if down else "增长", rec.pct(Rv))
        else:
            body = "%s由%s%s%s至%s%s，%s%s。" % (what, A["s"], u, "下降" if down else "增加", B["s"], u, "下降" if down else "增长", rec.pct(Rv))
        rec.add(C_quot([["+", B], ["-", A]] if not down else [["+", A], ["-", B]], [["+", A]], Rv, what="change in % of the earlier value"))
        if over100:
            rec.hint = "a growth rate over 100% is legitimate here"
        rec.wrap(body, org, topic)
    return fn


growth_style("change_pct_growth", "快递业务量", "万件", "邮政管理局", "邮政快递")
growth_style("change_pct_decline", "生产安全事故", "起", "应急管理局", "安全生产", down=True, lo=10, hi=900)
growth_style("yoy_growth_last_year_given", "社会消费品零售总额", "万元", "商务局", "消费市场", lastyear=True, lo=10000, hi=900000)
growth_style("yoy_decline_last_year_given", "城镇登记失业人员", "人", "人力资源和社会保障局", "就业", down=True, lastyear=True, lo=500, hi=9000)
growth_style("growth_over_100_checkable", "新能源汽车销量", "辆", "工业和信息化局", "产业发展", over100=True, dec=(0, 1), lo=200, hi=9000)


def rise_style(name, what, org, topic, lo, hi):
    @style(name, "pct")
    def fn(rec, bad):
        rng = rec.rng
        d = rng.choice([1, 2])
        while True:
            a = rng.randint(lo, hi)
            b = a + rng.randint(max(1, a // 50), max(2, a // 8))
            if not _tie(b - a, a, d):
                break
        vals = [a, b, b - a]
        which = rng.randrange(2) if bad else -1   # 0: wrong amount, 1: wrong percent
        if which == 0:
            vals[2] = bump_int(rng, vals[2])
        A, B, C = [rec.N(v, "元") for v in vals]
        true = Decimal(b - a) / a * 100
        R = bump_pct(rng, true, d) if which == 1 else q(true, d)
        Rv = rec.P(R, d)
        body = "%s由每人每月%s元提高到%s元，增加%s元，增幅%s。" % (what, A["s"], B["s"], C["s"], rec.pct(Rv))
        rec.add(C_lin([["+", B], ["-", A]], C, "increase in 元"))
        rec.add(C_quot([["+", B], ["-", A]], [["+", A]], Rv, what="increase in %"))
        rec.hint = "two relations (amount and percent); the wrong number sits in only one"
        rec.wrap(body, org, topic)
    return fn


rise_style("pension_rise_amount_and_pct", "企业退休人员月人均基本养老金", "人力资源和社会保障局", "养老保险", 1800, 4000)
rise_style("dibao_standard_rise", "城市低保标准", "民政局", "社会救助", 600, 1100)
rise_style("rural_dibao_standard_rise", "农村低保标准", "民政局", "社会救助", 400, 900)


def pp_style(name, what, org, topic, down=False):
    @style(name, "pct")
    def fn(rec, bad):
        rng = rec.rng
        d = rng.choice([1, 2])
        a = Decimal(rng.randint(200, 9800)) / 100
        a = q(a, d)
        delta = q(Decimal(rng.randint(5, 900)) / 100, d)
        b = a - delta if down else a + delta
        if b <= 0 or b >= 100:
            b = a + delta if down else a - delta
            down2 = not down
        else:
            down2 = down
        stated = delta
        if bad:
            stated = bump_pct(rng, delta, d, hi=100)
        A, B = rec.P(a, d), rec.P(b, d)
        C = {"s": fmt_dec(int(stated * 10 ** d), d), "u": ""}
        verb = "下降" if down2 else "提高"
        body = "%s由上年的%s%s至%s，%s%s个百分点。" % (what, rec.pct(A), "降" if down2 else "升", rec.pct(B), verb, C["s"])
        rec.add(C_lin([["+", A], ["-", B]] if down2 else [["+", B], ["-", A]], C, "change between two rates in 个百分点"))
        rec.wrap(body, org, topic)
    return fn


pp_style("pp_change_both_rates", "城乡居民医保参保率", "医疗保障局", "医疗保障")
pp_style("unemployment_rate_pp_down", "城镇调查失业率", "人力资源和社会保障局", "就业", down=True)
pp_style("npl_rate_pp_change", "不良贷款率", "金融工作办公室", "金融运行", down=True)


@style("shares_of_one_whole_le100", "pct")
def _s(rec, bad):
    rng = rec.rng
    whole, cats = rng.choice([("全年受理的投诉举报", ["食品类", "药品类", "特种设备类", "价格类"]), ("临时救助对象", ["因病", "因灾", "因残"]),
                              ("新增就业人员", ["高校毕业生", "返乡农民工", "退役军人"]), ("不良贷款", ["制造业", "批发零售业", "个人经营性贷款"])])
    k = rng.randint(2, len(cats))
    d = rng.choice([0, 1])
    while True:
        vals = [Decimal(rng.randint(50, 600)) / 10 for _ in range(k)]
        s = sum(vals)
        if (not bad and s <= 95) or (bad and s >= 103):
            break
    P = [rec.P(v, d) for v in vals]
    body = "%s中，%s。" % (whole, "，".join("%s占%s" % (c, rec.pct(p)) for c, p in zip(cats, P)))
    rec.add({"rel": "shares_le_100", "parts": P})
    rec.hint = "shares of one whole (not exhaustive) may not sum past 100%"
    rec.wrap(body, rng.choice(["市场监督管理局", "民政局", "人力资源和社会保障局", "金融工作办公室"]), "统计分析")


@style("shares_exhaustive_eq100", "pct")
def _s(rec, bad):
    rng = rec.rng
    whole, cats = rng.choice([("参保人员", ["城镇职工", "城乡居民"]), ("快递业务量", ["同城", "异地", "国际及港澳台"]),
                              ("在校学生", ["男生", "女生"]), ("各项贷款", ["短期贷款", "中长期贷款", "票据融资"])])
    d = rng.choice([1, 2])
    k = len(cats)
    cuts = sorted(rng.sample(range(1, 10 ** (d + 2)), k - 1))
    ints = [b - a for a, b in zip([0] + cuts, cuts + [10 ** (d + 2)])]
    vals = [Decimal(i).scaleb(-d) for i in ints]
    if bad:
        i = rng.randrange(k)
        vals[i] += Decimal(rng.choice([-1, 1]) * rng.randint(10, 300)).scaleb(-d - 1) * 10 ** 0
        vals[i] = q(vals[i], d)
        if abs(sum(vals) - 100) < Decimal("0.5") or vals[i] <= 0:
            vals[i] = vals[i] + 2
    P = [rec.P(v, d) for v in vals]
    body = "%s结构中，%s%s分别占%s。" % (whole, "、".join(cats), rng.choice(["", "三类" if k == 3 else "两类"]), "、".join(rec.pct(p) for p in P))
    rec.add({"rel": "shares_eq_100", "parts": P})
    rec.hint = "exhaustive breakdown: shares must add to 100% within rounding"
    rec.wrap(body, rng.choice(["医疗保障局", "邮政管理局", "教育局", "金融工作办公室"]), "结构分析")


@style("industry_structure_ratio", "pct")
def _s(rec, bad):
    rng = rec.rng
    a = rng.randint(30, 250)
    b = rng.randint(250, 550)
    c = 1000 - a - b
    vals = [a, b, c]
    if bad:
        i = rng.randrange(3)
        vals[i] += rng.choice([-1, 1]) * rng.randint(8, 60)
    P = [{"s": fmt_dec(v, 1), "u": "%"} for v in vals]
    sep = rng.choice(["∶", ":"])
    body = "三次产业结构由上年的调整优化为%s。" % sep.join(p["s"] for p in P)
    rec.add({"rel": "shares_eq_100", "parts": P})
    rec.hint = "三次产业结构 a:b:c is a percentage split and must total 100"
    rec.wrap(body, "统计局", "国民经济")


@style("counts_with_shares", "pct")
def _s(rec, bad):
    rng = rec.rng
    whole, u, cats = rng.choice([("全年受理案件", "件", ["民事", "刑事", "行政"]), ("新增城镇就业", "人", ["高校毕业生", "农民工", "其他人员"]),
                                 ("临时救助", "人次", ["城市居民", "农村居民"])])
    k = len(cats)
    vals = [rng.randint(50, 5000) for _ in range(k)]
    T = sum(vals)
    d = rng.choice([1, 2])
    badi = rng.randrange(k) if bad else -1
    Tv = rec.N(T, u)
    segs = []
    for i, (c, v) in enumerate(zip(cats, vals)):
        Vv = rec.N(v, u)
        true = Decimal(v) / T * 100
        R = bump_pct(rng, true, d) if i == badi else q(true, d)
        Rv = rec.P(R, d)
        segs.append("%s%s%s，占%s" % (c, Vv["s"], u, rec.pct(Rv)))
        rec.add(C_quot([["+", Vv]], [["+", Tv]], Rv, what=c + " share"))
    body = "%s%s%s。其中，%s。" % (whole, Tv["s"], u, "；".join(segs))
    rec.add(C_sum(Tv, [c["num"][0][1] for c in rec.checks], "parts sum to whole"))
    rec.wrap(body, rng.choice(["人民法院", "人力资源和社会保障局", "民政局"]), "统计分析")


@style("permille_birth_rate", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = 2
    while True:
        pop = rng.randint(100000, 2000000)
        births = int(pop * rng.uniform(0.004, 0.011))
        if not _tie(births, pop, d, 1000):
            break
    Pw = {"s": fmt_dec(pop // 100, 2), "u": "万人"}
    pop = int(value(Pw))
    Bv = rec.N(births, "人")
    true = Decimal(births) / pop * 1000
    R = bump_pct(rng, true, d) if bad else q(true, d)
    Rv = {"s": fmt_dec(int(R * 100), 2), "u": ""}
    body = "年末常住人口%s万人，全年出生人口%s人，人口出生率%s‰。" % (Pw["s"], Bv["s"], Rv["s"])
    rec.add(C_quot([["+", Bv]], [["+", Pw]], Rv, k="1000", what="birth rate per mille"))
    rec.wrap(body, "统计局", "人口")


@style("budget_execution_rate", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = rng.choice([1, 2])
    while True:
        bud = rng.randint(1000, 900000)
        act = int(bud * rng.uniform(0.7, 1.05))
        if not _tie(act, bud, d):
            break
    B, A = rec.D(bud, 2, "万元"), rec.D(act, 2, "万元")
    Rv = _rate_vals(rec, bud, act, d, bad)
    body = "全年支出预算%s万元，实际执行%s万元，预算执行率%s。" % (B["s"], A["s"], rec.pct(Rv))
    rec.add(C_quot([["+", A]], [["+", B]], Rv, what="budget execution rate"))
    rec.wrap(body, "财政局", "预算执行")


@style("bed_occupancy_rate", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = rng.choice([1, 2])
    while True:
        open_ = rng.randint(50000, 400000)
        used = int(open_ * rng.uniform(0.6, 1.02))
        if not _tie(used, open_, d):
            break
    O, U = rec.N(open_), rec.N(used)
    Rv = _rate_vals(rec, open_, used, d, bad)
    body = "全年实际开放总床日数%s，实际占用总床日数%s，病床使用率%s。" % (O["s"], U["s"], rec.pct(Rv))
    rec.add(C_quot([["+", U]], [["+", O]], Rv, what="bed occupancy"))
    rec.wrap(body, place(rng) + "人民医院", "医疗服务")


@style("rate_and_pp_vs_last_year", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = 1
    while True:
        den = rng.randint(300, 9000)
        num = int(den * rng.uniform(0.8, 0.99))
        if not _tie(num, den, d):
            break
    true = Decimal(num) / den * 100
    r = q(true, d)
    which = rng.randrange(2) if bad else -1
    R = bump_pct(rng, true, d) if which == 0 else r
    last = q(min(r, R) - Decimal(rng.randint(3, 60)) / 10, d)
    pp = R - last
    PP = bump_pct(rng, pp, d) if which == 1 else pp
    Dv, Nv = rec.N(den, "件"), rec.N(num, "件")
    Rv, Lv = rec.P(R, d), rec.P(last, d)
    Pv = {"s": fmt_dec(int(PP * 10), 1), "u": ""}
    body = "受理信访事项%s件，按期办结%s件，按期办结率%s，比上年的%s提高%s个百分点。" % (Dv["s"], Nv["s"], rec.pct(Rv), rec.pct(Lv), Pv["s"])
    rec.add(C_quot([["+", Nv]], [["+", Dv]], Rv, what="rate"))
    rec.add(C_lin([["+", Rv], ["-", Lv]], Pv, "pp change from last year's stated rate"))
    rec.hint = "the 个百分点 change is computed from the two stated rates"
    rec.wrap(body, "信访局", "信访")


@style("completion_rows_table", "pct")
def _s(rec, bad):
    rng = rec.rng
    items = rng.sample([("城镇新增就业", "人"), ("失业人员再就业", "人"), ("就业困难人员就业", "人"), ("职业技能培训", "人次"), ("创业担保贷款", "万元")], 3)
    badrow = rng.randrange(3) if bad else -1
    lines = ["指标\t目标任务\t完成数\t完成率"]
    for i, (it, u) in enumerate(items):
        d = 1
        while True:
            t = rng.randint(100, 9000)
            a = int(t * rng.uniform(0.7, 1.3))
            if not _tie(a, t, d):
                break
        T, A = rec.N(t, u), rec.N(a, u)
        true = Decimal(a) / t * 100
        R = bump_pct(rng, true, d, hi=10 ** 5) if i == badrow else q(true, d)
        Rv = rec.P(R, d)
        lines.append("%s（%s）\t%s\t%s\t%s" % (it, u, T["s"], A["s"], rec.pct(Rv)))
        rec.add(C_quot([["+", A]], [["+", T]], Rv, what=it + " completion"))
    rec.wrap(lines, "人力资源和社会保障局", "就业创业", header_p=0.4)


@style("insured_rate_wan", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = rng.choice([1, 2])
    while True:
        den = rng.randint(5000, 90000)
        num = int(den * rng.uniform(0.9, 0.995))
        if not _tie(num, den, d):
            break
    Dv, Nv = rec.D(den, 2, "万人"), rec.D(num, 2, "万人")
    Rv = _rate_vals(rec, den, num, d, bad)
    body = "全%s户籍人口%s万人，参加基本医疗保险%s万人，参保率%s，保持在较高水平。" % (rng.choice(["市", "省"]), Dv["s"], Nv["s"], rec.pct(Rv))
    rec.add(C_quot([["+", Nv]], [["+", Dv]], Rv, what="insured rate"))
    rec.wrap(body, "医疗保障局", "医疗保障")


@style("two_target_completions", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = 1
    vals = []
    for _ in range(2):
        while True:
            t = rng.randint(200, 5000)
            a = int(t * rng.uniform(0.8, 1.3))
            if not _tie(a, t, d):
                break
        vals.append((t, a))
    badi = rng.randrange(2) if bad else -1
    A1, A2 = rec.N(vals[0][1], "人"), rec.N(vals[1][1], "人")
    T1, T2 = rec.N(vals[0][0], "人"), rec.N(vals[1][0], "人")
    Rs = []
    for i, (t, a) in enumerate(vals):
        true = Decimal(a) / t * 100
        Rs.append(rec.P(bump_pct(rng, true, d, hi=10 ** 5) if i == badi else q(true, d), d))
    body = "帮助城镇失业人员再就业%s人、就业困难人员实现就业%s人，分别完成目标任务（%s人、%s人）的%s和%s。" % (
        A1["s"], A2["s"], T1["s"], T2["s"], rec.pct(Rs[0]), rec.pct(Rs[1]))
    rec.add(C_quot([["+", A1]], [["+", T1]], Rs[0], what="re-employment completion"))
    rec.add(C_quot([["+", A2]], [["+", T2]], Rs[1], what="hard-to-employ completion"))
    rec.hint = "分别: first rate pairs with first target"
    rec.wrap(body, "人力资源和社会保障局", "就业")


@style("registered_unemployment_rate", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = 2
    while True:
        lab = rng.randint(50000, 900000)
        un = int(lab * rng.uniform(0.015, 0.04))
        if not _tie(un, lab, d):
            break
    L, U = rec.N(lab, "人", rng.choice("ac")), rec.N(un, "人", "a")
    Rv = _rate_vals(rec, lab, un, d, bad)
    body = ["年末城镇从业人员与城镇登记失业人员合计%s人，其中城镇登记失业人员%s人，" % (L["s"], U["s"]), "城镇登记失业率为%s，控制在目标范围以内。" % rec.pct(Rv)]
    rec.add(C_quot([["+", U]], [["+", L]], Rv, what="registered unemployment rate"))
    rec.wrap(body, "人力资源和社会保障局", "就业")


@style("express_income_growth_yi", "pct")
def _s(rec, bad):
    rng = rec.rng
    d = 1
    while True:
        a = rng.randint(500, 90000)
        b = int(a * rng.uniform(1.03, 1.4))
        if not _tie(b - a, a, d):
            break
    A, B = rec.D(a, 2, "亿元"), rec.D(b, 2, "亿元")
    Rv = _rate_vals(rec, a, b - a, d, bad)
    body = "快递业务收入累计完成%s亿元，同比增长%s；上年同期为%s亿元。" % (B["s"], rec.pct(Rv), A["s"])
    rec.add(C_quot([["+", B], ["-", A]], [["+", A]], Rv, what="year-on-year growth"))
    rec.wrap(body, "邮政管理局", "邮政快递")


# malformed percentages: consistent = the same sentence well formed; inconsistent = malformed (arithmetic right)
def malformed_style(name, mk):
    @style(name, "pct")
    def fn(rec, bad):
        rng = rec.rng
        D = rng.choice(RD)
        d = rng.choice([1, 2])
        while True:
            den = rng.randint(D["lo"], D["hi"])
            num = int(den * rng.uniform(D["plo"], D["phi"]))
            if num and not _tie(num, den, d):
                break
        Dv, Nv = rec.N(den, D["u"]), rec.N(num, D["u"])
        Rv = rec.P(q(Decimal(num) / den * 100, d), d)
        if bad:
            raw = mk(rng, Rv["s"])
            rec.add({"rel": "pct_format", "s": raw})
            pr = raw
            rec.hint = "malformed percentage; the arithmetic itself is right"
        else:
            pr = rec.pct(Rv)
            rec.add(C_quot([["+", Nv]], [["+", Dv]], Rv, what=D["rate"]))
        body = "%s%s%s，%s%s%s，%s%s。" % (D["den"], Dv["s"], D["u"], D["num"], Nv["s"], D["u"], D["rate"], rng.choice(["", "达", "为"]) + pr)
        if bad:
            rec.free.extend([Dv["s"], Nv["s"]])
        rec.wrap(body, D["org"], D["topic"])
    return fn


malformed_style("malformed_pct_placeholder_xx", lambda rng, s: rng.choice(["xx", "xx.x", "XX", "x.xx", "××"]) + "%")
malformed_style("malformed_pct_space_before_sign", lambda rng, s: s + rng.choice([" ", "\u3000", " "]) + rng.choice(["%", "％"]))
malformed_style("malformed_pct_sign_first", lambda rng, s: "%" + s)
malformed_style("malformed_pct_double_sign", lambda rng, s: s + rng.choice(["%%", "％％", "%％"]))
malformed_style("malformed_pct_comma_decimal", lambda rng, s: s.replace(".", ",") + "%" if "." in s else s + ",5%")
malformed_style("malformed_pct_double_dot", lambda rng, s: (s.replace(".", "..") if "." in s else s + "..5") + "%")
malformed_style("malformed_pct_ideographic_point", lambda rng, s: s.replace(".", "。") + "%")
malformed_style("malformed_pct_chinese_prefix_digits", lambda rng, s: "百分之" + s)

# ---- negatives: look-alikes that are not checkable relations ------------------------------------
def neg_style(name, family, kind, why):
    def deco(build):
        @style(name, family, "neg")
        def fn(rec):
            rng = rec.rng
            rec.mode = rng.choice("aaf") if family == "totals" else "a"
            body, markers, raws, org, topic = build(rec, rng)
            rec.add(C_look(kind, markers, raws, why))
            rec.wrap(body, org, topic)
        return fn
    return deco


def _n(rec, lo, hi, u=""):
    return rec.N(rec.rng.randint(lo, hi), u)["s"]


@neg_style("neg_overlap_subsets_qizhong", "totals", "overlap", "subsets under 其中 are different dimensions of the same people and overlap")
def _b(rec, rng):
    T = rng.randint(300, 3000)
    a, b, c = int(T * rng.uniform(0.4, 0.7)), int(T * rng.uniform(0.3, 0.6)), int(T * rng.uniform(0.1, 0.4))
    s = [rec.N(x)["s"] for x in (T, a, b, c)]
    body = "全年新录用社区工作者%s人，其中女性%s人、中共党员%s人、35岁以下%s人。" % tuple(s)
    return body, ["其中", "女性", "党员"], s + [fmt_int(35, "f" if rec.mode == "f" else "a")], "民政局", "社区建设"


@neg_style("neg_selection_zhuyao", "totals", "selection", "主要有 lists a selection; parts need not add up to the whole")
def _b(rec, rng):
    T = rng.randint(200, 3000)
    parts = [rng.randint(10, T // 4) for _ in range(3)]
    s = [rec.N(T)["s"]] + [rec.N(p)["s"] for p in parts]
    body = "全年受理消费投诉%s件，主要有：预付式消费%s件、网络购物%s件、装修服务%s件。" % tuple(s)
    return body, ["主要有"], s, "市场监督管理局", "消费维权"


@neg_style("neg_partial_list_deng", "totals", "partial_deng", "a list ending in 等 is partial")
def _b(rec, rng):
    T = rng.randint(100, 2000)
    parts = [rng.randint(5, T // 5) for _ in range(rng.randint(2, 3))]
    s = [rec.N(T)["s"]] + [rec.N(p)["s"] for p in parts]
    names = rng.sample(["消防通道堵塞", "电动车违规充电", "燃气管道老化", "电气线路私拉乱接", "安全出口锁闭"], len(parts))
    body = "共排查整改各类隐患%s处，其中%s等问题。" % (s[0], "、".join("%s%s处" % (n, x) for n, x in zip(names, s[1:])))
    return body, ["等"], s, "应急管理局", "安全生产"


@neg_style("neg_approximate_total", "totals", "approximate", "the whole is approximate (约/近/余/多), parts cannot be checked against it")
def _b(rec, rng):
    parts = [rng.randint(100, 900) for _ in range(3)]
    tot = sum(parts)
    form = rng.choice(["约%s人", "近%s人", "%s余人", "%s多人"])
    # 近 rounds up, 余/多 round down, 约 to the nearest hundred: the parts stay compatible with the wording
    rt = {"约": (tot + 50) // 100 * 100, "近": (tot // 100 + 1) * 100}.get(form[0], tot // 100 * 100)
    rt = max(rt, 100)
    s = [rec.N(p)["s"] for p in parts]
    T = rec.N(rt)["s"]
    mk = form.replace("%s", "").replace("人", "")
    body = "组织志愿服务活动，参与群众%s，其中社区居民%s人、在校学生%s人、机关干部%s人。" % (form % T, s[0], s[1], s[2])
    return body, [mk], [T] + s, "文明办", "志愿服务"


@neg_style("neg_model_numbers", "totals", "model_numbers", "model numbers and specifications, not quantities")
def _b(rec, rng):
    m1, m2, n = rng.randint(100, 990), rng.randint(10, 99), rng.randint(2, 9)
    s = [str(m1), str(m2), str(n)]
    body = "采购%s型应急排涝泵车、QX-%s型无人机共%s台（套），均已投入使用。" % (rng.choice(["BP", "JX", "HC"]) + "-" + s[0], s[1], s[2])
    return body, ["型"], s, "应急管理局", "应急装备"


@neg_style("neg_dates_phone_hotline", "totals", "dates_phones", "dates and phone numbers")
def _b(rec, rng):
    y, m, d = rng.choice([2022, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28)
    ph = "0%d-%d" % (rng.randint(700, 799), rng.randint(2000000, 8999999))
    s = [str(y), str(m), str(d), ph.split("-")[0], ph.split("-")[1], "12345"]
    body = "%d年%d月%d日起，开通咨询专线%s，同时受理12345热线转办事项。" % (y, m, d, ph)
    return body, ["热线"], s, "政务服务中心", "便民服务"


@neg_style("neg_ranks_positions", "totals", "ranks", "ranks and positions are ordinals")
def _b(rec, rng):
    a, b, c = rng.randint(1, 5), rng.randint(2, 12), rng.randint(1, 20)
    s = [str(a), str(b), str(c)]
    body = "在全市营商环境评价中排名第%s位，较上年前移%s位；群众满意度测评位列第%s名。" % tuple(s)
    return body, ["第"], s, "发展和改革局", "营商环境"


@neg_style("neg_one_plus_x_terms", "totals", "plus_terms", "1+X, 7+X, 1+N are names of schemes, not sums")
def _b(rec, rng):
    k = rng.randint(2, 9)
    n = rng.randint(50, 900)
    s = ["1", str(k), str(n)]
    body = "深化“1+X”证书制度试点，构建“%s+X”社区服务体系，全年%s名学生取得职业技能等级证书。" % (k, n)
    return body, ["+X"], s, "教育局", "职业教育"


@neg_style("neg_renci_vs_persons", "totals", "person_times", "人次 and 人 count different things")
def _b(rec, rng):
    a, b = rng.randint(500, 9000), rng.randint(100, 3000)
    s = [rec.N(a)["s"], rec.N(b)["s"], rec.N(rng.randint(100, 900))["s"]]
    body = "共出动执法人员%s人次，检查经营主体%s户次，其中责令整改%s户。" % tuple(s)
    return body, ["人次", "户次"], s, "市场监督管理局", "市场监管"


@neg_style("neg_cumulative_vs_year", "totals", "cumulative", "a cumulative figure and this year's figure are not parts of one whole")
def _b(rec, rng):
    a, b = rng.randint(100, 900), rng.randint(10, 90)
    c = rng.randint(3, 30)
    s = [rec.N(a)["s"], rec.N(b)["s"], rec.N(c)["s"]]
    body = "累计建成城乡社区综合服务设施%s个，其中今年新建%s个、改扩建%s个。" % tuple(s)
    return body, ["累计", "今年"], s, "民政局", "社区建设"


@neg_style("neg_mixed_units_list", "totals", "mixed_units", "items in different units cannot be summed")
def _b(rec, rng):
    s = [rec.N(rng.randint(10, 900))["s"] for _ in range(4)]
    body = "全年共投入资金%s万元，建设道路%s公里、桥梁%s座，惠及群众%s户。" % tuple(s)
    return body, ["万元", "公里"], s, "交通运输局", "农村公路"


@neg_style("neg_document_numbers", "totals", "doc_numbers", "document numbers and article numbers")
def _b(rec, rng):
    y, n, art = rng.choice([2022, 2023]), rng.randint(1, 99), rng.randint(3, 40)
    s = [str(y), str(n), str(art)]
    body = "根据《关于进一步规范工程建设项目审批的通知》（〔%s〕%s号）第%s条规定，严格落实审批时限。" % tuple(s)
    return body, ["号"], s, "行政审批局", "审批改革"


@neg_style("neg_age_and_time_ranges", "totals", "ranges", "ranges of ages and durations")
def _b(rec, rng):
    a, b = rng.choice([(16, 24), (18, 59), (35, 45), (60, 79)])
    x, y = rng.randint(2, 4), rng.randint(5, 8)
    s = [str(a), str(b), str(x), str(y)]
    body = "重点做好%s-%s岁人群就业帮扶，对符合条件人员给予%s至%s个月的社保补贴。" % tuple(s)
    return body, ["岁", "至"], s, "人力资源和社会保障局", "就业帮扶"


@neg_style("neg_han_included_subset", "totals", "han_subset", "含 marks an included subset, not a breakdown")
def _b(rec, rng):
    T = rng.randint(100, 900)
    s = [rec.N(T)["s"], rec.N(rng.randint(5, T // 3))["s"], rec.N(rng.randint(5, 60))["s"]]
    body = "市长热线转来诉求%s件（含重复件%s件），已全部办结；群众来访（含集体访）%s批次。" % tuple(s)
    return body, ["含"], s, "信访局", "信访"


@neg_style("neg_households_persons_no_parts", "totals", "hh_persons", "户 and 人 of the same group are two measures, not parts")
def _b(rec, rng):
    h = rng.randint(50, 3000)
    p = int(h * rng.uniform(2.5, 4))
    s = [rec.N(h)["s"], rec.N(p)["s"], rec.N(rng.randint(10, 99))["s"]]
    body = "合计安置被拆迁户%s户%s人，涉及%s个村民小组。" % tuple(s)
    return body, ["户"], s, "自然资源局", "征地拆迁"


@neg_style("neg_target_and_progress", "totals", "target_progress", "a target and a progress figure with no stated relation")
def _b(rec, rng):
    t = rng.randint(100, 900)
    s = [rec.N(t)["s"], rec.N(rng.randint(10, t))["s"], rec.N(rng.randint(1, 12))["s"]]
    body = "年度目标新增市场主体%s户，目前已收集入库企业信息%s户，将于%s月底前完成剩余工作。" % tuple(s)
    return body, ["目标"], s, "市场监督管理局", "市场主体"


@neg_style("neg_ratio_investment_split", "totals", "ratio_terms", "a 1:1 funding ratio is a rule, not a sum")
def _b(rec, rng):
    a = rng.randint(10000, 300000)
    s = ["1", "1", rec.N(a)["s"], rec.N(rng.randint(100, 900))["s"]]
    body = "街道与村委会按1:1比例投入资金，共计投入%s元，清运处理垃圾%s吨。" % (s[2], s[3])
    return body, ["比例"], s, "城市管理局", "环境卫生"


# pct negatives
@neg_style("neg_growth_over_100_no_base", "pct", "growth_over_100", "a growth rate above 100% is legitimate and has no base to check")
def _b(rec, rng):
    r = Decimal(rng.randint(1010, 4000)) / 10
    s = [str(r), fmt_dec(rng.randint(100, 9000), 2)]
    body = "跨境电商进出口额%s亿元，同比增长%s%%，增速居全市首位。" % (s[1], s[0])
    return body, ["增长"], s, "商务局", "外贸"


@neg_style("neg_pp_only", "pct", "percentage_points", "个百分点 without the two rates cannot be checked")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(3, 60)) / 10), str(Decimal(rng.randint(3, 40)) / 10)]
    body = "规模以上工业增加值增速比上年提高%s个百分点，高于全省平均水平%s个百分点。" % tuple(s)
    return body, ["个百分点"], s, "工业和信息化局", "工业经济"


@neg_style("neg_share_of_unstated_whole", "pct", "unstated_whole", "share of a whole that is not given in the text")
def _b(rec, rng):
    s = [_n(rec, 10, 90), _n(rec, 5, 40), _n(rec, 500, 5000), str(rng.randint(5, 40))]
    body = "三资平台共受理集体资产交易%s宗，成交%s宗，成交金额约%s万元，占全区交易总量的%s%%。" % tuple(s)
    return body, ["占全区"], s, "农业农村局", "农村三资"


@neg_style("neg_progress_over_100", "pct", "progress_over_100", "时序进度/完成率 over 100% without base figures")
def _b(rec, rng):
    s = [str(rng.randint(101, 130)), str(rng.randint(100, 125))]
    body = "固定资产投资时序进度%s%%，招商引资完成年度任务的%s%%，均超额完成。" % tuple(s)
    return body, ["进度"], s, "发展和改革局", "经济运行"


@neg_style("neg_rates_of_different_wholes", "pct", "different_wholes", "rates over different wholes may sum past 100%")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(950, 999)) / 10), str(Decimal(rng.randint(900, 999)) / 10), str(Decimal(rng.randint(850, 999)) / 10)]
    body = "城镇职工医保参保率%s%%，城乡居民医保参保率%s%%，农村低收入人口参保率%s%%。" % tuple(s)
    return body, ["参保率"], s, "医疗保障局", "医疗保障"


@neg_style("neg_multiple_choice_survey", "pct", "multi_choice", "multiple-choice answers (可多选) may sum past 100%")
def _b(rec, rng):
    n = rng.randint(300, 3000)
    s = [rec.N(n)["s"]] + [str(rng.randint(35, 80)) for _ in range(3)]
    body = "共回收有效问卷%s份（可多选），认为最需改善的是停车难%s%%、物业服务%s%%、充电设施%s%%。" % tuple(s)
    return body, ["可多选"], s, "住房和城乡建设局", "民意调查"


@neg_style("neg_rate_without_counts", "pct", "no_base", "a rate with no counts to check it against")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(9000, 9999)) / 100), str(rng.randint(90, 100))]
    body = "12345热线诉求办结率%s%%，群众满意率%s%%，均位居全市前列。" % tuple(s)
    return body, ["办结率"], s + ["12345"], "政务服务中心", "12345热线"


@neg_style("neg_policy_rates", "pct", "policy_rates", "contribution and tax rates are rules, not shares of one whole")
def _b(rec, rng):
    s = ["16", "8", "2", str(rng.choice([1, 3, 5]))]
    body = "单位按%s%%、个人按%s%%的比例缴纳基本养老保险费，医保个人缴费比例为%s%%，小规模纳税人征收率减按%s%%执行。" % tuple(s)
    return body, ["比例"], s, "税务局", "社保费征缴"


@neg_style("neg_negative_growth_minus", "pct", "minus_growth", "a negative growth written with a minus sign is well formed")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(100, 3000)) / 100), str(Decimal(rng.randint(10, 900)) / 10)]
    body = "其他营利性服务业营业收入增速为-%s%%，住宿业增长%s%%。" % tuple(s)
    return body, ["-"], s, "统计局", "服务业"


@neg_style("neg_growth_targets", "pct", "targets", "target growth rates and an achieved rate of a different indicator")
def _b(rec, rng):
    s = [str(rng.choice([8, 10, 12, 15, 30])), str(Decimal(rng.randint(50, 400)) / 10), str(rng.choice([6, 7, 8]))]
    body = "年初确定社会消费品零售总额增幅目标%s%%，实际增长%s%%；地区生产总值预期增长%s%%左右。" % tuple(s)
    return body, ["目标"], s, "发展和改革局", "经济运行"


@neg_style("neg_pct_interval", "pct", "interval", "an interval of percentages")
def _b(rec, rng):
    a = rng.randint(3, 8)
    s = [str(a), str(a + rng.randint(2, 5)), str(rng.randint(60, 80))]
    body = "预计全年税收收入增长%s%%—%s%%，其中制造业税收占比保持在%s%%以上。" % tuple(s)
    return body, ["预计"], s, "税务局", "税收形势"


@neg_style("neg_hundred_pct_coverage_lists", "pct", "coverage_100", "several 100% coverages of different wholes")
def _b(rec, rng):
    n = rng.randint(8, 40)
    s = [str(n), "100", "100"]
    body = "建成%s个新时代文明实践站，覆盖率达100%%；村级综合服务站实现全覆盖，建成率100%%。" % (n,)
    return body, ["覆盖率"], s, "文明办", "文明实践"


@neg_style("neg_interest_and_lpr", "pct", "interest_rates", "interest rates and their changes are not shares")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(300, 480)) / 100), str(rng.randint(5, 40)), str(Decimal(rng.randint(80, 150)) / 100)]
    body = "新发放企业贷款加权平均利率%s%%，比上年下降%s个基点；创业担保贷款财政贴息后个人实际承担利率约%s%%。" % tuple(s)
    return body, ["利率"], s, "金融工作办公室", "金融运行"


@neg_style("neg_near_rate_jin", "pct", "approx_rate", "近/约 rate with no counts; a rounded figure, nothing to check")
def _b(rec, rng):
    s = [str(rng.randint(60, 99)), rec.N(rng.randint(20, 300))["s"]]
    body = "农村生活污水治理率近%s%%，新改建农村户厕%s座。" % tuple(s)
    return body, ["近"], s, "农业农村局", "人居环境"


@neg_style("neg_share_over_100_ratio_index", "pct", "index", "an index relative to a base (上年=100) is not a share")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(1001, 1080)) / 10), "100"]
    body = "居民消费价格指数为%s（上年=100），涨幅保持在合理区间；粮食收购价格指数以上年为%s。" % tuple(s)
    return body, ["指数"], s, "统计局", "价格"


@neg_style("neg_subgroup_rates_own_bases", "pct", "own_bases", "rates of subgroups over their own bases do not add")
def _b(rec, rng):
    s = [str(Decimal(rng.randint(900, 999)) / 10), str(Decimal(rng.randint(850, 999)) / 10), str(Decimal(rng.randint(700, 990)) / 10)]
    body = "男性劳动者就业率%s%%，女性劳动者就业率%s%%，残疾人就业率%s%%。" % tuple(s)
    return body, ["就业率"], s, "人力资源和社会保障局", "就业"



# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
PER_STYLE = 19


def build_record(name, family, kind, fn, rng, want):
    for attempt in range(200):
        rec = Rec(rng, family)
        fn(rec, want == "inconsistent") if kind == "check" else fn(rec)
        checks = list(rec.checks)
        if rec.free:
            checks.append({"rel": "free", "s": list(dict.fromkeys(rec.free)), "why": "years, month numbers, item numbers and standalone counts outside any relation"})
        rec.checks = checks
        text = "\n".join(rec.lines)
        statuses = []
        for c in checks:
            st, _ = eval_check(c, text)
            statuses.append("lookalike" if (st == NEUTRAL and c["rel"] == "lookalike") else st)
        lab = label_from(statuses)
        if lab != want:
            continue
        r = {"id": "", "family": family, "style": name, "label": want, "text": text,
             "note": make_note(rec, statuses, want), "checks": checks}
        r["id"] = "n34-%s-000000" % family
        if audit_record(r):
            continue
        return r
    raise RuntimeError("could not build %s/%s: %s" % (name, want, audit_record(r) if 'r' in dir() else statuses))


def generate(seed, per_style=PER_STYLE):
    recs = []
    for name, family, kind, fn in STYLES:
        rng = random.Random("numbers34|%d|%s" % (seed, name))
        if kind == "check":
            wants = [("consistent", "inconsistent")[(i + len(recs)) % 2] for i in range(per_style)]
        else:
            wants = ["negative"] * per_style
        for w in wants:
            recs.append(build_record(name, family, kind, fn, rng, w))
    random.Random("numbers34-order|%d" % seed).shuffle(recs)
    cnt = {"totals": 0, "pct": 0}
    for r in recs:
        cnt[r["family"]] += 1
        r["id"] = "n34-%s-%06d" % (r["family"], cnt[r["family"]])
    return recs


def style_table(seed=11):
    recs = generate(seed, 4)
    rows = {}
    for r in recs:
        rows.setdefault(r["style"], []).append(r)
    full = generate(seed)
    cnt = {}
    for r in full:
        cnt.setdefault(r["style"], {"consistent": 0, "inconsistent": 0, "negative": 0})[r["label"]] += 1
    out = ["| style | family | consistent | inconsistent | negative | example |", "|---|---|---|---|---|---|"]
    for name, family, kind, fn in STYLES:
        ex = sorted(rows[name], key=lambda r: r["label"] != ("inconsistent" if kind == "check" else "negative"))[0]
        body = [l for l in ex["text"].split("\n")]
        t = max(body, key=lambda l: len(re.findall("[0-9０-９%％]", l)))
        t = t.replace("|", "\\|")
        if len(t) > 110:
            t = t[:110] + "…"
        c = cnt[name]
        out.append("| %s | %s | %d | %d | %d | %s |" % (name, family, c["consistent"], c["inconsistent"], c["negative"], t))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table", action="store_true")
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify_files(a.verify) else 1)
    if a.style_table:
        print(style_table(a.seed))
        return
    recs = generate(a.seed)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
        print("wrote %d records to %s" % (len(recs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
