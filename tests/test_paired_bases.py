"""Changes whose bases stand in a list of their own (auditor/paired_bases.py): the pairs read, by order and by name,
and what is left unpaired."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.paired_bases import document_paired_changes


def _pairs(text: str) -> list[tuple[int, int, float, bool]]:
    return [(int(c.start.value), int(c.end.value), float(c.delta.value), c.down)
            for c in document_paired_changes(Document("a.txt", text))]


@pytest.mark.parametrize("text, expected", [
    # a change in points in a sentence of its own, after the two rates named the same way
    ("覆盖率46.0%；上年分别为676处、274处，覆盖率40.5%。覆盖率提高5.5个百分点。", [(40.5, 46.0, 5.5, False)]),
    ("占比10.5%；上年占比12.5%。占比下降2.0个百分点。", [(12.5, 10.5, 2.0, True)]),
])
def test_points_after_the_rates_are_read(text, expected):
    assert [(float(c.start.value), float(c.end.value), float(c.delta.value), c.down)
            for c in document_paired_changes(Document("a.txt", text))] == expected


def test_points_of_another_rate_are_not_read():
    # (the rate named in the sentence before once only, or last year's not named as such)
    assert document_paired_changes(Document("a.txt", "覆盖率46.0%，达标率40.5%。覆盖率提高5.5个百分点。")) == []


@pytest.mark.parametrize("text, expected", [
    # by order: the figures before 分别, the bases in brackets, the changes after them (the second keeps the verb)
    ("业务量1400件、收入77元，分别比上年（1000件、70元）增长40.0%和10.0%。",
     [(1000, 1400, 40.0, False), (70, 77, 10.0, False)]),
    ("业务量900件、收入77元，分别比上年（1000件、70元）下降10.0%、增长10.0%。",
     [(1000, 900, 10.0, True), (70, 77, 10.0, False)]),
    # by name: 上年分别为 in brackets, 同期： on the next line, a sentence that opens with 上年
    ("出口250单、增长25.0%；进口120单、下降4.0%。（上年分别为出口200单，进口125单）",
     [(200, 250, 25.0, False), (125, 120, 4.0, True)]),
    ("一般火灾48起、下降4.0%；较大火灾66起、增长10.0%。\n2023年同期：一般火灾50起，较大火灾60起。",
     [(50, 48, 4.0, True), (60, 66, 10.0, False)]),
    ("公办床位2200张、增长10.0%；民办床位1300张、增长30.0%。上年公办床位2000张、民办床位1000张。",
     [(2000, 2200, 10.0, False), (1000, 1300, 30.0, False)]),
    # a name inside another's (国有 of 非国有) is not its own use
    ("国有馆65家、增长30.0%；非国有馆49家、下降2.0%。（上年分别为国有馆50家，非国有馆50家）",
     [(50, 65, 30.0, False), (50, 49, 2.0, True)]),
])
def test_pairs_are_read(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    # the bases name other things
    "出口250单、增长25.0%；进口120单、增长10.0%。（上年分别为收入200单，支出100单）",
    # one base only: no list
    "出口250单、增长25.0%。（上年为出口200单）",
    # more bases than figures before 分别, or units that differ
    "收入77元，分别比上年（1000件、70元）增长40.0%和10.0%。",
    "业务量1400件、收入77元，分别比上年（1000元、70件）增长40.0%和10.0%。",
    # the figures have no change of their own after them
    "出口250单，进口120单。（上年分别为出口200单，进口100单）",
    # approximate bases
    "出口250单、增长25.0%；进口120单、增长20.0%。（上年分别为出口约200单，进口约100单）",
])
def test_nothing_is_paired(text):
    assert _pairs(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="1234567890.%出口进口增长下降上年同期分别为比（）、，；。\n年单", max_size=120))
def test_never_crashes_and_offsets_stay_inside_the_text(text):
    for c in document_paired_changes(Document("a.txt", text)):
        for q in (c.start, c.end, c.delta):
            assert 0 <= q.start < q.end <= len(text)
        assert c.delta.unit == "%" and c.start.unit == c.end.unit
