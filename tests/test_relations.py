"""The relation grammar (auditor/relations.py) and what the numeric rules make of it.

Sentences are our own, except the five national-report sentences and the errors that issue 9 quotes.
"""

from __future__ import annotations

import functools
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.quantities import parse_quantities
from auditor.relations import compatible, document_relations, role_of
from auditor.rulebook import load_rulebook

SEEDS = next((p for p in (Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds",
                          Path("/work/shared/corpus/seeds")) if p.is_dir()), Path("../shared/corpus/seeds"))


@functools.cache
def checkers():
    return build_checkers(list(load_rulebook()), select=["TO", "PC"], ignore=["PC005"])


def findings(text: str) -> list:
    return audit_document(Document("case.txt", text), checkers())


def relations(text: str):
    return document_relations(Document("case.txt", text))


# --------------------------------------------------------------------------- issue 9: false alarms

NATIONAL_REPORT_SENTENCES = [
    "今年拟安排财政赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元",
    "筹资标准由每人每年50元提高到100元，其中中央财政补助标准由40元提高到80元",
    "由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元",
    "年均超收2040亿元，其中去年超收2573亿元",
    "新建铁路营业里程达到90万公里，粮食产量增加250亿公斤，合计两项重点任务",
]


@pytest.mark.parametrize("text", NATIONAL_REPORT_SENTENCES)
def test_national_report_sentences_are_not_flagged(text):
    assert findings(text) == [], [(f.rule_id, f.message) for f in findings(text)]


def test_the_deficit_is_the_whole_not_its_increase():
    (rel,) = relations("今年拟安排财政赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元。").sums
    assert rel.whole.value == 13500 * 10**8 and [p.value for p in rel.parts] == [9500 * 10**8]


# --------------------------------------------------------------------------- issue 9: errors that were missed


@pytest.mark.parametrize(
    "text, rule, needle",
    [
        ("村集体、合作社、家庭农场分别增收342万元、518万元和207万元，共1072万元", "TO001", "= 1067 ≠ 1072"),
        ("两个组分别招录41人、57人，两项合计95人", "TO001", "41 + 57 = 98 ≠ 95"),
        ("新建停车位318个、充电桩96个、非机动车棚412个，三项合计390个", "TO002", "412 > 390"),
        ("整改率92.4%（305/341）", "PC001", "305 / 341 = 89.44%"),
        ("已签约36户，占应签约总数40户的87.5%", "PC001", "36 / 40 = 90%"),
        ("在走访的1290户中，完成登记1187户，占94.6%", "PC001", "1187 / 1290 = 92.02%"),
        ("构成为：一产52%，二产31%，三产24%", "PC002", "= 107%"),
    ],
)
def test_issue_errors_are_found(text, rule, needle):
    hits = [f for f in findings(text) if f.rule_id == rule]
    assert hits and needle in hits[0].message, [(f.rule_id, f.message) for f in findings(text)]


def test_grim_needs_the_rates_own_sample():
    assert [f.rule_id for f in findings("发放问卷25份，满意率78%。")] == ["PC006"]
    assert findings("全年走访企业35家，辖区营商环境满意率达95.8%。") == []
    assert findings("发放问卷30份，回收有效问卷28份，满意率为89.3%。") == []  # 25/28


# --------------------------------------------------------------------------- roles and unit classes


def test_roles():
    text = "赤字13500亿元，比上年增加1500亿元，由40元提高到80元，年均增长120万元，完成年度任务的112%"
    qs = parse_quantities(text)
    roles = [role_of(text, q, text.rfind("，", 0, q.clean_start) + 1) for q in qs]
    assert roles == ["plain", "delta", "from", "to", "average", "target"]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("12户", "15户", True),
        ("12户", "15人", False),
        ("12人", "15人次", False),
        ("3亿元", "8600万元", True),
        ("90万公里", "250亿公斤", False),
        ("22313、", "26127单", True),
        ("6亿，", "23亿元", True),
        ("6亿，", "3家", False),
        ("12%", "15个", False),
        ("2.5个百分点", "3户", False),
    ],
)
def test_unit_classes(a, b, expected):
    (qa,), (qb,) = parse_quantities(a), parse_quantities(b)
    assert compatible(qa, qb) is expected


