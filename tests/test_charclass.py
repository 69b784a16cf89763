"""A character class asked one character at a time answers as its pattern does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.charclass import CharClass
from auditor.kinds import placeholder
from auditor.lazyregex import LazyRegex


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12), st.integers(-3, 14), st.integers(0, 14))
def test_answers_are_the_patterns(text, lo, hi):
    for pattern in (placeholder._CJK, placeholder._TOKEN_EDGE):
        members = CharClass(pattern)
        for ch in text:
            assert members[ch] == (pattern.fullmatch(ch) is not None)
        assert members.any_in(text, lo, hi) == (pattern.search(text, max(lo, 0), hi) is not None)


def test_each_character_is_asked_once():
    asked = []
    pattern = re.compile("[0-9]")

    class Counting:
        def fullmatch(self, ch):
            asked.append(ch)
            return pattern.fullmatch(ch)

    digits = CharClass(Counting())
    assert [digits[ch] for ch in "a1a1b"] == [False, True, False, True, False]
    assert asked == ["a", "1", "b"]


def test_beyond_the_basic_plane_and_lone_surrogates():
    han = CharClass(LazyRegex(r"\p{Han}"))
    assert han["𠀀"] and han["发"] and not han["\ud800"] and not han["a"]
