"""Vote tallies and the voters they come from (TO001).

A meeting's record gives how many members were present and how they voted: every vote is a voter's, so the votes
for, against and abstaining (and any invalid votes or members who did not press the button, when the text names
them) add up to the members present, or to the valid ballots counted. ``实到委员239人。表决赞成331票、反对4票、弃权4票``
has more votes than voters.

The whole is the nearest count of those present (实到, 出席, 到会) in the tally's sentence or the one before it, or of
valid ballots (有效票) before it (an election's ballots go with each candidate's tally), or valid ballots named right
after it (…弃权7票，收回有效票571张). A tally short
of those present is read only when nothing between them says some did not vote (未, 缺, 离会, 请假, 回避): a
member may leave before a vote.

>>> from auditor.document import Document
>>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in document_vote_sums(Document(
...     "a", "实到委员239人。表决赞成231票、反对4票、弃权4票。"))]
[(239, [231, 4, 4])]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.quantities import Quantity, document_quantities, parse_range
from auditor.scan import find_all

_N = r"\d[\d,]*"
#: one kind of vote with its number: 赞成41票, 赞成票75张, 41票赞成
_KIND = r"(?:{w}(?:票|票数)?(?:为|是)?{n}(?:票|张)|{n}票{w})"
_SEP = r"[，,、；;]?\s?"
#: a whole tally: for, against, abstaining, then perhaps invalid votes and members who did not vote
_TALLY = LazyRegex(
    _KIND.format(w="赞成", n=_N) + _SEP + _KIND.format(w="反对", n=_N) + _SEP + _KIND.format(w="弃权", n=_N) +
    rf"(?:{_SEP}(?:无效(?:票)?{_N}(?:票|张)|{_N}票无效|未(?:按表决器|投票|表决|按键){_N}(?:人|名)))*")
#: those present: 实到委员239人, 出席代表56人, 到会成员31名, 参加表决的代表45人
_PRESENT = LazyRegex(
    rf"(?<!应)(?:实到|实际到会|实际出席|出席(?:会议)?|到会|参加(?:会议|表决|投票))的?(?:会议)?"
    rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:代表|委员|成员|人员|股东|党员))?(?:共|为)?({_N})(?:人|名)")
#: valid ballots: 有效票78张, 收回有效票571张
_BALLOTS = rf"有效(?:选)?票(?:为|共)?({_N})(?:张|票)"
_VALID = LazyRegex(_BALLOTS)
#: valid ballots named right after a tally: …弃权7票，收回有效票571张
_VALID_AFTER = LazyRegex(r"[，,；;]?\s?(?:共)?(?:收回)?" + _BALLOTS)
#: what says some of those present did not vote
_NOT_ALL = LazyRegex(r"未|缺|离会|离席|请假|回避|不参加|没有参加")
#: the ends of sentences
_STOPS = ("。", "！", "？", "\n")
#: how far back the whole may stand (characters)
_REACH = 160


class VoteSum:
    """``whole`` (voters present, or valid ballots) = ``parts`` (the votes of each kind)."""

    __slots__ = ("parts", "whole")

    def __init__(self, whole: Quantity, parts: list[Quantity]):
        self.whole, self.parts = whole, parts


def document_vote_sums(doc) -> list[VoteSum]:
    """The vote tallies of *doc* with the count they must add up to, found once per document."""
    cached = doc.cache.get("vote_sums")
    if cached is None:
        cached = []
        view, norm, _ = document_quantities(doc)
        for at in find_all(norm, "弃权"):
            lo = max(0, at - 40)
            tally = next((m for m in _TALLY.finditer(norm, lo, min(len(norm), at + 40))
                          if m.start() <= at < m.end()), None)
            if tally is not None:
                found = _vote_sum(view, norm, tally.start(), tally.end())
                if found is not None:
                    cached.append(found)
        doc.cache["vote_sums"] = cached
    return cached


def _vote_sum(view, norm: str, start: int, end: int) -> VoteSum | None:
    parts = [q for q in parse_range(view, norm, start, end) if q.unit in ("票", "张", "人")]
    if len(parts) < 3 or any(q.qualifier for q in parts):
        return None
    whole, short_allowed = _whole_before(view, norm, start)
    if whole is None:
        after = _VALID_AFTER.match(norm, end, min(len(norm), end + 16))
        if after is None:
            return None
        whole = _quantity_at(view, norm, after.start(1), after.end())
        short_allowed = True
    if whole is None or whole.qualifier:
        return None
    total = sum(q.value for q in parts)
    if total < whole.value and not short_allowed:
        return None
    return VoteSum(whole, parts)


def _whole_before(view, norm: str, start: int) -> tuple[Quantity | None, bool]:
    """The nearest count of voters or valid ballots before a tally at *start*, in its sentence or the one before;
    and whether a tally short of it is an error (nothing between them says some did not vote)."""
    lo = reach = max(0, start - _REACH)
    first_stop = max(norm.rfind(mark, lo, start) for mark in _STOPS)
    if first_stop != -1:  # (the sentence before the tally's, and no further)
        while first_stop > lo and norm[first_stop - 1] in _STOPS:
            first_stop -= 1  # (。 and a line break: one end)
        lo = max(lo, max(norm.rfind(mark, lo, first_stop) for mark in _STOPS) + 1)
    best, ballots = None, False
    for pattern, since in ((_PRESENT, lo), (_VALID, reach)):  # (the ballots of an election: every candidate's)
        for m in pattern.finditer(norm, since, start):
            if best is None or m.start() > best.start():
                best, ballots = m, pattern is _VALID
    if best is None:
        return None, False
    whole = _quantity_at(view, norm, best.start(1), best.end())
    return whole, ballots or _NOT_ALL.search(norm, best.end(), start) is None


def _quantity_at(view, norm: str, lo: int, hi: int) -> Quantity | None:
    found = [q for q in parse_range(view, norm, lo, hi) if q.clean_start == lo]
    return found[0] if found else None
