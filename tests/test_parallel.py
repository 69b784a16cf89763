"""The local engine with worker processes (``--jobs``) and the progress bar (``--progress``).

A parallel run must print exactly what a serial run prints; only imports and outputs are asserted,
never timings.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from auditor import parallel, progress
from auditor.cli import _parser
from auditor.document import Document
from auditor.engine import audit_documents
from auditor.run import plan_run

PLACES = ["东城", "西湖", "南山", "北岗", "青石"]
SENTENCES = [
    "{p}街道扎实推进社区治理各项工作，取得了阶段性成效。",
    "全年召开专题会议{n}次，研究解决重点难点问题{m}个。",
    "全年走访困难群众xx户，发放慰问金xx.xx万元。",
    "XX社区于x月xx日完成验收工作。",
    "共受理群众诉求{t}件，办结{a}件，办结率{r}%。",
    "全年开展检查{n}次，其中日常检查{m}次、专项检查{k}次。",
    "种植经济作物{t}亩，分别是东片{a}亩、西片{b}亩。",
    "××单位负责人张某参加会议。",
    "增长率为{r}%，比上年提高{n}个百分点。",
]


def _sentence(rng: random.Random) -> str:
    n = rng.randint(5, 400)
    m = rng.randint(2, n)
    t = rng.randint(200, 5000)
    a = rng.randint(t // 2, t)
    b = t - a if rng.random() < 0.7 else t - a + rng.randint(1, 9)  # some totals do not add up
    return rng.choice(SENTENCES).format(p=rng.choice(PLACES), n=n, m=m, k=max(0, n - m), t=t, a=a, b=b,
                                        r=f"{100 * a / t:.2f}")


def make_collection(root: Path, count: int = 60, seed: int = 11) -> Path:
    """*count* documents under *root*/corpus (text, Markdown with code and directives, an empty one, a
    GBK one, a binary one) and a ``.auditorignore`` with one used and one unused line."""
    rng = random.Random(seed)
    corpus = root / "corpus"
    for i in range(count):
        folder = corpus / f"part{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        text = "\n".join("".join(_sentence(rng) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 8)))
        if i == 4:
            text = "全年走访困难群众xx户。\n" + text  # suppressed by the first .auditorignore line
        if i % 10 == 3:
            name = f"note-{i:03d}.md"
            text = (f"# 报告 {i}\n\n<!-- auditor-disable-next-line PH001 -->\n全年走访xx户。\n\n```\n代码xx户\n```\n\n"
                    f"{text}\n<!-- auditor-disable PH999 -->\n")
            (folder / name).write_text(text, encoding="utf-8")
        elif i == 17:
            (folder / f"doc-{i:03d}.txt").write_bytes(b"")
        elif i == 24:
            (folder / f"doc-{i:03d}.txt").write_bytes(text.encode("gbk"))
        elif i == 29:
            (folder / f"doc-{i:03d}.txt").write_bytes(b"\x00\x01binary\x00")
        else:
            (folder / f"doc-{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
    (root / ".auditorignore").write_text("corpus/part1/doc-004.txt PH001\nnothing/*.txt PH002\n", encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def collection(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("collection")
    make_collection(root)
    return root


def _plan(*argv: str):
    return plan_run(_parser().parse_args(["check", "--isolated", *argv]))


def _summary(results) -> list[tuple]:
    return [(r.document.path, [(f.rule_id, f.start, f.end, f.message, f.fingerprint) for f in r.findings],
             [(f.rule_id, f.start, f.end) for f in r.verified]) for r in results]


# --- parallel output equals serial output ---------------------------------------------------------

def test_jobs_2_prints_exactly_what_jobs_1_prints(run_cli, collection):
    serial = run_cli("check", "--isolated", "--format", "json", "--show-verified", "--jobs", "1", "corpus",
                     cwd=collection)
    par = run_cli("check", "--isolated", "--format", "json", "--show-verified", "--jobs", "2", "corpus",
                  cwd=collection)
    assert serial.returncode == par.returncode == 1, serial.stderr + par.stderr
    assert par.stdout == serial.stdout
    assert par.stderr == serial.stderr
    report = json.loads(par.stdout)
    paths = [d["path"] for d in report["documents"]]
    assert len(paths) == 60
    assert paths == sorted(paths)  # the walk's order: folders and names sorted
    assert report["summary"]["findings"] > 100
    rules = set(report["summary"]["by_rule"])
    assert {"PH001", "AU001"} <= rules, rules  # placeholders, and the unused inline directive
    # the used .auditorignore line is known to the parent: only the unused one is reported
    assert ".auditorignore:2" in par.stderr and ".auditorignore:1" not in par.stderr


def test_parallel_results_equal_serial_results_with_small_chunks(collection, monkeypatch):
    monkeypatch.chdir(collection)
    serial = _summary(_plan("corpus").results(["corpus"]))  # jobs None: 60 documents → but compare below
    plan = _plan("--jobs", "1", "corpus")
    one = _summary(plan.results(["corpus"]))
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 3)  # 20 chunks, at most 4 in flight
    plan = _plan("corpus")
    two = _summary(parallel.parallel_results(plan, ["corpus"], 2))
    assert two == one == serial
    assert [e.used for e in plan.suppressor.ignore_entries] == [True, False]


def test_the_parent_checks_chunks_too_and_the_results_are_the_same(collection, monkeypatch):
    """``--jobs 2`` is this process and one worker: the parent checks the chunks that the worker's queue
    cannot take (counted by wrapping check_chunk in this process only), the worker the others."""
    monkeypatch.chdir(collection)
    serial = _summary(_plan("--jobs", "1", "corpus").results(["corpus"]))
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 2)  # 30 chunks
    here = []
    real = parallel.check_chunk

    def counted(docs, checkers, suppressor):
        here.append(docs[0].path)
        return real(docs, checkers, suppressor)

    monkeypatch.setattr(parallel, "check_chunk", counted)
    plan = _plan("corpus")
    assert _summary(parallel.parallel_results(plan, ["corpus"], 2)) == serial
    assert 0 < len(here) < 30  # some chunks here, some in the worker
    assert [e.used for e in plan.suppressor.ignore_entries] == [True, False]
    assert _no_workers_left()


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_both_start_methods_give_the_serial_results(collection, monkeypatch, method):
    if method == "fork" and sys.platform != "linux":
        pytest.skip("fork is used on Linux only")
    monkeypatch.chdir(collection)
    serial = _summary(_plan("--jobs", "1", "corpus").results(["corpus"]))
    monkeypatch.setenv("AUDITOR_START_METHOD", method)
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 4)
    assert parallel.start_method() == method
    assert _summary(parallel.parallel_results(_plan("corpus"), ["corpus"], 2)) == serial
    assert _no_workers_left()


def test_workers_fork_only_from_a_single_threaded_process_on_linux(monkeypatch):
    import threading

    monkeypatch.delenv("AUDITOR_START_METHOD", raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert parallel.start_method() == ("fork" if sys.platform == "linux" else "spawn")
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # e.g. the progress bar's thread
    assert parallel.start_method() == "spawn"  # a copy of a threaded process may deadlock
    monkeypatch.setenv("AUDITOR_START_METHOD", "fork")
    assert parallel.start_method() == "fork"  # forced


class _Worker:
    """A stand-in for a pool: futures that are answered only when asked for, in order."""

    def __init__(self):
        self.futures: list = []
        self.taken: set = set()

    def submit(self, chunk):
        from concurrent.futures import Future

        future = Future()
        future.chunk = chunk
        self.futures.append(future)
        return future

    def result(self, future):
        if not future.done():
            for older in self.futures[:self.futures.index(future) + 1]:  # the worker goes in order
                if not older.done() and older.set_running_or_notify_cancel():
                    older.set_result(([([], []) for _ in older.chunk], []))
        return future.result()

    def take_back(self, future) -> bool:
        self.taken.add(id(future))
        return True


def _local_recorder():
    """A stand-in for checking in this process: empty answers, and the list of the chunks it was given."""
    checked: list[str] = []

    def local(chunk):
        checked.append(chunk[0].path)
        return [([], []) for _ in chunk], []

    return local, checked


def _fake_docs(count: int) -> list[Document]:
    return [Document(f"d{i:02d}.txt", "x") for i in range(count)]


def test_ordered_results_with_a_local_worker_keeps_the_input_order(monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 1)
    worker = _Worker()
    local, local_chunks = _local_recorder()
    docs = _fake_docs(12)
    out = list(parallel.ordered_results(iter(docs), worker.submit, worker.result, 3, None, lambda e, c: None,
                                        checkers=[], local=local, workers=1, take_back=worker.take_back))
    assert [r.document.path for r in out] == [d.path for d in docs]
    assert local_chunks and len(local_chunks) < 12
    # at the end, this process takes back what waits in the queue, newest first, never the running chunk
    taken_back = [f.chunk[0].path for f in worker.futures if f.cancelled()]
    assert taken_back and set(taken_back) <= set(local_chunks)
    answered_there = [f.chunk[0].path for f in worker.futures if not f.cancelled()]
    assert sorted(answered_there + local_chunks) == sorted(set(answered_there + local_chunks))  # none twice
    assert worker.futures[0].chunk[0].path not in taken_back


def test_this_process_checks_a_larger_waiting_chunk_before_a_smaller_one(monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "TAIL_CHARS", 0)  # (every unit as it comes)
    worker = _Worker()
    local, local_chunks = _local_recorder()
    docs = [Document(f"d{i:02d}.txt", "字" * (1000 if i == 2 else 10)) for i in range(6)]
    out = list(parallel.ordered_results(iter(docs), worker.submit, worker.result, 3, None, lambda e, c: None,
                                        checkers=[], local=local, workers=1, take_back=worker.take_back))
    assert [r.document.path for r in out] == [d.path for d in docs]
    # d00–d02 went to the worker; when d03 came, its queue was full: this process took the large d02 back
    # (not d01, the worker's next) and d03 went to the worker in its place
    assert local_chunks[0] == "d02.txt"
    assert [f.chunk[0].path for f in worker.futures][:4] == ["d00.txt", "d01.txt", "d02.txt", "d03.txt"]
    assert worker.futures[2].cancelled()


def test_chunks_of_about_the_same_size_stay_in_the_workers_queue(monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "TAIL_CHARS", 0)
    worker = _Worker()
    local, local_chunks = _local_recorder()
    docs = [Document(f"d{i:02d}.txt", "字" * (19 if i == 2 else 10)) for i in range(6)]
    list(parallel.ordered_results(iter(docs), worker.submit, worker.result, 3, None, lambda e, c: None,
                                  checkers=[], local=local, workers=1, take_back=worker.take_back))
    assert local_chunks[0] == "d03.txt"  # d02 is not twice as large as d03: the worker keeps it


def test_spare_unit_skips_running_chunks_and_asks_the_pool_for_received_ones():
    from concurrent.futures import Future

    def unit(state):
        future = Future()
        if state != "pending":
            future.set_running_or_notify_cancel()  # received by a worker: cannot be cancelled
        return parallel._Unit([Document("a.txt", "")], None, future)

    running, received, waiting = unit("running"), unit("received"), unit("pending")
    pending = parallel.deque([running, received, waiting])
    assert parallel._spare_unit(pending, 1, None) is waiting and waiting.future.cancelled()
    waiting.answer = ([], [])
    assert parallel._spare_unit(pending, 1, None) is None  # received: only the pool can take it back
    asked = []
    assert parallel._spare_unit(pending, 1, lambda f: asked.append(f) or True) is received
    assert asked == [received.future]
    assert parallel._spare_unit(pending, 2, lambda f: True) is None  # both taken to be running


def test_spare_unit_takes_the_largest_waiting_chunk_first():
    from concurrent.futures import Future

    def unit(chars):
        future = Future()
        future.set_running_or_notify_cancel()
        return parallel._Unit([Document("a.txt", "字" * chars)], None, future)

    running, big, small, other_small = unit(50), unit(300), unit(100), unit(100)
    pending = parallel.deque([running, big, small, other_small])
    assert parallel._spare_unit(pending, 1, lambda f: True) is big
    big.answer = ([], [])
    assert parallel._spare_unit(pending, 1, lambda f: True) is other_small  # of equals, the newest


def test_output_is_deterministic_across_runs(run_cli, collection):
    runs = [run_cli("check", "--isolated", "--format", "concise", "--jobs", "2", "corpus", cwd=collection).stdout
            for _ in range(2)]
    assert runs[0] == runs[1]
    assert runs[0].count("\n") > 100


def test_results_carry_documents_for_reporters(collection, monkeypatch):
    monkeypatch.chdir(collection)
    results = list(parallel.parallel_results(_plan("corpus"), ["corpus"], 2))
    gbk = next(r for r in results if r.document.path.endswith("doc-024.txt"))
    assert gbk.document.encoding != "utf-8" and gbk.document.text  # decoded in the parent, text kept
    assert all(f.fingerprint for r in results for f in r.findings)
    with_findings = next(r for r in results if r.findings)
    line, column = with_findings.document.position(with_findings.findings[0].start)
    assert line >= 1 and column >= 1


# --- choosing the number of processes ------------------------------------------------------------

def _docs(n: int, size: int = 10) -> list[Document]:
    return [Document(f"d{i}.txt", "文" * size) for i in range(n)]


def test_auto_jobs_is_serial_for_a_handful_of_documents():
    jobs, docs = parallel.choose_jobs(iter(_docs(2)), None)
    assert jobs == 1
    assert [d.path for d in docs] == ["d0.txt", "d1.txt"]


def test_auto_jobs_uses_every_core_for_many_or_large_documents():
    many, docs = parallel.choose_jobs(iter(_docs(200, size=5000)), None)
    assert many == parallel.cpu_count()
    assert [d.path for d in docs] == [f"d{i}.txt" for i in range(200)]  # the documents looked at are kept
    large, _ = parallel.choose_jobs(iter(_docs(3, size=parallel.AUTO_CHARS)), None)
    assert large == parallel.cpu_count()
    tiny_but_countless, _ = parallel.choose_jobs(iter(_docs(parallel.AUTO_MANY + 5)), None)
    assert tiny_but_countless == parallel.cpu_count()
    assert parallel.choose_jobs(iter(_docs(2)), 3)[0] == 3  # an explicit number is kept


def test_auto_jobs_is_serial_for_a_few_dozen_short_documents():
    jobs, docs = parallel.choose_jobs(iter(_docs(200)), None)  # 2,000 characters: not worth the workers
    assert jobs == 1
    assert len(list(docs)) == 200


def test_auto_jobs_checks_two_files_in_this_process(write_doc, monkeypatch, capsys):
    from auditor.cli import main

    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started for two files")

    monkeypatch.setattr(parallel, "_pool_results", no_pool)
    a = write_doc("a.txt", "走访困难群众xx户。\n")
    b = write_doc("b.txt", "今年全区经济平稳运行。\n")
    assert main(["check", "--isolated", "--format", "json", str(a), str(b)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [d["path"] for d in report["documents"]] == [str(a), str(b)]


def test_stdin_is_checked_in_this_process(monkeypatch):
    monkeypatch.setattr(parallel, "_pool_results", lambda *a, **k: (_ for _ in ()).throw(AssertionError("pool")))
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO("走访xx户。\n".encode())))
    results = list(parallel.parallel_results(_plan("-"), ["-"], 2))
    assert [r.document.path for r in results] == ["-"]
    assert [f.rule_id for f in results[0].findings] == ["PH001"]


def test_unpicklable_checkers_are_rebuilt_from_the_plans_recipe(monkeypatch, collection):
    import pickle

    plan = _plan("--select", "PH,TO", str(collection))
    real_dumps = pickle.dumps

    def refuse(obj, *args, **kwargs):
        raise TypeError("cannot pickle this checker")

    monkeypatch.setattr(pickle, "dumps", refuse)
    state = parallel.worker_state(plan)
    monkeypatch.setattr(pickle, "dumps", real_dumps)
    assert state[0] == "rebuild"
    state = pickle.loads(pickle.dumps(state))  # the recipe travels to the workers
    checkers, suppressor = parallel.load_state(state)
    assert [c.rule.id for c in checkers] == [c.rule.id for c in plan.checkers]
    docs = list(plan.documents([str(collection)]))
    serial = list(audit_documents(docs, plan.checkers, plan.suppressor))
    assert _summary(audit_documents(docs, checkers, suppressor)) == _summary(serial)


def test_chunks_are_bounded_by_documents_and_characters():
    docs = _docs(10, size=100)
    assert [len(c) for c in parallel.chunks(docs, size=4, chars=10_000)] == [4, 4, 2]
    assert [len(c) for c in parallel.chunks(docs, size=100, chars=250)] == [3, 3, 3, 1]


# --- failures ---------------------------------------------------------------------------------------

class CrashingChecker:
    """Ends its process (or raises) on a document that says so; pickled into the workers."""

    rule = SimpleNamespace(id="ZZ999")

    def __init__(self, how: str):
        self.how = how

    def check(self, doc):
        if "CRASH" in doc.text:
            if self.how == "exit":
                os._exit(3)
            raise ValueError("rule exploded")
        return []


@pytest.mark.parametrize(("how", "expected"), [("exit", "worker process died"), ("raise", "ValueError: rule exploded")])
def test_a_failing_worker_ends_the_run_with_exit_2(tmp_path, capsys, how, expected):
    for i in range(8):
        (tmp_path / f"d{i}.txt").write_text("CRASH\n" if i == 5 else "今年平稳。\n", encoding="utf-8")
    plan = _plan(str(tmp_path))
    plan.checkers = [CrashingChecker(how)]
    with pytest.raises(SystemExit) as caught:
        list(parallel.parallel_results(plan, [str(tmp_path)], 2))
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("auditor: error: ") and expected in err
    assert "--jobs 1" in err
    assert _no_workers_left()


def _no_workers_left(seconds: float = 10) -> bool:
    """Whether every worker process is gone (the pool's own thread may still be reaping one)."""
    deadline = time.monotonic() + seconds
    while multiprocessing.active_children():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_stopping_early_stops_the_workers(collection, monkeypatch):
    monkeypatch.chdir(collection)
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 2)
    results = parallel.parallel_results(_plan("corpus"), ["corpus"], 2)
    first = next(results)
    assert first.document.path.endswith("doc-000.txt")
    results.close()
    assert _no_workers_left()


