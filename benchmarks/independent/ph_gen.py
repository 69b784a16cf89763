#!/usr/bin/env python3
"""Blind test-set generator: unfilled template / anonymisation placeholders in
Chinese government work-report prose.

Usage: python3 ph_gen.py --seed 1 --out ph.jsonl [--n 3000]

Every record is one JSON line:
  {"id", "style", "label": "placeholder"|"negative", "text", "spans", "note"}
"spans" are Python str offsets [start, end) of every placeholder in "text".

Span granularity (see ph_README.md):
  * a span covers the masked token only, never the unit / measure word after it
    ("走访xx户" -> "xx"; "XX街道" -> "XX"; "xx.xx万元" -> "xx.xx");
  * a number that is only partly masked is one span for the whole number token
    ("1x.5万" -> "1x.5", "20xx年" -> "20xx", "138xxxx5678" -> whole);
  * a masked date gives one span per masked field ("x月xx日" -> "x", "xx");
  * a pseudonym includes its surname ("张某", "李某某");
  * a template slot includes its brackets ("[单位名称]", "{{name}}", "（此处填写…）").

Standard library only.
"""
import argparse
import json
import random
import re
import sys

# ---------------------------------------------------------------------------
# real-value pools (written for this test set; no x/X/某/brackets inside)
# ---------------------------------------------------------------------------
PLACES = ["青山", "河东", "城南", "桂湖", "秀峰", "龙泉", "白沙", "清溪", "东关", "西园",
          "杏林", "金塘", "柳营", "云岭", "石门", "凤鸣", "朝阳", "新桥", "梅岭", "望江",
          "丰乐", "荷塘", "安平", "平湖", "双溪", "兴隆", "福田", "长岭", "玉泉", "鹤山",
          "南湖", "北关", "文昌", "永和", "宝山", "古城", "莲花", "滨江", "银杏", "红星"]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩",
            "曹", "许", "邓", "冯"]
GIVEN = ["建国", "丽华", "志强", "海燕", "卫东", "晓明", "春梅", "国平", "秀英", "立新",
         "文斌", "红霞", "德明", "桂兰", "永刚", "小军", "敏", "静", "伟", "磊", "芳",
         "勇", "华", "军", "玲", "振华", "宏伟", "淑珍"]
ORG_SUFFIX = ["街道办事处", "区住建局", "市卫健委", "县民政局", "镇人民政府", "区市场监管局",
              "市爱卫办", "区委组织部", "县农业农村局", "社区居委会", "区司法局",
              "市生态环境局", "县人社局", "区应急管理局", "区退役军人事务局"]
ABBRS = ["池", "雷", "赣", "湘", "皖", "宣", "青", "桂", "龙", "丰"]
FREE_REAL = ["建立健全周例会和月通报制度", "持续推进网格化服务管理",
             "强化重点领域安全隐患排查整治", "完善社区居家养老服务设施",
             "加大财政资金统筹整合力度", "深化“放管服”改革", "推动党建与业务深度融合",
             "常态化开展矛盾纠纷排查化解", "扎实推进农村人居环境整治",
             "健全困难群众动态监测机制", "压紧压实安全生产主体责任",
             "加快补齐公共服务短板", "推行“一站式”便民服务", "落实河湖长制巡查制度",
             "提升基层干部业务能力", "打造特色产业示范带"]
EMAIL_DOMAINS = ["@163.com", "@126.com", "@qq.com", "@sina.com"]


def r_num(rng):
    k = rng.random()
    if k < 0.35:
        return str(rng.randint(2, 30))
    if k < 0.75:
        return str(rng.randint(31, 999))
    return str(rng.randint(1000, 29999))


def r_dec(rng):
    return "%.*f" % (rng.choice([1, 2, 2]), rng.uniform(0.3, 980))


def r_pct(rng):
    return rng.choice(["%.1f" % rng.uniform(60, 99.9), "%.2f" % rng.uniform(1, 99),
                       str(rng.randint(80, 100)), "%.1f" % rng.uniform(0.5, 30)])


def r_pp(rng):
    return rng.choice(["%.1f" % rng.uniform(0.1, 9.9), str(rng.randint(1, 12))])


def r_person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def r_phone(rng):
    if rng.random() < 0.5:
        return ("0%d-" % rng.randint(510, 999), "%d%06d" % (rng.randint(2, 8), rng.randint(0, 999999)))
    return ("", "1%d%d%08d" % (rng.choice([3, 5, 8]), rng.randint(0, 9), rng.randint(0, 99999999)))


