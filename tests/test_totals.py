"""Totals (TO001 totals-mismatch, TO002 part-exceeds-total): every construction, both directions.

Example sentences are made up for the tests; the seed documents are only read, at the end.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, audit_documents, build_checkers
from auditor.rulebook import load_rulebook
from auditor.sources import read_document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


@functools.cache
def checkers(*select: str):
    """Built on first use inside a test, so rule loading uses the session's cache directory."""
    return build_checkers(list(load_rulebook()), select=list(select))


def audit(text: str, *select: str) -> tuple[list, list]:
    """(findings, verified) of the TO rules (or *select*) in *text*."""
    doc = Document("example.txt", text)
    findings = audit_document(doc, checkers(*(select or ("TO",))))
    return findings, doc.cache["verified"]


def ids(findings) -> list[str]:
    return [f.rule_id for f in findings]


def assert_verified(text: str, arithmetic: str, rule: str = "TO001", construction: str | None = None):
    findings, verified = audit(text)
    assert findings == [], [f.message for f in findings]
    matching = [v for v in verified if v.rule_id == rule and arithmetic in v.message]
    assert matching, [v.message for v in verified]
    for v in matching:
        assert v.verified and v.severity == "info"
        if construction:
            assert v.subtype == construction
    return matching[0]


def assert_flagged(text: str, rule: str, arithmetic: str, span: str | None = None):
    findings, _verified = audit(text)
    hits = [f for f in findings if f.rule_id == rule]
    assert hits, [(f.rule_id, f.message) for f in findings]
    assert any(arithmetic in f.message for f in hits), [f.message for f in hits]
    for f in hits:
        assert f.severity == "error" and not f.verified
        if span is not None:
            assert text[f.start:f.end] == span
    return hits[0]


def assert_clean(text: str, *select: str):
    findings, _verified = audit(text, *select)
    assert findings == [], [(f.rule_id, f.message) for f in findings]


# --------------------------------------------------------------------------- respectively (分别是/分别为)

def test_respectively_consistent():
    v = assert_verified("共走访农户39户，分别是东村12户、西村14户、南村13户。", "12 + 14 + 13 = 39", "TO001",
                        "total-respectively")
    assert "户" in v.message


def test_respectively_fen_bie_wei():
    assert_verified("全年培训干部45人次，分别为科级20人次、一般干部25人次。", "20 + 25 = 45")


def test_respectively_sum_too_small():
    f = assert_flagged("共走访农户40户，分别是东村12户、西村14户、南村13户。", "TO001", "12 + 14 + 13 = 39 ≠ 40",
                       span="40户")
    assert f.subtype == "total-respectively"
    assert "户" in f.message


def test_respectively_sum_too_large():
    assert_flagged("共走访农户38户，分别是东村12户、西村14户、南村13户。", "TO001", "12 + 14 + 13 = 39 ≠ 38")


def test_respectively_decimals():
    assert_verified("种植果树120.5亩，分别是东片70.5亩、西片50亩。", "70.5 + 50 = 120.5")
    assert_flagged("种植果树120.5亩，分别是东片70.5亩、西片48亩。", "TO001", "70.5 + 48 = 118.5 ≠ 120.5")


# --------------------------------------------------------------------------- list, then total (合计/共计/总计)

@pytest.mark.parametrize("word", ["合计", "共计", "总计"])
def test_list_then_total_consistent(word):
    assert_verified(f"约谈村干部9人次，约谈站所干部15人次，{word}约谈24人次。", "9 + 15 = 24", "TO001",
                    "list-total")


@pytest.mark.parametrize("word", ["合计", "共计", "总计"])
def test_list_then_total_mismatch(word):
    assert_flagged(f"约谈村干部9人次，约谈站所干部15人次，{word}约谈25人次。", "TO001", "9 + 15 = 24 ≠ 25",
                   span="25人次")


def test_list_then_total_three_parts():
    assert_verified("新建公厕3座、垃圾站4座、污水站5座，合计12座。", "3 + 4 + 5 = 12")
    assert_flagged("新建公厕3座、垃圾站4座、污水站5座，合计13座。", "TO001", "3 + 4 + 5 = 12 ≠ 13")


