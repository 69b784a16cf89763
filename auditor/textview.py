"""A cleaned view of a document's text for the numeric rules, with offsets back to the original.

Scraped reports interleave pinyin annotations with the text (``合計(jì)提醒談話26人次``), and text
taken from PDFs puts spaces around numbers (``共查处 38 起``). The numeric rules read a view without
either, then map every offset back to the original text.

>>> view = clean_view("合計(jì)26人次")
>>> view.text, view.original(2), view.original(6)
('合計26人次', 6, 10)
>>> clean_view("共 38 起，占 12.5 %").text
'共38起，占12.5%'
"""

from __future__ import annotations

from bisect import bisect_right

from auditor.charclass import CharClass
from auditor.lazyregex import LazyRegex
from auditor.scan import after_last, contains, find_all, matches_at

_PINYIN = r"(?<=\p{Han})\([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}\)"
#: spaces between a number and the words or signs around it (never between two digits)
_NUMBER_SPACE = (r"(?<=[\p{Han}，、,；;：:（(])[ \u00a0\u3000]{1,2}(?=[0-9０-９])"
                 r"|(?<=[0-9０-９])[ \u00a0\u3000]{1,2}(?=[\p{Han}%％、，,；;。）)])")
#: a line that starts with a heading's number (一、 （二） 3. 第四章) or a bullet (■ ● ◆ ★ …): a line break before or
#: after it is kept
_HEADING_NUMBER = (r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
                   r"|[0-9]{1,2}[、.．)）](?![0-9])|第[一二三四五六七八九十0-9]+[章节条部篇]|[■□●○◆◇▲△★☆▶►•])")
_HEADING = LazyRegex(r"[ \t\u3000]*" + _HEADING_NUMBER)
#: the characters a line that :data:`_HEADING` matches starts with
_HEADING_FIRST = frozenset(" \t\u3000一二三四五六七八九十（(0123456789第■□●○◆◇▲△★☆▶►•")
#: a line break of running text: one not right after a 。, a ！, a colon … or another line break, nor
#: before a bracket or a heading's number (most line breaks of a report; the others are looked at one by
#: one in :func:`_wraps`)
_LINE_GOES_ON = LazyRegex(r"\n(?<![。！？!?；;：:\n]\n)(?![ \t\u3000\r\n]*(?:[（(]|" + _HEADING_NUMBER + "))")
#: the spaces and line breaks of one break between lines
_BREAK = LazyRegex(r"[ \t\u3000\r]*(?:\n[ \t\u3000\r]*)+")
#: a number broken at its decimal point by a line break (13.⏎74, 96⏎.8), matched from two characters before the
#: break; what follows must not be an item's number (…5.⏎2.加强…)
_NUMBER_BROKEN = LazyRegex(r"[0-9]\.[ \t\u3000\r]*(?:\n[ \t\u3000\r]*){1,2}[0-9]"
                           r"|[0-9]{2}[ \t\u3000\r]*(?:\n[ \t\u3000\r]*){1,2}\.[0-9]")
_ITEM_NUMBER = LazyRegex(r"[0-9]{1,2}[.．、)）](?![0-9])")
#: the characters a line goes on after, and those a line cannot start with: either way the break is a wrap
_GOES_ON_AFTER = frozenset("，、,（(")
_NEVER_STARTS = frozenset("，、,。；;）)%％‰")
#: running text on both sides of a break: Han or digits (and % before it)
_RUNNING_BEFORE = CharClass(LazyRegex(r"[\p{Han}0-9０-９%]"))
_RUNNING_AFTER = CharClass(LazyRegex(r"[\p{Han}0-9０-９]"))
#: what :data:`_PINYIN` ``|`` :data:`_NUMBER_SPACE` match, written to start with the character every match
#: starts with (a parenthesis or a space), which the look-behinds then check: a search for one character
#: class instead of three look-behinds tried at every position (37 ms → 3 ms over a 1.4 MB report)
_DROP = LazyRegex(
    r"[( \u00a0\u3000](?:(?<=\p{Han}\()[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}\)"
    r"|(?<=[\p{Han}，、,；;：:（(][ \u00a0\u3000])[ \u00a0\u3000]?(?=[0-9０-９])"
    r"|(?<=[0-9０-９][ \u00a0\u3000])[ \u00a0\u3000]?(?=[\p{Han}%％、，,；;。）)]))"
)
#: whether :data:`_DROP` may match at all (a parenthesis, a special space, or a space next to a digit)
_MAY_DROP = LazyRegex(r"[(\u00a0\u3000]| (?:(?<=[0-9０-９] )|(?=[0-9０-９]))")
#: a space next to a digit (the space first: a search for a literal)
_SPACE_BY_DIGIT = LazyRegex(r" (?:(?<=[0-9０-９] )|(?=[0-9０-９]))")


