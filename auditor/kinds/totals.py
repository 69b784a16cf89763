"""``totals`` kind: stated totals that their own parts do not add up to, and changes that do not match.

The relations come from :mod:`auditor.relations` (found once per document, shared with the percentage
kind). Checks (the rule's ``check`` key):

* ``mismatch`` — an exhaustive sum (``A、B、C，合计 T``, ``X、Y分别为 A、B，共 T``, ``T，分别是 A、B``,
  ``T，其中 A、B，其余 C``, complementary pairs such as 按期/超期 or 男/女): the interval of the parts'
  sum must meet the interval of the total;
* ``part-exceeds`` — any sum, partial ones (``其中``, ``包括``, ``等``) included: one part larger than
  the whole, or parts of a partial list adding up to more than it;
* ``product`` — a count, an amount for each and their total (``对522户每户补助500元，共发放26.1万元``, ``单价``,
  :mod:`auditor.products`): the total must be the count times the amount;
* ``conversion`` — one area in two units (``46100亩（3073.3公顷）``, ``折合``, :mod:`auditor.conversions`): the two
  must be one area;
* ``capital-figures`` — an amount of money in capital numerals and in figures (``叁拾万元整（¥300,000.00）``,
  :mod:`auditor.capital_amounts`): the two must be one amount;
* ``change`` — ``由 A 提高到 B，提高 C`` in one unit: C must be B − A; and a stock with its flows
  (``年初A，新增B，退出C，年末D``, :mod:`auditor.stock_flow`): D must be A + B − C.

Every comparison uses the quantities' intervals (rounding, 余/约/超过), so ``共200余人，其中100余人``
is never a finding. When the arithmetic shows *why* a total is wrong (a 万/亿 slip, two digits swapped,
a part counted twice, a part left out), the finding says so and carries the code as ``diagnosis``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from fractions import Fraction

from auditor.cues import words_in
from auditor.document import Document
from auditor.kinds.base import Candidate, Checker
from auditor.kinds.numeric import display, fmt, overlaps, sum_interval, widen
from auditor.lazyregex import LazyRegex
from auditor.named_counts import named_counts
from auditor.quantities import Quantity
from auditor.relations import SumRelation, document_relations
from auditor.scan import contains
from auditor.stock_flow import document_stock_flows, flow_interval, quantities_of


def _diagnosis():
    """:mod:`auditor.diagnosis`, imported for the first finding (a clean run does without it)."""
    from auditor import diagnosis

    return diagnosis


def _with_unit(values: dict) -> dict:
    """The arithmetic followed by its unit (``8 + 18 = 26 人次``), as the rule messages show it."""
    if values.get("unit"):
        values["arithmetic"] = f"{values['arithmetic']} {values['unit']}"
    return values


class TotalsChecker(Checker):
    def __init__(self, rule):
        super().__init__(rule)
        self.check_name = rule.params["check"]

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        if self.check_name == "count-named":
            yield from self._named_counts(doc)
            return
        if self.check_name == "capital-figures":
            yield from self._capital_amounts(doc)
            return
        if self.check_name == "product":
            yield from self._products(doc)
            return
        if self.check_name == "conversion":
            yield from self._conversions(doc)
            return
        relations = document_relations(doc)
        if self.check_name == "change":
            yield from self._changes(relations.changes)
            yield from self._stock_flows(doc)
            text = doc.text
            if contains(text, "计划") or "目标" in text or "任务" in text:
                from auditor.plan_progress import document_plan_progress

                # (not one the text's other readings hold already: a change, or the plan as a sum of its parts)
                stated = {(c.delta.start, c.delta.end) for c in relations.changes} | \
                         {(r.whole.start, r.whole.end) for r in relations.sums}
                yield from self._changes([c for c in document_plan_progress(doc) if (c.delta.start, c.delta.end)
                                          not in stated and (c.start.start, c.start.end) not in stated])
            return
        bounds = doc.cache.setdefault("sum_bounds", {})  # shared by the rules of this kind (TO001, TO002)
        if self.check_name == "witnessed-shortfall":
            yield from self._witnessed_shortfalls(doc, relations.sums, bounds)
            return
        for relation in relations.sums:
            yield from self._judge(relation, *_bounds_of(relation, bounds))

    def _judge(self, s: SumRelation, low, high, t_low, t_high, over: Quantity | None) -> Iterator[Candidate]:
        if self.check_name == "short-by-slip":
            yield from self._short_by_slip(s, high, t_low, over)
            return
        if self.check_name == "short-in-brackets":
            yield from self._short_in_brackets(s, high, t_low, over)
            return
        if self.check_name == "nearly-complete":
            yield from self._nearly_complete(s, high, t_low, over)
            return
        if not self.keep_verified and self._consistent(s, low, high, t_low, t_high, over):
            return  # nobody asked for the statements that hold: no message to write
        factor, unit = display([s.whole, *s.parts])

        def show(value):
            return fmt(value / factor, 4)

        stated = sum(p.value for p in s.parts)
        if len({q.factor for q in (s.whole, *s.parts) if q.written_unit}) > 1:
            # 1.25亿元 = 8600万元 + 3900万元: each number as written, the sum in the total's unit
            unit = ""
            factor = s.whole.factor

            def show(value, _written=s.whole.written_unit):
                return fmt(value / factor, 4) + _written

            arithmetic = " + ".join(fmt(p.value / p.factor, 4) + p.written_unit for p in s.parts) + \
                f" = {show(stated)}"
        else:
            arithmetic = " + ".join(show(p.value) for p in s.parts) + f" = {show(stated)}"
        arithmetic = arithmetic.replace("+ -", "− ")  # (a loss in a table of profits: 15363 − 1083 + 8586)
        span = (s.whole.start, s.whole.end)
        base = {"unit": unit, "construction": s.construction, "total": show(s.whole.value), "why": ""}
        if self.check_name == "part-exceeds":
            if over is not None:
                yield _candidate(over.start, over.end, s.construction,
                                {**base, "part": show(over.value),
                                 "arithmetic": f"{show(over.value)} > {show(s.whole.value)}"},
                                diagnosis="part-over-whole")
                return
            if s.exhaustive:
                return  # TO001 judges exhaustive sums
            if t_high is not None and low > t_high and len(s.parts) > 1 and s.construction != "qizhong-attributes":
                found = _diagnosis().diagnose_sum(s.parts, s.whole)
                yield _candidate(*span, s.construction,
                                {**base, "arithmetic": f"{arithmetic} > {show(s.whole.value)}",
                                 "why": f"; {found[1]}" if found else ""},
                                diagnosis=found[0] if found else None)
            else:
                parts = arithmetic if len(s.parts) > 1 else show(s.parts[0].value)
                if stated <= s.whole.value:
                    shown = f"{parts} ≤ {show(s.whole.value)}"
                elif s.construction == "qizhong-attributes":
                    each = ", ".join(show(p.value) for p in s.parts)
                    shown = f"each of {each} ≤ {show(s.whole.value)} (groups that may overlap)"
                else:
                    shown = f"{parts} ≈ {show(s.whole.value)} (within rounding or approximation)"
                yield _candidate(*span, s.construction, {**base, "arithmetic": shown}, verified=True)
            return
        # check == "mismatch": exhaustive sums whose parts each fit inside the whole
        if not s.exhaustive or over is not None:
            return
        if overlaps(low, high, t_low, t_high) or _just_under_passed(s, high, t_low):
            shown = arithmetic if stated == s.whole.value else \
                f"{arithmetic} ≈ {show(s.whole.value)} (within rounding or approximation)"
            yield _candidate(*span, s.construction, {**base, "arithmetic": shown}, verified=True)
            return
        found = _diagnosis().diagnose_sum(s.parts, s.whole)
        difference = stated - s.whole.value
        yield _candidate(*span, s.construction,
                        {**base, "arithmetic": f"{arithmetic} ≠ {show(s.whole.value)}",
                         "difference": show(difference), "why": f"; {found[1]}" if found else ""},
                        diagnosis=found[0] if found else None)

    def _witnessed_shortfalls(self, doc: Document, sums: list[SumRelation], bounds: dict) -> Iterator[Candidate]:
        """A breakdown that may list only some parts (其中, 包括), short of its whole, beside a breakdown of the same
        items that adds up (TO011): the other column of a list whose items each give two amounts
        (``共安置630户1712人，其中甲村312户937人，乙村318户650人``: 312 + 318 = 630, so 937 + 650 should be 1712), or
        a sibling whole broken into the same kinds (``上半年排查隐患1546处，其中燃气37处、危化品1509处；下半年2253处，
        其中燃气1288处、危化品809处``). The complete one shows the list names every part. Not read: a list marked as
        a selection (等, 主要), anything approximate, a shortfall TO004, TO009 or TO010 report."""
        short = []
        for s in sums:  # (the breakdowns that may be partial and fall short: few; the complete ones only near them)
            if s.exhaustive or len(s.parts) < 2 or s.construction not in _WITNESSED:
                continue
            low, high, t_low, t_high, over = _bounds_of(s, bounds)
            if over is None and high is not None and high < t_low and not s.whole.qualifier and \
                    not any(p.qualifier for p in s.parts) and not _open_list(s):
                short.append((s, high))
        if not short:
            return
        complete = []
        for r in sums:
            low, high, t_low, t_high, over = _bounds_of(r, bounds)
            if len(r.parts) >= 2 and over is None and high is not None and overlaps(low, high, t_low, t_high) and \
                    not r.whole.qualifier and not any(p.qualifier for p in r.parts):
                complete.append(r)
        if not complete:
            return
        complete.sort(key=lambda r: r.whole.start)
        starts = [r.whole.start for r in complete]
        text = doc.text
        for s, high in short:
            lo = bisect_left(starts, s.whole.start - _NEAR_WHOLES)
            hi = bisect_right(starts, s.whole.start + _NEAR_WHOLES)
            if not any(_same_items(text, s, r) for r in complete[lo:hi] if r is not s):
                continue
            if _diagnosis().diagnose_short_sum(s.parts, s.whole) or (
                    s.construction in _NEARLY_COMPLETE and high * _COVERED[1] >= s.whole.value * _COVERED[0]):
                continue  # (TO004's, TO010's)
            yield _shortfall(s, why="; a breakdown of the same items beside it adds up")

    def _short_by_slip(self, s: SumRelation, high, t_low, over: Quantity | None) -> Iterator[Candidate]:
        """A breakdown that may list only some parts, short of its whole by a typing slip (TO004)."""
        if s.exhaustive or over is not None or len(s.parts) < 2 or s.construction in _NOT_SLIPS or \
                s.construction.endswith("-with-others") or high is None or high >= t_low or _open_list(s):
            return  # (合计（含其他类别）: the rest is unlisted on purpose, no slip)
        found = _diagnosis().diagnose_short_sum(s.parts, s.whole)
        if found is None:
            return
        yield _shortfall(s, why=f"; {found[1]}", diagnosis=found[0])

    def _short_in_brackets(self, s: SumRelation, high, t_low, over: Quantity | None) -> Iterator[Candidate]:
        """Parts in brackets right after their whole, without a marker, that come close to it and still fall short
        (TO009): ``实施项目107个（产业类7个、基础设施类35个、民生类39个、生态环保类16个）`` (97 of 107). A list of some
        parts only is marked (其中, 包括, 主要, 等) or leaves out much more than a fifth; a slip is TO004's."""
        if s.construction != "in-brackets" or s.exhaustive or over is not None or high is None or high >= t_low or \
                high * 5 < s.whole.value * 4 or _open_list(s) or _diagnosis().diagnose_short_sum(s.parts, s.whole):
            return
        yield _shortfall(s)

    def _nearly_complete(self, s: SumRelation, high, t_low, over: Quantity | None) -> Iterator[Candidate]:
        """A breakdown that may list only some parts (其中, 包括, a frame), two or more of them, that covers all but a
        fiftieth of its whole and still falls short (TO010): ``完成户厕改造15600户，其中甲街道2499户、…、己街道1801户``
        (15597 of 15600). What a partial list leaves out is a kind of its own, rarely less than a fiftieth; a gap
        that small is a part or the total mistyped. Not read: a list marked as a selection (等, 主要), anything
        approximate, a shortfall a single keystroke explains (TO004's), parts in brackets (TO009's)."""
        if s.construction not in _NEARLY_COMPLETE or s.exhaustive or over is not None or len(s.parts) < 2 or \
                high is None or high >= t_low or high * _COVERED[1] < s.whole.value * _COVERED[0] or \
                s.whole.qualifier or any(p.qualifier for p in s.parts) or _open_list(s) or \
                _diagnosis().diagnose_short_sum(s.parts, s.whole):
            return
        yield _shortfall(s)

    def _consistent(self, s: SumRelation, low, high, t_low, t_high, over: Quantity | None) -> bool:
        """Whether :meth:`_judge` would report *s* as verified, or not at all (the same decisions)."""
        if self.check_name == "part-exceeds":
            return over is None and (s.exhaustive or s.construction == "qizhong-attributes" or
                                     not (t_high is not None and low > t_high and len(s.parts) > 1))
        return not s.exhaustive or over is not None or overlaps(low, high, t_low, t_high) or \
            _just_under_passed(s, high, t_low)

    def _named_counts(self, doc: Document) -> Iterator[Candidate]:
        """A stated count of things and the things named (TO005, :mod:`auditor.named_counts`)."""
        text = doc.text
        if "、" not in text and "以下" not in text and "：" not in text and ":" not in text and "第一" not in text and \
                "一是" not in text and "如下" not in text and "分别" not in text:
            return  # every list of names holds one, but numbered items after 以下N项…：, 第一， 一是 or 如下, and names
            # apart by ； or ， after 分别是
        for c in named_counts(text, words_in(doc)):
            named = " or ".join(str(k) for k in c.named)
            values = {"stated": str(c.stated), "named": named, "items": "、".join(c.items),
                      "arithmetic": f"{c.stated} stated, {named} named" + (" (and maybe more)" if c.open else "")}
            if c.consistent:
                if self.keep_verified:
                    yield Candidate(c.start, c.end, "named-items", values, verified=True)
                continue
            yield Candidate(c.start, c.end, "named-items", values)

    def _capital_amounts(self, doc: Document) -> Iterator[Candidate]:
        """An amount of money written in capital numerals and in figures (TO006, :mod:`auditor.capital_amounts`):
        the two must be the same amount."""
        text = doc.text
        if not any(ch in text for ch in _CAPITAL_MARKS):
            return  # (most documents: no capital numeral, and no import)
        from auditor.capital_amounts import capital_pairs

        for pair in capital_pairs(text):
            capital = fmt(pair.capital, 2)
            figures = fmt(pair.figures, 2)
            sign = "=" if pair.agrees else "≠"
            values = {"capital": pair.capital_text, "figures": pair.figures_text,
                      "arithmetic": f"{pair.capital_text} ({capital} 元) {sign} {pair.figures_text} ({figures} 元)"}
            if pair.agrees:
                if self.keep_verified:
                    yield Candidate(pair.start, pair.end, "capital-figures", values, verified=True)
                continue
            yield Candidate(pair.start, pair.end, "capital-figures", values)

    def _verdict(self, start: int, end: int, subtype: str, values: dict, agrees: bool) -> Iterator[Candidate]:
        """A finding of a statement that does not hold, or its verified note when it holds and one was asked for."""
        if not agrees:
            yield _candidate(start, end, subtype, values)
        elif self.keep_verified:
            yield _candidate(start, end, subtype, values, verified=True)

    def _products(self, doc: Document) -> Iterator[Candidate]:
        """A count, an amount for each and their total (TO007, :mod:`auditor.products`): the interval of count ×
        amount (each with its own rounding) must meet the total's."""
        text = doc.text
        if "每" not in text and not contains(text, "单价"):
            return
        from auditor.products import document_products

        for p in document_products(doc):
            c_low, c_high = widen(p.count)
            e_low, e_high = widen(p.each)
            t_low, t_high = widen(p.total)
            if c_high is None or e_high is None or t_high is None:
                continue
            n_low, n_high = (1, 1) if p.months is None else widen(p.months)
            product = p.count.value * p.each.value * (1 if p.months is None else p.months.value)
            agrees = overlaps(c_low * e_low * n_low, c_high * e_high * n_high, t_low, t_high)
            sign = "≈" if agrees and product != p.total.value else ("=" if agrees else "≠")
            each, total = p.each, p.total  # (each figure in its own written unit: 3000元, 134.3万元)
            months = "" if p.months is None else f" × {fmt(p.months.value, 4)}个月"
            shown = (f"{fmt(p.count.value, 4)} × {fmt(each.value / each.factor, 4)}{each.written_unit}{months} = "
                     f"{fmt(product / total.factor, 4)}{total.written_unit} {sign} "
                     f"{fmt(total.value / total.factor, 4)}{total.written_unit}")
            values = {"unit": "", "construction": p.construction, "arithmetic": shown}
            yield from self._verdict(p.total.start, p.total.end, "product", values, agrees)

    def _conversions(self, doc: Document) -> Iterator[Candidate]:
        """One area stated in two units (TO008, :mod:`auditor.conversions`): their intervals in square metres must
        meet (5 % either way for the second when the text says it is about so much, 1 % when it is written to four
        significant digits or more: ``约合36.34亿元`` is a rounding, not a guess)."""
        text = doc.text
        if not contains(text, "公顷") and not contains(text, "平方") and "亿" not in text:
            return
        from auditor.conversions import AREA_UNITS, document_conversions, in_square_metres

        for c in document_conversions(doc):
            a_low, a_high = in_square_metres(c.first)
            b_low, b_high = in_square_metres(c.second)
            if c.approximate:  # (about so much: 5 %, or 1 % for a figure of four significant digits or more)
                band = Fraction(1, 100) if _significant_digits(c.second) >= 4 else Fraction(5, 100)
                if c.second.qualifier:  # (约1608公顷: its own ±10 % left for the band; the figure's rounding kept)
                    half = Fraction(c.second.factor, 2 * 10**c.second.decimals) * AREA_UNITS.get(c.second.unit, 1)
                    middle = c.second.value * AREA_UNITS.get(c.second.unit, 1)
                    b_low, b_high = middle - half, middle + half
                b_low, b_high = b_low * (1 - band), b_high * (1 + band)
            first, second = c.first, c.second
            converted = first.value * AREA_UNITS.get(first.unit, 1) / AREA_UNITS.get(second.unit, 1)
            agrees = overlaps(a_low, a_high, b_low, b_high)
            shown = (f"{fmt(first.value / first.factor, 4)}{first.written_unit} = "
                     f"{fmt(converted / second.factor, 2)}{second.written_unit} "
                     f"{'≈' if agrees else '≠'} {fmt(second.value / second.factor, 4)}{second.written_unit}")
            yield from self._verdict(second.start, second.end, "conversion", {"unit": "", "arithmetic": shown}, agrees)

    def _stock_flows(self, doc: Document) -> Iterator[Candidate]:
        """A start, what came and left, and an end (:mod:`auditor.stock_flow`): the end must be the start plus
        what came, minus what left."""
        for flow in document_stock_flows(doc):
            got = flow_interval(flow, widen)
            e_low, e_high = widen(flow.end)
            if got is None or e_high is None:
                continue
            factor, unit = display(quantities_of(flow))
            values = {"unit": unit, "why": ""}
            end = flow.end
            if overlaps(got[0], got[1], e_low, e_high) or (flow.carried and e_high >= got[0]):
                # (a balance carried over with no start stated may exceed the year's surplus: what was brought in)
                values["arithmetic"] = f"{flow.arithmetic()}, stated {fmt(end.value / factor, 4)}"
                yield _candidate(end.start, end.end, "stock-flow", values, verified=True)
            elif flow.carried:
                values["arithmetic"] = (f"{flow.arithmetic()} > stated {fmt(end.value / factor, 4)} {unit}: a balance "
                                        "brought in would only add to it")
                values["unit"] = ""
                yield _candidate(end.start, end.end, "stock-flow", values)
            else:
                values["arithmetic"] = f"{flow.arithmetic()} ≠ stated {fmt(end.value / factor, 4)}"
                yield _candidate(end.start, end.end, "stock-flow", values)

    def _changes(self, changes) -> Iterator[Candidate]:
        for c in changes:
            if c.start.unit == "%" or c.delta.unit != c.start.unit or c.points:
                continue  # changes of rates and relative changes: PC007
            a_low, a_high = widen(c.start)
            b_low, b_high = widen(c.end)
            if a_high is None or b_high is None:
                continue
            if c.down:
                lo, hi = a_low - b_high, a_high - b_low
            else:
                lo, hi = b_low - a_high, b_high - a_low
            d_low, d_high = widen(c.delta)
            factor, unit = display([c.start, c.end, c.delta])
            expected = (c.start.value - c.end.value) if c.down else (c.end.value - c.start.value)
            if c.construction == "difference":  # (two figures side by side: no change over time)
                shown = (f"{fmt(c.end.value / factor, 4)} − {fmt(c.start.value / factor, 4)} = "
                         f"{fmt(expected / factor, 4)}, stated {fmt(c.delta.value / factor, 4)}")
            elif c.construction in _PLANS:  # (a plan, what was done, and the rest or the excess)
                first, second = (c.start, c.end) if c.down else (c.end, c.start)
                shown = (f"{fmt(first.value / factor, 4)} − {fmt(second.value / factor, 4)} = "
                         f"{fmt(expected / factor, 4)} {'left' if c.down else 'beyond the plan'}, "
                         f"stated {fmt(c.delta.value / factor, 4)}")
            else:
                shown = (f"{fmt(c.start.value / factor, 4)} → {fmt(c.end.value / factor, 4)} is "
                         f"{fmt(expected / factor, 4)}, stated {fmt(c.delta.value / factor, 4)}")
            values = {"arithmetic": shown, "unit": unit, "why": ""}
            if expected < 0 and c.construction in _PAIRED and overlaps(-hi, -lo, d_low, d_high):
                # (由37批次减少到42批次，减少5批次: the size fits, the word does not)
                values.update(arithmetic=f"{shown} {unit}; the change goes the other way", unit="")
            if overlaps(lo, hi, d_low, d_high):
                yield _candidate(c.delta.start, c.delta.end, "change", values, verified=True)
            elif expected > 0 or c.construction in ("change-base-stated", "difference", "table-difference", *_PLANS,
                                                     *_PAIRED):
                # (a change the other way is left alone, its end points may be another pair's; not from a base
                # named by its period, 年初为50519户, nor a difference of two figures named by both, A比B少…: the
                # pair is the text's)
                yield _candidate(c.delta.start, c.delta.end, "change", values)


