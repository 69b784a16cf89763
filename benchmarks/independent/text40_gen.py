#!/usr/bin/env python3
"""text40_gen.py - held-out set 40: placeholders (ph) and mojibake (mj) in Chinese documents.

Usage:
  python3 text40_gen.py --seed 11 --out text40_seed11.jsonl
  python3 text40_gen.py --verify text40_seed11.jsonl text40_seed12.jsonl

Standard library only.  Deterministic per seed (random.Random seeded with strings,
which CPython hashes with SHA-512, so PYTHONHASHSEED plays no part).
"""
import argparse
import html
import json
import random
import re
import sys
import urllib.parse

# ---------------------------------------------------------------------------
# Builder: text is appended piece by piece, spans are recorded as we go.
# ---------------------------------------------------------------------------


class Builder:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def add(self, s, span=False):
        if not s:
            return
        if span:
            self.spans.append([self.n, self.n + len(s)])
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


def merge_spans(spans):
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建志红俊文斌宇浩凯健晨欣瑶婷雪琳晓丹玲慧佳思梦子涵博睿泽航嘉怡诗雨轩宏立新国庆海波春梅")
CITIES = ["绍兴", "宜昌", "株洲", "柳州", "赣州", "泉州", "烟台", "洛阳", "绵阳", "遵义", "曲靖", "天水", "包头", "鞍山", "湖州", "芜湖", "九江", "常德", "南充", "榆林", "德州", "邢台", "商丘", "桂林", "丽水", "台州", "淮安", "盐城", "襄阳", "岳阳"]
DISTRICTS = ["城东区", "高新区", "经开区", "滨江区", "北湖区", "新城区", "东湖区", "南山区", "西岗区", "临港新区"]
STREETS = ["东湖", "南关", "北塔", "西园", "城南", "河滨", "新华", "龙泉", "枫林", "青山", "桃源", "金山", "长乐", "永安", "花园"]
ORG_PRE = ["华信", "鼎盛", "恒远", "博瑞", "新锐", "中联", "天成", "汇智", "启明", "安泰", "宏达", "金桥", "润丰", "正和", "远景"]
ORG_SUF = ["科技有限公司", "建设工程有限公司", "信息技术有限公司", "医疗器械有限公司", "物业服务有限公司", "环保科技股份有限公司", "工程咨询有限公司", "印务有限公司"]
HOSP_SUF = ["市第一人民医院", "市中心医院", "市中医院", "市妇幼保健院", "市第二人民医院"]
DEPTS = ["心内科", "呼吸内科", "消化内科", "神经内科", "普外科", "骨科", "内分泌科", "肾内科", "泌尿外科", "老年医学科"]
DIAGS = ["社区获得性肺炎", "2型糖尿病", "高血压病3级（很高危）", "急性胆囊炎", "腰椎间盘突出症", "冠状动脉粥样硬化性心脏病", "慢性阻塞性肺疾病急性加重", "右桡骨远端骨折", "急性胃肠炎", "脑梗死恢复期"]
DRUGS = [("阿莫西林胶囊", "0.5g", "口服，每日3次"), ("二甲双胍缓释片", "0.5g", "口服，每日2次"), ("苯磺酸氨氯地平片", "5mg", "口服，每日1次"), ("阿托伐他汀钙片", "20mg", "口服，每晚1次"), ("奥美拉唑肠溶胶囊", "20mg", "口服，每日2次"), ("头孢呋辛酯片", "0.25g", "口服，每日2次"), ("硝苯地平控释片", "30mg", "口服，每日1次"), ("氯吡格雷片", "75mg", "口服，每日1次")]
SCHOOLS = ["西南交通", "华中农业", "东北师范", "南京信息工程", "河海", "江南", "西北工业", "湘潭", "燕山", "长安"]
MAJORS = ["计算机科学与技术", "会计学", "临床医学", "土木工程", "汉语言文学", "市场营销", "电气工程及其自动化", "护理学", "法学", "环境工程"]
TITLES = ["项目经理", "行政专员", "软件工程师", "财务主管", "人力资源助理", "护士", "销售代表", "数据分析师", "教务干事", "质量工程师"]
PROJS = ["办公设备采购项目", "校园安防监控系统升级项目", "道路照明节能改造工程", "社区养老服务中心运营服务项目", "医用耗材集中采购项目", "政务云服务租赁项目", "老旧小区改造监理服务项目", "农村饮水安全巩固提升工程", "图书馆数字资源采购项目", "环卫作业市场化服务项目"]
ROOMS = ["三楼第一会议室", "行政楼201会议室", "综合楼小会议室", "党群服务中心会议室", "五楼视频会议室"]
WX = ["文旅微观察", "健康生活圈", "城市晨报", "乡村振兴在线", "职场新视界", "美食侦探社", "亲子成长营", "政务速递"]
TOPICS = ["老旧小区改造", "垃圾分类", "社区养老", "文明创建", "安全生产", "乡村振兴", "营商环境", "河长制", "疫苗接种", "就业帮扶"]
COMPOUNDS = ["2-氨基-4-甲基吡啶", "苯甲酸乙酯", "N,N-二甲基甲酰胺", "4-氯苯甲醛", "乙酸乙酯", "对甲苯磺酸"]
RARE_NAME_CHARS = ["㛃", "𠮷", "𫓧", "𬭚", "𫖯", "㐱", "鿍", "𬌗"]
RARE_PLACES = ["㮾下村", "䢺溪镇", "㙟头村", "𠙶水村"]

# simplified -> (traditional, pinyin with tone mark)
TRAD = {
    "发": ("發", "fā"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"), "动": ("動", "dòng"),
    "远": ("遠", "yuǎn"), "设": ("設", "shè"), "项": ("項", "xiàng"), "务": ("務", "wù"), "实": ("實", "shí"),
    "现": ("現", "xiàn"), "为": ("為", "wéi"), "经": ("經", "jīng"), "济": ("濟", "jì"), "开": ("開", "kāi"),
    "关": ("關", "guān"), "时": ("時", "shí"), "会": ("會", "huì"), "业": ("業", "yè"), "产": ("產", "chǎn"),
    "问": ("問", "wèn"), "题": ("題", "tí"), "这": ("這", "zhè"), "过": ("過", "guò"), "进": ("進", "jìn"),
    "学": ("學", "xué"), "国": ("國", "guó"), "长": ("長", "zhǎng"), "门": ("門", "mén"), "级": ("級", "jí"),
    "农": ("農", "nóng"), "户": ("戶", "hù"), "线": ("線", "xiàn"), "条": ("條", "tiáo"), "众": ("眾", "zhòng"),
    "报": ("報", "bào"), "检": ("檢", "jiǎn"), "员": ("員", "yuán"), "单": ("單", "dān"), "资": ("資", "zī"),
    "医": ("醫", "yī"), "疗": ("療", "liáo"), "药": ("藥", "yào"), "话": ("話", "huà"), "电": ("電", "diàn"),
    "质": ("質", "zhì"), "书": ("書", "shū"), "记": ("記", "jì"), "议": ("議", "yì"), "标": ("標", "biāo"),
    "购": ("購", "gòu"), "价": ("價", "jià"), "额": ("額", "é"), "术": ("術", "shù"), "计": ("計", "jì"),
    "划": ("劃", "huà"), "体": ("體", "tǐ"), "统": ("統", "tǒng"), "组": ("組", "zǔ"), "办": ("辦", "bàn"),
    "总": ("總", "zǒng"), "结": ("結", "jié"), "岁": ("歲", "suì"), "号": ("號", "hào"), "应": ("應", "yīng"),
    "专": ("專", "zhuān"), "权": ("權", "quán"), "与": ("與", "yǔ"), "万": ("萬", "wàn"), "对": ("對", "duì"),
    "将": ("將", "jiāng"), "强": ("強", "qiáng"), "围": ("圍", "wéi"), "责": ("責", "zé"), "审": ("審", "shěn"),
    "采": ("採", "cǎi"), "处": ("處", "chù"), "镇": ("鎮", "zhèn"), "乡": ("鄉", "xiāng"), "卫": ("衛", "wèi"),
    "护": ("護", "hù"), "诊": ("診", "zhěn"), "断": ("斷", "duàn"), "职": ("職", "zhí"), "历": ("歷", "lì"),
    "营": ("營", "yíng"), "运": ("運", "yùn"), "维": ("維", "wéi"), "请": ("請", "qǐng"), "间": ("間", "jiān"),
    "规": ("規", "guī"), "认": ("認", "rèn"), "证": ("證", "zhèng"), "据": ("據", "jù"), "数": ("數", "shù"),
    "续": ("續", "xù"), "环": ("環", "huán"), "饮": ("飲", "yǐn"), "监": ("監", "jiān"), "理": ("理", None),
    "务": ("務", "wù"), "础": ("礎", "chǔ"), "设": ("設", "shè"), "务": ("務", "wù"), "优": ("優", "yōu"),
    "态": ("態", "tài"), "严": ("嚴", "yán"), "险": ("險", "xiǎn"), "积": ("積", "jī"), "极": ("極", "jí"),
}

BIG5_QUOTES = ["本會議紀錄經與會人員確認後發布", "敬請貴公司於期限內提交報價單", "本案採購標的為醫療儀器設備", "臺灣地區合作廠商聯絡資訊如下",
               "請於收到本函後三個工作天內回覆", "驗收合格後依契約規定辦理付款", "專案負責人將另行通知會議時間", "本公司對此次合作深表感謝"]


def pname(r):
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))


def rdate(r, y0=2022, y1=2024):
    return "%d年%d月%d日" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def idno(r):
    d = "%06d%04d%02d%02d%03d" % (r.choice([330602, 420502, 430203, 450203, 360702, 350502, 370602, 410302]),
                                   r.randint(1955, 2003), r.randint(1, 12), r.randint(1, 28), r.randint(1, 999))
    return d + r.choice("0123456789X")


def phone(r):
    return r.choice(["138", "139", "137", "150", "151", "186", "187", "177", "199"]) + "%08d" % r.randint(0, 99999999)


def pcode(r, year):
    return "%s-%d-%04d" % (r.choice(["SXCG", "ZJCG", "HBZC", "GXZC", "JSCG", "CQCG", "SDGP", "FJZC"]), year, r.randint(1, 999))


# ---------------------------------------------------------------------------
# Slots: real values and placeholder renderings
# ---------------------------------------------------------------------------
NUMERIC = {"patno", "num", "money", "pct", "dec", "age", "bed", "inno", "year", "phone", "idno", "code", "time"}
DATES = {"date", "md", "ym"}
ENTITY = {"city", "district", "street", "org", "hosp", "school"}
NAMES = {"name"}
TEXTY = {"diag", "dept", "major", "title", "proj", "room", "drug", "wx", "topic"}

KEYS = {"patno": ["application_no", "patent_no"], "sex": ["gender", "sex"], "name": ["name", "person", "full_name"], "date": ["date", "sign_date", "issue_date"],
        "md": ["date", "meeting_date"], "ym": ["birth", "birth_month"], "num": ["count", "num", "qty"],
        "money": ["amount", "budget", "price"], "pct": ["rate", "ratio"], "dec": ["value"], "age": ["age"],
        "bed": ["bed_no"], "inno": ["admission_no"], "year": ["year"], "phone": ["phone", "mobile", "tel"],
        "idno": ["id_card", "id_no"], "code": ["project_code", "code"], "time": ["time"], "city": ["city"],
        "district": ["district"], "street": ["street"], "org": ["company", "org_name", "supplier"],
        "hosp": ["hospital"], "school": ["school"], "diag": ["diagnosis"], "dept": ["dept"], "major": ["major"],
        "title": ["position", "job_title"], "proj": ["project_name"], "room": ["venue", "room"],
        "drug": ["drug_name"], "wx": ["account"], "topic": ["topic"]}
LABELS = {"patno": ["申请号", "专利号"], "sex": ["性别"], "name": ["姓名", "人员姓名"], "date": ["日期", "签署日期"], "md": ["日期"], "ym": ["出生年月"],
          "num": ["数量", "人数"], "money": ["金额", "预算金额"], "pct": ["比例"], "dec": ["数值"], "age": ["年龄"],
          "bed": ["床号"], "inno": ["住院号"], "year": ["年份"], "phone": ["联系电话", "手机号"], "idno": ["身份证号"],
          "code": ["项目编号"], "time": ["时间"], "city": ["城市"], "district": ["区名"], "street": ["街道名称"],
          "org": ["单位名称", "公司名称"], "hosp": ["医院名称"], "school": ["学校名称"], "diag": ["诊断"],
          "dept": ["科室"], "major": ["专业"], "title": ["职位"], "proj": ["项目名称"], "room": ["会议地点"],
          "drug": ["药品名称"], "wx": ["公众号名称"], "topic": ["主题"]}