def _may_drop(text: str) -> bool:
    """``bool(_MAY_DROP.search(text))``, by one-character searches (that pattern starts with a choice, which
    re tries at every position: 8 ms over 2 MB of text without a match)."""
    return "(" in text or "\u00a0" in text or "\u3000" in text or (
        " " in text and _SPACE_BY_DIGIT.search(text) is not None)


class TextView:
    """A cleaned text and the way back to the original: a sorted list of the cleaned offsets where a
    stretch of unchanged text starts, and how far that stretch lies behind its original place.

    The map has one entry per removed stretch, not one per character: building it costs nothing for
    the text that was kept, however long the document."""

    __slots__ = ("_shifts", "_starts", "original_length", "text")

    def __init__(self, text: str, starts: list[int] | None, shifts: list[int] | None, original_length: int):
        self.text = text
        self._starts = starts  # None: identical to the original
        self._shifts = shifts
        self.original_length = original_length

    def original(self, offset: int) -> int:
        """The original offset of cleaned *offset* (``len(text)`` maps to the original length)."""
        if self._starts is None:
            return offset
        if offset >= len(self.text):
            return self.original_length
        return offset + self._shifts[bisect_right(self._starts, offset) - 1]

    def original_end(self, offset: int) -> int:
        """The original offset just after the cleaned character at ``offset - 1``."""
        if self._starts is None or offset == 0:
            return offset
        return self.original(offset - 1) + 1

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """``(original(start), original_end(end))`` of a non-empty span, with one search of the map when
        the span lies in one unchanged stretch (a number: nearly always).

        >>> view = clean_view("合計(jì)26人次")
        >>> view.original_span(2, 4), (view.original(2), view.original_end(4))
        ((6, 8), (6, 8))
        """
        starts = self._starts
        if starts is None:
            return start, end
        index = bisect_right(starts, start) - 1
        shift = self._shifts[index]
        if index + 1 == len(starts) or end - 1 < starts[index + 1]:
            return start + shift, end + shift
        return start + shift, self.original_end(end)


#: the characters every match of :data:`_DROP` starts with
_DROP_STARTS = "( \u00a0\u3000"


def _drops(text: str):
    """What ``_DROP.finditer(text)`` finds. Where the characters a match starts with are few (a Chinese
    report: a parenthesis or a space here and there), the pattern is tried only at them, found by
    one-character searches; else (English text, full of spaces) the pattern searches the text itself."""
    counts = [(ch, text.count(ch)) for ch in _DROP_STARTS]
    if sum(n for _, n in counts) * 200 > len(text):
        return _DROP.finditer(text)
    return matches_at(_DROP.match, text, (i for ch, n in counts if n for i in find_all(text, ch)))


