"""Rates, shares and changes in the phrasings that an independently written test collection used and the
grammar first missed or misread (each sentence is written here; consistent and broken twins)."""

from __future__ import annotations

import pytest

from auditor.document import Document
from auditor.engine import audit_document, build_checkers
from auditor.rulebook import load_rulebook

CHECKERS = build_checkers([r for r in load_rulebook() if r.id.startswith(("PC", "TO"))])


def _rules(text: str) -> list[str]:
    return sorted({f.rule_id for f in audit_document(Document("a.txt", text), CHECKERS)})


#: (consistent text, the same with one number wrong, the rule that must see it)
TWINS = [
    # a rate by which a plan was passed (超额完成); the plan stated inside 完成…的; 结收案比; a growth after 净增; a
    # share of 户籍总人口 after 户籍人口; a share of 一般公共预算收入 (a whole, no plan); the second rate of a 其中 list
    # after a ；, of the whole; a part whose value a year before stands between it and its share
    ("年度新增市场主体目标4210户，实际新增4680户，超额完成11.2%。",
     "年度新增市场主体目标4210户，实际新增4680户，超额完成16.2%。", "PC001"),
    ("城镇新增就业31,526人，完成年度目标任务27,000人的116.76%。",
     "城镇新增就业31,526人，完成年度目标任务27,000人的111.76%。", "PC001"),
    ("全年受理各类案件28410件，审执结26977件，结收案比94.96%。",
     "全年受理各类案件28410件，审执结26977件，结收案比96.94%。", "PC001"),
    ("年末实有各类市场主体412350户，较上年末净增50120户，增长13.84%。",
     "年末实有各类市场主体412350户，较上年末净增50120户，增长12.16%。", "PC001"),
    ("年末户籍人口86.40万人，60周岁及以上老年人口17.52万人，占户籍总人口的20.28%。",
     "年末户籍人口86.40万人，60周岁及以上老年人口17.52万人，占户籍总人口的22.08%。", "PC001"),
    ("一般公共预算收入48.26亿元，其中税收收入36.90亿元，占一般公共预算收入的76.5%。",
     "一般公共预算收入48.26亿元，其中税收收入36.90亿元，占一般公共预算收入的67.5%。", "PC001"),
    ("依申请政务服务事项612项，其中网上可办598项，网上可办率97.71%；全程网办520项，全程网办率84.97%。",
     "依申请政务服务事项612项，其中网上可办598项，网上可办率97.71%；全程网办520项，全程网办率86.96%。", "PC001"),
    ("一般公共预算收入12.40亿元，其中税收收入9.36亿元，比上年的8.80亿元增长6.4%，占一般公共预算收入的75.5%。",
     "一般公共预算收入12.40亿元，其中税收收入9.36亿元，比上年的8.80亿元增长6.4%，占一般公共预算收入的70.5%。",
     "PC001"),
    # an infant mortality per thousand live births
    ("全年活产数41326人，婴儿死亡144人，婴儿死亡率为3.48‰。", "全年活产数41326人，婴儿死亡144人，婴儿死亡率为8.54‰。",
     "PC001"),
    # a capital preservation rate: the equity at the year's end over that at its start (over 100 % when it grew)
    ("年初国有资本权益1540.15亿元，年末1598.79亿元，国有资本保值增值率103.81%。",
     "年初国有资本权益1540.15亿元，年末1598.79亿元，国有资本保值增值率97.92%。", "PC001"),
    # a table's share column whose total row leaves its share cell empty
    ("支出项目｜金额（万元）｜占比\n商品和服务支出｜72565｜26.3%\n资本性支出｜39170｜14.2%\n"
     "债务利息支出｜164218｜59.5%\n合计｜275953｜",
     "支出项目｜金额（万元）｜占比\n商品和服务支出｜72565｜26.3%\n资本性支出｜39170｜13.2%\n"
     "债务利息支出｜164218｜59.5%\n合计｜275953｜", "PC001"),
    # a fall after its amount joined by 、; a plan's share named 完成预算的; last year's value in a clause of its own
    # (上年同口径为); last month's as the base (较11月的); an industry structure in full-width digits
    ("一般性支出27,862万元，比上年减少6761万元、下降19.5%。", "一般性支出27,862万元，比上年减少6761万元、下降15.9%。",
     "PC001"),
    ("国有资本经营预算收入预算219.18亿元，实际完成225.86亿元，完成预算的103.0%。",
     "国有资本经营预算收入预算219.18亿元，实际完成225.86亿元，完成预算的100.3%。", "PC001"),
    ("地方级收入148.88亿元，上年同口径为140.60亿元，按同口径计算增长5.9%。",
     "地方级收入148.88亿元，上年同口径为140.60亿元，按同口径计算增长17.6%。", "PC007"),
    ("12月消费投诉举报量1686件，较11月的1593件环比增长5.8%。", "12月消费投诉举报量1686件，较11月的1593件环比增长8.5%。",
     "PC007"),
    ("三次产业结构调整为１３.２∶３４.５∶５２.３，产业结构持续优化。",
     "三次产业结构调整为１３.２∶３６.６∶５２.３，产业结构持续优化。", "PC008"),
    # shares of an age partition, the last one's own part after 其中; a total named after the parts of an opener
    ("常住人口中，0—14岁人口占16.2%；15—59岁人口占61.5%；60岁及以上人口占22.3%，其中65岁及以上人口占15.8%。",
     "常住人口中，0—14岁人口占16.2%；15—59岁人口占64.5%；60岁及以上人口占22.3%，其中65岁及以上人口占15.8%。",
     "PC002"),
    ("全镇举办培训班12期。按性别分，男性学员486人，女性学员512人，总人数998人。",
     "全镇举办培训班12期。按性别分，男性学员486人，女性学员512人，总人数989人。", "TO001"),
    # what was owed and what was paid (应缴/实缴); those enrolled of an age group; a court's cases closed over
    # received (收结比, over 100 %); a growth written with its minus sign after a base in brackets; a concentration
    ("医保应缴费3239.02万元，实缴3169.54万元，收缴率97.85%。", "医保应缴费3239.02万元，实缴3169.54万元，收缴率79.85%。",
     "PC001"),
    ("适龄儿童少年9,240人，在校就读9,146人，义务教育巩固率98.98%。",
     "适龄儿童少年9,240人，在校就读9,146人，义务教育巩固率93.08%。", "PC001"),
    ("新收案件8167件，结案9381件，收结比114.86%。", "新收案件8167件，结案9381件，收结比118.46%。", "PC001"),
    ("营业收入596.03万元（上年同期714.00万元），增速-16.52%。",
     "营业收入596.03万元（上年同期714.00万元），增速-17.02%。",
     "PC007"),
    ("PM2.5平均浓度由34微克/立方米下降至26微克/立方米，下降23.5%。",
     "PM2.5平均浓度由34微克/立方米下降至26微克/立方米，下降23.0%。", "PC007"),
    ("指标\t2022年\t2023年\t增幅\n万元GDP能耗（吨标准煤）\t62.565\t57.560\t-8.00%",
     "指标\t2022年\t2023年\t增幅\n万元GDP能耗（吨标准煤）\t62.565\t57.560\t-7.00%", "PC007"),
    # a kind's share of the whole the sentence before ends with, after a breakdown's opener; a share in a frame, then
    # its count after 计
    ("新建改建农村公路189条。从类型看，县道最多，为94条，占比49.7%。",
     "新建改建农村公路189条。从类型看，县道最多，为94条，占比47.7%。", "PC001"),
    ("在6121人的新增就业人员中，高校毕业生占48.82%，计2988人。",
     "在6121人的新增就业人员中，高校毕业生占45.82%，计2988人。", "PC001"),
    # a share, then its whole named as a total in the next clause
    ("对东盟进出口523.27亿元，占比62.8%；进出口总量为833.21亿元。",
     "对东盟进出口523.27亿元，占比64.2%；进出口总量为833.21亿元。", "PC001"),
    # a sector's contribution to growth: its increase over the whole's, after 其中
    ("地区生产总值比上年增加95.0亿元，其中第三产业增加值增加52.7亿元，对经济增长的贡献率为55.5%。",
     "地区生产总值比上年增加95.0亿元，其中第三产业增加值增加52.7亿元，对经济增长的贡献率为54.1%。", "PC001"),
    # a table's last row ends with its growth, prose on the next line (the row is no wrapped sentence)
    ("指标\t2021年\t2022年\t增幅\n一般公共预算收入（万元）\t2141.8\t2291.3\t6.98%\n下一步，我们将进一步压实责任。",
     "指标\t2021年\t2022年\t增幅\n一般公共预算收入（万元）\t2141.8\t2291.3\t3.6%\n下一步，我们将进一步压实责任。",
     "PC007"),
    # last year's figure in a sentence of its own that opens with 上年, this year's after 今年 on the next line
    ("上年全市生产安全事故死亡190人。\n今年死亡155人，同比下降18.4%，实现双下降。",
     "上年全市生产安全事故死亡190人。\n今年死亡155人，同比下降17.2%，实现双下降。", "PC007"),
    # a rate restated by a later note and corrected (上述…应为…): the correction is what must agree with the numbers
    ("受理政务服务事项172件，按时办结150件，按时办结率89.11%。\n（注：上述按时办结率89.11%应为87.21%。）",
     "受理政务服务事项172件，按时办结150件，按时办结率89.11%。\n（注：上述按时办结率89.11%应为86.21%。）", "PC001"),
    # the part named by the rate's own words, at length, the whole by a word of them only (康复)
    ("持证残疾人中有康复需求的7695人，已获得基本康复服务7288人，基本康复服务覆盖率94.71%。",
     "持证残疾人中有康复需求的7695人，已获得基本康复服务7288人，基本康复服务覆盖率96.81%。", "PC001"),
    # a growth said in a bracket after it to be in current prices: the ratio of the amounts, exactly (not a band)
    ("全年实现地区生产总值290.88亿元，同比增长23.7%（上年为235.15亿元，按现价计算）。",
     "全年实现地区生产总值290.88亿元，同比增长22.0%（上年为235.15亿元，按现价计算）。", "PC007"),
    # the rate first, then its part, then the whole named as the total
    ("生活垃圾分类小区覆盖率78.74%，已覆盖小区163个，辖区小区总数207个。",
     "生活垃圾分类小区覆盖率79.24%，已覆盖小区163个，辖区小区总数207个。", "PC001"),
    # those owed, then those who did it, the action written out (参保 and 参加…医保); the count right after the rate
    ("全村应参保人数3860人，已参加城乡居民医保3655人，参保率94.69%。",
     "全村应参保人数3860人，已参加城乡居民医保3655人，参保率96.99%。", "PC001"),
    ("受理热线工单1019件，按期办结率达63.2%，按期办结644件。",
     "受理热线工单1019件，按期办结率达62.3%，按期办结644件。", "PC001"),
    # a fraction with a slash: in the clause before the rate, or in brackets after the words the rate is of
    ("重点项目开工情况：已开工111/202个，开工率55.0%。", "重点项目开工情况：已开工111/202个，开工率50.5%。", "PC001"),
    ("92.62%的矛盾纠纷得到成功调解（7266/7845件）。", "92.26%的矛盾纠纷得到成功调解（7266/7845件）。", "PC001"),
    ("整改率89.4%（305/341件）。", "整改率92.4%（305/341件）。", "PC001"),
    # a rate of those up to a standard over those above it (达标 and 超标: opposites)
    ("监测点位755个，超标点位9个，达标率98.81%。", "监测点位755个，超标点位9个，达标率95.71%。", "PC001"),
    # an on-time rate over the late ones (准点 and 晚点: opposites, no negation between them)
    ("全年计划班次48000班次，晚点1920班次，准点率96.00%。",
     "全年计划班次48000班次，晚点1920班次，准点率94.00%。", "PC001"),
    # an erratum's quoted rate, wrong as the notice says: its correction is what must agree with the numbers
    ("更正：原文“受理投诉640件，办结608件，办结率59.00%”中的办结率应为95.00%，特此更正。",
     "更正：原文“受理投诉640件，办结608件，办结率59.00%”中的办结率应为96.00%，特此更正。", "PC001"),
    # a table of two years' values and the growth between them; a fall with its minus sign
    ("指标｜单位｜2023年｜2024年｜增长（%）\n"
     "接待游客｜万人次｜467.9｜530.5｜13.4\n事故起数｜起｜54｜53｜-1.9",
     "指标｜单位｜2023年｜2024年｜增长（%）\n"
     "接待游客｜万人次｜467.9｜530.5｜31.4\n事故起数｜起｜54｜53｜-1.9", "PC007"),
    ("指标｜单位｜2023年｜2024年｜增长（%）\n"
     "接待游客｜万人次｜467.9｜530.5｜13.4\n事故起数｜起｜54｜53｜-1.9",
     "指标｜单位｜2023年｜2024年｜增长（%）\n"
     "接待游客｜万人次｜467.9｜530.5｜13.4\n事故起数｜起｜54｜53｜1.9", "PC007"),
    ("指标  2024年  2023年  增长（%）\n"
     "门急诊人次  1,704,735  2,058,859  -17.2\n网上办件量  407,715  303,134  34.5",
     "指标  2024年  2023年  增长（%）\n"
     "门急诊人次  1,704,735  2,058,859  -11.9\n网上办件量  407,715  303,134  34.5", "PC007"),
    # a ratio of days (比率); a satisfaction rate over the satisfied and the basically satisfied
    ("有效监测天数365天，空气质量优良天数357天，优良天数比率97.8%。",
     "有效监测天数365天，空气质量优良天数357天，优良天数比率99.2%。", "PC001"),
    ("回访群众81678人次，其中表示满意58067人次、基本满意20816人次，满意率96.58%。",
     "回访群众81678人次，其中表示满意58067人次、基本满意20816人次，满意率95.58%。", "PC001"),
    # bare shares after each part, the whole stated by the sentence before
    ("今年招聘工作人员200名。教师120名，占60.0%；医务人员50名，占25.0%。",
     "今年招聘工作人员200名。教师120名，占60.0%；医务人员50名，占52.0%。", "PC001"),
    # a change stated before its from-to; a rate whose whole is named as a total after it
    ("发案数下降17.3%，由2018年的1375起减少到1137起。", "发案数下降21.0%，由2018年的1375起减少到1137起。", "PC007"),
    ("联网覆盖71个自然村，覆盖率达88.8%，全市共有自然村80个。",
     "联网覆盖71个自然村，覆盖率达88.0%，全市共有自然村80个。", "PC001"),
    # a budget's execution rate: over the budget as adjusted when one is stated
    ("年初预算4,000万元，调整预算5,000万元，实际支出4,500万元，预算执行率90.0%。",
     "年初预算4,000万元，调整预算5,000万元，实际支出4,500万元，预算执行率96.0%。", "PC001"),
    ("全年预算1,200万元，实际支出1,080万元，预算执行率90%。",
     "全年预算1,200万元，实际支出1,080万元，预算执行率80%。", "PC001"),
    # a percentage without its leading zero
    ("登记失业率0.18%。", "登记失业率.18%。", "PC004"),
    # a change whose word goes the other way; a base in brackets after the value; a frame without a comma (中已有)
    ("事故起数由300起降至270起，下降10.0%。", "事故起数由300起降至270起，增长10.0%。", "PC007"),
    ("零售总额120亿元（上年100亿元），增长20.0%。", "零售总额120亿元（上年100亿元），增长25.0%。", "PC007"),
    ("全县200个行政村中已有150个实现光纤覆盖，覆盖率75.0%。",
     "全县200个行政村中已有150个实现光纤覆盖，覆盖率70.0%。", "PC001"),
    # a pass rate and a fail rate side by side: each has its own numerator (合格 is not 不合格)
    ("抽检蔬菜400批次，其中合格392批次、不合格8批次，合格率为98%，不合格率为2%。",
     "抽检蔬菜400批次，其中合格392批次、不合格8批次，合格率为96%，不合格率为2%。", "PC001"),
    # … and the whole is not the other part (检测合格666批次 is no whole of 不合格50批次)
    ("抽查产品500批次，检测合格480批次，合格率96%；不合格20批次，不合格率4%。",
     "抽查产品500批次，检测合格480批次，合格率96%；不合格20批次，不合格率6%。", "PC001"),
    # rates listed with 分别 after the parts they belong to
    ("排查隐患80处，其中消防类40处、用电类24处、其他16处，分别占50%、30%和20%。",
     "排查隐患80处，其中消防类40处、用电类24处、其他16处，分别占50%、35%和20%。", "PC001"),
    ("现有社工60名，其中本科33名、大专21名，分别占总数的55%和35%。",
     "现有社工60名，其中本科33名、大专21名，分别占总数的55%和38%。", "PC001"),
    # 任务完成率 is a rate, not a share of a task (任务的 …)
    ("年度缴费任务2000人，完成缴费1500人，任务完成率达75%。",
     "年度缴费任务2000人，完成缴费1500人，任务完成率达72%。", "PC001"),
    # the group counted in a frame without 在, and a 中 inside a word before the frame's own
    ("全乡400户农户中，完成改厕300户，占比75%。", "全乡400户农户中，完成改厕300户，占比78%。", "PC001"),
    ("在参加中考的200名学生中，普高上线的有130人，占65%。", "在参加中考的200名学生中，普高上线的有130人，占61%。",
     "PC001"),
    # the total in brackets between 占 and 的
    ("整改180处，占隐患总数（200处）的90%。", "整改180处，占隐患总数（200处）的86%。", "PC001"),
    ("注册志愿者2.5万人，占常住人口（10万人）的25%。", "注册志愿者2.5万人，占常住人口（10万人）的21%。", "PC001"),
    # the counts of a rate stated after it, behind a colon or in brackets
    ("结案率为96%：共受理案件600件，结案576件。", "结案率为92%：共受理案件600件，结案576件。", "PC001"),
    ("年报率90%（应年报市场主体500户，完成年报450户）。", "年报率95%（应年报市场主体500户，完成年报450户）。",
     "PC001"),
    ("完成入户登记540户，登记率90%（走访总户数600户）。", "完成入户登记540户，登记率85%（走访总户数600户）。",
     "PC001"),
    # a rate in Chinese with a decimal
    ("办结450件，占受理总量（500件）的百分之九十。", "办结450件，占受理总量（500件）的百分之八十九点五。", "PC001"),
    # a share of the whole named only as 总数; a share of GDP (地区生产总值)
    ("适龄残疾儿童少年441人，尚未入学37人，占总数的8.39%。", "适龄残疾儿童少年441人，尚未入学37人，占总数的5.63%。",
     "PC001"),
    ("全年实现地区生产总值5603.21亿元，服务业增加值3849.41亿元，占GDP比重为68.7%。",
     "全年实现地区生产总值5603.21亿元，服务业增加值3849.41亿元，占GDP比重为67.7%。", "PC001"),
    # a fall written 削减; a table of rates whose rows open with their rank
    ("化学需氧量排放量由61.39万吨降至52.34万吨，削减14.7%。", "化学需氧量排放量由61.39万吨降至52.34万吨，削减18.3%。",
     "PC007"),
    ("办结情况排名\n排名\t单位\t任务数\t完成数\t完成率\n1\t芦岭镇\t464\t453\t97.63%\n2\t湄坡镇\t222\t170\t76.58%",
     "办结情况排名\n排名\t单位\t任务数\t完成数\t完成率\n1\t芦岭镇\t464\t453\t97.63%\n2\t湄坡镇\t222\t170\t77.14%",
     "PC001"),
    # shares one a line under a composition's header, or a Markdown table of kinds and their shares (PC002)
    ("全省货运量构成\n公路运输  20.1%\n航空运输  14.1%\n铁路运输  65.8%",
     "全省货运量构成\n公路运输  20.1%\n航空运输  18.0%\n铁路运输  65.8%", "PC002"),
    ("| 贸易方式 | 占比 |\n| 一般贸易 | 38.8% |\n| 加工贸易 | 22.4% |\n| 其他 | 38.8% |",
     "| 贸易方式 | 占比 |\n| 一般贸易 | 38.8% |\n| 加工贸易 | 22.4% |\n| 其他 | 43.5% |", "PC002"),
    # age bands and their shares under a composition's header, cells apart by tabs
    ("年龄构成\t占比\n0—14岁\t5.9%\n15—59岁\t60.1%\n60岁及以上\t34.0%",
     "年龄构成\t占比\n0—14岁\t5.9%\n15—59岁\t63.1%\n60岁及以上\t34.0%", "PC002"),
    # a Markdown table of two cells a row: a count, what was done, and the rate
    ("| 指标 | 数值 |\n| --- | --- |\n| 春季造林（亩） | 10048 |\n| 成活（亩） | 8848 |\n| 成活率 | 88.1% |",
     "| 指标 | 数值 |\n| --- | --- |\n| 春季造林（亩） | 10048 |\n| 成活（亩） | 8848 |\n| 成活率 | 92.6% |", "PC001"),
    # rates listed with 分别 over two lists in the clauses before (the wholes, then what was done)
    ("两镇应改造户厕分别为228户、549户，已改造199户、491户，改造完成率分别为87.3%、89.4%。",
     "两镇应改造户厕分别为228户、549户，已改造199户、491户，改造完成率分别为87.3%、88.2%。", "PC001"),
    # rates named one by one before 分别, each over the nearest count before its own that no other rate names
    ("受理群众诉求7260件，办结7060件、群众满意6645件，办结率、满意率分别为97.2%、91.5%。",
     "受理群众诉求7260件，办结7060件、群众满意6645件，办结率、满意率分别为97.2%、19.5%。", "PC001"),
    ("受理诉求81,441件，办结80,886件；回访55,650件，群众满意48,743件，办结率、满意率分别为99.3%和87.6%。",
     "受理诉求81,441件，办结80,886件；回访55,650件，群众满意48,743件，办结率、满意率分别为99.3%和78.6%。", "PC001"),
    # units the parser did not know (组, 天)
    ("抽检建材200组，合格190组，合格率95%。", "抽检建材200组，合格190组，合格率91%。", "PC001"),
    ("监测300天，优良天数240天，优良率80%。", "监测300天，优良天数240天，优良率84%。", "PC001"),
    # 进度 is a rate word
    ("年度预算5000万元，已支出3000万元，支出进度60%。", "年度预算5000万元，已支出3000万元，支出进度50%。", "PC001"),
    # 约为: approximate, but not by ten points
    ("应参保1000人，已参保900人，参保率约为90%。", "应参保1000人，已参保900人，参保率约为80%。", "PC001"),
    # a plan overfulfilled: the rate may pass 100%
    ("新增就业目标400人，已完成500人，完成率125%。", "新增就业目标400人，已完成500人，完成率115%。", "PC001"),
    ("全年计划招引项目20个，实际招引25个，完成计划的125%。", "全年计划招引项目20个，实际招引25个，完成计划的120%。",
     "PC001"),
    # shares of a composition listed between semicolons, and 构成情况
    ("资金来源构成情况：中央资金占50%；省级资金占30%；县级资金占20%。",
     "资金来源构成情况：中央资金占50%；省级资金占40%；县级资金占20%。", "PC002"),
    ("从案件类型构成看，市容类占45%，违建类占35%，其他类占20%。",
     "从案件类型构成看，市容类占45%，违建类占45%，其他类占20%。", "PC002"),
    # GRIM: the survey named after its count, a test, a frame without a numerator
    ("对20名服务对象开展回访，满意率为95%。", "对20名服务对象开展回访，满意率为94%。", "PC006"),
    ("组织25名网格员参加业务考试，合格率88%。", "组织25名网格员参加业务考试，合格率86%。", "PC006"),
    ("辖区40名党组织书记中，大专及以上学历的占85%。", "辖区40名党组织书记中，大专及以上学历的占84%。", "PC006"),
    # changes: 降幅 and 增幅 name the change; an average's change; 同比 before the verb
    ("火灾事故从上年的200起降至150起，降幅25%。", "火灾事故从上年的200起降至150起，降幅20%。", "PC007"),
    ("人均可支配收入由20000元提高到22000元，增长10%。", "人均可支配收入由20000元提高到22000元，增长12%。", "PC007"),
    ("一次办结率由上年的70%提升到75%，同比提高5个百分点。", "一次办结率由上年的70%提升到75%，同比提高7个百分点。",
     "PC007"),
    # a change from last year's value named before it, or in brackets after it
    ("实现收入120亿元，比上年的100亿元增长20%。", "实现收入120亿元，比上年的100亿元增长120%。", "PC007"),
    ("覆盖率达到30%，较上年（25%）提高5个百分点。", "覆盖率达到30%，较上年（25%）提高20个百分点。", "PC007"),
    ("排放量800吨，同比下降20%（去年同期1000吨）。", "排放量800吨，同比下降25%（去年同期1000吨）。", "PC007"),
    # a count in a frame named by the verb after it (已有21个实现…覆盖)
    ("全镇40个行政村中，已有30个实现光纤覆盖，光纤覆盖率达75%。",
     "全镇40个行政村中，已有30个实现光纤覆盖，光纤覆盖率达85%。", "PC001"),
    # a rate, then after a comma its plan and what was done, both named
    ("任务完成率为90%，上级下达任务1200户，已完成1080户。", "任务完成率为96%，上级下达任务1200户，已完成1080户。",
     "PC001"),
    ("完成率104%，年度建设任务500亩，实际完成520亩。", "完成率96%，年度建设任务500亩，实际完成520亩。", "PC001"),
    # a negated rate over the negated group (无效问卷 for 无效率, 未整改 for 未整改率)
    ("回收问卷200份，无效问卷10份，无效率5%。", "回收问卷200份，无效问卷10份，无效率8%。", "PC001"),
    ("发现问题200个，其中未整改10个，未整改率5%。", "发现问题200个，其中未整改10个，未整改率2%。", "PC001"),
    # per mille
    ("户籍人口800000人，全年死亡人口5600人，死亡率为7.00‰。", "户籍人口800000人，全年死亡人口5600人，死亡率为7.80‰。",
     "PC001"),
    # a change stated as an amount and as a rate, over last year's value
    ("上年有企业600家，今年比上年增加90家，增长15%。", "上年有企业600家，今年比上年增加90家，增长25%。", "PC001"),
    # a rate's change between two years named before each value
    ("达标率2021年为57.2%，2022年为59.7%，一年间提高了2.5个百分点。",
     "达标率2021年为57.2%，2022年为59.7%，一年间提高了3.5个百分点。", "PC007"),
    # the total in brackets after 占, without 的
    ("注册志愿者3万人，占常住人口（30万人）10%。", "注册志愿者3万人，占常住人口（30万人）13%。", "PC001"),
    # a rate over the whole less the group it leaves out
    ("应参保10000人，未参保400人，参保率96%。", "应参保10000人，未参保400人，参保率86%。", "PC001"),
    ("抽检300批次，不合格6批次，合格率98%。", "抽检300批次，不合格6批次，合格率94%。", "PC001"),
    # a rate written as a fraction in words (read as near it), or as a threshold (超过三分之二)
    ("全县600个企业中，已有450个完成改造，占四分之三。", "全县600个企业中，已有250个完成改造，占四分之三。", "PC001"),
    ("受理投诉600件，其中办结500件，占比超过三分之二。", "受理投诉600件，其中办结300件，占比超过三分之二。", "PC001"),
    # the three industries' shares add up to 100, as a ratio, in order, or listed with 分别
    ("三次产业结构由9.2:40.1:50.7调整为8.5:38.2:53.3。", "三次产业结构由9.2:40.1:50.7调整为8.5:38.2:45.5。", "PC008"),
    ("第一产业增加值占12.8%，第二产业增加值占37.0%，第三产业增加值占50.2%。",
     "第一产业增加值占12.8%，第二产业增加值占37.0%，第三产业增加值占41.2%。", "PC008"),
    ("三次产业比重分别为8.5%、38.2%和53.3%。", "三次产业比重分别为8.5%、38.2%和43.3%。", "PC008"),
    # a generic rate (覆盖率) in a frame, the frame's only count its numerator, brackets inside the frame
    ("全乡所辖49个村（社区）中，已有15个建成综合服务站，覆盖率30.6%。",
     "全乡所辖49个村（社区）中，已有15个建成综合服务站，覆盖率51.7%。", "PC001"),
    # two wholes, their numerators after 分别 and the rate's action, the rates listed with 分别
    ("受理来信144件、来访510批次，分别办结111件、499批次，办结率分别为77.08%和97.84%。",
     "受理来信144件、来访510批次，分别办结111件、499批次，办结率分别为7.08%和97.84%。", "PC001"),
    # a share of days named by the days it counts (污染天数比例: the days of 污染, over all days monitored)
    ("有效监测362天，空气质量优良天数306天，轻度及以上污染56天，污染天数比例为15.5%。",
     "有效监测362天，空气质量优良天数306天，轻度及以上污染56天，污染天数比例为18.5%。", "PC001"),
    ("有效监测366天，优良天数318天，空气质量优良天数比例达到了86.9%。",
     "有效监测366天，优良天数318天，空气质量优良天数比例达到了85.3%。", "PC001"),
    # a part of a per-capita value over it
    ("农村居民工资性收入3011元，占农村居民人均可支配收入17289元的17.4%。",
     "农村居民工资性收入3011元，占农村居民人均可支配收入17289元的14.7%。", "PC001"),
    # a group named as not yet done (尚未完成…) is no numerator of the rate of those done
    ("适龄儿童4572人，尚未完成全程接种37人，全程接种率为99.2%。",
     "适龄儿童4572人，尚未完成全程接种37人，全程接种率为96.2%。", "PC001"),
    # what was done as a share of the plan named after 为 (为年度计划…的); 接近 before a rate
    ("本年度完成投资22755万元，为年度计划36440万元的62.4%。", "本年度完成投资22755万元，为年度计划36440万元的38%。",
     "PC001"),
    ("抽查居民1786人，知晓政策1273人，知晓率接近72%。", "抽查居民1786人，知晓政策1273人，知晓率接近65%。", "PC001"),
    # the frame's only count did what the rate names (实现集中供水 … 集中供水覆盖率)
    ("全镇18个行政村中，已有15个实现集中供水，集中供水覆盖率为83.3%。",
     "全镇18个行政村中，已有15个实现集中供水，集中供水覆盖率为86%。", "PC001"),
    # a two-character action written out in the count's name (参保率 over 参加城乡居民医保)
    ("户籍人口53.0万人，参加城乡居民医保493521人，参保率93.1%。",
     "户籍人口53.0万人，参加城乡居民医保493521人，参保率89.1%。", "PC001"),
    # a per-capita value's growth over last year's, in brackets; kilowatt-hours are a unit
    ("人均可支配收入46459元，同比增长7.2%（上年同期为43339元）。",
     "人均可支配收入46459元，同比增长1.3%（上年同期为43339元）。", "PC007"),
    ("完成工业用电量7671.6万千瓦时，同比增长136.3%（上年同期为3246.2万千瓦时）。",
     "完成工业用电量7671.6万千瓦时，同比增长22.8%（上年同期为3246.2万千瓦时）。", "PC007"),
    # the whole stated a sentence before the numerator and its rate (named as what was taken in: 承办)
    ("全街道承办热线工单411件。实行挂图作战，按期办结399件，按期办结率97.1%。",
     "全街道承办热线工单411件。实行挂图作战，按期办结399件，按期办结率91.7%。", "PC001"),
    # a rate alone at the end of its sentence, its counts in the next one
    ("全年结案率达到98.8%。具体来看，受理行政处罚案件916起，已结案905起。",
     "全年结案率达到91%。具体来看，受理行政处罚案件916起，已结案905起。", "PC001"),
    # a negated rate over the whole less the positive group it does not count (不合格率 after 合格)
    ("抽检食品983批次，其中合格898批次，不合格率8.6%。", "抽检食品983批次，其中合格898批次，不合格率88.6%。", "PC001"),
    ("发现问题200个，整改到位190个，未整改率5%。", "发现问题200个，整改到位190个，未整改率15%。", "PC001"),
    # shares of the parts of a breakdown along one dimension, the whole in the sentence before
    ("今年新增市场主体1000户。按主体类型分，企业300户，占30%；个体工商户700户，占70%。",
     "今年新增市场主体1000户。按主体类型分，企业300户，占33%；个体工商户700户，占70%。", "PC001"),
    # a share that names its whole after 占, the whole stated by that name before it
    ("全县一般公共预算支出达到52000万元，民生支出39000万元，占一般公共预算支出比重达到75%。",
     "全县一般公共预算支出达到52000万元，民生支出39000万元，占一般公共预算支出比重达到57%。", "PC001"),
    ("全区地区生产总值80亿元，第三产业增加值36亿元，占地区生产总值的比重为45%。",
     "全区地区生产总值80亿元，第三产业增加值36亿元，占地区生产总值的比重为54%。", "PC001"),
    ("农村居民人均可支配收入20000元，工资性收入11000元，占人均可支配收入的比重为55%。",
     "农村居民人均可支配收入20000元，工资性收入11000元，占人均可支配收入的比重为65%。", "PC001"),
    # this year's level, the amount it grew by over last year, the growth: over the level less the amount
    ("接待游客 36000 人次，比上年增加 6000 人次，增长 20% 。", "接待游客 36000 人次，比上年增加 6000 人次，增长 2% 。",
     "PC001"),
    # … the amount with a bare 增加/减少 or 同比 (last year implied), a per-capita level, a fall
    ("城镇居民人均可支配收入达到32000元，增加2000元，增长6.7%。",
     "城镇居民人均可支配收入达到32000元，增加2000元，增长8.7%。", "PC001"),
    ("粮食产量为5400吨，同比减少600吨，下降10.0%。", "粮食产量为5400吨，同比减少600吨，下降11.1%。", "PC001"),
    # … since the start of the year (比年初); the amount first, then the level (总量达到), then the growth (增速)
    ("各项存款余额3200亿元，比年初增加200亿元，增长6.7%。", "各项存款余额3200亿元，比年初增加200亿元，增长6.3%。",
     "PC001"),
    ("各项存款余额增加120亿元，总量达到1320亿元，增速10%。", "各项存款余额增加120亿元，总量达到1320亿元，增速9.1%。",
     "PC001"),
    ("粮食产量减少600吨，降至5400吨，下降10.0%。", "粮食产量减少600吨，降至5400吨，下降11.1%。", "PC001"),
    # a growth or a change in points after its base stated by its period (上年为, 6月份为, 年初为)
    ("火灾事故21777起，上年为24497起，降幅为11.10%。", "火灾事故21777起，上年为24497起，降幅为12.49%。", "PC007"),
    ("7月份新增注册用户16919个，6月份为14536个，环比增长16.4%。",
     "7月份新增注册用户16919个，6月份为14536个，环比增长18.0%。", "PC007"),
    ("城镇化率为57.7%，上年为57.2%，提高0.5个百分点。", "城镇化率为57.7%，上年为57.2%，提高1.5个百分点。", "PC007"),
    ("新能源汽车产量达155061辆，上年仅45353辆，增长241.9%。", "新能源汽车产量达155061辆，上年仅45353辆，增长239.8%。",
     "PC007"),
    # a growth in real terms only has to be one that prices could make of the nominal change (−5 % to +10 %)
    ("地区生产总值3200亿元，比上年增加210亿元，增长5.2%。", "地区生产总值3200亿元，比上年增加210亿元，增长107.0%。",
     "PC001"),
    ("地区生产总值3200亿元，比上年减少210亿元，下降3.0%。", "地区生产总值3200亿元，比上年减少210亿元，下降26.2%。",
     "PC001"),
    ("规上工业增加值由300亿元增加到350亿元，增长10.1%。", "规上工业增加值由300亿元增加到350亿元，增长116.7%。",
     "PC007"),
    ("社会消费品零售总额320亿元，比上年增加21亿元，扣除价格因素，实际增长4.6%。",
     "社会消费品零售总额320亿元，比上年增加21亿元，扣除价格因素，实际增长24.6%。", "PC001"),
    # the base of a growth stated by the next sentence
    ("规上工业总产值完成960亿元，同比增长20.00%。上年同期为800亿元。",
     "规上工业总产值完成960亿元，同比增长29.00%。上年同期为800亿元。", "PC007"),
    # a lone rate, then what was owed and what was done in the next sentence
    ("全县新生儿听力筛查率达到80.0%。全年应筛查4000人，实际筛查3200人。",
     "全县新生儿听力筛查率达到82.0%。全年应筛查4000人，实际筛查3200人。", "PC001"),
    # a share after 其中 opening the next sentence; a frame with 中有 and Chinese numerals
    ("辖区内共有各类企业2000家。其中规模以上企业500家，占比25.0%。",
     "辖区内共有各类企业2000家。其中规模以上企业500家，占比52.0%。", "PC001"),
    ("全镇二十个部门中有十一个完成年度目标任务，占比55%。",
     "全镇二十个部门中有十一个完成年度目标任务，占比45%。", "PC001"),
    # a fraction before a rate alone in brackets; N件中 … M件 in brackets after the rate
    ("东片区1000/1250（80.0%）；北片区700/800（87.5%）。",
     "东片区1000/1250（85.0%）；北片区700/800（87.5%）。", "PC001"),
    ("网格事件处置率达90.00%（6000件中已办结5400件）。", "网格事件处置率达95.00%（6000件中已办结5400件）。", "PC001"),
    # the positive group named after its count (492批次合格) for a negated rate; a change in points whose base
    # the next sentence states
    ("共抽检500批次，490批次合格，不合格率2.0%。", "共抽检500批次，490批次合格，不合格率6.0%。", "PC001"),
    ("报告率降至9.2%，比上年降低2.3个百分点。上年该指标为11.5%。",
     "报告率降至9.2%，比上年降低5.3个百分点。上年该指标为11.5%。", "PC007"),
    # a bare share right after its part, the whole stated as a total earlier in the sentence
    ("受理申请共500件，企业300件，占60%；个人200件，占40%。", "受理申请共500件，企业300件，占40%；个人200件，占40%。",
     "PC001"),
    # the counts after the rate name the group it leaves out (不合格); an overall rate over every pair before it;
    # a share named by one of the parts before it (not the nearest)
    ("监督抽检合格率98.0%（共抽检蔬菜1,500批次，检出不合格30批次）。",
     "监督抽检合格率93.0%（共抽检蔬菜1,500批次，检出不合格30批次）。", "PC001"),
    ("抽检蔬菜800批次，合格780批次；抽检水果200批次，合格190批次；总体合格率97.0%。",
     "抽检蔬菜800批次，合格780批次；抽检水果200批次，合格190批次；总体合格率95.0%。", "PC001"),
    ("全市规上企业400家，其中专精特新企业60家、外资企业90家，专精特新企业占比15.0%。",
     "全市规上企业400家，其中专精特新企业60家、外资企业90家，专精特新企业占比22.5%。", "PC001"),
    # a fall written as a growth below zero (ASCII or full-width minus)
    ("税收收入22.56亿元，上年为29.50亿元，同比增长-23.5%。", "税收收入22.56亿元，上年为29.50亿元，同比增长-32.5%。",
     "PC007"),
    ("税收收入22.56亿元，上年为29.50亿元，同比增长－２３．５％。",
     "税收收入22.56亿元，上年为29.50亿元，同比增长－３２．５％。", "PC007"),
    # the base in brackets after the change, named by its month; by its year before the change (较2021年的)
    ("3月信访总量1186件次，环比下降27.1%（2月为1626件次）。", "3月信访总量1186件次，环比下降21.7%（2月为1626件次）。",
     "PC007"),
    ("2022年医保基金支出101,402.73万元，较2021年的77,619.88万元增长30.6%。",
     "2022年医保基金支出101,402.73万元，较2021年的77,619.88万元增长16.6%。", "PC007"),
    # the first value named by the year that opens its clause
    ("2021年刑事案件立案数8641起，2022年为9502起，比上年增长9.96%。",
     "2021年刑事案件立案数8641起，2022年为9502起，比上年增长9.49%。", "PC007"),
    # a rate against another one, the difference in points
    ("健康素养水平为22.9%，低于全省平均水平（24.3%）1.4个百分点。",
     "健康素养水平为22.9%，低于全省平均水平（24.3%）2.9个百分点。", "PC007"),
    ("毛入学率为92.3%，比全省平均水平89.7%高2.6个百分点。", "毛入学率为92.3%，比全省平均水平89.7%低2.6个百分点。",
     "PC007"),
    # a table of counts and their shares of the total
    ("类别 数量 占比（%）\n医院 300 18.0\n基层机构 1071 64.1\n其他 300 18.0\n合计 1671 100",
     "类别 数量 占比（%）\n医院 300 13.3\n基层机构 1071 64.1\n其他 300 18.0\n合计 1671 100", "PC001"),
    # a % sign in each cell and 100% in the total line; a Markdown table
    ("类别\t数量\t占比\n医院\t300\t18.0%\n基层机构\t1071\t64.1%\n其他\t300\t18.0%\n合计\t1671\t100%",
     "类别\t数量\t占比\n医院\t300\t13.3%\n基层机构\t1071\t64.1%\n其他\t300\t18.0%\n合计\t1671\t100%", "PC001"),
    ("| 项目 | 金额(万元) | 占比 |\n|---|---|---|\n| 税收 | 3609.7 | 49.9% |\n| 其他 | 3623.8 | 50.1% |\n"
     "| 合计 | 7233.5 | 100% |",
     "| 项目 | 金额(万元) | 占比 |\n|---|---|---|\n| 税收 | 3609.7 | 40.9% |\n| 其他 | 3623.8 | 50.1% |\n"
     "| 合计 | 7233.5 | 100% |", "PC001"),
    # a rate alone in the sentence that sums up its paragraph; a rate as a heading over its counts
    ("全县排查隐患1028处。压实责任。已完成整改994处。经统计，整改率为96.7%。",
     "全县排查隐患1028处。压实责任。已完成整改994处。经统计，整改率为76.9%。", "PC001"),
    ("（五）结案率达93.4%\n受理争议案件2735件，审结2554件。", "（五）结案率达100%\n受理争议案件2735件，审结2554件。",
     "PC001"),
    # the urbanisation rate over the urban population; what was done before what was owed
    ("常住人口869.32万人，其中城镇常住人口627.19万人，乡村常住人口242.13万人，城镇化率72.15%。",
     "常住人口869.32万人，其中城镇常住人口627.19万人，乡村常住人口242.13万人，城镇化率67.95%。", "PC001"),
    ("养老保险参保259.66万人，应参保人数271.49万人，参保率95.6%。",
     "养老保险参保259.66万人，应参保人数271.49万人，参保率59.6%。", "PC001"),
    # a growth rate's own change in points against an earlier quarter's
    ("固定资产投资增速为8.2%，较一季度的12.0%回落3.8个百分点。",
     "固定资产投资增速为8.2%，较一季度的12.0%回落8.3个百分点。", "PC007"),
    # the only count before a coverage rate whose whole is a total after it; 达标 named by 达到/优于
    ("30个村（社区）建成服务站，覆盖率达52.6%，全县共有村（社区）57个。",
     "30个村（社区）建成服务站，覆盖率达35%，全县共有村（社区）57个。", "PC001"),
    ("全县监测断面68个，其中水质达到或优于Ⅲ类的50个，达标率为73.53%。",
     "全县监测断面68个，其中水质达到或优于Ⅲ类的50个，达标率为75.33%。", "PC001"),
    # a share named only as one after a subset named with 的; a base in the clause after the growth
    ("申报项目300个，通过评审的32个，比例为10.7%。", "申报项目300个，通过评审的32个，比例为13.4%。", "PC001"),
    ("收入完成1740.04万元，比上年增长30.6%；2022年同期为1332.67万元。",
     "收入完成1740.04万元，比上年增长23.4%；2022年同期为1332.67万元。", "PC007"),
    # a natural growth rate: the birth rate less the death rate (负 before a fall)
    ("出生率11.54‰；死亡率8.94‰；人口自然增长率为2.60‰。",
     "出生率11.54‰；死亡率8.94‰；人口自然增长率为6.20‰。", "PC007"),
    ("出生率5.69‰；死亡率9.66‰；人口自然增长率为负3.97‰。",
     "出生率5.69‰；死亡率9.66‰；人口自然增长率为3.97‰。", "PC007"),
    # the ninth held-out set: a base stated by its period alone; a heading's rate after a colon; births over the
    # population a sentence before; a yield per mu; a base two sentences on, past one without numbers
    ("信访总量7,997件次，上年同期8,487件次，同比下降5.8%。",
     "信访总量7,997件次，上年同期8,487件次，同比下降9.8%。", "PC007"),
    ("三、接种率：83.9%\n本期应接种88031人，已完成接种73869人。",
     "三、接种率：38.9%\n本期应接种88031人，已完成接种73869人。", "PC001"),
    ("年末常住人口172.07万人。全年出生人口13049人，出生率7.58‰。",
     "年末常住人口172.07万人。全年出生人口13049人，出生率5.78‰。", "PC001"),
    ("种植水稻8569亩，总产量4108164公斤，平均亩产479.4公斤。",
     "种植水稻8569亩，总产量4108164公斤，平均亩产474.9公斤。", "PC009"),
    ("热线受理量46,595件，同比增长11.9%。逐一跟踪督办。上年该项指标为41,645件。",
     "热线受理量46,595件，同比增长19.1%。逐一跟踪督办。上年该项指标为41,645件。", "PC007"),
    # a table of targets, what was done and the completion rate, in amounts with decimals
    ("指标  年度目标  完成  完成率\n进出口总额  422.72  365.40  86.4%\n工业产值  727.64  277.66  38.2%",
     "指标  年度目标  完成  完成率\n进出口总额  422.72  365.40  50.2%\n工业产值  727.64  277.66  38.2%", "PC001"),
    # a rate over those who should have (应参加), not over the population named first; its done part is no other part
    ("全乡户籍人口40,000人，其中应参加城乡居民基本养老保险32,000人，实际参保30,400人，参保率95.0%。",
     "全乡户籍人口40,000人，其中应参加城乡居民基本养老保险32,000人，实际参保30,400人，参保率76.0%。", "PC001"),
    # a growth whose base is the same figure a sentence before, stated for the year before (a sentence between)
    ("2022年，全县税收收入为109.57亿元。2023年，税收收入达到125.02亿元，增长14.10%。",
     "2022年，全县税收收入为109.57亿元。2023年，税收收入达到125.02亿元，增长14.15%。", "PC007"),
    ("2019年，存款余额为893.90亿元。指标完成情况如下。2020年，存款余额达到946.64亿元，增长5.9%。",
     "2019年，存款余额为893.90亿元。指标完成情况如下。2020年，存款余额达到946.64亿元，增长105.9%。", "PC007"),
    # a rate broken at its decimal point by a blank line, as copied from a PDF
    ("共受理来电2000件，办结1966件，办结率98\n\n.30%。", "共受理来电2000件，办结1966件，办结率89\n\n.30%。", "PC001"),
    # a lone rate whose counts stand in the sentences before, a clause without figures after it
    ("热线全年受理群众来电8,420件。坚持限时回复，截至年底已办结8,133件。全年来电办结率为96.6%，群众评价良好。",
     "热线全年受理群众来电8,420件。坚持限时回复，截至年底已办结8,133件。全年来电办结率为69.6%，群众评价良好。",
     "PC001"),
    # a key-value list that ends with its rate: the numerator named by the rate, the whole the count above it
    ("信访办理情况\n受理来信：4,210件\n按期办结：4,118件\n按期办结率：97.8%",
     "信访办理情况\n受理来信：4,210件\n按期办结：4,118件\n按期办结率：98.7%", "PC001"),
    ("- **摸排独居老人**：1532人\n- **完成入户探访**：1498人\n- **探访率**：97.78%",
     "- **摸排独居老人**：1532人\n- **完成入户探访**：1498人\n- **探访率**：79.78%", "PC001"),
    ("排查危房：620栋\n完成安全鉴定：589栋\n鉴定完成率：95.0%",
     "排查危房：620栋\n完成安全鉴定：589栋\n鉴定完成率：59.0%", "PC001"),
    # … under a title, thousands apart by spaces, a label in quotes
    ("市场监管局年度指标\n回访企业：4 860户\n评价“满意”：4 715户\n满意率：97.0%",
     "市场监管局年度指标\n回访企业：4 860户\n评价“满意”：4 715户\n满意率：79.0%", "PC001"),
    # a rate table in Markdown, and one of bare rates under a header that gives the unit
    ("| 单位 | 受理（件） | 办结（件） | 办结率 |\n|---|---|---|---|\n| 东城街道 | 2,410 | 2,356 | 97.8% |\n"
     "| 西湖镇 | 860 | 801 | 93.1% |",
     "| 单位 | 受理（件） | 办结（件） | 办结率 |\n|---|---|---|---|\n| 东城街道 | 2,410 | 2,356 | 97.8% |\n"
     "| 西湖镇 | 860 | 801 | 39.1% |", "PC001"),
    ("单位\t排查隐患\t整改到位\t整改率（%）\n北岭村\t418\t402\t96.2\n南坪社区\t655\t610\t93.1",
     "单位\t排查隐患\t整改到位\t整改率（%）\n北岭村\t418\t402\t96.2\n南坪社区\t655\t610\t91.3", "PC001"),
    # shares after the words that open a breakdown, age bands among their names
    ("从年龄看，35岁以下占28.4%，36—50岁占46.2%，51岁以上占25.4%。",
     "从年龄看，35岁以下占28.4%，36—50岁占46.2%，51岁以上占27.4%。", "PC002"),
    # what was done, then the target it is a rate of
    ("全年完成新增城镇就业5,320人，省下达目标任务5,000人，完成率106.4%。",
     "全年完成新增城镇就业5,320人，省下达目标任务5,000人，完成率104.6%。", "PC001"),
    # a key-value list of a figure's two periods and the growth between them (full-width digits; 亿千瓦时)
    ("社会消费品零售总额\n本期：２４８.６０亿元\n上年同期：２３１.２０亿元\n增幅：７.５％",
     "社会消费品零售总额\n本期：２４８.６０亿元\n上年同期：２３１.２０亿元\n增幅：５.７％", "PC007"),
    ("全社会用电量\n本期：86.42亿千瓦时\n上年同期：90.15亿千瓦时\n降幅：4.1%",
     "全社会用电量\n本期：86.42亿千瓦时\n上年同期：90.15亿千瓦时\n降幅：1.4%", "PC007"),
    # an overall rate over what came in by two ways; a rate of one of a pair named under a frame
    ("通过网络平台受理诉求3,180件，通过电话受理420件；已办结3,312件，总体办结率92.0%。",
     "通过网络平台受理诉求3,180件，通过电话受理420件；已办结3,312件，总体办结率94.0%。", "PC001"),
    ("年末常住人口中，乡村人口62,400人，城镇人口41,600人，常住人口城镇化率为40.0%。",
     "年末常住人口中，乡村人口62,400人，城镇人口41,600人，常住人口城镇化率为66.7%。", "PC001"),
    # two months' values, then the change between them (环比)
    ("3月受理投诉4,120件，4月受理3,876件，环比下降5.9%。",
     "3月受理投诉4,120件，4月受理3,876件，环比下降9.5%。", "PC007"),
    # last year's value in brackets (去年同月), or in the next sentence (去年上半年为)
    ("8月份，热线受理来电18,420件，同比增长12.4%（去年同月16,388件）。",
     "8月份，热线受理来电18,420件，同比增长14.2%（去年同月16,388件）。", "PC007"),
    ("上半年，全县实现社会消费品零售总额86.45亿元，较去年同期增长6.8%。去年上半年为80.95亿元。",
     "上半年，全县实现社会消费品零售总额86.45亿元，较去年同期增长8.6%。去年上半年为80.95亿元。", "PC007"),
    # those who did and those who did not yet: the rate is over both
    ("本届毕业生中，已落实就业1,946人，尚未就业212人，就业率90.2%。",
     "本届毕业生中，已落实就业1,946人，尚未就业212人，就业率92.0%。", "PC001"),
    # two rates in one sentence, the second over the count of its own clause after the ；
    ("受理诉求8,420件，办结8,236件，其中按时办结7,905件，按时办结率96.0%；回访3,150件，满意2,961件，满意率94.0%。",
     "受理诉求8,420件，办结8,236件，其中按时办结7,905件，按时办结率96.0%；回访3,150件，满意2,961件，满意率96.0%。",
     "PC001"),
    # shares under 其中 that add up past 100 %
    ("年末参保职工58,200人，其中企业职工占52.4%，灵活就业人员占31.9%，机关事业单位人员占15.7%。",
     "年末参保职工58,200人，其中企业职工占52.4%，灵活就业人员占91.3%，机关事业单位人员占15.7%。", "PC002"),
    # a growth with an adverb between the bracketed base and its verb
    ("全年文旅收入86.40亿元，较上年（72.00亿元）大幅增长20.0%。",
     "全年文旅收入86.40亿元，较上年（72.00亿元）大幅增长12.0%。", "PC007"),
    # the month before in brackets, the change month on month
    ("8月接诉9,240件（7月为8,400件），环比增长10.0%。", "8月接诉9,240件（7月为8,400件），环比下降10.0%。", "PC007"),
    # last year's value named by 上年 alone, then the growth
    ("全年办理业务46,800笔，上年52,000笔，下降10.0%。", "全年办理业务46,800笔，上年52,000笔，下降12.0%。", "PC007"),
    # a series of years' values, each growth glued to its year's value
    ("收入分别为：2021年200.0亿元；2022年220.0亿元、增长10.0%；2023年231.0亿元、增长5.0%。",
     "收入分别为：2021年200.0亿元；2022年220.0亿元、增长10.0%；2023年231.0亿元、增长15.0%。", "PC007"),
    # a whole and a part of it, each in its own clause, the part named with a character of the rate's word
    ("全镇适龄幼儿1,250人，在园1,200人，入园率96.0%。", "全镇适龄幼儿1,250人，在园1,200人，入园率69.0%。", "PC001"),
    # shares in a Markdown table whose counts separate thousands with a space
    ("| 类别 | 数量 | 占比 |\n|---|---:|---:|\n| 新建 | 2 610 | 21.5% |\n| 改建 | 9 528 | 78.5% |\n"
     "| 合计 | 12 138 | 100.0% |",
     "| 类别 | 数量 | 占比 |\n|---|---:|---:|\n| 新建 | 2 610 | 23.5% |\n| 改建 | 9 528 | 76.5% |\n"
     "| 合计 | 12 138 | 100.0% |",
     "PC001"),
    # a table of two years whose columns name their unit in brackets, and the growth column
    ("指标 | 2022年（亿元） | 2023年（亿元） | 增长（%）\n税收收入 | 312.40 | 338.71 | 8.4\n"
     "非税收入 | 96.20 | 90.13 | -6.3",
     "指标 | 2022年（亿元） | 2023年（亿元） | 增长（%）\n税收收入 | 312.40 | 338.71 | 18.4\n"
     "非税收入 | 96.20 | 90.13 | -6.3",
     "PC007"),
    # an attendance rate over those who should have come; a rate written as a field after its colon
    ("本次大会应到代表240名，实到236名，到会率98.3%，符合法定人数。",
     "本次大会应到代表240名，实到236名，到会率89.3%，符合法定人数。", "PC001"),
    ("应完成人数：640人，已完成人数：628人，完成率：98.1%。",
     "应完成人数：640人，已完成人数：628人，完成率：89.1%。", "PC001"),
    # a whole a line or two before the rate, each sentence a line of its own
    ("全年受理理赔报案2268件。\n各单位按照分工认真落实。\n截至年底，已结案2120件，结案率93.5%。",
     "全年受理理赔报案2268件。\n各单位按照分工认真落实。\n截至年底，已结案2120件，结案率94.2%。", "PC001"),
    # births per thousand of the year's average population, named after the births
    ("全年出生人口5412人，年平均常住人口602110人，出生率为8.99‰。",
     "全年出生人口5412人，年平均常住人口602110人，出生率为9.89‰。", "PC001"),
    # a satisfaction rate whose note in brackets says it counts 基本满意 too, grades in quotes
    ("收回问卷820份，其中选择“满意”的611份，“基本满意”的150份，其余为“不满意”，满意率（含基本满意）92.80%。",
     "收回问卷820份，其中选择“满意”的611份，“基本满意”的150份，其余为“不满意”，满意率（含基本满意）74.51%。", "PC001"),
    # ratios a trade defines by name: each over the figure its name says, whatever their order
    ("贷款损失准备余额165.54亿元，不良贷款余额49.72亿元，拨备覆盖率332.94%。",
     "贷款损失准备余额165.54亿元，不良贷款余额49.72亿元，拨备覆盖率332.49%。", "PC001"),
    ("各项存款余额2233.58亿元，各项贷款余额2021.53亿元，存贷比90.5%。",
     "各项存款余额2233.58亿元，各项贷款余额2021.53亿元，存贷比89.9%。", "PC001"),
    ("资本净额699.87亿元，风险加权资产4458.96亿元，资本充足率15.70%。",
     "资本净额699.87亿元，风险加权资产4458.96亿元，资本充足率13.48%。", "PC001"),
    ("全年实际开放总床日数280057，实际占用总床日数218949，病床使用率78.2%。",
     "全年实际开放总床日数280057，实际占用总床日数218949，病床使用率73.6%。", "PC001"),
    ("实现营业收入87222.42万元，营业成本46576.94万元，综合毛利率46.60%。",
     "实现营业收入87222.42万元，营业成本46576.94万元，综合毛利率43.69%。", "PC001"),
    # a named ratio's figures after it, a cost named 成本 alone, areas in two units (公顷 over 平方公里)
    ("公司负债607.86亿元，资产负债率73.9%，资产总额822.93亿元。",
     "公司负债607.86亿元，资产负债率80.2%，资产总额822.93亿元。", "PC001"),
    ("主营业务收入5039.82万元、成本3796.24万元，毛利率为24.7%。",
     "主营业务收入5039.82万元、成本3796.24万元，毛利率为26.2%。", "PC001"),
    ("全县国土面积2912平方公里，森林面积177135公顷，森林覆盖率60.83%。",
     "全县国土面积2912平方公里，森林面积177135公顷，森林覆盖率58.45%。", "PC001"),
    # a rate's fraction in brackets, each figure named, apart by ÷
    ("病床使用率92.95%（实际占用总床日159120日÷实际开放总床日171185日）。",
     "病床使用率99.25%（实际占用总床日159120日÷实际开放总床日171185日）。", "PC001"),
    # the one part of a 其中, its share in the next clause under another name
    ("医疗收入3336.87万元，其中卫生材料收入502.62万元，耗材占比15.06%。",
     "医疗收入3336.87万元，其中卫生材料收入502.62万元，耗材占比10.56%。", "PC001"),
    # this period's figure over a base period's (恢复至)
    ("国庆假期接待游客639.65万人次，2019年同期为815.47万人次，恢复至78.44%。",
     "国庆假期接待游客639.65万人次，2019年同期为815.47万人次，恢复至79.38%。", "PC001"),
    # a sample meets the standard or exceeds it
    ("达标率92.55%、超标率7.45%。", "达标率92.55%、超标率6.58%。", "PC008"),
    # the part the share's clause names before 占, after the whole it names
    ("获金牌18枚、银牌18枚、铜牌44枚，奖牌总数80枚，金牌占奖牌总数的22.5%。",
     "获金牌18枚、银牌18枚、铜牌44枚，奖牌总数80枚，金牌占奖牌总数的25.5%。", "PC001"),
    # the first share names the whole, the next one of the same partition shares it
    ("分地区看，境内收入占营业收入的35.0%，境外收入占65.0%。",
     "分地区看，境内收入占营业收入的35.0%，境外收入占68.6%。", "PC002"),
    # without 其中, a second rate is over the first whole still (not over the first rate's count)
    ("目标人群1000人，第一剂次接种900人，接种率90.0%；全程接种810人，全程接种率81.0%。",
     "目标人群1000人，第一剂次接种900人，接种率90.0%；全程接种810人，全程接种率90.0%。", "PC001"),
    # a rate after a 其中 list of kinds of the whole, over the whole (the kinds are no whole of it)
    ("共受理投诉4210件，其中质量类1830件、价格类1150件；已办结4012件，办结率95.30%。",
     "共受理投诉4210件，其中质量类1830件、价格类1150件；已办结4012件，办结率92.30%。", "PC001"),
]


