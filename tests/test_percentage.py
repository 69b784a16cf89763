"""Percentages (PC001–PC005): the exact rate rule, roles, shares, share-type rates, malformed and mixed signs.

Example sentences are made up for the tests.
"""

from __future__ import annotations

import functools
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def checkers(*select: str):
    """Built on first use inside a test, so rule loading uses the session's cache directory."""
    return build_checkers(list(load_rulebook()), select=list(select))


def audit(text: str, *select: str) -> tuple[list, list]:
    doc = Document("example.txt", text)
    findings = audit_document(doc, checkers(*(select or ("PC",))))
    return findings, doc.cache["verified"]


def rate_verdict(text: str) -> str:
    """'ok' (verified), 'bad' (PC001) or 'unchecked' for the single rate of *text*."""
    findings, verified = audit(text, "PC001")
    assert len(findings) + len(verified) <= 1, ([f.message for f in findings], [v.message for v in verified])
    if findings:
        assert findings[0].rule_id == "PC001" and findings[0].severity == "error"
        return "bad"
    return "ok" if verified else "unchecked"


def assert_clean(text: str, *select: str):
    findings, _ = audit(text, *select)
    assert findings == [], [(f.rule_id, f.message) for f in findings]


# --------------------------------------------------------------------------- the decision rule

def test_the_float_trap_is_real():
    """In floating point 29/200 is just below 14.5%, so a float test would reject a rounded 15%."""
    assert 29 / 200 * 100 < 14.5
    assert Fraction(29, 200) * 100 == Fraction(29, 2)


@pytest.mark.parametrize(("rate", "verdict"), [
    ("15", "ok"),     # 14.5 rounds half up to 15
    ("14", "ok"),     # truncation: 14.5 < 15
    ("16", "bad"),
    ("13", "bad"),
    ("14.5", "ok"),
    ("14.6", "bad"),
    ("14.4", "bad"),  # 14.5 is not below 14.4 + 0.1: the interval is half-open
    ("14.50", "ok"),
])
def test_float_trap_batches(rate, verdict):
    assert rate_verdict(f"抽检食品200批次，合格29批次，合格率{rate}%。") == verdict


@pytest.mark.parametrize(("rate", "verdict"), [
    ("96.94", "ok"),   # 96.9354… rounded
    ("96.93", "ok"),   # truncated
    ("96.95", "bad"),
    ("96.92", "bad"),
    ("96.9", "ok"),
    ("97", "ok"),
    ("96", "ok"),      # truncated to whole percent
    ("98", "bad"),
])
def test_two_decimal_and_coarser_rates(rate, verdict):
    assert rate_verdict(f"受理投诉620件，办结601件，办结率{rate}%。") == verdict


@pytest.mark.parametrize(("rate", "verdict"), [
    ("33.33", "ok"), ("33.34", "bad"), ("33.3", "ok"), ("33", "ok"), ("34", "bad"), ("33.32", "bad"),
])
def test_thirds(rate, verdict):
    assert rate_verdict(f"受理投诉3件，办结1件，办结率{rate}%。") == verdict


def decimal(units: int, decimals: int) -> str:
    """``units`` × 10^-decimals written out exactly: (1450, 2) → 14.50."""
    if not decimals:
        return str(units)
    digits = str(units).rjust(decimals + 1, "0")
    return f"{digits[:-decimals]}.{digits[-decimals:]}"


@SETTINGS
@given(pair=st.integers(1, 100000).flatmap(lambda b: st.tuples(st.just(b), st.integers(0, b))),
       decimals=st.integers(0, 3), extra=st.integers(0, 10**5))
@example(pair=(200, 29), decimals=0, extra=16)
@example(pair=(603, 595), decimals=2, extra=9868)
def test_decision_rule_matches_exact_arithmetic(pair, decimals, extra):
    """A stated rate is accepted exactly when r − u/2 ≤ 100·a/b < r + u, computed with fractions."""
    b, a = pair
    exact = Fraction(100 * a, b)
    scale = 10**decimals
    truncated = exact * scale // 1
    rounded = (exact * scale + Fraction(1, 2)) // 1
    for units in {truncated, rounded, truncated - 1, rounded + 1, extra % (100 * scale + 1)}:
        if not 0 <= units <= 100 * scale:
            continue
        r, u = Fraction(units, scale), Fraction(1, scale)
        expected = "ok" if r - u / 2 <= exact < r + u else "bad"
        text = f"受理投诉{b}件，办结{a}件，办结率{decimal(units, decimals)}%。"
        assert rate_verdict(text) == expected, (text, float(exact))


