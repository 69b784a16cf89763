"""``--shard I/N`` partitions the documents; ``auditor merge`` puts the shards' JSON reports back together.

A merge of every shard must equal one run over the same inputs: same documents in the same order
(see auditor/merge.py for the order it rebuilds), same findings, same summary.
"""

from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path

import jsonschema
import pytest

from auditor.merge import input_order_key, merge_reports, run_merge, split_record, summarise

TEXTS = [
    "今年全区新建社区食堂五处，覆盖老人两千余名。\n",  # clean
    "本季度走访困难群众xx户，发放慰问金。\n",  # PH001
    "某某公司中标了道路养护项目。\n",  # PH003
    "全市共有学校12所，其中小学8所、中学4所。\n",  # verified total (--show-verified)
    "全市共有医院9所，其中综合医院6所、专科医院5所。\n",  # totals finding
    "",  # EN002
]


def write_tree(root: Path, count: int = 30) -> Path:
    """*count* documents spread over nested folders, files and folders with names that sort unevenly."""
    folders = ["", "a", "a/deep", "b", "b/c10", "b/c9"]
    for i in range(count):
        folder = root / folders[i % len(folders)]
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ".md" if i % 5 == 4 else ".txt"
        (folder / f"doc{i}{suffix}").write_text(TEXTS[i % len(TEXTS)] + f"第{i}篇。\n" * (i % 3 > 0),
                                                encoding="utf-8")
    return root