# ---------------------------------------------------------------------------
# general templates: {TYPE} are slots, \n allowed, ⟦...⟧ marks trap text
# ---------------------------------------------------------------------------
GENERAL = [
    "{YEAR}年以来，{ORG}坚持以人民为中心，累计走访困难群众{NUM}户，发放慰问金{DEC}万元。",
    "全年共组织开展安全生产检查{NUM}次，排查整改隐患{NUM}处，整改率达{PCT}%。",
    "{PLACE}街道深入推进老旧小区改造，惠及居民{NUM}户。",
    "截至{MONTH}月底，全区城乡居民医保参保人数达{DEC}万人，参保率{PCT}%。",
    "{DATE}，{ORG}召开专题会议，研究部署防汛抗旱工作。",
    "地区生产总值完成{DEC}亿元，同比增长{PCT}%，增速较上年提高{PP}个百分点。",
    "{PERSON}同志带队深入{PLACE}社区调研基层治理工作。",
    "{PLACE}村党支部书记{PERSON}被评为全市优秀共产党员。",
    "完成固定资产投资{DEC}亿元，占年度目标任务的{PCT}%。",
    "共调处矛盾纠纷{NUM}宗，调处成功率{PCT}%，其中化解信访积案{NUM}件。",
    "当事人{PERSON}因宅基地纠纷多次上访，经街道调解后双方签订和解协议。",
    "{ORG}全年新增城镇就业{NUM}人，城镇登记失业率控制在{PCT}%以内。",
    "组织党员干部{NUM}人次参加志愿服务活动，服务时长累计{DEC}万小时。",
    "{NUM}名网格员全部完成岗前培训，实现辖区{NUM}个网格全覆盖。",
    "全市共建成健康步道{NUM}条、健康主题公园{NUM}个、健康食堂{NUM}家。",
    "完成植树造林{DEC}万亩，森林覆盖率提高到{PCT}%。",
    "新建农村公路{DEC}公里，改造危桥{NUM}座。",
    "{MONTH}月份，{ORG}完成第三方消杀服务招标工作。",
    "联系人：{PERSON}，联系电话：{PHONE}。",
    "一是强化组织领导，成立由{PERSON}任组长的工作专班，下设{SNUM}个工作组。",
    "开展第{SNUM}个全国防灾减灾日主题宣传活动，发放宣传资料{NUM}余份。",
    "在全省{SNUM}个县（市、区）综合考评中排名第{SNUM}位。",
    "实现一般公共预算收入{DEC}亿元，完成预算的{PCT}%。",
    "受理群众诉求{NUM}件，按时办结率{PCT}%，群众满意率{PCT}%。",
    "{ORG}被命名为{YEAR}年度省级文明单位。",
    "{DATE}至{DATE}，省检查组对我区创建工作进行了实地暗访。",
    "引进招商项目{NUM}个，协议投资额{DEC}亿元，其中亿元以上项目{SNUM}个。",
    "主要做法：{FREE}。",
    "下一步，我们将{FREE}，确保各项任务落到实处。",
    "存在的主要问题是{FREE}方面仍有差距。",
    "{PLACE}镇{PLACE}村成功创建省级美丽乡村示范村。",
    "辖区内共有规上企业{NUM}家，全年实现产值{DEC}亿元。",
    "城乡居民基本养老保险参保缴费{NUM}人，征缴金额{DEC}万元。",
    "{YEAR}年{MONTH}月，{PLACE}社区被授予全国综合减灾示范社区称号。",
    "投入资金{DEC}万元，完成{PLACE}路、{PLACE}路等{SNUM}条道路提质改造。",
    "报告人：{PERSON}",
    "{ORG}\n{DATE}",
    "共建成无烟党政机关{NUM}\n家，建成率达{PCT}%。",
    "空气质量优良天数比例为{PCT}%，同比上升{PP}个百分点。",
    "发放创业担保贷款{DEC}万元，扶持创业{NUM}人，带动就业{NUM}人。",
    "{PERSON}、{PERSON}等同志在防汛救灾工作中表现突出，受到区委通报表扬。",
    "全年共查处违法建设{NUM}处，拆除面积{DEC}万平方米。",
    "{DATE}上午，{ORG}在{PLACE}广场举办政策宣传活动，现场解答群众咨询{NUM}人次。",
    "{PLACE}社区、{PLACE}社区、{PLACE}社区被列为全区老旧小区改造试点。",
    "新增市场主体{NUM}户，同比增长{PCT}%。",
    "编制完成《{PLACE}街道国土空间规划（{YEAR}—2035年）》初稿。",
    "由{ORG}牵头，会同{ORG}对辖区{NUM}家餐饮单位开展联合检查。",
    "全年完成义务兵征集{NUM}名，超额完成上级下达任务。",
    "全年接待游客{DEC}万人次，实现旅游收入{DEC}亿元。",
    "{PCT}%的行政村集体经济年收入超过10万元。",
    "低保对象{NUM}户{NUM}人，累计发放低保金{DEC}万元。",
    "（二）{PLACE}街道{YEAR}年工作总结\n",
    "审核人：{PERSON}　　填报人：{PERSON}",
    "组织{NUM}名企业职工参加职业技能培训，取证{NUM}人。",
    "为{NUM}名适龄妇女开展免费“两癌”筛查，筛查率达{PCT}%。",
    "网格化管理平台累计上报事件{NUM}件，办结率{PCT}%。",
    "经{ORG}批准，{PLACE}中学新建教学楼于{DATE}正式投入使用。",
    "全年办理人大代表建议{NUM}件、政协委员提案{NUM}件，办复率100%。",
    "第{SNUM}届“{PLACE}杯”农民运动会顺利举办。",
    "{PERSON}（{ORG}主任）作专题辅导报告。",
    "截至{DATE}，辖区累计完成新冠疫苗接种{NUM}剂次。",
    "成功化解{PERSON}、{PERSON}等信访积案{NUM}件。",
    "经调查，{PERSON}在未取得许可的情况下擅自经营，已依法责令停业整改。",
    "{PERSON}与{PERSON}因土地承包经营权发生纠纷，经{PLACE}村调委会调解达成协议。",
    "依法查处{PERSON}非法占用耕地案，罚没款{DEC}万元。",
    "{DATE}，{PERSON}驾驶无牌三轮车在{PLACE}路段发生交通事故，无人员伤亡。",
    "根据《关于开展爱国卫生月活动的通知》（{ABBR}爱卫办〔{YEAR}〕{NUM}号）要求，我市迅速部署。",
    "印发《{PLACE}市城区病媒生物防制工作方案》（{ABBR}政办〔{YEAR}〕{NUM}号），明确责任分工。",
    "按照{ABBR}人社〔{YEAR}〕{NUM}号文件精神，全面落实稳岗返还政策。",
    "其中：（1）{NUM}户为低保户；（2）{NUM}户为特困供养户。",
    "1.{PLACE}街道创建省级卫生街道工作顺利通过复审。",
    "为3-6岁儿童及{NUM}名60岁以上老人免费接种流感疫苗，接种率{PCT}%。",
    "{YEAR}年1-{MONTH}月，全区规上工业增加值同比增长{PCT}%。",
    "查扣车牌号为赣A{NUM}的违规渣土车一辆。",
    "截至目前，工作专班负责人为{PERSON}。",
    "会议由{ORG}副主任{PERSON}主持。",
    "本次活动的牵头单位为{ORG}。",
    "填报单位：{ORG}",
    "今年重点推进的改革事项是{FREE}。",
    "专项整治行动由{PERSON}牵头，{ORG}具体负责，{YEAR}年底前完成。",
    "全年共发放宣传资料{NUM}余份，张贴标语{NUM}\n条。",
    "二是{FREE}。",
    "典型经验：{FREE}，得到上级部门肯定。",
    "三、{YEAR}年工作思路\n{FREE}。",
    "今年，{ORG}重点围绕{FREE}开展工作，成效明显。",
    "现将{ORG}{YEAR}年工作总结报告如下：",
    "{ORG}\n{YEAR}年12月26日",
    "如需了解详情，请致电{ORG}，电话{PHONE}。",
    "举报电话：{PHONE}（工作日受理）。",
    "{PLACE}社区便民服务热线{PHONE}全天候接听群众来电。",
    "值班电话：{PHONE}\n值班领导：{PERSON}",
    "全年累计投入资金{DEC}万元，完成{PLACE}河道清淤{DEC}公里。",
    "全镇{SNUM}个村（社区）全部建成新时代文明实践站。",
]

