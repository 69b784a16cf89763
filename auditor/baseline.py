"""Baselines: record today's findings so that a CI gate fails only on new ones.

A baseline file lists, per document, the fingerprints (see :mod:`auditor.fingerprint`) of the findings
that are accepted for now. Fingerprints contain no line numbers, so inserting or deleting text elsewhere
in a document keeps its findings baselined; editing a finding's span or its immediate surroundings
makes it new (and its old entry "fixed").

The file is JSON, written sorted and without timestamps, so that re-recording an unchanged collection
gives a byte-identical file and two branches rarely conflict::

    {
      "version": 1,
      "tool": "doc-auditor",
      "documents": {
        "reports/a.txt": [
          {"rule_id": "PH001", "fingerprint": "597ec623…", "text": "xx"}
        ]
      }
    }

Typical use (``results`` are :class:`auditor.engine.DocumentResult` objects)::

    baseline = Baseline.load("auditor-baseline.json")
    gate = BaselineFilter(baseline)
    new_results = [gate.filter(result) for result in results]   # only findings not in the baseline
    for path, entry in gate.fixed():                           # accepted findings that are gone
        print(f"{path}: {entry['rule_id']} {entry['text']!r} no longer occurs")

    update(baseline, results).save("auditor-baseline.json")    # --update-baseline

This module never imports the rule engine; its JSON text comes from :mod:`auditor.jsonio` (orjson when
installed, the text of ``json.dumps(indent=2)`` either way).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditor.errors import AuditorError
from auditor.fingerprint import fingerprints

if TYPE_CHECKING:  # pragma: no cover
    from auditor.engine import DocumentResult

#: the version of the file format written by :meth:`Baseline.save` and accepted by :meth:`Baseline.load`
BASELINE_VERSION = 1
TOOL_NAME = "doc-auditor"
#: span texts longer than this are shortened in the file (they are only there for humans)
MAX_TEXT_CHARS = 200

_ENTRY_KEYS = ("rule_id", "fingerprint", "text")
_REDO = "fix or delete it, or record a new baseline with --update-baseline"


class BaselineError(AuditorError):
    """A baseline file that cannot be read or is not a doc-auditor baseline."""


def normalise_path(path: str) -> str:
    """The key of a document in a baseline: forward slashes, no leading ``./``.

    >>> normalise_path(".\\\\reports\\\\a.txt")
    'reports/a.txt'
    >>> normalise_path("./././b.md")
    'b.md'
    """
    path = str(path).replace("\\", "/")
    while path.startswith("./"):
        path = path[2:].lstrip("/")
    return path


def _entry(rule_id: str, fingerprint: str, text: str) -> dict:
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS - 1] + "…"
    return {"rule_id": rule_id, "fingerprint": fingerprint, "text": text}


def _entry_key(entry: dict) -> tuple[str, str]:
    return entry["rule_id"], entry["fingerprint"]


def _file_mode(path: str) -> int:
    """The mode of the existing file at *path*, or that of a new file under the current umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _result_fingerprints(result: DocumentResult) -> list[str]:
    stored = [getattr(f, "fingerprint", None) for f in result.findings]
    if all(stored):
        return stored  # set by the engine over the whole document
    return fingerprints(result.document.text, result.findings)


