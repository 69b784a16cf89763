"""TO004 total-one-keystroke-off: a partial breakdown (其中, 包括) short of its whole by a typing slip.

The slips are :func:`auditor.diagnosis.one_slip`'s (a digit mistyped, two adjacent digits swapped, a digit
added or left out); the rule reads them only where nothing else explains the gap. Sentences are made up.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.diagnosis import diagnose_short_sum, one_slip
from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.quantities import parse_quantities
from auditor.rulebook import load_rulebook


@functools.cache
def checkers():
    return build_checkers(list(load_rulebook()), select=["TO"])


def findings(text: str) -> list:
    return audit_document(Document("example.txt", text), checkers())


@pytest.mark.parametrize(("written", "meant", "slip"), [
    ("9240", "9140", "mistyped"),
    ("694", "693", "mistyped"),
    ("72078", "27078", "swapped"),
    ("15.43", "15.34", "swapped"),
    ("2900", "290", "added"),
    ("38777.23", "3877.23", "added"),
    ("725", "7252", "left out"),
    ("1250", "125.0", "left out"),  # the decimal point left out
    ("9240", "9240", None),
    ("9240", "8140", None),  # two digits apart
    ("847", "748", None),  # the ends swapped: not adjacent
    ("12.5", "125.", None),
    ("12.30", "123.0", None),  # the point moved: a slip of magnitude, not of a keystroke
])
def test_one_slip_table(written, meant, slip):
    assert one_slip(written, meant) == slip


digits = st.text(alphabet="0123456789", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(digits, st.data())
def test_every_single_keystroke_is_a_slip(text, data):
    i = data.draw(st.integers(0, len(text) - 1))
    d = data.draw(st.sampled_from("0123456789"))
    edited = {
        "mistyped": text[:i] + d + text[i + 1:],
        "added": text[:i] + d + text[i:],
        "left out": text[:i] + text[i + 1:],
    }
    for slip, written in edited.items():
        if written != text and written:
            found = one_slip(written, text)
            assert found is not None
            if slip != "mistyped":
                assert found == slip
        if len(written) == len(text) and written != text:
            assert one_slip(written, text) == one_slip(text, written)


@settings(max_examples=300, deadline=None)
@given(digits, digits)
def test_one_slip_is_symmetric_and_never_for_equal_strings(a, b):
    forward, back = one_slip(a, b), one_slip(b, a)
    assert (forward is None) == (back is None)
    assert {forward, back} <= {None, "mistyped", "swapped"} or {forward, back} == {"added", "left out"}
    assert one_slip(a, a) is None


def test_the_total_is_named():
    qs = parse_quantities("共完成6,425座，其中新建1,988座，改建4,337座")
    code, why = diagnose_short_sum(qs[1:], qs[0])
    assert code == "mistyped-total" and "6325" in why and "mistyped" in why


def test_a_part_is_named_when_only_one_fits():
    qs = parse_quantities("完成9,240座，其中新建1,988座，改建725座")
    code, why = diagnose_short_sum(qs[1:], qs[0])
    assert code == "mistyped-part" and "725" in why and "7252" in why


def test_two_parts_that_could_each_be_the_slip_name_none():
    # 1,240 + 2,350 = 3,590: either part 10 higher makes 3,600 (1,250 or 2,360), and 3,590 is two keystrokes
    # from 3,600: no telling which number is wrong
    qs = parse_quantities("合计3,600件，其中甲1,240件、乙2,350件")
    assert diagnose_short_sum(qs[1:], qs[0]) is None


@pytest.mark.parametrize("text", [
    "全年完成户厕改造6,420座，其中新建1,988座，改建4,332座。",
    "共受理案件784件，其中民事案件512件、行政案件236件。",
    "投入资金4,285万元，其中省级资金1,350万元，市级资金2,030万元，县级资金895万元。",
    "全区发放贷款3.41亿元，包括个人贷款1.52亿元、企业贷款1.62亿元。",
    "共发放补贴1,660万元，其中种粮补贴90万元、农机补贴70万元。",
    "完成户厕改造9,240座，其中新建1,988座，改建725座。",
])
def test_a_slip_is_a_warning(text):
    found = [f for f in findings(text) if f.rule_id == "TO004"]
    assert len(found) == 1, findings(text)
    assert found[0].severity == "warning"
    assert found[0].diagnosis in ("mistyped-total", "mistyped-part")
    assert "<" in found[0].message


@pytest.mark.parametrize("text", [
    "全年完成户厕改造6,320座，其中新建1,988座，改建4,332座。",  # adds up
    "共受理案件847件，其中民事案件512件、行政案件136件。",  # short, but by no slip
    "全县共有学校120所，其中高中10所、初中90所。",  # round numbers
    "全县共有学校1200所，其中高中100所、初中1000所。",
    "共建成站点51个，其中村级站点31个，社区站点10个。",  # short numbers
    "共受理案件约850件，其中民事案件512件、行政案件238件。",  # an approximate total
    "共受理案件850余件，其中民事案件512件、行政案件238件。",
    "共受理案件850件，其中民事案件512件、行政案件238件等。",  # 等: the list says it is open
    "共受理群众诉求229件，按期办结115件，超期办结106件。",  # the rest is still open
    "全镇共有党员758名，其中女党员512名、少数民族党员236名。",  # attributes, not parts
    "共受理案件784件，其中民事案件512件。",  # a single part: a subset, not a breakdown
    # a mistyped digit needs four significant digits: a partial list of a three-digit total lands one digit
    # away from it by chance about one time in twenty (87 + 117 = 204, 274 written)
    "举办文化活动274场（含文艺演出87场、电影放映117场）。",
    "全年完成户厕改造6,420座，其中新建1,988座，改建3,332座。",
])
def test_no_slip_is_read(text):
    assert [f for f in findings(text) if f.rule_id == "TO004"] == []


def test_an_exhaustive_list_stays_with_to001():
    found = findings("共受理案件784件，分别是民事案件512件、行政案件236件。")
    assert [f.rule_id for f in found] == ["TO001"]


@pytest.mark.parametrize(("text", "twice"), [
    ("接处警情2,641起，其中火灾扑救517起，抢险救援1,248起，社会救助359起", "517"),
    ("完成门急诊186.42万人次，其中本部61.37万人次，东院区55.31万人次，西院区34.87万人次", "34.87"),
])
def test_a_part_counted_twice_is_named(text, twice):
    qs = parse_quantities(text)
    code, why = diagnose_short_sum(qs[1:], qs[0])
    assert code == "part-counted-twice" and f"part {twice} twice" in why


@pytest.mark.parametrize("text", [
    "实施项目72个，其中基础设施项目28个，民生项目16个",       # 28 is two digits: the rest by chance too often
    "投入资金900万元，其中省级300万元、市级300万元",          # two parts could each be counted twice
    "接处警情2,641起，其中火灾扑救517起，抢险救援1,248起",   # short by 876: no part of that size
])
def test_no_part_counted_twice_without_a_single_long_one(text):
    qs = parse_quantities(text)
    found = diagnose_short_sum(qs[1:], qs[0])
    assert found is None or found[0] != "part-counted-twice"
