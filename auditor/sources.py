"""Turn command-line paths into a stream of :class:`~auditor.document.Document`.

Directories are walked recursively (sorted, hidden folders skipped) and filtered by include and
exclude globs; files named explicitly are always read; ``-`` reads standard input. Reading never
raises: an unreadable file becomes a document carrying an ``unreadable`` read issue.

Corpus files hold many documents, one per record; the suffix decides (see :func:`corpus_format`):

* JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, ``.ndjson.gz``), read line by line, always as
  UTF-8. Each line is a JSON object; ``--text-field`` names the text (default ``text``) and
  ``--id-field`` the record's id (default ``id``; the line number when the field is absent, null or
  ``""``). Blank lines are skipped but counted.
* CSV and TSV (``.csv``, ``.tsv``, optionally ``.gz``) with a header row, streamed row by row by the
  :mod:`csv` module (strict quoting; see :func:`_csv_records` for why not pandas); ``--text-column``
  (default ``text``) and ``--id-column`` (default: the row number, 1 for the first record after the
  header; blank lines are not rows). ``--encoding`` applies (default UTF-8, with or without a BOM).
* Parquet (``.parquet``), read by pyarrow one batch of a row group at a time, same options as CSV.

Memory does not grow with the size of a corpus file. pyarrow is imported only when a Parquet file
is read (pandas never is). A record becomes a document named ``PATH#ID`` (the path as given or walked).

A record that cannot be used (broken JSON, invalid UTF-8, a missing or non-string text, a CSV row
with the wrong number of fields) becomes a document named ``PATH#line-N`` (JSON Lines) or
``PATH#row-N`` (CSV, Parquet) carrying a ``bad-record`` read issue (rule EN007); reading goes on with
the next record. When the text or id *column* of a CSV/Parquet file does not exist, no row can be
read: the file yields a single ``bad-record`` document named ``PATH`` (one error, not an exit 2, so
that the other inputs of the run are still checked). A corpus file that cannot be opened, or breaks
off (a truncated ``.gz``), yields a document named ``PATH`` with an ``unreadable`` issue after the
records read so far; one without any record yields a document ``PATH`` with the ``empty`` issue.

Directories yield corpus files only when ``--include`` asks for them (e.g. ``--include '*.jsonl'``).
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Callable, Iterable, Iterator

from auditor.decoding import decode_bytes, looks_binary
from auditor.document import Document
from auditor.markup import code_spans, is_markdown
from auditor.record import Record

DEFAULT_INCLUDE = ("*.txt", "*.md")
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})


class InputOptions(Record):
    """How to read corpus files: the field or column holding the text and the one naming a record
    (``text_field``, ``id_field``, ``text_column``, ``id_column``)."""

    _fields = ("text_field", "id_field", "text_column", "id_column")
    _defaults = (("text_field", "text"), ("id_field", "id"), ("text_column", "text"), ("id_column", None))


def in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    """Whether the document called *name* belongs to *shard* ``(index, count)``: a stable hash of the name,
    the same on every machine and Python version."""
    if shard is None:
        return True
    import zlib

    index, count = shard
    return zlib.crc32(name.encode("utf-8", "surrogateescape")) % count == index


class SourceReport(Record):
    """What the walk noticed besides documents: ``missing`` paths and ``empty_dirs`` (folders with nothing
    to read)."""

    _fields = ("missing", "empty_dirs")
    _defaults = (("missing", []), ("empty_dirs", []))


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
    return document_from_text(path, text, used, list(issues))


def document_from_text(path: str, text: str, encoding: str = "utf-8", read_issues: list | None = None) -> Document:
    """A Document named *path* from decoded *text*: an ``empty`` issue for blank text, and the code
    spans of Markdown to skip."""
    doc = Document(path, text, encoding=encoding, read_issues=read_issues or [])
    if _blank(text):
        doc.read_issues.append(("empty", 0, 0, {}))
    if is_markdown(path):
        doc.ignored_spans = code_spans(text)
    return doc


def iter_documents(paths: Iterable[str], include=DEFAULT_INCLUDE, exclude=(), report=None,
                   stdin_name: str = "-", root: str | None = None, encoding: str | None = None,
                   inputs: InputOptions | None = None, shard: tuple[int, int] | None = None) -> Iterator[Document]:
    """Documents for *paths*, in order (see :func:`iter_paths`); *encoding* forces a codec; with *shard*
    only the documents of that shard. Corpus files yield one document per record (in file order), read
    as *inputs* says; the shard of a record is decided by its name (``PATH#ID``)."""
    for path in iter_paths(paths, include, exclude, report, root):
        kind = corpus_format(path) if path != "-" else None
        if kind is not None:
            yield from iter_records(path, kind, inputs or InputOptions(), shard, encoding)
            continue
        shown = stdin_name if path == "-" else path
        if in_shard(shown, shard):
            yield read_document(path, display=stdin_name if path == "-" else None, encoding=encoding)


# --------------------------------------------------------------------------- corpus files

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".tsv.gz")
PARQUET_SUFFIXES = (".parquet",)
#: rows per Parquet batch
CHUNK_ROWS = 1000
_MAX_FIELDS_LISTED = 8


