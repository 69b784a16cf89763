"""Changes whose bases are listed apart from them, paired by order or by name (PC007).

A report often states several figures with their growths and gives last year's figures in one list of their own:

* by order, after 分别比上年: ``快递业务量1400万件、业务收入77亿元，分别比上年（1000万件、70亿元）增长40.0%和10.0%``:
  the k-th figure before 分别, the k-th base in the brackets and the k-th change after them go together;
* by name, in brackets after the figures or in the sentence after them: ``出口250万单、增长25.0%；进口120万单、增长
  20.0%。（上年分别为出口200万单，进口100万单）`` or ``…。2023年同期：出口200万单，进口100万单。``: each base goes
  with the figure named the same way.

Each pair is a change ``base → figure`` of the stated size (the rule that checks changes judges it). Read only when
every base finds its figure and its change, and the units agree.

>>> from auditor.document import Document
>>> [(int(c.start.value), int(c.end.value), float(c.delta.value)) for c in document_paired_changes(Document(
...     "a", "出口250单、增长25.0%；进口120单、增长20.0%。（上年分别为出口200单，进口100单）"))]
[(200, 250, 25.0), (100, 120, 20.0)]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.quantities import (
    FALL_WORDS,
    STRONG_CHANGE_VERBS,
    Quantity,
    document_quantities,
    parse_range,
    sentence_start,
)
from auditor.scan import contains, find_all

#: the words of a change (the grammar's, that make one without 比/较), the longest first, and those of a fall
_CHANGE_WORD = "|".join(sorted(STRONG_CHANGE_VERBS, key=len, reverse=True))
_FALLS = frozenset(FALL_WORDS)
#: 分别比上年（…）: the bases in brackets, by order
_BY_ORDER = LazyRegex(r"分别(?:比|较|与)(?:上年|去年|上年同期|去年同期|同期)(?:相比)?"
                      r"[（(](?P<bases>[^（）()\n]{3,120})[）)]")
#: one change of the list after the brackets (增长40.0%, 和10.0%, 、下降3%)
_ORDER_CHANGE = LazyRegex(rf"(?:[和、，,及与])?(?:分别)?(?P<verb>{_CHANGE_WORD})?了?(?=[0-9])")
#: a list of bases by name, found from 分别 (上年分别为…, （上年同期分别为…）) or from 同期 (2023年同期：…)
_NAMED_AFTER_BOTH = LazyRegex(r"分别(?:为|是)[：:]?")
_NAMED_BEFORE_BOTH = ("上年", "去年", "上年同期", "去年同期")
_NAMED_AFTER_SAME_TIME = LazyRegex(r"同期[：:]")
_NAMED_BEFORE_SAME_TIME = LazyRegex(r"(?:[0-9]{4}年|上年|去年)$")
#: what stands before a sentence that opens with 上年 (…。上年出口…, a line's start, a bracket)
_OPENS_SENTENCE = frozenset("。；;\n（(")
#: … and the first character of the name after it (not 同期, 分别, 为, 的: a name of a figure)
_NAME_FIRST = LazyRegex(r"(?!同期|分别|为|是|的|全年|底|末)[\u4e00-\u9fff]")
#: what may stand between a name and its figure (为, 达到, a colon)
_BETWEEN = LazyRegex(r"(?:为|是|达|达到|：|:)?")
#: the change right after a named figure (、增长25.0%; ，同比下降1.5%)
_NAMED_CHANGE = LazyRegex(rf"[、，,]?(?:同比|比上年|较上年)?(?P<verb>{_CHANGE_WORD})了?(?=[0-9])")
#: how far before a list of bases by name its figures may stand (characters)
_REACH = 200


class PairedChange:
    """``base → figure`` changed by ``delta`` (a fall when ``down``; in percentage points when ``points``)."""

    __slots__ = ("delta", "down", "end", "points", "start")

    def __init__(self, start: Quantity, end: Quantity, delta: Quantity, down: bool, points: bool = False):
        self.start, self.end, self.delta, self.down, self.points = start, end, delta, down, points


def document_paired_changes(doc) -> list[PairedChange]:
    """The changes of *doc* whose bases stand in a list of their own, found once per document."""
    cached = doc.cache.get("paired_changes")
    if cached is None:
        cached = []
        text = doc.text
        by_order = contains(text, "分别")
        by_name = by_order or contains(text, "同期") or contains(text, "上年") or contains(text, "去年")
        if by_name:
            view, norm, _ = document_quantities(doc)
            if by_order:
                cached += _by_order(view, norm)
            if by_name:
                cached += _by_name(view, norm)
            if contains(text, "个百分点"):
                cached += _points_of_rates_before(view, norm)
        doc.cache["paired_changes"] = cached
    return cached


def _by_order(view, norm: str) -> list[PairedChange]:
    out = []
    for at in find_all(norm, "分别"):
        m = _BY_ORDER.match(norm, at)
        if m is None:
            continue
        bases = parse_range(view, norm, m.start("bases"), m.end("bases"))
        n = len(bases)
        if n < 2 or any(b.unit == "%" or b.qualifier or b.value <= 0 for b in bases):
            continue
        start = _sentence_start(norm, at)
        figures = [q for q in parse_range(view, norm, start, at) if q.unit != "%"][-n:]
        changes, down = _changes_after(view, norm, m.end(), n)
        if len(figures) != n or changes is None:
            continue
        if all(f.unit == b.unit and not f.qualifier for f, b in zip(figures, bases, strict=True)):
            out += [PairedChange(b, f, c, d) for f, b, c, d in zip(figures, bases, changes, down, strict=True)]
    return out


def _changes_after(view, norm: str, at: int, n: int) -> tuple[list[Quantity] | None, list[bool]]:
    """The *n* percentages listed from *at* on (增长40.0%和10.0%; 增长40%、下降3%) and whether each is a fall:
    the first must say its direction, the others keep the one before unless they say theirs."""
    changes: list[Quantity] = []
    down: list[bool] = []
    end = min(len(norm), at + 24 * n)
    quantities = parse_range(view, norm, at, end)
    pos = at
    for q in quantities:
        if len(changes) == n:
            break
        m = _ORDER_CHANGE.match(norm, pos)
        if m is None or m.end() != q.clean_start or q.unit != "%" or q.qualifier:
            return None, []
        verb = m.group("verb")
        if verb is None and not changes:
            return None, []
        down.append(verb in _FALLS if verb else down[-1])
        changes.append(q)
        pos = q.clean_end
    return (changes, down) if len(changes) == n else (None, [])


def _named_lists(norm: str):
    """``(start, end)`` of each opening of a list of bases by name: 上年分别为, 2023年同期："""
    for at in find_all(norm, "分别"):
        m = _NAMED_AFTER_BOTH.match(norm, at)
        if m is not None and norm.endswith(_NAMED_BEFORE_BOTH, max(0, at - 4), at):
            yield at - (4 if norm.endswith(("上年同期", "去年同期"), 0, at) else 2), m.end()
    for at in find_all(norm, "同期"):
        m = _NAMED_AFTER_SAME_TIME.match(norm, at)
        before = _NAMED_BEFORE_SAME_TIME.search(norm, max(0, at - 5), at) if m is not None else None
        if before is not None:
            yield before.start(), m.end()
    for year in ("上年", "去年"):  # (a sentence that opens with 上年 and a name: 上年出口830334单、进口1937988单)
        for at in find_all(norm, year):
            if (at == 0 or norm[at - 1] in _OPENS_SENTENCE) and _NAME_FIRST.match(norm, at + 2) is not None:
                yield at, at + 2


def _by_name(view, norm: str) -> list[PairedChange]:
    out = []
    for opening, at in _named_lists(norm):
        stop = _list_end(norm, at)
        bases = parse_range(view, norm, at, stop)
        if len(bases) < 2 or any(b.unit == "%" or b.qualifier or b.value <= 0 for b in bases):
            continue
        lo = max(0, opening - _REACH)
        lo = max(lo, norm.rfind("\n\n", lo, opening) + 1)
        figures = parse_range(view, norm, lo, opening)
        pairs = []
        names = _names(norm, at, bases)
        for b, name in zip(bases, names, strict=True):
            found = _named_figure(norm, figures, name, names, lo, opening) if len(name) >= 2 else None
            if found is None or found[0].unit != b.unit:
                break
            pairs.append((b, *found))
        else:
            out += [PairedChange(b, f, c, d) for b, f, c, d in pairs]
    return out


def _list_end(norm: str, at: int) -> int:
    """Where a list of bases that starts at *at* ends: its sentence's, its line's or its brackets' end."""
    end = len(norm)
    for mark in ("。", "\n", "）", ")", "；"):
        k = norm.find(mark, at, end)
        if k != -1:
            end = k
    return end