#: the plan's constructions (:mod:`auditor.plan_progress`): what is left of it, what was done beyond it
_PLANS = ("plan-left", "plan-beyond")
#: the changes whose words pair the end points for sure (由A到B, 比上年…（上年为A）): a size that fits them neither way
#: is wrong, even one whose word goes the other way (由37批次减少到42批次，减少3批次)
_PAIRED = ("change", "change-base")


#: the capital numerals that words seldom hold (伍, 陆 and 拾 stand in 队伍, 陆续, 收拾): an amount in capital numerals
#: without any of them (伍万元整, 陆拾万元) is not looked for. Each is one search of the text (0.2 ms a megabyte); a
#: pattern of the class would cost 6.
_CAPITAL_MARKS = "壹贰叁肆柒捌玖佰仟"


#: partial sums whose shortfall is no sign of a slip: attributes a part may share (女党员, 少数民族党员), and
#: a pair that splits only some of the whole (受理…，按期办结…、超期办结…: the rest is still open)
_NOT_SLIPS = frozenset({"qizhong-attributes", "complementary"})
#: the breakdowns that may list only some parts, read for a near miss (TO010)
_NEARLY_COMPLETE = frozenset({"qizhong", "including", "in-frame"})
#: the breakdowns that may list only some parts, read for a shortfall beside a complete breakdown of the same items
#: (TO011)
_WITNESSED = frozenset({"qizhong", "including", "in-frame", "in-brackets"})
#: what may stand between the two amounts of one item (312户937人, 128人次、8.13万元)
_ITEM_GAPS = ("", "、", "，", ",")