def corpus_format(path: str) -> str | None:
    """``"jsonl"``, ``"csv"``, ``"tsv"`` or ``"parquet"`` when *path* is a corpus file, else None.

    >>> corpus_format("data/Part-1.JSONL.gz"), corpus_format("a.tsv"), corpus_format("a.txt")
    ('jsonl', 'tsv', None)
    """
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(CSV_SUFFIXES):
        return "tsv" if lower.endswith((".tsv", ".tsv.gz")) else "csv"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def iter_records(path: str, kind: str, inputs: InputOptions, shard: tuple[int, int] | None = None,
                 encoding: str | None = None) -> Iterator[Document]:
    """The documents of one corpus file of *kind* (see :func:`corpus_format`), this shard's only."""
    if kind == "jsonl":
        records = _jsonl_records(path, inputs)
    elif kind == "parquet":
        records = _parquet_records(path, inputs)
    else:
        records = _csv_records(path, inputs, "\t" if kind == "tsv" else ",", encoding)
    produced = False
    for name, make in records:
        produced = True
        if in_shard(name, shard):
            yield make()
    if not produced and in_shard(path, shard):  # not one record: say so, as for an empty text file
        yield Document(path, "", read_issues=[("empty", 0, 0, {})])


# A reader yields (name, factory) pairs: the name decides the shard before any Document is built.
_Record = tuple[str, Callable[[], Document]]


def record_document(name: str, text: str) -> Document:
    """The document of one record's *text* (never Markdown: code spans are not looked for)."""
    doc = Document(name, text)
    if _blank(text):
        doc.read_issues.append(("empty", 0, 0, {}))
    return doc


def bad_record(name: str, where: str, reason: str, hint: str) -> Document:
    """A document standing for a record that could not be read (rule EN007 ``bad-record``)."""
    return Document(name, "", encoding="unknown", is_text=False,
                    read_issues=[("bad-record", 0, 0, {"where": where, "reason": reason, "hint": hint})])


def _unreadable(path: str, reason: str) -> Document:
    return Document(path, "", encoding="unknown", is_text=False, read_issues=[("unreadable", 0, 0, {"reason": reason})])


def _text_record(name: str, text: str):
    return name, lambda: record_document(name, text)


def _bad(name: str, where: str, reason: str, hint: str):
    return name, lambda: bad_record(name, where, reason, hint)


def _unreadable_record(path: str, reason: str):
    return path, lambda: _unreadable(path, reason)


def _blank(text: str) -> bool:
    """``not text.strip()``, without copying the text (``strip`` copies a whole report to drop its last
    line break; ``isspace`` stops at the first character that is not white space).

    >>> _blank(""), _blank(" \\n\\t"), _blank("\\n一\\n")
    (True, True, False)
    """
    return not text or text.isspace()


def _open_binary(path: str):
    if path.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def _invalid_unicode(text: str) -> int | None:
    """The index of the first lone surrogate in *text* (an undecodable byte or a broken ``\\ud800``
    escape), or None when *text* can be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _type_name(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _id_text(value) -> str | None:
    """A record id as text: strings and numbers are ids; None, ``""`` and NaN mean "no id"."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value if value.strip() else None
    return str(value)


def _listed(names) -> str:
    names = [str(n) for n in names]
    shown = ", ".join(names[:_MAX_FIELDS_LISTED])
    return shown + (f" and {len(names) - _MAX_FIELDS_LISTED} more" if len(names) > _MAX_FIELDS_LISTED else "")


