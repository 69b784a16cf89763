"""Lists written one item a line: a table flattened into lines, or numbered items under a whole.

Text copied from a PDF or a web page keeps a table's rows as lines (``特困供养金 89``) and its total as a
last line (``总计 413``, ``— 合 计 44``, ``以上合计396人次。``); a report lists the parts of a whole one
item a line after ``具体如下：``. The sentence grammar (:mod:`auditor.relations`) reads sentences, and a
line of a table is no sentence, so these lists are read here, from the lines themselves:

* **a total line**: 合计/总计 (spaces between the characters allowed, 以上 before them), then its numbers.
  The rows above it, back to the first line that does not end in numbers (the header, or prose), are its
  parts; the last numbers of each row line up with the total's (a leading index column is left out). Rows
  of 小计 close a group of rows: the total is then the sum of the subtotals, each subtotal that of its rows.
  A row that starts with 其中 belongs to the row above it and is left out.
* **a table written sideways**: a line of column names ending with 合计, then a line of as many numbers; or rows
  under such names, each a name and one number a column, the last of them the row's total.
* **numbered items under a whole**: a line whose whole stands right before ``（具体/情况/分别）如下：`` at its
  end, then lines that each start with an item's number (``1.``, ``（2）``, ``三、``) and hold one quantity.

Either list is complete (a table's total adds up its rows; 具体如下 names every part). Each is returned as
``(whole, parts, construction)``; the caller keeps those whose units add up.

>>> from auditor.quantities import document_quantities
>>> from auditor.document import Document
>>> view, norm, _ = document_quantities(Document("a.txt", "项目 数量\\n甲 12\\n乙 30\\n合计 41"))
>>> [(w.plain_value, [p.plain_value for p in ps], kind) for w, ps, kind in line_list_sums(view, norm)]
[(41, [12, 30], 'table-total')]
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from auditor.lazyregex import LazyRegex
from auditor.quantities import (
    _QUANTITY,
    COUNT_UNITS,
    FALL_WORDS,
    SOME_LISTED,
    Quantity,
    _quantity,
    _SentenceIndex,
    has_numbers,
)
from auditor.scan import after_last, contains, find_all, matches_at
from auditor.textview import FIELDS_ROW, ONE_FIELD, TextView

#: the head of a total line: 合计/总计/共计 (spaces inside: 合 计), 以上/上述/全年/全部 before, a dash, a colon,
#: leader dots or a table's | around; 全年累计 (under the quarters: 全年累计：23603)
_TOTAL_HEAD = LazyRegex(r"[ \t\u3000]*(?:[|｜][ \t\u3000]*){0,2}(?:[—\-－]+[ \t\u3000]*)?"
                        # (a heading in 【】 may name the table: 【食品安全监督抽检】合计19020批次)
                        r"(?:【[^】\n]{1,20}】[ \t\u3000]*)?"
                        # (a footnote under the table may give its total: 注：上表三类合计54234册)
                        r"(?:注[：:][ \t\u3000]*(?:上表|以上|上述)?(?:[一二两三四五六七八九十]类|各类|各项)?)?"
                        # (以上三类合计, 各类合计发电量…: the kinds listed above)
                        r"(?:(?:以上|上述)(?:资金|项目|各项|款项|各类|[一二两三四五六七八九十]{1,2}[类项])?|各类|各项"
                        r"|全年|全部|全[县市区镇乡])?"
                        r"(?:\*\*)?(?:(?:合|总|共)[ \t\u3000]*计|(?<=全年)累计(?=[ \t\u3000]*[：:|｜\t0-9]))"
                        r"(?:\*\*)?[ \t\u3000]*"
                        r"(?:[：:为]|…+|\.{3,}|[|｜])?")
#: 全年 at the end of its line (the last column's name)
_YEAR_ENDS_LINE = LazyRegex(r"全年(?=[\n\r]|\Z)")
#: a row named 全年 (its line's first cell), a cell's edge after it: tab, bar or two spaces, or its figure alone
#: to the line's end, with a unit or none (the cleaned text drops the spaces before a digit: 全年　　9177件 reads
#: 全年9177件)
#: (the figure alone to its line's end, a short unit after it, or before a cell's edge: what follows a row's name)
_FIGURE_ENDS_ROW = r"[0-9][0-9,.]*(?:[^\s0-9，。；,;：:（(]{0,4}[ \t\u3000\r|｜]*(?:\n|\Z)|[ \t\u3000]*[|｜\t])"
_YEAR_ROW_EDGE = r"(?=[ \t\u3000]*[|｜\t]|[ \u3000]{2}|" + _FIGURE_ENDS_ROW + ")"
_YEAR_ROW = LazyRegex(r"[ \t\u3000]*全年(?:合计|累计)?[：:]?" + _YEAR_ROW_EDGE)
_YEAR_ROW_AFTER_BREAK = LazyRegex(r"\n[ \t\u3000]*全年(?:合计|累计)?[：:]?" + _YEAR_ROW_EDGE)
#: a table's total row named with what it counts before 合计 or 总计 (充电桩合计｜24,595, 在岗职工合计  63106: the
#: cleaned text drops the spaces before a digit), up to its figure, which ends the line or a cell (not a sentence of
#: prose: 全年体育场地总计9965个。)
_NAMED_TOTAL_ROW = LazyRegex(r"[ \t\u3000]*[\u4e00-\u9fff]{1,10}(?:合计|总计)[ \t\u3000]*(?:[|｜\t][ \t\u3000]*)?"
                             "(?=" + _FIGURE_ENDS_ROW + ")")
#: a row named 全部 ("all"), up to its figure (全部  19788, 全部｜80)
_ALL_ROW = LazyRegex(r"[ \t\u3000]*全部[ \t\u3000]*(?:[|｜\t][ \t\u3000]*)?(?=" + _FIGURE_ENDS_ROW + ")")
#: a row named 累计 under the rows of the months, its figures alone after it to the line's end (the cleaned text drops
#: an ideographic space before a digit: 累计　8688 reads 累计8688)
_CUMULATIVE_ROW = LazyRegex(r"累计(?:[ \t\u3000]*[|｜\t][ \t\u3000]*|[ \u3000]*)(?=[0-9][0-9 ,.\t|｜]*(?:\r?\n|\Z))")
#: the name of a table's total row for the whole place or the total score, then a cell's bar or tab (全区｜407,
#: 总分｜60.2; in prose, 全区 and 总分 open sentences)
_PLACE_TOTAL_NAME = (r"(?:全(?:区|县|市|镇|乡|省|州|旗|盟|街道)|总分)(?:合计|总计)?"
                     r"[ \t\u3000]*[|｜\t][ \t\u3000]*(?=[0-9])")
#: … found from its name (literals: ``re`` finds 全 and 总 in C, each tried once; 全 alone is everywhere)
_PLACE_TOTAL_WORD = LazyRegex(_PLACE_TOTAL_NAME)
#: … at the head of its line, after blanks and a table's bar
_PLACE_TOTAL_HEAD = LazyRegex(r"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?" + _PLACE_TOTAL_NAME)
#: a table that lists only some places (排名前五, 重点镇): its whole-place row is no total of its rows
_SOME_ROWS = LazyRegex(r"前[0-9一二三四五六七八九十]+|排名|排行|部分|重点|主要|典型|示范|其中")
#: a column whose figures do not add up to the total row's (growths, rates, averages, prices, ranks)
_NOT_ADDITIVE = LazyRegex(r"增长|增速|增幅|下降|同比|比上年|较上年|环比|率|平均|均值|[人户生亩]均|指数|浓度|密度|"
                          r"单价|价格|排名|位次|名次")
#: a number (digits, thousands commas, decimals), found from its digits: the numbers of a line
_NUMBER = LazyRegex(r"[0-9][0-9,]*(?:\.[0-9]+)?")
#: a unit in a cell of its own after the last number (``３２０５  件``)
_UNIT_CELL = LazyRegex(r"[ \t\u3000]+[\u4e00-\u9fff]{1,3}[ \t\u3000\r|｜]*")
#: what may follow a row's last quantity to the line's end (a Markdown table's cells end with |)
_ROW_TAIL = frozenset(" \t\u3000。；;，,\r|｜*")  # (* of a Markdown cell in bold: | **4487.54** |)
#: an item's number at the start of a line (1.  2、  （3）  四、  五是)
_ITEM_MARK = LazyRegex(r"[ \t\u3000]*(?:[0-9]{1,2}[.．、)）]|[（(][0-9一二三四五六七八九十]{1,2}[）)]"
                       r"|[一二三四五六七八九十]{1,2}[、.．是]|[①-⑳])")
#: the circled numbers that may open items (①…⑳), and a colon that ends a line (共查处违法行为27330起：⏎①…)
_CIRCLED = frozenset(chr(c) for c in range(0x2460, 0x2474))
_COLON_OPENS = LazyRegex(r"[：:][ \t\u3000\r]*$")
#: the end of a line that opens numbered items: （具体/情况/分别）如下：
_OPENS_ITEMS = LazyRegex(r"(?:具体|情况|分别|分项)?如下[：:][ \t\u3000\r]*$")
#: what may stand between the whole and 如下： (…17,909台次，分类情况如下：)
_BEFORE_OPENS = frozenset({"", "具体", "情况", "分别", "分类情况", "分类", "构成", "构成情况", "具体情况", "分项情况",
                           "明细", "具体构成", "构成明细",
                           "具体为", "具体是", "分别为", "分别是"})
#: … or the units the items are (各镇完成情况, 各乡镇分布情况): a whole by town, village, department
_EACH_UNITS = LazyRegex(r"各[\u4e00-\u9fff]{1,4}?(?:完成|落实|办理|分布|开展|具体)?(?:情况)?")
#: … or the dimension it is counted by (按类别统计, 按来源分)
_BY_KIND = LazyRegex(r"按(?:类别|类型|来源|学历|性别|渠道)(?:统计|分|划分)?(?:情况)?"
                     # (分区县情况, 分项目情况, 分乡镇统计: the units it is split into)
                     r"|分(?:区县|县区|乡镇|镇街|街道|项目|类型|类别|行业|地区|片区|部门|单位)(?:统计|完成)?(?:情况)?")
#: the most rows read above a total line, and the longest row
MAX_ROWS = 40
MAX_ROW = 40
#: the longest line read as a header of a table's columns
MAX_HEADER = 120


def line_list_sums(view: TextView, norm: str) -> list[tuple[Quantity, list[Quantity], str]]:
    """``(whole, parts, construction)`` of every list of *norm* written one item a line (see the module);
    *construction* is ``table-total`` or ``numbered-items``."""
    totals, openers, bullets = _total_lines(norm), _item_openers(norm), _bullet_runs(norm)
    headings = _heading_lines(norm)
    labelled = _labelled_runs(norm) if ":" in norm or "：" in norm else {}
    if not totals and not openers and not bullets and not headings and not labelled:
        return []
    index = _SentenceIndex(norm)  # (entered in the order of the text: the lines are read in that order)
    out: list[tuple[Quantity, list[Quantity], str]] = []
    for line_start, kind in sorted([(at, "total") for at in totals] + [(at, "opener") for at in openers] +
                                   [(at, "bullets") for at in bullets] + [(at, "heading") for at in headings] +
                                   [(at, "labelled") for at in labelled]):
        if kind == "total":
            out.extend(_table_total(view, norm, index, line_start))
            out.extend(_row_total(view, norm, index, line_start))
        elif kind == "opener":
            out.extend(_numbered_items(view, norm, index, line_start, openers[line_start]))
        elif kind == "heading":
            out.extend(_heading_items(view, norm, index, line_start))
        elif kind == "labelled":
            out.extend(_labelled_items(view, norm, index, line_start, labelled[line_start]))
        else:
            out.extend(_bullet_items(view, norm, index, line_start, bullets[line_start]))
    return out


def line_list_rates(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity]]:
    """``(rate, numerator, whole)`` of the rows of a table whose last column is a rate of the two before it
    (``单位 受理数 办结数 办结率⏎凤店镇 561 555 98.9%``): two rows or more in a row, each a name, two counts and
    a percentage, under a header that names a rate (率) within three lines above them. The cells may stand between
    bars (a Markdown table), and the rates may be bare under a header that gives their unit (``整改率（%）``).

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "单位 受理数 办结数 办结率\\n甲镇 500 450 90.0%\\n乙镇 200 190 95.0%"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(float(r.value), int(a.value), int(b.value)) for r, a, b in line_list_rates(view, norm)]
    [(90.0, 450, 500), (95.0, 190, 200)]
    """
    rows = []
    for sign in "%％":
        at = norm.find(sign)
        while at != -1:
            end = _line_end(norm, at)
            line_start = norm.rfind("\n", 0, at) + 1
            if not norm[at + 1:end].strip(" \t\u3000|｜\r") and \
                    ((m := _RATE_ROW.match(norm, line_start)) is not None or
                     (m := _FIGURES_RATE_ROW.match(norm, line_start)) is not None):
                rows.append((m.start(), end, False))
            at = norm.find(sign, end)
    # a column of bare rates under a header that gives the unit: 整改率（%）
    at = norm.find("率")
    while at != -1:
        header_end = _line_end(norm, at)
        if _BARE_RATE_HEADER.match(norm, at + 1, header_end):
            below = header_end + 1
            while below < len(norm) and (m := _RATE_ROW.match(norm, below)) is not None and not m.group("sign"):
                rows.append((below, _line_end(norm, below), True))
                below = _line_end(norm, below) + 1
        at = norm.find("率", header_end)
    if not rows:
        return []
    rows.sort()
    index = _SentenceIndex(norm)
    out = []
    run: list[tuple[int, int, bool]] = []
    for row in [*rows, (-1, -1, False)]:
        if run and row[0] == run[-1][1] + 1:
            run.append(row)
            continue
        header = norm[max(0, run[0][0] - 60):run[0][0]] if run else ""
        # (one row is enough right under a header whose last column is the rate: 指标｜总数｜办结｜办结率)
        if (len(run) >= 2 or (run and _RATE_LAST_HEADER.search(norm, max(0, run[0][0] - 60), run[0][0])))\
                and "率" in header and not _CHANGE_HEADER.search(header):
            saving = _SAVING_HEADER.search(header) is not None
            # (计划投资 完成投资 投资完成率: what was done may pass the plan, 112.5%)
            completion = _COMPLETION_HEADER.search(header) is not None
            for start, end, bare in run:
                numbers = row_quantities(view, norm, index, start, end)
                if numbers is None or len(numbers) < 3:
                    continue
                rate, done, whole = numbers[-1], numbers[-2], numbers[-3]
                if bare and not rate.unit:
                    rate = rate.replace(unit="%", written_unit="%")  # (the header gives the unit: 整改率（%）)
                if rate.unit == "%" and done.unit == whole.unit and (not done.unit or done.unit in COUNT_UNITS) and \
                        whole.plain_value > 0 and \
                        (done.plain_value <= whole.plain_value or completion):
                    if saving:  # (预算金额 成交金额 节约率: what was saved, of the budget)
                        done = _less(whole, done)
                        if done is None:
                            continue
                    out.append((rate, done, whole))
        run = [row] if row[0] >= 0 else []
    return out


#: a line of a key-value list: a bullet, a label (bold in Markdown), a colon, a number and its unit to the line's end
#: (or a Markdown table's row of two cells: | 成活率 | 92.6% |)
_KEY_VALUE = LazyRegex(r"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?:[-*·•][ \t\u3000]*)?(?:\*\*)?"
                       r"(?P<label>[^\s：:0-9*|｜]{2,12}?)(?:\*\*)?(?:[：:]|[ \t\u3000]*[|｜])"
                       r"[ \t\u3000]*(?:\*\*)?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9：:，。,；;|｜]{0,5}(?:\*\*)?"
                       r"[ \t\u3000。；;\r|｜]*$")
#: the most lines of a key-value list read above its rate
MAX_KEY_LINES = 6


def line_list_key_rates(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity]]:
    """``(rate, numerator, whole)`` of a key-value list that ends with a rate of two of its counts
    (``受理诉求：6921件⏎办结：5773件⏎办结率：83.41%``): the rate's line names a rate (…率), the numerator's label
    shares the rate's name (办结 in 办结率, or its last two characters: 完成 of 初判完成率), and the whole is the
    nearest count above the numerator in the same unit, not smaller.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "受理诉求：6921件\\n办结：5773件\\n办结率：83.41%"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(str(r.value), int(a.value), int(b.value)) for r, a, b in line_list_key_rates(view, norm)]
    [('8341/100', 5773, 6921)]
    """
    out = []
    index = None
    at = norm.find("率")
    while at != -1:
        if norm[at + 1:at + 2] not in ("：", ":", "*", "|", "｜", " "):  # (a rate's label ends at its colon or its
            # cell: most 率 are no label's)
            at = norm.find("率", at + 1)
            continue
        line_start = norm.rfind("\n", 0, at) + 1
        end = _line_end(norm, line_start)
        m = _KEY_VALUE.match(norm, line_start, end)
        if m is not None and m.group("label").endswith("率") and m.group("label").count("率") == 1 and \
                m.end("label") == at + 1 and line_start > 0:
            lines = _key_lines_above(norm, line_start, MAX_KEY_LINES)
            # (up to another rate's line: a list of its own above)
            lines = lines[:next((k for k, (_, _, label) in enumerate(lines) if "率" in label), len(lines))]
            if len(lines) >= 2:
                index = index or _SentenceIndex(norm)
                found = _key_rate(view, norm, index, m.group("label")[:-1], lines, line_start, end)
                if found is not None:
                    out.append(found)
        at = norm.find("率", end)
    return out


def _key_lines_above(norm: str, line_start: int, most: int) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the key-value lines right above the line at *line_start*, nearest first, *most* of
    them at most (up to the first line that is none)."""
    lines: list[tuple[int, int, str]] = []
    above = line_start
    while above > 0 and len(lines) < most:
        row_end = above - 1
        row_start = norm.rfind("\n", 0, row_end) + 1
        k = _KEY_VALUE.match(norm, row_start, row_end)
        if k is None:
            break
        lines.append((row_start, row_end, k.group("label")))
        above = row_start
    return lines