def test_a_pool_run_shortens_the_switch_interval_and_restores_it(collection, monkeypatch):
    """The pool's reader thread gets the GIL quickly while the parent checks chunks (see _pool_results)."""
    monkeypatch.chdir(collection)
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 2)
    before = sys.getswitchinterval()
    seen = []
    for _result in parallel.parallel_results(_plan("corpus"), ["corpus"], 2):
        seen.append(sys.getswitchinterval())
    assert seen and max(seen) <= parallel.POOL_SWITCH_INTERVAL < before
    assert sys.getswitchinterval() == before
    results = parallel.parallel_results(_plan("corpus"), ["corpus"], 2)
    next(results)
    results.close()  # stopped early: restored too
    assert sys.getswitchinterval() == before


@pytest.mark.skipif(sys.platform != "linux", reason="pipe buffers are sized on Linux only")
def test_the_pools_pipes_hold_a_whole_chunk():
    import fcntl
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        assert parallel.widen_pipes(executor) == 2
        for queue in (executor._call_queue, executor._result_queue):
            assert fcntl.fcntl(queue._writer.fileno(), fcntl.F_GETPIPE_SZ) >= parallel.PIPE_BYTES
        assert executor.submit(len, "全年共查处案件38起。" * 50_000).result() == 550_000  # a 1.5 MB chunk
    finally:
        executor.shutdown()


