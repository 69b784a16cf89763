"""Products stated with both of their factors (TO007, :mod:`auditor.products`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.products import document_products
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO007"])


def _findings(text: str) -> list:
    return audit_document(Document("report.txt", text), _CHECKERS)


@pytest.mark.parametrize(("text", "count", "each", "total", "months"), [
    ("对448户改厕农户每户补助3000元，共发放补助资金134.4万元。", 448, 3000, 1344000, None),
    ("按每人300元的标准，向39名困难职工发放慰问金，合计1.17万元。", 39, 300, 11700, None),
    ("每户补助6000元，共惠及1331户，合计发放农村危房改造补助798.6万元。", 1331, 6000, 7986000, None),
    ("采购电动清扫车17台（套），单价1.64万元，合同金额27.88万元。", 17, 16400, 278800, None),
    ("自助借还书机：数量24台，单价33.55万元，金额805.20万元。", 24, 335500, 8052000, None),
    ("为740户退役军人家庭每月发放补贴300元，连续发放6个月，共计发放1,332,000元。", 740, 300, 1332000, 6),
    ("为40人每人每月发放补贴300元，连续发放十二个月，共计发放14.4万元。", 40, 300, 144000, 12),
    ("每人次补助交通费50元，全年补助2680人次，合计发放13.4万元。", 2680, 50, 134000, None),
])
def test_products_are_read_with_their_factors(text, count, each, total, months):
    (p,) = document_products(Document("a.txt", text))
    assert (p.count.value, p.each.value, p.total.value) == (count, each, total)
    assert (None if p.months is None else p.months.value) == months


@pytest.mark.parametrize("text", [
    "对448户改厕农户每户补助3000元，共发放补助资金134.3万元。",
    "为865名环卫工人每人发放节日慰问金50元，共计发放43,260元。",
    "按每户5000元的标准，向388户脱贫户发放慰问金，合计164.41万元。",
    "采购电动清扫车17台（套），单价1.64万元，合同金额19.79万元。",
    "为32名单亲困难母亲每月发放补贴300元，连续发放12个月，共计发放13.02万元。",
    "对12个村（社区）每村补助30万元，共安排补助资金240万元。",
])
def test_a_total_that_is_not_the_product_is_reported(text):
    (f,) = _findings(text)
    assert f.rule_id == "TO007"
    assert text[f.start:f.end].endswith("元")
    assert "≠" in f.message


def test_the_message_shows_each_figure_in_its_written_unit():
    (f,) = _findings("对448户改厕农户每户补助3000元，共发放补助资金134.3万元。")
    assert "448 × 3000元 = 134.4万元 ≠ 134.3万元" in f.message


@pytest.mark.parametrize("text", [
    # each figure keeps its rounding: 26 × 3.625…3.635万元 holds 94.39万元; 26万元 may be 26.1万元
    "采购智能垃圾分类箱26台（套），单价3.63万元，合同金额94.39万元。",
    "对522户危房改造户每户补助500元，共发放补助资金26万元。",
    # amounts over time without their months, bounded amounts, ranges, two standards
    "城乡低保标准提高到每人每月457元，全年保障6737人，发放低保金3695万元。",
    "每名网格员每月补贴961元，全镇配备网格员4289名。",
    "为120户每户补助最高5000元，共发放补助资金42万元。",
    "按每户不超过5000元的标准，为120户发放补助资金42万元。",
    "为86户每户补助500—1000元，共发放补助资金6.3万元。",
    "补助标准为每户5100元、每人1800元，全年发放补助资金320万元。",
    # the figure after is no total: a change, a remainder, a plan
    "为120户困难群众每户发放慰问金500元，带动村集体增收8万元。",
    "为120户每户补助500元，较上年增加资金8万元。",
    "为120户每户补助500元，节约资金2万元。",
    # averages are PC009's; counts of other things; a total stated first
    "全镇10所学校共有教师624名，平均每所学校62.4名。",
    "发放种粮补贴1200万元，补贴面积15万亩，每亩60元。",
    "每个学校配备2名法治副校长，全年覆盖学生4126人次。",
    "安排资金240万元，对8个村每村补助20万元。",
    # two counts of the classifier: which one was paid is not said
    "为120户每户补助500元，另有80户申请，共发放补助资金9万元。",
])
def test_look_alikes_and_rounded_products_are_not_reported(text):
    assert _findings(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="每户人名单价台月个元万共计合发放补助，。0123456789.、（）最高至—", max_size=80))
def test_any_text_gives_products_inside_it(text):
    for p in document_products(Document("a.txt", text)):
        for q in (p.count, p.each, p.total):
            assert 0 <= q.start < q.end <= len(text)
        assert p.total.start >= p.each.end


@settings(max_examples=100, deadline=None)
@given(count=st.integers(2, 5000), each=st.integers(1, 20000), months=st.sampled_from([None, 3, 6, 12]),
       slip=st.sampled_from([0, 0, 1, -1, 10, 9]))
def test_a_written_product_is_reported_exactly_when_it_is_wrong(count, each, months, slip):
    total = count * each * (months or 1)
    stated = total + slip * each if slip in (1, -1) else (total * slip if slip else total)
    if stated <= 0:
        return
    per = f"每月发放补贴{each}元，连续发放{months}个月" if months else f"每户补助{each}元"
    text = f"为{count}户困难家庭{per}，共计发放{stated}元。"
    found = _findings(text)
    assert bool(found) == (stated != total), text