# slot-free clean companion sentences (own wording)
CLEAN = [
    "坚持党建引领，凝聚干事创业合力。",
    "一年来，各项工作取得了新的进展。",
    "干部队伍作风进一步转变，服务效能明显提升。",
    "坚持问题导向，逐项梳理整改清单。",
    "群众的获得感、幸福感、安全感持续增强。",
    "但也要清醒地看到，经济总量偏小、产业结构不优的问题依然存在。",
    "全面落实意识形态工作责任制。",
    "扎实开展主题教育，推动学习成果转化为工作实效。",
    "持续巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线。",
    "深入开展扫黑除恶常态化斗争，社会大局保持和谐稳定。",
    "严格落实中央八项规定精神，持之以恒纠治“四风”。",
    "二、存在问题",
    "三、下一步工作打算",
    "（三）强化民生保障，持续增进民生福祉",
    "现将有关情况报告如下。",
    "这些成绩的取得，离不开全体干部职工的辛勤付出。",
    "基层基础工作仍有薄弱环节，有待进一步加强。",
    "认真抓好中央和省委巡视反馈问题整改。",
    "统筹推进疫情防控和经济社会发展。",
    "全力做好防汛救灾和森林防火工作。",
    "营商环境持续优化，市场活力不断激发。",
    "加强与驻地单位的沟通协调，形成工作合力。",
]

LEADINS = ["一是", "二是", "三是", "1.", "2.", "（一）", "（四）", "同时，", "此外，",
           "今年以来，", "与此同时，"]

# ---------------------------------------------------------------------------
# placeholder styles: style -> {slot type: callable(rng, real) -> segments}
#   segments: list of ("ph", s) / ("lit", s) / ("trap", s)
# ---------------------------------------------------------------------------

def P(*opts):
    """one placeholder string chosen from opts"""
    return lambda rng, real: [("ph", rng.choice(opts))]


def xr(lo, hi, ch="x"):
    return lambda rng: ch * rng.randint(lo, hi)


def org_prefix(*opts):
    """mask the place part of an ORG, keep the suffix"""
    return lambda rng, real: [("ph", rng.choice(opts)), ("lit", real[1])]


def date_mask(mopts, dopts):
    return lambda rng, real: [("ph", rng.choice(mopts)), ("lit", "月"),
                              ("ph", rng.choice(dopts)), ("lit", "日")]


def m_xrun_count(rng, real):
    if rng.random() < 0.8:
        return [("ph", "x" * rng.choice([1, 2, 2, 3, 3, 4]))]
    return [("ph", "X" * rng.choice([2, 3]))]


def m_xrun_place(rng, real):
    return [("ph", rng.choice(["XX", "XX", "XXX", "xx", "xxx"]))]


def m_xrun_org(rng, real):
    return [("ph", rng.choice(["XX", "XX", "xx", "XXX"])), ("lit", real[1])]


def m_xrun_date(rng, real):
    if rng.random() < 0.2:  # range like xx月xx-xx日
        return [("ph", rng.choice(["x", "xx"])), ("lit", "月"), ("ph", "xx"), ("lit", "-"),
                ("ph", "xx"), ("lit", "日")]
    if rng.random() < 0.15:
        return [("ph", "X"), ("lit", "月"), ("ph", rng.choice(["X", "XX"])), ("lit", "日")]
    return [("ph", rng.choice(["x", "x", "xx"])), ("lit", "月"), ("ph", rng.choice(["x", "xx", "xx"])),
            ("lit", "日")]


def m_partial_num(rng, real):
    d = str(rng.randint(1, 9))
    return [("ph", rng.choice([d + "x", d + "xx", d + "x" + str(rng.randint(0, 9)), "x" + str(rng.randint(0, 9))]))]


def m_partial_dec(rng, real):
    a, b = str(rng.randint(1, 9)), str(rng.randint(0, 9))
    return [("ph", rng.choice([a + "x." + b, a + "x." + b + "x", "x" + a + "." + b, a + b + ".x", a + ".x" + b]))]


def m_partial_pct(rng, real):
    a, b = str(rng.randint(5, 9)), str(rng.randint(0, 9))
    return [("ph", rng.choice([a + "x", a + "x." + b, a + b + ".x"]))]


def m_partial_date(rng, real):
    return [("ph", "1x"), ("lit", "月"), ("ph", rng.choice(["1x", "2x"])), ("lit", "日")]


def m_pseudonym(rng, real):
    s = real[0]
    return [("ph", s + rng.choice(["某", "某", "某某"]))]


def m_phone_mask(rng, real):
    area, body = real
    k = rng.random()
    if area:
        ch = rng.choice(["x", "X", "×"])
        return [("lit", area), ("ph", ch * len(body))]
    if k < 0.5:
        return [("ph", body[:3] + "****" + body[7:])]
    return [("ph", body[:3] + "xxxx" + body[7:])]


def m_year(rng, real):
    return [("ph", rng.choice(["20xx", "20xx", "202x", "20XX"]))]


def m_split_nl(rng, real):
    return [("ph", rng.choice(["x\nx", "xx\nx", "x\nxx", "X\nX", "xx\nxx"]))]


SLOT_STD = {  # bracketed / typed slot strings per slot type
    "square_slot": {"NUM": ["[数量]", "[数字]", "[人数]"], "DEC": ["[金额]", "[数值]"],
                    "PCT": ["[比例]", "[百分比]"], "PP": ["[数值]"], "PLACE": ["[地名]", "[街道名称]"],
                    "PERSON": ["[姓名]", "[负责人姓名]"], "ORG": ["[单位名称]", "[部门名称]"],
                    "DATE": ["[日期]", "[具体日期]"], "YEAR": ["[年份]"], "MONTH": ["[月份]"],
                    "FREE": ["[具体内容]", "[工作举措]"], "PHONE": ["[联系电话]"]},
    "angle_slot": {"NUM": ["<数量>", "<人数>"], "DEC": ["<金额>"], "PCT": ["<比例>"],
                   "PLACE": ["<地名>"], "PERSON": ["<姓名>", "<联系人>"], "ORG": ["<单位名称>", "<单位>"],
                   "DATE": ["<日期>"], "FREE": ["<工作内容>", "<内容>"], "PHONE": ["<电话>"],
                   "YEAR": ["<年份>"]},
    "mustache_slot": {"NUM": ["{{count}}", "{{num}}", "{{ total }}"], "DEC": ["{{amount}}"],
                      "PCT": ["{{rate}}"], "PLACE": ["{{place}}", "{{street_name}}"],
                      "PERSON": ["{{name}}", "{{ leader_name }}"], "ORG": ["{{org_name}}", "{{unit}}"],
                      "DATE": ["{{date}}"], "YEAR": ["{{year}}"], "FREE": ["{{content}}"],
                      "PHONE": ["{{phone}}"]},
    "cn_bracket_todo": {"NUM": ["【待填】", "【数字】", "【待补充】"], "DEC": ["【待填】", "【金额】"],
                        "PCT": ["【待填】"], "PERSON": ["【姓名】", "【待填】"],
                        "ORG": ["【单位名称】", "【待填】"], "DATE": ["【日期】", "【待定】"],
                        "FREE": ["【待填】", "【待补充】", "【请填写】", "【此处补充具体做法】"],
                        "PLACE": ["【地名】"]},
    "fullwidth_square_fill": {"NUM": ["［填写］", "［　　］", "［数字］"], "DEC": ["［填写］"],
                              "PCT": ["［填写］"], "PERSON": ["［填写］", "［姓名］"],
                              "ORG": ["［填写］", "［单位］"], "DATE": ["［填写］"],
                              "FREE": ["［填写］", "［待定］"], "PLACE": ["［填写］"]},
    "paren_instruction": {"NUM": ["（此处填写具体数字）", "（填写人数）", "(此处填写数量)"],
                          "DEC": ["（此处填写金额）"], "PCT": ["（此处填写百分比）"],
                          "PERSON": ["（此处填写姓名）", "（填写负责人）"],
                          "ORG": ["（此处填写单位名称）"], "DATE": ["（此处填写日期）"],
                          "FREE": ["（此处填写主要做法）", "（此处填写…）", "（请在此处填写具体内容）"],
                          "PLACE": ["（此处填写地名）"]},
    "en_tbd": {"NUM": ["TBD", "TBC"], "DEC": ["TBD"], "PCT": ["TBD"], "PERSON": ["TBD"],
               "DATE": ["TBD", "TBC"], "FREE": ["TBD", "TODO"], "PHONE": ["TBD"],
               "ORG": ["TBD"]},
    "underscore_blank": {"NUM": ["____", "＿＿＿", "__"], "DEC": ["______"], "PCT": ["____"],
                         "PERSON": ["______", "＿＿＿＿"], "FREE": ["__________"], "PHONE": ["___________"]},
}

