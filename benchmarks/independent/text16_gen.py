#!/usr/bin/env python3
"""text16_gen.py - held-out test collection for a placeholder (ph) and mojibake (mj)
auditor of Chinese report text.  Standard library only.

  python3 text16_gen.py --seed N --out FILE        generate (deterministic per seed)
  python3 text16_gen.py --verify FILE [FILE ...]   check records; exit 1 on any problem
  python3 text16_gen.py --style-table FILE [--seed N]   Markdown table of styles

All mojibake is produced with real codecs (str.encode/bytes.decode with error
handlers, html/json/urllib/quopri encoders, unicodedata); the clean original of
every damaged stretch is kept internally so that --verify can regenerate the
seed (named in every id) and check that each mojibake span differs from it.
"""
import argparse
import codecs
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
from html.entities import codepoint2name

# records per style, by (family, label): gives ~65 % positives per family and ~1,550 records per family
PER_STYLE = {("ph", "placeholder"): 18, ("ph", "negative"): 18, ("mj", "mojibake"): 15, ("mj", "negative"): 16}
PREFIX = "t16"

# ---------------------------------------------------------------- vocabulary
SURN = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜"
        "崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬鹏辉斌东波宁欣怡涵然轩远桐琪豪俊晨阳凯慧婷颖雪梅琳丹鑫博宇航"
PLC = "云石青兴安宁福永清丰长新德和明东南北白金玉龙凤桃柳松梅溪湖山河江泉源塘湾岭坪坝桥沙阳华平"
BRAND = "恒创瑞达鑫盛泰远通宏博智联嘉诚隆晟信合众汇景润"
INDUS = ["科技", "建设工程", "环保科技", "物业管理", "医疗器械", "信息技术", "农业发展", "商贸", "建材", "劳务服务", "电子", "食品"]
TOPICS = ["安全生产大检查", "秋冬季疫情防控", "防汛备汛", "文明城市创建", "生活垃圾分类", "消防安全专项整治", "春季植树造林",
          "城乡居民医保参保缴费", "燃气安全隐患排查", "中小学生暑期安全", "冬春火灾防控", "征兵宣传"]
PROJ = ["道路提升改造", "老旧小区改造", "污水管网建设", "学校塑胶跑道维修", "智慧社区平台", "路灯维修", "河道清淤",
        "公共厕所新建", "农贸市场升级", "文化广场建设", "饮水安全巩固提升", "社区卫生服务站装修"]
PROV = "粤湘赣闽浙苏鲁豫鄂川桂黔滇陕晋冀"
CN_NUM = "一二三四五六七八九十"
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "农村商业银行"]
PINY = ["yunxi", "shiwan", "qinghe", "anning", "fuyong", "longfeng", "taoyuan", "songling", "jinhu", "baisha", "dongtang", "meiling"]
LET = "ABCDEFGHJKLMNPQRSTUVWYZ"
low = "abcdefghijklmnopqrstuvwyz"
CHAPTERS = ["归乡", "旧巷", "雨夜", "渡口", "远行", "灯火", "冬至", "回声"]
NOVEL = ["雨停的时候，老陈推着自行车走出巷口，街灯一盏一盏亮了起来。", "她把信折好塞进抽屉，窗外的梧桐叶落了一地。",
         "那年冬天特别冷，河面结了厚厚的冰，孩子们在冰上追来跑去。", "他没有回答，只是低头看着手里那张泛黄的车票。",
         "远处传来火车的汽笛声，像是在催促什么。", "第二天一早，镇上的集市就热闹起来了，卖豆腐的吆喝声此起彼伏。",
         "母亲把最后一碗汤端上桌，轻声说：“趁热吃吧。”", "风从山口吹进来，带着松针和泥土的气味。"]
SUBS = ["我们先去仓库看看。", "你确定他今晚会来吗？", "别担心，一切都安排好了。", "这件事没那么简单。", "明天早上八点，老地方见。",
        "你听我解释，事情不是你想的那样。", "把灯关了，有人来了。", "谢谢你一直陪着我。"]


def name(r):
    return r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))


def place2(r):
    a = r.choice(PLC)
    b = r.choice(PLC)
    while b == a:
        b = r.choice(PLC)
    return a + b


def company(r):
    return place2(r) + r.choice(BRAND) + r.choice(BRAND) + r.choice(INDUS) + "有限公司"


def tel(r):
    return "0%d-%d" % (r.randint(200, 999), r.randint(20000000, 89999999))


def mob(r):
    return "1%d%d%08d" % (r.choice([3, 5, 8, 9]), r.randint(0, 9), r.randint(0, 99999999))


def email(r):
    return "".join(r.choice(low) for _ in range(r.randint(3, 7))) + str(r.randint(1, 999)) + "@" + r.choice(
        ["163.com", "qq.com", "126.com", "sina.com"])


def pct(r):
    return "%.1f%%" % r.uniform(0.5, 99.5)


FIELDS = {
    "Y": lambda r: str(r.randint(2018, 2024)), "Y0": lambda r: str(r.randint(1955, 2002)),
    "M": lambda r: str(r.randint(1, 12)), "D": lambda r: str(r.randint(1, 28)),
    "MM": lambda r: "%02d" % r.randint(1, 12), "DD": lambda r: "%02d" % r.randint(1, 28),
    "hh": lambda r: "%02d" % r.randint(8, 17), "mi": lambda r: "%02d" % r.choice([0, 15, 30, 45]),
    "n": lambda r: str(r.randint(2, 300)), "n2": lambda r: str(r.randint(10, 99)),
    "N4": lambda r: str(r.randint(1000, 99999)), "f": lambda r: "%.2f" % r.uniform(1, 999),
    "f1": lambda r: "%.1f" % r.uniform(1, 99), "d1": lambda r: "%.1f" % r.uniform(0.1, 9.9),
    "pct": pct, "p2": lambda r: "%.2f%%" % r.uniform(0.5, 3), "p3": lambda r: "%.2f%%" % r.uniform(150, 380),
    "town": lambda r: place2(r) + r.choice(["镇", "街道", "乡"]), "county": lambda r: place2(r) + r.choice(["县", "区"]),
    "comm": lambda r: place2(r) + r.choice(["社区", "村"]), "city": lambda r: place2(r) + "市",
    "road": lambda r: place2(r) + r.choice(["路", "大道", "街"]) + str(r.randint(1, 399)) + "号",
    "name": name, "sur": lambda r: r.choice(SURN), "co": company,
    "unit": lambda r: place2(r) + r.choice(["区教育局", "镇人民政府", "街道办事处", "区卫生健康局", "县市场监督管理局",
                                           "区住房和城乡建设局", "县民政局", "区应急管理局"]),
    "topic": lambda r: r.choice(TOPICS), "proj": lambda r: r.choice(PROJ), "tel": tel, "mob": mob, "email": email,
    "bank": lambda r: r.choice(BANKS), "code": lambda r: "%s%s%d-%04d" % (r.choice(LET), r.choice(LET), r.randint(2021, 2024), r.randint(1, 9999)),
    "cn": lambda r: r.choice(CN_NUM), "cnn": lambda r: r.choice("二三四"), "prov": lambda r: r.choice(PROV),
    "case": lambda r: "（%d）%s%04d民初%d号" % (r.randint(2019, 2024), r.choice(PROV), r.randint(101, 9999), r.randint(100, 29999)),
    "chap": lambda r: r.choice(CHAPTERS), "novel": lambda r: r.choice(NOVEL), "sub": lambda r: r.choice(SUBS),
    "user": lambda r: r.choice(["清风", "老街坊", "小鱼儿", "阿木", "路人甲", "晴天"]) + str(r.randint(10, 9999)),
    "school": lambda r: place2(r) + r.choice(["实验小学", "第二中学", "中心幼儿园", "职业技术学校"]),
    "hosp": lambda r: place2(r) + r.choice(["区人民医院", "县中医院", "妇幼保健院", "社区卫生服务中心"]),
    "dom": lambda r: r.choice(PINY), "dg": lambda r: str(r.randint(0, 9)), "hrs": lambda r: str(r.randint(1, 48)), "age": lambda r: str(r.randint(18, 80)),
    # masks (only ever used inside placeholder spans)
    "xn": lambda r: r.choice(["xx", "xx", "xxx", "x", "XX", "XXX"]),
    "xf": lambda r: r.choice(["xx.xx", "x.xx", "xxx.x", "xx.x", "x.x", "XX.XX"]),
    "xd": lambda r: r.choice(["x月xx日", "xx月xx日", "x月x日", "xx月x日", "X月X日"]),
    "xp": lambda r: r.choice(["xx%", "xx.x%", "xxx%", "x.x%", "xx.xx%"]),
    "XP": lambda r: r.choice(["XX", "XX", "XXX", "xx", "xxx"]),
    "cross": lambda r: r.choice(["××", "××", "×××"]),
    "ym": lambda r: r.choice(["20xx", "202x", "20XX", "20××"]),
}
FIELD_RE = re.compile(r"〘(\w+)〙")


def fill(r, s):
    return FIELD_RE.sub(lambda m: FIELDS[m.group(1)](r), s)