def _wraps(text: str) -> list[tuple[int, int]]:
    """The line breaks inside sentences of *text*, with the spaces around them, as spans: text copied from a
    PDF or a web page breaks its lines anywhere (``拆除重建农村危房61户、维修\n加固55户``).

    A break is read as no break at all when the line goes on after a comma or 、, when the next line starts
    with punctuation, or between two characters of running text (Han or digits) when neither line is a
    heading (:data:`_HEADING`). A line that ends a sentence (。) always ends it. Only the line breaks of
    :data:`_LINE_GOES_ON` are looked at.
    """
    spans: list[tuple[int, int]] = []
    last = 0
    n = len(text)
    for m in _LINE_GOES_ON.finditer(text):
        start = m.start()
        if start < last:
            continue  # (a line break inside the last span: 维修\n \n加固)
        while start > 0 and text[start - 1] in " \t\u3000\r":
            start -= 1
        if start == 0:
            continue
        found = _BREAK.match(text, start)
        end = found.end() if found is not None else n  # (it always matches: the spaces, then m's line break)
        if end == n:
            continue
        before, after = text[start - 1], text[end]
        if _NUMBER_BROKEN.match(text, start - 2) is not None and _ITEM_NUMBER.match(text, end) is None:
            spans.append((start, end))  # 13.⏎74万亩, 96⏎.8%: a number broken at its decimal point
            last = end
            continue
        if not (before in _GOES_ON_AFTER or after in _NEVER_STARTS or (
                _RUNNING_BEFORE[before] and _RUNNING_AFTER[after] and _running_lines(text, start, end))):
            continue
        spans.append((start, end))
        last = end
    return spans


#: a field and its value ending a line (学前教育：154万元), and a line that is only such a field
#: (a full-width comma or a space before three digits separates thousands: 一季度：7，105万元, 回访：9 912户)
_FIELD_NUMBER = r"[0-9０-９](?:[0-9,.０-９．]|[， \u00a0\u2009\u202f](?=[0-9０-９]{3}))*"
_FIELD_END = LazyRegex(r"[：:][ \t\u3000]*" + _FIELD_NUMBER + r"[^\s，。；;,、0-9０-９：:]{0,5}[%％；;]?$")
_FIELD_LINE = LazyRegex(r"[ \t\u3000]*(?:其中[：:][ \t\u3000]*)?[^，。；;,、\n：:]{1,12}[：:][ \t\u3000]*"
                        + _FIELD_NUMBER + r"[^\s，。；;,、0-9０-９：:]{0,5}[%％]?[；;。]?[ \t\u3000\r]*(?:\n|$)")
#: a table's row: a name or two (the first up to 16 characters: 万元GDP能耗（吨标准煤）), then two numbers or more
#: apart, or an index, a name and numbers, to the line's end
#: (digits may be full-width: 栖岗村 ８７６ １２８４)
_CELL_GAP = r"(?:[ \t\u3000]+|[ \t\u3000]*[|｜][ \t\u3000]*)"
_TABLE_ROW = (r"(?:(?:[0-9０-９]{1,4}(?:年|月份|月|季度|日|周)[^\s0-9０-９，。；;,、：:|｜]{0,8}"  # (a period: 3月)
              r"|[0-9]{1,3}岁[^\s，。；;,、：:|｜]{0,10}?"  # (an age band: 36岁至60岁的)
              r"|[^\s0-9０-９，。；;,、：:|｜]{1,16})(?:" + _CELL_GAP + r"[^\s0-9０-９，。；;,、：:|｜]{1,12})?"
              # (a change's cell may name its way: 提高2.45, 下降0.8)
              r"(?:" + _CELL_GAP + r"(?:[-－−+＋]|提高|下降|增加|减少|上升|降低)?[0-9０-９][0-9,.０-９．]*[%％]?){2,}"
              # (or an index first: 4 工贸企业 421)
              r"|[0-9０-９]{1,3}" + _CELL_GAP + r"[^\s0-9０-９，。；;,、：:|｜]{1,12}"
              r"(?:" + _CELL_GAP + r"[-－−+＋]?[0-9０-９][0-9,.０-９．]*[%％]?)+)"
              r"[ \t\u3000\r|｜]*(?:\n|$)")
#: a line of a table: its total line (合计 250, 总 计：413, 小计 154), a line of numbers and the spaces between
#: them, or a row (:data:`_TABLE_ROW`)
_TABLE_LINE = LazyRegex(r"[合总小][ \t\u3000]*计[ \t\u3000：:]*[0-9０-９]"
                        r"|[0-9.,０-９．]+(?:[ \t\u3000]+[0-9.,０-９．]+)*[ \t\u3000\r]*(?:\n|$)"
                        # (a row of the row above it: ⎵⎵其中：在线立案⎵⎵637)
                        r"|(?:[ \t\u3000]*其中[：:][ \t\u3000]*)?" + _TABLE_ROW)
