#!/usr/bin/env python3
"""text36_gen.py - held-out set 36: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only.  Deterministic per --seed (independent of PYTHONHASHSEED).

    python3 text36_gen.py --seed 11 --out text36_seed11.jsonl
    python3 text36_gen.py --verify text36_seed11.jsonl text36_seed12.jsonl

Every text is assembled from pieces (literal strings and typed Field objects); placeholder and damage
spans are recorded while the pieces are appended, so offsets cannot drift.
"""
import argparse
import datetime
import html
import json
import quopri
import random
import re
import sys
import urllib.parse
import zlib

# ----------------------------------------------------------------------------------------------
# pools (own wording; names and organisations are invented)
# ----------------------------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌鑫宇浩然涵欣怡轩诺晨阳思远佳琪雨桐俊峰海燕波辉宁瑶琳婷凯鹏")
RARE_GIVEN = [c for c in "喆堃昇淏玥琎珺璟赟犇镕堉琇彧祎昉瑄" if not c.encode("gb2312", errors="ignore")]
CITIES = ["江门", "清远", "株洲", "绵阳", "赣州", "台州", "柳州", "宜昌", "盐城", "潍坊", "曲靖", "南充", "衡阳",
          "九江", "湛江", "德阳", "岳阳", "遵义", "邯郸", "泉州", "肇庆", "常德", "安庆", "玉林"]
DISTRICTS = ["城东", "高新", "经开", "新城", "江南", "北湖", "临港", "东山", "西湖", "南岸"]
STREETS = ["东湖", "南门", "凤凰", "白沙", "城南", "新华", "龙泉", "江滨", "金山", "桂花"]
ROADS = ["建设", "人民", "解放", "中山", "迎宾", "滨江", "工业", "文化", "学府", "站前"]
CO_PREFIX = ["华信", "中睿", "恒达", "博远", "天成", "鼎盛", "瑞丰", "宏图", "正源", "金桥", "安泰", "启明", "远航",
             "汇通", "立诚", "锦程", "同创", "嘉禾"]
INDUSTRY = ["信息技术", "建设工程", "医疗器械", "物业服务", "教育科技", "环保科技", "文化传媒", "电子科技", "建筑设计",
            "餐饮管理", "办公设备", "园林绿化"]
CO_SUFFIX = ["有限公司", "股份有限公司", "有限责任公司"]
GOV_UNITS = ["教育局", "卫生健康局", "住房和城乡建设局", "人力资源和社会保障局", "财政局", "城市管理局", "市场监督管理局",
             "农业农村局", "文化广电旅游体育局", "民政局"]
DEPTS = [("综合办公", "室"), ("人力资源", "部"), ("财务", "部"), ("市场", "部"), ("研发", "中心"), ("工程", "部"),
         ("采购", "部"), ("行政", "部"), ("客户服务", "中心"), ("质量管理", "部"), ("安全生产", "科"), ("信息", "科")]
POSTS = ["行政专员", "会计", "软件工程师", "销售经理", "项目主管", "出纳", "技术员", "客服代表", "质检员", "人事助理",
         "仓库管理员", "驾驶员"]
UNIVS = ["湘潭大学", "华南农业大学", "西南科技大学", "江西财经大学", "广东工业大学", "长沙理工大学", "宜春学院",
         "韶关学院", "湖北工业大学", "浙江海洋大学"]
PROJECTS = ["城区道路照明设施维护", "中小学教学设备采购", "智慧社区综合管理平台建设", "老旧小区改造监理服务",
            "公务用车定点维修服务", "政务信息系统运维", "校园食堂食材配送", "污水管网清淤疏通", "档案数字化加工",
            "公共区域保洁服务", "医院医用耗材采购", "城市绿地养护"]
COMPLAINTS = ["反复咳嗽、咳痰", "上腹部疼痛", "头晕、乏力", "发热伴咽痛", "胸闷、气促", "右下腹痛", "双下肢水肿",
              "腰背部疼痛"]
DIAGNOSES = ["社区获得性肺炎", "慢性胃炎", "高血压病", "急性阑尾炎", "2型糖尿病", "慢性阻塞性肺疾病急性加重",
             "腰椎间盘突出症", "急性支气管炎", "冠状动脉粥样硬化性心脏病"]
TREATMENTS = ["抗感染、化痰", "抑酸护胃", "降压、改善循环", "补液、对症支持", "控制血糖、营养神经", "解痉平喘",
              "活血止痛、理疗"]
SCHOOL_KIND = [("育才", "小学"), ("实验", "小学"), ("第三", "中学"), ("外国语", "学校"), ("第一", "初级中学"),
               ("城南", "小学"), ("滨江", "中学")]
SCHOOL_TOPICS = [("春季研学活动", "研学实践活动"), ("学生体质健康测试", "体质健康测试"), ("期中家长会", "家长会"),
                 ("暑假安全教育", "安全教育专题活动"), ("秋季运动会", "校运会"), ("课后服务报名", "课后服务"),
                 ("新生入学体检", "入学体检")]
MEET_TOPICS = ["第三季度安全生产工作", "年度预算编制工作", "人居环境整治推进", "消防安全专项检查", "党建工作推进",
               "重点项目调度", "防汛备汛工作", "招商引资工作", "信访维稳工作"]
EVENTS = ["产业招商推介会", "数字经济发展论坛", "新品发布会", "校企合作签约仪式", "职业技能大赛", "乡村振兴成果展",
          "消费帮扶展销会", "人才招聘会"]
LEADERS = ["董事长", "总经理", "副总经理", "总裁", "执行董事"]
MEDIA = ["本报", "本网", "记者", "通讯员"]

# traditional forms with the pinyin a web scraper appended, for the 發(fā)展 artefact
PINYIN_TRAD = {
    "发": ("發", "fā"), "区": ("區", "qū"), "导": ("導", "dǎo"), "动": ("動", "dòng"), "远": ("遠", "yuǎn"),
    "设": ("設", "shè"), "现": ("現", "xiàn"), "汇": ("匯", "huì"), "报": ("報", "bào"), "经": ("經", "jīng"),
    "济": ("濟", "jì"), "会": ("會", "huì"), "员": ("員", "yuán"), "领": ("領", "lǐng"), "务": ("務", "wù"),
    "项": ("項", "xiàng"), "实": ("實", "shí"), "开": ("開", "kāi"), "时": ("時", "shí"), "为": ("為", "wèi"),
    "这": ("這", "zhè"), "们": ("們", "men"), "应": ("應", "yīng"), "关": ("關", "guān"), "单": ("單", "dān"),
    "进": ("進", "jìn"), "门": ("門", "mén"), "问": ("問", "wèn"), "题": ("題", "tí"), "责": ("責", "zé"),
    "农": ("農", "nóng"), "业": ("業", "yè"), "产": ("產", "chǎn"), "总": ("總", "zǒng"), "结": ("結", "jié"),
    "计": ("計", "jì"), "划": ("劃", "huà"), "组": ("組", "zǔ"), "议": ("議", "yì"), "记": ("記", "jì"),
    "录": ("錄", "lù"), "级": ("級", "jí"), "华": ("華", "huá"), "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"),
    "长": ("長", "zhǎng"), "东": ("東", "dōng"), "医": ("醫", "yī"), "疗": ("療", "liáo"), "卫": ("衛", "wèi"),
    "学": ("學", "xué"), "财": ("財", "cái"), "资": ("資", "zī"), "质": ("質", "zhì"), "环": ("環", "huán"),
    "创": ("創", "chuàng"), "强": ("強", "qiáng"), "检": ("檢", "jiǎn"), "稳": ("穩", "wěn"), "专": ("專", "zhuān"),
    "体": ("體", "tǐ"), "条": ("條", "tiáo"), "积": ("積", "jī"), "极": ("極", "jí"), "护": ("護", "hù"),
    "处": ("處", "chù"), "点": ("點", "diǎn"), "标": ("標", "biāo"), "电": ("電", "diàn"), "营": ("營", "yíng"),
    "过": ("過", "guò"), "还": ("還", "hái"), "论": ("論", "lùn"), "规": ("規", "guī"), "间": ("間", "jiān"),
    "党": ("黨", "dǎng"), "团": ("團", "tuán"), "队": ("隊", "duì"), "线": ("線", "xiàn"), "费": ("費", "fèi"),
    "额": ("額", "é"), "预": ("預", "yù"), "购": ("購", "gòu"), "签": ("簽", "qiān"), "约": ("約", "yuē"),
    "达": ("達", "dá"), "万": ("萬", "wàn"), "亿": ("億", "yì"), "与": ("與", "yǔ"), "个": ("個", "gè"),
    "对": ("對", "duì"), "将": ("將", "jiāng"), "从": ("從", "cóng"), "数": ("數", "shù"), "据": ("據", "jù"),
}
PLAIN_TRAD = {"阶": "階", "贯": "貫", "彻": "徹", "统": "統", "续": "續", "传": "傳", "县": "縣", "书": "書",
              "车": "車", "给": "給", "习": "習", "织": "織", "认": "認", "识": "識", "围": "圍", "绕": "繞",
              "险": "險", "扩": "擴", "园": "園", "优": "優", "岗": "崗", "热": "熱", "页": "頁", "类": "類",
              "价": "價", "办": "辦", "务": "務", "场": "場", "规": "規", "划": "劃", "维": "維", "设": "設"}

JP_FOREIGN = ["山田太郎", "佐藤花子", "鈴木一郎", "高橋健二", "田中美咲", "渡辺直人", "株式会社日立製作所",
              "東京都港区", "大阪商工会議所", "横浜市経済局", "名古屋国際センター", "小林雅人"]
KR_FOREIGN = ["김민준", "이서연", "박지훈", "최유나", "정하늘", "삼성전자", "현대자동차", "서울특별시", "부산광역시",
              "한국무역협회", "강지우", "윤서준"]
TW_FOREIGN = ["臺灣積體電路製造", "鴻海精密工業", "新北市政府", "陳建國", "林淑芬", "國立臺灣大學", "臺中市",
              "高雄港務局", "張志豪", "黃美玲", "宏碁電腦", "彰化縣"]


# ----------------------------------------------------------------------------------------------
# pieces, fields and rendering
# ----------------------------------------------------------------------------------------------
class Field:
    """A typed slot of a document: parts = [(core, tail), ...]; value = ''.join(core + tail)."""

    def __init__(self, ftype, parts, key, label, extra=None):
        self.ftype, self.parts, self.key, self.label, self.extra = ftype, parts, key, label, extra

    @property
    def value(self):
        return "".join(c + t for c, t in self.parts)


class Doc:
    def __init__(self):
        self.pieces = []

    def t(self, *ss):
        for s in ss:
            if s:
                self.pieces.append(s)

    def f(self, field):
        self.pieces.append(field)
        return field

    def nl(self):
        self.pieces.append("\n")

    def fields(self):
        seen, out = set(), []
        for p in self.pieces:
            if isinstance(p, Field) and id(p) not in seen:
                seen.add(id(p))
                out.append(p)
        return out

    def insert_lines(self, r, lines):
        """insert literal lines at a random line boundary after the first line."""
        nls = [i for i, p in enumerate(self.pieces) if p == "\n"]
        if not nls or not lines:
            return
        i = r.choice(nls)
        add = []
        for ln in lines:
            add += [ln, "\n"]
        self.pieces[i + 1:i + 1] = add


def render(pieces, fn):
    """fn(index, piece) -> (text, [(a, b), ...] local spans). Returns text and merged absolute spans."""
    out, spans, pos = [], [], 0
    for i, p in enumerate(pieces):
        s, loc = fn(i, p)
        for a, b in loc:
            spans.append([pos + a, pos + b])
        out.append(s)
        pos += len(s)
    spans.sort()
    merged = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return "".join(out), merged


def plain(i, p):
    return (p.value if isinstance(p, Field) else p), []


# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
def gen_name(r, rare=False):
    s = r.choice(SURNAMES)
    if rare:
        g = r.choice(RARE_GIVEN) if r.random() < 0.5 else r.choice(GIVEN) + r.choice(RARE_GIVEN)
    else:
        g = "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2, 2])))
    return s + g, s


def F_person(r, o, key="name", label="姓名"):
    n, s = gen_name(r, o.get("rare") and r.random() < 0.7)
    return Field("person", [(n, "")], key, label, extra=s)


def F_company(r, key="company", label="单位名称"):
    return Field("org", [(r.choice(CITIES) + "市" + r.choice(CO_PREFIX), r.choice(INDUSTRY) + r.choice(CO_SUFFIX))],
                 key, label)


def F_gov(r, city=None, key="agency", label="单位名称"):
    c = city or r.choice(CITIES)
    if r.random() < 0.5:
        return Field("org", [(c, "市"), ("", r.choice(GOV_UNITS))], key, label)
    return Field("org", [(c, "市"), (r.choice(DISTRICTS), "区"), (r.choice(STREETS), "街道办事处")], key, label)


def F_dept(r, key="department", label="部门"):
    return Field("dept", [DEPTS[r.randrange(len(DEPTS))]], key, label)


def F_post(r):
    return Field("text", [(r.choice(POSTS), "")], "position", "岗位")


def F_school(r, city):
    a, b = r.choice(SCHOOL_KIND)
    return Field("org", [(city, "市"), (a, b)], "school", "学校名称")


def F_hospital(r, city):
    return Field("org", [(city, "市"), r.choice([("第一人民", "医院"), ("中心", "医院"), ("中", "医院"), ("第二人民", "医院"), ("妇幼保健", "院")])],
                 "hospital", "医院名称")


def F_address(r, city):
    return Field("place", [(city, "市"), (r.choice(DISTRICTS), "区"), (r.choice(ROADS), "路"),
                           (str(r.randint(1, 399)), "号")], "address", "地址")


def F_room(r):
    return Field("place", [(r.choice(["一", "二", "三", "四", "五"]), "楼"), (str(r.randint(1, 9)) + "0" + str(r.randint(1, 9)),
                                                                    "会议室")], "room", "会议地点")


DOC = {"fmt": "cn"}


def F_date(r, y0=2021, y1=2024, key="date", label="日期", fmt=None, after=None):
    """a date; after=(field, lo_days, hi_days) puts it that many days after another date field."""
    if after:
        y0_, m0, d0 = after[0].extra[:3]
        dt = datetime.date(y0_, m0, d0) + datetime.timedelta(days=r.randint(after[1], after[2]))
        y, m, d = dt.year, dt.month, dt.day
    else:
        y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    fmt = fmt or DOC["fmt"]
    v = {"cn": f"{y}年{m}月{d}日", "dash": f"{y}-{m:02d}-{d:02d}", "dot": f"{y}.{m:02d}.{d:02d}"}[fmt]
    return Field("date", [(v, "")], key, label, extra=(y, m, d, fmt))


def build(frame, r, d, o):
    DOC["fmt"] = r.choice(["cn", "cn", "cn", "dash", "dot"])
    FRAMES[frame](r, d, o)


def F_num(r, lo, hi, key="number", label="数量"):
    return Field("num", [(str(r.randint(lo, hi)), "")], key, label)


