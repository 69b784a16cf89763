"""A warm run (rule cache present) must not import heavy modules: check with ``python -X importtime``.

Only imports are asserted, never timings.
"""

from __future__ import annotations

import pytest

HEAVY = {"pandas", "numpy", "jsonschema", "yaml", "_yaml", "rich"}
#: light but avoidable on a clean run: each costs one to twenty milliseconds of a ~70 ms start-up
#: (typing, pathlib and its URL modules, hashlib's OpenSSL, shutil's compression modules, signal's enums,
#: regex: every pattern a clean run needs is read by re; json: the rule cache is marshal; threading;
#: urllib and html: the URL and HTML helpers load only for a document with their debris)
AVOIDABLE = {"typing", "pathlib", "hashlib", "shutil", "signal", "orjson", "regex", "json", "threading", "urllib",
             "html"}
CLEAN = "今年全区经济平稳运行，居民收入稳步增长3.1%，新增岗位3200个。\n"  # numbers and % too
DIRTY = "本季度走访困难群众xx户，发放慰问金。\n"


def imported_modules(stderr: str) -> set[str]:
    """Module names from ``-X importtime`` lines: ``import time: self | cumulative | module``."""
    names = set()
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue  # the header line
        names.add(parts[2].strip())
    return names


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.fixture
def profile(run_cli, tmp_path):
    """Run ``python -X importtime -m auditor ARGS`` with a cache folder of this test; return (proc, modules)."""
    cache = tmp_path / "cache"

    def run(*args):
        proc = run_cli(*args, python_flags=("-X", "importtime"), env={"AUDITOR_CACHE_DIR": str(cache)})
        assert "Traceback" not in proc.stderr, proc.stderr
        modules = imported_modules(proc.stderr)
        assert "auditor.cli" in modules  # the profile was parsed
        return proc, modules

    run.cache = cache
    return run


def test_parser_understands_importtime_output():
    sample = ("import time: self [us] | cumulative | imported package\n"
              "import time:       221 |        221 |     rich._extension\n"
              "import time:       583 |        804 |   rich\n"
              "auditor: something else\n")
    assert imported_modules(sample) == {"rich._extension", "rich"}


def test_clean_run_imports_nothing_heavy(profile, write_doc):
    doc = write_doc("clean.txt", CLEAN)
    cold, cold_modules = profile("check", doc)  # warm-up: validates and caches the built-in rules
    assert cold.returncode == 0
    assert {"yaml", "jsonschema"} <= top_level(cold_modules)  # the detection works
    assert list((profile.cache / "rules").glob("*.marshal")), "the warm-up run wrote no rule cache"
    warm, modules = profile("check", doc)
    assert warm.returncode == 0
    assert "All checks passed" in warm.stdout
    assert top_level(modules) & HEAVY == set(), sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert top_level(modules) & AVOIDABLE == set(), sorted(m for m in modules if m.split(".")[0] in AVOIDABLE)
    # a pre-commit hook's one file: no worker pool, no diagnosis of findings, no pinyin without a parenthesis, no
    # re-decoding tables for a text of common characters
    avoided = {"auditor.parallel", "auditor.diagnosis", "auditor.repair.pinyin", "auditor.repair.redecode"}
    assert modules & avoided == set(), sorted(modules & avoided)
    assert list((profile.cache / "regex").glob("*.patterns")), "the compiled-pattern cache was not written"


def test_run_with_findings_imports_rich_only(profile, write_doc):
    doc = write_doc("dirty.txt", DIRTY)
    profile("check", doc)  # warm-up
    proc, modules = profile("check", doc)
    assert proc.returncode == 1
    assert "PH001" in proc.stdout
    found = top_level(modules)
    assert "rich" in found  # the rich report draws with Rich
    assert found & (HEAVY - {"rich"}) == set()


@pytest.mark.parametrize("fmt", ["concise", "json", "sarif"])
def test_machine_formats_do_not_import_rich(profile, write_doc, fmt):
    doc = write_doc("dirty.txt", DIRTY)
    profile("check", "--format", fmt, doc)  # warm-up
    proc, modules = profile("check", "--format", fmt, doc)
    assert proc.returncode == 1
    assert top_level(modules) & HEAVY == set()
    # a few findings need neither orjson (the standard library writes small JSON), nor tempfile (the report
    # spools in memory), nor typing, nor regex (no pattern of the xx's rules needs it)
    assert top_level(modules) & {"orjson", "tempfile", "typing", "regex"} == set(), sorted(
        m for m in modules if m.split(".")[0] in {"orjson", "tempfile", "typing", "regex"})
