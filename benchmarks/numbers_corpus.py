"""A seeded generator of report statements for the numeric rules (totals TO*, percentages PC*).

    from numbers_corpus import generate
    cases = generate(seed=7, per_construction=60)

Every construction of the relation grammar (docs/totals.md, docs/percentages.md) is written in several
surface forms, each time three ways:

* **consistent** — the arithmetic holds (exactly, within the rounding of the stated decimals, or within
  a qualifier such as 余/约);
* **broken** — the same statement with one number perturbed: by a few units, by 10–30 %, a part larger
  than its whole, a 万/亿 slip, two digits swapped, a part counted twice or left out of the total, a
  rate off by at least 0.5 points or written as its complement, shares past 100 %, a rate no whole
  count can give;
* **negative** — real-world look-alikes that must stay silent: changes and their end points, averages,
  targets, growth past 100 %, 百分点, ranges, years and document numbers, approximate totals, partial
  breakdowns, mixed unit classes, unbound rates, ``1+X``/``7+X``/``x86``/``5G``, several wholes in one
  sentence.

Numbers are written in every style reports use (``1234``, ``1,234``, full-width ``１２３４``, decimals,
Chinese numerals, 万/亿 magnitudes mixed with 元) and with full-width or ASCII punctuation. All the
vocabulary is written for this generator.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

# --------------------------------------------------------------------------- the cases


@dataclass
class Case:
    """One statement with its label."""

    text: str
    family: str  # "totals" | "percentage"
    construction: str
    kind: str  # "consistent" | "broken" | "negative"
    error: str = ""  # the perturbation of a broken case
    #: the diagnosis a broken case should get (auditor.diagnosis codes), when one is certain
    diagnosis: str | None = None
    meta: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- vocabulary (our own)

#: (verb + whole noun, unit, part names) for counted things
COUNT_TOPICS = [
    ("受理群众诉求", "件", ["城市管理类", "环境保护类", "劳动保障类", "住房建设类", "交通出行类"]),
    ("开展职业技能培训", "人次", ["农村劳动力", "退役军人", "高校毕业生", "下岗职工", "残疾人"]),
    ("实施重点项目", "个", ["产业类", "民生类", "基础设施类", "生态环保类", "社会事业类"]),
    # (parts of a whole are disjoint: 低保户 and 残疾人家庭 may be the same households, so they are no parts)
    ("走访困难家庭", "户", ["东片区", "西片区", "南片区", "北片区", "中心片区"]),
    ("查处违法案件", "起", ["无证经营", "虚假宣传", "食品安全", "价格违法", "商标侵权"]),
    ("排查安全隐患", "处", ["消防通道", "电气线路", "燃气管道", "危化品仓储", "建筑工地"]),
    ("新建改建学校", "所", ["小学", "初中", "幼儿园", "职业学校"]),
    ("调解矛盾纠纷", "起", ["邻里纠纷", "婚姻家庭纠纷", "劳资纠纷", "土地纠纷", "物业纠纷"]),
    ("安置就业人员", "人", ["企业吸纳", "公益性岗位安置", "自主创业", "灵活就业"]),
    ("培育市场主体", "家", ["工业企业", "商贸企业", "个体工商户", "农民专业合作社"]),
]

#: (verb + whole noun, unit, part names) for money
MONEY_TOPICS = [
    ("完成固定资产投资", ["工业投资", "基础设施投资", "民生项目投资", "房地产开发投资"]),
    ("争取上级资金", ["中央资金", "省级资金", "市级资金"]),
    ("发放惠农补贴", ["耕地地力补贴", "农机购置补贴", "生态补偿资金", "良种补贴"]),
    ("实现村集体收入", ["资产租赁收入", "经营性收入", "服务性收入"]),
    ("筹集建设资金", ["财政拨款", "银行贷款", "社会资本", "专项债券"]),
]

PERIODS = ["", "", "全年", "今年以来", "2025年", "上半年", "一季度", "截至目前，", "过去一年，"]

#: pairs that make up a whole between them: (whole phrase, unit, first, second)
COMPLEMENTS = [
    ("办结投诉举报", "件", "按期办结", "超期办结"),
    ("培训学员", "人", "男性", "女性"),
    ("新增就业", "人", "城镇", "农村"),
    ("开展宣讲活动", "场次", "线上", "线下"),
    ("招收学生", "人", "省内", "省外"),
    ("登记幼儿园", "所", "公办", "民办"),
    ("抽检食品", "批次", "合格", "不合格"),
]

LIST_ITEMS = [  # (verb + thing, unit) for a list of different things counted alike
    ("新建停车位", "个"), ("改造充电桩", "个"), ("增设休息点", "个"), ("新建口袋公园", "个"),
    ("修缮老旧院落", "个"), ("建设健身驿站", "个"),
]

SUM_WORDS = ["合计", "共计", "总计", "共", "以上合计", "累计共", "一共"]
N_ITEMS = {2: "两项", 3: "三项", 4: "四项", 5: "五项"}

RATE_STEMS = [  # (intake verb + noun, unit, done verb, rate word)
    ("受理网格事件", "件", "办结", "办结率"),
    ("排查整改问题", "个", "整改到位", "整改率"),
    ("受理信访件", "件", "化解", "化解率"),
    ("收到群众留言", "条", "回复", "回复率"),
    ("立案查处案件", "起", "结案", "结案率"),
    ("发现各类隐患", "处", "处置", "处置率"),
]

SURVEY = [  # (survey phrase, unit, rate word)
    ("发放满意度问卷", "份", "满意率"),
    ("随机回访群众", "人", "满意率"),
    ("抽检农产品样本", "批次", "合格率"),
    ("开展入户调查", "户", "知晓率"),
    ("组织群众测评", "人", "好评率"),
]

SHARE_PARTS = [
    ("产业结构", ["一产", "二产", "三产"]),
    ("从业人员构成", ["农业", "工业", "服务业"]),
    ("资金来源构成", ["财政资金", "银行贷款", "自筹资金", "社会资本"]),
    ("用地结构", ["耕地", "林地", "建设用地", "其他用地"]),
    ("客源结构", ["本地游客", "省内游客", "省外游客"]),
]

SHARE_RATE_WORDS = ["满意率", "覆盖率", "合格率", "知晓率", "参保率", "入学率", "办结率", "达标率", "普及率"]

# --------------------------------------------------------------------------- number and punctuation styles

STYLES = ("arabic", "arabic", "thousands", "fullwidth", "spaced", "separated")
#: the separators of thousands that the "separated" style writes (a space, a narrow space, a full-width comma)
_SEPARATORS = (" ", "\u2009", "，")
_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_CN = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """``1234`` → ``一千二百三十四``, ``12`` → ``十二``, ``20000`` → ``两万`` (0 < n < 10⁸)."""
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        head = "两" if high == 2 else chinese(high)
        if low == 0:
            return head + "万"
        return head + "万" + ("零" if low < 1000 else "") + chinese(low)
    out, zero = [], False
    for value, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out.append("零")
            out.append(_CN[digit] + name)
            zero = False
        elif out:
            zero = True
    if n:
        out.append(("零" if zero else "") + _CN[n])
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


@dataclass
class Style:
    """How one statement writes its numbers and punctuation."""

    numbers: str = "arabic"
    ascii: bool = False

    @property
    def comma(self) -> str:
        return "," if self.ascii else "，"

    @property
    def semi(self) -> str:
        return ";" if self.ascii else "；"

    @property
    def colon(self) -> str:
        return ":" if self.ascii else "："

    @property
    def paren(self) -> tuple[str, str]:
        return ("(", ")") if self.ascii else ("（", "）")

    @property
    def end(self) -> str:
        return "." if self.ascii else "。"

    def num(self, value: Decimal | int, unit: str = "", decimals: int | None = None) -> str:
        """*value* written in this style, with its unit."""
        value = Decimal(value)
        if decimals is not None:
            value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = _plain(value)
        if self.numbers == "chinese" and value == value.to_integral_value() and 0 < value < 10**8:
            return ("两" if value == 2 else chinese(int(value))) + unit
        if self.numbers in ("thousands", "separated") and value >= 1000:
            whole, _, frac = text.partition(".")
            text = f"{int(whole):,}" + ("." + frac if frac else "")
            if self.numbers == "separated":  # (one separator a number, chosen from its digits: the same each time)
                text = text.replace(",", _SEPARATORS[int(whole) % len(_SEPARATORS)])
        if self.numbers == "fullwidth":
            text = text.translate(_FULL)
        if self.numbers == "spaced":
            return f" {text} {unit}" if unit else f" {text} "
        return text + unit

    def pct(self, value: Decimal | int | float, decimals: int = 1) -> str:
        text = _plain(Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)) + "%"
        if self.numbers == "fullwidth":
            return text.translate(_FULL)
        return text


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text


def random_style(rng: random.Random, chinese_ok: bool = False) -> Style:
    numbers = rng.choice(STYLES + (("chinese",) if chinese_ok else ()))
    return Style(numbers=numbers, ascii=rng.random() < 0.3)


# --------------------------------------------------------------------------- perturbations


def few_units(value: int, rng: random.Random, direction: int = 0) -> int:
    step = rng.randint(1, 5) * (direction or rng.choice((-1, 1)))
    return value + step if value + step > 0 else value + abs(step)


def ten_to_thirty(value: int, rng: random.Random, direction: int = 0) -> int:
    factor = 1 + rng.uniform(0.1, 0.3) * (direction or rng.choice((-1, 1)))
    new = round(value * factor)
    return new if new != value and new > 0 else value + max(1, value // 5)


def transpose(value: int, rng: random.Random) -> int | None:
    """Two adjacent different digits swapped (``1067`` → ``1076``), or None when there are none."""
    digits = str(value)
    spots = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")]
    if not spots:
        return None
    i = rng.choice(spots)
    return int(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])


# --------------------------------------------------------------------------- helpers


def split(total: int, n: int, rng: random.Random, minimum: int = 1) -> list[int]:
    """*n* positive parts of *total*, none tiny."""
    cuts = sorted(rng.sample(range(minimum, total - minimum + 1), n - 1)) if total > 2 * n * minimum else []
    if len(cuts) != n - 1 or len(set(cuts)) != len(cuts):
        base = total // n
        return [base] * (n - 1) + [total - base * (n - 1)]
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=False)]
    return parts if min(parts) >= minimum else [total // n] * (n - 1) + [total - (total // n) * (n - 1)]


def magnitude(rng: random.Random) -> int:
    return rng.choice([rng.randint(20, 99), rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999),
                       rng.randint(10000, 60000)])


def join_list(items: list[str], rng: random.Random, style: Style) -> str:
    """``A、B和C`` / ``A、B、C`` / ``A，B，C``."""
    if len(items) > 1 and rng.random() < 0.3:
        return "、".join(items[:-1]) + rng.choice(["和", "及"]) + items[-1]
    if rng.random() < 0.15 and not style.ascii:
        return "，".join(items)
    return "、".join(items)


Builder = Callable[[random.Random, Style, str], "tuple[str, str, str | None] | None"]

# A builder writes one statement: ``build(rng, style, mode)`` with mode "consistent" or one of its
# perturbations; it returns (text, error, diagnosis) or None when the perturbation does not apply.

TOTALS_ERRORS = ("few-units", "ten-to-thirty-pct", "part-over-whole", "transposed-digits", "part-counted-twice",
                 "missing-part")
PARTIAL_ERRORS = ("few-units", "ten-to-thirty-pct", "part-over-whole")


def _perturb_sum(parts: list[int], whole: int, mode: str, rng: random.Random, exhaustive: bool):
    """(parts, whole, diagnosis) after the perturbation *mode*; None when it cannot apply."""
    parts = list(parts)
    if mode == "consistent":
        return parts, whole, None
    if mode == "part-over-whole":
        i = rng.randrange(len(parts))
        parts[i] = whole + rng.randint(1, max(2, whole // 3))
        return parts, whole, None
    if not exhaustive:  # a partial list is wrong only when the parts exceed the whole
        if mode in ("few-units", "ten-to-thirty-pct"):
            if sum(parts) < whole:
                return None
            change = few_units if mode == "few-units" else ten_to_thirty
            if rng.random() < 0.5:
                whole = change(whole, rng, -1)
            else:
                i = rng.randrange(len(parts))
                parts[i] = change(parts[i], rng, +1)
            return parts, whole, None
        return None
    if mode in ("few-units", "ten-to-thirty-pct"):
        change = few_units if mode == "few-units" else ten_to_thirty
        if rng.random() < 0.5:
            whole = change(whole, rng)
        else:
            i = rng.randrange(len(parts))
            parts[i] = change(parts[i], rng)
        return parts, whole, None
    if mode == "transposed-digits":
        new = transpose(whole, rng)
        if new is None:
            return None
        return parts, new, "transposed-digits"
    if mode == "part-counted-twice":
        if len(parts) < 3 or len(set(parts)) != len(parts):
            return None
        return parts, whole + rng.choice(parts), "part-counted-twice"
    if mode == "missing-part":
        if len(parts) < 3 or len(set(parts)) != len(parts):
            return None
        return parts, whole - rng.choice(parts), "missing-part"
    return None


# --------------------------------------------------------------------------- totals constructions


def _count_statement(rng: random.Random, n_min: int = 2, n_max: int = 4):
    verb_noun, unit, names = rng.choice(COUNT_TOPICS)
    n = rng.randint(n_min, min(n_max, len(names)))
    whole = magnitude(rng)
    while whole < 6 * n:
        whole = magnitude(rng)
    return verb_noun, unit, rng.sample(names, n), whole, split(whole, n, rng, max(1, whole // (n * 8)))


def qizhong(rng, style, mode):
    verb_noun, unit, names, whole, parts = _count_statement(rng)
    if mode == "consistent" and rng.random() < 0.3:  # a partial breakdown is fine
        parts = parts[:-1]
        names = names[:-1]
    if mode == "just-short":  # the parts cover all but a sliver of the whole: a part or the total mistyped (TO010)
        if len(parts) < 2 or whole < 200:
            return None
        gap = rng.randint(max(2, whole // 400), max(2, whole // 60))
        if rng.random() < 0.5:
            whole += gap
        else:
            i = max(range(len(parts)), key=lambda k: parts[k])
            parts[i] -= gap
        perturbed = (parts, whole, None)
    else:
        perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=False)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    items = [f"{name}{style.num(p, unit)}" for name, p in zip(names, parts, strict=False)]
    period = rng.choice(PERIODS)
    head = rng.choice([f"{period}共{verb_noun}{style.num(whole, unit)}",
                       f"{period}{verb_noun}{style.num(whole, unit)}",
                       f"{period}累计{verb_noun}{style.num(whole, unit)}",
                       f"{verb_noun[:2]}{verb_noun[2:]}总数达{style.num(whole, unit)}"])
    c = style.comma
    if rng.random() < 0.25:
        lp, rp = style.paren
        return f"{head}{lp}其中{join_list(items, rng, style)}{rp}{style.end}", mode, diagnosis
    return f"{head}{c}其中{join_list(items, rng, style)}{style.end}", mode, diagnosis


def in_brackets(rng, style, mode):
    """Parts in brackets right after their whole, no marker: the whole's composition. Consistent when they add up,
    or when they are plainly the main kinds only (less than three fifths of the whole); a near miss is wrong."""
    verb_noun, unit, names, whole, parts = _count_statement(rng, 2, 4)
    if whole < 40:
        return None
    if mode == "consistent" and rng.random() < 0.3:  # the main kinds only: far short of the whole
        while len(parts) > 1 and sum(parts) * 5 >= whole * 3:
            parts, names = parts[:-1], names[:-1]
        if sum(parts) * 5 >= whole * 3:
            return None
    if mode == "short-in-brackets":  # the whole, or one part, off by a few units: the parts fall just short
        short = rng.randint(1, 5)
        if rng.random() < 0.5:
            whole += short
        else:
            i = rng.randrange(len(parts))
            if parts[i] <= short:
                return None
            parts[i] -= short
        diagnosis = None
    else:
        perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=False)
        if perturbed is None:
            return None
        parts, whole, diagnosis = perturbed
    items = [f"{name}{style.num(p, unit)}" for name, p in zip(names, parts, strict=False)]
    lp, rp = style.paren
    period = rng.choice(PERIODS)
    head = rng.choice([f"{period}共{verb_noun}{style.num(whole, unit)}",
                       f"{period}{verb_noun}{style.num(whole, unit)}"])
    return f"{head}{lp}{join_list(items, rng, style)}{rp}{style.end}", mode, diagnosis


def qizhong_rest(rng, style, mode):
    verb_noun, unit, names, whole, parts = _count_statement(rng, 3, 4)
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    c = style.comma
    items = [f"{name}{style.num(p, unit)}" for name, p in zip(names[:-1], parts[:-1], strict=False)]
    rest = rng.choice([f"其余{style.num(parts[-1], unit)}为{names[-1]}", f"其余{style.num(parts[-1], unit)}",
                       f"其他{names[-1]}{style.num(parts[-1], unit)}"])
    period = rng.choice(PERIODS)
    return (f"{period}共{verb_noun}{style.num(whole, unit)}{c}其中{join_list(items, rng, style)}{c}{rest}"
            f"{style.end}", mode, diagnosis)


def complementary(rng, style, mode):
    noun, unit, first, second = rng.choice(COMPLEMENTS)
    whole = magnitude(rng)
    a = rng.randint(max(1, whole // 2), whole - 1)
    perturbed = _perturb_sum([a, whole - a], whole, mode, rng, exhaustive=True)
    if perturbed is None or mode in ("part-counted-twice", "missing-part"):
        return None
    (a, b), whole, diagnosis = perturbed
    c = style.comma
    period = rng.choice(PERIODS)
    joiner = rng.choice(["、", c, "，" if not style.ascii else ","])
    form = rng.random()
    if form < 0.5:
        text = (f"{period}{noun}{style.num(whole, unit)}{c}其中{first}{style.num(a, unit)}{joiner}{second}"
                f"{style.num(b, unit)}")
    elif form < 0.8:
        text = (f"{period}共{noun}{style.num(whole, unit)}{c}{first}{style.num(a, unit)}{joiner}{second}"
                f"{style.num(b, unit)}")
    else:
        text = (f"{period}{noun}{style.num(whole, unit)}{c}其中{first}{style.num(a, unit)}{c}{second}"
                f"{style.num(b, unit)}")
    return text + style.end, mode, diagnosis


def including(rng, style, mode):
    verb_noun, unit, names, whole, parts = _count_statement(rng, 2, 3)
    if mode == "consistent" and rng.random() < 0.4:
        parts, names = parts[:-1], names[:-1]
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=False)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    items = [f"{name}{style.num(p, unit)}" for name, p in zip(names, parts, strict=False)]
    c = style.comma
    lp, rp = style.paren
    form = rng.random()
    if form < 0.5:
        text = f"{verb_noun}{style.num(whole, unit)}{c}包括{join_list(items, rng, style)}"
    elif form < 0.75:
        text = f"{verb_noun}{style.num(whole, unit)}{c}涵盖{join_list(items, rng, style)}"
    else:
        text = f"{verb_noun}{style.num(whole, unit)}{lp}含{join_list(items, rng, style)}{rp}"
    return text + style.end, mode, diagnosis


def list_total(rng, style, mode):
    n = rng.randint(2, 4)
    items = rng.sample(LIST_ITEMS, n)
    unit = "个"
    parts = [rng.choice([rng.randint(12, 99), rng.randint(100, 999)]) for _ in items]
    whole = sum(parts)
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    texts = [f"{name}{style.num(p, unit)}" for (name, _), p in zip(items, parts, strict=False)]
    word = rng.choice([*SUM_WORDS, N_ITEMS[n] + "合计", N_ITEMS[n] + "共计", "以上共"])
    return f"{join_list(texts, rng, style)}{style.comma}{word}{style.num(whole, unit)}{style.end}", mode, diagnosis


def sentences_then_total(rng, style, mode):
    """``甲镇完成改厕150户。乙镇完成342户。以上两个乡镇合计完成492户。``: each part in a sentence (or a line) of its
    own, then a sentence that sums them up (TO001, construction ``sentences-then-total``); sometimes the whole is
    stated first as well, or a sentence without figures stands between."""
    verb_noun, unit, names, whole, parts = _count_statement(rng, 2, 4)
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    end = "。"
    joint = rng.choice(["", "", "\n"])
    sentences = [rng.choice([f"{name}方面{style.comma}{verb_noun}{style.num(p, unit)}",
                             f"{name}{verb_noun[:2]}{style.num(p, unit)}",
                             f"{name}：{style.num(p, unit)}{style.comma}已全部建立台账"]) + end
                 for name, p in zip(names, parts, strict=True)]
    n = len(parts)
    head = rng.choice(["以上合计", "以上共计", f"以上{N_ITEMS[n]}合计", "综上，全年共", "总体看，累计"])
    closing = f"{head}{verb_noun[2:] if rng.random() < 0.5 else ''}{style.num(whole, unit)}{end}"
    between = rng.choice(["", "", "坚持问题导向，压实工作责任。"])
    return joint.join(sentences) + (between if joint == "" else "") + joint + closing, mode, diagnosis


def progress_statuses(rng, style, mode):
    """``排查问题360条，已完成整改72条，正在整改233条，列入长期整改55条``: a set of tasks, then what of it is done and
    what is not yet (TO001, construction ``progress-statuses``); the set may stand in the sentence before."""
    noun, unit = rng.choice([("改造任务", "个"), ("反馈问题", "条"), ("重点项目", "个"), ("民生实事", "项"),
                             ("整改任务", "处")])
    whole = rng.randint(20, 900)
    done = rng.randint(whole // 4, whole * 3 // 4)
    rest = [whole - done]
    if rng.random() < 0.4 and rest[0] >= 4:
        later = rng.randint(1, rest[0] // 2)
        rest = [rest[0] - later, later]
    parts = [done, *rest]
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None or mode in ("part-counted-twice", "missing-part"):
        return None
    parts, whole, diagnosis = perturbed
    c = style.comma
    done_words = rng.choice([f"已完成{style.num(parts[0], unit)}", f"{style.num(parts[0], unit)}已完成整改",
                             f"已竣工{style.num(parts[0], unit)}"])
    later_words = [rng.choice([f"正在推进{style.num(parts[1], unit)}", f"在建{style.num(parts[1], unit)}",
                               f"{style.num(parts[1], unit)}正在整改"])]
    if len(parts) == 3:
        later_words.append(rng.choice([f"列入长期整改{style.num(parts[2], unit)}",
                                       f"开展前期工作{style.num(parts[2], unit)}"]))
    statuses = c.join([done_words, *later_words])
    if rng.random() < 0.3:
        return (f"今年确定{noun}{style.num(whole, unit)}。截至12月底{c}{statuses}{style.end}", mode, diagnosis)
    return f"{rng.choice(PERIODS)}共排查{noun}{style.num(whole, unit)}{c}{statuses}{style.end}", mode, diagnosis


def total_colon(rng, style, mode):
    """``全县新改建农村公路合计504.7公里：县道200.2公里；乡道221.8公里``: a total named by a sum word before a
    colon, its parts listed after it (TO001)."""
    verb_noun, unit, names, whole, parts = _count_statement(rng, 2, 4)
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    sep = rng.choice([style.semi, "、", style.comma])
    body = sep.join(f"{name}{style.num(p, unit)}" for name, p in zip(names, parts, strict=True))
    word = rng.choice(["合计", "共计", "总计"])
    return f"{verb_noun}{word}{style.num(whole, unit)}{style.colon}{body}{style.end}", mode, diagnosis


#: wholes and kinds of them named with the whole's own word (支出, 待遇, 收入) or as classes (…类)
KINDS_OF_WHOLES = [
    ("一般公共预算支出", "万元", ["教育支出", "农林水支出", "卫生健康支出", "社会保障和就业支出", "城乡社区支出",
                          "交通运输支出"]),
    ("发放社会保险待遇", "万元", ["养老保险待遇", "失业保险待遇", "工伤保险待遇", "生育保险待遇"]),
    ("村集体经济收入", "万元", ["经营性收入", "发包及上交收入", "补助收入", "其他收入"]),
    ("办理政务服务事项", "件", ["社保医保类", "税务类", "不动产类", "市场监管类", "公安户政类"]),
    ("受理群众诉求", "件", ["城市管理类", "环境保护类", "劳动保障类", "住房建设类", "交通出行类"]),
    ("完成农业产值", "万元", ["种植业产值", "畜牧业产值", "渔业产值", "林业产值"]),
]


def list_after_whole(rng, style, mode):
    """``一般公共预算支出86,294万元。教育支出36,381万元；城乡社区支出49,912万元。``: a sentence that ends with a whole,
    then one that lists kinds of it and nothing else; maybe not all of them (TO002, TO004)."""
    noun, unit, names = rng.choice(KINDS_OF_WHOLES)
    n = rng.randint(2, min(4, len(names)))
    whole = magnitude(rng)
    while whole < 6 * n:
        whole = magnitude(rng)
    parts = split(whole, n, rng, max(1, whole // (n * 8)))
    names = rng.sample(names, n)
    if mode == "consistent" and rng.random() < 0.3:  # the main kinds only: fine
        parts, names = parts[:-1], names[:-1]
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=False)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    sep = rng.choice([style.semi, style.semi, "；"])
    body = sep.join(f"{name}{style.num(p, unit)}" for name, p in zip(names, parts, strict=False))
    period = rng.choice(["", "全年", "2025年", "今年以来，", "全县"])
    return f"{period}{noun}{style.num(whole, unit)}。{body}{style.end}", mode, diagnosis


def periods_after_year(rng, style, mode):
    """``全年接待游客566.1万人次。上半年接待140.4万人次，下半年接待425.7万人次。``: the year's figure, then both halves
    (or the four quarters) of it in the next sentence (TO001)."""
    verb_noun, unit, _ = rng.choice(COUNT_TOPICS)
    periods = rng.choice([["上半年", "下半年"], ["一季度", "二季度", "三季度", "四季度"]])
    whole = magnitude(rng)
    while whole < 6 * len(periods):
        whole = magnitude(rng)
    parts = split(whole, len(periods), rng, max(1, whole // (len(periods) * 8)))
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    verb = verb_noun[:2]
    body = style.comma.join(f"{period}{verb if k == 0 else ''}{style.num(p, unit)}"
                            for k, (period, p) in enumerate(zip(periods, parts, strict=True)))
    return f"全年{verb_noun}{style.num(whole, unit)}。{body}{style.end}", mode, diagnosis


def table_row_totals(rng, style, mode):
    """``单位｜职工医保｜居民医保｜合计`` and rows under it, each a name, its columns and their total (TO001)."""
    columns = rng.choice([["职工医保", "居民医保"], ["城镇", "农村", "其他"], ["一季度", "二季度", "三季度", "四季度"]])
    sep = rng.choice(["｜", "|", "\t", "  "])
    rows = []
    wrong_row = rng.randrange(3)
    diagnosis = None
    for k, town in enumerate(rng.sample(["东城街道", "西湖镇", "南山乡", "北岭镇", "中和街道"], 3)):
        values = [rng.randint(100, 60000) for _ in columns]
        total = sum(values)
        if k == wrong_row:
            got = _perturb_sum(values, total, mode, rng, exhaustive=True)
            if got is None:
                return None
            values, total, diagnosis = got
        rows.append(sep.join([town, *(str(v) for v in values), str(total)]))
    header = sep.join(["单位", *columns, "合计"])
    return "\n".join(["各乡镇情况（单位：人）", header, *rows]), mode, diagnosis


def attendance(rng, style, mode):
    """``应到代表35人，实到32人，请假3人``: who should attend, who did and who did not (TO001)."""
    should = rng.randint(7, 400)
    absent = [rng.randint(1, max(1, should // 8)) for _ in range(rng.choice([1, 1, 2]))]
    present = should - sum(absent)
    if present < 1:
        return None
    perturbed = _perturb_sum([present, *absent], should, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    (present, *absent), should, diagnosis = perturbed
    c = style.comma
    who = rng.choice(["代表", "委员", "成员", ""])
    words = ["请假", "缺席"][:len(absent)]
    tail = c.join(f"{w}{style.num(a, '人')}" for w, a in zip(words, absent, strict=True))
    return (f"{rng.choice(['出席：', '', '会议'])}应到{who}{style.num(should, '人')}{c}实到{style.num(present, '人')}"
            f"{c}{tail}{style.end}", mode, diagnosis)


def running_total(rng, style, mode):
    """``1—3月受理来电4923件；4月当月1577件，1—4月累计6500件``: the months of a year to date, the next month, the months
    to date after it (TO001)."""
    upto = rng.randint(2, 10)
    before = rng.randint(800, 60000)
    month = rng.randint(before // (upto * 3), max(before // upto, before // (upto * 3) + 1))
    perturbed = _perturb_sum([before, month], before + month, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    (before, month), after, diagnosis = perturbed
    noun, unit = rng.choice([("受理群众来电", "件"), ("接待游客", "人次"), ("新增市场主体", "户"),
                             ("办理审批事项", "件")])
    c, semi = style.comma, rng.choice([style.semi, style.end])
    if rng.random() < 0.5:
        text = (f"1—{upto}月{c}{noun}{style.num(before, unit)}{semi}{upto + 1}月当月{style.num(month, unit)}{c}"
                f"1—{upto + 1}月累计{style.num(after, unit)}")
    else:
        text = (f"截至{upto + 1}月底{c}累计{noun}{style.num(after, unit)}{c}其中{upto + 1}月{style.num(month, unit)}"
                f"{semi}1—{upto}月累计为{style.num(before, unit)}")
    return text + style.end, mode, diagnosis


def staffing(rng, style, mode):
    """``核定事业编制198名，实有在编人员167名，空编31名``: the posts, those in post and the posts empty (TO001)."""
    posts = rng.randint(12, 900)
    empty = rng.randint(1, max(1, posts // 5))
    perturbed = _perturb_sum([posts - empty, empty], posts, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    (filled, empty), posts, diagnosis = perturbed
    c = style.comma
    kind = rng.choice(["全额拨款事业编制", "行政编制", "事业编制", "编制"])
    return (f"{rng.choice(['单位核定', '核定', '本单位'])}{kind}{style.num(posts, '名')}{c}"
            f"{rng.choice(['实有在编人员', '实有人员', '在编'])}{style.num(filled, '名')}{c}"
            f"{rng.choice(['空编', '缺编'])}{style.num(empty, '名')}{style.end}", mode, diagnosis)


def balance(rng, style, mode):
    """``上年结转60.24万元；本年收入1016.02万元；本年支出1036.71万元；年末结转和结余39.55万元``, or the year's surplus
    without a balance brought in (``收入…，支出…，收支结余…``) (TO003)."""
    income = rng.randint(20000, 900000)
    spent = rng.randint(income * 8 // 10, income * 11 // 10)
    brought = rng.randint(1000, 90000) if rng.random() < 0.6 else 0
    left = brought + income - spent
    if left <= 0:
        return None
    diagnosis = None
    if mode == "few-units":
        left += rng.choice((-1, 1)) * rng.randint(100, 900)
    elif mode == "ten-to-thirty-pct":
        left = ten_to_thirty(left, rng)
    elif mode == "transposed-digits":
        swapped = transpose(left, rng)
        if swapped is None:
            return None
        left, diagnosis = swapped, None
    elif mode != "consistent":
        return None
    if left <= 0:
        return None

    def money(cents):
        return style.num(Decimal(cents) / 100, "万元", 2)

    c, semi = style.comma, rng.choice([style.semi, style.comma])
    if brought:
        return (f"上年结转资金{money(brought)}{semi}本年收入合计{money(income)}{semi}本年支出合计{money(spent)}{semi}"
                f"年末结转和结余{money(left)}{style.end}", mode, diagnosis)
    return (f"{rng.choice(['工会经费', '协会', '基金'])}全年收入{money(income)}{c}支出{money(spent)}{c}"
            f"{rng.choice(['当年收支结余', '收支结余', '本年结余'])}{money(left)}{style.end}", mode, diagnosis)


def respectively_total(rng, style, mode):
    verb_noun, unit, names, whole, parts = _count_statement(rng, 2, 4)
    verb = rng.choice(["分别为", "分别是", "分别完成", "分别新增", "分别达到"])
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    nums = [style.num(p, unit) for p in parts]
    owner = join_list([f"{name}" for name in names], rng, Style(ascii=style.ascii))
    word = rng.choice(["共", "共计", "合计", "总计"])
    c = style.comma
    lead = verb_noun[:2] + rng.choice(["方面", "工作中"]) + c if rng.random() < 0.3 else ""
    return (f"{lead}{owner}{verb}{join_list(nums, rng, style)}{c}{word}{style.num(whole, unit)}"
            f"{style.end}"), mode, diagnosis


def total_respectively(rng, style, mode):
    verb_noun, unit, names, whole, parts = _count_statement(rng, 2, 4)
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None:
        return None
    parts, whole, diagnosis = perturbed
    c = style.comma
    nums = [style.num(p, unit) for p in parts]
    owner = "、".join(names)
    verb = rng.choice(["分别为", "分别是", "分别有"])
    period = rng.choice(PERIODS)
    return f"{period}共{verb_noun}{style.num(whole, unit)}{c}{owner}{verb}{join_list(nums, rng, style)}{style.end}", \
        mode, diagnosis


def _money(value_wan: Decimal, style: Style, unit: str) -> str:
    """An amount given in 万元, written in *unit* (万元 or 亿元 or 元)."""
    if unit == "亿元":
        return style.num((value_wan / 10000).normalize(), "亿元")
    if unit == "元":
        return style.num(value_wan * 10000, "元")
    return style.num(value_wan.normalize() if value_wan != value_wan.to_integral() else value_wan, "万元")


def _half_wan(value_wan: Decimal, unit: str) -> Decimal:
    """Half a rounding unit (in 万元) of an amount as :func:`_money` writes it: ``1.83亿元`` is 1.825–1.835亿."""
    if unit == "元":
        return Decimal(0)  # a count of 元 is exact
    scale = Decimal(10000) if unit == "亿元" else Decimal(1)
    written = (value_wan / scale).normalize()
    exponent = min(0, written.as_tuple().exponent)
    return scale * Decimal(5).scaleb(exponent - 1)


def mixed_magnitude(rng, style, mode):
    """``1.25亿元 = 8600万元 + 3900万元``: parts in 万元 (some in 亿元), the whole in 亿元."""
    verb_noun, names = rng.choice(MONEY_TOPICS)
    n = rng.randint(2, min(3, len(names)))
    # whole in 亿元 with two decimals; parts in whole hundreds of 万元
    whole_wan = rng.randint(50, 900) * 100
    parts = split(whole_wan // 100, n, rng)
    parts = [p * 100 for p in parts]
    if mode == "magnitude-slip":
        i = rng.randrange(n)
        units = ["万元"] * n
        units[i] = "亿元" if parts[i] < 10000 else "元"
        texts = [f"{name}{style.num(p, u)}" for name, p, u in zip(names, parts, units, strict=False)]
        diagnosis = "magnitude-slip"
    else:
        perturbed = _perturb_sum(parts, whole_wan, mode, rng, exhaustive=True)
        if perturbed is None:
            return None
        parts, whole_wan, diagnosis = perturbed
        texts = []
        slack = _half_wan(Decimal(whole_wan), "亿元")
        for name, p in zip(names, parts, strict=False):
            unit = "亿元" if p >= 10000 and p % 100 == 0 and rng.random() < 0.5 else "万元"
            texts.append(f"{name}{_money(Decimal(p), style, unit)}")
            slack += _half_wan(Decimal(p), unit)
        if mode != "consistent" and abs(sum(parts) - whole_wan) <= slack:
            return None  # within what the rounding of the written amounts allows: not an error
    whole_text = _money(Decimal(whole_wan), style, "亿元")
    c = style.comma
    if rng.random() < 0.5:
        text = f"{join_list(texts, rng, style)}{c}{rng.choice(['合计', '共计', '总计'])}{whole_text}"
    else:
        owner = "、".join(names[:n])
        amounts = [t[len(name):] for name, t in zip(names, texts, strict=False)]
        text = f"{owner}分别为{join_list(amounts, rng, style)}{c}共{whole_text}"
    text = f"{rng.choice(PERIODS)}{verb_noun}{c}" + text
    return text + style.end, mode, diagnosis


def chinese_numerals(rng, style, mode):
    """Small counts in Chinese numerals: ``新建学校三所、幼儿园五所，共八所``."""
    style = Style(numbers="chinese", ascii=style.ascii)
    places = ["小学", "幼儿园", "卫生室", "文化站", "养老服务站", "便民服务点", "图书分馆"]
    names = rng.sample(places, rng.randint(2, 3))
    unit = rng.choice(["所", "个", "处", "家"])
    parts = [rng.randint(2, 19) for _ in names]
    whole = sum(parts)
    perturbed = _perturb_sum(parts, whole, mode, rng, exhaustive=True)
    if perturbed is None or mode == "transposed-digits":
        return None
    parts, whole, diagnosis = perturbed
    c = style.comma
    items = [f"{name}{style.num(p, unit)}" for name, p in zip(names, parts, strict=False)]
    if rng.random() < 0.5:
        text = f"新建{join_list(items, rng, style)}{c}{rng.choice(['共', '合计', '共计'])}{style.num(whole, unit)}"
    else:
        text = f"共建成服务阵地{style.num(whole, unit)}{c}其中{'、'.join(items)}{c}{'实现全覆盖'}"
        if sum(parts) <= whole and mode != "consistent":
            return None  # a partial list below its whole is not an error
    return text + style.end, mode, diagnosis


def _slipped_change(delta: int, mode: str, rng: random.Random) -> int | None:
    """An amount of change as *mode* writes it: as it is, a few units off, 10–30 % off, or two digits swapped
    (``None`` when the mode does not apply)."""
    if mode == "consistent":
        return delta
    if mode == "few-units":
        return few_units(delta, rng)
    if mode == "ten-to-thirty-pct":
        return ten_to_thirty(delta, rng)
    if mode == "transposed-digits":
        return transpose(delta, rng)
    return None


def change_amount(rng, style, mode):
    """``由A增加到B，增加C`` with amounts or counts (TO003)."""
    unit = rng.choice(["亿元", "万元", "个", "家", "公里"])
    start = rng.randint(20, 900)
    end = start + rng.randint(5, 300)
    delta = end - start
    delta = _slipped_change(delta, mode, rng)
    if delta is None:
        return None
    if mode == "few-units" and unit in ("亿元", "万元", "公里") and abs(delta - (end - start)) < 2:
        return None  # 由361亿元到459亿元 is 97–99亿元 once rounding is allowed for
    noun = {"亿元": "地区生产总值", "万元": "村集体经济收入", "个": "省级示范村", "家": "规上工业企业",
            "公里": "城市绿道"}[unit]
    c = style.comma
    verb = rng.choice(["增加", "提高", "增长"])
    frm = rng.choice(["由", "从"])
    years = rng.choice(["", "2020年的", "上年的"])
    return (f"{noun}{frm}{years}{style.num(start, unit)}{verb}到{style.num(end, unit)}{c}{verb}"
        f"了{style.num(delta, unit)}"
            f"{style.end}", mode, None)


def change_stated_base(rng, style, mode):
    """``新增城镇就业10730人，上年同期为8740人，同比增加1990人``: a value, its base named by its period in the next
    clause (or the next sentence: ``比上年末增加…。上年末为…。``), the amount of change (TO003)."""
    noun, unit = rng.choice([("新增城镇就业", "人"), ("受理投诉举报", "件"), ("引进人才", "名"),
                             ("新登记市场主体", "户"), ("接待来访群众", "人次"), ("办理政务服务事项", "件")])
    base = rng.randint(200, 90000)
    down = rng.random() < 0.25
    change = rng.randint(max(1, base // 50), max(2, base // 4))
    value = base - change if down else base + change
    delta = _slipped_change(change, mode, rng)
    if delta is None or delta <= 0:
        return None
    c = style.comma
    verb = "减少" if down else "增加"
    form = rng.randrange(4)
    if form == 0:
        text = (f"{rng.choice(['1-9月', '今年以来', '全年'])}{noun}{style.num(value, unit)}{c}上年同期为"
                f"{style.num(base, unit)}{c}同比{verb}{style.num(delta, unit)}{style.end}")
    elif form == 1:
        text = (f"2024年{noun}{style.num(value, unit)}{c}2023年为{style.num(base, unit)}{c}较上年{verb}"
                f"{style.num(delta, unit)}{style.end}")
    elif form == 2:
        text = (f"9月份{noun}{style.num(value, unit)}{c}8月份为{style.num(base, unit)}{c}环比{verb}"
                f"{style.num(delta, unit)}{style.end}")
    else:
        text = (f"年末{noun}{style.num(value, unit)}{c}比上年末{verb}{style.num(delta, unit)}{style.end}"
                f"上年末为{style.num(base, unit)}{style.end}")
    return text, mode, None


def net_change(rng, style, mode):
    """``全年新登记个体工商户3200户，注销1150户，净增2050户``: what came, what left and the net change (TO001)."""
    noun, came, left, unit = rng.choice([("个体工商户", "新登记", "注销", "户"), ("家庭农场", "新注册", "注销", "家"),
                                         ("参保人员", "新增参保", "停保", "人"), ("户籍人口", "迁入", "迁出", "人")])
    arrived = rng.randint(200, 90000)
    gone = rng.randint(50, arrived - 10)
    net = _slipped_change(arrived - gone, mode, rng)
    if net is None or net <= 0 or (net == arrived - gone and mode != "consistent"):
        return None
    c = style.comma
    return (f"全年{came}{noun}{style.num(arrived, unit)}{c}{left}{style.num(gone, unit)}{c}"
            f"{rng.choice(['净增', '净增加', '两者相抵净增加'])}{style.num(net, unit)}{style.end}", mode, None)


def stock_flow(rng, style, mode):
    """``年初6334户，本年新增575户、退出505户，年末6404户``: a stock, what came and left, and the end (TO003); broken by
    the end off by a few units or 10–30 %, two digits swapped, or what left added instead of taken off."""
    thing, unit, came_word, left_word = rng.choice([
        ("低保对象", "户", "新增纳入", "退出保障"), ("在册志愿者", "人", "新注册", "注销"),
        ("在库项目", "个", "新入库", "出库"), ("信访积案", "件", "新增", "化解"),
        ("监测对象", "户", "新识别", "风险消除"), ("规上工业企业", "家", "新入规", "退规")])
    start = rng.randint(200, 60000)
    came = rng.randint(10, max(11, start // 3))
    left = rng.randint(10, max(11, start // 3))
    end = start + came - left
    if mode == "few-units":
        end = few_units(end, rng)
    elif mode == "ten-to-thirty-pct":
        end = ten_to_thirty(end, rng)
    elif mode == "transposed-digits":
        end = transpose(end, rng)
        if end is None:
            return None
    elif mode == "flow-sign":
        end = start + came + left
    c = style.comma
    label = rng.choice([f"{thing}{style.colon}", f"{thing}", ""])
    opening = rng.choice(["年初", "年初在册", "上年末", "期初"])
    closing = rng.choice(["年末", "年末在册", "期末"])
    forms = [
        f"{label}{opening}{style.num(start, unit)}{c}本年{came_word}{style.num(came, unit)}、{left_word}"
        f"{style.num(left, unit)}{c}{closing}{style.num(end, unit)}",
        f"{opening}{thing}{style.num(start, unit)}{c}全年{came_word}{style.num(came, unit)}{c}{left_word}"
        f"{style.num(left, unit)}{c}{closing}{style.num(end, unit)}",
    ]
    return rng.choice(forms) + style.end, mode, None


def periods_change(rng, style, mode):
    """``养老机构床位：本年620张；上年837张；下降217张`` and ``9月…18171人，10月18897人，环比增加726人``: two
    periods' values and the amount of change between them (TO001)."""
    noun, unit = rng.choice([("养老机构床位", "张"), ("生产安全事故", "起"), ("住房公积金缴存职工", "人"),
                             ("受理投诉", "件"), ("监测户", "户")])
    before = rng.randint(20, 90000)
    down = rng.random() < 0.4
    change = rng.randint(max(1, before // 50), max(2, before // 3))
    now = before - change if down else before + change
    delta = _slipped_change(change, mode, rng)
    if delta is None or delta <= 0 or (delta == change and mode != "consistent"):
        return None
    verb = rng.choice(["减少", "下降"]) if down else rng.choice(["增加", "上升"])
    if rng.random() < 0.5:
        semi = style.semi
        return (f"{noun}：本年{style.num(now, unit)}{semi}上年{style.num(before, unit)}{semi}{verb}"
                f"{style.num(delta, unit)}{style.end}", mode, None)
    month = rng.randint(1, 11)
    c = style.comma
    return (f"{month}月{noun}{style.num(before, unit)}{c}{month + 1}月{style.num(now, unit)}{c}环比{verb}"
            f"{style.num(delta, unit)}{style.end}", mode, None)


# --------------------------------------------------------------------------- percentage constructions

RATE_ERRORS = ("rate-off", "rate-transposed", "complement")


def _rate_value(m: int, n: int, decimals: int, rng: random.Random, truncate_ok: bool = True) -> Decimal:
    exact = Decimal(100 * m) / Decimal(n)
    q = Decimal(1).scaleb(-decimals)
    rounding = ROUND_DOWN if truncate_ok and rng.random() < 0.2 else ROUND_HALF_UP
    return exact.quantize(q, rounding=rounding)


def _broken_rate(m: int, n: int, decimals: int, mode: str, rng: random.Random):
    """(stated rate, diagnosis) for a broken rate, or None."""
    right = Decimal(100 * m) / Decimal(n)
    q = Decimal(1).scaleb(-decimals)
    if mode == "rate-off":
        off = Decimal(str(round(rng.uniform(0.5, 6.0), decimals or 0))) * rng.choice((-1, 1))
        if abs(off) < Decimal("0.5"):
            off = Decimal("0.5") if off >= 0 else Decimal("-0.5")
        stated = (right + off).quantize(q, rounding=ROUND_HALF_UP)
        if stated <= 0 or stated > 100:
            stated = (right - abs(off)).quantize(q, rounding=ROUND_HALF_UP)
        if stated - q / 2 <= right < stated + q:
            return None  # 73.79% written 73% is truncation, not an error
        return (stated, None) if stated > 0 else None
    if mode == "rate-transposed":
        stated = right.quantize(q, rounding=ROUND_HALF_UP)
        digits = format(stated, "f").replace(".", "")
        spots = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1] and digits[i + 1] != "0"]
        if not spots:
            return None
        i = rng.choice(spots)
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        value = Decimal(swapped).scaleb(-decimals)
        if abs(value - right) < Decimal("0.5") or value > 100:
            return None
        return value, "transposed-digits"
    if mode == "complement":
        stated = (100 - right).quantize(q, rounding=ROUND_HALF_UP)
        if abs(stated - right) < 5:
            return None
        return stated, "complement"
    return None