STYLES = {
    "xrun_count": {"NUM": m_xrun_count},
    "xrun_place": {"PLACE": m_xrun_place, "ORG": m_xrun_org},
    "xrun_decimal": {"DEC": P("xx.xx", "x.xx", "xxx.x", "xx.x", "xxx.xx")},
    "xrun_percent": {"PCT": P("xxx", "xx", "xx.x", "x.xx", "XX")},
    "xrun_date": {"DATE": m_xrun_date, "MONTH": P("x", "xx", "X")},
    "xrun_year": {"YEAR": m_year},
    "xrun_partial_digits": {"NUM": m_partial_num, "DEC": m_partial_dec, "PCT": m_partial_pct,
                            "DATE": m_partial_date},
    "xrun_person": {"PERSON": P("XXX", "XXX", "xxx", "XX")},
    "xrun_pct_point": {"PP": P("xx", "x.x", "x", "X.X")},
    "fullwidth_x": {"NUM": P("ｘｘ", "ｘｘｘ", "ＸＸ"), "PLACE": P("ＸＸ", "ＸＸＸ", "ｘｘ"),
                    "PERSON": P("ＸＸＸ"), "PCT": P("ｘｘ", "ｘｘ.ｘ"), "DEC": P("ｘｘ.ｘｘ"),
                    "ORG": org_prefix("ＸＸ"), "DATE": date_mask(["ｘ", "Ｘ"], ["ｘｘ", "Ｘ"])},
    "times_mask": {"NUM": P("××", "×××"), "PLACE": P("××", "×××"), "PERSON": P("×××", "××"),
                   "DEC": P("××.××", "×.××"), "ORG": org_prefix("××"), "PCT": P("××")},
    "times_date": {"DATE": date_mask(["×", "××"], ["×", "××"]), "YEAR": P("20××"),
                   "MONTH": P("×", "××")},
    "star_mask": {"NUM": P("＊＊", "**", "***"), "PLACE": P("＊＊", "**"), "PERSON": P("＊＊＊", "***"),
                  "ORG": org_prefix("＊＊", "**"), "PCT": P("**")},
    "circle_mask": {"NUM": P("○○"), "PLACE": P("○○", "○○○"), "PERSON": P("○○○", "○○"),
                    "ORG": org_prefix("○○"), "DATE": date_mask(["○"], ["○", "○○"])},
    "box_mask": {"NUM": P("□□", "□□□"), "PLACE": P("□□"), "PERSON": P("□□□"), "DEC": P("□□.□□"),
                 "ORG": org_prefix("□□"), "PCT": P("□□")},
    "mou_mask": {"PLACE": P("某某"), "PERSON": P("某某某", "某某"), "ORG": org_prefix("某某")},
    "pseudonym": {"PERSON": m_pseudonym},
    "doc_number_abbr": {"ABBR": P("x", "X", "x", "××")},
    "masked_phone": {"PHONE": m_phone_mask},
    "en_XXX_token": {"FREE": P("XXX", "XXX"), "ORG": P("XXX")},
    "lorem_ipsum": {"FREE": P("Lorem ipsum dolor sit amet", "Lorem ipsum",
                              "lorem ipsum dolor sit amet, consectetur adipiscing elit")},
    "doubt_xrun_split_newline": {"NUM": m_split_nl},
    "doubt_email_xxx": {"EMAIL": None},  # dedicated templates, handled specially
}
for _st, _m in SLOT_STD.items():
    STYLES[_st] = {t: P(*opts) for t, opts in _m.items()}
# doc_number_abbr also masks the document number inside the same template
STYLES["doc_number_abbr"]["NUM"] = P("xx", "x", "XX")
REQUIRED = {"doc_number_abbr": "ABBR"}

# regex each span produced by a style must match
SPAN_RE = {
    "xrun_count": r"[xX]{1,4}", "xrun_place": r"[xX]{2,3}", "xrun_decimal": r"[xX]{1,3}\.[xX]{1,2}",
    "xrun_percent": r"[xX]{1,3}(\.[xX]{1,2})?", "xrun_date": r"[xX]{1,2}", "xrun_year": r"20[xX0-9][xX]",
    "xrun_partial_digits": r"(?=.*x)(?=.*\d)[0-9x.]+", "xrun_person": r"[xX]{2,3}",
    "xrun_pct_point": r"[xX](\.?[xX])?", "fullwidth_x": r"[ｘＸ]{1,3}(\.[ｘＸ])?[ｘＸ]?",
    "times_mask": r"[×.]+", "times_date": r"(20)?×{1,2}", "star_mask": r"[＊*]{2,3}",
    "circle_mask": r"○{1,3}", "box_mask": r"[□.]+", "mou_mask": r"某{2,3}",
    "pseudonym": r"[%s]某{1,2}" % "".join(SURNAMES), "doc_number_abbr": r"[xX]{1,2}|××",
    "masked_phone": r"[0-9]*[xX×*]{4,8}[0-9]*", "en_XXX_token": r"XXX",
    "lorem_ipsum": r"(?i)lorem ipsum.*", "doubt_xrun_split_newline": r"[xX]{1,2}\n[xX]{1,2}",
    "doubt_email_xxx": r"[xX]{3,4}",
    "square_slot": r"\[[^\]]+\]", "angle_slot": r"<[^>]+>", "mustache_slot": r"\{\{[^}]+\}\}",
    "cn_bracket_todo": r"【[^】]+】", "fullwidth_square_fill": r"［[^］]+］",
    "paren_instruction": r"[（(][^）)]*填写[^）)]*[）)]", "en_tbd": r"TBD\.?|TBC|TODO",
    "underscore_blank": r"[_＿]{2,}",
}

