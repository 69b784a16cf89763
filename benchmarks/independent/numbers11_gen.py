#!/usr/bin/env python3
"""numbers11: held-out generator and verifier for arithmetic audits of Chinese
government-style documents.  Standard library only.

  python3 numbers11_gen.py --seed 11 --out numbers11_seed11.jsonl
  python3 numbers11_gen.py --verify numbers11_seed11.jsonl
  python3 numbers11_gen.py --style-table numbers11_seed11.jsonl

The verifier half (parse_num ... eval_record) only reads `text` and `checks`;
it never looks at what the generator intended.
"""
import argparse
import json
import random
import re
import sys
import zlib
from collections import OrderedDict, Counter
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as F

GROUP = 15

# ---------------------------------------------------------------------------
# VERIFIER: number parsing
# ---------------------------------------------------------------------------
FW = {ord(c): ord(a) for c, a in zip("０１２３４５６７８９．，％", "0123456789.,%")}
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10000, "亿": 100000000}


class ParseError(Exception):
    pass


def _cn_int(s):
    if not s:
        raise ParseError("empty chinese numeral")
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num if num else 1) * CN_UNIT[ch]
            num = 0
        elif ch in CN_BIG:
            section += num
            total += section * CN_BIG[ch]
            section, num = 0, 0
        else:
            raise ParseError("bad chinese numeral %r" % s)
    return total + section + num


def _cn_number(s):
    """Chinese numeral with optional 点 decimals -> (Fraction, decimals)."""
    if "点" in s:
        a, b = s.split("点", 1)
        ip = _cn_int(a) if a else 0
        if not b or any(ch not in CN_DIG for ch in b):
            raise ParseError("bad decimals %r" % s)
        digs = "".join(str(CN_DIG[ch]) for ch in b)
        return F(ip) + F(int(digs), 10 ** len(digs)), len(digs)
    return F(_cn_int(s)), 0


def _ar_number(s):
    if not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", s):
        raise ParseError("bad arabic number %r" % s)
    s = s.replace(",", "")
    if "." in s:
        a, b = s.split(".")
        return F(int(a + b), 10 ** len(b)), len(b)
    return F(int(s)), 0


def parse_num(tok, bare_pct=False):
    """Return dict(value, tol, unit, kind, exact)."""
    s = re.sub(r"\s+", "", tok.translate(FW))
    kind = "num"
    if s.startswith("百分之"):
        kind, s = "pct", s[3:]
    if s.endswith("个百分点"):
        kind, s = "pts", s[:-4]
    if s.endswith("%"):
        if kind != "num":
            raise ParseError("double percent marker")
        kind, s = "pct", s[:-1]
    elif s.endswith("‰"):
        kind, s = "pml", s[:-1]
    elif s.endswith("倍"):
        kind, s = "bei", s[:-1]
    mag = 1
    if s.endswith("万亿"):
        mag, s = 10 ** 12, s[:-2]
    elif s.endswith("亿"):
        mag, s = 10 ** 8, s[:-1]
    elif s.endswith("万") and len(s) > 1 and s[-2].isdigit():
        mag, s = 10 ** 4, s[:-1]
    if s.startswith("-") or s.startswith("−"):
        raise ParseError("signed operand")
    if re.fullmatch(r"[\d,\.]+", s):
        core, dec = _ar_number(s)
    else:
        core, dec = _cn_number(s)
    if bare_pct and kind == "num":
        kind = "pct"
    div = {"num": 1, "pts": 1, "bei": 1, "pct": 100, "pml": 1000}[kind]
    unit = F(1, 10 ** dec) * mag / div
    exact = (dec == 0 and mag == 1 and kind in ("num",))
    tol = F(0) if exact else unit / 2
    return {"value": core * mag / div, "tol": tol, "unit": unit, "kind": kind,
            "exact": exact}


def operand(op, text, bare_pct=False):
    """A string, a list of strings (sum) or {"sum":[..],"sub":[..]}.
    Returns (value, tol, unit, all_exact, strings)."""
    if isinstance(op, str):
        items = [(1, op)]
    elif isinstance(op, list):
        items = [(1, x) for x in op]
    elif isinstance(op, dict):
        items = [(1, x) for x in op.get("sum", [])] + [(-1, x) for x in op.get("sub", [])]
    else:
        raise ParseError("bad operand")
    v, t, u, ex = F(0), F(0), F(0), True
    for sg, x in items:
        if not isinstance(x, str) or x not in text:
            raise ParseError("operand %r not in text" % (x,))
        p = parse_num(x, bare_pct)
        v += sg * p["value"]
        t += p["tol"]
        u = max(u, p["unit"])
        ex = ex and p["exact"]
    return v, t, u, ex, [x for _, x in items]


def is_malformed(tok):
    s = tok.translate(FW)
    pats = [r"%\s*%", r"%\s*‰", r"‰\s*%", r"%\s*个百分点", r"\d\.\.\d", r"\d\.\d+\.\d",
            r"\d。\d", r"^\s*%\s*\d", r"\d,\d{1,2}\s*%", r"百分之.*%"]
    return any(re.search(p, s) for p in pats)


def fnum(x, nd=4):
    return str(round(float(x), nd))


def _stated_zone(sv, u):
    """Zones in which the true value may lie for a stated value sv (signed)."""
    zr = (sv - u / 2, sv + u / 2)
    zt = (sv, sv + u) if sv >= 0 else (sv - u, sv)
    return zr, zt


def _judge_stated(sv, u, lo, hi):
    zr, zt = _stated_zone(sv, u)
    meets = (hi >= zr[0] and lo <= zr[1]) or (hi >= zt[0] and lo < zt[1])
    if meets:
        return "consistent"
    dist = (lo - sv) if lo > sv else (sv - hi)
    if dist >= 2 * u:
        return "inconsistent"
    return "grey"


def _ratio_iv(n, tn, d, td):
    if d - td <= 0 or n - tn < 0:
        raise ParseError("non-positive denominator")
    return (n - tn) / (d + td), (n + tn) / (d - td)


def eval_check(c, text):
    rel = c.get("rel")
    bp = bool(c.get("bare_pct"))
    if rel in ("sum_eq", "linear"):
        if rel == "sum_eq":
            W = operand(c["whole"], text)
            P = operand(c["parts"], text)
            mode = c.get("mode", "exact")
            S, ts, us, exs = P[0], P[1], P[2], P[3]
        else:
            ssum = [t[1] for t in c["terms"] if t[0] == "+"]
            ssub = [t[1] for t in c["terms"] if t[0] == "-"]
            if len(ssum) + len(ssub) != len(c["terms"]):
                raise ParseError("bad sign")
            P = operand({"sum": ssum, "sub": ssub}, text)
            W = operand(c["result"], text)
            mode = "exact"
            S, ts, us, exs = P[0], P[1], P[2], P[3]
        diff = S - W[0]
        tol = ts + W[1]
        unit = max(us, W[2], F(1) if (exs and W[3]) else F(0))
        note = "%s: %s vs %s (diff %s, tol %s)" % (rel, fnum(S), fnum(W[0]), fnum(diff), fnum(tol))
        if abs(diff) <= tol:
            return "consistent", note
        if mode == "partial" and diff < 0:
            return "negative", note + ", partial list below whole"
        if exs and W[3]:
            return "inconsistent", note
        if abs(diff) - tol >= unit:
            return "inconsistent", note
        return "grey", note
    if rel == "count":
        items = c["items"]
        for it in items:
            if it not in text:
                raise ParseError("item %r not in text" % it)
        if len(set(items)) != len(items):
            raise ParseError("duplicate items")
        if c["stated"] not in text:
            raise ParseError("stated not in text")
        n = parse_num(c["stated"])["value"]
        k = len(items)
        note = "count: stated %s, listed %d" % (fnum(n), k)
        if k == n:
            return "consistent", note
        if c.get("mode") == "deng" and k < n:
            return "negative", note + " (等: open list)"
        return "inconsistent", note
    if rel in ("pct", "quot"):
        s = operand(c["stated"], text, bp)
        n = operand(c["num"], text, bp if rel == "quot" else False)
        d = operand(c["den"], text, bp if rel == "quot" else False)
        lo, hi = _ratio_iv(n[0], n[1], d[0], d[1])
        if rel == "pct":
            ps = parse_num(c["stated"], bp)
            if ps["kind"] not in ("pct", "pml"):
                raise ParseError("stated rate without %")
        su = parse_num(c["stated"], bp)["unit"]
        r = _judge_stated(s[0], su, lo, hi)
        return r, "%s: stated %s, computed [%s, %s]" % (rel, fnum(s[0], 6), fnum(lo, 6), fnum(hi, 6))
    if rel in ("growth", "real_growth"):
        sp = parse_num(c["stated"], bp)
        if sp["kind"] == "num":
            raise ParseError("growth without unit")
        if c["stated"] not in text:
            raise ParseError("stated not in text")
        sign = int(c["sign"])
        b = operand(c["base"], text)
        cu = operand(c["cur"], text)
        lo, hi = _ratio_iv(cu[0], cu[1], b[0], b[1])
        lo, hi = lo - 1, hi - 1
        sv = sign * sp["value"]
        if rel == "growth":
            r = _judge_stated(sv, sp["unit"], lo, hi)
            return r, "growth: stated %s, computed [%s, %s]" % (fnum(sv, 6), fnum(lo, 6), fnum(hi, 6))
        blo = (1 + lo) / F(110, 100) - 1
        bhi = (1 + hi) / F(95, 100) - 1
        note = "real_growth: stated %s, nominal [%s, %s], band [%s, %s]" % (
            fnum(sv, 6), fnum(lo, 6), fnum(hi, 6), fnum(blo, 6), fnum(bhi, 6))
        if blo <= sv <= bhi:
            return "negative", note
        dist = (blo - sv) if sv < blo else (sv - bhi)
        if dist >= F(5, 100):
            return "inconsistent", note
        return "grey", note
    if rel == "pp":
        sp = parse_num(c["stated"])
        if c["stated"] not in text:
            raise ParseError("stated not in text")
        if sp["kind"] not in ("pts", "num"):
            raise ParseError("points stated as %s" % sp["kind"])
        a = operand(c["from"], text, bp)
        b = operand(c["to"], text, bp)
        lo = (b[0] - b[1] - a[0] - a[1]) * 100
        hi = (b[0] + b[1] - a[0] + a[1]) * 100
        sv = int(c["sign"]) * sp["value"]
        r = _judge_stated(sv, sp["unit"], lo, hi)
        return r, "pp: stated %s, computed [%s, %s]" % (fnum(sv), fnum(lo), fnum(hi))
    if rel == "sum100":
        P = operand(c["parts"], text, True)
        mode = c.get("mode", "exact")
        units = [parse_num(x, True)["unit"] for x in c["parts"]]
        U = max(units)
        lo, hi = P[0] - P[1], P[0] + P[1]
        note = "sum100: shares add to %s%% (+/- %s)" % (fnum(P[0] * 100), fnum(P[1] * 100))
        if lo <= 1 <= hi:
            return "consistent", note
        if mode == "partial" and hi < 1:
            return "negative", note + ", partial shares"
        dist = (lo - 1) if lo > 1 else (1 - hi)
        if dist >= 2 * U:
            return "inconsistent", note
        return "grey", note
    if rel == "overlap":
        W = operand(c["whole"], text)
        bad = []
        for p in c["parts"]:
            v = operand(p, text)
            if v[0] - v[1] > W[0] + W[1]:
                bad.append(p)
        note = "overlap: each group <= %s" % fnum(W[0])
        if bad:
            return "inconsistent", note + ", but %s exceeds it" % bad
        return "negative", note
    if rel == "approx":
        q = c["qual"]
        if q not in text:
            raise ParseError("qualifier not in text")
        sp = parse_num(c["stated"])
        if c["stated"] not in text:
            raise ParseError("stated not in text")
        s = sp["value"]
        if "parts" in c:
            x = operand(c["parts"], text)[0]
        else:
            n = operand(c["num"], text)[0]
            d = operand(c["den"], text)[0]
            x = n / d
        note = "approx %s %s: exact %s" % (q, fnum(s, 6), fnum(x, 6))
        if q == "约":
            ok = abs(x - s) <= s / 10
        elif q == "近":
            ok = s * F(9, 10) <= x <= s
        elif q in ("超过", "逾", "余", "多", "以上"):
            ok = s <= x <= s * F(13, 10)
        else:
            raise ParseError("unknown qualifier")
        return ("negative" if ok else "grey"), note
    if rel == "none":
        for t in c["tokens"]:
            if t not in text:
                raise ParseError("token %r not in text" % t)
        return "negative", "none: %s" % c.get("why", "")
    if rel == "malformed":
        t = c["token"]
        if t not in text or not is_malformed(t):
            return "grey", "malformed token not recognised"
        return "inconsistent", "malformed: %s" % t
    raise ParseError("unknown rel %r" % rel)


def eval_record(text, checks):
    """Independent evaluation -> (label or 'grey'/'error', [notes])."""
    res, notes = [], []
    if not checks:
        return "error", ["no checks"]
    for c in checks:
        try:
            r, n = eval_check(c, text)
        except (ParseError, KeyError, ZeroDivisionError, ValueError, TypeError) as e:
            return "error", ["%s: %s" % (c.get("rel"), e)]
        res.append(r)
        notes.append(n)
    if "grey" in res:
        return "grey", notes
    if "inconsistent" in res:
        return "inconsistent", notes
    if "consistent" in res:
        return "consistent", notes
    return "negative", notes


# ---------------------------------------------------------------------------
# GENERATOR helpers
# ---------------------------------------------------------------------------
STYLES = OrderedDict()


def style(name, family, kind, desc):
    def deco(fn):
        assert name not in STYLES
        if name.startswith("malformed"):
            assert family == "pct" and kind == "mal"
        STYLES[name] = dict(fn=fn, family=family, kind=kind, desc=desc)
        return fn
    return deco


def labels_of(kind):
    return {"pos": ["consistent", "inconsistent"], "neg": ["negative"],
            "mal": ["inconsistent"]}[kind]


