"""A breakdown that may be partial (其中), short of its whole beside a breakdown of the same items that adds up
(TO011); and the columns of items that each give two amounts, apart by 、 (``甲村45户137人、乙村82户302人``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.relations import document_relations
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO001", "TO002", "TO004", "TO009", "TO010", "TO011"])


def _codes(text: str) -> list[str]:
    return [f.rule_id for f in audit_document(Document("report.txt", text), _CHECKERS)]


@pytest.mark.parametrize(("text", "codes"), [
    # the households add up, the people fall short: the list names every item
    ("共安置被征收户630户1712人，其中柳湖新村312户937人，西湾家园318户650人。", ["TO011"]),
    ("全年提起公诉117件218人，其中盗窃犯罪70件120人，诈骗犯罪47件71人。", ["TO011"]),
    ("累计纳入低保127户466人，其中东坡村45户137人、西坪村82户302人。", ["TO011"]),
    # the people add up, the households fall short
    ("累计纳入低保137户439人，其中东坡村45户137人、西坪村82户302人。", ["TO011"]),
    # a sibling whole broken into the same kinds adds up
    ("上半年排查安全隐患1546处，其中燃气安全37处、危险化学品1509处；下半年排查2253处，其中燃气安全1288处、"
     "危险化学品809处。", ["TO011"]),
    # both columns fall short, or both add up: nothing witnesses the list is complete
    ("共安置被征收户630户1712人，其中柳湖新村312户937人，西湾家园218户650人。", []),
    ("共安置被征收户630户1587人，其中柳湖新村312户937人，西湾家园318户650人。", []),
    # siblings of other kinds
    ("上半年排查安全隐患1546处，其中燃气安全37处、危险化学品1509处；下半年排查2253处，其中消防安全1288处、"
     "道路交通809处。", []),
    # a selection, or an approximate whole
    ("共安置被征收户630户1712人，其中柳湖新村312户937人，西湾家园318户650人等。", []),
    ("共安置被征收户约630户1712人，其中柳湖新村312户937人，西湾家园310户650人。", []),
    # a complementary pair splits both columns: the one that falls short is TO001's
    ("全年累计救助1473户4454人，其中城市594户1755人、农村879户2599人。", ["TO001"]),
    ("全年累计救助1473户4354人，其中城市594户1755人、农村879户2599人。", []),
])
def test_a_shortfall_beside_a_complete_breakdown(text, codes):
    assert _codes(text) == codes


def test_the_message_names_the_witness():
    findings = audit_document(Document("report.txt", "共安置630户1712人，其中甲村312户937人，乙村318户650人。"),
                              _CHECKERS)
    assert [f.rule_id for f in findings] == ["TO011"]
    assert "937 + 650 = 1587 < 1712" in findings[0].message


def test_items_apart_by_a_dun_comma_give_two_columns():
    text = "累计纳入低保127户466人，其中东坡村45户137人、西坪村82户302人。"
    sums = document_relations(Document("a.txt", text)).sums
    assert [(text[s.whole.start:s.whole.end], [text[p.start:p.end] for p in s.parts]) for s in sums] == [
        ("127户", ["45户", "82户"]), ("466人", ["137人", "302人"])]


@settings(max_examples=150, deadline=None)
@given(households=st.lists(st.integers(20, 900), min_size=2, max_size=4),
       people=st.lists(st.integers(50, 3000), min_size=4, max_size=4), gap=st.integers(0, 300))
def test_the_complete_column_decides(households, people, gap):
    """The households add up; the people fall short by *gap*: reported (TO011, or TO004/TO010 for a keystroke or a
    near miss) exactly when there is a gap."""
    people = people[:len(households)]
    names = ["东村", "西村", "南村", "北村"]
    text = f"共安置{sum(households)}户{sum(people) + gap}人，其中" + \
        "，".join(f"{n}{h}户{p}人" for n, h, p in zip(names, households, people, strict=False)) + "。"
    codes = _codes(text)
    assert "TO001" not in codes and "TO002" not in codes
    if gap == 0:
        assert codes == []
    else:
        assert len(codes) == 1 and codes[0] in ("TO011", "TO004", "TO010")


def test_siblings_stand_together():
    """A sibling breakdown in another paragraph (past a sentence that ends its line) witnesses nothing: a reading
    stays within what a piece of a huge document sees."""
    complete = "上半年排查安全隐患1546处，其中燃气安全37处、危险化学品1509处。"
    short = "下半年排查2253处，其中燃气安全1288处、危险化学品809处。"
    assert _codes(complete + short) == ["TO011"]
    assert _codes(complete + "\n" + short) == []
