"""A total after its parts, one part a sentence (TO001).

A report may give each part of a whole in a sentence (or a line) of its own, then sum them up in a sentence that
opens with 以上, 上述 or 综上: ``公交完成483.1万人次。地铁完成378.0万人次。轮渡完成87.7万人次。以上合计948.8万人次。``
The parts are the figures of the sentences right before the total's, one figure of the total's unit each, nearest
first; the run of them ends at a sentence without such a figure (or with two), at a heading, at a blank line, or at a
sentence that states a total of its own (``共获得专利授权434件。``: the whole stated first, restated at the end).

Which of those figures the total sums up:

* as many as it counts (``以上三个乡镇合计…``: the nearest three);
* else the nearest ones that make it exactly (the sentences before them are context);
* else, after a whole stated first, or under 以上/上述/综上 when the run starts where a list can (after a heading, a
  blank line, a sentence of other figures or none), all of them; else all of them when they come within a fifth of
  the total, or
  when a known slip (:mod:`auditor.diagnosis`: two digits swapped, a part counted twice …) tells them from it;
  never a sum far from it for no reason (figures of the same unit that are no parts).

A whole stated first is held to the parts as well (``共接待来访414批次。…以上合计411批次。``: one of the two is
wrong). Nothing approximate (约, 余, 近) is read, on either side.

>>> from auditor.document import Document
>>> text = "甲镇完成改厕150户。乙镇完成342户。丙镇完成29户。以上三个乡镇合计完成551户。"
>>> [(int(r.whole.value), [int(p.value) for p in r.parts], r.count)
...  for r in document_sentence_sums(Document("a", text))]
[(551, [150, 342, 29], 3)]
"""

from __future__ import annotations

from auditor.cues import words_in
from auditor.lazyregex import LazyRegex
from auditor.quantities import (
    SOME_LISTED,
    SUMMING_OPENINGS,
    Quantity,
    document_quantities,
    parse_chinese_number,
    parse_range,
)
from auditor.scan import find_all

#: the words that open a sentence summing up what was said above (以上合计…: found by the quantities' scan; 综上), and
#: those that sum up a view of it (总体看，…累计…), words of :data:`auditor.cues.WORDS`
_OTHER_HEADS = ("综上",)
_VIEW_HEADS = ("总体看", "总的来看", "汇总来看", "总体来看", "综合来看")
#: 各项 and a sum word, opening a total's sentence (各项共计…: every item above)
_EACH_SUMMED = LazyRegex(r"各项(?=共|合计|累计|总计)")
#: the rest of the opening, then the words before the sum word: a count of the items (以上三个乡镇), their kind
_OPENING = LazyRegex(r"(?:以上|上述|综上(?:所述)?[，,]?|汇总以上[，,]|(?:以上)?各项(?=合计|共计|总计|累计|共)"
                     r"|(?:总体看|总的来看|汇总来看|总体来看|综合来看)[，,]"
                     r"|(?P<year>全年|前三季度|上半年))"
                     r"(?P<scope>(?:(?:19|20)[0-9]{2}年度?)?[^，,。；;！？!?\n0-9]{0,12}?)"
                     r"(?:(?P<n>[二两三四五六七八九十]|[2-9]|1[0-9])(?:个|项|家|类|所|条|座|处)?)?"
                     r"(?P<kind>[^，,。；;！？!?\n0-9]{0,12}?)(?:合计|共计|总计|累计|总共|一共|共|总数为|总数|总量为|总量|总额为|总额)")
#: 综上 and the total's name, then its figure, without a sum word (综上，营业收入27202万元)
_CONCLUSION = LazyRegex(r"综上(?:所述)?[，,](?P<year>(?!))?(?P<n>(?!))?"
                        r"[^，,。；;！？!?\n0-9零〇一二两三四五六七八九十]{0,12}?(?:为|是|达到|达|共)?(?=[0-9])")