# --------------------------------------------------------------------------- breakdown (其中/包括)

def test_breakdown_within_whole_is_verified():
    v = assert_verified("共受理信访件38件，其中来信12件、来访14件、网上信访12件。", "12 + 14 + 12 = 38", "TO002",
                        "qizhong")
    assert "≤ 38" in v.message


def test_breakdown_below_whole_is_not_flagged():
    assert_verified("共受理信访件38件，其中来信12件、来访14件。", "12 + 14 = 26 ≤ 38", "TO002")
    assert_verified("全区共有小区42个，其中老旧小区30个。", "30 ≤ 42", "TO002")


def test_breakdown_parts_exceed_whole():
    f = assert_flagged("共受理信访件38件，其中来信12件、来访14件、网上信访13件。", "TO002", "12 + 14 + 13 = 39 > 38",
                       span="38件")
    assert f.subtype == "qizhong"


def test_single_part_larger_than_the_whole():
    assert_flagged("全区共有小区20个，其中老旧小区25个。", "TO002", "25 > 20", span="25个")


def test_baokuo_is_a_breakdown():
    assert_verified("投入帮扶资金20万元，包括产业资金12万元、教育资金8万元。", "12 + 8 = 20", "TO002")
    assert_flagged("投入帮扶资金20万元，包括产业资金12万元、教育资金10万元。", "TO002", "12 + 10 = 22 > 20")


def test_breakdown_is_never_a_mismatch():
    """A 其中 list may be partial: TO001 never looks at it, whatever the sum."""
    findings, _ = audit("共受理信访件38件，其中来信12件、来访14件。", "TO001")
    assert findings == []


# --------------------------------------------------------------------------- complementary pairs

@pytest.mark.parametrize(("first", "second"), [
    ("按期", "超期"), ("已", "未"), ("线上", "线下"), ("省内", "省外"), ("正常", "异常"),
])
def test_complementary_pairs(first, second):
    text = f"办理诉求件300件，{first}办理诉求件200件、{second}办理诉求件100件。"
    assert_verified(text, "200 + 100 = 300", "TO001", "complementary")
    wrong = f"办理诉求件300件，{first}办理诉求件200件、{second}办理诉求件90件。"
    assert_flagged(wrong, "TO001", "200 + 90 = 290 ≠ 300")


def test_complementary_bare_numbers():
    assert_verified("处置工单5200单，按期处置数4100、超期处置数1100。", "4100 + 1100 = 5200")
    assert_flagged("处置工单5200单，按期处置数4100、超期处置数1200。", "TO001", "4100 + 1200 = 5300 ≠ 5200",
                   span="5200单")


def test_men_and_women():
    assert_verified("共有学员40人，男学员25人，女学员15人。", "25 + 15 = 40")
    assert_flagged("共有学员40人，男学员25人，女学员16人。", "TO001", "25 + 16 = 41 ≠ 40")


# --------------------------------------------------------------------------- units

def test_person_and_person_times_are_never_summed():
    for text in ("培训干部300人次，分别是科级100人、一般干部200人。",
                 "培训科级100人、一般干部200人，合计培训300人次。",
                 "培训科级100人次、一般干部200人，合计培训300人次。",
                 "走访群众300人次，分别是东村100人、西村150人、南村50人次。"):
        findings, verified = audit(text)
        assert findings == [], (text, [f.message for f in findings])
        assert not any("300" in v.message and "人" in v.message and "人次" not in v.message for v in verified)


def test_wan_yuan_and_yi_yuan_are_converted():
    # numbers as written, the sum in the total's unit
    v = assert_verified("投入资金1.5亿元，分别是省级5000万元、市级1亿元。", "5000万元 + 1亿元 = 1.5亿元")
    assert "元" in v.message
    assert_flagged("投入资金2.5亿元，分别是省级5000万元、市级1亿元。", "TO001", "= 1.5亿元 ≠ 2.5亿元")


