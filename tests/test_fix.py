"""``auditor fix``: diff by default, atomic --write with backup, idempotent, safe vs unsafe repairs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from auditor.finding import Finding
from auditor.fix import apply_fixes, write_atomically

RULES = """\
rules:
  - id: US101
    name: nbsp-entity
    kind: pattern
    category: markup
    severity: warning
    message: "HTML entity '{match}' in text"
    pattern: "&nbsp;"
    replace: " "
    docs: {why: "Entities are markup debris.", example: "a&nbsp;b"}
    examples: {bad: ["a&nbsp;b"], good: ["a b"]}
  - id: US102
    name: doubled-comma
    kind: pattern
    category: style
    severity: info
    message: "doubled comma"
    pattern: "，，"
    replace: "，"
    safe_fix: false
    docs: {why: "A doubled comma is usually a typo.", example: "好，，的"}
    examples: {bad: ["好，，的"], good: ["好，的"]}
"""


@pytest.fixture()
def project(tmp_path):
    (tmp_path / "fixes.yaml").write_text(RULES, encoding="utf-8")
    return tmp_path


def run(project, *args, env_cache):
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(env_cache)}
    return subprocess.run([sys.executable, "-m", "auditor", "fix", "--isolated", *args], cwd=project,
                          capture_output=True, text=True, env=env, timeout=120)


def test_apply_fixes_skips_overlaps_and_unsafe():
    text = "abcdef"
    findings = [Finding("X001", "markup", "info", "", 0, 3, fix="X"),
                Finding("X002", "markup", "info", "", 2, 4, fix="Y"),
                Finding("X003", "markup", "info", "", 4, 6, fix="Z", safe_fix=False)]
    assert apply_fixes(text, findings) == ("Xdef", 1)
    assert apply_fixes(text, findings, unsafe=True) == ("XdZ", 2)


def test_diff_then_write_then_idempotent(project, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    doc = project / "a.txt"
    doc.write_text("全年走访xx户，地址：东街&nbsp;3号。\n", encoding="utf-8")
    os.chmod(doc, 0o640)
    before = doc.read_bytes()

    proc = run(project, "--select", "US101", "a.txt", env_cache=cache)
    assert proc.returncode == 2 and "matches no rule" in proc.stderr  # the user rules are not loaded yet
    (project / ".auditor.toml").write_text('rule-paths = ["fixes.yaml"]\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "auditor", "fix", "a.txt"], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "AUDITOR_CACHE_DIR": str(cache)}, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "-全年走访xx户，地址：东街&nbsp;3号。" in proc.stdout
    assert "+全年走访xx户，地址：东街 3号。" in proc.stdout
    assert doc.read_bytes() == before  # diff mode changes nothing

    proc = subprocess.run([sys.executable, "-m", "auditor", "fix", "--write", "--backup", ".orig", "a.txt"],
                          cwd=project, capture_output=True, text=True,
                          env={**os.environ, "AUDITOR_CACHE_DIR": str(cache)}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert doc.read_text(encoding="utf-8") == "全年走访xx户，地址：东街 3号。\n"  # the placeholder is untouched
    assert (project / "a.txt.orig").read_bytes() == before  # undo is one copy away
    assert stat.S_IMODE(doc.stat().st_mode) == 0o640
    assert not [p for p in os.listdir(project) if p.endswith(".tmp")]

    proc = subprocess.run([sys.executable, "-m", "auditor", "fix", "--write", "a.txt"], cwd=project,
                          capture_output=True, text=True, env={**os.environ, "AUDITOR_CACHE_DIR": str(cache)},
                          timeout=120)
    assert proc.returncode == 0
    assert "nothing to fix" in proc.stderr


def test_unsafe_fixes_need_the_flag(project, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(cache)}
    (project / ".auditor.toml").write_text('rule-paths = ["fixes.yaml"]\n', encoding="utf-8")
    doc = project / "b.txt"
    doc.write_text("很好，，谢谢。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "auditor", "fix", "--write", "b.txt"], cwd=project,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and doc.read_text(encoding="utf-8") == "很好，，谢谢。\n"
    proc = subprocess.run([sys.executable, "-m", "auditor", "fix", "--write", "--unsafe-fixes", "b.txt"],
                          cwd=project, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and doc.read_text(encoding="utf-8") == "很好，谢谢。\n"


def test_undecodable_files_and_markdown_code_are_left_alone(project, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(cache)}
    (project / ".auditor.toml").write_text('rule-paths = ["fixes.yaml"]\nencoding = "utf-8"\n', encoding="utf-8")
    broken = project / "c.txt"
    broken.write_bytes(b"a&nbsp;b \xff\xfe\n")
    md = project / "d.md"
    md.write_text("Write `&nbsp;` for a space.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "auditor", "fix", "--write", "c.txt", "d.md"], cwd=project,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert broken.read_bytes() == b"a&nbsp;b \xff\xfe\n"
    assert "undecodable" in proc.stderr
    assert md.read_text(encoding="utf-8") == "Write `&nbsp;` for a space.\n"


def test_write_atomically_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "x.txt"
    target.write_bytes(b"old")

    def boom(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomically(str(target), b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["x.txt"]
