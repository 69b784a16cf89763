"""Corpus files as inputs: JSON Lines, CSV/TSV and Parquet, one document per record.

Records are named ``PATH#ID``; records that cannot be used become ``PATH#line-N`` / ``PATH#row-N``
documents with a ``bad-record`` read issue (EN007); a missing text or id column gives one EN007
finding on ``PATH`` (not exit 2), and the rest of the run goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import jsonschema
import pytest

from auditor.sources import InputOptions, corpus_format, iter_documents

GOOD = "年内新修道路三条，群众出行更方便。"
HOLE = "本月共慰问老人xx名。"  # PH001


def read(*paths, **options) -> list:
    """The documents of *paths* (in-process), corpus options as keywords of InputOptions."""
    shard = options.pop("shard", None)
    include = options.pop("include", ("*.txt", "*.md"))
    return list(iter_documents([str(p) for p in paths], include=include, inputs=InputOptions(**options),
                               shard=shard))


def issue(doc) -> tuple[str, dict] | None:
    """The (name, values) of a document's first read issue, or None."""
    return (doc.read_issues[0][0], doc.read_issues[0][3]) if doc.read_issues else None


def jsonl(path: Path, lines: list, gz: bool = False) -> Path:
    """Write *lines* (dicts are dumped as JSON, str and bytes written as they are) one per line."""
    out = b""
    for line in lines:
        if isinstance(line, dict):
            line = json.dumps(line, ensure_ascii=False)
        out += (line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n"
    path.write_bytes(gzip.compress(out) if gz else out)
    return path


def json_report(proc) -> dict:
    assert "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def report_schema(repo_root):
    return json.loads((repo_root / "reports" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def pd():
    return pytest.importorskip("pandas")


# --------------------------------------------------------------------------- which files are corpora

@pytest.mark.parametrize(("name", "kind"), [
    ("a.jsonl", "jsonl"), ("A.JSONL.GZ", "jsonl"), ("a.ndjson", "jsonl"), ("a.csv", "csv"), ("a.csv.gz", "csv"),
    ("a.tsv", "tsv"), ("a.parquet", "parquet"), ("a.txt", None), ("a.md", None), ("a.json", None), ("-", None),
])
def test_corpus_format_by_suffix(name, kind):
    assert corpus_format(name) == kind


# --------------------------------------------------------------------------- JSON Lines

def test_jsonl_records_are_named_by_id_else_line_number(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", [{"id": "k-1", "text": GOOD}, {"text": HOLE}, "", {"id": 7, "text": GOOD},
                                        {"id": None, "text": GOOD}])
    docs = read(path)
    assert [d.path for d in docs] == [f"{path}#k-1", f"{path}#2", f"{path}#7", f"{path}#5"]
    assert [d.text for d in docs] == [GOOD, HOLE, GOOD, GOOD]
    assert all(d.read_issues == [] and d.ignored_spans == [] for d in docs)


def test_jsonl_text_field_and_id_field(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", [{"key": "a", "body": GOOD, "text": 1}, {"key": "b", "body": HOLE}])
    docs = read(path, text_field="body", id_field="key")
    assert [(d.path, d.text) for d in docs] == [(f"{path}#a", GOOD), (f"{path}#b", HOLE)]


BAD_LINES = [
    ('{"id": 1, "text": "cut off', "not valid JSON"),
    ({"id": 2, "body": GOOD}, "no field 'text' (its fields are id, body)"),
    ({"id": 3, "text": 42}, "field 'text' is a number, not a string"),
    ({"id": 4, "text": None}, "field 'text' is null, not a string"),
    ({"id": 5, "text": ["a"]}, "field 'text' is an array"),
    ("[1, 2]", "the line holds an array, not a JSON object"),
    ('"just a string"', "the line holds a string, not a JSON object"),
    ({"id": {"x": 1}, "text": GOOD}, "field 'id' is an object"),
    ('{"id": 9, "text": "\\ud800 half a pair"}', "lone surrogate"),
    (b'{"id": 10, "text": "\xb7\xa2\xd5\xb9"}', "not valid UTF-8 (byte 21 of the line)"),
    ("{}", "it is an empty object"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES, ids=[r for _, r in BAD_LINES])
def test_jsonl_bad_record_is_reported_at_its_line_and_reading_goes_on(tmp_path, line, reason):
    path = jsonl(tmp_path / "c.jsonl", [{"id": "first", "text": GOOD}, "", line, {"id": "after", "text": HOLE}])
    docs = read(path)
    assert [d.path for d in docs] == [f"{path}#first", f"{path}#line-3", f"{path}#after"]
    bad = docs[1]
    name, values = issue(bad)
    assert name == "bad-record"
    assert values["where"] == "line 3"
    assert reason in values["reason"]
    assert values["hint"]
    assert bad.is_text is False and bad.text == ""


def test_jsonl_gz_and_ndjson_and_bom(tmp_path):
    lines = [{"id": "a", "text": GOOD}, "not json", {"id": "c", "text": HOLE}]
    gz = jsonl(tmp_path / "c.jsonl.gz", lines, gz=True)
    nd = tmp_path / "c.ndjson"
    nd.write_bytes(b"\xef\xbb\xbf" + jsonl(tmp_path / "tmp.jsonl", lines).read_bytes())
    for path in (gz, nd):
        docs = read(path)
        assert [d.path for d in docs] == [f"{path}#a", f"{path}#line-2", f"{path}#c"]
        assert docs[2].text == HOLE


def test_truncated_gz_keeps_the_records_read_and_reports_the_file(tmp_path):
    data = gzip.compress("".join(json.dumps({"text": f"{GOOD}{i}"}, ensure_ascii=False) + "\n"
                                 for i in range(2000)).encode())
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    docs = read(path)
    assert len(docs) > 2
    assert docs[0].path == f"{path}#1"
    last = docs[-1]
    assert last.path == str(path)
    assert issue(last)[0] == "unreadable"
    assert "reading stopped at line" in issue(last)[1]["reason"]


def test_empty_corpus_file_is_one_empty_document(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", ["", "  "])
    docs = read(path)
    assert [(d.path, issue(d)[0]) for d in docs] == [(str(path), "empty")]


def test_empty_text_is_an_empty_document_not_a_bad_record(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", [{"id": "blank", "text": "  \n"}])
    (doc,) = read(path)
    assert doc.path == f"{path}#blank"
    assert issue(doc)[0] == "empty"


def test_records_never_get_markdown_code_spans(tmp_path, write_doc):
    text = "说明：`本月共慰问老人xx名。`\n"
    path = jsonl(tmp_path / "c.jsonl", [{"id": "note.md", "text": text}])
    (record,) = read(path)
    assert record.path.endswith("#note.md") and record.ignored_spans == []
    (markdown,) = read(write_doc("note.md", text))
    assert markdown.ignored_spans  # a real .md file keeps its code spans


def _write_short_records(path: Path, count: int) -> int:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(f'{{"id": {i}, "text": "第{i}条记录的正文内容"}}\n')
    return path.stat().st_size


def test_200k_records_are_streamed_not_read_whole(tmp_path, monkeypatch):
    from auditor import sources

    path = tmp_path / "big.jsonl"
    size = _write_short_records(path, 200_000)

    class CountingRaw(io.RawIOBase):
        """The file under a BufferedReader, counting the bytes taken from the disk."""

        def __init__(self):
            self.file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by close()
            self.taken = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            n = self.file.readinto(buffer)
            self.taken += n
            return n

        def close(self):
            self.file.close()
            super().close()

    raw = CountingRaw()
    monkeypatch.setattr(sources, "_open_binary", lambda _path: io.BufferedReader(raw))
    taken_at = {}
    count = 0
    last = None
    for doc in iter_documents([str(path)], inputs=InputOptions()):
        count += 1
        last = doc.path
        if count in (1, 100_000):
            taken_at[count] = raw.taken
    assert count == 200_000 and last == f"{path}#199999"
    assert taken_at[1] <= 64 * 1024, "the whole file was read before the first record"
    assert taken_at[100_000] < 0.6 * size
    assert raw.taken == size and raw.closed


def test_jsonl_memory_stays_modest(tmp_path):
    path = tmp_path / "big.jsonl"
    size = _write_short_records(path, 30_000)
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_documents([str(path)], inputs=InputOptions()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30_000
    assert peak < size / 4, f"peak {peak} bytes for a {size}-byte file"


# --------------------------------------------------------------------------- CSV and TSV

def test_csv_text_with_newlines_and_commas(tmp_path, pd):
    texts = [f"{GOOD}\n第二行，含逗号, 和 \"引号\"", HOLE, "a,b,c"]
    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["x1", "x2", "x3"], "text": texts}).to_csv(path, index=False)
    docs = read(path)
    assert [d.path for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [d.text for d in docs] == texts
    named = read(path, id_column="doc_id")
    assert [d.path for d in named] == [f"{path}#x1", f"{path}#x2", f"{path}#x3"]


def test_csv_ids_are_kept_as_written(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("key,body\n007,甲\n,乙\n1.50,丙\n", encoding="utf-8")
    docs = read(path, text_column="body", id_column="key")
    assert [(d.path, d.text) for d in docs] == [(f"{path}#007", "甲"), (f"{path}#2", "乙"), (f"{path}#1.50", "丙")]


def test_csv_bad_rows_are_numbered_and_reading_goes_on(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b'id,text\n'
                     b'a,one,extra\n'           # row 1: too many fields
                     b'b,"fine, quoted\nover two lines"\n'  # row 2 (lines 3-4)
                     b'\n'                      # a blank line is not a row
                     b'c\n'                     # row 3: too few fields (line 6)
                     b'd,"x"y\n'                # row 4: broken quoting
                     b'e,"\xb7\xa2 gbk"\n'      # row 5: not UTF-8
                     b'f,\n'                    # row 6: empty text (EN002, not a bad record)
                     b'g,last\n')               # row 7
    docs = read(path)
    names = [d.path for d in docs]
    assert names == [f"{path}#row-1", f"{path}#2", f"{path}#row-3", f"{path}#row-4", f"{path}#row-5",
                     f"{path}#6", f"{path}#7"]
    found = {d.path.rsplit("#", 1)[1]: issue(d) for d in docs}
    assert found["row-1"] == ("bad-record", {"where": "row 1 (line 2)", "reason": "3 fields where the header has 2",
                                             "hint": found["row-1"][1]["hint"]})
    assert found["row-3"][1]["where"] == "row 3 (line 6)"
    assert found["row-3"][1]["reason"] == "1 field where the header has 2"
    assert found["row-4"][1]["where"] == "row 4 (line 7)" and "cannot be parsed" in found["row-4"][1]["reason"]
    assert "undecodable byte" in found["row-5"][1]["reason"]
    assert found["6"][0] == "empty"
    assert docs[1].text == "fine, quoted\nover two lines" and docs[-1].text == "last"


def test_csv_unclosed_quote_is_a_bad_record_not_a_silent_loss(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,ok\n2,"never closed\n3,swallowed\n', encoding="utf-8")
    docs = read(path)
    assert [d.path for d in docs] == [f"{path}#1", f"{path}#row-2"]
    name, values = issue(docs[-1])
    assert name == "bad-record" and values["where"] == "row 2 (line 3)"
    assert "cannot be parsed (unexpected end of data)" in values["reason"]


def test_csv_long_text_cell(tmp_path):
    path = tmp_path / "c.csv"
    long_text = GOOD * 20_000  # over the csv module's default 128 KiB field limit
    path.write_text(f'text\n"{long_text}"\n', encoding="utf-8")
    (doc,) = read(path)
    assert doc.text == long_text


def test_tsv_and_csv_gz(tmp_path, pd):
    frame = pd.DataFrame({"text": [GOOD, "带\t制表符", HOLE], "n": ["1", "2", "3"]})
    tsv = tmp_path / "c.tsv"
    frame.to_csv(tsv, sep="\t", index=False)
    gz = tmp_path / "c.csv.gz"
    frame.to_csv(gz, index=False, compression="gzip")
    for path in (tsv, gz):
        docs = read(path, id_column="n")
        assert [(d.path, d.text) for d in docs] == [(f"{path}#1", GOOD), (f"{path}#2", "带\t制表符"),
                                                   (f"{path}#3", HOLE)]


def test_csv_with_header_only_is_one_empty_document(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\n", encoding="utf-8")
    assert [(d.path, issue(d)[0]) for d in read(path)] == [(str(path), "empty")]


def test_csv_encoding_option(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("text\n发展新格局\n".encode("gb18030"))
    assert issue(read(path)[0])[0] == "bad-record"
    docs = list(iter_documents([str(path)], encoding="gb18030", inputs=InputOptions()))
    assert [(d.path, d.text) for d in docs] == [(f"{path}#1", "发展新格局")]


# --------------------------------------------------------------------------- Parquet

def test_parquet_by_row_groups_with_columns_and_null_text(tmp_path, pd):
    pytest.importorskip("pyarrow")
    path = tmp_path / "c.parquet"
    frame = pd.DataFrame({"key": [f"k{i}" for i in range(7)],
                          "body": [GOOD, HOLE, None, GOOD, "", GOOD, HOLE]})
    frame.to_parquet(path, index=False, row_group_size=3)
    docs = read(path, text_column="body", id_column="key")
    assert [d.path for d in docs] == [f"{path}#k0", f"{path}#k1", f"{path}#row-3", f"{path}#k3", f"{path}#k4",
                                      f"{path}#k5", f"{path}#k6"]
    assert issue(docs[2])[0] == "bad-record" and issue(docs[2])[1]["where"] == "row 3"
    assert issue(docs[4])[0] == "empty"
    assert docs[6].text == HOLE
    by_row = read(path, text_column="body")
    assert by_row[0].path == f"{path}#1" and by_row[-1].path == f"{path}#7"


def test_parquet_text_column_must_hold_strings(tmp_path, pd):
    pytest.importorskip("pyarrow")
    path = tmp_path / "c.parquet"
    pd.DataFrame({"text": [1, 2]}).to_parquet(path, index=False)
    (doc,) = read(path)
    assert doc.path == str(path)
    assert issue(doc)[0] == "bad-record" and "not strings" in issue(doc)[1]["reason"]


def test_broken_parquet_is_unreadable(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "c.parquet"
    path.write_bytes(b"PAR1 but not really")
    (doc,) = read(path)
    assert doc.path == str(path) and issue(doc)[0] == "unreadable"


# --------------------------------------------------------------------------- missing columns: one EN007 on the file

@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@pytest.mark.parametrize("option", ["text_column", "id_column"])
def test_missing_column_is_one_bad_record_for_the_file(tmp_path, pd, fmt, option):
    path = tmp_path / f"c.{fmt}"
    frame = pd.DataFrame({"text": [GOOD, HOLE]})
    if fmt == "csv":
        frame.to_csv(path, index=False)
    else:
        pytest.importorskip("pyarrow")
        frame.to_parquet(path, index=False)
    (doc,) = read(path, **{option: "nope"})
    assert doc.path == str(path)
    name, values = issue(doc)
    assert name == "bad-record"
    assert "no column 'nope' (the columns are text)" in values["reason"]
    assert ("--text-column" if option == "text_column" else "--id-column") in values["hint"]


def test_missing_column_on_the_command_line_is_an_error_finding_not_exit_2(run_cli, tmp_path, pd):
    path = tmp_path / "c.csv"
    pd.DataFrame({"body": [HOLE]}).to_csv(path, index=False)
    other = tmp_path / "other.txt"
    other.write_text(HOLE, encoding="utf-8")
    report = json_report(proc := run_cli("check", "--format", "json", path, other))
    assert proc.returncode == 1
    assert [d["path"] for d in report["documents"]] == [str(path), str(other)]
    (finding,) = report["documents"][0]["findings"]
    assert finding["rule_id"] == "EN007" and finding["severity"] == "error"
    assert "no column 'text'" in finding["message"] and "--text-column" in finding["message"]
    assert report["documents"][1]["findings"][0]["rule_id"] == "PH001"  # the run went on


# --------------------------------------------------------------------------- the command line

def test_json_report_names_records_and_validates(run_cli, tmp_path, report_schema):
    path = jsonl(tmp_path / "corpus.jsonl", [{"id": "r1", "text": GOOD}, {"text": HOLE}, "{oops"])
    proc = run_cli("check", "--format", "json", "corpus.jsonl", cwd=tmp_path)
    report = json_report(proc)
    assert proc.returncode == 1
    jsonschema.validate(report, report_schema)
    docs = {d["path"]: d for d in report["documents"]}
    assert list(docs) == ["corpus.jsonl#r1", "corpus.jsonl#2", "corpus.jsonl#line-3"]
    assert [f["rule_id"] for f in docs["corpus.jsonl#2"]["findings"]] == ["PH001"]
    (bad,) = docs["corpus.jsonl#line-3"]["findings"]
    assert bad["rule_id"] == "EN007" and bad["message"].startswith("bad record at line 3: not valid JSON")
    assert report["summary"]["documents"] == 3
    assert path.exists()


def test_cli_field_and_column_options(run_cli, tmp_path, pd):
    jsonl(tmp_path / "a.jsonl", [{"key": "k", "body": HOLE}])
    pd.DataFrame({"name": ["n1"], "content": [HOLE]}).to_csv(tmp_path / "b.csv", index=False)
    proc = run_cli("check", "--format", "json", "--text-field", "body", "--id-field", "key",
                   "--text-column", "content", "--id-column", "name", "a.jsonl", "b.csv", cwd=tmp_path)
    report = json_report(proc)
    assert [(d["path"], [f["rule_id"] for f in d["findings"]]) for d in report["documents"]] == [
        ("a.jsonl#k", ["PH001"]), ("b.csv#n1", ["PH001"])]


def test_concise_output_and_exit_code_with_bad_records(run_cli, tmp_path):
    jsonl(tmp_path / "c.jsonl", [{"text": GOOD}, {"text": 3}])
    proc = run_cli("check", "--format", "concise", "c.jsonl", cwd=tmp_path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1
    assert "c.jsonl#line-2:1:1: EN007 [error] bad record at line 2: field 'text' is a number" in proc.stdout


def test_directories_yield_corpus_files_only_when_included(run_cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(GOOD, encoding="utf-8")
    jsonl(tmp_path / "docs" / "c.jsonl", [{"text": HOLE}])
    default = json_report(run_cli("check", "--format", "json", "docs", cwd=tmp_path))
    assert [d["path"] for d in default["documents"]] == ["docs/a.txt"]
    included = json_report(run_cli("check", "--format", "json", "--include", "*.jsonl", "--include", "*.txt", "docs",
                                   cwd=tmp_path))
    assert [d["path"] for d in included["documents"]] == ["docs/a.txt", "docs/c.jsonl#1"]


def test_stdin_stays_a_plain_document(run_cli):
    line = json.dumps({"text": HOLE}, ensure_ascii=False) + "\n"
    proc = run_cli("check", "--format", "json", "--stdin-filename", "pasted.jsonl", "-", input=line)
    report = json_report(proc)
    (doc,) = report["documents"]
    assert doc["path"] == "pasted.jsonl"
    assert [f["rule_id"] for f in doc["findings"]] == ["PH001"]


def test_a_jsonl_run_does_not_import_pandas(run_cli, tmp_path):
    jsonl(tmp_path / "c.jsonl", [{"text": GOOD}])
    proc = run_cli("check", "c.jsonl", cwd=tmp_path, python_flags=("-X", "importtime"))
    assert proc.returncode == 0, proc.stderr
    modules = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in proc.stderr.splitlines()
               if line.startswith("import time:")}
    assert "auditor" in modules
    assert not modules & {"pandas", "pyarrow", "numpy"}


# --------------------------------------------------------------------------- shards of a corpus

def test_shards_partition_the_records(tmp_path):
    lines = [{"text": f"{GOOD}{i}"} for i in range(60)] + ["broken"]
    lines += [{"id": f"k{i}", "text": HOLE} for i in range(20)]
    path = jsonl(tmp_path / "c.jsonl", lines)
    everything = [d.path for d in read(path)]
    assert len(everything) == 81
    shards = [[d.path for d in read(path, shard=(i, 4))] for i in range(4)]
    assert sorted(name for shard in shards for name in shard) == sorted(everything)
    assert sum(len(s) for s in shards) == len(everything)  # no overlap
    assert all(shards)  # 81 names spread over 4 shards
    assert shards == [[d.path for d in read(path, shard=(i, 4))] for i in range(4)]  # stable
    for shard in shards:  # each shard keeps the file order
        assert shard == [name for name in everything if name in set(shard)]
