"""The worker side of a resumable sharded run (``auditor check --shard-dir DIR``): check one shard, write
its JSON report and then its completion marker.

A shard task gets a small picklable job (:func:`shard_job`: the run's directory, the shard ``I`` of
``N``, the manifest's digest, how to read and judge documents) and reads *its own* documents: the
input list comes from the run's manifest (``DIR/manifest.json``, written by the driver, which only
walked the inputs), and the documents of shard ``I`` are exactly those ``--shard I/N`` checks (a stable
hash of each document's name, :func:`auditor.sources.in_shard`). Nothing about a document passes
through the driver.

Files of shard ``I`` of ``N`` in DIR (see :func:`report_path`, :func:`marker_path`):

* ``shard-IIIII-of-NNNNN.json``: the shard's report, byte for byte what ``auditor check --shard I/N
  --format json`` writes for the same options; written to a temporary file, flushed to disk, then
  renamed over the final name, so it is either whole or absent;
* ``shard-IIIII-of-NNNNN.done``: the completion marker, written (also atomically) after the report:
  ``{"kind": "doc-auditor shard", "shard": I, "shards": N, "manifest": DIGEST, "report": NAME, "bytes": SIZE,
  "sha256": HASH, "documents": D, "findings": F, "used_ignore_entries": [...]}`` (the indices of the
  ``.auditorignore`` entries the shard used, so that the driver can name the unused ones). A marker
  counts only when it names this run's manifest and the report on disk has exactly this size and
  hash (:func:`marker_state`); anything else (a run killed between the two renames, a damaged or
  foreign file) means the shard is checked again.

The module imports only what a worker needs; :mod:`hashlib` is imported when a file is hashed.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterable, Iterator

from auditor.document import Document
from auditor.engine import DocumentResult, audit_documents
from auditor.parallel import load_state
from auditor.sources import corpus_format, in_shard, iter_records, read_document

MANIFEST = "manifest.json"
#: what the marker's ``kind`` says (a marker of anything else is not ours)
MARKER_KIND = "doc-auditor shard"
#: environment variable (tests only): seconds a shard task waits before its report is renamed into place,
#: so that a test can interrupt a run with some shards done and others not
DELAY_VARIABLE = "AUDITOR_TEST_SHARD_DELAY"


class ShardWorkError(Exception):
    """A shard task that cannot run (e.g. the manifest it was given changed); the message says why."""


def shard_name(index: int, count: int) -> str:
    """``shard-00003-of-00016``: the stem of shard *index*'s files (sorts in shard order)."""
    return f"shard-{index:05d}-of-{count:05d}"


def report_path(directory: str, index: int, count: int) -> str:
    return os.path.join(directory, shard_name(index, count) + ".json")


def marker_path(directory: str, index: int, count: int) -> str:
    return os.path.join(directory, shard_name(index, count) + ".done")


def file_digest(path: str) -> tuple[int, str]:
    """``(size, sha256 hex)`` of the file at *path*."""
    import hashlib

    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def write_atomically(path: str, text: str) -> None:
    """Write *text* (UTF-8) to a temporary file beside *path*, flush it to disk, rename it to *path*."""
    temporary = _temporary_name(path)
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        _remove_quietly(temporary)
        raise


def _temporary_name(path: str) -> str:
    return f"{path}.tmp-{os.getpid()}-{threading.get_ident()}"


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def marker_state(directory: str, index: int, count: int, manifest_digest: str) -> dict | None:
    """The marker of shard *index* when it is valid for the run whose manifest has *manifest_digest*
    (and the report it names is on disk with its size and hash), else None."""
    try:
        with open(marker_path(directory, index, count), encoding="utf-8") as handle:
            marker = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("kind") != MARKER_KIND:
        return None
    if (marker.get("manifest"), marker.get("shard"), marker.get("shards")) != (manifest_digest, index, count):
        return None
    report = report_path(directory, index, count)
    try:
        size, digest = file_digest(report)
    except OSError:
        return None
    if (size, digest) != (marker.get("bytes"), marker.get("sha256")):
        return None
    return marker


def shard_documents(paths: Iterable[str], shard: tuple[int, int], encoding: str | None, inputs) -> Iterator[Document]:
    """The documents of *shard* among the listed files *paths* (already walked: no directory, no
    excludes, no standard input): for each path what :func:`auditor.sources.iter_documents` yields."""
    for path in paths:
        kind = corpus_format(path)
        if kind is not None:
            yield from iter_records(path, kind, inputs, shard, encoding)
        elif in_shard(path, shard):
            yield read_document(path, encoding=encoding)