# tokens that must never occur in literal text outside spans / traps
SUSPICIOUS = re.compile(r"[xXｘＸ×＊*○〇□某【】\[\]［］<>＜＞{}_＿ⅩⅪⅫ@]|TBD|TBC|TODO|[Ll]orem|ipsum|0x")

# ---------------------------------------------------------------------------
# negative styles: templates with ⟦trap⟧ regions (label negative, spans empty)
# ---------------------------------------------------------------------------
NEG = {
    "one_plus_x_cert": [
        "{ORG}积极推进⟦1+X⟧证书制度试点，组织{NUM}名学生参加职业技能等级考核。",
        "全年新增⟦1+X⟧证书试点专业{NUM}个，取证率达{PCT}%。",
        "深化产教融合，将⟦“1+X”⟧证书内容融入专业课程标准。",
        "依托区职教中心开设⟦1+X⟧老年照护、幼儿照护等培训班{NUM}期。",
        "职业院校⟦1+X⟧证书考核站点增加到{NUM}个。",
    ],
    "n_plus_x_list": [
        "严格落实⟦“7+X”⟧重点任务清单，逐项明确责任单位和完成时限。",
        "构建⟦“1+N+X”⟧政策体系，出台配套文件{NUM}个。",
        "推行⟦5+X⟧党建工作法，在{NUM}个村（社区）全面推开。",
        "建立⟦“3+X”⟧网格员队伍，每个网格配备专职网格员{NUM}名。",
        "按照⟦7+X⟧清单要求，{ORG}完成年度重点任务{NUM}项。",
        "探索⟦“4+X”⟧入户走访模式，全年走访群众{NUM}户。",
    ],
    "x86_arch": [
        "完成{NUM}台⟦x86⟧服务器向国产化平台迁移。",
        "政务云现有⟦x86⟧架构虚拟机{NUM}台、国产芯片服务器{NUM}台。",
        "对机关{NUM}台⟦x86⟧架构办公电脑进行信创替代。",
        "业务系统已完成从⟦x86⟧平台到国产平台的适配测试。",
        "采购⟦x64⟧位操作系统授权{NUM}套。",
    ],
    "xray": [
        "为辖区{NUM}名学生免费开展肺结核筛查和胸部⟦X光⟧检查。",
        "{PLACE}镇卫生院新购置数字化⟦X射线⟧摄影系统一台。",
        "投入{DEC}万元更新⟦X线⟧机、彩超等医疗设备。",
        "对{NUM}台⟦X射线⟧安检机开展辐射安全检测。",
        "完成放射诊疗场所⟦X光⟧机房防护改造{NUM}间。",
        "联合卫健部门对⟦X射线⟧探伤作业单位开展专项检查。",
    ],
    "x_axis": [
        "图1中⟦x轴⟧表示月份，纵轴表示受理件数。",
        "以⟦x轴⟧为时间、纵轴为完成率绘制进度曲线。",
        "桥梁监测数据按⟦X轴⟧、Y轴、Z轴三个方向采集振动值。",
        "坐标系以⟦x轴⟧正方向为正东方向。",
        "报表图示中⟦X轴⟧为各乡镇，柱高为完成率。",
    ],
    "latin_words_x": [
        "统计数据统一采用⟦Excel⟧表格报送，共汇总{NUM}条记录。",
        "接口数据以⟦XML⟧格式推送至省级平台。",
        "活动现场设置⟦Xbox⟧体感游戏互动区，吸引青少年{NUM}余人参与。",
        "完成⟦Linux⟧服务器安全加固{NUM}台。",
        "门户网站启用⟦Nginx⟧反向代理，访问速度明显提升。",
        "组织企业参加中国国际进口博览会（⟦China International Import Expo⟧）。",
        "寄递企业⟦FedEx⟧、⟦DHL Express⟧在辖区设立服务网点。",
        "台账统一导出为⟦xlsx⟧格式备查。",
    ],
    "product_dims": [
        "统一制作⟦3×4⟧米宣传展板{NUM}块。",
        "更换⟦3 x 4⟧米户外显示屏一块。",
        "采购规格为⟦60cm×40cm⟧的分类垃圾桶{NUM}个。",
        "监控摄像头分辨率不低于⟦1920x1080⟧。",
        "设置⟦2.4m x 1.2m⟧党务公开栏{NUM}处。",
        "新建⟦8×8⟧米标准化调解室一间。",
        "配备⟦4x4⟧四驱应急救援车{NUM}辆。",
    ],
    "math_expr": [
        "数学兴趣小组讲解了一次函数⟦y=2x+1⟧的图像与性质。",
        "按照⟦f(x)⟧趋势模型测算，预计明年用水需求将增长{PCT}%。",
        "综合得分按⟦S=0.6x+0.4y⟧计算，其中⟦x⟧为群众满意度得分。",
        "送教下乡课堂上，学生练习了方程⟦2x+3=11⟧的解法。",
        "教研活动围绕⟦x²-4=0⟧等一元二次方程展开。",
    ],
    "hex_code": [
        "系统日志显示错误代码⟦0x1F⟧，已联系厂商修复。",
        "设备地址配置为⟦0xFF⟧，经调试恢复正常。",
        "排查发现终端返回⟦0x80070005⟧错误，系权限配置不当所致。",
        "对报错码⟦0x3A⟧进行了溯源分析。",
    ],
    "model_numbers": [
        "执法记录仪统一采用⟦XR-200⟧型号，共配发{NUM}台。",
        "采购⟦XS-3000⟧型应急发电机{NUM}台。",
        "防汛物资中新增⟦X-60⟧型冲锋舟{NUM}艘。",
        "本次抽奖奖品包括⟦iPhone X⟧手机一部。",
        "巡查无人机选用⟦Matrix 300⟧机型，累计飞行{NUM}架次。",
        "数据中心服务器配备⟦Xeon⟧处理器。",
    ],
    "roman_numerals": [
        "进入⟦XXI⟧世纪以来，{PLACE}古镇保护工作不断加强。",
        "参加第⟦XIV⟧届全国学生运动会开幕式志愿服务。",
        "工程共划分Ⅰ至⟦Ⅹ⟧标段，其中⟦Ⅹ⟧标段已完工。",
        "第⟦IX⟧标段完成路基填筑{DEC}万立方米。",
        "该地块地质灾害易发程度为⟦Ⅻ⟧类区以外的低易发区。",
        "《章程》第⟦XII⟧条对会员权利作出规定。",
    ],
    "doubt_roman_xx_century": [
        "始建于⟦XX世纪⟧50年代的{PLACE}水库完成除险加固。",
        "该建筑群是⟦XX世纪⟧初期中西合璧建筑的典型代表。",
        "{PLACE}老街的骑楼大多建于⟦XX世纪⟧二三十年代。",
        "⟦XX世纪⟧80年代建成的{PLACE}供水管网已全部更新。",
    ],
    "pinyin_lesson": [
        "普通话培训班重点纠正声母⟦x、j、q⟧的发音。",
        "教师示范了“香”字的拼音⟦xiāng⟧，学员逐一跟读。",
        "学前学普课堂上，孩子们认读了⟦xué xí⟧两个音节。",
        "汉语拼音中⟦x⟧只与i、ü及以其开头的韵母相拼。",
        "“学习”的拼音写作⟦xuéxí⟧。",
    ],
    "mou_determiner": [
        "针对⟦某些⟧单位整改不到位的问题，开展专项督查。",
        "这在⟦某种⟧程度上反映出基层治理仍有短板。",
        "有群众反映⟦某地⟧存在违规占道经营现象，街道立即组织核查。",
        "今年⟦某日⟧凌晨突降暴雨，{PLACE}社区紧急转移群众{NUM}人。",
        "不能因为⟦某一⟧环节出现问题而影响整体进度。",
        "⟦某些⟧群众对政策了解不够，宣传工作仍需加强。",
        "在⟦某项⟧工作中出现的问题，要举一反三、全面排查。",
    ],
    "surname_mou_word": [
        "通过技术改造提⟦高某些⟧关键指标的达标率。",
        "问题主要集中⟦于某些⟧老旧小区。",
        "同⟦时某些⟧企业安全意识仍然淡薄。",
        "地⟦方某些⟧部门存在推诿扯皮现象。",
        "每⟦周某日⟧集中开展环境卫生大扫除。",
        "深入调⟦查某些⟧行业领域的突出问题。",
        "加⟦强某些⟧薄弱环节的监管力度。",
        "日⟦常某些⟧工作仍停留在表面。",
    ],
    "ling_zero_year": [
        "{ORG}\n⟦二○二二⟧年十二月二十六日",
        "⟦二〇二三⟧年一月五日",
        "现将⟦二○二一⟧年度工作情况报告如下。",
        "本方案自⟦二〇二二⟧年七月一日起施行。",
        "{ORG}⟦二○二三⟧年工作要点",
    ],
    "times_formula": [
        "绩效得分=平时考核得分⟦×⟧40%+年终考核得分⟦×⟧60%。",
        "补贴金额按种植面积⟦×⟧补贴标准计算。",
        "按每人每月200元⟦×⟧12个月的标准发放护理补贴。",
        "应缴金额=缴费基数⟦×⟧缴费比例。",
        "奖励资金按实际完成量⟦×⟧1.2的系数核定。",
    ],
    "heading_brackets": [
        "⟦【典型案例】⟧{PLACE}社区探索“红色物业”治理模式，物业投诉量明显下降。",
        "⟦【工作动态】⟧{DATE}，{ORG}召开年度工作推进会。",
        "⟦【经验做法】⟧推行“街巷长制”，实现背街小巷管理全覆盖。",
        "⟦【基层声音】⟧{PLACE}村党支部书记谈乡村振兴。",
        "⟦【政策解读】⟧城乡居民医保缴费标准调整说明。",
    ],
    "citations": [
        "相关做法已被写入省级经验交流材料⟦[1]⟧。",
        "全区常住人口城镇化率为{PCT}%⟦[2]⟧。",
        "上述数据来源于第七次全国人口普查公报⟦[3]⟧。",
        "该模式在多个地市推广⟦[1][2]⟧，取得良好效果。",
    ],
    "html_tags": [
        "一、主要工作成效⟦<br>⟧",
        "⟦<p>⟧全年完成各类培训{NUM}场次。⟦</p>⟧",
        "全面加强基层党组织建设⟦</strong>⟧，夯实基层基础。",
        "招商引资取得新突破。⟦<br/>⟧新签约项目{NUM}个。",
        "⟦<strong>⟧（一）坚持党建引领⟦</strong>⟧",
    ],
    "url_email_x": [
        "详细信息请登录{PLACE}区政府信息公开平台（⟦www.xxgk.gov.cn⟧）查询。",
        "相关文件已在⟦http://xxgk.example.gov.cn⟧公开。",
        "来稿请发送至宣传部邮箱⟦xcb2022@126.com⟧。",
        "投诉举报可发送邮件至⟦jxscjg@163.com⟧。",
        "新闻稿件同步推送至⟦www.xinhuanet.com⟧地方频道。",
        "政策解读详见⟦www.jiangxi.gov.cn⟧。",
    ],
    "grades": [
        "{ORG}年度综合考评等次为⟦A+⟧。",
        "辖区新增⟦AAA⟧级信用企业{NUM}家。",
        "{PLACE}景区成功创建国家⟦4A⟧级旅游景区。",
        "全区{NUM}家企业纳税信用等级评定为⟦A⟧级。",
        "考核结果分为⟦A+⟧、⟦A⟧、⟦B⟧三个等次。",
    ],
    "asterisk_footnote": [
        "主要经济指标完成情况见附表（标⟦＊⟧的为约束性指标）。",
        "⟦*⟧注：本报告数据为快报数，以统计部门最终公布为准。",
        "带⟦*⟧号项目为省级重点项目。",
        "（⟦＊⟧为预计数）",
    ],
    "clothing_size": [
        "为一线防疫人员配发⟦XXL⟧码防护服{NUM}套。",
        "采购⟦XL⟧、⟦XXL⟧码执勤雨衣共{NUM}件。",
        "志愿者马甲按⟦L⟧、⟦XL⟧、⟦XXL⟧三种尺码配备。",
    ],
    "clean_prose": None,        # built from CLEAN sentences
    "clean_with_values": None,  # built from GENERAL templates, all slots real
}

