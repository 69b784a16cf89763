"""TO005 count-of-named-items: a stated count next to the things it counts, named one by one.

The sentences are made up; :mod:`auditor.named_counts` reads the lists, the totals kind reports.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.named_counts import named_counts
from auditor.rulebook import load_rulebook

NAMES = ["大岭村", "桂花村", "东门社区", "马山村", "竹园村", "白沙村", "青石村", "凤凰社区", "沙坪村"]
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@functools.cache
def checkers():
    return build_checkers(list(load_rulebook()), select=["TO005"])


def findings(text: str) -> list:
    return audit_document(Document("example.txt", text), checkers())


SHAPES = [
    "获评示范村的村有{n}个，分别是{items}。",
    "新增帮扶村{n}个（{items}）。",
    "{items}这{n}个村均获得表彰。",
    "{items}共{n}个村获得表彰。",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SHAPES), st.integers(2, 9), st.integers(-3, 3), st.booleans())
def test_a_count_is_held_to_the_items_named(shape, k, delta, chinese):
    n = k + delta
    if n < 1:
        return
    items = "、".join(NAMES[:k])
    text = shape.format(n=CN[n - 1] if chinese else n, items=items)
    found = findings(text)
    if n == k:
        assert found == [], text
    else:
        assert [f.rule_id for f in found] == ["TO005"], text
        assert f"{n} stated, {k} named" in found[0].message


def test_a_count_right_after_the_last_item_is_read_for_places_only():
    # (places: found from their count's 个 and kind, a cheap search; anything else would take a look at every 、)
    assert [f.rule_id for f in findings("全镇河口社区、杨柳村、双溪村4个村均获得表彰。")] == ["TO005"]
    assert findings("全镇河口社区、杨柳村、双溪村3个村均获得表彰。") == []
    assert findings("大岭公司、桂花公司、东门公司4个单位均获得表彰。") == []


def test_after_deng_the_count_may_be_larger_only():
    assert findings("新建大岭村、桂花村、东门社区等5个村的文化广场。") == []
    assert [f.rule_id for f in findings("新建大岭村、桂花村、东门社区、马山村等3个村的文化广场。")] == ["TO005"]


def test_a_count_of_kinds_before_a_colon_is_held_to_the_list_after_it():
    listed = "法律援助、技能培训、心理疏导、困难帮扶、政策宣传、创业指导。"
    assert findings("服务涵盖六个方面：" + listed) == []
    assert [f.rule_id for f in findings("服务涵盖七个方面：" + listed)] == ["TO005"]
    assert findings("工作分为三类：宣传、培训、排查等。") == []  # (等: the list may leave some out)


def test_a_count_of_bodies_that_did_something_is_held_to_the_names_after_the_colon():
    listed = "甲销售厅、乙销售厅、丙销售厅、丁农商银行。"
    assert findings("共有四家获评年度优秀销售单位：" + listed) == []
    assert [f.rule_id for f in findings("共有六家获评年度优秀销售单位：" + listed)] == ["TO005"]
    assert [f.rule_id for f in findings("共有2个单位完成改造：" + listed)] == ["TO005"]
    # (what they did is no name: 完成改造的情况：…)
    assert findings("共有六家完成改造，情况如下：进度较快、质量较好。") == []


def test_a_list_including_items_among_a_count_may_name_fewer_only():
    assert findings("包括甲公司、乙公司在内的5家企业入选名单。") == []
    assert [f.rule_id for f in findings("包括甲公司、乙公司、丙公司在内的2家企业入选名单。")] == ["TO005"]


def test_items_numbered_in_one_line_after_a_count_and_its_things():
    listed = "：①植树活动②义诊活动③普法讲座，群众反响良好。"
    assert findings("开展三项志愿活动" + listed) == []
    assert [f.rule_id for f in findings("开展五项志愿活动" + listed)] == ["TO005"]


def test_a_count_after_a_list_apart_by_semicolons():
    listed = "重点抓好以下工作：强化督查；完善制度；加强培训；提升服务。"
    assert findings(listed + "以上四项工作由办公室牵头。") == []
    assert [f.rule_id for f in findings(listed + "以上三项工作由办公室牵头。")] == ["TO005"]


def test_a_count_after_a_comma_names_the_kind_of_the_list_before_it():
    listed = "本次考核包括“蓝天”行动、“护苗”行动、“净土”行动"
    assert findings(listed + "，共3个专项行动。") == []
    assert [f.rule_id for f in findings(listed + "，共4个专项行动。")] == ["TO005"]
    assert findings("重点推进东区、西区、南区，共12个项目。") == []  # projects in the areas, not the areas


def test_groups_set_up_are_counted_before_a_colon():
    assert findings("专班下设三个工作组：督查组、宣传组、保障组，分别负责相关工作。") == []
    assert [f.rule_id for f in findings("专班下设三个工作组：督查组、宣传组、保障组、后勤组。")] == ["TO005"]
    assert findings("专班下设三个工作组：负责督查、宣传、保障。") == []  # no groups named


def test_a_last_item_joined_by_he_may_be_one_or_two():
    assert findings("三个社区分别为甲社区、乙社区和丙社区。") == []
    assert findings("两个项目分别为交通项目、教育和卫生项目。") == []


@pytest.mark.parametrize("text", [
    "在全市13个县（市、区）综合考核中，我县位列第6位。",  # what the word takes in, not names
    "抽检食品30批次，其中合格27批次、不合格3批次。",  # amounts, not names
    "种植果树120.5亩，分别是东片70.5亩、西片50亩。",
    "建成文化广场、健身路径12处。",  # the facilities, not the kinds
    "新开工项目2个，分别是年产5000吨有机肥项目、农产品精深加工项目。",  # digits inside a name
    "用时2个月，完成道路、桥梁两项工程。",
    "依据《关于推进村级、乡级服务站建设的通知》等3个文件。",  # a title holds the 、
    "招聘教师二百五十四名(中小学九十五名、幼儿园一百五十九名)。",  # 五十四名 is the end of a longer number
])
def test_no_count_is_read_where_no_names_are_counted(text):
    assert findings(text) == [], [(f.rule_id, f.message) for f in findings(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("、，。（）个家村企业分别是这等共和及3五9 ") + NAMES), max_size=40))
def test_never_crashes_and_spans_stay_inside(pieces):
    text = "".join(pieces)
    for c in named_counts(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.named and c.stated >= 1


@pytest.mark.parametrize(("text", "found"), [
    ("围绕年度目标，重点推进６项工作：\n（1）推进垃圾分类。\n（2）开展隐患排查。\n（3）建设智慧社区。", [(6, (3,))]),
    ("组织开展三大攻坚行动：\n第一，开展隐患排查。\n第二，完善网格管理。\n第三，推进河湖整治。\n第四，开展护苗行动。",
     [(3, (4,))]),
    ("组织开展三大攻坚行动：\n第一，开展隐患排查。\n第二，完善网格管理。\n第三，推进河湖整治。", [(3, (3,))]),
])
def test_a_count_in_full_width_digits_or_of_big_things_is_held_to_its_numbered_items(text, found):
    assert [(c.stated, c.named) for c in named_counts(text)] == found
