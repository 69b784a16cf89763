"""Small, documented repair functions for damaged text (used by the ``mojibake`` rule kind).

Each module holds one family of repairs; each function undoes one kind of damage and says exactly
when it refuses to (returning ``None``):

* :mod:`auditor.repair.common` — how common the characters of a stretch are (a built-in ranked list
  of common simplified and traditional characters);
* :mod:`auditor.repair.hanzi` — how plausible a stretch is as text: bits per character under a
  character and in-word bigram model derived from jieba's dictionary (a table read on first use), and
  the decision rule every re-decoding repair must pass;
* :mod:`auditor.repair.redecode` — text decoded with the wrong codec (UTF-8 read as GBK, Big5,
  Latin-1/CP1252; GBK read as Big5 or Latin-1; Big5 read as GBK; double encoding);
* :mod:`auditor.repair.desync` — ``?`` standing for lost characters, and a GBK byte stream decoded one
  byte out of step;
* :mod:`auditor.repair.pinyin` — pinyin annotations glued to characters (``發(fā)展``);
* :mod:`auditor.repair.web` — HTML tags and entities, and URL-encoding, left in prose.

Nothing here reads files or knows about rules: every function takes text and returns text.
"""

#: what invisible debris starts with (mojibake's MJ014: a stray byte-order mark, zero-width characters, a soft
#: hyphen, direction marks, C0 controls but tab and line ends); the re-decoding scan finds them with its other
#: suspects, at no cost
INVISIBLE_STARTS = "\ufeff\u200b\u200c\u200d\u2060\xad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068" \
    "\u2069\ufffc" + \
    "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127])) + \
    "".join(map(chr, [*range(0x300, 0x370), *range(0x1AB0, 0x1B00), *range(0x20D0, 0x2100)]))  # (combining marks)

#: the look-alike ideographs of mojibake's MJ019 (Kangxi radicals and CJK radicals supplement, compatibility
#: ideographs), as a character-class body: the re-decoding scan finds them with its other suspects
LOOKALIKE_IDEOGRAPHS = "\u2e80-\u2fdf\uf900-\ufaff"
#: the Latin ligatures of mojibake's MJ021 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), as a character-class body: found by the same scan
PDF_LIGATURES = "\ufb00-\ufb06"
#: the letters of pinyin's tone marks (the pinyin annotations of mojibake's MJ010; those beyond Latin-1 join the same
#: scan, for the annotations glued to their characters without brackets)
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
