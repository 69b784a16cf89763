"""Totals in the phrasings that an independently written test collection used and the grammar first
missed or misread (each sentence is written here; consistent and broken twins)."""

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
    # a one-column table between bars, rows longer than a short line
    ("项目名称｜完成投资（万元）\n职教中心实训楼｜24066\n冷链物流园区｜7578\n农贸市场提升｜18126\n合  计｜49770",
     "项目名称｜完成投资（万元）\n职教中心实训楼｜24066\n冷链物流园区｜7578\n农贸市场提升｜18126\n合  计｜49707",
     "TO001"),
    # who should attend, who did and who did not
    ("出席：应到代表35人，实到32人，请假3人。", "出席：应到代表35人，实到32人，请假4人。", "TO001"),
    # the year's total first, then its four quarters
    ("全年实现社会消费品零售总额365.0亿元，一季度83.0亿元，二季度83.0亿元，三季度99.2亿元，四季度99.8亿元。",
     "全年实现社会消费品零售总额265.2亿元，一季度83.0亿元，二季度83.0亿元，三季度99.2亿元，四季度99.8亿元。", "TO001"),
    # a count, a colon (at a line's end, or after 具体为), then numbered items
    ("今年集中办好四件民生实事：\n一是新建口袋公园；\n二是改造农贸市场；\n三是新增公交线路；\n四是改造背街小巷。",
     "今年集中办好五件民生实事：\n一是新建口袋公园；\n二是改造农贸市场；\n三是新增公交线路；\n四是改造背街小巷。",
     "TO005"),
    ("重点抓好两项工程：\n①甲工程\n②乙工程。",
     "重点抓好三项工程：\n①甲工程\n②乙工程。", "TO005"),
    ("全区确定三件民生实事，具体为：1、新建口袋公园；2、改造农贸市场；3、新增公交线路。",
     "全区确定九件民生实事，具体为：1、新建口袋公园；2、改造农贸市场；3、新增公交线路。", "TO005"),
    ("全区确定三件民生实事，具体为：\n（一）新建口袋公园；\n（二）改造农贸市场；\n（三）新增公交线路。",
     "全区确定四件民生实事，具体为：\n（一）新建口袋公园；\n（二）改造农贸市场；\n（三）新增公交线路。", "TO005"),
    # a second breakdown along another dimension of the same whole (按…分 twice)
    ("热线受理诉求1000件。按受理渠道分，电话600件，网络400件。按办理状态分，已办结950件，正在办理50件。",
     "热线受理诉求1000件。按受理渠道分，电话600件，网络400件。按办理状态分，已办结950件，正在办理60件。", "TO001"),
    # two pairs that split the whole a sentence before, or one after 按性别分
    ("年末户籍人口1000人。男性480人、女性520人；城镇人口600人，乡村人口400人。",
     "年末户籍人口1000人。男性480人、女性520人；城镇人口600人，乡村人口410人。", "TO001"),
    ("年末户籍人口1000人。男性480人、女性520人；城镇人口600人，乡村人口400人。",
     "年末户籍人口1000人。男性480人、女性530人；城镇人口600人，乡村人口400人。", "TO001"),
    ("参加考试考生800人。按性别分，男生380人、女生420人；普通类考生500人，艺体类考生300人。",
     "参加考试考生800人。按性别分，男生380人、女生440人；普通类考生500人，艺体类考生300人。", "TO001"),
    # a figure and what is added to it (加上…), up to the total
    ("预算收入完成46.81亿元，加上补助收入62.16亿元、转贷收入7.91亿元，收入总计116.88亿元。",
     "预算收入完成46.81亿元，加上补助收入62.16亿元、转贷收入7.91亿元，收入总计118.88亿元。", "TO001"),
    # what left stated before what came, then the net decrease
    ("农村危房化解1425户，新增55户，净减少1370户。", "农村危房化解1425户，新增55户，净减少1307户。", "TO001"),
    # a total before a colon, its parts after it
    ("全县新改建农村公路合计504.7公里：县道200.2公里；乡道221.8公里；村道82.7公里。",
     "全县新改建农村公路合计504.7公里：县道200.2公里；乡道221.8公里；村道28.7公里。", "TO001"),
    ("录取新生共计11,687人：普通本科2,573人；高职9,114人。",
     "录取新生共计11,687人：普通本科2,537人；高职9,114人。", "TO001"),
    # rows under column names that end with 合计
    ("参保人数\n单位｜职工医保｜居民医保｜合计\n阳州乡｜28163｜32344｜60507\n禾湾镇｜34349｜17299｜51648",
     "参保人数\n单位｜职工医保｜居民医保｜合计\n阳州乡｜28163｜32344｜32344\n禾湾镇｜34349｜17299｜51648", "TO001"),
    ("参保人数\n单位  职工医保  居民医保  合计\n阳州乡  28163  32344  60507\n禾湾镇  34349  17299  51648",
     "参保人数\n单位  职工医保  居民医保  合计\n阳州乡  28163  32344  60507\n禾湾镇  34349  17299  51684", "TO001"),
    # a table of starts, flows and ends, cells between bars, a title above
    ("动态管理台账\n项目｜年初数｜本年增加｜本年减少｜年末数\n待整改问题（个）｜2191｜776｜407｜2560",
     "动态管理台账\n项目｜年初数｜本年增加｜本年减少｜年末数\n待整改问题（个）｜2191｜776｜407｜2650", "TO003"),
    # numbered items after 以下N项…：, one a line or apart by ；
    ("重点抓好以下三项工程：\n①甲工程扎实推进\n②乙工程\n③丙工程。",
     "重点抓好以下六项工程：\n①甲工程扎实推进\n②乙工程\n③丙工程。", "TO005"),
    ("重点抓好以下四个行动：一是甲行动；二是乙行动；三是丙行动；四是丁行动。",
     "重点抓好以下三个行动：一是甲行动；二是乙行动；三是丙行动；四是丁行动。", "TO005"),
    # 共 inside an item of a numbered list; rows with leaders (——, …)
    ("学校情况：①幼儿园15所②小学共81所③初级中学23所。合计119所。",
     "学校情况：①幼儿园15所②小学共81所③初级中学23所。合计129所。", "TO001"),
    ("【水利工程】\n病险水库除险加固——140处\n山塘整治——188处\n共计——328处",
     "【水利工程】\n病险水库除险加固——140处\n山塘整治——188处\n共计——348处", "TO001"),
    # a whole named as all of its kinds before 分别为; breakdowns opened by 分项看, 分类情况, 分布如下, 其构成为
    ("受理各类案件2,135件，刑事案件和执行案件分别为2,061件、74件。",
     "受理各类案件2,135件，刑事案件和执行案件分别为2,061件、37件。", "TO001"),
    ("完成水利投资900万元。分项看：防洪治理400万元；水土保持500万元。",
     "完成水利投资900万元。分项看：防洪治理400万元；水土保持600万元。", "TO001"),
    ("排查隐患总数：一百六十二处。分类情况：重大隐患十七处；较大隐患一百四十五处。",
     "排查隐患总数：一百六十二处。分类情况：重大隐患六处；较大隐患一百四十五处。", "TO001"),
    ("卫生机构总量为214个，分布如下：医院16个，基层医疗卫生机构198个。",
     "卫生机构总量为224个，分布如下：医院16个，基层医疗卫生机构198个。", "TO001"),
    ("全年专任教师3,052人，其构成为幼儿园专任教师1,786人，小学专任教师1,266人。",
     "全年专任教师5,584人，其构成为幼儿园专任教师1,786人，小学专任教师1,266人。", "TO001"),
    # two periods' values and the change between them
    ("养老机构床位：本年620张；上年837张；下降217张。", "养老机构床位：本年620张；上年837张；下降127张。", "TO001"),
    ("9月缴存职工18,171人，10月18,897人，环比增加726人。",
     "9月缴存职工18,171人，10月18,897人，环比增加892人。", "TO001"),
    # what came, what left and the net change; a Markdown table; rows with leader dots and a 共计 line
    ("全年新登记个体工商户3,200户，注销1,150户，净增2,050户。",
     "全年新登记个体工商户3,200户，注销1,150户，净增2,150户。", "TO001"),
    ("全年迁入1200人，迁出1500人，净减少300人。", "全年迁入1200人，迁出1500人，净减少200人。", "TO001"),
    ("| 项目 | 2024年（人次） |\n|---|---|\n| 创业培训 | 1,200 |\n| 技能培训 | 800 |\n| 合计 | 2,000 |",
     "| 项目 | 2024年（人次） |\n|---|---|\n| 创业培训 | 1,200 |\n| 技能培训 | 800 |\n| 合计 | 2,100 |", "TO001"),
    ("【景区】\n4A级景区…6家\n3A级景区…14家\n共计…20家", "【景区】\n4A级景区…6家\n3A级景区…14家\n共计…22家", "TO001"),
    # rows of a one-column table (a name, a space, a number and its unit), fields with thousands, items numbered 1、
    ("全年职业技能培训\n农民工 500人次\n高校毕业生 300人次\n退役军人 200人次\n总计 1000人次",
     "全年职业技能培训\n农民工 500人次\n高校毕业生 300人次\n退役军人 200人次\n总计 1100人次", "TO001"),
    ("【道路里程】\n高速公路：40公里\n国道：1,200公里\n省道：60公里\n合计：1,300公里",
     "【道路里程】\n高速公路：40公里\n国道：1,200公里\n省道：60公里\n合计：1,400公里", "TO001"),
    ("受理案件4,000件。具体为：1、刑事案件3,600件；2、民事案件400件。",
     "受理案件4,100件。具体为：1、刑事案件3,600件；2、民事案件400件。", "TO001"),
    # an item named by a noun and a verb (村容村貌提升) is an item of the list, not a change
    ("投入资金300万元，分别为垃圾治理50万元、污水治理100万元、村容村貌提升150万元。",
     "投入资金300万元，分别为垃圾治理50万元、污水治理100万元、村容村貌提升160万元。", "TO001"),
    ("新建收集点20个，改造提升30个，共完成收集点建设改造50个。",
     "新建收集点20个，改造提升30个，共完成收集点建设改造30个。", "TO001"),
    # the sum word before a colon, and a list closed by a semicolon
    ("火灾扑救：120起，社会救助：80起，合计：200起。", "火灾扑救：120起，社会救助：80起，合计：210起。", "TO001"),
    ("续建项目5个、新开工项目6个、前期项目9个；共计：20个。", "续建项目5个、新开工项目6个、前期项目9个；共计：21个。",
     "TO001"),
    # 累计 after a count of the parts
    ("办理投诉：2021年40件，2022年60件，两年累计100件。", "办理投诉：2021年40件，2022年60件，两年累计110件。",
     "TO001"),
    # 除…外，其余…
    ("全区共有人口1000人，除女性480人外，其余520人均为男性。", "全区共有人口1000人，除女性480人外，其余510人均为男性。",
     "TO001"),
    ("现有学生900人，除农村学校500人外，其余400人均为城区学校。",
     "现有学生900人，除农村学校500人外，其余300人均为城区学校。", "TO001"),
    # pairs that split a whole inside a 其中 list
    ("完成预算收入1000万元，其中税收收入700万元，非税收入300万元。",
     "完成预算收入1000万元，其中税收收入700万元，非税收入200万元。", "TO001"),
    ("编组民兵200人，其中基干民兵50人，普通民兵150人。", "编组民兵200人，其中基干民兵50人，普通民兵120人。", "TO001"),
    ("共有低保对象900人，其中60岁以上400人，60岁以下500人。", "共有低保对象900人，其中60岁以上400人，60岁以下450人。",
     "TO001"),
    # 主要为: a partial breakdown, in a sentence that has a sum word
    ("开展医疗救助共计20人次，主要是住院救助14人次。", "开展医疗救助共计10人次，主要是住院救助14人次。", "TO002"),
    # a breakdown or a total in the sentence after its whole or its list
    ("全区共受理信访事项120件。其中，来信45件，来访75件。", "全区共受理信访事项120件。其中，来信45件，来访85件。",
     "TO002"),
    # a table written in full-width digits
    ("分布情况如下：\n村名 户数 人数\n东岗村 ８７６ １２８４\n西岗村 ６７６ ９４０\n合计 １５５２ ２２２４",
     "分布情况如下：\n村名 户数 人数\n东岗村 ８７６ １２８４\n西岗村 ６７６ ９４０\n合计 １５５２ ２２３４", "TO001"),
    # items one a line or one a sentence (（一）…。⏎（二）…。), then 以上各项合计: the list read back to its first item
    ("工单情况\n（一）求助类：8706件。\n（二）投诉类：7281件。\n（三）建议类：3326件。\n以上各项合计19313件。",
     "工单情况\n（一）求助类：8706件。\n（二）投诉类：7281件。\n（三）建议类：3326件。\n以上各项合计19319件。",
     "TO001"),
    ("化解纠纷：一是劳资纠纷9起；二是婚姻纠纷14起；\n三是邻里纠纷8起；四是物业纠纷3起。以上合计34起。",
     "化解纠纷：一是劳资纠纷9起；二是婚姻纠纷14起；\n三是邻里纠纷8起；四是物业纠纷3起。以上合计43起。", "TO001"),
    # subtotals in the sentence before a total: the subtotals add up, not every number of the list
    ("一季度792件、二季度743件，上半年合计1535件；三季度284件、四季度809件，下半年合计1093件；\n全年合计2628件。",
     "一季度792件、二季度743件，上半年合计1535件；三季度284件、四季度809件，下半年合计1093件；\n全年合计2638件。",
     "TO001"),
    # the quarters (or halves) of a year, then 全年: the year's total
    ("一季度新增就业156人，二季度709人，三季度411人，四季度143人，全年新增就业1419人。",
     "一季度新增就业156人，二季度709人，三季度411人，四季度143人，全年新增就业1429人。", "TO001"),
    ("上半年完成投资12亿元，下半年完成投资15亿元，全年完成投资27亿元。",
     "上半年完成投资12亿元，下半年完成投资15亿元，全年完成投资37亿元。", "TO001"),
    # 全年共 after items counted one by one
    ("排查隐患：一是施工隐患136处；二是消防隐患182处；三是燃气隐患89处。全年共407处。",
     "排查隐患：一是施工隐患136处；二是消防隐患182处；三是燃气隐患89处。全年共358处。", "TO001"),
    # 来源为 without a colon opens the breakdown of its whole, in its sentence or the next one
    ("完成投资78.70亿元。资金来源为企业自筹38.72亿元、银行贷款39.98亿元。",
     "完成投资78.70亿元。资金来源为企业自筹48.72亿元、银行贷款39.98亿元。", "TO001"),
    ("完成投资78.70亿元，资金来源为企业自筹38.72亿元、银行贷款39.98亿元。",
     "完成投资78.70亿元，资金来源为企业自筹38.72亿元、银行贷款49.98亿元。", "TO001"),
    # a part and the rest (其余) in the sentence after the whole: a complete breakdown
    ("共投入衔接资金27.87万元。目前已拨付24.12万元，其余3.75万元待项目验收后拨付。",
     "共投入衔接资金27.87万元。目前已拨付24.12万元，其余4.53万元待项目验收后拨付。", "TO001"),
    # … not named as a total, but the only quantity of its unit class there (its change aside)
    ("全乡开展技能培训3200人次，同比下降6.1%。其中，电工培训1900人次，同比增长8.6%；育婴员培训390人次。",
     "全乡开展技能培训3200人次，同比下降6.1%。其中，电工培训9200人次，同比增长8.6%；育婴员培训390人次。", "TO002"),
    ("发放补贴资金共300万元。按来源划分，耕地补贴、农机补贴分别为200万元、100万元。",
     "发放补贴资金共300万元。按来源划分，耕地补贴、农机补贴分别为200万元、90万元。", "TO001"),
    ("培训情况如下：电工56人次；焊工148人次。合计204人次。", "培训情况如下：电工56人次；焊工148人次。合计214人次。",
     "TO001"),
    # units the parser did not know (组)
    ("共抽检建材100组，其中合格95组、不合格5组。", "共抽检建材100组，其中合格95组、不合格15组。", "TO001"),
    # a pair named in either order (not 省外/省内游客: visitors from abroad are a third group)
    ("转移就业9万人，其中省外务工50000人、省内务工40000人。",
     "转移就业9.8万人，其中省外务工50000人、省内务工40000人。", "TO001"),
    # a breakdown along one dimension: 按…分/划分, 从…看, 分…看, 构成 (in the sentence or the next one)
    ("抽检食品500批次，按环节分如下：生产环节200批次；流通环节180批次；餐饮环节120批次。",
     "抽检食品500批次，按环节分如下：生产环节200批次；流通环节180批次；餐饮环节150批次。", "TO001"),
    ("今年新增市场主体900户。按主体类型分，企业300户、个体工商户500户、合作社100户。",
     "今年新增市场主体900户。按主体类型分，企业300户、个体工商户520户、合作社100户。", "TO001"),
    ("全年复耕撂荒地3.2万亩。分片区看：东片1.1万亩，西片0.9万亩，中片1.2万亩。",
     "全年复耕撂荒地3.2万亩。分片区看：东片1.1万亩，西片0.9万亩，中片1.6万亩。", "TO001"),
    ("组织劳动力外出务工5000人。从就业地域看，县内1500人；省内县外2000人；省外1500人。",
     "组织劳动力外出务工5000人。从就业地域看，县内1500人；省内县外2600人；省外1500人。", "TO001"),
    ("投入改造资金1500万元，其构成为：中央资金600万元，省级资金500万元，县级配套400万元。",
     "投入改造资金1500万元，其构成为：中央资金600万元，省级资金500万元，县级配套300万元。", "TO001"),
    # 分为N类, 来源为, 具体如下/具体为 open a breakdown too
    ("查处案件400起，按类型分为二类：食品案件250起；价格案件150起。",
     "查处案件400起，按类型分为二类：食品案件250起；价格案件160起。", "TO001"),
    ("筹集资金90000元。资金来源为：县级财政50000元、群众自筹30000元、社会捐赠10000元。",
     "筹集资金90000元。资金来源为：县级财政50000元、群众自筹30000元、社会捐赠20000元。", "TO001"),
    ("共排查隐患600处，具体如下：（一）燃气隐患200处；（二）消防隐患250处；（三）交通隐患150处。",
     "共排查隐患600处，具体如下：（一）燃气隐患200处；（二）消防隐患250处；（三）交通隐患160处。", "TO001"),
    # a total sentence after a list: 以上N个…合计, 全年合计, after the words that open the list
    ("甲村140处；乙村200处；丙村160处。以上三个村排查隐患合计500处。",
     "甲村140处；乙村200处；丙村160处。以上三个村排查隐患合计560处。", "TO001"),
    ("分时段看，上半年新建学校14所；下半年新建学校4所。全年合计18所。",
     "分时段看，上半年新建学校14所；下半年新建学校3所。全年合计18所。", "TO001"),
    # the total in brackets after its list
    ("完成展演80场、放映170场、汇演10场（共260场）。", "完成展演80场、放映170场、汇演10场（共270场）。", "TO001"),
    # 其中 in the next sentence, the whole before its change
    ("全年新增就业3000人，同比增长5%。其中，公益岗位800人，同比增长2%；灵活就业1200人。",
     "全年新增就业3000人，同比增长5%。其中，公益岗位1800人，同比增长2%；灵活就业1500人。", "TO002"),
    # a second breakdown of the same whole after a ；, along another dimension
    ("新增参保3600人，其中职工2600人、居民1000人；从性别看，男性2000人、女性1600人。",
     "新增参保3600人，其中职工2600人、居民1000人；从性别看，男性2000人、女性160人。", "TO001"),
    # a change in an amount from last year's stated value; 净增/净减 and the end of the year as the end point
    ("举办活动74场，比上年的45场增加29场。", "举办活动74场，比上年的45场增加2场。", "TO003"),
    ("企业由2199家减少至2017家，净减182家。", "企业由2199家减少至2017家，净减185家。", "TO003"),
    ("监测对象由年初的3484家增加到年末的3516家，增加32家。", "监测对象由年初的3484家增加到年末的3796家，增加32家。",
     "TO003"),
    # the base stated after the value, by its period (上年同期为, 2023年为, 8月份为), or in the next sentence, or
    # since the start of the year (比年初…增加…)
    ("新增城镇就业10730人，上年同期为8740人，同比增加1990人。",
     "新增城镇就业10730人，上年同期为8740人，同比增加1909人。", "TO003"),
    ("2024年引进人才1178名，2023年为1043名，较上年增加135名。",
     "2024年引进人才1178名，2023年为1043名，较上年增加153名。", "TO003"),
    ("9月份受理投诉8121件，8月份为6364件，环比增加1757件。", "9月份受理投诉8121件，8月份为6364件，环比增加1577件。",
     "TO003"),
    ("年末常住人口211.28万人，比上年末增加9.15万人。上年末为202.13万人。",
     "年末常住人口211.28万人，比上年末增加9.51万人。上年末为202.13万人。", "TO003"),
    ("年末存款余额462.06亿元，比年初353.30亿元增加108.76亿元。",
     "年末存款余额462.06亿元，比年初353.30亿元增加118.76亿元。", "TO003"),
    # items that each give two amounts (people and money): each column adds up on its own
    ("汛期260人、7.1万元，年底170人、6.9万元，春节期间80人、2.4万元，累计慰问510人、16.4万元。",
     "汛期260人、7.1万元，年底170人、6.9万元，春节期间80人、2.4万元，累计慰问530人、16.4万元。", "TO001"),
    ("汛期260人、7.1万元，年底170人、6.9万元，春节期间80人、2.4万元，累计慰问510人、16.4万元。",
     "汛期260人、7.1万元，年底170人、6.9万元，春节期间80人、2.4万元，累计慰问510人、18.4万元。", "TO001"),
    ("特困供养金128人次8.13万元；临时救助60人次0.67万元；慰问金248人次0.63万元；合计436人次9.43万元。",
     "特困供养金128人次8.13万元；临时救助60人次0.67万元；慰问金248人次0.63万元；合计436人次9.34万元。", "TO001"),
    ("共走访困难群众760户，发放慰问金28.5万元。其中，汛期260户、6.6万元，春节期间500户、21.9万元。",
     "共走访困难群众760户，发放慰问金28.5万元。其中，汛期260户、6.6万元，春节期间560户、21.9万元。", "TO002"),
    # a frame that names a whole stated a sentence or two before (上述…中): a partial breakdown
    ("全市改造老旧小区61个。各单位按月报送进度。上述小区中，安置小区28个、单位宿舍小区33个。",
     "全市改造老旧小区61个。各单位按月报送进度。上述小区中，安置小区28个、单位宿舍小区43个。", "TO002"),
    ("全年受理来信来访365件。相关经验被转发推广。上述信访事项中，来信119件、网上留言203件。",
     "全年受理来信来访365件。相关经验被转发推广。上述信访事项中，来信219件、网上留言203件。", "TO002"),
    # 分布在N个村： and 按分类看： open a breakdown along one dimension (with the count stated: all of it)
    ("全镇落实补贴面积10725亩，分布在3个村：长岭村4745亩；黄泥村3652亩；桃园村2328亩。",
     "全镇落实补贴面积10725亩，分布在3个村：长岭村4745亩；黄泥村3652亩；桃园村5105亩。", "TO001"),
    ("全年清运生活垃圾36507吨。按分类看，可回收物8595吨；厨余垃圾10410吨；其他垃圾17502吨。",
     "全年清运生活垃圾36507吨。按分类看，可回收物8595吨；厨余垃圾10410吨；其他垃圾18502吨。", "TO001"),
    # a 其中 list goes on after a part's own sub-breakdown (包括/含 …；); money from above and the level's own
    ("共筹措资金5536万元，其中上级补助2156万元，包括中央资金1326万元、省级资金830万元；县本级投入3380万元。",
     "共筹措资金5536万元，其中上级补助2156万元，包括中央资金1326万元、省级资金830万元；县本级投入3480万元。", "TO001"),
    ("共投入资金1115万元，其中上级补助资金517万元，含中央资金309万元、省级资金208万元；县级配套资金598万元。",
     "共投入资金1115万元，其中上级补助资金517万元，含中央资金309万元、省级资金208万元；县级配套资金516万元。", "TO001"),
    # 覆盖 … 等领域: a partial breakdown like 包括
    ("主导制修订各类标准40项，覆盖国家标准19项、行业标准16项、地方标准2项等领域。",
     "主导制修订各类标准34项，覆盖国家标准19项、行业标准16项、地方标准2项等领域。", "TO002"),
    ("实施既有建筑节能改造180000平方米，涉及屋面防水70312平方米、楼道粉刷106366平方米等。",
     "实施既有建筑节能改造163640平方米，涉及屋面防水70312平方米、楼道粉刷106366平方米等。", "TO002"),
    # 依次为 lists in order as 分别为 does
    ("累计排查风险隐患598处，一般隐患、较大隐患、重大隐患依次为243处、140处、215处。",
     "累计排查风险隐患643处，一般隐患、较大隐患、重大隐患依次为243处、140处、215处。", "TO001"),
    # a list whose unit (and 万) is written once, after its last number
    ("一共拆除违法建筑180060平方米，住宅、商业用房、工业厂房、其他分别是50590、49575、52709、27186平方米。",
     "一共拆除违法建筑191532平方米，住宅、商业用房、工业厂房、其他分别是50590、49575、52709、27186平方米。", "TO001"),
    ("全县共完成土地整治3.53万亩，东片区、西片区、中心片区依次为1.22、1.45、0.86万亩。",
     "全县共完成土地整治3.35万亩，东片区、西片区、中心片区依次为1.22、1.45、0.86万亩。", "TO001"),
    # items counted one by one (一是…；二是…) after their whole: a partial breakdown
    ("全区查处违法案件37起。一是计量违法案件16起；二是食品安全案件12起。",
     "全区查处违法案件37起。一是计量违法案件16起；二是食品安全案件22起。", "TO002"),
    ("全镇受理来信来访1315件。一是来信1190件；二是来访125件。",
     "全镇受理来信来访1315件。一是来信190件；二是来访125件。", "TO004"),
    # a whole, one part and the rest
    ("排查隐患420处，立行立改380处，剩余40处挂牌督办。", "排查隐患420处，立行立改390处，剩余40处挂牌督办。", "TO001"),
    ("抽检蔬菜900批次，检验合格880批次，其余20批次不合格。", "抽检蔬菜900批次，检验合格890批次，其余20批次不合格。",
     "TO001"),
    # the whole in a frame (在…中, …中，): a partial breakdown
    ("在完成的5000亩中，退化林修复1500亩，森林抚育2500亩。", "在完成的5000亩中，退化林修复1500亩，森林抚育3600亩。",
     "TO002"),
    ("全县120个项目中，基础设施项目70个，民生项目40个。", "全县120个项目中，基础设施项目70个，民生项目60个。", "TO002"),
    # 具体为 after a total, without a colon: every part named
    ("拆除违法建筑合计9600平方米，具体为国道沿线6300平方米、集镇区域3300平方米。",
     "拆除违法建筑合计9600平方米，具体为国道沿线6300平方米、集镇区域2300平方米。", "TO001"),
    ("共抽检食品1380批次，具体是粮油制品620批次；肉制品760批次。",
     "共抽检食品1380批次，具体是粮油制品620批次；肉制品860批次。", "TO00"),
    # items that end in ； before the total
    ("全年受理求助类2150件；咨询类930件，合计3080件。", "全年受理求助类2150件；咨询类930件，合计3180件。", "TO001"),
    ("争取省级资金320万元；市级资金180万元；县级配套资金100万元，总计600万元。",
     "争取省级资金320万元；市级资金180万元；县级配套资金100万元，总计650万元。", "TO001"),
    # parts in brackets right after their whole, without a marker: partial, or complete for a pair
    ("共受理来信来访760件(初信初访650件，重复信访100件)。", "共受理来信来访760件(初信初访670件，重复信访100件)。",
     "TO002"),
    ("参训学员416人（男学员198人、女学员218人）。", "参训学员416人（男学员198人、女学员208人）。", "TO001"),
    # the kinds named with 分为…N类 (or 按…N类统计), then 分别为 and the amounts
    ("新登记市场主体共1200户，分为个体工商户、企业、合作社三类，分别为700户、300户、200户。",
     "新登记市场主体共1200户，分为个体工商户、企业、合作社三类，分别为700户、300户、300户。", "TO001"),
    ("处理污水90,000吨，按城区污水厂、乡镇污水站两类统计，分别为60,000吨、30,000吨。",
     "处理污水90,000吨，按城区污水厂、乡镇污水站两类统计，分别为60,000吨、20,000吨。", "TO001"),
    # 分为…N类： opens a breakdown whose part may have its own 其中 list up to the ；
    ("整治问题3000处，分为乱堆乱放和污水乱排两类：乱堆乱放2000处，其中市级1200处、县级800处；污水乱排1000处。",
     "整治问题3000处，分为乱堆乱放和污水乱排两类：乱堆乱放2000处，其中市级1200处、县级800处；污水乱排900处。", "TO001"),
    # parts each alone in brackets; a list in brackets before its total; a total named 资金总额 after 分别
    ("帮扶商贸企业（12家）、物流企业（30家）、建筑企业（8家），共计50家。",
     "帮扶商贸企业（12家）、物流企业（30家）、建筑企业（8家），共计53家。", "TO001"),
    ("新增就业(高校毕业生400人;退役军人300人;困难人员100人),全年合计800人。",
     "新增就业(高校毕业生400人;退役军人300人;困难人员100人),全年合计880人。", "TO001"),
    ("资金来源于市级财政、村集体，分别出资 2000 、 600 万元，资金总额 2600 万元。",
     "资金来源于市级财政、村集体，分别出资 2000 、 600 万元，资金总额 2700 万元。", "TO001"),
    # 从分布看 opens a breakdown; 以上…共 and the doing of the items totals the sentence before
    ("参保人数达78,000人。从分布看，城镇2,000人，农村76,000人。",
     "参保人数达78,000人。从分布看，城镇2,100人，农村76,000人。", "TO001"),
    ("南坪镇转移就业900人，沙溪乡转移就业1700人。以上两个镇共转移就业2600人。",
     "南坪镇转移就业900人，沙溪乡转移就业1700人。以上两个镇共转移就业2690人。", "TO001"),
    # a doing and the same doing not yet done split the whole (通过/未通过)
    ("参加年检的社会组织400家，通过260家，未通过140家。", "参加年检的社会组织404家，通过260家，未通过140家。", "TO001"),
    # 由…构成: every part named
    ("落实衔接资金7.00亿元，由县级配套14000万元、市级资金56000万元构成。",
     "落实衔接资金7.09亿元，由县级配套14000万元、市级资金56000万元构成。", "TO001"),
    # last year's end, what was added, where it stands now
    ("截至上年底已建成物流点2400个，今年新增800个，目前累计达到3200个。",
     "截至上年底已建成物流点2400个，今年新增800个，目前累计达到3300个。", "TO001"),
    # 一次/二次 naming a round (一次检查合格, 二次复查) are not parts of the count of checks
    ("共开展检查56次，其中一次检查合格40次，二次复查16次。", "共开展检查56次，其中一次检查合格40次，二次复查26次。",
     "TO002"),
    # thousands apart by a space (also a narrow one), by a full-width comma typed for one
    ("全年调处纠纷4 273起，其中婚姻家庭纠纷1\u2009126起、邻里纠纷1 721起、物业纠纷1，426起。",
     "全年调处纠纷4 273起，其中婚姻家庭纠纷1\u2009126起、邻里纠纷1 721起、物业纠纷1，476起。", "TO002"),
    ("办理事项：即办件2，114件、承诺件663件、联办件1,107件、上报件2 822件，合计6706件。",
     "办理事项：即办件2，114件、承诺件663件、联办件1,107件、上报件2 822件，合计6760件。", "TO001"),
    # 分…看 (any dimension) opens a breakdown of the whole a sentence before; a second one after ；
    ("全县建成文明实践站120家。分镇看，东镇30家，西镇50家，南镇40家。",
     "全县建成文明实践站120家。分镇看，东镇30家，西镇50家，南镇45家。", "TO001"),
    ("受理信访事项900件。从渠道看，来信来访400件、网上信访500件；从内容看，城乡建设300件、劳动社保600件。",
     "受理信访事项900件。从渠道看，来信来访400件、网上信访510件；从内容看，城乡建设300件、劳动社保600件。", "TO001"),
    # posts: the staff, those in post and the posts empty
    ("核定事业编制198名，实有在编人员167名，空编31名。", "核定事业编制198名，实有在编人员158名，空编31名。", "TO001"),
    # a count and its things in quotes, a colon, the things named
    ("开展“三项行动”：交通整治行动、河道清理行动、小巷提升行动。",
     "开展“三项行动”：交通整治行动、河道清理行动、小巷提升行动、校园平安行动。", "TO005"),
    # a change after a base named by its year
    ("2020年会议费支出5083.1万元，2019年为6407.8万元，减少1324.7万元。",
     "2020年会议费支出5083.1万元，2019年为6407.8万元，减少1624.7万元。", "TO003"),
    # two things done in two sentences, then their total named by their verbs or counted
    ("全年新建服务站207个，反响良好。同时，对老站点实施改造292个。新建和改造共计499个。",
     "全年新建服务站207个，反响良好。同时，对老站点实施改造292个。新建和改造共计479个。", "TO001"),
    ("全年新建服务站308个。同时，对老站点实施改造95个。两项合计完成403个。",
     "全年新建服务站308个。同时，对老站点实施改造95个。两项合计完成408个。", "TO001"),
    # age bands with a part's own share in brackets; the years' total after a 分别 list
    ("常住人口91,381人。按年龄分，0—14岁13,691人，15—59岁56,293人，60岁及以上21,397人（其中65岁以上13,677人）。",
     "常住人口93,181人。按年龄分，0—14岁13,691人，15—59岁56,293人，60岁及以上21,397人（其中65岁以上13,677人）。",
     "TO001"),
    ("2021年、2022年、2023年分别新增就业2970、7402、6176人，3年来累计就业16548人。",
     "2021年、2022年、2023年分别新增就业2970、7402、6176人，3年来累计就业16518人。", "TO001"),
    # what was taken in, split into kinds by 分别 (the kinds are no places and not of its noun)
    ("接收热线工单3,608件，城市管理、交通运输分别为3,351、257件。",
     "接收热线工单3,628件，城市管理、交通运输分别为3,351、257件。", "TO001"),
    # a second breakdown after ；, the urban and rural population a sentence after the whole (in 万, the whole in 人,
    # with two full-width commas of thousands)
    ("受理信访事项2,541件。从渠道看，来信1208件、网上1,333件；从内容看，城建779件、社保1136件、其他626件。",
     "受理信访事项2,541件。从渠道看，来信1208件、网上1,333件；从内容看，城建779件、社保568件、其他626件。", "TO001"),
    ("年末常住人口2，296，224人。城镇人口160.25万人，乡村人口69.37万人。",
     "年末常住人口2，926，224人。城镇人口160.25万人，乡村人口69.37万人。", "TO001"),
    # the difference between two figures named before it; a total of a list a sentence without numbers away
    ("城区学校在校生19,595人，乡村学校13,184人，城区比乡村多6,411人。",
     "城区学校在校生19,595人，乡村学校13,184人，城区比乡村多6,415人。", "TO003"),
    ("企业5,982户；合作社2,432户；个体工商户1,093户。坚持接诉即办。以上合计9,507户。",
     "企业5,982户；合作社2,432户；个体工商户1,093户。坚持接诉即办。以上合计9,577户。", "TO001"),
    # parts in 元, the total in 万元, after 共 and a verb of collecting
    ("商会会员捐款56345元，机关干部捐款146959元，共募集善款20.33万元。",
     "商会会员捐款56345元，机关干部捐款146959元，共募集善款14.70万元。", "TO001"),
    # a total, then its years as a range before 分别 (one part a year)
    ("近四年来，累计培训农民6432人，2017—2020年分别完成782人、1156人、2404人、2090人。",
     "近四年来，累计培训农民6433人，2017—2020年分别完成782人、1156人、2404人、2090人。", "TO001"),
    # a dimension alone after 按 opens a breakdown (按类别，), the total broken by a line from a PDF
    ("全年查处违法案件共计1,700\n件。按类别，食品案件500件、药品案件\n\n700件、商标案件500件。",
     "全年查处违法案件共计1,750\n件。按类别，食品案件500件、药品案件\n\n700件、商标案件500件。", "TO001"),
    # each place in turn after a colon (各镇（街道）完成情况：)
    ("全区完成危房改造950户。各镇（街道）完成情况：东坝街道400户，南湾镇350户，北岭乡200户。",
     "全区完成危房改造905户。各镇（街道）完成情况：东坝街道400户，南湾镇350户，北岭乡200户。", "TO001"),
    # the breakdown's opener after a sentence or two without numbers (分类别统计，, 按类型分，)
    ("全年举办各类培训830场次。培训形式不断创新。工作机制持续完善。分类别统计，安全教育300场次、技能培训530场次。",
     "全年举办各类培训860场次。培训形式不断创新。工作机制持续完善。分类别统计，安全教育300场次、技能培训530场次。",
     "TO001"),
    # a part's own breakdown after the list, named by the part then 中 (工业项目中，…): not more parts
    ("签约项目30个，按类型分，工业项目21个、服务业项目9个；工业项目中，新材料类1个、装备制造类20个。",
     "签约项目30个，按类型分，工业项目21个、服务业项目8个；工业项目中，新材料类1个、装备制造类20个。", "TO001"),
    # a header line, then rows of one number each, then the total (the header does not run into the first row)
    ("完成固定资产投资    单位：万元\n社会事业投资        204,376.05\n基础设施投资       241,331.04\n"
     "工业投资            295,390.19\n合计             741,097.28",
     "完成固定资产投资    单位：万元\n社会事业投资        204,376.05\n基础设施投资       241,331.04\n"
     "工业投资            295,390.19\n合计             714,097.28", "TO001"),
    # last year's figure a sentence later, named again after 该项
    ("全年开具电子票据5,200笔，比上年增加700笔。办理时限明显压缩。上年同期，该项业务量为4,500笔。",
     "全年开具电子票据5,200笔，比上年增加900笔。办理时限明显压缩。上年同期，该项业务量为4,500笔。", "TO003"),
    # a report scraped in traditional script, pinyin annotations between its words: read by the same words
    ("上半年，慰問困難群眾涉及孤寡老人46人、留守兒童58人，共計服務(wù)困難群眾(zhòng)104人。",
     "上半年，慰問困難群眾涉及孤寡老人46人、留守兒童58人，共計服務(wù)困難群眾(zhòng)140人。", "TO001"),
    ("全年撥付專項資金合計860萬元，其中設備購置510萬元，場地維修350萬元。",
     "全年撥付專項資金合計860萬元，其中設備購置510萬元，場地維修530萬元。", "TO002"),
    # quarters one a line, thousands apart by a full-width comma, under 全年合计
    ("分季度完成情况\n一季度：4，216万元\n二季度：5，380万元\n三季度：932万元\n四季度：6，071万元\n全年合计：16，599万元",
     "分季度完成情况\n一季度：4，216万元\n二季度：5，380万元\n三季度：932万元\n四季度：6，071万元\n全年合计：16，959万元",
     "TO001"),
    # a table whose total is its first row, full-width digits and commas in its cells
    ("项目\t数量（件）\n总计\t２，４１０\n来信\t３８６\n来访\t２７\n网上信访\t５１２\n领导信箱\t１，４８５",
     "项目\t数量（件）\n总计\t２，４１０\n来信\t３８６\n来访\t２７\n网上信访\t５２１\n领导信箱\t１，４８５", "TO001"),
    # kinds named in the sentence after the whole, then their figures in order (thousands apart by spaces)
    ("全年共办理退税业务5 310笔。留抵退税、出口退税、汇算清缴退税依次是2 140、1 305、1 865笔。",
     "全年共办理退税业务5 310笔。留抵退税、出口退税、汇算清缴退税依次是2 140、1 305、1 685笔。", "TO001"),
    ("今年共实施民生项目46个。城建项目、教育项目、卫生项目分别是20、15、11个。",
     "今年共实施民生项目46个。城建项目、教育项目、卫生项目分别是20、15、13个。", "TO001"),
    # the balance at the year's start in the sentence after the change
    ("年末各项贷款余额712.6亿元，比年初增加58.4亿元。年初余额为654.2亿元。",
     "年末各项贷款余额712.6亿元，比年初增加56.4亿元。年初余额为654.2亿元。", "TO003"),
    # the words that open a breakdown between the whole and its 分别 list
    ("全年受理审查起诉案件46件，按类别分，盗窃案、诈骗案分别为19件、27件。",
     "全年受理审查起诉案件46件，按类别分，盗窃案、诈骗案分别为19件、25件。", "TO001"),
    # last year's figure in brackets after the value, the amount of change in the next clause
    ("2. 新能源汽车保有量：12,480辆（上年9,615辆），增加2,865辆",
     "2. 新能源汽车保有量：12,480辆（上年9,615辆），增加2,685辆", "TO003"),
    # kinds of a whole's noun before 分别, the last of them the rest (其他…)
    ("本级政府性基金收入为8,240.50万元，土地出让收入、其他基金收入分别为7,112.30万元、1,128.20万元。",
     "本级政府性基金收入为8,240.50万元，土地出让收入、其他基金收入分别为7,112.30万元、1,128.70万元。", "TO001"),
    # kinds of a doing's noun before 分别, no total's word: the main kinds, which may not exceed the whole
    ("区法律援助中心办理法律援助案件960件，民事案件、刑事案件分别为512件、401件。",
     "区法律援助中心办理法律援助案件960件，民事案件、刑事案件分别为512件、481件。", "TO002"),
    # a total found (共查出), a colon, then its main parts apart by semicolons: the parts may not exceed it
    ("审计共查出主要问题金额2,310.5万元：虚列支出1,204.3万元；违规使用资金487.6万元。",
     "审计共查出主要问题金额2,310.5万元：虚列支出1,204.3万元；违规使用资金1,487.6万元。", "TO002"),
    # a fund's balance as fields one a line
    ("（三）工会经费\n上年结余:215.40万元\n本年收入:486.30万元\n本年支出:512.60万元\n年末结余:189.10万元",
     "（三）工会经费\n上年结余:215.40万元\n本年收入:486.30万元\n本年支出:512.60万元\n年末结余:198.10万元", "TO003"),
    # a 其中 list of 、 ends at the ； (what follows is another split of the whole); the old and the new cases make
    # the whole (旧存, 新收: a pair that splits it), so a broken one is TO001's
    ("全年受理案件2,765件，其中旧存312件、新收2,453件；审结2,480件，未结285件。",
     "全年受理案件2,765件，其中旧存312件、新收2,543件；审结2,480件，未结285件。", "TO001"),
    # a 其中 list of ， ends at a ； that opens what was since done about the whole (已整改…)
    ("审计发现问题资金8,640万元，其中违规使用5,210万元，管理不规范3,430万元；已整改到位6,020万元。",
     "审计发现问题资金8,640万元，其中违规使用5,210万元，管理不规范3,530万元；已整改到位6,020万元。", "TO002"),
    # records one a line, each with its own subtotal (小计)
    ("甲校：男生412人，女生398人，小计810人\n乙校：男生275人，女生301人，小计576人",
     "甲校：男生412人，女生398人，小计810人\n乙校：男生275人，女生301人，小计586人", "TO001"),
    # a stock at the start of the year, what came and what left, the stock at the end
    ("年初全镇在册低保户652户，年内新纳入84户、退出59户，年末共有677户。",
     "年初全镇在册低保户652户，年内新纳入84户、退出59户，年末共有687户。", "TO003"),
    # the last two numbers of a list joined by 和, one unit after the last
    ("全县共有村卫生室、乡镇卫生院和社区服务站分别为215、18和36个，合计269个。",
     "全县共有村卫生室、乡镇卫生院和社区服务站分别为215、18和36个，合计279个。", "TO001"),
    # last year's value named by 上年 alone, then the amount of change
    ("全年办理业务4,680笔，上年5,200笔，减少520笔。", "全年办理业务4,680笔，上年5,200笔，减少620笔。", "TO003"),
    # numbers of a list written with their own magnitude, the unit written once after the last
    ("全县粮食产量中，夏粮、早稻和秋粮分别为8.0万、3.1万和16.9万吨，共计28.0万吨。",
     "全县粮食产量中，夏粮、早稻和秋粮分别为8.0万、3.1万和16.9万吨，共计29.0万吨。", "TO001"),
    # a bracket inside a name in the list (企（事）业单位) splits no clause: the list is read whole
    ("贷款余额：住户贷款93.7亿元、企（事）业单位贷款92.6亿元、其他贷款4.1亿元（总计190.4亿元）。",
     "贷款余额：住户贷款93.7亿元、企（事）业单位贷款92.6亿元、其他贷款4.1亿元（总计191.4亿元）。", "TO001"),
    # a plan, what was done, and what was done beyond the plan
    ("全年计划新建农村公路120公里，实际完成138公里，超计划18公里。",
     "全年计划新建农村公路120公里，实际完成138公里，超计划28公里。", "TO001"),
    # a herd at the start of the year, what was born, sold and died, the herd at its end
    ("年初生猪存栏12,400头，全年新增仔猪9,800头，出栏8,600头，死亡300头，年末存栏13,300头。",
     "年初生猪存栏12,400头，全年新增仔猪9,800头，出栏8,600头，死亡300头，年末存栏13,900头。", "TO003"),
    # a total named as one (共 before a verb), then the kinds that make it up, each a name and its number
    ("全年共发放各类补贴资金86.4万元，耕地地力补贴52.1万元，农机购置补贴34.3万元。",
     "全年共发放各类补贴资金86.4万元，耕地地力补贴52.1万元，农机购置补贴43.3万元。", "TO001"),
    # the year's figure first, then both halves of it, in the same sentence or in the next one
    ("全年完成货运量842万吨，上半年完成396万吨，下半年完成446万吨。",
     "全年完成货运量842万吨，上半年完成396万吨，下半年完成436万吨。", "TO001"),
    ("全年接待游客318.6万人次。上半年受雨季影响接待127.4万人次，下半年接待191.2万人次，秋季最旺。",
     "全年接待游客318.6万人次。上半年受雨季影响接待127.4万人次，下半年接待201.2万人次，秋季最旺。", "TO001"),
    ("全年新增市场主体4,816户。一季度812户，二季度1,305户，三季度1,420户，四季度1,279户。",
     "全年新增市场主体4,816户。一季度812户，二季度1,305户，三季度1,240户，四季度1,279户。", "TO001"),
    # a whole, then a sentence that only lists kinds of it, named with its own word or as classes: maybe not all
    ("全镇一般公共预算支出5,318.62万元。教育支出2,104.37万元；农林水支出1,296.81万元。",
     "全镇一般公共预算支出5,318.62万元。教育支出2,104.37万元；农林水支出3,296.81万元。", "TO002"),
    ("全年受理政务服务事项48 354件。社保类21 506件；税务类26 848件。",
     "全年受理政务服务事项48 534件。社保类21 506件；税务类26 848件。", "TO004"),
    # medals counted in 枚; a change to this year's value (今年的); two years' values and the amount between them
    ("代表团共获得奖牌61枚，其中金牌24枚、银牌25枚、铜牌12枚。",
     "代表团共获得奖牌61枚，其中金牌24枚、银牌35枚、铜牌12枚。", "TO002"),
    ("受理审查起诉由上年的30人减少到今年的24人，减少6人。",
     "受理审查起诉由上年的30人减少到今年的24人，减少8人。", "TO003"),
    ("2023年新增城镇就业412人，2024年561人，增加149人。",
     "2023年新增城镇就业412人，2024年561人，增加159人。", "TO003"),
    # items under 分类情况如下： without numbers: a name, a tab and the figure; or a dash before each
    ("纳入监测对象1,017户，分类情况如下：\n突发严重困难户\t282户\n脱贫不稳定户\t628户\n边缘易致贫户\t107户",
     "纳入监测对象1,017户，分类情况如下：\n突发严重困难户\t252户\n脱贫不稳定户\t628户\n边缘易致贫户\t107户", "TO001"),
    ("破获刑事案件860起，分类情况如下：\n－抢劫抢夺案件：330起\n－赌博案件：420起\n－故意伤害案件：110起",
     "破获刑事案件860起，分类情况如下：\n－抢劫抢夺案件：335起\n－赌博案件：420起\n－故意伤害案件：110起", "TO001"),
    # a form's figures under their total, then the form's date (no figure of the list)
    ("帮扶台账摘要\n脱贫户总数：23户\n产业帮扶：3户\n就业帮扶：4户\n兜底保障：16户\n填报日期：2024年3月25日",
     "帮扶台账摘要\n脱贫户总数：24户\n产业帮扶：3户\n就业帮扶：4户\n兜底保障：16户\n填报日期：2024年3月25日", "TO001"),
    # 以下N点 and items numbered in brackets; a count and items numbered 一、
    ("主要做法有以下三点：\n（1）突出源头治理。\n（2）推进数字赋能。\n（3）压实属地责任。",
     "主要做法有以下四点：\n（1）突出源头治理。\n（2）推进数字赋能。\n（3）压实属地责任。", "TO005"),
    ("围绕年度目标，制定三条具体措施：\n一、加大资金投入\n二、加强督查考核\n三、深化宣传引导",
     "围绕年度目标，制定四条具体措施：\n一、加大资金投入\n二、加强督查考核\n三、深化宣传引导", "TO005"),
    # two years' values and their net change; a 其中 list after a sentence that ends with the change from last year
    ("2022年受理信访事项852件，2023年1,176件，净增324件。",
     "2022年受理信访事项852件，2023年1,176件，净增414件。", "TO003"),
    ("全年举办惠民演出618场，比上年的466场增加152场。其中戏曲专场166场、广场展演257场。",
     "全年举办惠民演出618场，比上年的466场增加152场。其中戏曲专场166场、广场展演657场。", "TO002"),
    # a budget as first set, what was added or cut, the budget after
    ("农林水支出年初预算44,158万元，追加5,444万元，调整后预算49,602万元。",
     "农林水支出年初预算44,158万元，追加5,444万元，调整后预算50,110万元。", "TO001"),
    ("城乡社区支出年初预算512.67万元，调减60.32万元，调整后预算452.35万元。",
     "城乡社区支出年初预算512.67万元，调减60.32万元，调整后预算446.67万元。", "TO001"),
    # a count, a colon, then items numbered ①②③; parts in brackets apart by ；
    ("发布气象预警信号222次：①大风75次；②寒潮80次；③高温67次。",
     "发布气象预警信号212次：①大风75次；②寒潮80次；③高温67次。", "TO001"),
    ("发放社会保险待遇117万元（养老保险待遇21万元；工伤保险待遇50万元；失业保险金46万元）。",
     "发放社会保险待遇111万元（养老保险待遇21万元；工伤保险待遇50万元；失业保险金46万元）。", "TO002"),
    # fields one a line, their total the last
    ("网络平台募集:5,978万元\n社会组织捐赠:7,841万元\n个人捐赠:6,213万元\n捐赠款物总量:20,032万元",
     "网络平台募集:5,978万元\n社会组织捐赠:7,841万元\n个人捐赠:6,213万元\n捐赠款物总量:20,132万元", "TO001"),
    # … with prose on the line after the total (no wrapped line: the total stays the last field's)
    ("共有产权住房：41套\n保障性租赁住房：9套\n公共租赁住房：44套\n筹集保障性住房总量：94套\n存在的问题是力量不足。",
     "共有产权住房：41套\n保障性租赁住房：9套\n公共租赁住房：44套\n筹集保障性住房总量：92套\n存在的问题是力量不足。",
     "TO001"),
    # a form on one line, fields apart by ；, the total field first or last
    ("新建通信基站总量：242个；乡镇：69个；城区：83个；交通干线沿线：90个",
     "新建通信基站总量：239个；乡镇：69个；城区：83个；交通干线沿线：90个", "TO001"),
    ("环境卫生：47件；安全隐患：33件；民生服务：80件；处置网格事件总量：160件",
     "环境卫生：47件；安全隐患：33件；民生服务：80件；处置网格事件总量：168件", "TO001"),
    # cases reported, closed, still open and a third state
    ("平台上报事件2582件，已办结1290件，正在办理1086件，退回或不予受理206件。",
     "平台上报事件2582件，已办结1290件，正在办理1086件，退回或不予受理260件。", "TO001"),
    # a field whose label opens with a service's number (12345转办)
    ("信访事项情况如下：\n合计：143件\n来信：25件\n来访：89件\n12345转办：29件",
     "信访事项情况如下：\n合计：143件\n来信：25件\n来访：89件\n12345转办：39件", "TO001"),
    # parts in sentences of their own, then fields one a line, then the total of all of them
    ("全年统筹推进各项工作。\n从安排工作看，全年为91名。\n自主就业方面，完成92名。\n退休：155名。\n供养：149名。\n"
     "以上共计接收安置退役军人487名。",
     "全年统筹推进各项工作。\n从安排工作看，全年为91名。\n自主就业方面，完成92名。\n退休：155名。\n供养：149名。\n"
     "以上共计接收安置退役军人478名。", "TO001"),
    # items counted one by one in Chinese numerals
    ("今年以来，共调解矛盾纠纷九十宗。一是邻里纠纷二十七宗；二是劳资纠纷三十四宗；三是物业纠纷二十九宗。",
     "今年以来，共调解矛盾纠纷八十三宗。一是邻里纠纷二十七宗；二是劳资纠纷三十四宗；三是物业纠纷二十九宗。", "TO002"),
]


