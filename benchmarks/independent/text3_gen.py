#!/usr/bin/env python3
"""Generate an independent, labelled test collection for placeholder and
mojibake detection in scraped Chinese government reports.

Standard library only; deterministic for a given --seed.

    python3 text3_gen.py --seed 5 --out text3.jsonl

Each line: {"id","family","style","label","text","spans","note"}.
Spans are [start, end) Python str offsets into "text".
"""
import argparse
import json
import random
import re
import sys
import urllib.parse

S0, S1 = "\ue000", "\ue001"  # private-use span delimiters, stripped at the end


def sp(s):
    return S0 + s + S1


def finalize(marked):
    out, spans, start = [], [], None
    pos = 0
    for ch in marked:
        if ch == S0:
            start = pos
        elif ch == S1:
            if pos > start:
                spans.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


# ---------------------------------------------------------------------------
# vocabulary (all names invented by combination)
SURN = list("王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷黎史陶贺毛郝顾龚邵覃武钱戴严欧莫孔向常汤康易乔赖")
GIVEN = list("建国华明军伟芳丽红敏静强磊洋勇艳杰娟涛超霞平刚桂英秀兰玉珍志海波宁春燕晓东雪梅林峰辉婷琳亮斌鹏飞云凤德福荣")
PA = list("青柳栖澜桐榆苇杉芦枫荻菱楠梓蓼槐柏棠荷蔚")
PB = list("禾溪屏埠岗梧川岭湾塘坪渡洲堰畈坳圩墩泷桥")
RARE_NAME = list("喆堃昇珺镕玥琇鋆燊淏彧旻璟")  # not in GB2312
INDUSTRY = ["农产品加工", "新材料", "电子信息", "文旅康养", "现代物流", "智能制造", "生物医药", "特色种养"]
CO_SUFFIX = ["有限公司", "农业专业合作社", "科技有限公司", "建材有限公司", "食品有限公司"]
WORKS = ["人居环境整治", "安全生产", "森林防火", "信访维稳", "乡村振兴", "疫情防控", "创建文明城市", "河长制", "营商环境优化", "社会救助", "消防安全", "扫黑除恶", "垃圾分类", "防汛抗旱"]
PROJ = ["道路提升改造工程", "污水管网建设项目", "农贸市场改造项目", "安置小区建设项目", "文化广场建设项目", "供水管网改造工程", "标准化厂房项目", "桥梁加固工程"]
ROLES = ["党工委书记", "镇长", "副主任", "村支部书记", "网格员", "站长", "办公室主任"]


class G:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def n(self, lo, hi):
        return str(self.r.randint(lo, hi))

    def money(self):
        return "%.2f" % (self.r.randint(100, 99999) / 100)

    def pct(self):
        return "%.1f" % (self.r.randint(10, 999) / 10)

    def place2(self):
        return self.pick(PA) + self.pick(PB)

    def town(self):
        return self.place2() + self.pick(["镇", "街道", "乡"])

    def county(self):
        return self.place2() + self.pick(["县", "区", "市"])

    def village(self):
        return self.place2() + self.pick(["村", "社区"])

    def person(self):
        return self.pick(SURN) + "".join(self.pick(GIVEN) for _ in range(self.r.randint(1, 2)))

    def company(self):
        return self.place2() + self.pick(INDUSTRY)[:2] + self.pick(CO_SUFFIX)

    def fill(self, tpl, extra=None):
        def rep(m):
            k = m.group(1)
            if extra and k in extra:
                v = extra[k]
                return v() if callable(v) else v
            return SLOTS[k](self)
        return re.sub(r"\{(\w+)\}", rep, tpl)


SLOTS = {
    "n1": lambda g: g.n(2, 9), "n2": lambda g: g.n(10, 99), "n3": lambda g: g.n(100, 999),
    "n4": lambda g: g.n(1000, 9999), "n5": lambda g: g.n(10000, 99999),
    "money": lambda g: g.money(), "pct": lambda g: g.pct(),
    "year": lambda g: g.n(2019, 2023), "month": lambda g: g.n(1, 12), "day": lambda g: g.n(1, 28),
    "town": lambda g: g.town(), "county": lambda g: g.county(), "village": lambda g: g.village(),
    "person": lambda g: g.person(), "company": lambda g: g.company(), "work": lambda g: g.pick(WORKS),
    "proj": lambda g: g.pick(PROJ), "role": lambda g: g.pick(ROLES), "ind": lambda g: g.pick(INDUSTRY),
    "p2": lambda g: g.place2(),
}

FILLERS = [
    "{year}年，{town}共完成固定资产投资{money}亿元，同比增长{pct}%。",
    "全年新增城镇就业{n3}人，城镇登记失业率控制在目标以内。",
    "{town}组织开展{work}大检查{n2}次，排查整改隐患{n3}处。",
    "累计发放各类补贴资金{money}万元，惠及群众{n4}户。",
    "完成农村户厕改造{n3}座，生活垃圾无害化处理率达到{pct}%。",
    "新建改建农村公路{n2}公里，{village}等{n1}个行政村实现通客车。",
    "我们深入开展“我为群众办实事”实践活动，为群众解决实际问题{n3}件。",
    "召开党工委理论学习中心组学习会{n2}次，开展专题研讨{n1}次。",
    "全年接待群众来访{n3}批次，化解矛盾纠纷{n3}宗，调解成功率{pct}%。",
    "{village}完成高标准农田建设{n4}亩，粮食播种面积保持稳定。",
    "全年引进{ind}项目{n2}个，其中投资超亿元项目{n1}个。",
    "辖区规模以上工业企业实现产值{money}亿元，增长{pct}%。",
    "开展“双随机、一公开”检查{n2}次，立案查处违法案件{n2}宗。",
    "{town}累计培训农村实用人才{n3}人次，发放技能证书{n3}本。",
    "城镇居民人均可支配收入达到{n5}元，农村居民收入增速快于城镇。",
    "推进老旧小区改造{n2}个，惠及居民{n4}户，群众满意度明显提升。",
    "新增市场主体{n3}户，其中企业{n3}户、个体工商户{n3}户。",
    "完成植树造林{n4}亩，森林覆盖率进一步提高。",
    "组织志愿服务活动{n3}场次，参与志愿者{n4}人次。",
    "下一步，我们将坚持问题导向，持续抓好{work}各项工作。",
    "同时也要清醒看到，我们的工作与群众期盼相比还存在一定差距。",
    "{role}{person}带队深入{village}调研，现场协调解决用地问题。",
    "{proj}已完成主体施工，累计完成投资{money}万元。",
    "全年共排查重点人员{n3}名，落实稳控责任人{n3}名。",
    "党员干部主动下沉一线，协助开展{work}工作，形成齐抓共管的良好氛围。",
    "扎实推进基层党组织标准化规范化建设，整顿软弱涣散村党组织{n1}个。",
]


def fillers(g, k):
    idx = list(range(len(FILLERS)))
    g.r.shuffle(idx)
    return [g.fill(FILLERS[i]) for i in idx[:k]]


def assemble(g, cores, lo=0, hi=2, heading=False):
    sents = fillers(g, g.r.randint(lo, hi))
    for c in cores:
        sents.insert(g.r.randint(0, len(sents)), c)
    txt = "".join(sents)
    if heading and g.chance(0.3):
        txt = g.pick(["（一）", "（二）", "（三）", "一是", "二是", "三是", "1.", "2."]) + txt
    return txt


# ---------------------------------------------------------------------------
# PLACEHOLDER family, positives
XCH = ["x", "X", "×", "＊", "*", "ｘ", "Ｘ"]
XW = [40, 25, 10, 6, 6, 6, 7]


def mchar(g, allowed=None):
    if allowed:
        return g.pick(allowed)
    return g.r.choices(XCH, XW)[0]


class Mask:
    """Per-record mask: fixed mask character, variable length."""

    def __init__(self, g, allowed=None):
        self.g, self.c = g, mchar(g, allowed)

    def __call__(self, k=None):
        if k is None:
            k = self.g.r.randint(1, 3)
        return sp(self.c * k)

    def raw(self, k):
        return self.c * k


def ph_count(g):
    m = Mask(g)
    t = g.pick([
        "{town}共走访慰问困难群众{a}户，发放慰问金{money}万元。",
        "全年累计培训新型职业农民{a}人次，其中取得证书{b}人。",
        "辖区内共有规模以上企业{a}家、个体工商户{b}户。",
        "组织开展应急演练{a}次，参与干部群众{b}人次。",
        "共排查各类风险隐患{a}处，已整改{b}处，整改率达到百分之百。",
        "建成无烟学校{a}所、健康社区{b}个。",
    ])
    txt = g.fill(t, {"a": lambda: m(), "b": lambda: m()})
    if g.chance(0.15):  # PDF line break inside the quantity, as seen in scraped files
        txt = txt.replace(S1 + "户", S1 + "\n\n户", 1).replace(S1 + "个", S1 + "\n\n个", 1)
    return assemble(g, [txt], heading=True), "masked count(s), mask char %r" % m.c


def ph_money(g):
    m = Mask(g)
    forms = [lambda: sp(m.raw(g.r.randint(1, 3)) + "." + m.raw(2)), lambda: m(), lambda: sp(m.raw(2) + "." + m.raw(1))]
    t = g.pick([
        "争取上级资金{a}万元，用于{proj}建设。",
        "全年完成一般公共预算收入{a}亿元，完成年度任务的{pct}%。",
        "财政拨款{a}万元用于{work}工作，另自筹资金{b}万元。",
        "兑现各类惠农补贴{a}万元，发放创业担保贷款{b}万元。",
        "{company}完成产值{a}亿元，实现税收{b}万元。",
    ])
    txt = g.fill(t, {"a": lambda: g.pick(forms)(), "b": lambda: g.pick(forms)()})
    return assemble(g, [txt], heading=True), "masked money amount(s), mask %r" % m.c


def ph_date(g):
    m = Mask(g)
    t = g.pick([
        "{y}年{a}月{b}日，{town}召开{work}工作推进会。",
        "{a}月{b}、{c}日，省考核组对我{unit}{work}工作进行了实地检查。",
        "{a}月份完成招标工作，{b}月{c}日正式开工建设。",
        "{b}月{c}-{d}日，市暗访组对我{unit}创建工作开展暗访。",
        "项目于{y}年{a}月竣工验收并投入使用。",
    ])
    yf = lambda: g.pick([sp("20" + m.raw(2)), "20" + g.n(19, 23), sp(m.raw(4))])
    txt = g.fill(t, {"y": yf, "a": lambda: m(g.r.randint(1, 2)), "b": lambda: m(g.r.randint(1, 2)),
                     "c": lambda: m(2), "d": lambda: m(2), "unit": lambda: g.pick(["市", "县", "区", "镇"])})
    return assemble(g, [txt]), "masked date parts, mask %r" % m.c


