"""Where doc-auditor keeps its caches (standard library ``os`` only, so any module may ask cheaply).

``AUDITOR_NO_CACHE=1`` disables the caches, ``AUDITOR_CACHE_DIR`` moves them (default
``$XDG_CACHE_HOME/doc-auditor``, else ``~/.cache/doc-auditor``).
"""

from __future__ import annotations

import os


def cache_dir() -> str | None:
    """The cache folder, or ``None`` when caching is disabled."""
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    base = os.environ.get("AUDITOR_CACHE_DIR")
    if base:
        return base
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(xdg, "doc-auditor")