def F_money(r, lo, hi, dec=2, key="amount", label="金额", comma=False):
    v = r.uniform(lo, hi)
    s = f"{v:,.{dec}f}" if comma else f"{v:.{dec}f}"
    return Field("money", [(s, "")], key, label)


def F_pct(r, lo=60, hi=99.9, key="rate", label="完成率"):
    return Field("pct", [(f"{r.uniform(lo, hi):.{r.choice([1, 2])}f}", "")], key, label)


def F_phone(r, key="phone", label="联系电话"):
    if r.random() < 0.2:
        v = f"0{r.randint(750, 799)}-{r.randint(2000000, 8999999)}"
    else:
        v = r.choice(["138", "139", "135", "136", "150", "151", "158", "186", "187", "177", "133", "189"]) + \
            f"{r.randint(0, 99999999):08d}"
    return Field("phone", [(v, "")], key, label)


def gen_id_number(r):
    area = r.choice(["440703", "441802", "430202", "510703", "360702", "331002", "450203", "420502", "320902"])
    body = area + f"{r.randint(1965, 2003)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def F_id(r):
    return Field("id", [(gen_id_number(r), "")], "id_number", "身份证号码")


def F_code(r, city):
    pre = r.choice(["CG", "ZB", "GK", "XJ", "CS"])
    return Field("code", [(f"{city[:1]}{r.choice('SZGJQH')}{pre}{r.randint(2021, 2024)}-{r.randint(1, 499):04d}", "")],
                 "project_code", "项目编号")


def F_project(r):
    return Field("project", [(r.choice(PROJECTS), "项目")], "project_name", "项目名称")


def F_text(r, pool, key, label):
    return Field("text", [(r.choice(pool), "")], key, label)


def cnum(n):
    d = "〇一二三四五六七八九"
    return "".join(d[int(c)] for c in str(n))


# ----------------------------------------------------------------------------------------------
# document frames (each <= 10 lines; look-alike lines may be inserted)
# ----------------------------------------------------------------------------------------------
def fr_hr_entry(r, d, o):
    p = F_person(r, o)
    d.f(F_company(r)); d.t("员工入职登记表"); d.nl()
    d.t("姓名："); d.f(p); d.t("　性别：" + r.choice("男女") + "　出生日期：")
    d.f(F_date(r, 1970, 2002, key="birth_date", label="出生日期")); d.nl()
    d.t("身份证号码："); d.f(F_id(r)); d.t("　联系电话："); d.f(F_phone(r)); d.nl()
    d.t("入职部门："); d.f(F_dept(r)); d.t("　岗位："); d.f(F_post(r)); d.t("　入职日期："); ent = d.f(F_date(r, key="entry_date", label="入职日期")); d.nl()
    d.t("最高学历：" + r.choice(["本科", "大专", "硕士研究生", "中专"]) + "　毕业院校：")
    d.f(Field("org", [(r.choice(UNIVS), "")], "school", "毕业院校")); d.nl()
    d.t("紧急联系人："); d.f(F_person(r, o, "emergency_contact", "紧急联系人"))
    d.t("（" + r.choice(["配偶", "父亲", "母亲", "兄长", "姐姐"]) + "）　电话："); d.f(F_phone(r, "emergency_phone", "紧急联系电话")); d.nl()
    d.t("本人承诺以上所填信息真实、准确，如有不实，愿承担相应责任。"); d.nl()
    d.t("填表人签字："); d.f(p); d.t("　填表日期："); d.f(F_date(r, key="sign_date", label="填表日期", after=(ent, -3, 0)))


def fr_labor_contract(r, d, o):
    city = r.choice(CITIES)
    emp = F_person(r, o, "employee_name", "乙方姓名")
    co = F_company(r, "employer", "甲方名称")
    d.t(r.choice(["劳动合同书", "劳动合同（固定期限）", "全日制劳动合同"])); d.nl()
    d.t("甲方（用人单位）："); d.f(co); d.t("　法定代表人："); d.f(F_person(r, o, "legal_rep", "法定代表人")); d.nl()
    d.t("乙方（劳动者）："); d.f(emp); d.t("　身份证号码："); d.f(F_id(r)); d.nl()
    st = F_date(r, 2022, 2024, "start_date", "起始日期")
    d.t("第一条　本合同期限自"); d.f(st); d.t("起至")
    d.f(F_date(r, key="end_date", label="终止日期", after=(st, 365 * 3 - 1, 365 * 3 - 1))); d.t("止，其中试用期"); d.f(F_num(r, 1, 6, "probation", "试用期")); d.t("个月。"); d.nl()
    d.t("第二条　乙方同意在甲方"); d.f(F_dept(r)); d.t("从事"); d.f(F_post(r)); d.t("工作，工作地点为"); d.f(F_address(r, city)); d.t("。"); d.nl()
    d.t("第三条　乙方月工资为"); d.f(F_money(r, 3500, 15000, 0, "salary", "月工资")); d.t("元，甲方于每月")
    d.f(F_num(r, 5, 15, "pay_day", "发薪日")); d.t("日前以货币形式足额支付。"); d.nl()
    d.t("第四条　甲方依法为乙方缴纳养老、医疗、失业、工伤、生育保险及住房公积金。"); d.nl()
    d.t("甲方（盖章）："); d.f(co); d.t("　乙方（签字）："); d.f(emp); d.nl()
    d.t("签订日期："); d.f(F_date(r, key="sign_date", label="签订日期", after=(st, -10, -1)))


def fr_payslip(r, d, o):
    y, m = r.randint(2021, 2024), r.randint(1, 12)
    d.f(F_company(r)); d.t(f"{y}年{m}月工资条"); d.nl()
    d.t("员工姓名："); d.f(F_person(r, o)); d.t("　工号："); d.f(F_num(r, 10001, 39999, "staff_no", "工号")); d.t("　部门："); d.f(F_dept(r)); d.nl()
    d.t("基本工资："); d.f(F_money(r, 2800, 9000, key="base_pay", label="基本工资")); d.t("元　绩效工资：")
    d.f(F_money(r, 300, 5000, key="bonus", label="绩效工资")); d.t("元　加班费："); d.f(F_money(r, 0, 1200, key="overtime", label="加班费")); d.t("元"); d.nl()
    d.t("社保个人部分："); d.f(F_money(r, 300, 900, key="social_ins", label="社保个人部分")); d.t("元　住房公积金：")
    d.f(F_money(r, 200, 1500, key="housing_fund", label="住房公积金")); d.t("元　个人所得税："); d.f(F_money(r, 0, 800, key="tax", label="个人所得税")); d.t("元"); d.nl()
    d.t("实发工资："); d.f(F_money(r, 3000, 12000, key="net_pay", label="实发工资")); d.t("元"); d.nl()
    d.t("工资条涉及个人薪酬信息，请妥善保管，切勿外传。如有疑问，请于"); d.f(F_date(r, y, y, "query_deadline", "截止日期")); d.t("前联系")
    d.f(F_dept(r)); d.f(F_person(r, o, "hr_contact", "联系人")); d.t("。")


def fr_attendance(r, d, o):
    y, m = r.randint(2021, 2024), r.randint(1, 12)
    d.f(F_dept(r)); d.t(f"{y}年{m}月考勤汇总表"); d.nl()
    d.t("姓名,应出勤天数,实际出勤天数,迟到次数,请假天数,加班小时,备注"); d.nl()
    for _ in range(r.randint(3, 6)):
        due = r.choice([21, 22, 23])
        leave = r.choice([0, 0, 0, 1, 2, 3])
        d.f(F_person(r, o)); d.t(",")
        d.f(Field("num", [(str(due), "")], "due_days", "应出勤天数")); d.t(",")
        d.f(Field("num", [(str(due - leave), "")], "actual_days", "实际出勤天数")); d.t(f",{r.choice([0, 0, 0, 1, 2])},{leave},")
        d.f(F_num(r, 0, 24, "overtime_hours", "加班小时")); d.t(",")
        note = "" if leave == 0 else r.choice(["事假", "病假", "年休假", "调休"])
        if note:
            d.f(Field("text", [(note, "")], "remark", "备注"))
        d.nl()
    d.t("制表人："); d.f(F_person(r, o, "maker", "制表人")); d.t("　审核人："); d.f(F_person(r, o, "checker", "审核人"))


def fr_procurement(r, d, o):
    city = r.choice(CITIES)
    proj = F_project(r)
    buyer = F_gov(r, city, "purchaser", "采购人")
    d.f(buyer); d.f(proj); d.t("公开招标公告"); d.nl()
    d.t("项目编号："); d.f(F_code(r, city)); d.nl()
    d.t("项目名称："); d.f(proj); d.nl()
    d.t("预算金额："); d.f(F_money(r, 20, 900, 2, "budget", "预算金额")); d.t("万元（人民币）　最高限价："); d.f(F_money(r, 20, 900, 2, "max_price", "最高限价")); d.t("万元"); d.nl()
    d.t("合格供应商须具备独立承担民事责任的能力，近三年内在经营活动中没有重大违法记录，本项目不接受联合体投标。"); d.nl()
    ds = F_date(r, 2023, 2024, "doc_start", "开始日期")
    de = F_date(r, key="doc_end", label="截止日期", after=(ds, 5, 7))
    d.t("获取招标文件时间："); d.f(ds); d.t("至"); d.f(de); d.t("，每天上午9:00至11:30，下午14:30至17:00。"); d.nl()
    d.t("投标截止及开标时间："); d.f(F_date(r, key="open_date", label="开标日期", after=(ds, 20, 30))); d.t(" 9:30"); d.nl()
    d.t("采购人："); d.f(buyer); d.t("　联系人："); d.f(F_person(r, o, "contact", "联系人")); d.t("　电话："); d.f(F_phone(r)); d.nl()
    d.t("采购代理机构："); d.f(Field("org", [(city + "市" + r.choice(CO_PREFIX), "招标代理有限公司")], "agent", "代理机构名称")); d.t("　地址："); d.f(F_address(r, city))


def fr_tender_result(r, d, o):
    city = r.choice(CITIES)
    proj = F_project(r)
    d.f(proj); d.t("中标（成交）结果公告"); d.nl()
    d.t("一、项目编号："); d.f(F_code(r, city)); d.nl()
    d.t("二、项目名称："); d.f(proj); d.nl()
    d.t("三、中标信息：中标供应商名称："); d.f(F_company(r, "winner", "中标供应商")); d.t("；供应商地址："); d.f(F_address(r, city))
    d.t("；中标金额："); d.f(F_money(r, 100000, 9000000, 2, "award_amount", "中标金额", comma=True)); d.t("元。"); d.nl()
    d.t("四、评审专家名单："); d.f(F_person(r, o, "expert1", "评审专家")); d.t("、"); d.f(F_person(r, o, "expert2", "评审专家")); d.t("、")
    d.f(F_person(r, o, "expert3", "评审专家")); d.t("（组长）"); d.nl()
    d.t("五、公告期限：自本公告发布之日起"); d.f(F_num(r, 1, 7, "notice_days", "公告天数")); d.t("个工作日。"); d.nl()
    d.t("六、凡对本次公告内容提出询问的，请按以下方式联系：采购人："); d.f(F_gov(r, city, "purchaser", "采购人")); d.t("，联系人：")
    d.f(F_person(r, o, "contact", "联系人")); d.t("，电话："); d.f(F_phone(r)); d.t("。"); d.nl()
    d.t("发布日期："); d.f(F_date(r, 2023, 2024, "publish_date", "发布日期"))


def fr_medical(r, d, o):
    city = r.choice(CITIES)
    pat = F_person(r, o, "patient_name", "患者姓名")
    comp = F_text(r, COMPLAINTS, "complaint", "主诉")
    d.f(F_hospital(r, city)); d.t("住院病历"); d.nl()
    d.t("姓名："); d.f(pat); d.t("　性别：" + r.choice("男女") + "　年龄："); d.f(F_num(r, 18, 88, "age", "年龄")); d.t("岁　科室：")
    d.t(r.choice(["呼吸内科", "消化内科", "心内科", "普外科", "骨科", "内分泌科"]) + "　床号："); d.f(F_num(r, 1, 60, "bed_no", "床号")); d.t("　住院号：")
    d.f(F_num(r, 200000, 899999, "admission_no", "住院号")); d.nl()
    adm = F_date(r, 2022, 2024, "admit_date", "入院日期")
    d.t("入院日期："); d.f(adm); d.nl()
    d.t("主诉："); d.f(comp); d.f(F_num(r, 2, 20, "days", "天数")); d.t("天。"); d.nl()
    d.t("现病史：患者"); d.f(pat); d.t("于"); d.f(F_num(r, 2, 20, "onset_days", "天数")); d.t("天前无明显诱因出现"); d.f(comp)
    d.t("，自服药物后症状无明显缓解，遂来我院就诊，门诊拟“"); d.f(F_text(r, DIAGNOSES, "diagnosis", "诊断")); d.t("”收入院。"); d.nl()
    d.t("体格检查：T " + f"{r.uniform(36.2, 39.4):.1f}" + "℃，P " + str(r.randint(62, 118)) + "次/分，BP " +
        f"{r.randint(100, 160)}/{r.randint(60, 100)}" + "mmHg，神志清楚，精神可。"); d.nl()
    d.t("记录医师："); d.f(F_person(r, o, "doctor", "记录医师")); d.t("　记录时间："); d.f(F_date(r, key="record_date", label="记录日期", after=(adm, 0, 1)))


def fr_discharge(r, d, o):
    city = r.choice(CITIES)
    pat = F_person(r, o, "patient_name", "患者姓名")
    d.f(F_hospital(r, city)); d.t("出院记录"); d.nl()
    d.t("患者"); d.f(pat); d.t("，" + r.choice("男女") + "，"); d.f(F_num(r, 18, 90, "age", "年龄")); d.t("岁，因“")
    adm = F_date(r, 2022, 2024, "admit_date", "入院日期")
    stay = r.randint(3, 21)
    dis = F_date(r, key="discharge_date", label="出院日期", after=(adm, stay, stay))
    d.f(F_text(r, COMPLAINTS, "complaint", "主诉")); d.t("”于"); d.f(adm)
    d.t("入院，于"); d.f(dis); d.t("出院，共住院"); d.f(Field("num", [(str(stay), "")], "stay_days", "住院天数")); d.t("天。"); d.nl()
    d.t("入院诊断："); d.f(F_text(r, DIAGNOSES, "admit_diagnosis", "入院诊断")); d.nl()
    d.t("诊疗经过：入院后完善血常规、肝肾功能、电解质等检查，予"); d.f(F_text(r, TREATMENTS, "treatment", "治疗方案")); d.t("等治疗，症状明显好转。"); d.nl()
    d.t("出院诊断："); d.f(F_text(r, DIAGNOSES, "discharge_diagnosis", "出院诊断")); d.nl()
    d.t("出院医嘱：1.注意休息，清淡饮食；2.按时服药；3."); d.f(F_date(r, key="review_date", label="复查日期", after=(dis, 7, 30))); d.t("来院复查，不适随诊。"); d.nl()
    d.t("主治医师："); d.f(F_person(r, o, "attending", "主治医师")); d.t("　住院医师："); d.f(F_person(r, o, "resident", "住院医师"))