def rdec(v, d):
    """Round a Fraction/int half-up to d decimals, return string."""
    q = Decimal(v.numerator) / Decimal(v.denominator) if isinstance(v, F) else Decimal(v)
    return str(q.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def comma(n):
    return "{:,}".format(n)


def fint(rng, n, p_comma=0.5):
    if n >= 10000 and rng.random() < p_comma:
        return comma(n)
    return str(n)


def fw(s):
    return s.translate({ord(a): ord(b) for a, b in zip("0123456789.%", "０１２３４５６７８９．％")})


CN = "零一二三四五六七八九"


def cn_int(n):
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn_int(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn_int(lo)
        return s
    out, zero = "", False
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = (n // unit) % 10
        if d:
            if zero and out:
                out += "零"
            zero = False
            if not (unit == 10 and d == 1 and not out):
                out += CN[d]
            out += ch
        else:
            if out:
                zero = True
    return out


def cn_dec(s):
    if "." in s:
        a, b = s.split(".")
        return cn_int(int(a)) + "点" + "".join(CN[int(x)] for x in b)
    return cn_int(int(s))


def _lead0(s):
    return len(s) > 1 and s[0] == "0" and s[1].isdigit()


def typo_digits(rng, s, avoid_first=True):
    """Change one digit in a numeric string (realistic keyboard slip)."""
    for _ in range(20):
        r = _typo_digits(rng, s, avoid_first)
        if not _lead0(r):
            return r
    return r


def _typo_digits(rng, s, avoid_first=True):
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    if avoid_first and len(idx) > 1:
        idx = idx[1:]
    i = rng.choice(idx)
    d = int(s[i])
    nd = rng.choice([x for x in (d - 1, d + 1, (d + 5) % 10, rng.randrange(10)) if 0 <= x <= 9 and x != d] or [(d + 1) % 10])
    return s[:i] + str(nd) + s[i + 1:]


def swap_digits(rng, s):
    for _ in range(20):
        r = _swap_digits(rng, s)
        if not _lead0(r):
            return r
    return typo_digits(rng, s)


def _swap_digits(rng, s):
    idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if not idx:
        return typo_digits(rng, s)
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def slip_str(rng, s):
    return swap_digits(rng, s) if rng.random() < 0.5 else typo_digits(rng, s)


def slip_int(rng, n):
    return int(slip_str(rng, str(n)))


def split_total(rng, total, k, minv=1):
    """k positive ints summing to total."""
    cuts = sorted(rng.sample(range(1, total // minv), k - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total // minv])]
    parts = [p * minv for p in parts]
    parts[-1] += total - sum(parts)
    return parts


def sum_slip(rng, parts, whole, mode="exact"):
    """Realistic slip in a stated whole; returns (whole_shown, parts_shown, note)."""
    opts = ["whole_typo", "whole_swap", "twice", "leftout", "part_typo"]
    if mode == "partial":
        opts = ["leftout", "whole_typo_down", "part_typo_up"]
    o = rng.choice(opts)
    ps = list(parts)
    if o == "whole_typo":
        return slip_int(rng, whole), ps, "digit typo in the stated total"
    if o == "whole_swap":
        return int(swap_digits(rng, str(whole))), ps, "swapped digits in the stated total"
    if o == "twice":
        i = rng.randrange(len(ps))
        return whole + ps[i], ps, "part %d counted twice in the total" % (i + 1)
    if o == "leftout":
        i = rng.randrange(len(ps))
        return whole - ps[i], ps, "part %d left out of the total" % (i + 1)
    if o == "whole_typo_down":
        w2 = slip_int(rng, whole)
        if w2 >= whole:
            w2 = whole - (w2 - whole) - 1
        return w2, ps, "digit typo lowers the stated total below its parts"
    if o in ("part_typo", "part_typo_up"):
        i = rng.randrange(len(ps))
        for _ in range(20):
            v = slip_int(rng, ps[i])
            if v != ps[i] and (o == "part_typo" or v > ps[i]) and v > 0:
                break
        ps[i] = v
        return whole, ps, "digit typo in part %d" % (i + 1)
    raise ValueError


def dsum_slip(rng, parts, whole, d, mode="exact"):
    """Like sum_slip but for decimal strings with d decimals; integers are in
    units of 10^-d. Returns ints."""
    return sum_slip(rng, parts, whole, mode)


def D(n, d):
    """int in units of 10^-d -> decimal string."""
    return rdec(F(n, 10 ** d), d)


def pct_s(num, den, d=1, sign="%"):
    return rdec(F(num) * 100 / F(den), d) + sign


def rate_slip(rng, s):
    """Slip in a stated rate string like '96.8%': typo/swap."""
    core = s.rstrip("%％‰")
    suf = s[len(core):]
    for _ in range(30):
        c2 = slip_str(rng, core)
        if c2 != core and (not c2.startswith("0") or c2.startswith("0.")):
            return c2 + suf
    return core + suf


PLACES = ["青石县", "桐溪镇", "槐安县", "云岭街道", "柳湾乡", "望江区", "清源市", "白沙镇", "梅岭乡",
          "南塘街道", "石门县", "金川镇", "枫林街道", "龙泉乡", "安平县", "永丰镇", "凤栖街道", "河阳区",
          "临泽县", "翠屏街道", "新桥镇", "双河乡", "鹤鸣县", "长宁区", "黎溪镇", "松山街道", "丰乐县",
          "兰亭镇", "东坪乡", "碧水街道", "宁川县", "北湖区", "杏林镇", "沙湾街道", "泉口乡"]
YEARS = [2021, 2022, 2023, 2024]
FLUFF_A = ["坚持问题导向,", "聚焦群众急难愁盼,", "按照年初确定的目标任务,", "在上级部门的指导下,",
           "围绕中心、服务大局,", "对标对表年度任务,", "紧扣高质量发展主题,", "坚持稳中求进工作总基调,"]
FLUFF_B = ["各项工作稳步推进。", "取得了阶段性成效。", "群众获得感持续增强。", "工作成效进一步显现。",
           "为下一步工作打下了基础。", "总体运行平稳。"]
VILLAGES = ["上坪村", "下湾村", "石桥村", "杨柳村", "新丰村", "东山村", "长岭村", "岔河村", "竹园村",
            "黄泥村", "双塘村", "枣林村", "望湖社区", "花园社区", "东门社区", "北街社区", "水口村", "林场村"]
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜"


def P(rng):
    return rng.choice(PLACES)


def Y(rng):
    return rng.choice(YEARS)


def fa(rng):
    return rng.choice(FLUFF_A)


def fb(rng):
    return rng.choice(FLUFF_B)


def sep(rng):
    return rng.choice(["、", "、", ",", ",", ";"])


def pick(rng, pool, k):
    return rng.sample(pool, k)


# ---------------------------------------------------------------------------
# STYLES: family totals, positive (consistent / inconsistent)
# ---------------------------------------------------------------------------
def isum(rng, label, parts, mode="exact"):
    whole = sum(parts)
    if label == "consistent":
        return whole, list(parts), "parts add up to the stated total"
    w, ps, n = sum_slip(rng, parts, whole, mode)
    return w, ps, n


def SE(whole, parts, mode="exact"):
    return {"rel": "sum_eq", "whole": whole, "parts": parts, "mode": mode}


def LIN(terms, result):
    return {"rel": "linear", "terms": [list(t) for t in terms], "result": result}


SCHOOL_KINDS = [("幼儿园", "所"), ("小学", "所"), ("初级中学", "所"), ("九年一贯制学校", "所"),
                ("普通高中", "所"), ("中等职业学校", "所"), ("特殊教育学校", "所")]
SCHOOL_RANGE = [(10, 90), (10, 70), (3, 25), (1, 12), (1, 9), (1, 5), (1, 3)]


@style("fenbiewei_whole_first", "totals", "pos", "whole first, parts after 分别为 in 、-list")
def s_fenbiewei(rng, label):
    ks = sorted(rng.sample(range(len(SCHOOL_KINDS)), rng.randint(3, 5)))
    parts = [rng.randint(*SCHOOL_RANGE[k]) for k in ks]
    W, ps, note = isum(rng, label, parts)
    lst = "、".join("%s%d所" % (SCHOOL_KINDS[k][0], p) for k, p in zip(ks, ps))
    t = "截至%d年底,%s共有各级各类学校%d所,分别为%s。%s" % (Y(rng), P(rng), W, lst, fb(rng))
    return t, [SE(str(W), [str(p) for p in ps])], note


@style("heji_after_parts", "totals", "pos", "parts first, 合计 total at the end of the sentence")
def s_heji_after(rng, label):
    names = rng.sample(["人工造林", "封山育林", "退化林修复", "森林抚育", "四旁植树", "低效林改造"], rng.randint(3, 4))
    parts = [rng.randint(120, 9000) for _ in names]
    W, ps, note = isum(rng, label, parts)
    lst = "、".join("%s%s亩" % (n, fint(rng, p)) for n, p in zip(names, ps))
    Ws = fint(rng, W)
    t = "%d年,%s%s完成%s,合计%s亩。" % (Y(rng), P(rng), fa(rng), lst, Ws)
    pss = [s for s in re.findall(r"[\d,]+(?=亩)", lst)]
    return t, [SE(Ws, pss)], note


@style("heading_whole_numbered_lines", "totals", "pos", "whole in a section heading, parts in numbered lines 1. 2. 3.")
def s_heading_lines(rng, label):
    items = rng.sample(["城乡低保提标扩面", "困难群众冬季取暖补助", "农村危房改造", "老旧小区加装电梯",
                        "中小学校舍维修", "乡镇卫生院设备购置", "城区排水管网改造", "农村饮水安全巩固"], rng.randint(3, 5))
    parts = [rng.randint(40, 2600) for _ in items]
    W, ps, note = isum(rng, label, parts)
    pre = rng.choice(["(三)", "三、", "（三）"])
    lines = ["%s民生实事项目资金%d万元" % (pre, W)]
    for i, (it, p) in enumerate(zip(items, ps)):
        lines.append("%d.%s,安排资金%d万元%s" % (i + 1, it, p, ";" if i < len(items) - 1 else "。"))
    t = "\n".join(lines)
    return t, [SE("%d万" % W, ["%d万" % p for p in ps])], note


@style("yishi_ershi_total_after", "totals", "pos", "parts in 一是/二是/三是 clauses, 以上共计 total after")
def s_yishi(rng, label):
    acts = ["组织集中宣讲", "开展入户走访", "举办专题培训", "开展应急演练", "开展联合执法", "召开院坝会"]
    k = rng.randint(3, 4)
    names = rng.sample(acts, k)
    parts = [rng.randint(6, 160) for _ in names]
    W, ps, note = isum(rng, label, parts)
    ords = ["一是", "二是", "三是", "四是"]
    body = ";".join("%s%s%d场次" % (o, n, p) for o, n, p in zip(ords, names, ps))
    t = "%s%s。以上活动共计%d场次,%s" % (fa(rng), body, W, fb(rng))
    return t, [SE(str(W), [str(p) for p in ps])], note


def table_rows(rng, names, vals):
    return list(zip(names, vals))


TOWNS = ["城关镇", "北山镇", "河口镇", "柳坪乡", "青龙乡", "白马镇", "石岭镇", "大坝乡", "长坡镇", "金竹乡", "花桥镇"]


@style("tab_table_total_last", "totals", "pos", "tab-separated table, 合计 row last")
def s_tab_last(rng, label):
    names = rng.sample(TOWNS, rng.randint(4, 6))
    parts = [rng.randint(35, 980) for _ in names]
    W, ps, note = isum(rng, label, parts)
    rows = ["表%d %d年各乡镇新增市场主体情况" % (rng.randint(1, 6), Y(rng)), "乡镇\t新增户数(户)"]
    rows += ["%s\t%d" % (n, p) for n, p in zip(names, ps)]
    rows.append("合计\t%d" % W)
    return "\n".join(rows), [SE(str(W), [str(p) for p in ps])], note


@style("md_table_total_first", "totals", "pos", "Markdown table, 合计 row first, decimals in 万元")
def s_md_first(rng, label):
    names = rng.sample(["基本支出", "项目支出", "专项业务费", "设备购置费", "会议培训费", "信息化运维费"], rng.randint(3, 5))
    vals = [rng.randint(1200, 98000) for _ in names]  # units of 0.01万
    W, ps, note = isum(rng, label, vals)
    rows = ["| 项目 | 金额(万元) |", "|---|---:|", "| 合计 | %s |" % D(W, 2)]
    rows += ["| %s | %s |" % (n, D(p, 2)) for n, p in zip(names, ps)]
    t = "%d年部门支出决算情况如下:\n" % Y(rng) + "\n".join(rows)
    return t, [SE(D(W, 2), [D(p, 2) for p in ps])], note


@style("space_table_two_columns", "totals", "pos", "space-aligned table with two numeric columns, 总计 row last, two sums")
def s_space_two(rng, label):
    names = rng.sample(["住建局", "城管局", "市场监管局", "交通运输局", "人社局", "生态环境局", "水务局", "卫健局"], rng.randint(3, 5))
    rec = [rng.randint(60, 1900) for _ in names]
    clo = [r - rng.randint(0, max(1, r // 20)) for r in rec]
    W1, p1 = sum(rec), list(rec)
    W2, p2 = sum(clo), list(clo)
    note = "both columns add up"
    if label == "inconsistent":
        if rng.random() < 0.5:
            W1, p1, note = sum_slip(rng, rec, W1)
            note = "column 1: " + note
        else:
            W2, p2, note = sum_slip(rng, clo, W2)
            note = "column 2: " + note
    w = 8
    rows = ["单位".ljust(w, "　") + "  受理件数    办结件数"]
    for n, a, b in zip(names, p1, p2):
        rows.append(n.ljust(w, "　") + "  " + str(a).rjust(6) + "      " + str(b).rjust(6))
    rows.append("总计".ljust(w, "　") + "  " + str(W1).rjust(6) + "      " + str(W2).rjust(6))
    t = "各承办单位诉求办理情况\n" + "\n".join(rows)
    return t, [SE(str(W1), [str(x) for x in p1]), SE(str(W2), [str(x) for x in p2])], note


@style("table_subtotals_nested", "totals", "pos", "table with 小计 rows inside groups and a grand 合计; three sums")
def s_subtotals(rng, label):
    g1 = rng.sample(["教育", "科学技术", "文化旅游体育与传媒", "社会保障和就业", "卫生健康", "节能环保"], 3)
    g2 = rng.sample(["城乡社区", "农林水", "交通运输", "住房保障"], 2)
    a = [rng.randint(800, 45000) for _ in g1]
    b = [rng.randint(800, 30000) for _ in g2]
    A, B = sum(a), sum(b)
    T = A + B
    note = "subtotals and total add up"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            A, a, note = sum_slip(rng, a, A)
            T = A + B  # grand total built from the wrong subtotal stays consistent with it
            note = "group 1 subtotal: " + note
        elif o == 1:
            B, b, note = sum_slip(rng, b, B)
            T = A + B
            note = "group 2 subtotal: " + note
        else:
            T, _, note = sum_slip(rng, [A, B], T)
            note = "grand total: " + note
    rows = ["科目\t决算数(万元)", "一、民生类支出小计\t%s" % D(A, 1)]
    rows += ["  %s支出\t%s" % (n, D(v, 1)) for n, v in zip(g1, a)]
    rows += ["二、发展类支出小计\t%s" % D(B, 1)]
    rows += ["  %s支出\t%s" % (n, D(v, 1)) for n, v in zip(g2, b)]
    rows += ["合计\t%s" % D(T, 1)]
    ch = [SE(D(A, 1), [D(v, 1) for v in a]), SE(D(B, 1), [D(v, 1) for v in b]),
          SE(D(T, 1), [D(A, 1), D(B, 1)])]
    return "\n".join(rows), ch, note


INDIC = [("城镇新增就业", "人"), ("规上工业企业", "家"), ("农村集体经济收入超10万元的村", "个"),
         ("高新技术企业", "家"), ("家庭农场", "家"), ("注册志愿者", "人")]


@style("you_zeng_zhi_linear", "totals", "pos", "由A增至B,增加C (change as a linear relation)")
def s_youzengzhi(rng, label):
    name, mw = rng.choice(INDIC)
    a = rng.randint(40, 8000)
    c = rng.randint(5, max(6, a // 2))
    b = a + c
    note = "A + C = B"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            c = slip_int(rng, c); note = "digit slip in the increase"
        elif o == 1:
            b = slip_int(rng, b); note = "digit slip in the new level"
        else:
            c = b + a if rng.random() < 0.3 else c + rng.choice([10, 100]); note = "increase mis-stated"
    y = Y(rng)
    t = "%s%s由%d年的%d%s增至%d年的%d%s,增加%d%s。" % (P(rng), name, y - 1 - rng.randint(0, 3), a, mw, y, b, mw, c, mw)
    return t, [LIN([("+", str(a)), ("+", str(c))], str(b))], note


@style("bishangnian_zengjia_base_elsewhere", "totals", "pos", "比上年增加 with the base year figure in an earlier sentence")
def s_bishangnian(rng, label):
    ind = rng.choice(["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "固定资产投资", "农林牧渔业总产值"])
    a = rng.randint(1200, 98000)  # 0.01亿
    c = rng.randint(50, a // 5)
    b = a + c
    note = "base + increase = current"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            c = int(slip_str(rng, str(c))); note = "digit slip in the increase"
        elif o == 1:
            b = int(slip_str(rng, str(b))); note = "digit slip in the current value"
        else:
            c = c * 10 if rng.random() < 0.5 else c // 10; note = "decimal point slip in the increase"
        if c <= 0:
            c = 7
    y = Y(rng)
    t = "%d年,全县%s为%s亿元。%d年,%s%s实现%s亿元,比上年增加%s亿元,%s" % (
        y - 1, ind, D(a, 2), y, fa(rng), ind, D(b, 2), D(c, 2), fb(rng))
    return t, [LIN([("+", D(a, 2) + "亿"), ("+", D(c, 2) + "亿")], D(b, 2) + "亿")], note


@style("stock_flow_year_end", "totals", "pos", "年初 stock + 新增 − 退出 = 年末 stock")
def s_stock_flow(rng, label):
    what = rng.choice([("城乡低保对象", "户"), ("特困供养人员", "人"), ("在册个体工商户", "户"), ("登记失业人员", "人")])
    a = rng.randint(300, 9000)
    b = rng.randint(20, a // 3)
    c = rng.randint(20, a // 3)
    d = a + b - c
    note = "opening + inflow - outflow = closing"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            d = a + b + c; note = "the outflow was added instead of subtracted"
        elif o == 1:
            d = slip_int(rng, d); note = "digit slip in the closing stock"
        else:
            d = a - b + c; note = "inflow and outflow signs swapped"
    y = Y(rng)
    t = "%d年初,%s共有%s%d%s;年内新增%d%s,因条件变化退出%d%s,截至年末共有%s%d%s。" % (
        y, P(rng), what[0], a, what[1], b, what[1], c, what[1], what[0], d, what[1])
    return t, [LIN([("+", str(a)), ("+", str(b)), ("-", str(c))], str(d))], note


@style("total_mid_list", "totals", "pos", "subtotal stated in the middle of a list, further items after it that do not belong to it")
def s_total_mid(rng, label):
    g = rng.sample(["小麦", "玉米", "水稻", "马铃薯"], rng.randint(2, 3))
    other = rng.sample(["蔬菜", "中药材", "油菜", "烟叶", "花生"], 2)
    a = [rng.randint(80, 990) for _ in g]  # 0.01万亩
    o = [rng.randint(80, 990) for _ in other]
    W = sum(a)
    note = "the subtotal covers only the grain crops before it"
    if label == "inconsistent":
        r = rng.randrange(3)
        if r == 0:
            W = W + o[0]; note = "the item listed after the subtotal was counted in it"
        else:
            W, a, note = sum_slip(rng, a, W)
    lst = "、".join("%s%s万亩" % (n, D(v, 2)) for n, v in zip(g, a))
    t = "全年农作物播种情况:%s,粮食作物合计%s万亩;此外,种植%s%s万亩、%s%s万亩。" % (
        lst, D(W, 2), other[0], D(o[0], 2), other[1], D(o[1], 2))
    return t, [SE(D(W, 2) + "万", [D(v, 2) + "万" for v in a])], note


@style("parts_spread_over_sentences", "totals", "pos", "parts given in separate sentences of a paragraph, 全年累计 total in the last sentence")
def s_spread(rng, label):
    parts = [rng.randint(30, 900) for _ in range(rng.choice([2, 3, 4]))]
    W, ps, note = isum(rng, label, parts)
    lab = {2: ["上半年", "下半年"], 3: ["一季度", "二季度", "下半年"], 4: ["一季度", "二季度", "三季度", "四季度"]}[len(ps)]
    act = rng.choice(["排查整治安全隐患", "查处违法违规行为", "调处矛盾纠纷", "清理违规广告牌"])
    unit = rng.choice(["处", "起", "件"])
    sents = []
    for i, (l, p) in enumerate(zip(lab, ps)):
        sents.append(rng.choice(["%s,%s%d%s。" % (l, act, p, unit),
                                 "%s共%s%d%s,%s" % (l, act, p, unit, fb(rng)),
                                 "进入%s后,持续加大力度,%s%d%s。" % (l, act, p, unit)]))
    t = "".join(sents) + "全年累计%s%d%s。" % (act, W, unit)
    return t, [SE(str(W), [str(p) for p in ps])], note


@style("whole_named_differently", "totals", "pos", "whole named 市场主体, parts named 企业/个体工商户/合作社 in a later sentence")
def s_diff_word(rng, label):
    parts = [rng.randint(800, 9000), rng.randint(5000, 60000), rng.randint(100, 1500)]
    W, ps, note = isum(rng, label, parts)
    Ws = fint(rng, W)
    pss = [fint(rng, p) for p in ps]
    t = "截至%d年末,%s实有各类市场主体%s户。从类型看,企业%s户,个体工商户%s户,农民专业合作社%s户。" % (
        Y(rng), P(rng), Ws, pss[0], pss[1], pss[2])
    return t, [SE(Ws, pss)], note


@style("mixed_measure_words", "totals", "pos", "parts with different measure words 家/所/处/个 under one whole in 个")
def s_measure(rng, label):
    kinds = [("县级公立医院", "家"), ("乡镇卫生院", "所"), ("社区卫生服务站", "处"), ("村卫生室", "个"), ("民营医院", "家")]
    ks = rng.sample(kinds, rng.randint(3, 5))
    parts = [rng.randint(2, 260) for _ in ks]
    W, ps, note = isum(rng, label, parts)
    lst = "、".join("%s%d%s" % (k[0], p, k[1]) for k, p in zip(ks, ps))
    t = "全县医疗卫生机构共%d个,分别是%s。" % (W, lst)
    return t, [SE(str(W), [str(p) for p in ps])], note


@style("mixed_wan_and_plain_units", "totals", "pos", "total in 万人次, some parts in 万 and some in plain 人次")
def s_mixed_wan(rng, label):
    a = rng.randint(150, 990) * 1000       # shown as x.x万 (one decimal -> 1000s)
    b = rng.randint(3000, 9999)           # plain
    c = rng.randint(100, 2999)            # plain
    true = a + b + c
    W = int(rdec(F(true, 100), 0))       # units of 0.01万 = 100
    note = "1 part in 万 plus 2 plain parts = total in 万"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            W = int(slip_str(rng, str(W))); note = "digit slip in the total"
        elif o == 1:
            W = int(rdec(F(a + b * 10 + c, 100), 0)); note = "one plain part read ten times too large (万 slip)"
        else:
            W = int(rdec(F(a + c, 100), 0)); note = "the plain 人次 part was left out"
    As = rdec(F(a, 10000), 1) + "万"
    t = "%d年,%s接待省内游客%s人次、省外游客%s人次、入境游客%d人次,合计%s万人次。" % (
        Y(rng), P(rng), As, fint(rng, b, 0.4), c, D(W, 2))
    bs = re.search(r"省外游客([\d,]+)人次", t).group(1)
    return t, [SE(D(W, 2) + "万", [As, bs, str(c)])], note


@style("chinese_numerals_sum", "totals", "pos", "whole and/or parts written in Chinese numerals (二十三个…), sometimes mixed with Arabic digits")
def s_cn_sum(rng, label):
    names = rng.sample(["农村党支部", "社区党支部", "机关党支部", "非公企业党支部", "社会组织党支部", "学校党支部"], rng.randint(3, 4))
    parts = [rng.randint(1, 40) for _ in names]
    W, ps, note = isum(rng, label, parts)
    mix = rng.choice(["all", "whole_cn", "parts_cn"])
    wf = cn_int if mix in ("all", "whole_cn") else str
    pf = cn_int if mix in ("all", "parts_cn") else str
    lst = "、".join("%s%s个" % (n, pf(p)) for n, p in zip(names, ps))
    t = "%s党委下设党支部%s个,分别是%s,共有党员%d名。" % (P(rng), wf(W), lst, rng.randint(300, 2000))
    return t, [SE(wf(W), [pf(p) for p in ps])], note


@style("fullwidth_digits_sum", "totals", "pos", "full-width digits (１２３) in whole and parts")
def s_fw(rng, label):
    names = rng.sample(["重大隐患", "较大隐患", "一般隐患", "消防通道堵塞", "电气线路老化"], 3)
    parts = [rng.randint(3, 900) for _ in names]
    W, ps, note = isum(rng, label, parts)
    t = "专项行动共排查各类隐患%s处,按等级分为%s。" % (fw(str(W)), "、".join("%s%s处" % (n, fw(str(p))) for n, p in zip(names, ps)))
    return t, [SE(fw(str(W)), [fw(str(p)) for p in ps])], note


def pdf_break(rng, s):
    """Insert a PDF line break or a stray space inside a digit string."""
    pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
    if not pos:
        return s
    i = rng.choice(pos)
    return s[:i] + rng.choice(["\n", "\n\n", " ", "\n"]) + s[i:]


@style("pdf_line_break_in_numbers", "totals", "pos", "whole or a part broken by a PDF line break or a stray space inside the digits")
def s_pdf(rng, label):
    names = rng.sample(["购置设备", "改造校舍", "建设运动场", "添置图书", "教师培训"], 3)
    parts = [rng.randint(1200, 98000) for _ in names]
    W, ps, note = isum(rng, label, parts, "partial")
    Ws = pdf_break(rng, comma(W) if rng.random() < 0.5 else str(W))
    pss = [str(p) for p in ps]
    j = rng.randrange(3)
    pss[j] = pdf_break(rng, pss[j])
    t = "全年争取教育项目资金%s元,其中用于%s%s元、%s%s元、%s%s元。" % (
        Ws, names[0], pss[0], names[1], pss[1], names[2], pss[2])
    return t, [SE(Ws, pss, "partial")], note


@style("halfwidth_brackets_list", "totals", "pos", "total followed by half-width bracket listing all parts (门诊a,急诊b,住院c)")
def s_brackets(rng, label):
    parts = [rng.randint(20000, 300000), rng.randint(3000, 40000), rng.randint(2000, 30000)]
    W, ps, note = isum(rng, label, parts)
    t = "%d年,县人民医院共接诊患者%d人次(门诊%d人次,急诊%d人次,住院%d人次),%s" % (Y(rng), W, ps[0], ps[1], ps[2], fb(rng))
    return t, [SE(str(W), [str(p) for p in ps])], note


TRAD = [("发展", "發(fā)展"), ("资金", "資(zī)金"), ("困难", "困難(nán)"), ("群众", "群眾(zhòng)"),
        ("实现", "實(shí)現(xiàn)"), ("开展", "開(kāi)展"), ("社区", "社區(qū)"), ("组织", "組(zǔ)織(zhī)"),
        ("发放", "發(fā)放"), ("服务", "服務(wù)"), ("累计", "累計(jì)")]


def pinyin_debris(rng, t):
    for a, b in TRAD:
        if a in t and rng.random() < 0.8:
            t = t.replace(a, b)
    if rng.random() < 0.5:
        t = t.replace("。", "?,", 1) if t.count("。") > 1 else t
    return t


@style("pinyin_debris_scraped", "totals", "pos", "scraper debris: traditional characters followed by (pinyin), lost characters as ?")
def s_pinyin(rng, label):
    names = ["低保", "特困", "临时救助", "残疾人两项补贴"]
    k = rng.randint(3, 4)
    parts = [rng.randint(10, 900) for _ in range(k)]
    W, ps, note = isum(rng, label, parts)
    lst = ",".join("%s%d人" % (n, p) for n, p in zip(names, ps))
    t = "上半年,我街圍繞民生保障開展工作。累计发放困难群众救助资金涉及%s,共服务困难群众%d人。组织社区网格员入户核查,实现动态管理。" % (lst, W)
    t = pinyin_debris(rng, t)
    return t, [SE(str(W), [str(p) for p in ps])], note


OCR_SUB = [("年", "午"), ("已", "己"), ("日", "曰"), ("未", "末"), ("土", "士"), ("人", "入"), ("。", "o"), ("个", "介")]


def ocr_noise(rng, t, keep):
    """Replace look-alike characters (not inside the kept number strings)."""
    out = t
    for a, b in rng.sample(OCR_SUB, 4):
        if a in out and rng.random() < 0.7:
            i = out.find(a)
            if not any(k in out[max(0, i - 12):i + 12] for k in keep if a in k):
                out = out[:i] + b + out[i + 1:]
    return out


@style("ocr_noise_around_numbers", "totals", "pos", "OCR look-alike slips around the figures (2O23午, 己完成, 入次), digits intact")
def s_ocr(rng, label):
    names = rng.sample(["城区", "开发区", "北部片区", "南部片区", "沿江片区"], 3)
    parts = [rng.randint(30, 2000) for _ in names]
    W, ps, note = isum(rng, label, parts)
    y = Y(rng)
    t = "%s年1—%d月,全县已完成燃气管道改造%d户。分片区看,%s。截至目前未发生安全事故。" % (
        str(y).replace("0", "O", 1), rng.randint(6, 11), W, ",".join("%s%d户" % (n, p) for n, p in zip(names, ps)))
    t = ocr_noise(rng, t, [str(W)] + [str(p) for p in ps])
    return t, [SE(str(W), [str(p) for p in ps])], note


@style("list_with_yiji_he_haiyou", "totals", "pos", "parts joined by 、/以及/和/还有, total 共计 at the end")
def s_yiji(rng, label):
    names = ["新建水冲式公厕", "改建旅游公厕", "提升农村公厕", "配置移动公厕"]
    k = rng.randint(3, 4)
    parts = [rng.randint(3, 120) for _ in range(k)]
    W, ps, note = isum(rng, label, parts)
    conj = rng.choice(["以及", "和", "及", "还有"])
    segs = ["%s%d座" % (n, p) for n, p in zip(names, ps)]
    body = "、".join(segs[:-1]) + conj + segs[-1]
    t = "实施厕所革命,%s,共计%d座。" % (body, W)
    return t, [SE(str(W), [str(p) for p in ps])], note


@style("nested_breakdown", "totals", "pos", "two-level breakdown: whole = A + B, A = a1+a2+a3 listed under 其中")
def s_nested(rng, label):
    a = [rng.randint(150, 2900) for _ in range(3)]  # 0.01亿
    A = sum(a)
    B = rng.randint(300, 4000)
    W = A + B
    note = "both levels add up"
    if label == "inconsistent":
        if rng.random() < 0.5:
            W, _, note = sum_slip(rng, [A, B], W)
            note = "outer level: " + note
        else:
            A2, a, note = sum_slip(rng, a, A, "partial")
            A = A2
            W = A + B
            note = "inner level: " + note
    t = ("全年一般公共预算支出%s亿元,由民生支出和其他支出构成。民生支出%s亿元,其中教育%s亿元、卫生健康%s亿元、"
         "社会保障和就业%s亿元;其他支出%s亿元。") % (D(W, 2), D(A, 2), D(a[0], 2), D(a[1], 2), D(a[2], 2), D(B, 2))
    ch = [SE(D(W, 2) + "亿", [D(A, 2) + "亿", D(B, 2) + "亿"]),
          SE(D(A, 2) + "亿", [D(x, 2) + "亿" for x in a], "partial")]
    return t, ch, note


@style("subtraction_remaining", "totals", "pos", "计划N个, 已完成a个, 尚有/剩余/未完成b个 (linear a + b = N)")
def s_remaining(rng, label):
    N = rng.randint(12, 400)
    a = rng.randint(N // 2, N - 1)
    b = N - a
    note = "done + remaining = planned"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            b = b + rng.choice([-1, 1, 2, 10]) ; note = "remaining count off"
        elif o == 1:
            a = slip_int(rng, a); note = "digit slip in the completed count"
        else:
            N = slip_int(rng, N); note = "digit slip in the planned count"
        if b <= 0:
            b = 3
    obj = rng.choice(["老旧小区改造项目", "农村公路安防工程", "高标准农田项目", "地质灾害隐患点治理工程"])
    word = rng.choice(["尚有%d个正在施工", "剩余%d个计划明年一季度完工", "未完成的%d个已列入下年度计划"]) % b
    t = "年初计划实施%s%d个,截至12月底已完工%d个,%s。" % (obj, N, a, word)
    return t, [LIN([("+", str(a)), ("+", str(b))], str(N))], note


def count_ok(rng, label, items, stated_n):
    return stated_n


@style("count_of_listed_items", "totals", "pos", "a stated number of items (五进/三个全覆盖) followed by the list itself")
def s_count_inline(rng, label):
    pools = [("进", ["机关", "社区", "学校", "企业", "农村", "家庭", "军营", "网站"], "深入开展法治宣传“%s进”活动,走进%s。"),
             ("大", ["安全隐患排查", "交通秩序整治", "消防通道清理", "违规用电检查", "燃气安全检查", "户外广告整治"], "集中开展“%s大”专项行动,即%s。"),
             ("个全覆盖", ["家庭医生签约", "村级卫生室", "电子健康档案", "慢病随访", "健康教育讲座"], "实现“%s个全覆盖”:%s。")]
    key, pool, tpl = rng.choice(pools)
    k = rng.randint(3, min(6, len(pool)))
    items = pool[:len(pool)]
    items = rng.sample(pool, k)
    n = k
    note = "stated count equals listed items"
    if label == "inconsistent":
        if rng.random() < 0.5 and k < len(pool):
            items = items + [x for x in pool if x not in items][:1]; note = "one item more than the stated number"
        else:
            items = items[:-1]; note = "one item fewer than the stated number"
    cn = cn_int(n)
    t = tpl % (cn, "、".join(items))
    return t, [{"rel": "count", "stated": cn, "items": items}], note


@style("count_of_numbered_tasks", "totals", "pos", "N项/N件 announced, then the tasks listed as 一是…二是… (count)")
def s_count_numbered(rng, label):
    pool = ["新建城区停车场", "改造城市供水管网", "建设社区养老服务中心", "新增公办幼儿园学位", "实施农村饮水提质",
            "打造口袋公园", "建设智慧农贸市场", "开展免费两癌筛查", "新增公共充电桩", "整治背街小巷"]
    k = rng.randint(4, 8)
    items = rng.sample(pool, k)
    n = k
    note = "stated count equals listed tasks"
    if label == "inconsistent":
        n = k + rng.choice([-1, 1])
        note = "announced number of tasks off by one"
    ords = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"]
    cnn = rng.choice([cn_int(n), str(n)])
    t = "%d年承诺办理的%s件民生实事全部完成:%s。" % (Y(rng), cnn, ";".join("%s%s" % (o, it) for o, it in zip(ords, items)))
    return t, [{"rel": "count", "stated": cnn, "items": items}], note


@style("budget_revenue_qizhong_full", "totals", "pos", "预算收入 whole, 其中 税收/非税 listing every part (partial mode, inconsistent only when parts exceed)")
def s_budget(rng, label):
    a = rng.randint(1500, 60000)
    b = rng.randint(500, 20000)
    W = a + b
    note = "其中 lists both parts, which add up"
    if label == "inconsistent":
        W, (a, b), note = sum_slip(rng, [a, b], W, "partial")
    t = "%d年,全区一般公共预算收入完成%s亿元,其中税收收入%s亿元,非税收入%s亿元。" % (Y(rng), D(W, 2), D(a, 2), D(b, 2))
    return t, [SE(D(W, 2) + "亿", [D(a, 2) + "亿", D(b, 2) + "亿"], "partial")], note


@style("hotline_category_breakdown", "totals", "pos", "12345 hotline 工单 total with 咨询/求助/投诉/建议/表扬 (其中, full list)")
def s_hotline(rng, label):
    cats = ["咨询类", "求助类", "投诉类", "建议类", "表扬类"]
    k = rng.randint(4, 5)
    parts = [rng.randint(50, 30000) for _ in range(k)]
    W = sum(parts)
    note = "categories add up"
    if label == "inconsistent":
        W, parts, note = sum_slip(rng, parts, W, "partial")
    lst = "、".join("%s%s件" % (c, fint(rng, p)) for c, p in zip(cats, parts))
    Ws = fint(rng, W)
    t = "%d年,12345政务服务便民热线共受理群众诉求%s件,其中%s。" % (Y(rng), Ws, lst)
    pss = re.findall(r"类([\d,]+)件", lst)
    return t, [SE(Ws, pss, "partial")], note


@style("harvest_independent_rounding", "totals", "pos", "粮食总产 in 万吨 with 夏粮/秋粮 each rounded independently")
def s_harvest(rng, label):
    a = rng.randint(5000, 90000)  # tonnes
    b = rng.randint(5000, 90000)
    W = int(rdec(F(a + b, 100), 0))
    A = int(rdec(F(a, 100), 0)); B = int(rdec(F(b, 100), 0))
    note = "rounded parts agree with the rounded total"
    if label == "inconsistent":
        o = rng.randrange(2)
        if o == 0:
            W = int(swap_digits(rng, str(W))); note = "swapped digits in the total"
        else:
            B = int(typo_digits(rng, str(B))); note = "digit slip in 秋粮"
    t = "%d年全县粮食总产量%s万吨,夏粮%s万吨、秋粮%s万吨,%s" % (Y(rng), D(W, 2), D(A, 2), D(B, 2), fb(rng))
    return t, [SE(D(W, 2) + "万", [D(A, 2) + "万", D(B, 2) + "万"])], note


@style("decrease_you_jiang_zhi", "totals", "pos", "由a起降至b起,减少c起 (linear a − c = b)")
def s_decrease(rng, label):
    what = rng.choice(["道路交通事故", "生产安全事故", "电信网络诈骗案件", "火灾", "信访积案"])
    a = rng.randint(30, 2000)
    c = rng.randint(3, a // 2)
    b = a - c
    note = "a − c = b"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            c = slip_int(rng, c); note = "digit slip in the decrease"
        elif o == 1:
            c = a + b; note = "decrease stated as the sum of both years"
        else:
            b = slip_int(rng, b); note = "digit slip in the new level"
    t = "%s%s由上年的%d起降至%d起,减少%d起。" % (P(rng), what, a, b, c)
    return t, [LIN([("+", str(a)), ("-", str(c))], str(b))], note


@style("env_enforcement_cases", "totals", "pos", "environmental enforcement: 立案 total, parts by medium in several clauses, 罚款 in 万元")
def s_env(rng, label):
    cats = ["大气污染类", "水污染类", "固体废物类", "噪声类", "未批先建类"]
    k = rng.randint(3, 5)
    parts = [rng.randint(2, 90) for _ in range(k)]
    W, ps, note = isum(rng, label, parts)
    fine = rng.randint(200, 90000)
    lst = ";".join("%s%d起" % (c, p) for c, p in zip(cats, ps))
    t = "全年立案查处环境违法案件%d起,处罚款%s万元。按类型分:%s。" % (W, D(fine, 2), lst)
    return t, [SE(str(W), [str(p) for p in ps])], note


@style("vaccination_doses_paragraph", "totals", "pos", "epidemic prevention: 累计接种 剂次 with doses in one clause each")
def s_vacc(rng, label):
    parts = [rng.randint(20000, 90000), rng.randint(15000, 85000), rng.randint(5000, 60000)]
    W, ps, note = isum(rng, label, parts, "partial")
    t = "截至%d年%d月底,辖区累计接种新冠病毒疫苗%s剂次。其中,第一剂次%s人,第二剂次%s人,加强免疫%s人。" % (
        Y(rng), rng.randint(3, 11), fint(rng, W, 0.3), fint(rng, ps[0], 0.3), fint(rng, ps[1], 0.3), fint(rng, ps[2], 0.3))
    nums = re.findall(r"([\d,]+)(?:剂次|人)", t)
    return t, [SE(nums[0], nums[1:4], "partial")], note


@style("enterprise_revenue_composition", "totals", "pos", "enterprise annual report: 营业收入 = 主营 + 其他业务 (由…构成), 万元 two decimals")
def s_ent(rng, label):
    a = rng.randint(100000, 9000000)
    b = rng.randint(1000, 300000)
    W, (a, b), note = isum(rng, label, [a, b])
    co = rng.choice(["恒达建材有限公司", "鑫源农业发展有限公司", "瑞丰机械制造有限公司", "城投水务集团有限公司"])
    t = "报告期内,%s实现营业收入%s万元,由主营业务收入%s万元和其他业务收入%s万元构成。" % (co, D(W, 2), D(a, 2), D(b, 2))
    return t, [SE(D(W, 2) + "万", [D(a, 2) + "万", D(b, 2) + "万"])], note


@style("tax_jingzeng_linear", "totals", "pos", "年末实有 = 年初 + 净增 (净增 stated, base stated after it)")
def s_jingzeng(rng, label):
    a = rng.randint(2000, 60000)
    c = rng.randint(50, a // 6)
    b = a + c
    note = "opening + net increase = closing"
    if label == "inconsistent":
        o = rng.randrange(2)
        if o == 0:
            c = slip_int(rng, c); note = "digit slip in the net increase"
        else:
            b = int(swap_digits(rng, str(b))); note = "swapped digits in the closing count"
    bs, as_ = fint(rng, b), fint(rng, a)
    t = "年末全区登记纳税人%s户,比年初净增%d户(年初为%s户)。" % (bs, c, as_)
    return t, [LIN([("+", as_), ("+", str(c))], bs)], note


@style("school_enrolment_ming", "totals", "pos", "school summary: 在校生 total in 名, grades in a second sentence with 人")
def s_school(rng, label):
    g = ["七年级", "八年级", "九年级"]
    parts = [rng.randint(180, 900) for _ in g]
    W, ps, note = isum(rng, label, parts, "partial")
    t = "本学期全校共有教学班%d个,在校学生%d名。其中七年级%d人,八年级%d人,九年级%d人。" % (rng.randint(20, 60), W, ps[0], ps[1], ps[2])
    return t, [SE(str(W), [str(p) for p in ps], "partial")], note


@style("audit_findings_amounts", "totals", "pos", "audit report: 查出问题金额 with categories after a colon, 万元 with one decimal")
def s_audit(rng, label):
    cats = rng.sample(["违规使用资金", "损失浪费", "管理不规范", "应收未收", "虚列支出"], rng.randint(3, 4))
    parts = [rng.randint(100, 90000) for _ in cats]
    W, ps, note = isum(rng, label, parts)
    lst = ";".join("%s%s万元" % (c, D(p, 1)) for c, p in zip(cats, ps))
    t = "审计共查出主要问题金额%s万元:%s。已督促整改到位%s万元。" % (D(W, 1), lst, D(rng.randint(50, W), 1))
    return t, [SE(D(W, 1) + "万", [D(p, 1) + "万" for p in ps])], note


# ---------------------------------------------------------------------------
# STYLES: family pct, positive
# ---------------------------------------------------------------------------
def PCT(stated, num, den, bare=False):
    c = {"rel": "pct", "stated": stated, "num": num, "den": den}
    if bare:
        c["bare_pct"] = True
    return c


def GR(stated, sign, base, cur, rel="growth"):
    return {"rel": rel, "stated": stated, "sign": sign, "base": base, "cur": cur}


def QUOT(stated, num, den):
    return {"rel": "quot", "stated": stated, "num": num, "den": den}


def rate_or_slip(rng, label, num, den, d=1, alt_dens=(), sign="%"):
    """Stated rate string and note.  alt_dens: realistic wrong bases."""
    s = pct_s(num, den, d, sign)
    if label == "consistent":
        return s, "rate = num/den"
    opts = ["typo", "swap"] + (["base"] if alt_dens else [])
    o = rng.choice(opts)
    if o == "base":
        return pct_s(num, rng.choice(alt_dens), d, sign), "rate computed on a wrong base"
    if o == "swap":
        return swap_digits(rng, s[:-1]) + sign, "swapped digits in the rate"
    return typo_digits(rng, s[:-1], False) + sign, "digit typo in the rate"


def growth_or_slip(rng, label, base, cur, d=1):
    g = (F(cur) / F(base) - 1) * 100
    s = rdec(abs(g), d) + "%"
    if label == "consistent":
        return s, "growth = cur/base − 1"
    o = rng.choice(["typo", "swap", "over_cur"])
    if o == "over_cur":
        return rdec(abs((F(cur) - F(base)) / F(cur) * 100), d) + "%", "change divided by the current value instead of the base"
    if o == "swap":
        return swap_digits(rng, s[:-1]) + "%", "swapped digits in the growth rate"
    return typo_digits(rng, s[:-1], False) + "%", "digit typo in the growth rate"


@style("completion_rate_plan_actual", "pct", "pos", "计划/完成/完成率 in one sentence")
def p_completion(rng, label):
    obj = rng.choice([("城乡居民基本养老保险参保缴费", "人"), ("农村户厕改造", "户"), ("高标准农田建设", "亩"), ("适龄妇女两癌筛查", "人")])
    den = rng.randint(800, 20000)
    num = rng.randint(int(den * 0.7), den)
    s, note = rate_or_slip(rng, label, num, den, rng.choice([1, 2]), alt_dens=[den + rng.randint(200, 900)])
    ns, ds = fint(rng, num), fint(rng, den)
    t = "%s任务%s%s,已完成%s%s,完成率%s。" % (obj[0], ds, obj[1], ns, obj[1], s)
    return t, [PCT(s, ns, ds)], note


@style("banjie_rate_numerator_other_sentence", "pct", "pos", "办结率 whose numerator and denominator stand in earlier sentences")
def p_banjie(rng, label):
    den = rng.randint(300, 30000)
    num = den - rng.randint(1, max(2, den // 25))
    s, note = rate_or_slip(rng, label, num, den, rng.choice([1, 2]), alt_dens=[den - rng.randint(30, 90)])
    ds, ns = fint(rng, den), fint(rng, num)
    t = ("%d年,区群众诉求服务中心共受理各类诉求%s件。工作中坚持首接负责、限时办结,截至年底已办结%s件,"
         "其余正在办理中。全年诉求办结率为%s,群众满意度持续提升。") % (Y(rng), ds, ns, s)
    return t, [PCT(s, ns, ds)], note


@style("unqualified_and_qualified_rates", "pct", "pos", "抽检N批次,不合格a批次;不合格率 and 合格率 (signed numerator N − a)")
def p_hege(rng, label):
    N = rng.randint(150, 3000)
    a = rng.randint(2, N // 15)
    d = 2
    s1 = pct_s(a, N, d)
    s2 = pct_s(N - a, N, d)
    note = "both rates agree with the counts"
    if label == "inconsistent":
        if rng.random() < 0.5:
            s1, note = rate_or_slip(rng, label, a, N, d, alt_dens=[N - a])
            note = "不合格率: " + note
        else:
            s2, note = rate_or_slip(rng, label, N - a, N, d)
            note = "合格率: " + note
    kind = rng.choice(["食用农产品", "食品", "建筑材料", "学生用品"])
    t = "全年共抽检%s%d批次,检出不合格%d批次,不合格率%s,合格率%s。" % (kind, N, a, s1, s2)
    return t, [PCT(s1, str(a), str(N)), PCT(s2, {"sum": [str(N)], "sub": [str(a)]}, str(N))], note


@style("shares_of_one_whole", "pct", "pos", "several 占 x% shares of one whole in one sentence")
def p_shares(rng, label):
    names = rng.sample(["工业投资", "基础设施投资", "民间投资", "房地产开发投资", "社会领域投资"], 3)
    W = rng.randint(5000, 90000)  # 0.01亿
    vals = [rng.randint(W // 10, W // 3) for _ in names]
    ss = [pct_s(v, W, 1) for v in vals]
    note = "each share = part/whole"
    if label == "inconsistent":
        i = rng.randrange(3)
        o = rng.randrange(2)
        if o == 0:
            ss[i] = swap_digits(rng, ss[i][:-1]) + "%"; note = "share %d mistyped (swapped digits)" % (i + 1)
        else:
            j = (i + 1) % 3
            ss[i] = pct_s(vals[i], vals[j] + W // 2, 1); note = "share %d computed on a wrong base" % (i + 1)
    seg = ",".join("%s%s亿元、占%s" % (n, D(v, 2), s) for n, v, s in zip(names, vals, ss))
    t = "全年完成固定资产投资%s亿元。其中%s。" % (D(W, 2), seg)
    ch = [PCT(s, D(v, 2) + "亿", D(W, 2) + "亿") for s, v in zip(ss, vals)]
    return t, ch, note


@style("growth_bishangnian_base_before", "pct", "pos", "比上年增长 x% with the base stated in the sentence before")
def p_growth(rng, label):
    ind = rng.choice(["规模以上工业增加值", "社会消费品零售总额", "税收收入", "农村居民人均可支配收入"])
    unit = "元" if "人均" in ind else "亿元"
    if unit == "元":
        a = rng.randint(12000, 30000); b = a + rng.randint(300, 3000)
        as_, bs = str(a), str(b); aa, bb = as_, bs
    else:
        a = rng.randint(1000, 90000); b = a + rng.randint(20, a // 6)
        as_, bs = D(a, 2), D(b, 2); aa, bb = as_ + "亿", bs + "亿"
    s, note = growth_or_slip(rng, label, a, b, 1)
    y = Y(rng)
    t = "%d年%s为%s%s。%d年实现%s%s%s,比上年增长%s。" % (y - 1, ind, as_, unit, y, ind, bs, unit, s)
    return t, [GR(s, 1, aa, bb)], note


@style("tongbi_decline", "pct", "pos", "同比下降 x% (sign −1) with both periods in one sentence")
def p_decline(rng, label):
    what = rng.choice(["刑事案件立案数", "道路交通事故", "群众信访量", "火灾起数", "生产安全事故"])
    a = rng.randint(80, 4000)
    b = a - rng.randint(3, a // 3)
    s, note = growth_or_slip(rng, label, a, b, 1)
    t = "%s%s%d起,上年同期%d起,同比下降%s。" % (rng.choice(["1—9月,全县", "上半年,辖区", "全年"]), what, b, a, s)
    return t, [GR(s, -1, str(a), str(b))], note


@style("pp_from_to", "pct", "pos", "rate 由 r1% 提高到 r2%, 提高 d 个百分点")
def p_pp(rng, label):
    what = rng.choice(["森林覆盖率", "城镇化率", "城市生活污水集中处理率", "空气质量优良天数比率", "高中阶段毛入学率"])
    r1 = rng.randint(300, 900)  # 0.1%
    r2 = r1 + rng.randint(3, 80)
    dd = r2 - r1
    st = D(dd, 1)
    note = "points = to − from"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            st = rdec(F(r2 - r1) / r1 * 100, 1); note = "relative change reported as percentage points"
        elif o == 1:
            st = swap_digits(rng, st) if len(st.replace(".", "")) > 1 else typo_digits(rng, st, False); note = "digit slip in the points"
        else:
            st = typo_digits(rng, st, False); note = "digit typo in the points"
    t = "%s由%d年的%s%%提高到%s%%,提高%s个百分点。" % (what, Y(rng) - 5, D(r1, 1), D(r2, 1), st)
    return t, [{"rel": "pp", "stated": st + "个百分点", "sign": 1, "from": D(r1, 1) + "%", "to": D(r2, 1) + "%"}], note


@style("relative_growth_of_a_rate", "pct", "pos", "a rate 由 r1% 提高到 r2%, 提高 x% stated as relative growth (not points)")
def p_relgrowth(rng, label):
    r1 = rng.randint(40, 90) * 10  # 0.1%
    r2 = r1 + rng.randint(1, 12) * 10
    s = rdec(F(r2 - r1) / r1 * 100, 1) + "%"
    note = "relative growth of the rate"
    if label == "inconsistent":
        s = D(r2 - r1, 1) + "%"; note = "percentage-point difference reported as a relative growth in %"
    what = rng.choice(["就业率", "培训合格率", "一次性验收通过率", "参保率"])
    t = "%s由上年的%s%%提高到%s%%,相对提高%s。" % (what, D(r1, 1), D(r2, 1), s)
    return t, [GR(s, 1, D(r1, 1) + "%", D(r2, 1) + "%")], note


@style("structure_ratio_colon", "pct", "pos", "三次产业结构 a:b:c with no % signs (bare shares adding to 100)")
def p_struct(rng, label):
    a = rng.randint(40, 250)
    b = rng.randint(250, 500)
    c = 1000 - a - b
    ss = [D(a, 1), D(b, 1), D(c, 1)]
    note = "shares add to 100"
    if label == "inconsistent":
        i = rng.randrange(3)
        ss[i] = swap_digits(rng, ss[i]) if rng.random() < 0.6 else typo_digits(rng, ss[i]); note = "share %d mistyped" % (i + 1)
    y = Y(rng)
    t = "%d年,全县三次产业结构由上年的%s:%s:%s调整为%s。" % (y, D(a + 6, 1), D(b + 3, 1), D(c - 9, 1), rng.choice([":", "：", "∶"]).join(ss))
    return t, [{"rel": "sum100", "parts": ss, "mode": "exact", "bare_pct": True}], note


@style("per_capita_quotient", "pct", "pos", "人均 = total amount / number of people (quot)")
def p_percap(rng, label):
    n = rng.randint(60, 2000)
    per = rng.randint(300, 6000)
    tot = n * per + rng.randint(-n // 3, n // 3)
    q = rdec(F(tot, n), 0)
    note = "per-capita = total/people"
    if label == "inconsistent":
        o = rng.randrange(2)
        if o == 0:
            q = swap_digits(rng, q); note = "swapped digits in the per-capita figure"
        else:
            q = rdec(F(tot, n + rng.randint(n // 5, n)), 0); note = "divided by a wrong head-count"
    tot_s = rdec(F(tot, 10000), 2)
    t = "全年为%d名困难群众发放临时救助金%s万元,人均%s元。" % (n, tot_s, q)
    return t, [QUOT(q, tot_s + "万", str(n))], note


@style("per_unit_average_wan", "pct", "pos", "平均每家企业 = 亿元 total / count, result in 万元")
def p_perunit(rng, label):
    n = rng.randint(20, 400)
    tot = rng.randint(n * 50, n * 3000)  # 万元 int
    q = rdec(F(tot, n), 1)
    note = "average = total/count"
    if label == "inconsistent":
        o = rng.randrange(2)
        if o == 0:
            q = swap_digits(rng, q.replace(".", "")); q = q[:-1] + "." + q[-1]; note = "swapped digits in the average"
        else:
            q = rdec(F(tot, n) * 10, 1); note = "decimal slip (万/亿 conversion) in the average"
    W = rdec(F(tot, 10000), 2)
    t = "全区%d家规上工业企业全年实缴税金%s亿元,平均每家企业纳税%s万元。" % (n, W, q)
    return t, [QUOT(q + "万", W + "亿", str(n))], note


@style("growth_speedup_points", "pct", "pos", "增速比上年加快/回落 d 个百分点 (growth of a growth, pp between two growth rates)")
def p_speedup(rng, label):
    g0 = rng.randint(20, 120)
    g1 = rng.randint(20, 120)
    while g1 == g0:
        g1 = rng.randint(20, 120)
    sign = 1 if g1 > g0 else -1
    word = "加快" if sign > 0 else "回落"
    st = D(abs(g1 - g0), 1)
    note = "points between the two growth rates"
    if label == "inconsistent":
        o = rng.randrange(2)
        g0s = D(g0, 1)
        if o == 0:
            g0s = swap_digits(rng, g0s) if len(g0s) > 3 else typo_digits(rng, g0s); note = "last year's growth rate in the bracket mistyped"
        else:
            st = typo_digits(rng, st, False); note = "points mis-stated (digit typo)"
    else:
        g0s = D(g0, 1)
    t = "全年地区生产总值增长%s%%,增速比上年%s%s个百分点(上年增长%s%%)。" % (D(g1, 1), word, st, g0s)
    return t, [{"rel": "pp", "stated": st + "个百分点", "sign": sign, "from": g0s + "%", "to": D(g1, 1) + "%"}], note


@style("bei_shi_shangnian", "pct", "pos", "是上年的 x 倍 (quotient of two years)")
def p_beishi(rng, label):
    a = rng.randint(300, 9000)
    b = a * rng.randint(13, 48) // 10 + rng.randint(0, 50)
    q = rdec(F(b, a), 1) + "倍"
    note = "cur/base"
    if label == "inconsistent":
        q = rdec(F(b, a) - 1, 1) + "倍"; note = "growth multiple given where the ratio 是…的 was meant"
    t = "全年网上办件量%d件,是上年(%d件)的%s。" % (b, a, q)
    return t, [QUOT(q, str(b), str(a))], note


@style("bei_zengzhang_growth", "pct", "pos", "增长 x 倍 (growth expressed as a multiple)")
def p_beigrowth(rng, label):
    a = rng.randint(20, 900)
    b = a * rng.randint(22, 55) // 10 + rng.randint(0, 10)
    s = rdec(F(b, a) - 1, 1) + "倍"
    note = "增长x倍 = cur/base − 1"
    if label == "inconsistent":
        s = rdec(F(b, a), 1) + "倍"; note = "ratio cur/base stated as 增长…倍"
    t = "新能源汽车充电桩由上年的%d个增加到%d个,增长%s。" % (a, b, s)
    return t, [GR(s, 1, str(a), str(b))], note


@style("growth_over_100_percent", "pct", "pos", "growth above 100% written in % (增长156.3%)")
def p_over100(rng, label):
    a = rng.randint(1000, 50000)
    b = a * rng.randint(205, 480) // 100
    s, note = growth_or_slip(rng, label, a, b, 1)
    as_, bs = D(a, 2), D(b, 2)
    t = "跨境电商进出口额%s亿元,上年为%s亿元,增长%s。" % (bs, as_, s)
    return t, [GR(s, 1, as_ + "亿", bs + "亿")], note


@style("permille_birth_rate", "pct", "pos", "出生率/死亡率 in ‰ from counts and population")
def p_permille(rng, label):
    pop = rng.randint(80000, 900000)
    births = rng.randint(pop // 250, pop // 90)
    s, note = rate_or_slip(rng, label, births, pop, 2, sign="‰")
    s = rdec(F(births * 1000, pop), 2) + "‰" if label == "consistent" else s
    if label == "inconsistent" and rng.random() < 0.4:
        s = rdec(F(births * 100, pop), 2) + "‰"; note = "per-cent value written with ‰"
    t = "年末全县常住人口%s人,全年出生人口%s人,人口出生率%s。" % (fint(rng, pop), fint(rng, births), s)
    nums = re.findall(r"([\d,]+)人", t)
    return t, [PCT(s, nums[1], nums[0])], note


@style("baifenzhi_chinese_rate", "pct", "pos", "rate written 百分之九十八点七 in Chinese numerals")
def p_baifenzhi(rng, label):
    den = rng.randint(100, 900)
    num = den - rng.randint(1, den // 10)
    s = rdec(F(num * 100, den), 1)
    note = "rate = num/den"
    if label == "inconsistent":
        o = rng.randrange(2)
        if o == 0:
            s = swap_digits(rng, s); note = "swapped digits in the rate"
        else:
            s = rdec(F((num - rng.randint(5, 20)) * 100, den), 1); note = "numerator taken from an earlier count"
    cs = "百分之" + cn_dec(s)
    t = "全镇%d户农户中已有%d户完成自来水入户改造,入户率达到%s。" % (den, num, cs)
    return t, [PCT(cs, str(num), str(den))], note


@style("satisfaction_survey", "pct", "pos", "问卷 回收率 and 满意率 counting 满意+基本满意 over returned questionnaires")
def p_survey(rng, label):
    sent = rng.randint(200, 3000)
    back = sent - rng.randint(0, sent // 10)
    s1 = rng.randint(back // 2, back * 8 // 10)
    s2 = rng.randint(0, back - s1 - 1)
    r1 = pct_s(back, sent, 1)
    r2 = pct_s(s1 + s2, back, 2)
    note = "回收率 and 满意率 agree"
    if label == "inconsistent":
        o = rng.randrange(3)
        if o == 0:
            r2 = pct_s(s1 + s2, sent, 2); note = "满意率 computed on questionnaires sent, not returned"
        elif o == 1:
            r2 = pct_s(s1, back, 2); note = "基本满意 left out of 满意率 although the text says 含基本满意"
        else:
            r1 = swap_digits(rng, r1[:-1]) + "%"; note = "swapped digits in 回收率"
    t = ("本次满意度测评共发放问卷%d份,回收有效问卷%d份,回收率%s。其中表示“满意”的%d份,“基本满意”的%d份,"
         "满意率(含基本满意)为%s。") % (sent, back, r1, s1, s2, r2)
    return t, [PCT(r1, str(back), str(sent)), PCT(r2, [str(s1), str(s2)], str(back))], note


@style("budget_execution_rate", "pct", "pos", "预算数/执行数/执行率 for a department, 万元 with decimals")
def p_budget(rng, label):
    b = rng.randint(50000, 900000)  # 0.01万
    e = rng.randint(int(b * 0.6), b)
    s, note = rate_or_slip(rng, label, e, b, 2, alt_dens=[e + b])
    t = "%d年部门预算支出数%s万元,实际执行%s万元,预算执行率%s。" % (Y(rng), D(b, 2), D(e, 2), s)
    return t, [PCT(s, D(e, 2) + "万", D(b, 2) + "万")], note


@style("tab_table_rates", "pct", "pos", "tab table with 计划/完成/完成率 columns, one rate per row")
def p_tabrates(rng, label):
    names = rng.sample(["城关镇", "北山镇", "河口镇", "柳坪乡", "青龙乡", "白马镇"], rng.randint(3, 4))
    rows = ["乡镇\t计划(户)\t完成(户)\t完成率"]
    ch = []
    bad = rng.randrange(len(names))
    note = "all row rates agree"
    for i, n in enumerate(names):
        den = rng.randint(100, 900)
        num = rng.randint(den * 7 // 10, den)
        if label == "inconsistent" and i == bad:
            s, note = rate_or_slip(rng, label, num, den, 1)
            note = "row %d: %s" % (i + 1, note)
        else:
            s = pct_s(num, den, 1)
        rows.append("%s\t%d\t%d\t%s" % (n, den, num, s))
        ch.append(PCT(s, str(num), str(den)))
    return "农村户厕改造进度表\n" + "\n".join(rows), ch, note


@style("md_table_amount_share", "pct", "pos", "Markdown table with 金额 and 占比 columns plus 合计 row; shares checked and add to 100")
def p_mdshare(rng, label):
    names = rng.sample(["税收收入", "非税收入", "转移性收入", "债务收入", "上年结余"], 4)
    vals = [rng.randint(500, 40000) for _ in names]
    W = sum(vals)
    ss = [pct_s(v, W, 1) for v in vals]
    note = "shares agree with amounts"
    if label == "inconsistent":
        i = rng.randrange(4)
        ss[i] = swap_digits(rng, ss[i][:-1]) + "%" if rng.random() < 0.5 else typo_digits(rng, ss[i][:-1]) + "%"
        note = "share in row %d mistyped" % (i + 1)
    rows = ["| 项目 | 金额(万元) | 占比 |", "|---|---|---|"]
    rows += ["| %s | %s | %s |" % (n, D(v, 1), s) for n, v, s in zip(names, vals, ss)]
    rows.append("| 合计 | %s | 100%% |" % D(W, 1))
    ch = [PCT(s, D(v, 1), D(W, 1)) for s, v in zip(ss, vals)]
    ch.append({"rel": "sum100", "parts": ss, "mode": "exact"})
    ch.append(SE(D(W, 1), [D(v, 1) for v in vals]))
    return "\n".join(rows), ch, note


@style("real_growth_with_nominal", "pct", "pos", "nominal growth from the amounts plus 按可比价格计算 real growth (real growth inside the price band)")
def p_real(rng, label):
    a = rng.randint(5000, 90000)
    b = a + a * rng.randint(2, 12) // 100
    gn = rdec((F(b, a) - 1) * 100, 1) + "%"
    real = (F(b, a) - 1) * 100 - rng.randint(0, 25) / F(10)
    rs = rdec(real, 1) + "%"
    note = "nominal growth agrees; real growth inside the price band"
    if label == "inconsistent":
        if rng.random() < 0.5:
            gn, note = growth_or_slip(rng, label, a, b, 1)
            note = "nominal: " + note
        else:
            real = real + rng.randint(8, 15); note = "real growth far above the nominal growth"
            rs = rdec(real, 1) + "%"
    rsg, word = (1, "增长") if real >= 0 else (-1, "下降")
    rs = rdec(abs(real), 1) + "%"
    t = "全年实现地区生产总值%s亿元,上年为%s亿元,现价增长%s;按可比价格计算,%s%s。" % (D(b, 2), D(a, 2), gn, word, rs)
    return t, [GR(gn, 1, D(a, 2) + "亿", D(b, 2) + "亿"), GR(rs, rsg, D(a, 2) + "亿", D(b, 2) + "亿", "real_growth")], note


@style("fullwidth_percent", "pct", "pos", "full-width digits and ％ in rates (９８．７％)")
def p_fwpct(rng, label):
    den = rng.randint(200, 5000)
    num = den - rng.randint(1, den // 8)
    s, note = rate_or_slip(rng, label, num, den, 1)
    sf = fw(s)
    t = "全年共排查企业%s家,已完成整改%s家,整改率%s。" % (fw(str(den)), fw(str(num)), sf)
    return t, [PCT(sf, fw(str(num)), fw(str(den)))], note


@style("chinese_numeral_average", "pct", "pos", "average in Chinese numerals (平均每村三点二名)")
def p_cnavg(rng, label):
    n = rng.randint(8, 40)
    tot = n * rng.randint(2, 6) + rng.randint(0, n - 1)
    q = rdec(F(tot, n), 1)
    note = "average = total/villages"
    if label == "inconsistent":
        q = swap_digits(rng, q.replace(".", "")); q = q[:-1] + "." + q[-1]; note = "swapped digits in the average"
    cq, cn_, ct = cn_dec(q), cn_int(n), cn_int(tot)
    t = "全镇%s个村(社区)共配备专职网格员%s名,平均每村%s名。" % (cn_, ct, cq)
    return t, [QUOT(cq, ct, cn_)], note


@style("share_and_growth_one_sentence", "pct", "pos", "one figure with its share of a whole and its growth; base and whole in other sentences")
def p_sharegrowth(rng, label):
    gdp = rng.randint(20000, 90000)
    a = rng.randint(gdp // 20, gdp // 6)
    b = a + rng.randint(a // 30, a // 6)
    sh = pct_s(b, gdp, 1)
    g = rdec((F(b, a) - 1) * 100, 1) + "%"
    note = "share and growth agree"
    if label == "inconsistent":
        if rng.random() < 0.5:
            sh = pct_s(a, gdp, 1) if pct_s(a, gdp, 1) != sh else swap_digits(rng, sh[:-1]) + "%"; note = "share computed from last year's figure"
        else:
            g, note = growth_or_slip(rng, label, a, b, 1)
    t = ("全县地区生产总值%s亿元。上年旅游总收入%s亿元。今年旅游总收入达到%s亿元,占地区生产总值的%s,比上年增长%s。") % (
        D(gdp, 2), D(a, 2), D(b, 2), sh, g)
    return t, [PCT(sh, D(b, 2) + "亿", D(gdp, 2) + "亿"), GR(g, 1, D(a, 2) + "亿", D(b, 2) + "亿")], note


@style("rate_broken_by_line", "pct", "pos", "rate and counts broken by PDF line breaks (98.\\n7%)")
def p_ratebreak(rng, label):
    den = rng.randint(1000, 50000)
    num = den - rng.randint(1, den // 20)
    s, note = rate_or_slip(rng, label, num, den, 1)
    sb = pdf_break(rng, s[:-1]) + "%" if rng.random() < 0.7 else s[:-1] + "\n%"
    ds = pdf_break(rng, str(den)) if rng.random() < 0.5 else str(den)
    t = "全年应参保人数%s人,实际参保%d人,参保率\n达到%s。" % (ds, num, sb)
    return t, [PCT(sb, str(num), ds)], note


@style("poverty_income_growth", "pct", "pos", "脱贫人口人均纯收入 由a元增加到b元,增长g%")
def p_poverty(rng, label):
    a = rng.randint(9000, 18000)
    b = a + rng.randint(400, 2500)
    s, note = growth_or_slip(rng, label, a, b, 2)
    t = "全县脱贫人口人均纯收入由%d元增加到%d元,增长%s,%s" % (a, b, s, fb(rng))
    return t, [GR(s, 1, str(a), str(b))], note


@style("fenbie_two_growths", "pct", "pos", "two figures 分别增长 g1% 和 g2%, bases given afterwards 上年分别为")
def p_fenbie(rng, label):
    a1 = rng.randint(100, 2000); b1 = a1 + rng.randint(5, a1 // 3)  # 0.01万人次... use 0.1万
    a2 = rng.randint(500, 9000); b2 = a2 + rng.randint(10, a2 // 3)  # 0.01亿
    g1 = rdec((F(b1, a1) - 1) * 100, 1) + "%"
    g2 = rdec((F(b2, a2) - 1) * 100, 1) + "%"
    note = "both growth rates agree"
    if label == "inconsistent":
        if rng.random() < 0.5:
            g1, g2 = g2, g1; note = "the two growth rates were swapped"
            if g1 == g2:
                g1 = typo_digits(rng, g1[:-1]) + "%"
        else:
            g2, note = growth_or_slip(rng, label, a2, b2, 1); note = "second growth: " + note
    t = "全年接待游客%s万人次、实现旅游收入%s亿元,分别增长%s和%s;上年分别为%s万人次、%s亿元。" % (
        D(b1, 1), D(b2, 2), g1, g2, D(a1, 1), D(a2, 2))
    return t, [GR(g1, 1, D(a1, 1) + "万", D(b1, 1) + "万"), GR(g2, 1, D(a2, 2) + "亿", D(b2, 2) + "亿")], note


@style("share_subgroup_den_earlier", "pct", "pos", "subgroup share whose whole stands in an earlier sentence (老年人口占户籍人口)")
def p_subgroup(rng, label):
    N = rng.randint(5000, 90000)
    a = rng.randint(N // 8, N // 3)
    s, note = rate_or_slip(rng, label, a, N, 2, alt_dens=[N - a])
    t = "截至年末,全镇户籍人口%s人。人口老龄化程度继续加深,60周岁及以上老年人%s人,占户籍人口的%s。" % (fint(rng, N), fint(rng, a), s)
    nums = re.findall(r"([\d,]+)人", t)
    return t, [PCT(s, nums[1], nums[0])], note


@style("coverage_rate_villages", "pct", "pos", "覆盖率 from N administrative villages and a covered")
def p_coverage(rng, label):
    N = rng.randint(15, 320)
    a = rng.randint(N * 6 // 10, N - 1)
    s, note = rate_or_slip(rng, label, a, N, 1, alt_dens=[N + rng.randint(3, 20)])
    what = rng.choice(["村级综合服务站", "农村寄递物流网点", "5G信号", "村级光伏电站"])
    t = "全县%d个行政村中,已有%d个建成%s,覆盖率%s。" % (N, a, what, s)
    return t, [PCT(s, str(a), str(N))], note


@style("huanbi_quarter", "pct", "pos", "环比增长/下降 between two quarters in 万元")
def p_huanbi(rng, label):
    a = rng.randint(2000, 90000)
    b = a + rng.randint(-a // 5, a // 5)
    if b == a:
        b += 7
    sign = 1 if b > a else -1
    s, note = growth_or_slip(rng, label, a, b, 1)
    word = "环比增长" if sign > 0 else "环比下降"
    t = "三季度全区限上批零企业销售额%s万元,二季度为%s万元,%s%s。" % (D(b, 1), D(a, 1), word, s)
    return t, [GR(s, sign, D(a, 1) + "万", D(b, 1) + "万")], note


@style("average_stay_hospital", "pct", "pos", "hospital summary: 平均住院日 = 出院者占用总床日数 / 出院人数")
def p_stay(rng, label):
    n = rng.randint(3000, 40000)
    days = n * rng.randint(55, 110) // 10
    q = rdec(F(days, n), 1)
    note = "average stay = bed-days / discharges"
    if label == "inconsistent":
        o = rng.randrange(2)
        if o == 0:
            q = swap_digits(rng, q.replace(".", "")); q = q[:-1] + "." + q[-1]; note = "swapped digits in the average stay"
        else:
            q = rdec(F(days, n + rng.randint(n // 4, n)), 1); note = "divided by admissions instead of discharges"
    t = "全年出院患者%s人次,出院者占用总床日数%s日,平均住院日%s天,同比缩短%s天。" % (
        fint(rng, n), fint(rng, days), q, D(rng.randint(1, 9), 1))
    nums = re.findall(r"([\d,]+)(?:人次|日,)", t)
    return t, [QUOT(q, nums[1], nums[0])], note


@style("rate_in_halfwidth_brackets", "pct", "pos", "rate in half-width brackets after the counts: 整改到位 a 处(整改率 r%)")
def p_brk(rng, label):
    den = rng.randint(50, 3000)
    num = rng.randint(den * 8 // 10, den - 1)
    s, note = rate_or_slip(rng, label, num, den, 1)
    t = "消防安全检查发现火灾隐患%d处,已督促整改到位%d处(整改率%s),其余限期整改。" % (den, num, s)
    return t, [PCT(s, str(num), str(den))], note


# ---------------------------------------------------------------------------
# STYLES: malformed percentages (pct, always inconsistent; other checks hold)
# ---------------------------------------------------------------------------
def _ok_rate(rng, d=1):
    den = rng.randint(100, 5000)
    num = den - rng.randint(1, den // 10)
    return num, den, pct_s(num, den, d)


def _ok_sum(rng):
    parts = [rng.randint(10, 400) for _ in range(3)]
    return parts, sum(parts)


@style("malformed_double_percent", "pct", "mal", "percent sign doubled (98.5%%); the rate itself agrees with its counts")
def m_double(rng, label):
    num, den, s = _ok_rate(rng)
    tok = s + rng.choice(["%", "％"])
    t = "全年受理政务服务事项%d件,按时办结%d件,按时办结率%s。" % (den, num, tok)
    return t, [PCT(s, str(num), str(den)), {"rel": "malformed", "token": tok}], "percent sign typed twice"


@style("malformed_pct_with_points", "pct", "mal", "% mixed with 个百分点 (提高2.5%个百分点); the difference itself is right")
def m_pctpts(rng, label):
    r1 = rng.randint(300, 900); r2 = r1 + rng.randint(5, 60)
    st = D(r2 - r1, 1)
    tok = st + "%个百分点"
    t = "城镇化率由%s%%提高到%s%%,提高%s。" % (D(r1, 1), D(r2, 1), tok)
    return t, [{"rel": "pp", "stated": st, "sign": 1, "from": D(r1, 1) + "%", "to": D(r2, 1) + "%"},
               {"rel": "malformed", "token": tok}], "percent sign and 个百分点 written together"


@style("malformed_double_decimal_point", "pct", "mal", "two decimal points in a rate (98..5% / 9.8.5%); a sum in the same text holds")
def m_dots(rng, label):
    parts, W = _ok_sum(rng)
    num, den, s = _ok_rate(rng)
    core = s[:-1]
    a, b = core.split(".")
    tok = rng.choice([a + ".." + b, a[:-1] + "." + a[-1] + "." + b if len(a) > 1 else a + ".." + b]) + "%"
    t = "全年开展消防宣传%d场次,其中进社区%d场次、进企业%d场次、进学校%d场次;火灾隐患整改率%s。" % (W, parts[0], parts[1], parts[2], tok)
    return t, [SE(str(W), [str(p) for p in parts], "partial"), {"rel": "malformed", "token": tok}], "decimal point typed twice"


@style("malformed_decimal_comma", "pct", "mal", "decimal comma in a rate (96,5%); a sum in the same text holds")
def m_comma(rng, label):
    parts, W = _ok_sum(rng)
    num, den, s = _ok_rate(rng)
    tok = s.replace(".", ",")
    t = "受理消费投诉%d件(其中线上%d件,电话%d件,来访%d件),调解成功率%s。" % (W, parts[0], parts[1], parts[2], tok)
    return t, [SE(str(W), [str(p) for p in parts]), {"rel": "malformed", "token": tok}], "decimal comma instead of point"


@style("malformed_baifenzhi_with_sign", "pct", "mal", "百分之 together with % (百分之98.5%); the rate agrees")
def m_bfz(rng, label):
    num, den, s = _ok_rate(rng)
    tok = "百分之" + s
    t = "全镇%d名适龄儿童中已有%d名完成免疫规划疫苗接种,接种率达%s。" % (den, num, tok)
    return t, [PCT(s, str(num), str(den)), {"rel": "malformed", "token": tok}], "百分之 and % both used"


@style("malformed_fullstop_in_number", "pct", "mal", "Chinese full stop as decimal point (97。3%); a sum in the same text holds")
def m_stop(rng, label):
    parts, W = _ok_sum(rng)
    num, den, s = _ok_rate(rng)
    tok = s.replace(".", "。")
    t = "新增城镇就业%d人,其中高校毕业生%d人、退役军人%d人、就业困难人员%d人,城镇调查失业率控制在合理区间,就业培训合格率%s。" % (W, parts[0], parts[1], parts[2], tok)
    return t, [SE(str(W), [str(p) for p in parts], "partial"), {"rel": "malformed", "token": tok}], "full stop typed as decimal point"


@style("malformed_leading_percent_sign", "pct", "mal", "percent sign before the number (%98.6), read as a bare share it agrees")
def m_lead(rng, label):
    num, den, s = _ok_rate(rng)
    core = s[:-1]
    tok = "%" + core
    t = "全年处理12345工单%d件,按期回复%d件,按期回复率为%s。" % (den, num, tok)
    return t, [PCT(core, str(num), str(den), True), {"rel": "malformed", "token": tok}], "percent sign typed before the number"


# ---------------------------------------------------------------------------
# STYLES: hard negatives, family totals
# ---------------------------------------------------------------------------
def NONE(tokens, why):
    return {"rel": "none", "tokens": tokens, "why": why}


def short_org(rng):
    return rng.choice(["青政办发", "槐政发", "望办字", "安农发", "清卫健发", "河财预", "宁环发"])


@style("neg_document_numbers", "totals", "neg", "document numbers 〔2023〕17号 and 第N期 next to a count of documents")
def n_docno(rng, label):
    y = Y(rng)
    a, b = rng.randint(1, 120), rng.randint(1, 120)
    n = rng.randint(3, 30)
    t = "先后印发《关于进一步加强农村宅基地管理的通知》(%s〔%d〕%d号)和《工作简报》第%d期等文件%d份。" % (short_org(rng), y, a, b, n)
    return t, [NONE(["〔%d〕%d号" % (y, a), "第%d期" % b, str(n)], "document number, issue number and an unrelated count")], "document numbers"


@style("neg_dates_and_periods", "totals", "neg", "dates and periods (3月15日至4月30日, 1—9月) that are not sums")
def n_dates(rng, label):
    y = Y(rng)
    m1 = rng.randint(1, 8); d1 = rng.randint(1, 28); m2 = m1 + rng.randint(1, 3); d2 = rng.randint(1, 30)
    t = "%d年%d月%d日至%d月%d日,在全县范围内开展为期%d天的集中整治;1—%d月累计出动执法人员%d人次。" % (
        y, m1, d1, m2, d2, rng.randint(30, 90), rng.randint(6, 11), rng.randint(100, 900))
    return t, [NONE(["%d年%d月%d日" % (y, m1, d1), "%d月%d日" % (m2, d2)], "dates and a period")], "dates"


@style("neg_phone_numbers", "totals", "neg", "hotline and phone numbers (12345, 0731-8xxxxxxx, 12315)")
def n_phone(rng, label):
    area = rng.choice(["0731", "0736", "0851", "0571", "023", "0898"])
    tel = "%s-%d" % (area, rng.randint(22000000, 89999999))
    t = "群众可通过12345政务服务便民热线、12315投诉举报电话或监督电话%s反映问题,全年共接听来电%d个。" % (tel, rng.randint(300, 9000))
    return t, [NONE(["12345", "12315", tel], "telephone numbers")], "phone numbers"


@style("neg_codes_and_standards", "totals", "neg", "credit codes, postcodes, standard numbers GB 50016-2014, project codes")
def n_codes(rng, label):
    std = rng.choice(["GB 50016-2014", "GB/T 33000-2016", "GB 3096-2008", "HJ 1237-2021", "DB43/T 1553-2018"])
    post = str(rng.randint(410000, 559999))
    code = "%d-%d-%02d-%02d-%06d" % (rng.choice([2022, 2023]), rng.randint(430000, 439999), rng.randint(1, 99), rng.randint(1, 99), rng.randint(1, 999999))
    t = "项目(代码%s)严格按照《%s》相关要求建设,建设地址邮编%s。" % (code, std, post)
    return t, [NONE([code, std, post], "codes and a standard number")], "codes"


@style("neg_ranges", "totals", "neg", "ranges 3-5年, 2至3次, 10～15人, 5000—8000元 (not differences)")
def n_ranges(rng, label):
    a = rng.randint(2, 5); b = a + rng.randint(1, 3)
    c = rng.randint(5, 15); d = c + rng.randint(3, 10)
    e = rng.randint(2, 6) * 1000; f = e + rng.randint(1, 5) * 1000
    t = "用%d-%d年时间,每个村培育%d～%d名致富带头人,带动务工人员月均增收%d—%d元。" % (a, b, c, d, e, f)
    return t, [NONE(["%d-%d年" % (a, b), "%d～%d" % (c, d), "%d—%d" % (e, f)], "ranges")], "ranges"


@style("neg_plan_target_vs_actual", "totals", "neg", "annual plan, target and actual figures side by side, no sum claimed")
def n_plan(rng, label):
    plan = rng.randint(50, 400); tgt = rng.randint(10, plan); act = tgt + rng.randint(-5, 30)
    t = "项目总投资%d亿元,年度计划投资%d亿元,实际完成投资%d亿元。" % (plan, tgt, act)
    return t, [NONE([str(plan) + "亿", str(tgt) + "亿", str(act) + "亿"], "total, annual plan and actual are not a sum")], "plan vs actual"


@style("neg_overlapping_groups", "totals", "neg", "党员/女性/35岁以下 of the same staff: overlapping groups whose sum exceeds the whole")
def n_overlap(rng, label):
    W = rng.randint(40, 900)
    parts = [rng.randint(W // 3, W - 1) for _ in range(3)]
    while sum(parts) <= W:
        parts[0] = min(W, parts[0] + W // 4)
    t = "全局现有干部职工%d人,其中中共党员%d人,女性%d人,35岁以下%d人。" % (W, parts[0], parts[1], parts[2])
    return t, [{"rel": "overlap", "whole": str(W), "parts": [str(p) for p in parts]}], "overlapping groups, sum exceeds whole"


@style("neg_plus_x_and_tech_tokens", "totals", "neg", "1+X证书, 7+X, x86, 5G, 4A级, 3+2 that look like sums")
def n_plusx(rng, label):
    a = rng.randint(100, 900)
    tok = rng.sample(["1+X证书", "“7+X”服务", "x86架构", "5G基站", "国家4A级旅游景区", "“3+2”分段培养", "“1+N”政策体系"], 3)
    t = "%s、%s、%s等工作扎实推进,全年培训%d人次。" % tuple(tok + [a])
    return t, [NONE(tok, "names containing numbers")], "names with digits"


@style("neg_qizhong_partial_smaller", "totals", "neg", "其中 lists only some parts, their sum is below the whole")
def n_qizhong(rng, label):
    W = rng.randint(300, 9000)
    parts = [rng.randint(W // 10, W // 4) for _ in range(rng.randint(2, 3))]
    lst = "、".join("%s%d家" % (n, p) for n, p in zip(["餐饮服务单位", "食品销售单位", "学校食堂"], parts))
    t = "全年检查食品生产经营单位%d家次,其中%s。" % (W, lst)
    return t, [SE(str(W), [str(p) for p in parts], "partial")], "partial list under 其中"


@style("neg_bracket_qizhong_partial", "totals", "neg", "bracketed (其中女性…) sub-group after a total: partial, not a breakdown")
def n_brkqz(rng, label):
    W = rng.randint(300, 9000)
    a = rng.randint(W // 5, W * 2 // 3)
    grp = rng.choice(["女性", "脱贫劳动力", "返乡农民工", "残疾人"])
    t = "全年开展职业技能培训%d人次(其中%s%d人次),取证率稳步提高。" % (W, grp, a)
    return t, [SE(str(W), [str(a)], "partial")], "bracketed 其中 sub-group"


@style("neg_cumulative_vs_annual", "totals", "neg", "累计 stock with 其中 this year's additions (annual part of a cumulative total)")
def n_cumul(rng, label):
    W = rng.randint(200, 3000)
    a = rng.randint(10, W // 5); b = rng.randint(5, W // 6)
    t = "截至年底,全县累计建成5G基站%d个,其中今年新建%d个、共享改造%d个。" % (W, a, b)
    return t, [SE(str(W), [str(a), str(b)], "partial")], "annual additions within a cumulative total"


@style("neg_approx_yu_total", "totals", "neg", "余/多 approximate total that is compatible with its exact parts")
def n_yu(rng, label):
    s = rng.randint(2, 9)
    tot = rng.randint(s * 10000 + 100, int(s * 12000))
    parts = split_total(rng, tot, 3, 10)
    q = rng.choice(["余", "多"])
    t = "通过发放宣传折页%d份、一封信%d份、明白卡%d份,累计发放宣传资料%d万%s份。" % (parts[0], parts[1], parts[2], s, q)
    return t, [{"rel": "approx", "qual": q, "stated": "%d万" % s, "parts": [str(p) for p in parts]}], "approximate total"


@style("neg_approx_yue_total", "totals", "neg", "约 approximate total stated before exact parts")
def n_yue(rng, label):
    parts = [rng.randint(2000, 20000) for _ in range(3)]
    tot = sum(parts)
    s = rdec(F(tot, 10000), 1)
    t = "全年约%s万人次参与全民健身活动,其中马拉松赛事%d人次、广场舞展演%d人次、社区运动会%d人次。" % (s, parts[0], parts[1], parts[2])
    return t, [{"rel": "approx", "qual": "约", "stated": s + "万", "parts": [str(p) for p in parts]}], "约 with exact parts"


@style("neg_deng_open_list_people", "totals", "neg", "张某、李某等N人: an open list shorter than N")
def n_deng_people(rng, label):
    n = rng.randint(4, 12)
    k = rng.randint(2, 3)
    names = ["%s某" % c for c in rng.sample(SURNAMES, k)]
    t = "依法查处%s等%s人非法采砂案件,没收违法所得%d万元。" % ("、".join(names), rng.choice([str(n), cn_int(n)]), rng.randint(2, 90))
    st = re.search(r"等(\S+?)人", t).group(1)
    return t, [{"rel": "count", "stated": st, "items": names, "mode": "deng"}], "open list with 等"


@style("neg_deng_open_list_projects", "totals", "neg", "道路、供水、污水处理等12个项目: open list of kinds, not of items")
def n_deng_proj(rng, label):
    n = rng.randint(6, 40)
    kinds = rng.sample(["道路硬化", "安全饮水", "污水处理", "村级活动场所", "产业路", "冷链仓储"], rng.randint(2, 4))
    t = "全年实施%s等%d个基础设施项目,完成投资%s亿元。" % ("、".join(kinds), n, D(rng.randint(100, 900), 2))
    return t, [{"rel": "count", "stated": str(n), "items": kinds, "mode": "deng"}], "open list with 等"


@style("neg_rankings", "totals", "neg", "rankings 第3位, 前10名, 全国百强 that are not counts")
def n_rank(rng, label):
    a = rng.randint(1, 20); b = rng.randint(1, 10)
    t = "全县营商环境评价位列全省第%d位,县域经济综合实力跻身全国百强县第%d名,连续%d年进入全市前%d名。" % (a, rng.randint(30, 100), b, rng.randint(3, 10))
    return t, [NONE(["第%d位" % a], "rankings")], "rankings"


@style("neg_scores_and_indices", "totals", "neg", "scores 95.5分 and indices 87.3 next to counts")
def n_scores(rng, label):
    s1 = D(rng.randint(800, 999), 1); s2 = D(rng.randint(700, 950), 1)
    t = "在全市综合考评中得分%s分,群众安全感指数%s,参评单位%d个。" % (s1, s2, rng.randint(10, 40))
    return t, [NONE([s1 + "分", s2], "scores and indices")], "scores"


@style("neg_weather_temperatures", "totals", "neg", "temperatures, rainfall and altitudes (−3℃至12℃, 856.3毫米)")
def n_temp(rng, label):
    lo, hi = rng.randint(-10, 5), rng.randint(10, 39)
    rain = D(rng.randint(5000, 18000), 1)
    t = "全年平均气温%s℃,极端最低气温%d℃,最高气温%d℃,年降水量%s毫米,较常年偏多%d成。" % (
        D(rng.randint(100, 220), 1), lo, hi, rain, rng.randint(1, 3))
    return t, [NONE(["%d℃" % hi, rain], "weather figures")], "weather"


@style("neg_addresses", "totals", "neg", "street numbers, building and room numbers")
def n_addr(rng, label):
    a, b, c = rng.randint(1, 300), rng.randint(1, 20), rng.randint(101, 1508)
    t = "便民服务中心位于人民路%d号%d栋%d室,设窗口%d个。" % (a, b, c, rng.randint(5, 30))
    return t, [NONE(["%d号" % a, "%d栋" % b, "%d室" % c], "address numbers")], "address"


@style("neg_law_articles", "totals", "neg", "article and clause numbers 第三十二条第二款")
def n_law(rng, label):
    a, b = rng.randint(10, 90), rng.randint(1, 4)
    law = rng.choice(["《中华人民共和国安全生产法》", "《中华人民共和国食品安全法》", "《消防法》", "《大气污染防治法》"])
    t = "依据%s第%s条第%s款规定,对%d家单位作出行政处罚。" % (law, cn_int(a), cn_int(b), rng.randint(2, 40))
    return t, [NONE(["第%s条" % cn_int(a)], "article numbers")], "law article"


@style("neg_slogan_numerals", "totals", "neg", "numbered slogans 两不愁三保障, 六稳六保, 十四五, 三个一批")
def n_slogan(rng, label):
    toks = rng.sample(["“两不愁三保障”", "“六稳”“六保”", "“十四五”", "“三个一批”", "“四下基层”", "“五个振兴”", "“三重一大”"], 3)
    t = "坚持%s、%s,落实%s要求,走访群众%d户。" % (toks[0], toks[1], toks[2], rng.randint(100, 3000))
    return t, [NONE(toks, "numbered slogans")], "slogans"


@style("neg_version_and_model_numbers", "totals", "neg", "version numbers V2.0, IPv6, 3.0版, model numbers")
def n_version(rng, label):
    toks = rng.sample(["V2.0", "IPv6", "3.0版", "Windows 10", "1.5T核磁共振", "64排CT"], 3)
    t = "完成政务平台%s升级,新增%s、%s等设备系统,培训操作人员%d名。" % (toks[0], toks[1], toks[2], rng.randint(5, 80))
    return t, [NONE(toks, "version and model numbers")], "versions"


@style("neg_overlap_table_columns", "totals", "neg", "table with 人数 and 其中党员 / 其中女性 columns: overlap, not parts")
def n_overlap_tab(rng, label):
    rows = ["单位\t人数\t其中:党员\t其中:女性"]
    ch = []
    for n in rng.sample(["办公室", "规划股", "执法大队", "服务中心", "财务股"], 3):
        W = rng.randint(8, 60)
        a, b = rng.randint(W // 3, W), rng.randint(W // 3, W)
        if a + b <= W:
            a = W
        rows.append("%s\t%d\t%d\t%d" % (n, W, a, b))
        ch.append({"rel": "overlap", "whole": str(W), "parts": [str(a), str(b)]})
    return "\n".join(rows), ch, "overlap columns"


@style("neg_hardship_overlap", "totals", "neg", "困难群众 with 低保/残疾/高龄 sub-groups that overlap (有交叉)")
def n_hard(rng, label):
    W = rng.randint(500, 5000)
    parts = [rng.randint(W // 3, W * 9 // 10) for _ in range(3)]
    t = "全镇纳入动态监测的困难群众%d人,其中低保对象%d人、残疾人%d人、70岁以上老人%d人(部分人员身份有交叉)。" % (W, parts[0], parts[1], parts[2])
    return t, [{"rel": "overlap", "whole": str(W), "parts": [str(p) for p in parts]}], "overlapping sub-groups"


@style("neg_approx_jin_total", "totals", "neg", "近 approximate total just above the exact parts (近3000万元)")
def n_jin(rng, label):
    s = rng.randint(10, 90) * 100
    tot = rng.randint(s * 9 // 10 + 1, s - 1)
    parts = split_total(rng, tot, 3)
    t = "争取上级资金近%d万元,其中中央资金%d万元、省级资金%d万元、市级资金%d万元。" % (s, parts[0], parts[1], parts[2])
    return t, [{"rel": "approx", "qual": "近", "stated": "%d万" % s, "parts": ["%d万" % p for p in parts]}], "近 total"


@style("neg_year_series", "totals", "neg", "a year series 分别为 a、b、c、d (values of different years, not parts)")
def n_series(rng, label):
    vals = [rng.randint(100, 999) for _ in range(4)]
    y = Y(rng)
    t = "%d—%d年,全县新增城镇就业分别为%d人、%d人、%d人、%d人。" % (y - 3, y, vals[0], vals[1], vals[2], vals[3])
    return t, [NONE([str(v) for v in vals], "a time series, not parts of a whole")], "series"


@style("neg_averages_and_ages", "totals", "neg", "平均年龄, 平均工龄, 人均面积 without their totals")
def n_avg(rng, label):
    a = D(rng.randint(300, 550), 1); b = D(rng.randint(50, 250), 1)
    t = "班子成员平均年龄%s岁,平均从业年限%s年,共%d人。" % (a, b, rng.randint(5, 11))
    return t, [NONE([a, b], "averages without totals")], "averages"


@style("neg_zhuyaoyou_partial", "totals", "neg", "主要有 / 包括 partial list of the biggest categories only")
def n_zhuyao(rng, label):
    W = rng.randint(2000, 90000)
    parts = [rng.randint(W // 8, W // 4) for _ in range(3)]
    t = "全年共受理群众来信来访%s件次,反映的问题主要有:征地拆迁%d件次、劳资纠纷%d件次、物业管理%d件次。" % (fint(rng, W), parts[0], parts[1], parts[2])
    Ws = re.search(r"来访([\d,]+)件次", t).group(1)
    return t, [SE(Ws, [str(p) for p in parts], "partial")], "主要有 partial list"


@style("neg_table_qizhong_rows", "totals", "neg", "tab table with a 合计 row and indented 其中 rows that cover only part of it")
def n_tab_qz(rng, label):
    W = rng.randint(2000, 90000)
    a, b = rng.randint(W // 8, W // 3), rng.randint(W // 10, W // 3)
    rows = ["指标\t数量(人)", "年末从业人员合计\t%d" % W, "  其中:女性\t%d" % a, "        专业技术人员\t%d" % b]
    return "\n".join(rows), [SE(str(W), [str(a), str(b)], "partial")], "partial 其中 rows in a table"


@style("neg_approx_duo_total", "totals", "neg", "1万多人次 approximate total of exact parts")
def n_duo(rng, label):
    s = rng.randint(1, 5)
    tot = rng.randint(s * 10000 + 200, s * 12500)
    parts = split_total(rng, tot, 2)
    t = "其中线上参与%d人次、线下参与%d人次,受益群众%d万多人次。" % (parts[0], parts[1], s)
    return t, [{"rel": "approx", "qual": "多", "stated": "%d万" % s, "parts": [str(p) for p in parts]}], "多 total"


# ---------------------------------------------------------------------------
# STYLES: hard negatives, family pct
# ---------------------------------------------------------------------------
@style("neg_real_growth_in_band", "pct", "neg", "按可比价格 real growth below the nominal growth of the amounts (inside the price band)")
def n_real(rng, label):
    a = rng.randint(5000, 90000)
    b = a + a * rng.randint(2, 12) // 100
    real = (F(b, a) - 1) * 100 - rng.randint(0, 40) / F(10)
    rsg, word = (1, "增长") if real >= 0 else (-1, "下降")
    rs = rdec(abs(real), 1) + "%"
    t = "全年实现地区生产总值%s亿元(上年%s亿元),按可比价格计算,比上年%s%s。" % (D(b, 2), D(a, 2), word, rs)
    return t, [GR(rs, rsg, D(a, 2) + "亿", D(b, 2) + "亿", "real_growth")], "real growth inside the band"


@style("neg_approx_rate_yishang", "pct", "neg", "rate stated as 达到x%以上 / 超过x% with exact counts above it")
def n_rate_above(rng, label):
    s = rng.choice([80, 85, 90, 95])
    den = rng.randint(200, 3000)
    num = rng.randint(den * (s + 1) // 100, den)
    q = rng.choice(["以上", "超过"])
    if q == "以上":
        t = "全区%d家规上企业中,%d家完成数字化改造诊断,诊断覆盖率达%d%%以上。" % (den, num, s)
    else:
        t = "全区%d家规上企业中,%d家完成数字化改造诊断,诊断覆盖率超过%d%%。" % (den, num, s)
    return t, [{"rel": "approx", "qual": q, "stated": "%d%%" % s, "num": str(num), "den": str(den)}], "lower bound rate"


@style("neg_approx_rate_jin", "pct", "neg", "rate stated as 近x% with the exact rate slightly below")
def n_rate_near(rng, label):
    s = rng.choice([90, 95, 100])
    den = rng.randint(200, 3000)
    num = rng.randint(den * (s - 6) // 100 + 1, min(den, den * s // 100))
    t = "今年共排查农村自建房%d栋,已完成安全鉴定%d栋,鉴定率近%d%%。" % (den, num, s)
    return t, [{"rel": "approx", "qual": "近", "stated": "%d%%" % s, "num": str(num), "den": str(den)}], "近 rate"


@style("neg_sum100_partial_shares", "pct", "neg", "shares of only some categories, adding to less than 100%")
def n_sum100p(rng, label):
    a = rng.randint(100, 300); b = rng.randint(100, 300); c = rng.randint(50, 250)
    ss = [D(a, 1) + "%", D(b, 1) + "%", D(c, 1) + "%"]
    t = "从投诉类型看,商品质量类占%s,售后服务类占%s,合同纠纷类占%s,是投诉的主要类别。" % tuple(ss)
    return t, [{"rel": "sum100", "parts": ss, "mode": "partial"}], "partial shares"


@style("neg_target_thresholds", "pct", "neg", "targets and thresholds (增长目标7%, 不低于95%, 控制在3%以内)")
def n_target(rng, label):
    a, b, c = rng.randint(5, 9), rng.randint(90, 98), rng.randint(2, 5)
    t = "年初确定地区生产总值增长%d%%左右的预期目标,要求重点项目开工率不低于%d%%,城镇调查失业率控制在%d.5%%以内。" % (a, b, c)
    return t, [NONE(["%d%%" % a, "%d%%" % b, "%d.5%%" % c], "targets and thresholds")], "targets"


@style("neg_pp_without_rates", "pct", "neg", "提高 d 个百分点 without the two rates (nothing to check)")
def n_pp_nobase(rng, label):
    d = D(rng.randint(3, 60), 1); g = D(rng.randint(20, 150), 1)
    t = "居民人均可支配收入增长%s%%,增速高于全省平均水平%s个百分点。" % (g, d)
    return t, [NONE([g + "%", d + "个百分点"], "growth and points without their data")], "pp without base"


@style("neg_rates_of_different_bases", "pct", "neg", "list of rates of different populations (入学率100%、巩固率99.2%、毛入学率95.3%) that do not add up")
def n_diffbase(rng, label):
    r = [D(rng.randint(950, 1000), 1) + "%", D(rng.randint(900, 999), 1) + "%", D(rng.randint(850, 990), 1) + "%"]
    t = "学前教育毛入园率%s、九年义务教育巩固率%s、高中阶段毛入学率%s。" % tuple(r)
    return t, [NONE(r, "rates of different bases")], "rates of different bases"


@style("neg_overlapping_shares", "pct", "neg", "shares of overlapping groups (党员占42%,女性占55%) summing above 100%")
def n_ovshare(rng, label):
    r = [D(rng.randint(350, 700), 1) + "%" for _ in range(3)]
    t = "在全部村“两委”成员中,党员占%s,女性占%s,大专以上学历占%s。" % tuple(r)
    return t, [NONE(r, "overlapping groups, shares need not add to 100")], "overlapping shares"


@style("neg_interest_and_policy_rates", "pct", "neg", "interest, subsidy and down-payment rates (利率3.85%, 贴息50%)")
def n_interest(rng, label):
    r = ["%s%%" % D(rng.randint(300, 480), 2), "%d%%" % rng.choice([30, 50, 60]), "%d%%" % rng.choice([15, 20, 30])]
    t = "为小微企业提供年利率%s的贷款,按%s比例给予贴息,首付比例降至%s。" % tuple(r)
    return t, [NONE(r, "policy rates")], "policy rates"


@style("neg_pct_ranges", "pct", "neg", "percentage ranges (降低10%-15%, 5%～8%)")
def n_pctrange(rng, label):
    a = rng.randint(5, 15); b = a + rng.randint(2, 10)
    c = rng.randint(2, 6); d = c + rng.randint(1, 4)
    t = "力争能耗强度降低%d%%-%d%%,研发投入年均增长%d%%～%d%%。" % (a, b, c, d)
    return t, [NONE(["%d%%-%d%%" % (a, b), "%d%%～%d%%" % (c, d)], "ranges")], "pct ranges"


@style("neg_hundred_pct_rhetoric", "pct", "neg", "rhetorical 100% (三个100%, 100%全覆盖) without counts")
def n_hundred(rng, label):
    t = "实现“三个100%%”目标,即%s,做到100%%全覆盖。" % "、".join(rng.sample(["矛盾纠纷排查率100%", "重点人员管控率100%", "问题整改率100%", "宣传入户率100%"], 3))
    return t, [NONE(["100%"], "rhetorical 100%")], "rhetoric"


@style("neg_bei_approx_duo", "pct", "neg", "是上年的2倍多 approximate multiple with exact figures")
def n_bei(rng, label):
    s = rng.randint(2, 4)
    a = rng.randint(100, 3000)
    b = rng.randint(a * s + 1, a * s * 12 // 10)
    t = "全年新增市场主体%d户,是上年(%d户)的%d倍多。" % (b, a, s)
    return t, [{"rel": "approx", "qual": "多", "stated": "%d倍" % s, "num": str(b), "den": str(a)}], "倍多"


@style("neg_share_approx_yue", "pct", "neg", "约占x% approximate share with exact figures")
def n_shareyue(rng, label):
    s = rng.randint(2, 8) * 10
    W = rng.randint(200, 9000)
    a = int(W * s / 100 * rng.uniform(0.95, 1.05))
    t = "全县%d家企业中,民营企业%d家,约占%d%%。" % (W, a, s)
    return t, [{"rel": "approx", "qual": "约", "stated": "%d%%" % s, "num": str(a), "den": str(W)}], "约 share"


@style("neg_forecast_growth", "pct", "neg", "forecasts 预计增长6%左右, expected figures without data")
def n_forecast(rng, label):
    a = rng.randint(4, 9); b = D(rng.randint(20, 150), 1)
    t = "预计全年地区生产总值增长%d%%左右,一般公共预算收入增长%s%%。" % (a, b)
    return t, [NONE(["%d%%" % a, b + "%"], "forecasts")], "forecast"


@style("neg_permille_without_base", "pct", "neg", "自然增长率2.1‰, 千分之三 stated without counts")
def n_pml(rng, label):
    a = D(rng.randint(-30, 60) if False else rng.randint(1, 60), 2)
    t = "人口自然增长率为%s‰,政策外多孩率控制在千分之%s以内。" % (a, cn_int(rng.randint(2, 9)))
    return t, [NONE([a + "‰"], "rates without counts")], "permille"


@style("neg_average_annual_growth", "pct", "neg", "年均增长 over several years (compound, not a one-year growth)")
def n_annual(rng, label):
    a = rng.randint(1000, 5000); n = rng.randint(3, 5)
    g = rng.randint(40, 120) / 1000
    b = int(a * (1 + g) ** n)
    gs = rdec(F(g) * 100, 1) + "%"
    t = "城乡居民储蓄存款余额由%d年的%s亿元增加到%d年的%s亿元,年均增长%s。" % (2022 - n, D(a, 1), 2022, D(b, 1), gs)
    return t, [NONE([gs], "average annual growth over several years")], "年均增长"


@style("neg_product_percent_names", "pct", "neg", "percent in names (75%酒精, N95口罩, PM2.5, 84消毒液)")
def n_prodpct(rng, label):
    toks = rng.sample(["75%酒精", "N95口罩", "PM2.5", "84消毒液", "0.9%氯化钠注射液"], 3)
    t = "储备%s、%s和%s等防疫物资%d批次。" % (toks[0], toks[1], toks[2], rng.randint(5, 60))
    return t, [NONE(toks, "product names with numbers")], "product names"


@style("neg_growth_without_base", "pct", "neg", "同比增长 x% where the base is not given")
def n_growth_nb(rng, label):
    v = D(rng.randint(1000, 90000), 2); g = D(rng.randint(5, 300), 1)
    t = "全年完成社会消费品零售总额%s亿元,同比增长%s%%。" % (v, g)
    return t, [NONE([v + "亿", g + "%"], "growth without base")], "growth without base"


@style("neg_shares_of_different_wholes", "pct", "neg", "shares of different wholes in one sentence (占全省12.3%, 占全市45.6%)")
def n_diffwhole(rng, label):
    r = [D(rng.randint(50, 300), 1) + "%", D(rng.randint(300, 800), 1) + "%", D(rng.randint(200, 700), 1) + "%"]
    t = "全县粮食产量占全省的%s,占全市的%s;油料产量占全市的%s。" % tuple(r)
    return t, [NONE(r, "shares of different wholes")], "different wholes"


@style("neg_growth_over_100_approx_bei", "pct", "neg", "增长超过1倍 / 翻了一番多 with exact figures")
def n_over1bei(rng, label):
    a = rng.randint(100, 5000)
    b = rng.randint(a * 2 + 1, a * 26 // 10)
    t = "跨境电商交易额由%d万元增加到%d万元,是上年的2倍多,增长超过1倍。" % (a, b)
    return t, [{"rel": "approx", "qual": "多", "stated": "2倍", "num": "%d万" % b, "den": "%d万" % a}], "超过1倍"


# ---------------------------------------------------------------------------
# DRIVER
# ---------------------------------------------------------------------------
def all_substrings_ok(text, checks):
    def strs(op):
        if isinstance(op, str):
            return [op]
        if isinstance(op, list):
            return [x for y in op for x in strs(y)]
        if isinstance(op, dict):
            return strs(op.get("sum", [])) + strs(op.get("sub", []))
        return []
    for c in checks:
        for k in ("whole", "parts", "stated", "num", "den", "base", "cur", "from", "to", "result", "token", "tokens", "items"):
            if k in c:
                for s in strs(c[k]):
                    if s not in text:
                        return False
        for t in c.get("terms", []):
            if t[1] not in text:
                return False
    return True


def generate(seed):
    out = {"totals": [], "pct": []}
    seen = set()
    for name, st in STYLES.items():
        fam = st["family"]
        for label in labels_of(st["kind"]):
            rng = random.Random(zlib.crc32(("%d|%s|%s|%s" % (seed, fam, name, label)).encode("utf-8")))
            got, tries = 0, 0
            while got < GROUP:
                tries += 1
                if tries > 5000:
                    raise SystemExit("style %s/%s: only %d records after %d tries" % (name, label, got, tries))
                try:
                    text, checks, gnote = st["fn"](rng, label)
                except (ValueError, IndexError, ZeroDivisionError):
                    continue
                if text in seen or not all_substrings_ok(text, checks):
                    continue
                lab, vnotes = eval_record(text, checks)
                if lab != label:
                    continue
                seen.add(text)
                got += 1
                out[fam].append({"family": fam, "style": name, "label": label, "text": text,
                                 "note": gnote + " | " + "; ".join(vnotes), "checks": checks})
    recs = []
    for fam in ("totals", "pct"):
        for i, r in enumerate(out[fam]):
            rec = OrderedDict()
            rec["id"] = "n11-%s-%06d" % (fam, i + 1)
            for k in ("family", "style", "label", "text", "note", "checks"):
                rec[k] = r[k]
            recs.append(rec)
    return recs


def verify(path):
    bad = 0
    ids, texts = set(), set()
    groups = Counter()
    n = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            r = json.loads(line)
            problems = []
            if r["id"] in ids:
                problems.append("duplicate id")
            ids.add(r["id"])
            if not re.fullmatch(r"n11-(totals|pct)-\d{6}", r["id"]) or r["id"].split("-")[1] != r["family"]:
                problems.append("bad id/family")
            if r["text"] in texts:
                problems.append("duplicate text")
            texts.add(r["text"])
            if r["label"] not in ("consistent", "inconsistent", "negative"):
                problems.append("bad label")
            if r["style"].startswith("malformed") and (r["family"] != "pct" or r["label"] != "inconsistent"):
                problems.append("malformed style must be pct/inconsistent")
            lab, notes = eval_record(r["text"], r["checks"])
            if lab != r["label"]:
                problems.append("label %s, recomputed %s (%s)" % (r["label"], lab, "; ".join(notes)))
            groups[(r["style"], r["label"])] += 1
            if problems:
                bad += 1
                if bad <= 20:
                    print("line %d %s: %s" % (ln, r.get("id"), "; ".join(problems)))
    sizes = set(groups.values())
    if len(sizes) > 1:
        print("unequal group sizes: %s" % sorted(sizes))
        bad += 1
    print("%s: %d records, %d groups, %d problems" % (path, n, len(groups), bad))
    return 0 if bad == 0 else 1


def style_table(path):
    cnt = OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            cnt.setdefault((r["family"], r["style"]), Counter())[r["label"]] += 1
    print("| family | style | kind | consistent | inconsistent | negative | description |")
    print("|---|---|---|---:|---:|---:|---|")
    for (fam, name), c in cnt.items():
        st = STYLES.get(name, {})
        print("| %s | `%s` | %s | %d | %d | %d | %s |" % (fam, name, st.get("kind", "?"), c["consistent"],
                                                      c["inconsistent"], c["negative"], st.get("desc", "")))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        return style_table(a.style_table)
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required to generate")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["family"], r["label"]) for r in recs)
    print("wrote %d records to %s: %s" % (len(recs), a.out, dict(sorted(c.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
