"""``percentage`` kind: rates that disagree with their own numbers, impossible shares, malformed signs.

Relations come from :mod:`auditor.relations` (found once per document, shared with the totals kind).
Checks (the rule's ``check`` key):

* ``rate`` — a rate bound to its numerator and denominator (``办结率``, ``其中 … 占比``, ``在 N … 中``,
  ``占 … 总数 N 的``, ``（M/N）``) is recomputed. With ``d`` reported decimals and ``u = 10^-d`` the rate
  agrees iff ``r − u/2 ≤ 100·a/b < r + u`` (rounding or truncation), computed exactly with fractions;
  approximate operands widen ``a/b`` to an interval, and 约/近/超过/不足 on the rate adjust ``r``.
* ``shares`` — shares of one whole (``分别占``, ``构成为``, ``A 占比 x%、B 占比 y%``) must not add up to
  more than 100% beyond what rounding allows.
* ``share-over-100`` — a share-type rate (占比, 覆盖率, 合格率 … from the rule's ``share_words``) above
  100%; growth and completion rates (``同比增长135%``, ``完成年度任务的112%``) are not share-type.
* ``grim`` — a rate over a whole-number count that its own noun phrase names (``发放问卷25份，满意率78%``):
  some whole numerator must give it.
* ``change`` — ``由 A% 提高到 B%，提高 C 个百分点`` (C = B − A) or ``由 A 增加到 B，增长 C%``
  (C = 100·(B − A)/A); percentage points and percent confused are named.
* ``malformed`` — ``98.6 %``, ``%%``, ``百分之95%``, ``百分之xx``.
* ``mixed-signs`` — full-width ``％`` and half-width ``%`` in one document (reported once).
* ``quotient`` — a multiple (``是上年（18.6亿元）的4.96倍``) or an average (``人均``, ``户均``, ``每亩``, ``平均每个…``)
  stated with both of its operands (:mod:`auditor.quotients`) must be their quotient.
* ``structure`` — the three industries' shares (``三次产业结构8.5:38.2:53.3``, ``第一产业占…第二产业占…``) must add
  up to 100.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from auditor.cues import has
from auditor.document import Document
from auditor.kinds.base import Candidate, Checker, LazyRegex
from auditor.kinds.numeric import (
    PRICES_HIGH,
    PRICES_LOW,
    fmt,
    rate_agrees,
    rate_bounds,
    rate_holds,
    ratio_interval,
    real_terms_band,
)
from auditor.quantities import Quantity, document_quantities, sentence_start
from auditor.quotients import INDICATOR_SCALES, document_quotients, plausible, quotient_interval
from auditor.relations import SPLIT_PAIRS, TARGET_CONTEXT, document_relations
from auditor.scan import contains, find_all


def _diagnosis():
    """:mod:`auditor.diagnosis`, imported for the first finding (a clean run does without it)."""
    from auditor import diagnosis

    return diagnosis

_CLAUSE_END = LazyRegex(r"[，,；;。！？!?\n]")
#: how far (a share of the quotient) a stated multiple or average may miss its operands' quotient before it is
#: reported: the figures it was computed from are often more precise than those the text gives
QUOTIENT_LEEWAY = Fraction(2, 100)
#: … when both operands are whole numbers written in full (4108164公斤 over 8569亩): nothing the text leaves out
#: was rounded, so only what the total may include beyond what is shared is left
QUOTIENT_LEEWAY_EXACT = Fraction(5, 1000)
#: … for an indicator of a statistical bulletin (性别比, 人口密度 …), computed from the very figures it names: their
#: rounding is in the interval already, so only a hair more (107.85 for 107.58 is a slip)
QUOTIENT_LEEWAY_INDICATOR = Fraction(1, 1000)
#: the fewest signs of the rarer kind for PC005 to report a document's mixed signs
MIXED_LEAST = 2
#: rates of a bank's and an insurer's that are ratios of two different amounts, not shares of one (PC003): provisions
#: over bad loans, solvency, liquidity cover
_RATIOS_NOT_SHARES = ("拨备覆盖率", "偿付能力充足率", "流动性覆盖率", "净稳定资金比例", "存贷比")
_MALFORMED = LazyRegex(
    r"(?<=[0-9０-９])[ \t\u3000]+[%％]|[%％]{2,}|百分之\s*[0-9０-９.．]+\s*[%％]|百分之\s*[xXｘＸ]+"
    # 百分之 and the number in numerals and a sign as well (百分之九十七点七%), or in digits (百分之93.1: words and
    # digits mixed in one figure); the sign of "care of" for the percent sign (85.3℅)
    r"|百分之[零〇一二两三四五六七八九十百点]+\s*[%％]|百分之\s*[0-9０-９]+(?:[.．][0-9０-９]+)?"
    r"|[0-9０-９]+(?:[.．][0-9０-９]+)?℅"
    # a rate's number broken by a space or a full-width comma typed for its point, or by a space after its point
    # (办结率达9 1.8%, 就业率达76，5%, 参保率达97. 18%)
    r"|(?:(?<=率)|(?<=率达)|(?<=率为)|(?<=率是)|(?<=率达到))[0-9]{1,3}"
    r"(?:，[0-9]{1,2}|[ \u00a0][0-9]{1,2}(?:\.[0-9]+)?|[.．][ \u00a0][0-9]{1,3})[%％]"
)

#: a space before a sign, a doubled sign, 百分之 or ℅ (what _MALFORMED's branches start with)
_MALFORMED_CUES = (" %", " ％", "\t%", "\t％", "\u3000%", "\u3000％", "%%", "％％", "%％", "％%", "百分之", "℅")
_BEFORE_A_BAD_SIGN = frozenset(" \t\u3000%％")


def _has_malformed_cue(text: str) -> bool:
    """Whether *text* holds one of :data:`_MALFORMED_CUES`: a look at the character before each sign
    (a report has a few hundred) instead of eleven scans of the whole text.

    >>> [_has_malformed_cue(t) for t in ("增长3.5%，占比12 %", "增长3.5%，占比12%", "百分之五")]
    [True, False, True]
    """
    if contains(text, "百分之") or "℅" in text:
        return True
    find = text.find
    for sign in "%％":
        i = find(sign, 1)
        while i != -1:
            if text[i - 1] in _BEFORE_A_BAD_SIGN or (
                    "率" in text[max(0, i - 10):i] and _BROKEN_RATE_NUMBER.search(text, max(0, i - 8), i)):
                return True
            i = find(sign, i + 1)
    return False


#: a space or a full-width comma between a rate's digits, or a space after its point, right before its sign (达9 1.8%,
#: 达76，5%, 达97. 18%)
_BROKEN_RATE_NUMBER = LazyRegex(r"[0-9](?:，|[ \u00a0]|[.．][ \u00a0])[0-9.]+$")


#: a number before a sign written with a comma, a full stop or two points for its decimal point (80,4%, 80。0%,
#: 82．．4%), matched back from the sign
_BAD_DECIMAL_POINT = LazyRegex(r"[0-9０-９]{1,3}(?:(?:,|。|[.．]{2,})[0-9０-９]{1,2}|[.．][0-9０-９]{1,3}[.．]|[.．])$")
#: what may not stand before such a number (it would be the end of a longer one: 3,456%)
_NUMBER_GOES_ON = frozenset("0123456789０１２３４５６７８９,，.．")
#: the sign before its number (合格率％80.9), after Chinese text or punctuation (not %20 in an address)
_SIGN_FIRST = LazyRegex(r"[%％][0-9０-９]{1,3}(?:[.．][0-9０-９]+)?(?![0-9０-９%％A-Za-z])")
_BEFORE_SIGN_FIRST = LazyRegex(r"[\u4e00-\u9fff，。；：、（“]")


def _badly_written_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of percentages whose number is written wrong (:data:`_BAD_DECIMAL_POINT`) or whose sign stands
    before the number (:data:`_SIGN_FIRST`), found from each sign (a report has a few hundred). (百分之95, words and
    digits in one figure, is :data:`_MALFORMED`'s.)

    >>> t = "覆盖率80,4%，办结率80。0%，满意率82..4%，合格率％80.9，签约率百分之89.2，地址%20a，增长3,456%，完成率95.%"
    >>> [t[a:b] for a, b in _badly_written_numbers(t)]
    ['80,4%', '80。0%', '82..4%', '95.%', '％80.9']
    >>> [t[a:b] for t in ["失业率.18％，检出率0.38%，版本v.5%"] for a, b in _badly_written_numbers(t)]
    ['.18％']
    """
    out = [(i - 1 - k, i + 1) for i, k in _without_leading_zero(text)]
    out.extend(_odd_numbers(text))
    out.extend(_typing_slips(text))
    for pattern in _SUSPECT_SIGNS:  # (the signs after a mark and a digit or two, or before a digit: few)
        for suspect in pattern.finditer(text):
            i = suspect.start()
            m = _BAD_DECIMAL_POINT.search(text, max(0, i - 8), i)
            if m is not None and text[m.start() - 1:m.start()] not in _NUMBER_GOES_ON:
                out.append((m.start(), i + 1))
            elif text[i + 1:i + 2].isdigit() and (i == 0 or _BEFORE_SIGN_FIRST.match(text, i - 1)):
                first = _SIGN_FIRST.match(text, i)
                if first is not None:
                    out.append(first.span())
    return out


