"""Ctrl-C and worker processes: a worker never outlives its run, and a Ctrl-C waits for the end of what it
must not cut short (an extension module's import, the start of forked workers).

* :func:`die_with_parent`: a worker process asks the kernel (Linux) for SIGTERM when the process that
  started it ends, however it ends: a parent killed, or crashed, cannot leave its workers behind
  (blocked on their pipes for ever, with the run's output pipes held open).
* :func:`interrupts_deferred`: a Ctrl-C that arrives inside a block is held until the block is over,
  then raised. A ``KeyboardInterrupt`` raised in the middle of an extension module's initialisation can
  crash the interpreter (orjson 3 did: a segmentation fault instead of ``interrupted``, seen when Ctrl-C
  came while the first JSON document of a run was written).
* :func:`interrupts_blocked` and :func:`ignore_interrupts`: spawned worker processes start with Ctrl-C
  blocked (held by the kernel, neither lost nor delivered: the mask survives ``exec``, a handler does
  not), then ignore it, which discards one held for them: Ctrl-C is the parent's to handle
  (:func:`auditor.parallel.workers_starting`, which also holds the parent's own until they have started).
* :func:`interrupts_ignored`: where Ctrl-C cannot be blocked (Windows), or for processes that are not
  ours to set up (a Dask cluster), Ctrl-C is ignored while they start, so that they start with it
  ignored; one pressed meanwhile is lost.
* :func:`exit_within`: an interrupted run ends within a few seconds, even when a thread of a library
  (a process pool's manager, blocked on a pipe) would keep the interpreter's exit waiting for ever.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

#: how long an interrupted run may take to end (stop its workers, close its pools) before it is ended
EXIT_GRACE_SECONDS = 10.0

#: ``prctl`` option: the signal this process receives when its parent ends (``<linux/prctl.h>``)
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None) -> bool:
    """Ask for SIGTERM when the parent process ends (Linux; elsewhere nothing happens). If the parent
    (*parent_pid*, when given) is already gone, end now. Returns whether the request was made."""
    if sys.platform != "linux":
        return False
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):  # pragma: no cover - no C library to ask
        return False
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)  # the parent ended before the request: nobody will read what this process makes
    return True


@contextmanager
def interrupts_deferred():
    """Hold a Ctrl-C (SIGINT) that arrives inside the block and raise its ``KeyboardInterrupt`` after it.

    Only the main thread can set a signal handler; elsewhere, or when Ctrl-C is not handled by Python's
    default handler (ignored, or handled by someone else), the block runs as it is.

    >>> with interrupts_deferred():
    ...     pass
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    received = []
    signal.signal(signal.SIGINT, lambda number, frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if received:
        raise KeyboardInterrupt


def can_block_interrupts() -> bool:
    """Whether this process can block Ctrl-C in its main thread (POSIX: ``signal.pthread_sigmask``; not on
    Windows), which :func:`interrupts_blocked` needs."""
    import signal
    import threading

    return hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()


@contextmanager
def interrupts_blocked():
    """Block Ctrl-C (SIGINT) inside the block: one that arrives is held by the kernel and raised as
    ``KeyboardInterrupt`` just after the block (Python's handler runs when it is unblocked).

    A process started inside the block (forked or spawned: the signal mask survives ``fork`` and
    ``exec``) begins with Ctrl-C blocked too, whatever it does while it starts; it then calls
    :func:`ignore_interrupts`. Where Ctrl-C cannot be blocked (:func:`can_block_interrupts`), the block
    runs as it is.

    >>> with interrupts_blocked():
    ...     pass
    """
    if not can_block_interrupts():
        yield
        return
    import signal

    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def ignore_interrupts() -> None:
    """Ignore Ctrl-C from now on, and unblock it (a worker started inside :func:`interrupts_blocked`): one
    the kernel held for this process is discarded, not delivered."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (first: setting SIG_IGN discards a pending SIGINT)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def interrupts_ignored():
    """Ignore Ctrl-C inside the block (main thread only), so that processes started there start with it
    ignored: a Ctrl-C then reaches only this process, which stops them. One pressed inside is lost."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    import signal

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def exit_within(seconds: float, status: int, message: str = "") -> None:
    """End this process with *status* if it is still running *seconds* from now.

    The interpreter's exit joins every non-daemon thread, and ``concurrent.futures`` joins its pools'
    manager threads without a time limit: a manager blocked for good (on a pipe that nobody reads
    after its workers were stopped) would keep an interrupted run waiting for ever. A daemon thread
    waits *seconds*, then writes *message* (if any) to standard error, flushes the standard streams and
    ends the process (``os._exit``: no more clean-up; worker processes end with it, see
    :func:`die_with_parent`). A process that exits sooner ends the thread with it.

    >>> exit_within(60.0, 130)  # doctest: +SKIP
    (returns at once; not run with the package's examples, whose process it would end a minute later)
    """
    import threading

    def end_when_late() -> None:
        threading.Event().wait(seconds)
        try:
            if message:
                sys.stderr.write(message + "\n")
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
        except (OSError, ValueError):  # a closed or broken stream: nothing more to say
            pass
        os._exit(status)

    threading.Thread(target=end_when_late, name="auditor-exit-deadline", daemon=True).start()
