"""Fingerprints: the fast implementation equals the definition (rule, span, context on the finding's own
line, occurrence index), whatever the text's lines, spaces and findings."""

from __future__ import annotations

import hashlib
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.finding import Finding
from auditor.fingerprint import CONTEXT_CHARS, fingerprints


def reference(text: str, findings: list[Finding]) -> list[str]:
    """The module's definition, written the slow and obvious way (whole-line searches)."""
    def squeeze(s: str) -> str:
        return "".join(s.split())

    seen: Counter = Counter()
    out = []
    for f in findings:
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line_end = len(text) if line_end == -1 else line_end
        before = squeeze(text[max(line_start, f.start - 2 * CONTEXT_CHARS):f.start])[-CONTEXT_CHARS:]
        after = squeeze(text[f.end:min(line_end, f.end + 2 * CONTEXT_CHARS)])[:CONTEXT_CHARS]
        key = (f.rule_id, squeeze(text[f.start:f.end]), before, after)
        out.append(hashlib.sha256("\x1f".join([*key, str(seen[key])]).encode("utf-8")).hexdigest()[:32])
        seen[key] += 1
    return out


@st.composite
def text_and_findings(draw):
    text = draw(st.text(st.sampled_from(list("共xX户 \n\t\u3000。，12ab")), max_size=120))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 6)), max_size=12))
    findings = [Finding(draw(st.sampled_from(["PH001", "TO001"])), "c", "error", "m", start,
                        min(len(text), start + width)) for start, width in spans]
    return text, findings


@settings(max_examples=300, deadline=None)
@given(text_and_findings())
def test_fingerprints_equal_the_definition(case):
    text, findings = case
    assert fingerprints(text, findings) == reference(text, findings)


def test_repeated_findings_get_their_occurrence_index():
    text = "走访xx户。\n走访xx户。\n"
    first, second = Finding("PH001", "c", "error", "m", 2, 4), Finding("PH001", "c", "error", "m", 9, 11)
    a, b = fingerprints(text, [first, second])
    assert a != b  # same span, same context: told apart by the index
    assert fingerprints("其他。\n" + text, [first.replace(start=6, end=8), second.replace(start=13, end=15)]) == [a, b]
