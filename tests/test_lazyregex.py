"""Patterns compiled with ``re`` (for speed) match exactly what ``regex`` matches."""

from __future__ import annotations

import gc
import importlib
import pkgutil
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import auditor
from auditor.lazyregex import LazyRegex, compile_fast

SEEDS = next((p for p in (Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds",
                          Path("/work/shared/corpus/seeds")) if p.is_dir()), None)


def _package_patterns() -> list[LazyRegex]:
    for module in pkgutil.walk_packages(auditor.__path__, "auditor."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    return [o for o in gc.get_objects() if isinstance(o, LazyRegex)]


PATTERNS = sorted({(p._args[0], int(p._args[1])) for p in _package_patterns()})
FAST = [(pattern, flags) for pattern, flags in PATTERNS if type(compile_fast(pattern, flags)).__module__ == "re"]


def _spans(compiled, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in compiled.finditer(text)]


def test_most_package_patterns_run_on_re():
    assert len(FAST) > len(PATTERNS) / 2


@pytest.mark.skipif(SEEDS is None, reason="../shared/corpus is not beside the repository")
@pytest.mark.parametrize(("pattern", "flags"), FAST)
def test_re_and_regex_agree_on_the_seeds(pattern, flags):
    fast, reference = compile_fast(pattern, flags), regex.compile(pattern, flags)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _spans(fast, text) == _spans(reference, text), path.name


_CHARACTERS = ("0123456789０１２.．,，、。；;：:％%xX×某（）()年月日"
               "共其中合计分别为占率亩万亿元人户个 \n\tabc@/?!")
_ALPHABET = st.sampled_from(list(_CHARACTERS))


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_re_and_regex_agree_on_report_like_text(text):
    for pattern, flags in FAST:
        assert _spans(compile_fast(pattern, flags), text) == _spans(regex.compile(pattern, flags), text), pattern
