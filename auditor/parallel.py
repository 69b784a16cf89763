"""The local engine: results in input order, from a pool of worker processes when it pays.

* The parent reads the documents (``plan.documents(paths)``), so walking, decoding, corpus files,
  shards and the report of missing paths are exactly those of a serial run. It sends them to the
  workers in *chunks* of consecutive documents (at most :data:`CHUNK_DOCUMENTS` documents or
  :data:`CHUNK_CHARS` characters) through a :class:`concurrent.futures.ProcessPoolExecutor`.
* ``jobs`` counts this process: ``jobs - 1`` workers, and the parent checks chunks too whenever the
  workers hold :data:`CHUNKS_PER_POOL_WORKER` chunks each (and, at the end of the input, the chunks
  still waiting in their queues: see :func:`ordered_results`). Two processes keep two cores busy, and
  no core waits while the workers start.
* Results are yielded chunk by chunk in input order: the output is that of a serial run, and memory
  depends on the chunk size and the number of workers, never on the size of the collection.
* On Linux the workers are forked from this process while it runs a single thread (no start-up, the
  compiled patterns come along); elsewhere, or with threads running, they are spawned
  (:func:`start_method`).
* Each worker receives the checkers and the suppressor once, pickled, when it starts (or, if they
  cannot be pickled, rebuilds them with the recipe the plan gives, ``plan.rebuild_recipe()``: the
  command-line options and :func:`auditor.run.checkers_from_args`). The engines receive the plan and
  never import the planner: planning (:mod:`auditor.run`) sits above execution (this module and
  :mod:`auditor.dask`), which sits above the per-document pipeline (:mod:`auditor.engine`).
* Workers send back only the findings (with their fingerprints), the verified statements and which
  ``.auditorignore`` entries were used; the parent keeps the documents the reporters need for
  positions and excerpts, and marks the used entries in its own suppressor.
* ``jobs=None`` (auto) looks at the first documents of the stream (:func:`choose_jobs`): a handful of
  documents, or a few dozen short ones, are checked in this process (starting workers would cost more
  than it saves); anything larger uses every core. Standard input and ``jobs=1`` are always checked
  in this process.
* A worker that dies (killed, out of memory) or fails ends the run with a message and exit status 2
  (:class:`EngineError`); Ctrl-C stops the workers and leaves the ``interrupted`` message to the CLI.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain

from auditor.document import Document
from auditor.engine import FINDING_ORDER, DocumentResult, audit_documents, document_result, local_findings
from auditor.errors import BUG_HINT, POOL_TRACEBACK_HINT, RuleFailed
from auditor.finding import Finding
from auditor.fingerprint import Occurrences, fingerprint_keys, piece_keys
from auditor.pieces import PIECE_CHARS, PIECE_KEY, SPLIT_ABOVE, iter_pieces, own_findings, shifted, splittable

#: a chunk holds at most this many documents …
CHUNK_DOCUMENTS = 32
#: … or about this many characters of text (whichever comes first)
CHUNK_CHARS = 250_000
#: the local pool sends the last this many characters of the input …
TAIL_CHARS = 300_000
#: … in units of about this many characters (see :func:`work_units`)
TAIL_UNIT_CHARS = 100_000
#: chunks in flight per worker: enough to keep every worker busy while the parent reads ahead …
CHUNKS_PER_WORKER = 2
#: … or, in the local pool, while the parent checks a chunk itself
CHUNKS_PER_POOL_WORKER = 3
#: ``--jobs`` auto uses every core for more documents than this holding more than AUTO_MIN_CHARS characters …
AUTO_DOCUMENTS = 50
AUTO_MIN_CHARS = 200_000
#: … or for more characters than this, or more documents than AUTO_MANY (however short)
AUTO_CHARS = 4_000_000
AUTO_MANY = 1000


class EngineError(SystemExit):
    """An engine could not finish the run. The message is written to stderr when the error is made,
    and the exit status is 2 (``auditor`` exits with it wherever it is raised)."""

    def __init__(self, message: str):
        super().__init__(2)
        self.message = message

    def __str__(self) -> str:
        return self.message


def engine_error(message: str) -> EngineError:
    """An :class:`EngineError` whose message was written to stderr (after hiding a progress bar)."""
    progress = sys.modules.get("auditor.progress")
    if progress is not None:
        progress.hide_active()
    sys.stderr.write(f"auditor: error: {message}\n")
    sys.stderr.flush()
    return EngineError(message)


def cpu_count() -> int:
    """The cores this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def choose_jobs(docs: Iterable[Document], jobs: int | None) -> tuple[int, Iterator[Document]]:
    """The number of processes for *docs* and the documents again (the ones looked at included).

    An explicit *jobs* is kept. ``None`` (or 0) reads ahead until the documents are worth the start of
    worker processes (about half a second): more than :data:`AUTO_DOCUMENTS` documents with more than
    :data:`AUTO_MIN_CHARS` characters, more than :data:`AUTO_CHARS` characters, or more than
    :data:`AUTO_MANY` documents; then every core. A stream that ends first is checked serially (1).
    At most :data:`AUTO_MANY` documents or :data:`AUTO_CHARS` characters are held while looking.
    """
    docs = iter(docs)
    if jobs is not None and jobs > 0:
        return jobs, docs
    head: list[Document] = []
    chars = 0
    for doc in docs:
        head.append(doc)
        chars += len(doc.text)
        count = len(head)
        if (count > AUTO_DOCUMENTS and chars > AUTO_MIN_CHARS) or chars > AUTO_CHARS or count > AUTO_MANY:
            return cpu_count(), chain(head, docs)
    return 1, iter(head)


