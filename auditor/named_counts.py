"""Counts of named items: a stated number of things next to the things themselves, named one by one.

``获评示范村的村有9个，分别是大岭村、桂花村、东门社区`` names three villages for nine; so do ``新增规上企业5家
（甲公司、乙公司、丙公司）`` and ``甲公司、乙公司、丙公司这五家企业``. Six shapes are read:

* a count, then 分别是/为/有 and the list (up to the end of the clause);
* a count, then the list in brackets right after it;
* the list, then 这/共 and the count (等 before the count: the list may be partial, so the count may only
  be larger);
* a count of kinds, then a colon and the list (``涵盖七个方面：A、B、C``; groups set up, ``下设三个工作组：督查组、
  宣传组、保障组``, each item named as one);
* the list, a comma, then 共 and the count of things of the kind its items are (``包括“蓝天”行动、“护苗”行动，共2个专项
  行动``: names in quotes too, when each is one name and the same word after it);
* 以下, a count and a colon (or a count and a colon ending its line), then items numbered from one, one a line
  or apart by ；
  (``重点抓好以下六项工程：⏎①…⏎②…⏎③…``: the numbers count the items).

A count right after the last item (``A村、B村4个村``) is not read: finding it would take a look at every 、 of
a report (2 ms a report).

Items are separated by 、 (or, after 分别是 or a count's colon, by ； or ， to the sentence's end when each names a
place or a body: ``4个村，分别是永湾村；柳坪村；梅岭村``); a last item joined by 和/及/与 may be one item or two, so
both counts are accepted. Lists whose items hold numbers with units (``分别是东片70亩、西片50亩``: amounts, TO001's) and
items longer than :data:`MAX_ITEM` characters are not read.

>>> [(c.stated, c.named) for c in named_counts("获评示范村9个，分别是大岭村、桂花村、东门社区。")]
[(9, (3,))]
>>> named_counts("获评示范村3个，分别是大岭村、桂花村、东门社区。")[0].consistent
True
"""

from __future__ import annotations

from collections import namedtuple

from auditor.cues import Words, words_of
from auditor.lazyregex import LazyRegex
from auditor.quantities import parse_chinese_number
from auditor.scan import after_last, contains, find_all