def _key_rate(view: TextView, norm: str, index: _SentenceIndex, stem: str, lines, line_start: int, end: int):
    """The rate of :func:`line_list_key_rates` at ``norm[line_start:end]`` over the list's *lines* (nearest first)."""
    # the numerator's line: the one whose label names the rate best (办结 for 办结率 before 办结情况办结, before 完成 in
    # 完成初步判定 for 初判完成率); a tie reads nothing
    closeness = [3 if label == stem else 2 if label in stem or stem in label else
                 1 if len(stem) >= 2 and stem[-2:] in label else 0 for _, _, label in lines]
    best = max(closeness)
    names = [k for k, c in enumerate(closeness) if c == best]
    if best == 0 or len(names) != 1:
        return None
    rows = list(reversed(lines))  # (the index is entered in the order of the text)
    values = [row_quantities(view, norm, index, row_start, row_end) for row_start, row_end, _ in rows]
    rate = row_quantities(view, norm, index, line_start, end)
    if rate is None or len(rate) != 1 or rate[0].unit != "%" or any(v is None or len(v) != 1 for v in values):
        return None
    numerator_at = len(rows) - 1 - names[0]
    done = values[numerator_at][0]
    for k in range(numerator_at - 1, -1, -1):
        whole = values[k][0]
        if whole.unit == done.unit and whole.plain_value >= done.plain_value > 0:
            return rate[0], done, whole
    return None


#: a header that names a column of shares (占比（%）, 比重, 构成, 所占比例)
_SHARE_HEADER = LazyRegex(r"占比|比重|构成|比例|[%％]")


def line_list_shares(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity]]:
    """``(share, part, whole)`` of the rows of a table with a total line whose last column is the share of the
    column before it (``类别 数量（个） 占比（%）⏎医院 300 18.0⏎…⏎合计 1671 100``; or with a % sign in each cell,
    ``…⏎医院 300 18.0%⏎…⏎合计 1671 100%``): the total line's share is 100 and the header names shares; each row's
    share is its part of the total, in %.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "类别 数量 占比（%）\\n甲 30 30.0\\n乙 70 70.0\\n合计 100 100"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(float(s.value), s.unit, int(p.value), int(w.value)) for s, p, w in line_list_shares(view, norm)]
    [(30.0, '%', 30, 100), (70.0, '%', 70, 100)]
    """
    out = []
    for line_start in _total_lines(norm):
        table = _table_rows(view, norm, _SentenceIndex(norm), line_start)
        if table is None:
            continue
        header, cells, totals = table
        if len(totals) == 1 and totals[0].unit != "%" and totals[0].value > 0 and cells and \
                _SHARE_HEADER.search(header) and all(_share_cell_last(n, totals[0], header) for _, n in cells):
            # (合计｜275953｜: the total's share cell left empty, every row's share in %, or bare under 占比（%）)
            whole = totals[0]
        elif len(totals) < 2 or totals[-1].unit not in ("", "%") or totals[-1].value != 100 or \
                totals[-2].unit == "%" or not _SHARE_HEADER.search(header) or totals[-2].value <= 0:
            continue
        else:
            whole = totals[-2]
        for line, numbers in cells:
            if len(numbers) < 2 or _part_of_row_above(line) or "小计" in line:
                continue
            share, part = numbers[-1], numbers[-2]
            if share.unit not in ("", "%") or part.unit != whole.unit:
                continue
            out.append((share if share.unit == "%" else share.replace(unit="%", written_unit="%"), part, whole))
    return out


def _share_cell_last(numbers: list[Quantity], total: Quantity, header: str) -> bool:
    """Whether a row's last cell is its share: a percentage, or a bare figure beside a count of the total's unit
    under a header that gives the column's unit as percent (占比（%）)."""
    if len(numbers) >= 2 and numbers[-1].unit == "%":
        return True
    return len(numbers) == 2 and not numbers[-1].unit and numbers[0].unit == total.unit and \
        _PERCENT_HEADER.search(header) is not None


#: a column's name that gives its unit as percent (占比（%）, 比重(%))
_PERCENT_HEADER = LazyRegex(r"(?:占比|比重|比例|构成)[ \t]*[（(][%％][）)]")
#: a header line that names a composition or shares (货运量构成, | 贸易方式 | 占比 |, 年龄结构)
_COMPOSITION_HEADER = LazyRegex(r"[^\n]{0,30}(?:构成|结构|占比|比重|所占比例)[^\n]{0,12}$")
#: a line of one share: a name and a percentage, cells apart by spaces or bars (公路运输  20.1%, | 一般贸易 | 38.8% |)
#: (the cleaned text drops the spaces between a name and its figure: 公路运输20.1%)
_SHARE_LINE = LazyRegex(r"[ \t\u3000]*[|｜]?[ \t\u3000]*(?:(?P<name>[^\s|｜0-9%％：:，。；;]{1,16})"
                        r"(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]*)"
                        # (or an age band, its digits apart from the share by a tab, a bar or spaces: 15—59岁⇥63.1%)
                        r"|(?P<band>[0-9]{1,3}(?:[—\-－~～至到][0-9]{1,3})?岁(?:及以上|以上|以下)?)"
                        r"(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+))"
                        r"[0-9]+(?:\.[0-9]+)?[%％][ \t\u3000]*[|｜]?[ \t\u3000\r]*$")
#: a header of shares (占比, 比重) that names kinds, not places or periods, each a share of its own whole
_KINDS_HEADER = LazyRegex(r"类型|类别|方式|结构|构成|分类|来源|渠道|用途|组成|分布")
#: the name of a period (1月, 一季度, 上半年, 2023年): lines of periods are shares of different wholes
_PERIOD_ROW = LazyRegex(r".*(?:年|月|季度|半年|周)$")
#: what may follow a share that ends its line (a table's bar, spaces)
_SHARE_END = LazyRegex(r"[ \t\u3000|｜\r]*")


def line_list_share_lines(view: TextView, norm: str) -> list[list[Quantity]]:
    """The shares of lines of one share each (a name and a percentage) under a header that names a composition
    (``图3  全省货运量构成⏎公路运输  20.1%⏎航空运输  18.0%⏎…``, a Markdown table ``| 贸易方式 | 占比 |``): shares of one
    whole, which cannot add up past 100% (PC002).

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> view, norm, _ = document_quantities(Document("a.txt", "货运量构成\\n公路  20.1%\\n航空  18.0%\\n铁路  65.8%"))
    >>> [[float(q.value) for q in run] for run in line_list_share_lines(view, norm)]
    [[20.1, 18.0, 65.8]]
    """
    heads = []
    at = norm.find("%")
    while at != -1:  # (the line above the first of lines that end with a share: the header, if any)
        end = _line_end(norm, at)
        if _SHARE_END.fullmatch(norm, at + 1, end) is not None:
            line_start = norm.rfind("\n", 0, at) + 1
            above = norm.rfind("\n", 0, line_start - 1) + 1 if line_start else -1
            if above > 0 and not norm[above:line_start].strip("|｜-—:： \t\r\n"):
                above = norm.rfind("\n", 0, above - 1) + 1  # (a Markdown table's |---|---|: its header is above)
            if above >= 0 and (not heads or heads[-1] != above) and \
                    _COMPOSITION_HEADER.fullmatch(norm, above, _line_end(norm, above)) is not None:
                heads.append(above)
        at = norm.find("%", end)
    out = []
    index = None
    for head in heads:
        end = _line_end(norm, head)
        at = end + 1
        if not norm[at:_line_end(norm, at)].strip("|｜-—:： \t"):
            at = _line_end(norm, at) + 1  # (a Markdown table's |---|---|)
        run = []
        names = []
        while at < len(norm) and len(run) < MAX_ROWS:
            row_end = _line_end(norm, at)
            line = _SHARE_LINE.match(norm, at, row_end)
            if line is None:
                break
            names.append(line.group("name") or line.group("band"))
            index = index or _SentenceIndex(norm)
            numbers = row_quantities(view, norm, index, at, row_end)
            if numbers is None or len(numbers) != 1 or numbers[0].unit != "%" or numbers[0].qualifier:
                run = []
                break
            run.append(numbers[0])
            at = row_end + 1
        if len(run) >= 2 and not any(_PERIOD_ROW.fullmatch(name) for name in names) and (
                _KINDS_HEADER.search(norm, head, end) is not None or "其他" in names or "其它" in names):
            out.append(run)  # (占比 over places or periods: each a share of its own whole, 优良天数占比⏎1月 90%…)
    return out


#: the label of a key-value line of a growth (增幅：12.5%, 降幅：4.6%, 同比增长：3.1%), and whether it names a fall
_GROWTH_KEY = LazyRegex(r"(?:同比|比上年|较上年)?(?:(?P<up>增幅|增长率?|增速|上升)|(?P<down>降幅|下降|减少|回落))")
#: the labels of the two periods' lines above it
_THIS_PERIOD_KEY = LazyRegex(r"本期|本年度?|今年|本月|(?:19|20)[0-9]{2}年(?:度)?")
_LAST_PERIOD_KEY = LazyRegex(r"上年同期|去年同期|上年度?|去年|上期|上月|同期")


def line_list_key_growths(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity, bool, bool]]:
    """``(earlier, later, growth in %, down, real)`` of a key-value list of a figure's two periods and the growth
    between them (``地区生产总值⏎本期：571.12亿元⏎上年同期：601.29亿元⏎降幅：5.0%``): the growth's line, right
    under a line of this period's value and one of last period's (either order, one unit); *real* when the lines
    above name GDP or value added.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "接待游客\\n本期：530.5万人次\\n上年同期：467.9万人次\\n增幅：13.4%"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(int(a.value), int(b.value), str(g.value), down) for a, b, g, down, _ in line_list_key_growths(view, norm)]
    [(4679000, 5305000, '67/5', False)]
    """
    out = []
    index = None
    for sign in "%％":
        at = norm.find(sign)
        while at != -1:
            line_start = norm.rfind("\n", 0, at) + 1
            end = _line_end(norm, at)
            if norm.find("：", line_start, at) == -1 and norm.find(":", line_start, at) == -1:
                at = norm.find(sign, end)
                continue  # (no field's colon before the sign on its line)
            m = _KEY_VALUE.match(norm, line_start, end)
            key = _GROWTH_KEY.fullmatch(m.group("label")) if m is not None else None
            if key is not None and line_start > 0:
                lines = _key_lines_above(norm, line_start, 2)
                if len(lines) == 2:
                    index = index or _SentenceIndex(norm)
                    found = _key_growth(view, norm, index, lines[::-1], line_start, end, key.group("down") is not None)
                    if found is not None:
                        out.append(found)
            at = norm.find(sign, end)
    return out


