"""``auditor split``: every record lands in exactly one output, unchanged and in order (properties per
format), annotated with its verdict when set aside; atomic writes, refusals, ``--fix``."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor import split as split_module
from auditor.split import SplitError, Splitter, annotate_jsonl

# example texts written for these tests
CLEAN = "今年全镇新修村道十二公里，群众出行更加方便。"
PIECES = [CLEAN, "本季度走访独居老人xx户", "鍙戝睍鏂版€濇兂", "共受理来信200件，办结150件，办结率80%。", "村民张某",
          "负责人：【待填】", "，", "\n", "\r\n", '"', ",", "\t", "'", "{", "}", "é", "😀", " ", "XX街道", "&nbsp;"]
TEXTS = st.one_of(st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
                  st.text(st.characters(exclude_categories=("Cs",)), max_size=25))
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REASONS = "auditor_reasons"


@pytest.fixture(scope="module")
def plan():
    from auditor.cli import _parser
    from auditor.run import plan_run

    args = _parser("split").parse_args(["split", "x", "--keep", "k", "--reject", "r", "--isolated"])
    return plan_run(args)


def outputs(folder: Path, suffix: str, review: bool) -> dict[str, Path | None]:
    return {"keep": folder / f"keep{suffix}", "reject": folder / f"reject{suffix}",
            "review": folder / f"review{suffix}" if review else None}


def run(plan, corpus: Path, outs: dict, **options) -> Splitter:
    splitter = Splitter(plan, keep=str(outs["keep"]), reject=str(outs["reject"]),
                        review=str(outs["review"]) if outs["review"] else None, **options)
    splitter.run(str(corpus))
    return splitter


def labels_in(outs: dict) -> list[tuple[str, Path]]:
    return [(label, path) for label, path in outs.items() if path is not None]


def split_outputs(plan, tmp: Path, suffix: str, data: bytes, gz: bool, review: bool):
    """Write *data* as the corpus ``in{suffix}`` (gzipped when *gz*), split it, and yield ``(label, bytes)``
    of each output, decompressed."""
    corpus = tmp / f"in{suffix}"
    corpus.write_bytes(gzip.compress(data) if gz else data)
    outs = outputs(tmp, suffix, review)
    run(plan, corpus, outs)
    for label, path in labels_in(outs):
        raw = path.read_bytes()
        yield label, gzip.decompress(raw) if gz else raw


def assert_partition(found: dict[str, list[int]], expected: list[int], review: bool) -> None:
    """Every record index in exactly one output, each output in input order."""
    union = sorted(n for numbers in found.values() for n in numbers)
    assert union == sorted(expected)
    for numbers in found.values():
        assert numbers == sorted(numbers)
    if not review:
        assert "review" not in found


# --------------------------------------------------------------------------- JSON Lines

RECORDS = st.lists(st.tuples(st.sampled_from(["ok", "ok", "ok", "broken", "notext", "blank"]), TEXTS,
                             st.booleans(), st.sampled_from(["\n", "\r\n"])), max_size=10)


@given(records=RECORDS, review=st.booleans(), gz=st.booleans(), last_newline=st.booleans(),
       ascii_only=st.booleans())
@PROPERTY
def test_jsonl_records_land_once_unchanged_and_in_order(plan, records, review, gz, last_newline, ascii_only):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lines, expected, originals = [], [], {}
        for n, (kind, text, with_id, ending) in enumerate(records):
            if kind == "blank":
                body = b"   "
            elif kind == "broken":
                body = f"{{broken record {n}".encode()
            else:
                record = {"n": n, ("text" if kind == "ok" else "body"): text}
                if with_id:
                    record = {"id": f"r{n}", **record, "meta": {"k": [1, None]}}
                body = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8")
            if kind != "blank":
                expected.append(n)
                originals[n] = body
            lines.append(body + ending.encode())
        data = b"".join(lines)
        if lines and not last_newline:
            data = data.rstrip(b"\r\n")
        found: dict[str, list[int]] = {}
        for label, raw in split_outputs(plan, tmp, ".jsonl.gz" if gz else ".jsonl", data, gz, review):
            assert raw == b"" or raw.endswith(b"\n")
            for line in raw.splitlines():
                if line.startswith(b"{broken"):
                    n = int(line.split()[-1])
                    assert label == "reject" and line == originals[n]  # cannot hold a field: unchanged
                else:
                    record = json.loads(line)
                    n = record["n"]
                    original = originals[n]
                    if label == "keep":
                        assert line == original  # byte for byte
                        assert REASONS not in record
                    else:
                        verdict = record.pop(REASONS)
                        assert verdict["label"] == label and verdict["reasons"]
                        assert record == json.loads(original)
                        assert line.startswith(original.rstrip()[:-1])  # the original bytes, then the field
                found.setdefault(label, []).append(n)
        assert_partition(found, expected, review)
        assert not [p for p in tmp.iterdir() if "auditor-tmp" in p.name]


def test_annotate_jsonl_keeps_the_bytes():
    assert annotate_jsonl(b'{"a": 1 }', "r", {"x": "中"}) == b'{"a": 1, "r": {"x": "\xe4\xb8\xad"}}'
    assert annotate_jsonl(b"{}", "r", 1) == b'{"r": 1}'
    assert json.loads(annotate_jsonl(b'{"r": 0, "b": 2}', "r", 5)) == {"r": 5, "b": 2}
    assert annotate_jsonl(b"[1, 2]", "r", 1) == b"[1, 2]"
    assert annotate_jsonl(b"{oops", "r", 1) == b"{oops"


# --------------------------------------------------------------------------- CSV / TSV

ROWS = st.lists(st.tuples(TEXTS, st.text(max_size=5)), max_size=10)


@given(rows=ROWS, review=st.booleans(), tsv=st.booleans(), crlf=st.booleans(), gz=st.booleans())
@PROPERTY
def test_csv_rows_land_once_unchanged_and_in_order(plan, rows, review, tsv, crlf, gz):
    sep = "\t" if tsv else ","
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        buffer = io.StringIO(newline="")
        writer = split_module._CsvOut(buffer, sep, "\r\n" if crlf else "\n")  # quotes every line break
        header = ["n", "text", "note"]
        writer.writerow(header)
        expected = {}
        for n, (text, note) in enumerate(rows):
            writer.writerow([str(n), text, note])
            expected[n] = [str(n), text, note]
        data = buffer.getvalue().encode("utf-8", "surrogatepass")
        found: dict[str, list[int]] = {}
        suffix = (".tsv" if tsv else ".csv") + (".gz" if gz else "")
        for label, raw in split_outputs(plan, tmp, suffix, data, gz, review):
            if crlf and raw:
                assert raw.endswith(b"\r\n")
            read = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), delimiter=sep))
            assert read[0] == (header if label == "keep" else [*header, REASONS])
            for fields in read[1:]:
                if label != "keep":
                    verdict = json.loads(fields.pop())
                    assert verdict["label"] == label
                n = int(fields[0])
                assert fields == expected[n]
                found.setdefault(label, []).append(n)
        assert_partition(found, list(expected), review)


# --------------------------------------------------------------------------- Parquet


@given(rows=st.lists(st.tuples(st.one_of(st.none(), TEXTS), st.floats(allow_nan=False)), max_size=12),
       review=st.booleans(), batch=st.integers(1, 5), group=st.integers(1, 6))
@PROPERTY
def test_parquet_rows_land_once_unchanged_and_in_order(plan, rows, review, batch, group):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        patch.setattr(split_module, "PARQUET_BATCH_ROWS", batch)
        tmp = Path(tmp)
        schema = pa.schema([("n", pa.int64()), ("text", pa.string()), ("x", pa.float64())],
                           metadata={"origin": "test"})
        table = pa.table({"n": list(range(len(rows))), "text": [t for t, _ in rows], "x": [x for _, x in rows]},
                         schema=schema)
        corpus = tmp / "in.parquet"
        pq.write_table(table, corpus, row_group_size=group)
        outs = outputs(tmp, ".parquet", review)
        run(plan, corpus, outs)
        found: dict[str, list[int]] = {}
        for label, path in labels_in(outs):
            got = pq.read_table(path)
            if label == "keep":
                assert got.schema.equals(schema, check_metadata=True)
            else:
                assert got.schema.names == ["n", "text", "x", REASONS]
                assert all(json.loads(r)["label"] == label for r in got.column(REASONS).to_pylist())
                got = got.drop_columns([REASONS])
            for record in got.to_pylist():
                n = record["n"]
                assert record == {"n": n, "text": rows[n][0], "x": rows[n][1]}
                found.setdefault(label, []).append(n)
        assert_partition(found, list(range(len(rows))), review)
        nulls = [n for n, (t, _) in enumerate(rows) if t is None]
        assert set(nulls) <= set(found.get("reject", []))  # a row without text is a bad record


# --------------------------------------------------------------------------- folders of files

FILES = st.dictionaries(st.sampled_from(["a.txt", "b.md", "sub/c.txt", "sub/deeper/d.txt", "e.txt", "sub/f.md"]),
                        st.tuples(TEXTS, st.sampled_from(["utf-8", "gb18030", "raw"])), max_size=6)


@given(files=FILES, review=st.booleans())
@PROPERTY
def test_folder_files_land_once_byte_for_byte(plan, files, review):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "in"
        corpus.mkdir()
        expected = {}
        for rel, (text, encoding) in files.items():
            if encoding == "raw":
                data = text.encode("utf-8", "surrogatepass")[::-1]  # bytes that are often no valid text
            else:
                data = text.encode(encoding, "replace")
            path = corpus / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            expected[rel] = data
        outs = {"keep": tmp / "keep", "reject": tmp / "reject", "review": tmp / "review" if review else None}
        run(plan, corpus, outs)
        found: dict[str, str] = {}
        for label, folder in labels_in(outs):
            for path in folder.rglob("*"):
                if path.is_dir():
                    continue
                rel = path.relative_to(folder).as_posix()
                if rel.endswith(".auditor.json"):
                    note = json.loads(path.read_text(encoding="utf-8"))
                    assert label != "keep" and note["verdict"]["label"] == label
                    assert (folder / rel.removesuffix(".auditor.json")).is_file()
                    continue
                assert rel not in found
                found[rel] = label
                assert path.read_bytes() == expected[rel]
                assert (label != "keep") == (folder / (rel + ".auditor.json")).is_file()
        assert set(found) == set(expected)
        if not review:
            assert "review" not in found.values()


# --------------------------------------------------------------------------- verdicts, fixes, refusals


def write_jsonl(path: Path, texts: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")


CORPUS = [CLEAN, "本季度走访独居老人xx户。", "鍙戝睍鏂版€濇兂，抓好落实。", "共受理来信200件，办结150件，办结率80%。",
          "村民张某反映积水问题。"]


def test_split_agrees_with_the_verdicts_of_check(run_cli, tmp_path):
    write_jsonl(tmp_path / "c.jsonl", CORPUS)
    report = json.loads(run_cli("check", "c.jsonl", "--format", "json", cwd=tmp_path).stdout)
    wanted = {d["path"].split("#")[1]: d["verdict"]["label"] for d in report["documents"]}
    proc = run_cli("split", "c.jsonl", "--keep", "k.jsonl", "--reject", "r.jsonl", "--review", "v.jsonl",
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "split: 5 records: 2 keep -> k.jsonl; 2 review -> v.jsonl; 1 reject -> r.jsonl" in proc.stderr
    got = {}
    for label, name in (("keep", "k.jsonl"), ("review", "v.jsonl"), ("reject", "r.jsonl")):
        for line in (tmp_path / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            got[str(record["id"])] = label
            if label != "keep":
                assert record[REASONS] == next(d["verdict"] for d in report["documents"]
                                               if d["path"] == f"c.jsonl#{record['id']}")
    assert got == wanted


def test_fix_repairs_kept_records_only(run_cli, tmp_path):
    write_jsonl(tmp_path / "c.jsonl", CORPUS)
    proc = run_cli("split", "c.jsonl", "--keep", "k.jsonl", "--reject", "r.jsonl", "--fix", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    kept = [json.loads(x) for x in (tmp_path / "k.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in kept] == [0, 2, 3, 4]  # review goes to keep without --review
    assert kept[1]["text"].startswith("发展") and "鍙戝睍" not in kept[1]["text"]
    assert kept[0]["text"] == CLEAN and kept[2]["text"] == CORPUS[3]  # numbers are never touched
    assert "kept records repaired" in proc.stderr
    proc = run_cli("split", "c.jsonl", "--keep", "k2.jsonl", "--reject", "r2.jsonl", "--review", "v2.jsonl",
                   "--fix", cwd=tmp_path)
    reviewed = [json.loads(x) for x in (tmp_path / "v2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert reviewed[0]["text"] == CORPUS[2]  # records set aside are never rewritten


def test_existing_outputs_are_refused_unless_forced(run_cli, tmp_path):
    write_jsonl(tmp_path / "c.jsonl", CORPUS)
    (tmp_path / "k.jsonl").write_text("old\n", encoding="utf-8")
    proc = run_cli("split", "c.jsonl", "--keep", "k.jsonl", "--reject", "r.jsonl", cwd=tmp_path)
    assert proc.returncode == 2 and "k.jsonl exists; use --force" in proc.stderr
    assert (tmp_path / "k.jsonl").read_text(encoding="utf-8") == "old\n"
    assert not (tmp_path / "r.jsonl").exists()
    proc = run_cli("split", "c.jsonl", "--keep", "k.jsonl", "--reject", "r.jsonl", "--force", cwd=tmp_path)
    assert proc.returncode == 0 and "old" not in (tmp_path / "k.jsonl").read_text(encoding="utf-8")
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "r.jsonl").stat().st_mode & 0o777 == 0o666 & ~mask  # not the private mode of a temp file


@pytest.mark.parametrize(("setup", "args", "needle"), [
    ("jsonl", ["c.jsonl", "--keep", "k.csv", "--reject", "r.jsonl"], "the output must be too"),
    ("jsonl", ["c.jsonl", "--keep", "k.jsonl", "--reject", "k.jsonl"], "different outputs"),
    ("jsonl", ["c.jsonl", "--keep", "c.jsonl", "--reject", "r.jsonl"], "the input itself"),
    ("jsonl", ["missing.jsonl", "--keep", "k.jsonl", "--reject", "r.jsonl"], "no such file"),
    ("csv", ["c.csv", "--keep", "k.csv", "--reject", "r.csv", "--text-column", "body"], "no column 'body'"),
    ("csv", ["c.csv", "--keep", "k.csv", "--reject", "r.csv", "--reasons-field", "n"], "already has a column"),
    ("folder", ["docs", "--keep", "docs/keep", "--reject", "out/r"], "inside the input folder"),
])
def test_usage_errors_exit_2_and_write_nothing(run_cli, tmp_path, setup, args, needle):
    write_jsonl(tmp_path / "c.jsonl", CORPUS)
    (tmp_path / "c.csv").write_text("n,text\n1,走访xx户\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(CLEAN, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    proc = run_cli("split", *args, cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert needle in proc.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_failure_midway_leaves_no_output(run_cli, tmp_path):
    data = "".join(json.dumps({"text": f"{CLEAN}{i}"}, ensure_ascii=False) + "\n" for i in range(3000))
    packed = gzip.compress(data.encode("utf-8"))
    (tmp_path / "c.jsonl.gz").write_bytes(packed[: len(packed) // 2])  # truncated
    proc = run_cli("split", "c.jsonl.gz", "--keep", "k.jsonl.gz", "--reject", "r.jsonl.gz", cwd=tmp_path)
    assert proc.returncode == 2 and "reading stopped" in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(os.listdir(tmp_path)) == ["c.jsonl.gz"]  # no output, no temporary file


def test_a_single_plain_file_goes_to_the_output_of_its_verdict(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("本季度走访独居老人xx户。\n", encoding="utf-8")
    proc = run_cli("split", "a.txt", "--keep", "k.txt", "--reject", "r.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "r.txt").read_bytes() == (tmp_path / "a.txt").read_bytes()
    assert not (tmp_path / "k.txt").exists()


def test_splitter_refuses_a_folder_output_for_a_file(plan, tmp_path):
    write_jsonl(tmp_path / "c.jsonl", CORPUS)
    (tmp_path / "out").mkdir()
    with pytest.raises(SplitError, match="is a folder"):
        Splitter(plan, keep=str(tmp_path / "out"), reject=str(tmp_path / "r.jsonl")).run(str(tmp_path / "c.jsonl"))


def test_worker_processes_write_the_same_outputs(plan, tmp_path):
    """``--jobs 2`` sends the documents to the worker pool of ``check``; the outputs are identical."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = [PIECES[i % len(PIECES)] + PIECES[(i * 7) % len(PIECES)] for i in range(150)]
    write_jsonl(tmp_path / "c.jsonl", texts)
    with open(tmp_path / "c.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([i, t] for i, t in enumerate(texts))
    pq.write_table(pa.table({"id": list(range(150)), "text": texts}), tmp_path / "c.parquet", row_group_size=40)
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, text in enumerate(texts[:60]):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    for corpus, suffix in (("c.jsonl", ".jsonl"), ("c.csv", ".csv"), ("c.parquet", ".parquet"), ("docs", "")):
        results = []
        for jobs in (1, 2):
            out = tmp_path / f"out-{jobs}-{corpus}"
            out.mkdir()
            outs = outputs(out, suffix, review=True)
            splitter = run(plan, tmp_path / corpus, outs, jobs=jobs)
            files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
            results.append((dict(splitter.stats.counts), files))
        assert results[0] == results[1], corpus
        assert sum(results[0][0].values()) == (60 if corpus == "docs" else 150)
