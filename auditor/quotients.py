"""Quotients stated with both of their operands: multiples and averages (PC009).

Two constructions, each read within one sentence (up to 。！？；or a line break):

* a **multiple** — ``A …是/为/相当于 [base phrase holding B] 的 N 倍``: ``营业收入92.2亿元，是上年（18.6亿元）的
  4.96倍``; ``N`` must be ``A / B``. ``增长 N 倍`` is left alone (reports use it both for ``A/B`` and for
  ``A/B − 1``).
* an **average** — ``人均 / 生均 / 户均 / 亩均 / 每亩 / 亩产 / 平均每个(家, 所, 名, 户, 人) … V`` with the total it
  shares out and the count it shares it over: ``发放补贴685.17万元，惠及3397人，人均2017元``; ``V`` must be
  ``total / count``.

Only plain cases are read, so that a report is never told its arithmetic is wrong when the sentence does
not say what was divided by what:

* exactly one quantity of the average's unit besides it (the total), and exactly one of the count's unit
  (人/名/位/人次 for 人均, 户 for 户均, 亩 for 每亩 and 亩均, the classifier of 平均每个…);
* one average in the sentence; none of the three with 约/近/超过 or a range; no time word between the cue and
  the value (``人均月领取220元`` is a monthly figure of a yearly total);
* the computed and the stated value within a factor of :data:`PLAUSIBLE_FACTOR` of each other: a slip of
  ten is a typo worth reporting, a gap of a thousand means the sentence pairs other things
  (``人均可支配收入…，常住人口…``).

>>> from auditor.document import Document
>>> doc = Document("a", "发放补贴685.17万元，惠及3397人，人均2017元。")
>>> [(q.construction, str(q.stated.value)) for q in document_quotients(doc)]
[('average', '2017')]
"""

from __future__ import annotations

from fractions import Fraction

from auditor.lazyregex import LazyRegex
from auditor.quantities import _SENTENCE_END, Quantity, document_quantities, parse_range, sentence_start
from auditor.record import Record
from auditor.scan import contains, find_all, matches_at

#: how far apart a computed and a stated quotient may be and still be read as one relation (a slip of
#: ten, 万 for 元, is reported; further apart, the sentence pairs other things)
PLAUSIBLE_FACTOR = 12

#: where a quotient may be stated: the characters every cue holds (one scan of the text finds them all)
_CUE_CHARS = "均每倍"
#: a multiple: a verb, the base phrase (holding the base), 的, the multiple, 倍
_MULTIPLE = LazyRegex(r"(?:相当于|是|为|达到|达)(?P<base>(?:[^，,。；;！？!?\n]|,(?=[0-9])){1,30}?)的\s*"
                      r"(?P<n>[0-9]+(?:\.[0-9]+)?)\s*倍(?![数率])")
#: an average's cue and the classifier it shares over (人均, 户均, 亩均, 馆均, 人次均, 每亩, 平均每个…)
_AVERAGE = LazyRegex(r"(?P<cue>人次均|[人户亩生场馆校村笔套]均|每亩|亩产"
                     # (平均单船功率: the power of one boat, on average)
                     r"|平均(?:每(?:一)?|单)(?P<cls>[个家所名户人位村校天日次场起件笔套船艘])?)")
#: the units a cue's count may have
_COUNT_UNITS = {"人均": ("人", "名", "位", "人次"), "生均": ("人", "名"), "场均": ("场", "场次"), "户均": ("户", "家"),
                "人次": ("人次",), "馆均": ("家", "个", "座", "所"), "校均": ("所",), "村均": ("个", "村"),
                "亩均": ("亩",),
                "每亩": ("亩",), "亩产": ("亩",),
                "个": ("个",), "家": ("家",), "所": ("所",), "名": ("人", "名", "位"), "人": ("人", "名", "位"),
                "位": ("人", "名", "位"), "户": ("户",), "村": ("个", "村"), "校": ("所",),
                "天": ("天",), "日": ("天",), "次": ("次",), "场": ("场", "场次"),
                # (a loan's average by transactions, a home's area by homes sold, a fire's loss, a boat's power)
                "笔均": ("笔",), "套均": ("套",), "起": ("起",), "件": ("件",), "笔": ("笔",), "套": ("套",),
                "船": ("艘",), "艘": ("艘",)}
