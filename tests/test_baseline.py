"""Baselines: fingerprints of accepted findings survive unrelated edits; new findings are reported."""

from __future__ import annotations

import functools
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.baseline import (
    Baseline,
    BaselineError,
    BaselineFilter,
    normalise_path,
    update,
)
from auditor.engine import DocumentResult, audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import document_from_bytes


@functools.cache
def checkers():
    """Checkers of all built-in rules, built on first use (inside a test, so the session cache dir applies)."""
    return build_checkers(list(load_rulebook()))


def audit(text: str, path: str = "a.txt") -> DocumentResult:
    doc = document_from_bytes(path, text.encode("utf-8"))
    return DocumentResult(doc, audit_document(doc, checkers()))


def spans(result: DocumentResult) -> list[str]:
    return [result.document.text[f.start:f.end] for f in result.findings]


# Lines with findings, each between "pad" lines of more than 12 characters, so that the text around a
# finding (which its fingerprint includes) ends inside the pads.
PAD_A = "本年度社区各项工作稳步推进并取得了明显成效。"
PAD_B = "下一步将继续巩固已有成果并完善长效机制建设。"
PAD_C = "以上内容经社区居民委员会讨论通过后正式印发。"
SEVERAL = "全年走访xx户，XX街道于x月xx日完成验收。"  # three PH001 findings close together
ISOLATED = "今年以来全区各街道共计走访困难群众家庭xx户并逐户建立了帮扶工作台账。"  # one PH001, context inside the line
NAMES = "另有某某单位参与了志愿服务活动，由张某负责联络。"  # PH003 and PH004
TITLE = "社区年度工作总结"
CONTACT = "联系人：王五"

BLOCKS = [[PAD_A, SEVERAL, PAD_B], [PAD_C, ISOLATED, PAD_A], [PAD_B, NAMES, PAD_C]]


def document(blocks=BLOCKS, title: str = TITLE, contact: str = CONTACT, between=None) -> str:
    """The test report: title, blocks (with *between[i]* lines inserted before block i), contact line."""
    lines = [title]
    for i, block in enumerate(blocks):
        lines.extend((between or {}).get(i, []))
        lines.extend(block)
    lines.extend((between or {}).get(len(blocks), []))
    lines.append(contact)
    return "\n".join(lines) + "\n"


BASE = document()


def gate_run(baseline: Baseline, *results: DocumentResult) -> tuple[BaselineFilter, list[DocumentResult]]:
    gate = BaselineFilter(baseline)
    return gate, [gate.filter(r) for r in results]


def test_the_test_document_has_the_expected_findings():
    found = spans(audit(BASE))
    for span in ("xx", "XX", "x月xx日", "某某", "张某"):
        assert span in found
    assert found.count("xx") == 2


def test_baseline_of_a_result_accepts_all_its_findings():
    result = audit(BASE)
    baseline = Baseline.from_results([result])
    assert len(baseline) == len(result.findings) > 0
    gate, (filtered,) = gate_run(baseline, result)
    assert filtered.findings == []
    assert gate.matched_count == len(baseline)
    assert gate.fixed() == []
    assert result.findings  # the input is not modified
    assert filtered.document is result.document


def test_inserting_lines_above_and_editing_elsewhere_keeps_findings_baselined():
    baseline = Baseline.from_results([audit(BASE)])
    edited = document(
        title="社区年度工作总结（修订稿）",
        contact="联系人：赵六，联系电话见附件",
        between={0: ["新增的第一段说明文字。", "", "新增的第二段说明文字，内容较长一些以便移动后文的位置。"],
                 1: ["插入在两个段落之间的一行文字。"], 2: ["又一行插入的文字。"]},
    )
    result = audit(edited)
    assert len(result.findings) == len(baseline)
    gate, (filtered,) = gate_run(baseline, result)
    assert filtered.findings == []
    assert gate.matched_count == len(baseline)
    assert gate.fixed() == []