@pytest.mark.parametrize(("good", "bad", "rule"), TWINS, ids=[t[0][:12] for t in TWINS])
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad, rule):
    assert _rules(good) == []
    assert rule in _rules(bad)


@pytest.mark.parametrize("text", [
    # a party and a government sanction may fall on one person: the two counts overlap
    "全年给予党纪政务处分1320人，其中党纪处分1188人、政务处分506人，移送司法机关31人。",
    # 完成预算的 is a plan; a figure's amount restated is not a part of a 其中 list
    "全年一般公共预算收入完成12.5亿元，完成预算的102.3%。",
    # shares one a line of periods or places, each of its own whole
    "优良天数占比\n一月  90%\n二月  85%",
    "各镇户厕改造占比\n甲镇  95%\n乙镇  90%",
    # answers of a question that takes several (可多选): their shares may add up past 100%
    "问卷调查显示（可多选），过去一年去过图书馆、体育馆、博物馆的受访者分别占61.2%、72.5%、44.9%。",
    # 无纸化 is a word, no negation of 申报 (the rate is the share of paperless declarations, not of the others)
    "申报报关单4620份，采用无纸化方式申报4257份，无纸化申报率92.1%。",
    # a form's line ends at its line break: 以上 on the next line opens a sentence, no qualifier of the rate
    "应届毕业生：8347人；实现就业：7477人；就业率：89.58%\n以上情况，特此报告。",
    # growth in real terms in a table; gross enrolment and retention rates past 100%
    "指标｜单位｜2023年｜2024年｜增长（%）\n地区生产总值｜亿元｜300｜320｜5.5",
    "学前教育毛入学率达到102.3%。",
    "九年义务教育巩固率为101.2%。",
    # an amount of change that names something of its own is not the level's (外地游客 of 游客)
    "接待游客37439人次，其中外地游客比上年增加10387人次，增长3.8%。",
    # a date before a rate in brackets is no fraction
    "截至2023/12（45%）。",
    # a bare share of what was added, after a stock: not a share of the stock
    "全县有企业120家，今年新增30家，占60%。",
    # a share named after 占 whose whole is not the one stated (收入 is not 支出; 城镇 is not 农村)
    "全县一般公共预算收入15亿元，教育支出5亿元，占一般公共预算支出的20%。",
    "城镇居民人均可支配收入45000元，农村居民工资性收入15000元，占农村居民人均可支配收入的比重为60%。",
    # shares of people named by what they do overlap: no partition of one whole
    "脱贫人口中，参加医保的占100%，签约家庭医生的占90%，参加养老保险的占85%。",
    # 开展考核3次 is no sample of three
    "全年开展考核3次，干部考核合格率98%。",
    # the rates of a list that is not the breakdown before them
    "受理咨询120件、求助80件，办结率和满意率分别为98%、96%。",
    # a change in points stated within the rounding of its ends (86% → 90%: 3.5 to 4.5 points … or 5)
    "利用率从86%提升至90%，上升5个百分点。",
    # a rate followed by counts of something else, with no whole named among them
    "办结率96%，受理咨询600件，回访500件。",
    # growth from a base that is not last year's value of the same thing
    "实现收入120亿元，比上年增长20%，增速比全省高2个百分点。",
    # the count in the frame does not do what the rate names, or is negated
    "全镇40个行政村中，已有30个建成卫生室，光纤覆盖率达95%。",
    "全镇40个行政村中，有10个未实现光纤覆盖，光纤覆盖率达75%。",
    "全乡49个村中，尚有15个村未建成综合服务站，覆盖率69.4%。",
    # a quantity before the sentence that is not named as a whole, or two that could be
    "全镇建成服务站120个。新开工项目45个，开工率90%。",
    "办结率96%。全年新建道路12公里，改造桥梁3座。",  # the next sentence counts something else
    "结案率96%。全年结案工作稳步推进，新建调解室3个。",
    "受理投诉120件，受理咨询80件。办结110件，办结率80%。",
    # the rates' action is not what was done with the counts after 分别
    "受理来信144件、来访510批次，分别转办111件、499批次，办结率分别为95%和98%。",
    # a rate followed by two counts, the whole not named as a plan or a whole
    "合格率98%，抽检300批次，合格280批次。",
    # growth rates of the industries are no shares; a time is no structure
    "第一产业增加值增长3.2%，第二产业增长5.1%，第三产业增长6.0%。",
    "会议于10:30:45开始，研究推动产业结构调整。",
    # shares within rounding (99.9 with three rounded shares)
    "三次产业结构为8.5:38.1:53.3。",
    # a negated rate is not over the count of the positive group
    "发现问题200个，其中整改到位190个，未整改率5%。",
    # which whole a group left out belongs to is not said after a 其中 list
    "检查食品300批次，其中蔬菜100批次，不合格6批次，合格率98%。",
    # a growth in real terms (GDP and value added are reckoned at comparable prices; 扣除价格因素, 按可比价格计算):
    # not the ratio of the amounts, whatever the construction
    "地区生产总值3200亿元，比上年增加210亿元，增长5.2%。",
    "规上工业增加值由300亿元增加到320亿元，增长4.1%。",
    "全市GDP达到3200亿元，同比增长5.2%（上年同期3000亿元）。",
    "全市生产总值完成3200亿元，同比增长5.2%。上年同期为3000亿元。",
    "社会消费品零售总额320亿元，比上年增加21亿元，扣除价格因素，实际增长4.6%。",
    "工业总产值320亿元，比上年增加21亿元，增长4.6%（按可比价格计算）。",
    # an amount since the start of the year is no change over last year; a count of new entrants is no net change
    "各项存款余额3200亿元，比年初增加210亿元，同比增长9.5%。",
    "全市市场主体达到32000户，新增2100户，增长3.0%。",
    "各项贷款比年初增加120亿元，达到1320亿元，同比增长15%。",
    # the amount names a flow of its own (新增贷款), the level another stock (贷款余额)
    "新增贷款120亿元，贷款余额达到1320亿元，增长15%。",
    # a growth rate with no amount of change; values of two years not followed by their change
    "上年有企业600家，今年达到690家，增长15%。",
    "达标率2021年为57.2%，2022年为59.7%，优良天数比例提高3.5个百分点以上。",
    # a rate per thousand is of the population, not of the other count beside it
    "全年出生人口5200人、死亡人口4100人，按年末常住人口80万人计算，死亡率为5.13‰。",
    # a whole with more of its kind in brackets: which one the rate is of is not said
    "今年新收案件2,400件（另有上年结转300件），审结2,300件，审结率为85.2%。",
    # a number broken by text extraction (22 5,335): its value is not known
    "参保率90.0%（应参保人员250,366人，参加基本养老保险22 5,335人）。",
    # a change whose size matches neither way: its end points may be another pair's
    "事故起数由300起降至270起，增长3.0%。",
    # an execution rate over the budget as first passed (some reports reckon so); a version number
    "年初预算4,000万元，调整预算5,000万元，实际支出3,600万元，预算执行率90.0%。",
    "软件版本号v.5%更新。",
    # a share named by another group than the breakdown's part (the rest of the whole)
    "检测公路桥梁6,584座，其中评定为四类27座，一至三类桥梁占比为99.6%。",
    # a comparison with another rate followed by a change of the rate itself; points with no other rate
    "毛入学率为92.3%，高于全省平均水平（89.7%），比上年提高1.4个百分点。",
    "城镇化率达到65.2%，高于全国平均水平2.3个百分点。",
    # a range of growth rates; a growth named by a later year than the value's
    "增速区间为-3%至5%。",
    "2021年支出101,402.73万元，较2022年的77,619.88万元增长16.6%。",
    # a share after a count that is no subset (no 的), two counts before a coverage rate
    "申报项目300个，立项32个，比例为13.4%。",
    "30个村建成服务站，12个村建成卫生室，覆盖率达35%，全县共有村57个。",
    # a figure of another measure, of two years before, or past a sentence with numbers: no base
    "2022年，全县税收收入为109.57亿元。2023年，非税收入达到25.02亿元，增长14.15%。",
    "2021年，全县税收收入为109.57亿元。2023年，税收收入达到125.02亿元，增长14.15%。",
    "2022年，全县税收收入为109.57亿元。其中增值税占40%。2023年，税收收入达到125.02亿元，增长14.15%。",
    # groups of people along several dimensions overlap: their shares need not add up to 100 %
    "全县网格员队伍中，退役军人占61.5%，大专以上学历占36.3%，女性占83.5%。",
    # 应届 graduates are no count owed
    "新录用公务员391名，其中应届毕业生158名、占40.4%，研究生学历171名、占43.7%，女性151名、占38.6%。",
    # thousands apart by a full-width comma right after a clause's comma (…中，3，187家: 3187)
    "全市8，340家规上企业中，3，187家开展了数字化改造，占比近40％。",
    # months that are not one after the other; 同比 between two months (last year's same month is meant)
    "3月受理投诉4,120件，5月受理3,876件，环比下降9.5%。",
    "3月受理投诉4,120件，4月受理3,876件，同比下降9.5%。",
    # key-value lists whose rate names none of its lines, or two of them, or has no count above its numerator
    "户籍人口：52,000人\n常住人口：48,600人\n城镇化率：61.2%",
    "办结：300件\n按期办结：280件\n未办结：20件\n办结情况办结率：40.0%",
    "办结：300件\n受理：320件\n办结率：40.0%",
    "受理：320件\n办结：300万元\n办结率：40.0%",
    # who should have and who did not: the rate is over those who should have
    "全年应参保31,270人，未参保1,126人，参保率96.4%。",
    # the count before a rate is the group left out, or what fell short: no numerator of it
    "全年受理投诉举报2,546件，尚在办理93件，办结率96.3%。",
    "检测饮用水样3,004份，超标119份，水质达标率96.0%。",
    "受理诉求1,000件，办结980件，满意率95.0%。",
    # a month in brackets with a change on last year's same month
    "8月接诉9,240件（7月为8,400件），同比增长3.0%。",
    # shares of people along several attributes under 其中 may overlap
    "全村党员86人，其中女性占32.6%，35岁以下占41.9%，大专以上学历占38.4%。",
    # last year's share, the base of a change in points, is no rate of this year's counts
    "全县登记市场主体19141户，比上年末增长18.5%（上年末16153户）。其中企业8926户，占46.6%，比重较上年末的34.3%"
    "（5535户）提高12.3个百分点。",
    # those owed, then those who did not (尚未参加…医保): the rate's other group
    "全年应参保人数57947人，尚未参加城乡居民医保5000人，参保率91.37%。",
    # a rate of two parts its stem names (调解 and 撤诉), a rate over the whole 其中 follows (有效率 over 回收)
    "审结民事案件800件，其中调解结案200件、撤诉100件，调解撤诉率37.5%。",
    "共发放问卷600份，回收500份，回收率83.3%；其中有效问卷450份，有效率90.0%。",
    # a rate reckoned on another basis than the figures beside it
    "车险实现保费收入1000万元，支付赔款400万元，简单赔付率70.0%（按已决赔款口径，未含未决赔款准备金）。",
    # two counts, then their share together
    "三级手术300台次，四级手术100台次，占手术总量（1000台次）的40.0%。",
    # shares of two partitions of one whole (where people live, their sex)
    "城镇人口占总人口的60.2%，女性占51.3%。",
])
def test_look_alikes_stay_silent(text):
    assert _rules(text) == []


