"""``auditor.quantities``: numbers, units, magnitudes, qualifiers and offsets, as exact intervals.

Every example sentence here is made up for the tests. The round-trip properties format random numbers
in several styles (plain, thousands separators, full-width digits, Chinese numerals by our own
formatter and, when it is installed, by ``cn2an``) and read them back.
"""

from __future__ import annotations

import numbers
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor.quantities import Quantity, parse_chinese_number, parse_quantities
from auditor.textview import clean_view

try:  # an independent oracle for Chinese numerals (test-only, from the dev extra)
    import cn2an
except ImportError:  # pragma: no cover - depends on the environment
    cn2an = None

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only(text: str) -> Quantity:
    """The single quantity of *text* (fails when there is not exactly one)."""
    found = parse_quantities(text)
    assert len(found) == 1, [(text[q.start:q.end], q.value) for q in found]
    return found[0]


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in parse_quantities(text)]


# --------------------------------------------------------------------------- our own Chinese numerals

_DIGITS = "零一二三四五六七八九"


def _section(n: int, leading: bool) -> str:
    """0 < n < 10000 in Chinese; ``leading`` writes 10–19 as 十… rather than 一十…"""
    out, zero = "", False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out, zero = out + "零", False
        if place == 10 and digit == 1 and not out and leading:
            out += "十"
        else:
            out += _DIGITS[digit] + name
    return out


def to_chinese(n: int) -> str:
    """Standard Chinese numeral of 0 <= n < 10^8: 12 → 十二, 1005 → 一千零五, 100010 → 十万零一十."""
    assert 0 <= n < 10**8
    if n == 0:
        return "零"
    high, low = divmod(n, 10**4)
    if not high:
        return _section(low, True)
    out = _section(high, True) + "万"
    if low:
        out += ("零" if low < 1000 else "") + _section(low, False)
    return out


def with_liang(chinese: str) -> str:
    """The colloquial 两 for a leading 二 before 千/万/百: 二千五百 → 两千五百."""
    if chinese[:1] == "二" and chinese[1:2] in ("千", "万", "百"):
        return "两" + chinese[1:]
    return chinese


@pytest.mark.parametrize(("n", "expected"), [
    (0, "零"), (7, "七"), (10, "十"), (12, "十二"), (20, "二十"), (37, "三十七"), (105, "一百零五"),
    (110, "一百一十"), (1005, "一千零五"), (1010, "一千零一十"), (10005, "一万零五"), (100010, "十万零一十"),
    (12345, "一万二千三百四十五"), (20000000, "二千万"), (99999999, "九千九百九十九万九千九百九十九"),
])
def test_own_formatter(n, expected):
    assert to_chinese(n) == expected


# --------------------------------------------------------------------------- Arabic numbers

@pytest.mark.parametrize(("text", "value", "decimals"), [
    ("共有1,234人", 1234, 0),
    ("全年12,345,678人次", 12345678, 0),
    # a full-width comma between ASCII digit groups (an input method's comma): a thousands separator too
    ("共有2，810人", 2810, 0),
    ("全年12，345，678人次", 12345678, 0),
    ("完成投资1，020.5万元", Fraction(10205000), 1),
    ("增加1.5个", Fraction(3, 2), 1),
    ("共１２３人", 123, 0),
    ("达到１２．５个", Fraction(25, 2), 1),
    ("0人", 0, 0),
    ("面积0.25亩", Fraction(1, 4), 2),
    ("长度1.50米", Fraction(3, 2), 2),
    # a decimal in numerals, read whole (not 四名 alone)
    ("平均每村三点四名", Fraction(17, 5), 1),
    ("人均二点五万元", 25000, 1),
])
def test_arabic_numbers(text, value, decimals):
    q = only(text)
    assert q.value == value
    assert q.decimals == decimals


@pytest.mark.parametrize("text", ["全市GDP4,807万元", "编号X1,234个", "全市GDP2，810亿元"])
def test_the_digits_after_a_thousands_comma_are_no_number_of_their_own(text):
    # a number that starts right after letters is a code or a name (X707847), and so is the rest of it:
    # 807万元 is not read out of GDP4,807万元
    assert parse_quantities(text) == []


def test_counted_integers_are_exact():
    q = only("走访群众120户。")
    assert (q.low, q.value, q.high) == (120, 120, 120)
    assert q.exact and q.unit == "户" and q.qualifier is None