# --------------------------------------------------------------------------- qualifiers on the rate

@pytest.mark.parametrize(("rate", "verdict"), [
    ("约98%", "ok"), ("约99%", "ok"), ("约90%", "bad"), ("98%左右", "ok"),
    ("近99%", "ok"), ("近98.7%", "ok"), ("近98%", "ok"), ("近95%", "bad"),
    ("超过98%", "ok"), ("超过99%", "bad"),
    ("不足99%", "ok"), ("不足98%", "bad"),
])
def test_qualifiers_on_the_rate(rate, verdict):
    # 595 / 603 = 98.673…%
    assert rate_verdict(f"排查隐患603处，整改595处，整改率{rate}。") == verdict


def test_approximate_operands_widen():
    """600余件 is 600–780 (up to 700, or three tenths more: 余 is often loose): 580/780 ≈ 74.4% up to 580/600
    ≈ 96.7%."""
    assert rate_verdict("受理投诉600余件，办结580件，办结率90%。") == "ok"
    assert rate_verdict("受理投诉600余件，办结580件，办结率80%。") == "ok"
    assert rate_verdict("受理投诉600余件，办结580件，办结率70%。") == "bad"
    assert rate_verdict("受理投诉600余件，办结580件，办结率99%。") == "bad"
    assert rate_verdict("受理投诉600件，办结580件，办结率90%。") == "bad"


def test_message_shows_arithmetic_and_gap():
    findings, _ = audit("受理投诉620件，办结601件，办结率97.5%。", "PC001")
    [f] = findings
    assert "601 / 620 = 96.94%" in f.message
    assert "97.5%" in f.message
    assert "rounding units" in f.message
    assert "off by 5.1 rounding units" in f.message  # [97.45, 97.6) is 0.51 points above 96.935…
    findings, _ = audit("抽检食品200批次，合格29批次，合格率16%。", "PC001")
    assert "off by 1 rounding units" in findings[0].message


def test_message_span_is_the_rate():
    text = "受理投诉620件，办结601件，办结率97.5%。"
    [f] = audit(text, "PC001")[0]
    assert text[f.start:f.end] == "97.5%"


def test_verified_message():
    _, verified = audit("受理投诉603件，办结595件，办结率98.67%。", "PC001")
    [v] = verified
    assert v.message == "rate checked: 595 / 603 = 98.673% (stated 98.67%)"
    assert v.severity == "info" and v.verified and v.subtype == "rate-stem"


# --------------------------------------------------------------------------- roles

def test_numerator_and_denominator_roles():
    assert rate_verdict("受理投诉620件，办结601件，办结率96.94%。") == "ok"
    assert rate_verdict("发现问题80条，已完成整改70条，整改率为87.5%。") == "ok"
    assert rate_verdict("发现问题80条，已完成整改70条，整改率为90.3%。") == "bad"


def test_the_closest_label_is_the_numerator():
    text = "受理投诉620件，按期办结590件，办结601件，按期办结率95.16%。"
    _, verified = audit(text, "PC001")
    assert [v.message for v in verified] == ["rate checked: 590 / 620 = 95.161% (stated 95.16%)"]


@pytest.mark.parametrize("text", [
    "投入资金500万元，拨付300万元，资金使用率100%。",
    "受理投诉620件，办结601件，群众满意率50%。",
    "受理投诉620件，办结601件，回访率12%。",
    "走访群众300户，收集意见50条，知晓率80%。",
])
def test_a_rate_whose_action_is_not_in_an_earlier_label_is_not_checked(text):
    assert rate_verdict(text) == "unchecked"


def test_a_rate_that_sums_up_the_counts_of_its_paragraph_is_recomputed():
    assert rate_verdict("受理投诉620件，办结601件。办结率50%。") == "bad"
    assert rate_verdict("受理投诉620件。压实责任。已办结601件。经统计，办结率为96.9%。") == "ok"
    # a heading's rate, the counts in the line under it
    assert rate_verdict("（一）办结率达100%\n受理投诉620件，办结601件。") == "bad"