#: a row of a table of one column between bars (职教中心实训楼｜24066)
_BAR_ROW = LazyRegex(r"[^\s｜|，。；;,、：:]{1,16}[ \t\u3000]*[｜|][ \t\u3000]*[-－−]?[0-9０-９]"
                     r"(?:[0-9,.０-９．]|，(?=[0-9０-９]{3}))*"  # (a full-width comma before thousands: ｜6，786)
                     # (the figure's magnitude or unit may follow: 工程服务业务｜14.26万)
                     r"[^\s｜|，。；;,、：:0-9０-９]{0,3}[ \t\u3000\r]*$")
#: a table's row, the whole line (:func:`_table_lines`: the last row before prose)
_TABLE_ROW_LINE = LazyRegex(_TABLE_ROW)
#: a line shorter than this that holds no punctuation, followed by another such line, is an item of a list
#: or a row of a table (``甲队12人\n乙队8人``), not a wrapped line
SHORT_LINE = 12


#: a table's total line: its name, then a cell's gap (合计  超过200, 总计⇥719, 小计｜12)
_TOTAL_CELL = LazyRegex(r"(?:合计|总计|小计)(?:[ \u3000]{2}|[ \u3000]*[\t|｜])")


def _running_lines(text: str, start: int, end: int) -> bool:
    """Whether the lines on both sides of the break ``text[start:end]`` (between running characters) are one
    sentence: neither is a heading, and they are not two short lines without punctuation (the first one's
    last sentence, that is).

    >>> _running_lines("拆除重建农村危房61户、维修\\n加固55户，共121户。", 14, 15)
    True
    >>> _running_lines("丙队5人；丁队3人\\n戊队4人", 9, 10), _running_lines("(一)坚持党建引领\\n今年以来，", 9, 10)
    (False, False)
    >>> _running_lines("上坪村 白沙村 南岗村 东门社区 合计\\n656 103 117 1326 2202", 20, 21)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    while line_start < start and text[line_start] in " \t\u3000":
        line_start += 1  # (an indented line is as short as its text: ⎵⎵⎵⎵边缘易致贫户：313户)
    # (a heading on the next line is ruled out by _LINE_GOES_ON already; the line before is looked at only
    # when it starts with a character a heading's number may start with)
    if text[line_start:line_start + 1] in _HEADING_FIRST and _HEADING.match(text, line_start) is not None:
        return False
    if text[line_start:line_start + 1] in "合总小" and _TOTAL_CELL.match(text, line_start) is not None:
        return False  # (合计  超过200⏎全年开展…: a table's total line, its cells apart, before prose)
    if start - line_start >= SHORT_LINE:  # (the line's last sentence counts: 。丁队3人\n戊队4人 is a row too)
        lo = max(line_start, start - SHORT_LINE)  # (a sentence end further back leaves SHORT_LINE characters)
        if after_last(text, "。；;！？!?", lo, start) == lo:
            return not _table_lines(text, start, end)
        line_start = start  # (a sentence ended within SHORT_LINE characters: a short line)
    next_end = text.find("\n", end)
    following = text[end:next_end if next_end != -1 else len(text)]
    return _punctuated(following) and not _table_lines(text, start, end)


#: a comma between digits that separates thousands (1,149, １，１４９), no punctuation of a sentence
_THOUSANDS_COMMA = LazyRegex(r"(?<=[0-9０-９])[，,](?=[0-9０-９]{3}(?![0-9０-９]))")


def _punctuated(line: str) -> bool:
    """Whether *line* holds punctuation of running text (a comma that separates thousands is none).

    >>> _punctuated("执行案件\t１，１４９"), _punctuated("完成1,149件，同比增长"), _punctuated("甲乙、丙")
    (False, True, True)
    """
    if not any(mark in line for mark in "，。；、,;"):
        return False
    if any(mark in line for mark in "。；、;"):
        return True
    rest = _THOUSANDS_COMMA.sub("", line)
    return "，" in rest or "," in rest


#: a list's item on a line of its own: a name, white space or leaders, then one number and its unit (农民工 5532人次,
#: 医务人员⇥４５, 山塘整治——188处, 盗窃案件…203起): the rows of a table of one column, indented or not
_ITEM_LINE = LazyRegex(r"[ \t\u3000]*(?:其中[：:][ \t\u3000]*)?"  # (a row of the row above it: 其中：在线立案⇥637)
                       # (or an age band: 36岁至60岁的  9760)
                       r"(?:[^\s0-9０-９，。；;,、：:—…]{1,16}|[0-9]{1,3}岁[^\s，。；;,、：:—…]{0,10}?)"
                       r"(?:[ \t\u3000]+|—{1,2}|…{1,3}|\.{3,})"
                       # (the unit may stand in a cell of its own: 政协提案   ２５５８   件; a loss its minus sign:
                       # 鼎晟集团  －1083)
                       r"(?:(?<=[ \t\u3000])[-－−])?"
                       r"[0-9０-９][0-9,.０-９．]*(?:[ \t\u3000]*[^\s0-9０-９，。；;,、：:]{1,4})?"
                       r"[ \t\u3000\r]*(?:\n|$)")


#: a line that starts with a short label and its colon (二中：, 城关小学：), as each record of a list one a line does
_LABELLED_LINE = LazyRegex(r"[^\s，。；;,、：:0-9０-９]{1,12}[：:]")
#: the words of a record's own total (…，小计467人)
_ROW_TOTAL_WORDS = ("小计", "合计", "共计", "总计")


def _table_lines(text: str, start: int, end: int) -> bool:
    """Whether the break ``text[start:end]`` is between lines of a table, no wrapped sentence: before a line of
    numbers alone (…清水社区 合计⏎656.3 103 … 2297.1), a total line (2022 130 40.5⏎合计 250 76), a row of names
    then numbers (办结率⏎凤店镇 561 555 98.9%), between fields one a line (学前教育：154万元⏎义务教育：35.4万元), or
    between two lines that each start with a label and its colon, the first with its own total (一中：男生243人，
    女生224人，小计467人⏎二中：男生567人…), or after the last of two fields one a line or more (…⏎总量：94套⏎存在…).
    Each test first looks at the next line's first characters."""
    following = text[end:end + 14]
    line_start = text.rfind("\n", 0, start) + 1
    if "|" in following or "｜" in following or text.find("|", line_start, start) != -1 or \
            text.find("｜", line_start, start) != -1:
        # 项目｜年初数｜本年增加⏎待整改问题（个）｜2191｜776: cells between bars, on either side, are a table's
        # (乡镇污水处理站|410.24⏎相关经验做法…: its last row, prose after it)
        next_end = text.find("\n", end)
        for line in (text[end:next_end if next_end != -1 else len(text)], text[line_start:start]):
            if line.count("|") + line.count("｜") >= 2 or _BAR_ROW.match(line) is not None:
                return True
    if (following[:1].isdigit() or following[:1] in "合总小" or " " in following or "\t" in following or
            "\u3000" in following) and _TABLE_LINE.match(text, end) is not None:
        return True
    if any(mark in following for mark in " \t\u3000—…") and (row := _ITEM_LINE.match(text, end)) is not None:
        line_start = text.rfind("\n", 0, start) + 1
        if _ITEM_LINE.match(text, line_start) is not None:
            return True  # (高校毕业生 2904人次⏎退役军人 4136人次: two rows of a one-column table)
        if row.end() < len(text) and _ITEM_LINE.match(text, row.end()) is not None:
            return True  # (完成投资 单位：万元⏎社会事业投资 204,376.05⏎基础设施投资 …: a header, then two rows)
    if ("：" in following or ":" in following) and (field := _FIELD_LINE.match(text, end)) is not None and (
            _FIELD_END.search(text, max(0, start - 16), start) is not None or _FIELD_LINE.match(text, field.end())):
        return True  # (or a title above two fields: 工作指标⏎受理事项：1298件⏎按期办结：1216件)
    line_start = text.rfind("\n", 0, start) + 1
    if text[start - 1:start] in ("%", "％") and any(c in following for c in "\t|｜") and \
            any(c in text[line_start:start] for c in "\t|｜"):
        return True  # (15—59岁⇥63.1%⏎60岁及以上⇥34.0%: rows of a table of shares, cells apart by tabs or bars)
    if _this_and_above(_FIELD_LINE, text, line_start) or _this_and_above(_ITEM_LINE, text, line_start):
        # 保障性租赁住房：9套⏎筹集总量：94套⏎存在的问题…, 支渠 8.8公里⏎农渠 89.0公里⏎全年未发生…: the last of fields
        # one a line or of a one-column table's rows, prose after it
        return True
    if text[line_start:line_start + 1] in "合总小 \t\u3000" and _TOTAL_ROW.fullmatch(text, line_start, start):
        return True  # (农渠⇥73.5⏎合计⇥92.6⏎全年未发生…: a table's total line, prose after it)
    if FIELDS_ROW.fullmatch(text, line_start, start) is not None:
        return True  # (毕业生：8347人；实现就业：7477人；就业率：89.58%⏎以上情况…: a form's line, prose after it)
    if ("：" in following or ":" in following) and _LABELLED_LINE.match(text, end) is not None and \
            _LABELLED_LINE.match(text, line_start) is not None and \
            any(word in text[line_start:start] for word in _ROW_TOTAL_WORDS):
        return True  # (一中：男生243人，…，小计467人⏎二中：男生567人，…: records one a line, each with its total)
    if text[start - 1:start] not in "，,、" and _FIGURE_ROW.fullmatch(text, line_start, start) is not None:
        next_end = text.find("\n", end)
        if _FIGURE_ROW.fullmatch(text, end, next_end if next_end != -1 else len(text)) is not None:
            return True  # (机关事业单位41.68亿元⏎国有企业22.52亿元: rows of a list, a name and a figure each)
        if line_start and _FIGURE_ROW.fullmatch(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1):
            return True  # (…⏎国有企业22.52亿元⏎城镇私营企业33.55亿元⏎全年召开…: the list's last row, prose after)
    # after a table's last row (梅岭乡  4,508  874  124  5,258⏎特此通报。): the row ends at its line's end
    # (or a share or a growth: 一般公共预算收入（万元）⇥2141.8⇥2291.3⇥6.98%⏎下一步…)
    return (text[start - 1:start].isdigit() or text[start - 1:start] in ("%", "％")) and \
        _TABLE_ROW_LINE.match(text, line_start, end) is not None


