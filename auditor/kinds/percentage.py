"""``percentage`` kind: rates that disagree with their own numbers, impossible shares, malformed signs.

Checks (the rule's ``check`` key):

* ``rate`` — a rate named ``<stem>率`` (``办结率达98.67%``) is recomputed from the quantities before it in
  the same sentence: the numerator is the nearest quantity whose label shares the most with the stem
  (``办结595件``), the denominator the quantity before that (``603件``). With ``d`` reported decimals and
  ``u = 10^-d`` the rate agrees iff ``r − u/2 ≤ 100·a/b < r + u`` (rounding or truncation), computed
  exactly with fractions; approximate operands widen ``a/b`` to an interval, and 约/近/超过/不足 on the rate
  adjust ``r``.
* ``shares`` — shares of one whole listed with 分别 (``分别占40%、35%、30%``) must not add up to more
  than 100% beyond what rounding allows.
* ``share-over-100`` — a share-type rate (占比, 覆盖率, 合格率 … from the rule's ``share_words``) above
  100%; growth and completion rates (``同比增长135%``, ``完成年度任务的112%``) are not share-type.
* ``malformed`` — ``98.6 %``, ``%%``, ``百分之95%``, ``百分之xx``.
* ``mixed-signs`` — full-width ``％`` and half-width ``%`` in one document (reported once).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

import regex

from auditor.document import Document
from auditor.kinds.base import Candidate, Checker, LazyRegex
from auditor.kinds.numeric import compatible, fmt
from auditor.quantities import Quantity, document_quantities

_RATE_LABEL = LazyRegex(r"(?P<stem>[\p{Han}]{1,8})率(?:为|是|达到|达|高达|约|仅为|保持在|稳定在)?$")
_LIST_GAP = LazyRegex(r"[、，,和及与\s]*")
_RANGE_AFTER = LazyRegex(r"\s*[-—–~～至到]\s*[0-9]")
_CLAUSE_END = LazyRegex(r"[，,；;。！？!?\n]")
_MALFORMED = LazyRegex(
    r"(?<=[0-9０-９])[ \t\u3000]+[%％]|[%％]{2,}|百分之\s*[0-9０-９.．]+\s*[%％]|百分之\s*[xXｘＸ]+"
)


def _common(a: str, b: str) -> int:
    """Length of the longest common substring of *a* and *b*."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