def test_decimals_allow_half_the_last_place():
    q = only("面积12.34亩")
    assert q.low == Fraction("12.335") and q.high == Fraction("12.345")
    assert q.decimals == 2 and not q.exact


# --------------------------------------------------------------------------- Chinese numerals

@pytest.mark.parametrize(("numeral", "value"), [
    ("一百二十三", 123), ("两千", 2000), ("十二", 12), ("三十七", 37), ("〇", 0), ("零", 0), ("一千零五", 1005),
    ("十", 10), ("一百零一", 101), ("两百", 200), ("九千九百九十九", 9999), ("二〇二二", 2022),
    ("一万二千三百四十五", 12345), ("十万零一十", 100010), ("两万", 20000),
])
def test_parse_chinese_number(numeral, value):
    assert parse_chinese_number(numeral) == value


@pytest.mark.parametrize("word", ["", "个", "一个", "百万亿", "万", "十x"])
def test_parse_chinese_number_rejects_other_words(word):
    assert parse_chinese_number(word) is None


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("一百二十三个", 123, "个"), ("两千人", 2000, "人"), ("十二项", 12, "项"), ("三十七家", 37, "家"),
    ("〇人", 0, "人"), ("一千零五件", 1005, "件"), ("一万二千三百四十五人", 12345, "人"),
    ("三万户", 30000, "户"), ("一千零一十万元", 10100000, "元"),
])
def test_chinese_numerals_with_units(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (value, unit)
    assert text[q.start:q.end] == text


@pytest.mark.parametrize("text", ["一是", "二是加强", "十大工程", "三令五申", "一心一意", "万众一心"])
def test_chinese_numerals_without_unit_are_words(text):
    assert parse_quantities(text) == []


# --------------------------------------------------------------------------- magnitudes and units

@pytest.mark.parametrize(("text", "value", "unit", "low", "high"), [
    ("1.2万人", 12000, "人", 11500, 12500),
    ("3千余株", 3000, "株", 3000, 4000),
    ("2.76万亿元", 2760 * 10**9, "元", 2755 * 10**9, 2765 * 10**9),
    ("8600万元", 86 * 10**6, "元", 86 * 10**6 - 5000, 86 * 10**6 + 5000),
    ("3.5亿元", 350 * 10**6, "元", 345 * 10**6, 355 * 10**6),
    ("投入12.5万元", 125000, "元", 124500, 125500),
    ("2千元", 2000, "元", 1500, 2500),
])
def test_magnitudes(text, value, unit, low, high):
    q = only(text)
    assert (q.value, q.unit, q.low, q.high) == (value, unit, low, high)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("5万元", 50000, "元"), ("2亿元", 2 * 10**8, "元"), ("3千元", 3000, "元"), ("7元", 7, "元"),
    ("5公里", 5000, "米"), ("2.5千米", 2500, "米"), ("300米", 300, "米"),
    ("3平方公里", 3 * 10**6, "平方米"), ("2吨", 2000, "千克"), ("15公斤", 15, "千克"),
    ("6名", 6, "人"), ("6位", 6, "人"), ("4人次", 4, "人次"), ("9户次", 9, "户次"), ("12批次", 12, "批次"),
    ("8场次", 8, "场次"), ("8场", 8, "场"), ("20亩", 20, "亩"), ("3所学校", 3, "所"),
])
def test_units_convert_to_a_base_unit(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_written_unit_and_factor_are_kept():
    q = only("投入资金3.5万元")
    assert (q.written_unit, q.factor) == ("万元", 10**4)
    road = only("修建道路12公里")
    assert (road.written_unit, road.factor, road.unit) == ("公里", 1000, "米")


def test_person_and_person_times_are_different_units():
    person, times = parse_quantities("培训干部30人，累计培训120人次。")
    assert person.unit == "人" and times.unit == "人次"
    assert person.unit != times.unit


@pytest.mark.parametrize(("text", "expected"), [
    ("共有脱贫户489户2540人。", [(489, "户"), (2540, "人")]),
    ("全年批准逮捕136件219人。", [(136, "件"), (219, "人")]),
    ("查处非法捕捞12起15人。", [(12, "起"), (15, "人")]),
])
def test_a_count_of_households_or_cases_runs_on_into_the_people_it_concerns(text, expected):
    assert [(q.value, q.unit) for q in parse_quantities(text)] == expected


def test_no_unit_is_an_empty_unit():
    q = parse_quantities("按期办理数22、超期办理数3。")
    assert [(x.value, x.unit) for x in q] == [(22, ""), (3, "")]


def test_traditional_units_are_simplified():
    q = only("共計種植果樹3萬畝")
    assert (q.value, q.unit) == (30000, "亩")


def test_a_text_in_traditional_script_is_simplified_whole_and_simplified_text_is_left_alone():
    from auditor.quantities import normalise

    # (one of the commonest traditional characters marks the text; then every traditional one is simplified, one to
    # one, so that offsets hold)
    assert normalise("共計服務困難群眾1286人") == "共计服务困难群众1286人"
    # (without one of the marks a text is read as written: a name in traditional characters in a simplified report)
    assert normalise("服務困難群眾") == "服務困難群眾"
    # characters that simplified text writes too (乾 of 乾坤, 著 of 著名, 幺) are never changed
    assert normalise("著名的乾坤湾景区接待游客5万人次，幺妹") == "著名的乾坤湾景区接待游客5万人次，幺妹"
    assert normalise("著名的乾坤灣景區為") == "著名的乾坤湾景区为"


# --------------------------------------------------------------------------- qualifiers

@pytest.mark.parametrize(("text", "qualifier", "low", "high"), [
    ("200余人", "余", 200, 300),
    ("3千余株", "余", 3000, 4000),
    ("60多万元", "多", 600000, 780000),  # (three tenths more is wider than the next unit: 余/多 are often loose)
    ("100多人", "多", 100, 200),
    ("一万二千余人", "余", 12000, 15600),
    ("97余场", "余", 97, Fraction(1261, 10)),
    ("超过100人", "超过", 100, None),
    ("逾40人", "逾", 40, None),
    ("超50家", "超", 50, None),
    ("100人以上", "以上", 100, None),
    ("不足10人", "不足", 0, 10),
    ("不到10人", "不到", 0, 10),
    ("10人以下", "以下", 0, 10),
    ("约50人", "约", 45, 55),
    ("大约50人", "大约", 45, 55),
    ("50人左右", "左右", 45, 55),
    ("近30人", "近", 27, 30),
    ("将近30人", "将近", 27, 30),
    ("接近30人", "接近", 27, 33),
    ("约4000人", "约", 3500, 4500),  # a round number: the rounding its zeros imply is wider than ±10%
    ("约4400人", "约", 3960, 4840),
])
def test_qualifiers_give_intervals(text, qualifier, low, high):
    q = only(text)
    assert q.qualifier == qualifier
    assert (q.low, q.high) == (low, high)
    assert not q.exact


def test_approximate_interval_is_half_open_for_yu():
    """``3千余`` is at least 3000 and less than 4000: the interval's upper end is the next place."""
    q = only("种植3千余株")
    assert q.value == 3000 and q.low == 3000 and q.high == 4000


def test_qualifier_is_not_part_of_the_label():
    q = only("参加培训超过100人")
    assert q.qualifier == "超过"
    assert q.label == "参加培训"


# --------------------------------------------------------------------------- labels and sentences

def test_labels_are_the_words_before_the_number():
    qs = parse_quantities("受理投诉620件，办结601件，其中按期办结590件。")
    assert [q.label for q in qs] == ["受理投诉", "办结", "其中按期办结"]


def test_label_is_at_most_twelve_characters():
    q = only("这是非常非常非常非常非常长的标签说明文字12人")
    assert len(q.label) <= 12
    assert q.label.endswith("说明文字")


def test_sentences_split_at_stops_and_line_breaks():
    qs = parse_quantities("甲队12人，乙队8人。丙队5人；丁队3人\n戊队4人")
    assert [q.sentence for q in qs] == [0, 0, 1, 2, 3]


# --------------------------------------------------------------------------- offsets and pinyin

def test_offsets_without_annotations():
    text = "全镇共有农户1,234户，其中脱贫户56户。"
    for q in parse_quantities(text):
        assert text[q.start:q.end] in ("1,234户", "56户")


def test_offsets_map_back_across_pinyin_annotations():
    text = "合計(jì)26人次"
    q = only(text)
    assert text[q.start:q.end].startswith("26")
    assert text[q.start:q.end] == "26人次"
    assert q.label == "合计"


def test_offsets_when_the_annotation_is_inside_the_quantity():
    text = "投入資(zī)金26萬(wàn)元，辦(bàn)結(jié)12件"
    first, second = parse_quantities(text)
    assert text[first.start:first.end] == "26萬(wàn)元"
    assert first.value == 260000 and first.unit == "元"
    assert text[second.start:second.end] == "12件"
    assert second.label == "办结"  # (a text in traditional script is read in simplified characters)


def test_clean_view_maps_offsets():
    view = clean_view("處(chǔ)置12件")
    assert view.text == "處置12件"
    assert view.original(0) == 0 and view.original(1) == 6 and view.original(len(view.text)) == len("處(chǔ)置12件")


def test_clean_view_keeps_ordinary_brackets():
    text = "共有(含临时)12人(2022)"
    view = clean_view(text)
    assert view.text == text


# --------------------------------------------------------------------------- things that are not quantities

@pytest.mark.parametrize("text", [
    "2022年", "2022年度", "5月23日", "〔2022〕15号", "[2021]7号", "联系电话13812345678。", "电话0791-86123456",
    "E8", "S351", "5G", "G60", "第3名", "第十二个", "一是", "3.5.1", "v1.2", "#12", "No.5", "ISO9001",
])
def test_not_quantities(text):
    assert parse_quantities(text) == [], spans(text)


def test_years_dates_and_numbers_next_to_real_quantities():
    text = "2022年5月23日，依据〔2022〕15号文件，走访群众120户，联系电话13812345678。"
    assert spans(text) == ["120户"]


def test_percentage_points_are_not_counts():
    (q,) = parse_quantities("满意率提高2.5个百分点")
    assert q.unit == "百分点" and q.value == Fraction("2.5") and not q.is_percent
    assert q.written_unit == "个百分点" and (q.start, q.end) == (5, 12)
    assert parse_quantities("占比提高3百分点") == []


def test_percentages():
    q = only("办结率98.67%")
    assert q.is_percent and q.value == Fraction("98.67") and q.decimals == 2
    assert (q.low, q.high) == (Fraction("98.665"), Fraction("98.675"))
    full = only("达到９５％")
    assert full.is_percent and full.value == 95
    words = only("覆盖率百分之九十五")
    assert words.is_percent and words.value == 95


def test_a_count_is_not_a_percentage():
    assert parse_quantities("12人%") == []


# --------------------------------------------------------------------------- round trips

UNITS = [("人", 1, "人"), ("户", 1, "户"), ("件", 1, "件"), ("个", 1, "个"), ("家", 1, "家"), ("项", 1, "项"),
         ("人次", 1, "人次"), ("万元", 10**4, "元"), ("公里", 1000, "米")]
LABELS = ["共有", "走访群众", "安置", "累计帮扶", "新建", "全镇"]
_FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def arabic_styles(text: str) -> list[str]:
    """Plain, with thousands separators and in full-width digits."""
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return [text, grouped, text.translate(_FULL_WIDTH), grouped.translate(_FULL_WIDTH)]


def read_back(label: str, written: str, unit: str) -> Quantity:
    text = f"{label}{written}{unit}。"
    q = only(text)
    assert text[q.start:q.end] == f"{written}{unit}"
    return q


@SETTINGS
@given(n=st.integers(0, 10**12), unit=st.sampled_from(UNITS), label=st.sampled_from(LABELS))
@example(n=1234567, unit=UNITS[0], label="共有")
def test_round_trip_integers(n, unit, label):
    written_unit, factor, base = unit
    for written in arabic_styles(str(n)):
        q = read_back(label, written, written_unit)
        assert q.value == n * factor, written
        assert q.unit == base and q.decimals == 0
        assert q.low <= q.value and (q.high is None or q.value <= q.high)


@SETTINGS
@given(whole=st.integers(0, 10**9), fraction=st.integers(0, 999), decimals=st.integers(1, 3),
       unit=st.sampled_from(UNITS), label=st.sampled_from(LABELS))
def test_round_trip_decimals(whole, fraction, decimals, unit, label):
    fraction %= 10**decimals
    written_unit, factor, _base = unit
    number = f"{whole}.{fraction:0{decimals}d}"
    expected = Fraction(number)
    for written in arabic_styles(number):
        q = read_back(label, written, written_unit)
        assert q.value == expected * factor, written
        assert q.decimals == decimals
        half = Fraction(1, 10**decimals) * factor / 2
        assert (q.low, q.high) == (q.value - half, q.value + half)


COUNT_UNITS = [u for u in UNITS if u[1] == 1]


@SETTINGS
@given(n=st.integers(0, 10**8 - 1), unit=st.sampled_from(COUNT_UNITS), label=st.sampled_from(LABELS))
@example(n=12345, unit=COUNT_UNITS[0], label="共有")
@example(n=100010, unit=COUNT_UNITS[0], label="共有")
@example(n=20000, unit=COUNT_UNITS[0], label="共有")
def test_round_trip_chinese_numerals(n, unit, label):
    written_unit, _factor, base = unit
    chinese = to_chinese(n)
    for written in {chinese, with_liang(chinese)}:
        q = read_back(label, written, written_unit)
        assert q.value == n, written
        assert q.unit == base
    assert parse_chinese_number(chinese) == n


@pytest.mark.skipif(cn2an is None, reason="cn2an is not installed (pip install -e .[dev])")
@SETTINGS
@given(n=st.integers(0, 10**8 - 1), unit=st.sampled_from(COUNT_UNITS))
@example(n=10, unit=COUNT_UNITS[0])
@example(n=100001, unit=COUNT_UNITS[0])
def test_round_trip_against_cn2an(n, unit):
    written_unit, _factor, base = unit
    theirs = cn2an.an2cn(n)
    assert to_chinese(n) == theirs  # our formatter agrees with an independent one
    q = read_back("共有", theirs, written_unit)
    assert q.value == n and q.unit == base


# --------------------------------------------------------------------------- robustness

_PIECES = ["1", "2", "0", "12", "3.5", "1,234", "１２", "．", "，", "、", "。", "；", "\n", " ", "%", "％", "%%",
           "百分之", "一", "二", "两", "十", "百", "千", "万", "亿", "零", "〇", "余", "多", "约", "近", "超过", "不足",
           "左右", "以上", "以下", "人", "人次", "万元", "亿元", "公里", "亩", "个", "个百分点", "合计", "其中",
           "分别是", "第", "〔", "〕", "号", "年", "月", "日", "(jì)", "(", ")", "E", "G", "-", ".", ",", "率"]
noisy_text = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), st.characters()),
    max_size=50,
).map("".join)