def _typing_slips(text: str) -> Iterator[tuple[int, int]]:
    """Spans of percentages typed wrong in three more ways: letters read for digits (``96.O%``, ``9O.8%``, ``9l.5%``:
    OCR), 、 typed for the decimal point in a rate (``满意率82、16%``), and a % sign on a change in points
    (``提高3.1%个百分点``). One look back from each sign.

    >>> t = "再就业率96.O%，办结率9O.8%，满意率82、16%，提高3.1%个百分点，CO2%，分别为12、15%，增长5%"
    >>> [t[a:b] for a, b in _typing_slips(t)]
    ['96.O%', '9O.8%', '82、16%', '3.1%个百分点']

    Also two decimal points (``76.8.6%``) and a sign whose number was never written (``满意率达到%。``).

    >>> t = "使用率为76.8.6%，满意率达到%。版本1.2.3；增长5%"
    >>> [t[a:b] for a, b in _typing_slips(t)]
    ['76.8.6%', '到%']
    """
    for sign in "%％":
        i = text.find(sign, 1)
        while i != -1:
            before = text[i - 12 if i > 12 else 0:i]
            if text.startswith("个百分点", i + 1) and (m := _NUMBER_END.search(before)) is not None:
                yield i - len(before) + m.start(), i + 5
            elif (m := _OCR_NUMBER.search(before)) is not None and m.group()[0].isdigit() and \
                    not m.group().isdigit() and any(ch in "OolI" for ch in m.group()) and \
                    not (m.start() and before[m.start() - 1].isascii() and before[m.start() - 1].isalpha()):
                yield i - len(before) + m.start(), i + 1
            elif "、" in before and (m := _RATE_DUNHAO.search(before)) is not None:
                yield i - len(before) + m.start(1), i + 1
            elif (m := _TWO_POINTS.search(before)) is not None and not (
                    m.start() and ((before[m.start() - 1].isascii() and before[m.start() - 1].isalnum())
                                   or before[m.start() - 1] in ".．")):
                yield i - len(before) + m.start(), i + 1
            elif before.endswith(_NUMBER_EXPECTED) and (text[i + 1:i + 2] in _CLAUSE_GOES or i + 1 == len(text)):
                yield i - 1, i + 1  # 满意率达到%。: the sign, its number never written
            i = text.find(sign, i + 1)


#: a number's digits and point at the end of what precedes a sign
_NUMBER_END = LazyRegex(r"[0-9]+(?:\.[0-9]+)?$")
#: a number before a sign with a letter O, o, l or I among its digits (no Latin letter before it, CO2% is a word:
#: tested after the match; a pattern that starts with a look-behind would go to the regex module)
_OCR_NUMBER = LazyRegex(r"[0-9OolI][0-9OolI.]*$")
#: a number with two decimal points before a sign (76.8.6%); not the end of a longer code (1.2.3.4%, v1.2.3%: the
#: character before it is looked at, a look-behind first would need the regex module)
_TWO_POINTS = LazyRegex(r"[0-9]{1,3}[.．][0-9]{1,3}[.．][0-9]{1,3}$")
#: the words right before a rate's number (率, 达到, 占 …): a sign right after one has lost its number
_NUMBER_EXPECTED = ("率", "率为", "率达", "达到", "率是", "占", "占比", "增长", "下降", "提高", "降低")
#: what may follow such a sign: the clause's end
_CLAUSE_GOES = frozenset("，。；,;、）)\n")
#: 、 for the decimal point of a rate: a rate word, then two groups of digits apart by 、 (a list of rates says 分别)
_RATE_DUNHAO = LazyRegex(r"率(?:为|达到|达|是)?([0-9]{1,3}、[0-9]{1,2})$")


#: a percentage whose digits are a template's mask (xx%, XX.XX%, xx.x%, ｘｘ％, ××%, 9x.5%), matched back from the
#: sign; not after a Latin letter (a word or a code) nor after a third mask character before a point (xxxx.x%)
_MASKED_NUMBER = LazyRegex(r"(?<![A-Za-z])(?:[0-9０-９]?[xXｘＸ×]{1,3}|[0-9０-９][xXｘＸ×]{0,2})"
                           r"(?:[.．][0-9０-９xXｘＸ×]{1,4})?$")
_MASKS = frozenset("xXｘＸ×")  # (×: the multiplication sign typed for x, ××%)
_ASCII_DIGITS = frozenset("0123456789")
_WIDE_DIGITS = frozenset("０１２３４５６７８９")
#: what a number before a sign is made of (digits of both widths, points, masks)
_TOKEN_CHARS = _ASCII_DIGITS | _WIDE_DIGITS | _MASKS | frozenset(".．")
_TOKEN_STRING = "".join(sorted(_TOKEN_CHARS))


