#!/usr/bin/env python3
"""text18_gen.py - held-out test collection (set 18) for a placeholder / mojibake auditor of
Chinese report text.  Python 3.11, standard library only.

    python3 text18_gen.py --seed 11 --out text18_seed11.jsonl
    python3 text18_gen.py --verify text18_seed11.jsonl text18_seed12.jsonl
    python3 text18_gen.py --style-table text18_seed11.jsonl > table.md

Every record is built from segments: clean text and marked text (a placeholder, or a damaged
stretch together with the clean text it replaces).  Offsets are computed from the segments, so spans
are exact by construction.  Mojibake is produced with real codecs (str.encode / bytes.decode with
error handlers, html, json, quopri, urllib, email.header, unicodedata).  All randomness comes from
random.Random seeded with a string "seed/style", which hashes with SHA-512 and therefore does not
depend on PYTHONHASHSEED.
"""
import argparse
import email.header
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

PREFIX = "t18"

# =====================================================================================
# pools (all names and places are invented)
# =====================================================================================
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
            "杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎"
            "史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤")
GIVEN = ("文华建国志明春梅晓东海燕玉兰德胜立新红霞宏伟俊杰雪莉思远子涵雨萱浩然嘉怡欣悦宇航永刚"
         "秀英丽娟桂芳振宇佳琪慧敏家豪晨曦若彤锦程梓轩书瑶雅婷天佑立群少华卫东淑珍凤琴明辉")
PLACE_ROOTS = ["青溪", "枫林", "临江", "云岭", "白沙", "石桥", "金川", "南屏", "东湖", "双河", "柳塘",
               "梅岭", "凤鸣", "龙泉", "桂山", "清水", "安平", "长乐", "永和", "新田", "黄坪", "松岗",
               "莲花", "翠屏", "北港", "西林", "鹤山", "榕城", "平湖", "兴隆", "望城", "潭口", "芦溪",
               "沙湾", "杉木", "茶园", "荷塘", "银滩", "玉泉", "丰乐"]
PLACE_SUFFIX = ["街道", "镇", "乡", "村", "社区", "区", "县", "市"]
CO_SUFFIX = ["农业科技有限公司", "建筑工程有限公司", "物业服务有限公司", "医药连锁有限公司", "市政工程有限公司",
             "环保科技有限公司", "商贸有限公司", "信息技术有限公司", "劳务服务有限公司", "园林绿化有限公司",
             "食品有限公司", "智能装备有限公司", "文化传媒有限公司", "检测技术有限公司"]
BUREAUS = ["应急管理局", "自然资源局", "卫生健康局", "教育局", "住房和城乡建设局", "人力资源和社会保障局",
           "市场监督管理局", "财政局", "农业农村局", "生态环境局", "退役军人事务局", "医疗保障局", "水利局",
           "交通运输局", "民政局", "司法局"]
PROPCOS = ["物业服务中心", "物业管理处", "业主委员会"]
ROADS = ["人民路", "解放路", "建设大道", "滨江路", "文化路", "朝阳街", "新华路", "环城北路", "工业大道", "学府路"]
UNIT_RANGES = {"人": (20, 9800), "户": (12, 3600), "个": (2, 60), "家": (2, 120), "处": (5, 900),
               "次": (2, 300), "场": (2, 80), "件": (5, 600), "宗": (2, 150), "公里": (2, 95),
               "座": (1, 30), "平方米": (200, 56000), "人次": (50, 25000), "亩": (10, 3000),
               "剂次": (1000, 60000), "支": (2, 40), "项": (2, 60), "栋": (1, 30), "岁": (18, 88),
               "元": (100, 9000), "天": (1, 30), "周": (1, 4), "分钟": (5, 15), "个工作日": (3, 7),
               "日历天": (60, 365), "名": (2, 500), "批次": (5, 200), "所": (1, 12), "套": (5, 400),
               "台": (2, 200), "吨": (5, 5000), "床": (1, 60), "课时": (8, 64), "条": (3, 90)}
PINYIN_EMAIL = ["zhangwei", "liqiang", "wangfang", "chenjing", "liuyang", "huanglei", "zhaomin",
                "zhoutao", "wuhong", "sunli", "linfeng", "guojun", "hemei", "luoping"]
FIELD_NAMES = {"PER": ["姓名", "联系人", "申请人姓名", "负责人"], "O": ["单位名称", "公司名称", "供应商名称", "企业名称"],
               "P": ["地址", "街道名称", "乡镇名称", "村名"], "M": ["金额", "预算金额", "合同金额"],
               "D": ["日期", "时间", "报到日期"], "N": ["数量", "人数", "户数"], "TEL": ["联系电话", "手机号码"],
               "R": ["比例", "完成率"], "U": ["部门名称", "主管部门"], "DOC": ["文号", "发文字号"],
               "ID": ["身份证号码", "证件号码"], "Y": ["年份"], "ADDR": ["详细地址", "地址"],
               "PNO": ["项目编号"], "HNO": ["住院号"], "SNO": ["学号", "考生号"], "CODE": ["验证码"], "V": ["数值"], "EMAIL": ["邮箱"],
               "CASE": ["案号"]}
FIELD_EN = {"PER": ["name", "contact"], "O": ["company", "org_name"], "P": ["district", "town"],
            "M": ["amount", "budget"], "D": ["date"], "N": ["count", "num"], "TEL": ["phone", "mobile"],
            "R": ["rate"], "U": ["dept"], "DOC": ["doc_no"], "ID": ["id_card"], "Y": ["year"],
            "ADDR": ["address"], "PNO": ["project_no"], "HNO": ["inpatient_no"], "SNO": ["student_no"], "CODE": ["code"],
            "V": ["value"], "EMAIL": ["email"], "CASE": ["case_no"]}


def R(seed, style):
    return random.Random("%s/%s" % (seed, style))


# =====================================================================================
# slots and templates
# =====================================================================================
class Slot:
    """A fact in a template.  pre + core + post is the clean text; maskers replace parts."""

    def __init__(self, kind, pre, core, post, **kw):
        self.kind, self.pre, self.core, self.post = kind, pre, core, post
        self.__dict__.update(kw)

    def clean(self):
        return self.pre + self.core + self.post


def person(rng):
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return s, g


