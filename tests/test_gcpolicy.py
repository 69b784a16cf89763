"""The collector's settings during a check run (auditor.gcpolicy): set for the run, restored after."""

from __future__ import annotations

import gc
import multiprocessing
import weakref
from concurrent.futures import ProcessPoolExecutor

import pytest

from auditor import cli, gcpolicy, parallel
from auditor.gcpolicy import BATCH_THRESHOLDS, BatchCollection


@pytest.fixture(autouse=True)
def _default_collector():
    """Each test starts from the interpreter's settings, and leaves them so."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_the_run_gets_its_thresholds_and_the_old_ones_come_back():
    assert gc.get_freeze_count() == 0
    with BatchCollection():
        assert gc.get_threshold() == BATCH_THRESHOLDS
        assert gc.get_freeze_count() > 0  # what existed before the run is never walked again
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_the_settings_come_back_after_an_error():
    with pytest.raises(KeyError), BatchCollection():
        raise KeyError("boom")
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_a_callers_frozen_objects_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with BatchCollection():
            pass
        assert gc.get_freeze_count() == frozen  # not unfrozen by the run
    finally:
        gc.unfreeze()


def test_garbage_cycles_are_still_collected_during_a_run():
    class Node:
        pass

    with BatchCollection():
        first = Node()
        first.other = Node()
        first.other.other = first  # a cycle that reference counting cannot free
        ref = weakref.ref(first)
        del first
        for _ in range(50_000):  # garbage cycles wait for at most 100,000 new objects (bounded memory)
            a, b = Node(), Node()
            a.other, b.other = b, a
        alive = ref() is not None
    assert not alive  # collected during the run, without an explicit gc.collect()


def test_auditor_check_runs_with_the_batch_settings(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_text("本村共有xx户。\n", encoding="utf-8")
    seen = []
    real = cli._check

    def spy(args):
        seen.append(gc.get_threshold())
        return real(args)

    monkeypatch.setattr(cli, "_check", spy)
    assert cli.main(["check", str(path), "--exit-zero", "--quiet"]) == 0
    assert seen == [BATCH_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)  # a program that calls main keeps its own settings


def _threshold_in_worker() -> tuple[int, int, int]:
    return gc.get_threshold()


def test_a_spawned_worker_tunes_its_own_collector():
    from auditor.engine import build_checkers
    from auditor.rulebook import load_rulebook
    from auditor.suppression import Suppressor

    checkers = build_checkers(list(load_rulebook()), select=["PH001"])
    state = parallel.worker_state(type("Plan", (), {"checkers": checkers, "suppressor": Suppressor({}),
                                                    "args": None})())
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=parallel._init_worker, initargs=(state,)) as pool:
        assert pool.submit(_threshold_in_worker).result(timeout=120) == gcpolicy.BATCH_THRESHOLDS
