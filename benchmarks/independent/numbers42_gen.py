#!/usr/bin/env python3
"""numbers42_gen.py - held-out set 42: Chinese report statements with totals and percentages.

Generate:  python3 numbers42_gen.py --seed 11 --out numbers42_seed11.jsonl
Verify:    python3 numbers42_gen.py --verify numbers42_seed11.jsonl [more files]

Standard library only.  Every style draws from its own random.Random seeded with the
string "<seed>:<style>", so output does not depend on PYTHONHASHSEED.

The generator keeps numbers as "slots" (value + format).  Checks refer to slots and are
rendered with the exact strings that appear in the text.  An inconsistent record is a
consistent one in which ONE slot that takes part in exactly ONE relation is changed (or
one percentage literal is made malformed).  The --verify part below the generator has
its own number parser and never uses the generator's values or formatters.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 60

# ----------------------------------------------------------------------------------
# names (invented from syllables, no numeral characters)
# ----------------------------------------------------------------------------------
SYL = list("东西南北青清永安长平兴宁新丰白云石桥华阳河林泉山湖溪庆和福嘉松柳桂梅金玉凤龙鹤岭川城江沙塘田浦源峰岩盛昌泰康瑞")
PLACE_SUF = ["区", "县", "镇", "街道", "乡"]
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙")
GIVEN = list("秀英华玉兰桂芳丽敏静燕红霞明军强伟杰涛斌鹏辉刚勇超磊洋艳娟婷雪琳晨曦宇航嘉欣悦")
FIRM_MID = ["恒达", "汇通", "瑞丰", "宏远", "启明", "安泰", "正源", "嘉和", "博雅", "锦程", "同创", "鼎盛", "康宁", "华信"]
FIRM_TAIL = ["科技有限公司", "食品有限公司", "物业服务有限公司", "电子有限公司", "建材有限公司", "纺织有限公司", "农业发展有限公司", "物流有限公司"]


def place(rng, suf=None):
    return rng.choice(SYL) + rng.choice(SYL) + (suf or rng.choice(PLACE_SUF))


def places(rng, k, suf=None):
    out = []
    while len(out) < k:
        p = place(rng, suf)
        if p not in out and p[0] != p[1]:
            out.append(p)
    return out


def person(rng):
    return rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def firms(rng, k):
    out = []
    while len(out) < k:
        f = rng.choice(SYL) + rng.choice(SYL) + rng.choice(FIRM_MID) + rng.choice(FIRM_TAIL)
        if f not in out:
            out.append(f)
    return out


# ----------------------------------------------------------------------------------
# generator-side formatting
# ----------------------------------------------------------------------------------
FWD = str.maketrans("0123456789.", "０１２３４５６７８９．")
CND = "零一二三四五六七八九"


def cn4(n):
    units = ["千", "百", "十", ""]
    out, zero = "", False
    for i, ch in enumerate("%04d" % n):
        d = int(ch)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += CND[d] + units[i]
    return out


def cn_int(n):
    assert 0 < n < 10 ** 8
    if n < 10000:
        s = cn4(n)
    else:
        hi, lo = divmod(n, 10000)
        s = cn4(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn4(lo)
    if s.startswith("一十"):
        s = s[1:]
    if s.startswith("二千") or s.startswith("二万"):
        s = "两" + s[1:]
    return s


def group3(intpart, sep):
    s = str(intpart)
    if not sep or len(s) <= 4:
        return s
    parts = []
    while s:
        parts.insert(0, s[-3:])
        s = s[:-3]
    return sep.join(parts)


def dec_str(v, dp, sep=""):
    q = Fraction(v) * 10 ** dp
    assert q.denominator == 1, (v, dp)
    q = int(q)
    neg = q < 0
    q = abs(q)
    ip, fp = divmod(q, 10 ** dp)
    s = group3(ip, sep)
    if dp:
        s += "." + str(fp).rjust(dp, "0")
    return ("-" if neg else "") + s


def render(value, f):
    k = f[0]
    if k == "int":
        return dec_str(value, 0, f[1])
    if k == "fw":
        return dec_str(value, f[1] if len(f) > 1 else 0).translate(FWD)
    if k == "cn":
        return cn_int(int(value))
    if k == "dec":
        return dec_str(value, f[1], f[2] if len(f) > 2 else "")
    if k == "wan":          # value kept in 10^4 units, shown as "x万"
        return dec_str(value, f[1], f[2] if len(f) > 2 else "") + "万"
    if k == "yi":           # value kept in 10^4 units, shown as "x亿"
        return dec_str(Fraction(value) / 10000, f[1]) + "亿"
    if k == "pct":
        s = dec_str(value, f[1])
        if len(f) > 2 and f[2] == "fw":
            return s.translate(FWD) + "％"
        if len(f) > 2 and f[2] == "fwsign":
            return s + "％"
        return s + "%"
    if k == "permille":
        return dec_str(value, f[1]) + "‰"
    if k == "mal":
        s = dec_str(value, f[1])
        kind = f[2]
        if kind == "space":
            return s + " %"
        if kind == "prefix":
            return "%" + s
        if kind == "double":
            return s + "%%"
        if kind == "dots":
            a, b = s.split(".")
            return a + ".." + b + "%"
        if kind == "xx":
            return "xx%"
        if kind == "xxx":
            return "xx.x%"
    raise ValueError(f)


def quantum(f):
    k = f[0]
    if k in ("int", "cn"):
        return Fraction(1)
    if k == "fw":
        return Fraction(1, 10 ** (f[1] if len(f) > 1 else 0))
    if k in ("dec", "wan", "pct", "permille", "mal"):
        return Fraction(1, 10 ** f[1])
    if k == "yi":
        return Fraction(10000, 10 ** f[1])
    raise ValueError(f)


def rhu(x, dp):
    """round half up on a Fraction (generator side)."""
    q = Fraction(x) * 10 ** dp
    fl = q.numerator // q.denominator
    return Fraction(fl + (1 if q - fl >= Fraction(1, 2) else 0), 10 ** dp)


def is_tie(x, dp):
    q = Fraction(x) * 10 ** dp
    return (q - (q.numerator // q.denominator)) == Fraction(1, 2)


class Retry(Exception):
    pass


# ----------------------------------------------------------------------------------
# record builder
# ----------------------------------------------------------------------------------
class Slot:
    def __init__(self, value, fmt, kind, lo=None, hi=None):
        self.value, self.fmt, self.kind, self.lo, self.hi = Fraction(value), fmt, kind, lo, hi


class B:
    def __init__(self, rng, tp, label):
        self.rng, self.tp, self.label = rng, tp, label
        self.slots, self.lines, self.checks = {}, [], []
        self.note = ""
        self.pre, self.post = [], []

    def n(self, value, fmt, kind="qty", lo=None, hi=None):
        key = "s%d" % len(self.slots)
        self.slots[key] = Slot(value, fmt, kind, lo, hi)
        return "⟦%s⟧" % key

    @staticmethod
    def key(ph):
        return ph.strip("⟦⟧")

    def chk(self, rel, **kw):
        d = {"rel": rel}
        d.update(kw)
        self.checks.append(d)

    # ---- inconsistent mutation ----
    def usage(self):
        cnt = {}

        def walk(o):
            if isinstance(o, str) and o.startswith("⟦"):
                cnt[self.key(o)] = cnt.get(self.key(o), 0) + 1
            elif isinstance(o, list):
                for x in o:
                    walk(x)
            elif isinstance(o, dict):
                for x in o.values():
                    walk(x)
        for c in self.checks:
            if c["rel"] != "neg":
                walk(c)
        return cnt

    def mutate(self, allow_malformed=False):
        rng = self.rng
        cnt = self.usage()
        cands = sorted(k for k, v in cnt.items() if v == 1 and self.slots[k].kind != "fixed")
        if not cands:
            raise Retry("nothing to mutate")
        pcts = [k for k in cands if self.slots[k].fmt[0] == "pct"]
        if allow_malformed and pcts and rng.random() < 0.3:
            k = rng.choice(pcts)
            s = self.slots[k]
            dp = s.fmt[1]
            kinds = ["space", "prefix", "double", "xx"] + (["dots", "dots", "xxx"] if dp > 0 else [])
            mk = rng.choice(kinds)
            s.fmt = ("mal", dp, mk)
            ph = "⟦%s⟧" % k
            for i, c in enumerate(self.checks):
                if ph in json.dumps(c, ensure_ascii=False):
                    self.checks[i] = {"rel": "malformed_pct", "literal": ph, "relation": c}
                    break
            self.note = "malformed percentage literal (%s)" % mk
            return
        k = rng.choice(cands)
        s = self.slots[k]
        q = quantum(s.fmt)
        old = s.value
        for _ in range(50):
            if s.kind in ("rate", "growth", "pp", "share"):
                minimum = max(2 * q, Fraction(3, 10))
                if s.kind == "share":
                    minimum = Fraction(3) if q >= 1 else Fraction(1)
                extra = rng.choice([0, 0, 1, 2, 3, 5, 8, 12]) * max(q, Fraction(1, 10))
                m = (minimum + extra) / q
                d = Fraction(-((-m.numerator) // m.denominator)) * q
                new = old + d if rng.random() < 0.5 else old - d
            elif s.kind == "count":
                new = old + rng.choice([-2, -1, 1, 1, 2, 3])
            elif s.kind == "per":
                d = q * rng.choice([2, 3, 5, 7, 10, 15, 25, 40])
                new = old + d if rng.random() < 0.5 else old - d
            else:
                m = int(old / q)
                pos = rng.choice(range(len(str(m))))
                if pos == len(str(m)) - 1 and len(str(m)) > 1 and rng.random() < 0.6:
                    pos -= 1
                d = rng.choice([1, 1, 2, 3, 4, 9]) * 10 ** pos * q
                new = old + d if rng.random() < 0.5 else old - d
            if new <= 0 or new == old:
                continue
            if s.lo is not None and new < s.lo:
                continue
            if s.hi is not None and new > s.hi:
                continue
            if s.fmt[0] == "cn" and new >= 10 ** 8:
                continue
            s.value = new
            self.note = "changed %s from %s to %s" % (s.kind, render(old, s.fmt), render(new, s.fmt))
            return
        raise Retry("mutation failed")

    # ---- output ----
    def build(self):
        strs = {k: render(s.value, s.fmt) for k, s in self.slots.items()}

        def sub(o):
            if isinstance(o, str):
                return re.sub("⟦(s\\d+)⟧", lambda m: strs[m.group(1)], o)
            if isinstance(o, list):
                return [sub(x) for x in o]
            if isinstance(o, dict):
                return {k: sub(v) for k, v in o.items()}
            return o
        lines = [sub(x) for x in self.pre + self.lines + self.post]
        return "\n".join(lines), sub(self.checks)


# ----------------------------------------------------------------------------------
# topics
# ----------------------------------------------------------------------------------
ORG = {
    "dpf": ["残疾人联合会", "残联"], "wf": ["妇女联合会", "妇联"], "rc": ["红十字会", "红十字会"],
    "civ": ["民政局", "殡葬管理所"], "cad": ["人民防空办公室", "人防办"], "arc": ["档案馆", "地方志办公室"],
}

T = {}


def topic(key, src, whole, unit, parts, rng_, dp=0, person=False, money=False, ov=None, placeparts=None):
    T[key] = dict(key=key, src=src, whole=whole, unit=unit, parts=parts, range=rng_, dp=dp,
                  person=person, money=money, ov=ov or [], placeparts=placeparts)


topic("disab_cert", "dpf", "持证残疾人", "人", ["视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"],
      (8000, 90000), person=True, ov=["女性", "60岁以上", "农村户籍", "重度残疾", "低保对象"])
topic("disab_job", "dpf", "新增残疾人就业", "人", ["按比例就业", "集中就业", "个体就业", "公益性岗位就业", "辅助性就业"],
      (300, 4000), person=True, ov=["女性", "农村残疾人", "高校毕业生", "首次就业"])
topic("disab_rehab", "dpf", "残疾人基本康复服务", "人次", ["视力康复", "听力言语康复", "肢体康复", "智力康复", "精神康复", "辅助器具适配"],
      (2000, 40000), person=True, ov=["残疾儿童", "重度残疾人", "上门服务", "社区康复站点服务"])
topic("women_rights", "wf", "受理妇女儿童维权信访", "件", ["婚姻家庭纠纷", "人身权益", "财产权益", "劳动和社会保障权益", "其他权益"],
      (200, 3000), ov=["涉及家庭暴力", "涉及未成年人", "来信", "网上信访"])
topic("jinguo_loan", "wf", "发放巾帼创业担保贷款", "万元", None, (2000, 60000), dp=2, money=True, placeparts="县")
topic("donation", "rc", "接收社会捐赠款物", "万元", ["捐赠资金", "物资折价"], (300, 30000), dp=2, money=True,
      ov=["定向捐赠", "企业捐赠", "网络募捐"])
topic("blood_people", "rc", "无偿献血", "人次", ["街头献血", "团体献血", "机采血小板捐献"], (5000, 60000), person=True,
      ov=["首次献血", "女性献血者", "18至25岁献血者"])
topic("blood_ml", "rc", "采集全血", "毫升", ["A型", "B型", "O型", "AB型"], (2000000, 20000000))
topic("stem_cell", "rc", "新增造血干细胞血样入库", "份", None, (200, 3000), placeparts="区")
topic("relief", "rc", "救助困难群众", "人次", ["大病救助", "应急救灾", "助学帮扶", "困难家庭慰问"], (500, 20000), person=True,
      ov=["老年人", "儿童", "因病致困家庭成员"])
topic("cremation", "civ", "火化遗体", "具", None, (1000, 20000), placeparts="区")
topic("eco_burial", "civ", "节地生态安葬", "例", ["树葬", "花坛葬", "海葬", "草坪葬", "壁葬"], (100, 3000),
      ov=["骨灰撒散", "集体安葬仪式", "免费安葬"])
topic("cemetery", "civ", "建成农村公益性公墓", "个", None, (12, 120), placeparts="镇")
topic("rf_area", "cad", "人防工程面积", "万平方米", ["结建人防工程", "单建人防工程", "早期人防工程", "地下疏散通道"], (20, 400), dp=2,
      ov=["已平战结合利用", "位于中心城区", "新建"])
topic("sirens", "cad", "防空警报器", "台", ["电声警报器", "电动警报器", "多媒体警报器"], (60, 900),
      ov=["新安装", "纳入远程控制", "位于学校周边"])
topic("evac_base", "cad", "人口疏散基地", "个", None, (6, 40), placeparts="县")
topic("archives", "arc", "馆藏档案", "卷", ["文书档案", "科技档案", "会计档案", "声像档案", "实物档案", "专业档案"], (50000, 800000),
      ov=["已数字化", "民国时期", "永久保管"])
topic("archive_visits", "arc", "接待查档利用", "人次", ["婚姻登记查询", "社保工龄核查", "不动产查询", "学籍查询", "工作查考"], (1000, 30000),
      person=True, ov=["网上预约", "跨馆出证", "老年人"])
topic("digitize", "arc", "完成档案数字化", "万页", ["文书档案", "婚姻档案", "土地档案", "基建档案"], (50, 900), dp=1,
      ov=["民生档案", "重点档案", "外包加工"])
topic("gazetteer", "arc", "出版地方志书", "部", ["综合年鉴", "专业志", "乡镇（街道）志", "村志", "专题志"], (8, 60),
      ov=["获省级奖项", "首次出版", "电子版同步上线"])

TOT_KEYS = list(T.keys())

# rate topics: den phrase, num phrase, den unit, num unit, rate name, den range, rate range
R = {}


def rtopic(key, src, den, num, du, nu, name, drange, rrange, fail=None):
    R[key] = dict(key=key, src=src, den=den, num=num, du=du, nu=nu, name=name, drange=drange, rrange=rrange, fail=fail)


rtopic("cremation_rate", "civ", "死亡人口", "火化遗体", "人", "具", "火化率", (3000, 40000), (70, 99.5))
rtopic("eco_rate", "civ", "全年安葬", "节地生态安葬", "例", "例", "节地生态安葬率", (800, 9000), (15, 70))
rtopic("rehab_cover", "dpf", "有康复需求的持证残疾人", "得到基本康复服务的", "人", "人", "康复服务覆盖率", (2000, 30000), (80, 99.5))
rtopic("job_rate", "dpf", "有就业能力和意愿的残疾人", "实现就业的", "人", "人", "残疾人就业率", (1000, 20000), (55, 95))
rtopic("rights_close", "wf", "受理维权案件", "办结", "件", "件", "办结率", (200, 3000), (88, 99.8))
rtopic("loan_repay", "wf", "到期巾帼创业贷款", "按期还款", "笔", "笔", "按期还款率", (300, 5000), (94, 99.8))
rtopic("siren_ok", "cad", "参加试鸣的警报器", "鸣响正常", "台", "台", "鸣响率", (80, 900), (92, 99.8), fail="未鸣响")
rtopic("digit_rate", "arc", "馆藏档案", "已完成数字化", "卷", "卷", "数字化率", (50000, 600000), (25, 90))
rtopic("archive_fast", "arc", "查档群众", "当场办结", "人次", "人次", "当场办结率", (1000, 30000), (80, 99.5))
rtopic("relief_cover", "rc", "提出救助申请的困难群众", "获得救助", "人", "人", "救助覆盖率", (500, 9000), (85, 99.8))
rtopic("rf_inspect", "cad", "检查人防工程", "检查合格", "处", "处", "合格率", (60, 800), (85, 99), fail="不合格")
rtopic("cemetery_inspect", "civ", "检查经营性公墓墓穴", "符合规定", "个", "个", "合规率", (400, 6000), (90, 99.5), fail="不符合规定")
rtopic("archive_check", "arc", "抽检数字化档案", "质量合格", "卷", "卷", "质检合格率", (500, 9000), (93, 99.8), fail="不合格")
rtopic("stem_match", "rc", "新入库造血干细胞血样", "完成HLA分型", "份", "份", "分型完成率", (200, 3000), (85, 99.8))

RKEYS = list(R.keys())


# ----------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------
def split(rng, total_units, k, minfrac=0.04):
    """split a positive integer into k positive integers, roughly uneven."""
    for _ in range(100):
        w = [rng.uniform(0.3, 3.0) for _ in range(k)]
        sw = sum(w)
        parts = [max(1, int(total_units * x / sw)) for x in w]
        parts[-1] = total_units - sum(parts[:-1])
        if all(p >= max(1, int(total_units * minfrac)) for p in parts):
            return parts
    raise Retry("split")


def pick_parts(b, k):
    tp, rng = b.tp, b.rng
    if tp["parts"]:
        k = min(k, len(tp["parts"]))
        idx = sorted(rng.sample(range(len(tp["parts"])), k))
        return [tp["parts"][i] for i in idx]
    return places(rng, k, tp["placeparts"])


def numfmt(b, var):
    """number format for an amount of the current topic."""
    tp = b.tp
    dp = tp["dp"]
    if dp:
        return ("dec", dp, "," if var == "sep" else "")
    if var == "sep":
        return ("int", b.rng.choice([",", "，", " "]))
    if var == "sepc":
        return ("int", ",")
    if var == "fw":
        return ("fw",)
    if var == "cn":
        return ("cn",)
    return ("int", "")


def draw_total(b, var, k):
    tp, rng = b.tp, b.rng
    lo, hi = tp["range"]
    q = Fraction(1, 10 ** tp["dp"])
    if var == "cn":
        hi = min(hi, 9999)
        lo = min(lo, hi // 3)
    units = rng.randint(int(lo / q), int(hi / q))
    if var == "cn":
        units = round_nice(rng, units)
    if units < 8 * k:
        units = 8 * k + rng.randint(0, 20)
    return units, q


def round_nice(rng, n):
    """keep Chinese-numeral values readable (few non-zero digits)."""
    s = str(n)
    keep = rng.choice([2, 3])
    return int(s[:keep] + "0" * (len(s) - keep)) or n


def year(b):
    if not hasattr(b, "_year"):
        b._year = b.rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
    return b._year


def org(b):
    return b.rng.choice(ORG[b.tp["src"]])


def context(b):
    """neutral lines without any relation."""
    rng = b.rng
    y = year(b)
    pl = place(rng, rng.choice(["市", "县", "区"]))
    o = org(b)
    heads = [
        "%s%s%d年工作总结（节选）" % (pl, o, y),
        "%s%d年度工作情况通报" % (o, y),
        "关于%d年%s工作情况的报告" % (y, o),
        "%s%s%d年工作要点落实情况" % (pl, o, y),
        "一、主要工作完成情况", "（二）重点任务推进情况", "二、年度主要数据", "（三）基础业务工作",
    ]
    tails = [
        "数据来源：%s%s年度统计报表。" % (pl, o),
        "（数据统计截至%d年12月31日）" % y,
        "年内召开%s理事会议%d次，研究部署相关工作。" % (o, rng.randint(2, 6)),
        "本报告经%d年%d月%d日主任办公会议审议通过。" % (y + 1, rng.randint(1, 3), rng.randint(2, 27)),
        "下一步，将继续完善工作机制，提升服务质量。",
        "以上数据均为初步统计，最终以年报为准。",
        "（%s%s供稿）" % (pl, o),
    ]
    r = rng.random()
    room = 8 - len(b.lines)
    if room <= 0:
        return
    if room == 1:
        r = min(r, 0.5)
    if r < 0.35:
        b.pre.append(rng.choice(heads))
    elif r < 0.6:
        b.post.append(rng.choice(tails))
    elif r < 0.85:
        b.pre.append(rng.choice(heads))
        b.post.append(rng.choice(tails))
    if rng.random() < 0.2 and len(b.lines) + len(b.pre) + len(b.post) < 8:
        b.pre.insert(0, "%d年%d月%d日" % (y + 1, rng.randint(1, 3), rng.randint(1, 28)))


def u_after(tp, fmt):
    return tp["unit"][1:] if fmt[0] in ("wan", "yi") and tp["unit"].startswith("万") else tp["unit"]


APPROX = ["约", "近", "余", "左右", "超过"]


def approx_total(b, total_units, q, fmt):
    """an approximate total that differs from the exact sum; returns (text, marker)."""
    rng = b.rng
    mk = rng.choice(APPROX)
    n = total_units
    mag = 10 ** max(1, len(str(n)) - 2)
    down = (n // mag) * mag
    up = down + mag
    if mk in ("余", "超过"):
        v = down if down != n else down - mag
    elif mk == "近":
        v = up
    else:
        v = down if n - down < up - n else up
        if v == n:
            v += mag
    if v <= 0:
        v = up
    if fmt[0] == "yi":
        fmt = ("yi", 1)
        v = (v // 1000) * 1000 or 1000
        if v == n:
            v += 1000
    if fmt[0] == "dec" and (v * q).denominator == 1:
        fmt = ("dec", 0, "")
    ph = b.n(v * q, fmt, "fixed")
    u = u_after(b.tp, fmt)
    if mk == "约":
        return "约" + ph + u, mk, ph
    if mk == "近":
        return "近" + ph + u, mk, ph
    if mk == "余":
        return ph + "余" + u, mk, ph
    if mk == "左右":
        return ph + u + "左右", mk, ph
    return "超过" + ph + u, mk, ph


IDENT = [
    ("doc", "依据{o}〔{y}〕{n}号文件要求，"),
    ("phone", "开通服务热线{tel}，"),
    ("onex", "推行“1+X”证书制度，"),
    ("sevenx", "落实“7+X”服务模式，"),
    ("date", "截至{y}年{m}月{d}日，"),
    ("model", "统一采用{mod}型设备，"),
]


def ident_clause(b):
    rng = b.rng
    kind, t = rng.choice(IDENT)
    y = year(b)
    lit = None
    if kind == "doc":
        n = rng.randint(3, 60)
        s = t.format(o=rng.choice(["残联发", "民发", "人防办", "档发", "红发", "妇字"]), y=y, n=n)
        lit = "〔%d〕%d号" % (y, n)
    elif kind == "phone":
        tel = rng.choice(["12385", "12338", "12345", "0%d-%d" % (rng.randint(510, 799), rng.randint(2000000, 8999999))])
        s = t.format(tel=tel)
        lit = tel
    elif kind == "onex":
        s, lit = t, "1+X"
    elif kind == "sevenx":
        s, lit = t, "7+X"
    elif kind == "date":
        m, d = rng.randint(6, 12), rng.randint(10, 30)
        s = t.format(y=y, m=m, d=d)
        lit = "%d年%d月%d日" % (y, m, d)
    else:
        mod = rng.choice(["JB-%d" % rng.choice([200, 300, 450]), "DJ-%d/%d" % (rng.choice([150, 300]), rng.choice([20, 40])), "MZ%d" % rng.randint(10, 99)])
        s = t.format(mod=mod)
        lit = mod
    return s, kind, lit


# ----------------------------------------------------------------------------------
# totals family builders
# ----------------------------------------------------------------------------------
def t_list(b, form, var):
    """whole + parts in one of several list forms."""
    rng, tp, label = b.rng, b.tp, b.label
    k = rng.randint(2 if tp["parts"] and len(tp["parts"]) == 2 else 3, 5)
    names = pick_parts(b, k)
    k = len(names)
    units, q = draw_total(b, var, k)
    vals = split(rng, units, k)
    if var == "cn":
        vals = [round_nice(rng, v) if v > 20 else v for v in vals]
        units = sum(vals)
    wanyi = var == "wanyi"
    if wanyi:                       # parts in whole 万, total in 亿 with 2-4 decimals
        vals = [int(v * q) for v in vals]
        vals = [max(v, 50) for v in vals]
        dpw = rng.choice([2, 3, 4])
        step = 10 ** (4 - dpw)
        extra = (-sum(vals)) % step
        vals[-1] += extra
        units = sum(vals)
        q = Fraction(1)
        pfmt, tfmt = ("wan", 0, rng.choice(["", ","])), ("yi", dpw)
        if units < 10000:
            vals = [v * 10 for v in vals]
            units = sum(vals)
    else:
        pfmt = tfmt = numfmt(b, var)
    neg = None
    if label == "negative":
        opts = ["partial", "approx"] + (["overlap"] if tp["ov"] and form in ("qizhong", "fenbie", "bracket") else []) + ["ident"]
        neg = rng.choice(opts)
    u = tp["unit"]
    up, ut = u_after(tp, pfmt), u_after(tp, tfmt)
    P = [b.n(v * q, pfmt) for v in vals]
    shown = list(range(k))
    marker = None
    if neg == "partial":
        if k < 3:
            neg = "approx"
        else:
            drop = rng.sample(range(k), rng.randint(1, k - 2))
            shown = [i for i in range(k) if i not in drop]
    if neg == "overlap":
        ovn = rng.sample(tp["ov"], min(len(tp["ov"]), rng.randint(2, 3)))
        for _ in range(50):
            ovv = [int(units * rng.uniform(0.35, 0.8)) for _ in ovn]
            if sum(ovv) > units:
                break
        names = ovn
        P = [b.n(v * q, pfmt) for v in ovv]
        shown = list(range(len(ovn)))
    Tt = b.n(units * q, tfmt)
    ttext = Tt + ut
    if neg == "approx":
        ttext, marker, Tt = approx_total(b, units, q, tfmt)
    pfx = ""
    if neg == "ident":
        pfx, ikind, lit = ident_clause(b)
    whole = tp["whole"]
    items = [(names[i], P[i]) for i in shown]
    y = year(b)
    lead = rng.choice(["%d年，全市" % y, "全年", "%d年全县" % y, "本年度，全区", ""])
    # partial-list markers
    if neg == "partial":
        marker = rng.choice(["等", "主要有", "数量较多的是"]) if form == "qizhong" else "等"

    def lst(sep="、"):
        return sep.join("%s%s%s" % (n, p, up) for n, p in items)

    if form == "qizhong":
        if neg == "partial" and marker == "主要有":
            body = "其中主要有" + lst()
        elif neg == "partial" and marker == "数量较多的是":
            body = "其中数量较多的是" + lst()
        elif neg == "partial":
            body = "其中" + lst() + "等"
        elif neg == "overlap":
            body = "其中" + lst("，")
        else:
            body = "其中" + lst(rng.choice(["、", "，", "；"]))
        text = "%s%s%s%s，%s。" % (pfx, lead, whole, ttext, body)
        b.lines.append(text)
    elif form == "heji":
        word = rng.choice(["合计", "共计", "总计", "累计"])
        if neg == "partial":
            text = "%s%s%s中，%s等，%s%s。" % (pfx, lead, whole, lst(), word, ttext)
        else:
            text = "%s%s%s：%s，%s%s。" % (pfx, lead, whole, lst(), word, ttext)
        b.lines.append(text)
    elif form == "fenbie":
        nm = "、".join(n for n, _ in items)
        vs = "、".join(p for _, p in items)
        if neg == "partial":
            text = "%s%s%s，%s等分别为%s%s。" % (pfx, whole, ttext, nm, vs, up)
        elif neg == "overlap":
            text = "%s%s%s，%s的分别为%s%s（有交叉）。" % (pfx, whole, ttext, nm, vs, up)
            marker = "有交叉"
        else:
            text = rng.choice(["%s%s%s，%s分别为%s%s。", "%s%s%s：%s分别为%s%s。"]) % (pfx, whole, ttext, nm, vs, up)
        b.lines.append(text)
    elif form == "bracket":
        w = rng.choice(["含", "包括", "其中"])
        if neg == "partial":
            body = "包括%s等" % lst("，")
        elif neg == "overlap":
            body = "含%s" % lst("，")
        else:
            body = w + lst(rng.choice(["，", "、"]))
        text = "%s%s%s%s（%s），工作任务全面完成。" % (pfx, lead, whole, ttext, body)
        b.lines.append(text)
    elif form == "lines":
        head = rng.choice(["%s%s共%s，具体如下：", "%s%s总数为%s，分类情况：", "%s%s%s。其中："])
        if neg == "partial":
            head = "%s%s%s，主要类别如下："
            marker = "主要类别"
        b.lines.append(head % (pfx, whole, ttext))
        bullet = rng.choice(["", "——", "·", "- "])
        for n, p in items:
            b.lines.append("%s%s：%s%s" % (bullet, n, p, up))
    elif form == "separate":
        sents = []
        for n, p in items:
            sents.append(rng.choice(["%s%s%s。", "完成%s%s%s。", "%s达到%s%s。"]) % (n, p, up))
        tail = rng.choice(["全年%s共%s。", "以上合计，%s%s。", "全年累计%s%s。"])
        if neg == "partial":
            sents.append("其他类别不再列举。")
            marker = "不再列举"
        if tail.count("%s") == 2:
            tail = tail % (whole, ttext)
        b.lines.append(pfx + "".join(sents))
        b.lines.append(tail)
    # checks
    shownP = [P[i] for i in shown]
    if neg is None or neg == "ident":
        b.chk("sum", parts=shownP, total=Tt)
    if neg == "ident":
        b.chk("neg", kind=ikind, marker=lit, numbers=[])
        b.note = "look-alike identifier (%s) next to a sum that holds" % ikind
    elif neg == "partial":
        b.chk("neg", kind="partial_list", marker=marker, numbers=shownP + [Tt],
              naive={"rel": "sum", "parts": shownP, "total": Tt})
        b.note = "partial list marked by %s; listed parts need not reach the total" % marker
    elif neg == "approx":
        b.chk("neg", kind="approx_total", marker=marker, numbers=shownP + [Tt],
              naive={"rel": "sum", "parts": shownP, "total": Tt})
        b.note = "approximate total (%s)" % marker
    elif neg == "overlap":
        b.chk("neg", kind="overlap", marker={"qizhong": "其中", "fenbie": "有交叉", "bracket": "含"}[form],
              numbers=shownP + [Tt], naive={"rel": "sum", "parts": shownP, "total": Tt})
        b.note = "overlapping subsets, may exceed the whole"
    else:
        b.note = "%d parts add up to the total" % len(shownP)


def t_gender(b, var):
    rng, tp = b.rng, b.tp
    units, q = draw_total(b, var, 2)
    f = numfmt(b, var)
    m = rng.randint(int(units * 0.35), int(units * 0.65))
    w = units - m
    u = tp["unit"]
    y = year(b)
    Tt = b.n(units, f)
    M, W = b.n(m, f), b.n(w, f)
    who = {"人": "", "人次": ""}.get(u, "")
    if b.label == "negative":
        kind = rng.choice(["overlap", "two_wholes"])
        if kind == "overlap":
            a = b.n(int(units * rng.uniform(0.3, 0.5)), f)
            c = b.n(int(units * rng.uniform(0.55, 0.75)), f)
            b.lines.append("%d年%s%s%s，其中女性%s%s，%s%s%s。" % (y, tp["whole"], Tt, u, a, u, tp["ov"][0] if tp["ov"][0] != "女性" else tp["ov"][1], c, u))
            b.chk("neg", kind="overlap", marker="其中", numbers=[a, c, Tt], naive={"rel": "sum", "parts": [a, c], "total": Tt})
            b.note = "female count and another attribute overlap"
            return
        other = b.n(units + rng.randint(50, 900), f)
        b.lines.append("%d年%s%s%s，其中男性%s%s、女性%s%s；上年同期为%s%s。" % (y, tp["whole"], Tt, u, M, u, W, u, other, u))
        b.chk("sum", parts=[M, W], total=Tt)
        b.chk("neg", kind="two_wholes", marker="上年同期", numbers=[M, W, other], naive={"rel": "sum", "parts": [M, W], "total": other})
        b.note = "male+female add to this year's figure, not to last year's"
        return
    form = rng.choice(["a", "b", "c"])
    if form == "a":
        b.lines.append("%d年%s%s%s，其中男性%s%s、女性%s%s。" % (y, tp["whole"], Tt, u, M, u, W, u))
    elif form == "b":
        b.lines.append("%s中，男性%s%s，女性%s%s，共%s%s。" % (tp["whole"], M, u, W, u, Tt, u))
    else:
        b.lines.append("%s%s%s（男%s%s，女%s%s）。" % (tp["whole"], Tt, u, M, u, W, u))
    b.chk("sum", parts=[M, W], total=Tt)
    b.note = "male and female add up to the total"


def t_table(b, var):
    """flattened table; var = tab|pipe|fwpipe|space ; sub-variant of total position & two years."""
    rng, tp = b.rng, b.tp
    sep = {"tab": "\t", "pipe": " | ", "fwpipe": "｜", "space": "  "}[var]
    k = 3 if b.label == "negative" else rng.randint(3, 4)
    names = pick_parts(b, k)
    k = len(names)
    q = Fraction(1, 10 ** tp["dp"])
    f = ("dec", tp["dp"]) if tp["dp"] else ("int", "," if var != "space" and rng.random() < 0.4 else "")
    two = rng.random() < 0.45
    years = [year(b) - 1, year(b)]
    cols = []
    for _ in range(2 if two else 1):
        units, _ = draw_total(b, "plain", k)
        cols.append(split(rng, units, k))
    first = rng.random() < 0.4
    totname = rng.choice(["合计", "总计", "全市合计"])
    neg = b.label == "negative" and rng.choice(["overlap_row", "partial"])
    hdr = ["类别"] + (["%d年" % yy for yy in years] if two else ["数量（%s）" % tp["unit"]])
    b.lines.append("%s%s情况表" % (tp["whole"], "分类" if not neg == "partial" else "主要类别"))
    cells = [[b.n(v * q, f) for v in col] for col in cols]
    tots = [b.n(sum(col) * q, f) for col in cols]
    rows = [[names[i]] + [cells[c][i] for c in range(len(cols))] for i in range(k)]
    shown = list(range(k))
    if neg == "partial":
        shown = sorted(rng.sample(range(k), k - 1 if k > 3 else 2))
        rows = [rows[i] for i in shown]
    extra = []
    if neg == "overlap_row":
        ov = rng.choice(tp["ov"]) if tp["ov"] else "新增"
        extra = [["其中：" + ov] + [b.n(int(sum(col) * rng.uniform(0.2, 0.5)) * q, f) for col in cols]]
        rows.insert(rng.randint(1, len(rows)), extra[0])
    trow = [totname] + tots
    body = [hdr] + ([trow] + rows if first else rows + [trow])
    for r in body:
        b.lines.append(sep.join(r))
    if b.label == "negative":
        b.lines.append("注：表中仅列数量较多的类别。" if neg == "partial" else "注：“其中”行为上一行的组成部分，不单独计入合计。")
    for c in range(len(cols)):
        parts = [cells[c][i] for i in shown]
        if neg == "partial":
            b.chk("neg", kind="partial_list", marker="数量较多", numbers=parts + [tots[c]],
                  naive={"rel": "sum", "parts": parts, "total": tots[c]})
        elif neg == "overlap_row":
            b.chk("sum", parts=parts, total=tots[c])
            b.chk("neg", kind="overlap", marker="其中：", numbers=[extra[0][c + 1]],
                  naive={"rel": "sum", "parts": parts + [extra[0][c + 1]], "total": tots[c]})
        else:
            b.chk("sum", parts=parts, total=tots[c])
    b.note = {"partial": "table lists only the larger categories", "overlap_row": "a 其中 row is a subset, not an extra category"}.get(neg, "table rows add to the total row" + (" in both years" if two else ""))


ITEMS = {
    "yishi": ["一是", "二是", "三是", "四是", "五是", "六是"],
    "circle": ["①", "②", "③", "④", "⑤", "⑥"],
    "paren": ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）"],
    "cnparen": ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"],
    "dot": ["1.", "2.", "3.", "4.", "5.", "6."],
}


def t_numbered(b, var):
    rng, tp = b.rng, b.tp
    k = rng.randint(3, 5)
    names = pick_parts(b, k)
    k = len(names)
    if k < 3:
        raise Retry("few parts")
    marks = ITEMS[var][:k]
    units, q = draw_total(b, "plain", k)
    vals = split(rng, units, k)
    f = numfmt(b, "plain" if rng.random() < 0.6 else "sepc")
    cf = ("cn",) if rng.random() < 0.7 else ("int", "")
    u = tp["unit"]
    C = b.n(k, cf, "count")
    P = [b.n(v * q, f) for v in vals]
    Tt = b.n(units * q, f)
    neg = b.label == "negative"
    lines_mode = var in ("paren", "cnparen", "dot") or rng.random() < 0.3
    if neg:
        # announced count of categories but list is open (等) -> count not checkable; items add to total
        kind = rng.choice(["ident", "date_items"])
    head = rng.choice(["%s%s%s，分%s类：", "全年%s%s%s，主要做了%s方面工作："]) % (tp["whole"], Tt, u, C)
    if neg and kind == "date_items":
        head = "%s%s%s，分%s个阶段推进：" % (tp["whole"], Tt, u, C)
    b.lines.append(head)
    its = []
    for i in range(k):
        s = rng.choice(["%s%s%s%s", "%s完成%s%s%s", "%s%s共%s%s"]) % (marks[i], names[i], P[i], u)
        if neg and kind == "date_items":
            s = "%s%d月%d日起开展%s，完成%s%s" % (marks[i], 2 * i + 1, rng.randint(1, 28), names[i], P[i], u)
        its.append(s)
    if neg and kind == "ident":
        pfx, ikind, lit = ident_clause(b)
        its[0] = marks[0] + pfx + its[0][len(marks[0]):]
    if lines_mode:
        for s in its:
            b.lines.append(s + "；")
    else:
        b.lines.append("；".join(its) + "。")
    b.chk("count_items", count=C, items=marks)
    b.chk("sum", parts=P, total=Tt)
    if neg:
        if kind == "ident":
            b.chk("neg", kind=ikind, marker=lit, numbers=[])
            b.note = "identifier (%s) inside a numbered item" % ikind
        else:
            b.chk("neg", kind="dates", marker="月", numbers=[])
            b.note = "month/day numbers inside numbered items are dates, not parts"
    else:
        b.note = "announced count of items and item amounts add up"


def t_named(b, var):
    rng, tp = b.rng, b.tp
    kind_name = rng.choice(["firm", "place", "person"])
    k = rng.randint(3, 7)
    WHAT = {"dpf": ("残疾人就业示范单位", "残疾人之家", "助残志愿者"), "civ": ("文明殡葬示范单位", "节地生态安葬示范点", "殡葬服务先进个人"),
            "wf": ("巾帼创业示范企业", "巾帼创业示范基地", "巾帼建功标兵")}[b.tp["src"]]
    if kind_name == "firm":
        names, cls, what = firms(rng, k), "家", WHAT[0]
    elif kind_name == "place":
        names, cls, what = places(rng, k, rng.choice(["镇", "街道"])), "个", WHAT[1]
    else:
        names, cls, what = [person(rng) for _ in range(k)], "名", WHAT[2]
        names = list(dict.fromkeys(names))
        k = len(names)
    cf = ("cn",) if var == "cn" else ("int", "")
    neg = b.label == "negative"
    y = year(b)
    if neg:
        big = b.n(k + rng.randint(3, 30), cf, "fixed")
        b.lines.append("%d年共评选%s%s%s，%s等%s%s受到通报表扬。" % (y, what, big, cls, "、".join(names), big, cls))
        b.lines[-1] = "%d年评选表彰%s，%s等%s%s受到通报表扬。" % (y, what, "、".join(names), big, cls)
        b.chk("neg", kind="partial_names", marker="等", numbers=[big])
        b.note = "等N%s after a shorter list: the list is open" % cls
        return
    C = b.n(k, cf, "count")
    form = rng.choice(["deng", "colon", "unit"])
    withvals = rng.random() < 0.4 and kind_name != "person"
    if withvals:
        vals = [rng.randint(5, 300) for _ in names]
        V = [b.n(v, ("int", "")) for v in vals]
        Tt = b.n(sum(vals), ("int", ""))
        lst = "、".join("%s（%s人）" % (n, v) for n, v in zip(names, V))
    else:
        lst = "、".join(names)
    if form == "deng":
        s = "%s等%s%s被命名为%s" % (lst, C, cls, what)
        s = s.replace("%s等" % lst, "%s等" % lst)
    elif form == "colon":
        s = "%d年共命名%s%s%s：%s" % (y, what, C, cls, lst)
    else:
        if cls == "名":
            s = "%d年评出%s%s名（%s）" % (y, what, C, lst)
        else:
            s = "%s%s个单位（%s）通过验收" % (what, C, lst)
    if withvals:
        s += "，共安置（服务）%s人" % Tt
        b.chk("sum", parts=V, total=Tt)
    b.lines.append(s + "。")
    b.chk("count_names", count=C, names=names)
    b.note = "announced number of named units equals the list"


def t_balance(b, var):
    rng = b.rng
    y = year(b)
    dp = 2
    q = Fraction(1, 100)
    f = ("dec", 2, rng.choice(["", ","]))
    inc = rng.randint(30000, 3000000)
    out = rng.randint(int(inc * 0.5), int(inc * 0.98))
    carry = rng.randint(1000, 500000)
    I, O = b.n(inc * q, f), b.n(out * q, f)
    if var == "income":
        subj = rng.choice(["红十字会", "慈善总会", "残疾人福利基金会", "妇女儿童发展基金"])
        if b.label == "negative":
            res = inc - out + carry
            Rr = b.n(res * q, f)
            b.lines.append("%d年%s募集收入%s万元，公益支出%s万元，年末结余%s万元（含以前年度结转）。" % (y, subj, I, O, Rr))
            b.chk("neg", kind="carryover", marker="含以前年度结转", numbers=[I, O, Rr],
                  naive={"rel": "balance", "plus": [I], "minus": [O], "result": Rr})
            b.note = "balance includes an unstated carry-over"
            return
        if rng.random() < 0.5:
            Rr = b.n((inc - out) * q, f)
            b.lines.append("%d年%s收入%s万元，支出%s万元，当年结余%s万元。" % (y, subj, I, O, Rr))
            b.chk("balance", plus=[I], minus=[O], result=Rr)
        else:
            Cc = b.n(carry * q, f)
            Rr = b.n((carry + inc - out) * q, f)
            b.lines.append("%s上年结转%s万元，本年收入%s万元、支出%s万元，" % (subj, Cc, I, O))
            b.lines.append("年末滚存结余%s万元。" % Rr)
            b.chk("balance", plus=[Cc, I], minus=[O], result=Rr)
        b.note = "income minus spending equals the balance"
    else:
        tp = b.tp
        f = numfmt(b, rng.choice(["plain", "sepc"]))
        qq = Fraction(1, 10 ** tp["dp"])
        units, _ = draw_total(b, "plain", 3)
        new = rng.randint(max(1, units // 30), max(2, units // 6))
        dec = rng.randint(0, max(1, new // 2))
        a, c = units, units + new - dec
        A, N, D, E = b.n(a * qq, f), b.n(new * qq, f), b.n(dec * qq, f), b.n(c * qq, f)
        u = tp["unit"]
        if b.label == "negative":
            cum = b.n((c + rng.randint(1, max(2, c // 5))) * qq, f)
            b.lines.append("%s：年初%s%s，本年新增%s%s，减少%s%s，年末%s%s；" % (tp["whole"], A, u, N, u, D, u, E, u))
            b.lines.append("建档以来累计登记%s%s（含已注销）。" % (cum, u))
            b.chk("balance", plus=[A, N], minus=[D], result=E)
            b.chk("neg", kind="cumulative_vs_stock", marker="累计", numbers=[cum, E],
                  naive={"rel": "balance", "plus": [A, N], "minus": [D], "result": cum})
            b.note = "cumulative registrations differ from year-end stock"
            return
        t = rng.choice(["%s年初为%s%s，本年新增%s%s、减少%s%s，年末为%s%s。",
                        "%s：年初%s%s，新增%s%s，核减%s%s，年末达到%s%s。"])
        b.lines.append(t % (tp["whole"], A, u, N, u, D, u, E, u))
        b.chk("balance", plus=[A, N], minus=[D], result=E)
        b.note = "opening + new - removed = closing"


def t_change(b, var):
    """由A增加到B、增加C / 较上年增加 with both values / 上年同期为."""
    rng, tp = b.rng, b.tp
    f = numfmt(b, rng.choice(["plain", "sepc", "plain"]))
    q = Fraction(1, 10 ** tp["dp"])
    units, _ = draw_total(b, "plain", 2)
    up = rng.random() < 0.75
    d = rng.randint(max(1, units // 40), max(2, units // 4))
    old, new = (units - d, units) if up else (units, units - d)
    A, Bv, C = b.n(old * q, f), b.n(new * q, f), b.n(d * q, f)
    u = tp["unit"]
    w = "增加" if up else "减少"
    y = year(b)
    if b.label == "negative":
        kind = rng.choice(["approx", "cumulative"])
        if kind == "approx":
            mk = rng.choice(["近", "约", "超过"])
            appr = (d // 10 + (1 if mk == "近" else 0)) * 10
            if appr == d:
                appr += 10
            if mk == "超过":
                appr = (d // 10) * 10 if d % 10 else d - 10
            if appr <= 0:
                raise Retry("approx")
            Cp = b.n(appr * q, f, "fixed")
            b.lines.append("%s由%d年的%s%s%s到%d年的%s%s，%s%s%s%s。" % (tp["whole"], y - 1, A, u, w, y, Bv, u, w, mk, Cp, u))
            b.chk("neg", kind="approx_total", marker=mk, numbers=[A, Bv, Cp],
                  naive={"rel": "balance", "plus": [A, Cp] if up else [A], "minus": [] if up else [Cp], "result": Bv})
            b.note = "approximate change (%s)" % mk
        else:
            cum = b.n((new + old + rng.randint(10, 500)) * q, f)
            b.lines.append("%d年%s%s%s，上年%s%s，历年累计%s%s。" % (y, tp["whole"], Bv, u, A, u, cum, u))
            b.chk("neg", kind="cumulative_vs_new", marker="累计", numbers=[A, Bv, cum],
                  naive={"rel": "sum", "parts": [A, Bv], "total": cum})
            b.note = "cumulative figure covers more years than the two stated"
        return
    if var == "fromto":
        b.lines.append("%s由%d年的%s%s%s到%d年的%s%s，%s%s%s。" % (tp["whole"], y - 1, A, u, w, y, Bv, u, w, C, u))
    elif var == "yoy":
        b.lines.append("%d年%s%s%s，较上年的%s%s%s%s%s。" % (y, tp["whole"], Bv, u, A, u, w, C, u))
    else:
        b.lines.append("%d年%s%s%s，上年同期为%s%s，同比%s%s%s。" % (y, tp["whole"], Bv, u, A, u, w, C, u))
    if up:
        b.chk("balance", plus=[A, C], minus=[], result=Bv)
    else:
        b.chk("balance", plus=[A], minus=[C], result=Bv)
    b.note = "old value plus/minus the change equals the new value"


def t_subtotal(b, var):
    rng, tp = b.rng, b.tp
    f = numfmt(b, var)
    q = Fraction(1, 10 ** tp["dp"])
    groups = rng.choice([("城区", "农村"), ("市本级", "县（市）"), ("主城区", "郊县")])
    names = pick_parts(b, 4)
    if len(names) < 4:
        names = places(rng, 4, "镇")
    ga, gb = names[:2], names[2:4]
    units, _ = draw_total(b, "plain", 4)
    va = split(rng, units // 2, 2)
    vb = split(rng, units - units // 2, 2)
    A = [b.n(v * q, f) for v in va]
    Bp = [b.n(v * q, f) for v in vb]
    S1, S2 = b.n(sum(va) * q, f), b.n(sum(vb) * q, f)
    Tt = b.n(units * q, f)
    u = tp["unit"]
    if b.label == "negative":
        mk = rng.choice(["等", "主要有"])
        b.lines.append("%s%s：%s%s%s、%s%s%s，小计%s%s；" % (tp["whole"], groups[0], ga[0], A[0], u, ga[1], A[1], u, S1, u))
        if mk == "等":
            b.lines.append("%s%s%s%s等，小计%s%s；" % (groups[1], gb[0], Bp[0], u, S2, u))
        else:
            b.lines.append("%s主要有%s%s%s，小计%s%s；" % (groups[1], gb[0], Bp[0], u, S2, u))
        b.lines.append("总计%s%s。" % (Tt, u))
        b.chk("sum", parts=A, total=S1)
        b.chk("sum", parts=[S1, S2], total=Tt)
        b.chk("neg", kind="partial_list", marker=mk, numbers=[Bp[0], S2], naive={"rel": "sum", "parts": [Bp[0]], "total": S2})
        b.note = "second group lists only part of its subtotal"
        return
    b.lines.append("%s%s：%s%s%s、%s%s%s，小计%s%s；" % (tp["whole"], groups[0], ga[0], A[0], u, ga[1], A[1], u, S1, u))
    b.lines.append("%s：%s%s%s、%s%s%s，小计%s%s；" % (groups[1], gb[0], Bp[0], u, gb[1], Bp[1], u, S2, u))
    b.lines.append(rng.choice(["总计%s%s。", "两项合计%s%s。"]) % (Tt, u))
    b.chk("sum", parts=A, total=S1)
    b.chk("sum", parts=Bp, total=S2)
    b.chk("sum", parts=[S1, S2], total=Tt)
    b.note = "two subtotals and a grand total"


QN = ["一季度", "二季度", "三季度", "四季度"]


def t_periods(b, var):
    rng, tp = b.rng, b.tp
    f = numfmt(b, rng.choice(["plain", "sepc"]))
    q = Fraction(1, 10 ** tp["dp"])
    units, _ = draw_total(b, "plain", 6)
    u = tp["unit"]
    y = year(b)
    if var == "quarter":
        labs = QN
        tot_word = rng.choice(["全年合计", "全年共", "全年累计"])
    else:
        labs = ["%d月" % m for m in range(1, 7)]
        tot_word = rng.choice(["上半年合计", "1—6月累计", "上半年共"])
        units = units // 2 if units > 50 else units
    vals = split(rng, units, len(labs), 0.08)
    P = [b.n(v * q, f) for v in vals]
    if b.label == "negative":
        # 前三季度 / 前五个月 cumulative look-alike
        cut = len(labs) - 1
        cum = b.n(sum(vals[:cut]) * q, f)
        full = b.n(units * q, f)
        shown = rng.sample(range(cut), cut - 1)
        shown.sort()
        what = "前三季度" if var == "quarter" else "1—5月"
        b.lines.append("%d年%s%s：%s。" % (y, tp["whole"], "，".join("%s%s%s" % (labs[i], P[i], u) for i in shown),
                                         "%s累计%s%s，全年%s%s" % (what, cum, u, full, u)))
        pp = [P[i] for i in shown]
        b.chk("neg", kind="cumulative_period", marker=what, numbers=pp + [cum, full],
              naive={"rel": "sum", "parts": pp, "total": cum})
        b.note = "not every period listed; cumulative covers more periods"
        return
    Tt = b.n(units * q, f)
    if rng.random() < 0.5:
        b.lines.append("%d年%s分%s：%s，%s%s%s。" % (y, tp["whole"], "季度" if var == "quarter" else "月份",
                                                 "、".join("%s%s%s" % (l, p, u) for l, p in zip(labs, P)), tot_word, Tt, u))
    else:
        b.lines.append("%d年%s情况（%s）" % (y, tp["whole"], u))
        for l, p in zip(labs, P):
            b.lines.append("%s：%s" % (l, p))
        b.lines.append("%s：%s" % (tot_word, Tt))
    b.chk("sum", parts=P, total=Tt)
    b.note = "periods add up to the year/half-year"


# ----------------------------------------------------------------------------------
# pct family builders
# ----------------------------------------------------------------------------------
def draw_rate(b, rt, dp, lo=None, hi=None):
    """den, num with a rate in range and no rounding tie."""
    rng = b.rng
    for _ in range(200):
        den = rng.randint(*rt["drange"])
        r = rng.uniform(lo if lo is not None else rt["rrange"][0], hi if hi is not None else rt["rrange"][1])
        num = int(den * r / 100)
        if num <= 0 or (hi is None and num >= den):
            continue
        x = Fraction(num * 100, den)
        if is_tie(x, dp):
            continue
        return den, num, rhu(x, dp)
    raise Retry("rate")


def pfmt(b, dp, var=""):
    if var == "fw":
        return ("pct", dp, "fw")
    if var == "fwsign" or (var == "" and b.rng.random() < 0.15):
        return ("pct", dp, "fwsign")
    return ("pct", dp)


def cntfmt(b, var):
    if var == "sep":
        return ("int", b.rng.choice([",", "，", " "]))
    if var == "fw":
        return ("fw",)
    return ("int", "")


def p_rate(b, var):
    """var: after | before | bracket | fw | sep"""
    rng = b.rng
    rt = R[b.tp["rkey"]]
    dp = rng.choice([1, 1, 2]) if var != "dp2" else 2
    den, num, r = draw_rate(b, rt, dp)
    cf = cntfmt(b, "sep" if var == "sep" else ("fw" if var == "fw" else ""))
    D, N = b.n(den, cf, lo=num + 1), b.n(num, cf, hi=den - 1)
    Rr = b.n(r, pfmt(b, dp, "fw" if var == "fw" else ""), "rate", lo=0, hi=100)
    y = year(b)
    if b.label == "negative":
        kind = rng.choice(["no_base", "unstated", "permille", "pp_no_base"])
        if kind == "no_base":
            b.lines.append("%d年%s达到%s，继续保持较高水平。" % (y, rt["name"], Rr))
            b.chk("neg", kind="pct_no_base", marker=rt["name"], numbers=[Rr])
            b.note = "rate stated without any base"
        elif kind == "unstated":
            b.lines.append("%d年%s%s%s，%s为%s。" % (y, rt["den"], D, rt["du"], rt["name"], Rr))
            b.chk("neg", kind="rate_unstated_numerator", marker=rt["name"], numbers=[D, Rr])
            b.note = "base stated but numerator not stated"
        elif kind == "pp_no_base":
            ppv = b.n(Fraction(rng.randint(3, 60), 10), ("dec", 1), "fixed")
            b.lines.append("%d年%s达到%s，较上年提高%s个百分点。" % (y, rt["name"], Rr, ppv))
            b.chk("neg", kind="pp_no_base", marker="个百分点", numbers=[Rr, ppv])
            b.note = "个百分点 change without the earlier rate"
        else:
            for _ in range(100):
                den2 = rng.randint(20000, 400000)
                num2 = rng.randint(den2 // 400, den2 // 60)
                x = Fraction(num2 * 1000, den2)
                if not is_tie(x, 1):
                    break
            D2, N2 = b.n(den2, ("int", "")), b.n(num2, ("int", ""))
            P2 = b.n(rhu(x, 1), ("permille", 1), "fixed")
            what, who, nm, u2 = {"civ": ("户籍人口", "死亡", "死亡率", "人"), "dpf": ("户籍人口", "持证残疾人", "持证残疾人占比", "人"),
                                 "rc": ("常住人口", "无偿献血", "千人口献血率", "人次"), "wf": ("妇女人口", "参加巾帼创业培训", "培训参与率", "人"),
                                 "cad": ("常住人口", "参加疏散演练", "演练参与率", "人"), "arc": ("馆藏档案", "破损待修复", "破损率", "卷")}[rt["src"]]
            b.lines.append("%d年%s%s%s，%s%s%s，%s为%s。" % (y, what, D2, "卷" if u2 == "卷" else "人", who, N2, u2, nm, P2))
            b.chk("neg", kind="permille", marker="‰", numbers=[D2, N2, P2], permille={"num": N2, "den": D2, "value": P2})
            b.note = "per-mille rate, not a percentage"
        return
    t = {
        "after": ["%d年%s%s%s，%s%s%s，%s为%s。", "%d年共有%s%s%s，其中%s%s%s，%s达%s。"],
        "before": ["%d年%s达到%s：%s%s%s中，%s%s%s。"],
        "bracket": ["%d年%s%s%s，%s%s%s（%s%s）。"],
    }
    form = var if var in t else "after"
    if form == "after":
        b.lines.append(rng.choice(t["after"]) % (y, rt["den"], D, rt["du"], rt["num"], N, rt["nu"], rt["name"], Rr))
    elif form == "before":
        b.lines.append(t["before"][0] % (y, rt["name"], Rr, rt["den"], D, rt["du"], rt["num"], N, rt["nu"]))
    else:
        b.lines.append(t["bracket"][0] % (y, rt["den"], D, rt["du"], rt["num"], N, rt["nu"], rt["name"], Rr))
    b.chk("rate", num=N, den=D, rate=Rr)
    b.note = "rate = numerator / base"


def p_two(b, var):
    rng = b.rng
    rt = R[b.tp["rkey"]]
    dp = rng.choice([1, 2])
    grp = rng.choice([("城镇", "农村"), ("市区", "郊县"), ("上半年", "下半年"), ("男性", "女性")])
    y = year(b)
    if b.label == "negative":
        ov = rng.sample(["女性", "农村户籍", "60岁以上", "首次服务对象", "低保家庭成员"], 3)
        for _ in range(50):
            vs = [rhu(Fraction(rng.randint(300, 800), 10), 1) for _ in ov]
            if sum(vs) > 100:
                break
        S = [b.n(v, ("pct", 1), "fixed") for v in vs]
        b.lines.append("%d年%s中，%s。" % (y, rt["den"], "，".join("%s占%s" % (o, s) for o, s in zip(ov, S))))
        b.lines.append("（上述类别存在交叉，占比不宜相加。）")
        b.chk("neg", kind="overlap_shares", marker="占", numbers=S)
        b.note = "overlapping shares sum past 100"
        return
    d1, n1, r1 = draw_rate(b, rt, dp)
    d2, n2, r2 = draw_rate(b, rt, dp)
    cf = cntfmt(b, "sep" if rng.random() < 0.3 else "")
    D1, N1 = b.n(d1, cf, lo=n1 + 1), b.n(n1, cf, hi=d1 - 1)
    D2, N2 = b.n(d2, cf, lo=n2 + 1), b.n(n2, cf, hi=d2 - 1)
    R1, R2 = b.n(r1, pfmt(b, dp), "rate", 0, 100), b.n(r2, pfmt(b, dp), "rate", 0, 100)
    b.lines.append("%d年%s%s%s%s，%s%s%s，%s%s；%s%s%s%s，%s%s%s，%s%s。" % (
        y, grp[0], rt["den"], D1, rt["du"], rt["num"], N1, rt["nu"], rt["name"], R1,
        grp[1], rt["den"], D2, rt["du"], rt["num"], N2, rt["nu"], rt["name"], R2))
    b.chk("rate", num=N1, den=D1, rate=R1)
    b.chk("rate", num=N2, den=D2, rate=R2)
    b.note = "two rates over different bases"


def p_passfail(b, var):
    rng = b.rng
    rt = R[b.tp["rkey"]]
    dp = rng.choice([1, 2])
    den, num, r1 = draw_rate(b, rt, dp)
    fail = den - num
    r2 = rhu(Fraction(fail * 100, den), dp)
    if is_tie(Fraction(fail * 100, den), dp):
        raise Retry("tie")
    cf = cntfmt(b, "sep" if rng.random() < 0.3 else "")
    D, N, F = b.n(den, cf), b.n(num, cf), b.n(fail, cf)
    R1, R2 = b.n(r1, pfmt(b, dp), "rate", 0, 100), b.n(r2, pfmt(b, dp), "rate", 0, 100)
    fw = rt["fail"] or "未完成"
    y = year(b)
    if b.label == "negative":
        exc = int(num * rng.uniform(0.5, 0.8))
        x = Fraction(exc * 100, den)
        if is_tie(x, dp):
            raise Retry("tie")
        E = b.n(exc, cf)
        RE = b.n(rhu(x, dp), pfmt(b, dp), "rate", 0, 100)
        b.lines.append("%d年%s%s%s，%s%s%s，%s%s；其中评为优良的%s%s，优良率%s。" % (
            y, rt["den"], D, rt["du"], rt["num"], N, rt["nu"], rt["name"], R1, E, rt["nu"], RE))
        b.chk("rate", num=N, den=D, rate=R1)
        b.chk("rate", num=E, den=D, rate=RE)
        b.chk("neg", kind="overlap_rates", marker="其中", numbers=[R1, RE])
        b.note = "优良 is a subset of 合格; the two rates overlap and may exceed 100 together"
        return
    if rng.random() < 0.5:
        b.lines.append("%d年%s%s%s，%s%s%s、%s%s%s，%s%s，%s率%s。" % (
            y, rt["den"], D, rt["du"], rt["num"], N, rt["nu"], fw, F, rt["nu"], rt["name"], R1, fw, R2))
    else:
        b.lines.append("%d年%s%s%s。" % (y, rt["den"], D, rt["du"]))
        b.lines.append("%s：%s%s，占%s；" % (rt["num"], N, rt["nu"], R1))
        b.lines.append("%s：%s%s，占%s。" % (fw, F, rt["nu"], R2))
    b.chk("sum", parts=[N, F], total=D)
    b.chk("rate", num=N, den=D, rate=R1)
    b.chk("rate", num=F, den=D, rate=R2)
    b.note = "pass and fail counts and rates together"


TARGETS = {"dpf": [("新增残疾人就业", "人"), ("残疾人辅助器具适配", "件")],
           "rc": [("造血干细胞血样入库", "份"), ("无偿献血", "人次")],
           "arc": [("档案数字化", "万页"), ("地方志书出版", "部")],
           "civ": [("节地生态安葬", "例"), ("公益性公墓墓穴建设", "个")],
           "cad": [("新建人防工程", "万平方米"), ("新增防空警报器安装", "台")],
           "wf": [("巾帼创业培训", "人次"), ("妇女儿童维权宣传", "场次")]}


def p_target(b, var):
    rng = b.rng
    what, u = rng.choice(TARGETS[b.tp["src"]])
    dp = rng.choice([0, 1, 1, 2])
    small = u in ("部",)
    for _ in range(100):
        tgt = rng.randint(10, 60) if small else (rng.randint(50, 900) if u in ("万页", "万平方米") else rng.randint(200, 20000))
        act = int(tgt * rng.uniform(0.85, 1.45))
        x = Fraction(act * 100, tgt)
        if act > 0 and not is_tie(x, dp):
            break
    qf = ("dec", 1) if u in ("万页", "万平方米") else ("int", "")
    mul = Fraction(1, 10) if qf[0] == "dec" else 1
    Tg, A = b.n(tgt * mul, qf), b.n(act * mul, qf)
    Rr = b.n(rhu(x, dp), pfmt(b, dp), "rate", lo=1)
    y = year(b)
    if b.label == "negative":
        kind = rng.choice(["no_base", "growth_over_100"])
        if kind == "no_base":
            b.lines.append("%d年%s%s%s，完成年度目标任务的%s。" % (y, what, A, u, Rr))
            b.chk("neg", kind="pct_no_base", marker="目标任务", numbers=[A, Rr])
            b.note = "completion rate without the target"
        else:
            for _ in range(100):
                prev = rng.randint(5, 25) if small else rng.randint(100, 3000)
                cur = int(prev * rng.uniform(2.05, 3.6))
                g = Fraction((cur - prev) * 100, prev)
                if not is_tie(g, 1):
                    break
            Pv, Cv = b.n(prev, ("int", "")), b.n(cur, ("int", ""))
            G = b.n(rhu(g, 1), ("pct", 1), "growth")
            b.lines.append("%d年%s%s%s，上年为%s%s，增长%s。" % (y, what, Cv, u, Pv, u, G))
            b.chk("growth", prev=Pv, cur=Cv, rate=G, dir="增长")
            b.chk("neg", kind="growth_over_100", marker="增长", numbers=[G])
            b.note = "growth above 100 % is legitimate"
        return
    form = rng.choice(["a", "b", "c"])
    if form == "a":
        b.lines.append("%d年%s目标任务%s%s，实际完成%s%s，完成率%s。" % (y, what, Tg, u, A, u, Rr))
    elif form == "b":
        b.lines.append("%d年完成%s%s%s，为年度目标（%s%s）的%s。" % (y, what, A, u, Tg, u, Rr))
    else:
        b.lines.append("%s：年度任务%s%s" % (what, Tg, u))
        b.lines.append("完成情况：%s%s（完成%s）" % (A, u, Rr))
    b.chk("rate", num=A, den=Tg, rate=Rr)
    b.note = "completion of a target (may exceed 100 %)"


def p_per(b, var):
    rng = b.rng
    y = year(b)
    kind = {"rc": rng.choice(["donate", "relief"]), "wf": "loan", "arc": "visit", "dpf": "rehab"}[b.tp["src"]]
    for _ in range(200):
        cnt = rng.randint(50, 20000)
        if kind == "donate":
            tot = rng.randint(50, 50000) * 100           # yuan, multiple of 100 -> whole 0.01万
            subj, per, cu = "参与捐款", "人均捐款", "人"
        elif kind == "relief":
            tot = rng.randint(100, 200000) * 100
            subj, per, cu = "救助困难群众", "人均救助金额", "人"
        elif kind == "rehab":
            tot = rng.randint(100, 200000) * 100
            subj, per, cu = "获得康复救助的残疾儿童", "人均救助资金", "名"
        elif kind == "loan":
            cnt = rng.randint(20, 3000)
            tot = rng.randint(cnt * 5, cnt * 30) * 10000
            subj, per, cu = "获得巾帼创业贷款的妇女", "户均贷款", "户"
        else:
            cnt = rng.randint(5, 40)
            tot = rng.randint(cnt * 200, cnt * 3000)
            subj, per, cu = "查档窗口工作人员", "人均接待", "人"
        dp = rng.choice([0, 1, 2]) if kind != "visit" else rng.choice([0, 1])
        x = Fraction(tot, cnt)
        if kind == "loan":
            x = x / 10000
        if not is_tie(x, dp) and x >= 1:
            break
    if kind == "visit":
        Tt = b.n(tot, ("int", ","), "qty")
        C = b.n(cnt, ("int", ""))
        Pv = b.n(rhu(x, dp), ("dec", dp), "per")
        txt = "%d年接待查档%s人次，%s%s%s，%s%s人次。" % (y, Tt, subj, C, cu, per, Pv)
    elif kind == "loan":
        Tt = b.n(Fraction(tot, 10000), ("wan", 0, ""), "qty")
        C = b.n(cnt, ("int", ""))
        Pv = b.n(rhu(x, dp), ("dec", dp), "per")
        txt = "%d年发放贷款%s元，%s%s%s，%s%s万元。" % (y, Tt, subj, C, cu, per, Pv)
        b.lines.append(txt)
        b.chk("per", total=Tt, count=C, value=Pv, scale="10000")
        b.note = "per-household average (万元)"
        if b.label == "negative":
            b.checks.pop()
            b.lines[-1] = "%d年发放贷款%s元，%s%s%s，%s约%s万元。" % (y, Tt, subj, C, cu, per, b.n(rhu(x, 0) + rng.choice([1, 2]), ("int", ""), "fixed"))
            b.chk("neg", kind="approx_per", marker="约", numbers=[Tt, C])
            b.note = "approximate average"
        return
    else:
        Tt = b.n(Fraction(tot, 10000), ("wan", 2, ""), "qty")
        C = b.n(cnt, ("int", ","))
        Pv = b.n(rhu(x, dp), ("dec", dp), "per")
        txt = "%d年%s%s%s，金额%s元，%s%s元。" % (y, subj, C, cu, Tt, per, Pv)
    if b.label == "negative":
        ap = b.n(rhu(x, 0) + rng.choice([-3, -1, 2, 4]) if rhu(x, 0) > 5 else rhu(x, 0) + 3, ("int", ""), "fixed")
        mk = rng.choice(["约", "近", "左右"])
        if kind == "visit":
            txt = "%d年接待查档%s人次，%s%s%s，%s%s%s人次。" % (y, Tt, subj, C, cu, per, "约" if mk == "左右" else mk, ap)
            mk = "约" if mk == "左右" else mk
        else:
            txt = "%d年%s%s%s，金额%s元，%s%s%s元%s。" % (y, subj, C, cu, Tt, per, "" if mk == "左右" else mk, ap, "左右" if mk == "左右" else "")
        b.lines.append(txt)
        b.chk("neg", kind="approx_per", marker=mk, numbers=[Tt, C, ap])
        b.note = "approximate per-capita figure"
        return
    b.lines.append(txt)
    b.chk("per", total=Tt, count=C, value=Pv)
    b.note = "per-capita average = total / count"


def shares100(rng, k, dp):
    """k shares with dp decimals summing exactly to 100."""
    q = 10 ** dp
    tot = 100 * q
    for _ in range(100):
        w = [rng.uniform(0.5, 3) for _ in range(k)]
        v = [max(1, int(tot * x / sum(w))) for x in w]
        v[-1] = tot - sum(v[:-1])
        if v[-1] > 0:
            return [Fraction(x, q) for x in v]
    raise Retry("shares")


def p_shares(b, var):
    rng, tp = b.rng, b.tp
    names = pick_parts(b, rng.randint(3, 5))
    if len(names) < 3:
        names = ["捐赠资金", "物资折价", "网络募捐"]
    dp = rng.choice([0, 1, 1, 2])
    y = year(b)
    if b.label == "negative":
        ov = tp["ov"] or ["新增", "重点", "跨区"]
        ov = rng.sample(ov, min(3, len(ov)))
        for _ in range(50):
            vs = [Fraction(rng.randint(300, 850), 10) for _ in ov]
            if sum(vs) > 100 and len(ov) >= 2:
                break
        S = [b.n(v, ("pct", 1), "fixed") for v in vs]
        b.lines.append("%d年%s中，%s。" % (y, tp["whole"], "、".join("%s的占%s" % (o, s) for o, s in zip(ov, S))))
        b.chk("neg", kind="overlap_shares", marker="占", numbers=S)
        b.note = "shares of overlapping attributes"
        return
    vs = shares100(rng, len(names), dp)
    S = [b.n(v, pfmt(b, dp), "share", 0, 100) for v in vs]
    if rng.random() < 0.5:
        b.lines.append("%d年%s构成中，%s。" % (y, tp["whole"], "，".join("%s占%s" % (n, s) for n, s in zip(names, S))))
    else:
        b.lines.append("%d年%s结构：%s分别占%s。" % (y, tp["whole"], "、".join(names), "、".join(S)))
    b.chk("share_sum", shares=S, total="100")
    b.note = "shares of one whole add to 100"


def p_pp(b, var):
    rng = b.rng
    rt = R[b.tp["rkey"]]
    dp = rng.choice([1, 1, 2])
    q = Fraction(1, 10 ** dp)
    lo, hi = rt["rrange"]
    for _ in range(100):
        a = rhu(Fraction(rng.uniform(lo, hi - 2)), dp)
        d = rhu(Fraction(rng.uniform(0.3, min(12, hi - float(a)))), dp)
        up = rng.random() < 0.8
        c = a + d if up else a - d
        if 0 < c < 100 and d > 0:
            break
    A, C = b.n(a, pfmt(b, dp), "fixed" if False else "rate", 0, 100), b.n(c, pfmt(b, dp), "rate", 0, 100)
    D = b.n(d, ("dec", dp), "pp", lo=Fraction(1, 10 ** dp))
    w = "提高" if up else "下降"
    y = year(b)
    if b.label == "negative":
        b.lines.append("%d年%s为%s，较上年%s%s个百分点。" % (y, rt["name"], C, w, D))
        b.checks = []
        b.chk("neg", kind="pp_no_base", marker="个百分点", numbers=[C, D])
        b.note = "个百分点 change with only the current rate"
        return
    form = rng.choice(["a", "b", "c"])
    if form == "a":
        b.lines.append("%s由%d年的%s%s到%d年的%s，%s%s个百分点。" % (rt["name"], y - 1, A, w, y, C, w, D))
    elif form == "b":
        b.lines.append("%d年%s%s，比上年（%s）%s%s个百分点。" % (y, rt["name"], C, A, w, D))
    else:
        b.lines.append("%d年%s%s，上年为%s，%s%s个百分点。" % (y, rt["name"], C, A, w, D))
    b.chk("pp", **{"from": A, "to": C, "pp": D, "dir": w})
    b.note = "percentage-point change with both rates"


GROW = {"rc": [("无偿献血", "人次", (5000, 60000)), ("接收社会捐赠款物", "万元", (300, 30000)), ("造血干细胞血样入库", "份", (200, 3000))],
        "civ": [("火化遗体", "具", (1000, 20000)), ("节地生态安葬", "例", (100, 3000))],
        "arc": [("接待查档利用", "人次", (1000, 30000)), ("档案数字化", "万页", (50, 900))],
        "dpf": [("新增残疾人就业", "人", (300, 4000)), ("残疾人基本康复服务", "人次", (2000, 40000))],
        "wf": [("受理妇女儿童维权信访", "件", (200, 3000)), ("巾帼创业培训", "人次", (500, 9000))],
        "cad": [("人防疏散演练参与", "人次", (2000, 50000)), ("人防宣传教育覆盖", "人次", (5000, 90000))]}


def p_growth(b, var):
    rng = b.rng
    what, u, (lo, hi) = rng.choice(GROW[b.tp["src"]])
    dp = rng.choice([1, 1, 2])
    dec = u in ("万元", "万页")
    qf = ("dec", 2 if u == "万元" else 1) if dec else cntfmt(b, "sep" if rng.random() < 0.3 else "")
    mul = Fraction(1, 100 if u == "万元" else 10) if dec else 1
    down = var == "down"
    for _ in range(200):
        prev = rng.randint(int(lo / mul), int(hi / mul))
        g = rng.uniform(0.5, 35)
        cur = int(prev * (1 - g / 100)) if down else int(prev * (1 + g / 100))
        x = Fraction(abs(cur - prev) * 100, prev)
        if cur != prev and not is_tie(x, dp):
            break
    Pv, Cv = b.n(prev * mul, qf), b.n(cur * mul, qf)
    G = b.n(rhu(x, dp), pfmt(b, dp), "growth", lo=Fraction(1, 10 ** dp))
    w = "下降" if down else "增长"
    y = year(b)
    if b.label == "negative":
        kind = rng.choice(["over100", "no_base"])
        if kind == "over100":
            for _ in range(100):
                prev = rng.randint(int(lo / mul), int(hi / mul) // 3)
                cur = int(prev * rng.uniform(2.02, 3.8))
                x = Fraction((cur - prev) * 100, prev)
                if not is_tie(x, dp):
                    break
            b.slots[B.key(Pv)].value = prev * mul
            b.slots[B.key(Cv)].value = cur * mul
            b.slots[B.key(G)].value = rhu(x, dp)
            b.lines.append("%d年%s%s%s，较上年的%s%s增长%s。" % (y, what, Cv, u, Pv, u, G))
            b.chk("growth", prev=Pv, cur=Cv, rate=G, dir="增长")
            b.chk("neg", kind="growth_over_100", marker="增长", numbers=[G])
            b.note = "growth above 100 % is legitimate"
        else:
            b.lines.append("%d年%s%s%s，同比%s%s。" % (y, what, Cv, u, w, G))
            b.chk("neg", kind="pct_no_base", marker="同比", numbers=[Cv, G])
            b.note = "growth without last year's value"
        return
    form = var if var in ("yoy", "sameperiod") else rng.choice(["yoy", "sameperiod"])
    if form == "yoy":
        b.lines.append("%d年%s%s%s，较上年的%s%s%s%s。" % (y, what, Cv, u, Pv, u, w, G))
    else:
        b.lines.append("%d年1—12月%s%s%s，上年同期为%s%s，同比%s%s。" % (y, what, Cv, u, Pv, u, w, G))
    b.chk("growth", prev=Pv, cur=Cv, rate=G, dir=w)
    b.note = "growth rate with both years' values"


def p_table(b, var):
    """table (or inline list) of counts with a share column and a total."""
    rng, tp = b.rng, b.tp
    names = pick_parts(b, rng.randint(3, 5))
    k = len(names)
    dp = rng.choice([1, 1, 2])
    for _ in range(100):
        units = rng.randint(max(tp["range"][0], 60), tp["range"][1]) if not tp["dp"] else rng.randint(200, 5000)
        vals = split(rng, units, k)
        xs = [Fraction(v * 100, units) for v in vals]
        if not any(is_tie(x, dp) for x in xs):
            break
    else:
        raise Retry("tie")
    f = ("int", "")
    u = tp["unit"] if not tp["dp"] else "项"
    y = year(b)
    if b.label == "negative":
        ov = (tp["ov"] or ["新增", "重点"])
        ov = rng.sample(ov, min(3, len(ov)))
        for _ in range(50):
            ovv = [int(units * rng.uniform(0.4, 0.85)) for _ in ov]
            xs = [Fraction(v * 100, units) for v in ovv]
            if sum(ovv) > units and not any(is_tie(x, dp) for x in xs):
                break
        else:
            raise Retry("ov")
        Tt = b.n(units, f)
        b.lines.append("%d年%s%s%s，按特征统计（可重复计入）：" % (y, tp["whole"], Tt, u))
        S = []
        for o, v, x in zip(ov, ovv, xs):
            V = b.n(v, f)
            P = b.n(rhu(x, dp), pfmt(b, dp), "rate", 0, 100)
            b.lines.append("%s\t%s\t%s" % (o, V, P))
            b.chk("rate", num=V, den=Tt, rate=P)
            S.append(P)
        b.chk("neg", kind="overlap_shares", marker="可重复计入", numbers=S)
        b.note = "overlapping attributes: each share is right, shares sum past 100"
        return
    V = [b.n(v, f) for v in vals]
    P = [b.n(rhu(x, dp), pfmt(b, dp), "rate", 0, 100) for x in xs]
    Tt = b.n(units, f)
    if var == "table":
        sep = rng.choice(["\t", " | ", "｜"])
        b.lines.append("%d年%s构成" % (y, tp["whole"]))
        b.lines.append(sep.join(["类别", "数量（%s）" % u, "占比"]))
        rows = [sep.join([n, v, p]) for n, v, p in zip(names, V, P)]
        tot = sep.join(["合计", Tt, "100%"])
        if rng.random() < 0.5:
            b.lines.extend(rows + [tot])
        else:
            b.lines.extend([tot] + rows)
    else:
        b.lines.append("%d年%s%s%s，其中%s。" % (y, tp["whole"], Tt, u, "；".join(
            "%s%s%s、占%s" % (n, v, u, p) if rng.random() < 0.5 else "%s%s%s（%s）" % (n, v, u, p) for n, v, p in zip(names, V, P))))
    b.chk("sum", parts=V, total=Tt)
    for v, p in zip(V, P):
        b.chk("rate", num=v, den=Tt, rate=p)
    b.note = "counts add up and each share matches its count"


def p_money(b, var):
    """whole in 亿, parts in 万, with shares."""
    rng = b.rng
    y = year(b)
    subj = {"rc": "接收社会捐赠款物", "cad": "筹集人防建设资金", "dpf": "投入残疾人事业资金", "wf": "发放巾帼创业担保贷款",
            "arc": "拨付档案保护经费"}[b.tp["src"]]
    names = {"接收社会捐赠款物": ["捐赠资金", "物资折价"], "筹集人防建设资金": ["易地建设费", "财政预算安排"],
             "投入残疾人事业资金": ["康复服务", "就业扶持", "托养照料"], "发放巾帼创业担保贷款": ["个人贷款", "小微企业贷款"],
             "拨付档案保护经费": ["数字化加工", "库房改造", "抢救修复"]}[subj]
    dp = 1
    for _ in range(200):
        tot = rng.randint(11, 480) * 100          # in 万, multiple of 100 -> 2 decimals in 亿
        vals = split(rng, tot, len(names), 0.1)
        xs = [Fraction(v * 100, tot) for v in vals]
        if not any(is_tie(x, dp) for x in xs):
            break
    Tt = b.n(tot, ("yi", 2))
    V = [b.n(v, ("wan", 0, rng.choice(["", ","]))) for v in vals]
    P = [b.n(rhu(x, dp), pfmt(b, dp), "rate", 0, 100) for x in xs]
    if b.label == "negative":
        ta = (tot // 1000 + rng.choice([0, 1])) * 1000
        if ta == tot:
            ta += 1000
        Ta = b.n(ta, ("yi", 1), "fixed")
        if rng.random() < 0.5:
            b.lines.append("%d年%s约%s元，其中%s%s元。" % (y, subj, Ta, names[0], V[0]))
            b.chk("neg", kind="approx_total", marker="约", numbers=[Ta, V[0]])
        else:
            bound = b.n(max(1, rhu(xs[0], 0) - rng.randint(1, 4)), ("pct", 0), "fixed")
            b.lines.append("%d年%s%s元，%s占比超过%s。" % (y, subj, Tt, names[0], bound))
            b.chk("neg", kind="pct_bound", marker="超过", numbers=[Tt, bound])
        b.note = "approximate figures in 亿/万"
        return
    b.lines.append("%d年%s%s元，其中%s。" % (y, subj, Tt, "，".join("%s%s元、占%s" % (n, v, p) for n, v, p in zip(names, V, P))))
    b.chk("sum", parts=V, total=Tt)
    for v, p in zip(V, P):
        b.chk("rate", num=v, den=Tt, rate=p)
    b.note = "亿 whole, 万 parts, shares"


def p_combo(b, var):
    """rate change in points plus growth of the underlying count."""
    rng = b.rng
    rt = R[b.tp["rkey"]]
    dp = 1
    y = year(b)
    d0, n0, r0 = draw_rate(b, rt, dp)
    for _ in range(100):
        d1 = int(d0 * rng.uniform(0.95, 1.15))
        n1 = int(d1 * float(r0 + Fraction(rng.randint(3, 40), 10)) / 100)
        if n1 >= d1:
            continue
        x1 = Fraction(n1 * 100, d1)
        g = Fraction((n1 - n0) * 100, n0)
        if n1 > n0 and not is_tie(x1, dp) and not is_tie(g, dp) and rhu(x1, dp) > r0:
            break
    else:
        raise Retry("combo")
    r1 = rhu(x1, dp)
    N0, N1 = b.n(n0, ("int", "")), b.n(n1, ("int", ""))
    R0, R1 = b.n(r0, pfmt(b, dp), "rate", 0, 100), b.n(r1, pfmt(b, dp), "rate", 0, 100)
    PPv = b.n(r1 - r0, ("dec", dp), "pp", lo=Fraction(1, 10))
    G = b.n(rhu(g, dp), pfmt(b, dp), "growth", lo=Fraction(1, 10))
    if b.label == "negative":
        b.lines.append("%d年%s%s%s，增长%s；%s达到%s，较上年提高%s个百分点。" % (y, rt["num"], N1, rt["nu"], G, rt["name"], R1, PPv))
        b.chk("neg", kind="pp_no_base", marker="个百分点", numbers=[G, R1, PPv])
        b.note = "growth and 个百分点 without bases"
        return
    b.lines.append("%d年%s%s%s，上年为%s%s，增长%s；" % (y, rt["num"], N1, rt["nu"], N0, rt["nu"], G))
    b.lines.append("%s由上年的%s提高到%s，提高%s个百分点。" % (rt["name"], R0, R1, PPv))
    b.chk("growth", prev=N0, cur=N1, rate=G, dir="增长")
    b.chk("pp", **{"from": R0, "to": R1, "pp": PPv, "dir": "提高"})
    b.note = "growth of the count and 个百分点 change of the rate"


# ----------------------------------------------------------------------------------
# style table
# ----------------------------------------------------------------------------------
STYLES = []   # (name, family, func, var, topic-key or rate-key)


def add(family, func, var, keys, name):
    for k in keys:
        STYLES.append(("%s_%s" % (name, k), family, func, var, k))


# totals: 75 styles
add("totals", lambda b, v: t_list(b, "qizhong", v), "plain", ["disab_cert", "women_rights", "eco_burial", "archives"], "qizhong")
add("totals", lambda b, v: t_list(b, "qizhong", v), "sep", ["blood_ml", "archive_visits", "disab_rehab"], "qizhong_sep")
add("totals", lambda b, v: t_list(b, "qizhong", v), "fw", ["sirens", "relief"], "qizhong_fullwidth")
add("totals", lambda b, v: t_list(b, "qizhong", v), "cn", ["cemetery", "gazetteer", "evac_base"], "qizhong_cnnum")
add("totals", lambda b, v: t_list(b, "heji", v), "plain", ["disab_job", "stem_cell", "cremation", "digitize"], "heji")
add("totals", lambda b, v: t_list(b, "heji", v), "sep", ["blood_people", "archives"], "heji_sep")
add("totals", lambda b, v: t_list(b, "fenbie", v), "plain", ["disab_cert", "eco_burial", "rf_area", "women_rights"], "fenbiewei")
add("totals", lambda b, v: t_list(b, "fenbie", v), "cn", ["gazetteer", "cemetery"], "fenbiewei_cnnum")
add("totals", lambda b, v: t_list(b, "bracket", v), "plain", ["sirens", "relief", "disab_job", "digitize"], "bracket")
add("totals", lambda b, v: t_list(b, "bracket", v), "wanyi", ["donation", "jinguo_loan"], "bracket_wanyi")
add("totals", lambda b, v: t_list(b, "qizhong", v), "wanyi", ["donation", "jinguo_loan"], "qizhong_wanyi")
add("totals", lambda b, v: t_list(b, "lines", v), "plain", ["archives", "disab_rehab", "cremation", "rf_area"], "header_lines")
add("totals", lambda b, v: t_list(b, "separate", v), "plain", ["blood_people", "eco_burial", "archive_visits"], "separate_sentences")
add("totals", t_gender, "plain", ["disab_cert", "blood_people", "archive_visits"], "male_female")
add("totals", t_gender, "sep", ["disab_job", "relief"], "male_female_sep")
add("totals", t_table, "tab", ["disab_cert", "stem_cell"], "table_tab")
add("totals", t_table, "pipe", ["cremation", "archives"], "table_pipe")
add("totals", t_table, "fwpipe", ["eco_burial", "women_rights"], "table_fwpipe")
add("totals", t_table, "space", ["sirens", "digitize"], "table_space")
add("totals", t_numbered, "yishi", ["disab_rehab", "relief"], "numbered_yishi")
add("totals", t_numbered, "circle", ["archive_visits"], "numbered_circle")
add("totals", t_numbered, "paren", ["women_rights"], "numbered_paren")
add("totals", t_numbered, "cnparen", ["disab_job"], "numbered_cnparen")
add("totals", t_numbered, "dot", ["eco_burial"], "numbered_dot")
add("totals", t_named, "plain", ["dpf", "civ"], "named_units")
add("totals", t_named, "cn", ["wf"], "named_units_cnnum")
add("totals", t_balance, "income", ["rc", "fund"], "balance_income")
add("totals", t_balance, "stock", ["sirens", "cemetery", "archives"], "balance_stock")
add("totals", t_change, "fromto", ["blood_people", "disab_cert"], "change_fromto")
add("totals", t_change, "yoy", ["cremation", "archive_visits"], "change_yoy")
add("totals", t_change, "sameperiod", ["women_rights", "stem_cell"], "change_sameperiod")
add("totals", t_subtotal, "plain", ["relief", "cremation", "disab_rehab"], "subtotals")
add("totals", t_periods, "quarter", ["blood_people", "archive_visits", "eco_burial"], "quarters")
add("totals", t_periods, "month", ["cremation", "women_rights"], "months")

# pct: 75 styles
add("pct", p_rate, "after", ["cremation_rate", "rehab_cover", "rights_close", "digit_rate", "relief_cover"], "rate_after")
add("pct", p_rate, "before", ["eco_rate", "job_rate", "archive_fast", "stem_match"], "rate_before")
add("pct", p_rate, "bracket", ["loan_repay", "siren_ok", "cremation_rate", "rehab_cover"], "rate_bracket")
add("pct", p_rate, "sep", ["digit_rate", "archive_fast", "job_rate"], "rate_sep")
add("pct", p_rate, "fw", ["rights_close", "eco_rate"], "rate_fullwidth")
add("pct", p_rate, "dp2", ["relief_cover", "stem_match"], "rate_2dp")
add("pct", p_two, "plain", ["cremation_rate", "rehab_cover", "job_rate", "eco_rate", "archive_fast"], "two_rates")
add("pct", p_passfail, "plain", ["siren_ok", "rf_inspect", "cemetery_inspect", "archive_check", "stem_match"], "pass_fail")
add("pct", p_target, "plain", ["dpf", "rc", "arc", "civ", "cad"], "target")
add("pct", p_per, "plain", ["rc", "wf", "arc", "dpf"], "per_capita")
add("pct", p_shares, "plain", ["disab_cert", "eco_burial", "archives", "women_rights", "rf_area", "relief"], "shares100")
add("pct", p_pp, "plain", ["cremation_rate", "eco_rate", "digit_rate", "job_rate", "rights_close", "siren_ok"], "pp")
add("pct", p_growth, "yoy", ["dpf", "rc", "civ"], "growth_yoy")
add("pct", p_growth, "sameperiod", ["arc", "wf", "cad"], "growth_sameperiod")
add("pct", p_growth, "down", ["civ", "arc", "rc"], "decline")
add("pct", p_table, "table", ["disab_cert", "eco_burial", "archives", "blood_people", "women_rights"], "share_table")
add("pct", p_table, "inline", ["archive_visits", "sirens", "relief", "disab_rehab"], "share_inline")
add("pct", p_money, "plain", ["rc", "cad", "dpf", "wf"], "wanyi_shares")
add("pct", p_combo, "plain", ["cremation_rate", "rehab_cover", "eco_rate", "digit_rate"], "pp_and_growth")

PER_STYLE = {"consistent": 8, "inconsistent": 8, "negative": 4}


def topic_for(key, rng):
    if key in T:
        return dict(T[key])
    if key in R:
        rt = R[key]
        return {"key": key, "src": rt["src"], "rkey": key, "parts": None, "ov": [], "dp": 0, "range": (1, 2), "unit": rt["du"], "placeparts": "区"}
    src = {"fund": "rc", "cad": "cad", "arc": "arc", "civ": "civ", "dpf": "dpf", "wf": "wf", "rc": "rc"}[key]
    return {"key": key, "src": src, "parts": None, "ov": [], "dp": 0, "range": (1, 2), "unit": "人", "placeparts": "区"}


def make_record(style, family, func, var, tkey, label, rng):
    derived = why = None
    for attempt in range(60):
        b = B(rng, topic_for(tkey, rng), label)
        try:
            func(b, var)
            if label == "inconsistent":
                b.mutate(allow_malformed=(family == "pct"))
        except Retry:
            continue
        context(b)
        text, checks = b.build()
        rec = {"family": family, "style": style, "label": label, "text": text, "note": b.note, "checks": checks}
        ok, derived, why = verify_record(rec)
        if ok and derived == label:
            return rec
    raise RuntimeError("could not build %s/%s: %s %s" % (style, label, derived, why))


def generate(seed):
    out = []
    for style, family, func, var, tkey in STYLES:
        rng = random.Random("%d:%s" % (seed, style))
        labels = [l for l, n in PER_STYLE.items() for _ in range(n)]
        rng.shuffle(labels)
        for label in labels:
            out.append(make_record(style, family, func, var, tkey, label, rng))
    for i, r in enumerate(out):
        r["id"] = "n42-s%d-%05d" % (seed, i + 1)
    keys = ["id", "family", "style", "label", "text", "note", "checks"]
    return [{k: r[k] for k in keys} for r in out]


# ==================================================================================
# VERIFIER (independent: own parser, Decimal + ROUND_HALF_UP)
# ==================================================================================
V_FW = {ord(c): ord(a) for c, a in zip("０１２３４５６７８９．％，", "0123456789.%,")}
V_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_CNU = {"十": 10, "百": 100, "千": 1000}
V_CNCHARS = set(V_CN) | set(V_CNU) | {"万", "亿"}


def v_cn(s):
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
            total += (section + num) * 10000
            section = num = 0
        elif ch == "亿":
            total += (section + num) * 10 ** 8
            section = num = 0
        else:
            raise ValueError("bad cn numeral " + s)
    return total + section + num


def v_num(s):
    """parse one number literal as written -> (Decimal, decimals)."""
    t = s.translate(V_FW).strip()
    if t and all(c in V_CNCHARS for c in t):
        return Decimal(v_cn(t)), 0
    mult = Decimal(1)
    if t.endswith("亿"):
        mult, t = Decimal(10) ** 8, t[:-1]
    elif t.endswith("万"):
        mult, t = Decimal(10) ** 4, t[:-1]
    if not re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", t):
        raise ValueError("bad number literal %r" % s)
    t = t.replace(",", "").replace(" ", "")
    dp = len(t.split(".")[1]) if "." in t else 0
    return Decimal(t) * mult, dp


PCT_RE = re.compile(r"^([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]$")


def v_pct(s):
    m = PCT_RE.match(s)
    if not m:
        raise ValueError("malformed percentage %r" % s)
    return v_num(m.group(1))


def v_hu(x, dp):
    return x.quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def v_tie(x, dp):
    y = x.scaleb(dp) * 2
    return y == y.to_integral_value() and int(y) % 2 == 1


def v_margin(dp):
    return max(Decimal(2).scaleb(-dp), Decimal("0.3"))


MAL_RE = re.compile(r"[0-9][ \u3000]+[%％]|[%％][0-9]|[%％]{2}|[0-9]\.\.[0-9]|[xX]+(?:\.[xX]+)?[%％]")
WPCT_RE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]")


def present(text, s):
    if not s:
        return False
    digits = "0123456789０１２３４５６７８９"
    cn = s[0] in V_CNCHARS
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(s)] if i + len(s) < len(text) else ""
        if cn:
            ok = before not in V_CNCHARS and (after not in V_CNCHARS or s[-1] in "%％")
        else:
            ok = (before == "" or before not in digits + ".") and (after == "" or after not in digits or s[-1] in "%％")
            if ok and after in ",， " and i + len(s) + 1 < len(text) and text[i + len(s) + 1] in digits and s[0] in digits \
                    and not s.endswith(("%", "％")):
                # "1,234" must not be the head of a longer grouped number
                tail = text[i + len(s) + 1:i + len(s) + 5]
                ok = not re.match(r"\d{3}(?!\d)", tail)
        if ok:
            return True
        start = i + 1


def v_check(c, text):
    """returns (status, message); status in ok|fail|neg|error"""
    rel = c.get("rel")
    strs = []

    def need(*ss):
        for s in ss:
            strs.append(s)
            if not present(text, s):
                raise ValueError("number %r not found in text" % s)
    if rel == "sum":
        need(*c["parts"], c["total"])
        tot = sum((v_num(p)[0] for p in c["parts"]), Decimal(0))
        return ("ok" if tot == v_num(c["total"])[0] else "fail"), "sum %s vs %s" % (tot, c["total"])
    if rel == "balance":
        need(*c["plus"], *c["minus"], c["result"])
        v = sum((v_num(p)[0] for p in c["plus"]), Decimal(0)) - sum((v_num(p)[0] for p in c["minus"]), Decimal(0))
        return ("ok" if v == v_num(c["result"])[0] else "fail"), "balance %s vs %s" % (v, c["result"])
    if rel == "count_items":
        need(c["count"])
        for it in c["items"]:
            if it not in text:
                raise ValueError("item marker %r missing" % it)
        return ("ok" if v_num(c["count"])[0] == len(c["items"]) else "fail"), "count %s vs %d items" % (c["count"], len(c["items"]))
    if rel == "count_names":
        need(c["count"])
        for nm in c["names"]:
            if nm not in text:
                raise ValueError("name %r missing" % nm)
        if len(set(c["names"])) != len(c["names"]):
            raise ValueError("duplicate names")
        return ("ok" if v_num(c["count"])[0] == len(c["names"]) else "fail"), "count %s vs %d names" % (c["count"], len(c["names"]))
    if rel == "rate":
        need(c["num"], c["den"], c["rate"])
        r, dp = v_pct(c["rate"])
        exact = v_num(c["num"])[0] * 100 / v_num(c["den"])[0]
        if v_tie(exact, dp):
            raise ValueError("rounding tie")
        true = v_hu(exact, dp)
        if r == true:
            return "ok", ""
        if abs(r - true) < v_margin(dp):
            raise ValueError("rate off by less than the margin: %s vs %s" % (r, true))
        return "fail", "rate %s vs true %s" % (r, true)
    if rel == "per":
        need(c["total"], c["count"], c["value"])
        val, dp = v_num(c["value"])
        exact = v_num(c["total"])[0] / v_num(c["count"])[0] / Decimal(c.get("scale", "1"))
        if v_tie(exact, dp):
            raise ValueError("rounding tie")
        true = v_hu(exact, dp)
        if val == true:
            return "ok", ""
        if abs(val - true) < Decimal(2).scaleb(-dp):
            raise ValueError("per-capita off by less than 2 units")
        return "fail", "per %s vs true %s" % (val, true)
    if rel == "growth":
        need(c["prev"], c["cur"], c["rate"])
        r, dp = v_pct(c["rate"])
        p, q = v_num(c["prev"])[0], v_num(c["cur"])[0]
        g = (q - p) * 100 / p
        if c["dir"] not in ("增长", "下降") or c["dir"] not in text:
            raise ValueError("direction word")
        if (g > 0) != (c["dir"] == "增长"):
            return "fail", "direction"
        if v_tie(abs(g), dp):
            raise ValueError("rounding tie")
        true = v_hu(abs(g), dp)
        if r == true:
            return "ok", ""
        if abs(r - true) < v_margin(dp):
            raise ValueError("growth off by less than the margin")
        return "fail", "growth %s vs true %s" % (r, true)
    if rel == "pp":
        need(c["from"], c["to"], c["pp"])
        a, _ = v_pct(c["from"])
        b_, _ = v_pct(c["to"])
        d, dp = v_num(c["pp"])
        diff = b_ - a
        if (diff > 0) != (c["dir"] == "提高"):
            return "fail", "direction"
        if abs(diff) == d:
            return "ok", ""
        if abs(abs(diff) - d) < v_margin(dp):
            raise ValueError("pp off by less than the margin")
        return "fail", "pp %s vs %s" % (d, abs(diff))
    if rel == "share_sum":
        need(*c["shares"])
        vals = [v_pct(s) for s in c["shares"]]
        tot = sum((v for v, _ in vals), Decimal(0))
        dp = max(d for _, d in vals)
        tol = Decimal(len(vals)) * Decimal("0.5").scaleb(-dp)
        if abs(tot - Decimal(c["total"])) <= tol:
            return "ok", ""
        if abs(tot - Decimal(c["total"])) < tol + Decimal("0.3"):
            raise ValueError("share sum ambiguous")
        return "fail", "shares sum %s" % tot
    if rel == "malformed_pct":
        lit = c["literal"]
        if lit not in text:
            raise ValueError("malformed literal missing")
        rel_ = c.get("relation")
        if not isinstance(rel_, dict) or lit not in all_strings(rel_):
            raise ValueError("malformed literal must name the relation it sits in")
        try:
            v_pct(lit)
        except ValueError:
            return "fail", "malformed %s" % lit
        raise ValueError("literal %r is well formed" % lit)
    if rel == "neg":
        if not c.get("kind") or not c.get("marker") or c["marker"] not in text:
            raise ValueError("neg marker %r missing" % c.get("marker"))
        need(*c.get("numbers", []))
        nv = c.get("naive")
        if nv:
            st, _ = v_check(nv, text)
            if st != "fail":
                raise ValueError("naive relation of a look-alike holds")
        pm = c.get("permille")
        if pm:
            v, dp = v_num(pm["value"].rstrip("‰"))
            if v_hu(v_num(pm["num"])[0] * 1000 / v_num(pm["den"])[0], dp) != v:
                raise ValueError("permille value wrong")
        return "neg", c["kind"]
    raise ValueError("unknown rel %r" % rel)


def all_strings(c):
    out = []
    if isinstance(c, str):
        out.append(c)
    elif isinstance(c, list):
        for x in c:
            out += all_strings(x)
    elif isinstance(c, dict):
        for k, x in c.items():
            if k not in ("rel", "kind", "dir", "marker", "was"):
                out += all_strings(x)
    return out


def verify_record(rec):
    """returns (ok, derived_label, message)."""
    text = rec.get("text", "")
    checks = rec.get("checks")
    if rec.get("family") not in ("totals", "pct") or not isinstance(checks, list) or not checks:
        return False, None, "bad fields"
    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", rec.get("style", "")):
        return False, None, "style not snake_case"
    if "\n" in rec.get("note", "x") or not rec.get("note"):
        return False, None, "note must be one line"
    if not 1 <= len(text.split("\n")) <= 8:
        return False, None, "1-8 lines"
    fails = negs = 0
    try:
        for c in checks:
            st, _ = v_check(c, text)
            fails += st == "fail"
            negs += st == "neg"
    except (ValueError, KeyError, ArithmeticError) as e:
        return False, None, "check error: %s" % e
    # malformed literals in the text must all be declared; every % literal must be in a check
    declared = [c["literal"] for c in checks if c["rel"] == "malformed_pct"]
    scrub = text
    for lit in declared:
        scrub = scrub.replace(lit, " ")
    if MAL_RE.search(scrub):
        return False, None, "undeclared malformed percentage %r" % MAL_RE.search(scrub).group(0)
    known = set(s for c in checks for s in all_strings(c))
    for m in WPCT_RE.finditer(scrub):
        if m.group(0) not in known and m.group(0) not in ("100%", "100％"):
            return False, None, "percentage %s not covered by any check" % m.group(0)
    if fails > 1:
        return False, None, "%d relations fail (inconsistent must break exactly one)" % fails
    derived = "inconsistent" if fails == 1 else ("negative" if negs else "consistent")
    if derived == "negative" and rec.get("family") == "totals" and any(c["rel"] == "malformed_pct" for c in checks):
        return False, None, "malformed in totals"
    return True, derived, ""


def verify_files(paths):
    bad = 0
    n = 0
    for p in paths:
        ids = set()
        with open(p, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                n += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print("%s:%d: bad json %s" % (p, ln, e))
                    bad += 1
                    continue
                if rec.get("id") in ids:
                    print("%s:%d: duplicate id" % (p, ln))
                    bad += 1
                ids.add(rec.get("id"))
                ok, derived, why = verify_record(rec)
                if not ok:
                    print("%s:%d %s: %s" % (p, ln, rec.get("id"), why))
                    bad += 1
                elif derived != rec.get("label"):
                    print("%s:%d %s: label %s but checks say %s" % (p, ln, rec.get("id"), rec.get("label"), derived))
                    bad += 1
    print("verified %d records in %d file(s): %d problem(s)" % (n, len(paths), bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required (or --verify FILES)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))


if __name__ == "__main__":
    main()
