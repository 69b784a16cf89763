"""Russian read with the wrong code page (auditor.repair.cyrillic, MJ015 and MJ017): a table of cases, the
model's limits, and properties (clean Russian is never touched; a repair is the original text)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.repair import cyrillic
from auditor.repair.redecode import find_repairs

#: sentences written for these tests (a partner city's greetings, a fair, an agreement)
RUSSIAN = [
    "Мы рады видеть друзей из соседней провинции",
    "Стороны договорились расширить сотрудничество в сельском хозяйстве",
    "Выставка продлится до конца месяца",
    "Благодарим коллег за тёплую встречу и хорошую организацию",
    "Новый мост откроет короткий путь для грузовиков",
    "Подписано соглашение о сотрудничестве в области образования",
    "Экспорт сои и зерна остаётся важной частью торговли",
    "Цифровая платформа ускорит оформление документов на границе",
]
#: words of those sentences and a few more, for the properties
WORDS = sorted({w.lower() for s in RUSSIAN for w in s.split()} | {
    "ярмарка", "шахматный", "щедрый", "жители", "чистая", "вода", "юбилей", "эксперты", "хороший", "урожай",
    "пшеница", "фестиваль", "объём", "съезд", "район", "шьются", "утрёшься", "холод", "чем", "школа"})
SWAP_CODECS = cyrillic.SWAPS  # form -> (the codec wrongly used, the right one)
CONTEXT = "俄方代表在签约仪式上说：“{}”，现场反响热烈。"


def _damaged(original: str, form: str) -> str:
    wrong, right = SWAP_CODECS[form]
    return original.encode(right).decode(wrong)


def _repaired(text: str) -> str:
    for rep in sorted(find_repairs(text), key=lambda r: -r.start):
        text = text[:rep.start] + (rep.fix or "") + text[rep.end:]
    return text


def _russian_forms(text: str) -> list[str]:
    return [r.form for r in find_repairs(text) if r.form in SWAP_CODECS or r.form.startswith("utf8-as-")]


# --------------------------------------------------------------------------- a table of cases

@pytest.mark.parametrize("form", sorted(SWAP_CODECS))
@pytest.mark.parametrize("original", RUSSIAN[:4])
def test_a_code_page_swap_is_repaired(form, original):
    garbled = _damaged(original, form)
    text = CONTEXT.format(garbled)
    assert [r.form for r in find_repairs(text)] == [form]
    assert _repaired(text) == CONTEXT.format(original)


@pytest.mark.parametrize(("form", "codec"), [("utf8-as-cp1251", "cp1251"), ("utf8-as-koi8r", "koi8_r"),
                                             ("utf8-as-cp866", "cp866"), ("utf8-as-latin1", "cp1252"),
                                             ("utf8-as-latin1", "latin-1")])
@pytest.mark.parametrize("original", RUSSIAN[4:])
def test_utf8_russian_read_with_a_code_page_is_repaired_as_one_stretch(form, codec, original):
    garbled = original.encode("utf-8").decode(codec, errors="replace")
    if "\ufffd" in garbled:
        pytest.skip("a byte the code page leaves undefined")
    text = CONTEXT.format(garbled)
    assert [r.form for r in find_repairs(text)] == [form]
    assert _repaired(text) == CONTEXT.format(original)


@pytest.mark.parametrize(("text", "fix"), [
    ("中俄双语宣传册印有“Развитие коридоров РѕС‚РІРµС‡Р°РµС‚ интересам”字样。", "отвечает"),  # one word damaged
    ("俄方代表说“Торговый НАНПНР БШПНЯ почти вдвое”。", "оборот вырос"),  # a clause damaged
    ("俄方代表说“‘в®а®\xadл ¤®Ј®ў®аЁ«Ёбм”。", "Стороны договорились"),  # ‘ is the С of DOS 866
])
def test_part_of_a_quote_is_repaired(text, fix):
    assert [r.fix for r in find_repairs(text)] == [fix]


@pytest.mark.parametrize("text", [
    *(CONTEXT.format(s) for s in RUSSIAN),
    CONTEXT.format("ДОБРО ПОЖАЛОВАТЬ В НАШ ГОРОД"),
    CONTEXT.format("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ"),
    CONTEXT.format("ООО «Северный путь» и ПАО «Восток»"),
    CONTEXT.format("Ми раді бачити друзів з сусідньої провінції"),  # Ukrainian
    CONTEXT.format("Радваме се да видим приятели от съседната провинция"),  # Bulgarian
    CONTEXT.format("Драго нам је да видимо пријатеље"),  # Serbian
    CONTEXT.format("шьются утрёшься"),
    "外宾说“хол”和“чем”，意为冷和什么。",  # DOS 866 bytes of хол are UTF-8 for 宫
    "┌──────┬──────┐\n│ 项目 │ 金额 │\n├──────┼──────┤\n└──────┴──────┘",
    "═══════════════\n─────────────",
])
def test_clean_cyrillic_and_frames_are_not_repaired(text):
    assert _russian_forms(text) == []


def test_short_stretches_are_left_to_chance():
    """Fewer than eight letters: a word or two of debris is not judged (it could be an abbreviation)."""
    assert _russian_forms(CONTEXT.format(_damaged("мир", "koi8r-as-cp1251"))) == []


def test_the_swap_repair_is_not_safe_the_utf8_one_is():
    swap = find_repairs(CONTEXT.format(_damaged(RUSSIAN[0], "cp1251-as-koi8r")))
    utf8 = find_repairs(CONTEXT.format(RUSSIAN[0].encode().decode("cp1251")))
    assert [r.certain for r in swap] == [False] and [r.certain for r in utf8] == [True]


# --------------------------------------------------------------------------- the model

def test_the_bigram_table_holds_every_pair():
    table = cyrillic._bigram_bits()
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    assert len(table) == (len(letters) + 1) ** 2
    assert all(value < 0 for value in table.values())
    assert table["ст"] > table["ъы"]  # a common pair beats one no word has


def test_prose_scores_above_debris():
    for sentence in RUSSIAN:
        assert cyrillic.reads_as_russian(sentence), sentence
        for form in SWAP_CODECS:
            garbled = _damaged(sentence, form)
            assert cyrillic.bits_per_letter(garbled) < cyrillic.bits_per_letter(sentence) - 1, (form, garbled)


# --------------------------------------------------------------------------- properties

CASE = st.sampled_from([str.lower, str.capitalize, str.upper])
PHRASE = st.lists(st.builds(lambda w, case: case(w), st.sampled_from(WORDS), CASE), min_size=1,
                  max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(PHRASE)
def test_property_russian_words_are_never_repaired(phrase):
    assert _russian_forms(CONTEXT.format(phrase)) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(" ".join), st.sampled_from(sorted(SWAP_CODECS)))
def test_property_a_swap_repair_gives_back_the_original_or_nothing(phrase, form):
    text = CONTEXT.format(_damaged(phrase, form))
    repaired = _repaired(text)
    assert repaired in (text, CONTEXT.format(phrase))


DEBRIS = st.text(alphabet=st.sampled_from(
    "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯЁё ─│┌┐└┘├┤┬┴┼═║╔╗╚╝▄▀█░▒▓■"
    "ÐÑ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§©Є«¬\xad®Ї°±Ііґµ¶·№є»јЅѕї\xa0 ,.中文"), max_size=60)


@settings(max_examples=400, deadline=None)
@given(DEBRIS)
def test_property_never_crashes_and_repairs_are_inside_the_text(text):
    repairs = find_repairs(text)
    for rep in repairs:
        assert 0 <= rep.start < rep.end <= len(text)
    assert all(a.end <= b.start for a, b in pairwise(repairs))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(RUSSIAN), st.sampled_from(sorted(SWAP_CODECS)))
def test_property_repairing_twice_changes_nothing_more(sentence, form):
    once = _repaired(CONTEXT.format(_damaged(sentence, form)))
    assert _repaired(once) == once


def test_a_stretch_two_swaps_read_about_as_well_is_left_alone():
    """ДМС ДМС Й Й (для для и и read with the wrong code page) reads as Russian both ways: дну дну к к too."""
    text = CONTEXT.format(_damaged("для для и и", "koi8r-as-cp1251"))
    assert cyrillic.best_swap("ДМС ДМС Й Й") is None
    assert _repaired(text) in (text, CONTEXT.format("для для и и"))


def test_one_character_read_out_of_longer_debris_is_no_repair():
    # (found by the property test below: 'в холод' swapped cp866→koi8r holds Е╝╚, whose UTF-8 reading is 宫)
    text = CONTEXT.format(_damaged("в холод", "cp866-as-koi8r"))
    assert [r for r in find_repairs(text) if r.form.startswith("utf8-as-")] == []
