"""The modules of the package import each other one way: no cycles, lazy imports inside functions included.

The flow is planning (``run``) above execution (``parallel``, ``dask``) above the per-document pipeline
(``engine``), with helpers (``suppression``, ``paths``, ``document``, ``finding`` …) at the bottom.
The graph is read from the source with :mod:`ast`, so nothing is imported here.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "auditor"

#: the engine modules, from the top layer down: each may import only modules listed after it
LAYERS = ["auditor.cli", "auditor.run", "auditor.dask", "auditor.parallel", "auditor.engine", "auditor.suppression",
          "auditor.paths"]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """``module → modules of the package it imports`` (at the top or inside functions)."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module or ""
                for alias in node.names:  # `from auditor import sources` imports a module
                    found.add(f"{module}.{alias.name}" if f"{module}.{alias.name}" in files else module)
        graph[name] = {m for m in found if m in files and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_from_the_source():
    graph = import_graph()
    assert "auditor.engine" in graph["auditor.run"]
    assert "auditor.parallel" in graph["auditor.run"]  # a lazy import inside a method counts
    assert "auditor.sources" in graph["auditor.progress"]  # `from auditor import sources` inside a function


def test_cycles_are_detected():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_package_has_no_import_cycles():
    assert cycles(import_graph()) == []


def test_engine_modules_import_only_downwards():
    graph = import_graph()
    for position, module in enumerate(LAYERS):
        above = set(LAYERS[:position + 1]) - {module}
        assert graph[module] & above == set(), f"{module} imports {sorted(graph[module] & above)}"
