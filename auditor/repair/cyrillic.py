"""Russian text decoded with the wrong code page, and a small model of what Russian looks like.

Chinese reports quote Russian: agreements with partner cities, speeches, bilingual signs. A quote stored in
one encoding and read in another becomes Cyrillic-looking debris of two kinds:

* **UTF-8 read with a single-byte code page**: windows-1251 (``РџСЂРёРіР»Р°С€Р°РµРј`` for ``Приглашаем``),
  KOI8-R (``п÷я─п╦п``), DOS 866 (``╨Я╤А╨╕``) or Latin-1 (``ÐŸÑ€Ð¸``). Each letter becomes two characters
  whose bytes are UTF-8, which the bytes of Russian text in those code pages never are: the structure
  decides (:func:`utf8_russian`).
* **One Cyrillic code page read as another**: windows-1251 read as KOI8-R (``ДЕКЕЦЮЖХЧ`` for ``делегацию``),
  KOI8-R as windows-1251 (``ДЕМЕЗБГЙА``), DOS 866 as windows-1251 (``¤Ґ«ҐЈ\\xa0жЁо``) and the other three
  pairs. Every letter becomes another letter (or a sign), and any byte string decodes to something, so
  only a model can tell: which letter follows which in Russian words (a table of letter pairs built from
  the word list of a Russian dictionary, :data:`TABLE`), and how Russian writes case (words in lower case,
  capitalised, or short capital abbreviations). The damage makes pairs no Russian word has and turns
  lower case into upper case (:func:`clearly_more_russian`).

A quote in clean Russian, Ukrainian, Bulgarian or Serbian stays untouched: its bytes are no UTF-8, and
swapping its code page makes it less Russian, not more.

>>> clearly_more_russian("ДЕКЕЦЮЖХЧ ХГ ЯНЯЕДМЕИ", "делегацию из соседней")
True
>>> clearly_more_russian("делегацию из соседней", "ДЕКЕЦЮЖХЧ ХГ ЯНЯЕДМЕИ")
False
"""

from __future__ import annotations

import os

#: the bigram table (tools/build_russian_bigrams.py): -log2 P(second | first) in quarter bits
TABLE = os.path.join(os.path.dirname(__file__), "russian_bigrams.txt")
#: bits of a character in a word that is no Russian letter (a sign, a box-drawing line, a Latin-1 letter)
FOREIGN_BITS = -11.0
#: bits added for a capital letter right after a small one inside a word (``лШ``, ``пВНЕО``)
CASE_BREAK_BITS = -6.0
#: a repair must read as Russian: at least this many bits per letter pair on average …
READABLE_BITS = -4.9
#: … and this share of its letters in words of a natural case
NATURAL_SHARE = 0.9
#: … and this share in words of small letters or capitalised (abbreviations are few in prose)
PROSE_SHARE = 0.7
#: what a repair must gain over the text it replaces (bits per letter pair) …
GAIN_BITS = 1.5
#: … or this much, when the replaced text is mostly in unnatural case (half of its letters or more)
CASE_GAIN_BITS = 1.0
#: a stretch needs this many letters to be judged by the model at all (single short words are guesses)
MIN_LETTERS = 8
#: … of which this many different ones (a table's frame swapped back gives ``зддддбдддд``)
MIN_DISTINCT = 4
#: Russian letters, and the punctuation Russian prose uses beyond ASCII
RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
RUSSIAN_PUNCTUATION = frozenset("«»—–…№“”„")
#: what separates words (ASCII punctuation and digits are left to the words: the model skips them)
_SPACES = " \t\n\r\xa0"

_bigrams: dict[str, float] | None = None


