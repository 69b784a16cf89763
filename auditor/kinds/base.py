"""What every kind shares: context filters, ignored spans and message formatting."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from auditor.document import Document
from auditor.finding import Finding
from auditor.lazyregex import LazyRegex  # (also re-exported for the kinds)
from auditor.lazyregex import compile as compile_pattern
from auditor.rulebook import Rule

DEFAULT_CONTEXT_WINDOW = 20
#: quotation marks, opening -> closing: what a kind sees as text written about rather than left over
QUOTE_PAIRS = {"“": "”", "\"": "\"", "「": "」", "『": "』", "‘": "’", "'": "'", "《": "》"}


def quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all that a pair of :data:`QUOTE_PAIRS` holds.

    >>> quoted("写作“&nbsp;”。", 3, 9), quoted("写作&nbsp;。", 2, 8)
    (True, False)
    """
    closing = QUOTE_PAIRS.get(text[start - 1:start]) if start else None
    return closing is not None and text[end:end + 1] == closing


#: the words of a line that introduces a block of code or markup shown as an example (示例：, 例如：, 代码如下：)
CODE_INTRO_WORDS = ("示例", "例如", "比如", "如下", "代码", "样例", "写法", "演示", "模板", "格式", "命令")


#: a title that names a note on programming (前端开发技术笔记, 字符编码排坑记录): its indented lines are code
#: (not 开发 or 程序 alone: 经济开发区, 审批程序)
_CODING_TITLE = LazyRegex(r"字符编码|编程|前端|后端|排坑|踩坑|技术笔记|开发笔记|开发指南|开发文档|软件开发|程序设计"
                          r"|源代码|代码示例|正则表达式|接口文档|Python|HTML|JavaScript|SQL")


#: what a note on programming talks about, three of them at least (在 HTML 中…, JSON 里的中文…, Python 中用…)
_CODING_WORDS = ("HTML", "JSON", "Python", "Markdown", "JavaScript", "SQL", "UTF-8", "encoding", "print(", "String ")


@lru_cache(maxsize=8)
def _note_on_programming(text: str) -> bool:
    """Whether *text* is a note on programming: its title says so (:data:`_CODING_TITLE`) or it talks code with three
    words of :data:`_CODING_WORDS` at least (asked once a text: every indented candidate of it asks)."""
    return _CODING_TITLE.search(text, 0, _first_line_end(text)) is not None or \
        sum(word in text for word in _CODING_WORDS) >= 3


def _first_line_end(text: str) -> int:
    end = text.find("\n", 0, 120)
    return 120 if end == -1 else end


