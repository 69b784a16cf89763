"""Resumable sharded runs: ``auditor check PATH --shard-dir DIR [--shards N] [--resume]`` (auditor/shards.py).

The merged report of a sharded run must be byte-identical to ``--shard I/N`` + ``auditor merge`` and to
itself after a kill and a ``--resume``; finished shards are never checked again; a damaged shard is.
Interrupted runs are real: the command runs in its own process group, which gets SIGKILL while some
shards are complete and others are not (``AUDITOR_TEST_SHARD_DELAY`` makes each shard task wait before
its report is renamed into place, so that such a moment exists).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_shard_merge import TEXTS, write_corpus, write_tree

DASK_MISSING = [name for name in ("dask", "distributed") if importlib.util.find_spec(name) is None]
PARQUET_MISSING = importlib.util.find_spec("pyarrow") is None
DELAY = "AUDITOR_TEST_SHARD_DELAY"


def write_csv(path: Path, count: int = 30) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for i in range(count):
            writer.writerow([f"r{i}", TEXTS[i % len(TEXTS)]])
        handle.write("broken,row,with,too,many,fields\n")
    return path


def write_parquet(path: Path, count: int = 30) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"id": [f"p{i}" for i in range(count)], "text": [TEXTS[i % len(TEXTS)] for i in range(count)]})
    pq.write_table(table, path, row_group_size=7)
    return path


def collection(root: Path, files: int = 24) -> list[str]:
    """A tree of text files and a JSON Lines corpus under *root*; the arguments naming them."""
    write_tree(root / "tree", files)
    write_corpus(root / "corpus.jsonl", 30)
    return ["tree", "corpus.jsonl"]


def shard_files(directory: Path) -> dict[str, tuple[int, int]]:
    """``name → (inode, mtime_ns)`` of the reports and markers in *directory*."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in directory.iterdir()
            if p.name.startswith("shard-")}


def markers(directory: Path) -> list[Path]:
    return sorted(directory.glob("shard-*.done")) if directory.is_dir() else []


