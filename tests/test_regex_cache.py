"""The compiled-pattern caches: later runs rebuild ``regex`` patterns from the cache file as unpickling
does, and ``re`` patterns from the opcodes that ``re``'s compiler gave its C core."""

from __future__ import annotations

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
    _forget(monkeypatch)
    monkeypatch.setattr(lazyregex, "_dirty", set())
    return tmp_path


def _forget(monkeypatch) -> None:
    """Empty the in-memory caches, as in a new process."""
    monkeypatch.setattr(lazyregex, "_caches", {})


def _same(a, b) -> None:
    assert (a.pattern, a.flags, a.groupindex, a.groups) == (b.pattern, b.flags, b.groupindex, b.groups)
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]
    assert [m.groupdict() for m in a.finditer(TEXT)] == [m.groupdict() for m in b.finditer(TEXT)]


def test_patterns_are_cached_and_rebuilt(fresh, monkeypatch):
    first = [lazyregex.compile(p, f) for p, f in PATTERNS]
    lazyregex._save()
    [path] = (fresh / "regex").glob("*.patterns")
    assert len(lazyregex.PatternStore.from_bytes(path.read_bytes()).all_entries()) == len(PATTERNS)
    _forget(monkeypatch)
    calls = []
    monkeypatch.setattr(regex, "compile", lambda *a, **k: calls.append(a))  # a hit never compiles
    again = [lazyregex.compile(p, f) for p, f in PATTERNS]
    assert calls == []
    for a, b in zip(first, again, strict=True):
        _same(a, b)


def test_a_damaged_cache_file_is_ignored(fresh, monkeypatch):
    lazyregex.compile(*PATTERNS[0])
    lazyregex._save()
    [path] = (fresh / "regex").glob("*.patterns")
    path.write_bytes(b"not marshal data")
    _forget(monkeypatch)
    _same(lazyregex.compile(*PATTERNS[0]), regex.compile(*PATTERNS[0]))
    other = (PATTERNS[1][0], *regex.compile("a")._pickled_data[1:])  # another pattern's entry
    for entry in (("bad", "entry"), (PATTERNS[0][0], "bad"), 7, other):
        path.write_bytes(lazyregex.PatternStore.to_bytes([((PATTERNS[0][0], 0, int(regex.DEFAULT_VERSION)), entry)]))
        _forget(monkeypatch)
        _same(lazyregex.compile(*PATTERNS[0]), regex.compile(*PATTERNS[0]))


def test_no_cache_env_writes_nothing(fresh, monkeypatch):
    monkeypatch.setenv("AUDITOR_NO_CACHE", "1")
    _same(lazyregex.compile(*PATTERNS[1]), regex.compile(*PATTERNS[1]))
    lazyregex._save()
    assert not (fresh / "regex").exists()


def test_a_run_writes_the_cache_at_exit_and_the_next_run_uses_it(tmp_path):
    # \p{Greek}: a pattern only regex reads; \p{Han}: spelled out for re (both engines are cached)
    code = ("from auditor.lazyregex import LazyRegex; import sys; p = LazyRegex(r'走访(?P<n>xx)\\p{Han}');"
            "g = LazyRegex(r'\\p{Greek}+'); print(p.search('走访xx户').span('n'), g.search('aΩΩb').span(),"
            "type(p.compiled).__module__, type(g.compiled).__module__, 'regex' in sys.modules)")
    env = {"AUDITOR_CACHE_DIR": str(tmp_path), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert sorted(p.name.split("-")[2] for p in (tmp_path / "regex").glob("*.patterns")) == ["re", "regex"]
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout == second.stdout == "(2, 4) (1, 3) re _regex True\n"


RE_PATTERNS = [(r"(?P<n>[两二三]|[2-9])(?:项|类)?[一-龥]", 0), (r"xx|XX", 2), (r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))", 0),
               (r"(?:共|合计) (?P<total>[0-9]+)  # a sum", 64), (r"^(a)?b$", 8)]