#: a count: up to two digits, or a Chinese numeral (not the end of a longer number: 二百五十四名 is no 五十四名)
_NUMERAL = r"(?<![0-9０-９零〇一二两三四五六七八九十百千万亿])(?:[0-9]{1,2}|[０-９]{1,2}|[一二两三四五六七八九十]{1,3})"
#: the measure words of things one names (村, 企业, 项目 …)
_UNITS = "个家项所名座条处支批位户类"
#: … 9个，分别是 (what stands before 分别, read back from it)
_BEFORE_RESPECTIVELY = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>[{_UNITS}])[^，,。；;：:\n0-9]{{0,18}}?[，,：:]?\s*$")
_RESPECTIVELY = LazyRegex(r"分别(?:是|为|有)[：:]?")
#: … 5家（ (what stands before a bracket, read back from it)
_BEFORE_BRACKET = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>[{_UNITS}])[^，,。；;：:\n0-9（(]{{0,10}}$")
#: 这五家, 等5个, 共4个, 在内的6家 after a list: one search per word (a literal first: ``re`` finds it in C)
_MARKED_COUNTS = tuple(LazyRegex(rf"{mark}(?P<n>{_NUMERAL})(?P<unit>[{_UNITS}])")
                       for mark in ("这", "等", "共", "在内的"))
#: what opens a list that 在内的 closes (包括A、B在内的5家: A and B among five)
_INCLUDING = ("包括", "含")
#: what opens a list that a count after a comma sums up (包括A、B、C，共3个)
_OPENERS = ("包括", "涵盖", "包含", "分别是", "分别为", "有")
#: a digit among the last four characters of an item (东片70亩, 合格27批次): the list is one of amounts, not
#: of names (年产5000吨有机肥项目 is a name)
_AMOUNT_END = LazyRegex(r"(?:[0-9０-９]|[零〇一二两三四五六七八九十百千万]+[名个家人户项所处条])"
                        r"[^、0-9０-９]{0,3}(?:、|$)")
#: the longest item read as a name
MAX_ITEM = 30
_CLAUSE_ENDS = "。；;\n！？!?"


class NamedCount(namedtuple("NamedCount", "start end stated named items open")):
    """A stated count (``start``/``end``: its span), how many items are named after or before it (*named*:
    one or two readings, a last item joined by 和 may be one or two), the *items*, and whether the list ends
    with 等 (*open*). A named tuple of :mod:`collections`: ``typing`` is not imported at start-up."""

    __slots__ = ()

    @property
    def consistent(self) -> bool:
        if self.open:
            return self.stated >= min(self.named)
        return self.stated in self.named


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_chinese_number(text)  # (int reads full-width digits too: ６ is 6)


def _items(listed: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """The items of *listed* (split at 、) and the counts it may give, or ``None`` when it is no list of
    names (one item only, an empty or overlong item, an amount, brackets or quotation marks inside)."""
    items = tuple(item.strip() for item in listed.split("、"))
    if len(items) < 2 or any(len(item) < 2 or len(item) > MAX_ITEM for item in items):
        return None  # (县（市、区）: what the word takes in, not names)
    if _AMOUNT_END.search(listed) or any(mark in listed for mark in "《》\"（）()") or \
            all(item[:1].isdigit() for item in items):
        return None  # (a number at an item's end: 东片70亩, 合格27批次; at each one's start: 29家危化品企业; a title,
        # brackets)
    if ("“" in listed or "”" in listed) and not _quoted_names(items):
        return None  # (a quotation; but “蓝天”行动、“护苗”行动: names in quotes, one kind)
    last = items[-1]
    joined = any(word in last[1:-1] for word in "和及与")
    return items, ((len(items), len(items) + 1) if joined else (len(items),))


def _quoted_names(items: tuple[str, ...]) -> bool:
    """Whether every item is one name in quotation marks and the same word after it (“蓝天”行动、“护苗”行动).

    >>> _quoted_names(("“蓝天”行动", "“护苗”行动")), _quoted_names(("他说“好”", "“坏”行动"))
    (True, False)
    """
    tails = set()
    for item in items:
        if not item.startswith("“") or item.count("“") != 1 or item.count("”") != 1:
            return False
        tails.add(item[item.index("”") + 1:])
    return len(tails) == 1


def _names_apart(text: str, start: int) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """The names of a list apart by ； or ， (no 、) from *start* to the end of its sentence, or ``None`` when it is
    no such list: each item one name of a place or a body (its ending tells: 村, 街道, 公司 …), no figures.

    >>> _names_apart("分别是永湾村；柳坪村；梅岭村。", 3)
    (('永湾村', '柳坪村', '梅岭村'), (3,))
    >>> _names_apart("分别是永亭乡，桐湖镇，宁亭街道。", 3)[1], _names_apart("分别是永亭乡，今年已完成任务。", 3)
    ((3,), None)
    """
    ends = [i for i in (text.find(mark, start, start + 300) for mark in _SENTENCE_ENDS) if i != -1]
    if not ends:
        return None  # (a sentence longer than is read: more names may follow)
    listed = text[start:min(ends)].replace(";", "；").replace(",", "，")
    if "、" in listed:
        return None
    items = tuple(item.strip() for item in listed.split("；" if "；" in listed else "，"))
    longest = MAX_ITEM if "；" in listed else MAX_APART_NAME
    if len(items) < 2 or any(len(item) < 2 or len(item) > longest or not item.endswith(_BODY_NAME_ENDINGS)
                             or _DIGIT.search(item) or any(mark in item for mark in "“”《》（）()，")
                             for item in items):
        return None
    return items, (len(items),)


#: what ends the sentence a list apart by ； or ， runs to
_SENTENCE_ENDS = "。！？!?\n"
#: the longest name read in a list apart by ， (a longer stretch is a clause of its own)
MAX_APART_NAME = 16


def _clause_end(text: str, start: int, limit: int = 300) -> int:
    end = min(len(text), start + limit)
    ends = [i for i in (text.find(mark, start, end) for mark in _CLAUSE_ENDS) if i != -1]
    return min(ends) if ends else end


def named_counts(text: str, words: Words | None = None) -> list[NamedCount]:
    """Every count of named items in *text* (the three shapes of the module), in text order; *words*: the words of
    :data:`auditor.cues.WORDS` it holds, when known."""
    out: list[NamedCount] = []
    if words is None:
        words = words_of(text)
    if contains(text, "分别"):
        for i in find_all(text, "分别"):
            m = _RESPECTIVELY.match(text, i)
            before = _BEFORE_RESPECTIVELY.search(text, max(0, i - 24), i) if m else None
            if before is None:
                continue
            end = _clause_end(text, m.end())
            comma = [k for k in (text.find("，", m.end(), end), text.find(",", m.end(), end)) if k != -1]
            found = _items(text[m.end():min(comma) if comma else end])
            if found is None and text.find("、", m.end(), end) == -1:
                found = _names_apart(text, m.end())  # (分别是永湾村；柳坪村；梅岭村: names apart by ； or ，)
            stated = _count(before.group("n"))
            if found and stated:
                out.append(NamedCount(before.start(), before.end("unit"), stated, found[1], found[0], False))
    for bracket in "（(":
        if bracket not in text:
            continue
        close = "）" if bracket == "（" else ")"
        for i in find_all(text, bracket):
            if not i or text[i - 1] in "\n \t\u3000":
                continue  # (a bracket that opens a line, a heading's number: no count stands before it)
            j = text.find(close, i + 1, i + 400)
            if j == -1 or text.find("、", i, j) == -1:
                continue
            before = _BEFORE_BRACKET.search(text, max(0, i - 12), i)
            if before is None:
                continue
            found = _items(text[i + 1:j].rstrip("等"))
            stated = _count(before.group("n"))
            if found and stated:
                out.append(NamedCount(before.start(), before.end("unit"), stated, found[1], found[0],
                                      text[i + 1:j].endswith("等")))
    if "、" in text:
        out.extend(_counts_after_lists(text))
        out.extend(_places_then_count(text))
    if "、" in text or "①" in text or "；" in text:
        out.extend(_counts_before_colons(text))  # (and 共6个：A村、B村, read from the same colons)
    if "以下" in text or "：" in text or ":" in text or "\n" in text or "一是" in words:
        # (a heading over its numbered items: lines; a count in a sentence of its own before 一是)
        out.extend(_counts_before_numbered_items(text, "一是" in words))
    if "以上" in text:
        out.extend(_counts_after_semicolon_lists(text))
    if "如下" in words and "（一）" in words:
        out.extend(_counts_of_headings(text))
    out.sort(key=lambda c: c.start)
    return out


#: a report that says in how many parts it goes on, at the end of its line (从五个方面报告如下。)
_PARTS_FOLLOW = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>个方面|方面|个部分|部分)[^，,。；;：:\n0-9]{{0,10}}"
                          r"(?:报告|汇报|说明|介绍|总结)如下[。：:]?[ \t\u3000]*\n")
