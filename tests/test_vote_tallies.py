"""Vote tallies and the voters they come from (auditor/vote_tallies.py): each meeting written here, a consistent twin,
the same with one number wrong, and look-alikes (members who left before the vote, invalid votes, a tally with no
count of voters near it)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.vote_tallies import document_vote_sums

TOTALS = build_checkers([r for r in load_rulebook() if r.id in ("TO001", "TO002")])


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in audit_document(Document("a.txt", text), TOTALS)]


#: (consistent text, the same with one number wrong, the figure reported)
TWINS = [
    # those present in the sentence before the tally
    ("镇人大主席团会议实到委员33人。表决结果：赞成30票，反对1票，弃权2票，议案获得通过。",
     "镇人大主席团会议实到委员35人。表决结果：赞成30票，反对1票，弃权2票，议案获得通过。", "35人"),
    # in the same sentence, 出席 and 名; votes written number first (N票赞成)
    ("股东大会出席股东代表58名，以51票赞成、4票反对、3票弃权审议通过章程修正案。",
     "股东大会出席股东代表58名，以51票赞成、4票反对、2票弃权审议通过章程修正案。", "58名"),
    # an election: every candidate's tally adds up to the valid ballots, two lines back
    ("本次选举发出选票41张，收回41张，其中有效票40张。\n赵文同志得赞成票36张、反对票1张、弃权票3张。\n"
     "钱静同志得赞成票33张、反对票4张、弃权票3张。",
     "本次选举发出选票41张，收回41张，其中有效票40张。\n赵文同志得赞成票36张、反对票1张、弃权票3张。\n"
     "钱静同志得赞成票33张、反对票4张、弃权票4张。", "40张"),
    # the valid ballots named right after the tally, full-width digits
    ("表决结果：赞成１２７票，反对２票，弃权１票，收回有效票１３０张。",
     "表决结果：赞成１２７票，反对２票，弃权１票，收回有效票１３１张。", "１３１张"),
    # invalid votes and members who did not press the button are parts too
    ("出席代表96人，表决结果：赞成88票，反对3票，弃权2票，无效2票，未按表决器1人。",
     "出席代表96人，表决结果：赞成88票，反对3票，弃权2票，无效2票，未按表决器2人。", "96人"),
]


@pytest.mark.parametrize("good, bad, figure", TWINS)
def test_a_tally_that_misses_its_voters_is_reported(good, bad, figure):
    assert _found(good) == []
    assert figure in _found(bad)


def test_more_votes_than_voters_are_reported():
    text = "会议应到委员41人，实到40人。表决赞成52票、反对2票、弃权1票。"
    assert _found(text) != []


#: tallies that need not add up to the count near them
LOOK_ALIKES = [
    # members who left, or were absent, between the count and the vote
    "村民代表会议实到代表62人，其中2人因事离席。表决结果：赞成55票，反对3票，弃权2票。",
    "会议应到委员29人，实到27人，缺席2名。表决结果：赞成24票，反对1票，弃权1票。",
    # only the members who should attend (应到), never those present
    "本次会议应到代表85人。表决结果：赞成79票，反对2票，弃权1票。",
    # a count of voters three sentences back belongs to another vote
    "上午会议出席委员36人。审议了三项议题。下午续会。表决结果：赞成30票，反对2票，弃权1票。",
    # a tally with nothing to add up to
    "表决结果：赞成41票，反对0票，弃权2票，决定通过。",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_quiet(text):
    assert _found(text) == []


def test_the_sum_is_read_with_its_whole():
    sums = document_vote_sums(Document("a", "实到委员33人。表决结果：赞成30票，反对1票，弃权2票。"))
    assert [(int(s.whole.value), [int(p.value) for p in s.parts]) for s in sums] == [(33, [30, 1, 2])]


@settings(max_examples=60, deadline=None)
@given(present=st.integers(3, 3000), against=st.integers(0, 40), abstain=st.integers(0, 40),
       slip=st.integers(-5, 5))
def test_a_tally_is_reported_exactly_when_it_misses(present, against, abstain, slip):
    for_ = present - against - abstain + slip
    if for_ < 0:
        return
    text = f"会议实到委员{present}人。表决结果：赞成{for_}票，反对{against}票，弃权{abstain}票，决议获得通过。"
    assert (_found(text) != []) == (slip != 0)
