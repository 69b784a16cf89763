"""Line breaks inside sentences (text copied from PDFs and web pages) are read through by the numeric rules.

:func:`auditor.textview.clean_view` drops such a break from the view the numeric rules read and maps every
offset back; a break after a 。, before or after a heading, or between two short rows without punctuation
stays. The sentences are made up.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.quantities import parse_quantities
from auditor.rulebook import load_rulebook
from auditor.textview import clean_view


@functools.cache
def checkers():
    return build_checkers(list(load_rulebook()), select=["TO", "PC"])


@pytest.mark.parametrize(("text", "view"), [
    ("拆除重建农村危房61户、维修\n加固55户，共121户。", "拆除重建农村危房61户、维修加固55户，共121户。"),
    ("全镇现有户籍人口4312人，\n其中男性3128人", "全镇现有户籍人口4312人，其中男性3128人"),
    ("应缴费人数3670\n\n人，完成缴费2596人", "应缴费人数3670人，完成缴费2596人"),  # a number split from its unit
    ("农机购置补贴250.22万元\r\n、稻谷补贴87.63万元", "农机购置补贴250.22万元、稻谷补贴87.63万元"),
    ("全年新建雨污管网6142米，改造201米，\r\n疏通105米", "全年新建雨污管网6142米，改造201米，疏通105米"),
    ("今年以\n来，全区新建公厕17座", "今年以来，全区新建公厕17座"),  # a short line, then a line with punctuation
])
def test_a_line_break_inside_a_sentence_is_read_through(text, view):
    assert clean_view(text).text == view


@pytest.mark.parametrize("text", [
    "第一句话到此结束。\n第二句话从这里开始",
    "(一)坚持党建引领，凝聚干事创业合力\n一是加强政治理论学习。",
    "全区完成了以下几个方面的主要工作\n二、工作中存在的问题",
    "1.完成卫生城市复审工作\n2.完成健康社区创建工作",
    "主要做法如下：\n一是加强领导",
    "甲队12人，乙队8人。丁队3人\n戊队4人",  # rows of a table
    "新建公厕12座\n改造公厕30座\n合计42座",
    # a table's lines: fields one a line, a row of values alone, a total line after a long row
    "资助资金统计——学前教育：154万元\n义务教育：35.4万元\n合计：189.4万元。",
    "上坪村 白沙村 南岗村 东门社区 合计\n656 103 117 1326 2202",
    "年份 户数 金额 人数\n2021 120 35.5 12\n2022 130 40.5 16\n合计:250 76 28",
])
def test_a_line_break_that_ends_a_line_stays(text):
    assert clean_view(text).text == text


@pytest.mark.parametrize("text", ["高校毕业生技能提升培训 2904人次\n退役军人技能培训 4136人次",
                                  "乡镇事业单位人员\t289\n其他岗位人员\t167"])
def test_rows_of_a_one_column_table_stay_lines(text):
    """A name, white space, one number and its unit, on each of two lines: rows, however long the names."""
    assert clean_view(text).text.count("\n") == 1


def test_a_wrapped_total_is_checked_and_reported_where_it_stands():
    text = "上半年全街道新建雨污管网6142米，改造201米，\n疏通105米，合计6484米。"
    findings = audit_document(Document("wrapped.txt", text), checkers())
    assert [f.rule_id for f in findings] == ["TO001"]
    f = findings[0]
    assert text[f.start:f.end] == "6484米"
    assert "\n" not in text[f.start:f.end] and f.start > text.index("\n")


def test_a_wrapped_rate_is_recomputed():
    text = "截至9月底，全镇应参保人数3670\n人，已参保2596人，参保率为\n91.2%。"
    findings = audit_document(Document("wrapped.txt", text), checkers())
    assert [f.rule_id for f in findings] == ["PC001"]
    assert text[findings[0].start:findings[0].end] == "91.2%"


pieces = st.sampled_from(["全镇", "新建", "公厕", "12座", "3,670人", "，", "、", "。", "（一）", "二、", "\n", "\r\n",
                          "\r", "\n\n", " ", "\u3000", "(jì)", "合计", "其中", "率为", "91.2%", "1."])


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=40))
def test_the_view_maps_every_quantity_back_to_its_own_text(parts):
    text = "".join(parts)
    view = clean_view(text)
    assert len(view.text) <= len(text)
    for q in parse_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        original = text[q.start:q.end]
        squeezed = "".join(ch for ch in original if ch not in " \u3000\r\n")
        assert squeezed.startswith(view.text[q.clean_start:q.clean_start + 1])