def test_a_change_in_points_far_from_its_ends_is_found():
    assert "PC007" in _rules("利用率从86%提升至90%，上升6个百分点。")


def test_shares_of_one_dimension_still_add_up_to_at_most_100():
    assert _rules("从业人员中，农业占33%，工业占45%，服务业占32%。") == ["PC002"]
    assert _rules("参训人员中，男性占52%，女性占58%。") == ["PC002"]


@pytest.mark.parametrize(("text", "shown"), [
    # amounts in 亿元 and counts in 人: the end points as written, not in the base unit (29088000000)
    ("全市一般公共预算收入由290.88亿元增长到310.5亿元，增长8.1%。", "290.88亿元 → 310.5亿元: 6.75 %, stated 8.1 %"),
    ("参保人数由1200人增加到1500人，增长30%。", "1200人 → 1500人: 25 %, stated 30 %"),
    # rates keep their own way of being shown (points or a relative change of a rate)
    ("办结率由86%提高到90%，提高7个百分点。", "86 → 90: 4 percentage points, stated 7 percentage points"),
])
def test_change_messages_show_the_end_points_as_written(text: str, shown: str) -> None:
    messages = [f.message for f in audit_document(Document("a.txt", text), CHECKERS) if f.rule_id == "PC007"]
    assert len(messages) == 1 and shown in messages[0], messages


@pytest.mark.parametrize(("text", "shown"), [
    ("生产总值比上年增加95.0亿元，其中第三产业增加52.7亿元，对经济增长的贡献率为54.1%。", "52.7亿元 / 95亿元 = 55.47%"),
    ("受理投诉620件，办结601件，办结率95.94%。", "601 / 620 = 96.935%"),
])
def test_rate_messages_show_amounts_as_written(text: str, shown: str) -> None:
    messages = [f.message for f in audit_document(Document("a.txt", text), CHECKERS) if f.rule_id == "PC001"]
    assert len(messages) == 1 and shown in messages[0], messages
