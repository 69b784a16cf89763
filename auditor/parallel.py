"""The local engine: results in input order (a process pool is used when it pays)."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.engine import DocumentResult, audit_documents


def parallel_results(plan, paths: list[str], jobs: int | None) -> Iterator[DocumentResult]:
    """Results of *paths* in input order. This version runs in one process."""
    return audit_documents(plan.documents(paths), plan.checkers, plan.suppressor)
