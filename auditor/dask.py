"""Run the rules on a Dask cluster (``pip install "doc-auditor[dask]"``).

From the command line, ``auditor check … --engine dask`` with ``--scheduler tcp://host:8786`` (an
existing cluster), ``--workers N`` (a :class:`distributed.LocalCluster` of N worker processes on this
machine) or neither (the scheduler of the Dask configuration, else a LocalCluster with one worker
per core). The documents are read here, exactly as by the local engine, and sent to the workers in
chunks, so the workers need doc-auditor but not the files; the results come back in input order with
the same findings as a local run. The checkers travel to every worker once (pickled, broadcast) and
are unpickled once per worker process.

From Python, :func:`audit_dataframe` checks the text column of a Dask DataFrame where its
partitions live and returns a Dask DataFrame of findings::

    import dask.dataframe as dd
    from auditor.dask import audit_dataframe

    docs = dd.read_parquet("corpus/")                       # columns: id, text
    findings = audit_dataframe(docs, text="text", id="id", select=["PH"])
    findings.groupby("rule_id").size().compute()

dask and distributed are imported only by the functions of this module.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Sequence

from auditor.document import Document
from auditor.engine import DocumentResult
from auditor.errors import BUG_HINT, POOL_TRACEBACK_HINT, RuleFailed
from auditor.parallel import (
    CHUNKS_PER_WORKER,
    EngineError,
    check_chunk,
    engine_error,
    load_state,
    ordered_results,
    worker_state,
)

INSTALL_HINT = "pip install 'doc-auditor[dask]'"

#: the columns of :func:`audit_dataframe`'s result (``id`` is the document's id or index value)
FINDING_COLUMNS = ("id", "rule_id", "category", "severity", "message", "start", "end", "line", "column",
                   "subtype", "fingerprint")
_TEXT_COLUMNS = ("rule_id", "category", "severity", "message", "subtype", "fingerprint")
_INT_COLUMNS = ("start", "end", "line", "column")


# --- auditor check --engine dask ------------------------------------------------------------------

def dask_results(plan, paths: list[str]) -> Iterator[DocumentResult]:
    """Results of *paths* in input order, checked on a Dask cluster (see the module's documentation)."""
    try:
        import distributed
    except ImportError as exc:
        raise engine_error(f"--engine dask needs dask and distributed ({exc}); {INSTALL_HINT}") from None
    args = plan.args
    scheduler = getattr(args, "scheduler", None)
    workers = getattr(args, "workers", None)
    if workers is not None and workers < 1:
        raise engine_error("--workers takes a number of worker processes, at least 1")
    session: dict = {}

    def submit(chunk: list[Document]):
        if not session:  # connect on the first chunk: a run without documents starts no cluster
            session.update(_connect(distributed, scheduler, workers))
            client = session["client"]
            state = worker_state(plan)
            digest = state[1] if state[0] == "pickle" else repr(state[1][1]).encode()  # the options
            session["token"] = hashlib.sha256(digest).hexdigest()
            session["state"] = client.scatter([state], broadcast=True)[0]
            session["inflight"] = CHUNKS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        # The chunk travels as scattered data, not inside the task: a task's arguments stay in the
        # client's and the scheduler's memory as long as they remember the task, data is dropped as
        # soon as its future is released (after the result has been read).
        client = session["client"]
        data = client.scatter([chunk], hash=False)[0]
        return _Chunk(client.submit(_check_on_worker, session["token"], session["state"], data, pure=False), data)

    def describe(exc: BaseException, chunk: list[Document]) -> EngineError:
        where = chunk[0].path if len(chunk) == 1 else f"{chunk[0].path} … {chunk[-1].path}"
        if isinstance(exc, distributed.KilledWorker):
            return engine_error(f"Dask workers died while checking {where} (out of memory, or killed?)")
        if isinstance(exc, RuleFailed):
            return engine_error(f"{exc}; {BUG_HINT} ({POOL_TRACEBACK_HINT})")
        return engine_error(f"checking {where} failed on a Dask worker: {type(exc).__name__}: {exc}")

    try:
        yield from ordered_results(plan.documents(paths), submit, lambda future: future.result(),
                                   lambda: session.get("inflight", CHUNKS_PER_WORKER), plan.suppressor, describe,
                                   plan.checkers)
    finally:
        _close(session)


class _Chunk:
    """A submitted chunk: the task's future and the future of its scattered documents."""

    __slots__ = ("data", "task")

    def __init__(self, task, data):
        self.task, self.data = task, data

    def result(self):
        try:
            return self.task.result()
        finally:
            self.task.release()
            self.data.release()


def _connect(distributed, scheduler: str | None, workers: int | None) -> dict:
    """``{"client": Client, "cluster": LocalCluster or None}`` for the options."""
    import logging

    import dask

    from auditor.interrupts import interrupts_ignored
    from auditor.parallel import cpu_count

    cluster = None
    try:
        if scheduler:
            client = distributed.Client(scheduler)
        elif workers is None and dask.config.get("scheduler-address", None):
            client = distributed.Client()
        else:
            # (the cluster is ours: a worker's error reaches the client as an exception, and what its processes log
            # on their way down, a heartbeat to a scheduler already closed, is no news to the user)
            with interrupts_ignored():  # the worker processes start with Ctrl-C ignored: it is ours to handle
                cluster = distributed.LocalCluster(n_workers=workers or cpu_count(), processes=True,
                                                   threads_per_worker=1, dashboard_address=None,
                                                   silence_logs=logging.CRITICAL)
            client = distributed.Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise engine_error(f"cannot connect to {where}: {exc}") from None
    return {"client": client, "cluster": cluster}


def _close(session: dict) -> None:
    client, cluster = session.get("client"), session.get("cluster")
    if client is not None:
        client.close()
    if cluster is not None:
        cluster.close()


_WORKER_STATES: dict[str, tuple] = {}
_WORKER_LOCK = threading.Lock()


def _worker_checkers(token: str, state):
    """The checkers and suppressor of *state*, unpickled once per worker process."""
    found = _WORKER_STATES.get(token)
    if found is None:
        with _WORKER_LOCK:
            found = _WORKER_STATES.get(token)
            if found is None:
                while len(_WORKER_STATES) >= 4:  # a long-lived worker serves many runs: keep the latest
                    _WORKER_STATES.pop(next(iter(_WORKER_STATES)))
                found = _WORKER_STATES[token] = load_state(state)
    return found


def _check_on_worker(token: str, state, docs: list[Document]):
    checkers, suppressor = _worker_checkers(token, state)
    return check_chunk(docs, checkers, suppressor)


# --- audit_dataframe -------------------------------------------------------------------------------

def audit_dataframe(ddf, text: str = "text", id: str | None = None, select: str | Sequence[str] | None = None,
                    ignore: str | Sequence[str] | None = None):
    """A Dask DataFrame of the findings in the *text* column of *ddf*, one row per finding.

    The columns are :data:`FINDING_COLUMNS`: ``id`` (the value of the *id* column, or the index value
    when *id* is ``None``), the finding's ``rule_id``, ``category``, ``severity``, ``message``,
    ``start`` and ``end`` (0-based code points, end exclusive), ``line`` and ``column`` (1-based),
    ``subtype`` (may be missing) and ``fingerprint`` (as in the JSON report). *select* and *ignore*
    take the forms of ``--select``/``--ignore`` (a comma-separated string or a list). The built-in
    rules are used, without configuration files; inline suppression directives apply. A missing text
    counts as an empty document. A document named ``….md`` is read as Markdown (code is skipped).

    Nothing is computed until you ask (``.compute()``, ``.to_parquet()`` …); each worker process
    builds the checkers once.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(f"audit_dataframe needs dask and pandas ({exc}); {INSTALL_HINT}") from None
    columns = list(ddf.columns)
    if text not in columns:
        raise KeyError(f"audit_dataframe: no column {text!r} (columns: {', '.join(map(str, columns))})")
    if id is not None and id not in columns:
        raise KeyError(f"audit_dataframe: no column {id!r} (columns: {', '.join(map(str, columns))})")
    select_list, ignore_list = _selectors(select), _selectors(ignore)
    _partition_checkers(select_list, ignore_list)  # unknown selectors fail here, not on a worker
    id_dtype = ddf.dtypes[id] if id is not None else ddf.index.dtype
    meta = findings_frame(pd, [], id_dtype)
    return ddf.map_partitions(_audit_partition, text, id, select_list, ignore_list, id_dtype, meta=meta,
                              clear_divisions=True, align_dataframes=False)


def findings_frame(pd, rows: list[tuple], id_dtype):
    """A pandas DataFrame with the columns and dtypes of :func:`audit_dataframe`'s result."""
    frame = pd.DataFrame.from_records(rows, columns=list(FINDING_COLUMNS)) if rows else \
        pd.DataFrame({name: [] for name in FINDING_COLUMNS})
    dtypes = {"id": id_dtype, **dict.fromkeys(_TEXT_COLUMNS, pd.StringDtype()), **dict.fromkeys(_INT_COLUMNS, "int64")}
    return frame.astype(dtypes)


def _selectors(value: str | Sequence[str] | None) -> tuple[str, ...]:
    from auditor.selection import split_selectors

    if value is None:
        return ()
    return tuple(split_selectors([value] if isinstance(value, str) else list(value)))


_PARTITION_CHECKERS: dict[tuple, tuple] = {}


def _partition_checkers(select: tuple[str, ...], ignore: tuple[str, ...]):
    """Checkers and suppressor for the built-in rules and this selection, built once per process."""
    key = (select, ignore)
    found = _PARTITION_CHECKERS.get(key)
    if found is None:
        with _WORKER_LOCK:
            found = _PARTITION_CHECKERS.get(key)
            if found is None:
                from auditor.engine import build_checkers
                from auditor.rulebook import load_rulebook
                from auditor.suppression import Suppressor

                checkers = build_checkers(list(load_rulebook()), list(select), list(ignore))
                found = _PARTITION_CHECKERS[key] = (checkers, Suppressor({c.rule.id: c.rule for c in checkers}))
    return found


def text_document(name: str, text: str | None) -> Document:
    """A document named *name* from already-decoded *text* (``None``: an empty document), with the read
    issues and Markdown code spans of a file."""
    from auditor.sources import document_from_text

    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return document_from_text(name, text)


def _audit_partition(part, text: str, id: str | None, select, ignore, id_dtype):
    import pandas as pd

    from auditor.engine import audit_documents

    checkers, suppressor = _partition_checkers(tuple(select), tuple(ignore))
    ids = part[id] if id is not None else part.index
    keys = list(ids)
    texts = part[text].astype(object).where(part[text].notna(), None)  # NaN, NA, None → None
    docs = (text_document(str(key), value) for key, value in zip(keys, texts, strict=True))
    rows = []
    for key, result in zip(keys, audit_documents(docs, checkers, suppressor), strict=True):
        doc = result.document
        for f in result.findings:
            line, column = doc.position(f.start)
            rows.append((key, f.rule_id, f.category, f.severity, f.message, f.start, f.end, line, column,
                         f.subtype, f.fingerprint))
    return findings_frame(pd, rows, id_dtype)
