"""Products stated with both of their factors: a count, an amount for each, and their total (TO007).

Two constructions, each read within one sentence (up to 。！？；or a line break), the total stated last:

* an amount **for each** — ``每户 / 每人 / 每名 / 每村 / 每台 …`` and its amount, a count of that classifier and
  a total of the amount's unit: ``对522户改厕农户每户补助500元，共发放补助资金26.1万元``; ``按每人300元的标准，向39名
  困难职工发放慰问金，合计1.17万元``; the total must be count × amount;
* a **unit price** — ``单价`` and its amount, the only count in the sentence, and a total named as one (合计, 金额,
  总价, 共计…): ``采购清扫车17台，单价1.64万元，合同金额27.88万元``.

Only plain cases are read, so that a report is never told its arithmetic is wrong when the sentence does not
say what was multiplied by what:

* one cue in the sentence; no time word between the cue and its amount (``每人每月457元`` is a monthly
  standard, not what was paid) and no bound on the amount (最高, 不超过, 至少, a range ``500—1000元``);
* exactly one quantity of the count's unit and exactly one more of the amount's unit: the total, after both,
  named by a total's word or a paying verb (共, 合计, 金额, 发放, 兑现 …) in its own clause, without a word of change
  (增收, 节约, 较上年 …) there; 平均每 and 每亩 are averages (PC009's);
* count × amount and the total within a factor of :data:`~auditor.quotients.PLAUSIBLE_FACTOR` of each other.

Each figure is taken with its own rounding: ``单价3.63万元`` is 3.625–3.635万元, so 26 of them make 94.25–94.51万元.

>>> from auditor.document import Document
>>> doc = Document("a", "为220名环卫工人每人发放慰问金120元，共计发放23,611元。")
>>> [(str(p.count.value), str(p.each.value), str(p.total.value)) for p in document_products(doc)]
[('220', '120', '23611')]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.quantities import _SENTENCE_END, Quantity, parse_range, read_once, sentence_start
from auditor.quotients import plausible
from auditor.record import Record
from auditor.scan import contains, find_all

#: the classifiers after 每 whose count a product takes, and the (base) units such a count may have
_EACH_UNITS = {"月": ("人", "户", "家"), "人次": ("人次",), "人": ("人",), "名": ("人",), "位": ("人",), "户": ("户",),
               "家": ("家", "户"),
               "个": ("个",), "村": ("个", "村"), "所": ("所",), "校": ("所",), "台": ("台", "套"), "套": ("套", "台"),
               "辆": ("辆",), "场": ("场", "场次"), "间": ("间",), "张": ("张",), "处": ("处",), "座": ("座",),
               "项": ("项",), "期": ("期",), "班": ("班", "期"), "批": ("批", "批次")}
#: 每 and its classifier (the longest first: 每人次 before 每人)
_EACH = LazyRegex(r"每(?P<cls>人次|人|名|位|户|家|个|村|所|校|台|套|辆|场|间|张|处|座|项|期|班|批)")
#: the units a total may have for an amount of each in another (每期62人, 共培训1425人次: people, counted per session)
_TOTAL_UNITS = {"人": ("人", "人次"), "户": ("户", "户次")}
#: between a cue and its amount: words of time (每人每月, 每户每年) make it a rate over time
_TIME_WORDS = LazyRegex(r"[每年月季周天]|小时|按日")
#: an amount with a bound is no amount each
_BOUNDS = LazyRegex(r"最高|最多|最低|不超过|不高于|不低于|不少于|至少|至多|上限|以内|以上|以下|左右|起")
#: a range ends at the amount: 500—1000元 (the first figure is no quantity of its own)
_RANGE_BEFORE = LazyRegex(r"[0-9][0-9.]*\s*(?:万|千|百)?元?\s*[-—–~～至到]\s*$")
#: a total's words and paying verbs (the total's clause holds one)
_TOTAL_WORDS = LazyRegex(r"共|合计|总计|累计|总额|金额|总价|资金|计|发放|兑现|拨付|下拨|支付|安排|补助|补贴|奖励|落实|"
                         r"投入")
#: a unit price's total is named as one
_PRICE_TOTAL_WORDS = LazyRegex(r"共|合计|总计|总额|金额|总价|计|合同价|中标价")
#: words of change, comparison or remainder in the total's clause: the figure is something else
_NOT_A_TOTAL = LazyRegex(r"增|减|降|提高|较|比|超|节约|节省|结余|余额|剩余|差|平均|均|其中|另|同期|上年|去年|预算|"
                         r"计划|目标")
#: a figure within ten characters after a cue, none of them a mark that ends a clause (checked before parsing)
_FIGURE_AFTER = LazyRegex(r"[^，,、；;（(：:。\n]{0,10}?[0-9零〇一二两三四五六七八九十]")
#: what stops a cue's amount from being its own: a comma, a list, a bracket between them
_APART = "，,、；;（(：:"


class Product(Record):
    """A stated product: *total* = *count* × *each* (× *months* for an amount paid each month; else ``None``;
    *construction*: ``each`` or ``unit-price``); quantities of :mod:`auditor.quantities`, offsets into the original
    text."""

    _fields = ("count", "each", "total", "construction", "months")


def document_products(doc) -> list[Product]:
    """The products of *doc*, found once per document (a document without 每 or 单价 has none)."""
    return read_once(doc, "products", "每" in doc.text or contains(doc.text, "单价"), _products)


def _cues(norm: str) -> list[tuple[int, int, str, bool]]:
    """``(start, end, classifier, monthly)`` of every 每X cue and 单价 (classifier ``""``) in *norm*, in order; a
    monthly cue (每月, 每户每月) is paid for a number of months (classifier ``"月"`` when none is named).

    >>> _cues("每年开展，每户补助500元，单价3万元，每人每月300元，平均每户")
    [(5, 7, '户', False), (14, 16, '', False), (20, 24, '人', True)]
    """
    found = []
    taken = -1
    for i in find_all(norm, "每"):
        if i < taken or norm.startswith("平均", i - 2):
            continue  # (平均每户: an average, PC009's; the 每月 of 每人每月, read with it)
        if norm.startswith("每月", i):
            found.append((i, i + 2, "月", True))
            continue
        m = _EACH.match(norm, i)
        if m is None:
            continue
        if norm.startswith("每月", m.end()):
            found.append((i, m.end() + 2, m.group("cls"), True))
            taken = m.end() + 2
        elif not norm.startswith("每", m.end()):  # (每家每户, 每人每年)
            found.append((i, m.end(), m.group("cls"), False))
    found.extend((i, i + 2, "", False) for i in find_all(norm, "单价"))
    found.sort()
    return found


def _products(view, norm: str):
    """Each sentence of *norm* holding exactly one cue, read once."""
    cues = _cues(norm)
    k = 0
    while k < len(cues):
        start = cues[k][0]
        lo = sentence_start(norm, max(0, start - 300), start)
        m = _SENTENCE_END.search(norm, start)
        hi = m.start() if m is not None else len(norm)
        stop = k + 1
        while stop < len(cues) and cues[stop][0] < hi:
            stop += 1
        mine = cues[k:stop]
        k = stop
        if len(mine) != 1:
            continue  # (每户…、每人…: two standards in one sentence)
        if not _FIGURE_AFTER.match(norm, mine[0][1]) or not _TOTAL_WORDS.search(norm, mine[0][1], hi):
            continue  # (no figure right after the cue, or no total's word after it: nothing to parse the sentence for)
        found = _product(norm, lo, hi, *mine[0], [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo])
        if found is not None:
            yield found


def _product(norm: str, lo: int, hi: int, start: int, end: int, cls: str, monthly: bool,
             qs: list[Quantity]) -> Product | None:
    """The product of ``norm[lo:hi]`` around its cue ``norm[start:end]``, or ``None``."""
    after = [q for q in qs if q.clean_start >= end]
    if not after:
        return None
    each = after[0]
    between = norm[end:each.clean_start]
    if len(between) > 10 or any(ch in between for ch in _APART) or _TIME_WORDS.search(between) or \
            _BOUNDS.search(between):
        return None
    if not each.unit or each.unit == "%" or each.qualifier or each.value <= 0:
        return None
    if _BOUNDS.match(norm, each.clean_end) or _RANGE_BEFORE.search(norm, max(lo, each.clean_start - 12),
                                                                    each.clean_start):
        return None
    months = None
    if monthly:  # (the months paid: N个月, the only one)
        spans = [q for q in qs if q.unit == "个" and norm.startswith("月", q.clean_end)]
        if len(spans) != 1:
            return None
        months = spans[0]
        qs = [q for q in qs if q is not months]
    if cls:
        count_units = _EACH_UNITS[cls]
        counts = [q for q in qs if q.unit in count_units]
    else:
        counts = [q for q in qs if q.unit and q.unit != "%" and q.unit != each.unit]
    total_units = _TOTAL_UNITS.get(each.unit, (each.unit,))
    totals = [q for q in qs if q is not each and q.unit in total_units]
    if len(counts) != 1 or len(totals) != 1 or each.unit in (counts[0].unit,):
        return None
    count, total = counts[0], totals[0]
    if total.clean_start < each.clean_end or total.clean_start < count.clean_end:
        return None  # the total is stated last
    if count.qualifier or total.qualifier or count.value < 2 or count.value != int(count.value):
        return None
    if months is not None and (months.qualifier or total.clean_start < months.clean_end):
        return None
    clause = _clause(norm, max(lo, each.clean_end, count.clean_end), total.clean_start)
    words = _TOTAL_WORDS if cls else _PRICE_TOTAL_WORDS
    if not words.search(clause) or _NOT_A_TOTAL.search(clause):
        return None
    if not plausible(total.value, count.value * each.value * (months.value if months is not None else 1)):
        return None
    return Product(count, each, total, "each" if cls else "unit-price", months)


def _clause(norm: str, lo: int, hi: int) -> str:
    """The words before offset *hi* back to the last comma (not before *lo*).

    >>> _clause("每户500元，共发放补助资金", 0, 14)
    '共发放补助资金'
    """
    cut = max(norm.rfind("，", lo, hi), norm.rfind(",", lo, hi), norm.rfind("、", lo, hi))
    return norm[max(lo, cut + 1):hi]
