"""``placeholder`` kind: unfilled template and anonymisation placeholders.

One kind, several *detectors* (chosen by the rule's ``detector`` key); the rule file supplies the
word lists. Every candidate gets a subtype: ``numeric`` (a number was removed), ``entity`` (a name),
``date``, ``pseudonym`` or ``template``.

>>> from auditor.kinds.placeholder import classify
>>> classify("完成xx万元", 2, 4), classify("在XX街道", 1, 3), classify("x月xx日", 0, 1)
('numeric', 'entity', 'date')
"""

from __future__ import annotations

from collections.abc import Iterator
from re import escape

from auditor.charclass import CharClass
from auditor.cues import Words, words_in, words_of
from auditor.document import Document
from auditor.kinds.base import QUOTE_PAIRS, Candidate, Checker, LazyRegex, in_code_block, quoted
from auditor.lazyregex import IGNORECASE
from auditor.scan import after_last, contains, find_all, find_word, line_around, matches_at
from auditor.urls import covering, in_spans, url_spans

# --------------------------------------------------------------------------- shared helpers

_CJK = LazyRegex(r"[\p{Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
#: :data:`_CJK` asked one character at a time (a long class for ``re``: a dictionary is faster)
_IS_CJK = CharClass(_CJK)
_HAN = LazyRegex(r"\p{Han}")

DATE_UNITS = "年月日号时"
#: units after which a placeholder certainly stands for a number
STRONG_UNITS = (
    "人次", "户次", "公斤", "千克", "平方", "公里", "千米", "立方", "周年", "分钟", "小时", "个月",
    "余", "多", "个", "户", "万", "亿", "千", "百", "元", "%", "％", "‰", "次", "篇", "件", "起", "项",
    "栋", "套", "辆", "株", "棵", "亩", "克", "吨", "斤", "米", "升", "份", "册", "届", "载", "天", "倍",
    "岁", "枚", "盒", "袋", "箱", "瓶", "桶", "剂", "秒", "幢", "宗",
)
#: measure words that also begin ordinary words (人家, 分局, 家风): numeric only after lower-case x
WEAK_UNITS = (
    "家", "人", "名", "位", "条", "处", "所", "座", "台", "张", "块", "支", "场", "期", "批", "类", "种",
    "周", "号", "例", "床", "间", "组", "对", "双", "只", "头", "页", "分", "度", "轮", "层", "部", "门",
    "片", "点", "笔", "班", "级", "章", "本",
)


def _by_first(units: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for unit in units:
        table[unit[0]] = (*table.get(unit[0], ()), unit)
    return table


_STRONG_BY_FIRST = _by_first(STRONG_UNITS)
_WEAK_BY_FIRST = _by_first(WEAK_UNITS)
#: words before a placeholder that announce a number (after lower-case x)
NUMBER_CUES = ("第", "约", "达", "共", "计", "近", "超", "逾", "为", "有", "排名", "增长", "下降", "提高", "降低")


def is_year_placeholder(token: str) -> bool:
    """``20xx``: two digits, then two x's (what ``\\p{Nd}{2}[xXｘＸ]{2}`` matches whole)."""
    return len(token) == 4 and token[:2].isdecimal() and token[2] in _XS and token[3] in _XS


def is_hex(token: str) -> bool:
    """``0x1F`` written with digits only (``0[xX]\\p{Nd}*`` whole): a number in code, not a placeholder."""
    return token[:2] in ("0x", "0X") and (len(token) == 2 or token[2:].isdecimal())


#: a count after digits with an x among them: 9X0人, 3X8家 (a product is of sizes: 3x3米)
_COUNTED = LazyRegex(r"[人户家个名位项件次起处所]")
#: what may follow a number: its magnitude or unit (X4万元 is a masked amount)
_AMOUNT_AFTER = frozenset("万亿千百元角%％人户家个名位项件次起处所亩吨米台辆套座本场批条")
#: characters that mask digits in identity and phone numbers (510108＊＊＊＊030X, 138****5678)
_MASK_CHARS = frozenset("*＊×xX○●□■")


def is_times(token: str) -> bool:
    """``3x4``: digits, one x, digits (``\\p{Nd}+[xXｘＸ]\\p{Nd}+`` whole)."""
    cut = next((i for i, ch in enumerate(token) if ch in _XS), -1)
    return 0 < cut < len(token) - 1 and token[:cut].isdecimal() and token[cut + 1:].isdecimal()


_XS = "xXｘＸ"


def prev_char(text: str, index: int, skip_space: bool = True) -> str:
    """The character before *index*, skipping white space (line breaks included); NUL at the start.

    NUL rather than ``""`` so that ``prev_char(...) in "..."`` is never vacuously true.
    """
    i = index - 1
    while skip_space and i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else "\0"


def next_text(text: str, index: int, length: int = 3) -> str:
    """Up to *length* characters from *index*, after skipping white space."""
    i = index
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return text[i:i + length]


def has_cjk_context(text: str, start: int, end: int, reach: int = 3) -> bool:
    """True when a Han character or CJK punctuation lies within *reach* characters of the span."""
    return _IS_CJK.any_in(text, start - reach, start) or _IS_CJK.any_in(text, end, end + reach)


#: a spreadsheet's cell or column after a range's colon or a sheet's name (X2:X22, A:X, Sheet2!X5)
_CELL_RANGE_START = LazyRegex(r"[A-Z]{1,3}[0-9]{0,5}")


def _cell_reference(text: str, start: int, end: int) -> bool:
    """Whether the ``X`` or ``X22`` at ``[start, end)`` names a spreadsheet's cell or column: one end of a range
    (``X2:X22``, ``A:X``), after a sheet's name (``Sheet2!X5``), before 单元格 or 列, after 列号.

    >>> [_cell_reference(t, a, b) for t, a, b in (("=SUM(X2:X22)", 8, 11), ("在X23单元格", 1, 4), ("共有X23户", 2, 5))]
    [True, True, False]
    >>> _cell_reference("Sheet2!A:X", 9, 10), _cell_reference("比例为X:X", 3, 4), _cell_reference("比例为X:X", 5, 6)
    (True, False, False)
    """
    before = text[start - 1:start]
    if before in ("!", "$"):
        return True
    # (a range of cells names a row in one of them at least, X2:X22, or a sheet before its columns, Sheet2!A:X; 男女
    # 比例为X:X is a ratio left out)
    if before == ":":  # (the range's first cell before the colon: letters, then digits)
        k = start - 1
        while k > 0 and text[k - 1].isdigit():
            k -= 1
        m = k
        while m > 0 and "A" <= text[m - 1] <= "Z":
            m -= 1
        if 1 <= k - m <= 3 and (k < start - 1 or end - start > 1 or text[m - 1:m] == "!"):
            return True
    if text[end:end + 1] == ":" and (cell := _CELL_RANGE_START.match(text, end + 1)) is not None and \
            (end - start > 1 or any(ch.isdigit() for ch in cell.group())):
        return True
    return text.startswith(("单元格", "列"), end) or text[max(0, start - 2):start] == "列号"


#: what follows a release series (2.x版本, 3.x客户端, 1.x系列)
_VERSION_AFTER = ("版本", "版", "客户端", "系列", "内核", "分支")


def classify(text: str, start: int, end: int) -> str:
    """Subtype of a placeholder at ``[start, end)``: ``date``, ``numeric`` or ``entity``.

    Upper-case ``XX`` usually hides a name and lower-case ``xx`` a number, so measure words that
    also begin ordinary words (XX人家, XX分局) count as numeric only after lower-case x.
    """
    token = text[start:end]
    after = text[end:end + 3]  # next_text and prev_char, without their loops when no white space is in the way
    if after[:1].isspace():
        after = next_text(text, end)
    before = text[start - 1] if start > 0 else "\0"
    if before.isspace():
        before = prev_char(text, start)
    unit = after[:1]
    if unit and unit in DATE_UNITS and not (unit == "号" and before in "〕]）)") and (unit != "时" or before in "日号"):
        return "date"
    if before in "年月" and unit in ("日", "号", "月", "-", "～", "~", "至"):
        return "date"
    if len(token) == 4 and is_year_placeholder(token):
        return "date"
    if ("/" in token or "-" in token) and _MASKED_DATE.search(text, max(0, start - 5), end + 2):
        return "date"  # 2023/XX/XX
    if token.strip(_XS) and any(ch.isdigit() or ch in ".．" for ch in token):
        return "numeric"  # (x's alone hold neither digits nor dots)
    if before.isdigit() and unit.isdigit():
        return "numeric"  # 158****6078: digits masked inside a number
    if unit.isascii() and unit.isalpha() and _LATIN_UNIT_AFTER.match(text, start):
        return "numeric"  # 扩容xxTB
    # after.startswith(STRONG_UNITS), and then WEAK_UNITS, among the units that start with its first character
    strong = _STRONG_BY_FIRST.get(unit)
    if strong and after.startswith(strong):
        return "numeric"
    lower = "X" not in token and "Ｘ" not in token
    weak = _WEAK_BY_FIRST.get(unit)
    if lower and weak and after.startswith(weak):
        return "numeric"
    if before == "第" or (lower and (before in "约达共计近超逾为有"
                                     or text[max(0, start - 2):start].endswith(NUMBER_CUES))):
        return "numeric"  # 第XX (any case), 约xx, 共xx …: an ordinal or a count
    return "entity"


# glue between two parts of one placeholder: white space (a line break from PDF extraction), or
# the units and separators of a date such as x月xx日 or xx月xx-xx日
_GLUE = LazyRegex(r"\s*(?:[年月]\s*|[-—–~～至、]\s*)?")


def merge_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans that form one placeholder (``x\\nx万元``, ``x月xx日``, ``XX\\n\\n区``)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            glue = text[prev_end:start]
            if len(glue) <= 4 and _GLUE.fullmatch(glue) and (
                not glue.strip() or _date_glue(text, glue, end)
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


def _date_glue(text: str, glue: str, end: int) -> bool:
    nxt = next_text(text, end, 1)
    return ("年" in glue or "月" in glue) or nxt in ("日", "号", "月", "年")


def extend_date_unit(text: str, start: int, end: int, subtype: str) -> int:
    """Include a directly following 年/月/日/号 in the span of a date placeholder."""
    if subtype == "date" and end < len(text) and text[end] in "年月日号":
        return end + 1
    return end


# --------------------------------------------------------------------------- detectors

#: units in Latin letters that two x's or more (or xx.x) may stand before (扩容xxTB, 装机XX.XMW, 建成XXXkV变电站)
_LATIN_UNITS = ("TB|GB|MB|KB|MWh|kWh|GWh|MW|kW|KW|GW|kVA|MVA|kV|KV|Mbps|Gbps|km|kg|mg|mm|cm|m²|m³|ml|mL|t|g"
                "|W|V|Hz|mAh|Wh|kPa|MPa|dB")
_X_TOKEN = LazyRegex(
    # (not after a letter, a digit or a point, but after No.: 收据 No.xxxx, a serial left as x's)
    r"(?=[\p{Nd}.．]*[xXｘＸ])(?:(?<=[Nn][Oo][.．])|(?<![\p{Latin}\p{Nd}_.．]))[\p{Nd}xXｘＸ]+(?:[.．][\p{Nd}xXｘＸ]+)*"
    r"(?:(?![\p{Latin}\p{Nd}_]|[.．][\p{Latin}\p{Nd}])"
    # (a unit in Latin letters after two x's: 扩容xxTB)
    rf"|(?<=[xXＸｘ][xXＸｘ]|[.．][xXＸｘ])(?=(?:{_LATIN_UNITS})(?![A-Za-z])))"
)
def _heading_number(text: str, start: int, end: int) -> bool:
    """Whether the x's in brackets at ``[start, end)`` are a heading's number, masked: the bracket opens a line
    and more x's or Chinese text follow it (``（x）xxxx``, ``（X）工作成效``).

    >>> _heading_number("标题\\n（x）xxxx", 4, 5), _heading_number("函数f（x）的值", 4, 5)
    (True, False)
    """
    opening = start - 1
    if opening > 0 and text[opening - 1] not in "\n\r":
        return False
    return text[end + 1:end + 2] in ("x", "X", "ｘ", "Ｘ") or _HAN.match(text, end + 1) is not None


def _csv_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole cell of a line of comma-separated values (three commas or more).

    >>> _csv_cell("2,粮食总产量,吨,XX.XX,X.X", 16, 19), _csv_cell("增长X.X，好", 2, 5), _csv_cell("1,乡,项目,XX%", 7, 9)
    (True, False, True)
    >>> _csv_cell("1,乡\\nXX,XX有限公司,项目,XX", 4, 6)
    True
    """
    if text[end:end + 1] in ("%", "％"):
        end += 1  # (a masked rate's cell: xx.xx%)
    if text[start - 1:start] not in (",", "\n", "") or text[end:end + 1] not in (",", "\n", "\r", "") or \
            (text[start - 1:start] != "," and text[end:end + 1] != ","):
        return False  # (the row's first cell too, XX,XX有限公司: a comma after it)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text.count(",", line_start, len(text) if line_end == -1 else line_end) >= 3


def _cell_of_chinese_csv(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole cell of a CSV row (:func:`_csv_cell`) that holds Chinese text elsewhere
    (``2,<<姓名>>,13800000000,石川村``): a slot of a Chinese table, its neighbours digits or other slots.

    >>> t = "2,<<姓名>>,13800000000,石川村,3375"
    >>> _cell_of_chinese_csv(t, 2, 8), _cell_of_chinese_csv("2,<<name>>,1,2,3", 2, 10)
    (True, False)
    """
    if not _csv_cell(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _IS_CJK.any_in(text, line_start, start) or _IS_CJK.any_in(text, end, len(text) if line_end == -1 else
                                                                     line_end)


#: a letter of an alphabet other than x (Latin, Greek, Cyrillic): words of another language around a letter x
_ALPHABET_LETTER = LazyRegex(r"[a-wyzA-WYZ\u0370-\u03ff\u0400-\u04ff]")


def _cell_in_chinese_table(text: str, start: int, end: int) -> bool:
    """Whether the x-run ``text[start:end]`` is a cell of a table of Chinese text (``镇\\t465.43\\txx%``): no
    Latin letter within 8 characters on either side (English or code), a tab, two spaces or a bar within 12,
    and a Han character within 12, all in its line.

    >>> t = "建设地点\\t465.43\\txx%"
    >>> _cell_in_chinese_table(t, 12, 14), _cell_in_chinese_table("see 465.43 xx% of it", 11, 13)
    (True, False)
    """
    # (all within the x-run's line: a row of a table)
    lo = max(0, start - 12, text.rfind("\n", max(0, start - 12), start) + 1)
    line_end = text.find("\n", end, end + 12)
    hi = min(len(text), end + 12) if line_end == -1 else line_end
    around = text[lo:hi]
    if "\t" not in around and "  " not in around and "|" not in around and not (
            text[start - 1:start] == " " and text[end:end + 1] in (" ", "%", "\n", "\r", "") and
            text.count(" ", lo, hi) >= 2) and not _csv_cell(text, start, end):
        return False  # (cells apart by tabs, by runs of spaces, by bars or by commas of a CSV row; or a whole cell
        # between single spaces)
    whole_cell = end - start >= 2 and (((
        text[start - 1:start] in ("\t", "|", "｜") or text[start - 2:start] == "  ") and
        (text[end:end + 1] in ("\t", "|", "｜", "\n", "\r", "") or text[end:end + 2] == "  ")) or (
        # (a CSV row's cell, XX,XX有限公司 after a row that ends with one: the x's beside it are cells, not English)
        text[start - 1:start] in (",", "\n", "") and text[end:end + 1] in (",", "\n", "\r", "") and
        _csv_cell(text, start, end))) and \
        not text[start:end].strip("xX.")  # (X.X, XX.XX: a number's digits, each masked)
    if not whole_cell and _ALPHABET_LETTER.search(text[max(lo, start - 8):start] + text[end:min(hi, end + 8)]):
        return False  # (x's of the next cells are no Latin text: 镇\txxx\txx%; but a cell of x's alone, 1.2m\txx\t, is;
        # nor Russian or Greek: a translation's cell, переменную x)
    if _IS_CJK.any_in(text, lo, start) or _IS_CJK.any_in(text, end, hi):
        return True
    # (a row of several masked cells: its Han characters further off, 指标 | 万元 | xxx.xx | xx.xx | x.x)
    row_start = max(0, start - 80, text.rfind("\n", max(0, start - 80), start) + 1)
    row_end = text.find("\n", end, end + 80)
    row_end = min(len(text), end + 80) if row_end == -1 else row_end
    return (whole_cell or not _ASCII_LETTER.search(text, row_start, row_end)) and (
        _IS_CJK.any_in(text, row_start, start) or _IS_CJK.any_in(text, end, row_end))  # (a cell of x's alone: the
    # row's model number, 投影仪  KD-717  XX.XX, is no English around it)


def _clause_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """``[lo, hi)``: at most *reach* characters on each side of ``[start, end)``, within its clause.

    >>> text = "全村共有x户，发音清晰"
    >>> lo, hi = _clause_around(text, 4, 5, 12)
    >>> text[lo:hi]
    '全村共有x户'
    """
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    lo = after_last(text, "，。；,;！？\n", lo, start)
    ends = [i for i in (text.find(mark, end, hi) for mark in "，。；,;！？\n") if i != -1]
    return lo, min(ends) if ends else hi


#: words of a lesson about letters and sounds (a single x near one is a letter, not a placeholder)
_LESSON_WORDS = LazyRegex(r"声母|韵母|拼音|拼读|字母|音节|发音|读音|音标")
#: how far from a single x a lesson's word is looked for: in its clause when the x stands between Han
#: characters (全村共有x户，发音清晰: a count), in its sentence when it stands apart (“切开西瓜 x x x”, x-i-xi)
LESSON_REACH = 12
LESSON_SENTENCE_REACH = 30


def _lesson_letter(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the single letter ``text[start:end]`` is a letter talked about in a lesson: a word of
    :data:`_LESSON_WORDS` in its clause, or in its sentence when the letter does not stand between Han
    characters (*before*, *after*: the characters around it, white space skipped).

    >>> text = "记住声母x的写法，“西瓜 x x x”；全村共有x户，发音清晰"
    >>> [_lesson_letter(text, i, i + 1, text[i - 1], text[i + 1]) for i in (4, 13, 24)]
    [True, True, False]
    """
    n = len(text)
    apart = not (_HAN.match(before) and _HAN.match(after))
    reach = LESSON_SENTENCE_REACH if apart else LESSON_REACH
    if _LESSON_WORDS.search(text, max(0, start - reach), min(n, end + reach)) is None:
        return False
    if apart:
        lo = after_last(text, "。！？!?\n", max(0, start - reach), start)
        ends = [i for i in (text.find(mark, end, end + reach) for mark in "。！？!?\n") if i != -1]
        return _LESSON_WORDS.search(text, lo, min(ends) if ends else min(n, end + reach)) is not None
    return _LESSON_WORDS.search(text, *_clause_around(text, start, end, reach)) is not None
_LONE_LETTER = LazyRegex(r"(?<![\p{Latin}])[a-wyzA-WYZ](?![\p{Latin}])")
_ASCII_LETTER = LazyRegex("[a-wyzA-WYZ]")
_MATH = set("=^*/+＋＝×÷≥≤≠")  # not < >: they end HTML tags and comments
#: what a number in brackets counts before it: 初二（x）班 is a class left unnumbered, not a variable (x)
_NUMBERED_AFTER_BRACKET = frozenset("班栋号室组")
#: the signs beside which even a run of x's is a term (7+XX, =XX), not a value's place
_SUM_SIGNS = frozenset("=^+＋＝")
#: a bracketed stretch that may be a template slot; PH005 then looks for a slot word inside
_BRACKETED = LazyRegex(
    r"\{\{\s*[\w.\-]+\s*\}\}|【[^【】\n]{1,30}】|\[[^\[\]\n]{1,30}\]|［[^［］\n]{1,30}］"
    r"|<[^<>\n]{1,30}>|＜[^＜＞\n]{1,30}＞|〈[^〈〉\n]{1,30}〉|\{[^{}\n]{1,30}\}|〔(?![0-9])[^〔〕\n]{1,30}〕"
    r"|〖[^〖〗\n]{1,30}〗"
)
_SLOT_OPENERS = ("{", "【", "[", "［", "<", "＜", "〈", "〔", "〖")
#: the inside of a markup tag that carries attributes (string name="app_name", a href='…'): no slot
_TAG_WITH_ATTRIBUTES = LazyRegex(r"[A-Za-z][A-Za-z0-9:_-]*(?:\s+[A-Za-z_:][A-Za-z0-9:_.-]*=(?:\"[^\"<>]*\"|'[^'<>]*'))+"
                                 r"\s*/?")
#: a field's name: a short Chinese word (乡镇, 工作亮点)
_FIELD_NAME = LazyRegex(r"\p{Han}{2,8}")
#: the name of a number (总数, 完成数, 增长率, 数额, 总量): in brackets where the number belongs, a field
#: what names a value, not a thing (总数, 增长率, 数额, 总量, 数值, 居住年限)
_VALUE_NAME_ENDINGS = "数|率|额|量|值|年限|期限"
_NUMBER_FIELD = LazyRegex(r"\p{Han}{0,5}(?:" + _VALUE_NAME_ENDINGS + ")")
#: the units a bracket's name may hold when the unit follows it (第[课次]课, [年份]年, G［车次］次)
_UNITS_NAMED = frozenset("年月日时分钟秒课次站号期版册届周天岁")
#: brackets of Chinese typesetting: blank inside, they are a slot ([ ] in Markdown is a task box)
_CJK_OPENERS = frozenset("【［＜〈〖")
#: the labels of an answer key (【答案】C【解析】…)
_KEY_LABELS = frozenset({"答案", "参考答案", "正确答案", "答"})
#: an instruction to the writer in brackets (（此处填写单位名称）, （请补充典型案例）, （具体数字待统计）) …
_INSTRUCTION = LazyRegex(r"[（(][^（()）\n]{0,20}?(?:填写|填入|待填|待补充|待统计|待核实|待确认|待更新|待定|需补充"
                         r"|请补充|附具体|请[\u4e00-\u9fff]{1,6}?补充|请输入|请选择"
                         r"|此处(?:简要)?(?:补充|插入|输入|添加|粘贴|介绍|说明|描述|简述|列出|注明))"
                         r"[^（()）\n]{0,20}[）)]")
#: … or a hint of what to fill in, 填 and the thing (（填单位名称）, （此处填年份）; not 填写, 填报, 填表, 回填)
_FILL_HINT = LazyRegex(r"[（(](?:请在此处|此处|请)?填(?![写入报表充空埋海方土平补])[\u4e00-\u9fff]{1,10}[）)]")
#: … (not after these: 无需填写)
_NO_NEED = frozenset({"无需", "无须", "不需", "不用", "不必"})
#: … found from its words, each search starting with a literal (re finds it in C)
_INSTRUCTION_WORDS = tuple(LazyRegex(w) for w in ("填(?:写|入)", "待(?:填|补充|统计|核实|确认|更新|定)",
                                                  "请(?:补充|输入|选择|[\u4e00-\u9fff]{1,6}?补充)", "需补充", "附具体",
                                                  "此处(?:简要)?(?:补充|插入|输入|添加|粘贴|介绍|说明|描述|简述|列出|注明)"))
#: … or a blank in round brackets or quotation marks (（　　　）万元, “    ”人)
_BLANK_BRACKETS = tuple(LazyRegex(escape(a) + r"[ \u3000]{2,}" + escape(b))
                        for a, b in ("（）", "()", "“”", "「」", "〔〕"))
#: … or one full-width space in full-width brackets (（　）户), or one space in square ones before a
#: Chinese character (发现问题[ ]个: not a task box, - [ ] 待办)
_NARROW_BLANKS = (LazyRegex("[（「]\u3000[）」]"),
                  # (full-width spaces in ASCII brackets, [　　], are Chinese typesetting too)
                  LazyRegex("\\[ \\](?=[\u4e00-\u9fff])|\\[\u3000+\\]"))
#: … or round brackets that hold only what should be written there (（姓名）同志, 总投资（具体数字）万元,
#: （职务+姓名）): slot words, optionally after 具体/请填写, several joined by +、/ (the pattern is made from
#: the rule's slot words: :meth:`PlaceholderChecker._build_template_slot`)
_ROUND_SLOT = r"(?:请填写|填写|请输入)?(?:具体)?(?:{w})(?:[+＋、/和及](?:{w}))*[）)]"
#: slot words that round brackets also hold in finished text (王明（负责人）, 数量（单位）, 某)
_NOT_ROUND_SLOTS = frozenset({"此处", "内容", "某", "负责人", "联系人", "单位", "机构", "岗位",
                              # (出租方（甲方）, 学历（学位）: names that round brackets explain)
                              "作词", "作曲", "演唱", "歌手", "学历", "毕业院校", "民族", "籍贯", "政治面貌", "出租方",
                              "承租方", "甲方", "乙方",
                              # (申请人（签名）, 尺寸（厘米）: what to write there, or how it is measured)
                              "签名", "企业签名", "短信签名", "尺寸", "重量", "名字", "月日"})
#: … or a line to write on (______, ＿＿＿; two between Chinese characters: 带动就业__人)
_BLANK_LINE = LazyRegex(r"_{3,}|＿{2,}|[﹍﹏]{2,}|(?<![A-Za-z0-9_])__(?![A-Za-z0-9_])|(?<=[12][0-9])__(?=年)"
                        # (not a word's part of a name written with underscores: 单位简称_年度_材料名称.docx)
                        r"|(?<![A-Za-z0-9_])_(?=[年月日天])(?!年度|年份|年月|月份|日期)|(?<!＿)＿(?=[年月日天])")


_STAR_RUN = LazyRegex(r"\*+[.．]\*+|\*{2,}")  # (*.**万亩: a masked decimal, whole)
#: what a single mask character may stand before (a count's measure word, a place's kind): 证书×人, ○镇○村
_MASKED_COUNT_UNITS = ("人次|人|户|个|所|家|名|位|座|批|项|件|楼|层|室|栋|幢|单元|镇|村|乡|街道|社区|县|市|省|路|街"
                       "|大道|公司|局|万元|亿元|元|%|％|场|期|公里|亩|吨|套|台|辆|条|份|次")
#: one round or square mark for a digit of a count, before the count's unit (学生●人次, 6●座; a run of marks is the
#: mask pattern's; what stands before it, Chinese text or a digit, is tested after the match)
#: what follows a number: a unit of a count or an amount (where a number's name in brackets is a field)
_NUMBER_PLACE = LazyRegex(r"(?:万|亿)?(?:" + _MASKED_COUNT_UNITS + r"|头|只|起|轮|批次|株|棵|米|平方米|千瓦|学时|倍|册"
                          r"|日历天|天|日|年|个月|小时)")
_LONE_MARK_COUNT = LazyRegex(r"[●○■□](?![●○■□])(?=(?:万|亿)?(?:" + _MASKED_COUNT_UNITS + "))")
#: one times sign standing for a digit before a count's or a span's unit (惠及群众×万人, 连续×天, 2.×周后复查; not
#: 权重×项数, a factor's name)
_LONE_TIMES_COUNT = LazyRegex(r"(?<!×)×(?!×)(?=(?:万|亿)?(?:" + _MASKED_COUNT_UNITS + r"|天|周|盒|支|瓶|处|小时"
                              # (a dose, a flat's rooms: 一次×片, ×室×厅×卫)
                              r"|片|粒|袋|厅|卫"
                              # (a weather report's figures: 南风×级, 气温×～15℃)
                              r"|级|[～~][0-9]|℃)"
                              r"(?![数率量目]))")
#: the periods of a dose before its masked count (一次×片, 一日×次): no compound unit
_DOSE_PERIODS = ("一次", "每次", "一日", "每日", "一天", "每天")
#: one Chinese zero standing alone for a digit before a count's unit (一次〇片, 〇室〇厅, 第〇周; not 一〇〇人)
_LONE_ZERO_COUNT = LazyRegex(r"(?<![〇零一二三四五六七八九十百千万亿两0-9０-９])〇(?![〇零一二三四五六七八九十])"
                             r"(?=(?:万|亿)?(?:" + _MASKED_COUNT_UNITS + r"|片|粒|袋|厅|卫|周|天|小时|年以上))")
#: a station exit's letter, then one mark for its number, before 出口 (体育中心站CX出口, A×出口, D〇出口)
_EXIT_NUMBER_MASKED = LazyRegex(r"[站\u3000 \n][A-H][XxＸｘ×〇](?=出口)")
#: an equals sign on the line before a times sign: a formula's product (补贴金额＝标准×人)
_FORMULA_BEFORE = LazyRegex(r"[=＝][^\n]*$")
#: units before a times sign that make a compound unit (人×天, 台×班), no masked digit
_UNIT_BEFORE_TIMES = frozenset("人元台辆次吨件个户天月年班时")


def _lone_times_signs(text: str) -> list[tuple[int, int]]:
    """Spans of single times signs standing for a digit before a unit (:data:`_LONE_TIMES_COUNT`), after Chinese text
    that is no unit (人×天 is a compound unit) or after an item's number (2.×周后复查), on no formula's line (补贴金额＝
    标准×人).

    >>> t = "惠及群众×万人；长3×4米；投入500人×天；2.×周后复查；补贴＝标准×人"
    >>> [t[a - 2:b + 1] for a, b in _lone_times_signs(t)]
    ['群众×万', '2.×周']
    """
    spans = []
    for m in _LONE_TIMES_COUNT.finditer(text):
        at = m.start()
        before = text[at - 1:at]
        if at and (("\u4e00" <= before <= "\u9fff" and (before not in _UNIT_BEFORE_TIMES or
                                                         text[at - 2:at] in _DOSE_PERIODS)) or
                   (before == "." and text[at - 2:at - 1].isdigit())) and \
                _FORMULA_BEFORE.search(text, max(0, at - 20), at) is None:
            spans.append(m.span())
    return spans
#: question marks or hashes standing for a count before its unit (组织志愿活动？？场, 新增岗位###个): after Chinese text
#: or a space, not after a digit or another mark (a lost character is a single ?, a question is ? at a clause's end)
_SYMBOL_COUNT = LazyRegex(r"(?:？？|\?\?|##)(?<![0-9A-Za-z?？#][？?#]{2})[？?#]{0,2}(?=(?:万|亿)?(?:"
                          + _MASKED_COUNT_UNITS + "))")
#: question marks standing for a field's whole value (联系人：???), after a colon, to the line's end
_QUESTION_VALUE = LazyRegex(r"[：:][ \t]*(?P<marks>[?？]{3,})(?=[ \t]*(?:\n|$|[，,。；;]))")
#: a date's or a time's unit after a run of stars: a mask, however the stars pair up (当日**时**分)
_TIME_UNITS = frozenset("年月日时点分秒号")
#: the measure words a count's digits stand before (党员**名, 培训*期)
_COUNT_UNIT_CHARS = frozenset("名个户人家场期次件起项所座条批元万亿")


#: what may stand around a separator line's characters
_LINE_SPACE = frozenset(" \t\u3000\r\n")
#: a line of one character repeated at least this many times is a separator, not a placeholder …
SEPARATOR_CHARS = 8
#: … or this many stars (＊＊＊ centred between two parts of a text)
SEPARATOR_STARS = 3
_STARS = frozenset("*＊※★☆")


def _separator_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a line made of one character repeated (spaces aside), at least
    :data:`SEPARATOR_CHARS` times, that follows no colon: a separator drawn with x's or stars, not a value
    left out (but ``身份证号：⏎************`` is one).

    >>> _separator_line("一段。\\nxxxxxxxxxx\\n二段。", 4, 14), _separator_line("号码：\\n**********", 4, 14)
    (True, False)
    """
    line_start, line_end = line_around(text, start, end)
    marks = text[line_start:line_end].translate(_NO_SPACE)
    if len(marks) < (SEPARATOR_STARS if marks[:1] in _STARS else SEPARATOR_CHARS) or \
            marks.count(marks[0]) != len(marks):
        return False
    before = text[max(0, line_start - 200):line_start].rstrip()  # (the line before: its end, looked at)
    if not before.endswith(("：", ":")):
        return True
    label = before[max(before.rfind(ch) for ch in "。；;，,\n") + 1:-1]
    return len(label) > 8 or label.endswith("如下")  # (报告如下：⏎xxxx: no field's value)


_NO_SPACE = str.maketrans("", "", " \t\u3000\r")


def _line_of(text: str, start: int, end: int) -> str:
    """The line of *text* that holds ``[start, end)``, without its line break."""
    line_start, line_end = line_around(text, start, end)
    return text[line_start:line_end]


_PUNCTUATION = frozenset("、，,。.；;：:！？!?）)】」”’")


def _bold_pairs(line: str) -> bool:
    """Whether the runs of two stars of *line* pair up as Markdown's bold: an even number of them, each
    opening one followed by text (not a space, nor punctuation right after a character: ``顾**、`` is a
    masked name, not the start of a bold stretch).

    >>> _bold_pairs("**重点**工作"), _bold_pairs("顾**、龚**。"), _bold_pairs("简报**期，检查****家")
    (True, False, False)
    """
    runs = list(_STAR_RUN.finditer(line))
    twos = [r for r in runs if len(r.group()) == 2]
    if len(twos) % 2 or len(twos) < len(runs) or "*.*" in line:
        return False  # (a run of three stars or more, or *.** beside them: the line masks figures, 新建*.**万亩)
    for r in twos[0::2]:
        after, before = line[r.end():r.end() + 1], line[r.start() - 1:r.start()]
        if not after or after.isspace() or (after in _PUNCTUATION and before and not before.isspace()
                                            and before not in _PUNCTUATION):
            return False
    return True


#: what names a slot or a link whose lanes follow as x16, x8 (PCIe 4.0 x16, M.2插槽 x4)
_LANES_BEFORE = LazyRegex(r"PCI|pci|插槽|通道|M\.2|NVMe|雷电|Thunderbolt")
#: a mustache variable inside another bracket (【云台市{{street}}营业点】)
_MUSTACHE_INSIDE = LazyRegex(r"\{\{[ \t]*[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]{0,30}[ \t]*\}\}")
#: a field named by the kind of place it wants, and what follows such a name (【城市】市, [街道]街道, 【区县】区)
_PLACE_FIELDS = {"城市": ("市",), "街道": ("街道",), "区县": ("区", "县"), "县区": ("区", "县"), "乡镇": ("乡", "镇"),
                 "县市": ("县", "市"), "省份": ("省",), "小区": ("小区",), "社区": ("社区",), "村": ("村",)}
#: a document's own word that it masked personal numbers on purpose (以下手机号码已作脱敏处理, 为保护个人隐私，
#: 身份证号码中间部分以*号隐去)
_PRIVACY_DECLARED = LazyRegex(r"脱敏|(?:保护|涉及)(?:个人)?隐私|个人信息保护|隐私保护|(?:已|均)(?:作|做)?匿名处理"
                              r"|(?:已|均)(?:作|经|部分|按规定|按要求)?(?:部分)?(?:隐私)?(?:隐去|隐藏|遮盖|遮挡|打码)"
                              r"|隐藏处理|部分隐藏|按隐私(?:规定|规范|要求)|仅(?:保留|显示)(?:首尾|前后)"
                              r"|保护[^。；\n]{0,6}个人信息"
                              r"|以[“\"]?[*＊][”\"]?号?(?:代替|替代|隐去|遮盖|显示)"
                              r"|(?:号码|号)(?:中间|部分)[^。；\n]{0,8}(?:隐去|隐藏|遮盖)"
                              r"|依法(?:隐去|隐藏|遮盖)|不予显示")
#: words of which every declaration holds one (the pattern is tried only where one stands)
_PRIVACY_WORDS = ("脱敏", "隐私", "个人信息", "代替", "替代", "隐去", "隐藏", "遮盖", "显示", "遮挡", "打码", "匿名",
                  "保留")


#: a document's own word that it replaced people's names on purpose (本文书已作脱敏处理，当事人姓名以“某”代替;
#: 文中人物均为化名; not 苏杰（化名）, one name given for another): then 张某 and 某某 are the anonymisation it
#: announced, not names left out
_NAMES_DECLARED = LazyRegex(r"(?:姓名|人名|名字|当事人|相关人员|涉案人员|人物)[^。；\n]{0,16}?"
                            r"(?:以[“\"「‘]?某|代替|替代|隐去|隐藏|脱敏|化名|隐名|匿名)|(?:文书|判决书|裁定书|决定书|本文|全文|案例|材料)[^。；\n]{0,6}?脱敏"
                            r"|(?:均|皆|都|全部|一律)(?:为|系|是|使用)?化名")
#: words of which every such declaration holds one
_NAMES_DECLARED_WORDS = ("脱敏", "化名", "代替", "替代", "隐去", "隐藏", "隐名", "匿名")


def _declared(doc: Document) -> bool:
    """:func:`names_declared` of *doc*'s head or foot (its first or last :data:`_DECLARATION_REACH` characters, where
    a document says how it was prepared: a judgment's note under its title, a story's at its end), asked once a
    document (two detectors ask it)."""
    found = doc.cache.get("placeholder:names-declared")
    if found is None:
        text = doc.text
        found = names_declared(text[:_DECLARATION_REACH]) or (
            len(text) > _DECLARATION_REACH and names_declared(text[-_DECLARATION_REACH:]))
        doc.cache["placeholder:names-declared"] = found
    return found


#: how far into a document, from its start or its end, a declaration of names replaced is looked for
_DECLARATION_REACH = 3000


def names_declared(text: str) -> bool:
    """Whether *text* says it replaced people's names on purpose (:data:`_NAMES_DECLARED`).

    >>> names_declared("（本文书已作脱敏处理，当事人姓名以“某”代替）原告：向某"), names_declared("原告：向某")
    (True, False)
    >>> names_declared("以下手机号码已作脱敏处理。一等奖：张某")
    False
    >>> names_declared("（已依法对当事人姓名等个人信息进行了隐名处理。）"), names_declared("涉案人员以化名表示")
    (True, True)
    """
    for word in _NAMES_DECLARED_WORDS:  # (the pattern tried only around each word: no scan of the whole text)
        at = find_word(text, word)
        while at != -1:
            if _NAMES_DECLARED.search(text, max(0, at - 24), at + len(word)) is not None:
                return True
            at = find_word(text, word, at + 1)
    return False


#: a bracket right after a mask (or after the digits it leaves) that says it hides something on purpose
#: (********（密码不予显示）, ****（已隐藏）, 6484**********106X（按规定隐藏部分号码）)
_HIDDEN_SAID_AFTER = LazyRegex(r"[0-9Xx]{0,6}[ \t]*[（(][^（）()\n]{0,20}?"
                               r"(?:隐去|隐藏|不予显示|不显示|遮盖|遮挡|脱敏|打码)")
#: a document's word that its boxes stand for characters that could not be read (碑文漫漶，凡不可辨识之字以□标示;
#: □表示缺字): a transcription's lacunae, no template's blanks
_LACUNAE_DECLARED = LazyRegex(r"以[“\"「‘]?□[”\"」’]?(?:号)?(?:标示|表示|代替|标注|标出|标明)"
                              r"|(?:不可辨识|无法辨认|难以辨认|无法识别|漫漶|残缺|缺字|阙文|字迹不清)[^。\n]{0,16}□"
                              r"|□[”\"」’]?(?:号)?(?:表示|代表|为)(?:缺字|缺文|阙文|脱字|不可辨识|无法辨认|残缺|漫漶)")


def _lacunae_declared(text: str) -> bool:
    """Whether *text* says that its boxes (□) stand for characters that could not be read (:data:`_LACUNAE_DECLARED`).

    >>> _lacunae_declared("碑文漫漶，凡不可辨识之字以□标示：皇清□□许公之墓"), _lacunae_declared("所在□□社区")
    (True, False)
    """
    return _LACUNAE_DECLARED.search(text) is not None


#: a mark named as such after it (以＊号隐去, 用×号表示): talk about the mark, not a masked day
_MARK_NAMED = LazyRegex(r"号(?:代替|替代|隐去|遮盖|显示|表示|标注|标记)")


def _declared_number_mask(text: str, start: int, end: int, declared: list[bool | None]) -> bool:
    """True for stars inside a number (``158****6078``, ``361858********4902``, ``…****809X``) in a document
    that says it masked such numbers on purpose (:data:`_PRIVACY_DECLARED`): a publicity list published as
    the rules on personal information ask, not a template's blank. *declared* caches the document's answer.

    >>> t = "为保护个人隐私，手机号码中间四位以*号代替。\\n一等奖：181****6371"
    >>> _declared_number_mask(t, 30, 34, [None]), _declared_number_mask("一等奖：181****6371", 7, 11, [None])
    (True, False)
    >>> _declared_number_mask("卡号：6222 **** **** 0209（中间位已隐藏）", 8, 12, [None])
    True
    >>> _declared_number_mask("公示车牌已做脱敏处理：苏H·***33", 14, 17, [None])
    True
    """
    if text[start - 1:start] == " " or text[end:end + 1] == " ":
        # (6222 **** **** 0209: a card's number in groups of four, the masked groups apart by spaces)
        while text[start - 1:start] in (" ", "*", "＊") and start > 0:
            start -= 1
        while text[end:end + 1] in (" ", "*", "＊") and end < len(text):
            end += 1
    after = text[end:end + 1]
    if not (text[start - 1:start].isdigit() and (after.isdigit() or after in "Xx")) and \
            not (text[start - 1:start] == "·" and text[start - 2:start - 1].isascii() and
                 text[start - 2:start - 1].isalpha() and after.isascii() and after.isalnum()):
        return False  # (a number masked in its middle, or a plate's after its letter: 苏H·***33)
    return _privacy_declared(text, declared)


def _declared_name_mask(text: str, start: int, end: int, declared: list[bool | None]) -> bool:
    """True for one or two stars of a person's name (``蔡*轩``, ``曹**``: after a Chinese character, one star inside the
    name or two ending it) in a document that says it masked names on purpose (:data:`_PRIVACY_DECLARED`).

    >>> t = "（为保护隐私，姓名已作部分隐藏）" + chr(10) + "蔡*轩、曹**"
    >>> _declared_name_mask(t, 18, 19, [None]), _declared_name_mask(t, 22, 24, [None])
    (True, True)
    >>> _declared_name_mask("蔡*轩", 1, 2, [None])
    False
    """
    if not 1 <= end - start <= 2 or not "\u4e00" <= text[start - 1:start] <= "\u9fff":
        return False
    if end - start == 2 and "\u4e00" <= text[end:end + 1] <= "\u9fff":
        return False  # (两**名: two stars inside a word, a count's digits)
    return _privacy_declared(text, declared)


#: a form the document says it shows in place of names (统一显示为“网友xxx”, 以“××”代称): quoted, x's or ×'s in it
_DISPLAY_DECLARED = LazyRegex(r"(?:显示为|显示成|代称为|以)[“\"「](?P<form>[^”\"」\n]{0,10}[xX×]+[^”\"」\n]{0,6})"
                              r"[”\"」](?:代称|代替|表示|显示)?")


def declared_forms(text: str) -> list[str]:
    """The forms *text* says it shows in place of people's names, in a sentence about privacy or real names
    (``为保护用户隐私，本站对未实名网友统一显示为“网友xxx”``): each instance is the convention announced, no slot.

    >>> declared_forms("注：为保护隐私，未实名网友统一显示为“网友xxx”。网友xxx：好"), declared_forms("显示为“xxx”")
    (['网友xxx'], [])
    """
    forms = []
    for m in _DISPLAY_DECLARED.finditer(text):
        lo = max(0, m.start() - 60, max(text.rfind(ch, 0, m.start()) for ch in "。\n") + 1)
        if any(w in text[lo:m.start()] for w in ("隐私", "实名", "匿名", "个人信息")):
            forms.append(m.group("form"))
    return forms


def _instance_of(text: str, span: tuple[int, int], forms: list[str]) -> bool:
    """Whether the x's at *span* are those of one of *forms* written out in full around them."""
    start, end = span
    run = text[start:end]
    for form in forms:
        at = form.find(run)
        if at != -1 and text.startswith(form, start - at):
            return True
    return False


def _privacy_declared(text: str, declared: list[bool | None]) -> bool:
    """Whether *text* says it masked personal data on purpose (:data:`_PRIVACY_DECLARED`); *declared* caches it."""
    if declared[0] is None:
        declared[0] = any(word in text for word in _PRIVACY_WORDS) and _PRIVACY_DECLARED.search(text) is not None
    return declared[0]


def _in_hash_field(text: str, start: int, end: int) -> bool:
    """Whether the hash signs ``text[start:end]`` close a field (``##金额##万元``: PH007's, not a masked count).

    >>> _in_hash_field("罚没款##金额##万元", 7, 9), _in_hash_field("检查##家", 2, 4)
    (True, False)
    """
    return text[start] == "#" and any(m.start() < start < m.end()
                                      for m in _HASH_FIELD.finditer(text, max(0, start - 12), end))


def _star_masks(text: str) -> list[tuple[int, int]]:
    """Runs of ASCII ``*`` that stand for masked characters (``**镇``, ``***同志``, ``158****6078``): three
    or more, or two where the line does not pair them as Markdown's bold (``**重点**``); never on a line
    of stars alone (a rule).

    >>> text = "经**村调解，***同志，电话158****6078。\\n**重点**工作\\n***"
    >>> [text[a:b] for a, b in _star_masks(text)]
    ['**', '***', '****']
    """
    found = []
    declared: list[bool | None] = [None]
    for m in _STAR_RUN.finditer(text):
        start, end = m.span()
        line = _line_of(text, start, end)
        if not line.strip(" \t*-_"):
            continue
        if end - start == 2 and _bold_pairs(line) and text[end:end + 1] not in _TIME_UNITS and \
                not (text[end:end + 1] in _COUNT_UNIT_CHARS and "\u4e00" <= text[start - 1:start] <= "\u9fff"):
            continue  # **bold** in Markdown (but 当日**时**分 is a time masked, 发展党员**名 a count)
        if text.startswith(("表示", "代表", "为", "指"), end):
            continue  # 注：*表示P<0.05，**表示P<0.01: a legend of the marks
        if _marks_explained(text, line, start, end):
            continue  # 注：***、**、*分别表示在1%、5%、10%水平上显著; 表中以**标注: the marks named
        if _footnote_mark(text, start, end):
            continue
        if end - start <= 3 and not text[end:end + 1].isalnum() and \
                _DECIMAL_BEFORE.search(text, max(0, start - 12), start):
            continue  # 相关系数0.57**, 0.63***: a coefficient's stars of significance, after its decimals
        if text[start - 1:start] in _OPENING_QUOTES and _password_shown(text, start, end):
            continue  # 密码框显示为“********”: what a screen shows for a password, written about
        if _declared_number_mask(text, start, end, declared):
            continue  # 以下手机号码已作脱敏处理 … 181****6371: masked on purpose, as the document says
        if _HIDDEN_SAID_AFTER.match(text, end) is not None:
            continue  # 登录密码：********（密码不予显示）: hidden on purpose, as the brackets right after it say
        if _declared_name_mask(text, start, end, declared):
            continue  # 收件人：曹**（隐私面单，已隐藏部分信息）, 蔡*轩: a name masked on purpose, as the document says
        found.append((start, end))
    return found


#: what names a mark as a notation (以**标注, 用*标出)
_NOTATION_WORDS = ("标注", "标出", "标记", "标明", "注明")


def _marks_explained(text: str, line: str, start: int, end: int) -> bool:
    """Whether the stars at ``[start, end)`` are named as a notation: after 以 or 用 before a word of marking
    (``表中以**标注``), or in a list of marks (``***、**、*分别表示…``) that a line explains one by one.

    >>> t = "注：***、**、*分别表示在1%、5%、10%水平上显著"
    >>> _marks_explained(t, t, 2, 5), _marks_explained("表中以**标注。", "表中以**标注。", 3, 5)
    (True, True)
    >>> _marks_explained("经**村、***同志调解", "经**村、***同志调解", 1, 3)
    False
    """
    if text[start - 1:start] in ("以", "用") and text.startswith(_NOTATION_WORDS, end):
        return True
    if "分别表示" not in line and "分别代表" not in line:
        return False
    before, after = text[start - 1:start], text[end:end + 1]
    return (after == "、" and text[end + 1:end + 2] == "*") or (before == "、" and after in ("、", "分"))


#: a star for a surname, then a given name of two characters, then a field's or a record's end (*秀然⇥复核)
_STAR_GIVEN_NAME = LazyRegex(r"\*[\u4e00-\u9fff]{2}(?=[ \t\u3000：:，,、。（(]|\n|$)")
#: … or opening a line of a roster, the given name (one or two characters) before the record's next field: a gender,
#: a wide gap, a year (*涛  土木工程, *静，女，1953年10月)
_STAR_NAME_RECORD = LazyRegex(r"\*[\u4e00-\u9fff]{1,2}(?=[，,][男女]|[ \t\u3000]{2}|\t|[ \t\u3000][男女][ ，,\t]"
                              r"|[ \u3000][0-9]"
                              r"|[，,](?:19|20)[0-9]{2}年)")
#: what stands before such a star: a field's colon, or a space between a record's fields (回复 88楼 *英欣：…)
_BEFORE_STAR_NAME = frozenset("：: \u3000\t、,，|｜")
#: what a footnote opens with after its marks (**数据来源：…, *注：…)
_FOOTNOTE_WORDS = ("数据来源", "资料来源", "来源", "注", "说明", "备注", "统计口径", "口径", "按", "根据", "含", "不含")


#: what follows a footnote's marks after a value (32元**。)
_AFTER_A_MARK = ("。", "，", "；", "、", "）", ")", "\n", "")


#: what a legend of levels of significance opens with, after its stars
_LEGENDS = ("P<", "p<", "P＜", "p＜", " P<", " p<")


#: mask characters that also serve as bullets, ornaments or hashtags (a run of two or more inside a line masks)
_BULLETS = frozenset("●◇◆▲＃")


def _footnote_mark(text: str, start: int, end: int) -> bool:
    """Whether the stars at ``[start, end)`` mark a footnote or a level of significance, not masked characters:
    a footnote's marks at a line's start before a word footnotes open with, the same marks after a value
    (before punctuation) where such a footnote is given, marks alone in brackets or before ``p<``.

    >>> text = "人均收入32元**。⏎**数据来源：调查队。".replace("⏎", "\\n")
    >>> _footnote_mark(text, 7, 9), _footnote_mark(text, 11, 13), _footnote_mark("系数显著（***）", 5, 8)
    (True, True, True)
    >>> _footnote_mark("经**村调解。⏎**数据来源：调查队。".replace("⏎", "\\n"), 1, 3)
    False
    """
    marks = text[start:end]
    if text[end:end + 1] in ("p", "P") and text[end + 1:end + 2] in ("<", "＜", "≤"):
        return True  # **p<0.05
    if text[start - 1:start].isdigit() and any(text.find(marks + p, end, end + 200) != -1
                                               for p in (*_LEGENDS, "表示", "代表")):
        return True  # 相关系数为0.87**，**P<0.01 or （注：***表示…）: a level of significance, its legend after it
    if text[start - 1:start] in ("（", "(") and text[end:end + 1] in ("）", ")"):
        return True  # 系数显著（***）
    at_line_start = not text[text.rfind("\n", 0, start) + 1:start].strip()
    if at_line_start:
        return text.startswith(_FOOTNOTE_WORDS, end)
    if start == 0 or text[start - 1].isspace() or text[end:end + 1] not in _AFTER_A_MARK:
        return False
    line = text.find("\n" + marks)
    while line != -1:
        after = line + 1 + len(marks)
        if text[after:after + 1] != "*" and text.startswith(_FOOTNOTE_WORDS, after):
            return True
        line = text.find("\n" + marks, after)
    return False


#: a line that opens with a heading in 【】 and goes on with its text (【用法用量】口服。…, 【岗位职责】负责…)
_SECTION_LINE = LazyRegex(r"(?m)^【[\p{Han}]{2,8}】[^\s：:【]")


def _sectioned(doc) -> bool:
    """Whether *doc* is written in sections headed 【…】, at least four lines opening with one and going on with
    its text (a medicine's package insert, a job posting): those headings are no slots to fill.

    >>> from auditor.document import Document
    >>> _sectioned(Document("a.txt", "【规格】0.25g\\n【用法用量】口服。\\n【贮藏】密封。\\n【有效期】24个月"))
    True
    """
    known = doc.cache.get("placeholder:sectioned")
    if known is None:
        known = doc.cache["placeholder:sectioned"] = sum(1 for _ in _SECTION_LINE.finditer(doc.text)) >= 4
    return known


#: the words of an instruction to a pupil answering questions (（请在横线上填写正确答案，每空2分）), and the kinds of
#: question before one
_PUPIL_INSTRUCTION = ("答案", "每空", "每题", "每小题", "横线", "括号内", "括号里")
_QUESTION_KINDS = ("填空题", "选择题", "判断题", "计算题", "连线题", "问答题", "简答题")


def _to_the_pupil(text: str, start: int, end: int) -> bool:
    """Whether the instruction in brackets ``text[start:end]`` tells a pupil how to answer a paper's questions
    (``一、填空题（请在横线上填写正确答案，每空2分）``): the paper's own words, not a slot left in a report.

    >>> t = "一、填空题（请在横线上填写正确答案，每空2分）"
    >>> _to_the_pupil(t, 5, len(t)), _to_the_pupil("全年完成（填写数字）项", 4, 10)
    (True, False)
    """
    inside = text[start:end]
    return any(word in inside for word in _PUPIL_INSTRUCTION) or text.endswith(_QUESTION_KINDS, 0, start)


def _blanks(text: str, slot_words=None, words: Words | None = None) -> Iterator[Candidate]:
    """Template slots without brackets of :data:`_SLOT_OPENERS`: an instruction to the writer in round
    brackets (:data:`_INSTRUCTION`), blank round brackets or quotation marks, and a line to write on
    (:data:`_BLANK_LINE`) on a line that holds other text (a line of underscores alone is a rule); with
    *slot_words* (``(opener, pattern)`` pairs of round brackets that hold nothing but slot words), those
    (（姓名）同志).

    >>> [(c.start, c.end) for c in _blanks("（此处填写单位名称）：全年受理____件。\\n______\\n")]
    [(0, 10), (15, 19)]
    """
    found = set()
    if words is None:
        words = words_of(text)  # (the words of the rarer readings: auditor.cues)
    for pattern in _INSTRUCTION_WORDS:
        for word in pattern.finditer(text):
            at = word.start()
            if text[at - 1:at] == "已" or text[max(0, at - 2):at] in _NO_NEED:
                continue  # 核查表（已填写）, （无需填写）: what was done or need not be, not an instruction
            opening = max(text.rfind("（", max(0, at - 21), at), text.rfind("(", max(0, at - 21), at))
            if opening != -1:
                m = _INSTRUCTION.match(text, opening)
                if m is not None and m.end() > at and not _to_the_pupil(text, m.start(), m.end()):
                    found.add(m.span())
    if "填" in text:
        for k in find_all(text, "填"):
            opening = max(text.rfind("（", max(0, k - 5), k), text.rfind("(", max(0, k - 5), k))
            if opening != -1:  # （填…, （请填…, （此处填…, （请在此处填…
                m = _FILL_HINT.match(text, opening)
                if m is not None:
                    found.add(m.span())
    if contains(text, "\u3000\u3000") or contains(text, "  "):  # (every blank holds two spaces)
        for pattern in _BLANK_BRACKETS:
            found.update(m.span() for m in pattern.finditer(text))
        yield from _blank_dates(text)
    if "0000-00-00" in words or "0000年00月00日" in words:
        # (发布时间：0000-00-00 00:00:00: a system's default for a date it was never given)
        found.update(m.span() for m in _ZERO_DATE.finditer(text))
    if "待" in text:
        found.update(m.span() for m in _PENDING_VALUE.finditer(text))
        found.update(m.span() for m in _PENDING_IN_PLACE.finditer(text))
        found.update(m.span() for m in _PENDING_AFTER_NAME.finditer(text))
        for at in find_all(text, "待定"):  # (序号 活动 时间 地点⏎2 成果展示 7月27日 待定 赵伟生: a cell to fill)
            if text[at - 1:at] in _CELL_EDGES and text[at + 2:at + 3] in _CELL_EDGES and \
                    _cell_in_chinese_table(text, at, at + 2) and _row_of_cells(text, at):
                found.add((at, at + 2))
    if "T" in text and contains(text, "第TODO"):
        found.update(m.span() for m in _ORDINAL_TODO.finditer(text))
    # (a field's value; TBD and TBA are PH006's, as Latin template text)
    for literal in ("N/A", "待", "TODO", "todo", "请输入", "请选择"):
        if literal[0] in text and contains(text, literal):
            found.update(_field_values(text, literal))
    if _ANY_LEFTOVER.search(text) is not None:  # (one scan for all of their words, most texts have none)
        for literal, pattern in _LEFTOVERS:
            if contains(text, literal):
                found.update(m.span() for m in pattern.finditer(text))
    if contains(text, "此处"):
        found.update(_instructions(text))
    # (a slide's prompts left in an export: 单击此处添加文本, 点击输入标题, 在此输入您的文字说明, 03 添加标题; each
    # pattern tried where its first characters stand: 击 and 在此 are common, a search of the text dearer)
    for literal, back, pattern in _SLIDE_PROMPTS:
        if contains(text, literal):
            found.update(m.span() for at in find_all(text, literal) if at >= back and
                         (m := pattern.match(text, at - back)) is not None and _prompt_alone(text, m))
    for literal, pattern in _MERGE_FIELDS:  # (each pattern tried where its literal stands, as bracketed() does)
        if contains(text, literal):
            found.update(m.span() for m in matches_at(pattern.match, text, find_all(text, literal))
                         if (has_cjk_context(text, m.start(), m.end(), 2) or _cell_of_chinese_csv(text, *m.span())
                             or _HAN.match(text, m.start() + 2) is not None)  # (<<单位名称>> on a line of its own)
                         and not _named_work(text, m.start())
                         and not _field_named(text, m.start(), m.end())
                         and text[m.start() + 2:m.end() - 2].strip() not in _REACTIONS)
    for opener, pattern in _RARE_BRACKET_FIELDS:
        if contains(text, opener):
            found.update(m.span() for m in matches_at(pattern.match, text, find_all(text, opener)))
    for pattern, literal in zip(_NARROW_BLANKS, ("\u3000", "["), strict=True):
        if contains(text, literal):
            found.update(m.span() for m in pattern.finditer(text))
    for opener, pattern in slot_words or ():  # (one pattern a bracket: re then searches for a literal)
        if contains(text, opener):
            found.update(m.span() for m in pattern.finditer(text))
    reach = -1
    for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
        if end <= reach:
            continue  # (点击此处添加文本内容 found whole and in part: one finding)
        reach = end
        if quoted(text, start, end) and not text[start:end].startswith(("【", "[", "{", "<", "«", "〖")):
            continue  # 系统提示语“单击此处输入文字”属于模板控件: a prompt quoted to talk about it
        if text[start:end].strip("（()）\u3000 ") == "" and _exam_question(text, start):
            continue  # 3时整，时针和分针所成的角是（    ）度: the blank a question leaves for its answer
        if any(word in text[start:end] for word in _PUPIL_WORDS) and _exam_paper(text):
            continue  # 姓名：____（由学生作答时填写）: a paper's note on who fills its blanks, the pupil
        yield Candidate(start, end, "template")
    if ("_" in text and (contains(text, "__") or contains(text, "_年") or "_月" in words or "_日" in words)) or \
            ("＿" in text and (contains(text, "＿＿") or contains(text, "＿年"))) or "﹍" in text or "﹏" in text:
        # (each underscore looked for alone first: one C scan, where 年 or a search for two characters costs more)
        blank_form = None
        scores = []  # (长河队 __:__ 红星队: a match's score left blank, between the teams' names)
        if ":_" in text or "：_" in text:
            for m in _SCORE_BLANK.finditer(text):
                if _HAN.search(_line_of(text, m.start(), m.end())) is not None:
                    scores.append(m.span())
                    yield Candidate(m.start(), m.end(), "template")
        for m in _BLANK_LINE.finditer(text):
            if any(a <= m.start() < b for a, b in scores):
                continue
            if not _line_of(text, m.start(), m.end()).strip(" \t\u3000_＿-—"):
                continue  # a rule
            if blank_form is None:
                blank_form = _blank_form(text)
            if blank_form:
                continue  # 填表说明：…请在符合的选项前□内打“√”… 您的年龄：____岁: a form printed to be filled in
            if _exam_question(text, m.start()):
                continue  # 一、填空题 … 1. 这个数是____。: the blank a question leaves for its answer
            if m.end() - m.start() == 2 and not (_HAN.match(text, m.start() - 1) if m.start() else None) and \
                    not _HAN.match(text, m.end()) and not (text[m.start() - 1:m.start()] in "：:" and m.start() >= 2
                                                           and _HAN.match(text, m.start() - 2)) and \
                    not _cell_of_chinese_csv(text, m.start(), m.end()):
                continue  # two underscores away from Chinese text: markup or a name, not a blank (but 申请单位：＿＿)
            yield Candidate(m.start(), m.end(), "template")


#: a question's number at the start of its line (1. 2、 （3） ⑷ ①)
_QUESTION_NUMBER = LazyRegex(r"[ \t\u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳⑴-⒇])")
#: the kinds of question whose blanks are the exercise, as a section of an exam or a worksheet names them
_QUESTION_SECTIONS = ("填空题", "选择题", "判断题")


def _field_echoed(text: str, start: int, body: str) -> bool:
    """Whether the bracket at *start* holding *body* is the value of a field that it names again
    (``甲方代表：【甲方代表】``, ``调查单位：【调查单位】``): the name of what belongs there, not a value.

    >>> _field_echoed("甲方代表：【甲方代表】", 5, "甲方代表"), _field_echoed("栏目：【便民服务】", 3, "便民服务")
    (True, False)
    """
    if text[start - 1:start] not in ("：", ":"):
        return False
    return len(body) >= 2 and text.endswith(body, max(0, start - 1 - len(body)), start - 1)


#: a form's word to whoever fills it in (填表说明, 请在…□内打“√”, 请如实填写, 由受访者本人填写)
_FILL_IN_SAID = LazyRegex(r"填表说明|填写说明|请如实填写|请认真填写|请在[^。\n]{0,16}打[“\"]?[√✓]"
                          r"|由[^。\n]{0,8}本人填写")
#: a box ticked (☑, ☒, ■ before an option; √ or ✓ other than quoted in the form's word on how to tick)
_TICKS = ("☑", "☒", "✔", "■")


def _blank_form(text: str) -> bool:
    """Whether *text* is a form printed to be filled in, none of it filled: it tells whoever fills it in how
    (:data:`_FILL_IN_SAID`), offers boxes to tick (□) and none is ticked. Its blanks are the form's, no value left out
    (a form entered with its answers ticks its boxes: 您的性别：☑男 □女).

    >>> _blank_form("填表说明：请在符合的选项前□内打“√”。\\n性别：□男 □女\\n年龄：____岁")
    True
    >>> _blank_form("填表说明：请在符合的选项前□内打“√”。\\n性别：☑男 □女\\n年龄：____岁"), _blank_form("年龄：____岁")
    (False, False)
    """
    if text.count("□") < 2 or any(tick in text for tick in _TICKS) or _FILL_IN_SAID.search(text) is None:
        return False
    return text.count("√") + text.count("✓") == len(_QUOTED_TICK.findall(text))


#: a tick quoted in a form's word on how to tick (打“√”)
_QUOTED_TICK = LazyRegex(r"[“\"‘'「][√✓][”\"’'」]")


def _exam_question(text: str, start: int) -> bool:
    """Whether a blank at *start* is on a question of an exam or a worksheet: on a numbered line, or opening its
    line (``（  ）下列选项中…``), with a section of questions named (``一、填空题（每空1分）``) or a question's
    lettered choices (``A.太阳能 B.风能 C.煤炭``; not in a questionnaire, which asks 您) near it, before or after
    (papers are cut and pasted out of order): the blank is the exercise, left for the pupil, not a value never
    filled in. A blank in the paper's head (``考试时间：___分钟``) is not on a question's line.

    >>> text = "一、填空题（每空1分）\\n1. 一个数由5个万和3个一组成，这个数是____。\\n考试时间：___分钟"
    >>> _exam_question(text, text.find("____")), _exam_question(text, text.find("___分"))
    (True, False)
    >>> text = "3. 我国的首都是______。\\n（  ）下列属于可再生能源的是 A.煤炭 B.风能 C.石油"
    >>> _exam_question(text, text.find("___")), _exam_question(text, text.find("（"))
    (True, True)
    """
    line_start = text.rfind("\n", 0, start) + 1
    if any(text.find(section, line_start, start) != -1 for section in _QUESTION_SECTIONS):
        return True  # (二、选择题：下列词语中书写正确的是（　　）: the section and its question on one line)
    if _EXERCISE_SAID.search(text, line_start, start) is not None:
        return True  # (三、填一填：小猫在河边____鱼; 看拼音，写词语：chūn tiān（　　）: the pupil's task on its line)
    line_end = text.find("\n", start)
    if _QUIZ_SAID.search(text, line_start, len(text) if line_end == -1 else line_end) is not None and \
            not text.endswith(("答案：", "答案:", "答案为"), line_start, start):
        return True  # (入学测试样题：7+8＝____。; 接亲小游戏：新娘的生日是____月; ……____档？答案：三档: a quiz's blank)
    if _QUESTION_NUMBER.match(text, line_start) is None and text[line_start:start].strip(" \t\u3000"):
        return _PUPIL_FIELD.search(text, line_start, start) is not None and _exam_paper(text)
    lo, hi = max(0, line_start - 1500), min(len(text), start + 1500)
    if any(text.find(section, lo, hi) != -1 for section in _QUESTION_SECTIONS) or _exam_paper(text):
        return True
    # (lettered choices make an exercise of a paper that asks no one about themselves: a questionnaire's blanks,
    # 您的年龄：____岁 beside A.满意 B.基本满意, are its answers never given)
    return _LETTERED_CHOICES.search(text, lo, hi) is not None and text.find("您", lo, hi) == -1 and \
        text.find("问卷", lo, hi) == -1


#: a task set to a pupil, then a colon, opening the exercise on its line (填一填：, 照样子，写一写：, 看拼音，写词语：)
_EXERCISE_SAID = LazyRegex(r"(?:填一填|写一写|照样子|看拼音|选词填空|选字填空|补全句子|补充句子|组词|连词成句|仿写句子)"
                           r"[^。\n]{0,8}[：:]")
#: a quiz, a game or a sample named on a blank's line, or its answer given there (样题, 小测验, 接龙格式示例,
#: 答案见背面): the blank is the question's, or the format's, not a value never filled in
_QUIZ_SAID = LazyRegex(r"样题|无需作答|练习题|测验|课后题|小游戏|游戏环节|填空|知识问答|格式示例|竞猜|猜一猜"
                       r"|答案[：:为见是]")
#: the name of a field that holds a make and a model (厂牌型号：宝马X5)
_MODEL_FIELD = LazyRegex(r"型号|车型|品牌|厂牌|机型")
#: what a paper for pupils calls itself in its title (八年级数学《一次函数》课时作业, 初一历史单元测试卷)
_PAPER_TITLE = LazyRegex(r"试卷|测试卷|试题|练习|作业|习题|测验|考试|考卷|小测|单元测试|[单元堂标]检测|检测[题卷]"
                         r"|期中|期末")
#: the fields of a paper's head that the pupil fills in (姓名：____  班级：____)
_PUPIL_FIELD = LazyRegex(r"(?:姓名|班级|学号|考号|座号|得分|成绩|学校)[：:]?[ \t\u3000_＿]*$")


#: words of a paper's note that the pupil fills its blanks (（由学生作答时填写）)
_PUPIL_WORDS = ("作答", "学生", "考生")


def _exam_paper(text: str) -> bool:
    """Whether *text* is a paper of questions for pupils: its first line names one (:data:`_PAPER_TITLE`) and two
    lines or more are numbered questions. Its blanks are the exercise.

    >>> _exam_paper("七年级生物课堂练习\\n1.人的体细胞中有____对染色体。\\n2.判断：…（　　）")
    True
    >>> _exam_paper("工作总结\\n1.全年走访____户。\\n2.完成____项。")
    False
    """
    first = text[:text.find("\n") if "\n" in text[:200] else 200]
    if _PAPER_TITLE.search(first) is None:
        return False
    return sum(1 for line in text.split("\n", 40)[1:40] if _QUESTION_NUMBER.match(line)) >= 2  # (its head only)


#: a question's choices, lettered, on one line (A.太阳能 B.风能 C.煤炭, A、甲 B、乙 C、丙)
_LETTERED_CHOICES = LazyRegex(r"A[.．、][^\n]{1,30}?B[.．、][^\n]{1,30}?C[.．、]")


#: what stands on either side of a table's cell (a tab, a space, a bar, the line's end)
_CELL_EDGES = frozenset(("\t", " ", "\u3000", "|", "｜", "\n", "\r", ""))


def _row_of_cells(text: str, at: int) -> bool:
    """Whether the line around *at* is a row of four cells or more, apart by tabs, bars or white space, none of
    them a sentence (no 。 or ，): a table's row, not prose.

    >>> _row_of_cells("2 成果展示 7月27日 待定 赵伟生", 14), _row_of_cells("会议时间 待定，请留意通知", 5)
    (True, False)
    """
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo:hi if hi != -1 else len(text)]
    if any(mark in line for mark in "。，,；;"):
        return False
    return len([cell for cell in line.replace("｜", "|").replace("|", " ").replace("\t", " ").split() if cell]) >= 4


#: a value still to be found, written where the value belongs, before a unit (完成投资待核实万元, 新增就业待核实人);
#: as a field's whole value (竣工时间：待核实。) it is :func:`_field_values`'s; found from 待 (待核实 alone: a status)
_PENDING_VALUE = LazyRegex(r"待(?:核实|补充|统计|确认|填报|更新|定|填)"
                           r"(?=万元|亿元|元|人次|人|户|个|家|件|亩|公里|吨|%|％"
                           r"|剂次|次(?![要序数])|处(?![理置分罚长室于])|座(?!谈)|岁|所(?![有在属以])|项(?!目)"
                           r"|名(?=代表|同志|学员|志愿者|选手|队员)"
                           # (units that start no common word after them: not 待定项目, 待确认名单, 场所)
                           r"|场(?![所地景馆])|起(?![来点步草])|批次"
                           # (a time's day still to come: 截止时间：待定17:15, 时间：待定 20:10)
                           r"|\s?[0-9]{1,2}[:：][0-9]{2}(?![0-9]))")
#: a value still to come right after what it is (no colon between): an ordinal's number (第待定开标室), a time of day
#: (上午待补充开始), a contact (报送至联系人待补充，电话…)
_PENDING_AFTER_NAME = LazyRegex(r"待(?:定|补充|确认|填)(?:(?<=第待定)|(?<=第待补充)|(?<=第待确认)|(?<=第待填))"
                                r"(?=[\u4e00-\u9fff])"
                                r"|待(?:定|补充|确认)(?:(?<=[午上]待定)|(?<=[午上]待补充)|(?<=[午上]待确认))"
                                r"(?<=(?:上午|下午|中午|晚上)待(?:定|补充|确认))(?=开始|举行|召开|出发|集合|[，,。；;\r\n]|$)"
                                r"|待(?:补充|确认)(?:(?<=人待补充)|(?<=人待确认))"
                                r"(?<=(?:联系人|负责人|经办人)待(?:补充|确认))(?=[，,。；;、\n]|$)"
                                # (待定 alone may be a status, 项目负责人待定: but not before the contact's telephone)
                                r"|待定(?<=人待定)(?<=(?:联系人|负责人|经办人)待定)(?=[，,]?(?:联系)?电话)")
#: a TODO standing for an ordinal's number (开标地点：…交易中心第TODO开标室)
_ORDINAL_TODO = LazyRegex(r"(?<=第)TODO(?=[\u4e00-\u9fff])")
#: a value still to come where a date or a name belongs: after 于/在 before 前 (于待定前完成: by a date not set yet),
#: or an item of a list of names (参会人员：严华、待补充及各村负责人)
_PENDING_IN_PLACE = LazyRegex(r"待(?:定|补充|确认|填)"
                              r"(?:(?<=[于在]待定)|(?<=[于在]待补充)|(?<=[于在]待确认)|(?<=[于在]待填))"
                              # (or by a day not set yet: 下次会议定于待定召开)
                              r"(?=前|之前|以前|召开|举行|举办)"
                              # (or opening a clause before a deadline's 前完成: 由…牵头，待定前完成方案公示)
                              r"|待(?:定|补充|确认)(?:(?<=[，,]待定)|(?<=[，,]待补充)|(?<=[，,]待确认))(?=前完成)"
                              # (where a person's name belongs: 由待定同志负责, 待定任组长)
                              r"|待(?:定|补充|确认)(?=同志|任(?:副?组长|副?主任|副?队长|副?书记|副?局长|副?指挥长))"
                              r"|待(?:定|补充|确认|填)(?:(?<=、待定)|(?<=、待补充)|(?<=、待确认)|(?<=、待填))"
                              r"(?=[、及和与等，,。；;\n])"
                              # (a date's month and day, or a postcode, still to come: 2023年待定。, 邮编待补充。,
                              # 2019年待补充至待补充)
                              r"|待(?:定|补充)(?:(?<=年待定)|(?<=年待补充)|(?<=邮编待定)|(?<=邮编待补充)|(?<=至待定)"
                              r"|(?<=至待补充))(?=[。；;\n至0-9]|$)"
                              # (a rank still to come: 排名第待定位)
                              r"|待(?:定|补充)(?:(?<=第待定)|(?<=第待补充))(?=[位名次])"
                              # (a period or an amount still to come: 自发布之日起待补充。, 以人民币待补充的报价)
                              r"|待(?:定|补充|核实)(?:(?<=之日起待定)|(?<=之日起待补充)|(?<=之日起待核实))(?=[。；;，,\n]|$)"
                              r"|待(?:定|补充)(?:(?<=人民币待定)|(?<=人民币待补充))(?=[的元，,。])"
                              # (a day's hour still to come: 定于2022年5月3日待定召开, 打印时间:2021-07-01 待定)
                              r"|待(?:定|补充|填)(?:(?<=日待定)|(?<=日待补充)|(?<=日待填)|(?<=[0-9] 待定)"
                              r"|(?<=[0-9] 待填))"
                              r"(?=[。；;，,\r\n]|$|召开|举行|举办|开始|进行)"
                              # (a line of its own, where a date or a signature belongs: …办公室⏎待确认)
                              r"|待(?:定|补充|确认|填)(?:(?<=\n待定)|(?<=\n待补充)|(?<=\n待确认)|(?<=\n待填))"
                              r"(?=[ \t\r]*(?:\n|$))")
#: a field's whole value that says it is still to come (责任单位：N/A, 总投资：待补充, 资金来源：待填), after a field
#: name written in Chinese and its colon, to the line's end or a mark
_FIELD_VALUE = LazyRegex(r"(?:待(?:核实|补充|统计|确认|确定|填报|填写|定|填|补)|请输入(?:[\p{Han}]{0,8})?|N/A|TBD|TBA"
                         # (a form's drop-down left on its prompt: 填表日期：--请选择--)
                         r"|(?:-{1,2}|—)?请选择(?:-{1,2}|—)?"
                         # (a TODO and what is to be done with the value: 招标人：TODO：待核实)
                         r"|TODO(?:[：:][ \t]*(?:待(?:核实|补充|确认|确定|定)|核实|补充|确认))?)"
                         # (or fields apart by two spaces; or the first of a list of names, 参会人员：待确认、尹晨强)
                         r"(?:[ \t]*(?=[。；;，,、\r\n｜|\t]|$)|(?=[ \u3000]{2})"
                         r"|(?= ?[0-9]{1,2}[:：][0-9]{2}(?![0-9]))"  # (or before a time: TODO 12:30)
                         r"|(?=上午|下午|晚上))")  # (or a day before its time of day: 时间：待定上午…)


def _cell_of_chinese_table(text: str, at: int) -> bool:
    """Whether *at* stands in a row of a table: a line with two tabs, bars or full-width spaces at least, and Chinese in
    it (``河湖管护 | TBD | 待确认 | 推进中``, ``禁毒宣传⇥TBD⇥N/A⇥已完成``, ``1　人均收入　54.5　待核实``)."""
    reach = 500  # (a longer line is prose, not a row: and the scan stays near *at*)
    start = text.rfind("\n", max(0, at - reach), at) + 1
    end = text.find("\n", at, at + reach)
    if (start == 0 and at > reach) or (end == -1 and at + reach < len(text)):
        return False
    line = text[start:end if end != -1 else len(text)]
    cells = max(line.count("\t"), line.count("|") + line.count("｜"), line.count("\u3000") if not line.startswith(
        "\u3000\u3000") else 0)  # (cells apart by full-width spaces, not a paragraph's indent)
    if cells < 2 and text[at - 2:at] == "  ":  # (cells apart by two spaces or more: three such gaps, four cells)
        cells = len(_SPACED_CELLS.findall(line.strip(" "))) - 1
    return cells >= 2 and _HAN.search(line) is not None


#: the end of a line, after white space (TODO alone on its line)
_REST_OF_LINE_BLANK = LazyRegex(r"[ \t\u3000\r]*(?:\n|$)")
#: the gaps between a row's cells set apart by spaces (空调  KD-391  TODO  待定)
_SPACED_CELLS = LazyRegex(r" {2,}")


def _field_values(text: str, literal: str) -> Iterator[tuple[int, int]]:
    """The spans of :data:`_FIELD_VALUE` that start with *literal* right after a field's colon (``：`` or ``:``
    after a Chinese field name, spaces allowed between).

    A value in a table's cell counts too (``资金来源｜待确认｜``), and a TODO that opens a line as its note's label
    (``TODO：核对数据``).

    >>> t = "责任单位：N/A⏎总投资:待补充⏎说明：有关事项待定。⏎资金来源｜待确认｜".replace("⏎", "\\n")
    >>> [t[a:b] for a, b in _field_values(t, "N/A")] + [t[a:b] for a, b in _field_values(t, "待")]
    ['N/A', '待补充', '待确认']
    >>> t = "牵头领导：TODO。⏎TODO：核对项目投资数据⏎建立TODO清单⏎TODO⏎todo: 核对".replace("⏎", "\\n")
    >>> [t[a:b] for a, b in _field_values(t, "TODO")], [t[a:b] for a, b in _field_values(t, "todo")]
    (['TODO', 'TODO', 'TODO'], ['todo'])
    """
    for at in find_all(text, literal):
        k = at
        while k > 0 and text[k - 1] in " \t\u3000":
            k -= 1
        if literal == "请选择" and text[k - 2:k] == "--":
            at = k = k - 2  # 填表日期：--请选择--: a drop-down's prompt between dashes
        if literal in ("TODO", "todo") and (k == 0 or text[k - 1] in "\n。！？") and (
                text[at + 4:at + 5] in ("：", ":") or (literal == "TODO" and _REST_OF_LINE_BLANK.match(text, at + 4))):
            yield at, at + 4  # TODO：核对项目投资数据, todo: 核对数字 (a line's, or after a sentence: …会议。TODO：补充
            continue  # 数据), or TODO alone on its line: a note left for the writer
        if literal == "todo":
            continue  # (lower case only as a note's label)
        if (text[at - 1:at] in ("\t", "\u3000") or (k >= 1 and text[k - 1] in "｜|") or text[at - 2:at] == "  ") and \
                _cell_of_chinese_table(text, at):
            pass  # (a cell: its row holds three cells or more, and Chinese)
        elif k < 2 or text[k - 1] not in "：:" or not _HAN.match(text, k - 2):
            continue
        m = _FIELD_VALUE.match(text, at)
        if m is not None:
            yield at, m.end() - len(m.group()) + len(m.group().rstrip(" \t"))


#: what a word processor writes for a field that no longer resolves, after 错误!
_BROKEN_FIELDS = r"(?:未找到引用源|找不到引用源|未定义书签|书签未定义|超链接引用无效|文档中没有指定样式的文字)。?"
#: what a word processor writes where text is to be typed, left in (单击此处输入文字。, Click here to enter text.)
#: what a template's sentence says belongs where it stands (这里是标题, 此处为图片说明), to the sentence's end
_WHAT_BELONGS = r"(?:标题|副标题|正文|图片说明|图片标题|图注|文字说明|摘要内容|摘要|正文内容|文章内容)(?=[。\n]|$)"
#: where a field that stands on a line (or in a cell) of its own starts and ends, for :data:`_LEFTOVERS`
_LINE_START = r"(?:(?<=\n)|^)"
_CELL_START = r"(?:(?<=[\n\u3000\t])|^)"
_LINE_END = r"(?=[ \t\r]*(?:\n|$))"
_LEFTOVERS = tuple((literal, LazyRegex(pattern)) for literal, pattern in (
    ("击此处", r"(?:单击或点击|点击或轻击|单击或轻击|单击|点击|轻击)此处以?(?:输入|添加)"
               r"(?:文字|文本|日期|内容|标题|副标题|正文|备注)。?"),
    # a slide's empty placeholder (单击此处添加标题 above; 单击此处编辑母版标题样式, Click to add title)
    ("编辑母版", r"(?:单击|点击)(?:此处)?以?编辑母版(?:标题|副标题|文本)样式"),
    ("to add", r"Click to add (?:title|subtitle|text|notes)"),
    # a drop-down list's prompt (选择一项。), a sentence of its own
    ("选择一项。", r"选择一项。(?<=[，。：:\n]选择一项。)"),
    ("在此处", r"请?在此处(?:键入|输入)(?:文字|文本|内容|正文|标题)?。?"),
    # (在此输入标题, a line of its own: a content system's empty field)
    ("在此输入", _CELL_START + r"请?在此(?:键入|输入)(?:文字|文本|内容|正文|标题|摘要)(?:内容)?" + _LINE_END),
    # (来源：示例来源, 作者：示例作者: a content system's sample value left in a field)
    ("示例", r"(?:示例(?<=[：:]示例)|[ \t](?<=[：:][ \t])示例)(?:来源|标题|作者|单位|内容|文本|正文|链接|名称|摘要)"
             + _LINE_END),
    # (在这里输入您的正文, 点击输入标题, 添加标题内容: an editor's empty field, a line or a cell of its own)
    ("输入您的", _CELL_START + r"(?:在这里|在此处?|请在此处|请)?输入您的(?:正文|标题|内容|文字)" + _LINE_END),
    ("击输入", _CELL_START + r"(?:点击|单击)(?:输入|添加)(?:标题|正文|内容|文字)" + _LINE_END),
    ("添加标题", _CELL_START + r"添加(?:标题|正文)(?:内容|文字)?" + _LINE_END),
    # (a template's dummy text on a line of its own: 标题文字, 图片说明文字, 文字内容文字内容…; each looked for only
    # where its words stand, 文字 alone is common)
    ("标题文字", _LINE_START + r"标题文字" + _LINE_END),
    ("图片说明文字", _LINE_START + r"图片说明文字" + _LINE_END),
    ("文字内容文字内容", _LINE_START + r"文字内容(?:文字内容)+" + _LINE_END),
    # (文本内容 written over and over, anywhere: no sentence says it twice in a row; a body text's own prompt)
    ("文本内容文本内容", r"文本内容(?:文本内容)+。?"),
    ("此处为正文", r"此处为正文内容(?:，请根据实际情况修改)?。?"),
    ("输入摘要内容", r"在此输入摘要内容"),
    ("文章标题文章标题", r"文章标题(?:文章标题)+"), ("新闻标题新闻标题", r"新闻标题(?:新闻标题)+"),
    # (a date picker's prompt in a Word form: 单击或点击以输入日期。)
    ("击以输入", r"(?:单击或点击|点击或轻击|单击或轻击|单击|点击|轻击)以输入(?:日期|文字|文本)。?"),
    # a content system's empty field, a line of its own (请输入正文内容, 请输入标题)
    ("请输入", _LINE_START + r"请输入(?:正文|文章)?(?:内容|正文|标题|文字|摘要)" + _LINE_END),
    # a document number's year and number left as letters (综治〔YYYY〕NN号)
    ("YYYY", r"YYYY(?<=[〔\[［(（]YYYY)(?=[〕\]］)）])|NN(?<=[〕\]］)）]NN)(?=号)"),
    ("yyyy", r"yyyy(?<=[〔\[［(（]yyyy)(?=[〕\]］)）])|NN(?<=[〕\]］)）]NN)(?=号)|nn(?<=[〕\]］)）]nn)(?=号)"),
    # a number's year and serial left as letters (报告编号：YYYY-NNN), a serial after No. (Application No. NNNN)
    # (each pattern opens with a literal: one that opens with a look-behind is tried at every character)
    ("-NN", r"Y(?<![A-Za-z]Y)YYY-N{2,6}(?![A-Za-z])|y(?<![A-Za-z]y)yyy-N{2,6}(?![A-Za-z])"),
    ("No. NNN", r"NNN(?<=No\. NNN)N{0,5}(?![A-Za-z0-9])"),
    ("No.NNN", r"NNN(?<=No\.NNN)N{0,5}(?![A-Za-z0-9])"),
    # a form's instruction in brackets where the value belongs, after a field's colon to the line's end: what to write
    # and how long (存在问题：（请简要说明，不超过200字）; kept before a value written after it, it is a filled form's)
    ("：（请简要", r"（(?<=：（)请简要(?:说明|描述|介绍|概述|填写)[^（）\n]{0,20}）(?=[ \t\r]*(?:\n|$))"),
    ("字以内）", r"（(?<=：（)[^（）\n]{0,12}(?:不超过|限)?[0-9]{2,4}字以内）(?=[ \t\r]*(?:\n|$))"),
    ("字）", r"（(?<=：（)[^（）\n]{0,12}(?:不超过|限)[0-9]{2,4}字）(?=[ \t\r]*(?:\n|$))"),
    # a cross-reference or a bookmark that no longer resolves (错误!未找到引用源。 Error! Reference source not found.)
    ("错误!", r"错误!\s*" + _BROKEN_FIELDS),
    ("错误！", r"错误！\s*" + _BROKEN_FIELDS),
    ("Error!", r"Error! (?:Reference source not found|Bookmark not defined)\.?"),
    ("to enter", r"(?:Click or tap|Click|Tap) (?:here )?to enter (?:text|a date)\.?"),
    ("Choose an item", r"Choose an item\.?"),
    ("Cliquez", r"Cliquez (?:ou appuyez )?ici pour (?:taper|entrer) (?:du texte|une date)\.?"),
    ("ここをクリック", r"ここをクリック(?:または(?:タップ)?)?して(?:テキスト|日付)を入力してください。?"),
    # a template's dummy text, to be replaced (此处为示例文字，请替换为实际内容。这里是示例文字，请替换。), or filler
    ("示例", r"此处为示例(?:文字|内容|文本)[，,]?请(?:替换|修改)为实际(?:内容|情况)。?"
             r"|此处为示例(?:文字|内容|文本)[，,]?请根据实际情况(?:修改|替换|填写)。?"
             r"|(?:这里|此处)是示例(?:文字|内容|文本)[，,]?请(?:替换|修改)(?:为实际(?:内容|情况))?。?"),
    ("正文内容正文内容", r"(?:正文内容){2,}"),
    ("标题文字标题文字", r"(?:标题文字){2,}"),
    # the same word of a template's dummy text three times over (标题标题标题, 文字文字文字, 内容内容内容)
    ("标题标题标题", r"(?:标题){3,}"), ("文字文字文字", r"(?:文字){3,}"),
    ("示例文字示例文字", r"(?:示例文字){2,}"), ("这里是标题这里是标题", r"(?:这里是标题){2,}"),
    ("这里是正文这里是正文", r"(?:这里是正文){2,}"),
    ("内容内容内容", r"(?:内容){3,}"), ("正文正文正文", r"(?:正文){3,}"),
    # a sentence of a template that says what belongs there (这里是标题, 此处为图片说明)
    # (the word first, then what stands before it looked behind: a search for a literal, with re)
    ("这里是", r"这里是(?<![^\n。！？；：:]这里是)" + _WHAT_BELONGS),
    ("此处为", r"此处为(?<![^\n。！？；：:]此处为)" + _WHAT_BELONGS),
    # a mail merge's field code or directive left in the text ({ MERGEFIELD Name }, «Next Record»)
    ("MERGEFIELD", r"\{\s*MERGEFIELD\s+[^{}\n]{1,30}?\s*\}"),
    ("«Next", r"«Next Record(?: If)?»"),
    ("[Type", r"\[Type (?:the |your )?[A-Za-z ]{1,30}\]"),
))
#: any word of :data:`_LEFTOVERS`
_ANY_LEFTOVER = LazyRegex("|".join(escape(literal) for literal, _ in _LEFTOVERS))
#: an instruction to the writer where text or a picture belongs, from 此处: in brackets (（请在此处说明原因）) or
#: making up a line of its own (此处填写下一步工作计划, 请在此处插入工作照片)
_HERE_INSTRUCTION = LazyRegex(r"请?在?此处(?:填写|插入|输入|简要说明|说明|添加|粘贴|注明|列出)")
_INSTRUCTION_REST = LazyRegex(r"[^。\n（()）]{0,20}[）)]")
_INSTRUCTION_LINE_REST = LazyRegex(r"[^。，,\n]{0,20}(?=\n|$)")
_INSTRUCTION_SENTENCE_REST = LazyRegex(r"(?!的)[^。，,\n的]{0,8}(?=[。\n]|$)")


#: the prompts of a slide or a document template, left in an export, each found from a literal and matched from
#: the characters before it: 单击/点击(此处)添加/输入/编辑 and what (标题, 文本, 副标题 …, up to the clause's end),
#: 在此输入(您的)文字…, or 添加标题 alone as an item of an outline (03 添加标题, :func:`_prompt_alone`)
_PROMPT_OBJECT = (r"(?=(?:母版)?(?:标题|副标题|文本|文字|正文|内容|说明|备注|图片))"
                  r"[^，,。；;：:！？!?\n“”\"'‘’「」『』（）()【】\[\]]{0,24}")
_SLIDE_PROMPTS = (("击", 1, LazyRegex(r"[单点]击(?:此处)?(?:添加|输入|编辑)" + _PROMPT_OBJECT)),
                  ("在此", 0, LazyRegex(r"在此处?输入(?:您的)?" + _PROMPT_OBJECT)),
                  ("添加", 0, LazyRegex(r"添加(?:标题|副标题|文本)(?=\s|$)")))


def _prompt_alone(text: str, m) -> bool:
    """Whether the prompt *m* may stand where it is: any but a bare 添加标题, which must open its line or follow an
    item's number (``03 添加标题``: an outline's item; not ``为图表添加标题``)."""
    if text[m.start()] != "添":
        return True
    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t\u3000")
    spaced = before != text[max(0, m.start() - 3):m.start()]  # (white space between the number and the prompt)
    return m.start() == 0 or text[m.start() - 1] == "\n" or (before[-1:].isdigit() and spaced)


def _instructions(text: str) -> Iterator[tuple[int, int]]:
    """The spans of instructions to the writer (:data:`_HERE_INSTRUCTION`), tried where 此处 stands.

    >>> t = "拆除违法建筑（请在此处简要说明原因）。⏎此处填写下一步工作计划⏎此处填写的内容应当真实。".replace("⏎", "\\n")
    >>> [t[a:b] for a, b in _instructions(t)]
    ['（请在此处简要说明原因）', '此处填写下一步工作计划']
    """
    for at in find_all(text, "此处"):
        lo = at - 2 if text[at - 2:at] == "请在" else at - 1 if text[at - 1:at] in ("请", "在") else at
        m = _HERE_INSTRUCTION.match(text, lo)
        if m is None:
            continue
        if lo > 0 and text[lo - 1] in "（(":
            rest = _INSTRUCTION_REST.match(text, m.end())
            if rest is not None:
                yield lo - 1, rest.end()
        elif (lo == 0 or text[lo - 1] == "\n") and (rest := _INSTRUCTION_LINE_REST.match(text, m.end())) is not None:
            yield lo, rest.end()
        elif text[lo - 1] in "。！？；" and (rest := _INSTRUCTION_SENTENCE_REST.match(text, m.end())) is not None:
            yield lo, rest.end()  # 。此处输入正文。: a short sentence of its own (not 此处填写的内容应当真实)


#: a mail merge's field left unfilled: a short name between doubled angle brackets (<<姓名>>, ＜＜单位＞＞,
#: 《《等次》》; «单位» is PH007's)
_MERGE_FIELDS = tuple((literal, LazyRegex(pattern)) for literal, pattern in (
    ("<<", r"<<[^<>\n]{1,12}>>"), ("＜＜", r"＜＜[^＜＞\n]{1,12}＞＞"), ("《《", r"《《[^《》\n]{1,12}》》"),
))
#: a reader's reaction marked in a forum's or a comment thread's double angle brackets (<<顶>>, <<赞>>): no field
_REACTIONS = frozenset({"顶", "赞", "踩", "沙发", "板凳", "围观", "支持", "+1"})
#: what follows a Latin template word that a sentence explains (TBD是英文…的缩写, TODO意为…)
_WORD_DEFINED = ("是英文", "是英语", "为英文", "的缩写", "意为", "意思是", "即英文", "（英文", "(英文")
_OPENING_QUOTES = frozenset(QUOTE_PAIRS) - {"《"}  # (a title's bracket is no quotation mark here)
#: words of a sentence about how a password is hidden on a screen (密码框显示为“******”, 已用“****”遮挡)
_PASSWORD_WORDS = ("密码", "口令", "PIN")
_HIDING_WORDS = ("显示", "遮挡", "隐藏", "输入", "星号", "圆点", "明文")


def _password_shown(text: str, start: int, end: int) -> bool:
    """Whether the quoted mask run ``text[start:end]`` is what a screen shows for a password, in a sentence about
    passwords and how they are hidden (:data:`_PASSWORD_WORDS`, :data:`_HIDING_WORDS`, 40 characters around).

    >>> t = "用户反映密码框显示为“********”，无法确认。"
    >>> _password_shown(t, 11, 19), _password_shown("账户：“********”，余额120元", 4, 12)
    (True, False)
    """
    near = text[max(0, start - 40):end + 40]
    return any(w in near for w in _PASSWORD_WORDS) and any(w in near for w in _HIDING_WORDS)


#: words before the title of a book, a film or a song (推荐书目：<<平凡的世界>>, 观看电影<<长津湖>>): doubled angle
#: brackets typed for 《》, no mail merge's field
_WORK_WORDS = ("书目", "电影", "影片", "观看", "阅读", "读书", "诵读", "朗诵", "歌曲", "演唱", "名著", "书籍", "著作",
               "剧目", "纪录片", "专题片", "小说", "诗词", "学习了")


#: how the title of a law or a document ends (<<中华人民共和国安全生产法>>, <<关于…的通知>>)
_TITLE_ENDS = ("法", "条例", "办法", "规定", "规划", "纲要", "意见", "通知", "决定", "方案", "公约", "守则", "准则",
               "细则")


def _named_work(text: str, start: int) -> bool:
    """Whether the doubled angle brackets at *start* hold a title: named after a word of books, films or songs
    (:data:`_WORK_WORDS`, in the clause before, forty characters at most), or a law's or a document's
    (:data:`_TITLE_ENDS`).

    >>> _named_work("组织观看电影<<长津湖>>", 6), _named_work("书目：<<平凡的世界>>、<<红楼梦>>", 13)
    (True, True)
    >>> _named_work("尊敬的<<姓名>>同志", 3)
    False
    """
    lo = max(0, start - 40)
    before = text[after_last(text, "，,。；;\n", lo, start):start]
    if any(w in before for w in _WORK_WORDS):
        return True
    close = text.find(">>", start, start + 40)  # 依据<<中华人民共和国安全生产法>>: a law's or a document's title
    return close != -1 and text[start + 2:close].endswith(_TITLE_ENDS)


#: a field's name in brackets rarely used in prose (〖具体工作〗, 「资金数」, 『会议名称』, 〔姓名〕): a short name
#: ending in a word that names what a field holds, or a slot word in Latin letters (「Company」, 〔Name〕)
_FIELD_END = (r"(?:工作|情况|成效|名称|数|额|金额|姓名|单位|日期|时间|地点|部门|事项|内容|措施|问题|成绩|亮点"
              r"|负责人|联系人|电话|字号|文号|编号|地址|邮箱"
              r"|Company|Name|Amount|Date|Title|Address|Number)")
_RARE_BRACKET_FIELDS = tuple(
    (opener, LazyRegex(rf"{opener}(?:[\u4e00-\u9fff]{{0,6}}|[A-Za-z ]{{0,12}}){_FIELD_END}{closer}"))
    for opener, closer in (("〖", "〗"), ("「", "」"), ("『", "』"), ("〔", "〕")))
#: a date whose month and day were left blank (年   月   日), found from 年
_BLANK_DATE = LazyRegex(r"年[ \t\u3000]{1,8}月[ \t\u3000]{1,8}日")


def _blank_dates(text: str) -> Iterator[Candidate]:
    """Dates left blank to be written by hand (``日期：    年   月   日``, ``2023年  月  日``): blanks before 月 and
    日, and before 年 two blanks or more (or the year, in digits or numerals: then the blanks after it).

    >>> [(c.start, c.end) for c in _blank_dates("日期：    年   月   日；2023年  月  日；2023年5月6日")]
    [(3, 16), (22, 28)]
    """
    for m in _BLANK_DATE.finditer(text):
        start = k = m.start()
        while k > 0 and text[k - 1] in " \t\u3000":
            k -= 1
        if start - k >= 2:
            yield Candidate(k, m.end(), "date")
        elif start and (text[start - 1].isdigit() or text[start - 1] in "〇○零一二三四五六七八九"):
            yield Candidate(start + 1, m.end(), "date")


def bracketed(text: str) -> list:
    """What ``_BRACKETED.finditer(text)`` finds, the pattern tried only where a slot opens (every match starts
    with an opener; a search of the whole text for them takes a few milliseconds a megabyte)."""
    openers = [opener for opener in _SLOT_OPENERS if contains(text, opener)]
    if sum(text.count(opener) for opener in openers) * _DENSE > len(text):
        return list(_BRACKETED.finditer(text))  # markup full of < and [: the pattern searches faster itself
    return matches_at(_BRACKETED.match, text, (i for opener in openers for i in find_all(text, opener)))


#: a pattern tried at each of more starting points than one in this many characters (each a call from
#: Python, about a microsecond) searches the text itself instead (a few nanoseconds a character)
_DENSE = 100

#: a program's word for no value (null, undefined, NaN, None) printed as a Chinese field's value: right after the
#: field's name and its colon, before a unit, a % or the end of the clause (JSON's "电话": null is data)
_EMPTY_VALUE = LazyRegex(r"(?<=[\p{Han}）)][：:])[ \t]?(?P<word>null|NULL|undefined|NaN|None)"
                         r"(?=[ \t]?(?:[\p{Han}%％，,；;。]|\r?\n|$))")
#: a date (and a time) of zeros: a system's default for a date never given
_ZERO_DATE = LazyRegex(r"(?<![0-9])0000(?:-00-00|年00月00日|/00/00)(?:[ T]00:00(?::00)?)?(?![0-9])")
#: a spreadsheet's error values (#REF!, #N/A, #DIV/0! …)
_SHEET_ERROR = LazyRegex(r"#(?:REF!|N/A|DIV/0!|VALUE!|NAME\?|NUM!|NULL!)")
#: words around an error value that write about it (出现#REF!错误, 显示为#N/A, 错误值): no value lost in the text
_ERROR_WRITTEN_ABOUT = LazyRegex(r"错误|出现|显示|返回|报错|提示|表示|说明|公式|函数|输入|单元格|键入")
#: a spreadsheet's formula as a table's cell: between cell edges (a tab, two spaces, a bar, the line's start or end)
_SHEET_FORMULA = LazyRegex(r"(?:(?<=[\t|｜\n ])|(?<=\u3000)|(?<![\s\S]))[ \t]*(?P<formula>=[A-Z]{2,12}\("
                           r"[A-Z]{1,3}[0-9]{1,5}[^()\n]{0,40}\))(?=[ \t\u3000]*(?:[\t|｜\r\n ]|$))")
def _formula_explained(text: str, end: int) -> bool:
    """Whether the rest of the line after a formula that ends at *end* explains it in prose (``=AVERAGE(X2:X9)
    计算平均值。``: a lesson on spreadsheets), not the next cells of a table (figures, tabs or bars).

    >>> _formula_explained("=AVERAGE(X2:X9) 计算平均值。", 15), _formula_explained("=SUM(B2:B9)\t1200", 11)
    (True, False)
    """
    stop = text.find("\n", end)
    rest = text[end:stop if stop != -1 else len(text)].strip(" \u3000\r")
    return len(rest) >= 2 and _IS_CJK.any_in(rest, 0, 1) and _IS_CJK.any_in(rest, 1, 2) and \
        "  " not in rest and not any(ch in "\t|｜" for ch in rest)


#: … unless words that define it follow (null表示空值)
_VALUE_WORD_DEFINED = ("表示", "代表", "是指", "指的是", "即", "意为", "意思是")
#: the start of three x's, with either case first (searches for a literal)
_THREE_XS = (LazyRegex("x[Xx][Xx]"), LazyRegex("X[Xx][Xx]"))
#: a field between hash signs, named as a value is (#数额#, ##完成数##, #乡镇名称#; not a topic's #两会#)
_HASH_FIELD_PATTERN = (r"(?P<hashes>#{1,2})\p{Han}{0,6}(?:" + _VALUE_NAME_ENDINGS
                       + "|幅|名称|姓名|日期|时间|地址|电话|编号|年份|月份|比例|年月|地点|单位)"
                       r"(?P=hashes)(?!#)")
_HASH_FIELD = LazyRegex(_HASH_FIELD_PATTERN)
#: a date or time written as its format (YYYY年MM月DD日, 20YY年, HH:MM) or a variable of a template language
#: (%s, %2$s, {0}, {}, ${unitName}, $姓名$, #NAME#, «单位») left in the text
_FORMAT = LazyRegex(
    r"(?P<date>(?<![A-Za-z])(?:(?:YYYY|yyyy|(?:19|20)(?:YY|yy))(?:(?:年|[-/.])(?:MM|mm)(?:(?:月|[-/.])(?:DD|dd)日?|月)?|年)"
    r"|(?:MM|mm)月(?:DD|dd)日|(?:HH|hh)[:：](?:MM|mm)(?:[:：](?:SS|ss))?"
    # (the day first, as European and English forms write it: DD/MM/YYYY, dd.mm.yyyy, MM/DD/YYYY)
    r"|(?:DD|dd)[/.\-](?:MM|mm)[/.\-](?:YYYY|yyyy)|(?:MM|mm)[/.\-](?:DD|dd)[/.\-](?:YYYY|yyyy)"
    r"|(?:DD(?<=月DD)|dd(?<=月dd))日)(?![A-Za-z]))"  # (a day left as its format after a month written: 3月DD日)
    r"|(?P<variable>\{\{\{[^{}|\n]{1,30}(?:\|[^{}\n]{0,30})?\}\}\}|%[sd](?![A-Za-z])"
    # (C's and Objective-C's formats with a position or a length: %ld, %2$lld, %1$@, %4$.1f before a unit, MB)
    r"|(?<![0-9A-Za-z])%(?:[1-9]\$)?(?:ll|l|h|z)[dui](?![A-Za-z])|(?<![0-9A-Za-z])%[1-9]\$@"
    r"|(?<![0-9A-Za-z])%(?:[1-9]\$)?\.[0-9]f(?![a-z])|%\.[0-9]f(?![A-Za-z])|%[1-9]\$[sd](?![A-Za-z])|\{[0-9]?\}|\{[0-9]:[A-Za-z0-9#.,]{1,6}\}|\$\{[A-Za-z_][A-Za-z0-9_.]*\}|(?<![A-Za-z0-9])\$\p{Han}{1,8}\$(?![A-Za-z0-9])|#[A-Z][A-Z_]{1,15}#"
    # (an SMS platform's variable, #name#, #code#; Ruby's interpolation, #{district})
    r"|(?<![A-Za-z0-9#])#[a-z][a-zA-Z_]{1,15}#(?![A-Za-z0-9#])|#\{[A-Za-z_][A-Za-z0-9_]{1,20}\}"
    r"|«\p{Han}{1,8}»|%[A-Z][A-Z0-9_]{1,20}%|%\p{Han}{1,8}%"  # (%NAME%, %金额%: a field between percent signs)
    # (%user_name%: in lower case, a letter past f in it, so that no URL-encoded bytes (%e5%8f) pass; ERB's <%= tel %>)
    r"|%(?=[a-z0-9_]*[g-z_])[a-z][a-z0-9_]{1,20}%|<%=[ \t]*[A-Za-z_][A-Za-z0-9_.]{0,30}[ \t]*%>"
    # (a numbered argument of a format between Chinese words: %1社区…走访%2户; Objective-C's %@)
    r"|(?<=\p{Han})%[1-9](?=\p{Han})|(?<=^|\n)%[1-9](?=\p{Han})|%@"
    # («company», $name$: a field named in Latin letters, three or more between its marks, not $x$ of a formula)
    r"|«[A-Za-z_][A-Za-z0-9_]{2,20}»|\$[A-Za-z_][A-Za-z0-9_]{2,20}\$"
    r"|" + _HASH_FIELD_PATTERN +
    # {userName}, ${经办人}: a template's variable in single braces, a name of three letters or more (in double
    # braces, or a name in Chinese in single ones, it is PH005's slot)
    r"|(?<!\{)\{[A-Za-z_][A-Za-z0-9_]{2,}\}(?!\})|\$\{\p{Han}{1,8}\}"
    # (Smarty's {$title}; [[date]] of an SMS platform: a lower-case name, not a wiki's link to a page, [[Python]])
    r"|\{\$[A-Za-z_][A-Za-z0-9_.]{1,40}\}|\[\[[a-z_][a-z0-9_]{1,20}\]\](?!\])"
    # (the tags of a content management system left in a page: DedeCMS {dede:field.title/} and [field:title/],
    # PbootCMS {pboot:date}, ThinkPHP {:region})
    r"|\{(?:dede|pboot|eyou|yzm):[A-Za-z_][^{}\n]{0,60}\}|\[field:[A-Za-z_][^\[\]\n]{0,40}\]"
    # (帝国CMS (EmpireCMS) [!--newstext--], [!--title--])
    r"|\[!--[A-Za-z_][A-Za-z0-9_.]{0,30}--\]"
    r"|\{:[A-Za-z_][A-Za-z0-9_.]{1,30}\}"
    # (what entity recognition or a translation tool leaves for a name it took out: __ORG__, @@NAME@@)
    r"|(?<![A-Za-z0-9_])__[A-Z]{2,12}(?:_[0-9]{1,2})?__(?![A-Za-z0-9_])|@@[A-Z]{2,12}@@)")
def _written_about(text: str, start: int, end: int) -> bool:
    """Whether the format or variable ``text[start:end]`` is written about (:data:`_WRITTEN_ABOUT` near it): for a name
    that entity recognition left (``__ORG__表示``, ``@@NAME@@表示``), 表示 is what the person said, not "stands for".

    >>> _written_about("日期格式为YYYY年", 5, 9), _written_about("__ORG__表示，双方将合作", 0, 7)
    (True, False)
    """
    about = _WRITTEN_ABOUT.search(text, max(0, start - 8), min(len(text), end + 8))
    if about is not None and about.group() == "表示" and text.startswith(("__", "@@"), start):
        about = _WRITTEN_ABOUT.search(text, about.end(), min(len(text), end + 8)) or \
            _WRITTEN_ABOUT.search(text, max(0, start - 8), about.start())
    return about is not None


#: a string opened as a function's argument in code (print(f", log.info(", format('), or as the value of a format's
#: key in a log line or a configuration file (format=", fmt: ', msg_template=")
_CODE_CALL = LazyRegex(r"(?:[A-Za-z_][A-Za-z0-9_.]*\(\s*[fFrRuUbB]?|(?i:[a-z_]*(?:format|fmt|template|tpl|pattern))"
                       r"\s*[=:]\s*)([\"'])")


def _in_code_string(text: str, start: int) -> bool:
    """Whether *start* lies in a string still open after a function call (or a format's key) opened it, on its line,
    60 characters back at most (``培训示例代码：print(f"欢迎你，{name}")``: a template variable of code shown, not one
    left unfilled).

    >>> _in_code_string('示例：print(f"欢迎你，{name}")', 16), _in_code_string('print("好")，尊敬的{name}', 12)
    (True, False)
    >>> _in_code_string('DEBUG format="用户%s登录"', 17), _in_code_string('INFO content="尊敬的%s"', 17)
    (True, False)
    """
    lo = max(0, start - 60, text.rfind("\n", max(0, start - 60), start) + 1)
    if text.find("(", lo, start) == -1 and text.find("=", lo, start) == -1:
        return False
    calls = list(_CODE_CALL.finditer(text, lo, start))
    return bool(calls) and text.find(calls[-1].group(1), calls[-1].end(), start) == -1


#: x's with a decimal point (x.xx): a figure's digits masked, whatever sign stands beside it (x.xx ×10^12/L)
_DECIMAL_XS = LazyRegex(r"[xX]+\.[xX]+")
#: a version left as its pattern's letters (vX.Y.Z, x.y.z)
_VERSION_LETTERS = LazyRegex(r"(?<![A-Za-z0-9.])[vV]?(?:X\.Y\.Z|x\.y\.z)(?![A-Za-z0-9.])")
#: a journal's volume and issue, and the pages, left as x's in a reference (xx(x): xx-xx)
_REFERENCE_XS = LazyRegex(r"(?<![A-Za-z0-9])[xX]{1,4}\([xX]{1,3}\)|(?<=[:：] )[xX]{1,4}[-–][xX]{1,4}(?![A-Za-z0-9])")
#: a line of a list of references (the kind of work in brackets: [J] a journal's article, [M] a book, [D] a thesis)
_REFERENCE_LINE = LazyRegex(r"\[[JMDCN]\]")
#: words that join or address people, before which a preposition-like surname opens a name (何某与向某, 和于某)
_JOINS_PEOPLE = frozenset("与和及同跟让给被把")
#: a score left blank (长河队 __:__ 红星队)
_SCORE_BLANK = LazyRegex(r"(?<![_A-Za-z0-9])_{1,4}[:：]_{1,4}(?![_A-Za-z0-9])")
#: an English title right before a letter (Mr. X, Dr. X)
_TITLE_BEFORE = LazyRegex(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.? $")
#: … and such a name anywhere (Mr. X)
_TITLED_X = LazyRegex(r"\b(?:Mr|Mrs|Ms|Miss)\.? X\b")
#: the key of an entry of a program's resource file of strings (download.progress=, login.welcome =)
_RESOURCE_KEY = LazyRegex(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+[ \t]*=")


def _resource_entry(text: str, start: int) -> bool:
    """Whether *start* lies in the value of an entry of a resource file of a program's strings, where the slots
    ({0}, %s, %d) are filled when the program runs: the line opens with a dotted key and ``=``, and another line of
    the text does too (``download.progress=已下载 {0}/{1} 个文件⏎login.welcome=欢迎回来，%s``).

    >>> t = "login.welcome=欢迎回来，%s\\ncart.count=购物车中有 %d 件商品"
    >>> _resource_entry(t, t.find("%s")), _resource_entry("欢迎回来，%s", 5)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    key = _RESOURCE_KEY.match(text, line_start, start)
    if key is None:
        return False
    return any(_RESOURCE_KEY.match(text, at + 1) is not None and at + 1 != line_start
               for at in find_all(text, "\n"))


#: the end of a string literal that code formats ("{}年".format(2024), '%s元' % x): the slot in it is code's
_FORMATTED_STRING = LazyRegex(r"[^\"'\n]{0,12}[\"'](?:\.format\(| ?% ?[(\w])")
#: filled marks, then empty ones of the same shape: a rating (●●●○○) or a progress bar (■■■□□), no mask
_RATING = LazyRegex(r"●+○+|■+□+|★+☆+|◆+◇+|▲+△+")
#: words around a format that talk about it
#: more slots listed after a slot ({{title}}、{{date}}): what is said about them comes after the last
_SLOT_CHAIN = LazyRegex(r"(?:[、，,和及与或]\{\{[^{}\n]{1,30}\}\})*")
#: (代码 and 对象 before a colon name a field, 岗位代码：${num}, 群发对象：${content}: a value's place, not code written
#: about)
_WRITTEN_ABOUT = LazyRegex(r"格式|占位|(?<!贡献)代码(?![：:])|字符串|模板语[法言]|变量|写作|JSON|对象(?![：:])|集合"
                           r"|渲染|脚本|表示|显示为|替换|例如|Shell"
                           r"|Python|组件|数据绑定|绑定|插值|Vue|Jinja|Django|format|printf|template", IGNORECASE)
#: 某 before a place's or an office's kind (某县, 某乡, 某局): a name left out, when another stands right beside it
#: (某县某乡某村) or a person of it follows (某局负责人)
_MOU_PLACE = LazyRegex(r"某(?=[省市县区乡镇村局厅委办]|街道|社区|片区|组(?![数织成合]))(?<!某某)")
_OFFICE_PEOPLE = ("负责人", "工作人员", "领导", "干部", "主任", "局长", "书记", "党员")


#: 某 and a street's kind before a house number (某路960号, 某街12号): an address, its street left out
_MOU_STREET = LazyRegex(r"某(?<!某某)(?:路|街|大道|大街|巷)(?=[0-9０-９]{1,5}号)")
#: 某, a short name's characters, then the kind of a body (某公司, 某交通运输局, 某幼儿园): a body left out by name
_MOU_BODY = LazyRegex(r"某(?!某)(?P<name>[\u4e00-\u67cf\u67d1-\u9fff]{0,6}?)"
                      r"(?:有限公司|公司|集团|企业|单位|幼儿园|小学|中学|学校|医院|卫生院|街道|社区|合作社|委员会|中心"
                      r"|酒店|超市|商店|工厂|小区|局|村|乡|镇|所|站|队|厂)")
#: characters that make 某 a determiner or break a name (某一单位, 某些企业, 某种, 某地的企业)
_NOT_A_BODY_NAME = frozenset("一些种个类地的和与及或在是为有把被对向从这那每各该此")
#: the name of a form's field right before its colon (生产商：, 车辆所属单位：), at a line's start or after a field
_FIELD_NAME_BEFORE = LazyRegex(r"(?:^|(?<=[\n\t\u3000 ，,；;]))[\u4e00-\u9fff]{2,8}[：:]$")
#: what may follow a field's value (the line's end, the next field, the sentence's end)
_FIELD_VALUE_END = frozenset(("", "\n", "\r", "\t", "\u3000", " ", "，", ",", "；", ";", "。", "（", "("))
#: a field that names a party of a decision or a case (当事人：某公司)
_PARTY_FIELD = ("当事人：", "当事人:", "被处罚人：", "被处罚单位：", "被申请人：", "申请人：", "被告：", "原告：")


def _bodies_left_out(text: str, pseudonyms, surnames: frozenset | set = frozenset()) -> Iterator[Candidate]:
    """``某交通运输局原四级调研员史某某…``, ``当事人：某公司``: 某 before a body's kind (公司, 局, 幼儿园 …), in a
    section that leaves people out by name too (*pseudonyms*, asked of the span between blank lines around the body
    when needed: 史某某, 邹某), or as a party's field: the body's name was left out. Alone in prose, 某公司 may be any
    company (某些企业, 某一单位 are words).

    >>> [(c.start, c.end) for c in _bodies_left_out("某交通运输局调研员史某某收受某公司礼品。", lambda lo, hi: True)]
    [(0, 6), (14, 17)]
    >>> no = lambda lo, hi: False
    >>> [(c.start, c.end) for c in _bodies_left_out("当事人：某公司", no)], list(_bodies_left_out("某公司", no))
    ([(4, 7)], [])
    """
    known: dict[tuple[int, int], bool] = {}  # (whether a section leaves people out by name: asked once a section)
    for m in _MOU_BODY.finditer(text):
        start, end = m.span()
        name = m.group("name")
        if any(ch in _NOT_A_BODY_NAME for ch in name) or text[start - 1:start] == "某" or \
                (name[:1] in ("年", "月", "日", "天") and text[start - 2:start] in ("某年", "某月")) or (
                text[start - 1:start] in surnames and not name):
            continue  # (邹某所送: a person, then what they gave)
        if text[max(0, start - 6):start].endswith(_PARTY_FIELD) or (
                text[start - 1:start] in ("：", ":") and text[end:end + 1] in _FIELD_VALUE_END and
                _FIELD_NAME_BEFORE.search(text, max(0, start - 9), start)):
            # (生产商：某食品有限公司: a form's field, its value the body left out; not 例题：某工厂一月份…, prose)
            yield Candidate(start, end, "entity")
            continue
        # (the evidence is the section's the body stands in: up to a blank line either side, a part of its own)
        section = _section_of(text, start, end)
        if section not in known:
            known[section] = pseudonyms(*section)
        if known[section]:
            yield Candidate(start, end, "entity")


def _section_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span between blank lines around ``text[start:end]``: a part of the text of its own.

    >>> _section_of("甲\\n\\n乙丙\\n\\n丁", 3, 4)
    (2, 5)
    """
    hi = text.find("\n\n", end)
    return text.rfind("\n\n", 0, start) + 1, hi if hi != -1 else len(text)


def _places_left_out(text: str, names_left_out=None) -> Iterator[Candidate]:
    """``某县某乡某村发生一起事故``, ``某局负责人尹某乙``: 某 and a place's or an office's kind, where a name was left
    out; only beside another such (某县某乡), before a person of it (某局负责人) or before the office of a place
    (某市人民法院, 某县…局), or anywhere in a text that leaves two places out so: 某地, 某些, 在某村调研 alone are
    ordinary words; alone too in a section that leaves people's names out (*names_left_out*, asked of the span
    between blank lines around the place: 张某, 某某), where each 某 before a place's kind is one more name left
    out (村务监督委员会主任：张某 … 某组道路硬化).

    >>> [(c.start, c.end) for c in _places_left_out("某县某乡某村发生事故。某局负责人到场。在某村调研。")]
    [(0, 2), (2, 4), (4, 6), (11, 13), (20, 22)]
    >>> [(c.start, c.end) for c in _places_left_out("在某村调研。")]
    []
    """
    weak = []
    strong = 0
    for m in _MOU_PLACE.finditer(text):
        start, end = m.start(), m.end() + 1
        if text[end - 1:end + 1] in ("街道", "社区", "片区"):
            end += 1
        if text[end:end + 1] == "某" or text[start - 2:start - 1] == "某" or text.startswith(_OFFICE_PEOPLE, end) or \
                text[start - 1:start] in ("@", "＠") or _OFFICE_OF_PLACE.match(text, end) is not None:
            strong += 1
            yield Candidate(start, end, "entity")  # (@某市交警: an account's name left out; 某市人民法院, 某县…局)
        elif text[end:end + 1] not in _NOT_A_PLACE_AFTER:
            weak.append((start, end))
    if strong >= 2:  # (某市…，某县…局负责人…，某街道共投入…: a text that leaves its places out leaves them all out)
        yield from (Candidate(start, end, "entity") for start, end in weak)
    elif names_left_out is not None:
        yield from (Candidate(start, end, "entity") for start, end in weak
                    if names_left_out(*_section_of(text, start, end)))
    if "号" in text:
        for m in _MOU_ADDRESS.finditer(text):  # 住某巷某号, 在某街某号附近: an address left out
            yield Candidate(m.start(), m.end(), "entity")


#: 某 alone where a name stands: in brackets (许某某（某）), a field's whole value (经营者：某), before a room's
#: number (某2楼), or the issuer of a document's number (某市监罚〔2020〕)
_LONE_MOU = LazyRegex(r"(?<=[（(])某(?=[）)])|(?<=[：:])某(?=[，,。；;、\s]|$)|(?<!某)某(?=\d)"
                      r"|(?<![某\p{Han}])某(?=\p{Han}{1,4}〔)")
#: what after 某 and a place's kind makes it a word of its own (某市场, 某区域, 某村级): no place left out
_NOT_A_PLACE_AFTER = frozenset("场域级委")
#: the office of a place whose name was left out (某市人民法院, 某县应急管理局)
_OFFICE_OF_PLACE = LazyRegex(r"(?:中级)?人民(?:法院|检察院|政府|医院)|公安(?:局|分局)"
                             r"|[\p{Han}]{1,8}?(?:管理局|局|委员会)"
                             r"(?=[，,。；;、：:\s（(]|$|负责人|工作人员|领导|局长|主任)")
#: an address left out: 某 before the street's kind and before the number (某巷某号, 某路12号 after 某街)
_MOU_ADDRESS = LazyRegex(r"某(?:路|街|巷|弄|大道|小区|村)某号")
#: 某年某月某日, 某月某日: a date left out
_MOU_DATE = LazyRegex(r"某[年月](?:某[月日时])+")
#: verbs of putting off before 某年某月 in the idiom "(not) until some day or other" (不能拖到某年某月)
_PUT_OFF = frozenset({"拖到", "等到", "推到", "留到", "拖至", "等至", "推至", "挪到"})
#: … and the words after it (“某年某月再说”的拖延思想)
_PUT_OFF_AFTER = ("再说", "再办", "再议", "再弄", "再讲")
#: a person named 某 and an ordinal (某甲, 某乙) as a record's field or a list's item: after a colon, a space, 、 or a
#: line break (or 与/和 between two of them), before a mark, a space, 与/和/等 or the line's end; or opening a sentence
#: as its subject (。某乙受到…处分; not 某甲级医院)
_ORDINAL_PERSON = LazyRegex(r"某(?<=[：:\s、与和及]某)[甲乙丙丁戊己庚辛壬癸](?=[\s、，,。；;：:（(与和及等]|$)"
                            r"|某(?<=[。；！？]某)[甲乙丙丁戊己庚辛壬癸](?![级等类型方种])")
#: a variable set by an exercise (设每件商品降价x元, 设x为…)
_VARIABLE_SET = LazyRegex(r"(?:(?<=[，,。；;：:\s（(])|^|(?<=[若如则解]))设"
                          r"[^。\n，,]{0,16}?(?<![A-Za-z])[xX](?![A-Za-z])")
#: what follows 某年某月 told as a story's time (某年某月的一个雨夜, 某年某月的一天)
_STORY_TIME = ("的一", "的那", "的某", "里的一", "间的一")
#: … or the words after a comma that open a story told from that day (某年某月某日，一位老人…; ，我…)
_STORY_OPENS = LazyRegex(r"[，,](?:一[位个名场群对天]|有一|有位|有个|我|他|她)")
#: words of talk, memory or a supposition right before 某年某月 (有人说, 假如, 回忆): a day in general, not one left out
_SAID_OR_SUPPOSED = ("说", "称", "如果", "假如", "假设", "比如", "例如", "预言", "传言", "回忆", "记得", "想起", "写道",
                     "写着", "记载")
#: … or anywhere in the sentence before it (老人回忆，记不清是某年某月: the day is forgotten, not left blank)
_REMEMBERED = ("回忆", "记不清", "记不得", "不记得", "想不起", "说不清", "依稀", "隐约")
#: verbs after 所 that make it "what (someone) did" after a pseudonym (邹某所送, 王某所述), not 某所 (some institute)
_AFTER_SUO = frozenset("送给收得作做说述称在属有持管辖涉提用写讲赠交开办签")
#: what tells people of one surname apart in a pseudonym (尹某乙, 张某甲)
_NAME_ORDINALS = frozenset("甲乙丙丁戊己庚辛壬癸")
#: characters after 某 that make it a determiner (某些, 某种, 于某日, 向某地), not part of a pseudonym
_DETERMINED = frozenset("些种一个处地方时天日年月类项件点次届部条所样位单人物事段区县市镇乡村省")


_X_CHARS = "xXｘＸ"
_TOKEN_DOTS = ".．"


def x_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of *text* that hold every possible x-run token: each maximal run of digits, x's and dots
    around an ``x``/``X``/``ｘ``/``Ｘ``, plus the two characters after it that the pattern's look-ahead reads.

    The token pattern runs only there (its look-behind still sees the text before a stretch), so a
    report is not scanned character by character for the few places that hold an x.

    >>> text = "走访xx户，完成12.x万元，使用Excel"
    >>> [text[a:b] for a, b in x_windows(text)]
    ['xx户，', '12.x万元', 'xce']
    """
    positions = sorted(i for ch in _X_CHARS if ch in text for i in find_all(text, ch))
    windows: list[tuple[int, int]] = []
    n = len(text)
    for p in positions:
        if windows and p < windows[-1][1] - 2:
            continue  # inside the run of the previous window
        lo = p
        while lo > 0 and _in_token(text[lo - 1]):
            lo -= 1
        hi = p + 1
        while hi < n and _in_token(text[hi]):
            hi += 1
        hi = min(n, hi + 2)
        if windows and lo < windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


#: from an x, the digits (``\\d``: ``str.isdecimal``, as :func:`_in_token`), x's and dots after it: one class search
#: finds the runs of :func:`x_windows`
#: one pattern per kind of x, each starting with its letter: a search for a literal is several times faster
#: than one for a class (over 1.4 MB: 0.2 ms against 3 ms), and the runs of the two or four are merged
_X_RUNS = {ch: LazyRegex(ch + r"[xXｘＸ]*([\dxXｘＸ.．]*)") for ch in "xXｘＸ"}
#: what the token pattern's look-behind and look-ahead refuse next to a token
_TOKEN_EDGE = LazyRegex(r"[\p{Latin}\p{Nd}_.．]")
#: the letters of a train's class before its number (G, D, K …), and what may follow the number after 车次：
_TRAIN_CLASSES = frozenset("GDCKTZYSL")
_AFTER_TRAIN_NUMBER = frozenset(" \u3000\t、，,。；\n")
_IS_TOKEN_EDGE = CharClass(_TOKEN_EDGE)


def x_tokens(text: str, long_runs: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of every x-run token of *text*: what ``_X_TOKEN.finditer(text)`` finds, found faster.

    The windows of :func:`x_windows` come from one class search; a window that is a single run of x's
    alone (``xx`` between Chinese characters: nearly all of them) is decided by looking at the two
    characters around it, which is all the token pattern would look at there; other windows go to the
    pattern, as in :func:`x_windows`. With *long_runs*, the start of every run of four x's or more of one
    letter (``XXXX``, ``xxxx``: what a masked code holds) is appended to it.

    >>> x_tokens("走访xx户，完成12.x万元，使用Excel")
    [(2, 4), (8, 12)]
    """
    n = len(text)
    runs = [m for ch, pattern in _X_RUNS.items() if ch in text for m in pattern.finditer(text)]
    if len(runs) > 1:
        runs.sort(key=_start)
    edge = _IS_TOKEN_EDGE
    tokens: list[tuple[int, int]] = []
    # the window being built: [lo, hi), and the end of its run when it is a single run of x's alone (else -1)
    w_lo = w_hi = w_plain = -1
    last_end = -1
    for m in runs:
        lo, end = m.span()
        if lo < last_end:
            continue  # an x inside the run of an x before it
        last_end = end
        if long_runs is not None and end - lo >= 4:
            for four in ("XXXX", "xxxx"):
                if (k := text.find(four, lo, end)) != -1:
                    long_runs.append(k)
        if lo >= 2 and text[lo - 1] in _PLATE_LETTERS and text[lo - 2] in _PROVINCES and \
                m.group().lower().startswith("xx") and not (end < n and edge[text[end]]):
            tokens.append((lo, end))  # 鄂Cxxx80: a vehicle's plate with its number masked
            continue
        if lo >= 1 and text[lo - 1] in _TRAIN_CLASSES and (lo < 2 or not edge[text[lo - 2]]) and \
                2 <= end - lo <= 4 and m.start(1) == end and (text[end:end + 1] == "次" or (
                    (end == n or text[end] in _AFTER_TRAIN_NUMBER) and
                    text.find("车次", max(0, lo - 12), lo) != -1)):
            tokens.append((lo, end))  # Gxxxx次, 停运以下列车：Kxxx次、Dxx次: a train's number left as x's
            continue
        if lo >= 5 and text.startswith("国药准字", lo - 5) and text[lo - 1].isascii() and text[lo - 1].isupper() and \
                m.start(1) == end and end - lo >= 4:
            tokens.append((lo, end))  # 国药准字Hxxxxxxxx: a drug's approval number left as x's
            continue
        plain = end if m.start(1) == end else -1  # x's alone (nothing after the leading x's)
        if lo:
            ch = text[lo - 1]
            if ch in _TOKEN_CHARS or ch.isdecimal():  # digits or dots before the x (_in_token)
                lo -= 1
                while lo > 0 and _in_token(text[lo - 1]):
                    lo -= 1
                plain = -1
        hi = end + 2 if end + 2 < n else n
        if lo < w_hi:  # the windows of x_windows join
            w_hi = hi
            w_plain = -1
            continue
        if w_hi >= 0:
            _window_tokens(text, w_lo, w_hi, w_plain, edge, tokens)
        w_lo, w_hi, w_plain = lo, hi, plain
    if w_hi >= 0:
        _window_tokens(text, w_lo, w_hi, w_plain, edge, tokens)
    return tokens


def _window_tokens(text: str, lo: int, hi: int, plain: int, edge: CharClass, tokens: list[tuple[int, int]]) -> None:
    if plain >= 0:
        # x's alone: the token is the run, unless the pattern refuses the character after it (then no
        # shorter run of x's passes either: an x follows it) or the one before it; a unit in Latin
        # letters after two x's or more does not make them a word (扩容xxTB)
        if not (lo and edge[text[lo - 1]]) and (not (plain < len(text) and edge[text[plain]]) or (
                plain - lo >= 2 and _LATIN_UNIT_AFTER.match(text, lo))):
            tokens.append((lo, plain))
        return
    tokens.extend(m.span() for m in _X_TOKEN.finditer(text, lo, hi))


#: 某 before the way one is addressed after a surname (某先生, 某女士): a surname masked
_SOMEONE_ADDRESSED = LazyRegex("某(?:先生|女士|小姐|师傅|阿姨|大爷|大妈)")


#: the first two characters of a Chinese vehicle plate: the province's character, then a capital letter
_PROVINCES = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
_PLATE_LETTERS = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ")
_TOKEN_CHARS = "xXｘＸ.．"
#: the words that name a code right before it (货号X2663: letters and digits of a code, not a masked number)
_CODE_LABELS = ("货号", "编号", "批次号", "批号", "型号", "款号", "代码", "编码", "序列号", "代号", "车型", "机型")
#: a power after a letter makes it a variable (x²)
_SUPERSCRIPTS = frozenset("²³¹⁰⁴⁵⁶⁷⁸⁹ⁿ")
#: x's before one of :data:`_LATIN_UNITS`
_LATIN_UNIT_AFTER = LazyRegex(rf"[xX]{{2,}}(?=(?:{_LATIN_UNITS})(?![A-Za-z]))")
#: what a variable defined after 其中， or 式中， stands for: a kind or a range (X为氯或溴, X表示…, x为1～5的整数),
#: not an amount (其中，X为12人 would be a count masked)
_DEFINITION_AFTER = LazyRegex(r"(?:为|表示|代表|是指)(?![0-9０-９]{1,}(?:[万亿]?[元人户个家件])|[xX])")
#: words that define a variable right after it (其中x为满意度得分, 式中X表示…)
_DEFINES = ("为", "表示", "代表", "是指")


#: a number with decimals right before stars of significance (0.57**; a masked figure's stars stand among digits)
_DECIMAL_BEFORE = LazyRegex(r"(?<![0-9.])[-−]?[0-9]{1,3}\.[0-9]{1,4}$")
#: a name in Latin letters and the words of a model after it, up to a space or hyphen (Ryzen 9 , Core i7-)
_LATIN_NAME_BEFORE = LazyRegex(r"[A-Za-z]{2,}(?:[ -][0-9A-Za-z]{1,6})*[ -]$")
#: a word in Latin letters after a space (宝马X5 xDrive30Li: the model's name goes on)
_LATIN_WORD_AFTER = LazyRegex(r" [A-Za-z]{2,}")
#: what names the X Window System around X11 (Linux 图形界面需要 X11 或 Wayland)
_X_WINDOW_NEAR = LazyRegex(r"Linux|Unix|UNIX|Wayland|Xorg|XQuartz|图形界面|窗口系统|显示服务|SSH|ssh")
#: a receipt's price after an item's count (口罩 x3  6.50, 抽纸 X6  ¥17.80)
_PRICE_AFTER = LazyRegex(r"[ \t\u3000]+[¥￥$]?[0-9][0-9,]*\.[0-9]{2}(?![0-9])")
#: the head of a model's name before a hyphen (G1.6, JZT2): letters and digits, one of each at least
_MODEL_HEAD_BEFORE = LazyRegex(r"(?<![A-Za-z0-9.])(?=[A-Za-z0-9.]*[0-9])(?=[A-Za-z0-9.]*[A-Za-z])[A-Za-z0-9.]{2,8}$")
#: the edition of a product after its model's name (X9 Pro, X20 Max, X9-B)
_MODEL_SUFFIX = LazyRegex(r" ?(?:Pro|Max|Plus|Mini|Ultra|Lite|SE|Air)(?![A-Za-z])|-[A-Z](?![A-Za-z0-9])")


def _is_model_or_variable(text: str, start: int, end: int) -> bool:
    """Whether the single letter ``text[start:end]`` names a model (``X-60型``: a hyphen and digits
    after it), a variable being defined (``其中x为…``, ``式中X表示…``) or a letter talked about (``字母X``,
    ``末位小写x``, ``拼音中的x读作…``).

    >>> [_is_model_or_variable(t, 2, 3) for t in ("新增X-60型", "其中x为得分", "走访x户", "题设x为正数", "试求x的值",
    ...                                           "解得x约为3%", "设为x，由(1+x)²=1.21得", "配备X-Trail",
    ...                                           "若点X为中点")]
    [True, True, False, True, True, True, True, True, True]
    >>> text = "令X表示抽检不合格的样本数，则X服从二项分布。"
    >>> _is_model_or_variable(text, 15, 16), _is_model_or_variable("所述合金中x的取值范围为0.2～0.4", 5, 6)
    (True, True)
    """
    if text[end:end + 1] in ("-", "－") and (text[end + 1:end + 2].isdigit() or
                                            _NAME_AFTER_HYPHEN.match(text, end + 1) is not None):
        return True  # X-60型, X-Trail: a model's name (but 表x-xx: x's on both sides, a number masked)
    if text.startswith(("的取值范围", "取值范围", "的取值", "的范围"), end):
        return True  # x的取值范围为0.2～0.4: a variable's range
    if text[start - 2:start] == "代号" or text[start - 3:start] == "代号为":
        return True  # 主角代号X: a code name
    if text[start - 1:start] in ("-", "－") and _MODEL_HEAD_BEFORE.search(text, max(0, start - 16), start - 1) and \
            _MODEL_FIELD.search(text, max(0, start - 16), start) is not None:
        return True  # 型号G1.6-X: the last letter of a model's name, its head written out
    if text[start - 1:start] == "点" and not text[start - 2:start - 1].isdigit() and \
            text[end:end + 1] in "为在是与和，,":
        return True  # 点X为BC边的中点: a point of a figure (but 8点X分: a time masked)
    if "₀" <= text[end:end + 1] <= "₉" or "\u0300" <= text[end:end + 1] <= "\u036f":
        return True  # X₁, X₂: indexed variables of a formula; x̄: a mean (a combining mark above it)
    if text[start - 1:start] == "以" and text.startswith(("表示", "代表"), end):
        return True  # 以x表示月份: a variable named
    if text[start - 2:start] in ("变量", "未知数", "坐标", "変数") or text[start - 3:start] == "未知数":
        return True  # 自变量x的取值范围, 未知数x, 横坐标x为月份: a variable named as one (変数x: in Japanese)
    if text[start - 4:start] == "for " and text.startswith(" in ", end):
        return True  # 循环语句for x in range(3): a loop's variable in code quoted
    if text[end:end + 1] == "轴" and text[end + 1:end + 2] != "承":
        return True  # x轴表示年份: a chart's axis (but x轴承: a bearing's count masked)
    if text[start - 2:start] in ("字母", "小写", "大写") or "拼音" in text[max(0, start - 6):start] or \
            text.startswith(("读作", "读音", "发音", "的读音", "的发音"), end):
        return True  # 字母X, 拼音中的x读作…: a letter talked about
    if (text[start - 1:start] in ("设", "令") and text.startswith(_DEFINES, end)) or \
            (text[start - 1:start] == "求" and text.startswith(("的值", "值", "的取值"), end)) or \
            text[start - 2:start] in ("解得", "求得", "可得"):
        return True  # 设x为正整数, 求x的值, 解得x约为3.2%: a variable of an exercise
    if text[start - 3:start] in ("其中，", "式中，", "其中,", "式中,") and \
            _DEFINITION_AFTER.match(text, end) is not None:
        return True  # 其中x为…, 式中，X为氯或溴: a variable of a formula, defined
    if text[start - 2:start] in ("其中", "式中") and text.startswith(_DEFINES, end):
        return True
    if "设" in text[max(0, start - 17):start] and any(
            m.end() == end for m in _VARIABLE_SET.finditer(text, max(0, start - 17), end)):
        return True  # 设每件商品降价x元: a variable set by an exercise
    # (looked for on the token's line only: a paragraph further off says nothing of it)
    lo = max(0, start - 30, text.rfind("\n", max(0, start - 30), start) + 1)
    line_end = text.find("\n", end, end + 30)
    hi = min(len(text), end + 30) if line_end == -1 else line_end
    letter = text[start:end]
    if letter in "xX" and (_ASKED_FOR.search(text, lo, hi) is not None or (
            text[end:end + 1] not in _COUNT_AFTER and _LONE_Y.search(text, lo, hi) is not None)):
        return True  # 卖出x箱后还剩259箱，求x; 当x增加1个单位时，y平均增加0.8个单位: the unknown, or x beside y (but
        # 共有x户，其中y户: two numbers masked)
    if _SUPPOSED.search(text, lo, start) is not None and _THEN.match(text, end) is not None:
        return True  # 若工程队每天修路x米，则181天可完成: a supposition's unknown (a lone x, 若 before it, 则 after)
    if _IN_AN_EQUATION.search(text, lo, hi) is not None and letter in text[lo:start] + text[end:hi]:
        return True  # 设增长率为x，则由(1+x)²=1.21得x=10%
    # 令X表示抽检不合格的样本数 … 则X服从二项分布: the letter defined before it, within 300 characters
    return letter in _defined_letters(text, max(0, start - _DEFINITION_REACH), start)


def _defined_letters(text: str, lo: int = 0, hi: int | None = None) -> frozenset[str]:
    """The letters that ``text[lo:hi]`` defines as variables (``令X表示…``, ``式中，x表示…``, ``0.1≤x≤0.5``): elsewhere
    in the document such a letter is the same variable, not a masked value.

    >>> sorted(_defined_letters("令X表示样本数。式中，x表示权重；走访x户")), _defined_letters("共有x户")
    (['X', 'x'], frozenset())
    >>> sorted(_defined_letters("设x为每户增收额，则总额为户数乘以x"))
    ['x']
    """
    hi = len(text) if hi is None else hi
    letters: set[str] = set()
    # (looked for from the words and signs around the letter, rarer than x: a pattern that opens with a choice of
    # words would be tried at every character)
    for word in ("表示", "代表", "是指"):
        at = text.find(word, lo, hi)
        while at != -1:
            if text[at - 1:at] in ("x", "X") and text[max(0, at - 4):at - 1].endswith(_DEFINERS):
                letters.add(text[at - 1])
            at = text.find(word, at + 2, hi)
    at = text.find("设", lo, hi)
    while at != -1:  # 设x为每户年均增收额 … 乘以x: the letter an exercise or an estimate set
        if text[at + 1:at + 2] in ("x", "X") and text.startswith(("为", "表示", "是"), at + 2):
            letters.add(text[at + 1])
        at = text.find("设", at + 1, hi)
    for sign in "≤<＜≦":
        at = text.find(sign, lo, hi)
        while at != -1:
            m = _LETTER_BOUNDED.match(text, max(0, at - 1))
            if m is not None and m.start() == at - 1:
                letters.add(m.group(1))
            at = text.find(sign, at + 1, hi)
    return frozenset(letters)


#: how far before a lone letter its definition is looked for
_DEFINITION_REACH = 300
#: what defines the letter right after it as a variable (令X表示, 设x表示, 式中，x表示)
_DEFINERS = ("令", "设", "以", "式中", "其中", "式中，", "其中，", "式中,", "其中,")
#: a letter bounded on both sides (0.1≤x≤0.5): a variable's range
_LETTER_BOUNDED = LazyRegex(r"[0-9][≤<＜≦] ?([xX]) ?[≤<＜≦] ?[0-9]")


#: a name in Latin letters after a letter and a hyphen (X-Trail), not a run of x's (x-xx)
_NAME_AFTER_HYPHEN = LazyRegex(r"(?![xX]+(?![A-Za-z]))[A-Za-z]{2,}")
#: the unknown an exercise asks for, at the end of a clause (求x。, 求出x，)
_ASKED_FOR = LazyRegex(r"求[出得]?(?<![A-Za-z])[xX](?=[。，,？?；;]|$)")
#: a lone y near a lone x: two variables (横轴为x，纵轴为y; 当x增加时，y…), not one masked value
_LONE_Y = LazyRegex(r"(?<![A-Za-z])[yY](?![A-Za-z0-9人户家个名位项件次起处所元万亿吨亩天日月年])")
#: what follows a number counted or measured (x户, y人): there a lone letter is a masked number
_COUNT_AFTER = frozenset("人户家个名位项件次起处所元万亿吨亩天日月年")
#: a supposition opening the clauses before a lone x (若工程队每天修路x米…), its sentence not ended on the way
_SUPPOSED = LazyRegex(r"(?:若|如果|假如|假设)[^。！？；;\n]{0,20}$")
#: … and its consequence after it in the same sentence (…，则181天可完成)
_THEN = LazyRegex(r"[^。！？；;\n]{0,20}?[，,]则")


#: the letter x in an equation or a power: (1+x)², x=10%, 2x+1
_IN_AN_EQUATION = LazyRegex(r"[+\-*/−－×÷][xX](?=[)）+\-*/=²³^−－×÷])|[(（][xX][+\-*/−－×÷]|[xX][)）][²³^/]"
                            # (a limit or a comparison: 当x→0时, x＜3)
                            r"|(?<![A-Za-z])[xX] ?[→<>＜＞≤≥≠∈]"
                            r"|(?<![A-Za-z])[xX][=＝²³^]|[xX][₀-₉]"
                            # a coefficient before it, an operation after (2x+3=11, ax+b=c)
                            r"|(?<![A-Za-z0-9])(?:[0-9]{1,3}|[a-w])[xX][+\-−－=＝](?=[0-9a-z(（])")


#: what follows X's that make a clothing size (XX-Large码, X-Small)
_SIZE_WORDS = ("-Large", "-large", "-Small", "-small", " Large", " Small", "-Big")
#: words around a lone X that talk about the check character of an identity number (末位为X, 罗马数字X)
_CHECK_CHARACTER_WORDS = ("校验", "末位", "最后一位", "尾号", "罗马数字")
#: … and the codes that have one (身份证, ISBN; 校验失败 alone says a check character is meant)
_CHECKED_CODES = ("身份证", "罗马数字", "ISBN", "证件号", "社保卡", "校验")


def _check_character_talk(text: str, start: int, end: int) -> bool:
    """Whether a lone X stands where a text talks about the check character of an identity number.

    >>> _check_character_talk("末位为X的身份证号码须大写", 3, 4), _check_character_talk("全年走访X户", 4, 5)
    (True, False)
    """
    near = text[max(0, start - 20):end + 20]
    return any(w in near for w in _CHECKED_CODES) and any(w in near for w in _CHECK_CHARACTER_WORDS)


#: what follows a factor written with x (2x倍速, 10x光学变焦) or stands before it (放大倍数为400x)
_FACTOR_AFTER = ("倍", "光学", "变焦", "放大", "速度", "播放", "镜头", "数码")
_FACTOR_BEFORE = ("倍数", "倍率", "放大", "变焦", "倍速")
#: … and the words of a speed-up before a factor that ends its clause (渲染速度提升2x。)
_SPEEDUP_BEFORE = ("速度提升", "速度提高", "提速", "加速", "性能提升", "效率提升")


def _magnification(text: str, start: int, end: int) -> bool:
    """Whether digits and an x (``2x``, ``400x``) write a factor of magnification or speed.

    >>> _magnification("视频可以2x倍速播放", 4, 6), _magnification("放大倍数为400x。", 5, 9)
    (True, True)
    >>> _magnification("共2x户", 1, 3), _magnification("支持1.5x和2x倍速播放", 2, 6)
    (False, True)
    """
    if text.startswith(_FACTOR_AFTER, end) or any(w in text[max(0, start - 8):start] for w in _FACTOR_BEFORE) or (
            text[end:end + 1] in ("", "。", "，", ",", "；", ";", "、", "）", ")", " ", "\n") and
            any(w in text[max(0, start - 8):start] for w in _SPEEDUP_BEFORE)):
        return True
    # (0.5x、1x、2x倍速; 1.5x和2x倍速播放: a list of factors, the last one's words said for all)
    following = _NEXT_FACTOR.match(text, end)
    return following is not None and _magnification(text, following.start(1), following.end())


#: a list's next factor (、2x, 和2x, /1.5x)
_NEXT_FACTOR = LazyRegex(r"(?:和|与|或|、|/|／|至|到|~|～|-)[ \t]?([0-9]{1,3}(?:\.[0-9]{1,2})?)[xX×]")


#: what stands right after an inequality's sign (x>0, x<=5, x>-1)
_INEQUALITY_RIGHT = frozenset("0123456789=-−")
#: a policy's name of a number and X (1+X证书, 5+X工作法, 1+N+X政策体系), whose X the text may name again alone
_PLUS_X = LazyRegex(r"[0-9一二三四五六七八九十](?:[+＋][A-Za-z]){0,3}[+＋][Xx]")
#: a Roman numeral with I or V in it (IX, XI, IV, VII), whose neighbours of X's only are Roman numerals too
#: (not after a digit: 220V is volts)
_ROMAN_NEAR = LazyRegex(r"(?<![A-Za-z0-9.])(?:X{0,3}(?:IX|IV|V?I{1,3})|X{0,3}V)(?![A-Za-z])")
#: a word after which a run of capital X's is a Roman numeral (Chapter XX, Part XX)
_ROMAN_CONTEXT = LazyRegex(r"(?:Chapter|Part|Vol\.?|Volume|Book|Section|Article|Class|Grade|Stage|Phase|Unit|No\.)"
                           r"\s+$")


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside the 《》 of a work's name that holds Chinese words besides it
    (``《X的悲剧》``), not of an official document (``《关于X的通知》``, ``《X县专项规划》``: a subject or a place left
    out).

    >>> _in_title("推荐书目：《X的悲剧》。", 6, 7), _in_title("X的悲剧", 0, 1), _in_title("印发《X县专项规划》", 3, 4)
    (True, False, False)
    """
    opening = text.rfind("《", max(0, start - 12), start)
    closing = text.find("》", end, end + 12)
    if opening == -1 or closing == -1 or text.find("》", opening, start) != -1:
        return False
    if text.startswith(_PLACE_KINDS, end) or text[opening + 1:closing].endswith(_DOCUMENT_KINDS) or \
            text.endswith("关于", opening + 1, start):
        return False  # 《X县专项规划》, 《关于X的通知》: an official document's name, a place or subject left out
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text[opening + 1:closing]) >= 2


#: the kinds of place an x may stand for before them (X县, X市)
_PLACE_KINDS = ("省", "市", "县", "区", "镇", "乡", "村", "街道", "社区")
#: the last words of an official document's name (《X市X工作实施方案》)
_DOCUMENT_KINDS = ("通知", "方案", "规划", "意见", "办法", "报告", "决定", "规定", "细则", "纲要", "函", "批复", "总结",
                   "要点", "制度", "条例", "标准", "公告", "通报", "预案", "决议", "请示", "说明", "清单")


def quoted_mention(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a quotation holds and the quotation is one of a list of them
    (``“XX”“某某”等``, ``“xx”、“××”``): placeholders named in a text about placeholders, not left in one.

    >>> t = "不得使用“XX”“某某”等代称，全年走访“xx”户"
    >>> quoted_mention(t, 5, 7), quoted_mention(t, 9, 11), quoted_mention(t, 21, 23)
    (True, True, False)
    """
    if not quoted(text, start, end):
        return False
    after = text[end + 1:end + 2]
    return after in QUOTE_PAIRS or after in ("等", "、") or text[start - 2:start - 1] in ("”", "」", "、")


#: words that present a quotation as a form to follow, not a fact (落款写作“某某县某某局”, 格式文本中“某某村”仅为示意)
_EXAMPLE_CUE = LazyRegex(r"格式|示意|写作|写为|写成|写法|范本|范例|模板|样式|示例|例如|比如|字样|表述为|参照|式样"
                         r"|仅供参考|形式|语法|字段|”域|邮件合并|参数|变量|占位符|代称|代替")


def quoted_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a short quotation that its sentence presents as a form or an
    example (``落款统一写作“某某县某某局”``, ``附件格式文本中“某某村民委员会”仅为示意``): a template quoted on purpose.

    >>> t = "落款统一写作“某某县某某局”。经某某介绍，全年走访“某某村”12户。"
    >>> quoted_example(t, 7, 9), quoted_example(t, 19, 21), quoted_example(t, 28, 30)
    (True, False, False)
    """
    opening = text.rfind("“", max(0, start - 20), start)
    if opening == -1 or text.find("”", opening, start) != -1:
        return False
    closing = text.find("”", end, end + 20)
    if closing == -1:
        return False
    if text[opening - 1:opening] == "如":
        return True  # 由发文机关、事由和文种组成，如“某某市人民政府关于某某事项的通知”
    floor, ceiling = max(0, opening - 200), min(len(text), closing + 200)  # (a sentence's reach: never the document)
    sentence = max(max(text.rfind(mark, floor, opening) for mark in "。！？；\n") + 1, floor)
    stop = min((k for k in (text.find(mark, closing, ceiling) for mark in "。！？；\n") if k != -1), default=ceiling)
    return _EXAMPLE_CUE.search(text, sentence, stop) is not None


def _without_quoted_talk(text: str, found: Iterator[Candidate], code: bool = True,
                         named: bool = True) -> Iterator[Candidate]:
    """*found*, without the placeholders that a quotation holds whole and that the text writes about: one of a list
    of quotations (``“【单位名称】”“【日期】”等字段``), a form its sentence presents (``以“${参数名}”形式书写``), or
    (when *code* may be shown: backticks, ASCII quotes or 写 in the text) code a line about a notation shows
    (:func:`code_example`), or (when *named*: 字段, 域 … in the text) a field a manual names (:func:`_field_named`)."""
    for cand in found:
        if quoted(text, cand.start, cand.end) and (quoted_mention(text, cand.start, cand.end) or
                                                    quoted_example(text, cand.start, cand.end)):
            continue
        if code and (code_example(text, cand.start, cand.end) or _environment_variable(text, cand.start, cand.end)):
            continue
        if named and _field_named(text, cand.start, cand.end):
            continue
        yield cand


#: the words that name a template's field right before it (字段${applicant}, 插入域«姓名»)
_FIELD_WORDS = ("字段", "插入域", "合并域", "变量", "占位符", "域")
#: … and what its line says is done with it (由系统自动替换为申请人姓名, 即可批量生成通知书)
_REPLACED = LazyRegex(r"替换|填充|批量生成|自动生成|渲染为|显示为")


def _field_named(text: str, start: int, end: int) -> bool:
    """Whether the template field ``text[start:end]`` is named as one and its line says what replaces it (``字段
    ${applicant}由系统自动替换为申请人姓名``, ``邮件合并时插入域«姓名»即可批量生成通知书``): a manual explains it.

    >>> t = "字段${applicant}由系统自动替换为申请人姓名。\\n申请人：${applicant}"
    >>> _field_named(t, 2, 14), _field_named(t, t.rfind("$"), len(t))
    (True, False)
    """
    if not text.endswith(_FIELD_WORDS, max(0, start - 3), start):
        return False
    line_end = text.find("\n", end)
    return _REPLACED.search(text, end, line_end if line_end != -1 else len(text)) is not None


#: a shell's environment variable (${JAVA_HOME}, $PATH) or Windows' (%JAVA_HOME%): capitals, digits and underscores
_ENV_VARIABLE = LazyRegex(r"\$\{?[A-Z][A-Z0-9_]*\}?|%[A-Z][A-Z0-9_]*%")
#: the words of a line about configuration, where such a variable is shown on purpose
_CONFIG_TALK = LazyRegex(r"环境变量|配置文件|配置项|启动脚本|脚本|命令行|[Ss]hell|操作系统|Windows|Linux|服务器|已配置"
                         r"|bashrc|export ")


#: the words of a web page's buttons in brackets (【打印本页】【关闭窗口】), no fields
_PAGE_BUTTONS = ("打印", "关闭", "返回", "收藏", "分享", "字体", "顶部")
#: what a bracketed field's name looks like: a short noun, maybe after a few Latin letters (楼栋单元, QQ号, 航班号)
_FIELD_NOUN = LazyRegex(r"[A-Za-z]{0,3}[\u4e00-\u9fff]{1,6}")
#: a template's variable between dollar signs ($CITY$)
_DOLLAR_VARIABLE = LazyRegex(r"\$[A-Za-z_][A-Za-z0-9_]{2,20}\$")


def _dollar_chain(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of variables between dollar signs glued together around ``text[start:end]`` (``$CITY$$DISTRICT$``):
    whose context is that of the whole chain; *start* and *end* themselves for anything else.

    >>> t = "注册地址：$CITY$$DISTRICT$$STREET$418号"
    >>> _dollar_chain(t, 11, 21)
    (5, 29)
    """
    if text[start:start + 1] != "$" or text[end - 1:end] != "$":
        return start, end
    while start > 1 and text[start - 1] == "$":
        before = text.rfind("$", max(0, start - 23), start - 1)
        if before == -1 or _DOLLAR_VARIABLE.fullmatch(text, before, start) is None:
            break
        start = before
    while text[end:end + 1] == "$" and (m := _DOLLAR_VARIABLE.match(text, end)) is not None:
        end = m.end()
    return start, end


#: a Windows environment variable (%JAVA_HOME%): whether a document may show one
_WINDOWS_VARIABLE = LazyRegex(r"%[A-Z][A-Z0-9_]*%")


#: a line of a Markdown task list, up to its box (- [x] , * [ ] , 1. [x] )
_TASK_BOX = LazyRegex(r"[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+\[[ xX]\][ \t]")
#: the rest of a quoted name of a programme after its one letter (“X计划”, “X工程”, "X行动")
_NAMED_PROGRAMME = LazyRegex(r"[\u4e00-\u9fff]{0,3}(?:计划|工程|行动|战略|系列|平台|实验室|联盟|基金|奖|杯|俱乐部"
                             r"|工作室)[”\"']")


def _environment_variable(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a shell's environment variable on a line about configuration (``配置文件中的
    ${JAVA_HOME}会在启动时由环境变量替换``): a technical document names it, no template left unfilled.

    >>> t = "配置文件中的${JAVA_HOME}由环境变量替换。\\n致${NAME}先生"
    >>> _environment_variable(t, 6, 18), _environment_variable(t, t.rfind("$"), t.rfind("}") + 1)
    (True, False)
    >>> t = "请检查 %JAVA_HOME% 是否已配置。"
    >>> _environment_variable(t, 4, 15)
    True
    """
    if _ENV_VARIABLE.fullmatch(text, start, end) is None:
        return False
    return _CONFIG_TALK.search(text, *line_around(text, start, end)) is not None


#: an instruction to the writer in English, alone in square brackets ([Please fill in], [Insert date here])
_FILL_IN = LazyRegex(r"(?i)(?:please\s+)?(?:fill\s+in|enter|insert|specify|add|type)(?:\s+[a-z]+){0,2}(?:\s+here)?"
                     r"|(?:to\s+be\s+(?:filled|confirmed|determined|added))")
#: TODO or FIXME left where a value or a passage belongs: before a figure's unit (完成投资TODO亿元; not TODO项, an item
#: of a list), as a date's month and day or a postcode (2021年TODO。, 邮编TODO。), or opening a note in brackets
#: (（TODO：补充具体问题）)
_TODO_LEFT = LazyRegex(r"(?<![A-Za-z0-9_])(?:TODO|FIXME)(?=[万亿千百]?[元人个户家件次吨亩%％处起座所场])"
                       # (right after Chinese text, before a mark, a colon or 前: 培训TODO，, 于TODO前, 资金TODO：补充)
                       r"|(?<=[\u4e00-\u9fff])(?:TODO|FIXME)(?=[，,。；;、）)：:]|前|之前|以前)"
                       r"|(?:(?<=[0-9]年)|(?<=邮编))(?:TODO|FIXME)(?=[。；;\n]|$)"
                       r"|[（(]\s*(?:TODO|FIXME)\s*[：:][^（()）\n]{0,30}[）)]"
                       # (an editor's note opening a line, before Chinese words: TODO：补充三季度数据, TODO 核实…)
                       r"|(?:(?<=\n)|^)(?:TODO|FIXME)(?=\s*[：:]\s*[\u4e00-\u9fff]|[ \t]+[\u4e00-\u9fff])")
#: the words that name a notation right before an instance of it (占位写法为 {0}、{1}; 也可以写作 f"…")
_NOTATION = LazyRegex(r"写法|写作|写成|写为|形如|语法|格式为")


def code_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is code that its line shows as an example of a notation: inside backticks or
    ASCII double quotes, or in the clause after a word that names the notation (写法为, 写作), on a line that
    writes about forms (:data:`_EXAMPLE_CUE`: 变量, 例如, 写法 …). A technical guide explains its placeholders.

    >>> t = "短信模板中的变量用双大括号书写，例如 `{{ name }}` 会被替换。⏎占位写法为 {0}、{1}。⏎申请人：{name}"
    >>> t = t.replace("⏎", "\\n")
    >>> [code_example(t, t.find(w), t.find(w) + len(w)) for w in ("{{ name }}", "{0}", "{1}", "{name}")]
    [True, True, True, False]
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    before = text[line_start:start]
    after = text[end:line_end]
    shown = (before.count("`") % 2 == 1 and "`" in after) or (before.count('"') % 2 == 1 and '"' in after)
    if not shown:
        clause = max(before.rfind(mark) for mark in "，,。；;") + 1
        shown = _NOTATION.search(before, clause) is not None
    if not shown and text.startswith(("    ", "\t"), line_start):
        return in_code_block(text, start)
    return shown and _EXAMPLE_CUE.search(text, line_start, line_end) is not None


#: a date written with slashes, hyphens or points whose month and day (or year) are x's (2023/XX/XX, 20xx-xx-xx)
_MASKED_DATE = LazyRegex(r"(?<![0-9A-Za-z])(?:19|20|[xXｘＸ]{2})[0-9xXｘＸ]{2}(?P<sep>[/\-.．])[0-9xXｘＸ]{1,2}(?P=sep)"
                         r"[0-9xXｘＸ]{1,2}(?![0-9A-Za-z])")


_CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


#: the words of a field whose value is a code (项目编号：CGxxxxxx, 展位号BXX-xx, 索书号：K29x.x, ISBN及定价：978-7-xx-…)
_CODE_FIELD_LABELS = ("编号", "展位号", "索书号", "分类号", "书号", "批号", "订单号", "运单号", "单号", "合同号",
                      "车牌号", "证号", "ISBN", "ISBN及定价", "ISBN号")
#: the characters of such a code
_CODE_BODY = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzｘＸ-./")


def masked_field_codes(text: str) -> list[tuple[int, int]]:
    """Spans of the x's inside a code that a field names (:data:`_CODE_FIELD_LABELS`), glued to its letters or digits
    (which the x-run tokens leave alone: ``CGxxxxxx`` is a word of Latin letters): every run of two x's or more, and
    single x's when the code holds nothing but two of them or more (``K29x.x``). One x alone in a code is a real letter
    (JX2024), or a check digit (身份证号：3349xxxxxxxx600X). Looked for from the labels' last characters (号, and
    ISBN's 价 or N), far rarer than x's in a text of placeholders.

    >>> t = "项目编号：CGxxxxxx；展位号BXX-xx；索书号：K29x.x；编号：JX2024-015；ISBN及定价：978-7-xx-3"
    >>> [t[a:b] for a, b in masked_field_codes(t)]
    ['xxxxxx', 'XX', 'xx', 'x', 'x', 'xx']
    """
    ends = list(find_all(text, "号"))
    if "ISBN" in text:
        ends += [i + 3 for i in find_all(text, "ISBN")] + [i + 2 for i in find_all(text, "及定价")]
    out: list[tuple[int, int]] = []
    for label_end in sorted(ends):
        if not text.endswith(_CODE_FIELD_LABELS, max(0, label_end - 7), label_end + 1):
            continue
        start = label_end + 1
        while start < len(text) and text[start] in " \t\u3000：:":
            start += 1
        end = start
        while end < len(text) and text[end] in _CODE_BODY:
            end += 1
        runs = []
        k = start
        while k < end:
            if text[k] in _XS:
                j = k
                while j < end and text[j] in _XS:
                    j += 1
                runs.append((k, j))
                k = j
            else:
                k += 1
        if not runs or (runs[0][0] == start and len(runs) == 1 and end - start == runs[0][1] - runs[0][0]):
            continue  # (no x, or x's alone: the x-run tokens' business)
        singles = len(runs) >= 2 and all(b - a == 1 for a, b in runs)
        out.extend(r for r in runs if singles or r[1] - r[0] >= 2)  # (not 600X: an identity number's check digit)
    return sorted(set(out))


def masked_codes(text: str, long_runs: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of the x's of a code of 15 to 20 letters and digits (an identity number, a unified social credit
    code, a licence's number) that four x's or more mask: ``5243XXXXXXXXXXX94W`` → ``XXXXXXXXXXX``; looked for
    from *long_runs* (the starts of runs of four x's or more, as :func:`x_tokens` reports them) when given.

    >>> t = "营业执照号：5243XXXXXXXXXXX94W，型号XXXX-12，代码：9132XXXXXXXXXXXXY8"
    >>> [t[a:b] for a, b in masked_codes(t)]
    ['XXXXXXXXXXX', 'XXXXXXXXXXXX']
    """
    long_runs = sorted(i for run in ("XXXX", "xxxx") for i in find_all(text, run)) if long_runs is None \
        else sorted(long_runs)
    out = []
    last = -1
    for at in long_runs:
        if at < last:
            continue  # (inside the code just looked at)
        start = at
        while start > 0 and text[start - 1] in _CODE_CHARS:
            start -= 1
        end = at
        while end < len(text) and text[end] in _CODE_CHARS:
            end += 1
        x_end = at
        while x_end < end and text[x_end] == text[at]:
            x_end += 1
        if 15 <= end - start <= 20 and at > start and any(ch.isdigit() for ch in text[start:end]):
            out.append((at, x_end))
        last = max(x_end, end)
    return out


def masked_dates(text: str, separators: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of dates with slashes, hyphens or points that were never filled in: from the first x to the end, the
    real digits of the year left out (``2023/XX/XX`` → ``XX/XX``; ``20xx/xx/xx`` → ``xx/xx/xx``); looked for from the
    *separators* (offsets of a slash or a hyphen before an x) when given.

    >>> t = "更新时间：2023/XX/XX，填报日期：20xx-xx-xx，版本2023/10/12，型号AX-12-3"
    >>> [t[a:b] for a, b in masked_dates(t)]
    ['XX/XX', 'xx-xx-xx']
    """
    out: list[tuple[int, int]] = []
    starts = sorted(separators) if separators is not None else \
        sorted({i for sep in "/-" for x in "xX" for i in find_all(text, sep + x)})
    for at in starts:  # (from each separator before an x: the pattern looks behind, so it is not run over the text)
        if out and at < out[-1][1]:
            continue
        m = _MASKED_DATE.search(text, max(0, at - 7), at + 12)
        if m is None or not m.start() <= at < m.end():
            continue
        first = next((k for k in range(m.start(), m.end()) if text[k] in "xXｘＸ"), None)
        if first is not None:
            out.append((first, m.end()))
    return out


def _legend_marks(text: str) -> frozenset[str]:
    """The mask characters that a legend (a line with 图例) explains, each followed by a word
    (``图例：■已完成 □未完成``).

    >>> sorted(_legend_marks("图例：■已完成 □未完成\\n进度：■■■□□"))
    ['■', '□']
    """
    marks = set()
    for at in find_all(text, "图例"):
        end = text.find("\n", at, at + 200)
        line = text[at:end if end != -1 else at + 200]
        marks.update(line[k] for k in range(len(line) - 1)
                     if line[k] in "■□●○◆◇▲△★☆√×" and "\u4e00" <= line[k + 1] <= "\u9fff")
    return frozenset(marks)


def _checkbox_options(text: str) -> frozenset[int]:
    """The offsets of the boxes (□) that open the options of a form's question: two boxes or more on a line,
    each at the line's start or after a space, a tab or a colon, each followed by its option's words
    (``您的性别：□男 □女``, ``□电视 □报纸 □社区宣传栏``): an empty box to tick, not a masked word.

    >>> sorted(_checkbox_options("渠道：□电视 □社区宣传栏\\n所在□□社区"))
    [3, 7]
    """
    boxes: list[int] = []
    for at in find_all(text, "□"):
        before = text[at - 1:at]
        after = text[at + 1:at + 2]
        if before in ("", "\n", " ", "\t", "\u3000", "：", ":") and after not in ("", "\n", " ", "□"):
            boxes.append(at)
    out: set[int] = set()
    k = 0
    while k < len(boxes):
        line_end = text.find("\n", boxes[k])
        line_end = len(text) if line_end == -1 else line_end
        same = [b for b in boxes[k:] if b < line_end]
        if len(same) >= 2:
            out.update(same)
        k += len(same)
    return frozenset(out)


def masked_hosts(text: str, urls: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The labels of the host names of *urls* (spans of *text*) made of three x's or more
    (``http://xxx.xxx.cn``, ``www.xxxx.gov.cn``): an address that was never filled in. A path is not
    looked at (``/index/xxx.html`` may be a real page).

    >>> t = "见http://xxx.xxx.cn与https://a.cn/xxx.html"
    >>> [t[a:b] for a, b in masked_hosts(t, [(1, 18), (19, 37)])]
    ['xxx', 'xxx']
    """
    found = []
    for a, b in urls:
        scheme = text.find("://", a, b)
        host_start = scheme + 3 if scheme != -1 else a
        slash = text.find("/", host_start, b)
        host_end = slash if slash != -1 else b
        at = host_start
        for label in text[host_start:host_end].split("."):
            if len(label) >= 3 and not label.strip("xX"):
                found.append((at, at + len(label)))
            at += len(label) + 1
    return found


def _start(m) -> int:
    return m.start()


def _in_token(ch: str) -> bool:
    return ch in _X_CHARS or ch in _TOKEN_DOTS or ch.isdecimal()


class PlaceholderChecker(Checker):
    """Dispatches to the detector named by the rule."""

    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.detector = p["detector"]
        self.exempt_tokens = {t.lower() for t in p.get("exempt_tokens", [])}
        self.exempt_after = tuple(p.get("exempt_after", []))
        self.mask_chars = p.get("mask_chars", "×＊○□")
        self.surnames = p.get("surnames", "")
        self.not_before = p.get("not_before", "")
        self.slot_words = p.get("slot_words", [])
        self.words = p.get("words", [])
        name = self.detector.replace("-", "_")
        self._builder = getattr(self, "_build_" + name, None)
        self._detect = getattr(self, "_detect_" + name)

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        # Regular expressions are compiled on first use: a short clean document that never reaches a
        # detector's pre-check never pays for its compilation (this matters for pre-commit start-up).
        if self._builder is not None:
            self._builder()
            self._builder = None
        found = self._detect(doc)
        if self.detector == "x-run":
            return found  # (x-runs look at quotations themselves, among their other tests)
        talk = doc.cache.get("placeholder:talk")
        if talk is None:  # (once a document, for the seven rules: each test is a search of the whole text)
            text = doc.text
            quotes = "“" in text or "「" in text
            code = "写" in text or "`" in text or '"' in text or contains(text, "形如") or contains(text, "语法") or \
                "${" in text or contains(text, "示例：") or ("%" in text and _WINDOWS_VARIABLE.search(text) is not None)
            named = "字段" in text or "域" in text or contains(text, "变量") or contains(text, "占位符")
            talk = doc.cache["placeholder:talk"] = (quotes, code, named)
        if not any(talk):
            return found
        return _without_quoted_talk(doc.text, found, talk[1], talk[2])

    # ---- x-run: xx户 XX街道 x月xx日 20xx年 xx.xx 1x.5万 xxx%
    def _detect_x_run(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        if not ("x" in text or "X" in text or "ｘ" in text or "Ｘ" in text):
            return
        urls = url_spans(doc)
        long_runs: list[int] = []
        tokens = x_tokens(text, long_runs)
        spans = self._x_placeholders(text, tokens, urls)
        if long_runs:
            codes = masked_codes(text, long_runs)
            if codes:  # (the x's replace the token they stand in: the real digits around them are no placeholder)
                spans = sorted([s for s in spans if not any(a < s[1] and s[0] < b for a, b in codes)] + codes)
        fields = masked_field_codes(text)
        if fields:  # (x's glued to a code's letters: no token of x_tokens holds them)
            spans = sorted({*spans, *fields})
        after_separator = [a - 1 for a, _ in tokens if a and text[a - 1] in "/-"]
        if after_separator:  # (a date's x's follow a slash or a hyphen: only those tokens are looked at)
            dates = masked_dates(text, after_separator)
            if dates:  # (the date's span replaces its x-runs)
                spans = sorted([s for s in spans if not any(a <= s[0] < b for a, b in dates)] + dates)
        if urls:  # (a handful per document: their host names are looked at, not the text)
            hosts = masked_hosts(text, urls)
            if hosts:
                spans = sorted(spans + hosts)
        if spans and ("显示" in text or "代称" in text):
            forms = declared_forms(text)
            if forms:  # (本站对未实名网友统一显示为“网友xxx”: each 网友xxx is the form the site announced)
                spans = [s for s in spans if not _instance_of(text, s, forms)]
        yield from self._emit(text, merge_runs(text, spans))

    def _x_placeholders(self, text: str, tokens: list[tuple[int, int]], urls) -> list[tuple[int, int]]:
        """The tokens that are placeholders (one loop, the cheap tests first; every test is a plain condition,
        so their order changes nothing)."""
        exempt, exempt_after = self.exempt_tokens, self.exempt_after
        cjk = _IS_CJK
        n = len(text)
        # (what two of the tests need somewhere in the text: a policy's N+X, a Roman numeral's I or V)
        plus = "+" in text or "＋" in text
        roman = "I" in text or "V" in text
        kept = []
        for start, end in tokens:
            token = text[start:end]
            pure_x = not token.strip(_XS)
            if (exempt and token.lower() in exempt) or (not pure_x and (is_hex(token) or (
                    is_times(token) and not _COUNTED.match(text, end)))):
                continue  # (x's alone are neither a hexadecimal number nor a product; 9X0人 counts people)
            if urls and covering(urls, start, end) and not (pure_x and end - start >= 2 and text[end:end + 1] == "@"):
                continue  # (but xxx@163.com: an address whose name was never filled in)
            if not (cjk.any_in(text, start - 3, start) or cjk.any_in(text, end, end + 3)) and \
                    not _cell_in_chinese_table(text, start, end) and not (
                    pure_x and end - start >= 2 and "×" in text[start - 1:end + 1] and
                    (cjk.any_in(text, start - 12, start) or cjk.any_in(text, end, end + 12))):
                continue  # no CJK context (has_cjk_context): English or code, the latin detector's business (but a
                # size's sides, ：XX×XX×XX mm, are one value: its context is the line's)
            # prev_char and next_text, without their loops when no white space is in the way
            before = text[start - 1] if start > 0 else "\0"
            if before.isspace():
                before = prev_char(text, start)
            after = text[end:end + 1]
            if not after or after.isspace():
                after = next_text(text, end, 1) or "\0"
            if "\u0370" <= before <= "\u04ff":
                continue  # (по оси X: a letter of a Russian or Greek sentence, a translation's, not a Chinese slot)
            if (before in _MATH or after in _MATH or after in _SUPERSCRIPTS) and not (
                    ((pure_x and len(token) >= 2) or _DECIMAL_XS.fullmatch(token) is not None) and
                    before not in _SUM_SIGNS and after not in _SUM_SIGNS):
                continue  # 1+X证书, 7+X清单, y=2x+1, x²-4=0 (but XX×XX×1739 mm, 湿度≤XX%: no variable is two x's)
            if not pure_x and before in "−－-" and token[:-1].isdigit() and \
                    any(sign in text[max(0, start - 20):end + 20] for sign in "=＝²"):
                continue  # f(x)=x²−6x: a term of a formula, its coefficient before the unknown
            if len(token) == 1 and _TITLE_BEFORE.search(text, max(0, start - 6), start) is not None:
                continue  # Mr. X, Dr. X: a character's name in a story (a name left out is XXX or ___)
            if token == "X" and text.startswith(("先生", "女士"), end) and _TITLED_X.search(text) is not None:
                continue  # 他自称“X先生” in a lesson on a story of "Mr. X": the same character
            if len(token) == 1 and _is_model_or_variable(text, start, end):
                continue  # X-60型, 其中x为…, 字母X
            if token[0] == "X" and (len(token) == 1 or token[1:].isdigit()) and _cell_reference(text, start, end):
                continue  # =SUM(X2:X22), 在X23单元格输入, Sheet2!A:X, 列号X: a spreadsheet's cell or column
            if not pure_x and token[-2:] in (".x", ".X") and token[:-2].replace(".", "").isdigit() and (
                    text[end:end + 8].lstrip(" ").startswith(_VERSION_AFTER) or
                    text[max(0, start - 2):start] in ("旧版", "新版", "版本")
                    or text[start - 1:start] in ("v", "V")):
                continue  # 旧版2.x客户端, v3.x, 1.x版本, 2.x 分支: every release of a series, no digit left out
            if (len(token) == 1 or not pure_x) and start >= 2 and text[start - 1] in " -" and (
                    (text[start - 2].isascii() and text[start - 2].isalpha()) or
                    _LATIN_NAME_BEFORE.search(text, max(0, start - 24), start) is not None) and \
                    not (text[start - 2:start] == "  " and text[end:end + 2] in ("  ", "\n", "") and
                         _cell_of_chinese_table(text, start)):
                continue  # iPhone X, Mate X5, DSJ-X1, Ryzen 9 7950X: part of a name in Latin letters
            if after and after in "-－−" and any(sign in text[end:end + 8] for sign in "=<>≤≥＜＞＝"):
                continue  # 3x-7=2x+1, 3x-8>0, 7x−2=33: a term of an equation or an inequality
            if after in "<>＜＞" and text[end + 1:end + 2] in _INEQUALITY_RIGHT:
                continue  # 当x>0时, x<5: a variable in an inequality (not a tag's <, which a letter follows)
            if plus and token in ("X", "x") and _PLUS_X.search(text, max(0, start - 150), start):
                continue  # “5+X”工作法，“X”指…, “1+X”服务包，X项个性化服务: the X of a policy's name, again
            if roman and token in ("X", "XX", "XXX") and ("I" in (near := text[max(0, start - 30):end + 30]) or
                                                        "V" in near) and _ROMAN_NEAR.search(near):
                continue  # 第IX标段、第X标段和第XI标段: a Roman numeral among others
            if token == "X" and text.startswith(("（原Twitter", "(原Twitter", "（原推特", "(原推特"), end):
                continue  # 社交平台X（原Twitter）: the platform's name
            if token == "X" and text.startswith(("'mas", "’mas"), end):
                continue  # X'mas 会员专享: Christmas, shortened
            if token == "X11" and _X_WINDOW_NEAR.search(text, max(0, start - 40), end + 40) is not None:
                continue  # 图形界面需要 X11 或 Wayland: the X Window System
            if not pure_x and token[0] in "xX" and token[1:].isdigit() and len(token) <= 4 and \
                    text[start - 1:start] in (" ", "\t", "\u3000") and _PRICE_AFTER.match(text, end) is not None:
                continue  # 口罩 x3  6.50: a receipt's count of an item, then its price
            if token == "XX" and text.startswith("世纪", end):
                continue  # XX世纪: the twentieth century in Roman numerals
            if (token == "XX" or token == "XY" or token == "X") and (
                    "XY" in (near := text[max(0, start - 30):end + 30]) or "染色体" in near or "性别决定" in near):
                continue  # 女性的性染色体为XX，男性为XY; XY型性别决定方式，雌性个体为XX; 含X的精子
            if pure_x and end - start <= 3 and text.startswith(_SIZE_WORDS, end):
                continue  # XX-Large码, X-Large: a clothing size
            if len(token) == 1 and _check_character_talk(text, start, end):
                continue  # 末位为X的身份证号码, 用罗马数字X表示: the check character of an identity number
            if not pure_x and token[-1] == "x" and token[:-1].replace(".", "", 1).isdigit() and \
                    _magnification(text, start, end):
                continue  # 2x倍速, 10x光学变焦, 放大倍数为400x: a factor, not a masked digit
            if not pure_x and token[-1] in "xX" and token[:-1].isdigit() and text[end:end + 1] == " " and \
                    text[end + 1:end + 2].isascii() and text[end + 1:end + 2].isalpha():
                continue  # 开启4x MSAA, 2x zoom: a factor before the English name of what it multiplies
            if not pure_x and token[0] in "xX" and token[1:].isdigit() and len(token) <= 3 and \
                    _LANES_BEFORE.search(text, max(0, start - 24), start) is not None:
                continue  # 插槽为PCIe 4.0 x16，向下兼容x8: the lanes of a slot
            if not pure_x and token[-1] in "xX" and token[:-1].isdigit() and \
                    _VARIABLE_SET.search(text, max(0, start - 60), start) is not None:
                continue  # 设每件降价x元，则每天可多售出2x件: a multiple of a variable the exercise set
            if len(token) == 4 and token[0] in "Xx" and token[1:].isdigit() and text.startswith(("县道", "线"), end):
                continue  # X123县道: a county road's number
            if not pure_x and len(token) <= 3 and token[0].isdigit() and token.lower().count("x") == 1 and \
                    text[end:end + 1] in "-－" and text[end + 1:end + 2].isdigit():
                continue  # 货号：2X-3790: a code in two parts, not a masked digit (but 20xx-2030年: a year left out)
            if len(token) >= 6 and token[0] in "Xx" and token[1:].isdigit():
                continue  # 批次号X707847: a code, one letter then five digits or more (masked digits come in runs)
            if token.strip(_XS) and token[-1].isdigit() and text[max(0, start - 4):start].rstrip("：: ").endswith(
                    _CODE_LABELS):
                continue  # 货号X2663, 批次号XX865767: a code after the word that names it
            if 2 <= len(token) <= 5 and token[0] == "X" and token[1:].isdigit() and cjk.any_in(text, start - 1, start) \
                    and (len(token) < 5 or "\u4e00" <= text[start - 1] <= "\u9fff") \
                    and (cjk.any_in(text, end, end + 1) or _LATIN_WORD_AFTER.match(text, end) or (
                        text[end:end + 1] in ("", "\n", " ", "\u3000", "，", "、", "；") and
                        _MODEL_FIELD.search(text, max(0, start - 12), start) is not None)) and \
                    text[end:end + 1] not in _AMOUNT_AFTER:
                continue  # 宝马X5公务用车, X7车型, X5032立式铣床, 厂牌型号：宝马X5: a model's name (but 补贴X4万元)
            if 2 <= len(token) <= 4 and token[0] == "X" and token[1:].isdigit() and _MODEL_SUFFIX.match(text, end):
                continue  # 投影仪 X9 Pro, X20 Max: a model's name, its edition after it
            if len(token) >= 2 and token[-1] in "Xx" and token[:-1].isdigit() and start > 0 and \
                    (text[start - 1].isdigit() or text[start - 1] in _MASK_CHARS):
                continue  # 510108＊＊＊＊030X: an identity number's check digit
            if len(token) >= 15 and token[-1] in "Xx" and token[:-1].isdigit():
                continue  # 45010319821217370X: an identity number (or a taxpayer's, of 20) whose check digit is X
            if pure_x and text[start - 1:start] == " " and _ROMAN_CONTEXT.search(text, max(0, start - 10), start):
                continue  # Chapter XX: a Roman numeral
            if (text[start - 1:start] in QUOTE_PAIRS and quoted_mention(text, start, end)) or (
                    text.rfind("“", start - 20 if start > 20 else 0, start) != -1 and quoted_example(text, start, end)):
                continue  # 不得使用“XX”“某某”等代称: placeholders written about
            if pure_x and ((end - start == 1 and before.isdigit() and after.isdigit()) or (
                    before in "(（" and after in ")）" and not _heading_number(text, start, end) and
                    text[end + 1:end + 2] not in _NUMBERED_AFTER_BRACKET) or (
                    end - start == 1 and before == "{" and after == "}")):
                continue  # 3 x 4; a variable or label: f(x), (x), {x} (but {xx}户 is a slot, （x）xxxx a heading;
                # 183⇥XX⇥91.7%: a masked cell between numbers)
            if exempt_after and text.startswith(exempt_after, end) and (len(token) == 1 or not pure_x):
                continue  # X光, X射线, x轴, 2.x版本
            if len(token) == 1 and (text.endswith(("轴", "轴为", "轴是"), 0, start) or
                                    text.startswith(("表示", "”表示", "\"表示", "’表示", "”代表", "”指"), end)):
                continue  # 横轴x表示月份, 纵轴y: a variable named (an axis's, or one the text defines; “x”表示吃子: a
                # sign of a notation explained)
            if len(token) == 1 and before == "[" and after == "]" and _TASK_BOX.match(
                    text, text.rfind("\n", 0, start) + 1) is not None:
                continue  # - [x] 完成登录接口联调: a ticked box of a Markdown task list
            if len(token) == 1 and _in_title(text, start, end):
                continue  # 《X的悲剧》, 《X星计划》: a letter in the name of a work
            if len(token) == 1 and before in "“\"'" and _NAMED_PROGRAMME.match(text, end) is not None:
                continue  # 参与“X计划”青年人才项目: the quoted name of a programme
            if len(token) == 1 and _ASCII_LETTER.search(text[max(0, start - 4):start] + text[end:end + 4]) and \
                    _LONE_LETTER.search(text, max(0, start - 4), min(n, end + 4)):
                continue  # j、q、x: letters of a lesson, not a placeholder (a letter near it looked for first)
            if len(token) == 1 and _lesson_letter(text, start, end, before, after):
                continue  # 区分x和sh两个声母: a letter of the alphabet talked about
            kept.append((start, end))
        return kept

    def _emit(self, text: str, spans: list[tuple[int, int]]) -> Iterator[Candidate]:
        n = len(text)
        for start, end in spans:
            if end - start >= 3 and (start == 0 or text[start - 1] in _LINE_SPACE) and \
                    _separator_line(text, start, end):
                continue  # (a line of x's or stars drawn between paragraphs)
            subtype = classify(text, start, end)
            if subtype == "date" and end < n and text[end] in "年月日号":  # extend_date_unit
                yield Candidate(start, end + 1, subtype)
            else:
                yield Candidate(start, end, subtype)

    # ---- mask: ×× ＊＊ ○○ □□, and a single mask character in a date (×月×日)
    def _build_mask(self) -> None:
        chars = escape(self.mask_chars)
        surnames = escape(self.surnames.replace(" ", ""))
        # two or more; one before 年/月/日 (×月×日), after 第 (第×期), before a document's issuer and its year
        # (×府函〔2023〕); one or two after a surname (范×强, 龚○副市长, 刘*, 钟*桂: a name half masked)
        self._surname_set = set(self.surnames.replace(" ", ""))
        # one before a measure word or a place's kind, not beside digits or letters (取得证书×人, ○镇○村, ×楼), and
        # one alone in brackets that open a line (a heading's number: （＊）＊＊＊＊)
        self._mask = LazyRegex(rf"[{chars}]+[.．][{chars}]+|[{chars}]{{2,}}|(?<!\p{{Nd}}\s?)[{chars}](?=[年月日号])"
                               rf"|(?<=(?<!\p{{Nd}})(?:19|20)\p{{Nd}})[{chars}](?=年)"  # (202×年: a year's last digit)
                               rf"|(?<=第)[{chars}](?=[期次届批轮章条节篇部名])|[{chars}](?=\p{{Han}}{{1,4}}〔)"
                               rf"|(?<![\p{{Nd}}A-Za-z{chars}])[{chars}](?={_MASKED_COUNT_UNITS})(?!人均|人数|户均|户数)"
                               rf"|(?:(?<=\n（)|(?<=\n\())[{chars}](?=[）)])"
                               rf"|(?:(?<=\p{{Han}}（)|(?<=\p{{Han}}\())[{chars}](?=[）)][班栋组室])"  # (初二（×）班)
                               + (rf"|(?<=[{surnames}])[{chars}]{{1,2}}(?=\p{{Han}}|[、，,。；;（(：:\s]|$)"
                                  rf"|(?<=[{surnames}])\*{{1,2}}(?=\p{{Han}}|[、，,（(])"  # (not a footnote: 地方*。)
                                  # (the last of a list of names, at the line's end: 获奖人员：毛*帆、卢*; a field's
                                  # name, before the next field or the line's end: 律师：孟*    电话…, 公证员 叶*)
                                  # (also a record's: 姓名：郑*⇥性别, ⏎龙*：路灯…, 发件人：任* <…>; a cell's: ⇥雷*⇥)
                                  rf"|(?<=[、：: \u3000\n\t|｜][{surnames}])\*"
                                  # (or one space before the record's next field: 2. 方* 4栋1403, 团长：史* 收款码)
                                  # (or the end of a table's cell: | 江* | 1392…)
                                  rf"(?=[ \t\r\u3000]*(?:\n|$)|[ \t\u3000]{{2}}|[\t\u3000]|[：:]|[ ]<"
                                  rf"|[ ][0-9\u4e00-\u9fff]|[ ]?[|｜])"
                                  if surnames else ""))

    def _mask_matches(self, text: str) -> list:
        """What ``self._mask.finditer(text)`` finds, the pattern tried only at mask characters (every match
        starts with one)."""
        if sum(text.count(ch) for ch in self.mask_chars) * _DENSE > len(text):
            return list(self._mask.finditer(text))
        return matches_at(self._mask.match, text, (i for ch in self.mask_chars if ch in text
                                                   for i in find_all(text, ch)))

    def _detect_mask(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        stars = _star_masks(text) if contains(text, "**") else []
        if "*" in text:  # 培训*期: one star for a count's digit, between Chinese text and the count's unit
            taken = {a for a, _ in stars}
            stars.extend((i, i + 1) for i in find_all(text, "*") if i not in taken and text[i + 1:i + 2] in
                         _COUNT_UNIT_CHARS and "\u4e00" <= text[i - 1:i] <= "\u9fff" and text[i - 1:i] != "*")
            stars.sort()
        if "*" in text and self._surname_set and not _privacy_declared(text, [None]):
            # 刘*, 钟*桂: one star after a surname (two are found above); not where the document says it masked
            # personal data on purpose (付款人：潘*，为保护客户信息安全…已作部分隐藏处理)
            taken = {a for a, _ in stars}
            stars.extend(m.span() for i in find_all(text, "*") if i > 0 and text[i - 1] in self._surname_set
                         and i not in taken and text[i - 1:i + 1] != "**"
                         and (m := self._mask.match(text, i)) is not None and not text.startswith("*", m.end()))
            stars.sort()
        if "*" in text:  # 收款人：*秀然⇥复核: a star for the surname, the given name left
            taken = {a for a, _ in stars}
            stars.extend((i, i + 1) for i in find_all(text, "*") if i not in taken and (
                (text[i - 1:i] in _BEFORE_STAR_NAME and _STAR_GIVEN_NAME.match(text, i)) or
                ((i == 0 or text[i - 1] == "\n") and _STAR_NAME_RECORD.match(text, i))) and
                         not text.startswith(_FOOTNOTE_WORDS, i + 1))
            stars.sort()
        if "×" in text:  # 惠及群众×万人, 连续×天, 隐患×处: one times sign for a digit (not 3×4米, 人×天)
            stars = sorted(stars + _lone_times_signs(text))
        if "●" in text or "○" in text or "■" in text or "□" in text:  # 学生●人次, 6●座: one mark for a digit
            explained = _legend_marks(text)
            stars = sorted(stars + [m.span() for m in _LONE_MARK_COUNT.finditer(text) if m.group() not in explained
                                    and m.start() and ("\u4e00" <= text[m.start() - 1] <= "\u9fff" or
                                                       text[m.start() - 1].isdigit())
                                    and text[m.start() - 1] not in "●○■□"])
        if "〇" in text:  # 一次〇片, 〇室〇厅〇卫: a Chinese zero alone for a digit
            stars = sorted(stars + [m.span() for m in _LONE_ZERO_COUNT.finditer(text)])
        if "出口" in text:  # 人民广场站C×出口: a station exit's number masked after its letter (looked at from 出口)
            stars = sorted(stars + [(at - 1, at) for at in find_all(text, "出口")
                                    if _EXIT_NUMBER_MASKED.match(text, max(0, at - 3)) is not None])
        if ("？" in text and "？？" in text) or ("?" in text and "??" in text) or ("#" in text and "##" in text):
            # 组织活动？？场, 新增岗位###个: a count masked (a mark looked for alone first: a faster search)
            stars = sorted(stars + [m.span() for m in _SYMBOL_COUNT.finditer(text)
                                    if not _in_hash_field(text, *m.span())] +
                           [m.span("marks") for m in _QUESTION_VALUE.finditer(text)])
        if not any(ch in text for ch in self.mask_chars):
            if stars:
                yield from self._emit(text, merge_runs(text, stars))
            return
        spans = stars
        legend = None  # (read at the first mask found)
        boxes: frozenset[int] | None = None
        lacunae: bool | None = None
        declared: list[bool | None] = [None]
        for m in self._mask_matches(text):
            start, end = m.span()
            if legend is None:
                legend = _legend_marks(text)
            if legend and set(m.group()) <= legend:
                continue  # 图例：■已完成 □未完成 … ■■■□□: marks a legend explains
            if "□" in m.group():
                if m.group() == "□":
                    if boxes is None:
                        boxes = _checkbox_options(text)
                    if start in boxes:
                        continue  # 渠道：□电视 □报纸 □社区宣传栏: boxes to tick before a question's options
                if lacunae is None:
                    lacunae = _lacunae_declared(text)
                if lacunae and not m.group().strip("□"):
                    continue  # 凡不可辨识之字以□标示：皇清□□许公之墓: a transcription's lacunae, as it says
            before, after = prev_char(text, start, False), text[end:end + 1] or "\0"
            if any(ch in m.group() for ch in "○〇◯") and (before in "一二三四五六七八九十〇○零" or
                                                       after in "一二三四五六七八九十〇○零" or (
                                                           after == "年" and len(m.group()) < 4 and
                                                           not before.isdigit())):
                continue  # 二○○八年, 二〇二三年: a circle used as zero (but ○○○○年, 20○○年: a year left out)
            if before in "×*" or after in "×*" or quoted_mention(text, start, end) or quoted_example(text, start, end):
                continue
            if before in _OPENING_QUOTES and _password_shown(text, start, end):
                continue  # 密码框显示为“********”: what a screen shows for a password, written about
            if _declared_number_mask(text, start, end, declared):
                continue  # 身份证号码中间部分以＊号隐去 … 361858＊＊＊＊＊＊＊＊4902: masked on purpose
            if m.group()[0] in "*＊" and _declared_name_mask(text, start, end, declared):
                continue  # 蔡*轩、马**（姓名已作部分隐藏）: a name masked on purpose, as the document says
            if _HIDDEN_SAID_AFTER.match(text, end) is not None:
                continue  # 密码：××××××（不予显示）: hidden on purpose, as the brackets right after it say
            if end - start == 1 and _MARK_NAMED.match(text, end):
                continue  # 以＊号代替, 用×号表示: the mark itself, named
            if end - start <= 3 and m.group()[0] in "*＊" and before.isdigit() and not after.isalnum() and \
                    _DECIMAL_BEFORE.search(text, max(0, start - 12), start):
                continue  # 相关系数0.57**, 0.41*: a coefficient's stars of significance, after its decimals
            if _RATING.fullmatch(m.group()) or _RATING.fullmatch(before + m.group()) or \
                    _RATING.fullmatch(m.group() + after):
                continue  # 评价等级：●●●○○, ■■■□□: filled marks then empty ones, a rating or a progress bar
            near = text[max(0, start - 12):end + 12]
            if end - start == 1 and ("=" in near or "＝" in near):
                continue  # 金额＝标准×人: a formula's sign of times
            if m.group()[0] in _BULLETS and (end - start == 1 or (
                    not text[text.rfind("\n", 0, start) + 1:start].strip() and after in " \t\u3000\n\0")):
                continue  # ● 加强领导, ＃话题＃, ▲▲▲ 重点工作: a bullet, a hashtag, an ornament
            spans.append((start, end))
        if stars:
            spans.sort()
        yield from self._emit(text, merge_runs(text, spans))

    # ---- mou: 某某 / 某某某 (a pseudonym with a surname belongs to the pseudonym detector)
    def _build_mou(self) -> None:
        # (?<!某)某{2,3}(?!某), with the first 某 found before looking behind
        self._mou = LazyRegex(r"某(?<!某某)某{1,2}(?!某)")
        self._surname_set = set(self.surnames.replace(" ", ""))
        self._not_after_han = set(self.not_before)

    def _detect_mou(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        for m in _MOU_DATE.finditer(text):  # 某年某月某日: a date left out (re finds 某 in C)
            if m.end() - m.start() == 4 and (text[max(0, m.start() - 2):m.start()] in _PUT_OFF or
                                             text.startswith(_PUT_OFF_AFTER, m.end())):
                continue  # 问题整改不能拖到某年某月, “某年某月再说”: "some day or other", no date left out
            if text[max(0, m.start() - 4):m.start()].rstrip("，,：: ").endswith(_SAID_OR_SUPPOSED):
                continue  # 有人说某年某月某日会…, 假如某年某月…, 老人回忆，某年某月…: talk, memory, supposition
            if text.startswith(_STORY_TIME, m.end()) or (
                    (m.start() == 0 or text[m.start() - 1] in "。！？\n") and _STORY_OPENS.match(text, m.end())):
                continue  # 某年某月的一个雨夜; 某年某月某日，一位老人…: a story's "once", no date left out
            before = text[max(0, m.start() - 16):m.start()]
            before = before[max(before.rfind(mark) for mark in "。！？\n") + 1:]
            if any(word in before for word in _REMEMBERED) or "说，" in before or "说：" in before:
                continue  # 老人回忆，记不清是某年某月，一场大水…: a day forgotten (老人说，他是某年某月…: told)
            yield Candidate(m.start(), m.end(), "date")
        if "某" in text:
            names = list(self._names_left_out(doc))
            if names and not _declared(doc):  # (本文书已作脱敏处理: names it says it left out on purpose)
                yield from names

    def _names_left_out(self, doc: Document) -> Iterator[Candidate]:
        """The names 某 stands for (PH003): places, bodies, people named by an ordinal, 某某."""
        text = doc.text
        known: dict[tuple[int, int], bool] = {}  # (whether a section leaves names out: asked once a section)

        def names_left_out(lo: int, hi: int) -> bool:
            if (lo, hi) not in known:
                known[lo, hi] = self._leaves_out_names(text[lo:hi])
            return known[lo, hi]

        places = list(_places_left_out(text, names_left_out))
        # 地址：成都市某路960号: a street's name left out of an address (the pattern opens with 某: found in C)
        places.extend(Candidate(m.start(), m.end(), "entity") for m in _MOU_STREET.finditer(text))
        taken = {(c.start, c.end) for c in places}
        # 经营者：某, 许某某（某）, 某2楼, 某市监罚〔2020〕: a name left out alone, in a section leaving out others
        places.extend(Candidate(m.start(), m.end(), "entity")
                      for m in matches_at(_LONE_MOU.match, text, find_all(text, "某"))  # (tried at each 某 only)
                      if (m.start(), m.end()) not in taken and names_left_out(*_section_of(text, *m.span())))
        yield from places
        taken = {(c.start, c.end) for c in places}
        yield from (c for c in _bodies_left_out(text, names_left_out, self._surname_set)
                    if not any(a < c.end and c.start < b for a, b in taken))
        for m in _ORDINAL_PERSON.finditer(text):  # 记录人：某甲, 覃静、某乙、金某: a person named by an ordinal
            if not (quoted_mention(text, m.start(), m.end()) or quoted_example(text, m.start(), m.end())):
                yield Candidate(m.start(), m.end(), "entity")
        if not contains(text, "某某"):
            return
        for m in self._mou.finditer(text):
            start, end = m.span()
            if end - start == 2 and self._is_pseudonym(text, start - 1, end):
                continue  # 李某某: the pseudonym detector reports it (but not 关于某某, 向某某某)
            if quoted_mention(text, start, end) or quoted_example(text, start, end):
                continue
            yield Candidate(start, end, "entity")

    def _leaves_out_names(self, text: str) -> bool:
        """Whether *text* leaves out who or when elsewhere: 某某, a pseudonym (史某), a date left out (某月某日), or a
        name masked by capital X's (今收到XXX交来…): then 某 before a body's kind is a name left out too."""
        return contains(text, "某某") or self._has_pseudonym(text) or _MOU_DATE.search(text) is not None or \
            contains(text, "XXX")

    def _has_pseudonym(self, text: str) -> bool:
        """Whether *text* holds a surname and 某 as a pseudonym (邹某所送, 史某受到), not 某 as a determiner."""
        at = text.find("某")
        while at != -1:
            if at and self._is_pseudonym(text, at - 1, at + 1):
                return True
            at = text.find("某", at + 1)
        return False

    def _is_pseudonym(self, text: str, start: int, end: int) -> bool:
        """Whether the pseudonym detector (same surnames and not_before) reports ``text[start:end]``."""
        if start < 0 or text[start] not in self._surname_set:
            return False
        if start > 0 and text[start - 1] in self._surname_set and text[start - 1] != "任" and \
                text[start - 1] not in self._not_after_han:
            return False  # the pseudonym pattern needs a non-surname before the surname (or 主任, or a preposition
            # that is a surname too: 于张某某, 向崔某)
        if end < len(text) and text[end] in _DETERMINED and not (
                text[end] == "所" and text[end + 1:end + 2] in _AFTER_SUO):
            return False  # (某所学校: some school; but 邹某所送: what 邹某 gave)
        return not (text[start] in self._not_after_han and start > 0 and _HAN.match(text[start - 1]))

    # ---- pseudonym: 张某, 李某某
    def _build_pseudonym(self) -> None:
        surnames = escape(self.surnames.replace(" ", ""))
        # (?<![S])[S]某{1,2}(?!某) for surnames S, written to start at the 某 (found by a search for the
        # literal; the surname is looked behind from there): a match starts one character before it
        # (a surname after another is no name, but for 主任, 副主任谢某主持, and for the prepositions that are
        # surnames too, 向崔某医生表示感谢)
        self._pseudonym = LazyRegex(rf"某(?<=[{surnames}]某)(?:(?<![{surnames}][{surnames}]某)|(?<=任[{surnames}]某)"
                                    rf"|(?<=[{escape(self.not_before)}][{surnames}]某))某?(?!某)")
        self._not_after_han = set(self.not_before)

    def _detect_pseudonym(self, doc: Document) -> Iterator[Candidate]:
        if "某" not in doc.text:
            return
        found = list(self._pseudonyms(doc))
        if found and not _declared(doc):  # (本文书已作脱敏处理，当事人姓名以“某”代替: the anonymisation announced)
            yield from found

    def _pseudonyms(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        masked = set()  # (where 某 stands in a name already found: 张某先生 is 张某's)
        names: set[str] = set()
        for m in self._pseudonym.finditer(text):
            start, end = m.start() - 1, m.end()
            if end < len(text) and text[end] in _DETERMINED and not (
                    text[end] == "所" and text[end + 1:end + 2] in _AFTER_SUO):
                continue  # 于某日, 向某地: a determiner, not a name (but 邹某所送: what 邹某 gave)
            numbered = end < len(text) and (text[end] in _NAME_ORDINALS or text[end].isdigit())
            if numbered:
                end += 1  # 尹某乙, 向某2: one of several people of one surname
            elif text[start] in self._not_after_han and start > 0 and _HAN.match(text[start - 1]) and \
                    text[start - 1] not in _JOINS_PEOPLE:
                continue  # 关于某, 面向某: the "surname" ends a word (but 何某与向某: 与 joins two people)
            if quoted_mention(text, start, end) or quoted_example(text, start, end):
                continue  # 例如“张某”: a pseudonym shown as an example
            masked.update(range(start, end))
            if end - start == 2:  # (张某; a 张某某 again is 某某's, PH003's, where no pseudonym is read)
                names.add(text[start:end])
            yield Candidate(start, end, "pseudonym")
        for name in names:  # (供货方付某…，对付某立案调查: a name found once is a name wherever it stands again)
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                if at not in masked and not (end < len(text) and text[end] == "某") and \
                        not (at and text[at - 1] == "某") and not quoted_mention(text, at, end):
                    masked.update(range(at, end))
                    yield Candidate(at, end, "pseudonym")
                at = text.find(name, end)
        for m in _SOMEONE_ADDRESSED.finditer(text):  # 负责人某先生, 居民某女士: a surname masked, then a title
            if m.start() not in masked and not (m.start() and text[m.start() - 1] in "某每"):
                yield Candidate(m.start(), m.end(), "pseudonym")

    # ---- template-slot: 【待填】 [姓名] <单位名称> {{name}} [COMPANY NAME]
    def _build_template_slot(self) -> None:
        # (a Latin word of three letters or fewer only as a word of its own: ID, not the id of [Video])
        words = "|".join(rf"(?<![A-Za-z]){escape(w)}(?![A-Za-z])" if w.isascii() and len(w) <= 3 else escape(w)
                         for w in sorted(self.slot_words, key=len, reverse=True))
        self._slot_word = LazyRegex(words, IGNORECASE) if words else None
        # words that fill round brackets by themselves: the slot words written in Chinese
        han = "|".join(escape(w) for w in sorted(self.slot_words, key=len, reverse=True)
                       if _HAN.match(w) and w not in _NOT_ROUND_SLOTS)
        self._round_slot = tuple((opener, LazyRegex(escape(opener) + _ROUND_SLOT.format(w=han)))
                                 for opener in ("（", "(")) if han else None
        self._latin_slot = LazyRegex(r"[A-Za-z]")

    def _detect_template_slot(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        blanks = list(_blanks(text, self._round_slot, words_in(doc)))
        yield from blanks
        if not any(contains(text, opener) for opener in _SLOT_OPENERS):
            return
        found = {(c.start, c.end) for c in blanks}  # ({ MERGEFIELD 数额 }: a field code found by both)
        # slots found by their words, by bracket; brackets that hold a short name and no slot word, kept for when the
        # document fills two slots or more with brackets of their kind (its convention: [楼栋单元] beside [小区名称])
        slots: dict[str, int] = {}
        pending: list[tuple[int, int]] = []
        for m in bracketed(text):
            if m.span() in found:
                continue
            if m.group()[0] == "{" and text[m.start() - 1:m.start()] == "$":
                continue  # ${日期}: a template's variable, PH007's
            if m.start() and text[m.start() - 1] == m.group()[0] and text[m.end():m.end() + 1] == m.group()[-1]:
                continue  # <<姓名>>: a mail merge's field, found whole (_blanks)
            body = m.group()[1:-1]
            if m.group()[0] != "{" and "{{" in body:
                # 下一站【云台市{{street}}营业点】: a variable inside a bracket of the text, found inside it
                for inner in _MUSTACHE_INSIDE.finditer(text, m.start() + 1, m.end() - 1):
                    if inner.span() not in found and not _WRITTEN_ABOUT.search(
                            text, max(0, inner.start() - 8), min(len(text), inner.end() + 16)):
                        yield Candidate(inner.start(), inner.end(), "template")
                continue
            if m.group()[0] == "<" and body.isascii() and (body.startswith("/") or
                                                           text.find("</" + body + ">", m.end(), m.end() + 2000) != -1):
                continue  # <title>…</title>: an element of XML or HTML, closed after its content
            if m.group()[0] == "<" and _TAG_WITH_ATTRIBUTES.fullmatch(body) is not None:
                continue  # <string name="app_name">: a tag with its attributes, markup
            if m.group()[0] in _CJK_OPENERS and body and not body.strip():
                yield Candidate(m.start(), m.end(), "template")  # ［　　］: a blank left to fill
                continue
            value = text[m.end():m.end() + 1]
            if m.group()[0] == "【" and (m.start() == 0 or text[m.start() - 1] in "\n \t\u3000") and \
                    ((body.endswith("时间") and value.isdigit()) or
                     (body in _KEY_LABELS and value.isascii() and value.isalpha())):
                continue  # 【活动时间】2023年5月1日, 【答案】C: a label opening its line, its value after it
            if m.group()[0] == "【" and (m.start() == 0 or text[m.start() - 1] == "\n") and value and \
                    value not in "\n\r：:" and not value.isspace() and _sectioned(doc):
                continue  # 【药品名称】通用名称：…, 【批准文号】国药准字…: a sectioned text's headings
            if m.group()[0] == "{" and not body.startswith("{") and (not _HAN.search(body) or '":' in body):
                continue  # {a: 1}, {"电话": null} in code: a slot in single braces is written in Chinese ({具体日期})
            # (more slots listed after it, {{title}}、{{date}}等模板变量: what is said of them follows the last)
            chain_end = _SLOT_CHAIN.match(text, m.end()).end() + 8
            if body.startswith("{") and (_WRITTEN_ABOUT.search(text, max(0, m.start() - 8), min(len(text), chain_end))
                                         or _in_code_string(text, m.start())):
                continue  # 模板语言里{{ title }}会在渲染时替换为标题: a template's syntax written about
            # a Chinese word alone in single braces ({乡镇}) names a field (not in angle brackets: <红楼梦> may be a
            # title whose 《》 were typed in ASCII)
            named_field = (m.group()[0] == "{" and _FIELD_NAME.fullmatch(body) is not None) or (
                m.group()[0] in "【［[" and _NUMBER_FIELD.fullmatch(body) is not None
                and _NUMBER_PLACE.match(text, m.end()) is not None) or (  # 生猪出栏【总数】头: a number's name
                m.group()[0] in "【［[" and _HAN.match(body) is not None and _field_echoed(text, m.start(), body)) or (
                # 第[课次]课, 运行[小时]小时, [年份]年: a bracket that names the figure its unit after it counts
                m.group()[0] in "【［[" and 1 <= len(body) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in body) and
                ((text[m.end():m.end() + 1] in body and text[m.end():m.end() + 1] in _UNITS_NAMED) or
                 (len(body) >= 2 and body[-1] in _UNITS_NAMED and text.startswith(body, m.end())))) or (
                m.group()[0] == "【" and text[m.start() - 1:m.start()] in ("？", "?") and _HAN.match(body) is not None
                and text[m.end():m.end() + 1] in ("\n", "\r", ""))  # 您希望社区增加哪些服务？【意见建议】: an answer's
            if m.group()[0] in "【［[" and text.startswith(_PLACE_FIELDS.get(body, "\0"), m.end()):
                named_field = True  # 寄件地址：【城市】市解放路, 位于[街道]街道: the kind of place a name is wanted for
            if m.group()[0] in "【［[" and body.startswith("具体") and 3 <= len(body) <= 8 and m.start() and \
                    _HAN.fullmatch(body[2:3]) and _HAN.match(text, m.start() - 1) and \
                    text[m.end():m.end() + 1] not in ("：", ":", "\n", ""):
                named_field = True  # 拟申报【具体项目】，: what is to be written there, named as "the actual …" (not a
                # heading's label, 采取以下【具体措施】：)
            if not named_field and not body.startswith("{") and not (self._slot_word and self._slot_word.search(body)) \
                    and not (m.group()[0] == "[" and _FILL_IN.fullmatch(body)):
                if m.group()[0] in "【[［" and _FIELD_NOUN.fullmatch(body) is not None and m.start() and \
                        text[m.start() - 1] not in "\n\r。！？!?；;" and \
                        text[m.end():m.end() + 1] not in ("\n", "\r", "") and not any(w in body for w in _PAGE_BUTTONS):
                    # ([楼栋单元], 【区县】 inside a line: a slot if the text fills others of its brackets; not a label
                    # opening its line or sentence, 【本报讯】, 【通知】, nor a line's heading, 【工作动态】)
                    pending.append(m.span())
                continue
            latin_only = self._latin_slot.search(body) and not _HAN.search(body) and not body.startswith("{")
            if latin_only and m.group()[0] == "[" and text[m.end():m.end() + 1] == "(":
                continue  # [TODO list](…): a link of Markdown
            if latin_only and body.upper() != body and not has_cjk_context(text, m.start(), m.end(), 1) and \
                    not self._all_slot_words(body, text[m.end():m.end() + 1]):
                continue  # [Name] in English prose is a link or a citation; slots are written in capitals
            slots[m.group()[0]] = slots.get(m.group()[0], 0) + 1
            yield Candidate(m.start(), m.end(), "template")
        for start, end in pending:
            if slots.get(text[start], 0) >= 2:
                yield Candidate(start, end, "template")  # (对[小区名称][楼栋单元]进行…: the document's convention)

    def _all_slot_words(self, body: str, after: str) -> bool:
        """Whether every word of a bracketed Latin *body* is a slot word (``[Company Name]``, ``[Recipient]``)
        and *after* does not make it a link or a reference (``[Name](…)``, ``[Name][1]``, ``[Name]:``)."""
        words = body.split()
        if not words or after in ("(", "[", ":") or len(words) > 4:
            return False
        if _FILL_IN.fullmatch(body):
            return True  # [Please fill in], [Insert date here]: an instruction to the writer
        # [Company Name], [Customer Name], [Project Title]: slot words, or words in capitals ending with one
        return len(words) <= 3 and (all(self._slot_word.fullmatch(w) for w in words) or (
            all(w[:1].isupper() for w in words) and self._slot_word.fullmatch(words[-1]) is not None))

    # ---- format: YYYY年MM月DD日, HH:MM, %s, {0}, ${name}, $姓名$, «单位»
    def _detect_format(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        # where a match may start, found from single characters (Latin letters are rare in Chinese text: a
        # search for one is several times faster than for two, and % is everywhere)
        starts = set()
        for ch in "YyMmHhDd":
            for i in find_all(text, ch) if ch in text else ():
                if text[i + 1:i + 2] == ch:
                    starts.update((i, i - 2) if i >= 2 else (i,))  # (20YY: two characters before)
        for ch in "sd":
            for i in find_all(text, ch) if ch in text else ():
                if text[i - 1:i] == "%":
                    starts.add(i - 1)
                elif text[i - 1:i] == "$" and text[i - 3:i - 2] == "%":
                    starts.add(i - 3)  # %2$s: a positional variable
        if contains(text, "%."):  # %.1f: a number's format
            starts.update(i for i in find_all(text, "%.") if text[i + 2:i + 3].isdigit())
        if "%" in text:  # %NAME%, %金额%, %name%: not a percentage's sign (no digit before it), a name after it; %1, %@
            starts.update(i for i in find_all(text, "%") if not text[i - 1:i].isdigit() and (
                "A" <= text[i + 1:i + 2] <= "Z" or "a" <= text[i + 1:i + 2] <= "z" or
                "\u4e00" <= text[i + 1:i + 2] <= "\u9fff" or "1" <= text[i + 1:i + 2] <= "9" or
                text[i + 1:i + 2] == "@"))  # (%1 and %@ after a word, as a name is)
            if contains(text, "<%="):
                starts.update(find_all(text, "<%="))
        for ch in "{$#«":
            if ch in text:
                starts.update(find_all(text, ch))
        for pair in ("__", "@@"):
            if pair[0] in text and contains(text, pair):
                starts.update(find_all(text, pair))
        if "[" in text and contains(text, "[["):
            starts.update(find_all(text, "[["))
        if "[" in text and contains(text, "[field:"):
            starts.update(find_all(text, "[field:"))
        if "[" in text and contains(text, "[!--"):
            starts.update(find_all(text, "[!--"))
        if not starts:
            return
        for m in matches_at(_FORMAT.match, text, sorted(starts)):
            start, end = m.span()
            if not (has_cjk_context(text, *_dollar_chain(text, start, end)) or _cell_of_chinese_csv(text, start, end) or
                    # (￥$AMOUNT$.00: an amount of yuan, a Chinese form's value)
                    (text[start - 1:start] in ("￥", "¥") and _HAN.search(_line_of(text, start, end)) is not None) or (
                    text.startswith(("${", "{$", "<%=", "%", "$"), start) and
                    _HAN.search(_line_of(text, start, end)) is not None) or (
                    text.startswith("${", start) and _line_of(text, start, end).strip() == text[start:end] and
                    _HAN.search(text, max(0, start - 40), start) is not None)) or \
                    _written_about(text, start, end) or _resource_entry(text, start) or \
                    _in_code_string(text, start) or _FORMATTED_STRING.match(text, end, end + 16):
                continue  # code, or a format written about (日期格式为YYYY-MM-DD, 用%s占位; print(f"你好，{name}");
                # "{}年".format(2024))
            yield Candidate(start, end, "date" if m.lastgroup == "date" else "template")

    # ---- latin: XXX, TBD, Lorem ipsum in non-CJK text
    def _build_latin(self) -> None:
        words = "|".join(escape(w) for w in self.words)
        # (Latin letters around a word make it part of a longer one; Chinese characters do not: 是TBD方面)
        # (a run of x's right after a Chinese character is PH001's: not matched here at all)
        self._latin = LazyRegex(rf"(?:(?<![\p{{Latin}}\p{{Nd}}_\p{{Han}}])[Xx]{{3,}}"
                                rf"|(?<![\p{{Latin}}\p{{Nd}}_])(?:{words}))(?![\p{{Latin}}\p{{Nd}}_])")

    def _latin_matches(self, text: str) -> list:
        """What ``self._latin.finditer(text)`` finds, the pattern tried only where a match can start: at the
        first of three or more x's (a letter before an x fails the look-behind) and where a word occurs."""
        starts = {m.start() for pattern in _THREE_XS for m in pattern.finditer(text)
                  if not (m.start() and (text[m.start() - 1] in "Xx" or _HAN.match(text, m.start() - 1)))}
        for word in self.words:
            if contains(text, word):
                starts.update(find_all(text, word))
        if not starts:
            return []  # (before the pattern is compiled: it needs the regex module, 10 ms to import)
        if len(starts) * _DENSE > len(text):
            return list(self._latin.finditer(text))
        return matches_at(self._latin.match, text, starts)

    def _detect_latin(self, doc: Document) -> Iterator[Candidate]:
        text = doc.text
        if contains(text, "X.Y.Z") or contains(text, "x.y.z"):  # ## vX.Y.Z - 2022-03-08: a release not numbered
            for m in _VERSION_LETTERS.finditer(text):
                if _HAN.search(text, max(0, m.start() - 80), m.end() + 80) is not None:
                    yield Candidate(m.start(), m.end(), "template")
        if ("x(" in text or "X(" in text) and ("[J]" in text or "[M]" in text or "[D]" in text):
            # 管理评论, 20xx, xx(x): xx-xx. in a list of references: the volume, issue and pages never filled in
            for m in _REFERENCE_XS.finditer(text):
                if _REFERENCE_LINE.search(_line_of(text, m.start(), m.end())) is not None:
                    yield Candidate(m.start(), m.end(), "template")
        if contains(text, "TODO") or contains(text, "FIXME"):
            for m in _TODO_LEFT.finditer(text):
                if has_cjk_context(text, m.start(), m.end()):
                    yield Candidate(m.start(), m.end(), "template")
        if "#" in text and (contains(text, "#REF!") or contains(text, "#N/A") or contains(text, "#DIV/0!") or
                            contains(text, "#VALUE!") or contains(text, "#NAME?") or contains(text, "#NUM!")):
            # (a spreadsheet's error value where its figure should be: 计划数⇥#REF!)
            for m in _SHEET_ERROR.finditer(text):
                if not quoted_mention(text, m.start(), m.end()) and \
                        _ERROR_WRITTEN_ABOUT.search(text, max(0, m.start() - 6), min(len(text), m.end() + 6)) is None:
                    yield Candidate(m.start(), m.end(), "template")
        if "=" in text and "(" in text:
            # (a formula that was exported as its text, not its value: a table's cell =SUM(B5:C8))
            for m in _SHEET_FORMULA.finditer(text):
                if _ERROR_WRITTEN_ABOUT.search(text, max(0, m.start() - 8), m.start()) is None and \
                        not _formula_explained(text, m.end()):
                    yield Candidate(m.start("formula"), m.end("formula"), "template")
        words = words_in(doc)
        if "null" in words or "undefined" in words or "NaN" in words:
            # (重复来电：null件, 满意度：NaN%: what a report generator prints for a field it had no value for)
            for m in _EMPTY_VALUE.finditer(text):
                if not text.startswith(_VALUE_WORD_DEFINED, m.end()):  # (null表示空值: the word written about)
                    yield Candidate(m.start("word"), m.end("word"), "template")
        if "x" not in text and "X" not in text and not any(contains(text, w) for w in self.words):
            return  # (the pattern also takes mixed-case runs such as Xxx)
        urls = url_spans(doc)
        for m in self._latin_matches(text):
            start, end = m.span()
            if urls and in_spans(urls, start, end):
                continue
            token = m.group()
            if token.strip("Xx") == "":
                if has_cjk_context(text, start, end) or _separator_line(text, start, end):
                    continue  # the x-run detector reports it; a line of x's is drawn between paragraphs
                nxt = next_text(text, end, 1) or "\0"
                subtype = "numeric" if nxt[:1].isdigit() or nxt in "%$" or prev_char(text, start) in "$€£¥" \
                    else "entity"
            else:
                if text.startswith(_WORD_DEFINED, end) or quoted_mention(text, start, end):
                    continue  # TBD是英文“to be determined”的缩写, 表中“N/A”表示不适用: the word written about
                subtype = "template"
            yield Candidate(start, end, subtype)