def _just_under_passed(s: SumRelation, high, t_low) -> bool:
    """Whether the parts of *s* fall short of a whole said to be passed (18余万吨, 1300多户) by less than a hundredth
    of it: a figure rounded, then written as passed (17.97万吨 as 18余万吨), no slip.

    >>> from auditor.document import Document
    >>> from auditor.relations import document_relations
    >>> s = document_relations(Document("a.txt", "产量18余万吨，其中养殖产量69315吨、捕捞产量110385吨。")).sums[0]
    >>> _just_under_passed(s, sum_bounds(s)[1], sum_bounds(s)[2])
    True
    """
    return s.whole.qualifier in ("余", "多") and high is not None and high < t_low and (t_low - high) * 100 <= t_low


def _same_items(text: str, s: SumRelation, r: SumRelation) -> bool:
    """Whether *r* breaks down the same items as *s*: its parts stand right beside those of *s*, one item's two
    amounts (``312户937人``), or they carry the same labels in the same order under another whole (``上半年…其中燃气
    37处、危化品1509处；下半年…其中燃气1288处、危化品809处``).

    >>> from auditor.document import Document
    >>> from auditor.relations import document_relations
    >>> text = "共安置630户1712人，其中甲村312户937人，乙村318户650人。"
    >>> households, people = document_relations(Document("a", text)).sums
    >>> _same_items(text, people, households)
    True
    """
    if len(r.parts) != len(s.parts) or r.whole is s.whole:
        return False
    if all(_beside(text, p, q) for p, q in zip(s.parts, r.parts, strict=True)) and _beside(text, s.whole, r.whole):
        return True
    first, last = (s, r) if s.whole.start < r.whole.start else (r, s)
    gap = max(p.end for p in first.parts)
    if last.whole.start - gap > _SIBLING_REACH or _PARAGRAPH_END.search(text, gap, max(gap, last.whole.start)):
        return False  # (siblings stand together: in one sentence or the lines of one, 上半年…；⏎下半年…)
    labels = [_bare_label(p) for p in s.parts]
    return s.whole.unit == r.whole.unit and all(len(label) >= 2 for label in labels) and \
        len(set(labels)) == len(labels) and labels == [_bare_label(q) for q in r.parts]


