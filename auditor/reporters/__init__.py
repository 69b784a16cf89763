"""Reporters turn a stream of :class:`~auditor.engine.DocumentResult` into output.

Every reporter is a class with ``start()``, ``document(result)`` and ``finish(summary)``; it is
imported only when chosen, so a ``--format concise`` run never imports Rich.
"""

from __future__ import annotations

import importlib

FORMATS = {
    "rich": ("auditor.reporters.rich_report", "RichReporter"),
    "json": ("auditor.reporters.json_report", "JsonReporter"),
    "concise": ("auditor.reporters.concise", "ConciseReporter"),
    "sarif": ("auditor.reporters.sarif", "SarifReporter"),
    "github": ("auditor.reporters.github", "GithubReporter"),
    "gitlab": ("auditor.reporters.gitlab", "GitlabReporter"),
    "junit": ("auditor.reporters.junit", "JunitReporter"),
    "jsonl": ("auditor.reporters.jsonl", "JsonlReporter"),
    "csv": ("auditor.reporters.table", "CsvReporter"),
    "parquet": ("auditor.reporters.table", "ParquetReporter"),
    "html": ("auditor.reporters.html_report", "HtmlReporter"),
    "attributes": ("auditor.reporters.attributes", "AttributesReporter"),
}


def get_reporter(name: str):
    module_name, class_name = FORMATS[name]
    return getattr(importlib.import_module(module_name), class_name)
