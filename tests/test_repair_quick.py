"""The quick pre-test of the re-decoding repairs never skips a text the full pre-checks would examine."""

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.repair import redecode


def test_quick_test_is_a_superset_of_the_pre_check_patterns():
    redecode._P.build()
    patterns = (redecode._P.utf8_marker, redecode._P.rare, redecode._P.latin1)
    missed = [
        hex(code) for code in range(0x80, 0x30000)
        if not 0xD800 <= code <= 0xDFFF
        and any(p.search(chr(code)) for p in patterns)
        and not redecode._may_need_repair(chr(code))
    ]
    assert missed == []


def test_common_text_skips_the_patterns():
    assert not redecode._may_need_repair("全年新增就业岗位3200个，城镇登记失业率控制在3.1%以内。")
    assert redecode._may_need_repair("鍙戝睍")  # UTF-8 read as GBK
    assert redecode._may_need_repair("å‘å±•")  # UTF-8 read as Latin-1


# ---------------------------------------------------------------------------------------------- segments

_SEGMENT_CHARACTERS = [*"鍙戝睍锟斤拷ÃÂ€™çš„中文字 \u3000\t\nab1,。，", "\U00020000", "\xa0", "\u2028", "\x85"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SEGMENT_CHARACTERS), max_size=80).map("".join), st.integers(1, 2))
def test_segments_by_scans_equal_segments_by_character(text, min_hits):
    from auditor.repair.redecode import _P, _segments, _segments_by_character

    _P.build()
    for pattern in (_P.rare, _P.utf8_marker, _P.latin1):
        assert _segments(text, pattern, min_hits) == _segments_by_character(text, pattern, min_hits)


def test_segments_of_a_long_line():
    from auditor.repair.redecode import _P, _segments, _segments_by_character

    _P.build()
    text = ("中" * 700 + "鍙戝睍" + "文" * 900 + " ") * 3
    assert _segments(text, _P.utf8_marker, 1) == _segments_by_character(text, _P.utf8_marker, 1)
