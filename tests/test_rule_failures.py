"""A rule that raises on a document (a bug in doc-auditor) stops the run with exit code 2 and a message
naming the rule and the document, in one process and from worker processes alike: never a traceback,
unless ``AUDITOR_TRACEBACK=1`` asks for it."""

from __future__ import annotations

import pickle

import pytest

from auditor.cli import main
from auditor.document import Document
from auditor.engine import audit_document, audit_documents, build_checkers, local_findings
from auditor.errors import RuleFailed
from auditor.kinds import placeholder
from auditor.rulebook import load_rulebook

_classify = placeholder.classify


def _boom(text, start, end):
    if "坏" in text:
        raise ValueError("boom")
    return _classify(text, start, end)


@pytest.fixture
def failing_ph001(monkeypatch):
    """PH001 (the x-run detector) raises on any document holding 坏 (a module function: forked workers
    have it too, and the checkers they unpickle use it)."""
    monkeypatch.setattr(placeholder, "classify", _boom)


def test_the_engine_names_the_rule_and_the_document(failing_ph001):
    checkers = build_checkers(list(load_rulebook()), select=["PH001"])
    with pytest.raises(RuleFailed) as caught:
        audit_document(Document("reports/b.txt", "坏xx户"), checkers)
    assert str(caught.value) == "rule PH001 failed on reports/b.txt: ValueError: boom"
    assert isinstance(caught.value.__cause__, ValueError)
    with pytest.raises(RuleFailed, match=r"failed on two\.txt"):  # a batch of short documents, rule by rule
        list(audit_documents([Document("one.txt", "好"), Document("two.txt", "坏xx户"), Document("three.txt", "好")],
                             checkers))
    with pytest.raises(RuleFailed, match=r"failed on piece\.txt"):  # the part a piece of a huge document does
        local_findings(Document("piece.txt", "坏xx户"), checkers)


def test_running_out_of_memory_is_not_called_a_bug_of_the_rule(monkeypatch):
    def out_of_memory(text, start, end):
        raise MemoryError

    monkeypatch.setattr(placeholder, "classify", out_of_memory)
    checkers = build_checkers(list(load_rulebook()), select=["PH001"])
    with pytest.raises(MemoryError):
        audit_document(Document("a.txt", "走访xx户"), checkers)


def test_it_travels_back_from_a_worker_process_whole():
    copy = pickle.loads(pickle.dumps(RuleFailed("PC001", "a.txt", OverflowError("too large"))))
    assert (copy.rule_id, copy.path) == ("PC001", "a.txt")
    assert str(copy) == "rule PC001 failed on a.txt: OverflowError: too large"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_run_stops_with_exit_2_and_a_message_not_a_traceback(failing_ph001, tmp_path, capsys, monkeypatch, jobs):
    monkeypatch.delenv("AUDITOR_TRACEBACK", raising=False)
    monkeypatch.setenv("AUDITOR_START_METHOD", "fork")  # (workers are copies of this process: PH001 fails there too)
    (tmp_path / "a.txt").write_text("走访xx户。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("坏xx户。\n", encoding="utf-8")
    try:
        code = main(["check", str(tmp_path), "--isolated", "--jobs", jobs, "--format", "json", "--progress", "never"])
    except SystemExit as exc:  # (an engine's error ends the run this way: ``python -m auditor`` exits with it)
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert "rule PH001 failed on" in err and "b.txt: ValueError: boom" in err, err
    assert "a bug in doc-auditor" in err and "Traceback" not in err, err


def test_auditor_traceback_shows_where_it_happened(failing_ph001, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("AUDITOR_TRACEBACK", "1")
    (tmp_path / "b.txt").write_text("坏xx户。\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "b.txt"), "--isolated", "--jobs", "1", "--progress", "never"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "_boom" in err and "ValueError: boom" in err, err


def test_a_sharded_run_names_the_rule_and_the_document_of_a_failed_shard():
    from auditor.shards import _describe

    message = _describe({"index": 3, "count": 8}, RuleFailed("PH001", "b.txt", ValueError("boom")))
    assert message.startswith("shard 3/8 failed: rule PH001 failed on b.txt: ValueError: boom; this is a bug")
    assert _describe({"index": 0, "count": 2}, OSError("disk full")) == "shard 0/2 failed: OSError: disk full"