def shard_then_merge(cli, cwd: Path, count: int, *args: str) -> bytes:
    """Today's workflow: ``check --shard I/N --format json`` per shard, then ``auditor merge``."""
    parts = []
    for index in range(count):
        out = cwd / f"part-{index}-of-{count}.json"
        proc = cli("check", "--format", "json", "--shard", f"{index}/{count}", "-o", out, *args, cwd=cwd)
        assert proc.returncode in (0, 1), proc.stderr
        parts.append(out)
    merged = cwd / f"merged-{count}.json"
    proc = cli("merge", *parts, "-o", merged, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return merged.read_bytes()


# --- equal to --shard + merge, for every kind of input ---------------------------------------------

@pytest.mark.parametrize("kind", ["files", "jsonl", "csv", "parquet"])
def test_shard_dir_equals_shards_plus_merge(cli, tmp_path, kind):
    if kind == "files":
        write_tree(tmp_path / "tree", 20)
        args = ["tree"]
    elif kind == "jsonl":
        write_corpus(tmp_path / "corpus.jsonl", 40)
        args = ["corpus.jsonl"]
    elif kind == "csv":
        write_csv(tmp_path / "table.csv")
        args = ["table.csv", "--id-column", "id"]
    else:
        if PARQUET_MISSING:
            pytest.skip("pyarrow is not installed")
        write_parquet(tmp_path / "part.parquet")
        args = ["part.parquet", "--id-column", "id"]
    jobs = "1" if kind in ("files", "jsonl") else "2"  # in this process, or in the pool's workers
    proc = cli("check", *args, "--shard-dir", "out", "--shards", "3", "--jobs", jobs, "-o", "report.json",
               cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = (tmp_path / "report.json").read_bytes()
    assert report == shard_then_merge(cli, tmp_path, 3, *args)
    for index in range(3):  # each shard's report is exactly what --shard I/N writes
        expected = (tmp_path / f"part-{index}-of-3.json").read_bytes()
        assert (tmp_path / "out" / f"shard-{index:05d}-of-00003.json").read_bytes() == expected
    data = json.loads(report)
    assert data["summary"]["documents"] >= 20
    if kind == "csv":
        assert any(d["path"] == "table.csv#row-31" for d in data["documents"])  # the bad row: EN007
    shards = sorted(f"shard-{i:05d}-of-00003.{ext}" for i in range(3) for ext in ("done", "json"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["manifest.json", *shards]


def test_a_single_input_in_sorted_order_equals_one_unsharded_run(cli, tmp_path):
    write_tree(tmp_path / "tree", 20)
    whole = cli("check", "--format", "json", "--show-verified", "tree", cwd=tmp_path)
    sharded = cli("check", "--show-verified", "tree", "--shard-dir", "out", "--shards", "4", "--jobs", "2",
                  cwd=tmp_path)
    assert sharded.returncode == whole.returncode == 1, sharded.stderr
    assert sharded.stdout == whole.stdout
    assert "shards: checking 4 shards into" in sharded.stderr


# --- kill and resume -----------------------------------------------------------------------------

def _start(command: list[str], cwd: Path, env: dict) -> subprocess.Popen:
    from conftest import default_sigint

    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=default_sigint)


def _kill_when_some_shards_are_done(proc: subprocess.Popen, directory: Path, count: int, timeout: float) -> None:
    """SIGKILL *proc*'s process group once at least one shard is complete but not all."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = len(markers(directory))
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it could be interrupted ({done} markers): "
                        f"{proc.stderr.read().decode()}")
        if 0 < done < count:
            break
        time.sleep(0.02)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("no shard was complete in time")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    _wait_until_gone(proc.pid)


def _wait_until_gone(group: int) -> None:
    """Wait until every process of the run's process group is gone (nothing writes any more)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    pytest.fail("processes of the stopped run are still alive")


def _kill_and_resume(cli, tmp_path, auditor_cache_dir, engine_args: list[str], count: int, delay: str):
    from conftest import cli_env

    args = collection(tmp_path)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "auditor", "check", *args, "--shard-dir", str(out), "--shards", str(count),
               *engine_args, "-o", str(tmp_path / "never.json")]
    proc = _start(command, tmp_path, cli_env(auditor_cache_dir, {DELAY: delay}))
    _kill_when_some_shards_are_done(proc, out, count, timeout=120)
    assert not (tmp_path / "never.json").exists()
    finished = shard_files(out)
    done = [p.name for p in markers(out)]
    assert 0 < len(done) < count, done
    kept = {name: stat for name, stat in finished.items()
            if name.endswith(".done") or name.replace(".json", ".done") in done}

    resumed = cli("check", *args, "--shard-dir", out, "--resume", *engine_args, "-o", "report.json", cwd=tmp_path,
                  timeout=300)
    assert resumed.returncode == 1, resumed.stderr
    assert f"{len(done)} already complete (skipped), {count - len(done)} to check" in resumed.stderr
    after = shard_files(out)
    for name, stat in kept.items():  # finished shards were not checked again: same files, untouched
        assert after[name] == stat, name
    assert len(markers(out)) == count
    assert not [name for name in os.listdir(out) if ".tmp-" in name]  # no half-written file is left

    fresh = cli("check", *args, "--shard-dir", "fresh", "--shards", str(count), *engine_args, "-o", "fresh.json",
                cwd=tmp_path, timeout=300)
    assert fresh.returncode == 1, fresh.stderr
    report = (tmp_path / "report.json").read_bytes()
    assert report == (tmp_path / "fresh.json").read_bytes()
    assert report == shard_then_merge(cli, tmp_path, count, *args)
    assert json.loads(report)["summary"]["documents"] == 24 + 30
    return report


def test_killed_process_pool_run_resumes_to_the_same_report(cli, tmp_path, auditor_cache_dir):
    _kill_and_resume(cli, tmp_path, auditor_cache_dir, ["--jobs", "2"], count=6, delay="1.2")


@pytest.mark.skipif(bool(DASK_MISSING), reason="dask/distributed not installed: pip install 'doc-auditor[dask]'")
def test_killed_dask_run_resumes_to_the_same_report(cli, tmp_path, auditor_cache_dir):
    """A real LocalCluster (two worker processes) started by the run; the driver, its scheduler and its
    workers are killed together, with some shards complete."""
    report = _kill_and_resume(cli, tmp_path, auditor_cache_dir, ["--engine", "dask", "--workers", "2"], count=6,
                              delay="1.5")
    local = cli("check", *["tree", "corpus.jsonl"], "--shard-dir", "local", "--shards", "6", "--jobs", "1",
                cwd=tmp_path)
    assert local.stdout.encode() == report  # the engines agree


# --- damaged shards, other runs ------------------------------------------------------------------

@pytest.fixture
def finished_run(cli, tmp_path):
    args = collection(tmp_path, 16)
    proc = cli("check", *args, "--shard-dir", "out", "--shards", "5", "--jobs", "1", "-o", "first.json",
               cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    return tmp_path, args


def test_damaged_shards_are_checked_again(cli, finished_run):
    root, args = finished_run
    out = root / "out"
    before = shard_files(out)
    (out / "shard-00001-of-00005.json").write_bytes((out / "shard-00001-of-00005.json").read_bytes()[:100])  # cut
    (out / "shard-00002-of-00005.done").write_text("{not json", encoding="utf-8")  # a torn marker
    (out / "shard-00003-of-00005.json").unlink()  # the report is gone, the marker stays
    marker = json.loads((out / "shard-00004-of-00005.done").read_text(encoding="utf-8"))
    marker["manifest"] = "0" * 64  # a marker of another run
    (out / "shard-00004-of-00005.done").write_text(json.dumps(marker), encoding="utf-8")
    proc = cli("check", *args, "--shard-dir", "out", "--resume", "--jobs", "1", "-o", "again.json", cwd=root)
    assert proc.returncode == 1, proc.stderr
    assert "1 already complete (skipped), 4 to check" in proc.stderr
    after = shard_files(out)
    assert after["shard-00000-of-00005.json"] == before["shard-00000-of-00005.json"]
    assert after["shard-00000-of-00005.done"] == before["shard-00000-of-00005.done"]
    assert (root / "again.json").read_bytes() == (root / "first.json").read_bytes()


def test_without_resume_the_same_run_is_checked_again(cli, finished_run):
    root, args = finished_run
    before = shard_files(root / "out")
    proc = cli("check", *args, "--shard-dir", "out", "--jobs", "1", "-o", "again.json", cwd=root)
    assert proc.returncode == 1, proc.stderr
    after = shard_files(root / "out")
    assert all(after[name] != stat for name, stat in before.items())
    assert (root / "again.json").read_bytes() == (root / "first.json").read_bytes()


@pytest.mark.parametrize(("change", "named"), [
    (["--select", "PH"], "the options that decide the findings"),
    (["--shards", "4"], "the number of shards (5 then, 4 now)"),
    (["--show-verified"], "the options that decide the findings"),
    (["--text-field", "body"], "the options that decide the findings"),
])
@pytest.mark.parametrize("resume", [[], ["--resume"]])
def test_a_directory_of_another_run_is_a_clear_error(cli, finished_run, change, named, resume):
    root, args = finished_run
    before = shard_files(root / "out")
    proc = cli("check", *args, *change, *resume, "--shard-dir", "out", "--jobs", "1", cwd=root)
    assert proc.returncode == 2
    assert "holds another sharded run" in proc.stderr and named in proc.stderr
    assert "use a new --shard-dir, or delete that directory" in proc.stderr.lower()
    assert proc.stdout == ""
    assert shard_files(root / "out") == before


def test_other_inputs_are_another_run(cli, finished_run):
    root, args = finished_run
    (root / "tree" / "new.txt").write_text("新增xx户。\n", encoding="utf-8")
    proc = cli("check", *args, "--shard-dir", "out", "--resume", cwd=root)
    assert proc.returncode == 2
    assert "the inputs (17 files then, 18 now)" in proc.stderr


def test_a_damaged_manifest_is_a_clear_error(cli, finished_run):
    root, args = finished_run
    manifest = root / "out" / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"shards": 5', '"shards": 6'), encoding="utf-8")
    proc = cli("check", *args, "--shard-dir", "out", "--resume", cwd=root)
    assert proc.returncode == 2
    assert f"{manifest} is not the manifest of a doc-auditor sharded run (or it is damaged)" in proc.stderr


# --- array jobs ----------------------------------------------------------------------------------

def test_array_jobs_write_their_shard_and_the_driver_merges(cli, tmp_path):
    args = collection(tmp_path, 12)
    codes = []
    for index in range(3):
        proc = cli("check", *args, "--shard", f"{index}/3", "--shard-dir", "out", cwd=tmp_path)
        assert f"shard {index}/3: " in proc.stderr and "written to" in proc.stderr
        assert proc.stdout == ""
        codes.append(proc.returncode)
        alone = cli("check", *args, "--shard", f"{index}/3", "--format", "json", cwd=tmp_path)
        assert alone.returncode == proc.returncode  # the exit code of check --shard I/N
        assert (tmp_path / "out" / f"shard-{index:05d}-of-00003.json").read_text(encoding="utf-8") == alone.stdout
    assert 1 in codes
    before = shard_files(tmp_path / "out")
    again = cli("check", *args, "--shard", "1/3", "--shard-dir", "out", "--resume", cwd=tmp_path)
    assert again.returncode == codes[1]
    assert "shard 1/3 is already complete" in again.stderr and "nothing to do" in again.stderr
    merged = cli("check", *args, "--shard-dir", "out", "--resume", "-o", "report.json", cwd=tmp_path)
    assert merged.returncode == 1, merged.stderr
    assert "3 already complete (skipped), 0 to check" in merged.stderr
    assert shard_files(tmp_path / "out") == before
    assert (tmp_path / "report.json").read_bytes() == shard_then_merge(cli, tmp_path, 3, *args)
    other = cli("check", *args, "--shard", "1/4", "--shard-dir", "out", cwd=tmp_path)
    assert other.returncode == 2 and "the number of shards (3 then, 4 now)" in other.stderr


# --- the driver never reads a document ------------------------------------------------------------

@pytest.mark.parametrize("engine", ["pool", "dask"])
def test_the_driver_sends_paths_not_documents(tmp_path, monkeypatch, capsys, engine):
    """In the driver process, every way of reading a document fails; the workers (other processes: the
    pool's, or a LocalCluster's) read their own files. What the driver submits holds no text of any
    document: a job (paths, numbers, options), a token and, for Dask, the future of the broadcast checkers."""
    import pickle

    if engine == "dask" and DASK_MISSING:
        pytest.skip("dask/distributed not installed")
    import auditor.shardwork
    import auditor.sources
    from auditor.cli import main

    write_tree(tmp_path / "tree", 12)
    write_corpus(tmp_path / "corpus.jsonl", 20)
    monkeypatch.chdir(tmp_path)

    def forbidden(*_args, **_kwargs):
        raise AssertionError("the driver read a document")

    for module in (auditor.sources, auditor.shardwork):
        monkeypatch.setattr(module, "read_document", forbidden)
        monkeypatch.setattr(module, "iter_records", forbidden)
    monkeypatch.setattr(auditor.sources, "document_from_bytes", forbidden)
    submitted = []
    if engine == "pool":
        from concurrent.futures import ProcessPoolExecutor as Submitter

        options = ["--jobs", "2"]
    else:
        from distributed import Client as Submitter

        options = ["--engine", "dask", "--workers", "2"]
    real_submit = Submitter.submit

    def submit(self, fn, *args, **kwargs):
        assert fn is auditor.shardwork.run_shard
        job, token, *state = args
        assert isinstance(token, str)
        assert engine == "pool" or type(state[0]).__name__ == "Future"
        submitted.append(pickle.dumps(job))
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(Submitter, "submit", submit)
    code = main(["check", "--isolated", "tree", "corpus.jsonl", "--shard-dir", "out", "--shards", "3", *options,
                 "-o", "report.json"])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert len(submitted) == 3
    for payload in submitted:
        assert b"Document" not in payload
        for text in TEXTS:
            if text.strip():
                assert text.strip().encode("utf-8") not in payload
        assert len(payload) < 4000  # the input list itself is in the manifest
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]["documents"] == 32


# --- options and errors --------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["--resume"], "--resume needs --shard-dir DIR"),
    (["--shards", "3"], "--shards needs --shard-dir DIR"),
    (["--shard-dir", "out", "--format", "csv"], "--format csv is not available"),
    (["--shard-dir", "out", "--statistics"], "--statistics is not available with --shard-dir"),
    (["--shard-dir", "out", "--baseline", "b.json"], "--baseline is not available with --shard-dir"),
    (["--shard-dir", "out", "--shards", "0"], "--shards takes a number of shards, at least 1"),
    (["--shard-dir", "out", "--shard", "0/2", "--shards", "2"], "--shard I/N already says"),
    (["--shard-dir", "out", "--shard", "0/2", "-o", "x.json"], "drop -o"),
])
def test_option_errors(cli, tmp_path, args, message):
    write_tree(tmp_path / "tree", 4)
    proc = cli("check", "tree", *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert not (tmp_path / "out").exists()


def test_standard_input_and_missing_paths_start_nothing(cli, tmp_path):
    proc = cli("check", "-", "--shard-dir", "out", input="走访xx户。", cwd=tmp_path)
    assert proc.returncode == 2 and "standard input (-) cannot be checked in shards" in proc.stderr
    proc = cli("check", "missing.txt", "--shard-dir", "out", cwd=tmp_path)
    assert proc.returncode == 2 and "missing.txt: no such file or directory" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_a_shard_dir_that_cannot_be_used_is_exit_2(cli, tmp_path):
    write_tree(tmp_path / "tree", 4)
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    proc = cli("check", "tree", "--shard-dir", "file/out", cwd=tmp_path)
    assert proc.returncode == 2
    assert "cannot create the shard directory" in proc.stderr


def test_exit_codes_follow_fail_on_and_tolerances(cli, tmp_path):
    args = collection(tmp_path, 12)
    for extra in (["--fail-on", "never"], ["--exit-zero"], ["--max-share", "reject=100%"], ["--max-share", "reject=1%"],
                  ["--fail-on", "info"]):
        whole = cli("check", *args, "--format", "json", *extra, cwd=tmp_path)
        sharded = cli("check", *args, "--shard-dir", "out", "--resume", "--jobs", "1", *extra, cwd=tmp_path)
        assert sharded.returncode == whole.returncode, (extra, sharded.stderr)
        if "--max-share" in extra:
            gate = [line for line in whole.stderr.splitlines() if line.startswith("auditor: tolerances")]
            assert gate and gate[0] in sharded.stderr


def test_progress_lines_per_shard(cli, tmp_path):
    args = collection(tmp_path, 6)
    proc = cli("check", *args, "--shard-dir", "out", "--shards", "3", "--jobs", "1", "--progress", "always",
               cwd=tmp_path)
    for index in range(3):
        assert f"shard {index}/3 done: " in proc.stderr
    assert "(3/3 complete)" in proc.stderr
    quiet = cli("check", *args, "--shard-dir", "out", "--resume", "--silent", cwd=tmp_path)
    assert quiet.stderr == "" and quiet.stdout == "" and quiet.returncode == 1


def test_an_unwritable_report_fails_before_checking(cli, tmp_path):
    args = collection(tmp_path, 4)
    proc = cli("check", *args, "--shard-dir", "out", "-o", tmp_path / "missing" / "report.json", cwd=tmp_path)
    assert proc.returncode == 2 and "cannot write the report to" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_unused_ignore_entries_are_noted_once_over_all_shards(cli, tmp_path):
    args = collection(tmp_path, 12)
    (tmp_path / ".auditorignore").write_text("tree/*.txt PH001\nnothing/*.txt PH002\n", encoding="utf-8")
    whole = cli("check", *args, "--format", "json", cwd=tmp_path)
    sharded = cli("check", *args, "--shard-dir", "out", "--shards", "4", "--jobs", "1", cwd=tmp_path)
    notes = [line for line in whole.stderr.splitlines() if line.startswith("auditor: note:")]
    assert len(notes) == 1 and ".auditorignore:2: " in notes[0], whole.stderr  # line 1 is used, line 2 is not
    assert [line for line in sharded.stderr.splitlines() if line.startswith("auditor: note:")] == notes


def test_ctrl_c_stops_a_sharded_run_cleanly_and_resume_finishes_it(cli, tmp_path, auditor_cache_dir):
    from conftest import cli_env

    args = collection(tmp_path, 12)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "auditor", "check", *args, "--shard-dir", str(out), "--shards", "6", "--jobs",
               "2", "-o", str(tmp_path / "never.json")]
    proc = _start(command, tmp_path, cli_env(auditor_cache_dir, {DELAY: "1.5"}))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not markers(out) and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C: the whole process group
    _out, err = proc.communicate(timeout=30)
    text = err.decode("utf-8")
    assert proc.returncode == 130, text
    assert "interrupted" in text and "Traceback" not in text
    assert not (tmp_path / "never.json").exists()
    _wait_until_gone(proc.pid)  # the workers stopped with the driver
    done = len(markers(out))
    assert 0 < done < 6
    resumed = cli("check", *args, "--shard-dir", out, "--resume", "-o", "report.json", cwd=tmp_path)
    assert resumed.returncode == 1, resumed.stderr
    assert f"{done} already complete (skipped)" in resumed.stderr
    assert (tmp_path / "report.json").read_bytes() == shard_then_merge(cli, tmp_path, 6, *args)