class PercentageChecker(Checker):
    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.check_name = p["check"]
        self.share_words = tuple(p.get("share_words", []))
        self.respectively_words = tuple(p.get("respectively_words", ["分别占", "分别为", "分别是", "分别"]))
        self.count_units = set(p.get("count_units", ["人", "户", "份", "家", "件", "条", "起", "宗", "单", "例",
                                                     "人次", "户次", "批次", "所"]))

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        if "%" not in text and "％" not in text and "百分之" not in text:
            return
        if self.check_name == "malformed":
            for m in _MALFORMED.finditer(text):
                yield Candidate(m.start(), m.end(), "malformed")
            return
        if self.check_name == "mixed-signs":
            yield from self._mixed(text)
            return
        _view, norm, quantities = document_quantities(doc)
        if self.check_name == "rate":
            yield from self._rates(norm, quantities)
        elif self.check_name == "shares":
            yield from self._shares(norm, quantities)
        elif self.check_name == "share-over-100":
            yield from self._over_100(norm, quantities)
        elif self.check_name == "grim":
            yield from self._grim(norm, quantities)

    # ------------------------------------------------------------------ rate recomputation
    def _rates(self, norm: str, quantities: list[Quantity]) -> Iterator[Candidate]:
        counts_so_far: dict[int, list[Quantity]] = {}  # per sentence, the non-percent quantities seen
        for rate in quantities:
            if not rate.is_percent:
                counts_so_far.setdefault(rate.sentence, []).append(rate)
                continue
            if _RANGE_AFTER.match(norm, rate.clean_end):
                continue  # 办结率95%-97%: a range is not one rate
            m = _RATE_LABEL.search(rate.label)
            if not m:
                continue
            stem = m.group("stem")
            earlier = counts_so_far.get(rate.sentence, [])
            scored = [(_common(stem, q.label), j) for j, q in enumerate(earlier)]
            # the numerator's label must name the rate's action (办结 for 办结率, 处置 for 工单处置率)
            scored = [(s, j) for s, j in scored if s >= 2 and stem[-2:] in earlier[j].label]
            if not scored:
                continue
            best = max(s for s, _ in scored)
            j = max(j for s, j in scored if s == best)
            numerator = earlier[j]
            denominators = [q for q in earlier[:j] if compatible(q, numerator)]
            if not denominators:
                continue
            denominator = denominators[-1]
            if denominator.value == 0 or numerator.value > denominator.value:
                continue
            yield from self._judge_rate(rate, numerator, denominator)

    def _judge_rate(self, rate: Quantity, a: Quantity, b: Quantity) -> Iterator[Candidate]:
        r = rate.value
        u = Fraction(1, 10**rate.decimals)
        low, high = r - u / 2, r + u  # the stated rate covers [r - u/2, r + u)
        if rate.qualifier in ("约", "大约", "左右", "接近"):
            low, high = r - 5 * u, r + 5 * u
        elif rate.qualifier in ("近", "将近"):
            low, high = r - 5 * u, r + u
        elif rate.qualifier in ("超过", "超", "逾", "以上"):
            low, high = r, None
        elif rate.qualifier in ("不足", "不到", "以下"):
            low, high = Fraction(0), r
        a_low, a_high = a.low, a.high if a.high is not None else a.value * 2
        b_low, b_high = b.low, b.high if b.high is not None else b.value * 2
        if b_low <= 0:
            return
        lo = 100 * a_low / b_high
        hi = 100 * a_high / b_low
        exact = 100 * a.value / b.value
        agrees = (high is None or lo < high) and hi >= low
        shown = f"{fmt(a.value)} / {fmt(b.value)} = {fmt(exact, max(rate.decimals, 1) + 1)}%"
        values = {"arithmetic": f"{shown} (stated {fmt(r, 4)}%)", "computed": fmt(exact, 2), "stated": fmt(r, 4)}
        if agrees:
            yield Candidate(rate.start, rate.end, "rate", values, verified=True)
            return
        gap = (low - hi) if hi < low else (lo - high)
        values["gap"] = fmt(gap / u, 1) if gap / u >= Fraction(1, 10) else "less than 0.1"
        values["arithmetic"] = f"{shown} ≠ stated {fmt(r, 4)}% (off by {values['gap']} rounding units)"
        yield Candidate(rate.start, rate.end, "rate", values)

    # ------------------------------------------------------------------ GRIM: does any whole numerator fit?
    def _grim(self, norm: str, quantities: list[Quantity]) -> Iterator[Candidate]:
        """A rate stated with its denominator but not its numerator (``共发放问卷25份，满意率为78%``): some
        whole number ``a ≤ b`` must give it, ``r − u/2 ≤ 100·a/b < r + u`` (the GRIM test)."""
        counts: dict[int, list[Quantity]] = {}
        for q in quantities:
            if not q.is_percent:
                counts.setdefault(q.sentence, []).append(q)
                continue
            earlier = counts.get(q.sentence, [])
            # only the plain case: one count before the rate in its sentence, nothing else that could be
            # its numerator (with a numerator, PC001 recomputes the rate)
            if len(earlier) != 1 or q.qualifier is not None or not _RATE_LABEL.search(q.label):
                continue
            b = earlier[0]
            if b.unit not in self.count_units or b.low != b.high or b.value.denominator != 1 or b.value < 1:
                continue
            if q.clean_start - b.clean_end > 25 or _RANGE_AFTER.match(norm, q.clean_end):
                continue
            u = Fraction(1, 10**q.decimals)
            low, high = q.value - u / 2, q.value + u
            if q.value > 100 or 100 / b.value <= u:
                continue  # above 100%, or a step finer than the rounding: every rate fits
            whole = int(b.value)
            a = -(-(low * whole) // 100)  # the smallest whole numerator reaching the lower bound
            a = max(a, 0)
            if a <= whole and 100 * Fraction(a, whole) < high:
                nearest = f"{a}/{whole} = {fmt(Fraction(100 * a, whole), 2)}%"
                yield Candidate(q.start, q.end, "grim", {"arithmetic": f"{nearest} (stated {fmt(q.value, 4)}%)"},
                                verified=True)
                continue
            below = max(0, a - 1)
            shown = f"{below}/{whole} = {fmt(Fraction(100 * below, whole), 2)}%"
            if a <= whole:
                shown += f", {a}/{whole} = {fmt(Fraction(100 * a, whole), 2)}%"
            yield Candidate(q.start, q.end, "grim",
                            {"arithmetic": f"no whole number of {whole} gives {fmt(q.value, 4)}% ({shown})",
                             "denominator": str(whole)})

    # ------------------------------------------------------------------ shares of one whole
    def _shares(self, norm: str, quantities: list[Quantity]) -> Iterator[Candidate]:
        words = sorted(self.respectively_words, key=len, reverse=True)
        if words:
            for m in regex.finditer("|".join(regex.escape(w) for w in words), norm):
                clause = _CLAUSE_END.split(norm[max(0, m.start() - 12):m.start()])[-1]
                if "占" not in m.group() and "占" not in clause and "比重" not in clause:
                    continue  # 办结率分别为96%、98%: rates of several things, not shares of one whole
                run = []
                for q in quantities:
                    if q.clean_start < m.end() or not q.is_percent:
                        continue
                    gap = norm[(run[-1].clean_end if run else m.end()):q.clean_start]
                    ended = (run and not _LIST_GAP.fullmatch(gap)) or len(gap) > 12
                    if ended or any(ch in gap for ch in "。；;！？\n"):
                        break  # the list of shares ended
                    run.append(q)
                if len(run) < 2:
                    continue
                total_low = sum((q.low for q in run), Fraction(0))
                shown = " + ".join(f"{fmt(q.value, 4)}%" for q in run)
                total = sum(q.value for q in run)
                if total_low > 100:
                    yield Candidate(run[0].start, run[-1].end, "shares",
                                    {"arithmetic": f"{shown} = {fmt(total, 4)}% > 100%"})
                else:
                    yield Candidate(run[0].start, run[-1].end, "shares",
                                    {"arithmetic": f"{shown} = {fmt(total, 4)}% ≤ 100%"}, verified=True)

    # ------------------------------------------------------------------ share-type rates above 100%
    def _over_100(self, norm: str, quantities: list[Quantity]) -> Iterator[Candidate]:
        for q in quantities:
            if not q.is_percent or q.value <= 100 or q.qualifier in ("不足", "不到", "以下"):
                continue
            # the words before the number in its own clause: not 占比95%，增幅120%
            context = _CLAUSE_END.split(norm[max(0, q.clean_start - 12):q.clean_start])[-1]
            word = next((w for w in self.share_words if w in context or w in q.label), None)
            if word is None:
                continue
            yield Candidate(q.start, q.end, "share", {"word": word, "stated": fmt(q.value, 4)})

    # ------------------------------------------------------------------ mixed signs
    def _mixed(self, text: str) -> Iterator[Candidate]:
        half = [m.start() for m in regex.finditer(r"(?<=[0-9０-９])%", text)]
        full = [m.start() for m in regex.finditer(r"(?<=[0-9０-９])％", text)]
        if half and full:
            minority, sign = (full, "％") if len(full) <= len(half) else (half, "%")
            yield Candidate(minority[0], minority[0] + 1, "mixed",
                            {"sign": sign, "count": str(len(minority)), "other": str(len(half) + len(full) -
                                                                                      len(minority))})