def write_shard(directory: str, index: int, count: int, manifest_digest: str, results: Iterable[DocumentResult],
                curation, show_verified: bool, used_entries=None, delay: float = 0.0) -> dict:
    """Write shard *index*'s JSON report from *results* (as ``check --format json`` writes it: each result
    gets its verdict from *curation*), then its marker; return the marker. *used_entries* is called at
    the end for the indices of the ``.auditorignore`` entries the shard used."""
    from auditor.reporters.common import Summary
    from auditor.reporters.json_report import JsonReporter

    final = report_path(directory, index, count)
    temporary = _temporary_name(final)
    summary = Summary()
    try:
        with open(temporary, "w", encoding="utf-8") as out:
            reporter = JsonReporter(out, show_verified=show_verified)
            reporter.start()
            for result in results:
                summary.add(result)
                curation.add(result)
                reporter.document(result)
            summary.curation = curation.as_json()
            reporter.finish(summary)
            out.flush()
            os.fsync(out.fileno())
        if delay > 0:
            time.sleep(delay)  # tests: a window in which the run can be killed with this shard half done
        os.replace(temporary, final)
    except BaseException:
        _remove_quietly(temporary)
        raise
    size, digest = file_digest(final)
    marker = {"kind": MARKER_KIND, "shard": index, "shards": count, "manifest": manifest_digest,
              "report": os.path.basename(final), "bytes": size, "sha256": digest,
              "documents": summary.documents, "findings": summary.findings,
              "used_ignore_entries": list(used_entries()) if used_entries is not None else []}
    write_atomically(marker_path(directory, index, count), json.dumps(marker, indent=2) + "\n")
    return marker


# --- the task a worker runs ----------------------------------------------------------------------

def shard_job(directory: str, index: int, count: int, manifest_digest: str, cwd: str, encoding: str | None, inputs,
              curation, show_verified: bool, delay: float = 0.0) -> dict:
    """The picklable description of one shard task (paths are absolute: workers may run elsewhere)."""
    return {"directory": directory, "index": index, "count": count, "manifest": manifest_digest, "cwd": cwd,
            "encoding": encoding, "inputs": inputs, "curation": curation, "show_verified": show_verified,
            "delay": delay}


_STATES: dict[str, tuple] = {}  # token → (checkers, suppressor), per worker process
_INPUTS: dict[str, list[str]] = {}  # manifest digest → its input list
_LOCK = threading.Lock()


def init_worker(token: str, state) -> None:
    """Process-pool initializer: Ctrl-C is the parent's, the checkers are unpickled once, the collector
    runs as in a check run (:mod:`auditor.gcpolicy`)."""
    import multiprocessing

    from auditor.gcpolicy import tune_worker
    from auditor.interrupts import die_with_parent, ignore_interrupts

    ignore_interrupts()  # (it was blocked while this process started: auditor.parallel.workers_starting)
    parent = multiprocessing.parent_process()
    die_with_parent(parent.pid if parent is not None else None)  # (a parent that crashes leaves no worker)
    _STATES[token] = load_state(state)
    tune_worker()


def install_checkers(token: str, checkers, suppressor) -> None:
    """Use these checkers for the shard tasks of *token* run in this process (``--jobs 1``)."""
    _STATES[token] = (checkers, suppressor)


def fresh_curation(template):
    """A :class:`~auditor.curation.Curation` with *template*'s policy and tolerances, nothing counted yet."""
    from auditor.curation import Curation, Tolerance

    return Curation(template.policy, [Tolerance(t.name, t.limit) for t in template.tolerances])


def _checkers(token: str, state):
    found = _STATES.get(token)
    if found is None:
        if state is None:
            raise ShardWorkError("the worker has no checkers for this run")
        with _LOCK:
            found = _STATES.get(token)
            if found is None:
                while len(_STATES) >= 4:  # a long-lived Dask worker serves many runs: keep the latest
                    _STATES.pop(next(iter(_STATES)))
                found = _STATES[token] = load_state(state)
    return found


def manifest_inputs(directory: str, manifest_digest: str) -> list[str]:
    """The input list of the manifest in *directory*, which must be the one with *manifest_digest*."""
    found = _INPUTS.get(manifest_digest)
    if found is not None:
        return found
    path = os.path.join(directory, MANIFEST)
    try:
        with open(path, encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ShardWorkError(f"cannot read {path} on the worker ({exc}): the workers must see the shard "
                             "directory and the inputs at the same paths (a shared filesystem)") from None
    if not isinstance(manifest, dict) or manifest.get("digest") != manifest_digest:
        raise ShardWorkError(f"{path} changed during the run (another run in the same directory?)")
    with _LOCK:
        while len(_INPUTS) >= 4:
            _INPUTS.pop(next(iter(_INPUTS)))
        _INPUTS[manifest_digest] = manifest["inputs"]
    return manifest["inputs"]


def run_shard(job: dict, token: str, state=None) -> dict:
    """Check shard ``job["index"]`` of ``job["count"]`` here, write its report and marker; return the
    marker. *state* is :func:`auditor.parallel.worker_state`'s (``None`` in a process-pool worker, which
    got it at start-up)."""
    from auditor.suppression import Suppressor

    directory, index, count = job["directory"], job["index"], job["count"]
    paths = manifest_inputs(directory, job["manifest"])
    if any(not os.path.isabs(p) for p in paths) and os.path.realpath(os.getcwd()) != os.path.realpath(job["cwd"]):
        raise ShardWorkError(f"the worker runs in {os.getcwd()}, but the inputs were named relative to "
                             f"{job['cwd']}: give the inputs as absolute paths, or start the workers there")
    checkers, suppressor = _checkers(token, state)
    entries = [entry.copy(used=False) for entry in suppressor.ignore_entries]  # this shard's use only
    local = Suppressor(suppressor.rules, entries)
    curation = fresh_curation(job["curation"])
    docs = shard_documents(paths, (index, count), job["encoding"], job["inputs"])
    return write_shard(directory, index, count, job["manifest"], audit_documents(docs, checkers, local), curation,
                       job["show_verified"], lambda: [i for i, e in enumerate(entries) if e.used], job["delay"])