@pytest.mark.skipif(bool(DASK_MISSING), reason="dask/distributed not installed: pip install 'doc-auditor[dask]'")
def test_dask_workers_elsewhere_need_absolute_paths(cli, tmp_path):
    """The workers of an existing cluster run in another directory than the command: relative inputs are
    a clear error for the shards (nothing is reported complete), absolute ones work."""
    import logging

    from distributed import LocalCluster

    args = collection(tmp_path, 8)
    cluster = LocalCluster(n_workers=1, processes=True, threads_per_worker=1, dashboard_address=None,
                           silence_logs=logging.ERROR)
    try:
        assert os.path.realpath(os.getcwd()) != os.path.realpath(tmp_path)
        engine = ["--engine", "dask", "--scheduler", cluster.scheduler_address]
        relative = cli("check", *args, "--shard-dir", "rel", "--shards", "2", *engine, cwd=tmp_path)
        assert relative.returncode == 2
        assert "give the inputs as absolute paths" in relative.stderr
        assert "2 of 2 shards failed" in relative.stderr and "--resume" in relative.stderr
        assert not markers(tmp_path / "rel")
        absolute = cli("check", *(str(tmp_path / a) for a in args), "--shard-dir", "abs", "--shards", "2", *engine,
                       cwd=tmp_path)
        assert absolute.returncode == 1, absolute.stderr
        assert json.loads(absolute.stdout)["summary"]["documents"] == 8 + 30
    finally:
        cluster.close()


