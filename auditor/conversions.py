"""One figure stated twice, in two units or two magnitudes: ``46100亩（3073.3公顷）``, ``1203公顷，折合18045亩``,
``6235573万千瓦时（折合623.56亿千瓦时）`` (TO008).

A report that gives an area in 亩 and again in 公顷 (or 平方米, 平方公里) states one figure twice; the two must agree:
1 公顷 = 15 亩 = 10,000 平方米. So must a figure restated in another magnitude of its unit (万 and 亿 of 千瓦时, 元,
吨, 立方米 …). Two constructions, each figure right after the other:

* the second figure alone in brackets after the first: ``46100亩（3073.3公顷）``;
* the second after 折合, 合 or 约合 (and a comma or not): ``撂荒地复耕1203公顷，折合18045亩``.

Each figure keeps its own rounding (``3073.3公顷`` is 3073.25–3073.35); 约合, 约 and 近 give the second 5 % either way.

>>> from auditor.document import Document
>>> found = document_conversions(Document("a", "低改46100亩（3380.7公顷）。"))
>>> [(str(c.first.value), str(c.second.value)) for c in found]
[('46100', '33807/10')]
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

from auditor.lazyregex import LazyRegex
from auditor.quantities import _SENTENCE_END, Quantity, parse_range, read_once, sentence_start
from auditor.record import Record
from auditor.scan import contains, find_all

#: square metres in one of each area unit (the units' base as :mod:`auditor.quantities` reads them)
AREA_UNITS = {"平方米": Fraction(1), "公顷": Fraction(10_000), "亩": Fraction(10_000, 15)}
#: between the two figures: a bracket, or a word of conversion (折合, 约合 …) after a comma or none
_BETWEEN = LazyRegex(r"[ \t]*(?:[（(][ \t]*(?:(?P<inside>折合|约合|合)[ \t]*)?(?P<about1>约|近)?"
                     r"|[，,]?[ \t]*(?P<word>折合|约合|合)(?P<about2>约)?[ \t]*)$")


#: where a second figure may follow an area's unit: a bracket after the unit, or a word of conversion (each mark one
#: search of the text; a report names areas often, and converts them seldom)
_MARKS = ("亩（", "顷（", "米（", "里（", "约合", "，合")
_HALF_WIDTH_MARKS = ("亩(", "顷(", "米(", "里(")


class Conversion(Record):
    """A figure stated twice: *first* and *second* (quantities in different area units, or of one unit written in
    different magnitudes), *approximate* when the text says the second is about so much."""

    _fields = ("first", "second", "approximate")


def document_conversions(doc) -> list[Conversion]:
    """The figures of *doc* stated twice, found once per document (a text without both an area unit of 亩 or 公顷 and
    another, or 亿 and 折合, 合 or a bracket, has none)."""
    text = doc.text
    wanted = ("亩" in text and (contains(text, "公顷") or contains(text, "平方米") or contains(text, "平方公里"))) or \
        (contains(text, "公顷") and (contains(text, "平方米") or contains(text, "平方公里"))) or _restated(text)
    return read_once(doc, "conversions", wanted, _conversions)


def _restated(text: str) -> bool:
    """Whether *text* may restate a figure in another magnitude: 亿 (the larger magnitude is always 亿 or 万, and 亿 is
    the rarer) and 合 (of 折合, 约合, ，合) or a figure in 亿 alone in a bracket. A gate only: each pair is read in its
    own sentence, so that nothing far from it decides."""
    return "亿" in text and ("合" in text or bool(_bracketed_yi(text)))


#: a figure in 亿 that opens a bracket (…万千瓦时（623.56亿千瓦时）; 约 or 近 may stand before it), matched back from 亿
_YI_IN_BRACKET = LazyRegex(r"[（(][ \t]*(?:约|近)?[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*$")


def _bracketed_yi(norm: str) -> list[int]:
    """Where a bracket opens before a figure in 亿 (a restatement's second figure; found from 亿, one search)."""
    return [m.start() for at in find_all(norm, "亿") if (m := _YI_IN_BRACKET.search(norm, max(0, at - 16), at))]


def _conversions(view, norm: str):
    """Each pair of area figures next to each other in different units, the second in brackets or after 折合, in the
    sentences that hold a bracket after an area's unit or a word of conversion, and 公顷 or 平方."""
    done = -1
    marks = _MARKS + _HALF_WIDTH_MARKS if "(" in norm else _MARKS
    bracketed = _bracketed_yi(norm) if "亿" in norm else []  # (searched once: the gate's test and the places)
    restated = "亿" in norm and ("合" in norm or bool(bracketed))  # (as _restated)
    places = [i for mark in marks for i in find_all(norm, mark)] + bracketed
    at = norm.find("折")  # (折合 from 折, in reports far rarer than 合)
    while at != -1:
        if norm.startswith("折合", at):
            places.append(at)
        at = norm.find("折", at + 1)
    for at in sorted(places):
        if at < done:
            continue
        lo = sentence_start(norm, max(0, at - 300), at)
        m = _SENTENCE_END.search(norm, at)
        hi = done = m.start() if m is not None else len(norm)
        magnitudes = restated and norm.find("亿", lo, hi) != -1
        if norm.find("公顷", lo, hi) == -1 and norm.find("平方", lo, hi) == -1 and not magnitudes:
            continue  # (every pair holds 公顷 or 平方米/平方公里, or 亿)
        figures = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo and q.unit != "%" and (
            q.unit in AREA_UNITS or magnitudes)]
        for a, b in pairwise(figures):
            if a.qualifier or b.clean_start - a.clean_end > 8:
                continue
            if a.unit == b.unit:
                if a.unit in AREA_UNITS or a.factor == b.factor or not magnitudes or (
                        not a.unit and not _same_word_after(norm, a, b)):
                    continue  # (one unit written in one magnitude twice: two figures, no restatement)
            elif a.unit not in AREA_UNITS or b.unit not in AREA_UNITS:
                continue
            # (a unit the quantities do not know, 方 or 标方, stands after each figure)
            a_end, b_end = (a.clean_end, b.clean_end) if a.unit else (_HAN_RUN.match(norm, a.clean_end).end(),
                                                                      _HAN_RUN.match(norm, b.clean_end).end())
            found = _BETWEEN.match(norm[a_end:b.clean_start])
            if found is None:
                continue
            if found.group("word") is None and not norm.startswith(("）", ")"), b_end):
                continue  # (in brackets: the figure alone, the bracket closed right after it)
            if b.qualifier and b.qualifier not in ("约", "近"):
                continue
            approximate = bool(found.group("about1") or found.group("about2") or b.qualifier or
                               (found.group("word") or found.group("inside") or "").startswith("约"))
            yield Conversion(a, b, approximate)


_HAN_RUN = LazyRegex(r"[\u4e00-\u9fff]{1,4}")


def _same_word_after(norm: str, a: Quantity, b: Quantity) -> bool:
    """Whether the same word of a unit the quantities do not know follows *a* and *b* (…万方（折合…亿方）).

    >>> from auditor.quantities import parse_quantities
    >>> text = "供水量1,881,698万方（折合188.17亿方）"
    >>> _same_word_after(text, *parse_quantities(text))
    True
    """
    first, second = _HAN_RUN.match(norm, a.clean_end), _HAN_RUN.match(norm, b.clean_end)
    return first is not None and second is not None and first.group() == second.group()


def in_square_metres(q: Quantity) -> tuple[Fraction, Fraction]:
    """The interval of *q* in square metres (an area), or in its own unit (any other figure)."""
    factor = AREA_UNITS.get(q.unit, 1)
    low, high = q.widened
    return Fraction(low) * factor, Fraction(high if high is not None else q.value) * factor