def fr_school(r, d, o):
    city = r.choice(CITIES)
    sch = F_school(r, city)
    topic, act = r.choice(SCHOOL_TOPICS)
    grade = r.choice(["一", "二", "三", "四", "五", "六", "七", "八"])
    d.f(sch); d.t("关于" + topic + "的通知"); d.nl()
    d.t("尊敬的" + grade + "年级家长："); d.nl()
    d.t("根据"); d.f(F_gov(r, city, "bureau", "上级部门")); d.t("工作安排，我校定于"); d.f(F_date(r, 2023, 2024, "event_date", "活动日期"))
    d.t("组织开展" + act + "，请家长提前做好相关准备，并提醒孩子注意安全。"); d.nl()
    d.t("如有疑问，请联系班主任"); d.f(F_person(r, o, "teacher", "班主任")); d.t("老师，电话："); d.f(F_phone(r)); d.t("。"); d.nl()
    d.t("----------------回执----------------"); d.nl()
    d.t("学生姓名："); d.f(F_person(r, o, "student_name", "学生姓名")); d.t("　班级：" + grade + "（")
    d.f(F_num(r, 1, 12, "class_no", "班级")); d.t("）班　家长签字："); d.f(F_person(r, o, "parent_name", "家长姓名")); d.nl()
    d.t("联系电话："); d.f(F_phone(r, "parent_phone", "家长电话")); d.nl()
    d.f(sch); d.t("　"); d.f(F_date(r, 2023, 2024, "issue_date", "落款日期", fmt="cn"))


def fr_minutes(r, d, o):
    city = r.choice(CITIES)
    topic = r.choice(MEET_TOPICS)
    host = F_person(r, o, "host", "主持人")
    d.f(F_gov(r, city, "unit", "单位")); d.t(topic + "会议纪要"); d.nl()
    d.t("时间："); d.f(F_date(r, 2022, 2024, "meeting_date", "会议日期")); d.t(f" {r.randint(8, 16)}:{r.choice(['00', '30'])}　地点：")
    d.f(F_room(r)); d.nl()
    d.t("主持人："); d.f(host); d.t("　记录人："); d.f(F_person(r, o, "recorder", "记录人")); d.nl()
    ps = [F_person(r, o, f"attendee{i}", "参会人员") for i in range(r.randint(3, 5))]
    d.t("参会人员：")
    for i, p in enumerate(ps):
        if i:
            d.t("、")
        d.f(p)
    d.nl()
    if o.get("foreign"):
        d.t("外方嘉宾："); d.f(Field("foreign", [(r.choice(o["foreign"]), "")], "guest", "外方嘉宾")); d.t("、")
        d.f(Field("foreign", [(r.choice(o["foreign"]), "")], "guest2", "外方嘉宾")); d.nl()
    d.t("一、"); d.f(ps[0]); d.t("通报了近期" + topic[:-2] + "进展情况，截至目前已完成年度任务的"); d.f(F_pct(r)); d.t("%。"); d.nl()
    d.t("二、会议研究决定：由"); d.f(F_dept(r)); d.t("牵头，于"); d.f(F_date(r, 2022, 2024, "deadline", "完成时限")); d.t("前拿出具体工作方案，报分管领导审定。"); d.nl()
    d.t("三、"); d.f(host); d.t("强调，各责任单位要压实责任、加强协调，确保各项任务按时完成。")


def fr_signin(r, d, o):
    topic = r.choice(MEET_TOPICS + [e for e in EVENTS])
    d.t(topic + "签到表"); d.nl()
    d.t("日期："); d.f(F_date(r, 2022, 2024)); d.t("　地点："); d.f(F_room(r)); d.nl()
    d.t("序号,姓名,单位,职务,联系电话,签到时间"); d.nl()
    for i in range(1, r.randint(4, 7)):
        d.t(f"{i},")
        if o.get("foreign") and r.random() < 0.6:
            d.f(Field("foreign", [(r.choice(o["foreign"]), "")], "name", "姓名"))
        else:
            d.f(F_person(r, o))
        d.t(","); d.f(F_company(r) if r.random() < 0.5 else F_gov(r)); d.t(","); d.f(F_post(r)); d.t(","); d.f(F_phone(r))
        d.t(f",{r.randint(8, 9)}:{r.randint(0, 59):02d}"); d.nl()
    d.t("备注：请参会人员本人签到，不得代签。")


def fr_press(r, d, o):
    city = r.choice(CITIES)
    co = F_company(r, "company", "公司名称")
    ev = r.choice(EVENTS)
    boss = F_person(r, o, "speaker", "发言人")
    d.f(co); d.t("成功举办" + ev); d.nl()
    d.t("【" + r.choice(MEDIA) + "讯】"); d.f(F_date(r, 2022, 2024, "event_date", "活动日期")); d.t("，"); d.f(co); d.t("在")
    d.f(F_address(r, city)); d.t("举办" + ev + "。公司"); d.f(F_text(r, LEADERS, "speaker_title", "职务")); d.f(boss); d.t("出席并致辞。"); d.nl()
    if o.get("foreign"):
        d.t("合作方代表"); d.f(Field("foreign", [(r.choice(o["foreign"]), "")], "partner", "合作方")); d.t("与")
        d.f(Field("foreign", [(r.choice(o["foreign"]), "")], "partner2", "合作方")); d.t("一同出席签约环节。"); d.nl()
    d.f(boss); d.t("表示，公司将持续加大研发投入，与上下游伙伴携手拓展市场。"); d.nl()
    d.t("据悉，本次活动共吸引"); d.f(F_num(r, 30, 400, "company_count", "企业数")); d.t("余家企业参加，现场签约项目")
    d.f(F_num(r, 3, 40, "contract_count", "签约项目数")); d.t("个，签约金额"); d.f(F_money(r, 1, 90, 1, "contract_amount", "签约金额")); d.t("亿元。"); d.nl()
    d.t("关于"); d.f(co); d.t("：公司成立于"); d.f(F_num(r, 1995, 2019, "founded_year", "成立年份")); d.t("年，专注于行业解决方案，现有员工")
    d.f(F_num(r, 80, 5000, "staff_count", "员工人数")); d.t("余人。"); d.nl()
    d.t("媒体联系人："); d.f(F_person(r, o, "media_contact", "媒体联系人")); d.t("　电话："); d.f(F_phone(r))


def fr_summary(r, d, o):
    city = r.choice(CITIES)
    y = r.randint(2021, 2023)
    d.f(F_gov(r, city, "unit", "单位")); d.t(f"{y}年工作总结"); d.nl()
    d.t("一、主要工作完成情况"); d.nl()
    d.t("（一）乡村振兴稳步推进。全年共走访脱贫户"); d.f(F_num(r, 50, 900, "household_count", "户数")); d.t("户，落实帮扶资金")
    d.f(F_money(r, 10, 500, 2, "fund", "资金")); d.t("万元，完成年度目标的"); d.f(F_pct(r)); d.t("%。"); d.nl()
    d.t("（二）民生保障持续加强。新增城镇就业"); d.f(F_num(r, 200, 3000, "jobs", "就业人数")); d.t("人，发放各类补贴")
    d.f(F_money(r, 50, 900, 2, "subsidy", "补贴金额")); d.t("万元；"); d.f(F_date(r, y, y, "event_date", "日期", fmt="cn"))
    d.t("，联合"); d.f(F_company(r)); d.t("举办专场招聘会，提供岗位"); d.f(F_num(r, 100, 2000, "posts", "岗位数")); d.t("个。"); d.nl()
    d.t("帮扶干部"); d.f(F_person(r, o, "cadre", "帮扶干部")); d.t("结对联系困难户"); d.f(F_person(r, o, "household_head", "户主姓名"))
    d.t("等，协调解决就医、就学难题"); d.f(F_num(r, 3, 40, "problems", "问题数")); d.t("件。"); d.nl()
    d.t("（三）基层治理不断深化。在"); d.f(Field("place", [(r.choice(STREETS), "社区")], "community", "社区名称"))
    d.t("试点“网格+”治理模式，化解矛盾纠纷"); d.f(F_num(r, 20, 300, "disputes", "纠纷数")); d.t("起，调解成功率"); d.f(F_pct(r, 85, 99.9)); d.t("%。"); d.nl()
    d.t("二、存在的问题"); d.nl()
    d.t("产业基础仍较薄弱，部分项目推进较慢，基层干部队伍力量有待加强。"); d.nl()
    d.t("三、下一步工作计划"); d.nl()
    d.t("围绕"); d.f(F_num(r, y + 1, y + 1, "next_year", "年份")); d.t("年目标任务，聚焦重点领域，推动各项工作再上新台阶。")


FRAMES = {
    "hr_entry": fr_hr_entry, "labor_contract": fr_labor_contract, "payslip": fr_payslip, "attendance": fr_attendance,
    "procurement": fr_procurement, "tender_result": fr_tender_result, "medical_record": fr_medical,
    "discharge": fr_discharge, "school_notice": fr_school, "minutes": fr_minutes, "signin": fr_signin,
    "press_release": fr_press, "work_summary": fr_summary,
}


# ----------------------------------------------------------------------------------------------
# placeholder kinds: kind(field, r, conv) -> (text, [local spans]) or None when not applicable
# ----------------------------------------------------------------------------------------------
NUMERIC = ("num", "money", "pct", "phone", "id", "code", "date")
NAMED = ("org", "place", "dept", "project")


def cover(s, chars, date=False):
    """minimal stretch covering all mark characters; a date placeholder also takes its closing 日."""
    idx = [i for i, c in enumerate(s) if c in chars]
    if not idx:
        return []
    end = len(s) if date and s.endswith("日") else idx[-1] + 1
    return [(idx[0], end)]


def digits_to(f, r, X):
    """replace the digits of a numeric field by the mark X (dates may keep their year)."""
    v = f.value
    if f.ftype == "date":
        y, m, d, fmt = f.extra
        mm, dd = X * r.choice([1, 2]), X * r.choice([1, 2])
        if fmt == "cn":
            yy = r.choice([str(y), str(y), X * 4, "20" + X * 2])
            s = r.choice([f"{yy}年{mm}月{dd}日", f"{yy}年{mm}月{dd}日", f"{mm}月{dd}日"]) if yy == str(y) else f"{yy}年{mm}月{dd}日"
            return s
        sep = "-" if fmt == "dash" else "."
        return r.choice([f"{y}{sep}{X * 2}{sep}{X * 2}", f"{X * 4}{sep}{X * 2}{sep}{X * 2}"])
    if f.ftype == "code":
        return re.sub(r"\d+$", lambda m: X * len(m.group()), v)
    if f.ftype in ("num", "pct") and r.random() < 0.6:
        if "." in v:
            a, b = v.split(".")
            return X * min(len(a), 2) + "." + X * len(b)
        return X * r.choice([2, 2, 3]) if len(v) > 1 else X
    if f.ftype == "money" and r.random() < 0.5:
        return X * 2 + "." + X * 2 if "." in v else X * r.choice([2, 3, 4])
    return re.sub(r"\d", X, v)


def k_xx_digits(f, r, c):
    if f.ftype not in NUMERIC:
        return None
    s = digits_to(f, r, c["x"])
    return s, cover(s, c["x"], f.ftype == "date")


def named_mark(f, r, mark, person_mark):
    if f.ftype == "person":
        return person_mark, [(0, len(person_mark))]
    if f.ftype in NAMED:
        s = "".join((mark if core else "") + tail for core, tail in f.parts)
        return s, cover(s, set(mark))
    return None


def k_XX_names(f, r, c):
    return named_mark(f, r, c["X"], "xxx" if c["X"] == "xx" else "XXX")


def k_cross(f, r, c):
    if f.ftype in NUMERIC:
        s = digits_to(f, r, "×")
        return s, cover(s, "×", f.ftype == "date")
    if f.ftype == "text":
        s = "×" * r.choice([2, 3, 4])
        return s, [(0, len(s))]
    return named_mark(f, r, "××", r.choice(["××", "×××"]))


def k_fullwidth(f, r, c):
    if f.ftype in NUMERIC:
        s = digits_to(f, r, "Ｘ")
        return s, cover(s, "Ｘ", f.ftype == "date")
    return named_mark(f, r, "ＸＸ", r.choice(["ＸＸ", "ＸＸＸ"]))


def k_moumou(f, r, c):
    if f.ftype in NAMED and f.ftype != "project":
        return named_mark(f, r, "某某", "某某")
    if f.ftype == "person":
        return "某某", [(0, 2)]
    return None


def k_surname_mou(f, r, c):
    if f.ftype != "person":
        return None
    s = f.extra + c["mou"]
    return s, [(0, len(s))]


def whole(tok):
    return tok, [(0, len(tok))]


def k_daitian(f, r, c):
    return whole(r.choice(["【待填】", "【待填】", "【待补充】", "【请填写】", "【待定】", f"【填写{f.label}】"]))


def k_paren_fill(f, r, c):
    return whole(r.choice(["（填写）", "（请填写）", f"（填写{f.label}）", f"（请填写{f.label}）", "（待填写）"]))


def k_underscores(f, r, c):
    u = c["us"]
    if f.ftype == "date" and r.random() < 0.7:
        s = u * 4 + "年" + u * 2 + "月" + u * 2 + "日"
        return s, [(0, len(s))]
    if f.ftype in NAMED and f.parts[-1][1] and r.random() < 0.4:
        s = u * r.randint(4, 8) + f.parts[-1][1]
        return s, cover(s, u)
    return whole(u * r.randint(3, 10))


def k_mustache(f, r, c):
    return whole(c["mfmt"].format(f.key))


def k_dollar(f, r, c):
    return whole(("$" + f.key.upper() + "$") if c["dfmt"] == 0 else ("${" + f.key + "}"))


def k_square(f, r, c):
    a, b = c["sq"]
    return whole(a + f.label + b)


def k_circle(f, r, c):
    o = c["o"]
    if f.ftype == "date":
        y, m, d, fmt = f.extra
        s = r.choice([o * 4 + "年" + o * 2 + "月" + o * 2 + "日", f"{y}年{o * 2}月{o * 2}日"])
        return s, cover(s, o, True)
    if f.ftype in NUMERIC:
        s = o * r.choice([2, 3])
        return whole(s)
    return named_mark(f, r, o * 2, o * r.choice([2, 3]))


def k_mask(f, r, c):
    if f.ftype != "person":
        return None
    return whole(c["mask"])


