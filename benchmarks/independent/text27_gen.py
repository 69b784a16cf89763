#!/usr/bin/env python3
"""text27_gen.py -- held-out labelled test collection for a placeholder (ph) and
mojibake (mj) auditor of Chinese report text.

  python3 text27_gen.py --seed N --out FILE      generate (deterministic per seed)
  python3 text27_gen.py --verify FILE [FILE...]  check records, exit 1 on any problem
  python3 text27_gen.py --style-table FILE       Markdown table of styles

Standard library only.  All randomness comes from random.Random seeded with
(seed, crc32(style name)), so output does not depend on PYTHONHASHSEED.
"""
import argparse
import email.header
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib
from collections import Counter, OrderedDict

# --------------------------------------------------------------------------
# vocabulary (invented)
# --------------------------------------------------------------------------
PLACES = ["桐溪", "梅岭", "青澜", "云川", "北塘", "石湾", "临江", "芦花", "松亭", "白沙",
          "枫林", "溪口", "南屏", "望海", "柳营", "金田", "龙泉", "安澜", "鹤山", "竹源",
          "黛湖", "沙坪", "荷塘", "栖霞", "凤鸣"]
TOWN_SUF = ["街道", "镇", "乡"]
CITY_SUF = ["市", "县", "区"]
VILLAGE_SUF = ["村", "社区"]
SURN = "林周陈黄赵吴郑孙何罗谢韩唐冯曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖石"
GIVEN = ["晓峰", "雅琴", "建国", "思远", "立新", "梦瑶", "海涛", "丽华", "俊杰", "春燕", "志强",
         "慧敏", "文博", "佳怡", "国栋", "秀英", "子涵", "明轩", "桂兰", "振宇", "若曦", "宏伟",
         "静怡", "德胜", "一鸣", "嘉欣", "永红", "雨桐"]
RARE_GIVEN = [c for c in ["喆", "堃", "赟", "玥", "昇", "珺", "煊", "婧", "祎", "曌", "淼", "垚", "琇", "玙", "埈", "鋆", "偲"]
              if not c.encode("gb2312", "replace").decode("gb2312") == c]
COMPANY = ["恒润", "瑞丰", "嘉禾", "鼎盛", "华拓", "永泰", "启明", "信达", "远航", "博川", "锦程", "合众"]
TRADE = ["建材", "物业服务", "农业科技", "信息技术", "环保工程", "食品", "物流", "建筑工程", "医疗器械", "文化传媒"]
DEPTS = ["农业农村局", "卫生健康局", "统计局", "民政局", "应急管理局", "教育局", "文化广电旅游局",
         "市场监督管理局", "生态环境局", "人力资源和社会保障局"]
PROJECTS = ["老旧小区改造", "农村生活污水治理", "乡村振兴示范带", "河道清淤整治", "智慧社区建设",
            "高标准农田建设", "背街小巷提升", "便民服务中心改造", "垃圾分类示范点", "健康步道建设"]
EVENTS = ["社区健康跑", "亲子阅读节", "垃圾分类宣传周", "重阳敬老活动", "青年创业沙龙",
          "消防安全演练", "科普开放日", "乡村文化节"]
ITEMS = ["办公桌", "文件柜", "投影仪", "打印机", "会议椅", "空调", "笔记本电脑", "碎纸机"]