#: a sentence or line that states a total of its own (共, 合计, 累计, 全年…总): the whole, stated first
_OWN_TOTAL = LazyRegex(r"共|合计|总计|累计|总数|总量|总额|全年|全部")
#: a sentence over the parts that says they are some of the kinds only (主要有以下几类：, 其中较多的是)
_SOME_KINDS = LazyRegex(SOME_LISTED)
#: the words before a figure that make it an estimate or a bound
_APPROXIMATE = ("约", "近", "余", "逾", "超过", "不足", "左右", "以上", "以下", "多")
#: a heading line (一、, （二）, 第三部分, 3.): the end of what the total may sum
_HEADING = LazyRegex(r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]"
                     r"|第[一二三四五六七八九十]+"
                     r"(?:部分|章|节)|[0-9]+[.、．](?![0-9]))")
#: the quarter a sentence names (一季度, 第二季度, 进入三季度后)
_QUARTER = LazyRegex(r"第?(?P<n>[一二三四])季度")
#: the periods that sum up their quarters, each a sentence before (全年: four, 前三季度: three, 上半年: two), and the
#: word each is looked for behind (全年 opens sentences everywhere: only where the fourth quarter is named)
_QUARTERS_OF = {"全年": 4, "前三季度": 3, "上半年": 2}
_PERIOD_GATES = {"全年": "四季度", "前三季度": "前三季度", "上半年": "上半年"}
#: how many sentences back the parts may stand, and how far (characters)
_MAX_PARTS = 12
_REACH = 1500
#: how far a sum of all the figures may fall from the total and still be read as a slip (a fifth)
_NEAR = 5


class SentenceSum:
    """``whole`` = the sum of ``parts``, one a sentence; ``count`` the number of items the text states (or ``None``)."""

    __slots__ = ("count", "parts", "whole")

    def __init__(self, whole: Quantity, parts: list[Quantity], count: int | None):
        self.whole, self.parts, self.count = whole, parts, count


def document_sentence_sums(doc) -> list[SentenceSum]:
    """The totals of parts one a sentence of *doc*, found once per document."""
    cached = doc.cache.get("sentence_sums")
    if cached is None:
        cached = []
        view, norm, _quantities = document_quantities(doc)  # (read by every numeric rule: computed already)
        # (以上/上述 and a sum word: found by the quantities' scan of the anchors, on the way)
        starts = list(doc.cache.get("summing_heads", ()))
        words = words_in(doc)  # (the words of the rarer readings, each looked for once: auditor.cues)
        heads = [head for head in (*_OTHER_HEADS, *_VIEW_HEADS) if head in words]
        for head, gate in _PERIOD_GATES.items():  # (全年… sums up the sentences of the four quarters only; 前三季度…
            if gate in words:  # the first three, 上半年… the first two)
                heads.append(head)
        for head in heads:
            # (the character before: a sentence's end or a space, for the few that open a sentence)
            starts.extend(at for at in find_all(norm, head) if not at or norm[at - 1] in _BEFORE_OPENING)
        if "各项" in words:  # (各项共计…: one search for the sum words after it; 各项工作 opens sentences everywhere)
            starts.extend(m.start() for m in _EACH_SUMMED.finditer(norm)
                          if not m.start() or norm[m.start() - 1] in _BEFORE_OPENING)
        for at in sorted(set(starts)):
            cached.extend(_sums_at(view, norm, at))
        if "计" in norm:  # (分类情况：⏎研究生学历4021人。⏎…⏎全年专任教师合计12209人。; 5A级景区3家。…A级景区共计82家。)
            taken = {id(r.whole) for r in cached}
            cached.extend(r for r in _opened_sums(view, norm, "情况：" in norm or "如下：" in norm)
                          if id(r.whole) not in taken)
        doc.cache["sentence_sums"] = cached
    return cached


#: what may stand right before a sentence's first word: the end of the one before, or white space
_BEFORE_OPENING = frozenset("。！？!?\n；; \t\u3000")


