"""What GBK text read as UTF-8 leaves when the bytes the decoder could not read are dropped (MJ023).

Two GBK bytes that happen to make a valid two-byte UTF-8 sequence become one letter of U+0080–U+07FF: a spacing
modifier, a combining mark, a Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana or N'Ko letter; three bytes may
become a random ideograph; the rest is dropped (``errors="ignore"``). What is left of ``第7课　小青蛙`` is ``7ΡС``:
letters of several alphabets, stray among digits, in a Chinese document. Nothing of the original can be read back.

A stretch (a run without white space or punctuation) is such debris when it holds letters of two alphabets or more
(Greek among them: ``7ΡС``), or Greek letters beside a Latin letter with a mark among digits (``G1234ΡϡϺš``); or a
modifier, a combining mark or a letter of a script Chinese text never quotes
without words of it (Armenian, Hebrew, Arabic …) beside a Chinese character or a digit (``ʺͯ硡20223µ3``); or one or
two Cyrillic letters glued to a Chinese character (not letters that look like Latin ones, 如А, nor Ф for a diameter);
or when it is one to three such letters alone on a line. Greek
alone is left be (``β2受体``, ``设α为``), and so is a line that holds a word of three letters of one of those
alphabets (``Я люблю Китай``: a language quoted, its short words too).

>>> utf8_debris("第7课　小青蛙⏎7ΡС⏎奶奶给我讲故事。".replace("⏎", chr(10)))
[(8, 11)]
>>> utf8_debris("俄语“Москва”意为莫斯科；β2受体激动剂；设α为锐角。")
[]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex

#: a letter or mark GBK bytes read as UTF-8 turn into, Greek among them (where a stretch is looked at)
DEBRIS_LETTER = LazyRegex("[\u02b0-\u07ff]")
#: … those of them that do not stand alone in Chinese text (Greek does: α, β, Ω)
_NO_LONE_LETTER = LazyRegex("[\u02b0-\u036f\u0400-\u07ff]")
#: a word of three letters of one alphabet: a language quoted on the line, its short words too
_FOREIGN_WORD = LazyRegex("[\u0400-\u04ff]{3}|[\u0530-\u058f]{3}|[\u0590-\u05ff]{3}|[\u0600-\u06ff]{3}")
#: a Chinese character (what a Chinese document holds)
_HAN = LazyRegex("[\u4e00-\u9fff]")
#: what ends a stretch: white space and punctuation
_BREAKS = frozenset(" \t\r\n\u3000，。；：:、！？（）()“”‘’\"'《》【】[]「」,;!?—-/|｜")
#: the alphabets a stretch is looked at for, by their ranges
_ALPHABETS = (("greek", "\u0370", "\u03ff"), ("cyrillic", "\u0400", "\u052f"), ("armenian", "\u0530", "\u058f"),
              ("hebrew", "\u0590", "\u05ff"), ("arabic", "\u0600", "\u06ff"), ("syriac", "\u0700", "\u074f"),
              ("arabic", "\u0750", "\u077f"), ("thaana", "\u0780", "\u07bf"), ("nko", "\u07c0", "\u07ff"))
#: Cyrillic letters that look like Latin ones, typed for them (如А for A) or for a symbol (Ф57 for a diameter)
_LIKE_LATIN = frozenset("АВЕКМНОРСТУХЅІЈаеорсухѕіјФф")
#: the alphabets Chinese text does not quote letters of alone
_RARE = frozenset({"armenian", "hebrew", "arabic", "syriac", "thaana", "nko"})


def _alphabet(ch: str) -> str | None:
    return next((name for name, lo, hi in _ALPHABETS if lo <= ch <= hi), None)


def _debris_mark(stretch: str, k: int) -> bool:
    """Whether ``stretch[k]`` is a modifier letter no writing uses beside Chinese (not a tone mark of bopomofo, ˇ ˊ ˋ
    ˙, nor a tone letter, ˥ ˧ ˩), or a combining mark on another such letter (not on a digit, 0.6̇, nor on a symbol
    of a face, •̀).

    >>> [_debris_mark(t, 1) for t in ("ʺʶ", "ㄢˇ", "ʺͯ", "6̇")]
    [True, False, True, False]
    """
    ch = stretch[k]
    if "\u02b0" <= ch <= "\u02c5" or "\u02e0" <= ch <= "\u02e4" or "\u02ea" <= ch <= "\u02ff":
        return True
    return "\u0300" <= ch <= "\u036f" and k > 0 and ("\u02b0" <= stretch[k - 1] <= "\u02ff" or
                                                     "\u0400" <= stretch[k - 1] <= "\u07ff")


def _debris(stretch: str, line: str, quoted: bool) -> bool:
    """Whether *stretch* (on *line*) is what a lossy read of GBK as UTF-8 left (see the module); *quoted*: the
    document quotes a language of those alphabets (a word of three letters of one), whose single letters are then
    its own."""
    alphabets = {a for ch in stretch if (a := _alphabet(ch)) is not None}
    chinese = any("\u4e00" <= ch <= "\u9fff" for ch in stretch)
    chinese_or_digit = chinese or any("0" <= ch <= "9" for ch in stretch)  # (not ٩, an Arabic digit)
    if len(alphabets) >= 2:
        return True  # 7ΡС
    if alphabets == {"greek"} and chinese_or_digit and sum("\u0370" <= ch <= "\u03ff" for ch in stretch) >= 2 and \
            any("\u00c0" <= ch <= "\u024f" and ch.isalpha() for ch in stretch):
        return True  # G1234ΡϡϺš08:15: Greek letters beside a Latin one with a mark, among digits
    phonetic = any((ch.isascii() and ch.isalpha()) or "\u0250" <= ch <= "\u02af" for ch in stretch)  # (tɕʰiəʔ⁵: IPA)
    marks = not phonetic and any(_debris_mark(stretch, k) for k in range(len(stretch)))
    if (marks or alphabets & _RARE) and chinese_or_digit and not quoted:
        return True  # ʺͯ硡20223µ3桡ۣ19.80Ԫ
    if quoted or _FOREIGN_WORD.search(line) is not None:
        return False  # (Я люблю Китай; 俄语字母如А а、Б б: a language quoted, its letters too)
    cyrillic = [ch for ch in stretch if "\u0400" <= ch <= "\u052f"]
    if "cyrillic" in alphabets and chinese and len(cyrillic) <= 2 and not all(ch in _LIKE_LATIN for ch in cyrillic):
        return True  # 第7课Ю: a letter or two glued to Chinese text (not Ф57×11mm, a diameter; nor 如А for A)
    return len(stretch) <= 3 and all(_NO_LONE_LETTER.match(ch) for ch in stretch) and \
        line.strip(" \t\u3000：:") == stretch.strip(" \t\u3000：:")  # С alone on its line


def utf8_debris(text: str) -> list[tuple[int, int]]:
    """The spans of the stretches of *text*, a Chinese document, that a lossy read of GBK as UTF-8 left."""
    if _HAN.search(text) is None:
        return []
    quoted = _FOREIGN_WORD.search(text) is not None
    out: list[tuple[int, int]] = []
    reached = 0
    for m in DEBRIS_LETTER.finditer(text):
        if m.start() < reached:
            continue
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1] not in _BREAKS:
            start -= 1
        while end < len(text) and text[end] not in _BREAKS:
            end += 1
        reached = end
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if _debris(text[start:end], text[line_start:len(text) if line_end == -1 else line_end], quoted):
            out.append((start, end))
    return out
