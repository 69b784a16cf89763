"""Rare words that some readings need before they look at a document, found in one scan of it.

Each family gates its rarer readings on a word (扣除 for what is taken from a whole, ``null`` for a report
generator's empty field, ``'''`` for a wiki page's markup …). A search for one word costs a pass over the text (about
0.8 ns a character from its rarest character, :func:`auditor.scan.contains`); a regular expression of all of them
costs about two, whatever their number. So the words are looked for together, once a document, and each reading asks
the set.

>>> from auditor.document import Document
>>> doc = Document("a.txt", "营业收入900万元，扣除成本后利润为300万元。")
>>> has(doc, "扣除"), has(doc, "null")
(True, False)
"""

from __future__ import annotations

from re import escape

from auditor.lazyregex import LazyRegex

#: the words, each a whole word of a reading's gate (none inside another: the scan finds one at a place)
WORDS = (
    # totals and percentages (auditor.quantities, auditor.relations, auditor.sentence_lists, auditor.named_counts)
    "正在", "在建", "前期", "扣除", "亏", "计算", "综上", "总体看", "总的来看", "汇总来看", "总体来看", "综合来看",
    "四季度", "一是", "如下", "（一）", "超标率",
    # placeholders (auditor.kinds.placeholder)
    "0000-00-00", "0000年00月00日", "null", "undefined", "NaN", "_月", "_日",
    # markup (auditor.kinds.mojibake)
    "'''", "|]]", "{{cite", "<ref", "\n==", "\\cite", "\\%", "\\section", "\\footnote", "\\text", "\\emph", "TeX",
)

_SCAN = LazyRegex("|".join(escape(word) for word in sorted(WORDS, key=len, reverse=True)))


def words_in(doc) -> frozenset[str]:
    """The :data:`WORDS` that *doc*'s text holds, found once a document."""
    found = doc.cache.get("cue_words")
    if found is None:
        found = doc.cache["cue_words"] = frozenset(_SCAN.findall(doc.text))
    return found


def has(doc, word: str) -> bool:
    """Whether *doc*'s text holds *word*, one of :data:`WORDS`."""
    return word in words_in(doc)


def words_of(text: str) -> frozenset[str]:
    """The :data:`WORDS` that *text* holds (for a reading given a text, not a document)."""
    return frozenset(_SCAN.findall(text))