#: words between an average's cue and its value that make it a rate over time, not a share of the total
_TIME_WORDS = LazyRegex(r"[年月日天周季]|每次|一次")
#: qualifiers that make a figure approximate (an approximate quotient is not checked)
_APPROXIMATE = LazyRegex(r"约|近|接近|将近|超过|逾|多|余|以上|左右|大约|不足|不到")
#: before a cue: a number, so that 人/户 is the unit of a count and 均 means "all" (2户5人均为…)
_NOT_A_CUE_BEFORE = LazyRegex(r"[0-9零〇一二两三四五六七八九十百千万]")
#: after a cue: 均为/均是 without a number (监测户均为困难户: "are all")
_ALL_OF_THEM = LazyRegex(r"[为是属已](?![0-9])")


class QuotientRelation(Record):
    """A stated quotient and its operands: *stated* = *numerator* / *denominator* (*construction*:
    ``multiple`` or ``average``); for a multiple *stated* is ``(start, end, value, decimals)`` in the
    original text, for an average a :class:`~auditor.quantities.Quantity`."""

    _fields = ("stated", "numerator", "denominator", "construction")


class StatedMultiple(Record):
    """The ``N`` of ``…的N倍``: offsets in the original text, value and decimals."""

    _fields = ("start", "end", "value", "decimals", "low", "high")


def document_quotients(doc) -> list[QuotientRelation]:
    """The quotients of *doc* (multiples, averages and the indicators of a statistical bulletin), found once per
    document."""
    cached = doc.cache.get("quotients")
    if cached is not None:
        return cached
    out: list[QuotientRelation] = []
    text = doc.text
    if "均" in text or "倍" in text or "每" in text or ("亩" in text and contains(text, "亩产")):
        view, norm, _quantities = document_quantities(doc)
        out = list(_quotients(view, norm))
    if any(contains(text, word) for word in _INDICATOR_WORDS):
        view, norm, _quantities = document_quantities(doc)
        out.extend(_indicators(view, norm))
    doc.cache["quotients"] = out
    return out


#: the indicators of a statistical bulletin read with their operands (construction → the quotient's scale):
#: 人口密度 = people / area, 性别比 = men / women × 100, 城乡居民收入比 = urban / rural income, 师生比 1:N = pupils /
#: teachers, 每千人口… = a count / people × 1000
INDICATOR_SCALES = {"density": 1_000_000, "sex-ratio": 100, "income-ratio": 1, "pupils-per-teacher": 1,
                    "per-thousand": 1000, "per-ten-thousand": 10_000, "nurses-per-doctor": 1}
# (an area is read in square metres: people a km² is people / m² × 10⁶)
#: the words that name them (a document without any has none)
_INDICATOR_WORDS = ("人口密度", "性别比", "收入比", "师生比", "每千", "每万", "医护比")
#: each indicator's word and its stated value: a number, or 1:N / N:1
_INDICATOR = LazyRegex(r"(?P<word>人口密度|性别比|收入比|师生比|医护比|每[千万](?:常住)?人口?[\p{Han}]{0,8}?)"
                       r"(?:[（(]以?女性?(?:人口)?为100[)）])?(?:为|是|达到|达)?\s*(?:1\s*[:：∶]\s*(?P<after>[0-9]+(?:\.[0-9]+)?)|(?P<n>[0-9]+(?:\.[0-9]+)?)(?:\s*[:：∶]\s*1(?![0-9.]))?)")


def _indicators(view, norm: str):
    """``常住人口156.67万人，面积4724平方公里，人口密度为323人/平方公里`` and the like (:data:`INDICATOR_SCALES`): the
    indicator's stated value and the two figures of its sentence it is the quotient of, each named by its own
    word (人口, 面积; 男, 女; 城镇, 农村; 教师, 学生; the counted thing, 人口). Only plain cases: one figure of each
    kind in the sentence, none of them approximate.

    >>> from auditor.document import Document
    >>> doc = Document("a", "平坪县第一中学有专任教师434人，在校学生4871人，师生比为1:11.22。")
    >>> [(q.construction, str(q.stated.value)) for q in document_quotients(doc)]
    [('pupils-per-teacher', '561/50')]
    """
    starts = sorted(i for word in _INDICATOR_WORDS if contains(norm, word) for i in find_all(norm, word))
    for m in matches_at(_INDICATOR.match, norm, starts):  # (tried where a word stands, not over the whole text)
        word = m.group("word")
        lo = sentence_start(norm, max(0, m.start() - 300), m.start())
        end = _SENTENCE_END.search(norm, m.end())
        hi = end.start() if end is not None else len(norm)
        qs = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo and q.clean_end <= m.start()]
        found = _indicator_operands(word, m, qs)
        if found is None:
            continue
        construction, numerator, denominator = found
        group = "after" if m.group("after") else "n"
        digits = m.group(group)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        value = Fraction(digits)
        half = Fraction(1, 2 * 10**decimals)
        start, stop = view.original_span(m.start(group), m.end(group))
        yield QuotientRelation(StatedMultiple(start, stop, value, decimals, value - half, value + half), numerator,
                               denominator, construction)