TOKEN_RE = re.compile(r"⟦(.*?)⟧|\{([A-Z]+)\}", re.S)


def parse(tpl):
    """-> list of ('lit', s) | ('trap', s) | ('slot', TYPE)"""
    out, pos = [], 0
    for m in TOKEN_RE.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("trap", m.group(1)))
        else:
            out.append(("slot", m.group(2)))
        pos = m.end()
    if pos < len(tpl):
        out.append(("lit", tpl[pos:]))
    return out


def real_value(rng, t):
    """-> (display segments, raw real value)"""
    if t == "NUM":
        v = r_num(rng); return [("lit", v)], v
    if t == "SNUM":  # small count / ordinal, masked like NUM
        v = str(rng.randint(2, 60)); return [("lit", v)], v
    if t == "DEC":
        v = r_dec(rng); return [("lit", v)], v
    if t == "PCT":
        v = r_pct(rng); return [("lit", v)], v
    if t == "PP":
        v = r_pp(rng); return [("lit", v)], v
    if t == "PLACE":
        v = rng.choice(PLACES); return [("lit", v)], v
    if t == "PERSON":
        s, g = rng.choice(SURNAMES), rng.choice(GIVEN); return [("lit", s + g)], (s, g)
    if t == "ORG":
        p, s = rng.choice(PLACES), rng.choice(ORG_SUFFIX); return [("lit", p + s)], (p, s)
    if t == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28); return [("lit", "%d月%d日" % (m, d))], (m, d)
    if t == "MONTH":
        v = str(rng.randint(1, 12)); return [("lit", v)], v
    if t == "YEAR":
        v = str(rng.randint(2019, 2024)); return [("lit", v)], v
    if t == "ABBR":
        v = rng.choice(ABBRS); return [("lit", v)], v
    if t == "FREE":
        v = rng.choice(FREE_REAL); return [("lit", v)], v
    if t == "PHONE":
        a, b = r_phone(rng); return [("lit", a + b)], (a, b)
    raise ValueError(t)