def id_number(rng):
    area = "%d%05d" % (rng.randint(1, 6), rng.randint(10000, 99999))
    birth = "%04d%02d%02d" % (rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
    body = area + birth + "%03d" % rng.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    ck = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + ck


def make_slot(kind, arg, rng):
    if kind == "N":
        unit = arg or rng.choice(["人", "户", "个", "家", "处"])
        lo, hi = UNIT_RANGES.get(unit, (2, 500))
        return Slot("N", "", str(rng.randint(lo, hi)), unit, unit=unit)
    if kind == "M":
        if rng.random() < 0.75:
            v = "%.2f" % rng.uniform(3, 980) if rng.random() < 0.6 else str(rng.randint(5, 3000))
            return Slot("M", "", v, "万元")
        return Slot("M", "", "%.2f" % rng.uniform(1, 60), "亿元")
    if kind == "V":
        return Slot("V", "", "%.1f" % rng.uniform(1, 900), "")
    if kind == "R":
        v = "%.1f" % rng.uniform(1, 99.9) if rng.random() < 0.6 else str(rng.randint(3, 100))
        return Slot("R", "", v, "%")
    if kind == "D":
        return Slot("D", "", "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28)), "")
    if kind == "Y":
        return Slot("Y", "", str(rng.choice([2021, 2022, 2023, 2024])), "年")
    if kind == "P":
        suf = arg or rng.choice(PLACE_SUFFIX)
        return Slot("P", "", rng.choice(PLACE_ROOTS), suf)
    if kind == "O":
        return Slot("O", "", rng.choice(PLACE_ROOTS), arg or rng.choice(CO_SUFFIX))
    if kind == "U":
        return Slot("U", "", rng.choice(PLACE_ROOTS), rng.choice(["市", "区", "县"]) + (arg or rng.choice(BUREAUS)))
    if kind == "PER":
        s, g = person(rng)
        return Slot("PER", "", s + g, "", sur=s, given=g)
    if kind == "TEL":
        if rng.random() < 0.75:
            t = rng.choice(["13", "15", "18", "17", "19"]) + "".join(rng.choice("0123456789") for _ in range(9))
            return Slot("TEL", "", t, "", mobile=True)
        return Slot("TEL", "", "0%d-%d" % (rng.randint(710, 799), rng.randint(2000000, 8999999)), "", mobile=False)
    if kind == "ID":
        return Slot("ID", "", id_number(rng), "")
    if kind == "DOC":
        c = rng.choice(PLACE_ROOTS)[0]
        kind2 = rng.choice(["府办", "政发", "财预", "卫健发", "应急", "教发"])
        return Slot("DOC", "", "%s%s〔%d〕%d号" % (c, kind2, rng.choice([2022, 2023, 2024]), rng.randint(3, 120)), "",
                    parts=(c, kind2))
    if kind == "ADDR":
        return Slot("ADDR", "", "%s%s%d号" % (rng.choice(PLACE_ROOTS), rng.choice(ROADS), rng.randint(1, 388)), "")
    if kind == "PNO":
        return Slot("PNO", "", "%s%d-%s-%03d" % (rng.choice(["QXCG", "LJZC", "YLGK", "JCZB"]), rng.choice([2023, 2024]),
                                                 rng.choice(["GK", "CS", "JC"]), rng.randint(1, 300)), "")
    if kind == "SNO":
        return Slot("SNO", "", "%d%04d" % (rng.choice([2021, 2022, 2023, 2024]), rng.randint(1, 1200)), "")
    if kind == "INT":
        return Slot("N", "", str(rng.randint(18000, 76000)), "", unit="")
    if kind == "AREA":
        return Slot("V", "", "%.1f" % rng.uniform(35, 220), "")
    if kind == "HNO":
        return Slot("HNO", "", str(rng.randint(200000, 989999)), "")
    if kind == "CODE":
        return Slot("CODE", "", "%06d" % rng.randint(0, 999999), "")
    if kind == "EMAIL":
        return Slot("EMAIL", "", "%s%d@%s" % (rng.choice(PINYIN_EMAIL), rng.randint(1, 99),
                                                rng.choice(["163.com", "qq.com", "126.com", "sina.com"])), "")
    if kind == "CASE":
        c = rng.choice(PLACE_ROOTS)[0]
        return Slot("CASE", "", "（%d）%s%02d民初%d号" % (rng.choice([2022, 2023]), rng.choice("粤湘赣桂闽浙苏鲁"),
                                                         rng.randint(1, 20), rng.randint(100, 9999)), "")
    raise KeyError(kind)


TPL_RE = re.compile(r"\{([A-Z]+)(?::([^}#]*))?(?:#(\w+))?\}")


def parse_tpl(tpl, rng, cache):
    """'{N:户}' -> Slot; '{PER#a}' -> same slot object for all '#a' in one document."""
    out, pos = [], 0
    for m in TPL_RE.finditer(tpl):
        if m.start() > pos:
            out.append(tpl[pos:m.start()])
        kind, arg, key = m.group(1), m.group(2), m.group(3)
        if key:
            if key not in cache:
                cache[key] = make_slot(kind, arg, rng)
            out.append(cache[key])
        else:
            out.append(make_slot(kind, arg, rng))
        pos = m.end()
    if pos < len(tpl):
        out.append(tpl[pos:])
    # dates and years in one line run forwards (入院 before 出院, 起 before 止)
    for kind, key in (("D", lambda c: tuple(int(x) for x in re.findall(r"\d+", c))), ("Y", lambda c: int(c))):
        sl = [p for p in out if isinstance(p, Slot) and p.kind == kind]
        cores = sorted((p.core for p in sl), key=key)
        for p, c in zip(sl, cores):
            p.core = c
    return out


def clean_lines(lines_tpl, rng):
    cache = {}
    return ["".join(p if isinstance(p, str) else p.clean() for p in parse_tpl(t, rng, cache)) for t in lines_tpl]


# =====================================================================================
# Doc: segments -> text + spans
# =====================================================================================
class Doc:
    def __init__(self):
        self.segs = []  # (text, marked, clean)

    def add(self, text, marked=False, clean=None):
        if text:
            self.segs.append((text, marked, clean if clean is not None else text))
        return self

    def nl(self):
        return self.add("\n")

    def build(self):
        text, spans, cleans, pos = [], [], [], 0
        for t, marked, c in self.segs:
            if marked:
                if spans and spans[-1][1] == pos:  # touching marks form one span
                    spans[-1][1] = pos + len(t)
                    cleans[-1] += c
                else:
                    spans.append([pos, pos + len(t)])
                    cleans.append(c)
            text.append(t)
            pos += len(t)
        return "".join(text), spans, cleans

    def clean_text(self):
        return "".join(c for _, _, c in self.segs)


# =====================================================================================
# genres: lists of template lines (simplified Chinese, invented content)
# =====================================================================================
REPORT_SENT = [
    "今年以来，{P#a}累计新增城镇就业{N:人}，帮扶困难群众{N:户}。",
    "全年完成固定资产投资{M}，同比增长{R}。",
    "{D}，{P#a}召开安全生产专题会议，部署汛期隐患排查整治工作。",
    "全年共排查各类安全隐患{N:处}，整改率达{R}。",
    "投入资金{M}，完成老旧小区改造{N:个}，惠及居民{N:户}。",
    "开展政策宣讲活动{N:场}，覆盖群众{N:人次}。",
    "{O}完成年度招商任务，签约项目{N:项}，协议投资额{M}。",
    "依据《关于加强基层治理的实施意见》（{DOC}），组建网格员队伍{N:支}。",
    "组织专项执法检查{N:次}，立案查处违法案件{N:宗}，罚没款{M}。",
    "全年受理群众来访{N:批次}，化解矛盾纠纷{N:件}，调解成功率{R}。",
    "城乡居民基本养老保险参保{N:人}，参保率{R}。",
    "新建改建农村公路{N:公里}，完成危桥改造{N:座}。",
    "发放各类惠农补贴{M}，涉及农户{N:户}。",
    "截至{D}，辖区疫苗接种累计{N:剂次}，目标人群覆盖率{R}。",
    "一般公共预算收入{M}，完成年度目标的{R}。",
    "拆除违法建筑{N:宗}，腾退土地{N:亩}。",
    "培育市级以上龙头企业{N:家}，新增农民专业合作社{N:家}。",
    "{U}牵头开展燃气安全专项整治，检查经营场所{N:家}。",
    "{PER}同志被评为年度优秀基层干部，{O}获评诚信示范企业。",
    "完成高标准农田建设{N:亩}，粮食播种面积保持稳定。",
    "新增公办幼儿园学位{N:个}，改造薄弱学校{N:所}。",
    "落实困难群众临时救助{N:人次}，发放救助金{M}。",
]
REPORT_HEAD = ["一、主要工作成效", "二、存在的问题", "三、下一步工作计划", "（一）经济运行稳中有进",
               "（二）民生保障持续加强", "（三）基层治理不断完善", "（四）安全生产形势平稳"]
NEXT_SENT = [
    "下一步，我们将继续聚焦重点任务，补齐短板弱项，推动各项工作再上新台阶。",
    "同时也要清醒看到，项目储备不足、财政收支矛盾突出等问题依然存在。",
    "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
    "进一步压实安全生产责任，坚决防范遏制重特大事故发生。",
]


def g_report(rng):
    t = ["{P#a}{Y}工作总结", rng.choice(REPORT_HEAD)]
    t += rng.sample(REPORT_SENT, rng.randint(3, 6))
    if rng.random() < 0.5:
        t.append(rng.choice(NEXT_SENT))
    if rng.random() < 0.4:
        t.append("{P#a}")
    return t


def g_notice(rng):
    topic = rng.choice(["冬季消防安全检查", "春节期间值班值守", "城乡环境卫生整治", "防汛应急演练",
                        "校园周边食品安全检查", "高温天气防暑降温"])
    t = ["关于%s%s工作的通知" % (rng.choice(["做好", "开展", "切实做好"]), topic), "各{P:村}（社区）、各有关单位：",
         "为扎实做好%s工作，经研究，决定于{D}至{D}在全{P:镇}范围内集中开展专项行动。" % topic,
         rng.choice(["请各单位于{D}前将工作方案报送{U}。", "请各单位明确一名联络员，联系电话{TEL}。",
                     "各单位要高度重视，落实专人负责，确保工作取得实效。"]),
         rng.choice(["联系人：{PER}，电话：{TEL}。", "附件：工作情况统计表"]),
         "{U}", "{Y}{D}"]
    return t


def g_procure(rng):
    return ["{U}{Y}办公设备采购项目中标结果公告",
            "一、项目编号：{PNO}", "二、采购人：{U}",
            "三、预算金额：{M}，最高限价：{M}", "四、中标供应商：{O}，中标金额：{M}",
            "五、评审日期：{Y}{D}", "六、联系人：{PER}，联系电话：{TEL}",
            "七、公告期限：自本公告发布之日起{N:个工作日}。"][: rng.randint(5, 8)]


def g_bid(rng):
    return ["投标函", "致：{U#b}",
            "根据贵方{P:区}道路提升改造工程（项目编号：{PNO}）招标文件，我方愿以人民币{M}的投标总报价承担本项目施工。",
            "我方承诺工期为{N:日历天}，工程质量达到合格标准。",
            "投标保证金{N:元}已按要求提交。",
            "投标人：{O#c}（盖单位章）", "法定代表人或其委托代理人：{PER}（签字）", "日期：{Y}{D}"]


def g_court(rng):
    return ["{P:区}人民法院", "民事判决书", "{CASE}",
            "原告：{PER#p}，男，{N:岁}，汉族，住{ADDR}。",
            "被告：{O#d}，住所地{ADDR}，法定代表人{PER#q}。",
            "原告{PER#p}向本院提出诉讼请求：判令被告支付货款{M}及逾期付款利息。",
            "本院认为，原告与被告签订的买卖合同系双方真实意思表示，合法有效。",
            "被告{O#d}应于本判决生效之日起十日内支付原告货款{M}。",
            "案件受理费{N:元}，由被告负担。", "审判员　{PER}"][: rng.randint(7, 10)]


def g_hospital(rng):
    return ["{P:市}人民医院出院记录",
            "姓名：{PER#p}　性别：%s　年龄：{N:岁}　住院号：{HNO}" % rng.choice("男女"),
            "入院日期：{Y}{D}　出院日期：{Y}{D}　住院{N:天}",
            "入院诊断：%s" % rng.choice(["社区获得性肺炎；2型糖尿病", "急性阑尾炎", "高血压病3级（极高危）", "右桡骨远端骨折"]),
            "诊疗经过：入院后完善相关检查，予对症支持治疗，病情好转。",
            "出院医嘱：低盐低脂饮食，{N:周}后门诊复查。",
            "主治医师：{PER}　家属联系电话：{TEL}"]


def g_school(rng):
    return ["{P:县}第一中学{Y}高一新生录取通知书", "{PER#p}同学：",
            "经{U:教育局}审核，你已被我校高一年级录取，学号{SNO}。",
            "请于{D}持本通知书、身份证到校报到，报到地点：{ADDR}。",
            "住宿费{N:元}/学期，军训时间{N:天}。", "招生咨询电话：{TEL}",
            "{P:县}第一中学招生办公室"]


def g_property(rng):
    return ["停水通知", "尊敬的各位业主：",
            "因{P:区}供水管网改造施工，{D}8:00至18:00小区{N:栋}暂停供水。",
            "请各位业主提前做好储水准备，给您带来不便，敬请谅解。",
            "如有疑问请致电服务中心：{TEL}",
            "{O:物业服务有限公司}", "{Y}{D}"]


def g_wechat(rng):
    return ["%s｜{P:街道}这个夏天有点忙" % rng.choice(["聚焦", "关注", "喜讯"]),
            "原创 {P:街道}发布 {Y}{D}",
            "近日，{P:街道}组织志愿者{N:名}走进辖区，开展“清凉一夏”送温暖活动。",
            "活动共慰问一线环卫工人{N:人}，发放防暑物资{N:套}。",
            "{O}负责人{PER}表示，将持续关注户外劳动者。",
            "来源：{P:街道}综合办　编辑：{PER}"]


def g_minutes(rng):
    return ["{P:镇}党政联席会议纪要", "时间：{Y}{D}14:30", "地点：镇政府三楼会议室",
            "主持人：{PER}", "参会人员：{PER}、{PER}、{PER}",
            "会议研究了{P:村}人居环境整治项目，同意安排资金{M}。",
            "会议要求{U}于{D}前完成项目验收。", "记录人：{PER}"]


def g_contract(rng):
    return ["房屋租赁合同", "出租方（甲方）：{O#c}", "承租方（乙方）：{PER#p}，身份证号：{ID}",
            "第一条　甲方将位于{ADDR}的房屋出租给乙方使用，建筑面积{AREA}平方米。",
            "第二条　租金每月{N:元}，按季度支付，押金{N:元}。",
            "第三条　租赁期限自{Y}{D}起至{Y}{D}止。",
            "甲方联系电话：{TEL}　乙方联系电话：{TEL}", "签订日期：{Y}{D}"]


def g_table(rng):
    t = ["{P:县}主要经济指标完成情况表", "指标 | 单位 | 本年完成 | 同比增长"]
    rows = ["地区生产总值 | 亿元 | {V} | {R}", "规模以上工业增加值 | 亿元 | {V} | {R}",
            "固定资产投资 | 亿元 | {V} | {R}", "社会消费品零售总额 | 亿元 | {V} | {R}",
            "城镇居民人均可支配收入 | 元 | {INT} | {R}", "一般公共预算收入 | 万元 | {V} | {R}"]
    return t + rng.sample(rows, rng.randint(3, 6))


def g_csv(rng):
    t = ["序号,单位,项目名称,投资额（万元）,完成率"]
    projects = ["污水管网改造", "农村公路提级", "社区养老驿站", "学校食堂改造", "河道清淤", "路灯更换", "公厕新建"]
    for i, p in enumerate(rng.sample(projects, rng.randint(3, 6)), 1):
        t.append("%d,{P},%s工程,{V},{R}" % (i, p))
    return t


def g_json(rng):
    return ['{"code":0,"msg":"操作成功","data":{"title":"{P:区}{Y}民生实事项目","dept":"{U}",'
            '"contact":"{PER}","phone":"{TEL}","budget":"{M}","progress":"{R}"}}']


def g_srt(rng):
    lines = []
    subs = ["各位居民朋友大家好", "今天我们来到{P:社区}", "看看老旧小区改造后的新变化", "这里新建了{N:个}充电桩",
            "居民{PER}告诉记者", "以前下雨天路面全是积水", "现在出行方便多了", "改造工程共投入{M}"]
    s = 1
    picks = rng.sample(subs, 3)
    for k, sub in enumerate(picks):
        a = s + k * 3
        lines += [str(k + 1), "00:00:%02d,%03d --> 00:00:%02d,%03d" % (a, rng.randint(0, 999), a + 2, rng.randint(0, 999)), sub]
        if k < 2:
            lines.append("")
    return lines


def g_ppt(rng):
    return ["第1页　{P:区}{Y}工作汇报", "第2页　目录：工作回顾／存在问题／下步打算",
            "第3页　经济发展：完成投资{M}，增长{R}", "第4页　民生实事：新增就业{N:人}，改造小区{N:个}",
            "第5页　下步打算：抓项目、优服务、保安全", "汇报人：{PER}"][: rng.randint(4, 6)]


def g_sms(rng):
    return ["【{P:市}政务服务】尊敬的{PER}，您申请的营业执照已办结，请于{D}前到大厅{N:号}窗口领取。",
            "【{P:市}医保】您的验证码为{CODE}，{N:分钟}内有效，请勿泄露。"][: rng.randint(1, 2)]


def g_email(rng):
    return ["发件人：{PER#p} <{EMAIL}>", "主题：关于{P:区}项目资料报送的函",
            "{PER}您好：", "请于{D}前将项目竣工资料报送至{U}，联系电话{TEL}。", "此致", "{PER#p}"]


def g_lesson(rng):
    return ["{P:县}第一中学%s教学设计" % rng.choice(["", "高一年级", "校本课程", "公开课"]), "授课教师：{PER}　授课班级：高一（%d）班" % rng.randint(1, 12),
            "教学目标：掌握本节重点内容，能够独立完成课后练习。"][: rng.randint(2, 3)]


GENRES = {"lesson": g_lesson, "report": g_report, "notice": g_notice, "procure": g_procure, "bid": g_bid, "court": g_court,
          "hospital": g_hospital, "school": g_school, "property": g_property, "wechat": g_wechat,
          "minutes": g_minutes, "contract": g_contract, "table": g_table, "csv": g_csv, "json": g_json,
          "srt": g_srt, "ppt": g_ppt, "sms": g_sms, "email": g_email}


# =====================================================================================
# placeholder maskers: slot -> list of (text, is_placeholder) or None (kind not maskable)
# =====================================================================================
def _xs(rng, ch, n_lo=1, n_hi=3):
    return ch * rng.randint(n_lo, n_hi)


def mask_x(slot, rng, ch="x"):
    k = slot.kind
    if k in ("N", "V"):
        return [(_xs(rng, ch, 1 if k == "N" else 2, 3) + (("." + ch) if k == "V" and rng.random() < 0.6 else ""), True), (slot.post, False)]
    if k == "M":
        return [(rng.choice([ch * 2 + "." + ch * 2, ch * 2, ch * 3, ch + "." + ch * 2, ch * 3 + "." + ch]), True), (slot.post, False)]
    if k == "R":
        return [(rng.choice([ch * 2, ch * 2 + "." + ch, ch * 3, ch * 2 + "." + ch * 2]), True), (slot.post, False)]
    if k == "D":
        return [(rng.choice([ch + "月" + ch * 2 + "日", ch * 2 + "月" + ch * 2 + "日", ch + "月" + ch + "日"]), True)]
    if k == "Y":
        return [(rng.choice(["20" + ch * 2, "202" + ch]), True), ("年", False)]
    if k in ("P", "O", "U"):
        return [(ch * rng.randint(2, 3), True), (slot.post, False)]
    if k == "PER":
        return [(ch * rng.randint(2, 3), True)]
    if k == "DOC":
        c, kind2 = slot.parts
        return [(ch, True), (kind2 + "〔%s〕" % slot.core.split("〔")[1][:4], False), (ch * 2, True), ("号", False)]
    if k == "TEL":
        return [(ch * 11 if slot.mobile else ch * 4 + "-" + ch * 7, True)]
    if k == "ADDR":
        return [(ch * 2, True), ("路", False), (ch * 2, True), ("号", False)]
    if k == "CASE":
        return [("（" + slot.core[1:5] + "）" + slot.core[6], False), (ch * 2, True), ("民初", False), (ch * 3, True), ("号", False)]
    if k in ("HNO", "PNO", "CODE", "SNO"):
        return [(ch * 6, True)]
    return None


def mask_upper(slot, rng):
    return mask_x(slot, rng, "X")


def mask_times(slot, rng):
    return mask_x(slot, rng, "×")


def mask_fullx(slot, rng):
    return mask_x(slot, rng, "Ｘ")


def mask_mou(slot, rng):
    k = slot.kind
    if k == "PER":
        return [(slot.sur + rng.choice(["某", "某某"]), True)]
    if k == "O":
        return rng.choice([[("某某", True), (slot.post, False)], [("某公司", True)], [("某某公司", True)]])
    if k in ("P", "U"):
        return [("某某", True), (slot.post, False)]
    return None


def mask_star(slot, rng):
    k = slot.kind
    if k == "PER":
        return [(slot.sur + "*" * rng.randint(1, 2), True)]
    if k == "TEL":
        if slot.mobile:
            return [(slot.core[:3] + "****" + slot.core[7:], True)]
        a, b = slot.core.split("-")
        return [(a + "-" + b[:2] + "***" + b[-2:], True)]
    if k == "ID":
        return [(slot.core[:6] + "********" + slot.core[-4:], True)]
    if k in ("HNO", "SNO"):
        return [(slot.core[:2] + "****", True)]
    if k == "ADDR":
        return [(slot.core[:2] + "****", True)]
    if k == "EMAIL":
        u, d = slot.core.split("@")
        return [(u[:2] + "***@" + d, True)]
    return None


def mask_circle(slot, rng):
    k = slot.kind
    if k == "PER":
        if len(slot.given) == 2 and rng.random() < 0.6:
            return [(slot.sur + "○" + slot.given[1], True)]
        return [(slot.sur + "○○", True)]
    if k in ("P", "O"):
        return [("○○", True), (slot.post, False)]
    return None


def mask_box(slot, rng):
    ch = rng.choice("□■")
    k = slot.kind
    if k == "PER":
        return [(slot.sur + ch * 2, True)]
    if k in ("P", "O", "ADDR"):
        return [(ch * rng.randint(2, 4), True)] + ([(slot.post, False)] if slot.post else [])
    if k in ("N", "M"):
        return [(ch * 2, True), (slot.post, False)]
    return None


def _field(slot, rng):
    return rng.choice(FIELD_NAMES[slot.kind])


def _with_post(slot, ph):
    if slot.kind in ("N", "M", "R") and slot.post and slot.post not in ("万元", "亿元") :
        return [(ph, True), (slot.post, False)]
    return [(ph, True)]


def mask_bracket(slot, rng):
    return [("【%s】" % _field(slot, rng), True)]


def mask_square(slot, rng):
    return [("[%s]" % _field(slot, rng), True)]


def mask_mustache(slot, rng):
    key = rng.choice(FIELD_EN[slot.kind]) if rng.random() < 0.6 else _field(slot, rng)
    return [(rng.choice(["{{%s}}", "{{ %s }}"]) % key, True)]


def mask_dollar(slot, rng):
    return [("${%s}" % rng.choice(FIELD_EN[slot.kind]), True)]


def mask_merge(slot, rng):
    return [("«%s»" % _field(slot, rng), True)]


def mask_angle(slot, rng):
    return [(rng.choice(["<<%s>>", "<%s>"]) % _field(slot, rng), True)]


def mask_hash(slot, rng):
    return [(rng.choice(["#{%s}", "#%s#"]) % rng.choice(FIELD_EN[slot.kind]), True)]


def mask_printf(slot, rng):
    if slot.kind in ("N", "V"):
        return [("%d", True), (slot.post, False)]
    if slot.kind in ("M", "R"):
        return [("%.2f" if slot.kind == "M" else "%.1f", True), (slot.post, False)]
    return [("%s", True)]


def mask_blank(slot, rng):
    ch = rng.choice(["＿", "_"])
    n = rng.randint(3, 8) if ch == "＿" else rng.randint(4, 12)
    if slot.kind in ("N", "M", "R"):
        return [(ch * n, True), (slot.post, False)]
    if slot.kind == "D":
        return [(ch * 2, True), ("月", False), (ch * 2, True), ("日", False)]
    return [(ch * n, True)]


def mask_fill(slot, rng):
    f = _field(slot, rng)
    return [(rng.choice(["（此处填写%s）", "（请填写%s）", "（此处填%s）", "（%s待补充）"]) % f, True)]


def mask_todo(slot, rng):
    return [(rng.choice(["TODO", "TBD", "待定", "待补充", "待填", "TODO：补充%s" % _field(slot, rng)]), True)]


MASKERS = {"x": mask_x, "X": mask_upper, "times": mask_times, "fullx": mask_fullx, "mou": mask_mou,
           "star": mask_star, "circle": mask_circle, "box": mask_box, "bracket": mask_bracket,
           "square": mask_square, "mustache": mask_mustache, "dollar": mask_dollar, "merge": mask_merge,
           "angle": mask_angle, "hash": mask_hash, "printf": mask_printf, "blank": mask_blank,
           "fill": mask_fill, "todo": mask_todo}


def render_ph(lines_tpl, rng, maskers, p_mask, kinds=None, force=True):
    """Render template lines, masking slots.  maskers: list of masker names (one picked per slot,
    consistent for a shared '#key' slot).  Returns Doc with placeholders marked."""
    cache, decided = {}, {}
    parsed = [parse_tpl(t, rng, cache) for t in lines_tpl]
    doc = Doc()
    n_masked = 0
    plan = []
    for line in parsed:
        lp = []
        for p in line:
            if isinstance(p, str):
                lp.append([(p, False)])
                continue
            if id(p) in decided:
                lp.append(decided[id(p)])
                continue
            segs = None
            if (kinds is None or p.kind in kinds) and rng.random() < p_mask:
                segs = MASKERS[rng.choice(maskers)](p, rng)
            if segs is None:
                segs = [(p.clean(), False)]
            else:
                n_masked += 1
            decided[id(p)] = segs
            lp.append(segs)
        plan.append((line, lp))
    if n_masked == 0 and force:
        # force one mask on the first maskable slot
        for line, lp in plan:
            for i, p in enumerate(line):
                if isinstance(p, Slot) and (kinds is None or p.kind in kinds):
                    for mname in maskers:
                        segs = MASKERS[mname](p, rng)
                        if segs:
                            for line2, lp2 in plan:
                                for j, q in enumerate(line2):
                                    if q is p:
                                        lp2[j] = segs
                            n_masked = 1
                            break
                if n_masked:
                    break
            if n_masked:
                break
    for k, (line, lp) in enumerate(plan):
        if k:
            doc.nl()
        for segs in lp:
            for t, m in segs:
                doc.add(t, m)
    return doc, n_masked


# =====================================================================================
# trap sentences for placeholder negatives (also sprinkled into positives)
# =====================================================================================
TRAPS = {
    "1x": ["学校全面推进“1+X证书”制度试点，{N:名}学生取得职业技能等级证书。",
           "开设工业机器人、智能财税等{N:个}“1+X”证书试点专业。",
           "依托“学历证书+若干职业技能等级证书”（即1+X证书）制度，推动书证融通。"],
    "7x": ["推行“7+X”服务模式，在7项基本服务基础上按需提供个性化服务。",
           "实施“5+X”延时服务，每天放学后开设{N:个}兴趣社团。",
           "探索“1+N+X”网格治理机制，1名网格长带领若干网格员。"],
    "x86": ["本次采购服务器{N:台}，处理器须为x86架构，支持x64操作系统。",
            "国产化改造将原有x86平台逐步迁移至ARM架构。",
            "寄存器地址为0x1F，固件版本v2.3.1。"],
    "xray": ["医院新购置DR数字X光机{N:台}，X射线防护检测合格。",
             "患者行胸部X线片检查，未见明显异常。",
             "安检口配备X射线行李检查设备{N:台}。"],
    "size": ["校服尺码分为S、M、L、XL、XXL五档，请家长按身高选择。",
             "工作服统一订购XL码{N:套}、XXL码{N:套}。",
             "志愿者马甲尺码：XS至XXXL均有库存。"],
    "hours": ["政务服务热线实行7×24小时人工服务。",
              "图书馆开放时间调整为5×8小时，周末闭馆。",
              "数据中心提供7×24小时运维保障。"],
    "mult": ["会议室面积为8×12平方米，可容纳{N:人}。",
             "采购防静电地板规格为600×600mm，共{N:块}。",
             "按3×4的矩阵布置展位，每个展位3m×3m。",
             "标准足球场尺寸为105×68米。"],
    "formula": ["设每天完成x件，则有3x+12=48，解得x=12。",
                "拟合得到回归方程y=0.82x+3.5，R²=0.91。",
                "当x→0时，函数f(x)的极限为1。",
                "成本函数C(x)=2x²+5x+100，其中x为产量（吨）。"],
    "mou": ["某些地方仍存在重部署、轻落实的现象。",
            "某种程度上说，基层减负仍需持续用力。",
            "某年某月的一个雨夜，老支书冒雨巡查堤坝的情景至今让人难忘。",
            "对某一类问题反复出现的，要深挖根源。",
            "某些指标受疫情影响出现波动，属于阶段性现象。"],
    "roman": ["我市运动员在第XXIV届冬奥会上取得佳绩。",
              "参考《公约》第XXII条的有关规定执行。",
              "古罗马数字中，XII表示12，XIV表示14。"],
    "signif": ["回归结果显示，财政投入系数为0.35***，人口密度系数为-0.12**。",
               "注：***、**、*分别表示在1%、5%、10%水平上显著。",
               "干预组满意度高于对照组（P<0.01），表中以**标注。"],
    "stars": ["游客评价：★★★★☆，环境整洁，服务热情。",
              "全市新增三星级以上农家乐{N:家}，其中五星级{N:家}。",
              "评定结果：★★★（良好）。"],
    "contact": ["咨询电话：0731-84265391，邮箱：zhengwu@example.gov.cn。",
                "附件：2023年度项目绩效自评表_final.xlsx",
                "请将材料发送至 {EMAIL}，文件命名为“单位名称_联系人.docx”。"],
    "brand": ["活动奖品包括Xbox游戏机一台、小米MIX手机两部。",
              "SpaceX公司近日完成一次回收试验，引发广泛关注。",
              "展会现场展出了Model X等多款新能源车型。",
              "观众可在影院观看《X战警》系列影片。"],
    "genetic": ["红绿色盲为X染色体隐性遗传病，男性发病率高于女性。",
                "正常男性的性染色体组成为XY，女性为XX。",
                "该病属于X连锁遗传，需开展遗传咨询。"],
    "daiding": ["用待定系数法求二次函数的解析式是本节课的重点。",
                "学生通过待定系数法确定了函数y=ax²+bx+c中的a、b、c。"],
    "sep": ["* * *", "——　——　——", "◆◆◆", "……"],
    "case": ["本案经{CASE}判决已发生法律效力。", "申请人不服{CASE}民事判决，依法提起上诉。"],
    "checkbox": ["是否需要住宿：☑是　□否", "参加方式：□线上　☑线下", "本人承诺：☑所填信息真实有效"],
    "zero": ["二〇二三年十二月二十日", "二○○五年建成的办公楼已完成抗震加固。", "二〇二四年一月八日印发"],
    "stat": ["两组患者年龄（x̄±s）分别为（56.3±8.2）岁和（55.9±7.6）岁，χ²检验差异无统计学意义。",
             "以X表示自变量、Y表示因变量建立模型。"],
    "pinyinx": ["代表团先后访问了西安（Xi'an）、厦门（Xiamen）和徐州（Xuzhou）。",
                "新疆（Xinjiang）和西藏（Xizang）的文旅推介会同期举行。"],
    "todoterm": ["不少干部习惯用待办清单（To-Do List）管理每天的工作。",
                 "推行“一件事一次办”待办事项清单管理。"],
    "headline": ["【图文】{P:街道}举办邻里文化节", "【聚焦】{P:区}重点项目集中开工", "【通知】关于调整办公时间的说明"],
    "sms": ["【{P:市}政务服务】您的验证码为{CODE}，5分钟内有效。", "【{P:市}医保】您的医保账户本月划入{N:元}。"],
}
TRAP_GENERAL = ["1x", "7x", "x86", "xray", "size", "hours", "mult", "formula", "mou", "roman", "signif", "stars",
                "brand", "genetic", "zero", "pinyinx", "checkbox", "headline"]


def trap_lines(rng, keys, n):
    pool = [t for k in keys for t in TRAPS[k]]
    return rng.sample(pool, min(n, len(pool)))


def insert_lines(base, extra, rng, max_lines=12):
    lines = list(base)
    for e in extra:
        if len(lines) >= max_lines:
            break
        lines.insert(rng.randint(1, len(lines)) if len(lines) > 1 else len(lines), e)
    return lines


# =====================================================================================
# ph style builders
# =====================================================================================
def ph_generic(genres, maskers, p, kinds=None, trap_p=0.25):
    def build(rng):
        lines = GENRES[rng.choice(genres)](rng)
        if rng.random() < trap_p and len(lines) < 12:
            lines = insert_lines(lines, trap_lines(rng, TRAP_GENERAL, 1), rng)
        doc, n = render_ph(lines, rng, maskers, p, kinds)
        return doc
    return build


def ph_neg_generic(genres, trap_keys, n_lo=1, n_hi=3):
    def build(rng):
        lines = GENRES[rng.choice(genres)](rng)
        lines = insert_lines(lines[:10], trap_lines(rng, trap_keys, rng.randint(n_lo, n_hi)), rng)
        doc, _ = render_ph(lines, rng, ["x"], 0.0, force=False)
        return doc
    return build


def ph_neg_traps(trap_keys, lead_genre=None):
    def build(rng):
        if lead_genre:
            base = GENRES[lead_genre](rng)[: rng.randint(2, 4)]
        else:
            base = [rng.choice(REPORT_SENT)]
        lines = insert_lines(base, trap_lines(rng, trap_keys, rng.randint(2, 4)), rng)
        doc, _ = render_ph(lines, rng, ["x"], 0.0, force=False)
        return doc
    return build


def mask_x1(slot, rng):
    if slot.kind == "N":
        return [("x", True), (slot.post, False)]
    return None


MASKERS["x1"] = mask_x1


def mask_daiding(slot, rng):
    return [(rng.choice(["待定", "待定", "待补充", "另行通知（待定）"]), True)]


MASKERS["daiding"] = mask_daiding


def b_docref(rng):
    lines = ["关于转发《{U}关于做好{Y}防汛工作的通知》的通知",
             "根据上级文件（{DOC}）精神，结合我{P:镇}实际，现将有关事项通知如下：",
             rng.choice(REPORT_SENT), "此前印发的《工作方案》（{DOC}）同时废止。", "{U}", "{Y}{D}"]
    return render_ph(lines, rng, [rng.choice(["x", "X", "times"])], 0.9, {"DOC", "Y", "D"})[0]


def b_tencent_sms(rng):
    tpl = rng.choice([
        ["短信模板（审核通过）：", "【{P:市}公积金】尊敬的{1}，您的公积金账户于{2}入账{3}元，当前余额{4}元。"],
        ["【{P:区}政务】您好，您预约的{1}业务将于{2}在{3}号窗口办理，请准时到达。"],
        ["【{P:县}人民医院】{1}您好，您已成功预约{2}{3}科门诊，就诊序号{4}。", "退订回T"]])
    doc = Doc()
    for i, line in enumerate(tpl):
        if i:
            doc.nl()
        for part in re.split(r"(\{\d\})", line):
            if re.fullmatch(r"\{\d\}", part):
                doc.add(part, True)
            else:
                doc.add("".join(p if isinstance(p, str) else p.clean() for p in parse_tpl(part, rng, {})))
    return doc


PPT_DEFAULTS = ["单击此处添加标题", "单击此处添加副标题", "单击此处编辑母版文本样式", "单击此处添加文本",
                "请在此处输入您的内容", "点击输入标题", "在此输入正文", "添加标题内容"]


def b_ppt_defaults(rng):
    lines = g_ppt(rng)
    doc = Doc()
    k = rng.randrange(len(lines))
    kk = {k} | ({rng.randrange(len(lines))} if rng.random() < 0.5 else set())
    cache = {}
    for i, t in enumerate(lines):
        if i:
            doc.nl()
        if i in kk:
            head = t.split("　")[0] if "　" in t else ""
            if head:
                doc.add(head + "　")
            doc.add(rng.choice(PPT_DEFAULTS), True)
        else:
            doc.add("".join(p if isinstance(p, str) else p.clean() for p in parse_tpl(t, rng, cache)))
    return doc


DUMMY = ["这里是标题", "此处为正文内容", "请输入文字", "文字内容文字内容文字内容", "在这里输入您的正文",
         "标题文字", "图片说明文字", "此处添加摘要"]


def b_dummy_text(rng):
    lines = g_wechat(rng)
    doc = Doc()
    pos = rng.sample(range(len(lines)), rng.randint(1, 2))
    cache = {}
    for i, t in enumerate(lines):
        if i:
            doc.nl()
        if i in pos:
            doc.add(rng.choice(DUMMY), True)
        else:
            doc.add("".join(p if isinstance(p, str) else p.clean() for p in parse_tpl(t, rng, cache)))
    return doc


def b_title_ph(rng):
    lines = rng.choice([g_report, g_notice, g_minutes])(rng)
    doc, _ = render_ph(lines[1:], rng, ["x"], 0.0, force=False)
    title = Doc()
    ch = rng.choice(["XX", "xx", "××", "XXX"])
    form = rng.choice(["关于{c}的通知", "{c}街道{Y}年上半年工作总结", "{c}{c}项目可行性研究报告", "关于{c}同志任职的通知",
                       "{c}局关于{c}的请示"])
    for part in re.split(r"(\{c\}|\{Y\})", form):
        if part == "{c}":
            title.add(ch, True)
        elif part == "{Y}":
            title.add(str(rng.choice([2022, 2023, 2024])))
        else:
            title.add(part)
    title.nl()
    title.segs += doc.segs
    return title


def b_signature_ph(rng):
    lines = rng.choice([g_report, g_notice])(rng)
    lines = [l for l in lines if not l.startswith("{U}") and not l.startswith("{Y}{D}") and not l.endswith("办事处")]
    doc, _ = render_ph(lines, rng, ["x"], 0.0, force=False)
    ch = rng.choice(["X", "x", "×"])
    doc.nl()
    doc.add(rng.choice([ch * 2, ch * 3]), True).add(rng.choice(["街道办事处", "人民政府", "有限公司（盖章）", "局"]))
    doc.nl()
    form = rng.choice(["二〇二{c}年{c}月{c}日", "20{c}{c}年{c}月{c}{c}日", "202{c}年{c}{c}月{c}{c}日"])
    for part in re.split(r"(\{c\}(?:\{c\})?)", form):
        if part.startswith("{c}"):
            doc.add(ch * (len(part) // 3), True)
        else:
            doc.add(part)
    return doc


def b_pdf_break(rng):
    lines = g_report(rng)
    doc, _ = render_ph(lines, rng, ["x"], 0.8, {"N", "M", "R"})
    # PDF extraction: break the line right after one placeholder, with an empty line before the unit
    idx = [i for i, s in enumerate(doc.segs) if s[1]]
    i = idx[0] if idx else None
    if i is not None and i + 1 < len(doc.segs) and not doc.segs[i + 1][1] and doc.segs[i + 1][0] != "\n" \
            and sum(1 for s in doc.segs if s[0] == "\n") <= 9:
        doc.segs.insert(i + 1, ("\n\n", False, "\n\n"))
    return doc


def b_bilingual(rng):
    doc = Doc()
    rows = [("合同编号 Contract No.：", ["[Contract No.]", "XXXX-XXXX", "【合同编号】"]),
            ("甲方 Party A：", ["[Company Name]", "XXX Co., Ltd.", "[公司名称]"]),
            ("乙方 Party B：", ["[Supplier Name]", "XXX有限公司", "[Name]"]),
            ("签署日期 Date：", ["[DD/MM/YYYY]", "____/__/__", "[Date]"]),
            ("金额 Amount：人民币 RMB ", ["[Amount]", "XXX,XXX.00", "{{amount}}"])]
    first = True
    doc.add("采购合同（中英文对照） Purchase Contract")
    for lab, opts in rng.sample(rows, rng.randint(3, 5)):
        doc.nl()
        doc.add(lab)
        if rng.random() < 0.75 or first:
            doc.add(rng.choice(opts), True)
            first = False
        else:
            doc.add(rng.choice(PLACE_ROOTS) + rng.choice(CO_SUFFIX) if "Party" in lab else "%d.00" % rng.randint(10000, 900000) if "Amount" in lab else "2023-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)) if "Date" in lab else "HT2023-%04d" % rng.randint(1, 9999))
    doc.nl().add("本合同一式两份，双方各执一份。 This contract is made in duplicate.")
    return doc


def b_filler(rng):
    lines = g_report(rng)[:4]
    doc, _ = render_ph(lines, rng, ["x"], 0.0, force=False)
    ch = rng.choice(["X", "×", "x", "Ｘ"])
    doc.nl()
    doc.add(rng.choice(["（正文）", "正文：", "三、其他事项", "（二）具体措施"]))
    doc.nl() if rng.random() < 0.5 else None
    doc.add(ch * rng.randint(12, 40), True)
    doc.add("。")
    if rng.random() < 0.5:
        doc.nl().add(ch * rng.randint(8, 30), True).add("。")
    return doc


def b_recipient_list(rng):
    doc = Doc()
    doc.add("{0}{1}年度城乡低保对象公示名单".format(rng.choice(PLACE_ROOTS) + rng.choice(["街道", "镇", "乡"]), rng.choice([2023, 2024])))
    doc.nl().add("序号　姓名　身份证号　保障人数　月保障金（元）")
    for i in range(1, rng.randint(4, 8)):
        s, g = person(rng)
        doc.nl().add("%d　" % i)
        doc.add(s + "*" * len(g) if rng.random() < 0.8 else s + "某", True)
        doc.add("　")
        idn = id_number(rng)
        doc.add(idn[:6] + "*" * 8 + idn[-4:] if rng.random() < 0.5 else idn[:4] + "*" * 10 + idn[-4:], True)
        doc.add("　%d　%d" % (rng.randint(1, 5), rng.randint(300, 2400)))
    doc.nl().add("公示期{0}天，如有异议请向{1}民政办反映。".format(rng.randint(5, 7), rng.choice(PLACE_ROOTS)))
    return doc


def b_wechat_comments(rng):
    doc = Doc()
    doc.add("精选留言")
    for _ in range(rng.randint(3, 6)):
        doc.nl()
        r = rng.random()
        if r < 0.4:
            s, g = person(rng)
            doc.add(s + "*" * rng.randint(1, 2), True)
        elif r < 0.7:
            t = rng.choice(["13", "15", "18"]) + "".join(rng.choice("0123456789") for _ in range(9))
            doc.add("用户")
            doc.add(t[:3] + "****" + t[7:], True)
        else:
            doc.add(rng.choice(["青溪老街坊", "阳光小区业主", "一杯清茶", "小城故事", "追风少年"]))
        doc.add("：" + rng.choice(["点赞家乡的变化！", "希望早日通车。", "辛苦了，为志愿者点赞👍", "什么时候轮到我们小区改造？",
                                   "支持！", "路灯终于修好了，谢谢社区。"]))
    return doc


def b_property_units(rng):
    doc = Doc()
    lines = ["催缴物业费通知", "尊敬的{c}栋{c}单元{c}室业主：",
             "您好！截至{D}，您尚欠物业服务费{c}元，请于{D}前到服务中心缴纳。",
             "{c}栋电梯将于{D}进行年度检验，届时暂停使用{N:小时}。", "服务电话：{TEL}", "{O:物业服务有限公司}"]
    ch = rng.choice(["x", "X", "×"])
    cache = {}
    for i, t in enumerate(lines[: rng.randint(4, 6)]):
        if i:
            doc.nl()
        for part in re.split(r"(\{c\})", t):
            if part == "{c}":
                doc.add(ch * rng.randint(1, 3), True)
            else:
                doc.add("".join(p if isinstance(p, str) else p.clean() for p in parse_tpl(part, rng, cache)))
    return doc


# =====================================================================================
# mojibake: damage functions (real codecs).  Each maps a clean string to a damaged string.
# =====================================================================================
def _no_newlines(s):
    # keep the record's line structure: C0 controls that a codec produced become '?'
    return "".join("?" if (ord(c) < 32 and c != "\t") else c for c in s)


def d_utf8_as_gbk(s, rng):
    return s.encode("utf-8").decode("gbk", errors="replace")


def d_utf8_as_gb18030(s, rng):
    return s.encode("utf-8").decode("gb18030", errors="replace")


def d_kunjinkao(s, rng):  # GBK bytes read as UTF-8 (U+FFFD), saved as UTF-8, read as GBK -> 锟斤拷
    return s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")


def d_utf8_as_cp1252(s, rng):
    return s.encode("utf-8").decode("cp1252", errors=rng.choice(["ignore", "replace"]))


def d_utf8_as_latin1(s, rng):
    return _no_newlines(s.encode("utf-8").decode("latin-1"))


def d_utf8_double(s, rng):
    once = s.encode("utf-8").decode("cp1252", errors="ignore")
    return once.encode("utf-8").decode("cp1252", errors="ignore")


def d_gbk_as_utf8(s, rng):
    return s.encode("gbk").decode("utf-8", errors="replace")


def d_gbk_as_utf8_q(s, rng):  # tools that print '?' instead of U+FFFD
    return s.encode("gbk").decode("utf-8", errors="replace").replace("\ufffd", "?")


def d_gbk_as_cp1252(s, rng):
    return s.encode("gbk").decode("cp1252", errors="replace")


def d_gbk_as_latin1(s, rng):
    return _no_newlines(s.encode("gbk").decode("latin-1"))


def d_gbk_as_big5(s, rng):
    return s.encode("gbk").decode("big5", errors="replace")


def d_utf8_as_big5(s, rng):
    return s.encode("utf-8").decode("big5", errors="replace")


def d_big5_as_gbk(s, rng):
    return s.encode("big5", errors="replace").decode("gbk", errors="replace")


def d_hkscs_as_big5(s, rng):
    return s.encode("big5hkscs").decode("big5", errors="replace")


def d_utf8_as_sjis(s, rng):
    return s.encode("utf-8").decode("shift_jis", errors="replace")


def d_gbk_as_sjis(s, rng):
    return s.encode("gbk").decode("cp932", errors="replace")


def d_utf8_as_koi8r(s, rng):
    return _no_newlines(s.encode("utf-8").decode("koi8_r"))


def d_utf8_as_cp1251(s, rng):
    return s.encode("utf-8").decode("cp1251", errors="replace")


def d_utf8_as_euckr(s, rng):
    return s.encode("utf-8").decode("euc_kr", errors="replace")


def d_gbk_as_euckr(s, rng):
    return s.encode("gbk").decode("euc_kr", errors="replace")


def d_utf8_as_macroman(s, rng):
    return _no_newlines(s.encode("utf-8").decode("mac_roman"))


def d_gbk_as_cp437(s, rng):
    return _no_newlines(s.encode("gbk").decode("cp437"))


def d_utf8_as_utf16(s, rng):  # "Bush hid the facts": UTF-8 bytes taken for UTF-16LE
    b = s.encode("utf-8")
    if len(b) % 2:
        b += b" "
    return _no_newlines(b.decode("utf-16-le", errors="replace"))


def d_utf16_as_latin1(s, rng):
    return _no_newlines(s.encode("utf-16-le").decode("latin-1").replace("\x00", ""))  # viewer hides NULs


def d_gbk_shift(s, rng):  # GBK stream decoded one byte out of step
    b = s.encode("gbk")
    b = b[1:] if rng.random() < 0.5 else b"\xa1" + b  # lost byte / stray lead byte
    return b.decode("gbk", errors="replace")


def d_7bit(s, rng):  # high bit stripped by a 7-bit transport
    return _no_newlines(bytes(c & 0x7F for c in s.encode(rng.choice(["utf-8", "gbk"]))).decode("ascii"))


def d_ascii_q(s, rng):  # characters lost as '?' by an ASCII-only step
    return s.encode("ascii", errors="replace").decode("ascii")


def d_replacement(s, rng):
    return s.encode("ascii", errors="replace").decode("ascii").replace("?", "\ufffd")


def d_gb2312_q(s, rng):  # characters outside GB2312 lost
    return s.encode("gb2312", errors="replace").decode("gb2312")


def d_gbk_q(s, rng):  # characters outside GBK (Ext. B, emoji) lost
    return s.encode("gbk", errors="replace").decode("gbk")


def d_xmlref(s, rng):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def d_xmlref_hex(s, rng):
    return "".join(c if ord(c) < 128 else "&#x%x;" % ord(c) for c in s)


def d_unicode_escape(s, rng):
    return s.encode("ascii", errors="backslashreplace").decode("ascii")


def d_json_escape(s, rng):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def d_bytes_repr(s, rng):
    return repr(s.encode("utf-8"))[2:-1]


def d_percent(s, rng):
    return urllib.parse.quote(s, safe="")


def d_qp(s, rng):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


def d_mime_word(s, rng):
    cs = rng.choice(["utf-8", "gb2312", "gbk"])
    try:
        return email.header.Header(s, cs).encode().replace("\n", "")
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode().replace("\n", "")


def d_iso2022jp_raw(s, rng):
    return s.encode("iso2022_jp", errors="replace").decode("latin-1")


def d_html_entities(s, rng):
    return html.escape(s, quote=True).replace("&amp;", "&amp;amp;") if "&" in s else html.escape(s)


def d_double_escape(s, rng):
    return html.escape(html.escape(s))


def d_cesu8(s, rng):
    b = s.encode("utf-16-be", "surrogatepass")
    units = [b[i:i + 2] for i in range(0, len(b), 2)]
    cesu = b"".join(chr(int.from_bytes(u, "big")).encode("utf-8", "surrogatepass") for u in units)
    return cesu.decode("utf-8", errors="replace")


def d_cesu8_cp1252(s, rng):
    b = s.encode("utf-16-be", "surrogatepass")
    units = [b[i:i + 2] for i in range(0, len(b), 2)]
    cesu = b"".join(chr(int.from_bytes(u, "big")).encode("utf-8", "surrogatepass") for u in units)
    return cesu.decode("cp1252", errors="replace")


def d_surrogate_json(s, rng):
    return "".join(json.dumps(c)[1:-1] if ord(c) > 0xFFFF else c for c in s)


def d_kangxi(s, rng):  # PDF text layer: Kangxi radical / compatibility code points
    return "".join(KANGXI.get(c, c) for c in s)


def d_pua(s, rng):  # PDF font without ToUnicode map: private-use code points
    return "".join(chr(0xE000 + (ord(c) * 7) % 0x1800) if "\u4e00" <= c <= "\u9fff" else c for c in s)


def d_cid(s, rng):
    return "".join("(cid:%d)" % (ord(c) % 9000 + 100) if "\u4e00" <= c <= "\u9fff" else c for c in s)


def _build_kangxi():
    m = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
        n = unicodedata.normalize("NFKC", chr(cp))
        if len(n) == 1 and "\u4e00" <= n <= "\u9fff" and n not in m:
            m[n] = chr(cp)
    return m


KANGXI = _build_kangxi()

# pinyin-annotation artefact (traditional conversion + ASCII-parenthesised pinyin), as scraped
PINYIN_ART = {
    "发展": "發(fā)展", "区委": "區(qū)委", "领导": "領(lǐng)導(dǎo)", "工业": "工業(yè)", "经济": "經(jīng)濟(jì)",
    "项目": "項(xiàng)目", "建设": "建設(shè)", "开展": "開(kāi)展", "会议": "會(huì)議(yì)", "服务": "服務(wù)",
    "环境": "環(huán)境", "卫生": "衛(wèi)生", "实现": "實(shí)現(xiàn)", "组织": "組織(zhī)", "农业": "農(nóng)業(yè)",
    "社会": "社會(huì)", "资金": "資(zī)金", "问题": "問(wèn)題(tí)", "责任": "責(zé)任", "计划": "計(jì)劃(huà)",
    "学习": "學(xué)習(xí)", "质量": "質(zhì)量", "乡村": "鄉(xiāng)村", "安全": "安全", "完成": "完成",
    "检查": "檢(jiǎn)查", "群众": "群眾(zhòng)", "办事处": "辦(bàn)事處(chù)", "专项": "專(zhuān)項(xiàng)",
    "隐患": "隱(yǐn)患", "排查": "排查", "整治": "整治", "居民": "居民", "改造": "改造", "签约": "簽(qiān)約(yuē)",
    "协议": "協(xié)議(yì)", "调解": "調(diào)解", "纠纷": "糾(jiū)紛(fēn)", "养老": "養(yǎng)老", "补贴": "補(bǔ)貼(tiē)",
    "龙头": "龍(lóng)頭(tóu)", "预算": "預(yù)算", "规模": "規(guī)模", "电话": "電(diàn)話(huà)", "门诊": "門(mén)診(zhěn)",
    "报到": "報(bào)到", "业主": "業(yè)主", "时间": "時(shí)間(jiān)", "单位": "單(dān)位", "负责": "負(fù)責(zé)",
    "执法": "執(zhí)法", "违法": "違(wéi)法", "设备": "設(shè)備(bèi)", "采购": "採(cǎi)購(gòu)", "联系": "聯(lián)系",
}
PINYIN_ART = {k: v for k, v in PINYIN_ART.items() if "(" in v}
PINYIN_RE = re.compile("|".join(sorted(map(re.escape, PINYIN_ART), key=len, reverse=True)))


def d_pinyin_art(s, rng):
    return PINYIN_RE.sub(lambda m: PINYIN_ART[m.group(0)], s)


TRAD_PINYIN = {"動": "dòng", "區": "qū", "長": "zhǎng", "學": "xué", "檢": "jiǎn", "報": "bào", "證": "zhèng",
               "資": "zī", "規": "guī", "颱": "tái", "風": "fēng", "會": "huì", "議": "yì", "紀": "jì", "錄": "lù",
               "衛": "wèi", "環": "huán", "進": "jìn", "應": "yīng", "將": "jiāng", "結": "jié", "關": "guān",
               "請": "qǐng", "維": "wéi", "護": "hù", "補": "bǔ", "戶": "hù", "單": "dān", "觀": "guān", "聞": "wén",
               "務": "wù", "預": "yù", "計": "jì", "開": "kāi", "時": "shí", "間": "jiān", "業": "yè", "經": "jīng",
               "濟": "jì", "發": "fā", "展": "zhǎn", "書": "shū", "歡": "huān", "與": "yǔ", "個": "gè", "於": "yú"}


def d_pinyin_trad(s, rng):
    return "".join(c + "(%s)" % TRAD_PINYIN[c] if c in TRAD_PINYIN else c for c in s)


def d_nbsp_entity(s, rng):  # CMS turned spaces/ideographic spaces into &nbsp;
    return s.replace("　", "&nbsp;&nbsp;").replace(" ", "&nbsp;")


DAMAGE = {k[2:]: v for k, v in globals().items() if k.startswith("d_") and callable(v)}


# =====================================================================================
# mojibake: region selection and generic builders
# =====================================================================================
class Retry(Exception):
    pass


CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
PHRASE_SPLIT = re.compile(r"[，。；：、！？,;:|（）()“”《》\s]+")


def _has_cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def pick_word(line, rng, lo=2, hi=6):
    runs = [m for m in CJK_RUN.finditer(line)]
    if not runs:
        return None
    m = rng.choice(runs)
    L = m.end() - m.start()
    n = rng.randint(min(lo, L), min(hi, L))
    a = m.start() + rng.randint(0, L - n)
    return a, a + n


def pick_phrase(line, rng):
    segs, pos = [], 0
    for m in PHRASE_SPLIT.finditer(line):
        if m.start() > pos:
            segs.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        segs.append((pos, len(line)))
    segs = [(a, b) for a, b in segs if _has_cjk(line[a:b]) and b - a >= 2]
    return rng.choice(segs) if segs else None


def pick_cell(line, rng):
    for sep in (" | ", ",", "　", "："):
        if sep in line:
            cells, pos = [], 0
            for part in line.split(sep):
                cells.append((pos, pos + len(part)))
                pos += len(part) + len(sep)
            cells = [(a, b) for a, b in cells if _has_cjk(line[a:b])]
            if cells:
                return rng.choice(cells)
    return None


def choose_regions(lines, loc, rng):
    """-> list of (line_index, start, end)"""
    idx = [i for i, l in enumerate(lines) if _has_cjk(l)]
    if not idx:
        raise Retry
    if loc == "word":
        idr = [i for i in idx if CJK_RUN.search(lines[i])]
        if not idr:
            raise Retry
        i = rng.choice(idr)
        r = pick_word(lines[i], rng)
        return [(i,) + r]
    if loc == "char":
        i = rng.choice(idx)
        r = pick_word(lines[i], rng, 1, 2) if CJK_RUN.search(lines[i]) else None
        if not r:
            raise Retry
        return [(i,) + r]
    if loc == "multi":
        out = []
        for i in sorted(rng.sample(idx, min(len(idx), rng.randint(2, 3)))):
            r = pick_word(lines[i], rng)
            if r:
                out.append((i,) + r)
        return out
    if loc == "phrase":
        i = rng.choice(idx)
        r = pick_phrase(lines[i], rng)
        if not r:
            raise Retry
        return [(i,) + r]
    if loc == "cell":
        cands = [i for i in idx if pick_cell(lines[i], random.Random(0))]
        if not cands:
            raise Retry
        i = rng.choice(cands)
        return [(i,) + pick_cell(lines[i], rng)]
    if loc == "line":
        i = rng.choice(idx[1:] or idx)
        return [(i, 0, len(lines[i]))]
    if loc == "title":
        return [(0, 0, len(lines[0]))]
    if loc == "sign":
        i = idx[-1]
        return [(i, 0, len(lines[i]))]
    if loc == "para":
        k = rng.randint(2, min(4, len(idx)))
        a = rng.randint(0, len(idx) - k)
        return [(i, 0, len(lines[i])) for i in idx[a:a + k]]
    if loc == "doc":
        return [(i, 0, len(lines[i])) for i in range(len(lines)) if lines[i]]
    raise KeyError(loc)


def damage_doc(lines, regions, fns, rng, trim=True):
    """Apply damage fns (cycled over regions) to regions of clean lines -> Doc."""
    by_line = {}
    for n, (i, a, b) in enumerate(regions):
        by_line.setdefault(i, []).append((a, b, fns[n % len(fns)]))
    doc = Doc()
    changed = 0
    for i, line in enumerate(lines):
        if i:
            doc.nl()
        pos = 0
        for a, b, fn in sorted(by_line.get(i, []), key=lambda t: t[0]):
            if a < pos:
                continue
            doc.add(line[pos:a])
            clean = line[a:b]
            bad = fn(clean, rng)
            if bad == clean:
                doc.add(clean)
            else:
                changed += 1
                if trim:
                    p = 0
                    while p < min(len(clean), len(bad)) and clean[p] == bad[p]:
                        p += 1
                    q = 0
                    while q < min(len(clean), len(bad)) - p and clean[-1 - q] == bad[-1 - q]:
                        q += 1
                    doc.add(clean[:p])
                    doc.add(bad[p:len(bad) - q], True, clean[p:len(clean) - q])
                    doc.add(clean[len(clean) - q:] if q else "")
                else:
                    doc.add(bad, True, clean)
            pos = b
        doc.add(line[pos:])
    if not changed:
        raise Retry
    return doc


def mj_generic(genres, dmg, loc):
    fns = [DAMAGE[d] for d in (dmg if isinstance(dmg, list) else [dmg])]

    def build(rng):
        lines = clean_lines(GENRES[rng.choice(genres)](rng), rng)
        regions = choose_regions(lines, loc if isinstance(loc, str) else rng.choice(loc), rng)
        return damage_doc(lines, regions, [rng.choice(fns)], rng)
    return build


GEN_TEXT = ["report", "notice", "procure", "court", "hospital", "school", "property", "wechat", "minutes",
            "contract", "bid", "email"]


# =====================================================================================
# content pools for custom mojibake styles and for mojibake negatives (original sentences)
# =====================================================================================
TRAD_SENT = [
    "本府為推動社區長照服務，預計於{N:個}行政區增設日間照顧中心。",
    "各級學校應於開學前完成校舍安全檢查，並將結果報送教育局備查。",
    "申請人應檢附身分證明文件影本及最近三個月之薪資證明。",
    "本案採公開招標方式辦理，投標廠商資格應符合招標文件規定。",
    "颱風期間請民眾避免前往海邊及山區，注意自身安全。",
    "市民如對本公告內容有疑義，請於公告期間內以書面提出。",
    "為維護公共衛生，本里將於週六上午進行環境消毒作業。",
    "本會議紀錄經主席確認後，函送各與會單位查照。",
    "補助對象以設籍本市滿六個月之低收入戶為限。",
    "各位觀眾大家好，歡迎收看本週的社區新聞。",
]
TRAD_TITLE = ["公告", "會議紀錄", "新聞稿", "招標公告", "申請須知", "颱風防範注意事項"]
HK_SENT = [
    "各位住戶：由於大廈𨋢需要年檢，本週六上午暫停使用，唔該大家留意。",
    "今次維修工程嘅費用將由業主立案法團支付。",
    "如果有住戶已經交咗表格，就唔使再交。",
    "屋苑停車場嚟緊會重新油漆，請車主提早移車。",
    "我哋收到投訴話有啲住戶喺走廊擺放雜物。",
    "管理處嘅辦公時間由下星期一開始調整。",
]
RU_QUOTES = ["«Сотрудничество и развитие»", "«Добро пожаловать в Москву»", "«Дружба народов»",
             "«Экономический форум»", "«Спасибо за внимание»"]
JA_QUOTES = ["「ご協力をお願いいたします」", "「会議の日程について」", "「地域の未来をともに考える」",
             "「ありがとうございました」", "「観光客の皆様へ」"]
KO_QUOTES = ["“함께 만드는 미래”", "“감사합니다”", "“지역 경제 협력 포럼”", "“안녕하세요, 반갑습니다”"]
EL_TEXT = ["系数α取0.05，β取0.2，检验效能为1−β。", "温差ΔT=12℃，标准差σ=3.4。", "希腊学者引用了“Γνῶθι σεαυτόν”（认识你自己）这句格言。"]
FR_TEXT = ["法方代表在致辞中说：« Merci pour votre accueil chaleureux. »", "代表团参观了巴黎的Café de Flore和Musée d’Orsay。",
           "合作协议的法文本标题为« Accord de coopération économique »。"]
DE_ES = ["德国专家Jürgen Müller介绍了职业教育“双元制”经验。", "西班牙客商José Gómez Peña参加了对接会。",
         "会议邀请了瑞典学者Åsa Lindström作专题报告。", "奥地利公司Österreichische Post代表出席签约仪式。"]
VI_TEXT = ["越南客商在推介会上用越南语致辞：“Chúng tôi rất vui được hợp tác.”", "中越边境口岸标识牌同时使用“Cửa khẩu Quốc tế”字样。"]
RARE_NAMES = ["朱镕基", "王堃", "李喆", "陈昇", "张玥", "刘珺", "周赟", "吴祎", "郑旻", "孙彧", "何翀", "林淏", "黄焜",
              "赵孟𫖯", "𠮷田", "杨𬀩", "郭琤"]
EXTB = ["赵孟𫖯", "𠮷田", "杨𬀩", "陈𬍤", "王𬌗"]
EMOJI = ["👍", "🎉", "❤️", "🌸", "📢", "✅", "🔥", "😊", "🏃", "📍"]
RADICAL_SENT = ["大力支持中小企业发展，工人月收入稳步提高。", "人大代表走进田间地头，了解水稻生长情况。",
                "文化广场每日开放，方便居民休闲健身。", "门前三包责任制落实到人，长效管理见成效。",
                "入户走访困难老人，送去大米和食用油。", "立足长远，用心用力办好民生实事。"]
JP_MAIL = ["件名：会議の日程について", "田中様", "いつもお世話になっております。", "来週の会議は三月十日に変更となりました。",
           "よろしくお願いいたします。"]


def fill(t, rng, cache=None):
    cache = {} if cache is None else cache
    return "".join(p if isinstance(p, str) else p.clean() for p in parse_tpl(t, rng, cache))


def clean_doc(lines):
    d = Doc()
    for i, l in enumerate(lines):
        if i:
            d.nl()
        d.add(l)
    return d


def b_trad(dmg, srt=False):
    def build(rng):
        if srt:
            lines = []
            for k, s in enumerate(rng.sample(TRAD_SENT, 3)):
                a = 1 + 3 * k
                lines += [str(k + 1), "00:00:%02d,%03d --> 00:00:%02d,%03d" % (a, rng.randint(0, 999), a + 2, rng.randint(0, 999)), fill(s, rng)]
                if k < 2:
                    lines.append("")
            loc = rng.choice(["line", "para", "doc"])
        else:
            lines = [rng.choice(PLACE_ROOTS) + "區公所" + rng.choice(TRAD_TITLE)] + [fill(s, rng) for s in rng.sample(TRAD_SENT, rng.randint(2, 5))]
            loc = rng.choice(["line", "title", "doc", "phrase"])
        return damage_doc(lines, choose_regions(lines, loc, rng), [DAMAGE[dmg]], rng)
    return build


def b_hkscs(rng):
    lines = ["%s花園管理處通告" % rng.choice(["翠峰", "海濱", "麗景", "康怡"])] + rng.sample(HK_SENT, rng.randint(2, 4)) + ["管理處啟"]
    idx = [i for i, l in enumerate(lines) if any(len(c.encode("utf-8")) and _hk_only(c) for c in l)]
    if not idx:
        raise Retry
    regions = [(i, 0, len(lines[i])) for i in (idx if rng.random() < 0.4 else [rng.choice(idx)])]
    return damage_doc(lines, regions, [DAMAGE["hkscs_as_big5"]], rng)


def _hk_only(c):
    try:
        c.encode("big5")
        return False
    except UnicodeEncodeError:
        try:
            c.encode("big5hkscs")
            return True
        except UnicodeEncodeError:
            return False


def b_foreign_damaged(src, dmg, lead):
    """a Chinese line quoting foreign text whose bytes were mis-decoded"""
    def build(rng):
        lines = clean_lines(GENRES[rng.choice(["report", "wechat", "minutes"])](rng), rng)[:rng.randint(2, 5)]
        q = rng.choice(src)
        line = rng.choice(lead).format(q=q)
        pos = rng.randint(1, len(lines))
        lines.insert(pos, line)
        a = line.index(q) + 1
        b = a + len(q) - 2
        return damage_doc(lines, [(pos, a, b)], [DAMAGE[dmg]], rng)
    return build


def b_ru_koi8(rng):
    def f(s, r):
        return s.encode("koi8_r").decode(r.choice(["cp1251", "cp1252"]), errors="replace")
    lines = clean_lines(g_report(rng), rng)[:3]
    q = rng.choice(RU_QUOTES)
    line = rng.choice(["俄方代表在开幕式上致辞，主题为{q}。", "合作备忘录俄文标题为{q}。", "展板上写着{q}，吸引了不少观众。"]).format(q=q)
    lines.insert(rng.randint(1, 3), line)
    i = lines.index(line)
    return damage_doc(lines, [(i, line.index(q) + 1, line.index(q) + len(q) - 1)], [f], rng)


def b_korean_gbk(rng):
    def f(s, r):
        return s.encode("euc_kr").decode("gbk", errors="replace")
    lines = clean_lines(g_wechat(rng), rng)[:4]
    q = rng.choice(KO_QUOTES)
    line = rng.choice(["韩国友好城市代表团送来祝福：{q}。", "活动横幅上的韩文标语{q}格外醒目。"]).format(q=q)
    lines.insert(rng.randint(1, len(lines)), line)
    i = lines.index(line)
    return damage_doc(lines, [(i, line.index(q) + 1, line.index(q) + len(q) - 1)], [f], rng)


def b_iso2022jp(rng):
    lines = ["发件人：田中一郎 <tanaka@example.co.jp>", "转发日期：%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))]
    body = rng.sample(JP_MAIL, rng.randint(2, 4))
    lines += body
    lines.append(fill("以上邮件转{U}{PER}阅处。", rng))
    regions = [(i, 0, len(lines[i])) for i in range(2, 2 + len(body)) if rng.random() < 0.7] or [(2, 0, len(lines[2]))]
    return damage_doc(lines, regions, [DAMAGE["iso2022jp_raw"]], rng)


def b_gap(kind):
    def build(rng):
        lines = clean_lines(GENRES[rng.choice(["report", "minutes", "school", "court"])](rng), rng)[:rng.randint(3, 6)]
        if kind == "gb2312":
            names = [n for n in RARE_NAMES if n not in EXTB]
            fn = DAMAGE["gb2312_q"]
        elif kind == "gbk_extb":
            names = EXTB
            fn = DAMAGE["gbk_q"]
        else:  # emoji into a GBK database
            names = None
            fn = DAMAGE["gbk_q"]
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(1, len(lines) + 1)
            if names:
                nm = rng.choice(names)
                line = rng.choice(["{n}同志作典型发言。", "获奖名单：{n}、" + "".join(person(rng)) + "。",
                                   "主讲人：{n}（特邀专家）", "经办人：{n}"]).format(n=nm)
            else:
                e = rng.choice(EMOJI)
                line = rng.choice(["{e}活动报名通道已开启，名额有限{e}", "为辛勤的志愿者们点赞{e}", "{e}温馨提示：请保管好随身物品"]).format(e=e)
            lines.insert(i, line)
        # regions: every rare name / emoji occurrence, searched after all insertions
        fixed = []
        for li, l in enumerate(lines):
            if names:
                for nm in names:
                    for m in re.finditer(re.escape(nm), l):
                        fixed.append((li, m.start(), m.end()))
            else:
                for e in EMOJI:
                    for m in re.finditer(re.escape(e), l):
                        fixed.append((li, m.start(), m.end()))
        fixed = sorted(set(fixed))
        return damage_doc(lines, fixed, [fn], rng)
    return build


def b_cesu(dmg):
    def build(rng):
        lines = clean_lines(GENRES[rng.choice(["report", "minutes", "school"])](rng), rng)[:rng.randint(2, 5)]
        nm = rng.choice(EXTB)
        line = rng.choice(["学员名单：{n}、{m}", "主讲嘉宾：{n}", "书法展展出了元代{n}的作品摹本。",
                           "家长{n}代表发言。"]).format(n=nm, m="".join(person(rng)))
        i = rng.randint(1, len(lines))
        lines.insert(i, line)
        a = line.index(nm)
        return damage_doc(lines, [(i, a, a + len(nm))], [DAMAGE[dmg]], rng)
    return build


def b_surrogate_json(rng):
    e1, e2 = rng.sample([e for e in EMOJI if len(e) == 1], 2)
    title = fill(rng.choice(["{P:街道}邻里节活动圆满落幕{e1}", "{e1}{P:区}志愿服务周启动啦", "暑期托管班开始报名{e1}{e2}"]), rng).replace("{e1}", e1).replace("{e2}", e2)
    raw = json.dumps({"errcode": 0, "title": title, "author": "".join(person(rng))}, ensure_ascii=False)
    lines = ["接口返回：", raw, fill("以上数据由{U}推送。", rng)]
    regions = [(1, m.start(), m.end()) for m in re.finditer("|".join(map(re.escape, [e1, e2])), raw)]
    return damage_doc(lines, regions, [DAMAGE["surrogate_json"]], rng)


def b_json_escape(rng):
    lines = clean_lines(g_json(rng), rng)
    data = json.loads(lines[0])
    raw = json.dumps(data, ensure_ascii=True)
    doc = Doc()
    doc.add(rng.choice(["接口返回数据如下：", "系统日志：", "调试输出："]))
    doc.nl()
    # mark every escaped run, keep JSON punctuation clean
    clean = json.dumps(data, ensure_ascii=False)
    pos = 0
    for m in re.finditer(r"(?:\\u[0-9a-f]{4})+", raw):
        doc.add(raw[pos:m.start()])
        doc.add(m.group(0), True, json.loads('"%s"' % m.group(0)))
        pos = m.end()
    doc.add(raw[pos:])
    if rng.random() < 0.5:
        doc.nl().add(fill("请{U}核对后上报。", rng))
    return doc


def b_kangxi(rng):
    lines = clean_lines(g_report(rng), rng)[:3] + rng.sample(RADICAL_SENT, 2)
    rng.shuffle(lines)
    regions = [(i, 0, len(l)) for i, l in enumerate(lines) if any(c in KANGXI for c in l) and rng.random() < 0.7]
    if not regions:
        regions = [(i, 0, len(l)) for i, l in enumerate(lines) if any(c in KANGXI for c in l)][:1]
    return damage_doc(lines, regions, [DAMAGE["kangxi"]], rng)


def b_pinyin(partial):
    def build(rng):
        lines = clean_lines(rng.choice([g_report, g_notice, g_minutes])(rng), rng)
        if partial:
            k = rng.randrange(len(lines))
            targets = [k]
        else:
            targets = range(len(lines))
        regions = []
        for i in targets:
            for m in PINYIN_RE.finditer(lines[i]):
                regions.append((i, m.start(), m.end()))
        if not regions:
            lines.append("進一步強化責任意識，" + rng.choice(["推动经济高质量发展。", "抓好项目建设。", "提升服务水平。"]))
            i = len(lines) - 1
            regions = [(i, m.start(), m.end()) for m in PINYIN_RE.finditer(lines[i])]
        return damage_doc(lines, regions, [DAMAGE["pinyin_art"]], rng, trim=False)
    return build


def b_pinyin_trad(rng):
    lines = [rng.choice(PLACE_ROOTS) + "區公所" + rng.choice(TRAD_TITLE)] + [fill(t, rng) for t in rng.sample(TRAD_SENT, rng.randint(3, 6))]
    regions = [(i, m.start(), m.end()) for i, l in enumerate(lines) for m in re.finditer("[%s]" % "".join(TRAD_PINYIN), l)]
    return damage_doc(lines, regions, [DAMAGE["pinyin_trad"]], rng, trim=False)


def b_bom(visible):
    def build(rng):
        lines = clean_lines(rng.choice([g_report, g_notice, g_csv, g_table])(rng), rng)
        i = rng.randint(1, len(lines) - 1)
        doc = Doc()
        for k, l in enumerate(lines):
            if k:
                doc.nl()
            if k == i:
                doc.add("ï»¿" if visible else "\ufeff", True, "")
            doc.add(l)
        return doc
    return build


def b_nbsp_cp1252(rng):
    lines = clean_lines(g_table(rng) if rng.random() < 0.5 else g_report(rng), rng)
    doc = Doc()
    n = 0
    for k, l in enumerate(lines):
        if k:
            doc.nl()
        parts = re.split(r"(\d+(?:\.\d+)?)", l)
        for p in parts:
            doc.add(p)
            if re.fullmatch(r"\d+(?:\.\d+)?", p) and rng.random() < 0.35:
                doc.add("\u00a0".encode("utf-8").decode("cp1252"), True, "\u00a0")
                n += 1
    if not n:
        raise Retry
    return doc


def b_html_tags(rng):
    lines = clean_lines(rng.choice([g_wechat, g_report, g_notice])(rng), rng)
    doc = Doc()
    tags = [('<span style="font-size:16px;">', "</span>"), ("<strong>", "</strong>"), ('<p style="text-indent:2em;">', "</p>"),
            ('<font face="仿宋_GB2312">', "</font>"), ("<b>", "</b>"), ('<section data-role="paragraph">', "</section>")]
    n = 0
    for k, l in enumerate(lines):
        if k:
            doc.nl()
        r = rng.random()
        if r < 0.35 and _has_cjk(l):
            o, c = rng.choice(tags)
            doc.add(o, True, "").add(l).add(c, True, "")
            n += 1
        elif r < 0.5:
            doc.add(l).add(rng.choice(["<br/>", "<br>", "</p><p>", "&nbsp;"]), True, "")
            n += 1
        else:
            doc.add(l)
    if not n:
        raise Retry
    return doc


def b_nbsp_indent(double):
    def build(rng):
        lines = clean_lines(rng.choice([g_wechat, g_report])(rng), rng)
        doc = Doc()
        n = 0
        for k, l in enumerate(lines):
            if k:
                doc.nl()
            if k and rng.random() < 0.6:
                ent = "&nbsp;" * rng.choice([2, 4])
                if double:
                    ent = html.escape(ent)
                doc.add(ent, True, "　　")
                n += 1
            doc.add(l)
        if not n:
            raise Retry
        return doc
    return build


def b_double_escaped_tags(rng):
    lines = clean_lines(rng.choice([g_notice, g_report])(rng), rng)
    doc = Doc()
    n = 0
    for k, l in enumerate(lines):
        if k:
            doc.nl()
        if rng.random() < 0.4 and _has_cjk(l):
            o = rng.choice(["<p>", "<p align=\"center\">", "<strong>"])
            c = "</" + o[1:].split()[0].rstrip(">") + ">"
            esc = html.escape if rng.random() < 0.5 else (lambda s: html.escape(html.escape(s)))
            doc.add(esc(o), True, "").add(l).add(esc(c), True, "")
            n += 1
        else:
            doc.add(l)
    if not n:
        raise Retry
    return doc


def b_mt_entities(rng):
    src = rng.choice([
        ("The city will host the &quot;Green Development&quot; forum.", "该市将举办&quot;绿色发展&quot;论坛。", "该市将举办\"绿色发展\"论坛。"),
        ("It&#39;s a key project.", "这是一个重点项目，我们&#39;将全力推进。", "这是一个重点项目，我们'将全力推进。"),
        ("R&amp;D spending rose.", "研发（R&amp;D）投入同比增长。", "研发（R&D）投入同比增长。"),
        ("Visitors said &quot;wonderful&quot;.", "游客纷纷表示&quot;太美了&quot;。", "游客纷纷表示\"太美了\"。")])
    doc = Doc()
    doc.add(rng.choice(["机器翻译稿（供参考）", "以下为英文新闻稿的机翻译文", "Translation (auto)"]))
    doc.nl().add("原文：" + html.unescape(src[0]))
    doc.nl().add("译文：")
    pos = 0
    t = src[1]
    for m in re.finditer(r"&[#a-z0-9]+;", t):
        doc.add(t[pos:m.start()])
        doc.add(m.group(0), True, html.unescape(m.group(0)))
        pos = m.end()
    doc.add(t[pos:])
    if rng.random() < 0.6:
        doc.nl().add(fill("审校：{PER}", rng))
    return doc


def b_smartquotes_cp1252(rng):
    en = rng.choice(["the “Belt and Road” Initiative", "a “zero-waste city” pilot", "the “15-minute living circle” plan",
                     "the city’s “green finance” reform", "“Rural Revitalization” projects — phase II"])
    zh = clean_lines(g_report(rng), rng)[:rng.randint(2, 4)]
    line = "English summary: The district launched " + en + "."
    lines = zh + [line]
    i = len(lines) - 1
    regions = [(i, m.start(), m.end()) for m in re.finditer(r"[“”’—]", line)]
    return damage_doc(lines, regions, [DAMAGE["utf8_as_cp1252"]], rng)


def b_mixed_line(rng):
    lines = clean_lines(rng.choice([g_report, g_procure, g_minutes])(rng), rng)
    cands = [i for i, l in enumerate(lines) if len(CJK_RUN.findall(l)) >= 2]
    if not cands:
        raise Retry
    i = rng.choice(cands)
    runs = list(CJK_RUN.finditer(lines[i]))
    r1, r2 = sorted(rng.sample(runs, 2), key=lambda m: m.start())
    pairs = [("utf8_as_gbk", "gbk_as_utf8"), ("utf8_as_cp1252", "utf8_as_gbk"), ("kunjinkao", "utf8_as_gbk"),
             ("gbk_as_cp1252", "utf8_as_gbk"), ("utf8_as_gbk", "xmlref")]
    a, b = rng.choice(pairs)
    return damage_doc(lines, [(i, r1.start(), r1.end()), (i, r2.start(), r2.end())], [DAMAGE[a], DAMAGE[b]], rng)


def b_foreign_plus_damage(rng):
    foreign = rng.choice(JA_QUOTES + RU_QUOTES + KO_QUOTES + ["« Bienvenue à tous »", "„Herzlich willkommen“"])
    lines = clean_lines(g_wechat(rng), rng)[:4]
    line = fill("外宾用母语致辞：%s，{PER}同志介绍了{P:区}营商环境。" % foreign, rng)
    lines.insert(rng.randint(1, len(lines)), line)
    i = lines.index(line)
    k = line.index("，") + 1
    r = pick_word(line[k:], rng)
    return damage_doc(lines, [(i, k + r[0], k + r[1])], [DAMAGE[rng.choice(["utf8_as_gbk", "utf8_as_cp1252", "gbk_as_utf8"])]], rng)


def b_mime_subject(rng):
    lines = clean_lines(g_email(rng), rng)
    subj = lines[1].split("：", 1)[1]
    lines[1] = "主题：" + subj
    doc = Doc()
    for k, l in enumerate(lines):
        if k:
            doc.nl()
        if k == 1:
            doc.add("主题：").add(DAMAGE["mime_word"](subj, rng), True, subj)
        else:
            doc.add(l)
    return doc


def b_qp_mail(rng):
    lines = clean_lines(g_email(rng), rng)
    doc = Doc()
    doc.add("Content-Transfer-Encoding: quoted-printable")
    for k, l in enumerate(lines):
        doc.nl()
        if k >= 2 and rng.random() < 0.7 and _has_cjk(l):
            doc.add(DAMAGE["qp"](l, rng), True, l)
        else:
            doc.add(l)
    if not any(s[1] for s in doc.segs):
        raise Retry
    return doc


def b_percent_filename(rng):
    lines = clean_lines(rng.choice([g_notice, g_procure])(rng), rng)
    name = rng.choice(["附件1：报名表", "附件2：项目汇总表", "附件：评分细则", "申报指南"]) + rng.choice([".docx", ".xlsx", ".pdf"])
    stem, ext = name.rsplit(".", 1)
    doc = clean_doc(lines)
    doc.nl().add("附件下载：")
    doc.add(urllib.parse.quote(stem), True, stem)
    doc.add("." + ext)
    return doc


def b_bytes_log(rng):
    lines = clean_lines(g_report(rng), rng)[:3]
    doc = clean_doc(lines)
    msg = rng.choice(["数据上报成功", "附件上传失败", "用户登录", "审批通过"])
    doc.nl().add("[%02d:%02d:%02d] INFO upload: b'" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
    doc.add(DAMAGE["bytes_repr"](msg, rng), True, msg).add("'")
    return doc


# =====================================================================================
# mojibake negatives: clean look-alikes
# =====================================================================================
MJ_TRAPS = {
    "lesson": ["本课学习“发展(fāzhǎn)”一词，注意“展”读第三声。", "生字注音：治(zhì)理(lǐ)、建(jiàn)设(shè)。",
               "请同学们朗读：乡村振兴（xiāngcūn zhènxīng）。", "多音字练习：重(zhòng)要、重(chóng)复。",
               "“和”字有多个读音，如和(hé)平、附和(hè)。"],
    "ru": ["俄方代表用俄语说：«Спасибо за сотрудничество»（感谢合作）。", "展馆入口处写着“Добро пожаловать”（欢迎光临）。",
           "《友谊》俄文版书名为«Дружба»。"],
    "ja": ["日本客商在签约仪式上表示：「今後ともよろしくお願いします」。", "展区标牌写有日文「観光案内所」字样。",
           "姐妹城市来信中写道：「皆様のご健康をお祈りします」。"],
    "ko": ["韩方代表致辞：“감사합니다, 함께 발전합시다.”", "延边州双语路牌标注“연길시 인민정부”。", "宣传册韩文版标题为“투자 안내”。"],
    "el": EL_TEXT,
    "fr": FR_TEXT,
    "de": DE_ES,
    "vi": VI_TEXT,
    "emoji": ["📢 好消息！{P:街道}便民服务中心正式启用啦🎉", "欢迎大家踊跃报名参加✅", "为最美志愿者点赞👍👍👍",
              "🌸春暖花开，一起去公园赏花吧~", "📍活动地点：{ADDR}", "感谢每一位参与者❤️"],
    "rare": ["获奖学生：王堃、李喆、张玥。", "元代书法家赵孟𫖯的作品在展览中亮相。", "朱镕基同志的讲话精神被多次引用。",
             "日本企业𠮷野家在本市开设门店。", "主持人：刘珺；记录：周赟。", "“犇”“淼”“鑫”等字常见于企业名称。"],
    "htmlcode": ["在模板中使用`<span style=\"color:red\">`标签可将文字标红。", "示例代码：`<p class=\"title\">通知</p>`，其中class属性用于设置样式。",
                 "转义规则：在HTML中`&nbsp;`表示不换行空格，`&lt;`表示小于号。", "将`<br/>`替换为换行符后再导出为纯文本。"],
    "escape": ["在Python中，字符串`'\\u4e2d'`表示汉字“中”。", "JSON规范允许用`\\uXXXX`形式转义非ASCII字符。",
               "日志中出现`\\n`表示换行，属于正常转义。"],
    "url": ["详情请登录https://www.example.gov.cn/zwgk/2023/notice_1024.html查看。", "联系邮箱：service@example.gov.cn",
            "附件：2023年度预算公开说明.pdf", "下载地址：https://example.com/files/report-final.xlsx",
            "链接：https://example.gov.cn/search?q=%E6%94%BF%E7%AD%96&page=2"],
    "units": ["室外温度-5℃，相对湿度68%。", "PM2.5年均浓度为28μg/m³，同比下降3.4‰。", "建筑面积≥120㎡的户型占比①12%、②30%。",
              "第Ⅲ标段误差控制在±2mm以内。", "水温保持在18～22℃之间，pH值6.5～8.5。"],
    "currency": ["合同金额折合€12,500或£10,800（约¥98,000）。", "商标“青溪®”与“TeaCity™”均已完成注册。",
                 "依据《条例》§12的规定执行。", "版权所有©2023 青溪区融媒体中心"],
    "chem": ["处理后出水中NH₃-N浓度低于1.5mg/L。", "重点监测SO₂、NO₂、CO和O₃等污染物。", "CO₂排放强度下降18%，H₂O回收率提高。",
             "溶液中SO₄²⁻含量达标。"],
    "question": ["常见问题：How do I apply? 答：登录网上办事大厅提交申请。", "您是否已完成实名认证？", "Q: Is parking free? A: 前两小时免费。",
                 "这难道不是我们应该做的吗？？"],
    "amp": ["宝洁公司（P&G）与本地经销商签订合作协议。", "企业R&D投入占营业收入比重达4.2%。", "活动由AT&T中国区代表参加。",
            "并购（M&A）咨询服务纳入采购目录。"],
    "box": ["┌────┬────┐", "│项目│金额│", "├────┼────┤", "│绿化│ 32 │", "└────┴────┘"],
    "kaomoji": ["周末加班的小编表示：╮(╯▽╰)╭", "收到大家的留言好开心(๑•̀ㅂ•́)و✧", "小区的猫咪又来晒太阳了(=^･ω･^=)"],
    "script": ["双语标识：ئۈرۈمچى شەھەرلىك خەلق ھۆكۈمىتى（乌鲁木齐市人民政府）。", "藏汉双语门牌：བོད་ལྗོངས་（西藏）。",
               "蒙汉双语标牌：ᠬᠥᠬᠡᠬᠣᠲᠠ（呼和浩特）。"],
    "romanize": ["Author: Zhāng Wěi (张伟), Běijīng Normal University.", "The village name Qīngxī means “clear stream”.",
                 "拼音标注：Lǜ shuǐ qīng shān jiù shì jīn shān yín shān。"],
    "ipa": ["英语课：data 读作 /ˈdeɪtə/，schedule 英式读作 /ˈʃedjuːl/。", "注意 either 的两种读音 /ˈaɪðə/ 与 /ˈiːðər/。"],
    "enc": ["本系统统一采用UTF-8编码，兼容GB18030-2022标准。", "导出的CSV文件默认使用GBK编码，可在设置中改为UTF-8。",
            "旧系统使用Big5编码，迁移时需进行转码。"],
    "trad": TRAD_SENT[1:6],
    "hk": HK_SENT,
}


MJ_TRAPS.update({
    "punct": ["会议强调——抓落实、见实效……", "「惠民政策」宣传手册已印发〖第二版〗。", "马丽·艾力同志介绍了经验。",
              "〔2023〕年度任务已分解到人；“三张清单”同步公开。", "《条例》第十二条〈附则〉另有规定的除外。"],
    "bullets": ["※ 注意事项：请携带身份证原件。", "● 服务时间：工作日9:00—17:00", "→ 下一步：完善台账 ← 已完成：摸底排查",
                "◎ 重点任务 ▲ 难点问题 ☆ 亮点工作", "■ 一、组织领导　■ 二、实施步骤"],
    "code": ["SQL示例：SELECT name FROM staff WHERE dept = '财政局'; -- 查询财政局人员", "配置项 encoding = \"utf-8\" # 统一编码",
             "正则表达式 ^[\\u4e00-\\u9fa5]+$ 用于校验姓名只含汉字。", "命令：grep -n \"通知\" *.txt"],
    "latex": ["公式$E=mc^2$中，c表示光速。", "方差公式为$\\sigma^2=\\frac{1}{n}\\sum(x_i-\\bar{x})^2$。",
              "用$\\alpha$表示显著性水平，通常取0.05。"],
    "fullwidth": ["ＰＭ２．５浓度持续下降。", "本次会议采用ＰＰＴ汇报形式，共１２页。", "联系人：ＡＢＣ物流公司王经理"],
    "jyutping": ["粤语课：“發展”讀作faat3 zin2，“社區”讀作se5 keoi1。", "粵拼練習：食(sik6)飯(faan6)、飲(jam2)茶(caa4)。"],
})


def mj_neg(genres, keys, n_lo=1, n_hi=3, head_only=False):
    def build(rng):
        lines = clean_lines(GENRES[rng.choice(genres)](rng), rng)
        if head_only:
            lines = lines[: rng.randint(2, 4)]
        pool = [t for k in keys for t in MJ_TRAPS[k]]
        extra = [fill(t, rng) for t in rng.sample(pool, min(len(pool), rng.randint(n_lo, n_hi)))]
        return clean_doc(insert_lines(lines[:10], extra, rng))
    return build


def mj_neg_clean(genres):
    def build(rng):
        return clean_doc(clean_lines(GENRES[rng.choice(genres)](rng), rng))
    return build


def b_neg_trad(rng):
    lines = [rng.choice(PLACE_ROOTS) + "區公所" + rng.choice(TRAD_TITLE)] + [fill(s, rng) for s in rng.sample(TRAD_SENT, rng.randint(2, 5))]
    return clean_doc(lines)


def b_neg_hk(rng):
    return clean_doc(["%s花園管理處通告" % rng.choice(["翠峰", "海濱", "麗景", "康怡"])] + rng.sample(HK_SENT, rng.randint(2, 4)) + ["管理處啟"])


def b_neg_box(rng):
    head = clean_lines(g_report(rng), rng)[:2]
    return clean_doc(head + MJ_TRAPS["box"])


def b_neg_tech(rng):
    head = ["%s网站内容管理系统操作手册" % rng.choice(PLACE_ROOTS), "第三章　文章编辑"]
    body = rng.sample(MJ_TRAPS["htmlcode"] + MJ_TRAPS["escape"], rng.randint(2, 4))
    return clean_doc(head + body + ["如有疑问请联系信息中心。"])


def b_neg_jp_mail(rng):
    lines = ["发件人：田中一郎 <tanaka@example.co.jp>", "以下为日方来函原文："] + rng.sample(JP_MAIL, rng.randint(2, 4))
    lines.append(fill("以上邮件转{U}{PER}阅处。", rng))
    return clean_doc(lines)


def b_neg_srt_trad(rng):
    lines = []
    for k, s in enumerate(rng.sample(TRAD_SENT, 3)):
        a = 1 + 3 * k
        lines += [str(k + 1), "00:00:%02d,%03d --> 00:00:%02d,%03d" % (a, rng.randint(0, 999), a + 2, rng.randint(0, 999)), fill(s, rng)]
        if k < 2:
            lines.append("")
    return clean_doc(lines)


def b_neg_json_unicode(rng):
    return clean_doc(["接口返回数据如下："] + clean_lines(g_json(rng), rng) + ([fill("请{U}核对后上报。", rng)] if rng.random() < 0.5 else []))


# =====================================================================================
# style registry: (style, family, label, builder, note)
# =====================================================================================
ALL = list(GENRES)
TXT = ["report", "notice", "procure", "court", "hospital", "school", "property", "wechat", "minutes", "contract", "bid"]
P, M, NEG = "placeholder", "mojibake", "negative"
S = []


def st(name, fam, label, fn, note):
    S.append((name, fam, label, fn, note))


# ---------------- ph positives ----------------
st("ph_report_x_counts", "ph", P, ph_generic(["report"], ["x"], 0.6, {"N"}), "counts masked as x/xx/xxx before a unit")
st("ph_report_x_money_rates", "ph", P, ph_generic(["report", "table"], ["x"], 0.7, {"M", "R", "V"}), "money xx.xx万元 and rates xx%")
st("ph_x_dates", "ph", P, ph_generic(["report", "notice", "minutes"], ["x"], 0.9, {"D", "Y"}), "dates x月xx日 and years 20xx")
st("ph_upper_xx_places_units", "ph", P, ph_generic(["report", "notice", "procure"], ["X"], 0.8, {"P", "O", "U"}), "XX街道 / XX公司 / XX市XX局")
st("ph_x_everything_summary", "ph", P, ph_generic(["report"], ["x"], 0.5), "anonymised work summary, every kind of fact as x")
st("ph_times_sign", "ph", P, ph_generic(["report", "notice", "minutes"], ["times"], 0.5), "×× as mask (U+00D7)")
st("ph_fullwidth_x_mask", "ph", P, ph_generic(["report", "notice"], ["fullx"], 0.6, {"P", "N", "M", "O", "D"}), "fullwidth ＸＸ mask")
st("ph_doc_number_x", "ph", P, b_docref, "document numbers x府办〔2023〕xx号")
st("ph_notice_mixed_case_x", "ph", P, ph_generic(["notice"], ["x", "X"], 0.5), "notice mixing xx and XX")
st("ph_court_mou_names", "ph", P, ph_generic(["court"], ["mou"], 0.9, {"PER", "O"}), "judgment: 张某 / 李某某 / 某某公司")
st("ph_court_circle_names", "ph", P, ph_generic(["court"], ["circle"], 0.9, {"PER"}), "judgment: 王○明 / 陈○○")
st("ph_court_box_redaction", "ph", P, ph_generic(["court"], ["box"], 0.8, {"PER", "ADDR", "O"}), "redaction boxes □□ / ■■")
st("ph_court_x_case_address", "ph", P, ph_generic(["court"], ["x"], 0.7, {"CASE", "ADDR", "PER"}), "case number and address with x")
st("ph_hospital_star_privacy", "ph", P, ph_generic(["hospital"], ["star"], 0.9, {"PER", "TEL", "HNO"}), "discharge summary: 张**, 138****5678, 住院号 12****")
st("ph_hospital_upper_x_fields", "ph", P, ph_generic(["hospital"], ["X"], 0.7, {"N", "HNO", "PER", "D"}), "discharge summary with XX fields")
st("ph_contract_star_id_phone", "ph", P, ph_generic(["contract"], ["star"], 0.9, {"ID", "TEL", "PER"}), "ID number with middle starred, phone starred")
st("ph_phone_star_contacts", "ph", P, ph_generic(["notice", "procure", "property", "school"], ["star"], 1.0, {"TEL"}), "contact phone 1xx****xxxx")
st("ph_recipient_list_star", "ph", P, b_recipient_list, "subsidy recipient list: 张** and starred ID numbers")
st("ph_bracket_fields", "ph", P, ph_generic(["notice", "procure"], ["bracket"], 0.6), "【单位名称】 template fields")
st("ph_square_fields_contract", "ph", P, ph_generic(["contract"], ["square"], 0.6), "[姓名] fields in a contract")
st("ph_mustache_school", "ph", P, ph_generic(["school"], ["mustache"], 0.8, {"PER", "D", "ADDR", "HNO", "TEL"}), "{{name}} mail merge in admission notice")
st("ph_dollar_brace_sms", "ph", P, ph_generic(["sms"], ["dollar"], 0.7), "${name} left in SMS text")
st("ph_word_mergefield", "ph", P, ph_generic(["school", "property", "contract"], ["merge"], 0.6), "Word mail-merge «姓名»")
st("ph_angle_fields_bid", "ph", P, ph_generic(["bid"], ["angle"], 0.6), "<<单位名称>> / <金额> in bid letter")
st("ph_hash_sms_template", "ph", P, ph_generic(["sms"], ["hash"], 0.8), "#{code} / #name# SMS gateway template")
st("ph_numbered_sms_template", "ph", P, b_tencent_sms, "numbered {1} {2} SMS template variables")
st("ph_printf_report", "ph", P, ph_generic(["report", "ppt"], ["printf"], 0.5, {"N", "M", "R", "V"}), "printf %d / %.2f / %s left by a report generator")
st("ph_blank_contract", "ph", P, ph_generic(["contract"], ["blank"], 0.7), "＿＿＿ / ______ blanks in a contract")
st("ph_blank_bid_form", "ph", P, ph_generic(["bid"], ["blank"], 0.6), "blanks in a bid form")
st("ph_fill_here_notice", "ph", P, ph_generic(["notice", "procure"], ["fill"], 0.5), "（此处填写…） instructions left in")
st("ph_todo_draft", "ph", P, ph_generic(["report", "ppt", "minutes"], ["todo"], 0.4, {"M", "R", "N", "D"}), "TODO / TBD / 待定 / 待补充 as values")
st("ph_daiding_procurement", "ph", P, ph_generic(["procure", "bid"], ["daiding"], 0.4, {"M", "D", "PER", "TEL", "O"}), "待定 as a field value")
st("ph_ppt_default_text", "ph", P, b_ppt_defaults, "PowerPoint default placeholder text (单击此处添加标题)")
st("ph_template_dummy_text", "ph", P, b_dummy_text, "web-template dummy text (此处为正文内容)")
st("ph_title_only", "ph", P, b_title_ph, "placeholder only in the title")
st("ph_signature_block", "ph", P, b_signature_ph, "placeholder only in the signature and date")
st("ph_year_20xx", "ph", P, ph_generic(["report", "notice", "school"], ["x", "X"], 1.0, {"Y"}), "years 20xx / 202X")
st("ph_minutes_attendees", "ph", P, ph_generic(["minutes"], ["X", "times"], 0.8, {"PER"}), "attendees XXX、XXX")
st("ph_csv_cells", "ph", P, ph_generic(["csv"], ["x", "X"], 0.5, {"V", "R", "P"}), "Excel CSV export with xx cells")
st("ph_table_cells", "ph", P, ph_generic(["table"], ["x"], 0.5, {"V", "R", "N"}), "flattened table with xx.x cells")
st("ph_json_api_values", "ph", P, ph_generic(["json"], ["mustache", "x", "star"], 0.6), "JSON API response with placeholder values")
st("ph_srt_subtitles", "ph", P, ph_generic(["srt"], ["X", "times"], 1.0), "subtitle file with XX")
st("ph_wechat_article", "ph", P, ph_generic(["wechat"], ["x", "X"], 0.5), "WeChat article template with xx")
st("ph_property_units", "ph", P, b_property_units, "property notice xx栋xx单元")
st("ph_pdf_break_after_x", "ph", P, b_pdf_break, "PDF extraction splits xxx from its unit")
st("ph_bilingual_fields", "ph", P, b_bilingual, "bilingual contract: [Company Name], XXX Co., Ltd.")
st("ph_mixed_kinds", "ph", P, ph_generic(TXT, ["x", "X", "mou", "star", "bracket", "blank", "times"], 0.5), "several placeholder kinds in one document")
st("ph_single_x_counts", "ph", P, ph_generic(["report", "minutes"], ["x1"], 0.7, {"N"}), "single x before a unit (x个, x家)")
st("ph_filler_paragraph", "ph", P, b_filler, "whole paragraph of XXXX / ×××× filler")
st("ph_school_bracket_blank", "ph", P, ph_generic(["school"], ["bracket", "blank"], 0.6), "admission notice with 【】 and blanks")
st("ph_procure_mou_supplier", "ph", P, ph_generic(["procure"], ["mou", "x"], 0.7, {"O", "PER", "M"}), "procurement: 某某公司, xx万元")
st("ph_wechat_masked_comments", "ph", P, b_wechat_comments, "comment section: 张**, 用户138****1234")
st("ph_email_masked", "ph", P, ph_generic(["email"], ["star"], 0.9, {"EMAIL", "TEL", "PER"}), "e-mail with masked address and phone")
st("ph_court_mou_x_mixed", "ph", P, ph_generic(["court"], ["mou", "x"], 0.7), "judgment mixing 某某 and xx")
st("ph_ppt_x_figures", "ph", P, ph_generic(["ppt"], ["x", "X"], 0.6), "PowerPoint outline with XX figures")

# ---------------- ph negatives ----------------
st("phn_1x_certificate", "ph", NEG, ph_neg_traps(["1x"], "report"), "1+X 证书")
st("phn_n_plus_x_models", "ph", NEG, ph_neg_traps(["7x"], "report"), "7+X / 5+X / 1+N+X service models")
st("phn_x86_tech", "ph", NEG, ph_neg_traps(["x86"], "procure"), "x86 / x64 / 0x1F")
st("phn_xray_medical", "ph", NEG, ph_neg_traps(["xray"], "hospital"), "X光 / X射线 / X线片")
st("phn_clothing_sizes", "ph", NEG, ph_neg_traps(["size"], "school"), "XL / XXL / XXXL sizes")
st("phn_hours_times", "ph", NEG, ph_neg_traps(["hours"], "notice"), "7×24小时 / 5×8小时")
st("phn_multiplication_dims", "ph", NEG, ph_neg_traps(["mult"], "procure"), "3×4, 600×600mm")
st("phn_formula_vars", "ph", NEG, ph_neg_traps(["formula"], "lesson"), "formulas with variable x")
st("phn_mou_prose", "ph", NEG, ph_neg_traps(["mou"], "report"), "某些 / 某种 / 某年某月 in prose")
st("phn_roman_numerals", "ph", NEG, ph_neg_traps(["roman"], "wechat"), "Roman numerals XXIV / XXII")
st("phn_significance_stars", "ph", NEG, ph_neg_traps(["signif"]), "regression significance stars ***")
st("phn_star_ratings", "ph", NEG, ph_neg_traps(["stars"], "wechat"), "★★★★☆ ratings")
st("phn_full_contacts_files", "ph", NEG, ph_neg_traps(["contact"], "notice"), "full phone, e-mail, file names with underscores")
st("phn_brand_names_x", "ph", NEG, ph_neg_traps(["brand"], "wechat"), "Xbox / SpaceX / Model X")
st("phn_genetics_xy", "ph", NEG, ph_neg_traps(["genetic"], "hospital"), "X染色体, XY / XX chromosomes")
st("phn_daiding_math", "ph", NEG, ph_neg_traps(["daiding", "formula"], "lesson"), "待定系数法")
st("phn_separators", "ph", NEG, ph_neg_generic(["wechat", "report"], ["sep"]), "* * * / ◆◆◆ separators")
st("phn_case_numbers", "ph", NEG, ph_neg_generic(["court"], ["case"]), "unmasked judgment, real-looking case numbers")
st("phn_sms_real_values", "ph", NEG, ph_neg_traps(["sms"], "sms"), "SMS with a real code and 【signature】")
st("phn_checkbox_form", "ph", NEG, ph_neg_traps(["checkbox"], "school"), "☑是 □否 check boxes")
st("phn_chinese_zero_dates", "ph", NEG, ph_neg_traps(["zero"], "notice"), "二〇二三年 / 二○○五年")
st("phn_stats_xbar_chi", "ph", NEG, ph_neg_traps(["stat"], "hospital"), "x̄±s, χ², X and Y as variables")
st("phn_filled_contract", "ph", NEG, ph_neg_generic(["contract"], ["contact", "mult"], 0, 1), "fully filled contract")
st("phn_filled_report", "ph", NEG, ph_neg_generic(["report"], TRAP_GENERAL, 1, 2), "filled report with assorted traps")
st("phn_csv_json_clean", "ph", NEG, ph_neg_generic(["csv", "json", "table"], ["size"], 0, 0), "clean CSV / JSON / table")
st("phn_headline_brackets", "ph", NEG, ph_neg_traps(["headline"], "wechat"), "【图文】【聚焦】 headline tags")
st("phn_pinyin_x_places", "ph", NEG, ph_neg_traps(["pinyinx"], "wechat"), "Xi'an / Xiamen / Xinjiang")
st("phn_todo_as_term", "ph", NEG, ph_neg_traps(["todoterm"], "report"), "To-Do List / 待办 as a term")
st("phn_procure_hospital_filled", "ph", NEG, ph_neg_generic(["procure", "hospital", "school", "property"], ["contact", "xray"], 0, 1), "filled procurement / hospital / school / property documents")
st("phn_srt_ppt_filled", "ph", NEG, ph_neg_generic(["srt", "ppt", "minutes"], ["mou", "hours"], 0, 1), "filled subtitles / slides / minutes")

# ---------------- mj positives ----------------
st("mj_utf8_as_gbk_word", "mj", M, mj_generic(GEN_TEXT, "utf8_as_gbk", "word"), "one word: UTF-8 read as GBK")
st("mj_utf8_as_gbk_line", "mj", M, mj_generic(GEN_TEXT, "utf8_as_gbk", "line"), "one line: UTF-8 read as GBK")
st("mj_utf8_as_gbk_title", "mj", M, mj_generic(GEN_TEXT, "utf8_as_gbk", "title"), "title: UTF-8 read as GBK")
st("mj_utf8_as_gbk_doc", "mj", M, mj_generic(["sms", "ppt", "property", "notice"], "utf8_as_gbk", "doc"), "whole document UTF-8 read as GBK")
st("mj_excel_csv_utf8_as_gbk", "mj", M, mj_generic(["csv"], "utf8_as_gbk", ["cell", "line", "doc"]), "UTF-8 CSV opened by Excel as GBK")
st("mj_utf8_as_gb18030_para", "mj", M, mj_generic(GEN_TEXT, "utf8_as_gb18030", "para"), "paragraph: UTF-8 read as GB18030")
st("mj_kunjinkao_phrase", "mj", M, mj_generic(GEN_TEXT, "kunjinkao", "phrase"), "锟斤拷 from a GBK→UTF-8→GBK round trip")
st("mj_kunjinkao_line", "mj", M, mj_generic(GEN_TEXT + ["table"], "kunjinkao", "line"), "锟斤拷 line")
st("mj_utf8_as_cp1252_line", "mj", M, mj_generic(GEN_TEXT, "utf8_as_cp1252", "line"), "UTF-8 read as cp1252 (å‘å±•)")
st("mj_smart_quotes_cp1252", "mj", M, b_smartquotes_cp1252, "English summary with â€œ â€ quotes")
st("mj_utf8_as_latin1_word", "mj", M, mj_generic(GEN_TEXT, "utf8_as_latin1", "word"), "UTF-8 read as Latin-1 with C1 controls")
st("mj_utf8_double_encoded", "mj", M, mj_generic(GEN_TEXT, "utf8_double", ["word", "phrase"]), "UTF-8 decoded twice (Ã¥Â…)")
st("mj_gbk_as_utf8_fffd_line", "mj", M, mj_generic(GEN_TEXT, "gbk_as_utf8", "line"), "GBK read as UTF-8 with U+FFFD")
st("mj_gbk_as_utf8_qmarks", "mj", M, mj_generic(GEN_TEXT, "gbk_as_utf8_q", "phrase"), "GBK read as UTF-8, lost bytes as ?")
st("mj_gbk_as_cp1252_title", "mj", M, mj_generic(GEN_TEXT, "gbk_as_cp1252", "title"), "GBK title shown as cp1252 (ÉêÇë)")
st("mj_gbk_as_cp1252_signature", "mj", M, mj_generic(["notice", "school", "property", "minutes"], "gbk_as_cp1252", "sign"), "signature line GBK as cp1252")
st("mj_gbk_as_latin1_cell", "mj", M, mj_generic(["table", "csv"], "gbk_as_latin1", "cell"), "table cell GBK as Latin-1")
st("mj_gbk_as_big5_line", "mj", M, mj_generic(GEN_TEXT, "gbk_as_big5", "line"), "GBK page read as Big5")
st("mj_utf8_as_big5_word", "mj", M, mj_generic(GEN_TEXT, "utf8_as_big5", ["word", "phrase"]), "UTF-8 read as Big5")
st("mj_big5_as_gbk_trad", "mj", M, b_trad("big5_as_gbk"), "Taiwan notice (Big5) read as GBK")
st("mj_big5_as_gbk_srt", "mj", M, b_trad("big5_as_gbk", srt=True), "Big5 subtitle file read as GBK")
st("mj_hkscs_as_big5", "mj", M, b_hkscs, "HKSCS Cantonese characters lost when read as plain Big5")
st("mj_utf8_as_sjis_line", "mj", M, mj_generic(GEN_TEXT, "utf8_as_sjis", "line"), "UTF-8 read as Shift_JIS")
st("mj_gbk_as_cp932_phrase", "mj", M, mj_generic(GEN_TEXT, "gbk_as_sjis", "phrase"), "GBK read as cp932 (half-width kana)")
st("mj_utf8_as_koi8r_word", "mj", M, mj_generic(GEN_TEXT, "utf8_as_koi8r", ["word", "phrase"]), "UTF-8 read as KOI8-R")
st("mj_utf8_as_cp1251_line", "mj", M, mj_generic(GEN_TEXT, "utf8_as_cp1251", "line"), "UTF-8 read as Windows-1251")
st("mj_russian_koi8_quote", "mj", M, b_ru_koi8, "quoted Russian: KOI8-R read as cp1251/cp1252")
st("mj_utf8_as_euckr_phrase", "mj", M, mj_generic(GEN_TEXT, "utf8_as_euckr", "phrase"), "UTF-8 read as EUC-KR")
st("mj_korean_euckr_as_gbk", "mj", M, b_korean_gbk, "quoted Korean: EUC-KR read as GBK")
st("mj_utf8_as_macroman_title", "mj", M, mj_generic(GEN_TEXT, "utf8_as_macroman", "title"), "UTF-8 read as Mac Roman")
st("mj_gbk_as_cp437_line", "mj", M, mj_generic(GEN_TEXT, "gbk_as_cp437", "line"), "GBK shown on a DOS cp437 console")
st("mj_utf8_as_utf16_line", "mj", M, mj_generic(GEN_TEXT, "utf8_as_utf16", "line"), "UTF-8 bytes taken for UTF-16LE")
st("mj_utf16_as_latin1_word", "mj", M, mj_generic(GEN_TEXT, "utf16_as_latin1", ["word", "phrase"]), "UTF-16LE read as Latin-1, NULs hidden")
st("mj_gbk_out_of_step", "mj", M, mj_generic(GEN_TEXT, "gbk_shift", ["line", "para"]), "GBK decoded one byte out of step")
st("mj_seven_bit_transport", "mj", M, mj_generic(GEN_TEXT, "7bit", ["line", "phrase"]), "high bit stripped by a 7-bit transport")
st("mj_ascii_qmarks_names", "mj", M, mj_generic(GEN_TEXT, "ascii_q", ["word", "multi", "char"]), "characters lost as ?")
st("mj_replacement_chars", "mj", M, mj_generic(GEN_TEXT, "replacement", ["word", "char", "multi"]), "characters lost as U+FFFD")
st("mj_gb2312_gap_names", "mj", M, b_gap("gb2312"), "names outside GB2312 lost as ? (GB2312 vs GB18030)")
st("mj_gbk_gap_extb_names", "mj", M, b_gap("gbk_extb"), "Ext-B name characters lost as ? in GBK")
st("mj_gbk_emoji_lost", "mj", M, b_gap("emoji"), "emoji stored in a GBK database become ?")
st("mj_xml_decimal_refs", "mj", M, mj_generic(GEN_TEXT, "xmlref", ["phrase", "word"]), "&#21457; numeric references")
st("mj_xml_hex_refs", "mj", M, mj_generic(GEN_TEXT, "xmlref_hex", ["word", "phrase"]), "&#x53d1; hex references")
st("mj_unicode_escape_line", "mj", M, mj_generic(GEN_TEXT, "unicode_escape", ["line", "phrase"]), "\\u53d1 escape debris")
st("mj_json_ascii_escapes", "mj", M, b_json_escape, "JSON API response pasted with \\uXXXX escapes")
st("mj_bytes_repr_log", "mj", M, b_bytes_log, "Python bytes repr \\xe5\\x8f in a log line")
st("mj_percent_encoded_filename", "mj", M, b_percent_filename, "percent-encoded attachment name")
st("mj_quoted_printable_mail", "mj", M, b_qp_mail, "quoted-printable body =E5=8F=91")
st("mj_mime_encoded_subject", "mj", M, b_mime_subject, "undecoded MIME subject =?utf-8?b?…?=")
st("mj_iso2022jp_raw_mail", "mj", M, b_iso2022jp, "ISO-2022-JP mail shown raw ($B…(B)")
st("mj_mt_html_entities", "mj", M, b_mt_entities, "machine translation output with &quot; / &#39;")
st("mj_cms_double_escaped", "mj", M, b_double_escaped_tags, "CMS escaped tags &lt;p&gt; / &amp;lt;")
st("mj_nbsp_indent", "mj", M, b_nbsp_indent(False), "&nbsp; indentation from a CMS / WeChat editor")
st("mj_nbsp_double_escaped", "mj", M, b_nbsp_indent(True), "&amp;nbsp; double-escaped indentation")
st("mj_html_tag_remnants", "mj", M, b_html_tags, "<span style=…>, <strong>, <br/> remnants")
st("mj_cesu8_extb", "mj", M, b_cesu("cesu8"), "CESU-8 encoded Ext-B name read as UTF-8")
st("mj_cesu8_as_cp1252", "mj", M, b_cesu("cesu8_cp1252"), "CESU-8 name read as cp1252")
st("mj_surrogate_escapes", "mj", M, b_surrogate_json, "emoji as \\ud83d\\ude00 surrogate escapes")
st("mj_pdf_kangxi_radicals", "mj", M, b_kangxi, "PDF text layer with Kangxi radical code points (⼈ for 人)")
st("mj_pdf_private_use", "mj", M, mj_generic(GEN_TEXT, "pua", ["word", "phrase"]), "PDF font without ToUnicode: private-use characters")
st("mj_pdf_cid_codes", "mj", M, mj_generic(GEN_TEXT, "cid", ["word", "line"]), "(cid:1234) from PDF extraction")
st("mj_pinyin_artefact_doc", "mj", M, b_pinyin(False), "發(fā)展 pinyin artefact throughout")
st("mj_pinyin_artefact_line", "mj", M, b_pinyin(True), "發(fā)展 pinyin artefact in one line")
st("mj_pinyin_artefact_trad", "mj", M, b_pinyin_trad, "traditional text with 區(qū) / 會(huì) pinyin after single characters")
st("mj_bom_mid_file", "mj", M, b_bom(False), "U+FEFF in the middle of a concatenated file")
st("mj_bom_as_cp1252", "mj", M, b_bom(True), "UTF-8 BOM shown as ï»¿ mid-file")
st("mj_nbsp_as_cp1252", "mj", M, b_nbsp_cp1252, "no-break space UTF-8 read as cp1252 (Â )")
st("mj_mixed_encodings_line", "mj", M, b_mixed_line, "two different damages in one line")
st("mj_damage_next_to_foreign", "mj", M, b_foreign_plus_damage, "clean foreign quote beside damaged Chinese")
st("mj_srt_utf8_as_gbk", "mj", M, mj_generic(["srt"], "utf8_as_gbk", ["line", "doc"]), "subtitle file UTF-8 read as GBK")

# ---------------- mj negatives ----------------
st("mjn_pinyin_lesson", "mj", NEG, mj_neg(["lesson"], ["lesson"], 1, 3), "pinyin in a language lesson")
st("mjn_quoted_russian", "mj", NEG, mj_neg(["wechat", "minutes"], ["ru"], 1, 2, True), "quoted Russian")
st("mjn_quoted_japanese", "mj", NEG, mj_neg(["wechat", "report"], ["ja"], 1, 2, True), "quoted Japanese")
st("mjn_quoted_korean", "mj", NEG, mj_neg(["wechat", "report"], ["ko"], 1, 2, True), "quoted Korean")
st("mjn_greek_symbols", "mj", NEG, mj_neg(["hospital", "report"], ["el"], 1, 2, True), "Greek letters in formulas and a quotation")
st("mjn_french_quotes", "mj", NEG, mj_neg(["wechat", "minutes"], ["fr"], 1, 2, True), "French with accents and guillemets")
st("mjn_european_names", "mj", NEG, mj_neg(["wechat", "report"], ["de"], 1, 2, True), "Müller / José / Åsa")
st("mjn_vietnamese", "mj", NEG, mj_neg(["wechat", "report"], ["vi"], 1, 2, True), "Vietnamese diacritics")
st("mjn_emoji_wechat", "mj", NEG, mj_neg(["wechat"], ["emoji"], 1, 3), "emoji in a WeChat article")
st("mjn_rare_characters", "mj", NEG, mj_neg(["report", "school"], ["rare"], 1, 2, True), "legitimate rare and Ext-B characters")
st("mjn_tech_doc_html_escapes", "mj", NEG, b_neg_tech, "HTML and escapes quoted as code in a manual")
st("mjn_urls_emails_files", "mj", NEG, mj_neg(["notice", "procure"], ["url"], 1, 2), "URLs, e-mail, file names")
st("mjn_traditional_clean", "mj", NEG, b_neg_trad, "clean traditional-Chinese notice")
st("mjn_cantonese_hkscs_clean", "mj", NEG, b_neg_hk, "clean Cantonese notice with HKSCS characters")
st("mjn_srt_trad_clean", "mj", NEG, b_neg_srt_trad, "clean traditional subtitle file")
st("mjn_json_csv_clean", "mj", NEG, mj_neg_clean(["json", "csv", "table"]), "clean JSON / CSV / table")
st("mjn_json_unicode_clean", "mj", NEG, b_neg_json_unicode, "JSON pasted with real characters")
st("mjn_units_symbols", "mj", NEG, mj_neg(["report", "hospital"], ["units"], 1, 3), "℃ ㎡ μg/m³ ± ① Ⅲ")
st("mjn_currency_marks", "mj", NEG, mj_neg(["procure", "wechat"], ["currency"], 1, 2), "€ £ ¥ ® ™ © §")
st("mjn_chemical_formulas", "mj", NEG, mj_neg(["report"], ["chem"], 1, 2), "subscripts and superscripts in formulas")
st("mjn_question_marks", "mj", NEG, mj_neg(["notice", "wechat"], ["question"], 1, 2), "legitimate ? and ？")
st("mjn_ampersand_names", "mj", NEG, mj_neg(["procure", "report"], ["amp"], 1, 2), "P&G, R&D, AT&T")
st("mjn_box_drawing_table", "mj", NEG, b_neg_box, "box-drawing table")
st("mjn_kaomoji", "mj", NEG, mj_neg(["wechat"], ["kaomoji", "emoji"], 1, 2), "kaomoji with Thai and Hangul jamo pieces")
st("mjn_minority_scripts", "mj", NEG, mj_neg(["notice", "report"], ["script"], 1, 2, True), "Uyghur, Tibetan, Mongolian script")
st("mjn_pinyin_romanization", "mj", NEG, mj_neg(["report", "wechat"], ["romanize"], 1, 2, True), "pinyin with tone marks as romanisation")
st("mjn_ipa_lesson", "mj", NEG, mj_neg(["lesson"], ["ipa"], 1, 2), "IPA in an English lesson")
st("mjn_encoding_names_prose", "mj", NEG, mj_neg(["notice", "procure"], ["enc"], 1, 2), "encodings named in prose")
st("mjn_japanese_mail_clean", "mj", NEG, b_neg_jp_mail, "Japanese mail quoted correctly")
st("mjn_punctuation_variety", "mj", NEG, mj_neg(["report", "notice"], ["punct"], 1, 3), "—— …… 「」 〖〗 · 〈〉")
st("mjn_bullets_dingbats", "mj", NEG, mj_neg(["notice", "wechat"], ["bullets"], 1, 3), "※ ● → ◎ ▲ ☆ ■ bullets")
st("mjn_code_snippets", "mj", NEG, mj_neg(["notice"], ["code"], 1, 2, True), "SQL / regex / shell with Chinese, quoted as code")
st("mjn_latex_formulas", "mj", NEG, mj_neg(["lesson"], ["latex"], 1, 2), "LaTeX formulas with backslashes")
st("mjn_fullwidth_alnum", "mj", NEG, mj_neg(["report", "notice"], ["fullwidth"], 1, 2), "fullwidth ＰＭ２．５ letters and digits")
st("mjn_jyutping_lesson", "mj", NEG, mj_neg(["lesson"], ["jyutping"], 1, 2), "Cantonese lesson with Jyutping in brackets")
st("mjn_plain_documents", "mj", NEG, mj_neg_clean(TXT + ["sms", "email", "ppt", "srt"]), "plain clean documents of every genre")


# =====================================================================================
# checks shared by generation and --verify
# =====================================================================================
PH_SPAN_RE = re.compile(r"""
  [xXＸ×] | 某 | [*＊] | [○□■△]
| 【[^】]*】 | \[[^\]]+\] | \{\{[^}]*\}\} | \$\{[^}]*\} | «[^»]*» | <<[^>]*>> | <[^<>]+> | \#\{[^}]*\} | \#[A-Za-z_]+\# | \{\d+\}
| %(?:s|d|\.\d+f) | [＿_]{2,} | （(?:此处|请)[^）]*） | （[^）]*待补充）
| TODO | TBD | 待定 | 待补充 | 待填
| 单击此处 | 请在此处 | 点击输入 | 在此输入 | 添加标题内容 | 这里是标题 | 此处为正文 | 请输入文字 | 文字内容 | 在这里输入 | 标题文字 | 图片说明文字 | 此处添加
""", re.X)
_FIELDS = sorted({f for v in FIELD_NAMES.values() for f in v} | {"合同编号"}, key=lambda f: (-len(f), f))
STRICT_PH_RE = re.compile(r"""
  (?<![A-Za-z0-9])[xX×Ｘ]{2,}(?![A-Za-z])
| (?<![A-Za-z0-9+])[xX×Ｘ]+(?=[\u4e00-\u9fff%]|\.[xX×Ｘ])(?![光射线染连战表为等型])
| (?<=\d)[xX×Ｘ](?=[年月])
| (?<=\|\ )[xX×](?=\ \|) | (?<![A-Za-z0-9+])[xX×](?=\n)
| ×× | Ｘ | [＿_]{2,} | \d{2}\*{4}(?!\*) | [a-z]\*{3}@
| [\u4e00-\u9fff]某(?![些种个一年月日天次项位方类样地处])
| 某某
| \d{3}\*{3,}\d | \d\*{6,} | [\u4e00-\u9fff]\*{1,4}(?![\d*])
| (?<![〇○零一二三四五六七八九十])[○□■△]{2,}(?![年〇○])
| 【\s*】 | 【(?:FIELDS)】
| \{\{ | \$\{ | « | << | \#\{ | \{\d\} | %[sd] | %\.\d+f
| [＿_]{3,}
| 此处填 | 请填写 | 此处输入 | 单击此处 | TODO | TBD | 待补充 | 待填 | 待定(?!系数)
| \[(?:FIELDS)\] | <(?:FIELDS)> | \d[xX]+(?=年) | \d\*{3,}\d | \#[a-z_]+\# | 某(?:公司|单位)
| (?<=[SURNAMES])○ | \[(?:Company\ Name|Supplier\ Name|Name|Date|Amount|Contract\ No\.|DD/MM/YYYY)\]
| PPTDEFAULTS | DUMMYTEXT
""".replace("FIELDS", "|".join(_FIELDS)).replace("SURNAMES", SURNAMES).replace("PPTDEFAULTS", "|".join(PPT_DEFAULTS)).replace("DUMMYTEXT", "|".join(DUMMY)), re.X)
STRICT_WHITELIST = ["完成x件", "女性为XX", "以**标注"]

GB2312_L1 = None


def _level1(c):
    global GB2312_L1
    if GB2312_L1 is None:
        GB2312_L1 = set()
        for hi in range(0xB0, 0xD8):
            for lo in range(0xA1, 0xFF):
                try:
                    GB2312_L1.add(bytes([hi, lo]).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
    return c in GB2312_L1


MJ_MARK_RE = re.compile(r"""锟 | 拷 | [?\ufffd\ufeff] | &[#a-zA-Z0-9]+; | </?[a-zA-Z][^>]*> | \\u[0-9a-fA-F]{4} | \\x[0-9a-f]{2}
  | %[0-9A-F]{2} | =[0-9A-F]{2} | =\?[^?]+\?[bBqQ]\? | \(cid:\d+\) | ï»¿
  | \((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)+\) """, re.X)


_LEGIT_LATIN1 = set("·×°±²³µ÷")


def _odd_char(c):
    o = ord(c)
    if c in _LEGIT_LATIN1:
        return False
    return (o < 32 and c != "\t") or 0x7F <= o <= 0x24F or 0x370 <= o <= 0x4FF or 0x2200 <= o <= 0x22FF \
        or 0x2500 <= o <= 0x257F or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7AF or 0x3040 <= o <= 0x30FF \
        or 0xFF61 <= o <= 0xFF9F or 0xE000 <= o <= 0xF8FF or 0x2E80 <= o <= 0x2FDF or 0x3400 <= o <= 0x4DBF \
        or o in (0x2122, 0xFB01, 0xFB02, 0x2030, 0x2039, 0x203A, 0x2020, 0x2021, 0x201A, 0x201E)


def _l1_ratio(s):
    cjk = [c for c in s if "\u4e00" <= c <= "\u9fff"]
    return (sum(_level1(c) for c in cjk) / len(cjk)) if cjk else None


def mj_evidence(span):
    """Independent evidence that a span is damaged (no access to the clean text): debris patterns,
    characters foreign to Chinese report text, or a codec round trip that turns the span into common
    Chinese characters (GB2312 level 1) while the span itself is mostly uncommon characters."""
    if MJ_MARK_RE.search(span) or any(_odd_char(c) for c in span):
        return True
    if len(span) >= 8 and span.isascii() and not re.search(r"\s", span) and \
            len(set(c for c in span if not c.isalnum())) >= 3 and sum(c.isalpha() for c in span) >= 2:  # 7-bit junk
        return True
    r0 = _l1_ratio(span)
    if r0 is not None and r0 > 0.6:
        return False
    for enc, dec in (("gbk", "utf-8"), ("gb18030", "utf-8"), ("big5", "utf-8"), ("shift_jis", "utf-8"),
                     ("euc_kr", "utf-8"), ("gbk", "big5"), ("big5", "gbk"), ("euc_kr", "gbk")):
        rep = span.encode(enc, errors="ignore").decode(dec, errors="replace")
        r1 = _l1_ratio(rep)
        if r1 is not None and r1 >= 0.8 and rep.count("\ufffd") <= len(rep) / 3:
            return True
    return False


def _strict_hits(text):
    for w in STRICT_WHITELIST:
        text = text.replace(w, " " * len(w))
    return [(m.start(), m.end(), m.group(0)) for m in STRICT_PH_RE.finditer(text)]


def check_record(rec, cleans=None):
    """Return a list of problems (empty = fine)."""
    errs = []
    for k, t in (("id", str), ("family", str), ("style", str), ("label", str), ("text", str), ("spans", list), ("note", str)):
        if not isinstance(rec.get(k), t):
            return ["missing or bad field %s" % k]
    text, spans, fam, lab = rec["text"], rec["spans"], rec["family"], rec["label"]
    if fam not in ("ph", "mj") or lab not in ("placeholder", "mojibake", "negative"):
        errs.append("bad family/label")
    if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
        errs.append("label does not fit family")
    if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
        errs.append("style not snake_case")
    n_lines = text.count("\n") + 1
    if not 1 <= n_lines <= 12:
        errs.append("%d lines" % n_lines)
    if "\r" in text or "\n" in rec["note"]:
        errs.append("CR in text or newline in note")
    if lab == "negative" and spans:
        errs.append("negative with spans")
    if lab != "negative" and not spans:
        errs.append("positive without spans")
    last = -1
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
            errs.append("bad span %r" % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            errs.append("span %r outside text or empty" % (sp,))
            continue
        if a < last:
            errs.append("spans overlap or unsorted")
        last = b
        seg = text[a:b]
        if "\n" in seg and lab == "placeholder":
            errs.append("placeholder span crosses a line")
        if lab == "placeholder" and not PH_SPAN_RE.search(seg):
            errs.append("span %r holds no placeholder: %r" % (sp, seg))
        if lab == "mojibake" and cleans is None and not mj_evidence(seg):
            errs.append("span %r: no clean text to compare and no visible damage: %r" % (sp, seg))
    if fam == "ph":
        outside = list(text)
        for a, b in spans:
            if 0 <= a < b <= len(text):
                outside[a:b] = [" "] * (b - a)
        hits = _strict_hits("".join(outside))
        if hits:
            errs.append("placeholder-like text outside spans: %r" % (hits[:3],))
    if fam == "mj" and lab == "negative":
        if re.search("[\ufffd\ufeff\ue000-\uf8ff]|锟斤拷|\\(cid:|[\u2f00-\u2fdf]", text):
            errs.append("negative holds damage characters")
    if cleans is not None and lab == "mojibake":
        if len(cleans) != len(spans):
            errs.append("clean text missing for some spans")
        for (a, b), c in zip(spans, cleans):
            if text[a:b] == c:
                errs.append("span %r equals its clean text" % ([a, b],))
    return errs


# =====================================================================================
# generation
# =====================================================================================
FAMILY_COUNT = {"ph": 18, "mj": 15}


def generate(seed, log=None):
    out = []
    for name, fam, label, fn, note in S:
        rng = R(seed, name)
        for k in range(FAMILY_COUNT[fam]):
            for attempt in range(40):
                try:
                    doc = fn(rng)
                except Retry:
                    continue
                text, spans, cleans = doc.build()
                rec = {"id": "%s-s%d-%s-%02d" % (PREFIX, seed, name, k), "family": fam, "style": name,
                       "label": label, "text": text, "spans": spans,
                       "note": "%s; %d marked stretch%s" % (note, len(spans), "" if len(spans) == 1 else "es") if spans else note}
                errs = check_record(rec, cleans)
                if errs:
                    if log is not None:
                        log.append((name, errs, text))
                    continue
                rec["_cleans"] = cleans
                out.append(rec)
                break
            else:
                raise SystemExit("style %s: could not build a valid record (seed %d); last problems: %r"
                                 % (name, seed, log[-1] if log else None))
    return out


def write(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")


def verify(paths):
    bad = 0
    n_mj = n_mj_ev = 0
    regen = {}
    for path in paths:
        seen = set()
        n = 0
        counts = {}
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                n += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print("%s:%d: bad JSON: %s" % (path, ln, e))
                    bad += 1
                    continue
                m = re.fullmatch(r"%s-s(\d+)-.*" % PREFIX, str(rec.get("id")))
                ref = None
                if m:  # regenerate the seed to get the clean text the generator kept
                    sd = int(m.group(1))
                    if sd not in regen:
                        regen[sd] = {r["id"]: r for r in generate(sd)}
                    ref = regen[sd].get(rec["id"])
                ok_ref = ref is not None and ref["text"] == rec.get("text") and ref["spans"] == rec.get("spans")
                errs = check_record(rec, ref["_cleans"] if ok_ref else None)
                if not m:
                    errs.append("id not from this generator; clean text unavailable")
                elif not ok_ref:
                    errs.append("differs from regenerated record")
                if rec.get("label") == "mojibake" and isinstance(rec.get("spans"), list):
                    for sp in rec["spans"]:
                        n_mj += 1
                        try:
                            n_mj_ev += mj_evidence(rec["text"][sp[0]:sp[1]])
                        except Exception:
                            pass
                if rec.get("id") in seen:
                    errs.append("duplicate id")
                seen.add(rec.get("id"))
                key = (rec.get("family"), rec.get("label"))
                counts[key] = counts.get(key, 0) + 1
                for e in errs:
                    print("%s:%d: %s: %s" % (path, ln, rec.get("id"), e))
                bad += bool(errs)
        print("%s: %d records, %d styles, %s" % (path, n, len({i.rsplit("-", 1)[0] for i in seen}),
                                                  ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(counts.items()))))
    print("mojibake spans with independent visible evidence (heuristic, informational): %d of %d" % (n_mj_ev, n_mj))
    print("verify: %s (%d bad records)" % ("OK" if not bad else "FAILED", bad))
    return 0 if not bad else 1


def style_table(path):
    rows, order = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            st_ = r["style"]
            if st_ not in rows:
                rows[st_] = {"family": r["family"], "placeholder": 0, "mojibake": 0, "negative": 0, "ex": None}
                order.append(st_)
            rows[st_][r["label"]] += 1
            if rows[st_]["ex"] is None:
                t = r["text"]
                if r["spans"]:
                    a = max(0, r["spans"][0][0] - 12)
                    t = ("…" if a else "") + t[a:]
                rows[st_]["ex"] = t
    out = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for s_ in order:
        r = rows[s_]
        ex = r["ex"][:60].replace("\n", "⏎").replace("|", "\\|").replace("`", "'")
        ex = "".join(c if c.isprintable() and c != "\u00a0" else "\\u%04x" % ord(c) for c in ex)
        out.append("| %s | %s | %d | %d | %d | %s |" % (s_, r["family"], r["placeholder"], r["mojibake"], r["negative"], ex))
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    ap.add_argument("--debug", action="store_true", help="report rejected candidates during generation")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        sys.stdout.write(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error("need --seed N --out FILE, or --verify FILE..., or --style-table FILE")
    log = []
    recs = generate(a.seed, log)
    write(recs, a.out)
    if a.debug:
        from collections import Counter
        for name, n in Counter(x[0] for x in log).most_common():
            print("rejected %-34s %d  e.g. %s" % (name, n, log[[x[0] for x in log].index(name)][1][:2]), file=sys.stderr)
    print("wrote %d records to %s" % (len(recs), a.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
