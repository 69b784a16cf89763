"""Every built-in rule documents itself and its own examples pass (``auditor rules test``)."""

from __future__ import annotations

import pytest
import yaml

from auditor.resources import builtin_rule_files
from auditor.rulebook import load_rulebook
from auditor.ruletest import run_examples

# Rule ids for parametrisation, read straight from the files at collection time (load_rulebook would
# write the validation cache before conftest points it at the session's cache directory).
RULE_IDS = [entry["id"] for path in builtin_rule_files()
            for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]]


@pytest.fixture(scope="module")
def book():
    return load_rulebook()


def test_there_are_builtin_rules(book):
    assert [rule.id for rule in book] == RULE_IDS
    assert {"PH001", "PH002", "PH003", "PH004", "PH005", "PH006", "PH007"} <= set(RULE_IDS)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_examples_pass(book, rule_id):
    rule = book.get(rule_id)
    count, failures = run_examples(rule)
    shown = "\n".join(
        f"  {f.expectation} example {f.example}: " + (f"found {f.found}" if f.found else "no finding")
        for f in failures
    )
    assert not failures, f"{rule_id}: {len(failures)} of {count} examples fail:\n{shown}"
    assert count == len(rule.examples.get("bad", [])) + len(rule.examples.get("good", []))


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_is_documented(book, rule_id):
    rule = book.get(rule_id)
    assert rule.examples.get("bad"), f"{rule_id} has no bad example"
    assert rule.examples.get("good"), f"{rule_id} has no good example"
    assert isinstance(rule.docs.get("why"), str) and rule.docs["why"].strip(), f"{rule_id} lacks docs.why"
    assert isinstance(rule.docs.get("example"), str) and rule.docs["example"].strip(), \
        f"{rule_id} lacks docs.example"
