"""No module of the package binds one name twice at its top level.

A pattern declared under a name that an earlier one of the module already has silently replaces it for every
function that reads it (it happened twice: a rule lost recall until the second name was renamed). Ruff does not
see it, since both assignments are legal."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "auditor"


def _top_level_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            found.extend((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append((node.name, node.lineno))
    return found


def test_no_module_binds_a_name_twice():
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_bindings(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {name} (first at line {seen[name]})")
            seen[name] = line
    assert twice == []


def test_the_check_sees_a_name_bound_twice():
    tree = ast.parse("A = 1\ndef f():\n    pass\nA = 2\n")
    names = [name for name, _ in _top_level_bindings(tree)]
    assert names.count("A") == 2 and "f" in names
