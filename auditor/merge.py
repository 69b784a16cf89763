"""``auditor merge``: combine the JSON reports of a sharded run (``--shard I/N``) into one report.

The merged report has the shape of ``reports/report.schema.json`` (each input is validated against it):

* documents: those of every report, then sorted by :func:`input_order_key`, a stable sort (documents
  with the same key keep the order of the reports, and their order inside each report);
* summary: recomputed from the merged documents (documents, findings, by_severity, by_rule), exactly
  as a single run counts them; ``verified`` lists are kept as they are;
* tool: the version of the reports; a warning when they come from different versions of doc-auditor,
  or from another version than this one.

Order. A single run lists documents in input order: the paths in command-line order, each directory
walked with the files of a folder (sorted by name) before its sub-folders, the records of a corpus file
in file order. Shards interleave that order, and a report does not record it, so the merge sorts by a
key that rebuilds it: path components compare folder before folder and file before folder (the walk's
order), and the records of one corpus file (``data.jsonl#ID``) by their line or row number (the default
ids ``N``, ``line-N`` and ``row-N``; other ids compare naturally, digits as numbers). Hence a merge of
all the shards equals one run of the same inputs when the directories and files were given in sorted
order and the records use the default ids (or ids that ascend in the file); otherwise the documents are
the same but the order may differ from the single run's.

Errors (exit 2, no traceback): a report that cannot be read, is not JSON or not a doc-auditor report
(named, with the reason), the same report given twice, and a document present in more than one report
(the shards overlap: the names are listed). A document twice inside one report is kept (a single run lists
a file named twice twice). On success the exit code is 0, whatever the findings.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter

from auditor import __version__
from auditor.sources import corpus_format

EXIT_OK, EXIT_ERROR = 0, 2
#: how many duplicated documents an error message names
SHOWN_DUPLICATES = 10

_LINE_ID = re.compile(r"(?:line-|row-)?(\d+)")
_DIGITS = re.compile(r"(\d+)")


class ReportError(Exception):
    """A report that cannot be merged; the message names the file."""


def _err(message: str) -> None:
    sys.stderr.write(f"auditor: {message}\n")


def split_record(path: str) -> tuple[str, str | None]:
    """``"data/a.jsonl#12"`` → ``("data/a.jsonl", "12")``; a plain file → ``(path, None)``.

    >>> split_record("data/a.jsonl#line-3"), split_record("notes#1.txt")
    (('data/a.jsonl', 'line-3'), ('notes#1.txt', None))
    """
    start = 0
    while (i := path.find("#", start)) != -1:
        if corpus_format(path[:i]) is not None:
            return path[:i], path[i + 1:]
        start = i + 1
    return path, None


def _natural(text: str) -> tuple:
    """A key comparing digit runs as numbers: ``a9`` < ``a10``. Even positions hold text, odd ones ints."""
    parts = _DIGITS.split(text)
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def input_order_key(path: str) -> tuple:
    """The sort key that rebuilds a single run's order (see the module's documentation).

    >>> paths = ["d/sub/a.txt", "d/z.txt", "c.jsonl#10", "c.jsonl#line-2", "c.jsonl#1", "c.jsonl"]
    >>> sorted(paths, key=input_order_key)
    ['c.jsonl#1', 'c.jsonl#line-2', 'c.jsonl#10', 'c.jsonl', 'd/z.txt', 'd/sub/a.txt']
    """
    file_part, record = split_record(path)
    parts = file_part.replace(os.sep, "/").split("/")
    walk = (*((1, part) for part in parts[:-1]), (0, parts[-1]))
    if record is None:
        return walk, (2,)  # a file-level document (unreadable, missing column) after the file's records
    number = _LINE_ID.fullmatch(record)
    if number:
        return walk, (0, int(number.group(1)))
    return walk, (1, _natural(record))


def load_report(path: str) -> dict:
    """Read and validate one JSON report; raise :class:`ReportError` naming *path*."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise ReportError(f"{path}: cannot read the report: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ReportError(f"{path}: not a JSON report (the file is not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise ReportError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
                          "merge takes reports written by 'auditor check --format json'") from None
    _validate(path, data)
    return data