def test_widen_pipes_leaves_anything_else_alone():
    assert parallel.widen_pipes(object()) == 0


def test_answers_share_equal_messages_and_pickle_smaller():
    import pickle

    from auditor.engine import build_checkers
    from auditor.rulebook import load_rulebook
    from auditor.suppression import Suppressor

    checkers = build_checkers(list(load_rulebook()))
    suppressor = Suppressor({c.rule.id: c.rule for c in checkers})
    text = "走访xx户，慰问xx户。\n" * 200
    docs = [Document("a.txt", text), Document("b.txt", "核查xx户。\n" * 50)]
    answers, _used = parallel.check_chunk(docs, checkers, suppressor)
    messages = [f.message for findings, _ in answers for f in findings if f.rule_id == "PH001"]
    assert len(messages) == 450 and len({id(m) for m in messages}) == len(set(messages)) == 1
    fresh = [(r.findings, r.verified) for r in audit_documents(
        [Document("a.txt", text), Document("b.txt", "核查xx户。\n" * 50)], checkers)]
    assert answers == fresh  # the same findings
    for findings, _ in fresh:  # each message its own string, as a rule that builds them one by one
        for f in findings:
            f.message = "".join(list(f.message))
    apart = len(pickle.dumps(fresh))
    parallel.share_messages(f for findings, _ in fresh for f in findings)
    assert len(pickle.dumps(fresh)) < 0.7 * apart


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return ["unknown", "unknown"]  # no /proc: just wait a little


