"""Text left in a legacy or transfer form (auditor/repair/legacy_forms.py): a table of cases made with the real
codecs, look-alikes left alone, and properties over arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.repair.legacy_forms import legacy_forms


def _stripped_iso2022jp(japanese: str) -> str:
    return japanese.encode("iso2022_jp").decode("ascii").replace("\x1b", "")


def _cesu8_as_cp1252(ch: str) -> str:
    units = ch.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    high, low = divmod(ord(ch) - 0x10000, 0x400)
    data = chr(0xD800 + high).encode("utf-8", "surrogatepass") + chr(0xDC00 + low).encode("utf-8", "surrogatepass")
    assert units == ch
    return data.decode("cp1252")


def _ebcdic_as_latin1(field: str, codec: str = "cp500") -> str:
    return field.encode(codec).decode("latin-1")


@pytest.mark.parametrize("damaged, decoded, subtype", [
    (_stripped_iso2022jp("山田太郎"), "山田太郎", "iso-2022-jp"),
    (_stripped_iso2022jp("お元気ですか"), "お元気ですか", "iso-2022-jp"),
    (_cesu8_as_cp1252("𠮷"), "𠮷", "cesu-8"),
    (_cesu8_as_cp1252("𡈼"), "𡈼", "cesu-8"),
    (_ebcdic_as_latin1("ZP94 VOL 5 NO 149"), "ZP94 VOL 5 NO 149", "ebcdic"),
    (_ebcdic_as_latin1("LC2018-775", "cp037"), "LC2018-775", "ebcdic"),
    ("xn--zfr164b.xn--fiqs8s", "政务.中国", "punycode"),
])
def test_each_form_is_found_and_decoded(damaged, decoded, subtype):
    text = f"登记信息：{damaged}，请核对。"
    found = [(f.group(), d, s) for f, d, s in legacy_forms(text)]
    assert found == [(damaged, decoded, subtype)]


@pytest.mark.parametrize("text", [
    "客户来信：“Crème brûlée, Ångström, Øresund, Ça va très bien.”",  # accented Latin, no EBCDIC field
    "价格为$B级，(B类产品另计。",  # $B and (B with no JIS bytes between that decode to Japanese
    "国际化域名（IDN）：“银行”对应的编码为 xn--jn2a72x。",  # Punycode as the example of a text about it
    "Él dijo: «Sí, señor».",
    "",
])
def test_look_alikes_are_left_alone(text):
    assert legacy_forms(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="$B(;3EDB@O:í¡‚¾·é×ùô@åÖÓõÕñxn-.zfr164bqsé8中文 ", max_size=80))
def test_never_crashes_and_spans_stay_inside(text):
    for f, decoded, _ in legacy_forms(text):
        assert 0 <= f.start() < f.end() <= len(text)
        assert text[f.start():f.end()] == f.group() and decoded
