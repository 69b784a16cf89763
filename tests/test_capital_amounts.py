"""Amounts written in capital numerals and in figures (TO006, :mod:`auditor.capital_amounts`)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.capital_amounts import capital_pairs, capital_value
from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook

_DIGIT = "零壹贰叁肆伍陆柒捌玖"


def _section(n: int) -> str:
    """0 < n < 10000 in capital numerals, zeros as a cashier writes them (壹仟零伍, 贰佰零玖)."""
    out = []
    pending_zero = False
    for place, name in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = n // place % 10
        if d == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGIT[d] + name)
    return "".join(out)


def write_capital(yuan: int, cents: int = 0) -> str:
    """An independent writer of capital amounts (the inverse the parser is tested against)."""
    parts = []
    for big, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        n = yuan // big % 10**4 if big < 10**8 else yuan // big
        if n:
            if parts and n < 1000:
                parts.append("零")
            parts.append(_section(n) + name)
    text = "".join(parts) or "零"
    text += "元"
    if cents:
        jiao, fen = divmod(cents, 10)
        text += (_DIGIT[jiao] + "角" if jiao else "零") + (_DIGIT[fen] + "分" if fen else "")
    else:
        text += "整"
    return text


@pytest.mark.parametrize(("written", "value"), [
    ("叁拾壹万玖仟贰佰玖拾元整", 319290),
    ("壹佰贰拾万零捌仟肆佰伍拾元整", 1208450),
    ("贰万叁仟零捌拾元整", 23080),
    ("壹亿零伍佰万元整", 105000000),
    ("拾万元", 100000),
    ("玖万陆仟零壹拾伍元伍角", Fraction(192031, 2)),
    ("伍元零陆分", Fraction(506, 100)),
    ("壹拾贰元整", 12),
    ("叁佰貳拾元正", 320),  # (a traditional 貳, and 正 for 整)
])
def test_well_formed_capital_amounts_are_read(written, value):
    assert capital_value(written) == value


@pytest.mark.parametrize("written", [
    "壹贰元",        # two digits without a place between
    "佰元",          # a place without its digit
    "壹佰壹仟元",    # places rising within a section
    "壹万贰万元",    # two 万 in one amount
    "壹零元",        # a zero right after a digit
    "元整",          # no number at all
    "壹佰元伍",      # a digit after 元 without 角 or 分
])
def test_malformed_capital_amounts_are_not_read(written):
    assert capital_value(written) is None


@given(st.integers(min_value=1, max_value=99_9999_9999), st.integers(min_value=0, max_value=99))
def test_every_amount_written_in_capitals_reads_back(yuan, cents):
    assert capital_value(write_capital(yuan, cents)) == Fraction(yuan * 100 + cents, 100)


@given(st.text(max_size=80))
def test_any_text_gives_pairs_inside_it(text):
    for pair in capital_pairs(text):
        assert 0 <= pair.start < pair.end <= len(text)


@pytest.mark.parametrize(("text", "agrees"), [
    ("中标价：人民币（大写）肆拾伍万陆仟叁佰元整（¥456,800.00元）。", False),
    ("中标价：人民币（大写）肆拾伍万陆仟叁佰元整（¥456,300.00元）。", True),
    ("合同金额：¥1,208,450.00元（大写：人民币壹佰贰拾万零捌仟伍佰肆拾元整）", False),
    ("大写金额：贰万叁仟零捌拾元整\n小写金额：￥23,800.00", False),
    ("小写：¥96,015.50；大写：玖万陆仟零壹拾伍元伍角", True),
    ("预算总额叁佰贰拾陆万元整（小写：326万元）。", True),
    ("预算总额叁佰贰拾陆万元整（小写：362万元）。", False),
    ("补助叁拾壹万玖仟贰佰元（31.92万元）", True),     # figures in 万元, rounded to their last place
    ("补助叁拾壹万玖仟贰佰元（31.9万元）", True),
    ("补助叁拾壹万玖仟贰佰元（31.8万元）", False),
    ("金额（大写）：壹仟伍佰元整（￥１，５００．００）", True),  # full-width figures
])
def test_pairs_are_found_and_compared(text, agrees):
    (pair,) = capital_pairs(text)
    assert pair.agrees is agrees


@pytest.mark.parametrize("text", [
    "第叁条 乙方应于签约后拾个工作日内支付首付款。",           # capital numerals, but no amount
    "补助资金壹拾万元整，用于村道修缮（另有自筹资金8万元）。",  # figures, but not the same amount restated
    "共投入资金320万元（其中省级补助120万元）。",              # no capital amount at all
])
def test_look_alikes_give_no_pair(text):
    assert capital_pairs(text) == []


def test_the_rule_reports_the_pair_with_both_amounts():
    checkers = build_checkers(list(load_rulebook()), select=["TO006"])
    text = "项目名称：村道修缮\n合同总价：人民币（大写）叁拾壹万玖仟贰佰玖拾元整（¥318,290.00元）"
    (f,) = audit_document(Document("contract.txt", text), checkers)
    assert f.rule_id == "TO006"
    assert text[f.start:f.end].startswith("叁拾壹万") and text[f.start:f.end].endswith("）")
    assert "319290" in f.message and "318,290.00" in f.message


@pytest.mark.parametrize("text", [
    "合同总价：¥81\u2009400.00元（大写：人民币捌万壹仟肆佰元整）。",
    "合同总价：81 400.00元（大写：捌万壹仟肆佰元整）",
    "合同总价：¥81，400.00（大写：捌万壹仟肆佰元整）",
])
def test_thousands_apart_by_spaces_or_commas_are_one_number(text):
    (pair,) = capital_pairs(text)
    assert pair.figures == 81400 and pair.agrees