def test_same_written_unit_is_shown_as_written():
    v = assert_verified("投入资金12.5万元，分别是省级5.2万元、市级7.3万元。", "5.2 + 7.3 = 12.5")
    assert "万元" in v.message


def test_kilometres_and_metres_are_converted():
    v = assert_verified("修建道路3.5公里，分别是东段2000米、西段1500米。", "2000米 + 1500米 = 3.5公里")
    assert "米" in v.message
    assert_flagged("修建道路4.5公里，分别是东段2000米、西段1500米。", "TO001", "2000米 + 1500米 = 3.5公里 ≠ 4.5公里")


# --------------------------------------------------------------------------- rounding

@pytest.mark.parametrize(("parts", "total", "ok"), [
    (("5.2", "7.3"), "12.5", True),
    (("5.2", "7.4"), "12.5", True),     # 12.6 vs [12.45, 12.55]: parts' own rounding reaches it
    (("5.2", "7.6"), "12.5", False),    # 12.8 cannot round to 12.5
    (("1.25", "1.25"), "2.5", True),
    (("0.33", "0.33", "0.33"), "1.0", True),
    (("0.3", "0.3", "0.3"), "1.0", True),
    (("0.3", "0.3"), "1.0", False),
])
def test_decimal_rounding(parts, total, ok):
    listed = "、".join(f"{label}{p}万元" for label, p in zip(("省级", "市级", "县级"), parts, strict=False))
    text = f"投入资金{total}万元，分别是{listed}。"
    findings, verified = audit(text)
    if ok:
        assert findings == [] and verified, [f.message for f in findings]
    else:
        assert ids(findings) == ["TO001"]


def test_measured_integers_are_rounded():
    """亩 is measured: 191亩 may be 190.5–191.5, so 191 + 163 = 354 can be 355 — but not 357."""
    v = assert_verified("种植蓝莓355亩，分别是东片191亩、西片163亩。", "191 + 163 = 354 ≈ 355")
    assert "within rounding" in v.message
    assert_flagged("种植蓝莓355亩，分别是东片191亩、西片166亩。", "TO001", "191 + 166 = 357 ≠ 355")


def test_counted_integers_are_not_rounded():
    assert_flagged("共走访农户355户，分别是东村191户、西村163户。", "TO001", "191 + 163 = 354 ≠ 355")


def test_decimal_total_against_measured_parts():
    assert_verified("种植蓝莓355.6亩，分别是东片191.6亩、西片164亩。", "191.6 + 164 = 355.6")
    assert_flagged("种植蓝莓355.6亩，分别是东片191.6亩、西片163亩。", "TO001", "191.6 + 163 = 354.6 ≠ 355.6")


# --------------------------------------------------------------------------- approximations

def test_approximate_parts_and_totals():
    assert_verified("全镇外出务工5万余人，分别是省外3万余人、省内2万余人。", "3 + 2 = 5")
    assert_clean("共200余人参加，其中党员100余人。")
    assert_clean("共200余人参加，其中党员100余人、群众100余人。")
    assert_clean("共有约300人参加，分别是党员约150人、群众约140人。")
    assert_clean("共有超过100人参加，其中党员60人、群众70人。")
    assert_clean("共有近50人参加，其中党员30人、群众19人。")


def test_upper_bounded_total_still_checked():
    assert_flagged("参加人数不足50人，其中党员30人、群众25人。", "TO002", "30 + 25 = 55 > 50")


# --------------------------------------------------------------------------- non-exhaustive lists

@pytest.mark.parametrize("text", [
    "共检查企业50家，分别是化工企业20家、机械企业10家等。",
    "共检查企业50家，主要分别是化工企业20家、机械企业10家。",
    "共检查企业50家，其中化工企业20家、机械企业10家。",
    "共检查企业50家，包括化工企业20家、机械企业10家。",
])
def test_non_exhaustive_lists_are_not_flagged(text):
    assert_clean(text)


def test_a_list_stops_at_a_new_statement():
    assert_clean("共有合作社30家，分别是种植类12家、养殖类18家，新增合作社5家。")


