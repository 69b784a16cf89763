"""``--format attributes``: span attributes for data pipelines, one JSON object per document per line.

The shape follows the attribute files of dolma (the toolkit that builds LLM pre-training corpora): an
``id`` and an ``attributes`` object whose keys are ``TAGGER__ATTRIBUTE`` names and whose values are
lists of spans ``[start, end, …]`` in code points of the document's text::

    {"id": "corpus.jsonl#42",
     "attributes": {"doc_auditor__placeholder": [[12, 14, "PH001", "error"], [30, 32, "PH001", "error"]],
                    "doc_auditor__mojibake": [[40, 46, "MJ001", "error"]]},
     "verdict": "reject"}

* ``id`` is the document's name as in every report (``PATH`` for a file, ``PATH#ID`` for a record);
* one attribute per category with findings, ``doc_auditor__<category>``; each span is ``[start, end,
  rule_id, severity]`` (dolma's own taggers put a numeric score third; ours is the rule, since a
  finding is a fact, not a score — filter on the rule or on the severity);
* ``verdict`` is the document's verdict label (``keep``, ``review``, ``reject``; see
  ``docs/curation.md``);
* every document has a line, also a clean one (``"attributes": {}``), so the file lines up with the
  corpus record for record. Lines are written as documents are audited (streaming).

``pandas.read_json(path, lines=True)`` reads the file (one row per document).
"""

from __future__ import annotations

import json

from auditor.curation import verdict_of
from auditor.engine import DocumentResult
from auditor.reporters.common import Summary

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few milliseconds at start-up)
if TYPE_CHECKING:
    from typing import TextIO

PREFIX = "doc_auditor__"


def attributes_line(result: DocumentResult) -> dict:
    """The attribute object of one result."""
    attributes: dict[str, list] = {}
    for f in result.findings:
        attributes.setdefault(PREFIX + f.category, []).append([f.start, f.end, f.rule_id, f.severity])
    verdict = verdict_of(result)
    out: dict = {"id": result.document.path, "attributes": attributes}
    if verdict is not None:
        out["verdict"] = verdict.label
    return out


class AttributesReporter:
    def __init__(self, out: TextIO, **_options):
        self.out = out

    def start(self) -> None:
        pass

    def document(self, result: DocumentResult) -> None:
        self.out.write(json.dumps(attributes_line(result), ensure_ascii=False) + "\n")

    def finish(self, summary: Summary) -> None:
        self.out.flush()