KINDS = {
    "xx_digits": k_xx_digits, "xx_names": k_XX_names, "cross_marks": k_cross, "fullwidth_x": k_fullwidth,
    "moumou": k_moumou, "surname_mou": k_surname_mou, "daitian": k_daitian, "paren_fill": k_paren_fill,
    "underscores": k_underscores, "mustache": k_mustache, "dollar_var": k_dollar, "square_field": k_square,
    "circle_zeros": k_circle, "mask_convention": k_mask,
}
KIND_DESC = {
    "xx_digits": "x/X runs standing for digits and dates", "xx_names": "XX/xx standing for names of places, units, people",
    "cross_marks": "×× marks for names and numbers", "fullwidth_x": "fullwidth ＸＸ marks",
    "moumou": "某某 for a person or unit name", "surname_mou": "surname+某 pseudonym where a real name belongs",
    "daitian": "【待填】-style bracket markers", "paren_fill": "（填写）-style instructions left in",
    "underscores": "____ / ＿＿ blanks never filled", "mustache": "{{var}} template variables",
    "dollar_var": "$VAR$ / ${var} template variables", "square_field": "[姓名]/【单位名称】 field labels",
    "circle_zeros": "〇〇/○○ marks", "mask_convention": "one mask token used for every person in the document",
    "mixed_template": "several template conventions left in one document",
}


def make_conv(r):
    return {"x": r.choice(["x", "x", "x", "X"]), "X": r.choice(["XX", "XX", "xx", "XXX"]), "us": r.choice(["_", "_", "＿"]),
            "mfmt": r.choice(["{{{{{}}}}}", "{{{{ {} }}}}"]), "dfmt": r.randrange(2),
            "sq": r.choice([("[", "]"), ("【", "】"), ("［", "］"), ("<", ">")]), "o": r.choice(["〇", "○"]),
            "mask": r.choice(["XXX", "×××", "○○○", "某某某", "ＸＸＸ"]), "mou": r.choice(["某", "某", "某某"])}


# ----------------------------------------------------------------------------------------------
# mojibake mechanisms: dmg(text, r) -> (damaged, [local spans]) or None when the text is unaffected
# ----------------------------------------------------------------------------------------------
CODEC_MECHS = {
    "utf8_as_gbk": ("utf-8", "gbk"), "utf8_as_cp1252": ("utf-8", "cp1252"), "utf8_as_latin1": ("utf-8", "latin-1"),
    "utf8_as_cp1251": ("utf-8", "cp1251"), "utf8_as_koi8r": ("utf-8", "koi8_r"), "utf8_as_mac_roman": ("utf-8", "mac_roman"),
    "utf8_as_big5": ("utf-8", "big5"), "utf8_as_shift_jis": ("utf-8", "shift_jis"), "utf8_as_euc_kr": ("utf-8", "euc_kr"),
    "gbk_as_cp1252": ("gbk", "cp1252"), "gbk_as_big5": ("gbk", "big5"), "gbk_as_utf8": ("gbk", "utf-8"),
    "sjis_as_gbk": ("shift_jis", "gbk"), "euckr_as_gbk": ("euc_kr", "gbk"), "big5_as_gbk": ("big5", "gbk"),
}
MECH_DESC = {
    "utf8_as_gbk": "UTF-8 bytes decoded as GBK", "utf8_as_cp1252": "UTF-8 CSV opened as cp1252 (Excel)",
    "utf8_as_latin1": "UTF-8 bytes decoded as Latin-1", "utf8_as_cp1251": "UTF-8 bytes decoded as cp1251",
    "utf8_as_koi8r": "UTF-8 bytes decoded as KOI8-R", "utf8_as_mac_roman": "UTF-8 bytes decoded as MacRoman",
    "utf8_as_big5": "UTF-8 bytes decoded as Big5", "utf8_as_shift_jis": "UTF-8 bytes decoded as Shift_JIS",
    "utf8_as_euc_kr": "UTF-8 bytes decoded as EUC-KR", "gbk_as_cp1252": "GBK bytes decoded as cp1252",
    "gbk_as_big5": "GBK bytes decoded as Big5", "gbk_as_utf8": "GBK bytes decoded as UTF-8 (U+FFFD runs)",
    "sjis_as_gbk": "Shift_JIS Japanese decoded as GBK", "euckr_as_gbk": "EUC-KR Korean decoded as GBK",
    "big5_as_gbk": "Big5 traditional Chinese decoded as GBK",
    "kunkinkao": "GBK->UTF-8 replacement chars re-saved and read as GBK (锟斤拷)",
    "gbk_byte_shift": "GBK stream decoded one byte out of step", "lost_qmarks": "characters outside GB2312 lost as ?",
    "double_utf8": "UTF-8 encoded twice via Latin-1, shown as cp1252", "percent_encoded": "percent-encoded UTF-8 left in text",
    "html_numeric": "HTML decimal entities left in text", "html_hex": "HTML hexadecimal entities left in text",
    "html_named": "HTML named entities left in text", "html_tags": "HTML tag remnants left in text",
    "json_u_escape": "JSON \\u escapes left in text", "pinyin_annot": "scraper's traditional + (pinyin) annotation",
    "quoted_printable": "quoted-printable UTF-8 left in a mail body",
}
WIDE_RE = re.compile(r"[\u2010-\u2bff\u2e80-\ud7ff\uf900-\ufffc]")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def trim_span(orig, new):
    """span of the changed stretch: strip the common prefix and suffix."""
    if orig == new:
        return None
    p = 0
    while p < min(len(orig), len(new)) and orig[p] == new[p]:
        p += 1
    q = 0
    while q < min(len(orig), len(new)) - p and orig[-1 - q] == new[-1 - q]:
        q += 1
    if p >= len(new) - q:
        return None
    return [(p, len(new) - q)]


def codec_dmg(a, b):
    def f(s, r):
        try:
            raw = s.encode(a)
        except UnicodeEncodeError:
            return None
        new = raw.decode(b, errors="replace")
        sp = trim_span(s, new)
        return (new, sp) if sp else None
    return f


def d_kunkinkao(s, r):
    if not CJK_RE.search(s):
        return None
    new = s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")
    sp = trim_span(s, new)
    return (new, sp) if sp and "锟" in new else None


def d_byte_shift(s, r):
    raw = s.encode("gbk")
    m = CJK_RE.search(s)
    if not m:
        return None
    start = len(s[:m.start()].encode("gbk"))
    if r.random() < 0.5:
        raw2 = raw[:start] + raw[start + 1:]
    else:
        raw2 = raw[:start] + bytes([r.choice([0xa1, 0xb0, 0xc4, 0xd5])]) + raw[start:]
    new = raw2.decode("gbk", errors="replace")
    sp = trim_span(s, new)
    return (new, sp) if sp else None


def d_lost(s, r):
    new = s.encode("gb2312", errors="replace").decode("gb2312")
    if new == s:
        return None
    return new, [(m.start(), m.end()) for m in re.finditer(r"\?+", new) if "?" not in s[m.start():m.end()]]


def d_double(s, r):
    new = s.encode("utf-8").decode("latin-1").encode("utf-8").decode("cp1252", errors="replace")
    sp = trim_span(s, new)
    return (new, sp) if sp else None


def d_percent(s, r):
    if not CJK_RE.search(s):
        return None
    new = urllib.parse.quote(s, safe="")
    sp = trim_span(s, new)
    return (new, sp) if sp else None


def d_entities(hexa):
    def f(s, r):
        if not CJK_RE.search(s):
            return None
        up = r.random() < 0.5
        if hexa:
            new = "".join((f"&#x{ord(ch):X};" if up else f"&#x{ord(ch):x};") if ord(ch) > 127 else ch for ch in s)
        else:
            new = "".join(f"&#{ord(ch)};" if ord(ch) > 127 else ch for ch in s)
        sp = trim_span(s, new)
        return (new, sp) if sp else None
    return f


NAMED_ENT = {" ": "&nbsp;", "　": "&nbsp;&nbsp;", "“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;",
             "…": "&hellip;"}


def d_named(s, r):
    out, spans, pos = [], [], 0
    for ch in s:
        rep = NAMED_ENT.get(ch)
        if rep and rep != ch and r.random() < 0.9:
            spans.append((pos, pos + len(rep)))
            out.append(rep)
            pos += len(rep)
        else:
            out.append(ch)
            pos += 1
    if not spans:
        if len(s) < 2:
            return None
        k = r.randrange(0, len(s))
        ent = r.choice(["&nbsp;", "&nbsp;&nbsp;", "&emsp;", "&ensp;&ensp;", "&nbsp;&nbsp;&nbsp;&nbsp;"])
        return s[:k] + ent + s[k:], [(k, k + len(ent))]
    return "".join(out), spans


TAGS = ["<br/>", "<br>", "</p><p>", "<strong>", "</strong>", "</span>", "<p style=\"text-indent:2em;\">", "&nbsp;</p>",
        "<span style=\"font-size:16px;\">", "</td><td>", "<br />", "/strong>", "</div>"]


def d_tags(s, r):
    if len(s) < 2:
        return None
    tag = r.choice(TAGS)
    ks = [k for k in range(len(s) + 1) if not (0 < k < len(s) and s[k - 1].isascii() and s[k].isascii())]
    k = r.choice([0, len(s), r.choice(ks)])
    return s[:k] + tag + s[k:], [(k, k + len(tag))]


def d_json(s, r):
    if not CJK_RE.search(s):
        return None
    new = json.dumps(s, ensure_ascii=True)[1:-1]
    sp = trim_span(s, new)
    return (new, sp) if sp else None


def d_pinyin(s, r):
    out, spans, pos = [], [], 0
    for ch in s:
        if ch in PINYIN_TRAD and r.random() < 0.85:
            t, py = PINYIN_TRAD[ch]
            rep = f"{t}({py})"
            spans.append((pos, pos + len(rep)))
        else:
            rep = PLAIN_TRAD.get(ch, PINYIN_TRAD.get(ch, (ch,))[0])
        out.append(rep)
        pos += len(rep)
    if not spans:
        return None
    return "".join(out), spans


def d_qp(s, r):
    if not CJK_RE.search(s):
        return None
    new = quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")
    if "\n" in new:
        return None
    sp = trim_span(s, new)
    return (new, sp) if sp else None


MECHS = {k: codec_dmg(*v) for k, v in CODEC_MECHS.items()}
MECHS.update({"kunkinkao": d_kunkinkao, "gbk_byte_shift": d_byte_shift, "lost_qmarks": d_lost, "double_utf8": d_double,
              "percent_encoded": d_percent, "html_numeric": d_entities(False), "html_hex": d_entities(True),
              "html_named": d_named, "html_tags": d_tags, "json_u_escape": d_json, "pinyin_annot": d_pinyin,
              "quoted_printable": d_qp})


# ----------------------------------------------------------------------------------------------
# ph look-alikes (negatives): gen(r) -> (lines, where) inserted into a filled frame, or whole text
# ----------------------------------------------------------------------------------------------
def pick(r, *opts):
    return r.choice(opts)


def la_uniform_sizes(r):
    return [pick(r, "校服尺码参考：S（身高130cm以下）、M（130—145cm）、L（145—160cm）、XL（160—170cm）、XXL（170cm以上），请在回执中注明。",
                 f"本次统一订购运动服，尺码分为M、L、XL、XXL、XXXL五档，单价{r.randint(85, 160)}元/套，家长自愿选购。",
                 "请家长量好孩子身高后选择校服尺码：身高150cm左右选L码，160cm左右选XL码，170cm以上选XXL码。")], "any"


def la_math_homework(r):
    a, b = r.randint(2, 9), r.randint(3, 30)
    return [pick(r, f"本周数学拓展作业：设x为小明每天阅读的页数，已知{a}x+{b}={a * 5 + b}，求x的值。",
                 f"周末练习：在一个3×4的方格纸中，共有多少个长方形？请用列表法求解，并检验{a}×{b}={a * b}。",
                 f"请完成练习册第{r.randint(20, 60)}页：解方程{a}x−{b}=x+{b * 2}，并说明x的取值是否为整数。")], "any"


def la_sports_relay(r):
    return [pick(r, "比赛项目设60米、100米、4×100米接力、跳绳和立定跳远，每名学生限报两项。",
                 f"男子4×400米接力决赛安排在第二天上午{r.randint(9, 10)}:00进行，请参赛学生提前检录。",
                 "团体项目为4×50米迎面接力和8字跳长绳，各班须在周三前上报名单。")], "any"


def la_xray(r):
    return [pick(r, "辅助检查：胸部X线片示右下肺斑片状阴影，边界模糊；心影不大。",
                 "辅助检查：腰椎X射线检查示L4/5椎间隙变窄，未见明显骨质破坏。",
                 f"入院后拟行X光及胸部CT检查，血常规示白细胞{r.uniform(9.5, 15.8):.1f}×10^9/L。")], "any"


def la_roman_medical(r):
    return [pick(r, f"既往“高血压Ⅲ级（很高危）”病史{r.randint(2, 15)}年，心功能NYHA分级Ⅱ级。",
                 "住院期间心电图示Ⅰ度房室传导阻滞，伤口愈合情况为Ⅱ/甲。",
                 f"既往Ⅱ型糖尿病{r.randint(3, 12)}年，糖尿病视网膜病变Ⅲ期，规律使用胰岛素。")], "any"


def la_lab_times(r):
    return [pick(r, f"血常规：白细胞 {r.uniform(4, 16):.1f}×10^9/L，血红蛋白 {r.randint(90, 160)}g/L，血小板 {r.randint(120, 380)}×10^9/L。",
                 f"用药：头孢呋辛钠 1.5g 静滴 q12h ×{r.randint(3, 7)}天；氨溴索 30mg 口服 tid。",
                 f"尿常规：红细胞 {r.randint(0, 9)}个/HP，白细胞 {r.randint(0, 12)}个/HP；病灶大小约{r.randint(10, 40)}mm×{r.randint(8, 30)}mm。")], "any"


def la_x_linked(r):
    return [pick(r, "遗传咨询：患儿染色体核型为46,XY，母亲核型46,XX，考虑X连锁隐性遗传可能。",
                 "既往史：其舅父有血友病A病史，该病为X连锁隐性遗传病，建议完善凝血因子检测。",
                 "外周血染色体检查：47,XXY（克氏综合征），已向家属解释X染色体数目异常的临床意义。")], "any"


def la_x86(r):
    return [pick(r, f"采购需求：服务器{r.randint(2, 6)}台，x86架构，CPU≥2×16核，内存≥256GB，兼容国产操作系统。",
                 "终端要求：x86_64或ARM64架构均可，显示器分辨率不低于1920×1080，须预装正版办公软件。",
                 f"存储设备：裸容量≥{r.choice([96, 120, 192])}TB，支持RAID 5/6，配置2×25GE光口。")], "any"


def la_standards(r):
    return [pick(r, "货物须符合GB/T 3325-2017《金属家具通用技术条件》要求，参考型号XR-200或同等档次产品。",
                 "灯具应满足GB 7000.1-2015及CJJ 45-2015相关规定，参考型号LX-150、KX-360。",
                 "投标产品须提供依据GB/T 26572-2011出具的检测报告，主机型号如DS-7808N-K2须注明。")], "any"


def la_furniture(r):
    return [pick(r, f"办公桌规格1400×700×750mm，共{r.randint(10, 60)}张；文件柜900×400×1850mm，共{r.randint(5, 30)}组。",
                 f"会议桌尺寸3600×1500×760mm，配套会议椅{r.randint(12, 30)}把，座高450mm。",
                 "学生课桌椅规格为600×400×760mm（可升降），面板厚度不少于18mm。")], "any"