#: how far apart two sibling breakdowns may stand (characters), and what ends the stretch they share: a sentence
#: that ends its line
_SIBLING_REACH = 200
#: how far apart the wholes of two breakdowns of the same items may stand (characters): siblings' reach and their
#: own parts between
_NEAR_WHOLES = 600
_PARAGRAPH_END = LazyRegex(r"[。！？!?]\r?\n")


def _bare_label(q: Quantity) -> str:
    """The words that name a part, without the marker and the marks before them (``其中燃气安全``: 燃气安全)."""
    return q.label.strip("，、；：,;: （(").removeprefix("其中").strip("，、；：,;: ")


def _beside(text: str, p: Quantity, q: Quantity) -> bool:
    """Whether *p* and *q* are one item's two amounts: right beside each other, nothing but a 、 between them."""
    first, second = (p, q) if p.start < q.start else (q, p)
    return text[first.end:second.start] in _ITEM_GAPS and p.unit != q.unit


#: how much of its whole such a breakdown must cover to be read as meant to be complete (49 fiftieths: 98 %)
_COVERED = (49, 50)


def _open_list(s: SumRelation) -> bool:
    """Whether the text says the parts of *s* are only some of them: 等 after a part (``139起等``), or 主要 (主要有,
    主要是) right before the first (``共建成充电桩3225个，主要有公共充电桩…``: a selection).

    >>> from auditor.document import Document
    >>> from auditor.relations import document_relations
    >>> _open_list(document_relations(Document("a", "共建成32个，主要有公共桩21个、专用桩10个。")).sums[0])
    True
    """
    first = s.parts[0]
    words = first._norm[max(s.whole.clean_end, first.clean_start - 12):first.clean_start]
    return any(p._norm.startswith("等", p.clean_end) for p in s.parts) or "主要" in words or \
        _SELECTION.search(words) is not None  # (其中数量较多的是…, 规模较大的是…: the larger ones)