def test_changing_the_span_text_makes_exactly_that_finding_new():
    baseline = Baseline.from_results([audit(BASE)])
    changed = BASE.replace(ISOLATED, ISOLATED.replace("xx户", "xxx户"))
    assert changed != BASE
    gate, (filtered,) = gate_run(baseline, audit(changed))
    assert spans(filtered) == ["xxx"]
    assert [f.rule_id for f in filtered.findings] == ["PH001"]
    fixed = gate.fixed()
    assert [(path, entry["rule_id"], entry["text"]) for path, entry in fixed] == [("a.txt", "PH001", "xx")]
    assert gate.matched_count == len(baseline) - 1


def test_changing_a_span_among_several_reports_it_new_and_its_old_entry_fixed():
    # Findings within a few characters of each other share context, so neighbours may change too;
    # the edited one is certainly new and its old entry certainly fixed.
    baseline = Baseline.from_results([audit(BASE)])
    changed = BASE.replace(SEVERAL, SEVERAL.replace("xx户", "xxx户"))
    gate, (filtered,) = gate_run(baseline, audit(changed))
    assert "xxx" in spans(filtered)
    assert "xx" not in spans(filtered)  # the isolated xx elsewhere is still baselined
    fixed_texts = [entry["text"] for _, entry in gate.fixed()]
    assert fixed_texts.count("xx") == 1
    assert "某某" not in spans(filtered) and "张某" not in spans(filtered)


def test_a_duplicated_line_is_new_until_the_baseline_is_updated():
    baseline = Baseline.from_results([audit(BASE)])
    duplicated = BASE + ISOLATED + "\n" + PAD_B + "\n"
    result = audit(duplicated)
    assert spans(result).count("xx") == 3
    gate, (filtered,) = gate_run(baseline, result)
    # same rule, span and context as the original: only the occurrence index tells them apart
    assert spans(filtered) == ["xx"]
    assert filtered.findings[0].start > BASE.index(ISOLATED) + len(ISOLATED)  # the second copy is new
    assert gate.fixed() == []

    updated = update(baseline, [result])
    assert len(updated) == len(baseline) + 1
    gate, (filtered,) = gate_run(updated, result)
    assert filtered.findings == []
    assert gate.fixed() == []


def test_update_is_the_baseline_of_the_current_results():
    old = Baseline.from_results([audit(BASE), audit(BASE, "gone.txt")])
    current = [audit(BASE.replace("xx户并", "xxx户并")), audit(CONTACT, "clean.txt")]
    updated = update(old, current)
    assert updated == Baseline.from_results(current)
    assert "gone.txt" not in updated.entries and "clean.txt" not in updated.entries
    texts = [e["text"] for e in updated.entries["a.txt"].values()]
    assert "xxx" in texts and texts.count("xx") == 1


def test_save_load_round_trip_and_byte_stability(tmp_path):
    results = [audit(BASE, "reports/b.txt"), audit(BASE.replace(ISOLATED, ""), "./a.txt"),
               audit(NAMES + "\n", "sub\\c.md"), audit(CONTACT, "clean.txt")]
    baseline = Baseline.from_results(results)
    first, second, reordered = tmp_path / "1.json", tmp_path / "2.json", tmp_path / "3.json"
    baseline.save(first)
    baseline.save(second)
    Baseline.from_results(reversed(results)).save(reordered)
    data = first.read_bytes()
    assert data == second.read_bytes() == reordered.read_bytes()
    assert data.endswith(b"}\n") and not data.endswith(b"\n\n")
    assert Baseline.load(first) == baseline
    Baseline.load(first).save(second)
    assert second.read_bytes() == data

    text = data.decode("utf-8")
    assert "某某" in text and "\\u" not in text  # ensure_ascii=False
    assert '\n  "documents": {\n    "' in text  # indent 2
    parsed = json.loads(text)
    assert parsed["version"] == 1 and parsed["tool"] == "doc-auditor"
    assert list(parsed) == ["version", "tool", "documents"]
    assert list(parsed["documents"]) == ["a.txt", "reports/b.txt", "sub/c.md"]  # sorted, normalised
    for entries in parsed["documents"].values():
        assert entries == sorted(entries, key=lambda e: (e["rule_id"], e["fingerprint"]))
        for entry in entries:
            assert set(entry) == {"rule_id", "fingerprint", "text"}
    # no positions of any kind
    for word in ("line", "column", "start", "end", "offset", "time", "date"):
        assert f'"{word}' not in text


