"""Lists written one item a line (auditor.line_lists): tables flattened into lines and numbered items,
each with a consistent and a broken twin, and the layouts that must not be read as one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.line_lists import line_list_sums
from auditor.quantities import document_quantities
from auditor.rulebook import load_rulebook

CHECKERS = build_checkers([r for r in load_rulebook() if r.id.startswith("TO")])


def _rules(text: str) -> list[str]:
    return sorted({f.rule_id for f in audit_document(Document("a.txt", text), CHECKERS)})


def _sums(text: str) -> list[tuple[list, object]]:
    view, norm, _ = document_quantities(Document("a.txt", text))
    return [([p.plain_value for p in parts], whole.plain_value) for whole, parts, _ in line_list_sums(view, norm)]


#: (consistent text, the same with one number wrong)
TWINS = [
    # rows of a name and a number under a header, then the total line
    ("救助资金（单位：万元）\n项目 数量\n特困供养金 80\n临时救助金 250\n低保金 30\n总计 360",
     "救助资金（单位：万元）\n项目 数量\n特困供养金 80\n临时救助金 205\n低保金 30\n总计 360"),
    # an index column, a dash and spaces inside 合 计
    ("序号 名称 数量\n1 特困供养金 5\n2 临时救助金 31\n3 低保金 8\n— 合 计 44",
     "序号 名称 数量\n1 特困供养金 5\n2 临时救助金 31\n3 低保金 80\n— 合 计 44"),
    # subtotals: the total adds up the subtotals, each subtotal its rows
    ("单位 类别 户数\n东镇 新建 120\n东镇 改建 30\n东镇 小计 150\n西镇 新建 200\n西镇 改建 50\n西镇 小计 250\n"
     "总计 400",
     "单位 类别 户数\n东镇 新建 120\n东镇 改建 30\n东镇 小计 150\n西镇 新建 200\n西镇 改建 50\n西镇 小计 250\n"
     "总计 410"),
    # numbered lines with units, then 以上合计
    ("培训分项情况：\n1.育婴员 60人次\n2.电工 70人次\n3.养老护理员 30人次\n以上合计160人次。",
     "培训分项情况：\n1.育婴员 60人次\n2.电工 70人次\n3.养老护理员 30人次\n以上合计190人次。"),
    # a whole, 具体如下：, then numbered items
    ("一、项目建设\n改造农村危房90户，具体如下：\n1. 安峰镇：40户；\n2. 杏湾乡：30户；\n3. 沙集街道：20户；",
     "一、项目建设\n改造农村危房90户，具体如下：\n1. 安峰镇：40户；\n2. 杏湾乡：36户；\n3. 沙集街道：20户；"),
    # fields one a line after a title, then 合计：
    ("资助资金统计——学前教育：154万元\n义务教育：35.4万元\n普通高中：5.4万元\n合计：194.8万元。",
     "资助资金统计——学前教育：154万元\n义务教育：35.4万元\n普通高中：5.4万元\n合计：349.8万元。"),
    # a table written sideways: names ending with 合计, then the values
    ("单位：亩\n上坪村 白沙村 南岗村 合计\n650.5 100 120.5 871",
     "单位：亩\n上坪村 白沙村 南岗村 合计\n650.5 100 120.5 817"),
    # the total as the first row, under the header (a header that reads as a row: 2024年决算数)
    ("单位：万元\n项目\t2024年决算数\n合计\t5,160\n贷款贴息\t1,200\n研发补助\t2,960\n人才奖励\t1,000",
     "单位：万元\n项目\t2024年决算数\n合计\t6,160\n贷款贴息\t1,200\n研发补助\t2,960\n人才奖励\t1,000"),
    # groups under headings, each closed by 小计, then 总计
    ("设施统计（单位：个）\n一、机构养老\n敬老院\t120\n护理中心\t30\n小计\t150\n二、居家养老\n助餐点\t200\n日间照料\t50\n"
     "小计\t250\n总计\t400",
     "设施统计（单位：个）\n一、机构养老\n敬老院\t120\n护理中心\t30\n小计\t150\n二、居家养老\n助餐点\t200\n日间照料\t50\n"
     "小计\t250\n总计\t450"),
    # a Markdown table with an index column, its total in bold in a row without an index
    ("补贴资金统计如下：\n| 序号 | 项目 | 金额（万元） |\n| :-: | --- | ---: |\n| 1 | 种粮补贴 | 1500.25 |\n"
     "| 2 | 农机补贴 | 900.50 |\n|  | **合计** | **2400.75** |",
     "补贴资金统计如下：\n| 序号 | 项目 | 金额（万元） |\n| :-: | --- | ---: |\n| 1 | 种粮补贴 | 1500.25 |\n"
     "| 2 | 农机补贴 | 900.50 |\n|  | **合计** | **2040.75** |"),
    # bullet lines after a whole and a colon (or 分类情况：): the list is the whole's breakdown
    ("全年接收来信来访1,596件次，分类情况：\n· 领导信箱：293件次\n· 来访：599件次\n· 来信：704件次",
     "全年接收来信来访1,593件次，分类情况：\n· 领导信箱：293件次\n· 来访：599件次\n· 来信：704件次"),
    ("组织宣传活动300场：\n· 法律进社区活动120场\n· 防诈骗讲座180场",
     "组织宣传活动330场：\n· 法律进社区活动120场\n· 防诈骗讲座180场"),
    # the unit in a cell of its own, full-width digits, spaces inside 总 计
    ("办理情况一览\n来信      ２１０  件\n来访      １３０ 件\n网上信访   ３６０   件\n总  计     ７００   件",
     "办理情况一览\n来信      ２１０  件\n来访      １３０ 件\n网上信访   ３６０   件\n总  计     ７６０   件"),
    # the whole place's row under a table's rows, and the total score (全区｜…, 总分｜…)
    ("镇（街道）|任务数（万元）\n潭口乡|31\n鹤林镇|168\n桂山街道|140\n全区|339",
     "镇（街道）|任务数（万元）\n潭口乡|31\n鹤林镇|168\n桂山街道|140\n全区|345"),
    ("乡镇\t户数\t人数\n东镇\t120\t410\n西镇\t95\t302\n全县\t215\t712",
     "乡镇\t户数\t人数\n东镇\t120\t410\n西镇\t95\t302\n全县\t215\t721"),
    ("考核项目|得分\n创新工作|7.5\n重点任务|24.0\n日常督查|27.5\n总分|59.0\n排名|全县第三",
     "考核项目|得分\n创新工作|7.5\n重点任务|24.0\n日常督查|27.5\n总分|61.0\n排名|全县第三"),
    # thousands grouped by one space, cells parted by ideographic spaces (the header shows it), or by tabs
    ("街镇　绿化面积\n东湖街道　120 450\n西岭镇　9 870\n南塘乡　1 003 200\n合计　1 133 520",
     "街镇　绿化面积\n东湖街道　120 450\n西岭镇　9 870\n南塘乡　1 003 200\n合计　1 133 250"),
    ("乡镇\t面积（亩）\t户数\n东镇\t12 500.5\t320\n西镇\t8 020.0\t1 105\n全县\t20 520.5\t1 425",
     "乡镇\t面积（亩）\t户数\n东镇\t12 500.5\t320\n西镇\t8 020.0\t1 105\n全县\t20 520.5\t1 452"),
    # a row named 累计 under the rows of the months
    ("新增就业（单位：人）\n3月　1200\n4月　950\n5月　1310\n累计　3460",
     "新增就业（单位：人）\n3月　1200\n4月　950\n5月　1310\n累计　3640"),
    # the whole's line names the dimension it is counted by (按类别统计如下：), bullets or numbered items under it
    ("招录各类人员412名，按类别统计如下：\n- 专业技术人员:238名；\n- 管理人员:102名\n- 工勤人员:72名。",
     "招录各类人员412名，按类别统计如下：\n- 专业技术人员:238名；\n- 管理人员:120名\n- 工勤人员:72名。"),
    ("收到意见建议96条，按来源统计如下：\n1. 网上留言51条；\n2. 来信28条；\n3. 座谈会17条。",
     "收到意见建议96条，按来源统计如下：\n1. 网上留言51条；\n2. 来信28条；\n3. 座谈会71条。"),
    # a share column (占比（%）) whose cell on the total line is left empty: the counts line up with the total
    ("类型\t宗数（宗）\t占比（%）\n盗窃\t420\t60.0\n诈骗\t210\t30.0\n其他\t70\t10.0\n合计\t700",
     "类型\t宗数（宗）\t占比（%）\n盗窃\t420\t60.0\n诈骗\t210\t30.0\n其他\t70\t10.0\n合计\t770"),
    # the total of the items in brackets after their heading (a thousands comma in it), items numbered without a colon
    ("办件量前四位的部门（合计12,460件）：\n1.税务局  4,310件\n2.医保局  3,920件\n3.社保中心  2,630件\n"
     "4.公积金中心  1,600件",
     "办件量前四位的部门（合计12,460件）：\n1.税务局  4,310件\n2.医保局  3,290件\n3.社保中心  2,630件\n"
     "4.公积金中心  1,600件"),
    ("检查在建工地（总数1,205处）：\n1.房建工地：802处；\n2.市政工地：291处；\n3.水利工地：112处。",
     "检查在建工地（总数1,205处）：\n1.房建工地：802处；\n2.市政工地：219处；\n3.水利工地：112处。"),
]


@pytest.mark.parametrize("text", [
    # a whole place's row of averages, rates or concentrations is no total of the rows
    "区县|人均收入（元）\nA区|35200\nB区|41800\n全市|38900",
    "区县|PM2.5平均浓度（微克/立方米）\nA区|35\nB区|41\n全市|38",
    "区县|达标率\nA区|95.2%\nB区|97.1%\n全市|96.3%",
    # only some places are listed
    "受理量排名前三的镇\n镇|受理量（件）\nA镇|352\nB镇|418\nC镇|120\n全区|1500",
    "镇|受理量（件）\nA镇|352\nB镇|418\n全区|2500",
    # a 累计 row that counts months before the rows as well (far more than they add up to)
    "新增就业（单位：人）\n4月　950\n5月　1310\n累计　5460",
    # in prose, 全区 opens a sentence
    "全区共有学校86所。\n小学52所\n中学30所\n全区教师4000人",
    # a column of growths (or rates) beside the sums, under 合计 too
    "区县|产值（亿元）|增长（%）\nA区|35.2|5.1\nB区|41.8|6.2\n合计|77.0|5.7",
    "区县|产值（亿元）|完成率\nA区|35.2|95.1\nB区|41.8|96.2\n全市|77.0|95.7",
])
def test_a_whole_places_row_or_a_column_that_does_not_add_up_is_no_total(text):
    assert _rules(text) == []


@pytest.mark.parametrize(("good", "bad"), TWINS, ids=[t[0][:10] for t in TWINS])
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad):
    assert _sums(good), "the list is read"
    assert _rules(good) == []
    assert any(rule in ("TO001", "TO002") for rule in _rules(bad)), _rules(bad)


def test_numbered_items_under_a_heading_with_its_quantity_may_name_only_the_main_items():
    over = ("五、争取上级补助资金67,208.1万元\n（一）中央资金32,446.7万元\n（二）市级资金：13,098.3万元。\n"
            "（三）省级资金54,109.9万元；")
    assert _rules(over) == ["TO002"]
    assert _rules(over.replace("67,208.1", "99,654.9")) == []
    assert _rules(over.replace("67,208.1", "120,000.0")) == []  # (short of the whole: maybe the main items only)
    # a heading without a quantity of its own, or items with more than one number, is no such list
    assert _rules("五、争取上级补助资金\n（一）中央资金32,446.7万元\n（二）市级资金13,098.3万元") == []
    assert _rules("五、争取资金6,720.1万元\n（一）中央资金3,244.7万元，增长5%\n（二）市级资金5,098.3万元") == []


def test_items_numbered_1_2_under_a_sub_heading_with_its_quantity():
    over = "（三）民生实事项目资金3000万元\n1.饮水安全巩固，安排资金1375万元；\n2.取暖补助，安排资金673万元；\n" \
        "3.校舍维修，安排资金1172万元。"
    assert _rules(over) == ["TO002"]
    assert _rules(over.replace("3000", "3220")) == []
    assert _rules(over.replace("（三）", "(三)").replace("3000", "3220")) == []
    # items numbered 1. under a top heading (五、) are not the sub-heading's kind; a heading without a quantity
    assert _rules("（三）民生实事项目资金\n1.饮水安全巩固1375万元；\n2.取暖补助673万元。") == []


def test_bullet_lines_under_a_whole_are_a_breakdown_that_may_be_partial():
    # ■/·/- lines of one quantity each under a line that ends with the whole: more than the whole is a slip,
    # less may be a list of the main parts only
    over = "【数据快报】走访慰问困难群众1,200户\n■ 低保户：700户\n■ 特困供养对象：300户\n■ 残疾人家庭：260户"
    assert _rules(over) == ["TO002"]
    assert _rules(over.replace("1,200户", "1,260户")) == []
    assert _rules(over.replace("1,200户", "1,500户")) == []  # (short of the whole: maybe the main parts only)
    assert _rules("办理提案610件，其中：\n- 建议：215件\n- 提案：400件") == ["TO002"]
    # a bullet line that says more than its one number is no plain list
    assert _rules("走访群众1,200户\n· 低保户：700户，同比增长5%\n· 特困供养对象：600户") == []


@pytest.mark.parametrize("text", [
    # a row broken across lines (义务⏎教育 113): the table goes on above, and is not read
    "类别 数量\n中职学校 208\n学前教育 169\n义务\n教育 113\n总计 490",
    # prose above the total line, not rows
    "全年完成投资12亿元，同比增长5%。\n合计 30",
    # a 其中 row belongs to the row above it
    "项目 数量\n企业 120\n其中：规上企业 80\n个体户 300\n合计 420",
    # items that say more than one number are not a plain list
    "新增就业900人，具体如下：\n1. 高校毕业生500人，同比增长12%；\n2. 退役军人300人；",
    # the total as the first row, its last row run into the prose after it: the rows are not all known
    "企业情况如下：\n总计  229家\n高新技术企业  130家\n科技型中小企业  94家\n其他企业  5家\n特此通报。",
])
def test_layouts_that_are_no_such_list_stay_silent(text):
    assert _rules(text) == []


def test_a_rate_column_is_held_to_the_two_counts_before_it():
    good = "各镇诉求办理情况\n单位 受理数 办结数 办结率\n甲镇 500 450 90.0%\n乙镇 200 190 95.0%\n丙镇 80 80 100.0%"
    assert _pc(good) == []
    bad = good.replace("95.0%", "59.0%")
    assert _pc(bad) == ["PC001"]
    # a column of changes (增长率, 下降率) is no rate of the two before it
    assert _pc("单位 上年 今年 下降率\n甲镇 120 100 16.7%\n乙镇 200 150 25.0%") == []


def _pc(text: str) -> list[str]:
    checkers = build_checkers([r for r in load_rulebook() if r.id.startswith("PC")])
    return sorted({f.rule_id for f in audit_document(Document("a.txt", text), checkers)})


def test_the_rows_of_a_table_line_up_with_its_total_columns():
    text = "年份 户数 金额\n2021 120 35.5\n2022 130 40.5\n合计 250 76"
    assert sorted(_sums(text)) == sorted([([120, 130], 250), ([71 / 2, 81 / 2], 76)])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", "合计", "总 计", "小计", "其中", "如下：", "1.", "（2）", "甲", "乙村",
                                 "12", "3.5", "人", "万元", "，", "。", "—", "：", "\t"]), max_size=40))
def test_never_crashes_and_quantities_stay_inside(pieces):
    text = "".join(pieces)
    view, norm, _ = document_quantities(Document("a.txt", text))
    for whole, parts, _ in line_list_sums(view, norm):
        for q in (whole, *parts):
            assert 0 <= q.start < q.end <= len(text)


PC_CHECKERS = build_checkers([r for r in load_rulebook() if r.id.startswith("PC")])


def test_a_bare_share_column_under_its_percent_header_is_held_to_the_total_line():
    table = "类型\t宗数（宗）\t占比（%）\n盗窃\t420\t60.0\n诈骗\t210\t{share}\n其他\t70\t10.0\n合计\t700"
    rules = {f.rule_id for f in audit_document(Document("a.txt", table.format(share="30.0")), PC_CHECKERS)}
    assert "PC001" not in rules
    found = [f for f in audit_document(Document("a.txt", table.format(share="36.0")), PC_CHECKERS)
             if f.rule_id == "PC001"]
    assert len(found) == 1 and "210 / 700" in found[0].message