@SETTINGS
@given(text=st.one_of(st.text(), noisy_text))
def test_never_crashes_and_intervals_are_sane(text):
    found = parse_quantities(text)
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.low <= q.value
        assert q.high is None or q.value <= q.high
        # exact rationals, never floats: whole numbers stay int (cheaper), the rest are Fractions
        for bound in (q.value, q.low, q.high):
            assert bound is None or (isinstance(bound, numbers.Rational) and not isinstance(bound, bool))


@SETTINGS
@given(pieces=st.lists(st.sampled_from(["", "(jì)", "(wàn)", "(chǔ)", "(hé)"]), min_size=3, max_size=3),
       n=st.integers(0, 10**6), unit=st.sampled_from(["人次", "萬(wàn)元", "戶(hù)"]))
def test_offsets_survive_annotations(pieces, n, unit):
    """Annotations anywhere after Han characters: the span still starts at the number and ends at the unit."""
    text = "合" + pieces[0] + "計" + pieces[1] + "辦" + pieces[2] + f"{n}{unit}，另有5人。"
    q, other = parse_quantities(text)
    # an annotation inside the span stays in it; one after the last character does not
    assert text[q.start:q.end] == f"{n}{unit.removesuffix('(hù)')}"
    assert q.label == "合计办"
    assert text[other.start:other.end] == "5人"