def _sentence_opens_at(norm: str, at: int) -> bool:
    """Whether a sentence (or a line) opens at *at*, white space before it passed over."""
    k = at
    while k > 0 and norm[k - 1] in " \t\u3000":
        k -= 1
    return k == 0 or norm[k - 1] in "。！？!?\n；;"


def _sums_at(view, norm: str, at: int) -> list[SentenceSum]:
    """The sums whose total's sentence opens with the head word at *at* (nothing, if it does not open one)."""
    if not _sentence_opens_at(norm, at):
        return []
    m = _OPENING.match(norm, at)
    if m is None and norm.startswith("综上", at):
        m = _CONCLUSION.match(norm, at)  # 综上，营业收入27202万元: the conclusion names no sum word
    quarters_summed = _QUARTERS_OF.get(m.group("year")) if m is not None else None
    last_quarter = f"{'一二三四'[quarters_summed - 1]}季度" if quarters_summed else ""
    if m is None or (quarters_summed and norm.find(last_quarter, max(0, at - _REACH), at) == -1):
        return []  # (全年… after no 四季度 sums up no quarters: not parsed)
    # (以上各项合计，全年发布预警信号426次: the sum word alone in its clause, the total in the next one)
    comma = norm[m.end():m.end() + 1] in ("，", ",")
    end = min((k for k in (norm.find(ch, m.end() + comma, m.end() + 200) for ch in "。！？!?\n；;，") if k != -1),
              default=min(len(norm), m.end() + 200))
    found = [q for q in parse_range(view, norm, m.end(), end) if q.clean_start >= m.end()]
    if not found or found[0].unit in ("%", "‰", "百分点", "") or found[0].qualifier or found[0].high is None or \
            len(norm[m.end():found[0].clean_start]) > (20 if comma else 14):
        return []  # (以上合计客运量1758.9万人次: the total's own name may stand between; 约/余: an estimate)
    total = found[0]
    count = None
    if m.group("n"):
        count = int(m.group("n")) if m.group("n").isdigit() else parse_chinese_number(m.group("n"))
    run = _parts_before(view, norm, at, total)
    parts, opening = run.parts, run.opening
    if len(parts) < 2:
        return []
    if quarters_summed:  # (全年累计… sums up the sentences of its four quarters only: 一季度…。二季度…。)
        n = quarters_summed
        quarters = [(q := _QUARTER.search(norm, a, p.clean_start)) is not None and q.group("n")
                    for a, p in zip(run.starts[-n:], parts[-n:], strict=True)]
        if len(parts) < n or quarters != list("一二三四"[:n]):
            return []
        parts, opening = parts[-n:], None
    # (以上/上述/综上 point at what was listed right above: a run that starts where the list can (after a heading, a
    # blank line, a sentence of other figures) is theirs, however far from the total its sum is)
    listed_above = m.group().startswith((*SUMMING_OPENINGS, "综上", "各项")) and run.bounded
    summed = _summed(parts, total, count, opening is not None or listed_above)
    if summed is None:
        return []
    out = [SentenceSum(total, summed, count)]
    if opening is not None and len(summed) == len(parts):
        # (共接待来访414批次。…以上合计411批次: both are held to the parts)
        out.append(SentenceSum(opening, summed, count))
    return out


#: a sentence that states a total by name, its sum word near its start (全年专任教师合计, 招生总计)
_NAMED_TOTAL = LazyRegex(r"[^，,。；;！？!?\n0-9]{0,16}?(?:合计|总计|共计)(?:为|是|达到|达)?(?=[0-9])")
#: the words that open a list in the sentence of its first part (按区域统计：, 按类型分：)
_OPENED_INLINE = LazyRegex(r"按[^，,。；;！？!?\n]{1,6}(?:统计|分)[：:]")
#: the end of a line that opens a list (分类情况：, 情况如下：)
_LIST_OPENED = LazyRegex(r"(?:情况|如下)[：:][ \t\u3000]*$")