def ph_time(g):
    m = Mask(g, ["x", "X", "×", "*"])
    t = g.pick([
        "当日{a}时{b}分，值班人员接到群众报警后立即赶赴现场。",
        "会议定于{month}月{day}日上午{hm}在镇政府三楼会议室召开。",
        "事故发生于{hm}左右，{c}分钟后救援力量到达。",
        "直播活动于晚上{a}点开始，持续约{b}分钟。",
    ])
    txt = g.fill(t, {"a": lambda: m(2), "b": lambda: m(2), "c": lambda: m(2),
                     "hm": lambda: sp(m.raw(2) + ":" + m.raw(2))})
    return assemble(g, [txt]), "masked clock time, mask %r" % m.c


def ph_pct(g):
    m = Mask(g)
    t = g.pick([
        "全年城乡居民医保参保率达到{a}%，较上年提高{b}个百分点。",
        "垃圾分类覆盖率达{a}%，资源化利用率{c}%。",
        "一般公共预算收入同比增长{a}%，税收占比{c}%。",
        "群众安全感满意度测评得分{a}%，位居全市前列。",
    ])
    txt = g.fill(t, {"a": lambda: g.pick([m(3), sp(m.raw(2) + "." + m.raw(1)), m(2)]),
                     "b": lambda: m(1), "c": lambda: m(2)})
    return assemble(g, [txt], heading=True), "masked percentage, mask %r" % m.c


def ph_phone(g):
    c = g.pick(["x", "X", "*", "×"])
    forms = [
        lambda: sp("1" + g.n(30, 89) + c * 4 + g.n(1000, 9999)),
        lambda: sp("0" + g.n(710, 799) + "-" + c * 7),
        lambda: sp(c * 11),
        lambda: sp("1" + g.n(30, 89) + "-" + c * 4 + "-" + c * 4),
        lambda: sp("(0" + g.n(10, 99) + ")" + c * 8),
    ]
    t = g.pick([
        "如有疑问，请与{town}党政办联系，联系电话：{a}。",
        "监督举报电话：{a}，24小时有人值守。",
        "联系人：{person}，手机：{a}。",
        "群众可拨打服务热线{a}进行咨询。",
    ])
    return assemble(g, [g.fill(t, {"a": lambda: g.pick(forms)()})], 0, 1), "masked phone number (whole number is one span)"


def ph_idnum(g):
    c = g.pick(["x", "X", "*", "×"])
    forms = [
        lambda: sp(g.n(110000, 659999) + c * 8 + g.n(1000, 9999)),
        lambda: sp(c * 18),
        lambda: sp(g.n(11, 65) + c * 14 + g.n(10, 99)),
        lambda: sp("91" + g.n(110000, 659999) + c * 10),
    ]
    t = g.pick([
        "申请人{person}，身份证号码{a}，现居住于{village}。",
        "统一社会信用代码：{a}。",
        "经核对，该户户主身份证号为{a}，已纳入监测对象。",
        "企业名称：{company}；信用代码：{a}。",
    ])
    return assemble(g, [g.fill(t, {"a": lambda: g.pick(forms)()})], 0, 1), "masked ID / credit code (whole code one span)"


def mou_name(g):
    s = g.pick(SURN)
    return sp(g.pick([s + "某", s + "某某", s + "某甲", s + "某乙", s + "某" + g.pick(["1", "2"])]))


def ph_name_mou(g):
    t = g.pick([
        "村民{a}反映其承包地被占用，经调解双方达成一致。",
        "经查，当事人{a}于{month}月{day}日在{village}非法收购野生动物。",
        "{a}、{b}二人因宅基地界址发生纠纷，经人民调解委员会调解已息诉罢访。",
        "网格员在走访中发现独居老人{a}家中电线老化，立即协调更换。",
        "驾驶员{a}驾驶无牌摩托车被依法查处。",
    ])
    return assemble(g, [g.fill(t, {"a": lambda: mou_name(g), "b": lambda: mou_name(g)})]), "pseudonymised person name (surname+某…), whole name is the span"


def ph_name_mask(g):
    c = g.pick(["×", "X", "x", "*", "＊", "○", "Ｘ"])

    def nm():
        s = g.pick(SURN)
        return g.pick([sp(s + c * 2), sp(s + c), sp(c * 3), sp(s + c + g.pick(GIVEN))])

    t = g.pick([
        "{a}同志任{town}党委委员、副镇长。",
        "{role}{a}带队对{village}开展督导检查。",
        "经研究，拟推荐{a}、{b}为优秀共产党员候选人。",
        "原告{a}诉被告{b}民间借贷纠纷一案已调解结案。",
        "由{a}副市长召开会议亲自部署{work}工作。",
    ])
    return assemble(g, [g.fill(t, {"a": nm, "b": nm})]), "masked person name with %r" % c


def ph_place(g):
    c = g.pick(["X", "x", "×", "＊", "○", "X"])
    k = g.r.randint(1, 3)
    mk = lambda: sp(c * k)
    t = g.pick([
        "{a}镇{b}村成功创建省级卫生村。",
        "{a}市{b}区新建社区综合服务中心{n1}个。",
        "组织干部赴{a}县学习考察乡村治理经验。",
        "{a}街道{b}社区被评为市级文明社区。",
        "完成{a}乡至{b}村公路硬化{n1}公里。",
    ])
    return assemble(g, [g.fill(t, {"a": mk, "b": mk})], heading=True), "masked place names (only the mask, not 镇/村, is the span)"


def ph_org(g):
    c = g.pick(["X", "x", "×", "＊", "某某", "○"])
    mk = lambda: sp(c * (1 if c == "某某" else g.r.randint(2, 3)))
    t = g.pick([
        "{a}有限公司投资建设的{ind}项目已试投产。",
        "协调{a}银行为小微企业发放贷款{money}万元。",
        "督促{a}公司落实安全生产主体责任。",
        "与{a}大学签订产学研合作协议。",
        "{a}局联合{b}局开展专项执法行动。",
        "{a}合作社带动周边农户{n3}户增收。",
    ])
    return assemble(g, [g.fill(t, {"a": mk, "b": mk})]), "masked organisation name"


def ph_docnum(g):
    m = Mask(g, ["x", "X", "×", "＊"])
    t = g.pick([
        "根据《关于做好{work}工作的通知》（{a}政办发〔{y}〕{b}号）要求，",
        "市爱卫办下发文件（{a}爱卫办〔{y}〕{b}号），",
        "依据{a}府函〔{y}〕{b}号批复，",
        "按照上级文件第{b}号精神，",
    ]) + g.pick(["我们及时制定了实施方案。", "我镇认真组织实施。", "项目如期开工建设。"])
    txt = g.fill(t, {"a": lambda: m(1), "b": lambda: m(g.r.randint(1, 3)),
                     "y": lambda: g.pick(["20" + g.n(19, 23), sp("20" + m.raw(2))])})
    return assemble(g, [txt], 0, 1), "masked document number, mask %r" % m.c


def ph_heading(g):
    m = Mask(g, ["X", "x", "×", "＊"])
    a = lambda: m(g.r.randint(4, 6))
    t = g.pick([
        "{h1}、{a}工作情况\n（一）{a}。{f}",
        "第{k}部分 关于{a}的报告\n{f}",
        "（{k}）{a}\n{f}",
        "{k}.{k} {a}\n{f}",
    ])
    txt = g.fill(t, {"h1": lambda: g.pick(["一", "二", "三", "四"]), "a": a, "k": lambda: m(1),
                     "f": lambda: "".join(fillers(g, 1))})
    return txt, "masked heading text / heading number"


def ph_table(g):
    m = Mask(g, ["x", "X", "×", "＊"])
    sep = g.pick(["\t", " | ", "  "])
    rows = [sep.join(["序号", "项目名称", "建设地点", "总投资（万元）", "完成率"])]
    for i in range(g.r.randint(2, 4)):
        rows.append(sep.join([str(i + 1), sp(m.raw(2)) + g.pick(PROJ), g.pick([sp(m.raw(2)) + "镇", g.town()]),
                              g.pick([m(3), sp(m.raw(3) + "." + m.raw(2)), g.money()]), g.pick([m(2), g.n(30, 99)]) + "%"]))
    return "\n".join(rows), "table with masked cells"


def ph_tmpl_paren(g):
    t = g.pick([
        "{u}关于{year}年度{work}工作的总结",
        "本单位共有在职干部{n}人，其中党员{n}人。",
        "{u}：根据{f}要求，现将有关情况报告如下。",
        "经{u}研究决定，成立{work}工作领导小组，组长由{m}担任。",
        "项目总投资{n}万元，计划于{d}竣工。",
        "{m}同志在{work}工作中成绩突出，特此表彰。",
    ])
    U = ["（单位名称）", "（填写单位）", "(单位名称)", "（xx部门）", "（请填写）", "（部门）"]
    N = ["（具体数字）", "（此处填写）", "(填写金额)", "（请填写）", "（人数）", "（数字）"]
    M = ["（姓名）", "（职务+姓名）", "(姓名)", "（请填写）"]
    D = ["（填写日期）", "（时间）", "（年月日）"]
    F = ["（文件名称）", "（上级文件）", "(文件名)"]
    txt = g.fill(t, {k: (lambda pool=pool: sp(g.pick(pool))) for k, pool in (("u", U), ("n", N), ("m", M), ("d", D), ("f", F))})
    return assemble(g, [txt], 0, 1), "template instruction in parentheses (brackets included in span)"