def _key_growth(view: TextView, norm: str, index: _SentenceIndex, lines, line_start: int, end: int, down: bool):
    """The growth of :func:`line_list_key_growths` at ``norm[line_start:end]`` over its two *lines* (in text order)."""
    this = [k for k, (_, _, label) in enumerate(lines) if _THIS_PERIOD_KEY.fullmatch(label)]
    last = [k for k, (_, _, label) in enumerate(lines) if _LAST_PERIOD_KEY.fullmatch(label)]
    if len(this) != 1 or len(last) != 1:
        return None
    values = [row_quantities(view, norm, index, row_start, row_end) for row_start, row_end, _ in lines]
    growth = row_quantities(view, norm, index, line_start, end)
    if growth is None or len(growth) != 1 or growth[0].unit != "%" or any(v is None or len(v) != 1 for v in values):
        return None
    later, earlier = values[this[0]][0], values[last[0]][0]
    if later.unit != earlier.unit or earlier.value <= 0:
        return None
    real = _REAL_ROW.search(norm, max(0, lines[0][0] - 40), lines[0][0]) is not None
    return earlier, later, growth[0], down, real


def line_list_growths(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity, bool, bool]]:
    """``(earlier, later, growth in %, down, real)`` of the rows of a table whose columns are two periods' values and
    the growth between them (``指标｜单位｜2023年｜2024年｜增长（%）``; 本年/上年 for the periods; the growth column
    last): each row, a name (and a unit) and the three numbers; a minus sign before the growth makes it a fall, and a
    row of GDP or value added (*real*) grows in real terms.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "指标 单位 2023年 2024年 增长（%）\\n新登记市场主体 户 20756 24830 19.6\\n生产安全事故起数 起 54 53 -1.9"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(int(a.value), int(b.value), str(g.value), down) for a, b, g, down, _ in line_list_growths(view, norm)]
    [(20756, 24830, '98/5', False), (54, 53, '19/10', True)]
    """
    out = []
    at = norm.find("%")
    seen = -1
    while at != -1:
        line_start = norm.rfind("\n", 0, at) + 1
        if line_start > seen:
            seen = line_start
            found = _growth_table(view, norm, line_start)
            if not found and line_start > 0:  # (指标｜1—10月累计｜上年同期｜同比⏎…｜-22.12%: the % in the rows only)
                above = norm.rfind("\n", max(0, line_start - 82), line_start - 1) + 1
                header = norm[above:line_start - 1].rstrip(" \t\u3000|｜\r")
                if (above or line_start <= 82) and "%" not in header and \
                        header.endswith(("同比", "增长", "增幅", "增速", "增减", "增长率")):
                    found = _growth_table(view, norm, above)  # (a short header line ending with the growth column)
            out.extend(found)
            if found:
                seen = max(seen, found[-1][2].clean_end)
        at = norm.find("%", at + 1)
    return out


def line_list_differences(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity, bool, str]]:
    """``(earlier, later, change, down)`` of the rows of a table whose columns are two periods' values and the
    amount of change between them, signed (``指标⇥2023年⇥2024年⇥增减⏎营业收入（万元）⇥4606⇥4793⇥+187``): each row a
    name and the three numbers; a minus sign before the change makes it a fall, a plus sign or none a rise.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "指标 2023年 2024年 增减\\n营业收入 4606 4793 +187\\n道路交通事故 1388 984 -404"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(int(a.value), int(b.value), int(d.value), down) for a, b, d, down, _ in line_list_differences(view, norm)]
    [(4606, 4793, 187, False), (1388, 984, 404, True)]

    The fifth member names the construction: ``table-difference``, or ``difference`` for a table of income,
    spending and the balance between them (no change over time).
    """
    out = []
    for word in ("增减", "差额", "超额", "结余"):
        for at in find_all(norm, word):
            line_end = _line_end(norm, at)
            if line_end - at > 12:
                continue  # (the column's name ends its header line: 增减挂钩 in a paragraph is none)
            out.extend(_difference_table(view, norm, norm.rfind("\n", 0, at) + 1))
    return out


#: a header that ends with two periods' columns side by side, then a change in percentage points (2020年  2021年
#: 变化（个百分点）)
_POINTS_HEADER = LazyRegex(r"(?P<a>(?:19|20)[0-9]{2}年?|本年|上年|今年|去年)[ \t\u3000|｜]*"
                           r"(?P<b>(?:19|20)[0-9]{2}年?|本年|上年|今年|去年)[ \t\u3000|｜]*"
                           r"(?:变化|增减|变动|增幅|提高|升降)?[（(]?个?百分点[)）]?[ \t\u3000|｜\r]*$")
#: a row's two rates, then the change in points, its direction in words or a sign (92.95%  95.40%  提高2.45)
_POINTS_ROW = LazyRegex(r"(?P<a>[0-9]+(?:\.[0-9]+)?)[%％][ \t\u3000|｜]+(?P<b>[0-9]+(?:\.[0-9]+)?)[%％][ \t\u3000|｜]+"
                        r"(?P<word>提高|上升|增加|增长|下降|降低|减少|回落)?(?P<sign>[+＋\-－−]?)"
                        r"(?P<d>[0-9]+(?:\.[0-9]+)?)(?:个百分点|百分点)?[ \t\u3000|｜\r]*$")


def line_list_point_changes(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity, bool]]:
    """``(earlier, later, change in points, down)`` of the rows of a table whose columns are two periods' rates and
    the change between them in percentage points (``指标  2020年  2021年  变化（个百分点）⏎用户投诉处理率  92.95%
    95.40%  提高2.45``): a fall when the change says so (下降, a minus sign).

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = ("指标  2020年  2021年  变化（个百分点）\\n用户投诉处理率  92.95%  95.40%  提高2.45\\n"
    ...         "千兆宽带用户占比  28.57%  23.00%  下降5.57")
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(float(a), float(b), float(d), down) for a, b, d, down in
    ...  ((a.value, b.value, d.value, down) for a, b, d, down in line_list_point_changes(view, norm))]
    [(92.95, 95.4, 2.45, False), (28.57, 23.0, 5.57, True)]
    """
    out = []
    for at in find_all(norm, "百分点"):
        line_start = norm.rfind("\n", 0, at) + 1
        line_end = _line_end(norm, at)
        m = _POINTS_HEADER.search(norm, line_start, line_end)
        if m is None or line_end - at > 6:
            continue
        later_first = _later_first(m.group("a"), m.group("b"))
        if later_first is None:
            continue
        row = line_end + 1
        while row < len(norm) and len(out) < MAX_ROWS:
            row_end = _line_end(norm, row)
            cells = _POINTS_ROW.search(norm, row, row_end)
            if cells is None:
                break
            a, b, d = (_growth_cell(view, norm, cells.start(name), cells.end(name), False, unit, "")
                       for name, unit in (("a", "%"), ("b", "%"), ("d", "百分点")))
            earlier, later = (b, a) if later_first else (a, b)
            out.append((earlier, later, d, cells.group("word") in FALL_WORDS or cells.group("sign") in _MINUS))
            row = row_end + 1
    return out


#: a header that ends with two periods' columns side by side, then the signed amount of change's (2023年⇥2024年⇥增减)
_DIFFERENCE_HEADER = LazyRegex(r"(?P<a>(?:19|20)[0-9]{2}年?|上年|本年)[ \t\u3000|｜]*"
                               r"(?P<b>(?:19|20)[0-9]{2}年?|本年|上年)[ \t\u3000|｜]*(?:增减|增减额|增减量|差额)"
                               r"(?:[（(][^%％)）\n]{1,6}[)）])?[ \t\u3000|｜\r]*$")
#: … or a plan's column, then what was done, then the excess (年度计划｜实际完成｜超额完成)
_PLAN_ACTUAL_HEADER = LazyRegex(r"(?:年度计划|计划数|计划|目标任务|目标)[ \t\u3000|｜]*(?:实际完成|完成数|实际|完成)"
                                r"[ \t\u3000|｜]*(?:超额完成|超额|超计划|差额|增减)(?:[（(][^%％)）\n]{1,6}[)）])?"
                                r"[ \t\u3000|｜\r]*$")
#: … or income, spending and the balance between them (收入（万元）⇥支出（万元）⇥结余（万元）): the balance is the first
#: less the second
_BALANCE_HEADER = LazyRegex(r"(?:总收入|收入)(?:[（(][^%％)）\n]{1,6}[)）])?[ \t\u3000|｜]*"
                            r"(?:总支出|支出)(?:[（(][^%％)）\n]{1,6}[)）])?[ \t\u3000|｜]*"
                            r"(?:收支结余|结余|收支差额|差额)(?:[（(][^%％)）\n]{1,6}[)）])?[ \t\u3000|｜\r]*$")
#: a row's signed last number (+187, -404, −12.5)
_SIGNED_LAST = LazyRegex(r"(?P<sign>[+＋\-－−]?)(?P<g>[0-9]+(?:\.[0-9]+)?)[ \t\u3000|｜\r]*$")


def _later_first(a: str, b: str) -> bool | None:
    """Whether the first of two period columns (``2024年``, ``本年``; ``2023年``, ``上年``) is the later one; ``None``
    when either is no period, when a year stands beside 本年/上年 (which is later is not said), or both are one.

    >>> _later_first("2024年", "2023年"), _later_first("上年", "本年"), _later_first("2023年", "本年")
    (True, False, None)
    """
    first, second = _PERIOD_COLUMN.fullmatch(a), _PERIOD_COLUMN.fullmatch(b)
    if first is None or second is None or (first.group(1) is None) != (second.group(1) is None):
        return None
    rank_a = int(first.group(1)) if first.group(1) else (1 if first.group(2) else 0)
    rank_b = int(second.group(1)) if second.group(1) else (1 if second.group(2) else 0)
    return None if rank_a == rank_b else rank_a > rank_b


def _two_values(view: TextView, norm: str, index: _SentenceIndex, start: int, end: int):
    """The last two numbers of a table's row ``norm[start:end]`` (its two periods' values), when both are amounts
    of one written unit (no percentages); ``None`` else."""
    numbers = row_quantities(view, norm, index, start, end)
    if numbers is None or len(numbers) < 2:
        return None
    a, b = numbers[-2:]
    if a.unit == "%" or b.unit == "%" or a.written_unit != b.written_unit:
        return None
    return a, b


def _difference_table(view: TextView, norm: str, line_start: int) -> list[tuple]:
    end = _line_end(norm, line_start)
    m = _DIFFERENCE_HEADER.search(norm, line_start, end)
    if m is None:
        construction = "difference"
        if _BALANCE_HEADER.search(norm, line_start, end) is not None:
            later_first = True  # 收入｜支出｜结余: the income less the spending (the income first)
        elif _PLAN_ACTUAL_HEADER.search(norm, line_start, end) is None:
            return []
        else:
            later_first = False  # 年度计划｜实际完成｜超额完成: what was done over the plan (the plan first)
    else:
        order = _later_first(m.group("a"), m.group("b"))
        if order is None:
            return []
        later_first = order
    if m is not None or not later_first:
        construction = "table-difference"
    index = _SentenceIndex(norm)
    out = []
    at = end + 1
    while at < len(norm) and len(out) < MAX_ROWS:
        row_end = _line_end(norm, at)
        last = _SIGNED_LAST.search(norm, at, row_end)
        if last is None:
            break
        pair = _two_values(view, norm, index, at, last.start())
        if pair is None:
            break
        a, b = pair
        earlier, later = (b, a) if later_first else (a, b)
        digits = last.group("g")
        decimals = len(digits.partition(".")[2])
        value = Fraction(digits)
        half = Fraction(1, 2 * 10**decimals) * (a.factor or 1)
        start, stop = view.original_span(last.start(), last.end("g"))
        change = Quantity(start, stop, value * (a.factor or 1), value * (a.factor or 1) - half,
                          value * (a.factor or 1) + half, a.unit, decimals, None, label="增减",
                          clean_start=last.start("g"), clean_end=last.end("g"), factor=a.factor or 1,
                          written_unit=a.written_unit, norm=norm)
        out.append((earlier, later, change, last.group("sign") not in ("", "+", "＋"), construction))
        at = row_end + 1
    return out


#: the growth column's name: 增长（%）, 增幅(%), 同比增长%, 增减（%）, 比上年增长（%）
_GROWTH_COLUMN = LazyRegex(r"(?:比上年|同比)?(?:增长|增幅|增减|增速|增长率)[（(]?[%％][)）]?")
#: a period's column: a year, or this and last year
_PERIOD_COLUMN = LazyRegex(r"((?:19|20)[0-9]{2})年?"
                           r"|(本年|今年|本期|本年度|本年累计|累计|(?:1|01)[—\-－~～至][0-9]{1,2}月(?:累计)?)"
                           r"|(上年|去年|上年同期|上期|上年度)")
_MINUS = frozenset("-－−")
#: a header that ends with two periods' columns side by side, then the growth's (2023年｜2024年｜增长（%）)
#: (1—10月累计 | 上年同期: the months so far, then last year's)
_PERIOD = (r"(?:19|20)[0-9]{2}年?|本年度|本年累计|本年|今年|本期|上年同期|上年度|上年|去年|上期|累计"
           r"|(?:1|01)[—\-－~～至][0-9]{1,2}月(?:累计)?")
#: (a period's column may name its unit in brackets: 2020年（亿元）)
_COLUMN_UNIT = r"(?:[（(][^%％)）\n]{1,6}[)）])?"
_GROWTH_HEADER = LazyRegex(rf"(?P<a>{_PERIOD}){_COLUMN_UNIT}[ \t\u3000|｜]*"
                           rf"(?P<b>{_PERIOD}){_COLUMN_UNIT}[ \t\u3000|｜]*"
                           r"(?:(?:比上年|同比)?(?:增长率|增长|增幅|增减|增速)|同比)(?:[（(]?[%％][)）]?)?"
                           r"[ \t\u3000|｜\r]*$")


def _growth_table(view: TextView, norm: str, line_start: int) -> list[tuple]:
    end = _line_end(norm, line_start)
    if end - line_start > MAX_HEADER:
        return []  # (a paragraph with a percentage in it: no header of columns, not searched)
    m = _GROWTH_HEADER.search(norm, line_start, end)
    if m is None or _NUMBER.search(norm, m.end(), end):
        return []
    later_first = _later_first(m.group("a"), m.group("b"))
    if later_first is None:
        return []
    index = _SentenceIndex(norm)
    out = []
    at = end + 1
    while at < len(norm) and len(out) < MAX_ROWS:
        row_end = _line_end(norm, at)
        last = _LAST_NUMBER.search(norm, at, row_end)
        if last is None:
            break
        down = norm[last.start() - 1:last.start()] in _MINUS
        pair = _two_values(view, norm, index, at, last.start() - down)
        if pair is None:
            break
        a, b = pair
        earlier, later = (b, a) if later_first else (a, b)
        growth = _growth_cell(view, norm, last.start("g"), last.end("g"), down)
        if earlier.value > 0:  # (a real growth, GDP's, is held to what prices could make of the nominal one)
            out.append((earlier, later, growth, down, _REAL_ROW.search(norm, at, a.clean_start) is not None))
        at = row_end + 1
    return out