def test_rates_of_a_scope_of_their_own_in_another_sentence_are_not_recomputed():
    assert rate_verdict("受理投诉620件，办结601件。一季度办结率50%。") == "unchecked"
    assert rate_verdict("受理投诉620件，办结601件，办结率96.9%。全年办结率为90%。") == "ok"
    assert rate_verdict("受理投诉620件，办结601件。城区办结率50%。") == "unchecked"


def test_chinese_numerals_and_percent_words():
    assert rate_verdict("受理投诉六百二十件，办结六百零一件，办结率96.94%。") == "ok"
    assert rate_verdict("受理投诉620件，办结601件，办结率达百分之九十七。") == "ok"
    assert rate_verdict("受理投诉620件，办结601件，办结率达百分之九十。") == "bad"


def test_pinyin_annotations_in_rates():
    text = "受理投訴620件，辦(bàn)結(jié)601件，辦(bàn)結(jié)率97.5%。"
    findings, _ = audit(text, "PC001")
    [f] = findings
    assert text[f.start:f.end] == "97.5%"


# --------------------------------------------------------------------------- shares (PC002)

def test_shares_over_100():
    findings, _ = audit("三类企业分别占40%、35%、30%。", "PC002")
    [f] = findings
    assert "40% + 35% + 30% = 105% > 100%" in f.message and f.severity == "error"


@pytest.mark.parametrize("text", [
    "三项收入分别占33.3%、33.3%、33.4%。",
    "两项收入分别占40.5%、59.6%。",     # lower bounds 40.45 + 59.55 = 100
    "两类企业占比分别为50%、50%。",
    "两类企业所占比重分别是45%、55%。",
    "三个乡镇分别占全县的30%、30%、30%。",
])
def test_shares_within_100(text):
    findings, verified = audit(text, "PC002")
    assert findings == [] and [v.rule_id for v in verified] == ["PC002"]


def test_fen_bie_wei_after_a_share_word():
    findings, _ = audit("两类企业占比分别为50%、60%。", "PC002")
    assert [f.rule_id for f in findings] == ["PC002"]


@pytest.mark.parametrize("text", [
    "两个街道办结率分别为96%、98%。",
    "两项收入同比分别增长62%、75%。",
    "两个季度增幅分别是60%、70%。",
])
def test_rates_of_several_things_are_not_shares(text):
    findings, verified = audit(text, "PC002")
    assert findings == [] and verified == []


def test_shares_just_over_rounding():
    findings, _ = audit("两项收入分别占40.6%、59.6%。", "PC002")
    assert [f.rule_id for f in findings] == ["PC002"]


def test_shares_stop_at_the_end_of_the_list():
    assert_clean("两类企业分别占40%、35%，同比增长30%。", "PC002")
    assert_clean("两类企业分别占40%、35%。另有企业增长30%。", "PC002")


# --------------------------------------------------------------------------- share-type rates (PC003)

@pytest.mark.parametrize(("text", "word"), [
    ("群众满意率达到103%。", "满意率"),
    ("农村人口占比为112.5%。", "占比"),
    ("城区道路覆盖率105%。", "覆盖率"),
    ("营业收入占全县比重达到120%。", "比重"),
])
def test_share_type_rates_over_100(text, word):
    findings, _ = audit(text, "PC003")
    [f] = findings
    assert word in f.message and f.severity == "error"


@pytest.mark.parametrize("text", [
    "营业收入同比增长135%。",
    "完成年度任务的112%。",
    "社会消费品零售额环比增长120%。",
    "满意率提高2.5个百分点。",
    "满意率提高12个百分点，覆盖率提高105个百分点。",
    "群众满意率达到100%。",
    "办结率98%，占比95%，增幅120%。",
    "覆盖率不足105%。",
])
def test_not_share_type_or_not_over_100(text):
    assert_clean(text, "PC003")


# --------------------------------------------------------------------------- malformed (PC004)

