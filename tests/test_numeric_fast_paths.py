"""Integer fast paths of the numeric rules against the Fraction arithmetic they stand in for.

A rate that holds is decided in integers (:func:`auditor.kinds.numeric.rate_holds`), a measured
quantity's widened interval is worked out once (:attr:`auditor.quantities.Quantity.widened`), and the
bounds of a sum are shared by the rules that judge it (:func:`auditor.kinds.totals.sum_bounds`). Each is
held here to the plain computation, on random numbers and on the edges (touching intervals, zero).
"""

from __future__ import annotations

import re
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.kinds.numeric import rate_agrees, rate_bounds, rate_holds, ratio_interval, sum_interval
from auditor.quantities import MEASURED_UNITS, Quantity, parse_quantities
from auditor.rulebook import load_rulebook

SETTINGS = settings(max_examples=500, deadline=None)


def _count(low: int, high: int | None, unit: str = "件", decimals: int = 0) -> Quantity:
    return Quantity(0, 1, low, low, high, unit, decimals, None)


def _rate(digits: int, decimals: int, qualifier: str | None = None) -> Quantity:
    value = Fraction(digits, 10**decimals)
    if value.denominator == 1 and decimals == 0:
        value = int(value)
    return Quantity(0, 1, value, value, value, "%", decimals, qualifier)


@SETTINGS
@given(digits=st.integers(0, 20_000), decimals=st.integers(0, 3), a_low=st.integers(0, 5_000),
       a_width=st.integers(0, 3), b_low=st.integers(-2, 5_000), b_width=st.integers(0, 3))
def test_a_rate_decided_in_integers_as_with_fractions(digits, decimals, a_low, a_width, b_low, b_width):
    rate = _rate(digits, decimals)
    a, b = _count(a_low, a_low + a_width), _count(b_low, b_low + b_width)
    fast = rate_holds(rate, a, b)
    interval = ratio_interval(a, b)  # (this turns the bounds into Fractions: the fast path takes those too)
    if interval is None:
        assert fast is None
    else:
        assert fast == rate_agrees(*rate_bounds(rate), *interval)
        assert rate_holds(rate, a, b) == fast


@SETTINGS
@given(numerator=st.integers(1, 3_000), denominator=st.integers(1, 3_000), decimals=st.integers(0, 3),
       shift=st.sampled_from([-1, 0, 1]))
def test_rates_on_the_edge_of_their_rounding(numerator, denominator, decimals, shift):
    """Rates at the very ends of what rounding allows (the comparisons are strict on one side)."""
    exact = Fraction(100 * numerator, denominator)
    digits = int(exact * 10**decimals) + shift
    rate = _rate(max(0, digits), decimals)
    a, b = _count(numerator, numerator), _count(denominator, denominator)
    assert rate_holds(rate, a, b) == rate_agrees(*rate_bounds(rate), *ratio_interval(a, b))


def test_other_rates_are_left_to_the_fractions():
    a, b = _count(601, 601), _count(620, 620)
    assert rate_holds(_rate(9694, 2, "约"), a, b) is None  # a qualifier widens the rate
    assert rate_holds(_rate(9694, 2), a, _count(620, None)) is None  # no upper bound
    assert rate_holds(_rate(9694, 2), Quantity(0, 1, Fraction(601), Fraction(1201, 2), Fraction(1203, 2), "件", 1,
                                                None), b) is None  # bounds that are not whole
    assert rate_holds(_rate(9694, 2), a, b) is True
    assert rate_holds(_rate(9794, 2), a, b) is False


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from([*sorted(MEASURED_UNITS), "户", "人", ""]),
                          st.sampled_from([0, 0, 1])), min_size=1, max_size=6))