def _rate_numbers(rng: random.Random) -> tuple[int, int, int]:
    n = rng.choice([rng.randint(30, 99), rng.randint(100, 999), rng.randint(1000, 30000)])
    m = rng.randint(max(1, int(n * 0.6)), n - 1)
    return m, n, rng.choice([0, 1, 1, 2, 2])


def _stated_rate(m, n, decimals, mode, rng):
    if mode == "consistent":
        return _rate_value(m, n, decimals, rng), None
    return _broken_rate(m, n, decimals, mode, rng)


def rate_stem(rng, style, mode):
    intake, unit, done, word = rng.choice(RATE_STEMS)
    m, n, d = _rate_numbers(rng)
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    c = style.comma
    verb = rng.choice(["", "达", "为", "达到"])
    period = rng.choice(PERIODS)
    return (f"{period}{intake}{style.num(n, unit)}{c}{done}{style.num(m, unit)}{c}{word}{verb}{style.pct(rate, d)}"
            f"{style.end}", mode, diagnosis)


def rate_qizhong(rng, style, mode):
    verb_noun, unit, names = rng.choice(COUNT_TOPICS)
    m, n, d = _rate_numbers(rng)
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    c = style.comma
    tail = rng.choice([f"占{style.pct(rate, d)}", f"占比{style.pct(rate, d)}", f"占比达{style.pct(rate, d)}",
                       f"占总数的{style.pct(rate, d)}"])
    return f"{verb_noun}{style.num(n, unit)}{c}其中{names[0]}{style.num(m, unit)}{c}{tail}{style.end}", mode, diagnosis