# --------------------------------------------------------------------------- every construction, both ways

CONSTRUCTIONS = [
    # (construction, consistent, broken, rule)
    (
        "qizhong",
        "全区共有学校45所，其中小学28所、初中12所、高中5所。",
        "全区共有学校45所，其中小学28所、初中14所、高中5所。",
        "TO002",
    ),
    (
        "qizhong-rest",
        "共建成站点60个，其中城区22个、镇区25个，其余13个。",
        "共建成站点60个，其中城区22个、镇区25个，其余15个。",
        "TO001",
    ),
    (
        "complementary",
        "参训学员416人，其中男学员198人、女学员218人。",
        "参训学员416人，其中男学员198人、女学员228人。",
        "TO001",
    ),
    (
        "including",
        "全年接待游客86万人次，包括省外游客52万人次和境外游客30万人次。",
        "全年接待游客86万人次，包括省外游客52万人次和境外游客41万人次。",
        "TO002",
    ),
    (
        "list-total",
        "改造道路12条、桥梁5座、涵洞7座，后两项合计12座。",
        "改造道路12条、桥梁5座、涵洞7座，后两项合计13座。",
        "TO001",
    ),
    (
        "respectively-total",
        "三个社区分别安置236户、189户和94户，共安置519户。",
        "三个社区分别安置236户、189户和94户，共安置529户。",
        "TO001",
    ),
    (
        "total-respectively",
        "种植果树120.5亩，分别是东片70.5亩、西片50亩。",
        "种植果树120.5亩，分别是东片70.5亩、西片48亩。",
        "TO001",
    ),
    ("rate-stem", "受理投诉620件，办结601件，办结率96.94%。", "受理投诉620件，办结601件，办结率97.5%。", "PC001"),
    (
        "rate-qizhong",
        "全区规上企业460家，其中高新技术企业138家，占比30%。",
        "全区规上企业460家，其中高新技术企业138家，占比32%。",
        "PC001",
    ),
    ("rate-in-n", "在抽检的200批次中，合格196批次，占98%。", "在抽检的200批次中，合格196批次，占96%。", "PC001"),
    ("rate-of-total", "已签约52户，占应签约总数60户的86.7%。", "已签约52户，占应签约总数60户的84.5%。", "PC001"),
    ("rate-fraction", "整改率88.0%（287/326）。", "整改率91.6%（287/326）。", "PC001"),
    ("shares-respectively", "三类企业分别占40%、35%、25%。", "三类企业分别占40%、35%、30%。", "PC002"),
    (
        "shares-composition",
        "从业人员构成为：农业40%，工业33%，服务业27%。",
        "从业人员构成为：农业46%，工业33%，服务业27%。",
        "PC002",
    ),
    ("shares-zhanbi", "城镇户籍占比58%、农村户籍占比42%。", "城镇户籍占比58%、农村户籍占比47%。", "PC002"),
    (
        "shares-zhanbi",
        "常住人口中，城镇人口占64%、乡村人口占36%。",
        "常住人口中，城镇人口占64%、乡村人口占46%。",
        "PC002",
    ),
    (
        "shares-zhanbi",
        "资金来源中，财政占30%，贷款占34%，自筹占36%。",
        "资金来源中，财政占30%，贷款占44%，自筹占36%。",
        "PC002",
    ),
    (
        "total-respectively",
        "共受理咨询1,205件，政策类、办事类、投诉类分别有612件、407件和186件。",
        "共受理咨询1,205件，政策类、办事类、投诉类分别有612件、407件和196件。",
        "TO001",
    ),
    (
        "complementary",
        "共招录学员230人，省内171人，省外59人。",
        "共招录学员230人，省内171人，省外69人。",
        "TO001",
    ),
    (
        "complementary",
        "全年办结信访事项318件，按期办结301件、超期办结17件。",
        "全年办结信访事项318件，按期办结301件、超期办结27件。",
        "TO001",
    ),
    ("rate-of-total", "已达标12,480个，占全县总数13,000个的96%。", "已达标12,480个，占全县总数13,000个的92%。",
     "PC001"),
    ("rate-qizhong", "共有项目400个，其中产业类250个，占总数的62.5%。",
     "共有项目400个，其中产业类250个，占总数的65.2%。", "PC001"),
    # a whole named without 共 in the clause right before its part, one share or a list of them
    ("share-of-total", "全县户籍人口52.4万人，城镇人口18.6万人，占35.5%。",
     "全县户籍人口52.4万人，城镇人口18.6万人，占53.5%。", "PC001"),
    ("share-of-total", "新设市场主体6400户，企业1600户，占25.0%；个体工商户4300户，占67.2%。",
     "新设市场主体6400户，企业1600户，占25.0%；个体工商户4300户，占76.2%。", "PC001"),
    (
        "change",
        "农村集体收入由3200万元增加到4100万元，增加了900万元。",
        "农村集体收入由3200万元增加到4100万元，增加了800万元。",
        "TO003",
    ),
    ("change", "覆盖率由60%提高到75%，提高了15个百分点。", "覆盖率由60%提高到75%，提高了25个百分点。", "PC007"),
    ("change", "工业产值由119.05亿元变为113.93亿元，下降4.3%。", "工业产值由119.05亿元变为113.93亿元，下降14.3%。",
     "PC007"),
    # in real terms a nominal fall may be a rise: the band of what prices allow is signed
    ("change", "农业增加值由119.05亿元变为113.93亿元，按可比价格计算，增长0.5%。",
     "农业增加值由119.05亿元变为113.93亿元，按可比价格计算，增长13.7%。", "PC007"),
    ("change", "服务业增加值8498.21亿元，上年为8172.58亿元；按可比价格计算，比上年增长3.9%。",
     "服务业增加值8498.21亿元，上年为8172.58亿元；按可比价格计算，比上年增长39%。", "PC007"),
    ("change", "地区生产总值2464.50亿元，上年为2279.83亿元；按现价计算增长8.1%，按可比价格计算增长6.1%。",
     "地区生产总值2464.50亿元，上年为2279.83亿元；按现价计算增长8.1%，按可比价格计算增长21.1%。", "PC007"),
    ("change", "地区生产总值2464.50亿元，上年为2279.83亿元；按现价计算增长8.1%，按可比价格计算增长6.1%。",
     "地区生产总值2464.50亿元，上年为2279.83亿元；按现价计算增长9.1%，按可比价格计算增长6.1%。", "PC007"),
    # items counted one by one after a clause that leads into them, then their total in a sentence of its own
    ("list-total", "坚持导向，一是召开院坝会18场次；二是开展应急演练74场次；三是开展联合执法38场次。以上共计130场次。",
     "坚持导向，一是召开院坝会18场次；二是开展应急演练74场次；三是开展联合执法38场次。以上共计92场次。", "TO001"),
    # a growth's speed changed in points, last year's growth in brackets; a relative change of a rate (相对);
    # a growth in current prices and one at comparable prices from one base
    ("change", "全年地区生产总值增长8.8%，增速比上年加快2.4个百分点（上年增长6.4%）。",
     "全年地区生产总值增长8.8%，增速比上年加快3.4个百分点（上年增长6.4%）。", "PC007"),
    ("change", "全年地区生产总值增长7.7%，增速比上年回落2.3个百分点（上年增长10.0%）。",
     "全年地区生产总值增长7.7%，增速比上年回落7.3个百分点（上年增长10.0%）。", "PC007"),
    ("change", "培训合格率由上年的57.0%提高到65.0%，相对提高14.0%。",
     "培训合格率由上年的57.0%提高到65.0%，相对提高8.0%。", "PC007"),
    ("change", "地区生产总值379.62亿元，上年为351.50亿元，现价增长8.0%；按可比价格计算，增长7.9%。",
     "地区生产总值379.62亿元，上年为351.50亿元，现价增长8.0%；按可比价格计算，增长17.9%。", "PC007"),
    # an amount of change against the same figure a sentence before, for the year before; a remark may end it
    ("change", "2022年，全县财政收入为117.01亿元。2023年，财政收入125.76亿元，比上年增加8.75亿元，成效显现。",
     "2022年，全县财政收入为117.01亿元。2023年，财政收入125.76亿元，比上年增加18.75亿元，成效显现。", "TO003"),
    # what was spent against the budget as first passed (完成年初预算的…%)
    ("rate-of-target", "年初预算为8991.59万元，支出决算为10762.85万元，完成年初预算的119.7%。",
     "年初预算为8991.59万元，支出决算为10762.85万元，完成年初预算的219.7%。", "PC001"),
    # values, their bases and their growths listed with 分别, paired in order
    ("change", "接待游客22.1万人次、旅游收入36.42亿元，分别增长13.9%和12.8%；上年分别为19.4万人次、32.28亿元。",
     "接待游客22.1万人次、旅游收入36.42亿元，分别增长13.9%和18.2%；上年分别为19.4万人次、32.28亿元。", "PC007"),
    ("change", "发生事故188起、死亡79人，上年分别为210起、153人，同比分别下降10.5%和48.4%。",
     "发生事故188起、死亡79人，上年分别为210起、153人，同比分别下降10.5%和38.4%。", "PC007"),
    ("change", "进口额、出口额分别由2749万元、3157万元增至3367万元、3267万元，分别增长22.5%、3.5%。",
     "进口额、出口额分别由2749万元、3157万元增至3367万元、3267万元，分别增长82.5%、3.5%。", "PC007"),
    # a whole, what was done and what is still open (尚有, 未完成的)
    ("whole-part-rest", "计划实施改造项目151个，已完工101个，尚有50个正在施工。",
     "计划实施改造项目151个，已完工100个，尚有50个正在施工。", "TO001"),
    ("whole-part-rest", "计划实施农田项目23个，已完工11个，未完成的12个已列入下年度计划。",
     "计划实施农田项目22个，已完工11个，未完成的12个已列入下年度计划。", "TO001"),
    # a quarter's base named by its quarter, the one before the value's (二季度为… before 三季度…)
    ("change", "三季度限上企业销售额6733.8万元，二季度为5626.3万元，环比增长19.7%。",
     "三季度限上企业销售额6733.8万元，二季度为5626.3万元，环比增长91.7%。", "PC007"),
    # a net change since the start of the year, its base in brackets; the pair is the text's, either way
    ("change", "年末登记纳税人53928户，比年初净增3409户（年初为50519户）。",
     "年末登记纳税人35928户，比年初净增3409户（年初为50519户）。", "TO003"),
    # a share named after 占 whose whole the sentence before states
    ("share-of-named", "全镇户籍人口13640人。人口老龄化继续加深，60岁以上老年人2832人，占户籍人口的20.76%。",
     "全镇户籍人口13640人。人口老龄化继续加深，60岁以上老年人2832人，占户籍人口的20.67%。", "PC001"),
    # a breakdown's opener after a sentence with two units: the whole of the parts' unit; 按…分为 in the sentence
    ("by-dimension", "全年查处环境违法案件156起，罚款142.97万元。按类型分：大气类23起；水污染类88起；固废类45起。",
     "全年查处环境违法案件516起，罚款142.97万元。按类型分：大气类23起；水污染类88起；固废类45起。", "TO001"),
    ("by-dimension", "共排查隐患1623处，按等级分为一般隐患640处、重大隐患453处、较大隐患530处。",
     "共排查隐患1723处，按等级分为一般隐患640处、重大隐患453处、较大隐患530处。", "TO001"),
    ("change", "快递业务量47429.5万件，同比增长167.8%，上年同期仅为17710.8万件。",
     "快递业务量47429.5万件，同比增长267.8%，上年同期仅为17710.8万件。", "PC007"),
]


