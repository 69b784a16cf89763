"""The traditional-to-simplified table of the numeric rules (auditor/traditional.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from auditor.traditional import SIMPLIFIED, TRADITIONAL


def test_the_table_is_what_its_tool_writes_from_the_shipped_character_table():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    try:
        import build_traditional_table
    finally:
        sys.path.pop(0)
    kept = build_traditional_table.pairs()
    assert "".join(t for t, _ in kept) == TRADITIONAL
    assert "".join(s for _, s in kept) == SIMPLIFIED


def test_one_to_one_and_never_a_character_of_simplified_text():
    assert len(TRADITIONAL) == len(SIMPLIFIED) == len(set(TRADITIONAL))
    for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True):
        assert t != s
        if t not in "後於":  # (GB 2312 holds these two for names; traditional text is full of them)
            try:
                t.encode("gb2312")
            except UnicodeEncodeError:
                continue
            raise AssertionError(f"{t} is written in simplified text too")


def test_the_words_of_reports_are_in_it():
    table = dict(zip(TRADITIONAL, SIMPLIFIED, strict=True))
    for traditional, simplified in (("合計", "合计"), ("萬億", "万亿"), ("服務", "服务"), ("群眾", "群众"),
                                    ("辦結率", "办结率"), ("較上年增長", "较上年增长")):
        assert "".join(table.get(ch, ch) for ch in traditional) == simplified
