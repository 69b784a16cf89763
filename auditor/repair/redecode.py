"""Undo text that was decoded with the wrong codec: re-encode it with that codec, decode it with the right one.

A *form* names the damage as ``<right>-as-<wrong>``: ``utf8-as-gbk`` is UTF-8 bytes that were read as
GBK. Each ``undo_*`` function reverses one form *strictly*: every character must encode with the wrong
codec and the bytes must decode without error with the right one, or the function returns ``None``.

>>> undo_utf8_as_gbk("鍙戝睍")
'发展'
>>> undo_gbk_as_latin1("·¢Õ¹")
'发展'
>>> undo_utf8_as_gbk("发展") is None
True

A strict round trip is not enough on its own: many short strings of Chinese characters happen to be
valid GBK or Big5 bytes of *something*. :func:`find_repairs` therefore only accepts a repair that is
much more plausible (:func:`auditor.repair.common.plausibility`) than the text it replaces.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections import namedtuple as NamedTuple
from functools import lru_cache
from itertools import pairwise

from auditor.lazyregex import LazyRegex, compile_re
from auditor.repair import INVISIBLE_STARTS, LOOKALIKE_IDEOGRAPHS, PDF_LIGATURES, TONED, cyrillic, hanzi
from auditor.repair.common import char_score, listed_class, plausibility, rank
from auditor.repair.hanzi import MARGIN, SWAP_MARGIN, clearly_more_plausible
from auditor.repair.quick import needs_no_search, spaced_han

# --------------------------------------------------------------------------- codecs

#: the characters windows-1252 puts at bytes 0x80–0x9F (the five undefined bytes are absent)
_CP1252_HIGH = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
#: the bytes windows-1252 leaves undefined; a decoder drops them or keeps them as C1 controls
CP1252_UNDEFINED = bytes((0x81, 0x8D, 0x8F, 0x90, 0x9D))
#: every character a Latin-1 or windows-1252 decoder produces for a byte >= 0x80
LATIN_HIGH = "".join(chr(c) for c in range(0x80, 0x100)) + "".join(_CP1252_HIGH)
#: the characters lossy damage starts with besides C1 controls and private use (U+FFFD, 锟斤拷, 烫烫烫, 屯屯屯):
#: :func:`suspects` finds them too, for the lossy rule of :mod:`auditor.kinds.mojibake`
LOSSY_STARTS = "\ufffd锟烫屯葺锘"  # (锘: UTF-8's byte-order mark read as GBK, MJ014)
#: half-width katakana (a class's range): what UTF-8 Chinese read as Shift_JIS leaves among kanji (MJ007)
HALFWIDTH_KANA = "\uff61-\uff9f"


def latin_bytes(text: str) -> bytes | None:
    """The bytes that a Latin-1 / windows-1252 decoder turned into *text*, or ``None``.

    Both codecs are accepted at once, as web browsers do: ``‘`` is byte 0x91 (windows-1252) and U+0091
    is byte 0x91 as well (Latin-1, or an undefined windows-1252 byte kept as a control character).

    >>> latin_bytes("å‘") == bytes([0xE5, 0x91])
    True
    >>> latin_bytes("发") is None
    True
    """
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
            continue
        byte = _CP1252_HIGH.get(ch)
        if byte is None:
            return None
        out.append(byte)
    return bytes(out)


def _encode(text: str, codec: str) -> bytes | None:
    if codec == "latin":
        return latin_bytes(text)
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def _decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _undo(text: str, wrong: str, right: str) -> str | None:
    data = _encode(text, wrong)
    return None if data is None else _decode(data, right)


def undo_utf8_as_gbk(text: str) -> str | None:
    """UTF-8 bytes read as GBK/GB18030 (``鍙戝睍`` → ``发展``): encode GB18030, decode UTF-8.

    GB18030 is used for encoding because it is what decoders labelled "gbk" really apply (browsers,
    most libraries): it also maps the user-defined byte pairs that such garbles contain to private-use
    characters.
    """
    return _undo(text, "gb18030", "utf-8")


def undo_utf8_as_big5(text: str) -> str | None:
    """UTF-8 bytes read as Big5 (``撅`` …): encode Big5 (or CP950), decode UTF-8.

    Big5 has no characters for most byte pairs of UTF-8 Chinese, so this damage is usually lossy (the
    decoder wrote U+FFFD); only stretches that survived whole can be undone.
    """
    return _undo(text, "big5", "utf-8") or _undo(text, "cp950", "utf-8")


def undo_gbk_as_big5(text: str) -> str | None:
    """GBK bytes read as Big5 (``楷桯冪撳`` → ``发展经济``): encode Big5, decode GBK."""
    return _undo(text, "big5", "gbk") or _undo(text, "cp950", "gbk")


def undo_big5_as_gbk(text: str) -> str | None:
    """Big5 bytes read as GBK (``祇甶竒蕾`` → ``發展經濟``): encode GB18030, decode Big5."""
    return _undo(text, "gb18030", "big5") or _undo(text, "gb18030", "cp950")


def undo_utf8_as_latin1(text: str) -> str | None:
    """UTF-8 bytes read as Latin-1 or windows-1252 (``cafÃ©`` → ``café``, ``å\\x8f‘`` → ``发``)."""
    return _undo(text, "latin", "utf-8")


def undo_gbk_as_latin1(text: str) -> str | None:
    """GBK bytes read as Latin-1 or windows-1252 (``·¢Õ¹`` → ``发展``): encode Latin-1, decode GBK."""
    return _undo(text, "latin", "gbk")


def undo_big5_as_latin1(text: str) -> str | None:
    """Big5 bytes read as Latin-1 or windows-1252 (``ªï¿ãÅD`` → ``迎踴躍``): encode Latin-1, decode Big5 (CP950)."""
    return _undo(text, "latin", "big5") or _undo(text, "latin", "cp950")


def undo_utf8_as_codepage(text: str, codec: str) -> str | None:
    """UTF-8 bytes read with a single-byte code page (``ењЁ`` → ``在`` with ``cp1251``; ``Âú∫`` → ``场`` with
    ``mac_roman``; ``σ«î`` → ``完`` with ``cp437``): encode with it, decode UTF-8.

    >>> undo_utf8_as_codepage("ењЁ", "cp1251"), undo_utf8_as_codepage("σ«î", "cp437")
    ('在', '完')
    """
    return _undo(text, codec, "utf-8")


#: single-byte code pages UTF-8 Chinese is read with, by form: every Chinese character becomes three of
#: their characters (Cyrillic for windows-1251, box drawing and Greek for DOS 437, accented letters and
#: math signs for Mac OS Roman, box drawing and Cyrillic for KOI8-R and DOS 866)
CODEPAGES = {"utf8-as-cp1251": "cp1251", "utf8-as-macroman": "mac_roman", "utf8-as-cp437": "cp437",
             "utf8-as-koi8r": "koi8_r", "utf8-as-cp850": "cp850", "utf8-as-cp866": "cp866"}


#: single-byte code pages of Cyrillic (and DOS) that GBK Chinese is read with, by form: every Chinese character
#: becomes two of their characters (ЈЁИэ for （三）with windows-1251; box drawing and Cyrillic with KOI8-R and DOS 866;
#: box drawing and accented letters with DOS 437, ╣ñ╫≈ for 工作: a file name in an archive made on Chinese Windows; math
#: signs and accented letters with Mac OS Roman, ∑˜ for 作: a page saved on an old Mac)
GBK_CODEPAGES = {"gbk-as-cp1251": "cp1251", "gbk-as-koi8r": "koi8_r", "gbk-as-cp866": "cp866", "gbk-as-cp437": "cp437",
                 "gbk-as-macroman": "mac_roman"}
#: … by code page
_GBK_FORM_OF = {codec: form for form, codec in GBK_CODEPAGES.items()}


def undo_gbk_as_codepage(text: str, codec: str) -> str | None:
    """GBK bytes read with a single-byte code page of Cyrillic (``іЗКР`` → ``城市`` with ``cp1251``): encode with
    it, decode GBK.

    >>> undo_gbk_as_codepage("іЗКР", "cp1251"), undo_gbk_as_codepage("Ёгйп", "koi8_r")
    ('城市', '城市')
    """
    return _undo(text, codec, "gbk")


def undo_gbk_as_euckr(text: str) -> str | None:
    """GBK bytes read as EUC-KR/CP949 (``크撚藤槻`` → ``农业增效``): encode CP949, decode GBK."""
    return _undo(text, "cp949", "gb18030")


def undo_gbk_as_sjis(text: str) -> str | None:
    """GBK bytes read as Shift_JIS, each byte a half-width katakana (``ﾈﾋｴﾎ`` → ``人次``): encode Shift_JIS,
    decode GBK."""
    return _undo(text, "shift_jis", "gb18030")


def undo_sjis_as_gbk(text: str) -> str | None:
    """Japanese Shift_JIS bytes read as GBK (``悈傪擖傟偡`` → ``水を入れす``): encode GBK, decode CP932."""
    return _undo(text, "gbk", "cp932")


def undo_euckr_as_gbk(text: str) -> str | None:
    """Korean EUC-KR bytes read as GBK (``窃膊 父靛绰`` → ``함께 만드는``): encode GBK, decode CP949."""
    return _undo(text, "gbk", "cp949")


UNDO = {
    **{form: (lambda text, _codec=codec: undo_utf8_as_codepage(text, _codec)) for form, codec in CODEPAGES.items()},
    "utf8-as-gbk": undo_utf8_as_gbk,
    "utf8-as-big5": undo_utf8_as_big5,
    "gbk-as-big5": undo_gbk_as_big5,
    "big5-as-gbk": undo_big5_as_gbk,
    "utf8-as-latin1": undo_utf8_as_latin1,
    "gbk-as-latin1": undo_gbk_as_latin1,
    "big5-as-latin1": undo_big5_as_latin1,
    "gbk-as-euckr": undo_gbk_as_euckr,
    "gbk-as-sjis": undo_gbk_as_sjis,
    "sjis-as-gbk": undo_sjis_as_gbk,
    "euckr-as-gbk": undo_euckr_as_gbk,
    **{form: (lambda text, _form=form: cyrillic.undo_swap(text, _form)) for form in cyrillic.SWAPS},
    **{form: (lambda text, _codec=codec: undo_gbk_as_codepage(text, _codec)) for form, codec in GBK_CODEPAGES.items()},
}
#: forms whose repairs :func:`find_repairs` reports (``double-encoding`` chains two of them)
FORMS = (*UNDO, "double-encoding")


def undo_utf8_missing_cp1252_byte(text: str) -> str | None:
    """UTF-8 read as windows-1252 by a decoder that dropped (or wrote U+FFFD for) its undefined bytes.

    ``å‘å±•`` → ``发展``: windows-1252 has no characters for the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D,
    so a decoder drops them or writes U+FFFD. Each UTF-8 character short of such a byte gets back the
    one of the five that gives a clearly more common character than the others; where none is clearly
    best (``朝`` or ``服``?), or two bytes are missing, the character stays lost as U+FFFD. This is a
    guess: callers must not treat it as certain. ``None`` when the bytes are not UTF-8 at all.

    >>> undo_utf8_missing_cp1252_byte("å‘å±•")
    '发展'
    >>> undo_utf8_missing_cp1252_byte("å\ufffd‘")
    '发'
    >>> undo_utf8_missing_cp1252_byte("æœ\ufffd")
    '\ufffd'
    """
    seq: list[int | None] = []
    for ch in text:
        if ch == "\ufffd":
            seq.append(None)
            continue
        data = latin_bytes(ch)
        if data is None:
            return None
        seq.append(data[0])
    out: list[str] = []
    i = 0
    n = len(seq)
    while i < n:
        lead = seq[i]
        if lead is None:
            return None
        if lead < 0x80:
            out.append(chr(lead))
            i += 1
            continue
        size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
        if not size:
            return None
        present: list[int | None] = []
        j = i + 1
        while len(present) < size - 1 and j < n and (seq[j] is None or 0x80 <= seq[j] <= 0xBF):
            present.append(seq[j])
            j += 1
        out.append(_best_fill(lead, tuple(present), size))
        i = j
    return "".join(out)


@lru_cache(maxsize=4096)
def _best_fill(lead: int, present: tuple[int | None, ...], size: int) -> str:
    """The character of *size* UTF-8 bytes from *lead*, the continuation bytes *present* (``None`` for
    one written as U+FFFD) and at most one more dropped byte, the unknown bytes being undefined
    windows-1252 bytes; U+FFFD when no single character is clearly the most likely.

    Worked out once per process for each combination (up to 25 trial decodings and a plausibility score
    each): a damaged document repeats its characters."""
    dropped = size - 1 - len(present)
    if dropped > 1 or dropped + present.count(None) > 2:
        return "\ufffd"
    layouts = [present] if not dropped else [[*present[:k], None, *present[k:]] for k in range(len(present) + 1)]
    found: dict[str, tuple[float, int]] = {}
    for layout in layouts:
        holes = [k for k, b in enumerate(layout) if b is None]
        fills = [()] if not holes else [(a,) for a in CP1252_UNDEFINED] if len(holes) == 1 else [
            (a, b) for a in CP1252_UNDEFINED for b in CP1252_UNDEFINED]
        for fill in fills:
            trial = list(layout)
            for k, byte in zip(holes, fill, strict=True):
                trial[k] = byte
            ch = _decode(bytes([lead, *trial]), "utf-8")
            if ch is not None and len(ch) == 1:
                found[ch] = (char_score(ch), rank(ch))
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[1][1]))
    if not ranked or ranked[0][1][0] == 0.0:
        return "\ufffd"
    if len(ranked) == 1:
        return ranked[0][0]
    (best, (_, place)), (_, (_, place2)) = ranked[0], ranked[1]
    return best if place * 3 <= place2 else "\ufffd"


# --------------------------------------------------------------------------- plausibility

def accept(garbled: str, repaired: str, *, strong: bool = False) -> bool:
    """Whether *repaired* is so much more plausible than *garbled* that it must be the original.

    Two tests: the share of common characters (:func:`auditor.repair.common.plausibility`), then the
    language model of :mod:`auditor.repair.hanzi` (bits per character, with a margin; a larger one
    when *garbled* holds words of another script). ``strong`` asks for more (forms with no structural
    check, such as GBK read as Big5, where any byte string decodes to something).
    """
    if not repaired or repaired == garbled:
        return False
    if any((ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0 for c in repaired):
        return False
    after = plausibility(repaired)
    before = plausibility(garbled)
    if strong:
        listed = after >= 0.75 and before <= 0.5 and after - before >= 0.35
    elif len(repaired.strip()) < 3:
        listed = after >= 0.8 and after - before >= 0.4
    else:
        listed = after >= 0.6 and after - before >= 0.3
    # the list of common characters says the repair is ordinary text; the language model must also find
    # it clearly more plausible than the text it replaces (loaded only here, for a candidate span)
    return listed and clearly_more_plausible(garbled, repaired, SWAP_MARGIN if strong else MARGIN)


def _latin_result_ok(repaired: str) -> bool:
    """A repaired Latin-script string (``café``): letters, marks and ordinary punctuation only."""
    import unicodedata

    if all(ord(c) < 0x80 for c in repaired) or "\ufffd" in repaired:
        return False
    return all(unicodedata.category(c)[0] in "LMNPSZ" and not 0x7F <= ord(c) < 0xA0 for c in repaired)


def _has_cjk(text: str) -> bool:
    """Han characters, kana or CJK and full-width punctuation in *text*."""
    return any(0x2E80 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF or 0xFF00 <= ord(c) <= 0xFFEF
               or ord(c) >= 0x20000 for c in text)


# --------------------------------------------------------------------------- the search

class Repair(NamedTuple("Repair", "start end form fix certain chain", defaults=(True, ()))):
    """A garbled stretch ``[start, end)`` of a text, its form and the original text when known (*fix*);
    *certain*: the repair is a strict round trip with a clear gain in plausibility; *chain*: the forms
    undone, outermost first (two for ``double-encoding``). A named tuple: cheap to define at start-up."""

    __slots__ = ()


#: ``name -> (codec, lead bytes, trail bytes)`` of the marker characters that
#: :mod:`auditor.repair.marker_chars` holds (``tools/build_marker_chars.py`` writes it from these)
MARKER_SOURCES = {"GBK_MARKERS": ("gb18030", range(0xE2, 0xF0), range(0x80, 0xC0)),
                  "BIG5_MARKERS": ("big5", range(0xE2, 0xF0), range(0xA1, 0xC0))}


def marker_chars(codec: str, leads: range, trails: range) -> str:
    """The distinct single characters *codec* makes of the byte pairs ``leads × trails``, in order.

    One bulk decode (pairs separated by line breaks). The run uses these characters as constants
    (:mod:`auditor.repair.marker_chars`), without decoding anything.
    """
    data = bytearray()
    for lead in leads:
        for trail in trails:
            data += bytes((lead, trail, 0x0A))
    chars: dict[str, None] = {}
    for piece in data.decode(codec, errors="replace").split("\n"):
        if len(piece) == 1 and piece != "\ufffd":
            chars.setdefault(piece)
    return "".join(chars)


#: the letters of pinyin's tone marks beyond Latin-1 (those in it, á, ì, ü …, are suspects as Latin-1 already): the
#: search for suspects finds them too, for the glued annotations of mojibake's MJ010 (累計jì接种, 發fā展)
PINYIN_TONES = "".join(ch for ch in TONED if ch > "\xff")


class _Patterns:
    """Character sets and regular expressions built on first use (importing this module builds nothing)."""

    def __init__(self) -> None:
        self._built = False

    def build(self) -> None:
        if self._built:
            return
        # Character classes use the standard library's re, whose big classes are much faster (compiled once
        # per machine: see auditor.lazyregex.compile_re).
        # The character a GBK (Big5) decoder makes of a UTF-8 lead byte E2–EF and a continuation byte:
        # every UTF-8 garble of two or more Chinese characters or CJK punctuation marks contains one.
        from auditor.repair.marker_chars import BIG5_MARKERS, GBK_MARKERS

        self.gbk_markers = frozenset(GBK_MARKERS)
        self.big5_markers = frozenset(BIG5_MARKERS)
        self.utf8_marker = compile_re("[" + re.escape("".join(sorted(self.gbk_markers | self.big5_markers))) + "]")
        listed = listed_class()
        self.listed = frozenset(listed)
        # rare characters: Han not in the list, kana, bopomofo, math operators, Roman and circled numbers,
        # Greek, Cyrillic, box drawing, private use (what the symbol rows of GBK and Big5 hold)
        rare_bmp = ("\u3040-\u30ff\u3100-\u312f\u2200-\u22ff\u2160-\u217f\u2460-\u24ff\u0370-\u04ff\u2500-\u257f"
                    "\ue000-\uf8ff\uac00-\ud7a3")
        rare_han = _ranges_without(0x3400, 0x9FFF, self.listed) + _ranges_without(0xF900, 0xFAFF, self.listed)
        rare = rare_bmp + "\U00020000-\U0003ffff" + rare_han
        self.rare = compile_re("[" + rare + "]")
        self.latin1 = compile_re("[\x80-\xff]")
        # every character the three pre-checks look for, and those that lossy damage starts with
        # (mojibake's MJ007): one search finds them all, instead of a search per family
        # (and the look-alike ideographs of mojibake's MJ019, Kangxi radicals and compatibility ideographs, which
        # no re-decoding looks at: the rule reads them off the same search)
        bmp = (re.escape("".join(sorted(self.gbk_markers | self.big5_markers))) + rare_bmp + rare_han
               + "\x80-\xff" + re.escape(LOSSY_STARTS + INVISIBLE_STARTS) + HALFWIDTH_KANA + LOOKALIKE_IDEOGRAPHS
               + PDF_LIGATURES + PINYIN_TONES)
        self.suspect = compile_re("[" + bmp + "\U00020000-\U0003ffff\U000f0000-\U0010fffd]")
        # the same without the characters beyond the BMP, for a text that has none: a class that re checks
        # in one step (over 1.4 MB: 2.2 ms instead of 4.9)
        self.suspect_bmp = compile_re("[" + bmp + "]")
        # the suspects and the Latin runs (what latin_run finds) in one search: a suspect alone, or a run of
        # two or more Latin-1/windows-1252 characters (a lone “ or … matches nothing: the search goes on in C)
        run = re.escape(LATIN_HIGH) + "\ufffd"
        beyond = "\U00020000-\U0003ffff\U000f0000-\U0010fffd"
        self.scan = compile_re(f"[{bmp}{beyond}{run}](?:(?<=[{run}])[{run}]+|(?<=[{bmp}{beyond}]))")
        self.scan_bmp = compile_re(f"[{bmp}{run}](?:(?<=[{run}])[{run}]+|(?<=[{bmp}]))")
        self.markers = self.gbk_markers | self.big5_markers
        latin = re.escape(LATIN_HIGH)
        # [C]{2,}, with one C first: a search for a class rather than a repeat tried at every position
        self.latin_run = compile_re("[" + latin + "\ufffd][" + latin + "\ufffd]+")  # (U+FFFD alone: skipped)
        # a lead byte (0x81–0xFE) then a trail byte (0x40–0x7E or 0x80–0xFE), as Latin-1 characters
        lead = re.escape("".join(c for c in LATIN_HIGH if c not in "\x80\xff"))
        trail = re.escape("".join(c for c in LATIN_HIGH if c != "\xff")) + "\x40-\x7e"
        self.gbk_latin_region = compile_re(f"(?:[{lead}][{trail}]){{2,}}")
        self.japanese = compile_re("[のはをにがでとたてしするないかも]")
        self.symbolish = LazyRegex(r"[\p{Greek}\p{Cyrillic}\p{Co}\u2500-\u257f]")  # regex: compiled on use
        self._built = True


_P = _Patterns()


def _ranges_without(first: int, last: int, excluded: frozenset[str]) -> str:
    """A character-class body for the code points ``first..last`` that are not in *excluded*."""
    parts = []
    start = first
    for code in sorted(ord(c) for c in excluded if first <= ord(c) <= last):
        if code > start:
            parts.append(chr(start) if start == code - 1 else f"{chr(start)}-{chr(code - 1)}")
        start = code + 1
    if start <= last:
        parts.append(chr(start) if start == last else f"{chr(start)}-{chr(last)}")
    return "".join(parts)


_SEGMENT_END = LazyRegex(r"[\x00-\x7f\s]")  # what ends a segment: ASCII or white space (str.isspace)


def _segments(text: str, pattern: re.Pattern, min_hits: int) -> list[tuple[int, int]]:
    """The stretches of non-ASCII, non-space characters of *text* holding *min_hits* matches of *pattern*.

    A segment's ends are found by C scans (a forward search, and one over the reversed stretch before
    the hit), not character by character: Chinese lines are long runs of non-ASCII characters.
    """
    return _segments_at(text, [m.start() for m in pattern.finditer(text)], min_hits)


def _segments_at(text: str, positions: list[int], min_hits: int) -> list[tuple[int, int]]:
    """:func:`_segments`, given the positions (in order) of the matches of the pattern.

    The positions before a segment's end belong to it; the start of a segment (a search over the reversed
    text before it) is looked for only when the segment holds *min_hits* of them.
    """
    found: list[tuple[int, int]] = []
    n = len(text)
    search_end = _SEGMENT_END.search
    k = 0
    count = len(positions)
    while k < count:
        i = positions[k]
        end_match = search_end(text, i + 1)
        end = end_match.start() if end_match is not None else n
        after = k + 1
        while after < count and positions[after] < end:
            after += 1
        if after - k >= min_hits:
            found.append((_segment_start(text, i), end))
        k = after
    return found


def _segment_start(text: str, i: int, ender=_SEGMENT_END) -> int:
    """The start of the segment holding *i*: after the last character before it that *ender* finds (ASCII or
    white space; for a stretch of Cyrillic debris, what ends one: :func:`_stretch_pattern`)."""
    width = 256
    while True:
        lo = max(0, i - width)
        m = ender.search(text[lo:i][::-1])
        if m is not None:
            return i - m.start()
        if lo == 0:
            return 0
        width *= 4


def _segments_by_character(text: str, pattern: re.Pattern, min_hits: int) -> list[tuple[int, int]]:
    """:func:`_segments` as first written, one character at a time (tests compare the two)."""
    found: dict[tuple[int, int], int] = {}
    n = len(text)
    last: tuple[int, int] = (-1, -1)
    for m in pattern.finditer(text):
        i = m.start()
        if last[0] <= i < last[1]:
            found[last] += 1
            continue
        start = i
        while start > 0 and not text[start - 1].isascii() and not text[start - 1].isspace():
            start -= 1
        end = i + 1
        while end < n and not text[end].isascii() and not text[end].isspace():
            end += 1
        last = (start, end)
        found[last] = 1
    return [span for span, hits in found.items() if hits >= min_hits]


def find_repairs(text: str) -> list[Repair]:
    """Every stretch of *text* that a re-decoding repairs, in text order, without overlaps.

    Cheap pre-checks come first: one search per family for the characters its damage is made of;
    only the stretches holding such characters are examined.
    """
    return repairs_and_suspects(text)[0]


def repairs_and_suspects(text: str) -> tuple[list[Repair], list[tuple[int, str]] | None]:
    """:func:`find_repairs` of *text*, and the :func:`suspects` it found them from (``None`` when a short
    text of common characters needed no search)."""
    if not _P._built and needs_no_search(text):
        return [], None  # a short text of common characters: no need to build the big patterns
    found, runs = scan(text)
    return find_repairs_in(text, found, runs), found


def suspects(text: str) -> list[tuple[int, str]]:
    """``(position, character)`` of every character of *text* that one of the pre-checks of
    :func:`find_repairs` looks for (GBK/Big5 markers, rare characters, Latin-1), or that lossy damage
    starts with (:data:`LOSSY_STARTS`, supplementary private use): one search over the text."""
    return scan(text)[0]


def scan(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """The :func:`suspects` of *text*, and the spans of its runs of two or more Latin-1/windows-1252
    characters or U+FFFD (what ``_P.latin_run.finditer`` finds): one search for both."""
    _P.build()
    # no character beyond the BMP when UTF-16 takes two bytes a character (a copy of a BMP string: fast)
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        pattern, suspect = _P.scan_bmp, _P.suspect_bmp.match
    else:
        pattern, suspect = _P.scan, _P.suspect.match
    found: list[tuple[int, str]] = []
    runs: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if end - start == 1:  # a suspect alone (a run holds two characters or more)
            found.append((start, m.group()))
            continue
        runs.append((start, end))
        for i, ch in enumerate(m.group(), start):
            if suspect(ch):
                found.append((i, ch))
    return found, runs


def find_repairs_in(text: str, found_suspects: list[tuple[int, str]],
                    latin_runs: list[tuple[int, int]] | None = None) -> list[Repair]:
    """:func:`find_repairs`, given the :func:`suspects` of *text* (and its Latin runs, when known)."""
    _P.build()
    found: list[Repair] = []
    markers = _P.markers
    rare = _P.rare.match
    marker_at = [i for i, ch in found_suspects if ch in markers]
    if marker_at:
        found.extend(_scan_utf8_cjk(text, _segments_at(text, marker_at, 1)))
    rare_at = [i for i, ch in found_suspects if rare(ch)]
    if rare_at:
        swaps = _scan_double_byte(text, _segments_at(text, rare_at, 2))
        found.extend(swaps)
        # (a stretch of two to four characters with one rare character only: 絞啤虛埜 for 当班店员)
        found.extend(_short_double_byte(text, [i for i in rare_at if not any(r.start <= i < r.end for r in swaps)]))
    if any("\x80" <= ch <= "\xff" for _, ch in found_suspects):
        found.extend(_scan_latin(text, latin_runs))
    # (Japanese read as GBK: its kana became the GBK characters of lead bytes 82 and 83, rare ones; Korean: words apart
    # by spaces)
    kana_leads = [i for i in rare_at if _kana_lead(text[i])]
    spaced = spaced_han(text) if " " in text else []
    if kana_leads or spaced:
        found.extend(_scan_foreign_as_gbk(text, sorted(kana_leads + spaced)))
    if rare_at:  # (Japanese names in kanji read as GBK: no kana to tell them, only their bytes)
        found.extend(_scan_kanji_as_gbk(text, rare_at))
    kana_at = [i for i, ch in found_suspects if "\uff61" <= ch <= "\uff9f"]
    if kana_at:
        found.extend(_scan_gbk_as_sjis(text, kana_at))
    if any(ch == EMOJI_LEAD for _, ch in found_suspects):
        found.extend(_emoji_read_as_gbk(text, [i for i, ch in found_suspects if ch == EMOJI_LEAD]))
    found.extend(_scan_codepages(text, found_suspects, latin_runs))
    if any(ch in _DATE_UNIT_LEADS for _, ch in found_suspects):
        found.extend(damaged_dates(text))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Repair] = []
    for rep in found:
        if kept and rep.start < kept[-1].end:
            continue
        kept.append(rep)
    russian = _scan_russian(text, found_suspects)
    if russian:
        kept = _merged(kept, russian)
    return kept


def _merged(kept: list[Repair], russian: list[Repair]) -> list[Repair]:
    """*kept* (repairs in text order, without overlaps) with the Russian repairs that overlap none of them,
    or only repairs of a single-byte reading (:data:`CODEPAGES`, Latin-1) that they contain: the words of
    a Russian stretch read as Latin-1 one by one, or three characters of Russian debris that happen to be
    the UTF-8 of a Chinese character."""
    out: list[Repair] = []
    for rep in russian:
        if any(r.start < rep.end and rep.start < r.end and not (
                (r.form in CODEPAGES or r.form == "utf8-as-latin1") and rep.start <= r.start and r.end <= rep.end)
               for r in kept):
            continue
        out.append(rep)
    out.extend(r for r in kept if not any(r.start < x.end and x.start < r.end for x in out))
    out.sort(key=lambda r: r.start)
    return out


# ---- dates whose 年, 月 and 日 were damaged (a signature's date: too short for the scans below)

#: what each wrong reading makes of 年, 月 and 日: UTF-8 read as GBK (a byte lost to ? or U+FFFD after the
#: character), GBK read as Latin-1 or windows-1252, UTF-8 read as windows-1252 or Latin-1
_DATE_UNITS = {
    "utf8-as-gbk": ("骞[?\ufffd]?", "鏈[?\ufffd]?", "鏃[?\ufffd]?"),
    "gbk-as-latin1": ("Äê", "ÔÂ", "ÈÕ"),
    "utf8-as-latin1": ("å¹´", "æ(?:œ|\x9c)(?:ˆ|\x88)", "æ(?:—|\x97)¥"),
}
#: the first character of every damaged unit above: a text without any needs no search
_DATE_UNIT_LEADS = frozenset("骞Äå")
#: a year of four digits and its month (and day), the units damaged by one reading
_DAMAGED_DATE = {form: LazyRegex(rf"(?<![0-9])([0-9]{{4}})\s?{y}\s?([0-9]{{1,2}})\s?{m}(?:\s?([0-9]{{1,2}})\s?{d})?")
                 for form, (y, m, d) in _DATE_UNITS.items()}


def damaged_dates(text: str) -> list[Repair]:
    """Dates whose units 年/月 (and 日) were damaged by one wrong reading while the digits stayed
    (``2023骞?11鏈?12鏃?``, ``2021Äê5ÔÂ18ÈÕ``, ``2022å¹´3æœˆ``): a year of four digits, then its month, both
    units of one reading. Too short for the scans of longer stretches, certain by their shape.

    >>> [(r.form, r.fix) for r in damaged_dates("宁北区数据局\\n2023骞?11鏈?12鏃?\\n盛昌区统计局 2021Äê5ÔÂ18ÈÕ")]
    [('utf8-as-gbk', '2023年11月12日'), ('gbk-as-latin1', '2021年5月18日')]
    """
    out = []
    for form, pattern in _DAMAGED_DATE.items():
        for match in pattern.finditer(text):
            year, month, day = match.groups()
            fix = f"{year}年{month}月" + (f"{day}日" if day else "")
            out.append(Repair(match.start(), match.end(), form, fix, True, (form,)))
    return out


# ---- UTF-8 read as GBK or Big5

#: what GBK makes of the first two bytes of every UTF-8 emoji of the supplementary planes (F0 9F): 馃, a rare
#: character (馃子, a pastry), before a second one made of the emoji's last two bytes (馃憤 for 👍)
EMOJI_LEAD = "馃"


def _emoji_read_as_gbk(text: str, leads: list[int]) -> list[Repair]:
    """An emoji of UTF-8 read as GBK: 馃 and the character after it are, in GB18030, the four bytes of one
    character of U+1F000–U+1FAFF in UTF-8 (``服务很贴心馃憤`` for ``服务很贴心👍``). Each is a strict round trip;
    the character after 馃 must be made of two bytes in 80–BF, which no ordinary text puts there.

    >>> [(r.start, r.end, r.fix) for r in _emoji_read_as_gbk("点赞馃憤馃憤，馃子", [2, 4, 7])]
    [(2, 4, '👍'), (4, 6, '👍')]
    """
    out = []
    for i in leads:
        pair = text[i:i + 2]
        data = _encode(pair, "gb18030") if len(pair) == 2 else None
        decoded = _decode(data, "utf-8") if data is not None and len(data) == 4 else None
        if decoded is not None and len(decoded) == 1 and "\U0001f000" <= decoded <= "\U0001faff":
            out.append(Repair(i, i + 2, "utf8-as-gbk", decoded))
    return out


def _encoded_chars(segment: str, codec: str) -> list[bytes | None]:
    """The two bytes of each character of *segment* in *codec* (``None`` where there are not two).

    For GB18030, U+FFFD before another character of the segment stands for byte 0x80, the only byte
    of UTF-8 Chinese that a GBK decoder cannot read at all (a lead byte would have been paired with
    the next one); U+FFFD at the end of the segment is a lead byte whose partner was lost.
    """
    out: list[bytes | None] = []
    last = len(segment) - 1
    table = _char_table("pair", codec)  # each character's two bytes, worked out once per process
    for i, ch in enumerate(segment):
        if ch == "\ufffd":
            out.append(b"\x80" if codec == "gb18030" and i < last else None)
            continue
        pair = table.get(ch, _UNKNOWN)
        if pair is _UNKNOWN:
            data = _encode(ch, codec)
            pair = table[ch] = data if data is not None and len(data) == 2 else None
        out.append(pair)
    return out


def utf8_islands(segment: str, codec: str) -> list[tuple[int, int, str, bool]]:
    """Stretches of *segment* whose *codec* bytes are valid UTF-8: ``(start, end, decoded, cut)``.

    Offsets are character offsets into *segment*; a stretch starts and ends on a character boundary
    that is also a UTF-8 character boundary and holds at least two characters. When *segment* ends in
    U+FFFD and the bytes before it end in the middle of a UTF-8 character (whose last byte the decoder
    replaced), the stretch runs to that U+FFFD, ``decoded`` ends in U+FFFD for the lost character and
    ``cut`` is ``True``.

    >>> utf8_islands("鍙戝睍", "gb18030")
    [(0, 3, '发展', False)]
    >>> utf8_islands("鍙戝睍銆\ufffd", "gb18030")
    [(0, 5, '发展\ufffd', True)]
    """
    islands: list[tuple[int, int, str, bool]] = []
    encoded = _encoded_chars(segment, codec)
    n = len(segment)
    lost_tail = segment.endswith("\ufffd")
    for i, j in _present_runs(encoded):
        tail = lost_tail and j == n - 1
        for a, b, s, cut in _islands_of(encoded[i:j], tail):
            islands.append((a + i, b + i + (1 if cut else 0), s, cut))
    return islands


def _present_runs(values: list) -> list[tuple[int, int]]:
    """The maximal ``[i, j)`` runs of *values* without ``None``.

    >>> _present_runs([None, 1, 2, None, 3])
    [(1, 3), (4, 5)]
    """
    runs = []
    i, n = 0, len(values)
    while i < n:
        if values[i] is None:
            i += 1
            continue
        j = i
        while j < n and values[j] is not None:
            j += 1
        runs.append((i, j))
        i = j
    return runs


#: bytes no UTF-8 character starts with: the decoder refuses them at once (tests/test_fast_paths.py)
_NO_UTF8_LEAD = frozenset([*range(0x80, 0xC2), *range(0xF5, 0x100)])


def _islands_of(chunks: list[bytes | None], lost_tail: bool) -> list[tuple[int, int, str, bool]]:
    data = b"".join(c for c in chunks if c is not None)
    bounds = [0]
    for c in chunks:
        bounds.append(bounds[-1] + len(c or b""))  # (a 0x80 byte for U+FFFD is one byte long)
    n = len(chunks)
    out = []
    p = 0
    view = memoryview(data)
    while p < n:
        start = bounds[p]
        if data[start] in _NO_UTF8_LEAD:
            p += 1  # no UTF-8 character starts with this byte: what the decoder's error below comes to
            continue
        decoded, valid, incomplete = _utf8_prefix(view, start)
        if incomplete and lost_tail and n - p >= 2 and any(ord(c) > 0x7F for c in decoded):
            out.append((p, n, decoded + "\ufffd", True))
            break
        q = bisect_right(bounds, start + valid) - 1
        decoded = None
        while q > p:
            decoded = _decode(data[start:bounds[q]], "utf-8")
            if decoded is not None:
                break
            q -= 1
        if q - p >= 2 and decoded is not None and any(ord(c) > 0x7F for c in decoded):
            out.append((p, q, decoded, False))
        p = q if q > p else p + 1
    return out


#: the first stretch of bytes :func:`_utf8_prefix` decodes (each further one is four times longer)
_UTF8_WINDOW = 256


def _utf8_prefix(view: memoryview, start: int) -> tuple[str | None, int, bool]:
    """``(decoded, valid, incomplete)`` of the bytes of *view* from *start*: what
    ``codecs.utf_8_decode(view[start:], "strict", False)`` decodes and how many bytes, or, at its first
    error, ``(None, the error's offset, False)``; *incomplete*: only a truncated last character is left.

    Decoded in stretches that grow four times each (:data:`_UTF8_WINDOW` bytes first): the exception
    of an error holds a copy of all the bytes it was given, and the rest of a long text copied at each of
    its errors made a text that is one long run of mojibake quadratic (a run of 600,000 characters: 6 s,
    most of it in those copies). A character cut by the end of a stretch is left to the next one, so the
    answer is that of one call on all the bytes.

    >>> _utf8_prefix(memoryview("发展".encode() + bytes([255])), 0), _utf8_prefix(memoryview("发展".encode()[:-1]), 0)
    ((None, 6, False), ('发', 3, True))
    """
    end = len(view)
    parts = []
    pos = start
    window = _UTF8_WINDOW
    while True:
        stop = min(end, pos + window)
        try:
            text, used = codecs.utf_8_decode(view[pos:stop], "strict", False)
        except UnicodeDecodeError as exc:
            return None, pos + exc.start - start, False
        parts.append(text)
        pos += used
        if stop == end:
            return "".join(parts), pos - start, pos < end
        window *= 4


def _scan_utf8_cjk(text: str, segments: list[tuple[int, int]]) -> list[Repair]:
    repairs: list[Repair] = []
    for base, stop in segments:
        seg = text[base:stop]
        options: list[Repair] = []
        for codec, form, markers in (("gb18030", "utf8-as-gbk", _P.gbk_markers),
                                     ("big5", "utf8-as-big5", _P.big5_markers)):
            if markers.isdisjoint(seg):
                continue
            for a, b, decoded, cut in utf8_islands(seg, codec):
                rep = _judge_utf8(text, seg, base, a, b, decoded, cut, form)
                if rep is not None:
                    options.append(rep)
            if form == "utf8-as-big5" and not options and _lossy_big5(seg):
                # Big5 has no characters for most UTF-8 byte pairs: the decoder wrote U+FFFD for them
                # and the text is lost, but its signature (rare characters between U+FFFD) remains
                options.append(Repair(base, base + len(seg), form, None, False, (form,)))
        repairs.extend(_best_per_span(options))
    return repairs


def _word_pairs(text: str) -> int:
    from auditor.repair.hanzi import word_pairs  # (the model is loaded only for a candidate span)

    return word_pairs(text)


def _lossy_big5(seg: str) -> bool:
    return seg.count("\ufffd") >= 3 and sum(1 for c in seg if c in _P.big5_markers) >= 3 and \
        plausibility(seg.replace("\ufffd", "")) < 0.4


def _judge_utf8(text, seg, base, a, b, decoded, cut, form) -> Repair | None:
    garbled = seg[a:b]
    start, end = base + a, base + b
    inner = _undo_again(decoded)
    if inner is not None and accept(garbled, inner[1]):
        return Repair(start, end, "double-encoding", inner[1], inner[2], (form, inner[0]))
    if accept(garbled, decoded):
        # a U+FFFD in the garble stands for a guessed byte (0x80 for GB18030, but a strict GBK decoder
        # also writes it for pairs it cannot map): such a repair is likely, not certain
        guessed = "\ufffd" in (garbled[:-1] if cut else garbled)  # a lost last character is kept as U+FFFD
        certain = len(decoded.replace("\ufffd", "").strip()) >= 2 and not guessed
        return Repair(start, end, form, decoded, certain, (form,))
    return None


def _undo_again(decoded: str) -> tuple[str, str, bool] | None:
    """A second layer of damage inside an already re-decoded string: ``(form, text, certain)``."""
    best = None
    for form in ("utf8-as-gbk", "utf8-as-latin1", "utf8-as-big5"):
        found = _undo_whole(decoded, form)
        if found is None or found[0] == decoded:
            continue
        if best is None or plausibility(found[0]) > plausibility(best[1]):
            best = (form, *found)
    return best


def _undo_whole(text: str, form: str) -> tuple[str, bool] | None:
    """*text* undone as a whole by *form* (with the U+FFFD conventions of the scanners), and whether
    that was certain."""
    if form == "utf8-as-latin1":
        strict = undo_utf8_as_latin1(text)
        if strict is not None:
            return strict, True
        guess = undo_utf8_missing_cp1252_byte(text)
        return None if guess is None else (guess, False)
    codec = "gb18030" if form == "utf8-as-gbk" else "big5"
    islands = utf8_islands(text, codec)
    if len(islands) == 1 and islands[0][0] == 0 and islands[0][1] == len(text):
        return islands[0][2], True
    return None


def _best_per_span(options: list[Repair]) -> list[Repair]:
    options.sort(key=lambda r: (r.start, -(r.end - r.start), -plausibility(r.fix or "")))
    kept: list[Repair] = []
    for rep in options:
        if kept and rep.start < kept[-1].end:
            continue
        kept.append(rep)
    return kept


# ---- GBK read as Big5, Big5 read as GBK

#: per-character results of the codecs, kept per process (each a pure function of one character; a table
#: that is full is emptied): a segment is mostly the same few thousand characters again
_PER_CHAR: dict[tuple[str, str], dict[str, object]] = {}
_PER_CHAR_MAX = 100_000


def _char_table(kind: str, codec: str) -> dict:
    table = _PER_CHAR.get((kind, codec))
    if table is None or len(table) > _PER_CHAR_MAX:
        table = _PER_CHAR[(kind, codec)] = {}
    return table


def _swapped_chars(seg: str, wrong: str, right: str) -> list[str | None]:
    """``[_swap_char(c, wrong, right) for c in seg]``, each character worked out once per process."""
    table = _char_table("swap-" + wrong, right)
    out = []
    for c in seg:
        swapped = table.get(c, _UNKNOWN)
        if swapped is _UNKNOWN:
            swapped = table[c] = _swap_char(c, wrong, right)
        out.append(swapped)
    return out


def _scores_of(chars) -> list[float]:
    """``[char_score(c) for c in chars]``, each character worked out once per process."""
    table = _char_table("score", "")
    out = []
    for c in chars:
        score = table.get(c)
        if score is None:
            score = table[c] = char_score(c)
        out.append(score)
    return out


_UNKNOWN = object()


def _swap_char(ch: str, wrong: str, right: str) -> str | None:
    """*ch* undone by one of the two-byte swaps (each character is two bytes in both codecs)."""
    data = _encode(ch, wrong)
    if data is None or len(data) != 2:
        return None
    out = _decode(data, right)
    return out if out is not None and len(out) == 1 else None


def _no_loss(original: str, swapped: str | None) -> bool:
    score = char_score(swapped) if swapped is not None else 0.0
    return score >= 0.5 and score >= char_score(original)


#: the double-byte forms: (form, the codec that was wrongly used, the right one)
_DOUBLE_BYTE_FORMS = (("gbk-as-big5", "big5", "gbk"), ("big5-as-gbk", "gb18030", "big5"),
                      ("gbk-as-euckr", "cp949", "gb18030"))


def _scan_double_byte(text: str, segments: list[tuple[int, int]]) -> list[Repair]:
    """GBK read as Big5, Big5 read as GBK, GBK read as EUC-KR (Hangul and Hanja: ``크撚藤槻`` for 农业增效):
    the codecs take two bytes per character, so each garbled character maps to one original character and
    a garbled stretch can be cut out of clean text around it (the characters that become more common when
    swapped)."""
    repairs: list[Repair] = []
    for start, end in segments:
        seg = text[start:end]
        options = []
        seg_scores = _scores_of(seg)
        for form, wrong, right in _DOUBLE_BYTE_FORMS:
            if form == "gbk-as-euckr" and not any(_hangul(ch) for ch in seg):
                continue
            swapped = _swapped_chars(seg, wrong, right)
            for i, j in _present_runs(swapped):
                swapped_scores = _scores_of(swapped[i:j])
                gains = [k for k in range(i, j) if swapped_scores[k - i] > seg_scores[k]]
                if len(gains) >= 2:
                    a, b = gains[0], gains[-1] + 1
                    # garbled characters that happen to be common too belong to the stretch (a Hanja of a
                    # Korean reading is one only when it stands between Hangul: 크撚藤槻)
                    korean = form == "gbk-as-euckr"
                    while a > i and _no_loss(seg[a - 1], swapped[a - 1]) and not (
                            korean and seg[a - 1] != swapped[a - 1] and not _hangul(seg[a])):
                        a -= 1
                    while b < j and _no_loss(seg[b], swapped[b]) and not (
                            korean and seg[b] != swapped[b] and not _hangul(seg[b - 1])):
                        b += 1
                    garbled = seg[a:b]
                    decoded = "".join(swapped[a:b])
                    if form == "gbk-as-euckr":
                        ok = len(garbled) >= 3 and (_common_from_hangul(garbled, decoded) or
                                                    accept(garbled, decoded, strong=True)) and \
                            not _korean_phrase(text, start + a, start + b)
                    else:
                        ok = len(garbled) >= 4 and not _drawn(garbled) and not _zhuyin(garbled) and \
                            accept(garbled, decoded, strong=True) and \
                            not (form == "big5-as-gbk" and _looks_japanese(garbled)) and \
                            (len(garbled) >= 8 or _word_pairs(decoded) > 0)
                        # (a short stretch must read back as words: 栲栳栳 of 莜面栲栳栳, a dish, swaps to 衍演演程,
                        # common characters that make no word)
                    if ok:
                        # nothing but plausibility speaks for this reading: certain only for a long stretch
                        options.append(Repair(start + a, start + b, form, decoded, len(garbled) >= 8, (form,)))
        repairs.extend(_best_per_span(options))
    return repairs


#: the most characters on each side of a rare one that a short swapped stretch may hold
_SHORT_REACH = 3


def _short_double_byte(text: str, rare_at: list[int]) -> list[Repair]:
    """GBK read as Big5 or Big5 read as GBK in a stretch too short for :func:`_scan_double_byte` (two to four
    characters, one of them rare: ``涉及门店：松山店，絞啤虛埜`` for 当班店员, ``计算机应蚚撮扲`` for 应用技术): each
    stretch of Chinese characters around a rare one whose swap reads as words (:func:`_word_pairs`) and is far more
    plausible (:func:`accept`, as strong as for long stretches). Never certain: the fix is an unsafe one.

    >>> [(r.fix, r.form) for r in _short_double_byte("涉及门店：松山店，絞啤虛埜谭斌梅。", [12])]
    [('当班店员', 'gbk-as-big5')]
    >>> _short_double_byte("面食节上，莜面栲栳栳最受欢迎。", [7, 8, 9])
    []
    """
    options: list[Repair] = []
    for i in rare_at:
        # (a garbled rare character reads back as a common one, by one of the two readings: most rare characters of a
        # clean text do not, and cost a look-up each)
        forms = [(form, wrong, right) for form, wrong, right in _DOUBLE_BYTE_FORMS[:2]
                 if (back := _swapped_chars(text[i], wrong, right)[0]) is not None and _scores_of(back)[0] >= 0.5]
        if not forms:
            continue
        lo = i
        while lo > max(0, i - _SHORT_REACH) and "\u4e00" <= text[lo - 1] <= "\u9fff":
            lo -= 1
        hi = i + 1
        while hi < min(len(text), i + 1 + _SHORT_REACH) and "\u4e00" <= text[hi] <= "\u9fff":
            hi += 1
        seg = text[lo:hi]
        if hi - lo < 2:
            continue
        seg_scores = _scores_of(seg)
        for form, wrong, right in forms:
            swapped = _swapped_chars(seg, wrong, right)
            if swapped[i - lo] is None:
                continue
            swapped_scores = _scores_of(c or "\x00" for c in swapped)
            for a in range(0, i - lo + 1):
                for b in range(max(a + 2, i - lo + 1), min(len(seg), a + 4) + 1):
                    if any(swapped[k] is None for k in range(a, b)):
                        continue
                    # (the plausibility test of accept, first, from the scores at hand: most stretches fail it)
                    if sum(swapped_scores[a:b]) < 0.75 * (b - a) or sum(seg_scores[a:b]) > 0.5 * (b - a):
                        continue
                    garbled, decoded = seg[a:b], "".join(swapped[a:b])
                    if _drawn(garbled) or _zhuyin(garbled) or (form == "big5-as-gbk" and _looks_japanese(garbled)):
                        continue
                    if form == "gbk-as-big5" and not _traditional_set().isdisjoint(decoded):
                        continue  # (GBK's reading of a simplified text holds no traditional character: 付現, 獲隔)
                    if _word_pairs(decoded) > 0 and accept(garbled, decoded, strong=True):
                        options.append(Repair(lo + a, lo + b, form, decoded, False, (form,)))
    return _best_per_span(options)


#: bits per character (:func:`auditor.repair.hanzi.bits`) that the GBK reading of a run of half-width katakana
#: may cost at most: garbled Chinese words read at 7–9 (累计 7.2, 纠纷 8.5, 人次 8.7), Japanese words read back as
#: GBK mostly at 12 and more (ｶﾀｶﾅ as 独杜 13.2), now and then lower (ﾃﾞｰﾀ as 棉袄 9.4)
SJIS_BITS = 9.0
#: … for a run of six or more (three characters) in a text with no other kana and no word of Japanese anywhere, where
#: nothing speaks for Japanese (ﾗｰﾒﾝ is four): names read
#: back at 11–14 bits a character (谢文辉 12.8, 曹梅 13.9), and a Chinese text has no half-width katakana of its own
SJIS_BITS_ALONE = 14.5
#: words that say the text talks about Japanese: its half-width katakana are then taken as written
_JAPANESE_CONTEXT = ("日语", "日文", "日本", "片假名", "假名", "Japanese")


def _scan_gbk_as_sjis(text: str, kana_at: list[int]) -> list[Repair]:
    """GBK read as Shift_JIS, where every byte of a Chinese character became a half-width katakana (``3756ﾈﾋｴﾎ``
    for 3756人次, ``矛盾ｾﾀｷﾗ`` for 矛盾纠纷): a run of an even number of them in Chinese text (Han, digits or Chinese
    punctuation on a side, no other kana near), whose GBK reading is Han characters that read like Chinese
    words (:data:`SJIS_BITS`; 纠纷 is no list's common pair of characters, so the language model decides).
    Half-width katakana are Japanese computing's legacy; a report quotes them only
    when it talks about Japanese, and then they read back as no Chinese word.

    >>> [(r.fix, r.form) for r in _scan_gbk_as_sjis("参与群众3756ﾈﾋｴﾎ，", [8, 9, 10, 11])]
    [('人次', 'gbk-as-sjis')]
    >>> _scan_gbk_as_sjis("日文报纸写着ｶﾀｶﾅ和漢字。", [6, 7, 8, 9])
    []
    """
    from auditor.repair.hanzi import bits

    repairs: list[Repair] = []
    runs: list[list[int]] = []
    # (no kana but these, no word of Japanese in the whole text: a Chinese text's names may read back as they do)
    alone = _OTHER_KANA.search(text) is None and not any(w in text for w in _JAPANESE_CONTEXT)
    for i in kana_at:
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    for a, b in runs:
        if (b - a) % 2 or not (_chinese_side(text, a - 1) or _chinese_side(text, b)):
            continue
        near = text[max(0, a - 30):b + 30]
        if any(w in near for w in _JAPANESE_CONTEXT) or _OTHER_KANA.search(near):
            continue
        decoded = undo_gbk_as_sjis(text[a:b])
        if decoded is None or len(decoded) * 2 != b - a or not all(_han(ch) for ch in decoded):
            continue
        if bits(decoded) <= (SJIS_BITS_ALONE if alone and b - a >= 6 else SJIS_BITS):
            repairs.append(Repair(a, b, "gbk-as-sjis", decoded, False, ("gbk-as-sjis",)))
    return repairs


#: kana other than half-width katakana (the text is Japanese, or quotes it)
_OTHER_KANA = LazyRegex("[\u3040-\u30ff]")


def _chinese_side(text: str, i: int) -> bool:
    """Whether ``text[i]`` is Han, a digit or Chinese punctuation (``False`` outside the text)."""
    if i < 0 or i >= len(text):
        return False
    ch = text[i]
    return _han(ch) or ch.isdigit() or ch in "，。、；：！？（）“”《》"


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


#: bits per character (:func:`auditor.repair.hanzi.bits`) that the GBK reading of a Korean-looking stretch may
#: cost at most: Chinese that was garbled reads at 8–10 (非农化 9.5, 新的一年 8.8), Korean words read back
#: as GBK at 11 and more (아리랑 as 酒府尔 11.8, 관광 as 包堡 12.9)
KOREAN_BITS = 10.5


#: what a stretch of Japanese or Korean read as GBK is made of: Han characters, the full-width punctuation GBK gives
#: for their bytes, and (Korean) the spaces between words and ASCII punctuation
_FOREIGN_CHARS = "\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e"
_FOREIGN_RUN = LazyRegex(rf"[{_FOREIGN_CHARS}]+(?:[ .,!?]+[{_FOREIGN_CHARS}]+)*[.,!?]?")
#: the commonest syllables of Korean text (particles and endings first): a Korean reading of garbled Chinese gives
#: random syllables, seldom these
_COMMON_HANGUL = frozenset("이다는의에을를가하고지서한로기사리수도대자정인시적해어나으보전일상아부제것와과주국스니게"
                           "라들장그동마원성경화조신소내공요문선여우비미만있없되된될할합습께드안칙반켜십오세위면연결후간"
                           "년월중물입까때더또및각등회관발업생학본계개실법분통행점품용야며려록께서요음감사함래랑너무좋은"
                           "때문에저우리당신모두것들역협력포럼교육책운영술환강복료행민군읍초등청년노인여성어린아동"
                           "가족마을센터지방중앙식품안전위원협회단체활동참여축제행사환영반갑녕")


_kana_lead_chars: frozenset[str] | None = None


def _kana_lead(ch: str) -> bool:
    """Whether *ch* is a character GBK makes of Shift_JIS kana bytes: a lead byte 0x82 (hiragana) or 0x83 (katakana)
    and a trail byte (the set built on first use: importing the module builds nothing)."""
    global _kana_lead_chars
    if _kana_lead_chars is None:
        _kana_lead_chars = frozenset(bytes((b, t)).decode("gbk", "replace") for b in (0x82, 0x83)
                                     for t in range(0x40, 0xFF) if t != 0x7F) - {"\ufffd"}
    return ch in _kana_lead_chars


def _scan_foreign_as_gbk(text: str, rare_at: list[int]) -> list[Repair]:
    """Japanese (Shift_JIS) or Korean (EUC-KR) bytes read as GBK: a stretch of Han characters around rare ones (or
    around spaces between Han characters) whose GBK bytes read strictly as Japanese with kana in every third
    character at least (``悈傪擖傟偡偓側偄偱偔偩偝偄丅`` for 水を入れすぎないでください。), or as Korean words apart by
    spaces, Hangul nearly all of it and its syllables Korean's common ones (``窃膊 父靛绰 固贰`` for 함께 만드는 미래).
    Chinese text read back so gives kanji and no kana, and random syllables.

    >>> [(r.fix, r.form) for r in _scan_foreign_as_gbk("标语“窃膊 父靛绰 固贰”醒目", [4])]
    [('함께 만드는 미래', 'euckr-as-gbk')]
    """
    repairs: list[Repair] = []
    done = -1
    for i in rare_at:
        if i < done:
            continue
        m = None
        lo = max(0, i - 40)
        for m in _FOREIGN_RUN.finditer(text, lo, min(len(text), i + 60)):
            if m.start() <= i < m.end():
                break
        else:
            continue
        start, end = m.span()
        done = end
        label = max(text.rfind(mark, start, i) for mark in "：，")
        if label != -1:  # (韩语：林侥雀荤 茄蝴傈磊: the words after a label's colon)
            start = label + 1
        end = min((k for k in (text.find(mark, i, end) for mark in "（，：") if k != -1), default=end)
        run = text[start:end]  # (…秦款措备（韩国）: the words before a note in brackets)
        korean = " " in run
        decoded = undo_euckr_as_gbk(run) if korean else undo_sjis_as_gbk(run)
        if decoded is None:
            continue
        letters = [ch for ch in decoded if not ch.isspace() and ch not in ".,!?。、"]
        if korean:
            hangul = [ch for ch in letters if _hangul(ch)]
            if len(hangul) >= 3 and len(hangul) >= 0.95 * len(letters) and \
                    sum(ch in _COMMON_HANGUL for ch in hangul) >= 0.4 * len(hangul):
                repairs.append(Repair(start, end, "euckr-as-gbk", decoded, len(hangul) >= 6, ("euckr-as-gbk",)))
        else:
            kana = [ch for ch in letters if "\u3040" <= ch <= "\u30ff"]
            if len(kana) >= 3 and len(kana) >= len(letters) / 3:
                repairs.append(Repair(start, end, "sjis-as-gbk", decoded, len(kana) >= 6, ("sjis-as-gbk",)))
    return repairs


def _jis_kanji_lead(ch: str) -> bool:
    """Whether the GBK bytes of *ch* open with a lead byte of Shift_JIS's first level of kanji (0x88–0x98): a rare
    character in GBK (none of GB2312's), a common kanji in Japanese."""
    if not "\u4e00" <= ch <= "\u9fff":
        return False
    try:
        lead = ch.encode("gbk")[0]
    except UnicodeEncodeError:
        return False
    return 0x88 <= lead <= 0x98


def _scan_kanji_as_gbk(text: str, rare_at: list[int]) -> list[Repair]:
    """Japanese kanji (Shift_JIS) read as GBK: a stretch of three to twelve Han characters around a rare one, every
    one of them a rare GBK character whose bytes are a kanji of Shift_JIS's first level (``揷拞旤嶇`` for 田中美咲,
    ``搶嫗搒峘嬫`` for 東京都港区). Chinese text, simplified or traditional, seldom runs three such characters in a row:
    its common characters are GB2312's, whose lead bytes are 0xA1 and up.

    >>> [(r.fix, r.form) for r in _scan_kanji_as_gbk("外方嘉宾：揷拞旤嶇，欢迎", [5])]
    [('田中美咲', 'sjis-as-gbk')]
    >>> _scan_kanji_as_gbk("龘靐齉爩", [0])
    []
    """
    repairs: list[Repair] = []
    done = -1
    for i in rare_at:
        if i < done or not _jis_kanji_lead(text[i]):
            continue
        start, end = i, i + 1
        while start > 0 and i - start < 12 and _jis_kanji_lead(text[start - 1]):
            start -= 1
        while end < len(text) and end - i < 12 and _jis_kanji_lead(text[end]):
            end += 1
        done = end
        if not 3 <= end - start <= 12:
            continue
        try:
            decoded = text[start:end].encode("gbk").decode("cp932")
        except UnicodeError:
            continue
        if len(decoded) == end - start and all("\u4e00" <= ch <= "\u9fff" for ch in decoded) and \
                not _traditional_near(text, start, end):
            repairs.append(Repair(start, end, "sjis-as-gbk", decoded, False, ("sjis-as-gbk",)))
    return repairs


_traditional_chars: frozenset[str] | None = None


def _traditional_set() -> frozenset:
    """The traditional characters whose simplified forms differ (:data:`auditor.traditional.TRADITIONAL`), as a set
    made on first use."""
    global _traditional_chars
    if _traditional_chars is None:
        from auditor.traditional import TRADITIONAL

        _traditional_chars = frozenset(TRADITIONAL)
    return _traditional_chars


def _traditional_near(text: str, start: int, end: int) -> bool:
    """Whether the 300 characters on either side of ``text[start:end]`` hold a traditional character: a text in
    traditional script, whose characters are GBK's rare ones (學敎場 read as Shift_JIS give kanji too).

    >>> _traditional_near("國家發展：學敎場", 5, 8), _traditional_near("外方嘉宾：搶嫗搒峘嬫、揷拞旤嶇", 11, 15)
    (True, False)
    """
    near = text[max(0, start - 300):start] + text[end:end + 300]
    # (not counting those of Shift_JIS's kanji: another name damaged so, 搶嫗搒峘嬫 beside 揷拞旤嶇)
    return any(not _jis_kanji_lead(ch) for ch in _traditional_set().intersection(near))


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _korean_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of a Korean phrase: a space and another word of Hangul stand right
    after it or right before it (``韩语：제품 설명회``). Chinese read as EUC-KR knows no spaces between words.

    >>> _korean_phrase("韩语：제품 설명회", 2, 5), _korean_phrase("农业크撚藤槻发展", 2, 6)
    (True, False)
    """
    return (text[end:end + 1] == " " and _hangul(text[end + 1:end + 2] or "a")) or (
        text[start - 1:start] == " " and start >= 2 and _hangul(text[start - 2]))


def _common_from_hangul(garbled: str, decoded: str) -> bool:
    """Whether *decoded* is common Chinese (nine in ten of its characters listed) made of a *garbled* stretch
    with Hangul in it: Korean words read back as GBK give characters far less common (정말감사합니다 gives
    沥富皑荤钦聪促, 0.6 of them listed), a GBK garble gives the text it was (렷크뺏 gives 非农化).

    >>> _common_from_hangul("렷크뺏", "非农化"), _common_from_hangul("정말감사합니다", "沥富皑荤钦聪促")
    (True, False)
    >>> _common_from_hangul("아리랑", "酒府尔")
    False
    """
    if not any(_hangul(ch) for ch in garbled) or plausibility(decoded) < 0.9 or plausibility(garbled) > 0.5:
        return False
    # common characters by chance (아리랑 gives 酒府尔) do not make words: the model of Chinese text says so
    from auditor.repair.hanzi import bits

    changed = "".join(d for g, d in zip(garbled, decoded, strict=True) if g != d)
    return bits(changed) <= KOREAN_BITS


def _drawn(seg: str) -> bool:
    """Whether half of *seg* or more is box drawing and block elements (U+2500–U+259F): the frame of a
    table drawn in text (``┌────┬──┐``), not a garble of Chinese (which mixes them with Han characters).

    >>> _drawn("╔══════╦══╗"), _drawn("猟傑┬盺楷")
    (True, False)
    """
    return 2 * sum(1 for ch in seg if "\u2500" <= ch <= "\u259f") >= len(seg)


def _zhuyin(seg: str) -> bool:
    """Whether *seg* is Zhuyin (bopomofo) and nothing else but tone marks, punctuation and space
    (``ㄅㄆㄇㄈ、ㄉㄊㄋㄌ``, ``ㄇㄚ``): the phonetic letters of a lesson in Taiwan, written as such. Big5 read as
    GBK makes a bopomofo letter of some Big5 characters, but never of a whole stretch: its other characters become
    Han and symbols.

    >>> _zhuyin("ㄅㄆㄇㄈ、ㄉㄊㄋㄌ"), _zhuyin("ㄅㄚˋ"), _zhuyin("ㄅ杰ㄆ攷")
    (True, True, False)
    """
    letters = 0
    for ch in seg:
        if "\u3105" <= ch <= "\u312f" or "\u31a0" <= ch <= "\u31bf":
            letters += 1
        elif ch not in _ZHUYIN_MARKS and not ch.isspace():
            return False
    return letters >= 2


#: what stands between Zhuyin letters: tone marks, the punctuation of a list
_ZHUYIN_MARKS = frozenset("ˉˊˇˋ˙、，,；;：:。")


def _looks_japanese(seg: str) -> bool:
    """Kana used as Japanese uses them (particles, endings), with no Greek, Cyrillic or private-use mixed in."""
    return len(_P.japanese.findall(seg)) >= 2 and not _P.symbolish.search(seg)


# ---- UTF-8 or GBK read as Latin-1 / windows-1252

#: quotation marks that may stand around a Latin-1 garble (they are characters of cp1252 as well)
_QUOTES_AROUND = "“”‘’"


def _scan_latin(text: str, runs: list[tuple[int, int]] | None = None) -> list[Repair]:
    """Repairs of UTF-8 or GBK read as Latin-1; *runs*: the spans ``_P.latin_run`` finds, when known."""
    options: list[Repair] = []
    windows: list[tuple[int, int]] = []
    if runs is None:
        runs = [m.span() for m in _P.latin_run.finditer(text)]
    judged: dict[str, Repair | None] = {}  # the same run again (××, ……) is judged once, at offset 0
    for start, end in runs:
        run = text[start:end]
        if not run.strip("\ufffd"):
            continue
        rep = judged.get(run, _UNKNOWN)
        if rep is _UNKNOWN:
            rep = judged[run] = _judge_latin_utf8(run, 0)
        if rep is not None:
            options.append(rep._replace(start=start, end=end))
        elif len(run) > 6 and (run[0] in _QUOTES_AROUND or run[-1] in _QUOTES_AROUND):
            # (“ç’°å¢ƒ…”: the Chinese quotation marks around the garble are in cp1252 too, and no UTF-8 byte)
            core = run.lstrip(_QUOTES_AROUND).rstrip(_QUOTES_AROUND)
            inner = _judge_latin_utf8(core, 0) if core else None
            if inner is not None:
                lo = start + len(run) - len(run.lstrip(_QUOTES_AROUND))
                options.append(inner._replace(start=lo, end=lo + len(core)))
        # a GBK garble holds two adjacent Latin-1 characters too, but may reach further through
        # pairs whose trail byte is ASCII (°l for 發): look a little around the run
        lo, hi = max(0, start - 16), min(len(text), end + 16)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    regions: dict[str, tuple[str, str] | None] = {}  # each region's repair (or None), worked out once per text
    for lo, hi in windows:
        for m in _P.gbk_latin_region.finditer(text, lo, hi):
            region = m.group()
            found = regions.get(region, _UNKNOWN)
            if found is _UNKNOWN:
                found = None
                # (GBK first; Big5 read so, 歡ªï¿ãÅD參加 for 歡迎踴躍參加, where GBK makes no sense of it)
                for form, undo in (("gbk-as-latin1", undo_gbk_as_latin1), ("big5-as-latin1", undo_big5_as_latin1)):
                    decoded = undo(region)
                    if decoded is not None and sum(1 for c in decoded if ord(c) > 0x2E80) >= 2 and \
                            (accept(region, decoded) or (form == "big5-as-latin1" and
                                                         _big5_between_han(text, m.start(), m.end(), decoded))):
                        found = (form, decoded)
                        break
                regions[region] = found
            if found is not None:
                options.append(Repair(m.start(), m.end(), found[0], found[1], True, (found[0],)))
    return _best_per_span(options)


def _big5_between_han(text: str, start: int, end: int, decoded: str) -> bool:
    """Whether Latin-1 characters between two Han characters read as Big5 give Han characters only, which the language
    model finds clearly more plausible with the characters around them (``歡ªï¿ãÅD參加`` → ``歡迎踴躍參加``): a
    traditional document's words, where the short garble alone is judged too little to tell (its Latin letters look
    ordinary). Nothing else stands between two Han characters so.

    >>> _big5_between_han("歡ªï¿ãÅD參加", 1, 7, "迎踴躍"), _big5_between_han("a ªï¿ãÅD b", 2, 8, "迎踴躍")
    (True, False)
    """
    before, after = text[start - 1:start], text[end:end + 1]
    if not (before and after and _has_cjk(before) and _has_cjk(after)) or \
            not all(0x3400 <= ord(c) <= 0x9FFF for c in decoded):
        return False
    return clearly_more_plausible(text[max(0, start - 2):end + 2],
                                  text[max(0, start - 2):start] + decoded + text[end:end + 2])


# ---- UTF-8 read with a single-byte code page (windows-1251, Mac OS Roman, DOS 437)

#: per form: the characters its code page makes of bytes 0x80–0xFF that are not Latin-1 (what the suspects
#: are looked through for), and a run of three or more of all its characters for those bytes
_CODEPAGE_TABLES: dict[str, tuple[frozenset[str], re.Pattern]] = {}


def _codepage_table(form: str) -> tuple[frozenset[str], re.Pattern]:
    table = _CODEPAGE_TABLES.get(form)
    if table is None:
        high = bytes(range(0x80, 0x100)).decode(CODEPAGES[form], errors="replace").replace("\ufffd", "")
        own = frozenset(c for c in high if ord(c) > 0xFF)
        table = _CODEPAGE_TABLES[form] = (own, compile_re("[" + re.escape(high) + "]{3,}"))
    return table


def _scan_codepages(text: str, found_suspects: list[tuple[int, str]],
                    latin_runs: list[tuple[int, int]] | None = None) -> list[Repair]:
    """Repairs of UTF-8 read with a code page of :data:`CODEPAGES`: in the stretches of non-ASCII text that
    hold two of the suspects that code page makes (Cyrillic, box drawing, Greek, math signs), each run of
    three or more of its characters whose bytes are UTF-8 Chinese that :func:`accept` finds far more
    plausible. A quotation in Russian or a table frame is no UTF-8 at all in those bytes."""
    options: list[Repair] = []
    for form, codec in CODEPAGES.items():
        own, run = _codepage_table(form)
        at = [i for i, ch in found_suspects if ch in own]
        if codec in ("mac_roman", "cp850"):  # (they make some characters of Latin-1 letters alone: Âú® for 在)
            if latin_runs is None:
                latin_runs = [m.span() for m in _P.latin_run.finditer(text)]
            at = sorted(at + [a for a, b in latin_runs if b - a >= 3])
        if not at:
            continue
        for lo, hi in _segments_at(text, at, 1):
            while hi < len(text) and text[hi] == "\xa0" and codec == "cp1251":  # (byte 0xA0: a no-break space)
                end = _SEGMENT_END.search(text, hi + 1)
                hi = end.start() if end is not None else len(text)
            for m in run.finditer(text, lo, hi):
                gbk_form = _GBK_FORM_OF.get(codec)
                if gbk_form is not None and (repair := _gbk_read_as(m.group(), m.start(), codec, gbk_form, text)):
                    options.append(repair)  # (ЈЁИэЈ©: GBK read with windows-1251, two characters a character)
                    continue
                for a, b, decoded, _cut in utf8_islands_single(m.group(), codec):
                    garbled = m.group()[a:b]
                    if codec == "cp866" and _russian_word_piece(garbled):
                        continue
                    start, end = m.start() + a, m.start() + b
                    alone = not (_CJK_CHAR.match(text, start - 1) if start else False) and \
                        not _CJK_CHAR.match(text, end)
                    if len(decoded) == 1 and alone and (codec == "cp1251" or _debris_beside(text, start, end)) and \
                            not _date_word_between_digits(text, start, end, decoded):
                        continue  # (ў е®«®¤, ╒ Е╝╚╝╓: one character, among no Chinese, is debris spelling 宫 by chance)
                    if _has_cjk(decoded) and (accept(garbled, decoded) or _common_chinese(garbled, decoded)):
                        options.append(Repair(m.start() + a, m.start() + b, form, decoded, True, (form,)))
    return _best_per_span(options)


def _date_word_between_digits(text: str, start: int, end: int, decoded: str) -> bool:
    """Whether the one character *decoded* from ``text[start:end]`` is a date's word (年, 月, 日) written right after a
    number and before another or a cell's end (``12жњ€20ж—Ґ`` for 12月20日): a date, not debris spelling it by chance.

    >>> t = "12жњ€20ж—Ґ\\t胡嘉锋"
    >>> _date_word_between_digits(t, 2, 5, "月"), _date_word_between_digits(t, 7, 10, "日")
    (True, True)
    >>> _date_word_between_digits("aжњ€b", 1, 4, "月")
    False
    """
    return decoded in "年月日" and text[start - 1:start].isdigit() and (
        text[end:end + 1].isdigit() or text[end:end + 1] in ("\t", "\n", "|", "｜", "") or decoded == "日")


def _debris_beside(text: str, start: int, end: int) -> bool:
    """Whether a character of no script of Chinese text (not ASCII, not CJK, no space nor quotation mark) stands right
    before ``text[start:end]`` or right after it: the stretch is a piece of a longer run that reads back as nothing
    (``Е╝╚`` of ``Е╝╚╝╓``), not one character of a line apart by spaces and digits (``τ¼¼ 3 Θí╡``, 第 3 页), nor a word
    quoted (“хУБ”).

    >>> _debris_beside("“╒ Е╝╚╝╓”", 3, 6), _debris_beside("τ¼¼ 3 Θí╡", 0, 3)
    (True, False)
    """
    return any(ch and not ch.isascii() and not ch.isspace() and _CJK_CHAR.match(ch) is None and
               not "\u2000" <= ch <= "\u206f" for ch in (text[start - 1:start], text[end:end + 1]))


def _short_name(garbled: str, start: int, codec: str, text: str) -> bool:
    """Whether a run too short to judge by its words (two or three characters once read back) stands where Chinese
    words do: a code page's characters, no Russian word (:func:`_not_russian`), Chinese text or a table's bar on both
    sides (``原告：╟вх╩сЯ，女``, ``| кЫЁ╓ |``), not the spaces and letters around a Russian word.

    >>> _short_name("╟вх╩сЯ", 3, "koi8_r", "原告：╟вх╩сЯ，女"), _short_name("╟вх╩", 3, "koi8_r", "说：“ ╟вх╩ и”")
    (True, False)
    """
    end = start + len(garbled)
    not_a_word = _not_russian(garbled) or (codec == "mac_roman" and any(ch in _MAC_SIGNS for ch in garbled))
    return not_a_word and _chinese_beside(text, start - 1, -1) and _chinese_beside(text, end, 1)


def _chinese_beside(text: str, i: int, step: int) -> bool:
    """Whether the character at *i* (the text's edge, or a table's bar past spaces) is Chinese text or punctuation,
    or a digit: no letter of another script, no space between words (:func:`_chinese_side` asks the same of one
    character, without the edge, the spaces and the bars)."""
    while 0 <= i < len(text) and text[i] == " ":
        i += step
        if 0 <= i < len(text) and text[i] in "|｜":
            return True  # (| кЫЁ╓ |: a cell of a table)
        if not (0 <= i < len(text)) or text[i] != " ":
            return False  # (a space between words)
    if not 0 <= i < len(text):
        return True
    ch = text[i]
    return _CJK_CHAR.match(ch) is not None or ch.isdigit() or ch in "：:，。、；（）()|｜\n\t“”‘’"


def _not_russian(run: str) -> bool:
    """Whether a short run of a code page's characters can be no Russian word: box drawing in it (╟вх╩сЯ), or a
    capital letter after a small one (утуЯ).

    >>> _not_russian("╟вх╩сЯ"), _not_russian("утуЯ"), _not_russian("Иван"), _not_russian("мир")
    (True, True, False, False)
    """
    return any("\u2500" <= ch <= "\u259f" for ch in run) or any(
        a.islower() and b.isupper() for a, b in pairwise(run))


def _gbk_read_as(garbled: str, start: int, codec: str, form: str, text: str = "") -> Repair | None:
    """The repair of a run of *codec*'s characters that is GBK Chinese read with that code page: the whole run's
    bytes GBK, four Chinese characters or more (Chinese punctuation aside), nearly all of them common and a word
    pair every four (:func:`auditor.repair.hanzi.word_pairs`). Russian read back that way gives rare characters
    strung at random; a short stretch is too few to judge. (The language model of :func:`accept` finds a
    stretch of Cyrillic about as plausible as Chinese: the structure decides here, as for UTF-8 islands.)

    >>> _gbk_read_as("іЗКР№ЬАнєНЧЫєПЦґ·Ё", 0, "cp1251", "gbk-as-cp1251").fix
    '城市管理和综合执法'
    >>> _gbk_read_as("Привет товарищи", 0, "cp1251", "gbk-as-cp1251") is None
    True
    """
    if len(garbled) < 4 or len(garbled) % 2 or (len(garbled) < 8 and not _short_name(garbled, start, codec, text)):
        return None
    decoded = undo_gbk_as_codepage(garbled, codec)
    if decoded is not None and len(garbled) < 8:  # (a name of two or three characters: 原告：╟вх╩сЯ for 白然玉)
        short_ok = all("\u4e00" <= ch <= "\u9fff" for ch in decoded) and plausibility(decoded) >= 0.9
        return Repair(start, start + len(garbled), form, decoded, False, (form,)) if short_ok else None
    if decoded is None or sum(1 for ch in decoded if "\u4e00" <= ch <= "\u9fff") < 4 or \
            not all("\u3000" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff5e" for ch in decoded):
        return None
    # (Mac OS Roman makes accented letters and math signs of GBK: a fifth of them signs, ∆Ω¯◊, no language reads
    # so, however plausible its letters)
    signs = codec == "mac_roman" and 5 * sum(1 for ch in garbled if ch in _MAC_SIGNS) >= len(garbled)
    if not (plausibility(decoded) >= 0.8 and plausibility(garbled) <= (0.5 if signs else 0.2) and
            (hanzi.word_pairs(decoded) * 4 >= len(decoded) or (signs and len(decoded) <= 6 and plausibility(
                decoded) >= 0.9 and all("\u4e00" <= ch <= "\u9fff" for ch in decoded)))):
        return None  # (common characters, a word every few of them: Chinese, as Russian read back never is)
    return Repair(start, start + len(garbled), form, decoded, True, (form,))


#: the signs of Mac OS Roman that no word is spelled with (math, accents alone, daggers)
_MAC_SIGNS = frozenset("∆Ω◊∑∏π√∫≈≠≤≥∞¯˘˙˚¸˝˛ˇ‡†‰‹›ﬁﬂ¬ƒµ∂")


#: a Chinese character or punctuation mark (what a repaired character stands among in Chinese text)
_CJK_CHAR = LazyRegex("[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]")


def _russian_word_piece(garbled: str) -> bool:
    """Whether *garbled* could be part of a Russian word in DOS 866: Cyrillic letters only, no capital right
    after a small letter. DOS 866 puts а–п and А–Я at the bytes that continue a UTF-8 character and р–я
    at bytes that start one, so ``хол`` (E5 AE AB) is UTF-8 for 宫; UTF-8 Chinese read with DOS 866 shows
    a box-drawing sign or a capital after a small letter in most characters (``ф║║`` for 人, ``хКЫ``)."""
    small_before = False
    for ch in garbled:
        if not ("\u0410" <= ch <= "\u044f" or ch in "Ёё"):
            return False
        if small_before and ch.isupper():
            return False
        small_before = ch.islower()
    return True


def _common_chinese(garbled: str, decoded: str) -> bool:
    """Whether *decoded* is common Chinese (four in five of its characters listed, or CJK punctuation) made
    of a *garbled* stretch of three characters for each, nearly none of them listed: three bytes per
    character that are valid UTF-8 are no accident in a code page's letters and signs (a word of Russian
    never is), so the language model is not asked (it finds Cyrillic about as plausible as Chinese).

    >>> _common_chinese("ењЁ", "在"), _common_chinese("ењЁ", "鍙")
    (True, False)
    """
    if len(garbled) != 3 * len(decoded) or plausibility(decoded) < 0.8:
        return False
    # (the code page's signs among the letters, “ — · ‰ for continuation bytes, are common in Chinese text too: the
    # letters alone are judged, е·ҐдЅњ for 工作)
    letters = "".join(ch for ch in garbled if ch.isalpha())
    return len(letters) * 2 >= len(garbled) and plausibility(letters) <= 0.1


def utf8_islands_single(segment: str, codec: str) -> list[tuple[int, int, str, bool]]:
    """:func:`utf8_islands` for a single-byte *codec*: stretches of *segment* whose bytes are UTF-8.

    >>> utf8_islands_single("БењЁењЁ", "cp1251")
    [(1, 7, '在在', False)]
    """
    chunks: list[bytes | None] = []
    for ch in segment:
        data = _encode(ch, codec)
        chunks.append(data if data is not None and len(data) == 1 else None)
    out = []
    for i, j in _present_runs(chunks):
        out.extend((a + i, b + i, s, cut) for a, b, s, cut in _islands_of(chunks[i:j], False))
    return out


def _japanese(text: str) -> bool:
    """Whether *text* is Japanese: three kana or more, and kana, kanji and CJK punctuation all of it but spaces.

    >>> _japanese("環境にやさしいまちづくり"), _japanese("发展"), _japanese("カタカナ abc")
    (True, False, False)
    """
    kana = sum(1 for c in text if "\u3040" <= c <= "\u30ff")
    cjk = sum(1 for c in text if "\u3000" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return kana >= 3 and cjk == len(text.replace(" ", ""))


def _judge_latin_utf8(run: str, start: int) -> Repair | None:
    found = _undo_whole(run, "utf8-as-latin1")
    if found is None:
        return None
    decoded, certain = found
    end = start + len(run)
    if not _has_cjk(decoded) and _P.latin_run.fullmatch(decoded) and decoded.strip("\ufffd"):
        inner = _undo_whole(decoded, "utf8-as-latin1")
        if inner is not None and (accept(run, inner[0]) if _has_cjk(inner[0]) else _latin_result_ok(inner[0])):
            return Repair(start, end, "double-encoding", inner[0], certain and inner[1],
                          ("utf8-as-latin1", "utf8-as-latin1"))
    # a guessed byte is only worth it for CJK text; accented Latin must decode exactly; Japanese, whose kana the
    # plausibility of Chinese text does not know, is taken when six characters or more decode, all kana and kanji
    # (ç’°å¢ƒã«ã‚„ã•ã—ã„, a byte of cp1252's five undefined ones lost here and there: 環境にやさしい)
    kept = decoded.replace("\ufffd", "")
    # (a short name, è–›è‰³ for 薛艳: two ideographs or more that decode exactly, every byte where UTF-8 puts it, are
    # no Latin text's letters, however rare the characters)
    ok = (accept(run, decoded) or (len(kept) >= 6 and _japanese(kept)) or
          (certain and len(decoded) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in decoded))) \
        if _has_cjk(decoded) else certain and _latin_result_ok(decoded)
    return Repair(start, end, "utf8-as-latin1", decoded, certain, ("utf8-as-latin1",)) if ok else None


# ---- Russian read with the wrong code page (the model: auditor.repair.cyrillic)

#: the single-byte code pages whose reading of UTF-8 Russian is repaired: (form, codec)
_RUSSIAN_UTF8 = (("utf8-as-cp1251", "cp1251"), ("utf8-as-koi8r", "koi8_r"), ("utf8-as-cp866", "cp866"),
                 ("utf8-as-latin1", "latin"))
#: what stands inside a stretch of Cyrillic debris between its words
_STRETCH_INNER = " \t0-9,.;:!?()'\\-"
_stretch_patterns: tuple[re.Pattern, re.Pattern] | None = None


def _stretch_pattern() -> tuple[re.Pattern, re.Pattern]:
    """A stretch of Cyrillic debris (words of what windows-1251, KOI8-R, DOS 866 and Latin-1 make of bytes
    0x80–0xFF, and Cyrillic letters, with spaces, digits and ASCII punctuation between them), and a
    character that ends one."""
    global _stretch_patterns
    if _stretch_patterns is None:
        high = set("\x80\x81\x8d\x8f\x90\x9d")
        for codec in ("cp1251", "koi8_r", "cp866", "latin-1", "cp1252"):
            high.update(bytes(range(0x80, 0x100)).decode(codec, errors="replace"))
        high.discard("\ufffd")
        chars = "\u0400-\u04ff" + re.escape("".join(sorted(c for c in high if not "\u0400" <= c <= "\u04ff")))
        _stretch_patterns = (compile_re(f"[{chars}]+(?:[{_STRETCH_INNER}]+[{chars}]+)*"),
                             compile_re(f"[^{chars}{_STRETCH_INNER}]"))
    return _stretch_patterns


def _scan_russian(text: str, found_suspects: list[tuple[int, str]]) -> list[Repair]:
    """Repairs of Russian read with the wrong code page (:mod:`auditor.repair.cyrillic`), looked for in the
    stretches of Cyrillic debris around Cyrillic letters, box drawing (KOI8-R read as DOS 866 makes small
    letters of it) and the Latin-1 readings of the two bytes that start a Russian letter in UTF-8 (Ð, Ñ).
    UTF-8 read with a code page is repaired by its structure, one Cyrillic code page read as another by the
    model of Russian."""
    at = [i for i, ch in found_suspects if "\u0400" <= ch <= "\u04ff" or "\u2500" <= ch <= "\u257f" or ch in "ÐÑ"]
    if not at:
        return []
    stretch_of, ender = _stretch_pattern()
    out: list[Repair] = []
    covered = -1
    for i in at:
        if i < covered:
            continue
        m = stretch_of.search(text, _segment_start(text, i, ender))
        if m is None:
            break
        covered = m.end()
        base, stretch = m.start(), m.group()
        repairs = _russian_utf8(stretch, base)
        if repairs:
            out.extend(repairs)
            continue
        bounds = _debris_bounds(stretch)
        for first, last in bounds:
            runs = cyrillic.swapped_runs(stretch[first:last])
            left_out = stretch[bounds[0][0]:first] + stretch[last:bounds[0][1]]
            if left_out and any(_letters_in(left_out, form) for _, _, form, _ in runs):
                runs = []  # (what was left out is letters in that reading: tried with them already)
            if runs:
                out.extend(Repair(base + first + lo, base + first + hi, form, repaired, False, (form,))
                           for lo, hi, form, repaired in runs)
                break
    return out


def _russian_utf8(stretch: str, base: int) -> list[Repair]:
    """Repairs of UTF-8 Russian read with one of the code pages of :data:`_RUSSIAN_UTF8` in *stretch* (at
    *base* in the text): its islands of UTF-8 that decode to Cyrillic text, ASCII at their ends left out."""
    for form, codec in _RUSSIAN_UTF8:
        found = []
        for a, b, decoded, cut in utf8_islands_single(stretch, codec):
            if cut:
                continue
            garbled = stretch[a:b]
            lead = len(garbled) - len(garbled.lstrip(_ASCII))
            trail = len(garbled) - len(garbled.rstrip(_ASCII))
            decoded = decoded[lead:len(decoded) - trail]
            if cyrillic.utf8_russian(decoded):
                found.append(Repair(base + a + lead, base + b - trail, form, decoded, True, (form,)))
        if found:
            return found
    return []


_ASCII = "".join(chr(c) for c in range(0x80))
#: what a stretch of Cyrillic debris begins or ends with that is no part of the damage: ASCII
_STRETCH_EDGE = frozenset(_ASCII)
#: … or may be: a no-break space, the quotation marks of Russian (windows-1251 reads the DOS 866 bytes of а,
#: л, ы and Д as these)
_MAYBE_EDGE = frozenset("\xa0«»„")
#: quotation marks that may be the text's own around debris, or debris themselves (windows-1251 reads the
#: DOS 866 bytes of С, Т, У, Ф as ‘ ’ “ ”): the text's own when they stand as a pair around it
_QUOTE_PAIRS = {"“": "”", "‘": "’"}


def _letters_in(chars: str, form: str) -> bool:
    """Whether the swap *form* reads *chars* back as Russian letters (a no-break space as а or я, « as л)."""
    undone = cyrillic.undo_swap(chars, form)
    return undone is not None and any(ch in cyrillic.RUSSIAN_LETTERS for ch in undone)


def _debris_bounds(stretch: str) -> list[tuple[int, int]]:
    """Where the debris of *stretch* may begin and end: its ASCII ends and a pair of quotation marks around it
    left out; and, when it begins or ends with a character of :data:`_MAYBE_EDGE`, also without those
    (they are the text's own, or debris: the longer reading is tried first).

    >>> _debris_bounds("“‘в®а®”"), _debris_bounds(" ‘в®а®\xa0")
    ([(1, 6)], [(1, 7), (1, 6)])
    """
    first, last = 0, len(stretch)
    while True:
        while first < last and stretch[first] in _STRETCH_EDGE:
            first += 1
        while last > first and stretch[last - 1] in _STRETCH_EDGE:
            last -= 1
        if last - first >= 2 and _QUOTE_PAIRS.get(stretch[first]) == stretch[last - 1]:
            first, last = first + 1, last - 1
            continue
        break
    bounds = [(first, last)]
    inner_first, inner_last = first, last
    while inner_first < inner_last and stretch[inner_first] in _MAYBE_EDGE:
        inner_first += 1
    while inner_last > inner_first and stretch[inner_last - 1] in _MAYBE_EDGE:
        inner_last -= 1
    if (inner_first, inner_last) != (first, last) and inner_first < inner_last:
        bounds.append((inner_first, inner_last))
    return bounds