def _odd_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of percentages whose number is an unfilled template mask (``办结率xx%``, ``XX.XX%``, ``ｘｘ％``: the
    sign is there, the value never was; a lone ``x%`` is a variable, 增长x%的情形; PH001 reports the mask as a
    placeholder too, this says the rate is missing), or mixes half-width and full-width digits (``87.７%``,
    ``９0.4％``: typed partly in another input mode, which parsers and searches read as two numbers or none). One
    look back from each sign.

    >>> t = "办结率xx%，合格XX.XX%，达标ｘｘ％，增长9x.5%，参数tx%，增长x%时，覆盖87.７%，办结９0.4％，９８．６％"
    >>> sorted(t[a:b] for a, b in _odd_numbers(t))
    ['87.７%', '9x.5%', 'XX.XX%', 'xx%', '９0.4％', 'ｘｘ％']
    """
    for sign in "%％":
        i = text.find(sign, 1)
        while i != -1:
            if text[i - 1] in _TOKEN_CHARS:
                before = text[i - 12 if i > 12 else 0:i]
                token = before[len(before.rstrip(_TOKEN_STRING)):]  # (the loop back, done by str.rstrip)
                k = i - len(token)
                if token.isascii() and token.isdigit():
                    pass  # (digits alone, the common case)
                elif not _MASKS.isdisjoint(token):
                    m = _MASKED_NUMBER.search(token)
                    if m is not None and len(m.group()) >= 2 and not _MASKS.isdisjoint(m.group()) and \
                            not (m.start() == 0 and k and text[k - 1].isascii() and text[k - 1].isalpha()):
                        yield k + m.start(), i + 1
                elif not _WIDE_DIGITS.isdisjoint(token) and not _ASCII_DIGITS.isdisjoint(token):
                    yield k, i + 1
            i = text.find(sign, i + 1)


def _without_leading_zero(text: str) -> Iterator[tuple[int, int]]:
    """``(sign, digits)``: each sign after a decimal point and one to three digits with no digit, letter or point
    before the point (``失业率.18％``: the 0 of 0.18 left out), found from the signs (a report has a few hundred).
    """
    for sign in "%％":
        i = text.find(sign, 2)
        while i != -1:
            k = 0
            while k < 3 and text[i - 1 - k:i - k].isdigit():
                k += 1
            j = i - 1 - k  # (the point, if any)
            if k and j >= 0 and text[j] in ".．" and not (j and (text[j - 1].isdigit() or text[j - 1] in ".．" or (
                    text[j - 1].isascii() and text[j - 1].isalpha()) or
                    _BROKEN_BEFORE_POINT.search(text, max(0, j - 8), j))):
                yield i, k
            i = text.find(sign, i + 1)


#: a number broken at its decimal point by a line break or a blank line (接种率96⏎.8%): the digits before the break
_BROKEN_BEFORE_POINT = LazyRegex(r"[0-9０-９][ \t\u3000\r]*(?:\n[ \t\u3000\r]*){1,2}\Z")
#: a sign after a mark and one or two digits (80,4%), or before a digit (％80.9); one pattern a sign, each
#: starting with its sign: ``re`` finds it in C, and the look-arounds are tried there only
_SUSPECT_SIGNS = tuple(
    LazyRegex(rf"{sign}(?:(?<=[,。][0-9０-９]{sign})|(?<=[,。][0-9０-９]{{2}}{sign})|(?<=[.．]{{2}}[0-9０-９]{sign})"
              rf"|(?<=[.．]{{2}}[0-9０-９]{{2}}{sign})|(?<=[0-9０-９][.．]{sign})|(?=[0-9０-９]))")
    for sign in "%％")




#: a sign right after a digit (the sign first: re then scans for it, not for every position's look-behind)
_HALF_AFTER_DIGIT = LazyRegex(r"%(?<=[0-9０-９]%)")
_FULL_AFTER_DIGIT = LazyRegex(r"％(?<=[0-9０-９]％)")


#: the three industries' shares, named in order (第一产业增加值占8.5%，第二产业占38.2%，第三产业占53.3%)
_NUMBER = r"(?P<{n}>[0-9]{{1,3}}(?:\.[0-9]+)?)"
_SHARE_OF = r"[^。；;%\n]{{0,12}}?(?:占比|比重|占)(?:为|是|达|约)?[^。；;%\n\d]{{0,8}}?" + _NUMBER + r"[%％]"
_INDUSTRY_SHARES = LazyRegex(r"(?:第一产业|一产)" + _SHARE_OF.format(n="a") + r"[^。\n]{0,30}?(?:第二产业|二产)"
                             + _SHARE_OF.format(n="b") + r"[^。\n]{0,30}?(?:第三产业|三产)" + _SHARE_OF.format(n="c"))
#: … or listed after the three together (三次产业比重分别为8.5%、38.2%和53.3%)
_INDUSTRIES_RESPECTIVELY = LazyRegex(
    r"(?:三次产业|一二三产业|一、二、三产业|第一、二、三产业)[^。；;%\n\d]{0,12}?(?:比重|占比|比例|结构)"
    r"[^。；;%\n\d]{0,6}?分别(?:为|是|占)?" + _NUMBER.format(n="a") + r"[%％]?[、，,]\s*" + _NUMBER.format(n="b")
    + r"[%％]?(?:[、，,]|和|及)\s*" + _NUMBER.format(n="c") + r"[%％]?(?![0-9.])")
#: … or named one by one before 分别占 (地区生产总值中，第一产业、第二产业、第三产业分别占3.1%、38.0%、58.9%)
_INDUSTRIES_NAMED_RESPECTIVELY = LazyRegex(
    r"(?:第一产业|一产)[、，,]\s*(?:第二产业|二产)(?:[、，,]|和|及)\s*(?:第三产业|三产)(?:增加值)?"
    r"(?:[^。；;%\n\d]{0,6}?)分别(?:占|占比为?|所占比重为?)" + _NUMBER.format(n="a") + r"[%％]?[、，,]\s*"
    + _NUMBER.format(n="b") + r"[%％]?(?:[、，,]|和|及)\s*" + _NUMBER.format(n="c") + r"[%％](?![0-9.])")
#: … the fourth when it is the households' (，城乡居民生活用电占10.9%)
_HOUSEHOLDS_SHARE = LazyRegex(r"[%％]?[，,、；;](?:城乡)?居民生活(?:用电|用电量)?(?:占|占比|比重)(?:为|是|达)?"
                              r"(?P<d>[0-9]+(?:\.[0-9]+)?)")
#: a target named with its figure after 占, right before the rate (占年度目标36686人的)
_SHARE_OF_TARGET = LazyRegex(r"占[^，,；;。率]{0,6}(?:任务|计划|目标)(?:数|值|量)?[为是]?[0-9][0-9.,]*"
                             r"[^，,；;。率0-9]{0,3}的$")
#: one more share right after the three (，城乡居民生活占10.9%): the industries are not the whole's only parts
_SHARE_AFTER = LazyRegex(r"[%％]?[，,、；;][^，,。；;]{1,12}?(?:占|占比|比重)(?:为|是|达)?[0-9]")
#: … or as a ratio (三次产业结构由9.2:40.1:50.7调整为8.5:38.2:53.3), in a sentence about the industries' structure
_RATIO = LazyRegex(r"(?<![0-9.])" + _NUMBER.format(n="a") + r"\s*[:：∶]\s*" + _NUMBER.format(n="b") + r"\s*[:：∶]\s*"
                   + _NUMBER.format(n="c") + r"(?![0-9.]|\s*[:：∶])")
_STRUCTURE_WORDS = ("产业结构", "三次产业", "产业比例", "三产比例")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _structures(text: str, shares_in=None) -> Iterator[Candidate]:
    """The three industries' shares of a whole (GDP, value added, employment) must add up to 100, beyond
    what the rounding of each allows: named in order with 占/比重, listed with 分别, or written as a ratio
    in a sentence about the structure of the industries. Growth rates of the industries are not shares.

    The shares are looked for only in *shares_in* (``(text, start, end, to_original)`` stretches: the
    sentences that hold a percentage; all of *text* when not given), the ratios only around the colons
    between digits.

    >>> text = "三次产业结构调整为8.5:38.2:45.5。第一产业增加值占9%，第二产业占40%，第三产业占51%。"
    >>> [(c.vars["arithmetic"], c.verified) for c in _structures(text)]
    [('8.5 + 38.2 + 45.5 = 92.2 ≠ 100', False), ('9 + 40 + 51 = 100', True)]
    """
    if not contains(text, "产"):
        return
    found = []  # (start, end, the three numbers as written, where they start)
    for source, lo, hi, to_original in shares_in if shares_in is not None else [(text, 0, len(text), None)]:
        if "产" not in source[lo:hi]:
            continue
        for pattern in (_INDUSTRY_SHARES, _INDUSTRIES_RESPECTIVELY, _INDUSTRIES_NAMED_RESPECTIVELY):
            for m in pattern.finditer(source, lo, hi):
                values = [m.group(k) for k in "abc"]
                end = m.end("c")
                if pattern is _INDUSTRY_SHARES and _SHARE_AFTER.match(source, m.end(), hi) is not None:
                    # 全社会用电量中，第一产业占…，第三产业占…，城乡居民生活占10.9%: a fourth part, the whole's last
                    # when it is the households' use of power (the four of electricity statistics)
                    fourth = _HOUSEHOLDS_SHARE.match(source, m.end(), hi)
                    if fourth is None or _SHARE_AFTER.match(source, fourth.end(), hi) is not None:
                        continue
                    values.append(fourth.group("d"))
                    end = fourth.end("d")
                if pattern is not _INDUSTRY_SHARES and "%" in m.group() and sum(map(Fraction, values)) > 101:
                    continue  # 比重分别为8.5%、38.2%和63.3%: PC002 reports shares of one whole over 100%
                span = (m.start("a"), end)
                found.append((to_original(*span) if to_original else span, values))
    if any(contains(text, w) for w in _STRUCTURE_WORDS):
        if any(ch in text for ch in "０１２３４５６７８９"):
            text = text.translate(_FULLWIDTH_DIGITS)  # (１３.２∶３６.６∶５２.３: one character for one, offsets kept)
        for colon in ":：∶":
            for i in find_all(text, colon) if colon in text else ():
                if not (text[i - 1:i].isdigit() and i + 1 < len(text)):
                    continue
                start = i - 1
                while start > 0 and (text[start - 1].isdigit() or text[start - 1] == ".") and i - start < 8:
                    start -= 1
                m = _RATIO.match(text, start)
                if m is None or (m.end("a") != i and text[m.end("a"):i].strip()):
                    continue
                lo = max(text.rfind(mark, 0, m.start()) for mark in "。\n") + 1
                if any(w in text[lo:m.start()] for w in _STRUCTURE_WORDS):
                    found.append(((m.start("a"), m.end("c")), [m.group(k) for k in "abc"]))
    seen = set()
    for span, values in sorted(found):
        if span in seen:
            continue  # (a ratio's second colon finds it again)
        seen.add(span)
        yield from _against_100(values, span, "structure")


def _against_100(values: list[str], span: tuple[int, int], subtype: str, over: bool = True) -> Iterator[Candidate]:
    """A verified candidate when the percentages *values* (as written) add up to 100 within the rounding of each (half
    a unit of its last place), else a finding: ``20.55 + 76.13 = 96.68 ≠ 100``. Without *over*, a sum past 100 gives
    neither (PC002 reports shares of one whole past it: one finding for one error).

    >>> [(c.vars["arithmetic"], c.verified) for c in _against_100(["48.2", "51.8"], (0, 9), "structure")]
    [('48.2 + 51.8 = 100', True)]
    >>> [c.vars["arithmetic"] for c in _against_100(["8.5", "38.2", "43.3"], (0, 9), "structure")]
    ['8.5 + 38.2 + 43.3 = 90 ≠ 100']
    """
    slack = sum(Fraction(1, 2 * 10 ** len(v.split(".")[1])) if "." in v else Fraction(1, 2) for v in values)
    total = sum(Fraction(v) for v in values)
    shown = " + ".join(values) + f" = {fmt(total, 4)}"
    if abs(total - 100) <= slack:
        shown += "" if total == 100 else " ≈ 100 (within rounding)"
        yield Candidate(*span, subtype, {"arithmetic": shown}, verified=True)
    elif over or total < 100:
        yield Candidate(*span, subtype, {"arithmetic": shown + " ≠ 100"})


#: the shares of a structure (构成：, 从结构看, 按类别分，…占) whose sum, when it comes within a point of 100, says the
#: list names every part: a list of some parts leaves more out (or names the rest, 其他); a structure of the larger
#: kinds may come within five points (从构成看，火电…，水电…，风电…，光伏… of 98.8 %)
NEAR_WHOLE = 99
_STRUCTURES = frozenset({"shares-composition", "shares-each"})


def _complete_shares(shares) -> Iterator[Candidate]:
    """Shares of one whole listed after the words that open a breakdown and closed by the rest (``从采购方式看，公开
    招标占27.4%，竞争性磋商占14.3%，其他方式占58.3%``: construction ``shares-each-complete``): they must add up to 100,
    beyond what the rounding of each allows."""
    for rel in shares:
        run = rel.shares
        total = sum(q.value for q in run)
        if rel.construction != "shares-each-complete" and not (
                rel.construction in _STRUCTURES and len(run) >= 3 and total >= NEAR_WHOLE):
            continue  # (a structure of three shares or more that comes near the whole names all its parts)
        slack = sum(q.high - q.low for q in run) / 2 if all(q.high is not None for q in run) else None
        if slack is None:
            continue
        shown = " + ".join(fmt(q.value, 4) for q in run) + f" = {fmt(total, 4)}"
        if abs(total - 100) <= slack:
            yield Candidate(run[0].start, run[-1].end, "structure", {"arithmetic": shown}, verified=True)
        elif total < 100:  # (over 100: PC002 reports shares of one whole past the whole, one finding for one error)
            yield Candidate(run[0].start, run[-1].end, "structure", {"arithmetic": shown + " ≠ 100"})


#: a rate and the rate of the rest of the same whole, in one sentence (合格率为85.6%，不合格率为14.4%; 满意率…不满意率)
_COMPLEMENTARY_RATES = LazyRegex(
    r"(?P<x>合格|满意|及格|达标|通过|知晓|接种|参保|完成)率(?:为|是|达到|达)?\s*(?P<a>[0-9]{1,3}(?:\.[0-9]+)?)[%％]"
    r"[，,、；;]\s*(?:其中)?(?:不|未)(?P=x)率(?:为|是|达到|达|仅)?\s*(?P<b>[0-9]{1,3}(?:\.[0-9]+)?)[%％]"
    r"|(?:不|未)(?P<y>合格|满意|及格|达标|通过|知晓|接种|参保|完成)率(?:为|是|达到|达|仅)?\s*"
    r"(?P<c>[0-9]{1,3}(?:\.[0-9]+)?)[%％][，,、；;]\s*(?P=y)率(?:为|是|达到|达)?\s*(?P<d>[0-9]{1,3}(?:\.[0-9]+)?)[%％]"
    # (a sample meets the standard or exceeds it: 达标率92.55%、超标率7.45%)
    r"|达标率(?:为|是|达到|达)?\s*(?P<e>[0-9]{1,3}(?:\.[0-9]+)?)[%％][，,、；;]\s*超标率(?:为|是|达到|达|仅)?\s*"
    r"(?P<f>[0-9]{1,3}(?:\.[0-9]+)?)[%％]")


#: the shares of the two groups that split one whole of people or places, one clause after the other, each named by
#: one word of a pair and the same words after it (在校生中，男生占48.2%，女生占51.8%; 城镇人口占比…，农村人口占比…)
_COMPLEMENTARY_SHARES = LazyRegex(
    r"占(?:比)?(?:为|达|达到)?\s*(?P<a>[0-9]{1,3}(?:\.[0-9]+)?)[%％][，,、；;]\s*(?:其中)?"
    r"(?P<second>" + "|".join(sorted({b for _, b in SPLIT_PAIRS}, key=len, reverse=True)) + r")"
    r"(?P<rest>[\u4e00-\u9fff]{0,4}?)占(?:比)?(?:为|达|达到)?\s*"
    r"(?P<b>[0-9]{1,3}(?:\.[0-9]+)?)[%％](?![0-9])")
#: the first words of :data:`_COMPLEMENTARY_SHARES` by the second (the pairs of a split whole, shared with the sums)
_SHARE_PAIRS = {second: tuple(a for a, b in SPLIT_PAIRS if b == second) for _, second in SPLIT_PAIRS}


def _complementary_shares_in(norm: str, lo: int, hi: int, original_span) -> Iterator[Candidate]:
    """The shares of two groups that split one whole (``男生占48.2%，女生占50.1%``), found from each 占 of the
    sentence ``norm[lo:hi]``: the two must add up to 100, beyond what the rounding of each allows (construction
    ``complementary-shares``).

    >>> [c.vars["arithmetic"] for c in _complementary_shares_in("在校生中，男生占48.2%，女生占50.1%。", 0, 25,
    ...                                                         lambda a, b: (a, b))]
    ['48.2 + 50.1 = 98.3 ≠ 100']
    """
    at = norm.find("占", lo, hi)
    while at != -1:
        m = _COMPLEMENTARY_SHARES.match(norm, at, hi)
        if m is not None:
            second, rest = m.group("second"), m.group("rest")
            name_start = at - len(rest)  # (the first group's name: a word of the pair, then the same words)
            first = next((w for w in _SHARE_PAIRS[second] if norm.startswith(w, name_start - len(w))), None)
            if first is not None and norm[name_start:at] == rest and \
                    _no_narrower_frame(norm, name_start - len(first), lo) and \
                    not _another_share_beside(norm, name_start - len(first), m.end(), lo, hi) and \
                    not (first not in "男女" and norm.endswith("其中", lo, name_start - len(first))):
                # (其中城镇人员占…，农村人员占…: the insured of a fund may come from elsewhere too; everyone is a man
                # or a woman)
                yield from _against_100([m.group("a"), m.group("b")], original_span(m.start("a"), m.end("b")),
                                        "complementary-shares", over=False)
        at = norm.find("占", at + 1, hi)


def _another_share_beside(norm: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether another percentage stands in the clause right before *start* or right after *end* (``男性占60.2%，
    女性占38.1%，性别不详占1.7%``: a third group, the two need not add up to 100)."""
    before = norm[max(lo, start - 24):start]
    before = before[max(before.rfind(mark) for mark in "。；;") + 1:]
    after = norm[end:min(hi, end + 24)]
    after = after[:min((k for k in (after.find(mark) for mark in "。；;") if k != -1), default=len(after))]
    return "%" in after or "％" in after or "%" in before or "％" in before