#: a heading of the level under the report's own (（一）, （二）), opening its line
_SUB_HEADING = LazyRegex(r"[ \t\u3000]*（(?P<k>[一二三四五六七八九十]{1,2})）")
#: a heading above that level (二、, 第二部分): the parts counted end there
_TOP_HEADING = LazyRegex(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]{1,2}部分)")
#: how many lines after the count its headings are read
MAX_HEADED_LINES = 80


def _counts_of_headings(text: str) -> list[NamedCount]:
    """``从五个方面报告如下。⏎（一）…⏎正文⏎（二）…``: a count of the parts a report goes on in, then the headings
    （一）, （二） … that open their lines, in order, up to a heading of a higher level (二、) or the end.

    >>> text = "现从三个方面报告如下。⏎（一）甲⏎正文。⏎（二）乙⏎正文。".replace("⏎", "\\n")
    >>> [(c.stated, c.named) for c in _counts_of_headings(text)]
    [(3, (2,))]
    """
    out = []
    for m in _PARTS_FOLLOW.finditer(text):
        stated = _count(m.group("n"))
        if not stated:
            continue
        marks, at = [], m.end()
        for _ in range(MAX_HEADED_LINES):
            if at >= len(text):
                break
            if _TOP_HEADING.match(text, at) is not None:
                break
            heading = _SUB_HEADING.match(text, at)
            if heading is not None:
                if parse_chinese_number(heading.group("k")) != len(marks) + 1:
                    marks = []
                    break  # (a heading out of turn: not the parts counted)
                marks.append(f"（{heading.group('k')}）")
            end = text.find("\n", at)
            if end == -1:
                at = len(text)
                break
            at = end + 1
        else:
            continue  # (more lines than are read: more headings may follow)
        if len(marks) >= 2:
            out.append(NamedCount(m.start("n"), m.end("unit"), stated, (len(marks),), tuple(marks), False))
    return out


#: 以下, a count and what it counts, a colon (重点抓好以下六项提升工程：), read from 以下
_FOLLOWING = LazyRegex(rf"以下(?P<n>{_NUMERAL})(?P<unit>[{_UNITS}项件场条种类点]|个方面)"
                       r"[^，,。；;：:\n0-9]{0,12}[：:]")
#: a count and what it counts, then a colon (集中办好八件民生实事：; 确定九件民生实事，具体为：)
_COUNT_BEFORE_ITEMS = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>[{_UNITS}项件场条种类大]|个?方面)"
                                r"[^，,。；;：:\n0-9]{0,12}"
                                r"(?:[，,](?:具体|分别|主要)?(?:为|是|包括|如下)"
                                # (着力推进四个方面，共完成1,159次：（1）…: the items' total between)
                                r"|[，,]共[\u4e00-\u9fff]{0,4}[0-9０-９][0-9０-９,，.]*[\u4e00-\u9fff]{1,3})?[：:]$")
#: the same count at the end of a sentence of its own, the items marked 一是, 二是 … after it
#: (重点抓好3个方面工作。一是…)
_COUNT_BEFORE_FULL_STOP = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>[{_UNITS}项件场条种类]|个?方面)"
                                    r"[^，,。；;：:\n0-9]{0,12}。[ \t\u3000]*$")


