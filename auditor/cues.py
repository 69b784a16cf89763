"""Rare words that some readings need before they look at a document, each looked for once a document.

Each family gates its rarer readings on a word (扣除 for what is taken from a whole, ``null`` for a report
generator's empty field, three apostrophes for a wiki page's bold …). Several readings may ask for the same word, so
the answers are kept with the document: each word costs one search (from its rarest character,
:func:`auditor.scan.contains`, about 0.1 to 0.8 ns a character), and only when a reading asks for it. One regular
expression of all the words was measured dearer on real reports: it stops at every character that opens one of them
(一, 在, 总, a digit, a line break), 89 instructions a character against a few for each word asked.

>>> from auditor.document import Document
>>> doc = Document("a.txt", "营业收入900万元，扣除成本后利润为300万元。")
>>> has(doc, "扣除"), has(doc, "null")
(True, False)
"""

from __future__ import annotations

from auditor.scan import contains

#: the words the readings ask for, each a whole word of a reading's gate
WORDS = (
    # totals and percentages (auditor.quantities, auditor.relations, auditor.sentence_lists, auditor.named_counts)
    "正在", "在建", "前期", "扣除", "亏", "计算", "综上", "各项", "总体看", "总的来看", "汇总来看", "总体来看",
    "综合来看",
    "四季度", "前三季度", "上半年", "一是", "如下", "（一）", "超标率",
    # placeholders (auditor.kinds.placeholder)
    "0000-00-00", "0000年00月00日", "null", "undefined", "NaN", "_月", "_日",
    # markup (auditor.kinds.mojibake)
    "'''", "[[", "{{cite", "<ref", "\n==", "\\cite", "\\%", "\\section", "\\footnote", "\\text", "\\emph", "TeX",
)

#: marks that reports rarely hold and several words share: each word's first such mark, looked for once a document
_GATE_MARKS = "\\_'|{<="
_GATES = {word: next(ch for ch in word if ch in _GATE_MARKS) for word in WORDS if any(ch in _GATE_MARKS for ch in word)}


class Words:
    """The :data:`WORDS` a text holds, each looked for when first asked (``"扣除" in words``)."""

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        known = self._known
        found = known.get(word)
        if found is None:
            gate = _GATES.get(word)
            if gate is not None:  # (one search for the mark the word shares with others: \ of \cite, \emph …)
                present = known.get(gate)
                if present is None:
                    present = known[gate] = gate in self._text
                if not present:
                    known[word] = False
                    return False
            found = known[word] = contains(self._text, word)
        return found

    def isdisjoint(self, words) -> bool:
        """Whether the text holds none of *words* (each looked for in turn, up to the first it holds)."""
        return not any(word in self for word in words)


def words_in(doc) -> Words:
    """The :data:`WORDS` that *doc*'s text holds, each looked for once a document."""
    found = doc.cache.get("cue_words")
    if found is None:
        found = doc.cache["cue_words"] = Words(doc.text)
    return found


def has(doc, word: str) -> bool:
    """Whether *doc*'s text holds *word*, one of :data:`WORDS`."""
    return word in words_in(doc)


def words_of(text: str) -> Words:
    """The :data:`WORDS` that *text* holds (for a reading given a text, not a document)."""
    return Words(text)