def test_ctrl_c_stops_the_run_cleanly(tmp_path, auditor_cache_dir):
    from conftest import cli_env, default_sigint

    rng = random.Random(5)
    for i in range(600):
        folder = tmp_path / f"p{i // 100}"
        folder.mkdir(exist_ok=True)
        text = "".join(_sentence(rng) for _ in range(200))
        (folder / f"d{i:04d}.txt").write_text(text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "check", "--isolated", "--format", "json", "--jobs",
                             "3", "-o", os.devnull, str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=cli_env(auditor_cache_dir, {"PYTHONFAULTHANDLER": "1"}), start_new_session=True,
                            preexec_fn=default_sigint)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and proc.poll() is None and len(_children(proc.pid)) < 2:
        time.sleep(0.05)  # wait for the two workers (--jobs 3: this process and two workers)
    time.sleep(0.5)
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C: the whole process group
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # say where each thread waits (PYTHONFAULTHANDLER: stacks on SIGABRT)
        os.kill(proc.pid, signal.SIGABRT)
        _out, err = proc.communicate()
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the run did not end within 30 s of Ctrl-C:\n" + err.decode("utf-8", "replace")[-6000:])
    text = err.decode("utf-8")
    assert proc.returncode == 130, text
    assert "interrupted" in text
    assert "Traceback" not in text
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the workers are gone too
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("worker processes outlived an interrupted run")


