"""``auditor rules test``: run the ``examples`` of rule files.

Every ``bad`` example must produce at least one finding of its rule, every ``good`` example none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.document import Document
from auditor.kinds import make_checker
from auditor.rulebook import Rule
from auditor.sources import document_from_bytes


@dataclass
class ExampleFailure:
    rule: Rule
    expectation: str  # "bad" or "good"
    example: str
    found: list[str] = field(default_factory=list)


def example_document(example, name: str = "example.txt") -> Document:
    """A document for one example: a string, ``{bytes_hex: …}`` or ``{simulate: unreadable}``."""
    if isinstance(example, str):
        return document_from_bytes(name, example.encode("utf-8"))
    if "bytes_hex" in example:
        return document_from_bytes(name, bytes.fromhex("".join(example["bytes_hex"].split())))
    return Document(name, "", encoding="unknown", is_text=False,
                    read_issues=[(example["simulate"], 0, 0, {"reason": "simulated"})])


def describe(example) -> str:
    if isinstance(example, str):
        return repr(example)
    if "bytes_hex" in example:
        return f"bytes {example['bytes_hex']}"
    return f"simulated {example['simulate']} file"


def run_examples(rule: Rule) -> tuple[int, list[ExampleFailure]]:
    """Run one rule's examples; return (number run, failures)."""
    checker = make_checker(rule)
    if getattr(checker, "after_suppression", False):
        # reports on the other rules' findings: run it together with the built-in rules
        from auditor.engine import audit_document, build_checkers
        from auditor.rulebook import load_rulebook

        others = [c for c in build_checkers(list(load_rulebook())) if c.rule.id != rule.id]
        checkers = [*others, checker]

        class _Whole:
            @staticmethod
            def check(doc):
                return [f for f in audit_document(doc, checkers) if f.rule_id == rule.id]

        checker = _Whole()
    failures: list[ExampleFailure] = []
    count = 0
    for expectation in ("bad", "good"):
        for example in rule.examples.get(expectation, []):
            count += 1
            doc = example_document(example)
            found = [doc.text[f.start:f.end] or f.message for f in checker.check(doc) if not f.verified]
            if (expectation == "bad") != bool(found):
                failures.append(ExampleFailure(rule, expectation, describe(example), found))
    return count, failures