def test_widened_and_sum_interval_as_first_written(items):
    half = Fraction(1, 2)
    parts = [_count(n, n, unit, decimals) for n, unit, decimals in items]
    for q, (n, unit, decimals) in zip(parts, items, strict=True):
        measured = unit in MEASURED_UNITS and decimals == 0  # 12亩 is 11.5 to 12.5; 12.0亩 is as written
        assert q.widened == ((n - half, n + half) if measured else (n, n))
    low, high = 0, 0
    for q in parts:
        low, high = low + q.widened[0], high + q.widened[1]
    assert sum_interval(parts) == (low, high)


def test_a_copy_does_not_keep_the_widened_interval_of_its_original():
    (q,) = parse_quantities("种植12亩")
    assert q.widened == (Fraction(23, 2), Fraction(25, 2))
    copy = q.replace(value=Fraction(20), low=Fraction(20), high=Fraction(20))
    assert copy.widened == (Fraction(39, 2), Fraction(41, 2))


def test_the_sum_rules_give_the_same_findings_alone_and_together():
    """TO001 and TO002 share the bounds of each sum (worked out by whichever runs first)."""
    text = ("共种植30亩，其中蓝莓12亩、草莓35亩。共查处38起，其中水12起、气14起、声13起。"
            "全年接待游客150万人次，境内游客120万人次，境外游客20万人次。全镇共有企业52家，其中规上企业60家。")
    rules = list(load_rulebook())
    both = audit_document(Document("a.txt", text), build_checkers(rules, select=["TO001", "TO002"]))
    for rule_id in ("TO001", "TO002"):
        alone = audit_document(Document("a.txt", text), build_checkers(rules, select=[rule_id]))
        assert [f for f in both if f.rule_id == rule_id] == alone
        assert alone, rule_id  # the text gives each rule something to say


_NORMALISE_PIECES = ["１", "２", "０", "９", "，", "．", "％", "個", "萬", "億", "數", "計", "1", "2", ",", ".", "%",
                     "个", "万", "共", "人", "，１２３", "１，２３４", " ", "\n", "櫥", "務", "眾", "乾", "後"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_NORMALISE_PIECES), st.characters()), max_size=40).map("".join))
def test_normalise_is_its_translation_tables(text):
    """One search decides whether a text needs normalising; what it then does is the tables' work (a text is
    simplified whole when it holds one of the marks of traditional script, and left as written else)."""
    from auditor import quantities

    reference = quantities._FULLWIDTH_THOUSANDS.sub(",", text).translate(quantities._TO_ASCII)
    if any(ch in text for ch in quantities._TRADITIONAL_MARKS):
        reference = reference.translate(quantities._SIMPLIFY)
    assert quantities.normalise(text) == reference
    assert len(quantities.normalise(text)) == len(text)


_BRACKET_PIECES = ["（", "）", "(", ")", "12人", "3户", "5.5万元", "，", "、", "其中", "共", "含", "40%", "。"]


@SETTINGS
@given(st.lists(st.sampled_from(_BRACKET_PIECES), max_size=30).map("".join))
def test_sentence_bracket_depths_are_those_of_each_quantity(text):
    """The grammar reads a quantity's bracket depth from the sentence's list (``_Sentence.paren``) where it
    counted the brackets before the quantity each time (``_paren_depth``)."""
    from auditor.quantities import normalise
    from auditor.relations import _paren_depth, _Sentence
    from auditor.textview import clean_view

    norm = normalise(clean_view(text).text)
    qs = parse_quantities(text)
    sentence = _Sentence(norm, 0, len(norm), qs)
    assert sentence.paren == [_paren_depth(norm, 0, q.clean_start) for q in qs]


_SUM_PIECES = ["共", "计", "数", "合", "总", "一", "有", "为", "约", "公", "达到", "总数", "共计", "合计", "一共", "人",
               "，"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_SUM_PIECES), st.characters()), max_size=12).map("".join))
def test_sum_words_are_searched_only_where_their_characters_are(prefix):
    from auditor import relations

    plain = relations._SUM_WORD.search(prefix) is not None or relations._SUM_BEFORE_NUMBER.search(prefix) is not None
    # (共 after an item's number is that item's own count, not a total: ②小学共81所)
    plain = plain and ("共" not in prefix or relations._ITEM_OF_A_LIST.search(prefix) is None)
    assert relations._is_sum_word(prefix) == plain


