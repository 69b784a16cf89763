"""``--format github``: GitHub Actions workflow commands, one annotation line per finding.

``::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=ID name::message`` (``::warning`` for
warnings, ``::notice`` for info). Values are escaped as the Actions runner expects; no summary line.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.engine import DocumentResult
from auditor.reporters.common import Summary

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape the message part of a workflow command (``%``, CR, LF).

    >>> escape_data("50%\\nmore")
    '50%25%0Amore'
    """
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value of a workflow command (as data, plus ``:`` and ``,``).

    >>> escape_property("a,b:c%.txt")
    'a%2Cb%3Ac%25.txt'
    """
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    def __init__(self, out: TextIO, rules: Iterable | None = None, rule_names: dict | None = None, **_options):
        self.out = out
        self.rule_names = dict(rule_names or {})
        self.rule_names.update({r.id: r.name for r in (rules or ())})

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        doc = result.document
        path = escape_property(doc.path)
        for f in result.findings:
            line, col = doc.position(f.start)
            end_line, end_col = doc.position(f.end)
            title = f"{f.rule_id} {self.rule_names[f.rule_id]}" if self.rule_names.get(f.rule_id) else f.rule_id
            self.out.write(f"::{COMMANDS.get(f.severity, 'warning')} file={path},line={line},col={col},"
                           f"endLine={end_line},endColumn={end_col},title={escape_property(title)}"
                           f"::{escape_data(f.message)}\n")

    def finish(self, summary: Summary) -> None:
        pass
