"""Totals after parts one a sentence (``sentences-then-total``), the states of a set of tasks (``progress-statuses``),
the year's quarters named at once, and items counted after a full stop or a whole's colon."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.relations import document_relations
from auditor.rulebook import load_rulebook

_CHECKERS = build_checkers(list(load_rulebook()), select=["TO001", "TO002", "TO004", "TO005", "TO009"])


def _codes(text: str) -> list[str]:
    return [f.rule_id for f in audit_document(Document("report.txt", text.replace("⏎", "\n")), _CHECKERS)]


def _constructions(text: str) -> list[str]:
    return [r.construction for r in document_relations(Document("report.txt", text.replace("⏎", "\n"))).sums]


@pytest.mark.parametrize(("text", "codes"), [
    # the parts one a sentence, then 以上合计 (the total's own name may stand between)
    ("公交完成483.1万人次。地铁完成378.0万人次。轮渡完成97.7万人次。⏎以上合计客运量968.8万人次。", ["TO001"]),
    ("公交完成483.1万人次。地铁完成378.0万人次。轮渡完成97.7万人次。⏎以上合计客运量958.8万人次。", []),
    # one part a line, each with words after its figure
    ("⏎".join(["住房保障支出方面31,206万元。", "农林水支出类58,114万元，已全部建立台账。", "交通运输支出6,381万元。",
               "以上各项合计95,701万元。"]), []),
    ("⏎".join(["住房保障支出方面31,206万元。", "农林水支出类58,114万元，已全部建立台账。", "交通运输支出6,831万元。",
               "以上各项合计95,701万元。"]), ["TO001"]),
    # as many as the total counts: the nearest ones
    ("甲镇完成改厕150户，进度居首位。乙镇完成342户。丙镇完成59户。以上三个乡镇合计完成改厕551户。", []),
    ("甲镇完成改厕180户，进度居首位。乙镇完成342户。丙镇完成59户。以上三个乡镇合计完成改厕551户。", ["TO001"]),
    # a sentence of context before the list, of the same unit: the nearest parts make the total exactly
    ("全年培训农民工1200人。甲镇培训300人。乙镇培训450人。以上合计750人。", []),
    # the whole stated first and restated after the parts: each is held to them
    ("全街道共获得专利授权434件。⏎实用新型：198件，逐一跟踪。⏎外观设计：118件。⏎发明：118件。⏎"
     "综上，全年专利总数为344件。", ["TO001"]),
    ("全区共接待来访414批次。⏎征地拆迁：148批次。⏎劳动社保：158批次。⏎城乡建设：105批次。⏎以上合计411批次。",
     ["TO001"]),
    ("全区共接待来访411批次。⏎征地拆迁：148批次。⏎劳动社保：158批次。⏎城乡建设：105批次。⏎以上合计411批次。", []),
    # 总体看/汇总来看 sum up only a near miss or a known slip (two digits swapped)
    ("⏎".join(["大气污染方面：共处理216件。", "聚焦水污染，完成52件。", "聚焦噪声污染，共办理183件。",
               "在土壤污染方面，办理49件。", "总体看，今年以来累计受理投诉500件。"]), []),
    ("⏎".join(["大气污染方面：共处理216件。", "聚焦水污染，完成52件。", "聚焦噪声污染，共办理183件。",
               "在土壤污染方面，办理49件。", "总体看，今年以来累计受理投诉5000件。"]), []),
    ("聚焦火灾扑救，办理388起。⏎聚焦社会救助，受理149起。⏎虚假警方面，完成659起。⏎汇总来看，2021年共接处警情1,169起。",
     ["TO001"]),
    # 全年累计 after the sentences of the four quarters
    ("一季度查处违法行为622件。二季度查处860件。进入三季度后，查处378件。四季度查处53件。"
     "全年累计查处违法行为1193件。", ["TO001"]),
    ("一季度查处违法行为622件。二季度查处860件。进入三季度后，查处378件。四季度查处53件。"
     "全年累计查处违法行为1913件。", []),
    ("10月查处违法行为622件。11月查处860件。12月查处378件。全年累计查处违法行为9193件。", []),
    # each part's sentence written alike with 累计, the year's tally of one kind: parts, not the whole stated first
    ("⏎".join(["甲类方面，累计528人。", "乙类方面，累计4210人。", "丙类方面，实现1376人。", "丁类方面，完成2509人。",
               "以上各项合计8623人。"]), []),
    ("⏎".join(["甲类方面，累计528人。", "乙类方面，累计4210人。", "丙类方面，实现1376人。", "丁类方面，完成2509人。",
               "以上各项合计8632人。"]), ["TO001"]),
    # a list two paragraphs away, an estimate, a part with two figures: not read
    ("企业5,982户；合作社2,432户。⏎坚持接诉即办。以上合计9,577户。", []),
    ("甲镇完成改厕约150户。乙镇完成342户。丙镇完成59户。以上合计完成改厕600户。", []),
    ("甲镇完成改厕150户、卫生户90户。乙镇完成342户。以上合计完成改厕600户。", []),
])
def test_a_total_sums_up_the_sentences_above_it(text, codes):
    assert _codes(text) == codes


def test_the_sentences_reading_replaces_a_shorter_one_of_the_same_total():
    """The sentence before the total holds only the last part; the run holds them all."""
    text = ("甲类安置：102人，已建台账。乙类：102人，已建台账。丙类安置102人。丁类方面，安置就业人员103人。"
            "以上合计就业人员409人。")
    assert _codes(text) == []
    assert "sentences-then-total" in _constructions(text)


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.integers(1, 9000), min_size=2, max_size=5), slip=st.integers(-40, 40),
       counted=st.booleans(), lines=st.booleans())
def test_a_run_of_sentences_adds_up_or_is_reported(parts, slip, counted, lines):
    """Parts one a sentence under 以上合计: silent when they add up, reported when the total is off (TO001, or TO002
    when a part alone is larger than the total)."""
    total = sum(parts) + slip
    assume(total >= 1)
    # (uncounted, the nearest parts that make the total exactly are read as the list: the sentences before them as
    # context)
    assume(counted or all(sum(parts[-k:]) != total for k in range(2, len(parts))))
    names = ["甲街道", "乙街道", "丙街道", "丁街道", "戊街道"]
    join = "\n" if lines else ""
    body = join.join(f"{name}办理{p}件。" for name, p in zip(names, parts, strict=False))
    count = "、两三四五"[len(parts) - 1] + "个街道" if counted else ""
    text = f"{body}{join}以上{count}合计办理{total}件。"
    codes = _codes(text)
    assert ("TO001" in codes or "TO002" in codes) == (slip != 0)


@pytest.mark.parametrize(("text", "codes"), [
    # done, then what is under way (in the clause right after), maybe what is left for later
    ("确定改造任务的小区492个，已完工261个，在建231个。", []),
    ("确定改造任务的小区492个，已完工261个，在建168个。", ["TO001"]),
    ("针对发现的360条问题，72条已完成整改，233条正在整改，55条列入长期整改。", []),
    ("针对发现的360条问题，72条已完成整改，233条正在整改，58条列入长期整改。", ["TO001"]),
    ("年度计划受理各类案件7252件，已完成4602件，还有2648件正在加快推进。", ["TO001"]),
    # the set of tasks in the sentence before
    ("今年确定的民生实事项目36项。截至12月底，已完工24项，正在加快推进12项。", []),
    ("今年确定的民生实事项目36项。截至12月底，已完工24项，正在加快推进14项。", ["TO001"]),
    ("全县共安排重点项目四十二个，计划投资867.6亿元。截至12月底，已竣工13个，在建7个，开展前期工作15个。", ["TO001"]),
    # statuses that overlap (开工 holds 竣工; 其中), a list of the main ones (主要), an estimate: not read
    ("全县实施重点项目120个，已开工98个，正在推进30个。", []),
    ("全县实施重点项目120个，已竣工40个，其中正在验收的30个。", []),
    ("全县实施重点项目约120个，已竣工40个，在建90个。", []),
    ("今年以来新建项目120个。截至12月底，已竣工40个，在建60个，另有项目20个在谈。", []),
])
def test_the_states_of_a_set_of_tasks_make_it_up(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # the four quarters named at once before 分别, the year's total after
    ("工业投资一至四季度分别完成21.14亿元、39.16亿元、37.28亿元和26.40亿元，全年累计完成129.38亿元。", ["TO001"]),
    ("工业投资一至四季度分别完成21.14亿元、39.16亿元、37.28亿元和26.40亿元，全年累计完成123.98亿元。", []),
    ("一季度至四季度分别办理不动产登记800件、877件、457件、741件，全年办理2844件。", ["TO001"]),
    ("一季度至四季度分别办理不动产登记800件、877件、457件、741件，全年办理2875件。", []),
    ("三至四季度分别办理不动产登记800件、877件，全年办理2875件。", []),
])
def test_the_quarters_named_at_once_make_up_the_year(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # a count in a sentence of its own, then items marked 一是, 二是 …
    ("重点抓好3个方面工作。一是冷链物流；二是农机推广；三是耕地保护；四是品牌培育。", ["TO005"]),
    ("重点抓好4个方面工作。一是冷链物流；二是农机推广；三是耕地保护；四是品牌培育。", []),
    ("重点抓好六方面工作：一是抓环境；二是抓项目；三是抓民生；四是抓安全；五是抓改革。", ["TO005"]),
    ("重点抓好五方面工作：一是抓环境；二是抓项目；三是抓民生；四是抓安全；五是抓改革。", []),
    # a count of the parts a report goes on in, and the headings （一）, （二） under it
    ("现就全年工作从五个方面报告如下。⏎（一）压实责任⏎正文。⏎（二）优化环境⏎正文。⏎（三）落实包保⏎正文。", ["TO005"]),
    ("现就全年工作从三个方面报告如下。⏎（一）压实责任⏎正文。⏎（二）优化环境⏎正文。⏎（三）落实包保⏎正文。⏎二、下一步⏎（一）甲⏎（二）乙",
     []),
    # a whole, its colon, then the items each with its amount
    ("开展专项执法行动四次，累计检查企业217家次：一是蓝天行动，检查37家次；二是守护行动，检查14家次；三是净土行动，检查12家次；"
     "四是护河行动，检查145家次。", ["TO001"]),
    ("开展专项执法行动两次，累计检查企业450家次：一是守护行动，检查171家次；二是蓝天行动，检查279家次。", []),
])
def test_items_counted_after_a_full_stop_or_a_wholes_colon(text, codes):
    assert _codes(text) == codes
