"""The placeholder rules PH001–PH006 through the real engine, and the ``pattern`` kind with a user rule.

Every example sentence here is written for the tests; none is taken from the sample corpus.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rule_file, load_rulebook
from auditor.ruletest import run_examples
from auditor.sources import document_from_bytes

PH_RULES = ["PH001", "PH002", "PH003", "PH004", "PH005", "PH006", "PH007"]


@pytest.fixture(scope="module")
def rules():
    return list(load_rulebook())


@pytest.fixture(scope="module")
def all_ph(rules):
    """Checkers for every placeholder rule."""
    return build_checkers(rules, select=PH_RULES)


def run(checkers, text: str, path: str = "a.txt"):
    return audit_document(Document(path, text), checkers)


def spans(findings, text: str):
    return [(f.rule_id, text[f.start:f.end], f.subtype) for f in findings]


# --------------------------------------------------------------------------- positives

# (rule, text, matched span, subtype)
POSITIVES = [
    # PH001: runs of x
    ("PH001", "今年共走访低保家庭xx户。", "xx", "numeric"),
    ("PH001", "XX街道组织了志愿服务。", "XX", "entity"),
    ("PH001", "验收组于x月xx日进场检查。", "x月xx日", "date"),
    ("PH001", "项目预计20xx年竣工。", "20xx年", "date"),
    ("PH001", "本季度满意度指数为xx.xx，较上季度提升。", "xx.xx", "numeric"),
    ("PH001", "年度投资规模达到x.x亿元。", "x.x", "numeric"),
    ("PH001", "居民存款增加1x.5万元。", "1x.5", "numeric"),
    ("PH001", "疫苗接种率达到xxx%。", "xxx", "numeric"),
    ("PH001", "全年新增就业岗位xxxx个。", "xxxx", "numeric"),
    ("PH001", "第xx届运动会顺利闭幕。", "xx", "numeric"),
    ("PH001", "ｘｘ个社区完成改造。", "ｘｘ", "numeric"),
    ("PH001", "2023年x月启动试点。", "x月", "date"),
    # PH002: mask characters
    ("PH002", "××县召开专题会议。", "××", "entity"),
    ("PH002", "×××同志作了发言。", "×××", "entity"),
    ("PH002", "＊＊集团中标该工程。", "＊＊", "entity"),
    ("PH002", "○○村委会换届完成。", "○○", "entity"),
    ("PH002", "□□村委会组织学习。", "□□", "entity"),
    ("PH002", "调研组于×月×日抵达。", "×月×日", "date"),
    # PH003: 某某
    ("PH003", "某某公司承建了该工程。", "某某", "entity"),
    ("PH003", "由某某某同志负责协调。", "某某某", "entity"),
    # after a surname that PH004 does not take as one (a preposition ending a word), 某某 is PH003's
    ("PH003", "关于某某公司的情况说明", "某某", "entity"),
    ("PH003", "面向某某企业开放申报。", "某某", "entity"),
    ("PH003", "向某某某同志学习。", "某某某", "entity"),
    # PH004: pseudonyms
    ("PH004", "张某提出了复议申请。", "张某", "pseudonym"),
    ("PH004", "当事人李某某同意调解。", "李某某", "pseudonym"),
    # PH005: template slots
    ("PH005", "报送时间：【待填】", "【待填】", "template"),
    ("PH005", "联系人：[姓名]", "[姓名]", "template"),
    ("PH005", "<单位名称>年度总结", "<单位名称>", "template"),
    ("PH005", "Hello {{name}}, thanks.", "{{name}}", "template"),
    ("PH005", "Approved by [NAME] yesterday.", "[NAME]", "template"),
    ("PH005", "Invoice for [COMPANY NAME] attached.", "[COMPANY NAME]", "template"),
    # PH006: Latin-script placeholders
    ("PH006", "Profit rose by XXX% last year.", "XXX", "numeric"),
    ("PH006", "Please contact XXX for details.", "XXX", "entity"),
    ("PH006", "Dear Mr. Xxx, welcome aboard.", "Xxx", "entity"),
    ("PH006", "The venue is TBD.", "TBD", "template"),
    ("PH006", "Lorem ipsum dolor sit amet.", "Lorem ipsum", "template"),
    # an address whose name was never filled in (x's inside a URL's path stay a URL's)
    ("PH001", "联系邮箱xxx@example.com。", "xxx", "entity"),
    ("PH001", "联系邮箱 xxxx@163.com 。", "xxxx", "entity"),
    # Latin template words inside Chinese text
    ("PH006", "存在的主要问题是TBD方面。", "TBD", "template"),
    ("PH006", "下一步，我们将Lorem ipsum，确保落实。", "Lorem ipsum", "template"),
    # blanks, instructions to the writer, ASCII stars
    ("PH005", "全年受理群众诉求____件。", "____", "template"),
    ("PH005", "带动就业__人。", "__", "template"),
    ("PH005", "（此处填写单位名称）关于年度工作的报告", "（此处填写单位名称）", "template"),
    ("PH005", "组织［　　］名网格员参加培训。", "［　　］", "template"),
    ("PH005", "排查整改隐患<人数>处。", "<人数>", "template"),
    ("PH002", "经**村调委会调解达成协议。", "**", "entity"),
    ("PH002", "举报电话：158****6078。", "****", "numeric"),
    # masks of other symbols, x's before a unit in Latin letters, blanks in round brackets and quotes
    ("PH002", "新登记市场主体■■家。", "■■", "numeric"),
    ("PH002", "抽检食品△△批次。", "△△", "numeric"),
    ("PH001", "政务云存储扩容xxTB。", "xx", "numeric"),
    ("PH001", "建成XXXkV变电站一座。", "XXX", "numeric"),
    ("PH001", "新增光伏装机容量XX.XMW。", "XX.X", "numeric"),
    ("PH001", "政务云存储扩容xx.xTB。", "xx.x", "numeric"),
    ("PH001", "涉事车辆（鄂Cxxx80）已被依法扣押。", "xxx80", "numeric"),
    ("PH005", "Dear [Company Name], we are pleased to invite you.", "[Company Name]", "template"),
    ("PH005", "发放各类惠民补贴（　　　）万元。", "（　　　）", "template"),
    ("PH005", "（具体数字待统计）", "（具体数字待统计）", "template"),
    ("PH005", "（请补充典型案例）", "（请补充典型案例）", "template"),
    ("PH005", "组织各类技能培训{个数}场。", "{个数}", "template"),
    ("PH005", "生活垃圾分类覆盖率达94.7%。[Insert text here]", "[Insert text here]", "template"),
    # a pseudonym after 主任 (任 is also a surname)
    ("PH004", "会议由副主任谢某主持。", "谢某", "pseudonym"),
    # forms a third independently written collection used
    ("PH004", "经调查，负责人尹某乙对问题负有责任。", "尹某乙", "pseudonym"),
    ("PH004", "经调查，负责人向某2对问题负有责任。", "向某2", "pseudonym"),
    ("PH003", "某年某月某日上午发生一起事故。", "某年某月某日", "date"),
    ("PH002", "镇长范×强带队督导。", "×", "entity"),
    ("PH002", "原告刘*诉被告。", "*", "entity"),
    ("PH002", "公示名单：顾**。", "**", "entity"),
    ("PH002", "公示名单：郝＊勇。", "＊", "entity"),
    ("PH002", "召开党工委第＊次会议。", "＊", "numeric"),
    ("PH002", "依据×府函〔2023〕12号批复。", "×", "entity"),
    ("PH002", "◯◯◯同志表现突出。", "◯◯◯", "entity"),
    ("PH002", "由〇〇〇公司负责施工。", "〇〇〇", "entity"),
    ("PH001", "辖区常住人口9X0人。", "9X0", "numeric"),
    ("PH001", "详情请登录http://xxx.example.cn查询。", "xxx", "entity"),
    ("PH005", "项目总投资（具体数字）万元。", "（具体数字）", "template"),
    ("PH005", "（职务+姓名）同志成绩突出。", "（职务+姓名）", "template"),
    ("PH005", "会议由「　　」同志主持。", "「　　」", "template"),
    ("PH005", "组织（　）名网格员参加培训。", "（　）", "template"),
    ("PH005", "发现问题[ ]个。", "[ ]", "template"),
    ("PH006", "宣传页仍为占位文字：Text goes here", "Text goes here", "template"),
    ("PH007", "活动时间：YYYY年MM月DD日。", "YYYY年MM月DD日", "date"),
    ("PH007", "会议于HH:MM开始。", "HH:MM", "date"),
    ("PH007", "全年产值同比增长%.1f%。", "%.1f", "template"),
    ("PH005", "全年完成投资[TODO]万元。", "[TODO]", "template"),
    ("PH005", "【数据待更新】", "【数据待更新】", "template"),
    ("PH005", "〔乡镇名〕人民政府关于加强防汛工作的通知", "〔乡镇名〕", "template"),
    ("PH002", "受表彰人员：赵*\n", "*", "entity"),
    ("PH005", "序号　指标　目标　完成值\n1　新增就业　500　待核实", "待核实", "template"),
    ("PH005", "典型案例：（附具体案例）", "（附具体案例）", "template"),
    ("PH005", "经验做法：（此处简要介绍典型经验，200字以内）", "（此处简要介绍典型经验，200字以内）", "template"),
    ("PH005", "附图：[Insert Figure]", "[Insert Figure]", "template"),
    ("PH007", "本次共发放补贴{0}元。", "{0}", "template"),
    ("PH007", "%s同志：经研究，同意你参加培训。", "%s", "template"),
    # a template's variables in braces, a date left blank, slots named by what they hold
    ("PH007", "通知：{userName}同志参加培训。", "{userName}", "template"),
    ("PH007", "通知：${经办人}同志参加培训。", "${经办人}", "template"),
    ("PH005", "日期：    年   月   日", "    年   月   日", "date"),
    ("PH005", "共投入资金[投资额]万元。", "[投资额]", "template"),
    # one mask character before a measure word, or alone in brackets that open a heading
    ("PH002", "全年取得证书×人。", "×", "numeric"),
    ("PH002", "标题\n（＊）深化改革创新", "＊", "entity"),
    # a value still to be found where the value belongs
    ("PH005", "完成投资待核实万元。", "待核实", "template"),
    ("PH005", "完成率待定%。", "待定", "template"),
    # an identity number's masked digits, not its check digit X; a masked amount after a letter
    ("PH002", "身份证号：510108＊＊＊＊＊＊＊＊030X，已纳入。", "＊＊＊＊＊＊＊＊", "numeric"),
    ("PH001", "发放稳岗补贴X4万元。", "X4", "numeric"),
    ("PH005", "责任领导：待核实，责任单位：区财政局。", "待核实", "template"),
    ("PH005", "主要做法：（此处补充典型案例）", "（此处补充典型案例）", "template"),
    ("PH005", "{乡镇}开展了邻里节活动。", "{乡镇}", "template"),
    ("PH005", "竣工时间：待核实。", "待核实", "template"),
    # 某 before an office and a person of it; x's in brackets that open a heading
    ("PH003", "经调查，某局负责人到场。", "某局", "entity"),
    ("PH001", "标题\n（x）推进老旧小区改造", "x", "entity"),
    # x's before a ton, a cell of a table
    ("PH001", "年处理生活垃圾xxxt。", "xxx", "numeric"),
    ("PH001", "建设地点\t465.43\txx%", "xx", "numeric"),
    # fields in brackets rarely used in prose; a field whose value is still to come; what a word processor leaves
    ("PH005", "本年度共完成〖重点工作〗。", "〖重点工作〗", "template"),
    ("PH005", "投入资金「资金数」万元。", "「资金数」", "template"),
    ("PH005", "经「Company」研究决定。", "「Company」", "template"),
    ("PH005", "责任单位：N/A\n联系人：王强", "N/A", "template"),
    ("PH005", "总投资：待补充\n联系人：王强", "待补充", "template"),
    # a value still to be settled (待确定), a TODO with what is to be done, a meeting set for a day still to come
    ("PH005", "会议纪要\n记录：待确定\n参会：全体委员", "待确定", "template"),
    ("PH005", "招标人：TODO：待核实\n开标地点：会议室", "TODO：待核实", "template"),
    ("PH005", "三、下次会议定于待定召开。", "待定", "template"),
    # a slot named in capitals in a Chinese sentence; a template's variable opening a row; a name's star before the
    # record's next field
    ("PH005", "D2 上午游览[REGION]，午餐自理。", "[REGION]", "template"),
    ("PH007", "${company} | 不锈钢保温杯\n到手价：39元", "${company}", "template"),
    ("PH002", "接龙：\n2. 方* 4栋1403 2份", "*", "entity"),
    # a surname less common than the first hundred, with 某 and an ordinal
    ("PH004", "消费者康某甲投诉称商品有质量问题。", "康某甲", "pseudonym"),
    ("PH005", "资金来源:待填\n联系人：王强", "待填", "template"),
    ("PH005", "报告日期：单击或点击此处输入文字。", "单击或点击此处输入文字。", "template"),
    ("PH005", "工作总结\n在此处键入文字\n一、基本情况", "在此处键入文字", "template"),
    ("PH005", "全年新增就业120人。Click here to enter text.", "Click here to enter text.", "template"),
    ("PH005", "<<姓名>>同志：经研究决定予以表彰。", "<<姓名>>", "template"),
    ("PH005", "您被评为《《等次》》等次。", "《《等次》》", "template"),
    # one mask before an amount or a percentage, masks around a decimal point, a year of circles, a blank year
    ("PH002", "落实耕地地力保护补贴×万元。", "×", "numeric"),
    ("PH002", "失业率控制在＊.＊%以内。", "＊.＊", "numeric"),
    ("PH002", "日期：○○○○年", "○○○○年", "date"),
    ("PH005", "本责任书有效期_年。", "_", "template"),
    # the eighth held-out set: dates with slashes, masked codes, counts masked with ? or #, table cells still to be
    # filled, notes still to be updated, word processors' prompts and broken links
    ("PH001", "更新时间：2023/XX/XX", "XX/XX", "date"),
    ("PH001", "填报日期：20xx-xx-xx", "20xx-xx-xx", "date"),
    ("PH001", "营业执照号：5243XXXXXXXXXXX94W", "XXXXXXXXXXX", "numeric"),
    ("PH002", "组织志愿活动？？场。", "？？", "numeric"),
    ("PH002", "共新增就业岗位###个。", "###", "numeric"),
    ("PH005", "任务 | 牵头单位 | 进度\n河湖管护 | 水利局 | 待确认\n", "待确认", "template"),
    ("PH005", "任务\t牵头单位\t进度\n禁毒宣传\t城关镇\tN/A\n", "N/A", "template"),
    ("PH005", "共清理河道（数据待更新）。", "（数据待更新）", "template"),
    ("PH005", "点击或轻击此处以输入文字。", "点击或轻击此处以输入文字。", "template"),
    ("PH005", "上半年，选择一项。全镇完成投资。", "选择一项。", "template"),
    ("PH005", "详见表错误！超链接引用无效。", "错误！超链接引用无效。", "template"),
    # the ninth: question marks as a field's value, notes still to be decided, prompts in other languages, dummy text
    ("PH002", "联系人：???\n部门：办公室", "???", "numeric"),
    ("PH005", "典型经验：（内容待定）", "（内容待定）", "template"),
    ("PH005", "发放低保金440万元（此处需补充具体事例）。", "（此处需补充具体事例）", "template"),
    ("PH005", "申请事由：Choose an item.", "Choose an item.", "template"),
    ("PH005", "申请日期：Click or tap to enter a date.", "Click or tap to enter a date.", "template"),
    ("PH005", "事由：ここをクリックしてテキストを入力してください。", "ここをクリックしてテキストを入力してください。",
     "template"),
    ("PH005", "（二）乡村振兴\n此处为示例文字，请替换为实际内容。", "此处为示例文字，请替换为实际内容。", "template"),
    # the tenth: a quoted slot that the sentence does not write about; a brand's masked name in quotes; X alone
    ("PH005", "关于“【单位名称】”的通知", "【单位名称】", "template"),
    ("PH001", "打造“XX山货”区域公用品牌。", "XX", "entity"),
    ("PH001", "第X标段已完成路基施工。", "X", "numeric"),
    # one mark for a digit before a count's unit; 年度 as a slot; a positional or empty format variable
    ("PH002", "资助困难学生●人次。", "●", "numeric"), ("PH002", "完成6●座水库除险加固。", "●", "numeric"),
    ("PH005", "现将我单位【年度】工作情况报告如下。", "【年度】", "template"),
    ("PH007", "尊敬的{}，您的申请已办结。", "{}", "template"),
    ("PH007", "您申请的%2$s事项已办结。", "%2$s", "template"),
    # the eleventh: a mail merge's code and directive, dummy text and filler, a masked cell between numbers
    ("PH005", "{ MERGEFIELD Name }\n全年清理积存垃圾600吨。", "{ MERGEFIELD Name }", "template"),
    ("PH005", "二是公共服务仍有差距。«Next Record»", "«Next Record»", "template"),
    ("PH005", "（三）民生保障\n这里是示例文字，请替换。", "这里是示例文字，请替换。", "template"),
    ("PH005", "（三）民生保障\n正文内容正文内容正文内容", "正文内容正文内容正文内容", "template"),
    ("PH001", "指标\t目标值\t完成值\n招商引资（亿元）\t183\tXX\t91.7%", "XX", "numeric"),
    ("PH001", "序号 指标名称 计划 实际 完成率\n1 新增就业（人） 642 XX 90.6%", "XX", "numeric"),
    ("PH005", "项目名称：农贸市场改造  联系电话：待定  牵头领导：谭丽娟", "待定", "template"),
    # the twenty-sixth and twenty-seventh sets: the tags that entity recognition leaves; a surname and a star in a
    # table's cell; variables
    # of Smarty and of an SMS platform; a field's name as its value, a number's name before a unit of days or years,
    # an answer's slot after a question
    ("PH005", "[PERSON_2]表示，双方将共建联合实验室。", "[PERSON_2]", "template"),
    ("PH005", "此前，<PER>曾多次率团访问该市。", "<PER>", "template"),
    ("PH002", "序号 | 姓名 | 救助金额（元）\n3 | 江* | 1200", "*", "entity"),
    ("PH007", "尊敬的用户，本期应缴[[amount]]元。", "[[amount]]", "template"),
    ("PH007", "尊敬的用户，本期应缴{$title}元。", "{$title}", "template"),
    ("PH005", "甲方代表：【甲方代表】    乙方代表：范建国", "【甲方代表】", "template"),
    ("PH005", "工期：共【工期天数】日历天。", "【工期天数】", "template"),
    ("PH005", "2. 您在本社区居住的年限约为【居住年限】年。", "【居住年限】", "template"),
    ("PH005", "4. 您希望社区增加哪些服务？【意见建议】\n调查单位：清溪社区", "【意见建议】", "template"),
    # a value still to come after what it is, a cell of a table set apart by spaces, a year's last digit masked
    ("PH005", "请于12月8日前将报名表报送至联系人待补充，电话13865437276。", "待补充", "template"),
    ("PH005", "请于12月8日前将报名表报送至联系人待定，电话13865437276。", "待定", "template"),
    ("PH005", "活动时间：2024年11月10日上午待补充开始", "待补充", "template"),
    ("PH005", "开标地点：公共资源交易中心第待定开标室", "待定", "template"),
    ("PH005", "开标地点：公共资源交易中心第TODO开标室", "TODO", "template"),
    ("PH002", "枫林镇202×年工作总结", "×年", "date"),
    # names entity recognition or a translation tool took out; "the actual project" in brackets mid-sentence; a
    # template's dummy text repeated; a note left after a sentence; a value still to come before a time or a count
    ("PH007", "协议由__ORG__与玉泉农业股份有限公司签署。", "__ORG__", "template"),
    ("PH007", "@@NAME@@表示，双方将共建联合实验室。", "@@NAME@@", "template"),
    ("PH005", "我单位拟申报【具体项目】，申请资金3304.85万元。", "【具体项目】", "template"),
    ("PH005", "会议通知\n示例文字示例文字示例文字\n各部门负责人参加。", "示例文字示例文字示例文字", "template"),
    ("PH005", "镇直各部门负责人共306人参加会议。TODO：补充数据", "TODO", "template"),
    ("PH005", "投标截止时间：TODO 12:30", "TODO", "template"),
    ("PH005", "各单位推荐待补充名代表参加。", "待补充", "template"),
    ("PH007", "截至6月DD日，辖区共有市场主体4705家。", "DD日", "date"),
    # a blank in an exam paper's head is a field left empty (the questions' own blanks are the exercise)
    ("PH005", "一、填空题（每空2分）\n考试时间：____分钟  满分：100分", "____", "template"),
    ("PH005", "1. 甲方：________\n2. 乙方：东川市水务局", "________", "template"),
    ("PH002", "所在□□社区", "□□", "entity"),
    # the thirty-fifth set: fields named in English or by an entity tagger, a CMS's tag, a note's label in lower case
    # or TODO alone on its line, a serial left as letters, an instruction in brackets where a value belongs
    ("PH005", "感谢您参加[Event]活动。", "[Event]", "template"),
    ("PH005", "您的报名编号为[ID]，请妥善保存。", "[ID]", "template"),
    ("PH005", "经[机构]现场核查属实。", "[机构]", "template"),
    ("PH007", "[!--title--]\n发布时间：2023年5月", "[!--title--]", "template"),
    ("PH005", "已全部整改。\ntodo: 核对数字\n受理业务", "todo", "template"),
    ("PH005", "已全部整改。\nTODO\n受理业务", "TODO", "template"),
    ("PH005", "报告编号：YYYY-NNN\n报告日期：2023年5月", "YYYY-NNN", "template"),
    ("PH005", "存在问题：（请简要说明，不超过200字）\n下一步工作", "（请简要说明，不超过200字）", "template"),
]


@pytest.mark.parametrize(("rule_id", "text", "match"), [
    # 某 before a body's kind in a notice that leaves a date out, or after a name masked by X's (the twenty-sixth set)
    ("PH003", "2023年某月某日，我局接到报警，称某小区一住户家中财物被盗。", "某小区"),
    ("PH003", "今收到XXX交来某小区2020年度物业服务费。", "某小区"),
    # … and the same forms where nothing says the mark is wanted: a box ticked (an entered questionnaire), no word on
    # the boxes of a transcription, a count with no price after it
    ("PH005", "问卷（录入稿）\n填表说明：请在选项前□内打“√”。\n1. 性别：☑男　□女\n2. 年龄：______岁", "______"),
    ("PH002", "附碑文：清故□□王公之墓。", "□□"),
    ("PH001", "口罩 x3件\n本月走访x户。", "x3"),
    # each value still to come in a table's cells set apart by spaces
    ("PH005", "品名  型号  数量  单价\n空调  KD-391  TODO  待定", "TODO"),
    ("PH005", "品名  型号  数量  单价\n空调  KD-391  TODO  待定", "待定"),
    # masked figures in a row of cells set apart by spaces, beside a model's number
    ("PH001", "品名  型号  数量  单价(元)\n投影仪  KD-717  3  XX.XX", "XX.XX"),
    # the twenty-eighth and twenty-ninth sets: a product's sides and ratings left as x's, a content system's tags,
    # a form's prompts, values still to come where a name or a time of day belongs, blanks in brackets of either
    # width, dummy body text, format arguments, a class left unnumbered
    ("PH001", "外形尺寸（长×宽×高）：XX×XX×XX mm", "XX"),
    ("PH001", "工作环境温度：5℃～XX℃，相对湿度≤XX%", "XX"),
    ("PH001", "额定电压：220V　额定功率：XXW", "XX"),
    ("PH007", "本报讯（记者王涛）{pboot:date}，记者从市医疗保障局获悉。", "{pboot:date}"),
    ("PH007", "下一步{$article.region}还将投入{dede:field.total_amount/}万元。", "{dede:field.total_amount/}"),
    ("PH007", "下一步{$article.region}还将投入资金。", "{$article.region}"),
    ("PH007", "记者从[field:org_name/]获悉，今年种植早稻。", "[field:org_name/]"),
    ("PH007", "{:region}早稻喜获丰收", "{:region}"),
    ("PH007", "%user_name%您好：定于%date%召开项目推进会。", "%date%"),
    ("PH007", "联系人：<%= contact_name %>　电话：<%= tel %>", "<%= tel %>"),
    ("PH007", "%1社区已完成入户走访%2户。", "%2"),
    ("PH005", "身份证号：请输入证件号码\n家庭住址：请输入详细地址", "请输入详细地址"),
    ("PH005", "填表日期：--请选择--", "--请选择--"),
    ("PH005", "合同编号：(请输入内容)", "(请输入内容)"),
    ("PH005", "时间：待定上午待定\n地点：待定", "待定"),
    ("PH005", "会议决定成立工作专班，待定任组长。", "待定"),
    ("PH005", "由待定同志负责督办。", "待定"),
    ("PH005", "全年共组织安全生产大检查待补充次，排查整改隐患待补充处。", "待补充"),
    ("PH005", "法定代表人：[\u3000\u3000]\u3000联系电话：15800000000", "[\u3000\u3000]"),
    ("PH005", "联系人：王敏　电话：13900000000\n<<单位名称>>\n<<日期>>", "<<单位名称>>"),
    ("PH005", "居民王军说。文本内容文本内容文本内容。", "文本内容文本内容文本内容。"),
    ("PH005", "（二）项目建设提速增效此处为正文内容，请根据实际情况修改。", "此处为正文内容，请根据实际情况修改。"),
    ("PH005", "三、项目概况：（此处简述项目背景，不超过300字）", "（此处简述项目背景，不超过300字）"),
    ("PH001", "梅平第二中学初二（x）班", "x"),
    ("PH002", "云阳中学初二（×）班", "×"),
    ("PH004", "记者随即联系了该餐厅负责人某先生。", "某先生"),
    ("PH006", "重复来电：null件", "null"),
    ("PH006", "满意度：NaN%", "NaN"),
    ("PH007", "下辖{{{1}}}个行政村。", "{{{1}}}"),
    ("PH007", "前方还有%ld人", "%ld"),
    ("PH007", "已上传%1$@", "%1$@"),
    ("PH006", "1\t西泉乡\t284\t#DIV/0!", "#DIV/0!"),
    ("PH006", "5  金岭街道  =SUM(B5:C8)  18.2%", "=SUM(B5:C8)"),
    ("PH005", "发布时间：0000-00-00 00:00:00", "0000-00-00 00:00:00"),
    ("PH005", "标题：公告\n在此输入正文内容\n来源：示例来源", "在此输入正文内容"),
    ("PH003", "住某巷某号，因涉嫌盗窃被拘留。", "某巷某号"),
    ("PH003", "某市人民法院定于6月4日开庭。", "某市"),
    ("PH006", "2 松山社区 =ROUND(E4*F7,2) 567 77.2%", "=ROUND(E4*F7,2)"),
    ("PH003", "某市退役军人事务局负责人介绍。", "某市"),
    ("PH005", "请于2023年_月_日前报送。", "_"),
    ("PH003", "会议定于某年某月某日召开。", "某年某月某日"),
    ("PH007", "截至当前，共计发放补贴{0:N2}元。", "{0:N2}"),
    ("PH007", "此致\n敬礼！\n顺塘县应急管理局\n${signDate}", "${signDate}"),
    # a bracket without a slot word, in a text whose convention fills two others of its kind; variables glued
    ("PH005", "因管网维修，[小区名称][楼栋单元]将于[日期]暂停供水。", "[楼栋单元]"),
    ("PH005", "出发：【城市】 【机场】  T2\n乘客：【姓名】，证件：【证件号码】", "【机场】"),
    ("PH007", "注册地址：$CITY$$DISTRICT$$STREET$418号", "$STREET$"),
    # one times sign for a digit before a unit, after Chinese text or an item's number; fields of forms
    ("PH002", "项目建成后惠及群众×万人。", "×"),
    ("PH002", "出院医嘱：1.注意休息；2.×周后门诊复查。", "×"),
    ("PH005", "姓名：陆平　年龄：[年龄]岁", "[年龄]"),
])
def test_placeholder_found_beside_others(all_ph, rule_id, text, match):
    assert (rule_id, match) in [(r, m) for r, m, _ in spans(run(all_ph, text), text)]


@pytest.mark.parametrize(("rule_id", "text", "match", "subtype"), POSITIVES,
                         ids=[f"{r}-{t}" for r, t, _, _ in POSITIVES])
def test_placeholder_found(all_ph, rule_id, text, match, subtype):
    findings = run(all_ph, text)
    assert spans(findings, text) == [(rule_id, match, subtype)]


@pytest.mark.parametrize(("rule_id", "text", "match", "subtype"), POSITIVES,
                         ids=[f"{r}-{t}" for r, t, _, _ in POSITIVES])
def test_placeholder_found_by_its_rule_alone(rules, rule_id, text, match, subtype):
    """Each rule finds its own placeholders without help from the others."""
    checkers = build_checkers(rules, select=[rule_id])
    findings = run(checkers, text)
    assert [(f.rule_id, text[f.start:f.end], f.subtype) for f in findings] == [(rule_id, match, subtype)]


SEVERITIES = {"PH001": "error", "PH002": "error", "PH003": "warning", "PH004": "info", "PH005": "error",
              "PH006": "error", "PH007": "error"}


@pytest.mark.parametrize(("rule_id", "text"), [(r, t) for r, t, _, _ in POSITIVES])
def test_severity_and_message(all_ph, rule_id, text):
    (finding,) = run(all_ph, text)
    assert finding.severity == SEVERITIES[rule_id]
    assert finding.category == "placeholder"
    assert text[finding.start:finding.end].replace("\n", "⏎") in finding.message


def test_mixed_case_latin_run_does_not_depend_on_other_words(all_ph):
    """PH006 reports ``Xxx`` whether or not the document also contains one of its words (TBD)."""
    alone = "Dear Mr. Xxx, welcome."
    with_word = alone + " Start date TBD."
    assert spans(run(all_ph, alone), alone) == [("PH006", "Xxx", "entity")]
    assert spans(run(all_ph, with_word), with_word) == [("PH006", "Xxx", "entity"), ("PH006", "TBD", "template")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李某某签收了文书。", [("PH004", "李某某", "pseudonym")]),
        ("关于某某同志任职的通知", [("PH003", "某某", "entity")]),
        ("由某某某、王某某两人负责。", [("PH003", "某某某", "entity"), ("PH004", "王某某", "pseudonym")]),
        ("于某日前报送。", []),
    ],
)
def test_mou_and_pseudonym_share_the_work(all_ph, text, expected):
    """Every 某某 is reported by exactly one of PH003 and PH004; a single 某 as a determiner by neither."""
    assert spans(run(all_ph, text), text) == expected


def test_pseudonym_is_information_only(all_ph):
    text = "调解了王某与赵某某之间的纠纷。"
    findings = run(all_ph, text)
    assert spans(findings, text) == [("PH004", "王某", "pseudonym"), ("PH004", "赵某某", "pseudonym")]
    assert {f.severity for f in findings} == {"info"}


# --------------------------------------------------------------------------- line breaks inside a placeholder

@pytest.mark.parametrize(
    ("text", "match", "subtype"),
    [
        ("今年成立XX\n\n垦殖场工作专班。", "XX", "entity"),
        ("累计投入x\nx万元用于维修。", "x\nx", "numeric"),
        ("累计投入x\r\nx万元用于维修。", "x\r\nx", "numeric"),
        ("新建公厕xxx\n\n座。", "xxx", "numeric"),
        ("定于x月\nxx日召开。", "x月\nxx日", "date"),
    ],
)
def test_placeholder_split_by_line_breaks_is_one_finding(all_ph, text, match, subtype):
    findings = run(all_ph, text)
    assert spans(findings, text) == [("PH001", match, subtype)]


def test_split_run_message_shows_line_break(all_ph):
    (finding,) = run(all_ph, "累计投入x\nx万元。")
    assert "'x⏎x'" in finding.message


def test_date_ranges_are_one_finding(all_ph):
    text = "检查组于xx月xx-xx日开展复查，x月xx、xx日反馈意见。"
    assert spans(run(all_ph, text), text) == [
        ("PH001", "xx月xx-xx日", "date"),
        ("PH001", "x月xx、xx日", "date"),
    ]


def test_separate_placeholders_stay_separate(all_ph):
    text = "建成健康社区x个、健康学校xx个。"
    assert spans(run(all_ph, text), text) == [("PH001", "x", "numeric"), ("PH001", "xx", "numeric")]


def test_offsets_are_code_points(all_ph):
    text = "第一段。\n第二段有XX街道。"
    (finding,) = run(all_ph, text)
    doc = Document("a.txt", text)
    assert doc.position(finding.start) == (2, 5)


# --------------------------------------------------------------------------- hard negatives

NEGATIVES = [
    # a times sign in a product, a compound unit, a size
    "尺寸为3×4米。", "本期共投入500人×天。", "箱体长×宽×高为20×30×40厘米。",
    # labels in brackets beside slots: a news item's source and a notice's label open a line or sentence, a page's
    # buttons (only brackets inside a line, of a text that fills others of their kind, are slots by convention)
    "【本报讯】5月8日，区政协召开专题协商会。【通知】本周六上午进行电梯年检。",
    "主办单位：区自然资源局\n【字体：大 中 小】【打印本页】【关闭窗口】",
    # names left out on purpose, as the document says; masks it declares; a paper's instructions; a task list
    "原告：韦某。被告：钱某某。\n（本判决书在网上公布时，已对当事人姓名进行了隐名处理。）",
    "卡号：6217 **** **** 3381（为保障账户安全，卡号中间位已隐藏）",
    "三年级数学练习\n二、填空题（请在横线上填写正确答案，每空1分）\n1. 5个8相加是________。\n2. 一周有________天。",
    "## 本周任务\n\n- [x] 完成接口评审\n- [ ] 上线新版报表",
    # quotation marks of traditional typesetting around words, a document's number in 〔〕, 待定 as a status, a
    # file name with an underscore, a formula's sign of times, a year in circles used as zeros
    "他说「工作很顺利」。", "苏政发〔2023〕12号", "说明：有关事项待定。", "文件名为report_年度.docx。",
    "单价×数量。", "二○○八年",
    # an identity number whose check digit is X; a term of an inequality; the platform X; stars drawn between
    # two parts; footnote marks and the footnote; levels of significance
    "被执行人张伟，身份证号码：32010219900101123X。",
    "课堂上讲解了不等式4x-9>0的解法。",
    "设增长率为x，则由(1+x)²=1.21得x=10%。",
    "宣传视频在社交平台X（原Twitter）播放1万次。",
    "上半年工作总结如下。\n＊＊＊\n下半年工作打算如下。",
    "全年人均消费支出2400元**。\n**数据来源：县统计局。",
    "回归系数在5%水平上显著（**），***p<0.01，**p<0.05。",
    # a car's model; a separator line after a colon that opens a report, not a field
    "采购宝马X5公务用车一事经核查不属实。", "现将有关情况报告如下：\nXXXXXXXXXXXXXXX\n完成河道清淤7公里。",
    # 待定 as a status, a title in angle brackets typed in ASCII, 此处 in running text
    "有关事项待定。", "<红楼梦>是名著。", "此处插入的图表显示增长（见图1）。",
    # a line of one character repeated, drawn between paragraphs (but not after a colon: that is a value)
    "上半年工作总结如下。\nxxxxxxxxxxxxxxxxxx\n下半年工作打算如下。",
    "上半年工作总结如下。\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n下半年工作打算如下。",
    "上半年工作总结如下。\nXXX XXX XXX XXX XXX\n下半年工作打算如下。",
    "推动經濟發(fā)展。",
    "出现(xiàn)问题",
    "汉语拼音课：发 (fā)，现 (xiàn)。",
    "全面推行1+X证书制度。",
    "落实7+X清单管理。",
    "落实7+X\n\n清单管理。",
    "医院新添X光机一台。",
    # an X-ray fluorescence instrument; factors of a playback's speed listed; a forum's reaction; a string that
    # code formats
    "中心购置X荧光光谱仪一台。",
    "课程回放支持0.5x、1.5x和2x倍速播放。",
    "网友小周：说得好 <<顶>>",
    '例如 "共{}人".format(n) 会把人数填进句子。',

    "拍了X射线片。",
    "尺码有XL和XXL两种。",
    "再订两件XXXL码。",
    "服务器采用x86架构。",
    "Built for x86 and x64.",
    "寄存器地址为0x1F。",
    "记录编号3fa9x0b2已归档。",
    "举办3×3篮球联赛。",
    "场地为5×5米见方。",
    "场地为3x3米见方。",
    "某些地区仍有困难。",
    "某种程度上有所缓解。",
    "某一天下午开会。",
    "详见https://example.org/xx/index.html页面。",
    "详见 http://www.example.org/xxx/page 。",
    "二○○八年建成。",
    # a variable, a power, a model, a name in Latin letters, Roman numerals for a century
    "综合得分按S=0.6x+0.4y计算，其中x为群众满意度得分。",
    "围绕x²-4=0等方程展开教研。",
    "新增X-60型冲锋舟5艘。",
    "奖品包括iPhone X手机一部。",
    "进入XX世纪以来，古镇保护不断加强。",
    # an equation, models in Latin letters, a letter talked about, X in words of science
    "教师讲解了方程3x-7=2x+1的解法。",
    "型号为DSJ-X1，共配发43台。",
    "Model X、Mate X5等展品吸引了大量观众。",
    "汉语拼音中的x读作舌面音，与英语字母X的读音不同。",
    "血友病属于X连锁隐性遗传病。",
    "雷达站采用X波段多普勒天气雷达。",
    "代码中写作{a: 1}。",
    # Markdown bold, a rule of stars or underscores, identifiers
    "**一、总体要求**",
    "***",
    "__________",
    "调用__init__方法初始化。",
    "- [ ] 待办事项",
    "二〇一〇年至二○一二年",
    "关于某项工作的通知",
    "面向某些行业",
    "于某日上午到达。",
    "函数f(x)的图像",
    "声母有j、q、x三个。",
    "志愿者带领村民区分x和sh两个声母。",
    "采用x86架构的浙A服务器。",
    "See [Name](https://example.org) and [Date][1] for details.",
    "升级到Python 3.x版本。",
    "评为★★★级景区。",
    "【新华社】记者报道",
    "参考文献[1]",
    "See [the manual](https://example.org) for details.",
    "<div>正文</div>",
    "Order two XXXL shirts.",
    "Read more at https://example.org/xxx/page.",
    "",
    "普通的一句话，没有任何占位符。",
    # look-alikes a third independently written collection used
    "设x为正整数，且2x+3=11，求x的值。",
    "正常女性的性染色体组成为XX，男性为XY。",
    "注：*表示P<0.05，**表示P<0.01。",
    "完成X123县道6公里路面修复。",
    "本书第二十章（Chapter XX）讨论了城市治理。",
    "公文中不得使用“XX”“某某”等代称。",
    "经核查，未发现“xx”“××”等未填写的占位符号。",
    "王明（负责人）、李华（联系人）参加会议。",
    "日期格式为YYYY-MM-DD。",
    "二〇二三年三月十五日",
    "场地为3x3米见方。",
    "这是地方*。",
    "- [ ] 待办事项",
    "参加#两会#话题讨论。",
    "建立TODO清单，逐项销号。",
    # a set's element, a formula, a date written in full, a multiplication of Han words
    "集合{x}中的元素", "补贴金额＝标准×人", "2023年 5月 6日", "规格为长×宽×高。", "判断题：地球是方的（×）",
    "在某村调研时发现问题。", "函数f（x）的值", "有关情况待核实。", "问题线索待核实后处理。",
    # a real date and a model with x's; a question; a Markdown heading; a C# note; options to choose from
    "版本发布于2023/10/12。", "这是为什么？？", "## 二级标题", "请从下列选项中选择一项。",
    # a quoted form, a formula's variables, stars before their legend
    "公文标题如“某某市人民政府关于某某事项的通知”。", "K=1+（X−60）/100，X为考评分数。",
    "系数为0.42***（注：***表示显著）。",
    # the ninth held-out set: codes after the word naming them, a formula with ≥, a legend of marks, quoted examples
    "商品编号XD-2023-6776，货号X2663，已完成入库登记。", "批次号XX865767的产品经抽检合格。",
    "当x≥5时，函数f(x)单调递增。", "图例：■已完成 □未完成\n口袋公园建设：■■■□□",
    "范例中“××县××局”的写法仅用于说明格式。", "表格中“xx%”一栏的格式示例仅供参考。",
    "系统提示语“单击此处输入文字”属于模板控件。", "匿名化材料常以“某某”代替人名，例如“张某”。",
    # the tenth held-out set: placeholders written about in quotation marks (a list of them, or presented as a form
    # or a syntax), variables in inequalities and equations with −, the X of a policy named again, X-linked
    # inheritance, Roman numerals among others
    "上报数字不得以“xx”“**”形式出现。", "表格中的“【单位名称】”“【填报日期】”等字段须全部替换。",
    "公文系统采用“{{字段名}}”语法自动生成文书。", "短信模板中的内容以“${名称}”形式书写。",
    "邮件合并时在正文中插入“«称谓»”域即可。", "凡以“×××”代替姓名的，须在印发前改正。",
    "当x>0时，函数单调递增。", "解方程5x−3=12。", "推行“3+X”工作法，“X”指各村自选的特色任务。",
    "开展“1+X”证书试点，X项技能由学员自主选择。", "伴X遗传病的筛查覆盖新生儿2000人。",
    "工程分为第IX标段、第X标段和第XI标段。",
    "JSON中的空对象写作{}。", "图例：●已完成 ○未完成\n东镇●个，西镇○个",
    # a template variable inside a string of code shown, an equation's unknown, a name joined with underscores
    '培训示例代码：print(f"欢迎你，{name}")，运行后替换为实际姓名。',
    "例题：解方程3x+5=20，求x。",
    "会解形如ax+b=c的方程。",
    "文件按“单位简称_年度_材料名称.docx”命名。",
    "有关事项待定  下一步再议。",
    "see the file xx of it",
    # a paragraph indented by full-width spaces is no row of a table; an English title in brackets
    "\u3000\u3000会议议定事项待定。",
    "参见[Project Gutenberg]网站。",
    # a link of Markdown; a document number in 〔〕
    "详见[TODO list](https://example.org/todo)说明。",
    "根据〔2023〕15号文件精神。",
    # a rating or a progress bar: filled marks, then empty ones
    "考核结果：●●●●○，进度：■■■□□。",
    "星级评定：★★★☆☆",
    # a template's syntax, or a shell variable, written about
    "页面模板语言中，{{ name }}在渲染时会替换为用户名。",
    "脚本里的${PATH}表示可执行文件的搜索路径。",
    # look-alikes a thirteenth independently written collection used
    "推荐阅读书目：<<乡土中国>>、<<围城>>。",
    "依据<<中华人民共和国消防法>>第十六条开展检查。",
    "培训中提醒，便签上的密码即使写成“****”遮挡，也不能贴在屏幕边。",
    "输入口令时，屏幕只显示“********”，这是正常的保护措施。",
    "此款执法记录仪支持10x光学变焦，课程回放可选1.5x倍速。",
    "订单备注：XX-Large码9件，X-Large码14件。",
    "身份证号码的最后一位是校验码，计算结果为10时用罗马数字X表示。",
    "系统已修复末位小写x导致校验失败的问题。",
    "构建“1+N+X”工作格局，“X”为各镇街的特色项目。",
    "示意图显示XY型性别决定方式中，雌性个体的性染色体组成为XX。",
    "TODO是英文to do的缩写，意为待办事项。",
    "前端页面在Vue组件中通过{{ message }}绑定数据。",
    # stars of significance named in a legend or as the table's notation
    "注：***、**、*分别表示在1%、5%、10%水平上显著。",
    "干预组得分高于对照组（P<0.01），表中以**标注。",
    # 某年某月 as a story's time, or in a diary quoted
    "某年某月的一个雨夜，老支书冒雨巡查堤坝的情景至今仍让人难忘。",
    "他在日记里写道：某年某月某日，天晴，我第一次走进这所学校。",
    # a variable of a limit; a multiple of a variable the exercise set; X-linked inheritance
    "当x→0时，函数f(x)的极限为1。",
    "设每件商品降价x元，则每天可多售出2x件。",
    "红绿色盲基因位于X染色体上，属于伴X隐性遗传。",
    # a star after a word, a footnote's star before its words: no surname masked
    "表1\n*说明：数据为初步统计。",
    "完成情况见附表*。",
    # the twenty-sixth and twenty-seventh sets: an exercise's unknown (the one it asks for, a supposition's, x beside
    # y), an axis named; the blanks of an exam's questions; 待定 as a status, 某 alone in prose
    "应用题：某商店运来苹果若干箱，卖出x箱后还剩259箱，求x。",
    "若工程队每天修路x米，则181天可完成全部任务。",
    "坐标系中横轴为x，纵轴为y。", "当x增加1个单位时，y平均增加0.8个单位。",
    "图2中横轴为x（万元），纵轴为y（万元）。",
    "一、填空题（每空1分）\n1. 一个数由5个万和3个一组成，这个数是____。\n2. 3时整，时针和分针所成的角是（    ）度。",
    "二、选择题\n1. 下列算式中，得数最大的是（  ）。A. 25×4  B. 125×8",
    "项目负责人待定，将于下月公布。", "某小区物业费收缴率进一步提高。", "点击【阅读原文】报名。",
    "参见[[Python]]词条。",
    # a heading's label that starts with 具体; Python's dunder names; a model's number in a table row
    "【具体措施】一是加强领导", "采取以下【具体措施】：一是加强领导", "定义def __init__(self)方法",
    # the twenty-eighth and twenty-ninth sets: a package insert's headings, a variable defined, a percentage
    # before a digit, 5×8 and a model's letters
    "复方甘草片说明书\n【药品名称】通用名称：复方甘草片\n【规格】0.25g\n【用法用量】口服。成人一次1片。\n"
    "【贮藏】密封保存。\n【批准文号】国药准字H12345678\n【注意事项】用药前应咨询医师。",
    "其中，X为氯或溴，R1为C1-C4烷基。",
    "服务时间为5×8小时。",
    "型号：ZLXXA，适配遥控器另购。",
    "如需办理，请输入验证码后提交。",
    "调用 https://example.cn/?q=%e5%8f%91%e5%b1%95 的接口，返回发展。",
    '<resources>\n    <string name="app_name">掌上政务</string>\n</resources>',
    "文件命名统一采用“单位简称_年份_类别”格式。",
    "某年某月某日，一位老人拿着一张照片来到档案馆。",
    "在商场入口摆放X展架19个。",
    "二、选择题：下列词语中书写正确的是（\u3000\u3000）",
    "注意：自变量x的取值范围应满足实际意义。",
    "如果返回值为null，则提示错误。",
    "字段说明：null表示空值。",
    '{"联系电话": null}',
    "出现#REF!错误时，说明引用无效。",
    "在单元格中输入=SUM(A1:A10)即可求和。",
    "在单元格中输入 =SUM(A1:A10) 即可求和。",
    "他在某市工作，后来调到某县。",
    # a lesson on spreadsheets (cells, columns, formulas explained); 某年某月 told; a release series
    "=AVERAGE(X2:X20) 计算平均值。",
    "在X23单元格输入公式 =SUM(X2:X22)，即可得到全年合计。",
    "=VLOOKUP(A2,Sheet2!A:X,24,FALSE) 用于按编号查询第24列数据。",
    "列号X对应第24列，XFD是最后一列。",
    "老人说，某年某月村里来了第一批下乡知青。",
    "老人说，他是某年某月随修路的队伍来到这里。",
    "旧版2.x客户端将于年底停止维护，请及时升级。",
    # the thirty-fourth and thirty-fifth sets: a questionnaire's boxes before its options; an exercise's blanks
    # with the choices of a question near (no section named); a car's model; a variable defined once, then used;
    # a variable's range; a point of a figure
    "2. 您获取信息的渠道（可多选）：□电视 □报纸 □社区宣传栏",
    "3. 我国的首都是______。\n（  ）下列属于可再生能源的是 A.煤炭 B.风能 C.石油",
    "公务用车\n车型：X3 2.0T 四驱版", "配备X-Trail越野车一辆用于巡查。",
    "令X表示抽检不合格的样本数，则X服从二项分布。", "所述合金中x的取值范围为0.2～0.4。",
    "如图，在△ABC中，点X为BC边的中点。",
    "点击观看[Video]了解详情。", "项目简介（300字以内）：本项目建设内容包括道路硬化。",
    "作文要求：不少于600字（不超过800字）。",
    # the forty-second and forty-third sets: Christmas shortened; a receipt's counts of items before their prices;
    # the X Window System; a chart's axes; a letter an estimate set; stars a bracket says hide a password; an
    # identity number masked by law; a transcription's lacunae it declares; a questionnaire printed to be filled in
    "X'mas 会员专享：两人同行一人半价。",
    "城东便利店 小票\n口罩 x3  6.50\n抽纸 X6  ¥17.80",
    "在 Linux 图形界面下运行，需要 X11 或 Wayland 环境。",
    "图中横坐标x为月份，纵坐标为售电量。", "图2中，x轴表示年份，y轴表示人均可支配收入。",
    "测算方法：设x为每户年均增收额，则全村增收总额为户数乘以x。",
    "登录密码：********（出于安全考虑，密码不予显示）",
    "原告身份证号码：4401**********123X（依法隐去部分号码）",
    "附碑文（碑文漫漶，凡不可辨识之字以□标示）：清故□□王公之墓，光绪□年立。",
    "居民满意度调查问卷\n填表说明：请在符合的选项前□内打“√”。\n1. 您的性别：□男　□女\n2. 您的年龄：______岁",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_placeholder_finding(all_ph, text):
    assert spans(run(all_ph, text), text) == []


# --------------------------------------------------------------------------- Markdown code is not prose

MARKDOWN_CASES = [
    ("说明如下：\n\n```\n全年走访xx户\n```\n", "PH001", "xx"),
    ("~~~text\n××县人民政府\n~~~\n", "PH002", "××"),
    ("示例写作 `XX街道` 即可。", "PH001", "XX"),
    ("落款单位 `【待填】` 已盖章。", "PH005", "【待填】"),
    ("  ```\n张某\n  ```\n", "PH004", "张某"),
]


@pytest.mark.parametrize(("text", "rule_id", "match"), MARKDOWN_CASES)
def test_markdown_code_is_not_reported(all_ph, text, rule_id, match):
    md = document_from_bytes("a.md", text.encode("utf-8"))
    assert audit_document(md, all_ph) == []
    txt = document_from_bytes("a.txt", text.encode("utf-8"))
    assert [(f.rule_id, txt.text[f.start:f.end]) for f in audit_document(txt, all_ph)] == [(rule_id, match)]


@pytest.mark.parametrize("text", [
    "模板中的 `【待填】` 由系统替换。",
    "短信模板中的变量用双大括号书写，例如 `{{ user_name }}` 会在发送时替换为办事人姓名。",
    "Java 项目中使用 MessageFormat，占位写法为 {0}、{1}，按参数顺序替换。",
    '在 Python 中也可以写作 f"您好，{name}"，或使用 "%s" % name 的旧式写法。',
])
def test_code_a_line_about_a_notation_shows_is_not_reported_in_any_file(all_ph, text):
    """Backticks, ASCII quotes or the word that names the notation, on a line about forms (模板, 变量, 写法 …)."""
    txt = document_from_bytes("a.txt", text.encode("utf-8"))
    assert audit_document(txt, all_ph) == []


def test_markdown_prose_outside_code_is_reported(all_ph):
    text = "正文走访xx户。\n\n```\n代码里的xx户\n```\n\n结尾又有XX街道。"
    md = document_from_bytes("notes.md", text.encode("utf-8"))
    found = [(f.rule_id, md.text[f.start:f.end], f.start) for f in audit_document(md, all_ph)]
    assert found == [("PH001", "xx", text.index("xx")), ("PH001", "XX", text.index("XX"))]


# --------------------------------------------------------------------------- the pattern kind

USER_RULES = """\
family: user
rules:
  - id: US001
    name: pending-slot
    kind: pattern
    category: placeholder
    severity: warning
    message: "slot '{match}' still says {what}"
    pattern: "【待填(?P<what>[^】]*)】"
    subtype: template
    allow_context: ["示例：【待填[^】]*】"]
    docs:
      why: A pending slot means the form was never completed.
      example: "负责人：【待填姓名】"
    examples:
      bad: ["负责人：【待填姓名】"]
      good: ["示例：【待填姓名】"]
  - id: US002
    name: pending-money
    kind: pattern
    category: placeholder
    severity: error
    message: "money slot '{match}'"
    pattern: "【待填[^】]*】"
    deny_context: ["金额[:：]【待填[^】]*】"]
    context_window: 10
    docs:
      why: Only slots for amounts of money matter to this collection.
      example: "金额：【待填】"
    examples:
      bad: ["金额：【待填】"]
      good: ["姓名：【待填】"]