# ---------------------------------------------------------------- genres (clean filler)
GENRES = {
    "report": dict(
        title=["〘town〙〘Y〙年工作总结和下一年工作计划", "〘county〙人民政府工作报告", "〘town〙〘Y〙年上半年工作情况汇报",
               "一、〘Y〙年主要工作成效"],
        body=["〘Y〙年以来，〘town〙坚持稳中求进工作总基调，全年完成地区生产总值〘f〙亿元，同比增长〘pct〙。",
              "全年新增市场主体〘n〙户，新开工重点项目〘n〙个，完成固定资产投资〘f〙亿元。",
              "扎实推进乡村振兴，建成高标准农田〘N4〙亩，村级集体经济收入全部超过〘n〙万元。",
              "深入开展人居环境整治，清理生活垃圾〘N4〙吨，改造农村户厕〘n〙座。",
              "民生保障持续加强，发放各类救助资金〘f〙万元，惠及困难群众〘N4〙人次。",
              "（〘cn〙）持续优化营商环境，政务服务事项网上可办率达到〘pct〙。",
              "安全生产形势总体平稳，排查整改隐患〘n〙处，未发生较大以上安全事故。",
              "二、存在的问题和不足", "三、下一步工作打算",
              "一是抓好项目建设；二是抓好基层治理；三是抓好民生实事。"],
        sig=["〘town〙党工委", "〘unit〙", "〘Y〙年〘M〙月〘D〙日"]),
    "notice": dict(
        title=["关于做好〘Y〙年度〘topic〙工作的通知", "关于开展〘topic〙的通知", "〘unit〙关于〘topic〙的通告"],
        body=["各社区居委会、辖区各单位：", "为进一步做好〘topic〙工作，现将有关事项通知如下：",
              "一、时间安排：〘Y〙年〘M〙月〘D〙日至〘M〙月〘D〙日。", "二、工作要求：各单位要高度重视，明确专人负责，确保按时完成。",
              "三、请于〘M〙月〘D〙日前将工作总结报送至办公室邮箱。", "联系人：〘name〙，联系电话：〘tel〙。", "特此通知。"],
        sig=["〘unit〙", "〘Y〙年〘M〙月〘D〙日"]),
    "minutes": dict(
        title=["〘unit〙党组会议纪要", "〘comm〙两委联席会议记录", "专题工作会议纪要（第〘n〙期）"],
        body=["会议时间：〘Y〙年〘M〙月〘D〙日上午9:00", "会议地点：〘unit〙三楼会议室", "主持人：〘name〙　记录人：〘name〙",
              "〘name〙同志传达了上级会议精神，要求各部门对照任务清单抓好落实。", "会议议定：由〘unit〙牵头，于〘M〙月底前完成方案修订。",
              "会议听取了〘topic〙工作进展情况汇报，研究部署了下一阶段任务。", "参会人员一致同意上述安排。"],
        sig=["（〘unit〙办公室整理）", "〘Y〙年〘M〙月〘D〙日"]),
    "contract": dict(
        title=["〘proj〙施工合同", "物业服务合同", "房屋租赁合同", "技术服务协议"],
        body=["甲方：〘unit〙", "乙方：〘co〙", "根据《中华人民共和国民法典》及有关法律法规，双方经协商一致，订立本合同。",
              "乙方应于合同签订后〘n〙个工作日内完成交付，逾期每日按合同总价的千分之〘cnn〙支付违约金。",
              "本合同一式〘cnn〙份，甲乙双方各执一份，具有同等法律效力。", "开户银行：〘bank〙〘town〙支行",
              "合同总价款为人民币〘N4〙元，包含税费及运输费用。", "本合同自双方签字盖章之日起生效。"],
        sig=["甲方（盖章）：〘unit〙", "乙方（盖章）：〘co〙", "签订日期：〘Y〙年〘M〙月〘D〙日"]),
    "tender": dict(
        title=["〘town〙〘proj〙项目公开招标公告", "〘proj〙项目中标结果公告", "〘unit〙竞争性磋商公告"],
        body=["项目名称：〘town〙〘proj〙项目", "项目编号：〘code〙", "预算金额：〘f〙万元，最高限价：〘f〙万元。",
              "投标截止时间：〘Y〙年〘M〙月〘D〙日〘hh〙时〘mi〙分（北京时间）", "采购人：〘unit〙；采购代理机构：〘co〙",
              "中标供应商：〘co〙，中标金额：〘N4〙元。", "投标人须具备独立承担民事责任的能力，本项目不接受联合体投标。",
              "公告期限：自本公告发布之日起5个工作日。"],
        sig=["采购代理机构联系人：〘name〙　电话：〘tel〙", "〘Y〙年〘M〙月〘D〙日"]),
    "court": dict(
        title=["〘city〙〘county〙人民法院民事判决书", "〘county〙人民检察院起诉书", "〘city〙中级人民法院刑事裁定书"],
        body=["〘case〙", "本院于〘Y〙年〘M〙月〘D〙日立案后，依法适用简易程序，公开开庭进行了审理。",
              "本院认为，当事人应当按照约定全面履行自己的义务。", "案件受理费〘n〙元，减半收取计〘n〙元，由被告负担。",
              "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状。", "依照《中华人民共和国民事诉讼法》第一百四十五条之规定，裁定如下：",
              "本案现已审理终结。"],
        sig=["审判员　〘name〙", "〘Y〙年〘M〙月〘D〙日", "书记员　〘name〙"]),
    "bank": dict(
        title=["〘town〙农村商业银行股份有限公司〘Y〙年度信息披露报告", "〘Y〙年第三季度偿付能力报告摘要"],
        body=["截至〘Y〙年末，本行资产总额〘f〙亿元，较年初增长〘pct〙。", "不良贷款率〘p2〙，拨备覆盖率〘p3〙，资本充足率〘p2〙。",
              "报告期内，本公司实现保险业务收入〘f〙亿元，综合成本率〘pct〙。",
              "本行董事会及董事、监事、高级管理人员保证本报告内容的真实、准确、完整。", "涉农贷款余额〘f〙亿元，占各项贷款的〘pct〙。"],
        sig=["〘town〙农村商业银行股份有限公司董事会", "〘Y〙年〘M〙月〘D〙日"]),
    "hospital": dict(
        title=["〘hosp〙关于调整门诊时间的通知", "〘hosp〙〘Y〙年〘M〙月医疗服务情况公示"],
        body=["为方便患者就医，自〘M〙月〘D〙日起，门诊挂号时间调整为7:30—17:30。", "本月门急诊总量〘N4〙人次，出院患者〘N4〙人次，平均住院日〘d1〙天。",
              "发热门诊24小时开放，咨询电话：〘tel〙。", "请患者及家属佩戴口罩，有序排队，配合预检分诊。", "住院患者次均费用〘N4〙元，同比下降〘pct〙。"],
        sig=["〘hosp〙医务科", "〘Y〙年〘M〙月〘D〙日"]),
    "school": dict(
        title=["〘school〙致家长的一封信", "〘school〙〘Y〙学年工作总结", "〘school〙关于期末考试安排的通知"],
        body=["各位家长：根据上级教育部门安排，本学期期末考试定于〘M〙月〘D〙日举行。", "本学期共开展主题班会〘n〙次，学生参与率〘pct〙。",
              "〘Y〙年我校中考综合合格率达〘pct〙，〘n〙名学生获市级以上奖项。", "请家长督促孩子按时作息，注意交通安全和防溺水安全。",
              "学校将于〘M〙月〘D〙日下午召开家长会，请准时参加。"],
        sig=["〘school〙", "〘Y〙年〘M〙月〘D〙日"]),
    "wechat": dict(
        title=["【〘town〙】邻里守望暖人心", "今天，〘town〙这件事上了热搜", "〘comm〙：小积分兑出大文明"],
        body=["点击上方蓝字关注我们", "近日，〘town〙组织志愿者走进〘comm〙，开展“邻里守望”主题活动。", "活动现场气氛热烈，居民纷纷点赞。",
              "志愿者们为老人测量血压、义务理发，还帮忙清理了楼道杂物。", "下一步，〘town〙将持续推进志愿服务常态化。", "阅读 〘N4〙　在看 〘n〙"],
        sig=["来源：〘town〙发布　编辑：〘name〙　审核：〘name〙"]),
    "forum": dict(
        title=["【求助】办理居住证需要什么材料？", "〘town〙的朋友进来聊聊停车难的问题", "关于小区加装电梯的讨论"],
        body=["楼主 发表于 〘Y〙-〘MM〙-〘DD〙 21:37", "请问一下，办理居住证需要带哪些材料？在线等，谢谢！",
              "回复 〘n〙楼：社区服务中心就能办，带身份证和租房合同就行。", "本帖最后由 〘user〙 于 〘Y〙-〘MM〙-〘DD〙 08:12 编辑",
              "同问，上周去了一趟说要预约。", "顶一下，希望相关部门看到。"],
        sig=["〘user〙　积分 〘N4〙"]),
    "stats": dict(
        title=["〘county〙〘Y〙年1—〘M〙月主要经济指标", "表〘n〙　〘town〙社会事业基本情况"],
        body=["指标名称 | 单位 | 本年 | 上年 | 增长%", "地区生产总值 | 亿元 | 〘f〙 | 〘f〙 | 〘d1〙",
              "社会消费品零售总额 | 亿元 | 〘f〙 | 〘f〙 | 〘d1〙", "规模以上工业增加值\t亿元\t〘f〙\t〘d1〙",
              "一般公共预算收入,万元,〘N4〙,〘d1〙", "城镇居民人均可支配收入 | 元 | 〘N4〙 | 〘N4〙 | 〘d1〙", "注：增速按可比价格计算。"],
        sig=["数据来源：〘county〙统计局"]),
    "ebook": dict(
        title=["第〘cn〙章　〘chap〙", "〘chap〙（长篇小说连载）"],
        body=["〘novel〙", "〘novel〙", "〘novel〙", "“你回来了？”他问。", "本书由出版社授权发布，仅供个人阅读。"],
        sig=["（未完待续）", "本章完"]),
    "mail": dict(
        title=["主题：关于〘topic〙的工作提醒", "主题：转发：〘unit〙通知"],
        body=["发件人：〘name〙 <〘email〙>", "收件人：各科室负责人", "发送时间：〘Y〙年〘M〙月〘D〙日 〘hh〙:〘mi〙",
              "各位同事：", "附件为本周工作安排，请查收并按要求落实。", "如有疑问请与我联系，谢谢！"],
        sig=["〘name〙", "〘unit〙办公室"]),
    "tech": dict(
        title=["〘unit〙政务信息系统建设方案", "〘proj〙信息化平台技术说明"],
        body=["系统采用B/S架构，服务器操作系统为CentOS 7.9，数据库采用PostgreSQL 13。", "接口返回JSON格式数据，字符编码统一使用UTF-8。",
              "平台日均访问量约〘N4〙次，峰值并发〘n〙个。", "数据每日凌晨2:00自动备份，保留30天。", "系统上线后由〘co〙负责运维。"],
        sig=["〘co〙", "〘Y〙年〘M〙月"]),
}

HK = ["本署於〘Y〙年共處理市民查詢〘N4〙宗，較上年增加〘pct〙。", "有關計劃旨在協助長者善用科技，提升生活質素。",
      "如有查詢，請致電本署熱線與職員聯絡。", "政府會繼續與業界緊密合作，推動經濟穩定發展。", "本年度財政預算已獲立法會通過。",
      "各參加者須於截止日期前遞交申請表格及相關證明文件。", "市民可透過網上平台預約服務，毋須親身排隊。", "為配合防疫措施，活動改以網上形式舉行。"]
HK_T = ["二〇二三年施政報告摘要", "社區活動通告", "年報：服務表現"]
GENRES["hk"] = dict(title=HK_T, body=HK, sig=["〘Y〙年〘M〙月〘D〙日"])


def _big5_ok(t):
    try:
        fill(random.Random(0), t).encode("big5")
        return True
    except UnicodeError:
        return False


GENRES["hk"]["body"] = [t for t in HK if _big5_ok(t)]
GENRES["hk"]["title"] = [t for t in HK_T if _big5_ok(t)]

ALLG = list(GENRES)
ZHG = [g for g in ALLG if g != "hk"]

# ---------------------------------------------------------------- segments
# a document is a list of [role, segs]; segs = [(kind, text, clean)], kind t|p|m
PH_MARK = re.compile(r"⟦(.*?)⟧|⟪(.*?)⟫", re.S)


def parse(s, mfn=None):
    """Template with ⟦placeholder⟧ and ⟪clean text to damage with mfn⟫ -> list of seg-lines."""
    out = []
    for line in s.split("\n"):
        segs = []
        pos = 0
        for m in PH_MARK.finditer(line):
            if m.start() > pos:
                segs.append(("t", line[pos:m.start()], line[pos:m.start()]))
            if m.group(1) is not None:
                segs.append(("p", m.group(1), m.group(1)))
            else:
                c = m.group(2)
                segs.extend(tight(mfn(c), c))
            pos = m.end()
        if pos < len(line) or not segs:
            segs.append(("t", line[pos:], line[pos:]))
        out.append(segs)
    return out


def tight(dmg, clean):
    """Split a damaged stretch into clean prefix/suffix and the differing middle."""
    if dmg == clean:
        raise ValueError("damage left text unchanged: %r" % clean)
    p = 0
    while p < min(len(dmg), len(clean)) and dmg[p] == clean[p]:
        p += 1
    s = 0
    while s < min(len(dmg), len(clean)) - p and dmg[-1 - s] == clean[-1 - s]:
        s += 1
    mid_d = dmg[p:len(dmg) - s]
    mid_c = clean[p:len(clean) - s]
    if not mid_d:  # pure deletion: keep one neighbouring char in the span
        if s:
            s -= 1
        elif p:
            p -= 1
        mid_d = dmg[p:len(dmg) - s]
        mid_c = clean[p:len(clean) - s]
    segs = []
    if p:
        segs.append(("t", dmg[:p], dmg[:p]))
    segs.append(("m", mid_d, mid_c))
    if s:
        segs.append(("t", dmg[len(dmg) - s:], dmg[len(dmg) - s:]))
    return segs


def plain(s):
    return [("t", s, s)]


def compose(r, genre, core=None, title=None, sig=None, kmax=5, kmin=1, core_role="core"):
    """Clean frame of a genre with the core seg-lines inserted at a random place."""
    g = GENRES[genre]
    core = core or []
    use_title = r.random() < 0.55 if title is None else title
    use_sig = r.random() < 0.35 if sig is None else sig
    room = 12 - len(core) - (1 if use_title else 0) - (2 if use_sig else 0)
    k = max(0, min(r.randint(min(kmin, kmax), kmax), room, len(g["body"])))
    body = [["body", plain(fill(r, t))] for t in r.sample(g["body"], k)]
    pos = r.randint(0, len(body))
    doc = body[:pos] + [[core_role, c] for c in core] + body[pos:]
    if use_title:
        doc.insert(0, ["title", plain(fill(r, r.choice(g["title"])))])
    if use_sig:
        for t in r.sample(g["sig"], min(2, len(g["sig"]))):
            doc.append(["sig", plain(fill(r, t))])
    if not doc:
        doc = [["body", plain(fill(r, r.choice(g["body"])))]]
    return doc


def assemble(doc):
    text = []
    spans = []
    pos = 0
    for li, (_, segs) in enumerate(doc):
        if li:
            text.append("\n")
            pos += 1
        for kind, t, c in segs:
            if kind != "t":
                if spans and spans[-1][1] == pos and spans[-1][2] == kind:
                    spans[-1][1] = pos + len(t)
                    spans[-1][3] += c
                else:
                    spans.append([pos, pos + len(t), kind, c])
            text.append(t)
            pos += len(t)
    return "".join(text), spans


# ---------------------------------------------------------------- damage functions (real codecs)
def _hexref(err):
    s = err.object[err.start:err.end]
    return "".join("&#x%X;" % ord(c) for c in s), err.end


codecs.register_error("t16hexref", _hexref)


def _entref(err):
    s = err.object[err.start:err.end]
    out = []
    for c in s:
        n = codepoint2name.get(ord(c))
        out.append("&%s;" % n if n else "&#%d;" % ord(c))
    return "".join(out), err.end


codecs.register_error("t16entref", _entref)


def dec(b, enc, errors="replace"):
    return b.decode(enc, errors)