@dataclass
class Baseline:
    """Accepted findings: ``entries[path][fingerprint] = {"rule_id", "fingerprint", "text"}``.

    Paths are normalised with :func:`normalise_path`.

    >>> from auditor.document import Document
    >>> from auditor.engine import DocumentResult
    >>> from auditor.finding import Finding
    >>> doc = Document("./a.txt", "走访xx户")
    >>> finding = Finding("PH001", "placeholder", "error", "…", 2, 4)
    >>> baseline = Baseline.from_results([DocumentResult(doc, [finding])])
    >>> len(baseline), [e["text"] for e in baseline.entries["a.txt"].values()]
    (1, ['xx'])
    """

    entries: dict[str, dict[str, dict]] = field(default_factory=dict)

    def __len__(self) -> int:
        """The number of baselined findings over all documents."""
        return sum(len(by_print) for by_print in self.entries.values())

    def contains(self, path: str, fingerprint: str) -> bool:
        """True when the finding *fingerprint* of document *path* is baselined."""
        return fingerprint in self.entries.get(normalise_path(path), {})

    def paths(self) -> list[str]:
        """The (normalised) paths of the documents with baselined findings, sorted."""
        return sorted(path for path, by_print in self.entries.items() if by_print)

    @classmethod
    def from_results(cls, results: Iterable[DocumentResult]) -> Baseline:
        """The baseline that accepts every finding of *results* (documents without findings are left out).

        A path given twice (which the engine does not do) collects the findings of both results.
        """
        entries: dict[str, dict[str, dict]] = {}
        for result in results:
            if not result.findings:
                continue
            text = result.document.text
            by_print = entries.setdefault(normalise_path(result.document.path), {})
            for finding, fingerprint in zip(result.findings, _result_fingerprints(result), strict=True):
                by_print[fingerprint] = _entry(finding.rule_id, fingerprint, text[finding.start:finding.end])
        return cls(entries)

    def to_json(self) -> dict:
        """The file content as a JSON-ready dict: documents sorted by path, entries by (rule id, fingerprint)."""
        documents = {
            path: [dict(entry) for entry in sorted(self.entries[path].values(), key=_entry_key)]
            for path in self.paths()
        }
        return {"version": BASELINE_VERSION, "tool": TOOL_NAME, "documents": documents}

    def dumps(self) -> str:
        """The exact text that :meth:`save` writes (UTF-8, indent 2, trailing newline)."""
        from auditor.jsonio import pretty

        return pretty(self.to_json()) + "\n"

    def save(self, path: str | os.PathLike) -> None:
        """Write the baseline to *path* atomically (a temporary file in the same folder, then ``os.replace``)."""
        path = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(path))
        data = self.dumps().encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(OSError):  # mkstemp makes the file 0600: keep the old file's mode
                os.chmod(tmp, _file_mode(path))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike) -> Baseline:
        """Read a baseline file; :class:`BaselineError` names the file and the problem if it is not one."""
        name = os.fspath(path)
        try:
            with open(name, "rb") as handle:
                raw = handle.read()
        except FileNotFoundError:
            raise BaselineError(
                f"baseline file {name} does not exist; record one with --update-baseline") from None
        except OSError as exc:
            raise BaselineError(
                f"cannot read baseline file {name}: {exc.strerror or exc}; check the path and its permissions"
            ) from None
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise BaselineError(f"baseline file {name} is not UTF-8 ({exc.reason} at byte {exc.start}); {_REDO}"
                                ) from None
        except json.JSONDecodeError as exc:
            raise BaselineError(
                f"baseline file {name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); {_REDO}"
            ) from None
        return cls.from_json(data, name)

    @classmethod
    def from_json(cls, data: object, name: str = "<baseline>") -> Baseline:
        """A baseline from the parsed file content; *name* is used in :class:`BaselineError` messages."""

        def bad(what: str) -> BaselineError:
            return BaselineError(f"baseline file {name} is not a doc-auditor baseline: {what}; {_REDO}")

        if not isinstance(data, dict):
            raise bad(f"expected a JSON object, found {type(data).__name__}")
        version = data.get("version")
        if "version" not in data:
            raise bad('the "version" key is missing')
        if version != BASELINE_VERSION or isinstance(version, bool):
            raise BaselineError(
                f"baseline file {name} has version {version!r}, but this doc-auditor reads version "
                f"{BASELINE_VERSION}; record a new baseline with --update-baseline")
        if data.get("tool", TOOL_NAME) != TOOL_NAME:
            raise bad(f'"tool" is {data["tool"]!r}, not {TOOL_NAME!r}')
        documents = data.get("documents")
        if not isinstance(documents, dict):
            raise bad('"documents" must be an object mapping paths to lists of findings')
        entries: dict[str, dict[str, dict]] = {}
        for path, items in documents.items():
            if not isinstance(items, list):
                raise bad(f'"documents"[{path!r}] must be a list')
            by_print = entries.setdefault(normalise_path(path), {})
            for index, item in enumerate(items):
                where = f'"documents"[{path!r}][{index}]'
                if not isinstance(item, dict):
                    raise bad(f"{where} must be an object")
                for key in ("rule_id", "fingerprint"):
                    if not isinstance(item.get(key), str) or not item[key]:
                        raise bad(f'{where} needs a non-empty string "{key}"')
                text = item.get("text", "")
                if not isinstance(text, str):
                    raise bad(f'{where}: "text" must be a string')
                by_print[item["fingerprint"]] = _entry(item["rule_id"], item["fingerprint"], text)
        return cls({path: by_print for path, by_print in entries.items() if by_print})