"""


@pytest.fixture
def user_rules(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_NO_CACHE", "1")
    path = tmp_path / "user.yaml"
    path.write_text(USER_RULES, encoding="utf-8")
    return {rule.id: rule for rule in load_rule_file(path)}


def test_user_rule_file_loads(user_rules):
    rule = user_rules["US001"]
    assert rule.kind == "pattern"
    assert rule.params["pattern"] == "【待填(?P<what>[^】]*)】"
    assert rule.params["allow_context"] == ["示例：【待填[^】]*】"]


def test_user_rule_examples_pass(user_rules):
    for rule in user_rules.values():
        count, failures = run_examples(rule)
        assert count == 2
        assert failures == []


def test_pattern_allow_context_suppresses_covered_match(user_rules):
    checkers = build_checkers([user_rules["US001"]])
    text = "示例：【待填姓名】。负责人：【待填姓名】，电话：【待填】"
    findings = run(checkers, text)
    assert [(text[f.start:f.end], f.subtype) for f in findings] == [("【待填姓名】", "template"),
                                                                    ("【待填】", "template")]
    assert findings[0].start == text.index("负责人") + 4
    assert [f.severity for f in findings] == ["warning", "warning"]


def test_pattern_named_group_in_message(user_rules):
    checkers = build_checkers([user_rules["US001"]])
    first, second = run(checkers, "负责人：【待填姓名】，电话：【待填】")
    assert first.message == "slot '【待填姓名】' still says 姓名"
    assert second.message == "slot '【待填】' still says "  # an empty group is an empty string


def test_pattern_allow_context_must_cover_the_match(user_rules):
    """An allow pattern that matches nearby text but not the match itself does not suppress it."""
    checkers = build_checkers([user_rules["US001"]])
    text = "示例：【待填】【待填金额】"
    findings = run(checkers, text)
    assert [text[f.start:f.end] for f in findings] == ["【待填金额】"]


def test_pattern_deny_context_limits_findings(user_rules):
    checkers = build_checkers([user_rules["US002"]])
    text = "姓名：【待填】\n金额：【待填】元\n日期：【待填】"
    findings = run(checkers, text)
    assert [(f.rule_id, text[f.start:f.end], f.start) for f in findings] == [
        ("US002", "【待填】", text.index("金额") + 3)
    ]
    assert findings[0].message == "money slot '【待填】'"
    assert findings[0].subtype is None


def test_pattern_rules_run_alongside_builtin_rules(rules, user_rules):
    checkers = build_checkers([*rules, *user_rules.values()], select=["PH005", "US001"])
    text = "负责人：【待填】"
    found = sorted((f.rule_id, text[f.start:f.end]) for f in run(checkers, text))
    assert found == [("PH005", "【待填】"), ("US001", "【待填】")]


def test_pattern_rule_respects_markdown_code(user_rules):
    checkers = build_checkers([user_rules["US001"]])
    text = "负责人：`【待填姓名】`"
    assert audit_document(document_from_bytes("a.md", text.encode()), checkers) == []
    assert len(audit_document(document_from_bytes("a.txt", text.encode()), checkers)) == 1


def test_pattern_ignore_case(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_NO_CACHE", "1")
    path = tmp_path / "case.yaml"
    path.write_text(textwrap.dedent("""\
        rules:
          - id: US010
            name: todo-word
            kind: pattern
            category: style
            severity: info
            message: "todo marker '{match}'"
            pattern: "\\\\btodo\\\\b"
            ignore_case: true
            docs: {why: Left-over notes., example: "TODO: fix"}
            examples: {bad: ["TODO: fix"], good: ["today"]}
        """), encoding="utf-8")
    (rule,) = load_rule_file(path)
    checkers = build_checkers([rule])
    text = "TODO here and todo there, not today."
    assert [text[f.start:f.end] for f in run(checkers, text)] == ["TODO", "todo"]


# ---------------------------------------------------------------------------------------------- x windows

_WINDOW_PIECES = ["x", "X", "ｘ", "Ｘ", "xx", "12", "3", "٣", ".", "．", "a", "b", "Ex", "户", "万元", "，", " ", "\n",
                  "_", "-", "0x", "١٢"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=30).map("".join))
def test_x_windows_hold_every_token_a_whole_scan_finds(text):
    from auditor.kinds.placeholder import _X_TOKEN, x_windows

    whole = [m.span() for m in _X_TOKEN.finditer(text)]
    windowed = [m.span() for lo, hi in x_windows(text) for m in _X_TOKEN.finditer(text, lo, hi)]
    assert windowed == whole


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_x_windows_on_any_text(text):
    from auditor.kinds.placeholder import _X_TOKEN, x_windows

    whole = [m.span() for m in _X_TOKEN.finditer(text)]
    assert [m.span() for lo, hi in x_windows(text) for m in _X_TOKEN.finditer(text, lo, hi)] == whole


_TOKEN_CHARACTERS = ["x", "X", "ｘ", "Ｘ", "0", "1", "2", "٣", "９", ".", "．", "月", " ", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_CHARACTERS), max_size=7).map("".join))
def test_token_tests_match_their_patterns(token):
    import regex

    from auditor.kinds.placeholder import is_hex, is_times, is_year_placeholder

    assert is_hex(token) == bool(regex.fullmatch(r"0[xX]\p{Nd}*", token))
    assert is_times(token) == bool(regex.fullmatch(r"\p{Nd}+[xXｘＸ]\p{Nd}+", token))
    assert is_year_placeholder(token) == bool(regex.fullmatch(r"\p{Nd}{2}[xXｘＸ]{2}", token))


def test_a_pseudonym_found_once_is_found_wherever_it_stands_again(all_ph):
    text = "经查，供货方付某明知产品已过期仍继续销售。执法人员对付某立案调查。"
    found = [(rule, span) for rule, span, _ in spans(run(all_ph, text), text)]
    assert found == [("PH004", "付某"), ("PH004", "付某")]


def test_slide_prompts_are_found_once_each(all_ph):
    text = "点击此处添加标题\n点击此处添加文本内容，建议字数控制在100字以内\n03 添加标题"
    found = [span for _, span, _ in spans(run(all_ph, text), text)]
    assert found == ["点击此处添加标题", "点击此处添加文本内容", "添加标题"]


def test_a_bracket_convention_takes_fields_inside_lines_only(all_ph):
    """A text that fills two slots or more with square brackets marks other short names in them as slots too, but
    not a label that opens its line or sentence, a line's heading, or a page's buttons."""
    text = ("【本报讯】5月8日，【小区名称】【楼栋单元】将于【日期】停水。【通知】本周六电梯年检。\n【工作动态】\n"
            "联系人：【姓名】【打印本页】【关闭窗口】")
    found = [m for r, m, _ in spans(run(all_ph, text), text) if r == "PH005"]
    assert found == ["【小区名称】", "【楼栋单元】", "【日期】", "【姓名】"]