D = {
    "utf8_gbk": lambda s: dec(s.encode("utf-8"), "gbk"),
    "utf8_gbk_ignore": lambda s: dec(s.encode("utf-8"), "gbk", "ignore"),
    "utf8_gb18030": lambda s: dec(s.encode("utf-8"), "gb18030"),
    "kunjinkao": lambda s: dec(dec(s.encode("gbk"), "utf-8").encode("utf-8"), "gbk"),
    "utf8_cp1252": lambda s: dec(s.encode("utf-8"), "cp1252", "ignore"),
    "utf8_cp1252_r": lambda s: dec(s.encode("utf-8"), "cp1252"),
    "utf8_latin1": lambda s: dec(s.encode("utf-8"), "latin-1"),
    "double_utf8": lambda s: dec(dec(s.encode("utf-8"), "cp1252", "ignore").encode("utf-8"), "cp1252", "ignore"),
    "gbk_cp1252": lambda s: dec(s.encode("gbk"), "cp1252"),
    "gbk_latin1": lambda s: dec(s.encode("gbk"), "latin-1"),
    "gbk_utf8": lambda s: dec(s.encode("gbk"), "utf-8"),
    "gbk_big5": lambda s: dec(s.encode("gbk"), "big5"),
    "big5_gbk": lambda s: dec(s.encode("big5"), "gbk"),
    "big5_utf8": lambda s: dec(s.encode("big5"), "utf-8"),
    "utf8_big5": lambda s: dec(s.encode("utf-8"), "big5"),
    "gbk_sjis": lambda s: dec(s.encode("gbk"), "shift_jis"),
    "utf8_sjis": lambda s: dec(s.encode("utf-8"), "shift_jis"),
    "utf8_koi8r": lambda s: dec(s.encode("utf-8"), "koi8_r"),
    "gbk_koi8r": lambda s: dec(s.encode("gbk"), "koi8_r"),
    "utf8_euckr": lambda s: dec(s.encode("utf-8"), "euc_kr"),
    "gbk_euckr": lambda s: dec(s.encode("gbk"), "euc_kr"),
    "utf8_cp437": lambda s: dec(s.encode("utf-8"), "cp437"),
    "utf8_macroman": lambda s: dec(s.encode("utf-8"), "mac_roman"),
    "utf8_cp1251": lambda s: dec(s.encode("utf-8"), "cp1251"),
    "utf8_greek": lambda s: dec(s.encode("utf-8"), "iso8859_7"),
    "utf8_cp1250": lambda s: dec(s.encode("utf-8"), "cp1250"),
    "utf8_cp850": lambda s: dec(s.encode("utf-8"), "cp850"),
    "utf8_utf16": lambda s: dec((lambda b: b + b"\x20" * (len(b) % 2))(s.encode("utf-8")), "utf-16-le"),
    "gb2312_lost": lambda s: dec(s.encode("gb2312", "replace"), "gb2312"),
    "ascii_lost": lambda s: s.encode("ascii", "replace").decode("ascii"),
    "gbk_lost": lambda s: dec(s.encode("gbk", "replace"), "gbk"),
    "gbk_shift": lambda s: dec(s.encode("gbk")[1:], "gbk"),
    "ncr": lambda s: s.encode("ascii", "xmlcharrefreplace").decode("ascii"),
    "hexref": lambda s: s.encode("ascii", "t16hexref").decode("ascii"),
    "entref": lambda s: s.encode("ascii", "t16entref").decode("ascii"),
    "uesc": lambda s: s.encode("unicode_escape").decode("ascii"),
    "jsonesc": lambda s: json.dumps(s)[1:-1],
    "urlq": lambda s: urllib.parse.quote(s),
    "qp": lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", ""),
    "utf7": lambda s: s.encode("utf-7").decode("ascii"),
    "rtf": lambda s: "".join("\\'%02x" % b if b > 127 else chr(b) for b in s.encode("gbk")),
    "bytesrepr": lambda s: str(s.encode("utf-8")),
    "gbk_bytesrepr": lambda s: str(s.encode("gbk")),
    "html2": lambda s: html.escape(html.escape(s)),
    "sjis_gbk": lambda s: dec(s.encode("shift_jis"), "gbk"),
    "euckr_gbk": lambda s: dec(s.encode("euc_kr"), "gbk"),
    "cp1251_cp1252": lambda s: dec(s.encode("cp1251"), "cp1252"),
    "koi8_cp1251": lambda s: dec(s.encode("koi8_r"), "cp1251"),
    "utf8_gbk_utf8_gbk": lambda s: dec(dec(s.encode("utf-8"), "gbk").encode("utf-8"), "gbk"),
}

PINYIN = {}
for _t in ("发發fā 区區qū 领領lǐng 导導dǎo 经經jīng 济濟jì 会會huì 务務wù 实實shí 现現xiàn 设設shè 项項xiàng 开開kāi "
           "进進jìn 产產chǎn 业業yè 动動dòng 党黨dǎng 组組zǔ 织織zhī 环環huán 卫衛wèi 国國guó 农農nóng 乡鄉xiāng 镇鎮zhèn "
           "县縣xiàn 责責zé 计計jì 财財cái 资資zī 检檢jiǎn 医醫yī 疗療liáo 学學xué 时時shí 为為wèi 战戰zhàn 长長zhǎng "
           "达達dá 万萬wàn 亿億yì 书書shū 记記jì 员員yuán 议議yì 传傳chuán 标標biāo 规規guī 划劃huà 应應yīng "
           "总總zǒng 结結jié 问問wèn 题題tí 质質zhì 办辦bàn 处處chǔ 对對duì 兴興xīng 体體tǐ 监監jiān 构構gòu "
           "险險xiǎn 协協xié 调調tiáo 优優yōu 营營yíng 级級jí 统統tǒng 筹籌chóu 补補bǔ 贴貼tiē 训訓xùn 练練liàn "
           "护護hù 态態tài 众眾zhòng 场場chǎng 坚堅jiān 带帶dài 队隊duì 车車chē 电電diàn 网網wǎng 线線xiàn "
           "点點diǎn 积積jī 极極jí 报報bào 养養yǎng 园園yuán 东東dōng 阳陽yáng 龙龍lóng 宁寧níng 华華huá "
           "湾灣wān 桥橋qiáo 云雲yún 个個gè 闭閉bì 费費fèi 确確què 门門mén 齐齊qí 称稱chēng 织織zhī").split():
    PINYIN[_t[0]] = (_t[1], _t[2:])

KANGXI = {}
for _c in range(0x2F00, 0x2FD6):
    KANGXI.setdefault(unicodedata.normalize("NFKC", chr(_c)), chr(_c))
for _c in range(0x2E80, 0x2EF4):
    _n = unicodedata.normalize("NFKC", chr(_c))
    if _n != chr(_c):
        KANGXI.setdefault(_n, chr(_c))

RARE = [c for c in "堃喆珺玥昇琍赟頔燊祎禛昉玙犇淏浛彧旻瑄" if c.encode("gb2312", "replace") == b"?"]
CJK = re.compile(r"[\u4e00-\u9fff]")
CJKRUN = re.compile(r"[\u4e00-\u9fff]{2,}")

# ---------------------------------------------------------------- style registry
STYLES = []


def reg(family, label, name, note, fn):
    name = name.lower()
    assert not any(s["name"] == name for s in STYLES), name
    STYLES.append(dict(family=family, label=label, name=name, note=note, fn=fn))


def tpl_style(family, label, name, genres, templates, note, mfn=None, **kw):
    def fn(r):
        g = r.choice(genres)
        core = parse(fill(r, r.choice(templates)), mfn)
        return compose(r, g, core, **kw)
    reg(family, label, name, note, fn)


def PH(name, genres, templates, note, **kw):
    tpl_style("ph", "placeholder", name, genres, templates, note, **kw)


def NEG(family, name, genres, templates, note, **kw):
    tpl_style(family, "negative", name, genres, templates, note, **kw)


def MJT(name, genres, templates, mfn, note, **kw):
    tpl_style("mj", "mojibake", name, genres, templates, note, mfn=mfn, **kw)


# ---- damaging a clean frame
def pick_target(r, line, scope):
    """Return (start, end) of the part of a clean line to damage."""
    runs = [m.span() for m in CJKRUN.finditer(line)]
    if not runs:
        return None
    if scope == "word":
        a, b = r.choice(runs)
        ln = min(b - a, r.randint(2, 4))
        st = r.randint(a, b - ln)
        return st, st + ln
    if scope == "phrase":
        parts = [m.span() for m in re.finditer(r"[^，。；：、！？]+[，。；：、！？]?", line) if CJK.search(m.group())]
        return r.choice(parts)
    return 0, len(line)


def damage(r, doc, fn, scope, need=CJK):
    def cand(roles):
        return [i for i, (role, segs) in enumerate(doc)
                if role in roles and len(segs) == 1 and segs[0][0] == "t" and need.search(segs[0][1])]
    if scope == "doc":
        idx = cand({"body", "title", "sig", "core"})
        sc = "line"
    elif scope == "title":
        idx = cand({"title"})[:1] or cand({"body", "core"})[:1]
        sc = "line"
    elif scope == "sig":
        idx = cand({"sig"})[-1:] or cand({"body", "core"})[-1:]
        sc = "line"
    elif scope == "multi":
        c = cand({"body", "core"})
        idx = r.sample(c, min(len(c), r.randint(2, 3)))
        sc = "word"
    else:
        c = cand({"body", "core"}) or cand({"title", "sig"})
        idx = [r.choice(c)] if c else []
        sc = scope
    if not idx:
        doc.append(["body", plain(fill(r, r.choice(GENRES["report"]["body"])))])
        idx = [len(doc) - 1]
    for i in idx:
        line = doc[i][1][0][1]
        tgt = pick_target(r, line, sc) if need is CJK else (0, len(line))
        if tgt is None:
            tgt = (0, len(line))
        a, b = tgt
        clean = line[a:b]
        segs = []
        if a:
            segs.append(("t", line[:a], line[:a]))
        segs.extend(tight(fn(clean), clean))
        if b < len(line):
            segs.append(("t", line[b:], line[b:]))
        doc[i][1] = segs
    return doc


def MJC(name, fnkey, note, genres=None, scopes=("word", "phrase", "line", "doc", "title", "multi"), fn=None):
    f = fn or D[fnkey]
    gs = genres or ZHG

    def style_fn(r):
        g = r.choice(gs)
        doc = compose(r, g, kmin=1)
        return damage(r, doc, f, r.choice(scopes))
    reg("mj", "mojibake", name, note, style_fn)


# ================================================================= PH positives
PH("xx_counts", ZHG, [
    "全年新增城镇就业⟦〘xn〙人⟧，帮扶脱贫户⟦〘xn〙户⟧，发放小额贷款〘f〙万元。",
    "共走访慰问困难群众⟦〘xn〙户⟧，送去米面油等物资⟦〘xn〙份⟧。",
    "组织开展应急演练⟦〘xn〙场⟧，参与群众〘N4〙人次。",
    "辖区内共有规上企业⟦〘xn〙家⟧，其中高新技术企业〘n〙家。",
    "全年受理群众诉求⟦〘xn〙件⟧，办结率100%。"], "masked counts xx户/xxx家 next to real numbers")
PH("XX_place_names", ZHG, [
    "⟦XX街道⟧在〘Y〙年度考核中获评优秀等次。", "由⟦〘XP〙社区⟧牵头，联合〘unit〙开展联合执法行动。",
    "我镇与⟦〘XP〙县⟧签订对口帮扶协议，落实帮扶资金〘f〙万元。", "⟦〘XP〙村⟧、⟦〘XP〙村⟧率先完成集体产权制度改革。",
    "完成⟦〘XP〙小区⟧雨污分流改造，惠及居民〘n〙户。"], "XX街道/XX社区 masked place names")
PH("x_dates", ZHG, [
    "〘Y〙年⟦〘xd〙⟧，省考核组对我区〘topic〙工作进行了实地检查。", "⟦〘xd〙⟧至⟦〘xd〙⟧，集中开展为期一个月的专项行动。",
    "项目于〘Y〙年⟦〘xd〙⟧开工，计划年底前竣工投用。", "截至⟦〘xd〙⟧，累计完成投资〘f〙亿元。"], "x月xx日 masked dates")
PH("money_decimals", ["report", "bank", "tender", "stats"], [
    "全年争取上级资金⟦〘xf〙万元⟧，其中专项债券⟦〘xf〙亿元⟧。", "实现税收收入⟦〘xf〙万元⟧，同比增长〘pct〙。",
    "项目总投资⟦〘xf〙亿元⟧，已完成投资〘f〙亿元。", "拨付工程款⟦〘xf〙万元⟧，剩余尾款待审计后支付。"],
    "xx.xx万元 masked amounts")
PH("percent_masks", ["report", "stats", "school", "hospital"], [
    "城乡居民医保参保率达⟦〘xp〙⟧，较上年提高〘d1〙个百分点。", "生活垃圾分类覆盖率达到⟦〘xp〙⟧。",
    "全年空气质量优良天数比例为⟦〘xp〙⟧，PM2.5平均浓度同比下降⟦〘xp〙⟧。", "适龄儿童疫苗接种率保持在⟦〘xp〙⟧以上。"],
    "xxx% masked rates")
PH("cross_marks", ZHG, [
    "⟦〘cross〙镇⟧⟦〘cross〙村⟧党支部书记⟦〘cross〙⟧同志带头认领任务。", "经⟦〘cross〙⟧县委研究决定，给予⟦〘cross〙⟧同志通报表扬。",
    "根据⟦〘cross〙⟧文件精神，结合我单位实际，制定本方案。", "⟦〘cross〙公司⟧未按规定落实安全生产主体责任。"],
    "××镇/××同志 masks")
PH("court_surname_mou", ["court"], [
    "原告⟦〘sur〙某⟧，男，〘Y0〙年〘M〙月〘D〙日出生，汉族，住〘city〙。", "被告⟦〘sur〙某某⟧，女，住〘county〙。",
    "被告人⟦〘sur〙某⟧于〘Y〙年〘M〙月〘D〙日晚，在〘city〙一烧烤店内与被害人⟦〘sur〙某某⟧发生口角。",
    "上诉人⟦〘sur〙某⟧因与被上诉人⟦〘sur〙某⟧民间借贷纠纷一案，不服一审判决，提起上诉。"],
    "张某/李某某 pseudonyms in judgments (mask a fact)")
