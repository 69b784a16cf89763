"""Huge documents checked by several processes at once: pieces cut at sentence ends, merged back.

A worker process checks one chunk of documents at a time, so a single document of 50 MB would keep one
core busy while the others wait. :func:`split` cuts such a document into pieces of about
:data:`PIECE_CHARS` characters, each ending after a line that closes a sentence (``。\\n``), and gives
every piece :data:`MARGIN` characters of the text on each side, so that every look at the context
(a sentence, a clause, a rule's allow/deny window) sees what it would see in the whole document. A piece
keeps only the findings that start in its own stretch, with whole-document offsets.

Rules that judge a document as a whole (``document_scope``: PC005 mixed % signs, MJ010's evidence of
systematic pinyin annotations, AU001 unused suppressions, the encoding rules) are not run on pieces:
the engine runs them once on the whole document, then applies suppressions and fingerprints as for
any document (:func:`auditor.engine.audit_document` with the pieces' findings). Documents with
ignored spans (Markdown code) or read issues are never split.

>>> text = "第一句。\\n" * 4
>>> [(p.own_start, p.own_end) for p in split(Document("a.txt", text), piece_chars=10, margin=2)]
[(0, 15), (15, 20)]
"""

from __future__ import annotations

from collections import namedtuple as NamedTuple
from collections.abc import Iterator

from auditor.document import Document
from auditor.finding import Finding
from auditor.lazyregex import LazyRegex

#: documents longer than this many characters are split when several processes check them …
SPLIT_ABOVE = 1_000_000
#: … into pieces of about this many characters
PIECE_CHARS = 250_000
#: the text each piece sees beyond its own stretch, on each side
MARGIN = 2_000
#: a cut stands after a line break that follows the end of a sentence
_CUT = LazyRegex(r"[。！？!?]\r?\n")
#: the key under which a piece document carries ``(own_start, own_end)``, relative to its text
PIECE_KEY = "piece"


class Piece(NamedTuple("Piece", "document offset own_start own_end index count")):
    """One piece of a document: ``document`` holds the text ``[offset, offset + len)`` of the whole,
    and the piece owns the findings that start in ``[own_start, own_end)`` (whole-document offsets);
    it is piece *index* of *count*."""

    __slots__ = ()


def splittable(doc: Document, split_above: int = SPLIT_ABOVE) -> bool:
    """Whether *doc* is worth splitting and can be split without changing any finding."""
    return doc.is_text and len(doc.text) > split_above and not doc.ignored_spans and not doc.read_issues


def cut_points(text: str, piece_chars: int = PIECE_CHARS, fine_from: int | None = None,
               fine_chars: int = 0) -> list[int]:
    """Offsets after ``。\\n`` (or ``！？!?``) about *piece_chars* apart; none where no sentence ends. From
    offset *fine_from* on (when given), about *fine_chars* apart.

    >>> text = "一句。\\n" * 20
    >>> cut_points(text, 40), cut_points(text, 40, fine_from=50, fine_chars=8)
    ([44], [44, 56, 68])
    """
    cuts: list[int] = []
    position = _next_cut(0, piece_chars, fine_from, fine_chars)
    n = len(text)
    while position < n:
        m = _CUT.search(text, position)
        if m is None or m.end() >= n:
            break
        cuts.append(m.end())
        position = _next_cut(m.end(), piece_chars, fine_from, fine_chars)
    return cuts


def _next_cut(after: int, piece_chars: int, fine_from: int | None, fine_chars: int) -> int:
    """Where to look for the cut after the one at *after* (see :func:`cut_points`)."""
    if fine_from is None or after + piece_chars <= fine_from:
        return after + piece_chars
    return max(fine_from, after + fine_chars)


def split(doc: Document, piece_chars: int = PIECE_CHARS, margin: int = MARGIN) -> list[Piece]:
    """The pieces of *doc* (one piece, the whole text, when no cut can be made)."""
    return list(iter_pieces(doc, piece_chars, margin))


def iter_pieces(doc: Document, piece_chars: int = PIECE_CHARS, margin: int = MARGIN, fine_from: int | None = None,
                fine_chars: int = 0) -> Iterator[Piece]:
    """:func:`split`, one piece at a time: the first can be sent to a worker before the others are cut
    out of the text (making the 73 pieces of a 50 MB file takes about 27 ms). *fine_from*, *fine_chars*:
    smaller pieces from that offset on (see :func:`cut_points`)."""
    text = doc.text
    bounds = [0, *cut_points(text, piece_chars, fine_from, fine_chars), len(text)]
    count = len(bounds) - 1
    for index in range(count):
        own_start, own_end = bounds[index], bounds[index + 1]
        lo, hi = max(0, own_start - margin), min(len(text), own_end + margin)
        part = Document(doc.path, text[lo:hi], encoding=doc.encoding)
        part.cache[PIECE_KEY] = (own_start - lo, own_end - lo)
        yield Piece(part, lo, own_start, own_end, index, count)


def own_findings(piece_doc: Document, findings: list) -> list:
    """The findings of a piece document that start in its own stretch (piece offsets)."""
    own_start, own_end = piece_doc.cache[PIECE_KEY]
    return [f for f in findings if own_start <= f.start < own_end]


def shifted(finding: Finding, delta: int) -> Finding:
    """*finding* moved by *delta* characters (a copy: findings may be shared)."""
    (rule_id, category, severity, message, start, end, subtype, fix, safe_fix, verified, diagnosis,
     fingerprint) = finding._values()
    return Finding(rule_id, category, severity, message, start + delta, end + delta, subtype, fix, safe_fix, verified,
                   diagnosis, fingerprint)
