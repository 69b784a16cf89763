"""The rare words the readings gate on (auditor.cues): each answered as a plain search would, once a document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import auditor.cues as cues
from auditor.document import Document

#: characters the words are made of, and a few others, so that generated texts hold words and near misses
_PIECES = sorted({ch for word in cues.WORDS for ch in word} | set("年月日的，。 x"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(cues.WORDS), st.sampled_from(_PIECES)), max_size=30).map("".join))
def test_every_word_is_found_exactly_where_a_plain_search_finds_it(text):
    doc = Document("a.txt", text)
    for word in cues.WORDS:
        assert cues.has(doc, word) == (word in text)
        assert (word in cues.words_of(text)) == (word in text)


def test_a_word_is_looked_for_once_a_document(monkeypatch):
    calls = []

    def counting(text, word):
        calls.append(word)
        return word in text

    monkeypatch.setattr(cues, "contains", counting)
    doc = Document("a.txt", "营业收入900万元，扣除成本后利润为300万元。")
    assert cues.has(doc, "扣除") and cues.has(doc, "扣除") and not cues.has(doc, "null") and not cues.has(doc, "null")
    assert calls == ["扣除", "null"]


def test_words_the_text_does_not_hold_are_not_found_in_overlapping_neighbours():
    # 总体来看 holds neither 总体看 nor 总的来看; 综合来看 is no 综上
    words = cues.words_of("总体来看，综合来看，")
    assert "总体来看" in words and "综合来看" in words
    assert "总体看" not in words and "总的来看" not in words and "综上" not in words


def test_the_markup_readers_gate_on_words_of_the_list():
    from auditor.kinds import mojibake

    assert mojibake._WIKI_WORDS.issubset(cues.WORDS) and mojibake._LATEX_WORDS.issubset(cues.WORDS)
