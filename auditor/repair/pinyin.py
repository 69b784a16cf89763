"""Pinyin annotations glued to the characters they annotate: ``發(fā)展`` for ``發展``.

Some scrapers keep the ruby text of a page (or a "show pinyin" widget) and write it in ASCII
parentheses right after each annotated character. The annotation is never part of the sentence;
removing it is always right when it is a real pinyin syllable glued to a Han character.

>>> [(m.start, m.end, m.fix) for m in find_annotations("區(qū)委領(lǐng)導(dǎo)")]
[(0, 5, '區'), (6, 19, '領導')]
>>> strip_annotations("發(fā)展")
'發展'

A lesson that writes pinyin apart from the character (``发 (fā)``, ``fā``) is not an artefact.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.lazyregex import LazyRegex

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = "a-zü" + TONED
#: one annotation: a Han character, then a parenthesised pinyin-looking word
ANNOTATION = LazyRegex(rf"(?<=\p{{Han}})\(([{_LETTERS}]{{1,7}})\)")
#: the same parenthesised word wherever it stands (after a repaired character, for instance)
PARENTHESISED = LazyRegex(rf"\(([{_LETTERS}]{{1,7}})\)")
_TONE = LazyRegex(f"[{TONED}]")
# initial + final, tones on the vowels; also the syllables m, n, ng, hm, hng (ḿ, ň, ǹg …)
_SYLLABLE = LazyRegex(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?"
    r"|h?[mnḿńňǹ]g?"
)


@dataclass(frozen=True)
class Annotated:
    """A run ``[start, end)`` of consecutive annotated characters and the text without annotations."""

    start: int
    end: int
    fix: str
    count: int


def is_syllable(word: str, allow_toneless: bool = False) -> bool:
    """True for a pinyin syllable (``fā``, ``zhǎn``; ``de`` only when *allow_toneless*)."""
    if not _SYLLABLE.fullmatch(word):
        return False
    return allow_toneless or bool(_TONE.search(word))


def count_toned(text: str) -> int:
    """How many annotations of *text* carry a tone mark (evidence that the document has the artefact)."""
    if "(" not in text:
        return 0
    return sum(1 for m in ANNOTATION.finditer(text) if _TONE.search(m.group(1)) and is_syllable(m.group(1)))


def find_annotations(text: str, allow_toneless: bool = False) -> list[Annotated]:
    """Runs of consecutive annotated characters, one per run (``領(lǐng)導(dǎo)`` is one run).

    Toneless annotations (``們(men)``) count only with *allow_toneless*, which callers set when the
    document has toned annotations too: on its own, ``(de)`` after a character may be anything.
    """
    if "(" not in text:
        return []
    runs: list[Annotated] = []
    for m in ANNOTATION.finditer(text):
        if not is_syllable(m.group(1), allow_toneless):
            continue
        start = m.start() - 1
        if runs and runs[-1].end == start:
            last = runs[-1]
            runs[-1] = Annotated(last.start, m.end(), last.fix + text[start], last.count + 1)
        else:
            runs.append(Annotated(start, m.end(), text[start], 1))
    return runs


def strip_annotations(text: str, allow_toneless: bool = False) -> str:
    """*text* without the pinyin annotations that :func:`find_annotations` finds."""
    pieces = []
    last = 0
    for run in find_annotations(text, allow_toneless):
        pieces.append(text[last:run.start])
        pieces.append(run.fix)
        last = run.end
    pieces.append(text[last:])
    return "".join(pieces)
