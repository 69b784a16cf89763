"""How plausible a stretch of text is as written Chinese: bits per character under a small language model.

The model is a table that ships with the package (``hanzi_table.txt.gz``, about 250 KB), derived by
``tools/build_hanzi_table.py`` from the dictionary of the jieba segmenter (word frequencies, MIT
licence) and OpenCC's traditional-to-simplified character table (Apache-2.0 licence):

* ``P(c)``, how often each of about 11,000 Han characters is used;
* ``P(b | a)`` for about 58,000 pairs of characters that form words much more often than chance;
* the simplified form of each traditional character, so ``經濟`` scores like ``经济``.

:func:`bits` is the mean cost in bits of the characters of a text (white space and U+FFFD aside):
Han characters by the interpolated bigram model, other characters by their kind. Ordinary Chinese
prose costs 7–9 bits a character, the rare characters that mojibake is made of 15 and more. Words of
other scripts (Cyrillic, Greek, Latin with accents, kana, Hangul) are priced as *text in that
script*, not as damage: a word of several letters is cheap, a lone letter is not. The table is read
only when a score is needed (never at import), so a clean document never loads it.

>>> bits("发展新质生产力") < 12 < 16 < bits("鍙戝睍鏂拌川")
True
>>> abs(bits("發展經濟") - bits("发展经济")) < 0.01
True
>>> bits("Спасибо") < bits("志扶我技忘扶我")
True
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections import namedtuple as NamedTuple

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hanzi_table.txt.gz")

#: interpolation weight of the bigram model (the rest goes to the character frequency)
LAMBDA = 0.6
#: bits for a Han character the table does not hold (rarer than anything in the dictionary)
UNKNOWN_HAN = 27.0
#: bits for characters that are not Han, by kind
COST = {
    "cjk-punct": 5.0,  # ，。、“” …: about one character in eight of running Chinese text
    "ascii": 6.0,  # digits, Latin letters, ASCII punctuation
    "word": 5.0,  # a letter of a word of two or more letters (Latin, Greek, Cyrillic, Arabic …)
    "accented": 10.0,  # a word of one accented Latin letter (à, ở; but also the Ã of mojibake)
    "kana-word": 7.0,  # kana in a run of two or more
    "hangul": 9.0,  # Hangul syllables
    "lone-letter": 14.0,  # a Greek or Cyrillic letter, a kana alone (a symbol, or a piece of mojibake)
    "symbol": 16.0,  # other symbols, emoji
    "damage": 24.0,  # private use, C1 controls, box drawing, bopomofo: never in clean prose
}
_CJK_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—～·．／％＋－＝")


class _Model(NamedTuple("_Model", "unigram bigram t2s")):
    """Log-frequencies of characters (*unigram*) and in-word pairs (*bigram*), and traditional →
    simplified (*t2s*)."""

    __slots__ = ()


_MODEL: _Model | None = None


def load() -> _Model:
    """The table, read once per process on first use."""
    global _MODEL
    if _MODEL is None:
        import gzip

        unigram: dict[str, float] = {}
        bigram: dict[str, float] = {}
        t2s: dict[str, str] = {}
        text = gzip.decompress(_read(TABLE)).decode("utf-8")
        for line in text.splitlines():
            kind, _, rest = line.partition("\t")
            if kind == "U":
                ch, _, q = rest.partition("\t")
                unigram[ch] = int(q) / 4
            elif kind == "B":
                first, _, seconds = rest.partition("\t")
                for item in seconds.split(" "):
                    bigram[first + item[0]] = int(item[1:]) / 4
            elif kind == "T":
                t2s = dict(zip(rest[0::2], rest[1::2], strict=True))
        _MODEL = _Model(unigram, bigram, t2s)
    return _MODEL


def is_loaded() -> bool:
    """Whether the table has been read in this process (tests check that clean text never reads it)."""
    return _MODEL is not None


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3FFFF)


def _ascii_alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def _word_edge(text: str, i: int) -> bool:
    """Whether position *i* of *text* may border a word: outside the text, white space or ASCII punctuation."""
    return not 0 <= i < len(text) or text[i].isspace() or (text[i].isascii() and not text[i].isalnum())


def _ascii_letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def _script(ch: str) -> str:
    """A coarse script class for the pricing of non-Han characters."""
    code = ord(ch)
    if code < 0x80:
        return "ascii"
    if 0x3040 <= code <= 0x30FF or code == 0x30FC:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "greek"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if (ch.isalpha() and (code < 0x0250 or 0x1E00 <= code <= 0x1EFF)) or 0x0300 <= code <= 0x036F:
        return "latin"  # accented Latin (é, ư, ß, ệ) and combining marks
    if code < 0x2E80 and unicodedata.category(ch) in ("Lu", "Ll", "Lo", "Mn", "Mc"):
        return "alpha"  # Arabic, Hebrew, Thai, Devanagari …: letters of some other script (not Han)
    return "other"


#: Latin-1 signs that ordinary Chinese text uses next to numbers and letters (25°C, ±0.5, 3×4, x², 5µm)
_TECH_SIGNS = set("°±·×÷²³µ\xa0")
#: windows-1252 punctuation that Chinese text uses too
_QUOTES = set("‘’“”…—–")


def _other_cost(ch: str) -> float:
    code = ord(ch)
    if ch in _CJK_PUNCT or 0xFF01 <= code <= 0xFF5E or 0x3000 <= code <= 0x303F:
        return COST["cjk-punct"]
    if ch in _TECH_SIGNS or ch in _QUOTES:
        return COST["ascii"]
    if (code == 0xFFFD or 0xE000 <= code <= 0xF8FF or 0x80 <= code <= 0x9F or 0x2500 <= code <= 0x257F
            or 0x3100 <= code <= 0x312F or code >= 0xF0000):
        return COST["damage"]
    return COST["symbol"]


def costs(text: str) -> list[float]:
    """The cost in bits of each character of *text* but white space and U+FFFD, in order."""
    model = load()
    out: list[float] = []
    n = len(text)
    prev = ""  # the previous Han character, simplified (empty after anything else)
    i = 0
    while i < n:
        ch = text[i]
        if ch.isspace() or ch == "\ufffd":
            # white space; U+FFFD marks a character already lost, in the damage and in its repair alike
            prev = ""
            i += 1
            continue
        if _is_han(ch):
            c = model.t2s.get(ch, ch)
            uni = model.unigram.get(c)
            if uni is None:
                out.append(UNKNOWN_HAN)
            elif not prev:
                out.append(uni)
            else:
                # P(c | prev) = λ·P_pair + (1 − λ)·P(c); pairs that are not in the table count as 0
                pair = model.bigram.get(prev + c)
                p = (1 - LAMBDA) * 2.0 ** -uni + (LAMBDA * 2.0 ** -pair if pair is not None else 0.0)
                out.append(-math.log2(p))
            prev = c
            i += 1
            continue
        prev = ""
        script = _script(ch)
        if script == "ascii":
            out.append(COST["ascii"])
            i += 1
            continue
        if script == "other":
            if ch in _TECH_SIGNS and not (_ascii_alnum(text, i - 1) or _ascii_alnum(text, i + 1)):
                out.append(COST["symbol"])  # ° ± × ² away from a number or a letter: not a measurement
            else:
                out.append(_other_cost(ch))
            i += 1
            continue
        # a run of letters of one script: a word of that script, or a lone letter
        j = i + 1
        while j < n and (_script(text[j]) == script or (script == "latin" and _ascii_letter(text[j]))):
            j += 1
        if script == "hangul":
            cost = COST["hangul"]
        elif script == "latin":
            # accented letters belong to the word around them (café, Zürich, Việt); one alone is a word
            # (à, ở), several without an ASCII letter (ÉçÇø, Ò»Íò) are what mojibake looks like
            ascii_too = (i > 0 and _ascii_letter(text[i - 1])) or any(_ascii_letter(c) for c in text[i:j])
            if ascii_too:
                cost = COST["word"]
            elif j - i == 1 and _word_edge(text, i - 1) and _word_edge(text, j):
                cost = COST["accented"]
            else:
                cost = COST["symbol"]
        elif j - i >= 2:
            cost = COST["kana-word"] if script == "kana" else COST["word"]
        else:
            cost = COST["lone-letter"]
        out.extend([cost] * (j - i))
        i = j
    return out


def bits(text: str) -> float:
    """Mean cost in bits per character of *text* (white space and U+FFFD aside; 0.0 when nothing is
    left): lower is more plausible."""
    values = costs(text)
    return sum(values) / len(values) if values else 0.0


def foreign_words(text: str) -> bool:
    """Whether *text* holds a word of a script other than Han: three or more Greek, Cyrillic, kana (or
    Arabic, Hebrew, Thai …) letters in a row (the GBK⇄Big5 swaps make runs of two now and then), any
    Hangul, or a Latin word with accents (at least two ASCII letters and an accented one: ``très``,
    ``Zürich``, ``Việt``; not the ``ÉçÇø`` of mojibake).

    >>> foreign_words("俄语“Спасибо”"), foreign_words("Ça coûte"), foreign_words("ÉçÇø·þÎñ"), foreign_words("α、β")
    (True, True, False, False)
    """
    run_script, run = "", 0
    latin_ascii = latin_accented = 0
    for ch in text + " ":
        script = _script(ch)
        if script == "hangul":
            return True
        if _ascii_letter(ch) or script == "latin":
            if _ascii_letter(ch):
                latin_ascii += 1
            else:
                latin_accented += 1
            run_script, run = "", 0
            continue
        if latin_accented and latin_ascii >= 2:
            return True
        latin_ascii = latin_accented = 0
        if script in ("greek", "cyrillic", "kana", "alpha"):
            run = run + 1 if script == run_script else 1
            run_script = script
            if run >= 3:
                return True
        else:
            run_script, run = "", 0
    return False


#: bits per character a repair must save when the bytes themselves speak for it (a strict UTF-8 or
#: GBK round trip through a Latin-1 or GBK reading: random byte strings rarely survive one); the
#: model then only vetoes a repair that reads worse than the text it replaces
MARGIN = 0.0
#: the same for the two-byte swaps (GBK read as Big5 and back), where almost any pair decodes
SWAP_MARGIN = 2.0
#: the same when the text a repair replaces holds words of another script (Russian, Japanese, French
#: …): it is then taken for text in that script, and only an overwhelming gain says it is damage
FOREIGN_MARGIN = 6.0


def word_pairs(text: str) -> int:
    """How many adjacent pairs of Han characters of *text* (read simplified) are pairs that form words (the model's
    bigrams): ordinary Chinese has them every few characters; characters strung at random have none.

    >>> word_pairs("推进农村改革"), word_pairs("衍演演程")
    (3, 0)
    """
    model = load()
    simple = [model.t2s.get(ch, ch) for ch in text]
    return sum(1 for k in range(len(simple) - 1) if simple[k] + simple[k + 1] in model.bigram)


def gain(original: str, repaired: str) -> float:
    """Bits per character that *repaired* saves over *original* (positive: the repair reads better)."""
    return bits(original) - bits(repaired)


def clearly_more_plausible(original: str, repaired: str, margin: float = MARGIN) -> bool:
    """The decision rule for every re-decoding repair: *repaired* must cost at least *margin* bits a
    character less than *original*, and at least :data:`FOREIGN_MARGIN` when *original* holds a word
    of another script.

    >>> clearly_more_plausible("鍙戝睍鏂拌川", "发展新质")
    True
    >>> clearly_more_plausible("внимание", "志扶我技忘扶我快")
    False
    """
    needed = max(margin, FOREIGN_MARGIN) if foreign_words(original) else margin
    return gain(original, repaired) >= needed


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()
