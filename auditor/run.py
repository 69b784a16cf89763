"""Everything a ``check`` or ``baseline`` run needs, resolved once from configuration and options.

Precedence: command-line options, then the configuration file, then the defaults. ``select``
from the command line replaces the file's; ``ignore``, ``extend-select`` and excludes add up.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from auditor.config import Settings, check_selectors, load_settings
from auditor.engine import DocumentResult, audit_documents, build_checkers
from auditor.kinds.base import Checker
from auditor.rulebook import Rulebook, load_rulebook
from auditor.selection import split_selectors
from auditor.sources import SourceReport, iter_documents
from auditor.suppression import IgnoreEntry, Suppressor, load_ignore_file

IGNORE_FILE = ".auditorignore"


@dataclass
class RunPlan:
    settings: Settings
    book: Rulebook
    checkers: list[Checker]
    suppressor: Suppressor
    include: list[str]
    exclude: list[str]
    fail_on: str
    output_format: str
    encoding: str | None
    stdin_name: str = "-"
    sources: SourceReport = field(default_factory=SourceReport)

    def results(self, paths: list[str]) -> Iterator[DocumentResult]:
        docs = iter_documents(paths, include=self.include, exclude=self.exclude, report=self.sources,
                              stdin_name=self.stdin_name, root=self.settings.root, encoding=self.encoding)
        return audit_documents(docs, self.checkers, self.suppressor)


def plan_run(args: argparse.Namespace) -> RunPlan:
    """Resolve settings and build the rules, checkers and suppressions of a run.

    Raises ConfigError, RuleFileError, SelectionError or IgnoreFileError for the CLI to report.
    """
    settings = load_settings(getattr(args, "config", None), getattr(args, "isolated", False))
    book = load_rulebook([*settings.rule_paths, *getattr(args, "rule_path", [])])
    check_selectors(settings, book)
    for rule_id, level in settings.severity.items():
        rule = book.get(rule_id)
        book.rules[rule.id] = rule.with_severity(level)
    select = split_selectors(args.select) or list(settings.select)
    if select or settings.extend_select or getattr(args, "extend_select", None):
        select = (select or ["ALL"]) + settings.extend_select + split_selectors(getattr(args, "extend_select", None))
    ignore = [*settings.ignore, *split_selectors(args.ignore)]
    checkers = build_checkers(list(book), select, ignore)
    entries: list[IgnoreEntry] = []
    root = settings.root
    for glob, rules in settings.per_file_ignores.items():
        entries.append(IgnoreEntry(glob, rules, None, settings.source or "", 0, report_unused=False, root=root))
    ignore_file = Path(root or ".") / IGNORE_FILE
    if ignore_file.is_file():
        entries.extend(load_ignore_file(ignore_file, root=root))
    suppressor = Suppressor({c.rule.id: c.rule for c in checkers}, entries)
    include = args.include or settings.include
    exclude = list(args.exclude) if args.exclude else list(settings.exclude)
    exclude += settings.extend_exclude + list(getattr(args, "extend_exclude", None) or [])
    return RunPlan(
        settings=settings, book=book, checkers=checkers, suppressor=suppressor, include=include, exclude=exclude,
        fail_on=getattr(args, "fail_on", None) or settings.fail_on,
        output_format=getattr(args, "format", None) or settings.output_format,
        encoding=getattr(args, "encoding", None) or settings.encoding,
        stdin_name=getattr(args, "stdin_filename", "-"),
    )


def relative_to_root(path: str, root: str | None) -> str:
    """*path* relative to *root* (forward slashes) when it lies below it; else as given."""
    if root:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return path.replace(os.sep, "/").removeprefix("./")