def _no_narrower_frame(norm: str, name_start: int, lo: int) -> bool:
    """Whether the first group's name opens its clause (after a frame ``…中，`` or the sentence's start): not a
    group within something narrower written before it (``党员中的男性``)."""
    return name_start == lo or norm[name_start - 1:name_start] in "，,；;：:。 \n" or \
        norm.endswith(("其中", "中，", "中,"), lo, name_start)


def _complementary_rates(sentences: list) -> Iterator[Candidate]:
    """A rate and the rate of the rest of its whole, one clause after the other (``合格率为85.6%，不合格率为14.9%``):
    the two must add up to 100, beyond what the rounding of each allows. Looked for in the *sentences* that hold a
    percentage (:func:`_percent_sentences`).

    >>> from auditor.document import Document
    >>> doc = Document("a.txt", "抽查合格率为85.6%，不合格率为14.9%。满意率96%，不满意率4%。")
    >>> [(c.vars["arithmetic"], c.verified) for c in _complementary_rates(_percent_sentences(doc))]
    [('85.6 + 14.9 = 100.5 ≠ 100', False), ('96 + 4 = 100', True)]
    """
    for norm, lo, hi, original_span in sentences:
        if "率" not in norm[lo:hi]:
            continue
        yield from _complementary_rates_in(norm, lo, hi, original_span)


