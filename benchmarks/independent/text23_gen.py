#!/usr/bin/env python3
"""Held-out test collection 23 (text): placeholder (ph) and mojibake (mj) records
of Chinese report-like text.  Standard library only, Python 3.11.

    python3 text23_gen.py --seed N --out FILE
    python3 text23_gen.py --verify FILE [FILE ...]
    python3 text23_gen.py --style-table FILE [--seed N]

Every document is built from line templates whose facts are "slots".  A
placeholder style masks some slots with a placeholder form and records the
span of each form; a mojibake style damages a chosen stretch (a word, a slot,
a line, a title, a table cell, a signature, whole document) with a real codec
round trip and records the span and the clean original (in the note, after
"orig=").  Negatives are clean documents plus look-alike traps.
Seeding uses random.Random(str) so output does not depend on PYTHONHASHSEED.
"""
import argparse
import base64
import codecs
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

# --------------------------------------------------------------------------- pools
SURN = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏"
        "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文斌宇浩凯鹏辉玲萍红梅欣怡晨阳佳琪涵轩雨桐"
         "思远志海燕春生永福德顺立新晓东振芝玉珍凤翠秋菊金荣庆祥宏俊峰岚婷")
PLACE1 = ["青禾", "柳溪", "石门", "桃源", "云岭", "松坪", "白沙", "东湖", "龙泉", "金川", "枫林", "杏坛", "望江",
          "南屏", "凤鸣", "双河", "清水", "马鞍", "黄埠", "鹤山", "莲塘", "下洞", "长坑", "荷叶", "槐树", "大岗",
          "沙田", "梅岭", "横岭", "碧溪", "安仁", "新圩", "古竹", "三江", "红岩", "坪山"]
TOWN_SUF = ["镇", "乡", "街道"]
VIL_SUF = ["村", "社区", "村委会"]
CO_SUF = ["农业发展有限公司", "建筑工程有限公司", "物业服务有限公司", "农民专业合作社", "商贸有限责任公司",
          "环保科技有限公司", "劳务派遣有限公司", "食品有限公司", "水务有限公司", "医药连锁有限公司"]
ROADS = ["人民路", "建设路", "解放街", "育才路", "滨江大道", "新华街", "工农路", "振兴大道", "朝阳路", "文昌街"]
DRUGS = [("阿莫西林胶囊", "0.25g×24粒"), ("布洛芬缓释胶囊", "0.3g×20粒"), ("蒙脱石散", "3g×10袋"),
         ("氯雷他定片", "10mg×6片"), ("复方甘草片", "100片"), ("奥美拉唑肠溶胶囊", "20mg×14粒"),
         ("硝苯地平控释片", "30mg×7片"), ("二甲双胍片", "0.5g×48片")]
DISHES = ["番茄炒蛋", "清蒸鲈鱼", "小米粥", "紫薯发糕", "青菜肉丝面", "香菇鸡块", "冬瓜排骨汤", "玉米窝头",
          "蒸南瓜", "虾仁蒸蛋", "白菜豆腐", "红枣银耳羹"]
DEPTS = ["内科", "儿科", "口腔科", "眼科", "妇产科", "骨科", "中医科", "皮肤科"]


def g_name(r):
    return r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2, 2))))


class Ctx:
    """Per-document fact source; some kinds are cached so a document stays consistent."""
    CACHED = {"town", "county", "village", "org", "year"}

    def __init__(self, r):
        self.r = r
        self.cache = {}

    def val(self, kind):
        if kind in self.CACHED and kind in self.cache:
            return self.cache[kind]
        v = self._make(kind)
        if kind in self.CACHED:
            self.cache[kind] = v
        return v

    def _make(self, k):
        r = self.r
        if k == "name":
            return g_name(r)
        if k == "town":
            return r.choice(PLACE1) + r.choice(TOWN_SUF)
        if k == "county":
            return r.choice(PLACE1) + r.choice(["县", "区", "市"])
        if k == "village":
            return r.choice(PLACE1) + r.choice(VIL_SUF)
        if k == "org":
            return r.choice(PLACE1) + r.choice(CO_SUF)
        if k == "year":
            return str(r.choice([2021, 2022, 2023, 2024]))
        if k == "date":
            return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
        if k == "fdate":
            return f"{self.val('year')}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
        if k == "bdate":
            return f"{r.randint(1960, 2000)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
        if k == "ymd":
            return f"{self.val('year')}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if k == "money":
            return f"{r.uniform(1, 980):.2f}"
        if k == "yuan":
            return str(r.choice([300, 500, 800, 1200, 1500, 2000, 2400, 3600, 4800, 6000]) + r.randint(0, 9) * 10)
        if k == "count":
            return str(r.randint(12, 2600))
        if k == "small":
            return str(r.randint(2, 9))
        if k == "pct":
            return f"{r.uniform(1, 99):.1f}"
        if k == "phone":
            return "1" + r.choice("3578") + "".join(str(r.randint(0, 9)) for _ in range(9))
        if k == "id":
            return (f"{r.choice(['440', '360', '430', '510', '320', '370'])}{r.randint(100, 999)}"
                    f"{r.randint(1955, 2010)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(100, 999)}"
                    f"{r.choice('0123456789X')}")
        if k == "docno":
            return f"{r.choice(PLACE1)[0]}{r.choice(['政办', '府发', '农字', '卫健', '教发'])}〔{self.val('year')}〕{r.randint(1, 98)}号"
        if k == "addr":
            return f"{r.choice(ROADS)}{r.randint(1, 299)}号"
        if k == "time":
            return f"{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}"
        if k == "area":
            return f"{r.uniform(0.3, 12):.2f}"
        if k == "card":
            return "6222" + "".join(str(r.randint(0, 9)) for _ in range(15))
        if k == "plate":
            return r.choice("粤湘赣川苏鲁") + r.choice("ABCDEF") + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(5))
        raise KeyError(k)


# --------------------------------------------------------------------------- genres
# A genre is a title list plus body line templates; "{kind}" marks a slot.
GENRES = {
    "work_report": dict(
        title=["{town}{year}年工作总结", "{town}{year}年上半年工作情况汇报", "{county}{year}年政府工作报告(摘要)"],
        body=["一、主要工作完成情况",
              "今年以来,全{town}完成固定资产投资{money}万元,同比增长{pct}%,新增市场主体{count}户。",
              "(一)抓项目促发展。全年共实施重点项目{small}个,累计完成投资{money}万元,其中新建标准厂房{count}平方米。",
              "(二)兜牢民生底线。发放临时救助金{money}万元,惠及困难群众{count}人次,城乡低保按月足额发放。",
              "截至{date},辖区城乡居民医保参保{count}人,参保率达{pct}%。",
              "组织开展安全生产检查{count}次,排查整改隐患{count}处,全年未发生较大以上安全事故。",
              "二、存在的问题",
              "产业结构偏单一,招商引资后劲不足,部分干部服务意识有待提升。",
              "三、下一步工作打算",
              "坚持稳中求进工作总基调,力争明年完成一般公共预算收入{money}万元。"],
        sig=["{town}人民政府", "{fdate}"]),
    "village_notice": dict(
        title=["{village}村务公开栏({year}年第{small}季度)", "关于{village}集体经济收支情况的公示"],
        body=["根据村务公开有关规定,现将本村{year}年第{small}季度财务收支情况公示如下:",
              "一、集体经营性收入{money}万元,其中土地租金{money}万元。",
              "二、支出{money}万元,主要用于道路硬化{count}米、路灯维修{small}处。",
              "三、发放高龄老人补贴{count}人,每人每月{yuan}元。",
              "公示时间:{date}至{date},如有异议请向村务监督委员会反映。",
              "监督电话:{phone}(村务监督委员会主任{name})"],
        sig=["{village}村民委员会", "{fdate}"]),
    "land_contract": dict(
        title=["农村土地承包经营权证", "{county}农村土地承包合同(家庭承包方式)"],
        body=["发包方:{village}第{small}村民小组",
              "承包方代表:{name}  身份证号:{id}",
              "承包地块总面积{area}亩,共{small}块,承包期限自{fdate}起至{fdate}止。",
              "地块四至:东至{name}承包地,西至机耕路,南至排水沟,北至{name}承包地。",
              "家庭成员共{small}人,均享有同等承包权益。",
              "本合同一式三份,发包方、承包方及{town}农村经营管理站各执一份。"],
        sig=["发包方负责人:{name}", "签订日期:{fdate}"]),
    "homestead": dict(
        title=["农村宅基地和建房(规划许可)申请表", "{town}宅基地使用权登记公示"],
        body=["申请户主:{name},家庭人口{small}人,现住址{village}{addr}。",
              "拟申请宅基地面积{count}平方米,建筑面积{count}平方米,层数{small}层。",
              "四邻意见:东邻{name}无异议,西邻{name}无异议。",
              "村民小组意见:经{date}户代表会议讨论,同意上报。",
              "经审核,该户符合一户一宅条件,予以公示,公示期{small}个工作日。"],
        sig=["{town}人民政府(盖章)", "{fdate}"]),
    "subsidy_list": dict(
        title=["{year}年耕地地力保护补贴发放花名册", "{village}{year}年农机购置补贴发放明细"],
        table=["序号\t姓名\t身份证号\t补贴面积(亩)\t补贴金额(元)",
               "{small}\t{name}\t{id}\t{area}\t{yuan}",
               "{small}\t{name}\t{id}\t{area}\t{yuan}",
               "{small}\t{name}\t{id}\t{area}\t{yuan}"],
        body=["以上补贴资金已于{date}通过惠农一卡通发放到户,合计{money}万元。"],
        sig=["制表人:{name}  审核人:{name}"]),
    "poverty_file": dict(
        title=["脱贫户(监测户)信息采集表", "{village}防返贫监测对象帮扶台账"],
        body=["户主姓名:{name}  联系电话:{phone}",
              "家庭住址:{town}{village}{addr}",
              "家庭人口{small}人,{year}年家庭人均纯收入{yuan}元。",
              "主要致贫风险:因病,{name}患慢性病,年医疗支出{yuan}元。",
              "帮扶责任人:{name}(县农业农村局),联系电话{phone}。",
              "帮扶措施:落实公益性岗位{small}个,发放产业奖补{yuan}元。"],
        sig=["填表日期:{fdate}"]),
    "school_notice": dict(
        title=["致家长的一封信", "{town}中心小学关于暑假安全教育的告家长书", "{town}第二中学家长会通知"],
        body=["尊敬的家长:您好!",
              "本学期将于{date}正式放假,{date}返校,请家长督促孩子按时完成假期作业。",
              "学校定于{date}下午{time}在教学楼{small}楼召开家长会,请准时参加。",
              "严禁学生私自到河塘、水库游泳,家长要切实履行监护责任。",
              "班主任:{name},联系电话:{phone}。",
              "请家长阅读后在回执上签字,由学生带回交班主任。"],
        sig=["{town}中心小学", "{fdate}"]),
    "kindergarten_menu": dict(
        title=["{town}中心幼儿园第{small}周食谱", "幼儿一周带量食谱({date}—{date})"],
        table=["星期\t早点\t午餐\t午点",
               "周一\t{dish}\t{dish}、{dish}\t{dish}",
               "周二\t{dish}\t{dish}、{dish}\t{dish}",
               "周三\t{dish}\t{dish}、{dish}\t{dish}"],
        body=["本周食谱由保健医生{name}审定,食材均从定点供应商采购。"],
        sig=["{town}中心幼儿园保健室"]),
    "hospital_slip": dict(
        title=["{county}人民医院预约挂号凭条", "门诊预约单"],
        body=["患者姓名:{name}  性别:{sex}  年龄:{small}{small}岁",
              "预约科室:{dept}  医生:{name}",
              "就诊日期:{ymd}  时段:{time}-{time}",
              "就诊卡号:{card}",
              "请于就诊前30分钟到{small}楼自助机签到,过号需重新排队。",
              "咨询电话:{phone}"],
        sig=["打印时间:{ymd} {time}"]),
    "prescription": dict(
        title=["{county}中医院门诊处方笺", "处方"],
        body=["姓名:{name}  性别:{sex}  年龄:{small}{small}岁  科别:{dept}",
              "临床诊断:上呼吸道感染",
              "Rp:{drug}  用法:口服,每日{small}次,每次{small}粒",
              "Rp:{drug}  用法:饭后口服,每日{small}次",
              "医师:{name}  审核药师:{name}  金额:{yuan}元"],
        sig=["开具日期:{ymd}"]),
    "pharmacy_receipt": dict(
        title=["{org}销售小票", "零售药店收费凭证"],
        body=["单号:{count}{count}  收银员:{name}",
              "{drug}  数量:{small}  单价:{money}",
              "{drug}  数量:{small}  单价:{money}",
              "合计:{money}元  医保统筹支付:{money}元  个人现金:{money}元",
              "会员:{name}  电话:{phone}",
              "谢谢惠顾,药品售出后非质量问题不予退换。"],
        sig=["{ymd} {time}"]),
    "household_cert": dict(
        title=["户籍证明", "{county}公安局{town}派出所户籍证明"],
        body=["兹证明{name},性别{sex},公民身份号码{id},系我所辖区常住人口,",
              "户籍地址:{town}{village}{addr}。",
              "该人于{fdate}由外省迁入本辖区,与户主{name}系{rel}关系。",
              "本证明仅用于办理子女入学手续,有效期{small}个月。"],
        sig=["{town}派出所(户籍专用章)", "经办民警:{name}", "{fdate}"]),
    "marriage_cert": dict(
        title=["结婚证", "婚姻登记证明"],
        body=["持证人:{name}  登记日期:{fdate}",
              "结婚证字号:J{count}-{year}-{count}",
              "姓名:{name}  性别:男  国籍:中国  出生日期:{bdate}  身份证件号:{id}",
              "姓名:{name}  性别:女  国籍:中国  出生日期:{bdate}  身份证件号:{id}",
              "申请结婚,经审查符合《中华人民共和国民法典》关于结婚的规定,予以登记,发给此证。"],
        sig=["登记机关:{county}民政局"]),
    "tax_cert": dict(
        title=["中华人民共和国税收完税证明", "个人所得税纳税记录"],
        body=["纳税人名称:{name}  纳税人识别号:{id}",
              "原凭证号:{count}{count}  税种:个人所得税  品目:工资薪金所得",
              "税款所属时期:{ymd}至{ymd}  入(退)库日期:{ymd}",
              "实缴(退)金额:{money}元",
              "扣缴义务人:{org}"],
        sig=["税务机关:国家税务总局{county}税务局", "填票人:{name}"]),
    "social_insurance": dict(
        title=["社会保险个人权益记录单", "城镇职工基本养老保险缴费明细"],
        body=["姓名:{name}  社会保障号码:{id}  参保单位:{org}",
              "{year}年度缴费基数{yuan}元,单位缴纳{money}元,个人缴纳{money}元。",
              "截至{fdate},累计缴费月数{count}个月,个人账户累计储存额{money}元。",
              "如对本记录有异议,请于{date}前携带身份证到{county}社会保险事业局核对。"],
        sig=["打印日期:{fdate}"]),
    "minutes": dict(
        title=["{town}党政联席会议纪要", "{village}两委会议记录", "{org}第{small}次股东会会议纪要"],
        body=["时间:{fdate}{time}  地点:{town}三楼会议室",
              "主持人:{name}  记录人:{name}",
              "参会人员:{name}、{name}、{name}、{name}",
              "会议听取了{name}关于人居环境整治工作的汇报,研究了以下事项:",
              "一、同意拨付{village}道路维修资金{money}万元,由{name}负责跟踪落实。",
              "二、会议要求各村于{date}前完成防汛物资清点,并报{town}应急办。"],
        sig=["{town}党政办公室", "{fdate}印发"]),
    "contract": dict(
        title=["房屋租赁合同", "工程施工承包合同", "劳务用工协议"],
        body=["甲方(出租方):{org}  法定代表人:{name}",
              "乙方(承租方):{name}  身份证号:{id}  联系电话:{phone}",
              "第一条 甲方将位于{town}{addr}的房屋出租给乙方使用,建筑面积{count}平方米。",
              "第二条 租赁期限自{fdate}起至{fdate}止,月租金{yuan}元,押金{yuan}元。",
              "第三条 乙方应于每月{small}日前支付当月租金,逾期按日加收万分之五违约金。",
              "第四条 本合同一式两份,自双方签字盖章之日起生效。"],
        sig=["甲方(盖章):{org}  乙方(签字):{name}", "签订日期:{fdate}"]),
    "stats_table": dict(
        title=["{county}{year}年1—{small}月主要经济指标", "表{small} {town}农业生产情况统计表"],
        table=["指标名称\t单位\t本期\t同比增长(%)",
               "地区生产总值\t亿元\t{money}\t{pct}",
               "规模以上工业增加值\t亿元\t{money}\t{pct}",
               "社会消费品零售总额\t亿元\t{money}\t{pct}",
               "粮食播种面积\t万亩\t{money}\t{pct}"],
        body=["注:本表数据为快报数,以统计年鉴公布数为准。"],
        sig=["{county}统计局 {fdate}"]),
    "gov_notice": dict(
        title=["关于做好{year}年防汛工作的通知", "关于开展城乡环境卫生整治的通知", "{county}人民政府办公室文件"],
        body=["{docno}",
              "各乡镇人民政府、街道办事处,县直有关单位:",
              "为切实做好今年汛期各项工作,确保人民群众生命财产安全,现将有关事项通知如下:",
              "一、各单位要于{date}前完成辖区内{count}处地质灾害隐患点巡查。",
              "二、县财政安排专项资金{money}万元,用于应急物资储备。",
              "三、联系人:{name},电话:{phone}。"],
        sig=["{county}人民政府办公室", "{fdate}"]),
    "sms": dict(
        title=["【{county}社保】", "【{town}便民服务】", "【{county}人民医院】"],
        body=["尊敬的{name}先生/女士,您{year}年度城乡居民医保费{yuan}元已缴费成功,交易时间{ymd} {time}。",
              "您预约的{dept}号源已确认,就诊时间{ymd} {time},请携带身份证按时就诊。",
              "您的养老金{money}元已于{date}发放至尾号{small}{small}{small}{small}的社保卡,请注意查收。",
              "退订回复T"],
        sig=[]),
    "wechat_export": dict(
        title=["{town}网格员工作群 聊天记录", "{village}村民议事群(导出)"],
        body=["{ymd} {time} {name}:各位村民,明天上午{time}在村部发放防汛物资,请户主带身份证领取。",
              "{ymd} {time} {name}:收到",
              "{ymd} {time} {name}:我家老人行动不便,能不能送到家里?",
              "{ymd} {time} {name}:可以的,网格员{name}下午统一送达。",
              "{ymd} {time} {name}:辛苦了!"],
        sig=[]),
    "police_notice": dict(
        title=["{town}派出所关于办理居住证的温馨提示", "车辆违法处理告知单"],
        body=["当事人:{name}  车牌号码:{plate}",
              "违法时间:{ymd} {time}  违法地点:{town}{addr}路口",
              "违法行为:机动车不按规定车道行驶,罚款{yuan}元。",
              "请于{small}日内到{county}交警大队处理,咨询电话{phone}。"],
        sig=["{county}公安局交通警察大队", "{fdate}"]),
}