_DIGIT = LazyRegex(r"[0-9０-９]")
#: the first item of a list, numbered one, opening a line (a line break first: one search for a literal in C)
_NUMBERED_ONE = LazyRegex(r"\n(?=（1）|\(1\)|1\.|1、|第一[，,、：:])")
#: a heading that ends with a count of things and their name (计划推进四项重点工作), the items numbered on the lines
#: under it
_COUNT_HEADING = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>项|件|个方面)[\u4e00-\u9fff]{{1,8}}[。：:]?[ \t\u3000\r]*$")


def _first_item(text: str, at: int):
    """``(pattern, number, start)`` of the first item of a numbered list (an item numbered one in a style of
    :data:`_ITEM_STYLES`) at *at*, white space skipped; ``None`` when none starts there."""
    while at < len(text) and text[at] in " \t\u3000\r\n":
        at += 1
    return next(((pattern, number, at) for pattern, number in _ITEM_STYLES
                 if (first := pattern.match(text, at)) is not None and number(first.group()) == 1), None)


#: the number of an item, in four styles (①, 一是, 1. or 1、, (1)), each with its own way of writing the number
_ITEM_STYLES = (
    (LazyRegex(r"[①-⑳]"), lambda mark: ord(mark) - ord("①") + 1),
    (LazyRegex(r"(?P<n>[一二三四五六七八九十]{1,2})是"), lambda mark: parse_chinese_number(mark[:-1])),
    (LazyRegex(r"(?P<n>[0-9]{1,2})[.．、](?![0-9])"), lambda mark: int(mark[:-1])),
    (LazyRegex(r"[(（](?P<n>[0-9]{1,2})[)）]"), lambda mark: int(mark[1:-1])),
    (LazyRegex(r"[(（](?P<n>[一二三四五六七八九十]{1,2})[)）]"), lambda mark: parse_chinese_number(mark[1:-1])),
    (LazyRegex(r"(?P<n>[一二三四五六七八九十]{1,2})、"), lambda mark: parse_chinese_number(mark[:-1])),
    (LazyRegex(r"第(?P<n>[一二三四五六七八九十]{1,2})[，,、：:]"), lambda mark: parse_chinese_number(mark[1:-1])),
)
#: how far the items of such a list are read after its colon
MAX_NUMBERED_LIST = 600


def _counts_before_numbered_items(text: str, marked: bool = True) -> list[NamedCount]:
    """``重点抓好以下六项提升工程：⏎①…⏎②…⏎③…``: 以下, a count and a colon (or a count and a colon that ends its line:
    ``集中办好八件民生实事：⏎一是…``), then items numbered from one (①, 一是,
    1., (1)), one a line or apart by ；: the items named are as many as the last number of the run that counts
    up by one, in the style of the first; the run ends at a number out of turn or at a paragraph that opens
    without one.

    >>> text = "重点抓好以下六项工程：⏎①甲工程⏎②乙工程⏎③丙工程。".replace("⏎", "\\n")
    >>> [(c.stated, c.named) for c in _counts_before_numbered_items(text)]
    [(6, (3,))]
    """
    out = []
    openers = [m for at in find_all(text, "以下") if (m := _FOLLOWING.match(text, at)) is not None]
    for colon in "：:":  # 办好八件民生实事：⏎一是…, 确定九件民生实事，具体为：1、…: a count, a colon, the first item
        if colon in text:
            openers.extend(m for at in find_all(text, colon) if _first_item(text, at + 1) is not None
                           and (m := _COUNT_BEFORE_ITEMS.search(text, max(0, at - 28), at + 1)) is not None)
    if marked:  # 重点抓好3个方面工作。一是…；二是…: the count in a sentence of its own (*marked*: the text holds 一是)
        for at in find_all(text, "一是"):
            if "。" in text[max(0, at - 4):at] and \
                    (m := _COUNT_BEFORE_FULL_STOP.search(text, max(0, at - 32), at)) is not None:
                openers.append(m)
    for m in _NUMBERED_ONE.finditer(text):  # 计划推进四项重点工作⏎（1）…: a heading that counts its items
        at = m.start()
        heading = _COUNT_HEADING.search(text, max(text.rfind("\n", 0, at) + 1, at - 24), at)  # (a heading's end)
        if heading is not None:
            openers.append(heading)
    seen = set()
    for m in sorted(openers, key=lambda m: m.start()):
        if m.start("n") in seen:
            continue  # (以下六项工程：⏎ is found both ways)
        seen.add(m.start("n"))
        stated = _count(m.group("n"))
        style = _first_item(text, m.end())
        if style is None or not stated:
            continue
        pattern, number, start = style
        end = min(len(text), start + MAX_NUMBERED_LIST)
        named, k, marks, amounts, truncated = 0, start, [], False, False
        while k < end:
            item = pattern.match(text, k)
            if item is None or number(item.group()) != named + 1:
                break
            named += 1
            marks.append(item.group().rstrip("、，,：:"))  # (shown joined by 、: 一、二、三)
            k = _next_item_start(text, item.end(), end)
            amounts = amounts or _DIGIT.search(text, item.end(), k if k is not None else end) is not None
            if k is None:
                truncated = end < len(text) and text.find("\n\n", item.end(), end) == -1
                break
        if truncated:
            continue  # (an item ran past what is read of the list: more may follow)
        kinds = m.group("unit") in _KINDS and stated != named
        if amounts and not m.group().startswith("以下") and not kinds and \
                _counted_inside(text, start, k if k is not None else end, m.group("unit"), stated):
            # 共新建学校34所，具体如下：1.初中7所；2.小学8所: parts with amounts (TO001's), not items named (but
            # 分为五类：⏎（1）…137.06亿元；⏎（2）…；⏎（3）…: kinds counted, fewer marked, whatever they hold)
            continue
        if named < stated and "主要" in m.group():
            continue  # (共实施重点工作9项，主要包括：⏎（1）…: the main ones, not all of them)
        if named >= 2:
            out.append(NamedCount(m.start("n"), m.end("unit"), stated, (named,), tuple(marks), False))
    return out


