"""``totals`` kind: stated totals that their own parts do not add up to.

Constructions (per sentence of the cleaned text, see :mod:`auditor.quantities`):

* breakdown: ``共查处38起，其中水12起、气14起、声12起`` — ``其中``/``包括`` lists may be partial, so
  they are reported only when the parts add up to *more* than the total;
* respectively: ``种植蓝莓355.6亩，分别是…191.6亩…161亩`` — exhaustive, both directions;
* list then total: ``科级8人次，一般干部18人次，合计26人次`` — exhaustive;
* complementary pair: ``处置工单26127单…按期处置数22313、超期处置数3895`` — exhaustive.

A part larger than its whole is reported by the ``part-exceeds`` check. Every comparison uses the
quantities' intervals (rounding, 余/约/超过), so ``共200余人，其中100余人`` is never a finding.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from auditor.document import Document
from auditor.kinds.base import Candidate, Checker
from auditor.kinds.numeric import compatible, display, fmt, overlaps
from auditor.quantities import Quantity, document_quantities

#: units measured (so an integer is rounded) rather than counted
CONTINUOUS = {"亩", "平方米", "公顷", "米", "千克"}


@dataclass
class Statement:
    total: Quantity
    parts: list[Quantity]
    exhaustive: bool
    construction: str


def _widen(q: Quantity) -> tuple:
    """Interval of *q*, with integers of measured units taken as rounded to the unit."""
    if q.unit in CONTINUOUS and q.decimals == 0 and q.low == q.high:
        from fractions import Fraction

        half = Fraction(1, 2)
        return q.low - half, q.high + half
    return q.low, q.high


class TotalsChecker(Checker):
    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.check_name = p["check"]
        self.sum_words = tuple(p.get("sum_words", ["合计", "共计", "总计"]))
        self.breakdown_words = tuple(p.get("breakdown_words", ["其中", "包括"]))
        self.respectively_words = tuple(p.get("respectively_words", ["分别是", "分别为", "分别"]))
        self.complements = [tuple(pair) for pair in p.get("complements", [["按期", "超期"]])]
        self.new_statement_words = ("达到", "达", "完成", "新增", "累计", "同比", "全年", "合计", "共计")

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        for statement in self._document_statements(doc):
            if self.check_name == "mismatch" and statement.construction == "breakdown":
                continue
            yield from self._judge(statement)

    def _document_statements(self, doc: Document) -> list[Statement]:
        """The statements of *doc*, found once per document for all totals rules with the same word lists
        (TO001 and TO002 share them: the rule file gives both the same lists)."""
        key = ("totals-statements", self.sum_words, self.breakdown_words, self.respectively_words,
               tuple(self.complements))
        found = doc.cache.get(key)
        if found is None:
            _view, norm, quantities = document_quantities(doc)
            found = list(self.statements(norm, [q for q in quantities if not q.is_percent]))
            doc.cache[key] = found
        return found

    # ------------------------------------------------------------------ finding statements
    def statements(self, norm: str, quantities: list[Quantity]) -> Iterator[Statement]:
        by_sentence: dict[int, list[Quantity]] = {}
        for q in quantities:
            by_sentence.setdefault(q.sentence, []).append(q)
        yield from self._keyword_statements(norm, quantities)
        for qs in by_sentence.values():
            if len(qs) < 2:
                continue
            yield from self._list_then_total(norm, qs)
            yield from self._complementary(qs)

    def _keyword_statements(self, norm: str, quantities: list[Quantity]) -> Iterator[Statement]:
        """``T … 其中/包括 A、B`` and ``T … 分别是 A、B``: the total is the last quantity before the word
        in its sentence; the parts follow it up to the end of the sentence (``。``; a list may run on
        across ``；``), skipping parenthesised sub-breakdowns and stopping at a clause that starts a new
        statement (``…达到44家``)."""
        for words, exhaustive, name in ((self.breakdown_words, False, "breakdown"),
                                        (self.respectively_words, True, "respectively")):
            pattern = "|".join(sorted(words, key=len, reverse=True))
            if not pattern:
                continue
            ends = [q.clean_end for q in quantities]
            starts = [q.clean_start for q in quantities]
            for m in regex.finditer(pattern, norm):
                index, after_word = m.start(), m.end()
                last_before = bisect_right(ends, index) - 1
                if last_before < 0:
                    continue
                total = quantities[last_before]
                if any(mark in norm[total.clean_end:index] for mark in "。\n"):
                    continue
                stop = len(norm)
                for mark in ("。", "\n"):
                    found = norm.find(mark, after_word)
                    if found != -1:
                        stop = min(stop, found)
                parts: list[Quantity] = []
                for q in quantities[bisect_left(starts, after_word):bisect_left(starts, stop)]:
                    if _closed(norm, after_word, q.clean_start):
                        break  # the word was inside parentheses: （其中…） ends there
                    if _in_parens(norm, after_word, q.clean_start) or not compatible(q, total):
                        continue
                    if parts and any(w in q.label for w in self.new_statement_words):
                        break
                    parts.append(q)
                if name == "respectively" and len(parts) < 2:
                    continue
                if parts:
                    tail = norm[parts[-1].clean_end:parts[-1].clean_end + 3]
                    partial = not exhaustive or "等" in tail or "主要" in norm[total.clean_end:parts[0].clean_start]
                    yield Statement(total, parts, not partial and len(parts) > 1, name)

    def _list_then_total(self, norm, qs) -> Iterator[Statement]:
        stops = (*self.sum_words, *self.breakdown_words, *self.respectively_words)
        for i, total in enumerate(qs):
            if not any(w in total.label for w in self.sum_words):
                continue
            parts: list[Quantity] = []
            cursor = total.clean_start - len(total.label)
            for q in reversed(qs[:i]):
                gap = norm[q.clean_end:max(cursor, q.clean_end)]
                if q.unit != total.unit or any(w in gap for w in stops):
                    break
                if any(w in q.label for w in self.respectively_words):
                    parts.insert(0, q)  # 分别为A、B、C，共计T: the list starts at 分别为
                    break
                if any(w in q.label for w in stops):
                    break
                parts.insert(0, q)
                cursor = q.clean_start - len(q.label)
            if len(parts) >= 2:
                yield Statement(total, parts, True, "list-then-total")

    def _complementary(self, qs) -> Iterator[Statement]:
        for i in range(len(qs) - 1):
            a, b = qs[i], qs[i + 1]
            a_label = a.label.removeprefix("其中")
            for x, y in self.complements:
                if a_label.startswith(x) and b.label.startswith(y):
                    suffix = a_label[len(x):]
                    if len(suffix) >= 2 and b.label[len(y):] == suffix:
                        stem = suffix.rstrip("数量")  # 按期处置数 → 处置
                        totals = [q for q in qs[:i] if stem and stem in q.label and compatible(q, a)]
                        if totals:
                            yield Statement(totals[-1], [a, b], True, "complementary")

    # ------------------------------------------------------------------ judging
    def _judge(self, s: Statement) -> Iterator[Candidate]:
        low, high = _sum_widened(s.parts)
        t_low, t_high = _widen(s.total)
        factor, unit = display([s.total, *s.parts])

        def show(value):
            return fmt(value / factor, 4)

        arithmetic = " + ".join(show(p.value) for p in s.parts) + f" = {show(sum(p.value for p in s.parts))}"
        span = (s.total.start, s.total.end)
        if self.check_name == "part-exceeds":
            for p in s.parts:
                p_low, _ = _widen(p)
                if t_high is not None and p_low > t_high:
                    yield Candidate(p.start, p.end, s.construction,
                                    {"part": fmt(p.value), "total": show(s.total.value), "unit": unit,
                                     "arithmetic": f"{show(p.value)} > {show(s.total.value)}"})
                    return
            if not s.exhaustive and t_high is not None and low > t_high and len(s.parts) > 1:
                yield Candidate(*span, s.construction,
                                {"arithmetic": f"{arithmetic} > {show(s.total.value)}", "unit": unit,
                                 "part": arithmetic, "total": show(s.total.value)})
            elif not s.exhaustive:  # a breakdown checked and found within its whole (exhaustive: TO001)
                parts = arithmetic if len(s.parts) > 1 else show(s.parts[0].value)
                shown = f"{parts} ≤ {show(s.total.value)}" if sum(p.value for p in s.parts) <= s.total.value \
                    else f"{parts} ≈ {show(s.total.value)} (within rounding or approximation)"
                yield Candidate(*span, s.construction, {"arithmetic": shown, "unit": unit}, verified=True)
            return
        # check == "mismatch": exhaustive statements only
        if not s.exhaustive:
            return
        if overlaps(low, high, t_low, t_high):
            stated = sum(p.value for p in s.parts)
            shown = arithmetic if stated == s.total.value else \
                f"{arithmetic} ≈ {show(s.total.value)} (within rounding or approximation)"
            yield Candidate(*span, s.construction, {"arithmetic": shown, "unit": unit}, verified=True)
        else:
            yield Candidate(*span, s.construction,
                            {"arithmetic": f"{arithmetic} ≠ {show(s.total.value)}", "unit": unit})


def _sum_widened(parts):
    widened = [_widen(p) for p in parts]
    low = sum((w[0] for w in widened), 0)
    high = None if any(w[1] is None for w in widened) else sum((w[1] for w in widened), 0)
    return low, high


def _in_parens(norm: str, start: int, index: int) -> bool:
    segment = norm[start:index]
    return segment.count("(") + segment.count("（") > segment.count(")") + segment.count("）")


def _closed(norm: str, start: int, index: int) -> bool:
    segment = norm[start:index]
    return segment.count(")") + segment.count("）") > segment.count("(") + segment.count("（")

