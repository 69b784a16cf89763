"""Baselines through the command line: ``auditor baseline`` and ``auditor check --baseline``.

The seed test copies the real seed documents into ``tmp_path`` (they are read-only and never changed)
and reports only counts, never their text.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from auditor.baseline import Baseline

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

A_TEXT = "今年全区经济平稳运行。\n本季度走访困难群众xx户。\n社区调解了张某与邻居的纠纷。\n"  # PH001 2, PH004 3
B_TEXT = "××县人民政府召开会议。\n"  # PH002
C_TEXT = "第二季度新建公园两座。\n"  # clean


# --------------------------------------------------------------------------- helpers

@pytest.fixture
def project(write_doc, tmp_path):
    """docs/a.txt (PH001, PH004), docs/b.txt (PH002), docs/c.txt (clean); returns tmp_path."""
    write_doc("docs/a.txt", A_TEXT)
    write_doc("docs/b.txt", B_TEXT)
    write_doc("docs/c.txt", C_TEXT)
    return tmp_path


@pytest.fixture
def record(cli, project):
    """``auditor baseline docs -o base.json``; returns the baseline path."""
    proc = cli("baseline", "docs", "-o", "base.json", cwd=project)
    assert proc.returncode == 0, proc.stderr
    return project / "base.json"


def gated(cli, cwd, *args):
    """``check --format json --baseline base.json ARGS``: (exit code, [(path, line, rule)], report, stderr)."""
    proc = cli("check", "--format", "json", "--baseline", "base.json", *args, cwd=cwd)
    report = json.loads(proc.stdout) if proc.stdout else None
    found = sorted((d["path"], f["line"], f["rule_id"]) for d in report["documents"] for f in d["findings"]) \
        if report else []
    return proc.returncode, found, report, proc.stderr


def entries(path: Path) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {doc: [(e["rule_id"], e["text"]) for e in items] for doc, items in data["documents"].items()}


# --------------------------------------------------------------------------- auditor baseline

def test_baseline_writes_sorted_stable_json(cli, project):
    proc = cli("baseline", "docs", "-o", "base.json", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert "wrote 3 entries to base.json" in proc.stderr
    first = (project / "base.json").read_bytes()
    data = json.loads(first)
    assert (data["version"], data["tool"]) == (1, "doc-auditor")
    assert list(data["documents"]) == ["docs/a.txt", "docs/b.txt"]  # sorted; clean documents left out
    assert entries(project / "base.json") == {"docs/a.txt": [("PH001", "xx"), ("PH004", "张某")],
                                              "docs/b.txt": [("PH002", "××")]}
    for items in data["documents"].values():
        keys = [(e["rule_id"], e["fingerprint"]) for e in items]
        assert keys == sorted(keys)
    assert first.endswith(b"\n") and b"\xc3\x97" in first  # UTF-8, not \u escapes
    # again, and in another order: byte-identical
    proc = cli("baseline", "docs/c.txt", "docs/b.txt", "./docs/a.txt", "-o", "base.json", cwd=project)
    assert proc.returncode == 0
    assert (project / "base.json").read_bytes() == first


def test_baseline_default_output_and_missing_path(cli, project):
    proc = cli("baseline", "docs", cwd=project)
    assert proc.returncode == 0
    assert (project / "auditor-baseline.json").is_file()
    proc = cli("baseline", "docs", "nowhere", "-o", "x.json", cwd=project)
    assert proc.returncode == 2
    assert "nowhere" in proc.stderr
    assert not (project / "x.json").exists()
    assert cli("baseline", cwd=project).returncode == 2  # no PATH


# --------------------------------------------------------------------------- check --baseline

def test_nothing_changed_reports_nothing(cli, project, record):
    code, found, report, stderr = gated(cli, project, "docs")
    assert code == 0
    assert found == []
    assert sorted(d["path"] for d in report["documents"]) == ["docs/a.txt", "docs/b.txt", "docs/c.txt"]
    assert report["summary"]["findings"] == 0
    assert "3 known findings not reported" in stderr
    assert "0 baseline entries are fixed" in stderr


def test_inserted_lines_above_keep_findings_baselined(cli, project, record):
    (project / "docs" / "a.txt").write_text("新增标题\n\n补充说明一段。\n" + A_TEXT, encoding="utf-8")
    code, found, _, stderr = gated(cli, project, "docs")
    assert (code, found) == (0, [])
    assert "3 known findings not reported" in stderr


def test_a_new_placeholder_is_the_only_finding(cli, project, record):
    (project / "docs" / "a.txt").write_text(A_TEXT + "另有××单位参加。\n", encoding="utf-8")
    code, found, report, stderr = gated(cli, project, "docs")
    assert code == 1
    assert found == [("docs/a.txt", 4, "PH002")]
    assert report["summary"]["findings"] == 1
    assert "3 known findings not reported" in stderr


def test_a_fixed_entry_is_reported_on_stderr(cli, project, record):
    (project / "docs" / "a.txt").write_text(A_TEXT.replace("xx户", "12户"), encoding="utf-8")
    code, found, _, stderr = gated(cli, project, "docs")
    assert (code, found) == (0, [])
    assert "2 known findings not reported; 1 baseline entries are fixed" in stderr
    assert "--update-baseline" in stderr


def test_update_baseline_rewrites_and_keeps_unchecked_documents(cli, project, record):
    (project / "docs" / "a.txt").write_text(A_TEXT.replace("xx户", "12户") + "另有××单位参加。\n", encoding="utf-8")
    (project / "docs" / "b.txt").write_text(C_TEXT, encoding="utf-8")  # fixed, but not checked below
    proc = cli("check", "docs/a.txt", "--baseline", "base.json", "--update-baseline", cwd=project)
    assert "1 baseline entries are fixed" in proc.stderr
    assert "wrote 3 entries to base.json" in proc.stderr
    assert entries(record) == {"docs/a.txt": [("PH002", "××"), ("PH004", "张某")],
                               "docs/b.txt": [("PH002", "××")]}
    # the updated file gates the same run cleanly, and stays sorted and stable
    code, found, _, _ = gated(cli, project, "docs/a.txt")
    assert (code, found) == (0, [])
    saved = record.read_bytes()
    proc = cli("check", "docs/a.txt", "--baseline", "base.json", "--update-baseline", cwd=project)
    assert proc.returncode == 0
    assert record.read_bytes() == saved
    # checking everything drops b.txt's entry, which is now fixed
    proc = cli("check", "docs", "--baseline", "base.json", "--update-baseline", cwd=project)
    assert proc.returncode == 0
    assert entries(record) == {"docs/a.txt": [("PH002", "××"), ("PH004", "张某")]}


def test_update_baseline_creates_a_missing_file(cli, project):
    proc = cli("check", "docs", "--baseline", "new.json", "--update-baseline", cwd=project)
    assert "wrote 3 entries to new.json" in proc.stderr
    code, found, _, _ = gated(cli, project, "docs", "--baseline", "new.json")
    assert (code, found) == (0, [])


def test_update_baseline_needs_baseline(cli, project):
    proc = cli("check", "docs", "--update-baseline", cwd=project)
    assert proc.returncode == 2
    assert "--update-baseline needs --baseline" in proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize(("content", "reason"), [
    ('{"version": 1, "documents": [', "not valid JSON"),
    ('{"version": 7, "documents": {}}', "version 7"),
    ('["not", "a", "baseline"]', "not a doc-auditor baseline"),
])
def test_corrupt_baseline_exits_2_naming_it(cli, project, content, reason):
    (project / "broken.json").write_text(content, encoding="utf-8")
    for extra in ((), ("--update-baseline",)):
        proc = cli("check", "docs", "--baseline", "broken.json", *extra, cwd=project)
        assert proc.returncode == 2
        assert "broken.json" in proc.stderr and reason in proc.stderr
        assert proc.stdout == ""
    assert (project / "broken.json").read_text(encoding="utf-8") == content  # never overwritten


def test_missing_baseline_exits_2(cli, project):
    proc = cli("check", "docs", "--baseline", "nowhere.json", cwd=project)
    assert proc.returncode == 2
    assert "nowhere.json" in proc.stderr


def test_sarif_fingerprints_equal_baseline_fingerprints(cli, project, record):
    proc = cli("check", "docs", "--format", "sarif", cwd=project)
    assert proc.returncode == 1
    sarif = json.loads(proc.stdout)
    from_sarif = sorted(
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"],
         r["partialFingerprints"]["docAuditor/v1"]) for r in sarif["runs"][0]["results"])
    data = json.loads(record.read_text(encoding="utf-8"))
    from_baseline = sorted((path, e["rule_id"], e["fingerprint"]) for path, items in data["documents"].items()
                           for e in items)
    assert from_sarif == from_baseline
    assert len(from_sarif) == 3


def test_reported_fingerprint_of_a_new_finding_is_its_own(cli, write_doc, tmp_path):
    write_doc("r.txt", "走访xx户。\n走访xx户。\n")
    assert cli("baseline", "r.txt", "-o", "base.json", cwd=tmp_path).returncode == 0
    old = {e["fingerprint"] for e in json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
           ["documents"]["r.txt"]}
    write_doc("r.txt", "走访xx户。\n走访xx户。\n走访xx户。\n")
    plain = json.loads(cli("check", "r.txt", "--format", "sarif", cwd=tmp_path).stdout)
    all_prints = [r["partialFingerprints"]["docAuditor/v1"] for r in plain["runs"][0]["results"]]
    [new_print] = set(all_prints) - old
    gated_sarif = json.loads(cli("check", "r.txt", "--format", "sarif", "--baseline", "base.json",
                                 cwd=tmp_path).stdout)
    reported = [r["partialFingerprints"]["docAuditor/v1"] for r in gated_sarif["runs"][0]["results"]]
    assert reported == [new_print]


# --------------------------------------------------------------------------- the real seeds

@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed corpus is not available")
def test_baseline_gate_on_the_seed_documents(cli, tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 3
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in seeds:
        shutil.copyfile(seed, folder / seed.name)  # copyfile: the copies are writable

    proc = cli("baseline", "seeds", "-o", "seeds-baseline.json", cwd=tmp_path)
    rc = proc.returncode
    assert rc == 0, f"baseline exited {rc}"
    recorded = len(Baseline.load(tmp_path / "seeds-baseline.json"))
    assert recorded > 0, "the seeds have known findings"
    assert f"wrote {recorded} entries" in proc.stderr

    proc = cli("check", "seeds", "--baseline", "seeds-baseline.json", "--format", "json", cwd=tmp_path)
    rc = proc.returncode
    count = json.loads(proc.stdout)["summary"]["findings"]
    assert (rc, count) == (0, 0), f"exit {rc}, {count} findings"
    assert f"{recorded} known findings not reported; 0 baseline entries are fixed" in proc.stderr

    target = next(folder.glob("002_*.txt"))
    with open(target, "ab") as handle:
        handle.write("\n本月新增一行：走访xx户。\n".encode())
    proc = cli("check", "seeds", "--baseline", "seeds-baseline.json", "--format", "json", cwd=tmp_path)
    rc = proc.returncode
    report = json.loads(proc.stdout)
    new = [(d["path"], f["rule_id"]) for d in report["documents"] for f in d["findings"]]
    count = len(new)
    assert (rc, count) == (1, 1), f"exit {rc}, {count} new findings"
    assert new == [(f"seeds/{target.name}", "PH001")]
    assert f"{recorded} known findings not reported; 0 baseline entries are fixed" in proc.stderr