PH("mou_company", ["court", "report", "notice", "bank"], [
    "经查，⟦某某公司⟧在未取得施工许可证的情况下擅自开工建设。", "⟦某某科技有限公司⟧于〘Y〙年〘M〙月向本行申请流动资金贷款〘n〙万元。",
    "执法人员对⟦某某商贸公司⟧仓库进行检查，发现过期食品〘n〙箱。", "被告⟦某某物业公司⟧辩称，其已尽到安全保障义务。"],
    "某某公司 masking a company")
PH("bracket_fields", ["notice", "contract", "mail", "tender"], [
    "⟦【单位名称】⟧关于〘topic〙工作的报告", "现将⟦【项目名称】⟧有关情况报告如下：", "联系人：⟦【联系人】⟧　联系电话：⟦【电话】⟧",
    "报价总金额为人民币⟦【金额】⟧元（大写：⟦【大写金额】⟧）。", "致⟦【客户姓名】⟧先生/女士："], "【单位名称】 template fields")
PH("mustache_vars", ["mail", "notice", "wechat", "hospital"], [
    "尊敬的⟦{{name}}⟧：您好！您预约的〘hosp〙门诊已确认。", "⟦{{company_name}}⟧关于〘topic〙的通知",
    "您本期应缴费用为⟦{{amount}}⟧元，请于⟦{{due_date}}⟧前缴纳。", "亲爱的⟦{{ nickname }}⟧，感谢您关注〘town〙发布！"],
    "unfilled {{var}} mail-merge")
PH("dollar_vars", ["mail", "tech", "notice", "bank"], [
    "您的验证码为⟦${code}⟧，⟦${minutes}⟧分钟内有效。", "尊敬的客户⟦%USERNAME%⟧：您尾号⟦#{cardTail}⟧的账户发生一笔交易。",
    "⟦${orgName}⟧〘Y〙年度工作报告", "申请人⟦${applicant}⟧已提交材料，请于⟦${deadline}⟧前完成审核。"], "${var}/%VAR%/#{var} engines")
PH("mailmerge_guillemets", ["mail", "notice", "school", "contract"], [
    "⟦«姓名»⟧同学：你已被我校录取，请于⟦«报到日期»⟧持本通知书报到。", "⟦<<单位>>⟧：根据⟦<<文号>>⟧要求，请按时报送材料。",
    "兹证明⟦«姓名»⟧同志系我单位在职职工。", "尊敬的⟦«客户名称»⟧：您的合同将于⟦«到期日»⟧到期。"], "Word mail-merge «field»")
PH("fullwidth_underscores", ["contract", "notice", "tender", "school"], [
    "本人⟦＿＿＿＿＿＿⟧，身份证号⟦＿＿＿＿＿＿＿＿＿＿⟧，自愿参加本次活动。", "兹有我单位⟦＿＿＿＿⟧同志前往贵处联系工作。",
    "投标人名称（盖章）：⟦＿＿＿＿＿＿＿＿⟧", "家长签字：⟦＿＿＿＿＿⟧　联系电话：⟦＿＿＿＿＿＿＿⟧"], "＿＿＿ blanks left in a form")
PH("ascii_underscore_dates", ["contract", "notice", "school", "court"], [
    "签订日期：⟦____⟧年⟦___⟧月⟦___⟧日", "本合同自⟦______⟧年⟦____⟧月⟦____⟧日起生效。",
    "乙方应在⟦________⟧个工作日内完成整改。", "租赁期限自⟦____年__月__日⟧至⟦____年__月__日⟧止。"],
    "____年__月__日 in a contract")
PH("fill_in_hints", ["notice", "tender", "report", "school"], [
    "项目名称：⟦（此处填写项目名称）⟧", "一、基本情况⟦（此处填写单位简介，不超过300字）⟧",
    "申报单位：⟦（请填写全称并加盖公章）⟧", "本次活动共有⟦（填写人数）⟧人参加。"], "（此处填写…） hints left")
PH("todo_markers", ["report", "tech", "minutes", "mail"], [
    "全年完成固定资产投资⟦TODO⟧亿元，同比增长〘pct〙。", "二、存在问题⟦（TODO：补充具体问题）⟧",
    "项目验收时间：⟦TBD⟧", "截至〘M〙月底，累计培训⟦【待补充】⟧人次。", "牵头领导：⟦待核实⟧"], "TODO/TBD/待补充 as values")
PH("daiding_value", ["tender", "notice", "minutes", "school"], [
    "开标时间：⟦待定⟧", "会议地点：⟦待定⟧（另行通知）", "项目负责人：⟦待定⟧　预算金额：〘f〙万元",
    "考试时间：〘M〙月〘D〙日　考场安排：⟦待定⟧"], "待定 as a field value")
PH("phone_masks", ["tender", "notice", "wechat", "court", "bank"], [
    "中奖用户：〘sur〙先生，手机号⟦1〘n2〙****〘n2〙〘n2〙⟧。", "举报人联系电话：⟦138****〘n2〙〘n2〙⟧",
    "联系人：〘name〙　手机：⟦1〘n2〙****〘n2〙〘n2〙⟧", "来电号码⟦15〘n〙****〘n2〙〘n2〙⟧已加入回访名单。"], "138****5678 phone masks")
PH("id_number_masks", ["court", "bank", "school", "notice"], [
    "身份证号码：⟦44〘N4〙********〘N4〙⟧", "公民身份号码⟦3301〘n2〙**********〘n2〙⟧，住〘county〙。",
    "申请人：〘name〙，证件号⟦5101**********〘N4〙⟧", "被执行人身份证号：⟦4201〘n2〙********〘n2〙1X⟧"],
    "identity numbers with starred middle")
PH("name_stars", ["notice", "school", "hospital", "wechat", "bank"], [
    "公示名单：⟦〘sur〙**⟧、⟦〘sur〙*⟧、⟦〘sur〙*明⟧、⟦〘sur〙**⟧", "获奖学生：⟦〘sur〙*涵⟧（五年级二班）、⟦〘sur〙*轩⟧（四年级一班）",
    "客户⟦〘sur〙**⟧于〘M〙月〘D〙日办理了业务。", "患者⟦〘sur〙*⟧，〘age〙岁，因发热入院。"], "张**/王*明 name masks")
PH("bank_card_masks", ["bank", "mail", "court"], [
    "收款账号：⟦6222 **** **** 〘N4〙⟧", "您尾号为⟦****〘N4〙⟧的银行卡于〘M〙月〘D〙日入账〘f〙元。",
    "冻结被执行人名下账户⟦62170〘n2〙*********〘N4〙⟧内存款。", "退款已原路返回至⟦6228********〘N4〙⟧。"], "starred bank card numbers")
PH("plate_masks", ["notice", "court", "wechat"], [
    "车牌号为⟦〘prov〙B·***〘n2〙⟧的小型轿车在禁停路段违法停车。", "现对以下车辆予以公示：⟦〘prov〙A〘n2〙***⟧、⟦〘prov〙C***〘n2〙⟧。",
    "驾驶⟦〘prov〙D****〘cnn〙⟧号货车超载运输。".replace("〘cnn〙", "8")], "masked licence plates")
PH("circle_marks", ["notice", "hk", "school"], [
    "⟦○○國小⟧〘Y〙學年度招生簡章", "申請人：⟦○○○⟧　地址：⟦○○市○○路○○號⟧", "⟦〇〇〇⟧同志于〘Y〙年调入我单位工作。",
    "本會受理⟦○○○⟧與⟦○○公司⟧勞資糾紛一案。"], "○○○/〇〇 masks (Taiwan style)")
PH("square_marks", ["notice", "court", "report"], [
    "⟦□□公司⟧在〘town〙违规倾倒建筑垃圾。", "当事人⟦□□□⟧，住⟦□□市□□区⟧。", "⟦□□□⟧书记在会上强调，要压实各方责任。"],
    "□□□ masks")
PH("XXX_speakers", ["minutes"], [
    "⟦XXX⟧：我补充两点，一是资金要尽快拨付，二是进度要每周通报。", "⟦XXX⟧同志：同意〘unit〙的意见。\n⟦XX⟧局长：下周召开专题会。",
    "主持人：⟦XXX⟧　记录人：⟦XXX⟧", "参会人员：⟦XXX⟧、⟦XXX⟧、⟦XX⟧、〘name〙"], "XXX as speaker names in minutes")
PH("doc_numbers", ["notice", "report", "court"], [
    "根据《关于印发〈〘topic〙实施方案〉的通知》（⟦x政办发〔20xx〕xx号⟧）要求，", "⟦〘county〙发〔〘ym〙〕xx号⟧",
    "依据⟦X卫发〔〘Y〙〕xx号⟧文件精神，结合我院实际，制定本办法。"], "x政发〔20xx〕xx号 document numbers")
PH("table_cells", ["stats"], [
    "地区生产总值 | 亿元 | ⟦xx.xx⟧ | ⟦xx.xx⟧ | ⟦x.x⟧", "常住人口\t万人\t⟦xx.x⟧\t〘d1〙", "新增就业,人,⟦xxxx⟧,⟦xx.x⟧",
    "一般公共预算支出 | 万元 | 〘N4〙 | ⟦xxxxx⟧ | ⟦-x.x⟧"], "masked cells in a flattened table")
PH("year_masks", ZHG, [
    "⟦20xx年⟧是“十四五”规划的关键之年。", "⟦〘ym〙年⟧度〘topic〙工作总结", "从⟦202x年⟧起，每年安排专项资金不少于〘n〙万元。",
    "⟦20XX年⟧⟦X月⟧，我单位顺利通过年度考核。"], "20xx年 masked years")
PH("fullwidth_x", ZHG, [
    "全年共调处矛盾纠纷⟦ｘｘ件⟧，调解成功率⟦ｘｘ％⟧。", "⟦ＸＸ镇⟧⟦ＸＸ村⟧成功创建省级卫生村。", "受益群众达⟦ｘｘｘ人⟧。"],
    "full-width ｘｘ/ＸＸ masks")
PH("english_brackets", ["mail", "contract", "tech"], [
    "Dear ⟦[Customer Name]⟧,\n感谢您选择我行服务。", "本协议由⟦[Company Name]⟧与〘co〙于⟦<insert date>⟧签订。",
    "联系人：⟦YOUR_NAME_HERE⟧", "Project: ⟦[Project Title]⟧ / 项目负责人：〘name〙"], "[Company Name]/<insert date> English slots")
PH("lorem_ipsum", ["wechat", "tech", "notice"], [
    "⟦Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧", "活动简介：⟦Lorem ipsum dolor sit amet⟧",
    "图片说明：⟦Lorem ipsum⟧"], "lorem ipsum filler left in a page")
PH("word_content_controls", ["report", "notice", "contract"], [
    "⟦单击或点击此处输入文字。⟧", "标题：⟦[请输入标题]⟧", "⟦单击此处输入日期。⟧", "摘要：⟦在此处键入摘要⟧"],
    "Word content-control prompts")
PH("contract_party_blanks", ["contract"], [
    "甲方：⟦__________⟧\n乙方：〘co〙", "乙方（签字）：⟦＿＿＿＿＿＿⟧　日期：⟦＿＿＿＿⟧", "合同价款：人民币⟦________⟧元整。"],
    "party name blanks in a contract")
PH("partial_number_masks", ["report", "stats", "bank"], [
    "全年实现营业收入⟦1x.x亿元⟧，净利润⟦x.xx亿元⟧。", "粮食总产量⟦3x万吨⟧，同比增长⟦x.x%⟧。", "完成投资⟦2x.xx亿元⟧。"],
    "partly masked numbers 1x.x")
PH("address_masks", ["court", "notice", "hospital"], [
    "住所地：〘city〙⟦XX路XX号⟧", "送达地址：〘county〙⟦xx街道xx小区x栋x单元⟧", "事故发生地点位于⟦XX路与XX路交叉口⟧。"],
    "XX路XX号 masked addresses")
PH("XX_model", ["tender", "tech"], [
    "采购⟦XX型号⟧台式计算机〘n〙台，单价〘N4〙元。", "设备型号：⟦XXXX⟧　数量：〘n〙套", "品牌：⟦XX⟧　型号：⟦XX-XXX⟧"],
    "XX型号 unknown model")
PH("single_X_region", ["court", "report"], [
    "被告人⟦X某⟧，户籍所在地⟦X省X市⟧。", "⟦X县⟧⟦X镇⟧发生一起较大交通事故。", "⟦X市⟧人民检察院指控，被告人于〘Y〙年实施诈骗。"],
    "single X masks in court texts")
PH("wechat_bylines", ["wechat"], [
    "文字：⟦XXX⟧　图片：⟦XXX⟧　编辑：〘name〙", "⟦@XXX⟧ 感谢你的留言！", "通讯员：⟦xxx⟧　摄影：⟦xxx⟧"], "XXX bylines")
PH("signature_block", ["notice", "report", "contract"], [
    "⟦XXX⟧\n⟦20xx年x月x日⟧", "⟦××单位⟧（盖章）\n⟦〘ym〙年××月××日⟧", "申请人：⟦XXX⟧\n日期：⟦〘Y〙年x月x日⟧"],
    "masked signature and date", sig=False)
PH("title_placeholders", ZHG, [
    "关于⟦XXXX⟧的通知", "⟦XX⟧局关于〘topic〙的请示", "⟦××××⟧项目可行性研究报告"], "placeholder in the title", title=False)
PH("hospital_patient_masks", ["hospital"], [
    "患者⟦〘sur〙**⟧，床号⟦**⟧，诊断：社区获得性肺炎。", "住院号⟦2023****〘n2〙⟧患者已办理出院。", "⟦〘sur〙某⟧，〘age〙岁，因腹痛〘n〙小时就诊。"],
    "patient masks")