def test_saving_over_an_existing_file_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "baseline.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    Baseline.from_results([audit(BASE)]).save(target)
    assert os.listdir(tmp_path) == ["baseline.json"]
    assert os.stat(target).st_mode & 0o777 == 0o644
    assert len(Baseline.load(target)) == len(audit(BASE).findings)


def test_a_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "baseline.json"
    Baseline().save(target)
    before = target.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        Baseline.from_results([audit(BASE)]).save(target)
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["baseline.json"]


def test_an_empty_baseline():
    baseline = Baseline()
    assert len(baseline) == 0
    assert json.loads(baseline.dumps()) == {"version": 1, "tool": "doc-auditor", "documents": {}}
    gate, (filtered,) = gate_run(baseline, audit(BASE))
    assert len(filtered.findings) == len(audit(BASE).findings)
    assert gate.matched_count == 0 and gate.fixed() == []


def test_fixed_ignores_documents_not_checked_in_this_run():
    baseline = Baseline.from_results([audit(BASE, "a.txt"), audit(BASE, "b.txt"), audit(NAMES, "c.txt")])
    gate = BaselineFilter(baseline)
    gate.filter(audit(BASE.replace(ISOLATED, ""), "a.txt"))  # one finding fixed
    gate.filter(audit("问题已全部整改完毕，不再有任何占位符。", "c.txt"))  # all fixed
    fixed = gate.fixed()
    assert {path for path, _ in fixed} == {"a.txt", "c.txt"}
    assert [e["text"] for p, e in fixed if p == "a.txt"] == ["xx"]
    assert sorted(e["text"] for p, e in fixed if p == "c.txt") == ["张某", "某某"]
    assert fixed == sorted(fixed, key=lambda pe: (pe[0], pe[1]["rule_id"], pe[1]["fingerprint"]))
    assert gate.checked_paths == ["a.txt", "c.txt"]
    assert gate.matched_count == len(baseline.entries["a.txt"]) - 1


def test_paths_are_normalised_everywhere():
    assert normalise_path("./a/b.txt") == "a/b.txt"
    assert normalise_path("a\\b\\c.txt") == "a/b/c.txt"
    assert normalise_path(".\\a.txt") == "a.txt"
    assert normalise_path("././a.txt") == "a.txt"
    assert normalise_path("../a.txt") == "../a.txt"
    assert normalise_path("/abs/a.txt") == "/abs/a.txt"
    result = audit(BASE, "./docs\\a.txt")
    baseline = Baseline.from_results([result])
    assert list(baseline.entries) == ["docs/a.txt"]
    fingerprint = next(iter(baseline.entries["docs/a.txt"]))
    assert baseline.contains("docs/a.txt", fingerprint)
    assert baseline.contains("./docs/a.txt", fingerprint)
    assert not baseline.contains("other.txt", fingerprint)
    _, (filtered,) = gate_run(baseline, audit(BASE, "docs/a.txt"))
    assert filtered.findings == []


def test_long_span_text_is_shortened_in_the_file():
    from auditor.baseline import MAX_TEXT_CHARS

    long_run = "x" * (MAX_TEXT_CHARS + 50)
    result = audit(f"{PAD_A}\n共有{long_run}户\n{PAD_B}\n")
    assert any(len(s) > MAX_TEXT_CHARS for s in spans(result))
    baseline = Baseline.from_results([result])
    texts = [e["text"] for e in baseline.entries["a.txt"].values()]
    assert all(len(t) <= MAX_TEXT_CHARS for t in texts)
    assert Baseline.from_json(baseline.to_json()) == baseline


# -- bad baseline files ---------------------------------------------------------------------------

