"""Short documents are checked in batches, rule by rule (:func:`auditor.engine.audit_documents`): the
results must be exactly those of checking each document on its own, in input order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import engine
from auditor.document import Document
from auditor.engine import audit_document, audit_documents, build_checkers
from auditor.rulebook import load_rulebook
from auditor.suppression import Suppressor

CHECKERS = build_checkers(list(load_rulebook()))

#: short documents that give findings of every family, suppressions and a clean one
PIECES = [
    "走访xx户，发放慰问金x.x万元。\n",
    "全年共查处违法案件38起，其中水污染12起、大气污染14起、噪声11起。\n",
    "受理投诉603件，办结595件，办结率达98.67%。\n",
    "推进农村改革，服务群众12万人次。\n",
    "鍙戝睍鏀归潻宸ヤ綔閲嶇偣\n",
    "<!-- auditor-disable PH001 -->负责人：张某，联系电话xxx。<!-- auditor-enable PH001 -->\n",
    "男职工120人，女职工95人，合计225人。\n",
    "",
    "今年完成道路改造工程。\n",
]


def _one_by_one(docs: list[Document]) -> list[tuple[str, list, list]]:
    out = []
    suppressor = Suppressor({c.rule.id: c.rule for c in CHECKERS})
    for doc in docs:
        findings = engine.document_result(doc, CHECKERS, suppressor)
        out.append((doc.path, [f._values() for f in findings.findings], [f._values() for f in findings.verified]))
    return out


def _batched(docs: list[Document]) -> list[tuple[str, list, list]]:
    return [(r.document.path, [f._values() for f in r.findings], [f._values() for f in r.verified])
            for r in audit_documents(docs, CHECKERS)]


def _docs(texts: list[str]) -> list[Document]:
    return [Document(f"doc-{i}.txt", text) for i, text in enumerate(texts)]


def test_a_batch_gives_each_documents_own_findings_in_input_order():
    texts = [PIECES[i % len(PIECES)] * (1 + i % 3) for i in range(40)]
    batched = _batched(_docs(texts))
    assert [path for path, _, _ in batched] == [f"doc-{i}.txt" for i in range(40)]
    assert batched == _one_by_one(_docs(texts))
    families = {values[0][:2] for _, found, _ in batched for values in found}
    assert {"PH", "TO", "MJ"} <= families  # the batch did find things, of several families


def test_batches_are_bounded_and_long_documents_are_checked_alone(monkeypatch):
    calls: list[int] = []
    real = engine._batch_results

    def spy(batch, checkers, suppressor):
        calls.append(len(batch))
        return real(batch, checkers, suppressor)

    monkeypatch.setattr(engine, "_batch_results", spy)
    monkeypatch.setattr(engine, "BATCH_DOCUMENTS", 4)
    monkeypatch.setattr(engine, "BATCH_CHARS", 200)
    long_text = PIECES[1] * 20  # over BATCH_CHARS: checked on its own, between two batches
    texts = [PIECES[0]] * 6 + [long_text] + [PIECES[2]] * 2
    results = list(audit_documents(_docs(texts), CHECKERS))
    assert calls == [4, 2, 2]
    assert [r.document.path for r in results] == [f"doc-{i}.txt" for i in range(9)]
    assert _batched(_docs(texts)) == _one_by_one(_docs(texts))


def test_results_stream_batch_by_batch(monkeypatch):
    """A batch is yielded before the next documents are read: memory stays bounded on an endless input."""
    monkeypatch.setattr(engine, "BATCH_DOCUMENTS", 3)
    read = []

    def documents():
        for i in range(100):
            read.append(i)
            yield Document(f"d{i}.txt", PIECES[0])

    stream = audit_documents(documents(), CHECKERS)
    first = next(stream)
    assert first.document.path == "d0.txt" and first.findings
    assert len(read) == 3


def test_suppressions_and_late_rules_apply_per_document_in_a_batch():
    texts = [PIECES[5], PIECES[0], PIECES[5] + "<!-- auditor-disable MJ001 -->\n"]
    results = list(audit_documents(_docs(texts), CHECKERS))
    assert not [f for f in results[0].findings if f.rule_id == "PH001"]
    assert [f for f in results[1].findings if f.rule_id == "PH001"]
    assert _batched(_docs(texts)) == _one_by_one(_docs(texts))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), min_size=1, max_size=20))
def test_any_mix_of_documents_gives_the_same_results_batched_or_not(texts):
    assert _batched(_docs(texts)) == _one_by_one(_docs(texts))


@pytest.mark.parametrize("text", PIECES)
def test_audit_document_and_a_batch_of_one_agree(text):
    doc = Document("one.txt", text)
    expected = [f._values() for f in audit_document(Document("one.txt", text), CHECKERS)]
    (result,) = audit_documents([doc], CHECKERS)
    assert [f._values()[:-1] for f in result.findings] == [v[:-1] for v in expected]