def test_parenthesised_sub_breakdowns_are_skipped():
    assert_verified("共受理案件30件，分别是民事案件20件（其中调解5件、判决15件）、刑事案件10件。", "20 + 10 = 30")


# --------------------------------------------------------------------------- hard negatives

@pytest.mark.parametrize("text", [
    "2022年共有干部15人，其中2021年新进8人。",
    "2021、2022年分别是12人、15人。",
    "2020、2021、2022年分别投入50万元、60万元、70万元。",
    "联系电话13812345678，共有干部15人，其中男干部8人、女干部7人。",
    "联系电话0791-86123456，共有干部15人，分别是科级5人、一般干部10人。",
    "根据〔2022〕15号文件，共有干部15人，分别是科级5人、一般干部10人。",
    "根据〔2022〕15号文件，安排帮扶干部16人，其中科级4人。",
    "营业收入同比增长135%，其中一季度增长12%、二季度增长130%。",
    "满意率提高2.5个百分点，其中城区提高3个百分点。",
    "占比30%-40%，其中城区35%。",
    "共有30-40人，其中党员35人。",
    "5月23日共接待群众12人，其中来访8人。",
    "一是加强领导，二是完善制度，其中三是重点。",
    "G60高速公路S351段共3公里，其中1公里已完工。",
    "接待游客5.11万人次，其中境外游客6700人次、省外游客37100人次、省内游客7300人次。",  # a pair after a sibling
    "社区工作者队伍共88人，其中致富带头人53人、党员65人。",  # roles and attributes overlap
    "选出村干部40人，其中致富带头人23人、网格员21人。",
    "新建道路12公里、桥梁3座，改造管网8公里、泵站2座，累计投入资金900万元。",  # pairs, but no total pair
    "汛期260人、7.1万元，年底170人、6.9万元。",
    # 上述…中 with two wholes of the parts' unit, neither named by the frame: no telling which
    "全年新建公园12个，改造广场9个。上述项目中，市级项目8个、区级项目7个。",
    "全年走访企业85家。上述企业中，规上企业40家。另有20家企业完成技改。",
    "全镇新建文化广场19个，分布在4个村：花园社区4个，青山村2个，胜利村5个，清泉社区8个。",  # 4个村 is no whole
    "全镇新建文化广场19个，分布在4个村：花园社区4个，青山村2个，胜利村5个。",  # a village left out
    "新建便民服务点20个，覆盖周边社区35个。",  # 覆盖 without 等领域: places covered, no breakdown
    "全年培训20场，涉及农户350人。",
    # a sub-breakdown's numbers are not parts of the list it sits in
    "共筹措资金5536万元，其中上级补助2156万元，包括中央资金1326万元、省级资金830万元；企业自筹900万元。",
    # 一是/二是 items that are measures, not parts of the whole before them
    "全年完成投资12亿元。一是加快项目建设，完成投资8亿元；二是强化要素保障，争取资金6亿元。",
    "全年完成投资12亿元。一是新开工项目8个，完成投资8亿元；二是续建项目5个，完成投资6亿元。",
    "全年完成投资12亿元，同比增长8%。主要做法：一是完成投资8亿元；二是争取资金6亿元。",
])
def test_hard_negatives(text):
    assert_clean(text)


def test_hard_negatives_do_not_hide_real_errors():
    """A document number or phone number next to a wrong sum: the sum is still reported."""
    assert_flagged("根据〔2022〕15号文件，共有干部15人，分别是科级5人、一般干部11人。", "TO001", "5 + 11 = 16 ≠ 15")
    assert_flagged("联系电话13812345678，共有干部15人，分别是科级5人、一般干部11人。", "TO001", "5 + 11 = 16 ≠ 15")


def test_pinyin_annotations_are_read_through():
    text = "約(yuē)談(tán)村干部9人次，站所干部15人次，合計(jì)約談26人次。"
    f = assert_flagged(text, "TO001", "9 + 15 = 24 ≠ 26")
    assert text[f.start:f.end] == "26人次"
    assert_verified("約(yuē)談(tán)村干部9人次，站所干部15人次，合計(jì)約談24人次。", "9 + 15 = 24")