def ph_tmpl_bracket(g):
    P = {"u": ["[请填写单位名称]", "【单位】", "【填写】", "〖单位名称〗"], "n": ["[填写数字]", "【填写】", "【待填】", "[ 数量 ]"],
         "m": ["[INSERT NAME]", "【领导姓名】", "【填写】", "［姓名］"], "c": ["【此处补充案例】", "【此处插入图片】", "［具体事项］", "【填写】"],
         "j": ["〖项目名称〗", "［具体事项］", "【填写】", "[项目]"]}
    t = g.pick([
        "{u}年度共完成{work}任务{n}项。",
        "{m}同志在{work}工作中表现突出。",
        "典型案例：{c}",
        "{town}{u}获评省级示范单位。",
        "全年争取资金{n}万元，主要用于{j}。",
        "附图：{c}",
    ])
    txt = g.fill(t, {k: (lambda pool=pool: sp(g.pick(pool))) for k, pool in P.items()})
    return assemble(g, [txt], 0, 2), "template instruction in square/lenticular brackets"


def ph_blank_line(g):
    u = lambda: sp(g.pick(["＿", "_", "＿"]) * g.r.randint(2, 8))
    t = g.pick([
        "本年度共受理群众投诉{u}件，办结{u}件。",
        "填报人：{u}    联系电话：{u}",
        "{u}年{u}月{u}日",
        "经{u}镇人民政府研究同意，拨付资金{u}万元。",
        "负责人（签字）：{u}",
    ])
    return assemble(g, [g.fill(t, {"u": u})], 0, 1), "underscore blanks to be filled in"


def ph_blank_bracket(g):
    b = lambda: sp(g.pick(["（　　）", "（    ）", "[ ]", "【　】", "(   )", "（  ）", "「　　」"]))
    t = g.pick([
        "本季度共组织巡查{b}次，发现问题{b}个。",
        "全镇共有脱贫户{b}户，监测对象{b}户。",
        "会议由{b}同志主持，{b}同志作工作报告。",
        "完成植树造林{b}亩。",
    ])
    return assemble(g, [g.fill(t, {"b": b})], 0, 2), "empty bracket blanks"


def ph_tbd(g):
    opts = ["TBD", "TODO", "待补充", "【待补充】", "（数据待补充）", "待核实", "（待填）", "XXX（待定）", "（此处待补充数据）", "N/A（待填）"]
    t = g.pick([
        "完成投资{p}万元，占年度计划的{q}%。",
        "项目竣工时间：{p}。",
        "帮扶成效：{p}",
        "全年新增就业{p}人。",
        "{town}{work}工作进展情况{p}。",
    ])
    txt = g.fill(t, {"p": lambda: sp(g.pick(opts)), "q": lambda: g.pick([g.n(40, 99), sp(g.pick(opts))])})
    return assemble(g, [txt], 0, 2), "editorial to-do marker left in the text"


def ph_fmt_mask(g):
    opts = ["YYYY年MM月DD日", "yyyy-mm-dd", "YYYY-MM-DD", "HH:MM", "20YY年", "MM月DD日", "yyyy年mm月", "YYYY/MM/DD"]
    t = g.pick([
        "本方案自{p}起施行。",
        "请于{p}前将材料报送至{town}党政办。",
        "活动时间：{p}，地点：{village}文化广场。",
        "报告日期：{p}",
    ])
    # ASCII separators (-, /, :) stay inside one span; Chinese unit characters (年/月/日) split spans
    wrap = lambda o: re.sub(r"([0-9A-Za-z/:\-]+)", lambda m: sp(m.group(1)), o)
    return assemble(g, [g.fill(t, {"p": lambda: wrap(g.pick(opts))})], 0, 2), "date-format mask (YYYY/MM/DD letters)"


def ph_circle_square(g):
    c = g.pick(["○", "〇", "□", "△", "◯", "■"])
    mk = lambda: sp(c * g.r.randint(2, 3))
    t = g.pick([
        "{a}镇{a}村党支部被评为先进基层党组织。",
        "全年共完成{a}项重点工作，解决群众诉求{a}件。",
        "{a}同志在防汛抢险中表现突出。",
        "由{a}公司负责项目施工。",
    ])
    return assemble(g, [g.fill(t, {"a": mk})], heading=True), "circle/square symbol mask %r" % c


def ph_fullwidth(g):
    cs = ["ｘ", "Ｘ", "ｘ", "×"]
    def mk():
        while True:
            s = "".join(g.pick(cs + ["x", "X"]) for _ in range(g.r.randint(1, 3)))
            if "ｘ" in s or "Ｘ" in s:
                return sp(s)
    t = g.pick([
        "{a}月{a}日，{a}镇召开{work}部署会。",
        "共帮扶{a}户，发放物资{a}批。",
        "预计完成投资{a}．{a}亿元。",
        "{a}书记带队检查{work}工作。",
    ])
    return assemble(g, [g.fill(t, {"a": mk})]), "full-width or mixed-width x masks"