PH("student_id_masks", ["school"], [
    "准考证号：⟦2024****〘n2〙⟧　姓名：⟦〘sur〙*⟧", "学号⟦〘Y〙****〘n2〙⟧同学获一等奖学金。", "录取名单：⟦〘sur〙*婷⟧、⟦〘sur〙*豪⟧、〘name〙"],
    "student id/name masks")
PH("csv_masked_rows", ["stats", "bank"], [
    "序号,姓名,联系电话,补贴金额\n1,⟦〘sur〙**⟧,⟦139****〘N4〙⟧,〘N4〙.00\n2,⟦〘sur〙*⟧,⟦136****〘N4〙⟧,〘N4〙.00",
    "户主,身份证号,面积\n⟦〘sur〙**⟧,⟦4409**********〘N4〙⟧,〘f〙"], "masked rows in exported CSV", title=False)
PH("email_masks", ["mail", "notice", "bank"], [
    "来信人邮箱：⟦zh***@163.com⟧", "账户⟦li****〘n〙@qq.com⟧已完成实名认证。", "请回复至⟦w***@〘dom〙.com⟧。"], "masked email addresses")
PH("traps_plus_placeholders", ["report", "school"], [
    "推进“1+X证书”制度试点，⟦xx所⟧院校参与，覆盖学生⟦xxx人⟧。", "实行“5+2”“白+黑”工作模式，累计加班⟦xx天⟧。",
    "采购X光机〘n〙台，投入资金⟦xx.xx万元⟧。", "配备7×24小时值守人员⟦xx名⟧。"], "real placeholders beside 1+X/X光/7×24 traps")
PH("heavy_paragraph", ["report"], [
    "（〘cn〙）抓好⟦xx⟧工作。全年共开展⟦xx⟧活动⟦xx场⟧，受益群众⟦xxx人⟧次，覆盖率达⟦xx.x%⟧，比上年提高⟦x.x⟧个百分点。",
    "⟦x月xx日⟧，召开⟦xx⟧会议，部署⟦xx⟧工作；⟦x月⟧，完成⟦xx⟧项目验收，投入资金⟦xx.xx万元⟧。"], "placeholder-dense paragraph")
PH("pdf_split_masks", ["report"], [
    "今年共创建无烟单位⟦xxx⟧\n家，无烟学校⟦xx⟧\n所。", "完成造林⟦x.xx⟧\n万亩，森林覆盖率〘pct〙。"], "mask broken by a PDF line break")
PH("insurance_policy", ["bank"], [
    "保单号：⟦P〘Y〙********⟧　被保险人：⟦X先生⟧", "投保人⟦〘sur〙**⟧　保险金额：⟦xx万元⟧",
    "理赔案件号⟦CL****〘N4〙⟧已结案，赔付⟦xx,xxx.xx元⟧。"], "insurance disclosure masks")
PH("procuratorate_mou", ["court"], [
    "犯罪嫌疑人⟦〘sur〙某某⟧，男，〘Y0〙年出生，住⟦某某小区⟧。", "经依法审查查明：⟦〘sur〙某⟧伙同⟦〘sur〙某某⟧多次盗窃电动车。",
    "被害人⟦〘sur〙某⟧的经济损失已获全额赔偿。"], "procuratorate pseudonyms")
PH("ebook_isbn_masks", ["ebook"], [
    "译者：⟦XXX⟧\nISBN ⟦978-7-xxxx-xxxx-x⟧", "责任编辑：⟦×××⟧　定价：⟦xx.00元⟧", "版次：⟦20xx年x月⟧第1版"], "masked colophon")
PH("attendee_lists", ["minutes", "notice"], [
    "参会人员：⟦XXX⟧、⟦XXX⟧、⟦XXX⟧、〘name〙、〘name〙", "请假人员：⟦xx⟧（出差）、⟦xx⟧（病假）", "列席：⟦××⟧、⟦××⟧"],
    "masked attendee names")
PH("tender_bidder_masks", ["tender"], [
    "第一中标候选人：⟦XX建设工程有限公司⟧，投标报价⟦xxx.xx万元⟧。", "评标委员会成员：⟦XXX⟧、⟦XXX⟧、⟦XXX⟧",
    "中标金额：⟦【金额】⟧元　工期：⟦xx日历天⟧"], "masked bidders in tender results")
PH("bank_disclosure_masks", ["bank"], [
    "报告期内实现净利润⟦x.xx亿元⟧，同比增长⟦xx.x%⟧。", "前十大股东合计持股⟦xx.xx%⟧。", "关联交易余额⟦xxx万元⟧，占资本净额⟦x.x%⟧。"],
    "masked figures in bank disclosure")
PH("forum_placeholders", ["forum", "wechat"], [
    "我家在⟦XX小区⟧，物业费每平米⟦x.x元⟧，大家那边多少？", "坐标⟦xx区⟧，求推荐靠谱的装修公司。", "某个干部叫⟦XXX⟧的，态度很差。"],
    "user-side masks in forum posts")
PH("subtitle_name_slots", ["ebook"], [
    "〘n〙\n00:01:1〘dg〙,200 --> 00:01:4〘dg〙,900\n⟦{NAME}⟧，你终于来了。", "〘n〙\n00:12:0〘dg〙,040 --> 00:12:3〘dg〙,800\n欢迎来到⟦{CITY}⟧。"],
    "unfilled slot in a subtitle file", title=False, sig=False, kmax=0)
PH("bilingual_slots", ["notice", "mail"], [
    "致：⟦[Name]⟧ 先生/女士 (Mr./Ms. ⟦[Surname]⟧)", "日期 Date：⟦____/____/________⟧", "地址 Address：⟦[Please fill in]⟧"],
    "bilingual form slots")

# ================================================================= PH negatives
NEG("ph", "neg_1plusX_cert", ["school", "report"], [
    "全面推进“1+X证书”制度试点，〘n〙名学生取得职业技能等级证书。", "学校开设“1+X”网店运营推广、电子商务数据分析等证书培训。",
    "深化“岗课赛证”融通，做好1+X证书与学历教育衔接。"], "1+X certificate system")
NEG("ph", "neg_7plusX_modes", ["report", "notice"], [
    "推行“7+X”便民服务模式，群众办事更加方便。", "实行“5+2”“白+黑”工作机制，确保项目如期推进。", "构建“1+N+X”网格化管理体系。"],
    "7+X / 1+N+X slogans")
NEG("ph", "neg_x86_arch", ["tender", "tech"], [
    "服务器：x86架构，2颗CPU，内存不少于256GB。", "操作系统支持x86_64和ARM64平台。", "采购国产化服务器〘n〙台，兼容x86指令集。"],
    "x86/x64 architecture")
NEG("ph", "neg_xray_medical", ["hospital", "tender", "school"], [
    "新增数字化X光机〘n〙台，CT检查预约时间缩短至1天。", "放射科提供X射线、CT、核磁共振等检查服务。",
    "入学体检包括胸部X线检查。"], "X光/X射线")
NEG("ph", "neg_clothing_sizes", ["tender", "school"], [
    "校服尺码：S、M、L、XL、XXL、XXXL，由学生自行选择。", "采购防护服〘n〙套，其中L码〘n〙套、XL码〘n〙套、XXL码〘n〙套。",
    "工作服规格：170/XL、175/XXL。"], "XL/XXL sizes (XX inside XXL)")
NEG("ph", "neg_service_hours", ["notice", "hospital", "tech"], [
    "服务热线实行5×8小时人工服务，夜间由智能客服接听。", "运维团队提供7×24小时技术支持。", "急诊科实行24×7全天候接诊。"],
    "5×8/7×24 hours")
NEG("ph", "neg_multiplication_dims", ["tender", "school", "tech"], [
    "办公桌尺寸：1400×700×760mm，共〘n〙张。", "显示屏分辨率为1920×1080。", "计算3×4+2×5的结果。", "展板规格为2.4m×1.2m。"],
    "dimensions and multiplication with ×")
NEG("ph", "neg_math_formulas", ["school", "tech"], [
    "已知函数f(x)=2x+1，求f(3)的值。", "设x为每月用水量，则水费y=3.5x。", "解方程：x²-5x+6=0，得x=2或x=3。",
    "回归方程为y=0.82x+12.6，R²=0.91。"], "formulas with variable x")
NEG("ph", "neg_mou_prose", ZHG, [
    "某些地方仍存在重部署、轻落实的问题。", "在某种程度上，这反映了基层减负的现实需求。", "有人说某年某月某日会发生什么，这种说法没有根据。",
    "某些企业对政策了解不够，需要加强宣传。"], "某些/某种/某年某月 in ordinary prose")
NEG("ph", "neg_x_brands", ["wechat", "tech", "forum"], [
    "SpaceX再次成功回收火箭助推器。", "新款iPhone X的屏幕维修价格是多少？", "电影《X战警》在本市影院重映。", "发布会上展示了Mate X5折叠屏手机。"],
    "X in brand names")
NEG("ph", "neg_pinyin_xx_hosts", ["notice", "school", "mail"], [
    "信息公开网址：http://xxgk.〘dom〙.gov.cn", "请将材料发送至xxzx@〘dom〙.edu.cn（学校信息中心）。", "联系邮箱：xxb〘n〙@〘dom〙.gov.cn"],
    "xx from pinyin initials (信息公开 xxgk) in hosts/emails")
NEG("ph", "neg_significance_stars", ["stats", "tech"], [
    "相关系数 | 0.63** | 0.41* | 0.12", "注：*表示P<0.05，**表示P<0.01，***表示P<0.001。", "满意度与收入的相关系数为0.57**。"],
    "significance stars in tables")
NEG("ph", "neg_bracket_headings", ["wechat", "notice"], [
    "【党建引领】〘town〙打造红色物业服务品牌", "【便民提示】本周六供水管网检修", "【权威发布】〘county〙出台稳就业十条措施"],
    "【】 as section headings")
NEG("ph", "neg_template_syntax_doc", ["tech"], [
    "在Jinja2模板中，使用{{ user.name }}输出变量，使用{% if %}编写条件判断。", "配置文件中的${JAVA_HOME}会在启动时由环境变量替换。",
    "前端采用Vue框架，双大括号{{ }}为插值语法。"], "template syntax quoted in a technical document")
NEG("ph", "neg_file_identifiers", ["tech", "mail"], [
    "附件：〘Y〙_work_summary_final_v2.docx", "字段user_id为主键，create_time记录创建时间。", "请运行python manage.py migrate完成数据库迁移。",
    "日志文件位于/var/log/app/error_log.txt"], "underscores in file names and identifiers")
NEG("ph", "neg_chinese_zero_dates", ["court", "notice", "report"], [
    "二〇二三年十月十五日", "本判决书于二〇二二年三月八日送达。", "二〇二〇年十二月三十日，〘town〙举行新年音乐会。"],
    "〇 as zero in Chinese dates")
NEG("ph", "neg_checkboxes_filled", ["school", "hospital"], [
    "是否接种疫苗：☑是　□否", "是否需要校车：■需要　□不需要", "过敏史：□有　☑无"], "ticked checkboxes in a completed form")
NEG("ph", "neg_daiding_math", ["school"], [
    "本节课学习待定系数法求二次函数解析式。", "用待定系数法设y=ax²+bx+c，代入三点坐标求解。", "例题讲解：待定系数法的一般步骤。"],
    "待定系数法 (math term)")
NEG("ph", "neg_romanisation_x", ["wechat", "school", "tech", "report"], [
    "西安交通大学（Xi'an Jiaotong University）", "厦门Xiamen、新疆Xinjiang、徐州Xuzhou", "英文名：Xinhua Road Primary School"],
    "X in pinyin romanisation")
NEG("ph", "neg_axes_genetics", ["school", "tech"], [
    "以时间为X轴、产量为Y轴绘制折线图。", "红绿色盲基因位于X染色体上。", "XY型性别决定方式。"], "X轴/X染色体")
NEG("ph", "neg_model_numbers", ["tender", "forum", "tech"], [
    "显卡：RTX 4090，24GB显存。", "车型：宝马X5 xDrive30Li。", "处理器：Ryzen 9 7950X。", "投影仪型号：EB-X51。"], "model numbers with X")
NEG("ph", "neg_sport_science_times", ["school", "report"], [
    "在4×100米接力比赛中获得第一名。", "光速约为3×10^8米/秒。", "细菌数量由2×10⁵增至8×10⁵。"], "× in relay and scientific notation")
NEG("ph", "neg_ebook_separators", ["ebook"], [
    "〘novel〙\n* * *\n〘novel〙", "〘novel〙\n——————\n〘novel〙", "〘novel〙\n※　※　※\n〘novel〙"], "scene separators in e-books")
NEG("ph", "neg_filled_contract", ["contract"], [
    "甲方：〘unit〙　法定代表人：〘name〙", "乙方：〘co〙　联系电话：〘mob〙", "签订日期：〘Y〙年〘M〙月〘D〙日"], "fully filled contract fields")
NEG("ph", "neg_roman_numerals", ["ebook", "tech", "report"], [
    "第Ⅹ卷　第Ⅻ章", "本标准附录Ⅲ、附录Ⅳ为资料性附录。", "II级响应已于〘M〙月〘D〙日解除，转为Ⅳ级。"], "Roman numerals")
