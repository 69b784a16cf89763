"""Spans of Markdown that are code, not prose: rules do not report inside them.

>>> text = "Prose xx户\\n\\n```\\nxx户\\n```\\nand `XX区` inline"
>>> [text[a:b] for a, b in code_spans(text)]
['```\\nxx户\\n```\\n', '`XX区`']
"""

from __future__ import annotations

import re

from auditor.lazyregex import LazyRegex  # compiled once per machine, not once per run

_FENCE = LazyRegex(r"^( {0,3})(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\2[`~]*[ \t]*(?:\n|\Z)|\Z)", re.M | re.S)
_INLINE = LazyRegex(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def code_spans(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks and inline code spans of a Markdown *text*, in order."""
    spans: list[tuple[int, int]] = []
    last = 0
    for fence in _FENCE.finditer(text):
        spans.extend(_inline(text, last, fence.start()))
        spans.append((fence.start(), fence.end()))
        last = fence.end()
    spans.extend(_inline(text, last, len(text)))
    return spans


def _inline(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + begin, m.end() + begin) for m in _INLINE.finditer(text[begin:end]) if "\n\n" not in m.group()]


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)
