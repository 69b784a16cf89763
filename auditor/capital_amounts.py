"""Amounts of money written twice: in capital numerals (大写) and in figures (小写).

Contracts, tender results, budget tables and receipts state a sum both ways, ``人民币（大写）叁拾壹万玖仟贰佰
玖拾元整（¥319,290.00元）``, so that one cannot be altered without the other; when the two differ, one of them
was mistyped and nobody can tell which amount was meant. Three shapes are read:

* the capital amount, then the figures in brackets right after it (``…元整（¥319,290.00元）``, ``（小写：
  ￥319,290.00）``);
* the figures, then the capital amount in brackets right after them (``¥319,290.00元（大写：人民币叁拾…元整）``);
* two labelled fields, ``大写：…`` and ``小写：…`` (``大写金额``/``小写金额`` too), in either order, apart by
  at most a separator or a line break.

A capital amount is read only when it is well formed (:func:`capital_value`): a digit before each of 拾/佰/仟
(but 拾 leading), places falling within each section of 万 and 亿, 角 and 分 after 元. Anything else is left
alone: a malformed amount is not a number one can compare.

>>> [(p.capital, p.figures) for p in capital_pairs("合同价：叁拾壹万玖仟贰佰玖拾元整（¥318,290.00元）")]
[(Fraction(319290, 1), Fraction(318290, 1))]
>>> capital_pairs("合同价：叁拾壹万玖仟贰佰玖拾元整（¥319,290.00元）")[0].agrees
True
"""

from __future__ import annotations

from collections import namedtuple
from fractions import Fraction

from auditor.lazyregex import LazyRegex
from auditor.quantities import normalise

_DIGITS = {"壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "叄": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
           "柒": 7, "捌": 8, "玖": 9}
_ZEROS = "零〇"
_PLACES = {"拾": 10, "佰": 100, "仟": 1000}
_SECTIONS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_YUAN = "元圆圓"
_CAPITAL_CHARS = "".join(_DIGITS) + _ZEROS + "".join(_PLACES) + "".join(_SECTIONS)
_DIGIT_CHARS = "".join(_DIGITS) + _ZEROS

#: an amount in capital numerals: its yuan, then 角 and 分, then 整 (``叁拾万元整``, ``壹佰元伍角``)
_CAPITAL = (rf"[{_CAPITAL_CHARS}]+[{_YUAN}](?:[{_DIGIT_CHARS}]角)?(?:[{_DIGIT_CHARS}]分)?(?:整|正)?")
#: an amount in figures, with ¥ before it or 元 after it (or both)
#: an amount in figures, with ¥ before it or 元 after it (or both); thousands apart by commas or (thin) spaces
_NUMBER = r"\d{{1,3}}(?:[,，\u2009\u202f\u00a0 ]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURES = (rf"(?:[¥￥]\s?(?P<{{0}}a>{_NUMBER})\s?(?P<{{0}}u>万元|元)?"
            rf"|(?<![\d.,])(?P<{{0}}b>{_NUMBER})\s?(?P<{{0}}v>万元|元))")
_SPACE = r"[ \t\u3000]*"
_PAIRS = LazyRegex(
    # the capital amount, then the figures in brackets
    rf"(?P<cap1>{_CAPITAL}){_SPACE}[（(]{_SPACE}(?:小写(?:金额)?{_SPACE}[：:]?{_SPACE})?(?:人民币)?{_SPACE}"
    rf"{_FIGURES.format('f1')}{_SPACE}[）)]"
    # the figures, then the capital amount in brackets
    rf"|{_FIGURES.format('f2')}{_SPACE}[（(]{_SPACE}(?:大写(?:金额)?{_SPACE}[：:]?{_SPACE})?(?:人民币)?{_SPACE}"
    rf"(?P<cap2>{_CAPITAL}){_SPACE}[）)]"
    # labelled fields: 大写…，小写…
    rf"|大写(?:金额)?{_SPACE}[：:]{_SPACE}(?:人民币)?{_SPACE}(?P<cap3>{_CAPITAL})[ \t\u3000，,；;。]*\n?{_SPACE}"
    rf"[（(]?小写(?:金额)?{_SPACE}[：:]{_SPACE}(?:人民币)?{_SPACE}{_FIGURES.format('f3')}"
    # labelled fields: 小写…，大写…
    rf"|小写(?:金额)?{_SPACE}[：:]{_SPACE}(?:人民币)?{_SPACE}{_FIGURES.format('f4')}[ \t\u3000，,；;。]*\n?{_SPACE}"
    rf"[（(]?大写(?:金额)?{_SPACE}[：:]{_SPACE}(?:人民币)?{_SPACE}(?P<cap4>{_CAPITAL})")
#: an amount in capital numerals alone: where the pairs are looked for (a search from a character class: fast)
_CAPITAL_RUN = LazyRegex(_CAPITAL)
#: how far from a capital amount its figures and labels may stand
_REACH = 48


class CapitalPair(namedtuple("CapitalPair", "start end capital figures rounding capital_text figures_text")):
    """One amount written both ways: its span in the text, the two values (in yuan), half a unit of the last place
    the figures show (their rounding, in yuan), and how each was written. (A named tuple of ``collections``: no
    ``typing`` at start-up.)"""

    __slots__ = ()

    @property
    def agrees(self) -> bool:
        """Whether the figures are the capital amount, up to the figures' own rounding."""
        return abs(self.capital - self.figures) <= self.rounding