def _counted_inside(text: str, start: int, end: int, unit: str, stated: int) -> bool:
    """Whether the items in ``text[start:end]`` are parts of the count: they count in its own *unit*
    (``共新建学校34所：1.初中7所；2.小学8所``: TO001's), or their whole numbers add up to the *stated* count
    (``办理实事5件：1.新建学校2所；2.改造道路3条``), or the count's unit is not one of items (所, 家 …). Items with
    other amounts (``重点实施3项工程：①…投入2087万元；②…``) are the items named, whatever they hold.

    >>> _counted_inside("1.初中7所；2.小学8所", 0, 13, "所", 34)
    True
    >>> _counted_inside("①甲工程，投入20万元；②乙工程", 0, 14, "项", 3)
    False
    >>> _counted_inside("1.学校2所；2.道路3条", 0, 13, "件", 5)
    True
    """
    if unit not in _ITEM_UNITS or _COUNTED_IN[unit].search(text, start, end) is not None:
        return True
    return sum(int(m.group()) for m in _WHOLE_NUMBER.finditer(text, start, end)) == stated


#: the measure words of a count that names items rather than amounts (3项工程, 5件实事, 4个乡镇): items holding amounts
#: in other units are still the items counted
_ITEM_UNITS = ("项", "件", "个")
#: a figure in one of :data:`_ITEM_UNITS` (the items counting in the count's own unit)
_COUNTED_IN = {unit: LazyRegex(rf"[0-9０-９一二三四五六七八九十两]\s*{unit}") for unit in _ITEM_UNITS}
#: a whole number before a measure word (2所, 3条; not an item's mark, 1., nor a decimal's digits)
_WHOLE_NUMBER = LazyRegex(r"(?<![0-9.])[0-9]+(?=[\u4e00-\u9fff])")


#: the measure words of a count of kinds (五类, 三个方面, 四大板块), which counts the items whatever amounts they hold
_KINDS = frozenset({"类", "大", "个方面", "方面"})


def _next_item_start(text: str, after: int, end: int) -> int | None:
    """Where the next item may start after the one begun at *after*: after its line's end (spaces skipped), or
    after a ；/; on its line, whichever comes first; ``None`` at a blank line or the end."""
    stops = [i for i in (text.find(mark, after, end) for mark in "；;\n") if i != -1]
    if not stops:
        return None
    k = min(stops) + 1
    while k < end and text[k] in " \t\u3000\r":
        k += 1
    if k < end and text[k] == "\n":
        k += 1
        while k < end and text[k] in " \t\u3000\r":
            k += 1
    return k if k < end else None


#: a colon after a kind of things counted (七个方面：, 三类：), one pattern a colon (a literal first: ``re``
#: finds it in C; a class of the two colons first is twenty times slower over a report)
_KINDS_COLONS = tuple(LazyRegex(rf"{colon}(?<=[面类种项别”」组队]{colon})|{colon}(?=①)") for colon in "：:")
#: … or a count of things and their name before a list numbered ①②③ (六项群众性文化活动：①…)
_COUNT_OF_THINGS = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>项|个|件|类|场)[\u4e00-\u9fff]{{1,10}}$")
#: … and the count before it, read back from the colon (or a count and its things in quotes: “三项行动”：)
_COUNT_OF_KINDS = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>个方面|个类别|大类|类|种|项)$"
                            rf"|(?<=[“「])(?P<qn>{_NUMERAL})(?P<qunit>项|大|个)[\u4e00-\u9fff]{{1,6}}[”」]$"
                            # (or groups set up: 下设三个工作组：督查组、宣传组…, each item a group by its name)
                            rf"|(?P<gn>{_NUMERAL})(?P<gunit>个)[\u4e00-\u9fff]{{0,4}}[组队]$")


