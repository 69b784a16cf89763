#!/usr/bin/env python3
"""numbers19_gen.py - held-out test collection for an arithmetic auditor of Chinese report text.

Families: `totals` (wholes and parts, differences, changes, counts) and `pct` (rates, shares,
percentage changes, malformed percentages).  Standard library only, Python 3.11.

    python3 numbers19_gen.py --seed 11 --out numbers19_seed11.jsonl
    python3 numbers19_gen.py --verify numbers19_seed11.jsonl numbers19_seed12.jsonl
    python3 numbers19_gen.py --style-table numbers19_seed11.jsonl [--out table.md]

Generation writes every number through a marker so that each check records the exact surface
string and its character offset in `text`.  The verifier (section VERIFIER below) shares no code
with the generator: it re-parses every surface string from the text (its own Arabic / full-width /
Chinese-numeral parser), recomputes every relation with exact fractions, re-scans every percent sign
of the text for malformations, and re-derives the label from the recomputed results.
"""
import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 60

PREFIX = "n19"


class Retry(Exception):
    """Raised by a style when the random draw is unusable; the generator draws again."""


# =====================================================================================
# GENERATOR SIDE: rendering numbers
# =====================================================================================
FW_TBL = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIG = "零一二三四五六七八九"


def D(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, Fraction):
        return Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(str(x))


def _cn_small(n, leading, liang):
    s, started, zero = "", False, False
    for u, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // u % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        if u == 10 and d == 1 and not started and leading:
            ch = ""
        elif d == 2 and liang and u >= 100:
            ch = "两"
        else:
            ch = CN_DIG[d]
        s += ch + name
        started = True
    return s


