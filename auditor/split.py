"""``auditor split CORPUS --keep OUT --reject OUT [--review OUT]``: sort records by their verdict.

Every record of *CORPUS* is audited (the rules, configuration and suppressions of ``auditor check``),
judged by the verdict policy (:mod:`auditor.verdict`) and written to exactly one output:

* a **JSON Lines** file (``.jsonl``/``.ndjson``, also ``.gz``): each line goes out as it came in (same
  bytes, same line ending; a BOM and blank lines are dropped). A line sent to ``reject`` or ``review``
  gets one more field, ``auditor_reasons`` (``--reasons-field``), holding the verdict object
  (``{"label", "reasons", "policy"}``), appended before the closing brace; a line that is not a JSON
  object at all (EN007) cannot hold a field and goes to ``reject`` unchanged.
* a **CSV/TSV** file with a header row: rows are written by the :mod:`csv` module with the input's
  separator, line ending and encoding (a UTF-8 BOM is dropped); ``reject``/``review`` get one more
  column, the verdict as JSON text. Rows are read leniently (never a row lost to its quoting); a row
  with the wrong number of fields is an EN007 ``reject``.
* a **Parquet** file: batches of rows, filtered into three writers with the input's schema (and
  metadata); ``reject``/``review`` get one more string column.
* a **folder** of plain files (``--include``/``--exclude`` as for ``check``; corpus files inside it
  only when ``--include`` names them): each file is written to the same relative path below the output
  folder of its verdict, byte for byte, and a rejected or reviewed file gets a sidecar
  ``FILE.auditor.json`` (verdict and findings). A corpus file inside the folder is split record by
  record into the same relative path of every output folder. A single plain file goes to the output
  *file* of its verdict.

Without ``--review``, records judged ``review`` go to the ``keep`` output, unannotated. ``--fix``
applies the certain repairs of ``auditor fix`` (``--unsafe-fixes``: the likely ones too) to the text of
the records written to ``keep``; records whose bytes could not be decoded are never rewritten.

Outputs of a corpus file have its format (the suffix must say so; ``.gz`` is free). Every output is
written to a temporary file beside it and renamed into place at the end, so a failed run leaves no
half-written output; an existing output is refused unless ``--force`` (an existing non-empty output
folder too). Exit codes: 0 written, 2 usage errors and unreadable inputs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from auditor.document import Document
from auditor.engine import DocumentResult, audit_documents
from auditor.errors import AuditorError
from auditor.sources import InputOptions, corpus_format
from auditor.verdict import DEFAULT_POLICY, Verdict

LABELS = ("keep", "review", "reject")
SIDECAR_SUFFIX = ".auditor.json"
PARQUET_BATCH_ROWS = 1000
#: read issues whose text is not the file's bytes: such records are never rewritten by --fix
_LOSSY = ("invalid-utf8", "truncated", "bad-record", "binary", "unreadable")


class SplitError(AuditorError):
    """A usage problem of ``auditor split`` (exit 2)."""


def add_split_options(parser: argparse.ArgumentParser, jobs_type=int) -> None:
    """The options of ``auditor split``; *jobs_type* parses ``--jobs`` (the command line's, with ``auto``)."""
    parser.add_argument("corpus", metavar="CORPUS",
                        help="a JSON Lines, CSV/TSV or Parquet file, a folder of documents, or one plain file")
    parser.add_argument("--keep", required=True, metavar="OUT", help="where kept records go (and review ones "
                        "without --review)")
    parser.add_argument("--reject", required=True, metavar="OUT", help="where rejected records go, annotated")
    parser.add_argument("--review", metavar="OUT", help="where records to review go, annotated "
                        "(default: they go to --keep)")
    parser.add_argument("--fix", action="store_true", help="apply the certain repairs to the kept records' text")
    parser.add_argument("--unsafe-fixes", action="store_true", help="with --fix, also the likely repairs")
    parser.add_argument("--force", action="store_true", help="overwrite existing outputs")
    parser.add_argument("--reasons-field", default="auditor_reasons", metavar="NAME",
                        help="the field or column that carries a record's verdict (default: auditor_reasons)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    parser.add_argument("-j", "--jobs", type=jobs_type, default=None, metavar="N",
                        help="processes, as for 'check' (default: all cores for large inputs)")
    parser.add_argument("--config", metavar="FILE", help="use this pyproject.toml or .auditor.toml")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument("--select", action="append", metavar="RULES")
    parser.add_argument("--extend-select", action="append", metavar="RULES")
    parser.add_argument("--ignore", action="append", metavar="RULES")
    parser.add_argument("--rule-path", action="append", default=[], metavar="PATH")
    parser.add_argument("--include", action="append", metavar="GLOB", help="file names read inside a folder")
    parser.add_argument("--exclude", action="append", metavar="GLOB")
    parser.add_argument("--extend-exclude", action="append", metavar="GLOB")
    parser.add_argument("--encoding", metavar="CODEC", help="read plain files and CSV with this encoding")
    parser.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field with the text")
    parser.add_argument("--id-field", default="id", metavar="NAME", help="JSON Lines: the field naming a record")
    parser.add_argument("--text-column", default="text", metavar="NAME", help="CSV/TSV/Parquet: the text column")
    parser.add_argument("--id-column", default=None, metavar="NAME", help="CSV/TSV/Parquet: the id column")


@dataclass
class SplitStats:
    """What a split did: records per label, the rules behind review/reject, records repaired."""

    counts: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    fixed: int = 0
    files: int = 0

    def add(self, verdict: Verdict) -> None:
        self.counts[verdict.label] += 1
        for rule_id, _count in verdict.reasons:
            self.rules[rule_id] += 1


class Splitter:
    """Judges documents with a run plan (rules, suppressions, verdict policy) and routes them."""

    def __init__(self, plan, keep: str, reject: str, review: str | None = None, fix: bool = False,
                 unsafe_fixes: bool = False, force: bool = False, reasons_field: str = "auditor_reasons",
                 inputs: InputOptions | None = None, encoding: str | None = None, jobs: int | None = 1):
        self.plan = plan
        self.jobs = jobs
        self.outputs = {"keep": keep, "review": review, "reject": reject}
        self.fix, self.unsafe_fixes, self.force = fix, unsafe_fixes, force
        self.reasons_field = reasons_field
        self.inputs = inputs or InputOptions()
        self.encoding = encoding
        self.policy = plan.settings.verdict if plan.settings.verdict is not None else DEFAULT_POLICY
        self.fixers = [c for c in plan.checkers if c.needs_text] if fix else []
        self.stats = SplitStats()
        self._pending: list[tuple[str, str]] = []  # (temporary file, final path), renamed at the end

    # ------------------------------------------------------------------ judging

    def judged(self, pairs: Iterable[tuple[Document, Any]]) -> Iterator[tuple[Document, Verdict, list, Any]]:
        """``(document, verdict, findings, payload)`` for ``(document, payload)`` pairs, in their order.

        The documents are checked in this process, or by the worker pool of ``check --jobs``
        (:mod:`auditor.parallel`) when ``jobs`` asks for it (``None``: as ``check`` decides); the payloads
        (the raw record) stay here, queued until their document's result comes back."""
        payloads: deque = deque()

        def documents() -> Iterator[Document]:
            for doc, payload in pairs:
                payloads.append(payload)
                yield doc

        for result in self._results(documents()):
            verdict = self.policy.decide(DocumentResult(result.document, result.findings))
            self.stats.add(verdict)
            yield result.document, verdict, result.findings, payloads.popleft()

    def _results(self, docs: Iterator[Document]) -> Iterator[DocumentResult]:
        jobs = self.jobs
        if jobs != 1:
            try:
                from auditor.parallel import _pool_results, choose_jobs
            except ImportError:  # pragma: no cover - an engine without a pool: check here
                jobs = 1
            else:
                jobs, docs = choose_jobs(docs, jobs)
                if jobs > 1:
                    return _pool_results(self.plan, docs, jobs)
        return audit_documents(docs, self.plan.checkers, self.plan.suppressor)

    def route(self, verdict: Verdict) -> str:
        """The output a label goes to: ``review`` falls back to ``keep`` without ``--review``."""
        if verdict.label == "review" and self.outputs["review"] is None:
            return "keep"
        return verdict.label

    def fixed_text(self, doc) -> str | None:
        """The repaired text of *doc*, or None when ``--fix`` is off or nothing changes."""
        if not self.fix or not doc.is_text or any(issue[0] in _LOSSY for issue in doc.read_issues):
            return None
        from auditor.fix import fix_text

        new, count = fix_text(doc.path, doc.text, self.fixers, self.unsafe_fixes)
        if count == 0 or new == doc.text:
            return None
        self.stats.fixed += 1
        return new

    # ------------------------------------------------------------------ outputs

    def _temporary(self, final: str) -> str:
        folder = os.path.dirname(os.path.abspath(final))
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(final)}.", suffix=".auditor-tmp")
        os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())  # as a file opened for writing gets (mkstemp makes it private)
        self._pending.append((tmp, final))
        return tmp

    def commit(self) -> None:
        for tmp, final in self._pending:
            os.replace(tmp, final)
        self._pending = []

    def abort(self) -> None:
        for tmp, _final in self._pending:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self._pending = []

    # ------------------------------------------------------------------ entry point

    def run(self, corpus: str) -> SplitStats:
        self._check_outputs(corpus)
        try:
            if os.path.isdir(corpus):
                for out in self.outputs.values():
                    if out is not None:
                        os.makedirs(out, exist_ok=True)
                self._folder(corpus)
            else:
                kind = corpus_format(corpus)
                if kind is None:
                    self._plain_files([(corpus, dict(self.outputs))])
                else:
                    self._corpus_file(corpus, kind, self.outputs)
            self.commit()
        except BaseException:
            self.abort()
            raise
        return self.stats

    def _check_outputs(self, corpus: str) -> None:
        if not os.path.exists(corpus):
            raise SplitError(f"{corpus}: no such file or directory")
        given = {label: out for label, out in self.outputs.items() if out is not None}
        finals = [os.path.abspath(out) for out in given.values()]
        if len(set(finals)) != len(finals):
            raise SplitError("--keep, --reject and --review must name different outputs")
        source = os.path.abspath(corpus)
        folder = os.path.isdir(corpus)
        kind = None if folder else corpus_format(corpus)
        for label, out in given.items():
            final = os.path.abspath(out)
            if final == source:
                raise SplitError(f"--{label} {out} is the input itself; write the outputs elsewhere")
            if folder:
                if final.startswith(source.rstrip(os.sep) + os.sep):
                    raise SplitError(f"--{label} {out} lies inside the input folder {corpus}; "
                                     "write the outputs outside it")
                if os.path.exists(out) and not os.path.isdir(out):
                    raise SplitError(f"--{label} {out}: the input is a folder, so the output must be a folder")
                if os.path.isdir(out) and os.listdir(out) and not self.force:
                    raise SplitError(f"--{label} {out}: the folder exists and is not empty; "
                                     "use --force to write into it")
                continue
            if os.path.isdir(out):
                raise SplitError(f"--{label} {out} is a folder; the input is a file, so name an output file")
            if os.path.exists(out) and not self.force:
                raise SplitError(f"--{label} {out} exists; use --force to overwrite it")
            if kind is not None and corpus_format(out) != kind:
                raise SplitError(f"--{label} {out}: the input is {kind.upper()}, so the output must be too "
                                 f"(name it *.{kind}{'' if kind == 'parquet' else ' or *.' + kind + '.gz'})")

    def _folder(self, corpus: str) -> None:
        from auditor.sources import SourceReport, iter_paths

        plan = self.plan
        report = SourceReport()
        plain: list[tuple[str, dict]] = []
        for path in iter_paths([corpus], plan.include, plan.exclude, report, plan.settings.root):
            rel = os.path.relpath(path, corpus)
            targets = {label: os.path.join(out, rel) if out is not None else None
                       for label, out in self.outputs.items()}
            self.stats.files += 1
            kind = corpus_format(path)
            if kind is None:
                plain.append((path, targets))
            else:
                for target in targets.values():
                    if target is not None and os.path.exists(target) and not self.force:
                        raise SplitError(f"{target} exists; use --force to overwrite it")
                self._corpus_file(path, kind, targets)
        self._plain_files(plain, sidecar=True)

    # ------------------------------------------------------------------ plain files

    def _read_plain(self, items: Iterable[tuple[str, dict]]) -> Iterator[tuple[Document, Any]]:
        from auditor.sources import read_document

        for path, targets in items:
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError as exc:
                raise SplitError(f"{path}: cannot be read: {exc.strerror or exc}") from None
            yield read_document(path, data=data, encoding=self.encoding), (path, data, targets)

    def _plain_files(self, items: list[tuple[str, dict]], sidecar: bool = False) -> None:
        import shutil

        for doc, verdict, findings, (path, data, targets) in self.judged(self._read_plain(items)):
            label = self.route(verdict)
            target = targets[label]
            if os.path.exists(target) and not self.force:
                raise SplitError(f"{target} exists; use --force to overwrite it")
            if label == "keep":
                new = self.fixed_text(doc)
                if new is not None:
                    try:
                        data = new.encode(doc.encoding)
                    except (UnicodeEncodeError, LookupError):
                        self.stats.fixed -= 1  # cannot be written in its own encoding: keep the original
            tmp = self._temporary(target)
            with open(tmp, "wb") as handle:
                handle.write(data)
            with contextlib.suppress(OSError):
                shutil.copymode(path, tmp)
            if label != "keep" and sidecar:
                note = {"path": path, "verdict": verdict.as_json(),
                        "findings": [_brief(doc, f) for f in findings]}
                side = self._temporary(target + SIDECAR_SUFFIX)
                with open(side, "w", encoding="utf-8") as handle:
                    json.dump(note, handle, ensure_ascii=False, indent=2)
                    handle.write("\n")

    # ------------------------------------------------------------------ corpus files

    def _corpus_file(self, path: str, kind: str, targets: dict) -> None:
        if kind == "jsonl":
            self._jsonl(path, targets)
        elif kind == "parquet":
            self._parquet(path, targets)
        else:
            self._csv(path, targets, "\t" if kind == "tsv" else ",")

    def _jsonl_pairs(self, path: str) -> Iterator[tuple[Document, bytes]]:
        from auditor.sources import _jsonl_line, _open_binary

        text_field, id_field = self.inputs.text_field, self.inputs.id_field
        try:
            handle = _open_binary(path)
        except OSError as exc:
            raise SplitError(f"{path}: cannot be read: {exc.strerror or exc}") from None
        number = 0
        with handle:
            try:
                for raw in handle:
                    number += 1
                    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                        raw = raw[3:]
                    for _name, make in _jsonl_line(path, number, raw, text_field, id_field, json):
                        yield make(), raw  # nothing for a blank line: it is not a record
            except (OSError, EOFError, ValueError) as exc:
                raise SplitError(f"{path}: reading stopped at line {number + 1}: "
                                 f"{getattr(exc, 'strerror', None) or exc}; nothing was written") from None

    def _jsonl(self, path: str, targets: dict) -> None:
        outs = {label: _open_output(self._temporary(t), t) for label, t in targets.items() if t is not None}
        text_field = self.inputs.text_field
        try:
            for doc, verdict, _findings, raw in self.judged(self._jsonl_pairs(path)):
                label = self.route(verdict)
                body = raw.rstrip(b"\r\n")
                ending = raw[len(body):] or b"\n"
                if label == "keep":
                    new = self.fixed_text(doc)
                    if new is not None:
                        record = json.loads(body)
                        record[text_field] = new
                        body = json.dumps(record, ensure_ascii=False).encode("utf-8")
                else:
                    body = annotate_jsonl(body, self.reasons_field, verdict.as_json())
                outs[label].write(body + ending)
        finally:
            for out in outs.values():
                out.close()

    def _csv(self, path: str, targets: dict, sep: str) -> None:
        import csv

        from auditor.sources import _csv_record, _open_text

        csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
        codec = self.encoding or "utf-8"
        if codec.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
            codec = "utf-8"
        try:
            ending = _line_ending(path)
            handle = _open_text(path, self.encoding)
        except (OSError, LookupError) as exc:
            raise SplitError(f"{path}: cannot be read: {getattr(exc, 'strerror', None) or exc}") from None
        text_col, id_col = self.inputs.text_column, self.inputs.id_column
        files = {label: _open_output(self._temporary(t), t, text=True, encoding=codec)
                 for label, t in targets.items() if t is not None}
        try:
            with handle:
                rows = csv.reader(handle, delimiter=sep)
                writers = {label: _CsvOut(f, sep, ending) for label, f in files.items()}
                header = None
                for header in rows:
                    if header:
                        break
                if not header:
                    raise SplitError(f"{path}: no header row; a CSV/TSV corpus needs one")
                for column, option in ((text_col, "--text-column"), (id_col, "--id-column")):
                    if column is not None and column not in header:
                        raise SplitError(f"{path}: no column '{column}' (the columns are {', '.join(header)}); "
                                         f"name it with {option}")
                if self.reasons_field in header:
                    raise SplitError(f"{path}: already has a column '{self.reasons_field}'; choose another "
                                     "name with --reasons-field")
                for label, writer in writers.items():
                    writer.writerow(header if label == "keep" else [*header, self.reasons_field])
                text_at = header.index(text_col)
                id_at = header.index(id_col) if id_col is not None else None

                def pairs() -> Iterator[tuple[Document, list[str]]]:
                    number, line = 0, rows.line_num
                    for fields in rows:
                        start, line = line + 1, rows.line_num
                        if not fields:
                            continue  # a blank line: not a row
                        number += 1
                        make = _csv_record(path, number, start, fields, len(header), text_at, id_at, text_col,
                                           id_col)[1]
                        yield make(), fields

                for doc, verdict, _findings, fields in self.judged(pairs()):
                    label = self.route(verdict)
                    if label == "keep":
                        new = self.fixed_text(doc)
                        if new is not None:
                            fields = list(fields)
                            fields[text_at] = new
                        writers[label].writerow(fields)
                    else:
                        writers[label].writerow([*fields, json.dumps(verdict.as_json(), ensure_ascii=False)])
        except (OSError, EOFError, UnicodeError, csv.Error) as exc:
            raise SplitError(f"{path}: cannot be split: {getattr(exc, 'strerror', None) or exc}; "
                             "nothing was written") from None
        finally:
            for f in files.values():
                f.close()

    def _parquet(self, path: str, targets: dict) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise SplitError("splitting Parquet needs pyarrow: pip install 'doc-auditor[corpus]'") from None
        from auditor.sources import _parquet_record

        try:
            parquet = pq.ParquetFile(path)
            schema = parquet.schema_arrow
        except (OSError, ValueError, pa.ArrowException) as exc:
            raise SplitError(f"{path}: not a readable Parquet file: {exc}") from None
        text_col, id_col = self.inputs.text_column, self.inputs.id_column
        for column, option in ((text_col, "--text-column"), (id_col, "--id-column")):
            if column is not None and column not in schema.names:
                raise SplitError(f"{path}: no column '{column}' (the columns are {', '.join(schema.names)}); "
                                 f"name it with {option}")
        text_type = schema.field(text_col).type
        if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
            raise SplitError(f"{path}: column '{text_col}' holds {text_type} values, not strings")
        if self.reasons_field in schema.names:
            raise SplitError(f"{path}: already has a column '{self.reasons_field}'; choose another name "
                             "with --reasons-field")
        annotated = schema.append(pa.field(self.reasons_field, pa.string()))
        writers = {label: pq.ParquetWriter(self._temporary(t), schema if label == "keep" else annotated,
                                           compression="zstd")
                   for label, t in targets.items() if t is not None}
        text_at = schema.get_field_index(text_col)
        id_at = schema.get_field_index(id_col) if id_col is not None else None
        batches: dict[int, tuple] = {}  # batches read and not written yet: (batch, texts)
        read = [0]  # rows read so far (for the message of an error)

        def pairs() -> Iterator[tuple[Document, tuple[int, int]]]:
            for index, batch in enumerate(parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS)):
                texts = batch.column(text_at).to_pylist()
                ids = batch.column(id_at).to_pylist() if id_at is not None else None
                batches[index] = (batch, texts)
                for i, text in enumerate(texts):
                    read[0] += 1
                    make = _parquet_record(path, read[0], text, ids[i] if ids is not None else None, text_col)[1]
                    yield make(), (index, i)

        def flush(index: int, chosen: dict, reasons: dict, repaired: dict) -> None:
            batch, texts = batches.pop(index)
            table = pa.Table.from_batches([batch], schema=schema)
            for label, rows in chosen.items():
                part = table.take(pa.array(rows, pa.int64()))
                if label == "keep" and repaired:
                    values = [repaired.get(i, texts[i]) for i in rows]
                    part = part.set_column(text_at, schema.field(text_at), pa.array(values, text_type))
                if label != "keep":
                    part = part.append_column(annotated.field(self.reasons_field),
                                              pa.array(reasons[label], pa.string()))
                if part.num_rows:
                    writers[label].write_table(part)

        try:
            current = None
            chosen: dict[str, list[int]] = {label: [] for label in writers}
            reasons: dict[str, list[str]] = {label: [] for label in writers}
            repaired: dict[int, str] = {}
            for doc, verdict, _findings, (index, i) in self.judged(pairs()):
                if current is not None and index != current:
                    flush(current, chosen, reasons, repaired)
                    chosen = {label: [] for label in writers}
                    reasons = {label: [] for label in writers}
                    repaired = {}
                current = index
                label = self.route(verdict)
                chosen[label].append(i)
                if label == "keep":
                    new = self.fixed_text(doc)
                    if new is not None:
                        repaired[i] = new
                else:
                    reasons[label].append(json.dumps(verdict.as_json(), ensure_ascii=False))
            if current is not None:
                flush(current, chosen, reasons, repaired)
        except (OSError, ValueError, pa.ArrowException) as exc:
            raise SplitError(f"{path}: reading stopped at row {read[0] + 1}: {exc}; nothing was written") from None
        finally:
            for writer in writers.values():
                writer.close()