#: the measure words right before a colon that may end a count of things (共6个：, 共二个：, 5家：)
_THING_UNITS = frozenset("个家所座处户")
#: … the count, read back from the colon
_COUNT_OF_NAMED = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>[个家所座处户])$")
#: a count of great things before a colon (五大工程：, 三大攻坚战：, 四大行动：)
_BIG_COUNT = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>大)[\u4e00-\u9fff]{{1,5}}$")
#: the endings of names of one kind of place or body (村, 镇, 街道, 公司, 项目 …): a list after such a count is a
#: list of names when every item ends with one (不是 “6个：其中…”, nor a list of things done)
_NAME_ENDINGS = ("村", "社区", "镇", "乡", "街道", "县", "区", "市", "公司", "企业", "厂", "合作社", "学校", "小学",
                 "中学", "幼儿园", "医院", "卫生院", "卫生室", "项目", "工程", "中心", "基地", "园", "站", "馆", "场")


#: a count of places right after their names, no word between (甲乡、乙镇、丙街道3个乡镇), matched back from its 个:
#: the count, after a place's last character
_PLACES_COUNT = LazyRegex(rf"(?<=[乡镇村区县市道])(?P<n>{_NUMERAL})$")
#: the kinds of place such a count counts, after its 个 (a search that starts at 个 and looks no further)
_PLACE_KIND_AFTER = LazyRegex(r"个(?:乡镇|乡|镇|村|社区|街道|村居|行政村|县区|县市区)")
#: the endings of the names of such places
_PLACE_ENDINGS = ("乡", "镇", "村", "社区", "街道", "县", "区", "市")


def _places_then_count(text: str) -> list[NamedCount]:
    """Names of places, then their count and kind right after the last (``汀云乡、柏桐镇、宁枫乡3个乡镇出现大暴雨``):
    the count must be the names'. The list is the clause up to the count; every item ends with a place's kind and is a
    name (eight characters at most)."""
    out = []
    for kind in _PLACE_KIND_AFTER.finditer(text):  # (found from its 个, then a look back: no scan of every 、)
        at = kind.start()
        if (m := _PLACES_COUNT.search(text, max(0, at - 4), at)) is None:
            continue
        start = after_last(text, "，,。；;：:\n！？", max(0, m.start() - 200), m.start())
        listed = text[start:m.start()]
        found = _items(listed) if "、" in listed else None
        if not found or not all(len(item) <= 8 and item.endswith(_PLACE_ENDINGS) for item in found[0]):
            continue
        stated = _count(m.group("n"))
        if stated:
            out.append(NamedCount(m.start("n"), at + 1, stated, found[1], found[0], False))
    return out