NEG("ph", "neg_todo_discussed", ["tech"], [
    "代码评审要求：提交前清理所有TODO注释。", "“待办事项（To-do）”模块支持提醒和分类。", "用户可在任务清单中添加TODO项并设置截止时间。"],
    "TODO discussed as a software feature")
NEG("ph", "neg_units_abbrev", ["hospital", "report", "tech"], [
    "发放N95口罩〘N4〙只，84消毒液〘n〙箱。", "样本量n=〘n〙，P<0.05差异有统计学意义。", "办公区实现Wi-Fi全覆盖，A4纸按需领用。"],
    "N95/n=/A4 abbreviations")
NEG("ph", "neg_star_ratings", ["wechat", "forum"], [
    "综合评分：★★★★☆（4.2分）", "被评为五星级文明户★★★★★", "推荐指数：★★★"], "star ratings")
NEG("ph", "neg_wildcards_doc", ["tech"], [
    "查询时可使用通配符*匹配任意字符，?匹配单个字符。", "路径/data/*.csv表示目录下所有CSV文件。", "密码输入时以圆点显示，不回显明文。"],
    "wildcards in a technical document")

# ================================================================= MJ positives (codec over a clean frame)
MJC("utf8_as_gbk", "utf8_gbk", "UTF-8 bytes read as GBK (鍙戝睍)")
MJC("utf8_as_gbk_ignore", "utf8_gbk_ignore", "UTF-8 read as GBK, undecodable bytes dropped")
MJC("utf8_as_gb18030_title", "utf8_gb18030", "UTF-8 read as GB18030, title or signature", scopes=("title", "sig", "line"))
MJC("utf8_as_gbk_whole_doc", "utf8_gbk", "whole document UTF-8 read as GBK", scopes=("doc",))
MJC("kunjinkao", "kunjinkao", "GBK->UTF-8 replacement chars saved and read as GBK (锟斤拷)")
MJC("utf8_as_cp1252", "utf8_cp1252", "UTF-8 read as cp1252, undefined bytes dropped (å‘å±•)")
MJC("utf8_as_cp1252_replace", "utf8_cp1252_r", "UTF-8 read as cp1252 with � for undefined bytes")
MJC("utf8_as_latin1", "utf8_latin1", "UTF-8 read as Latin-1 (C1 controls included)", scopes=("word", "phrase", "title"))
MJC("double_utf8", "double_utf8", "UTF-8 encoded twice via cp1252 (Ã¥Â)", scopes=("word", "phrase", "title"))
MJC("gbk_as_cp1252", "gbk_cp1252", "GBK read as cp1252 (ÄãºÃ)")
MJC("gbk_as_latin1_csv", "gbk_latin1", "GBK CSV read as Latin-1", genres=["stats"])
MJC("gbk_as_utf8", "gbk_utf8", "GBK read as UTF-8 (����)")
MJC("gbk_as_big5", "gbk_big5", "GB page read as Big5")
MJC("big5_as_gbk", "big5_gbk", "Big5 (HK/TW) page read as GBK", genres=["hk"])
MJC("big5_as_utf8", "big5_utf8", "Big5 page read as UTF-8", genres=["hk"], scopes=("word", "phrase", "line"))
MJC("utf8_as_big5", "utf8_big5", "UTF-8 read as Big5")
MJC("gbk_as_shift_jis", "gbk_sjis", "GBK read as Shift_JIS (half-width kana debris)")
MJC("utf8_as_shift_jis", "utf8_sjis", "UTF-8 read as Shift_JIS")
MJC("utf8_as_koi8r", "utf8_koi8r", "UTF-8 read as KOI8-R")
MJC("gbk_as_koi8r", "gbk_koi8r", "GBK read as KOI8-R", scopes=("word", "phrase"))
MJC("utf8_as_euc_kr", "utf8_euckr", "UTF-8 read as EUC-KR (Hangul debris)")
MJC("gbk_as_euc_kr", "gbk_euckr", "GBK read as EUC-KR")
MJC("utf8_as_cp437", "utf8_cp437", "UTF-8 read as DOS cp437", scopes=("word", "phrase", "line"))
MJC("utf8_as_mac_roman", "utf8_macroman", "UTF-8 read as Mac Roman", scopes=("word", "phrase", "title"))
MJC("utf8_as_cp1251", "utf8_cp1251", "UTF-8 read as cp1251 (Cyrillic debris)", scopes=("word", "phrase"))
MJC("utf8_as_iso8859_7", "utf8_greek", "UTF-8 read as ISO-8859-7 (Greek debris)", scopes=("word", "phrase"))
MJC("utf8_as_cp1250", "utf8_cp1250", "UTF-8 read as cp1250 (Central European)", scopes=("word", "phrase", "sig"))
MJC("utf8_as_cp850", "utf8_cp850", "UTF-8 read as cp850", scopes=("word", "title"))
MJC("utf8_as_utf16", "utf8_utf16", "UTF-8 bytes read as UTF-16LE (random CJK/Hangul)", scopes=("word", "phrase", "line"))
MJC("double_gbk", "utf8_gbk_utf8_gbk", "UTF-8 read as GBK twice", scopes=("word", "phrase"))
MJC("trad_saved_as_gb2312", "gb2312_lost", "traditional page saved as GB2312: ? for lost chars", genres=["hk"])
MJC("ascii_column_lost", "ascii_lost", "Chinese written to an ASCII/latin1 DB column: ????",
    scopes=("word", "phrase", "line", "sig"))
MJC("gbk_shift_one_byte", "gbk_shift", "GBK stream decoded one byte out of step", scopes=("word", "phrase", "line"))
MJC("numeric_char_refs", "ncr", "decimal character references &#21457;", scopes=("word", "phrase", "title"))
MJC("hex_char_refs", "hexref", "hex character references &#x53D1;", scopes=("word", "phrase"))
MJC("unicode_escapes", "uesc", "\\u53d1 escape debris", scopes=("word", "phrase", "line"))
MJC("url_percent_in_prose", "urlq", "percent-encoded words in running text", scopes=("word", "phrase"))
MJC("quoted_printable", "qp", "quoted-printable =E5=8F=91 debris from mail", genres=["mail", "notice"], scopes=("word", "phrase", "line"))
MJC("utf7_debris", "utf7", "UTF-7 +U9FT- debris", scopes=("word", "phrase"))
MJC("rtf_escapes", "rtf", "RTF \\'b7\\'a2 escapes", scopes=("word", "phrase"))
MJC("bytes_repr", "bytesrepr", "Python bytes repr b'\\xe5...'", genres=["tech", "stats", "mail"], scopes=("word", "phrase"))
MJC("gbk_bytes_repr", "gbk_bytesrepr", "GBK bytes repr in an export", genres=["stats", "tech"], scopes=("word",))


def _pinyin(s):
    out = []
    for c in s:
        if c in PINYIN:
            t, p = PINYIN[c]
            out.append("%s(%s)" % (t, p))
        else:
            out.append(c)
    return "".join(out)


def st_pinyin(r):
    doc = compose(r, r.choice(["report", "notice", "minutes", "report"]), kmin=2)
    need = re.compile("[%s]" % "".join(PINYIN))
    scope = r.choice(["line", "doc", "doc"])
    return damage_chars(r, doc, lambda c: "%s(%s)" % PINYIN[c] if c in PINYIN else None, scope, need)


def damage_chars(r, doc, cfn, scope, need):
    idx = [i for i, (role, segs) in enumerate(doc) if len(segs) == 1 and need.search(segs[0][1])]
    if not idx:
        doc.append(["body", plain("全面推进经济发展，统筹做好各项工作。")])
        idx = [len(doc) - 1]
    if scope != "doc":
        idx = [r.choice(idx)]
    for i in idx:
        line = doc[i][1][0][1]
        segs = []
        buf = ""
        for c in line:
            d = cfn(c)
            if d is None or d == c:
                buf += c
            else:
                if buf:
                    segs.append(("t", buf, buf))
                    buf = ""
                segs.append(("m", d, c))
        if buf:
            segs.append(("t", buf, buf))
        doc[i][1] = segs
    return doc


reg("mj", "mojibake", "pinyin_annotation", "scraper trad conversion with pinyin 發(fā)展", st_pinyin)


def st_kangxi(r):
    doc = compose(r, r.choice(["report", "bank", "tender", "court"]), kmin=2)
    need = re.compile("[%s]" % "".join(KANGXI))
    p = r.choice([1.0, 1.0, 0.6])
    return damage_chars(r, doc, lambda c: KANGXI[c] if c in KANGXI and r.random() < p else None,
                        r.choice(["line", "doc"]), need)


reg("mj", "mojibake", "pdf_kangxi_radicals", "PDF extraction gives Kangxi radicals ⼯⼈ for 工人", st_kangxi)


def st_cid(r):
    doc = compose(r, r.choice(["report", "bank", "court", "tender"]), kmin=2)
    return damage_chars(r, doc, lambda c: "(cid:%d)" % (ord(c) % 9000 + 100) if CJK.match(c) and r.random() < 0.18 else None,
                        "line", CJK)


reg("mj", "mojibake", "pdf_cid_glyphs", "PDF text layer without ToUnicode: (cid:1234)", st_cid)


def st_pua(r):
    doc = compose(r, r.choice(["report", "bank", "stats"]), kmin=2)
    return damage_chars(r, doc, lambda c: chr(0xE000 + ord(c) % 0x1000) if CJK.match(c) and r.random() < 0.15 else None,
                        "line", CJK)


reg("mj", "mojibake", "pdf_private_use", "PDF font glyphs mapped to Private Use Area", st_pua)


def st_bom(r):
    g = r.choice(ZHG)
    doc = compose(r, g, kmin=1, title=True)
    line = doc[0][1][0][1]
    k = r.randint(1, 3)
    how = r.choice(["gbk", "gbk", "cp1252", "latin1"])
    clean = "\ufeff" + line[:k]
    if how == "gbk":
        dmg = D["utf8_gbk"](clean)
    elif how == "cp1252":
        dmg = clean.encode("utf-8").decode("cp1252", "replace")
    else:
        dmg = clean.encode("utf-8").decode("latin-1")
    doc[0][1] = [("m", dmg, clean), ("t", line[k:], line[k:])]
    return doc


reg("mj", "mojibake", "bom_misread", "UTF-8 BOM read as GBK/cp1252 at start (锘�/ï»¿)", st_bom)

EMOJI = ["👍", "❤️", "🎉", "😀", "🙏", "🔥", "📢", "👏", "🌸", "✅"]


def st_emoji_cp1252(r):
    e = r.choice(EMOJI)
    core = parse(fill(r, r.choice(["活动圆满结束⟪%s⟫感谢大家的参与！", "⟪%s⟫⟪%s⟫好消息！〘town〙又添新地标", "点赞⟪%s⟫在看⟪%s⟫转发"])
                      .replace("%s", e)), lambda s: s.encode("utf-8").decode("cp1252", "replace"))
    return compose(r, "wechat", core)


reg("mj", "mojibake", "emoji_as_cp1252", "WeChat emoji UTF-8 read as cp1252 (ðŸ‘)", st_emoji_cp1252)


def st_emoji_lost(r):
    e = r.choice(EMOJI)
    core = parse(fill(r, r.choice(["⟪%s⟫喜报⟪%s⟫〘school〙再获佳绩", "今天的〘comm〙真美⟪%s⟫", "⟪%s⟫温馨提示：明日停水"]).replace("%s", e)),
                 D["gbk_lost"])
    return compose(r, r.choice(["wechat", "forum"]), core)


reg("mj", "mojibake", "emoji_lost_in_gbk", "emoji saved in a GBK file become ?", st_emoji_lost)

MJT("french_as_gbk", ["report", "wechat", "mail"], [
    "〘city〙代表团访问了法国⟪Société Générale⟫总部。", "活动在⟪Café de la Paix⟫举行。", "法方代表⟪Hélène Dubois⟫女士致辞。",
    "签署了与⟪Université Lyon 3⟫的合作备忘录（含⟪Règlement⟫附件）。"], D["utf8_gbk"], "French accents UTF-8 read as GBK (caf茅)")
MJT("smart_quotes_as_gbk", ZHG, [
    "深入开展⟪“我为群众办实事”⟫实践活动。", "获评⟪“省级文明单位”⟫称号。", "坚持⟪“一盘棋”⟫思想⟪……⟫"],
    D["utf8_gbk"], "curly quotes and ellipsis UTF-8 read as GBK (鈥滄垜)")
MJT("sjis_japanese_as_gbk", ["report", "wechat", "tech"], [
    "日方来函标题为⟪ご協力ありがとうございます⟫。", "考生须携带⟪日本語能力試験⟫准考证。", "合作方⟪株式会社サクラ電機⟫派员出席。"],
    D["sjis_gbk"], "Japanese Shift_JIS read as GBK")
MJT("euckr_korean_as_gbk", ["report", "wechat", "tech"], [
    "韩方代表用韩语致辞：⟪감사합니다⟫。", "合作单位为⟪한국무역협회⟫。", "宣传册标题为⟪안녕하세요 중국⟫。"], D["euckr_gbk"], "Korean EUC-KR read as GBK")
MJT("russian_cp1251_as_cp1252", ["report", "mail", "tech"], [
    "俄方合作单位：⟪Торгово-промышленная палата⟫。", "来函结尾写道：⟪Спасибо за сотрудничество⟫。", "展品名称：⟪Матрёшка⟫（套娃）。"],
    D["cp1251_cp1252"], "Russian cp1251 read as cp1252 (Ñïàñèáî)")