def cn_int(n, liang=False):
    if n == 0:
        return "零"
    secs = [(n // 10 ** 8, "亿"), (n // 10 ** 4 % 10 ** 4, "万"), (n % 10 ** 4, "")]
    out, started, gap = "", False, False
    for val, name in secs:
        if val == 0:
            if started:
                gap = True
            continue
        if started and (gap or val < 1000):
            out += "零"
        sm = _cn_small(val, not started, liang)
        if liang and val == 2 and name:
            sm = "两"
        out += sm + name
        started, gap = True, False
    return out


def quant(v, dec):
    return D(v).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def render(v, dec=0, fmt="a"):
    q = quant(v, dec)
    s = f"{q:f}"
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if fmt in ("cn", "cnl"):
        ip, _, fp = s.partition(".")
        out = cn_int(int(ip), liang=(fmt == "cnl"))
        if fp:
            out += "点" + "".join(CN_DIG[int(c)] for c in fp)
    elif fmt.startswith("sep"):
        sep = fmt[3:] or ","
        ip, dot, fp = s.partition(".")
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        out = sep.join(groups) + dot + fp
    elif fmt == "fw":
        out = s.translate(FW_TBL)
    elif fmt == "fwd":
        out = s.translate(FW_TBL).replace(".", "．")
    else:
        out = s
    return ("-" + out) if neg else out


class Tok(str):
    """A marked piece of text; `.ref` is the reference used inside checks."""
    ref = None


def mk(s, ref):
    t = Tok(s)
    t.ref = ref
    return t


class Rec:
    def __init__(self, rng, label):
        self.rng = rng
        self.label = label
        self.bad = label == "inconsistent"
        self.negl = label == "negative"
        self.vals = {}
        self.k = 0
        CUR['y'] = rng.choice(YEAR)

    def _key(self):
        self.k += 1
        return f"k{self.k}"

    def n(self, v, dec=0, fmt="a", mag=""):
        """A number shown in the text. v is the value in units of `mag` (''/'万'/'亿')."""
        key = self._key()
        surf = render(v, dec, fmt) + mag
        mult = {"": 1, "万": 10 ** 4, "亿": 10 ** 8}[mag]
        self.vals[key] = (surf, quant(v, dec) * mult)
        return mk(f"\x01{key}\x02{surf}\x03", "@" + key)

    def raw(self, surf, value=None):
        """An arbitrary marked string (cue words, malformed tokens, item labels)."""
        key = self._key()
        self.vals[key] = (surf, value)
        return mk(f"\x01{key}\x02{surf}\x03", "@" + key)

    def finalize(self, text, checks):
        pat = re.compile("\x01(k\\d+)\x02(.*?)\x03", re.S)
        buf, last, length, offs = [], 0, 0, {}
        for m in pat.finditer(text):
            seg = text[last:m.start()]
            buf.append(seg)
            length += len(seg)
            if m.group(1) in offs:
                raise ValueError("token used twice: " + m.group(1))
            offs[m.group(1)] = length
            buf.append(m.group(2))
            length += len(m.group(2))
            last = m.end()
        buf.append(text[last:])
        clean = "".join(buf)
        if any(c in clean for c in "\x01\x02\x03"):
            raise ValueError("stray marker")

        def res(x):
            if isinstance(x, str) and x.startswith("@k"):
                key = x[1:]
                if key not in offs:
                    raise ValueError("token referenced but not in text: " + key)
                surf, val = self.vals[key]
                d = {"s": surf, "at": offs[key]}
                if val is not None:
                    d["v"] = fmt_dec(val)
                return d
            if isinstance(x, Tok) and x.ref:
                return res(x.ref)
            if isinstance(x, list):
                return [res(y) for y in x]
            if isinstance(x, dict):
                return {k: res(v) for k, v in x.items()}
            return x

        return clean, res(checks)


def fmt_dec(v):
    v = D(v)
    s = f"{v.normalize():f}" if v != 0 else "0"
    return s


# ---------------------------------------------------------------- arithmetic helpers (gen)
def fr(x):
    return Fraction(str(D(x)))


def rhu(f, d):
    q = f * 10 ** d
    fl = math.floor(q)
    n = fl + (1 if q - fl >= Fraction(1, 2) else 0)
    return Decimal(n).scaleb(-d) if d else Decimal(n)


def tie(f, d):
    q = f * 10 ** d
    return q - math.floor(q) == Fraction(1, 2)


def pct_exact(num, den):
    return fr(num) * 100 / fr(den)


def good_rate(num, den, d):
    ex = pct_exact(num, den)
    if tie(ex, d):
        raise Retry
    return rhu(ex, d)


def bad_pct_value(rng, ex, d, cap=None, floor=Decimal("0.1")):
    """A stated percentage clearly different from the exact value ex (Fraction)."""
    good = rhu(ex, d)
    ulp = Decimal(1).scaleb(-d) if d else Decimal(1)
    for _ in range(60):
        m = rng.random()
        if m < 0.22 and d > 0:
            s = list(f"{good:f}")
            idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
            if not idx:
                continue
            i = rng.choice(idx)
            s[i], s[i + 1] = s[i + 1], s[i]
            st = Decimal("".join(s))
        else:
            if d == 0:
                delta = Decimal(rng.choice([3, 4, 5, 6, 7, 8, 10, 12]))
            else:
                delta = Decimal(str(rng.choice([0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.1, 1.3, 1.6, 2, 2.4, 3, 3.5, 4.2, 5, 6.3, 8])))
                delta = delta + ulp * rng.randint(0, 9) if d == 2 else delta
            st = good + delta * rng.choice([-1, 1])
        st = quant(st, d)
        if st < floor or (cap is not None and st > cap):
            continue
        diff = abs(fr(st) - ex)
        if diff >= Fraction(3, 10) and abs(st - good) >= 3 * ulp:
            return st
    raise Retry


def split_int(rng, total, k, minp=1, spread=(0.35, 1.6)):
    for _ in range(100):
        w = [rng.uniform(*spread) for _ in range(k)]
        sw = sum(w)
        parts = [max(minp, int(total * x / sw)) for x in w[:-1]]
        last = total - sum(parts)
        if last >= minp:
            parts.append(last)
            return parts
    raise Retry


def split_dec(rng, total, k, dec, minp=None):
    u = 10 ** dec
    ti = int(quant(total, dec) * u)
    parts = split_int(rng, ti, k, minp=minp or max(1, ti // (k * 8)))
    return [Decimal(p).scaleb(-dec) if dec else Decimal(p) for p in parts]


def perturb_int(rng, v, lo=1, mind=1):
    for _ in range(200):
        m = rng.random()
        s = str(v)
        if m < 0.25 and len(s) >= 2:
            idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
            if not idx:
                continue
            i = rng.choice(idx)
            t = list(s)
            t[i], t[i + 1] = t[i + 1], t[i]
            if t[0] == "0":
                continue
            nv = int("".join(t))
        elif m < 0.55:
            nv = v + rng.choice([-1, 1]) * rng.randint(1, 3)
        else:
            span = max(2, v // 8, 2 * mind)
            nv = v + rng.choice([-1, 1]) * rng.randint(mind, max(mind, span))
        if nv >= lo and abs(nv - v) >= mind:
            return nv
    raise Retry


def perturb_dec(rng, v, dec, mind=10):
    u = 10 ** dec
    vi = int(quant(v, dec) * u)
    nv = perturb_int(rng, vi, mind=mind)
    return Decimal(nv).scaleb(-dec) if dec else Decimal(nv)


def perturb(rng, v, dec=0, mind=None):
    """Change a shown value. Decimal or 万/亿 figures move by clearly more than rounding noise."""
    if dec == 0:
        return Decimal(perturb_int(rng, int(v), mind=mind or 1))
    return perturb_dec(rng, v, dec, mind=mind or 10)


# =====================================================================================
# VERIFIER (independent of the generator code above: own parser, own rounding, own scan)
# =====================================================================================
V_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
V_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_CNU = {"十": 10, "百": 100, "千": 1000}
V_DIGITS = set("0123456789") | set(V_FW)
V_CNSET = set(V_CN) | set(V_CNU) | {"万", "亿", "点"}


def v_cn_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch in V_CNU:
            if num == 0 and ch == "十":
                num = 1
            section += num * V_CNU[ch]
            num = 0
        elif ch == "万":
            section += num
            total += section * 10000
            section, num = 0, 0
        elif ch == "亿":
            section += num
            total = (total + section) * 10 ** 8
            section, num = 0, 0
        else:
            raise ValueError("bad Chinese numeral " + s)
    return total + section + num


def v_parse(s):
    """Surface string -> Fraction (absolute value, magnitude 万/亿 applied)."""
    t = "".join(V_FW.get(c, c) for c in s).replace("．", ".").replace("－", "-")
    sign = 1
    if t.startswith("-"):
        sign, t = -1, t[1:]
    if t and all(c in V_CNSET for c in t) and not re.search(r"\d", t):
        ip, _, dp = t.partition("点")
        val = Fraction(v_cn_int(ip))
        if dp:
            val += Fraction(int("".join(str(V_CN[c]) for c in dp)), 10 ** len(dp))
        return sign * val
    mult = 1
    if t.endswith("亿"):
        mult, t = 10 ** 8, t[:-1]
    elif t.endswith("万"):
        mult, t = 10 ** 4, t[:-1]
    if re.fullmatch(r"\d{1,3}(?:[,， \u2009]\d{3})+(?:\.\d+)?", t):
        t = re.sub(r"[,， \u2009]", "", t)
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        raise ValueError("unparseable number " + s)
    return sign * Fraction(t) * mult


def v_decimals(s):
    t = "".join(V_FW.get(c, c) for c in s).replace("．", ".").replace("点", ".")
    t = t.rstrip("万亿")
    return len(t.split(".", 1)[1]) if "." in t else 0


def v_round(x, d, even=False):
    q = x * 10 ** d
    fl = math.floor(q)
    rem = q - fl
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and (not even or fl % 2 == 1)):
        fl += 1
    return Fraction(fl, 10 ** d)


def v_pct_runs(text):
    """Every run of percent signs with a verdict: True = well formed."""
    out = []
    for m in re.finditer(r"[%％]+", text):
        a, b = m.start(), m.end()
        ok = (b - a == 1)
        j = a
        while j > 0 and (text[j - 1] in V_DIGITS or text[j - 1] in ".．"):
            j -= 1
        tok = text[j:a]
        if not tok or not re.fullmatch(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", tok):
            ok = False
        before = text[max(0, j - 3):j]
        if before.endswith("百分之"):
            ok = False
        if j > 0 and re.match(r"[A-Za-zＡ-Ｚａ-ｚ×%％]", text[j - 1]):
            ok = False
        if j > 1 and text[j - 1] in "。，," and text[j - 2] in V_DIGITS and text[j - 1] == "。":
            ok = False
        if b < len(text) and text[b] in V_DIGITS:
            ok = False
        if b - a == 1 and a > 0 and b < len(text) and text[a - 1] in "（(" and text[b] in "）)":
            ok = True  # unit label in a table header: 占比（%）
        out.append((j, b, ok))
    return out


def v_val(tok, text, errs, what):
    """Check a number token against the text and return its Fraction value."""
    s, at = tok.get("s"), tok.get("at")
    if not isinstance(s, str) or not isinstance(at, int) or text[at:at + len(s)] != s:
        errs.append(f"{what}: token {s!r} not at offset {at}")
        return None
    prev = text[at - 1] if at > 0 else ""
    nxt = text[at + len(s)] if at + len(s) < len(text) else ""
    if s[0] in V_DIGITS or s[0] == "-":
        if (prev and (prev in V_DIGITS or prev in ".．")) or (nxt and nxt in V_DIGITS) or (nxt and nxt in ".．" and at + len(s) + 1 < len(text) and text[at + len(s) + 1] in V_DIGITS):
            errs.append(f"{what}: token {s!r} is part of a longer number")
    elif s[0] in V_CNSET:
        if (prev and prev in V_CNSET and prev not in "点") or (nxt and nxt in V_CNSET):
            errs.append(f"{what}: Chinese numeral {s!r} is part of a longer numeral")
    try:
        val = v_parse(s)
    except ValueError as e:
        errs.append(f"{what}: {e}")
        return None
    if "v" in tok and Fraction(tok["v"]) != val:
        errs.append(f"{what}: stored value {tok['v']} != parsed {val} for {s!r}")
    return val


def v_cue(tok, text, errs, what):
    s, at = tok.get("s"), tok.get("at")
    if not isinstance(s, str) or not isinstance(at, int) or text[at:at + len(s)] != s:
        errs.append(f"{what}: cue {s!r} not at offset {at}")
        return None
    return s


APPROX_CUES = ("约", "近", "余", "多", "左右", "大约", "约为", "逾", "超")
TRAP_KINDS = {"overlap", "selection", "partial", "approx", "growth_over_100", "pp_no_base", "unstated_whole",
              "overlap_shares", "policy_rate", "at_least", "ranking", "multi_select", "no_base", "level",
              "model_number", "date_code", "one_plus_x", "unit_mismatch", "average", "subset_single",
              "ratio", "range", "stock_flow", "target_no_numbers", "rhetoric", "growth_one_value"}


def v_ulp(tok):
    """Last-place unit of an Arabic figure that may itself be rounded (decimals or 万/亿); None if exact."""
    s = tok.get("s", "")
    t = "".join(V_FW.get(ch, ch) for ch in s)
    if not re.search(r"\d", t):
        return None
    d = v_decimals(s)
    mult = 10 ** 8 if t.endswith("亿") else (10 ** 4 if t.endswith("万") else 1)
    if d == 0 and mult == 1:
        return None
    return Fraction(mult, 10 ** d)


def v_noise_rule(toks, diff, errs, w):
    """A failing sum must be off by more than the rounding of all its figures could explain."""
    ulps = [u for u in (v_ulp(t) for t in toks) if u is not None]
    if ulps and abs(diff) <= Fraction(len(toks), 2) * max(ulps):
        errs.append(w + f": difference {float(diff)} is within rounding noise")


def v_check(c, text, errs, i):
    """Recompute one check. Returns (checkable, holds)."""
    rel = c.get("rel")
    w = f"check[{i}] {rel}"
    V = lambda t: v_val(t, text, errs, w)
    if rel == "sum":
        tot, parts = V(c["total"]), [V(p) for p in c["parts"]]
        if tot is None or None in parts or len(parts) < 2:
            errs.append(w + ": bad operands")
            return True, False
        if sum(parts) != tot:
            v_noise_rule([c["total"]] + c["parts"], sum(parts) - tot, errs, w)
        return True, sum(parts) == tot
    if rel == "lin":
        plus, minus, eq = [V(p) for p in c["plus"]], [V(p) for p in c.get("minus", [])], V(c["eq"])
        if eq is None or None in plus or None in minus:
            errs.append(w + ": bad operands")
            return True, False
        if sum(plus) - sum(minus) != eq:
            v_noise_rule(c["plus"] + c.get("minus", []) + [c["eq"]], sum(plus) - sum(minus) - eq, errs, w)
        return True, sum(plus) - sum(minus) == eq
    if rel == "equal":
        a, b = V(c["a"]), V(c["b"])
        return True, a is not None and a == b
    if rel == "count":
        n = V(c["n"])
        items = [v_cue(t, text, errs, w) for t in c["items"]]
        return True, n == len(items)
    if rel in ("rate", "pct_change", "pp_diff"):
        st = V(c["pct"])
        d = v_decimals(c["pct"]["s"])
        if rel == "rate":
            nums = [V(x) for x in c["num"]] if isinstance(c["num"], list) else [V(c["num"])]
            num = None if None in nums else sum(nums)
            den = V(c["den"])
            if num is None or not den:
                errs.append(w + ": bad operands")
                return True, False
            ex = num * 100 / den
        elif rel == "pct_change":
            old, new = V(c["old"]), V(c["new"])
            if old is None or new is None or old == 0:
                errs.append(w + ": bad operands")
                return True, False
            ex = (new - old) * 100 / old
            if c.get("dir") == "down":
                ex = -ex
        else:
            r1, r2 = V(c["r1"]), V(c["r2"])
            if r1 is None or r2 is None:
                errs.append(w + ": bad operands")
                return True, False
            ex = r2 - r1 if c.get("dir") == "up" else r1 - r2
        if st is None:
            return True, False
        ok = st in (v_round(ex, d), v_round(ex, d, even=True))
        if not ok:
            ulp = Fraction(1, 10 ** d)
            if abs(st - ex) < Fraction(3, 10) or abs(st - v_round(ex, d)) < 3 * ulp:
                errs.append(w + f": wrong value {float(st)} too close to exact {float(ex):.4f} (ambiguous)")
        return True, ok
    if rel in ("shares_le_100", "shares_eq_100"):
        sh = [V(p) for p in c["shares"]]
        if None in sh:
            return True, False
        dmax = max(v_decimals(p["s"]) for p in c["shares"])
        tol = Fraction(len(sh), 2 * 10 ** dmax)
        s = sum(sh)
        if rel == "shares_le_100":
            ok = s <= 100 + tol
            if not ok and s < 102:
                errs.append(w + ": excess over 100 too small to be clear")
        else:
            ok = abs(s - 100) <= tol
            if not ok and abs(s - 100) < 2:
                errs.append(w + ": deviation from 100 too small to be clear")
        return True, ok
    if rel == "pct_format":
        t = c["tok"]
        if v_cue(t, text, errs, w) is None:
            return True, False
        a, b = t["at"], t["at"] + len(t["s"])
        runs = [r for r in v_pct_runs(text) if r[1] > a and r[0] < b] if "%" in t["s"] or "％" in t["s"] else []
        if "%" in t["s"] or "％" in t["s"]:
            if not runs:
                errs.append(w + ": no percent sign inside token")
                return True, False
            return True, all(r[2] for r in runs)
        errs.append(w + ": token without percent sign")
        return True, False
    if rel == "trap":
        kind = c.get("kind")
        if kind not in TRAP_KINDS:
            errs.append(w + f": unknown trap kind {kind}")
        cue = v_cue(c["cue"], text, errs, w)
        nums = {k: ([V(x) for x in v] if isinstance(v, list) else V(v)) for k, v in c.get("nums", {}).items()}
        if any(x is None for v in nums.values() for x in (v if isinstance(v, list) else [v])):
            errs.append(w + ": bad trap operands")
            return False, True
        if kind in ("overlap", "unit_mismatch", "multi_select") and "total" in nums:
            if sum(nums["parts"]) == nums["total"]:
                errs.append(w + ": trap parts happen to add up")
        if kind in ("selection", "partial"):
            if not sum(nums["parts"]) < nums["total"]:
                errs.append(w + ": partial list does not fall short of total")
        if kind == "approx":
            if cue is None or not any(x in cue for x in APPROX_CUES):
                errs.append(w + ": approx cue missing")
            diff = abs(sum(nums["parts"]) - nums["total"])
            if diff == 0 or diff > nums["total"] / 10:
                errs.append(w + ": approx difference not in (0, 10%]")
        if kind in ("growth_over_100", "growth_one_value") and "pct" in nums and kind == "growth_over_100":
            if not nums["pct"] > 100:
                errs.append(w + ": growth not over 100")
        if kind in ("overlap_shares", "multi_select", "ranking") and "shares" in nums:
            if not sum(nums["shares"]) > 100:
                errs.append(w + ": shares do not exceed 100")
        if kind == "pp_no_base" and (cue is None or "百分点" not in cue):
            errs.append(w + ": pp cue missing")
        return False, True
    errs.append(w + ": unknown relation")
    return True, False


def verify_record(r, text_seen):
    errs = []
    for k in ("id", "family", "style", "label", "text", "note", "checks"):
        if k not in r:
            errs.append("missing key " + k)
    if errs:
        return errs
    fam, lab, text = r["family"], r["label"], r["text"]
    if fam not in ("totals", "pct"):
        errs.append("bad family")
    if lab not in ("consistent", "inconsistent", "negative"):
        errs.append("bad label")
    if not re.fullmatch(rf"{PREFIX}-{fam}-\d{{6}}", r["id"]):
        errs.append("bad id " + r["id"])
    if not re.fullmatch(r"[a-z][a-z0-9_]{2,60}", r["style"]):
        errs.append("bad style name")
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    nl = len(text.split("\n"))
    if not 1 <= nl <= 8:
        errs.append(f"text has {nl} lines")
    if "\n" in r["note"] or not r["note"].strip():
        errs.append("note must be one non-empty line")
    if any(c in text for c in "\x01\x02\x03"):
        errs.append("marker left in text")
    if text in text_seen:
        errs.append("duplicate text")
    text_seen.add(text)
    checks = r["checks"]
    if not isinstance(checks, list) or not checks:
        errs.append("no checks")
        return errs
    failing, checkable, traps, fmt_tokens = 0, 0, 0, []
    for i, c in enumerate(checks):
        is_chk, holds = v_check(c, text, errs, i)
        if c.get("rel") == "pct_format":
            fmt_tokens.append(c["tok"])
        if is_chk:
            checkable += 1
            if c.get("holds") is not holds:
                errs.append(f"check[{i}] {c.get('rel')}: stored holds={c.get('holds')} but recomputed {holds}")
            if not holds:
                failing += 1
        else:
            traps += 1
    # every percent sign in the text: malformed ones must be exactly the declared failing format tokens
    bad_runs = [rr for rr in v_pct_runs(text) if not rr[2]]
    for rr in bad_runs:
        if not any(rr[1] > t["at"] and rr[0] < t["at"] + len(t["s"]) for t in fmt_tokens):
            errs.append(f"undeclared malformed percent at {rr[0]}: {text[rr[0]:rr[1]]!r}")
    if lab == "consistent" and (checkable == 0 or failing):
        errs.append(f"consistent but checkable={checkable} failing={failing}")
    if lab == "inconsistent" and failing != 1:
        errs.append(f"inconsistent but failing={failing}")
    if lab == "negative" and (failing or traps == 0):
        errs.append(f"negative but failing={failing} traps={traps}")
    return errs


def verify_files(paths):
    bad = 0
    for p in paths:
        seen_ids, seen_text = set(), set()
        labs = Counter()
        styles = defaultdict(Counter)
        n = 0
        with open(p, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{p}:{ln}: bad JSON {e}")
                    bad += 1
                    continue
                n += 1
                errs = verify_record(r, seen_text)
                if r.get("id") in seen_ids:
                    errs.append("duplicate id")
                seen_ids.add(r.get("id"))
                for e in errs:
                    print(f"{p}:{ln}: {r.get('id')} [{r.get('style')}] {e}")
                bad += bool(errs)
                labs[(r.get("family"), r.get("label"))] += 1
                styles[(r.get("style"), r.get("family"))][r.get("label")] += 1
        print(f"{p}: {n} records, {len(styles)} styles")
        for fam in ("totals", "pct"):
            tot = sum(v for (f, _), v in labs.items() if f == fam)
            parts = ", ".join(f"{l} {labs[(fam, l)]} ({100 * labs[(fam, l)] / max(1, tot):.1f}%)"
                              for l in ("consistent", "inconsistent", "negative"))
            print(f"  {fam}: {tot} = {parts}")
        small = [s for s, c in styles.items() if not 15 <= sum(c.values()) <= 20]
        if small:
            print(f"  styles outside 15-20 records: {small}")
            bad += 1
        fam_of = defaultdict(set)
        for s, f in styles:
            fam_of[s].add(f)
        if any(len(v) > 1 for v in fam_of.values()):
            print("  a style appears in two families")
            bad += 1
    print("VERIFY", "FAILED" if bad else "OK", f"({bad} problem records/files)")
    return 0 if not bad else 1


# =====================================================================================
# GENERATOR SIDE: vocabulary (all names invented)
# =====================================================================================
P1 = "青澄柳岚禾沐汀枫栖岫蓉梧桐杉榆槐芷荻菱蒲苇鹭雁鹤芦湄渚潭蔚黛砚檀樟杏桂茗"
P2 = "川源岗湾溪坪塘坝林洲坡岭阳丰和兴泰埠滩垣浦畈墩"
TOWN_SUF = ["镇", "乡", "街道"]
VIL_SUF = ["村", "村", "社区"]
CO_MID = ["智造", "农业发展", "供应链", "建材", "环保科技", "新能源", "食品", "水务", "城建投资", "纺织", "物流", "数字科技"]


def pname(rng):
    return rng.choice(P1) + rng.choice(P2)


def pnames(rng, k):
    out = []
    while len(out) < k:
        x = pname(rng)
        if x not in out and all(x[0] != y[0] for y in out):
            out.append(x)
    return out


def town(rng):
    return pname(rng) + rng.choice(TOWN_SUF)


def county(rng):
    return pname(rng) + rng.choice(["县", "区", "市"])


def company(rng):
    return pname(rng) + rng.choice(CO_MID) + rng.choice(["有限公司", "股份有限公司", "集团有限公司"])


def villages(rng, k, suf=None):
    return [x + (suf or rng.choice(VIL_SUF)) for x in pnames(rng, k)]


YEAR = [2021, 2022, 2023, 2024]
CUR = {"y": 2023}   # the report year of the record being generated (set by Rec)
LEADS = ["今年以来，", "{y}年，", "截至{y}年{m}月底，", "报告期内，", "一年来，", "{y}年1—{m}月，", "全年", "本年度，", ""]
HEADS = ["一、{y}年主要工作完成情况", "（二）{topic}", "二、重点工作推进情况", "{topic}情况", "（一）{topic}",
         "三、{topic}", "【{topic}】", "{c}. {topic}", "一、基本情况"]
CLOSERS = [
    "相关问题已全部建立台账，实行销号管理。",
    "下一步，将持续巩固工作成效，防止问题反弹回潮。",
    "各项工作总体平稳有序，群众获得感进一步增强。",
    "工作中也存在基层力量不足、信息化水平不高等短板，需要在今后工作中加以改进。",
    "以上数据均来源于业务系统统计，经分管领导审核。",
    "通过定期调度、现场督导，确保各项任务按时完成。",
    "有关情况已按程序报上级主管部门备案。",
    "我们将坚持问题导向，持续补齐短板弱项。",
    "该项工作被列入年度民生实事项目，群众反映良好。",
    "做到了底数清、情况明、措施实。",
    "接受人大代表、政协委员视察，社会各界给予充分肯定。",
    "工作经验做法被上级部门转发推广。",
]
OPENERS = [
    "坚持以人民为中心的发展思想，统筹推进各项工作。",
    "在上级部门的指导下，我们紧盯年度目标任务，压实工作责任。",
    "按照年初确定的工作思路，各项任务稳步推进。",
    "坚持常态化调度与专项督导相结合。",
    "坚持“月调度、季通报、年考核”工作机制。",
    "围绕中心、服务大局，认真履行职能职责。",
    "聚焦群众急难愁盼问题，持续用力推动落实。",
]


def lead(rng):
    return rng.choice(LEADS).format(y=CUR['y'], m=rng.randint(3, 11))


def head(rng, topic):
    return rng.choice(HEADS).format(y=CUR['y'], topic=topic, c=rng.randint(1, 6))


def wrap(rng, body, topic, pre=None, post=None, maxlines=8):
    """Put context around the checked lines: optional heading, opener, closer."""
    body = body if isinstance(body, list) else [body]
    lines = []
    if rng.random() < 0.55:
        lines.append(head(rng, topic))
    if pre is not None:
        if pre:
            lines.append(pre)
    elif rng.random() < 0.35:
        lines.append(rng.choice(OPENERS))
    lines.extend(body)
    if post is not None:
        if post:
            lines.append(post)
    elif rng.random() < 0.5:
        lines.append(rng.choice(CLOSERS))
    while len(lines) > maxlines:
        lines.pop(0)
    return "\n".join(lines)


def join_inline(rng, lines):
    """Sometimes glue the body lines of a statement into one paragraph."""
    return "".join(lines) if rng.random() < 0.5 else lines


# Scenario tables ------------------------------------------------------------------
# count scenarios: topic, action (verb phrase), unit, part names, range
CNT = [
    ("生态环境执法", "查处环境违法案件", "起", ["水污染", "大气污染", "噪声污染", "固体废物污染", "土壤污染", "辐射安全"], (24, 260)),
    ("信访工作", "受理群众信访事项", "件", ["来信", "来访", "网上信访", "领导信箱", "12345转办"], (60, 900)),
    ("网格化社会治理", "网格员上报各类事件", "件", ["矛盾纠纷", "安全隐患", "环境卫生", "民生诉求", "治安问题"], (300, 9800)),
    ("志愿服务", "开展志愿服务活动", "场次", ["助老助残", "环境保护", "文明交通", "关爱未成年人", "应急救援"], (40, 680)),
    ("养老服务体系建设", "新增养老服务床位", "张", ["公办养老机构", "民办养老机构", "社区嵌入式养老服务点", "农村互助幸福院"], (120, 3200)),
    ("托育服务", "新增普惠性托位", "个", ["公办托育机构", "用人单位办托", "社区托育点", "幼儿园托班"], (60, 1800)),
    ("稳就业", "实现城镇新增就业", "人", ["高校毕业生", "退役军人", "农村转移劳动力", "就业困难人员"], (600, 18000)),
    ("职业技能培训", "开展补贴性职业技能培训", "人次", ["电工", "焊工", "育婴员", "电子商务师", "中式烹调师", "养老护理员"], (300, 8600)),
    ("乡村振兴", "实施衔接资金项目", "个", ["产业发展", "基础设施", "人居环境整治", "公共服务"], (18, 240)),
    ("电商进农村", "建成村级寄递物流综合服务站", "个", ["快递物流综合服务站", "电商服务点", "邮快合作网点"], (40, 420)),
    ("矿山安全监管", "排查矿山安全隐患", "处", ["通风", "防治水", "机电运输", "顶板管理", "爆破作业"], (30, 560)),
    ("审判执行", "受理各类案件", "件", ["民事", "刑事", "行政", "执行"], (900, 16000)),
    ("检察公益诉讼", "办理公益诉讼案件", "件", ["生态环境和资源保护", "食品药品安全", "国有财产保护", "英烈权益保护"], (20, 260)),
    ("食品安全监管", "完成食品安全抽检", "批次", ["粮食加工品", "食用油", "肉制品", "乳制品", "饮料", "蔬菜"], (400, 5200)),
    ("12345热线办理", "受理热线工单", "件", ["咨询", "求助", "投诉", "建议", "表扬"], (1200, 46000)),
    ("安全生产", "排查各类安全隐患", "处", ["消防", "燃气", "危险化学品", "建筑施工", "道路交通"], (80, 1900)),
    ("保障性住房", "筹集保障性租赁住房", "套", ["新建", "改建", "盘活存量房源"], (200, 6000)),
    ("党员队伍建设", "发展党员", "名", ["农牧民", "工人", "专业技术人员", "学生", "机关干部"], (30, 420)),
    ("市场主体培育", "新登记市场主体", "户", ["企业", "个体工商户", "农民专业合作社"], (800, 12000)),
    ("项目建设", "谋划储备项目", "个", ["工业", "农业", "城建", "社会事业", "生态环保"], (20, 260)),
    ("残疾人服务", "为残疾人提供康复服务", "人", ["肢体残疾", "视力残疾", "听力言语残疾", "智力残疾", "精神残疾"], (150, 2600)),
    ("老旧小区改造", "开工改造老旧小区", "个", ["城关片区", "东部片区", "西部片区", "开发区"], (12, 180)),
    ("渔业安全", "检查渔船", "艘", ["海洋捕捞渔船", "内陆捕捞渔船", "养殖渔船", "辅助渔船"], (60, 1400)),
    ("信用修复", "办理信用修复申请", "件", ["行政处罚信息", "经营异常名录", "严重失信主体名单"], (40, 900)),
]
# money / quantity scenarios: topic, action, unit (after magnitude), parts, range (in magnitude units), decimals, magnitude
AMT = [
    ("衔接资金管理", "下达衔接推进乡村振兴补助资金", "元", ["产业发展", "基础设施建设", "就业帮扶", "小额信贷贴息", "雨露计划补助"], (800, 9600), 2, "万"),
    ("就业补贴", "发放各类就业补贴", "元", ["职业培训补贴", "社会保险补贴", "一次性吸纳就业补贴", "就业见习补贴", "创业担保贷款贴息"], (120, 4800), 2, "万"),
    ("地方政府债券", "发行地方政府债券", "元", ["新增一般债券", "新增专项债券", "再融资债券"], (12, 160), 2, "亿"),
    ("税费支持政策", "办理增值税留抵退税", "元", ["制造业", "批发零售业", "交通运输业", "建筑业", "其他行业"], (1.2, 48), 2, "亿"),
    ("粮食收储", "收购粮食", "吨", ["小麦", "稻谷", "玉米", "大豆"], (3.5, 96), 2, "万"),
    ("渔业生产", "实现水产品总产量", "吨", ["淡水养殖", "海水养殖", "远洋捕捞", "近海捕捞"], (1.1, 38), 2, "万"),
    ("碳排放权交易", "核定年度碳排放配额", "吨", ["发电行业", "水泥行业", "钢铁行业", "化工行业"], (120, 3600), 1, "万"),
    ("审计监督", "查出主要问题金额", "元", ["违规使用资金", "损失浪费", "管理不规范", "应收未收"], (260, 18000), 2, "万"),
    ("村级集体经济", "实现村集体经营性收入", "元", ["资源发包", "物业租赁", "入股分红", "服务创收"], (86, 2400), 2, "万"),
    ("国有资本经营", "收取国有资本收益", "元", ["利润收入", "股利股息收入", "产权转让收入", "清算收入"], (300, 9800), 2, "万"),
    ("高标准农田建设", "建成高标准农田", "亩", ["新建", "改造提升", "高效节水灌溉"], (1.2, 14), 2, "万"),
    ("造林绿化", "完成营造林", "亩", ["人工造林", "封山育林", "退化林修复", "森林抚育"], (8000, 96000), 0, ""),
    ("重点项目投资", "完成重点项目投资", "元", ["产业项目", "基础设施项目", "民生项目", "生态环保项目"], (8, 120), 2, "亿"),
    ("文旅消费", "接待游客", "人次", ["过夜游客", "一日游游客"], (120, 2400), 2, "万"),
    ("农村公路", "新改建农村公路", "公里", ["县道", "乡道", "村道", "产业路"], (40, 600), 1, ""),
]


def pick_cnt(rng):
    return rng.choice(CNT)


def pick_amt(rng, dec=None):
    return rng.choice(AMT if dec is None else [a for a in AMT if a[5] == dec])


def sample_parts(rng, names, k):
    k = min(k, len(names))
    idx = sorted(rng.sample(range(len(names)), k))
    return [names[i] for i in idx]


def nfmt_int(rng, v, allow=("a",), w=None):
    """Choose a display format for an integer value."""
    opts = list(allow)
    f = rng.choice(opts)
    if f.startswith("sep") and v < 1000:
        f = "a"
    return f


# ---------------------------------------------------------------- registry
STYLES = []


def style(name, family, kind="check"):
    def deco(fn):
        STYLES.append({"name": name, "family": family, "kind": kind, "fn": fn})
        return fn
    return deco


def bad_idx(r, k):
    """Which of k shown numbers to corrupt (0 = the whole, 1..k-1 = parts) - random."""
    return r.rng.randrange(k)


# =====================================================================================
# helpers shared by styles
# =====================================================================================
def tv(r, tok):
    return r.vals[tok.ref[1:]][1]


def plain(v):
    return fmt_dec(v)


def sum_toks(r, total, parts, dec=0, ft="a", fp="a", mag="", allowed=None, pmag=None):
    vals = [D(total)] + [D(p) for p in parts]
    if r.bad:
        idxs = allowed if allowed is not None else list(range(len(vals)))
        i = r.rng.choice(idxs)
        vals[i] = perturb(r.rng, vals[i], dec, mind=(10 if dec else (5 if mag else 1)))
    T = r.n(vals[0], dec, ft, mag)
    P = []
    for j, v in enumerate(vals[1:]):
        f = fp[j] if isinstance(fp, (list, tuple)) else fp
        m = pmag[j] if isinstance(pmag, (list, tuple)) else (mag if pmag is None else pmag)
        P.append(r.n(v, dec, f, m))
    return T, P, {"rel": "sum", "total": T.ref, "parts": [p.ref for p in P], "holds": not r.bad}


def note_sum(r, T, P, what="whole = sum of parts"):
    s = sum(tv(r, p) for p in P)
    t = tv(r, T)
    base = f"{what}: {' + '.join(plain(tv(r, p)) for p in P)} = {plain(s)}, stated {plain(t)}"
    return base + ("; adds up" if s == t else f"; off by {plain(t - s)}, one figure altered")


def lin_toks(r, plus, minus, eq, dec=0, fmt="a", mag="", allowed=None):
    vals = [D(x) for x in plus + minus + [eq]]
    if r.bad:
        idxs = allowed if allowed is not None else list(range(len(vals)))
        i = r.rng.choice(idxs)
        vals[i] = perturb(r.rng, vals[i], dec, mind=(10 if dec else (5 if mag else 1)))
    toks = [r.n(v, dec, fmt, mag) for v in vals]
    pl, mi, eqt = toks[:len(plus)], toks[len(plus):len(plus) + len(minus)], toks[-1]
    chk = {"rel": "lin", "plus": [t.ref for t in pl], "minus": [t.ref for t in mi], "eq": eqt.ref, "holds": not r.bad}
    return pl, mi, eqt, chk


def note_lin(r, pl, mi, eqt, what):
    s = sum(tv(r, t) for t in pl) - sum(tv(r, t) for t in mi)
    expr = " + ".join(plain(tv(r, t)) for t in pl) + "".join(" - " + plain(tv(r, t)) for t in mi)
    e = tv(r, eqt)
    return f"{what}: {expr} = {plain(s)}, stated {plain(e)}" + ("; holds" if s == e else "; does not hold, one figure altered")


def cnt(r, kmin=3, kmax=5, scale=1, lo_min=None):
    topic, act, u, names, (lo, hi) = r.rng.choice(CNT)
    if lo_min:
        lo, hi = max(lo, lo_min), max(hi, lo_min * 3)
    if len(names) < kmin:
        raise Retry
    k = r.rng.randint(kmin, min(kmax, len(names)))
    nm = sample_parts(r.rng, names, k)
    total = r.rng.randint(lo, hi) * scale
    if total < 3 * k:
        raise Retry
    return topic, act, u, nm, total, split_int(r.rng, total, k)


def amt(r, dec=None, kmin=2, kmax=4):
    topic, act, u, names, (lo, hi), d, mag = pick_amt(r.rng, dec)
    k = r.rng.randint(min(kmin, len(names)), min(kmax, len(names)))
    nm = sample_parts(r.rng, names, k)
    total = quant(Decimal(str(r.rng.uniform(lo, hi))), d)
    return topic, act, u, nm, total, split_dec(r.rng, total, k, d), d, mag


def ulabel(r):
    return r.rng.choice(["", "", "本单位", town(r.rng), county(r.rng) + "", "全" + r.rng.choice(["县", "区", "市", "镇"])])


# =====================================================================================
# TOTALS - check styles (consistent / inconsistent)
# =====================================================================================
@style("sum_qizhong_dunhao", "totals")
def _t01(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    body = f"{lead(r.rng)}{ulabel(r)}{act}{T}{u}，其中" + "、".join(f"{n}{p}{u}" for n, p in zip(nm, P)) + "。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "共…其中 list"), [c]


@style("sum_qizhong_number_first", "totals")
def _t02(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    verb = r.rng.choice(["涉及", "属于", "为"])
    body = f"{lead(r.rng)}共{act}{T}{u}，其中" + "、".join(f"{p}{u}{verb}{n}类" for n, p in zip(nm, P)) + "。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "parts written number-first"), [c]


@style("sum_fenbiewei_total_after", "totals")
def _t03(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    lst = "、".join(f"{p}{u}" for p in P[:-1]) + f"和{P[-1]}{u}"
    body = f"{lead(r.rng)}{act}，{'、'.join(nm)}{r.rng.choice(['类', '方面', ''])}分别为{lst}，合计{T}{u}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "分别为 list, total after"), [c]


@style("sum_qizhong_fenbie_bare_numbers", "totals")
def _t04(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    body = f"{lead(r.rng)}累计{act}{T}{u}，其中{'、'.join(nm)}分别为{'、'.join(str(p) for p in P)}{u}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "分别为 with unit only after last number"), [c]


@style("sum_baokuo_total_last", "totals")
def _t05(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    body = f"{lead(r.rng)}{act}，包括{'，'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}，共计{T}{u}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "包括 …，共计 (total last)"), [c]


GENDER = [("参加技能培训学员", "人次"), ("新招录社区工作者", "名"), ("注册志愿者", "人"), ("在册困难职工", "人"),
          ("新入伍士兵", "名"), ("认定见习人员", "人"), ("签约家庭医生的高龄老人", "人"), ("聘用护林员", "名")]


@style("sum_bracket_gender", "totals")
def _t06(r):
    what, u = r.rng.choice(GENDER)
    total = r.rng.randint(40, 2600)
    a, b = split_int(r.rng, total, 2, spread=(0.6, 1.4))
    T, P, c = sum_toks(r, total, [a, b])
    m, f = r.rng.choice([("男性", "女性"), ("男", "女")])
    inner = r.rng.choice([f"其中{m}{P[0]}{u}、{f}{P[1]}{u}", f"{m}{P[0]}{u}，{f}{P[1]}{u}"])
    body = f"{lead(r.rng)}{town(r.rng)}{what}{T}{u}（{inner}）。"
    return wrap(r.rng, body, "队伍建设"), note_sum(r, T, P, "gender split in brackets"), [c]


@style("sum_colon_semicolon_list", "totals")
def _t07(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    body = f"{lead(r.rng)}{act}{T}{u}。其中：" + "；".join(f"{n}{p}{u}" for n, p in zip(nm, P)) + "。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "其中： a；b；c"), [c]


@style("sum_line_list_total_line", "totals")
def _t08(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    T, P, c = sum_toks(r, total, parts)
    sep = r.rng.choice(["：", ":", " "])
    rows = [f"{n}{sep}{p}{u}" for n, p in zip(nm, P)]
    tl = f"{r.rng.choice(['合计', '总计', '小计'])}{sep}{T}{u}"
    lines = [f"{act}情况如下："] + (rows + [tl] if r.rng.random() < 0.7 else [tl] + rows)
    return wrap(r.rng, lines, topic, maxlines=8), note_sum(r, T, P, "one line per part plus a total line"), [c]


@style("sum_table_pipe", "totals")
def _t09(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    T, P, c = sum_toks(r, total, parts)
    lines = [f"表1 {act}分类统计", f"| 类别 | 数量（{u}） |"]
    if r.rng.random() < 0.5:
        lines.append("|---|---|")
    lines += [f"| {n} | {p} |" for n, p in zip(nm, P)] + [f"| 合计 | {T} |"]
    return "\n".join(lines), note_sum(r, T, P, "flattened table, 合计 row last"), [c]


@style("sum_table_tab_total_last", "totals")
def _t10(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=5)
    T, P, c = sum_toks(r, total, parts)
    lines = [f"项目\t{act[-4:] if len(act) > 4 else act}（{u}）"] + [f"{n}\t{p}" for n, p in zip(nm, P)] + [f"合计\t{T}"]
    return "\n".join(lines), note_sum(r, T, P, "tab-separated table"), [c]


@style("sum_table_total_first_row", "totals")
def _t11(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=5)
    T, P, c = sum_toks(r, total, parts)
    lines = [f"{act}统计表（单位：{u}）", "类别　数量", f"合计　{T}"] + [f"{n}　{p}" for n, p in zip(nm, P)]
    return "\n".join(lines), note_sum(r, T, P, "table whose 合计 row comes first"), [c]


@style("sum_two_column_table", "totals")
def _t12(r):
    k = r.rng.randint(3, 5)
    vs = villages(r.rng, k)
    hh = [r.rng.randint(20, 480) for _ in vs]
    pp = [h * r.rng.randint(2, 4) + r.rng.randint(0, 9) for h in hh]
    col = r.rng.randrange(2)
    vals_h, vals_p = [sum(hh)] + hh, [sum(pp)] + pp
    if r.bad:
        tgt = vals_h if col == 0 else vals_p
        i = r.rng.randrange(len(tgt))
        tgt[i] = perturb(r.rng, tgt[i])
    Th, Ph = r.n(vals_h[0]), [r.n(x) for x in vals_h[1:]]
    Tp, Pp = r.n(vals_p[0]), [r.n(x) for x in vals_p[1:]]
    what = r.rng.choice(["搬迁安置", "改厕", "危房改造", "饮水安全巩固提升", "光纤入户"])
    lines = [f"{what}分村情况", "村（社区）\t户数\t人数"] + [f"{v}\t{a}\t{b}" for v, a, b in zip(vs, Ph, Pp)] + [f"合计\t{Th}\t{Tp}"]
    c1 = {"rel": "sum", "total": Th.ref, "parts": [p.ref for p in Ph], "holds": sum(tv(r, p) for p in Ph) == tv(r, Th)}
    c2 = {"rel": "sum", "total": Tp.ref, "parts": [p.ref for p in Pp], "holds": sum(tv(r, p) for p in Pp) == tv(r, Tp)}
    note = "two columns each with a 合计 cell; " + note_sum(r, Th, Ph, "households") + "; " + note_sum(r, Tp, Pp, "persons")
    return "\n".join(lines), note, [c1, c2]


@style("sum_numbered_yishi", "totals")
def _t13(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    T, P, c = sum_toks(r, total, parts)
    ords = ["一是", "二是", "三是", "四是", "五是"]
    body = f"{lead(r.rng)}{act}{T}{u}。" + "；".join(f"{o}{n}方面{p}{u}" for o, n, p in zip(ords, nm, P)) + "。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "一是/二是 items under a total"), [c]


@style("sum_numbered_paren_lines", "totals")
def _t14(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=5)
    T, P, c = sum_toks(r, total, parts)
    paren = r.rng.choice([("(", ")"), ("（", "）")])
    lines = [f"{act}{T}{u}，具体为："] + [f"{paren[0]}{i + 1}{paren[1]}{n}{p}{u}；" for i, (n, p) in enumerate(zip(nm, P))]
    lines[-1] = lines[-1][:-1] + "。"
    return wrap(r.rng, lines, topic, post=""), note_sum(r, T, P, "(1)(2)(3) lines"), [c]


@style("sum_numbered_circled", "totals")
def _t15(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=5)
    T, P, c = sum_toks(r, total, parts)
    circ = "①②③④⑤"
    body = f"{lead(r.rng)}{act}{T}{u}：" + "".join(f"{circ[i]}{n}{p}{u}；" for i, (n, p) in enumerate(zip(nm, P)))[:-1] + "。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "①②③ items"), [c]


PROBLEMS = ["部分台账资料不完整，记录不规范", "个别单位整改措施针对性不强", "专项资金拨付进度偏慢", "少数网格员业务能力不足",
            "信息系统数据更新不及时", "部分项目前期手续办理滞后", "宣传引导不够深入，群众知晓率不高", "监督检查频次不足",
            "基层工作经费保障不到位", "部门之间协调联动机制不够顺畅", "应急演练流于形式", "档案管理不够规范"]


@style("count_numbered_items", "totals")
def _t16(r):
    k = r.rng.randint(3, 6)
    items = r.rng.sample(PROBLEMS, k)
    n = k if not r.bad else k + r.rng.choice([-1, 1, 2])
    fmt = r.rng.choice(["a", "cn"])
    N = r.n(n, 0, fmt)
    what = r.rng.choice(["督查发现问题", "自查发现问题", "巡察反馈问题", "审计指出问题"])
    marks = [r.raw(f"{i + 1}.") for i in range(k)]
    lines = [f"{what}{N}个，具体如下："] + [f"{m}{t}；" for m, t in zip(marks, items)]
    lines[-1] = lines[-1][:-1] + "。"
    note = f"count of listed items: stated {n}, listed {k}" + ("; matches" if n == k else "; mismatch")
    return "\n".join(lines), note, [{"rel": "count", "n": N.ref, "items": [m.ref for m in marks], "holds": n == k}]


@style("count_named_list", "totals")
def _t17(r):
    k = r.rng.randint(3, 6)
    suf = r.rng.choice(["村", "社区"])
    vs = villages(r.rng, k, suf)
    n = k if not r.bad else k + r.rng.choice([-1, 1])
    N = r.n(n, 0, r.rng.choice(["a", "cn"]))
    toks = [r.raw(v) for v in vs]
    what = r.rng.choice(["人居环境整治验收", "美丽宜居村庄创建", "集体产权制度改革", "垃圾分类示范", "“五星”支部创建"])
    body = f"{lead(r.rng)}完成{N}个{suf}的{what}，分别是{'、'.join(toks)}。"
    note = f"count of named {suf}: stated {n}, named {k}" + ("; matches" if n == k else "; mismatch")
    return wrap(r.rng, body, what), note, [{"rel": "count", "n": N.ref, "items": [t.ref for t in toks], "holds": n == k}]


@style("sum_chinese_numerals", "totals")
def _t18(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    f = r.rng.choice(["cn", "cnl"])
    T, P, c = sum_toks(r, total, parts, ft=f, fp=f)
    body = f"{lead(r.rng)}{act}{T}{u}，其中" + "，".join(f"{n}{p}{u}" for n, p in zip(nm, P)) + "。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "all numbers in Chinese numerals"), [c]


@style("sum_cn_total_arabic_parts", "totals")
def _t19(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    T, P, c = sum_toks(r, total, parts, ft=r.rng.choice(["cn", "cnl"]))
    body = f"{lead(r.rng)}共{act}{T}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "total in Chinese numerals, parts in digits"), [c]


@style("sum_fullwidth_digits", "totals")
def _t20(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts, ft="fw", fp="fw")
    body = f"{lead(r.rng)}{act}{T}{u}，其中{'，'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "full-width digits"), [c]


@style("sum_thousands_comma", "totals")
def _t21(r):
    topic, act, u, nm, total, parts = cnt(r, lo_min=4000)
    T, P, c = sum_toks(r, total, parts, ft="sep,", fp="sep,")
    body = f"{lead(r.rng)}{act}{T}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "thousands separators ','"), [c]


@style("sum_thousands_space_or_fullwidth_comma", "totals")
def _t22(r):
    topic, act, u, nm, total, parts = cnt(r, lo_min=5000)
    f = r.rng.choice(["sep ", "sep\u2009", "sep，"])
    T, P, c = sum_toks(r, total, parts, ft=f, fp=f)
    body = f"{lead(r.rng)}{act}{T}{u}。分类型看，{'；'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, f"thousands separator {f[3:]!r}"), [c]


@style("sum_money_wan_decimals", "totals")
def _t23(r):
    topic, act, u, nm, total, parts, d, mag = amt(r, dec=2)
    T, P, c = sum_toks(r, total, parts, dec=d, mag=mag)
    body = f"{lead(r.rng)}{act}{T}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, f"amounts in {mag}{u} with 2 decimals"), [c]


@style("sum_money_yi_wan_mixed", "totals")
def _t24(r):
    k = r.rng.randint(3, 4)
    total_w = r.rng.randint(120, 4800) * 100           # 万元, shown as X.XX亿元
    names = sample_parts(r.rng, ["中央预算内资金", "地方政府专项债券", "省级补助资金", "市县配套资金", "社会资本", "银行贷款"], k)
    first = r.rng.randint(int(total_w * 0.3 / 100), int(total_w * 0.6 / 100)) * 100
    rest = split_int(r.rng, total_w - first, k - 1, minp=50)
    parts = [first] + rest
    vals = [total_w] + parts
    if r.bad:
        i = r.rng.randrange(len(vals))
        vals[i] = perturb_int(r.rng, vals[i] // 100, mind=5) * 100 if vals[i] % 100 == 0 and vals[i] >= 10000 else perturb_int(r.rng, vals[i], mind=300)
    def show(v):
        if v >= 10000 and v % 100 == 0:
            return r.n(Decimal(v) / 10000, 2, "a", "亿")
        return r.n(v, 0, "a", "万")
    T = show(vals[0]) if vals[0] % 100 == 0 and vals[0] >= 10000 else r.n(vals[0], 0, "a", "万")
    P = [show(v) for v in vals[1:]]
    proj = r.rng.choice(["城市更新", "污水管网改造", "冷链物流园", "综合交通枢纽", "老旧小区改造"])
    body = f"{proj}项目总投资{T}元，其中{'、'.join(f'{n}{p}元' for n, p in zip(names, P))}。"
    c = {"rel": "sum", "total": T.ref, "parts": [p.ref for p in P], "holds": sum(tv(r, p) for p in P) == tv(r, T)}
    return wrap(r.rng, body, proj), note_sum(r, T, P, "亿元 total, parts mixed 亿元/万元 (converted)"), [c]


@style("diff_income_expense_balance", "totals")
def _t25(r):
    inc = quant(Decimal(str(r.rng.uniform(200, 9000))), 2)
    exp = quant(inc * Decimal(str(r.rng.uniform(0.55, 0.97))), 2)
    pl, mi, eq, c = lin_toks(r, [inc], [exp], inc - exp, dec=2, mag="万")
    who = r.rng.choice(["村集体", "社区", "基金", "专户", "学校食堂", "医院"])
    body = f"{lead(r.rng)}{who}全年收入{pl[0]}元，支出{mi[0]}元，{r.rng.choice(['收支结余', '当年结余', '收支相抵后结余'])}{eq}元。"
    return wrap(r.rng, body, "财务收支"), note_lin(r, pl, mi, eq, "income - expense = balance"), [c]


@style("diff_assets_liabilities_equity", "totals")
def _t26(r):
    A = quant(Decimal(str(r.rng.uniform(5, 900))), 2)
    L = quant(A * Decimal(str(r.rng.uniform(0.3, 0.75))), 2)
    T, P, c = sum_toks(r, A, [L, A - L], dec=2, mag="亿")
    who = company(r.rng) if r.rng.random() < 0.6 else "市属国有企业"
    body = f"截至{CUR['y']}年末，{who}资产总额{T}元，负债总额{P[0]}元，所有者权益{P[1]}元。"
    return wrap(r.rng, body, "国有资产管理"), note_sum(r, T, P, "assets = liabilities + equity"), [c]


@style("ledger_opening_in_out_closing", "totals")
def _t27(r):
    o = quant(Decimal(str(r.rng.uniform(10, 900))), 2)
    i = quant(Decimal(str(r.rng.uniform(50, 1500))), 2)
    e = quant((o + i) * Decimal(str(r.rng.uniform(0.4, 0.95))), 2)
    pl, mi, eq, c = lin_toks(r, [o, i], [e], o + i - e, dec=2)
    fund = r.rng.choice(["住房维修资金", "残疾人就业保障金", "工会经费", "党费", "村级公益事业专项资金"])
    if r.rng.random() < 0.5:
        lines = [f"{fund}收支台账（单位：万元）", "上年结转\t本年收入\t本年支出\t年末结余", f"{pl[0]}\t{pl[1]}\t{mi[0]}\t{eq}"]
        txt = "\n".join(lines)
    else:
        txt = wrap(r.rng, f"{fund}上年结转{pl[0]}万元，本年收入{pl[1]}万元，本年支出{mi[0]}万元，年末结余{eq}万元。", fund)
    return txt, note_lin(r, pl, mi, eq, "opening + income - expense = closing"), [c]


CHG = [("城镇登记失业人员", "人"), ("参保人数", "人"), ("市场主体", "户"), ("规上工业企业", "家"), ("专职网格员", "名"),
       ("农村电商经营主体", "家"), ("托育机构", "家"), ("社区养老服务站", "个"), ("注册志愿者", "人"), ("特色产业基地", "个")]


@style("change_increase_to", "totals")
def _t28(r):
    what, u = r.rng.choice(CHG)
    a = r.rng.randint(20, 9000)
    b = a + r.rng.randint(1, max(2, a // 2))
    pl, mi, eq, c = lin_toks(r, [b], [a], b - a)
    verb = r.rng.choice(["增加到", "增至", "增长到", "提高到"])
    body = f"{lead(r.rng)}{what}由{mi[0]}{u}{verb}{pl[0]}{u}，{r.rng.choice(['增加', '净增', '新增'])}{eq}{u}。"
    return wrap(r.rng, body, "发展指标"), note_lin(r, pl, mi, eq, "to - from = increase"), [c]


@style("change_decrease_to", "totals")
def _t29(r):
    what, u = r.rng.choice(CHG + [("信访积案", "件"), ("安全生产事故", "起"), ("电信诈骗发案", "起")])
    a = r.rng.randint(20, 5000)
    b = a - r.rng.randint(1, max(2, a // 2))
    if b <= 0:
        raise Retry
    pl, mi, eq, c = lin_toks(r, [a], [b], a - b)
    body = f"{lead(r.rng)}{what}从{pl[0]}{u}{r.rng.choice(['下降到', '降至', '减少到'])}{mi[0]}{u}，减少{eq}{u}。"
    return wrap(r.rng, body, "风险防控"), note_lin(r, pl, mi, eq, "from - to = decrease"), [c]


@style("change_two_years_separate_sentences", "totals")
def _t30(r):
    what, u = r.rng.choice(CHG)
    y = CUR['y']
    a = r.rng.randint(30, 9000)
    up = r.rng.random() < 0.6
    b = a + r.rng.randint(1, max(2, a // 3)) * (1 if up else -1)
    if b <= 0:
        raise Retry
    if up:
        pl, mi, eq, c = lin_toks(r, [b], [a], b - a)
        cur, prev = pl[0], mi[0]
    else:
        pl, mi, eq, c = lin_toks(r, [a], [b], a - b)
        cur, prev = mi[0], pl[0]
    body = [f"截至{y}年底，全{r.rng.choice(['县', '区', '市'])}{what}达到{cur}{u}。",
            f"{y - 1}年同期为{prev}{u}，比上年{'增加' if up else '减少'}{eq}{u}。"]
    return wrap(r.rng, join_inline(r.rng, body), "发展指标"), note_lin(r, pl, mi, eq, "year-on-year absolute change"), [c]


@style("nested_sum_two_level", "totals")
def _t31(r):
    topic, act, u, nm, total, parts = cnt(r, kmin=3, kmax=4, lo_min=40)
    if parts[0] < 4:
        raise Retry
    sub = split_int(r.rng, parts[0], 2)
    subn = r.rng.choice([("已办结", "正在办理"), ("市级交办", "自行受理"), ("线上", "线下"), ("城区", "农村")])
    vals = {"T": total, "P": parts[:], "S": sub[:]}
    top_ok = inner_ok = True
    if r.bad:
        which = r.rng.choice(["T", "P1", "S"])
        if which == "T":
            vals["T"] = perturb_int(r.rng, total); top_ok = False
        elif which == "P1" and len(parts) > 1:
            j = r.rng.randrange(1, len(parts)); vals["P"][j] = perturb_int(r.rng, parts[j]); top_ok = False
        else:
            j = r.rng.randrange(2); vals["S"][j] = perturb_int(r.rng, sub[j]); inner_ok = False
    T = r.n(vals["T"]); P = [r.n(x) for x in vals["P"]]; S = [r.n(x) for x in vals["S"]]
    body = (f"{lead(r.rng)}{act}{T}{u}，其中{nm[0]}{P[0]}{u}（{subn[0]}{S[0]}{u}、{subn[1]}{S[1]}{u}），"
            + "，".join(f"{n}{p}{u}" for n, p in zip(nm[1:], P[1:])) + "。")
    c1 = {"rel": "sum", "total": T.ref, "parts": [p.ref for p in P], "holds": top_ok}
    c2 = {"rel": "sum", "total": P[0].ref, "parts": [s.ref for s in S], "holds": inner_ok}
    return wrap(r.rng, body, topic), note_sum(r, T, P, "outer") + "; " + note_sum(r, P[0], S, "inner bracket"), [c1, c2]


@style("total_stated_twice", "totals")
def _t32(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    second = total
    sum_ok = eq_ok = True
    vals = [total] + parts
    if r.bad:
        if r.rng.random() < 0.5:
            second = perturb_int(r.rng, total); eq_ok = False
        else:
            j = r.rng.randrange(1, len(vals)); vals[j] = perturb_int(r.rng, vals[j]); sum_ok = False
    T = r.n(vals[0]); P = [r.n(x) for x in vals[1:]]
    T2 = r.n(second, 0, r.rng.choice(["a", "a", "cn"]))
    lines = [f"一、基本情况", f"{lead(r.rng)}{act}{T}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。",
             r.rng.choice(OPENERS), f"二、主要做法", f"在上述{T2}{u}中，我们坚持分类处置、限时办结，逐一落实责任人。"]
    c1 = {"rel": "sum", "total": T.ref, "parts": [p.ref for p in P], "holds": sum_ok}
    c2 = {"rel": "equal", "a": T.ref, "b": T2.ref, "holds": eq_ok}
    note = note_sum(r, T, P) + f"; the same total repeated later as {plain(second)} " + ("(equal)" if eq_ok else "(differs)")
    return "\n".join(lines), note, [c1, c2]


@style("correction_of_earlier_figure", "totals")
def _t33(r):
    topic, act, u, nm, total, parts = cnt(r, kmax=4)
    old = perturb_int(r.rng, total)
    newv = total
    if r.bad:
        parts = split_int(r.rng, old, len(parts))    # parts still follow the superseded figure
    O = r.n(old); N = r.n(newv); P = [r.n(x) for x in parts]
    body = [f"需要说明的是，经复核，{act}数由原报的{O}{u}更正为{N}{u}。",
            f"更正后，{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"]
    ok = sum(parts) == newv
    c = {"rel": "sum", "total": N.ref, "parts": [p.ref for p in P], "holds": ok}
    note = f"parts must add up to the corrected figure {newv} (sum {sum(parts)}); the superseded {old} is not checked" + ("" if ok else "; parts still follow the old figure")
    return wrap(r.rng, join_inline(r.rng, body), topic), note, [c]


@style("plan_done_remaining", "totals")
def _t34(r):
    topic, act, u, _, total, _ = cnt(r)
    done = r.rng.randint(max(1, total // 2), total - 1)
    T, P, c = sum_toks(r, total, [done, total - done])
    act2 = act.replace("开展", "").replace("实施", "").replace("完成", "")
    body = f"年度计划{act2}{T}{u}，已完成{P[0]}{u}，{r.rng.choice(['剩余', '尚余', '还有'])}{P[1]}{u}{r.rng.choice(['正在加快推进', '计划年底前完成', '已进入收尾阶段'])}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "plan = done + remaining"), [c]


@style("cumulative_plus_month", "totals")
def _t35(r):
    topic, act, u, _, total, _ = cnt(r)
    m = r.rng.randint(3, 11)
    prev = r.rng.randint(total // 2, total)
    cur = r.rng.randint(1, max(2, prev // (m - 1)))
    pl, mi, eq, c = lin_toks(r, [prev, cur], [], prev + cur)
    act2 = act.replace("开展", "").replace("实施", "")
    body = f"1—{m - 1}月累计{act2}{pl[0]}{u}，{m}月当月{pl[1]}{u}，1—{m}月累计{eq}{u}。"
    return wrap(r.rng, body, topic), note_lin(r, pl, mi, eq, "previous cumulative + this month = new cumulative"), [c]


@style("monthly_columns_quarter", "totals")
def _t36(r):
    topic, act, u, _, total, _ = cnt(r, lo_min=30)
    q = r.rng.randint(1, 4)
    ms = [3 * q - 2, 3 * q - 1, 3 * q]
    parts = split_int(r.rng, total, 3, spread=(0.7, 1.3))
    T, P, c = sum_toks(r, total, parts)
    qn = "一二三四"[q - 1]
    if r.rng.random() < 0.5:
        body = f"{'、'.join(f'{m}月{p}{u}' for m, p in zip(ms, P))}，第{qn}季度合计{act.replace('开展', '')}{T}{u}。"
        return wrap(r.rng, body, topic), note_sum(r, T, P, "monthly figures vs quarter total"), [c]
    lines = [f"{act}分月统计（单位：{u}）", "\t".join(f"{m}月" for m in ms) + f"\t{qn}季度合计", "\t".join(str(p) for p in P) + f"\t{T}"]
    return "\n".join(lines), note_sum(r, T, P, "monthly columns vs quarter total"), [c]


@style("village_list_sum_and_count", "totals")
def _t37(r):
    k = r.rng.randint(3, 5)
    vs = villages(r.rng, k)
    u, what = r.rng.choice([("户", "改厕"), ("户", "安装太阳能路灯受益"), ("亩", "流转土地"), ("户", "纳入防返贫监测")])
    parts = [r.rng.randint(8, 420) for _ in vs]
    total = sum(parts)
    vals = [total] + parts
    n = k
    s_ok = c_ok = True
    if r.bad:
        if r.rng.random() < 0.3:
            n = k + r.rng.choice([-1, 1]); c_ok = False
        else:
            i = r.rng.randrange(len(vals)); vals[i] = perturb_int(r.rng, vals[i]); s_ok = False
    T = r.n(vals[0]); P = [r.n(x) for x in vals[1:]]
    N = r.n(n, 0, r.rng.choice(["a", "cn"]))
    names = [r.raw(v) for v in vs]
    body = f"{what}工作中，{'、'.join(f'{nmt}{p}{u}' for nmt, p in zip(names, P))}，{N}个村（社区）合计{T}{u}。"
    c1 = {"rel": "sum", "total": T.ref, "parts": [p.ref for p in P], "holds": s_ok}
    c2 = {"rel": "count", "n": N.ref, "items": [x.ref for x in names], "holds": c_ok}
    return wrap(r.rng, body, what), note_sum(r, T, P) + f"; count stated {n}, named {k}", [c1, c2]


@style("air_quality_days", "totals")
def _t38(r):
    y = CUR['y']
    total = (366 if y % 4 == 0 else 365) - r.rng.choice([0, 0, 0, 1, 2, 3])
    good = r.rng.randint(int(total * 0.12), int(total * 0.4))
    fine = r.rng.randint(int(total * 0.4), int(total * 0.6))
    light = r.rng.randint(5, 40)
    mid = total - good - fine - light
    if mid < 1 or mid > 40:
        raise Retry
    T, P, c = sum_toks(r, total, [good, fine, light, mid])
    city = county(r.rng)
    body = f"{y}年，{city}环境空气质量有效监测{T}天，其中优{P[0]}天、良{P[1]}天、轻度污染{P[2]}天、中度及以上污染{P[3]}天。"
    return wrap(r.rng, body, "环境空气质量"), note_sum(r, T, P, "monitoring days by grade"), [c]


@style("two_breakdowns_same_whole", "totals")
def _t39(r):
    total = r.rng.randint(80, 1600)
    ch = split_int(r.rng, total, 3)
    st = split_int(r.rng, total, 2, spread=(0.8, 3))
    vals = [total] + ch + st
    which = None
    if r.bad:
        which = r.rng.randrange(1, len(vals))
        vals[which] = perturb_int(r.rng, vals[which])
    T = r.n(vals[0]); C = [r.n(x) for x in vals[1:4]]; S = [r.n(x) for x in vals[4:]]
    body = (f"{lead(r.rng)}共受理信访事项{T}件。按渠道分，来信{C[0]}件、来访{C[1]}件、网上信访{C[2]}件；"
            f"按办理情况分，已办结{S[0]}件、正在办理{S[1]}件。")
    c1 = {"rel": "sum", "total": T.ref, "parts": [x.ref for x in C], "holds": sum(vals[1:4]) == vals[0]}
    c2 = {"rel": "sum", "total": T.ref, "parts": [x.ref for x in S], "holds": sum(vals[4:]) == vals[0]}
    return wrap(r.rng, body, "信访工作"), note_sum(r, T, C, "by channel") + "; " + note_sum(r, T, S, "by status"), [c1, c2]


@style("grid_events_status", "totals")
def _t40(r):
    total = r.rng.randint(600, 12000)
    parts = split_int(r.rng, total, 3, spread=(0.02, 1))
    parts.sort(reverse=True)
    T, P, c = sum_toks(r, total, parts)
    body = (f"{lead(r.rng)}{r.rng.choice(['全镇', '全街道', '辖区'])}{r.rng.randint(30, 180)}名专职网格员通过平台上报事件{T}件，"
            f"已办结{P[0]}件，正在办理{P[1]}件，退回或不予受理{P[2]}件。")
    return wrap(r.rng, body, "网格化服务管理"), note_sum(r, T, P, "events by processing status"), [c]


@style("court_old_new_closed_pending", "totals")
def _t41(r):
    old = r.rng.randint(50, 1500)
    new = r.rng.randint(800, 15000)
    tot = old + new
    closed = r.rng.randint(int(tot * 0.8), tot - 1)
    vals = [tot, old, new, closed, tot - closed]
    ok1 = ok2 = True
    if r.bad:
        i = r.rng.randrange(1, 5)
        vals[i] = perturb_int(r.rng, vals[i])
        ok1, ok2 = i > 2, i <= 2
    T = r.n(vals[0], 0, "a"); O = r.n(vals[1]); N = r.n(vals[2]); C = r.n(vals[3]); P = r.n(vals[4])
    court = pname(r.rng) + r.rng.choice(["县人民法院", "区人民法院", "市中级人民法院"])
    body = f"{CUR['y']}年，{court}共受理各类案件{T}件（旧存{O}件，新收{N}件），审结{C}件，未结{P}件。"
    c1 = {"rel": "sum", "total": T.ref, "parts": [O.ref, N.ref], "holds": ok1}
    c2 = {"rel": "sum", "total": T.ref, "parts": [C.ref, P.ref], "holds": ok2}
    note = f"accepted = old + new ({vals[1]}+{vals[2]} vs {vals[0]}); accepted = closed + pending ({vals[3]}+{vals[4]} vs {vals[0]})"
    return wrap(r.rng, body, "审判执行工作"), note, [c1, c2]


@style("hospital_visits_wan", "totals")
def _t42(r):
    total = quant(Decimal(str(r.rng.uniform(8, 260))), 2)
    emer = quant(total * Decimal(str(r.rng.uniform(0.05, 0.25))), 2)
    T, P, c = sum_toks(r, total, [total - emer, emer], dec=2, mag="万")
    hosp = pname(r.rng) + r.rng.choice(["县人民医院", "区中医院", "市第二人民医院", "妇幼保健院"])
    body = [f"{CUR['y']}年，{hosp}完成门急诊{T}人次，其中门诊{P[0]}人次、急诊{P[1]}人次。",
            f"开放床位{r.rng.randint(200, 1500)}张，{r.rng.choice(['四级手术占比持续提高', '日间手术病种进一步扩大', '平均住院日进一步缩短'])}。"]
    return wrap(r.rng, body, "医疗服务"), note_sum(r, T, P, "visits in 万人次 with 2 decimals"), [c]


@style("school_enrolment_sections", "totals")
def _t43(r):
    secs = r.rng.choice([["小学部", "初中部"], ["小学部", "初中部", "高中部"], ["幼儿园", "小学", "初中"]])
    total = r.rng.randint(600, 6800)
    parts = split_int(r.rng, total, len(secs))
    T, P, c = sum_toks(r, total, parts)
    sch = pname(r.rng) + r.rng.choice(["实验学校", "九年一贯制学校", "教育集团", "中心学校"])
    body = [f"{sch}现有教学班{r.rng.randint(20, 150)}个，在校学生{T}人，其中{'、'.join(f'{s}{p}人' for s, p in zip(secs, P))}；",
            f"有教职工{r.rng.randint(60, 500)}人。"]
    return wrap(r.rng, join_inline(r.rng, body), "学校基本情况"), note_sum(r, T, P, "students by section"), [c]


@style("company_revenue_split", "totals")
def _t44(r):
    tot = quant(Decimal(str(r.rng.uniform(800, 90000))), 2)
    main = quant(tot * Decimal(str(r.rng.uniform(0.75, 0.97))), 2)
    T, P, c = sum_toks(r, tot, [main, tot - main], dec=2, mag="万")
    co = company(r.rng)
    body = [f"{CUR['y']}年度，{co}实现营业收入{T}元，其中主营业务收入{P[0]}元，其他业务收入{P[1]}元。",
            f"全年上缴税费{r.rng.randint(30, 900)}万元，安置就业{r.rng.randint(30, 900)}人。"]
    return wrap(r.rng, body, "经营情况"), note_sum(r, T, P, "operating revenue = main + other"), [c]


@style("bond_issuance_nested", "totals")
def _t45(r):
    new = quant(Decimal(str(r.rng.uniform(10, 300))), 2)
    gen = quant(new * Decimal(str(r.rng.uniform(0.1, 0.35))), 2)
    refi = quant(Decimal(str(r.rng.uniform(5, 150))), 2)
    vals = [new + refi, new, refi, gen, new - gen]
    ok1 = ok2 = True
    if r.bad:
        i = r.rng.choice([0, 2, 3, 4])
        vals[i] = perturb_dec(r.rng, vals[i], 2, mind=10)
        ok1, ok2 = i in (3, 4), i in (0, 2)
    T, N, R, G, S = [r.n(v, 2, "a", "亿") for v in vals]
    prov = pname(r.rng) + r.rng.choice(["市", "州", "省"])
    body = f"{CUR['y']}年，{prov}发行地方政府债券{T}元，其中新增债券{N}元（一般债券{G}元、专项债券{S}元），再融资债券{R}元。"
    c1 = {"rel": "sum", "total": T.ref, "parts": [N.ref, R.ref], "holds": ok1}
    c2 = {"rel": "sum", "total": N.ref, "parts": [G.ref, S.ref], "holds": ok2}
    return wrap(r.rng, body, "政府债务管理"), note_sum(r, T, [N, R], "total = new + refinancing") + "; " + note_sum(r, N, [G, S], "new = general + special"), [c1, c2]


@style("tax_refund_by_industry", "totals")
def _t46(r):
    k = r.rng.randint(3, 4)
    total = quant(Decimal(str(r.rng.uniform(1.5, 60))), 2)
    parts = split_dec(r.rng, total, k, 2)
    names = sample_parts(r.rng, ["制造业", "批发和零售业", "交通运输业", "建筑业", "科学研究和技术服务业", "其他行业"], k)
    T, P, c = sum_toks(r, total, parts, dec=2, mag="亿")
    n = r.rng.randint(300, 9000)
    body = f"{lead(r.rng)}为{n}户纳税人办理增值税留抵退税{T}元。分行业看，{'，'.join(f'{nm}{p}元' for nm, p in zip(names, P))}。"
    return wrap(r.rng, body, "税费支持政策落实"), note_sum(r, T, P, "tax refunds by industry"), [c]


@style("grain_purchase_channels", "totals")
def _t47(r):
    total = quant(Decimal(str(r.rng.uniform(2, 90))), 2)
    parts = split_dec(r.rng, total, 2, 2)
    T, P, c = sum_toks(r, total, parts, dec=2, mag="万")
    grain = r.rng.choice(["小麦", "稻谷", "粮食", "玉米"])
    body = [f"夏粮收购期间，{county(r.rng)}累计收购{grain}{T}吨，其中最低收购价收购{P[0]}吨，市场化收购{P[1]}吨。",
            "各收储库点做到应收尽收，未发生“卖粮难”问题。"]
    return wrap(r.rng, body, "粮食收购"), note_sum(r, T, P, "grain purchased by channel"), [c]


@style("fisheries_output", "totals")
def _t48(r):
    total = r.rng.randint(3000, 98000)
    parts = split_int(r.rng, total, r.rng.choice([2, 3]))
    names = ["养殖产量", "捕捞产量"] if len(parts) == 2 else ["淡水养殖", "海水养殖", "捕捞"]
    f = r.rng.choice(["a", "sep,"])
    T, P, c = sum_toks(r, total, parts, ft=f, fp=f)
    body = f"{lead(r.rng)}全{r.rng.choice(['县', '区', '市'])}水产品总产量{T}吨，其中{'、'.join(f'{n}{p}吨' for n, p in zip(names, P))}。"
    return wrap(r.rng, body, "渔业生产"), note_sum(r, T, P, "fishery output split"), [c]


@style("emissions_allowance_split", "totals")
def _t49(r):
    total = quant(Decimal(str(r.rng.uniform(50, 3000))), 1)
    free = quant(total * Decimal(str(r.rng.uniform(0.85, 0.98))), 1)
    T, P, c = sum_toks(r, total, [free, total - free], dec=1, mag="万")
    n = r.rng.randint(8, 120)
    body = [f"{CUR['y']}年度，全{r.rng.choice(['省', '市'])}{n}家重点排放单位共获分配碳排放配额{T}吨，其中免费分配{P[0]}吨、有偿分配{P[1]}吨。",
            "配额清缴工作按期完成。"]
    return wrap(r.rng, body, "碳排放权交易"), note_sum(r, T, P, "allowances = free + auctioned"), [c]


@style("subsidy_disbursement_money", "totals")
def _t50(r):
    topic, act, u, nm, total, parts, d, mag = amt(r, dec=2, kmin=3, kmax=5)
    if topic not in ("衔接资金管理", "就业补贴"):
        raise Retry
    T, P, c = sum_toks(r, total, parts, dec=d, mag=mag)
    body = [f"{lead(r.rng)}{act}{T}{u}，惠及{r.rng.randint(200, 9000)}人（户）次。",
            "其中，" + "，".join(f"{n}{p}{u}" for n, p in zip(nm, P)) + "。"]
    return wrap(r.rng, join_inline(r.rng, body), topic), note_sum(r, T, P, "money by item (2 decimals)"), [c]


@style("audit_findings_amounts", "totals")
def _t51(r):
    k = r.rng.randint(2, 4)
    total = quant(Decimal(str(r.rng.uniform(100, 20000))), 2)
    names = sample_parts(r.rng, ["违规使用资金", "损失浪费", "管理不规范", "应收未收", "虚报冒领"], k)
    T, P, c = sum_toks(r, total, split_dec(r.rng, total, k, 2), dec=2, mag="万")
    body = [f"{lead(r.rng)}共完成审计项目{r.rng.randint(12, 80)}个，查出主要问题金额{T}元。",
            "按问题性质分：" + "；".join(f"{n}{p}元" for n, p in zip(names, P)) + "。"]
    return wrap(r.rng, body, "审计监督"), note_sum(r, T, P, "audit amounts by nature"), [c]


@style("volunteers_age_groups", "totals")
def _t52(r):
    total = r.rng.randint(800, 26000)
    parts = split_int(r.rng, total, 3)
    f = r.rng.choice(["a", "sep,"])
    T, P, c = sum_toks(r, total, parts, ft=f, fp=f)
    body = f"{lead(r.rng)}{r.rng.choice(['全市', '全区', '全县'])}实名注册志愿者{T}人，其中18—35岁{P[0]}人、36—59岁{P[1]}人、60岁以上{P[2]}人。"
    return wrap(r.rng, body, "志愿服务"), note_sum(r, T, P, "age-group labels carry numbers that are not parts"), [c]


@style("elderly_beds_types", "totals")
def _t53(r):
    total = r.rng.randint(300, 9000)
    nurse = r.rng.randint(total // 3, total * 3 // 4)
    T, P, c = sum_toks(r, total, [nurse, total - nurse])
    body = [f"{county(r.rng)}现有各类养老机构{r.rng.randint(8, 90)}家，养老床位{T}张，其中护理型床位{P[0]}张、普通床位{P[1]}张。",
            "医养结合服务覆盖所有公办养老机构。"]
    return wrap(r.rng, join_inline(r.rng, body), "养老服务"), note_sum(r, T, P, "beds = nursing + ordinary"), [c]


@style("express_villages_rest", "totals")
def _t54(r):
    total = r.rng.randint(40, 420)
    done = r.rng.randint(total // 2, total - 1)
    T, P, c = sum_toks(r, total, [done, total - done])
    body = f"全{r.rng.choice(['县', '区'])}{T}个行政村中，已有{P[0]}个实现快递进村，其余{P[1]}个{r.rng.choice(['计划年内通过邮快合作覆盖', '正在推进站点建设'])}。"
    return wrap(r.rng, body, "电商与快递进村"), note_sum(r, T, P, "villages served + the rest"), [c]


@style("old_community_batches", "totals")
def _t55(r):
    k = r.rng.randint(2, 4)
    total = r.rng.randint(15, 220)
    parts = split_int(r.rng, total, k)
    T, P, c = sum_toks(r, total, parts)
    ordn = "一二三四"
    hh = r.rng.randint(2000, 40000)
    body = f"{lead(r.rng)}老旧小区改造分{'两三四'[k - 2]}批实施：{'、'.join(f'第{ordn[i]}批{p}个' for i, p in enumerate(P))}，共计{T}个小区、惠及居民{hh}户。"
    return wrap(r.rng, body, "城市更新"), note_sum(r, T, P, "batches; ordinal 第一批 etc. are labels"), [c]


@style("village_income_by_village", "totals")
def _t56(r):
    k = r.rng.randint(3, 5)
    vs = villages(r.rng, k, "村")
    parts = [quant(Decimal(str(r.rng.uniform(5, 180))), 2) for _ in vs]
    T, P, c = sum_toks(r, sum(parts), parts, dec=2, mag="万")
    body = f"{'，'.join(f'{v}{p}元' for v, p in zip(vs, P))}，{town(r.rng)}{k}个村集体经营性收入合计{T}元。"
    return wrap(r.rng, body, "村级集体经济"), note_sum(r, T, P, "income by village, total after"), [c]


@style("hazards_rectified_pending", "totals")
def _t57(r):
    total = r.rng.randint(40, 2400)
    done = r.rng.randint(int(total * 0.7), total - 1)
    T, P, c = sum_toks(r, total, [done, total - done])
    body = [f"{lead(r.rng)}开展{r.rng.choice(['非煤矿山', '尾矿库', '煤矿', '危险化学品'])}安全专项检查，排查隐患{T}处，已整改{P[0]}处，限期整改{P[1]}处。",
            f"责令停产整顿企业{r.rng.randint(1, 9)}家。"]
    return wrap(r.rng, join_inline(r.rng, body), "矿山安全"), note_sum(r, T, P, "hazards = fixed + pending"), [c]


@style("parts_then_yishang_gongji", "totals")
def _t58(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    body = f"{act}：{'；'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}，以上共计{T}{u}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "以上共计 after the parts"), [c]


@style("parenthetical_total", "totals")
def _t59(r):
    topic, act, u, nm, total, parts = cnt(r)
    T, P, c = sum_toks(r, total, parts)
    body = f"在{act}（共{T}{u}）中，{'，'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    return wrap(r.rng, body, topic), note_sum(r, T, P, "total in parentheses"), [c]


@style("budget_ledger_lines_heji", "totals")
def _t60(r):
    k = r.rng.randint(3, 5)
    names = sample_parts(r.rng, ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "对企业补助"], k)
    parts = [quant(Decimal(str(r.rng.uniform(20, 3000))), 2) for _ in names]
    T, P, c = sum_toks(r, sum(parts), parts, dec=2)
    lines = [f"{CUR['y']}年部门支出决算（单位：万元）"] + [f"{n}：{p}" for n, p in zip(names, P)] + [f"合计：{T}"]
    return "\n".join(lines), note_sum(r, T, P, "ledger lines and 合计"), [c]


@style("income_bracket_labels", "totals")
def _t61(r):
    total = r.rng.randint(200, 6000)
    parts = split_int(r.rng, total, 3)
    T, P, c = sum_toks(r, total, parts)
    body = f"从监测情况看，{T}户脱贫户中，人均纯收入1万元以下的{P[0]}户，1万至2万元的{P[1]}户，2万元以上的{P[2]}户。"
    return wrap(r.rng, body, "巩固拓展脱贫攻坚成果"), note_sum(r, T, P, "bracket labels 1万/2万 are not parts"), [c]


@style("tourists_wan_renci", "totals")
def _t62(r):
    total = quant(Decimal(str(r.rng.uniform(20, 2400))), 2)
    a = quant(total * Decimal(str(r.rng.uniform(0.2, 0.5))), 2)
    T, P, c = sum_toks(r, total, [a, total - a], dec=2, mag="万")
    fest = r.rng.choice(["国庆假期", "春节假期", "“五一”假期", "全年"])
    body = f"{fest}，{county(r.rng)}接待游客{T}人次，其中过夜游客{P[0]}人次，一日游游客{P[1]}人次。"
    return wrap(r.rng, body, "文旅消费"), note_sum(r, T, P, "tourists in 万人次"), [c]


@style("new_exit_net_growth", "totals")
def _t63(r):
    new = r.rng.randint(50, 9000)
    ex = r.rng.randint(1, new - 1)
    pl, mi, eq, c = lin_toks(r, [new], [ex], new - ex)
    what = r.rng.choice([("市场主体", "户", "注销"), ("参保人员", "人", "停保"), ("网约配送员", "人", "退出"), ("农民专业合作社", "家", "注销")])
    body = f"{lead(r.rng)}新增{what[0]}{pl[0]}{what[1]}，{what[2]}{mi[0]}{what[1]}，净增{eq}{what[1]}。"
    return wrap(r.rng, body, "市场主体培育"), note_lin(r, pl, mi, eq, "new - exits = net"), [c]


@style("investment_funding_sources", "totals")
def _t64(r):
    k = r.rng.randint(3, 4)
    names = sample_parts(r.rng, ["中央资金", "省级资金", "县级配套资金", "社会资本", "群众自筹"], k)
    total = r.rng.randint(300, 9800)
    T, P, c = sum_toks(r, total, split_int(r.rng, total, k), mag="万")
    proj = r.rng.choice(["农村供水保障", "乡村振兴示范片", "社区嵌入式服务设施", "普惠托育中心", "渔港升级改造"])
    body = f"{proj}项目总投资{T}元，资金来源为{'、'.join(f'{n}{p}元' for n, p in zip(names, P))}。"
    return wrap(r.rng, body, proj), note_sum(r, T, P, "investment by funding source"), [c]


@style("two_columns_month_cumulative", "totals")
def _t65(r):
    k = r.rng.randint(3, 4)
    names = sample_parts(r.rng, ["咨询", "求助", "投诉", "建议", "举报"], k)
    mon = [r.rng.randint(20, 900) for _ in names]
    cum = [m * r.rng.randint(3, 10) + r.rng.randint(0, 50) for m in mon]
    vals_m, vals_c = [sum(mon)] + mon, [sum(cum)] + cum
    col = r.rng.randrange(2)
    if r.bad:
        tgt = vals_m if col == 0 else vals_c
        i = r.rng.randrange(len(tgt))
        tgt[i] = perturb_int(r.rng, tgt[i])
    Tm, Pm = r.n(vals_m[0]), [r.n(x) for x in vals_m[1:]]
    Tc, Pc = r.n(vals_c[0]), [r.n(x) for x in vals_c[1:]]
    m = r.rng.randint(4, 11)
    lines = [f"12345热线工单情况（{m}月）", "类型\t本月\t1—" + f"{m}月累计"] + [f"{n}\t{a}\t{b}" for n, a, b in zip(names, Pm, Pc)] + [f"合计\t{Tm}\t{Tc}"]
    c1 = {"rel": "sum", "total": Tm.ref, "parts": [p.ref for p in Pm], "holds": sum(vals_m[1:]) == vals_m[0]}
    c2 = {"rel": "sum", "total": Tc.ref, "parts": [p.ref for p in Pc], "holds": sum(vals_c[1:]) == vals_c[0]}
    return "\n".join(lines), note_sum(r, Tm, Pm, "monthly column") + "; " + note_sum(r, Tc, Pc, "cumulative column"), [c1, c2]


@style("ranking_list_with_total", "totals")
def _t66(r):
    k = 3
    ts = [t + r.rng.choice(["镇", "街道"]) for t in pnames(r.rng, k)]
    vals = sorted(r.rng.sample(range(30, 900), k), reverse=True)
    T, P, c = sum_toks(r, sum(vals), vals)
    if any(tv(r, P[i]) <= tv(r, P[i + 1]) for i in range(k - 1)):
        raise Retry
    what = r.rng.choice(["化解矛盾纠纷", "新增就业岗位", "完成农房风貌改造", "发展订单农业"])
    u = {"化解矛盾纠纷": "件", "新增就业岗位": "个", "完成农房风貌改造": "户", "发展订单农业": "亩"}[what]
    body = f"从排名看，{what}数量居前三位的依次是{'、'.join(f'{t}（{p}{u}）' for t, p in zip(ts, P))}，三地合计{T}{u}。"
    return wrap(r.rng, body, what), note_sum(r, T, P, "ranking list with a combined figure (ordinals not checked)"), [c]


# =====================================================================================
# TOTALS - negative styles (look-alikes that are not checkable relations)
# =====================================================================================
def trap(kind, cue, **nums):
    d = {"rel": "trap", "kind": kind, "cue": cue.ref, "holds": None}
    if nums:
        d["nums"] = {k: ([x.ref for x in v] if isinstance(v, list) else v.ref) for k, v in nums.items()}
    return d


@style("neg_overlapping_attributes", "totals", "neg")
def _n01(r):
    total = r.rng.randint(40, 3000)
    attrs = r.rng.sample(["女性", "中共党员", "35岁以下", "大专以上学历", "少数民族", "退役军人"], 3)
    parts = [r.rng.randint(total // 4, total * 3 // 4) for _ in attrs]
    if sum(parts) <= total:
        raise Retry
    who = r.rng.choice(["参训学员", "村（社区）“两委”成员", "专职网格员", "新录用公务员", "社区工作者"])
    T = r.n(total); P = [r.n(p) for p in parts]; cue = r.raw("其中")
    body = f"{lead(r.rng)}{who}共{T}人，{cue}{'，'.join(f'{a}{p}人' for a, p in zip(attrs, P))}。"
    note = f"attributes under 其中 overlap (a person can be several); parts sum {sum(parts)} > {total} is not an error"
    return wrap(r.rng, body, "队伍建设"), note, [trap("overlap", cue, total=T, parts=P)]


@style("neg_selection_zhuyao", "totals", "neg")
def _n02(r):
    topic, act, u, nm, total, parts = cnt(r, kmin=4, kmax=5)
    k = r.rng.randint(2, len(nm) - 1)
    T = r.n(total); P = [r.n(p) for p in parts[:k]]
    cw = r.rng.choice(["主要有", "主要包括", "重点是", "突出的有"])
    cue = r.raw(cw)
    body = f"{lead(r.rng)}{act}{T}{u}，{cue}{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}。"
    note = f"{cw} introduces a selection; listed parts sum {sum(parts[:k])} < {total} by design"
    return wrap(r.rng, body, topic), note, [trap("selection", cue, total=T, parts=P)]


@style("neg_partial_list_deng", "totals", "neg")
def _n03(r):
    topic, act, u, nm, total, parts = cnt(r, kmin=4, kmax=5)
    k = r.rng.randint(2, len(nm) - 1)
    T = r.n(total); P = [r.n(p) for p in parts[:k]]
    cue = r.raw(r.rng.choice(["等", "等类型", "等方面"]))
    if r.rng.random() < 0.5:
        body = f"{lead(r.rng)}{act}{T}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}{cue}。"
    else:
        body = f"{lead(r.rng)}{'、'.join(f'{n}{p}{u}' for n, p in zip(nm, P))}{cue}，{act}共计{T}{u}。"
    note = f"list closed by 等 is partial: parts sum {sum(parts[:k])} < {total}"
    return wrap(r.rng, body, topic), note, [trap("partial", cue, total=T, parts=P)]


@style("neg_approx_total_yue", "totals", "neg")
def _n04(r):
    k = r.rng.randint(3, 4)
    parts = [r.rng.randint(800, 9000) for _ in range(k)]
    s = sum(parts)
    total_yi = quant(Decimal(s) / 10000, 1)
    if total_yi * 10000 == s or abs(total_yi * 10000 - s) > s / 10:
        raise Retry
    names = sample_parts(r.rng, ["中央资金", "省级资金", "地方政府专项债券", "社会资本", "县级配套"], k)
    cw = r.rng.choice(["约", "大约", "约为"])
    cue = r.raw(cw)
    T = r.n(total_yi, 1, "a", "亿"); P = [r.n(p, 0, "a", "万") for p in parts]
    proj = r.rng.choice(["城市更新片区", "老旧小区改造", "农村供水一体化", "冷链物流"])
    body = f"{proj}项目总投资{cue}{T}元，其中{'、'.join(f'{n}{p}元' for n, p in zip(names, P))}。"
    note = f"total given as {cw} {total_yi}亿 (rounded); exact parts sum {s}万 differs slightly, not an error"
    return wrap(r.rng, body, proj), note, [trap("approx", cue, total=T, parts=P)]


@style("neg_approx_total_yu_jin", "totals", "neg")
def _n05(r):
    k = r.rng.randint(2, 3)
    base = r.rng.choice([1000, 2000, 3000, 5000, 800, 600, 1200, 10000])
    mode = r.rng.choice(["余", "多", "近"])
    s = base + (r.rng.randint(1, base // 12) if mode != "近" else -r.rng.randint(1, base // 12))
    parts = split_int(r.rng, s, k)
    u, what, names = r.rng.choice([("人次", "开展上门服务", ["助浴", "助餐", "助医"]), ("户", "走访群众", ["困难家庭", "独居老人户", "重点优抚对象户"]),
                                   ("人", "组织志愿者", ["党员志愿者", "青年志愿者", "巾帼志愿者"])])
    names = names[:k]
    T = r.n(base)
    cue = r.raw(mode)
    P = [r.n(p) for p in parts]
    if mode == "近":
        body = f"{lead(r.rng)}{what}{cue}{T}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(names, P))}。"
    else:
        body = f"{lead(r.rng)}{what}{T}{cue}{u}，其中{'、'.join(f'{n}{p}{u}' for n, p in zip(names, P))}。"
    note = f"round total with {mode} ({base}); parts sum {s}, compatible with an approximate total"
    return wrap(r.rng, body, what), note, [trap("approx", cue, total=T, parts=P)]


@style("neg_model_numbers_standards", "totals", "neg")
def _n06(r):
    a, b = r.rng.choice([("ZL50", "QY25K"), ("XJ-2000", "KD-350"), ("BZ-120", "HC-3000"), ("TX-16", "FS-230")])
    std = r.rng.choice(["GB 3838—2002", "GB 16297—1996", "HJ 212—2017", "GB 18918—2002"])
    cue = r.raw(a)
    body = [f"新购置{cue}型装载机和{b}型洒水车各{r.rng.choice(['1', '2', '一', '两'])}台，",
            f"排放监测严格执行{std}标准，并完成在线监测设备联网。"]
    note = "model numbers and standard codes contain digits and dashes but no arithmetic relation"
    return wrap(r.rng, "".join(body), "装备保障"), note, [trap("model_number", cue)]


@style("neg_dates_phones_codes", "totals", "neg")
def _n07(r):
    y = CUR['y']
    tel = f"0{r.rng.randint(310, 998)}-{r.rng.randint(2000000, 8999999)}"
    cue = r.raw(tel)
    doc = f"〔{y}〕{r.rng.randint(2, 60)}号"
    body = [f"根据《关于开展专项整治的通知》（{pname(r.rng)}政办发{doc}）要求，整治工作于{y}年{r.rng.randint(3, 6)}月{r.rng.randint(1, 28)}日启动，"
            f"{r.rng.randint(10, 12)}月{r.rng.randint(1, 30)}日结束。", f"监督举报电话：{cue}，12345政务服务便民热线同步受理。"]
    note = "document numbers, dates and a phone number; nothing to add up"
    return wrap(r.rng, body, "专项整治"), note, [trap("date_code", cue)]


@style("neg_ranks_ordinals", "totals", "neg")
def _n08(r):
    n = r.rng.randint(8, 20)
    k = r.rng.randint(1, 5)
    y = r.rng.randint(2, 5)
    cue = r.raw(f"第{k}")
    body = f"在全市{n}个县（市、区）年度综合考评中，{county(r.rng)}位列{cue}名，连续{y}年获评先进单位，{r.rng.choice(['3项', '2项', '4项'])}工作入选典型案例。"
    note = "rank, count of districts and years are unrelated numbers"
    return wrap(r.rng, body, "综合考评"), note, [trap("ranking", cue)]


@style("neg_one_plus_x_labels", "totals", "neg")
def _n09(r):
    cue = r.raw(r.rng.choice(["“1+X”", "1+X"]))
    n1, n2 = r.rng.randint(3, 15), r.rng.randint(60, 900)
    body = [f"{pname(r.rng)}职业技术学校深入推进{cue}证书制度试点，涉及{n1}个专业、{n2}名学生。",
            f"同时推行“{r.rng.choice(['7+X', '5+N', '3+2'])}”便民服务清单，把服务送到群众家门口。"]
    note = "“1+X” / “7+X” are programme names, not sums"
    return wrap(r.rng, join_inline(r.rng, body), "职业教育"), note, [trap("one_plus_x", cue)]


@style("neg_renci_vs_persons", "totals", "neg")
def _n10(r):
    visits = r.rng.randint(600, 9000)
    a = r.rng.randint(visits // 8, visits // 3)
    b = r.rng.randint(visits // 10, visits // 4)
    T = r.n(visits); A = r.n(a); B = r.n(b)
    cue = r.raw("人次")
    body = f"{lead(r.rng)}家庭医生团队开展上门服务{T}{cue}，服务对象涉及失能老年人{A}人、重度残疾人{B}人。"
    note = "person-times vs persons: the two counts are different units, not parts of the whole"
    return wrap(r.rng, body, "基层医疗"), note, [trap("unit_mismatch", cue, total=T, parts=[A, B])]


@style("neg_multi_select_survey", "totals", "neg")
def _n11(r):
    total = r.rng.randint(200, 3000)
    opts = r.rng.sample(["停车难", "加装电梯", "增设充电桩", "改善绿化", "增加养老托育设施", "管网改造"], 3)
    parts = [r.rng.randint(total // 3, total * 4 // 5) for _ in opts]
    if sum(parts) <= total:
        raise Retry
    T = r.n(total); P = [r.n(p) for p in parts]
    cue = r.raw(r.rng.choice(["（可多选）", "（多选题）"]))
    body = f"面向居民发放问卷，回收有效问卷{T}份{cue}，选择{'、'.join(f'“{o}”的{p}份' for o, p in zip(opts, P))}。"
    note = "multiple-choice answers: counts can exceed the number of questionnaires"
    return wrap(r.rng, body, "城市更新意见征集"), note, [trap("multi_select", cue, total=T, parts=P)]


@style("neg_increase_without_base", "totals", "neg")
def _n12(r):
    a = r.rng.randint(12000, 52000)
    b = r.rng.randint(500, 3000)
    A = r.n(a, 0, r.rng.choice(["a", "sep,"]))
    cue = r.raw(r.rng.choice(["比上年增加", "较上年增加", "同比增加"]))
    B = r.n(b)
    body = f"{lead(r.rng)}农村居民人均可支配收入达到{A}元，{cue}{B}元。"
    note = "absolute increase without the previous value: nothing to recompute"
    return wrap(r.rng, body, "居民收入"), note, [trap("no_base", cue)]


@style("neg_single_subset_qizhong", "totals", "neg")
def _n13(r):
    total = r.rng.randint(200, 9000)
    a = r.rng.randint(5, total // 4)
    what = r.rng.choice([("市场主体", "户", "规上工业企业", "家"), ("养老服务机构", "家", "医养结合机构", "家"),
                         ("在册困难群众", "人", "特困供养人员", "人"), ("农民专业合作社", "家", "国家级示范社", "家")])
    T = r.n(total); A = r.n(a); cue = r.raw("其中")
    body = f"{lead(r.rng)}{county(r.rng)}共有{what[0]}{T}{what[1]}，{cue}{what[2]}{A}{what[3]}。"
    note = "one named subset under 其中; no claim that parts exhaust the whole"
    return wrap(r.rng, body, "基本情况"), note, [trap("subset_single", cue, total=T, parts=[A])]


@style("neg_ratio_notation", "totals", "neg")
def _n14(r):
    x = r.rng.choice(["1:1.2", "1∶1.3", "1:0.8", "1∶2.5"])
    cue = r.raw(x)
    y = r.rng.choice(["3:7", "4∶6", "2:8"])
    body = [f"全院医护比达到{cue}，较上年进一步优化；",
            f"村集体与合作社收益按{y}比例分配，床位使用实行动态调整。"]
    note = "ratios between different wholes (doctors:nurses, revenue shares) are not sums"
    return wrap(r.rng, "".join(body), "资源配置"), note, [trap("ratio", cue)]


@style("neg_stock_and_flow", "totals", "neg")
def _n15(r):
    stock = r.rng.randint(20000, 300000)
    out = r.rng.randint(20000, 500000)
    meat = r.rng.randint(1000, 40000)
    cue = r.raw("存栏")
    S = r.n(stock, 0, r.rng.choice(["a", "sep,"])); O = r.n(out); M = r.n(meat)
    body = f"截至{CUR['y']}年末，全{r.rng.choice(['县', '区'])}生猪{cue}{S}头，全年出栏{O}头，肉类总产量{M}吨。"
    note = "stock, annual flow and output are different quantities; no whole/part relation"
    return wrap(r.rng, body, "畜牧业生产"), note, [trap("stock_flow", cue)]


@style("neg_ranges_intervals", "totals", "neg")
def _n16(r):
    a = r.rng.randint(2, 4)
    cue = r.raw(f"{a}—{a + 2}名")
    body = [f"每个网格配备{cue}网格员，一般事项在{r.rng.choice(['2—3', '3—5', '1—2'])}个工作日内办结，",
            f"重点关注{r.rng.choice(['60—79', '18—59', '0—3'])}岁人群的服务需求。"]
    note = "ranges like 3—5 and 18—59 are intervals, not subtractions"
    return wrap(r.rng, "".join(body), "网格化治理"), note, [trap("range", cue)]


# =====================================================================================
# PCT - helpers
# =====================================================================================
RATES = [
    ("网格化服务管理", "网格员上报事件", "办结", "办结率", "件", (300, 9800), (0.9, 1.0)),
    ("信访工作", "受理信访事项", "按期办结", "按期办结率", "件", (60, 900), (0.85, 1.0)),
    ("安全生产", "排查安全隐患", "完成整改", "整改率", "处", (80, 1900), (0.8, 1.0)),
    ("食品安全监管", "抽检食品", "检验合格", "合格率", "批次", (400, 5200), (0.95, 0.995)),
    ("诉求办理", "电话回访群众", "表示满意", "满意率", "人", (200, 5000), (0.85, 0.99)),
    ("老旧小区改造", "计划改造老旧小区", "已开工", "开工率", "个", (12, 180), (0.6, 1.0)),
    ("家庭医生签约", "重点人群", "签约", "签约率", "人", (2000, 60000), (0.6, 0.95)),
    ("审判执行", "受理案件", "审结", "结案率", "件", (900, 16000), (0.8, 0.98)),
    ("社会保障", "应参保人员", "参保", "参保率", "人", (5000, 90000), (0.9, 0.99)),
    ("矿山安全", "纳入监管的矿山企业", "完成隐患整改验收", "验收率", "家", (10, 160), (0.6, 1.0)),
    ("渔业安全", "登记渔船", "安装北斗终端", "安装率", "艘", (60, 1400), (0.7, 1.0)),
    ("职业技能培训", "参加培训学员", "取得职业资格证书", "取证率", "人", (100, 5000), (0.5, 0.95)),
    ("稳就业", "登记失业人员", "实现再就业", "再就业率", "人", (200, 8000), (0.3, 0.8)),
    ("免疫规划", "适龄儿童", "完成全程接种", "全程接种率", "人", (500, 20000), (0.9, 0.995)),
    ("政务服务", "政务服务事项", "实现“一网通办”", "网办率", "项", (200, 2000), (0.7, 0.99)),
    ("城市更新", "计划征收房屋", "完成签约", "签约率", "户", (100, 3000), (0.6, 1.0)),
    ("人居环境整治", "农户", "完成无害化卫生厕所改造", "普及率", "户", (2000, 30000), (0.6, 0.98)),
    ("志愿服务", "注册志愿者", "参与服务", "参与率", "人", (500, 20000), (0.4, 0.9)),
    ("信用体系建设", "失信主体", "完成信用修复", "修复率", "家", (40, 900), (0.3, 0.8)),
    ("托育服务", "托位", "已收托", "使用率", "个", (60, 1800), (0.5, 0.95)),
]


def margin_ok(st, ex, d):
    ulp = Decimal(1).scaleb(-d) if d else Decimal(1)
    return abs(fr(st) - ex) >= Fraction(3, 10) and abs(st - rhu(ex, d)) >= 3 * ulp


def rate_toks(r, num, den, d, fn="a", fd="a", fp="a", mag="", numdec=0, cap=Decimal(100), modes=("pct", "pct", "pct", "num")):
    """Tokens for numerator, denominator, stated percentage; corrupts one of them if r.bad."""
    stated = good_rate(num, den, d)
    nv = D(num)
    if r.bad:
        mode = r.rng.choice(modes)
        if mode == "num":
            for _ in range(40):
                n2 = perturb(r.rng, nv, numdec)
                if n2 <= D(den) and n2 > 0 and margin_ok(stated, pct_exact(n2, den), d):
                    nv = n2
                    break
            else:
                mode = "pct"
        if mode == "pct":
            stated = bad_pct_value(r.rng, pct_exact(num, den), d, cap=cap)
    N = r.n(nv, numdec, fn, mag)
    Dn = r.n(den, numdec, fd, mag)
    P = r.n(stated, d, fp)
    chk = {"rel": "rate", "num": N.ref, "den": Dn.ref, "pct": P.ref, "holds": not r.bad}
    return N, Dn, P, chk


def note_rate(r, N, Dn, P, what="rate"):
    num = sum(tv(r, x) for x in N) if isinstance(N, list) else tv(r, N)
    ex = pct_exact(num, tv(r, Dn))
    st = tv(r, P)
    d = -st.as_tuple().exponent if st.as_tuple().exponent < 0 else 0
    ok = rhu(ex, d) == st
    return f"{what}: {plain(num)}/{plain(tv(r, Dn))} = {float(ex):.4f}%, stated {plain(st)}%" + (
        f" (equals the value rounded to {d} decimals)" if ok else f" (should be {plain(rhu(ex, d))}%)")


def rate_case(r, lo_min=None):
    topic, base, done, rname, u, (lo, hi), (fl, fh) = r.rng.choice(RATES)
    if lo_min:
        lo, hi = max(lo, lo_min), max(hi, lo_min * 4)
    den = r.rng.randint(lo, hi)
    num = min(den, max(1, int(den * r.rng.uniform(fl, fh))))
    return topic, base, done, rname, u, den, num


def pct_sign(r, p=0.15):
    return "％" if r.rng.random() < p else "%"


# =====================================================================================
# PCT - check styles
# =====================================================================================
def _basic_rate(r, d, fn="a", fp="a", lo_min=None, sign=None):
    topic, base, done, rname, u, den, num = rate_case(r, lo_min)
    N, Dn, P, c = rate_toks(r, num, den, d, fn=fn, fd=fn, fp=fp)
    sg = sign or pct_sign(r)
    verb = r.rng.choice(["", "为", "达", "达到"])
    body = f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}，{rname}{verb}{P}{sg}。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname), [c]


@style("rate_basic_two_decimals", "pct")
def _p01(r):
    return _basic_rate(r, 2)


@style("rate_basic_one_decimal", "pct")
def _p02(r):
    return _basic_rate(r, 1)


@style("rate_basic_integer", "pct")
def _p03(r):
    return _basic_rate(r, 0)


@style("rate_first_fraction_in_brackets", "pct")
def _p04(r):
    topic, base, done, rname, u, den, num = rate_case(r)
    d = r.rng.choice([1, 2])
    N, Dn, P, c = rate_toks(r, num, den, d)
    br = r.rng.choice([f"（{done}{N}{u}/{base}{Dn}{u}）", f"（{N}/{Dn}）", f"（{done}{N}{u}，共{Dn}{u}）"])
    body = f"{lead(r.rng)}{rname}为{P}%{br}，{r.rng.choice(['较上年有所提升', '位居全市前列', '达到年度目标要求'])}。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname + " stated before its numbers"), [c]


@style("rate_failure_share_low", "pct")
def _p05(r):
    den = r.rng.randint(300, 6000)
    num = r.rng.randint(2, max(3, den // 25))
    d = r.rng.choice([1, 2])
    N, Dn, P, c = rate_toks(r, num, den, d, cap=Decimal(100))
    what = r.rng.choice([("抽检食用农产品", "批次", "不合格", "不合格率"), ("抽查特种设备", "台", "存在隐患", "隐患检出率"),
                         ("检查燃气用户", "户", "发现问题", "问题发现率"), ("监测入河排污口", "个", "超标", "超标率")])
    body = f"{lead(r.rng)}{what[0]}{Dn}{what[1]}，{what[2]}{N}{what[1]}，{what[3]}{P}%。"
    return wrap(r.rng, body, "监督抽查"), note_rate(r, N, Dn, P, what[3]), [c]


@style("rate_chinese_numeral_counts", "pct")
def _p06(r):
    topic, base, done, rname, u, den, num = rate_case(r)
    if den > 300:
        den = r.rng.randint(12, 300)
        num = min(den, max(1, int(den * r.rng.uniform(0.7, 1.0))))
    d = r.rng.choice([1, 2])
    N, Dn, P, c = rate_toks(r, num, den, d, fn="cn", fd="cn")
    body = f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}，{rname}{P}%。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname + " with Chinese-numeral counts"), [c]


@style("rate_fullwidth_digits_sign", "pct")
def _p07(r):
    return _basic_rate(r, r.rng.choice([1, 2]), fn="fw", fp="fw", sign="％")


@style("rate_thousands_separator_base", "pct")
def _p08(r):
    topic, base, done, rname, u, den, num = rate_case(r, lo_min=3000)
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]), fn="sep,", fd="sep,")
    body = f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}，{rname}{P}%。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname + " (bases with thousands separators)"), [c]


@style("rate_baifenzhi_chinese", "pct")
def _p09(r):
    topic, base, done, rname, u, den, num = rate_case(r)
    d = r.rng.choice([0, 1])
    N, Dn, P, c = rate_toks(r, num, den, d, fp="cn")
    body = f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}，{rname}达到百分之{P}。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname + " written 百分之…"), [c]


@style("budget_execution_wan", "pct")
def _p10(r):
    den = quant(Decimal(str(r.rng.uniform(300, 60000))), 2)
    num = quant(den * Decimal(str(r.rng.uniform(0.55, 0.99))), 2)
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]), mag="万", numdec=2)
    what = r.rng.choice(["年初预算安排", "下达专项资金", "到位衔接资金", "下达就业补助资金"])
    body = [f"{lead(r.rng)}{what}{Dn}元，已支出{N}元，{r.rng.choice(['预算执行率', '支出进度', '资金支出率'])}{P}%。",
            "对支出进度滞后的项目实行挂牌督办。"]
    return wrap(r.rng, join_inline(r.rng, body), "预算执行"), note_rate(r, N, Dn, P, "execution rate (万元)"), [c]


@style("share_zhan_of_stated_total", "pct")
def _p11(r):
    topic, act, u, nm, total, parts = cnt(r, kmin=2, kmax=3)
    N, Dn, P, c = rate_toks(r, parts[0], total, r.rng.choice([1, 2]), modes=("pct",))
    body = f"{lead(r.rng)}{act}{Dn}{u}，其中{nm[0]}{N}{u}，占{r.rng.choice(['总数的', '全部', '', '总量的'])}{P}%。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, "share of the stated whole"), [c]


@style("share_each_part_in_brackets", "pct")
def _p12(r):
    topic, act, u, nm, total, parts = cnt(r, kmin=2, kmax=4)
    d = r.rng.choice([1, 2])
    bad_i = r.rng.randrange(len(parts)) if r.bad else -1
    T = r.n(total)
    toks, checks = [], []
    for i, (n, p) in enumerate(zip(nm, parts)):
        st = good_rate(p, total, d) if i != bad_i else bad_pct_value(r.rng, pct_exact(p, total), d, cap=Decimal(100))
        Pt = r.n(p); St = r.n(st, d)
        toks.append(f"{n}{Pt}{u}（占{St}%）")
        checks.append({"rel": "rate", "num": Pt.ref, "den": T.ref, "pct": St.ref, "holds": i != bad_i})
    body = f"{lead(r.rng)}{act}{T}{u}，其中{'，'.join(toks)}。"
    note = "each part's bracketed share of the total is checked" + ("" if bad_i < 0 else f"; share of '{nm[bad_i]}' is wrong")
    # the parts may or may not exhaust the total; only the shares are asserted, the listed parts sum is also exact
    if sum(parts) == total:
        pass
    return wrap(r.rng, body, topic), note, checks


@style("share_total_first_zhanbi", "pct")
def _p13(r):
    topic, act, u, nm, total, parts, d0, mag = amt(r, kmin=2, kmax=3)
    N, Dn, P, c = rate_toks(r, parts[0], total, r.rng.choice([1, 2]), mag=mag, numdec=d0, modes=("pct",))
    body = f"{lead(r.rng)}{act}{Dn}{u}。其中，{nm[0]}{N}{u}，占比{P}%。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, "占比 of a money/quantity total"), [c]


@style("shares_exclusive_not_over_100", "pct")
def _p14(r):
    cats = r.rng.choice([("从案件类型看，", ["民事案件", "刑事案件", "行政案件"]), ("从问题类别看，", ["环境卫生类", "矛盾纠纷类", "安全隐患类", "民生服务类"]),
                         ("从资金投向看，", ["产业发展", "基础设施", "公共服务"]), ("从年龄结构看，", ["35岁以下", "36—50岁", "51岁以上"])])
    k = len(cats[1])
    d = r.rng.choice([0, 1])
    ulp = Decimal(1).scaleb(-d) if d else Decimal(1)
    if r.bad:
        target = Decimal(r.rng.randint(104, 125))
    else:
        target = Decimal(r.rng.randint(55, 97))
    w = [r.rng.uniform(0.5, 1.5) for _ in range(k)]
    sh = [quant(target * Decimal(str(x / sum(w))), d) for x in w]
    S = [r.n(x, d) for x in sh]
    body = f"{cats[0]}{'，'.join(f'{n}占{s}%' for n, s in zip(cats[1], S))}。"
    tot = sum(sh)
    c = {"rel": "shares_le_100", "shares": [x.ref for x in S], "holds": tot <= 100 + k * ulp / 2}
    note = f"shares of mutually exclusive categories of one whole sum to {plain(tot)}" + (" (<=100, rest is other)" if c["holds"] else " (>100, impossible)")
    return wrap(r.rng, body, "结构分析"), note, [c]


@style("shares_complete_partition_100", "pct")
def _p15(r):
    cats = r.rng.choice([["男性", "女性"], ["优", "良", "轻度污染", "中度及以上污染"], ["城镇", "农村"], ["一级", "二级", "三级"],
                         ["达标", "基本达标", "未达标"]])
    k = len(cats)
    d = r.rng.choice([1, 2])
    counts = [r.rng.randint(20, 900) for _ in cats]
    tot = sum(counts)
    sh = [rhu(Fraction(c, tot) * 100, d) for c in counts]
    if any(tie(Fraction(c, tot) * 100, d) for c in counts):
        raise Retry
    if r.bad:
        i = r.rng.randrange(k)
        sh[i] = quant(sh[i] + Decimal(str(r.rng.choice([2.5, 3, 4, 5.5, 7, -3, -4.5, -6]))), d)
        if sh[i] <= 0:
            raise Retry
    S = [r.n(x, d) for x in sh]
    lab = {"男性": "从性别看", "优": "按空气质量等级分", "城镇": "按户籍所在地分", "一级": "按风险等级分", "达标": "按评估结果分"}[cats[0]]
    body = f"{lab}，{'、'.join(f'{n}占{s}%' for n, s in zip(cats, S))}。"
    s = sum(sh)
    ok = abs(s - 100) <= k * Decimal(1).scaleb(-d) / 2
    c = {"rel": "shares_eq_100", "shares": [x.ref for x in S], "holds": ok}
    note = f"complete breakdown of one whole: shares sum {plain(s)}" + (" = 100 within rounding" if ok else ", far from 100")
    return wrap(r.rng, body, "结构分析"), note, [c]


def chg_toks(r, old, new, d, dir_, fmt="a", mag="", numdec=0, modes=("pct", "pct", "new")):
    ex = (fr(new) - fr(old)) * 100 / fr(old)
    if dir_ == "down":
        ex = -ex
    if tie(ex, d):
        raise Retry
    st = rhu(ex, d)
    nv = D(new)
    if r.bad:
        mode = r.rng.choice(modes)
        if mode == "new":
            for _ in range(40):
                n2 = perturb(r.rng, nv, numdec)
                ex2 = (fr(n2) - fr(old)) * 100 / fr(old)
                ex2 = -ex2 if dir_ == "down" else ex2
                if ex2 > 0 and margin_ok(st, ex2, d):
                    nv = n2
                    break
            else:
                mode = "pct"
        if mode == "pct":
            st = bad_pct_value(r.rng, ex, d, cap=None)
    O = r.n(old, numdec, fmt, mag)
    N = r.n(nv, numdec, fmt, mag)
    P = r.n(st, d)
    c = {"rel": "pct_change", "old": O.ref, "new": N.ref, "pct": P.ref, "dir": dir_, "holds": not r.bad}
    return O, N, P, c


def note_chg(r, O, N, P, dir_):
    ex = (fr(tv(r, N)) - fr(tv(r, O))) * 100 / fr(tv(r, O))
    ex = -ex if dir_ == "down" else ex
    st = tv(r, P)
    d = -st.as_tuple().exponent if st.as_tuple().exponent < 0 else 0
    ok = rhu(ex, d) == st
    return f"{'growth' if dir_ == 'up' else 'decline'} from {plain(tv(r, O))} to {plain(tv(r, N))} = {float(ex):.4f}%, stated {plain(st)}%" + ("" if ok else f", should be {plain(rhu(ex, d))}%")


@style("pct_change_increase_from_to", "pct")
def _p16(r):
    what, u = r.rng.choice(CHG)
    old = r.rng.randint(40, 9000)
    new = old + r.rng.randint(max(1, old // 50), max(2, old * 3 // 5))
    d = r.rng.choice([0, 1, 1, 2])
    O, N, P, c = chg_toks(r, old, new, d, "up")
    body = f"{lead(r.rng)}{what}由{O}{u}{r.rng.choice(['增至', '增加到', '增长到'])}{N}{u}，增长{P}%。"
    return wrap(r.rng, body, "发展指标"), note_chg(r, O, N, P, "up"), [c]


@style("pct_change_decrease_from_to", "pct")
def _p17(r):
    what, u = r.rng.choice([("信访量", "件"), ("电信网络诈骗发案", "起"), ("安全生产事故", "起"), ("道路交通事故", "起"), ("化学需氧量排放量", "吨"), ("万元GDP能耗", "吨标准煤")])
    old = r.rng.randint(60, 6000)
    new = old - r.rng.randint(max(1, old // 30), old * 2 // 3)
    d = r.rng.choice([1, 2])
    if what == "万元GDP能耗":
        oldd = quant(Decimal(str(r.rng.uniform(0.3, 1.2))), 3)
        newd = quant(oldd * Decimal(str(r.rng.uniform(0.85, 0.98))), 3)
        O, N, P, c = chg_toks(r, oldd, newd, d, "down", numdec=3)
    else:
        O, N, P, c = chg_toks(r, old, new, d, "down")
    body = f"{lead(r.rng)}{what}从{O}{u}{r.rng.choice(['下降到', '降至', '减少到'])}{N}{u}，{r.rng.choice(['下降', '降幅为', '减少'])}{P}%。"
    return wrap(r.rng, body, "风险防控"), note_chg(r, O, N, P, "down"), [c]


@style("pct_change_yoy_two_sentences", "pct")
def _p18(r):
    what, u = r.rng.choice([("规模以上工业总产值", "万元"), ("社会消费品零售总额", "万元"), ("一般公共预算收入", "万元"), ("限上消费品零售额", "万元")])
    old = quant(Decimal(str(r.rng.uniform(800, 90000))), 1)
    up = r.rng.random() < 0.75
    new = quant(old * Decimal(str(r.rng.uniform(1.02, 1.6) if up else r.rng.uniform(0.6, 0.97))), 1)
    d = r.rng.choice([1, 2])
    O, N, P, c = chg_toks(r, old, new, d, "up" if up else "down", numdec=1)
    body = [f"{lead(r.rng)}完成{what}{N}{u}。", f"上年同期为{O}{u}，同比{'增长' if up else '下降'}{P}%。"]
    return wrap(r.rng, join_inline(r.rng, body), "经济运行"), note_chg(r, O, N, P, "up" if up else "down"), [c]


@style("pct_change_yi_amounts", "pct")
def _p19(r):
    old = quant(Decimal(str(r.rng.uniform(1.2, 80))), 3)
    new = quant(old * Decimal(str(r.rng.uniform(1.03, 1.45))), 3)
    d = 1
    O, N, P, c = chg_toks(r, old, new, d, "up", mag="亿", numdec=3)
    what = r.rng.choice(["固定资产投资", "规上工业增加值", "外贸进出口总额", "农产品网络零售额"])
    body = f"{lead(r.rng)}{what}{N}元，上年为{O}元，增长{P}%。"
    return wrap(r.rng, body, "经济运行"), note_chg(r, O, N, P, "up") + " (亿元 with 3 decimals)", [c]


@style("pp_change_between_rates", "pct")
def _p20(r):
    what = r.rng.choice(["空气质量优良天数比例", "城镇生活污水集中收集率", "农村自来水普及率", "政务服务网办率", "垃圾分类覆盖率", "群众安全感"])
    d = 1
    r1 = quant(Decimal(str(r.rng.uniform(60, 95))), d)
    up = r.rng.random() < 0.7
    delta = quant(Decimal(str(r.rng.uniform(0.3, 6))), d)
    r2 = r1 + delta if up else r1 - delta
    if r2 >= 100:
        raise Retry
    st = delta
    if r.bad:
        st = quant(delta + Decimal(str(r.rng.choice([0.5, 1, 1.2, 2, -0.4, -1, 3]))), d)
        if st <= 0 or abs(st - delta) < Decimal("0.3"):
            raise Retry
    A = r.n(r1, d); B = r.n(r2, d); P = r.n(st, d)
    body = f"{lead(r.rng)}{what}由{A}%{'提高' if up else '下降'}到{B}%，{'提高' if up else '下降'}{P}个百分点。"
    c = {"rel": "pp_diff", "r1": A.ref, "r2": B.ref, "pct": P.ref, "dir": "up" if up else "down", "holds": not r.bad}
    note = f"percentage-point change {plain(r1)} -> {plain(r2)} = {plain(abs(r2 - r1))} pp, stated {plain(st)}"
    return wrap(r.rng, body, "指标变化"), note, [c]


PLAN_ITEMS = [("老旧小区改造", "个"), ("农村公路提质", "公里"), ("公办托位建设", "个"), ("养老服务站建设", "个"), ("充电桩建设", "个"),
              ("农村改厕", "户"), ("高标准农田", "亩"), ("污水管网", "公里"), ("社区食堂", "个"), ("适老化改造", "户")]


@style("progress_table_plan_done_rate", "pct")
def _p21(r):
    k = r.rng.randint(3, 5)
    items = r.rng.sample(PLAN_ITEMS, k)
    bad_i = r.rng.randrange(k) if r.bad else -1
    lines = ["项目\t计划\t完成\t完成率"]
    checks = []
    for i, (n, u) in enumerate(items):
        plan = r.rng.randint(8, 3000)
        done = min(plan, max(1, int(plan * r.rng.uniform(0.5, 1.05))))
        st = good_rate(done, plan, 1) if i != bad_i else bad_pct_value(r.rng, pct_exact(done, plan), 1, cap=Decimal(100))
        A = r.n(plan); B = r.n(done); S = r.n(st, 1)
        lines.append(f"{n}（{u}）\t{A}\t{B}\t{S}%")
        checks.append({"rel": "rate", "num": B.ref, "den": A.ref, "pct": S.ref, "holds": i != bad_i})
    title = f"表{r.rng.randint(1, 6)} {CUR['y']}年民生实事项目推进情况"
    note = "progress table: each row's completion rate = done/plan" + ("" if bad_i < 0 else f"; row '{items[bad_i][0]}' wrong")
    return "\n".join([title] + lines), note, checks


@style("progress_lines_plan_done_rate", "pct")
def _p22(r):
    k = r.rng.randint(2, 3)
    items = r.rng.sample(PLAN_ITEMS, k)
    bad_i = r.rng.randrange(k) if r.bad else -1
    sents, checks = [], []
    for i, (n, u) in enumerate(items):
        plan = r.rng.randint(8, 3000)
        done = min(plan, max(1, int(plan * r.rng.uniform(0.45, 1.0))))
        st = good_rate(done, plan, 1) if i != bad_i else bad_pct_value(r.rng, pct_exact(done, plan), 1, cap=Decimal(100))
        A = r.n(plan); B = r.n(done); S = r.n(st, 1)
        sents.append(f"{n}计划{A}{u}，完成{B}{u}，完成率{S}%")
        checks.append({"rel": "rate", "num": B.ref, "den": A.ref, "pct": S.ref, "holds": i != bad_i})
    body = f"{lead(r.rng)}" + "；".join(sents) + "。"
    return wrap(r.rng, body, "民生实事"), "several plan/done/rate triples in one paragraph" + ("" if bad_i < 0 else f"; '{items[bad_i][0]}' rate wrong"), checks


@style("cumulative_share_of_annual_target", "pct")
def _p23(r):
    m = r.rng.randint(5, 11)
    tgt = quant(Decimal(str(r.rng.uniform(2, 90))), 1)
    done = quant(tgt * Decimal(str(r.rng.uniform(0.45, 0.98))), 2)
    N, Dn, P, c = rate_toks(r, done, tgt, 1, mag="亿", numdec=2)
    # denominator shown with 1 decimal: re-create? keep 2-dec display for both
    what = r.rng.choice(["固定资产投资", "招商引资到位资金", "重点项目投资", "社会消费品零售额"])
    body = f"1—{m}月累计完成{what}{N}元，为年度目标{Dn}元的{P}%。"
    return wrap(r.rng, body, "目标任务完成情况"), note_rate(r, N, Dn, P, "cumulative share of the annual target"), [c]


@style("over_100_completion", "pct")
def _p24(r):
    tgt = r.rng.randint(50, 20000)
    done = tgt + r.rng.randint(max(1, tgt // 40), tgt // 2)
    N, Dn, P, c = rate_toks(r, done, tgt, r.rng.choice([1, 2]), cap=Decimal(300))
    what, u = r.rng.choice([("城镇新增就业", "人"), ("职业技能培训", "人次"), ("新增市场主体", "户"), ("发展订单农业", "亩")])
    body = f"{lead(r.rng)}{what}目标任务{Dn}{u}，实际完成{N}{u}，完成率{P}%，超额完成任务。"
    return wrap(r.rng, body, "目标任务完成情况"), note_rate(r, N, Dn, P, "completion over 100% (legitimate)"), [c]


@style("satisfaction_two_part_numerator", "pct")
def _p25(r):
    den = r.rng.randint(200, 6000)
    sat = int(den * r.rng.uniform(0.6, 0.9))
    basic = int((den - sat) * r.rng.uniform(0.3, 0.9))
    d = r.rng.choice([1, 2])
    st = good_rate(sat + basic, den, d)
    which = None
    vals = [den, sat, basic]
    if r.bad:
        st = bad_pct_value(r.rng, pct_exact(sat + basic, den), d, cap=Decimal(100))
    Dn = r.n(vals[0]); A = r.n(vals[1]); B = r.n(vals[2]); P = r.n(st, d)
    body = f"{lead(r.rng)}对办结工单开展电话回访{Dn}件，其中满意{A}件、基本满意{B}件，综合满意率（含基本满意）{P}%。"
    c = {"rel": "rate", "num": [A.ref, B.ref], "den": Dn.ref, "pct": P.ref, "holds": not r.bad}
    return wrap(r.rng, body, "12345热线办理"), note_rate(r, [A, B], Dn, P, "satisfaction incl. basic satisfaction"), [c]


@style("coverage_all_units_100", "pct")
def _p26(r):
    n = r.rng.randint(8, 60)
    built = n
    if r.bad:
        built = n - r.rng.randint(max(1, -(-3 * n // 100)), max(2, n // 6))
        if built < 1 or not margin_ok(Decimal(100), Fraction(built * 100, n), 0):
            raise Retry
    suf, cl, what = r.rng.choice([("个村（社区）", "个", "新时代文明实践站"), ("个行政村", "个", "村级寄递物流点"), ("所中小学", "所", "心理辅导室"),
                                  ("个社区", "个", "老年助餐点"), ("个村（社区）", "个", "心理服务室"), ("个行政村", "个", "综治中心")])
    N = r.n(n); B = r.n(built); P = r.n(100)
    body = f"{lead(r.rng)}全{r.rng.choice(['镇', '街道', '县'])}{N}{suf}中已有{B}{cl}建成{what}，建成率{P}%。"
    c = {"rel": "rate", "num": B.ref, "den": N.ref, "pct": P.ref, "holds": built == n}
    note = f"coverage {built}/{n} stated as 100%" + ("" if built == n else f" though only {built} of {n} built")
    return wrap(r.rng, body, "阵地建设"), note, [c]


@style("numbered_items_each_with_rate", "pct")
def _p27(r):
    k = r.rng.randint(2, 3)
    cases = r.rng.sample(RATES, k)
    bad_i = r.rng.randrange(k) if r.bad else -1
    ords = ["一是", "二是", "三是"]
    sents, checks = [], []
    for i, (topic, base, done, rname, u, (lo, hi), (fl, fh)) in enumerate(cases):
        den = r.rng.randint(lo, hi)
        num = min(den, max(1, int(den * r.rng.uniform(fl, fh))))
        d = r.rng.choice([1, 2])
        st = good_rate(num, den, d) if i != bad_i else bad_pct_value(r.rng, pct_exact(num, den), d, cap=Decimal(100))
        A = r.n(den); B = r.n(num); S = r.n(st, d)
        sents.append(f"{ords[i]}{base}{A}{u}，{done}{B}{u}，{rname}{S}%")
        checks.append({"rel": "rate", "num": B.ref, "den": A.ref, "pct": S.ref, "holds": i != bad_i})
    body = f"{lead(r.rng)}重点做好{k}方面工作：" + "；".join(sents) + "。"
    return wrap(r.rng, body, "重点工作"), "一是/二是 items each with its own rate" + ("" if bad_i < 0 else f"; item {bad_i + 1} wrong"), checks


@style("yoy_table_current_previous_change", "pct")
def _p28(r):
    k = r.rng.randint(3, 4)
    items = r.rng.sample(["地区生产总值", "规上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入", "外贸进出口"], k)
    bad_i = r.rng.randrange(k) if r.bad else -1
    lines = ["指标\t本期（亿元）\t上年同期（亿元）\t增减（%）"]
    checks = []
    for i, n in enumerate(items):
        old = quant(Decimal(str(r.rng.uniform(3, 400))), 2)
        new = quant(old * Decimal(str(r.rng.uniform(0.85, 1.25))), 2)
        ex = (fr(new) - fr(old)) * 100 / fr(old)
        if tie(ex, 1) or new == old:
            raise Retry
        st = rhu(ex, 1) if i != bad_i else bad_pct_value(r.rng, ex, 1, cap=None, floor=Decimal(-100))
        A = r.n(new, 2); B = r.n(old, 2); S = r.n(st, 1)
        lines.append(f"{n}\t{A}\t{B}\t{S}")
        checks.append({"rel": "pct_change", "old": B.ref, "new": A.ref, "pct": S.ref, "dir": "up", "holds": i != bad_i})
    return "\n".join([f"{county(r.rng)}主要经济指标完成情况"] + lines), "table column 增减（%） must equal (current-previous)/previous, sign included" + ("" if bad_i < 0 else f"; row '{items[bad_i]}' wrong"), checks


@style("ranking_table_with_rates", "pct")
def _p29(r):
    k = r.rng.randint(3, 5)
    ts = [t + r.rng.choice(["镇", "街道", "乡"]) for t in pnames(r.rng, k)]
    rows = []
    for t in ts:
        den = r.rng.randint(30, 900)
        num = min(den, int(den * r.rng.uniform(0.7, 1.0)))
        rows.append((t, den, num, pct_exact(num, den)))
    rows.sort(key=lambda x: -x[3])
    bad_i = r.rng.randrange(k) if r.bad else -1
    lines = [f"各{r.rng.choice(['镇街', '乡镇'])}{r.rng.choice(['矛盾纠纷化解', '信访事项办结', '隐患整改'])}情况排名", "排名\t单位\t任务数\t完成数\t完成率"]
    checks = []
    for i, (t, den, num, ex) in enumerate(rows):
        st = rhu(ex, 2) if i != bad_i else bad_pct_value(r.rng, ex, 2, cap=Decimal(100))
        if tie(ex, 2):
            raise Retry
        A = r.n(den); B = r.n(num); S = r.n(st, 2)
        lines.append(f"{i + 1}\t{t}\t{A}\t{B}\t{S}%")
        checks.append({"rel": "rate", "num": B.ref, "den": A.ref, "pct": S.ref, "holds": i != bad_i})
    return "\n".join(lines), "ranking table; rank numbers are ordinals, each row's rate checked" + ("" if bad_i < 0 else f"; row {bad_i + 1} wrong"), checks


@style("rate_with_yue_rounded", "pct")
def _p30(r):
    topic, base, done, rname, u, den, num = rate_case(r)
    N, Dn, P, c = rate_toks(r, num, den, 1)
    body = f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}，{rname}约为{P}%。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname + " with 约 (rounded value, checked at 1 decimal)"), [c]


@style("decline_rate_cases", "pct")
def _p31(r):
    old = r.rng.randint(40, 3000)
    new = r.rng.randint(max(1, old // 4), old - max(1, old // 30))
    d = r.rng.choice([1, 2])
    O, N, P, c = chg_toks(r, old, new, d, "down")
    what = r.rng.choice(["电信网络诈骗案件", "盗窃案件", "群体性信访", "涉校矛盾纠纷"])
    body = [f"{lead(r.rng)}{what}发案{N}起，", f"较上年同期的{O}起下降{P}%。"]
    return wrap(r.rng, "".join(body), "平安建设"), note_chg(r, O, N, P, "down") + " (current stated before base)", [c]


@style("growth_over_100_with_base", "pct")
def _p32(r):
    old = r.rng.randint(20, 4000)
    new = old * 2 + r.rng.randint(1, old * 2)
    d = r.rng.choice([1, 2])
    O, N, P, c = chg_toks(r, old, new, d, "up")
    what, u = r.rng.choice([("农产品网络零售额", "万元"), ("跨境电商交易额", "万元"), ("新能源汽车充电量", "万千瓦时"), ("快递业务量", "万件")])
    body = f"{lead(r.rng)}{what}达到{N}{u}，上年为{O}{u}，同比增长{P}%。"
    return wrap(r.rng, body, "新业态发展"), note_chg(r, O, N, P, "up") + " (over 100% is legitimate)", [c]


@style("female_share_of_total", "pct")
def _p33(r):
    what, u = r.rng.choice(GENDER)
    den = r.rng.randint(40, 5000)
    num = int(den * r.rng.uniform(0.2, 0.75))
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]))
    body = f"{lead(r.rng)}{what}共{Dn}{u}，其中女性{N}{u}，占{P}%。"
    return wrap(r.rng, body, "队伍建设"), note_rate(r, N, Dn, P, "female share"), [c]


@style("exam_pass_rate", "pct")
def _p34(r):
    den = r.rng.randint(30, 4000)
    num = int(den * r.rng.uniform(0.55, 0.98))
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]))
    what = r.rng.choice(["职业技能等级认定", "特种作业人员考核", "养老护理员培训结业考试", "网格员业务考试"])
    body = [f"组织{what}{r.rng.randint(2, 12)}期，", f"参加考试{Dn}人，合格{N}人，合格率{P}%。"]
    return wrap(r.rng, "".join(body), "技能人才培养"), note_rate(r, N, Dn, P, "pass rate"), [c]


@style("survey_response_rate", "pct")
def _p35(r):
    den = r.rng.randint(200, 8000)
    num = int(den * r.rng.uniform(0.6, 0.99))
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]))
    body = f"{lead(r.rng)}发放{r.rng.choice(['居民满意度', '营商环境', '养老服务需求'])}调查问卷{Dn}份，回收有效问卷{N}份，有效回收率{P}%。"
    return wrap(r.rng, body, "问卷调查"), note_rate(r, N, Dn, P, "response rate"), [c]


@style("two_rates_same_base", "pct")
def _p36(r):
    den = r.rng.randint(100, 9000)
    a = int(den * r.rng.uniform(0.9, 1.0))
    b = int(a * r.rng.uniform(0.85, 0.99))
    d = r.rng.choice([1, 2])
    bad_i = r.rng.randrange(2) if r.bad else -1
    s1 = good_rate(a, den, d) if bad_i != 0 else bad_pct_value(r.rng, pct_exact(a, den), d, cap=Decimal(100))
    s2 = good_rate(b, den, d) if bad_i != 1 else bad_pct_value(r.rng, pct_exact(b, den), d, cap=Decimal(100))
    Dn = r.n(den); A = r.n(a); B = r.n(b); S1 = r.n(s1, d); S2 = r.n(s2, d)
    body = f"{lead(r.rng)}受理群众诉求{Dn}件，办结{A}件、群众满意{B}件，办结率、满意率分别为{S1}%、{S2}%。"
    cs = [{"rel": "rate", "num": A.ref, "den": Dn.ref, "pct": S1.ref, "holds": bad_i != 0},
          {"rel": "rate", "num": B.ref, "den": Dn.ref, "pct": S2.ref, "holds": bad_i != 1}]
    return wrap(r.rng, body, "诉求办理"), note_rate(r, A, Dn, S1, "办结率") + "; " + note_rate(r, B, Dn, S2, "满意率"), cs


@style("share_table_tab_column", "pct")
def _p37(r):
    topic, act, u, nm, total, parts = cnt(r, kmin=3, kmax=4)
    d = r.rng.choice([1, 2])
    bad_i = r.rng.randrange(len(parts)) if r.bad else -1
    T = r.n(total)
    lines = [f"{act}构成", f"类别\t数量（{u}）\t占比（%）"]
    checks = []
    for i, (n, p) in enumerate(zip(nm, parts)):
        st = good_rate(p, total, d) if i != bad_i else bad_pct_value(r.rng, pct_exact(p, total), d, cap=Decimal(100))
        A = r.n(p); S = r.n(st, d)
        lines.append(f"{n}\t{A}\t{S}")
        checks.append({"rel": "rate", "num": A.ref, "den": T.ref, "pct": S.ref, "holds": i != bad_i})
    lines.append(f"合计\t{T}\t100")
    return "\n".join(lines), "share column of a table; each share = count/total" + ("" if bad_i < 0 else f"; row '{nm[bad_i]}' wrong"), checks


@style("signed_negative_growth", "pct")
def _p38(r):
    old = quant(Decimal(str(r.rng.uniform(300, 30000))), 1)
    new = quant(old * Decimal(str(r.rng.uniform(0.6, 0.97))), 1)
    ex = (fr(new) - fr(old)) * 100 / fr(old)
    d = r.rng.choice([1, 2])
    if tie(ex, d):
        raise Retry
    st = rhu(ex, d) if not r.bad else bad_pct_value(r.rng, ex, d, cap=Decimal("-0.1"), floor=Decimal(-100))
    O = r.n(old, 1); N = r.n(new, 1); P = r.n(st, d)
    what = r.rng.choice(["其他营利性服务业营业收入", "房地产开发投资", "商品房销售面积"])
    u = "万平方米" if what == "商品房销售面积" else "万元"
    body = f"{lead(r.rng)}{what}{N}{u}，上年同期{O}{u}，增幅{P}%。"
    c = {"rel": "pct_change", "old": O.ref, "new": N.ref, "pct": P.ref, "dir": "up", "holds": not r.bad}
    return wrap(r.rng, body, "经济运行"), f"signed growth written 增幅-x%: {float(ex):.4f}% vs stated {plain(st)}%", [c]


@style("time_progress_months", "pct")
def _p39(r):
    m = r.rng.choice([1, 2, 4, 5, 7, 8, 10, 11])
    tgt = r.rng.randint(200, 9000)
    done = int(tgt * r.rng.uniform(0.5, 1.0))
    st = good_rate(m, 12, 1)
    if r.bad:
        st = bad_pct_value(r.rng, pct_exact(m, 12), 1, cap=Decimal(100))
    M = r.n(m); M12 = r.n(12); P = r.n(st, 1)
    body = f"截至{m}月底，时间已过{P}%（{M}/{M12}），{r.rng.choice(['城镇新增就业', '改厕任务', '培训任务'])}完成{done}人（户），进度基本同步。"
    c = {"rel": "rate", "num": M.ref, "den": M12.ref, "pct": P.ref, "holds": not r.bad}
    return wrap(r.rng, body, "时序进度"), f"time progress {m}/12 = {float(pct_exact(m, 12)):.4f}%, stated {plain(st)}%", [c]


@style("debt_to_asset_ratio", "pct")
def _p40(r):
    A = quant(Decimal(str(r.rng.uniform(3, 800))), 2)
    L = quant(A * Decimal(str(r.rng.uniform(0.3, 0.8))), 2)
    N, Dn, P, c = rate_toks(r, L, A, r.rng.choice([1, 2]), mag="亿", numdec=2)
    co = company(r.rng)
    body = f"截至{CUR['y']}年末，{co}资产总额{Dn}元，负债总额{N}元，资产负债率{P}%，处于合理区间。"
    return wrap(r.rng, body, "国有企业监管"), note_rate(r, N, Dn, P, "debt-to-asset ratio"), [c]


@style("emission_reduction_pct_wan", "pct")
def _p41(r):
    old = quant(Decimal(str(r.rng.uniform(1, 90))), 2)
    new = quant(old * Decimal(str(r.rng.uniform(0.7, 0.98))), 2)
    d = r.rng.choice([1, 2])
    O, N, P, c = chg_toks(r, old, new, d, "down", mag="万", numdec=2)
    what = r.rng.choice(["二氧化碳排放量", "重点企业氮氧化物排放量", "化学需氧量排放量"])
    body = f"{lead(r.rng)}{what}由{O}吨降至{N}吨，削减{P}%。"
    return wrap(r.rng, body, "减污降碳"), note_chg(r, O, N, P, "down"), [c]


@style("land_area_hectare_share", "pct")
def _p42(r):
    tot = quant(Decimal(str(r.rng.uniform(200, 9000))), 2)
    part = quant(tot * Decimal(str(r.rng.uniform(0.1, 0.7))), 2)
    N, Dn, P, c = rate_toks(r, part, tot, r.rng.choice([1, 2]), numdec=2)
    what = r.rng.choice(["生态保护红线", "永久基本农田", "城镇开发边界内建设用地", "林地"])
    body = f"{county(r.rng)}国土总面积中规划区面积{Dn}公顷，其中{what}{N}公顷，占{P}%。"
    return wrap(r.rng, body, "国土空间规划"), note_rate(r, N, Dn, P, "area share (hectares)"), [c]


@style("rate_ascii_digits_fullwidth_sign", "pct")
def _p43(r):
    return _basic_rate(r, r.rng.choice([1, 2]), sign="％")


@style("rate_stated_then_numbers_next_sentence", "pct")
def _p44(r):
    topic, base, done, rname, u, den, num = rate_case(r)
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]))
    body = [f"{rname}达到{P}%，较年初目标有所提升。", f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}。"]
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, rname + " stated one sentence before its base"), [c]


@style("share_of_target_yi", "pct")
def _p45(r):
    tgt = quant(Decimal(str(r.rng.uniform(5, 200))), 1)
    done = quant(tgt * Decimal(str(r.rng.uniform(0.6, 1.15))), 2)
    N, Dn, P, c = rate_toks(r, done, tgt, 1, mag="亿", numdec=2, cap=Decimal(200))
    what = r.rng.choice(["招商引资到位资金", "专项债券资金支出", "民间投资"])
    body = f"{lead(r.rng)}{what}{N}元，占年度目标任务{Dn}元的{P}%。"
    return wrap(r.rng, body, "目标任务"), note_rate(r, N, Dn, P, "share of target (亿元)"), [c]


@style("share_of_bond_use_yi_wan", "pct")
def _p46(r):
    tot = r.rng.randint(20, 600) * 100          # 万元 -> X.XX亿
    part = r.rng.randint(tot // 10, tot * 2 // 3)
    st = good_rate(part, tot, 1)
    if r.bad:
        st = bad_pct_value(r.rng, pct_exact(part, tot), 1, cap=Decimal(100))
    T = r.n(Decimal(tot) / 10000, 2, "a", "亿"); Pt = r.n(part, 0, "a", "万"); S = r.n(st, 1)
    use = r.rng.choice(["保障性安居工程", "城镇老旧小区改造", "农林水利", "产业园区基础设施"])
    body = f"{lead(r.rng)}新增专项债券{T}元中，用于{use}{Pt}元，占{S}%。"
    c = {"rel": "rate", "num": Pt.ref, "den": T.ref, "pct": S.ref, "holds": not r.bad}
    return wrap(r.rng, body, "债券资金使用"), note_rate(r, Pt, T, S, "share across 亿/万 units"), [c]


@style("monthly_and_cumulative_rates", "pct")
def _p47(r):
    m_den = r.rng.randint(60, 900); m_num = int(m_den * r.rng.uniform(0.85, 1.0))
    c_den = m_den * r.rng.randint(3, 9) + r.rng.randint(0, 60); c_num = int(c_den * r.rng.uniform(0.9, 1.0))
    d = 1
    bad_i = r.rng.randrange(2) if r.bad else -1
    s1 = good_rate(m_num, m_den, d) if bad_i != 0 else bad_pct_value(r.rng, pct_exact(m_num, m_den), d, cap=Decimal(100))
    s2 = good_rate(c_num, c_den, d) if bad_i != 1 else bad_pct_value(r.rng, pct_exact(c_num, c_den), d, cap=Decimal(100))
    A = r.n(m_den); B = r.n(m_num); S1 = r.n(s1, d); C = r.n(c_den); E = r.n(c_num); S2 = r.n(s2, d)
    m = r.rng.randint(4, 11)
    body = [f"{m}月受理工单{A}件，办结{B}件，当月办结率{S1}%；", f"1—{m}月累计受理{C}件，办结{E}件，累计办结率{S2}%。"]
    cs = [{"rel": "rate", "num": B.ref, "den": A.ref, "pct": S1.ref, "holds": bad_i != 0},
          {"rel": "rate", "num": E.ref, "den": C.ref, "pct": S2.ref, "holds": bad_i != 1}]
    return wrap(r.rng, join_inline(r.rng, body), "热线办理"), note_rate(r, B, A, S1, "monthly") + "; " + note_rate(r, E, C, S2, "cumulative"), cs


@style("pp_decline_between_rates", "pct")
def _p48(r):
    what = r.rng.choice(["城镇调查失业率", "企业资产负债率", "农村低保对象占比", "劣Ⅴ类水体比例", "婴儿死亡率"])
    d = r.rng.choice([1, 2])
    r1 = quant(Decimal(str(r.rng.uniform(2, 40))), d)
    delta = quant(Decimal(str(r.rng.uniform(0.3, min(5, float(r1) - 0.5)))), d)
    r2 = r1 - delta
    st = delta
    if r.bad:
        st = quant(delta + Decimal(str(r.rng.choice([0.5, 0.8, 1, 2, -0.5, 1.5]))), d)
        if st <= 0 or abs(st - delta) < Decimal("0.3"):
            raise Retry
    A = r.n(r1, d); B = r.n(r2, d); P = r.n(st, d)
    body = f"{what}从上年的{A}%降至{B}%，下降{P}个百分点。"
    c = {"rel": "pp_diff", "r1": A.ref, "r2": B.ref, "pct": P.ref, "dir": "down", "holds": not r.bad}
    return wrap(r.rng, body, "民生指标"), f"pp decline {plain(r1)} -> {plain(r2)} = {plain(delta)} pp, stated {plain(st)}", [c]


@style("pct_change_chinese_baifenzhi", "pct")
def _p49(r):
    old = r.rng.choice([20, 40, 50, 80, 100, 120, 200, 250, 400, 500])
    pct = r.rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 60])
    new = old * (100 + pct) // 100
    if new * 100 != old * (100 + pct):
        raise Retry
    O, N, P, c = chg_toks(r, old, new, 0, "up", fmt="cn")
    # stated percentage in Chinese numerals
    r.vals[P.ref[1:]] = (render(tv(r, P), 0, "cn"), tv(r, P))
    Pcn = mk(f"\x01{P.ref[1:]}\x02{render(tv(r, P), 0, 'cn')}\x03", P.ref)
    what = r.rng.choice([("驻村工作队员", "名"), ("示范合作社", "家"), ("乡村旅游示范点", "个"), ("电商直播基地", "个")])
    body = f"{lead(r.rng)}{what[0]}由{O}{what[1]}增加到{N}{what[1]}，增长百分之{Pcn}。"
    return wrap(r.rng, body, "乡村振兴"), note_chg(r, O, N, P, "up") + " (all in Chinese numerals)", [c]


@style("rate_number_first_phrasing", "pct")
def _p50(r):
    topic, base, done, rname, u, den, num = rate_case(r)
    N, Dn, P, c = rate_toks(r, num, den, r.rng.choice([1, 2]))
    body = f"{lead(r.rng)}{P}%的{base}{'' if done.startswith('已') else '已'}{done}（{N}{u}/{Dn}{u}）。"
    return wrap(r.rng, body, topic), note_rate(r, N, Dn, P, "percentage first, fraction in brackets"), [c]


# =====================================================================================
# PCT - malformed percentages (inconsistent) and their well-formed twins (consistent)
# =====================================================================================
def _malformed(r, kind):
    topic, base, done, rname, u, den, num = rate_case(r)
    d = 0 if kind == "trailing_dot" else (r.rng.choice([1, 2]) if kind != "two_points" else 1)
    st = good_rate(num, den, d)
    Dn = r.n(den); N = r.n(num)
    checks = []
    if not r.bad:
        P = r.n(st, d)
        sg = r.raw(r.rng.choice(["%", "%", "％"]) if kind not in ("double_fw", "fw_space") else "％")
        ptxt = f"{P}{sg}"
        checks = [{"rel": "rate", "num": N.ref, "den": Dn.ref, "pct": P.ref, "holds": True},
                  {"rel": "pct_format", "tok": sg.ref, "holds": True}]
        note = note_rate(r, N, Dn, P, rname) + "; percent sign well formed"
    else:
        sval = f"{st:f}"
        ip, _, fp_ = sval.partition(".")
        with_rate = True
        if kind == "placeholder":
            tok = r.raw(r.rng.choice(["xx%", "XX%", "xx.x%", "x%", "xx.xx%", "XX.X%"])); ptxt = f"{tok}"; with_rate = False
        elif kind == "space_before":
            P = r.n(st, d); tok = r.raw(r.rng.choice([" %", " ％"])); ptxt = f"{P}{tok}"
        elif kind == "leading_percent":
            P = r.n(st, d); tok = r.raw(r.rng.choice(["%", "％"])); ptxt = f"{tok}{P}"
        elif kind == "double_fw":
            P = r.n(st, d); tok = r.raw("％％"); ptxt = f"{P}{tok}"
        elif kind == "double_ascii":
            P = r.n(st, d); tok = r.raw(r.rng.choice(["%%", "%％"])); ptxt = f"{P}{tok}"
        elif kind == "double_dot":
            tok = r.raw(f"{ip}..{fp_}%"); ptxt = f"{tok}"; with_rate = False
        elif kind == "cn_period":
            tok = r.raw(f"{ip}。{fp_}%"); ptxt = f"{tok}"; with_rate = False
        elif kind == "trailing_dot":
            tok = r.raw(f"{ip}.%"); ptxt = f"{tok}"; with_rate = False
        elif kind == "baifenzhi_plus":
            P = r.n(st, d); tok = r.raw("%"); ptxt = f"百分之{P}{tok}"
        elif kind == "fw_space":
            P = r.n(st, d); tok = r.raw(r.rng.choice(["\u3000%", "\u3000％"])); ptxt = f"{P}{tok}"
        elif kind == "missing_number":
            tok = r.raw(r.rng.choice(["%", "％"])); ptxt = f"{tok}"; with_rate = False
        elif kind == "two_points":
            extra = r.rng.randint(1, 9)
            tok = r.raw(f"{ip}.{fp_}.{extra}%"); ptxt = f"{tok}"; with_rate = False
        else:
            raise ValueError(kind)
        if with_rate:
            checks.append({"rel": "rate", "num": N.ref, "den": Dn.ref, "pct": P.ref, "holds": True})
        checks.append({"rel": "pct_format", "tok": tok.ref, "holds": False})
        note = f"malformed percentage ({kind.replace('_', ' ')}) - inconsistent whatever the arithmetic; value should read {st}%"
    verb = r.rng.choice(["", "为", "达"])
    if kind == "missing_number" and r.bad:
        verb = r.rng.choice(["为", "达到"])
    body = f"{lead(r.rng)}{base}{Dn}{u}，{done}{N}{u}，{rname}{verb}{ptxt}。"
    return wrap(r.rng, body, topic), note, checks


for _k in ["placeholder", "space_before", "leading_percent", "double_fw", "double_ascii", "double_dot", "cn_period",
           "trailing_dot", "baifenzhi_plus", "fw_space", "missing_number", "two_points"]:
    style(f"malformed_pct_{_k}", "pct")((lambda kk: (lambda r: _malformed(r, kk)))(_k))


@style("malformed_pct_in_table_cell", "pct")
def _p_mt(r):
    k = r.rng.randint(3, 5)
    items = r.rng.sample(PLAN_ITEMS, k)
    bi = r.rng.randrange(k)
    lines = [f"{CUR['y']}年重点任务推进表", "任务\t计划\t完成\t完成率"]
    checks = []
    for i, (n, u) in enumerate(items):
        plan = r.rng.randint(8, 3000)
        done = min(plan, max(1, int(plan * r.rng.uniform(0.5, 1.0))))
        st = good_rate(done, plan, 1)
        A = r.n(plan); B = r.n(done); S = r.n(st, 1)
        if i == bi:
            sg = r.raw(r.rng.choice([" %", "%%", " ％"]) if r.bad else "%")
            checks.append({"rel": "pct_format", "tok": sg.ref, "holds": not r.bad})
        else:
            sg = "%"
        lines.append(f"{n}（{u}）\t{A}\t{B}\t{S}{sg}")
        checks.append({"rel": "rate", "num": B.ref, "den": A.ref, "pct": S.ref, "holds": True})
    note = "table rates all arithmetically right; " + ("one cell has a malformed percent sign" if r.bad else "all percent signs well formed")
    return "\n".join(lines), note, checks


# =====================================================================================
# PCT - negative styles
# =====================================================================================
@style("neg_growth_over_100_no_base", "pct", "neg")
def _q01(r):
    v = quant(Decimal(str(r.rng.uniform(100.5, 380))), 1)
    P = r.n(v, 1)
    cue = r.raw(r.rng.choice(["同比增长", "增长", "较上年增长"]))
    what = r.rng.choice(["农产品网络零售额", "跨境电商进出口额", "快递业务量", "民宿接待人次", "技术合同成交额"])
    body = f"{lead(r.rng)}{what}{cue}{P}%，{r.rng.choice(['成为新的增长点', '增速居全市首位', '呈现爆发式增长'])}。"
    return wrap(r.rng, body, "新业态"), f"growth of {v}% without base values: over 100% is possible and nothing can be recomputed", [trap("growth_over_100", cue, pct=P)]


@style("neg_pp_change_no_base", "pct", "neg")
def _q02(r):
    v = quant(Decimal(str(r.rng.uniform(0.2, 9))), 1)
    P = r.n(v, 1)
    cue = r.raw("个百分点")
    what = r.rng.choice(["空气质量优良天数比例", "城乡居民医保参保率", "农村自来水普及率", "一网通办率", "高中阶段毛入学率"])
    body = f"{lead(r.rng)}{what}同比{r.rng.choice(['提高', '提升', '上升'])}{P}{cue}，{r.rng.choice(['超额完成年度目标', '高于全省平均水平'])}。"
    return wrap(r.rng, body, "指标变化"), "percentage-point change with no rates given: not checkable, not a percentage growth", [trap("pp_no_base", cue)]


@style("neg_share_of_unstated_whole", "pct", "neg")
def _q03(r):
    acc = r.rng.randint(30, 300)
    deal = r.rng.randint(acc // 3, acc - 1)
    sh = r.rng.randint(5, 35)
    A = r.n(acc); B = r.n(deal); P = r.n(sh)
    cue = r.raw(r.rng.choice(["占全区交易总量的", "占全市同类交易的", "占全县总量的"]))
    body = f"{lead(r.rng)}农村产权交易平台受理集体资产交易{A}宗，成交{B}宗，成交金额{r.rng.randint(300, 5000)}万元，{cue}{P}%。"
    return wrap(r.rng, body, "农村“三资”管理"), f"{sh}% is a share of an unstated district whole, not {deal}/{acc}", [trap("unstated_whole", cue, pct=P)]


@style("neg_overlapping_attribute_shares", "pct", "neg")
def _q04(r):
    attrs = r.rng.sample(["中共党员", "女性", "大专以上学历", "35岁以下", "少数民族"], 3)
    sh = [quant(Decimal(str(r.rng.uniform(30, 75))), 1) for _ in attrs]
    if sum(sh) <= 105:
        raise Retry
    S = [r.n(x, 1) for x in sh]
    cue = r.raw(r.rng.choice(["村（社区）“两委”成员中，", "新一届班子成员中，", "全体网格员中，"]))
    body = f"{cue}{'，'.join(f'{a}占{s}%' for a, s in zip(attrs, S))}，结构进一步优化。"
    return wrap(r.rng, body, "班子建设"), f"overlapping attributes, shares sum {plain(sum(sh))}% > 100 legitimately", [trap("overlap_shares", cue, shares=S)]


@style("neg_policy_rates", "pct", "neg")
def _q05(r):
    a = r.rng.choice(["13", "9", "6"])
    b = r.rng.choice(["3.45", "3.85", "4.2", "3.65"])
    c = r.rng.choice(["50", "30", "20"])
    cue = r.raw(f"{a}%")
    body = [f"落实小规模纳税人减免政策，一般纳税人适用{cue}税率的业务照常申报；",
            f"创业担保贷款执行{b}%的贷款市场报价利率，财政按{c}%给予贴息。"]
    return wrap(r.rng, "".join(body), "惠企政策"), "statutory tax/interest/subsidy rates: no numerator or whole to check", [trap("policy_rate", cue)]


@style("neg_at_least_yishang", "pct", "neg")
def _q06(r):
    n = r.rng.choice([300, 500, 700, 1000, 1200])
    a = r.rng.choice([90, 95, 98])
    cue = r.raw("以上")
    body = f"{lead(r.rng)}对{n}余名社区戒毒康复人员实行分级管控，管控率达到{a}%{cue}，参保率、参合率均保持在{r.rng.choice([95, 96, 97])}%以上。"
    return wrap(r.rng, body, "禁毒工作"), "lower bounds (…%以上) and round bases (余): not exact relations", [trap("at_least", cue)]


@style("neg_ranking_of_rates", "pct", "neg")
def _q07(r):
    k = 3
    ts = [t + r.rng.choice(["镇", "街道"]) for t in pnames(r.rng, k)]
    sh = sorted([quant(Decimal(str(r.rng.uniform(88, 99.9))), 1) for _ in range(k)], reverse=True)
    if len(set(sh)) < k:
        raise Retry
    S = [r.n(x, 1) for x in sh]
    cue = r.raw("位列前三")
    body = f"{r.rng.choice(['信访事项办结率', '隐患整改率', '问题办结率'])}方面，{'、'.join(f'{t}（{s}%）' for t, s in zip(ts, S))}{cue}。"
    return wrap(r.rng, body, "考核排名"), "rates of different towns (different wholes); their sum over 100 means nothing", [trap("ranking", cue, shares=S)]


@style("neg_multi_select_shares", "pct", "neg")
def _q08(r):
    opts = r.rng.sample(["助餐服务", "上门医疗", "日间照料", "文体活动", "适老化改造", "心理慰藉"], 3)
    sh = [quant(Decimal(str(r.rng.uniform(35, 80))), 1) for _ in opts]
    if sum(sh) <= 105:
        raise Retry
    S = [r.n(x, 1) for x in sh]
    cue = r.raw(r.rng.choice(["（可多选）", "（多选）"]))
    body = f"养老服务需求调查{cue}显示，{'，'.join(f'需要{o}的占{s}%' for o, s in zip(opts, S))}。"
    return wrap(r.rng, body, "养老服务"), "multiple-choice shares may sum over 100", [trap("multi_select", cue, shares=S)]


@style("neg_time_progress_over_100", "pct", "neg")
def _q09(r):
    a = r.rng.randint(101, 112)
    cue = r.raw("时序进度")
    body = f"{lead(r.rng)}{r.rng.choice(['固定资产投资', '市场主体培育', '招商引资'])}{cue}{a}%，{r.rng.choice(['超时序完成', '跑赢时间进度'])}。"
    return wrap(r.rng, body, "目标任务"), "time-progress ratio over 100 without the underlying numbers", [trap("target_no_numbers", cue)]


@style("neg_level_targets", "pct", "neg")
def _q10(r):
    a = r.rng.choice(["5.5", "5", "4.5"])
    b = r.rng.choice(["3", "2", "2.5"])
    cue = r.raw("以内")
    body = f"{lead(r.rng)}城镇调查失业率控制在{a}%{cue}，居民消费价格涨幅{b}%左右，{r.rng.choice(['完成预期目标', '保持总体稳定'])}。"
    return wrap(r.rng, body, "主要预期目标"), "levels and ceilings, not ratios of stated numbers", [trap("level", cue)]


@style("neg_yoy_mom_rates_only", "pct", "neg")
def _q11(r):
    a = quant(Decimal(str(r.rng.uniform(1, 30))), 1)
    b = quant(Decimal(str(r.rng.uniform(1, 20))), 1)
    cue = r.raw("环比")
    body = f"{r.rng.randint(2, 12)}月份，{r.rng.choice(['12345热线来电量', '快递业务量', '旅游接待人次'])}{cue}增长{a}%，同比下降{b}%。"
    return wrap(r.rng, body, "月度运行"), "month-on-month and year-on-year rates without base values", [trap("no_base", cue)]


@style("neg_pct_of_target_no_numbers", "pct", "neg")
def _q12(r):
    a = r.rng.randint(60, 99)
    cue = r.raw(r.rng.choice(["年度目标任务的", "全年任务的"]))
    body = f"{lead(r.rng)}{r.rng.choice(['城镇新增就业', '农村劳动力转移就业', '职业技能培训'])}完成{cue}{a}%，{r.rng.choice(['序时进度良好', '预计年底前全面完成'])}。"
    return wrap(r.rng, body, "目标任务"), "share of a target whose numbers are not given", [trap("target_no_numbers", cue)]


@style("neg_growth_one_value_over_100", "pct", "neg")
def _q13(r):
    v = r.rng.randint(3000, 90000)
    g = quant(Decimal(str(r.rng.uniform(100.5, 260))), 1)
    V_ = r.n(v); P = r.n(g, 1)
    cue = r.raw("同比增长")
    body = f"{lead(r.rng)}{r.rng.choice(['固定资产投资', '工业技改投资', '民间投资'])}累计{V_}万元，{cue}{P}%。"
    return wrap(r.rng, body, "项目投资"), "one current value and a growth over 100%: base not given, nothing to recompute", [trap("growth_one_value", cue, pct=P)]


@style("neg_one_plus_x_pass_rate", "pct", "neg")
def _q14(r):
    cue = r.raw("“1+X”")
    body = f"{cue}证书试点覆盖{r.rng.randint(3, 12)}个专业，考核通过率{quant(Decimal(str(r.rng.uniform(80, 99))), 1)}%，{r.rng.choice(['高于全省平均水平', '创历年新高'])}。"
    return wrap(r.rng, body, "职业教育"), "“1+X” is a programme name; pass rate has no stated numerator/denominator", [trap("one_plus_x", cue)]


@style("neg_full_coverage_rhetoric", "pct", "neg")
def _q15(r):
    cue = r.raw(r.rng.choice(["三个100%", "“两个100%”"]))
    body = f"{lead(r.rng)}困难群众救助做到应保尽保、应救尽救，实现政策知晓率、资金发放到位率{cue}目标，全年未发生冲击社会道德底线事件。"
    return wrap(r.rng, body, "兜底保障"), "slogan-style 100% without figures", [trap("rhetoric", cue)]


@style("neg_permille_and_income_ratio", "pct", "neg")
def _q16(r):
    a = quant(Decimal(str(r.rng.uniform(-2, 6))), 2)
    cue = r.raw(r.rng.choice(["2.1:1", "1.9:1", "2.3∶1"]))
    body = f"{CUR['y']}年末，全{r.rng.choice(['县', '市'])}人口自然增长率{a}‰，城乡居民收入比缩小至{cue}。"
    return wrap(r.rng, body, "人口与收入"), "per-mille rate and income ratio are not percentages of stated numbers", [trap("ratio", cue)]


# =====================================================================================
# generation driver
# =====================================================================================
def label_plan(rng, kind, n):
    if kind == "neg":
        return ["negative"] * n
    labs = ["consistent", "inconsistent"] * (n // 2) + ([rng.choice(["consistent", "inconsistent"])] if n % 2 else [])
    rng.shuffle(labs)
    return labs


def generate(seed, stats=None):
    out = []
    seen = set()
    for st in STYLES:
        srng = random.Random(f"{PREFIX}|{seed}|{st['name']}")
        n = srng.choice([18, 19, 19, 20])
        for lab in label_plan(srng, st["kind"], n):
            for attempt in range(200):
                r = Rec(random.Random(srng.getrandbits(64)), lab)
                try:
                    text, note, checks = st["fn"](r)
                    text, checks = r.finalize(text, checks)
                except Retry:
                    continue
                rec = {"id": f"{PREFIX}-{st['family']}-000000", "family": st["family"], "style": st["name"],
                       "label": lab, "text": text, "note": note, "checks": checks}
                if text in seen:
                    continue
                errs = verify_record(rec, set())
                if errs:
                    if stats is not None:
                        stats[st["name"]].append(errs[0])
                    continue
                seen.add(text)
                out.append(rec)
                break
            else:
                raise RuntimeError(f"style {st['name']} could not produce a valid {lab} record")
    orng = random.Random(f"{PREFIX}|{seed}|order")
    orng.shuffle(out)
    cnt_ = Counter()
    for rec in out:
        cnt_[rec["family"]] += 1
        rec["id"] = f"{PREFIX}-{rec['family']}-{cnt_[rec['family']]:06d}"
    return out


def style_table(paths):
    """Markdown table: style, family, label counts per file (consistent/inconsistent/negative), one example."""
    rows = [defaultdict(Counter) for _ in paths]
    ex, fam = {}, {}
    for k, path in enumerate(paths):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                rows[k][r["style"]][r["label"]] += 1
                fam[r["style"]] = r["family"]
                if r["label"] in ("consistent", "negative") and (r["style"] not in ex or len(r["text"]) < len(ex[r["style"]])):
                    ex[r["style"]] = r["text"]
    names = set().union(*[set(x) for x in rows])
    order = [s["name"] for s in STYLES if s["name"] in names] + sorted(names - {s["name"] for s in STYLES})
    heads = " | ".join(f"c/i/n {p.rsplit('/', 1)[-1].replace('.jsonl', '')}" for p in paths)
    out = [f"| # | style | family | {heads} | example (shortest consistent/negative text) |",
           "|---|---|---|" + "---|" * len(paths) + "---|"]
    for i, s in enumerate(order, 1):
        cells = " | ".join(f"{c['consistent']}/{c['inconsistent']}/{c['negative']}" for c in (x[s] for x in rows))
        e = ex.get(s, "").replace("\n", " ⏎ ").replace("|", "｜").replace("\t", " ")
        if len(e) > 120:
            e = e[:120] + "…"
        out.append(f"| {i} | `{s}` | {fam[s]} | {cells} | {e} |")
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", nargs="+", metavar="JSONL", help="print a Markdown style table for generated file(s) (or write it to --out)")
    ap.add_argument("--debug", action="store_true", help="report per-style rejected draws")
    a = ap.parse_args(argv)
    if a.verify:
        return verify_files(a.verify)
    if a.style_table:
        t = style_table(a.style_table)
        if a.out:
            with open(a.out, "w", encoding="utf-8") as fh:
                fh.write(t)
        else:
            sys.stdout.write(t)
        return 0
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required for generation")
    stats = defaultdict(list)
    recs = generate(a.seed, stats)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    fams = Counter((r["family"], r["label"]) for r in recs)
    print(f"wrote {len(recs)} records ({len(STYLES)} styles) to {a.out}: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(fams.items())))
    if a.debug:
        for k, v in sorted(stats.items(), key=lambda x: -len(x[1])):
            print(f"  {k}: {len(v)} rejected draws, e.g. {v[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
