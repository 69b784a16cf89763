"""Path helpers shared by the planner, the sources and the suppressions (standard library only)."""

from __future__ import annotations

import os


def relative_to_root(path: str, root: str | None) -> str:
    """*path* relative to *root* (forward slashes) when it lies below it; else as given.

    >>> relative_to_root("./docs/a.txt", None)
    'docs/a.txt'
    """
    if root:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return path.replace(os.sep, "/").removeprefix("./")
