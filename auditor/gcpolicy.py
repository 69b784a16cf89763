"""The cyclic garbage collector's settings while a command works through a collection.

CPython runs a young collection after every 700 net allocations of container objects. A check run
allocates millions of short-lived ones (matches, tuples, quantities, candidates, findings) that
reference counting frees at once and that form no cycles; the collector still ran 503 times on 37
reports of 1.36 MB (88 ms of a 3.7 s run) and 1,025 times on the same text as one 50 MB file (217 ms:
each older collection walks every object the run holds, and one huge document holds many).

:class:`BatchCollection` raises the first threshold to :data:`BATCH_THRESHOLDS` (the young
generation then holds up to 50,000 objects, a few megabytes, before it is collected: cycles are still
collected, later) and moves what exists when the run starts (modules, rules, compiled patterns) into
the permanent generation (:func:`gc.freeze`), which no collection walks and which forked worker
processes share without copying its pages. Leaving it restores the settings (``auditor.cli.main``
may run inside a longer-lived program). Worker processes that are spawned rather than forked call
:func:`tune_worker`.

>>> import gc
>>> before = gc.get_threshold()
>>> with BatchCollection():
...     gc.get_threshold() == BATCH_THRESHOLDS
True
>>> gc.get_threshold() == before
True
"""

from __future__ import annotations

import gc

#: the collector's thresholds during a run (generation 0, 1, 2)
BATCH_THRESHOLDS = (50_000, 20, 100)


class BatchCollection:
    """A context in which the collector runs as a batch run wants (see the module's text)."""

    __slots__ = ("_froze", "_previous")

    def __enter__(self) -> BatchCollection:
        self._previous = gc.get_threshold()
        self._froze = gc.get_freeze_count() == 0  # (a caller's own frozen objects stay frozen)
        if self._froze:
            gc.freeze()
        gc.set_threshold(*BATCH_THRESHOLDS)
        return self

    def __exit__(self, *exc_info) -> None:
        gc.set_threshold(*self._previous)
        if self._froze:
            gc.unfreeze()


def tune_worker() -> None:
    """:class:`BatchCollection`'s settings for the rest of a worker process's life (it only checks)."""
    gc.freeze()
    gc.set_threshold(*BATCH_THRESHOLDS)
