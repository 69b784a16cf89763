"""Findings as a table: :func:`to_dataframe` for notebooks, and the row shape shared with the CSV and
Parquet reports.

One row per finding with the columns of :data:`COLUMNS` (the fields of a finding in the JSON report,
``reports/report.schema.json``, plus the document's ``path``; ``fix`` is left out). Statements that
were checked and found consistent (``--show-verified``) are *not* rows by default; ask for them with
``include_verified=True`` and a boolean ``verified`` column tells the two apart.

pandas is imported only by :func:`to_dataframe`, so ``import auditor.dataframe`` stays light; the
helpers :func:`load_report` and :func:`iter_rows` need nothing outside the standard library.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

#: the columns of a findings table, in order
COLUMNS = ("path", "rule_id", "category", "severity", "message", "line", "column", "end_line", "end_column",
           "start", "end", "subtype", "fingerprint", "excerpt")
#: the integer columns (every finding has them); the others are text, ``subtype`` may be missing
INT_COLUMNS = ("line", "column", "end_line", "end_column", "start", "end")
#: the extra column added when verified statements are included
VERIFIED_COLUMN = "verified"

_FINDING_KEYS = ("rule_id", "category", "severity")


class ReportError(ValueError):
    """A JSON report that cannot be read or does not have the shape of ``auditor check --format json``."""


def row(path: str, finding: Mapping[str, Any]) -> dict:
    """One table row from a finding of the JSON report (a dict) and its document's path."""
    out = {"path": path}
    for name in COLUMNS[1:]:
        out[name] = finding.get(name)
    return out


def iter_rows(report: Mapping[str, Any], include_verified: bool = False) -> Iterator[dict]:
    """The rows of a (validated) report, document by document, findings before verified statements."""
    for doc in report["documents"]:
        for finding in doc["findings"]:
            item = row(doc["path"], finding)
            if include_verified:
                item[VERIFIED_COLUMN] = False
            yield item
        if include_verified:
            for finding in doc.get("verified", ()):
                item = row(doc["path"], finding)
                item[VERIFIED_COLUMN] = True
                yield item


def load_report(source: Any, name: str | None = None) -> dict:
    """A JSON report from a dict, a path (``str`` or path-like) or a JSON text (``str`` or bytes).

    A ``str`` whose first non-blank character is ``{`` or ``[`` is taken as JSON, any other ``str`` as
    a path.
    Raises :class:`ReportError` with a message naming the problem (and the file, if any).
    """
    if isinstance(source, Mapping):
        report = source
        name = name or "report"
    else:
        if isinstance(source, (bytes, bytearray)):
            text, name = bytes(source).decode("utf-8-sig", errors="replace"), name or "report"
        elif isinstance(source, str) and source.lstrip()[:1] in ("{", "["):
            text, name = source, name or "report"
        elif isinstance(source, (str, os.PathLike)):
            name = name or os.fspath(source)
            try:
                text = Path(source).read_text(encoding="utf-8-sig")
            except FileNotFoundError:
                raise ReportError(f"{name}: no such file") from None
            except IsADirectoryError:
                raise ReportError(f"{name}: is a directory, not a JSON report") from None
            except UnicodeDecodeError:
                raise ReportError(f"{name}: not a UTF-8 JSON report") from None
            except OSError as exc:
                raise ReportError(f"{name}: cannot read it: {exc.strerror or exc}") from None
        else:
            raise TypeError(f"expected a report dict, a path or a JSON string, not {type(source).__name__}")
        try:
            report = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ReportError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                              "expected the output of 'auditor check --format json'") from None
    validate_report(report, name)
    return dict(report)


def validate_report(report: Any, name: str = "report") -> None:
    """Check the parts of the report shape that tables rely on; raise :class:`ReportError` if one is off."""
    hint = "expected the output of 'auditor check --format json'"
    if not isinstance(report, Mapping):
        raise ReportError(f"{name}: the JSON is a {type(report).__name__}, not an object; {hint}")
    documents = report.get("documents")
    if not isinstance(documents, list):
        raise ReportError(f"{name}: no 'documents' list; {hint}")
    for i, doc in enumerate(documents):
        where = f"{name}: documents[{i}]"
        if not isinstance(doc, Mapping):
            raise ReportError(f"{where} is not an object")
        if not isinstance(doc.get("path"), str):
            raise ReportError(f"{where} has no 'path' text")
        for key in ("findings", "verified"):
            findings = doc.get(key, [] if key == "verified" else None)
            if not isinstance(findings, list):
                raise ReportError(f"{where} has no '{key}' list")
            for j, finding in enumerate(findings):
                spot = f"{where}.{key}[{j}]"
                if not isinstance(finding, Mapping):
                    raise ReportError(f"{spot} is not an object")
                for field in _FINDING_KEYS:
                    if not isinstance(finding.get(field), str):
                        raise ReportError(f"{spot} has no '{field}' text")
                for field in INT_COLUMNS:
                    value = finding.get(field)
                    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                        raise ReportError(f"{spot}: '{field}' is not an integer")


def frame(rows: list[dict], include_verified: bool = False):
    """A DataFrame of *rows* with the table's columns and dtypes (also when there are no rows)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("findings tables need pandas: pip install 'doc-auditor[corpus]'") from exc

    columns = [*COLUMNS, VERIFIED_COLUMN] if include_verified else list(COLUMNS)
    df = pd.DataFrame.from_records(rows, columns=columns)
    dtypes: dict = {name: "Int64" if df[name].isna().any() else "int64" for name in INT_COLUMNS}
    if include_verified:
        dtypes[VERIFIED_COLUMN] = "bool"
    return df.astype(dtypes)


def to_dataframe(report: Any, include_verified: bool = False):
    """The findings of a JSON report as a pandas DataFrame, one row per finding.

    *report* is a report dict (``json.load`` of ``auditor check --format json``), a path to such a
    file, or its JSON text. Columns: :data:`COLUMNS` (``subtype`` is missing — ``NaN``/``None`` —
    for findings without one). Verified statements (``--show-verified``) are left out unless
    *include_verified* is true; then they are rows too and a boolean ``verified`` column is added.

    >>> df = to_dataframe({"documents": [{"path": "a.txt", "encoding": "utf-8", "findings": []}]})
    >>> list(df.columns)[:3], len(df)
    (['path', 'rule_id', 'category'], 0)
    """
    data = load_report(report)
    return frame(list(iter_rows(data, include_verified)), include_verified)
