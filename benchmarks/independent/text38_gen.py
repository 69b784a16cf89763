#!/usr/bin/env python3
"""text38_gen.py - held-out set 38: placeholders (ph) and mojibake (mj) in Chinese documents.

Usage:
    python3 text38_gen.py --seed 11 --out text38_seed11.jsonl
    python3 text38_gen.py --verify text38_seed11.jsonl text38_seed12.jsonl
    python3 text38_gen.py --seed 11 --table          # markdown style table on stdout

Standard library only.  Deterministic per seed: every style draws from its own
random.Random seeded with the string "<seed>:<style>" (string seeding uses SHA-512,
so PYTHONHASHSEED does not matter).
"""
import argparse
import codecs
import html
import json
import random
import re
import sys
from collections import Counter, OrderedDict

# ---------------------------------------------------------------------------
# pools (all invented; no sentence is taken from any corpus)
# ---------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国志文辉力永健广海云龙宇浩凯鹏飞波斌宁欣怡晨阳雪梅琳亮俊峰鑫"
CITIES = ["南京", "合肥", "芜湖", "扬州", "常州", "宜昌", "襄阳", "九江", "赣州", "株洲", "衡阳", "绵阳", "遵义", "柳州", "桂林", "泉州", "漳州", "洛阳", "开封", "淄博", "潍坊", "临沂", "保定", "邯郸", "大同", "包头", "营口", "吉林", "齐齐哈尔", "宝鸡", "天水", "曲靖"]
DISTRICTS = ["东湖", "青山", "河西", "南塘", "城关", "新华", "江北", "白沙", "金沙", "凤凰", "鼓楼", "高新", "西湖", "望江", "龙泉", "石桥", "北山", "滨江", "清河", "桃源"]
STREETS = ["建设路", "人民路", "解放大道", "中山路", "和平街", "文化路", "胜利路", "友谊路", "长江路", "光明街", "新民路", "朝阳路"]
ORG_CORE = ["恒信", "宏达", "盛源", "华泰", "金鼎", "永安", "德润", "瑞丰", "中联", "嘉禾", "天成", "鸿运", "新纪元", "海川", "安康", "博远"]
ORG_TRADE = ["建材有限公司", "商贸有限公司", "物业服务有限公司", "建筑工程有限公司", "食品有限公司", "物流有限公司", "装饰工程有限公司", "电子科技有限公司"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "兴业银行", "中信银行"]
INSURERS = ["中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "太平洋财产保险股份有限公司", "中华联合财产保险股份有限公司"]
PROV_ABBR = ["苏", "皖", "鄂", "赣", "湘", "川", "黔", "桂", "闽", "豫", "鲁", "冀", "晋"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWYZ"  # no X on purpose
CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    """1..99 in Chinese numerals (for dates like 十二日)."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


RARE_GIVEN = "喆堃玥祎珺昇燊彧赟琇镕頔堉淏晞洺瑄"  # not in GB2312
RARE_MODE = [False]


def person(r):
    g = [r.choice(GIVEN) for _ in range(r.choice([1, 2, 2]))]
    if RARE_MODE[0] and r.random() < 0.3:
        g[-1] = r.choice(RARE_GIVEN)
    return r.choice(SURNAMES) + "".join(g)


def money(r, lo, hi, dec=True):
    v = r.randint(lo, hi)
    if dec:
        return "{:,}.{:02d}".format(v, r.randint(0, 99))
    return "{:,}".format(v)


def plain_amount(r, lo, hi):
    return str(r.randint(lo, hi))


def pct(r, lo=1.0, hi=99.9):
    return "{:.1f}".format(r.uniform(lo, hi))


def cdate(r, year=True, y=None):
    y = y or r.randint(2019, 2024)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return ("{}年".format(y) if year else "") + "{}月{}日".format(m, d)


def isodate(r, y=None):
    y = y or r.randint(2021, 2024)
    return "{}-{:02d}-{:02d}".format(y, r.randint(1, 12), r.randint(1, 28))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def phone(r):
    return r.choice(["138", "139", "135", "150", "151", "186", "187", "177", "199"]) + digits(r, 8)


# ---------------------------------------------------------------------------
# document builder: spans are recorded while the text is appended
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, r, conv=None, rate=0.6):
        self.r = r
        self.parts = []
        self.n = 0
        self.spans = []
        self.conv = conv
        self.rate = rate
        self.memo = {}

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def nl(self, s=""):
        if s:
            self.t(s)
        return self.t("\n")

    def mark(self, s):
        st = self.n
        self.t(s)
        self.spans.append([st, self.n])
        return self

    def s(self, kind, real, lab="编号"):
        """a slot: the real value, or (under a placeholder convention) a placeholder."""
        key = (kind, real)
        if key not in self.memo:
            ph = None
            if self.conv is not None and self.r.random() < self.rate:
                ph = CONVENTIONS[self.conv](kind, real, lab, self.r)
            self.memo[key] = ph
        ph = self.memo[key]
        if ph is None:
            self.t(real)
        elif kind == "num" and self.conv in MASK_CONVS:
            # the span runs from the first to the last placeholder character of the slot
            idx = [i for i, c in enumerate(ph) if c in PH_CHARS]
            a, b = idx[0], idx[-1] + 1
            self.t(ph[:a]).mark(ph[a:b]).t(ph[b:])
        else:
            self.mark(ph)
        return self

    def text(self):
        s = "".join(self.parts)
        return s[:-1] if s.endswith("\n") else s


# ---------------------------------------------------------------------------
# placeholder conventions: render(kind, real, label, rng) -> placeholder or None
# kinds: num (digit-bearing string), name, org, place, text
# ---------------------------------------------------------------------------
LAB_KEY = {"姓名": "name", "金额": "amount", "日期": "date", "单位": "org_name", "地址": "address",
           "编号": "number", "电话": "phone", "数量": "count", "比例": "rate", "地点": "place",
           "账号": "account", "时间": "time", "内容": "content", "答案": "answer", "年份": "year"}


def mask_digits(real, ch, r):
    def f(m):
        g = m.group(0)
        if len(g) == 4 and g.startswith("20") and r.random() < 0.5:
            return g[:2] + ch * 2 if r.random() < 0.5 else g
        if r.random() < 0.2 and len(g) <= 6 and not re.search(r"[,.]", real):
            return ch * r.choice([1, 2, 2, 3])
        return ch * len(g)
    out = re.sub(r"\d+", f, real)
    if out == real:  # kept every run: force the last run
        out = re.sub(r"\d+$", lambda m: ch * len(m.group(0)), real)
        if out == real:
            out = re.sub(r"\d", ch, real)
    return out


def _xlike(ch, name_ph):
    def render(kind, real, lab, r):
        if kind == "num":
            return mask_digits(real, ch, r)
        if kind == "name":
            return r.choice(name_ph)
        if kind in ("org", "place"):
            return ch * r.choice([2, 2, 2, 3])
        return None
    return render


def _mou(kind, real, lab, r):
    if kind == "name":
        return real[0] + "某" if r.random() < 0.6 else "某某"
    if kind in ("org", "place"):
        return "某某"
    return None


def _mixed(kind, real, lab, r):
    if kind == "num":
        return mask_digits(real, "x", r)
    if kind == "name":
        return real[0] + "某"
    if kind in ("org", "place"):
        return "XX"
    return None


def _daitian(kind, real, lab, r):
    return r.choice(["【待填】", "【待填】", "【待填写】", "【待补充】"])


def _tianxie(kind, real, lab, r):
    return r.choice(["（填写）", "（请填写）", "（填写{}）".format(lab), "（此处填写{}）".format(lab)])


def _blank(kind, real, lab, r):
    if kind == "num" and re.search(r"\d+\D+\d+", real):
        return re.sub(r"\d+", lambda m: "_" * max(2, len(m.group(0))), real)
    return "_" * r.randint(4, 10)


def _fwblank(kind, real, lab, r):
    if kind == "num" and re.search(r"\d+\D+\d+", real):
        return re.sub(r"\d+", lambda m: "＿" * max(2, len(m.group(0))), real)
    return "＿" * r.randint(3, 6)


def _mustache(kind, real, lab, r):
    k = LAB_KEY.get(lab, "field")
    return "{{" + k + "}}" if r.random() < 0.7 else "{{ " + k + " }}"


def _dollar(kind, real, lab, r):
    return "$" + LAB_KEY.get(lab, "field").upper() + "$"


def _square(kind, real, lab, r):
    return "[" + lab + "]"


def _circle(kind, real, lab, r):
    if kind in ("org", "place"):
        return "〇〇"
    if kind == "name":
        return r.choice(["〇〇〇", "〇〇"])
    return None


PH_CHARS = set("xX×Ｘ_＿")
MASK_CONVS = {"x_runs", "upper_x", "times_sign", "fullwidth_x", "x_and_mou", "underscore", "fw_underscore"}

CONVENTIONS = {
    "x_runs": _xlike("x", ["XXX", "xxx", "XX"]),
    "upper_x": _xlike("X", ["XXX", "XX"]),
    "times_sign": _xlike("×", ["×××", "××"]),
    "fullwidth_x": _xlike("Ｘ", ["ＸＸＸ", "ＸＸ"]),
    "mou_names": _mou,
    "daitian": _daitian,
    "tianxie": _tianxie,
    "underscore": _blank,
    "fw_underscore": _fwblank,
    "mustache": _mustache,
    "dollar_var": _dollar,
    "square_label": _square,
    "circle_zero": _circle,
    "x_and_mou": _mixed,
}


# ---------------------------------------------------------------------------
# document templates shared by both families.  B.t() = fixed text, B.s() = slot
# ---------------------------------------------------------------------------
def tpl_court_judgment(B, r):
    city, dist = r.choice(CITIES), r.choice(DISTRICTS)
    y = r.randint(2019, 2024)
    plaintiff, judge, clerk = person(r), person(r), person(r)
    core, trade = r.choice(ORG_CORE), r.choice(ORG_TRADE)
    rep = person(r)
    cause = r.choice(["买卖合同纠纷", "民间借贷纠纷", "房屋租赁合同纠纷", "劳务合同纠纷", "装饰装修合同纠纷"])
    amt = plain_amount(r, 8000, 480000)
    B.t(city).s("place", dist, "地点").nl("区人民法院")
    B.nl("民 事 判 决 书")
    B.t("（{}）{}".format(y, r.choice(PROV_ABBR))).s("num", digits(r, 4), "编号").t("民初").s("num", str(r.randint(100, 9999)), "编号").nl("号")
    B.t("原告：").s("name", plaintiff, "姓名").t("，{}，{}年{}月{}日出生，汉族，住{}市{}区".format(
        r.choice("男女"), r.randint(1960, 1998), r.randint(1, 12), r.randint(1, 28), city, dist)).s("num", "{}{}号".format(r.choice(STREETS), r.randint(1, 300)), "地址").nl("。")
    B.t("被告：{}".format(city)).s("org", core, "单位").t(trade).t("，法定代表人").s("name", rep, "姓名").nl("。")
    B.t("原告").s("name", plaintiff, "姓名").t("与被告{}".format(city)).s("org", core, "单位").t("{}{}一案，本院于".format(trade, cause)).s("num", cdate(r, y=y), "日期").nl("立案后，依法适用简易程序公开开庭进行了审理。本案现已审理终结。")
    B.t("本院认为，双方之间的合同关系合法有效，被告未按约定履行付款义务，应承担相应责任。原告主张的款项").s("num", amt, "金额").nl("元，有合同、对账单等证据证实，本院予以支持。")
    B.t("判决如下：被告于本判决生效之日起十日内支付原告款项").s("num", amt, "金额").nl("元。")
    B.t("案件受理费").s("num", str(r.randint(50, 4800)), "金额").nl("元，由被告负担。")
    B.t("审判员　").s("name", judge, "姓名").nl()
    m, d = r.randint(1, 12), r.randint(1, 28)
    B.nl("{}年{}月{}日".format(cn_year(y), cn_num(m), cn_num(d)))
    B.t("书记员　").s("name", clerk, "姓名").nl()


def tpl_civil_complaint(B, r):
    p, d_ = person(r), person(r)
    city, dist = r.choice(CITIES), r.choice(DISTRICTS)
    amt = plain_amount(r, 5000, 300000)
    B.nl("民事起诉状")
    B.t("原告：").s("name", p, "姓名").t("，身份证号码").s("num", "3" + digits(r, 17), "编号").t("，联系电话").s("num", phone(r), "电话").nl("。")
    B.t("被告：").s("name", d_, "姓名").t("，住{}市{}区".format(city, dist)).s("num", "{}{}号".format(r.choice(STREETS), r.randint(1, 200)), "地址").nl("。")
    B.nl("诉讼请求：")
    B.t("一、判令被告归还借款本金").s("num", amt, "金额").t("元及利息（以").s("num", amt, "金额").t("元为基数，自").s("num", cdate(r), "日期").nl("起按全国银行间同业拆借中心公布的贷款市场报价利率计算至实际清偿之日止）；")
    B.nl("二、本案诉讼费用由被告承担。")
    B.t("事实与理由：被告因资金周转需要，于").s("num", cdate(r), "日期").t("向原告借款").s("num", amt, "金额").nl("元，并出具借条一份。借款到期后，经原告多次催要，被告至今未还。")
    B.t("此致\n{}市{}区人民法院\n具状人：".format(city, dist)).s("name", p, "姓名").nl()
    B.s("num", cdate(r), "日期").nl()


def tpl_bank_statement(B, r):
    bank = r.choice(BANKS)
    name = person(r)
    y = r.randint(2021, 2024)
    B.nl("{}个人账户交易明细".format(bank))
    B.t("户名：").s("name", name, "姓名").t("　　账号：").s("num", "62" + digits(r, 2) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4), "账号").nl()
    B.t("起止日期：").s("num", "{}-01-01".format(y), "日期").t(" 至 ").s("num", "{}-06-30".format(y), "日期").nl("　币种：人民币")
    B.nl("交易日期　　摘要　　交易金额　　账户余额　　对方户名")
    bal = r.randint(3000, 90000)
    dates = sorted(isodate(r, y) for _ in range(r.randint(3, 6)))
    for dt in dates:
        kind = r.choice(["工资", "转账", "消费", "还款", "利息", "代发"])
        amt = r.randint(30, 9000)
        sign = "+" if kind in ("工资", "利息", "代发") or r.random() < 0.3 else "-"
        bal = bal + amt if sign == "+" else max(0, bal - amt)
        B.s("num", dt, "日期").t("　{}　{}".format(kind, sign)).s("num", "{:,}.{:02d}".format(amt, r.randint(0, 99)), "金额").t("　")
        B.s("num", "{:,}.{:02d}".format(bal, r.randint(0, 99)), "金额").t("　")
        if kind in ("利息",):
            B.nl("—")
        else:
            B.t(r.choice(CITIES)).s("org", r.choice(ORG_CORE), "单位").nl(r.choice(ORG_TRADE))
    B.t("打印日期：").s("num", isodate(r, y), "日期").nl("　本明细仅供参考，以银行系统记录为准。")


def tpl_loan_contract(B, r):
    bank = r.choice(BANKS)
    name = person(r)
    amt = r.randint(5, 80) * 10000
    months = r.choice([12, 24, 36, 60])
    B.nl("个人消费借款合同")
    B.t("合同编号：JK").s("num", "{}{}".format(r.randint(2020, 2024), digits(r, 6)), "编号").nl()
    B.t("贷款人：{}股份有限公司".format(bank)).s("place", r.choice(DISTRICTS), "地点").nl("支行")
    B.t("借款人：").s("name", name, "姓名").t("　身份证号码：").s("num", "4" + digits(r, 17), "编号").nl()
    B.t("第一条　借款金额：人民币").s("num", "{:,}.00".format(amt), "金额").nl("元。")
    B.t("第二条　借款期限：自").s("num", cdate(r), "日期").t("起共").s("num", str(months), "数量").nl("个月。")
    B.t("第三条　借款年利率为").s("num", "{:.2f}".format(r.uniform(3.1, 6.5)), "比例").nl("%，按月计息，利随本清。")
    B.t("第四条　还款方式：等额本息，每月").s("num", str(r.randint(1, 28)), "日期").nl("日为还款日。借款人应在还款日前将当期应还款项存入指定账户。")
    B.nl("第五条　借款人未按期还款的，贷款人有权按约定利率上浮百分之五十计收罚息。")
    B.t("借款人（签字）：").s("name", name, "姓名").t("　　签订日期：").s("num", cdate(r), "日期").nl()


def tpl_insurance_claim(B, r):
    ins = r.choice(INSURERS)
    name = person(r)
    plate = "{}{}·{}".format(r.choice(PROV_ABBR), r.choice(PLATE_LETTERS), "".join(r.choice("0123456789" + PLATE_LETTERS) for _ in range(5)))
    B.nl("{}　机动车辆保险索赔申请书".format(ins))
    B.t("报案号：RDAA").s("num", digits(r, 14), "编号").nl()
    B.t("被保险人：").s("name", name, "姓名").t("　联系电话：").s("num", phone(r), "电话").nl()
    B.t("号牌号码：{}　出险时间：".format(plate)).s("num", "{} {}时{}分".format(cdate(r), r.randint(0, 23), r.randint(0, 59)), "时间").nl()
    B.t("出险地点：{}市".format(r.choice(CITIES))).s("place", r.choice(DISTRICTS), "地点").t("区").s("num", "{}{}号".format(r.choice(STREETS), r.randint(1, 400)), "地址").nl("附近")
    B.nl("出险经过：" + r.choice([
        "本车在路口左转时与直行的电动自行车发生碰撞，造成本车右前翼子板受损，无人员受伤。",
        "本车停放在小区地面停车位时被高空坠物砸中，前挡风玻璃破裂。",
        "雨天行驶中因路面湿滑追尾前车，本车前保险杠及水箱框架受损。",
        "倒车时未注意后方石墩，造成后保险杠刮擦变形。"]))
    B.t("交警认定：本车负").s("text", r.choice(["全部", "主要", "同等", "次要"]), "内容").nl("责任。")
    B.t("申请索赔金额：").s("num", "{:,}".format(r.randint(800, 56000)), "金额").nl("元")
    B.t("收款账户：").s("num", "62" + digits(r, 17), "账号").t("　开户行：{}".format(r.choice(BANKS))).s("place", r.choice(CITIES), "地点").nl("分行")
    B.t("申请人签字：").s("name", name, "姓名").t("　日期：").s("num", cdate(r), "日期").nl()


def tpl_xinfang_reply(B, r):
    name = person(r)
    dist = r.choice(DISTRICTS)
    y = r.randint(2020, 2024)
    issue = r.choice([("小区加装电梯", "住房和城乡建设局"), ("农村道路硬化", "交通运输局"), ("噪声扰民", "生态环境分局"),
                      ("农民工工资拖欠", "人力资源和社会保障局"), ("学校周边交通拥堵", "公安分局交通管理大队"), ("老旧小区雨污分流", "城市管理局")])
    B.nl("信访事项处理意见书")
    B.s("place", dist, "地点").t("信复〔{}〕".format(y)).s("num", str(r.randint(1, 300)), "编号").nl("号")
    B.s("name", name, "姓名").nl("：")
    m1 = r.randint(1, 7)
    d_ = lambda m: "{}月{}日".format(m, r.randint(1, 28))
    B.t("您于").s("num", "{}年{}".format(y, d_(m1)), "日期").t("通过{}反映的“{}”问题收悉。经调查核实，现答复如下：".format(
        r.choice(["网上信访平台", "12345政务服务便民热线", "来访", "来信"]), issue[0])).nl()
    B.t("一、经现场核查，您反映的情况基本属实。我局已会同").s("place", dist, "地点").t("街道于").s("num", d_(m1 + 1), "日期").nl("组织相关单位召开协调会。")
    B.t("二、相关整改工作计划于").s("num", "{}年{}".format(y, d_(m1 + 5)), "日期").t("前完成，涉及居民").s("num", str(r.randint(12, 480)), "数量").nl("户。")
    B.t("如对本答复意见不服，可自收到本意见书之日起30日内向").s("place", dist, "地点").nl("区人民政府申请复查。")
    B.t("联系人：").s("name", person(r), "姓名").t("　联系电话：").s("num", "0" + digits(r, 3) + "-" + digits(r, 7), "电话").nl()
    B.s("place", dist, "地点").nl("区" + issue[1])
    B.s("num", "{}年{}".format(y, d_(m1 + 2)), "日期").nl()


def tpl_exam_paper(B, r):
    city = r.choice(CITIES)
    y = r.randint(2020, 2024)
    subj = r.choice([("语文", "八年级"), ("历史", "七年级"), ("地理", "八年级"), ("道德与法治", "九年级")])
    B.s("place", city, "地点").t("市{}—{}学年第{}学期期末质量检测".format(y, y + 1, r.choice("一二"))).nl()
    B.nl("{}{}试卷".format(subj[1], subj[0]))
    B.t("（考试时间：").s("num", str(r.choice([60, 90, 100, 120])), "时间").t("分钟　满分：").s("num", str(r.choice([100, 120])), "数量").nl("分）")
    B.t("命题人：").s("name", person(r), "姓名").t("　审核人：").s("name", person(r), "姓名").nl()
    qs = {"语文": ["1.下列加点字注音完全正确的一项是（　　）", "2.《岳阳楼记》的作者是________。", "3.“海内存知己，________。”（补写出下句）"],
          "历史": ["1.秦朝统一全国的时间是（　　）", "2.郑和下西洋开始于________年。", "3.辛亥革命推翻了________王朝的统治。"],
          "地理": ["1.我国面积最大的省级行政区是（　　）", "2.长江发源于________山脉。", "3.世界上面积最大的大洋是________。"],
          "道德与法治": ["1.我国的根本大法是（　　）", "2.公民的基本义务包括________。", "3.依法治国的基本要求是________、严格执法、公正司法、全民守法。"]}[subj[0]]
    B.nl("一、选择题（每小题3分）")
    B.nl(qs[0])
    B.nl("A.选项一　B.选项二　C.选项三　D.选项四".replace("选项一", r.choice(["甲", "东", "春"])).replace("选项二", r.choice(["乙", "西", "夏"])).replace("选项三", r.choice(["丙", "南", "秋"])).replace("选项四", r.choice(["丁", "北", "冬"])))
    B.nl("二、填空题（每空2分）")
    B.nl(qs[1])
    B.nl(qs[2])


def tpl_answer_key(B, r):
    subj = r.choice(["语文", "历史", "地理", "生物"])
    B.t("{}学年第二学期期中考试".format(r.randint(2020, 2024))).s("place", r.choice(CITIES), "地点").nl("片区联考")
    B.nl("八年级{}参考答案及评分标准".format(subj))
    B.t("一、选择题（每小题").s("num", str(r.choice([2, 3])), "数量").nl("分）")
    letters = "ABCD"
    a = "".join(r.choice(letters) for _ in range(5))
    b = "".join(r.choice(letters) for _ in range(5))
    B.t("1—5　").s("text", a, "答案").nl()
    B.t("6—10　").s("text", b, "答案").nl()
    ans = {"语文": ["11.范仲淹", "12.天涯若比邻", "13.借景抒情，表达了作者的思乡之情（意思对即可）"],
           "历史": ["11.1405", "12.清", "13.戊戌变法"],
           "地理": ["11.新疆维吾尔自治区", "12.唐古拉", "13.太平洋"],
           "生物": ["11.细胞", "12.叶绿体", "13.光合作用"]}[subj]
    B.nl("二、填空题")
    for a_ in ans:
        num, body = a_.split(".", 1)
        B.t(num + ".").s("text", body, "答案").nl()
    B.t("三、材料分析题（共").s("num", str(r.choice([12, 15, 20])), "数量").nl("分）答出要点即可给分，语言表述不完整的酌情扣分。")
    B.t("阅卷负责人：").s("name", person(r), "姓名").nl()


def _srt_time(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "{:02d}:{:02d}:{:02d}".format(int(h), int(m), int(s))


def _srt_ts(ms):
    return "{},{:03d}".format(_srt_time(ms // 1000), ms % 1000)


def srt_cue_times(r, n):
    t = r.randint(1000, 3000000)
    out = []
    for _ in range(n):
        d = r.randint(1500, 6000)
        out.append("{} --> {}".format(_srt_ts(t), _srt_ts(t + d)))
        t += d + r.randint(40, 2000)
    return out


def tpl_srt_subtitle(B, r):
    place = r.choice(CITIES)
    lines = [
        lambda: B.t("今年").s("num", "{}月".format(r.randint(1, 12)), "日期").t("以来，").s("place", place, "地点").nl("已完成老旧小区改造项目"),
        lambda: B.t("累计惠及居民").s("num", str(r.randint(1200, 56000)), "数量").nl("户"),
        lambda: B.t("全市新增城镇就业").s("num", "{:.2f}".format(r.uniform(1, 9)), "数量").nl("万人"),
        lambda: B.t("我是").s("place", place, "地点").t("市民").s("name", person(r), "姓名").nl(""),
        lambda: B.t("城乡居民人均可支配收入增长").s("num", pct(r, 3, 9), "比例").nl("%"),
        lambda: B.t("接下来请听").s("org", r.choice(ORG_CORE), "单位").nl("社区负责人的介绍"),
        lambda: B.t("项目总投资约").s("num", str(r.randint(2, 90)), "金额").nl("亿元"),
    ]
    r.shuffle(lines)
    n = 3
    times = srt_cue_times(r, n)
    first = r.randint(1, 300)
    for i in range(n):
        B.nl(str(first + i))
        B.nl(times[i])
        lines[i]()
        if i < n - 1:
            B.nl()


def tpl_work_report(B, r):
    dist = r.choice(DISTRICTS)
    y = r.randint(2020, 2024)
    unit = r.choice(["街道", "镇"])
    B.s("place", dist, "地点").t(unit).nl("{}年上半年工作总结".format(y))
    me = "街" if unit == "街道" else "镇"
    B.t("今年以来，我{}在区委、区政府的坚强领导下，坚持稳中求进工作总基调，各项工作取得积极成效。现将有关情况报告如下：".format(me)).nl()
    B.nl("一、主要工作完成情况")
    pool = [
        lambda: B.t("经济运行稳中向好。截至").s("num", "{}月底".format(r.randint(3, 6)), "日期").t("，完成规模以上工业总产值").s("num", "{:.2f}".format(r.uniform(1, 60)), "金额").t("亿元，同比增长").s("num", pct(r, 1, 30), "比例").nl("%。"),
        lambda: B.t("招商引资成效明显。新签约项目").s("num", str(r.randint(3, 40)), "数量").t("个，协议总投资").s("num", "{:.1f}".format(r.uniform(2, 90)), "金额").nl("亿元。"),
        lambda: B.t("民生保障持续加强。发放城乡低保金").s("num", "{:.2f}".format(r.uniform(10, 900)), "金额").t("万元，惠及困难群众").s("num", str(r.randint(100, 5000)), "数量").nl("人。"),
        lambda: B.t("安全生产形势平稳。").s("num", cdate(r, year=False), "日期").t("起开展安全隐患大排查，共排查企业").s("num", str(r.randint(20, 600)), "数量").t("家，整改隐患").s("num", str(r.randint(10, 900)), "数量").nl("处。"),
        lambda: B.t("人居环境不断改善。完成").s("org", r.choice(ORG_CORE), "单位").t("片区雨污分流改造，整治背街小巷").s("num", str(r.randint(5, 60)), "数量").nl("条。"),
        lambda: B.t("疫情防控有序开展。累计接种疫苗").s("num", str(r.randint(5000, 90000)), "数量").t("剂次，接种率达到").s("num", pct(r, 80, 99.5), "比例").nl("%。"),
    ]
    r.shuffle(pool)
    for i, f in enumerate(pool[:r.randint(3, 5)]):
        B.t("（{}）".format("一二三四五六"[i]))
        f()
    B.nl("二、下半年工作打算")
    B.t("下一步，我{}将对标年度目标任务，力争全年完成固定资产投资".format(me)).s("num", "{:.1f}".format(r.uniform(5, 80)), "金额").nl("亿元。")


def tpl_meeting_notice(B, r):
    y = r.randint(2020, 2024)
    B.nl("关于召开{}的通知".format(r.choice(["全区安全生产工作会议", "第二季度经济运行分析会", "乡村振兴工作推进会", "社区治理工作现场会"])))
    B.nl("各街道、镇，区直各有关单位：")
    B.nl("经区政府研究，决定召开专题会议。现将有关事项通知如下：")
    B.t("一、会议时间：").s("num", "{}年{}月{}日上午{}:00".format(y, r.randint(1, 12), r.randint(1, 28), r.choice([8, 9, 10])), "时间").nl()
    B.t("二、会议地点：区行政中心").s("num", "{}楼{}会议室".format(r.randint(2, 12), r.randint(1, 9)), "地点").nl()
    B.t("三、参会人员：各单位分管负责同志").s("num", str(r.randint(1, 2)), "数量").nl("名。")
    B.t("四、请各单位于").s("num", cdate(r, year=False), "日期").t("前将参会回执报送至区政府办公室，联系人：").s("name", person(r), "姓名").t("，电话：").s("num", "0" + digits(r, 3) + "-" + digits(r, 7), "电话").nl("。")
    B.s("place", r.choice(DISTRICTS), "地点").nl("区人民政府办公室")
    B.s("num", cdate(r, y=y), "日期").nl()


TEMPLATES = OrderedDict([
    ("court_judgment", tpl_court_judgment), ("civil_complaint", tpl_civil_complaint),
    ("bank_statement", tpl_bank_statement), ("loan_contract", tpl_loan_contract),
    ("insurance_claim", tpl_insurance_claim), ("xinfang_reply", tpl_xinfang_reply),
    ("exam_paper", tpl_exam_paper), ("answer_key", tpl_answer_key), ("srt_subtitle", tpl_srt_subtitle),
    ("work_report", tpl_work_report), ("meeting_notice", tpl_meeting_notice),
])


# ---------------------------------------------------------------------------
# ph negatives: look-alikes of placeholders that are correct as written
# each returns a Doc without spans
# ---------------------------------------------------------------------------
def _d(r):
    return Doc(r)


def phn_vocational_1plusx(r):
    B = _d(r)
    school = r.choice(CITIES) + r.choice(["职业技术学院", "技师学院", "工业职业技术学校", "交通职业技术学院"])
    y = r.randint(2020, 2024)
    B.nl("{}{}年度“1+X”证书制度试点工作总结".format(school, y))
    B.nl("一、试点基本情况")
    n = r.randint(6, 30)
    B.nl("我校{}年共申报{}个“1+X”职业技能等级证书试点项目，涉及{}等专业。".format(y, n, "、".join(r.sample(["工业机器人", "电子商务", "汽车运用与维修", "大数据应用", "老年照护", "网店运营"], 3))))
    k = r.randint(200, 1800)
    p_ = r.randint(60, 98)
    B.nl("全年组织考核{}人次，取证{}人次，通过率{}%。".format(k, k * p_ // 100, p_))
    B.nl("二、主要做法")
    B.nl("（一）推进书证融通。将X证书的考核标准融入专业课程体系，修订人才培养方案{}个。".format(r.randint(3, 15)))
    B.nl("（二）加强师资培训。选派{}名教师参加“1+X”证书师资培训，{}名教师取得考评员资格。".format(r.randint(10, 60), r.randint(5, 30)))
    B.nl("（三）完善考核站点建设，投入{}万元升级实训设备。".format(r.randint(20, 500)))
    B.nl("三、存在问题：部分“1+X”证书社会认可度有待提高，学生参与积极性不均衡。")
    return B


def phn_policy_nplusx(r):
    B = _d(r)
    dist = r.choice(DISTRICTS)
    a, b = r.choice([("7+X", "7项规定动作加若干项自选动作"), ("1+N+X", "1个中心、N个站点、X个服务点"), ("3+X", "3项必查内容加X项特色内容"), ("5+X", "5个固定主题加X个自选主题")])
    B.nl("{}区推行“{}”工作机制的情况汇报".format(dist, a))
    B.nl("为推动基层治理精细化，我区探索建立“{}”工作机制，即{}。".format(a, b))
    B.nl("一、工作成效")
    B.nl("目前全区{}个社区全部落实“{}”机制，累计开展服务活动{}场次，服务群众{}人次。".format(r.randint(20, 90), a, r.randint(300, 4000), r.randint(5000, 90000)))
    B.nl("其中“X”部分由各社区结合实际自主确定，如{}等。".format("、".join(r.sample(["老年助餐", "四点半课堂", "法律咨询", "家政培训", "义诊进社区", "垃圾分类督导"], 3))))
    B.nl("二、下一步打算")
    B.nl("继续完善“{}”清单动态调整办法，年内形成可复制推广的经验做法。".format(a))
    return B


def phn_procurement_x86(r):
    B = _d(r)
    B.nl("{}市{}局信息化设备采购需求".format(r.choice(CITIES), r.choice(["财政", "教育", "卫生健康", "自然资源"])))
    B.nl("项目编号：CG{}{}".format(r.randint(2021, 2024), digits(r, 5)))
    B.nl("一、服务器（{}台）".format(r.randint(2, 12)))
    B.nl("架构：x86_64，支持国产操作系统；CPU：{}核及以上，主频≥2.{}GHz".format(r.choice([16, 24, 32, 64]), r.randint(0, 9)))
    B.nl("内存：{}GB DDR4；硬盘：{}×{}TB SAS".format(r.choice([64, 128, 256]), r.randint(2, 8), r.choice([1.2, 2.4, 4])))
    B.nl("二、终端计算机（{}台）".format(r.randint(20, 200)))
    B.nl("操作系统：64位（x64），兼容现有x86办公软件；不得采购仅支持32位（x86）的设备。")
    B.nl("三、交付期限：合同签订后{}个日历日内。".format(r.choice([15, 20, 30, 45])))
    return B


def phn_medical_xray(r):
    B = _d(r)
    name = person(r)
    B.nl("{}　医疗费用理赔申请书".format(r.choice(INSURERS).replace("财产", "人寿")))
    B.nl("被保险人：{}　保单号：P{}".format(name, digits(r, 12)))
    B.nl("就诊医院：{}市第{}人民医院　就诊日期：{}".format(r.choice(CITIES), cn_num(r.randint(1, 6)), cdate(r)))
    B.nl("诊断：{}".format(r.choice(["右桡骨远端骨折", "左踝关节扭伤", "肋骨骨裂", "腰椎间盘突出"])))
    B.nl("检查项目：X线检查（DR）{}次，CT平扫{}次；{}".format(r.randint(1, 3), r.randint(0, 2), r.choice(["X光片显示骨折线清晰", "复查X射线提示骨痂形成", "X光提示关节间隙正常"])))
    B.nl("费用明细：挂号费{}元，X光检查费{}元，药费{}元，合计{}元。".format(r.randint(5, 30), r.randint(60, 260), r.randint(40, 900), r.randint(500, 3000)))
    B.nl("附件：门诊病历、X光报告单、发票原件{}张。".format(r.randint(1, 5)))
    B.nl("申请人签字：{}　日期：{}".format(name, cdate(r)))
    return B


def phn_exam_times_formula(r):
    B = _d(r)
    B.nl("{}市小学三年级数学单元测试（乘法）".format(r.choice(CITIES)))
    B.nl("一、口算（每题1分）")
    items = []
    for _ in range(6):
        a, b = r.randint(2, 9), r.randint(2, 9)
        items.append("{}×{}=".format(a, b))
    B.nl("　".join(items[:3]))
    B.nl("　".join(items[3:]))
    B.nl("二、列竖式计算")
    B.nl("{}×{}　　{}×{}".format(r.randint(12, 99), r.randint(2, 9), r.randint(100, 999), r.randint(2, 9)))
    B.nl("三、解决问题")
    a, b, c = r.randint(3, 9), r.randint(4, 12), r.choice(["盆花", "本书", "棵树"])
    B.nl("学校门口摆了{}行{}，每行{}{}，一共有多少{}？".format(a, c[1:], b, c[0], c[1:]))
    B.nl("列式：{}×{}={}（{}）".format(a, b, a * b, c[0]))
    return B


def phn_mou_ordinary(r, kind="xinfang"):
    B = _d(r)
    name = person(r)
    if kind == "xinfang":
        B.nl("信访事项答复意见书")
        B.nl("{}：".format(name))
        B.nl("您反映的“{}”问题收悉。经核查，现答复如下：".format(r.choice(["物业服务收费", "小区停车管理", "菜市场占道经营", "校外培训机构退费"])))
        B.nl("您提出的某些诉求，如{}，属于政策明确支持的范围，我们已督促相关单位整改。".format(r.choice(["公开收支明细", "增设临时停车位", "规范摊位摆放", "按比例退还费用"])))
        B.nl("对于另外某些诉求，因涉及{}，需由双方依法协商解决。".format(r.choice(["民事合同约定", "业主大会表决", "司法程序"])))
        B.nl("在某种程度上，问题的产生与前期沟通不足有关，我们将加强日常监管。")
        B.nl("如对本答复不服，可在收到之日起30日内申请复查。")
        B.nl("{}区{}".format(r.choice(DISTRICTS), r.choice(["市场监督管理局", "住房和城乡建设局", "教育局"])))
        B.nl(cdate(r))
    else:
        B.nl("{}街道{}年工作总结".format(r.choice(DISTRICTS), r.randint(2020, 2024)))
        B.nl("今年以来，街道围绕年度目标扎实推进各项工作，总体运行平稳。")
        B.nl("一、存在的问题")
        B.nl("（一）某些社区网格员配备不足，在某种程度上影响了工作效率。")
        B.nl("（二）部分居民对某些惠民政策知晓率不高，宣传方式有待改进。")
        B.nl("（三）某一时段集中办件量偏大，窗口服务压力较大。")
        B.nl("二、改进措施")
        B.nl("新增网格员{}名，开展政策宣讲{}场，推行错峰预约办理。".format(r.randint(5, 40), r.randint(10, 80)))
    return B


def phn_model_numbers(r):
    B = _d(r)
    code = r.choice(["XR", "XC", "XG", "XD", "MX", "XT"])
    m1 = "{}-{}".format(code, r.choice([100, 200, 300, 350, 600, 1200]))
    m2 = "{}{}X".format(r.choice(["KD", "HS", "PT"]), r.randint(10, 90))
    B.nl("{}　财产损失保险出险通知书".format(r.choice(INSURERS)))
    B.nl("被保险人：{}{}{}".format(r.choice(CITIES), r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("出险时间：{}　出险原因：{}".format(cdate(r), r.choice(["暴雨导致车间进水", "线路短路引发局部火情", "雷击造成设备损坏"])))
    B.nl("受损设备一：数控机床，型号{}，出厂编号{}，购置价{}万元。".format(m1, digits(r, 8), r.randint(20, 300)))
    B.nl("受损设备二：变频控制柜，型号{}，数量{}台。".format(m2, r.randint(1, 6)))
    B.nl("初步估损金额：{}元。".format(money(r, 10000, 900000)))
    B.nl("报案人：{}　联系电话：{}".format(person(r), phone(r)))
    return B


def phn_bank_masked_declared(r):
    B = _d(r)
    bank = r.choice(BANKS)
    name = person(r)
    last4 = digits(r, 4)
    B.nl("{}电子回单".format(bank))
    B.nl("（为保护客户信息安全，本回单中的账号、证件号码已作部分隐藏处理）")
    B.nl("付款人：{}　账号：6222****{}".format(name[0] + "*" * (len(name) - 1), last4))
    B.nl("收款人：{}{}{}　账号：{}****{}".format(r.choice(CITIES), r.choice(ORG_CORE), r.choice(ORG_TRADE), r.choice(["6217", "6228", "6214"]), digits(r, 4)))
    B.nl("金额：人民币{}元　用途：{}".format(money(r, 100, 90000), r.choice(["货款", "房租", "服务费", "还款"])))
    B.nl("证件号码：{}**********{}".format(digits(r, 4), digits(r, 4)))
    B.nl("交易时间：{} {:02d}:{:02d}:{:02d}".format(isodate(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    return B


def phn_court_desensitized(r):
    B = _d(r)
    y = r.randint(2019, 2024)
    sur1, sur2 = r.choice(SURNAMES), r.choice(SURNAMES)
    cause = r.choice(["机动车交通事故责任纠纷", "民间借贷纠纷", "离婚纠纷", "劳动争议", "房屋买卖合同纠纷"])
    B.nl("{}市{}区人民法院".format(r.choice(CITIES), r.choice(DISTRICTS)))
    B.nl("民 事 判 决 书")
    B.nl("（{}）{}{}民初{}号".format(y, r.choice(PROV_ABBR), digits(r, 4), r.randint(100, 9999)))
    B.nl("（本文书已作脱敏处理，当事人及相关人员姓名以“某”代替）")
    B.nl("原告：{}某，{}，{}年生，住{}省{}市。".format(sur1, r.choice("男女"), r.randint(1960, 1999), r.choice(["江苏", "安徽", "湖北", "江西"]), r.choice(CITIES)))
    B.nl("被告：{}某某，{}，{}年生。".format(sur2, r.choice("男女"), r.randint(1960, 1999)))
    B.nl("被告：某某{}。".format(r.choice(ORG_TRADE)))
    B.nl("原告{}某与被告{}某某、某某{}{}一案，本院受理后依法进行了审理。".format(sur1, sur2, r.choice(["公司", "有限公司"]), cause))
    B.nl("判决如下：被告{}某某于本判决生效之日起十日内赔偿原告{}某{}元。".format(sur2, sur1, money(r, 3000, 200000)))
    B.nl("审判员　{}某".format(r.choice(SURNAMES)))
    B.nl("{}年{}月{}日".format(cn_year(y), cn_num(r.randint(1, 12)), cn_num(r.randint(1, 28))))
    return B


def phn_xinfang_masked_phone(r):
    B = _d(r)
    name = person(r)
    B.nl("{}区信访局来信登记表（公开版）".format(r.choice(DISTRICTS)))
    B.nl("说明：依据个人信息保护有关规定，来信人联系方式、身份证号码已隐去中间位。")
    B.nl("来信人：{}　联系电话：{}****{}".format(name, phone(r)[:3], digits(r, 4)))
    B.nl("身份证号码：{}********{}".format(digits(r, 6), digits(r, 4)))
    B.nl("来信日期：{}　登记编号：XF{}{}".format(cdate(r), r.randint(2021, 2024), digits(r, 5)))
    B.nl("反映事项：{}".format(r.choice(["小区消防通道被占用", "企业拖欠工资", "学校食堂卫生问题", "道路路灯长期损坏"])))
    B.nl("办理单位：{}　办理期限：{}日".format(r.choice(["区住建局", "区人社局", "区教育局", "区城管局"]), r.choice([15, 30, 60])))
    return B


def phn_math_variable(r):
    B = _d(r)
    a, x, b = r.randint(2, 9), r.randint(2, 12), r.randint(1, 20)
    B.nl("七年级数学一元一次方程单元检测")
    B.nl("一、解方程（每题5分）")
    B.nl("（1）{}x+{}={}　　（2）{}(x-{})={}".format(a, b, a * x + b, a, b % 5 + 1, a * (x - b % 5 - 1)))
    B.nl("二、应用题")
    p_ = r.randint(2, 8)
    B.nl("某文具店钢笔每支{}元，小明买钢笔和笔记本共花去{}元，已知笔记本比钢笔少买{}本……".format(p_ * 3, p_ * 3 * x + p_ * (x - 2), 2))
    B.nl("解：设小明买了x支钢笔，则笔记本买了(x-2)本。")
    B.nl("依题意得：{}x+{}(x-2)={}，解得x={}。".format(p_ * 3, p_, p_ * 3 * x + p_ * (x - 2), x))
    B.nl("答：小明买了{}支钢笔。".format(x))
    return B


def phn_roman_numerals(r):
    B = _d(r)
    y = r.randint(2020, 2024)
    B.nl("{}市防汛抗旱指挥部关于调整应急响应等级的通知".format(r.choice(CITIES)))
    lv = r.choice(["Ⅳ", "Ⅲ", "Ⅱ"])
    B.nl("根据气象部门预报，经会商研判，决定自{}起将防汛应急响应由Ⅳ级提升至{}级。".format(cdate(r, y=y), lv))
    B.nl("各地要严格落实{}级响应要求，重点加强Ⅰ类、Ⅱ类水库的巡查值守。".format(lv))
    B.nl("地表水水质保持Ⅲ类及以上标准，饮用水水源地不得低于Ⅱ类。")
    B.nl("附件I：重点防御区域名单")
    B.nl("附件II：值班安排表（第XIV周至第XVI周）")
    B.nl("{}市防汛抗旱指挥部办公室".format(r.choice(CITIES)))
    B.nl(cdate(r, y=y))
    return B


def phn_chess_notation(r):
    B = _d(r)
    B.nl("{}市青少年国际象棋锦标赛对局记录（第{}轮）".format(r.choice(CITIES), r.randint(1, 9)))
    B.nl("白方：{}　黑方：{}　结果：{}".format(person(r), person(r), r.choice(["1-0", "0-1", "½-½"])))
    games = [
        "1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6 5.O-O f6 6.d4 exd4 7.Nxd4 c5",
        "1.d4 d5 2.c4 dxc4 3.e3 Nf6 4.Bxc4 e6 5.Nf3 c5 6.O-O a6 7.dxc5 Qxd1",
        "1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6 6.Be3 e5 7.Nb3 Be6",
        "1.e4 e6 2.d4 d5 3.exd5 exd5 4.Nf3 Bd6 5.Bd3 Nf6 6.O-O O-O 7.Bg5 Bg4",
    ]
    B.nl(r.choice(games))
    B.nl("8.Nxe5 fxe5 9.Qh5+ Kf8 10.Qxe5 Nf6")
    B.nl("裁判长点评：黑方第{}回合吃兵后王翼空虚，白方抓住机会发动攻势。".format(r.randint(5, 9)))
    B.nl("记录员：{}".format(person(r)))
    return B


def phn_clothing_sizes(r):
    B = _d(r)
    B.nl("{}中学{}年校服采购清单".format(r.choice(CITIES), r.randint(2020, 2024)))
    B.nl("品名：夏季短袖运动套装　单价：{}元/套".format(r.randint(80, 220)))
    sizes = ["S", "M", "L", "XL", "XXL", "XXXL"]
    counts = [r.randint(20, 300) for _ in sizes]
    for sz, c in zip(sizes, counts):
        B.nl("{}码（{}）：{}套".format(sz, {"S": "155/80A", "M": "160/84A", "L": "165/88A", "XL": "170/92A", "XXL": "175/96A", "XXXL": "180/100A"}[sz], c))
    B.nl("合计：{}套。XL及以上尺码如需加长，请在备注中注明。".format(sum(counts)))
    return B


def phn_screen_resolution(r):
    B = _d(r)
    B.nl("{}区会议中心LED显示屏更新项目技术参数".format(r.choice(DISTRICTS)))
    w, h = r.choice([(1920, 1080), (3840, 2160), (2560, 1440)])
    B.nl("一、主屏：像素间距P{}，显示面积{}m×{}m，物理分辨率不低于{}×{}。".format(r.choice([1.2, 1.5, 1.8]), r.randint(5, 12), r.randint(3, 6), w, h))
    B.nl("二、辅屏：{}英寸液晶拼接屏{}块（{}×{}布置），单屏分辨率1920×1080。".format(r.choice([46, 55]), 4 * r.randint(1, 3), 2, 2 * r.randint(1, 3)))
    B.nl("三、视频处理器：支持{}×{}@60Hz输入，{}路HDMI。".format(w, h, r.randint(4, 16)))
    B.nl("四、质保期：验收合格之日起{}年。".format(r.choice([3, 5])))
    return B


def phn_hex_literals(r):
    B = _d(r)
    reg = r.choice(["0x1F", "0x2A", "0x3C", "0x40", "0x7E"])
    B.nl("{}水厂自控系统通信调试记录".format(r.choice(CITIES)))
    B.nl("日期：{}　调试人员：{}".format(cdate(r), person(r)))
    B.nl("1. PLC从站地址设置为{}，波特率9600，校验位无。".format(reg))
    B.nl("2. 读取保持寄存器起始地址0x{:04X}，数量{}；功能码0x03。".format(r.randint(0, 4000), r.randint(2, 32)))
    B.nl("3. 报文示例：{} 03 00 {:02X} 00 02 C4 0B，返回状态字0x{:02X}表示正常。".format(reg[2:], r.randint(0, 255), r.randint(0, 255)))
    B.nl("4. 掩码0xFF00用于提取高字节，液位值换算系数0.01m。")
    B.nl("结论：通信正常，数据刷新周期{}ms。".format(r.choice([200, 500, 1000])))
    return B


def phn_nox_formulas(r):
    B = _d(r)
    B.nl("{}{}{}大气污染物排放自行监测报告".format(r.choice(CITIES), r.choice(ORG_CORE), r.choice(["热电有限公司", "水泥有限公司", "玻璃有限公司"])))
    B.nl("监测日期：{}　监测单位：{}环境检测有限公司".format(cdate(r), r.choice(ORG_CORE)))
    B.nl("一、有组织排放：SO₂排放浓度{} mg/m³，NOx排放浓度{} mg/m³，颗粒物{} mg/m³。".format(r.randint(5, 60), r.randint(20, 150), r.randint(1, 10)))
    B.nl("二、脱硝系统：采用SCR工艺，以NH₃为还原剂，将NOx还原为N₂和H₂O。")
    B.nl("三、无组织排放：VOCs厂界浓度{:.2f} mg/m³，非甲烷总烃（以CₓHᵧ计）低于限值。".format(r.uniform(0.1, 1.8)))
    B.nl("结论：SO₂、NOx等各项指标均满足排放标准要求。")
    return B


def phn_exam_blank_underscore(r):
    B = _d(r)
    subj = r.choice(["语文", "英语", "历史"])
    B.nl("{}市{}学年七年级{}期中试卷".format(r.choice(CITIES), r.randint(2020, 2024), subj))
    B.nl("二、填空题（每空1分，共10分）")
    pool = {"语文": ["1.“但愿人长久，________。”出自苏轼的《水调歌头》。", "2.《论语》是记录________及其弟子言行的书。", "3.“________，只缘身在此山中。”", "4.《背影》的作者是________。"],
            "英语": ["1.There ____ a book on the desk.", "2.She ____ (go) to school by bike every day.", "3.—How ____ apples do you want? —Three, please.", "4.My father is ____ engineer."],
            "历史": ["1.中国历史上第一个统一的中央集权国家是________。", "2.“贞观之治”出现在唐朝________统治时期。", "3.北宋的都城是________。", "4.活字印刷术的发明者是________。"]}[subj]
    for q in r.sample(pool, 3):
        B.nl(q)
    B.nl("三、阅读理解（共20分）")
    B.nl("阅读下面的文章，完成第5—8题。")
    return B


def phn_exam_choice_paren(r):
    B = _d(r)
    B.nl("{}地区{}学年八年级物理单元测试".format(r.choice(CITIES), r.randint(2020, 2024)))
    B.nl("一、选择题（每小题只有一个正确选项，每题3分）")
    qs = [("1.下列估测最接近实际的是（　　）", "A.人步行速度约5m/s　B.一个鸡蛋质量约50g　C.教室门高约5m　D.人体正常体温约40℃"),
          ("2.关于声现象，下列说法正确的是（　　）", "A.声音可以在真空中传播　B.音调由振幅决定　C.声音是由物体振动产生的　D.噪声不能被减弱"),
          ("3.下列现象中属于光的折射的是（  ）", "A.小孔成像　B.水中倒影　C.插入水中的筷子“变弯”　D.影子的形成")]
    for q, o in r.sample(qs, 2):
        B.nl(q)
        B.nl(o)
    B.nl("二、判断题（对的打“√”，错的打“×”）")
    B.nl("4.物体的运动和静止是相对的。（　　）")
    return B


def phn_genetics_xx(r):
    B = _d(r)
    B.nl("{}年级生物《人的性别遗传》{}".format(r.choice(["七", "八"]), r.choice(["课堂练习", "课后作业", "单元检测"])))
    pool = ["人的体细胞中有23对染色体，其中1对是性染色体。男性的性染色体组成是XY，女性是XX。",
            "男性产生的精子有两种，分别含X染色体和Y染色体；女性只产生含X染色体的卵细胞。",
            "若含X的精子与卵细胞结合，受精卵的性染色体为XX，发育成女孩。",
            "若含Y的精子与卵细胞结合，受精卵的性染色体为XY，发育成男孩。",
            "红绿色盲基因位于X染色体上，母亲基因型为XᴮXᵇ时，儿子患病的概率为1/2。",
            "男性体细胞的染色体组成可表示为22对+XY，女性为22对+XX。",
            "某家庭已有{}个女孩，再生一个孩子是男孩的概率是50%。".format(cn_num(r.randint(1, 3))),
            "生男生女的机会均等，因为含X和含Y的两种精子数量相等。"]
    for i, q in enumerate(r.sample(pool, r.randint(3, 5))):
        B.nl("{}.{}".format(i + 1, q))
    B.nl("{}.判断：女儿的两条X染色体一条来自父亲、一条来自母亲。（　　）".format(r.randint(6, 9)))
    return B


def phn_chinese_zero_date(r):
    B = _d(r)
    y = r.randint(2000, 2024)
    city = r.choice(CITIES)
    B.nl("{}仲裁委员会".format(city))
    B.nl("裁 决 书")
    B.nl("（{}）{}仲字第{}号".format(y, city[:1], r.randint(10, 900)))
    B.nl("申请人：{}{}{}。".format(city, r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("被申请人：{}。".format(person(r)))
    B.nl("本会根据申请人与被申请人于{}年{}月签订的合同中的仲裁条款受理本案，于{}年{}月{}日开庭审理。".format(cn_year(y - 1), cn_num(r.randint(1, 12)), cn_year(y), cn_num(r.randint(1, 12)), cn_num(r.randint(1, 28))))
    B.nl("裁决如下：被申请人向申请人支付货款人民币{}元。".format(money(r, 5000, 500000, dec=False)))
    B.nl("本裁决为终局裁决，自作出之日起发生法律效力。")
    B.nl("首席仲裁员　{}".format(person(r)))
    B.nl("{}年{}月{}日".format(cn_year(y), cn_num(r.randint(1, 12)), cn_num(r.randint(1, 31))))
    return B


def phn_dimensions(r):
    B = _d(r)
    B.nl("{}区{}小学课桌椅采购技术要求".format(r.choice(DISTRICTS), r.choice(["实验", "第一", "育才", "南门"])))
    w, d, h = r.choice([(1200, 400, 760), (600, 450, 710), (1300, 450, 780)])
    B.nl("1. 双人课桌：外形尺寸{}×{}×{}mm（长×宽×高），桌面板厚度≥{}mm。".format(w, d, h, r.choice([15, 18, 25])))
    B.nl("2. 课椅：座面{}×{}mm，钢管规格Φ{}×1.2mm。".format(r.choice([380, 400]), r.choice([340, 360]), r.choice([22, 25])))
    B.nl("3. 包装箱尺寸不超过{}×{}×{}cm，每箱1套。".format(r.randint(100, 130), r.randint(40, 60), r.randint(15, 30)))
    B.nl("4. 数量：{}套，质保{}年。".format(r.randint(50, 900), r.choice([3, 5])))
    return B


def phn_axis_xy(r):
    B = _d(r)
    k, b = r.randint(1, 5), r.randint(-6, 6)
    B.nl("八年级数学《一次函数》课时作业")
    B.nl("1.一次函数y={}x{:+d}的图象与x轴交于点A，与y轴交于点B，求A、B两点坐标。".format(k, b))
    B.nl("2.在平面直角坐标系中，点P({},{})关于x轴对称的点的坐标是________。".format(r.randint(-5, 5), r.randint(-5, 5)))
    B.nl("3.直线y=kx+{}经过点({},{})，则k=________。".format(b, 1, k + b))
    B.nl("4.画出函数图象时，先在x轴、y轴上确定单位长度，再列表、描点、连线。")
    return B


def phn_vehicle_model(r):
    B = _d(r)
    model = r.choice(["宝马X5", "宝马X3", "宝马iX3", "特斯拉Model X", "小鹏P7", "吉利星越L", "奔驰GLC", "比亚迪唐DM-i"])
    plate = "{}{}·{}".format(r.choice(PROV_ABBR), r.choice(PLATE_LETTERS), "".join(r.choice("0123456789") for _ in range(5)))
    B.nl("{}　机动车辆损失确认书".format(r.choice(INSURERS)))
    B.nl("号牌号码：{}　厂牌型号：{}".format(plate, model))
    B.nl("车架号：L{}{}".format(r.choice(["SV", "FV", "GW", "BV"]), digits(r, 14)))
    B.nl("损失部位：{}".format(r.choice(["前保险杠、左前大灯", "右后门、后翼子板", "发动机舱盖、水箱框架"])))
    B.nl("定损金额：配件{}元，工时{}元，合计{}元。".format(r.randint(800, 30000), r.randint(300, 5000), r.randint(1100, 35000)))
    B.nl("定损员：{}　被保险人确认：{}".format(person(r), person(r)))
    return B


def phn_film_titles(r):
    B = _d(r)
    quotes = [("这部电影让我想起了《X战警》", "里面每个人都有自己的超能力"), ("你看过《X档案》吗", "那可是九十年代最火的美剧"),
              ("他玩的是Xbox还是PS5", "我记得是Xbox"), ("这一集讲的是X射线的发现", "伦琴在1895年发现了它")]
    q = r.choice(quotes)
    _srt(B, r, [q[0], q[1], r.choice(["好了，我们下期再见", "别忘了点赞关注", "今天就聊到这里"])])
    return B


def phn_magnification(r):
    B = _d(r)
    B.nl("七年级生物实验报告：用显微镜观察洋葱表皮细胞")
    B.nl("实验者：{}　日期：{}".format(person(r), cdate(r)))
    e, o = r.choice([5, 10, 16]), r.choice([10, 40])
    B.nl("一、器材：显微镜（目镜{}×，物镜10×、40×），载玻片，盖玻片，碘液。".format(e))
    B.nl("二、步骤：先用低倍物镜（10×）找到物像，再换用{}×物镜观察。".format(o))
    B.nl("三、结果：此时放大倍数为{}×{}={}倍，视野变暗，细胞数目变少。".format(e, o, e * o))
    B.nl("四、结论：洋葱表皮细胞呈长方形，排列紧密。")
    return B


def phn_truefalse_key(r):
    B = _d(r)
    B.nl("{}学年八年级物理期末考试参考答案".format(r.randint(2020, 2024)))
    B.nl("一、选择题：1—5 {}　6—10 {}".format("".join(r.choice("ABCD") for _ in range(5)), "".join(r.choice("ABCD") for _ in range(5))))
    marks = "　".join("{}.{}".format(i, r.choice("√×")) for i in range(11, 16))
    B.nl("二、判断题（对的打“√”，错的打“×”）：" + marks)
    B.nl("三、计算题：P=UI={}V×{}A={}W（公式1分，代入1分，结果1分）".format(220, 5, 1100))
    B.nl("评分说明：判断题答“×”而未改正的不得分。")
    return B


def phn_chi_square(r):
    B = _d(r)
    B.nl("{}市第{}人民医院临床研究摘要".format(r.choice(CITIES), cn_num(r.randint(1, 5))))
    n1, n2 = r.randint(40, 120), r.randint(40, 120)
    B.nl("目的：比较两种护理方案对术后并发症发生率的影响。")
    B.nl("方法：选取患者{}例，随机分为观察组（{}例）和对照组（{}例）。计数资料采用χ²检验，计量资料以x̄±s表示。".format(n1 + n2, n1, n2))
    B.nl("结果：观察组并发症发生率为{:.1f}%，低于对照组的{:.1f}%（χ²={:.3f}，P<0.05）。".format(r.uniform(2, 9), r.uniform(10, 25), r.uniform(4, 12)))
    B.nl("结论：该方案可降低并发症发生率，值得推广。")
    return B


def phn_filled_template(tname):
    def f(r):
        B = Doc(r)
        TEMPLATES[tname](B, r)
        return B
    f.__name__ = "phn_filled_" + tname
    return f


def phn_olympic_roman(r):
    B = _d(r)
    lines = r.choice([["第XXIV届冬季奥林匹克运动会在北京开幕", "这是继第XXIX届夏季奥运会之后", "北京成为世界上首个“双奥之城”"],
                      ["第XXXIII届夏季奥运会在巴黎举行", "中国体育代表团共获得四十枚金牌", "追平了境外参赛的最好成绩"],
                      ["第XXXII届奥运会因故推迟一年举办", "这是现代奥运史上的第一次", "各国运动员克服了重重困难"],
                      ["路易十四的法文名字是Louis XIV", "他在位长达七十二年", "是欧洲历史上在位时间最长的君主之一"]])
    _srt(B, r, lines)
    return B


PH_NEG = OrderedDict([
    ("report_1plusx_certificate", phn_vocational_1plusx),
    ("report_nplusx_mechanism", phn_policy_nplusx),
    ("procurement_x86_servers", phn_procurement_x86),
    ("insurance_xray_medical", phn_medical_xray),
    ("exam_times_formula", phn_exam_times_formula),
    ("xinfang_mou_ordinary_words", lambda r: phn_mou_ordinary(r, "xinfang")),
    ("report_mou_ordinary_words", lambda r: phn_mou_ordinary(r, "report")),
    ("insurance_equipment_model_numbers", phn_model_numbers),
    ("bank_receipt_masked_declared", phn_bank_masked_declared),
    ("court_judgment_desensitized_declared", phn_court_desensitized),
    ("xinfang_register_masked_declared", phn_xinfang_masked_phone),
    ("exam_math_variable_x", phn_math_variable),
    ("notice_roman_numerals", phn_roman_numerals),
    ("chess_game_notation", phn_chess_notation),
    ("procurement_clothing_sizes", phn_clothing_sizes),
    ("procurement_screen_resolution", phn_screen_resolution),
    ("tech_note_hex_literals", phn_hex_literals),
    ("monitoring_nox_formulas", phn_nox_formulas),
    ("exam_fill_blank_question", phn_exam_blank_underscore),
    ("exam_choice_paren_blank", phn_exam_choice_paren),
    ("exam_genetics_xx_xy", phn_genetics_xx),
    ("arbitration_chinese_zero_dates", phn_chinese_zero_date),
    ("procurement_dimensions_times", phn_dimensions),
    ("exam_coordinate_axes", phn_axis_xy),
    ("insurance_vehicle_model_x", phn_vehicle_model),
    ("srt_film_titles_x", phn_film_titles),
    ("lab_report_magnification", phn_magnification),
    ("answer_key_true_false_marks", phn_truefalse_key),
    ("medical_abstract_chi_square", phn_chi_square),
    ("srt_roman_olympiad", phn_olympic_roman),
    ("loan_contract_filled", phn_filled_template("loan_contract")),
    ("xinfang_reply_filled", phn_filled_template("xinfang_reply")),
])

PH_POS = [
    ("work_report", "x_runs"), ("xinfang_reply", "x_runs"), ("meeting_notice", "x_runs"), ("bank_statement", "x_runs"),
    ("srt_subtitle", "x_runs"), ("loan_contract", "x_runs"),
    ("court_judgment", "upper_x"), ("work_report", "upper_x"), ("insurance_claim", "upper_x"), ("meeting_notice", "upper_x"), ("exam_paper", "upper_x"),
    ("xinfang_reply", "times_sign"), ("court_judgment", "times_sign"), ("work_report", "times_sign"), ("civil_complaint", "times_sign"),
    ("meeting_notice", "fullwidth_x"), ("loan_contract", "fullwidth_x"), ("work_report", "fullwidth_x"),
    ("loan_contract", "mou_names"), ("insurance_claim", "mou_names"), ("xinfang_reply", "mou_names"), ("meeting_notice", "mou_names"),
    ("work_report", "x_and_mou"), ("court_judgment", "x_and_mou"), ("xinfang_reply", "x_and_mou"),
    ("loan_contract", "daitian"), ("answer_key", "daitian"), ("meeting_notice", "daitian"), ("insurance_claim", "daitian"),
    ("civil_complaint", "tianxie"), ("loan_contract", "tianxie"), ("insurance_claim", "tianxie"), ("xinfang_reply", "tianxie"),
    ("loan_contract", "underscore"), ("insurance_claim", "underscore"), ("civil_complaint", "underscore"), ("meeting_notice", "underscore"),
    ("loan_contract", "fw_underscore"), ("xinfang_reply", "fw_underscore"), ("meeting_notice", "fw_underscore"),
    ("bank_statement", "mustache"), ("loan_contract", "mustache"), ("xinfang_reply", "mustache"), ("srt_subtitle", "mustache"),
    ("loan_contract", "dollar_var"), ("bank_statement", "dollar_var"), ("meeting_notice", "dollar_var"),
    ("civil_complaint", "square_label"), ("answer_key", "square_label"), ("insurance_claim", "square_label"), ("xinfang_reply", "square_label"),
    ("court_judgment", "circle_zero"), ("work_report", "circle_zero"), ("xinfang_reply", "circle_zero"), ("exam_paper", "circle_zero"),
]


# ---------------------------------------------------------------------------
# mojibake: damage made with real codecs
# ---------------------------------------------------------------------------
# simplified -> traditional + pinyin (only characters whose traditional form differs)
_PY = ("发發fā 区區qū 导導dǎo 领領lǐng 动動dòng 远遠yuǎn 设設shè 务務wù 项項xiàng 实實shí 现現xiàn 时時shí "
       "为為wéi 进進jìn 经經jīng 济濟jì 产產chǎn 业業yè 长長cháng 机機jī 关關guān 会會huì 这這zhè 们們men "
       "个個gè 来來lái 对對duì 国國guó 开開kāi 过過guò 还還hái 书書shū 问問wèn 题題tí 当當dāng 员員yuán "
       "众眾zhòng 财財cái 资資zī 报報bào 计計jì 划劃huà 规規guī 见見jiàn 让讓ràng 认認rèn 识識shí 议議yì "
       "论論lùn 说說shuō 请請qǐng 调調diào 检檢jiǎn 验驗yàn 处處chù 县縣xiàn 乡鄉xiāng 镇鎮zhèn 条條tiáo "
       "级級jí 组組zǔ 织織zhī 积積jī 极極jí 稳穩wěn 环環huán 卫衛wèi 疗療liáo 险險xiǎn 贷貸dài 银銀yín "
       "号號hào 费費fèi 额額é 单單dān 据據jù 证證zhèng 审審shěn 诉訴sù 讼訟sòng 责責zé 纠糾jiū 纷紛fēn "
       "约約yuē 签簽qiān 订訂dìng 营營yíng 质質zhì 户戶hù 历歷lì 试試shì 选選xuǎn 择擇zé 满滿mǎn 间間jiān "
       "钟鐘zhōng 视視shì 频頻pín 欢歡huān 电電diàn 话話huà 车車chē 辆輛liàng 损損sǔn 赔賠péi 偿償cháng "
       "协協xié 统統tǒng 补補bǔ 贴貼tiē 确確què 护護hù 权權quán 门門mén 复復fù 应應yīng 该該gāi 与與yǔ "
       "万萬wàn 亿億yì 项項xiàng 两兩liǎng 严嚴yán 务務wù 办辦bàn 强強qiáng 态態tài 执執zhí 结結jié "
       "绩績jì 税稅shuì 广廣guǎng 龙龍lóng 门門mén 华華huá 阳陽yáng 东東dōng 园園yuán 达達dá 丰豐fēng "
       "兴興xīng 庆慶qìng 谁誰shéi 难難nán 卖賣mài 买買mǎi 问問wèn 边邊biān 创創chuàng 优優yōu "
       "众眾zhòng 级級jí 围圍wéi 绕繞rào 坚堅jiān 总總zǒng 运運yùn 惠惠huì 种種zhǒng 类類lèi 续續xù "
       "审審shěn 诉訴sù 费費fèi 负負fù 担擔dān 记記jì 录錄lù 联聯lián 系係xì 疫疫yì 苗苗miáo 剂劑jì "
       "查查chá 隐隱yǐn 患患huàn 转轉zhuǎn 账賬zhàng 归歸guī 贷貸dài 还還huán 认認rèn 许許xǔ")
T2P = {}
for tok in _PY.split():
    s_, t_, py_ = tok[0], tok[1], tok[2:]
    if s_ != t_:
        T2P.setdefault(s_, (t_, py_))
TRAD2SIMP = {t: s_ for s_, (t, _) in T2P.items()}
BAD_LINE_CHARS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def has_cjk(s):
    return bool(CJK_RE.search(s))


def _ok_chars(d):
    return not (set(d) & BAD_LINE_CHARS)


def _strict(enc, dec):
    def f(seg, r):
        try:
            d = seg.encode(enc).decode(dec)
        except UnicodeError:
            return None
        if d == seg or not _ok_chars(d):
            return None
        return [(d, True)]
    return f


def dmg_kunjinkao(seg, r):
    fffd = seg.encode("gbk").decode("utf-8", errors="replace")
    d = fffd.encode("utf-8").decode("gbk", errors="replace")
    if "锟斤拷" not in d:
        return None
    return [(d, True)]


def dmg_fffd(seg, r):
    d = seg.encode("gbk").decode("utf-8", errors="replace")
    if "\ufffd" not in d or not _ok_chars(d):
        return None
    return [(d, True)]


def to_trad(seg):
    return "".join(T2P[c][0] if c in T2P else c for c in seg)


def dmg_big5(seg, r):
    t = to_trad(seg)
    try:
        b = t.encode("big5")
    except UnicodeError:
        return None
    d = b.decode("utf-8", errors="replace")
    if "\ufffd" not in d or not _ok_chars(d):
        return None
    return [(d, True)]


def dmg_gbk_big5(seg, r):
    try:
        d = seg.encode("gbk").decode("big5")
        if d.encode("big5").decode("gbk") != seg:
            return None
    except UnicodeError:
        return None
    if d == seg or not _ok_chars(d):
        return None
    return [(d, True)]


def dmg_utf16_latin1(seg, r):
    d = seg.encode("utf-16-le").decode("latin-1")
    if not _ok_chars(d):
        return None
    return [(d, True)]


def dmg_utf16_utf8(seg, r):
    d = seg.encode("utf-16-le").decode("utf-8", errors="replace")
    if not _ok_chars(d) or not ("\x00" in d or "\ufffd" in d):
        return None
    return [(d, True)]


def dmg_qp(seg, r):
    d = codecs.encode(seg.encode("utf-8"), "quopri_codec").decode("ascii")
    if d == seg:
        return None
    return [(d, True)]


def dmg_html_numeric(seg, r):
    d = seg.encode("ascii", errors="xmlcharrefreplace").decode("ascii")
    return [(d, True)] if d != seg else None


def dmg_html_double(seg, r):
    d = html.escape(seg.encode("ascii", errors="xmlcharrefreplace").decode("ascii"), quote=False)
    return [(d, True)] if d != seg else None


def dmg_qmark(seg, r):
    enc = "gb2312" if any(c in RARE_GIVEN for c in seg) else "ascii"
    d = seg.encode(enc, errors="replace").decode(enc)
    if d == seg:
        return None
    pieces, i = [], 0
    while i < len(d):
        j = i
        lost = d[i] == "?" and seg[i] != "?"
        while j < len(d) and (d[j] == "?" and seg[j] != "?") == lost:
            j += 1
        pieces.append((d[i:j], lost))
        i = j
    return pieces


def dmg_pinyin(seg, r):
    pieces = []
    hit = False
    for c in seg:
        if c in T2P:
            t, py = T2P[c]
            pieces.append((t + "(" + py + ")", True))
            hit = True
        else:
            pieces.append((c, False))
    return pieces if hit else None


# kind -> (damage fn, mode, max segment length)
MJ_KINDS = OrderedDict([
    ("utf8_as_gbk", (_strict("utf-8", "gbk"), "clause", 10)),
    ("kunjinkao", (dmg_kunjinkao, "clause", 8)),
    ("utf8_as_cp1252", (_strict("utf-8", "cp1252"), "clause", 5)),
    ("utf8_as_latin1", (_strict("utf-8", "latin-1"), "clause", 6)),
    ("utf8_as_macroman", (_strict("utf-8", "mac_roman"), "clause", 8)),
    ("utf8_as_shiftjis", (_strict("utf-8", "shift_jis"), "clause", 6)),
    ("gbk_as_utf8_fffd", (dmg_fffd, "clause", 14)),
    ("big5_as_utf8", (dmg_big5, "clause", 10)),
    ("gbk_as_big5", (dmg_gbk_big5, "clause", 10)),
    ("utf16le_as_latin1", (dmg_utf16_latin1, "line", 0)),
    ("utf16le_as_utf8", (dmg_utf16_utf8, "line", 0)),
    ("quoted_printable", (dmg_qp, "clause", 12)),
    ("html_numeric_refs", (dmg_html_numeric, "clause", 8)),
    ("html_double_escaped", (dmg_html_double, "clause", 6)),
    ("html_tag_remnants", (None, "html", 0)),
    ("pinyin_annotation", (dmg_pinyin, "wholeline", 0)),
    ("qmark_loss", (dmg_qmark, "clause", 12)),
])

SEG_RE = re.compile(r"[^，。；：、（）()“”《》\s　！？!?,;:—]+")


def _candidates(line, maxlen, r):
    out = []
    for m in SEG_RE.finditer(line):
        a, b = m.start(), m.end()
        if len(CJK_RE.findall(line[a:b])) < 2:
            continue
        for _ in range(3):
            L = min(b - a, r.randint(2, max(2, maxlen)))
            st = r.randint(a, b - L)
            if len(CJK_RE.findall(line[st:st + L])) >= 2:
                out.append((st, st + L))
    return out


HTML_TAGS = ["<br/>", "<br>", "</p>", "<p>", "&nbsp;", "</strong>", "<strong>", "</span>", "&nbsp;&nbsp;"]


def damage_doc(clean, kind, r):
    """returns (text, spans) or None"""
    fn, mode, maxlen = MJ_KINDS[kind]
    lines = clean.split("\n")
    plan = {}  # line index -> list of (start, end, pieces)
    idx = [i for i, l in enumerate(lines) if has_cjk(l) or (mode == "line" and len(l.strip()) > 3)]
    rare_lines = [i for i, l in enumerate(lines) if any(c in RARE_GIVEN for c in l)]
    if kind == "qmark_loss" and rare_lines:
        # the whole document went through GB2312: every character outside GB2312 is lost
        for i in rare_lines:
            plan[i] = [(0, len(lines[i]), dmg_qmark(lines[i], r))]
    elif mode == "clause":
        want = r.choice([1, 1, 2, 2, 3])
        r.shuffle(idx)
        for i in idx:
            if len(plan) >= want:
                break
            cands = _candidates(lines[i], maxlen, r)
            r.shuffle(cands)
            for a, b in cands:
                pcs = fn(lines[i][a:b], r)
                if pcs:
                    plan[i] = [(a, b, pcs)]
                    break
    elif mode == "line":
        idx = [i for i, l in enumerate(lines) if len(l.strip()) > 3]
        if not idx:
            return None
        k = r.choice([1, 2, 3, 4])
        st = r.choice(idx)
        for i in range(st, min(len(lines), st + k)):
            if not lines[i].strip():
                continue
            pcs = fn(lines[i], r)
            if pcs:
                plan[i] = [(0, len(lines[i]), pcs)]
    elif mode == "wholeline":
        k = r.choice([1, 2, 3, len(idx)])
        r.shuffle(idx)
        for i in idx[:k]:
            pcs = fn(lines[i], r)
            if pcs:
                plan[i] = [(0, len(lines[i]), pcs)]
    elif mode == "html":
        k = r.choice([1, 2, 2, 3, 4])
        r.shuffle(idx)
        for i in idx[:k]:
            l = lines[i]
            choice = r.random()
            tag = r.choice(HTML_TAGS)
            if choice < 0.4:  # at the end of a line
                plan[i] = [(len(l), len(l), [(tag, True)])]
            else:  # after a punctuation mark or in place of an ideographic space
                pos = [m.end() for m in re.finditer(r"[，。；：　]", l)]
                if not pos:
                    plan[i] = [(len(l), len(l), [(tag, True)])]
                    continue
                p_ = r.choice(pos)
                if l[p_ - 1] == "　":
                    plan[i] = [(p_ - 1, p_, [("&nbsp;", True)])]
                else:
                    plan[i] = [(p_, p_, [(tag, True)])]
    if not plan:
        return None
    out, spans, n = [], [], 0
    for i, l in enumerate(lines):
        if i:
            out.append("\n")
            n += 1
        cur = 0
        for a, b, pcs in plan.get(i, []):
            out.append(l[cur:a])
            n += a - cur
            for txt, is_span in pcs:
                if is_span:
                    spans.append([n, n + len(txt)])
                out.append(txt)
                n += len(txt)
            cur = b
        out.append(l[cur:])
        n += len(l) - cur
    text = "".join(out)
    if not spans or len(text.split("\n")) > 12:
        return None
    return text, spans


MJ_POS = [
    ("work_report", "utf8_as_gbk"), ("court_judgment", "utf8_as_gbk"), ("xinfang_reply", "utf8_as_gbk"), ("exam_paper", "utf8_as_gbk"), ("bank_statement", "utf8_as_gbk"),
    ("work_report", "kunjinkao"), ("loan_contract", "kunjinkao"), ("insurance_claim", "kunjinkao"), ("meeting_notice", "kunjinkao"),
    ("xinfang_reply", "utf8_as_cp1252"), ("work_report", "utf8_as_cp1252"), ("srt_subtitle", "utf8_as_cp1252"), ("loan_contract", "utf8_as_cp1252"),
    ("bank_statement", "utf8_as_latin1"), ("court_judgment", "utf8_as_latin1"), ("meeting_notice", "utf8_as_latin1"),
    ("insurance_claim", "utf8_as_macroman"), ("civil_complaint", "utf8_as_macroman"), ("work_report", "utf8_as_macroman"),
    ("srt_subtitle", "utf8_as_shiftjis"), ("exam_paper", "utf8_as_shiftjis"),
    ("work_report", "gbk_as_utf8_fffd"), ("court_judgment", "gbk_as_utf8_fffd"), ("xinfang_reply", "gbk_as_utf8_fffd"), ("answer_key", "gbk_as_utf8_fffd"), ("loan_contract", "gbk_as_utf8_fffd"),
    ("srt_subtitle", "big5_as_utf8"), ("xinfang_reply", "big5_as_utf8"), ("court_judgment", "big5_as_utf8"),
    ("meeting_notice", "gbk_as_big5"), ("civil_complaint", "gbk_as_big5"),
    ("bank_statement", "utf16le_as_latin1"), ("srt_subtitle", "utf16le_as_latin1"), ("insurance_claim", "utf16le_as_latin1"),
    ("srt_subtitle", "utf16le_as_utf8"), ("bank_statement", "utf16le_as_utf8"), ("loan_contract", "utf16le_as_utf8"),
    ("xinfang_reply", "quoted_printable"), ("meeting_notice", "quoted_printable"), ("civil_complaint", "quoted_printable"), ("insurance_claim", "quoted_printable"),
    ("work_report", "html_numeric_refs"), ("xinfang_reply", "html_numeric_refs"), ("meeting_notice", "html_numeric_refs"),
    ("work_report", "html_double_escaped"), ("court_judgment", "html_double_escaped"), ("xinfang_reply", "html_double_escaped"),
    ("work_report", "html_tag_remnants"), ("meeting_notice", "html_tag_remnants"), ("exam_paper", "html_tag_remnants"), ("court_judgment", "html_tag_remnants"),
    ("work_report", "pinyin_annotation"), ("xinfang_reply", "pinyin_annotation"), ("meeting_notice", "pinyin_annotation"), ("court_judgment", "pinyin_annotation"),
    ("court_judgment", "qmark_loss"), ("bank_statement", "qmark_loss"), ("xinfang_reply", "qmark_loss"), ("work_report", "qmark_loss"),
]


# ---------------------------------------------------------------------------
# mj negatives: text that looks odd but is not damaged
# ---------------------------------------------------------------------------
def _srt(B, r, lines):
    times = srt_cue_times(r, len(lines))
    first = r.randint(1, 300)
    for i, line in enumerate(lines):
        B.nl(str(first + i))
        B.nl(times[i])
        B.nl(line)
        if i < len(lines) - 1:
            B.nl()


def mjn_vietnamese_party(r):
    B = _d(r)
    vn, vn_cn, sex = r.choice([("Nguyễn Văn Hùng", "阮文雄", "男"), ("Trần Thị Lan", "陈氏兰", "女"), ("Phạm Minh Đức", "范明德", "男"),
                               ("Lê Thị Hương", "黎氏香", "女"), ("Võ Quốc Bảo", "武国宝", "男")])
    y = r.randint(2019, 2024)
    B.nl("{}市中级人民法院".format(r.choice(["南宁", "崇左", "防城港", "百色"])))
    B.nl("民 事 判 决 书")
    B.nl("（{}）桂{}民初{}号".format(y, digits(r, 2), r.randint(10, 900)))
    B.nl("原告：{}{}{}，住所地广西壮族自治区。".format(r.choice(["凭祥", "东兴", "南宁"]), r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("被告：{}（{}），{}，越南社会主义共和国公民，护照号码C{}。".format(vn, vn_cn, sex, digits(r, 7)))
    B.nl("被告住所：Số {} đường {}, phường {}, thành phố Lạng Sơn, Việt Nam。".format(r.randint(1, 200), r.choice(["Trần Đăng Ninh", "Lê Lợi", "Bà Triệu"]), r.choice(["Chi Lăng", "Đông Kinh", "Tam Thanh"])))
    B.nl("原告与被告{}国际货物买卖合同纠纷一案，本院依法组成合议庭进行了审理。".format(vn))
    B.nl("被告提交的越南文收据载明“Đã nhận đủ tiền hàng”（意为“货款已全部收到”），经翻译机构翻译并公证。")
    B.nl("判决如下：驳回原告的全部诉讼请求。")
    return B


def mjn_german_company(r):
    B = _d(r)
    co = r.choice(["Müller Maschinenbau GmbH", "Schröder Präzisionstechnik GmbH", "Bäcker & Söhne KG", "Große Förderanlagen AG"])
    B.nl("设备进口合同（摘要）")
    B.nl("合同编号：IM{}{}".format(r.randint(2020, 2024), digits(r, 4)))
    B.nl("买方：{}{}{}".format(r.choice(CITIES), r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("卖方：{}，地址：{}straße {}, {} {}, Deutschland".format(co, r.choice(["Königs", "Haupt", "Lindenhöf", "Mühlen"]), r.randint(1, 90), digits(r, 5), r.choice(["München", "Düsseldorf", "Nürnberg", "Köln"])))
    B.nl("标的：数控折弯机{}台，总价{} EUR（€）。".format(r.randint(1, 6), money(r, 80000, 900000)))
    B.nl("卖方代表：{}，Geschäftsführer（总经理）。".format(r.choice(["Jürgen Weiß", "Jörg Schäfer", "Björn Köhler", "Günter Fußmann"])))
    B.nl("争议解决：提交中国国际经济贸易仲裁委员会仲裁，合同以中文和德文（Deutsch）书写，两种文本具有同等效力。")
    return B


def mjn_french_remittance(r):
    B = _d(r)
    B.nl("{}境外汇入汇款通知书".format(r.choice(BANKS)))
    B.nl("收款人：{}　账号：{}".format(person(r), "62" + digits(r, 17)))
    B.nl("汇款人：{}".format(r.choice(["Société Générale Côte d’Azur", "Crédit Agricole Île-de-France", "BNP Paribas Fortis", "La Banque Postale"])))
    B.nl("汇款人名称：{}".format(r.choice(["François Lefèvre", "Hélène Bérard", "Zoé Gaëlle Mercier", "Jérôme Dupré"])))
    B.nl("金额：EUR {}　折合人民币{}元".format(money(r, 500, 50000), money(r, 4000, 400000)))
    B.nl("附言：{}".format(r.choice(["Frais de scolarité – université", "Remboursement prêt étudiant", "Cadeau pour l’anniversaire", "Loyer de décembre"])))
    B.nl("入账日期：{}".format(isodate(r)))
    return B


def mjn_russian_quote(r):
    B = _d(r)
    co = r.choice(["ООО «Северный ветер»", "АО «Сибирская торговая компания»", "ООО «Восток-Логистика»", "ИП Иванов А. В."])
    B.nl("{}市{}区人民法院".format(r.choice(["黑河", "绥芬河", "满洲里", "哈尔滨"]), r.choice(DISTRICTS)))
    B.nl("民 事 裁 定 书")
    B.nl("（{}）黑{}民初{}号".format(r.randint(2019, 2024), digits(r, 4), r.randint(10, 900)))
    B.nl("原告：{}{}{}。".format(r.choice(["黑河", "绥芬河"]), r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("被告：{}（俄罗斯联邦法人），注册地址：г. {}, ул. {}, д. {}。".format(co, r.choice(["Благовещенск", "Хабаровск", "Владивосток"]), r.choice(["Ленина", "Пушкина", "Мира"]), r.randint(1, 120)))
    B.nl("双方合同第{}条约定：«Все споры разрешаются в арбитражном суде»，即争议提交仲裁解决。".format(r.randint(5, 12)))
    B.nl("本院经审查认为，本案应依约定提交仲裁，裁定如下：驳回原告的起诉。")
    return B


def mjn_japanese_subtitle(r):
    B = _d(r)
    pairs = r.sample([("谢谢你一直以来的照顾", "いつもお世話になっております"), ("我们明天在车站见吧", "明日、駅で会いましょう"),
                      ("这家拉面店很有名", "このラーメン屋はとても有名です"), ("请多关照", "よろしくお願いします"),
                      ("樱花已经开了", "桜がもう咲いていますね"), ("今天辛苦了", "お疲れ様でした")], 2)
    _srt(B, r, ["{}\n{}".format(a, b) for a, b in pairs])
    return B


def mjn_korean_subtitle(r):
    B = _d(r)
    pairs = r.sample([("你好，很高兴认识你", "안녕하세요, 만나서 반갑습니다"), ("谢谢", "감사합니다"), ("你吃饭了吗", "밥 먹었어요?"),
                      ("我们一起去首尔吧", "우리 같이 서울에 가요"), ("对不起，我来晚了", "죄송해요, 늦었어요"), ("加油", "화이팅")], 2)
    _srt(B, r, ["{}\n{}".format(a, b) for a, b in pairs])
    return B


def mjn_greek_math(r):
    B = _d(r)
    B.nl("高一数学《三角函数》单元测试")
    a = r.choice(["π/6", "π/4", "π/3"])
    B.nl("1.已知sin α = {}，α∈(0, π/2)，求cos α与tan α的值。".format(r.choice(["3/5", "4/5", "5/13"])))
    B.nl("2.化简：sin(π − α)·cos(2π + α) / tan(π + α)。")
    B.nl("3.在△ABC中，∠A = {}，BC = {}，求△ABC外接圆的半径R。".format(a, r.randint(2, 9)))
    B.nl("4.若函数f(x) = sin(ωx + φ)（ω > 0，|φ| < π/2）的最小正周期为π，求ω。")
    B.nl("5.已知数列{aₙ}满足 Σ aₖ = n²（k = 1, …, n），求aₙ；并计算 Δ = a₂ − a₁。")
    return B


def mjn_pinyin_lesson(r):
    B = _d(r)
    B.nl("二年级语文《识字》课时练习")
    B.nl("一、看拼音，写词语。")
    words = r.sample([("fā zhǎn", "发展"), ("guó jiā", "国家"), ("péng you", "朋友"), ("xué xiào", "学校"), ("huān lè", "欢乐"), ("shū bāo", "书包"), ("yǎn jing", "眼睛"), ("tiān kōng", "天空")], 4)
    B.nl("　".join("{}（　　）".format(p) for p, _ in words))
    B.nl("二、给加点字选择正确的读音。")
    B.nl("饕餮（tāo tiè）　龟裂（jūn liè）　参差（cēn cī）　给予（jǐ yǔ）")
    B.nl("三、读一读：“{}”的拼音是“{}”，声调分别是第{}声和第{}声。".format(words[0][1], words[0][0], cn_num(r.randint(1, 4)), cn_num(r.randint(1, 4))))
    B.nl("参考答案：" + "　".join(w for _, w in words))
    return B


def mjn_traditional_letter(r):
    B = _d(r)
    B.nl("{}市臺灣事務辦公室".format(r.choice(["廈門", "福州", "昆山", "東莞"])))
    B.nl("關於臺胞來信的答覆")
    B.nl("{}先生：".format(r.choice(["陳", "林", "黃", "張", "李"]) + r.choice(["志明", "家豪", "冠宇", "俊傑"])))
    B.nl("您好！您來信反映的{}問題已收悉。".format(r.choice(["臺胞證辦理", "子女入學", "創業補貼申請", "醫療保險參保"])))
    B.nl("經與相關部門協調，現答覆如下：您可攜帶臺灣居民來往大陸通行證及相關證明材料，到{}辦理。".format(r.choice(["市政務服務中心", "區社會保險經辦機構", "區教育局"])))
    B.nl("如有疑問，請撥打服務專線0{}-{}。".format(digits(r, 3), digits(r, 7)))
    B.nl("感謝您對兩岸交流合作的關心與支持！")
    B.nl("{}年{}月{}日".format(r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28)))
    return B


def mjn_rare_char_names(r):
    B = _d(r)
    names = [r.choice(SURNAMES) + c for c in r.sample("喆堃玥祎珺昇燊彧赟琇頔堉淏晞洺瑄镕", 4)]
    if r.random() < 0.3:
        names[0] = r.choice(SURNAMES) + "锟"
    B.nl("{}市{}中学{}届优秀毕业生名单".format(r.choice(CITIES), r.choice(["第一", "实验", "育才"]), r.randint(2020, 2024)))
    B.nl("经学校评审委员会审议，评选出以下同学为优秀毕业生：")
    B.nl("高三（{}）班：{}、{}".format(r.randint(1, 12), names[0], names[1]))
    B.nl("高三（{}）班：{}、{}".format(r.randint(1, 12), names[2], names[3]))
    B.nl("注：{}的“{}”字读作{}。".format(names[1], names[1][-1], {"喆": "zhé", "堃": "kūn", "玥": "yuè", "祎": "yī", "珺": "jùn", "昇": "shēng", "燊": "shēn", "彧": "yù", "赟": "yūn", "琇": "xiù", "頔": "dí", "堉": "yù", "淏": "hào", "晞": "xī", "洺": "míng", "瑄": "xuān", "镕": "róng"}[names[1][-1]]))
    B.nl("公示期为{}个工作日。".format(r.choice([3, 5, 7])))
    return B


def mjn_code_snippet(r):
    B = _d(r)
    B.nl("{}信息中心技术说明：导出文件编码问题的处理".format(r.choice(CITIES)))
    B.nl("部分旧系统导出的CSV为GBK编码，导入新平台前需先转换为UTF-8。示例代码如下：")
    B.nl("with open(src, encoding=\"gbk\", errors=\"strict\") as f:")
    B.nl("    data = f.read()")
    B.nl("open(dst, \"w\", encoding=\"utf-8\").write(data)")
    B.nl("SQL查询示例：SELECT * FROM t_case WHERE status = ? AND created_at >= ?;（?为参数占位符）")
    B.nl("若转换报错，请勿使用errors=\"ignore\"，应联系管理员{}（电话{}）。".format(person(r), phone(r)))
    return B


def mjn_english_questions(r):
    B = _d(r)
    B.nl("{}市七年级英语期中考试".format(r.choice(CITIES)))
    B.nl("Ⅰ. 情景交际（每小题1分）")
    qs = r.sample(["—What's the weather like today?\n—It's sunny.", "—Can you help me with my homework?\n—Sure.",
                   "—Where is the library?\n—It's next to the gym.", "—How old is your brother?\n—He is twelve.",
                   "—Do you like bananas?\n—Yes, I do.", "—What time do you usually get up?\n—At six thirty."], 3)
    for q in qs:
        B.nl(q)
    B.nl("Ⅱ. 根据汉语提示完成句子：你为什么喜欢熊猫？Why ____ you like pandas?")
    return B


def mjn_chat_emoji(r):
    B = _d(r)
    n = person(r)
    B.nl("{}　理赔服务在线沟通记录（导出）".format(r.choice(INSURERS)))
    B.nl("[{} 09:{:02d}] 客服小安：您好😊，请问有什么可以帮您？".format(isodate(r), r.randint(0, 59)))
    B.nl("[09:{:02d}] {}：我的车昨天被剐了，怎么报案？🚗".format(r.randint(0, 59), n))
    B.nl("[09:{:02d}] 客服小安：请您上传事故照片📷和行驶证，我们会尽快处理👍".format(r.randint(0, 59)))
    B.nl("[09:{:02d}] {}：好的，已上传🙏".format(r.randint(0, 59), n))
    B.nl("[09:{:02d}] 客服小安：收到！预计{}个工作日内完成定损，祝您生活愉快🌹".format(r.randint(0, 59), r.randint(1, 5)))
    return B


def mjn_math_symbols(r):
    B = _d(r)
    B.nl("{}大学{}学年高等数学（上）期末试卷".format(r.choice(CITIES), r.randint(2020, 2024)))
    B.nl("一、计算下列各题（每题6分）")
    a = r.randint(1, 5)
    B.nl("1. lim_{{x→0}} (sin {}x)/x ；　2. ∫₀^π sin x dx ；　3. ∬_D (x² + y²) dσ，D: x² + y² ≤ {}".format(a, r.randint(1, 9)))
    B.nl("二、证明：当 x > 0 时，ln(1 + x) < x；并讨论 ∑_{n=1}^{∞} 1/n² 的敛散性。")
    B.nl("三、设 f(x) = √(1 − x²)，求 f′(x)，并说明 x ∈ [−1, 1] 时 |f(x)| ≤ 1，∀x 成立。")
    B.nl("四、已知 A = {1, 2, 3}，B ⊆ A，∅ ⊂ B，求满足条件的集合B的个数。")
    return B


def mjn_ipa_lesson(r):
    B = _d(r)
    words = r.sample([("apple", "ˈæpl"), ("think", "θɪŋk"), ("this", "ðɪs"), ("measure", "ˈmeʒə(r)"), ("ship", "ʃɪp"), ("sing", "sɪŋ"), ("bird", "bɜːd"), ("car", "kɑː(r)"), ("judge", "dʒʌdʒ")], 4)
    B.nl("初中英语语音专项练习：音标")
    B.nl("一、写出下列单词的音标。")
    for w, ipa in words:
        B.nl("{}　/{}/".format(w, ipa))
    B.nl("二、找出划线部分读音不同的一项：A. /æ/　B. /e/　C. /ɪ/　D. /ʌ/")
    return B


def mjn_spanish_letter(r):
    B = _d(r)
    B.nl("{}{}{}外贸业务往来函（译文附后）".format(r.choice(CITIES), r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("客户：{}, {}".format(r.choice(["Importadora Peña S.A.", "Distribuciones Muñoz y Cía.", "Comercial Iñíguez Ltda."]), r.choice(["Bogotá", "Málaga", "Lima", "Ciudad de México"])))
    B.nl("原文：¿Cuándo podrían enviar la próxima remesa? Necesitamos {} cajas antes del {} de {}.".format(r.randint(50, 900), r.randint(1, 28), r.choice(["enero", "marzo", "junio", "octubre"])))
    B.nl("原文：Muchas gracias por su atención. Atentamente, {}.".format(r.choice(["José Martínez", "María Núñez", "Begoña Ibáñez"])))
    B.nl("译文：贵方下一批货物何时能发出？我方需要在约定日期前收到所订货物。非常感谢！")
    B.nl("经办人：{}　日期：{}".format(person(r), cdate(r)))
    return B


def mjn_polish_czech_names(r):
    B = _d(r)
    B.nl("境外旅行意外伤害保险理赔申请")
    B.nl("被保险人：{}　保单号：TR{}".format(person(r), digits(r, 10)))
    B.nl("出险地点：{}".format(r.choice(["Łódź, Polska（波兰罗兹）", "Brno, Česká republika（捷克布尔诺）", "Kraków, ul. Świętego Tomasza（波兰克拉科夫）", "Český Krumlov（捷克克鲁姆洛夫）"])))
    B.nl("就诊医院：{}".format(r.choice(["Szpital Uniwersytecki w Krakowie", "Fakultní nemocnice Brno", "Nemocnice Český Krumlov", "Szpital im. Kopernika w Łodzi"])))
    B.nl("主治医生：{}　诊断：右踝关节扭伤".format(r.choice(["Dr. Paweł Wójcik", "MUDr. Jiří Dvořák", "Dr. Małgorzata Żak", "MUDr. Tomáš Růžička"])))
    B.nl("医疗费用：{} {}，已附当地发票及中文翻译件。".format(r.randint(300, 6000), r.choice(["PLN（兹罗提）", "CZK（克朗）"])))
    return B


def mjn_currency_symbols(r):
    B = _d(r)
    B.nl("{}外汇牌价（{}）".format(r.choice(BANKS), isodate(r)))
    B.nl("币种　　现汇买入价　　现汇卖出价")
    for name, sym in r.sample([("美元", "US$"), ("欧元", "€"), ("英镑", "£"), ("日元", "¥"), ("韩元", "₩"), ("印度卢比", "₹"), ("泰铢", "฿")], 4):
        B.nl("{}（{}）　{:.2f}　{:.2f}".format(name, sym, r.uniform(5, 900), r.uniform(5, 900)))
    B.nl("注：以上为每100外币兑人民币（¥）价格，仅供参考。")
    return B


def mjn_units_symbols(r):
    B = _d(r)
    B.nl("{}{}工程质量检测报告（摘要）".format(r.choice(CITIES), r.choice(["污水处理厂", "体育馆", "学校教学楼"])))
    B.nl("1. 混凝土试块：养护温度{}±2℃，抗压强度{:.1f} MPa。".format(20, r.uniform(25, 60)))
    B.nl("2. 钢筋保护层厚度偏差±{} mm，合格率{:.1f}%。".format(r.choice([5, 8, 10]), r.uniform(90, 100)))
    B.nl("3. 接地电阻{:.2f} Ω，符合≤4 Ω要求。".format(r.uniform(0.5, 3.9)))
    B.nl("4. 滤膜孔径{:.2f} µm，含水率{}‰，房间面积{} m²。".format(r.uniform(0.1, 1), r.randint(1, 9), r.randint(20, 300)))
    B.nl("结论：所检项目符合设计及规范要求。")
    return B


def mjn_html_tutorial(r):
    B = _d(r)
    B.nl("{}区政府网站信息发布操作指南（第{}版）".format(r.choice(DISTRICTS), r.randint(1, 4)))
    B.nl("3.2 特殊字符的输入")
    B.nl("在源代码模式下，不换行空格写作 &nbsp;，换行写作 <br/>，版权符号写作 &copy;。")
    B.nl("切换回可视化模式后，上述代码会自动显示为对应的效果，请勿在正文中直接粘贴源代码。")
    B.nl("3.3 段落：每段文字应置于 <p> 与 </p> 之间，标题使用 <h2>。")
    B.nl("如遇显示异常，请联系网站运维人员{}。".format(person(r)))
    return B


def mjn_music_notation(r):
    B = _d(r)
    B.nl("{}市初中音乐学业水平测试（笔试部分）".format(r.choice(CITIES)))
    B.nl("1. 在五线谱中，“♯”表示升高半音，“♭”表示降低半音，“♮”表示还原。")
    B.nl("2. 高音谱号写作𝄞，低音谱号写作𝄢。")
    B.nl("3. 下列调号中，有{}个升号的是（　　）A. G大调　B. D大调　C. F大调　D. C大调".format(cn_num(r.randint(1, 2))))
    B.nl("4. 请用简谱写出C大调音阶：1 2 3 4 5 6 7 i，其中“i”表示高音do。")
    B.nl("5. 连音符♫与四分音符♩的时值之比为________。")
    return B


def mjn_box_drawing(r):
    B = _d(r)
    B.nl("{}对账单（打印件）".format(r.choice(BANKS)))
    B.nl("┌──────────┬──────────┬──────────┐")
    B.nl("│ 日期       │ 摘要       │ 金额       │")
    B.nl("├──────────┼──────────┼──────────┤")
    for _ in range(r.randint(2, 4)):
        B.nl("│ {} │ {}       │ {:>10} │".format(isodate(r), r.choice(["转账", "消费", "工资", "利息"]), money(r, 10, 9999)))
    B.nl("└──────────┴──────────┴──────────┘")
    return B


def mjn_chem_subscripts(r):
    B = _d(r)
    B.nl("九年级化学《{}》{}".format(r.choice(["酸和碱", "盐 化肥", "金属和金属材料", "化学方程式"]), r.choice(["单元练习", "课时作业", "期末复习"])))
    pool = ["写出稀硫酸与氢氧化钠反应的化学方程式：H₂SO₄ + 2NaOH = Na₂SO₄ + 2H₂O",
            "铁锈的主要成分是Fe₂O₃，溶于盐酸后溶液中含有Fe³⁺，呈黄色。",
            "检验CO₂的方法：通入澄清石灰水Ca(OH)₂，变浑浊。",
            "溶液中含NH₄⁺和SO₄²⁻，加入含Ba²⁺的溶液会产生白色沉淀。",
            "实验室用KMnO₄加热制取O₂：2KMnO₄ △ K₂MnO₄ + MnO₂ + O₂↑",
            "碳酸钠俗称纯碱，化学式为Na₂CO₃，其水溶液中含有CO₃²⁻。",
            "铜与硝酸银溶液反应：Cu + 2AgNO₃ = Cu(NO₃)₂ + 2Ag",
            "天然气的主要成分是CH₄，完全燃烧生成CO₂和H₂O。",
            "氯化铵（NH₄Cl）与熟石灰混合研磨会放出有刺激性气味的NH₃。"]
    for i, q in enumerate(r.sample(pool, r.randint(3, 5))):
        B.nl("{}. {}".format(i + 1, q))
    ph, kind = r.choice([(3, "酸"), (11, "碱"), (7, "中"), (2, "酸"), (13, "碱")])
    B.nl("{}. 常温下pH={}的溶液呈{}性。".format(r.randint(6, 9), ph, kind))
    return B


def mjn_fullwidth_ascii(r):
    B = _d(r)
    B.nl("{}区行政服务中心窗口登记表".format(r.choice(DISTRICTS)))
    B.nl("办事人：{}　证件类型：居民身份证".format(person(r)))
    B.nl("窗口编号：Ａ{}　排队号：Ｂ{}".format(r.randint(1, 30), r.randint(100, 999)))
    B.nl("办理事项：{}".format(r.choice(["营业执照变更", "不动产登记查询", "社保卡补办", "居住证签注"])))
    B.nl("联系电话：{}　邮箱：ｗｏｒｋ＠ｅｘａｍｐｌｅ．ｃｎ（全角输入，已核对）".format(phone(r)))
    B.nl("评价：非常满意（　）满意（√）基本满意（　）")
    return B


def mjn_hk_judgment_quote(r):
    B = _d(r)
    B.nl("{}市{}区人民法院".format(r.choice(["深圳", "广州", "珠海"]), r.choice(DISTRICTS)))
    B.nl("民 事 判 决 书（节录）")
    B.nl("本案被告提交的香港特别行政区高等法院原讼法庭判决书载明：")
    B.nl("“本席裁定原告須向被告支付訟費，並按判決日起計之利息。上訴人未能證明其主張。”")
    B.nl("原告对该判决书的真实性无异议，但认为其与本案无关。")
    B.nl("本院认为，上述判决书经香港律师公证并加盖中国委托公证人专用章，本院予以采信。")
    return B


def mjn_music_subtitle(r):
    B = _d(r)
    lines = r.sample(["♪ 我和我的祖国 一刻也不能分割 ♪", "♪ 让我们荡起双桨 ♪", "♪ 小船儿推开波浪 ♪", "（音乐起）♪♪♪", "♪ 一条大河波浪宽 ♪", "♪ 风吹稻花香两岸 ♪"], 3)
    _srt(B, r, lines)
    return B


def mjn_smart_quotes(r):
    B = _d(r)
    B.nl("{}外国语学校英语周活动通知".format(r.choice(CITIES)))
    B.nl("本周主题：“Let’s Talk!”——用英语讲好中国故事。")
    B.nl("活动一：演讲比赛，题目为‘My Hometown’，每人限时3分钟……")
    B.nl("活动二：英文书法比赛—— 要求使用意大利体（Italic），作品尺寸A4。")
    B.nl("报名截止：{}；联系人：{}老师。".format(cdate(r, year=False), r.choice(SURNAMES)))
    B.nl("注：评分标准详见附件“English Week – Rubric”。")
    return B


def mjn_latin_names_claim(r):
    B = _d(r)
    B.nl("{}　境外人员医疗保险理赔受理单".format(r.choice(INSURERS).replace("财产", "人寿")))
    B.nl("被保险人：{}（{}籍）".format(*r.choice([("José García López", "西班牙"), ("François Dubois", "法国"), ("Zoë Müller", "瑞士"), ("João Gonçalves", "葡萄牙"), ("Søren Kierkegård", "丹麦")])))
    B.nl("护照号码：{}{}　就诊医院：{}市第{}人民医院".format(r.choice(["PA", "XB", "EC"]), digits(r, 7), r.choice(CITIES), cn_num(r.randint(1, 5))))
    B.nl("诊断：急性肠胃炎　费用：{}元".format(money(r, 200, 9000)))
    B.nl("受理人：{}　受理日期：{}".format(person(r), cdate(r)))
    return B


def mjn_japanese_trade(r):
    B = _d(r)
    B.nl("来料加工合同（中日文对照，摘要）")
    B.nl("甲方：{}{}{}".format(r.choice(CITIES), r.choice(ORG_CORE), r.choice(ORG_TRADE)))
    B.nl("乙方：{}（{}）".format(r.choice(["株式会社サクラ精工", "山田電機株式会社", "㈱ミドリ化学", "有限会社たけだ商店"]), r.choice(["東京都千代田区", "大阪府大阪市", "愛知県名古屋市"])))
    B.nl("第{}条　品質基準：乙方の検査基準に従う（按乙方检验标准执行）。".format(r.randint(2, 6)))
    B.nl("第{}条　支払条件：納品後{}日以内に支払う（交货后{}日内付款）。".format(r.randint(7, 9), r.choice([30, 60]), r.choice([30, 60])))
    B.nl("签订日期：{}".format(cdate(r)))
    return B


def mjn_rare_place_names(r):
    B = _d(r)
    places = r.sample(["亳州", "涪陵", "郫都", "犍为", "筠连", "岢岚", "黟县", "歙县", "儋州", "氹仔", "鄯善", "邗江", "鄞州", "濉溪", "郯城", "莒县"], 5)
    B.nl("{}年度全省旅游推介会参会地区名单".format(r.randint(2020, 2024)))
    B.nl("经各地申报，下列县（市、区）将参加本次推介：")
    B.nl("、".join(places[:3]) + "；")
    B.nl("、".join(places[3:]) + "。")
    B.nl("请各地于{}前将展位需求报送组委会。".format(cdate(r, year=False)))
    return B


def mjn_arabic_quote(r):
    B = _d(r)
    B.nl("{}“一带一路”经贸交流会纪要".format(r.choice(CITIES)))
    B.nl("时间：{}　地点：国际会展中心{}号厅".format(cdate(r), r.randint(1, 8)))
    B.nl("阿方代表致辞时引用谚语“{}”（意为“{}”）。".format(*r.choice([("الصديق وقت الضيق", "患难见真情"), ("من جد وجد", "有志者事竟成"), ("العلم نور", "知识就是光明")])))
    B.nl("双方签署合作备忘录{}份，意向金额约{}亿元。".format(r.randint(2, 12), r.randint(1, 40)))
    B.nl("记录人：{}".format(person(r)))
    return B


def mjn_legit_question_marks(r):
    B = _d(r)
    B.nl("{}区{}来信摘录".format(r.choice(DISTRICTS), r.choice(["市民", "家长", "退休职工"])))
    B.nl("来信人问：小区门口的路灯坏了三个月，为什么一直没人修？")
    B.nl("来信人又问：报修电话打不通，是不是号码改了？我们该找哪个部门？？")
    B.nl("答复：经查，该路段路灯由{}负责维护，已于{}修复。报修电话为12319。".format(r.choice(["区城管局", "街道办", "区住建局"]), cdate(r, year=False)))
    B.nl("如还有疑问？欢迎继续来信。")
    return B


MJ_NEG = OrderedDict([
    ("court_vietnamese_party", mjn_vietnamese_party), ("contract_german_company", mjn_german_company),
    ("bank_french_remittance", mjn_french_remittance), ("court_russian_quote", mjn_russian_quote),
    ("srt_japanese_bilingual", mjn_japanese_subtitle), ("srt_korean_bilingual", mjn_korean_subtitle),
    ("exam_greek_math", mjn_greek_math), ("exam_pinyin_lesson", mjn_pinyin_lesson),
    ("xinfang_traditional_letter", mjn_traditional_letter), ("notice_rare_char_names", mjn_rare_char_names),
    ("tech_note_code_snippet", mjn_code_snippet), ("exam_english_question_marks", mjn_english_questions),
    ("claim_chat_emoji", mjn_chat_emoji), ("exam_math_symbols", mjn_math_symbols),
    ("exam_ipa_phonetics", mjn_ipa_lesson), ("trade_spanish_letter", mjn_spanish_letter),
    ("claim_polish_czech_places", mjn_polish_czech_names), ("bank_currency_symbols", mjn_currency_symbols),
    ("report_unit_symbols", mjn_units_symbols), ("tech_note_html_tutorial", mjn_html_tutorial),
    ("exam_music_notation", mjn_music_notation), ("bank_box_drawing_table", mjn_box_drawing),
    ("exam_chem_subscripts", mjn_chem_subscripts), ("form_fullwidth_ascii", mjn_fullwidth_ascii),
    ("court_hk_traditional_quote", mjn_hk_judgment_quote), ("srt_music_notes", mjn_music_subtitle),
    ("notice_smart_quotes_dashes", mjn_smart_quotes), ("claim_latin_diacritic_names", mjn_latin_names_claim),
    ("contract_japanese_parallel", mjn_japanese_trade), ("notice_rare_place_names", mjn_rare_place_names),
    ("minutes_arabic_quote", mjn_arabic_quote), ("xinfang_legit_question_marks", mjn_legit_question_marks),
])


# ---------------------------------------------------------------------------
# style registry, generation
# ---------------------------------------------------------------------------
CONV_NOTE = {
    "x_runs": "lower-case x runs for digits/places, XXX for names", "upper_x": "upper-case X runs",
    "times_sign": "multiplication-sign runs (××)", "fullwidth_x": "full-width Ｘ runs",
    "mou_names": "某某 / 张某 left where a real name belongs, no desensitisation notice",
    "x_and_mou": "x runs for figures plus 张某/XX for names and places", "daitian": "【待填】-type markers",
    "tianxie": "（填写…）-type instructions", "underscore": "ASCII ____ form blanks", "fw_underscore": "full-width ＿＿ blanks",
    "mustache": "{{field}} template variables", "dollar_var": "$FIELD$ template variables",
    "square_label": "[字段] bracket labels", "circle_zero": "〇〇 for places and names",
}
KIND_NOTE = {
    "utf8_as_gbk": "UTF-8 bytes decoded as GBK", "kunjinkao": "U+FFFD saved as UTF-8 then read as GBK (锟斤拷)",
    "utf8_as_cp1252": "UTF-8 bytes decoded as cp1252", "utf8_as_latin1": "UTF-8 bytes decoded as Latin-1 (C1 controls)",
    "utf8_as_macroman": "UTF-8 bytes decoded as Mac Roman", "utf8_as_shiftjis": "UTF-8 bytes decoded as Shift_JIS",
    "gbk_as_utf8_fffd": "GBK bytes decoded as UTF-8 with errors=replace", "big5_as_utf8": "Big5 bytes decoded as UTF-8 with errors=replace",
    "gbk_as_big5": "GBK bytes decoded as Big5", "utf16le_as_latin1": "UTF-16LE bytes decoded as Latin-1 (NULs between letters)",
    "utf16le_as_utf8": "UTF-16LE bytes decoded as UTF-8 with errors=replace", "quoted_printable": "raw quoted-printable UTF-8 left in the text",
    "html_numeric_refs": "characters left as HTML numeric references", "html_double_escaped": "double-escaped HTML references (&amp;#…;)",
    "html_tag_remnants": "HTML tags / &nbsp; left over from a scrape", "pinyin_annotation": "scraper artefact: traditional character + (pinyin)",
    "qmark_loss": "characters lost to ? when stored in a narrower charset",
}

STYLES = OrderedDict()  # style -> (family, label, spec)
for _t, _c in PH_POS:
    STYLES["{}_{}".format(_t, _c)] = ("ph", "placeholder", ("phpos", _t, _c))
for _n in PH_NEG:
    STYLES[_n] = ("ph", "negative", ("phneg", _n))
for _t, _k in MJ_POS:
    STYLES["{}_{}".format(_t, _k)] = ("mj", "mojibake", ("mjpos", _t, _k))
for _n in MJ_NEG:
    STYLES[_n] = ("mj", "negative", ("mjneg", _n))
STYLE_KIND = {"{}_{}".format(t, k): k for t, k in MJ_POS}


def make_record(style, r):
    fam, label, spec = STYLES[style]
    if spec[0] == "phpos":
        _, t, c = spec
        rate = r.uniform(0.35, 1.0)
        for _ in range(40):
            B = Doc(r, c, rate)
            TEMPLATES[t](B, r)
            text = B.text()
            if B.spans and len(text.split("\n")) <= 12:
                return text, B.spans, "{} with unfilled placeholders: {} ({} spans)".format(t, CONV_NOTE[c], len(B.spans))
            rate = min(1.0, rate + 0.15)
        raise RuntimeError("no placeholder for " + style)
    if spec[0] == "mjpos":
        _, t, k = spec
        for _ in range(60):
            RARE_MODE[0] = (k == "qmark_loss")
            try:
                B = Doc(r)
                TEMPLATES[t](B, r)
            finally:
                RARE_MODE[0] = False
            res = damage_doc(B.text(), k, r)
            if res:
                text, spans = res
                return text, spans, "{}: {} ({} damaged stretches)".format(t, KIND_NOTE[k], len(spans))
        raise RuntimeError("no damage for " + style)
    table = PH_NEG if spec[0] == "phneg" else MJ_NEG
    B = table[spec[1]](r)
    what = "placeholder" if fam == "ph" else "mojibake"
    return B.text(), [], "negative ({} look-alike): {}".format(what, spec[1].replace("_", " "))


def generate(seed):
    recs = []
    for style in STYLES:
        r = random.Random("{}:{}".format(seed, style))
        n = r.randint(15, 20)
        fam, label, _ = STYLES[style]
        seen = set()
        made = 0
        tries = 0
        while made < n and tries < n * 10:
            tries += 1
            text, spans, note = make_record(style, r)
            if text in seen:
                continue
            seen.add(text)
            recs.append({"family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note})
            made += 1
    random.Random("{}:order".format(seed)).shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        d = OrderedDict([("id", "t38-s{}-{:05d}".format(seed, i + 1))])
        for k in ("family", "style", "label", "text", "spans", "note"):
            d[k] = rec[k]
        out.append(d)
    return out


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
LOSSLESS = {"utf8_as_gbk": ("utf-8", "gbk"), "utf8_as_cp1252": ("utf-8", "cp1252"), "utf8_as_latin1": ("utf-8", "latin-1"),
            "utf8_as_macroman": ("utf-8", "mac_roman"), "utf8_as_shiftjis": ("utf-8", "shift_jis"),
            "gbk_as_big5": ("gbk", "big5"), "utf16le_as_latin1": ("utf-16-le", "latin-1")}
PY_RE = re.compile(r"(.)\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)")
TAG_RE = re.compile(r"(?:&[a-z]+;|</?[a-z]+[0-9]?\s*/?>)+")
PH_SPAN_RE = re.compile(r"[xX×Ｘ]+(?:[^\d\n]*[xX×Ｘ])?|[_＿]+(?:[^\d\n]*[_＿])?|.?某|某某|〇〇〇?|【待(?:填|填写|补充)】"
                        r"|（(?:请|此处)?填写[^）]{0,4}）|\{\{ ?[a-z_]+ ?\}\}|\$[A-Z_]+\$|\[[^\]\n]{1,6}\]")
NEG_PH_BAN = re.compile(r"【待填|\{\{|（(?:请|此处)?填写|\$[A-Z_]+\$")
DAMAGE_MARKS = ("\ufffd", "锟斤拷", "\x00")


def check_mj_span(kind, s):
    """None if the span really is damage of this kind, else a reason."""
    if kind in LOSSLESS:
        a, b = LOSSLESS[kind]
        try:
            orig = s.encode(b).decode(a)
        except UnicodeError:
            return "does not invert through {}->{}".format(b, a)
        if orig == s:
            return "round trip gives the same text"
        if orig.encode(a).decode(b) != s:
            return "re-damaging the repaired text does not reproduce the span"
        if kind != "utf16le_as_latin1" and not has_cjk(orig):
            return "repaired text has no Chinese"
        return None
    if kind == "kunjinkao":
        return None if "锟斤拷" in s else "no 锟斤拷"
    if kind in ("gbk_as_utf8_fffd", "big5_as_utf8"):
        return None if "\ufffd" in s else "no U+FFFD"
    if kind == "utf16le_as_utf8":
        return None if ("\x00" in s or "\ufffd" in s) else "no NUL or U+FFFD"
    if kind == "quoted_printable":
        try:
            orig = codecs.decode(s.encode("ascii"), "quopri_codec").decode("utf-8")
        except (UnicodeError, ValueError):
            return "not decodable quoted-printable"
        if orig == s or not has_cjk(orig):
            return "quoted-printable decodes to nothing Chinese"
        return None
    if kind == "html_numeric_refs":
        u = html.unescape(s)
        if u == s or not has_cjk(u) or u.encode("ascii", errors="xmlcharrefreplace").decode("ascii") != s:
            return "not a run of numeric references"
        return None
    if kind == "html_double_escaped":
        u1 = html.unescape(s)
        u2 = html.unescape(u1)
        if u1 == s or u2 == u1 or not has_cjk(u2):
            return "not double-escaped references"
        return None
    if kind == "html_tag_remnants":
        return None if TAG_RE.fullmatch(s) else "not a tag/entity remnant"
    if kind == "pinyin_annotation":
        m = PY_RE.fullmatch(s)
        if not m or m.group(1) not in TRAD2SIMP or T2P[TRAD2SIMP[m.group(1)]][1] != m.group(2):
            return "not a char(pinyin) artefact"
        return None
    if kind == "qmark_loss":
        return None if re.fullmatch(r"\?+", s) else "not a run of ?"
    return "unknown kind"


def verify(files):
    problems = []
    total = Counter()
    for fn in files:
        ids = set()
        with open(fn, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = "{}:{}".format(fn, ln)

                def bad(msg):
                    problems.append("{}: {}".format(where, msg))
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    bad("not JSON ({})".format(e))
                    continue
                if set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
                    bad("keys {}".format(sorted(rec)))
                    continue
                if rec["id"] in ids:
                    bad("duplicate id")
                ids.add(rec["id"])
                fam, label, style, text, spans = rec["family"], rec["label"], rec["style"], rec["text"], rec["spans"]
                if fam not in ("ph", "mj"):
                    bad("family " + repr(fam))
                    continue
                if label not in {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}[fam]:
                    bad("label {} in family {}".format(label, fam))
                if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", style):
                    bad("style not snake_case")
                if style in STYLES and STYLES[style][:2] != (fam, label):
                    bad("style registered as {}".format(STYLES[style][:2]))
                if style not in STYLES:
                    bad("unknown style")
                if not isinstance(text, str) or not text.strip():
                    bad("empty text")
                    continue
                nlines = len(text.split("\n"))
                if not 1 <= nlines <= 12:
                    bad("{} lines".format(nlines))
                if not isinstance(rec["note"], str) or not rec["note"].strip() or "\n" in rec["note"]:
                    bad("note must be one line")
                if not isinstance(spans, list):
                    bad("spans not a list")
                    continue
                prev = 0
                ok = True
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(type(v) is int for v in sp)):
                        bad("span shape {}".format(sp))
                        ok = False
                        break
                    a, b = sp
                    if not (0 <= a < b <= len(text)):
                        bad("span {} outside text or empty".format(sp))
                        ok = False
                    elif a < prev:
                        bad("spans overlap or unsorted at {}".format(sp))
                        ok = False
                    prev = max(prev, b)
                if not ok:
                    continue
                if label == "negative" and spans:
                    bad("negative with spans")
                if label != "negative" and not spans:
                    bad("positive without spans")
                # text outside the spans
                outside, cur = [], 0
                for a, b in spans:
                    outside.append(text[cur:a])
                    cur = b
                outside.append(text[cur:])
                outside = "".join(outside)
                for mk in DAMAGE_MARKS:
                    if mk in outside:
                        bad("damage marker {!r} outside spans".format(mk))
                if fam == "ph":
                    for a, b in spans:
                        s = text[a:b]
                        if not PH_SPAN_RE.fullmatch(s) or re.search(r"\d", s):
                            bad("span {!r} is not a placeholder".format(s))
                    if label == "negative" and NEG_PH_BAN.search(text):
                        bad("negative holds an unambiguous placeholder marker")
                else:
                    kind = STYLE_KIND.get(style)
                    if label == "mojibake":
                        if kind is None:
                            bad("mojibake style without a damage kind")
                        else:
                            for a, b in spans:
                                why = check_mj_span(kind, text[a:b])
                                if why:
                                    bad("span {!r}: {}".format(text[a:b][:40], why))
                total[(fam, label)] += 1
    for p in problems[:60]:
        print(p)
    print("checked {} records in {} file(s): {}; {} problem(s)".format(
        sum(total.values()), len(files), dict((("{}/{}".format(*k)), v) for k, v in sorted(total.items())), len(problems)))
    return 1 if problems else 0


def style_table(recs):
    by = OrderedDict()
    for rec in recs:
        by.setdefault(rec["style"], []).append(rec)
    rows = ["| style | family | label | n | example (spans in ⟦⟧) |", "|---|---|---|---|---|"]
    for style in STYLES:
        rs = by.get(style, [])
        if not rs:
            continue
        ex = rs[0]
        t = ex["text"]
        if ex["spans"]:
            a, b = ex["spans"][0]
            lo = max(0, a - 18)
            snippet = t[lo:a] + "⟦" + t[a:b] + "⟧" + t[b:b + 12]
        else:
            snippet = t[:40]
        snippet = "".join("⏎" if c == "\n" else ("\\x{:02x}".format(ord(c)) if ord(c) < 32 or 0x7f <= ord(c) < 0xa0 else c)
                          for c in snippet).replace("|", "\\|")
        if len(snippet) > 90:
            snippet = snippet[:90] + "…"
        rows.append("| {} | {} | {} | {} | `{}` |".format(style, ex["family"], ex["label"], len(rs), snippet.replace("`", "'")))
    return "\n".join(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", action="store_true", help="print the markdown style table for --seed")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    recs = generate(a.seed)
    if a.table:
        print(style_table(recs))
        return 0
    out = open(a.out, "w", encoding="utf-8", newline="\n") if a.out else sys.stdout
    for rec in recs:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
        c = Counter((r_["family"], r_["label"]) for r_ in recs)
        print("wrote {} records, {} styles to {}: {}".format(len(recs), len(set(r_["style"] for r_ in recs)), a.out,
                                                            {"{}/{}".format(*k): v for k, v in sorted(c.items())}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
