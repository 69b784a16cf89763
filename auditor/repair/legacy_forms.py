"""Text left in a legacy or transfer form that a reader did not turn back into characters (MJ013).

Three forms, each found where a rare mark of it stands and decoded for certain or not at all:

* ISO-2022-JP with its escape bytes lost: ``$B;3EDB@O:(B`` is what remains of ``ESC $B … ESC (B`` around the
  JIS bytes of 山田太郎, when a program drops the control character ESC;
* CESU-8 (Java's modified UTF-8) read through windows-1252: a character outside the Basic Multilingual Plane (a rare
  ideograph of a name, 𠮷) written as two surrogates of three bytes each, ``í¡‚í¾·``;
* EBCDIC (code pages 500 and 037, a mainframe's) read as Latin-1: a field of capitals and digits exported from a
  host system turns into accented letters, ``é×ùô@åÖÓ@õ@ÕÖ@ñôù`` for ``ZP94 VOL 5 NO 149``;
* a Chinese domain name left in Punycode in prose, ``xn--zfr164b.xn--fiqs8s`` for 政务.中国 (not in a text about
  internationalised domain names, whose examples they are).

>>> [(f.group(), decoded) for f, decoded, _ in legacy_forms("代表（$B;3EDB@O:(B）致辞，$B$*855$$G$9$+(B")]
[('$B;3EDB@O:(B', '山田太郎'), ('$B$*855$$G$9$+(B', 'お元気ですか')]
>>> [decoded for _, decoded, _ in legacy_forms("登记编号：é×ùô@åÖÓ@õ@ÕÖ@ñôù")]
['ZP94 VOL 5 NO 149']
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.scan import Stretch

#: JIS X 0208 bytes between what is left of ESC $B and ESC (B (pairs of printable ASCII)
_ISO2022JP_STRIPPED = LazyRegex(r"\$B((?:[\x21-\x7e]{2}){1,40}?)\(B")
#: two surrogates of CESU-8, each ED then two continuation bytes, shown through windows-1252 (í, then A0–AF for the
#: high surrogate, B0–BF for the low one, then any continuation byte: 80–BF as windows-1252 shows them)
_CP1252_CONTINUATION = "\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152" \
                       "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178" \
                       "\u0081\u008d\u008f\u0090\u009d"
_CESU8_PAIR = LazyRegex(rf"(?:í[\u00a0-\u00af][{_CP1252_CONTINUATION}]í[\u00b0-\u00bf][{_CP1252_CONTINUATION}])+")
#: a field in EBCDIC read as Latin-1: its capitals (Á–É, Ñ–Ù, â–é), digits (ð–ù), spaces (@), hyphens (`), points
#: (K), slashes (a); six characters or more, from a capital or a digit to one
_EBCDIC_RUN = LazyRegex(r"[\u00c1-\u00c9\u00d1-\u00d9\u00e2-\u00e9\u00f0-\u00f9×]"
                        r"[\u00c1-\u00c9\u00d1-\u00d9\u00e2-\u00e9\u00f0-\u00f9×@`Ka]{4,60}"
                        r"[\u00c1-\u00c9\u00d1-\u00d9\u00e2-\u00e9\u00f0-\u00f9]")
#: the EBCDIC digits as Latin-1 shows them, one of which a field holds (a quick test before the search; the field's
#: space, @, or hyphen, `, looked for first)
_EBCDIC_DIGIT = LazyRegex(r"[\u00f0-\u00f9]")
#: what a field decoded from EBCDIC may hold: capitals, digits, spaces and a few signs
_FIELD = LazyRegex(r"[A-Z0-9 .\-/]+")


def legacy_forms(text: str) -> list[tuple[Stretch, str, str]]:
    """``(stretch, decoded, subtype)`` of each stretch of *text* in one of the forms of the module."""
    out: list[tuple[Stretch, str, str]] = []
    if "$B" in text and "(B" in text:
        out.extend(_iso2022jp(text))
    if "í" in text:
        out.extend(_cesu8(text))
    if ("@" in text or "`" in text) and _EBCDIC_DIGIT.search(text) is not None:
        out.extend(_ebcdic(text))
    if "xn--" in text and not any(word in text for word in _IDN_TALK):
        out.extend(_punycode(text))
    return out


#: a domain name with labels in Punycode (xn--zfr164b.xn--fiqs8s for 政务.中国)
_PUNYCODE_DOMAIN = LazyRegex(r"(?<![A-Za-z0-9.-])(?:www\.)?xn--[a-z0-9-]{2,59}"
                             r"(?:\.(?:xn--[a-z0-9-]{2,59}|[a-z]{2,12}))*")
#: words of a text about internationalised domain names, whose Punycode is its example
_IDN_TALK = ("IDN", "Punycode", "punycode", "国际化域名", "编码为", "转写", "转换为", "对应的编码")


def _punycode(text: str) -> list[tuple[Stretch, str, str]]:
    """Domain names written in Punycode where a reader meets them in prose (``访问官方网站 xn--zfr164b.xn--fiqs8s``):
    their Chinese labels, each decoded (a label that decodes to anything else is left as it is)."""
    out = []
    for m in _PUNYCODE_DOMAIN.finditer(text):
        labels = []
        for label in m.group().split("."):
            if label.startswith("xn--"):
                try:
                    label = label[4:].encode("ascii").decode("punycode")
                except (UnicodeDecodeError, UnicodeEncodeError, ValueError):
                    break
                if not label or not all("\u4e00" <= ch <= "\u9fff" for ch in label):
                    break
            labels.append(label)
        else:
            out.append((Stretch(m.start(), m.end(), m.group()), ".".join(labels), "punycode"))
    return out


def _iso2022jp(text: str) -> list[tuple[Stretch, str, str]]:
    out = []
    for m in _ISO2022JP_STRIPPED.finditer(text):
        try:
            decoded = ("\x1b$B" + m.group(1) + "\x1b(B").encode("ascii").decode("iso2022_jp")
        except (UnicodeDecodeError, UnicodeEncodeError):
            continue
        if decoded and all("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                           or "\uff00" <= ch <= "\uffef" for ch in decoded):
            out.append((Stretch(m.start(), m.end(), m.group()), decoded, "iso-2022-jp"))
    return out


def _cesu8(text: str) -> list[tuple[Stretch, str, str]]:
    out = []
    for m in _CESU8_PAIR.finditer(text):
        try:
            units = m.group().encode("cp1252").decode("utf-8", "surrogatepass")
            decoded = units.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        except (UnicodeDecodeError, UnicodeEncodeError):
            continue
        if all(ord(ch) >= 0x10000 and ch.isprintable() for ch in decoded):
            out.append((Stretch(m.start(), m.end(), m.group()), decoded, "cesu-8"))
    return out


def _ebcdic(text: str) -> list[tuple[Stretch, str, str]]:
    out = []
    for m in _EBCDIC_RUN.finditer(text):
        for codec in ("cp500", "cp037"):
            decoded = m.group().encode("latin-1").decode(codec)
            if _FIELD.fullmatch(decoded) and sum(ch.isdigit() for ch in decoded) >= 2:
                out.append((Stretch(m.start(), m.end(), m.group()), decoded, "ebcdic"))
                break
    return out