SEX = ["男", "女"]
REL = ["父子", "母子", "夫妻", "祖孙", "兄弟"]


def fill_tmpl(ctx, tmpl):
    """Parse a template into items: str or [kind, value]."""
    items = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tmpl):
        if m.start() > pos:
            items.append(tmpl[pos:m.start()])
        k = m.group(1)
        r = ctx.r
        if k == "dish":
            items.append(r.choice(DISHES))
        elif k == "drug":
            d = r.choice(DRUGS)
            items.append(f"{d[0]} {d[1]}")
        elif k == "dept":
            items.append(r.choice(DEPTS))
        elif k == "sex":
            items.append(r.choice(SEX))
        elif k == "rel":
            items.append(r.choice(REL))
        else:
            items.append([k, ctx.val(k)])
        pos = m.end()
    if pos < len(tmpl):
        items.append(tmpl[pos:])
    return items


def build_lines(ctx, genre, nbody=None, want_title=True, want_sig=True, want_table=True):
    g = GENRES[genre]
    r = ctx.r
    lines = []   # each: dict(role=..., items=[...])
    if want_title and g["title"]:
        lines.append(dict(role="title", items=fill_tmpl(ctx, r.choice(g["title"]))))
    if want_table and g.get("table"):
        for t in g["table"]:
            lines.append(dict(role="table", items=fill_tmpl(ctx, t)))
    body = g["body"]
    if nbody is None:
        nbody = r.randint(min(2, len(body)), min(len(body), 6))
    nbody = min(nbody, len(body))
    idx = sorted(r.sample(range(len(body)), nbody))
    for i in idx:
        lines.append(dict(role="body", items=fill_tmpl(ctx, body[i])))
    if want_sig and g.get("sig"):
        for s in g["sig"]:
            lines.append(dict(role="sig", items=fill_tmpl(ctx, s)))
    return lines


# --------------------------------------------------------------------------- detectors (used by --verify)
_SURN_CLASS = "[" + SURN + "]"
PH_PATTERNS = [
    r"(?<![A-Za-z])[xXｘＸ]{2,}(?![A-WYZa-wyz])",
    r"(?<![A-Za-z0-9+\-])[xXｘＸ](?=[年月日号时分户人个家元万亿%％项次名所座条件期届批位栋套亩处台辆天周层岁级])",
    r"[×✕]{2,}",
    r"[*＊]{2,}",
    _SURN_CLASS + r"[*＊](?![*＊])",
    r"○{2,}",
    r"某某",
    _SURN_CLASS + r"某(?![些种一人事处地物项类样])",
    r"某(?:有限)?公司",
    r"【[^】\n]{0,10}(?:名称|姓名|日期|时间|金额|地址|电话|编号|单位|填写|号码|证号|标题|xx|XX)[^】\n]{0,6}】",
    r"\{\{[^{}\n]+\}\}",
    r"\$\{[^{}\n]+\}",
    r"\{\d\}",
    r"%[sd](?![A-Za-z])",
    r"«[\u4e00-\u9fffA-Za-z_]{1,12}»",
    r"<(?:姓名|单位名称|日期|地址|金额|学生姓名|Insert[^>\n]*|name|date)>",
    r"\[(?:姓名|单位名称|名称|日期|地址|金额|联系人|Your [^\]\n]+|Company Name|Name|Date|Insert [^\]\n]+)\]",
    r"[_＿]{3,}",
    r"[（(](?:此处|请)(?:填写|输入|补充|插入)[^）)\n]*[）)]",
    r"TODO|TBD|FIXME",
    r"待定|待补充|待填",
    r"单击或点击此处输入文字|单击此处输入文字|点击此处添加[^\n。]{0,6}|请在此处?输入[^\n。]{0,6}",
    r"Lorem ipsum",
]
PH_RE = re.compile("|".join("(?:%s)" % p for p in PH_PATTERNS))

MJ_MARKERS = {
    "repl": r"\ufffd",
    "kjk": r"锟斤拷",
    "tang": r"烫烫|屯屯",
    "entity": r"&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);",
    "esc": r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\n",
    "tag": r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^>\n]*)?/?>",
    "cid": r"\(cid:\d+\)",
    "pua": r"[\ue000-\uf8ff]",
    "kangxi": r"[\u2f00-\u2fdf]",
    "lig": r"[\ufb00-\ufb06]",
    "c1": r"[\x80-\x9f]",
    "latin": r"[ÃÂâåæçèéäïÖÐ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡-¿]",
    "pinyin": r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)",
    "qmark": r"[\u4e00-\u9fff]\?+[\u4e00-\u9fff]",
    "bom": r"\ufeff|锘|ï»¿",
    "pctenc": r"(?:%[0-9A-Fa-f]{2}){3,}",
    "qp": r"(?:=[0-9A-F]{2}){3,}",
    "hz": r"~\{",
    "utf7": r"\+[A-Za-z0-9/]{4,}-",
    "mime": r"=\?[\w-]+\?[BQbq]\?",
}
MJ_RES = {k: re.compile(v) for k, v in MJ_MARKERS.items()}


def mj_markers(text, skip=()):
    return [k for k, rx in MJ_RES.items() if k not in skip and rx.search(text)]


# --------------------------------------------------------------------------- record assembly
class Piece:
    __slots__ = ("text", "span", "orig", "kind", "role", "line")

    def __init__(self, text, span=False, orig=None, kind=None, role=None, line=0):
        self.text, self.span, self.orig, self.kind, self.role, self.line = text, span, orig, kind, role, line


def flatten(lines):
    pieces = []
    for li, ln in enumerate(lines):
        if li:
            pieces.append(Piece("\n", role="nl", line=li))
        for it in ln["items"]:
            if isinstance(it, list):
                pieces.append(Piece(it[1], kind=it[0], role=ln["role"], line=li))
            else:
                pieces.append(Piece(it, role=ln["role"], line=li))
    return pieces


def assemble(pieces):
    text = []
    spans = []
    origs = []
    pos = 0
    for p in pieces:
        if p.span and p.text:
            if spans and spans[-1][1] == pos and p.orig is None and origs == []:
                spans[-1][1] = pos + len(p.text)
            else:
                spans.append([pos, pos + len(p.text)])
                if p.orig is not None:
                    origs.append(p.orig)
        text.append(p.text)
        pos += len(p.text)
    return "".join(text), spans, origs


# --------------------------------------------------------------------------- placeholder forms
def _ph(prefix, ph, suffix=""):
    return (prefix, ph, suffix)


