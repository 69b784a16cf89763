"""URL and e-mail spans: the anchored search finds exactly what a scan of the whole text finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.urls import _reference, find_url_spans

PIECES = ["http", "https://", "://", "www.", "@", ".", "example", "org", "/a?b=1", "%2B", "x", "xx", "12", " ",
          "\n", "，", "。", "、", "）", "】", "<", ">", "\"", "'", "-", "_", "+", "联系", "网址", "邮箱", "a.b", "A"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("详见https://example.org/a?b=1，或致电", ["https://example.org/a?b=1"]),
        ("官网www.example.cn。", ["www.example.cn"]),
        ("邮箱：office@example.org 咨询", ["office@example.org"]),
        ("链接http://a.cn/路径@x.com结束 再见", ["http://a.cn/路径@x.com结束"]),
        ("没有网址的句子，共12户。", []),
        ("@@@ 与 ://", []),
        ("git+ssh://host/x 和 a.b-c_d+e%f@mail.example.com", ["git+ssh://host/x", "a.b-c_d+e%f@mail.example.com"]),
    ],
)
def test_url_spans_of_real_forms(text, expected):
    assert [text[a:b] for a, b in find_url_spans(text)] == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_anchored_search_equals_a_whole_scan(text):
    assert find_url_spans(text) == _reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_anchored_search_equals_a_whole_scan_on_any_text(text):
    assert find_url_spans(text) == _reference(text)