def test_every_sum_word_holds_one_of_the_shortcut_characters():
    from auditor import relations

    words = [*relations.CONSTRUCTIONS["sum_words"], "共", "共有", "共计", "合计", "总计", "一共", "总共"]
    assert all(any(ch in word for ch in relations._SUM_WORD_CHARS) for word in words)


_ANCHOR_PIECES = ["其中", "包括", "含", "分别", "合计", "总数", "共计", "一共", "总共", "共有", "共", "%", "百分之",
                  "由", "从", "到", "至", "男", "女", "超期", "按期", "未", "已", "12", "三", "人", "。", "！",
                  "\n", "，", "今年", "共完成", "累计", "三年", "除", "外", "其余", "上年", "去年", "比上年的",
                  "（去年同期", "较上年（", "除此之外"]


def _trigger_ranges_as_first_written(norm: str) -> list[tuple[int, int]]:
    """trigger_ranges as it was before an anchor that is itself a cue skipped the look at its sentence."""
    from auditor.quantities import _SCOPE_END, ANCHORS, CONTINUES, relation_cues, sentence_start

    ranges: list[tuple[int, int]] = []
    pos = 0
    while pos < len(norm):
        m = ANCHORS.search(norm, pos)
        if m is None:
            break
        start = sentence_start(norm, pos, m.start())
        e = _SCOPE_END.search(norm, m.end())
        end = e.end() if e is not None else len(norm)
        pos = end
        if not relation_cues(norm, start, end, first_only=True):
            continue
        if start > 0 and CONTINUES.match(norm, start):
            back = start - 1  # (the marks that end the sentence before passed over: 。⏎)
            while back > 0 and norm[back - 1] in "。！？!?\n":
                back -= 1
            start = sentence_start(norm, max(0, back - 400), back)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_ANCHOR_PIECES), st.characters()), max_size=40).map("".join))
def test_trigger_ranges_as_first_written(text):
    from auditor.quantities import trigger_ranges

    assert trigger_ranges(text) == _trigger_ranges_as_first_written(text)


_DELTA_PIECES = ["增加", "增长", "提高", "压缩", "增收", "增", "减", "降", "升", "多", "少", "了", "约", "近", "超过",
                 "逾", "大约", "将近", "大", "将", "超", "过", "比上年", "值", "\n", "，", "12"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_DELTA_PIECES), st.characters()), max_size=10).map("".join))
def test_a_change_verb_is_read_off_the_end_as_the_patterns_read_it(prefix):
    from auditor import relations

    assert relations._ends_with_change(prefix, relations._CHANGE_VERBS) == bool(
        relations._DELTA_PREFIX.search(prefix))
    assert relations._ends_with_change(prefix, relations._STRONG_CHANGE_VERBS) == bool(
        relations._STRONG_DELTA_PREFIX.search(prefix))
    # the shortcut on the last character never refuses what the pattern finds
    if relations._DELTA_PREFIX.search(prefix):
        assert prefix[-1:] in relations._DELTA_LAST


_CUE_PIECES = [*_ANCHOR_PIECES, "城镇", "城市", "农村", "线上", "线下", "合格", "不合格", "省内", "省外", "共同", "！",
               "？", "!", "?", "5%", "不"]