@pytest.mark.parametrize(("text", "match"), [
    ("完成率98.6 %。", " %"),
    ("完成率98.6 ％。", " ％"),
    ("增长12%%。", "%%"),
    ("覆盖率百分之95%。", "百分之95%"),
    # words and digits in one figure; 百分之 in numerals and a sign too; the sign of "care of" for %
    ("覆盖率百分之95。", "百分之95"),
    ("满意度百分之九十七点七%。", "百分之九十七点七%"),
    ("满意度85.3℅。", "85.3℅"),
    # a rate's number broken by a space, or a full-width comma typed for its point
    ("办结率达9 1.8%，较上年提升。", "9 1.8%"),
    ("就业率达76，5%，较上年提升。", "76，5%"),
    ("占比百分之xx。", "百分之xx"),
    # a comma, a full stop or two points for the decimal point; the sign before the number
    ("覆盖率80,4%。", "80,4%"), ("办结率为80。0%，共受理5981件。", "80。0%"), ("满意率82．．4%。", "82．．4%"),
    ("合格率％80.9。", "％80.9"),
    # letters read for digits, 、 for a rate's decimal point, a % sign on a change in points
    ("再就业率96.O%。", "96.O%"), ("按期办结率9O.8%。", "9O.8%"), ("满意率82、16%。", "82、16%"),
    ("办结率83.4%，比上年提高8.1%个百分点。", "8.1%个百分点"),
])
def test_malformed(text, match):
    findings, _ = audit(text, "PC004")
    [f] = findings
    assert f.severity == "warning"
    assert text[f.start:f.end] == match


@pytest.mark.parametrize("text", [
    "完成率98.6%。", "覆盖率百分之九十五。", "完成率９８．６％。", "表中数据（%）如下",
    "增长12%，下降3%。",
    # thousands, a list, an address, a sentence that ends before a percentage
    "增长3,456%。", "分别增长12%,15%。", "访问http://a.cn/%20b", "增长5.2%。9%的企业实现盈利。",
    # a list of numbers sharing the sign; letters of a word or a code before a number
    "占比分别为12、15%。", "CO2%浓度", "PM2.5浓度下降12%。",
])
def test_clean_percent_forms(text):
    assert_clean(text, "PC004")


# --------------------------------------------------------------------------- mixed signs (PC005)

def test_mixed_signs_reported_once():
    text = "增长12%，下降3％，持平0%，上升4％，回落5％。"
    findings, _ = audit(text, "PC005")
    [f] = findings
    assert f.severity == "info"
    assert text[f.start:f.end] == "%"  # the rarer kind: 2 half-width against 3 full-width
    assert f.start == text.index("%")


@pytest.mark.parametrize("text", ["增长12%，下降3%。", "增长12％，下降3％。", "（％）增长12%",
                                  "增长12%，下降3％，持平0%。"])  # (one odd sign: a slip, not two sources)
def test_one_kind_of_sign(text):
    assert_clean(text, "PC005")


# --------------------------------------------------------------------------- hard negatives

@pytest.mark.parametrize("text", [
    "占比30%-40%。",
    "两类企业分别占30%-40%、60%-70%。",
    "受理投诉620件，办结601件，办结率95%-97%。",
    "2022年受理投诉620件，办结601件，办结率96.94%。",
    "2021、2022年分别受理投诉620件、700件，办结率分别为96.94%、98%。",
    "联系电话13812345678，受理投诉620件，办结601件，办结率96.94%。",
    "根据〔2022〕15号文件，受理投诉620件，办结601件，办结率96.94%。",
    "营业收入同比增长135%，其中一季度增长12%。",
    "满意率提高2.5个百分点。",
])
def test_hard_negatives(text):
    assert_clean(text)


def test_hard_negatives_keep_real_checks():
    assert rate_verdict("联系电话13812345678，受理投诉620件，办结601件，办结率97.5%。") == "bad"
    assert rate_verdict("2022年受理投诉620件，办结601件，办结率96.94%。") == "ok"


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("12 \t\u3000%％百分之。x")), max_size=40))
def test_the_malformed_cue_scan_equals_looking_for_each_cue(text):
    from auditor.kinds.percentage import _MALFORMED_CUES, _has_malformed_cue

    assert _has_malformed_cue(text) == any(cue in text for cue in _MALFORMED_CUES)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("12 \t\u3000%％百分之。x率达为，.℅九点")), max_size=40))
def test_the_malformed_cue_scan_never_misses_a_malformed_form(text):
    """The cue scan decides whether the malformed pattern runs at all: wherever the pattern finds something, the
    scan says so (a rate's number broken by a space or a full-width comma included)."""
    from auditor.kinds.percentage import _MALFORMED, _has_malformed_cue

    if _MALFORMED.search(text):
        assert _has_malformed_cue(text)