def capital_value(written: str) -> Fraction | None:
    """The value in yuan of an amount in capital numerals, or ``None`` when it is not well formed.

    >>> capital_value("叁拾壹万玖仟贰佰玖拾元整"), capital_value("壹亿贰仟万元"), capital_value("拾万元")
    (Fraction(319290, 1), Fraction(120000000, 1), Fraction(100000, 1))
    >>> float(capital_value("壹佰零伍元伍角陆分")), capital_value("壹贰元"), capital_value("佰元")
    (105.56, None, None)
    """
    yuan_at = next((i for i, ch in enumerate(written) if ch in _YUAN), -1)
    if yuan_at <= 0:
        return None
    value = _integer_value(written[:yuan_at])
    if value is None:
        return None
    rest = written[yuan_at + 1:].rstrip("整正")
    cents = 0
    i = 0
    while i < len(rest):
        if rest[i] in _ZEROS:
            i += 1
            continue
        digit = _DIGITS.get(rest[i])
        if digit is None or i + 1 >= len(rest) or rest[i + 1] not in "角分":
            return None
        cents += digit * (10 if rest[i + 1] == "角" else 1)
        i += 2
    return Fraction(value) + Fraction(cents, 100)


def _integer_value(written: str) -> int | None:
    """The whole yuan of a capital amount (what stands before 元), ``None`` when not well formed."""
    total = 0
    section = 0
    digit: int | None = None
    last_place = 10**4  # (the places of a section fall: 仟 before 佰 before 拾)
    last_section = 10**12
    seen_digit = False
    for ch in written:
        if ch in _ZEROS:
            if digit is not None:
                return None  # (壹零: a zero after a digit without its place)
            continue
        if ch in _DIGITS:
            if digit is not None:
                return None  # (two digits in a row: 壹贰)
            digit = _DIGITS[ch]
            seen_digit = True
            continue
        place = _PLACES.get(ch)
        if place is not None:
            if place >= last_place:
                return None
            if digit is None:
                if place != 10 or section or total:
                    return None  # (only a leading 拾 goes without its digit: 拾万元)
                digit = 1
            section += digit * place
            digit = None
            last_place = place
            continue
        big = _SECTIONS[ch]
        if big >= last_section or (section == 0 and digit is None):
            return None
        if big == 10**8:
            total = (total + section + (digit or 0)) * big
        else:
            total += (section + (digit or 0)) * big
        section, digit, last_place, last_section = 0, None, 10**4, big
    if not seen_digit and not total and not section:
        return None
    return total + section + (digit or 0)


_DIGIT_SET = frozenset(_DIGITS) | {"拾"}
_RUN_SET = frozenset(_CAPITAL_CHARS)


def _capital_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every amount in capital numerals of *text*, found from each 元 (or 圆) back: the
    characters of capital numerals before it, one of them a digit (or 拾). A scan of the text by a pattern led by a
    class of characters costs 6 ms a megabyte; a search for 元 and a look at the characters before each, far less.

    >>> text = "合同价：叁拾壹万元整（¥310,000元），另付万元"
    >>> [text[a:b] for a, b in _capital_runs(text)]
    ['叁拾壹万元整']
    """
    runs = []
    for yuan in _YUAN:
        at = text.find(yuan)
        while at != -1:
            start = at
            while start > 0 and text[start - 1] in _RUN_SET and at - start < 24:
                start -= 1
            if start < at and any(ch in _DIGIT_SET for ch in text[start:at]):
                m = _CAPITAL_RUN.match(text, start)
                if m is not None:
                    runs.append(m.span())
            at = text.find(yuan, at + 1)
    return sorted(runs)


def capital_pairs(text: str) -> list[CapitalPair]:
    """Every amount of *text* written both in capital numerals and in figures (see the module's docstring)."""
    runs = _capital_runs(text)
    if not runs:
        return []  # (a capital digit in a word, 队伍 or 陆续, is no amount: no copy of the text for it)
    norm = normalise(text)
    out = []
    seen: set[tuple[int, int]] = set()
    # (the pairs are looked for around each capital amount only: the pattern of pairs tried at every digit of a
    # report costs 40 ms a megabyte)
    matches = []
    for start, end in runs:
        lo, hi = max(0, start - _REACH), min(len(norm), end + _REACH)
        for m in _PAIRS.finditer(norm, lo, hi):
            if m.span() not in seen and m.start() <= start and end <= m.end():
                seen.add(m.span())
                matches.append(m)
    for m in sorted(matches, key=lambda m: m.start()):
        k = next(k for k in "1234" if m.group(f"cap{k}") is not None)
        capital_text = m.group(f"cap{k}")
        capital = capital_value(capital_text)
        digits = m.group(f"f{k}a") or m.group(f"f{k}b")
        unit = m.group(f"f{k}u") or m.group(f"f{k}v") or "元"
        if capital is None or digits is None:
            continue
        plain = "".join(ch for ch in digits if ch.isdigit() or ch == ".")
        decimals = len(plain.partition(".")[2])
        scale = 10**4 if unit == "万元" else 1
        figures = Fraction(plain) * scale
        rounding = Fraction(scale, 2 * 10**decimals) if decimals or scale > 1 else Fraction(0)
        figures_at = m.start(f"f{k}a") if m.group(f"f{k}a") else m.start(f"f{k}b")
        out.append(CapitalPair(m.start(), m.end(), capital, figures, rounding, capital_text,
                               text[figures_at:m.end(f"f{k}u") if m.group(f"f{k}u") else
                                    m.end(f"f{k}v") if m.group(f"f{k}v") else
                                    figures_at + len(digits)]))
    return out