@pytest.mark.parametrize(
    "text, cleaned",
    [
        ("共查处 38 起，其中水 12 起", "共查处38起，其中水12起"),
        ("办结率 98.6 %", "办结率98.6%"),
        ("投入\u3000120\u3000万元", "投入120万元"),
        ("共 1 234 户", "共1 234户"),  # never between two digits: 1 234 is not read as 1234 here
        ("2024 年", "2024年"),
        ("Windows 10 system", "Windows 10 system"),
    ],
)
def test_clean_view_drops_spaces_around_numbers(text, cleaned):
    view = clean_view(text)
    assert view.text == cleaned
    # every kept character maps back to the same character of the original
    assert all(text[view.original(i)] == ch for i, ch in enumerate(view.text))


def test_bounds_are_computed_on_first_use_and_a_replaced_bound_is_kept():
    from auditor.quantities import _PENDING

    (q,) = parse_quantities("面积约1.5万亩")
    assert q._low is _PENDING and q._high is _PENDING  # nothing computed by the parse
    copy = q.replace(low=Fraction(1))
    assert (copy.low, copy.high) == (Fraction(1), Fraction(17050))  # the given low stays, high is computed
    assert (q.low, q.high) == (Fraction(13050), Fraction(17050))  # 1.5万 is 14500 to 15500, 约 widens it by 10 %
    assert q.interval == (q.low, q.high) and q._spec is copy._spec


