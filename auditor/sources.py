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
class InputOptions:
    """How to read corpus files: the field or column holding the text and the one naming a record."""

    text_field: str = "text"
    id_field: str = "id"
    text_column: str = "text"
    id_column: str | None = None


def in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    """Whether the document called *name* belongs to *shard* ``(index, count)``: a stable hash of the name,
    the same on every machine and Python version."""
    if shard is None:
        return True
    import zlib

    index, count = shard
    return zlib.crc32(name.encode("utf-8", "surrogateescape")) % count == index


@dataclass
class SourceReport:
    """What the walk noticed besides documents: missing paths and folders with nothing to read."""

    missing: list[str] = field(default_factory=list)
    empty_dirs: list[str] = field(default_factory=list)


def _matches(name: str, rel: str | list[str], patterns: Iterable[str]) -> bool:
    rels = [r.replace(os.sep, "/") for r in ([rel] if isinstance(rel, str) else rel)]
    return any(fnmatch.fnmatch(name, p) or any(fnmatch.fnmatch(r, p) for r in rels) for p in patterns)


def _excluded(path: str, exclude: tuple[str, ...], root: str | None) -> bool:
    """Whether an explicitly named *path* (or a folder above it, below *root*) matches *exclude*."""
    if not exclude:
        return False
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, root) if root else path
    if rel.startswith(".."):
        rel = path
    parts = rel.replace(os.sep, "/").split("/")
    return any(_matches(parts[i], "/".join(parts[: i + 1]), exclude) for i in range(len(parts)))


def _relative(path: str, walked: str, root: str | None) -> str:
    """*path* relative to *root* (the configuration's folder) when it lies below it, else relative to
    the walked folder: the same file matches the same globs however the run names it."""
    if root:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not rel.startswith(".."):
            return rel
    return os.path.relpath(path, walked)


def iter_paths(
    paths: Iterable[str],
    include: Iterable[str] = DEFAULT_INCLUDE,
    exclude: Iterable[str] = (),
    report: SourceReport | None = None,
    root: str | None = None,
) -> Iterator[str]:
    """Yield file paths (and ``-``) in command-line order, walking directories.

    *exclude* globs match file or folder names, or paths relative to *root* (the configuration's
    folder; the walked directory when not given). They apply to explicitly named files too, so that
    a pre-commit hook honours the project's excludes.
    """
    include, exclude = tuple(include), tuple(exclude)
    report = report if report is not None else SourceReport()
    for given in paths:
        if given == "-":
            yield given
        elif exclude and _excluded(given, exclude, root):
            continue
        elif os.path.isdir(given):
            found = False
            for folder, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
                if exclude:
                    dirs[:] = [d for d in dirs if not _matches(d, _relative(os.path.join(folder, d), given, root),
                                                                exclude)]
                for name in sorted(files):
                    path = os.path.normpath(os.path.join(folder, name))
                    rel = _relative(path, given, root)
                    if _matches(name, rel, include) and not _matches(name, rel, exclude):
                        found = True
                        yield path
            if not found:
                report.empty_dirs.append(given)
        elif os.path.lexists(given):
            yield given
        else:
            report.missing.append(given)


def read_document(path: str, data: bytes | None = None, display: str | None = None,
                  encoding: str | None = None) -> Document:
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
    return document_from_bytes(shown, data, encoding)


def document_from_bytes(path: str, data: bytes, encoding: str | None = None) -> Document:
    """Decode *data* into a Document named *path*, recording read issues."""
    if not data:
        return Document(path, "", read_issues=[("empty", 0, 0, {})])
    if encoding is None and looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        nul = data.index(b"\x00")
        return Document(path, "", encoding="binary", is_text=False,
                        read_issues=[("binary", 0, 0, {"byte_offset": nul, "size": len(data)})])
    text, used, issues = decode_bytes(data, encoding)
    doc = Document(path, text, encoding=used, read_issues=list(issues))
    if not text.strip():
        doc.read_issues.append(("empty", 0, 0, {}))
    if is_markdown(path):
        doc.ignored_spans = code_spans(text)
    return doc


def iter_documents(paths: Iterable[str], include=DEFAULT_INCLUDE, exclude=(), report=None,
                   stdin_name: str = "-", root: str | None = None, encoding: str | None = None,
                   inputs: InputOptions | None = None, shard: tuple[int, int] | None = None) -> Iterator[Document]:
    """Documents for *paths*, in order (see :func:`iter_paths`); *encoding* forces a codec; with *shard*
    only the documents of that shard."""
    for path in iter_paths(paths, include, exclude, report, root):
        shown = stdin_name if path == "-" else path
        if in_shard(shown, shard):
            yield read_document(path, display=stdin_name if path == "-" else None, encoding=encoding)