def real_value(stype, arg, r, ctx):
    """returns (head, tail): head is the part a mask may replace, tail a fixed suffix."""
    if stype == "name":
        return pname(r), ""
    if stype == "sex":
        return r.choice(["男", "女"]), ""
    if stype == "age":
        a, b = (arg or "19-88").split("-")
        return str(r.randint(int(a), int(b))), ""
    if stype == "bed":
        return str(r.randint(1, 60)), ""
    if stype == "inno":
        return "%d" % r.randint(100000, 999999), ""
    if stype == "num":
        a, b = (arg or "2-300").split("-")
        return str(r.randint(int(a), int(b))), ""
    if stype == "money":
        return "%.2f" % (r.randint(500, 99999) / 100), ""
    if stype == "pct":
        return "%.1f" % (r.randint(50, 999) / 10), ""
    if stype == "dec":
        return "%.1f" % (r.randint(355, 392) / 10), ""
    if stype == "year":
        return str(ctx["year"]), ""
    if stype == "phone":
        return phone(r), ""
    if stype == "patno":
        return "%d%s%07d.%d" % (ctx["year"], arg or "1", r.randint(0, 9999999), r.randint(0, 9)), ""
    if stype == "idno":
        return idno(r), ""
    if stype == "code":
        return pcode(r, ctx["year"]), ""
    if stype == "time":
        return "%d:%s" % (r.randint(8, 17), r.choice(["00", "30", "15"])), ""
    if stype == "date":
        return "%d年%d月%d日" % (ctx["year"], r.randint(1, 12), r.randint(1, 28)), ""
    if stype == "md":
        return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28)), ""
    if stype == "ym":
        return "%d年%d月" % (r.randint(1975, 2001), r.randint(1, 12)), ""
    if stype == "city":
        return r.choice(CITIES), ""
    if stype == "district":
        d = r.choice(DISTRICTS)
        return d[:-1], d[-1]
    if stype == "street":
        return r.choice(STREETS), ""
    if stype == "org":
        return r.choice(ORG_PRE), r.choice(ORG_SUF)
    if stype == "hosp":
        return r.choice(CITIES), r.choice(HOSP_SUF)
    if stype == "school":
        return r.choice(SCHOOLS), "大学"
    if stype == "diag":
        return r.choice(DIAGS), ""
    if stype == "dept":
        return r.choice(DEPTS), ""
    if stype == "major":
        return r.choice(MAJORS), ""
    if stype == "title":
        return r.choice(TITLES), ""
    if stype == "proj":
        return r.choice(PROJS), ""
    if stype == "room":
        return r.choice(ROOMS), ""
    if stype == "drug":
        d = r.choice(DRUGS)
        return d[0], " %s %s" % (d[1], d[2])
    if stype == "wx":
        return r.choice(WX), ""
    if stype == "topic":
        return r.choice(TOPICS), ""
    if stype == "compound":
        return r.choice(COMPOUNDS), ""
    if stype == "rarename":
        return r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(RARE_NAME_CHARS), ""
    if stype == "rareplace":
        return r.choice(RARE_PLACES), ""
    raise KeyError(stype)


WHOLE_KINDS = {"pending", "underscore", "square", "curly", "dollar"}


def kind_applies(kind, stype):
    if kind in ("x", "X", "fwx", "times", "circle"):
        return stype in NUMERIC | DATES | NAMES | ENTITY
    if kind == "mou":
        return stype in NAMES | ENTITY
    if kind in ("pending", "underscore", "square", "curly", "dollar"):
        return stype in NUMERIC | DATES | NAMES | ENTITY | TEXTY | {"sex"}
    return False


def mask_value(kind, stype, real, r, conv):
    """returns the placeholder text (the span). conv holds per-document conventions."""
    if kind in ("x", "X", "fwx", "times", "circle"):
        c = conv["char"]
        if stype in ("num", "age", "bed"):
            return c * max(1, min(4, len(real) if r.random() < 0.5 else r.randint(2, 3)))
        if stype == "inno":
            return c * 6
        if stype == "money":
            return c * r.randint(2, 4) + "." + c * 2 if r.random() < 0.7 else c * r.randint(2, 4)
        if stype == "pct":
            return c * 2 + "." + c if r.random() < 0.5 else c * r.randint(2, 3)
        if stype == "dec":
            return c * 2 + "." + c
        if stype == "year":
            return "20" + c * 2
        if stype == "phone":
            return "1" + c * 10 if r.random() < 0.5 else c * 11
        if stype == "idno":
            return c * 18
        if stype == "patno":
            return "20" + c * 2 + real[4] + c * 7 + "." + c
        if stype == "code":
            return c * 4 + "-" + real.split("-")[1] + "-" + c * r.randint(2, 4)
        if stype == "time":
            return c * 2 + ":" + c * 2
        if stype == "date":
            f = conv.setdefault("datefmt", r.randint(0, 2))
            y = real.split("年")[0]
            if f == 0:
                return "20%s年%s月%s日" % (c * 2, c, c * 2)
            if f == 1:
                return "%s年%s月%s日" % (c * 4, c * 2, c * 2)
            return "%s年%s月%s日" % (y, c, c * 2)
        if stype == "md":
            return "%s月%s日" % (c * r.randint(1, 2), c * 2)
        if stype == "ym":
            return "19%s年%s月" % (c * 2, c * 2)
        if stype == "name":
            return c * r.choice([2, 3, 3])
        return c * r.choice([2, 2, 3])  # entity prefix
    if kind == "mou":
        if stype == "name":
            if conv.get("moustyle", 0) == 0:
                return real[0] + "某" + ("某" if r.random() < 0.25 else "")
            return "某某"
        return r.choice(["某某", "某"]) if stype in ("org", "hosp", "school") else r.choice(["某", "某某"])
    if kind == "pending":
        return conv["pend"]
    if kind == "underscore":
        return conv["us"] * r.randint(4, 8)
    if kind == "square":
        lab = r.choice(LABELS.get(stype, ["内容"]))
        return conv["sq"][0] + lab + conv["sq"][1]
    if kind in ("curly", "dollar"):
        # one variable name per distinct field: name, name_2, name_3 ...
        used = conv.setdefault("keys", {})
        base = used.setdefault(stype, [r.choice(KEYS.get(stype, ["field"])), 0])
        base[1] += 1
        k = base[0] if base[1] == 1 else "%s_%d" % (base[0], base[1])
        if kind == "dollar":
            return "$" + k.upper() + "$"
        return "{{ %s }}" % k if conv["sp"] else "{{%s}}" % k
    raise KeyError(kind)


def new_conv(kind, r):
    conv = {}
    if kind == "x":
        conv["char"] = "x"
    elif kind == "X":
        conv["char"] = "X"
    elif kind == "fwx":
        conv["char"] = "Ｘ"
    elif kind == "times":
        conv["char"] = "×"
    elif kind == "circle":
        conv["char"] = r.choice(["〇", "○"])
    conv["pend"] = r.choice(["【待填】", "（填写）", "【请填写】", "（待补充）", "【待定】", "（待填）"])
    conv["us"] = r.choice(["_", "_", "＿"])
    conv["sq"] = r.choice(["[]", "[]", "【】"])
    conv["sp"] = r.random() < 0.3
    conv["moustyle"] = 0 if r.random() < 0.75 else 1
    return conv


# ---------------------------------------------------------------------------
# Template engine: [[a|b|c]] alternatives, {type}, {type:arg}, {type#id}
# ---------------------------------------------------------------------------
ALT_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT_RE = re.compile(r"\{(\w+)(?::([\w\-]+))?(?:#(\w+))?\}")


def expand_alts(t, r):
    while True:
        m = ALT_RE.search(t)
        if not m:
            return t
        t = t[:m.start()] + r.choice(m.group(1).split("|")) + t[m.end():]


def parse(t):
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(t):
        if m.start() > pos:
            pieces.append(("t", t[pos:m.start()]))
        pieces.append(("s", m.group(1), m.group(2), m.group(3) or ("_%d" % len(pieces))))
        pos = m.end()
    if pos < len(t):
        pieces.append(("t", t[pos:]))
    return pieces


def render(template, r, kind=None, want=None):
    """render a template; kind=None fills everything; otherwise masks slots compatible with kind.
    returns (text, spans)."""
    t = expand_alts(template, r)
    pieces = parse(t)
    ctx = {"year": r.choice([2022, 2023, 2024, 2024, 2025])}
    values = {}
    for p in pieces:
        if p[0] == "s" and p[3] not in values:
            values[p[3]] = (p[1], real_value(p[1], p[2], r, ctx))
    masked = set()
    conv = None
    if kind:
        conv = new_conv(kind, r)
        cand = sorted(k for k, (st, _) in values.items() if kind_applies(kind, st))
        if not cand:
            return None
        if r.random() < 0.3:
            masked = set(cand)
        else:
            masked = set(r.sample(cand, min(len(cand), r.randint(1, 4))))
    b = Builder()
    cache = {}
    for p in pieces:
        if p[0] == "t":
            b.add(p[1])
            continue
        key = p[3]
        st, (head, tail) = values[key]
        if key in masked:
            if key not in cache:
                cache[key] = mask_value(kind, st, head, r, conv)
            b.add(cache[key], span=True)
            if kind not in WHOLE_KINDS:
                b.add(tail)
        else:
            b.add(head)
            b.add(tail)
    return b.text(), b.spans