def _opened_sums(view, norm: str, opened: bool = True) -> list[SentenceSum]:
    """Totals stated by name (``全年专任教师合计12209人``) after parts one a sentence that a line opening a list heads
    (``2019年专任教师分类情况：⏎研究生学历4021人。⏎本科学历7250人。⏎…``): the list the opener announced, all of it
    (*opened*: the text holds such a line). Or after parts one a sentence that each name one noun the total names too
    (``5A级景区3家。4A级景区22家。3A级景区57家。A级旅游景区共计82家。``), when they come near it or a known slip tells
    them from it, as :func:`_summed` reads a run that no opener bounds.

    >>> from auditor.document import Document
    >>> text = "专任教师分类情况：\\n研究生学历402人。\\n本科学历725人。\\n专任教师合计1127人。"
    >>> view, norm, _ = document_quantities(Document("a", text))
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in _opened_sums(view, norm)]
    [(1127, [402, 725])]
    """
    out = []
    for at in find_all(norm, "计"):
        if norm[at - 1:at] not in ("合", "总", "共"):
            continue  # (计划, 统计, 设计: most 计 of a report)
        head = max(norm.rfind(ch, max(0, at - 20), at) for ch in "。！？!?\n；;") + 1
        m = _NAMED_TOTAL.match(norm, head)
        if m is None or m.end() < at:
            continue
        end = min((k for k in (norm.find(ch, m.end()) for ch in "。！？!?\n；;，,") if k != -1), default=len(norm))
        found = [q for q in parse_range(view, norm, m.end(), end) if q.clean_start == m.end()]
        if not found or found[0].unit in ("%", "‰", "百分点", "") or found[0].qualifier or found[0].high is None:
            continue
        total = found[0]
        run = _parts_before(view, norm, head, total)
        if len(run.parts) < 2 or run.opening is not None:
            continue
        first = run.starts[0]
        line = norm.rfind("\n", 0, max(0, first - 1)) + 1
        if opened and norm[first - 1:first] == "\n" and _LIST_OPENED.search(norm, line, first - 1):
            out.append(SentenceSum(total, run.parts, None))  # (the run starts right under the line that opens the list)
            continue
        if _OPENED_INLINE.search(norm, first, run.parts[0].clean_start) is not None:
            out.append(SentenceSum(total, run.parts, None))  # (5G基站按区域统计：甲乡1386个。乙镇1043个。…全市合计…)
            continue
        noun = _shared_noun(run.parts)
        if noun is not None and noun in m.group() and (summed := _summed(run.parts, total, None, False)) is not None:
            out.append(SentenceSum(total, summed, None))
    return out


#: the words between a part's noun and its figure (4A级景区为22家, 男党员达到25946名)
_BEFORE_FIGURE = LazyRegex(r"(?:为|是|达到|达|有|实现|完成|共有)+$")


def _shared_noun(parts: list[Quantity]) -> str | None:
    """The last two characters of the noun that names every part, right before its figure (景区 of 5A级景区…,
    4A级景区为…), or ``None`` when they differ or are no Han characters.

    >>> from auditor.quantities import parse_quantities
    >>> _shared_noun(parse_quantities("5A级景区3家。4A级景区为22家"))
    '景区'
    >>> _shared_noun(parse_quantities("小学3所。初中5所")) is None
    True
    """
    nouns = {_BEFORE_FIGURE.sub("", p.label)[-2:] for p in parts}
    if len(nouns) != 1:
        return None
    noun = nouns.pop()
    return noun if len(noun) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in noun) else None


