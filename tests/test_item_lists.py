"""Amounts listed as counted items under a stated number of them (auditor/item_lists.py): 资金…，主要用于三个方面：
一是…；二是…；三是…. Each statement is written here: a consistent twin, the same with one number wrong, and
look-alikes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.item_lists import document_item_sums
from auditor.rulebook import load_rulebook

CHECKERS = build_checkers([r for r in load_rulebook() if r.id.startswith("TO")])


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in audit_document(Document("a.txt", text), CHECKERS)]


#: (consistent text, the same with one number wrong, the figure reported)
TWINS = [
    ("争取上级资金650.5万元，主要用于三个方面：一是道路建设，安排资金300.2万元；二是校舍改造，下达资金200.1万元；"
     "三是农田水利，拨付资金150.2万元。",
     "争取上级资金560.5万元，主要用于三个方面：一是道路建设，安排资金300.2万元；二是校舍改造，下达资金200.1万元；"
     "三是农田水利，拨付资金150.2万元。", "560.5万元"),
    # items ending with 。, a count in digits
    ("全年民生支出1,200万元，主要用于3个方面：一是教育支出，安排资金500万元。二是卫生支出，落实资金400万元。"
     "三是社保支出，落实资金300万元。",
     "全年民生支出1,500万元，主要用于3个方面：一是教育支出，安排资金500万元。二是卫生支出，落实资金400万元。"
     "三是社保支出，落实资金300万元。", "1,500万元"),
    ("投入资金900万元，分为两类：一是新建，投入500万元；二是改造，投入400万元。",
     "投入资金900万元，分为两类：一是新建，投入500万元；二是改造，投入450万元。", "900万元"),
]


@pytest.mark.parametrize(("good", "bad", "reported"), TWINS, ids=[t[0][:10] for t in TWINS])
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad, reported):
    assert document_item_sums(Document("a.txt", good)), "the items are read"
    assert _found(good) == []
    assert ("TO001", reported) in _found(bad)


@pytest.mark.parametrize("text", [
    # fewer items than stated, or more
    "投入资金900万元，主要用于三个方面：一是新建，投入500万元；二是改造，投入300万元。",
    "投入资金900万元，主要用于两个方面：一是新建，投入500万元；二是改造，投入300万元；三是维修，投入50万元。",
    # an item with two amounts, or none of the whole's unit
    "投入资金900万元，主要用于两个方面：一是新建，投入500万元，其中省级资金200万元；二是改造，投入300万元。",
    "投入资金900万元，主要用于两个方面：一是新建学校5所；二是改造校舍30间。",
    # the count does not follow the whole's clause, or the whole is approximate
    "投入资金900万元。全年重点抓了两个方面：一是新建，投入500万元；二是改造，投入300万元。",
    "投入资金约900万元，主要用于两个方面：一是新建，投入500万元；二是改造，投入300万元。",
])
def test_look_alikes_stay_silent(text):
    assert document_item_sums(Document("a.txt", text)) == []
    # (no sum; a count of the items that does not match the items marked is TO005's, whatever amounts they hold)
    assert [found for found in _found(text) if found[0] != "TO005"] == []


@pytest.mark.parametrize(("text", "count"), [
    ("投入资金900万元，主要用于三个方面：一是新建，投入500万元；二是改造，投入300万元。", "三个"),
    ("投入资金900万元，主要用于两个方面：一是新建，投入500万元；二是改造，投入300万元；三是维修，投入50万元。", "两个"),
])
def test_a_count_of_items_is_held_to_the_items_marked(text, count):
    assert _found(text) == [("TO005", count)]


_PIECES = ["投入资金", "900万元", "500万元", "，", "；", "。", "主要用于", "两个方面：", "三个方面：", "一是", "二是",
           "三是", "新建", "\n", "约", "2项："]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_never_crashes_and_parts_follow_their_whole(text):
    for found in document_item_sums(Document("a.txt", text)):
        assert all(found.whole.clean_end <= p.clean_start for p in found.parts)
        assert len(found.parts) >= 2