def _gb2312_has(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


# simplified -> (traditional, pinyin) for the 發(fā)展 artefact
PY = {
    "发": ("發", "fā"), "展": ("展", "zhǎn"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"),
    "动": ("動", "dòng"), "设": ("設", "shè"), "经": ("經", "jīng"), "济": ("濟", "jì"), "项": ("項", "xiàng"),
    "实": ("實", "shí"), "现": ("現", "xiàn"), "态": ("態", "tài"), "务": ("務", "wù"), "业": ("業", "yè"),
    "产": ("產", "chǎn"), "农": ("農", "nóng"), "镇": ("鎮", "zhèn"), "街": ("街", "jiē"), "时": ("時", "shí"),
    "会": ("會", "huì"), "议": ("議", "yì"), "计": ("計", "jì"), "划": ("劃", "huà"), "报": ("報", "bào"),
    "环": ("環", "huán"), "境": ("境", "jìng"), "卫": ("衛", "wèi"), "生": ("生", "shēng"), "健": ("健", "jiàn"),
    "康": ("康", "kāng"), "乡": ("鄉", "xiāng"), "村": ("村", "cūn"), "进": ("進", "jìn"), "推": ("推", "tuī"),
    "开": ("開", "kāi"), "门": ("門", "mén"), "问": ("問", "wèn"), "题": ("題", "tí"), "户": ("戶", "hù"),
    "万": ("萬", "wàn"), "元": ("元", "yuán"), "资": ("資", "zī"), "金": ("金", "jīn"), "国": ("國", "guó"),
    "为": ("為", "wéi"), "将": ("將", "jiāng"), "关": ("關", "guān"), "于": ("於", "yú"), "员": ("員", "yuán"),
    "组": ("組", "zǔ"), "织": ("織", "zhī"), "责": ("責", "zé"), "任": ("任", "rèn"), "规": ("規", "guī"),
    "范": ("範", "fàn"), "应": ("應", "yīng"), "急": ("急", "jí"), "训": ("訓", "xùn"), "练": ("練", "liàn"),
    "统": ("統", "tǒng"), "总": ("總", "zǒng"), "结": ("結", "jié"), "完": ("完", "wán"), "成": ("成", "chéng"),
    "办": ("辦", "bàn"), "处": ("處", "chù"), "实施": ("實施", "shíshī"), "质": ("質", "zhì"), "量": ("量", "liàng"),
    "长": ("長", "zhǎng"), "众": ("眾", "zhòng"), "数": ("數", "shù"), "据": ("據", "jù"), "级": ("級", "jí"),
    "检": ("檢", "jiǎn"), "查": ("查", "chá"), "稳": ("穩", "wěn"), "经营": ("經營", "jīngyíng"),
    "贯": ("貫", "guàn"), "彻": ("徹", "chè"), "积": ("積", "jī"), "极": ("極", "jí"), "补": ("補", "bǔ"),
    "贴": ("貼", "tiē"), "维": ("維", "wéi"), "护": ("護", "hù"), "岗": ("崗", "gǎng"), "险": ("險", "xiǎn"),
}
PY = {k: v for k, v in PY.items() if len(k) == 1}

TRAD_LINES = [
    "本會將於下週三召開年度會員大會，敬請各位會員準時出席。",
    "為落實社區環境整潔計畫，管理處將進行全面消毒作業。",
    "申請人應檢附身分證明文件影本及最近三個月之薪資證明。",
    "本年度預算執行率達百分之九十二，較去年同期提高四個百分點。",
    "颱風期間請住戶關緊門窗，並將陽臺雜物移至室內。",
    "圖書館開放時間調整為週二至週日上午九時至下午五時。",
    "補助款項將於審查通過後十五個工作天內撥付至指定帳戶。",
    "活動報名請洽服務臺，名額有限，額滿為止。",
]


class Slot:
    """A value in a document that may be shown as real data or as a placeholder."""
    __slots__ = ("kind", "real", "label", "var")

    def __init__(self, kind, real, label, var):
        self.kind, self.real, self.label, self.var = kind, real, label, var


class Mark(str):
    """A string that is a labelled stretch (placeholder or damage)."""


class R:
    """Slot factory bound to an rng."""

    def __init__(self, rng):
        self.r = rng

    def cnt(self, lo=3, hi=980, label="数量", var="count"):
        return Slot("cnt", str(self.r.randint(lo, hi)), label, var)

    def dec(self, lo=1, hi=900, label="金额", var="amount"):
        return Slot("dec", "%.2f" % self.r.uniform(lo, hi), label, var)

    def pct(self, label="比例", var="rate"):
        return Slot("pct", "%.1f" % self.r.uniform(1, 99), label, var)

    def year(self):
        return Slot("year", str(self.r.choice([2021, 2022, 2023, 2024])), "年份", "year")

    def month(self):
        return Slot("month", str(self.r.randint(1, 12)), "月份", "month")

    def day(self):
        return Slot("day", str(self.r.randint(1, 28)), "日期", "day")

    def date(self):
        return [self.year(), "年", self.month(), "月", self.day(), "日"]

    def md(self):
        return [self.month(), "月", self.day(), "日"]

    def when(self, label="时间", var="date"):
        return Slot("when", "%d年%d月%d日" % (self.r.choice([2023, 2024]), self.r.randint(1, 12), self.r.randint(1, 28)), label, var)

    def time(self):
        return Slot("time", "%d:%02d" % (self.r.randint(8, 17), self.r.choice([0, 15, 30, 45])), "时间", "time")

    def place(self, label="地名", var="place"):
        return Slot("place", self.r.choice(PLACES), label, var)

    def person(self, label="姓名", var="name"):
        return Slot("person", self.r.choice(SURN) + self.r.choice(GIVEN), label, var)

    def company(self, label="单位名称", var="company"):
        return Slot("company", self.r.choice(COMPANY), label, var)

    def phone(self):
        return Slot("phone", self.r.choice(["138", "139", "150", "186", "177", "135", "189"]) +
                    "".join(self.r.choice("0123456789") for _ in range(8)), "联系电话", "phone")

    def idno(self):
        d = "".join(self.r.choice("0123456789") for _ in range(8))
        return Slot("idno", self.r.choice(["440103", "330106", "510107", "420111", "350203"]) +
                    str(self.r.randint(1960, 2005)) + d[:4] + d[4:7] + self.r.choice("0123456789X"), "身份证号", "id_no")

    def card(self):
        return Slot("card", self.r.choice(["6222", "6217", "6228", "6212"]) +
                    "".join(self.r.choice("0123456789") for _ in range(12)), "银行卡号", "card_no")

    def email(self):
        return Slot("email", self.r.choice(["lin", "zhou", "chenwei", "hy2023", "service", "tx_admin"]) +
                    self.r.choice(["@example.com", "@mail.example.cn", "@163.example.net"]), "电子邮箱", "email")

    def model(self):
        return Slot("model", self.r.choice(["HX", "TS", "KD", "JR"]) + "-" + str(self.r.randint(100, 990)), "型号", "model")

    def text(self, real, label, var):
        return Slot("text", real, label, var)

    def money_words(self):
        return Slot("text", self.r.choice(["壹万贰仟元整", "叁仟伍佰元整", "捌万元整"]), "大写金额", "amount_cn")


# --------------------------------------------------------------------------
# genres: functions (R, rng) -> list of lines; a line is a list of str / Slot / list
# --------------------------------------------------------------------------
def g_work_report(R, r):
    pl = R.place()
    suf = r.choice(TOWN_SUF)
    lines = [[pl, suf, R.year(), "年工作总结"]]
    pool = [
        ["一是经济运行稳中有进。全年完成规模以上工业总产值", R.dec(), "亿元，同比增长", R.pct(), "%。"],
        ["二是民生保障持续加强。走访困难群众", R.cnt(), "户，发放救助资金", R.dec(), "万元。"],
        ["三是人居环境明显改善。完成", r.choice(PROJECTS), "项目", R.cnt(2, 40), "个，新增绿地", R.cnt(), "平方米。"],
        ["四是安全生产形势平稳。开展隐患排查", R.cnt(), "次，整改问题", R.cnt(), "处，整改率", R.pct(), "%。"],
        ["截至", R.md(), "，辖区共有市场主体", R.cnt(500, 9000), "家，其中新登记", R.cnt(), "家。"],
        ["全年组织技能培训", R.cnt(3, 60), "期，培训", R.cnt(), "人次，带动就业", R.cnt(), "人。"],
        ["接待群众来访", R.cnt(), "批次，办结率达", R.pct(), "%，群众满意度进一步提升。"],
        ["下一步，我们将继续聚焦", r.choice(PROJECTS), "等重点任务，确保各项工作落到实处。"],
    ]
    lines += r.sample(pool, r.randint(3, 6))
    lines.append([pl, suf, "办事处"])
    lines.append(R.date())
    return lines


def g_notice(R, r):
    ev = r.choice(EVENTS)
    lines = [["关于举办", ev, "的通知"],
             ["各", r.choice(VILLAGE_SUF), "、各有关单位："],
             ["为丰富辖区居民文化生活，经研究，定于", R.md(), "在", R.place(), "文化广场举办", ev, "。现将有关事项通知如下："],
             ["一、活动时间：", R.when("活动时间", "event_date"), "上午", R.time(), "开始"],
             ["二、参加人员：各单位推荐", R.cnt(2, 30), "名代表参加。"],
             ["三、报名方式：请于", R.md(), "前将报名表报送至联系人", R.person("联系人", "contact"), "，电话", R.phone(), "。"],
             ]
    if r.random() < 0.6:
        lines.append(["四、经费保障：活动经费约", R.dec(1, 30), "万元，从", r.choice(DEPTS), "专项经费中列支。"])
    lines.append([R.place(), r.choice(TOWN_SUF), "党政办公室"])
    lines.append(R.date())
    return lines


def g_contract(R, r):
    d1, d2 = R.date(), R.date()
    d2[0].real = str(int(d1[0].real) + 1)
    lines = [[r.choice(PROJECTS), "施工合同"],
             ["甲方：", R.place("甲方名称", "party_a"), r.choice(TOWN_SUF), "人民政府"],
             ["乙方：", R.place("乙方地名", "party_b_city"), R.company("乙方名称", "party_b"), r.choice(TRADE), "有限公司"],
             ["第一条 工程地点：", R.place("工程地点", "site"), r.choice(VILLAGE_SUF), "。"],
             ["第二条 合同价款：人民币", R.dec(10, 800, "合同金额", "contract_amount"), "万元（大写：", R.money_words(), "）。"],
             ["第三条 工期：自", d1, "起至", d2, "止，共", R.cnt(30, 365, "工期天数", "days"), "日历天。"],
             ["第四条 乙方应按合同约定时间竣工，每逾期一日按合同价款的", R.pct(), "‰支付违约金。"],
             ["甲方代表：", R.person("甲方代表", "rep_a"), "    乙方代表：", R.person("乙方代表", "rep_b")],
             ["签订日期：", R.date()]]
    return lines


def g_minutes(R, r):
    lines = [[R.place(), r.choice(TOWN_SUF), "党工委会议纪要"],
             ["时间：", R.date(), " ", R.time()],
             ["地点：", r.choice(["三楼会议室", "一楼党群服务中心", "综合楼会议室"])],
             ["主持：", R.person("主持人", "host")],
             ["出席：", R.person(), "、", R.person(), "、", R.person(), "、", R.person()],
             ["记录：", R.person("记录人", "recorder")],
             ["会议听取了", r.choice(PROJECTS), "推进情况汇报，", R.person(), "同志介绍了前期工作。"],
             ["会议议定：同意安排资金", R.dec(5, 300), "万元用于", r.choice(PROJECTS), "，由", R.person(), "牵头落实。"],
             ["会议要求各部门于", R.md(), "前报送进度，逾期未报的予以通报。"]]
    return lines


def g_stat_table(R, r):
    sep = r.choice(["\t", " | ", "  "])
    hdr = ["指标", "单位", "本年", "上年", "增长(%)"]
    rows = [["地区生产总值", "亿元"], ["一般公共预算收入", "亿元"], ["常住人口", "万人"],
            ["城镇居民人均可支配收入", "元"], ["农村居民人均可支配收入", "元"], ["社会消费品零售总额", "亿元"],
            ["固定资产投资", "亿元"], ["粮食产量", "万吨"]]
    lines = [[R.place(), r.choice(CITY_SUF), R.year(), "年主要经济指标"], [sep.join(hdr)]]
    for name, unit in r.sample(rows, r.randint(3, 6)):
        line = [name, sep, unit, sep, R.dec(), sep, R.dec(), sep, R.pct()]
        lines.append(line)
    lines.append(["资料来源：", R.place(), "市统计局"])
    return lines


def g_wechat(R, r):
    ev = r.choice(EVENTS)
    lines = [["@所有居民，", ev, "来啦！"],
             ["原创 ", R.place(), "社区 ", R.place(), "发布 ", R.date()],
             ["为了让大家度过一个充实的周末，", R.place(), "社区联合", R.company(), "公司推出", ev, "。"],
             ["活动时间：", R.md(), " ", R.time()],
             ["活动名额：", R.cnt(20, 200), "名，报满即止。"],
             ["咨询电话：", R.phone(), "（", R.person("联系人", "contact"), "）"],
             ["点击下方“阅读原文”即可报名，快来参加吧！"]]
    return lines


def g_opendata(R, r):
    sep = r.choice(["\t", ",", " | "])
    lines = [["数据集：", R.place(), "市", r.choice(["公共厕所分布", "养老机构名录", "充电桩位置", "学校基本信息"]), "（更新于", R.date(), "）"],
             [sep.join(["字段名", "类型", "说明"])],
             ["org_name", sep, "string", sep, "机构名称，如“", R.place(), "颐养中心”"],
             ["addr", sep, "string", sep, "详细地址，精确到门牌号"],
             ["bed_num", sep, "int", sep, "床位数，单位：张，示例值", R.cnt(10, 400)],
             ["tel", sep, "string", sep, "联系电话，示例", R.phone()],
             ["update_time", sep, "date", sep, "数据更新时间，格式为年-月-日"]]
    return lines


def g_yearbook(R, r):
    lines = [["表", R.cnt(1, 20), "-", R.cnt(1, 30), "  各", r.choice(TOWN_SUF), "（", r.choice(["街道", "镇"]), "）基本情况（", R.year(), "年）"],
             ["注：1.本表数据来源于", R.place(), "市", r.choice(DEPTS), "年报，口径与上年一致。"],
             ["2.常住人口为", R.year(), "年末抽样调查推算数，与户籍人口不可直接比较。"],
             ["3.", R.place(), "镇于", R.year(), "年撤镇设街道，相关数据按新区划追溯调整。"],
             ["4.增长速度按可比价格计算，部分合计数因四舍五入略有出入，全表共涉及", R.cnt(5, 40), "个行政单元。"]]
    return lines


def g_questionnaire(R, r):
    lines = [[R.place(), "社区居民满意度调查问卷"],
             ["尊敬的居民朋友：您好！为了解社区服务情况，请您抽出几分钟填写本问卷。"],
             ["1. 您的年龄：18岁以下 / 18-35岁 / 36-60岁 / 60岁以上"],
             ["2. 您在本社区居住的年限约为", R.cnt(1, 40, "居住年限", "years"), "年。"],
             ["3. 您对社区环境卫生的评价：非常满意 / 满意 / 一般 / 不满意"],
             ["4. 您希望社区增加哪些服务？", R.text(r.choice(["老年食堂", "托育服务", "停车位", "健身器材"]), "意见建议", "suggestion")],
             ["调查单位：", R.place("调查单位", "surveyor"), "社区居委会    调查日期：", R.date()]]
    return lines


def g_registration(R, r):
    ev = r.choice(EVENTS)
    lines = [[ev, "报名表"],
             ["姓名：", R.person(), "    性别：", r.choice(["男", "女"]), "    年龄：", R.cnt(8, 80, "年龄", "age")],
             ["联系电话：", R.phone()],
             ["身份证号：", R.idno()],
             ["所在单位：", R.place("所在单位", "unit"), R.company("所在单位", "unit"), r.choice(TRADE), "公司"],
             ["参加项目：", r.choice(["5公里", "10公里", "亲子组", "家庭组"])],
             ["紧急联系人：", R.person("紧急联系人", "emergency_contact"), "  电话：", R.phone()],
             ["报名日期：", R.date()]]
    return lines


def g_volunteer(R, r):
    lines = [[R.place(), "社区", r.choice(["防汛", "文明创建", "疫苗接种引导", "敬老助残"]), "志愿者报名登记表"]]
    for i in range(r.randint(3, 6)):
        lines.append([str(i + 1), ". ", R.person(), "  ", R.phone(), "  ", r.choice(["周六上午", "周日下午", "工作日晚间", "全天"]), "  服务时长", R.cnt(2, 60, "时长", "hours"), "小时"])
    lines.append(["登记人：", R.person("登记人", "registrar"), "  ", R.date()])
    return lines


def g_award(R, r):
    lines = [["关于表彰", R.year(), "年度先进集体和先进个人的决定"],
             ["经各单位推荐、评审委员会审核，决定对以下集体和个人予以表彰："],
             ["一、先进集体（", R.cnt(2, 12), "个）"],
             [R.place(), "村股份经济合作社、", R.place(), "社区居委会、", R.company(), r.choice(TRADE), "有限公司"],
             ["二、先进个人（", R.cnt(3, 30), "名）"],
             [R.person(), "、", R.person(), "、", R.person(), "、", R.person(), "、", R.person()],
             ["希望受表彰的集体和个人珍惜荣誉，再接再厉。"],
             [R.place(), r.choice(TOWN_SUF), "人民政府"],
             R.date()]
    return lines


def g_contact(R, r):
    sep = r.choice(["\t", "  ", " | "])
    lines = [[R.place(), r.choice(TOWN_SUF), r.choice(["网格员", "村（社区）干部", "防汛责任人"]), "通讯录"],
             [sep.join(["姓名", "职务", "手机", "邮箱"])]]
    for _ in range(r.randint(3, 6)):
        lines.append([R.person(), sep, r.choice(["网格长", "专职网格员", "支部书记", "主任", "联络员"]), sep, R.phone(), sep, R.email()])
    return lines


def g_bank(R, r):
    lines = [[R.place(), r.choice(TOWN_SUF), "耕地地力保护补贴发放明细（公示）"],
             ["序号  户主姓名  身份证号  银行卡号  补贴面积(亩)  补贴金额(元)"]]
    for i in range(r.randint(3, 5)):
        lines.append([str(i + 1), "  ", R.person(), "  ", R.idno(), "  ", R.card(), "  ", R.dec(1, 30), "  ", R.dec(100, 3000)])
    lines.append(["公示期", R.cnt(5, 7, "公示天数", "days"), "天，如有异议请联系", R.phone(), "。"])
    return lines


def g_penalty(R, r):
    lines = [[R.place(), "市", r.choice(["市场监督管理局", "生态环境局", "应急管理局"]), "行政处罚决定书"],
             ["当事人：", R.place("当事人地名", "party_city"), R.company("当事人", "party"), r.choice(TRADE), "有限公司"],
             ["法定代表人：", R.person("法定代表人", "legal_rep")],
             ["经查，当事人于", R.date(), "在", R.place(), "仓库存放不合格产品", R.cnt(10, 900), "件，货值金额", R.dec(1, 90), "万元。"],
             ["现场负责人", R.person("负责人", "manager"), "对上述事实无异议。"],
             ["依据相关规定，决定对当事人处以罚款人民币", R.dec(1, 50), "万元。"],
             [R.date()]]
    return lines


def g_email(R, r):
    lines = [["主题：关于报送", R.year(), "年", r.choice(PROJECTS), "资料的函"],
             ["发件人：", R.person("发件人", "sender"), " <", R.email(), ">"],
             [R.person("收件人", "recipient"), "您好："],
             ["请于", R.md(), "前报送贵单位", r.choice(PROJECTS), "项目资料，含资金使用明细（约", R.dec(), "万元）。"],
             ["如有疑问请致电", R.phone(), "。"],
             ["此致", ],
             [R.place(), "市", r.choice(DEPTS), " ", R.person("落款人", "signer")]]
    return lines


def g_tender(R, r):
    lines = [[R.place(), r.choice(TOWN_SUF), r.choice(PROJECTS), "项目招标公告"],
             ["项目编号：", R.text("ZB" + str(r.randint(2023001, 2024999)), "项目编号", "tender_no")],
             ["预算金额：", R.dec(20, 900, "预算金额", "budget"), "万元"],
             ["投标截止时间：", R.when("截止时间", "deadline"), " ", R.time()],
             ["开标地点：", R.place(), "公共资源交易中心第", R.cnt(1, 9, "开标室", "room"), "开标室"],
             ["采购人：", R.place(), r.choice(TOWN_SUF), "人民政府  联系人：", R.person(), "  电话：", R.phone()],
             ["代理机构：", R.company("代理机构", "agent"), "招标代理有限公司"]]
    return lines


def g_product(R, r):
    lines = [["办公设备采购清单"], ["品名  型号  数量  单价(元)  合计(元)"]]
    for it in r.sample(ITEMS, r.randint(3, 5)):
        lines.append([it, "  ", R.model(), "  ", R.cnt(1, 40), "  ", R.dec(100, 9000), "  ", R.dec(1000, 90000)])
    lines.append(["经办人：", R.person("经办人", "handler"), "  审核人：", R.person("审核人", "reviewer")])
    return lines


def g_srt(R, r):
    lines = []
    subs = ["各位观众朋友们，欢迎收看本期节目。", "今天我们来到了", "这里的村民正在忙着收割水稻。",
            "今年全村粮食产量再创新高。", "合作社负责人告诉我们，", "接下来我们去看看新建的文化礼堂。",
            "感谢收看，我们下期再见。"]
    t = r.randint(0, 50)
    for i, s in enumerate(r.sample(subs, r.randint(2, 3))):
        lines.append([str(i + 1)])
        lines.append(["00:00:%02d,%03d --> 00:00:%02d,%03d" % (t, r.randint(0, 999), t + 3, r.randint(0, 999))])
        if s.endswith("来到了"):
            lines.append([s, R.place(), "村。"])
        else:
            lines.append([s])
        lines.append([""])
        t += 4
    if lines and lines[-1] == [""]:
        lines.pop()
    return lines


def g_lyrics(R, r):
    verses = ["晨光洒在稻田上", "小河弯弯绕村庄", "炊烟升起的地方", "有我思念的故乡",
              "老屋门前的桂花香", "母亲守望的目光", "走过千山和万水", "心里依然是家乡"]
    lines = [["《", R.place(), "谣》"], ["作词：", R.person("作词", "lyricist"), "  作曲：", R.person("作曲", "composer")]]
    for v in r.sample(verses, r.randint(4, 6)):
        lines.append([v])
    return lines


def g_poem(R, r):
    verses = ["春风又绿江南岸边柳", "一川烟雨入画来", "青山不语云自闲", "野渡无人舟自横",
              "晚来天欲雪满山", "长亭外古道边", "月照松间清泉流", "远山含黛水含烟"]
    lines = [["《", r.choice(["山居", "秋夜", "归乡", "江行"]), "》"], [R.person("作者", "author"), "（", R.year(), "年作）"]]
    for v in r.sample(verses, 4):
        lines.append([v])
    return lines


def g_csv(R, r):
    lines = [["序号,姓名,所在村,联系电话,家庭人口,年收入(元)"]]
    for i in range(r.randint(3, 6)):
        lines.append([str(i + 1), ",", R.person(), ",", R.place(), "村,", R.phone(), ",", R.cnt(1, 8), ",", R.cnt(8000, 90000)])
    return lines


def g_mt(R, r):
    lines = [["新闻稿：", R.company(), "科技宣布新的合作伙伴关系"],
             [R.place(), "，", R.date(), "——", R.company(), "科技今天宣布，它已经与当地大学达成了一项战略合作协议。"],
             ["根据协议，双方将在未来", R.cnt(2, 5), "年内共同投资", R.dec(1, 50), "百万元用于研究。"],
             ["“我们很兴奋能够成为这个旅程的一部分，”首席执行官", R.person(), "说。"],
             ["欲了解更多信息，请访问公司网站或致电", R.phone(), "。"]]
    return lines


def g_trad(R, r):
    lines = [["社區公告"]]
    for s in r.sample(TRAD_LINES, r.randint(3, 5)):
        lines.append([s])
    lines.append(["管理委員會 敬啟"])
    return lines


GENRES = OrderedDict([
    ("report", g_work_report), ("notice", g_notice), ("contract", g_contract), ("minutes", g_minutes),
    ("stat_table", g_stat_table), ("wechat", g_wechat), ("opendata", g_opendata), ("yearbook", g_yearbook),
    ("questionnaire", g_questionnaire), ("registration", g_registration), ("volunteer", g_volunteer),
    ("award", g_award), ("contact", g_contact), ("bank", g_bank), ("penalty", g_penalty), ("email", g_email),
    ("tender", g_tender), ("product", g_product), ("srt", g_srt), ("lyrics", g_lyrics), ("poem", g_poem),
    ("csv", g_csv), ("mt", g_mt), ("trad", g_trad),
])


def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it


# --------------------------------------------------------------------------
# placeholders
# --------------------------------------------------------------------------
XCHARS = {"x_lower": "x", "X_upper": "X", "cross": "×", "fullwidth": "Ｘ", "circle": "○"}


def ph_for(scheme, s, r):
    k, real = s.kind, s.real
    if scheme == "mixed_x":
        scheme = r.choice(["x_lower", "X_upper", "cross"])
    if scheme in XCHARS:
        c = XCHARS[scheme]
        if scheme == "circle" and k not in ("place", "company", "person"):
            return None
        if k in ("cnt", "dec", "pct"):
            if r.random() < 0.3:
                return c * r.randint(1, 3) if k == "cnt" else re.sub(r"\d+", lambda m: c * r.randint(1, 2), real)
            return re.sub(r"\d", c, real)
        if k == "year":
            return r.choice(["20" + c * 2, real[:3] + c])
        if k == "month":
            return c * r.choice([1, 1, 2])
        if k == "day":
            return c * r.choice([1, 2, 2])
        if k in ("place", "company"):
            return c * r.choice([2, 2, 3])
        if k == "person":
            return r.choice([c * 3, real[0] + c * 2, real[0] + c])
        if k == "phone":
            return r.choice([real[:3] + c * 8, c * 11])
        if k == "time":
            return c * 2 + ":" + c * 2
        if k == "model":
            return c * r.choice([2, 3])
        if k == "when":
            return "20%s年%s月%s日" % (c * 2, c, c * 2)
        if k == "idno":
            return real[:6] + c * 12
        return None
    if scheme == "mou":
        if k == "person":
            return r.choice([real[0] + "某", real[0] + "某某", "某某", real[0] + "某" + r.choice("甲乙")])
        if k in ("company", "place"):
            return r.choice(["某某", "某"]) if k == "place" else "某某"
        return None
    if scheme == "stars":
        if k == "phone":
            return real[:3] + r.choice(["****", "*****", "****"]) + real[-4:] if r.random() < 0.85 else real[:3] + "*" * 8
        if k == "idno":
            return real[:r.choice([3, 6])] + "*" * r.choice([8, 11, 12]) + real[-4:]
        if k == "card":
            return r.choice([real[:4] + " **** **** " + real[-4:], real[:6] + "******" + real[-4:], "**** **** **** " + real[-4:]])
        if k == "person":
            return real[0] + r.choice(["**", "*", "*" + real[-1]])
        if k == "email":
            i = real.index("@")
            return real[0] + "***" + real[i:]
        return None
    if scheme == "bracket":
        return "【" + s.label + "】"
    if scheme == "curly":
        return r.choice(["{{" + s.var + "}}", "{{ " + s.var + " }}"])
    if scheme == "dollar":
        return "${" + s.var + "}"
    if scheme == "mailmerge":
        return r.choice(["«" + s.label + "»", "<<" + s.label + ">>", "＜＜" + s.label + "＞＞"])
    if scheme == "underscore":
        return r.choice(["＿" * r.randint(3, 6), "_" * r.randint(4, 10)])
    if scheme == "fill":
        return r.choice(["（此处填写" + s.label + "）", "（请填写" + s.label + "）", "[请输入" + s.label + "]"])
    if scheme == "todo":
        if k in ("text", "when", "time", "dec", "cnt", "person", "model"):
            return r.choice(["待定", "待定", "TBD", "TODO", "待补充", "（待定）"])
        return None
    if scheme == "ymd":
        return {"year": "YYYY", "month": "MM", "day": "DD", "time": "HH:MM", "when": "YYYY-MM-DD"}.get(k)
    raise ValueError(scheme)


def render(lines, r, scheme=None, policy="many", post=None):
    """Return (text, spans, n_masked). scheme None = clean."""
    # collect slots with line indices
    flat_lines = [list(flatten(l)) for l in lines]
    slots = []
    for li, items in enumerate(flat_lines):
        for ii, it in enumerate(items):
            if isinstance(it, Slot):
                slots.append((li, ii, it))
    chosen = {}
    if scheme:
        cands = []
        for li, ii, s in slots:
            p = ph_for(scheme, s, r)
            if p:
                cands.append((li, ii, p))
        if policy == "title":
            cands = [c for c in cands if c[0] == 0]
        elif policy == "sig":
            last = max([c[0] for c in cands], default=-1)
            cands = [c for c in cands if c[0] >= len(flat_lines) - 2 and c[0] >= 1]
        if cands:
            if policy == "one":
                pick = [r.choice(cands)]
            elif policy in ("all", "title", "sig"):
                pick = cands
            else:
                p = r.uniform(0.35, 1.0)
                pick = [c for c in cands if r.random() < p] or [r.choice(cands)]
            for li, ii, p in pick:
                chosen[(li, ii)] = p
    segs = []
    for li, items in enumerate(flat_lines):
        if li:
            segs.append("\n")
        for ii, it in enumerate(items):
            if isinstance(it, Slot):
                if (li, ii) in chosen:
                    if segs and isinstance(segs[-1], Mark):
                        continue  # two masked slots side by side: one placeholder
                    segs.append(Mark(chosen[(li, ii)]))
                else:
                    segs.append(it.real)
            else:
                segs.append(it)
    if post == "pdf_split":
        idx = [i for i, s in enumerate(segs) if isinstance(s, Mark)]
        for i in r.sample(idx, 1):
            segs[i] = (segs[i], r.choice(["\n\n", "\n"]))
        segs2 = []
        for s in segs:
            if isinstance(s, tuple):
                segs2.extend(s)
            else:
                segs2.append(s)
        segs = segs2
    text, spans, pos = [], [], 0
    for s in segs:
        if isinstance(s, Mark) and len(s):
            spans.append([pos, pos + len(s)])
        text.append(str(s))
        pos += len(s)
    return "".join(text), spans, len(chosen)


# --------------------------------------------------------------------------
# mojibake damage
# --------------------------------------------------------------------------
def _cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def d_codec(enc, dec, errors="replace"):
    def f(r, s):
        return s.encode(enc, errors="replace").decode(dec, errors=errors)
    return f


def d_utf8_gbk_twice(r, s):
    a = s.encode("utf-8").decode("gbk", "replace")
    return a.encode("utf-8").decode("gbk", "replace")


def d_utf8_gbk_lossy(r, s):
    a = s.encode("utf-8").decode("gbk", "replace")
    return a.encode("gbk", "replace").decode("utf-8", "replace")


def d_utf8_double(r, s):
    return s.encode("utf-8").decode("latin-1").encode("utf-8").decode("cp1252", "replace")


def d_utf16_latin1(r, s):
    return s.encode("utf-16-le").decode("latin-1")


def d_qmark(r, s):
    return s.encode(r.choice(["ascii", "latin-1"]), "replace").decode("latin-1")


def d_latin1_gbk_q(r, s):
    return s.encode("utf-8").decode("latin-1").encode("gbk", "replace").decode("gbk")


def d_repl(r, s):
    b = bytearray(s.encode("utf-8"))
    for _ in range(r.randint(1, max(1, len(b) // 6))):
        if len(b) > 1:
            del b[r.randrange(len(b))]
    return bytes(b).decode("utf-8", "replace")


def d_kunjinkao(r, s):
    lost = s.encode("utf-8").decode("ascii", "replace")
    return lost.encode("utf-8").decode("gbk", "replace")


def d_cut_end(r, s):
    b = s.encode("utf-8")
    return b[:len(b) - r.choice([1, 2])].decode("utf-8", "replace")


def d_gbk_shift(r, s):
    b = s.encode("gbk")
    return (b"?" + b[1:]).decode("gbk", "replace") if r.random() < 0.5 else b[1:].decode("gbk", "replace")


def d_pinyin(r, s):
    out = []
    for c in s:
        if c in PY:
            t, p = PY[c]
            out.append(t + "(" + p + ")")
        else:
            out.append(c)
    return "".join(out)


def d_nbsp(r, s):
    n = r.randint(1, 3)
    i = r.randint(0, len(s))
    return s[:i] + "&nbsp;" * n + s[i:]


def d_amp_double(r, s):
    tag = r.choice(["strong", "p", "span", "b"])
    return r.choice(["&amp;lt;%s&amp;gt;%s&amp;lt;/%s&amp;gt;", "&lt;%s&gt;%s&lt;/%s&gt;"]) % (tag, s, tag)


def d_html_tags(r, s):
    style = r.choice(['style="font-family:宋体;font-size:16px;"', 'style="color:#333333;line-height:1.75em"',
                      'class="MsoNormal"', 'style="text-indent:2em"'])
    tag = r.choice(["span", "p", "font"])
    return "<%s %s>%s</%s>" % (tag, style, s, tag)


def d_broken_tag(r, s):
    if len(s) < 2:
        return s + "?/strong>"
    return s[:-1] + r.choice(["?/strong>", "?/span>", "</p", "?/b><br"])


def d_ncr(r, s):
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")


def d_ncr_hex(r, s):
    return "".join("&#x%X;" % ord(c) if ord(c) > 127 else c for c in s)


def d_uescape(r, s):
    return s.encode("unicode_escape").decode("ascii")


def d_json_double(r, s):
    return s.encode("unicode_escape").decode("ascii").replace("\\", "\\\\")


def d_url(r, s):
    return urllib.parse.quote(s)


def d_qp(r, s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def d_mime(r, s):
    return email.header.Header(s, r.choice(["utf-8", "gb2312"]) if all(_gb2312ok(c) for c in s) else "utf-8").encode()


def _gb2312ok(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def d_bom(r, s):
    return "\ufeff" * r.randint(1, 2)


def d_bom1252(r, s):
    return "\ufeff".encode("utf-8").decode("cp1252") * r.randint(1, 2)


def d_nul(r, s):
    return "\x00" * r.randint(1, 3)


def d_soft_hyphen(r, s):
    return "\u00ad"


def d_combining(r, s):
    return r.choice(["\u0301", "\u0308", "\u0300\u0301", "\u0327", "\u20dd"])


def d_cid(r, s):
    return "".join("(cid:%d)" % (3000 + ord(c) % 5000) if ord(c) > 127 else c for c in s)


def d_pua(r, s):
    return "".join(chr(0xE000 + ord(c) % 0x1800) if _cjk(c) and r.random() < 0.8 else c for c in s) \
        if True else s


def d_emoji_gbk(r, s):
    e = r.choice(["😊", "👍", "🎉", "🔥", "❤️", "👏", "🌸", "📢"])
    return e.encode("utf-8").decode("gbk", "replace")


def d_smartquote(r, s):
    return "“".encode("utf-8").decode("gbk", "replace") + s + "”".encode("utf-8").decode("gbk", "replace")


def d_cp1252_mix(r, s):
    return (b"\x93" + s.encode("utf-8") + b"\x94").decode("utf-8", "replace")


def d_literal_nl(r, s):
    return r.choice(["\\n", "\\r\\n", "\\n\\n", "\\t"])


def d_lone_cr(r, s):
    return r.choice(["\r", "\r\r"])


def d_rare_name(r, s):
    # a name whose given name used a character outside GB2312, saved as GB2312
    name = s[0] + r.choice(RARE_GIVEN) + (s[2:] if len(s) > 2 and r.random() < 0.5 else "")
    return name.encode("gb2312", "replace").decode("gb2312")


def d_big5_gbk(r, s):
    return s.encode("big5", "replace").decode("gbk", "replace")


def d_mixed(r, s):
    f = r.choice([d_codec("utf-8", "gbk"), d_codec("gbk", "cp1252"), d_ncr, d_uescape, d_kunjinkao, d_cid])
    return f(r, s)


# name -> (function, kind) ; kind 'rep' replaces target text, 'ins' inserts at a point
DAMAGE = {
    "utf8_as_gbk": (d_codec("utf-8", "gbk"), "rep"),
    "utf8_as_gbk_twice": (d_utf8_gbk_twice, "rep"),
    "utf8_as_gbk_saved_lossy": (d_utf8_gbk_lossy, "rep"),
    "utf8_as_cp1252": (d_codec("utf-8", "cp1252"), "rep"),
    "utf8_as_latin1": (d_codec("utf-8", "latin-1"), "rep"),
    "utf8_twice": (d_utf8_double, "rep"),
    "gbk_as_utf8": (d_codec("gbk", "utf-8"), "rep"),
    "gbk_as_cp1252": (d_codec("gbk", "cp1252"), "rep"),
    "gbk_as_big5": (d_codec("gbk", "big5"), "rep"),
    "big5_as_gbk": (d_big5_gbk, "rep"),
    "utf8_as_shift_jis": (d_codec("utf-8", "shift_jis"), "rep"),
    "gbk_as_shift_jis": (d_codec("gbk", "shift_jis"), "rep"),
    "utf8_as_koi8_r": (d_codec("utf-8", "koi8_r"), "rep"),
    "utf8_as_euc_kr": (d_codec("utf-8", "euc_kr"), "rep"),
    "utf8_as_mac_roman": (d_codec("utf-8", "mac_roman"), "rep"),
    "utf8_as_cp437": (d_codec("utf-8", "cp437"), "rep"),
    "gbk_as_koi8_r": (d_codec("gbk", "koi8_r"), "rep"),
    "utf16le_as_latin1": (d_utf16_latin1, "rep"),
    "question_marks": (d_qmark, "rep"),
    "latin1_then_gbk_q": (d_latin1_gbk_q, "rep"),
    "replacement_char": (d_repl, "rep"),
    "kunjinkao": (d_kunjinkao, "rep"),
    "cut_multibyte": (d_cut_end, "rep"),
    "gbk_off_by_one": (d_gbk_shift, "rep"),
    "pinyin_artefact": (d_pinyin, "rep"),
    "html_nbsp": (d_nbsp, "rep"),
    "html_double_escape": (d_amp_double, "rep"),
    "html_tags": (d_html_tags, "rep"),
    "html_broken_tag": (d_broken_tag, "rep"),
    "ncr_decimal": (d_ncr, "rep"),
    "ncr_hex": (d_ncr_hex, "rep"),
    "unicode_escape": (d_uescape, "rep"),
    "json_double_escape": (d_json_double, "rep"),
    "percent_encoding": (d_url, "rep"),
    "quoted_printable": (d_qp, "rep"),
    "mime_header": (d_mime, "rep"),
    "bom_repeated": (d_bom, "ins"),
    "bom_as_cp1252": (d_bom1252, "ins"),
    "nul_bytes": (d_nul, "ins"),
    "soft_hyphen": (d_soft_hyphen, "ins"),
    "combining_mark": (d_combining, "ins"),
    "pdf_cid": (d_cid, "rep"),
    "pdf_pua": (d_pua, "rep"),
    "emoji_as_gbk": (d_emoji_gbk, "ins"),
    "smart_quotes_as_gbk": (d_smartquote, "rep"),
    "cp1252_bytes_in_utf8": (d_cp1252_mix, "rep"),
    "literal_escape_newline": (d_literal_nl, "ins"),
    "lone_cr": (d_lone_cr, "ins"),
    "rare_char_lost_gb2312": (d_rare_name, "rep"),
    "mixed_damage": (d_mixed, "rep"),
}

# --------------------------------------------------------------------------
# verification helpers (also used at generation time)
# --------------------------------------------------------------------------
PH_RE = re.compile(
    r"[xX×Ｘｘ○]|某|\*|【[^】\n]{1,16}】|\{\{|\$\{|«|<<|＜＜|＿|_{3,}|此处填写|请填写|请输入|待定|TBD|TODO|待补充"
    r"|YYYY|MM|DD|HH:MM")
STRONG_PH_RE = re.compile(r"(?<![A-Za-z])(?:[xX]{2,}|[×Ｘ]{2,})(?![A-Za-z])|\*{3,}|\{\{|\$\{|＿{2,}|_{4,}|此处填写|某某")
NEG_ALLOW = re.compile(r"XXL|XX染色体|为XX，|XXX?L|\{\{|\$\{|_{4,}")

PINYIN_RE = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
DEBRIS_RE = re.compile(r"锟斤拷|&(?:#\d+|#x[0-9A-Fa-f]+|[a-z]+);|&amp;|&lt;|</?[a-z]+[ >/]|\?/[a-z]+>|</[a-z]+|\\u[0-9a-fA-F]{4}|\\[nrt]"
                       r"|%[0-9A-F]{2}%|=[0-9A-F]{2}=|\(cid:\d+\)|=\?[\w-]+\?[bBqQ]\?|ï»¿")
REPAIR_PAIRS = [("gbk", "utf-8"), ("cp1252", "utf-8"), ("latin-1", "utf-8"), ("cp1252", "gbk"), ("latin-1", "gbk"),
                ("big5", "gbk"), ("gbk", "big5"), ("shift_jis", "utf-8"), ("shift_jis", "gbk"), ("koi8_r", "utf-8"),
                ("koi8_r", "gbk"), ("euc_kr", "utf-8"), ("mac_roman", "utf-8"), ("cp437", "utf-8"), ("latin-1", "utf-16-le")]


def _odd_char(c):
    o = ord(c)
    cat = unicodedata.category(c)
    return (c in "\ufffd\ufeff\u00ad" or cat in ("Cc", "Mn", "Me", "Co") and c != "\n" and c != "\t") or 0x80 <= o <= 0x9f


def _is_common(c):
    if c.isascii() or c in "，。、：；！？“”（）《》":
        return True
    try:
        b = c.encode("gb2312")
        if len(b) == 2 and 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = c.encode("big5")
        if len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E and c in _TRAD_COMMON:
            return True
    except UnicodeEncodeError:
        pass
    return False


_TRAD_COMMON = set("".join(TRAD_LINES) + "".join(v[0] for v in PY.values()) + "社區公告管理委員會敬啟")


def _common_score(t):
    t = [c for c in t if not c.isspace()]
    if not t:
        return 1.0
    return sum(_is_common(c) for c in t) / len(t)


def looks_damaged(t):
    if any(_odd_char(c) for c in t):
        return True
    if DEBRIS_RE.search(t) or PINYIN_RE.search(t) or "?" in t:
        return True
    tscore = _common_score(t)
    for shown, real in REPAIR_PAIRS:
        try:
            b = t.encode(shown)
        except UnicodeEncodeError:
            continue
        try:
            fixed = b.decode(real)
        except UnicodeDecodeError:
            continue
        if fixed == t or "\ufffd" in fixed:
            continue
        if _common_score(fixed) >= tscore + 0.2:
            return True
        if not _cjk(t) and _cjk(fixed):
            return True
        if any(ord(c) > 0xFFFF for c in fixed) and len(fixed) < len(t):
            return True
    # utf-8 encoded twice: one more layer
    try:
        once = t.encode("cp1252").decode("utf-8")
        if once != t and not t.isascii():
            return True
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return False


# --------------------------------------------------------------------------
# target selection for mojibake
# --------------------------------------------------------------------------
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def line_bounds(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def pick_target(text, scope, r, kind):
    lb = [b for b in line_bounds(text) if b[1] > b[0]]
    if kind == "ins":
        if scope == "linestart":
            a = r.choice(lb)[0]
            return a, a
        if scope in ("inword", "point"):
            runs = [m for m in CJK_RUN.finditer(text)]
            m = r.choice(runs)
            p = r.randint(m.start() + 1, m.end() - 1)
            return p, p
        if scope == "lineend":
            b = r.choice(lb)[1]
            return b, b
        # title
        if scope == "title":
            return 0, 0
        a, b = r.choice(lb)
        p = r.randint(a, b)
        return p, p
    if scope == "all":
        return 0, len(text)
    if scope == "title":
        return lb[0]
    if scope == "sig":
        return lb[-1] if _cjk(text[lb[-1][0]:lb[-1][1]]) or len(lb) < 2 else lb[-2]
    if scope == "line":
        c = [b for b in lb if _cjk(text[b[0]:b[1]])]
        return r.choice(c[1:] or c)
    if scope == "para":
        c = [i for i, b in enumerate(lb) if _cjk(text[b[0]:b[1]])]
        i = r.choice(c)
        j = min(len(lb) - 1, i + r.randint(1, 3))
        return lb[i][0], lb[j][1]
    if scope == "cell":
        cells = [m for m in re.finditer(r"[^\t,|\n ]+", text) if _cjk(m.group())]
        tbl = [m for m in cells if re.search(r"[\t,|]|  ", text[max(0, m.start() - 3):m.end() + 3])]
        m = r.choice(tbl or cells)
        return m.start(), m.end()
    if scope == "name":
        cands = []
        for m in re.finditer(r"[%s][\u4e00-\u9fff]{1,2}" % SURN, text):
            if m.group()[1:] in GIVEN or m.group()[1:2] in "".join(GIVEN):
                cands.append(m)
        m = r.choice(cands)
        return m.start(), m.end()
    if scope == "lineend_word":
        c = []
        for a, b in lb:
            m = re.search(r"[\u4e00-\u9fff]{1,4}[。！？”]?$", text[a:b])
            if m:
                c.append((a + m.start(), b))
        return r.choice(c)
    runs = [m for m in CJK_RUN.finditer(text)]
    m = r.choice(runs)
    if scope == "word":
        L = r.randint(1, min(4, len(m.group())))
    else:  # phrase
        L = r.randint(min(5, len(m.group())), min(20, len(m.group())))
    a = r.randint(m.start(), m.end() - L)
    return a, a + L


def apply_damage(text, targets, r):
    """targets: list of (a, b, damage_name); non-overlapping. returns text, spans, notes"""
    targets = sorted(targets)
    out, spans, pos, last, notes = [], [], 0, 0, []
    for a, b, dn in targets:
        if a < last:
            continue
        out.append(text[last:a])
        pos += a - last
        fn, kind = DAMAGE[dn]
        orig = text[a:b]
        dmg = fn(r, orig)
        if kind == "ins":
            dmg = dmg  # inserted
            new = dmg
        else:
            new = dmg
        out.append(new)
        spans.append([pos, pos + len(new)])
        notes.append("%s on %r" % (dn, orig[:16]))
        pos += len(new)
        last = b
    out.append(text[last:])
    return "".join(out), spans, notes


# --------------------------------------------------------------------------
# traps (negatives)
# --------------------------------------------------------------------------
def T(*opts):
    return list(opts)


PH_TRAPS = {
    "neg_1plusx_certificate": T("学院已有{n}个专业纳入1+X证书制度试点，学生可同时取得学历证书和职业技能等级证书。",
                                "推行“1+X”证书制度，全年组织考核{n}人次。"),
    "neg_7plusx_mode": T("我区探索“7+X”志愿服务模式，即7项固定服务加若干特色服务。",
                         "构建“5+X”产业体系，5大主导产业加X个新兴产业协同发展。"),
    "neg_x86_arch": T("服务器采用x86架构，配置{n}核处理器。", "系统支持x64和ARM64两种平台，兼容国产芯片。"),
    "neg_xray_medical": T("卫生院新购置数字化X光机一台，完成X射线检查{n}人次。", "对重点人群开展胸部X线筛查，共筛查{n}人。"),
    "neg_clothing_size": T("工作服尺码分为M、L、XL、XXL四档，请按需填报。", "本次共发放XL码马甲{n}件、XXL码{n}件。"),
    "neg_times_hours": T("政务热线实行7×24小时服务，全年受理来电{n}件。", "窗口推行5×8小时延时服务和周末预约服务。"),
    "neg_multiplication": T("按每户补贴{n}元计算，3×4共12个组合均已核算。", "场地面积为20×30平方米，共600平方米。"),
    "neg_formula_variables": T("设每箱单价为x元，则3x+5={n}，解得x的值。", "回归方程为y=0.82x+1.6，拟合优度R²为0.91。"),
    "neg_mou_prose": T("在某种程度上，基层治理能力决定了服务质量。", "某些地方存在重建设、轻管理的现象，需引起重视。",
                       "老人说，那是某年某月的一个雨夜，他已经记不清了。"),
    "neg_roman_numeral": T("第Ⅺ章介绍了农村集体经济组织的财务管理。", "按照Ⅲ类水质标准进行考核，达标率为{p}%。"),
    "neg_hex_values": T("设备地址设置为0x1F，波特率9600。", "颜色代码#FFAA00，对应十六进制值0xFFAA00。"),
    "neg_xx_chromosome": T("生物课上老师讲解：女性的性染色体组成为XX，男性为XY。",),
    "neg_brand_names": T("展会上展出了SpaceX火箭模型和Xbox游戏体验区。", "参观者可以试驾宝马X5和新款CX-50。"),
    "neg_code_identifiers": T("接口字段user_name为必填项，模块入口文件为__init__.py。", "配置项max_retry_count默认值为3。"),
    "neg_template_engine_doc": T("在Jinja模板中用{{ title }}输出变量，这是模板语法的示例代码。",
                                 "前端教程：Vue中使用{{ message }}实现插值绑定，示例见代码块。"),
    "neg_daiding_prose": T("会上梳理了三项待定事项，明确下次会议再议。", "数学课讲解了待定系数法的基本步骤。"),
    "neg_todo_software": T("很多年轻人用TODO清单类应用管理日程。", "代码评审时发现仍有注释“TODO”的函数，已要求在发布前清理。"),
    "neg_dimensions": T("文件柜规格为900×400×1800mm，共采购{n}组。", "展板尺寸1.2m×2.4m，双面喷绘。"),
    "neg_sports_3x3": T("举办3x3篮球赛，共有{n}支队伍参赛。", "4×100米接力赛中，我镇代表队获得第二名。"),
    "neg_xy_axis": T("图中X轴表示年份，Y轴表示产量（万吨）。", "坐标系中横轴为x，纵轴为y。"),
    "neg_unmasked_contacts": T("政务服务热线12345，报警电话110，火警119。", "办公室电话0571-86001234，传真同号。"),
    "neg_star_rating": T("游客评价★★★★☆，综合得分4.6分。", "注：带*的指标为约束性指标。"),
    "neg_headline_brackets": T("【重磅】我区入选全国示范名单！", "【便民提示】周末政务大厅照常开放。"),
    "neg_film_titles": T("社区电影放映《X战警》和《流浪地球》，观众{n}余人。", "讨论《X的悲剧》这部推理小说的读书会如期举行。"),
    "neg_word_problem_unknown": T("应用题：某商店运来苹果若干箱，卖出x箱后还剩{n}箱，求x。",
                                  "若工程队每天修路x米，则{n}天可完成全部任务。"),
    "neg_standards_models": T("产品符合GB/T 19001-2016标准，型号为HX-{n}型。", "执行ISO 14001环境管理体系认证。"),
    "neg_checkbox_form": T("是否为首次参加：□是  □否", "您的选择：☑满意  □一般  □不满意"),
    "neg_fullwidth_digits": T("２０２３年共完成投资１２．５亿元，同比增长８．３％。", "联系电话：０５７１－８８８８６６６６"),
    "neg_markdown_bold": T("**温馨提示**：请携带身份证原件办理。", "*本活动最终解释权归主办方所有"),
    "neg_clean_document": T(),
}

MJ_TRAPS = {
    "neg_pinyin_lesson": T("语文课上，老师带领学生学习“发展(fāzhǎn)”一词的读音和用法。",
                           "生字卡片：巍峨(wēi'é)、澎湃(péngpài)，请同学们跟读。", "识字课：“霞”读作xiá，第二声。"),
    "neg_russian_quote": T("俄方代表在致辞中说：«Спасибо за тёплый приём», 即感谢热情接待。",
                           "展板上印有俄文标语“Добро пожаловать”（欢迎光临）。"),
    "neg_japanese_quote": T("日方考察团留言：「ご協力ありがとうございました」。", "展会引进日本品牌“無印良品”同类产品展示。"),
    "neg_korean_quote": T("韩国友好城市代表致辞：“감사합니다”，现场掌声热烈。", "菜单标注韩文“김치찌개”（泡菜汤）。"),
    "neg_greek_letters": T("实验测得系数α=0.05，β=0.8，Δt为采样间隔。", "希腊语“Ευχαριστώ”意为谢谢。"),
    "neg_french_quote": T("法国志愿者写道：« Très bien, à bientôt ! »", "咖啡馆招牌写着“Café de la Gare”。"),
    "neg_german_names": T("德国专家Müller先生介绍了Straßenbahn项目经验。", "合作方为Jäger & Söhne GmbH。"),
    "neg_nordic_places": T("考察团访问了挪威Ålesund港和Tromsø大学。", "丹麦Århus市代表团来访。"),
    "neg_emoji": T("周末一起去公园吧😊🌸", "为志愿者们点赞👍👍！", "全家福👨‍👩‍👧合影留念❤️"),
    "neg_rare_characters": T("获奖学生：王喆、李堃、陈赟、刘玥。", "古籍中“𠮷”字为“吉”的异体。", "地名“㵘水”见于县志记载。"),
    "neg_html_as_code": T("前端规范：段落请使用<p class=\"content\">标签，空格用&nbsp;表示。",
                          "示例代码：<span style=\"color:red\">警告</span>，请勿直接复制到正文。"),
    "neg_escape_doc": T("接口文档说明：中文在JSON中可转义为\\u4e2d\\u6587形式，客户端需自行解码。",
                        "开发手册：换行符在字符串中写作\\n，制表符写作\\t。"),
    "neg_url_percent": T("详情见https://www.example.gov.cn/search?q=%E5%B7%A5%E4%BD%9C",
                         "下载地址：https://data.example.cn/files/2023report.pdf"),
    "neg_emails_filenames": T("请将材料发送至office@example.gov.cn，文件名为“2023年度报表_终稿.xlsx”。",
                              "附件：IMG_0032.JPG、会议纪要(1).docx"),
    "neg_fullwidth_mix": T("ＡＢＣ公司于２０２３年签约，合同编号ＨＴ－００１２。", "WiFi密码：abc12345（区分大小写）"),
    "neg_traditional_text": T("本會將於週六舉辦年度會員大會，敬請出席。", "颱風警報解除後，圖書館恢復開放。"),
    "neg_math_symbols": T("误差控制在±0.5℃以内，合格率≥98%。", "∑各项得分≤100分，√表示已完成。"),
    "neg_chem_units": T("PM2.5年均浓度为28μg/m³，CO₂排放下降。", "化学式H₂O、NaCl，面积120m²。"),
    "neg_currency_symbols": T("报价为€1,200或£1,050，折合人民币约¥9,400。", "韩元价格₩150,000。"),
    "neg_box_drawing": T("┌──────┬──────┐\n│ 项目 │ 金额 │\n└──────┴──────┘",),
    "neg_classical_text": T("子曰：“学而时习之，不亦说乎？”", "窈窕淑女，君子好逑。"),
    "neg_japanese_shinjitai": T("日本合作方资料写作“経済発展”，与中文“经济发展”含义相同。",),
    "neg_legit_question_marks": T("英文标题为“Why Rural Revitalization?”", "大家有什么问题吗？？欢迎留言。"),
    "neg_windows_paths": T("文件保存在D:\\工作\\2023\\年报.docx。", "共享目录为\\\\server01\\公共\\资料。"),
    "neg_vietnamese": T("越南语“Xin chào”意为你好，“Cảm ơn”意为谢谢。",),
    "neg_dictionary_entry": T("词条：发展 fāzhǎn 动词，事物由小到大、由简单到复杂的变化。",),
    "neg_bilingual_subtitle": T("Welcome to our village.\n欢迎来到我们村。", "Thank you for watching.\n感谢收看。"),
    "neg_music_symbols": T("♪ 晨光洒在稻田上 ♫", "副歌部分（×2）重复演唱。"),
    "neg_trademark_symbols": T("©2023 版权所有，“云川®”为注册商标。", "依据第3条§2的规定执行。"),
    "neg_dingbats": T("①加强组织领导；②压实工作责任；③强化督导检查。", "→ 下一步计划 ★ 重点任务 ✔ 已完成"),
}

# --------------------------------------------------------------------------
# style registry
# --------------------------------------------------------------------------
PH_POS = [
    # (style, genre, scheme, policy, post)
    ("ph_report_x_lower_counts", "report", "x_lower", "many", None),
    ("ph_report_upper_x", "report", "X_upper", "many", None),
    ("ph_report_single_x", "report", "x_lower", "one", None),
    ("ph_report_cross", "report", "cross", "many", None),
    ("ph_report_pdf_split", "report", "x_lower", "many", "pdf_split"),
    ("ph_report_title_place", "report", "X_upper", "title", None),
    ("ph_report_signature_date", "report", "x_lower", "sig", None),
    ("ph_report_fullwidth_x", "report", "fullwidth", "many", None),
    ("ph_report_date_ymd_format", "report", "ymd", "many", None),
    ("ph_notice_x_lower", "notice", "x_lower", "many", None),
    ("ph_notice_bracket_fields", "notice", "bracket", "many", None),
    ("ph_notice_stars_contact", "notice", "stars", "many", None),
    ("ph_notice_todo_values", "notice", "todo", "many", None),
    ("ph_contract_underscore_blanks", "contract", "underscore", "many", None),
    ("ph_contract_bracket", "contract", "bracket", "many", None),
    ("ph_contract_fill_hint", "contract", "fill", "many", None),
    ("ph_contract_mou_parties", "contract", "mou", "many", None),
    ("ph_contract_curly_mailmerge", "contract", "curly", "many", None),
    ("ph_minutes_mou_names", "minutes", "mou", "many", None),
    ("ph_minutes_upper_x", "minutes", "X_upper", "many", None),
    ("ph_minutes_one_name_masked", "minutes", "x_lower", "one", None),
    ("ph_stat_table_x_cells", "stat_table", "x_lower", "many", None),
    ("ph_stat_table_cross_cells", "stat_table", "cross", "many", None),
    ("ph_stat_table_todo_cells", "stat_table", "todo", "many", None),
    ("ph_wechat_upper_x", "wechat", "X_upper", "many", None),
    ("ph_wechat_stars_phone", "wechat", "stars", "many", None),
    ("ph_opendata_example_x", "opendata", "x_lower", "many", None),
    ("ph_yearbook_footnote_x", "yearbook", "x_lower", "many", None),
    ("ph_questionnaire_underscore", "questionnaire", "underscore", "many", None),
    ("ph_questionnaire_bracket", "questionnaire", "bracket", "many", None),
    ("ph_registration_stars", "registration", "stars", "all", None),
    ("ph_registration_underscore_blank_form", "registration", "underscore", "all", None),
    ("ph_registration_dollar_vars", "registration", "dollar", "many", None),
    ("ph_volunteer_stars_names", "volunteer", "stars", "many", None),
    ("ph_volunteer_x_phone", "volunteer", "x_lower", "many", None),
    ("ph_award_mou_names", "award", "mou", "many", None),
    ("ph_award_circle_units", "award", "circle", "many", None),
    ("ph_award_upper_x", "award", "X_upper", "many", None),
    ("ph_contact_stars", "contact", "stars", "all", None),
    ("ph_contact_one_masked", "contact", "stars", "one", None),
    ("ph_bank_stars_id_card", "bank", "stars", "all", None),
    ("ph_penalty_mou", "penalty", "mou", "many", None),
    ("ph_penalty_cross", "penalty", "cross", "many", None),
    ("ph_email_mailmerge", "email", "mailmerge", "many", None),
    ("ph_email_curly", "email", "curly", "many", None),
    ("ph_email_bracket", "email", "bracket", "one", None),
    ("ph_tender_todo", "tender", "todo", "many", None),
    ("ph_tender_fill_hint", "tender", "fill", "many", None),
    ("ph_tender_x_lower", "tender", "x_lower", "many", None),
    ("ph_product_model_xx", "product", "X_upper", "many", None),
    ("ph_product_todo_price", "product", "todo", "many", None),
    ("ph_csv_stars", "csv", "stars", "many", None),
    ("ph_mt_bracket_leftover", "mt", "bracket", "one", None),
    ("ph_lyrics_credit_todo", "lyrics", "todo", "all", None),
    ("ph_mixed_x_report", "report", "mixed_x", "many", None),
]
# special positive: placeholders next to look-alike traps
PH_POS_TRAP = [
    ("ph_trap_mix_1plusx_and_xx", "report", "x_lower", "neg_1plusx_certificate"),
    ("ph_trap_mix_xray_and_upper_x", "report", "X_upper", "neg_xray_medical"),
    ("ph_trap_mix_24h_and_cross", "notice", "cross", "neg_times_hours"),
    ("ph_trap_mix_mou_prose_and_mou_name", "minutes", "mou", "neg_mou_prose"),
    ("ph_trap_mix_headline_and_stars", "wechat", "stars", "neg_headline_brackets"),
]

MJ_POS = [
    # (style, genre, damage, scope, sites)
    ("mj_report_utf8_gbk_word", "report", "utf8_as_gbk", "word", 1),
    ("mj_report_utf8_gbk_paragraph", "report", "utf8_as_gbk", "para", 1),
    ("mj_notice_utf8_gbk_title", "notice", "utf8_as_gbk", "title", 1),
    ("mj_stat_table_utf8_gbk_cell", "stat_table", "utf8_as_gbk", "cell", 1),
    ("mj_contract_utf8_gbk_twice_line", "contract", "utf8_as_gbk_twice", "line", 1),
    ("mj_srt_utf8_gbk_saved_lossy", "srt", "utf8_as_gbk_saved_lossy", "line", 1),
    ("mj_volunteer_utf8_gbk_signature", "volunteer", "utf8_as_gbk", "sig", 1),
    ("mj_lyrics_utf8_gbk_whole", "lyrics", "utf8_as_gbk", "all", 1),
    ("mj_wechat_utf8_cp1252_line", "wechat", "utf8_as_cp1252", "line", 1),
    ("mj_email_utf8_cp1252_whole", "email", "utf8_as_cp1252", "all", 1),
    ("mj_mt_utf8_cp1252_word", "mt", "utf8_as_cp1252", "word", 1),
    ("mj_opendata_utf8_latin1_cell", "opendata", "utf8_as_latin1", "cell", 1),
    ("mj_minutes_utf8_twice_word", "minutes", "utf8_twice", "word", 1),
    ("mj_csv_gbk_as_utf8_whole", "csv", "gbk_as_utf8", "all", 1),
    ("mj_contact_gbk_as_utf8_cell", "contact", "gbk_as_utf8", "cell", 1),
    ("mj_report_gbk_as_cp1252_line", "report", "gbk_as_cp1252", "line", 1),
    ("mj_award_gbk_as_cp1252_whole", "award", "gbk_as_cp1252", "all", 1),
    ("mj_trad_big5_as_gbk_line", "trad", "big5_as_gbk", "line", 1),
    ("mj_notice_gbk_as_big5_phrase", "notice", "gbk_as_big5", "phrase", 1),
    ("mj_srt_utf8_shift_jis_line", "srt", "utf8_as_shift_jis", "line", 1),
    ("mj_lyrics_gbk_shift_jis_para", "lyrics", "gbk_as_shift_jis", "para", 1),
    ("mj_report_utf8_koi8r_word", "report", "utf8_as_koi8_r", "word", 1),
    ("mj_tender_gbk_koi8r_cell", "tender", "gbk_as_koi8_r", "line", 1),
    ("mj_registration_utf8_euckr_cell", "registration", "utf8_as_euc_kr", "cell", 1),
    ("mj_poem_utf8_mac_roman_line", "poem", "utf8_as_mac_roman", "line", 1),
    ("mj_yearbook_utf8_cp437_line", "yearbook", "utf8_as_cp437", "line", 1),
    ("mj_stat_table_utf16_nul_line", "stat_table", "utf16le_as_latin1", "line", 1),
    ("mj_award_question_marks_phrase", "award", "question_marks", "phrase", 1),
    ("mj_report_question_marks_word", "report", "question_marks", "word", 1),
    ("mj_minutes_latin1_then_gbk_q", "minutes", "latin1_then_gbk_q", "phrase", 1),
    ("mj_award_rare_name_lost", "award", "rare_char_lost_gb2312", "name", 1),
    ("mj_report_replacement_char", "report", "replacement_char", "phrase", 1),
    ("mj_notice_kunjinkao", "notice", "kunjinkao", "word", 1),
    ("mj_wechat_cut_multibyte_line_end", "wechat", "cut_multibyte", "lineend_word", 1),
    ("mj_report_gbk_off_by_one", "report", "gbk_off_by_one", "phrase", 1),
    ("mj_report_pinyin_whole", "report", "pinyin_artefact", "all", 1),
    ("mj_minutes_pinyin_line", "minutes", "pinyin_artefact", "line", 1),
    ("mj_wechat_html_nbsp", "wechat", "html_nbsp", "phrase", 2),
    ("mj_notice_html_double_escape", "notice", "html_double_escape", "phrase", 1),
    ("mj_report_html_span_style", "report", "html_tags", "line", 1),
    ("mj_report_html_broken_tag", "report", "html_broken_tag", "word", 1),
    ("mj_opendata_ncr_decimal", "opendata", "ncr_decimal", "word", 1),
    ("mj_wechat_ncr_hex", "wechat", "ncr_hex", "phrase", 1),
    ("mj_questionnaire_unicode_escape", "questionnaire", "unicode_escape", "line", 1),
    ("mj_contract_json_double_escape", "contract", "json_double_escape", "word", 1),
    ("mj_notice_percent_encoded_title", "notice", "percent_encoding", "title", 1),
    ("mj_email_quoted_printable", "email", "quoted_printable", "line", 1),
    ("mj_email_mime_subject", "email", "mime_header", "title", 1),
    ("mj_csv_repeated_bom", "csv", "bom_repeated", "linestart", 2),
    ("mj_report_bom_as_cp1252", "report", "bom_as_cp1252", "title", 1),
    ("mj_stat_table_nul_bytes", "stat_table", "nul_bytes", "point", 2),
    ("mj_report_soft_hyphen", "report", "soft_hyphen", "inword", 3),
    ("mj_poem_combining_marks", "poem", "combining_mark", "inword", 2),
    ("mj_report_pdf_cid", "report", "pdf_cid", "phrase", 1),
    ("mj_yearbook_pdf_pua", "yearbook", "pdf_pua", "phrase", 1),
    ("mj_wechat_emoji_as_gbk", "wechat", "emoji_as_gbk", "lineend", 1),
    ("mj_notice_smart_quotes_as_gbk", "notice", "smart_quotes_as_gbk", "word", 1),
    ("mj_minutes_cp1252_bytes", "minutes", "cp1252_bytes_in_utf8", "word", 1),
    ("mj_questionnaire_literal_newline", "questionnaire", "literal_escape_newline", "lineend", 2),
    ("mj_registration_lone_cr", "registration", "lone_cr", "lineend", 2),
    ("mj_report_mixed_multi_site", "report", "mixed_damage", "word", 3),
    ("mj_penalty_utf8_gbk_name", "penalty", "utf8_as_gbk", "name", 1),
    ("mj_bank_gbk_utf8_cell", "bank", "gbk_as_utf8", "cell", 1),
]
# damage next to clean foreign text
MJ_POS_FOREIGN = [
    ("mj_foreign_russian_plus_utf8_gbk", "report", "utf8_as_gbk", "neg_russian_quote"),
    ("mj_foreign_japanese_plus_sjis", "wechat", "utf8_as_shift_jis", "neg_japanese_quote"),
    ("mj_foreign_french_plus_cp1252", "notice", "utf8_as_cp1252", "neg_french_quote"),
    ("mj_foreign_emoji_plus_kunjinkao", "wechat", "kunjinkao", "neg_emoji"),
]

NEG_GENRES = ["report", "notice", "minutes", "wechat", "contract", "questionnaire", "yearbook", "tender", "award", "email"]


def fill_trap(s, r):
    return s.replace("{n}", str(r.randint(3, 400))).replace("{p}", "%.1f" % r.uniform(50, 99))


def insert_lines(text, spans, new_lines, r):
    """insert whole lines at line boundaries, shifting spans."""
    for nl in new_lines:
        lb = line_bounds(text)
        i = r.randint(1, len(lb))  # insert before line i (never before title)
        pos = lb[i][0] if i < len(lb) else len(text) + 1
        if i < len(lb):
            text = text[:pos] + nl + "\n" + text[pos:]
            shift = len(nl) + 1
            spans = [[a + shift, b + shift] if a >= pos else [a, b] for a, b in spans]
        else:
            text = text + "\n" + nl
    return text, spans


def gen_ph_pos(r, genre, scheme, policy, post):
    for _ in range(50):
        lines = GENRES[genre](R(r), r)
        text, spans, n = render(lines, r, scheme, policy, post)
        if n:
            return text, spans
    raise RuntimeError("no placeholder for %s/%s" % (genre, scheme))


def gen_clean(r, genre):
    lines = GENRES[genre](R(r), r)
    return render(lines, r)[0]


def build_styles():
    st = OrderedDict()
    for name, genre, scheme, policy, post in PH_POS:
        def f(r, genre=genre, scheme=scheme, policy=policy, post=post):
            t, sp = gen_ph_pos(r, genre, scheme, policy, post)
            return t, sp, "%s placeholders (%s) in %s" % (scheme, policy, genre)
        st[name] = ("ph", "placeholder", f)
    for name, genre, scheme, trap in PH_POS_TRAP:
        def f(r, genre=genre, scheme=scheme, trap=trap):
            t, sp = gen_ph_pos(r, genre, scheme, "many", None)
            t, sp = insert_lines(t, sp, [fill_trap(r.choice(PH_TRAPS[trap]), r)], r)
            return t, sp, "%s placeholders plus look-alike line (%s) that is not a placeholder" % (scheme, trap)
        st[name] = ("ph", "placeholder", f)
    for name, opts in PH_TRAPS.items():
        def f(r, opts=opts, name=name):
            while True:
                g = r.choice(NEG_GENRES)
                t = gen_clean(r, g)
                if opts:
                    k = r.randint(1, min(2, len(opts)))
                    t, _ = insert_lines(t, [], [fill_trap(x, r) for x in r.sample(opts, k)], r)
                if len(t.split("\n")) <= 12:
                    return t, [], "negative: %s look-alike in a %s" % (name[4:], g)
        st["ph_" + name] = ("ph", "negative", f)
    for name, genre, dmg, scope, sites in MJ_POS:
        def f(r, genre=genre, dmg=dmg, scope=scope, sites=sites):
            return gen_mj(r, genre, dmg, scope, sites)
        st[name] = ("mj", "mojibake", f)
    for name, genre, dmg, trap in MJ_POS_FOREIGN:
        def f(r, genre=genre, dmg=dmg, trap=trap):
            for _ in range(50):
                t = gen_clean(r, genre)
                t, _ = insert_lines(t, [], [fill_trap(r.choice(MJ_TRAPS[trap]), r)], r)
                # damage only Chinese outside the foreign line
                a, b = pick_target(t, "word", r, "rep")
                t2, sp, notes = apply_damage(t, [(a, b, dmg)], r)
                if all(looks_damaged(t2[x:y]) for x, y in sp) and t2 != t:
                    return t2, sp, "%s next to clean foreign text (%s); %s" % (dmg, trap, "; ".join(notes))
            raise RuntimeError(name)
        st[name] = ("mj", "mojibake", f)
    for name, opts in MJ_TRAPS.items():
        def f(r, opts=opts, name=name):
            while True:
                g = r.choice(NEG_GENRES)
                t = gen_clean(r, g)
                k = r.randint(1, min(2, len(opts)))
                t, _ = insert_lines(t, [], [fill_trap(x, r) for x in r.sample(opts, k)], r)
                if len(t.split("\n")) <= 12:
                    return t, [], "negative: %s in a %s, no encoding damage" % (name[4:], g)
        st["mj_" + name] = ("mj", "negative", f)
    return st


def gen_mj(r, genre, dmg, scope, sites):
    kind = DAMAGE[dmg][1]
    for _ in range(80):
        t = gen_clean(r, genre)
        try:
            targets = []
            for _ in range(sites):
                a, b = pick_target(t, scope, r, kind)
                if any(not (b < x or a > y) for x, y, _ in targets):
                    continue
                targets.append((a, b, dmg))
        except (IndexError, ValueError):
            continue
        t2, sp, notes = apply_damage(t, targets, r)
        if not sp or t2 == t:
            continue
        if all(y > x and looks_damaged(t2[x:y]) for x, y in sp):
            return t2, sp, "; ".join(notes).replace("\n", "⏎")
    raise RuntimeError("cannot damage %s/%s/%s" % (genre, dmg, scope))


STYLES = build_styles()


def generate(seed):
    recs = []
    for name, (fam, label, fn) in STYLES.items():
        r = random.Random((seed * 1000003) ^ zlib.crc32(name.encode("utf-8")))
        n = r.randint(15, 17) if label != "negative" else r.randint(16, 18)
        for i in range(n):
            text, spans, note = fn(r)
            recs.append(OrderedDict([
                ("id", "t27-s%d-%s-%03d" % (seed, name, i)),
                ("family", fam), ("style", name), ("label", label),
                ("text", text), ("spans", spans), ("note", note.replace("\n", "⏎").replace("\r", "␍"))]))
    rr = random.Random(seed)
    rr.shuffle(recs)
    return recs


# --------------------------------------------------------------------------
# verify / table
# --------------------------------------------------------------------------
def load(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return [json.loads(l) for l in fh.read().split("\n") if l.strip()]


def verify(paths):
    bad = 0
    for p in paths:
        recs = load(p)
        ids = set()
        probs = []
        for rec in recs:
            rid = rec.get("id")
            def err(m):
                probs.append("%s: %s" % (rid, m))
            if set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
                err("keys %s" % sorted(rec))
                continue
            if rid in ids:
                err("duplicate id")
            ids.add(rid)
            fam, lab, t, sp = rec["family"], rec["label"], rec["text"], rec["spans"]
            if fam not in ("ph", "mj"):
                err("family")
            if lab not in ("placeholder", "mojibake", "negative"):
                err("label")
            if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
                err("label/family mismatch")
            if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
                err("style not snake_case")
            if not t or not isinstance(t, str):
                err("empty text")
            nlines = len(t.split("\n"))
            if nlines > 12:
                err("too many lines %d" % nlines)
            if "\n" in rec["note"]:
                err("multi-line note")
            if lab == "negative":
                if sp:
                    err("negative with spans")
                if fam == "ph":
                    for m in STRONG_PH_RE.finditer(t):
                        if not NEG_ALLOW.search(t[max(0, m.start() - 3):m.end() + 3]):
                            err("negative contains placeholder-like %r" % m.group())
                continue
            if not sp:
                err("positive without spans")
            prev = -1
            for s in sp:
                if not (isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s)):
                    err("bad span %r" % s)
                    continue
                a, b = s
                if not (0 <= a < b <= len(t)):
                    err("span out of range %r" % s)
                    continue
                if a < prev:
                    err("overlapping/unsorted spans")
                prev = b
                seg = t[a:b]
                if lab == "placeholder" and not PH_RE.search(seg):
                    err("span %r does not hold a placeholder: %r" % (s, seg))
                if lab == "mojibake" and not looks_damaged(seg):
                    err("span %r does not look damaged: %r" % (s, seg))
            if lab == "placeholder":
                outside = list(t)
                for a, b in sp:
                    for i in range(max(0, a), min(len(t), b)):
                        outside[i] = " "
                o = "".join(outside)
                for m in STRONG_PH_RE.finditer(o):
                    if not NEG_ALLOW.search(o[max(0, m.start() - 3):m.end() + 3]):
                        err("placeholder-like text outside spans: %r" % m.group())
        c = Counter((r["family"], r["label"]) for r in recs)
        print("%s: %d records, %d styles, %s" % (p, len(recs), len({r["style"] for r in recs}),
                                                ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(c.items()))))
        for m in probs[:50]:
            print("  PROBLEM", m)
        if probs:
            print("  %d problems" % len(probs))
        bad += len(probs)
    return 1 if bad else 0


def style_table(path):
    recs = load(path)
    by = OrderedDict()
    for rec in sorted(recs, key=lambda x: (x["family"], x["label"] == "negative", x["style"], x["id"])):
        by.setdefault(rec["style"], []).append(rec)
    out = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for st, rs in by.items():
        c = Counter(x["label"] for x in rs)
        ex = rs[0]
        if ex["spans"]:
            a, b = ex["spans"][0]
            lo = max(0, a - 12)
            snippet = ex["text"][lo:a] + "⟦" + ex["text"][a:b][:30] + "⟧" + ex["text"][b:b + 12]
        else:
            snippet = ex["text"][:60]
        snippet = "".join(c2 if unicodedata.category(c2)[0] != "C" else "\\x%02x" % ord(c2) if ord(c2) < 256 else "\\u%04x" % ord(c2)
                          for c2 in snippet.replace("\n", "⏎"))
        snippet = snippet.replace("|", "\\|").replace("`", "'")
        out.append("| %s | %s | %d | %d | %d | `%s` |" % (st, rs[0]["family"], c["placeholder"], c["mojibake"], c["negative"], snippet))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error("--seed and --out required")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))


if __name__ == "__main__":
    main()