def _start_parallel_run(folder, env: dict, seed: int, documents: int, jobs: int, **popen) -> subprocess.Popen:
    """A collection of *documents* generated reports of 200 sentences in *folder*, and a ``--jobs`` run over it,
    started (not waited for)."""
    rng = random.Random(seed)
    for i in range(documents):
        (folder / f"d{i:04d}.txt").write_text("".join(_sentence(rng) for _ in range(200)), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "auditor", "check", "--isolated", "--format", "json", "--jobs",
                             str(jobs), "-o", os.devnull, str(folder)], env=env, **popen)


@pytest.mark.skipif(sys.platform != "linux", reason="workers end with their parent through Linux's prctl")
def test_workers_end_when_the_run_is_killed(tmp_path, auditor_cache_dir):
    """A parent that dies without stopping its workers (killed, or crashed) leaves none behind."""
    from conftest import cli_env

    proc = _start_parallel_run(tmp_path, cli_env(auditor_cache_dir), seed=6, documents=300, jobs=3,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    workers: list[str] = []
    while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.05)
    time.sleep(0.3)
    if proc.poll() is not None or "unknown" in workers:
        pytest.skip("the run finished before it could be killed, or there is no /proc")
    proc.kill()  # the parent alone: nothing stops the workers but the kernel's notice
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived their killed parent"


