"""The built wheel carries its rule files and schemas, and works when installed in a fresh venv."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TIMEOUT = 600
DATA_FILES = (
    "auditor/_data/rules/placeholder.yaml",
    "auditor/_data/rules/encoding.yaml",
    "auditor/_data/rules/rule.schema.json",
    "auditor/_data/reports/report.schema.json",
    "auditor/repair/hanzi_table.txt.gz",  # the plausibility table of the mojibake rules
)


def _run(command, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in command], capture_output=True, text=True, encoding="utf-8",
                          timeout=TIMEOUT, check=False, **kwargs)
    return proc


def _clean_env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "AUDITOR_NO_CACHE", "FORCE_COLOR")}
    env["AUDITOR_CACHE_DIR"] = str(cache)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, repo_root) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = _run([sys.executable, "-m", "build", "--wheel", "--outdir", out], cwd=repo_root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [built] = out.glob("doc_auditor-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(tmp_path_factory, wheel) -> Path:
    """A fresh virtual environment with the wheel installed; returns its scripts folder."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    proc = _run([sys.executable, "-m", "venv", venv])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    proc = _run([python, "-m", "pip", "install", wheel], env=_clean_env(venv / "cache"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return scripts


def test_wheel_contains_data(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for name in DATA_FILES:
        assert name in names
    assert "auditor/cli.py" in names


def _auditor(installed: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    exe = installed / ("auditor.exe" if os.name == "nt" else "auditor")
    return _run([exe, *args], cwd=cwd, env=_clean_env(cwd / "cache"))


def test_installed_wheel_checks_a_file(installed, tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text("本季度走访困难群众xx户。\n", encoding="utf-8")
    proc = _auditor(installed, "check", "--format", "json", doc.name, cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert [f["rule_id"] for f in report["documents"][0]["findings"]] == ["PH001"]
    assert report["documents"][0]["path"] == "report.txt"


def test_installed_wheel_uses_its_own_data(installed, tmp_path):
    proc = _auditor(installed, "explain", "PH001", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    [defined] = [line for line in proc.stdout.splitlines() if "defined in:" in line]
    source = Path(defined.split("defined in:", 1)[1].strip())
    assert source.parts[-4:] == ("auditor", "_data", "rules", "placeholder.yaml")
    assert installed.parent.resolve() in source.parents  # inside the fresh venv, not the checkout


def test_installed_wheel_rule_examples_pass(installed, tmp_path):
    proc = _auditor(installed, "rules", "test", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert " 0 failed" in proc.stdout
