"""A plan, what was done and what is left (or done beyond it), in one sentence (TO003).

Two constructions, the plan first, each figure in a clause of its own and all three of one unit:

* **what is left**: ``土地复垦年度计划4524.14亩，已完成2499.71亩，尚差2024.43亩``; ``计划建设档案室四十三个，
  已建成十四个，其余二十九个正在建设``: the plan is what was done plus what is left;
* **done beyond it**: ``油菜种植目标任务37461.72亩，实际完成76998.55亩，超额完成39536.83亩``: the excess is what was
  done less the plan.

Each is a :class:`~auditor.relations.ChangeRelation` from the plan to what was done, the third figure its difference
(``down`` for what is left), judged as TO003 judges a change.

>>> from auditor.document import Document
>>> [(int(c.start.value), int(c.end.value), int(c.delta.value), c.down)
...  for c in document_plan_progress(Document("a", "计划新建12所，已建成9所，尚差3所。"))]
[(12, 9, 3, True)]
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.quantities import _SENTENCE_END, parse_range, read_once, sentence_start
from auditor.relations import ChangeRelation
from auditor.scan import find_all

#: the plan's words, right before its figure (up to 10 characters of what is planned between)
_PLAN = LazyRegex(r"(?:年度|全年)?(?:计划|目标任务|目标|任务数?|下达任务)(?:为|是)?[^，,；;。0-9%]{0,10}$")
#: what was done (the clause's words before its figure)
_DONE = LazyRegex(r"^[^，,；;0-9]{0,4}(?:已完成|实际完成|已建成|已实施|已改造|已开工|已种植|完成|建成)"
                  r"[^，,；;0-9]{0,8}$")
#: what is left, and what was done beyond the plan
_LEFT = LazyRegex(r"^[^，,；;0-9]{0,4}(?:尚差|还差|剩余|其余|尚未完成|未完成)[^，,；;0-9]{0,6}$")
_BEYOND = LazyRegex(r"^[^，,；;0-9]{0,4}超额完成[^，,；;0-9]{0,6}$")
#: a figure soon after the word of what is left (尚差1701.49亩, 其余三十个, 超额完成39536.83亩)
_FIGURE_SOON = LazyRegex(r"[^，,；;。\n0-9]{0,6}?[0-9零〇一二两三四五六七八九十]")
#: where a plan may be named (a document without any has none)
_PLAN_CHARS = ("计划", "目标", "任务")
#: the words of what is left or done beyond the plan, rarer than the plan's: each sentence is found from one of them
_REST_WORDS = ("尚差", "还差", "剩余", "其余", "未完成", "超额完成")


def document_plan_progress(doc) -> list[ChangeRelation]:
    """The plans of *doc* stated with what was done and what is left (or done beyond), found once per document."""
    return read_once(doc, "plan_progress", any(word in doc.text for word in _PLAN_CHARS), _plans)


def _plans(view, norm: str):
    """Each sentence holding a word of what is left (or done beyond) after a plan's word, read once."""
    done = -1
    for at in sorted(i for word in _REST_WORDS for i in find_all(norm, word)):
        if at < done or not _FIGURE_SOON.match(norm, at + 2):
            continue  # (其余村, 超出预期: no figure right after the word, no rest of a plan)
        lo = sentence_start(norm, max(0, at - 300), at)
        m = _SENTENCE_END.search(norm, at)
        hi = done = m.start() if m is not None else len(norm)
        if not any(norm.find(word, lo, at) != -1 for word in _PLAN_CHARS):
            continue  # (a plan's word before what is left: else no plan)
        found = _plan(norm, lo, [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo])
        if found is not None:
            yield found


def _plan(norm: str, lo: int, qs) -> ChangeRelation | None:
    """The plan, what was done and the rest in the sentence starting at *lo*: three figures of one unit, each the
    first of its clause, their words the plan's, the doing's and the rest's (or excess's)."""
    if len(qs) < 3:
        return None
    for k in range(len(qs) - 2):
        plan, made, rest = qs[k], qs[k + 1], qs[k + 2]
        if not plan.unit or plan.unit == "%" or {made.unit, rest.unit} != {plan.unit}:
            continue
        if any(q.qualifier for q in (plan, made, rest)) or \
                not _PLAN.search(norm, max(lo, plan.clean_start - 16), plan.clean_start):
            continue
        made_words = _clause_words(norm, plan.clean_end, made.clean_start)
        rest_words = _clause_words(norm, made.clean_end, rest.clean_start)
        if made_words is None or rest_words is None or not _DONE.search(made_words):
            continue
        if _LEFT.search(rest_words):
            return ChangeRelation(plan, made, rest, True, False, "plan-left")
        if _BEYOND.search(rest_words):
            return ChangeRelation(plan, made, rest, False, False, "plan-beyond")
    return None


def _clause_words(norm: str, end: int, start: int) -> str | None:
    """The words of the clause that opens after a figure ending at *end* and runs to the next figure at *start*, or
    ``None`` when no comma opens one between them (or another figure's clause stands between).

    >>> _clause_words("4524亩，已完成2499亩", 5, 9)
    '已完成'
    """
    gap = norm[end:start]
    cut = max(gap.rfind("，"), gap.rfind(","))
    if cut == -1 or gap.count("，") + gap.count(",") > 1:
        return None
    return gap[cut + 1:]