def _names(norm: str, at: int, bases: list[Quantity]) -> list[str]:
    """The name before each base of a list that starts at *at* (出口, 进口 of 出口200单，进口100单)."""
    names = []
    for b in bases:
        names.append(norm[at:b.clean_start].strip("，,、 \t\u3000").rstrip("为是达到：:"))
        at = b.clean_end
    return names


def _named_figure(norm: str, figures: list[Quantity], name: str, names: list[str], lo: int, hi: int):
    """``(figure, change, down)`` for the one use of *name* in ``norm[lo:hi]`` right before a figure that a change
    follows (出口250万单、增长25.0%), or None. A use inside another of the list's *names* is not its own (国有博物馆
    of 非国有博物馆)."""
    longer = [n for n in names if n != name and n.endswith(name)]
    uses = [k for k in find_all(norm[lo:hi], name)
            if not any(norm.startswith(n, lo + k - (len(n) - len(name))) for n in longer)]
    if len(uses) != 1:
        return None
    at = lo + uses[0]
    after = at + len(name)
    gap = _BETWEEN.match(norm, after)
    k = next((i for i, q in enumerate(figures) if q.clean_start == gap.end()), None)
    if k is None or k + 1 >= len(figures) or figures[k].unit == "%" or figures[k].qualifier:
        return None
    change = figures[k + 1]
    m = _NAMED_CHANGE.match(norm, figures[k].clean_end)
    if m is None or m.end() != change.clean_start or change.unit != "%" or change.qualifier:
        return None
    return figures[k], change, m.group("verb") in _FALLS


