"""Per-capita income and spending by their components (auditor/per_capita.py): each statement written here, a
consistent twin, the same with one number wrong, and look-alikes (two groups of residents, growth in %, a share)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.per_capita import document_per_capita_sums
from auditor.rulebook import load_rulebook

TOTALS = build_checkers([r for r in load_rulebook() if r.id in ("TO001", "TO002")])


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in audit_document(Document("a.txt", text), TOTALS)]


#: (consistent text, the same with one number wrong, the figure reported)
TWINS = [
    # the four sources in the next sentence, after the words that open a breakdown
    ("农村居民人均可支配收入18577元。从收入来源看，人均工资性收入7125元，人均经营净收入6880元，人均财产净收入241元，"
     "人均转移净收入4331元。",
     "农村居民人均可支配收入18630元。从收入来源看，人均工资性收入7125元，人均经营净收入6880元，人均财产净收入241元，"
     "人均转移净收入4331元。", "18630元"),
    # each source with its growth; 为 between name and figure; the longer names (经营性净收入)
    ("全体居民人均可支配收入32407元，增长5.8%。其中，工资性收入为18211元，增长6.0%；经营性净收入为5102元，增长4.4%；"
     "财产性净收入为2877元；转移性净收入为6217元。",
     "全体居民人均可支配收入32407元，增长5.8%。其中，工资性收入为18211元，增长6.0%；经营性净收入为5102元，增长4.4%；"
     "财产性净收入为2877元；转移性净收入为6917元。", "32407元"),
    # the eight kinds of spending, 支出 after each name
    ("居民人均消费支出21440元。其中，食品烟酒支出6512元，衣着支出1207元，居住支出4839元，生活用品及服务支出1188元，"
     "交通通信支出2917元，教育文化娱乐支出2466元，医疗保健支出1902元，其他用品及服务支出409元。",
     "居民人均消费支出21340元。其中，食品烟酒支出6512元，衣着支出1207元，居住支出4839元，生活用品及服务支出1188元，"
     "交通通信支出2917元，教育文化娱乐支出2466元，医疗保健支出1902元，其他用品及服务支出409元。", "21340元"),
]


@pytest.mark.parametrize(("good", "bad", "reported"), TWINS)
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad, reported):
    assert _found(good) == []
    assert reported in _found(bad)


@pytest.mark.parametrize("text", [
    # each figure rounded to the yuan: a yuan apart is within rounding
    "全体居民人均可支配收入32406元。其中，工资性收入18211元，经营净收入5102元，财产净收入2877元，转移净收入6217元。",
    # the components of the first group, after the whole of the second
    "城镇居民人均可支配收入40120元，农村居民人均可支配收入19835元。城镇居民人均工资性收入24210元，经营净收入4530元，"
    "财产净收入4711元，转移净收入6669元。",
    # three sources only; growth in % and a share, no figure in 元
    "人均可支配收入18577元，其中工资性收入7125元，经营净收入6880元，转移净收入4331元。",
    "人均可支配收入18577元，增长6%。工资性收入增长5.1%，经营净收入增长4%，财产净收入增长3%，转移净收入增长8%。",
    "工资性收入占可支配收入的比重为56.8%，人均工资性收入增加320元。",
])
def test_look_alikes_stay_silent(text):
    assert _found(text) == []


def test_the_parts_are_read_in_the_texts_order():
    text = "人均可支配收入100元，其中转移净收入10元，工资性收入40元，经营净收入30元，财产净收入20元。"
    [found] = document_per_capita_sums(Document("a.txt", text))
    assert [int(p.value) for p in found.parts] == [10, 40, 30, 20]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="1234567890.人均可支配收入工资性经营净财产转移元，。为城镇农村食品烟酒消费支出\n ",
               max_size=90))
def test_never_crashes_and_offsets_stay_inside_the_text(text):
    for found in document_per_capita_sums(Document("a.txt", text)):
        for q in (found.whole, *found.parts):
            assert 0 <= q.start < q.end <= len(text)