BAD_FILES = {
    "not-json": b"{not json",
    "empty": b"",
    "not-utf8": b'{"version": 1, "documents": {"\xb7\xa2": []}}',
    "array": b"[]",
    "no-version": b'{"tool": "doc-auditor", "documents": {}}',
    "version-2": b'{"version": 2, "tool": "doc-auditor", "documents": {}}',
    "version-string": b'{"version": "1", "tool": "doc-auditor", "documents": {}}',
    "version-true": b'{"version": true, "tool": "doc-auditor", "documents": {}}',
    "other-tool": b'{"version": 1, "tool": "eslint", "documents": {}}',
    "no-documents": b'{"version": 1, "tool": "doc-auditor"}',
    "documents-list": b'{"version": 1, "tool": "doc-auditor", "documents": []}',
    "entries-object": b'{"version": 1, "tool": "doc-auditor", "documents": {"a.txt": {}}}',
    "entry-string": b'{"version": 1, "tool": "doc-auditor", "documents": {"a.txt": ["PH001"]}}',
    "no-fingerprint": b'{"version": 1, "tool": "doc-auditor", "documents": {"a.txt": [{"rule_id": "PH001"}]}}',
    "number-fingerprint": (b'{"version": 1, "tool": "doc-auditor", "documents": {"a.txt": '
                           b'[{"rule_id": "PH001", "fingerprint": 7}]}}'),
    "text-not-string": (b'{"version": 1, "tool": "doc-auditor", "documents": {"a.txt": '
                        b'[{"rule_id": "PH001", "fingerprint": "ab", "text": null}]}}'),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_baseline_files_raise_baseline_error_naming_the_file(tmp_path, name):
    path = tmp_path / f"{name}.json"
    path.write_bytes(BAD_FILES[name])
    with pytest.raises(BaselineError) as info:
        Baseline.load(path)
    message = str(info.value)
    assert str(path) in message
    assert "--update-baseline" in message or "fix" in message


def test_a_missing_baseline_file_raises_baseline_error(tmp_path):
    path = tmp_path / "nope" / "baseline.json"
    with pytest.raises(BaselineError, match="does not exist") as info:
        Baseline.load(path)
    assert str(path) in str(info.value)
    assert "--update-baseline" in str(info.value)


def test_a_directory_is_not_a_baseline_file(tmp_path):
    with pytest.raises(BaselineError) as info:
        Baseline.load(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_a_hand_written_minimal_file_loads(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('\ufeff{"version": 1, "documents": {"./x\\\\a.txt": [{"rule_id": "PH001", "fingerprint": "ab"}],'
                    ' "b.txt": []}}', encoding="utf-8")
    baseline = Baseline.load(path)
    assert baseline.entries == {"x/a.txt": {"ab": {"rule_id": "PH001", "fingerprint": "ab", "text": ""}}}
    assert baseline.contains("x/a.txt", "ab") and len(baseline) == 1


# -- property: insertions of finding-free lines keep every finding baselined ----------------------

#: CJK and ASCII letters that no built-in rule reports (no x/X, no 某, no mask characters)
_SAFE_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5, exclude_characters="某"),
    st.sampled_from(list("abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ")),
    st.sampled_from([" ", "，", "。"]),
)
_safe_lines = st.lists(st.text(_SAFE_CHARS, max_size=30), max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_safe_lines, after=_safe_lines, between=st.dictionaries(st.integers(0, len(BLOCKS)), _safe_lines),
       title=st.text(_SAFE_CHARS, max_size=20), contact=st.text(_SAFE_CHARS, max_size=20))
def test_inserted_lines_never_unbaseline_original_findings(before, after, between, title, contact):
    original = audit(BASE)
    baseline = Baseline.from_results([original])
    text = "".join(line + "\n" for line in before) + document(title=title, contact=contact, between=between)
    text += "".join(line + "\n" for line in after)
    edited = audit(text)
    gate, (filtered,) = gate_run(baseline, edited)
    assert gate.matched_count == len(baseline) == len(original.findings)
    assert gate.fixed() == []
    assert len(filtered.findings) == len(edited.findings) - len(baseline)
