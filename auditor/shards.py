"""Resumable sharded runs: ``auditor check PATH... --shard-dir DIR [--shards N] [--resume]``.

The driver (this module, in the process of the command line) only *lists* the inputs: it walks the
paths as every run does (names, never contents: the command-line order, each folder sorted, so the
list is deterministic) and writes the run's manifest, ``DIR/manifest.json``::

    {"kind": "doc-auditor shard run", "layout": 1, "tool_version": "0.1.0", "cwd": "/abs/dir",
     "shards": 16, "options": {...}, "inputs": ["corpus/a.txt", ...], "digest": "<sha256>"}

``options`` holds what decides the findings of a document (the selected rules with their severities
and parameters, per-file ignores and ``.auditorignore`` entries, ``--show-verified``, ``--encoding``,
the corpus fields and the verdict policy); ``digest`` is the sha256 of everything else, and names the
run. Then one task per shard (:func:`auditor.shardwork.run_shard`) reads its own documents where it
runs, checks them, writes ``DIR/shard-IIIII-of-NNNNN.json`` and then its completion marker
``….done``. When every shard is done, the driver merges the shard reports exactly as ``auditor merge
DIR/shard-*.json`` would (:mod:`auditor.merge`) and writes the merged report (JSON only) to ``-o`` or
standard output; the exit code follows ``--fail-on``, ``--exit-zero`` and the tolerances of
``--max-share`` as for ``auditor check``.

``--resume`` skips the shards whose marker is valid (it names this manifest and the report on disk
has the recorded size and sha256) and checks the others again, so a run that was killed, or lost a
worker, finishes with a report byte-identical to an uninterrupted run's. Without ``--resume``, a
directory that holds the same run is checked again from scratch; a directory that holds a different
run (other inputs, options, number of shards, doc-auditor version or working directory) is an error,
with or without ``--resume``.

Engines: ``--jobs 1`` checks the shards one after the other in this process; otherwise a process
pool (``--jobs N``, default every core) runs one task per shard; ``--engine dask`` submits one task per
shard to the cluster, whose workers must see the inputs and DIR at the same paths (a shared
filesystem). ``--shard I/N --shard-dir DIR`` (array jobs) checks and writes shard I only, with the
engine the options choose, and with ``--resume`` does nothing when its marker is valid.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

from auditor import __version__
from auditor.errors import AuditorError
from auditor.shardwork import (
    DELAY_VARIABLE,
    MANIFEST,
    ShardWorkError,
    fresh_curation,
    install_checkers,
    marker_state,
    report_path,
    run_shard,
    shard_job,
    write_atomically,
    write_shard,
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
MANIFEST_KIND = "doc-auditor shard run"
LAYOUT = 1
#: the default number of shards: about one per this many bytes of input …
SHARD_BYTES = 64 * 1024 * 1024
#: … at least four per worker, at most one per input file (a corpus file counts once per this many bytes,
#: since every shard reads every corpus file) …
CORPUS_UNIT_BYTES = 256 * 1024 * 1024
SHARDS_PER_WORKER = 4
#: … and never more than this
MAX_DEFAULT_SHARDS = 1024
#: failed shards named one by one (the rest are counted)
SHOWN_FAILURES = 10


class ShardDirError(AuditorError):
    """A sharded run that cannot start (exit 2): the message says what to do."""


def _err(message: str) -> None:
    sys.stderr.write(f"auditor: {message}\n")
    sys.stderr.flush()


# --- options -------------------------------------------------------------------------------------

def check_options(args) -> None:
    """Refuse the combinations a sharded run cannot honour (raise :class:`ShardDirError`)."""
    shard_dir = getattr(args, "shard_dir", None)
    if not shard_dir:
        for option, given in (("--resume", getattr(args, "resume", False)),
                              ("--shards", getattr(args, "shards", None) is not None)):
            if given:
                raise ShardDirError(f"{option} needs --shard-dir DIR (the directory of the sharded run)")
        return
    if args.format not in (None, "json"):
        raise ShardDirError(f"--shard-dir writes JSON reports and merges them: --format {args.format} is not "
                            "available (drop --format, or use --format json; 'auditor summary' reads the result)")
    for option, given in (("--baseline", args.baseline), ("--update-baseline", args.update_baseline),
                          ("--statistics", args.statistics)):
        if given:
            hint = " ('auditor summary REPORT' prints the counts per rule)" if option == "--statistics" else ""
            raise ShardDirError(f"{option} is not available with --shard-dir{hint}")
    if "-" in args.paths:
        raise ShardDirError("standard input (-) cannot be checked in shards: name files or directories")
    if getattr(args, "shard", None):
        if args.shards is not None:
            raise ShardDirError("--shard I/N already says how many shards there are: drop --shards")
        if args.output:
            raise ShardDirError("with --shard I/N, --shard-dir DIR receives the shard's report: drop -o "
                                "(merge the shards with --resume, or 'auditor merge DIR/shard-*.json')")
    if args.shards is not None and args.shards < 1:
        raise ShardDirError("--shards takes a number of shards, at least 1")


def options_fingerprint(plan, args, curation) -> dict:
    """What decides the findings and the report of a document in this run (see the module's documentation)."""
    from auditor.run import input_options

    inputs = input_options(args)
    rules = []
    for checker in plan.checkers:
        rule = checker.rule
        rules.append([rule.id, rule.name, rule.kind, rule.category, rule.severity, rule.message, rule.params,
                      bool(getattr(checker, "keep_verified", True))])
    entries = [[e.glob, list(e.selectors), e.text, e.source, e.line, e.root] for e in plan.suppressor.ignore_entries]
    return {"rules": rules, "ignore_entries": entries, "show_verified": bool(args.show_verified),
            "encoding": plan.encoding, "inputs": {name: getattr(inputs, name) for name in inputs._fields},
            "verdict": curation.policy.as_dict()}


def _canonical(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=repr)


def make_manifest(inputs: list[str], count: int, options: dict, cwd: str) -> dict:
    """The manifest of a run (with its ``digest``)."""
    import hashlib

    body = {"kind": MANIFEST_KIND, "layout": LAYOUT, "tool_version": __version__, "cwd": cwd, "shards": count,
            "options": json.loads(_canonical(options)), "inputs": inputs}
    body["digest"] = hashlib.sha256(_canonical(body).encode("utf-8", "surrogateescape")).hexdigest()
    return body


def read_manifest(directory: str) -> dict | None:
    """The manifest in *directory*, None when there is none; :class:`ShardDirError` when it is damaged."""
    import hashlib

    path = os.path.join(directory, MANIFEST)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ShardDirError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError:
        data = None
    if isinstance(data, dict) and data.get("kind") == MANIFEST_KIND:
        body = {key: value for key, value in data.items() if key != "digest"}
        if data.get("digest") == hashlib.sha256(_canonical(body).encode("utf-8", "surrogateescape")).hexdigest():
            return data
    raise ShardDirError(f"{path} is not the manifest of a doc-auditor sharded run (or it is damaged): "
                        "use a new --shard-dir, or delete that directory to start over")


def differences(old: dict, new: dict) -> list[str]:
    """What differs between two manifests, in words."""
    out = []
    if old.get("inputs") != new["inputs"]:
        out.append(f"the inputs ({len(old.get('inputs') or [])} files then, {len(new['inputs'])} now)")
    if old.get("options") != new["options"]:
        out.append("the options that decide the findings (rules, selection, configuration, ignores, encoding, "
                   "corpus fields, verdict policy, --show-verified)")
    if old.get("shards") != new["shards"]:
        out.append(f"the number of shards ({old.get('shards')} then, {new['shards']} now)")
    if old.get("tool_version") != new["tool_version"]:
        out.append(f"the doc-auditor version ({old.get('tool_version')} then, {new['tool_version']} now)")
    if old.get("cwd") != new["cwd"]:
        out.append(f"the working directory ({old.get('cwd')} then, {new['cwd']} now)")
    return out or ["the layout of the directory"]


def default_shards(inputs: list[str], workers: int) -> int:
    """How many shards a run splits itself into when ``--shards`` is not given (see the constants)."""
    from auditor.sources import corpus_format

    units = total = 0
    for path in inputs:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0
        total += size
        units += max(1, -(-size // CORPUS_UNIT_BYTES)) if corpus_format(path) else 1
    wanted = max(SHARDS_PER_WORKER * workers, -(-total // SHARD_BYTES))
    return max(1, min(wanted, units, MAX_DEFAULT_SHARDS))


# --- the run -------------------------------------------------------------------------------------

def run_sharded(plan, args) -> int:
    """``check --shard-dir``: the exit code (see the module's documentation)."""
    from auditor.curation import Curation
    from auditor.sources import iter_paths

    check_options(args)
    curation = Curation.from_plan(plan, args)
    directory = os.path.abspath(args.shard_dir)
    listed = list(iter_paths(args.paths, plan.include, plan.exclude, plan.sources, plan.settings.root))
    if not args.silent:
        for folder in plan.sources.empty_dirs:
            _err(f"warning: no documents in {folder} (looked for {', '.join(plan.include)}, minus the excludes; "
                 "see --include and --exclude)")
    for missing in plan.sources.missing:
        _err(f"error: {missing}: no such file or directory")
    if plan.sources.missing:
        _err("error: nothing was checked: a sharded run starts only when every input exists")
        return EXIT_ERROR
    _check_output(args.output)
    _prepare_directory(directory)
    inputs = listed  # the walk's order: deterministic (sorted folders), and each shard's report is check --shard's
    options = options_fingerprint(plan, args, curation)
    cwd = os.getcwd()
    old = read_manifest(directory)
    if plan.shard is not None:
        count = plan.shard[1]
    elif args.shards is not None:
        count = args.shards
    elif old is not None:
        count = old.get("shards")
    else:
        count = default_shards(inputs, _workers(plan, args))
    manifest = make_manifest(inputs, count, options, cwd)
    if old is not None and old["digest"] != manifest["digest"]:
        raise ShardDirError(f"{directory} holds another sharded run: {'; '.join(differences(old, manifest))} "
                            "differ. Use a new --shard-dir, or delete that directory to start over")
    if old is None:
        try:
            write_atomically(os.path.join(directory, MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=1)
                             + "\n")
        except OSError as exc:
            raise ShardDirError(f"cannot write the manifest in {directory}: {exc.strerror or exc}") from None
    delay = _delay()
    if plan.shard is not None:
        return _array_job(plan, args, manifest, directory, curation, delay)
    return _driver(plan, args, manifest, directory, curation, delay)


def _check_output(output: str | None) -> None:
    """Fail now, not after every shard, when the report could not be written."""
    if not output or output == "-":
        return
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK | os.X_OK) or os.path.isdir(output):
        raise ShardDirError(f"cannot write the report to {output}: its folder does not exist or is not writable "
                            "(nothing was checked)")


def _prepare_directory(directory: str) -> None:
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as exc:
        raise ShardDirError(f"cannot create the shard directory {directory}: {exc.strerror or exc}") from None
    if not os.access(directory, os.R_OK | os.W_OK | os.X_OK):
        raise ShardDirError(f"the shard directory {directory} is not readable and writable: "
                            "fix its permissions or choose another --shard-dir")


def _delay() -> float:
    try:
        return max(0.0, float(os.environ.get(DELAY_VARIABLE) or 0))
    except ValueError:
        return 0.0


def _workers(plan, args) -> int:
    from auditor.parallel import cpu_count

    if plan.engine == "dask":
        return getattr(args, "workers", None) or cpu_count()
    return plan.jobs or cpu_count()


def _verbose(args) -> bool:
    """Whether to print a line per finished shard (``--progress always``, or auto on a terminal)."""
    if args.silent or args.quiet or args.progress == "never":
        return False
    if args.progress == "always":
        return True
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _array_job(plan, args, manifest: dict, directory: str, curation, delay: float) -> int:
    """``--shard I/N --shard-dir DIR``: this shard only, with the engine the options choose."""
    index, count = plan.shard
    digest = manifest["digest"]
    report = report_path(directory, index, count)
    if args.resume and marker_state(directory, index, count, digest) is not None:
        if not args.silent:
            _err(f"shard {index}/{count} is already complete in {directory}: nothing to do")
        return _shard_exit_code(plan, args, report, curation)
    entries = plan.suppressor.ignore_entries
    for entry in entries:
        entry.used = False
    marker = write_shard(directory, index, count, digest, plan.results(args.paths), fresh_curation(curation),
                         args.show_verified,
                         lambda: [i for i, e in enumerate(entries) if e.used], delay)
    if not args.silent:
        _err(f"shard {index}/{count}: {marker['documents']} documents, {marker['findings']} findings, written to "
             f"{report}; when every shard is done, merge them with the same command without --shard and with "
             f"--resume, or with 'auditor merge {os.path.join(directory, 'shard-*.json')}'")
    return _shard_exit_code(plan, args, report, curation)


def _shard_exit_code(plan, args, report: str, curation) -> int:
    """The exit code ``check --shard I/N`` gives for the shard whose report is *report*."""
    with open(report, encoding="utf-8") as handle:
        data = json.load(handle)
    measured = fresh_curation(curation)
    _measure(measured, data["documents"])
    return _exit_code(plan, args, data["summary"]["by_severity"], measured)


def _driver(plan, args, manifest: dict, directory: str, curation, delay: float) -> int:
    count, digest = manifest["shards"], manifest["digest"]
    markers: dict[int, dict] = {}
    if args.resume:
        for index in range(count):
            marker = marker_state(directory, index, count, digest)
            if marker is not None:
                markers[index] = marker
    pending = [i for i in range(count) if i not in markers]
    if not args.silent:
        if args.resume:
            _err(f"shards: {count} in {directory}: {len(markers)} already complete (skipped), "
                 f"{len(pending)} to check")
        else:
            _err(f"shards: checking {count} shards into {directory}")
    if pending:
        _remove_leftovers(directory)
        jobs = [shard_job(directory, i, count, digest, os.getcwd(), plan.encoding, _input_options(args), curation,
                          bool(args.show_verified), delay) for i in pending]
        verbose = _verbose(args)

        def done(job: dict, marker: dict) -> None:
            markers[job["index"]] = marker
            if verbose:
                _err(f"shard {job['index']}/{count} done: {marker['documents']} documents, "
                     f"{marker['findings']} findings ({len(markers)}/{count} complete)")

        failures = _run(plan, args, jobs, digest, done)
        if failures:
            for message in failures[:SHOWN_FAILURES]:
                _err(f"error: {message}")
            if len(failures) > SHOWN_FAILURES:
                _err(f"error: … and {len(failures) - SHOWN_FAILURES} more shards failed")
            _err(f"error: {len(failures)} of {count} shards failed; {len(markers)} are complete and kept in "
                 f"{directory}: fix the cause and run the same command with --resume")
            return EXIT_ERROR
        _remove_leftovers(directory)  # of a worker that died and whose shard was checked again elsewhere
    return _merge_and_report(plan, args, directory, count, markers, curation)


def _input_options(args):
    from auditor.run import input_options

    return input_options(args)


def _remove_leftovers(directory: str) -> None:
    """Temporary files of shard reports that a killed run left behind (this run owns the directory)."""
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        if name.startswith("shard-") and ".tmp-" in name:
            with contextlib.suppress(OSError):
                os.remove(os.path.join(directory, name))


def _run(plan, args, jobs: list[dict], token: str, done) -> list[str]:
    """Run the shard *jobs* with the engine of the options; call ``done(job, marker)`` for each finished
    one; return the messages of the shards that failed."""
    from auditor.parallel import worker_state

    if plan.engine == "dask":
        return _run_dask(args, jobs, token, worker_state(plan), done)
    workers = plan.jobs if plan.jobs else min(_workers(plan, args), len(jobs))
    if workers <= 1:
        install_checkers(token, plan.checkers, plan.suppressor)
        failures = []
        for job in jobs:
            try:
                done(job, run_shard(job, token))
            except (OSError, ShardWorkError) as exc:
                failures.append(_describe(job, exc))
        return failures
    return _run_pool(min(workers, len(jobs)), jobs, token, worker_state(plan), done)


def _describe(job: dict, exc: BaseException) -> str:
    from auditor.errors import BUG_HINT, RuleFailed

    if isinstance(exc, RuleFailed):  # (its message names the error already)
        return f"shard {job['index']}/{job['count']} failed: {exc}; {BUG_HINT}"
    return f"shard {job['index']}/{job['count']} failed: {type(exc).__name__}: {exc}"


def _collect(completed, futures: dict, died: type, died_text: str, done, after=None) -> list[str]:
    """Read the shard futures in the order they finish (*completed*): ``done(job, marker)`` for each
    success, a message for each failure (*died*, an engine's lost-worker error, gets *died_text*);
    ``after(future)`` once each is read. Returns the failure messages."""
    failures: list[str] = []
    for future in completed:
        job = futures[future]
        try:
            marker = future.result()
        except died:
            failures.append(f"shard {job['index']}/{job['count']}: {died_text}")
        except Exception as exc:
            failures.append(_describe(job, exc))
        else:
            done(job, marker)
        if after is not None:
            after(future)
    return failures


def _run_pool(workers: int, jobs: list[dict], token: str, state, done) -> list[str]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    from auditor.parallel import stop_workers, workers_starting
    from auditor.shardwork import init_worker

    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(token, state))
    finished = False
    try:
        with workers_starting("spawn"):  # the workers start without taking Ctrl-C: it is ours to handle
            futures = {executor.submit(run_shard, job, token): job for job in jobs}
        failures = _collect(as_completed(futures), futures, BrokenProcessPool,
                            "a worker process died (out of memory, or killed?)", done)
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:
            stop_workers(executor)
    return failures


def _run_dask(args, jobs: list[dict], token: str, state, done) -> list[str]:
    from auditor.parallel import engine_error

    try:
        import distributed
    except ImportError as exc:
        from auditor.dask import INSTALL_HINT

        raise engine_error(f"--engine dask needs dask and distributed ({exc}); {INSTALL_HINT}") from None
    from auditor.dask import _close, _connect

    workers = getattr(args, "workers", None)
    if workers is not None and workers < 1:
        raise engine_error("--workers takes a number of worker processes, at least 1")
    session = _connect(distributed, getattr(args, "scheduler", None), workers)
    try:
        client = session["client"]
        shared = client.scatter([state], broadcast=True)[0]
        futures = {client.submit(run_shard, job, token, shared, pure=False): job for job in jobs}
        failures = _collect(distributed.as_completed(list(futures)), futures, distributed.KilledWorker,
                            "Dask workers died while checking it (out of memory, or killed?)", done,
                            after=lambda future: future.release())
    finally:
        _close(session)
    return failures


# --- merging and the exit code -------------------------------------------------------------------

def _merge_and_report(plan, args, directory: str, count: int, markers: dict[int, dict], curation) -> int:
    from auditor.jsonio import pretty
    from auditor.merge import ReportError, merge_reports, version_warnings

    # The reports are read without ``auditor merge``'s schema validation (most of a merge's time): each one
    # was just matched against its marker's sha256, so it is byte for byte what this version wrote.
    reports = []
    try:
        for index in range(count):
            path = report_path(directory, index, count)
            with open(path, "rb") as handle:
                reports.append((path, json.loads(handle.read())))
        merged = merge_reports(reports)
    except (OSError, ValueError, ReportError) as exc:
        raise ShardDirError(f"cannot merge the shard reports in {directory} ({exc}); run the same command with "
                            "--resume to check the damaged shards again") from None
    for warning in version_warnings(reports):
        _err(warning)
    if not args.silent:
        text = pretty(merged) + "\n"
        if args.output and args.output != "-":
            try:
                with open(args.output, "w", encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as exc:
                _err(f"error: cannot write the report to {args.output}: {exc.strerror or exc}")
                return EXIT_ERROR
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
        used = {i for marker in markers.values() for i in marker.get("used_ignore_entries", ())}
        for i, entry in enumerate(plan.suppressor.ignore_entries):
            if entry.report_unused and i not in used:
                _err(f"note: {entry.source}:{entry.line}: this .auditorignore line matched no finding; remove it")
    measured = fresh_curation(curation)
    _measure(measured, merged["documents"])
    return _exit_code(plan, args, merged["summary"]["by_severity"], measured)


def _measure(curation, documents: list[dict]) -> None:
    """Count the merged *documents* into *curation*'s verdicts and tolerances (as ``Curation.add`` does)."""
    from auditor.verdict import LABELS, Selector

    minimum = curation.policy.min_severity
    for doc in documents:
        label = (doc.get("verdict") or {}).get("label", "keep")
        curation.documents += 1
        curation.verdicts[label] += 1
        for tolerance in curation.tolerances:
            if tolerance.name in LABELS:
                hit = label == tolerance.name
            else:
                selector = Selector.parse(tolerance.name)
                hit = any(selector.matches(f["rule_id"], f["category"], f["severity"], minimum)
                          for f in doc["findings"])
            tolerance.documents += hit


def _exit_code(plan, args, by_severity: dict, measured) -> int:
    """The exit code of ``check`` for a run whose findings count *by_severity*; when *measured* (a curation
    that counted the documents) has tolerances, the tolerance gate decides."""
    from auditor.finding import SEVERITY_RANK

    if measured.tolerances:
        if not args.silent:
            _err(measured.gate_line())
        if not args.exit_zero:
            return EXIT_FINDINGS if measured.exceeded else EXIT_OK
    if args.exit_zero or plan.fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[plan.fail_on]
    failing = any(SEVERITY_RANK[s] >= threshold for s, n in by_severity.items() if n)
    return EXIT_FINDINGS if failing else EXIT_OK