def _sentence_start(norm: str, at: int) -> int:
    """Where the clause of *at* starts, up to a ``；`` or a sentence's end (:func:`~auditor.quantities.sentence_start`),
    looked for :data:`_REACH` characters back at most."""
    lo = max(0, at - _REACH)
    return max(sentence_start(norm, lo, at), norm.rfind("；", lo, at) + 1)


#: a sentence that opens with a rate's name and its change in points (存贷比提高5.6个百分点)
_POINTS_SENTENCE = LazyRegex(rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:比上年|较上年|同比)?(?P<verb>{_CHANGE_WORD})了?"
                             r"(?=[0-9][0-9.]*个百分点)")


def _points_of_rates_before(view, norm: str) -> list[PairedChange]:
    """A change in points stated in a sentence of its own after the two rates it is the difference of (``存贷比85.3%；
    上年分别为…，存贷比82.3%。存贷比提高3.0个百分点``): the sentence opens with the rate's name, the sentence before
    names it twice with a percentage, last year's after 上年 or 去年.

    >>> from auditor.document import Document
    >>> [(float(c.start.value), float(c.end.value), float(c.delta.value)) for c in document_paired_changes(Document(
    ...     "a", "存款390亿元，存贷比85.3%；上年分别为380亿元，存贷比82.3%。存贷比提高3.0个百分点。"))]
    [(82.3, 85.3, 3.0)]
    """
    out = []
    for at in find_all(norm, "个百分点"):
        opens = _sentence_start(norm, at)
        m = _POINTS_SENTENCE.match(norm, opens)
        if m is None or norm.find("个百分点", m.end()) != at or opens < 2:
            continue
        name = m.group("name")
        before = sentence_start(norm, max(0, opens - 1 - _REACH), opens - 1)  # (its ；s included)
        rates = [q for q in parse_range(view, norm, before, opens) if q.unit == "%" and not q.qualifier]
        named = [q for q in rates if norm.endswith(name, max(0, q.clean_start - len(name) - 2), q.clean_start)
                 or norm.endswith(name, max(0, q.clean_start - len(name)), q.clean_start)]
        if len(named) != 2:
            continue
        this_year, last_year = named
        if not any(norm.find(word, this_year.clean_end, last_year.clean_start) != -1 for word in ("上年", "去年")):
            continue
        delta = [q for q in parse_range(view, norm, m.end(), at + 4) if q.clean_start == m.end()]
        if delta:
            out.append(PairedChange(last_year, this_year, delta[0], m.group("verb") in _FALLS, points=True))
    return out
