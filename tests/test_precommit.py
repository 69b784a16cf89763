"""The ``auditor`` hook of ``.pre-commit-hooks.yaml``, run by the real pre-commit tool.

The slow test snapshots this checkout (the files ``git ls-files --cached --others --exclude-standard``
lists, so uncommitted work is included) into a temporary git repository, points a temporary project's
``.pre-commit-config.yaml`` at that snapshot and its commit, and checks that ``git commit`` is blocked
by a document with a placeholder, passes once the document is fixed, and that files outside the hook's
``files`` filter are never handed to the auditor. pre-commit builds the hook's virtual environment with
pip, so the test needs the package index (for the hook repository's dependencies).

The fast tests check the manifest with ``pre-commit validate-manifest`` and that every YAML example in
``docs/pre-commit.md`` parses.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 600
HOOK_NAME = "doc-auditor"  # the ``name`` of the hook in .pre-commit-hooks.yaml

# Sentences written for this test: one with a numeric and an entity placeholder, one clean.
DAMAGED = "本月社区志愿者共走访独居老人xx户，并在XX街道举办了两场防诈骗讲座。\n"
CLEAN = "本月社区志愿者共走访独居老人37户，并在城东街道举办了两场防诈骗讲座。\n"

#: variables that would change how the auditor, pip, git or pre-commit behave in the subprocesses
_DROPPED_ENV = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "AUDITOR_NO_CACHE", "FORCE_COLOR", "CLICOLOR_FORCE",
                "PRE_COMMIT_HOME", "PRE_COMMIT_COLOR", "PRE_COMMIT_ALLOW_NO_CONFIG", "SKIP", "GIT_DIR",
                "GIT_WORK_TREE", "GIT_INDEX_FILE")


def _run(command, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=TIMEOUT, check=False)


def _output(proc: subprocess.CompletedProcess) -> str:
    return f"$ {' '.join(proc.args)}\n[exit {proc.returncode}]\n{proc.stdout}{proc.stderr}"


def _ok(proc: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert proc.returncode == 0, _output(proc)
    return proc


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    (tmp_path / "gitconfig").write_text("", encoding="utf-8")
    env.update({
        "PRE_COMMIT_HOME": str(tmp_path / "pc-home"),
        "PRE_COMMIT_COLOR": "never",
        "AUDITOR_CACHE_DIR": str(tmp_path / "auditor-cache"),
        # the user's global/system git configuration (hooksPath, signing, templates) stays out of it
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Hook Test",
        "GIT_AUTHOR_EMAIL": "hook-test@example.invalid",
        "GIT_COMMITTER_NAME": "Hook Test",
        "GIT_COMMITTER_EMAIL": "hook-test@example.invalid",
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    return env


def _git(*args, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return _run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args], cwd, env)


def _snapshot_hook_repo(dest: Path, env: dict[str, str]) -> str:
    """Copy the checkout's tracked and unignored files into *dest*, commit them, return the commit."""
    listed = _ok(_run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO_ROOT, env))
    dest.mkdir()
    copied = 0
    for rel in filter(None, listed.stdout.split("\0")):
        source = REPO_ROOT / rel
        if not source.is_file() and not source.is_symlink():
            continue  # deleted in the working tree, or a submodule
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
        copied += 1
    assert (dest / ".pre-commit-hooks.yaml").is_file() and copied
    _ok(_git("init", "-q", cwd=dest, env=env))
    _ok(_git("add", "-A", cwd=dest, env=env))
    _ok(_git("commit", "-q", "--no-verify", "-m", "snapshot of the working tree", cwd=dest, env=env))
    return _ok(_git("rev-parse", "HEAD", cwd=dest, env=env)).stdout.strip()


def _head(project: Path, env: dict[str, str]) -> str:
    return _ok(_git("rev-parse", "HEAD", cwd=project, env=env)).stdout.strip()