def test_audit_documents_reports_verified():
    docs = [Document("a.txt", "新建公厕3座、垃圾站4座，合计7座。"),
            Document("b.txt", "新建公厕3座、垃圾站4座，合计8座。")]
    first, second = audit_documents(docs, checkers("TO"))
    assert first.findings == [] and [v.rule_id for v in first.verified] == ["TO001"]
    assert "3 + 4 = 7" in first.verified[0].message
    assert ids(second.findings) == ["TO001"] and second.verified == []


# --------------------------------------------------------------------------- properties

NOUNS = ["东片", "西片", "南片", "北片", "城区", "园区", "街道", "社区", "山区", "库区", "老城", "新城", "河东", "河西",
         "高校", "机关", "医院", "车站", "码头", "景区"]
UNITS = ["人", "人次", "户", "个", "家", "件", "起", "项", "所", "条", "处", "名", "座", "套", "台", "辆", "场次",
         "批次"]
ACTIONS = ["办理", "处置", "受理", "调解", "核查"]
PAIRS = [("按期", "超期"), ("已", "未"), ("线上", "线下"), ("省内", "省外"), ("正常", "异常")]
SEPARATORS = ["、", "，"]


def render(n: int, grouped: bool) -> str:
    return f"{n:,}" if grouped else str(n)


def listing(labels, values, unit, sep, grouped):
    return sep.join(f"{label}{render(v, grouped)}{unit}" for label, v in zip(labels, values, strict=True))


@st.composite
def statements(draw, constructions=("respectively", "list-total", "qizhong", "complementary")):
    """(construction, a function total -> sentence, the consistent total)."""
    construction = draw(st.sampled_from(constructions))
    unit = draw(st.sampled_from(UNITS))
    grouped = draw(st.booleans())
    sep = draw(st.sampled_from(SEPARATORS))
    n_parts = 2 if construction == "complementary" else draw(st.integers(2, 5))
    parts = draw(st.lists(st.integers(0, 200000), min_size=n_parts, max_size=n_parts))
    labels = draw(st.lists(st.sampled_from(NOUNS), min_size=n_parts, max_size=n_parts, unique=True))
    whole = draw(st.sampled_from(NOUNS))
    if construction == "respectively":
        word = draw(st.sampled_from(["分别是", "分别为"]))

        def sentence(total):
            return f"共有{whole}{render(total, grouped)}{unit}，{word}{listing(labels, parts, unit, sep, grouped)}。"
    elif construction == "list-total":
        word = draw(st.sampled_from(["合计", "共计", "总计"]))

        def sentence(total):
            return f"{listing(labels, parts, unit, sep, grouped)}，{word}{render(total, grouped)}{unit}。"
    elif construction == "qizhong":
        word = draw(st.sampled_from(["其中", "包括"]))

        def sentence(total):
            return f"共有{whole}{render(total, grouped)}{unit}，{word}{listing(labels, parts, unit, sep, grouped)}。"
    else:
        action = draw(st.sampled_from(ACTIONS))
        first, second = draw(st.sampled_from(PAIRS))
        pair_labels = [f"{first}{action}", f"{second}{action}"]

        def sentence(total):
            return (f"{action}{whole}事项{render(total, grouped)}{unit}，"
                    f"{listing(pair_labels, parts, unit, sep, grouped)}。")
    sentence.parts = parts  # for tests that need to know which tails of the list add up to what
    return construction, sentence, sum(parts)


@SETTINGS
@given(statements())
@example(("list-total", lambda t: f"东片12起、西片14起、南片13起，合计{t}起。", 39))
def test_consistent_statements_are_verified(statement):
    _construction, sentence, total = statement
    text = sentence(total)
    findings, verified = audit(text)
    assert not [f for f in findings if f.rule_id in ("TO001", "TO002")], (text, [f.message for f in findings])
    assert verified, text
    assert any(str(total) in v.message.replace(",", "") for v in verified), (text, [v.message for v in verified])


