"""What web pages leave in scraped prose: HTML tags (whole or broken), entities and URL-encoding.

>>> unescape_entities("A&amp;B&nbsp;&#12290;")
'A&B\\xa0。'
>>> unescape_entities("&amp;amp;")
'&'
>>> decode_percent("%E5%8F%91%E5%B1%95")
'发展'
>>> decode_percent("%2B")
'+'
>>> decode_percent("%E5%8F") is None
True
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.entities import html5
from urllib.parse import unquote_to_bytes

from auditor.lazyregex import LazyRegex

#: HTML elements whose tags turn up in scraped text (the rule file may give its own list)
TAG_NAMES = (
    "a", "abbr", "b", "big", "blockquote", "body", "br", "center", "code", "dd", "del", "div", "dl", "dt",
    "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "img", "ins", "li",
    "link", "meta", "nobr", "ol", "p", "pre", "s", "script", "section", "small", "span", "strike", "strong",
    "style", "sub", "sup", "table", "tbody", "td", "th", "thead", "title", "tr", "tt", "u", "ul",
)


def whole_tag_pattern(names: tuple[str, ...] | list[str] = TAG_NAMES) -> re.Pattern:
    """A complete tag of one of *names*: ``<p>``, ``</strong>``, ``<img src="a.png"/>``."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"</?(?:{alternatives})(?:\s+[^<>\n]{{0,300}}?)?\s*/?>", re.IGNORECASE)


#: a Chinese character (after a one-letter tag whose < was lost)
_CJK_AFTER = LazyRegex(r"[\u4e00-\u9fff]")


def broken_tags(text: str, names: tuple[str, ...] | list[str] = TAG_NAMES) -> list[tuple[int, int]]:
    """Spans of tags whose ``<`` was lost: ``/strong>`` anywhere, ``strong>`` glued to non-ASCII text.

    >>> text = "发展?/strong>截至 基strong>二 </b> a/b> x<y>z"
    >>> [text[a:b] for a, b in broken_tags(text)]
    ['/strong>', 'strong>']
    """
    wanted = {n.lower() for n in names}
    spans = []
    i = text.find(">")
    while i != -1:
        j = i
        while j > 0 and text[j - 1].isascii() and text[j - 1].isalnum():
            j -= 1
        if j < i and text[j:i].lower() in wanted:
            before = text[j - 1] if j > 0 else ""
            if before == "/":
                ahead = text[j - 2] if j > 1 else ""
                if ahead != "<" and not (ahead.isascii() and (ahead.isalnum() or ahead in "/.:=-_")):
                    spans.append((j - 1, i + 1))
            elif before and before != "<" and (not before.isascii() or before == "?") and (
                    i - j >= 2 or (not before.isascii() and _CJK_AFTER.match(text, i + 1))):
                spans.append((j, i + 1))  # (one letter, p> or b>, only between Chinese characters: 收集群p>众)
        i = text.find(">", i + 1)
    if "<" in text:
        spans.extend(_truncated_tags(text, wanted))
        spans.sort()
    return spans


def _truncated_tags(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """Spans of tags whose ``>`` was lost, between Chinese text and Chinese punctuation or text: ``</spa，``,
    ``<br，`` (a known tag's name, or the start of one two letters long at least, right after ``<`` or ``</``), or a
    known tag's attributes right before the text (``<p style="text-indent:2em医疗``).

    >>> t = "信访维稳</spa，呈现态势。大力实施服务<br，各项指标。x<y，当a<b时成立。基本<p style=\\"x:2em医疗"
    >>> [t[a:b] for a, b in _truncated_tags(t, {"span", "br", "b", "p"})]
    ['</spa', '<br', '<p style="x:2em']
    """
    out = []
    i = text.find("<")
    while i != -1:
        j = i + 1 + (text[i + 1:i + 2] == "/")
        k = j
        while k < len(text) and k - j < 8 and text[k].isascii() and text[k].isalpha():
            k += 1
        name = text[j:k].lower()
        after = text[k:k + 1]
        before = text[i - 1:i]
        if k - j >= 2 and after and "\u3000" <= after <= "\uffee" and before and "\u3000" <= before <= "\uffee" and \
                (name in wanted or any(w.startswith(name) for w in wanted)):
            out.append((i, k))
        elif after == " " and name in wanted and before and "\u3000" <= before <= "\uffee" and \
                (end := _unclosed_attributes(text, k)) != -1:
            out.append((i, end))  # 基本<p style="text-indent:2em医疗: attributes, then text, no >
        i = text.find("<", i + 1)
    return out


def _unclosed_attributes(text: str, at: int) -> int:
    """The end of a tag's attributes from *at*, the last value left open before Chinese text with no ``">`` later on
    its line (:data:`_OPEN_ATTRIBUTES`); ``-1`` when there are none such."""
    attrs = _OPEN_ATTRIBUTES.match(text, at)
    if attrs is None:
        return -1
    line_end = text.find("\n", attrs.end())
    return attrs.end() if text.find('">', attrs.end(), len(text) if line_end == -1 else line_end) == -1 else -1


#: a tag's attributes up to the text after them, its > lost (<p style="text-indent:2em医疗…): the last value
#: unclosed, then a Chinese character
_OPEN_ATTRIBUTES = LazyRegex(r"(?:[ \t]+[a-zA-Z][a-zA-Z-]*=(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))*"
                             r"[ \t]+[a-zA-Z][a-zA-Z-]*=\"[^\"<>\n\u3000-\uffee]+(?=[\u3000-\uffee])")


#: a character reference: named (``&nbsp;``), decimal (``&#12290;``, or ``&#12288`` before Chinese text) or
#: hexadecimal (``&#x3002;``);
#: the five commonest names are taken without their semicolon too (``&nbsp``), as browsers do; a
#: reference escaped again (``&amp;nbsp;``) is one match
ENTITY = LazyRegex(
    r"&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};|(?:nbsp|amp|lt|gt|quot)(?![a-zA-Z=])"
    # (a decimal reference of four digits or more without its semicolon, before Chinese text: &#12288一是, as browsers
    # read it)
    r"|#[0-9]{4,7}(?=[\u3000-\uffee]))"
)


def is_entity(token: str) -> bool:
    """True when *token* (as matched by :data:`ENTITY`) is a reference HTML defines."""
    while token.startswith("&amp;") and len(token) > 5:
        token = "&" + token[5:]
    if token.startswith("&#"):
        return True
    name = token[1:]
    return name in html5 or (name + ";") in html5


def unescape_entities(text: str) -> str:
    """*text* with character references decoded, repeatedly (``&amp;nbsp;`` was escaped twice)."""
    for _ in range(4):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def entity_fix(token: str) -> str | None:
    """The character a reference stands for, or ``None`` when it decodes to nothing printable.

    A no-break space (``&nbsp;``, ``&#160;``) becomes an ordinary space: in plain text it only carried
    the page's layout.

    >>> entity_fix("&#12290;"), entity_fix("&nbsp;"), entity_fix("&#0;")
    ('。', ' ', None)
    """
    decoded = unescape_entities(token).replace("\xa0", " ")
    if decoded == token or not decoded or "\ufffd" in decoded:
        return None  # (HTML decodes &#0; and out-of-range numbers to U+FFFD)
    if any(unicodedata.category(c) in ("Cc", "Cs", "Cn") and c not in "\t\n" for c in decoded):
        return None
    return decoded


#: one or more percent-escapes: ``%2B``, ``%E5%8F%91``
PERCENT_RUN = LazyRegex(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")  # a literal first: re finds it fast
#: single characters that are percent-encoded in links and forms and so turn up alone in prose
ENCODED_ASCII = " !\"#$%&'()*+,/:;<=>?@[\\]^`{|}"


def is_chinese_text(text: str) -> bool:
    """Whether every character of *text* is a Han character, CJK punctuation or a full-width form: what
    an escape that stands for prose decodes to (``\\u0041`` in a note about code does not).

    >>> is_chinese_text("经济，发展"), is_chinese_text("A中")
    (True, False)
    """
    return all("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" for c in text)


def decode_percent_gbk(run: str) -> str | None:
    """The Chinese text a run of percent-escapes stands for when its bytes are GBK (``%BE%AD%BC%C3`` →
    ``经济``): two characters or more, every one a Han character or CJK punctuation; else ``None``.

    >>> decode_percent_gbk("%BE%AD%BC%C3"), decode_percent_gbk("%41%42")
    ('经济', None)
    """
    data = unquote_to_bytes(run)
    if len(data) < 4:
        return None
    try:
        decoded = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return decoded if is_chinese_text(decoded) else None


def decode_percent(run: str) -> str | None:
    """The text a run of percent-escapes stands for, when it is valid UTF-8 and printable."""
    data = unquote_to_bytes(run)
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(c)[0] == "C" and c not in "\t\n" for c in decoded):
        return None
    return decoded
