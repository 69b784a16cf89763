"""``--format csv`` and ``--format parquet``: one row per finding, for pandas, spreadsheets and SQL engines.

Columns: :data:`auditor.dataframe.COLUMNS` (path, rule_id, category, severity, message, line, column,
end_line, end_column, start, end, subtype, fingerprint, excerpt). With ``--show-verified`` the
statements found consistent are rows too and a boolean ``verified`` column is added.

Both formats stream: rows are gathered for at most ``chunk_rows`` findings and then written — CSV
appends the chunk (the header comes once, also when there are no findings), Parquet writes it as a
row group with :class:`pyarrow.parquet.ParquetWriter` — so memory does not grow with the collection.

CSV is UTF-8 text with ``\\n`` line ends; a missing ``subtype`` is an empty field. Parquet is binary:
it is written to ``-o FILE``, or to standard output when that is a pipe or a file; to a terminal it is
refused (exit 2). The file's key-value metadata (``pyarrow.parquet.read_metadata(path).metadata``)
has the tool under ``doc-auditor`` and the run's JSON summary under ``doc-auditor.summary``.

pandas and pyarrow are imported only here (``pip install 'doc-auditor[corpus]'``).
"""

from __future__ import annotations

import io
import json
import sys
from typing import IO, Any

from auditor import __version__
from auditor.curation import VERDICT_COLUMNS, verdict_columns
from auditor.dataframe import COLUMNS, INT_COLUMNS, VERIFIED_COLUMN, frame, row
from auditor.engine import DocumentResult
from auditor.reporters.common import Summary, document_dict

#: findings gathered before a chunk is written (a Parquet row group at most this long)
CHUNK_ROWS = 10_000
EXIT_ERROR = 2


def fail(message: str) -> None:
    """Stop the run with exit code 2 and *message* on stderr (a reporter cannot return an exit code)."""
    sys.stderr.write(f"auditor: error: {message}\n")
    raise SystemExit(EXIT_ERROR)


def _require(module: str, fmt: str) -> None:
    try:
        __import__(module)
    except ImportError:
        fail(f"--format {fmt} needs {module}: pip install 'doc-auditor[corpus]'")


class _TableReporter:
    """Collect rows per chunk; subclasses say how a chunk is written."""

    fmt = ""
    needs = ("pandas",)

    def __init__(self, out: IO, show_verified: bool = False, chunk_rows: int = CHUNK_ROWS, verdicts: bool = False,
                 **_options):
        self.out = out
        self.show_verified = show_verified
        self.chunk_rows = max(1, int(chunk_rows))
        self.columns = [*COLUMNS, VERIFIED_COLUMN] if show_verified else list(COLUMNS)
        self.verdicts = verdicts  # add the document's verdict columns (auditor.curation.VERDICT_COLUMNS)
        if verdicts:
            self.columns += list(VERDICT_COLUMNS)
        self.rows: list[dict] = []
        self.written = 0  # rows written so far

    def start(self) -> None:
        for module in self.needs:
            _require(module, self.fmt)

    def document(self, result: DocumentResult) -> None:
        if not result.findings and not (self.show_verified and result.verified):
            return
        data = document_dict(result, self.show_verified)
        path = data["path"]
        extra = verdict_columns(result) if self.verdicts else {}
        for finding in data["findings"]:
            self._add({**row(path, finding), **extra}, False)
        for finding in data.get("verified", ()):
            self._add({**row(path, finding), **extra}, True)

    def _add(self, item: dict, verified: bool) -> None:
        if self.show_verified:
            item[VERIFIED_COLUMN] = verified
        self.rows.append(item)
        if len(self.rows) >= self.chunk_rows:
            self._flush()

    def _flush(self) -> None:
        if self.rows or not self.written:
            df = frame(self.rows, self.show_verified)
            for name in VERDICT_COLUMNS if self.verdicts else ():
                df[name] = [r.get(name) for r in self.rows]
            self.write_chunk(df)
            self.written += len(self.rows)
            self.rows = []

    def write_chunk(self, df) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        self._flush()  # the last rows, or the header of an empty table


class CsvReporter(_TableReporter):
    fmt = "csv"

    def __init__(self, out: IO, **options):
        super().__init__(out, **options)
        self.header_written = False

    def write_chunk(self, df) -> None:
        if self.header_written and df.empty:
            return
        df.to_csv(self.out, header=not self.header_written, index=False, lineterminator="\n")
        self.header_written = True
        self.out.flush()


class ParquetReporter(_TableReporter):
    fmt = "parquet"
    needs = ("pandas", "pyarrow")

    def __init__(self, out: IO, **options):
        super().__init__(out, **options)
        self.writer = None
        self.sink: Any = None

    def start(self) -> None:
        self.sink = binary_sink(self.out)
        super().start()

    def schema(self):
        import pyarrow as pa

        fields = []
        for name in self.columns:
            if name in INT_COLUMNS:
                kind = pa.int64()
            elif name == VERIFIED_COLUMN:
                kind = pa.bool_()
            else:
                kind = pa.string()
            fields.append(pa.field(name, kind, nullable=name == "subtype"))
        tool = json.dumps({"name": "doc-auditor", "version": __version__})
        return pa.schema(fields, metadata={"doc-auditor": tool})

    def write_chunk(self, df) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.sink is None:  # start() was not called (e.g. the reporter used from Python)
            self.sink = binary_sink(self.out)
        schema = self.schema()
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.sink, schema, compression="zstd")
        if not df.empty:
            table = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
            self.writer.write_table(table, row_group_size=self.chunk_rows)

    def finish(self, summary: Summary) -> None:
        super().finish(summary)
        if self.writer is not None:
            self.writer.add_key_value_metadata({"doc-auditor.summary": json.dumps(summary.as_json())})
            self.writer.close()
            self.writer = None
        self.sink.flush()


def binary_sink(out: IO):
    """The byte stream under *out*; refuse a terminal (and a text-only stream such as ``StringIO``)."""
    isatty = getattr(out, "isatty", None)
    if isatty is not None and isatty():
        fail("Parquet is a binary format and standard output is a terminal; "
             "write it to a file with -o FILE (or redirect standard output)")
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            fail("Parquet is a binary format; it needs a byte stream, write it with -o FILE")
        out.flush()  # nothing may come between text already written and the bytes
        return buffer
    return out
