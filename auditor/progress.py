"""A progress bar on stderr for ``auditor check`` (``--progress auto|always|never``).

``auto`` shows it only when stderr is a terminal, and never under ``--quiet``/``--silent``, when the
``CI`` environment variable is set, or for machine formats (everything but ``rich`` and ``concise``);
``always`` forces it (also into a file or a CI log), ``never`` turns it off.

The bar counts documents and megabytes (UTF-8) with their rates. When the number of documents can be
known cheaply (a walk that lists the paths in a background thread, giving up after
:data:`COUNT_SECONDS`, on corpus files, shards or standard input), it also shows how far along the run
is and an ETA; otherwise a spinner and the counts. When the report is written to the same terminal,
the bar steps aside while a document's findings are printed.

Rich is imported only when the bar is shown.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    import threading

#: formats whose output is meant for people (the bar may accompany them)
HUMAN_FORMATS = ("rich", "concise")
#: the background count of the documents gives up after this many seconds (no ETA then)
COUNT_SECONDS = 2.0
#: how long the bar stays hidden after stepping aside for findings printed to the same terminal
RESUME_SECONDS = 0.3

_ACTIVE: _Bar | None = None


def progress_enabled(mode: str | None, *, quiet: bool = False, silent: bool = False, output_format: str = "rich",
                     stream=None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to show the bar: see the module's documentation."""
    mode = mode or "auto"
    if mode == "never":
        return False
    if mode == "always":
        return True
    environ = os.environ if environ is None else environ
    if quiet or silent or environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    if output_format not in HUMAN_FORMATS or environ.get("TERM") == "dumb":
        return False
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def track(results: Iterable, args, plan, console=None, shares_terminal: bool | None = None) -> Iterable:
    """*results* unchanged, or wrapped so that a progress bar follows them (see the module's documentation).

    *console* (a :class:`rich.console.Console`) draws the bar there whatever the options say, for
    tests. *shares_terminal* tells whether the report goes to the bar's terminal (default: stdout is a
    terminal and no ``--output`` was given).
    """
    if console is None:
        if not progress_enabled(getattr(args, "progress", "auto"), quiet=getattr(args, "quiet", False),
                                silent=getattr(args, "silent", False), output_format=plan.output_format):
            return results
        from rich.console import Console

        forced = getattr(args, "progress", "auto") == "always"
        console = Console(file=sys.stderr, force_terminal=True if forced else None)
    if shares_terminal is None:
        shares_terminal = not getattr(args, "output", None) and _isatty(sys.stdout) and _isatty(console.file)
    bar = _Bar(console, shares_terminal)
    paths = list(getattr(args, "paths", None) or [])
    return _tracked(results, bar, lambda stop: count_documents(paths, plan, stop=stop))


def hide_active() -> None:
    """Take the bar off the screen (before an error message); it stays hidden until the next document."""
    bar = _ACTIVE
    if bar is not None:
        bar.pause()


def count_documents(paths: list[str], plan, seconds: float = COUNT_SECONDS,
                    stop: threading.Event | None = None) -> int | None:
    """How many documents *paths* hold, when that is cheap to know: ``None`` for standard input,
    shards and corpus files (many documents per file), or when listing takes longer than *seconds*."""
    if not paths or "-" in paths or getattr(plan, "shard", None):
        return None
    from auditor import sources

    corpus = getattr(sources, "corpus_format", None)
    deadline = time.monotonic() + seconds
    count = 0
    for path in sources.iter_paths(paths, plan.include, plan.exclude, sources.SourceReport(), plan.settings.root):
        if corpus is not None and corpus(path):
            return None
        count += 1
        if count % 64 == 0 and (time.monotonic() > deadline or (stop is not None and stop.is_set())):
            return None
    return count


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _tracked(results: Iterable, bar: _Bar, counter) -> Iterator:
    global _ACTIVE
    import threading  # here: a run without a progress bar never needs it

    stop = threading.Event()

    def count() -> None:
        try:
            total = counter(stop)
        except Exception:  # the count is only a nicety
            return
        if total is not None and not stop.is_set():
            bar.set_total(total)

    threading.Thread(target=count, name="auditor-progress-count", daemon=True).start()
    _ACTIVE = bar
    try:
        bar.start()
        for result in results:
            bar.advance(result)
            if bar.shares_terminal and (result.findings or result.verified):
                bar.pause()  # the reporter is about to print to the bar's terminal
            yield result
    finally:
        stop.set()
        _ACTIVE = None
        bar.stop()


class _Bar:
    """One Rich progress task: documents, MB, rates and (with a total) ETA."""

    def __init__(self, console, shares_terminal: bool = False):
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

        self.console = console
        self.shares_terminal = shares_terminal
        self.progress = Progress(SpinnerColumn(), TextColumn("checking"), BarColumn(bar_width=24),
                                 TextColumn("{task.fields[info]}"), console=console, transient=True,
                                 redirect_stdout=False, redirect_stderr=False, refresh_per_second=8)
        self.task = self.progress.add_task("checking", total=None, info="starting")
        self.documents = 0
        self.bytes = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self.visible = False
        self.paused_at: float | None = None
        from _thread import allocate_lock

        self._lock = allocate_lock()

    def start(self) -> None:
        self.started = time.monotonic()
        self._show()

    def set_total(self, total: int) -> None:
        with self._lock:
            self.total = total
            self.progress.update(self.task, total=max(total, self.documents), info=self.info())

    def advance(self, result) -> None:
        with self._lock:
            self.documents += 1
            self.bytes += len(result.document.text.encode("utf-8", "surrogatepass"))
            self.progress.update(self.task, completed=self.documents, info=self.info())
        if not self.visible and self.paused_at is not None and time.monotonic() - self.paused_at >= RESUME_SECONDS:
            self._show()

    def info(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        done = f"{self.documents:,}/{self.total:,}" if self.total else f"{self.documents:,}"
        mb = self.bytes / 1e6
        parts = [f"{done} docs", f"{mb:,.1f} MB", f"{self.documents / elapsed:,.0f} docs/s",
                 f"{mb / elapsed:,.1f} MB/s"]
        if self.total and self.documents:
            left = max(self.total - self.documents, 0) * elapsed / self.documents
            parts.append(f"ETA {int(left // 60)}:{int(left % 60):02d}")
        return " · ".join(parts)

    def _show(self) -> None:
        self.paused_at = None
        self.visible = True
        self.progress.start()

    def pause(self) -> None:
        if self.visible:
            self.visible = False
            self.progress.stop()
        self.paused_at = time.monotonic()

    def stop(self) -> None:
        if self.visible:
            self.visible = False
            self.progress.stop()