def la_masked_ids(r):
    a, b = gen_id_number(r), gen_id_number(r)
    return [pick(r, f"说明：根据个人信息保护有关规定，评审专家身份证号码已作脱敏处理：{a[:4]}**********{a[-4:]}、{b[:4]}**********{b[-4:]}。",
                 f"（注：为保护个人隐私，本公告中的身份证号码已隐去部分数字，如{a[:6]}********{a[-4:]}。）")], "any"


def la_roman_lots(r):
    return [pick(r, "本项目分为Ⅰ、Ⅱ、Ⅲ三个标段，本公告为第Ⅱ标段结果；第Ⅲ标段因有效投标人不足三家已废标。",
                 "标段Ⅰ：道路照明维护；标段Ⅱ：景观亮化维护；两个标段均已确定中标人。",
                 "本公告仅涉及包组Ⅳ，包组Ⅰ至Ⅲ的结果已于前期另行公告。")], "any"


def la_masked_phones(r):
    ps = [F_phone(r).value for _ in range(3)]
    ps = [p if "-" not in p else "139" + p[-8:] for p in ps]
    return [pick(r, "现场抽奖获奖名单（手机号已隐去中间四位以保护隐私）：" + "、".join(p[:3] + "****" + p[-4:] for p in ps) + "。",
                 "为保护获奖者隐私，以下号码已作部分隐藏处理：" + "、".join(p[:3] + "****" + p[-4:] for p in ps[:2]) + "，请获奖者凭有效证件领奖。")], "any"


def la_x_terms(r):
    return [pick(r, "活动主打面向“Z世代”和“X世代”消费者的新品，嘉宾称，创新是企业增长的“X因素”。",
                 "现场展示了基于x86与ARM双架构的边缘计算终端，以及支持8K视频的X系列显示器。",
                 "主办方还邀请参会者体验了VR、AR及“元宇宙+X”应用场景。")], "any"


def la_models(r):
    return [pick(r, f"此次发布的XR-{r.choice([200, 300, 500])}智能巡检机器人及X5系列无人机，均已通过GB/T 38124-2019相关检测。",
                 f"新款XC-{r.randint(10, 90)}工业相机分辨率达2448×2048，帧率{r.choice([60, 75, 120])}fps。",
                 "旗舰型号MX-7000与入门款MX-3000同步上市，售价分别为3999元和1999元。")], "any"


def la_mou_words(r):
    return [pick(r, "会议指出，某些单位对风险隐患认识不足，在某种程度上存在“等靠要”思想。",
                 "会议要求，不能因为某一环节出现问题就影响整体进度，某个部门牵头的事项要主动对接。",
                 "有同志反映，某些村的道路维护资金到位较慢，会议要求财务部门加快拨付。")], "any"


def la_mou_medical(r):
    return [pick(r, "出院后避免自行服用某些非甾体类抗炎药，如出现某种不适（如黑便、胸痛）应立即就诊。",
                 "注意：某些食物（如柚子）可能影响药物代谢，服药期间请勿同时食用。",
                 "如某一天血压明显升高或出现某种新发症状，请及时到门诊复诊。")], "any"


def la_formula_times(r):
    return [pick(r, "加班费计算公式：月基本工资÷21.75÷8×1.5×加班小时数；法定节假日加班按×3计算。",
                 f"个人所得税=（应纳税所得额−5000）×税率−速算扣除数，本月适用税率{r.choice([3, 10])}%。",
                 f"绩效工资=绩效基数×考核系数，本月考核系数为{r.choice(['1.0', '1.1', '0.9', '1.2'])}。")], "any"