class _Run:
    """The figures of a total's unit, one a sentence, right before the total's sentence (in text order, *starts*:
    where each one's sentence starts), the whole stated first (*opening*), and whether the run starts where a list
    can (*bounded*: after a heading, a blank line, a sentence of other figures or none, the text's start, or the
    whole stated first), not where it was cut off (a sentence with two such figures, an estimate, the reach)."""

    __slots__ = ("bounded", "opening", "parts", "starts")

    def __init__(self, parts: list[Quantity], starts: list[int], opening: Quantity | None, bounded: bool):
        self.parts, self.starts, self.opening, self.bounded = parts[::-1], starts[::-1], opening, bounded


def _parts_before(view, norm: str, at: int, total: Quantity) -> _Run:
    """The run of figures of *total*'s unit, one a sentence, in the sentences right before *at* (:class:`_Run`)."""
    lo = max(0, at - _REACH)
    run: list[Quantity] = []
    starts: list[int] = []
    hi = at
    gaps = 0  # sentences without a figure between the last part and the total
    while len(run) < _MAX_PARTS:
        while hi > 0 and norm[hi - 1] in "。！？!?\n；; \t\u3000":
            if norm[hi - 1] == "\n" and hi >= 2 and norm[hi - 2] == "\n":
                return _Run(run, starts, None, True)  # (a blank line: another paragraph)
            hi -= 1
        if hi <= lo:
            return _Run(run, starts, None, lo == 0)  # (the text's start, or as far back as is read)
        start = max(lo, *(norm.rfind(ch, lo, hi) + 1 for ch in "。！？!?\n；;"))
        if start == lo and lo > 0:
            break
        # (each sentence parsed as the walk reaches it: most runs end after a sentence or two)
        own = [q for q in parse_range(view, norm, start, hi) if q.clean_start >= start][::-1]
        if _HEADING.match(norm, start) is not None and not own:
            return _Run(run, starts, None, True)
        same = [q for q in own if q.unit == total.unit and q.factor is not None]
        if not same:
            if run and _SOME_KINDS.search(norm, start, hi) is not None:
                return _Run([], [], None, True)  # (主要有以下几类：⏎甲：290人。⏎…⏎以上合计…: some of the kinds)
            if own or run or gaps >= 2:
                # (a sentence of other figures ends the run; one or two without figures may stand before the total)
                return _Run(run, starts, None, bool(run))
            gaps += 1
            hi = start
            continue
        if len(same) > 1:
            break
        q = same[0]
        if q.qualifier or q.high is None or norm[max(start, q.clean_start - 2):q.clean_start].endswith(_APPROXIMATE):
            break
        own_total = _OWN_TOTAL.search(norm, start, q.clean_start)
        if own_total is not None and run and not _completes(run, q, total) and (
                _near(q.value, total.value) or (_near(q.value, sum(p.value for p in run)) and
                                                not _near(q.value + sum(p.value for p in run), total.value))) and \
                not _framed_alike(norm, start, q.clean_start, starts[-1]) and \
                not _sibling_before(norm, lo, start, own_total.group()) and \
                not _sibling_after(norm, starts[-1], own_total.group()):
            # (全年共收到申请204件。: the whole, stated first; 共办理183件 far from the total is a part, and so is one
            # near the parts after it that comes near the total with them: 经营净收入共9205元。财产净收入1598元。…)
            return _Run(run, starts, q, True)
        if not run and gaps and "\n" in norm[q.clean_end:at]:
            break  # (a sentence without figures and a line break between the list and the total: another paragraph)
        run.append(q)
        starts.append(start)
        hi = start
    return _Run(run, starts, None, False)


def _sibling_before(norm: str, lo: int, start: int, word: str) -> bool:
    """Whether the sentence before *start* (not before *lo*) holds *word*, a total's word, right before a figure too
    (``高校毕业生方面，累计748人。农村转移劳动力方面，累计6743人。``): each sentence a part written alike, the
    year's tally of one kind, not the whole stated first.

    >>> text = "甲方面，累计748人。乙方面，累计6743人。"
    >>> _sibling_before(text, 0, text.find("乙"), "累计"), _sibling_before(text, 0, 0, "累计")
    (True, False)
    """
    end = start
    while end > lo and norm[end - 1] in "。！？!?\n；; \t\u3000":
        end -= 1
    if end <= lo:
        return False
    begin = max(lo, *(norm.rfind(ch, lo, end) + 1 for ch in "。！？!?\n；;"))
    at = norm.find(word, begin, end)
    return at != -1 and _FIGURE_NEXT.match(norm, at + len(word)) is not None