def _counts_before_colons(text: str) -> list[NamedCount]:
    """The count, then a colon and the list (``服务内容涵盖七个方面：法律援助、技能培训、心理疏导``): the list is
    the rest of the clause, its items apart by 、.

    >>> [(c.stated, c.named) for c in _counts_before_colons("涵盖七个方面：法律援助、技能培训、心理疏导。")]
    [(7, (3,))]
    >>> [(c.stated, c.named) for c in _counts_before_colons("开展“三项行动”：交通整治、河道清理、小巷提升、校园平安。")]
    [(3, (4,))]
    """
    out = []
    for pattern in _KINDS_COLONS:
        for m in pattern.finditer(text):
            at = m.start()
            before = _COUNT_OF_KINDS.search(text, max(0, at - 10), at)
            if before is None and text.startswith("①", at + 1):  # 开展六项群众性文化活动：①…②…: things of a count
                before = _COUNT_OF_THINGS.search(text, max(0, at - 16), at)
            if before is None:
                continue
            n, unit = ("n", "unit") if before.group("n") else ("qn", "qunit") if before.group("qn") else ("gn", "gunit")
            end = _clause_end(text, at + 1)
            comma = [k for k in (text.find("，", at + 1, end), text.find(",", at + 1, end)) if k != -1]
            listed = text[at + 1:min(comma) if comma else end]
            found = _circled_items(listed) if listed.startswith("①") else _items(listed.rstrip("等"))
            if n == "gn" and found and not all(item.endswith(text[at - 1]) for item in found[0]):
                continue  # (下设三个工作组：…: every item a group, named as one)
            stated = _count(before.group(n))
            if found and stated:
                out.append(NamedCount(before.start(n), before.end(unit), stated, found[1], found[0],
                                      listed.endswith("等")))
    for colon in "：:":  # 美丽宜居乡村共6个：安沟村、梅营村、大堡村: places or bodies named (each colon seen, in C)
        for at in (find_all(text, colon) if colon in text else ()):
            big = None
            bodies = False
            if text[at - 1:at] in _THING_UNITS:
                before = _COUNT_OF_NAMED.search(text, max(0, at - 4), at)
            elif text[at - 1:at] in ("为", "是"):  # 参与执法的4个中队为：城北中队、…: bodies of a kind, then named
                before = _COUNT_OF_KIND_IS.search(text, max(0, at - 12), at)
                bodies = before is not None
            else:  # 重点实施五大工程：“平安建设”工程、生态修复计划…: the things of “N大…”, each named
                before = big = _BIG_COUNT.search(text, max(0, at - 8), at)
                if before is None:  # 下辖三个行政村（社区）：大坪社区、…: a count of places, then their names
                    before = _COUNT_OF_PLACES.search(text, max(0, at - 12), at)
                    big = None
                if before is None and text.find("共有", max(0, at - 30), at) != -1:
                    # 共有六家获评年度优秀销售单位：甲销售厅、乙销售厅…: the bodies that did something, then their names
                    before = _BODIES_THAT_DID.search(text, max(0, at - 30), at)
                    bodies = before is not None
            if before is None:
                continue
            end = _clause_end(text, at + 1)
            comma = [k for k in (text.find("，", at + 1, end), text.find(",", at + 1, end)) if k != -1]
            listed = text[at + 1:min(comma) if comma else end]
            if big is not None:
                listed = listed.replace("“", "").replace("”", "")  # (names in quotes or not, one kind of thing)
            found = _items(listed.rstrip("等"))
            if found is None and "、" not in listed and big is None:
                found = _names_apart(text, at + 1)  # (共有2家企业获评：甲公司；乙公司: names apart by ；)
            endings = _BODY_NAME_ENDINGS if bodies else _NAME_ENDINGS
            if not found or found[0][0].startswith(("其中", "主要", "包括", "分别", "一是")) or \
                    (big is None and not all(item.endswith(endings) for item in found[0])):
                continue
            stated = _count(before.group("n"))
            if stated:
                out.append(NamedCount(before.start("n"), before.end("unit"), stated, found[1], found[0],
                                      listed.endswith("等")))
    return out


#: 共有, a count of bodies (家, 个单位) and what they did or became, up to a colon (共有六家获评年度优秀销售单位：)
_BODIES_THAT_DID = LazyRegex(rf"共有(?P<n>{_NUMERAL})(?P<unit>家|个单位)[^，,。；;：:\n0-9]{{2,24}}$")
#: a count of bodies or places of a kind, then 为 or 是 before a colon (4个中队为：, 三家企业是：)
_COUNT_OF_KIND_IS = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>[个家所座处])[\u4e00-\u9fff]{{1,6}}(?:分别)?[为是]$")
#: … and the endings of the bodies' names (a station, a hall, a point of sale, a bank, a centre …)
_BODY_NAME_ENDINGS = (*_NAME_ENDINGS, "银行", "厅", "点", "台", "馆", "所", "院", "队", "局", "室", "协会", "学会",
                      "社", "店", "部")
#: a count of places of a kind before a colon (下辖三个行政村（社区）, 共有5个社区): their names follow
_COUNT_OF_PLACES = LazyRegex(rf"(?P<n>{_NUMERAL})(?P<unit>个)(?:行政村|村|社区|乡镇|镇|街道|乡|村居)"
                             r"(?:[（(](?:社区|村)[)）])?$")
#: 以上三项工作 opening the sentence after a list: the count of the list's items
_ABOVE_COUNT = LazyRegex(rf"以上(?P<n>{_NUMERAL})(?P<unit>项|个|件|条|类|个方面)")
#: the number that opens an item of a list (（1）, 1., ①), and which it is
_ITEM_NUMBER = LazyRegex(r"[（(]?(?P<k>[0-9]{1,2}|[①-⑳])[）)．.、]?")


def _counts_after_semicolon_lists(text: str) -> list[NamedCount]:
    """A list after a colon, its items apart by ；, then a sentence that opens with 以上 and their count
    (``重点抓好以下工作：加大投入；推进建设；加强治理。以上三项工作由分管领导负责``: three for three).

    >>> text = "抓好以下工作：甲；乙；丙；丁。以上三项工作由他负责。"
    >>> [(c.stated, c.named) for c in _counts_after_semicolon_lists(text)]
    [(3, (4,))]
    """
    out = []
    for m in _ABOVE_COUNT.finditer(text):
        at = m.start()
        if at < 2 or text[at - 1] not in "。\n":
            continue
        end = at - 1
        colon = max(text.rfind("：", max(0, end - 300), end), text.rfind(":", max(0, end - 300), end))
        if colon == -1 or any(ch in text[colon + 1:end] for ch in "。\n！？"):
            continue
        items = tuple(item.strip() for item in text[colon + 1:end].split("；"))
        if len(items) < 2 or any(not item or len(item) > MAX_ITEM for item in items):
            continue
        if any(_DIGIT.search(item) for item in items) and not _numbered_in_order(items):
            continue  # (figures in the items: only items numbered one by one are counted, （1）第一选区6,578人；（2）…)
        stated = _count(m.group("n"))
        if stated:
            out.append(NamedCount(m.start("n"), m.end("unit"), stated, (len(items),), items, False))
    return out