def test_re_patterns_are_cached_and_rebuilt_without_compiling(fresh, monkeypatch):
    import re
    from re import _compiler

    first = [lazyregex.compile_re(p, f) for p, f in RE_PATTERNS]
    for compiled, (pattern, flags) in zip(first, RE_PATTERNS, strict=True):
        _same(compiled, re.compile(pattern, flags))
    lazyregex._save()
    assert [p.name.split("-")[2] for p in (fresh / "regex").glob("*.patterns")] == ["re"]
    _forget(monkeypatch)
    calls = []
    monkeypatch.setattr(_compiler, "_code", lambda *a: calls.append(a))  # a hit never compiles
    again = [lazyregex.compile_re(p, f) for p, f in RE_PATTERNS]
    assert calls == []
    for a, b in zip(first, again, strict=True):
        _same(a, b)


def test_a_damaged_re_entry_is_compiled_again(fresh, monkeypatch):
    import re

    pattern, flags = RE_PATTERNS[0]
    lazyregex.compile_re(pattern, flags)
    lazyregex._save()
    [path] = (fresh / "regex").glob("*.patterns")
    for entry in ((0, "not code", 0, {}, ()), (0, b"\x01\x02\x03\x04", 0, {}, ()), (0, [1, 2], 0, {}, ()), "bad", 7):
        path.write_bytes(lazyregex.PatternStore.to_bytes([((pattern, flags, 0), entry)]))
        _forget(monkeypatch)
        _same(lazyregex.compile_re(pattern, flags), re.compile(pattern, flags))


# ------------------------------------------------------------------------------------- the file's form


def test_a_run_decodes_only_the_entries_it_asks_for(monkeypatch):
    import marshal as real_marshal

    entries = [((f"pattern{i}", 0, 0), (i, b"\x00" * i)) for i in range(300)]
    raw = lazyregex.PatternStore.to_bytes(entries)
    decoded = []
    loads = real_marshal.loads

    def counting_loads(data):
        decoded.append(len(data))
        return loads(data)

    monkeypatch.setattr(real_marshal, "loads", counting_loads)
    store = lazyregex.PatternStore.from_bytes(raw)
    assert store.get(("pattern7", 0, 0)) == (7, b"\x00" * 7)
    assert store.get(("pattern299", 0, 0)) == (299, b"\x00" * 299)
    assert store.get(("pattern7", 2, 0)) is None  # other flags: another pattern
    assert len(decoded) == 3  # the index and two entries, not 300


def test_saving_keeps_every_entry_and_puts_the_used_ones_last():
    entries = [((f"p{i}", 0, 0), (i,)) for i in range(5)]
    store = lazyregex.PatternStore.from_bytes(lazyregex.PatternStore.to_bytes(entries))
    assert store.get(("p1", 0, 0)) == (1,)
    store.put(("new", 0, 0), ("n",))
    store.pop(("p3", 0, 0))  # a stale entry is not written back
    assert [key[0] for key, _ in store.all_entries()] == ["p0", "p2", "p4", "p1", "new"]


def test_an_entry_under_a_colliding_short_key_is_not_taken_for_another(monkeypatch):
    monkeypatch.setattr(lazyregex, "_digest", lambda key: (0, 0, 0, 0))  # every key collides
    raw = lazyregex.PatternStore.to_bytes([(("one", 0, 0), (1,))])
    store = lazyregex.PatternStore.from_bytes(raw)
    assert store.get(("two", 0, 0)) is None
    assert store.get(("one", 0, 0)) == (1,)


@pytest.mark.parametrize("raw", [b"", b"auditor-patterns-1\n", b"auditor-patterns-1\n\xff\xff\xff\x7f",
                                 b"auditor-patterns-1\n\x03\x00\x00\x00abc", b"\x00" * 40])
def test_a_truncated_or_foreign_file_reads_as_empty(raw):
    store = lazyregex.PatternStore.from_bytes(raw)
    assert store.get(("x", 0, 0)) is None
    assert store.all_entries() == []


def test_the_file_of_the_earlier_form_is_removed_when_the_new_one_is_written(fresh, monkeypatch):
    folder = fresh / "regex"
    folder.mkdir()
    legacy = folder / lazyregex._cache_path("re").rsplit("/", 1)[-1].replace(".patterns", ".marshal")
    legacy.write_bytes(b"old")
    lazyregex.compile_re(*RE_PATTERNS[1])
    lazyregex._save()
    assert not legacy.exists()
    assert len(list(folder.glob("*.patterns"))) == 1
