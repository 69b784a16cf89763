"""The examples in the package's docstrings run and hold: each module's doctests, as ``python -m doctest`` would
run them (a docstring example that drifts from the code misleads whoever reads it)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import auditor

#: every module of the package but the command's entry point (importing it runs the command)
MODULES = sorted(m.name for m in pkgutil.walk_packages(auditor.__path__, "auditor.") if m.name != "auditor.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail (see the output above)"


def test_the_walk_finds_the_modules():
    # (a walk that found nothing would leave the test above with no case to fail)
    assert len(MODULES) > 40 and "auditor.quantities" in MODULES and "auditor.kinds.placeholder" in MODULES