class BaselineFilter:
    """Drop baselined findings from results, and track which baseline entries were seen.

    Feed every result of a run through :meth:`filter`; afterwards :meth:`fixed` lists the entries of
    the checked documents that no longer occur, and :attr:`matched_count` counts the entries that did.

    >>> from auditor.document import Document
    >>> from auditor.engine import DocumentResult
    >>> from auditor.finding import Finding
    >>> old = DocumentResult(Document("a.txt", "走访xx户"), [Finding("PH001", "placeholder", "error", "…", 2, 4)])
    >>> gate = BaselineFilter(Baseline.from_results([old]))
    >>> len(gate.filter(old).findings), gate.matched_count, gate.fixed()
    (0, 1, [])
    >>> new = DocumentResult(Document("a.txt", "走访xxx户"), [Finding("PH001", "placeholder", "error", "…", 2, 5)])
    >>> gate = BaselineFilter(Baseline.from_results([old]))
    >>> len(gate.filter(new).findings), [entry["text"] for _, entry in gate.fixed()]
    (1, ['xx'])
    """

    def __init__(self, baseline: Baseline):
        self.baseline = baseline
        #: normalised path → fingerprints of its baseline entries that occurred in this run
        self.matched: dict[str, set[str]] = {}

    def filter(self, result: DocumentResult) -> DocumentResult:
        """A copy of *result* without the findings that the baseline accepts for its document."""
        path = normalise_path(result.document.path)
        seen = self.matched.setdefault(path, set())
        accepted = self.baseline.entries.get(path, {})
        if not accepted or not result.findings:
            return type(result)(result.document, list(result.findings), result.verified)
        kept = []
        for finding, fingerprint in zip(result.findings, _result_fingerprints(result), strict=True):
            if fingerprint in accepted:
                seen.add(fingerprint)
            else:
                kept.append(finding)
        return type(result)(result.document, kept, result.verified)

    @property
    def matched_count(self) -> int:
        """How many baseline entries occurred in the documents filtered so far."""
        return sum(len(prints) for prints in self.matched.values())

    @property
    def checked_paths(self) -> list[str]:
        """The (normalised) paths of the documents filtered so far, sorted."""
        return sorted(self.matched)

    def fixed(self) -> list[tuple[str, dict]]:
        """Baseline entries of the documents filtered so far that did not occur, sorted by path then
        (rule id, fingerprint). Entries of documents that were not filtered in this run are not listed."""
        out = []
        for path in sorted(self.matched):
            seen = self.matched[path]
            gone = [entry for print_, entry in self.baseline.entries.get(path, {}).items() if print_ not in seen]
            out.extend((path, entry) for entry in sorted(gone, key=_entry_key))
        return out


def update(old: Baseline, results: Iterable[DocumentResult]) -> Baseline:
    """The baseline for ``--update-baseline``: new findings are added and fixed ones dropped.

    That is exactly :meth:`Baseline.from_results` of the current *results*; *old* is accepted so that
    callers need not care, and so that a later version could keep entries of documents that were not
    checked in this run. Note that the documents of *old* that are absent from *results* are dropped.

    >>> update(Baseline(), []) == Baseline()
    True
    """
    return Baseline.from_results(results)
