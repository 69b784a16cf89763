"""Amounts listed as counted items under a stated number of them (TO001).

A report states a whole, says in how many ways it went, then gives each way with its own amount:
``争取上级资金488.78万元，主要用于三个方面：一是中央预算内资金，安排资金217.45万元；二是…408.45万元；三是…222.88万元。``
The items may end with ``；`` or ``。``. When the text names as many items as it says (三个方面, and 一是, 二是,
三是, no 四是), and each item holds exactly one amount of the whole's unit, the amounts make up the whole.

Read only where ``一是`` follows a count and a colon (``三个方面：``, ``两类：``, ``4项：``) right after the clause
that ends with the whole; nothing approximate (约, 余) on either side.

>>> from auditor.document import Document
>>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in document_item_sums(Document(
...     "a", "全年投入资金900万元，主要用于两个方面：一是道路建设，投入500万元；二是危房改造，投入400万元。"))]
[(9000000, [5000000, 4000000])]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.quantities import Quantity, document_quantities, parse_chinese_number, parse_range, sentence_start
from auditor.scan import contains, find_all

#: the count of the items and the colon before the first (三个方面：, 两类：, 4项：, 分两项统计：), at the end of what
#: precedes 一是
#: (not the last digit of an amount: 检查库点427个：)
_COUNT_OF_ITEMS = r"(?P<n>[一二三四五六七八九十两]|[2-9])(?:个方面|个部分|个领域|大类|类(?:项目)?|项|[大个]板块"
_COUNT_COLON = LazyRegex(r"(?<![0-9.,])" + _COUNT_OF_ITEMS + r"|个)(?:统计)?[：:]\s*$")
#: a colon right after an amount (217家次：), before 一是: the amount is the whole, the count is the items marked
_AMOUNT_COLON = LazyRegex(r"(?<=[0-9])(?P<n>)[^0-9，,。；;：:\n]{1,4}[：:]\s*$")
#: the marks of the items, in order
_MARKS = tuple(f"{n}是" for n in "一二三四五六七八九十")
#: the marks of items in running text other than 一是, in order (分为三类项目：①…；②…；③…), read after a count only
_RUNNING_MARKS = (tuple("①②③④⑤⑥⑦⑧⑨⑩"), tuple(f"（{k}）" for k in range(1, 11)),
                  tuple(f"（{n}）" for n in "一二三四五六七八九十"))
#: the marks of items one a line, in order (（一）…；⏎（二）…；, （1）, ①): each opens its line
_LINE_MARKS = (tuple(f"（{n}）" for n in "一二三四五六七八九十"), tuple(f"（{k}）" for k in range(1, 11)),
               tuple("①②③④⑤⑥⑦⑧⑨⑩"), tuple(f"{k}." for k in range(1, 11)), tuple(f"{k}、" for k in range(1, 11)))
#: a count of the items before the whole, in its sentence (重点实施4项民生工程，累计投入资金…：)
_COUNT_BEFORE = LazyRegex(_COUNT_OF_ITEMS + ")")
#: how far the items may reach in all (characters after the colon)
_REACH = 600


class ItemSum:
    """``whole`` = the sum of ``parts``, one amount an item."""

    __slots__ = ("parts", "whole")

    def __init__(self, whole: Quantity, parts: list[Quantity]):
        self.whole, self.parts = whole, parts


def document_item_sums(doc) -> list[ItemSum]:
    """The counted items with amounts of *doc*, found once per document."""
    cached = doc.cache.get("item_sums")
    if cached is None:
        cached = []
        if contains(doc.text, "二是") and contains(doc.text, "一是"):
            view, norm, _quantities = document_quantities(doc)
            # (the first item right after the count's colon: found from the colons, fewer than the 一是 of a report)
            firsts = sorted(k for colon in "：:" for at in find_all(norm, colon)
                            if (k := _first_mark_after(norm, at + 1)) != -1)
            cached = [found for at in firsts if (found := _item_sum(view, norm, at)) is not None]
        for marks in _RUNNING_MARKS:
            if contains(doc.text, marks[0]) and contains(doc.text, marks[1]):
                view, norm, _quantities = document_quantities(doc)
                # (分为五大板块：（1）能源板块695.80亿元；（2）…: only after a count of the items)
                firsts = sorted(k for colon in "：:" for at in find_all(norm, colon)
                                if (k := _first_mark_after(norm, at + 1, marks[0])) != -1)
                cached.extend(found for at in firsts
                              if (found := _item_sum(view, norm, at, marks, lines=False, counted=True)) is not None)
        colons = contains(doc.text, "：\n") or contains(doc.text, ":\n")  # (the whole's line ends with a colon)
        for marks in _LINE_MARKS if colons else ():
            if contains(doc.text, "\n" + marks[0]) and contains(doc.text, "\n" + marks[1]):
                view, norm, _quantities = document_quantities(doc)
                # (a colon ending the whole's line, the first item opening the next: 投入资金6,788万元：⏎（一）…)
                firsts = [at + 2 for colon in "：:" for at in find_all(norm, colon + "\n" + marks[0])]
                cached.extend(found for at in sorted(firsts) if (found := _item_sum(view, norm, at, marks)) is not None)
        doc.cache["item_sums"] = cached
    return cached


def _item_sum(view, norm: str, at: int, marks: tuple[str, ...] = _MARKS, lines: bool | None = None,
              counted: bool = False) -> ItemSum | None:
    """The item sum whose first item's mark stands at *at*, if the text has one there; *marks*: the items' marks
    (一是, 二是 … in running text, or those of :data:`_LINE_MARKS`, each opening its line, unless *lines* is false);
    *counted*: read only after a count of the items (``三类项目：``)."""
    if lines is None:
        lines = marks is not _MARKS
    m = _COUNT_COLON.search(norm, max(0, at - 13 - lines), at - lines)
    if m is None:
        if counted:
            return None
        # 累计检查企业217家次：一是…37家次；二是…: the colon right after the whole, the items as many as marked
        m = _AMOUNT_COLON.search(norm, max(0, at - 8 - lines), at - lines)
        if m is None:
            return None
        n = _marked(norm, at, marks)
    else:
        n = int(m.group("n")) if m.group("n").isdigit() else parse_chinese_number(m.group("n"))
    if not n or not 2 <= n <= len(marks) - 1:
        return None
    # the items' marks, in order, within reach, and no one more
    starts = [at]
    for mark in marks[1:n]:
        if lines:  # (items one a line: each opens its line)
            k = norm.find("\n" + mark, starts[-1] + 2, at + _REACH)
            k = k + 1 if k != -1 and "\n" not in norm[starts[-1]:k] else -1
        else:  # (in running text: on one line, or each opening its line: …2162个：⏎一是…；⏎二是…)
            k = norm.find(mark, starts[-1] + 2, at + _REACH)
            k = k if k != -1 and ("\n" not in norm[starts[-1]:k] or _opens_line(norm, k)) else -1
        if k == -1:
            return None
        starts.append(k)
    stop = _item_end(norm, starts[-1])
    if stop == -1 or norm.find(marks[n], starts[-1], stop + 3) != -1 or (
            lines and norm.startswith(marks[n], stop + 2)):
        return None
    # the whole: the last amount before the count (or its colon), in the clause right before it, nothing else between
    cut = m.start() if m.group("n") else m.end() - 1
    lo = sentence_start(norm, max(0, cut - 200), cut)
    before = [q for q in parse_range(view, norm, lo, cut) if q.clean_start >= lo]
    if not before:
        return None
    whole = before[-1]
    gap = norm[whole.clean_end:cut]
    if len(gap) > 16 or any(ch.isdigit() for ch in gap) or whole.qualifier or whole.unit in ("", "%", "百分点"):
        return None
    if lines and not m.group("n"):  # (重点实施4项民生工程，累计投入资金6,788万元：⏎（一）…: the count must agree)
        stated = _COUNT_BEFORE.search(norm, lo, whole.clean_start)
        if stated is not None and (int(stated.group("n")) if stated.group("n").isdigit()
                                   else parse_chinese_number(stated.group("n"))) != n:
            return None
    items = [q for q in parse_range(view, norm, at, stop) if q.clean_start >= at]
    parts = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else stop
        own = [q for q in items if start <= q.clean_start < end and q.unit == whole.unit]
        if len(own) != 1 or own[0].qualifier:
            return None
        parts.append(own[0])
    return ItemSum(whole, parts)


def _marked(norm: str, at: int, marks: tuple[str, ...] = _MARKS) -> int:
    """How many items are marked from the 一是 at *at* on, in order, on its line and within reach (items of
    :data:`_LINE_MARKS`: each opening its line)."""
    n, k = 1, at
    while n < len(marks) - 1:
        if marks is _MARKS:
            k = norm.find(marks[n], k + 2, at + _REACH)
            if k == -1 or ("\n" in norm[at:k] and not (_opens_line(norm, at) and _opens_line(norm, k))):
                break  # (on the first item's line, or each item opening its line)
        else:
            line = norm.find("\n" + marks[n], k + 2, at + _REACH)
            if line == -1 or "\n" in norm[k:line]:
                break  # (the next item on the line right after: none skipped)
            k = line + 1
        n += 1
    return n


def _opens_line(norm: str, at: int) -> bool:
    """Whether *at* opens its line, white space before it passed over."""
    k = at
    while k > 0 and norm[k - 1] in " \t\u3000":
        k -= 1
    return k == 0 or norm[k - 1] == "\n"


def _first_mark_after(norm: str, at: int, mark: str = "一是") -> int:
    """Where *mark* stands at *at*, white space before it passed over, and one line break (``分四类：⏎一是…``)
    (``-1``: it does not)."""
    while norm[at:at + 1] in (" ", "\t", "\u3000"):
        at += 1
    if norm[at:at + 1] == "\n":
        at += 1
        while norm[at:at + 1] in (" ", "\t", "\u3000"):
            at += 1
    return at if norm.startswith(mark, at) else -1


def _item_end(norm: str, start: int) -> int:
    """Where the last item, starting at *start*, ends: its 。 or ；, or the line's end (``-1``: none near)."""
    ends = [k for k in (norm.find(mark, start, start + 200) for mark in "。；;\n") if k != -1]
    return min(ends) if ends else -1