MJT("russian_utf8_as_cp1252", ["report", "tech"], [
    "会议邀请函抬头为⟪Добро пожаловать⟫。", "对方公司名称：⟪Сибирская энергия⟫。"], D["utf8_cp1252_r"], "Russian UTF-8 read as cp1252 (Ð¡Ð¿)")
MJT("russian_koi8_as_cp1251", ["report", "tech"], [
    "俄文原件标题：⟪Отчёт о работе⟫。", "签约方：⟪Новосибирский завод⟫。"], D["koi8_cp1251"], "Russian KOI8-R read as cp1251")


def st_html_tags(r):
    s = fill(r, r.choice(GENRES[r.choice(["report", "notice", "wechat"])]["body"]))
    opens = ['<span style="font-family:宋体;font-size:16px;">', '<p class="MsoNormal">', "<strong>", '<font color="#333333">',
             '<p style="text-indent:2em;">', '<span lang="EN-US">']
    closes = {"<strong>": "</strong>"}
    o = r.choice(opens)
    c = closes.get(o, "</%s>" % re.match(r"<(\w+)", o).group(1))
    extra = r.choice(["", "<br />", "<o:p></o:p>", "&nbsp;"])
    core = [[("m", o, ""), ("t", s, s), ("m", c + extra, "")]]
    return compose(r, r.choice(["report", "notice", "wechat"]), core)


reg("mj", "mojibake", "html_tag_remnants", "HTML tags left in scraped text", st_html_tags)