#: a line that is only a name and a figure with its unit, no spaces, no punctuation (国有企业22.52亿元, 党委4个；)
_FIGURE_ROW = LazyRegex(r"[ \t\u3000]*[^\s0-9０-９，。；;,、：:（(]{2,16}" + _FIELD_NUMBER +
                        r"[^\s，。；;,、0-9０-９：:]{1,4}[；;]?[ \t\u3000\r]*")
#: one field of a form: a label, a colon and a figure (毕业生：8347人) …
ONE_FIELD = r"[^，。；;,、\n：:]{1,12}[：:][ \t\u3000]*" + _FIELD_NUMBER + r"[^\s，。；;,、0-9０-９：:]{0,5}[%％]?"
#: … and a line of two fields or more apart by ；, to be matched whole (毕业生：8347人；就业率：89.58%; shared with
#: :mod:`auditor.line_lists`, which sums such a line)
FIELDS_ROW = LazyRegex(r"[ \t\u3000]*" + ONE_FIELD + r"(?:[ \t\u3000]*[；;][ \t\u3000]*" + ONE_FIELD + r")+"
                       r"[ \t\u3000]*[；;。]?[ \t\u3000\r]*")
#: a table's total line, to its end (合计⇥92.6, 总 计 1,563 万元)
_TOTAL_ROW = LazyRegex(r"[ \t\u3000]*[合总小][ \t\u3000]*计[ \t\u3000：:|｜]*" + _FIELD_NUMBER
                       + r"(?:[ \t\u3000|｜]+" + _FIELD_NUMBER + r")*[^\s，。；;,、0-9０-９：:]{0,4}[ \t\u3000|｜]*")