def rate_in_n(rng, style, mode):
    unit, thing, verb = rng.choice([("户", "农户", "完成登记"), ("个", "行政村", "建成综合服务站"),
                                    ("家", "企业", "完成技术改造"), ("名", "受访群众", "表示满意")])
    m, n, d = _rate_numbers(rng)
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    c = style.comma
    where = rng.choice([f"在走访的{style.num(n, unit)}{thing}中", f"在全区{style.num(n, unit)}{thing}中",
                        f"在{style.num(n, unit)}{thing}中"])
    tail = rng.choice([f"占{style.pct(rate, d)}", f"比例为{style.pct(rate, d)}", f"占比{style.pct(rate, d)}"])
    return f"{where}{c}{verb}{style.num(m, unit)}{c}{tail}{style.end}", mode, diagnosis


def rate_of_total(rng, style, mode):
    unit, verb, total = rng.choice([("户", "已签约", "应签约总数"), ("套", "已完成改造", "改造总数"),
                                    ("人", "已参保", "应参保人数"), ("个", "已达标", "全市总数")])
    m, n, d = _rate_numbers(rng)
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    return (f"{verb}{style.num(m, unit)}{style.comma}占{total}{style.num(n, unit)}的{style.pct(rate, d)}{style.end}",
            mode, diagnosis)