def fill(rng, tokens, plan):
    """plan: {slot index -> style}. Returns segments with ph entries tagged by style."""
    segs, si, notes = [], 0, []
    for kind, val in tokens:
        if kind != "slot":
            segs.append((kind, val, None))
            continue
        disp, raw = real_value(rng, val)
        if si in plan:
            st = plan[si]
            masked = STYLES[st][base(val)](rng, raw)
            for k, s in masked:
                segs.append((k, s, st if k == "ph" else None))
            notes.append("%s:%s->%s" % (st, val, "".join(s for k, s in masked if k == "ph")))
        else:
            for k, s in disp:
                segs.append((k, s, None))
        si += 1
    return segs, notes


def base(t):
    return "NUM" if t == "SNUM" else t


def slot_types(tokens):
    return [base(v) for k, v in tokens if k == "slot"]


HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})


def assemble(rng, sentences, halfwidth):
    """sentences: list of segment lists -> text, spans(with style), trap ranges"""
    joiners = ["", "", "", "\n", "\n", "\n\n"]
    parts = []
    for i, s in enumerate(sentences):
        if i:
            last = parts[-1][1] if parts else ""
            cur = "".join(x[1] for x in s).rstrip("\n")
            first_line = cur.split("\n")[0]
            heading = not cur or cur[-1] not in "。；！？" or first_line[-1:] not in list("。；！？")
            if (last and last[-1] not in "。；！？\n") or (heading and not last.endswith("\n")):
                parts.append(("lit", rng.choice(["\n", "\n", "\n\n"]), None))  # headings / form lines
            elif not (last and last[-1] == "\n"):
                parts.append(("lit", rng.choice(joiners), None))
        parts.extend(s)
    text, spans, traps, pos = [], [], [], 0
    for k, s, st in parts:
        if k == "lit" and halfwidth:
            s = s.translate(HALF)
        if k == "ph":
            spans.append([pos, pos + len(s), st, s])
        elif k == "trap":
            traps.append((pos, pos + len(s), s))
        text.append(s)
        pos += len(s)
    return "".join(text), spans, traps


def check_clean(text, spans, traps):
    covered = [False] * len(text)
    for a, b, *_ in list(spans) + list(traps):
        for i in range(a, b):
            covered[i] = True
    outside = "".join(c if not covered[i] else "\u0001" for i, c in enumerate(text))
    for chunk in outside.split("\u0001"):
        m = SUSPICIOUS.search(chunk)
        if m:
            return m.group(0)
    return None


def cls(c):
    if c is None:
        return "edge"
    if c == "\n":
        return "newline"
    if c.isdigit():
        return "digit"
    if re.match(r"[A-Za-z]", c):
        return "latin"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    return "punct"


def position(text, a, b):
    if a == 0 or text[a - 1] == "\n":
        return "start"
    if b == len(text) or text[b] in "。；;！\n" or (text[b] in "，," and b + 1 >= len(text)):
        return "end"
    return "mid"


# ---------------------------------------------------------------------------
# record builders
# ---------------------------------------------------------------------------
PARSED_GENERAL = [parse(t) for t in GENERAL]
EMAIL_TEMPLATES = [
    "如有疑问请联系{ORG}，联系邮箱：@EMAIL@。",
    "投稿邮箱：@EMAIL@，联系人：{PERSON}。",
    "材料电子版请于{DATE}前报送至@EMAIL@。",
    "邮箱：@EMAIL@\n联系电话：{PHONE}",
]
MIXABLE = [s for s in STYLES if not s.startswith("doubt_") and s not in ("doc_number_abbr",)]


def companion(rng):
    if rng.random() < 0.5:
        return [("lit", rng.choice(CLEAN), None)]
    segs, _ = fill(rng, rng.choice(PARSED_GENERAL), {})
    return segs


def trap_sentence(rng, style):
    segs, _ = fill(rng, parse(rng.choice(NEG[style])), {})
    return segs


NO_LEAD = ("（", "(", "报告人", "审核人", "联系人", "现将", "三、", "二、", "1.", "一是", "二是",
           "典型", "主要", "其中", "邮箱", "投稿", "如有", "材料", "值班", "举报", "填报", "文件编号",
           "审核", "报告", "但", "今年", "截至", "同时", "此外", "与此同时", "一年来", "这些", "一、",
           "三是", "2.")


def maybe_leadin(rng, segs):
    first = segs[0]
    if first[0] != "lit" or first[1].startswith(NO_LEAD) or "\n" in first[1][:12]:
        return segs
    if rng.random() < 0.3:
        return [("lit", rng.choice(LEADINS), None)] + segs
    return segs