def _complementary_shares(sentences: list) -> Iterator[Candidate]:
    """The shares of two groups that split one whole in the *sentences* that hold a percentage (see
    :func:`_complementary_shares_in`)."""
    for norm, lo, hi, original_span in sentences:
        if "占" in norm[lo:hi]:
            yield from _complementary_shares_in(norm, lo, hi, original_span)


def _complementary_rates_in(norm: str, lo: int, hi: int, original_span) -> Iterator[Candidate]:
    for m in _COMPLEMENTARY_RATES.finditer(norm, lo, hi):
        keys = "ab" if m.group("a") is not None else "cd" if m.group("c") is not None else "ef"
        first, last = keys[0], keys[1]
        yield from _against_100([m.group(k) for k in keys], original_span(m.start(first), m.end(last)),
                                "complementary-rates")


def _percent_sentences(doc: Document) -> list:
    """The sentences of *doc* that hold a percentage, as ``(normalised text, start, end, to_original)``:
    found from the quantities the numeric rules parse anyway (none when the text has no % at all)."""
    if "%" not in doc.text and "％" not in doc.text:
        return []
    cached = doc.cache.get("percent_sentences")
    if cached is not None:
        return cached  # (the structures and the complementary rates both read them)
    view, norm, quantities = document_quantities(doc)
    sentences = []
    last = -1
    for q in quantities:
        if q.unit != "%" or q.clean_start < last:
            continue
        lo = sentence_start(norm, max(0, q.clean_start - 400), q.clean_start)
        reach = min(len(norm), q.clean_end + 2000)  # (no sentence is longer: a text of one line is not read to its end)
        hi = min((i for i in (norm.find(mark, q.clean_end, reach) for mark in "。\n") if i != -1), default=reach)
        sentences.append((norm, lo, hi, view.original_span))
        last = hi
    doc.cache["percent_sentences"] = sentences
    return sentences