def st_nbsp(r):
    doc = compose(r, r.choice(["report", "notice", "wechat", "school"]), kmin=2)
    idx = [i for i, (role, segs) in enumerate(doc) if role == "body"] or [0]
    for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
        line = doc[i][1][0][1]
        k = r.randint(2, 4)
        ent = "&nbsp;" * k if r.random() < 0.7 else "&amp;nbsp;" * k
        doc[i][1] = [("m", ent, "\u3000" * (k // 2)), ("t", line, line)]
    return doc


reg("mj", "mojibake", "nbsp_indent", "&nbsp; (and &amp;nbsp;) indentation debris", st_nbsp)


def st_html_double(r):
    s = fill(r, r.choice(GENRES["notice"]["body"]))
    tag = r.choice(["p", "div", "span", "b"])
    raw = "<%s>%s</%s>" % (tag, s, tag)
    esc = D["html2"](raw)
    core = [tight(esc, raw)]
    return compose(r, r.choice(["notice", "report"]), core)


reg("mj", "mojibake", "html_double_escaped", "HTML escaped twice (&amp;lt;p&amp;gt;)", st_html_double)


def st_entities(r):
    t = fill(r, r.choice(["坚持“〘topic〙”常态化——确保全覆盖…", "〘town〙·〘comm〙“邻里节”圆满举办", "温度：-5℃～8℃，湿度≤80%"]))
    return compose(r, r.choice(["report", "wechat", "notice"]),
                   [tight_multi(t, lambda c: c.encode("ascii", "t16entref").decode() if ord(c) < 0x4E00 and ord(c) > 127 and ord(c) in codepoint2name else None)])


def tight_multi(line, cfn):
    segs = []
    buf = ""
    for c in line:
        d = cfn(c)
        if d is None:
            buf += c
        else:
            if buf:
                segs.append(("t", buf, buf))
                buf = ""
            segs.append(("m", d, c))
    if buf:
        segs.append(("t", buf, buf))
    if not any(k == "m" for k, _, _ in segs):
        raise ValueError("no entity produced")
    return segs


reg("mj", "mojibake", "named_entities", "punctuation left as &ldquo;&mdash;&middot;", st_entities)


def st_json_surrogates(r):
    e = r.choice(EMOJI[:1] + EMOJI[2:])
    core = parse(fill(r, r.choice(["⟪%s⟫活动报名开始啦", "感谢每一位志愿者⟪%s⟫", "评论区：说得好⟪%s⟫⟪%s⟫"]).replace("%s", e)),
                 lambda s: json.dumps(s)[1:-1])
    return compose(r, r.choice(["wechat", "forum"]), core)


reg("mj", "mojibake", "json_surrogate_escapes", "emoji as JSON surrogate escapes \\ud83d\\udc4d", st_json_surrogates)


def st_literal_newlines(r):
    g = r.choice(["notice", "report", "wechat"])
    a = fill(r, r.choice(GENRES[g]["body"]))
    b = fill(r, r.choice(GENRES[g]["body"]))
    sep = r.choice(["\\n", "\\r\\n", "\\n\\n", "\\t"])
    return compose(r, g, [[("t", a, a), ("m", sep, "\n"), ("t", b, b)]])


reg("mj", "mojibake", "literal_escape_newlines", "literal \\n / \\r\\n left by a JSON/CSV export", st_literal_newlines)


def st_rare_name(r):
    nm = r.choice(SURN) + r.choice(GIVEN) * r.randint(0, 1) + r.choice(RARE)
    core = parse(fill(r, r.choice(["获奖人员：〘name〙、⟪%s⟫、〘name〙", "经研究，任命⟪%s⟫同志为〘unit〙副局长。",
                                   "主讲人：⟪%s⟫（〘school〙高级教师）"]).replace("%s", nm)), D["gb2312_lost"])
    return compose(r, r.choice(["notice", "school", "report"]), core)


reg("mj", "mojibake", "rare_name_char_lost", "rare name character lost to ? in a GB2312 pipeline", st_rare_name)


def st_truncated(r):
    g = r.choice(ZHG)
    doc = compose(r, g, kmin=1, title=True)
    line = doc[0][1][0][1]
    b = line.encode("utf-8")
    mids = [i for i in range(max(1, len(b) - 15), len(b)) if b[i] & 0xC0 == 0x80]
    if not mids:
        raise ValueError("no multibyte char near the end")
    dmg = b[:r.choice(mids)].decode("utf-8", "replace")
    doc[0][1] = tight(dmg, line)
    return doc


reg("mj", "mojibake", "truncated_utf8_title", "title cut mid-character by a byte-limited field (…�)", st_truncated)


def st_gbk_csv_cell(r):
    hdr = "序号,项目名称,责任单位,完成率"
    rows = [hdr]
    segs_rows = [plain(hdr)]
    bad = r.randint(1, 3)
    enc = r.choice(["utf8_gbk", "gbk_utf8", "gbk_cp1252", "utf8_cp1252"])
    for i in range(1, 4):
        p = fill(r, "〘proj〙")
        u = fill(r, "〘unit〙")
        pc = fill(r, "〘pct〙")
        if i == bad:
            segs_rows.append([("t", "%d," % i, "%d," % i)] + tight(D[enc](p), p) + [("t", ",%s,%s" % (u, pc), ",%s,%s" % (u, pc))])
        else:
            segs_rows.append(plain("%d,%s,%s,%s" % (i, p, u, pc)))
    return compose(r, "stats", segs_rows, title=r.random() < 0.4, sig=False, kmax=0)


reg("mj", "mojibake", "csv_single_cell", "one CSV cell from another encoding", st_gbk_csv_cell)


def st_subtitle(r):
    lines = []
    n = r.randint(1, 200)
    bad = r.randint(0, 1)
    enc = r.choice(["utf8_gbk", "gbk_big5", "gbk_utf8", "utf8_cp1252"])
    for k in range(2):
        t0 = r.randint(60, 5000) * 1000 + r.randint(0, 999)
        t2 = t0 + r.randint(800, 4000)
        t1 = "%s --> %s" % tuple("%02d:%02d:%02d,%03d" % (t // 3600000, t // 60000 % 60, t // 1000 % 60, t % 1000) for t in (t0, t2))
        s = r.choice(SUBS)
        lines += [plain(str(n + k)), plain(t1)]
        lines.append(tight(D[enc](s), s) if k == bad else plain(s))
        if k == 0:
            lines.append(plain(""))
    return [["core", l] for l in lines]


reg("mj", "mojibake", "srt_subtitle", "subtitle file in the wrong encoding", st_subtitle)


def st_ebook(r):
    doc = compose(r, "ebook", kmin=2)
    return damage(r, doc, D[r.choice(["utf8_gbk", "gbk_big5", "utf8_big5", "gbk_utf8"])], r.choice(["phrase", "line", "doc"]))


reg("mj", "mojibake", "ebook_txt_encoding", "novel TXT read with the wrong encoding", st_ebook)


def st_mixed_kinds(r):
    doc = compose(r, r.choice(["report", "notice", "wechat"]), kmin=3)
    damage(r, doc, D["kunjinkao"], "word")
    damage(r, doc, D["utf8_gbk"], "word")
    return doc


reg("mj", "mojibake", "mixed_damage_kinds", "锟斤拷 and 鍙戝睍 in one document", st_mixed_kinds)


def st_mixed_foreign(r):
    clean_foreign = r.choice(["Grüße aus München", "Ευχαριστώ πολύ", "Добро пожаловать", "ありがとうございます", "감사합니다", "Año Nuevo"])
    s = fill(r, r.choice(GENRES["report"]["body"]))
    a, b = pick_target(r, s, "word")
    segs = [("t", "外方嘉宾致辞（%s）。" % clean_foreign, "外方嘉宾致辞（%s）。" % clean_foreign), ("t", s[:a], s[:a])]
    segs += tight(D[r.choice(["utf8_gbk", "utf8_cp1252", "gbk_utf8"])](s[a:b]), s[a:b]) + [("t", s[b:], s[b:])]
    return compose(r, "report", [segs])


reg("mj", "mojibake", "damage_beside_foreign", "Chinese damage next to clean foreign text", st_mixed_foreign)

# ================================================================= MJ negatives
NEG("mj", "neg_traditional_clean", ["hk"], ["〘Y〙年度服務表現", "立法會財務委員會已批准撥款。"], "clean traditional Chinese (HK/TW)")
NEG("mj", "neg_cantonese", ["hk", "forum"], [
    "街坊話：「呢度啲嘢好抵食，下次再嚟。」", "佢哋琴日已經搬咗去新屋。", "有冇人知道幾點開門？"], "Cantonese characters")
NEG("mj", "neg_quoted_russian", ["report", "mail", "tech"], [
    "俄方来函结尾写道：“Спасибо за сотрудничество”（感谢合作）。", "展会俄文名称为«Иннопром»。", "合作单位：Новосибирский завод"],
    "quoted Russian")
NEG("mj", "neg_quoted_japanese", ["report", "wechat", "school"], [
    "日语角本周学习“よろしくお願いします”的用法。", "友好城市来信：「ご協力ありがとうございました」。", "合作企业：株式会社サクラ電機"],
    "quoted Japanese")
NEG("mj", "neg_quoted_korean", ["report", "wechat"], [
    "韩国客商用韩语说“감사합니다”表示感谢。", "合作方为한국무역협회（韩国贸易协会）。", "韩文标识：출구（出口）"], "quoted Korean")
NEG("mj", "neg_greek_math", ["school", "tech"], [
    "设α、β为方程的两个根，求α+β的值。", "电阻R=10Ω，电流I=0.5A。", "ΔT表示温度变化量，λ为导热系数。", "希腊语“Ευχαριστώ”意为谢谢。"],
    "Greek letters and text")
NEG("mj", "neg_french_german", ["report", "wechat", "mail"], [
    "法国合作方Société Générale代表出席签约仪式。", "来自München的Müller先生介绍了经验。", "Café de Flore、Crème brûlée等词汇常见于菜单。"],
    "French/German accents")
NEG("mj", "neg_emoji_wechat", ["wechat"], [
    "活动圆满结束👏感谢大家的参与！", "📢重要通知：明天上午停水🚰", "🎉🎉恭喜〘school〙获得一等奖！"], "real emoji")
NEG("mj", "neg_rare_chars", ["notice", "school", "report"], [
    "获奖人员：王堃、李喆、陈珺、周玥。", "〘town〙吉祥物名为“犇犇”。", "姓名：龙燚　性别：男", "地名：𠙶山村（原作“石山村”）"],
    "legitimate rare characters")
NEG("mj", "neg_html_code_doc", ["tech"], [
    "在页面中使用<span style=\"color:red\">标签设置局部颜色，结束时写</span>。", "段落使用<p>标签，换行使用<br>标签。",
    "示例代码：<div class=\"header\">标题</div>"], "HTML quoted as code")
NEG("mj", "neg_entities_explained", ["tech", "school"], [
    "HTML中的&nbsp;表示不换行空格，&lt;和&gt;分别表示小于号和大于号。", "在XML里，&amp;用来表示和号本身。",
    "字符引用&#20013;对应汉字“中”。"], "entities explained in a web course")
NEG("mj", "neg_pinyin_lesson", ["school"], [
    "学习“发展(fāzhǎn)”一词，注意“展”读第三声。", "生字：春(chūn)、夏(xià)、秋(qiū)、冬(dōng)。", "“长(zhǎng)大”与“长(cháng)短”读音不同。"],
    "pinyin in a language lesson")
NEG("mj", "neg_urls_emails_files", ["notice", "tech", "mail"], [
    "详情请访问https://www.〘dom〙.gov.cn/zwgk/index.html", "联系邮箱：〘email〙", "附件：〘Y〙年工作总结.docx、统计表.xlsx",
    "下载地址：ftp://files.〘dom〙.cn/pub/readme.txt"], "URLs, emails, file names")
NEG("mj", "neg_units_symbols", ["report", "hospital", "tech"], [
    "PM2.5年均浓度为28μg/m³，同比下降5.2‰。", "室温控制在20℃±2℃。", "绿地面积达〘N4〙㎡，人均≥12㎡。", "坡度≤15°，误差±0.5mm。"],
    "units and symbols")
NEG("mj", "neg_symbols_circled", ["report", "notice"], [
    "①加强组织领导；②压实工作责任；③强化督查考核。", "★重点任务　※注意事项　→下一步", "▲图1　▼表2　◆说明"], "circled numbers and symbols")
NEG("mj", "neg_box_drawing", ["tech", "stats"], [
    "┌──────┬──────┐\n│ 项目 │ 金额 │\n├──────┼──────┤\n│ 合计 │ 〘N4〙 │\n└──────┴──────┘",
    "目录结构：\n├── src\n│   └── main.py\n└── README.md"], "box-drawing table")
NEG("mj", "neg_code_escapes_doc", ["tech"], [
    "在Java源码中，汉字“中”可以写成\\u4e2d。", "字符串中的\\n表示换行，\\t表示制表符。", "Python中b'\\xe4\\xb8\\xad'是“中”的UTF-8字节。"],
    "escapes explained in a programming course")
NEG("mj", "neg_pinyin_placenames", ["report", "wechat", "school"], [
    "厦门（Xiamen）、郑州（Zhengzhou）两地签署合作协议。", "路牌标注为“Jiefang Rd”。", "校名英文译名：Beijing No.4 High School"],
    "pinyin romanisation")
NEG("mj", "neg_vietnamese", ["report", "wechat"], [
    "越南客商来函抬头：Cộng hòa Xã hội chủ nghĩa Việt Nam。", "越方合作企业：Công ty TNHH Thương mại Hà Nội。", "越南语“Xin chào”意为你好。"],
    "Vietnamese diacritics")
NEG("mj", "neg_chem_formulas", ["school", "report", "tech"], [
    "二氧化碳（CO₂）排放量同比下降〘pct〙。", "硫酸（H₂SO₄）须专柜存放。", "溶液中Ca²⁺和Mg²⁺浓度达标。"], "chemical formulas")
NEG("mj", "neg_fullwidth_ascii", ["report", "notice"], [
    "ＧＤＰ增速为６．５％。", "联系电话：０７５５－２３４５６７８９", "ＱＱ群：１２３４５６７８"], "full-width ASCII")
NEG("mj", "neg_question_marks", ["forum", "mail", "school"], [
    "英语题：What is your name?", "请问今天下午开会吗？", "Are you sure? 你确定吗？"], "legitimate question marks")
NEG("mj", "neg_percent_url", ["tech", "notice"], [
    "搜索链接：https://search.〘dom〙.gov.cn/?q=%E5%8F%91%E5%B1%95", "API示例：GET /api/v1/search?kw=%E6%B5%8B%E8%AF%95&page=1"],
    "percent-encoding inside a genuine URL")
NEG("mj", "neg_ipa_dialect", ["school", "tech"], [
    "方言调查：“日”读作[ʐʅ˥˩]，“水”读作[ʂuei˨˩˦]。", "国际音标[ŋ]表示舌根鼻音。", "声调符号˥˧˩分别表示高、中、低调。"],
    "IPA in a dialect survey")
NEG("mj", "neg_spanish_portuguese", ["report", "wechat"], [
    "代表团访问了São Paulo和España的合作城市。", "西班牙语“Año Nuevo”意为新年。", "Açaí果汁在展会上受到欢迎。"], "ñ/ã/ç")
NEG("mj", "neg_uyghur_bilingual", ["notice", "report"], [
    "双语标识：ئۈرۈمچی（乌鲁木齐）", "维吾尔语欢迎词：خۇش كەلدىڭىز", "蒙古文：ᠮᠣᠩᠭᠣᠯ（蒙古）"], "Uyghur/Mongolian scripts")
NEG("mj", "neg_math_symbols", ["school", "tech"], [
    "∑ᵢxᵢ=100，∫₀¹f(t)dt=0.5", "若a∈A且A⊆B，则a∈B。", "√2≈1.414，π≈3.1416"], "math symbols")
NEG("mj", "neg_trademark_symbols", ["tech", "tender"], [
    "Windows®操作系统、Intel®处理器", "本产品通过ISO 9001认证©〘Y〙", "SuperMap™地理信息平台，详见§3.2。"], "®©™§")
NEG("mj", "neg_sanskrit_buddhist", ["report", "wechat"], [
    "《般若波罗蜜多心经》梵文名Prajñāpāramitā Hṛdaya。", "寺院展出了Mañjuśrī造像拓片。"], "IAST diacritics")
NEG("mj", "neg_mojibake_lookalike_words", ["report", "school", "wechat"], [
    "学生朗诵了宋词《浣溪沙》。", "赤壁鏖战的故事家喻户晓。", "濮阳、亳州、漯河三地签署文旅合作协议。", "展出了锟铻剑的复制品（锟铻为古代宝剑名）。"],
    "real words with characters typical of GBK mojibake (浣, 鏖, 濮, 锟)")
NEG("mj", "neg_kaomoji", ["wechat", "forum"], [
    "今天也是元气满满的一天(๑•̀ㅂ•́)و✧", "排了两个小时队¯\\_(ツ)_/¯", "终于办好了(≧∇≦)ﾉ"], "kaomoji in posts")
NEG("mj", "neg_zhuyin", ["school", "hk"], [
    "注音符號：ㄅㄆㄇㄈ", "「發」的注音是ㄈㄚ，聲調為一聲。", "小朋友先學ㄅㄆㄇ，再學拼讀。"], "bopomofo in a Taiwan lesson")
NEG("mj", "neg_hashes_base64", ["tech"], [
    "安装包SHA-256校验值：9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "证书指纹（MD5）：3C:9A:1F:77:E2:04:5B:D1",
    "接口签名示例：c2lnbmF0dXJlLWV4YW1wbGU="], "hashes and base64 in a technical document")
NEG("mj", "neg_hk_bilingual", ["hk"], [
    "政府將繼續推動創新科技發展 (The Government will continue to promote innovation and technology.)",
    "查詢熱線 Enquiry Hotline：2345 6789", "香港特別行政區政府 HKSAR Government"], "bilingual HK notice")


# ---------------------------------------------------------------- generation
def gen_record(seed, st, i, seen):
    r = random.Random("%s|%d|%s|%d" % (PREFIX, seed, st["name"], i))
    for attempt in range(30):
        try:
            doc = st["fn"](r)
            text, spans = assemble(doc)
            if (st["label"] == "negative") == bool(spans):
                raise ValueError("label/spans mismatch")
            if text in seen and attempt < 29:
                raise ValueError("duplicate text")
            seen.add(text)
            break
        except ValueError:
            continue
    else:
        raise RuntimeError("style %s failed" % st["name"])
    assert text.count("\n") <= 11, (st["name"], text)
    return dict(id="%s-s%d-%s-%s-%02d" % (PREFIX, seed, st["family"], st["name"], i), family=st["family"], style=st["name"],
                label=st["label"], text=text, spans=[[a, b] for a, b, _, _ in spans], note=st["note"]), spans


def generate(seed):
    recs = []
    clean = {}
    seen = set()
    for st in STYLES:
        for i in range(PER_STYLE[(st["family"], st["label"])]):
            rec, spans = gen_record(seed, st, i, seen)
            recs.append(rec)
            clean[rec["id"]] = spans
    random.Random("%s|order|%d" % (PREFIX, seed)).shuffle(recs)
    return recs, clean


# ---------------------------------------------------------------- verification
PH_TOKEN = re.compile(r"[xXｘＸ×]|某|[＿_]{2,}|\*|＊|[○〇□]|【[^】]*】|\{\{|\{[A-Z]+\}|\$\{|#\{|%[A-Za-z_]+%|«|<<|"
                      r"\[[^\]]+\]|<[^<>]+>|TODO|TBD|待定|待补充|待核实|填写|请输入|输入|键入|Lorem|YOUR_|[X某]先生")
PH_STRICT = re.compile(r"[xX]{2,}|[ｘＸ]{2,}|×{2,}|某某|＿{2,}|_{3,}|\{\{|\*{2,}|TODO|待定|[○〇□]{2,}|"
                       r"【[^】]{0,8}(名称|姓名|金额|电话|日期)[^】]{0,4}】")


def verify(paths):
    problems = []
    regen = {}
    n = 0
    for path in paths:
        seen = set()
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                n += 1
                where = "%s:%d" % (path, ln)
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    problems.append("%s: bad JSON (%s)" % (where, e))
                    continue
                for k in ("id", "family", "style", "label", "text", "spans", "note"):
                    if k not in rec:
                        problems.append("%s: missing %s" % (where, k))
                if any(k not in rec for k in ("id", "text", "spans", "label", "family")):
                    continue
                rid, text, spans, label, fam = rec["id"], rec["text"], rec["spans"], rec["label"], rec["family"]
                if rid in seen:
                    problems.append("%s: duplicate id %s" % (where, rid))
                seen.add(rid)
                if fam not in ("ph", "mj") or label not in ("placeholder", "mojibake", "negative"):
                    problems.append("%s: bad family/label" % where)
                if (fam == "ph" and label == "mojibake") or (fam == "mj" and label == "placeholder"):
                    problems.append("%s: label does not fit family" % where)
                if not text or text.count("\n") > 11:
                    problems.append("%s: text must have 1-12 lines" % where)
                if not re.fullmatch(r"[a-z0-9_]+", rec.get("style", "")):
                    problems.append("%s: style not snake_case" % where)
                if label == "negative" and spans:
                    problems.append("%s: negative with spans" % where)
                if label != "negative" and not spans:
                    problems.append("%s: positive without spans" % where)
                prev = -1
                ok = True
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
                        problems.append("%s: malformed span %r" % (where, sp))
                        ok = False
                        continue
                    a, b = sp
                    if not (0 <= a < b <= len(text)):
                        problems.append("%s: span %r outside text or empty" % (where, sp))
                        ok = False
                        continue
                    if a < prev:
                        problems.append("%s: spans overlap or unsorted" % where)
                    prev = b
                    s = text[a:b]
                    if label == "placeholder":
                        if not PH_TOKEN.search(s):
                            problems.append("%s: span %r holds no placeholder: %r" % (where, sp, s))
                        if s != s.strip():
                            problems.append("%s: placeholder span with edge whitespace %r" % (where, s))
                if label == "placeholder" and ok:
                    outside = []
                    pos = 0
                    for a, b in spans:
                        outside.append(text[pos:a])
                        pos = b
                    outside.append(text[pos:])
                    for o in outside:
                        m = PH_STRICT.search(o)
                        if m:
                            problems.append("%s: unmarked placeholder %r outside spans" % (where, m.group()))
                if label == "mojibake" and ok:
                    m = re.match(r"%s-s(\d+)-" % PREFIX, rid)
                    if not m:
                        problems.append("%s: id does not name a seed" % where)
                        continue
                    seed = int(m.group(1))
                    if seed not in regen:
                        recs, clean = generate(seed)
                        regen[seed] = ({x["id"]: x for x in recs}, clean)
                    byid, clean = regen[seed]
                    if rid not in byid or byid[rid]["text"] != text or byid[rid]["spans"] != spans:
                        problems.append("%s: record differs from regeneration of seed %d" % (where, seed))
                        continue
                    for (a, b), (_, _, _, c) in zip(spans, clean[rid]):
                        if text[a:b] == c:
                            problems.append("%s: mojibake span %r equals clean text %r" % (where, [a, b], c))
    for p in problems[:50]:
        print(p, file=sys.stderr)
    print("verified %d records in %d file(s): %d problem(s)" % (n, len(paths), len(problems)))
    return 1 if problems else 0


# ---------------------------------------------------------------- style table
def style_table(seed):
    recs, _ = generate(seed)
    rows = {}
    for rec in sorted(recs, key=lambda x: x["id"]):
        d = rows.setdefault(rec["style"], dict(family=rec["family"], placeholder=0, mojibake=0, negative=0, ex=None))
        d[rec["label"]] += 1
        if d["ex"] is None:
            t = rec["text"]
            if rec["spans"]:
                a, b = rec["spans"][0]
                lo = max(0, a - 12)
                t = ("…" if lo else "") + t[lo:b + 12]
            d["ex"] = t[:60]
    out = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for st in STYLES:
        d = rows[st["name"]]
        ex = d["ex"].replace("\\", "\\\\").replace("|", "\\|").replace("\n", "⏎").replace("`", "'")
        ex = "".join(c if (c.isprintable() or c == " ") else "\\x%02x" % ord(c) if ord(c) < 256 else "\\u%04x" % ord(c) for c in ex)
        out.append("| %s | %s | %d | %d | %d | %s |" % (st["name"], d["family"], d["placeholder"], d["mojibake"], d["negative"], ex))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.style_table:
        with open(a.style_table, "w", encoding="utf-8") as fh:
            fh.write(style_table(a.seed))
        print("wrote style table for %d styles to %s" % (len(STYLES), a.style_table))
        return
    if not a.out:
        ap.error("--out, --verify or --style-table required")
    recs, _ = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))


if __name__ == "__main__":
    main()