def _validate(path: str, data) -> None:
    import jsonschema

    from auditor.resources import report_schema_path

    schema = json.loads(report_schema_path().read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is None:
        return
    where = "/".join(str(part) for part in error.absolute_path) or "the top level"
    message = error.message if len(error.message) <= 200 else error.message[:200] + "…"
    raise ReportError(f"{path}: not a doc-auditor JSON report ({where}: {message}); "
                      "merge takes reports written by 'auditor check --format json'")


def summarise(documents: list[dict]) -> dict:
    """The ``summary`` of a report holding *documents*, counted like a single run counts it."""
    by_severity: Counter = Counter()
    by_rule: Counter = Counter()
    findings = 0
    for doc in documents:
        for finding in doc["findings"]:
            findings += 1
            by_severity[finding["severity"]] += 1
            by_rule[finding["rule_id"]] += 1
    out = {"documents": len(documents), "findings": findings,
           "by_severity": dict(sorted(by_severity.items())), "by_rule": dict(sorted(by_rule.items()))}
    labels = Counter(doc["verdict"]["label"] for doc in documents if "verdict" in doc)
    if labels:  # verdict counts as one run counts them (tolerances are the run's gate, not merged)
        out["verdicts"] = {label: labels[label] for label in ("keep", "review", "reject")}
    return out


def merge_reports(reports: list[tuple[str, dict]]) -> dict:
    """One report from ``(name, report)`` pairs; raise :class:`ReportError` when documents overlap."""
    owner: dict[str, int] = {}
    duplicates: dict[str, list[int]] = {}
    documents: list[dict] = []
    for index, (_, report) in enumerate(reports):
        seen_here = set()
        for doc in report["documents"]:
            path = doc["path"]
            first = owner.setdefault(path, index)
            if first != index and path not in seen_here:
                duplicates.setdefault(path, [first]).append(index)
            seen_here.add(path)
            documents.append(doc)
    if duplicates:
        listed = list(duplicates.items())[:SHOWN_DUPLICATES]
        shown = "; ".join(f"{path} (in {', '.join(reports[i][0] for i in where)})" for path, where in listed)
        more = len(duplicates) - SHOWN_DUPLICATES
        raise ReportError(f"{len(duplicates)} document(s) appear in more than one report: {shown}"
                          + (f"; and {more} more" if more > 0 else "")
                          + ". The shards overlap: merge the reports of one --shard I/N run, each shard once")
    documents.sort(key=lambda doc: input_order_key(doc["path"]))
    versions = [report["tool"]["version"] for _, report in reports]
    return {
        "version": reports[0][1]["version"],
        "tool": {"name": "doc-auditor", "version": versions[0] if len(set(versions)) == 1 else __version__},
        "summary": summarise(documents),
        "documents": documents,
    }


def version_warnings(reports: list[tuple[str, dict]]) -> list[str]:
    """Warnings when the reports were written by different versions of doc-auditor."""
    versions: dict[str, list[str]] = {}
    for name, report in reports:
        versions.setdefault(report["tool"]["version"], []).append(name)
    if len(versions) > 1:
        listed = "; ".join(f"{version}: {', '.join(names)}" for version, names in versions.items())
        return [f"warning: the reports come from different versions of doc-auditor ({listed}); "
                "their findings may not be comparable"]
    (only,) = versions
    if only != __version__:
        return [f"warning: the reports were written by doc-auditor {only}, this is {__version__}"]
    return []


def run_merge(args: argparse.Namespace) -> int:
    """``auditor merge REPORT.json... [-o FILE]``: the exit code (0, or 2 with a message on stderr)."""
    reports: list[tuple[str, dict]] = []
    failed = False
    seen: dict[str, int] = {}
    for index, path in enumerate(args.reports):
        first = seen.setdefault(os.path.realpath(path), index)
        if first != index:
            _err(f"error: {path}: the same report is given twice (also as {args.reports[first]}); "
                 "name each shard's report once")
            return EXIT_ERROR
        try:
            reports.append((path, load_report(path)))
        except ReportError as exc:
            _err(f"error: {exc}")
            failed = True
    if failed:
        return EXIT_ERROR
    try:
        merged = merge_reports(reports)
    except ReportError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    for warning in version_warnings(reports):
        _err(warning)
    from auditor.jsonio import pretty

    text = pretty(merged) + "\n"
    output = getattr(args, "output", None)
    if not output or output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        _err(f"error: cannot write the merged report to {output}: {exc.strerror or exc}")
        return EXIT_ERROR
    return EXIT_OK