@pytest.mark.parametrize("construction, consistent, broken, rule", CONSTRUCTIONS)
def test_construction_both_ways(construction, consistent, broken, rule):
    assert findings(consistent) == [], [(f.rule_id, f.message) for f in findings(consistent)]
    doc = Document("case.txt", consistent)
    audit_document(doc, checkers())
    assert any(v.subtype == construction for v in doc.cache["verified"]), [
        (v.rule_id, v.subtype) for v in doc.cache["verified"]
    ]
    hits = findings(broken)
    assert [f.rule_id for f in hits] == [rule], [(f.rule_id, f.message) for f in hits]


@pytest.mark.parametrize(
    "text",
    [
        "全市有行政村12个，今年新建文化广场3个、健身场地5个，合计8个。",
        "共有社区42个，其中城市社区30个。",
        "共200余人参加，其中党员100余人。",
        "全镇就业5万余人，分别是省外3万余人、省内2万余人。",
        "户厕总数572户，其中问题户310户（包含无厕户15户，今年已完成整改18户，目前问题户292户）。",
        "满意率提高2.5个百分点，其中城区提高3个百分点。",
        "营业收入同比增长135%，其中一季度增长12%。",
        "完成年度任务的112%，其中重点项目完成计划的125%。",
        "办结率分别为96%、98%、99%。",
        "全年接待群众1200人次，其中来信300人次、来访900人次，合计1200人次。",
        "全乡为300户低保户共569人发放低保金22.4万元。",
        "发放1+X证书412本，7+X培训班3期，x86服务器12台，其中国产服务器8台。",
        "已签约的项目中，约定投资12亿元，其中外资3亿元。",
        "落实资金1.25亿元，其中市级8600万元、区级3900万元。",
        "总投资1.25亿元，其中市级补助8600万元、区级配套3900万元，其余为零。",
        "2021、2022年分别是12人、15人。",
        "发放问卷25份，满意率约78%。",
        "满意率95%-97%，其中城区98%。",
        # a threshold is not a whole
        "各村集体收入全部达到10万元以上，其中东村超过50万元。",
        # the number before the names is one place's, not a total
        "东村120户，西村和南村分别为80户和60户。",
        "共有学校30所，城区、农村分别新增3所、5所。",
        # a net change: the parts go up and down
        "外贸进出口比上年增加587亿元，其中出口增加610亿元，进口减少23亿元。",
        # two wholes, each with its own breakdown
        "受理投诉496件，其中按期办结244件、超期办结252件；受理咨询544件，其中电话438件、网络106件。",
        # cases received are more than the cases closed on time and late: some are still open
        "共受理群众诉求1260件，按期办结1100件、超期办结98件。",
        # a plan can be overfulfilled, and two groups of one population overlap
        "完成投资53亿元，占年度计划的141%。",
        "受访者中，女性占52%，党员占61%。",
        "参训学员中，35岁以下占58%、本科以上学历占71%。",
        # a rate 近 95 % may be a tenth below it; a whole that text extraction broke apart; the other side of a
        # whole after its breakdown and a semicolon
        "共排查自建房2585栋，已完成安全鉴定2302栋，鉴定率近95%。",
        "争取项目资金122,1 10元，其中改造校舍25810元、教师培训21951元、建设运动场74349元。",
        "民生支出46.20亿元，其中教育19.17亿元、卫生健康9.11亿元、社会保障17.92亿元；其他支出12.74亿元。",
        # growths listed with 分别 whose bases are not listed with them, or of values of other units than the bases'
        "接待游客22.1万人次、旅游收入36.42亿元，分别增长12.8%和13.9%。",
        "接待游客22.1万人次、旅游收入36.42亿元，分别增长12.8%和13.9%；上年分别为19.4亿元、32.28万人次。",
        # an amount of change after a figure of another year than the one before, or followed by more numbers
        "2021年，全县固定资产投资为117.01亿元。2023年，固定资产投资实现125.76亿元，比上年增加18.75亿元。",
        "2022年，全县固定资产投资为117.01亿元。2023年，固定资产投资实现125.76亿元，比上年增加18.75亿元，带动就业300人。",
        # a change of speed without last year's growth beside it; a speed-up over another region's
        "全年地区生产总值增长8.8%，增速比上年加快3.4个百分点。",
        "全年地区生产总值增长8.8%，增速比全省高3.4个百分点（全省增长6.4%）。",
        # after a comma, a month's figure is a part of the running total, not its base
        "1—9月累计受理4000件，同比增长12%，9月份为500件。",
        # a bare share whose whole is not the clause before: parallel parts, sides of one split, an approximate share
        "企业4381家，占60%；个体户3539家，占40%。",
        "城镇居民1200人，农村居民800人，占40%。",
        "一般公共预算支出4905亿元，用于民生领域3368亿元，占比约69%。",
        "新建住房400套，改造住房300套，竣工住房500套，占80%。",
        # the end points of a rate's change are rounded: 0.93% may be written 0.8%
        "城镇化率由75.5%提升到76.2%，提升0.8%。",
    ],
)
def test_hard_negatives(text):
    assert findings(text) == [], [(f.rule_id, f.message) for f in findings(text)]


