"""Turn command-line paths into a stream of :class:`~auditor.document.Document`.

Directories are walked recursively (sorted, hidden folders skipped) and filtered by include and
exclude globs; files named explicitly are always read; ``-`` reads standard input. Reading never
raises: an unreadable file becomes a document carrying an ``unreadable`` read issue.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from auditor.decoding import decode_bytes, looks_binary
from auditor.document import Document
from auditor.markup import code_spans, is_markdown

DEFAULT_INCLUDE = ("*.txt", "*.md")
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})


@dataclass
class SourceReport:
    """What the walk noticed besides documents: missing paths and folders with nothing to read."""

    missing: list[str] = field(default_factory=list)
    empty_dirs: list[str] = field(default_factory=list)


def _matches(name: str, rel: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in patterns)


def iter_paths(
    paths: Iterable[str],
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    report: SourceReport | None = None,
) -> Iterator[str]:
    """Yield file paths (and ``-``) in command-line order, walking directories."""
    include, exclude = tuple(include), tuple(exclude)
    report = report if report is not None else SourceReport()
    for given in paths:
        if given == "-":
            yield given
        elif os.path.isdir(given):
            found = False
            for root, dirs, files in os.walk(given, onerror=None):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
                rel_root = os.path.relpath(root, given)
                if exclude:
                    dirs[:] = [d for d in dirs if not _matches(d, os.path.join(rel_root, d), exclude)]
                for name in sorted(files):
                    rel = os.path.normpath(os.path.join(rel_root, name))
                    if _matches(name, rel, include) and not _matches(name, rel, exclude):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                report.empty_dirs.append(given)
        elif os.path.lexists(given):
            yield given
        else:
            report.missing.append(given)


def read_document(path: str, data: bytes | None = None, display: str | None = None) -> Document:
    """Read and decode one file (or the given *data*) into a Document; never raises."""
    shown = display or path
    if data is None:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return Document(shown, "", encoding="unknown", is_text=False,
                            read_issues=[("unreadable", 0, 0, {"reason": reason})])
    return document_from_bytes(shown, data)


def document_from_bytes(path: str, data: bytes) -> Document:
    """Decode *data* into a Document named *path*, recording read issues."""
    if not data:
        return Document(path, "", read_issues=[("empty", 0, 0, {})])
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        nul = data.index(b"\x00")
        return Document(path, "", encoding="binary", is_text=False,
                        read_issues=[("binary", 0, 0, {"byte_offset": nul, "size": len(data)})])
    text, encoding, issues = decode_bytes(data)
    doc = Document(path, text, encoding=encoding, read_issues=list(issues))
    if not text.strip():
        doc.read_issues.append(("empty", 0, 0, {}))
    if is_markdown(path):
        doc.ignored_spans = code_spans(text)
    return doc


def iter_documents(paths: Iterable[str], include=DEFAULT_INCLUDE, exclude=(), report=None,
                   stdin_name: str = "-") -> Iterator[Document]:
    """Documents for *paths*, in order (see :func:`iter_paths`)."""
    for path in iter_paths(paths, include, exclude, report):
        yield read_document(path, display=stdin_name if path == "-" else None)