def in_code_block(text: str, start: int) -> bool:
    """Whether *start* lies on an indented line (four spaces or a tab) of a block that a line presents as an example
    (``正文示例：⏎    尊敬的 {{ name }}…``): the first line above the block ends with a colon and holds a word of
    :data:`CODE_INTRO_WORDS`. Code or markup shown on purpose, not left over.

    >>> t = "模板正文示例：\\n    尊敬的 {{ name }}，\\n    您好。\\n    {{ date }}"
    >>> in_code_block(t, t.rfind("{")), in_code_block("通知：\\n    {{ name }}", 9), in_code_block("示例：{{ x }}", 4)
    (True, False, False)
    >>> in_code_block("前端开发笔记\\n    <p>正文</p>", 11), in_code_block("工作通知\\n    <p>正文</p>", 9)
    (True, False)
    >>> in_code_block("培训：在 HTML 中…；JSON 里…；Python 中…\\n    <p>正文</p>", 33)
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not text.startswith(("    ", "\t"), line_start):
        return False
    if line_start and _note_on_programming(text):
        return True  # 前端开发技术笔记 … ⏎    <p>版权所有&copy;2024</p>: a programmer's note indents its code
    for _ in range(12):  # (a block of a dozen lines at most)
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not text.startswith(("    ", "\t"), above):
            line = text[above:line_start - 1].rstrip(" \t\r")
            return line.endswith(("：", ":")) and any(word in line for word in CODE_INTRO_WORDS)
        line_start = above
    return False


class Candidate:
    """A span a kind proposes; the base class decides whether it becomes a finding.

    ``verified``: a statement that was checked and found consistent (reported with --show-verified);
    ``fix``: the text that should replace ``[start, end)``, when a repair is known; ``safe_fix``: ``True``
    when the repair is certain (``auditor fix`` applies it without --unsafe-fixes); ``diagnosis``: why a
    number is wrong, when the arithmetic shows it (``magnitude-slip``, ``transposed-digits`` …).
    A plain slotted class: kinds make many of them, and it costs nothing to define at start-up.
    """

    __slots__ = ("diagnosis", "end", "fix", "safe_fix", "start", "subtype", "vars", "verified")

    def __init__(self, start: int, end: int, subtype: str | None = None, vars: dict | None = None,
                 verified: bool = False, fix: str | None = None, safe_fix: bool = True, diagnosis: str | None = None):
        self.start = start
        self.end = end
        self.subtype = subtype
        self.vars = {} if vars is None else vars
        self.verified = verified
        self.fix = fix
        self.safe_fix = safe_fix
        self.diagnosis = diagnosis

    def _values(self) -> tuple:
        return (self.start, self.end, self.subtype, self.vars, self.verified, self.fix, self.safe_fix, self.diagnosis)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return ("Candidate(start={!r}, end={!r}, subtype={!r}, vars={!r}, verified={!r}, fix={!r}, safe_fix={!r}, "
                "diagnosis={!r})").format(*self._values())


class _SafeVars(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(template: str, values: dict) -> str:
    """Fill ``{name}`` fields of *template*; unknown fields are left as they are.

    >>> format_message("{subtype} placeholder '{match}' {nope}", {"subtype": "numeric", "match": "xx"})
    "numeric placeholder 'xx' {nope}"
    """
    try:
        return template.format_map(_SafeVars(values))
    except (ValueError, IndexError, AttributeError):
        return template


def covered(patterns: list, text: str, start: int, end: int, window: int) -> bool:
    """True when one of *patterns* matches a stretch of *text* around ``[start, end)`` that covers it."""
    lo = max(0, start - window)
    hi = min(len(text), end + window)
    for pattern in patterns:
        for m in pattern.finditer(text, lo, hi, overlapped=True):
            if m.start() <= start and m.end() >= end:
                return True
    return False


class Checker:
    """Runs one rule over documents. Subclasses implement :meth:`candidates`."""

    #: ``False`` for kinds that look at read issues rather than text (they also run on binary files)
    needs_text = True
    #: ``False`` when the run has no use for the statements checked and found consistent (no
    #: ``--show-verified``): kinds then skip writing their messages, and they are not reported
    keep_verified = True
    #: ``True`` for rules that judge a document as a whole (counts over it, one notice per document): a
    #: huge document checked in pieces (:mod:`auditor.pieces`) runs them once, on the whole text
    document_scope = False

    def __init__(self, rule: Rule):
        self.rule = rule
        params = rule.params
        self.window = int(params.get("context_window", DEFAULT_CONTEXT_WINDOW))
        self.allow = [compile_pattern(p) for p in params.get("allow_context", [])]
        self.deny = [compile_pattern(p) for p in params.get("deny_context", [])]
        self.verified_message = params.get("verified_message", "verified: {arithmetic}")

    def candidates(self, doc: Document) -> Iterator[Candidate]:  # pragma: no cover - abstract
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        """Findings of this rule in *doc*."""
        needs_text = self.needs_text
        if needs_text and not doc.is_text:
            return
        rule_id, category, severity = self.rule.id, self.rule.category, self.rule.severity
        text = doc.text
        keep_verified = self.keep_verified
        ignored, allow, deny = (doc.ignored_spans, self.allow, self.deny) if needs_text else ((), (), ())
        messages: dict[tuple, str] = {}
        for cand in self.candidates(doc):
            start, end, verified = cand.start, cand.end, cand.verified
            if verified and not keep_verified:
                continue
            if ignored and doc.is_ignored(start, end):
                continue
            if allow and covered(allow, text, start, end, self.window):
                continue
            if deny and not covered(deny, text, start, end, self.window):
                continue
            match = text[start:end]
            if cand.vars:
                message = self._message(match, cand)
            else:  # the same words give the same message: xx at each of its 1,500 places in a template
                key = (match, cand.subtype, verified)
                message = messages.get(key)
                if message is None:
                    message = messages[key] = self._message(match, cand)
            # (the fields in Finding's order, without keywords: thousands per document)
            yield Finding(rule_id, category, "info" if verified else severity, message, start, end, cand.subtype,
                          cand.fix, cand.safe_fix, verified, cand.diagnosis)

    def _message(self, match: str, cand: Candidate) -> str:
        """The message of *cand*, whose span's text is *match*: the rule's (or the verified) template filled
        with ``{match}``, ``{subtype}`` and the candidate's own fields."""
        shown = match.replace("\n", "⏎").replace("\r", "") if match.strip("\r") else match.replace("\r", "␍")
        values = {"match": shown, "subtype": cand.subtype or "", **cand.vars}  # (a carriage return alone: ␍)
        return format_message(self.verified_message if cand.verified else self.rule.message, values)