# --------------------------------------------------------------------------- diagnosis


@pytest.mark.parametrize(
    "text, diagnosis",
    [
        ("三个镇分别投入3400万元、2800万元和3800元，共计10000万元。", "magnitude-slip"),
        ("三个社区分别安置236户、189户和94户，共安置591户。", "transposed-digits"),
        ("三个社区分别安置236户、189户和94户，共安置613户。", "part-counted-twice"),
        ("三个社区分别安置236户、189户和94户，共安置425户。", "missing-part"),
        ("受理投诉620件，办结601件，办结率96.49%。", "transposed-digits"),
        ("受理投诉620件，未办结19件，办结率3.06%。", "complement"),  # (the whole less the group left out: 601)
        ("受理投诉620件，其中办结601件，占比3.1%。", "complement"),
        ("覆盖率由60%提高到75%，提高了25个百分点。", "points-for-percent"),
        ("覆盖率由60%提高到75%，提高了15%。", "points-for-percent"),
    ],
)
def test_diagnosis(text, diagnosis):
    hits = findings(text)
    if diagnosis is None:
        assert all(f.diagnosis is None for f in hits)
        return
    assert [f.diagnosis for f in hits] == [diagnosis], [(f.rule_id, f.message, f.diagnosis) for f in hits]
    assert hits[0].message.count(";") >= 1  # the explanation is in the message


