"""The quick pre-test of the re-decoding repairs never skips a text the full pre-checks would examine."""

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