#: the header of a table of years: the year's column first, then a value's, the growth over the year before last
#: (年份｜金额｜比上年增长, 年度⇥收入（亿元）⇥增长（%）)
_YEARLY_HEADER = LazyRegex(r"[ \t\u3000|｜]*(?:年份|年度|时间)[ \t\u3000]*[|｜\t][^\n|｜\t]{1,16}[|｜\t][ \t\u3000]*"
                           r"(?:比上年|同比)?(?:增长|增幅|增速)(?:率)?(?:[（(][%％][)）])?[ \t\u3000|｜\r]*(?=\n|$)")
#: a row of a table of years: the year, a value, and its growth (or a dash in the first row)
_YEARLY_ROW = LazyRegex(r"[ \t\u3000|｜]*(?P<year>(?:19|20)[0-9]{2})年?[ \t\u3000]*[|｜\t][ \t\u3000]*"
                        r"(?P<value>[0-9][0-9,]*(?:\.[0-9]+)?)[ \t\u3000]*[|｜\t][ \t\u3000]*"
                        r"(?:(?P<minus>[-－−])?(?P<g>[0-9]+(?:\.[0-9]+)?)[ \t\u3000]*[%％]?|[—\-－–]+)"
                        r"[ \t\u3000|｜\r]*$")


def line_list_yearly_growths(view: TextView, norm: str) -> list[tuple[Quantity, Quantity, Quantity, bool, bool]]:
    """``(earlier, later, growth in %, down, real)`` of a table of years (``年份｜金额｜比上年增长⏎2018｜29.49｜—⏎2019｜
    38.31｜29.9%``): each row's growth is over the row above it, when the two years follow each other.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> text = "年份｜金额｜比上年增长\\n2018｜29.49｜—\\n2019｜38.31｜36.0%\\n2020｜45.17｜17.9%"
    >>> view, norm, _ = document_quantities(Document("a.txt", text))
    >>> [(str(a.value), str(b.value), str(g.value)) for a, b, g, _, _ in line_list_yearly_growths(view, norm)]
    [('2949/100', '3831/100', '36'), ('3831/100', '4517/100', '179/10')]
    """
    out = []
    heads = sorted({norm.rfind("\n", 0, at) + 1 for word in ("年份", "年度", "时间") for at in find_all(norm, word)})
    for line_start in heads:  # (the header's first column found by its word: a search for a literal)
        m = _YEARLY_HEADER.match(norm, line_start, _line_end(norm, line_start))
        if m is None:
            continue
        at = _line_end(norm, m.start()) + 1
        before: tuple[int, Quantity] | None = None
        while at < len(norm) and len(out) < MAX_ROWS:
            row_end = _line_end(norm, at)
            row = _YEARLY_ROW.match(norm, at, row_end)
            if row is None:
                break
            year = int(row.group("year"))
            digits = row.group("value")
            decimals = len(digits.partition(".")[2])
            value = Fraction(digits.replace(",", ""))
            half = Fraction(1, 2 * 10**decimals) if decimals else Fraction(1, 2)
            start, stop = view.original_span(row.start("value"), row.end("value"))
            amount = Quantity(start, stop, value, value - half, value + half, "", decimals, None, label="",
                              clean_start=row.start("value"), clean_end=row.end("value"), norm=norm)
            if row.group("g") is not None and before is not None and before[0] == year - 1 and before[1].value > 0:
                down = row.group("minus") is not None
                out.append((before[1], amount, _growth_cell(view, norm, row.start("g"), row.end("g"), down), down,
                            False))
            before = (year, amount)
            at = row_end + 1
    return out


def _growth_cell(view: TextView, norm: str, start: int, end: int, down: bool, unit: str = "%",
                 label: str = "增长") -> Quantity:
    """The growth in % (or a figure in *unit*: a rate, a change in points) that a table's cell ``norm[start:end]``
    holds (a minus sign before it, *down*, is its span's too): an interval of its rounding."""
    digits = norm[start:end]
    decimals = len(digits.partition(".")[2])
    value = Fraction(digits)
    half = Fraction(1, 2 * 10**decimals)
    first, stop = view.original_span(start - down, end)
    return Quantity(first, stop, value, value - half, value + half, unit, decimals, None, label=label,
                    clean_start=start, clean_end=end, written_unit=unit, norm=norm)


#: a row whose growth is reckoned in real terms (地区生产总值, 增加值)
_REAL_ROW = LazyRegex(r"(?<!单位)(?<!万元)(?<!亿元)(?:生产总值|GDP|增加值)"
                     # (not a ratio to it: 万元GDP能耗, 单位GDP电耗 are energy, not money)
                     r"(?!能耗|电耗|水耗|用水|用电|用地|碳|二氧化碳|排放|能源)")
#: a row's last number, to the end of its line (the growth column)
_LAST_NUMBER = LazyRegex(r"(?P<g>[0-9]+(?:\.[0-9]+)?)[%％]?[ \t\u3000|｜\r]*$")  # (19.8 or 19.8%)


#: a header whose rate is a change between its two columns (增长率, 下降率, 增幅), not a rate of done over whole
#: a rate column of what was done against a plan, which may pass it (投资完成率, 完成率, 执行率, 完成进度)
_COMPLETION_HEADER = LazyRegex(r"完成率|执行率|完成进度|完成比例")
#: a rate column of what was saved of the budget (预算金额 成交金额 节约率): the rate of the difference
_SAVING_HEADER = LazyRegex(r"节约率|节资率|节省率|下浮率|节支率")


def _less(whole: Quantity, part: Quantity) -> Quantity | None:
    """*whole* − *part* (as intervals), named as *part*; ``None`` when either is open-ended."""
    (w_low, w_high), (p_low, p_high) = whole.interval, part.interval
    if w_high is None or p_high is None:
        return None
    return part.replace(value=whole.plain_value - part.plain_value, low=w_low - p_high, high=w_high - p_low)


_CHANGE_HEADER = LazyRegex(r"增长|下降|增幅|降幅|增速|同比|环比|变化|变动|提高|降低")
#: a row of a table of counts and their rate: a name, two numbers, a percentage, to the line's end
#: (cells apart by white space or by bars: a Markdown table, | 菱埠镇 | 4,735 | 4,187 | 88.4% |)
_RATE_CELL = r"(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)"
_RATE_ROW = LazyRegex(r"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?"
                      # (a rank or an index first: 1⇥芦岭镇⇥464⇥453⇥97.63%)
                      r"(?:[0-9]{1,3}[.、]?(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+))?"
                      # (a row's name: words, or a period, 3月, 2023年, that the name may go on after)
                      r"(?:[0-9]{1,4}(?:年|月份|月|季度|日|周)[^\s0-9，。；;,|｜]{0,8}|[^\s0-9，。；;,|｜]{1,12})"
                      # (a cell of the figures' unit after the name: 农产品网络零售额｜亿元｜25.18｜23.17｜92.02%)
                      + r"(?:[ \t\u3000]*[|｜\t][ \t\u3000]*[^\s0-9，。；;,|｜%％]{1,6}(?=[ \t\u3000]*[|｜\t]))?"
                      + _RATE_CELL
                      # (the counts, each perhaps with its unit: | 风险消除率 | 44户 | 35户 | 79.5% |)
                      + r"?[0-9][0-9,]*(?:\.[0-9]+)?[\u4e00-\u9fff]?(?:" + _RATE_CELL
                      + r"[0-9][0-9,]*(?:\.[0-9]+)?[\u4e00-\u9fff]?)+"
                      + _RATE_CELL + r"[0-9]+(?:\.[0-9]+)?(?P<sign>[%％])?[ \t\u3000|｜\r]*(?=\n|$)")
#: a row of figures alone between bars, under a header that names each column (| 316 | 279 | 85.80% |)
_FIGURES_RATE_ROW = LazyRegex(r"[ \t\u3000]*[|｜][ \t\u3000]*[0-9][0-9,]*(?:\.[0-9]+)?(?:" + _RATE_CELL
                              + r"[0-9][0-9,]*(?:\.[0-9]+)?)+" + _RATE_CELL
                              + r"[0-9]+(?:\.[0-9]+)?(?P<sign>[%％])[ \t\u3000|｜\r]*(?=\n|$)")
#: the end of a header whose last column is a rate in % written in its name (整改率（%）, 适用率(%))
_BARE_RATE_HEADER = LazyRegex(r"[（(][%％][)）][ \t\u3000|｜\r]*$")
#: a header line right above a table's row whose last column is a rate, of three columns or more apart by bars or tabs
_RATE_LAST_HEADER = LazyRegex(r"(?:^|\n)[^\n]*[|｜\t][^\n]*[|｜\t][ \t\u3000]*[^\s|｜]{1,10}率(?:[（(][%％][)）])?"
                              r"[ \t\u3000|｜\r]*\n"
                              # (a Markdown table: the rule under its names, | --- | --- |)
                              r"(?:[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t\r]*\n)?$")


@lru_cache(maxsize=2)
def _total_lines(norm: str) -> tuple[int, ...]:
    """The starts of the lines that may be a table's total: 计 with 合 or 总 just before it, at the head of
    its line (:data:`_TOTAL_HEAD`). Kept for the last texts: the sums and the shares of tables both ask."""
    starts: list[int] = []
    for m in _TOTAL_WORD.finditer(norm):
        line_start = norm.rfind("\n", 0, m.start()) + 1
        if (not starts or starts[-1] != line_start) and (
                _TOTAL_HEAD.match(norm, line_start) is not None or _ENDS_WITH_TOTAL.match(norm, m.end()) or
                _NAMED_TOTAL_ROW.match(norm, line_start) is not None):
            starts.append(line_start)
    if "全部" in norm:  # 全部｜19788 over the rows, or under them: a row named "all"
        for at in find_all(norm, "\n全部"):
            if _ALL_ROW.match(norm, at + 1) is not None and at + 1 not in starts:
                starts.append(at + 1)
        starts.sort()
    if "全年" in norm:  # 指标⇥一季度⇥…⇥四季度⇥全年: a line of periods whose last column is the year's total
        for at in (m.start() for m in _YEAR_ENDS_LINE.finditer(norm)):
            if (norm.find("季度", max(0, at - 60), at) != -1 or
                                                          norm.find("月", max(0, at - 60), at) != -1 or
                                                          norm.find("下半年", max(0, at - 12), at) != -1 or
                                                          norm.find("Q4", max(0, at - 12), at) != -1):
                line_start = norm.rfind("\n", 0, at) + 1
                if line_start not in starts:
                    starts.append(line_start)
        # (一季度⇥1370⏎…⏎四季度⇥300⏎全年⇥5200: a row named 全年 under the rows of the periods)
        for m in _YEAR_ROW_AFTER_BREAK.finditer(norm):  # (from the line break: a literal that re finds in C)
            at = m.start() + 1
            if at not in starts and (
                    norm.find("季度", max(0, at - 80), at) != -1 or norm.find("月", max(0, at - 80), at) != -1 or
                    norm.find("下半年", max(0, at - 40), at) != -1):
                starts.append(at)
        starts.sort()
    at = norm.find("\n累计")  # 5月⇥2308⏎…⏎9月⇥1775⏎累计⇥8688: a row named 累计 under the rows of the months
    if at != -1:
        while at != -1:
            if norm.find("月", max(0, at - 80), at) != -1 and at + 1 not in starts and \
                    _CUMULATIVE_ROW.match(norm, at + 1) is not None:
                starts.append(at + 1)
            at = norm.find("\n累计", at + 1)
        starts.sort()
    if "|" in norm or "｜" in norm or "\t" in norm:  # 全区｜407 under a table's rows: the whole place's row
        for m in _PLACE_TOTAL_WORD.finditer(norm):
            line_start = norm.rfind("\n", 0, m.start()) + 1
            if m.start() - line_start <= 3 and line_start not in starts and _PLACE_TOTAL_HEAD.match(norm, line_start):
                starts.append(line_start)
        starts.sort()
    if contains(norm, "小计"):  # 单位｜男｜女｜小计: a line of column names whose last is each row's subtotal
        for m in _SUBTOTAL_LAST.finditer(norm):
            line_start = norm.rfind("\n", 0, m.start()) + 1
            if line_start not in starts:
                starts.append(line_start)
        at = norm.find("小计")
        if norm.find("小计", at + 2) == -1:  # 小计｜5567 over the rows or under them: the text's one subtotal, a total
            line_start = norm.rfind("\n", 0, at) + 1
            if line_start not in starts and _SOLE_SUBTOTAL.match(norm, line_start) is not None:
                starts.append(line_start)
        starts.sort()
    return tuple(starts)


#: a note after a total's name that it is rounded (合计（约数）, 总计（约）, 合计（概数）)
_ROUNDED_TOTAL = LazyRegex(r"[ \t\u3000]*[（(](?:约数|约|概数|估算|估计)[）)]")
#: a row named 小计 up to its figure (小计｜5567, 小计  3625公里, 小计：22953亩), read as a total where the text holds
#: no other 小计 (those of a table's sections sum up their own rows: :mod:`auditor.relations` reads them with the
#: total)
_SOLE_SUBTOTAL = LazyRegex(r"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?小计[ \t\u3000]*(?:[：:]|[|｜\t])?[ \t\u3000]*(?=[0-9])")
#: 小计 as the last of a line of column names (not a row's own subtotal, 小计 452, which opens its line)
_SUBTOTAL_LAST = LazyRegex(r"(?<=[|｜\t ])小计[ \t\u3000|｜\r]*(?=\n)")


#: 计 after 合 or 总, up to two spaces between (合 计): found from 计, a literal (``re`` finds it in C), the
#: characters before it looked behind
_TOTAL_WORD = LazyRegex(r"计(?:(?<=[合总共]计)|(?<=全年累计)|(?<=[合总][ \t\u3000]计)|(?<=[合总][ \t\u3000]{2}计))")


#: what ends a line of column names whose last column is the total (…清水社区 合计⏎656.3 … 2297.1)
_ENDS_WITH_TOTAL = LazyRegex(r"[ \t\u3000\r]*(?:[|｜][ \t\u3000\r]*)?\n")
#: the line under a Markdown table's column names (| --- | :---: |)
_MARKDOWN_RULE = LazyRegex(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t\r]*(?=\n|$)")


