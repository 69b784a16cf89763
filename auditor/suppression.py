"""Suppressing findings: inline directives in Markdown/HTML and a sidecar ``.auditorignore``.

Inline (in any document; they are HTML comments, so invisible in rendered Markdown)::

    <!-- auditor-disable PH001 PH004 -->   … findings of these rules are dropped …   <!-- auditor-enable -->
    <!-- auditor-disable-next-line PH005 -->

Rules are named as for ``--select``: id, id prefix, name or category; no rule means all rules.
Plain text has no comment syntax, so ``.auditorignore`` (next to the configuration, or in the
current directory) lists ``GLOB RULES [EXACT TEXT]`` per line::

    # path glob             rules          optional text that must cover the finding
    reports/2021-*.txt      PH004
    reports/summary.txt     PH001,PH002    xx户

A directive or a line that suppresses nothing is reported (``AU001`` in the document, a note on
stderr for ``.auditorignore``), so stale suppressions do not pile up.
"""

from __future__ import annotations

import fnmatch
import os
import re

from auditor.document import Document
from auditor.errors import AuditorError
from auditor.finding import Finding
from auditor.lazyregex import LazyRegex
from auditor.paths import relative_to_root
from auditor.record import Record
from auditor.rulebook import Rule
from auditor.scan import contains
from auditor.selection import matches

_DIRECTIVE = LazyRegex(r"<!--\s*auditor-(disable-next-line|disable|enable)\b([^>]*?)-->")


class Region(Record):
    """Where a directive applies: ``[start, end)`` offsets, for the rules named (all when empty).

    ``start``, ``end``; ``selectors`` (list of str); ``directive``: the directive's own span, for "unused"
    findings; ``used``; ``excepted``: rules re-enabled inside the region (``disable PH`` … ``enable PH001``);
    ``parent``: the region this one continues after a partial enable (usage is recorded there).
    """

    _fields = ("start", "end", "selectors", "directive", "used", "excepted", "parent")
    _defaults = (("used", False), ("excepted", []), ("parent", None))

    def covers(self, finding: Finding, rule: Rule | None) -> bool:
        if not (self.start <= finding.start < self.end):
            return False
        if rule is not None and any(matches(rule, s) for s in self.excepted):
            return False
        return not self.selectors or (rule is not None and any(matches(rule, s) for s in self.selectors))

    def mark_used(self) -> None:
        self.used = True
        if self.parent is not None:
            self.parent.mark_used()


def _selectors(text: str) -> list[str]:
    return [part for part in re.split(r"[\s,]+", text.strip()) if part]


def directive_regions(doc: Document) -> list[Region]:
    """The regions of the inline directives in *doc* (cached per document)."""
    regions = doc.cache.get("suppression_regions")
    if regions is not None:
        return regions
    regions = []
    text = doc.text
    if contains(text, "auditor-"):
        open_regions: list[Region] = []
        for m in _DIRECTIVE.finditer(text):
            if doc.ignored_spans and doc.is_ignored(m.start(), m.end()):
                continue  # a directive quoted in Markdown code is an example, not an instruction
            kind, selectors = m.group(1), _selectors(m.group(2))
            if kind == "disable-next-line":
                line, _ = doc.position(m.start())
                starts = doc.line_starts
                begin = starts[line] if line < len(starts) else len(text)
                end = starts[line + 1] if line + 1 < len(starts) else len(text)
                regions.append(Region(begin, end, selectors, m.span()))
            elif kind == "disable":
                region = Region(m.end(), len(text), selectors, m.span())
                regions.append(region)
                open_regions.append(region)
            else:  # enable: closes the open regions; naming rules re-enables only those
                for region in list(open_regions):
                    region.end = m.start()
                    open_regions.remove(region)
                    if selectors and not set(region.selectors) <= set(selectors):
                        rest = Region(m.end(), len(text), region.selectors, region.directive,
                                      excepted=[*region.excepted, *selectors], parent=region.parent or region)
                        regions.append(rest)
                        open_regions.append(rest)
    doc.cache["suppression_regions"] = regions
    return regions


class IgnoreEntry(Record):
    """One line of ``.auditorignore``: ``glob``, ``selectors``, ``text`` (or None), ``source``, ``line``,
    ``used``; ``report_unused``: ``False`` for entries that may legitimately match nothing
    (``per-file-ignores`` of the config); ``root``: globs are relative to this folder (the
    configuration's), ``None``: as the path was given."""

    _fields = ("glob", "selectors", "text", "source", "line", "used", "report_unused", "root")
    _defaults = (("used", False), ("report_unused", True), ("root", None))

    def covers(self, path: str, doc: Document, finding: Finding, rule: Rule | None) -> bool:
        norm = relative_to_root(path, self.root)
        if not (fnmatch.fnmatch(norm, self.glob) or fnmatch.fnmatch(os.path.basename(norm), self.glob)):
            return False
        if rule is None or not any(matches(rule, s) for s in self.selectors):
            return False
        if self.text is None:
            return True
        index = doc.text.find(self.text, max(0, finding.end - len(self.text)))
        while index != -1 and index <= finding.start:
            if index + len(self.text) >= finding.end:
                return True
            index = doc.text.find(self.text, index + 1)
        return False


class IgnoreFileError(AuditorError, ValueError):
    """A malformed ``.auditorignore`` line."""


def load_ignore_file(path: str | os.PathLike, root: str | None = None) -> list[IgnoreEntry]:
    """Parse ``.auditorignore``; raise :class:`IgnoreFileError` naming the line for a malformed one."""
    entries = []
    shown = str(path)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise IgnoreFileError(f"{shown}: cannot read it as UTF-8 text ({exc})") from None
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise IgnoreFileError(f"{shown}:{number}: expected 'GLOB RULES [TEXT]', e.g. 'reports/*.txt PH004'")
        entries.append(IgnoreEntry(parts[0], _selectors(parts[1].replace(",", " ")),
                                   parts[2] if len(parts) > 2 else None, shown, number, root=root))
    return entries


class Suppressor(Record):
    """Applies inline directives and ``.auditorignore`` entries to one run (``rules``: id → rule;
    ``ignore_entries``)."""

    _fields = ("rules", "ignore_entries")
    _defaults = (("ignore_entries", []),)

    def apply(self, doc: Document, findings: list[Finding]) -> tuple[list[Finding], list[Region]]:
        """Findings left after suppression, and the inline regions that suppressed nothing."""
        regions = directive_regions(doc)
        if not regions and not self.ignore_entries:
            return findings, []
        kept = []
        for finding in findings:
            rule = self.rules.get(finding.rule_id)
            hit = False
            for region in regions:
                if region.covers(finding, rule):
                    region.mark_used()
                    hit = True
            for entry in self.ignore_entries:
                if entry.covers(doc.path, doc, finding, rule):
                    entry.used = hit = True
            if not hit:
                kept.append(finding)
        return kept, [r for r in regions if not r.used and r.parent is None]

    def unused_entries(self) -> list[IgnoreEntry]:
        return [e for e in self.ignore_entries if not e.used and e.report_unused]