def _relation_cues_as_first_written(norm: str, start: int, end: int) -> int:
    from auditor.quantities import CHANGE_CUE, COMPLEMENTS, PERCENT_CUE, SUM_CUE, SUM_CUES

    sentence = norm[start:end]
    cues = PERCENT_CUE if "%" in sentence or "分之" in sentence or "‰" in sentence else 0
    # (searched in the text, not in the slice: 三年累计's look-behind may see the count before *start*)
    if SUM_CUES.search(norm, start, end) or any(x in sentence and y in sentence for x, y in COMPLEMENTS):
        cues |= SUM_CUE
    change = ("由" in sentence or "从" in sentence) and ("到" in sentence or "至" in sentence)
    last_year = re.search(r"(?:比|较|与)(?:(?:上年|去年|上一年)(?:同期|末|底)?|年初)(?:的|为|是)?[（(]?[0-9]"
                          r"|[（(](?:(?:上年|去年|上一年)(?:同期)?(?:为|是)?|上月(?:为|是)?|[0-9]{1,2}月份?(?:为|是))[0-9]",
                          sentence)
    before = re.search(r"(?:比|较)(?:(?:上年|去年|上一年)(?:同期|末|底)?|年初)(?:的|为|是)?[（(]?[0-9]", sentence)
    # an amount of change after a base stated by its period (上年同期为…，同比增加1992人)
    amount = re.search(r"(?:同比|环比|较上年|比上年|较上月|比上月|较去年|比去年)(?:同期|末|底)?(?:净)?"
                       r"(?:增加|减少|多|少)了?\s*[0-9]", sentence)
    # a growth after a base stated by its period (上年为24497起，降幅为11.1%)
    stated = re.search(r"(?:上年|去年|上一年|年初|月份|[0-9]月|上月|上季度)(?:同期|末|底)?(?:的)?"
                       r"(?:为|仅为|仅|只有)\s*[0-9]", sentence)
    # last year's value named by 上年 alone (上年334,092件)
    alone = re.search(r"(?:上年|去年)[0-9]", sentence)
    # a series of years' values (2022年299.54亿元、增长13.7%)
    series = cues & PERCENT_CUE and re.search(r"(?:19|20)[0-9]{2}年[0-9][0-9.,]*[^\s，,。；;、0-9]{0,4}[、，,]\s*"
                                               r"(?:增长|下降|提高|降低|增加|减少)", sentence)
    if change or ("年" in sentence and (last_year if cues & PERCENT_CUE else before)) or amount or \
            (cues & PERCENT_CUE and stated) or alone or series:
        cues |= CHANGE_CUE
    return cues


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_CUE_PIECES), st.characters()), max_size=30).map("".join),
       st.integers(0, 40), st.integers(0, 40))
def test_relation_cues_and_sentence_starts_as_first_written(text, lo, hi):
    from auditor.quantities import _SCOPE_CHARS, has_complement_pair, relation_cues, sentence_start

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    cues = relation_cues(text, lo, hi)
    assert cues == _relation_cues_as_first_written(text, lo, hi)
    assert bool(relation_cues(text, lo, hi, first_only=True)) == bool(cues)
    assert has_complement_pair(text, lo, hi) == has_complement_pair(text[lo:hi])
    last_end = max((i for i in range(lo, hi) if text[i] in _SCOPE_CHARS), default=lo - 1)
    assert sentence_start(text, lo, hi) == max(lo, last_end + 1)


def test_no_second_word_of_a_complementary_pair_overlaps_another():
    """has_complement_pair finds every second word with one search: no occurrence may hide another."""
    from auditor.quantities import _SCOPE_CHARS, _SCOPE_END, COMPLEMENTS

    seconds = {y for _, y in COMPLEMENTS}
    for a in seconds:
        for b in seconds:
            assert a == b or a not in b
            assert not any(a[k:] == b[:len(a) - k] for k in range(1, len(a)) if len(a) - k <= len(b))
    assert set(_SCOPE_CHARS) == {ch for ch in map(chr, range(0x10000)) if _SCOPE_END.fullmatch(ch)}


_UNNORMAL_PIECES = [*_ANCHOR_PIECES, "１２", "％", "．", "個", "總數", "共計", "合計", "為", "達", "約", "萬", "５０％"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_UNNORMAL_PIECES), st.characters()), max_size=40).map("".join))
def test_ranges_found_with_the_characters_to_normalise_are_those_of_the_normalised_text(text):
    from auditor.quantities import normalise, normalised_ranges, trigger_ranges

    norm = normalise(text)
    assert normalised_ranges(text) == (norm, trigger_ranges(norm))