def _jsonl_records(path: str, inputs: InputOptions) -> Iterator[_Record]:
    """Records of a JSON Lines file, one line at a time (the file is never read whole)."""
    import json

    text_field, id_field = inputs.text_field, inputs.id_field
    number = 0
    try:
        handle = _open_binary(path)
    except OSError as exc:
        yield _unreadable_record(path, exc.strerror or str(exc))
        return
    try:
        with handle:
            for raw in handle:
                number += 1
                yield from _jsonl_line(path, number, raw, text_field, id_field, json)
    except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt .gz, a vanished file
        yield _unreadable_record(path, f"reading stopped at line {number + 1}: "
                                 f"{getattr(exc, 'strerror', None) or exc}")


def _jsonl_line(path: str, number: int, raw: bytes, text_field: str, id_field: str, json) -> Iterator[_Record]:
    where = f"line {number}"
    bad_name = f"{path}#line-{number}"
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _bad(bad_name, where, f"not valid UTF-8 (byte {exc.start + 1} of the line)",
                   "JSON Lines files must be UTF-8: re-encode the file, or repair the line")
        return
    try:
        record = json.loads(line.rstrip("\r\n"))
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            detail = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
        else:
            detail = str(exc)
        yield _bad(bad_name, where, f"not valid JSON ({detail})", "repair the line or remove it")
        return
    if not isinstance(record, dict):
        yield _bad(bad_name, where, f"the line holds {_type_name(record)}, not a JSON object",
                   "write one JSON object per line")
        return
    if text_field not in record:
        have = f"its fields are {_listed(record)}" if record else "it is an empty object"
        yield _bad(bad_name, where, f"no field '{text_field}' ({have})",
                   "name the field that holds the text with --text-field")
        return
    text = record[text_field]
    if not isinstance(text, str):
        yield _bad(bad_name, where, f"field '{text_field}' is {_type_name(text)}, not a string",
                   "store the text as a JSON string")
        return
    raw_id = record.get(id_field)
    if raw_id is not None and not isinstance(raw_id, (str, int, float)):
        yield _bad(bad_name, where, f"field '{id_field}' is {_type_name(raw_id)}; an id must be a string or a number",
                   "fix the id, or choose another field with --id-field")
        return
    record_id = _id_text(raw_id)
    bad_at = _invalid_unicode(text)
    if bad_at is None and record_id is not None and _invalid_unicode(record_id) is not None:
        yield _bad(bad_name, where, f"field '{id_field}' is not valid Unicode (a lone surrogate escape)",
                   "fix the \\u escape of the id")
        return
    if bad_at is not None:
        yield _bad(bad_name, where, f"the text is not valid Unicode: a lone surrogate escape "
                   f"(\\u{ord(text[bad_at]):04x}) at character {bad_at + 1}", "fix the \\u escape in the text")
        return
    yield _text_record(f"{path}#{record_id if record_id is not None else number}", text)


def _open_text(path: str, encoding: str | None):
    """A text handle on a (possibly gzipped) CSV file; undecodable bytes become lone surrogates so that
    the row holding them can be reported."""
    codec = encoding or "utf-8"
    if codec.lower().replace("_", "-") in ("utf-8", "utf8"):
        codec = "utf-8-sig"
    if path.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rt", encoding=codec, errors="surrogateescape", newline="")
    return open(path, encoding=codec, errors="surrogateescape", newline="")


def _csv_records(path: str, inputs: InputOptions, sep: str, encoding: str | None) -> Iterator[_Record]:
    """Records of a CSV/TSV file with a header row, streamed one row at a time.

    Python's :mod:`csv` module parses (in strict mode) rather than pandas: pandas' parsers cannot report
    a bad row at its number and go on (they truncate a first row that is too long, drop a last row
    with an unclosed quote, or stop at the first error), and an auditor must not lose records silently.
    """
    import csv

    text_col, id_col = inputs.text_column, inputs.id_column
    # the csv module refuses fields over 128 KiB by default; documents are often longer
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    try:
        handle = _open_text(path, encoding)
    except (OSError, LookupError) as exc:
        yield _unreadable_record(path, getattr(exc, "strerror", None) or str(exc))
        return
    number = 0
    try:
        with handle:
            rows = csv.reader(handle, delimiter=sep, strict=True)
            header = None
            while header is None:
                try:
                    header = next(rows, None)
                except csv.Error as exc:
                    yield _bad(path, "the header row", f"the header cannot be parsed ({exc})",
                               "repair the first line of the file; no row was checked")
                    return
                if header is None:
                    return  # an empty file: iter_records reports it
                if not header:
                    header = None  # blank lines before the header
            for column, option in ((text_col, "--text-column"), (id_col, "--id-column")):
                if column is not None and column not in header:
                    reason = f"no column '{column}' (the columns are {_listed(header)})"
                    yield _bad(path, "the header row", reason, f"name an existing column with {option}; "
                               "no row was checked")
                    return
            text_at = header.index(text_col)
            id_at = header.index(id_col) if id_col is not None else None
            columns = len(header)
            line = rows.line_num
            while True:
                try:
                    fields = next(rows)
                except StopIteration:
                    break
                except csv.Error as exc:
                    number += 1
                    where = f"row {number} (line {line + 1})"
                    yield _bad(f"{path}#row-{number}", where, f"the row cannot be parsed ({exc})",
                               "check its quoting: a quote opens and closes a whole field")
                    line = rows.line_num
                    continue
                start, line = line + 1, rows.line_num
                if not fields:
                    continue  # a blank line
                number += 1
                yield _csv_record(path, number, start, fields, columns, text_at, id_at, text_col, id_col)
    except (OSError, EOFError, UnicodeError) as exc:  # a truncated .gz, a vanished file
        yield _unreadable_record(path, f"reading stopped at row {number + 1}: "
                                 f"{getattr(exc, 'strerror', None) or exc}")