class _CsvOut:
    """A CSV writer that also quotes a field holding a line break the line terminator does not contain (the
    :mod:`csv` module quotes only the terminator's own characters, so a lone ``\r`` would break the row)."""

    def __init__(self, handle, sep: str, ending: str):
        import csv

        self.minimal = csv.writer(handle, delimiter=sep, lineterminator=ending)
        self.quoted = csv.writer(handle, delimiter=sep, lineterminator=ending, quoting=csv.QUOTE_ALL)

    def writerow(self, fields) -> None:
        breaks = any("\r" in x or "\n" in x for x in fields)
        (self.quoted if breaks else self.minimal).writerow(fields)


def annotate_jsonl(body: bytes, name: str, value) -> bytes:
    """*body* (one JSON object, no line ending) with the field *name* = *value* appended before its closing
    brace, the rest byte for byte; an existing field of that name is replaced (the line is re-serialised);
    a line that is not a JSON object comes back unchanged."""
    try:
        record = json.loads(body)
    except ValueError:
        return body
    if not isinstance(record, dict):
        return body
    if name in record:
        record[name] = value
        return json.dumps(record, ensure_ascii=False).encode("utf-8")
    head = body.rstrip()
    head = head[:-1].rstrip()  # without the closing brace
    comma = b", " if record else b""
    return head + comma + json.dumps(name).encode() + b": " + json.dumps(value, ensure_ascii=False).encode() + b"}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _brief(doc, finding) -> dict:
    line, column = doc.position(finding.start)
    return {"rule_id": finding.rule_id, "severity": finding.severity, "line": line, "column": column,
            "message": finding.message}


