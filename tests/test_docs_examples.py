"""The configuration examples in the docs parse, and load as doc-auditor settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.config import parse_settings

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

DOCS = Path(__file__).resolve().parents[1] / "docs"


def blocks(path: Path, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("block", blocks(DOCS / "configuration.md", "toml"))
def test_toml_examples_are_valid_settings(block):
    data = tomllib.loads(block)
    table = data.get("tool", {}).get("auditor", data)
    settings = parse_settings(table, "pyproject.toml", root=".")
    assert settings.fail_on in ("error", "warning", "info", "never")


def test_there_are_toml_examples():
    assert blocks(DOCS / "configuration.md", "toml")


def test_starter_config_loads(tmp_path):
    from auditor.config import STARTER

    settings = parse_settings(tomllib.loads(STARTER), str(tmp_path / ".auditor.toml"))
    assert settings.include == ["*.txt", "*.md"]
