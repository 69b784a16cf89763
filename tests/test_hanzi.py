"""The plausibility score of :mod:`auditor.repair.hanzi` and the decision rule of the re-decoding repairs.

Every sentence is written for these tests. The garbles are real codec round trips.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.repair import hanzi
from auditor.repair.redecode import find_repairs


def garble(text: str, right: str, wrong: str) -> str:
    return text.encode(right).decode(wrong, "replace")


# (text, most bits per character it may cost)
ORDINARY = [
    ("今年全区新增就业岗位三千余个，城镇登记失业率保持稳定。", 9.0),
    ("區政府召開會議，研究部署防災減災工作。", 9.5),  # traditional, scored through simplified forms
    ("该企业通过了ISO 9001质量管理体系认证。", 8.5),
    ("Спасибо за внимание", 5.5),  # a Russian phrase is text in its own script
    ("Le café de la gare ouvre à sept heures.", 6.5),
    ("よろしくお願いします", 9.5),
    ("안녕하세요", 9.5),
]


@pytest.mark.parametrize(("text", "most"), ORDINARY, ids=[t[:8] for t, _ in ORDINARY])
def test_ordinary_text_is_cheap(text, most):
    assert hanzi.bits(text) <= most


# (damaged text, its repair): mojibake costs far more than the text it came from
GARBLES = [
    garble("推进老旧小区改造工作", "utf-8", "gb18030"),
    garble("推进老旧小区改造工作", "gbk", "big5"),
    garble("推進老舊小區改造工作", "big5", "gb18030"),
    garble("推进老旧小区改造工作", "gbk", "latin-1"),
    garble("推进老旧小区改造工作", "utf-8", "cp1252"),
]


@pytest.mark.parametrize("damaged", GARBLES)
def test_mojibake_costs_more_than_its_original(damaged):
    assert hanzi.bits(damaged) > hanzi.bits("推进老旧小区改造工作") + 3


def test_traditional_and_simplified_score_alike():
    assert abs(hanzi.bits("經濟社會穩步發展") - hanzi.bits("经济社会稳步发展")) < 0.01


def test_word_pairs_read_better_than_the_same_characters_shuffled():
    assert hanzi.bits("社会经济发展") < hanzi.bits("会经社展济发") - 2


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("俄语“Спасибо”", True),
        ("希腊语“φιλοσοφία”", True),
        ("日文“ようこそ”", True),
        ("韩语“감사합니다”", True),
        ("法语“très bien”", True),
        ("越南语“Cảm ơn”", True),
        ("α、β、γ表示角度", False),  # single letters: symbols
        ("ÉçÇø·þÎñ", False),  # GBK read as Latin-1: accented letters only
        ("cafÃ©", True),  # (a Latin word: such repairs never reach the Chinese decision rule)
        ("发展经济", False),
    ],
)
def test_foreign_words(text, foreign):
    assert hanzi.foreign_words(text) is foreign


@pytest.mark.parametrize(
    ("original", "repaired", "accepted"),
    [
        ("鍙戝睍鏂拌川", "发展新质", True),
        ("ÍÆ½øÀÏ¾ÉÐ¡Çø", "推进老旧小区", True),
        ("внимание", "志扶我技忘扶我快", False),  # Russian is not Big5 read as GBK
        ("ようこそ", "方丹仇公", False),  # nor is Japanese
        ("Северный", "妊快志快把扶抑抄", False),
    ],
)
def test_decision_rule(original, repaired, accepted):
    assert hanzi.clearly_more_plausible(original, repaired) is accepted


# quoted foreign words inside Chinese sentences: none of them is mojibake
FOREIGN_IN_CHINESE = [
    "外事接待中，对方代表用俄语“Добрый вечер, друзья”向大家问好。",
    "这家合资工厂的俄文厂名是“Восточная звезда”。",
    "希腊语“δημοκρατία”一词的本义是人民的统治。",
    "展板上用日文写着“ようこそ”，旁边配有中文“欢迎”。",
    "片假名“コーヒー”是一个外来词。",
    "韩方代表在致辞结尾说了一句“감사합니다”。",
    "法国专家说“C'est une très bonne idée”，并表示愿意再来。",
    "德方合作伙伴总部位于München，负责人是Herr Schröder。",
    "越南代表团团长阮氏梅（Nguyễn Thị Mai）出席了签约仪式。",
]


@pytest.mark.parametrize("text", FOREIGN_IN_CHINESE, ids=range(len(FOREIGN_IN_CHINESE)))
def test_quoted_foreign_scripts_are_not_repaired(text):
    assert find_repairs(text) == []


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_bits_never_crashes_and_is_bounded(text):
    value = hanzi.bits(text)
    assert 0.0 <= value <= hanzi.UNKNOWN_HAN


def test_clean_chinese_never_loads_the_table():
    code = (
        "from auditor.document import Document\n"
        "from auditor.engine import audit_document, build_checkers\n"
        "from auditor.rulebook import load_rulebook\n"
        "from auditor.repair import hanzi\n"
        "checkers = build_checkers(list(load_rulebook()))\n"
        "audit_document(Document('a.txt', '今年全区经济平稳运行，居民收入稳步增长。是不是?\\n'), checkers)\n"
        "print(hanzi.is_loaded())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_the_committed_table_is_what_the_build_script_makes():
    """Rebuilding from the pinned packages gives the committed bytes (skipped without them)."""
    pytest.importorskip("jieba")
    pytest.importorskip("opencc")
    import gzip
    from importlib.metadata import version
    from pathlib import Path

    if version("jieba") != "0.42.1" or version("opencc-python-reimplemented") != "0.1.7":
        pytest.skip("the table is built from jieba 0.42.1 and opencc-python-reimplemented 0.1.7")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    try:
        import build_hanzi_table
    finally:
        sys.path.pop(0)
    assert build_hanzi_table.build(20, 2.0) == gzip.decompress(Path(hanzi.TABLE).read_bytes()).decode("utf-8")


CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"
GREEK = "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώ"
KANA = ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
        "アイウエオカキクケコサシスセソタチツテトナニヌネノ")
REPORT = st.sampled_from(["外事活动中对方说“", "展板上写着“", "这个词的原文是“", "代表团送来了写有“"])
TAIL = st.sampled_from(["”，大家报以掌声。", "”的横幅。", "”。", "”一句，意为欢迎。"])


#: how words are written: in small letters or capitalised. Not ``хУБ``: a small letter before capitals inside a
#: word is what UTF-8 Chinese read with DOS 866 looks like (``хКЫцИТ``; ``хУБ`` is 品 so read). Not in capitals
#: either: a word of random capitals is what a Cyrillic code-page swap makes of Russian in small letters, and
#: the model of Russian (auditor.repair.cyrillic) judges it; real capitals are held below and in
#: tests/test_cyrillic.py
CASING = st.sampled_from([str.lower, str.capitalize])


@settings(max_examples=120, deadline=None)
@given(REPORT, st.sampled_from([CYRILLIC, GREEK, KANA]).flatmap(
    lambda letters: st.lists(st.builds(lambda word, case: case(word), st.text(alphabet=letters, min_size=3,
                                                                                max_size=10), CASING),
                             min_size=1, max_size=4)), TAIL)
def test_property_words_of_other_scripts_in_chinese_are_never_repaired(head, words, tail):
    """Any word of three or more Cyrillic, Greek or kana letters quoted in a Chinese sentence is text."""
    text = head + " ".join(words) + tail
    assert find_repairs(text) == []


@pytest.mark.parametrize("words", ["ДОБРО ПОЖАЛОВАТЬ", "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ", "ΚΑΛΩΣ ΗΡΘΑΤΕ", "ООО ПАО ОАО"])
def test_words_in_capitals_are_never_repaired(words):
    assert find_repairs(f"展板上写着“{words}”。") == []


def test_a_small_letter_before_capitals_in_cyrillic_is_read_as_dos_866():
    """``хУБ`` is no word of any language written in Cyrillic; it is what DOS 866 makes of the UTF-8 of 品."""
    assert [(r.form, r.fix) for r in find_repairs("展板上写着“хУБ”。")] == [("utf8-as-cp866", "品")]