# the quantity pattern as first written (a look-ahead first): the current one matches its first
# character before any look-around, and must find exactly the same numbers
_FIRST_QUANTITY_HEAD = (
    r"(?=[0-9零〇一二两三四五六七八九十])"
    r"(?P<num>(?<![A-Za-z0-9.\-_/#])(?!(?<=[0-9],)[0-9]{3}(?![0-9]))[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?"
    r"|(?<![零〇一二两三四五六七八九十百千万亿])(?:[零〇一二两三四五六七八九]|十)[零〇一二两三四五六七八九十百千]*"
    r"(?:万(?:零[一二三四五六七八九十]|[一二两三四五六七八九]?[千百十])[零〇一二两三四五六七八九十百千]*)?)")


_NUMBER_ALPHABET = "0123456789零〇一二两三四五六七八九十百千万亿余多元人个%.,-_/#aZ年月平方公里 、，"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_NUMBER_ALPHABET, max_size=24))
def test_the_quantity_pattern_finds_what_its_first_form_found(text):
    import re

    from auditor import quantities

    pattern = quantities._QUANTITY.pattern
    tail = pattern[pattern.index("(?P<q0>"):]
    first = re.compile(_FIRST_QUANTITY_HEAD + tail)
    assert [(m.span(), m.groups()) for m in quantities._QUANTITY.finditer(text)] == \
        [(m.span(), m.groups()) for m in first.finditer(text)]