def _bigram_bits() -> dict[str, float]:
    """``first + second -> log2 P(second | first)`` from :data:`TABLE`, read on first use."""
    global _bigrams
    if _bigrams is None:
        table: dict[str, float] = {}
        with open(TABLE, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or not line.strip():
                    continue
                first, *cells = line.split()
                for cell in cells:
                    second, quarter_bits = cell.split("=")
                    table[first + second] = -int(quarter_bits) / 4
        _bigrams = table
    return _bigrams


def _words(text: str) -> list[str]:
    for space in _SPACES[1:]:
        text = text.replace(space, " ")
    return [w for w in text.split(" ") if w]


def bits_per_letter(text: str) -> float:
    """The mean log2 probability of each letter of *text* after the one before it (and of a word's first and
    last letters at its ends) under the bigrams of Russian words: about −3.5 for Russian prose, −6 to −11
    for debris. A character beyond ASCII that is no Russian letter costs :data:`FOREIGN_BITS`, a capital
    right after a small letter :data:`CASE_BREAK_BITS` more; ASCII (digits, punctuation) is skipped.

    >>> round(bits_per_letter("Стороны договорились"), 1), round(bits_per_letter("ЯРНПНМШ ДНЦНБНПХКХЯЭ"), 1)
    (-3.5, -9.2)
    """
    bits = _bigram_bits()
    total = 0.0
    count = 0
    for word in _words(text):
        before = "^"
        small_before = False
        for ch in word:
            if ch.isascii():
                continue
            lower = ch.lower()
            if lower not in RUSSIAN_LETTERS:
                total += FOREIGN_BITS
                before = "^"
                small_before = False
            else:
                total += bits[before + lower]
                if small_before and ch.isupper():
                    total += CASE_BREAK_BITS
                small_before = ch.islower()
                before = lower
            count += 1
        if before != "^":
            total += bits[before + "$"]
            count += 1
    return total / count if count else 0.0


def natural_case_share(text: str, abbreviations: bool = True) -> float:
    """The share of the letters of *text* in words written in lower case, capitalised, or (with
    *abbreviations*) as a capital abbreviation of up to five letters (``ООН``, ``СССР``); the damage of a
    code-page swap writes most words in capitals, or a small letter and then capitals.

    >>> natural_case_share("Мы рады ООН"), round(natural_case_share("нЩ ТБДЩ ООН"), 2)
    (1.0, 0.78)
    >>> natural_case_share("нЩ ООН", False)
    0.0
    """
    good = total = 0
    for word in _words(text):
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        n = len(letters)
        total += n
        if (all(ch.islower() for ch in letters) or (letters[0].isupper() and all(ch.islower() for ch in letters[1:]))
                or (abbreviations and n <= 5 and all(ch.isupper() for ch in letters))):
            good += n
    return good / total if total else 0.0


def reads_as_russian(text: str) -> bool:
    """Whether *text* is Russian prose: :data:`MIN_LETTERS` letters or more (:data:`MIN_DISTINCT` different
    ones), nothing beyond ASCII but Russian letters and punctuation, letters as frequent as Russian has
    them, words in a natural case (:data:`NATURAL_SHARE`), most of them not abbreviations
    (:data:`PROSE_SHARE`).

    >>> reads_as_russian("Благодарим за встречу"), reads_as_russian("Благодарим"), reads_as_russian("ЗБ ЧУФТЕЮХ")
    (True, True, False)
    """
    letters = _russian_letters(text)
    if letters is None or letters < MIN_LETTERS or \
            len({ch.lower() for ch in text if ch in RUSSIAN_LETTERS}) < MIN_DISTINCT:
        return False
    if any(a == b == c and a in RUSSIAN_LETTERS for a, b, c in zip(text, text[1:], text[2:], strict=False)):
        return False  # (no Russian word has a letter three times in a row; a table's frame swapped back has)
    return (bits_per_letter(text) >= READABLE_BITS and natural_case_share(text) >= NATURAL_SHARE
            and natural_case_share(text, False) >= PROSE_SHARE)


def clearly_more_russian(garbled: str, repaired: str) -> bool:
    """Whether *repaired* reads as Russian (:func:`reads_as_russian`) and far better than *garbled*: by
    :data:`GAIN_BITS` per letter, or by :data:`CASE_GAIN_BITS` when *garbled* has most of its letters in
    words of an unnatural case (capitals count as such here: a swap writes short words in capitals too)."""
    if not reads_as_russian(repaired):
        return False
    gain = bits_per_letter(repaired) - bits_per_letter(garbled)
    return gain >= GAIN_BITS or (gain >= CASE_GAIN_BITS and natural_case_share(garbled, False) <= 0.5)


def utf8_russian(decoded: str) -> bool:
    """Whether *decoded*, the UTF-8 reading of some debris, is Cyrillic text: two letters or more, and nothing
    beyond ASCII but Russian letters and punctuation. Russian text in windows-1251, KOI8-R, DOS 866 or
    Latin-1 never has bytes that are valid UTF-8 of Cyrillic letters, so this structure is enough.

    >>> utf8_russian("Приглашаем делегацию"), utf8_russian("发展"), utf8_russian("ñ")
    (True, False, False)
    """
    letters = _russian_letters(decoded)
    return letters is not None and letters >= 2


def _russian_letters(text: str) -> int | None:
    """How many Russian letters *text* holds, or ``None`` when it holds a character beyond ASCII that is no
    Russian letter, punctuation or space."""
    letters = 0
    for ch in text:
        if ch in RUSSIAN_LETTERS:
            letters += 1
        elif not ch.isascii() and ch not in RUSSIAN_PUNCTUATION and ch not in _SPACES:
            return None
    return letters


#: forms of one Cyrillic code page read as another: form -> (the codec wrongly used, the right one)
SWAPS = {
    "cp1251-as-koi8r": ("koi8_r", "cp1251"), "koi8r-as-cp1251": ("cp1251", "koi8_r"),
    "cp866-as-cp1251": ("cp1251", "cp866"), "cp1251-as-cp866": ("cp866", "cp1251"),
    "koi8r-as-cp866": ("cp866", "koi8_r"), "cp866-as-koi8r": ("koi8_r", "cp866"),
}


#: the swaps that make letters of letters only (windows-1251 and KOI8-R both put Russian letters at
#: 0xC0–0xFF); the others make signs or box drawing of a third of the letters or more
LETTER_SWAPS = ("cp1251-as-koi8r", "koi8r-as-cp1251")


def _forms_for(text: str) -> tuple[str, ...]:
    """The swaps whose damage *text* may be: any, when it holds a character beyond ASCII that is no Russian
    letter; else only :data:`LETTER_SWAPS` (``шьются`` is no debris of DOS 866, though swapping it back
    happens to give letters)."""
    if any(not ch.isascii() and ch not in RUSSIAN_LETTERS and ch not in _SPACES for ch in text):
        return tuple(SWAPS)
    return LETTER_SWAPS


def undo_swap(text: str, form: str) -> str | None:
    """*text* re-encoded with the code page of *form* that was wrongly used and decoded with the right one,
    or ``None`` when a character does not encode or a byte does not decode.

    >>> undo_swap("ДЕКЕЦЮЖХЧ", "cp1251-as-koi8r"), undo_swap("发展", "cp1251-as-koi8r")
    ('делегацию', None)
    """
    wrong, right = SWAPS[form]
    try:
        return text.encode(wrong).decode(right)
    except UnicodeError:
        return None


#: two swaps whose readings are this close in bits per letter leave a stretch unread (a few short words in capitals
#: may read as Russian both ways)
AMBIGUOUS_BITS = 0.5


def best_swap(stretch: str) -> tuple[str, str] | None:
    """``(form, repaired)`` of the code-page swap that makes *stretch* clearly more Russian (the most
    Russian of them when several do, by :data:`AMBIGUOUS_BITS` or more), or ``None``.

    >>> best_swap("нЩ ТБДЩ РТЙЧЕФУФЧПЧБФШ ДЕМЕЗБГЙА")
    ('koi8r-as-cp1251', 'Мы рады приветствовать делегацию')
    >>> best_swap("Мы рады приветствовать делегацию") is None
    True
    """
    if sum(1 for ch in stretch if not ch.isascii() and ch not in _SPACES) < MIN_LETTERS:
        return None
    readings = []
    for form in _forms_for(stretch):
        repaired = undo_swap(stretch, form)
        if repaired is None or repaired == stretch or not clearly_more_russian(stretch, repaired):
            continue
        readings.append((bits_per_letter(repaired), form, repaired))
    if not readings:
        return None
    readings.sort(reverse=True)
    if len(readings) > 1 and readings[0][0] - readings[1][0] < AMBIGUOUS_BITS:
        return None  # (ДМС ДМС Й Й: для для и и one way, дну дну к к the other: no telling which was meant)
    return readings[0][1], readings[0][2]


def swapped_runs(stretch: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, form, repaired)`` of the runs of words of *stretch* that one code-page swap makes clearly
    more Russian (:func:`best_swap`): the whole stretch when it does, else the longest runs of words that
    the swap makes more Russian one by one, each judged as a whole (a quote damaged from its middle on).

    >>> swapped_runs("Торговый НАНПНР БШПНЯ почти вдвое")
    [(9, 21, 'cp1251-as-koi8r', 'оборот вырос')]
    """
    whole = best_swap(stretch)
    if whole is not None:
        return [(0, len(stretch), whole[0], whole[1])]
    words = _word_spans(stretch)
    found: list[tuple[float, int, int, str, str]] = []
    for form in _forms_for(stretch):
        run: list[tuple[int, int]] = []
        for start, end in [*words, (-1, -1)]:
            word = stretch[start:end]
            repaired = undo_swap(word, form) if start >= 0 else None
            if repaired is not None and bits_per_letter(repaired) > bits_per_letter(word):
                run.append((start, end))
                continue
            if run:
                lo, hi = run[0][0], run[-1][1]
                repaired = undo_swap(stretch[lo:hi], form)
                if repaired is not None and clearly_more_russian(stretch[lo:hi], repaired):
                    found.append((bits_per_letter(repaired), lo, hi, form, repaired))
                run = []
    found.sort(key=lambda f: -f[0])
    kept: list[tuple[int, int, str, str]] = []
    for score, lo, hi, form, repaired in found:
        if any(other != form and a < hi and lo < b and score - other_score < AMBIGUOUS_BITS
               for other_score, a, b, other, _ in found if (a, b, other) != (lo, hi, form)) and \
                not any(a < hi and lo < b for a, b, _, _ in kept):
            continue  # (two swaps read the same words about as well: no telling which was meant)
        if all(hi <= a or b <= lo for a, b, _, _ in kept):
            kept.append((lo, hi, form, repaired))
    return sorted(kept)


def _word_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each word of *text* (runs of characters other than ASCII white space: a
    no-break space may be the debris of а or я)."""
    spans = []
    start = None
    for i, ch in enumerate(text):
        if ch in " \t\n\r":
            if start is not None:
                spans.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans
