"""``mojibake`` kind: text damaged by wrong decoding, lossy conversion and scraping debris.

One kind, several *detectors* (chosen by the rule's ``detector`` key). Every finding names its form
as the subtype and, when the original text can be recovered, carries it as the fix; ``safe_fix`` is
set only when the repair is certain. The repairs themselves live in :mod:`auditor.repair`.

Detectors and the subtypes they report:

* ``redecode`` (rule key ``forms``): ``utf8-as-gbk``, ``utf8-as-big5``, ``gbk-as-big5``,
  ``big5-as-gbk``, ``utf8-as-latin1``, ``gbk-as-latin1``, ``double-encoding``, ``utf8-as-cp1251``,
  ``utf8-as-macroman``, ``utf8-as-cp437``, ``utf8-as-koi8r``, ``utf8-as-cp850``;
* ``lossy``: ``replacement-char`` (U+FFFD), ``kunkao`` (锟斤拷), ``debug-fill`` (烫烫烫, 屯屯屯),
  ``c1-control``, ``private-use``;
* ``lost-char``: ``?`` written for characters that were lost;
* ``gbk-desync``: a GBK byte stream decoded one byte out of step (``?,F`` for ``。現``);
* ``pinyin``: pinyin annotations glued to characters (``發(fā)展``);
* ``html-tag``, ``html-entity``, ``url-encoding``: web debris in prose.
* ``pdf-extraction``: what text extraction from a PDF leaves (Latin ligatures, ﬁ; a title one character a line).
* ``utf8-debris``: ``gbk-as-utf8-lossy``, what GBK read as UTF-8 leaves when the unreadable bytes are dropped
  (:mod:`auditor.utf8_debris`).

Work that several rules share (the re-decoding search, the ``?`` analysis, URL spans) is done once
per document and kept in ``doc.cache``.

>>> from auditor.document import Document
>>> from auditor.rulebook import Rule
>>> rule = Rule("X1", "x", "mojibake", "mojibake", "warning", "{subtype}: {match}", {}, {},
...             {"detector": "pinyin"})
>>> [(f.subtype, f.fix) for f in MojibakeChecker(rule).check(Document("a.txt", "發(fā)展"))]
[('pinyin', '發')]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from re import escape

from auditor.cues import words_in
from auditor.document import Document
from auditor.kinds.base import QUOTE_PAIRS, Candidate, Checker, LazyRegex, in_code_block, quoted
from auditor.lazyregex import compile_re
from auditor.repair import INVISIBLE_STARTS, LOOKALIKE_IDEOGRAPHS, PDF_LIGATURES, TONED, quick
from auditor.scan import Stretch, contains, find_all, matches_at
from auditor.urls import url_spans

_QUESTION_RUN = LazyRegex(r"\?\?*(?:[,;:]\?+)*")  # \?+ with one ? first: a search for a literal
_CJK = LazyRegex(r"[\p{Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
#: where a sentence (and so the scope of a question word) begins
_SENTENCE_END = "。！？!?\n；;"
#: what may follow a question mark that ends a question
_AFTER_QUESTION = "\"'”’」』）)》】]"
#: Chinese punctuation that goes on with a sentence, which no question mark stands before (开了?，周末)
_MARKS_GOING_ON = frozenset("，、；：")
#: ASCII punctuation that cannot follow a question mark that ends a question
_LOST_BEFORE = ",;:/<>(-=+*&#@|[{"

_SIGNATURES = {
    "replacement-char": r"\ufffd+",
    # (or 锟 and 拷 with other characters between: U+FFFD beside characters the first decoding kept, 锟剿猴拷)
    "kunkao": r"(?:锟斤拷)+(?:锟斤?)?|锟斤|锟[^\s锟拷]{1,3}拷",
    "debug-fill": r"烫{N,}|屯{N,}|葺{N,}",
    "c1-control": r"[\x80-\x9f]+",
    "private-use": r"[\ue000-\uf8ff\U000f0000-\U0010fffd]+",
    # a glyph a PDF extractor could not map to a character, written as its number: 现(cid:7965)协调
    "pdf-cid": r"\(cid:[0-9]+\)",
    # UTF-8 read as Shift_JIS with the bytes it could not read dropped: kanji and half-width katakana taking turns
    # (蝮壼ｳ螳井ｽ丈ｸ), matched from its first katakana after a kanji (the kanji before it are added back)
    "sjis-debris": r"[\uff61-\uff9f](?<=[\u4e00-\u9fff][\uff61-\uff9f])(?:[\u4e00-\u9fff]{1,4}[\uff61-\uff9f]{1,2})+"
                   r"[\u4e00-\u9fff]{0,3}",
    # invisible debris (MJ014): a byte-order mark inside the text, or read as Latin-1 (ï»¿; Mac OS Roman's Ôªø; UTF-16's
    # ÿþ, þÿ); zero-width
    # characters (not a joiner inside an emoji sequence); C0 controls (a form feed only inside a line: between
    # pages it is a page break)
    # (and UTF-8's mark read as GBK, 锘 with what followed it, at a line's start: the rest of the file read right)
    "bom": r"ï»¿|Ôªø|ÿþ|þÿ|\ufeff|锘(?<![^\n]锘)[?\ufffd縿]?",
    # (and U+FFFC, where a copied document held an embedded object: 医疗卫￼生)
    "zero-width": r"[\u200b\u200c\u2060\ufffc]+|(?<![\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F])\u200d"
                  r"|\u200d(?![\U0001F000-\U0001FAFF\u2600-\u27BF])"
                  # a soft hyphen beside a Chinese character (no word of Chinese is hyphenated)
                  r"|\xad(?:(?<=[\u4e00-\u9fff]\xad)|(?=[\u4e00-\u9fff]))",
    # (and a carriage return inside a line, not before its line feed: a file's line ends mixed, or a field's own break;
    # one after a line that ends so, or in the first line, may be an old Mac file's line end: see _detect_lossy)
    # (and one right before a line's CR LF: the line end converted twice, 报名表\r\r\n)
    "control": r"[\x00-\x08\x0b\x0e-\x1f\x7f]+|(?<=[^\s])[\x0c\r](?=[^\s])|(?<=[^\s])\r(?=\r\n)",
    # combining marks right after a Chinese character (江́行, 明⃝轩): accents and enclosing circles belong on letters or
    # symbols; on an ideograph they are debris of a conversion or a font (pinyin's tones sit on Latin letters)
    "combining-mark": r"(?<=[\u3400-\u9fff])[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]+",
    # direction marks and embeddings pasted into Chinese text (a run beside a Chinese character or punctuation; beside
    # Arabic or Hebrew they do their work)
    "bidi": r"(?<![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])[\u200e\u200f\u202a-\u202e\u2066-\u2069]+"
            r"(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])"
            r"(?:(?<=[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e][\u200e\u200f\u202a-\u202e\u2066-\u2069])"
            r"|(?=[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]))",
}
_C0_CONTROL = LazyRegex("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: a carriage return inside a line (the search for suspects does not look for it)
_STRAY_CR = LazyRegex(r"\r(?<=[^\s]\r)(?=[^\s]|\r\n)")
#: punctuation doubled the way a PDF's simulated bold doubles every character (一一、、主主要要): what the search for a
#: doubled run starts from (natural text doubles characters, 天天, but seldom its punctuation)
_DOUBLED_MARKS = ("、、", "，，", "。。", "（（", "））", "：：", "；；")
#: a run of characters each written twice, eight pairs or more (关关于于桂桂岭岭乡乡22002211年年…)
_DOUBLED_RUN = LazyRegex(r"(?:(\S)\1(?!\1)){8,}")


def _doubled_text(text: str) -> Iterator[Candidate]:
    """Runs of characters each written twice, as a PDF's simulated bold leaves them when its text is extracted
    (``关关于于…的的报报告告``): eight pairs or more, no pair of one character making up most of the run (a row of
    ----), in a text where one such run at least holds a doubled mark.

    >>> [(c.start, c.end) for c in _doubled_text("一一、、主主要要工工作作成成效效\\n天天向上")]
    [(0, 16)]
    """
    runs = [m for m in _DOUBLED_RUN.finditer(text) if len(set(m.group()[::2])) * 4 > len(m.group())]
    # (a run with a doubled mark shows how the text was extracted: the runs without one are its title and lines too)
    if any(any(mark[0] in m.group()[::2] for mark in _DOUBLED_MARKS) for m in runs):
        for m in runs:
            pairs = m.group()[::2]
            yield Candidate(m.start(), m.end(), "bold-doubling", {"repaired": pairs}, fix=pairs, safe_fix=False)


#: the signatures of lossy damage (MJ007's, when a rule lists none)
_LOSSY_SIGNATURES = ("replacement-char", "kunkao", "debug-fill", "c1-control", "private-use", "pdf-cid", "sjis-debris")

#: the first character of every signature (the standard library's re: fast on big classes)
#: two fill characters alone, a word of two characters overwritten (runs of three or more are the signature's own)
_FILL_PAIR = LazyRegex(r"烫烫(?!烫)|屯屯(?!屯)")
#: what stands around 烫烫 when it means "very hot" (烫烫的, 热烫烫): a word, no debris
_HOT_AFTER = frozenset("的地得了手嘴口伤人乎")
_HOT_BEFORE = frozenset("热滚很真好发火")


def _hot(text: str, start: int, end: int) -> bool:
    """Whether 烫烫 at ``[start, end)`` is the word for "very hot" (``烫烫的``, ``热烫烫``), not debris.

    >>> _hot("汤烫烫的", 1, 3), _hot("工作烫烫\t", 2, 4)
    (True, False)
    """
    return text[end:end + 1] in _HOT_AFTER or text[start - 1:start] in _HOT_BEFORE


_LOSSY_TRIGGER = LazyRegex("[\ufffd锟烫屯葺锘\x80-\x9f\xad\ue000-\uf8ff\U000f0000-\U0010fffdïÿþÔ\ufeff\u200b\u200c"
                           "\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff"
                           "\uff61-\uff9f\u200d\u2060\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e"
                           "\u2066-\u2069\ufffc]|\\(cid:")
#: Kangxi radicals and the CJK radicals supplement (⼯ for 工: PDF extraction maps glyphs to them), and CJK
#: compatibility ideographs (what NFKC turns into ordinary ones)
_LOOKALIKE_TRIGGER = LazyRegex("[" + LOOKALIKE_IDEOGRAPHS + "]")
_LOOKALIKE_RUN = LazyRegex("[" + LOOKALIKE_IDEOGRAPHS + "]+")
#: what a URL-encoded run starts with (the URL helpers load only when a document holds one)
_PERCENT_HEX = LazyRegex("%[0-9A-Fa-f]{2}")
_PERCENT_U = LazyRegex("%[uU]")

MARKUP_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".xhtml", ".xml", ".rst", ".svg")


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


_MARKUP_BITS = LazyRegex(r"<[^<>]*>|&[#\w]+;")
#: words of a sentence about markup itself: its tags and references are examples, not debris
_MARKUP_TALK = ("标签", "HTML", "html", "XML", "xml", "CSS", "代码", "字符引用", "转义", "实体", "编码", "乱码", "内存",
                "地址栏", "字符串", "JSON", "URL", "十六进制", "写作", "写成", "记作", "写法", "语法", "属性", "网页",
                "示例", "例如", "替代文本", "换行符", "回车符", "制表符", "接口规范", "正则", "表达式", "regex",
                "页面模板", "模板中", "浏览器", "显示效果")
#: a letter with a tone mark, as pinyin writes (what a document must hold for glued annotations to be looked for)
_TONE_LETTERS = frozenset(TONED)
_TONED_LETTER = LazyRegex("[" + "".join(sorted(_TONE_LETTERS)) + "]")
#: verbs that name markup as what to use (使用 <th> 标注表头), before a tag set apart by spaces
_USE_VERBS = ("使用", "采用", "用", "添加", "插入", "加上", "改用", "写入")
#: … and the verbs of writing before a stretch of markup shown (写 <div>…</div> 就行)
_WRITE_VERBS = (*_USE_VERBS, "写", "输入", "填入", "改成", "改为")
#: … and the words of a sentence about code that prints bytes (b'\xe4\xb8\xad'.decode('utf-8'))
_BYTES_TALK = ("解码", "字节", "decode", "encode", "Python", "bytes")


def _mentioned(text: str, start: int, end: int) -> bool:
    """Whether the tag, reference, escape or lossy signature ``text[start:end]`` is written about rather
    than left over: in quotation marks, or in a sentence about markup or encodings (:data:`_MARKUP_TALK`:
    标签, HTML, 编码, 乱码 …, outside the markup).

    >>> text = "页面中的 <br> 换行标签已替换。第一段<br>第二段"
    >>> _mentioned(text, 5, 9), _mentioned(text, 19, 23)
    (True, False)
    """
    if quoted(text, start, end):  # 不得残留“<span>”等标签
        return True
    if text[start - 1:start] == " " and text[end:end + 1] == " " and \
            text[max(0, start - 3):start - 1].endswith(_USE_VERBS):
        return True  # 表格须使用 <th> 标注表头: a tag set apart and named as what to use
    if _markup_set_apart(text, start, end):
        return True  # 模板里写 <div class="title">标题</div> 就行: a stretch of markup set apart, what to write
    if text[max(0, start - 2):start].endswith(("写", "写出", "输入")) and text[end:end + 1] in ("，", ",", "。", "；"):
        return True  # 换行写<br/>，不换行空格写&nbsp;，请说明…: what to write, the clause ending with it
    if text[start:start + 1] == "<" and _markup_lesson(text, start, end):
        return True  # 网页制作入门：常用标签⏎段落使用 <p>...</p>: tags taught, each set apart by a space
    return _in_markup_talk(text, start, end)


#: words of a text that teaches markup (网页制作入门, 在源代码模式下, HTML 标签)
_MARKUP_LESSON = ("HTML", "html", "源代码", "源码", "标签", "网页制作")


def _markup_lesson(text: str, start: int, end: int) -> bool:
    """Whether the tag ``text[start:end]`` is set apart by a space on one side at least, in a text that names markup
    in the 300 characters before it (:data:`_MARKUP_LESSON`): a tag taught, not one left over (left-over tags are
    glued to the text they held, ``<p>全年…</p>``).

    >>> t = "网页制作入门：常用标签" + chr(10) + "段落使用 <p>...</p>，换行使用 <br/>。"
    >>> _markup_lesson(t, t.find("<p>"), t.find("<p>") + 3), _markup_lesson("全年<p>完成</p>", 2, 5)
    (True, False)
    """
    if text[start - 1:start] != " " and text[end:end + 1] != " " and \
            not (text[start - 3:start] == "..." or text[end:end + 3] == "..."):
        return False
    window = text[max(0, start - 300):start]
    return any(word in window for word in _MARKUP_LESSON)


def _markup_set_apart(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a stretch of markup set apart by spaces on one line, after a verb of
    writing or use (``写 <div class="title">标题</div> 就行``).

    >>> t = '模板里写 <div class="title">标题</div> 就行。第一段<br>第二段'
    >>> _markup_set_apart(t, 5, 24), _markup_set_apart(t, t.find("</div>"), t.find("</div>") + 6)
    (True, True)
    >>> _markup_set_apart(t, t.find("<br>"), t.find("<br>") + 4)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind(" <", max(line_start, start - 80), start + 1)
    if opening == -1 or not text[max(line_start, opening - 3):opening].endswith(_WRITE_VERBS):
        return False
    closing = text.find(" ", end, end + 80)
    stretch = text[opening + 1:closing]
    return closing != -1 and "\n" not in stretch and not any(mark in stretch for mark in "，。；！？")


def _shown_after_intro(text: str, start: int) -> bool:
    """Whether the markup at *start* is on a line of markup shown as an example: the line opens with markup, and the
    line before it ends with a colon and writes about markup (``在HTML中，可以这样写：``, ``示例代码如下：``).

    >>> text = "在HTML中，可以这样写：\\n<span style='color:red'>提示</span>\\n正文<br>正文"
    >>> _shown_after_intro(text, text.find("<span")), _shown_after_intro(text, text.find("<br>"))
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start + 1].lstrip(" \t\u3000").startswith("<") or line_start < 2:
        return False  # (the line must open with markup: the example shown whole)
    intro_end = line_start - 1
    if text[intro_end - 1:intro_end] == "\r":
        intro_end -= 1
    if text[intro_end - 1:intro_end] not in ("：", ":"):
        return False
    intro_start = text.rfind("\n", max(0, intro_end - 200), intro_end) + 1
    return any(word in text[intro_start:intro_end] for word in _MARKUP_TALK)


def _in_markup_talk(text: str, start: int, end: int, words: tuple[str, ...] = _MARKUP_TALK) -> bool:
    """Whether the sentence around ``text[start:end]`` writes about markup or encodings (:data:`_MARKUP_TALK`, or
    *words*)."""
    lo = max(text.rfind(mark, max(0, start - 200), start) for mark in "。！？\n") + 1
    hi = min((i for i in (text.find(mark, end, end + 200) for mark in "。！？\n") if i != -1), default=end + 200)
    sentence = _MARKUP_BITS.sub("", text[lo:hi])
    return any(word in sentence for word in words)


#: the Latin ligatures of Unicode's compatibility block (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which PDF extraction leaves in words
_LIGATURES = "".join(map(chr, range(0xFB00, 0xFB07)))
_LIGATURE_WORD = LazyRegex(rf"[A-Za-z]*[{PDF_LIGATURES}][A-Za-z{PDF_LIGATURES}]*")
#: a line of one Chinese character, five or more in a row (a title set vertically, extracted line by line)
_ONE_CHARACTER_LINES = LazyRegex(r"\n[\u4e00-\u9fff](?:\n[\u4e00-\u9fff]){4,}(?=\n|$)")  # (a literal first: fast)
_COMMENT = LazyRegex(r"<!--[^\n]{0,200}?-->")
#: a tag of Office's XML name spaces (<o:p>, </o:p>, <w:WordDocument>, <v:shape …>, <st1:chsdate …>), and the
#: halves of Word's conditional comments (<![if !supportLists]>, <![endif]>)
_OFFICE_TAG = LazyRegex(r"</?(?:o|w|v|m|st1):[A-Za-z][A-Za-z0-9]{0,30}(?:\s[^<>\n]{0,200})?/?>")
_OFFICE_TAG_START = LazyRegex(r"</?(?:o|w|v|m|st1):[A-Za-z]")
_CONDITIONAL = LazyRegex(r"<!(?:--)?\[(?:if [^\]<>\n]{1,40}|endif)\]>(?:<xml>)?")  # (<!--[if gte mso 9]><xml>)
_HEADLESS: dict[tuple, object] = {}


#: the end of a tag whose name and attribute were lost: a style's value in quotes, then > (a quote first: a
#: search for a literal)
#: a word processor's styles copied with its text: a style sheet's comment and rules (/* Style Definitions */
#: table.MsoNormalTable {mso-style-name:…}), a style attribute (style="mso-char-indent-count:2.0") or its properties
_WORD_CSS = LazyRegex(r"(?:/\*\s*Style Definitions\s*\*/\s*)?(?:[A-Za-z.]*Mso[A-Za-z]*\s*)?\{\s*mso-[^{}\n]{1,300}\}"
                      r"|[A-Za-z]{0,10}\.Mso[A-Za-z]{1,30}\s*\{[^{}\n]{1,300}\}"  # (p.MsoNormal{margin:0cm;})
                      r"|(?:style=\")?(?:mso-[a-z][a-z\-]*:[^;\"{}\x00-\x1f\x7f-\uffff]{1,40}(?:;\s*|(?=[\"\x80-\uffff])|$))+\"?"
                      r"|/\*\s*Style Definitions\s*\*/")
#: a style attribute left without its tag (style="font-size: 14pt;"), before Chinese text or a line's end
def _may_show_code(text: str) -> bool:
    """Whether *text* may show code on purpose: backticks, or a line indented as a block (:func:`in_backticks`,
    :func:`~auditor.kinds.base.in_code_block` tell where)."""
    return "`" in text or "\n    " in text or "\n\t" in text


def in_backticks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside backticks on its line, or in a fenced block of Markdown: code,
    shown on purpose (a tutorial's `` `<p style="…">` ``), not markup left over.

    >>> t = '标签示例：`<p style="color:red">正文</p>`。<p style="x">'
    >>> in_backticks(t, 6, 27), in_backticks(t, 37, 50)
    (True, False)
    """
    if text.find("```", 0, start) != -1 and text.count("```", 0, start) % 2 == 1:
        return True  # (inside a fenced block of Markdown: ```html ⏎ <p class="notice">…</p> ⏎ ```)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text.count("`", line_start, start) % 2 == 1 and \
        text.find("`", end, len(text) if line_end == -1 else line_end) != -1


_STYLE_ATTRIBUTE = LazyRegex(r'(?<![A-Za-z0-9_<-])style\s*=\s*"[a-z-]+\s*:[^"<>\n]{1,120}"(?!\s*/?>)'
                             r'(?=[\u3000-\u9fff\uff00-\uffee]|[ \t]*(?:\n|$))')
#: words of a text about encodings, near a quoted garble that is its example
_ENCODING_TALK = ("乱码", "编码", "解码", "字符集", "GBK", "UTF-8", "UTF8", "Big5", "BIG5")
#: rules of a style sheet left in a page's text, one or more in a row (.TRS_Editor P{margin-top:-5px;font-size:12pt;})
_CSS_RULES = LazyRegex(r"(?:[.#]?[A-Za-z_][A-Za-z0-9_-]*(?:[ \t]+[.#]?[A-Za-z][A-Za-z0-9_-]*){0,3}"
                       r"[ \t]*\{[ \t]*[a-z-]+[ \t]*:[^{}\n]{1,300};[ \t]*\}[ \t]*)+")
#: what a word processor prints for a tracked change or a format change, in a balloon (删除的内容: 16, 带格式的:
#: 字体: 小四)
_TRACKED_CHANGE = LazyRegex(r"(?:删除的内容|插入的内容|带格式的|设置了格式|已删除|已插入)[:：] ?"
                            r"[^\n]{0,40}?(?=\n|$|[。；])")
#: a wiki page's markup (bold between three quotes, links [[…|…]], citations {{cite web|…}} and <ref>, headings
#: == … ==)
_WIKI_MARKUP = LazyRegex(r"'''[^'\n]{1,40}'''|\[\[[^\[\]\n]{1,60}\]\]|\{\{[Cc]ite [^{}\n]{0,300}\}\}"
                         r"|<ref(?: name=[^<>\n]{0,40})?/?>|</ref>"
                         r"|(?:(?<=\n)|(?<![\s\S]))==+[ \t]*[^=\n]{1,30}?[ \t]*==+(?=[ \t]*(?:\n|$))")
#: the words that a wiki page's markup and a LaTeX source's commands show
_WIKI_WORDS = frozenset(("'''", "[[", "{{cite", "<ref", "\n=="))
_LATEX_WORDS = frozenset(("\\cite", "\\%", "\\section", "\\footnote", "\\text", "\\emph"))
#: a LaTeX source's commands (a citation and its tie, a command with its argument, an escaped percent after a number)
_LATEX_MARKUP = LazyRegex(r"~?\\cite\{[^{}\n]{1,60}\}|\\(?:textbf|textit|emph|underline|section\*?|subsection\*?"
                          r"|footnote|label|ref|href|url)\{[^{}\n]{0,120}\}|(?<=[0-9])\\%")
#: a content system's page-break marker left in an article ([page], [NextPage], _ueditor_page_break_tag_)
_PAGE_BREAK = LazyRegex(r"(?:\[page\]|\[NextPage\]|_ueditor_page_break_tag_)+")
#: a web page's script left in its text (javascript:void(0);, window.onload=function(){…}, document.write(…);, jQuery's
#: $(function(){…});)
_SCRIPT_DEBRIS = LazyRegex(r"javascript:void\(0\);?"
                           r"|(?:window|document)\.[A-Za-z.]{1,40}\s*=\s*function\s*\([^()\n]{0,40}\)\s*\{[^\n]{0,300}?\}"
                           r"|document\.write(?:ln)?\([^\n]{0,300}\)\s*;"
                           r"|\$\(\s*function\s*\(\)\s*\{[^\n]{0,300}\}\s*\)\s*;?")
#: a tag cut off in the middle of its name or attribute, before Chinese text (<p styl总产量, </stro正文)
_CUT_TAG = LazyRegex(r"<(?:p|span|div|font|td|tr|table)\s+(?:styl|sty|st|cla|cl|alig|ali)(?=[\u4e00-\u9fff])"
                     r"|</(?:stro|str|spa|sp|fon|di|tab|tb)(?=[\u4e00-\u9fff，。])")
#: a Word document's settings left as text by a copy from its HTML (Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN
#: X-NONE MicrosoftInternetExplorer4)
#: a word processor's field code left as its code (Word's Alt+F9 view, or a conversion that kept it): { PAGE },
#: { NUMPAGES }, { PAGE \\* MERGEFORMAT }, { DATE \\@ "yyyy年M月d日" }; upper-case names of Word's fields only
_WORD_FIELD = LazyRegex(r"\{[ \t]*(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION|DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE"
                        r"|FILENAME|AUTHOR|TITLE|TOC|HYPERLINK|PAGEREF|REF|SEQ|FORMTEXT|FORMCHECKBOX|FORMDROPDOWN"
                        r"|INCLUDEPICTURE|SYMBOL|STYLEREF|DOCPROPERTY|NUMWORDS)(?![A-Za-z])[^{}\n]{0,120}?\}")
#: the head of an RTF document and what follows it on its line ({\rtf1\ansi\ansicpg936 …})
_RTF_GROUP = LazyRegex(r"\{\\rtf1?[^\n]{0,2000}")
#: the words of a text about field codes (插入{ PAGE }域, 域代码): a field written about, not left over
_FIELD_TALK = LazyRegex(r"域|插入|按Alt|Alt\+F9|代码|格式|文件头")
_WORD_SETTINGS = LazyRegex(r"Normal\s+0\s+[0-9.]+\s*(?:磅|pt)\s+0\s+2(?:\s+(?:false|true)){2,3}"
                           r"(?:\s+[A-Z]{2}-[A-Z]{2}){1,2}"
                           r"(?:\s+X-NONE)?(?:\s+MicrosoftInternetExplorer4)?")
_STYLE_TAIL = LazyRegex(r'"(?=[a-zA-Z-]+\s*:)[a-zA-Z-]+\s*:[^"<>\n]{1,60}"\s*/?>')
#: … or the attributes without the tag's name, before Chinese text (style="line-height:150%">蘅湖乡)
_ATTRIBUTE_TAIL = LazyRegex(r'(?<![A-Za-z0-9_"=/<-])(?:style|class|align|lang|face|size|color|width|height)\s*=\s*'
                            r'"[^"<>\n]{0,120}"\s*/?>(?=[\u3000-\uffee])')
#: the opening of a whole tag up to the attribute after it (<span , <td width="80" )
_TAG_OPENING = LazyRegex(r'<[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z-]+\s*=\s*"[^"<>\n]{0,120}")*\s+$')
#: an entity whose & was lost (不足nbsp;。): a name HTML writes often, right after Chinese text
_HEADLESS_NAMES = ("nbsp", "ensp", "emsp", "ldquo", "rdquo", "lsquo", "rsquo", "mdash", "hellip", "middot")
#: (one look-behind a name, each of one width: ``re`` reads it, and ``regex`` is not imported for it)
_HEADLESS_ENTITY = LazyRegex(";(?:" + "|".join(f"(?<={name};)" for name in _HEADLESS_NAMES) + ")")


def _headless_tags(names) -> LazyRegex:
    """A tag with attributes whose ``<`` was lost, glued to the text before it (``p style="…">``)."""
    key = tuple(names)
    pattern = _HEADLESS.get(key)
    if pattern is None:
        alternatives = "|".join(escape(n) for n in sorted(names, key=len, reverse=True))
        attributes = r'(?:\s+[a-zA-Z-]+\s*=\s*"[^"<>\n]{0,120}")+'
        pattern = _HEADLESS[key] = LazyRegex(rf"(?<![<\w/])(?:{alternatives}){attributes}\s*/?>")
    return pattern


def _headless_entities(text: str) -> Iterator[Candidate]:
    """Entities whose ``&`` was lost, right after Chinese text (``支撑不足nbsp;。``): removed (nbsp, ensp, emsp) or
    replaced by the character they name.

    >>> [(c.start, c.end, c.fix) for c in _headless_entities("不足nbsp;。称为ldquo;好rdquo;，参见&nbsp;")]
    [(2, 7, ''), (10, 16, '“'), (17, 23, '”')]
    """
    from auditor.repair.web import entity_fix

    for m in _HEADLESS_ENTITY.finditer(text):
        end = m.end()
        name = next(n for n in _HEADLESS_NAMES if text.startswith(n, end - len(n) - 1))
        start = end - len(name) - 1
        if start == 0 or text[start - 1] == "&" or not _CJK.match(text, start - 1):
            continue
        fix = "" if name.endswith("sp") else entity_fix("&" + name + ";")
        yield Candidate(start, end, "html-entity", {"repaired": fix or ""}, fix=fix, safe_fix=fix is not None)


#: an entity cut off in its name, before Chinese text (&nbs实行, &quo领导): what is left of &nbsp; and its kin
_CUT_ENTITY = LazyRegex(r"&(?:nbs|nb|ems|ens|quo|ldqu|rdqu|ldq|rdq|mdas|hell)(?=[\u4e00-\u9fff])")


#: files whose records the report names ``file#id`` (:mod:`auditor.sources`)
_CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".csv", ".tsv", ".parquet")


def _suffix(path: str) -> str:
    """The suffix that says what kind of text *path* holds; a record of a corpus file (``data.jsonl#12``,
    ``table.csv#3``) is plain text, whatever the file that carries it.

    >>> _suffix("a/Report.TXT"), _suffix("page.html"), _suffix("corpus.jsonl#12"), _suffix("README")
    ('.txt', '.html', '.txt', '')
    """
    name = path.rsplit("/", 1)[-1].lower()
    if "#" in name and name.split("#", 1)[0].endswith(_CORPUS_SUFFIXES):
        return ".txt"
    return name[name.rfind("."):] if "." in name else ""


class MojibakeChecker(Checker):
    """Dispatches to the detector named by the rule."""

    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.detector = p["detector"]
        self.document_scope = self.detector == "pinyin"  # annotations judged over the whole document
        self.forms = tuple(p.get("forms", ()))
        self.signatures = tuple(p.get("signatures", _LOSSY_SIGNATURES))
        self.fill_min = int(p.get("fill_min", 3))
        self.question_words = tuple(p.get("question_words", ()))
        self.min_toned = int(p.get("min_toned", 3))
        self.min_systematic = int(p.get("min_systematic", 8))
        self.traditional_share = float(p.get("traditional_share", 0.5))
        self.teaching_words = tuple(p.get("teaching_words", ()))
        self.tag_names = tuple(p.get("tags", ()))
        self.tag_suffixes = tuple(s.lower() for s in p.get("tag_suffixes", [".txt"]))
        self.markup_suffixes = tuple(s.lower() for s in p.get("markup_suffixes", MARKUP_SUFFIXES))
        self._compiled = None
        self._detect = getattr(self, "_detect_" + self.detector.replace("-", "_"))

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        return self._detect(doc)

    # ---- re-decoding: 鍙戝睍 → 发展, å‘å±• → 发展, ·¢Õ¹ → 发展
    def _detect_redecode(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        for rep in _repairs(doc):
            if rep.form in self.forms:
                if text[rep.start - 1:rep.start] in QUOTE_PAIRS and \
                        any(w in text[max(0, rep.start - 60):rep.end + 60] for w in _ENCODING_TALK):
                    continue  # 出现“鍙戝睍”之类乱码, 用GBK打开…会显示为“鍙戝睍”: the damage's example, quoted in a
                    # text about it
                yield Candidate(rep.start, rep.end, rep.form,
                                {"repaired": rep.fix or "", "chain": " inside ".join(rep.chain)},
                                fix=rep.fix, safe_fix=rep.certain)

    # ---- lossy damage: U+FFFD, 锟斤拷, 烫烫烫, C1 controls, private use
    def _detect_lossy(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        # (a glyph number and a C0 control are ASCII: the search for suspects skips an ASCII text)
        ascii_damage = ("pdf-cid" in self.signatures and contains(text, "(cid:")) or (
            text.isascii() and "control" in self.signatures and _C0_CONTROL.search(text) is not None) or (
            "control" in self.signatures and "\r" in text and "\n" in text and _STRAY_CR.search(text) is not None)
        if text.isascii() and not ascii_damage:
            return
        found = doc.cache.get("mojibake:suspects")
        if found is not None and not ascii_damage:  # the re-decoding rules' search found every character
            if not any(_lossy_start(ch) for _, ch in found):  # the trigger looks for
                return
        elif not ascii_damage and not _LOSSY_TRIGGER.search(text):
            return
        if self._compiled is None:
            parts = [f"(?P<{name.replace('-', '_')}>{_SIGNATURES[name].replace('N', str(self.fill_min))})"
                     for name in self.signatures]
            self._compiled = compile_re("|".join(parts))
        repaired = [(r.start, r.end) for r in _repairs(doc)]
        # when reading the file went wrong (invalid or truncated UTF-8, a legacy codec), U+FFFD may be the
        # reader's own replacement for bytes that the encoding rules report
        skip_replacement = bool(doc.read_issues)
        last_end = 0
        for m in self._compiled.finditer(text):
            subtype = m.lastgroup.replace("_", "-")
            if subtype == "replacement-char" and skip_replacement:
                continue
            if repaired and _overlaps(repaired, m.start(), m.end()):
                continue  # part of a stretch that a re-decoding rule repairs
            if (subtype in ("kunkao", "debug-fill") or (subtype == "bom" and m.group() != "\ufeff")) and \
                    _mentioned(text, m.start(), m.end()):
                continue  # 文件出现“锟斤拷”时，说明…; BOM会显示为“ï»¿”: the signature written about
            if subtype == "replacement-char" and (_quoted_example(text, m.start(), m.end()) or
                                                  _code_point_named(text, m.start())):
                continue  # 把UTF-8编码的“中文”按GBK解读，就会显示成“涓�鏂�”: a garble quoted as the example
            if subtype == "control" and m.group() == "\r" and not text.startswith("\r\n", m.end()) and \
                    text.rfind("\n", 0, m.start()) <= text.rfind("\r", 0, m.start()):
                continue  # (the line before ends with a carriage return alone, or there is none: an old Mac file's
                # line ends, no debris; only a line ended by a line feed before it makes this one mixed)
            start = m.start()
            if subtype == "sjis-debris":  # (the kanji before the first katakana belong to the debris)
                while start > max(m.start() - 3, last_end) and "\u4e00" <= text[start - 1] <= "\u9fff":
                    start -= 1
            last_end = m.end()
            yield Candidate(start, m.end(), subtype)
        if "debug-fill" in self.signatures and self.fill_min > 2 and (
                ("烫" in text and contains(text, "烫烫")) or ("屯" in text and contains(text, "屯屯"))):
            for m in _FILL_PAIR.finditer(text):  # (one word of two characters overwritten: 工作烫烫, 屯屯地点)
                start, end = m.span()
                if text[start - 1:start] == m.group()[0] or (repaired and _overlaps(repaired, start, end)) or \
                        _mentioned(text, start, end) or (m.group()[0] == "烫" and _hot(text, start, end)):
                    continue
                yield Candidate(start, end, "debug-fill")

    # ---- '?' for lost characters, and the GBK desync
    def _detect_lost_char(self, doc: Document) -> Iterator[Candidate]:
        spans = [(m.start, m.end) for m in _question_marks(doc, self.question_words) if m.form == "lost-char"]
        if "□" in doc.text:  # (a white square some converters write for a character they could not map)
            spans = sorted(spans + _lost_boxes(doc.text))
        for start, end in spans:
            yield Candidate(start, end, "lost-char", {"repaired": ""}, fix=None)

    def _detect_gbk_desync(self, doc: Document) -> Iterator[Candidate]:
        for mark in _question_marks(doc, self.question_words):
            if mark.form == "gbk-desync":
                yield Candidate(mark.start, mark.end, "gbk-desync", {"repaired": mark.fix or ""},
                                fix=mark.fix, safe_fix=False)

    # ---- pinyin annotations: 發(fā)展
    def _detect_pinyin(self, doc: Document) -> Iterator[Candidate]:
        yield from self._glued_pinyin(doc)
        if "(" not in doc.text and "（" not in doc.text:
            return  # (no parenthesis, no annotation: the pinyin module is not even loaded)
        from auditor.repair.pinyin import (
            COMMON_COST,
            TEACHING_WORDS,
            common_unglossed,
            find_annotations,
            may_hold_annotations,
            systematic,
            teaching,
        )

        text = doc.text
        if not may_hold_annotations(text):
            return
        runs = find_annotations(text, _toned(doc) >= self.min_toned, _annotations(doc))
        if not runs or all(_whole_sentence(text, run.start, run.end) for run in runs):
            return  # (我(wǒ)爱(ài)读(dú)书(shū)。: a reader that gives every character of its sentences its reading)
        # document-level evidence: a scraper that kept the ruby of a converted page annotates its
        # traditional characters, all over the document (發(fā)展, 區(qū)委); a lesson gives a few quoted
        # characters their readings (多音字“重(zhòng)要”). Unless the annotations are systematic, a
        # document that reads like a lesson has none reported, and another only those on traditional
        # characters that differ from their simplified forms.
        is_traditional = _traditional_test()
        if not systematic(text, runs, is_traditional, self.min_systematic, self.traditional_share):
            if teaching(text, runs, self.teaching_words or TEACHING_WORDS):
                return
            # (and a word annotated character by character, 投(tóu)资(zī): no lesson reads a word so; nor does
            # a gloss annotate a common character of one reading, 实(shí)现)
            unigram = _unigram()
            runs = [run for run in runs if run.count >= 2 or any(is_traditional(ch) for ch in run.fix) or
                    common_unglossed(run.fix, unigram) or
                    (_in_a_word(text, run.start, run.end) and unigram.get(run.fix, 99.0) <= COMMON_COST)]
        for run in runs:
            yield Candidate(run.start, run.end, "pinyin", {"repaired": run.fix, "count": run.count},
                            fix=run.fix, safe_fix=True)

    def _glued_pinyin(self, doc: Document) -> Iterator[Candidate]:
        """Toned syllables glued between characters with no brackets (``累計jì接种``: ruby kept without its <rp>),
        three or more in a document that is no lesson (a word of :data:`TEACHING_WORDS`)."""
        text = doc.text
        if text.isascii():
            return
        found = doc.cache.get("mojibake:suspects")
        if found is not None:  # (the re-decoding rules' search finds the letters of tone marks too)
            if not any(ch in _TONE_LETTERS for _, ch in found):
                return
        elif "mojibake:redecode" in doc.cache or _TONED_LETTER.search(text) is None:
            return  # (common characters only, or no toned letter: the pinyin module is not loaded)
        from auditor.repair.pinyin import TEACHING_WORDS, glued_annotations

        glued = glued_annotations(text)
        if len(glued) < 3 or any(w in text for w in self.teaching_words or TEACHING_WORDS):
            return
        for run in glued:
            yield Candidate(run.start, run.end, "pinyin", {"repaired": run.fix, "count": 1}, fix=run.fix,
                            safe_fix=True)

    # ---- HTML tags: whole ones in plain-text documents, broken ones everywhere (not in code: in_backticks)
    def _detect_html_tag(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        css: list[tuple[int, int, str]] = []
        if _suffix(doc.path) in self.tag_suffixes:
            if contains(text, "mso-") or contains(text, "Mso"):
                # (a word processor's styles left in the text: mso-spacerun:yes, table.MsoNormalTable…)
                css.extend((m.start(), m.end(), "word-css") for m in _WORD_CSS.finditer(text))
            if contains(text, "false false"):  # Normal 0 7.8 磅 0 2 false …
                css.extend((m.start(), m.end(), "word-css") for m in _WORD_SETTINGS.finditer(text))
            if contains(text, "style"):
                # style="font-size: 14pt;"全年…: a style attribute without its tag, before Chinese text or a line's end
                css.extend((m.start(), m.end(), "css") for m in _STYLE_ATTRIBUTE.finditer(text))
            if contains(text, "javascript:") or contains(text, "function(") or contains(text, "document.write"):
                css.extend((m.start(), m.end(), "script") for m in _SCRIPT_DEBRIS.finditer(text))  # javascript:void(0);
            if contains(text, ";}"):  # .TRS_Editor P{margin-top:-5px;font-size:12pt;}: a page's style sheet in its text
                css.extend((m.start(), m.end(), "css") for m in _CSS_RULES.finditer(text))
            if contains(text, "的内容:") or contains(text, "带格式的:") or contains(text, "设置了格式:"):
                # 删除的内容: 16, 带格式的: 字体: 小四: a word processor's balloons of tracked changes, printed with it
                css.extend((m.start(), m.end(), "track-changes") for m in _TRACKED_CHANGE.finditer(text))
            if contains(text, "[page]") or contains(text, "[NextPage]") or contains(text, "_ueditor_page_break"):
                css.extend((m.start(), m.end(), "page-break") for m in _PAGE_BREAK.finditer(text))
            words = words_in(doc)  # (the words of the rarer readings, each looked for once: auditor.cues)
            if not words.isdisjoint(_WIKI_WORDS):
                # '''永洲乡'''是…，位于[[兴原区|兴原区]]南部<ref>{{cite web|…}}</ref>: a wiki page's markup in its text
                css.extend((m.start(), m.end(), "wiki") for m in _WIKI_MARKUP.finditer(text))
            if not words.isdisjoint(_LATEX_WORDS) and "TeX" not in words:
                # (a text that names TeX, LaTeX or BibTeX writes about its commands: they are its examples)
                # 52.8\%, ~\cite{zhang2022}, \textbf{…}: a LaTeX source's commands left in its text
                css.extend((m.start(), m.end(), "latex") for m in _LATEX_MARKUP.finditer(text))
        if "{" in text and _suffix(doc.path) in self.tag_suffixes:
            # { PAGE \* MERGEFORMAT }, { NUMPAGES }: a word processor's field codes, shown instead of their results
            css.extend((m.start(), m.end(), "word-field") for m in _WORD_FIELD.finditer(text)
                       if not _FIELD_TALK.search(text, max(0, m.start() - 12), min(len(text), m.end() + 6)))
            if contains(text, "{\\rtf"):  # {\rtf1\ansi\ansicpg936 \'c8\'e7…: a piece of an RTF file pasted as text
                css.extend((m.start(), m.end(), "rtf") for m in _RTF_GROUP.finditer(text)
                           if not _FIELD_TALK.search(text, max(0, m.start() - 12), m.start()))
        if ">" not in text and "<" not in text:
            yield from (Candidate(a, b, sub, {"repaired": ""}, fix="", safe_fix=False) for a, b, sub in css
                        # (style="…"属性: written about)
                        if sub in ("word-css", "word-field") or not _mentioned(text, a, b))
            return
        from auditor.repair.web import TAG_NAMES, broken_tags, whole_tag_pattern  # here: html and urllib load

        names = self.tag_names or TAG_NAMES
        found: list[tuple[int, int, str]] = [(a, b, "broken-tag") for a, b in broken_tags(text, names)] + css
        if contains(text, '="'):  # p style="text-indent:2em">: a tag with attributes whose < was lost
            found.extend((m.start(), m.end(), "broken-tag") for m in _headless_tags(names).finditer(text))
        if contains(text, '">'):  # 亿元"font-size:16px">。: only an attribute's value and the tag's end are left
            found.extend((m.start(), m.end(), "broken-tag") for m in _STYLE_TAIL.finditer(text)
                         if m.start() and _CJK.match(text, m.start() - 1))
            # style="line-height:150%">蘅湖乡: a tag's attributes without its name, before Chinese text (not those of a
            # whole tag: <span style="color:red">标签…, read as one)
            found.extend((m.start(), m.end(), "broken-tag") for m in _ATTRIBUTE_TAIL.finditer(text)
                         if _TAG_OPENING.search(text, max(0, m.start() - 200), m.start()) is None)
        if "<" in text and _suffix(doc.path) in self.tag_suffixes:
            if self._compiled is None:
                self._compiled = whole_tag_pattern(names)
            found.extend((m.start(), m.end(), "tag") for m in self._compiled.finditer(text))
            if contains(text, "<!--"):  # <!--EndFragment-->, <!--[endif]--> left by a copy from Word
                found.extend((m.start(), m.end(), "comment") for m in _COMMENT.finditer(text)
                             if not m.group()[4:].lstrip().startswith("auditor-"))  # (not this tool's directives)
            if contains(text, ":") and _OFFICE_TAG_START.search(text):  # <o:p></o:p>, <w:WordDocument>
                found.extend((m.start(), m.end(), "tag") for m in _OFFICE_TAG.finditer(text))
            if contains(text, "<![") or contains(text, "<!--["):  # Word's conditional comments, halves: <![endif]>
                found.extend((m.start(), m.end(), "comment") for m in _CONDITIONAL.finditer(text))
            # <p styl总产量, </stro正文: a tag cut off in its name or attribute
            found.extend((m.start(), m.end(), "broken-tag") for m in _CUT_TAG.finditer(text))
        urls = url_spans(doc) if found else []
        code = _may_show_code(text)
        taken = -1
        for start, end, subtype in sorted(found):
            if start < taken:
                continue  # (one stretch found two ways: <!--[endif]--> holds <![endif]>)
            if urls and _inside(urls, start, end):
                continue
            if code and (in_backticks(text, start, end) or in_code_block(text, start)):
                continue  # 段落标签示例：`<p style="text-indent:2em">正文</p>`: code shown on purpose
            if subtype in ("tag", "css", "script") and (_mentioned(text, start, end) or
                                                         _shown_after_intro(text, start)):
                continue  # 将 <br> 换行标签替换为CSS样式: a tag written about, not left over (or a line of markup
                # shown: 在HTML中，可以这样写：⏎<span…)
            taken = end
            yield Candidate(start, end, subtype, {"repaired": ""}, fix="", safe_fix=False)

    # ---- look-alike ideographs: ⼯程 (a Kangxi radical), 精神 with a compatibility ideograph
    def _detect_lookalike_ideograph(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        found = doc.cache.get("mojibake:suspects")
        if found is not None:  # (the re-decoding rules' search found them with its other suspects)
            if not any("\u2e80" <= ch <= "\u2fdf" or "\uf900" <= ch <= "\ufaff" for _, ch in found):
                return
        elif text.isascii() or not _LOOKALIKE_TRIGGER.search(text):
            return
        import unicodedata

        for m in _LOOKALIKE_RUN.finditer(text):
            run = m.group()
            fixed = unicodedata.normalize("NFKC", run)
            if fixed == run or not all("\u4e00" <= ch <= "\u9fff" for ch in fixed):
                continue
            start, end = m.span()
            if not (_CJK.match(text, start - 1) if start else False) and not _CJK.match(text, end):
                continue  # (a radical talked about alone, 部首“⼯”: no Chinese text around it)
            if end - start == 1 and text.startswith("部", end) and "\u2f00" <= run <= "\u2fdf" and \
                    contains(text, "部首"):
                continue  # 部首检字表 ⼈部 第340页: an index of radicals, each written as the radical it is
            subtype = "kangxi-radical" if any("\u2e80" <= ch <= "\u2fdf" for ch in run) else "compatibility-ideograph"
            yield Candidate(start, end, subtype, {"repaired": fixed}, fix=fixed, safe_fix=True)

    # ---- GBK read as UTF-8, the bytes it could not read dropped: letters of several alphabets among digits
    def _detect_utf8_debris(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        if text.isascii():
            return
        from auditor.utf8_debris import DEBRIS_LETTER, utf8_debris

        if DEBRIS_LETTER.search(text) is None:
            return  # (most documents: no letter of those alphabets)
        spans = utf8_debris(text)
        repaired = [(r.start, r.end) for r in _repairs(doc)] if spans else []
        for start, end in spans:
            if not (repaired and _overlaps(repaired, start, end)) and not _mentioned(text, start, end):
                yield Candidate(start, end, "gbk-as-utf8-lossy")

    # ---- what text extraction from a PDF leaves: ﬁ for fi, a title set vertically one character a line
    def _detect_pdf_extraction(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        found: list[Candidate] = []
        if "mojibake:redecode" in doc.cache:  # (the re-decoding rules' scan looked for them with its other suspects)
            ligatures = any(ch in _LIGATURES for _, ch in doc.cache.get("mojibake:suspects") or ())
        else:
            ligatures = not text.isascii() and any(ch in text for ch in _LIGATURES)
        if ligatures:
            import unicodedata

            for m in _LIGATURE_WORD.finditer(text):
                fixed = unicodedata.normalize("NFKC", m.group())
                found.append(Candidate(m.start(), m.end(), "ligature", {"repaired": fixed}, fix=fixed, safe_fix=True))
        if "\n" in text:
            for m in _ONE_CHARACTER_LINES.finditer("\n" + text):  # (the text's first line as one after a break)
                start, end = m.start(), m.end() - 1  # (offsets in the text: one less, the break before skipped)
                joined = text[start:end].replace("\n", "")
                found.append(Candidate(start, end, "one-character-lines", {"repaired": joined}, fix=joined,
                                       safe_fix=False))
        if contains(text, "，，") or contains(text, "、、"):  # (faked bold doubles the commonest marks too)
            found.extend(_doubled_text(text))
        yield from sorted(found, key=lambda c: c.start)

    # ---- HTML entities: &nbsp; &amp; &#12290;
    def _detect_html_entity(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        if _suffix(doc.path) in self.markup_suffixes:
            return
        if ";" in text:  # (one scan for ; finds them all: every name is looked behind from there, in C)
            yield from _headless_entities(text)
        if "&" not in text:
            return
        for m in _CUT_ENTITY.finditer(text):  # 台账，&nbs实行: an entity cut off before Chinese text
            yield Candidate(m.start(), m.end(), "html-entity", {"repaired": ""}, fix="", safe_fix=False)
        from auditor.repair.web import ENTITY, entity_fix, is_entity

        urls = url_spans(doc)
        code = _may_show_code(text)
        for m in ENTITY.finditer(text):
            token = m.group()
            if not is_entity(token):
                continue
            if urls and not token.endswith(";") and _inside(urls, m.start(), m.end()):
                continue  # &lt=5 in a query string
            if _mentioned(text, m.start(), m.end()) or (code and (in_backticks(text, m.start(), m.end()) or
                                                                in_code_block(text, m.start()))):
                continue  # 不间断空格写作“&nbsp;”: a reference written about; code shown in backticks, a fence or a
                # block indented under 例如：
            fix = entity_fix(token)
            yield Candidate(m.start(), m.end(), "html-entity", {"repaired": fix or ""}, fix=fix,
                            safe_fix=fix is not None)

    # ---- URL-encoding in prose: 党建%2B社会救助, %E5%8F%91
    def _detect_url_encoding(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        percent = "%" in text
        yield from _escaped_text(doc)
        if not percent or not _PERCENT_HEX.search(text):
            return
        from auditor.repair.web import ENCODED_ASCII, PERCENT_RUN, decode_percent, decode_percent_gbk

        urls = url_spans(doc)
        for m in PERCENT_RUN.finditer(text):
            start, end = m.span()
            if (urls and _inside(urls, start, end)) or _mentioned(text, start, end) or _in_log_payload(text, start):
                continue  # (地址栏中的%20表示空格: an escape written about; GET /s?wd=%E5…: a request a log line shows)
            decoded = decode_percent(m.group())
            if not decoded:
                # GBK bytes escaped (%BE%AD%BC%C3): Chinese read so is a guess, never applied silently
                decoded = decode_percent_gbk(m.group())
                if decoded:
                    yield Candidate(start, end, "url-encoding-gbk", {"repaired": decoded}, fix=decoded,
                                    safe_fix=False)
                continue
            if decoded.isascii():
                if len(decoded) != 1 or decoded not in ENCODED_ASCII:
                    continue  # %41 is not how anyone writes A
                if start > 0 and text[start - 1].isdigit():
                    continue  # 30%20: a percentage, then a number
                if end < len(text) and text[end].isalnum() and text[end].isascii():
                    continue  # 5%2Bx... looks like a formula or an identifier
            yield Candidate(start, end, "url-encoding", {"repaired": decoded}, fix=decoded, safe_fix=True)


#: an encoded word of a mail header (RFC 2047: =?charset?B?base64?= or =?charset?Q?quoted?=)
_MIME_WORD = LazyRegex(r"=\?[A-Za-z0-9_\-]{2,20}\?[BbQq]\?[A-Za-z0-9+/=_%.\-]{1,600}\?=")


def _decode_mime_word(word: str) -> str | None:
    """The text of one encoded word of a mail header, or ``None`` when it does not decode.

    >>> [_decode_mime_word(w) for w in ("=?UTF-8?B?5Lit5paH?=", "=?GB2312?B?1tDOxA==?=", "=?x?B?@?=")]
    ['中文', '中文', None]
    """
    import email.header

    try:
        (data, charset), = email.header.decode_header(word)
        return (data.decode(charset or "ascii") or None) if isinstance(data, bytes) else None
    except (ValueError, LookupError, UnicodeDecodeError, email.errors.HeaderParseError):
        return None


#: \u6587\u65c5 (JSON, JavaScript) or %u6587%u65C5 (JavaScript's escape()): UTF-16 code units as hex
#: (runs of \u escapes apart by a few plain ASCII characters are one string: \u003cp\u003e\u90ed…\u957f84.3%\u4ee5…,
#: a JSON string that kept its digits and a tag's letters as they are)
_UNICODE_ESCAPES = LazyRegex(r"(?:\\u[0-9a-fA-F]{4})+(?:[!-\[\]-~]{1,8}(?:\\u[0-9a-fA-F]{4})+)*"
                             r"|(?:%[uU][0-9a-fA-F]{4})+")
#: a run of \u escapes alone
_PURE_UNICODE_ESCAPES = LazyRegex(r"(?:\\u[0-9a-fA-F]{4})+")
#: a run of code points written U+XXXX, apart by a space or nothing (U+6587 U+5316), and one of them
_CODE_POINTS = LazyRegex(r"(?<![0-9A-Za-z])U\+[0-9A-Fa-f]{4,5}(?: ?U\+[0-9A-Fa-f]{4,5})*(?![0-9A-Za-z])")
_CODE_POINT = LazyRegex(r"U\+([0-9A-Fa-f]{4,5})")
#: one \u escape (or %u), or a plain character between escapes
_ESCAPE_UNIT = LazyRegex(r"(?:\\|%)[uU]([0-9a-fA-F]{4})|(.)")
#: a tag of HTML in a decoded string (<p>, </p>), and a number kept as it was (84.3%), left out when asking
#: whether the string is Chinese text
_DECODED_TAG = LazyRegex(r"</?[A-Za-z][A-Za-z0-9]{0,9}>")
_DECODED_NUMBER = LazyRegex(r"[0-9][0-9.,]*%?")
#: UTF-8 bytes written as Python's ``\xe5\xba\xa7`` or as quoted-printable ``=E5=BA=A7``
_BYTE_ESCAPES = (LazyRegex(r"(?:\\x[0-9a-fA-F]{2}){3,}"), LazyRegex(r"(?:=[0-9A-F]{2}){3,}"))


#: UTF-8 bytes in octal (a file name quoted by git or ls: \344\274\232), three or more
_OCTAL_ESCAPES = LazyRegex(r"(?:\\[0-3][0-7]{2}){3,}")
#: an RTF file's bytes in hex (\'d4\'c2), two or more
_RTF_ESCAPES = LazyRegex(r"(?:\\'[0-9a-fA-F]{2}){2,}")
#: RTF's escapes of Unicode characters, each a signed decimal 16-bit code and the ? a reader without Unicode shows
#: (\u21457?\u23637? for 发展; \u-28207? for 首, past 32767), two or more in a row
_RTF_UNICODE = LazyRegex(r"(?:\\u-?[0-9]{2,5}\?){2,}")
#: \u escapes that lost their backslashes (u9009u6d3e), two or more, not inside a Latin word
_BARE_UNICODE_ESCAPES = LazyRegex(r"(?<![A-Za-z0-9])(?:u[0-9a-fA-F]{4}){2,}")


#: a line break or a tab written as its escape in Chinese prose (the text of a JSON string or a CSV field written
#: out without decoding): \n, \r\n, \t beside Chinese text; an Office file's escaped carriage return _x000D_
_CONTROL_ESCAPE = LazyRegex(r"(?<!\\)(?:\\r\\n|\\n|\\t|\\r)(?![A-Za-z])|_x000[DAa9]_")
_OFFICE_ESCAPES = {"_x000D_": "", "_x000d_": "", "_x000A_": "\n", "_x000a_": "\n", "_x0009_": "\t"}
#: words near an escape that say the text is about it
_ESCAPE_TALK = ("换行", "转义", "字符", "表示", "写作", "制表", "回车", "代码", "程序")
_CHINESE_BESIDE = LazyRegex(r"[\u4e00-\u9fff，。；：！？、（）“”《》%０-９0-9]")


def _control_escapes(text: str) -> Iterator[tuple[int, int, str]]:
    r"""``(start, end, what it stands for)`` of each control escape (:data:`_CONTROL_ESCAPE`) with Chinese text, a
    digit or Chinese punctuation right before or after it (``增长27.4%。\n(八)``, ``。_x000D_``).

    >>> t = "全年增长27.4%。" + "\\" + "n（八）优化营商环境_x000D_" + chr(10) + "项目" + "\\" + "t进度"
    >>> [(t[a:b], repr(fix)) for a, b, fix in _control_escapes(t)]
    [('\\n', "'\\n'"), ('_x000D_', "''"), ('\\t', "'\\t'")]
    >>> list(_control_escapes('print("a' + "\\" + 'nb")')), list(_control_escapes("C:" + "\\" + "new"))
    ([], [])
    """
    for m in _CONTROL_ESCAPE.finditer(text):
        start, end = m.span()
        chinese_before = _CHINESE_BESIDE.match(text, start - 1) is not None if start else False
        if not chinese_before and _CHINESE_BESIDE.match(text, end) is None:
            continue
        if text[end:end + 1].isdigit() and not (start and "\u4e00" <= text[start - 1] <= "\u9fff"):
            continue  # (a digit after it, 夯实基础\n2024年: only after a Chinese character; not D:\n2024)
        word = m.group()
        near = text[max(0, start - 8):end + 8]
        if not word.startswith("_") and any(w in near for w in _ESCAPE_TALK):
            continue  # 用\n表示换行: the escape written about
        if word.startswith("_"):
            yield start, end, _OFFICE_ESCAPES.get(word, "")
        else:
            yield start, end, word.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\t", "\t").replace(
                "\\r", "")


#: a line of Base64 alone (a mail's body as it travelled), and a stretch of UTF-7 (+…-: a subject or a line)
_BASE64_LINE = LazyRegex(r"(?m)^[A-Za-z0-9+/]{16,}={0,2}[ \t\r]*$")
_UTF7_RUN = LazyRegex(r"\+[A-Za-z0-9+/]{4,}-?")


#: a stretch of HZ between its shifts: pairs of printable ASCII, each a GB2312 character with its high bits cleared
_HZ_RUN = LazyRegex(r"~\{(?:[\x21-\x7e](?<!~)[\x21-\x7e]){2,}?~\}")
#: a stretch of UTF-7 closed by its -: six base64 characters or more (two UTF-16 units)
_UTF7_CLOSED = LazyRegex(r"\+[A-Za-z0-9+/]{6,}-")


def _utf7_text(text: str) -> list[tuple]:
    """Stretches of UTF-7 outside a mail that decode, with zero padding bits, to Chinese characters (two or more)
    and Chinese punctuation only (``+Tr9RQw-`` for 亿元, ``+cnlrZJAad+UwAg-`` for 特此通知。): a text left in the
    encoding of an old mail program. Anything else between + and - decodes to other characters, or not at all.

    >>> [(m.group(), d) for m, d, _ in _utf7_text("规模以上工业增加值 +Tr9RQw- 51.20；C++-11；+AbC123-")]
    [('+Tr9RQw-', '亿元')]
    """
    out = []
    for m in _UTF7_CLOSED.finditer(text):
        try:
            decoded = m.group().encode("ascii").decode("utf-7")
        except UnicodeDecodeError:
            continue
        if sum("\u4e00" <= ch <= "\u9fff" for ch in decoded) >= 2 and \
                all("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
                    for ch in decoded):
            out.append((m, decoded, "utf-7"))
    return out


def _transfer_encoded(text: str) -> list[tuple]:
    """Lines of Base64 and stretches of UTF-7 in a mail that decode to Chinese text (``5Li76aKY77ya…``,
    ``+VARPTVQMTos-``): a body or a subject left as it travelled. Only what decodes to Chinese counts.

    >>> text = "收件人：文书\\n+VARPTVQMTos-：\\n5Li76aKY77ya5YWz5LqO5oql6YCB"
    >>> [(m.group(), d) for m, d, _ in _transfer_encoded(text)]
    [('5Li76aKY77ya5YWz5LqO5oql6YCB', '主题：关于报送'), ('+VARPTVQMTos-', '各位同事')]
    """
    out = _base64_lines(text, ("utf-8", "gb18030"))  # (a body sent as charset=gb2312 holds GBK bytes)
    if "+" in text:
        for m in _UTF7_RUN.finditer(text):
            try:
                decoded = m.group().encode("ascii").decode("utf-7")
            except UnicodeDecodeError:
                continue
            if sum("\u4e00" <= ch <= "\u9fff" for ch in decoded) >= 2:
                out.append((m, decoded, "utf-7"))
    return out


#: a line that starts with 5 or 6 and 15 more Base64 characters (four Chinese characters, 面试通知): the head of UTF-8
#: Chinese encoded (its lead bytes, E4–E9, make the first character 5 or 6); found from the line break, a literal (one
#: pass of the text in C)
_BASE64_HEAD = LazyRegex(r"\n[56][A-Za-z0-9+/]{15}")
#: what may stand right before a stretch of Base64 inside a line: Chinese punctuation, or an item's number at the
#: line's start (逝世，5Lqr5bm0NjjlsoHjgII=⏎; 5. 5oKo5a62…==)
_BEFORE_BASE64 = frozenset("，。：；、！？\u3000")
_ITEM_NUMBER_BEFORE = LazyRegex(r"(?:^|\n)(?:[0-9]{1,2}[.．、] ?)?$")
#: the characters of Base64 (its padding apart), and what may follow a stretch that ends inside a line
_BASE64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_AFTER_BASE64 = frozenset("，。；！？\u3000")
#: the last characters of a line that may close a stretch of Base64 (its own, its padding, blanks after it)
_LINE_END_ASKED = _BASE64_CHARS | frozenset("= \t\r")
#: … and a stretch that opens its line (after its item's number), up to a mark or Chinese text (found from the line
#: break, a literal)
_BASE64_OPENS_LINE = LazyRegex(r"\n(?:[0-9]{1,2}[.．、] ?)?[A-Za-z0-9+/]{12,}={0,2}(?=[，。；！？\u3000\u4e00-\u9fff])")


def _base64_line_start(text: str) -> bool:
    """Whether a line of *text* starts as a line of Base64 of UTF-8 Chinese does (:data:`_BASE64_HEAD`), or a stretch
    of Base64 closes a line or ends with its padding (:func:`_base64_stretches`).

    >>> _base64_line_start("5月，完成…\\n5Li76aKY77ya5YWz5LqO5oql6YCB"), _base64_line_start("5月，完成…\\n6. 其他")
    (True, False)
    """
    return _BASE64_HEAD.search(text) is not None or _BASE64_HEAD.match("\n" + text[:16]) is not None or \
        bool(_base64_stretches(text))


def _base64_stretches(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the stretches of Base64 inside lines (twelve characters or more, after Chinese punctuation
    or an item's number at the line's start) that close their line (``逝世，5Lqr5bm0NjjlsoHjgII=⏎``) or end with its
    padding, ``=``, before Chinese punctuation. Found back from each line's end and each ``=`` (a run of Base64 is
    rare, and a class of characters tried at every character costs a pass of the text: these are searches for one
    character each, in C).

    >>> t = "享年，5Lqr5bm0NjjlsoHjgII=\\n5. 5oKo5a625bqt5pyI5pS25YWl57qmOTgwMOWFgw==\\n电话：13912345678"
    >>> [t[a:b] for a, b in _base64_stretches(t)]
    ['5Lqr5bm0NjjlsoHjgII=', '5oKo5a625bqt5pyI5pS25YWl57qmOTgwMOWFgw==']
    """
    ends = set()
    at = 0
    for line in text.split("\n"):  # (a stretch that closes its line, blanks apart: each line's last character asked)
        if line[-1:] in _LINE_END_ASKED:
            k = at + len(line.rstrip(" \t\r"))
            if k > at and (text[k - 1] in _BASE64_CHARS or text[k - 1] == "="):
                ends.add(k)
        at += len(line) + 1
    at = text.find("=")
    while at != -1:  # (a stretch padded with =, before a mark inside the line)
        k = at + 1 if text[at + 1:at + 2] != "=" else at + 2
        if text[k:k + 1] in _AFTER_BASE64:
            ends.add(k)
        at = text.find("=", k)
    for m in _BASE64_OPENS_LINE.finditer(text):  # (a stretch that opens its line, then a mark: 6ZO25rmW…　2024年6月1日)
        ends.add(m.end())
    out = []
    for end in sorted(ends):
        start = end
        while start and text[start - 1] == "=" and end - start < 2:
            start -= 1
        while start and text[start - 1] in _BASE64_CHARS:
            start -= 1
        # (lower-case letters in it: 320582200107146134, YT2128540189357 are numbers and codes, not Base64 of UTF-8
        # Chinese)
        if end - start >= 12 and not text[start:end].isupper() and not text[start:end].isdigit() and (
                text[start - 1:start] in _BEFORE_BASE64 or
                _ITEM_NUMBER_BEFORE.search(text, max(0, start - 5), start) is not None):
            out.append((start, end))
    return out


def _base64_lines(text: str, codecs: tuple[str, ...]) -> list[tuple]:
    """Lines of Base64 alone that decode, in the first of *codecs* that reads their bytes, to Chinese text (and
    stretches of it inside a line, :func:`_base64_stretches`, to a bit of Chinese text).

    >>> text = "借款协议\\n5YCf5qy+5Lq677ya5rKI5rC4\\nQUJDREVGR0hJSktMTU5PUFFSU1RV"
    >>> [(m.group(), d) for m, d, _ in _base64_lines(text, ("utf-8",))]
    [('5YCf5qy+5Lq677ya5rKI5rC4', '借款人：沈永')]
    >>> [d for _, d, _ in _base64_lines("敬请亲友前往，5LiN5pS26Iqx5ZyI44CB56S86YeR44CC\\n", ("utf-8",))]
    ['不收花圈、礼金。']
    """
    import binascii

    from auditor.repair.web import is_chinese_text

    out = []
    lines = list(_BASE64_LINE.finditer(text))
    starts = {m.start() for m in lines}
    # (a stretch after a mark may be short, a few characters: 享年68岁。)
    inline = [Stretch(start, end, text[start:end]) for start, end in _base64_stretches(text) if start not in starts]
    for m in [*lines, *inline]:
        body = m.group().rstrip(" \t\r")
        try:
            data = binascii.a2b_base64(body + "=" * (-len(body) % 4))
        except binascii.Error:
            continue
        inside = m.start() not in starts
        for codec in ("utf-8",) if inside else codecs:
            try:
                decoded = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if is_chinese_text(decoded) or _mostly_chinese(decoded) or (codec == "utf-8" and _short_chinese(decoded)):
                out.append((m, decoded, "base64"))
            break
    return out


def _short_chinese(decoded: str) -> bool:
    """Whether *decoded*, a few bytes decoded as UTF-8, reads as a bit of Chinese text: a Han character at least, and
    nothing but Han characters, CJK punctuation and printable ASCII (``占65.1%。``). Random bytes seldom do.

    >>> _short_chinese("占65.1%。"), _short_chinese("\x07ü!"), _short_chinese("65.1%")
    (True, False, False)
    """
    return any("\u4e00" <= c <= "\u9fff" for c in decoded) and all(
        "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or " " <= c <= "~"
        for c in decoded)


def _mostly_chinese(decoded: str, fewest: int = 4) -> bool:
    """Whether *decoded* reads as a line of Chinese prose or fields: printable, at least *fewest* Han characters, and
    Han characters or CJK punctuation for half of it at least (``借款人：沈永平，电话：139…``).

    >>> _mostly_chinese("借款人：沈永平，电话：13942079405"), _mostly_chinese("ABC中文DEFGHIJ")
    (True, False)
    """
    if not decoded.isprintable():
        return False
    han = sum("\u4e00" <= c <= "\u9fff" for c in decoded)
    wide = sum("\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" for c in decoded)
    return han >= fewest and 2 * (han + wide) >= len(decoded)


#: a run of UTF-16 code units written in hex, four digits each, every one in the range of Chinese characters
#: (4E00–9FFF) or of CJK punctuation (3000–303F, FF00–FFEF): what an SMS gateway logs of a message's body
#: (its first character a class, not a look-behind nor a choice: the engine then skips ahead in C)
_UCS2_HEX = LazyRegex(r"[3-9Ff](?:(?<=[4-9])[0-9A-Fa-f]{3}|(?<=3)0[0-3][0-9A-Fa-f]|(?<=[Ff])[Ff][0-9A-Ea-e][0-9A-Fa-f])"
                      r"(?:[4-9][0-9A-Fa-f]{3}|30[0-3][0-9A-Fa-f]|[Ff]{2}[0-9A-Ea-e][0-9A-Fa-f]){3,}(?![0-9A-Za-z])")


#: the words a log names a message's body with (短信内容：…, content: …)
_MESSAGE_WORDS = ("内容：", "内容:", "短信", "消息：", "消息:", "正文：", "content", "msg", "body")


def _ucs2_hex(run: str) -> str | None:
    """The text a run of :data:`_UCS2_HEX` stands for, when it is Chinese (three Han characters at least).

    >>> _ucs2_hex("660E65E5670966B496E8"), _ucs2_hex("4E004E004E00")
    ('明日有暴雨', None)
    """
    if len(run) % 4 or (run.upper() != run and run.lower() != run):
        return None  # (hex of one case throughout, four digits a unit)
    decoded = "".join(chr(int(run[i:i + 4], 16)) for i in range(0, len(run), 4))
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in decoded)
    return decoded if han >= 3 and len(set(decoded)) >= 3 else None


#: a terminal's colour code, its escape character kept (\x1b[31m) or lost on the way ([0;36m)
_TERMINAL_COLOUR = LazyRegex(r"\x1b?\[(?:[0-9]{1,3};)*[0-9]{0,3}m")


#: the escape character written out in a script or a lesson (echo -e "\033[32m"): code shown, nothing left over
_ESCAPE_WRITTEN = ("\\033", "\\x1b", "\\x1B", "\\e", "\\u001b", "\\u001B", "\\E")


def _terminal_colours(text: str) -> Iterator[Candidate]:
    """Colour codes of a terminal pasted with a log (``12:41:44 [0;36mERROR[0m 连接超时``): reported where the
    document holds a reset code (``[0m``) too, each code once, to be removed.

    >>> [(c.start, c.end) for c in _terminal_colours("[0;36mERROR[0m 连接超时")]
    [(0, 6), (11, 14)]
    >>> list(_terminal_colours('echo -e "\\\\033[32m成功\\\\033[0m"'))
    []
    """
    codes = [m for m in _TERMINAL_COLOUR.finditer(text) if m.group() != "[m" and
             not text[max(0, m.start() - 6):m.start()].endswith(_ESCAPE_WRITTEN)]
    if not any(m.group().endswith("[0m") for m in codes):
        return
    for m in codes:
        yield Candidate(m.start(), m.end(), "terminal-colour", {"repaired": ""}, fix="", safe_fix=True)


def _escaped_text(doc: Document) -> Iterator[Candidate]:
    """Runs of ``\\uXXXX`` or ``%uXXXX`` escapes (what a JSON or JavaScript string leaves when nobody
    decodes it), and of UTF-8 bytes written ``\\xe5…`` or ``=E5…`` (Python's bytes, quoted-printable), that
    stand for Chinese text (:func:`~auditor.repair.web.is_chinese_text`). Escapes inside a URL or written
    about (:func:`_mentioned`), and runs that stand for other text (``\\u0041``), are not reported.

    >>> from auditor.document import Document
    >>> [(c.start, c.end, c.vars["repaired"]) for c in _escaped_text(Document("a.txt", "区\\\\u6587\\\\u65c5局"))]
    [(1, 13, '文旅')]
    """
    text = doc.text
    urls = None
    found = []
    if contains(text, "\\u") or _PERCENT_U.search(text):
        for m in _UNICODE_ESCAPES.finditer(text):
            decoded = _decode_unicode_escapes(m.group())
            if _with_plain_characters(m.group()) and not _escaped_chinese(decoded):
                # (plain characters between runs that do not make one string of Chinese: each run alone,
                # "\u4e2d\u6587","key":"\u5de5…: fields of JSON)
                for run in _PURE_UNICODE_ESCAPES.finditer(text, m.start(), m.end()):
                    decoded = _decode_unicode_escapes(run.group())
                    if decoded is not None:
                        found.append((run, decoded, "unicode-escape"))
                continue
            if decoded is not None:
                found.append((m, decoded, "unicode-escape"))
    for pattern, size, marker in zip(_BYTE_ESCAPES, (4, 3), ("\\x", "="), strict=True):
        if contains(text, marker):
            for m in pattern.finditer(text):
                data = bytes(int(m.group()[i + size - 2:i + size], 16) for i in range(0, len(m.group()), size))
                try:
                    found.append((m, data.decode("utf-8"), "byte-escape"))
                except UnicodeDecodeError:
                    # (quoted-printable of GBK bytes: =B3=D6=D0=F8 for 持续; GBK bytes that a UTF-8 reader could not
                    # decode, kept as \xc9\xfa\xcc\xe5, a byte of the last character maybe cut off)
                    if len(data) >= 4 and all(b >= 0x81 for b in data):
                        for cut in (data, data[:-1]) if len(data) % 2 else (data,):
                            try:
                                found.append((m, cut.decode("gbk"), "byte-escape-gbk"))
                                break
                            except UnicodeDecodeError:
                                continue
    backslash = contains(text, "\\")
    if backslash:
        # \344\274\232 (a quoted file name: UTF-8 bytes in octal), \'d4\'c2 (RTF: the code page's bytes in hex)
        for pattern, subtype in ((_OCTAL_ESCAPES, "byte-escape"), (_RTF_ESCAPES, "rtf-escape")):
            if subtype == "rtf-escape" and not contains(text, "\\'"):
                continue
            for m in pattern.finditer(text):
                digits = m.group().split("\\")[1:]
                data = bytes(int(d, 8) if subtype == "byte-escape" else int(d[1:], 16) for d in digits)
                try:
                    found.append((m, data.decode("utf-8"), subtype))
                except UnicodeDecodeError:
                    gbk = data.decode("gbk", "replace") if subtype == "rtf-escape" else "\ufffd"
                    if "\ufffd" not in gbk:  # (an RTF file's bytes are its code page's: GBK for Chinese)
                        found.append((m, gbk, "rtf-escape-gbk"))
        if contains(text, "\\u") and contains(text, "?"):
            for m in _RTF_UNICODE.finditer(text):
                codes = [int(c) % 65536 for c in m.group()[2:-1].split("?\\u")]
                if all(0x3000 <= c <= 0x9FFF or 0xFF00 <= c <= 0xFFEF for c in codes):
                    found.append((m, "".join(map(chr, codes)), "rtf-unicode"))
    if "u" in text:  # u9009u6d3e: \u escapes whose backslashes were stripped (looked for where a u stands)
        for m in matches_at(_BARE_UNICODE_ESCAPES.match, text, find_all(text, "u")):
            units = [int(m.group()[i + 1:i + 5], 16) for i in range(0, len(m.group()), 5)]
            if all(0x4E00 <= u <= 0x9FFF for u in units):
                found.append((m, "".join(map(chr, units)), "unicode-escape"))
    if contains(text, "U+"):  # U+6587 U+5316: code points written out for characters an export could not show
        for m in _CODE_POINTS.finditer(text):
            units = [int(h, 16) for h in _CODE_POINT.findall(m.group())]
            if all(0x3400 <= u <= 0x9FFF for u in units):
                found.append((m, "".join(map(chr, units)), "unicode-escape"))
    if contains(text, "~{"):  # ~{…~}: HZ, GB2312 in seven-bit bytes, what old Usenet and BBS posts were written in
        for m in _HZ_RUN.finditer(text):
            try:
                found.append((m, m.group().encode("ascii").decode("hz"), "hz"))
            except (UnicodeDecodeError, UnicodeEncodeError):
                continue
    if contains(text, "收件人") or contains(text, "发件人") or contains(text, "Transfer-Encoding") or \
            contains(text, "Content-Type"):
        # a mail (收件人, 发件人, Content-Transfer-Encoding, Content-Type): its body or subject left in a transfer
        # encoding
        found.extend(_transfer_encoded(text))
    else:
        if "+" in text and "-" in text:
            found.extend(_utf7_text(text))  # (elsewhere: UTF-7 that decodes to Chinese and nothing else, +Tr9RQw-)
        if _base64_line_start(text):
            # a line of Base64 that decodes to Chinese in UTF-8 (whose lead bytes, E4–E9, make its first character 5
            # or 6): a field or a paragraph stored encoded and never decoded (5YCf5qy+5Lq6… for 借款人…)
            found.extend(_base64_lines(text, ("utf-8",)))
    if contains(text, "=?") and contains(text, "?="):  # =?GB2312?B?…?=: a mail header's encoded word left as it came
        for m in _MIME_WORD.finditer(text):
            decoded = _decode_mime_word(m.group())
            if decoded:
                found.append((m, decoded, "mime-word"))
    controls = list(_control_escapes(text)) if backslash or contains(text, "_x00") else []
    if contains(text, _CSV_TWICE):
        yield from _quoted_twice(text)
    if contains(text, "[0m") or contains(text, "\x1b["):
        yield from _terminal_colours(text)
    if any(contains(text, word) for word in _MESSAGE_WORDS) and _UCS2_HEX.search(text) is not None:
        # 短信内容：660E65E56709…: a message's UTF-16 code units in hex, where a log names a message's body (one
        # search of the whole text costs as much as a detector: it is made where such a body is named)
        found.extend((m, decoded, "ucs2-hex") for m in _UCS2_HEX.finditer(text)
                     if not (m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum())
                     and (decoded := _ucs2_hex(m.group())) is not None)
    if contains(text, "$B") or "í" in text or contains(text, "xn--") or (
            ("@" in text or "`" in text) and _EBCDIC_DIGIT.search(text) is not None):
        # $B;3EDB@O:(B (ISO-2022-JP, its escapes lost), í¡‚í¾· (CESU-8 through windows-1252), é×ùô@åÖÓ (EBCDIC as
        # Latin-1): each decoded for certain or not at all
        from auditor.repair.legacy_forms import legacy_forms

        found.extend(legacy_forms(text))
    if not found and not controls:
        return  # (before the URL helpers load: html and urllib are no part of a clean run)
    from auditor.repair.web import is_chinese_text

    for start, end, fix in controls:
        if urls is None:
            urls = url_spans(doc)
        if (urls and _inside(urls, start, end)) or _mentioned(text, start, end):
            continue  # (换行符写作\n: an escape written about)
        if text[start] == "\\" and _in_json_line(text, start):
            continue  # {"remark": "第一行\n第二行"}: an escape inside a string of JSON, shown as JSON
        yield Candidate(start, end, "control-escape", {"repaired": fix.replace("\n", "⏎").replace("\t", "⇥")},
                        fix=fix, safe_fix=text[start] == "_")

    for m, decoded, subtype in found:
        # (<p>郭雪梅强调…</p>: the text the tags hold is what must be Chinese; reported whole, tags and all)
        merged = subtype == "unicode-escape" and _with_plain_characters(m.group())  # (judged when found)
        if subtype not in _DECODED_FOR_CERTAIN and not (
                merged or is_chinese_text(decoded) or (subtype == "base64" and _short_chinese(decoded)) or
                (subtype == "unicode-escape" and is_chinese_text(_without_emoji(decoded)))
                if subtype != "mime-word" else sum("\u4e00" <= ch <= "\u9fff" for ch in decoded) >= 2) and \
                not (subtype == "unicode-escape" and _symbols_beside_chinese(text, m.start(), m.end(), decoded)):
            continue  # (a mail header's word may mix digits and letters in: 某镇2021年工作要点)
        if urls is None:
            urls = url_spans(doc)
        printed = text[m.start() - 2:m.start()] in ("b'", 'b"')  # (b'\xe8…': bytes printed, quoted by Python)
        # ({"title": "\u6842…"}: a JSON string's own quotes, which quote nothing written about)
        field = text[m.start() - 1:m.start()] == '"' and (
            text[max(0, m.start() - 4):m.start() - 1].rstrip(" ")[-1:] in (":", "[", ",", "=") or
            # ("\344\270\273\346\214\201"：孙云: a name git or a shell quoted, its quotes no quotation)
            (subtype == "byte-escape" and m.group()[1:2].isdigit()))
        if printed and (_repl_output(text, m.start()) or in_code_block(text, m.start())):
            continue  # >>> "数据".encode("gbk")⏎b'\xca\xfd\xbe\xdd': what Python printed, shown in a note on bytes
        in_url = urls and _inside(urls, m.start(), m.end()) and not (
            subtype == "punycode" and "://" not in text[max(0, m.start() - 3):m.start()])  # (www.xn--…: shown bare)
        if in_url or _in_log_payload(text, m.start()) or (
                _in_markup_talk(text, m.start(), m.end(), _MARKUP_TALK + _BYTES_TALK) if printed else
                _in_markup_talk(text, m.start(), m.end()) if field else _mentioned(text, m.start(), m.end())):
            continue  # (在JSON字符串中，“中”可以写作\u4e2d: an escape written about)
        yield Candidate(m.start(), m.end(), subtype, {"repaired": decoded}, fix=decoded,
                        safe_fix=not subtype.endswith("-gbk"))  # (GBK bytes read so are a guess)


#: the forms of :mod:`auditor.repair.legacy_forms`, each checked when found (a name's rare ideograph, a field of
#: capitals and digits: no Chinese text to ask for)
_DECODED_FOR_CERTAIN = frozenset({"iso-2022-jp", "cesu-8", "ebcdic", "punycode"})
#: the EBCDIC digits as Latin-1 shows them (ð–ù): a field from a mainframe holds one (and its space, @, or its hyphen,
#: `: looked for first, with one fast search each)
_EBCDIC_DIGIT = LazyRegex(r"[\u00f0-\u00f9]")


def _repl_output(text: str, start: int) -> bool:
    """Whether *start* is on a line that Python's interactive prompt printed: the line itself, or the line above it,
    opens with ``>>>``.

    >>> t = ">>> '数据'.encode('gbk')" + chr(10) + "b'..'" + chr(10) + "第一条 b'..'"
    >>> _repl_output(t, t.find("b'")), _repl_output(t, t.rfind("b'"))
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    return text[line_start:start].lstrip(" \t").startswith(">>>") or (
        above >= 0 and text[above:line_start].lstrip(" \t").startswith(">>>"))


def _decode_unicode_escapes(run: str) -> str | None:
    """The text a run of ``\\uXXXX`` (or ``%uXXXX``) escapes stands for, plain characters between them kept as they
    are; ``None`` when its UTF-16 code units do not decode (a lone surrogate).

    >>> _decode_unicode_escapes("\\\\u003cp\\\\u003e\\\\u589e\\\\u957f84.3%\\\\u3002")
    '<p>增长84.3%。'
    >>> _decode_unicode_escapes("\\\\ud83c") is None
    True
    """
    units = [int(u.group(1), 16) if u.group(1) else ord(u.group(2)) for u in _ESCAPE_UNIT.finditer(run)]
    try:
        return b"".join(u.to_bytes(2, "little") for u in units).decode("utf-16-le")
    except UnicodeDecodeError:
        return None


def _with_plain_characters(run: str) -> bool:
    """Whether a run of ``\\u`` escapes holds plain characters between them (``\\u589e\\u957f84.3%\\u3002``)."""
    return run[:1] == "\\" and run.count("\\") * 6 != len(run)


def _escaped_chinese(decoded: str | None) -> bool:
    """Whether escapes with plain characters between them decode to Chinese text: once the tags (``<p>``) and numbers
    kept as they were (``84.3%``) are left out, Chinese characters and punctuation only."""
    from auditor.repair.web import is_chinese_text

    if not decoded:
        return False
    judged = _DECODED_NUMBER.sub("", _DECODED_TAG.sub("", decoded))
    return bool(judged) and is_chinese_text(judged)


#: the cells of a line of CSV quoted twice (each cell's quotes doubled again: """名称"",""单位""")
_CSV_TWICE = '"",""'
_HAN_CHAR = LazyRegex(r"[\u4e00-\u9fff]")


def _quoted_twice(text: str) -> Iterator[Candidate]:
    r"""The lines of a CSV export quoted twice: each cell's quotes doubled again (a cell ``""石川集团""``, cells apart
    by ``"",""``), two such boundaries at least and Chinese in a cell; what a cell means is still there, so no
    repair is offered.

    >>> q = '"'
    >>> line = q * 3 + "凤林小区" + q * 2 + "," + q * 2 + "石川集团" + q * 2 + "," + q * 2 + "在建" + q * 3
    >>> [(c.start, c.end) for c in _quoted_twice("名称,单位\n" + line + "\n")]
    [(6, 32)]
    """
    for at in find_all(text, _CSV_TWICE):
        start = text.rfind("\n", 0, at) + 1
        if at != text.find(_CSV_TWICE, start):
            continue  # (the line's first boundary stands for the line)
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line = text[start:end].rstrip("\r")
        if line.count(_CSV_TWICE) >= 2 and _HAN_CHAR.search(line) is not None:
            once = line[1:-1].replace('""', '"') if len(line) > 1 and line[0] == line[-1] == '"' else line
            yield Candidate(start, start + len(line), "csv-quoted-twice", {"repaired": once}, fix=None)


def _without_emoji(decoded: str) -> str:
    """*decoded* without its emoji and symbols (``为家乡点赞🙏😀``: a comment's words and what followed them).

    >>> _without_emoji("为家乡点赞\U0001f64f\U0001f600")
    '为家乡点赞'
    """
    return "".join(ch for ch in decoded if not (ord(ch) >= 0x2600 and not ch.isalnum() and
                                                not "\u3000" <= ch <= "\u303f" and not "\uff00" <= ch <= "\uffef"))


def _symbols_beside_chinese(text: str, start: int, end: int, decoded: str) -> bool:
    """Whether the escapes ``text[start:end]`` stand for symbols or emoji only (``\\u2705``, ``\\ud83c\\udf89``: no
    letter, digit or space) glued to Chinese text: what a post's JSON left undecoded (``感谢志愿者\\ud83c\\udf89``).

    >>> t = "感谢志愿者\\ud83c\\udf89，u+\\u0041"
    >>> _symbols_beside_chinese(t, 5, 17, "\U0001f389"), _symbols_beside_chinese(t, 21, 27, "A")
    (True, False)
    """
    return bool(decoded) and all(ord(ch) >= 0x2000 and not ch.isalnum() and not ch.isspace() for ch in decoded) \
        and ((start > 0 and _CJK.match(text, start - 1) is not None) or _CJK.match(text, end) is not None)


# --------------------------------------------------------------------------- shared per-document work

def _lossy_start(ch: str) -> bool:
    """Whether *ch* is one of the characters of :data:`_LOSSY_TRIGGER`."""
    return ch in "\ufffd锟烫屯葺锘ïÿþÔ" or "\x80" <= ch <= "\x9f" or "\ue000" <= ch <= "\uf8ff" or \
        "\U000f0000" <= ch <= "\U0010fffd" or ch in INVISIBLE_STARTS or "\uff61" <= ch <= "\uff9f"


def _repairs(doc: Document):
    found = doc.cache.get("mojibake:redecode")
    if found is None:
        text = doc.text
        if text.isascii() or ("auditor.repair.redecode" not in sys.modules and quick.needs_no_search(text)):
            found = []  # (common characters only: the re-decoding module is not even imported)
        else:
            from auditor.repair.redecode import repairs_and_suspects

            found, suspects = repairs_and_suspects(text)
            if suspects is not None:
                doc.cache["mojibake:suspects"] = suspects
        doc.cache["mojibake:redecode"] = found
    return found


def _unigram() -> dict[str, float]:
    """The character costs of the plausibility model (read only for a document with pinyin annotations)."""
    from auditor.repair.hanzi import load

    return load().unigram


def _traditional_test():
    """Whether a character is a traditional character whose simplified form differs (發, 區; not 重): the
    membership test of the character table of the plausibility model, which knows them (it is read only
    for a document with pinyin annotations)."""
    from auditor.repair.hanzi import load

    return load().t2s.__contains__


def _annotations(doc: Document) -> list[tuple[int, int, str]]:
    found = doc.cache.get("mojibake:annotations")
    if found is None:
        from auditor.repair.pinyin import annotations

        found = doc.cache["mojibake:annotations"] = annotations(doc.text)
    return found


def _toned(doc: Document) -> int:
    count = doc.cache.get("mojibake:toned")
    if count is None:
        from auditor.repair.pinyin import count_toned

        count = count_toned(doc.text, _annotations(doc))
        doc.cache["mojibake:toned"] = count
    return count


#: a line of check boxes, not lost characters: a box before an option (□是 □否, □同意, □男 □女) or before a space
_CHECK_BOX = LazyRegex(r"□(?:[ \t\u3000]|是|否|有|无|同意|不同意|男|女|已|未|其他|其它)")
#: the name of a person after the label of a field or a letter's close, its last character lost (申请人：韩胜□)
#: the words of an instruction to tick a box (请在□内打勾, 符合的划√)
_TICK_WORDS = LazyRegex(r"打勾|打钩|打√|打✓|划√|勾选|打“√”|画√|□内|□中")
_NAME_BEFORE_BOX = LazyRegex(r"(?:人|者|员|代表|敬礼|户名|姓名)[：:\s][ \t\u3000]*[\u4e00-\u9fff]{1,3}$")


def _lost_boxes(text: str) -> list[tuple[int, int]]:
    """Runs of ``□`` (one to three) that stand for characters lost in a conversion: between Chinese characters
    (``拆□房屋``), in a word with another such run (``□□次□：2654``), or ending a person's name after a field's label
    (``申请人：韩胜□，``). Not on a line of check boxes (``□是 □否``), nor a box drawn alone.

    >>> t = "拆□房屋29座。⏎申请人：韩胜□，女⏎是否同意：□是 □否".replace("⏎", "\\n")
    >>> [t[a:b] for a, b in _lost_boxes(t)]
    ['□', '□']

    An edition that declares the box its mark of a character the source does not show (``不可辨识之字以“□”表示``,
    ``阙文以□标示``, ``注：囗为缺字符号``) wrote them on purpose: none is lost there.

    >>> _lost_boxes("知县□公开仓赈济。⏎凡例：阙文以□标示。".replace("⏎", "\\n"))
    []
    """
    out: list[tuple[int, int]] = []
    if _BOXES_DECLARED.search(text) is not None:
        return out  # 不可辨识之字以“□”表示: an edition's mark for what the source does not show, declared
    for m in _BOX_RUN.finditer(text):
        start, end = m.span()
        if text[start - 1:start] == "□":
            continue  # (the end of a longer run: boxes drawn, not characters lost)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        if _CHECK_BOX.search(text, line_start, line_end) is not None or \
                _TICK_WORDS.search(text, line_start, line_end) is not None:
            continue  # (□是 □否, 请在□内打勾: boxes to tick)
        before, after = text[start - 1:start], text[end:end + 1]
        between = _han(before) and (_han(after) or after in "：:")
        in_word = _han(after) and "□" in text[end:end + 3]
        name = after in ("", "，", ",", "。", "\n", "\r", " ") and \
            _NAME_BEFORE_BOX.search(text, max(line_start, start - 16), start) is not None
        if between or in_word or name:
            out.append((start, end))
    return out


_BOX_RUN = LazyRegex(r"□{1,3}(?!□)")
#: the head of a program's log line: a timestamp and a level (2023-06-01 09:59:54.682 INFO)
_LOG_HEAD = LazyRegex(r"[ \t]*\[?(?:19|20)[0-9]{2}[-/][0-9]{2}[-/][0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}[.,0-9]*"
                      r"\]?[ \t]+"
                      r"\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\b")
#: what opens a machine's value on a log line: a JSON key's colon and quote, a request's path and query (not a
#: message quoted after its key, msg="…": the text of a message, which readers are shown)
_LOG_VALUE = LazyRegex(r"\":\s*\"|\s/[^\s]*\?")


def _in_log_payload(text: str, at: int) -> bool:
    """Whether *at* lies in a value a program's log line records (``DEBUG [mq] payload={"msg":"\\u8ba2…"}``, ``GET
    /s?wd=%E5%A4%A9``): escapes the program wrote for itself, no text left undecoded for readers.

    >>> t = '2023-12-13 09:59:57.424 DEBUG [mq] payload={"msg":"' + chr(92) + 'u8ba2"}'
    >>> _in_log_payload(t, t.find(chr(92))), _in_log_payload("通知：" + chr(92) + "u8ba2", 3)
    (True, False)
    """
    line_start = text.rfind("\n", 0, at) + 1
    return _LOG_HEAD.match(text, line_start) is not None and _LOG_VALUE.search(text, line_start, at) is not None


def _in_json_line(text: str, at: int) -> bool:
    """Whether *at* is on a line of JSON (an object or an array opened at the line's start, a key in quotes and a
    colon): there ``\\n`` inside a string is how JSON writes a line break, the example of an interface shown as
    written, not text a program forgot to decode.

    >>> t = '返回示例：⏎{"code": 0, "remark": "第一行\\\\n第二行"}⏎备注：第一行\\\\n第二行'.replace("⏎", "\\n")
    >>> _in_json_line(t, t.find("\\\\")), _in_json_line(t, t.rfind("\\\\"))
    (True, False)
    """
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end != -1 else len(text)].strip()
    return line[:1] in ("{", "[") and line[-1:] in ("}", "]", ",") and _JSON_KEY.search(line) is not None


#: a key of a JSON object and its colon ("remark": )
_JSON_KEY = LazyRegex(r'"[^"\n]{1,40}"\s*:')


#: a declaration that a box marks a character an edited source does not show (以“□”表示, 阙文以□标示, 囗为缺字符号)
_BOXES_DECLARED = LazyRegex(r"[以用][“\"「‘]?[□囗][”\"」’]?(?:表示|代替|代表|标示|标出|示之|替代)"
                            r"|[□囗][”\"」’]?(?:为|表示|系|是)(?:缺字|阙文|阙字|脱字|残字|不可辨|无法辨|漫漶)")


def _han(ch: str) -> bool:
    """Whether *ch* is one Han character of the basic block (an empty string is none)."""
    return "\u4e00" <= ch <= "\u9fff" and len(ch) == 1


#: units a magnitude (万, 亿) stands before, after a number (110.99亿元, 3.2万人)
_UNITS_AFTER_MAGNITUDE = ("元", "人", "户", "吨", "亩", "千瓦", "平方米", "立方米", "美元", "人次", "株", "头", "只")


def _question_marks(doc: Document, question_words: tuple[str, ...]):
    key = ("mojibake:question", question_words)
    marks = doc.cache.get(key)
    if marks is None:
        marks = list(_scan_question_marks(doc, question_words)) if "?" in doc.text else []
        doc.cache[key] = marks
    return marks


def _char_before(text: str, index: int) -> tuple[str, int]:
    """The character before *index*, skipping one glued pinyin annotation; and its position."""
    from auditor.repair.pinyin import PARENTHESISED

    i = index - 1
    if i >= 0 and text[i] == ")":
        open_at = text.rfind("(", max(0, i - 9), i)
        if open_at > 0 and PARENTHESISED.fullmatch(text, open_at, index):
            i = open_at - 1
    return (text[i], i) if i >= 0 else ("\0", -1)


#: what stands between the cells of a row copied from a table (tabs, full-width spaces)
_CELL_GAPS = LazyRegex("[\t\u3000]+")


def _cells_of_row(text: str, at: int) -> int:
    """How many cells the line holding *at* has, apart by tabs or full-width spaces (0 for a line of prose).

    >>> _cells_of_row("2022-04-19　工资　+2,493.02　襄阳瑞丰电子科?????", 30), _cells_of_row("全年完成投资。", 2)
    (4, 0)
    """
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    if "。" in line or "，" in line:
        return 0
    cells = [c for c in _CELL_GAPS.split(line) if c]
    return len(cells) if len(cells) >= 2 else 0


#: a cell's edge in a row laid out with spaces: two spaces or more, a tab or a full-width space
_SPACED_CELLS = LazyRegex(r" {2,}|[\t\u3000]+")


def _short_cell_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a cell of one to three Chinese characters and itself, in a row of three cells
    or more apart by runs of spaces (``6月12日      张?        0870-7944859``): a name whose last character was lost.

    >>> t = "6月12日      张?        0870-7944859"
    >>> _short_cell_end(t, t.find("?"), t.find("?") + 1), _short_cell_end("你好吗?  好", 3, 4)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    cells = _SPACED_CELLS.split(line)
    if len(cells) < 3 or "。" in line or "，" in line:
        return False
    cell = next((c for c in cells if c.endswith("?") and text.find(c, line_start) + len(c) == end), None)
    return cell is not None and 2 <= len(cell) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in cell[:-1])


def _chinese_row(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]``, or the line above it (a table's header), holds Chinese text.

    >>> t = "序号\\t姓名\\t补贴\\n2\\t???\\t3640"
    >>> _chinese_row(t, 11, 14), _chinese_row("a\\t???\\tb", 2, 5)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else line_start
    line_end = text.find("\n", end)
    return _CJK.search(text, above, len(text) if line_end == -1 else line_end) is not None


#: quotation marks around a lost character named by the text
_OPENING_MARKS = frozenset("“‘「『")
_CLOSING_MARKS = frozenset("”’」』")
#: what bounds a table's cell (a tab, a bar; the line's end after it)
_CELL_EDGES = ("\t", "|", "｜", "\n", "\r", "")
#: what stands around two ? that stand for lost characters rather than end a question (。??“, %??。)
_PUNCTUATION_BEFORE_LOST = frozenset("。，、；：“”（）%")
_PUNCTUATION_AFTER_LOST = frozenset("。，、；：“”（）")


def _before_number(text: str, at: int) -> str:
    """The character before the number that ends at *at* (digits, points and commas), or ``"\\0"``."""
    i = at
    while i >= 0 and (text[i].isdigit() or text[i] in ".,"):
        i -= 1
    return text[i] if i >= 0 else "\0"


#: the opening of a question on a page of questions and answers (问：, Q：)
_ASKED = LazyRegex(r"(?:问|Q)[：:]")


def _quote_asks(text: str, at: int) -> bool:
    """Whether the quotation that goes on at *at* ends with a question or an exclamation mark (``这也能赢?”``) within
    its line: marks of bewilderment opening it are what the speaker wrote.

    >>> _quote_asks("“???这也能赢?”", 4), _quote_asks("“???发展”", 4)
    (True, False)
    """
    line_end = text.find("\n", at)
    close = min((k for k in (text.find(mark, at, len(text) if line_end == -1 else line_end) for mark in _CLOSING_MARKS)
                 if k != -1), default=-1)
    return close > at and text[close - 1] in "?？!！"


def _scan_question_marks(doc: Document, question_words: tuple[str, ...]):
    from auditor.repair.desync import QuestionMark, is_question, realign_gbk
    from auditor.repair.pinyin import PARENTHESISED

    text = doc.text
    urls = url_spans(doc)
    n = len(text)
    for m in _QUESTION_RUN.finditer(text):
        start, end = m.span()
        if urls and _inside(urls, start, end):
            continue
        before, at = _char_before(text, start)
        after = text[end] if end < n else ""
        # three or more in a row where Chinese or a number goes on: whole words lost (？？？？183？？)
        count = m.group().count("?")
        lost_run = count >= 3 and not (before.isascii() and before.isalnum()) and (
            _CJK.match(after) is not None or after.isdigit())
        # after a number, before Chinese (收入95.34????。: its unit lost); six or more wherever no word of Latin
        # letters stands before them (??830????????????: a line lost but its digits)
        lost_run = lost_run or (count >= 2 and before.isdigit() and _CJK.match(after) is not None and
                                _CJK.match(_before_number(text, at)) is not None) or (
            count >= 6 and not (before.isascii() and before.isalpha()))
        # two between Chinese punctuation (or a percentage) and Chinese text: 推进。??“生态…, 稳定在20.0%??。
        lost_run = lost_run or (m.group().count("?") >= 2 and before in _PUNCTUATION_BEFORE_LOST and (
            _CJK.match(after) is not None or after in _PUNCTUATION_AFTER_LOST))
        # one glued between Chinese and a mark that goes on with the sentence (油菜花开了?，周末…): a question mark
        # ends its sentence, so it stands for a lost character (an emoji saved in GBK)
        going_on = count == 1 and after in _MARKS_GOING_ON and _CJK.match(before) is not None
        # one ending a person's name after a field's label, at the line's end (投诉人：史娜?, 此致 敬礼  戴轩?)
        signed = count == 1 and (after in ("", "\n", "\r", "\u3000", "\t") or text[end:end + 2] == "  ") and \
            _NAME_BEFORE_BOX.search(text, max(0, start - 16), start) is not None  # (联系人：陆广?　联系电话：…)
        # a table's whole cell of two or more, in a row of Chinese cells (周一⇥????⇥青菜肉丝面): a cell's text lost
        cell = count >= 2 and text[start - 1:start] in _CELL_EDGES and after in _CELL_EDGES and \
            _chinese_row(text, start, end)
        # (or ending a cell that Chinese begins, the row's cells apart by full-width spaces or tabs: 2022-04-19　工资
        # +2,493.02　46,647.09　襄阳瑞丰电子科?????: the name's end lost)
        cell = cell or (count >= 2 and _CJK.match(before) is not None and after in ("", "\n", "\r", "\t", "\u3000")
                        and _cells_of_row(text, start) >= 3)
        # (or one ending a short cell of Chinese, a name's last character lost, in a row of three cells or more apart
        # by runs of spaces: 6月12日      张?        0870-7944859)
        cell = cell or (count == 1 and _CJK.match(before) is not None and _short_cell_end(text, start, end))
        # one alone in quotes named as a character (古籍中“?”字读作…), or opening a quoted word (地名“?野”): a rare
        # character an old decoder lost (“?”号 names the mark itself)
        quoted = count == 1 and before in _OPENING_MARKS and (_CJK.match(after) is not None or (
            after in _CLOSING_MARKS and text[end + 1:end + 2] == "字"))
        # one between a number and its unit (工业总产值110.99?元): the magnitude, 万 or 亿, lost
        magnitude = count == 1 and before.isdigit() and text.startswith(_UNITS_AFTER_MAGNITUDE, end)
        lost_run = lost_run or going_on or signed or cell or quoted or magnitude
        if lost_run and 2 <= count <= 4 and before in "：:" and _chat_bewilderment(text, start):
            continue  # 宋华：???我刚刚发了呀: a chat's bewildered marks opening a message, in a log that asks questions
        if lost_run and 2 <= count <= 4 and before in _OPENING_MARKS and _quote_asks(text, end):
            continue  # 弹幕刷成一片：“???这也能赢?”: bewildered marks opening a quote that asks
        if not _CJK.match(before) and not lost_run and not (before in "\0\n" and _CJK.match(after) and count == 1):
            continue  # English, code, a query string (but ?会消费品…: the first character of a line lost)
        if not lost_run and (not after or after.isspace() or after in _AFTER_QUESTION):
            continue  # a question that ends here
        if count == 1 and text.startswith(_MARK_EXPLAINED, end):
            continue  # （?为参数占位符）, ?表示任意一个字符: the mark itself explained
        if count == 1 and after == "答" and _ASKED.search(text, max(0, start - 60, text.rfind("\n", 0, start) + 1),
                                                         start) is not None:
            continue  # 问：办理需要几天?答：…: a question of a page of questions and answers, its answer after it
        sentence_start = max(text.rfind(c, 0, at + 1) for c in _SENTENCE_END) + 1
        sentence = text[sentence_start:at + 1]
        if question_words and any(w in text[sentence_start:start] for w in question_words):
            continue  # 你好吗?我很好: a real question
        if is_question(sentence) and not going_on:
            continue  # 大家认可不认可?, 他们真的完成了?: a question by its form
        found = realign_gbk(text[start + 1:start + 1 + 20])
        if found is not None:
            repaired, used = found
            stop = start + 1 + used
            glued = PARENTHESISED.match(text, stop)
            if glued:
                stop = glued.end()  # the annotation of the repaired character goes with it
            yield QuestionMark(start, stop, "gbk-desync", repaired)
            continue
        if lost_run or _CJK.match(after) or after == "\ufffd" or after in _LOST_BEFORE or (
                after.isascii() and after.isalpha()) or (after.isdigit() and end - start >= 2):  # 同比??4.5%
            yield QuestionMark(start, end, "lost-char")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


#: a speaker's name that opens a chat message, from the line's start to its colon (宋华：, 客服：)
_SPEAKER = LazyRegex(r"[\u4e00-\u9fffA-Za-z0-9_]{1,8}[：:]")


def _chat_bewilderment(text: str, start: int) -> bool:
    """Whether the question marks at *start* open a message of a chat log right after its speaker's name (``宋华：???
    我刚刚发了呀``) in a text that writes question marks as questions elsewhere (``吗?``, ``？？``): bewilderment, no
    characters lost.

    >>> t = "客服聊天记录\\n杨国庆：快递什么时候到？？\\n宋华：???我刚刚发了呀"
    >>> _chat_bewilderment(t, t.find("?"))
    True
    >>> _chat_bewilderment("会议纪要\\n主持人：???同志讲话", 9)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    speaker = _SPEAKER.match(text, line_start)
    if speaker is None or speaker.end() != start:
        return False
    lines = [line.rstrip(" \t\r") for line in text.split("\n", 40)[:40]]
    messages = [line for line in lines if _SPEAKER.match(line) is not None]
    # (another message that ends with its question: 杨国庆：快递什么时候到？？; not 户主：??　身份证：… a field's value)
    return len(messages) >= 2 and any(line.endswith(("?", "？")) and not line.endswith(("：?", ":?"))
                                      for line in messages if line != text[line_start:_line_end(text, start)].rstrip())


#: what after a lone ? says what the mark means (?为参数占位符, ?表示任意一个字符): the mark written about
_MARK_EXPLAINED = ("表示", "代表", "为参数", "为占位", "是参数", "是占位", "作为占位", "为通配")


def _whole_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole sentence of three characters or more: nothing but white space between it
    and the marks that end the sentences around it (``小(xiǎo)猫(māo)钓(diào)鱼(yú)。``).

    >>> _whole_sentence("读本\\n我(wǒ)爱(ài)书(shū)。", 3, 20), _whole_sentence("新發(fā)展階段", 1, 6)
    (True, False)
    """
    if text.count("(", start, end) + text.count("（", start, end) < 3:
        return False
    before = max(text.rfind(mark, 0, start) for mark in "。！？!?\n") + 1
    after = [k for k in (text.find(mark, end) for mark in "。！？!?\n") if k != -1]
    return not text[before:start].strip() and not text[end:min(after) if after else len(text)].strip()


def _code_point_named(text: str, start: int) -> bool:
    """Whether the replacement character at *start* follows its own code point's name (``替换成 U+FFFD（�）``): the
    character shown where a text about encodings names it.

    >>> t = "会被替换成 U+FFFD（\ufffd）。"
    >>> _code_point_named(t, t.find("\ufffd")), _code_point_named("数据\ufffd", 2)
    (True, False)
    """
    return text.find("FFFD", max(0, start - 12), start) != -1 or text.find("fffd", max(0, start - 12), start) != -1


def _quoted_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside Chinese quotation marks on its line, in a text about encodings (乱码,
    编码, GBK … within 60 characters): a garble quoted as an example of itself.

    >>> t = "按GBK解读，就会显示成“涓\ufffd鏂\ufffd”。"
    >>> _quoted_example(t, t.find("\ufffd"), t.find("\ufffd") + 1), _quoted_example("显示成涓\ufffd", 4, 5)
    (True, False)
    """
    opening = text.rfind("“", max(0, start - 20), start)
    closing = text.find("”", end, end + 20)
    if opening == -1 or closing == -1 or "\n" in text[opening:closing] or text.find("”", opening, start) != -1:
        return False
    return any(w in text[max(0, start - 60):end + 60] for w in _ENCODING_TALK)


def _in_a_word(text: str, start: int, end: int) -> bool:
    """Whether the annotation ``text[start:end]`` (one character and its reading in half-width brackets) stands inside
    or at the end of a word, a Chinese character before it (``学前教(jiāo)育``, ``污水处(chǔ)理``, ``品牌型号(hào)：``):
    a page's ruby kept beside the characters of a word. (Asked of common characters only, in a text that is no
    lesson: a rare one is glossed where it stands, ``郴(chēn)州``, and a gloss of several follows its word,
    ``蹒跚(pán shān)``.)

    >>> _in_a_word("学前教(jiāo)育", 2, 9), _in_a_word("品牌型号(hào)：", 3, 9)
    (True, True)
    >>> _in_a_word("教（jiāo）育", 0, 6), _in_a_word("“号(hào)”", 1, 7)
    (False, False)
    """
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start + 1:start + 2] == "("