#: words that name only the larger kinds of a whole before its list (数量较多的是, 规模较大的有, 排名前三的是)
_SELECTION = LazyRegex(r"较多的|较大的|最多的|排名前|位居前")


def _bounds_of(s: SumRelation, bounds: dict) -> tuple:
    """:func:`sum_bounds` of *s*, kept in *bounds* (a document's cache, shared by the rules of this kind: the relations
    live in ``doc.cache`` as long as it does)."""
    known = bounds.get(id(s))
    if known is None:
        known = bounds[id(s)] = sum_bounds(s)
    return known


def sum_bounds(s: SumRelation) -> tuple:
    """``(low, high, whole_low, whole_high, over)`` of a sum: the interval its parts add up to, the whole's
    interval (each widened for rounding, :func:`~auditor.kinds.numeric.widen`), and the first part that is
    surely larger than the whole (``None`` when none is).

    >>> from auditor.document import Document
    >>> from auditor.relations import document_relations
    >>> s = document_relations(Document("a.txt", "共种植30亩，其中蓝莓12亩、草莓35亩。")).sums[0]
    >>> low, high, t_low, t_high, over = sum_bounds(s)
    >>> (low, high, t_low, t_high), over.value
    ((Fraction(46, 1), Fraction(48, 1), Fraction(59, 2), Fraction(61, 2)), Fraction(35, 1))
    """
    low, high = sum_interval(s.parts)
    t_low, t_high = widen(s.whole)
    over = None if t_high is None or any(p.plain_value < 0 for p in s.parts) else \
        next((p for p in s.parts if widen(p)[0] > t_high), None)  # (a loss among the parts: one may pass the whole)
    return low, high, t_low, t_high, over