#: a row's name and its first number with no space between them
_NAME_THEN_NUMBER = LazyRegex(r"([^0-9]+)([0-9][0-9,]*(?:\.[0-9]+)?)")
#: what separates a table's cells: white space, or bars (| ｜) with white space or none around them
_CELLS = LazyRegex(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+")


#: a column named for a quarter or a month (一季度, 第二季度, Q3, 3月, 上半年)
_PERIOD_NAME = LazyRegex(r"第?[一二三四1-4]季度|Q[1-4]|[0-9]{1,2}月(?:份)?|[一二三四五六七八九十]{1,3}月(?:份)?"
                         r"|[上下]半年")


def _row_total(view: TextView, norm: str, index: _SentenceIndex, line_start: int):
    """A table written sideways: a line of names whose last is 合计/总计, then a line of as many numbers and
    nothing else, the last of them the total of the others."""
    end = _line_end(norm, line_start)
    names = _CELLS.split(norm[line_start:end].strip(" \t\u3000|｜"))
    if len(names) < 3 or end >= len(norm) or (names[-1].replace("\u3000", "") not in ("合计", "总计", "小计") and not (
            names[-1] == "全年" and all(_PERIOD_NAME.fullmatch(name) for name in names[-3:-1]))):
        return []  # (全年 after the quarters or the months: the year's total)
    if (rule := _MARKDOWN_RULE.match(norm, end + 1)) is not None:
        end = rule.end()  # (| --- | --- |: the line under a Markdown table's names)
        if end >= len(norm):
            return []
    values_end = _line_end(norm, end + 1)
    cells = _CELLS.split(norm[end + 1:values_end].strip(" \t\u3000|｜\r"))
    # (the names may be fewer than the words of their line: a title joined to it, 单位：亩上坪村 …)
    if 3 <= len(cells) <= len(names) and all(_NUMBER.fullmatch(cell) for cell in cells):
        numbers = row_quantities(view, norm, index, end + 1, values_end)
        if numbers is None or len(numbers) != len(cells):
            return []
        return [(numbers[-1], numbers[:-1], "table-total")]
    # rows under the names, each a name and one number a column (单位｜职工医保｜合计⏎阳州乡｜28163｜60507)
    out = []
    at = end + 1
    while at < len(norm) and len(out) < MAX_ROWS:
        row_end = _line_end(norm, at)
        row = _CELLS.split(norm[at:row_end].strip(" \t\u3000|｜\r"))
        glued = _NAME_THEN_NUMBER.fullmatch(row[0])
        if glued is not None:  # (the cleaned text drops the space between a name and a number: 中和街道5733)
            row[:1] = [glued.group(1), glued.group(2)]
        if len(row) != len(names) or _NUMBER.fullmatch(row[0]) or not all(_NUMBER.fullmatch(c) for c in row[1:]):
            break
        numbers = row_quantities(view, norm, index, at, row_end)
        if numbers is None or len(numbers) != len(names) - 1 or any(q.unit for q in numbers):
            break
        out.append((numbers[-1], numbers[:-1], "table-row-total"))
        at = row_end + 1
    return out


def _item_openers(norm: str) -> dict[int, int]:
    """``line start → where 如下 stands`` for the lines that end with 如下： and whose next line starts with an
    item's number (or ``→ where the colon stands`` for a line that ends with a figure and a colon, 共查处…27330起：,
    whose next line starts with a circled number, ①)."""
    starts = {}
    if "①" in norm:  # (the first item's number looked for: a rare character)
        for at in find_all(norm, "①"):
            colon = at - 2
            if norm[colon + 1:at] == "\n" and norm[colon:colon + 1] in ("：", ":") and colon and \
                    norm[colon - 1] not in "：:":
                starts[norm.rfind("\n", 0, colon) + 1] = colon
    at = norm.find("如")  # (one character, and a rare one: a search for 如下 takes eight times as long)
    while at != -1:
        after = at + 3
        if norm[at + 1:after] in ("下：", "下:"):
            end = norm.find("\n", after)
            if end != -1 and not norm[after:end].strip(" \t\u3000\r") and (
                    _ITEM_MARK.match(norm, end + 1) is not None or
                    _unmarked_item_shape(norm, end + 1, _line_end(norm, end + 1)) is not None):
                starts[norm.rfind("\n", 0, at) + 1] = at
        at = norm.find("如", at + 1)
    for colon in _COLON_ENDS_LINE:  # (a colon that ends its line: rare, the words before it looked at)
        for at in (m.start() for m in colon.finditer(norm)):
            if norm[at - 4:at] in ("构成情况", "分类情况") and (
                    _ITEM_MARK.match(norm, at + 2) is not None or
                    _unmarked_item_shape(norm, at + 2, _line_end(norm, at + 2)) is not None):
                starts.setdefault(norm.rfind("\n", 0, at) + 1, at)  # 保障航班7 225架次。构成情况：⏎国际航线 2 580架次
            elif norm[at - 3:at] in _ITEMS_OPENED and _ITEM_MARK.match(norm, at + 2) is not None:
                starts.setdefault(norm.rfind("\n", 0, at) + 1, at)  # 培训2809人次，具体为：⏎(1)电工851人次；⏎(2)…
            elif norm[at - 1:at] in ("）", ")") and _ITEM_MARK.match(norm, at + 2) is not None and \
                    _bracketed_total(norm, norm.rfind("\n", 0, at) + 1, at - 1):
                starts.setdefault(norm.rfind("\n", 0, at) + 1, at)  # 承办单位（合计25,283件）：⏎1.人社局 5,935件
    return starts


#: a colon that ends its line, one pattern each (a literal: found in C)
_COLON_ENDS_LINE = (LazyRegex("：\n"), LazyRegex(":\n"))
#: words before a colon that ends its line and opens numbered items (培训2809人次，具体为：⏎(1)…)
_ITEMS_OPENED = frozenset({"具体为", "具体是", "分别为", "分别是", "要包括"})
#: … those that open some of the whole's parts, not all (主要包括：⏎一是…: only items above the whole are wrong)
_INCLUDING = frozenset({"主要包括", "包括"})


def _line_end(norm: str, start: int) -> int:
    end = norm.find("\n", start)
    return len(norm) if end == -1 else end


#: digits, a space and three more digits that end a number (8 534, 24 430): thousands grouped by a space …
_SPACED_THOUSANDS = LazyRegex(r"(?<![0-9])[0-9]{1,3}[ \u2009\u202f\u00a0][0-9]{3}(?![0-9.])")
#: … in a row whose cells are apart by something else than one space (a bar, a tab, two spaces)
_CELL_MARK = LazyRegex(r"[|｜\t\u3000]|[^ ]  +[0-9]")


def row_quantities(view: TextView, norm: str, index: _SentenceIndex, start: int, end: int,
                   marked_cells: bool = False) -> list[Quantity] | None:
    """The quantities that end the line ``norm[start:end]``, in order: every number of the line from the first
    one after its words (a table's cells), or ``None`` when something else than numbers, their units and
    white space follows the first of them, or a number is not a quantity. *marked_cells*: the table's header
    parts its cells by something wider than one space (a tab, a bar, an ideographic space), so that one space
    between digits groups a number's thousands (the cleaned text drops the space between a name and its figure)."""
    numbers = list(_NUMBER.finditer(norm, start, end))
    if not numbers:
        return None
    heads: dict[int, int] = {}
    if len(numbers) >= 2 and _SPACED_THOUSANDS.search(norm, start, end) is not None and (
            marked_cells or _CELL_MARK.search(norm, start, end) is not None):
        # 工矿仓储用地 | 8 534: cells apart by bars, tabs or wider spaces, a number's thousands grouped by one space
        numbers, heads = _grouped_numbers(norm, numbers)
    out: list[Quantity] = []
    index.enter(start, end)
    for k, number in enumerate(numbers):
        m = _QUANTITY.match(norm, number.start(), end)
        q = _quantity(norm, m, view, index, in_table=True) if m is not None else None
        if q is not None and number.start() in heads:
            q = _with_leading_groups(q, norm, heads[number.start()], number.start())
        if q is None and k == len(numbers) - 1 and number.start() >= 2 and norm[number.start() - 1] in _MINUS and \
                norm[number.start() - 2] in " \t\u3000|｜":
            q = _negative_cell(view, norm, index, number.start(), end)  # 禾安食品有限公司⇥-227: a loss in its cell
        if q is None:
            if out:
                return None
            continue  # (a number inside the row's name: 2023年, 第3)
        gap_end = numbers[k + 1].start() if k + 1 < len(numbers) else end
        gap = norm[q.clean_end:gap_end]
        if gap[-1:] in _MINUS and k + 1 < len(numbers):
            gap = gap[:-1]  # (a minus sign before the next number: a fall in a column of growths, 54 53 -1.9)
        if gap.strip(" \t\u3000|｜") and not (k + 1 == len(numbers) and (
                all(ch in _ROW_TAIL for ch in gap) or (not q.unit and _UNIT_CELL.fullmatch(gap)))):
            if k + 1 == len(numbers):
                return None
            out = []  # words after this number: it was part of the row's name (1 特困供养金 5: an index)
            continue
        out.append(q)
    return out or None


def _grouped_numbers(norm: str, numbers: list) -> tuple[list, dict[int, int]]:
    """*numbers* (matches of :data:`_NUMBER`) with each number grouped by single spaces into thousands (``180 627``,
    in a row whose cells are apart by bars, tabs or wider spaces) kept as its last group, and where each such last
    group's number begins: ``{start of 627: start of 180}``.

    >>> import re
    >>> text = "栎芦乡　180 627　12 004 513"
    >>> kept, heads = _grouped_numbers(text, list(re.finditer(r"[0-9][0-9,]*(?:\\.[0-9]+)?", text)))
    >>> [m.group() for m in kept], [text[at:] for at in heads.values()]
    (['627', '513'], ['180 627　12 004 513', '12 004 513'])
    """
    kept: list = []
    heads: dict[int, int] = {}
    head = None
    for k, number in enumerate(numbers):
        following = numbers[k + 1] if k + 1 < len(numbers) else None
        joined = following is not None and following.start() == number.end() + 1 and \
            norm[number.end()] in _GROUP_SPACES and _LAST_GROUP.fullmatch(following.group()) is not None and \
            number.group().isdigit() and (len(number.group()) <= 3 if head is None else len(number.group()) == 3)
        if joined:
            head = number.start() if head is None else head
            continue
        if head is not None:
            heads[number.start()] = head
            head = None
        kept.append(number)
    return kept, heads


#: the spaces that may group a number's thousands (an ASCII space, thin and narrow no-break spaces, no-break space)
_GROUP_SPACES = frozenset(" \u2009\u202f\u00a0")
#: a group of three digits, a decimal part after it allowed
_LAST_GROUP = LazyRegex(r"[0-9]{3}(?:\.[0-9]+)?")


def _with_leading_groups(q: Quantity, norm: str, head: int, last: int) -> Quantity:
    """*q*, read from the last group of a number grouped by spaces, widened to the whole number from *head*."""
    leading = int("".join(norm[head:last].split()))
    offset = leading * 1000 * q.factor
    return q.replace(start=q.start - (last - head), clean_start=q.clean_start - (last - head),
                     value=q.value + offset, low=q.low + offset,
                     high=None if q.high is None else q.high + offset)


def _negative_cell(view: TextView, norm: str, index: _SentenceIndex, at: int, end: int) -> Quantity | None:
    """The quantity of the last cell of a row that a minus sign opens (``企业⇥-227``: a loss), negative; the sign is
    read as a space so that the number is found as in any other cell."""
    signless = norm[:at - 1] + " " + norm[at:]
    m = _QUANTITY.match(signless, at, end)
    q = _quantity(signless, m, view, index, in_table=True) if m is not None else None
    if q is None or q.high is None:
        return None
    return q.replace(start=q.start - 1, value=-q.value, low=-q.high, high=-q.low)


#: a line that opens with a name and its figure, then a remark on it (流行性感冒方面456例，比例较为稳定。): an item of a
#: list written one a line, not the prose above it (a whole is named as one: 共, 合计, 总)
_ITEM_WITH_REMARK = LazyRegex(r"[^\s0-9，,。；;：:共合总]{1,12}[0-9][0-9,.]*[^\s0-9，,。；;：:]{0,4}[，,]")


#: a sentence that states a whole (共有, 共计, 合计, 总计 before its first number)
_WHOLE_STATED = LazyRegex(r"[^0-9\n]{0,20}?(?:共|合计|总计|累计)[^0-9\n]{0,12}[0-9]")


def _remark_cut(norm: str, start: int, end: int) -> int:
    """Where the last cell of the row ``norm[start:end]`` begins (its bar), when the row's cells are apart by bars, the
    last holds no digit (a remark: 已全部办结, 含随班就读) and a figure ends the row without it; -1 otherwise.

    >>> t = "企业|542|已全部办结"
    >>> t[:_remark_cut(t, 0, len(t))], _remark_cut("企业|542", 0, 6)
    ('企业|542', -1)
    """
    cut = max(norm.rfind("|", start, end), norm.rfind("｜", start, end))
    if cut <= start:
        return -1
    remark = norm[cut + 1:end].strip(" \t\u3000\r")
    if not remark or len(remark) > 16 or any(ch.isdigit() for ch in remark):
        return -1
    before = norm[start:cut].rstrip(" \t\u3000")
    return cut if before and before[-1].isdigit() and ("|" in before or "｜" in before) else -1


def _table_rows(view: TextView, norm: str, index: _SentenceIndex, line_start: int):
    """``(header, rows, totals)`` of a total line at *line_start*: the line above the rows (the header, or prose),
    each row's ``(line, numbers)`` and the total line's numbers; ``None`` when there is no such table."""
    head = _TOTAL_HEAD.match(norm, line_start)
    place = False
    if head is None:
        head = _PLACE_TOTAL_HEAD.match(norm, line_start) or _YEAR_ROW.match(norm, line_start) or \
            _CUMULATIVE_ROW.match(norm, line_start) or _NAMED_TOTAL_ROW.match(norm, line_start) or \
            _ALL_ROW.match(norm, line_start)
        if head is None:
            head = _SOLE_SUBTOTAL.match(norm, line_start)
            if head is None:
                return None
        else:
            place = True
    if _ROUNDED_TOTAL.match(norm, head.end()) is not None:
        return None  # (合计（约数）⇥10,000: the total rounded, on purpose)
    end = _line_end(norm, line_start)
    # rows first (the lines above, read back to the header), then the total line: the index is entered in order
    rows: list[tuple[int, int, str]] = []
    at = line_start
    header = ""
    while at > 0 and len(rows) < MAX_ROWS:
        row_end = at - 1
        row_start = norm.rfind("\n", 0, row_end) + 1
        at = row_start
        line = norm[row_start:row_end].strip(" \t\u3000\r")
        if not line:
            continue  # (a blank line between rows)
        remark = _remark_cut(norm, row_start, row_end) if "|" in line or "｜" in line else -1
        if remark != -1:  # 企业|542|已全部办结: a remark's cell after the figures
            row_end = remark
            line = norm[row_start:row_end].strip(" \t\u3000\r")
        if _YEARS_HEADER.fullmatch(line) is not None:
            # 指标（名）|2022年|2023年: the columns' years, the header (it ends with a year), over the rows or over a
            # total that is the first row
            header = line
            break
        if len(line) > MAX_ROW or not _ends_in_number(line):
            if rows and _is_group_heading(line) and any("小计" in r[2].replace(" ", "") for r in rows):
                before = _line_before(norm, at)
                if _ends_in_number(before) and "小计" in before.replace(" ", "").replace("\u3000", ""):
                    continue  # 小计 452⏎二、社区居家养老⏎助餐点 303: a group's heading between subtotals
                header = line  # (the first group's heading)
                break
            if (_is_fragment(line) and at > 0 and _ends_in_number(_line_before(norm, at))) or (
                    rows and _ITEM_MARK.match(line) is not None and _ITEM_MARK.match(rows[-1][2]) is None):
                return None  # 民生⏎类项目 18, 2.房地产开⏎发投资 1080: a row broken across lines: not read
            if rows and line.endswith(("。", "；", ";")) and _ITEM_WITH_REMARK.match(line) is not None:
                return None  # 流感方面456例，比例较为稳定。⏎肺结核210例。⏎…: the first item, remarked on
            header = line
            if not line.strip("|｜-—:： \t") and at > 0:  # (a Markdown table's |---|---|: its header is above)
                header = _line_before(norm, at)
            break  # the header, or prose
        if _TOTAL_HEAD.match(norm, row_start) is not None:
            break  # the total of a table above
        if rows and line.endswith("。") and _WHOLE_STATED.match(line) is not None:
            header = line  # 全区共有学校86所。⏎小学52所⏎…: the whole stated above its list, no row of it
            break
        rows.append((row_start, row_end, line))
    rows.reverse()
    cells = []
    marked = bool(header) and _CELL_MARK.search(header) is not None
    for row_start, row_end, line in rows:
        numbers = row_quantities(view, norm, index, row_start, row_end, marked)
        if numbers is None:
            cells = []  # (a row that is no row: what is above it belongs to something else)
            continue
        cells.append((line, numbers))
    if place and (_SOME_ROWS.search(header) or _SOME_ROWS.search(_line_before(norm, at) if at > 0 else "")):
        return None  # 排名前五的镇｜…⏎…⏎全区｜…: the place's whole, not the rows' total
    if norm.startswith(("以上", "上述"), head.start()) and (comma := norm.find("，", head.end(), end)) != -1:
        end = comma  # (以上资金合计1228万元，全部用于…: the total, then what was done with it)
    cut = end
    while cut > head.end() and norm[cut - 1] in " \t\u3000|｜\r":
        cut -= 1
    if cut > head.end() and norm[cut - 1] in "—－-/／" and norm[cut - 2:cut - 1] in ("\t", " ", "\u3000", "|", "｜"):
        end = cut - 1  # (合计⇥4295⇥—: the total's share cell holds a dash, no figure)
    totals = row_quantities(view, norm, index, head.end(), end, marked)
    prose = _PROSE_FIGURE_END.search(header) if totals and cells else None
    if prose is not None and totals[-1].written_unit.endswith(prose.group("unit")):
        # 商标方面，完成1 597件。⏎服务商标：593件。⏎…⏎以上总计…2 676件: the first part is in prose above, one sentence
        above = _prose_parts(view, norm, index, at, totals[0]) if len(totals) == 1 and \
            all(len(numbers) == 1 for _, numbers in cells) else None
        if above is None:
            return None
        cells[:0] = above
        header = ""
    if totals and len(rows) <= 1 and len(cells) < 2:
        # 项目 决算数⏎合计 57,443⏎融资贴息 7,824…: the total is the first row, under its header (which may read as a
        # row: 2024年决算数)
        return _rows_below(view, norm, index, end, header or (rows[0][2] if rows else ""), totals)
    if not totals or len(cells) < 2:
        return None
    if place and not _sums_of_places(cells, totals, 10 if norm.startswith("累计", head.start()) else 2):
        return None  # (累计 may count months before the rows too: its rows must come within a tenth of it)
    return header, cells, totals


def _sums_of_places(cells: list[tuple[str, list[Quantity]]], totals: list[Quantity], parts: int = 2) -> bool:
    """Whether a whole place's row (全区｜407) reads as the total of the rows above it in each column: larger than
    every row, and their sum within one *parts*-th of it (half: a column of averages, 全市｜38 under 甲区｜41, or of
    only some places is no sum)."""
    width = len(totals)
    for column, total in enumerate(totals):
        values = [numbers[len(numbers) - width + column].value for _, numbers in cells if len(numbers) >= width]
        if not values or max(values) >= total.value or abs(sum(values) - total.value) * parts > total.value:
            return False
    return True


#: a line of prose that ends with a figure and its unit (完成1 597件。): a part written above the rows, not their header
_PROSE_FIGURE_END = LazyRegex(r"[，,][^，,]*[0-9](?P<unit>[^\s0-9，,。；;：:]{1,4})[。；;]?$")


#: words that make a figure a whole, not a part (共有, 合计, 总数 …)
_WHOLE_WORDS = ("共", "合计", "总计", "累计", "总数", "总量", "总额")


def _prose_parts(view: TextView, norm: str, index: _SentenceIndex, line_start: int, total: Quantity):
    """``(line, [figure])`` of the lines of prose from the one at *line_start* up, each a sentence that ends with one
    figure of *total*'s unit (:func:`_prose_part`), up to a line without a figure of that unit; ``None`` when a line
    holds one otherwise (no telling whether it is a part)."""
    found = []
    at = line_start
    for _ in range(MAX_ROWS):
        end = _line_end(norm, at)
        line = norm[at:end].strip(" \t\u3000\r")
        prose = _PROSE_FIGURE_END.search(line)
        part = _prose_part(view, norm, index, at, line) if prose is not None else None
        if part is None:
            index.enter(at, end)
            if any((q := _quantity(norm, m, view, index)) is not None and q.unit == total.unit
                   for m in _QUANTITY.finditer(norm, at, end)):
                return None  # (a figure of the unit in a sentence that says more: a part, or not)
            break
        if part.unit != total.unit:
            return None
        found.append((line, [part]))
        if at == 0:
            break
        at = norm.rfind("\n", 0, at - 1) + 1
    return found[::-1] or None


def _prose_part(view: TextView, norm: str, index: _SentenceIndex, line_start: int, line: str) -> Quantity | None:
    """The one figure of the last clause of *line* (at *line_start*), a sentence of its own (``从城乡低保看，全年为
    655.13万元。``): the first of the parts listed one a line under it; ``None`` when the line says more."""
    body = line.rstrip("。；;")
    if any(mark in body for mark in "。；;！？") or sum(ch.isdigit() for ch in body) > 12 or \
            any(word in body for word in _WHOLE_WORDS):
        return None  # (全区共有学校，合计86所。: the whole stated above its rows, no part)
    end = norm.find(line, line_start) + len(line)
    comma = max(norm.rfind("，", line_start, end), norm.rfind(",", line_start, end))
    return _item_quantity(view, norm, index, comma + 1, end)


#: a line that is a date alone (a report's date under a table)
_DATE_LINE = LazyRegex(r"(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日")


def _rows_below(view: TextView, norm: str, index: _SentenceIndex, end: int, header: str, totals: list[Quantity]):
    """:func:`_table_rows` of a total line that is a table's first row, ending at *end*: the rows are the lines
    below it, down to the first that is no row (or another total)."""
    cells = []
    at = end + 1
    while at < len(norm) and len(cells) < MAX_ROWS:
        row_end = _line_end(norm, at)
        line = norm[at:row_end].strip(" \t\u3000\r")
        if cells and "|" not in line and "｜" not in line and all("|" in row or "｜" in row for row, _ in cells):
            break  # (乡镇污水处理站|410.24⏎相关经验做法被刊发14期。: rows between bars end at a line without one)
        if cells and ((line.endswith("。") and not any(row.endswith("。") for row, _ in cells) and
                       "\t" not in line and "|" not in line and "｜" not in line) or
                      _DATE_LINE.fullmatch(line) is not None or (line[:1] in "（(" and line[-1:] in "）)") or
                      line.startswith("—")):
            break  # (非公有制企业⇥128⏎全年召开党委会议21次。: a sentence after the rows, no row; 2022年7月18日: a date;
            # （数据统计截至2019年12月31日）: a note in brackets under the table; ——2020年1月…在…上: a source)
        if not line or len(line) > MAX_ROW or not _ends_in_number(line) or _TOTAL_HEAD.match(norm, at) is not None \
                or "小计" in line.replace(" ", ""):
            if any(ch.isdigit() for ch in line) and _TOTAL_HEAD.match(norm, at) is None:
                return None  # (a row run into the prose after it, 其他企业 5家特此通报。: the rows are not all known)
            break
        numbers = row_quantities(view, norm, index, at, row_end)
        if numbers is None:
            return None
        cells.append((line, numbers))
        at = row_end + 1
    return (header, cells, totals) if len(cells) >= 2 else None


def _is_group_heading(line: str) -> bool:
    """Whether *line* is the heading of a group of rows (``二、社区居家养老``, ``（一）机构养老``): an item's mark, then
    words without numbers."""
    mark = _ITEM_MARK.match(line)
    return mark is not None and mark.end() < len(line) and not any(ch.isdigit() for ch in line[mark.end():])


#: a table's header (or the line above its rows) that says it lists some of the kinds only (主要分类, 主要指标,
#: 主要有以下几类：, 其中较多的是)
_SOME_KINDS_HEADER = LazyRegex(r"^[ \t\u3000|｜]*主要|" + SOME_LISTED)


def _table_total(view: TextView, norm: str, index: _SentenceIndex, line_start: int):
    """The relations of a total line at *line_start* and the rows above it (see the module)."""
    table = _table_rows(view, norm, index, line_start)
    if table is None:
        return []
    header, cells, totals = table
    first_row = norm.rfind("\n", 0, min(cells[0][1][0].clean_start, totals[0].clean_start)) + 1
    if _SOME_KINDS_HEADER.search(header) is not None or \
            (first_row and _SOME_KINDS_HEADER.search(_line_before(norm, first_row)) is not None):
        return []  # (主要分类  数量⏎全部合计  8,748⏎药品  3,439…; 主要有以下几类：⏎…⏎上述各项合计…: some of the kinds)
    width = len(totals)
    if any(len(numbers) < width for _, numbers in cells):
        return []
    names = _CELLS.split(header.strip(" \t\u3000|｜\r")) if header else []
    if names and _PERCENT_HEADER.search(names[-1]) and all(len(numbers) == width + 1 for _, numbers in cells):
        # 类别⇥数量（起）⇥占比（%）…合计⇥6654: the total's share cell left empty, its figures line up with the others
        cells = [(line, numbers[:-1]) for line, numbers in cells]
        names = names[:-1]
    out = []
    for column in range(width):  # (a row's cells are counted from its right: it may start with an index)
        if len(names) > width and _NOT_ADDITIVE.search(names[len(names) - width + column]):
            continue  # 区县｜产值（亿元）｜增长（%）: growths, rates and averages of the rows do not add up
        groups: list[Quantity] = []
        group: list[Quantity] = []
        subtotals = []
        for line, numbers in cells:
            if _part_of_row_above(line):
                continue  # a part of the row above
            value = numbers[len(numbers) - width + column]
            if "小计" in line.replace(" ", "").replace("\u3000", ""):
                subtotals.append((value, group))
                groups.append(value)
                group = []
            else:
                group.append(value)
        if subtotals:
            if group:
                continue  # (rows after the last subtotal: no telling how the total reads them)
            out.extend((sub, parts, "table-total") for sub, parts in subtotals if len(parts) >= 2)
            if len(groups) >= 2:
                out.append((totals[column], groups, "table-total"))
        elif len(group) >= 2:
            out.append((totals[column], group, "table-total"))
    return out


def _line_before(norm: str, line_start: int) -> str:
    """The line before the one starting at *line_start*, stripped (blank lines skipped)."""
    end = line_start - 1
    while end > 0:
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end].strip(" \t\u3000\r")
        if line:
            return line
        end = start - 1
    return ""