def rate_fraction(rng, style, mode):
    _, _, _, word = rng.choice(RATE_STEMS)
    m, n, d = _rate_numbers(rng)
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    lp, rp = style.paren
    slash = rng.choice(["/", "/", "／"])
    lead = rng.choice(["问题", "今年", "专项行动", ""])
    return f"{lead}{word}{style.pct(rate, d)}{lp}{m}{slash}{n}{rp}{style.end}", mode, diagnosis


def budget_execution(rng, style, mode):
    """``年初预算4000万元，调整预算5000万元，实际支出4500万元，预算执行率90.0%``: the amount spent over the budget as
    adjusted (PC001)."""
    first = rng.randint(1000, 90000)
    adjusted = first + rng.randint(first // 10, first // 2)
    spent = rng.randint(adjusted // 2, adjusted - 1)
    d = rng.choice([1, 2])
    got = _stated_rate(spent, adjusted, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    if mode != "consistent" and abs(Decimal(100 * spent) / first - rate) <= Decimal(1) / 10 ** d:
        return None  # (the broken rate happens to be that of the budget as first passed)
    c = style.comma
    return (f"年初预算{style.num(first, '万元')}{c}调整预算{style.num(adjusted, '万元')}{c}实际支出"
            f"{style.num(spent, '万元')}{c}预算执行率{style.pct(rate, d)}{style.end}", mode, diagnosis)


def rate_pooled(rng, style, mode):
    """``抽检蔬菜800批次，合格780批次；抽检水果200批次，合格190批次；总体合格率97.0%``: an overall rate over the sums
    of the pairs before it (PC001)."""
    kinds = rng.sample(["蔬菜", "水果", "乳制品", "粮食加工品", "饮料", "肉制品"], 2)
    pairs = []
    for _ in kinds:
        n = rng.randint(100, 3000)
        pairs.append((rng.randint(int(n * 0.85), n - 1), n))
    m, n = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    d = rng.choice([1, 2])
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    if mode != "consistent" and any(abs(Decimal(100 * a) / b - rate) <= Decimal(1) / 10 ** d for a, b in pairs):
        return None  # (the broken rate happens to be one pair's)
    semi, c = style.semi, style.comma
    body = semi.join(f"抽检{kind}{style.num(b, '批次')}{c}合格{style.num(a, '批次')}"
                     for kind, (a, b) in zip(kinds, pairs, strict=True))
    return f"{body}{semi}总体合格率{style.pct(rate, d)}{style.end}", mode, diagnosis


QUOTIENT_ERRORS = ("quotient-off", "quotient-tenfold", "quotient-transposed")


def _stated_quotient(exact: Decimal, decimals: int, mode: str, rng: random.Random) -> Decimal | None:
    """A multiple or an average as a report states it: *exact* rounded, or broken by 10–35 %, by ten, or by two
    swapped digits (None when the slip would be too small to be one: under 5 %)."""
    q = Decimal(1).scaleb(-decimals)
    right = exact.quantize(q, rounding=ROUND_HALF_UP)
    if mode == "consistent":
        return right if right > 0 else None
    if mode == "quotient-off":
        stated = (exact * Decimal(str(1 + rng.uniform(0.1, 0.35) * rng.choice((-1, 1))))).quantize(q, ROUND_HALF_UP)
    elif mode == "quotient-tenfold":
        stated = (exact * rng.choice((Decimal(10), Decimal("0.1")))).quantize(q, ROUND_HALF_UP)
    else:
        digits = format(right, "f").replace(".", "")
        spots = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")]
        if not spots:
            return None
        i = rng.choice(spots)
        stated = Decimal(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]).scaleb(-decimals)
    if stated <= 0 or abs(stated - exact) < exact / 20:
        return None
    return stated


def multiple(rng, style, mode):
    """``营业收入92.2亿元，是上年（18.6亿元）的4.96倍``: a multiple stated with its base (PC009)."""
    noun, unit = rng.choice([("网上办件量", "件"), ("接待游客", "万人次"), ("营业收入", "亿元"), ("新增市场主体", "户"),
                             ("粮食加工量", "吨"), ("门急诊人次", "人次"), ("税收收入", "万元")])
    d_amount = 2 if unit == "亿元" else 0
    base = Decimal(rng.randint(100, 90000)).scaleb(-d_amount)
    value = (base * Decimal(str(rng.uniform(1.2, 9.0)))).quantize(Decimal(1).scaleb(-d_amount), ROUND_HALF_UP)
    d = rng.choice([1, 1, 2])
    stated = _stated_quotient(value / base, d, mode, rng)
    if stated is None:
        return None
    c, (lp, rp) = style.comma, style.paren
    a, b, n = style.num(value, unit, d_amount), style.num(base, unit, d_amount), format(stated, "f")
    forms = [
        f"{noun}{a}{c}是上年{lp}{b}{rp}的{n}倍",
        f"2025年{noun}{a}{c}相当于2024年{b}的{n}倍",
        f"{noun}达到{a}{c}为上年同期{lp}{b}{rp}的{n}倍",
        f"{noun}完成{a}{c}是去年同期{b}的{n}倍",
    ]
    return rng.choice(forms) + style.end, mode, None


def average(rng, style, mode):
    """``发放补贴685.17万元，惠及3397人，人均2017元``: an average stated with the total and the count it shares out
    (PC009)."""
    c, (lp, rp) = style.comma, style.paren
    form = rng.randrange(6)
    if form in (0, 1, 2):  # money shared over people, households or land
        count = rng.randint(300, 90000)
        per = Decimal(rng.randint(80, 6000))
        total_wan = (count * per / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP)
        exact = total_wan * 10000 / count
        d = rng.choice([0, 0, 1, 2])
        stated = _stated_quotient(exact, d, mode, rng)
        if stated is None:
            return None
        t, v = style.num(total_wan, "万元", 2), style.num(stated, "元", d)
        if form == 0:
            what = rng.choice(["高龄津贴", "技能提升补贴", "临时救助金", "就业补贴"])
            who = rng.choice(["老年人", "职工", "困难群众", "高校毕业生"])
            text = rng.choice([f"发放{what}{t}{c}惠及{who}{style.num(count, '人')}{c}人均{v}",
                               f"人均{v}{lp}发放{what}{t}{c}共{style.num(count, '人')}{rp}"])
        elif form == 1:
            text = rng.choice([f"带动农户{style.num(count, '户')}增收{t}{c}户均增收{v}",
                               f"户均{v}{lp}发放耕地地力保护补贴{t}{c}共{style.num(count, '户')}{rp}"])
        else:
            text = rng.choice([f"按每亩{v}标准{c}对{style.num(count, '亩')}发放生态补偿{c}共计{t}",
                               f"发放种粮补贴{t}{c}补贴面积{style.num(count, '亩')}{c}每亩{v}"])
    else:  # things shared over people or units
        n = rng.randint(20, 900)
        per = rng.uniform(5, 600)
        m = round(n * per)
        d = rng.choice([0, 1, 1])
        stated = _stated_quotient(Decimal(m) / n, d, mode, rng)
        if stated is None:
            return None
        v = format(stated, "f")
        if form == 3:
            text = f"审结案件{style.num(m, '件')}{c}员额法官{style.num(n, '名')}{c}人均结案{v}件"
        elif form == 4:
            text = f"现有家庭医生团队{style.num(n, '个')}{c}签约居民{style.num(m, '人')}{c}平均每个团队签约{v}人"
        else:
            text = f"服务小区{style.num(m, '个')}{c}平均每家服务{v}个{lp}物业服务企业{style.num(n, '家')}{rp}"
    return text + style.end, mode, None


def table_growth(rng, style, mode):
    """``指标｜单位｜2023年｜2024年｜增长（%）`` and rows under it, each a name, a unit, two years' values and the
    growth between them (PC007); a fall written with a minus sign."""
    sep = rng.choice(["｜", "|", "\t", "  "])
    names = rng.sample([("新登记市场主体", "户"), ("城镇新增就业", "人"), ("网上办件量", "件"), ("接待游客", "万人次"),
                        ("一般公共预算收入", "亿元"), ("生产安全事故起数", "起")], 3)
    wrong_row = rng.randrange(3)
    rows = []
    for k, (name, unit) in enumerate(names):
        base = rng.randint(200, 90000)
        now = max(1, round(base * (1 + rng.uniform(-0.3, 0.6))))
        exact = (Decimal(now) / Decimal(base) - 1) * 100
        stated = exact.quantize(Decimal("0.1"), ROUND_HALF_UP)
        if k == wrong_row and mode != "consistent":
            if mode == "rate-off":
                stated = stated + Decimal(str(rng.choice([-1, 1]) * round(rng.uniform(1.0, 8.0), 1)))
            else:  # (a fall written without its minus sign, or a rise with one)
                stated = -stated
            if abs(stated - exact) < Decimal("0.5"):
                return None
        rows.append(sep.join([name, unit, str(base), str(now), format(stated, "f")]))
    header = sep.join(["指标", "单位", "2023年", "2024年", "增长（%）"])
    return "\n".join(["主要指标完成情况", header, *rows]), mode, None


def _shares(rng, n: int, decimals: int) -> list[Decimal]:
    raw = [rng.uniform(5, 60) for _ in range(n)]
    total = sum(raw)
    q = Decimal(1).scaleb(-decimals)
    shares = [(Decimal(r * 100 / total)).quantize(q, rounding=ROUND_HALF_UP) for r in raw]
    return shares


def _broken_shares(shares: list[Decimal], rng: random.Random, decimals: int) -> list[Decimal]:
    shares = list(shares)
    i = rng.randrange(len(shares))
    shares[i] += Decimal(rng.randint(2, 25))
    # shares rounded to whole (or tenth) percents may add up to 100 + n/2 units: beyond that is an error
    slack = len(shares) * Decimal(1).scaleb(-decimals) / 2
    if sum(shares) - slack <= 100:
        shares[i] += 100 - (sum(shares) - slack) + rng.randint(1, 5)
    return shares


def shares_composition(rng, style, mode):
    whole, names = rng.choice(SHARE_PARTS)
    n = len(names) if rng.random() < 0.7 else len(names) - 1
    d = rng.choice([0, 1, 1])
    shares = _shares(rng, n, d)
    if mode == "shares-over-100":
        shares = _broken_shares(shares, rng, d)
    elif mode != "consistent":
        return None
    c = style.comma
    word = rng.choice(["构成为", "结构为", "占比分别为", "比重依次为"])
    if word in ("构成为", "结构为"):
        items = [f"{name}{style.pct(s, d)}" for name, s in zip(names, shares, strict=False)]
        stem = whole.removesuffix("结构").removesuffix("构成")
        return f"{stem}{word}{style.colon}{c.join(items) if rng.random() < 0.5 else '、'.join(items)}{style.end}", \
            mode, None
    items = [style.pct(s, d) for s in shares]
    return f"{'、'.join(names[:n])}{word}{join_list(items, rng, style)}{style.end}", mode, None


def shares_zhanbi(rng, style, mode):
    whole, names = rng.choice(SHARE_PARTS)
    n = rng.randint(2, len(names))
    d = rng.choice([0, 1])
    shares = _shares(rng, len(names), d)[:n]
    if mode == "shares-over-100":
        shares = _broken_shares(shares, rng, d)
        if sum(shares) <= 101:
            shares[0] += 101 - sum(shares) + rng.randint(1, 9)
    elif mode != "consistent":
        return None
    c = style.comma
    word = rng.choice(["占比", "占比为", "比重为", "占"])
    items = [f"{name}{word}{style.pct(s, d)}" for name, s in zip(names, shares, strict=False)]
    return (f"{whole.replace('构成', '中').replace('结构', '中')}{c}{join_list(items, rng, style)}"
            f"{style.end}"), mode, None


def shares_respectively(rng, style, mode):
    _whole, names = rng.choice(SHARE_PARTS)
    n = rng.randint(2, len(names))
    d = rng.choice([0, 1])
    shares = _shares(rng, len(names), d)[:n]
    if mode == "shares-over-100":
        shares = _broken_shares(shares, rng, d)
        if sum(shares) <= 101:
            shares[0] += 101 - sum(shares) + rng.randint(1, 9)
    elif mode != "consistent":
        return None
    word = rng.choice(["分别占", "分别占全部的", "分别占总量的"])
    items = [style.pct(s, d) for s in shares]
    return f"{'、'.join(names[:n])}{word}{join_list(items, rng, style)}{style.end}", mode, None


def _grim_possible(rate: Decimal, n: int, decimals: int) -> bool:
    u = Decimal(1).scaleb(-decimals)
    return any(rate - u / 2 <= Decimal(100 * k) / n < rate + u for k in range(n + 1))


def grim(rng, style, mode):
    phrase, unit, word = rng.choice(SURVEY)
    n = rng.randint(8, 60)
    d = rng.choice([0, 1])
    if mode == "consistent":
        k = rng.randint(max(1, n // 2), n)
        rate = _rate_value(k, n, d, rng)
    elif mode == "grim-impossible":
        for _ in range(50):
            rate = Decimal(str(round(rng.uniform(60, 99.9), d)))
            if not _grim_possible(rate, n, d):
                break
        else:
            return None
    else:
        return None
    c = style.comma
    tail = rng.choice([f"{word}{style.pct(rate, d)}", f"{word}达{style.pct(rate, d)}",
                       f"测评{word}为{style.pct(rate, d)}"])
    return f"{phrase}{style.num(n, unit)}{c}{tail}{style.end}", mode, None


def share_over_100(rng, style, mode):
    word = rng.choice(SHARE_RATE_WORDS)
    owner = rng.choice(["群众", "全区", "农村", "城区", "学龄儿童", "重点人群"])
    if mode == "consistent":
        rate = Decimal(str(round(rng.uniform(60, 100), 1)))
    elif mode == "over-100":
        rate = Decimal(str(round(rng.uniform(100.5, 140), 1)))
    else:
        return None
    verb = rng.choice(["达到", "为", "达", ""])
    return f"{owner}{word}{verb}{style.pct(rate, 1)}{style.end}", mode, None


def change_points(rng, style, mode):
    """``由58.2%提高到61.5%，提高3.3个百分点`` (PC007)."""
    word = rng.choice(["城镇化率", "森林覆盖率", "研发投入占比", "义务教育巩固率", "污水处理率"])
    a = Decimal(str(round(rng.uniform(30, 85), 1)))
    b = a + Decimal(str(round(rng.uniform(0.6, 9), 1)))
    delta = b - a
    diagnosis = None
    unit = "个百分点"
    if mode == "consistent":
        pass
    elif mode == "rate-off":
        delta += Decimal(str(round(rng.uniform(0.5, 3), 1))) * rng.choice((-1, 1))
        if delta <= 0:
            delta = b - a + 1
    elif mode == "points-for-percent":
        unit = "%"
        diagnosis = "points-for-percent"
        # the relative change, with the rounding of all three numbers, must not be able to read as the points
        if abs(100 * delta / a - delta) <= Decimal("0.1") + 100 * Decimal("0.1") / a:
            return None
    else:
        return None
    c = style.comma
    verb = rng.choice(["提高", "上升", "提升"])
    amount = style.pct(delta, 1) if unit == "%" else style.pct(delta, 1)[:-1] + "个百分点"
    return f"{word}由{style.pct(a, 1)}{verb}到{style.pct(b, 1)}{c}{verb}{amount}{style.end}", mode, diagnosis


def growth_level(rng, style, mode):
    """``人均可支配收入达到32000元，（比上年）增加2100元，增长7.0%``: this year's level, the amount it changed by, and
    the growth over last year's level (the level less the amount, plus it for a fall); or the amount first
    (``存款余额增加120亿元，总量达到1320亿元，增速10%``) (PC001)."""
    noun, unit = rng.choice([("城镇居民人均可支配收入", "元"), ("农村居民人均可支配收入", "元"), ("粮食总产量", "吨"),
                             ("全年接待游客", "人次"), ("市场主体", "户"), ("一般公共预算收入", "万元"),
                             ("各项存款余额", "亿元"), ("在校学生", "人")])
    last = rng.randint(300, 60000)
    down = rng.random() < 0.25
    amount = rng.randint(max(1, last // 40), max(2, last // 5))
    level = last - amount if down else last + amount
    d = rng.choice([0, 1, 1, 2])
    got = _stated_rate(amount, last, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    if rate <= 0:
        return None
    c = style.comma
    than = rng.choice(["", "比上年", "同比", "较上年"] + (["比年初", "较年初"] if noun.endswith("余额") else []))
    verb = ("减少", "下降") if down else ("增加", "增长")
    if rng.random() < 0.3:  # the amount first, then the level: 存款余额增加120亿元，总量达到1320亿元，增速10%
        reach = rng.choice(["达到", "总量达到", "降至"] if down else ["达到", "总量达到", "增至"])
        size = rng.choice(["降幅", verb[1]] if down else ["增速", verb[1]])
        return (f"{noun}{verb[0]}{style.num(amount, unit)}{c}{reach}{style.num(level, unit)}{c}"
                f"{size}{style.pct(rate, d)}{style.end}", mode, diagnosis)
    reach = rng.choice(["", "达到", "为", "实现"])
    return (f"{noun}{reach}{style.num(level, unit)}{c}{than}{verb[0]}{style.num(amount, unit)}{c}"
            f"{verb[1]}{style.pct(rate, d)}{style.end}", mode, diagnosis)


def rate_counts_before(rng, style, mode):
    """A rate alone in the sentence that sums up its paragraph (``排查隐患1028处。…已完成整改994处。经统计，整改率为
    96.7%``), or a heading's rate over the line under it (``（一）结案率达93.4%⏎受理…2735件，审结2554件。``) (PC001)."""
    m, n, d = _rate_numbers(rng)
    got = _stated_rate(m, n, d, mode, rng)
    if got is None:
        return None
    rate, diagnosis = got
    c = style.comma
    whole_verb, done_verb, word, unit = rng.choice([("排查隐患", "已完成整改", "整改率", "处"),
                                                   ("受理群众诉求", "已办结", "办结率", "件"),
                                                   ("应参保人员", "已参保", "参保率", "人"),
                                                   ("核查低保家庭", "已完成入户核查", "核查完成率", "户")])
    filler = rng.choice(["压实工作责任。", "坚持问题导向，建立工作台账。", "强化督查督办，确保按期完成。"])
    if rng.random() < 0.3:
        heading = rng.choice(["（一）", "1. ", "■ ", "二、"])
        return (f"{heading}{word}达{style.pct(rate, d)}\n全年{whole_verb}{style.num(n, unit)}{c}"
                f"{done_verb}{style.num(m, unit)}{style.end}", mode, diagnosis)
    return (f"全年{whole_verb}{style.num(n, unit)}{style.end}{filler}截至年底{c}{done_verb}{style.num(m, unit)}"
            f"{style.end}{rng.choice(['经统计', '据统计', '总体看'])}{c}{word}为{style.pct(rate, d)}{style.end}",
            mode, diagnosis)


def table_share(rng, style, mode):
    """``类别 数量 占比（%）`` and rows under it, each a kind, its count and its share of the total, then ``合计 N 100``
    (PC001)."""
    sep = rng.choice(["  ", "\t", " | ", "｜"])
    counts = [rng.randint(20, 3000) for _ in range(rng.randint(2, 5))]
    total = sum(counts)
    shares = [(Decimal(100 * k) / Decimal(total)).quantize(Decimal("0.1"), ROUND_HALF_UP) for k in counts]
    diagnosis = None
    if mode != "consistent":
        i = rng.randrange(len(counts))
        right = shares[i]
        got = _broken_rate(counts[i], total, 1, mode, rng)
        if got is None:
            return None
        shares[i], diagnosis = got
        if abs(shares[i] - right) < 1:
            return None
    names = rng.sample(["医院", "基层医疗卫生机构", "专业公共卫生机构", "来信", "来访", "网上信访", "其他"],
                       len(counts))
    rows = [sep.join([name, str(k), format(v, "f")]) for name, k, v in zip(names, counts, shares, strict=True)]
    header = sep.join(["类别", "数量（个）", rng.choice(["占比（%）", "比重（%）", "构成（%）"])])
    lines = [f"{rng.choice(['2023', '2024'])}年构成情况", header, *rows, sep.join(["合计", str(total), "100"])]
    return "\n".join(lines), mode, diagnosis


def growth_two_periods(rng, style, mode):
    """A growth between two periods' values, the base named by its period in the ways reports write it:
    ``环比下降21.7%（2月为1626件）``, ``较2021年的776.2万元增长30.6%``, ``2021年…8641起，2022年为9502起，比上年增长
    10.0%``, or a fall written as a growth with a minus sign (``同比增长-23.5%``) (PC007)."""
    noun, unit = rng.choice([("信访总量", "件次"), ("热线受理量", "件"), ("税收收入", "亿元"), ("接待游客", "万人次"),
                             ("医保基金支出", "万元"), ("刑事案件立案数", "起"), ("新登记市场主体", "户")])
    base = rng.randint(300, 90000)
    now = max(1, round(base * (1 + rng.uniform(-0.35, 0.45))))
    if now == base:
        return None
    exact = (Decimal(now) / Decimal(base) - 1) * 100
    stated = abs(exact).quantize(Decimal("0.1"), ROUND_HALF_UP)
    down = exact < 0
    diagnosis = None
    if mode == "rate-off":
        stated += Decimal(str(round(rng.uniform(1.5, 8.0), 1))) * rng.choice((-1, 1))
        if stated <= 0 or abs(stated - abs(exact)) < 1:
            return None
    elif mode == "sign-lost":
        down = not down
        diagnosis = "direction"
        if abs(exact) < 1:
            return None
    elif mode != "consistent":
        return None
    c, (po, pc) = style.comma, style.paren
    rate = style.pct(stated, 1)
    verb = "下降" if down else "增长"
    year = rng.randint(2019, 2024)
    month = rng.randint(2, 12)
    forms = [
        f"{year}年{month}月{c}{noun}{style.num(now, unit)}{c}环比{verb}{rate}"
            f"{po}{month - 1}月为{style.num(base, unit)}{pc}",
        f"{year}年{noun}{style.num(now, unit)}{c}同比{verb}{rate}{po}上年为{style.num(base, unit)}{pc}",
        f"{year}年{noun}实现{style.num(now, unit)}{c}较{year - 1}年的{style.num(base, unit)}{verb}{rate}",
        f"{year - 1}年{noun}{style.num(base, unit)}{c}{year}年为{style.num(now, unit)}{c}比上年{verb}{rate}",
    ]
    if mode != "sign-lost":  # (a fall as a growth with its minus sign; a rise as a fall below zero is not written)
        signed = ("-" if down else "") + rate
        forms.append(f"{year}年{noun}{style.num(now, unit)}{c}上年为{style.num(base, unit)}{c}同比增长{signed}")
    return rng.choice(forms) + style.end, mode, diagnosis


def points_against(rng, style, mode):
    """A rate against another one, the difference in points: ``为22.9%，低于全省平均水平（24.3%）1.4个百分点``,
    ``比全国平均水平89.7%高2.6个百分点`` (PC007)."""
    noun = rng.choice(["居民健康素养水平", "高中阶段毛入学率", "森林覆盖率", "空气质量优良天数比率", "城镇化率"])
    own = Decimal(str(round(rng.uniform(20, 95), 1)))
    other = Decimal(str(round(rng.uniform(20, 95), 1)))
    if abs(own - other) < Decimal("0.5"):
        return None
    points = abs(own - other)
    higher = own > other
    diagnosis = None
    if mode == "rate-off":
        points += Decimal(str(round(rng.uniform(0.6, 4.0), 1))) * rng.choice((-1, 1))
        if points <= 0 or abs(points - abs(own - other)) < Decimal("0.3"):
            return None
    elif mode == "sign-lost":
        higher = not higher
        diagnosis = "direction"
    elif mode != "consistent":
        return None
    c, (po, pc) = style.comma, style.paren
    region = rng.choice(["全省平均水平", "全国平均水平", "全市平均水平", "全省平均"])
    amount = style.pct(points, 1)[:-1] + "个百分点"
    forms = [
        f"我县{noun}为{style.pct(own, 1)}{c}{'高于' if higher else '低于'}{region}"
            f"{po}{style.pct(other, 1)}{pc}{amount}",
        f"全区{noun}达到{style.pct(own, 1)}{c}比{region}{style.pct(other, 1)}{'高' if higher else '低'}{amount}",
        f"本市{noun}{style.pct(own, 1)}{c}较{region}{po}{style.pct(other, 1)}{pc}{'高出' if higher else '低'}{amount}",
    ]
    return rng.choice(forms) + style.end, mode, diagnosis


# --------------------------------------------------------------------------- negatives


def neg_change(rng, style):
    whole = rng.randint(800, 20000)
    inc = rng.randint(50, whole // 3)
    part = rng.randint(inc + 1, whole - 1)
    c = style.comma
    unit = rng.choice(["亿元", "万元"])
    whole_noun, up, down = rng.choice([("外贸进出口", "出口", "进口"), ("社会消费品零售额", "城镇零售额", "乡村零售额"),
                                       ("一般公共预算收入", "税收收入", "非税收入")])
    dip = rng.randint(1, 50)
    forms = [
        f"今年拟安排{rng.choice(['专项资金', '财政赤字', '债券资金'])}{style.num(whole, unit)}{c}"
            f"比上年增加{style.num(inc, unit)}"
        f"{c}其中{rng.choice(['中央', '市级', '区级'])}{style.num(part, unit)}",
        f"{rng.choice(['补助标准', '筹资标准'])}由每人每年{style.num(inc, '元')}提高到{style.num(inc * 2, '元')}{c}"
        f"其中{rng.choice(['财政', '省级'])}补助由{style.num(inc // 2 + 1, '元')}提高到{style.num(inc, '元')}",
        f"由2020年的{style.num(inc, unit)}增加到2025年的{style.num(whole, unit)}{c}"
            f"五年共计{style.num(whole * 3, unit)}",
        f"{rng.choice(['营业收入', '税收收入'])}{style.num(whole, unit)}{c}同比增长{style.pct(rng.uniform(3, 30), 1)}"
        f"{c}其中{rng.choice(['第四季度', '下半年'])}增长{style.pct(rng.uniform(31, 60), 1)}",
        f"{whole_noun}比上年增加{style.num(inc, unit)}{c}其中{up}增加{style.num(inc + dip, unit)}{c}{down}减少"
        f"{style.num(dip, unit)}",
    ]
    return rng.choice(forms) + style.end


def neg_average(rng, style):
    avg = rng.randint(200, 5000)
    c = style.comma
    unit = rng.choice(["亿元", "人", "户"])
    forms = [
        f"年均{rng.choice(['超收', '新增', '增长'])}{style.num(avg, unit)}{c}"
            f"其中去年{style.num(avg + rng.randint(10, avg), unit)}",
        f"五年来年均新增就业{style.num(avg, '人')}{c}其中2025年新增{style.num(avg + rng.randint(10, 900), '人')}",
        f"人均可支配收入{style.num(avg * 10, '元')}{c}"
            f"其中农村居民人均{style.num(avg * 10 - rng.randint(100, 900), '元')}"
        f"{c}城镇居民人均{style.num(avg * 10 + rng.randint(100, 9000), '元')}",
        f"平均每户增收{style.num(avg, '元')}{c}共带动{style.num(rng.randint(20, 300), '户')}",
    ]
    return rng.choice(forms) + style.end


def neg_quotient(rng, style):
    """Multiples and averages that must not be recomputed: monthly figures of yearly totals, averages of another
    total, approximate figures, 均 meaning "all", 增长N倍 without its base or with its base (value / base − 1), a
    multiple without its base, two averages at once."""
    c, (lp, rp) = style.comma, style.paren
    count = rng.randint(300, 90000)
    per = rng.randint(80, 6000)
    total = count * per / 10000
    forms = [
        f"发放养老金{style.num(round(total * 12), '万元')}{c}惠及{style.num(count, '人')}{c}"
            f"人均月领取{style.num(per, '元')}",
        f"城镇居民人均可支配收入{style.num(per * 10, '元')}{c}常住人口{style.num(count, '人')}",
        f"发放补贴约{style.num(round(total), '万元')}{c}惠及{style.num(count, '人')}{c}"
            f"人均{style.num(round(per * 1.3), '元')}",
        f"纳入监测{style.num(rng.randint(5, 30), '户')}{style.num(rng.randint(30, 90), '人')}{c}"
            f"其中{style.num(rng.randint(2, 4), '户')}{style.num(rng.randint(5, 9), '人')}均已消除风险",
        f"网上办件量{style.num(count, '件')}{c}比上年增长{rng.randint(3, 9)}倍",
        f"网上办件量{style.num(count // 4 * 4, '件')}{c}比上年{lp}{style.num(count // 4, '件')}{rp}增长3倍",
        f"粮食产量是上年的{rng.randint(11, 19) / 10}倍{c}达到{style.num(count, '吨')}",
        f"农村居民人均可支配收入{style.num(per * 4, '元')}{c}城镇居民人均可支配收入{style.num(per * 9, '元')}{c}"
            f"全市常住人口{style.num(count, '人')}",
        f"全年发放补贴{style.num(round(total), '万元')}{c}惠及{style.num(count, '人')}{c}"
            f"其中{style.num(count // 3, '人')}人均{style.num(per * 2, '元')}",
    ]
    return rng.choice(forms) + style.end


def neg_points_against(rng, style):
    """Rates next to another region's that must not be subtracted: a change of the rate itself after the comparison,
    points against a region whose rate is not given, growth rates below zero as ranges or codes."""
    c, (po, pc) = style.comma, style.paren
    own = Decimal(str(round(rng.uniform(40, 95), 1)))
    other = Decimal(str(round(rng.uniform(40, 95), 1)))
    forms = [
        f"毛入学率为{style.pct(own, 1)}{c}高于全省平均水平{po}{style.pct(other, 1)}{pc}{c}比上年提高"
            f"{rng.randint(1, 9)}.{rng.randint(1, 9)}个百分点",
        f"城镇化率达到{style.pct(own, 1)}{c}高于全国平均水平{rng.randint(1, 9)}.{rng.randint(1, 9)}个百分点",
        f"森林覆盖率{style.pct(own, 1)}{c}与全省平均{po}{style.pct(other, 1)}{pc}相比仍有差距",
        f"增速区间为-{rng.randint(1, 5)}%至{rng.randint(1, 9)}%{c}编号GB-{rng.randint(10, 99)}%",
    ]
    return rng.choice(forms) + style.end


def neg_stock_flow(rng, style):
    """Starts, flows and ends that must not be added up: a population with births and deaths only, a change
    against the start, a plan, an approximate flow, 年初以来."""
    c = style.comma
    a, b, d = rng.randint(20000, 90000), rng.randint(100, 900), rng.randint(100, 900)
    forms = [
        f"年末户籍人口{style.num(a, '人')}{c}比上年末净增{style.num(rng.randint(10, 500), '人')}；全年出生"
        f"{style.num(b, '人')}{c}死亡{style.num(d, '人')}",
        f"年末实有市场主体{style.num(a, '户')}{c}比年初增加{style.num(b, '户')}",
        f"年初计划新增就业{style.num(b * 10, '人')}{c}年末实际新增{style.num(b * 11, '人')}",
        f"年初有家庭农场{style.num(a, '家')}{c}全年新认定约{style.num(b, '家')}{c}年末{style.num(a + b + 7, '家')}",
        f"年初以来{c}新增市场主体{style.num(b, '户')}{c}注销{style.num(d, '户')}{c}年末实有{style.num(a, '户')}",
    ]
    return rng.choice(forms) + style.end


def neg_target(rng, style):
    c = style.comma
    r = rng.randint(101, 160)
    forms = [
        f"完成年度任务的{style.pct(r, 0)}",
        f"完成投资{style.num(rng.randint(10, 90), '亿元')}{c}占年度计划的{style.pct(r, 1)}",
        f"新增就业{style.num(rng.randint(1000, 9000), '人')}{c}为目标任务的{style.pct(r, 0)}",
        f"税收收入完成预算的{style.pct(r, 1)}{c}其中{rng.choice(['增值税', '企业所得税'])}"
            f"完成预算的{style.pct(r + 5, 1)}",
    ]
    return rng.choice(forms) + style.end


def neg_growth(rng, style):
    c = style.comma
    forms = [
        f"营业收入同比增长{style.pct(rng.uniform(101, 300), 1)}",
        f"{rng.choice(['网络零售额', '新能源汽车产量'])}增长{style.pct(rng.uniform(40, 90), 1)}{c}"
        f"{rng.choice(['跨境电商', '充电桩'])}增长{style.pct(rng.uniform(40, 90), 1)}",
        f"两个园区产值分别增长{style.pct(rng.uniform(30, 70), 0)}、{style.pct(rng.uniform(40, 80), 0)}",
        f"增速比上年加快{style.num(rng.randint(2, 9), '个')}百分点{c}增幅达{style.pct(rng.uniform(60, 140), 1)}",
    ]
    return rng.choice(forms) + style.end


def neg_points(rng, style):
    c = style.comma
    rate = round(rng.uniform(60, 99), 1)
    forms = [
        f"{rng.choice(SHARE_RATE_WORDS)}达{style.pct(rate, 1)}{c}"
            f"比上年提高{style.pct(rng.uniform(0.5, 5), 1)[:-1]}个百分点",
        f"城乡居民收入比缩小{style.pct(rng.uniform(0.1, 2), 2)[:-1]}{c}农村居民占比提高2.5个百分点",
        f"三项指标分别提高{style.pct(rng.uniform(1, 5), 1)[:-1]}、{style.pct(rng.uniform(1, 5), 1)[:-1]}和"
        f"{style.pct(rng.uniform(1, 5), 1)[:-1]}个百分点",
        f"{rng.choice(SHARE_RATE_WORDS)}{style.pct(rate, 1)}{c}"
            f"高于全省平均水平{style.pct(rng.uniform(1, 9), 1)[:-1]}个百分点",
    ]
    return rng.choice(forms) + style.end


def neg_ranges(rng, style):
    c = style.comma
    a = rng.randint(2, 40)
    forms = [
        f"增速保持在{a}%—{a + rng.randint(1, 5)}%之间",
        f"每户补助{style.num(a * 100, '元')}至{style.num(a * 200, '元')}{c}"
            f"共惠及{style.num(rng.randint(100, 900), '户')}",
        f"单个项目投资{a}~{a + 20}万元{c}合计{style.num(rng.randint(1, 9) * 100, '万元')}",
        f"每组{a}-{a + 10}人{c}共{style.num(rng.randint(3, 9), '组')}",
    ]
    return rng.choice(forms) + style.end


def neg_years_docs(rng, style):
    c = style.comma
    forms = [
        f"根据市政发〔2025〕{rng.randint(1, 60)}号文件{c}共落实{style.num(rng.randint(10, 90), '项')}措施",
        f"2023年、2024年、2025年连续三年获评先进{c}累计表彰{style.num(rng.randint(10, 90), '人')}",
        f"“十四五”期间{c}第{rng.randint(2, 9)}批次共{style.num(rng.randint(10, 90), '个')}项目入库",
        f"G{rng.randint(100, 399)}国道改造{style.num(rng.randint(5, 60), '公里')}{c}其中S{rng.randint(10, 99)}省道段"
        f"{style.num(rng.randint(1, 4), '公里')}",
        f"2019—2025年{c}共引进项目{style.num(rng.randint(20, 90), '个')}{c}"
            f"其中2025年{style.num(rng.randint(5, 19), '个')}",
    ]
    return rng.choice(forms) + style.end


def neg_approx(rng, style):
    c = style.comma
    parts = [rng.randint(1000, 5000) for _ in range(3)]
    total = sum(parts)
    shown = total // 1000 * 1000
    forms = [
        f"共服务群众{style.num(shown, '余人')}{c}其中老年人{style.num(parts[0], '人')}、儿童{style.num(parts[1], '人')}"
        f"、残疾人{style.num(parts[2], '人')}",
        f"累计培训约{style.num(round(total, -3), '人次')}{c}其中线上{style.num(parts[0], '人次')}、线下"
        f"{style.num(total - parts[0], '人次')}",
        f"惠及群众近{style.num(Decimal(round(total + 400, -3)) / 10000, '万人')}{c}其中城区{style.num(parts[0], '人')}"
        f"、乡镇{style.num(total - parts[0], '人')}",
    ]
    return rng.choice(forms) + style.end


def neg_partial(rng, style):
    verb_noun, unit, names, whole, parts = _count_statement(rng, 3, 4)
    c = style.comma
    forms = [
        f"共{verb_noun}{style.num(whole, unit)}{c}其中{names[0]}{style.num(parts[0], unit)}",
        f"{verb_noun}{style.num(whole, unit)}{c}主要有{names[0]}{style.num(parts[0], unit)}、{names[1]}"
            f"{style.num(parts[1], unit)}等",
        f"{names[0]}{style.num(parts[0], unit)}、{names[1]}{style.num(parts[1], unit)}等{style.num(whole, unit)}",
        f"共{verb_noun}{style.num(whole, unit)}{c}其中{names[0]}{style.num(parts[0], unit)}、{names[1]}"
        f"{style.num(parts[1], unit)}",
    ]
    return rng.choice(forms) + style.end


def neg_units(rng, style):
    c = style.comma
    a, b = rng.randint(10, 99), rng.randint(100, 999)
    forms = [
        f"新建道路{style.num(a, '公里')}、绿地{style.num(b, '平方米')}{c}合计投资{style.num(a + b, '万元')}",
        f"走访企业{style.num(a, '家')}、群众{style.num(b, '人')}{c}共收集意见{style.num(a + b + 7, '条')}",
        f"新增造林{style.num(b, '亩')}{c}其中{style.num(a, '万株')}为乡土树种",
        f"开展培训{style.num(a, '场次')}{c}共培训{style.num(b, '人次')}{c}涉及{style.num(a + 3, '人')}",
        f"修复河道{style.num(a, '公里')}{c}清淤{style.num(b, '万立方米')}{c}合计{style.num(a * 2, '吨')}",
    ]
    return rng.choice(forms) + style.end


def neg_grim_unbound(rng, style):
    c = style.comma
    n = rng.randint(10, 60)
    rate = Decimal(str(round(rng.uniform(80, 99.9), 1)))
    forms = [
        f"全年走访企业{style.num(n, '家')}{c}辖区营商环境满意率达{style.pct(rate, 1)}",
        f"举办招聘会{style.num(n, '场')}{c}群众满意率{style.pct(rate, 1)}",
        f"组建服务队{style.num(n, '支')}{c}政策知晓率提高到{style.pct(rate, 1)}",
    ]
    return rng.choice(forms) + style.end


def neg_placeholder_lookalike(rng, style):
    c = style.comma
    a, b = rng.randint(10, 90), rng.randint(10, 90)
    forms = [
        f"推进1+X证书制度试点{c}共{style.num(a + b, '人')}取得证书{c}其中{style.num(a, '人')}为在校生",
        f"落实“7+X”服务清单{c}办理事项{style.num(a + b, '件')}{c}其中{style.num(a, '件')}当日办结",
        f"采购x86服务器{style.num(a, '台')}、国产服务器{style.num(b, '台')}{c}合计{style.num(a + b, '台')}",
        f"新建5G基站{style.num(a, '个')}、4G基站{style.num(b, '个')}{c}合计{style.num(a + b, '个')}",
        f"实施“3+2”分段培养{c}共招生{style.num(a + b, '人')}{c}其中中职{style.num(a, '人')}",
    ]
    return rng.choice(forms) + style.end


def neg_overlapping_groups(rng, style):
    """Two groups of one population that overlap (women, party members): their shares may pass 100%."""
    c = style.comma
    a, b = rng.randint(40, 70), rng.randint(45, 80)
    frame = rng.choice(["受访者中", "参训学员中", "新录用人员中", "志愿者中"])
    pair = rng.choice([("女性", "党员"), ("35岁以下", "本科以上学历"), ("女性", "大专以上学历")])
    return f"{frame}{c}{pair[0]}占{style.pct(a, 0)}{c}{pair[1]}占{style.pct(b, 0)}{style.end}"


def neg_kinds_after_whole(rng, style):
    """A whole, then amounts that are not a list of its kinds: a group that holds the next kind (民生支出, 教育支出),
    investment by sector and by owner (工业投资, 民间投资), or other indicators (their own names)."""
    c, semi = style.comma, style.semi
    whole = rng.randint(60, 400)
    a, b = rng.randint(whole // 2, whole - 5), rng.randint(whole // 4, whole // 2)
    forms = [
        f"全县一般公共预算支出{style.num(whole, '亿元')}。民生支出{style.num(a, '亿元')}{semi}教育支出"
        f"{style.num(b, '亿元')}",
        f"全年完成固定资产投资{style.num(whole, '亿元')}{c}其中工业投资{style.num(a, '亿元')}{c}民间投资"
        f"{style.num(b, '亿元')}",
        f"全年实现地区生产总值{style.num(whole, '亿元')}。规上工业增加值{style.num(a, '亿元')}{semi}社会消费品零售总额"
        f"{style.num(b, '亿元')}",
        f"上半年接待游客{style.num(whole, '万人次')}{c}其中省外游客{style.num(b, '万人次')}{c}下半年接待"
        f"{style.num(whole + a, '万人次')}",
    ]
    return rng.choice(forms) + style.end


def neg_open_cases(rng, style):
    """``受理…，按期办结A、超期办结B``: cases handled on time and late need not be all that were received."""
    c = style.comma
    whole = rng.randint(200, 3000)
    done = whole - rng.randint(3, max(4, whole // 10))
    a = rng.randint(done // 2, done - 1)
    joiner = rng.choice(["、", c])
    lead = rng.choice(["共受理群众诉求", "受理投诉举报", "共接收工单"])
    return (f"{lead}{style.num(whole, '件')}{c}按期办结{style.num(a, '件')}{joiner}超期办结{style.num(done - a, '件')}"
            f"{style.end}")


def neg_multiple_wholes(rng, style):
    c, s = style.comma, style.semi
    t1 = split(rng.randint(100, 900), 2, rng)
    t2 = split(rng.randint(100, 900), 2, rng)
    return (f"受理投诉{style.num(sum(t1), '件')}{c}其中按期办结{style.num(t1[0], '件')}"
        f"、超期办结{style.num(t1[1], '件')}{s}"
            f"受理咨询{style.num(sum(t2), '件')}{c}其中电话{style.num(t2[0], '件')}、网络{style.num(t2[1], '件')}"
            f"{style.end}")


def neg_real_growth(rng, style):
    """A growth reckoned in real terms (GDP, value added, 扣除价格因素, 按可比价格计算), the amounts in current
    prices: not their ratio."""
    c = style.comma
    last = rng.randint(300, 9000)
    amount = rng.randint(last // 15, last // 6)
    level = last + amount
    prices = Decimal(str(round(rng.uniform(-0.02, 0.06), 3)))  # the deflator of a usual year
    real = style.pct((Decimal(level) / Decimal(last) / (1 + prices) - 1) * 100, 1)
    unit = rng.choice(["亿元", "万元"])
    measure = rng.choice(["地区生产总值", "全市GDP", "规上工业增加值", "第三产业增加值", "农业增加值"])
    forms = [
        f"{measure}{style.num(level, unit)}{c}比上年增加{style.num(amount, unit)}{c}增长{real}",
        f"{measure}由{style.num(last, unit)}增加到{style.num(level, unit)}{c}增长{real}",
        f"{measure}达到{style.num(level, unit)}{c}同比增长{real}（上年同期{style.num(last, unit)}）",
        f"{rng.choice(['社会消费品零售总额', '居民人均消费支出'])}{style.num(level, unit)}{c}比上年增加"
            f"{style.num(amount, unit)}{c}{rng.choice(['扣除价格因素', '按可比价格计算'])}{c}实际增长{real}",
        f"{rng.choice(['社会消费品零售总额', '工业总产值'])}{style.num(level, unit)}{c}比上年增加"
            f"{style.num(amount, unit)}{c}增长{real}（按可比价格计算）",
    ]
    return rng.choice(forms) + style.end


def neg_rate_unrelated(rng, style):
    c = style.comma
    n = rng.randint(200, 900)
    m = rng.randint(100, n - 1)
    rate = Decimal(str(round(rng.uniform(80, 99.9), 1)))
    forms = [
        f"受理诉求{style.num(n, '件')}{c}办结{style.num(m, '件')}{c}群众满意率{style.pct(rate, 1)}",
        f"全区共有企业{style.num(n, '家')}{c}{rng.choice(['森林覆盖率', '城镇化率'])}达{style.pct(rate, 1)}",
        f"城镇化率{style.pct(rate, 1)}、森林覆盖率{style.pct(rng.uniform(40, 70), 1)}",
        f"两个街道的办结率分别为{style.pct(rate, 0)}、{style.pct(rng.uniform(90, 99), 0)}",
        f"其中城区占全市的{style.pct(rng.uniform(50, 70), 0)}{c}园区占全省的{style.pct(rng.uniform(40, 60), 0)}",
    ]
    return rng.choice(forms) + style.end


# --------------------------------------------------------------------------- the table

#: construction -> (family, builder, perturbations)
CONSTRUCTIONS: dict[str, tuple[str, Builder, tuple[str, ...]]] = {
    "qizhong": ("totals", qizhong, (*PARTIAL_ERRORS, "just-short")),
    "qizhong-rest": ("totals", qizhong_rest, TOTALS_ERRORS),
    "in-brackets": ("totals", in_brackets, (*PARTIAL_ERRORS, "short-in-brackets")),
    "complementary": ("totals", complementary, ("few-units", "ten-to-thirty-pct", "part-over-whole",
                                                 "transposed-digits")),
    "including": ("totals", including, PARTIAL_ERRORS),
    "list-total": ("totals", list_total, TOTALS_ERRORS),
    "respectively-total": ("totals", respectively_total, TOTALS_ERRORS),
    "total-respectively": ("totals", total_respectively, TOTALS_ERRORS),
    "mixed-magnitude": ("totals", mixed_magnitude, (*TOTALS_ERRORS, "magnitude-slip")),
    "chinese-numerals": ("totals", chinese_numerals, ("few-units", "part-over-whole", "part-counted-twice",
                                                       "missing-part")),
    "change-amount": ("totals", change_amount, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "rate-stem": ("percentage", rate_stem, RATE_ERRORS),
    "rate-qizhong": ("percentage", rate_qizhong, RATE_ERRORS),
    "rate-in-n": ("percentage", rate_in_n, RATE_ERRORS),
    "rate-of-total": ("percentage", rate_of_total, RATE_ERRORS),
    "rate-fraction": ("percentage", rate_fraction, RATE_ERRORS),
    "shares-composition": ("percentage", shares_composition, ("shares-over-100",)),
    "shares-zhanbi": ("percentage", shares_zhanbi, ("shares-over-100",)),
    "shares-respectively": ("percentage", shares_respectively, ("shares-over-100",)),
    "grim": ("percentage", grim, ("grim-impossible",)),
    "share-over-100": ("percentage", share_over_100, ("over-100",)),
    "change-points": ("percentage", change_points, ("rate-off", "points-for-percent")),
    "growth-level": ("percentage", growth_level, ("rate-off", "rate-transposed")),
    "change-stated-base": ("totals", change_stated_base, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "net-change": ("totals", net_change, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "periods-change": ("totals", periods_change, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "stock-flow": ("totals", stock_flow, ("few-units", "ten-to-thirty-pct", "transposed-digits", "flow-sign")),
    "total-colon": ("totals", total_colon, TOTALS_ERRORS),
    "sentences-then-total": ("totals", sentences_then_total, TOTALS_ERRORS),
    "progress-statuses": ("totals", progress_statuses, ("few-units", "ten-to-thirty-pct", "transposed-digits",
                                                         "part-over-whole")),
    "attendance": ("totals", attendance, ("few-units", "transposed-digits", "part-over-whole")),
    "table-row-totals": ("totals", table_row_totals, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "budget-execution": ("percentage", budget_execution, ("rate-off", "rate-transposed")),
    "rate-pooled": ("percentage", rate_pooled, ("rate-off", "rate-transposed")),
    "multiple": ("percentage", multiple, QUOTIENT_ERRORS),
    "average": ("percentage", average, QUOTIENT_ERRORS),
    "table-growth": ("percentage", table_growth, ("rate-off", "sign-lost")),
    "growth-two-periods": ("percentage", growth_two_periods, ("rate-off", "sign-lost")),
    "staffing": ("totals", staffing, ("few-units", "transposed-digits", "part-over-whole")),
    "running-total": ("totals", running_total, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "balance": ("totals", balance, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
    "rate-counts-before": ("percentage", rate_counts_before, RATE_ERRORS),
    "table-share": ("percentage", table_share, ("rate-off", "rate-transposed")),
    "points-against": ("percentage", points_against, ("rate-off", "sign-lost")),
    "list-after-whole": ("totals", list_after_whole, PARTIAL_ERRORS),
    "periods-after-year": ("totals", periods_after_year, ("few-units", "ten-to-thirty-pct", "transposed-digits")),
}

#: look-alike -> (family it tempts, builder)
NEGATIVES: dict[str, tuple[str, Callable[[random.Random, Style], str]]] = {
    "neg-change": ("totals", neg_change),
    "neg-average": ("totals", neg_average),
    "neg-target": ("percentage", neg_target),
    "neg-growth": ("percentage", neg_growth),
    "neg-points": ("percentage", neg_points),
    "neg-ranges": ("totals", neg_ranges),
    "neg-years-docs": ("totals", neg_years_docs),
    "neg-approx": ("totals", neg_approx),
    "neg-partial": ("totals", neg_partial),
    "neg-units": ("totals", neg_units),
    "neg-grim-unbound": ("percentage", neg_grim_unbound),
    "neg-placeholder-lookalike": ("totals", neg_placeholder_lookalike),
    "neg-multiple-wholes": ("totals", neg_multiple_wholes),
    "neg-rate-unrelated": ("percentage", neg_rate_unrelated),
    "neg-overlapping-groups": ("percentage", neg_overlapping_groups),
    "neg-open-cases": ("totals", neg_open_cases),
    "neg-real-growth": ("percentage", neg_real_growth),
    "neg-quotient": ("percentage", neg_quotient),
    "neg-stock-flow": ("totals", neg_stock_flow),
    "neg-points-against": ("percentage", neg_points_against),
    "neg-kinds-after-whole": ("totals", neg_kinds_after_whole),
}


def generate(seed: int = 7, per_construction: int = 60) -> list[Case]:
    """*per_construction* consistent and as many broken statements of every construction, and
    *per_construction* statements of every look-alike; the same seed gives the same cases.

    >>> cases = generate(seed=1, per_construction=2)
    >>> sorted({c.kind for c in cases})
    ['broken', 'consistent', 'negative']
    """
    rng = random.Random(seed)
    cases: list[Case] = []
    for name, (family, build, errors) in CONSTRUCTIONS.items():
        for mode_list, kind in ((("consistent",), "consistent"), (errors, "broken")):
            made = attempts = 0
            while made < per_construction and attempts < per_construction * 20:
                attempts += 1
                mode = mode_list[made % len(mode_list)] if kind == "broken" else "consistent"
                style = random_style(rng, chinese_ok=False)
                got = build(rng, style, mode)
                if got is None:
                    if kind == "broken":  # try the next perturbation rather than loop on one that cannot apply
                        made_mode = rng.choice(mode_list)
                        got = build(rng, style, made_mode)
                    if got is None:
                        continue
                text, error, diagnosis = got
                cases.append(Case(text, family, name, kind, "" if kind == "consistent" else error, diagnosis,
                                  {"style": style.numbers, "ascii": style.ascii}))
                made += 1
    for name, (family, build) in NEGATIVES.items():
        for _ in range(per_construction):
            style = random_style(rng)
            cases.append(Case(build(rng, style), family, name, "negative", "", None,
                              {"style": style.numbers, "ascii": style.ascii}))
    return cases


if __name__ == "__main__":  # a quick look: python benchmarks/numbers_corpus.py
    for case in generate(seed=3, per_construction=2):
        print(f"{case.construction:22} {case.kind:10} {case.error:20} {case.text}")