def ph_english(g):
    c = g.pick(["X", "x", "*"])
    t = g.pick([
        "英文邀请函正文为：Dear {a}, we are pleased to invite you to the {p2} Investment Forum.",
        "外方联系人：Mr. {x3}, Tel: +86-{tel}。",
        "英文简介：{a} Co., Ltd. was founded in {y} and employs {x3} staff.",
        "宣传页英文部分仍为占位文字：“{lorem}”",
        "Date: {date}，Venue: {a}。",
    ])
    txt = g.fill(t, {"a": lambda: sp(g.pick(["[Name]", "[Company Name]", "<Name>", "[Recipient]", "XXX", "[Your Name]"])),
                     "x3": lambda: sp(c * 3), "tel": lambda: sp(c * 3 + "-" + c * 4 + "-" + c * 4),
                     "y": lambda: sp("20" + c * 2), "date": lambda: sp(c * 2 + "/" + c * 2 + "/20" + c * 2),
                     "lorem": lambda: sp(g.pick(["Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                                                  "Lorem ipsum dolor sit amet", "Text goes here. Text goes here."]))})
    return assemble(g, [txt], 0, 1), "placeholder inside an English fragment"


def ph_template_var(g):
    opts = ["{{姓名}}", "${unitName}", "%s", "{0}", "<<单位名称>>", "«单位»", "{{amount}}", "#NAME#", "$姓名$", "{{ company }}"]
    t = g.pick([
        "尊敬的{p}：您好！您申报的{work}补贴已审核通过。",
        "{p}同志：经研究，同意你参加{year}年度培训。",
        "本次共发放补贴{p}元，请注意查收。",
        "{p}关于{work}工作的情况报告",
    ])
    return assemble(g, [g.fill(t, {"p": lambda: sp(g.pick(opts))})], 0, 1), "unfilled mail-merge / template variable"


def ph_partial(g):
    c = g.pick(["x", "X", "×"])
    forms = [lambda: sp(g.n(1, 9) + c + g.n(0, 9)), lambda: sp(g.n(1, 9) + c * 2), lambda: sp(g.n(1, 9) + c + "." + c),
             lambda: sp(c + g.n(1, 9)), lambda: sp(g.n(1, 9) + c * 3)]
    t = g.pick([
        "全年共接种疫苗{a}剂次，覆盖{a}人。",
        "完成营业收入{a}万元，同比增长{a}%。",
        "辖区常住人口{a}人，流动人口{a}人。",
        "发放稳岗补贴{a}万元，惠及企业{a}家。",
    ])
    return assemble(g, [g.fill(t, {"a": lambda: g.pick(forms)()})], 0, 2), "number with some digits masked (whole token is one span)"


def ph_mou_generic(g):
    def mou(s):  # only the 某 characters are placeholders; 年/月/单位/乡 are real text
        return re.sub("(某+)", lambda m: sp(m.group(1)), s)
    opts = ["某年某月某日", "某月某日", "某某单位", "某某乡", "某某村", "某县某乡", "某某同志", "某某公司", "某局"]
    t = g.pick([
        "{p}，{q}在{r}召开现场会，部署{work}工作。",
        "{p}，群众反映{q}存在违规收费问题。",
        "经调查，{q}负责人{s}对问题负有直接责任。",
        "{p}上午，{r}发生一起道路交通事故。",
    ])
    txt = g.fill(t, {"p": lambda: mou(g.pick(opts[:2])), "q": lambda: mou(g.pick(opts[2:])),
                     "r": lambda: mou(g.pick(["某某村", "某某乡", "某县某乡某村"])), "s": lambda: mou_name(g)})
    return assemble(g, [txt], 0, 1), "某/某某 used as a concrete anonymised referent"


def ph_plate(g):
    c = g.pick(["X", "x", "*", "×"])
    prov = g.pick(list("桂粤湘赣黔滇川鄂皖苏浙闽"))
    forms = [lambda: sp(prov + g.pick(list("ABCDEF")) + "·" + c * 5), lambda: sp(prov + g.pick(list("ABCD")) + c * 3 + g.n(10, 99)),
             lambda: sp(prov + c * 6)]
    t = g.pick(["查获车牌号为{a}的货车超载运输。", "{a}小型轿车违规停放被依法处理。", "涉事车辆（{a}）已被依法扣押。"])
    return assemble(g, [g.fill(t, {"a": lambda: g.pick(forms)()})], 0, 2), "masked vehicle plate (whole plate one span)"


def ph_account(g):
    c = g.pick(["x", "X", "*"])
    t = g.pick([
        "补贴资金直接打入农户“一卡通”账户（卡号{a}）。",
        "开户行：{b}银行{b}支行；账号：{a}。",
        "收款账号：{a}，户名：{town}财政所。",
    ])
    txt = g.fill(t, {"a": lambda: sp("6" + g.n(210, 229) + " " + c * 4 + " " + c * 4 + " " + g.n(1000, 9999)) if g.chance(0.5) else sp(c * 19),
                     "b": lambda: sp(c * 2)})
    return assemble(g, [txt], 0, 1), "masked bank account"


def ph_email_url(g):
    c = g.pick(["x", "X", "*"])
    opts = [c * 3 + "@" + c * 3 + ".com", "www." + c * 4 + ".gov.cn", "http://" + c * 3 + "." + c * 3 + ".cn", c * 6 + "@163.com",
            "https://www." + c * 2 + ".gov.cn/" + c * 4]
    t = g.pick(["意见建议可发送至电子邮箱{a}。", "详情请登录{a}查询。", "报名材料请发送至{a}，截止时间另行通知。"])
    return assemble(g, [g.fill(t, {"a": lambda: sp(g.pick(opts))})], 0, 2), "masked e-mail / web address (whole address one span)"


def ph_address(g):
    m = Mask(g, ["x", "X", "×"])
    t = g.pick([
        "新设便民服务点位于{a}路{b}号。",
        "居住地址：{c}小区{k}栋{k}单元{b}室。",
        "办公地点迁至{a}大道{b}号{a}大厦{k}楼。",
    ])
    txt = g.fill(t, {"a": lambda: m(2), "b": lambda: m(g.r.randint(2, 3)), "c": lambda: g.pick([m(2), g.place2()]), "k": lambda: m(1)})
    return assemble(g, [txt], 0, 2), "masked street address parts"


def ph_age(g):
    m = Mask(g, ["x", "X", "×"])
    t = g.pick([
        "{person}，男，汉族，{y}年{a}月生，中共党员。",
        "该户户主{b}岁，患有慢性病，家庭人口{k}人。",
        "{s}，女，{b}岁，{village}人。",
    ])
    txt = g.fill(t, {"y": lambda: sp("19" + m.raw(2)), "a": lambda: m(1), "b": lambda: m(2), "k": lambda: m(1), "s": lambda: mou_name(g)})
    return assemble(g, [txt], 0, 1), "masked age / birth date"


def ph_ordinal(g):
    m = Mask(g, ["x", "X", "×", "＊"])
    t = g.pick([
        "{town}入选第{a}批全国乡村治理示范镇。",
        "成功举办第{a}届{p2}文化旅游节。",
        "召开党工委第{a}次会议，研究{work}工作。",
        "完成第{a}期农村实用技术培训班。",
    ])
    return assemble(g, [g.fill(t, {"a": lambda: m(g.r.randint(1, 2))})]), "masked ordinal number"


def ph_title(g):
    m = Mask(g, ["x", "X", "×"])
    t = g.pick([
        "出台《{a}市{b}管理办法》，规范{work}工作。",
        "印发《关于{b}的实施意见》。",
        "认真贯彻落实《{a}县{b}三年行动方案》。",
    ])
    txt = g.fill(t, {"a": lambda: m(2), "b": lambda: m(g.r.randint(2, 6))})
    return assemble(g, [txt], 0, 2), "masked document title inside 《》"


def ph_star_privacy(g):
    forms = [lambda: sp(g.pick(SURN) + "*" + g.pick(GIVEN)), lambda: sp(g.pick(SURN) + "**"),
             lambda: sp("1" + g.n(30, 89) + "****" + g.n(1000, 9999)), lambda: sp(g.n(110000, 659999) + "********" + g.n(1000, 9999)),
             lambda: sp(g.pick(SURN) + "＊" + g.pick(GIVEN))]
    t = g.pick([
        "公示名单：{a}、{a}、{a}。",
        "中奖用户{a}（手机号{p}）已领取奖品。",
        "低保对象{a}，身份证号{i}，保障人口{n1}人。",
    ])
    txt = g.fill(t, {"a": lambda: g.pick([forms[0], forms[1], forms[4]])(), "p": forms[2], "i": forms[3]})
    return assemble(g, [txt], 0, 1), "privacy masking with stars in a published list"


def ph_multi(g):
    c = g.pick(["x", "X", "×"])
    t = g.pick([
        "{d}月{d}日，{n}带队到{m}镇督导，发现问题{d}个，已整改{d}个。",
        "{m}村共有{d}户申请危房改造，经{n}审核，{b}户符合条件。",
        "{o}单位：{u}年度共完成投资{d}万元，完成率{d}%。",
    ])
    txt = g.fill(t, {"d": lambda: sp(c * g.r.randint(1, 3)), "m": lambda: sp(c * 2), "n": lambda: mou_name(g),
                     "b": lambda: sp("（　）"), "o": lambda: sp("某某"), "u": lambda: sp("＿＿")})
    return assemble(g, [txt], 0, 1), "several placeholder kinds in one paragraph"


PH_POS = {
    "ph_count": ph_count, "ph_money": ph_money, "ph_date": ph_date, "ph_time": ph_time, "ph_pct": ph_pct,
    "ph_phone": ph_phone, "ph_idnum": ph_idnum, "ph_name_mou": ph_name_mou, "ph_name_mask": ph_name_mask,
    "ph_place": ph_place, "ph_org": ph_org, "ph_docnum": ph_docnum, "ph_heading": ph_heading, "ph_table": ph_table,
    "ph_tmpl_paren": ph_tmpl_paren, "ph_tmpl_bracket": ph_tmpl_bracket, "ph_blank_line": ph_blank_line,
    "ph_blank_bracket": ph_blank_bracket, "ph_tbd": ph_tbd, "ph_fmt_mask": ph_fmt_mask,
    "ph_circle_square": ph_circle_square, "ph_fullwidth": ph_fullwidth, "ph_english": ph_english,
    "ph_template_var": ph_template_var, "ph_partial": ph_partial, "ph_mou_generic": ph_mou_generic,
    "ph_plate": ph_plate, "ph_account": ph_account, "ph_email_url": ph_email_url, "ph_address": ph_address,
    "ph_age": ph_age, "ph_ordinal": ph_ordinal, "ph_title": ph_title, "ph_star_privacy": ph_star_privacy,
    "ph_multi": ph_multi,
}


# ---------------------------------------------------------------------------
# PLACEHOLDER family, negatives
def neg(g, pool, lo=0, hi=2):
    return assemble(g, [g.fill(g.pick(pool))], lo, hi)


def phn_plus_x(g):
    return neg(g, [
        "学院积极推进“1+X”证书制度试点，{n3}名学生取得职业技能等级证书。",
        "探索“5+X”产业发展模式，在五大主导产业基础上培育新兴业态。",
        "构建“1+N+X”政策体系，出台配套文件{n2}份。",
        "新高考实行“3+1+2”模式，此前部分省份采用“3+X”模式。",
        "推行“7+X”便民服务清单，群众办事更加方便。",
    ]), "1+X style policy names; X is part of the name"


def phn_tech(g):
    return neg(g, [
        "政务云平台完成从x86架构向国产化服务器的迁移。",
        "采购的终端同时支持ARM和x86_64两种架构。",
        "系统基于Linux开发，数据以XML和JSON格式交换。",
        "网络安全检查发现{n1}处XSS漏洞，已全部修复。",
        "部分老旧电脑仍在使用Windows XP系统，存在安全隐患。",
    ]), "technical terms containing x/X"


def phn_xray(g):
    return neg(g, [
        "{town}卫生院新购置数字化X射线摄影系统一台。",
        "为{n3}名老人免费开展胸部X光检查。",
        "车站配备X光安检机{n1}台，实现旅客行李全覆盖检查。",
        "患者经X线片检查确诊为骨折，已转诊至上级医院。",
    ]), "X-ray terms"


def phn_product(g):
    return neg(g, [
        "有群众反映在网上购买的iPhone X存在质量问题，市场监管所已介入调查。",
        "应急管理局配备ZX-2000型无人机{n1}架。",
        "展会上展出了SpaceX公司的火箭模型复制品。",
        "新购入的Model X电动汽车作为公务用车试点。",
        "部分青少年沉迷Xbox等游戏设备，家长应加强引导。",
        "企业引进的HX-350型数控机床已投入生产。",
    ]), "product / model names containing X"


def phn_math(g):
    return neg(g, [
        "数学兴趣小组讨论了这样一道题：设x为正整数，且2x+3=11，求x的值。",
        "函数f(x)=x²-4x+3的图像与x轴有两个交点。",
        "培训中讲解了线性回归模型y=ax+b的含义。",
        "若x>0且y>0，则x+y≥2√(xy)。",
    ]), "mathematical variable x"


def phn_multiply(g):
    return neg(g, [
        "宣传栏规格为120×240cm，共设置{n2}块。",
        "全镇新建{n1}×{n1}米标准化篮球场{n1}个。",
        "运动会上，{town}代表队获得4×100米接力第一名。",
        "计算结果为3×4=12，与台账数据一致。",
        "该地块面积约为1.2×10⁵平方米。",
        "配发规格为20×30cm的公示牌{n2}块。",
    ]), "multiplication sign in arithmetic or dimensions"


def phn_roman(g):
    return neg(g, [
        "断面水质稳定保持在Ⅲ类以上，优良率达到{pct}%。",
        "监测显示，该河段水质由IV类提升为III类。",
        "本书第十九章（Chapter XIX）和第二十章（Chapter XX）讨论了城市治理。",
        "第XXIV届冬季奥林匹克运动会（XXIV Olympic Winter Games）于2022年举办。",
        "展览介绍了法国国王路易十四（Louis XIV）时期的宫廷建筑。",
        "新药已进入Ⅱ期临床试验阶段。",
    ]), "Roman numerals (only where the numeral reading is unambiguous)"


def phn_mou_word(g):
    return neg(g, [
        "某些村组仍存在重建设、轻管护的问题。",
        "在某种程度上，群众的获得感还不够强。",
        "不能因为某一环节出现问题就否定整体工作成效。",
        "部分干部在某个方面存在能力短板，需要加强培训。",
        "某些企业安全生产主体责任落实不到位。",
    ]), "某些/某种/某一 as ordinary words"


def phn_mou_generic(g):
    return neg(g, [
        "不能因为某地出现个别问题，就对整个行业一概否定。",
        "如果某户群众遇到突发困难，网格员要第一时间上报。",
        "无论某项政策多么完善，落实不到位都会大打折扣。",
        "一旦某个环节出现纰漏，就可能引发连锁反应。",
    ]), "某 in generic/hypothetical speech, not standing for a concrete hidden referent"


def phn_mention(g):
    return neg(g, [
        "公文写作中，不得使用“XX”“某某”等代称代替具体单位名称。",
        "经核查，上报材料中未发现“xx”“××”等未填写的占位符号。",
        "培训强调，正式文件中不能出现“（单位名称）”这类模板提示语。",
    ]), "DOUBTFUL: placeholder tokens are mentioned (quoted), not used"


def phn_rating(g):
    return neg(g, [
        "{p2}湖成功创建国家AAAA级旅游景区。",
        "{company}获评AAA级纳税信用企业。",
        "全县共有5A级景区{n1}个、4A级景区{n1}个。",
        "该企业通过ISO9001质量管理体系认证。",
    ]), "letter ratings such as AAAA级"


def phn_size(g):
    return neg(g, [
        "为一线防疫人员采购防护服{n3}套，其中XL码{n3}套、XXL码{n2}套。",
        "统一定制的志愿者马甲分为M、L、XL三个尺码。",
        "工作服尺码从XS到XXXL不等。",
    ]), "clothing sizes XL/XXL"


def phn_circle_zero(g):
    t = g.fill(g.pick([
        "二〇二三年三月十五日",
        "中共{county}委员会\n二○二二年十二月三十日",
        "本办法自二〇二四年一月一日起施行。",
        "编号：（二〇二三）第{n1}号，本件共{n1}页。",
        "二〇二二年，全镇共完成{work}任务{n2}项。",
    ]))
    if g.chance(0.5):
        t = "".join(fillers(g, 1)) + "\n" + t
    return t, "〇/○ used as the digit zero in dates"


def phn_check(g):
    return neg(g, [
        "是否已签订责任书：☑是　□否",
        "知识竞赛判断题：正确的画“√”，错误的画“×”。",
        "□ 加强组织领导\n□ 强化督查问责\n□ 完善长效机制",
        "检查结果：消防通道畅通（√），灭火器过期（×）。",
    ], 0, 1), "DECISION: ticked checkboxes / box bullets / tick-cross marks are not placeholders"


def phn_science(g):
    return neg(g, [
        "正常女性的性染色体组成为XX，男性为XY。",
        "该病属于X连锁隐性遗传病，需开展遗传咨询。",
        "专家讲解了X染色体失活的基本原理。",
    ]), "XX/XY chromosome notation"


def phn_words_x(g):
    return neg(g, [
        "考察团先后赴Xi'an和Xiamen学习城市更新经验。",
        "新华社（Xinhua News Agency）对此进行了报道。",
        "机场新增taxi候客区，方便旅客出行。",
        "数据统计使用Excel表格完成，并编制了index目录。",
        "ExxonMobil（埃克森美孚）公司代表参加了洽谈会。",
        "该项目英文名称为“Xiangcun Revitalization Program”。",
    ]), "pinyin / English words containing x or xx"


def phn_star_note(g):
    return neg(g, [
        "注：*表示P<0.05，**表示P<0.01。",
        "游客满意度评价为★★★★☆。",
        "表中带*的指标为约束性指标。",
    ], 0, 1), "asterisks as footnote markers, stars as ratings"


def phn_paren_real(g):
    return neg(g, [
        "各项收入情况如下（单位：万元）：税收收入{n4}，非税收入{n3}。",
        "《{county}农村人居环境整治条例》（以下简称《条例》）已于今年施行。",
        "【党建动态】{town}召开党员冬训动员会。",
        "本办法（试行）自印发之日起施行。",
        "年龄在60周岁（含）以上的老年人可免费乘车。",
    ]), "ordinary bracketed content"


def phn_daiding(g):
    return neg(g, [
        "第二批培训的具体时间待定，将另行通知。",
        "会议地点另行通知，请各单位做好准备。",
        "该项目选址尚未确定，正在开展比选论证。",
    ]), "DOUBTFUL: 待定/另行通知 as a genuine statement in a notice"


def phn_generation(g):
    return neg(g, [
        "面向Z世代和X一代开展差异化的宣传工作。",
        "影院放映《X战警》系列电影，观影人次{n4}。",
        "讲座分析了影响基层治理成效的X因素与Y因素。",
    ]), "X in set phrases"


def phn_road(g):
    return neg(g, [
        "完成X{n3}县道{n1}公里路面修复。",
        "G{n3}国道与S{n3}省道交叉口完成渠化改造。",
        "X{n3}线改扩建工程已完成路基施工。",
    ]), "road numbering X### (县道), G/S roads"


def phn_vague(g):
    return neg(g, [
        "省政府印发《关于促进民营经济发展的若干意见》。",
        "部分村存在一些历史遗留问题，需要逐步化解。",
        "数十名志愿者参与了河道清理。",
        "多名群众反映该路段夜间照明不足。",
    ]), "vague but real quantities (若干/一些/数十)"


def phn_table_real(g):
    sep = g.pick(["\t", " | "])
    rows = [sep.join(["序号", "项目名称", "总投资（万元）", "完成率"])]
    for i in range(g.r.randint(2, 4)):
        rows.append(sep.join([str(i + 1), g.place2() + g.pick(PROJ), g.money(), g.n(30, 100) + "%"]))
    return "\n".join(rows), "table with real values"


def phn_clean(g):
    return assemble(g, [], 1, 4, heading=True), "clean report paragraph"


PH_NEG = {
    "phn_plus_x": phn_plus_x, "phn_tech": phn_tech, "phn_xray": phn_xray, "phn_product": phn_product,
    "phn_math": phn_math, "phn_multiply": phn_multiply, "phn_roman": phn_roman, "phn_mou_word": phn_mou_word,
    "phn_mou_generic": phn_mou_generic, "phn_mention": phn_mention, "phn_rating": phn_rating, "phn_size": phn_size,
    "phn_circle_zero": phn_circle_zero, "phn_check": phn_check, "phn_science": phn_science,
    "phn_words_x": phn_words_x, "phn_star_note": phn_star_note, "phn_paren_real": phn_paren_real,
    "phn_daiding": phn_daiding, "phn_generation": phn_generation, "phn_road": phn_road, "phn_vague": phn_vague,
    "phn_table_real": phn_table_real, "phn_clean": phn_clean,
}
# phn_mojibake_only is added below (needs the mojibake machinery)


# ---------------------------------------------------------------------------
# MOJIBAKE family
_TRAD = """发發fā 区區qū 领領lǐng 导導dǎo 实實shí 际際jì 动動dòng 远遠yuǎn 设設shè 务務wù 为為wèi 现現xiàn 将將jiāng
关關guān 开開kāi 经經jīng 济濟jì 会會huì 业業yè 产產chǎn 进進jìn 项項xiàng 农農nóng 乡鄉xiāng 镇鎮zhèn 组組zǔ
织織zhī 党黨dǎng 员員yuán 学學xué 习習xí 贯貫guàn 彻徹chè 强強qiáng 环環huán 卫衛wèi 疗療liáo 医醫yī 队隊duì
资資zī 财財cái 计計jì 划劃huà 规規guī 亿億yì 万萬wàn 众眾zhòng 质質zhì 级級jí 县縣xiàn 长長zhǎng 检檢jiǎn
验驗yàn 体體tǐ 统統tǒng 筹籌chóu 稳穩wěn 综綜zōng 态態tài 势勢shì 积積jī 极極jí 举舉jǔ 办辦bàn 处處chǔ
题題tí 问問wèn 难難nán 点點diǎn 电電diàn 网網wǎng 营營yíng 贸貿mào 销銷xiāo 费費fèi 补補bǔ 贴貼tiē 险險xiǎn
养養yǎng 职職zhí 责責zé 监監jiān 执執zhí 纪紀jì 风風fēng 隐隱yǐn 灾災zāi 应應yīng 护護hù 绿綠lǜ 树樹shù
园園yuán 桥橋qiáo 铁鐵tiě 车車chē 运運yùn 输輸shū 线線xiàn 试試shì 创創chuàng 优優yōu 绩績jì 达達dá 标標biāo
认認rèn 识識shí 讲講jiǎng 话話huà 议議yì 决決jué 战戰zhàn 胜勝shèng 时時shí 间間jiān 个個gè 们們men 这這zhè
对對duì 与與yǔ 从從cóng 后後hòu 来來lái 过過guò 还還hái 让讓ràng 给給gěi 转轉zhuǎn 变變biàn 传傳chuán 历歷lì
书書shū 记記jì 协協xié 调調tiáo 维維wéi 访訪fǎng 纠糾jiū 纷紛fēn 据據jù 数數shù 报報bào 汇匯huì 总總zǒng 结結jié
华華huá 国國guó 东東dōng 广廣guǎng 门門mén 马馬mǎ 宁寧níng 兴興xīng 丰豐fēng 阳陽yáng 阶階jiē 围圍wéi 坚堅jiān
层層céng 础礎chǔ 饮飲yǐn 厕廁cè 类類lèi 专專zhuān 荣榮róng 获獲huò 奖獎jiǎng 单單dān 签簽qiān 约約yuē 缴繳jiǎo
税稅shuì 贫貧pín 脱脫tuō 帮幫bāng 兑兌duì 确確què 边邊biān 岗崗gǎng 岭嶺lǐng 湾灣wān 桥橋qiáo 涣渙huàn 规規guī
查查chá 治治zhì 乱亂luàn 权權quán 宽寬kuān 带帶dài 头頭tóu 亩畝mǔ 粮糧liáng 务務wù 农農nóng 场場chǎng 厂廠chǎng
矛矛máo 盾盾dùn 惠惠huì 济濟jì 闭閉bì 轻輕qīng 满滿mǎn 义義yì 兰蘭lán 双雙shuāng 随隨suí 违違wéi 余餘yú"""
TRAD, PINYIN = {}, {}
for tok in _TRAD.split():
    s, t, py = tok[0], tok[1], tok[2:]
    if s != t:
        TRAD[s] = t
    PINYIN[s] = py
    PINYIN[t] = py


def to_trad(s):
    return "".join(TRAD.get(c, c) for c in s)


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def base_para(g, lo=1, hi=3):
    return "".join(fillers(g, g.r.randint(lo, hi)))


def pick_stretch(g, text, scope):
    """Return (i, j) of a stretch to damage: phrase, sentence or whole paragraph."""
    if scope == "paragraph":
        return 0, len(text)
    if scope == "sentence":
        bounds = [0] + [m.end() for m in re.finditer(r"[。！？；\n]", text)]
        if bounds[-1] != len(text):
            bounds.append(len(text))
        k = g.r.randrange(len(bounds) - 1)
        return bounds[k], bounds[k + 1]
    pos = [i for i, c in enumerate(text) if is_cjk(c)]
    for _ in range(50):
        i = g.pick(pos)
        L = g.r.randint(2, 12)
        j = min(i + L, len(text))
        while j > i and not is_cjk(text[j - 1]):
            j -= 1
        if sum(is_cjk(c) for c in text[i:j]) >= 2:
            return i, j
    return pos[0], pos[0] + 1


def sloppy1252(b):
    out = []
    for x in b:
        try:
            out.append(bytes([x]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(x))
    return "".join(out)


def drop1252(b):
    return bytes(b).decode("cp1252", errors="ignore")


CODECS = {
    # name: (function, description)
    "mj_utf8_as_gbk": (lambda g, s: s.encode("utf-8").decode("gbk", errors=g.pick(["replace", "ignore"])), "UTF-8 bytes decoded as GBK"),
    "mj_gbk_as_utf8": (lambda g, s: s.encode("gbk").decode("utf-8", errors="replace"), "GBK bytes decoded as UTF-8 with U+FFFD"),
    "mj_kunjinkao": (lambda g, s: s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace"),
                     "GBK->UTF-8(replace)->GBK: 锟斤拷"),
    "mj_utf8_as_latin1": (lambda g, s: s.encode("utf-8").decode("latin-1"), "UTF-8 decoded as ISO-8859-1 (C1 controls kept)"),
    "mj_utf8_as_cp1252": (lambda g, s: g.pick([sloppy1252, drop1252])(s.encode("utf-8")), "UTF-8 decoded as Windows-1252 (å‘å±•)"),
    "mj_double_utf8": (lambda g, s: sloppy1252(sloppy1252(s.encode("utf-8")).encode("utf-8")), "UTF-8 mojibake encoded and mis-decoded again"),
    "mj_gbk_as_big5": (lambda g, s: s.encode("gbk").decode("big5", errors="replace"), "GBK bytes decoded as Big5"),
    "mj_gbk_as_euckr": (lambda g, s: s.encode("gbk").decode("euc_kr", errors="replace"), "GBK bytes decoded as EUC-KR"),
    "mj_gbk_as_sjis": (lambda g, s: s.encode("gbk").decode("shift_jis", errors="replace"), "GBK bytes decoded as Shift-JIS"),
    "mj_utf8_as_cp1251": (lambda g, s: s.encode("utf-8").decode("cp1251", errors="replace"), "UTF-8 decoded as Windows-1251 (Cyrillic)"),
    "mj_big5_as_gbk": (lambda g, s: to_trad(s).encode("big5", errors="replace").decode("gbk", errors="replace"), "Big5 (traditional) bytes decoded as GBK"),
    "mj_gbk_as_latin1": (lambda g, s: g.pick([lambda b: b.decode("latin-1"), sloppy1252])(s.encode("gbk")), "GBK decoded as Latin-1/cp1252 (ÄãºÃ)"),
    "mj_utf8_as_macroman": (lambda g, s: s.encode("utf-8").decode("mac_roman"), "UTF-8 decoded as MacRoman"),
    "mj_utf8_as_cp437": (lambda g, s: s.encode("utf-8").decode("cp437"), "UTF-8 decoded as DOS cp437"),
    "mj_utf16_as_gbk": (lambda g, s: s.encode("utf-16-le").decode("gbk", errors="replace"), "UTF-16LE bytes decoded as GBK"),
    "mj_gbk_as_eucjp": (lambda g, s: s.encode("gbk").decode("euc_jp", errors="replace"), "GBK bytes decoded as EUC-JP"),
}
SCOPE_W = {"phrase": 55, "sentence": 30, "paragraph": 15}


def trim_common(orig, dam):
    a = 0
    while a < min(len(orig), len(dam)) and orig[a] == dam[a]:
        a += 1
    b = 0
    while b < min(len(orig), len(dam)) - a and orig[-1 - b] == dam[-1 - b]:
        b += 1
    return a, b


def codec_style(name):
    fn, desc = CODECS[name]

    def f(g):
        for _ in range(30):
            text = base_para(g, 1, 3)
            scope = g.r.choices(list(SCOPE_W), list(SCOPE_W.values()))[0]
            i, j = pick_stretch(g, text, scope)
            orig = text[i:j]
            dam = fn(g, orig)
            a, b = trim_common(orig, dam)
            core = dam[a:len(dam) - b]
            if not core.strip() or dam == orig:
                continue
            marked = text[:i] + dam[:a] + sp(core) + dam[len(dam) - b:] + text[j:]
            return marked, "%s; scope=%s; original: %s" % (desc, scope, orig[:60])
        raise RuntimeError(name)
    return f


def mj_gbk_misaligned(g):
    for _ in range(50):
        text = base_para(g, 1, 3)
        i, j = pick_stretch(g, text, g.pick(["phrase", "sentence"]))
        orig = text[i:j]
        starts, off = [], 0
        for c in orig:
            if is_cjk(c):
                starts.append(off)
            off += len(c.encode("gbk"))
        b = orig.encode("gbk")
        k = g.pick(starts[:max(1, len(starts) // 2)])
        b2 = b[:k] + b[k + 1:]  # one byte lost: what follows decodes out of step
        dam = b2.decode("gbk", errors="replace")
        if g.chance(0.5):
            dam = dam.replace("\ufffd", "?")
        a, bb = trim_common(orig, dam)
        core = dam[a:len(dam) - bb]
        if core:
            marked = text[:i] + dam[:a] + sp(core) + dam[len(dam) - bb:] + text[j:]
            return marked, "GBK stream with one byte lost, decoded out of step; original: %s" % orig[:60]
    raise RuntimeError("misaligned")


def charwise(text, fn):
    """Apply fn(char)->str|None to each char; changed chars become spans (grouped if adjacent)."""
    out = []
    run = []
    for c in text:
        r = fn(c)
        if r is None:
            if run:
                out.append(sp("".join(run)))
                run = []
            out.append(c)
        else:
            run.append(r)
    if run:
        out.append(sp("".join(run)))
    return "".join(out)


def mj_lost_qmark(g):
    if g.chance(0.5):
        nm = g.pick(SURN) + g.pick(RARE_NAME) + (g.pick(GIVEN) if g.chance(0.5) else "")
        t = g.fill(g.pick(["{role}{n}同志带队检查{work}工作。", "{n}家庭被评为“最美家庭”。", "选举{n}为村民委员会主任。"]), {"n": nm})
        text = assemble(g, [t], 0, 2)
        q = g.pick(["?", "？"])
        marked = charwise(text, lambda c: q if c in RARE_NAME else None)
        return marked, "character outside GB2312 lost as %r on conversion; original name: %s" % (q, nm)
    text = base_para(g, 1, 3)
    pos = [i for i, c in enumerate(text) if is_cjk(c)]
    hit = set(g.r.sample(pos, min(len(pos), g.r.randint(1, 3))))
    idx = iter(range(len(text)))
    marked = charwise(text, lambda c: "?" if next(idx) in hit else None)
    return marked, "isolated characters lost as '?'"


def mj_qmark_run(g):
    text = base_para(g, 1, 3)
    i, j = pick_stretch(g, text, g.r.choices(["phrase", "sentence"], [60, 40])[0])
    orig = text[i:j]
    q = g.pick(["?", "?", "？"])
    dam = "".join(q if ord(c) > 127 else c for c in orig)
    a, b = trim_common(orig, dam)
    core = dam[a:len(dam) - b]
    return text[:i] + dam[:a] + sp(core) + dam[len(dam) - b:] + text[j:], "non-ASCII text replaced by %r (encode errors=replace); original: %s" % (q, orig[:60])


def _alnum(c):
    return c.isascii() and c.isalnum()


def insert_at(g, text, tokens, k):
    cand = [p for p in range(1, len(text)) if not (_alnum(text[p - 1]) and _alnum(text[p]))]
    pos = sorted(g.r.sample(cand, min(k, len(cand))))
    out, last = [], 0
    for p in pos:
        out.append(text[last:p])
        out.append(sp(g.pick(tokens)))
        last = p
    out.append(text[last:])
    return "".join(out)


def mj_bom(g):
    text = base_para(g, 2, 3)
    # BOM of a concatenated file, read as cp1252/latin-1, at a sentence boundary
    bnds = [m.end() for m in re.finditer("。", text)][:-1] or [0]
    p = g.pick(bnds)
    tok = g.pick(["ï»¿", "ï»¿", "\ufeff", "锘�", "锘"])
    return text[:p] + sp(tok) + text[p:], "stray byte-order mark %r inside the text" % tok


def mj_html_entity(g):
    text = base_para(g, 1, 3)
    ents = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;"}
    marked = charwise(text, lambda c: ents.get(c))
    if S0 not in marked or g.chance(0.6):
        marked = insert_at_marked(g, marked, ["&nbsp;", "&nbsp;&nbsp;", "&amp;", "&#160;", "&emsp;", "&nbsp;&nbsp;&nbsp;&nbsp;"])
    return marked, "HTML character entities left in text"


def insert_at_marked(g, marked, tokens):
    # insert one token at a random position outside existing spans
    depth, ok = 0, []
    for i, c in enumerate(marked):
        if c == S0:
            depth = 1
        elif c == S1:
            depth = 0
        elif depth == 0 and i > 0 and not (_alnum(marked[i - 1]) and _alnum(c)):
            ok.append(i)
    p = g.pick(ok)
    return marked[:p] + sp(g.pick(tokens)) + marked[p:]


def mj_html_double(g):
    text = base_para(g, 1, 3)
    return insert_at(g, text, ["&amp;nbsp;", "&amp;ldquo;", "&amp;rdquo;", "&amp;lt;p&amp;gt;", "&amp;lt;br /&amp;gt;", "&amp;amp;"],
                     g.r.randint(1, 3)), "double-escaped HTML entities"


def mj_html_tags(g):
    sents = fillers(g, g.r.randint(2, 3))
    out = []
    for s in sents:
        if g.chance(0.6):
            o, c = g.pick([("<p>", "</p>"), ('<p style="text-indent:2em;">', "</p>"), ("<strong>", "</strong>"),
                           ('<span style="font-size:16px;">', "</span>"), ("", "<br/>"), ("", "<br>"), ("<div>", "</div>")])
            out.append((sp(o) if o else "") + s + sp(c))
        else:
            out.append(s)
    marked = "".join(out)
    if S0 not in marked:
        marked = sp("<p>") + marked + sp("</p>")
    return marked, "HTML tags left in text"


def mj_broken_tag(g):
    text = base_para(g, 2, 3)
    bnds = [m.start() for m in re.finditer("[。，]", text)]
    p = g.pick(bnds)
    tok = g.pick(["?/strong>", "?/span>", "/p>", "pan>", "</spa", "&nbs", "?/b>", "ong>", "<br"])
    return text[:p] + sp(tok) + text[p:], "truncated HTML tag/entity debris"


def mj_numeric_ref(g):
    text = base_para(g, 1, 3)
    i, j = pick_stretch(g, text, "phrase")
    orig = text[i:j]
    hexa = g.chance(0.4)
    dam = "".join(("&#x%X;" % ord(c) if hexa else "&#%d;" % ord(c)) if ord(c) > 127 else c for c in orig)
    return text[:i] + sp(dam) + text[j:], "numeric character references not decoded; original: %s" % orig


def mj_percent(g):
    text = base_para(g, 1, 3)
    i, j = pick_stretch(g, text, "phrase")
    orig = text[i:j]
    dam = urllib.parse.quote(orig, safe="")
    if g.chance(0.3):
        dam = dam.lower()
    return text[:i] + sp(dam) + text[j:], "URL percent-escapes not decoded; original: %s" % orig


def mj_uescape(g):
    text = base_para(g, 1, 3)
    i, j = pick_stretch(g, text, g.pick(["phrase", "phrase", "sentence"]))
    orig = text[i:j]
    dam = "".join("\\u%04x" % ord(c) if ord(c) > 127 else c for c in orig)
    if g.chance(0.3):
        dam = dam.upper().replace("\\U", "\\u")
    return text[:i] + sp(dam) + text[j:], "\\u escapes not decoded; original: %s" % orig


def mj_bytes_repr(g):
    text = base_para(g, 1, 3)
    i, j = pick_stretch(g, text, "phrase")
    orig = text[i:j]
    enc = g.pick(["utf-8", "gbk"])
    dam = "".join("\\x%02x" % x for x in orig.encode(enc))
    if g.chance(0.3):
        dam = "b'" + dam + "'"
    return text[:i] + sp(dam) + text[j:], "bytes literal (%s) left in text; original: %s" % (enc, orig)


def mj_qp(g):
    text = base_para(g, 1, 3)
    i, j = pick_stretch(g, text, "phrase")
    orig = text[i:j]
    dam = "".join("=%02X" % x for x in orig.encode("utf-8"))
    return text[:i] + sp(dam) + text[j:], "quoted-printable escapes not decoded; original: %s" % orig


def pinyin_artefact(g, trad):
    text = base_para(g, 1, 3)
    if trad:
        text = to_trad(text)
        cand = lambda c: c in PINYIN and c not in TRAD and g.chance(0.85)
    else:
        cand = lambda c: c in PINYIN and c in TRAD and g.chance(0.5)
    out = []
    for c in text:
        out.append(c)
        if cand(c):
            out.append(sp("(" + PINYIN[c] + ")"))
    marked = "".join(out)
    if S0 not in marked:
        return pinyin_artefact(g, trad)
    return marked, "pinyin annotation artefact after each converted character (span = parenthesised pinyin)"


def mj_pinyin_trad(g):
    return pinyin_artefact(g, True)


def mj_pinyin_simp(g):
    return pinyin_artefact(g, False)


def mj_zero_width(g):
    text = base_para(g, 1, 3)
    return insert_at(g, text, ["\u200b", "\u200b\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u00ad"],
                     g.r.randint(1, 4)), "zero-width / invisible format characters inside text"


def mj_control(g):
    text = base_para(g, 1, 3)
    toks = ["\x00", "\x01", "\x02", "\x03", "\x07", "\x08", "\x0b", "\x0c", "\x0e", "\x10", "\x1a", "\x1b", "\x1f", "\x7f", "\x85", "\x81", "\x9d"]
    return insert_at(g, text, toks, g.r.randint(1, 3)), "control characters inside text"


def mj_tangtang(g):
    text = base_para(g, 1, 3)
    tok = g.pick(["烫", "屯", "烫"]) * g.r.randint(4, 12)
    if g.chance(0.5):
        return text + sp(tok), "uninitialised-buffer garbage (烫烫/屯屯) appended"
    i, j = pick_stretch(g, text, "phrase")
    return text[:i] + sp(tok) + text[j:], "stretch replaced by uninitialised-buffer garbage; original: %s" % text[i:j]


def mj_en_curly(g):
    en = g.pick([
        "the theme “Green Villages, Better Lives”", "the slogan “Let’s build it together”", "the report “Rural Roads — Connecting Futures”",
        "the motto “Don’t wait, act now”", "the campaign “Clean Rivers… Clear Skies”", "the brand “Tea’s Hometown”",
    ])
    dam = charwise(en, lambda c: sloppy1252(c.encode("utf-8")) if ord(c) > 127 else None)
    t = g.pick(["宣传片英文版采用了{e}作为主题。", "英文标语为{e}，在展会上广受好评。", "对外推介材料使用{e}。"]).replace("{e}", dam)
    return assemble(g, [t], 0, 2), "curly quotes / dashes in an English fragment mis-decoded as cp1252 (â€™)"


def mj_nbsp(g):
    t = g.pick([
        "展板英文介绍写道：Total investment:{n}RMB{n}{m}million.",
        "英文版年报显示，Area:{n}{a}{n}km²，Population:{n}{b}.",
        "网页底部显示“{c}{y} {p}County Government”。",
    ])
    nb = lambda: sp("Â\xa0")
    txt = g.fill(t, {"n": nb, "m": lambda: g.n(2, 99), "a": lambda: g.n(100, 999), "b": lambda: g.n(10000, 99999),
                     "c": lambda: sp("Â©"), "y": lambda: g.n(2018, 2023), "p": lambda: g.place2() + " "})
    return assemble(g, [txt], 0, 2), "no-break space / © in UTF-8 read as cp1252 (Â)"


def mj_truncated(g):
    text = base_para(g, 1, 3).rstrip("。")
    pos = [i for i, c in enumerate(text) if is_cjk(c)]
    if g.chance(0.5):
        p = pos[-1]
    else:
        p = g.pick(pos)
    c = text[p]
    k = g.r.randint(1, 2)
    dam = c.encode("utf-8")[:k].decode("utf-8", errors="replace")
    return text[:p] + sp(dam) + text[p + 1:], "UTF-8 sequence cut at a buffer boundary; lost char: %s" % c


def mj_emoji_lost(g):
    emo = g.pick(["👍", "🎉", "❤️", "🌾", "🏮", "👏👏", "🇨🇳"])
    t = g.pick(["网友留言：为家乡点赞{e}", "评论区：这条路终于修好了{e}", "村民在群里回复“收到{e}”。"])
    n = len(emo.encode("utf-16-le")) // 2
    q = sp("?" * n if g.chance(0.7) else "\ufffd" * n)
    return assemble(g, [t.replace("{e}", q)], 0, 2), "emoji lost as '?' per UTF-16 code unit; original: %s" % emo


def mj_pua(g):
    text = base_para(g, 1, 3)
    pos = [i for i, c in enumerate(text) if is_cjk(c)]
    hit = set(g.r.sample(pos, min(len(pos), g.r.randint(1, 4))))
    idx = iter(range(len(text)))
    marked = charwise(text, lambda c: chr(g.r.randint(0xE000, 0xE7FF)) if next(idx) in hit else None)
    return marked, "PDF extraction produced private-use-area code points instead of glyphs"


def mj_pdf_cid(g):
    text = base_para(g, 1, 3)
    pos = [i for i, c in enumerate(text) if is_cjk(c)]
    hit = set(g.r.sample(pos, min(len(pos), g.r.randint(1, 4))))
    idx = iter(range(len(text)))
    marked = charwise(text, lambda c: "(cid:%d)" % g.r.randint(100, 9999) if next(idx) in hit else None)
    return marked, "pdfminer (cid:N) glyph codes instead of characters"


MJ_POS = {k: codec_style(k) for k in CODECS}
MJ_POS.update({
    "mj_gbk_misaligned": mj_gbk_misaligned, "mj_lost_qmark": mj_lost_qmark, "mj_qmark_run": mj_qmark_run, "mj_bom": mj_bom,
    "mj_html_entity": mj_html_entity, "mj_html_double": mj_html_double, "mj_html_tags": mj_html_tags,
    "mj_broken_tag": mj_broken_tag, "mj_numeric_ref": mj_numeric_ref, "mj_percent": mj_percent, "mj_uescape": mj_uescape,
    "mj_bytes_repr": mj_bytes_repr, "mj_qp": mj_qp, "mj_pinyin_trad": mj_pinyin_trad, "mj_pinyin_simp": mj_pinyin_simp,
    "mj_zero_width": mj_zero_width, "mj_control": mj_control, "mj_tangtang": mj_tangtang, "mj_en_curly": mj_en_curly,
    "mj_nbsp": mj_nbsp, "mj_truncated": mj_truncated, "mj_emoji_lost": mj_emoji_lost, "mj_pua": mj_pua, "mj_pdf_cid": mj_pdf_cid,
})


# ---------------------------------------------------------------------------
# MOJIBAKE family, negatives
def mjn_russian(g):
    return neg(g, [
        "俄方代表团团长在致辞中用俄语说：“Добро пожаловать, дорогие друзья!”",
        "双方签署的合作备忘录俄文标题为«Меморандум о сотрудничестве»。",
        "展厅入口的俄文标识写着“Выставка сельхозпродукции”。",
    ]), "genuine Russian quoted in Chinese"


def mjn_japanese(g):
    return neg(g, [
        "日本友好城市发来贺信，开头写道：「いつもお世話になっております。」",
        "考察团参观了当地的“道の駅”，学习农产品直销经验。",
        "日方企业代表用日语表示：“よろしくお願いします”。",
    ]), "genuine Japanese quoted in Chinese"


def mjn_korean(g):
    return neg(g, [
        "韩国客商在签约仪式上用韩语说“감사합니다”。",
        "中韩双语导览牌上写着“관광 안내소”。",
        "韩方合作社代表介绍了“새마을운동”的经验。",
    ]), "genuine Korean quoted in Chinese"


def mjn_latin(g):
    return neg(g, [
        "法国专家介绍了“développement durable”的理念。",
        "德国合作方Müller GmbH位于Straße der Einheit，负责设备调试。",
        "考察团先后访问了São Paulo和Zürich。",
        "越南客商Nguyễn Văn Hùng参加了边贸洽谈会。",
        "丹麦城市København和芬兰的Åland群岛在海岛治理方面经验丰富。",
        "西班牙语“Feliz Año Nuevo”意为新年快乐。",
        "咖啡馆招牌写着“Café Crème”，风格独特。",
    ]), "genuine accented Latin-script words"


def mjn_pinyin_lesson(g):
    return neg(g, [
        "普通话培训班上，老师讲解了“发展”一词的拼音：fā zhǎn。",
        "“乡村振兴”的汉语拼音写作 xiāngcūn zhènxīng。",
        "多音字“长”在“长江”中读 cháng，在“镇长”中读 zhǎng。",
        "推普周活动中，学生练习“绿水青山”（lǜshuǐ qīngshān）的发音。",
    ], 0, 1), "pinyin with tone marks in a language lesson (word-level, not after every character)"


def mjn_tech_html(g):
    return neg(g, [
        "信息员培训中讲到：在网页中换行应使用<br>标签，段落用<p>和</p>包裹。",
        "技术规范要求，文本中的“&”必须写作&amp;，不换行空格写作&nbsp;。",
        "网站改版后，标题统一使用<h2>标签，并删除了多余的<span>样式。",
    ], 0, 1), "HTML written about in a technical note (code is the subject)"


def mjn_tech_escape(g):
    return neg(g, [
        "技术说明：在JSON文件中，汉字“发”可以写作转义序列\\u53d1。",
        "开发文档指出，URL中的中文需进行百分号编码，例如“中”编码为%E4%B8%AD。",
    ], 0, 1), "DOUBTFUL: an escape sequence shown as an example in a technical note"


def mjn_mention(g):
    return neg(g, [
        "网站运维人员介绍，常见乱码如“锟斤拷”多由编码转换错误造成。",
        "培训中展示了GBK与UTF-8混用时出现“鍙戝睍”之类乱码的原因。",
    ], 0, 1), "DOUBTFUL: mojibake quoted as an example in a note about encodings"


def mjn_qmarks(g):
    return neg(g, [
        "群众最关心什么？我们就重点解决什么。",
        "如何让老百姓的钱袋子鼓起来？这是摆在我们面前的课题。",
        "为什么有的村发展快、有的村发展慢？关键在于班子。",
        "调查问卷第3题：您对本村的人居环境是否满意?",
        "会上提问：“项目什么时候能完工？”",
    ]), "legitimate question marks"


def mjn_box(g):
    return "┌──────┬──────┐\n│ 项目 │ 数量 │\n├──────┼──────┤\n│ 新建 │ %s │\n└──────┴──────┘" % g.n(10, 99).rjust(4), \
        "box-drawing table"


def mjn_emoji(g):
    return neg(g, [
        "网友在政务号留言：“家门口的公园太美了👍🌸”",
        "活动海报写着“新春快乐🧧🏮”。",
        "评论区点赞最多的一条是“为基层干部点赞👏👏”。",
    ]), "genuine emoji"


def mjn_trad(g):
    t = to_trad(base_para(g, 1, 2))
    return g.pick(["香港代表團介紹：", "台灣同胞來信寫道：", "澳門合作方的報告稱："]) + "“" + t + "”", "legitimate traditional Chinese"


def mjn_rare(g):
    return neg(g, [
        "{p2}村村民张犇、王淼、李鑫被评为致富带头人。",
        "新建道路采用C30砼浇筑，厚度{n2}厘米。",
        "对学校教室开展氡浓度检测，结果全部达标。",
        "引进氮化镓芯片项目，总投资{money}亿元。",
        "老街保留了“𠮷祥饭庄”等老字号招牌。",
        "沿河修复古碶{n1}座、古堰{n1}处。",
    ]), "rare but real Chinese characters (incl. CJK Ext-B)"


def mjn_en_typo(g):
    return neg(g, [
        "外宣材料的英文标题为“Rural Roads — Connecting Futures”。",
        "英文简介写道：“It’s a town of tea, bamboo and clear rivers…”",
        "宣传册注明“© 2023 {p2} County. All rights reserved.™”。",
        "展板写着“Don’t Litter — Keep Our River Clean”。",
    ]), "English with real curly quotes, dashes, ©"


def mjn_science(g):
    return neg(g, [
        "全年PM2.5平均浓度为{n2}μg/m³，同比下降{pct}%。",
        "夏季最高气温达39℃，较常年偏高1.5±0.3℃。",
        "检测结果显示α-淀粉酶活性≥{n2} U/g。",
        "水体中氨氮含量≤0.5 mg/L，ΔT控制在2℃以内。",
        "人口自然增长率为{n1}.{n1}‰，住房面积{n2}㎡/人。",
    ]), "scientific units and Greek letters"


def mjn_math(g):
    return neg(g, [
        "根据公式S=∑(xᵢ−x̄)²/n计算方差。",
        "增长率≈{pct}%，满足a∈[0,1]的约束条件。",
        "边长为√2的正方形面积为2。",
    ]), "math symbols"


def mjn_url(g):
    return neg(g, [
        "参考文献：{p2}县人民政府网站，https://www.example.gov.cn/search?q=%E4%B9%A1%E6%9D%91，访问日期{year}年{month}月{day}日。",
        "相关链接：https://example.org/wiki/%E5%8F%91%E5%B1%95（维基百科词条）。",
    ], 0, 1), "DOUBTFUL: percent-encoding inside a real URL is legitimate"


def mjn_decor(g):
    return neg(g, [
        "※ 本通知自发布之日起执行。",
        "★ 重点任务：① 完善制度；② 强化考核；③ 抓好落实。",
        "◆ 工作亮点 ◆ {town}获评省级文明镇。",
        "● 持续推进{work}；■ 扎实开展{work}。",
    ]), "decorative symbols and circled numbers"


def mjn_minority(g):
    return neg(g, [
        "街道路牌采用蒙汉双语，如“ᠬᠥᠬᠡᠬᠣᠲᠠ 呼和浩特”。",
        "双语标识上写着维吾尔文“ئۈرۈمچى”和汉文“乌鲁木齐”。",
        "藏汉双语宣传栏写有“བཀྲ་ཤིས་བདེ་ལེགས།”（扎西德勒）。",
    ], 0, 1), "minority scripts (Mongolian, Uyghur, Tibetan)"


def mjn_fullwidth(g):
    return neg(g, [
        "ＣＢＤ片区新增企业{n2}家，其中ＩＴ企业{n1}家。",
        "设立ＡＢＣ三类风险等级，实行分级管控。",
        "编号为ＮＯ．{n3}的档案已归档。",
    ]), "full-width ASCII letters and digits"


def mjn_clean(g):
    return assemble(g, [], 1, 4, heading=True), "clean report paragraph"


def mjn_placeholder_only(g):
    for _ in range(20):
        m, note = g.pick([ph_count, ph_money, ph_date, ph_name_mou, ph_place])(g)
        return m.replace(S0, "").replace(S1, ""), "has placeholders but no mojibake: " + note


MJ_NEG = {
    "mjn_russian": mjn_russian, "mjn_japanese": mjn_japanese, "mjn_korean": mjn_korean, "mjn_latin": mjn_latin,
    "mjn_pinyin_lesson": mjn_pinyin_lesson, "mjn_tech_html": mjn_tech_html, "mjn_tech_escape": mjn_tech_escape,
    "mjn_mention": mjn_mention, "mjn_qmarks": mjn_qmarks, "mjn_box": mjn_box, "mjn_emoji": mjn_emoji, "mjn_trad": mjn_trad,
    "mjn_rare": mjn_rare, "mjn_en_typo": mjn_en_typo, "mjn_science": mjn_science, "mjn_math": mjn_math, "mjn_url": mjn_url,
    "mjn_decor": mjn_decor, "mjn_minority": mjn_minority, "mjn_fullwidth": mjn_fullwidth, "mjn_clean": mjn_clean,
    "mjn_placeholder_only": mjn_placeholder_only,
}

PH_LIKE = re.compile(r"[xXｘＸ×＊*○〇□某_＿]")


def phn_mojibake_only(g):
    for _ in range(50):
        name = g.pick(["mj_utf8_as_gbk", "mj_kunjinkao", "mj_gbk_as_utf8", "mj_utf8_as_cp1252", "mj_gbk_as_big5"])
        m, note = MJ_POS[name](g)
        t = m.replace(S0, "").replace(S1, "")
        if not PH_LIKE.search(t):
            return t, "has mojibake (%s) but no placeholder" % name
    raise RuntimeError("phn_mojibake_only")


PH_NEG["phn_mojibake_only"] = phn_mojibake_only

# relative weights (doubtful styles weighted down)
WEIGHT = {"phn_mention": 0.5, "phn_daiding": 0.5, "mjn_tech_escape": 0.5, "mjn_mention": 0.5, "mjn_url": 0.5,
          "phn_clean": 1.5, "mjn_clean": 1.5, "mj_utf8_as_gbk": 2, "mj_kunjinkao": 1.5, "mj_pinyin_trad": 1.5,
          "mj_gbk_as_utf8": 1.5, "mj_utf8_as_cp1252": 1.5, "ph_count": 1.5, "ph_money": 1.5, "ph_date": 1.5,
          "ph_name_mou": 1.5}


def allocate(styles, total):
    w = [WEIGHT.get(s, 1.0) for s in styles]
    tw = sum(w)
    raw = [total * x / tw for x in w]
    cnt = [int(x) for x in raw]
    rem = sorted(range(len(styles)), key=lambda i: -(raw[i] - cnt[i]))
    for i in rem[: total - sum(cnt)]:
        cnt[i] += 1
    return list(zip(styles, cnt))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-family", type=int, default=1400)
    ap.add_argument("--pos-share", type=float, default=0.6)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    g = G(rng)
    npos = round(a.per_family * a.pos_share)
    nneg = a.per_family - npos
    plan = [("ph", "placeholder", PH_POS, npos), ("ph", "negative", PH_NEG, nneg),
            ("mj", "mojibake", MJ_POS, npos), ("mj", "negative", MJ_NEG, nneg)]
    recs, seen = [], set()
    for fam, label, table, total in plan:
        for style, cnt in allocate(list(table), total):
            made, tries = 0, 0
            while made < cnt:
                tries += 1
                if tries > cnt * 200:
                    raise RuntimeError("cannot make enough distinct records for " + style)
                marked, note = table[style](g)
                text, spans = finalize(marked)
                if (fam, text) in seen:
                    continue
                if label == "negative":
                    spans = []
                elif not spans:
                    raise RuntimeError("positive without span: " + style)
                seen.add((fam, text))
                recs.append({"family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note})
                made += 1
    rng.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            r = {"id": "x%05d" % i, **r}
            line = json.dumps(r, ensure_ascii=False)
            # keep one record per physical line even for readers that split on NEL / LS / PS
            line = line.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
            f.write(line + "\n")
    fams = {}
    for r in recs:
        k = (r["family"], r["label"])
        fams[k] = fams.get(k, 0) + 1
    print("wrote %d records to %s; styles=%d" % (len(recs), a.out, len({r["style"] for r in recs})), file=sys.stderr)
    for k in sorted(fams):
        print("  %s/%s: %d" % (k[0], k[1], fams[k]), file=sys.stderr)


if __name__ == "__main__":
    main()