def _is_fragment(line: str) -> bool:
    """Whether *line* may be the first piece of a table's row broken across lines (``义务``, ``平渡镇 小``):
    short, without digits or punctuation.

    >>> [_is_fragment(t) for t in ("义务", "平渡镇 小", "类别 数量（人次）", "开展情况如下：")]
    [True, True, False, False]
    """
    return len(line) <= 8 and not any(ch.isdigit() or ch in "，。；;：:,（()）" for ch in line)


def _part_of_row_above(line: str) -> bool:
    """Whether a table's *line* is a part of the row above it (``其中：在线立案  637``, indented or not): left out of
    the table's sums and shares.

    >>> _part_of_row_above("  其中：在线立案  637"), _part_of_row_above("涉嫌诈骗犯罪  1545")
    (True, False)
    """
    return line.lstrip(" \t\u3000").startswith("其中")


def _ends_in_number(line: str) -> bool:
    """Whether *line* (stripped) reads as a row: it ends with a number, or a number and a short unit (``59人次``,
    ``245人；``), and holds no punctuation of prose before its end (a sentence is no row).

    >>> [_ends_in_number(t) for t in ("乙 30", "1.电工 67人次", "2. 困难人员：938人；", "投资12亿元，增长5%。",
    ...                               "项目 数量", "国道：2,163公里", "（2）零售药店，417家。")]
    [True, True, True, False, False, True, True]
    """
    body = line.rstrip("。；;，,|｜ \t\u3000")
    if not any(ch.isdigit() for ch in body[-5:]):
        return False
    if "," in body or "，" in body:
        body = _THOUSANDS.sub("", body)  # (2,163 or 2，163: a number's thousands, no prose)
    if not any(mark in body for mark in "，。；;,"):
        return True
    return _NAME_COMMA_FIGURE.fullmatch(body) is not None  # (（2）定点零售药店，417家: a name, a comma, its figure)


#: a row's name, a comma, then its figure and unit, no other punctuation (（2）定点零售药店，417家)
_NAME_COMMA_FIGURE = LazyRegex(r"(?:[（(]?[0-9]{1,2}[)）.．、])?[^，,。；;0-9]{1,20}[，,]"
                               r"[0-9][0-9.]*[^\s0-9，,。；;]{0,4}")