def la_zero_date(r):
    y, m, d = r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28)
    mm = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}
    dd = (["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] + ["十" + c for c in "一二三四五六七八九"] + ["二十"] +
          ["二十" + c for c in "一二三四五六七八"])[d]
    return [pick(r, f"二〇{cnum(y)[2:]}年{mm[m]}月{dd}日", f"（落款日期：二〇{cnum(y)[2:]}年{mm[m]}月{dd}日）")], "end"


def la_checkmarks(r):
    return [pick(r, "是否中共党员：☑是 □否　有无违法犯罪记录：□有 ☑无", "婚姻状况：□未婚 ☑已婚　健康状况：☑良好 □一般",
                 "是否服从岗位调剂：☑是 □否　入职体检：☑已完成")], "any"


def la_attendance_symbols(r):
    marks = " ".join(r.choice(["√", "√", "√", "×", "○", "△"]) for _ in range(7))
    return [pick(r, "图例：√ 出勤　× 旷工　○ 请假　△ 迟到　☆ 加班", "说明：表中“×”表示旷工，“○”表示请假，“√”表示正常出勤。"),
            "抽查记录（1日—7日）：" + marks], "any"


def la_citations(r):
    return [pick(r, "【编者按】本文根据活动现场发言整理，标题为编者所加。",
                 "[1] 国家统计局. 中华人民共和国2022年国民经济和社会发展统计公报[R]. 2023.",
                 "【延伸阅读】[图集]活动现场精彩瞬间；[视频]嘉宾访谈（时长3分20秒）")], "any"


def la_file_names(r):
    n = r.choice(["zhangwei", "liuyang", "chenjing", "wangfang"])
    return [pick(r, f"已提交电子材料：20230512_{n}_diploma.pdf、id_card_front.jpg，确认邮箱：hr_service@huaxin-tech.com。",
                 f"简历文件名：{n}_resume_2023_v2.docx；个人主页：https://github.com/{n}_dev",)], "any"


def la_plates(r):
    return [pick(r, "维修车辆清单：粤J·X8K21（轿车）、粤J·5XC73（商务车）、粤J·D2X09（新能源汽车）。",
                 "车辆型号包括别克GL8、丰田凯美瑞、比亚迪汉EV，车牌号湘B·XK215、湘B·X7D38。")], "any"


def la_roman_chapters(r):
    return [pick(r, "（附表Ⅰ《重点项目进度表》、附表Ⅱ《资金使用明细》另附。）",
                 "详细数据见附件第XII页至第XIV页；第Ⅲ部分为典型案例汇编。")], "any"


def la_work_sizes(r):
    return [f"工作服尺码：{r.choice(['L', 'XL', 'XXL', 'XXXL'])}　鞋码：{r.randint(36, 45)}　安全帽：标准号"], "any"


def w_1plusx(r):
    city = r.choice(CITIES)
    cert = r.choice(["Web前端开发", "工业机器人操作与运维", "智能财税", "老年照护", "数字媒体交互设计", "汽车运用与维修"])
    return [f"{city}市职业技术学校关于组织“1+X”证书考核的通知",
            "各系部、各班级：",
            f"根据教育部“1+X”证书制度试点工作要求，经研究，学校定于{r.randint(2022, 2024)}年{r.randint(3, 12)}月{r.randint(1, 28)}日组织{cert}职业技能等级证书（初级、中级）考核。",
            pick(r, "“1”为学历证书，“X”为若干职业技能等级证书，鼓励学生在获得学历证书的同时取得多类技能证书。",
                 "本学期学校同步推行“7+X”实训模式，即每周7个固定实训课时加若干个自选模块。"),
            f"请各班于{r.randint(1, 28)}日前将报名汇总表报教务处，联系人：{gen_name(r)[0]}，电话：{F_phone(r).value}。",
            f"{city}市职业技术学校教务处"]


def w_chess(r):
    moves = pick(r, "1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Ba4 Nf6", "1.d4 d5 2.c4 e6 3.Nc3 Nf6 4.Bg5 Be7",
                 "1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6", "1.e4 e5 2.Bc4 Nc6 3.Qh5 Nf6 4.Qxf7#")
    city = r.choice(CITIES)
    return [f"{city}市{r.choice(['育才', '实验', '城南'])}小学国际象棋社团招新通知",
            "亲爱的同学们：",
            f"国际象棋社团本学期每周{r.choice('二三四五')}下午开展活动，欢迎三至六年级同学报名。",
            f"上周对局复盘：{moves}，其中“x”表示吃子，“+”表示将军，“#”表示将杀。",
            pick(r, "本周练习：白方走Nxe5后，黑方应如何应对？", "思考题：白方Qxd7+之后，黑方有几种应将方法？", "请同学们记录自己的对局，下次活动一起复盘Bxf7+等战术。"),
            f"报名请联系{gen_name(r)[0]}老师，截止时间为本周五。"]


def w_math_lesson(r):
    a, b, c = r.randint(2, 6), r.randint(1, 9), r.randint(10, 40)
    return [f"{r.choice(['七', '八', '九'])}年级数学单元测验（第{r.randint(2, 6)}单元）",
            "一、填空题（每题4分）",
            f"1. 设x为一个正整数，若{a}x−{b}={a * 7 - b}，则x的值为多少？",
            f"2. 长方形的长为(x+{b})cm，宽为{a}cm，面积为{c * a}cm²，求x。",
            f"3. 计算：{a}×{b}×{c}=？；(−{a})×{b}=？",
            "二、解答题",
            f"4. 已知函数y=kx+{b}的图象经过点({a},{a * 2 + b})，求k的值。",
            "（本试卷满分100分，考试时间45分钟）"]


PH_NEG = [
    ("school_uniform_sizes", "school_notice", la_uniform_sizes, "clothing sizes XL/XXL in a uniform order"),
    ("school_math_homework", "school_notice", la_math_homework, "x as a maths variable and 3×4 in an exercise"),
    ("school_sports_relay", "school_notice", la_sports_relay, "4×100米接力 relay names"),
    ("medical_xray", "medical_record", la_xray, "X线/X射线/X光 examinations"),
    ("discharge_roman_numerals", "discharge", la_roman_medical, "Roman numerals for grades and stages"),
    ("medical_lab_times", "medical_record", la_lab_times, "×10^9/L lab units and ×N days"),
    ("medical_x_linked", "discharge", la_x_linked, "X chromosome, karyotype 46,XX"),
    ("procurement_x86_specs", "procurement", la_x86, "x86 architecture and 2×16 cores"),
    ("procurement_standards_models", "procurement", la_standards, "standard numbers and model numbers"),
    ("procurement_furniture_dims", "procurement", la_furniture, "dimensions 1400×700×750mm"),
    ("tender_masked_ids_declared", "tender_result", la_masked_ids, "ID numbers masked with an explicit statement"),
    ("tender_roman_lots", "tender_result", la_roman_lots, "lots numbered Ⅰ/Ⅱ/Ⅲ"),
    ("press_lottery_masked_phones", "press_release", la_masked_phones, "phone numbers masked on purpose, stated"),
    ("press_x_terms", "press_release", la_x_terms, "X世代/X因素/x86 terms"),
    ("press_model_numbers", "press_release", la_models, "product model numbers XR-200, MX-7000"),
    ("minutes_mou_words", "minutes", la_mou_words, "某些/某种/某一 as ordinary words"),
    ("discharge_mou_words", "discharge", la_mou_medical, "某些/某种 as ordinary words in advice"),
    ("payslip_formula_times", "payslip", la_formula_times, "× in a pay formula"),
    ("summary_chinese_zero_dates", "work_summary", la_zero_date, "二〇二三年 dates with 〇 as zero"),
    ("hr_filled_checkmarks", "hr_entry", la_checkmarks, "fully filled form with ☑ check boxes"),
    ("contract_filled", "labor_contract", None, "fully filled labour contract"),
    ("attendance_symbols", "attendance", la_attendance_symbols, "√ × ○ attendance marks"),
    ("signin_filled", "signin", None, "fully filled sign-in sheet"),
    ("minutes_filled", "minutes", None, "fully filled meeting minutes"),
    ("press_brackets_citations", "press_release", la_citations, "【编者按】 and [1] citations"),
    ("hr_file_names_underscores", "hr_entry", la_file_names, "underscores in file names and e-mails"),
    ("procurement_plates", "procurement", la_plates, "licence plates containing X"),
    ("summary_roman_chapters", "work_summary", la_roman_chapters, "Roman numerals XII, XIV, Ⅲ"),
    ("hr_uniform_sizes", "hr_entry", la_work_sizes, "work clothes size XL/XXL"),
    ("vocational_1plusx", None, w_1plusx, "1+X证书 and 7+X"),
    ("school_chess_club", None, w_chess, "chess notation Nxe5, Qxf7#"),
    ("math_test_variables", None, w_math_lesson, "x variables and × in a maths test"),
]
LOOKALIKE_BY_FRAME = {}
for _st, _fr, _g, _n in PH_NEG:
    if _fr and _g:
        LOOKALIKE_BY_FRAME.setdefault(_fr, []).append(_g)


# ----------------------------------------------------------------------------------------------
# mj look-alikes (negatives): whole texts with genuine foreign script, symbols, etc.
# ----------------------------------------------------------------------------------------------
RU = [("Мы готовы к диалогу на равноправной основе.", "我们愿意在平等基础上开展对话。"),
      ("Сотрудничество между нашими странами имеет большое значение.", "两国之间的合作意义重大。"),
      ("Спасибо за тёплый приём!", "感谢热情接待！"),
      ("Мы надеемся на дальнейшее развитие торговли.", "我们期待贸易进一步发展。"),
      ("Добро пожаловать в Казань!", "欢迎来到喀山！"),
      ("Это важный шаг вперёд для обеих сторон.", "这是双方向前迈出的重要一步。")]
JA = [("今回の訪問を通じて、両国の友好関係がさらに深まることを期待しています。", "希望通过此次访问，两国友好关系进一步加深。"),
      ("ご協力いただき、誠にありがとうございます。", "衷心感谢各方的协助。"),
      ("地域の経済交流を一層進めていきたい。", "希望进一步推进地区经济交流。"),
      ("環境保護の分野で協力を強化します。", "将在环境保护领域加强合作。"),
      ("皆様の温かい歓迎に感謝いたします。", "感谢各位的热情欢迎。")]
KO = [("양국 간 협력이 더욱 강화되기를 바랍니다.", "希望两国合作进一步加强。"),
      ("따뜻한 환영에 진심으로 감사드립니다.", "衷心感谢热情的欢迎。"),
      ("문화 교류는 우정의 다리입니다.", "文化交流是友谊的桥梁。"),
      ("앞으로도 긴밀히 소통하겠습니다.", "今后也将保持密切沟通。"),
      ("함께 더 나은 미래를 만들어 갑시다.", "让我们共同创造更美好的未来。")]
FR = [("La coopération est la clé de notre avenir commun.", "合作是我们共同未来的关键。"),
      ("Nous sommes très heureux d'être ici à Wuhan.", "我们很高兴来到武汉。"),
      ("Merci beaucoup pour votre accueil chaleureux.", "非常感谢你们的热情接待。"),
      ("C'est un honneur de représenter la délégation française.", "能代表法国代表团深感荣幸。"),
      ("L'échange culturel rapproche nos deux peuples.", "文化交流拉近了两国人民的距离。")]
DE = [("Wir freuen uns über die gute Zusammenarbeit.", "我们对良好的合作感到高兴。"),
      ("Die Qualität der Ausbildung ist entscheidend für unsere Zukunft.", "职业教育的质量对我们的未来至关重要。"),
      ("Vielen Dank für die herzliche Gastfreundschaft.", "非常感谢热情好客的款待。"),
      ("Grüße aus München und viel Erfolg für die Messe!", "来自慕尼黑的问候，祝展会圆满成功！"),
      ("Nachhaltigkeit ist für uns keine Option, sondern Pflicht.", "可持续发展对我们来说不是选项，而是责任。")]
VI = [("Hợp tác cùng có lợi là nền tảng của quan hệ hai nước.", "互利合作是两国关系的基础。"),
      ("Xin chân thành cảm ơn sự đón tiếp nồng hậu.", "衷心感谢热情周到的接待。"),
      ("Chúng tôi mong muốn mở rộng thương mại biên giới.", "我们希望扩大边境贸易。"),
      ("Việt Nam và Trung Quốc là láng giềng hữu nghị.", "越南和中国是友好邻邦。")]
EL = [("Γνῶθι σεαυτόν", "认识你自己"), ("Μηδὲν ἄγαν", "凡事勿过度"), ("Πάντα ῥεῖ", "万物皆流"),
      ("Εὐχαριστῶ πολύ", "非常感谢"), ("Ἀρχὴ ἥμισυ παντός", "良好的开端是成功的一半")]
ES = [("¡Bienvenidos a nuestra feria!", "欢迎来到我们的展会！"), ("La amistad entre nuestros pueblos crece cada año.", "两国人民的友谊与日俱增。"),
      ("Obrigado pela parceria de tantos anos.", "感谢多年来的合作。"), ("São Paulo e Xangai são cidades irmãs.", "圣保罗与上海是友好城市。")]
AR_TH = [("شكرا جزيلا على حسن الضيافة", "非常感谢热情款待"), ("التعاون يعود بالنفع على الجميع", "合作惠及各方"),
         ("ขอบคุณมากสำหรับความร่วมมือ", "非常感谢各方的合作"), ("ยินดีต้อนรับสู่กรุงเทพฯ", "欢迎来到曼谷")]
SPEAKERS = {"RU": ["俄罗斯外交部发言人", "俄方代表团团长", "俄罗斯驻华大使"], "JA": ["日本友好城市代表团团长", "日方企业代表", "日本驻华总领事"],
            "KO": ["韩国驻华大使", "韩方代表", "韩国友好城市市长"], "FR": ["法国驻华大使", "法方代表团团长", "法国企业代表"],
            "DE": ["德国企业代表", "德方合作院校校长", "德国驻华总领事"], "VI": ["越南驻华大使", "越方代表团团长", "越南工商会代表"],
            "ES": ["西班牙企业代表", "巴西圣保罗州代表", "阿根廷驻华大使"], "AR": ["沙特阿拉伯企业代表", "泰国商会代表", "埃及驻华大使"]}


def w_quote(pool, key):
    def g(r):
        city = r.choice(CITIES)
        qs = r.sample(pool, 2)
        sp = r.choice(SPEAKERS[key])
        lines = [f"{city}市举行对外交流座谈会", f"【本报讯】{r.randint(2022, 2024)}年{r.randint(1, 12)}月{r.randint(1, 28)}日，{city}市人民政府与来访代表团举行座谈。"]
        op, cl = ("「", "」") if key == "JA" else (("«", "»") if key in ("FR", "ES") else (("„", "“") if key == "DE" else ("“", "”")))
        lines.append(f"{sp}在致辞中说：{op}{qs[0][0]}{cl}（{qs[0][1]}）")
        lines.append(pick(r, "双方围绕经贸、教育、文化旅游等领域合作深入交换了意见。", "会谈在友好的气氛中进行，双方签署了合作备忘录。"))
        lines.append(f"会谈结束时，{sp}再次表示：{op}{qs[1][0]}{cl}（{qs[1][1]}）")
        lines.append(f"市政府副秘书长{gen_name(r)[0]}及市外事、商务部门负责同志参加座谈。")
        return lines
    return g


def w_greek(r):
    a, b = r.sample(EL, 2)
    return [f"{r.choice(['高二', '初三', '高一'])}年级哲学与数学拓展课讲义（第{r.randint(2, 9)}讲）",
            f"古希腊德尔斐神庙的箴言“{a[0]}”意为“{a[1]}”，另一句“{b[0]}”意为“{b[1]}”。",
            f"在数学中，我们常用希腊字母α、β、γ表示角，用Σ表示求和，用π≈3.14159表示圆周率。",
            f"例：在△ABC中，α+β+γ=180°，若α={r.randint(30, 70)}°，β={r.randint(20, 60)}°，求γ。",
            "课后请查阅资料，了解“Δ”“λ”“ω”在物理学中的常见用法。"]


def w_pinyin_lesson(r):
    words = [("发展", "fāzhǎn"), ("学习", "xuéxí"), ("朋友", "péngyou"), ("谢谢", "xièxie"), ("老师", "lǎoshī"), ("欢迎", "huānyíng"),
             ("绿色", "lǜsè"), ("女儿", "nǚ'ér"), ("旅游", "lǚyóu"), ("天气", "tiānqì"), ("音乐", "yīnyuè"), ("图书馆", "túshūguǎn")]
    ws = r.sample(words, 5)
    style = r.randrange(3)
    fmt = (lambda w: f"{w[0]}（{w[1]}）") if style == 0 else ((lambda w: f"{w[1]} {w[0]}") if style == 1 else (lambda w: f"{w[0]} — {w[1]}"))
    return [f"对外汉语初级班第{r.randint(3, 20)}课生词表",
            "请跟读以下词语，注意声调：",
            "；".join(fmt(w) for w in ws[:3]) + "。",
            "；".join(fmt(w) for w in ws[3:]) + "。",
            pick(r, "提示：“ü”与“j、q、x”相拼时省去两点，如“去（qù）”“学（xué）”。", "练习：三声连读时，第一个三声变为二声，如“你好 nǐ hǎo”读作“ní hǎo”。"),
            f"下次课（周{r.choice('一二三四五')}）听写本课全部生词。"]


def w_traditional(r):
    place = r.choice(["香港特別行政區沙田區", "臺北市大安區", "新北市板橋區", "澳門特別行政區氹仔", "臺中市西屯區"])
    return [pick(r, "社區健康講座通告", "臨時交通管制公告", "學校復課安排通知", "申請表格遞交須知"),
            f"本署謹訂於{r.randint(2022, 2024)}年{r.randint(1, 12)}月{r.randint(1, 28)}日在{place}社區會堂舉行健康講座，歡迎市民踴躍參加。",
            pick(r, "為配合道路維修工程，區內部分路段將於週末實施臨時交通管制，敬請駕駛人士留意。",
                 "申請人須於截止日期前遞交已填妥的申請表格及相關證明文件副本。",
                 "學校將於下週一恢復正常上課，家長請準時接送子女並留意學校最新通告。"),
            "如有查詢，請於辦公時間內致電本處服務熱線。",
            f"{place}民政事務處　謹啟"]


def w_rare_chars(r):
    names = ["李喆", "张堃", "刘昇", "王淏", "陈玥", "周犇", "赵赟", "杨璟", "吴彧", "龚䶮", "郑珺", "孙琎"]
    places = ["亳州", "郯城", "鄱阳", "濉溪", "睢宁", "邗江", "柘城", "涪陵", "醴陵", "鄞州", "黟县", "歙县", "婺源", "沭阳"]
    ns = r.sample(names, 3)
    pl = r.sample(places, 2)
    return [f"{r.randint(2022, 2024)}年度“优秀志愿者”表彰名单公示",
            f"经各单位推荐、评审小组审核，拟表彰{ns[0]}、{ns[1]}、{ns[2]}等同志为年度优秀志愿者。",
            f"其中{ns[0]}同志长期在{pl[0]}、{pl[1]}两地开展助学服务，累计服务时长{r.randint(200, 900)}小时。",
            pick(r, "另，日式餐饮品牌“𠮷野家”门店员工团队获评优秀志愿服务团队。", "名单中个别姓名含生僻字，已按本人身份证件核对无误。"),
            f"公示期为{r.randint(5, 7)}个工作日，如有异议请向团市委反映。"]


def w_math_symbols(r):
    a = r.randint(2, 9)
    return [f"高等数学期末复习提纲（第{r.randint(1, 6)}章）",
            f"1. 计算定积分 ∫₀¹ (x² + {a}x) dx，并说明 ∫ 与 ∑ 的关系。",
            f"2. 证明：对任意 n ∈ ℕ，∑ᵢ₌₁ⁿ i = n(n+1)/2。",
            f"3. 若 |a − b| ≤ ε 且 ε → 0，则 a = b；判断 √{a * a} ± {a} 的值。",
            "4. 设集合 A ⊆ B，B ∩ C = ∅，讨论 A ∪ C 的元素个数；注意 ∞ 不是实数。",
            "复习时请重点掌握 ≈、≠、≥ 等符号的规范书写。"]


def w_emoji(r):
    sch = r.choice(CITIES) + "市" + r.choice(["育才", "实验", "第三"]) + r.choice(["小学", "中学"])
    return [f"{sch}官方微博",
            pick(r, "🎉🎉喜报！我校代表队在全市中小学生科技创新大赛中荣获一等奖👏👏", "🌸春暖花开，研学出发！孩子们今天走进科技馆啦🚀", "⚽校园足球联赛今天开幕啦！为小球员们加油💪"),
            pick(r, "感谢每一位辛勤付出的老师和同学❤️", "活动精彩瞬间请看九宫格👇", "期待下一次更精彩的相遇😊"),
            pick(r, "#校园风采# #快乐成长#", "#科技创新# @市教育局", "#研学旅行# @青少年科技馆")]


def w_questions(r):
    return [f"{r.choice(CITIES)}市政务服务中心常见问题解答",
            pick(r, "问：营业执照遗失了怎么办？", "问：社保卡可以异地办理吗？", "问：预约后没能按时到场，需要重新预约吗？"),
            pick(r, "答：可通过线上平台申请补领，一般3个工作日内办结。", "答：可以，请携带身份证到任一服务网点办理。", "答：需要，请重新在小程序中选择时段。"),
            pick(r, "问：外籍人士可以办理吗？英文咨询：Can foreigners apply online? Yes, please use the English version of the app.",
                 "问：是否需要本人到场？有群众在留言中问：“代办可以吗?”答：可以，需提供授权委托书。"),
            "如仍有疑问，可拨打12345政务服务便民热线咨询。"]


def w_code(r):
    snip = pick(r, "SELECT name, dept FROM staff WHERE entry_date >= '2023-01-01' AND status = 1;",
                "if [ -f /data/backup.tar.gz ] && [ $? -eq 0 ]; then echo \"备份成功\"; fi",
                "print(f\"共导入{count}条记录，失败{failed}条\")",
                "data = {\"name\": \"张伟\", \"dept\": \"财务部\", \"age\": 32}")
    return [f"信息中心技术通报（{r.randint(2022, 2024)}年第{r.randint(1, 30)}期）",
            pick(r, "近期数据同步脚本已完成升级，关键代码如下：", "为便于运维人员排查问题，现将示例语句摘录如下："),
            snip,
            pick(r, "注意：正则表达式 ^\\d{6}$ 用于校验邮政编码，请勿随意修改。", "说明：脚本中的 && 表示前一条命令成功后才执行后一条。",
                 "说明：换行符请统一使用 \\n，文件编码统一为UTF-8。"),
            f"联系人：{gen_name(r)[0]}，分机{r.randint(8000, 8999)}。"]


def w_latin_names(r):
    ps = r.sample([("穆里尼奥", "José Mourinho"), ("穆勒", "Thomas Müller"), ("姆巴佩", "Kylian Mbappé"), ("莫德里奇", "Luka Modrić"),
                   ("厄德高", "Martin Ødegaard"), ("伊布拉希莫维奇", "Zlatan Ibrahimović"), ("贡萨洛·拉莫斯", "Gonçalo Ramos"),
                   ("伊尼亚基·威廉斯", "Iñaki Williams")], 2)
    return [f"欧洲足球周报（第{r.randint(10, 40)}期）",
            f"本周焦点：{ps[0][0]}（{ps[0][1]}）在赛后新闻发布会上表示，球队的防守还有提升空间。",
            f"另一场比赛中，{ps[1][0]}（{ps[1][1]}）第{r.randint(10, 89)}分钟打入制胜球。",
            pick(r, "本轮比赛在慕尼黑安联球场和巴黎王子公园球场进行。", "球队下轮将客场挑战对手，比赛时间为北京时间周日凌晨3:00。"),
            "（综合外电报道）"]


def w_units(r):
    return [f"{r.choice(CITIES)}市进出口贸易简报",
            f"本月对欧盟出口额为{r.randint(100, 900)}万欧元（€），对英国出口{r.randint(50, 400)}万英镑（£），折合人民币约{r.randint(1, 9)}亿元（¥）。",
            f"冷链集装箱温度需保持在−18℃±0.5℃，单箱容积约{r.randint(60, 76)}m³，仓库面积{r.randint(2000, 9000)}㎡。",
            f"出口产品合格率为{r.randint(995, 999) / 10}%，不良率控制在{r.randint(1, 5)}‰以内；PM₂.₅检测值{r.randint(10, 40)}µg/m³。",
            "（数据来源：市商务局，统计口径以§3.2说明为准）"]


def w_chem(r):
    return [f"{r.choice(['九', '高一'])}年级化学实验安全须知",
            pick(r, "实验一：实验室制取CO₂，反应原理为CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑。", "实验二：检验SO₄²⁻时，应先加稀盐酸，再加BaCl₂溶液。"),
            pick(r, "实验三：Fe³⁺遇KSCN溶液显红色，可用于检验Fe³⁺的存在。", "实验四：NH₄⁺与OH⁻共热产生NH₃，可用湿润的红色石蕊试纸检验。"),
            "实验过程中必须佩戴护目镜，废液倒入指定容器。",
            f"实验员：{gen_name(r)[0]}"]


def w_ipa(r):
    ws = r.sample([("apple", "ˈæpl"), ("think", "θɪŋk"), ("measure", "ˈmeʒə(r)"), ("church", "tʃɜːtʃ"), ("thought", "θɔːt"),
                   ("usually", "ˈjuːʒuəli"), ("bird", "bɜːd"), ("judge", "dʒʌdʒ")], 4)
    return [f"七年级英语音标专项练习（Unit {r.randint(1, 8)}）",
            "请朗读下列单词，注意划线部分的发音：",
            "；".join(f"{w} /{p}/" for w, p in ws[:2]) + "。",
            "；".join(f"{w} /{p}/" for w, p in ws[2:]) + "。",
            "提示：/θ/ 和 /ð/ 发音时舌尖要轻触上齿。"]


def w_ampersand(r):
    return [f"{r.choice(CITIES)}市企业研发投入情况通报",
            pick(r, f"全市规上工业企业R&D经费投入{r.randint(20, 90)}亿元，同比增长{r.randint(5, 20)}.{r.randint(0, 9)}%。",
                 f"宝洁（P&G）、H&M等品牌在本市设立区域服务中心，带动就业{r.randint(500, 3000)}人。"),
            pick(r, "今年以来共发生并购重组（M&A）案例12起，涉及金额约30亿元。", "AT&T、B&Q等外资企业代表参加了政企Q&A交流会。"),
            "下一步将继续引导企业加大研发投入。"]


def w_middot(r):
    ps = r.sample(["卡尔·马克思", "列夫·托尔斯泰", "阿尔伯特·爱因斯坦", "玛丽·居里", "艾萨克·牛顿", "威廉·莎士比亚",
                   "路德维希·凡·贝多芬", "查尔斯·达尔文"], 3)
    return [f"{r.choice(CITIES)}市图书馆“世界读书日”推荐书目",
            f"本期推荐{ps[0]}、{ps[1]}的经典著作及{ps[2]}传记各一部。",
            pick(r, "活动时间：4月23日（周日）上午9:30—11:30；地点：图书馆三楼报告厅。", "读者可凭读者证借阅，每人限借两册，借期30天。"),
            "欢迎广大市民踊跃参加。"]


def w_urls(r):
    d = r.choice(["jyj", "wjw", "rsj", "zwfw"])
    return [f"关于启用新版网上办事大厅的公告",
            f"新版网上办事大厅已于{r.randint(1, 28)}日正式上线，访问地址：https://{d}.{r.choice(['jiangmen', 'qingyuan', 'zhuzhou'])}.gov.cn/bsdt/index.html",
            f"办件查询可访问 https://www.example.gov.cn/query?type=2&year={r.randint(2022, 2024)}&page=1，或发送邮件至 service@{d}.gov.cn。",
            "旧版网站将于本月底停止服务，请相互转告。"]


def w_percent_figures(r):
    return [f"{r.choice(CITIES)}市{r.randint(2022, 2024)}年前三季度经济运行简况",
            f"全市地区生产总值同比增长{r.randint(3, 8)}.{r.randint(0, 9)}%，第三产业增加值占比{r.randint(45, 60)}.{r.randint(0, 9)}%。",
            f"居民消费价格上涨{r.randint(0, 3)}.{r.randint(0, 9)}%，城镇调查失业率{r.randint(4, 6)}.{r.randint(0, 9)}%，人口自然增长率{r.randint(1, 6)}.{r.randint(0, 9)}‰。",
            "总体来看，全市经济运行稳中向好。"]


def w_paths(r):
    dept = r.choice(["统计科", "财务科", "办公室", "人事科", "档案室"])
    f = r.choice(["年报汇总.xlsx", "工资表.xlsx", "会议纪要.docx", "资产台账.xls", "考勤记录.csv"])
    return [pick(r, "关于规范共享文件夹使用的通知", "关于做好电子文件归档备份的通知", f"{dept}文件存放规范（试行）"),
            f"各科室请将{r.randint(2021, 2024)}年{r.choice(['统计报表', '工作台账', '归档文件'])}统一存放至 \\\\fileserver{r.randint(1, 3)}\\share\\{dept}\\{r.randint(2021, 2024)} 目录下。",
            pick(r, f"本机备份路径为 D:\\工作资料\\备份\\{f}，请勿存放于 C:\\Windows\\Temp 目录。",
                 f"个人文件请保存在 E:\\个人文档\\{f}，不得存放于桌面。",
                 f"模板文件位于 \\\\nas\\模板库\\{f}，请勿直接修改原件。"),
            f"如需开通访问权限，请联系信息科{gen_name(r)[0]}（分机{r.randint(8000, 8999)}）。"]


def w_music(r):
    return [f"少儿合唱团排练安排（第{r.randint(2, 12)}周）",
            f"排练曲目《{r.choice(['歌唱祖国', '让我们荡起双桨', '茉莉花', '雪绒花'])}》，1=C 4/4，♩=96。",
            "注意第12小节的升号♯和第20小节的降号♭，结尾延长记号𝄐保持两拍。",
            pick(r, "♪ 请提前十分钟到场开嗓。", "♫ 本周六下午在音乐教室排练。")]


def w_box_table(r):
    a, b = r.randint(800, 5000), r.randint(800, 5000)
    return [f"{r.choice(DEPTS)[0]}{r.choice(DEPTS)[1]}办公经费支出简表",
            "┌────────┬────────┐",
            "│ 项目   │ 金额（元）│",
            "├────────┼────────┤",
            f"│ 办公用品 │ {a}   │",
            f"│ 差旅费  │ {b}   │",
            "└────────┴────────┘",
            f"合计：{a + b}元"]


def w_fullwidth(r):
    return [f"{r.choice(CITIES)}市档案馆馆藏资料借阅登记（录入自旧版表格）",
            f"借阅单位：{r.choice(CO_PREFIX)}（ＡＢＣ）咨询公司　借阅编号：ＪＹ－{r.randint(100, 999)}",
            f"联系电话：０７５０－{r.randint(2000000, 8999999)}　地址：人民路１２８号Ｂ座",
            "备注：原表格使用全角字符录入，现照录。"]


def w_russian_lesson(r):
    ws = r.sample([("спасибо", "谢谢"), ("здравствуйте", "您好"), ("до свидания", "再见"), ("друг", "朋友"), ("школа", "学校"), ("книга", "书")], 3)
    return [f"俄语兴趣班第{r.randint(2, 12)}课",
            "俄语字母表共有33个字母，如А а、Б б、В в、Г г、Д д。",
            "本课单词：" + "；".join(f"{w}（{m}）" for w, m in ws) + "。",
            "请注意重音位置，课后熟读课文。"]


def w_jp_products(r):
    ps = r.sample(["ソニー（Sony）降噪耳机", "無印良品收纳盒", "キユーピー沙拉酱", "ポカリスエット运动饮料", "ユニクロ（优衣库）羽绒服", "資生堂防晒霜"], 3)
    return [f"跨境电商保税仓进口商品抽检结果",
            f"本批次共抽检{r.randint(20, 80)}批次商品，全部合格。",
            "抽检商品包括：" + "、".join(ps) + "等。",
            "商品中文标签与原包装日文说明一致。"]


def w_kr_names(r):
    ps = r.sample([("李敏镐", "이민호"), ("IU", "아이유"), ("防弹少年团", "방탄소년단"), ("宋慧乔", "송혜교"), ("朴叙俊", "박서준")], 2)
    return [f"韩流文化周活动预告",
            f"本次活动将放映{ps[0][0]}（{ps[0][1]}）主演的影片，并举办{ps[1][0]}（{ps[1][1]}）歌曲翻唱比赛。",
            "韩语角同步开放，现场可体验“안녕하세요（你好）”等常用语教学。",
            f"活动时间：{r.randint(1, 12)}月{r.randint(1, 28)}日，地点：市青少年宫。"]


def w_hashtags(r):
    return [f"{r.choice(CITIES)}文旅 微博",
            pick(r, "#城市漫步# 周末去哪儿？老街、夜市、江边绿道都安排上了！", "#非遗进社区# 剪纸、醒狮、木偶戏轮番登场。"),
            f"转发本条并@三位好友，抽{r.randint(3, 10)}位送景区门票。",
            "@市文化广电旅游体育局 @城市发布"]


MJ_NEG = [
    ("ru_quote_news", lambda r: w_quote(RU, "RU")(r), "genuine Russian quotation in foreign-affairs news"),
    ("ja_quote_news", lambda r: w_quote(JA, "JA")(r), "genuine Japanese quotation"),
    ("ko_quote_news", lambda r: w_quote(KO, "KO")(r), "genuine Korean quotation"),
    ("fr_quote_news", lambda r: w_quote(FR, "FR")(r), "genuine French quotation with accents"),
    ("de_quote_news", lambda r: w_quote(DE, "DE")(r), "genuine German quotation with umlauts"),
    ("vi_quote_news", lambda r: w_quote(VI, "VI")(r), "genuine Vietnamese quotation"),
    ("es_pt_quote_news", lambda r: w_quote(ES, "ES")(r), "genuine Spanish/Portuguese quotation"),
    ("ar_th_quote_news", lambda r: w_quote(AR_TH, "AR")(r), "genuine Arabic/Thai quotation"),
    ("greek_lesson", w_greek, "Greek maxims and letters"),
    ("pinyin_lesson", w_pinyin_lesson, "pinyin with tone marks in a language lesson"),
    ("traditional_notice", w_traditional, "a notice written in traditional characters"),
    ("rare_characters", w_rare_chars, "rare characters in names and places"),
    ("math_symbols", w_math_symbols, "maths symbols ∫ ∑ ∈ ≤"),
    ("emoji_post", w_emoji, "emoji in a social-media post"),
    ("question_marks_faq", w_questions, "legitimate ? and ？ in an FAQ"),
    ("code_snippet_note", w_code, "code snippet in a technical note"),
    ("latin_names_sports", w_latin_names, "foreign names with diacritics"),
    ("currency_units", w_units, "€ £ ¥ ℃ ㎡ ‰ § symbols"),
    ("chemical_formulas", w_chem, "subscripts and superscripts in formulas"),
    ("ipa_phonetics", w_ipa, "IPA phonetic symbols"),
    ("ampersand_business", w_ampersand, "R&D, P&G, M&A ampersands"),
    ("middot_transliteration", w_middot, "· in transliterated names"),
    ("ascii_urls", w_urls, "plain ASCII URLs and e-mail"),
    ("percent_figures", w_percent_figures, "percentages and per-mille figures"),
    ("windows_paths", w_paths, "Windows paths with backslashes"),
    ("music_notation", w_music, "music symbols ♩ ♯ ♭"),
    ("box_drawing_table", w_box_table, "box-drawing characters"),
    ("fullwidth_forms", w_fullwidth, "fullwidth Latin letters and digits"),
    ("russian_lesson", w_russian_lesson, "Cyrillic letters in a Russian lesson"),
    ("jp_product_names", w_jp_products, "Japanese product names"),
    ("kr_names_culture", w_kr_names, "Korean names in a culture notice"),
    ("hashtags_mentions", w_hashtags, "#hashtags# and @mentions"),
]


# ----------------------------------------------------------------------------------------------
# positive style tables
# ----------------------------------------------------------------------------------------------
PH_POS = [
    ("hr_entry", "underscores"), ("hr_entry", "daitian"), ("hr_entry", "paren_fill"), ("hr_entry", "square_field"),
    ("hr_entry", "mustache"),
    ("labor_contract", "underscores"), ("labor_contract", "xx_names"), ("labor_contract", "cross_marks"),
    ("labor_contract", "dollar_var"), ("labor_contract", "circle_zeros"),
    ("payslip", "xx_digits"), ("payslip", "mustache"), ("payslip", "dollar_var"), ("payslip", "fullwidth_x"),
    ("attendance", "xx_digits"), ("attendance", "xx_names"), ("attendance", "mask_convention"), ("attendance", "cross_marks"),
    ("procurement", "xx_digits"), ("procurement", "xx_names"), ("procurement", "daitian"), ("procurement", "cross_marks"),
    ("procurement", "fullwidth_x"),
    ("tender_result", "cross_marks"), ("tender_result", "xx_names"), ("tender_result", "moumou"), ("tender_result", "underscores"),
    ("medical_record", "surname_mou"), ("medical_record", "xx_digits"), ("medical_record", "moumou"),
    ("medical_record", "cross_marks"),
    ("discharge", "surname_mou"), ("discharge", "xx_digits"), ("discharge", "mask_convention"), ("discharge", "circle_zeros"),
    ("school_notice", "underscores"), ("school_notice", "xx_digits"), ("school_notice", "xx_names"),
    ("school_notice", "paren_fill"), ("school_notice", "square_field"),
    ("minutes", "mask_convention"), ("minutes", "moumou"), ("minutes", "xx_names"), ("minutes", "surname_mou"),
    ("minutes", "square_field"),
    ("signin", "underscores"), ("signin", "xx_digits"), ("signin", "cross_marks"),
    ("press_release", "mustache"), ("press_release", "dollar_var"), ("press_release", "square_field"),
    ("press_release", "daitian"), ("press_release", "xx_names"), ("press_release", "mixed_template"),
    ("work_summary", "xx_digits"), ("work_summary", "xx_names"), ("work_summary", "surname_mou"),
]

# (frame, mechanism, scope, options)   scope: fields = 1-3 fields, pieces = any 1-3 pieces, all = every piece
MJ_POS = [
    ("press_release", "utf8_as_gbk", "fields", {}), ("minutes", "utf8_as_gbk", "pieces", {}),
    ("attendance", "utf8_as_cp1252", "all", {}), ("signin", "utf8_as_cp1252", "all", {}),
    ("payslip", "utf8_as_latin1", "fields", {}), ("hr_entry", "utf8_as_latin1", "fields", {}),
    ("procurement", "utf8_as_cp1251", "fields", {}), ("school_notice", "utf8_as_cp1251", "fields", {}),
    ("tender_result", "utf8_as_koi8r", "fields", {}), ("work_summary", "utf8_as_koi8r", "pieces", {}),
    ("labor_contract", "utf8_as_mac_roman", "fields", {}), ("press_release", "utf8_as_mac_roman", "pieces", {}),
    ("discharge", "utf8_as_big5", "fields", {}), ("minutes", "utf8_as_big5", "fields", {}),
    ("medical_record", "utf8_as_shift_jis", "fields", {}), ("procurement", "utf8_as_shift_jis", "pieces", {}),
    ("hr_entry", "utf8_as_euc_kr", "fields", {}), ("school_notice", "utf8_as_euc_kr", "pieces", {}),
    ("attendance", "gbk_as_cp1252", "all", {}), ("work_summary", "gbk_as_cp1252", "fields", {}),
    ("tender_result", "gbk_as_big5", "fields", {}), ("labor_contract", "gbk_as_big5", "pieces", {}),
    ("discharge", "gbk_as_utf8", "fields", {}), ("signin", "gbk_as_utf8", "all", {}),
    ("press_release", "sjis_as_gbk", "fields", {"foreign": JP_FOREIGN}), ("minutes", "sjis_as_gbk", "fields", {"foreign": JP_FOREIGN}),
    ("press_release", "euckr_as_gbk", "fields", {"foreign": KR_FOREIGN}), ("signin", "euckr_as_gbk", "fields", {"foreign": KR_FOREIGN}),
    ("press_release", "big5_as_gbk", "fields", {"foreign": TW_FOREIGN}), ("minutes", "big5_as_gbk", "fields", {"foreign": TW_FOREIGN}),
    ("hr_entry", "kunkinkao", "fields", {}), ("work_summary", "kunkinkao", "pieces", {}),
    ("work_summary", "gbk_byte_shift", "pieces", {}), ("press_release", "gbk_byte_shift", "pieces", {}),
    ("hr_entry", "lost_qmarks", "all", {"rare": True}), ("school_notice", "lost_qmarks", "all", {"rare": True}),
    ("payslip", "double_utf8", "fields", {}), ("signin", "double_utf8", "all", {}),
    ("press_release", "percent_encoded", "fields", {"link": "press"}), ("school_notice", "percent_encoded", "fields", {"link": "school"}),
    ("procurement", "html_numeric", "fields", {}), ("medical_record", "html_numeric", "pieces", {}),
    ("tender_result", "html_hex", "fields", {}), ("school_notice", "html_hex", "pieces", {}),
    ("press_release", "html_named", "pieces", {}), ("minutes", "html_named", "pieces", {}),
    ("work_summary", "html_tags", "pieces", {}), ("procurement", "html_tags", "pieces", {}),
    ("hr_entry", "json_u_escape", "fields", {}), ("press_release", "json_u_escape", "pieces", {}),
    ("work_summary", "pinyin_annot", "all", {}), ("minutes", "pinyin_annot", "all", {}),
    ("school_notice", "quoted_printable", "pieces", {}), ("press_release", "quoted_printable", "fields", {}),
    ("discharge", "html_tags", "pieces", {}), ("tender_result", "utf8_as_gbk", "fields", {}),
]
FRAME_ABBR = {"hr_entry": "hr", "labor_contract": "contract", "payslip": "payslip", "attendance": "attendance_csv",
              "procurement": "procurement", "tender_result": "tender", "medical_record": "medical", "discharge": "discharge",
              "school_notice": "school", "minutes": "minutes", "signin": "signin_csv", "press_release": "press",
              "work_summary": "summary"}


# ----------------------------------------------------------------------------------------------
# record generators
# ----------------------------------------------------------------------------------------------
PROBE = random.Random(0)


def gen_ph_pos(r, frame, kind):
    o = {}
    d = Doc()
    build(frame, r, d, o)
    if r.random() < 0.2 and LOOKALIKE_BY_FRAME.get(frame):      # hard positive: a look-alike line as well
        lines, where = r.choice(LOOKALIKE_BY_FRAME[frame])(r)
        if where == "any":
            d.insert_lines(r, lines)
    conv = make_conv(r)
    fields = d.fields()
    plan = {}
    if kind == "mask_convention":
        chosen = [f for f in fields if f.ftype == "person"]
        plan = {id(f): "mask_convention" for f in chosen}
    elif kind == "mixed_template":
        ks = r.sample(["mustache", "underscores", "daitian", "square_field", "dollar_var", "paren_fill", "xx_names"], 3)
        for f in r.sample(fields, min(len(fields), r.randint(2, 5))):
            ok = [k for k in ks if KINDS[k](f, PROBE, conv) is not None]
            if ok:
                plan[id(f)] = r.choice(ok)
    else:
        elig = [f for f in fields if KINDS[kind](f, PROBE, conv) is not None]
        if kind == "surname_mou" and frame in ("medical_record", "discharge"):
            k = min(len(elig), r.choice([1, 1, 2]))
            chosen = [fields[[f.key for f in fields].index("patient_name")]] if "patient_name" in [f.key for f in fields] else []
            chosen += [f for f in r.sample(elig, k) if f not in chosen]
        else:
            chosen = r.sample(elig, min(len(elig), r.choice([1, 1, 2, 2, 3, 4])))
        plan = {id(f): kind for f in chosen}
    cache = {}

    def fn(i, p):
        if isinstance(p, Field) and id(p) in plan:
            if id(p) not in cache:
                cache[id(p)] = KINDS[plan[id(p)]](p, r, conv)
            return cache[id(p)]
        return plain(i, p)
    text, spans = render(d.pieces, fn)
    kinds_used = sorted(set(plan.values()))
    note = f"{len(spans)} placeholder span(s): " + "; ".join(KIND_DESC[k] for k in kinds_used) + f"; {frame.replace('_', ' ')} document"
    return text, spans, note


def gen_ph_neg(r, frame, gen, desc):
    if frame is None:
        return "\n".join(gen(r)), [], f"look-alike, no placeholder: {desc}"
    d = Doc()
    build(frame, r, d, {})
    if gen:
        lines, where = gen(r)
        if where == "end":
            for ln in lines:
                d.t("\n", ln)
        else:
            d.insert_lines(r, lines)
    text, _ = render(d.pieces, plain)
    return text, [], f"look-alike, no placeholder: {desc} in a filled {frame.replace('_', ' ')} document"


FOREIGN_MECHS = ("sjis_as_gbk", "euckr_as_gbk", "big5_as_gbk")


def gen_mj_pos(r, frame, mech, scope, o):
    d = Doc()
    build(frame, r, d, o)
    if o.get("link") == "school":
        d.t("\n", "附件下载：https://www." + r.choice(["example", "jyj-notice", "school-site"]) + ".edu.cn/uploads/" + str(r.randint(2022, 2024)) + "/")
        d.f(Field("text", [(r.choice(["家长告知书", "活动安排表", "安全承诺书", "报名回执", "致家长的一封信", "课后服务协议"]), "")], "file", "附件名"))
        d.t(r.choice([".pdf", ".docx", ".doc"]))
    elif o.get("link") == "press":
        d.t("\n", r.choice(["原文链接：", "相关报道：", "来源："]) + "https://news." + r.choice(["example", "citynews", "dailyinfo"]) + ".com.cn/search?kw=")
        d.f(Field("text", [(r.choice(EVENTS + MEET_TOPICS), "")], "keyword", "关键词"))
        d.t("&page=" + str(r.randint(1, 5)))
    fn = MECHS[mech]
    idx = list(range(len(d.pieces)))
    if mech in FOREIGN_MECHS:
        elig = [i for i in idx if isinstance(d.pieces[i], Field) and d.pieces[i].ftype == "foreign"]
    elif scope == "fields" or o.get("link"):
        elig = [i for i in idx if isinstance(d.pieces[i], Field) and d.pieces[i].ftype != "foreign"]

    else:
        elig = [i for i in idx if len(CJK_RE.findall(plain(i, d.pieces[i])[0])) >= 2]
    elig = [i for i in elig if (lambda res: res is not None and res[1])(fn(plain(i, d.pieces[i])[0], random.Random(1)))]
    if scope == "all" and mech not in FOREIGN_MECHS:
        chosen = set(elig)
    elif o.get("link") and elig:
        chosen = {elig[-1]} | set(r.sample(elig, min(len(elig), r.choice([0, 0, 1]))))
    else:
        chosen = set(r.sample(elig, min(len(elig), r.choice([1, 1, 2, 2, 3]))))
    cache = {}

    def rf(i, p):
        if i in chosen:
            key = id(p) if isinstance(p, Field) else ("i", i)
            if key not in cache:
                res = fn(plain(i, p)[0], r)
                if res and res[1] and all(mech_ok(mech, res[0][a:b]) for a, b in res[1]):
                    cache[key] = res
                else:
                    cache[key] = plain(i, p)
            return cache[key]
        return plain(i, p)
    text, spans = render(d.pieces, rf)
    note = f"mech={mech}; {MECH_DESC[mech]}; {len(spans)} damaged stretch(es) in a {frame.replace('_', ' ')} document"
    return text, spans, note


def style_list():
    out = []
    for frame, kind in PH_POS:
        out.append(("ph", f"{FRAME_ABBR[frame]}_{kind}", "placeholder", lambda r, a=frame, b=kind: gen_ph_pos(r, a, b)))
    for st, frame, gen, desc in PH_NEG:
        out.append(("ph", "neg_" + st, "negative", lambda r, a=frame, b=gen, c=desc: gen_ph_neg(r, a, b, c)))
    seen = set()
    for frame, mech, scope, o in MJ_POS:
        name = f"{FRAME_ABBR[frame]}_{mech}"
        assert name not in seen, name
        seen.add(name)
        out.append(("mj", name, "mojibake", lambda r, a=frame, b=mech, c=scope, e=o: gen_mj_pos(r, a, b, c, e)))
    for st, gen, desc in MJ_NEG:
        out.append(("mj", "neg_" + st, "negative",
                    lambda r, g=gen, dd=desc: ("\n".join(g(r)), [], f"look-alike, no damage: {dd}")))
    return out


def stable(*parts):
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def generate(seed):
    recs, texts = [], set()
    for fam, style, label, g in style_list():
        n = random.Random(stable(seed, style, "n")).randint(*((16, 20) if label != "negative" else (15, 18)))
        made = 0
        for i in range(n * 6):
            if made == n:
                break
            r = random.Random(stable(seed, style, i))
            text, spans, note = g(r)
            if text in texts or (label != "negative" and not spans) or text.count("\n") > 11:
                continue
            texts.add(text)
            recs.append({"family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note})
            made += 1
        if made < 15:
            raise SystemExit(f"style {style}: only {made} records")
    random.Random(stable(seed, "shuffle")).shuffle(recs)
    out = []
    for k, rec in enumerate(recs, 1):
        out.append({"id": f"t36-s{seed}-{k:05d}", **rec})
    return out


# ----------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------
PH_SPAN_RE = re.compile(r"[xXＸ×某_＿{}$\[\]【】［］<>（）〇○]")
PH_STRONG_RE = re.compile(r"\{\{[^}]*\}\}|【待[^】]*】|【请填写[^】]*】|_{3,}|＿{2,}|某某|××|\$[A-Z_]+\$|\$\{[a-z_]+\}|"
                          r"（(?:请|待)?填写[^）]*）|〇〇|○○|ＸＸ")
MJ_STRONG_RE = re.compile(r"\ufffd|锟斤拷|&#\d+;|&#x[0-9a-fA-F]+;|&[a-z]+;|(?:%[0-9A-F]{2}){2}|\\u[0-9a-fA-F]{4}|<br\s*/?>|"
                          r"</?(?:p|span|strong|div|td)\b[^>]*>|(?:=[0-9A-F]{2}){2}|"
                          r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
PINYIN_SPAN_RE = re.compile(r"(?:[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))+")
TAG_SPAN_RE = re.compile(r"(?:</?[a-zA-Z][^<>]*>|/[a-z]+>|&[a-z]+;)+")
ENT_SPAN_RE = re.compile(r"(?:&[a-z]+;|&#\d+;|&#x[0-9a-fA-F]+;)+")
KEYS = ["id", "family", "style", "label", "text", "spans", "note"]


def mech_ok(mech, t):
    """does span text t really differ from what the inverse codec round trip gives?"""
    if mech in CODEC_MECHS:
        a, b = CODEC_MECHS[mech]
        rev = t.encode(b, errors="replace").decode(a, errors="replace")
        return rev != t and (bool(WIDE_RE.search(rev)) or "\ufffd" in t)
    if mech == "kunkinkao":
        return "锟" in t and t.encode("gbk", errors="replace").decode("utf-8", errors="replace") != t
    if mech == "gbk_byte_shift":
        raw = t.encode("gbk", errors="replace")
        variants = [raw[1:]] + [bytes([x]) + raw for x in (0xa1, 0xb0, 0xc4, 0xd5)]
        return any(ord(c) > 127 for c in t) and any(v.decode("gbk", errors="replace") != t for v in variants)
    if mech == "lost_qmarks":
        return set(t) == {"?"}
    if mech == "double_utf8":
        rev = t.encode("cp1252", errors="replace").decode("utf-8", errors="replace")
        rev = rev.encode("latin-1", errors="replace").decode("utf-8", errors="replace")
        return rev != t
    if mech == "percent_encoded":
        return bool(re.fullmatch(r"(?:%[0-9A-F]{2}|[A-Za-z0-9._~-])+", t)) and urllib.parse.unquote(t) != t
    if mech in ("html_numeric", "html_hex", "html_named"):
        return bool(ENT_SPAN_RE.match(t)) and t.endswith(";") and html.unescape(t) != t
    if mech == "html_tags":
        return bool(TAG_SPAN_RE.fullmatch(t))
    if mech == "json_u_escape":
        try:
            return json.loads('"' + t + '"') != t
        except ValueError:
            return False
    if mech == "pinyin_annot":
        return bool(PINYIN_SPAN_RE.fullmatch(t))
    if mech == "quoted_printable":
        return quopri.decodestring(t.encode("ascii", errors="replace")).decode("utf-8", errors="replace") != t
    return False


def outside(text, spans, rx):
    for m in rx.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            return m.group()
    return None


def verify(paths):
    bad = 0
    for path in paths:
        ids, n, counts = set(), 0, {}
        with open(path, encoding="utf-8") as fh:
            for ln_no, line in enumerate(fh, 1):
                probs = []
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print(f"{path}:{ln_no}: bad JSON: {e}")
                    bad += 1
                    continue
                n += 1
                if list(rec.keys()) != KEYS:
                    probs.append(f"keys {list(rec.keys())}")
                fam, lab, text, spans = rec.get("family"), rec.get("label"), rec.get("text"), rec.get("spans")
                note, style = rec.get("note", ""), rec.get("style", "")
                if rec.get("id") in ids:
                    probs.append("duplicate id")
                ids.add(rec.get("id"))
                if fam not in ("ph", "mj"):
                    probs.append(f"family {fam}")
                if not (lab == "negative" or (fam == "ph" and lab == "placeholder") or (fam == "mj" and lab == "mojibake")):
                    probs.append(f"label {lab} for family {fam}")
                if not isinstance(style, str) or not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", style):
                    probs.append(f"style {style!r} not snake_case")
                if not isinstance(note, str) or not note or "\n" in note:
                    probs.append("note must be one non-empty line")
                if not isinstance(text, str) or not text.strip():
                    probs.append("empty text")
                    text = ""
                elif not 1 <= text.count("\n") + 1 <= 12:
                    probs.append(f"{text.count(chr(10)) + 1} lines")
                if not isinstance(spans, list):
                    probs.append("spans not a list")
                    spans = []
                prev = 0
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(type(x) is int for x in sp)):
                        probs.append(f"bad span {sp}")
                        continue
                    a, b = sp
                    if not (0 <= a < b <= len(text)):
                        probs.append(f"span {sp} outside text or empty")
                    elif a < prev:
                        probs.append(f"span {sp} overlaps or unsorted")
                    prev = b
                    seg = text[a:b] if 0 <= a < b <= len(text) else ""
                    if seg and seg != seg.strip(" \t\r\n"):
                        probs.append(f"span {sp} has outer whitespace")
                    if seg and fam == "ph" and not PH_SPAN_RE.search(seg):
                        probs.append(f"ph span {seg!r} holds no placeholder mark")
                    if seg and fam == "mj" and lab == "mojibake":
                        m = re.match(r"mech=(\w+);", note)
                        if not m or m.group(1) not in MECHS:
                            probs.append("mojibake note lacks mech=")
                        elif not mech_ok(m.group(1), seg):
                            probs.append(f"span {seg!r} does not differ under the {m.group(1)} round trip")
                if lab == "negative" and spans:
                    probs.append("negative with spans")
                if lab in ("placeholder", "mojibake") and not spans:
                    probs.append("positive without spans")
                rx = PH_STRONG_RE if fam == "ph" else MJ_STRONG_RE
                left = outside(text, spans if lab != "negative" else [], rx)
                if left:
                    probs.append(f"unmarked {'placeholder' if fam == 'ph' else 'damage'} token {left!r}")
                counts[(fam, lab)] = counts.get((fam, lab), 0) + 1
                for p in probs:
                    print(f"{path}:{ln_no} id={rec.get('id')} style={style}: {p}")
                bad += bool(probs)
        print(f"{path}: {n} records, " + ", ".join(f"{f}/{l}={c}" for (f, l), c in sorted(counts.items())))
    print("OK" if not bad else f"{bad} record(s) with problems")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required (or --verify FILES)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