def build_placeholder(rng, style):
    notes = []
    sentences = []
    if style == "doubt_email_xxx":
        tpl = rng.choice(EMAIL_TEMPLATES)
        pre, post = tpl.split("@EMAIL@")
        a, _ = fill(rng, parse(pre), {})
        b, _ = fill(rng, parse(post), {})
        local = rng.choice(["xxx", "xxx", "xxxx", "XXX"])
        dom = rng.choice(EMAIL_DOMAINS)
        sentences.append(a + [("ph", local, style), ("trap", dom, None)] + b)
        notes.append("%s:EMAIL->%s%s (span = local part only)" % (style, local, dom))
        k_target = 1
    else:
        k_target = rng.choice([1, 1, 2, 2, 3])
        req = REQUIRED.get(style)
        remaining = k_target
        tries = 0
        while remaining > 0 and len(sentences) < 3 and tries < 50:
            tries += 1
            if style == "mixed_multi":
                tok = rng.choice(PARSED_GENERAL)
            else:
                pool = [t for t in PARSED_GENERAL
                        if any(x in STYLES[style] for x in slot_types(t))
                        and (not req or req in slot_types(t))]
                tok = rng.choice(pool)
            types = slot_types(tok)
            if style == "mixed_multi":
                idx = [i for i, t in enumerate(types) if any(t in STYLES[s] for s in MIXABLE)]
                if len(idx) < 2:
                    continue
                idx = rng.sample(idx, min(len(idx), rng.choice([2, 2, 3])))
                plan, used = {}, set()
                for i in idx:
                    cands = [s for s in MIXABLE if types[i] in STYLES[s] and s not in used] or \
                            [s for s in MIXABLE if types[i] in STYLES[s]]
                    plan[i] = rng.choice(cands)
                    used.add(plan[i])
                if len(set(plan.values())) < 2:
                    continue
                remaining = 0
            else:
                idx = [i for i, t in enumerate(types) if t in STYLES[style]]
                if not idx:
                    continue
                if req and req not in types:
                    continue
                if req:
                    must = [i for i in idx if types[i] == req]
                    rest = [i for i in idx if types[i] != req]
                    take = must[:1] + rng.sample(rest, min(len(rest), max(0, remaining - 1)))
                else:
                    take = rng.sample(idx, min(len(idx), remaining))
                plan = {i: style for i in take}
                remaining -= len(take)
            segs, n = fill(rng, tok, plan)
            notes.extend(n)
            sentences.append(segs)
    if not sentences:
        raise RuntimeError("no template for " + style)
    extra = ""
    if len(sentences) < 3 and rng.random() < 0.35:
        c = companion(rng)
        sentences.insert(rng.randint(0, len(sentences)), [(k, s, None) for k, s, *_ in c])
    if len(sentences) < 3 and rng.random() < 0.12:
        ts = rng.choice([s for s in NEG if NEG[s] and not s.startswith("doubt_")])
        sentences.insert(rng.randint(0, len(sentences)), trap_sentence(rng, ts))
        extra = "; also contains negative trap of style %s (not a placeholder)" % ts
    sentences[0] = maybe_leadin(rng, sentences[0])
    return sentences, "; ".join(notes) + extra


def build_negative(rng, style):
    if style == "clean_prose":
        sentences = [[("lit", s, None)] for s in rng.sample(CLEAN, rng.randint(1, 3))]
        note = "clean prose, no placeholder"
    elif style == "clean_with_values":
        sentences = []
        for _ in range(rng.randint(1, 2)):
            segs, _ = fill(rng, rng.choice(PARSED_GENERAL), {})
            sentences.append(segs)
        note = "same templates as the placeholder records, every slot filled with a real value"
    else:
        sentences = [trap_sentence(rng, style)]
        while len(sentences) < 3 and rng.random() < 0.45:
            c = companion(rng)
            sentences.insert(rng.randint(0, len(sentences)), [(k, s, None) for k, s, *_ in c])
        note = None
    sentences[0] = maybe_leadin(rng, sentences[0])
    return sentences, note


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--ph-share", type=float, default=0.55)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    ph_styles = list(STYLES) + ["mixed_multi"]
    neg_styles = list(NEG)
    n_ph = round(args.n * args.ph_share)
    n_neg = args.n - n_ph
    plan = []
    for styles, n, lab in ((ph_styles, n_ph, "placeholder"), (neg_styles, n_neg, "negative")):
        for i in range(n):
            plan.append((lab, styles[i % len(styles)]))
    rng.shuffle(plan)

    seen, records = set(), []
    stats_pos, stats_adj = {}, {}
    for lab, style in plan:
        for attempt in range(200):
            halfwidth = rng.random() < 0.15
            if lab == "placeholder":
                sentences, note = build_placeholder(rng, style)
            else:
                sentences, note = build_negative(rng, style)
            text, spans, traps = assemble(rng, sentences, halfwidth)
            if text in seen:
                continue
            bad = check_clean(text, spans, traps)
            if bad:
                raise AssertionError("unexpected %r outside spans/traps in %s record: %r" % (bad, style, text))
            break
        else:
            raise RuntimeError("could not make a unique record for " + style)
        seen.add(text)
        # ---- assertions: spans are exactly what was inserted ----
        prev_end = 0
        for a, b, st, s in spans:
            assert text[a:b] == s, (style, text, a, b, s)
            assert a >= prev_end, ("overlap", text)
            prev_end = b
            assert re.fullmatch(SPAN_RE[st], s, re.S), (st, s)
        if lab == "placeholder":
            assert spans, (style, text)
            if style != "mixed_multi":
                assert all(st == style for *_, st, _ in spans), (style, spans)
            else:
                assert len({st for *_, st, _ in spans}) >= 2, spans
        else:
            assert not spans
            if style not in ("clean_prose", "clean_with_values"):
                assert traps, (style, text)
        for t in traps:
            assert text[t[0]:t[1]] == t[2]
        # ---- note ----
        if lab == "placeholder":
            pos_desc = []
            for a, b, st, s in spans:
                p = position(text, a, b)
                prv = cls(text[a - 1] if a else None)
                nxt = cls(text[b] if b < len(text) else None)
                pos_desc.append("%r@%s(prev=%s,next=%s)" % (s, p, prv, nxt))
                stats_pos[p] = stats_pos.get(p, 0) + 1
                for side, c in (("prev", prv), ("next", nxt)):
                    stats_adj[side + ":" + c] = stats_adj.get(side + ":" + c, 0) + 1
            note = note + " | " + ", ".join(pos_desc)
        else:
            if note is None:
                note = "trap(s), not placeholders: " + ", ".join(repr(t[2]) for t in traps)
        if halfwidth:
            note += " | half-width punctuation variant"
        records.append({"style": style, "label": lab, "text": text,
                        "spans": [[a, b] for a, b, *_ in spans], "note": note})

    with open(args.out, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            r = {"id": "h%06d" % i, **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # summary
    by = {}
    for r in records:
        by.setdefault((r["label"], r["style"]), 0)
        by[(r["label"], r["style"])] += 1
    labs = {}
    for (l, s), c in by.items():
        labs[l] = labs.get(l, 0) + c
    print("wrote %d records to %s" % (len(records), args.out), file=sys.stderr)
    print("labels:", labs, file=sys.stderr)
    print("styles:", len([k for k in by if k[0] == "placeholder"]), "placeholder,",
          len([k for k in by if k[0] == "negative"]), "negative", file=sys.stderr)
    print("span positions:", stats_pos, file=sys.stderr)
    print("span adjacency:", dict(sorted(stats_adj.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