def _exact(q) -> bool:
    """Whether *q* is a whole number written in full (no decimals, no 万/亿, nothing approximate)."""
    return getattr(q, "decimals", 1) == 0 and getattr(q, "factor", 0) == 1 and not getattr(q, "qualifier", None)


class PercentageChecker(Checker):
    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.check_name = p["check"]
        self.document_scope = self.check_name == "mixed-signs"  # % and ％ in one document
        self.share_words = tuple(p.get("share_words", []))

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        if self.check_name == "structure":
            yield from _structures(text, _percent_sentences(doc) if contains(text, "产") else None)
            shares = contains(text, "占")
            # (the second word of a pair that splits a whole: 男/女, 城镇/农村, 城镇/乡村, 室内/室外, 境内/境外)
            pair = shares and (contains(text, "女") or contains(text, "农村") or contains(text, "乡村") or
                               contains(text, "室外") or contains(text, "室内") or contains(text, "境外") or
                               contains(text, "境内"))
            if pair or (shares and (contains(text, "其他") or contains(text, "其它") or contains(text, "其余") or
                                    # (a structure that comes near the whole: 构成：…, 按类别分，…占…, 从结构看)
                                    contains(text, "构成") or contains(text, "结构") or contains(text, "按") or
                                    contains(text, "看"))):
                yield from _complete_shares(document_relations(doc).shares)  # (the rest, or the other of a pair)
            if contains(text, "率") and (contains(text, "不") or contains(text, "未") or has(doc, "超标率")):
                yield from _complementary_rates(_percent_sentences(doc))
            if pair:
                yield from _complementary_shares(_percent_sentences(doc))
            return
        if self.check_name == "quotient":
            yield from self._quotients(doc)
            return
        if self.check_name == "growth-as-multiple":
            yield from self._growths_as_multiples(doc)
            return
        if "%" not in text and "％" not in text and not contains(text, "分之") and "‰" not in text and "℅" not in text:
            return
        if self.check_name == "malformed":
            spans = _badly_written_numbers(text)
            if _has_malformed_cue(text):  # every other malformed form holds one: the regex need not scan the text
                spans.extend(m.span() for m in _MALFORMED.finditer(text))
            for start, end in sorted(set(spans)):
                yield Candidate(start, end, "malformed")
            return
        if self.check_name == "mixed-signs":
            yield from self._mixed(text)
            return
        if self.check_name == "share-over-100":
            _view, norm, quantities = document_quantities(doc)
            yield from self._over_100(norm, quantities)
            return
        relations = document_relations(doc)
        if self.check_name == "rate":
            yield from self._rates(relations)
        elif self.check_name == "shares":
            yield from self._shares(relations)
        elif self.check_name == "grim":
            yield from self._grim(relations)
        elif self.check_name == "change":
            yield from self._changes(relations)

    # ------------------------------------------------------------------ rate recomputation
    def _rates(self, relations) -> Iterator[Candidate]:
        for rel in relations.rates:
            yield from self._judge_rate(rel.rate, rel.numerator, rel.denominator, rel.construction, rel.real,
                                        rel.down)

    def _judge_rate(self, rate: Quantity, a: Quantity, b: Quantity, construction: str, real: bool = False,
                    down: bool = False) -> Iterator[Candidate]:
        """*real*: a growth (a fall when *down*) in real terms, held to what prices could have made of the
        ratio (:func:`~auditor.kinds.numeric.real_terms_band`)."""
        if not self.keep_verified and rate_holds(rate, a, b):
            return  # the usual case, decided in integers: a rate that holds, and nobody asked for it
        r = rate.value
        u = Fraction(1, 10**rate.decimals)
        low, high = rate_bounds(rate)
        interval = ratio_interval(a, b)
        if interval is None:
            return
        lo, hi = real_terms_band(*interval, down) if real else interval
        agrees = rate_agrees(low, high, lo, hi)
        if agrees and not self.keep_verified:
            return  # nobody asked for the rates that hold: no message to write
        exact = 100 * a.value / b.value
        sign, scale = ("‰", 10) if rate.written_unit == "‰" else ("%", 1)  # (a per mille is read as %/10)
        if a.factor != 1 or b.factor != 1:  # (amounts in 万 or 亿 as written: 52.7亿元 / 95亿元, not in yuan)
            shown = f"{_as_written(a)} / {_as_written(b)} = {fmt(exact * scale, max(rate.decimals, 1) + 1)}{sign}"
        else:
            shown = f"{fmt(a.value)} / {fmt(b.value)} = {fmt(exact * scale, max(rate.decimals, 1) + 1)}{sign}"
        if real:
            shown += _real_terms_note(lo, hi)
        r = r * scale
        values = {"arithmetic": f"{shown} (stated {fmt(r, 4)}{sign})", "computed": fmt(exact * scale, 2),
                  "stated": fmt(r, 4), "construction": construction, "why": ""}
        if agrees:
            yield Candidate(rate.start, rate.end, construction, values, verified=True)
            return
        gap = (low - hi) if hi < low else (lo - high)
        values["gap"] = fmt(gap / u, 1) if gap / u >= Fraction(1, 10) else "less than 0.1"
        values["arithmetic"] = f"{shown} ≠ stated {fmt(r, 4)}{sign} (off by {values['gap']} rounding units)"
        found = None if real else _diagnosis().diagnose_rate(rate, a, b)
        if found:
            values["why"] = f"; {found[1]}"
        yield Candidate(rate.start, rate.end, construction, values, diagnosis=found[0] if found else None)

    # ------------------------------------------------------------------ GRIM: does any whole numerator fit?
    def _grim(self, relations) -> Iterator[Candidate]:
        """A rate over a count its own noun phrase names (``共发放问卷25份，满意率为78%``): some whole number
        ``a ≤ b`` must give it, ``r − u/2 ≤ 100·a/b < r + u`` (the GRIM test). With several such counts
        (发放 30 份，回收 28 份), the rate is reported only when none of them fits."""
        for rel in relations.grims:
            q = rel.rate
            u = Fraction(1, 10**q.decimals)
            low, high = q.value - u / 2, q.value + u
            shown_all = []
            fitted = None
            for b in rel.counts:
                whole = int(b.value)
                if whole < 1 or 100 / b.value <= u:
                    fitted = fitted or f"any rate fits {whole}"
                    continue
                a = max(0, -(-(low * whole) // 100))  # the smallest whole numerator reaching the lower bound
                if a <= whole and 100 * Fraction(a, whole) < high:
                    fitted = f"{a}/{whole} = {fmt(Fraction(100 * a, whole), 2)}%"
                    break
                below = max(0, a - 1)
                shown = f"{below}/{whole} = {fmt(Fraction(100 * below, whole), 2)}%"
                if a <= whole:
                    shown += f", {a}/{whole} = {fmt(Fraction(100 * a, whole), 2)}%"
                shown_all.append((whole, shown))
            if fitted is not None:
                yield Candidate(q.start, q.end, "grim",
                                {"arithmetic": f"{fitted} (stated {fmt(q.value, 4)}%)"}, verified=True)
                continue
            whole, shown = shown_all[-1]
            yield Candidate(q.start, q.end, "grim",
                            {"arithmetic": f"no whole number of {whole} gives {fmt(q.value, 4)}% ({shown})",
                             "denominator": str(whole)})

    # ------------------------------------------------------------------ shares of one whole
    def _shares(self, relations) -> Iterator[Candidate]:
        for rel in relations.shares:
            run = rel.shares
            total_low = sum((q.low for q in run), Fraction(0))
            shown = " + ".join(f"{fmt(q.value, 4)}%" for q in run)
            total = sum(q.value for q in run)
            values = {"arithmetic": f"{shown} = {fmt(total, 4)}%", "construction": rel.construction}
            if total_low > 100:
                values["arithmetic"] += " > 100%"
                values["excess"] = fmt(total - 100, 4)
                yield Candidate(run[0].start, run[-1].end, rel.construction, values)
            else:
                values["arithmetic"] += " ≤ 100%"
                yield Candidate(run[0].start, run[-1].end, rel.construction, values, verified=True)

    # ------------------------------------------------------------------ changes of rates
    def _changes(self, relations) -> Iterator[Candidate]:
        for c in relations.changes:
            d = c.delta
            if c.start.unit == "%" and (c.points or d.unit == "%"):
                difference = (c.start.value - c.end.value) if c.down else (c.end.value - c.start.value)
                stated_points = c.points
                expected = difference if stated_points else 100 * difference / c.start.value
                measure = "percentage points" if stated_points else "%"
            elif c.start.unit not in ("%", "百分点") and d.unit == "%" and c.start.value > 0:
                difference = (c.start.value - c.end.value) if c.down else (c.end.value - c.start.value)
                expected = 100 * difference / c.start.value
                measure = "%"
            else:
                continue
            if difference <= 0 and not c.real:  # (in real terms a nominal fall may be a rise: the band says)
                if difference < 0:
                    yield from self._reversed(c, -expected, measure)
                continue
            u = Fraction(1, 10**d.decimals)
            slack = _operand_slack(c, expected)
            lo, hi = expected - slack, expected + slack
            if c.start.unit == "%":
                shown = f"{fmt(c.start.value, 4)} → {fmt(c.end.value, 4)}: {fmt(expected, 2)} {measure}"
            else:  # (as written: 290.88亿元 → 310.5亿元, not 29088000000 → 31050000000)
                shown = f"{_as_written(c.start)} → {_as_written(c.end)}: {fmt(expected, 2)} {measure}"
            if c.construction == "natural-growth":  # (per mille: the birth rate less the death rate)
                measure = "‰"
                sign = "−" if c.down else ""
                shown = (f"birth rate {fmt(c.end.value * 10, 4)}‰ − death rate {fmt(c.start.value * 10, 4)}‰ = "
                         f"{sign}{fmt(expected * 10, 3)}‰")
            per_mille = measure == "‰"
            stated = f"{'−' if per_mille and c.down else ''}{fmt(d.value * (10 if per_mille else 1), 4)}"
            if c.real:  # a growth in real terms: what prices could have made of the nominal change
                lo, hi = real_terms_band(lo, hi, c.down)
                if c.down:  # (shown as growths, a fall below zero: 55.96 → 64.46: 15.19 %, …, stated −8.3 %)
                    shown = shown.rsplit(": ", 1)[0] + f": {fmt(-expected, 2)} {measure}" + _real_terms_note(-hi, -lo)
                    stated = f"−{stated}"
                else:
                    shown += _real_terms_note(lo, hi)
            shown += f", stated {stated} {measure}"
            values = {"arithmetic": shown, "why": ""}
            # as a rate: the stated change C rounds or truncates the true one, which lies in [C − u/2, C + u);
            # the end points' own rounding moves the computed change by up to *slack*
            if hi >= d.value - u / 2 and lo < d.value + u:
                yield Candidate(d.start, d.end, "change", values, verified=True)
                continue
            found = _diagnosis().diagnose_points(d.value, c.start, c.end, c.points, c.down) \
                if c.start.unit == "%" else None
            if found:
                values["why"] = f"; {found[1]}"
            yield Candidate(d.start, d.end, "change", values, diagnosis=found[0] if found else None)

    def _reversed(self, c, expected, measure: str) -> Iterator[Candidate]:
        """A change whose size matches its end points but whose word goes the other way (``由277起降至261起，增长
        5.7%``: a fall of 5.78 %). A size that matches neither way is wrong too when the construction itself
        names both end points of the change (由A到B, 比上年（A）, 上年为A, a table's row); otherwise it is left alone:
        the end points may be another pair's."""
        d = c.delta
        u = Fraction(1, 10**d.decimals)
        slack = _operand_slack(c, expected)
        if not (expected + slack >= d.value - u / 2 and expected - slack < d.value + u):
            if c.construction in _PAIRED_BY_CONSTRUCTION:  # (由68.6%提高到67.9%，提高1.0个百分点: wrong both ways)
                signed = -d.value if c.down else d.value
                actual = (c.end.value - c.start.value) if c.points else \
                    100 * (c.end.value - c.start.value) / c.start.value
                shown = (f"{fmt(c.start.value, 4)} → {fmt(c.end.value, 4)}: {fmt(actual, 2)} {measure}, "
                         f"stated {fmt(signed, 4)} {measure}")
                yield Candidate(d.start, d.end, "change", {"arithmetic": shown, "why": ""})
            return
        went = "falls" if not c.down else "rises"
        said = "a rise" if not c.down else "a fall"
        shown = (f"{fmt(c.start.value, 4)} → {fmt(c.end.value, 4)} {went} by {fmt(expected, 2)} {measure}, "
                 f"stated as {said} of {fmt(d.value, 4)} {measure}")
        yield Candidate(d.start, d.end, "change", {"arithmetic": shown, "why": "; the change goes the other way"},
                        diagnosis="direction")

    # ------------------------------------------------------------------ multiples and averages
    def _quotients(self, doc: Document) -> Iterator[Candidate]:
        """A stated quotient agrees when its rounding (or truncation) interval ``[v − u/2, v + u)`` meets the
        quotient of its operands' own intervals; it is reported when it misses that by more than
        :data:`QUOTIENT_LEEWAY` of the quotient (an average of a count that the text rounds, or of a total
        that includes a little more, is no slip) and the two are within a factor of
        :data:`~auditor.quotients.PLAUSIBLE_FACTOR` (further apart, the sentence pairs other things)."""
        for rel in document_quotients(doc):
            stated, a, b = rel.stated, rel.numerator, rel.denominator
            growth = rel.construction == "growth-times"  # (N = a / b − 1)
            scale = INDICATOR_SCALES.get(rel.construction, 1)  # (性别比: men / women × 100)
            computed = a.value / b.value * scale - (1 if growth else 0)
            if not plausible(stated.value, computed):
                continue
            lo, hi = quotient_interval(a, b)
            lo, hi = lo * scale, hi * scale
            u = Fraction(getattr(stated, "factor", 1) or 1, 10**stated.decimals)  # (户均0.07万元: a unit of 100 元)
            low, high = stated.value - u / 2, stated.value + u
            if growth:
                if hi >= low and lo < high:
                    continue  # N is the multiple a / b: PC010's
                lo, hi = lo - 1, hi - 1
            unit = a.unit if rel.construction == "average" else "" if rel.construction in INDICATOR_SCALES else "倍"
            times = f" × {scale}" if scale != 1 else ""
            divisor = f"{fmt(b.value)}{b.unit}{times}"
            if rel.construction == "density":  # (an area read in square metres, shown in km²)
                divisor = f"{fmt(b.value / scale)}平方公里"
            shown = f"{fmt(a.value)}{a.unit} / {divisor}{' − 1' if growth else ''} = " \
                f"{fmt(computed, stated.decimals + 1)}{unit}"
            values = {"arithmetic": f"{shown} (stated {fmt(stated.value, 4)}{unit})", "construction": rel.construction,
                      "computed": fmt(computed, stated.decimals + 1), "stated": fmt(stated.value, 4)}
            if hi >= low and lo < high:
                yield Candidate(stated.start, stated.end, rel.construction, values, verified=True)
                continue
            gap = (low - hi) if hi < low else (lo - (stated.value + u / 2))  # (from the rounded value's interval)
            # (an indicator of a bulletin is computed from the figures it names, whose rounding the interval holds)
            leeway = QUOTIENT_LEEWAY_INDICATOR if rel.construction in INDICATOR_SCALES else \
                QUOTIENT_LEEWAY_EXACT if _exact(a) and _exact(b) else QUOTIENT_LEEWAY
            if gap < leeway * computed:
                continue  # close: rounding of figures the text does not show, not a slip
            values["arithmetic"] = f"{shown} ≠ stated {fmt(stated.value, 4)}{unit}"
            yield Candidate(stated.start, stated.end, rel.construction, values)

    def _growths_as_multiples(self, doc: Document) -> Iterator[Candidate]:
        """A growth in times (``增长N倍``) whose N is the multiple value / base (``从932万元增至3160万元，增长了3.4倍``:
        3160 / 932 = 3.39, a growth of 2.39 times): reported, the growth being what the words say."""
        for rel in document_quotients(doc):
            if rel.construction != "growth-times":
                continue
            stated, a, b = rel.stated, rel.numerator, rel.denominator
            lo, hi = quotient_interval(a, b)
            u = Fraction(1, 10**stated.decimals)
            low, high = stated.value - u / 2, stated.value + u
            if not (hi >= low and lo < high) or (hi - 1 >= low and lo - 1 < high):
                continue  # (not the multiple, or the growth too: PC009 judges it)
            values = {"arithmetic": f"{fmt(a.value)}{a.unit} / {fmt(b.value)}{b.unit} = "
                                    f"{fmt(a.value / b.value, stated.decimals + 1)}倍, a growth of "
                                    f"{fmt(a.value / b.value - 1, stated.decimals + 1)}倍 (stated 增长"
                                    f"{fmt(stated.value, 4)}倍)",
                      "growth": fmt(a.value / b.value - 1, stated.decimals + 1), "stated": fmt(stated.value, 4)}
            yield Candidate(stated.start, stated.end, "growth-times", values, diagnosis="multiple-for-growth")

    # ------------------------------------------------------------------ share-type rates above 100%
    def _over_100(self, norm: str, quantities: list[Quantity]) -> Iterator[Candidate]:
        for q in quantities:
            if not q.is_percent or q.value <= 100 or q.qualifier in ("不足", "不到", "以下"):
                continue
            # the words before the number in its own clause: not 占比95%，增幅120%
            context = _CLAUSE_END.split(norm[max(0, q.clean_start - 12):q.clean_start])[-1]
            word = next((w for w in self.share_words if w in context or w in q.label), None)
            if word is None or TARGET_CONTEXT.search(context) or _SHARE_OF_TARGET.search(
                    _CLAUSE_END.split(norm[max(0, q.clean_start - 24):q.clean_start])[-1]):
                continue  # 占年度计划的141%: a plan can be overfulfilled (占年度目标36686人的104.3%: with its figure)
            if "毛" + word in context or "毛" + word in q.label:
                continue  # 学前教育毛入学率102.3%: a gross rate counts children outside the age group
            if any(w in context for w in _RATIOS_NOT_SHARES):
                continue  # 拨备覆盖率288.6%: provisions over bad loans, a ratio of two amounts, no share of one
            yield Candidate(q.start, q.end, "share", {"word": word, "stated": fmt(q.value, 4)})

    # ------------------------------------------------------------------ mixed signs
    def _mixed(self, text: str) -> Iterator[Candidate]:
        half = [m.start() for m in _HALF_AFTER_DIGIT.finditer(text)]
        full = [m.start() for m in _FULL_AFTER_DIGIT.finditer(text)]
        if half and full:
            minority, sign = (full, "％") if len(full) <= len(half) else (half, "%")
            if len(minority) < MIXED_LEAST:
                return  # one odd sign is a slip of the keyboard, not text pasted from two sources
            yield Candidate(minority[0], minority[0] + 1, "mixed",
                            {"sign": sign, "count": str(len(minority)), "other": str(len(half) + len(full) -
                                                                                      len(minority))})


def _real_terms_note(lo: Fraction, hi: Fraction) -> str:
    """What a message adds for a growth in real terms: the range prices allow.

    >>> _real_terms_note(Fraction(-3), Fraction(25, 2))
    ' in current prices, -3% to 12.5% in real terms (prices -5% to +10%)'
    """
    return f" in current prices, {fmt(lo, 1)}% to {fmt(hi, 1)}% in real terms " \
        f"(prices {fmt(100 * PRICES_LOW)}% to +{fmt(100 * PRICES_HIGH)}%)"


#: the changes whose construction pairs the end points for sure (由A到B; 比上年（A）; 上年为A; a table's row): a size
#: that fits neither direction is wrong, not another pair's
_PAIRED_BY_CONSTRUCTION = frozenset({"change", "change-base", "table-growth", "paired-bases"})


def _operand_slack(change, expected: Fraction) -> Fraction:
    """How far rounding of the end points can move a computed change (relative changes scale it)."""
    a, b = change.start, change.end
    half = Fraction(1, 2 * 10**max(a.decimals, b.decimals))
    if a.unit == "%" and change.points:
        return 2 * half
    if a.value == 0:
        return Fraction(0)
    # each end point moves by half its rounding width at most, so the difference by the sum of the halves
    spread = ((a.high - a.low if a.high is not None else 0) + (b.high - b.low if b.high is not None else 0)) / 2
    return 100 * spread / a.value


def _as_written(q: Quantity) -> str:
    """A change's end point as the text writes it, magnitude and unit included (``290.88亿元``; ``120人``).

    >>> text = "由290.88亿元增至310.5亿元，由120人增至150人，分别增长6.7%和25%"
    >>> quantities = document_quantities(Document("a.txt", text))[2]
    >>> [_as_written(q) for q in quantities][:4]
    ['290.88亿元', '310.5亿元', '120人', '150人']
    """
    return fmt(q.value / q.factor, 4) + q.written_unit if q.written_unit else fmt(q.value, 4)