def f_xx(r, k, v):
    if k in ("count", "yuan", "small"):
        return _ph("", r.choice(["xx", "xxx", "XX", "xx", "xxxx"]))
    if k in ("money", "area", "pct"):
        return _ph("", r.choice(["xx.xx", "xx", "x.xx", "xxx.x", "XX.XX"]))
    if k == "date":
        return _ph("", r.choice(["x月xx日", "xx月xx日", "x月x日", "X月X日"]))
    if k == "fdate":
        return _ph("", r.choice(["20xx年x月xx日", "XXXX年XX月XX日", "xxxx年xx月xx日", "2023年x月xx日"]))
    if k == "ymd":
        return _ph("", r.choice(["20xx-xx-xx", "XXXX-XX-XX"]))
    if k in ("town", "village", "county"):
        for suf in ("街道", "社区", "村委会", "镇", "乡", "村", "县", "区", "市"):
            if v.endswith(suf):
                return _ph("", r.choice(["XX", "xx", "xxx"]), suf)
    if k == "org":
        return _ph("", r.choice(["XX", "xx", "XXX"]), v[2:])
    if k == "name":
        return _ph("", r.choice(["XXX", "xxx", "XX"]))
    if k == "docno":
        return _ph("", r.choice(["x政办〔2023〕xx号", "XX〔20XX〕XX号", "x府发〔2022〕x号"]))
    if k == "time":
        return _ph("", r.choice(["XX:XX", "xx:xx"]))
    if k == "phone":
        return _ph("", r.choice(["1xxxxxxxxxx", "xxxxxxxxxxx", "XXX-XXXX-XXXX"]))
    if k == "addr":
        return _ph("", "XX路XX号")
    return None


def f_cross(r, k, v):
    if k in ("name",):
        return _ph("", r.choice(["××", "×××"]))
    if k in ("town", "village", "county"):
        for suf in ("街道", "社区", "村委会", "镇", "乡", "村", "县", "区", "市"):
            if v.endswith(suf):
                return _ph("", "××", suf)
    if k == "org":
        return _ph("", "××", v[2:])
    if k in ("count", "money", "yuan"):
        return _ph("", "××")
    if k in ("date", "fdate"):
        return _ph("", r.choice(["××月××日", "××××年××月××日"]))
    return None


def f_mou(r, k, v):
    if k == "name":
        return _ph("", v[0] + r.choice(["某", "某某", "某", "某"]))
    if k == "org":
        return _ph("", r.choice(["某某公司", "某某有限公司", "某公司"]))
    if k in ("village", "town"):
        for suf in ("街道", "社区", "村委会", "镇", "乡", "村"):
            if v.endswith(suf):
                return _ph("", "某某", suf)
    return None


def f_star(r, k, v):
    if k == "name":
        return _ph("", v[0] + ("*" * (len(v) - 1) if r.random() < .6 else "*" + v[2:] if len(v) == 3 else "*"))
    if k == "phone":
        return _ph("", v[:3] + "****" + v[7:])
    if k == "id":
        return _ph("", v[:6] + "********" + v[14:] if r.random() < .6 else v[:3] + "*" * 11 + v[14:])
    if k == "card":
        return _ph("", v[:4] + " **** **** " + v[-4:])
    if k == "plate":
        return _ph("", v[:2] + "***" + v[5:])
    return None


def f_bracket(r, k, v):
    m = {"name": ["【姓名】", "【申请人姓名】", "【户主姓名】"], "org": ["【单位名称】", "【公司名称】"],
         "town": ["【乡镇名称】"], "village": ["【村名称】"], "county": ["【县区名称】"],
         "date": ["【日期】"], "fdate": ["【签订日期】", "【日期】"], "money": ["【金额】"], "yuan": ["【金额】"],
         "phone": ["【联系电话】"], "id": ["【身份证号码】"], "addr": ["【详细地址】"], "docno": ["【文件编号】"],
         "count": ["【数量填写】"], "ymd": ["【日期】"], "card": ["【卡号】"]}
    return _ph("", r.choice(m[k])) if k in m else None


def f_mustache(r, k, v):
    m = {"name": "name", "org": "company", "town": "town", "village": "village", "date": "date", "fdate": "sign_date",
         "money": "amount", "yuan": "amount", "phone": "mobile", "id": "id_no", "ymd": "visit_date", "time": "slot",
         "addr": "address", "count": "total", "county": "county", "card": "card_no", "docno": "doc_no"}
    if k not in m:
        return None
    key = m[k]
    style = r.choice(["{{%s}}", "{{ %s }}", "${%s}", "{{%s}}"])
    return _ph("", style % key)


def f_cn_mustache(r, k, v):
    m = {"name": "姓名", "org": "单位名称", "town": "乡镇", "village": "村名", "date": "日期", "fdate": "日期",
         "money": "金额", "yuan": "金额", "phone": "电话", "id": "证件号码", "ymd": "日期", "addr": "地址"}
    if k not in m:
        return None
    return _ph("", r.choice(["{{%s}}", "«%s»", "${%s}", "<%s>"]) % m[k] if m[k] in ("姓名", "单位名称", "日期", "地址", "金额")
               else r.choice(["{{%s}}", "«%s»", "${%s}"]) % m[k])


def f_blank(r, k, v):
    if k in ("name", "org", "date", "fdate", "money", "yuan", "phone", "id", "addr", "count", "village", "ymd", "area"):
        return _ph("", r.choice(["＿＿＿＿", "______", "＿＿＿＿＿＿", "________", "___"]))
    return None


def f_fill_here(r, k, v):
    lab = {"name": "姓名", "org": "单位全称", "date": "日期", "fdate": "日期", "money": "金额", "yuan": "金额",
           "phone": "联系电话", "addr": "地址", "count": "数量", "id": "证件号码", "village": "村名", "town": "乡镇名称"}
    if k not in lab:
        return None
    return _ph("", r.choice(["（此处填写%s）", "（请填写%s）", "(此处填写%s)", "（此处输入%s）", "（请补充%s）"]) % lab[k])


def f_todo(r, k, v):
    if k in ("money", "count", "pct", "date", "fdate", "yuan", "name", "area"):
        return _ph("", r.choice(["TODO", "TBD", "TODO", "待定", "待补充"]))
    return None


def f_daiding(r, k, v):
    if k in ("money", "count", "date", "fdate", "yuan", "name", "time", "ymd", "area"):
        return _ph("", r.choice(["待定", "待定", "待补充", "待填"]))
    return None


def f_circle(r, k, v):
    if k in ("town", "village", "county"):
        return _ph("", "○○", v[-1] if not v.endswith("街道") else "街道")
    if k in ("name", "org"):
        return _ph("", r.choice(["○○○", "○○"]), "" if k == "name" else "公司")
    if k in ("count", "money", "yuan"):
        return _ph("", "○○")
    return None


def f_fullwidth_x(r, k, v):
    if k in ("count", "money", "yuan"):
        return _ph("", r.choice(["ＸＸ", "ｘｘ", "ｘｘｘ"]))
    if k in ("town", "village"):
        return _ph("", "ＸＸ", v[-1])
    if k == "date":
        return _ph("", "ｘ月ｘｘ日")
    return None


def f_en_template(r, k, v):
    m = {"name": ["[Name]", "[Your Name]", "[Insert name]"], "org": ["[Company Name]", "[Insert company]"],
         "date": ["[Date]", "[Insert date]"], "fdate": ["[Date]"], "ymd": ["[Date]"], "money": ["[Insert amount]"],
         "yuan": ["[Insert amount]"], "addr": ["[Insert address]"], "phone": ["[Insert phone]"]}
    return _ph("", r.choice(m[k])) if k in m else None


def f_cn_square(r, k, v):
    m = {"name": "[姓名]", "org": "[单位名称]", "date": "[日期]", "fdate": "[日期]", "money": "[金额]",
         "yuan": "[金额]", "addr": "[地址]", "ymd": "[日期]"}
    return _ph("", m[k]) if k in m else None


def f_printf(r, k, v):
    if k in ("name", "org", "town", "village"):
        return _ph("", "%s")
    if k in ("count", "yuan", "small"):
        return _ph("", r.choice(["%d", "%s"]))
    if k in ("money", "date", "ymd", "time"):
        return _ph("", "%s")
    return None


def f_dotnet(r, k, v):
    if k in ("name", "org", "money", "yuan", "date", "ymd", "time", "count"):
        return _ph("", "{%d}" % r.randint(0, 3))
    return None


def f_content_control(r, k, v):
    if k in ("name", "org", "date", "fdate", "addr", "money", "village"):
        return _ph("", r.choice(["单击或点击此处输入文字。", "单击此处输入文字。", "单击或点击此处输入文字"]))
    return None


def f_year_x(r, k, v):
    if k == "fdate":
        return _ph("", r.choice(["20xx年xx月xx日", "20XX年X月X日", "20××年××月××日"]))
    if k == "year":
        return _ph("", r.choice(["20xx", "20XX"]))
    if k == "date":
        return _ph("", r.choice(["x月x日", "X月X日"]))
    return None


FORMS = {
    "xx": f_xx, "cross": f_cross, "mou": f_mou, "star": f_star, "bracket": f_bracket, "mustache": f_mustache,
    "cnmustache": f_cn_mustache, "blank": f_blank, "fill": f_fill_here, "todo": f_todo, "daiding": f_daiding,
    "circle": f_circle, "fwx": f_fullwidth_x, "en": f_en_template, "cnsq": f_cn_square, "printf": f_printf,
    "dotnet": f_dotnet, "cc": f_content_control, "yearx": f_year_x,
}


