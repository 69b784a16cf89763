"""Per-capita income and spending by their components (TO001).

A statistical bulletin gives residents' per-capita disposable income and then its four sources, or their per-capita
spending and then its eight kinds, each per head of the same residents: the parts add up to the whole (within the
rounding of each figure), as any breakdown does, though each is an average. ``人均可支配收入17563元。从收入构成看，
人均工资性收入6394元，人均经营净收入8061元，人均财产净收入193元，人均转移净收入2944元`` needs 6394 + 8061 + 193 + 2944
= 17563. Read only when every component stands right after its name, once, between the whole and the next whole of
its kind (the averages of two groups, 城镇居民 and 农村居民, are never added up: each group's components go with the
whole just before them).

>>> from auditor.document import Document
>>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in document_per_capita_sums(Document(
...     "a", "人均可支配收入17563元，其中工资性收入6394元，经营净收入8061元，财产净收入193元，转移净收入2944元。"))]
[(17563, [6394, 8061, 193, 2944])]
"""

from __future__ import annotations

from fractions import Fraction

from auditor.lazyregex import LazyRegex
from auditor.quantities import Quantity, document_quantities, parse_range
from auditor.scan import contains, find_all

#: the four sources of disposable income, and the eight kinds of consumer spending, as the statistics name them
_INCOME_PARTS = (("工资性收入", "工资收入"), ("经营净收入", "经营性净收入"), ("财产净收入", "财产性净收入"),
                 ("转移净收入", "转移性净收入"))
_SPENDING_PARTS = (("食品烟酒",), ("衣着",), ("居住",), ("生活用品及服务",), ("交通通信", "交通和通信"),
                   ("教育文化娱乐", "教育文化和娱乐"), ("医疗保健",), ("其他用品及服务", "其他用品和服务"))
#: the wholes: per-capita disposable (or net) income, per-capita consumer spending
_INCOME_WHOLE = LazyRegex(r"可支配收入|纯收入")
_SPENDING_WHOLE = LazyRegex(r"(?:生活)?消费(?:性)?支出")
#: what may stand between a name and its figure (为, 达到, a colon; a kind of spending may say 支出 first)
_BETWEEN = LazyRegex(r"(?:类?(?:消费)?支出)?(?:为|是|达|达到|：|:)?")
#: how far the components may stand after their whole (characters)
_REACH = 260


class PerCapitaSum:
    """``whole`` (a per-capita income or spending) = ``parts`` (its components, in the text's order)."""

    __slots__ = ("parts", "whole")

    def __init__(self, whole: Quantity, parts: list[Quantity]):
        self.whole, self.parts = whole, parts


def document_per_capita_sums(doc) -> list[PerCapitaSum]:
    """The per-capita incomes and spendings of *doc* with all their components, found once per document."""
    cached = doc.cache.get("per_capita_sums")
    if cached is None:
        cached = []
        text = doc.text
        income, spending = contains(text, "工资性"), contains(text, "食品烟酒")
        if income or spending:
            view, norm, _ = document_quantities(doc)
            if income:
                cached += _sums(view, norm, "工资性", _INCOME_WHOLE, _INCOME_PARTS)
            if spending:
                cached += _sums(view, norm, "食品烟酒", _SPENDING_WHOLE, _SPENDING_PARTS)
        doc.cache["per_capita_sums"] = cached
    return cached


def _sums(view, norm: str, first_word: str, whole_word: LazyRegex, kinds) -> list[PerCapitaSum]:
    out = []
    for at in find_all(norm, first_word):
        lo = max(0, at - _REACH)
        names = list(whole_word.finditer(norm, lo, at))
        if not names:
            continue
        name = names[-1]  # (the whole just before the components: 农村居民's, not 城镇居民's before it)
        hi = min(len(norm), at + _REACH)
        for later in whole_word.finditer(norm, at, hi):
            if not any(norm.endswith(word, 0, later.start()) for words in kinds for word in words):
                hi = later.start()  # (the next group's whole ends this one's components; 衣着消费支出 is one)
                break
        again = norm.find(first_word, at + 1, hi)
        if again != -1:
            hi = again
        quantities = parse_range(view, norm, name.start(), hi)
        whole = _figure_after(norm, quantities, name.end())
        if whole is None:
            continue
        parts = []
        for words in kinds:
            found = [q for q in (_figure_named(norm, quantities, word, whole.clean_end, hi) for word in words)
                     if q is not None]
            if len(found) != 1:
                break
            parts.append(found[0])
        else:
            if all(p.unit == whole.unit and not p.qualifier for p in parts) and not whole.qualifier and \
                    len({p.clean_start for p in parts}) == len(parts) and _one_group(norm, name.start(), parts):
                for q in (whole, *parts):
                    _as_rounded(q)
                out.append(PerCapitaSum(whole, sorted(parts, key=lambda q: q.clean_start)))
    return out


#: the group of residents a figure is of (城镇居民, 农村常住居民)
_GROUP = LazyRegex(r"城镇|农村|城市|乡村|全体|城乡")


def _one_group(norm: str, whole_at: int, parts: list[Quantity]) -> bool:
    """Whether no component names another group of residents than the whole does (城镇居民人均可支配收入…，农村居民
    人均可支配收入…。城镇居民人均工资性收入…: the components of the first whole, not of the one just before them)."""
    named = _GROUP.findall(norm, max(0, whole_at - 8), whole_at)
    group = named[-1] if named else None
    for p in parts:
        own = _GROUP.findall(norm, max(0, p.clean_start - 14), p.clean_start)
        if own and own[-1] != group:
            return False
    return True


def _as_rounded(q: Quantity) -> None:
    """Take *q*, an average, as rounded to its last digit (``6394元``: 6393.5 to 6394.5), as the rules that add
    figures up read it."""
    low, high = q.interval
    if low == high:
        half = Fraction(1, 2 * 10**q.decimals)
        q._widened = (low - half, high + half)


def _figure_named(norm: str, quantities: list[Quantity], word: str, lo: int, hi: int) -> Quantity | None:
    """The figure right after the one use of *word* in ``norm[lo:hi]`` (None when there is none, or two uses)."""
    at = norm.find(word, lo, hi)
    if at == -1 or norm.find(word, at + len(word), hi) != -1:
        return None
    return _figure_after(norm, quantities, at + len(word))


def _figure_after(norm: str, quantities: list[Quantity], end: int) -> Quantity | None:
    """The quantity in 元 right after a name that ends at *end*, with nothing but :data:`_BETWEEN` between."""
    for q in quantities:
        if q.clean_start >= end:
            gap = _BETWEEN.match(norm, end, q.clean_start)
            if gap is not None and gap.end() == q.clean_start and q.unit == "元":
                return q
            return None
    return None