def test_a_list_takes_the_unit_written_after_its_last_number():
    qs = parse_quantities("依次为1.22、1.45、0.86万亩，分别是506、495平方米")
    assert [(q.unit, q.factor) for q in qs] == [("亩", 10**4)] * 3 + [("平方米", 1)] * 2
    assert [float(q.value) for q in qs] == [12200.0, 14500.0, 8600.0, 506.0, 495.0]
    assert float(qs[0].low) == 12150.0  # (rounded to the 万's last decimal)


def test_a_bare_decimal_without_a_unit_is_no_quantity():
    assert parse_quantities("软件版本1.2、1.3均已停用。") == []
    assert [q.value for q in parse_quantities("分别为37.1万、59.8万元")] == [371000, 598000]


def test_a_round_or_kind_named_with_ci_is_no_count():
    # 一次性, 二次救助120人次, 一次检查合格40次: which round or what kind, with a count of its own after it
    assert spans("其中一次性补助80万元") == ["80万元"]
    assert spans("二次救助120人次，一次检查合格40次") == ["120人次", "40次"]
    # counted times stay counts: after a list mark, or with no count of their own in the clause
    assert spans("其中线上两次、线下三次") == ["两次", "三次"]
    assert spans("组织三次集中检查。") == ["三次"]


@pytest.mark.parametrize(("text", "values"), [
    # a bare amount in a list, the unit written after the last: its digits before the point count, not the point
    ("分别安排265.95、2930.22、995.79、1355.17万元", [2659500, 29302200, 9957900, 13551700]),
    ("分别兑现1958.77、493.95万元", [19587700, 4939500]),
])
def test_bare_amounts_of_a_list_take_the_lists_unit(text, values):
    assert [int(q.value) for q in parse_quantities(text)] == values


def test_a_bare_number_of_seven_digits_is_no_amount():
    assert [q.value for q in parse_quantities("编号1234567、2345678号")] == []


def test_a_list_of_months_takes_the_unit_written_after_its_last_figure():
    found = parse_quantities("分月情况：1月151.1、2月183.6、3月188.8、4月113.8万吨，1-4月累计637.3万吨。")
    assert [(str(q.value), q.unit) for q in found if q.value > 1000] == [
        ("1511000000", "千克"), ("1836000000", "千克"), ("1888000000", "千克"), ("1138000000", "千克"),
        ("6373000000", "千克")]