# ---------------------------------------------------------------------------
# Document templates (shared by ph positives and mj positives)
# ---------------------------------------------------------------------------
DOCS = {
    "discharge": [
        "{hosp}出院小结\n科室：{dept}　床号：{bed}　住院号：{inno}\n患者{name#p}，{sex}，{age}岁，因“[[咳嗽、发热|反复胸闷|上腹痛|头晕伴乏力]]{num:2-14}天”于{date#in}入院。\n入院诊断：{diag#d}\n诊疗经过：入院后完善相关检查，给予[[抗感染、化痰|降压、调脂|解痉、补液|营养神经、改善循环]]等对症支持治疗，患者症状逐渐缓解。\n出院诊断：{diag#d}\n出院医嘱：1.注意休息，低盐低脂饮食；2.{num:1-4}周后门诊复查；3.不适随诊。\n主治医师：{name}　　出院日期：{date}",
        "出 院 记 录\n姓名：{name#p}　性别：{sex}　年龄：{age}岁　床号：{bed}\n入院时间：{date}　出院时间：{date}　住院天数：{num:3-21}天\n入院情况：患者{name#p}因“{diag}”收入我科，查体：体温{dec}℃，血压{num:100-160}/{num:60-95}mmHg。\n出院情况：[[一般情况可|精神、食欲好转|伤口愈合良好]]，无发热，饮食睡眠正常。\n出院带药：{drug}\n联系电话：{phone}　　经治医师：{name}",
    ],
    "prescription": [
        "{hosp}门诊处方笺\n费别：[[自费|医保|新农合]]　　科别：{dept}　　门诊号：{inno}\n姓名：{name}　性别：{sex}　年龄：{age}岁　日期：{date}\n临床诊断：{diag}\nRp.\n  {drug}　×{num:1-4}盒\n  {drug}　×{num:1-3}盒\n医师：{name}　　审核：{name}　　金额：{money}元",
        "处方\n患者：{name}（{sex}，{age}岁）　病历号：{inno}\n诊断：{diag}\n1. {drug}\n2. {drug}\n开具日期：{date}　　医师签名：{name}\n注：处方当日有效，取药请至{num:1-3}号窗口。",
    ],
    "resume": [
        "个人简历\n姓名：{name}　　性别：{sex}　　出生年月：{ym}\n联系电话：{phone}　　籍贯：{city}\n求职意向：{title}\n教育背景：{year}年毕业于{school}，{major}专业，本科。\n工作经历：\n  {year}年—至今　{org}　{title}\n  负责[[日常运营数据整理|客户关系维护|项目进度跟踪|部门预算编制]]，年度考核连续{num:2-5}年为优秀。\n自我评价：[[踏实肯干，沟通能力强|学习能力强，能承受工作压力|责任心强，具有团队精神]]。",
        "求职简历\n基本信息\n姓名：{name}　年龄：{age:22-45}岁　现居：{city}{district}\n手机：{phone}\n毕业院校：{school}（{major}）\n工作年限：{num:1-15}年　期望薪资：{num:5-30}K\n主要经历：曾在{org}担任{title}，主导完成{num:2-20}个项目。\n证书：[[初级会计职称|教师资格证|二级建造师|护士执业证书]]（{year}年取得）",
    ],
    "jobform": [
        "{org}应聘人员登记表\n应聘岗位：{title}　　填表日期：{date}\n姓名：{name}　性别：{sex}　出生年月：{ym}\n身份证号：{idno}\n联系电话：{phone}\n最高学历：本科　毕业院校：{school}\n紧急联系人：{name}　电话：{phone}\n本人承诺以上信息真实有效。签名：{name}",
        "事业单位公开招聘报名表\n报考单位：{city}市{district}[[社区卫生服务中心|融媒体中心|农业技术推广站]]\n报考岗位代码：{num:1001-1099}\n姓名：{name}　民族：汉族　政治面貌：[[群众|共青团员|中共党员]]\n出生日期：{ym}　身份证号码：{idno}\n通讯地址：{city}市{street}街道{num:1-99}号\n报名日期：{date}",
    ],
    "procurement": [
        "{proj}公开招标公告\n采购项目编号：{code}\n采购人：{city}市{district}[[教育局|卫生健康局|城市管理局|自然资源局]]\n预算金额：{money}万元　最高限价：{money}万元\n获取招标文件时间：{date}至{date}\n投标截止时间：{date}{time}\n联系人：{name}　联系电话：{phone}",
        "{city}市政府采购竞争性磋商公告\n一、项目基本情况\n项目编号：{code}\n项目名称：{proj}\n采购预算：{money}万元\n二、申请人的资格要求：具有独立承担民事责任的能力，近{num:2-3}年内无重大违法记录。\n三、响应文件提交截止时间：{date}{time}\n四、采购代理机构：{org}　联系人：{name}",
    ],
    "award": [
        "{proj}中标结果公告\n项目编号：{code}\n中标供应商：{org}\n中标金额：{money}万元\n评审专家：{name}、{name}、{name}\n公告期限：自本公告发布之日起{num:1-7}个工作日。\n采购人：{city}市{district}[[机关事务服务中心|人民医院|第三中学]]　联系人：{name}",
        "成交结果公示\n采购项目名称：{proj}\n项目编号：{code}\n成交供应商名称：{org}　地址：{city}市{street}街道{num:1-300}号\n成交金额：{money}万元（大写另见合同）\n公示日期：{date}",
    ],
    "minutes": [
        "{topic}工作推进会会议纪要\n时间：{date}{time}\n地点：{room}\n主持人：{name}\n参会人员：{name}、{name}、{name}、{name}\n会议议定事项：\n一、由{name}牵头，于{md}前完成[[摸底排查|方案修订|资金测算]]工作；\n二、各科室于每月{num:1-28}日前报送进展情况。\n记录人：{name}",
        "{city}市{district}党工委会议纪要\n第{num:3-40}次会议\n{year}年{md}，{name}同志主持召开会议，专题研究{topic}有关事项。\n会议听取了{name}关于{topic}情况的汇报，原则同意所提方案，安排资金{money}万元。\n出席：{name}、{name}、{name}\n列席：{name}（{street}街道）\n缺席：{name}（请假）",
    ],
    "patent": [
        "发明专利申请公布说明书\n申请号：{patno:1}\n申请人：{org}\n发明人：{name}；{name}；{name}\n发明名称：一种{compound}的[[制备方法|纯化工艺|连续化生产装置]]\n摘要：本发明提供一种[[收率高|能耗低|操作简便]]的工艺，反应温度控制在{num:40-120}℃，收率可达{pct}%。\n代理机构：{city}[[知识产权代理事务所|专利代理有限公司]]　代理人：{name}",
        "实用新型专利证书\n专利号：ZL {patno:2}\n专利权人：{org}\n发明人：{name}\n授权公告日：{date}\n本实用新型涉及[[一种便携式检测支架|一种农用喷洒装置|一种智能垃圾分拣箱]]，结构简单，成本较低。",
    ],
    "wechat": [
        "{wx}\n{md}　{city}\n【{topic}】这些变化，你注意到了吗？\n截至目前，全市已完成{num:20-900}个项目，惠及群众{num:1-30}万人。\n家住{street}街道的{name}说：“[[现在出门方便多了|小区环境比以前好太多了|办事再也不用来回跑了]]。”\n下一步，{city}市将继续推进相关工作，预计{year}年底前完成全部任务。\n来源：{city}日报　编辑：{name}\n阅读原文",
        "{wx}｜{topic}最新消息\n原创 {name} {wx} {date}\n{city}市{district}发布通知，自{md}起，[[开展专项整治行动|启用新的办事窗口|调整公交线路]]。\n据统计，今年以来累计受理群众诉求{num:100-5000}件，办结率{pct}%。\n咨询电话：{phone}\n点赞 在看 分享",
    ],
    "report": [
        "{city}市{district}{year}年{topic}工作总结\n一、主要工作成效\n（一）全区共排查隐患{num:20-900}处，整改完成率{pct}%。\n（二）投入资金{money}万元，新建服务站点{num:2-40}个，惠及{num:100-9000}户。\n（三）{md}，组织开展集中宣传活动{num:2-30}场次，参与群众{num:200-9000}人次。\n二、存在问题\n部分[[社区|村（居）|单位]]思想认识不到位，工作推进不平衡。\n三、下步打算\n{year}年，我区将继续围绕{topic}目标，力争完成率达到{pct}%。",
        "{street}街道{year}年上半年工作情况汇报\n今年以来，街道在区委、区政府的正确领导下，扎实推进{topic}各项工作。\n一是经济运行稳中有进。截至{md}，完成规模以上工业总产值{money}亿元，同比增长{pct}%。\n二是民生保障持续改善。新增就业{num:100-2000}人，发放各类补助{money}万元。\n三是基层治理不断夯实。调处矛盾纠纷{num:20-400}起，调解成功率{pct}%。\n{street}街道办事处\n{date}",
    ],
    "notice": [
        "关于开展{year}年度{topic}专项检查的通知\n各{street}街道、区直各单位：\n为进一步做好{topic}工作，经研究，决定于{md}至{md}开展专项检查。\n一、检查范围：全区{num:10-90}个[[社区|行政村|重点企业]]。\n二、工作要求：各单位于{date}前将自查报告报送区{topic}办公室。\n联系人：{name}，电话：{phone}。\n{city}市{district}人民政府办公室\n{date}",
        "通知\n定于{date}{time}在{room}召开{topic}工作调度会，请{org}、{street}街道分管负责同志参加。\n请各单位于{md}前将参会人员名单报{name}处，联系电话：{phone}。\n特此通知。\n{district}{topic}工作领导小组办公室",
    ],
    "contract": [
        "{proj}服务合同\n甲方：{city}市{district}[[机关事务中心|教育局|卫生健康局]]\n乙方：{org}\n合同金额：人民币{money}万元\n服务期限：自{date}起至{date}止，共{num:6-36}个月。\n乙方项目负责人：{name}，身份证号：{idno}\n甲方代表（签字）：{name}　　乙方代表（签字）：{name}\n签订日期：{date}",
        "房屋租赁合同\n出租方（甲方）：{name}　身份证号：{idno}\n承租方（乙方）：{name}　联系电话：{phone}\n租赁房屋位于{city}市{street}街道{num:1-200}号，面积{num:40-160}平方米。\n月租金{num:1200-8000}元，押金{num:1200-8000}元，租期{num:1-3}年。\n签约日期：{date}",
    ],
    "certificate": [
        "介绍信\n{org}：\n兹介绍我单位{name}同志（身份证号：{idno}）等{num:1-5}人，前往贵处联系[[业务对接|资料调取|项目验收]]事宜，请予接洽。\n此致\n敬礼\n{city}市{district}[[人力资源和社会保障局|市场监督管理局|住房和城乡建设局]]\n{date}（有效期{num:3-15}天）",
        "在职证明\n兹证明{name}，性别{sex}，身份证号{idno}，自{year}年{md}起在我单位{title}岗位工作至今，月收入{num:4000-20000}元。\n特此证明。\n单位名称（盖章）：{org}\n经办人：{name}　电话：{phone}\n开具日期：{date}",
    ],
}

# ph positive styles: doctype -> placeholder kinds
PH_POS = {
    "discharge": ["x", "times", "mou", "underscore", "pending", "curly"],
    "prescription": ["x", "X", "mou", "square", "dollar"],
    "resume": ["underscore", "x", "pending", "square", "circle"],
    "jobform": ["underscore", "pending", "X", "fwx"],
    "procurement": ["X", "x", "pending", "times"],
    "award": ["X", "x", "mou", "curly"],
    "minutes": ["times", "x", "mou", "pending", "circle"],
    "patent": ["X", "square", "times", "underscore"],
    "wechat": ["x", "mou", "times", "curly"],
    "report": ["x", "X", "mou", "fwx", "circle"],
    "notice": ["x", "X", "times", "underscore"],
    "contract": ["underscore", "pending", "square", "X"],
    "certificate": ["underscore", "x", "times", "circle"],
}
KIND_NAME = {"x": "x_run", "X": "upper_x_run", "fwx": "fullwidth_x", "times": "times_sign", "circle": "circle_run",
             "mou": "mou_pseudonym", "pending": "pending_brackets", "underscore": "underscore_blank",
             "square": "square_label", "curly": "curly_var", "dollar": "dollar_var"}
DOC_NAME = {"discharge": "discharge_summary", "prescription": "prescription", "resume": "resume", "jobform": "job_form",
            "procurement": "procurement_notice", "award": "award_notice", "minutes": "meeting_minutes",
            "patent": "patent", "wechat": "wechat_article", "report": "work_report", "notice": "gov_notice",
            "contract": "contract", "certificate": "certificate"}


def gen_ph_pos(doc, kind):
    def g(r):
        for _ in range(50):
            res = render(r.choice(DOCS[doc]), r, kind=kind)
            if res and res[1]:
                return res[0], res[1], "%s placeholders in %s" % (KIND_NAME[kind], DOC_NAME[doc])
        raise RuntimeError("no slot for %s/%s" % (doc, kind))
    return g


def gen_ph_mixed(doc, kinds):
    """two conventions in one document: e.g. x for numbers and 某 for names."""
    def g(r):
        t = expand_alts(r.choice(DOCS[doc]), r)
        pieces = parse(t)
        ctx = {"year": r.choice([2022, 2023, 2024])}
        values = {}
        for p in pieces:
            if p[0] == "s" and p[3] not in values:
                values[p[3]] = (p[1], real_value(p[1], p[2], r, ctx))
        convs = {k: new_conv(k, r) for k in kinds}
        assign = {}
        for key, (st, _) in values.items():
            ks = [k for k in kinds if kind_applies(k, st)]
            if ks and r.random() < 0.6:
                assign[key] = ks[0]
        if not assign:
            key = next(k for k, (st, _) in values.items() if any(kind_applies(kk, st) for kk in kinds))
            assign[key] = next(kk for kk in kinds if kind_applies(kk, values[key][0]))
        b = Builder()
        cache = {}
        for p in pieces:
            if p[0] == "t":
                b.add(p[1])
                continue
            st, (head, tail) = values[p[3]]
            if p[3] in assign:
                k = assign[p[3]]
                if p[3] not in cache:
                    cache[p[3]] = mask_value(k, st, head, r, convs[k])
                b.add(cache[p[3]], span=True)
                if k not in WHOLE_KINDS:
                    b.add(tail)
            else:
                b.add(head)
                b.add(tail)
        return b.text(), b.spans, "mixed conventions %s in %s" % ("+".join(kinds), DOC_NAME[doc])
    return g


# ---------------------------------------------------------------------------
# Mojibake: damage operations on a list of (text, is_span) pieces
# ---------------------------------------------------------------------------
CJK_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff，、]*[\u4e00-\u9fff]")


