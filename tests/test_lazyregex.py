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
    """Every LazyRegex of the package: module constants, and those the default rules' checkers build."""
    from auditor.engine import build_checkers
    from auditor.rulebook import load_rulebook

    for module in pkgutil.walk_packages(auditor.__path__, "auditor."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    checkers = build_checkers(list(load_rulebook()))
    for checker in checkers:
        builder = getattr(checker, "_builder", None)
        if builder is not None:
            builder()
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
               "共其中合计分别为占率亩万亿元人户个 \n\tabc@/?!"
               "éüāǎZzΩЖж〇々〆ぁア丨㐀𠀀٣۵߀१ⅫＡａ_")  # Latin, other scripts, other digits, Han at the edges
_ALPHABET = st.sampled_from(list(_CHARACTERS))


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_re_and_regex_agree_on_report_like_text(text):
    for pattern, flags in FAST:
        assert _spans(compile_fast(pattern, flags), text) == _spans(regex.compile(pattern, flags), text), pattern


@pytest.mark.parametrize("name", ["Han", "Latin", "Nd"])
def test_spelled_properties_equal_regex_on_every_assigned_code_point(name):
    """``re`` reads ``\\p{Han}`` … as the ranges of auditor/unicode_classes.py: the same characters as
    ``regex``, for every character Python's Unicode database knows (else: tools/build_unicode_classes.py)."""
    import re
    import sys
    import unicodedata

    from auditor.lazyregex import spell_properties

    text = "".join(chr(cp) for cp in range(sys.maxunicode + 1)
                   if not 0xD800 <= cp <= 0xDFFF and unicodedata.category(chr(cp)) != "Cn")
    spelled = re.compile(spell_properties(rf"\p{{{name}}}"))
    reference = regex.compile(rf"\p{{{name}}}")
    ours = [m.start() for m in spelled.finditer(text)]
    theirs = [m.start() for m in reference.finditer(text)]
    assert len(ours) > 50
    assert ours == theirs, {text[i] for i in set(ours) ^ set(theirs)}


def test_properties_inside_and_outside_classes_compile_on_re():
    for pattern in (r"\p{Han}+", r"[\p{Han}A-Za-z]{1,10}?", r"x(?<![\p{Latin}\p{Nd}_.．]x)", r"[^\p{Han}]",
                    r"[]\p{Nd}]", r"\\p{Han}", r"(?<![\p{Latin}\p{Nd}_.．])x"):
        fast = compile_fast(pattern)
        # regex: a literal \p (the conservative check sends it there), and a pattern that starts looking behind
        assert type(fast).__module__ == ("_regex" if pattern[:3] in ("\\\\p", "(?<") else "re"), pattern
        text = "a1]汉\\p{Han}字x٣é"
        assert _spans(fast, text) == _spans(regex.compile(pattern), text), pattern


def test_a_lazy_pattern_pickles_as_its_source_compiled_or_not():
    import pickle

    fresh, used = LazyRegex(r"[\p{Han}]+"), LazyRegex(r"x+", 2)
    used.search("X")
    for original in (fresh, used):
        copy = pickle.loads(pickle.dumps(original))
        assert copy._args == original._args and copy._compiled is None
        assert _spans(copy, "汉字xX") == _spans(original, "汉字xX")