def _alive(pid: str) -> bool:
    """Whether process *pid* exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_a_ctrl_c_inside_an_import_is_raised_after_it():
    import signal

    from auditor.interrupts import interrupts_deferred

    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("Ctrl-C is not Python's default here")
    reached = []
    with pytest.raises(KeyboardInterrupt), interrupts_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # (the handler runs between two instructions of this block)
        reached.append("the end of the block")
    assert reached == ["the end of the block"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


_HALF_AN_ANSWER = """
import multiprocessing, struct, sys, time
from concurrent.futures import ProcessPoolExecutor
from auditor.parallel import stop_workers

executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
executor.submit(time.sleep, 30)
time.sleep(0.5)
manager = executor._executor_manager_thread
# what a worker stopped in the middle of its answer leaves: the length of a message, and not the message
executor._result_queue._writer._send(struct.pack("!i", 100))
time.sleep(0.3)
stop_workers(executor)
manager.join(timeout=20)
print("manager alive" if manager.is_alive() else "manager ended", flush=True)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers")
def test_stopping_workers_ends_the_pool_even_after_half_an_answer(auditor_cache_dir):
    """A worker stopped while it wrote its answer left the pool's manager thread reading the rest for ever,
    and the interpreter's exit waiting on that thread (one Ctrl-C run in a few hundred hung)."""
    from conftest import cli_env

    proc = subprocess.run([sys.executable, "-c", _HALF_AN_ANSWER], capture_output=True, text=True, timeout=60,
                          env=cli_env(auditor_cache_dir))
    assert proc.stdout == "manager ended\n", proc.stderr
    assert proc.returncode == 0, proc.stderr


