"""GBK read as UTF-8 with the unreadable bytes dropped (MJ023, auditor.utf8_debris): made with the real codecs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.utf8_debris import utf8_debris

#: lines of Chinese documents of many kinds, each turned into debris by the lossy read
LINES = ["第7课　小青蛙", "阅读打卡：5月28日，连续阅读第46天。", "彩虹桥少年儿童出版社　2022年3月第3版　定价：19.80元",
         "适读年龄", "月亮弯弯像小船。", "用法用量：口服，一次2片，一日3次。", "G1234次　北京南—上海虹桥　开点08:15",
         "字段名称：站点编码　类型：VARCHAR(20)", "全年受理群众来信来访1254件。", "当归 12g　川芎 9g　白芍 15g"]


def _lossy(line: str) -> str:
    return line.encode("gbk").decode("utf-8", errors="ignore")


def _letters_left(debris: str) -> bool:
    """Whether the read left a letter of the alphabets other than Greek, or Greek beside a Latin letter with a mark."""
    if any("\u02b0" <= ch <= "\u036f" or "\u0400" <= ch <= "\u07ff" for ch in debris):
        return True
    return any("\u0370" <= ch <= "\u03ff" for ch in debris) and any("\u00c0" <= ch <= "\u024f" for ch in debris)


@pytest.mark.parametrize("line", LINES)
def test_debris_of_a_real_lossy_read_is_found_when_anything_is_left(line):
    debris = _lossy(line)
    if not _letters_left(debris):
        pytest.skip("nothing of the alphabets the read leaves is left of this line")
    text = "二、工作情况\n" + debris + "\n全年完成各项任务。"
    spans = utf8_debris(text)
    assert spans, debris
    assert all(text[a:b].strip() and a >= len("二、工作情况\n") for a, b in spans)


@pytest.mark.parametrize("text", [
    "俄语课文：“Москва — столица России”意为莫斯科是俄罗斯的首都。",
    "β2受体激动剂可缓解支气管痉挛，设α为锐角。",
    "希伯来语“שלום”和阿拉伯语“سلام”都表示平安。",
    "越南语“Việt Nam”即越南，法语“café”即咖啡。",
    "Я люблю Китай，我爱中国。",
    "拼音：nǎi nai gěi wǒ jiǎng gù shi.",
    "英语音标：apple /ˈæpl/ 苹果。",
    "Москва",
    "吴语“吃”读作tɕʰiəʔ⁵，注音是ㄔ，声调符号˥˧˩分别表示高、中、低。",
    "规格：Ф57×11mm，执行标准ГОСТ 8732-78。",
    "俄语字母表共有33个字母，如А а、Б б。本课单词：школа（学校）。",
    "群聊：加油加油 ٩(ˊᗜˋ*)و 我还没复习完 (｡•́︿•̀｡)",
    "循环小数0.6̇读作零点六循环。",
    "综合得分Σ=α×A+β×B，其中α、β为权重。",
])
def test_languages_quoted_on_purpose_are_no_debris(text):
    assert utf8_debris(text) == []


@given(st.text(max_size=200))
def test_never_crashes_and_spans_stay_inside(text):
    for a, b in utf8_debris(text):
        assert 0 <= a < b <= len(text)