# --------------------------------------------------------------------------- traps
# Clean look-alikes, never placeholders and never damage.  "safe" traps pass both checks.
PH_TRAPS = {
    "plus_x": ["学校积极推进“1+X”证书制度试点,今年共有{count}名学生取得职业技能等级证书。",
               "我院开设“岗课赛证”融通课程,学生可同时考取1+X幼儿照护证书和保育师证书。",
               "推行“7+X”服务清单,7是基本服务项目,“X”为各村自选的特色服务。",
               "构建“1+N+X”帮扶体系,由县领导牵头、部门联动、志愿者广泛参与。"],
    "x86": ["服务器采用x86架构,配置双路处理器,内存{small}4GB,操作系统为64位。",
            "信创改造后,原x86终端将逐步替换为国产ARM架构终端,安装包分x86_64与aarch64两个版本。",
            "软件需在x64版Windows 10及以上系统运行。"],
    "xray": ["体检项目包括血常规、心电图、胸部X光片及腹部B超。",
             "放射科新购置数字化X射线摄影系统(DR)一台,已于{date}投入使用。",
             "X线检查提示双肺纹理增粗,建议随访复查。",
             "行李须经X光安检机检查后方可进入候车区。"],
    "size": ["校服尺码登记:身高150—160厘米选M码,160—170厘米选L码,170厘米以上选XL码或XXL码。",
             "工作服规格分S、M、L、XL、XXL五档,请各班于{date}前报送尺码。"],
    "hours": ["政务服务中心实行5×8小时工作制,热线电话7×24小时有人值守。",
              "值班实行24小时专人值守,节假日按“1×2”模式轮班。"],
    "mult": ["会议室面积为8×6=48平方米,可容纳{small}0人。",
             "地砖规格为600×600毫米,共铺设{count}块。",
             "按每户3×4米的标准建设化粪池。",
             "试卷第三题:计算2×3+4×5的结果。"],
    "formula": ["当y=2x+1时,若x=3,则y=7。",
                "设平均增长率为x,则有{count}(1+x)²=2×{count}。",
                "曲线在x轴上方,与y轴交于点(0,2)。",
                "回归方程为y=0.85x+12.3,相关系数R²=0.91。"],
    "mou_prose": ["某些村组存在重建设轻管护问题,个别设施闲置。",
                  "某种程度上,农村养老服务仍是民生短板。",
                  "他在日记里写道:某年某月,我第一次走进这个山村。",
                  "针对某一类问题反复出现的情况,要举一反三、建章立制。"],
    "heading": ["【工作动态】{town}召开秋冬季森林防火工作部署会",
                "【政策解读】一图读懂{year}年耕地地力保护补贴政策",
                "【温馨提示】近期气温骤降,请注意防寒保暖。"],
    "footnote": ["注:带*号的指标为预计数,以统计部门最终核定数据为准。",
                 "*为必填项,请如实填写。",
                 "*本表不含中央直达资金。"],
    "coord": ["界桩坐标为X=3512468.25,Y=38562140.77(CGCS2000坐标系)。",
              "控制点J{small}的X坐标为2865431.12米。"],
    "model": ["采购多功能一体机{small}台,型号为M7400X,单价{yuan}元。",
              "配备{small}台电脑,显示器型号为27X12。",
              "该手机为iPhone X,存储容量64GB。"],
    "genetics": ["该病为X染色体隐性遗传病,男性发病率高于女性。",
                 "正常男性的性染色体组成为XY型,女性则有两条X染色体。"],
    "files": ["附件:{year}_补贴发放明细_final.xlsx、村务公开_第{small}季度.pdf",
              "请将材料命名为“学校名称_姓名_联系电话.docx”后发送。"],
    "web": ["详情请访问 https://www.example.gov.cn/zwgk/tzgg/index_{small}.html 或发送邮件至 service@example.gov.cn。",
            "报名链接:https://jinshuju.example.com/f/Ab3dE9?from=timeline"],
    "roman": ["第Ⅹ章 附则", "Ⅺ类水质标准执行情况见附表。"],
    "ellipsis": ["修路、建桥、通水、通电……一件件民生实事落地见效。",
                 "他说:“这几年,日子……是越过越好了。”"],
    "party": ["甲方与乙方经友好协商,就{town}{addr}厂房租赁事宜达成如下协议。"],
    "chem": ["饮用水中亚硝酸盐(以NO₂⁻计)未检出,二氧化碳排放量下降{pct}%。"],
}
MJ_TRAPS = {
    "russian": ["代表团向俄方赠送了写有“Добро пожаловать”(欢迎)字样的纪念品。",
                "俄文说明书标注:«Хранить в сухом месте»,即置于干燥处保存。"],
    "japanese": ["日方合作企业来函落款为「株式会社さくら農園」,负责人山田太郎。",
                 "展板用日文标注了「ようこそ」与「ありがとうございます」。"],
    "korean": ["韩国客商在留言簿上写下“감사합니다”,意为感谢。",
               "韩文版宣传册标题为“함께 만드는 마을”。"],
    "greek": ["试验中希腊字母α、β、γ分别代表三个处理组,显著性水平取α=0.05。",
              "希腊语“Δημοκρατία”一词被译为“民主”。"],
    "french": ["法方代表引用了一句谚语:« Petit à petit, l'oiseau fait son nid »。",
               "合作方为法国Société Générale d'Électricité,签约地点在里昂。"],
    "german": ["德国专家Jürgen Müller介绍了Straße改造经验。", "西班牙语问候为“¡Buenos días, señora!”。"],
    "viet": ["越南籍务工人员Nguyễn Văn Hùng已办理工作许可。"],
    "emoji": ["{ymd} {time} {name}:收到👍", "{ymd} {time} {name}:谢谢网格员🌹🌹", "祝大家新春快乐🧧🎉"],
    "wechat_marker": ["{ymd} {time} {name}:[图片]", "{ymd} {time} {name}:[微笑][微笑]", "{ymd} {time} {name}:[语音] 12\""],
    "rare": ["{town}陶喆、王堃、李昇、张琎、黄淼、吴𠮷等{small}人获评优秀志愿者。",
             "古籍修复涉及“龘”“䶮”“㐀”等生僻字,已按GB 18030-2022录入。",
             "刘䶮同学荣获市级三好学生称号。"],
    "trad": ["香港特別行政區政府衞生署提醒市民注意個人衞生。",
             "臺灣合作單位來函表示:感謝貴單位的熱情接待。"],
    "pinyin_lesson": ["语文课第{small}课要求学生掌握“发展(fāzhǎn)”“建设(jiànshè)”两个词语的读音。",
                      "注意区分“行(xíng)走”和“银行(háng)”中多音字的读法。"],
    "html_code": ["在模板中换行请使用<br>标签,段落请使用<p>…</p>包裹。",
                  "若需输出空格,可在HTML中写作&nbsp;,小于号写作&lt;。",
                  "JSON中的中文会被转义为\\u4e2d\\u6587,读取时需要解码。"],
    "units": ["室外温度-3℃至5℃,湿度{small}0%,PM2.5浓度{small}5μg/m³。",
              "新建厂房{count}㎡,误差±0.5‰。", "土壤pH值为6.5~7.2。"],
    "currency": ["出口合同金额为€{count},折合人民币¥{count},另付运费$1,200。",
                 "英镑报价为£{count}。"],
    "circled": ["①完善制度;②强化监督;③狠抓落实。", "见图⑤和表⑫。"],
    "fullwidth": ["全年完成投资１２.５亿元,同比增长８.３％。", "热线电话:１２３４５。"],
    "kana": ["新引进的“キッチンカー”(移动餐车)项目深受欢迎。"],
    "symbols": ["本报告版权所有©{year},未经许可不得转载。", "详见§3.2条款。", "注册商标®保护期为十年。"],
    "question": ["您对本村的环境整治工作是否满意?A.满意 B.基本满意 C.不满意",
                 "问卷第{small}题:您家是否有人外出务工?"],
    "ampersand": ["宝洁(P&G)、强生(J&J)等企业参加了招聘会。", "R&D经费投入强度达到{pct}%。"],
    "path": ["档案扫描件保存在D:\\档案\\{year}\\村务公开目录下。", "共享路径为\\\\192.168.1.20\\财务\\报表。"],
    "cantonese": ["街坊话:“呢度嘅环境靓咗好多。”", "佢哋话啲菜好新鲜。"],
    "bopomofo": ["台湾小学语文课本使用注音符号,如ㄅㄆㄇㄈ。"],
    "arabic": ["阿拉伯文欢迎语为“مرحبا”。"],
    "ligature_en": ["英文摘要:The office reported efficient workflow."],
}

# extra look-alike sentences (written for this collection)
_MORE_PH = {
    "x86": ["国产化替代清单中,x86服务器{small}台、ARM服务器{small}台。", "该软件提供x86与ARM64两种安装包。"],
    "size": ["运动会服装统一订购,男生多为L码和XL码。", "防护服型号分为160/M、170/L、180/XL三种。"],
    "hours": ["12345热线实行7×24小时受理,全年受理诉求{count}件。", "窗口推行“5+2”错时延时服务。"],
    "mult": ["新建蓄水池尺寸为10×8×2.5米,容积200立方米。", "每亩按1.2×1.5米株行距种植茶苗。"],
    "mou_prose": ["某种意义上说,基层治理就是做好群众身边的小事。", "对于某些长期困扰群众的问题,要建立台账逐项销号。"],
    "coord": ["测量采用平面坐标系,X轴指向正北,Y轴指向正东。"],
    "model": ["新购救护车{small}辆,车型为V348X,已完成上牌。", "监控摄像头采用DS-2CD3T46X型号。"],
    "files": ["附件2:{town}人居环境整治台账_v3.xlsx", "请下载“申报表_模板.docx”并于{date}前报送。"],
    "web": ["扫码或登录 https://zwfw.example.gov.cn/hall 办理。", "投稿邮箱:news_center@example.org.cn"],
    "footnote": ["注:*为新增指标。", "标*号的项目须附证明材料。"],
    "heading": ["【党建引领】{village}开展主题党日活动", "【民生实事】{town}新建口袋公园{small}个"],
    "ellipsis": ["通知要求……各村务必高度重视。"],
    "formula": ["已知函数f(x)=x²-2x+1,求其最小值。", "令n为参保人数,则缴费总额为n×{yuan}元。"],
    "genetics": ["X连锁遗传病筛查纳入孕前优生健康检查项目。"],
    "xray": ["牙科新增口腔全景X线机一台。", "胸部X射线检查未见明显异常。"],
    "plus_x": ["中职学校推行“1+X”证书制度,覆盖专业{small}个。"],
}
_MORE_MJ = {
    "russian": ["俄罗斯客商的名片上印着“ООО «Восток»”。"],
    "japanese": ["日本友好城市来信结尾写着「今後ともよろしくお願いいたします」。"],
    "korean": ["韩国留学生用韩文写下“안녕하세요”向大家问好。"],
    "french": ["法国专家René Dupont参加了葡萄种植技术交流会。", "合同附件采用法文标题“Contrat de coopération”。"],
    "german": ["奥地利企业Österreich Holz GmbH参与了木结构示范项目。"],
    "emoji": ["{ymd} {time} {name}:明天见😊", "点赞👍转发🔁就是对我们最大的支持!"],
    "rare": ["新生名单:赵犇、孙垚、钱燚、周翀。", "社区工作者王喆荣获“最美网格员”称号。"],
    "trad": ["澳門特別行政區社會工作局發佈了新的資助計劃。"],
    "units": ["病人体温38.5℃,血氧饱和度96%,白细胞计数11.2×10⁹/L。", "颗粒物浓度为35μg/m³。"],
    "currency": ["对日出口报价为¥1,280,000日元。"],
    "circled": ["㈠加强领导;㈡压实责任。", "详见附表⑴至⑶。"],
    "fullwidth": ["咨询电话：０７５９－１２３４５６７。"],
    "symbols": ["温度传感器精度为±0.1℃,功率≥5kW。"],
    "question": ["您是否了解“两不愁三保障”政策?□是 □否"],
    "path": ["备份文件位于E:\\扫描件\\{year}年\\合同。"],
    "ampersand": ["H&M门店在{town}开业。"],
    "cantonese": ["佢话:“唔该晒你哋嘅帮手。”"],
}
for _k, _v in _MORE_PH.items():
    PH_TRAPS[_k].extend(_v)
for _k, _v in _MORE_MJ.items():
    MJ_TRAPS[_k].extend(_v)

INSERT_SAFE = ["plus_x", "xray", "size", "hours", "mult", "mou_prose", "heading", "footnote", "model",
               "russian", "japanese", "korean", "greek", "emoji", "rare", "units", "circled", "currency",
               "fullwidth", "files", "web", "ellipsis", "trad", "symbols", "ampersand"]


def trap_line(ctx, group):
    pool = PH_TRAPS.get(group) or MJ_TRAPS[group]
    return dict(role="trap", items=fill_tmpl(ctx, ctx.r.choice(pool)))


def maybe_insert_trap(ctx, lines, prob=0.3):
    r = ctx.r
    if r.random() < prob and len(lines) < 11:
        tl = trap_line(ctx, r.choice(INSERT_SAFE))
        lines.insert(body_slot(r, lines), tl)


# --------------------------------------------------------------------------- placeholder styles
def make_ph_pos(genres, forms, kinds=None, kmin=1, kmax=4, roles=None, note="", pdf_split=False, extra=None):
    def gen(ctx):
        r = ctx.r
        for _attempt in range(40):
            genre = r.choice(genres)
            lines = build_lines(ctx, genre)
            maybe_insert_trap(ctx, lines, 0.25)
            pieces = flatten(lines)
            cands = [i for i, p in enumerate(pieces) if p.kind and (kinds is None or p.kind in kinds)
                     and (roles is None or p.role in roles)]
            r.shuffle(cands)
            want = r.randint(kmin, kmax)
            done = 0
            used = []
            new_pieces = list(pieces)
            repl = {}
            for i in cands:
                if done >= want:
                    break
                p = pieces[i]
                fn = FORMS[r.choice(forms)]
                res = fn(r, p.kind, p.text)
                if res is None:
                    continue
                pre, ph, suf = res
                seq = []
                if pre:
                    seq.append(Piece(pre, role=p.role, line=p.line))
                seq.append(Piece(ph, span=True, role=p.role, line=p.line))
                if suf:
                    seq.append(Piece(suf, role=p.role, line=p.line))
                if pdf_split and suf == "" and r.random() < .7:
                    seq.append(Piece(r.choice(["\n\n", "\n"]), role="nl"))
                repl[i] = seq
                used.append(ph)
                done += 1
            if not done:
                continue
            out = []
            for i, p in enumerate(pieces):
                out.extend(repl.get(i, [p]))
            text, spans, _ = assemble(out)
            if text.count("\n") > 11:
                continue
            return text, spans, f"{note}; {done} placeholder(s) in a {genre.replace('_', ' ')}: " + " | ".join(used)
        raise RuntimeError("no placeholder slot")
    return gen


def make_ph_special(builder):
    """builder(ctx) -> list of pieces (with span flags), note."""
    def gen(ctx):
        pieces, note = builder(ctx)
        text, spans, _ = assemble(pieces)
        return text, spans, note
    return gen


def lines_to_pieces(lines):
    return flatten(lines)


def sp_whole_title(ctx):
    r = ctx.r
    lines = build_lines(ctx, r.choice(["gov_notice", "minutes", "work_report", "village_notice"]), want_title=False)
    t = r.choice(["关于", "关于印发", "关于做好"])
    ph = r.choice(["XXXX", "xxxx", "××××", "【文件标题】", "XXXXXX"])
    tail = r.choice(["的通知", "工作方案的通知", "的实施意见", "的请示"])
    ps = [Piece(t), Piece(ph, span=True), Piece(tail), Piece("\n")] + flatten(lines)
    return ps, "template title never filled in"


def sp_signature(ctx):
    r = ctx.r
    lines = build_lines(ctx, r.choice(["gov_notice", "work_report", "school_notice", "contract"]), want_sig=False)
    ps = flatten(lines)
    ps.append(Piece("\n"))
    u = r.choice(["XX", "xx", "××", "【单位名称】", "XXX"])
    ps += [Piece(u, span=True), Piece(r.choice(["人民政府", "办公室", "委员会", "有限公司"])), Piece("\n")]
    d = r.choice(["20XX年X月X日", "xxxx年xx月xx日", "20××年××月××日", "____年__月__日", "2023年x月xx日"])
    ps += [Piece(d, span=True)]
    return ps, "signature block left as template"


def sp_email(ctx):
    r = ctx.r
    lines = build_lines(ctx, r.choice(["gov_notice", "school_notice", "village_notice"]), want_sig=False)
    ps = flatten(lines)
    ps.append(Piece("\n" + r.choice(["报送邮箱:", "联系邮箱:", "材料请发送至"])))
    ps.append(Piece(r.choice(["xxx@xxx.com", "xxxxxx@163.com", "XXX@xx.gov.cn", "xx@xx.com"]), span=True))
    ps.append(Piece(r.choice(["。", ",逾期不予受理。", ""])))
    return ps, "template e-mail address"