def _shortfall(s: SumRelation, why: str = "", diagnosis: str | None = None) -> Candidate:
    """The finding of parts short of their whole (TO004, TO009, TO010): ``a + b = c < whole``, and what is missing."""
    factor, unit = display([s.whole, *s.parts])
    stated = sum(p.value for p in s.parts)
    if len({q.factor for q in (s.whole, *s.parts) if q.written_unit}) > 1:
        # (5.41亿元 > 15120万元 + …: each number as written, the sum and the gap in the total's unit)
        factor, written = s.whole.factor, s.whole.written_unit
        unit = ""
        arithmetic = " + ".join(fmt(p.value / p.factor, 4) + p.written_unit for p in s.parts) + \
            f" = {fmt(stated / factor, 4)}{written}"
        total = f"{fmt(s.whole.value / factor, 4)}{written}"
        missing = f"{fmt((s.whole.value - stated) / factor, 4)}{written}"
    else:
        arithmetic = " + ".join(fmt(p.value / factor, 4) for p in s.parts) + f" = {fmt(stated / factor, 4)}"
        total = fmt(s.whole.value / factor, 4)
        missing = fmt((s.whole.value - stated) / factor, 4)
    return _candidate(s.whole.start, s.whole.end, s.construction,
                      {"unit": unit, "construction": s.construction, "total": total,
                       "arithmetic": f"{arithmetic} < {total}", "why": why, "missing": missing}, diagnosis=diagnosis)


def _candidate(start: int, end: int, subtype: str, values: dict, **kwargs) -> Candidate:
    return Candidate(start, end, subtype, _with_unit(values), **kwargs)


def _significant_digits(q) -> int:
    """How many significant digits *q* is written with (its decimals count, leading zeros do not).

    >>> from auditor.quantities import parse_quantities
    >>> [_significant_digits(q) for q in parse_quantities("余额36.34亿元，另有0.05亿元、120万元")]
    [4, 1, 3]
    """
    whole = abs(int(q.value / q.factor))
    if whole:
        return len(str(whole)) + q.decimals
    fraction = abs(q.value / q.factor)
    digits = q.decimals
    while fraction < Fraction(1, 10) and digits > 1:
        fraction *= 10
        digits -= 1
    return digits