def _framed_alike(norm: str, start: int, at: int, next_start: int) -> bool:
    """Whether the sentence at *start* (its figure at *at*) names its subject as the sentence at *next_start* does,
    by 方面 (``创业培训方面，共有4990人次。新型学徒制培训方面，完成4211人次。``): siblings, not a whole and its parts.

    >>> t = "甲培训方面，共有4990人次。乙培训方面，完成4211人次。"
    >>> _framed_alike(t, 0, 9, t.find("乙")), _framed_alike("全年共培训9201人次。乙方面，完成4211人次。", 0, 5, 12)
    (True, False)
    """
    return norm.find("方面", start, at) != -1 and norm.find("方面", next_start, next_start + 30) != -1


def _completes(run: list[Quantity], q: Quantity, total: Quantity) -> bool:
    """Whether *q* and the figures of *run* add up to *total* (within rounding): *q* is the list's first part, not its
    whole stated first (``技术开发方面，共有28.90亿元。技术转让24.92亿元。…1.36亿元。综上，合计55.18亿元``)."""
    return sum(p.low for p in run) + q.low <= total.high and sum(p.high for p in run) + q.high >= total.low


def _sibling_after(norm: str, start: int, word: str) -> bool:
    """Whether the sentence at *start* (the first part's) holds *word*, a total's word, right before a figure too
    (``技术开发方面，共有70.17亿元。技术转让方面，共有65.05亿元。``): the sentence before it is a part written alike,
    not the whole stated first.

    >>> text = "甲方面，共有70.17亿元。乙方面，共有65.05亿元。"
    >>> _sibling_after(text, text.find("乙"), "共"), _sibling_after("乙方面，完成65.05亿元。", 0, "共")
    (True, False)
    """
    end = min((k for k in (norm.find(ch, start) for ch in "。！？!?\n；;") if k != -1), default=len(norm))
    at = norm.find(word, start, end)
    while at != -1:
        if _FIGURE_NEXT.match(norm, at + len(word)) is not None or \
                _FIGURE_NEXT.match(norm, at + len(word) + 1) is not None:  # (共有70.17亿元: the 有 between)
            return True
        at = norm.find(word, at + 1, end)
    return False


#: a figure right after a total's word (累计748人, 共 12 家)
_FIGURE_NEXT = LazyRegex(r"(?:达到|达|为)?\s*[0-9０-９]")


def _summed(run: list[Quantity], total: Quantity, count: int | None, whole_run: bool) -> list[Quantity] | None:
    """The figures of *run* (in text order) that *total* sums up (``None``: it cannot be told); *whole_run*: all of
    them, when none but the nearest make it exactly."""
    if count is not None:
        return run[-count:] if count >= 2 and len(run) >= count else None
    low, high = total.low, total.high
    for k in range(2, len(run) + 1):  # (the nearest ones that make it exactly: those before them are context)
        tail = run[-k:]
        if sum(p.low for p in tail) <= high and sum(p.high for p in tail) >= low:
            return tail
    if whole_run:
        return run
    if _near(sum(p.value for p in run), total.value):
        return run
    from auditor.diagnosis import diagnose_sum  # (here: the start-up of a clean file imports no diagnosis)

    if diagnose_sum(run, total) is not None:
        return run  # (a slip: near the total, or a known one away from it, 583 written 853)
    return None


def _near(value, target) -> bool:
    """Whether *value* comes within a fifth of *target*."""
    return abs(value - target) * _NEAR <= target
