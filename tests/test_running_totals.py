"""Running totals of a year (auditor/running_totals.py): the months to date, the next month, the months to date after
it. Each statement is written here: a consistent twin, the same with one number wrong, and look-alikes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.running_totals import document_running_totals

TO001 = build_checkers([r for r in load_rulebook() if r.id == "TO001"])


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in audit_document(Document("a.txt", text), TO001)]


#: (consistent text, the same with one number wrong, the figure reported)
TWINS = [
    ("1—3月受理来电4923件；4月当月1577件，1—4月累计6500件。", "1—3月受理来电4923件；4月当月1577件，1—4月累计6499件。",
     "6499件"),
    # the period alone in the clause before its figure, ASCII punctuation
    ("2020年1—3月,全县受理来电4923件;4月当月1577件,1—4月累计6500件。",
     "2020年1—3月,全县受理来电4923件;4月当月1577件,1—4月累计6050件。", "6050件"),
    # two sentences on one line
    ("1—9月累计组织税收收入3051.8万元。10月当月组织税收收入321.6万元，1—10月累计达到3373.4万元。",
     "1—9月累计组织税收收入3051.8万元。10月当月组织税收收入321.6万元，1—10月累计达到3733.4万元。", "3733.4万元"),
    # the months to date first, named by 截至…底, the month under 其中, the months before it last
    ("截至5月底，全县累计完成进出口5107.5亿元，其中5月1248.2亿元；1—4月累计为3859.3亿元。",
     "截至5月底，全县累计完成进出口3859.3亿元，其中5月1248.2亿元；1—4月累计为3859.3亿元。", "3859.3亿元"),
    # the months before as 前四个月; the month alone in the clause before its figure (3月份，…), the last period in
    # brackets after the sentence
    ("1至5月，热线受理来电累计3300个，其中5月当月700个。前四个月累计为2600个。",
     "1至5月，热线受理来电累计3030个，其中5月当月700个。前四个月累计为2600个。", "3030个"),
    ("3月份，货物吞吐量3,900吨；1至3月累计10,700吨。（上期通报：1至2月累计6,800吨）",
     "3月份，货物吞吐量3,900吨；1至3月累计17,000吨。（上期通报：1至2月累计6,800吨）", "17,000吨"),
]


@pytest.mark.parametrize(("good", "bad", "reported"), TWINS)
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad, reported):
    assert _found(good) == []
    assert reported in _found(bad)


@pytest.mark.parametrize("text", [
    # a month that does not follow the months to date; a growth of the month, not its figure
    "1—3月受理来电4923件；5月当月1577件，1—5月累计6800件。",
    "1—3月受理来电4923件；4月同比增长12%，1—4月累计6600件。",
    # two months that could be the month; an approximate figure
    "1—3月受理来电4923件；4月1577件，4月份1600件，1—4月累计6000件。",
    "1—3月受理来电约4900件；4月当月1577件，1—4月累计6000件。",
    # different units
    "1—3月受理来电4923件；4月当月接待1577人次，1—4月累计6000件。",
])
def test_look_alikes_stay_silent(text):
    assert _found(text) == []


def test_the_finding_shows_the_sum():
    text = "1—3月受理来电4923件；4月当月1577件，1—4月累计6499件。"
    [finding] = audit_document(Document("a.txt", text), TO001)
    assert "4923 + 1577 = 6500" in finding.message


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="1234567890—至月当累计底截，；。件万元\n ", max_size=80))
def test_never_crashes_and_offsets_stay_inside_the_text(text):
    for total in document_running_totals(Document("a.txt", text)):
        for q in (total.whole, *total.parts):
            assert 0 <= q.start < q.end <= len(text)