def _numbered_in_order(items: tuple[str, ...]) -> bool:
    """Whether each item opens with its number, from 1 (or ①) one by one (``（1）甲6人``, ``（2）乙5人``).

    >>> _numbered_in_order(("（1）甲6人", "（2）乙5人")), _numbered_in_order(("甲6人", "乙5人"))
    (True, False)
    """
    for k, item in enumerate(items, 1):
        m = _ITEM_NUMBER.match(item)
        if m is None or m.group("k") not in (str(k), chr(ord("①") + k - 1)) or m.end() == len(item) or \
                m.group() == m.group("k"):
            return False
    return True


def _circled_items(listed: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """The items of a list numbered ①②③ in one line, no 、 between them (``①全民健身运动会②科普巡展③消防演练``), or
    ``None`` when the numbers do not run from ① one by one.

    >>> _circled_items("①甲活动②乙活动③丙活动"), _circled_items("①甲③乙")
    ((('甲活动', '乙活动', '丙活动'), (3,)), None)
    """
    marks = [ch for ch in listed if "①" <= ch <= "⑳"]
    if len(marks) < 2 or marks != [chr(ord("①") + k) for k in range(len(marks))]:
        return None
    items = tuple(item for item in _CIRCLED.split(listed) if item)
    return (items, (len(marks),)) if len(items) == len(marks) else None


#: the circled numbers of items
_CIRCLED = LazyRegex(r"[①-⑳]")


def _last_opener(listed: str, word: str) -> int:
    """Where *word* opens the list in *listed* last (-1: nowhere); 有 of a company's name (有限公司) opens none.

    >>> _last_opener("单位有甲有限公司、乙有限公司", "有"), _last_opener("包括甲、乙", "有")
    (2, -1)
    """
    at = listed.rfind(word)
    while at != -1 and word == "有" and listed.startswith("有限", at):
        at = listed.rfind(word, 0, at)
    return at


def _counts_after_lists(text: str) -> list[NamedCount]:
    """The list, then its count: ``甲公司、乙公司、丙公司这五家企业`` (这, 共; 等: the list may be partial, the
    count only larger). Found from the word before the count; the list is its clause up to it, a 、 within
    30 characters of the count."""
    out = []
    for pattern in _MARKED_COUNTS:
        for m in pattern.finditer(text):
            mark = text[m.start()]
            if text.find("、", max(0, m.start() - 30), m.start()) == -1:
                continue
            stated = _count(m.group("n"))
            after = m.end("unit")
            if text[after:after + 1] in ("（", "(") and _DIGIT.search(text, after, text.find("）", after, after + 120)):
                continue  # 甲审计、乙审计共52个（甲审计32个、乙审计20个）: the kinds' own figures follow, a sum of them
            lo = max(0, m.start() - 200)
            start = after_last(text, "，,。；;：:\n！？", lo, m.start())
            listed = text[start:m.start()]
            if mark == "共" and not listed and text[m.start() - 1:m.start()] in ("，", ","):
                # 包括A行动、B行动、C行动，共6个专项行动: the list in the clause before, of the kind the count names
                start = after_last(text, "，,。；;：:\n！？", lo, m.start() - 1)
                listed = text[start:m.start() - 1]
                opened = max(_last_opener(listed, word) for word in _OPENERS)
                if opened != -1:
                    listed = listed[opened + len(next(w for w in _OPENERS if listed.startswith(w, opened))):]
                noun = text[m.end("unit"):_clause_end(text, m.end("unit"), 12)].rstrip("，,")
                last = listed.rsplit("、", 1)[-1]
                if not last or (noun and noun[-1] != last[-1]) or (not noun and opened == -1):
                    continue  # (but 查处的单位有A公司、B公司、C公司，共4个: the count ends the sentence, the opener
                    # names what the list is)
            if mark == "在":  # 包括A、B在内的5家: the list after 包括, some of the five
                opened = max(listed.rfind(word) for word in _INCLUDING)
                if opened == -1:
                    continue
                listed = listed[opened + len(next(w for w in _INCLUDING if listed.startswith(w, opened))):]
            found = _items(listed)
            if found and stated:
                out.append(NamedCount(m.start("n"), m.end("unit"), stated, found[1], found[0], mark in "等在"))
    return out
