"""Shared test helpers: running the command line in a subprocess and writing small documents.

Every test session gets its own rule-validation cache (``AUDITOR_CACHE_DIR``), both for in-process
loads and for the subprocesses started by :func:`run_cli`, so the suite never reads or writes the
user's real cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

#: environment variables that would change how the CLI behaves or colours its output
_SCRUBBED_ENV = ("AUDITOR_NO_CACHE", "FORCE_COLOR", "CLICOLOR_FORCE", "TTY_COMPATIBLE", "TTY_INTERACTIVE",
                 "PYTHONPROFILEIMPORTTIME", "PYTHONWARNINGS")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The root of the source checkout (where pyproject.toml lives)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def auditor_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A per-session rule-validation cache directory."""
    return tmp_path_factory.mktemp("auditor-cache")


@pytest.fixture(scope="session", autouse=True)
def _isolated_auditor_cache(auditor_cache_dir: Path):
    """Point in-process rule loading at the session cache, not at ``~/.cache/doc-auditor``."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AUDITOR_CACHE_DIR", str(auditor_cache_dir))
        yield


def default_sigint() -> None:
    """``preexec_fn`` for a child that a test interrupts like Ctrl-C: SIGINT as a terminal delivers it,
    even when the tests run in the background (a shell starts a background job with SIGINT ignored, a
    child inherits that, Python then installs no handler, and the run finishes instead of stopping)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cli_env(cache_dir: str | os.PathLike, env: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The environment of a CLI subprocess: ours, scrubbed, with the cache at *cache_dir*.

    *env* overrides single variables; a value of ``None`` removes the variable.
    """
    out = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
    out["AUDITOR_CACHE_DIR"] = str(cache_dir)
    out["PYTHONDONTWRITEBYTECODE"] = "1"
    for key, value in (env or {}).items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


@pytest.fixture
def run_cli(auditor_cache_dir: Path) -> Callable[..., subprocess.CompletedProcess]:
    """Run ``python -m auditor ARGS`` and return the CompletedProcess (stdout/stderr as UTF-8 text).

    ``input`` may be bytes or str (sent as UTF-8); ``cwd`` is the working directory; ``env``
    overrides environment variables (``None`` removes one); ``python_flags`` go before ``-m``
    (e.g. ``("-X", "importtime")``); ``timeout`` is in seconds.
    """

    def run(*args: str | os.PathLike, input: bytes | str | None = None, cwd: str | os.PathLike | None = None,
            env: Mapping[str, str | None] | None = None, python_flags: tuple[str, ...] = (),
            timeout: float = 120) -> subprocess.CompletedProcess:
        if isinstance(input, str):
            input = input.encode("utf-8")
        command = [sys.executable, *python_flags, "-m", "auditor", *map(str, args)]
        proc = subprocess.run(command, input=input if input is not None else b"", capture_output=True,
                              cwd=cwd, env=cli_env(auditor_cache_dir, env), timeout=timeout, check=False)
        return subprocess.CompletedProcess(command, proc.returncode, proc.stdout.decode("utf-8"),
                                           proc.stderr.decode("utf-8"))

    return run


@pytest.fixture
def write_doc(tmp_path: Path) -> Callable[..., Path]:
    """Write a document under ``tmp_path`` and return its path.

    ``write_doc("sub/a.txt", "文本")`` writes UTF-8; pass ``encoding=`` for another codec or bytes
    for exact content. Parent folders are created.
    """

    def write(name: str, content: str | bytes = "", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write


@pytest.fixture
def cli(run_cli):
    """run_cli that also insists the tool never shows a traceback."""

    def run(*args, **kwargs):
        proc = run_cli(*args, **kwargs)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    return run