def sp_lorem(ctx):
    r = ctx.r
    lines = build_lines(ctx, r.choice(["gov_notice", "work_report"]), want_sig=False, nbody=2)
    ps = [Piece(r.choice(["网站栏目:通知公告\n", "栏目首页 > 工作动态\n"]))] + flatten(lines)
    ps.append(Piece("\n"))
    ps.append(Piece(r.choice(["Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                              "Lorem ipsum dolor sit amet"]), span=True))
    return ps, "CMS filler text left below the article"


def sp_cms_prompt(ctx):
    r = ctx.r
    lines = build_lines(ctx, r.choice(["gov_notice", "village_notice", "school_notice"]), want_sig=False, nbody=3)
    ps = flatten(lines)
    pos = r.choice(["top", "bottom"])
    prompt = r.choice(["点击此处添加正文", "请在此输入摘要", "请在此处输入标题", "点击此处添加图片说明"])
    if pos == "top":
        ps = [Piece(prompt, span=True), Piece("\n")] + ps
    else:
        ps += [Piece("\n"), Piece(prompt, span=True)]
    return ps, "CMS/editor prompt text published"


def sp_mixed(ctx):
    r = ctx.r
    gen = make_ph_pos(["work_report", "minutes", "gov_notice", "village_notice"],
                      ["xx", "mou", "xx", "cross", "star", "bracket"], kmin=3, kmax=7)
    return gen(ctx)


PH_POS_STYLES = [
    ("ph_xx_count_report", lambda: make_ph_pos(["work_report", "stats_table"], ["xx"], {"count", "small"}, 1, 4, note="xx counts")),
    ("ph_xx_money_report", lambda: make_ph_pos(["work_report", "gov_notice", "minutes"], ["xx"], {"money"}, 1, 3, note="xx.xx amounts")),
    ("ph_x_date_notice", lambda: make_ph_pos(["gov_notice", "school_notice", "village_notice"], ["xx"], {"date", "fdate"}, 1, 3, note="x月xx日 dates")),
    ("ph_xxx_percent_stats", lambda: make_ph_pos(["stats_table", "work_report"], ["xx"], {"pct"}, 1, 4, note="xxx% rates")),
    ("ph_cross_names_minutes", lambda: make_ph_pos(["minutes"], ["cross"], {"name"}, 1, 4, note="×× names")),
    ("ph_xx_place_notice", lambda: make_ph_pos(["gov_notice", "work_report", "village_notice"], ["xx"], {"town", "village", "county"}, 1, 3, note="XX place names")),
    ("ph_mou_person_case", lambda: make_ph_pos(["minutes", "household_cert", "poverty_file"], ["mou"], {"name"}, 1, 4, note="surname+某 pseudonyms")),
    ("ph_mou_org_contract", lambda: make_ph_pos(["contract", "tax_cert", "social_insurance"], ["mou"], {"org", "name"}, 1, 3, note="某某公司")),
    ("ph_bracket_field_template", lambda: make_ph_pos(["contract", "household_cert", "homestead"], ["bracket"], None, 1, 4, note="【字段】 template fields")),
    ("ph_mustache_mailmerge", lambda: make_ph_pos(["school_notice", "sms", "social_insurance"], ["mustache"], None, 1, 3, note="{{field}} mail merge")),
    ("ph_cn_mustache_form", lambda: make_ph_pos(["contract", "homestead", "school_notice"], ["cnmustache"], None, 1, 3, note="Chinese-named merge fields")),
    ("ph_underscore_blank_form", lambda: make_ph_pos(["contract", "land_contract", "homestead", "household_cert"], ["blank"], None, 1, 4, note="blank lines")),
    ("ph_fill_here_note", lambda: make_ph_pos(["gov_notice", "contract", "village_notice"], ["fill"], None, 1, 2, note="（此处填写…）")),
    ("ph_todo_draft", lambda: make_ph_pos(["work_report", "stats_table", "gov_notice"], ["todo"], None, 1, 2, note="TODO/TBD left in draft")),
    ("ph_daiding_value", lambda: make_ph_pos(["minutes", "kindergarten_menu", "hospital_slip", "gov_notice"], ["daiding"], None, 1, 2, note="待定 as a value")),
    ("ph_phone_mask_list", lambda: make_ph_pos(["poverty_file", "village_notice", "contract", "pharmacy_receipt"], ["star"], {"phone"}, 1, 2, note="masked mobile")),
    ("ph_id_mask_subsidy", lambda: make_ph_pos(["subsidy_list"], ["star"], {"id"}, 1, 3, note="masked identity numbers in a table")),
    ("ph_name_star_subsidy", lambda: make_ph_pos(["subsidy_list", "pharmacy_receipt"], ["star"], {"name"}, 1, 3, note="张** names")),
    ("ph_circle_template", lambda: make_ph_pos(["gov_notice", "minutes", "work_report"], ["circle"], None, 1, 3, note="○○ template marks")),
    ("ph_word_content_control", lambda: make_ph_pos(["contract", "homestead", "land_contract"], ["cc"], None, 1, 2, note="Word content-control prompt")),
    ("ph_fullwidth_xx", lambda: make_ph_pos(["work_report", "village_notice"], ["fwx"], None, 1, 3, note="full-width ＸＸ")),
    ("ph_en_template_bracket", lambda: make_ph_pos(["contract", "school_notice"], ["en"], None, 1, 2, note="English template fields")),
    ("ph_cn_square_bracket", lambda: make_ph_pos(["contract", "minutes", "gov_notice"], ["cnsq"], None, 1, 3, note="[字段] fields")),
    ("ph_printf_sms", lambda: make_ph_pos(["sms"], ["printf"], None, 1, 2, note="printf %s in SMS template")),
    ("ph_dotnet_format", lambda: make_ph_pos(["sms", "pharmacy_receipt", "hospital_slip"], ["dotnet"], None, 1, 2, note="{0} format items")),
    ("ph_year_x", lambda: make_ph_pos(["gov_notice", "contract", "land_contract", "marriage_cert"], ["yearx"], {"fdate", "date"}, 1, 3, note="20xx years")),
    ("ph_pdf_split", lambda: make_ph_pos(["work_report", "village_notice"], ["xx"], {"count", "money", "pct"}, 1, 3, note="PDF line break after placeholder", pdf_split=True)),
    ("ph_table_cells_xx", lambda: make_ph_pos(["stats_table", "subsidy_list"], ["xx"], None, 2, 5, roles={"table"}, note="table cells")),
    ("ph_docno_xx", lambda: make_ph_pos(["gov_notice"], ["xx"], {"docno"}, 1, 1, note="document number")),
    ("ph_land_contract", lambda: make_ph_pos(["land_contract"], ["xx", "star", "mou"], None, 1, 4, note="land contract certificate")),
    ("ph_homestead", lambda: make_ph_pos(["homestead"], ["xx", "mou", "blank"], None, 1, 4, note="homestead registration")),
    ("ph_poverty_file", lambda: make_ph_pos(["poverty_file"], ["star", "xx", "mou"], None, 2, 4, note="poverty-household file")),
    ("ph_village_affairs", lambda: make_ph_pos(["village_notice"], ["xx", "cross"], None, 1, 4, note="village affairs notice")),
    ("ph_school_parent", lambda: make_ph_pos(["school_notice"], ["mustache", "xx", "blank"], None, 1, 3, note="school parent notice")),
    ("ph_kindergarten_menu", lambda: make_ph_pos(["kindergarten_menu"], ["daiding", "xx", "todo"], None, 1, 3, note="kindergarten menu")),
    ("ph_hospital_slip", lambda: make_ph_pos(["hospital_slip"], ["xx", "star"], None, 1, 3, note="hospital appointment slip")),
    ("ph_prescription", lambda: make_ph_pos(["prescription"], ["xx", "star", "mou"], None, 1, 3, note="prescription")),
    ("ph_pharmacy_receipt", lambda: make_ph_pos(["pharmacy_receipt"], ["star", "xx"], None, 1, 3, note="pharmacy receipt")),
    ("ph_household_cert", lambda: make_ph_pos(["household_cert"], ["star", "xx", "mou"], None, 1, 4, note="household registration certificate")),
    ("ph_marriage_cert", lambda: make_ph_pos(["marriage_cert"], ["star", "xx"], None, 1, 4, note="marriage certificate")),
    ("ph_tax_cert", lambda: make_ph_pos(["tax_cert"], ["star", "xx", "mou"], None, 1, 3, note="tax payment certificate")),
    ("ph_social_insurance", lambda: make_ph_pos(["social_insurance"], ["star", "xx"], None, 1, 3, note="social insurance statement")),
    ("ph_police_notice", lambda: make_ph_pos(["police_notice"], ["star", "xx"], None, 1, 3, note="traffic violation notice")),
    ("ph_wechat_anonymised", lambda: make_ph_pos(["wechat_export"], ["mou", "star", "cross"], {"name"}, 1, 4, note="chat export with masked names")),
    ("ph_bank_card_mask", lambda: make_ph_pos(["hospital_slip", "subsidy_list"], ["star"], {"card", "id"}, 1, 2, note="masked card numbers")),
    ("ph_plate_mask", lambda: make_ph_pos(["police_notice"], ["star"], {"plate", "name", "phone"}, 1, 3, note="masked plate")),
    ("ph_address_mask", lambda: make_ph_pos(["contract", "poverty_file", "homestead"], ["xx"], {"addr", "village", "town"}, 1, 2, note="XX路XX号")),
    ("ph_mixed_summary", lambda: make_ph_special(lambda ctx: (None, None)) if False else sp_mixed),
    ("ph_whole_title", lambda: make_ph_special(sp_whole_title)),
    ("ph_signature_block", lambda: make_ph_special(sp_signature)),
    ("ph_email_template", lambda: make_ph_special(sp_email)),
    ("ph_lorem_ipsum", lambda: make_ph_special(sp_lorem)),
    ("ph_cms_prompt", lambda: make_ph_special(sp_cms_prompt)),
]


def body_slot(r, lines):
    """An insertion index after the title and before the signature block."""
    sig = [i for i, l in enumerate(lines) if l["role"] == "sig"]
    hi = sig[0] if sig else len(lines)
    lo = 1 if lines and lines[0]["role"] == "title" else 0
    return r.randint(lo, max(lo, hi))


def make_neg(genres, trap_groups, ntraps=(1, 3), note=""):
    def gen(ctx):
        r = ctx.r
        genre = r.choice(genres)
        lines = build_lines(ctx, genre, nbody=r.randint(1, 4))
        pool = [(g, t) for g in trap_groups for t in (PH_TRAPS.get(g) or MJ_TRAPS[g])]
        picks = r.sample(pool, min(len(pool), r.randint(*ntraps)))
        for g, t in picks:
            lines.insert(body_slot(r, lines), dict(role="trap", items=fill_tmpl(ctx, t)))
        while len(lines) > 12:
            del lines[-1]
        text, _, _ = assemble(flatten(lines))
        return text, [], f"{note}; clean {genre.replace('_', ' ')} with look-alikes: " + ", ".join(sorted({g for g, _ in picks}))
    return gen


PH_NEG_STYLES = [
    ("phn_plus_x_cert", ["school_notice", "work_report"], ["plus_x"]),
    ("phn_x86_arch", ["gov_notice", "work_report"], ["x86"]),
    ("phn_xray_medical", ["hospital_slip", "prescription", "work_report"], ["xray"]),
    ("phn_size_codes", ["school_notice", "kindergarten_menu"], ["size"]),
    ("phn_work_hours", ["gov_notice", "work_report"], ["hours"]),
    ("phn_multiplication", ["work_report", "homestead", "contract"], ["mult"]),
    ("phn_formula_variables", ["school_notice", "stats_table"], ["formula"]),
    ("phn_mou_prose", ["work_report", "minutes"], ["mou_prose"]),
    ("phn_filled_contract", ["contract", "land_contract"], ["party", "mult"]),
    ("phn_filled_certificate", ["household_cert", "marriage_cert", "tax_cert"], ["footnote", "rare"]),
    ("phn_filled_subsidy_list", ["subsidy_list", "poverty_file"], ["footnote", "files"]),
    ("phn_bracket_headings", ["gov_notice", "village_notice", "work_report"], ["heading"]),
    ("phn_footnote_asterisk", ["stats_table", "social_insurance"], ["footnote"]),
    ("phn_coordinates", ["land_contract", "homestead"], ["coord"]),
    ("phn_product_models", ["contract", "gov_notice"], ["model"]),
    ("phn_genetics", ["school_notice", "hospital_slip"], ["genetics"]),
    ("phn_file_names", ["gov_notice", "school_notice", "subsidy_list"], ["files"]),
    ("phn_urls_emails", ["gov_notice", "school_notice", "sms"], ["web"]),
    ("phn_roman_numerals", ["contract", "stats_table"], ["roman"]),
    ("phn_ellipsis_prose", ["work_report", "village_notice"], ["ellipsis"]),
    ("phn_chem_units", ["work_report", "stats_table"], ["chem", "mult"]),
    ("phn_filled_sms", ["sms", "wechat_export"], ["hours", "web"]),
    ("phn_filled_medical", ["prescription", "pharmacy_receipt", "hospital_slip"], ["xray", "mult"]),
    ("phn_filled_menu", ["kindergarten_menu"], ["mult", "heading"]),
    ("phn_filled_minutes", ["minutes", "police_notice"], ["mou_prose", "ellipsis"]),
    ("phn_trap_mixture", ["work_report", "gov_notice", "stats_table", "school_notice"],
     ["plus_x", "x86", "xray", "size", "hours", "mult", "formula", "mou_prose", "coord", "model"]),
    ("phn_homestead_filled", ["homestead", "poverty_file"], ["mult", "coord"]),
    ("phn_fullwidth_filled", ["village_notice", "social_insurance"], ["fullwidth", "footnote"]),
]


# --------------------------------------------------------------------------- mojibake damage (real codecs)
def dm(src_enc, dst_enc, errors="replace"):
    def f(r, s):
        return s.encode(src_enc, errors="replace").decode(dst_enc, errors=errors)
    f.__name__ = f"{src_enc} bytes read as {dst_enc}"
    return f


def dm_kunjinkao(r, s):
    # GBK text read as UTF-8 (invalid bytes -> U+FFFD), saved as UTF-8, read again as GBK
    return s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")


def dm_double_utf8(r, s):
    return s.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8").decode("cp1252", errors="replace")


def dm_utf8_latin1_reencode(r, s):
    return s.encode("utf-8").decode("latin-1").encode("utf-8").decode("utf-8")  # keeps C1 controls


def dm_gb2312_rare(r, s):
    return s.encode("gb2312", errors="replace").decode("gb2312")


def dm_ascii_replace(r, s):
    return s.encode("ascii", errors="replace").decode("ascii")


def dm_offstep(r, s):
    b = s.encode("gbk")
    return b[1:].decode("gbk", errors="replace")


def dm_truncate(r, s):
    b = s.encode("utf-8")
    cut = max(1, len(b) - r.choice([1, 2]))
    return b[:cut].decode("utf-8", errors="replace")


def dm_big5hkscs_as_big5(r, s):
    return s.encode("big5hkscs").decode("big5", errors="replace")


def dm_hz(r, s):
    return s.encode("hz").decode("ascii")


def dm_utf7(r, s):
    return s.encode("utf-7").decode("ascii")


def dm_qp(r, s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


def dm_mime(r, s):
    cs = r.choice(["utf-8", "gb2312", "gbk"])
    b = s.encode(cs, errors="replace")
    return f"=?{cs}?B?{base64.b64encode(b).decode('ascii')}?="


def dm_pctenc(r, s):
    return urllib.parse.quote(s.encode(r.choice(["utf-8", "gbk"])), safe="")


def dm_ncr(r, s):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def dm_uesc(r, s):
    return s.encode("ascii", errors="backslashreplace").decode("ascii")


def dm_bytes_repr(r, s):
    return str(s.encode("utf-8"))


def dm_html_double(r, s):
    wrapped = r.choice(["<p>%s</p>", "<b>%s</b>", "%s<br/>", "<span>%s</span>"]) % s
    return html.escape(html.escape(wrapped, quote=False), quote=False)


def dm_nbsp(r, s):
    chars = list(s)
    n = max(1, len(chars) // 8)
    for _ in range(n):
        i = r.randint(0, len(chars))
        chars.insert(i, r.choice(["&nbsp;", "&nbsp;&nbsp;", "&amp;nbsp;"]))
    return "".join(chars)


def dm_tags(r, s):
    if len(s) < 4:
        return r.choice(['<span style="font-family:宋体">', "<strong>", '<font color="#333333">']) + s + r.choice(["</span>", "</strong>", "</font>"])
    i = r.randint(1, len(s) - 1)
    tag = r.choice(['<span style="font-size:16px;font-family:仿宋_GB2312">', "</strong>", '<p class="MsoNormal">',
                    "<br/>", '</span><span lang="EN-US">', "<o:p></o:p>", '<td width="120">'])
    return s[:i] + tag + s[i:]


def dm_json_escape(r, s):
    return json.dumps(s, ensure_ascii=r.random() < .5)[1:-1]


def dm_tangtang(r, s):
    n = max(2, len(s))
    return (b"\xcc" * (2 * n)).decode("gbk") if r.random() < .7 else (b"\xcd" * (2 * n)).decode("gbk")


def dm_cid(r, s):
    return "".join(f"(cid:{ord(c) % 7000 + 3})" if "\u4e00" <= c <= "\u9fff" else c for c in s)


def dm_pua(r, s):
    return "".join(chr(0xE000 + (ord(c) % 0x1800)) if "\u4e00" <= c <= "\u9fff" and r.random() < .6 else c for c in s)


_KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    _KANGXI.setdefault(unicodedata.normalize("NFKC", chr(_cp)), chr(_cp))


def dm_kangxi(r, s):
    return "".join(_KANGXI.get(c, c) for c in s)


def has_kangxi(s):
    return any(c in _KANGXI for c in s)


def dm_emoji_gbk(r, s):
    return s.encode("utf-8").decode("gbk", errors="replace")


def dm_emoji_lost(r, s):
    return s.encode("gbk", errors="replace").decode("gbk")


# pinyin annotation artefact: simplified -> (traditional, pinyin)
PY = {"发": ("發", "fā"), "展": ("展", "zhǎn"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"),
      "开": ("開", "kāi"), "现": ("現", "xiàn"), "实": ("實", "shí"), "时": ("時", "shí"), "会": ("會", "huì"),
      "经": ("經", "jīng"), "济": ("濟", "jì"), "项": ("項", "xiàng"), "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"),
      "业": ("業", "yè"), "务": ("務", "wù"), "设": ("設", "shè"), "动": ("動", "dòng"), "队": ("隊", "duì"),
      "级": ("級", "jí"), "进": ("進", "jìn"), "关": ("關", "guān"), "产": ("產", "chǎn"), "资": ("資", "zī"),
      "为": ("為", "wèi"), "长": ("長", "zhǎng"), "们": ("們", "men"), "着": ("著", "zhe"), "种": ("種", "zhǒng"),
      "场": ("場", "chǎng"), "队": ("隊", "duì"), "这": ("這", "zhè"), "发": ("發", "fā"), "处": ("處", "chù"),
      "卫": ("衛", "wèi"), "疗": ("療", "liáo"), "户": ("戶", "hù"), "据": ("據", "jù"), "计": ("計", "jì"),
      "划": ("劃", "huà"), "环": ("環", "huán"), "质": ("質", "zhì"), "参": ("參", "cān"), "险": ("險", "xiǎn"),
      "区": ("區", "qū"), "县": ("縣", "xiàn"), "费": ("費", "fèi"), "补": ("補", "bǔ"), "贴": ("貼", "tiē")}
TRAD_ONLY = {"阶": "階", "贯": "貫", "围": "圍", "绕": "繞", "坚": "堅", "责": "責", "任": "任", "员": "員",
             "机": "機", "构": "構", "组": "組", "织": "織", "农": "農", "村": "村", "户": "戶", "众": "眾",
             "民": "民", "财": "財", "政": "政", "办": "辦", "报": "報", "体": "體", "检": "檢", "查": "查",
             "万": "萬", "亿": "億", "区": "區", "门": "門", "诊": "診", "药": "藥", "医": "醫", "院": "院",
             "学": "學", "习": "習", "书": "書", "记": "記", "条": "條", "强": "強", "优": "優", "务": "務",
             "营": "營", "从": "從", "个": "個", "对": "對", "达": "達", "完": "完", "成": "成", "积": "積",
             "极": "極", "国": "國", "华": "華", "东": "東", "龙": "龍", "见": "見", "觉": "覺", "头": "頭"}


def dm_pinyin(r, s):
    out = []
    for c in s:
        if c in PY and r.random() < .85:
            t, p = PY[c]
            out.append(f"{t}({p})")
        elif c in TRAD_ONLY:
            out.append(TRAD_ONLY[c])
        else:
            out.append(c)
    return "".join(out)


def dm_pinyin_lossy(r, s):
    t = dm_pinyin(r, s)
    # the same scraper pipeline loses characters that its GB2312 step cannot hold
    return t.encode("gb2312", errors="replace").decode("gb2312")


def has_py(s):
    return any(c in PY for c in s)


def dm_ligature(r, s):
    return s.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")


# ---- placement helpers
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def place_damage(ctx, pieces, dmg, where, need=None):
    """Damage a stretch; returns new pieces or None."""
    r = ctx.r
    ok = need or (lambda s: bool(re.search(r"[^\x00-\x7f]", s)))
    if where in ("slot", "name", "cell", "every"):
        if where == "every":
            cands = [i for i, p in enumerate(pieces) if p.kind and ok(p.text)]
        elif where == "name":
            cands = [i for i, p in enumerate(pieces) if p.kind == "name"]
        elif where == "cell":
            cands = [i for i, p in enumerate(pieces) if p.role == "table" and p.kind and p.line > 0]
            # also header cells
            cands += [i for i, p in enumerate(pieces) if p.role == "table" and not p.kind and "\t" not in p.text and p.text.strip()]
        else:
            cands = [i for i, p in enumerate(pieces) if p.kind]
        cands = [i for i in cands if ok(pieces[i].text)]
        if not cands:
            return None
        k = {"cell": r.randint(1, 3), "every": len(cands)}.get(where, 1)
        chosen = r.sample(cands, min(k, len(cands)))
        out = list(pieces)
        for i in chosen:
            p = out[i]
            d = dmg(r, p.text)
            if d == p.text:
                return None
            out[i] = Piece(d, span=True, orig=p.text, role=p.role, line=p.line)
        return out
    if where == "word":
        cands = [i for i, p in enumerate(pieces) if not p.kind and p.role not in ("nl",) and CJK_RUN.search(p.text)]
        if not cands:
            return None
        i = r.choice(cands)
        p = pieces[i]
        runs = [m for m in CJK_RUN.finditer(p.text)]
        m = r.choice(runs)
        a = r.randint(m.start(), max(m.start(), m.end() - 2))
        b = min(m.end(), a + r.randint(2, 6))
        seg = p.text[a:b]
        if not ok(seg):
            return None
        d = dmg(r, seg)
        if d == seg:
            return None
        return (pieces[:i] + [Piece(p.text[:a], role=p.role, line=p.line),
                              Piece(d, span=True, orig=seg, role=p.role, line=p.line),
                              Piece(p.text[b:], role=p.role, line=p.line)] + pieces[i + 1:])
    # line-level: title / sig / line / para / doc
    nlines = max(p.line for p in pieces) + 1
    roles = {}
    for p in pieces:
        if p.role != "nl":
            roles.setdefault(p.line, p.role)
    if where == "title":
        target = [l for l in range(nlines) if roles.get(l) == "title"][:1]
    elif where == "sig":
        target = [l for l in range(nlines) if roles.get(l) == "sig"]
        if target:
            target = target[-r.randint(1, len(target)):]
    elif where == "line":
        cand = [l for l in range(nlines) if roles.get(l) in ("body", "table")]
        target = [r.choice(cand)] if cand else []
    elif where == "para":
        cand = [l for l in range(nlines) if roles.get(l) in ("body", "table", "sig")]
        if len(cand) < 2:
            target = cand
        else:
            s = r.randint(0, len(cand) - 2)
            target = cand[s:s + r.randint(2, 4)]
    elif where == "doc":
        target = list(range(nlines))
    else:
        raise ValueError(where)
    if not target:
        return None
    out = []
    any_d = False
    for l in range(nlines):
        lp = [p for p in pieces if p.line == l and p.role != "nl"]
        if l:
            out.append(Piece("\n", role="nl", line=l))
        s = "".join(p.text for p in lp)
        if l in target and ok(s):
            d = dmg(r, s)
            if d != s:
                out.append(Piece(d, span=True, orig=s, role=roles.get(l), line=l))
                any_d = True
                continue
        out.extend(lp)
    return out if any_d else None


def make_mj_pos(genres, dmg, where, desc, need=None, trap=0.25, pre=None):
    def gen(ctx):
        r = ctx.r
        for _ in range(60):
            genre = r.choice(genres)
            lines = build_lines(ctx, genre)
            if pre:
                pre(ctx, lines)
            maybe_insert_trap(ctx, lines, trap)
            pieces = flatten(lines)
            w = r.choice(where) if isinstance(where, (list, tuple)) else where
            out = place_damage(ctx, pieces, dmg, w, need)
            if out is None:
                continue
            text, spans, origs = assemble(out)
            if "\n" in "".join(text[a:b] for a, b in spans):
                continue
            if text.count("\n") > 11:
                continue
            return text, spans, f"{desc} ({w}) in a {genre.replace('_', ' ')}; orig=" + json.dumps(origs, ensure_ascii=False)
        raise RuntimeError("damage failed: " + desc)
    return gen


def add_rare_name(ctx, lines):
    r = ctx.r
    rare = r.choice(["堃", "喆", "琎", "昇", "淼", "犇", "焱", "垚", "玥", "珺", "旻", "昱", "赟", "翀", "彧", "琨", "祎"])
    nm = r.choice(SURN) + rare + r.choice(GIVEN) if r.random() < .5 else r.choice(SURN) + r.choice(GIVEN) + rare
    lines.insert(min(len(lines), r.randint(1, 3)), dict(role="body", items=[r.choice(["经办人:", "户主:", "申请人:", "联系人:"]), ["name", nm]]))


def add_emoji_chat(ctx, lines):
    r = ctx.r
    for _ in range(r.randint(1, 3)):
        e = r.choice(["👍", "🙏", "😊", "🌹", "💪", "👌", "🎉", "❤️"])
        lines.append(dict(role="body", items=[["ymd", ctx.val("ymd")], " ", ["time", ctx.val("time")], " ",
                                              ["name", g_name(r)], ":", r.choice(["收到", "好的", "辛苦了", "谢谢"]), ["emoji", e * r.randint(1, 3)]]))


def add_hk_line(ctx, lines):
    r = ctx.r
    lines.insert(1, dict(role="body", items=[["hk", r.choice([
        "香港邨屋苑居民話:「呢度啲設施好方便㗎。」", "商戶負責人講:「我哋嘅貨品已經上架喇。」",
        "街坊反映:「嗰條路啲燈唔夠光。」", "深水埗區議會秘書處電話已更改。"])]]))


def add_trad_line(ctx, lines):
    r = ctx.r
    lines.insert(1, dict(role="body", items=[["trad", r.choice([
        "臺灣合作單位來函表示感謝貴單位的熱情接待。", "本會定於下月舉行年度會員大會,敬請各位會員準時出席。",
        "香港特別行政區政府衞生署提醒市民注意個人衞生。", "澳門社會工作局將於本週發放敬老金。",
        "臺北市政府公告:本年度補助申請即日起受理。"])]]))


def add_english(ctx, lines):
    r = ctx.r
    lines.append(dict(role="body", items=["Abstract: ", ["en", r.choice([
        "The office reported efficient workflow and affordable housing for staff.",
        "Financial support was offered to the first group of sustainable farms.",
        "The efficient flow of field data improved the official filing process."])]]))


def need_en(s):
    return "fi" in s or "fl" in s or "ff" in s


def need_emoji(s):
    return any(ord(c) > 0xFFFF for c in s)


def need_gb2312_loss(s):
    try:
        s.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


def need_hk(s):
    try:
        s.encode("big5hkscs")
    except UnicodeEncodeError:
        return False
    try:
        s.encode("big5")
        return False
    except UnicodeEncodeError:
        return True


def need_big5(s):
    try:
        s.encode("big5")
        return bool(re.search(r"[^\x00-\x7f]", s))
    except UnicodeEncodeError:
        return False


def make_mj_hyphen():
    def gen(ctx):
        r = ctx.r
        lines = build_lines(ctx, r.choice(["work_report", "stats_table"]), want_sig=False, nbody=2)
        pieces = flatten(lines)
        w1, w2 = r.choice([("sustain", "able"), ("develop", "ment"), ("agricul", "tural"), ("infra", "structure"),
                           ("govern", "ance"), ("popu", "lation")])
        pre = r.choice(["Keywords: rural revitalisation; ", "Summary: the county promotes ", "Note: "])
        clean_word = w1 + w2
        pieces += [Piece("\n"), Piece(pre), Piece(w1 + "-\n" + w2, span=True, orig=clean_word),
                   Piece(r.choice([" development goals.", " policies.", " indicators."]))]
        text, spans, origs = assemble(pieces)
        return text, spans, "PDF hyphenation break inside an English word; orig=" + json.dumps(origs, ensure_ascii=False)
    return gen


def make_mj_bom(kind):
    def gen(ctx):
        r = ctx.r
        lines = build_lines(ctx, r.choice(list(GENRES)))
        pieces = flatten(lines)
        b = "\ufeff".encode("utf-8")
        junk = b.decode("gbk", errors="replace") if kind == "gbk" else b.decode("cp1252", errors="replace")
        first = pieces[0]
        if kind == "gbk":
            # BOM plus first character read as GBK: famous "锘?"
            s = first.text[:1]
            raw = (b + s.encode("utf-8")).decode("gbk", errors="replace")
            pieces = [Piece(raw, span=True, orig=s, role=first.role, line=0), Piece(first.text[1:], role=first.role, line=0)] + pieces[1:]
        else:
            pieces = [Piece(junk, span=True, orig="", role="title", line=0)] + pieces
        text, spans, origs = assemble(pieces)
        return text, spans, f"UTF-8 BOM read as {kind}; orig=" + json.dumps(origs, ensure_ascii=False)
    return gen


def make_mj_mixed_foreign(dmg, desc):
    def gen(ctx):
        r = ctx.r
        for _ in range(40):
            lines = build_lines(ctx, r.choice(["work_report", "gov_notice", "minutes"]), nbody=r.randint(2, 4))
            lines.insert(1, trap_line(ctx, r.choice(["russian", "japanese", "korean", "greek", "french", "german"])))
            out = place_damage(ctx, flatten(lines), dmg, r.choice(["word", "line", "slot"]))
            if out is None:
                continue
            text, spans, origs = assemble(out)
            return text, spans, f"{desc} next to clean foreign text; orig=" + json.dumps(origs, ensure_ascii=False)
        raise RuntimeError(desc)
    return gen


ALLG = list(GENRES)
TABG = ["subsidy_list", "stats_table", "kindergarten_menu"]
DOCG = ["work_report", "gov_notice", "minutes", "village_notice", "school_notice"]
CERTG = ["household_cert", "marriage_cert", "tax_cert", "social_insurance", "land_contract", "homestead"]
MEDG = ["hospital_slip", "prescription", "pharmacy_receipt"]

MJ_POS_STYLES = [
    ("mj_utf8_as_gbk_word", lambda: make_mj_pos(DOCG, dm("utf-8", "gbk"), "word", "UTF-8 read as GBK")),
    ("mj_utf8_as_gbk_line", lambda: make_mj_pos(DOCG + CERTG, dm("utf-8", "gbk"), "line", "UTF-8 read as GBK")),
    ("mj_utf8_as_gbk_title", lambda: make_mj_pos(ALLG, dm("utf-8", "gbk"), "title", "UTF-8 read as GBK")),
    ("mj_utf8_as_gbk_cell", lambda: make_mj_pos(TABG, dm("utf-8", "gbk"), "cell", "UTF-8 read as GBK")),
    ("mj_utf8_as_gbk_signature", lambda: make_mj_pos(DOCG + CERTG, dm("utf-8", "gbk"), "sig", "UTF-8 read as GBK")),
    ("mj_utf8_as_gbk_whole_doc", lambda: make_mj_pos(ALLG, dm("utf-8", "gbk"), "doc", "UTF-8 read as GBK", trap=0)),
    ("mj_utf8_as_gbk_name", lambda: make_mj_pos(CERTG + MEDG, dm("utf-8", "gbk"), "name", "UTF-8 read as GBK")),
    ("mj_utf8_as_gb18030_para", lambda: make_mj_pos(DOCG, dm("utf-8", "gb18030"), "para", "UTF-8 read as GB18030")),
    ("mj_kunjinkao_line", lambda: make_mj_pos(DOCG + CERTG, dm_kunjinkao, "line", "GBK->UTF-8->GBK round trip (锟斤拷)")),
    ("mj_kunjinkao_cells", lambda: make_mj_pos(TABG, dm_kunjinkao, "cell", "GBK->UTF-8->GBK round trip (锟斤拷)")),
    ("mj_utf8_as_latin1_line", lambda: make_mj_pos(DOCG, dm("utf-8", "latin-1"), "line", "UTF-8 read as Latin-1")),
    ("mj_utf8_as_cp1252_word", lambda: make_mj_pos(DOCG + MEDG, dm("utf-8", "cp1252"), "word", "UTF-8 read as cp1252")),
    ("mj_utf8_as_cp1252_title", lambda: make_mj_pos(ALLG, dm("utf-8", "cp1252"), "title", "UTF-8 read as cp1252")),
    ("mj_double_utf8", lambda: make_mj_pos(DOCG, dm_double_utf8, ["word", "slot"], "UTF-8 mis-decoded twice via cp1252")),
    ("mj_utf8_latin1_c1", lambda: make_mj_pos(CERTG, dm_utf8_latin1_reencode, ["slot", "line"], "UTF-8 through Latin-1 re-encoded (C1 controls)")),
    ("mj_gbk_as_utf8_replace", lambda: make_mj_pos(ALLG, dm("gbk", "utf-8"), ["line", "para"], "GBK read as UTF-8 (U+FFFD)")),
    ("mj_gbk_as_utf8_ignore_cell", lambda: make_mj_pos(TABG, lambda r, s: s.encode("gbk").decode("utf-8", errors="ignore") or "\ufffd", "cell", "GBK read as UTF-8, errors ignored")),
    ("mj_big5_as_gbk", lambda: make_mj_pos(DOCG, dm("big5", "gbk"), "slot", "Big5 read as GBK", need=need_big5, pre=add_trad_line)),
    ("mj_gbk_as_big5", lambda: make_mj_pos(DOCG + CERTG, dm("gbk", "big5"), ["word", "line"], "GBK read as Big5")),
    ("mj_gbk_as_shift_jis", lambda: make_mj_pos(DOCG + MEDG, dm("gbk", "shift_jis"), ["word", "line"], "GBK read as Shift_JIS")),
    ("mj_utf8_as_euc_jp", lambda: make_mj_pos(DOCG, dm("utf-8", "euc_jp"), ["word", "line"], "UTF-8 read as EUC-JP")),
    ("mj_gbk_as_cp1251", lambda: make_mj_pos(DOCG + CERTG, dm("gbk", "cp1251"), ["word", "line", "slot"], "GBK read as cp1251")),
    ("mj_gbk_as_latin1", lambda: make_mj_pos(ALLG, dm("gbk", "latin-1"), ["word", "slot", "title"], "GBK read as Latin-1")),
    ("mj_utf8_as_koi8r", lambda: make_mj_pos(DOCG, dm("utf-8", "koi8_r"), ["word", "line"], "UTF-8 read as KOI8-R")),
    ("mj_utf8_as_mac_roman", lambda: make_mj_pos(DOCG + CERTG, dm("utf-8", "mac_roman"), ["word", "slot"], "UTF-8 read as Mac Roman")),
    ("mj_utf8_as_cp437", lambda: make_mj_pos(TABG + DOCG, dm("utf-8", "cp437"), ["word", "cell"], "UTF-8 read as DOS cp437")),
    ("mj_gbk_as_euc_kr", lambda: make_mj_pos(DOCG, dm("gbk", "euc_kr"), ["word", "line"], "GBK read as EUC-KR")),
    ("mj_utf8_as_cp949_sig", lambda: make_mj_pos(DOCG, dm("utf-8", "cp949"), "sig", "UTF-8 read as cp949")),
    ("mj_gb2312_rare_name_lost", lambda: make_mj_pos(CERTG + ["subsidy_list", "poverty_file"], dm_gb2312_rare, "name", "GB2312 encoder lost a rare character", need=need_gb2312_loss, pre=add_rare_name, trap=0)),
    ("mj_sms_ascii_lost", lambda: make_mj_pos(["sms"], dm_ascii_replace, ["line", "slot"], "SMS gateway ASCII-only: characters lost as ?")),
    ("mj_gbk_offstep", lambda: make_mj_pos(DOCG, dm_offstep, ["line", "word"], "GBK stream decoded one byte out of step")),
    ("mj_utf8_truncated_field", lambda: make_mj_pos(CERTG + MEDG + TABG, dm_truncate, ["slot", "cell", "name"], "UTF-8 field truncated mid-character")),
    ("mj_big5hkscs_lost", lambda: make_mj_pos(["gov_notice", "minutes"], dm_big5hkscs_as_big5, "slot", "Big5-HKSCS text read with plain Big5", need=need_hk, pre=add_hk_line, trap=0)),
    ("mj_bom_as_gbk", lambda: make_mj_bom("gbk")),
    ("mj_bom_as_cp1252", lambda: make_mj_bom("cp1252")),
    ("mj_hz_debris", lambda: make_mj_pos(DOCG, dm_hz, ["word", "slot"], "HZ-GB-2312 escapes left in text")),
    ("mj_utf7_debris", lambda: make_mj_pos(["sms", "school_notice", "gov_notice"], dm_utf7, ["word", "slot"], "UTF-7 mail text not decoded")),
    ("mj_quoted_printable", lambda: make_mj_pos(DOCG, dm_qp, ["word", "slot"], "quoted-printable mail body not decoded")),
    ("mj_mime_encoded_word", lambda: make_mj_pos(["gov_notice", "school_notice", "minutes"], dm_mime, ["title", "slot"], "MIME encoded-word not decoded")),
    ("mj_percent_encoded", lambda: make_mj_pos(DOCG + ["sms"], dm_pctenc, ["word", "slot"], "URL percent-encoding left in text")),
    ("mj_html_nbsp", lambda: make_mj_pos(DOCG, dm_nbsp, ["line", "para"], "&nbsp; entities from CMS")),
    ("mj_html_double_escaped", lambda: make_mj_pos(DOCG, dm_html_double, ["line", "word"], "HTML escaped twice (&amp;lt;)")),
    ("mj_html_tag_remnants", lambda: make_mj_pos(DOCG + CERTG, dm_tags, ["line", "title", "slot"], "HTML tag remnants")),
    ("mj_numeric_char_refs", lambda: make_mj_pos(DOCG + CERTG, dm_ncr, ["word", "slot", "name"], "numeric character references (&#NNNNN;)")),
    ("mj_unicode_escape_debris", lambda: make_mj_pos(DOCG + ["sms", "wechat_export"], dm_uesc, ["word", "slot", "line"], "\\uXXXX escape debris")),
    ("mj_bytes_repr_debris", lambda: make_mj_pos(DOCG + CERTG, dm_bytes_repr, ["slot", "name"], "Python bytes repr written into text")),
    ("mj_json_literal_escapes", lambda: make_mj_pos(DOCG, lambda r, s: dm_json_escape(r, s + "\n" + s[: max(2, len(s) // 3)]) if False else dm_json_escape(r, s), ["line", "para"], "JSON string escapes left in text", need=lambda s: bool(re.search(r"[^\x00-\x7f]", s)))),
    ("mj_pinyin_artifact_line", lambda: make_mj_pos(DOCG, dm_pinyin, ["line", "para"], "traditional conversion with ASCII-parenthesised pinyin", need=has_py)),
    ("mj_pinyin_artifact_doc", lambda: make_mj_pos(["work_report", "gov_notice"], dm_pinyin, "doc", "traditional conversion with pinyin, whole document", need=has_py, trap=0)),
    ("mj_pinyin_artifact_lossy", lambda: make_mj_pos(DOCG, dm_pinyin_lossy, ["line", "para"], "pinyin artefact plus GB2312 loss", need=has_py)),
    ("mj_msvc_tangtang", lambda: make_mj_pos(CERTG + TABG, dm_tangtang, ["slot", "cell", "name"], "uninitialised buffer (烫烫/屯屯)")),
    ("mj_pdf_cid_debris", lambda: make_mj_pos(DOCG + CERTG, dm_cid, ["word", "line", "title"], "PDF text without ToUnicode: (cid:N)")),
    ("mj_pdf_pua_glyphs", lambda: make_mj_pos(DOCG, dm_pua, ["word", "line"], "PDF glyphs mapped to private-use code points", need=lambda s: bool(CJK_RUN.search(s)))),
    ("mj_pdf_kangxi_radicals", lambda: make_mj_pos(DOCG + CERTG, dm_kangxi, ["line", "para", "title"], "PDF extraction gave Kangxi radicals for CJK", need=has_kangxi)),
    ("mj_pdf_ligature_english", lambda: make_mj_pos(["work_report", "stats_table"], dm_ligature, "slot", "PDF ligatures in English text", need=need_en, pre=add_english, trap=0)),
    ("mj_pdf_hyphenation_break", lambda: make_mj_hyphen()),
    ("mj_wechat_emoji_as_gbk", lambda: make_mj_pos(["wechat_export"], dm_emoji_gbk, "every", "emoji UTF-8 read as GBK (馃憤)", need=need_emoji, pre=add_emoji_chat, trap=0)),
    ("mj_wechat_emoji_lost", lambda: make_mj_pos(["wechat_export"], dm_emoji_lost, "every", "emoji lost to ? by a GBK encoder", need=need_emoji, pre=add_emoji_chat, trap=0)),
    ("mj_tsv_cells_lost", lambda: make_mj_pos(TABG, lambda r, s: "".join("?" if ("\u4e00" <= c <= "\u9fff" and r.random() < .5) else c for c in s).encode("ascii", "replace").decode() if False else s.encode("ascii", "replace").decode(), "cell", "table cells whose characters were lost as ?")),
    ("mj_csv_excel_ansi", lambda: make_mj_pos(TABG, dm("utf-8", "gbk"), "para", "UTF-8 CSV opened as ANSI/GBK in a spreadsheet", trap=0)),
    ("mj_mixed_foreign_gbk", lambda: make_mj_mixed_foreign(dm("utf-8", "gbk"), "UTF-8 read as GBK")),
    ("mj_mixed_foreign_latin1", lambda: make_mj_mixed_foreign(dm("gbk", "latin-1"), "GBK read as Latin-1")),
    ("mj_mt_output_entities", lambda: make_mj_pos(DOCG, lambda r, s: html.escape(s, quote=True).replace("“", "&ldquo;").replace("”", "&rdquo;") + r.choice(["&quot;", "&#39;", "&amp;"]), ["line", "word"], "machine translation output with HTML entities")),
    ("mj_medical_gbk", lambda: make_mj_pos(MEDG, dm("utf-8", "gbk"), ["line", "slot", "name"], "UTF-8 read as GBK in a medical slip")),
]


def make_mj_neg(genres, groups, skip=(), note=""):
    g = make_neg(genres, groups, (1, 3), note)
    g.skip = tuple(skip)
    return g


MJ_NEG_STYLES = [
    ("mjn_quoted_russian", DOCG, ["russian"], ()),
    ("mjn_quoted_japanese", DOCG, ["japanese", "kana"], ()),
    ("mjn_quoted_korean", DOCG, ["korean"], ()),
    ("mjn_greek_letters", ["school_notice", "stats_table", "work_report"], ["greek"], ()),
    ("mjn_french_accents", DOCG, ["french"], ()),
    ("mjn_german_spanish", DOCG, ["german"], ()),
    ("mjn_vietnamese_names", ["minutes", "household_cert", "contract"], ["viet"], ()),
    ("mjn_wechat_emoji", ["wechat_export"], ["emoji"], ()),
    ("mjn_wechat_markers", ["wechat_export"], ["wechat_marker", "emoji"], ()),
    ("mjn_rare_characters", ["subsidy_list", "school_notice", "household_cert"], ["rare"], ()),
    ("mjn_traditional_text", DOCG, ["trad"], ()),
    ("mjn_pinyin_lesson", ["school_notice"], ["pinyin_lesson"], ("pinyin",)),
    ("mjn_html_as_code", ["gov_notice", "work_report"], ["html_code"], ("tag", "entity", "esc")),
    ("mjn_units_symbols", ["stats_table", "work_report", "hospital_slip"], ["units"], ()),
    ("mjn_currency", ["contract", "stats_table"], ["currency"], ()),
    ("mjn_circled_numbers", DOCG, ["circled"], ()),
    ("mjn_fullwidth_digits", DOCG + TABG, ["fullwidth"], ()),
    ("mjn_copyright_symbols", ["gov_notice", "contract"], ["symbols"], ()),
    ("mjn_questionnaire", ["village_notice", "poverty_file"], ["question"], ("qmark",)),
    ("mjn_ampersand_names", ["work_report", "minutes"], ["ampersand"], ()),
    ("mjn_windows_paths", ["gov_notice", "subsidy_list"], ["path"], ()),
    ("mjn_cantonese", ["minutes", "wechat_export"], ["cantonese"], ()),
    ("mjn_bopomofo_arabic", ["school_notice"], ["bopomofo", "arabic"], ()),
    ("mjn_urls_filenames", ["gov_notice", "sms"], ["web", "files"], ()),
    ("mjn_english_abstract", ["work_report", "stats_table"], ["ligature_en"], ()),
    ("mjn_medical_clean", MEDG, ["units", "greek"], ()),
    ("mjn_certificate_clean", CERTG, ["rare", "trad"], ()),
    ("mjn_foreign_mixture", DOCG, ["russian", "japanese", "korean", "greek", "french", "emoji", "rare"], ()),
]
MJ_NEG_SKIP = {name: skip for name, _, _, skip in MJ_NEG_STYLES}


# --------------------------------------------------------------------------- registry
def all_styles():
    st = []
    for name, mk in PH_POS_STYLES:
        st.append((name, "ph", "placeholder", mk()))
    for name, genres, groups in PH_NEG_STYLES:
        st.append((name, "ph", "negative", make_neg(genres, groups, (1, 3), "placeholder look-alikes")))
    for name, mk in MJ_POS_STYLES:
        st.append((name, "mj", "mojibake", mk()))
    for name, genres, groups, _skip in MJ_NEG_STYLES:
        st.append((name, "mj", "negative", make_neg(genres, groups, (1, 3), "clean non-ASCII look-alikes")))
    return st


def generate(seed):
    recs = []
    for name, fam, label, gen in all_styles():
        rs = random.Random(f"t23:{seed}:{name}:count")
        n = rs.randint(15, 18) if (fam, label) == ("mj", "mojibake") else rs.randint(17, 20)
        for i in range(n):
            r = random.Random(f"t23:{seed}:{name}:{i}")
            ctx = Ctx(r)
            text, spans, note = gen(ctx)
            recs.append({"id": f"t23-s{seed}-{name}-{i:02d}", "family": fam, "style": name, "label": label,
                         "text": text, "spans": spans, "note": note.replace("\n", " ")})
    random.Random(f"t23:{seed}:order").shuffle(recs)
    return recs


# --------------------------------------------------------------------------- verify
def verify_records(recs):
    probs = []
    seen = set()
    for rec in recs:
        rid = rec.get("id")
        def bad(msg):
            probs.append(f"{rid}: {msg}")
        if set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
            bad("wrong keys")
            continue
        if rid in seen:
            bad("duplicate id")
        seen.add(rid)
        fam, lab, text, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
        if (fam, lab) not in {("ph", "placeholder"), ("ph", "negative"), ("mj", "mojibake"), ("mj", "negative")}:
            bad("family/label")
        if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
            bad("style not snake_case")
        if "\n" in rec["note"] or not rec["note"]:
            bad("note must be one non-empty line")
        nl = text.count("\n") + 1
        if not text.strip() or nl > 12:
            bad(f"text has {nl} lines")
        prev = -1
        for sp in spans:
            if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
                bad("span format")
                continue
            a, b = sp
            if not (0 <= a < b <= len(text)):
                bad(f"span {sp} outside text or empty")
            if a < prev:
                bad("spans overlap / unsorted")
            prev = b
        if lab == "negative":
            if spans:
                bad("negative with spans")
            if PH_RE.search(text):
                bad(f"negative holds placeholder {PH_RE.search(text).group()!r}")
            skip = MJ_NEG_SKIP.get(rec["style"], ())
            mk = mj_markers(text, skip)
            if mk:
                bad(f"negative shows damage markers {mk}")
            continue
        if not spans:
            bad("positive without spans")
            continue
        masked = list(text)
        for a, b in spans:
            for j in range(a, b):
                masked[j] = "\u3000" if text[j] != "\n" else "\n"
        outside = "".join(masked)
        if lab == "placeholder":
            for a, b in spans:
                if not PH_RE.search(text[a:b]):
                    bad(f"span {text[a:b]!r} holds no placeholder")
            m = PH_RE.search(outside)
            if m:
                bad(f"placeholder outside spans: {m.group()!r}")
            mk = mj_markers(text)
            if mk:
                bad(f"placeholder record shows damage markers {mk}")
        else:
            m = PH_RE.search(outside)
            if m:
                bad(f"mojibake record holds a placeholder outside spans: {m.group()!r}")
            try:
                origs = json.loads(rec["note"].rsplit("orig=", 1)[1])
            except Exception:
                bad("note lacks orig=[...]")
                continue
            if len(origs) != len(spans):
                bad("orig count != span count")
                continue
            for (a, b), o in zip(spans, origs):
                if text[a:b] == o:
                    bad(f"mojibake span equals clean text {o!r}")
    return probs


def style_table(recs):
    from collections import OrderedDict
    st = OrderedDict()
    for rec in sorted(recs, key=lambda x: x["id"]):
        d = st.setdefault(rec["style"], {"family": rec["family"], "counts": {}, "ex": None})
        d["counts"][rec["label"]] = d["counts"].get(rec["label"], 0) + 1
        if d["ex"] is None:
            t = rec["text"]
            if rec["spans"]:
                a, b = rec["spans"][0]
                s0 = max(0, a - 12)
                t = t[s0:b + 12]
            d["ex"] = t.replace("\n", "⏎").replace("|", "\\|")[:70]
    out = ["| style | family | label counts | example |", "|---|---|---|---|"]
    for name, d in sorted(st.items(), key=lambda kv: (kv[1]["family"], kv[0])):
        c = ", ".join(f"{k} {v}" for k, v in sorted(d["counts"].items()))
        ex = d["ex"].replace("`", "'")
        out.append(f"| {name} | {d['family']} | {c} | `{ex}` |")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        allp = []
        for fn in a.verify:
            recs = []
            with open(fn, encoding="utf-8") as fh:
                for ln, line in enumerate(fh, 1):
                    try:
                        recs.append(json.loads(line))
                    except json.JSONDecodeError:
                        allp.append(f"{fn}:{ln}: bad JSON")
            p = verify_records(recs)
            allp += [f"{fn}: {x}" for x in p]
            print(f"{fn}: {len(recs)} records, {len(p)} problems")
        for x in allp[:200]:
            print(x)
        sys.exit(1 if allp else 0)
    if a.style_table:
        recs = generate(a.seed if a.seed is not None else 11)
        with open(a.style_table, "w", encoding="utf-8") as fh:
            fh.write(style_table(recs))
        return
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required")
    recs = generate(a.seed)
    probs = verify_records(recs)
    if probs:
        for x in probs[:50]:
            print(x, file=sys.stderr)
        sys.exit(1)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