def _csv_record(path: str, number: int, line: int, fields: list[str], columns: int, text_at: int,
                id_at: int | None, text_col: str, id_col: str | None) -> _Record:
    where = f"row {number} (line {line})"
    bad_name = f"{path}#row-{number}"
    if len(fields) != columns:
        return _bad(bad_name, where, f"{len(fields)} field{'s' if len(fields) != 1 else ''} where the header "
                    f"has {columns}", "quote fields that hold the separator or a line break, or repair the row")
    text = fields[text_at]
    bad_at = _invalid_unicode(text)
    if bad_at is not None:
        return _bad(bad_name, where, f"the '{text_col}' cell is not valid text (an undecodable byte at character "
                    f"{bad_at + 1})", "re-encode the file as UTF-8, or give its encoding with --encoding")
    name_id = _id_text(fields[id_at]) if id_at is not None else None
    if name_id is not None and _invalid_unicode(name_id) is not None:
        return _bad(bad_name, where, f"the '{id_col}' cell is not valid text (an undecodable byte)",
                    "re-encode the file as UTF-8, or give its encoding with --encoding")
    return _text_record(f"{path}#{name_id if name_id is not None else number}", text)


def _parquet_records(path: str, inputs: InputOptions) -> Iterator[_Record]:
    """Records of a Parquet file, one batch of one row group at a time (pyarrow)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    text_col, id_col = inputs.text_column, inputs.id_column
    try:
        parquet = pq.ParquetFile(path)
        schema = parquet.schema_arrow
    except (OSError, ValueError, pa.ArrowException) as exc:
        yield _unreadable_record(path, f"not a readable Parquet file: {getattr(exc, 'strerror', None) or exc}")
        return
    names = schema.names
    for column, option in ((text_col, "--text-column"), (id_col, "--id-column")):
        if column is not None and column not in names:
            reason = f"no column '{column}' (the columns are {_listed(names)})"
            yield _bad(path, "the Parquet schema", reason, f"name an existing column with {option}; no row was checked")
            return
    text_type = schema.field(text_col).type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)
            or getattr(pa.types, "is_string_view", lambda _t: False)(text_type)):
        yield _bad(path, "the Parquet schema", f"column '{text_col}' holds {text_type} values, not strings",
                   "name the column that holds the text with --text-column; no row was checked")
        return
    wanted = [text_col] if id_col is None or id_col == text_col else [text_col, id_col]
    number = 0
    try:
        for group in range(parquet.num_row_groups):
            for batch in parquet.iter_batches(batch_size=CHUNK_ROWS, row_groups=[group], columns=wanted):
                texts = batch.column(0).to_pylist()
                ids = batch.column(len(wanted) - 1).to_pylist() if id_col is not None else None
                for i, text in enumerate(texts):
                    number += 1
                    yield _parquet_record(path, number, text, ids[i] if ids is not None else None, text_col)
    except (OSError, ValueError, pa.ArrowException) as exc:
        yield _unreadable_record(path, f"reading stopped at row {number + 1}: {exc}")


def _parquet_record(path: str, number: int, text, record_id, text_col: str) -> _Record:
    where = f"row {number}"
    if text is None:
        return _bad(f"{path}#row-{number}", where, f"no text (the '{text_col}' cell is null)",
                    "fill in the text or drop the row")
    name_id = _id_text(record_id)
    return _text_record(f"{path}#{name_id if name_id is not None else number}", text)