#: a header whose columns after the first are years (项目｜2021年｜2022年, 规模  2022年  2023年)
_YEARS_HEADER = LazyRegex(r"[^|｜\t0-9]{1,20}?(?:(?:[ \t\u3000]*[|｜\t][ \t\u3000]*|[ \u3000]{2,})"
                          r"(?:19|20)[0-9]{2}年?度?(?:[（(][^）)]{1,8}[）)])?){2,}[|｜ \t\u3000]*"
                          # (the cleaned text drops the spaces before a digit: 类别…2019年 reads 类别2018年2019年)
                          r"|[^|｜\t0-9]{1,20}?(?:(?:19|20)[0-9]{2}年度?(?:[（(][^）)]{1,8}[）)])?[ \t\u3000]*){2,}")
#: a comma between a number's thousands
_THOUSANDS = LazyRegex(r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))")


def _numbered_items(view: TextView, norm: str, index: _SentenceIndex, line_start: int, at: int):
    """The whole before 如下： (at *at*) at the end of the line at *line_start* and the numbered items of the
    lines after it (see the module)."""
    end = _line_end(norm, line_start)
    opens = _OPENS_ITEMS.match(norm, max(line_start, at - 2), end)
    if opens is None:
        opens = _OPENS_ITEMS.match(norm, at, end) or _COLON_OPENS.match(norm, at, end)
    if opens is None:
        return []
    clause = after_last(norm, "。；;！？!?", line_start, opens.start())  # (the whole stands in the last clauses)
    stop = opens.start()
    opening = norm[clause:stop].strip(" \t\u3000，,")
    if clause > line_start and norm[clause - 1] == "。" and (
            opening in _BEFORE_OPENS or _BY_KIND.fullmatch(opening) is not None):
        # 检查寄递企业网点1561个。明细如下：: the whole ends the sentence before the opener
        stop = clause - 1
        clause = after_last(norm, "。；;！？!?", line_start, stop)
    index.enter(clause, end)
    wholes = [q for m in _QUANTITY.finditer(norm, clause, stop)
              if (q := _quantity(norm, m, view, index)) is not None]
    between = norm[wholes[-1].clean_end:opens.start()].strip(" \t\u3000，,") if wholes else ""
    including = between in _INCLUDING  # (问题金额1334.97万元，主要包括：⏎一是…: some of the whole's parts)
    if wholes and between in ("）", ")") and _bracketed_total(norm, clause, wholes[-1].clean_end):
        between = ""  # 转办量前六位的单位（合计25,283件）：⏎1.人社局 5,935件…: the total of the items named in brackets
    if not wholes or (between not in _BEFORE_OPENS and _EACH_UNITS.fullmatch(between) is None and
                      _BY_KIND.fullmatch(between) is None and not including and
                      norm[wholes[-1].clean_end:stop].strip(" \t\u3000") != ""):
        return []
    whole = wholes[-1]
    parts = []
    at = end + 1
    # (items without numbers, after 如下： only: each after a dash, or a name and a tab or a colon before its figure)
    shape = _unmarked_item_shape(norm, at, _line_end(norm, at)) if "如下" in opens.group() or \
        norm[max(line_start, opens.start() - 4):opens.start()] in ("构成情况", "分类情况") else None
    while at < len(norm) and len(parts) < MAX_ROWS:
        item_end = _line_end(norm, at)
        mark = _ITEM_MARK.match(norm, at, item_end)
        if mark is None and shape is not None:
            mark = _UNMARKED_ITEM[shape].match(norm, at, item_end)
        if mark is None:
            break
        part = _item_quantity(view, norm, index, mark.end(), item_end)
        if part is None:
            return []  # an item that says more than its one number: not a plain list
        parts.append(part)
        at = item_end + 1
    if shape is not None and at < len(norm) and any(ch.isdigit() for ch in norm[at:_line_end(norm, at)]):
        return []  # (an unmarked list whose next line holds a figure too: where it ends is not clear)
    return [(whole, parts, "numbered-items-included" if including else "numbered-items")] if len(parts) >= 2 else []


#: the name of an unmarked item: a few words, no total's (合计, 总数, 共有: 党总支 is a name)
_ITEM_NAME = r"(?:(?!合计|总计|共计|总数|总量|总额|共有|共计|合共)[^\s0-9，。；;、：:（(]){1,16}"
#: items of a list under 如下： written without numbers: after a dash (－抢劫抢夺案件：335起), or a name, then a tab
#: or a colon before the figure (突发严重困难户⇥252户, 脱贫不稳定户：628户); what each matches is the item's mark
_UNMARKED_ITEM = {
    "dash": LazyRegex(r"[ \t\u3000]*[－\-—–·•●▪◆][ \t\u3000]*(?=[^\s0-9])"),
    "tab": LazyRegex(r"[ \t\u3000]*(?=[^\s0-9，。；;、：:（(]{1,16}\t[ \t]*[0-9])"),
    "colon": LazyRegex(r"[ \t\u3000]*(?=" + _ITEM_NAME + r"[：:][ \t\u3000]*[0-9])"),
    # (or nothing but a space, which the cleaned text drops: 邮政网点 884个, the line no more than the name and its
    # figure)
    "figure": LazyRegex(r"[ \t\u3000]*(?=" + _ITEM_NAME + r"[ \u3000]*[0-9][0-9,.]*"
                        r"[^\s0-9，。；;、]{0,4}[。；;]?[ \t\u3000\r]*(?:\n|$))"),
}


def _unmarked_item_shape(norm: str, start: int, end: int) -> str | None:
    """How the first item of a list under 如下： is written when it has no number (:data:`_UNMARKED_ITEM`), or
    ``None``."""
    if _ITEM_MARK.match(norm, start, end) is not None:
        return None
    return next((shape for shape, pattern in _UNMARKED_ITEM.items() if pattern.match(norm, start, end)), None)


def _item_quantity(view: TextView, norm: str, index: _SentenceIndex, start: int, end: int,
                   bare: bool = False) -> Quantity | None:
    """The one quantity of an item's line ``norm[start:end]`` (after its mark), or ``None`` when the line holds none,
    several, or more words after it than a mark of the list's end. With *bare*, a number without a unit is one too
    (a field's value: 4月：5441)."""
    index.enter(start, end)
    found = [q for m in _QUANTITY.finditer(norm, start, end)
             if (q := _quantity(norm, m, view, index, bare)) is not None]
    if len(found) != 1 or norm[found[0].clean_end:end].strip(" \t\u3000。；;，,\r"):
        return None
    return found[0]


#: a line of a label, a colon and one figure (第一剂次:46502剂次, ⇥建议：495件), as a form or a flattened table gives
#: (a label may open with a service's number, 12345转办：29件, or a month's, 4月：5441; the first may open with 其中：)
_LABELLED = (r"[ \t\u3000]*(?:其中[：:][ \t\u3000]*)?(?:[0-9]{3,6}(?=[\u4e00-\u9fff])|[0-9]{1,2}(?=月|季度))?"
             # (a short word in brackets inside the label: 村（居）调解委员会：213个)
             r"[^\s：:0-9０-９，。；;、（(]{1,16}(?:[（(][\u4e00-\u9fff]{1,3}[)）][^\s：:0-9０-９，。；;、（(]{0,12})?"
             r"[：:][ \t\u3000]*[0-9０-９]")
#: a figure and its unit from a colon to the line's end (缴存额：97.75亿元), and the label before such a colon: a few
#: words, a heading in 【】 first maybe
_FIGURE_TO_LINE_END = LazyRegex(r"[ \t\u3000]*[0-9０-９][0-9０-９,.，]*(?P<unit>[^\s0-9０-９，。；;、：:]{1,5})"
                                r"[ \t\u3000\r]*(?=\n)")
_LABEL_BEFORE_COLON = LazyRegex(r"[ \t\u3000]*(?:【[^】\n]{1,20}】)?[^\s：:0-9，。；;、]{2,16}")
#: the first of labelled lines that opens with 其中 (其中：乡道：191.4公里): the line above holds their whole
_QIZHONG_FIELD = LazyRegex(r"[ \t\u3000]*其中[：:][ \t\u3000]*[^\s：:0-9]")
_LABELLED_LINE = LazyRegex(_LABELLED)
#: … two of them in a row, found from the first one's colon (one pattern a colon, a literal first: colons are far
#: rarer than line breaks)
_LABELLED_PAIRS = tuple(LazyRegex(colon + r"[ \t\u3000]*[0-9０-９][^\n]*(?=\n" + _LABELLED + ")") for colon in "：:")
#: a line of a name, its figure and at most a unit, to the line's end (农村党员571名；)
_FIGURE_LINE = LazyRegex(r"[ \t\u3000]*[^\s0-9０-９，。；;、：:（(]{1,16}[0-9０-９][0-9,.０-９ \u2009]*"
                         r"[^\s0-9０-９，。；;、：:]{0,4}[；;。，,]?[ \t\u3000\r]*(?=\n|$)")
#: a labelled line whose figure is a date or a time (填报日期：2024年3月25日, 会议时间：9:30)
_DATED_LINE = LazyRegex(r"[ \t\u3000]*[^\s：:]{0,12}(?:日期|时间)[：:]|[ \t\u3000]*[^\s：:]{1,16}[：:][ \t\u3000]*"
                        r"(?:19|20)[0-9]{2}(?:年|[-/.][0-9]{1,2}[-/.])")
#: a label that names its figure as the total of the labelled lines under it (接种总数:132049剂次)
_TOTAL_LABEL = LazyRegex(r"[ \t\u3000]*[^\s：:]{0,12}(?:总数|总计|合计|共计|总量|总额)[：:]")


#: the words of a total field's label, right before its colon (总量：239个)
_TOTAL_FIELD_WORDS = ("总数", "总计", "合计", "共计", "总量", "总额")
#: one field of a line of fields apart by ；(:data:`auditor.textview.FIELDS_ROW`: 新建基站总量：239个；乡镇：69个；…)
_ONE_FIELD = LazyRegex(ONE_FIELD)


def field_line_sums(view: TextView, norm: str) -> list[tuple[Quantity, list[Quantity], str]]:
    """``(whole, parts, construction)`` of every form written on one line, fields apart by ；
    (:func:`_line_of_fields`); a text may be that one line."""
    if ":" not in norm and "：" not in norm:
        return []
    out = []
    index = None
    for line_start in _field_line_starts(norm):
        index = index or _SentenceIndex(norm)
        out.extend(_line_of_fields(view, norm, index, line_start))
    return out


def _field_line_starts(norm: str) -> list[int]:
    """The starts of the lines that hold a total field (a colon after :data:`_TOTAL_FIELD_WORDS`) and some ；."""
    starts: list[int] = []
    for colon in "：:":
        for at in find_all(norm, colon):
            if norm[at - 2:at] in _TOTAL_FIELD_WORDS:
                line_start = norm.rfind("\n", 0, at) + 1
                if line_start not in starts and (norm.find("；", line_start, _line_end(norm, line_start)) != -1 or
                                                 norm.find(";", line_start, _line_end(norm, line_start)) != -1):
                    starts.append(line_start)
    return sorted(starts)


def _line_of_fields(view: TextView, norm: str, index: _SentenceIndex, line_start: int):
    """The total and its parts of a form written on one line, fields apart by ；: the total field (its label ends
    with 总量, 合计 …) first or last, the others its parts, all in one unit.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> view, norm, _ = document_quantities(Document("a", "预警信号总量：227次；寒潮：31次；大风：35次；雷电：161次"))
    >>> [(int(w.value), [int(p.value) for p in ps]) for w, ps, _ in field_line_sums(view, norm)]
    [(227, [31, 35, 161])]
    """
    end = _line_end(norm, line_start)
    if FIELDS_ROW.fullmatch(norm, line_start, end) is None:
        return []
    fields = list(_ONE_FIELD.finditer(norm, line_start, end))
    if len(fields) < 3:
        return []  # (a total and one field: no sum to check)
    totals = [k for k, f in enumerate(fields) if norm[f.start():f.end()].split("：")[0].split(":")[0].endswith(
        _TOTAL_FIELD_WORDS)]
    if len(totals) != 1 or totals[0] not in (0, len(fields) - 1):
        return []
    values = []
    for f in fields:
        colon = min(k for k in (norm.find("：", f.start(), f.end()), norm.find(":", f.start(), f.end())) if k != -1)
        q = _item_quantity(view, norm, index, colon + 1, f.end())
        if q is None or q.qualifier:
            return []
        values.append(q)
    whole = values.pop(totals[0])
    if any(q.unit != whole.unit for q in values):
        return []
    running = 0
    for q in values[:-1]:
        running += q.value
        if running == whole.value:
            return []  # (职工总数：120人；男：60人；女：60人；党员：30人: one breakdown, then another kind)
    return [(whole, values, "bullet-list")]