@pytest.mark.parametrize(("good", "bad", "rule"), TWINS, ids=[t[0][:12] for t in TWINS])
def test_the_consistent_twin_passes_and_the_broken_one_is_found(good, bad, rule):
    assert _rules(good) == []
    assert any(found.startswith(rule) for found in _rules(bad)), _rules(bad)


@pytest.mark.parametrize("text", [
    # a part the quantities cannot read (a number right after Latin letters): the list is not taken as complete
    "热线受理来电来件合计139,544件：网站渠道47,719件；微信公众号36,750件；手机APP32,077件；其他渠道22,998件。",
    # a form on one line whose fields after the first breakdown are another kind (党员 among men and women); its total
    # field in the middle
    "职工总数：120人；男：60人；女：60人；党员：30人；大专以上：80人",
    "男：60人；职工总数：120人；女：60人；党员：30人",
    # the first part in prose above fields one a line and the total after them: not a table of the fields alone
    "从安置去向看，安排工作方面，完成91名。\n自主就业：92名。\n退休：155名。\n以上共计接收安置退役军人338名。",
    # a list left open by 等 before its total; a pair of sexes, then people counted along other attributes
    "高校毕业生2426人、退役军人3141人等方面，实现城镇新增就业共计11489人。",
    "现有干部职工1583人，男性814人、女性769人；中共党员841人，35岁以下青年干部626人。",
    # a stock and its flows is no list and its total (TO003 reads it)
    "年初农村低保对象762户，新增164户，退出153户，年末共有773户。",
    "年初登记失业人员4776人，本年新登记457人，实现就业或注销1151人，年末共有4082人。",
    # parts with amounts in Chinese numerals are no names to count
    "本届党委共有委员二十五名，分别为书记和副书记十九名、其他委员六名。",
    # numbered parts with amounts are a breakdown of a total (TO001's), not items to count
    "全县共新建改扩建学校34所，具体如下：1.初中7所；2.小学8所；3.幼儿园10所；4.高中9所。",
    "一季度实施重点项目8个，具体如下：\n1. 基础设施类项目：5个；\n2. 产业类项目：3个；",
    # neighbours compared with the whole, not its parts
    "2023年全市常住人口10.70万人，周边的宁源市、岭塘县分别为25.17万人、11.03万人，仍有追赶空间。",
    "2019年全县粮食总产量86.65万吨，竹坪县、兰阳县分别为36.07万吨、43.91万吨。",
    # groups that may overlap, after 从结构看
    "全镇共有村（社区）干部89人。从结构看，大专以上学历75人，女性33人，党员31人。",
    # a second split that is no pair (普通类/艺体类) is not added to the first (800 is no sum of four)
    "参加考试考生800人。按性别分，男生380人、女生420人；普通类考生500人，艺体类考生300人。",
    # two quantities of one unit class in the sentence before 其中, neither named as a total: which one it breaks
    # down is not said
    "受理信访事项120件，办结110件。其中，来信45件、来访95件。",
    "全县共有村庄120个，完成改造80个。目前在建30个，其余10个正在设计。",
    # a base named by a later year or month than the value's is no base
    "2022年引进人才1178名，2023年为1043名，较上年增加129名。",
    "3月份受理投诉8121件，8月份为6364件，环比增加1577件。",
    # visitors from within and outside the province leave out those from abroad
    "全年接待游客4690万人次，其中省内游客2260万人次，省外游客1587万人次。",
    # a list that began on the line before (its line ends in ；): the total adds up more than this line holds
    "化解矛盾纠纷：\n土地权属纠纷145起；\n邻里纠纷49起；物业纠纷160起；共计354起。",
    # a list of items whose items hold two counts each: which adds up is not said
    "化解纠纷：一是受理纠纷9起，调解8起；二是受理纠纷14起，调解12起。以上合计20起。",
    "上半年完成投资12亿元，下半年完成投资15亿元，全年计划投资30亿元。",
    # 全年共 after a list that is not counted one by one: a part of the year
    "一季度新增就业156人，二季度709人。全年共新增就业1500人。",
    # what there is, then what was added, then a running total: no list across the ；
    "全镇有耕地3200亩；今年新增高标准农田800亩，累计建成高标准农田2600亩。",
    # 不 is no complement of its doing (满意, 基本满意, 不满意); 未 before another doing splits nothing
    "走访群众500户，满意480户，不满意10户。", "全县共有项目50个，建成30个，未开工12个。",
    # what was taken away breaks the sum of last year's end and what was added
    "上年底有企业120家，今年新增30家，关停10家，现有140家。",
    # a group of the last part (党员中女性) is no next part
    "机关共有在职职工355人，其中党员333人，党员中女性144人。",
    # a bracket after a number that holds other years' values, or a comparison: no breakdown
    "今年发展市场主体410户（2021年320户、2020年290户）。",
    "粮食总产量5200吨（较上年多300吨，高于计划200吨）。",
    # 具体为 before things of another kind than the total
    "投入资金合计500万元，具体为群众办实事80件、解决难题45件。",
    # people counted along several attributes overlap: no sum above the whole
    "新招录辅警共80人，其中女性24人、党员30人、少数民族50人。",
    # a change after a list is still a change (比上年 …)
    "垃圾治理50万元、污水治理100万元，收入比上年提升150万元。",
    # 累计 without a count of the parts: a running total, not this list's
    "今年新建公厕12座、改造8座，累计建成公厕50座。",
    # 主要为 in a sentence without a sum word is not read as a breakdown
    "清运生活垃圾1482吨，主要为农村1911吨的处置能力。",
    # 其中 in the next sentence breaks down that sentence's own whole, not the one before
    "全区共有企业120家。其中规上企业80家，其中高新技术企业30家、专精特新企业20家。",
    # a total sentence after a list of changes is not their sum
    "新建公厕12座，比上年增加5座。合计17座。",
    # 从全年看 is a period, not a dimension; a list with 等 is partial
    "从全年看，完成投资86亿元，实现税收12亿元。",
    "共拨付资金500万元。按来源分，省级200万元、市级100万元等。",
    # the rest of another whole, or with more quantities of its unit before it
    "全镇有村20个，今年完成改造12个，另有3个正在施工，剩余5个明年启动。",
    # a frame counts villages, the parts count stations; people in a frame may overlap
    "在3个乡镇中，建成便民服务站120个。",
    "在参训的90名学员中，女性52人，党员48人。",
    # people named by one word all share (党员) and split along others; patients who may be old too
    "全镇现有党员300名，其中农民党员120名、大专及以上学历党员180名、35岁以下党员70名。",
    "签约服务5000人，其中65岁以上老年人3000人、高血压患者1800人、糖尿病患者900人。",
    # a subset of the whole's items after a ；, as a new statement (截至…)
    "全市实施重点项目50个，其中新开工23个、续建27个；截至11月底已竣工19个。",
    # a pair that is two parts of a longer list; the count of the parts before the sum word
    "接待游客20万人次，其中省内游客80000人次、省外游客70000人次、境外游客50000人次。",
    "一季度120个，二季度130个，三季度150个，四季度100个，四个季度合计500个。",
    # a change from last year's value of something else (a rate's base is not an amount's)
    "举办活动74场，比上年增加29场，增长64%。",
    # brackets that hold a part, not a total
    "建成站点12个（其中新建5个）。",
    # a sentence that opens with 上述 and no sum word is not a total of the list before it
    "甲村140处；乙村200处。上述村庄共投入资金300万元。",
    # groups that may overlap: boarders and children left behind, patients of two diseases
    "全校在校学生共1800人，其中寄宿生1100人、留守儿童900人。",
    "辖区管理慢病患者共5000人，其中高血压患者3600人、糖尿病患者2100人。",
    # a number that text extraction broke apart (1,2 00): its value is not known
    "在校学生共2,000人，其中小学1,2 00人、初中900人，以上合计2,100人。",
    # one place before 分别为 names a kind of its own, not all of them; a month's date is no period's value
    "东村120户，西村和南村分别为80户和60户。",
    "截至9月底新增就业1,200人，10月1,350人，环比增加150人。",
    # what an enterprise is, and conditions of a household: groups that may overlap; the writer says some are left out
    "规上企业共1,000家，其中高新技术企业680家、专精特新企业950家。",
    "帮扶对象共8,000户，其中低保户6,800户、残疾人家庭5,100户。",
    "调解纠纷总量2,894件，具体为（其中）：合同纠纷381件；损害赔偿纠纷650件。",
    # numbered items that do not count up from one
    "重点抓好以下三项工程：\n②乙工程\n③丙工程。",
    # items longer than the list is read for: not counted short
    "重点抓好三项工程：\n①" + "甲工程进展顺利，" * 300 + "\n②乙工程\n③丙工程。",
    # two values apart by a comma after 分别 are two values; table cells apart by spaces are cells
    "两个村的得分分别为98，100分，合计198分。",
    "单位 受理 办结\n东镇 561 555\n西镇 320 318\n合计 881 873",
    # the start among what came (上年底…，今年新增…，累计…) adds up; 从全年看 is no breakdown
    "截至上年底已建成2400个，今年新增800个，目前累计达到3200个。",
    "全年受理投诉900件。从全年看，一季度300件，二季度400件。",
    # peers before 分别 are no kinds; two things named but not both stated before
    "受理投诉120件，东镇、西镇分别为50件、30件。",
    "全年新建服务站207个。新建和改造共计499个。",
    # a difference named by other words than the figures'; a total of a list two paragraphs away
    "城区学校在校生19,595人，乡村学校13,184人，全市比上年多6,415人。",
    "企业5,982户；合作社2,432户。\n坚持接诉即办。以上合计9,577户。",
    # a range of years that does not match the parts' count
    "近四年来，累计培训农民6433人，2018—2020年分别完成782人、1156人、2404人、2090人。",
    # a last part the quantities cannot read (after Latin letters), after the parts read: the list is not complete
    "热线受理诉求53279件。\n按受理渠道分：电话29303件，政务网站14865件，手机APP9111件。",
    # a list that goes on past a ； at the line's end, on a line it is not read on
    "共接收来信来访613件次：来访202件次；来信222件次；\n领导信箱189件次。",
    # 一件事 and 一批 are "a", not counts of one: no whole for the breakdown after them
    "全年受理建议320件。推动由办好一件事向办好一类事转变。按类型分，建议200件、提案120件。",
    # a sentence with numbers between the whole and the opener: the opener's whole is not looked for past it
    "全年举办各类培训900场次。其中线上培训占40%。分类别统计，安全教育300场次、技能培训530场次。",
    # last year's figure of another measure in the same unit
    "全年开具电子票据5,200笔，比上年增加900笔。上年同期，全区办理登记业务为4,500笔。",
    # kinds of a doing's noun before 分别 may leave some out (行政案件 here)
    "区法律援助中心办理法律援助案件960件，民事案件、刑事案件分别为512件、401件。",
    # the largest kinds ranked (最多, 次之) without the smallest: some kinds may be left out
    "全年新设立经营主体4,380户。从类型看，个体工商户最多，达2,105户；企业次之，为1,640户；合作社88户。",
    # the old and the new cases, then the closed and the open ones: two splits of one whole
    "全年受理案件2,765件，其中旧存312件、新收2,453件；审结2,480件，未结285件。",
    # accidents and deaths by sector: parts of two wholes, one pair a sector
    "全年发生生产安全事故31起、死亡18人。分行业看：道路运输事故20起、死亡11人；建筑施工事故11起、死亡7人。",
    # 一中, 二中 are schools, no frame of a whole (…中，), and each line has its own subtotal
    "一中：男生510人，女生488人，小计998人\n二中：男生634人，女生651人，小计1,285人",
    # what came and what left are no parts of the stock at the end
    "年初全镇在册低保户652户，年内新纳入84户、退出59户，年末共有677户。",
    # a population's births and deaths leave out who moved
    "年初户籍人口52,300人，全年出生410人，死亡380人，年末户籍人口52,600人。",
    # after a total, clauses of what was done with it are no kinds of it; 公共服务 holds no 共 of a total
    "全年共受理群众诉求8,640件，办结8,512件，满意7,980件。",
    "民生支出134.1亿元，一般公共服务38.8亿元，教育46.4亿元，卫生健康30.6亿元。",
    # investment by sector and by owner overlaps; a group of kinds holds the next kind; other indicators after a
    # whole are no kinds of it; the next half's figure after a 其中 is no part of the first half
    "全年完成固定资产投资126亿元，其中工业投资83亿元，民间投资71亿元。",
    "全县一般公共预算支出92亿元。民生支出74亿元；教育支出21亿元。",
    "全年实现地区生产总值412亿元。规上工业增加值236亿元；社会消费品零售总额198亿元。",
    "上半年接待游客152.3万人次，其中省外游客61万人次，下半年接待408.9万人次。",
    "全年接待游客318.6万人次。上半年接待127.4万人次，同比增长12.1%。",
    "全年计划完成货运量900万吨。上半年完成396万吨，下半年完成446万吨。",
    # a whole stated above a list written a line an item is no row of it; nor is the list's first item remarked on
    # the prose above it; 主要集中在 picks the main kinds; firms counted by size and as polluters overlap
    "全区共有学校86所。\n小学52所\n初中34所\n合计86所",
    "疾控中心推动重点任务落地见效。\n流行性感冒方面456例，比例较为稳定。\n肺结核210例。\n手足口病方面727例。\n以上共计1393例。",
    "共完成手术7215台次，主要集中在妇产科3910台次、泌尿外科3277台次。",
    "全年检查企业543家，其中规模以上企业291家、重点排污单位328家。",
    # labelled lines that open with a date hold no figures to add up (and are no crash)
    "公告\n投标截止时间：2019年10月3日09时45分（北京时间）\n预算金额：137.95万元，最高限价：700.32万元。",
    # a title joined to the first field holds a part: the fields under it are not all the parts
    "补贴资金统计——耕地地力保护补贴：88万元\n农机购置补贴：179万元\n稻谷目标价格补贴：44万元\n合计：311万元。",
    # a line of prose after two dashed items ends the list: nothing is read as its third item
    "破获刑事案件860起，分类情况如下：\n－抢劫抢夺案件：335起\n－赌博案件：400起\n全年共破案800起。",
])
def test_look_alikes_stay_silent(text):
    assert _rules(text) == []


def test_one_attribute_group_larger_than_the_whole_is_still_found():
    assert "TO002" in _rules("新招录辅警共80人，其中女性84人、党员30人。")