def test_no_anchor_holds_a_character_to_normalise():
    """normalised_ranges counts on it: an anchor's match never hides a character that normalise changes."""
    from auditor.quantities import _FULLWIDTH_CHARS, _TRADITIONAL_MARKS, ANCHORS
    from auditor.traditional import TRADITIONAL

    for ch in _FULLWIDTH_CHARS + _TRADITIONAL_MARKS:
        for before, after in (("共", "12"), ("共有", "12"), ("其", "中"), ("", "12"), ("共", "")):
            m = ANCHORS.search(before + ch + after)
            assert m is None or ch not in m.group()
    # (and no anchor is written with a character that a text in traditional script has simplified)
    from auditor.quantities import _ANCHORS_PATTERN

    assert not set(_ANCHORS_PATTERN) & set(TRADITIONAL)


def _sentences_with_cues(norm: str) -> list[tuple[int, int]]:
    """trigger_ranges by its definition: every sentence (up to and with 。！？!? or a line break) that has
    the words of a relation (relation_cues), with the sentence before one that goes on from it
    (CONTINUES, at most 400 characters back from that sentence's last character; sentences of nothing but
    their end, 。⏎, passed over), adjacent ones merged; no anchor search at all."""
    from auditor.quantities import _SCOPE_CHARS, CONTINUES, relation_cues

    ranges: list[tuple[int, int]] = []
    start = 0
    starts = [0]  # (where each sentence starts)
    for i, ch in enumerate(norm + "\0"):
        if ch in _SCOPE_CHARS or i == len(norm):
            end = min(i + 1, len(norm))
            if start < end and relation_cues(norm, start, end):
                first = start
                if start > 0 and CONTINUES.match(norm, start):
                    back = start
                    while back > 0 and norm[back - 1] in _SCOPE_CHARS:
                        back -= 1
                    first = max([s for s in starts if s < back] or [0])
                    first = max(first, back - 400)
                if ranges and first <= ranges[-1][1]:
                    ranges[-1] = (ranges[-1][0], end)
                else:
                    ranges.append((first, end))
            start = end
            starts.append(start)
    return ranges


_EVERY_CUE_PIECES = [*_CUE_PIECES, "一共", "一", "共同", "市外", "市", "外", "省外", "县外", "境外", "国外",
                     "民办", "民", "办", "不合格", "不", "合格", "分别", "分", "别", "农村", "村", "线下", "超期",
                     "总共", "总计", "计", "包含", "涵盖", "百分之", "公办", "境内", "国内", "省内", "县内", "按期",
                     "正常", "异常", "城镇", "上年", "去年", "超计划", "超额完成", "小计", "7月为", "（"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_EVERY_CUE_PIECES), st.characters()), max_size=30).map("".join))
def test_the_anchors_find_every_sentence_with_the_words_of_a_relation(text):
    from auditor.quantities import normalised_ranges, trigger_ranges

    assert trigger_ranges(text) == _sentences_with_cues(text)
    assert normalised_ranges(text)[1] == _sentences_with_cues(normalised_ranges(text)[0])


def test_every_cue_word_and_complementary_pair_is_found_by_an_anchor():
    from auditor.quantities import COMPLEMENTS, trigger_ranges

    words = ["其中", "包括", "涵盖", "包含", "含", "分别", "合计", "总计", "总数", "共计", "一共", "总共", "共有"]
    for word in words:
        sentence = f"本镇{word}12户，另有3户。"  # (全年合计… goes on from the sentence before)
        assert trigger_ranges(f"今年工作。{sentence}明年计划。") == [(5, 5 + len(sentence))], word
    for x, y in COMPLEMENTS:
        sentence = f"{x}12人，{y}3人。"
        assert trigger_ranges(f"今年工作。{sentence}明年计划。") == [(5, 5 + len(sentence))], (x, y)