def _labelled_runs(norm: str) -> dict[int, list[int]]:
    """``head line start → the starts of the labelled lines under it``: two lines or more in a row of a label, a
    colon and a figure (:data:`_LABELLED_LINE`), under a line that is none (or is their total, or ``其中：``)."""
    runs: dict[int, list[int]] = {}
    reached = 0
    colons = {colon: list(find_all(norm, colon)) for colon in "：:" if colon in norm}
    pairs = sorted(m.start() for pattern, colon in zip(_LABELLED_PAIRS, "：:", strict=True) if colon in colons
                   for m in matches_at(pattern.match, norm, colons[colon]))  # (tried at each colon)
    for at in pairs:
        first = norm.rfind("\n", 0, at) + 1
        if first == 0 or _TOTAL_LABEL.match(norm, first) is not None:
            first = _line_end(norm, first) + 1  # (the text's first line, or a total's: the head of the lines after it)
        if first < reached or _LABELLED_LINE.match(norm, first) is None:
            continue
        run = []
        at = first
        while at < len(norm) and len(run) < MAX_ROWS and _LABELLED_LINE.match(norm, at) and \
                _DATED_LINE.match(norm, at) is None:  # (填报日期：2024年3月25日 ends the figures: a form's date)
            run.append(at)
            at = _line_end(norm, at) + 1
        reached = at
        if not run:
            continue  # (投标截止时间：2019年…: a date first, no figures)
        opened = next((k for k in range(1, len(run)) if _QIZHONG_FIELD.match(norm, run[k]) is not None), None)
        if opened is not None:  # 安置退役军人：114名⏎其中：安排工作：106名⏎退休：12名: the field above 其中 their whole
            runs[run[opened - 1]] = run[opened:]
            continue
        head = norm.rfind("\n", 0, first - 1) + 1
        if _TOTAL_LABEL.match(norm, head) is None and _LABELLED_LINE.match(norm, head) is not None and \
                _QIZHONG_FIELD.match(norm, first) is None and \
                not (norm[first:first + 1] in " \t\u3000" and norm[head:head + 1] not in " \t\u3000"):
            # (其中：乡道：…: the line above is their whole's; so is a line the labelled lines are indented under,
            # 拆违面积：151279平方米⏎  华清县：28994平方米⏎  …)
            if head == 0 and _TOTAL_LABEL.match(norm, run[-1]) is not None:
                runs[head] = [head, *run]  # (the text opens with the fields, their total the last: see _labelled_items)
            continue  # (the line above is one more labelled line, not theirs: the run began before the pair)
        runs[head] = run
    # 缴存额：97.75亿元⏎机关事业单位41.68亿元⏎国有企业22.61亿元…: a field's figure to its line's end, then lines of a
    # name and a figure, no colon, under it (the field's figure their whole)
    for found in colons.values():
        for k in found:
            figure = _FIGURE_TO_LINE_END.match(norm, k + 1)
            if figure is None:
                continue
            head = norm.rfind("\n", 0, k) + 1
            line = figure.end() + 1
            if head in runs or _LABEL_BEFORE_COLON.fullmatch(norm, head, k) is None:
                continue
            run = []
            while line < len(norm) and len(run) < MAX_ROWS and _FIGURE_LINE.match(norm, line) and \
                    not norm[line:_line_end(norm, line)].rstrip(" \t\u3000\r").endswith("。"):
                run.append(line)  # (全年召开…会议3次。: a sentence after the lines, no part)
                line = _line_end(norm, line) + 1
            after = norm[line:_line_end(norm, line)].rstrip(" \t\u3000\r") if line < len(norm) else ""
            unclear = has_numbers(after) and (not after.endswith("。") or figure.group("unit") in after)
            if len(run) >= 2 and not unclear:
                # (a figure on the line after them, no sentence, or one of their unit: where the list ends is not
                # clear; 咨询16,896件全年召开…12次。 may be a last row run into the prose after it)
                runs[head] = run
    # 其中：⏎农村党员571名；⏎机关事业单位党员655名；…: a figure a line, no colon (其中 and a line break at a colon seen)
    openers = sorted(k - 2 for found in colons.values() for k in found
                     if norm[k + 1:k + 2] == "\n" and norm.startswith("其中", k - 2))
    for at in openers:
        head = norm.rfind("\n", 0, at) + 1
        if head in runs or norm[head:at].strip(" \t\u3000"):
            continue
        run = []
        line = at + 4  # (after 其中：⏎)
        while line < len(norm) and len(run) < MAX_ROWS and _FIGURE_LINE.match(norm, line):
            run.append(line)
            line = _line_end(norm, line) + 1
        if len(run) >= 2:
            runs[head] = run
    return runs


def _labelled_items(view: TextView, norm: str, index: _SentenceIndex, head: int, lines: list[int]):
    """The whole at the end of the line at *head* (or of the line above a line ``其中：``) and the labelled lines under
    it, one quantity each (``接种总数:132049剂次⏎其中:⏎⇥第一剂次:46502剂次⏎⇥第二剂次:…``): every part named after the
    total's own label or a colon, some of them after 其中."""
    if len(lines) >= 3 and _TOTAL_LABEL.match(norm, lines[-1]) is not None and \
            not any(_TOTAL_LABEL.match(norm, at) for at in lines[:-1]) and (
                head == lines[0] or not has_numbers(norm[head:lines[0]])):
        # 网络平台募集:5,978万元⏎社会组织捐赠:7,841万元⏎…⏎接收社会捐赠款物总量:20,032万元: the total the last field
        # (under a line without figures: one with a figure may hold the first of the parts, 统计——耕地补贴：88万元)
        items = []
        for start in lines:
            item_end = _line_end(norm, start)
            colon = min(k for k in (norm.find("：", start, item_end), norm.find(":", start, item_end)) if k != -1)
            item = _item_quantity(view, norm, index, colon + 1, item_end, bare=True)
            if item is None:
                return []
            items.append(item)
        return [(items[-1], items[:-1], "bullet-list")]
    some = norm[head:lines[0] - 1].strip(" \t\u3000\r") in ("其中：", "其中:", "其中")
    if head != lines[0] and _QIZHONG_FIELD.match(norm, lines[0]) is not None:
        some = True  # 完成公路养护：1030.9公里⏎其中：乡道：191.4公里⏎村道：794.0公里
    elif some:
        if head == 0:
            return []
        head = norm.rfind("\n", 0, head - 1) + 1
    end = _line_end(norm, head)
    tail = len(norm[head:end].rstrip(" \t\u3000\r：:。")) + head
    if norm.endswith("其中", head, tail):  # (接种总数:132049剂次其中: as a wrapped line was joined)
        some = True
        tail = len(norm[head:tail - 2].rstrip(" \t\u3000，,")) + head
    bracketed = -1
    if norm[tail - 1:tail] in ("）", ")"):  # 排查隐患情况（总数976处）：: the total named in brackets after the heading
        opening = max(norm.rfind("（", head, tail), norm.rfind("(", head, tail))
        if opening != -1 and _BRACKETED_TOTAL.fullmatch(norm, opening + 1, tail - 1) is not None:
            bracketed, tail = opening + 1, tail - 1
    clause = max(after_last(norm, "。；;！？!?，：:", head, tail), bracketed)
    index.enter(clause, tail)
    wholes = [q for m in _QUANTITY.finditer(norm, clause, tail) if (q := _quantity(norm, m, view, index)) is not None]
    if len(wholes) != 1 or wholes[0].clean_end != tail:
        return []
    # (缴存额：97.75亿元⏎机关事业单位41.68亿元…: a field's figure over lines of figures without colons, their whole)
    first_line = norm[lines[0]:_line_end(norm, lines[0])]
    # (or over labelled lines indented under it: 拆违面积：151279平方米⏎  华清县：28994平方米⏎  …)
    indented = norm[lines[0]:lines[0] + 1] in " \t\u3000" and norm[head:head + 1] not in " \t\u3000"
    field = _LABEL_BEFORE_COLON.fullmatch(norm, head, clause - 1) is not None and \
        norm[clause - 1:clause] in ("：", ":") and (("：" not in first_line and ":" not in first_line) or indented)
    if not some and _TOTAL_LABEL.match(norm, head) is None and bracketed == -1 and not field and \
            not norm[tail:end].strip(" \t\u3000\r").startswith(("：", ":")):
        return []  # (a figure on the line above, not named as their total nor opening them with a colon)
    parts = []
    for start in lines:
        item_end = _line_end(norm, start)
        colon = min((k for k in (norm.find("：", start, item_end), norm.find(":", start, item_end)) if k != -1),
                    default=start - 1)  # (a line of a name and its figure, no colon: 农村党员571名；)
        part = _item_quantity(view, norm, index, colon + 1, item_end)
        if part is None:
            return []
        parts.append(part)
    return [(wholes[0], parts, "bullet-items" if some else "bullet-list")]


#: a total in brackets after a heading, named by a sum word (（总数976处）, （合计25,283件）)
_BRACKETED_TOTAL = LazyRegex(r"(?:总数|合计|共计|总计|总量|共)[为是：:]?[ \t\u3000]*[0-9０-９](?:[,，]?[0-9０-９])*"
                             r"[^（()）：:，,]{0,16}")


def _bracketed_total(norm: str, start: int, end: int) -> bool:
    """Whether the figure ending at *end* closes a bracket that names it the total (``（合计25,283件）``), the
    bracket opening at or after *start*."""
    opening = max(norm.rfind("（", start, end), norm.rfind("(", start, end))
    return opening != -1 and _BRACKETED_TOTAL.fullmatch(norm, opening + 1, end) is not None


#: a bullet at the start of a line (■ 政协提案：4675件, · 小微企业：199家次, - 低保户：1006户)
_BULLET = LazyRegex(r"[■●◆◇□○•·▪▶►★☆][ \t\u3000]*|[-*][ \t\u3000]+|——[ \t\u3000]*")  # (——鸣正市：7,078人；)
_BULLET_CHARS = "■●◆◇□○•·▪▶►★☆-*—"
#: what may end the line of the whole before its bullets, after the whole (：, 其中：, 分类情况：, 具体如下：,
#: 按类别统计如下：)
_HEAD_END = LazyRegex(r"[ \t\u3000]*(?:[，,。][ \t\u3000]*)?"
                      r"(?:其中|具体|分别|分类|主要|按(?:类别|类型|来源|学历|性别|渠道)统计)?"
                      r"(?:情况|构成)?(?:如下|为|是|有)?[：:。]?[ \t\u3000\r]*$")


def _bullet_runs(norm: str) -> dict[int, list[int]]:
    """``head line start → the starts of the bullet lines under it``: two bullet lines or more in a row, after a
    line that is none."""
    # (each bullet found alone, a fast search for one character, then kept where a line starts)
    starts = sorted(at for ch in _BULLET_CHARS if ch != "—" and ch in norm for at in find_all(norm, ch)
                    if norm[at - 1:at] == "\n")
    if "—" in norm:  # (a dash is everywhere in reports: ——, each line's, found with its line break)
        starts = sorted(starts + [at + 1 for at in find_all(norm, "\n——")])
    runs: dict[int, list[int]] = {}
    run: list[int] = []
    for at in [*starts, -1]:
        if run and at == _line_end(norm, run[-1]) + 1 and _BULLET.match(norm, at):
            run.append(at)
            continue
        if len(run) >= 2 and run[0] >= 1:
            head = norm.rfind("\n", 0, run[0] - 1) + 1
            if not _BULLET.match(norm, head):
                runs[head] = run
        run = [at] if at != -1 and _BULLET.match(norm, at) else []
    return runs


def _bullet_items(view: TextView, norm: str, index: _SentenceIndex, head: int, lines: list[int]):
    """The whole at the end of the line at *head* and the bullet lines under it, one quantity each: a breakdown
    that may name only some parts (``【数据快报】办理建议和提案710件⏎■ 建议：495件⏎■ 提案：215件``)."""
    end = lines[0] - 1
    ending = _HEAD_END.search(norm, head, end)
    tail = ending.start() if ending is not None else end
    if tail == head or not norm[tail - 1:tail].strip():
        return []
    if norm[tail - 1:tail] in ("）", ")") and _BRACKETED_WHOLE.search(norm, head, tail) is not None:
        tail -= 1  # (环境行政处罚案件（636件）: the whole in brackets after its name)
    clause = after_last(norm, "。；;！？!?，（(", head, tail)  # (not ",": 1,200)
    index.enter(clause, tail)
    wholes = [q for m in _QUANTITY.finditer(norm, clause, tail) if (q := _quantity(norm, m, view, index)) is not None]
    if not wholes or wholes[-1].clean_end != tail:
        return []
    parts = []
    for start in lines[:MAX_ROWS]:
        item_end = _line_end(norm, start)
        part = _item_quantity(view, norm, index, _BULLET.match(norm, start, item_end).end(), item_end)
        if part is None:
            return []  # an item that says more than its one number: not a plain list
        parts.append(part)
    # (a colon right after the whole, or after 分类情况, names the list as the whole's breakdown: 宣传活动533场：⏎· …)
    words = ending.group() if ending is not None else ""
    colon = ("：" in words or ":" in words) and "其中" not in words and "主要" not in words  # (其中： names some)
    return [(wholes[-1], parts, "bullet-list" if colon else "bullet-items")]


#: a whole alone in brackets after its name, at the end of a line (案件（636件）, 低保金支出（15964.0万元）)
_BRACKETED_WHOLE = LazyRegex(r"[\u4e00-\u9fff][（(][0-9０-９][0-9０-９,，.．]*[^\s0-9（()）]{0,4}[）)]$")
#: a heading of a report's part (六、, 五、) whose line ends with a quantity, in brackets or not
_HEADING_TOTAL = LazyRegex(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^\n]{1,40}?[0-9][0-9,.]*"
                           r"[^\s0-9,，。；;、）)]{0,4}[）)]?[ \t\u3000\r]*$")
#: … and a sub-heading's (（三）民生实事项目资金4627万元)
_SUBHEADING_TOTAL = LazyRegex(r"[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)][^\n]{1,40}?[0-9][0-9,.]*"
                              r"[^\s0-9,，。；;、）)]{0,4}[）)]?[ \t\u3000\r]*$")


def _heading_lines(norm: str) -> list[int]:
    """The starts of the lines that may head numbered items with a quantity of their own: a line of a part's heading
    ending with a quantity (``五、争取上级补助资金67,208.1万元``, ``六、…支出情况（451753.17万元）``), then a line
    starting with ``（一）``."""
    out = []
    for at in find_all(norm, "（一）"):
        if at == 0 or norm[at - 1] != "\n":
            continue
        head = norm.rfind("\n", 0, at - 1) + 1
        if _HEADING_TOTAL.match(norm, head, at - 1) is not None:
            out.append(head)
    # (a sub-heading's total and the items numbered 1. 2. under it: （三）民生实事项目资金4627万元⏎1.…1375万元；⏎2.…)
    for m in _FIRST_ITEM_LINE.finditer(norm):  # (one search: a line break is met every few dozen characters)
        at = m.start()
        head = norm.rfind("\n", 0, at) + 1
        if _SUBHEADING_TOTAL.match(norm, head, at) is not None:
            out.append(head)
    return sorted(set(out))


#: a line that starts with an item numbered 1 (1. 1．1、)
_FIRST_ITEM_LINE = LazyRegex("\n1[.．、]")


def _heading_items(view: TextView, norm: str, index: _SentenceIndex, head: int):
    """The quantity that ends a part's heading and the numbered items under it, one quantity each: a breakdown that
    may name only the main items (``五、争取上级补助资金67,208.1万元⏎（一）中央资金32,446.7万元⏎（二）…``)."""
    end = _line_end(norm, head)
    index.enter(head, end)
    wholes = [q for m in _QUANTITY.finditer(norm, head, end) if (q := _quantity(norm, m, view, index)) is not None]
    if not wholes or norm[wholes[-1].clean_end:end].strip(" \t\u3000\r）)"):
        return []
    sub = norm[head:end].lstrip(" \t\u3000").startswith(("（", "("))  # (a sub-heading: its items numbered 1. 2.)
    parts = []
    at = end + 1
    while at < len(norm) and len(parts) < MAX_ROWS:
        item_end = _line_end(norm, at)
        mark = _ITEM_MARK.match(norm, at, item_end)
        if mark is None or norm[at:mark.end()].strip().startswith(("（", "(")) == sub:
            break  # (（一） under 五、; 1. under （三）)
        part = _item_quantity(view, norm, index, mark.end(), item_end)
        if part is None:
            return []
        parts.append(part)
        at = item_end + 1
    return [(wholes[-1], parts, "heading-items")] if len(parts) >= 2 else []