def write_corpus(path: Path, count: int = 40) -> Path:
    lines = []
    for i in range(count):
        if i % 13 == 7:
            lines.append('{"text": "cut')
        elif i % 11 == 5:
            lines.append(json.dumps({"body": "no text field"}))
        else:
            lines.append(json.dumps({"text": TEXTS[i % len(TEXTS)]}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def report_schema(repo_root):
    return json.loads((repo_root / "reports" / "report.schema.json").read_text(encoding="utf-8"))


def sharded(cli, cwd: Path, count: int, *args: str) -> list[Path]:
    """Run ``check --format json --shard i/count ARGS`` for every shard; return the report files."""
    reports = []
    for index in range(count):
        out = cwd / f"shard-{index}-of-{count}.json"
        proc = cli("check", "--format", "json", "--show-verified", "--shard", f"{index}/{count}", "-o", out, *args,
                   cwd=cwd)
        assert proc.returncode in (0, 1), proc.stderr
        reports.append(out)
    return reports


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("inputs", ["tree", "corpus"])
def test_shards_then_merge_equal_one_run(cli, tmp_path, report_schema, inputs):
    if inputs == "tree":
        write_tree(tmp_path / "tree")
        args = ["tree"]
    else:
        write_corpus(tmp_path / "corpus.jsonl")
        args = ["corpus.jsonl"]
    full = cli("check", "--format", "json", "--show-verified", *args, cwd=tmp_path)
    single = json.loads(full.stdout)
    assert single["summary"]["documents"] in (30, 40)
    reports = sharded(cli, tmp_path, 3, *args)
    parts = [load(r) for r in reports]
    # the shards partition the documents: no overlap, nothing lost, none empty
    names = [d["path"] for part in parts for d in part["documents"]]
    assert sorted(names) == sorted(d["path"] for d in single["documents"])
    assert len(names) == len(set(names))
    assert all(part["documents"] for part in parts)
    merged_file = tmp_path / "merged.json"
    proc = cli("merge", *reversed(reports), "-o", merged_file, cwd=tmp_path)  # the order of the reports is free
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    merged = load(merged_file)
    jsonschema.validate(merged, report_schema)
    assert merged["summary"] == single["summary"]
    assert {d["path"]: d["findings"] for d in merged["documents"]} == {d["path"]: d["findings"]
                                                                      for d in single["documents"]}
    assert merged == single  # the same order too (directories and default record ids)
    assert any(d.get("verified") for d in merged["documents"])  # verified lists are kept


def test_shard_is_stable_across_runs(cli, tmp_path):
    write_tree(tmp_path / "tree", 12)
    write_corpus(tmp_path / "corpus.jsonl", 15)
    first = cli("check", "--format", "json", "--shard", "1/3", "tree", "corpus.jsonl", cwd=tmp_path).stdout
    again = cli("check", "--format", "json", "--shard", "1/3", "tree", "corpus.jsonl", cwd=tmp_path).stdout
    assert first == again
    assert json.loads(first)["documents"]


def test_merge_writes_to_stdout(cli, tmp_path):
    write_tree(tmp_path / "tree", 8)
    reports = sharded(cli, tmp_path, 2, "tree")
    proc = cli("merge", *reports, cwd=tmp_path)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["summary"]["documents"] == 8


# --------------------------------------------------------------------------- errors

@pytest.fixture
def two_shards(cli, tmp_path) -> list[Path]:
    write_tree(tmp_path / "tree", 10)
    return sharded(cli, tmp_path, 2, "tree")


def test_overlapping_reports_are_an_error_naming_the_documents(cli, tmp_path, two_shards):
    full = tmp_path / "full.json"
    cli("check", "--format", "json", "-o", full, "tree", cwd=tmp_path)
    proc = cli("merge", two_shards[0], full, "-o", tmp_path / "out.json", cwd=tmp_path)
    assert proc.returncode == 2
    first = load(two_shards[0])["documents"][0]["path"]
    assert "appear in more than one report" in proc.stderr
    assert first in proc.stderr and str(full) in proc.stderr
    assert not (tmp_path / "out.json").exists()


def test_the_same_report_twice_is_an_error(cli, tmp_path, two_shards):
    proc = cli("merge", two_shards[0], two_shards[1], two_shards[0], cwd=tmp_path)
    assert proc.returncode == 2
    assert "given twice" in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize(("content", "expected"), [
    (b"{not json", "not valid JSON"),
    (b'{"version": "1"}', "not a doc-auditor JSON report"),
    (b'[1, 2]', "not a doc-auditor JSON report"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (None, "cannot read the report"),
])
def test_unreadable_or_invalid_report_is_exit_2_with_its_name(cli, tmp_path, two_shards, content, expected):
    broken = tmp_path / "broken.json"
    if content is not None:
        broken.write_bytes(content)
    proc = cli("merge", two_shards[0], broken, cwd=tmp_path)
    assert proc.returncode == 2
    assert f"{broken}: " in proc.stderr and expected in proc.stderr
    assert proc.stdout == ""


def test_a_finding_that_breaks_the_schema_is_reported(cli, tmp_path, two_shards):
    report = load(two_shards[0])
    report["documents"].append({"path": "x.txt", "encoding": "utf-8", "findings": [{"rule_id": "nope"}]})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(report), encoding="utf-8")
    proc = cli("merge", bad, two_shards[1], cwd=tmp_path)
    assert proc.returncode == 2
    assert f"{bad}: not a doc-auditor JSON report (documents/" in proc.stderr


def test_different_tool_versions_warn_but_merge(cli, tmp_path, two_shards):
    report = load(two_shards[1])
    report["tool"]["version"] = "0.0.1"
    older = tmp_path / "older.json"
    older.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    proc = cli("merge", two_shards[0], older, cwd=tmp_path)
    assert proc.returncode == 0
    assert "warning: the reports come from different versions of doc-auditor" in proc.stderr
    assert "0.0.1: " in proc.stderr
    assert json.loads(proc.stdout)["summary"]["documents"] == 10


def test_unwritable_output_is_exit_2(cli, tmp_path, two_shards):
    proc = cli("merge", *two_shards, "-o", tmp_path / "missing-dir" / "out.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert "cannot write the merged report" in proc.stderr


# --------------------------------------------------------------------------- in process: order and summary

def test_split_record():
    assert split_record("d/c.jsonl#12") == ("d/c.jsonl", "12")
    assert split_record("d/c.csv.gz#row-3") == ("d/c.csv.gz", "row-3")
    assert split_record("d/x#1.txt") == ("d/x#1.txt", None)
    assert split_record("a#b.jsonl#k#2") == ("a#b.jsonl", "k#2")


def test_input_order_key_rebuilds_the_walk_and_the_file_order():
    walked = ["t/b.txt", "t/z.md", "t/a/x.txt", "t/a/sub/y.txt", "t/b/w.txt", "t/b10/v.txt", "t/b9/u.txt"]
    records = ["c.jsonl#1", "c.jsonl#line-2", "c.jsonl#3", "c.jsonl#10", "c.jsonl#line-11", "c.jsonl"]
    for expected in (walked, records):
        shuffled = list(reversed(expected))
        assert sorted(shuffled, key=input_order_key) == expected
    named = ["c.jsonl#a2", "c.jsonl#a10", "c.jsonl#b"]
    assert sorted(reversed(named), key=input_order_key) == named  # other ids: natural order


def _report(docs, version="0.1.0"):
    return {"version": "1", "tool": {"name": "doc-auditor", "version": version},
            "summary": summarise(docs), "documents": docs}


def _finding(rule_id, severity):
    return {"rule_id": rule_id, "category": "placeholder", "severity": severity, "message": "m", "line": 1,
            "column": 1, "end_line": 1, "end_column": 2, "start": 0, "end": 1, "excerpt": "x",
            "fingerprint": "0" * 32}


def test_merge_recomputes_the_summary_and_keeps_everything_else(report_schema):
    a = [{"path": "b.txt", "encoding": "utf-8", "findings": [_finding("PH001", "error")],
          "verified": [_finding("TO001", "info")]},
         {"path": "b.txt", "encoding": "utf-8", "findings": []}]  # twice in one report: kept
    b = [{"path": "a.txt", "encoding": "gb18030", "findings": [_finding("PH003", "warning"),
                                                                _finding("PH001", "error")]}]
    reports = [("one.json", _report(copy.deepcopy(a))), ("two.json", _report(copy.deepcopy(b)))]
    merged = merge_reports(reports)
    jsonschema.validate(merged, report_schema)
    assert [d["path"] for d in merged["documents"]] == ["a.txt", "b.txt", "b.txt"]
    assert merged["documents"][1] == a[0]
    assert merged["summary"] == {"documents": 3, "findings": 3, "by_severity": {"error": 2, "warning": 1},
                                 "by_rule": {"PH001": 2, "PH003": 1}}


def test_run_merge_in_process(tmp_path, capsys):
    docs = [{"path": "a.txt", "encoding": "utf-8", "findings": []}]
    first = tmp_path / "first.json"
    first.write_text(json.dumps(_report(docs)), encoding="utf-8")
    out = tmp_path / "out.json"
    assert run_merge(argparse.Namespace(reports=[str(first)], output=str(out))) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"] == docs
    assert capsys.readouterr().err == ""