def _line_ending(path: str) -> str:
    """``"\\r\\n"`` when the first line of the (possibly gzipped) file ends so, else ``"\\n"``."""
    from auditor.sources import _open_binary

    with _open_binary(path) as handle:
        first = handle.readline(1 << 20)
    return "\r\n" if first.endswith(b"\r\n") else "\n"


def _open_output(tmp: str, final: str, text: bool = False, encoding: str = "utf-8"):
    """A handle on the temporary file of *final*; gzip when *final* ends in ``.gz``."""
    if final.lower().endswith(".gz"):
        import gzip

        if text:
            return gzip.open(tmp, "wt", encoding=encoding, errors="surrogateescape", newline="")
        return gzip.open(tmp, "wb")
    if text:
        return open(tmp, "w", encoding=encoding, errors="surrogateescape", newline="")
    return open(tmp, "wb")


def run_split(args: argparse.Namespace) -> int:
    from auditor.run import input_options, plan_run

    plan = plan_run(args)
    splitter = Splitter(plan, keep=args.keep, reject=args.reject, review=args.review, fix=args.fix,
                        unsafe_fixes=args.unsafe_fixes, force=args.force, reasons_field=args.reasons_field,
                        inputs=input_options(args), encoding=args.encoding or plan.encoding, jobs=args.jobs)
    stats = splitter.run(args.corpus)
    if not args.quiet:
        total = sum(stats.counts.values())
        parts = []
        for label in LABELS:
            out = splitter.outputs[label]
            where = out if out is not None else f"{splitter.outputs['keep']} (no --review)"
            parts.append(f"{stats.counts[label]} {label} -> {where}")
        sys.stderr.write(f"split: {total} records: " + "; ".join(parts) + "\n")
        if stats.rules:
            top = ", ".join(f"{rule_id} {n}" for rule_id, n in stats.rules.most_common(8))
            sys.stderr.write(f"split: records set aside or flagged, by rule: {top}\n")
        if args.fix:
            sys.stderr.write(f"split: {stats.fixed} kept records repaired\n")
    return 0