@SETTINGS
@given(statements(("respectively", "list-total", "complementary")), st.integers(1, 10**5), st.booleans())
def test_a_wrong_total_is_always_a_mismatch(statement, delta, down):
    _construction, sentence, total = statement
    wrong = total - delta if down and delta <= total else total + delta
    parts = sentence.parts
    # A list whose parts stand in separate clauses may have begun later than the sentence (有行政村12个，
    # 新建广场3个，健身场地5个，合计8个), so a tail that adds up to the total is bound as the list: with
    # small or zero parts a wrong total can meet such a tail by chance (0、1、1、0，合计1).
    assume(not any(sum(parts[k:]) == wrong for k in range(1, len(parts) - 1)))
    text = sentence(wrong)
    findings, verified = audit(text)
    mismatches = [f for f in findings if f.rule_id == "TO001"]
    if any(f.rule_id == "TO002" and f.diagnosis == "part-over-whole" for f in findings):
        return  # one part alone is larger than the wrong total: TO002 reports it, TO001 stays silent
    assert mismatches, (text, [f.message for f in findings])
    assert f"≠ {wrong}" in mismatches[0].message
    assert not [v for v in verified if v.rule_id == "TO001"]


@SETTINGS
@given(statements(("qizhong",)), st.integers(1, 10**5))
def test_a_whole_smaller_than_its_breakdown_is_always_reported(statement, delta):
    _construction, sentence, total = statement
    if total == 0:
        return
    wrong = max(0, total - delta)
    text = sentence(wrong)
    findings, _ = audit(text)
    assert [f.rule_id for f in findings] == ["TO002"], (text, [f.message for f in findings])


# --------------------------------------------------------------------------- the seed documents

def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not available")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"no {prefix}_*.txt in {SEEDS}")
    return matches[0]


def seed_result(prefix: str):
    doc = read_document(str(seed(prefix)))
    findings = audit_document(doc, checkers("TO", "PC"))
    return findings, doc.cache["verified"]


def test_seed_002_has_exactly_three_numeric_errors():
    findings, _verified = seed_result("002")
    errors = [f for f in findings if f.severity == "error"]
    expected = [("TO001", ("355.6",)), ("TO001", ("26127", "26208")), ("PC001", ("86%", "85.4"))]
    assert len(errors) == len(expected), [(f.rule_id, f.message) for f in errors]
    unmatched = list(errors)
    for rule, needles in expected:
        hit = [f for f in unmatched if f.rule_id == rule and all(n in f.message for n in needles)]
        assert len(hit) == 1, (rule, needles, [(f.rule_id, f.message) for f in errors])
        unmatched.remove(hit[0])
    assert unmatched == []


def test_seed_000_is_consistent_and_verified():
    findings, verified = seed_result("000")
    assert findings == [], [(f.rule_id, f.message) for f in findings]
    messages = [v.message for v in verified]
    for needle in ("8 + 18 = 26", "595 / 603", "56 / 62"):
        assert any(needle in m for m in messages), (needle, messages)
    assert all(v.verified and v.severity == "info" for v in verified)


def test_seed_004_has_no_numeric_error():
    findings, _verified = seed_result("004")
    assert [f for f in findings if f.severity == "error"] == []


def test_seeds_json_report_with_verified(run_cli, repo_root):
    seed("000")
    proc = run_cli("check", SEEDS, "--format", "json", "--show-verified")
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    schema = json.loads((repo_root / "reports" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["documents"]
    for document in report["documents"]:
        assert isinstance(document["verified"], list)
    first = next(d for d in report["documents"] if Path(d["path"]).name.startswith("000_"))
    assert any("8 + 18 = 26" in v["message"] for v in first["verified"])
    assert all(v["severity"] == "info" for d in report["documents"] for v in d["verified"])


def test_seeds_json_report_without_verified(run_cli, repo_root):
    seed("000")
    proc = run_cli("check", SEEDS, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    schema = json.loads((repo_root / "reports" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert all("verified" not in d for d in report["documents"])