def _indicator_operands(word: str, m, qs: list[Quantity]):
    """``(construction, numerator, denominator)`` of the indicator *word* among the figures *qs* before it."""
    def one(test) -> Quantity | None:
        found = [q for q in qs if test(q) and not q.qualifier and q.value > 0]
        return found[0] if len(found) == 1 else None

    if word == "人口密度" and m.group("n"):
        people = one(lambda q: q.unit == "人" and q.label.endswith("人口"))
        area = one(lambda q: q.unit == "平方米")  # (平方公里 is read in square metres)
        return ("density", people, area) if people and area else None
    if word == "性别比" and m.group("n"):
        men = one(lambda q: q.unit == "人" and "男" in q.label)
        women = one(lambda q: q.unit == "人" and "女" in q.label)
        return ("sex-ratio", men, women) if men and women else None
    if word == "收入比" and m.group("n"):
        urban = one(lambda q: q.unit == "元" and "城" in q.label and "收入" in q.label)
        rural = one(lambda q: q.unit == "元" and "农" in q.label and "收入" in q.label)
        return ("income-ratio", urban, rural) if urban and rural else None
    if word == "师生比" and m.group("after"):
        teachers = one(lambda q: q.unit in ("人", "名") and "教师" in q.label)
        pupils = one(lambda q: q.unit in ("人", "名") and ("学生" in q.label or "在校生" in q.label))
        return ("pupils-per-teacher", pupils, teachers) if teachers and pupils else None
    if word == "医护比" and m.group("after"):  # 执业医师1989人、注册护士2194人，医护比为1:1.10
        doctors = one(lambda q: q.unit in ("人", "名") and "医师" in q.label)
        nurses = one(lambda q: q.unit in ("人", "名") and "护士" in q.label)
        return ("nurses-per-doctor", nurses, doctors) if doctors and nurses else None
    if word.startswith(("每千", "每万")) and m.group("n"):
        construction = "per-thousand" if word.startswith("每千") else "per-ten-thousand"
        people = one(lambda q: q.unit == "人" and q.label.endswith("人口"))
        # (每万人口执业医师数27.1人: the count in 人 too, named by the indicator's word)
        counted = [q for q in qs if q is not people and q.unit and q.unit != "%" and not q.qualifier and (
            q.unit != "人" or (construction == "per-ten-thousand" and _names_count(word, q.label)))]
        return (construction, counted[0], people) if people and len(counted) == 1 else None
    return None


def _names_count(word: str, label: str) -> bool:
    """Whether *label* names what the indicator *word* counts (每万人口执业医师数 and 注册执业医师: 执业医师)."""
    what = word.lstrip("每千万").removeprefix("常住").removeprefix("人口").removeprefix("人").removesuffix("数")
    return len(what) >= 2 and what in label


def _quotients(view, norm: str):
    """Each sentence of *norm* holding a cue, read once."""
    done = -1
    # (亩产: the yield of a mu, an average found by its word)
    cues = sorted([i for ch in _CUE_CHARS for i in find_all(norm, ch) if _is_cue(norm, i)] +
                  (list(find_all(norm, "亩产")) if "亩" in norm else []))
    for i in cues:
        if i < done:
            continue
        lo = sentence_start(norm, max(0, i - 300), i)
        m = _SENTENCE_END.search(norm, i)
        hi = m.start() if m is not None else len(norm)
        done = hi
        sentence = norm[lo:hi]
        if "倍" not in sentence and not _AVERAGE.search(sentence):
            continue
        qs = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo]
        if len(qs) < 2:
            continue
        if "倍" in sentence:
            yield from _multiples(view, norm, lo, hi, qs)
            yield from _growths_in_times(view, norm, lo, hi, qs)
        yield from _averages(norm, lo, hi, qs)


def _is_cue(norm: str, i: int) -> bool:
    """Whether the cue character at *i* (均, 每 or 倍) starts or ends a cue: 人均/户均/亩均/馆均/人次均…, 每亩/平均每,
    倍 (a report has hundreds of 均 and 每, in 平均, 均衡, 每年; a look at their neighbours is cheaper than a pattern).

    >>> cases = (("人均收入", 1), ("均衡发展", 0), ("每亩", 0), ("每年", 0), ("平均每家", 2), ("2倍", 1))
    >>> [_is_cue(t, i) for t, i in cases]
    [True, False, True, False, True, True]
    """
    ch = norm[i]
    if ch == "倍":
        return True
    if ch == "均":
        return i > 0 and (norm[i - 1] in "人户亩生场馆校村次笔套" or
                          (norm[i - 1] == "平" and norm[i + 1:i + 2] == "单"))  # (平均单船)
    return norm[i + 1:i + 2] == "亩" or (i > 1 and norm[i - 2:i] == "平均")


def _same_unit(a: Quantity, b: Quantity) -> bool:
    return bool(a.unit) and a.unit == b.unit and a.unit != "%"


def _multiples(view, norm: str, lo: int, hi: int, qs: list[Quantity]):
    """``A …是（B）的N倍`` in ``norm[lo:hi]``: one quantity in the base phrase, the quantity right before the
    verb of the same unit."""
    for m in _MULTIPLE.finditer(norm, lo, hi):
        inside = [q for q in qs if m.start("base") <= q.clean_start and q.clean_end <= m.end("base")]
        before = [q for q in qs if q.clean_end <= m.start()]
        if len(inside) != 1 or not before:
            continue
        base, value = inside[0], before[-1]
        if not _same_unit(base, value) or value.qualifier or base.qualifier or base.value <= 0:
            continue
        if _APPROXIMATE.search(norm, m.end("n"), min(hi, m.end() + 2)) or \
                _APPROXIMATE.search(norm, max(m.start("n") - 3, m.start()), m.start("n")):
            continue
        if norm.find("倍", m.end(), hi) != -1 and _MULTIPLE.search(norm, m.end(), hi):
            continue  # (two multiples in one sentence: the second's value may be the first's)
        digits = m.group("n")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        n = Fraction(digits)
        half = Fraction(1, 2 * 10**decimals)
        start, end = view.original_span(m.start("n"), m.end("n"))
        stated = StatedMultiple(start, end, n, decimals, n - half, n + half)
        yield QuotientRelation(stated, value, base, "multiple")


#: a growth in times: the verb, N, 倍 (增长了3.4倍, 增加2.93倍)
_GROWTH_TIMES = LazyRegex(r"(?:增长|增加|提高|上升|扩大)了?\s*(?P<n>[0-9]+(?:\.[0-9]+)?)\s*倍(?![数率])")
#: the words before the base of a from-to (由, 从 and what it names: 从2019年的)
_FROM_WORDS = LazyRegex(r"(?:由|从)(?:[^，,；;。0-9]|(?:19|20)[0-9]{2}年){0,12}$")
#: … between the base and the value of a from-to (增至, 增长到, 提高到)
_TO_WORDS = LazyRegex(r"(?:增长|增加|提高|上升|扩大|增)?(?:到|至)(?:[^，,；;。0-9]|(?:19|20)[0-9]{2}年){0,8}$")
#: … between a value and its base named with 比/较 (比上年的, 较上年（, 比2022年（)
_BASE_WORDS = LazyRegex(r"[，,]?\s*(?:比|较)(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)?(?:同期)?(?:的)?\s*[（(]?$")