@pytest.mark.slow
def test_precommit_hook_blocks_and_passes_commits(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = _env(tmp_path)
    sha = _snapshot_hook_repo(tmp_path / "hookrepo", env)

    project = tmp_path / "project"
    project.mkdir()
    _ok(_git("init", "-q", cwd=project, env=env))
    _ok(_git("config", "user.name", "Hook Test", cwd=project, env=env))
    _ok(_git("config", "user.email", "hook-test@example.invalid", cwd=project, env=env))
    config = {"repos": [{"repo": str(tmp_path / "hookrepo"), "rev": sha, "hooks": [{"id": "auditor"}]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    _ok(_git("add", ".pre-commit-config.yaml", cwd=project, env=env))
    _ok(_git("commit", "-q", "-m", "pre-commit configuration", cwd=project, env=env))
    pre_commit = [sys.executable, "-m", "pre_commit"]
    _ok(_run([*pre_commit, "install"], project, env))
    assert (project / ".git" / "hooks" / "pre-commit").is_file()

    # (a) a damaged document: `pre-commit run` fails with PH001, and so does (and is blocked) `git commit`
    (project / "report.txt").write_text(DAMAGED, encoding="utf-8")
    _ok(_git("add", "report.txt", cwd=project, env=env))
    run = _run([*pre_commit, "run", "--color", "never", "--files", "report.txt"], project, env)
    print(_output(run))
    assert run.returncode == 1, _output(run)
    assert re.search(rf"^{HOOK_NAME}\.+Failed$", run.stdout, re.M), _output(run)
    assert "PH001" in run.stdout and "report.txt" in run.stdout, _output(run)

    before = _head(project, env)
    blocked = _git("commit", "-m", "add the monthly report", cwd=project, env=env)
    print(_output(blocked))
    assert blocked.returncode != 0, _output(blocked)
    assert re.search(rf"^{HOOK_NAME}\.+Failed$", blocked.stdout + blocked.stderr, re.M), _output(blocked)
    assert "PH001" in blocked.stdout + blocked.stderr, _output(blocked)
    assert _head(project, env) == before
    listed = _ok(_git("ls-tree", "-r", "--name-only", "HEAD", cwd=project, env=env)).stdout.split()
    assert "report.txt" not in listed

    # (b) the fixed document commits
    (project / "report.txt").write_text(CLEAN, encoding="utf-8")
    _ok(_git("add", "report.txt", cwd=project, env=env))
    passed = _git("commit", "-m", "add the monthly report", cwd=project, env=env)
    print(_output(passed))
    assert passed.returncode == 0, _output(passed)
    assert re.search(rf"^{HOOK_NAME}\.+Passed$", passed.stdout + passed.stderr, re.M), _output(passed)
    assert _head(project, env) != before
    listed = _ok(_git("ls-tree", "-r", "--name-only", "HEAD", cwd=project, env=env)).stdout.split()
    assert "report.txt" in listed

    # (c) .py and .csv files are outside the hook's `files`: the auditor never sees them, although it
    # would report the placeholder if it were given them
    (project / "fill.py").write_text('TEMPLATE = "共走访xx户"\n', encoding="utf-8")
    (project / "households.csv").write_text("街道,户数\nXX街道,xx户\n", encoding="utf-8")
    direct = _run([sys.executable, "-m", "auditor", "check", "--format", "concise", "fill.py", "households.csv"],
                  project, env)
    assert direct.returncode == 1 and "PH001" in direct.stdout, _output(direct)
    _ok(_git("add", "fill.py", "households.csv", cwd=project, env=env))
    before = _head(project, env)
    skipped = _git("commit", "-m", "add a script and a table", cwd=project, env=env)
    print(_output(skipped))
    assert skipped.returncode == 0, _output(skipped)
    assert re.search(rf"^{HOOK_NAME}\.+\(no files to check\)Skipped$", skipped.stdout + skipped.stderr, re.M), \
        _output(skipped)
    assert "PH001" not in skipped.stdout + skipped.stderr
    assert _head(project, env) != before


def _doc_yaml_blocks() -> list[str]:
    text = (REPO_ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    return re.findall(r"^```ya?ml[ \t]*\n(.*?)^```[ \t]*$", text, re.M | re.S)


def test_docs_yaml_blocks_parse():
    blocks = _doc_yaml_blocks()
    assert blocks, "docs/pre-commit.md has no ```yaml blocks"
    for block in blocks:
        data = yaml.safe_load(block)
        assert data is not None, block
        if isinstance(data, dict) and "repos" in data:
            hooks = [hook for repo in data["repos"] for hook in repo["hooks"]]
            assert all(hook["id"] == "auditor" for hook in hooks), block


def test_docs_configs_and_manifest_validate(tmp_path):
    pytest.importorskip("pre_commit")
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    proc = _run([sys.executable, "-m", "pre_commit", "validate-manifest", REPO_ROOT / ".pre-commit-hooks.yaml"],
                REPO_ROOT, env)
    assert proc.returncode == 0, _output(proc)
    manifest = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [hook] = [h for h in manifest if h["id"] == "auditor"]
    assert hook["name"] == HOOK_NAME and hook["require_serial"] is True
    configs = [block for block in _doc_yaml_blocks()
               if isinstance(data := yaml.safe_load(block), dict) and "repos" in data]
    assert configs, "docs/pre-commit.md shows no .pre-commit-config.yaml"
    for i, block in enumerate(configs):
        path = tmp_path / f"config-{i}.yaml"
        path.write_text(block, encoding="utf-8")
        proc = _run([sys.executable, "-m", "pre_commit", "validate-config", path], tmp_path, env)
        assert proc.returncode == 0, _output(proc) + block