def codec(enc, dec):
    def f(s):
        return s.encode(enc).decode(dec, errors="replace")
    f.__name__ = "%s_as_%s" % (enc, dec)
    return f


def kunjinkao(s):
    # GBK bytes read as UTF-8 (-> U+FFFD), saved as UTF-8, read back as GBK
    return s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")


def fffd_run(s):
    return s.encode("gbk").decode("utf-8", errors="replace")


def gbk_shift(s):
    return s.encode("gbk")[1:].decode("gbk", errors="replace")


def rtf_escape(s):
    return "".join("\\'%02x" % b for b in s.encode("gbk"))


def percent_raw(s):
    return urllib.parse.quote(s)


def json_u_raw(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def html_ncr(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_ncr_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def qmark_ascii(s):
    return s.encode("ascii", errors="replace").decode("ascii")


def region_op(fn, nmin=1, nmax=3, lmin=2, lmax=14):
    """damage 1-3 CJK stretches of the clean text with fn; whole stretch becomes a span."""
    def op(pieces, r):
        cands = []
        for i, (t, sp) in enumerate(pieces):
            if sp:
                continue
            for m in CJK_RUN.finditer(t):
                if m.end() - m.start() >= lmin:
                    cands.append((i, m.start(), m.end()))
        if not cands:
            return None
        n = min(len(cands), r.randint(nmin, nmax))
        chosen = r.sample(cands, n)
        wins = {}
        for i, a, b in chosen:
            L = r.randint(lmin, min(lmax, b - a))
            s = r.randint(a, b - L)
            wins.setdefault(i, []).append((s, s + L))
        out = []
        for i, (t, sp) in enumerate(pieces):
            if i not in wins:
                out.append((t, sp))
                continue
            pos = 0
            for a, b in sorted(wins[i]):
                out.append((t[pos:a], False))
                d = fn(t[a:b])
                if d == t[a:b]:
                    return None
                out.append((d, True))
                pos = b
            out.append((t[pos:], False))
        return out
    return op


def charwise_op(pred, fn):
    """damage every character for which pred holds; each damaged run is a span."""
    def op(pieces, r):
        out = []
        hit = False
        for t, sp in pieces:
            if sp:
                out.append((t, sp))
                continue
            buf = ""
            for c in t:
                if pred(c):
                    if buf:
                        out.append((buf, False))
                        buf = ""
                    d = fn(c)
                    if d != c:
                        out.append((d, True))
                        hit = True
                    else:
                        buf += c
                else:
                    buf += c
            out.append((buf, False))
        return out if hit else None
    return op


def not_gbk(c):
    try:
        c.encode("gbk")
        return False
    except UnicodeEncodeError:
        return True


def not_gb2312(c):
    try:
        c.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


def gb18030_as_gbk(s):
    return s.encode("gb18030").decode("gbk", errors="replace")


def qmark_gb2312(s):
    return s.encode("gb2312", errors="replace").decode("gb2312")


def to_trad(t, annotate, r):
    """scraper artefact: traditional character followed by ASCII-parenthesised pinyin."""
    out = []
    buf = ""
    for c in t:
        if c in TRAD:
            tc, py = TRAD[c]
            if py and annotate and r.random() < 0.9:
                if buf:
                    out.append((buf, False))
                    buf = ""
                out.append(("%s(%s)" % (tc, py), True))
            else:
                buf += tc
        else:
            buf += c
    out.append((buf, False))
    return out


def pinyin_op(pieces, r):
    out = []
    for t, sp in pieces:
        if sp:
            out.append((t, sp))
        else:
            out.extend(to_trad(t, True, r))
    return out if any(sp for _, sp in out) else None


def trad_qmark_op(pieces, r):
    """scraper converted to traditional and saved as GB2312: what GB2312 lacks became '?'."""
    out = []
    for t, sp in pieces:
        if sp:
            out.append((t, sp))
            continue
        tt = "".join(p for p, _ in to_trad(t, False, r))
        buf = ""
        for c in tt:
            if not_gb2312(c) and r.random() < 0.5:
                if buf:
                    out.append((buf, False))
                    buf = ""
                out.append((qmark_gb2312(c), True))
            else:
                buf += c
        out.append((buf, False))
    return out if any(sp for _, sp in out) else None


def nbsp_op(pieces, r):
    out = []
    hit = False
    for t, sp in pieces:
        if sp:
            out.append((t, sp))
            continue
        buf = ""
        for c in t:
            if (c == "　" and r.random() < 0.8) or (c == "：" and r.random() < 0.25):
                ent = r.choice(["&nbsp;", "&nbsp;&nbsp;", "&nbsp;&nbsp;&nbsp;", "&amp;nbsp;"])
                if c == "：":
                    buf += c
                out.append((buf, False))
                buf = ""
                out.append((ent, True))
                hit = True
            else:
                buf += c
        out.append((buf, False))
    return out if hit else None


TAGS_END = ["<br/>", "<br>", "</p>", "<br />", "</span>", "</div>"]
TAGS_START = ["<p>", '<p style="text-indent:2em;">', '<span style="font-size:16px;">', "<div>", "<strong>"]


def tag_op(pieces, r):
    """HTML remnants at line starts/ends, and the broken '?/strong>' kind (as in scraped pages)."""
    out = []
    hit = False
    at_start = True
    last = max(i for i, (t, sp) in enumerate(pieces) if not sp) if pieces else -1
    for i, (t, sp) in enumerate(pieces):
        if sp:
            out.append((t, sp))
            at_start = False
            continue
        lines = t.split("\n")
        for j, ln in enumerate(lines):
            line_start = at_start if j == 0 else True
            line_end = j < len(lines) - 1 or i == last
            if line_start and ln and r.random() < 0.35:
                out.append((r.choice(TAGS_START), True))
                hit = True
            if r.random() < 0.2 and "。" in ln[1:]:
                k = ln.index("。", 1)
                out.append((ln[:k], False))
                out.append((r.choice(["?/strong>", "</strong>", "<br/>", "&nbsp;"]), True))
                out.append((ln[k:], False))
                hit = True
            else:
                out.append((ln, False))
            if line_end and (ln or j > 0) and r.random() < 0.35:
                out.append((r.choice(TAGS_END), True))
                hit = True
            if j < len(lines) - 1:
                out.append(("\n", False))
        at_start = t.endswith("\n") if t else at_start
    return out if hit else None


def big5_op(pieces, r):
    q = r.choice(BIG5_QUOTES)
    d = q.encode("big5").decode("gbk", errors="replace")
    lead = r.choice(["\n附：合作方来函摘录：", "\n（转引自台方来函：", "\n港方回复原文："])
    close = "）" if "（" in lead else ""
    return pieces + [(lead, False), (d, True), (close, False)]


def combine(*ops):
    def op(pieces, r):
        for o in ops:
            res = o(pieces, r)
            if res is None:
                return None
            pieces = res
        return pieces
    return op


def prep_rarename(t, r):
    return t.replace("{name}", "{rarename}", 1)


def prep_emoji(t, r):
    lines = t.split("\n")
    for _ in range(r.randint(1, 3)):
        i = r.randrange(1, len(lines))
        lines[i] = lines[i] + r.choice(["👍", "🔥", "✨", "😀", "🎉", "👉", "❤️"])
    if r.random() < 0.5:
        i = r.randrange(1, len(lines))
        lines[i] = "• " + lines[i]
    return "\n".join(lines)


def prep_place(t, r):
    return t + "\n附：{rareplace}、{rareplace}等地工作情况另行报送。"


def prep_micro(t, r):
    return t + "\n备注：[[维生素B12注射液 500µg 肌注，每周2次|甲钴胺片 500µg 口服，每日3次|叶酸片 400µg 口服，每日1次]]。"


def prep_attach(t, r):
    return t + "\n附件：[[1.{proj}采购需求|2.响应文件格式|投标报价明细表|{topic}工作台账]].[[docx|xlsx|pdf]]"


def gen_mj_pos(doc, op, note, prep=None):
    def g(r):
        for _ in range(60):
            t = r.choice(DOCS[doc])
            if prep:
                t = prep(t, r)
            text, _ = render(t, r)
            res = op([(text, False)], r)
            if not res:
                continue
            b = Builder()
            for piece, sp in res:
                b.add(piece, span=sp)
            spans = merge_spans(b.spans)
            if spans:
                return b.text(), spans, note
        raise RuntimeError("mj failed " + note)
    return g


MJ_POS = [
    # (style, doc, op, note, prep)
    ("utf8_as_gbk_wechat", "wechat", region_op(codec("utf-8", "gbk")), "UTF-8 bytes read as GBK", None),
    ("utf8_as_gbk_procurement", "procurement", region_op(codec("utf-8", "gbk")), "UTF-8 bytes read as GBK", None),
    ("utf8_as_gbk_work_report", "report", region_op(codec("utf-8", "gbk"), 2, 4), "UTF-8 bytes read as GBK", None),
    ("utf8_as_gbk_discharge", "discharge", region_op(codec("utf-8", "gbk")), "UTF-8 bytes read as GBK", None),
    ("utf8_as_gbk_minutes", "minutes", region_op(codec("utf-8", "gbk")), "UTF-8 bytes read as GBK", None),
    ("kunjinkao_wechat", "wechat", region_op(kunjinkao), "GBK->UTF-8 replacement chars re-read as GBK (锟斤拷)", None),
    ("kunjinkao_work_report", "report", region_op(kunjinkao), "GBK->UTF-8 replacement chars re-read as GBK (锟斤拷)", None),
    ("kunjinkao_resume", "resume", region_op(kunjinkao), "GBK->UTF-8 replacement chars re-read as GBK (锟斤拷)", None),
    ("utf8_as_cp1252_resume", "resume", region_op(codec("utf-8", "cp1252")), "UTF-8 bytes read as cp1252", None),
    ("utf8_as_cp1252_procurement", "procurement", region_op(codec("utf-8", "cp1252")), "UTF-8 bytes read as cp1252", None),
    ("utf8_as_cp1252_minutes", "minutes", region_op(codec("utf-8", "cp1252")), "UTF-8 bytes read as cp1252", None),
    ("utf8_as_cp932_wechat", "wechat", region_op(codec("utf-8", "cp932")), "UTF-8 bytes read as Shift_JIS/cp932", None),
    ("utf8_as_cp932_patent", "patent", region_op(codec("utf-8", "cp932")), "UTF-8 bytes read as Shift_JIS/cp932", None),
    ("utf8_as_cp932_procurement", "procurement", region_op(codec("utf-8", "cp932")), "UTF-8 bytes read as Shift_JIS/cp932", None),
    ("utf8_as_euckr_resume", "resume", region_op(codec("utf-8", "euc_kr")), "UTF-8 bytes read as EUC-KR", None),
    ("utf8_as_euckr_minutes", "minutes", region_op(codec("utf-8", "euc_kr")), "UTF-8 bytes read as EUC-KR", None),
    ("utf8_as_euckr_wechat", "wechat", region_op(codec("utf-8", "euc_kr")), "UTF-8 bytes read as EUC-KR", None),
    ("gb18030_as_gbk_wechat_emoji", "wechat", charwise_op(not_gbk, gb18030_as_gbk), "GB18030 four-byte sequences read as GBK", prep_emoji),
    ("gb18030_as_gbk_rare_name", "jobform", charwise_op(not_gbk, gb18030_as_gbk), "GB18030 four-byte sequences read as GBK", prep_rarename),
    ("gb18030_as_gbk_place_name", "report", charwise_op(not_gbk, gb18030_as_gbk), "GB18030 four-byte sequences read as GBK", prep_place),
    ("gb18030_as_gbk_prescription", "prescription", charwise_op(not_gbk, gb18030_as_gbk), "GB18030 four-byte sequences read as GBK", prep_micro),
    ("utf8_as_cp1251_procurement", "procurement", region_op(codec("utf-8", "cp1251")), "UTF-8 bytes read as cp1251", None),
    ("utf8_as_cp1251_work_report", "report", region_op(codec("utf-8", "cp1251")), "UTF-8 bytes read as cp1251", None),
    ("utf8_as_cp1251_contract", "contract", region_op(codec("utf-8", "cp1251")), "UTF-8 bytes read as cp1251", None),
    ("rtf_escape_patent", "patent", region_op(rtf_escape, 1, 2, 2, 8), "RTF \\'xx GBK escapes left in text", None),
    ("rtf_escape_minutes", "minutes", region_op(rtf_escape, 1, 2, 2, 8), "RTF \\'xx GBK escapes left in text", None),
    ("rtf_escape_contract", "contract", region_op(rtf_escape, 1, 2, 2, 8), "RTF \\'xx GBK escapes left in text", None),
    ("percent_raw_procurement", "procurement", region_op(percent_raw, 1, 2, 2, 10), "URL percent-encoding left raw", prep_attach),
    ("percent_raw_wechat", "wechat", region_op(percent_raw, 1, 2, 2, 10), "URL percent-encoding left raw", None),
    ("percent_raw_notice", "notice", region_op(percent_raw, 1, 2, 2, 10), "URL percent-encoding left raw", prep_attach),
    ("json_u_raw_wechat", "wechat", region_op(json_u_raw, 1, 2, 2, 10), "JSON \\u escapes left raw", None),
    ("json_u_raw_resume", "resume", region_op(json_u_raw, 1, 3, 2, 8), "JSON \\u escapes left raw", None),
    ("json_u_raw_discharge", "discharge", region_op(json_u_raw, 1, 2, 2, 10), "JSON \\u escapes left raw", None),
    ("qmark_ascii_minutes", "minutes", region_op(qmark_ascii), "characters lost to ? (saved as ASCII)", None),
    ("qmark_gb2312_rare_name", "resume", charwise_op(not_gb2312, qmark_gb2312), "rare characters lost to ? (saved as GB2312)", prep_rarename),
    ("qmark_trad_work_report", "report", trad_qmark_op, "traditional conversion saved as GB2312, characters lost to ?", None),
    ("fffd_run_discharge", "discharge", region_op(fffd_run), "GBK bytes read as UTF-8 (U+FFFD runs)", None),
    ("fffd_run_procurement", "procurement", region_op(fffd_run), "GBK bytes read as UTF-8 (U+FFFD runs)", None),
    ("fffd_run_wechat", "wechat", region_op(fffd_run), "GBK bytes read as UTF-8 (U+FFFD runs)", None),
    ("fffd_run_resume", "resume", region_op(fffd_run), "GBK bytes read as UTF-8 (U+FFFD runs)", None),
    ("html_ncr_wechat", "wechat", region_op(html_ncr, 1, 2, 2, 8), "HTML numeric character references left in text", None),
    ("html_ncr_notice", "notice", region_op(html_ncr_hex, 1, 2, 2, 8), "HTML hex character references left in text", None),
    ("html_nbsp_resume", "resume", nbsp_op, "&nbsp; entities left in text", None),
    ("html_nbsp_jobform", "jobform", nbsp_op, "&nbsp; entities left in text", None),
    ("html_tag_wechat", "wechat", tag_op, "HTML tags left in text", None),
    ("html_tag_work_report", "report", tag_op, "HTML tags left in text", None),
    ("pinyin_annot_work_report", "report", pinyin_op, "traditional chars with ASCII-parenthesised pinyin", None),
    ("pinyin_annot_notice", "notice", pinyin_op, "traditional chars with ASCII-parenthesised pinyin", None),
    ("pinyin_annot_minutes", "minutes", pinyin_op, "traditional chars with ASCII-parenthesised pinyin", None),
    ("big5_as_gbk_procurement", "procurement", big5_op, "Big5 quotation read as GBK", None),
    ("big5_as_gbk_minutes", "minutes", big5_op, "Big5 quotation read as GBK", None),
    ("gbk_byte_shift_work_report", "report", region_op(gbk_shift, 1, 2, 3, 14), "GBK stream decoded one byte out of step", None),
    ("gbk_byte_shift_wechat", "wechat", region_op(gbk_shift, 1, 2, 3, 14), "GBK stream decoded one byte out of step", None),
    ("mixed_gbk_and_tags_wechat", "wechat", combine(tag_op, region_op(codec("utf-8", "gbk"), 1, 2)), "UTF-8 read as GBK plus HTML tags", None),
    ("mixed_pinyin_qmark_tags_report", "report", combine(tag_op, pinyin_op, region_op(qmark_ascii, 1, 2, 2, 3)), "pinyin artefact, lost chars and tags together", None),
    ("utf8_as_gbk_patent", "patent", region_op(codec("utf-8", "gbk")), "UTF-8 bytes read as GBK", None),
]


# ---------------------------------------------------------------------------
# ph negatives: look-alikes of placeholders, fully filled documents
# ---------------------------------------------------------------------------
NEG_PH = {
    "vocational_1x_certificate": [
        "{city}[[职业技术学院|技师学院|中等职业学校]]{year}年工作总结\n一、深化“1+X”证书制度试点，全年组织[[Web前端开发|老年照护|智能财税|工业机器人应用编程]]等{num:3-12}个X证书考核，通过率{pct}%。\n二、推进“岗课赛证”融通，学生参加技能大赛获奖{num:5-40}项。\n三、{md}承办全省1+X证书师资培训，培训教师{num:40-300}人次。\n报送人：{name}　{date}",
        "关于做好{year}年1+X证书考试报名的通知\n各二级学院：\n现将{year}年第{num:1-2}批1+X职业技能等级证书考核安排通知如下：报名截止{date}，考核地点：{room}。\n请各学院汇总学生名单后报教务处{name}老师，电话：{phone}。\n教务处　{date}",
    ],
    "industry_7x_plan": [
        "{city}市“7+X”现代产业体系建设推进情况\n围绕“7+X”产业布局，{year}年全市新签约项目{num:20-90}个，总投资{money}亿元。\n其中“7”指[[电子信息、装备制造|新材料、生物医药|食品加工、现代物流]]等七大主导产业，“X”为若干未来产业培育方向。\n{district}承接项目{num:3-20}个，占比{pct}%。\n{city}市发展和改革委员会　{date}",
        "{wx}\n“5+X”课后服务来了！\n{city}市{district}从{md}起全面推行“5+X”课后服务模式：“5”指每周5天，“X”为学校自选特色课程。\n目前全区{num:20-80}所学校已开设[[书法、围棋|编程、合唱|篮球、科学实验]]等课程，参与学生{num:2000-40000}人。\n编辑：{name}\n阅读原文",
    ],
    "x86_server_spec": [
        "{proj}技术参数\n1. 服务器：2路x86架构机架式服务器，配置不低于{num:16-64}核CPU，内存{num:128-512}GB。\n2. 操作系统：支持国产x86_64及ARM平台的服务器操作系统。\n3. 虚拟化软件：支持x86虚拟化，单集群不少于{num:8-32}个节点。\n采购人：{city}市{district}大数据中心　项目编号：{code}\n联系人：{name}　{phone}",
        "信息化设备采购需求\n包号：{num:1-3}\n名称：x86通用服务器　数量：{num:2-20}台\n处理器：x86-64架构，主频≥2.{num:1-9}GHz\n备注：不接受非x86兼容设备。预算{money}万元，交付期{num:15-60}日。\n{org}　{date}",
    ],
    "xray_discharge": [
        "{hosp}出院小结\n患者{name#p}，{sex}，{age}岁，住院号{inno}。\n入院后行胸部X线片示：[[右下肺斑片状影|双肺纹理增粗|未见明显异常]]；复查X线提示病灶[[较前吸收|明显吸收|基本消失]]。\n出院诊断：{diag}\n出院医嘱：{num:2-6}周后复查胸部X光片，门诊随诊。\n主治医师：{name}　{date}",
        "影像检查报告单\n姓名：{name}　性别：{sex}　年龄：{age}岁　检查号：{inno}\n检查项目：[[右腕关节正侧位X线摄影|腰椎正侧位DR|胸部正位X线片]]\n所见：骨质结构[[连续，未见骨折线|轻度增生|骨密度减低]]。\n诊断意见：请结合临床。\n报告医师：{name}　审核医师：{name}　报告日期：{date}",
    ],
    "xray_radiation_notice": [
        "{hosp}放射防护告知书\n本科室开展X射线诊断与CT检查，检查时请您在医生指导下做好[[甲状腺、性腺|非检查部位]]防护。\n孕妇及备孕者请在检查前主动告知医务人员。X射线检查室门外的警示灯亮起时，请勿进入。\n咨询电话：{phone}\n放射科　{date}",
        "关于开展{year}年度放射诊疗设备X射线防护检测的通知\n各医疗机构：\n根据规定，请于{md}前完成X射线机、CT、DR等设备的年度状态检测，检测报告报区卫生健康局备案。\n联系人：{name}　电话：{phone}\n{city}市{district}卫生健康局\n{date}",
    ],
    "matrix_sizes": [
        "线性代数第{num:2-9}讲课堂笔记\n例{num:1-9}：设A为3×3矩阵，B为3×4矩阵，则AB为3×4矩阵，而BA无意义。\n练习：已知2×2矩阵的行列式为{num:2-9}，求其伴随矩阵的行列式。\n提示：n阶方阵的伴随矩阵满足|A*|=|A|^(n-1)。\n主讲：{name}　{date}",
        "图像处理实验报告\n实验人：{name}　学号：{inno}\n本实验采用3×3高斯卷积核进行平滑，随后用5×5中值滤波去噪。\n输入图像尺寸为{num:256-1024}×{num:256-1024}，共处理样本{num:20-300}张，平均耗时{dec}毫秒。\n结论：5×5窗口对椒盐噪声抑制效果优于3×3窗口。",
    ],
    "mou_ordinary_words": [
        "{wx}\n{topic}：这些误区要避开\n某些居民认为[[垃圾分类只是走形式|养老服务只面向困难老人|创建工作与自己无关]]，其实不然。\n专家{name}表示，某种程度上，每个人都是参与者。对于某一类特殊情况，社区会提供上门服务。\n截至{md}，全市已有{num:100-900}个小区完成改造。\n阅读原文",
        "{dept}健康宣教\n某些药物（如[[华法林|地高辛|茶碱]]）治疗窗较窄，须定期监测血药浓度。\n若出现某种不适，如皮疹、心悸，应立即停药并就诊。\n宣教护士：{name}　{date}",
    ],
    "model_numbers": [
        "{proj}设备清单\n1. 多参数监护仪　型号：XR-{num:100-900}　数量：{num:2-20}台\n2. 除颤仪　型号：DX-{num:10-90}A　数量：{num:1-6}台\n3. 输液泵　型号：SX-{num:1000-3000}　数量：{num:5-40}台\n供应商：{org}　合同金额：{money}万元\n验收日期：{date}",
        "特种设备登记信息\n设备名称：[[叉车|电动葫芦|施工升降机]]　规格型号：CPD-{num:15-50}X　出厂编号：{inno}\n制造单位：{org}\n使用单位：{city}市{district}[[物流园|工业园|建设集团]]\n检验结论：合格　下次检验日期：{date}",
    ],
    "masked_id_declared": [
        "{year}年{city}市{district}公益性岗位拟聘用人员公示\n（为保护个人隐私，身份证号码和手机号码已作部分隐藏处理）\n1. {name}　{sex}　身份证号：{num:330000-450999}********{num:1000-9999}　岗位：[[保洁员|公共设施维护员|协管员]]\n2. {name}　{sex}　身份证号：{num:330000-450999}********{num:1000-9999}　岗位：[[保洁员|安全巡查员]]\n公示期：{date}至{date}\n监督电话：{phone}",
        "中奖名单公布\n根据活动规则，现将中奖用户公布如下（手机号已按规定脱敏显示）：\n一等奖：{num:130-189}****{num:1000-9999}\n二等奖：{num:130-189}****{num:1000-9999}、{num:130-189}****{num:1000-9999}\n请中奖用户于{md}前联系客服领取。\n{wx}　{date}",
    ],
    "patient_name_withheld": [
        "{hosp}病例讨论记录\n（按医院规定，本记录中患者姓名已隐去）\n患者，{sex}，{age}岁，住院号{inno}，因“{diag}”入院。\n讨论时间：{date}　地点：{dept}示教室\n主持人：{name}　参加人员：{name}、{name}、{name}\n讨论意见：诊断明确，继续现有治疗方案，{num:3-7}天后复查。",
        "{dept}医疗质量分析简报\n本月典型病例{num:2-5}例，病例资料已去除患者身份信息。\n例1：{age}岁{sex}性，诊断{diag}，住院{num:5-20}天，[[好转出院|治愈出院]]。\n例2：{age}岁{sex}性，诊断{diag}，住院{num:5-20}天。\n质控员：{name}　{date}",
    ],
    "math_variables": [
        "初二数学第{num:2-8}单元测验\n1. 设x为正整数，且3x+{num:2-9}<{num:20-40}，求x的最大值。\n2. 已知y=2x-{num:1-9}，当x={num:2-9}时，求y的值。\n3. 解方程组：x+y={num:5-20}，x-y={num:1-4}。\n命题：{name}　审核：{name}",
        "{name}的实验数据处理\n设自变量为x（单位：℃），因变量为y（单位：mg/L），线性拟合得y=0.{num:10-99}x+{dec}，R²=0.9{num:10-99}。\n当x取{num:20-60}时，预测值y约为{dec}。\n结论：x与y呈显著正相关。\n{date}",
    ],
    "roman_numerals": [
        "{proj}招标文件（第Ⅱ标段）\n标段划分：Ⅰ标段为土建工程，Ⅱ标段为安装工程，Ⅲ标段为绿化工程。\n本公告仅适用于Ⅱ标段，最高投标限价{money}万元。\n项目编号：{code}\n招标人：{city}市{district}住房和城乡建设局　联系人：{name}",
        "临床试验项目立项通知\n试验名称：[[一种新型降压药|一种口服降糖药|一种抗肿瘤单抗]]Ⅲ期临床试验\n申办方：{org}\n本院为分中心，计划入组{num:20-120}例，主要研究者：{name}（{dept}）。\nⅠ期、Ⅱ期试验结果已于{year}年公布。\n伦理审查批件号：{year}-伦审-{num:10-99}　{date}",
    ],
    "chess_notation": [
        "{city}市第{num:5-30}届中小学国际象棋锦标赛战报\n第{num:2-9}轮焦点对局：{name}（白）对{name}（黑）\n1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6 5.O-O f6\n白方第{num:18-40}步Rxe7+后形成胜势，最终黑方认输。\n裁判长：{name}　{date}",
        "国际象棋兴趣班第{num:3-12}课\n战术主题：双重攻击\n示例：1.e4 d5 2.exd5 Qxd5 3.Nc3 Qa5，白方下一步Bc4形成对f7的攻击。\n课后练习：找出局面中Nxf7的吃子机会。\n授课教练：{name}",
    ],
    "clothing_sizes": [
        "{proj}（校服采购）需求\n规格：S、M、L、XL、XXL、XXXL，其中XL及以上尺码占比约{num:15-35}%。\n数量：夏装{num:500-3000}套，冬装{num:500-3000}套。\n面料：涤棉混纺，含棉量不低于{num:50-70}%。\n采购人：{city}市{district}教育局　{date}",
        "{org}工装申领登记表\n部门：{dept}　申领人：{name}\n尺码：[[XL|XXL|L|M]]　数量：{num:1-3}套\n鞋码：{num:36-45}\n领取日期：{date}　经办人：{name}",
    ],
    "patent_markush": [
        "发明专利权利要求书\n1. 一种式（Ⅰ）所示的化合物或其药学上可接受的盐：\n其中，R1选自氢、C1-C6烷基或卤素；R2为苯基或被1-3个R3取代的苯基；\nX为卤素，选自F、Cl、Br或I；n为0、1或2。\n2. 根据权利要求1所述的化合物，其中X为Cl。\n申请人：{org}　申请号：{year}1{num:1000000-9999999}.{num:0-9}",
        "说明书实施例{num:1-20}\n将化合物1（{num:2-20}mmol）溶于{compound}中，加入K2CO3，{num:40-90}℃反应{num:2-8}小时，得到中间体2。\n通式（Ⅱ）中，Y为O或S，R1与R2可相同或不同。\n收率{pct}%，HPLC纯度99.{num:1-9}%。\n发明人：{name}",
    ],
    "screen_sizes": [
        "{proj}（多媒体教室设备）参数\n交互智能平板：{num:65-86}英寸，分辨率3840×2160，触控点数≥{num:10-40}点。\n投影机：亮度≥{num:3000-6000}流明，投影画面{num:100-150}英寸，比例16:9。\n笔记本电脑：14英寸，1920×1080屏幕。\n采购人：{city}市{district}第{num:1-9}中学　联系人：{name}",
        "{wx}\n新品测评｜这款平板值得买吗？\n屏幕：11英寸，2560×1600分辨率，刷新率{num:90-144}Hz。\n尺寸：254×{num:160-180}×6.{num:1-9}mm，重量约{num:450-600}g。\n编辑：{name}\n点赞 在看",
    ],
    "real_tender_codes": [
        "{proj}更正公告\n项目编号：GXZC{year}-G{num:1-3}-{num:100000-999999}-JGZB\n原公告发布日期：{date}\n更正内容：投标截止时间延期至{date}{time}。\n采购代理机构：{org}　联系人：{name}　电话：{phone}",
        "{city}市公共资源交易中心\n交易编号：JSGC-XZ-{year}-{num:100-999}\n项目名称：{proj}\n开标时间：{date}{time}\n开标地点：{room}\n发布人：{name}",
    ],
    "chinese_zero_dates": [
        "{city}市{district}人民政府\n关于{topic}工作的批复\n你单位《关于{topic}有关事项的请示》收悉。经研究，同意所报方案，所需经费{money}万元从专项资金中列支。\n此复。\n二〇二[[二|三|四]]年[[三|五|九|十一]]月[[八|十六|二十|二十八]]日",
        "荣誉证书\n{name}同志：\n在{year}年度{topic}工作中表现突出，被评为先进个人。\n特发此证，以资鼓励。\n{city}市{district}委员会\n二〇二[[二|三|四|五]]年[[一|六|十二]]月",
    ],
    "jinja_template_doc": [
        "开发笔记：邮件通知模板\n模板引擎使用Jinja2，正文示例：\n    尊敬的 {{ user.name }}，您的订单 {{ order.id }} 已发货。\n渲染时由后端传入user与order对象，测试环境已用{name}的账号验证通过。\n提交人：{name}　{date}",
        "前端规范（第{num:2-9}版）\n1. Vue模板中使用双大括号插值，例如 {{ item.title }}。\n2. 列表渲染需绑定唯一key。\n3. 变量命名采用camelCase，禁止拼音缩写。\n维护：{name}　更新日期：{date}",
    ],
    "shell_latex_variables": [
        "运维手册：{proj}部署\n1. 在~/.bashrc中追加：export PATH=$PATH:/opt/app/bin\n2. 执行 echo $HOME 确认当前用户目录。\n3. Windows服务器请检查 %JAVA_HOME% 是否已配置。\n编写：{name}　{date}",
        "数学建模讲义\n若函数满足$f(x)=x^2+1$，则其在区间$[0,1]$上的平均值为$4/3$。\n例题：求$\\sum a_n$的收敛域。\n本讲义使用LaTeX排版，行内公式以美元符号界定。\n主讲：{name}",
    ],
    "citation_brackets": [
        "参考文献\n[1] {name}, {name}. {topic}背景下社区治理路径研究[J]. 城市问题, {year}, ({num:1-12}): {num:10-60}-{num:61-90}.\n[2] {name}. 公共管理学[M]. 北京: 高等教育出版社, {year}.\n[3] {name}. 基层政府数字化转型研究[D]. {city}: {school}大学, {year}.",
        "综述摘录\n已有研究表明，[[社区参与度|财政投入|人口老龄化]]与{topic}成效显著相关[1-3]。{name}等[4]基于{num:12-60}个城市的面板数据发现，二者呈倒U型关系[5]。\n作者单位：{school}大学公共管理学院",
    ],
    "filled_resume_lookalike": [
        "个人简历\n姓名：{name}　性别：{sex}　出生年月：{ym}\n电话：{phone}\n技能：熟悉Linux与x86汇编，掌握Python、SQL；英语CET-6；驾照C1。\n工作经历：{year}年至今在{org}任{title}，参与“X计划”青年人才项目。\n教育：{school}大学　{major}　本科",
        "求职简历\n姓名：{name}　年龄：{age:23-40}岁　现居：{city}\n期望岗位：{title}\n项目经历：负责某些核心模块的重构，接口响应时间下降{pct}%。\n证书：PMP、软考中级；服装尺码XL（用于工装登记）。\n邮箱：{num:100000-999999}@qq.com",
    ],
    "filled_minutes_lookalike": [
        "{topic}专题会议纪要\n时间：{date}{time}　地点：{room}\n主持人：{name}\n出席：{name}、{name}、{name}\n会议认为，某些遗留问题需分类处置；对于第Ⅱ批项目，由{name}负责跟进。\n会议要求，于{md}前完成X光机等设备的采购论证。\n记录：{name}",
    ],
    "brand_names_x": [
        "{wx}\n科技周报｜{md}\n本周关注：SpaceX完成第{num:20-90}次回收试验；微软发布新款Xbox手柄；iPhone XS系列停止系统更新。\n另有消息称，X平台将调整内容审核规则。\n编辑：{name}\n阅读原文 点赞",
        "电影推荐\n周末推荐观看《X战警：逆转未来》和《碟中谍》，{city}市各影院排片{num:10-60}场。\n观众{name}评价：“特效很震撼。”\n来源：{wx}",
    ],
    "dimension_multiplication": [
        "{proj}（办公家具）清单\n1. 办公桌：1400×700×750mm　{num:10-80}张\n2. 文件柜：900×400×1850mm　{num:5-40}组\n3. 会议桌：3600×1500×760mm　{num:1-4}张\n交货地点：{city}市{district}行政中心　预算：{money}万元",
        "检验报告\n显微镜下（400×）观察，视野内可见白细胞{num:2-15}个/HP。\n菌落计数：{num:2-9}.{num:1-9}×10⁵ CFU/mL。\n检验者：{name}　审核者：{name}　{date}",
    ],
    "coordinate_axes": [
        "数控机床采购技术要求\n工作台尺寸：{num:600-1200}×{num:300-600}mm\nX轴行程：{num:500-1200}mm，Y轴行程：{num:300-700}mm，Z轴行程：{num:300-600}mm\nX/Y/Z三轴定位精度：±0.00{num:3-8}mm\n供应商：{org}",
        "物理实验记录\n以时间t为横轴（X轴），位移s为纵轴（Y轴）作图，得到一条过原点的直线。\n斜率k={dec}，即速度约为{dec}cm/s。\n实验者：{name}　同组：{name}　{date}",
    ],
    "genetics_chromosome": [
        "遗传咨询记录\n咨询者：{name}，{sex}，{age:20-40}岁\n家族中有[[红绿色盲|血友病A|进行性肌营养不良]]病史，该病为X连锁隐性遗传。\n说明：男性核型46,XY，女性核型46,XX；女性携带者所生男孩有50%概率患病。\n咨询医师：{name}　{date}",
    ],
    "quiz_check_marks": [
        "{year}年{topic}知识竞赛答案\n一、判断题：1.√　2.×　3.√　4.×　5.√\n二、单选题：1.B　2.D　3.A\n三、填空题答案：{num:3-9}、{num:10-90}\n命题组：{name}",
        "安全检查评分表\n检查单位：{org}　检查日期：{date}\n消防通道畅通（√）　灭火器在有效期内（√）　电线私拉乱接（×）\n扣分：{num:2-10}分　检查人：{name}",
    ],
    "status_legend_circles": [
        "{proj}进度表\n说明：●已完成　○未开始　◐进行中\n1. 方案设计　●\n2. 招标采购　◐\n3. 施工实施　○\n4. 竣工验收　○\n填报人：{name}　{date}",
    ],
    "underscore_identifiers": [
        "数据接口说明\n字段：user_id（整型）、create_time（时间戳）、order_status（枚举）\n导出文件命名：report_{year}_final.xlsx\n示例调用：get_user_info(user_id)\n维护人：{name}　{date}",
    ],
    "latin_roman_numerals": [
        "{wx}\n冬奥知识小课堂\n第XXIV届冬季奥林匹克运动会于2022年在北京举办，第XXV届将在米兰—科尔蒂纳丹佩佐举办。\n法国国王路易十四（Louis XIV）时期……本期就说到这里。\n编辑：{name}\n阅读原文",
        "西方美术史第{num:2-9}讲\n教皇庇护十二世（Pius XII）、路易十四（Louis XIV）的肖像画风格比较。\n参考书目：History of Art, Vol. X, p. {num:20-300}。\n主讲：{name}　{date}",
    ],
}

# ---------------------------------------------------------------------------
# mj negatives: genuine non-Chinese text, symbols, code ... that are NOT damage
# ---------------------------------------------------------------------------
NEG_MJ = {
    "russian_quotation": [
        "{city}市代表团访问[[喀山|新西伯利亚|叶卡捷琳堡]]纪要\n{md}，代表团与俄方企业举行座谈。俄方负责人致辞：“[[Мы высоко ценим наше сотрудничество.|Добро пожаловать в наш город!|Спасибо за внимание и доверие.]]”（我们高度重视双方合作。）\n双方签署合作意向书{num:2-6}份，涉及金额{money}万元。\n记录：{name}",
        "{wx}\n学俄语｜常用问候语\nЗдравствуйте！——您好！\nСпасибо. ——谢谢。\nДо свидания. ——再见。\n主讲老师：{name}\n阅读原文",
    ],
    "russian_gost_standard": [
        "{proj}（钢管采购）技术要求\n执行标准：ГОСТ 8732-78《无缝热轧钢管》及GB/T 8163-{year}\n规格：Ф{num:57-325}×{num:4-12}mm，数量{num:20-200}吨\n出口目的地：哈萨克斯坦，唛头标注“Трубы стальные”。\n供应商：{org}　联系人：{name}",
    ],
    "japanese_quotation": [
        "{org}与日方合作洽谈纪要\n时间：{date}\n日方代表在致辞中表示：“[[ご協力いただき、誠にありがとうございます。|今後ともよろしくお願いいたします。|品質第一で取り組んでまいります。]]”\n双方就{topic}相关设备供货达成初步意向，预计金额{money}万元。\n记录人：{name}",
        "日语学习打卡第{num:2-60}天\n今日句型：〜てもいいですか（可以……吗）\n例句：写真を撮ってもいいですか。——可以拍照吗？\n单词：会議（かいぎ，会议）、資料（しりょう，资料）\n打卡人：{name}",
    ],
    "korean_quotation": [
        "{city}市友好城市交流活动简报\n{md}，韩国[[全州|水原|清州]]市代表团来访。韩方代表表示：“[[함께 만들어 가는 미래를 기대합니다.|따뜻한 환영에 감사드립니다.|앞으로도 교류를 이어 가겠습니다.]]”\n双方围绕{topic}交流经验，签署备忘录{num:1-3}份。\n供稿：{name}",
        "跨境电商进口商品报关信息\n商品名称：面霜（韩文品名：수분 크림）\n原产国：韩国　数量：{num:100-5000}件　申报价值：{money}万元\n品牌标签：“[[자연|설화|하늘]]”，已按规定加贴中文标签。\n申报人：{org}",
    ],
    "greek_letters_drugs": [
        "{hosp}处方\n姓名：{name}　年龄：{age}岁\n诊断：[[慢性乙型肝炎|类风湿关节炎|社区获得性肺炎]]\n1. 重组人干扰素α-2b注射液　300万IU　皮下注射，隔日1次\n2. 注射用头孢哌酮钠舒巴坦钠（含β-内酰胺酶抑制剂）　2.0g　静滴，每12小时1次\n医师：{name}　{date}",
        "检验结果\n姓名：{name}　科室：{dept}\nγ-谷氨酰转移酶（GGT）：{num:10-120} U/L\nβ2-微球蛋白：{dec} mg/L\nα-L-岩藻糖苷酶：{num:10-40} U/L\n检验者：{name}　报告时间：{date}",
    ],
    "greek_quotation": [
        "哲学选修课讲义\n德尔斐神庙铭文“γνῶθι σεαυτόν”（认识你自己）常被归于苏格拉底的教诲。\n亚里士多德将“εὐδαιμονία”理解为合乎德性的实现活动。\n思考题：请结合{topic}谈谈你的理解。\n主讲：{name}",
    ],
    "french_wine_import": [
        "进口葡萄酒报关单摘要\n品名：Château [[Lafleur|Margaux|Belle-Vue]] {year}（波尔多红葡萄酒）\n产区标注：Appellation Bordeaux Contrôlée\n数量：{num:100-2000}箱　进口商：{org}\n中文背标：酒精度13.5%vol，原产国：法国",
        "法语角活动通知\n本周主题：“À bientôt et bon appétit !”\n活动内容：学唱《La Vie en rose》、品尝crème brûlée。\n时间：{date}{time}　地点：{room}\n联系人：{name}",
    ],
    "german_contract_names": [
        "中德合作协议（摘要）\n甲方：{org}\n乙方：Müller Präzisionstechnik GmbH，地址：Königstraße {num:1-90}, Stuttgart\n合同金额：{money}万欧元\n乙方代表：Jürgen Weiß　甲方代表：{name}\n签署日期：{date}",
        "德语学习笔记\nQualität ist kein Zufall.（质量不是偶然。）\n词汇：die Straße（街道）、grüßen（问候）、schön（美丽的）\n整理：{name}　{date}",
    ],
    "vietnamese_names": [
        "{city}国际商品博览会参展名单（越南展区）\n1. Công ty TNHH Thực phẩm Hà Nội（河内食品有限公司）\n2. Công ty Cổ phần Cà phê Tây Nguyên（西原咖啡股份公司）\n联络人：Nguyễn Văn Hùng、{name}\n展位数：{num:4-30}个　布展日期：{date}",
        "越南语入门第{num:1-10}课\nXin chào!（你好！）\nCảm ơn bạn rất nhiều.（非常感谢你。）\nTôi đến từ Trung Quốc.（我来自中国。）\n授课教师：{name}",
    ],
    "pinyin_lesson": [
        "对外汉语初级课程第{num:3-20}课\n生词：\n1. 发展　fāzhǎn　development\n2. 会议　huìyì　meeting\n3. 报告　bàogào　report\n课文：我们明天开会（kāihuì）。\n授课教师：{name}",
        "拼音练习（一年级）\n读一读：zhōng guó（中国）、xué xiào（学校）、lǎo shī（老师）\n声调：ā á ǎ à，ō ó ǒ ò\n作业：抄写本课生词{num:2-5}遍。\n{name}老师　{md}",
    ],
    "traditional_text": [
        "臺北市[[信義|大安|中山]]區公所公告\n主旨：公告本區{year}年度社區發展協會補助申請事項。\n說明：一、申請期間自{md}起至{md}止。二、申請單位應檢附計畫書及經費概算表。\n承辦人：{name}　電話：(02)2{num:1000000-9999999}",
        "香港{topic}工作坊簡介\n本工作坊為期{num:2-6}天，內容包括個案討論、實地考察及經驗分享。\n報名費用：港幣{num:300-2000}元\n查詢：{name}先生　電郵：info@example.org.hk",
    ],
    "rare_characters_intact": [
        "户籍信息核对表\n姓名：{rarename}　性别：{sex}\n出生地：[[湖南省湘潭县|四川省达州市|广东省揭阳市]]{rareplace}\n说明：姓名含生僻字，系统已按GB 18030-2022字符集正确录入。\n核对人：{name}　{date}",
        "地名普查成果公示\n{city}市{district}{rareplace}（标准地名），{rareplace}（标准地名）\n以上地名用字已纳入GB 18030-2022标准，请各单位在公文中规范使用。\n{city}市民政局　{date}",
    ],
    "math_symbols": [
        "高等数学期末复习提纲\n1. 若∀ε>0，∃δ>0，使得|x−x₀|<δ时|f(x)−A|<ε，则称lim f(x)=A。\n2. ∫₀¹ x² dx = 1/3；∑ 1/n² = π²/6。\n3. 集合运算：A∩B⊆A∪B，∅⊂A。\n整理：{name}　{date}",
        "统计分析说明\n样本量n={num:100-900}，均值μ={dec}，标准差σ={dec}，显著性水平α=0.05。\n检验结果：χ²={dec}，P<0.01，差异具有统计学意义；95%CI为[{dec}, {dec}]。\n分析人：{name}",
    ],
    "emoji_wechat": [
        "{wx}\n🎉{topic}成果展来啦！\n📅 时间：{md}\n📍 地点：{city}市{district}文化中心\n现场还有免费体检、法律咨询等服务🩺⚖️，欢迎大家来逛逛～\n👇点击“阅读原文”预约\n点赞👍 在看❤️ 分享",
        "{wx}｜周末去哪儿🌿\n{city}这几个公园的[[花海|银杏|荷花]]正当时🌸，人少景美！\n🚌 乘坐{num:1-99}路公交可直达。\n编辑：{name}\n阅读原文",
    ],
    "legit_questions": [
        "{proj}答疑公告\n问1：投标人是否需要提供原件？\n答1：开标时需携带营业执照原件备查。\n问2：能否联合体投标?\n答2：本项目不接受联合体投标。\n采购代理机构：{org}　{date}",
        "{wx}\n{topic}常见问题解答\nQ：如何办理？需要带什么材料？\nA：携带身份证到{street}街道便民服务中心办理即可。\nQ：能否网上办理?\nA：可以，登录政务服务网即可。\n阅读原文",
    ],
    "code_unicode_escape": [
        "技术笔记：JSON中文转义\nPython中json.dumps默认ensure_ascii=True，会把“中文”输出为\"\\u4e2d\\u6587\"。\n如需保留中文，请使用 json.dumps(data, ensure_ascii=False)。\n作者：{name}　{date}",
        "接口调试记录\n返回报文示例：{\"msg\": \"\\u6210\\u529f\", \"code\": 0}\n说明：msg字段为Unicode转义，前端解析后显示为“成功”，不属于乱码。\n调试人：{name}",
    ],
    "encoded_url_link": [
        "{proj}公告\n详情请访问：https://www.ccgp-example.gov.cn/search?kw=%E6%8B%9B%E6%A0%87&page={num:1-9}\n（上述链接中的参数为浏览器自动编码，请直接复制访问）\n联系人：{name}　电话：{phone}",
        "{wx}\n原文链接：https://mp.example.com/s?__biz=MzA{num:100000-999999}&title=%E4%BC%9A%E8%AE%AE\n转载请注明出处。\n阅读原文",
    ],
    "html_tutorial_code": [
        "网页制作课第{num:2-9}讲\n在HTML中，空格可写作&nbsp;，换行使用<br>标签，段落使用<p>…</p>。\n练习：用<strong>标签加粗标题“{topic}”。\n授课教师：{name}",
    ],
    "mojibake_explainer": [
        "{wx}\n程序员科普：什么是“锟斤拷”？\n当GBK编码的文本被误当成UTF-8读取，无法识别的字节会被替换为U+FFFD，再以GBK显示时就成了“锟斤拷”。\n避免方法：统一使用UTF-8编码保存文件。\n作者：{name}",
    ],
    "chemistry_formulas": [
        "水质检测报告\n样品编号：{inno}\n硫酸盐（SO₄²⁻）：{num:10-200} mg/L\n钙离子（Ca²⁺）：{num:10-90} mg/L\npH：7.{num:1-9}　水温：{num:10-30}℃\n检测人：{name}　{date}",
        "化学实验记录\n反应方程式：2H₂ + O₂ → 2H₂O\n称取NaHCO₃ {dec} g，加入稀H₂SO₄，收集CO₂气体{num:20-90} mL。\n实验者：{name}",
    ],
    "units_symbols": [
        "电子元器件采购清单\n1. 电阻：10kΩ ±1%　{num:100-1000}只\n2. 电容：47μF/25V　{num:100-1000}只\n3. 温度传感器：测量范围−40℃～125℃，精度±0.5℃\n供应商：{org}　{date}",
    ],
    "currency_symbols": [
        "{org}{year}年海外业务简报\n欧洲区营收€{num:100-900}万，英国区营收£{num:50-400}万，北美区营收${num:100-900}万。\n折合人民币约¥{money}万元，同比增长{pct}%。\n编制：{name}　{date}",
    ],
    "ipa_phonetics": [
        "英语语音课笔记\nthank /θæŋk/　ship /ʃɪp/　measure /ˈmeʒə(r)/\n注意区分/iː/与/ɪ/，如sheep和ship。\n作业：朗读课文并录音。\n{name}老师　{md}",
    ],
    "music_notation": [
        "合唱团排练安排\n曲目：《[[歌唱祖国|茉莉花|我和我的祖国]]》　调号：1=D　4/4拍\n注意第{num:8-32}小节的升号♯与还原号♮，速度♩={num:60-120}。\n排练时间：{date}{time}　地点：{room}\n指挥：{name}",
    ],
    "spanish_portuguese": [
        "拉美市场推介会纪要\n巴西客户来自São Paulo，西班牙语区客户来自Bogotá和Ciudad de México。\n客户寒暄：“¿Qué tal?”“Muito obrigado!”\n意向订单金额{money}万元。\n记录：{name}　{date}",
    ],
    "diacritic_references": [
        "参考文献\n[1] Schrödinger E. Die gegenwärtige Situation in der Quantenmechanik[J]. Naturwissenschaften, 1935.\n[2] Erdős P, Rényi A. On random graphs[J]. Publ. Math. Debrecen, 1959.\n[3] {name}. 复杂网络导论[M]. 北京: 科学出版社, {year}.",
    ],
    "decorative_symbols": [
        "{topic}宣传要点\n①提高认识　②压实责任　③强化督查\n※ 重要提示：{md}起实行新规。\n★★★ 重点任务：完成率≥{pct}%\n【联系方式】{name}　{phone}",
    ],
    "latin_prescription_abbr": [
        "{hosp}处方笺\n姓名：{name}　年龄：{age}岁\nRp: {drug}\nSig: 1 tab. p.o. b.i.d.（每日两次口服）\nRp: 维生素C片 0.1g\nSig: 2 tab. p.o. t.i.d.\n医师：{name}　{date}",
    ],
    "box_drawing_table": [
        "{proj}评分汇总（系统导出）\n┌────────┬──────┐\n│ 供应商 │ 得分 │\n├────────┼──────┤\n│ {org} │ {num:60-99} │\n│ {org} │ {num:60-99} │\n└────────┴──────┘\n评审组长：{name}　{date}",
    ],
    "thai_arabic_signage": [
        "{city}市国际旅游服务中心多语种标识清单\n1. 欢迎 / Welcome / ยินดีต้อนรับ / أهلاً وسهلاً\n2. 出口 / Exit / ทางออก / مخرج\n3. 洗手间 / Toilet / ห้องน้ำ / دورة المياه\n制作数量：{num:10-80}块　供应商：{org}　{date}",
    ],
}


def gen_neg(templates, note):
    def g(r):
        text, spans = render(r.choice(templates), r)
        return text, [], note
    return g


# ---------------------------------------------------------------------------
# Style table and assembly
# ---------------------------------------------------------------------------
def styles():
    out = []  # (style, family, label, generator)
    for doc, kinds in PH_POS.items():
        for k in kinds:
            out.append(("%s_%s" % (DOC_NAME[doc], KIND_NAME[k]), "ph", "placeholder", gen_ph_pos(doc, k)))
    out.append(("work_report_mixed_x_and_mou", "ph", "placeholder", gen_ph_mixed("report", ["x", "mou"])))
    out.append(("procurement_mixed_upper_x_and_times", "ph", "placeholder", gen_ph_mixed("procurement", ["X", "times"])))
    for name, tpls in NEG_PH.items():
        out.append((name, "ph", "negative", gen_neg(tpls, "placeholder look-alike: " + name.replace("_", " "))))
    for name, doc, op, note, prep in MJ_POS:
        out.append((name, "mj", "mojibake", gen_mj_pos(doc, op, note, prep)))
    for name, tpls in NEG_MJ.items():
        out.append((name, "mj", "negative", gen_neg(tpls, "not damage: " + name.replace("_", " "))))
    return out


def generate(seed):
    recs = []
    seen = set()
    for style, fam, label, g in styles():
        r = random.Random("text40:%d:%s" % (seed, style))
        n = r.randint(15, 20)
        made = 0
        tries = 0
        while made < n and tries < n * 30:
            tries += 1
            text, spans, note = g(r)
            if text in seen:
                continue
            seen.add(text)
            recs.append({"family": fam, "style": style, "label": label, "text": text,
                         "spans": [list(x) for x in spans], "note": note})
            made += 1
        if made < n:
            raise RuntimeError("style %s: only %d distinct records" % (style, made))
    random.Random("text40:order:%d" % seed).shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append({"id": "t40-s%d-%05d" % (seed, i), "family": rec["family"], "style": rec["style"],
                    "label": rec["label"], "text": rec["text"], "spans": rec["spans"], "note": rec["note"]})
    return out


# ---------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------
KEYSET = {"id", "family", "style", "label", "text", "spans", "note"}
LABELS_OF = {"ph": {"placeholder", "negative"}, "mj": {"mojibake", "negative"}}
PH_CHARS = "xXＸ×〇○"
PH_RES = [
    re.compile(r"(?=.*[%s])[0-9%s年月日:.\-]+" % (PH_CHARS, PH_CHARS)),
    re.compile(r"[_＿]{3,}"),
    re.compile(r"[\u4e00-\u9fff]?某{1,2}"),
    re.compile(r"【[^】\n]{1,8}】|（[^）\n]{1,6}）|\[[^\]\n]{1,10}\]"),
    re.compile(r"\{\{ ?\w+ ?\}\}|\$[A-Z][A-Z0-9_]*\$"),
]
TAG_RE = re.compile(r"</?[a-zA-Z]+[^<>\n]*/?>|\?/[a-z]+>")
PINYIN_RE = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
CJK = re.compile(r"[\u3400-\u9fff]")
REPAIR_PAIRS = [("utf-8", "gbk"), ("utf-8", "cp932"), ("utf-8", "euc_kr"), ("utf-8", "cp1251"),
                ("utf-8", "cp1252"), ("big5", "gbk"), ("gb18030", "gbk"), ("gbk", "big5"), ("gbk", "utf-8")]


def is_common(c):
    """a frequent character: GB2312 level 1 (simplified) or Big5 level 1 (traditional)."""
    try:
        b = c.encode("gb2312")
        if len(b) == 2 and 0xB0A1 <= (b[0] << 8 | b[1]) <= 0xD7F9:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = c.encode("big5")
        return len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


def common_ratio(s):
    """share of characters in s that are frequent CJK, ASCII or common CJK punctuation."""
    if not s:
        return 0.0
    good = sum(1 for c in s if is_common(c) or c in "，。、：；（）“”《》0123456789")
    return good / len(s)


def mj_span_repairs(s):
    """what undoing each known kind of damage gives; a genuine damaged span changes under one of them."""
    out = []
    if "\ufffd" in s or "?" in s:
        out.append(("lost", s.replace("\ufffd", "").replace("?", "")))
    u = html.unescape(s)
    if u != s:
        out.append(("html_entity", u))
    if TAG_RE.search(s):
        out.append(("html_tag", TAG_RE.sub("", s)))
    if "%" in s:
        q = urllib.parse.unquote(s)
        if q != s:
            out.append(("percent", q))
    if "\\u" in s:
        try:
            j = json.loads('"%s"' % s)
            if j != s:
                out.append(("json", j))
        except ValueError:
            pass
    if "\\'" in s:
        try:
            raw = bytes(int(h, 16) for h in re.findall(r"\\'([0-9a-f]{2})", s))
            out.append(("rtf", raw.decode("gbk")))
        except (ValueError, UnicodeDecodeError):
            pass
    if PINYIN_RE.search(s):
        out.append(("pinyin", re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", s)))
    for enc, dec in REPAIR_PAIRS:
        try:
            fixed = s.encode(dec).decode(enc)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed == s:
            continue
        if "\ufffd" in fixed and "\ufffd" not in s:
            out.append(("%s_as_%s(ufffd)" % (enc, dec), fixed))  # 锟斤拷: an encoded U+FFFD misread
        elif CJK.search(fixed) and common_ratio(fixed) >= common_ratio(s) + (0.0 if enc == "utf-8" else 0.25):
            # the repair must read as ordinary text, at least as ordinary as the span (a strict
            # UTF-8 decode is strong evidence by itself), clearly more so between two double-byte codecs
            out.append(("%s_as_%s" % (enc, dec), fixed))  # the repair reads as ordinary text
    return [(k, v) for k, v in out if v != s]


def verify(paths):
    problems = []
    counts = {}
    for path in paths:
        ids = set()
        style_of = {}
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = "%s:%d" % (path, ln)
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    problems.append("%s: bad JSON (%s)" % (where, e))
                    continue
                if set(rec) != KEYSET:
                    problems.append("%s: keys %s" % (where, sorted(rec)))
                    continue
                fam, lab, text, spans, style = rec["family"], rec["label"], rec["text"], rec["spans"], rec["style"]
                if rec["id"] in ids:
                    problems.append("%s: duplicate id %s" % (where, rec["id"]))
                ids.add(rec["id"])
                if fam not in LABELS_OF or lab not in LABELS_OF[fam]:
                    problems.append("%s: family/label %s/%s" % (where, fam, lab))
                    continue
                if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", style):
                    problems.append("%s: style not snake_case: %s" % (where, style))
                if style_of.setdefault(style, (fam, lab)) != (fam, lab):
                    problems.append("%s: style %s mixes families/labels" % (where, style))
                if not isinstance(text, str) or not text.strip():
                    problems.append("%s: empty text" % where)
                    continue
                nl = text.count("\n") + 1
                if not 1 <= nl <= 12:
                    problems.append("%s: %d lines" % (where, nl))
                if not isinstance(rec["note"], str) or "\n" in rec["note"] or not rec["note"]:
                    problems.append("%s: note must be one non-empty line" % where)
                if not isinstance(spans, list):
                    problems.append("%s: spans not a list" % where)
                    continue
                if lab == "negative" and spans:
                    problems.append("%s: negative with spans" % where)
                if lab != "negative" and not spans:
                    problems.append("%s: positive without spans" % where)
                prev = 0
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(type(v) is int for v in sp)):
                        problems.append("%s: bad span %r" % (where, sp))
                        continue
                    a, b = sp
                    if not (0 <= a < b <= len(text)):
                        problems.append("%s: span %r outside text or empty" % (where, sp))
                        continue
                    if a < prev:
                        problems.append("%s: spans unsorted or overlapping at %r" % (where, sp))
                    prev = b
                    seg = text[a:b]
                    if not seg.strip():
                        problems.append("%s: whitespace-only span %r" % (where, sp))
                    elif lab == "placeholder" and not any(rx.fullmatch(seg) for rx in PH_RES):
                        problems.append("%s: span %r=%r does not look like a placeholder" % (where, sp, seg))
                    elif lab == "mojibake" and not mj_span_repairs(seg):
                        problems.append("%s: span %r=%r is unchanged by every repair round trip" % (where, sp, seg))
                counts[(fam, lab)] = counts.get((fam, lab), 0) + 1
    for (fam, lab), n in sorted(counts.items()):
        print("%-3s %-12s %5d" % (fam, lab, n))
    for p in problems[:50]:
        print("PROBLEM", p)
    if problems:
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: %d records, no problems" % sum(counts.values()))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", action="store_true", help="print a markdown style table for --seed")
    a = ap.parse_args()
    if a.verify:
        return verify(a.verify)
    recs = generate(a.seed)
    if a.table:
        first = {}
        cnt = {}
        for rec in recs:
            cnt[rec["style"]] = cnt.get(rec["style"], 0) + 1
            first.setdefault(rec["style"], rec)
        print("| style | family | label | n | example |")
        print("|---|---|---|---|---|")
        for style, fam, lab, _ in styles():
            rec = first[style]
            ex = rec["text"][rec["spans"][0][0]:rec["spans"][0][1]] if rec["spans"] else rec["text"].split("\n")[1 if "\n" in rec["text"] else 0]
            ex = "".join(c if c.isprintable() and c != "\u00a0" else "\\u%04x" % ord(c) for c in ex.replace("\n", " "))
            ex = ex.replace("|", "\\|")
            if len(ex) > 40:
                ex = ex[:40] + "…"
            print("| %s | %s | %s | %d | `%s` |" % (style, fam, lab, cnt[style], ex.replace("`", "'")))
        return 0
    out = a.out or "text40_seed%d.jsonl" % a.seed
    with open(out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