def _growths_in_times(view, norm: str, lo: int, hi: int, qs: list[Quantity]):
    """``从932万元增至3160万元，增长了2.4倍`` or ``立案数26613起，较上年（7834起）增长2.4倍``: a growth in times with
    its base and its value, N = value / base − 1 (construction ``growth-times``; PC010 reports an N that is the
    multiple value / base instead). One growth in times in the sentence, two quantities of one unit before it: a
    from-to (由/从 … 到/至, the growth in the clause after), or a value and its base after 比/较 (the growth right
    after the base).

    >>> from auditor.quantities import parse_quantities
    >>> from auditor.textview import clean_view
    >>> text = "研发投入从932万元增至3160万元，增长了2.4倍"
    >>> [(float(r.stated.value), r.numerator.value, r.denominator.value) for r in _growths_in_times(
    ...     clean_view(text), text, 0, len(text), parse_quantities(text))]
    [(2.4, Fraction(31600000, 1), Fraction(9320000, 1))]
    """
    found = list(_GROWTH_TIMES.finditer(norm, lo, hi))
    if len(found) != 1 or norm.count("倍", lo, hi) != 1:
        return
    m = found[0]
    before = [q for q in qs if q.clean_end <= m.start()]
    if len(before) < 2:
        return
    first, second = before[-2], before[-1]
    if not _same_unit(first, second) or first.qualifier or second.qualifier or \
            _APPROXIMATE.search(norm, max(m.start("n") - 3, m.start()), m.start("n")):
        return
    gap = norm[second.clean_end:m.start()]
    if _FROM_WORDS.search(norm, max(lo, first.clean_start - 20), first.clean_start) and \
            _TO_WORDS.search(norm[first.clean_end:second.clean_start]) and gap.strip() in ("，", ","):
        base, value = first, second
    elif _BASE_WORDS.search(norm[first.clean_end:second.clean_start]) and gap.strip() in ("", ")", "）"):
        base, value = second, first
    else:
        return
    if base.value <= 0 or value.value <= base.value:
        return
    digits = m.group("n")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    n = Fraction(digits)
    half = Fraction(1, 2 * 10**decimals)
    start, end = view.original_span(m.start("n"), m.end("n"))
    yield QuotientRelation(StatedMultiple(start, end, n, decimals, n - half, n + half), value, base, "growth-times")


def _averages(norm: str, lo: int, hi: int, qs: list[Quantity]):
    """``人均 V`` (户均, 每亩, 平均每个…) in ``norm[lo:hi]`` with the only other quantity of V's unit (the total)
    and the only one of the cue's count unit (what it is shared over)."""
    cues = list(_AVERAGE.finditer(norm, lo, hi))
    if len(cues) != 1:
        return
    m = cues[0]
    cue = m.group("cue")
    if _NOT_A_CUE_BEFORE.match(norm, m.start() - 1) if m.start() > lo else False:
        return  # 2户5人均为…: a count, then 均 (all of them), not an average
    if _ALL_OF_THEM.match(norm, m.end()):
        return  # 监测户均为困难户: 均为, "are all"
    key = m.group("cls") or cue[:2]
    if cue.startswith("平均") and not m.group("cls"):
        return
    counts = _COUNT_UNITS.get(key)
    if counts is None:
        return
    after = [q for q in qs if q.clean_start >= m.end()]
    if not after:
        return
    stated = after[0]
    between = norm[m.end():stated.clean_start]
    if len(between) > 12 or any(ch in between for ch in "，,、（(") or _TIME_WORDS.search(between):
        return
    if not stated.unit or stated.unit == "%" or stated.unit in counts or stated.qualifier:
        return
    totals = [q for q in qs if q is not stated and q.unit == stated.unit]
    shared_over = [q for q in qs if q is not stated and q.unit in counts]
    if len(totals) != 1 or len(shared_over) != 1:
        return
    total, count = totals[0], shared_over[0]
    if total.qualifier or count.qualifier or count.value <= 0 or total.value <= 0:
        return
    if "其中" in norm[max(lo, total.clean_start - 6):total.clean_start]:
        return  # (a part of something: not the total shared out)
    yield QuotientRelation(stated, total, count, "average")


def quotient_interval(numerator: Quantity, denominator: Quantity) -> tuple[Fraction, Fraction]:
    """The quotient's bounds from its operands' own rounding."""
    return numerator.low / denominator.high, numerator.high / denominator.low


def plausible(stated: Fraction, computed: Fraction) -> bool:
    """Whether a stated and a computed quotient are close enough to be one relation (within
    :data:`PLAUSIBLE_FACTOR` of each other)."""
    if stated <= 0 or computed <= 0:
        return False
    ratio = stated / computed
    return Fraction(1, PLAUSIBLE_FACTOR) <= ratio <= PLAUSIBLE_FACTOR
