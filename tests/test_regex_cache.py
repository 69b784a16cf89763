"""The compiled-pattern cache of ``regex`` patterns: later runs rebuild them from the cache file, as
unpickling does."""

from __future__ import annotations

import marshal
import subprocess
import sys

import pytest
import regex

from auditor import lazyregex

PATTERNS = [(r"(?P<n>[两二三]|[2-9])(?:项|类)?\p{Han}", 0), (r"xx|XX", regex.IGNORECASE),
            (r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))", 0), (r"(?:共|合计)(?P<total>[0-9]+)", regex.VERBOSE)]
TEXT = "全年共3200件，其中二项，XX社区 合计12个，1，234"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache folder of this test, and the module's in-memory cache emptied."""
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("AUDITOR_NO_CACHE", raising=False)
    monkeypatch.setattr(lazyregex, "_cache", None)
    monkeypatch.setattr(lazyregex, "_dirty", False)
    return tmp_path


def _same(a, b) -> None:
    assert (a.pattern, a.flags, a.groupindex, a.groups) == (b.pattern, b.flags, b.groupindex, b.groups)
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]
    assert [m.groupdict() for m in a.finditer(TEXT)] == [m.groupdict() for m in b.finditer(TEXT)]


def test_patterns_are_cached_and_rebuilt(fresh, monkeypatch):
    first = [lazyregex.compile(p, f) for p, f in PATTERNS]
    lazyregex._save()
    [path] = (fresh / "regex").glob("*.marshal")
    assert len(marshal.loads(path.read_bytes())) == len(PATTERNS)
    monkeypatch.setattr(lazyregex, "_cache", None)
    calls = []
    monkeypatch.setattr(regex, "compile", lambda *a, **k: calls.append(a))  # a hit never compiles
    again = [lazyregex.compile(p, f) for p, f in PATTERNS]
    assert calls == []
    for a, b in zip(first, again, strict=True):
        _same(a, b)


def test_a_damaged_cache_file_is_ignored(fresh, monkeypatch):
    lazyregex.compile(*PATTERNS[0])
    lazyregex._save()
    [path] = (fresh / "regex").glob("*.marshal")
    path.write_bytes(b"not marshal data")
    monkeypatch.setattr(lazyregex, "_cache", None)
    _same(lazyregex.compile(*PATTERNS[0]), regex.compile(*PATTERNS[0]))
    other = (PATTERNS[1][0], *regex.compile("a")._pickled_data[1:])  # another pattern's entry
    for entry in (("bad", "entry"), (PATTERNS[0][0], "bad"), 7, other):
        path.write_bytes(marshal.dumps([(PATTERNS[0][0], 0, int(regex.DEFAULT_VERSION), entry)]))
        monkeypatch.setattr(lazyregex, "_cache", None)
        _same(lazyregex.compile(*PATTERNS[0]), regex.compile(*PATTERNS[0]))


def test_no_cache_env_writes_nothing(fresh, monkeypatch):
    monkeypatch.setenv("AUDITOR_NO_CACHE", "1")
    _same(lazyregex.compile(*PATTERNS[1]), regex.compile(*PATTERNS[1]))
    lazyregex._save()
    assert not (fresh / "regex").exists()


def test_a_run_writes_the_cache_at_exit_and_the_next_run_uses_it(tmp_path):
    # \p{Han}: a pattern only regex reads (re-compatible ones are compiled with re and not cached)
    code = ("from auditor.lazyregex import LazyRegex; import regex, sys; p = LazyRegex(r'走访(?P<n>xx)\\p{Han}');"
            "print(p.search('走访xx户').span('n'))")
    env = {"AUDITOR_CACHE_DIR": str(tmp_path), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert list((tmp_path / "regex").glob("*.marshal"))
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout == second.stdout == "(2, 4)\n"