_DIED_IN_MID_ANSWER = """
import multiprocessing, os, signal, struct, sys, time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from auditor.parallel import awaited_answer, stop_workers

executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
future = executor.submit(time.sleep, 60)
time.sleep(0.5)
manager = executor._executor_manager_thread
[worker] = executor._processes.values()
# a worker killed while it wrote its answer: the length of a message, not the message, then no worker
executor._result_queue._writer._send(struct.pack("!i", 100))
os.kill(worker.pid, signal.SIGKILL)
begin = time.monotonic()
try:
    awaited_answer(executor, future, poll=0.1, grace=0.5)
    print("answered")
except BrokenProcessPool:
    print(f"broken after {time.monotonic() - begin:.0f} s", flush=True)
stop_workers(executor)
manager.join(timeout=20)
print("manager alive" if manager.is_alive() else "manager ended", flush=True)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers")
def test_a_worker_killed_in_the_middle_of_its_answer_breaks_the_run_instead_of_stalling_it(auditor_cache_dir):
    """The pool's own thread waits for the rest of the answer for ever and never reports the death: the
    run notices the dead worker itself, and gives up on its answer after a grace period."""
    from conftest import cli_env

    proc = subprocess.run([sys.executable, "-c", _DIED_IN_MID_ANSWER], capture_output=True, text=True, timeout=60,
                          env=cli_env(auditor_cache_dir))
    assert proc.stdout in ("broken after 0 s\nmanager ended\n", "broken after 1 s\nmanager ended\n"), proc.stderr


def test_an_answer_is_awaited_as_long_as_the_workers_live():
    from concurrent.futures import Future

    future: Future = Future()
    executor = SimpleNamespace(_processes={1: SimpleNamespace(exitcode=None)})
    import threading

    threading.Timer(0.4, future.set_result, ("late answer",)).start()
    assert parallel.awaited_answer(executor, future, poll=0.05, grace=0.1) == "late answer"


@pytest.mark.skipif(sys.platform != "linux", reason="/proc lists a process's children")
def test_a_worker_killed_during_a_run_ends_it_with_a_clear_error(tmp_path, auditor_cache_dir):
    from conftest import cli_env

    proc = _start_parallel_run(tmp_path, cli_env(auditor_cache_dir), seed=8, documents=400, jobs=2,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and proc.poll() is None and not _children(proc.pid):
        time.sleep(0.05)
    time.sleep(0.5)
    children = _children(proc.pid)
    if proc.poll() is not None or not children or children[0] == "unknown":
        proc.communicate()
        pytest.skip("the run finished before its worker could be killed")
    os.kill(int(children[0]), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the run did not end after its worker was killed")
    text = err.decode("utf-8")
    assert proc.returncode == 2, text
    assert "a worker process died" in text and "--jobs 1" in text
    assert "Traceback" not in text


_STUCK_EXIT = """
import sys, threading
from auditor.interrupts import exit_within
threading.Thread(target=threading.Event().wait).start()  # a thread that never ends holds the exit for ever
exit_within(float(sys.argv[1]), 130, "ended late")
print("written before the end", flush=True)
"""


def test_an_exit_held_by_a_stuck_thread_ends_at_the_deadline(auditor_cache_dir):
    from conftest import cli_env

    begin = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", _STUCK_EXIT, "0.3"], capture_output=True, text=True, timeout=60,
                          env=cli_env(auditor_cache_dir))
    assert proc.returncode == 130
    assert proc.stdout == "written before the end\n"
    assert proc.stderr == "ended late\n"
    assert time.monotonic() - begin < 30


def test_a_process_that_ends_in_time_is_not_cut_short(auditor_cache_dir):
    from conftest import cli_env

    code = "from auditor.interrupts import exit_within; exit_within(60.0, 130, 'ended late'); print('done')"
    begin = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env=cli_env(auditor_cache_dir))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "done\n", "")
    assert time.monotonic() - begin < 30  # the deadline's thread is a daemon: it does not hold the exit


def test_only_the_program_sets_a_deadline_on_an_interrupted_run(monkeypatch):
    import auditor.cli
    import auditor.interrupts

    armed = []
    monkeypatch.setattr(auditor.interrupts, "exit_within", lambda *args: armed.append(args))

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(auditor.cli, "_parser", interrupted)
    assert auditor.cli.main(["check", "a.txt"]) == 130
    assert armed == []  # a caller of main() keeps its process
    assert auditor.cli.entry_point(["check", "a.txt"]) == 130
    assert [args[:2] for args in armed] == [(auditor.interrupts.EXIT_GRACE_SECONDS, 130)]
    monkeypatch.setattr(auditor.cli, "main", lambda argv: 1)
    assert auditor.cli.entry_point(["check", "a.txt"]) == 1
    assert len(armed) == 1


# --- the progress bar ------------------------------------------------------------------------------

class FakeStream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("mode", "options", "environ", "tty", "shown"), [
    ("auto", {}, {}, True, True),
    ("auto", {"output_format": "concise"}, {}, True, True),
    ("auto", {}, {}, False, False),                      # stderr is not a terminal
    ("auto", {}, {"CI": "true"}, True, False),           # CI
    ("auto", {"quiet": True}, {}, True, False),
    ("auto", {"silent": True}, {}, True, False),
    ("auto", {"output_format": "json"}, {}, True, False),  # machine formats
    ("auto", {"output_format": "sarif"}, {}, True, False),
    ("auto", {}, {"TERM": "dumb"}, True, False),
    ("never", {}, {}, True, False),
    ("always", {"output_format": "json"}, {"CI": "1"}, False, True),
])
def test_when_the_progress_bar_is_shown(mode, options, environ, tty, shown):
    assert progress.progress_enabled(mode, stream=FakeStream(tty), environ=environ, **options) is shown


def test_progress_off_returns_the_results_untouched():
    args = SimpleNamespace(progress="auto", quiet=False, silent=False, paths=[])
    results = iter([])
    assert progress.track(results, args, SimpleNamespace(output_format="json")) is results


def test_progress_bar_renders_on_a_terminal_console(collection, monkeypatch):
    from rich.console import Console

    monkeypatch.chdir(collection)
    plan = _plan("--jobs", "1", "corpus")
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=140, color_system=None)
    args = SimpleNamespace(progress="always", quiet=False, silent=False, paths=["corpus"], output=None)
    results = list(progress.track(plan.results(["corpus"]), args, plan, console=console, shares_terminal=False))
    assert len(results) == 60
    drawn = out.getvalue()
    assert "docs" in drawn and "MB" in drawn and "docs/s" in drawn
    assert "60 docs" in drawn or "60/60 docs" in drawn


def test_counting_documents_for_the_eta(collection, monkeypatch):
    monkeypatch.chdir(collection)
    plan = _plan("corpus")
    assert progress.count_documents(["corpus"], plan) == 60
    assert progress.count_documents(["-"], plan) is None
    sharded = _plan("--shard", "0/2", "corpus")
    assert progress.count_documents(["corpus"], sharded) is None


def test_cli_progress_is_silent_off_a_terminal_and_forced_with_always(run_cli, collection):
    auto = run_cli("check", "--isolated", "--format", "concise", "corpus", cwd=collection)
    assert "docs/s" not in auto.stderr
    forced = run_cli("check", "--isolated", "--format", "json", "--progress", "always", "--jobs", "1", "corpus",
                     cwd=collection)
    assert "docs/s" in forced.stderr
    assert json.loads(forced.stdout)["summary"]["documents"] == 60  # the report is untouched
    ci = run_cli("check", "--isolated", "--format", "concise", "corpus", cwd=collection, env={"CI": "true"})
    assert "docs/s" not in ci.stderr


def test_progress_bar_on_a_pseudo_terminal(collection, auditor_cache_dir):
    """stderr on a terminal, report in a file: the bar is drawn and erased."""
    pty = pytest.importorskip("pty")
    from conftest import cli_env

    leader, follower = pty.openpty()
    env = cli_env(auditor_cache_dir, {"CI": None, "TERM": "xterm"})
    proc = subprocess.run([sys.executable, "-m", "auditor", "check", "--isolated", "--format", "concise", "-o",
                           os.devnull, "--jobs", "1", "corpus"], cwd=collection, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=follower, timeout=120, check=False)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    drawn = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "60/60 docs" in drawn or "docs/s" in drawn, drawn[-500:]


@pytest.mark.parametrize("other_thread", [False, True])
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_ctrl_c_while_workers_start_is_held_not_lost(method, other_thread):
    """Held till the workers have started, then raised; also when another thread of this process (which
    does not block it) is the one the kernel hands the signal to."""
    import signal
    import threading

    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler or not hasattr(signal, "pthread_sigmask"):
        pytest.skip("Ctrl-C is not Python's default here, or cannot be blocked")
    stop = threading.Event()
    if other_thread:
        threading.Thread(target=stop.wait, daemon=True).start()
    reached = []
    try:
        with pytest.raises(KeyboardInterrupt), parallel.workers_starting(method):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            reached.append("the end of the block")
    finally:
        stop.set()
    assert reached == ["the end of the block"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_worker_ignores_ctrl_c_once_started_and_survives_one_sent_while_it_starts(method):
    """A worker started inside workers_starting ignores Ctrl-C, and does not block it, once initialised;
    a Ctrl-C sent to it while it started (held by the kernel for a spawned worker, by the parent's
    handler for a forked one) is discarded, and the worker goes on."""
    import multiprocessing
    import signal
    from concurrent.futures import ProcessPoolExecutor

    if not hasattr(signal, "pthread_sigmask") or method not in multiprocessing.get_all_start_methods():
        pytest.skip("no signal masks, or no such start method here")
    state = parallel.worker_state(SimpleNamespace(checkers=[], suppressor=None, args=None))
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(1, mp_context=context, initializer=parallel._init_worker, initargs=(state,)) as pool:
        with parallel.workers_starting(method):
            handler = pool.submit(signal.getsignal, signal.SIGINT)
            for process in list(pool._processes.values()):
                os.kill(process.pid, signal.SIGINT)  # held: the worker has it blocked
        assert handler.result(timeout=60) is signal.SIG_IGN
        assert signal.SIGINT not in pool.submit(signal.pthread_sigmask, signal.SIG_BLOCK, []).result(timeout=60)
        assert pool.submit(os.getpid).result(timeout=60) in pool._processes  # the same worker, alive


def test_few_small_files_are_checked_as_the_automatic_choice_would_check_them(tmp_path):
    """``--jobs`` left to its default: a few small plain files skip the pool's module, and the limits that decide it
    are the pool's own (:func:`auditor.parallel.choose_jobs` never picks more than one process below them)."""
    from auditor.run import FEW_FILES, SMALL_BYTES, few_small_files

    assert FEW_FILES <= parallel.AUTO_DOCUMENTS and SMALL_BYTES <= parallel.AUTO_CHARS
    small = tmp_path / "a.txt"
    small.write_text("全年完成投资12亿元。", encoding="utf-8")
    records = tmp_path / "b.jsonl"
    records.write_text('{"text": "甲"}\n', encoding="utf-8")
    assert few_small_files([str(small)])
    assert not few_small_files([str(tmp_path)])  # a folder may hold many documents
    assert not few_small_files([str(records)])  # so may a corpus of records
    assert not few_small_files(["-"]) and not few_small_files([str(tmp_path / "missing.txt")])
    assert not few_small_files([str(small)] * (FEW_FILES + 1))
