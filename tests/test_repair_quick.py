"""The quick pre-test of the re-decoding repairs never skips a text the full pre-checks would examine."""

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.repair import quick, redecode


def test_quick_test_is_a_superset_of_the_pre_check_patterns():
    redecode._P.build()
    patterns = (redecode._P.utf8_marker, redecode._P.rare, redecode._P.latin1)
    missed = [
        hex(code) for code in range(0x80, 0x30000)
        if not 0xD800 <= code <= 0xDFFF
        and any(p.search(chr(code)) for p in patterns)
        and not quick.may_need_repair(chr(code))
    ]
    assert missed == []


def test_common_text_skips_the_patterns():
    assert not quick.may_need_repair("全年新增就业岗位3200个，城镇登记失业率控制在3.1%以内。")
    assert quick.may_need_repair("鍙戝睍")  # UTF-8 read as GBK
    assert quick.may_need_repair("å‘å±•")  # UTF-8 read as Latin-1


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


def test_the_marker_constants_are_what_the_codecs_make():
    """``auditor/repair/marker_chars.py`` (written by ``tools/build_marker_chars.py``) holds exactly the
    characters that the codecs make of the byte pairs: run the tool again when a codec changes."""
    from auditor.repair import marker_chars

    for name, (codec, leads, trails) in redecode.MARKER_SOURCES.items():
        assert getattr(marker_chars, name) == redecode.marker_chars(codec, leads, trails), name


def test_a_listed_character_that_is_a_marker_still_needs_the_patterns():
    from auditor.repair.common import is_listed
    from auditor.repair.marker_chars import GBK_MARKERS

    listed_markers = [ch for ch in GBK_MARKERS if is_listed(ch) and not "\u3000" <= ch <= "\u303f"]
    assert listed_markers  # (traditional characters such as 鎮, 陳, 陽 are listed and are markers too)
    for ch in listed_markers:
        assert quick.may_need_repair(f"全年新增{ch}就业")