def _this_and_above(line, text: str, line_start: int) -> bool:
    """Whether the line at *line_start* and the line above it both start as *line* does (fields one a line, 禾丰镇：
    5099人次⏎碧水镇：2713人次; rows of one column): a form or a list, whose last line ends it."""
    return line_start > 0 and line.match(text, line_start) is not None and \
        line.match(text, text.rfind("\n", 0, line_start - 1) + 1) is not None


#: a separator between a group of three digits and what comes before it: a full-width comma typed for a
#: thousands separator (网上信访2，608件), or a space (年初10 758人, also a narrow or no-break one); the group is run
#: into words after it. Found from the separator (a literal or a class of rare characters first: a fast search)
_GROUP_AFTER = r"(?=[0-9０-９]{{3}}(?:{sep}[0-9０-９]{{3}})*(?:[.．][0-9０-９]+)?[\u4e00-\u9fff%％、])"
#: (one pattern a separator: a literal first is found by a fast search, a class of them is ten times slower; more
#: groups apart by the same separator may follow: 2，296，224人)
_SEPARATORS = ("，", " ", "\u00a0", "\u2009", "\u202f")
_THOUSANDS_AFTER = tuple(LazyRegex(sep + _GROUP_AFTER.format(sep=sep)) for sep in _SEPARATORS)
#: … unless the clause lists values one by one (得分分别为98，100分: two scores)
_ONE_BY_ONE = LazyRegex(r"分别|依次|各(?:为|是|有|达)")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: what may stand right before the first group: words, an opening bracket, a colon (a table's cell stands after a
#: space: 凤店镇 561 555 is two cells); for a space, also 、 (、2 822件)
_BEFORE_GROUPS = frozenset("（(：:、")
#: a name, a space, then a line's one figure whose thousands a space groups, one digit before it (or a group that opens
#: with 0, which no number of its own does), its unit, the line's end (（3）再生资源回收站点 1 094个；)
_LINE_FIGURE_AFTER_NAME = LazyRegex(r"[\u4e00-\u9fff] (?:[0-9] [0-9]{3}|[0-9]{2,3} 0[0-9]{2})[\u4e00-\u9fff]{1,2}"
                                    r"[；;。，,]?[ \t\u3000\r]*(?:\n|$)")
#: … and, before a space, a clause's comma (，13 180所) or a Latin letter (GDP3 684亿元: joined, the number after
#: letters is then no quantity, as written without the space)
_BEFORE_SPACED = frozenset("，,；;") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _thousands_separators(text: str) -> list[tuple[int, int]]:
    """Spans of the full-width commas and spaces that separate thousands (``网上信访2，608件`` is 2608 件,
    ``年初10 758人`` 10758 人), not items or cells: one to three digits before, run into words, three after.

    >>> t = "网上2，608件；得分分别为98，100分；分别为2，114人、6，633人；对象10 758人；东镇 561 555人；共2，296，224人"
    >>> [t[a - 1:b + 3] for a, b in _thousands_separators(t)]
    ['2，608', '2，114', '6，633', '0 758', '2，296', '6，224']
    >>> t = "| 盘活存量 | 11 409 | 65.9% |"
    >>> [t[a - 1:b + 3] for a, b in _thousands_separators(t)]
    ['1 409']
    """
    out = []
    for pattern, sep in zip(_THOUSANDS_AFTER, _SEPARATORS, strict=True):
        if sep in text:
            out.extend(at for m in pattern.finditer(text) if _separates_thousands(text, at := m.start()))
    if "|" in text or "｜" in text:  # | 盘活存量 | 11 409 | 65.9% |: one number a cell between bars
        out = sorted({*out, *(m.start(1) + k for m in _SPACED_CELL.finditer(text)
                              for k, ch in enumerate(m.group(1)) if ch not in _DIGITS)})
    return [(at, at + 1) for at in sorted(out)]


#: a cell between bars that holds one number written with spaces between its groups of three digits
_SPACED_CELL = LazyRegex(r"[|｜][ \t]*([0-9０-９]{1,3}(?:[ \u00a0\u2009\u202f][0-9０-９]{3})+)"
                         r"(?=(?:[.．][0-9０-９]+)?[%％]?[ \t]*[|｜])")


def _separates_thousands(text: str, at: int) -> bool:
    """Whether the separator at *at*, three digits after it, separates thousands (:func:`_thousands_separators`)."""
    k = at
    while k > 0 and at - k < 4 and text[k - 1] in _DIGITS:
        k -= 1
    if not 1 <= at - k <= 3 or k == 0:
        return False
    before = text[k - 1]
    comma = text[at] == "，"
    if before == text[at] and at - k == 3 and k >= 2 and text[k - 2] in _DIGITS:
        return _separates_thousands(text, k - 1)  # (2，296，224, 1 234 567: the group before is itself one)
    if not ("\u4e00" <= before <= "\u9fff" or before in _BEFORE_GROUPS or (before in _BEFORE_SPACED and not comma) or (
            comma and before in "，," and "\u4e00" <= text[at + 4:at + 5] <= "\u9fff") or (
            not comma and before == " " and _LINE_FIGURE_AFTER_NAME.match(text, k - 2) is not None)):
        return False  # (after a clause's comma, a group of a number before its unit: …中，3，187家)
    if not comma:  # (a space is no separator before a list's 、, unless the list's values follow words: 依次是2 285、)
        return text[at + 4:at + 5] != "、" or "\u4e00" <= before <= "\u9fff" or before == "、"
    if text[at + 4:at + 5] == "、" or before == "、" or _next_mark(text, at + 4) == "、":
        return True  # (分别为2，114、663件, …、6，440人、…: a list of 、, whose numbers have commas of thousands)
    clause = max(text.rfind(mark, max(0, at - 16), at) for mark in "，。；;、\n")
    return _ONE_BY_ONE.search(text, max(clause + 1, at - 16), at) is None


def _next_mark(text: str, at: int) -> str:
    """The first of 、，。；; within twelve characters from *at* (``""``: none)."""
    for k in range(at, min(len(text), at + 12)):
        if text[k] in "、，。；;,":
            return text[k]
    return ""


def _merged(drops: list[tuple[int, int]], wraps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted lists of spans as one, without overlaps (a span that overlaps the last one kept is left
    out)."""
    out: list[tuple[int, int]] = []
    for span in sorted(drops + wraps):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


#: a Markdown table's rule line under its header, with its line break (dropped: the rows follow their header)
_MARKDOWN_RULE_LINE = LazyRegex(r"(?:(?<=\n)|(?<![\s\S]))[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?"
                                r"[ \t\r]*\n")


def clean_view(text: str) -> TextView:
    """Remove pinyin annotations after Han characters, spaces around numbers and line breaks inside
    sentences; keep a map back to *text*.

    >>> clean_view("拆除重建农村危房61户、维修\\n加固55户，共121户。").text
    '拆除重建农村危房61户、维修加固55户，共121户。'
    """
    drops = [m.span() for m in _drops(text)] if _may_drop(text) else []
    if "|" in text and contains(text, "---"):  # (| --- | :---: |: a Markdown table's rule under its header, no row)
        drops.extend(m.span() for m in _MARKDOWN_RULE_LINE.finditer(text))
        drops.sort()
    separators = _thousands_separators(text)
    if separators:
        drops = sorted(drops + separators)
    wraps = _wraps(text) if "\n" in text else []
    if not drops and not wraps:
        return TextView(text, None, None, len(text))
    spans = _merged(drops, wraps) if drops and wraps else drops or wraps
    pieces: list[str] = []
    starts = [0]
    shifts = [0]
    last = 0
    removed = 0
    for start, end in spans:
        pieces.append(text[last:start])
        removed += end - start
        last = end
        starts.append(last - removed)
        shifts.append(removed)
    pieces.append(text[last:])
    return TextView("".join(pieces), starts, shifts, len(text))
