"""TO003 on a stock and its flows (auditor/stock_flow.py): 年初 + 新增 − 退出 = 年末, in sentences and tables.

Each statement is written here: a consistent twin, the same with one number wrong, and look-alikes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook
from auditor.stock_flow import document_stock_flows
from auditor.textview import clean_view

TO003 = build_checkers([r for r in load_rulebook() if r.id == "TO003"])
NUMERIC = build_checkers([r for r in load_rulebook() if r.id.startswith(("PC", "TO"))])


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in audit_document(Document("a.txt", text), TO003)]


#: (consistent text, the same with one number wrong, the figure reported)
TWINS = [
    ("低保对象：年初6334户，本年新增纳入575户、退出保障505户，年末6404户。",
     "低保对象：年初6334户，本年新增纳入575户、退出保障505户，年末6909户。", "6909户"),
    ("年初在册监测对象3409户，全年新识别54户，风险消除310户，年末在册3153户。",
     "年初在册监测对象3409户，全年新识别54户，风险消除310户，年末在册3463户。", "3463户"),
    ("年初登记在册志愿者４０７８１人，本年新注册１１５８１人、注销３２５０人，年末４９１１２人。",
     "年初登记在册志愿者４０７８１人，本年新注册１１５８１人、注销３２５０人，年末５２３６２人。", "５２３６２人"),
    ("2023年初结转信访积案8155件，新增615件，化解1473件，结存7297件。",
     "2023年初结转信访积案8155件，新增615件，化解1473件，结存7197件。", "7197件"),
    # the end stated a sentence before, on the same line
    ("截至2020年底，信访积案2,259件。年内新增231件，化解417件，年初为2,445件。",
     "截至2020年底，信访积案2,529件。年内新增231件，化解417件，年初为2,445件。", "2,529件"),
    # only what came, only what left
    ("年初有家庭农场312家，全年新认定47家，年末359家。",
     "年初有家庭农场312家，全年新认定47家，年末369家。", "369家"),
    ("上年末在库项目580个，本年出库96个，期末在库484个。",
     "上年末在库项目580个，本年出库96个，期末在库494个。", "494个"),
    # money brought in, income, spending and what is left; with nothing brought in, the year's surplus
    ("上年结转资金52.10万元；本年收入合计930.40万元；本年支出合计941.20万元；年末结转和结余41.30万元。",
     "上年结转资金52.10万元；本年收入合计930.40万元；本年支出合计941.20万元；年末结转和结余14.30万元。", "14.30万元"),
    ("协会全年收入612.50万元，支出588.25万元，当年收支结余24.25万元。",
     "协会全年收入612.50万元，支出588.25万元，当年收支结余42.25万元。", "42.25万元"),
    # a balance carried over with nothing brought in stated (年末结余, 滚存结余): never less than the income less the
    # spending (收取 and 使用 name them too)
    ("村集体总收入714万元，总支出605万元，年末结余131万元。",
     "村集体总收入714万元，总支出605万元，年末结余102万元。", "102万元"),
    ("慈善专户收取83,190万元，使用62,596万元，滚存结余20,594万元。",
     "慈善专户收取83,190万元，使用62,596万元，滚存结余19,873万元。", "19,873万元"),
    # the start among the flows of a breakdown after the end (其中…，上年末为…)
    ("截至2023年底，在库项目7926个。其中全年新入库1931个、出库1333个，上年末为7328个。",
     "截至2023年底，在库项目7926个。其中全年新入库1931个、出库1333个，上年末为7382个。", "7926个"),
    # a fund's account: brought forward, what arrived, what was paid out, what is left; a balance named 余额
    ("专项资金上年结转420.50万元，本年到位1800.00万元，本年拨付1250.30万元，期末结存970.20万元。",
     "专项资金上年结转420.50万元，本年到位1800.00万元，本年拨付1250.30万元，期末结存907.20万元。", "907.20万元"),
    ("公积金年初缴存余额2150.00万元，全年归集1460.40万元，提取612.80万元，年末缴存余额2997.60万元。",
     "公积金年初缴存余额2150.00万元，全年归集1460.40万元，提取612.80万元，年末缴存余额2979.60万元。", "2979.60万元"),
    # a budget, what was spent of it, and what is left (结转下年, 结余)
    ("年初预算安排专项资金6200.00万元，实际支出4815.40万元，结转下年1384.60万元。",
     "年初预算安排专项资金6200.00万元，实际支出4815.40万元，结转下年1348.60万元。", "1348.60万元"),
    ("年度专项经费预算2,450.00万元，实际执行1,980.25万元，结余469.75万元已按规定上缴。",
     "年度专项经费预算2,450.00万元，实际执行1,980.25万元，结余496.75万元已按规定上缴。", "496.75万元"),
    # what left a register in other words (核减, 解困脱档, 处置不良); a statement over lines that go on after a ；
    ("防空警报器：年初686台，新增70台，核减32台，年末达到724台。",
     "防空警报器：年初686台，新增70台，核减32台，年末达到734台。", "734台"),
    ("在档困难职工年初为1785户，新增建档231户、解困脱档277户，年末为1739户。",
     "在档困难职工年初为1785户，新增建档231户、解困脱档277户，年末为1829户。", "1829户"),
    ("不良贷款余额变动情况：\n年初38.36亿元；\n本年新增不良2.87亿元，处置不良4.25亿元；\n年末36.98亿元。",
     "不良贷款余额变动情况：\n年初38.36亿元；\n本年新增不良2.87亿元，处置不良4.25亿元；\n年末40.98亿元。", "40.98亿元"),
]


@pytest.mark.parametrize(("good", "bad", "reported"), TWINS)
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad, reported):
    assert _found(good) == []
    assert _found(bad) == [reported]


TABLES = [
    "低保对象变动情况（单位：户）\n单位  年初数  新增纳入  退出保障  年末数\n"
    "梅岭乡  4,508  874  124  {a}\n华林镇  1,963  147  615  {b}\n特此通报。",
    "签约家庭医生变动情况（单位：人）\n单位 | 年初数 | 新增 | 退出 | 年末数\n"
    "丰原乡 | 1711 | 140 | 210 | {a}\n望洲镇 | 7510 | 1538 | 2067 | {b}",
    "规上工业企业变动情况\n单位\t年初数\t新入规\t退规\t年末数\n"
    "樟原镇\t7,455\t1,964\t7\t{a}\n芦泉镇\t6,155\t1,889\t507\t{b}",
]
#: the right end figures of each table's two rows
RIGHT = [("5,258", "1,495"), ("1641", "6981"), ("9,412", "7,537")]


@pytest.mark.parametrize(("table", "right"), list(zip(TABLES, RIGHT, strict=True)))
def test_a_table_of_starts_flows_and_ends_is_read_row_by_row(table, right):
    a, b = right
    assert _found(table.format(a=a, b=b)) == []
    wrong = b[:-2] + b[-1] + b[-2]  # the last two digits swapped
    assert _found(table.format(a=a, b=wrong)) == [wrong]


@pytest.mark.parametrize("text", [
    "年末户籍人口52,610人，比上年末净增96人；全年出生559人，死亡382人。",  # migration is left out
    "年末户籍人口85.2万人，比年初增加0.3万人。",
    "年初计划新增就业5000人，年末实际新增5600人，退出100人。",
    "年初有家庭农场312家，全年新认定约50家，年末359家。",  # approximate
    "年初以来，新增市场主体1200户，注销300户，年末实有8,000户。",  # 年初以来: a period, not a start
    "全年受理案件1,200件，办结1,100件，年末结存100件。",  # no start
    "年初有家庭农场312家，其中示范农场40家，全年新认定47家，年末359家。",  # a figure that is none of the four
    # a balance at the year's end with nothing brought in stated; a part of the spending under 其中; a budget
    "本年收入合计930.40万元，本年支出合计941.20万元，年末结转和结余44.30万元。",
    # a balance carried over above the year's surplus: what was brought in, not stated
    "合作社收取468万元，使用251万元，滚存结余232万元。",
    "全年收入612.50万元，支出588.25万元，其中基本支出400万元，结余24.25万元。",
    "预算收入600万元，预算支出580万元，结余30万元。",
    # a budget added to, and a budget spent at a rate: nothing left to check
    "年初预算500万元，追加预算100万元，实际支出550万元，结余50万元。",
    "部门预算1200万元，实际支出1080万元，预算执行率90%。",
])
def test_look_alikes_stay_silent(text):
    assert _found(text) == []


def test_the_finding_shows_the_arithmetic():
    text = TWINS[0][1]
    [finding] = audit_document(Document("a.txt", text), TO003)
    assert "6334 + 575 − 505 = 6404 ≠ stated 6909 户" in finding.message


def test_the_flows_are_found_once_per_document():
    doc = Document("a.txt", TWINS[0][0])
    assert document_stock_flows(doc) is document_stock_flows(doc)


def test_a_table_row_before_prose_keeps_its_line_break():
    assert clean_view("华林镇  1,963  147  615  1,495\n特此通报。").text.endswith("1,495\n特此通报。")
    assert clean_view("拆除重建农村危房61户、维修\n加固55户。").text == "拆除重建农村危房61户、维修加固55户。"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="年初末底新增退出注销年末数单位 |\t\n，。、0123456789,户人件", max_size=90))
def test_never_crashes_and_offsets_stay_inside_the_text(text):
    for finding in audit_document(Document("a.txt", text), NUMERIC):
        assert 0 <= finding.start < finding.end <= len(text)