def parallel_results(plan, paths: list[str], jobs: int | None) -> Iterator[DocumentResult]:
    """Results of *paths* in input order, from ``jobs`` worker processes (``None``: decide from the input)."""
    docs: Iterator[Document] = plan.documents(paths)
    if "-" in paths:
        jobs = 1
    jobs, docs = choose_jobs(docs, jobs)
    if jobs <= 1:
        yield from audit_documents(docs, plan.checkers, plan.suppressor)
        return
    yield from _pool_results(plan, docs, jobs)


def chunks(docs: Iterable[Document], size: int = CHUNK_DOCUMENTS, chars: int = CHUNK_CHARS) -> Iterator[list[Document]]:
    """Consecutive documents, at most *size* per list or about *chars* characters."""
    chunk: list[Document] = []
    length = 0
    for doc in docs:
        chunk.append(doc)
        length += len(doc.text)
        if len(chunk) >= size or length >= chars:
            yield chunk
            chunk, length = [], 0
    if chunk:
        yield chunk


def worker_state(plan) -> tuple[str, object]:
    """What a worker needs to check documents like *plan*: the pickled checkers and suppressor, or, when
    they cannot be pickled, the plan's recipe to rebuild them (``plan.rebuild_recipe()``: a picklable
    function and its argument, the command-line options)."""
    import pickle

    try:
        return "pickle", pickle.dumps((plan.checkers, plan.suppressor), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        if plan.args is None:
            raise
        return "rebuild", plan.rebuild_recipe()


def load_state(state: tuple[str, object]):
    """``(checkers, suppressor)`` from :func:`worker_state`."""
    kind, data = state
    if kind == "pickle":
        import pickle

        return pickle.loads(data)
    function, argument = data
    return function(argument)


def check_chunk(docs: list[Document], checkers, suppressor) -> tuple[list[tuple[list, list | None]], list[int]]:
    """``(findings, verified)`` of each document, and the indices of the suppressor's ignore entries
    that this chunk used (counted on fresh copies of the entries: a worker may check the chunks of
    several runs, or several chunks at once). A piece of a huge document (:mod:`auditor.pieces`) gets
    ``(its own findings before suppression, their fingerprint keys)``: the parent finishes the whole
    document, and hashes the keys made here instead of cutting each context out of the whole text."""
    from auditor.suppression import Suppressor

    if len(docs) == 1 and PIECE_KEY in docs[0].cache:
        found = own_findings(docs[0], local_findings(docs[0], checkers))
        share_messages(found)
        return [(found, piece_keys(docs[0].text, found))], []
    entries = [entry.copy(used=False) for entry in suppressor.ignore_entries]
    local = Suppressor(suppressor.rules, entries)
    out = [(r.findings, r.verified) for r in audit_documents(docs, checkers, local)]
    share_messages(f for findings, verified in out for f in chain(findings, verified))
    return out, [i for i, entry in enumerate(entries) if entry.used]


def share_messages(findings: Iterable[Finding]) -> None:
    """Make findings with equal messages hold one string object: pickle writes a string once and then
    refers to it, so the answer a worker sends shrinks by about half when one rule fires often (the
    message of ``xx`` is the same at each of its 1,500 places in a template)."""
    seen: dict[str, str] = {}
    for finding in findings:
        finding.message = seen.setdefault(finding.message, finding.message)


def work_units(docs: Iterable[Document], split_huge: bool, tail_chars: int = 0,
               ) -> Iterator[tuple[list[Document], tuple | None]]:
    """Chunks of documents (as :func:`chunks` makes them), each with ``None``; with *split_huge*, a
    document that is :func:`~auditor.pieces.splittable` becomes one unit per piece, each with
    ``(document, piece)``.

    With *tail_chars* (and *split_huge*), the last *tail_chars* characters of the input go out in smaller
    units, of about :data:`TAIL_UNIT_CHARS` characters: short documents in smaller chunks, a longer one
    (above twice that) in pieces of that size where it reaches into those last characters. The
    processes then finish together: with whole 1.4 MB reports as units, one process could still check
    the last report while the other had nothing left (about 90 ms). The documents are held back that
    much to know which are the last."""
    held: list[Document] = []
    length = 0

    def flush():
        nonlocal held, length
        if held:
            yield held, None
            held, length = [], 0

    def unit_of(doc: Document, limit: int = CHUNK_CHARS, fine_from: int | None = None):
        nonlocal held, length
        if split_huge and (splittable(doc, SPLIT_ABOVE) or (
                fine_from is not None and splittable(doc, 2 * TAIL_UNIT_CHARS))):
            yield from flush()
            for piece in iter_pieces(doc, PIECE_CHARS, fine_from=fine_from, fine_chars=TAIL_UNIT_CHARS):
                yield [piece.document], (doc, piece)
            return
        held.append(doc)
        length += len(doc.text)
        if len(held) >= CHUNK_DOCUMENTS or length >= limit:
            yield from flush()

    if not (split_huge and tail_chars):
        for doc in docs:
            yield from unit_of(doc)
        yield from flush()
        return
    tail: deque[Document] = deque()
    tail_length = 0
    for doc in docs:
        tail.append(doc)
        tail_length += len(doc.text)
        while len(tail) > 1 and tail_length - len(tail[0].text) >= tail_chars:
            first = tail.popleft()
            tail_length -= len(first.text)
            yield from unit_of(first)
    yield from flush()  # (the tail's units start afresh)
    after = tail_length  # characters from the start of the document to the end of the input
    for doc in tail:
        fine_from = len(doc.text) - (tail_chars - (after - len(doc.text)))
        after -= len(doc.text)
        yield from unit_of(doc, TAIL_UNIT_CHARS, max(fine_from, 0) if fine_from < len(doc.text) else None)
    yield from flush()


class _Unit:
    """One chunk on its way: where it is checked and, once known, its answer."""

    __slots__ = ("answer", "chunk", "future", "meta")

    def __init__(self, chunk: list[Document], meta, future=None, answer=None):
        self.chunk, self.meta, self.future, self.answer = chunk, meta, future, answer

    def ready(self) -> bool:
        return self.answer is not None or self.future.done()

    def queued(self) -> bool:
        """Sent to a worker and not answered yet."""
        return self.answer is None and not self.future.done()


def ordered_results(docs: Iterable[Document], submit, result, inflight: int | Callable[[], int], suppressor,
                    describe_error, checkers=None, local: Callable | None = None, workers: int = 1,
                    take_back: Callable | None = None) -> Iterator[DocumentResult]:
    """Send *docs* chunk by chunk through ``submit(chunk) -> future`` with at most *inflight* chunks in
    flight (a number, or a function asked after each submit); yield their results in input order.
    ``result(future)`` waits for a chunk's answer (:func:`check_chunk`'s); ``describe_error(exc, chunk)``
    turns a failure into an :class:`EngineError` (or returns ``None`` to let the exception through).
    With *checkers* (the run's), a huge document is sent as pieces that several workers check at once,
    and finished here (:mod:`auditor.pieces`): its document-scope rules, suppressions and fingerprints.

    With *local* (``local(chunk)`` gives :func:`check_chunk`'s answer in this process), this process is
    one of the workers: whenever the other processes have all the chunks they may hold, it
    checks the next chunk itself instead of waiting (or one at least twice as large waiting in their
    queues, and the next goes to them). At the end of the input it takes back the chunks that wait in the queue of the
    *workers* others, the largest first: those no worker has received yet (their futures are
    cancelled) and, with ``take_back(future) -> True``, one a worker holds but has not started (it then
    skips the chunk). The last :data:`TAIL_CHARS` characters of the input go out in smaller units
    (:func:`work_units`). The answers are the same wherever a chunk is checked, so the output does not
    change.
    """
    bound = inflight if callable(inflight) else (lambda: inflight)
    pending: deque[_Unit] = deque()
    entries = suppressor.ignore_entries if suppressor is not None else []
    assembly: _Assembly | None = None  # what the pieces of the huge document being finished found so far

    def answer_of(unit: _Unit):
        if unit.answer is None:
            with _described_errors(describe_error, unit):
                unit.answer = result(unit.future)
        return unit.answer

    def check_here(unit: _Unit) -> None:
        with _described_errors(describe_error, unit):
            unit.answer = local(unit.chunk)

    def finish(unit: _Unit):
        nonlocal assembly
        answers, used = answer_of(unit)
        for index in used:
            entries[index].used = True
        if unit.meta is not None:
            whole, piece = unit.meta
            ((found, keys),) = answers
            if piece.index == 0:  # (the pieces of a document are finished in order)
                whole.line_starts  # noqa: B018 - the report needs it: made now, while the workers are busy
                assembly = _Assembly()
            moved = [shifted(f, piece.offset) for f in found]
            assembly.found.extend(moved)
            assembly.keys.update((id(f), key) for f, key in zip(moved, keys, strict=True) if key is not None)
            # fingerprinted now, while the workers are busy (the whole document's end takes them if no
            # suppression changes an occurrence index: engine._ahead)
            assembly.prints.update(_prints_ahead(whole.text, moved, assembly.keys, assembly.occurrences))
            if piece.index == piece.count - 1:
                done, assembly = assembly, None
                yield document_result(whole, checkers, suppressor, done.found, done.keys, done.prints)
            return
        for doc, (findings, verified) in zip(unit.chunk, answers, strict=True):
            yield DocumentResult(doc, findings, verified)

    def queued() -> int:
        return sum(1 for unit in pending if unit.future is not None and unit.queued())

    for chunk, meta in work_units(docs, checkers is not None, TAIL_CHARS if local is not None else 0):
        unit = _Unit(chunk, meta)
        if local is None:
            unit.future = submit(chunk)
            pending.append(unit)
            while len(pending) >= bound():
                yield from finish(pending.popleft())
            continue
        while True:
            while pending and pending[0].ready():
                yield from finish(pending.popleft())
            if queued() < bound():
                unit.future = submit(chunk)
                break
            if len(pending) < 2 * bound() + 2:  # the others have all they may hold: check one here
                # a chunk at least twice as large waiting in their queues (not their next one) first, and
                # this one goes to them instead: the small units of the end of the input are then theirs,
                # not ours (chunks of about the same size stay where they are: taking one back is not free)
                larger = _spare_unit(pending, workers + 1, take_back, larger_than=2 * _size(unit) - 1)
                if larger is not None:
                    check_here(larger)
                    continue
                check_here(unit)
                break
            yield from finish(pending.popleft())  # far ahead of the oldest chunk: wait (bounded memory)
        pending.append(unit)
    while pending:
        if local is not None and not pending[0].ready():
            spare = _spare_unit(pending, workers, take_back)
            if spare is not None:
                check_here(spare)
                continue
        yield from finish(pending.popleft())


class _Assembly:
    """What the pieces of one huge document found so far: the findings (whole-document offsets), their
    fingerprint keys and fingerprints by ``id()`` of the finding, and each key's occurrences so far."""

    __slots__ = ("found", "keys", "occurrences", "prints")

    def __init__(self):
        self.found: list[Finding] = []
        self.keys: dict[int, tuple] = {}
        self.prints: dict[int, str] = {}
        self.occurrences = Occurrences()


def _prints_ahead(text: str, findings: list[Finding], keys: dict[int, tuple],
                  occurrences: Occurrences) -> Iterator[tuple[int, str]]:
    """``(id(finding), fingerprint)`` of the findings of one piece of *text* (verified statements aside), in
    the order the whole document will have them, each key's occurrence index counted on from the pieces
    before (*occurrences*); *keys*: the fingerprint keys the piece made, by ``id()``."""
    ahead = sorted((f for f in findings if not f.verified), key=FINDING_ORDER)
    known = [keys.get(id(f)) for f in ahead]
    if None in known:  # (a finding whose context reaches past its piece's text)
        made = iter(fingerprint_keys(text, [f for f, key in zip(ahead, known, strict=True) if key is None]))
        known = [key if key is not None else next(made) for key in known]
    return zip(map(id, ahead), occurrences.fingerprints(known), strict=True)


@contextmanager
def _described_errors(describe_error, unit: _Unit):
    """Turn a failure to check *unit* into what ``describe_error`` makes of it (or let it through)."""
    try:
        yield
    except Exception as exc:
        error = describe_error(exc, unit.chunk if unit.meta is None else [unit.meta[0]])
        if error is None:
            raise
        raise error from exc


def _spare_unit(pending: deque, workers: int, take_back: Callable | None, larger_than: int = -1) -> _Unit | None:
    """The largest chunk waiting in a worker's queue (the newest of the largest), taken back, or ``None``.
    The *workers* oldest unanswered chunks are taken to be running (a worker takes its chunks in order);
    only chunks of more than *larger_than* characters are taken. The largest first: while this process
    checks it, the workers go on with the smaller units of the end of the input (:func:`work_units`),
    and everyone finishes at about the same time."""
    waiting = [unit for unit in pending if unit.future is not None and unit.queued()][workers:]
    for unit in sorted(reversed(waiting), key=_size, reverse=True):
        if _size(unit) <= larger_than:
            break
        if unit.future.cancel() or (take_back is not None and take_back(unit.future)):
            return unit
    return None


def _size(unit: _Unit) -> int:
    """The characters a unit holds."""
    return sum(len(doc.text) for doc in unit.chunk)


# --- the process pool ----------------------------------------------------------------------------

_STATE = None  # (checkers, suppressor) of a worker process
_TAKEN = None  # the pool's take-back flags (:func:`_pool_results`), shared with the parent
#: how many take-back flags the pool shares: far more than the chunks that can be in flight at once
TAKE_BACK_SLOTS = 4096
#: the buffer of the pool's pipes (bytes; see :func:`widen_pipes`)
PIPE_BYTES = 1 << 20
#: the interpreter's thread switch interval while a pool runs (seconds; see :func:`_pool_results`)
POOL_SWITCH_INTERVAL = 0.0005
#: while an answer is awaited, every this many seconds: has a worker process died? (see :func:`awaited_answer`)
DEATH_POLL_SECONDS = 1.0
#: how long after a worker's death the pool may take to report it before the run gives up on the answer
DEATH_GRACE_SECONDS = 5.0


def _init_worker(state, taken=None) -> None:
    global _STATE, _TAKEN
    import multiprocessing

    from auditor.gcpolicy import tune_worker
    from auditor.interrupts import die_with_parent, ignore_interrupts

    ignore_interrupts()  # Ctrl-C is the parent's to handle (it was blocked while this process started)
    parent = multiprocessing.parent_process()
    die_with_parent(parent.pid if parent is not None else None)  # (a parent that crashes leaves no worker)
    _STATE = load_state(state)
    _TAKEN = taken
    tune_worker()  # (a spawned worker starts with the default collector; a forked one has the run's already)


def _check_in_worker(docs: list[Document], slot: int | None = None):
    """:func:`check_chunk` of *docs*, or ``None`` when the parent took the chunk back (flag *slot*)."""
    if slot is not None and _TAKEN is not None and _TAKEN[slot]:
        return None
    checkers, suppressor = _STATE
    return check_chunk(docs, checkers, suppressor)


def start_method() -> str:
    """How worker processes start: ``fork`` on Linux while this process runs one thread (a worker is
    then a copy of this process, its imports and compiled patterns included: no start-up, no warm-up),
    else ``spawn`` (a fresh interpreter that imports the package and unpickles the checkers: about a
    quarter of a second per worker). ``AUDITOR_START_METHOD`` forces one."""
    forced = os.environ.get("AUDITOR_START_METHOD")
    if forced in ("fork", "spawn", "forkserver"):
        return forced
    import threading

    return "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"


@contextmanager
def workers_starting(method: str):
    """Around the start of worker processes, which must not take a Ctrl-C for theirs (the parent handles
    it and stops them); the parent's own is held until they have started, then raised
    (:func:`~auditor.interrupts.interrupts_deferred`). A worker ignores Ctrl-C as its first step
    (:func:`_init_worker`). Before that step, a forked worker is a copy of this process, holding Ctrl-C
    as it does; a spawned one starts afresh, so Ctrl-C is also blocked meanwhile where it can be (POSIX:
    :func:`~auditor.interrupts.interrupts_blocked`; the mask survives ``exec``, a handler does not), and
    it starts with it blocked. (Blocking alone is not enough for the parent: the kernel may hand the
    signal to another of its threads, and Python then raises it in the main thread at once.) Elsewhere
    (Windows) Ctrl-C is ignored while spawned workers start, so that they start with it ignored, and one
    pressed then is lost.
    """
    from auditor.interrupts import can_block_interrupts, interrupts_blocked, interrupts_deferred, interrupts_ignored

    if method == "fork":
        with interrupts_deferred():
            yield
    elif can_block_interrupts():
        with interrupts_deferred(), interrupts_blocked():  # (unblocked first: a held one is then recorded)
            yield
    else:
        with interrupts_ignored():
            yield


def widen_pipes(executor, size: int = PIPE_BYTES) -> int:
    """Give the pool's two pipes (chunks to the workers, answers back) *size* bytes of buffer on Linux,
    where a pipe holds 64 KiB: a chunk of 1 MB then waits in the pipe whole, and a worker takes it in one
    read instead of sixteen hand-offs with this process's feeder thread; a worker's answer goes in one
    write, without waiting for this process to read. Returns how many pipes were widened (0 elsewhere, or
    when the system's limit, ``/proc/sys/fs/pipe-max-size``, is lower: nothing else changes)."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        return 0
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    widened = 0
    for queue in (getattr(executor, "_call_queue", None), getattr(executor, "_result_queue", None)):
        writer = getattr(queue, "_writer", None)
        if set_size is None or writer is None:
            continue
        try:
            fcntl.fcntl(writer.fileno(), set_size, size)
            widened += 1
        except (OSError, ValueError):
            pass  # over the limit, or not a pipe: the default buffer stays
    return widened


def stop_workers(executor) -> None:
    """Cancel what is queued and end the worker processes now (not after their current chunk)."""
    # (shutdown() forgets the processes and the pool's manager thread)
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    answers = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    # A worker stopped while it wrote its answer leaves part of a message in the answers' pipe, and the
    # manager thread waits for the rest for ever: this process holds a write end of that pipe too. With
    # the workers gone, closing it ends the wait (end of file): the manager sees a broken pool and ends.
    if answers is not None and not any(process.is_alive() for process in processes):
        answers.close()
    # The manager thread now closes its wake-up pipe. Wait for it: at exit the interpreter writes to that
    # pipe, and a close between its check and its write printed "OSError: [Errno 9] Bad file descriptor"
    # with a traceback after the "interrupted" message (Python 3.11, on a busy machine).
    if manager is not None and manager.is_alive():
        manager.join(timeout=5)


def awaited_answer(executor, future, poll: float = DEATH_POLL_SECONDS, grace: float = DEATH_GRACE_SECONDS):
    """``future.result()``, or :class:`BrokenProcessPool` when a worker process has died and the pool does
    not say so within *grace* seconds.

    The pool notices a dead worker itself, unless the worker died in the middle of writing an answer
    (killed for lack of memory, say): the pool's manager thread then waits for the rest of that message
    for ever, and the run with it. Every *poll* seconds of waiting, this looks at the workers' exit codes.
    """
    import time
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    died_at = None
    while True:
        try:
            return future.result(timeout=poll)
        except FutureTimeout:
            pass
        if died_at is None:
            processes = list((getattr(executor, "_processes", None) or {}).values())
            if any(process.exitcode is not None for process in processes):
                died_at = time.monotonic()
        elif time.monotonic() - died_at > grace:
            raise BrokenProcessPool("a worker process died and its answer never came")


def _pool_results(plan, docs: Iterator[Document], jobs: int) -> Iterator[DocumentResult]:
    """Results of *docs* from *jobs* processes: this one and ``jobs - 1`` workers (see :func:`ordered_results`).

    Each chunk sent has a take-back flag (shared memory, one byte): at the end of the input this process
    checks the chunks still waiting in the workers' queues itself and raises their flags, and a worker
    skips a chunk whose flag is up."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    workers = max(1, jobs - 1)
    method = start_method()
    context = multiprocessing.get_context(method)
    taken = context.RawArray("b", TAKE_BACK_SLOTS)
    state = worker_state(plan)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                                   initargs=(state, taken))
    widen_pipes(executor)
    sent = 0
    slots: dict = {}  # future -> its flag

    def submit(chunk):
        nonlocal sent
        slot = sent % TAKE_BACK_SLOTS
        taken[slot] = 0
        sent += 1
        if sent <= workers:  # this submit may start a worker process
            with workers_starting(method):
                future = executor.submit(_check_in_worker, chunk, slot)
        else:
            future = executor.submit(_check_in_worker, chunk, slot)
        slots[future] = slot
        future.add_done_callback(lambda done: slots.pop(done, None))
        return future

    def take_back(future) -> bool:
        slot = slots.get(future)
        if slot is None:
            return False
        taken[slot] = 1
        return True

    def describe(exc: BaseException, chunk: list[Document]) -> EngineError:
        where = chunk[0].path if len(chunk) == 1 else f"{chunk[0].path} … {chunk[-1].path}"
        if isinstance(exc, RuleFailed):
            return engine_error(f"{exc}; {BUG_HINT} ({POOL_TRACEBACK_HINT})")
        if isinstance(exc, BrokenProcessPool):
            return engine_error(f"a worker process died while checking {where} (out of memory, or killed?); "
                                "run with --jobs 1 to check in one process")
        return engine_error(f"checking {where} failed: {type(exc).__name__}: {exc} "
                            "(run with --jobs 1 for the full traceback)")

    def local(chunk: list[Document]):
        return check_chunk(chunk, plan.checkers, plan.suppressor)

    finished = False
    # The pool's own thread reads the workers' answers from a pipe, 64 KiB at a time, and needs the GIL
    # after each read; with the default interval (5 ms) it waits that long each time this process is
    # busy checking, and a worker cannot start its next chunk before its answer is read.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, POOL_SWITCH_INTERVAL))
    try:
        yield from ordered_results(docs, submit, lambda future: awaited_answer(executor, future),
                                   CHUNKS_PER_POOL_WORKER * workers,
                                   plan.suppressor, describe, plan.checkers, local=local if jobs > 1 else None,
                                   workers=workers, take_back=take_back)
        finished = True
    finally:
        sys.setswitchinterval(switch_interval)
        if finished:
            executor.shutdown(wait=True)
        else:  # an error, Ctrl-C or a consumer that stopped early: do not wait for the rest
            stop_workers(executor)
