"""PC009: multiples and averages stated with both of their operands (auditor/quotients.py).

Each sentence is written here: a consistent twin, the same with one number wrong, and look-alikes that
must stay silent."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.quotients import PLAUSIBLE_FACTOR, document_quotients, plausible
from auditor.rulebook import load_rulebook

CHECKERS = build_checkers([r for r in load_rulebook() if r.id.startswith(("PC", "TO"))])
PC009 = build_checkers([r for r in load_rulebook() if r.id == "PC009"])


def _rules(text: str) -> list[str]:
    return sorted({f.rule_id for f in audit_document(Document("a.txt", text), CHECKERS)})


#: (consistent text, the same with one number wrong)
TWINS = [
    # multiples: base in brackets, after 相当于 … 年, after 上年同期, with thousands separators
    ("营业收入92.20亿元，是上年（18.60亿元）的4.96倍。",
     "营业收入92.20亿元，是上年（18.60亿元）的0.50倍。"),
    ("2023年粮食加工量69,403吨，相当于2022年40,351吨的1.72倍。",
     "2023年粮食加工量69,403吨，相当于2022年40,351吨的2.06倍。"),
    ("城镇新增就业21,994人，是上年（6,603人）的3.3倍。",
     "城镇新增就业21,994人，是上年（6,603人）的4.0倍。"),
    ("网上办件量达到8,120件，为上年同期（2,030件）的4倍。",
     "网上办件量达到8,120件，为上年同期（2,030件）的3倍。"),
    ("税收收入完成５６０万元，是去年同期１４０万元的４.０倍。",
     "税收收入完成５６０万元，是去年同期１４０万元的４.８倍。"),
    # averages: money over people, households and land; things over people and units
    ("发放高龄津贴685.17万元，惠及老年人3397人，人均2017元。",
     "发放高龄津贴685.17万元，惠及老年人3397人，人均201.7元。"),
    ("人均150.5元（发放补贴613.8万元，共40,785人）。",
     "人均1505元（发放补贴613.8万元，共40,785人）。"),
    ("户均465元（发放耕地地力保护补贴918万元，共19,743户）。",
     "户均565元（发放耕地地力保护补贴918万元，共19,743户）。"),
    ("带动农户1860户增收476万元，户均增收2559元。",
     "带动农户1860户增收476万元，户均增收3200元。"),
    ("按每亩105元标准，对188,584亩发放生态公益林补偿，共计1,980.13万元。",
     "按每亩141元标准，对188,584亩发放生态公益林补偿，共计1,980.13万元。"),
    ("发放种粮补贴1200万元，补贴面积15万亩，每亩80元。",
     "发放种粮补贴1200万元，补贴面积15万亩，每亩8元。"),
    ("审结案件12,450件，员额法官83名，人均结案150件。",
     "审结案件12,450件，员额法官83名，人均结案105件。"),
    ("现有家庭医生团队171个，签约居民142,220人，平均每个团队签约831.7人。",
     "现有家庭医生团队171个，签约居民142,220人，平均每个团队签约381.7人。"),
    ("服务小区558个，平均每家服务6.9个（物业服务企业81家）。",
     "服务小区558个，平均每家服务7.9个（物业服务企业81家）。"),
    ("接待游客120万人次，实现旅游收入8.5亿元，人均消费708元。",
     "接待游客120万人次，实现旅游收入8.5亿元，人均消费908元。"),
    # a day's average over the working days in brackets; class hours a head
    ("全年工作日（248天）共受理业务62,000件，平均每天250.0件。",
     "全年工作日（248天）共受理业务62,000件，平均每天205.0件。"),
    ("累计完成培训学时18,600学时，参训干部150人，人均124.0学时。",
     "累计完成培训学时18,600学时，参训干部150人，人均142.0学时。"),
]


@pytest.mark.parametrize(("good", "bad"), TWINS)
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad):
    assert "PC009" not in _rules(good)
    assert "PC009" in _rules(bad)


def test_a_consistent_quotient_is_verified_and_the_finding_names_the_arithmetic():
    good, bad = TWINS[5]
    PC009[0].keep_verified = True
    try:
        verified = [f for f in PC009[0].check(Document("a.txt", good))]
    finally:
        PC009[0].keep_verified = False
    assert [f.verified for f in verified] == [True]
    [finding] = audit_document(Document("a.txt", bad), PC009)
    assert bad[finding.start:finding.end] == "201.7元"
    assert "6851700元 / 3397人 = 2016.99元 ≠ stated 201.7元" in finding.message


@pytest.mark.parametrize("text", [
    "发放养老金3.2亿元，惠及12万人，人均月领取222元。",  # a monthly figure of a yearly total
    "城镇居民人均可支配收入42000元，常住人口56万人。",  # an average of another total
    "城镇居民人均可支配收入42000元，常住人口56万人，其中城镇人口30万人。",
    "发放补贴约1200万元，惠及4000人，人均3000元。",  # approximate
    "发放补贴1200万元，惠及4000余人，人均3000元。",
    "纳入监测12户45人，其中3户7人均已消除风险。",  # 均: all of them
    "新纳入监测户均为突发严重困难户，共3户5人。",
    "网上办件量8,120件，比上年（2,030件）增长3倍。",  # 增长N倍: A/B − 1
    "粮食产量是上年的1.2倍，达到36万吨。",  # no base number
    "城镇居民人均可支配收入为农村居民（18000元）的2.3倍，达到41400元。",  # the value after the multiple
    "发放补贴1.2亿元，补贴面积80万亩，其中水田每亩150元、旱地每亩120元。",  # two averages
    "农村居民人均可支配收入18000元，城镇居民人均可支配收入42000元，全市常住人口56万人。",
    "全年发放补贴1200万元，惠及5000人，其中困难群众800人人均6000元。",
    "全市居民储蓄存款余额320亿元，是全省平均水平的1.5倍。",  # a multiple of an unstated figure
    "生师比为1∶15.1（专任教师3965人，在校学生59871人）。",  # a ratio, not read
    "实施高新技术企业倍增计划，专精特新企业数量翻倍，达到120家。",
])
def test_look_alikes_stay_silent(text):
    assert "PC009" not in _rules(text)


#: (a growth in times with both figures, the same with the multiple written for the growth, one with a typo)
GROWTHS_IN_TIMES = [
    ("研发投入从932万元增至3160万元，增长了2.4倍。", "研发投入从932万元增至3160万元，增长了3.4倍。",
     "研发投入从932万元增至3160万元，增长了5.4倍。"),
    ("刑事案件立案数26613起，较上年（7834起）增长2.4倍。", "刑事案件立案数26613起，较上年（7834起）增长3.4倍。",
     "刑事案件立案数26613起，较上年（7834起）增长1.4倍。"),
    ("外贸进出口总额664.14亿元，比上年的170.56亿元增长2.9倍。",
     "外贸进出口总额664.14亿元，比上年的170.56亿元增长3.9倍。",
     "外贸进出口总额664.14亿元，比上年的170.56亿元增长9.2倍。"),
    ("冷链仓储能力由2019年的3066吨提高到10445吨，增长2.41倍。",
     "冷链仓储能力由2019年的3066吨提高到10445吨，增长3.41倍。",
     "冷链仓储能力由2019年的3066吨提高到10445吨，增长4.21倍。"),
]


@pytest.mark.parametrize(("good", "multiple", "typo"), GROWTHS_IN_TIMES)
def test_a_growth_in_times_is_value_over_base_less_one(good, multiple, typo):
    assert not {"PC009", "PC010"} & set(_rules(good))
    assert [r for r in _rules(multiple) if r in ("PC009", "PC010")] == ["PC010"]
    assert [r for r in _rules(typo) if r in ("PC009", "PC010")] == ["PC009"]


def test_the_multiple_for_growth_finding_names_both_readings():
    [finding] = [f for f in audit_document(Document("a.txt", GROWTHS_IN_TIMES[0][1]), CHECKERS)]
    assert finding.rule_id == "PC010" and finding.diagnosis == "multiple-for-growth"
    assert "3.39倍, a growth of 2.39倍 (stated 增长3.4倍)" in finding.message


@pytest.mark.parametrize("text", [
    "全年接待游客540万人次，增长3.5倍。",  # no base
    "研发投入从932万元增至3160万元，是原来的3.4倍。",  # a multiple without the base's number
    "研发投入从932万元增至3160万元，增长了近2.5倍。",  # approximate
    "销售额从3160万元降至932万元，增长了2.4倍。",  # a fall: not a growth in times
    "新建项目12个，投资3160万元，比上年增长2.4倍，带动就业932人。",  # different units
])
def test_growths_in_times_that_are_not_read(text):
    assert not {"PC009", "PC010"} & set(_rules(text))


def test_a_slip_under_two_percent_is_not_reported_when_an_operand_is_rounded():
    # 4.17万 / 108 = 386.1: 382.9 is 0.8 % off, within what rounding of finer figures may give
    assert "PC009" not in _rules("审结案件4.17万件，人均结案382.9件（员额法官108名）。")
    assert "PC009" in _rules("审结案件4.17万件，人均结案372.9件（员额法官108名）。")


def test_with_operands_written_in_full_half_a_percent_is_the_leeway():
    # 41677 / 108 = 385.9 exactly: 382.9 is 0.8 % off (a slip), 384.9 0.26 % (what the total may hold beyond)
    assert "PC009" in _rules("审结案件41677件，人均结案382.9件（员额法官108名）。")
    assert "PC009" not in _rules("审结案件41677件，人均结案384.9件（员额法官108名）。")


def test_quotients_too_far_apart_are_not_one_relation():
    # 6851700 / 3397 = 2017: stated 2 (a thousandth) pairs other things, stated 201.7 (a tenth) is a slip
    assert not plausible(Fraction(2), Fraction(2017))
    assert plausible(Fraction(2017, 10), Fraction(2017))
    assert not plausible(Fraction(PLAUSIBLE_FACTOR * 2017 + 1), Fraction(2017))
    assert "PC009" not in _rules("发放高龄津贴685.17万元，惠及老年人3397人，人均2元。")


def test_quotients_are_found_once_per_document_and_cached():
    doc = Document("a.txt", "发放补贴685.17万元，惠及3397人，人均2017元。营业收入9.2亿元，是上年（2亿元）的4.6倍。")
    found = document_quotients(doc)
    assert [r.construction for r in found] == ["average", "multiple"]
    assert document_quotients(doc) is found


def test_offsets_point_into_the_original_text_with_full_width_digits():
    text = "前言。\n发放补贴６８５.１７万元，惠及３３９７人，人均２０１.７元。"
    [finding] = audit_document(Document("a.txt", text), PC009)
    assert text[finding.start:finding.end] == "２０１.７元"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="人均户每亩倍平的是为相当于上年（）()，。0123456789.,万元件个家名 \n", max_size=80))
def test_never_crashes_and_offsets_stay_inside_the_text(text):
    for finding in audit_document(Document("a.txt", text), PC009):
        assert 0 <= finding.start < finding.end <= len(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("全县小学在校生41046人，专任教师2898人，师生比为1:14.16。", False),
    ("全县小学在校生41046人，专任教师2898人，师生比为1:13。", True),
    ("全院注册护士2194人、执业医师1989人，医护比为1:1.10。", False),
    ("全院注册护士2194人、执业医师1989人，医护比为1:1.27。", True),
    ("全县常住人口1,447,119人，注册执业医师3927人，每万人口执业医师数27.1人。", False),
    ("全县常住人口1,447,119人，注册执业医师3927人，每万人口执业医师数27.6人。", True),
])
def test_pupils_nurses_and_counts_per_ten_thousand(text, wrong):
    from auditor.document import Document
    from auditor.engine import audit_document, build_checkers
    from auditor.rulebook import load_rulebook

    checkers = build_checkers(list(load_rulebook()), select=["PC009"])
    assert bool(audit_document(Document("a.txt", text), checkers)) is wrong
