"""Documents travel to worker processes pickled; their text must come back exactly, whatever it holds."""

from __future__ import annotations

import pickle

from hypothesis import example, given
from hypothesis import strategies as st

from auditor.document import Document


@given(st.text(), st.sampled_from([0, 2, 5]))
@example("pair \ud83d\ude00 of lone surrogates, and 😀", 5)
@example("lone \udc80 from surrogateescape", 5)
@example("plain ASCII", 5)
def test_any_text_comes_back_exactly(text, protocol):
    doc = Document("a.txt", text, "gb18030", [("legacy-encoding", 0, 1, {"x": 1})], [(0, 1)], True, {"piece": (0, 1)})
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert back == doc
    assert back.text == text and len(back.text) == len(text)


def test_chinese_text_travels_as_utf16():
    doc = Document("a.txt", "全年共查处案件38起。\n" * 1000)
    data = pickle.dumps(doc, protocol=5)
    assert len(data) < len(doc.text.encode("utf-8"))  # two bytes a character, not three
    assert pickle.loads(data).text == doc.text