def test_diagnosis_is_in_the_json_report(cli, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("三个社区分别安置236户、189户和94户，共安置591户。\n", encoding="utf-8")
    import json

    proc = cli("check", str(path), "--format", "json", "--select", "TO")
    (finding,) = json.loads(proc.stdout)["documents"][0]["findings"]
    assert finding["diagnosis"] == "transposed-digits" and finding["subtype"] == "respectively-total"


def test_exact_fractions():
    (rel,) = relations("整改率88.0%（287/326）。").rates
    assert rel.numerator.value == Fraction(287) and rel.denominator.value == Fraction(326)


def test_a_threshold_is_not_the_whole_of_a_breakdown():
    """``全部达到10万元以上，其中…超过50万元``: an open-ended number bounds nothing, so nothing is verified."""
    assert relations("各村集体收入全部达到10万元以上，其中东村超过50万元。").sums == []


# ---------------------------------------------------------------------------------------------- the sentence filter

def _relation_keys(rel) -> list[tuple]:
    """Comparable rows of every relation: kind, construction, and the spans of the bound quantities."""
    rows = []
    for kind in ("sums", "rates", "shares", "grims", "changes"):
        for r in getattr(rel, kind):
            spans = tuple((q.start, q.end) for q in _bound(r))
            rows.append((kind, getattr(r, "construction", ""), spans))
    return sorted(rows)


def _bound(r) -> list:
    """The quantities a relation binds, in a fixed order."""
    singles = ("whole", "rate", "numerator", "denominator", "start", "end", "delta")
    out = [getattr(r, name) for name in singles if getattr(r, name, None) is not None]
    for name in ("parts", "shares", "counts"):
        out.extend(getattr(r, name, None) or [])
    assert out, r
    return out


def _filtered_and_whole(text: str):
    from auditor.quantities import normalise, parse_quantities, parse_range
    from auditor.relations import find_relations
    from auditor.textview import clean_view

    filtered = relations(text)
    view = clean_view(text)
    norm = normalise(view.text)
    # (both may parse a stretch the sentence selection left out: a base stated by the next sentence)
    whole = find_relations(norm, parse_quantities(text), use_cues=False,
                           lookback=lambda lo, hi: parse_range(view, norm, lo, hi))
    # (tables and numbered items are read from their lines, running totals from their periods, parts one a sentence
    # from runs of sentences, not from sentences: no part of this comparison)
    lines = ("table-total", "table-row-total", "numbered-items", "table-rate", "key-value-rate", "table-growth",
             "table-share", "running-total", "sentences-then-total")
    kept = _relation_keys(filtered)
    # (a total read from a run of sentences replaces the reading of the sentence before it alone)
    runs = {k[2][0] for k in kept if k[1] == "sentences-then-total"}
    return [k for k in kept if k[1].removesuffix("-with-others") not in lines], [k for k in _relation_keys(whole)
                                                    if not (k[0] == "sums" and k[2][0] in runs)]


def test_the_sentence_filter_loses_no_relation_on_generated_statements():
    """Parsing only the sentences that :func:`relation_cues` keeps, and reading each only for the kinds
    of relation it has the words for, finds exactly the relations that parsing and reading every
    sentence for everything finds, on every construction and look-alike of the generator."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import numbers_corpus

    cases = numbers_corpus.generate(seed=11, per_construction=25)
    text = "\n".join(case.text for case in cases)
    filtered, whole = _filtered_and_whole(text)
    assert filtered == whole
    assert len(filtered) > len(cases) // 2  # the generator's statements are understood, not skipped


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_the_sentence_filter_loses_no_relation_on_the_seeds(seed):
    filtered, whole = _filtered_and_whole(seed.read_text(encoding="utf-8"))
    assert filtered == whole


@pytest.mark.parametrize(
    ("text", "consistent"),
    [
        ("全年接待游客150万人次，境内游客120万人次，境外游客30万人次。", True),
        ("全年接待游客150万人次，境内游客120万人次，境外游客40万人次。", False),
        ("抽检样品200批次，合格195批次，不合格5批次。", True),
        ("新招生源300人，公办学校180人，民办学校110人。", False),
    ],
)
def test_pairs_of_words_that_are_no_trigger_of_their_own_are_read(text, consistent):
    """境内/境外, 合格/不合格, 公办/民办 split a whole as 男/女 does, though neither word is common."""
    (rel,) = relations(text).sums
    assert rel.construction == "complementary" and rel.exhaustive
    flagged = [f.rule_id for f in findings(text) if f.rule_id == "TO001"]
    assert (not flagged) == consistent


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the words are there, the quantities are not: nothing to read
        ("同比增长12%，较上年提高2个百分点。", 0),  # a percentage without 率/占/比重 … or a fraction
        ("共有12人参加。", 0),  # a sum word and a single quantity
        ("由40元提高到80元。", 0),  # a change needs three quantities
        ("群众诉求办结率达100%。", 0),  # a rate with nothing to bind it to
        ("办结率达100%，新增建设停车位100个。", 0),  # … the count comes after it: no rate looks there
        ("走访慰问困难群众共计5人次，慰问资金约3千元。", 0),  # persons and yuan do not add up
        ("共计刷新标语10余条、悬挂横幅40余条。", 0b01),  # two of one unit
        ("处置总数26127，其中按期22313。", 0b01),  # two bare numbers
        ("受理投诉620件，办结率96.9%。", 0b10),  # a count before the rate: a GRIM check may bind it
        ("东区占40%、西区占60%。", 0b10),  # two shares
        ("共有12人，占全村的5%。", 0b10),  # one count and a share: a rate may bind them, a sum may not
        # a fraction after the percentage is a rate without any rate word (even across a line break)
        ("今年完成92.4%（305/341）。", 0b10),
        ("完成92.4%\n（305/341）", 0b10),
        ("共查处38起，其中水12起、气14起、声12起。", 0b01),
        ("由40元提高到80元，提高40元。", 0b100),
    ],
)
def test_a_sentence_is_read_only_for_the_kinds_its_quantities_can_fill(text, kinds):
    from auditor.quantities import CHANGE_CUE, PERCENT_CUE, SUM_CUE
    from auditor.relations import _sentence_cues

    expected = (SUM_CUE if kinds & 1 else 0) | (PERCENT_CUE if kinds & 2 else 0) | (CHANGE_CUE if kinds & 4 else 0)
    assert _sentence_cues(text, 0, len(text), parse_quantities(text)) == expected


def test_a_rate_written_as_a_fraction_is_found_without_a_rate_word():
    for text in ("今年完成92.4%（305/341）。", "完成92.4%\n（305/341）"):
        rates = document_relations(Document("a.txt", text)).rates
        assert [r.construction for r in rates] == ["rate-fraction"], text


# --------------------------------------------------------------------------- bounded reading

def test_a_sentence_with_more_quantities_than_prose_holds_is_not_read():
    """A table run into one line (hundreds of numbers, no full stop) is not a sentence: the grammar, which
    compares the quantities of a sentence with each other, skips it instead of taking minutes."""
    from auditor.quantities import normalise
    from auditor.relations import MAX_SENTENCE_QUANTITIES, find_relations

    def sums(text: str) -> int:
        norm = normalise(text)
        return len(find_relations(norm, parse_quantities(norm)).sums)

    parts = MAX_SENTENCE_QUANTITIES - 1  # the total makes the last quantity of the sentence
    assert sums("、".join(["1人"] * parts) + f"，共{parts}人。") == 1
    assert sums("、".join(["1人"] * (parts + 1)) + f"，共{parts + 1}人。") == 0
    # the same list cut into sentences of prose is read, sentence by sentence
    assert sums("1人、2人，共3人。" * (MAX_SENTENCE_QUANTITIES // 2)) == MAX_SENTENCE_QUANTITIES // 2


def test_the_words_of_a_clause_are_read_a_bounded_way_back():
    """A quantity's role comes from the words of its clause before it, up to CLAUSE_REACH characters back:
    a clause of prose is far shorter, and a comma-less line of thousands of characters would make each
    quantity read all of it."""
    from auditor.relations import CLAUSE_REACH, _Sentence

    def role_of_last(filler: int) -> str:
        text = "由40元" + "的" * filler + "到80元"
        qs = parse_quantities(text)
        return _Sentence(text, 0, len(text), qs).roles[-1]

    assert role_of_last(10) == "to"  # 由 … 到 in one clause: the end of a change
    assert role_of_last(CLAUSE_REACH) == "plain"  # 由 lies beyond the reach