@pytest.mark.skipif(bool(DASK_MISSING), reason="dask/distributed not installed: pip install 'doc-auditor[dask]'")
def test_a_dask_worker_killed_mid_shard_does_not_change_the_report(cli, tmp_path, auditor_cache_dir):
    """SIGKILL the worker of the run's LocalCluster that is writing a shard (its pid is in the temporary
    file's name): Dask checks that shard again on a worker that lives, and the run ends with the report of
    an undisturbed run, no temporary file left."""
    from conftest import cli_env

    args = collection(tmp_path, 12)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "auditor", "check", *args, "--shard-dir", str(out), "--shards", "4", "--engine",
               "dask", "--workers", "2", "-o", str(tmp_path / "report.json")]
    proc = _start(command, tmp_path, cli_env(auditor_cache_dir, {DELAY: "1.5"}))
    try:
        deadline = time.monotonic() + 60
        victim = None
        while victim is None and time.monotonic() < deadline and proc.poll() is None:
            for name in os.listdir(out) if out.is_dir() else ():
                if name.startswith("shard-") and ".tmp-" in name:  # shard-….json.tmp-PID-THREAD (not the manifest)
                    victim = int(name.split(".tmp-")[1].split("-")[0])
            time.sleep(0.02)
        assert victim is not None, "no shard was being written"
        assert victim != proc.pid and os.getpgid(victim) == proc.pid  # a worker process of this run
        os.kill(victim, signal.SIGKILL)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 1, err.decode()
    assert not [name for name in os.listdir(out) if ".tmp-" in name]
    assert len(markers(out)) == 4
    assert (tmp_path / "report.json").read_bytes() == shard_then_merge(cli, tmp_path, 4, *args)
