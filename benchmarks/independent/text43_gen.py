#!/usr/bin/env python3
"""Held-out set 43: placeholders (ph) and mojibake (mj) in Chinese documents.

Usage:
    python3 text43_gen.py --seed 11 --out text43_seed11.jsonl
    python3 text43_gen.py --verify text43_seed11.jsonl text43_seed12.jsonl

Standard library only.  Deterministic per seed: every random stream is a
random.Random seeded with a *string* (hashed with SHA-512 by CPython, so it
does not depend on PYTHONHASHSEED).
"""
import argparse
import base64
import html
import json
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Text builder: pieces are appended in order and spans recorded as we go.
# ---------------------------------------------------------------------------


RUNCH = set("xX×Ｘ_＿〇")


class B:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.last_mark = ""

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def mark(self, s):
        start = self.n
        self.add(s)
        if (self.spans and self.spans[-1][1] == start and s[:1] in RUNCH
                and self.last_mark[-1:] in RUNCH):
            self.spans[-1][1] = self.n  # adjacent placeholders form one run
        else:
            self.spans.append([start, self.n])
        self.last_mark = s

    def text(self):
        return "".join(self.parts)


def rebuild(text, edits):
    """edits: list of (start, end, replacement) on `text`, non-overlapping.
    Returns (new_text, spans) where each replacement becomes a span."""
    b = B()
    pos = 0
    for s, e, rep in sorted(edits):
        # characters that survived the damage unchanged are not part of the span
        while e > s and rep and rep[0] == text[s]:
            s, rep = s + 1, rep[1:]
        while e > s and rep and rep[-1] == text[e - 1]:
            e, rep = e - 1, rep[:-1]
        assert s >= pos and rep
        b.add(text[pos:s])
        b.mark(rep)
        pos = e
    b.add(text[pos:])
    return b.text(), b.spans


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = list("国建明华文军红平志春海秀英玉兰桂芳丽敏静伟强磊勇杰涛斌超辉刚健峰波宁俊帅晨阳雪梅琴燕萍霞凤云庆德福祥瑞新利永兴光荣振宏彬鹏飞浩然宇轩嘉怡欣悦婷颖")
RARE = list("堃喆玥昇瑄珺琇烜昉翀赟祎彧璟晞旻犇")  # outside GB2312
PLACES = ["石门", "清河", "溪口", "云岭", "长乐", "安平", "永和", "新丰", "河西", "梅林", "松岗", "凤凰",
          "双桥", "白沙", "龙泉", "桃源", "柳溪", "青石", "南塘", "北关", "东湖", "西山", "马坪", "杨柳",
          "枫林", "金沙", "银湖", "大河", "莲塘", "竹园", "黄泥", "高桥", "太平", "仁和", "三江", "五里"]
ORGS = ["县农机", "市第二机械", "县供销", "区粮食", "市纺织", "县水利", "县建筑", "市食品", "区环卫", "县印刷"]
ORG_SUFFIX = ["厂", "公司", "站", "局", "所"]
COMPANY = ["建材贸易", "机电设备", "物业管理", "食品加工", "建筑工程", "商贸", "汽车销售", "五金制品", "装饰工程"]
HALLS = ["福寿", "永安", "仁德", "松柏", "怀恩", "思源"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "新华街", "文化路", "滨江路", "胜利街"]
CAUSES = ["买卖合同", "民间借贷", "房屋租赁合同", "劳动争议", "建设工程施工合同", "承揽合同", "物业服务合同"]
WHAT = ["货款", "借款本金", "租金", "工资", "工程款", "加工费", "物业费"]
TOPICS = ["自然环境", "人口", "农业", "水利", "交通", "教育", "文化", "民俗"]
CAMPAIGNS = ["双争双评", "百日攻坚", "清洁家园", "平安护航", "红色物业", "文明创建"]
SECS = ["聚焦民生保障，提升群众幸福感", "狠抓项目建设，夯实发展基础", "深化基层治理，维护社会稳定",
        "持续改善环境，建设美丽家园", "强化党建引领，凝聚发展合力"]
DIRS = ["东", "南", "西", "北"]
ZI = list("子仲伯叔季文德允士敬守存承")
HAO = ["松溪", "竹轩", "梅庵", "石泉", "樵隐", "耕读", "云山", "乐山"]
GENCH = list("世德守家传永承忠厚继光宗")
REL = ["长子", "次子", "长女", "侄", "儿媳"]
CNDIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CNDIG[int(c)] for c in str(y))


def cn_num(n):
    n = int(n)
    if n < 10:
        return CNDIG[n] if n else "〇"
    if n < 20:
        return "十" + (CNDIG[n - 10] if n % 10 else "")
    return CNDIG[n // 10] + "十" + (CNDIG[n % 10] if n % 10 else "")


def cn_date(y, m, d):
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


def person(r, sur=None, gen=None, rare=False):
    s = sur or r.choice(SURN)
    if gen:
        g = gen + (r.choice(RARE) if rare else r.choice(GIV))
    else:
        k = r.choice([1, 2, 2, 2])
        g = "".join(r.choice(GIV) for _ in range(k))
        if rare:
            g = g[:-1] + r.choice(RARE)
    return s + g


def make_vals(r, rare=False):
    V = {}
    S = r.choice(SURN)
    gen = r.choice(GENCH)
    V["S"] = S
    V["S2"] = r.choice(SURN)
    V["S3"] = r.choice(SURN)
    V["N1"] = person(r, S, gen, rare=rare)
    V["N2"] = person(r, S, r.choice(GENCH), rare=rare and r.random() < 0.5)
    V["N3"] = person(r, S, V["N2"][1] if len(V["N2"]) > 2 else None)
    for k in ("N4", "N5", "N6"):
        V[k] = person(r, rare=rare and r.random() < 0.3)
    pl = r.sample(PLACES, 4)
    V["P1"], V["P2"], V["P3"], V["P4"] = pl
    V["O1"] = r.choice(pl[:2]) + r.choice(ORGS) + r.choice(ORG_SUFFIX)
    V["O2"] = r.choice(pl) + r.choice(ORGS) + r.choice(ORG_SUFFIX)
    V["OC"] = r.choice(pl[:2]) + r.choice(COMPANY)
    y1 = r.randint(2016, 2024)
    V["Y1"] = str(y1)
    V["Y2"] = str(y1 + 1)
    V["Y3"] = str(r.randint(1985, 2012))
    V["Y0"] = str(r.randint(1928, 1962))
    V["Yb"] = str(r.randint(1940, 1995))
    for k in ("M1", "M2", "M3"):
        V[k] = str(r.randint(1, 12))
    for k in ("D1", "D2", "D3"):
        V[k] = str(r.randint(1, 28))
    V["A1"] = str(y1 - int(V["Y0"]))
    V["A2"] = str(r.randint(18, 80))
    for i in range(1, 9):
        V[f"C{i}"] = str(r.choice([r.randint(2, 30), r.randint(30, 900), r.randint(900, 60000)]))
    for i in range(1, 5):
        V[f"F{i}"] = f"{r.uniform(1, 999):.2f}"
    for i in range(1, 5):
        V[f"R{i}"] = r.choice([f"{r.uniform(60, 99.9):.1f}", str(r.randint(60, 99)), f"{r.uniform(60, 99.9):.2f}"])
    V["T1"] = "1" + r.choice("3589") + "".join(r.choice("0123456789") for _ in range(9))
    V["hr"] = str(r.randint(1, 23))
    V["mi"] = str(r.randint(0, 59))
    V["hr2"] = str(r.choice([8, 9, 10]))
    V["hall"] = r.choice(HALLS)
    V["rel"] = r.choice(REL)
    V["zi"] = r.choice(ZI) + r.choice(GIV)
    V["hao"] = r.choice(HAO)
    V["rank"] = "行" + r.choice("一二三四五")
    V["g1"] = cn_num(r.randint(8, 26))
    V["vol"] = cn_num(r.randint(1, 12))
    V["dir"] = r.choice(DIRS)
    V["sex"] = r.choice(["男", "女"])
    V["road"] = r.choice(ROADS)
    V["cause"] = r.choice(CAUSES)
    V["what"] = r.choice(WHAT)
    V["abbr"] = r.choice(["粤0111", "湘0102", "赣0703", "浙0602", "皖0104", "鄂0106", "川0107"])
    V["firm"] = r.choice(["正和", "明理", "诚信", "信达", "天平", "公允"])
    V["cdate"] = cn_date(y1, r.randint(1, 12), r.randint(1, 28))
    V["cy1"] = cn_year(r.randint(1978, 1995))
    V["cy2"] = cn_year(r.randint(2005, 2020))
    V["cyA"] = cn_year(r.randint(2000, 2020))
    V["cyB"] = cn_year(r.randint(2000, 2020))
    V["cyC"] = cn_year(r.randint(1998, 2020))
    V["ch"] = cn_num(r.randint(1, 20))
    V["sec"] = cn_num(r.randint(1, 6))
    V["topic"] = r.choice(TOPICS)
    V["campaign"] = r.choice(CAMPAIGNS)
    V["sec1"] = r.choice(SECS)
    V["qno"] = f"{y1}{r.randint(1, 999):03d}"
    V["sexbox"] = r.choice(["☑男　□女", "□男　☑女"])
    V["satbox"] = r.choice(["☑满意　□基本满意　□不满意", "□满意　☑基本满意　□不满意"])
    V["kind"] = r.choice(["民事判决书", "民事裁定书"])
    return V


# ---------------------------------------------------------------------------
# Frames (document shapes).  Tokens {type:key}; type "lit" is never masked.
# Each frame returns (title_lines, body_lines); body lines keep their order.
# ---------------------------------------------------------------------------

def frame_genealogy(r, V):
    hh = r.randint(12, 260)
    V.update(Yb=str(int(V["Y0"]) + r.randint(-3, 6)), C1=str(r.randint(2, 5)), C2=str(r.randint(3, 30)), C3=str(hh), C4=str(hh * r.randint(2, 4) + r.randint(0, 9)),
             F1=f"{r.uniform(1.5, 48):.2f}")
    title = [r.choice(["{lit:S}氏族谱·卷{lit:vol}·世系录", "{lit:S}氏宗谱　{lit:P1}支世系表", "{lit:S}氏家乘·续修本"])]
    body = [
        "第{lit:g1}世",
        "{name:N1}，字{lit:zi}，号{lit:hao}，{lit:rank}。生于{year:Y0}年{month:M1}月{day:D1}日，殁于{year:Y1}年{month:M2}月{day:D2}日，享年{age:A1}岁。",
        "配{lit:S2}氏，生于{year:Yb}年，育子{num:C1}：长子{name:N2}，次子{name:N3}；女一，适{place:P2}村{lit:S3}门。",
        "公生平勤俭，耕读传家，曾任{place:P1}村村长{num:C2}年，乡里称之。",
        "葬于{place:P3}岭{lit:dir}坡，立有墓碑。",
        "本支现居{place:P1}村，计{num:C3}户{num:C4}丁。",
        "{year:Y3}年续修谱牒，由{name:N4}主修，族众捐资{money:F1}万元。",
        "谱例：凡本族男丁，出生即行登录；女适外姓者，注明所适。",
    ]
    return title, body


def frame_obituary(r, V):
    d1 = r.randint(1, 24)
    V.update(Y3=str(int(V["Y0"]) + r.randint(17, 26)), M2=V["M1"], D1=str(d1), D2=str(d1 + r.randint(2, 4)), D3=str(d1 + r.randint(0, 1)))
    title = [r.choice(["讣　告", "讣告", "沉痛悼念{name:N1}同志"])]
    body = [
        "{org:O1}退休干部、中共党员{name:N1}同志，因病医治无效，于{year:Y1}年{month:M1}月{day:D1}日{lit:hr}时{lit:mi}分在{place:P1}市人民医院逝世，享年{age:A1}岁。",
        "{name:N1}同志{year:Y0}年出生于{place:P2}县，{year:Y3}年起在{org:O1}工作，先后任车间主任、工会主席，工作勤恳，为人正直。",
        "遵照逝者生前遗愿，丧事从简。兹定于{year:Y1}年{month:M2}月{day:D2}日上午{lit:hr2}时在{place:P1}市殡仪馆{lit:hall}厅举行遗体告别仪式。",
        "敬请亲友届时前往，不收花圈、礼金。",
        "特此讣告。",
        "联系人：{name:N2}（{lit:rel}）　电话：{phone:T1}",
        "{org:O1}{name:N1}同志治丧小组",
        "{year:Y1}年{month:M1}月{day:D3}日",
    ]
    return title, body


def frame_gazetteer(r, V):
    hh = r.randint(20000, 260000)
    V.update(C1=str(r.randint(8, 28)), C2=str(r.randint(60, 420)), C3=str(hh), C4=str(int(hh * r.uniform(2.6, 3.6))),
             C5=str(r.randint(20000, 400000)), C6=str(r.randint(30, 900)), C7=str(r.randint(80, 6000)),
             F1=f"{r.uniform(1, 30):.2f}", F2=f"{r.uniform(8, 160):.1f}", F3=f"{r.uniform(50, 9000):.2f}",
             F4=f"{r.uniform(20, 800):.2f}", R1=f"{r.uniform(0.5, 12):.1f}", R2=f"{r.uniform(30, 75):.2f}")
    title = ["{place:P1}县志（{lit:cy1}—{lit:cy2}）", "第{lit:ch}章　{lit:topic}"]
    body = [
        "第{lit:sec}节　概况",
        "{lit:cyA}年，全县辖{num:C1}个乡镇、{num:C2}个行政村，总户数{num:C3}户，户籍总人口{num:C4}人。",
        "{lit:cyB}年，{place:P2}镇粮食播种面积{num:C5}亩，总产{money:F1}万吨，比上年增长{pct:R1}%。",
        "境内{place:P3}河发源于{place:P2}山北麓，全长{money:F2}千米，流域面积{num:C6}平方千米。",
        "{year:Y3}年{month:M1}月，{place:P2}镇遭受特大暴雨，受灾{num:C7}户，直接经济损失{money:F3}万元。",
        "是年，县人民政府拨款{money:F4}万元，在{place:P4}修建小型水库一座。",
        "{year:Y1}年末，全县森林覆盖率为{pct:R2}%。",
        "资料来源：{place:P1}县统计局、{place:P1}县档案馆。",
    ]
    return title, body


def frame_court(r, V):
    amt = r.uniform(3000, 480000)
    V.update(C1=str(r.randint(100, 9999)), C2=str(r.randint(1, 300)), C3=str(r.randint(1, 300)),
             F1=f"{amt:.2f}", F2=f"{max(50, amt * 0.012):.2f}")
    title = ["{place:P1}市{place:P2}区人民法院", "{lit:kind}", "（{year:Y1}）{lit:abbr}民初{num:C1}号"]
    body = [
        "原告：{name:N1}，{lit:sex}，{year:Yb}年{month:M1}月{day:D1}日出生，汉族，住{place:P1}市{place:P2}区{lit:road}{num:C2}号。",
        "被告：{place:P1}市{org:OC}有限公司，住所地{place:P1}市{place:P3}区{lit:road}{num:C3}号。",
        "法定代表人：{name:N2}，该公司总经理。",
        "委托诉讼代理人：{name:N3}，{lit:firm}律师事务所律师。",
        "原告{name:N1}与被告{place:P1}市{org:OC}有限公司{lit:cause}纠纷一案，本院于{year:Y1}年{month:M2}月{day:D2}日立案后，依法适用简易程序，公开开庭进行了审理。",
        "被告于本判决生效之日起十日内支付原告{name:N1}{lit:what}{money:F1}元。",
        "案件受理费{money:F2}元，减半收取，由被告负担。",
        "审判员　{name:N4}",
        "{lit:cdate}",
        "书记员　{name:N5}",
    ]
    return title, body


def frame_survey(r, V):
    m1 = r.randint(1, 10)
    V.update(M1=str(m1), M2=str(m1 + r.randint(0, 2)), M3=str(m1 + r.randint(2, 2)))
    q1 = r.randint(200, 2400)
    q2 = q1 - r.randint(0, q1 // 10)
    sat = r.randint(q2 // 2, q2)
    V.update(C1=str(r.randint(1, 40)), C2=str(r.randint(20, 150) * 100), A2=str(r.randint(18, 82)))
    if r.random() < 0.5:
        V.update(C1=str(q1), C2=str(q2), C3=str(sat), C4=str(r.randint(12, 400)), A2=str(r.randint(34, 56)),
                 R1=f"{q2 / q1 * 100:.1f}", R2=f"{r.uniform(38, 62):.1f}", R3=f"{r.uniform(80, 99):.2f}",
                 R4=f"{sat / q2 * 100:.1f}", F1=f"{r.uniform(0.2, 4.5):.1f}")
        return _survey_report()
    if True:
        title = ["{place:P1}社区居民满意度调查问卷（录入稿）"]
        body = [
            "问卷编号：{lit:qno}　调查员：{name:N1}　调查日期：{year:Y1}年{month:M1}月{day:D1}日",
            "1. 您的年龄：{age:A2}岁",
            "2. 您的性别：{lit:sexbox}",
            "3. 您在本社区居住了{num:C1}年",
            "4. 您对社区环境卫生是否满意？{lit:satbox}",
            "5. 您家庭月收入约{num:C2}元",
            "6. 您的联系电话：{phone:T1}",
            "受访人签名：{name:N2}　录入人：{name:N3}",
        ]
    return title, body


def _survey_report():
    if True:
        title = ["{place:P1}街道{year:Y1}年群众满意度调查结果报告"]
        body = [
            "本次调查由{org:O1}于{year:Y1}年{month:M1}月{day:D1}日至{month:M2}月{day:D2}日组织实施，共发放问卷{num:C1}份，回收有效问卷{num:C2}份，有效回收率{pct:R1}%。",
            "受访者平均年龄{age:A2}岁，其中男性占{pct:R2}%。",
            "总体满意度为{pct:R3}%，较上年提高{money:F1}个百分点。",
            "对“环境卫生”一项表示满意的有{num:C3}人，占{pct:R4}%。",
            "群众意见集中在停车难、加装电梯等方面，共收集建议{num:C4}条。",
            "报告撰写：{name:N1}　审核：{name:N2}",
            "{org:O1}　{year:Y1}年{month:M3}月{day:D3}日",
        ]
    return title, body


def frame_report(r, V):
    V.update(C1=str(r.randint(120, 3200)), C2=str(r.randint(2, 28)), C3=str(r.randint(300, 6000)),
             C4=str(r.randint(40, 900)), F1=f"{r.uniform(80, 5000):.2f}", F2=f"{r.uniform(200, 9000):.2f}",
             F3=f"{r.uniform(300, 12000):.2f}", R1=f"{r.uniform(100, 135):.1f}", R2=r.choice(["100", f"{r.uniform(92, 99.9):.1f}"]))
    title = ["{place:P1}街道{year:Y1}年工作总结"]
    body = [
        "一、{year:Y1}年工作进展",
        "（一）{lit:sec1}",
        "全年新增城镇就业{num:C1}人，完成年度任务的{pct:R1}%；发放创业担保贷款{money:F1}万元。",
        "投入资金{money:F2}万元，完成{place:P2}小区等{num:C2}个老旧小区改造，惠及居民{num:C3}户。",
        "{month:M1}月{day:D1}日，{name:N1}副区长带队到{place:P3}社区督导“{lit:campaign}”工作。",
        "全年共排查整治安全隐患{num:C4}处，整改率达{pct:R2}%。",
        "二、存在的问题",
        "部分社区基础设施老化，服务群众的能力还需提升。",
        "三、{year:Y2}年工作计划",
        "计划投资{money:F3}万元，新建{place:P4}社区综合服务中心。",
        "联系人：{name:N2}，电话：{phone:T1}",
    ]
    return title, body


FRAMES = {
    "genealogy": frame_genealogy,
    "obituary": frame_obituary,
    "gazetteer": frame_gazetteer,
    "court": frame_court,
    "survey": frame_survey,
    "report": frame_report,
}

TOK = re.compile(r"\{(\w+):(\w+)\}")


def pick_lines(r, title, body, room=11):
    """Keep the title plus an ordered sample of body lines, total <= room."""
    nb = max(2, min(len(body), room - len(title)))
    k = r.randint(max(2, nb - 3), nb)
    idx = sorted(r.sample(range(len(body)), k))
    return title + [body[i] for i in idx]


# ---------------------------------------------------------------------------
# Placeholder kinds
# ---------------------------------------------------------------------------

def _mask_char(c):
    def f(t, real, r):
        if t == "name":
            return [(c * r.choice([2, 3]), True)]
        if t in ("place", "org"):
            return [(c * 2, True)]
        if t == "num":
            return [(c * max(1, min(4, len(real))), True)]
        if t == "money":
            return [(c * 2 + "." + c * 2, True)]
        if t == "pct":
            return [(c * r.choice([2, 3]), True)]
        if t == "year":
            return [("20", False), (c * 2, True)] if r.random() < 0.6 else [(c * 4, True)]
        if t == "month":
            return [(c, True)]
        if t == "day":
            return [(c * 2, True)]
        if t == "age":
            return [(c * 2, True)]
        if t == "phone":
            return [(real[:3], False), (c * 8, True)]
        return None
    return f


def _cross(t, real, r):
    if t in ("name",):
        return [("×" * r.choice([2, 3]), True)]
    if t in ("place", "org", "num", "day", "age", "pct"):
        return [("××", True)]
    if t == "month":
        return [("×", True)]
    if t == "money":
        return [("××.××", True)]
    if t == "year":
        return [("20", False), ("××", True)]
    return None


def _moumou(t, real, r):
    if t in ("name", "place", "org"):
        return [("某某", True)]
    return None


def _surname_mou(t, real, r):
    if t == "name":
        return [(real[0] + "某", True)]
    return None


def _daitian(t, real, r):
    if t == "lit":
        return None
    return [(r.choice(["【待填】", "【待填】", "【待补充】"]), True)]


TX = {"name": "（填写姓名）", "place": "（填写）", "org": "（填写单位名称）", "num": "（填写）", "money": "（填写金额）",
      "pct": "（填写）", "year": "（填写）", "month": "（填写）", "day": "（填写）", "age": "（填写）", "phone": "（填写电话）"}


def _tianxie(t, real, r):
    if t not in TX or t == "year":
        return None
    return [(TX[t] if r.random() < 0.6 else "（填写）", True)]


def _underscore(t, real, r):
    if t == "lit":
        return None
    return [("_" * r.randint(3, 8), True)]


def _fw_under(t, real, r):
    if t == "lit":
        return None
    return [("＿" * r.randint(2, 4), True)]


MU = {"name": "name", "place": "district", "org": "org_name", "num": "count", "money": "amount", "pct": "rate",
      "year": "year", "month": "month", "day": "day", "age": "age", "phone": "phone"}


def _mustache(t, real, r):
    if t not in MU:
        return None
    return [("{{" + MU[t] + "}}", True)]


def _dollar(t, real, r):
    if t not in MU:
        return None
    return [("$" + MU[t].upper() + "$", True)]


BR = {"name": "[姓名]", "place": "[地名]", "org": "[单位名称]", "num": "[数量]", "money": "[金额]", "pct": "[比例]",
      "year": "[年份]", "month": "[月]", "day": "[日]", "age": "[年龄]", "phone": "[电话]"}


def _bracket(t, real, r):
    if t not in BR:
        return None
    return [(BR[t], True)]


def _ling(t, real, r):
    if t == "name":
        return [("〇〇〇" if r.random() < 0.5 else "〇〇", True)]
    if t in ("place", "org"):
        return [("〇〇", True)]
    return None


PH_KINDS = {
    "x_lower": (_mask_char("x"), "lower-case x runs standing for digits/names"),
    "x_upper": (_mask_char("X"), "upper-case X runs (XX街道, XXX)"),
    "cross": (_cross, "multiplication-sign masks ××"),
    "fw_x": (_mask_char("Ｘ"), "full-width Ｘ masks"),
    "moumou": (_moumou, "某某 standing for a name or place"),
    "surname_mou": (_surname_mou, "surname+某 where a real name should stand"),
    "daitian": (_daitian, "【待填】/【待补充】 markers"),
    "tianxie": (_tianxie, "（填写…） template markers"),
    "underscore": (_underscore, "ASCII ____ blanks"),
    "fw_under": (_fw_under, "full-width ＿＿ blanks"),
    "mustache": (_mustache, "{{var}} template variables"),
    "dollar": (_dollar, "$VAR$ template variables"),
    "bracket": (_bracket, "[姓名]-style bracket slots"),
    "ling": (_ling, "〇〇 name/place masks"),
}


class Filler:
    def __init__(self, r, kind=None, p=0.5):
        self.r = r
        self.kind = kind
        self.p = p
        self.decided = {}

    def put(self, b, t, key, V):
        real = V[key]
        if self.kind is None or t == "lit":
            b.add(real)
            return
        fn = PH_KINDS[self.kind][0]
        if key not in self.decided:
            self.decided[key] = fn(t, real, self.r) is not None and self.r.random() < self.p
        if not self.decided[key]:
            b.add(real)
            return
        pieces = fn(t, real, self.r)
        for s, sp in pieces:
            (b.mark if sp else b.add)(s)


def render(b, line, F, V):
    pos = 0
    for m in TOK.finditer(line):
        b.add(line[pos:m.start()])
        F.put(b, m.group(1), m.group(2), V)
        pos = m.end()
    b.add(line[pos:])


def render_doc(r, lines, F, V, extra=None):
    """lines: template lines; extra: list of (index, literal line) inserted."""
    b = B()
    seq = [("t", l) for l in lines]
    for idx, l in (extra or []):
        seq.insert(idx, ("x", l))
    for i, (k, l) in enumerate(seq):
        if i:
            b.add("\n")
        if k == "t":
            render(b, l, F, V)
        else:
            b.add(l)
    return b


# ---------------------------------------------------------------------------
# Look-alikes for ph negatives (literal lines; fully filled).
# ---------------------------------------------------------------------------

def la_mougong(r, V, src):
    g = r.choice(["德远", "仲明", "文焕", "守义", "国栋", "敬轩"])
    return r.choice([
        f"始迁祖{g}公，明洪武间自江西{V['P2']}迁居于此，子孙繁衍，遂成巨族。",
        f"{V['S']}公{g}，性孝友，乡人咸称{g}公之德。",
        f"按旧谱，{g}公以下分为三房，长房居{V['P1']}，次房居{V['P3']}。",
    ])


def la_classical_mou(r, V, src):
    return r.choice([
        f"旧序云：某不敏，承族人之命续修家乘，谨述其略，以俟后之君子。",
        f"序曰：某少孤，赖叔父抚养成人，今谱成，敢不志其始末。",
        f"跋：某才疏学浅，辑录未周，所望族中贤达随时补正。",
    ])


def _by_src(r, src, table):
    return r.choice(table.get(src) or table["*"])


def la_ling_year(r, V, src):
    y = r.randint(2001, 2024)
    return _by_src(r, src, {
        "genealogy": [f"{cn_year(y)}年{cn_num(r.randint(1, 12))}月重修，合族公议付梓。", f"本谱始修于一九三六年，{cn_year(y)}年三修。"],
        "obituary": [f"{V['N1']}同志于{cn_year(int(V['Y3']))}年加入中国共产党，{cn_year(int(V['Y3']) + 30)}年光荣退休。"],
        "gazetteer": [f"（本节资料截至{cn_year(y)}年底）", f"{cn_year(y)}年，县里成立编纂委员会，{cn_year(y + 1)}年完成初稿。"],
        "court": [f"本案于{cn_date(int(V['Y1']), r.randint(1, 12), r.randint(1, 28))}公开宣判。"],
        "*": [f"（本节资料截至{cn_year(y)}年底）"],
    })


def la_lacuna(r, V, src):
    return r.choice([
        f"附旧碑录文（碑文漫漶，凡不可辨识之字以□标示）：皇清□□{V['S']}公之墓，道光□年立。",
        f"录自祠堂残碑，□为缺字：□□年重建宗祠，捐银□十两。",
    ])


def la_moushi(r, V, src):
    return _by_src(r, src, {
        "genealogy": ["某些支系早年外迁，音讯断绝，待日后访查补入。", "在某种程度上，此谱弥补了旧谱记载的不足。"],
        "obituary": [f"{V['N1']}同志生前常说，某种意义上，工厂就是他的第二个家。", "他从不因某些困难而退缩，始终冲在一线。"],
        "report": ["某些社区仍存在停车难、充电难问题。", "在某种程度上，老旧小区改造的进度取决于居民协商的效率。",
                   "某一时期集中出现的信访问题，已建立台账逐一销号。"],
        "*": ["某些地区至今仍保留着这一习俗。"],
    })


def la_xray(r, V, src):
    return _by_src(r, src, {
        "obituary": [f"{V['N1']}同志长期在县医院放射科从事X射线诊断工作，带出徒弟十余人。",
                     f"{V['N1']}同志曾带头引进全县第一台X光机。"],
        "survey": ["附加题：近一年内是否做过X光检查？☑是　□否", "受访者中近一年做过胸部X光检查的占四成以上。"],
        "*": ["该院于当年添置X光机一台，结束了全乡不能透视的历史。"],
    })


def la_times(r, V, src):
    return _by_src(r, src, {
        "gazetteer": ["县城新修广场铺设600×600毫米花岗岩地砖。", "古井井口为0.8米×0.8米方形，青石砌筑。",
                      "国道拓宽为双向2×2车道，路面宽18米。"],
        "court": ["涉案货物为600×600毫米抛光砖，单价每片28元。", "租赁场地为3×4米商铺一间，月租金2000元。"],
        "report": ["新建停车场划设3×4米车位，共计86个。", "按3×4=12计算，每户补助12袋化肥。"],
        "*": ["墓碑规格为0.6米×1.2米，青石质地。"],
    })


def la_chess(r, V, src):
    return r.choice([
        f"全县国际象棋邀请赛决赛中，{V['N4']}执白以1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6开局，最终获胜。",
        f"象棋表演赛由{V['N4']}对{V['N5']}，开局炮二平五，马8进7，车一平二。",
        "棋谱摘录：1.d4 d5 2.c4 dxc4 3.e3 Nf6 4.Bxc4 e6，和局。",
    ])


def la_roman(r, V, src):
    return r.choice([
        f"{V['P3']}河出境断面水质常年保持地表水Ⅲ类标准。",
        "详见本志第Ⅳ卷《人物》。",
        "据《县志稿》第XIV册记载，清末县城设有书院两所。",
        "该区域列为Ⅱ类饮用水水源保护区。",
    ])


def la_model(r, V, src):
    return _by_src(r, src, {
        "court": ["涉案设备为XR-200型数控切割机两台，系原告向被告购买。", "事故车辆为X5型电动三轮车，车架号已核实。"],
        "gazetteer": ["当年引进X-3000型联合收割机，机械化收割率大幅提升。", "县农机站引进XQ-35型小型挖掘机两台，用于沟渠清淤。"],
        "*": ["采购XQ-35型小型挖掘机两台，用于沟渠清淤。", "为网格员配发XR-200型执法记录仪46台。"],
    })


def la_anon_stated(r, V, src):
    return r.choice([
        "（本裁判文书已依法对当事人的姓名作隐名处理）",
        "本文书依据《最高人民法院关于人民法院在互联网公布裁判文书的规定》对自然人姓名作了隐名处理。",
    ])


def la_masked_id(r, V, src):
    d = "".join(r.choice("0123456789") for _ in range(3))
    return _by_src(r, src, {
        "court": [f"原告身份证号码：44{d[:2]}**********{d}X（依法隐去部分号码）",
                  f"被告联系电话：{V['T1'][:3]}****{V['T1'][-4:]}（公开文书已作脱敏处理）"],
        "survey": [f"受访人电话：{V['T1'][:3]}****{V['T1'][-4:]}（为保护个人信息，录入时已脱敏）",
                   f"证件号码已按规定脱敏：36{d}************{r.randint(1, 9)}"],
        "*": [f"联系电话：{V['T1'][:3]}****{V['T1'][-4:]}（已作脱敏处理）"],
    })


def la_sizes(r, V, src):
    return r.choice([
        f"工作服尺码登记：{V['N4']} XL；{V['N5']} XXL；{V['N6']} L。",
        "统一订购的志愿者马甲分S、M、L、XL、XXL五个尺码。",
    ])


def la_onex(r, V, src):
    return r.choice([
        f"全面推进1+X证书制度试点，辖区职校{V['C2'][:3]}名学生取得职业技能等级证书。",
        "组织开展“1+X”职业技能等级证书培训两期。",
    ])


def la_sevenx(r, V, src):
    return r.choice([
        "推行“7+X”便民服务模式，在7项基本服务外增设个性化服务。",
        "打造“5+X”网格治理体系，实现网格员全覆盖。",
    ])


def la_x86(r, V, src):
    return r.choice([
        "政务云平台新增x86架构服务器12台，完成数据迁移。",
        "机房淘汰老旧小型机，统一改用x86服务器和国产操作系统。",
    ])


def la_mathvar(r, V, src):
    return _by_src(r, src, {
        "survey": ["收入满意度按线性模型y=0.8x+12折算，其中x为月收入（千元）。", "若x＞0，表示该项得分高于上年。"],
        "*": ["测算方法：设x为每户年均增收额，则全街道增收总额为户数乘以x。",
              "按公式y=0.8x+12估算，下年度用水量约为1.5万吨。"],
    })


def la_xaxis(r, V, src):
    return r.choice([
        "图1中X轴表示月份，Y轴表示办件数量。",
        "附图横轴（X轴）为年份，纵轴为人数。",
    ])


PH_LOOKS = {
    "mougong": (la_mougong, "classical honorific 某公/X公"),
    "classical_mou": (la_classical_mou, "classical first-person 某 in a preface"),
    "ling_year": (la_ling_year, "〇 in Chinese-numeral years"),
    "lacuna_box": (la_lacuna, "□ for illegible characters, stated"),
    "moushi": (la_moushi, "某些/某种 as ordinary words"),
    "xray": (la_xray, "X光/X射线"),
    "times_formula": (la_times, "3×4 in sizes and formulas"),
    "chess": (la_chess, "chess notation with x captures"),
    "roman": (la_roman, "Roman numerals Ⅲ类, XIV"),
    "model_no": (la_model, "model numbers XR-200"),
    "anon_stated": (la_anon_stated, "王某 anonymised by law and stated"),
    "masked_id": (la_masked_id, "masked ID/phone with stated purpose"),
    "sizes": (la_sizes, "clothing sizes XL/XXL"),
    "onex": (la_onex, "1+X证书"),
    "sevenx": (la_sevenx, "7+X service model"),
    "x86": (la_x86, "x86 architecture"),
    "math_var": (la_mathvar, "maths variable x"),
    "x_axis": (la_xaxis, "X轴 in a chart"),
    "blank_form": (None, "blank questionnaire meant to be filled by respondents"),
}

# look-alikes that may be sprinkled into positives of a source (no spans)
SPRINKLE = {
    "genealogy": ["mougong", "classical_mou", "moushi"],
    "obituary": ["xray", "moushi", "ling_year"],
    "gazetteer": ["roman", "times_formula", "ling_year"],
    "court": ["model_no", "times_formula"],
    "survey": [],
    "report": ["onex", "sevenx", "x86", "x_axis", "model_no"],
}


def blank_form(r, V):
    lines = [
        f"{V['P1']}社区居民满意度调查问卷",
        "填表说明：本问卷由受访者本人填写，请在符合的选项前□内打“√”，横线处填写相应内容。",
        "1. 您的年龄：______岁",
        "2. 您的性别：□男　□女",
        "3. 您在本社区居住了______年",
        "4. 您对社区环境卫生是否满意？□满意　□基本满意　□不满意",
        "5. 您对社区工作的意见和建议：________________________",
        "受访人签名：__________　日期：____年____月____日",
        f"（本问卷不记名，所填信息仅用于统计分析。{V['P1']}社区居委会　{V['Y1']}年{V['M1']}月印制）",
    ]
    keep = [0, 1] + sorted(r.sample(range(2, 8), r.randint(4, 6))) + [8]
    return "\n".join(lines[i] for i in keep)


# ---------------------------------------------------------------------------
# Mojibake kinds
# ---------------------------------------------------------------------------

CJK = re.compile(r"[\u4e00-\u9fff]")
CJKRUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def cjk_chunks(r, text, n, lo=2, hi=8, skip_first_line=False):
    start0 = text.find("\n") + 1 if skip_first_line else 0
    runs = [m for m in CJKRUN.finditer(text) if m.start() >= start0]
    r.shuffle(runs)
    out = []
    for m in runs[:n]:
        L = len(m.group())
        k = r.randint(min(lo, L), min(hi, L))
        s = m.start() + r.randint(0, L - k)
        out.append((s, s + k))
    return sorted(out)


def codec_kind(a, b, errors="strict"):
    def dmg(r, text, ctx):
        edits = []
        for s, e in cjk_chunks(r, text, r.randint(1, 3)):
            rep = text[s:e].encode(a).decode(b, errors=errors)
            if rep != text[s:e]:
                edits.append((s, e, rep))
        return edits
    return dmg


def dmg_kunjinkao(r, text, ctx):
    edits = []
    for s, e in cjk_chunks(r, text, r.randint(1, 2), 2, 6):
        rep = text[s:e].encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")
        if "锟" in rep:
            edits.append((s, e, rep))
    return edits


def dmg_gbk_as_utf8(r, text, ctx):
    # a stretch that starts and ends with CJK and may contain digits/ASCII
    cands = [m for m in re.finditer(r"[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z.%]{3,}[\u4e00-\u9fff]", text)]
    r.shuffle(cands)
    edits = []
    for m in cands[:r.randint(1, 2)]:
        seg = m.group()
        cjk_pos = [i for i, c in enumerate(seg) if CJK.match(c)]
        i = r.choice(cjk_pos[: max(1, len(cjk_pos) // 2)])
        j = r.choice([p for p in cjk_pos if p > i] or [i])
        s, e = m.start() + i, m.start() + j + 1
        rep = text[s:e].encode("gbk").decode("utf-8", errors="replace")
        if rep != text[s:e]:
            edits.append((s, e, rep))
    return edits


def dmg_qmark(r, text, ctx):
    edits = []
    for s, e in cjk_chunks(r, text, r.randint(1, 4), 1, 2):
        edits.append((s, e, text[s:e].encode("ascii", errors="replace").decode("ascii")))
    return edits


def dmg_fffd(r, text, ctx):
    edits = []
    for s, e in cjk_chunks(r, text, r.randint(1, 2), 1, 4):
        edits.append((s, e, text[s:e].encode("utf-8").decode("ascii", errors="replace")))
    return edits


def dmg_gb2312(r, text, ctx):
    edits = []
    for i, c in enumerate(text):
        if c == "\n":
            continue
        rep = c.encode("gb2312", errors="replace").decode("gb2312")
        if rep != c:
            edits.append((i, i + 1, rep))
    return edits


def dmg_hz(r, text, ctx):
    edits = []
    for s, e in cjk_chunks(r, text, r.randint(1, 2), 2, 8):
        edits.append((s, e, text[s:e].encode("hz").decode("ascii")))
    return edits


def dmg_base64(r, text, ctx):
    # one sentence (not the title) left as a raw base64 body chunk
    lines = text.split("\n")
    cands = []
    off = 0
    for li, l in enumerate(lines):
        if li > 0:
            for m in re.finditer(r"[^，。；：！？\s]{4,}[，。；]?", l):
                if CJK.search(m.group()) and len(m.group().encode("utf-8")) <= 57:
                    cands.append((off + m.start(), off + m.end()))
        off += len(l) + 1
    if not cands:
        return []
    s, e = r.choice(cands)
    return [(s, e, base64.b64encode(text[s:e].encode("utf-8")).decode("ascii"))]


def dmg_ncr(r, text, ctx):
    edits = []
    for s, e in cjk_chunks(r, text, r.randint(1, 2), 2, 6):
        rep = "".join((f"&#x{ord(c):X};" if r.random() < 0.5 else f"&#{ord(c)};") for c in text[s:e])
        if "&#x" not in rep:
            rep = f"&#x{ord(text[s]):X};" + rep[rep.index(";") + 1:]
        edits.append((s, e, rep))
    return edits


ENTS = ["&nbsp;", "&nbsp;", "&nbsp;&nbsp;", "&amp;", "&quot;", "&ldquo;", "&rdquo;", "&mdash;"]
TAGS = ["<br/>", "<br>", "</p>", "<p>", "</strong>", "<strong>", "</span>", '<span style="font-size:14px">', "</div>"]


def _insert_points(r, text, n):
    pts = [m.end() for m in re.finditer(r"[，。：；]", text)] + [m.start() for m in re.finditer(r"\n", text)]
    pts = sorted(set(p for p in pts if p > 0))
    return sorted(r.sample(pts, min(n, len(pts))))


def dmg_entity(r, text, ctx):
    return [(p, p, r.choice(ENTS)) for p in _insert_points(r, text, r.randint(1, 4))]


def dmg_tag(r, text, ctx):
    return [(p, p, r.choice(TAGS)) for p in _insert_points(r, text, r.randint(1, 4))]


PINYIN = {
    "发": ("發", "fā"), "区": ("區", "qū"), "为": ("為", "wéi"), "现": ("現", "xiàn"), "将": ("將", "jiāng"),
    "实": ("實", "shí"), "领": ("領", "lǐng"), "导": ("導", "dǎo"), "动": ("動", "dòng"), "经": ("經", "jīng"),
    "济": ("濟", "jì"), "设": ("設", "shè"), "业": ("業", "yè"), "务": ("務", "wù"), "总": ("總", "zǒng"),
    "产": ("產", "chǎn"), "县": ("縣", "xiàn"), "镇": ("鎮", "zhèn"), "乡": ("鄉", "xiāng"), "计": ("計", "jì"),
    "划": ("劃", "huà"), "项": ("項", "xiàng"), "门": ("門", "mén"), "万": ("萬", "wàn"), "调": ("調", "diào"),
    "问": ("問", "wèn"), "满": ("滿", "mǎn"), "时": ("時", "shí"), "间": ("間", "jiān"), "这": ("這", "zhè"),
    "个": ("個", "gè"), "会": ("會", "huì"), "议": ("議", "yì"), "组": ("組", "zǔ"), "织": ("織", "zhī"),
    "开": ("開", "kāi"), "关": ("關", "guān"), "资": ("資", "zī"), "众": ("眾", "zhòng"), "员": ("員", "yuán"),
    "统": ("統", "tǒng"), "馆": ("館", "guǎn"), "仪": ("儀", "yí"), "礼": ("禮", "lǐ"), "遗": ("遺", "yí"),
    "体": ("體", "tǐ"), "岁": ("歲", "suì"), "医": ("醫", "yī"), "诉": ("訴", "sù"), "讼": ("訟", "sòng"),
    "审": ("審", "shěn"), "决": ("決", "jué"), "书": ("書", "shū"), "记": ("記", "jì"), "费": ("費", "fèi"),
    "负": ("負", "fù"), "担": ("擔", "dān"), "谱": ("譜", "pǔ"), "续": ("續", "xù"), "报": ("報", "bào"),
    "讣": ("訃", "fù"), "环": ("環", "huán"), "卫": ("衛", "wèi"), "广": ("廣", "guǎng"), "东": ("東", "dōng"),
    "阳": ("陽", "yáng"), "龙": ("龍", "lóng"), "凤": ("鳳", "fèng"), "桥": ("橋", "qiáo"), "岭": ("嶺", "lǐng"),
    "进": ("進", "jìn"), "贷": ("貸", "dài"), "惠": ("惠", None), "社": ("社", None), "级": ("級", "jí"),
    "积": ("積", "jī"), "亩": ("畝", "mǔ"), "库": ("庫", "kù"), "园": ("園", "yuán"), "隐": ("隱", "yǐn"),
    "患": ("患", None), "条": ("條", "tiáo"), "见": ("見", "jiàn"), "写": ("寫", "xiě"), "审": ("審", "shěn"),
}


def dmg_pinyin(r, text, ctx):
    # scraper converts to traditional and leaves (pinyin) after many characters
    b = B()
    rate = r.choice([0.4, 0.6, 0.8])
    count = 0
    for c in text:
        if c in PINYIN and PINYIN[c][1]:
            t, py = PINYIN[c]
            b.add(t)
            if count < 30 and r.random() < rate:
                b.mark(f"({py})")
                count += 1
        else:
            b.add(c)
    return ("whole", b.text(), b.spans)


def dmg_smart(r, text, ctx):
    edits = []
    for i, c in enumerate(text):
        if c in "“”‘’":
            edits.append((i, i + 1, c.encode("utf-8").decode("cp1252", errors="ignore")))
    return edits


ASCII_FIELD_LINES = ["原始档案号：{}", "主机系统导出批次：{}", "（档案库字段 REF：{}）", "登记编号：{}", "文件索引：{}"]


def dmg_ebcdic(codec):
    def dmg(r, text, ctx):
        letters = "ABCDEFGHJKLMNPQRSTWXYZ"
        field = r.choice([
            f"{r.choice(letters)}{r.choice(letters)} {r.randint(1990, 2024)} {r.randint(1, 9999):04d}",
            f"{r.choice(letters)}{r.choice(letters)}{r.randint(1990, 2024)}-{r.randint(1, 999):03d}",
            f"DOC {r.randint(10000, 99999)} {r.choice(['A', 'B', 'C'])}",
            f"ZP{r.randint(1, 99):02d} VOL {r.randint(1, 12)} NO {r.randint(1, 300)}",
        ])
        rep = field.encode(codec).decode("latin-1")
        lines = text.split("\n")
        at = r.choice([1, len(lines)])
        pre = "\n".join(lines[:at]) + "\n"
        tpl = r.choice(ASCII_FIELD_LINES)
        head, tail = tpl.split("{}")
        newtext = pre + head + field + tail + ("\n" + "\n".join(lines[at:]) if at < len(lines) else "")
        s = len(pre) + len(head)
        return ("newtext", newtext, [(s, s + len(field), rep)])
    return dmg


QUOTE_LINES = {
    "report": ["会议强调，要坚持“以人民为中心”的发展思想。", "群众称赞“办事不用跑第二趟”。",
               "文件提出“应收尽收、应办尽办”的要求。"],
    "obituary": ["家属表示：“遵从父亲遗愿，一切从简。”", "同事们称他是“厂里的活字典”。"],
    "court": ["被告辩称“货物质量存在问题”，但未提交相应证据。", "原告主张被告已于微信中承认“欠款属实”。"],
    "survey": ["有居民反映“晚上小区路灯太暗”。"],
    "gazetteer": ["当地素有“十年九旱”之说。"],
    "genealogy": ["族中长老常以“耕读传家”训诫子弟。"],
}


def ensure_quotes(r, text, src):
    if any(c in text for c in "“”‘’") and r.random() < 0.5:
        return text
    add = r.choice(QUOTE_LINES[src])
    lines = text.split("\n")
    i = r.randint(2, len(lines))
    lines.insert(i, add)
    return "\n".join(lines)


MJ_KINDS = {
    "utf8_as_gbk": (codec_kind("utf-8", "gbk", "replace"), ("utf-8", "gbk"), "UTF-8 bytes decoded as GBK"),
    "kunjinkao": (dmg_kunjinkao, None, "GBK->UTF-8(replace) then UTF-8->GBK, 锟斤拷"),
    "utf8_as_cp1252": (codec_kind("utf-8", "cp1252", "ignore"), ("utf-8", "cp1252"), "UTF-8 read as cp1252 (undefined bytes dropped)"),
    "utf8_as_latin1": (codec_kind("utf-8", "latin-1"), ("utf-8", "latin-1"), "UTF-8 read as Latin-1"),
    "utf8_as_macroman": (codec_kind("utf-8", "mac_roman"), ("utf-8", "mac_roman"), "UTF-8 read as mac_roman and re-saved"),
    "utf8_as_cp850": (codec_kind("utf-8", "cp850"), ("utf-8", "cp850"), "UTF-8 read as cp850"),
    "ebcdic_cp500": (dmg_ebcdic("cp500"), ("cp500", "latin-1"), "EBCDIC cp500 field read as Latin-1"),
    "ebcdic_cp037": (dmg_ebcdic("cp037"), ("cp037", "latin-1"), "EBCDIC cp037 field read as Latin-1"),
    "hz_raw": (dmg_hz, ("hz", "ascii"), "HZ ~{ ~} markers left raw"),
    "base64_raw": (dmg_base64, None, "base64 body chunk left raw"),
    "gbk_as_utf8": (dmg_gbk_as_utf8, ("gbk", "utf-8"), "GBK bytes read as UTF-8 errors=replace"),
    "qmark_loss": (dmg_qmark, None, "characters lost to ? (ascii, replace)"),
    "gb2312_rare_loss": (dmg_gb2312, None, "characters outside GB2312 lost to ?"),
    "fffd_run": (dmg_fffd, None, "UTF-8 bytes decoded as ASCII errors=replace, U+FFFD runs"),
    "html_entity": (dmg_entity, None, "HTML entity remnants"),
    "html_tag": (dmg_tag, None, "HTML tag remnants"),
    "ncr_mixed": (dmg_ncr, None, "numeric character references, decimal and hex mixed"),
    "pinyin_anno": (dmg_pinyin, None, "pinyin annotation artefact 發(fā)"),
    "smart_quote": (dmg_smart, ("utf-8", "cp1252"), "Word smart quotes read as cp1252"),
}

# ---------------------------------------------------------------------------
# Look-alikes for mj negatives
# ---------------------------------------------------------------------------

EXTB = [0x20BB7, 0x2A6A5, 0x2000B, 0x20AD3, 0x21A34, 0x22C51, 0x24814, 0x26351, 0x28E0F, 0x29E3D, 0x2A0B9]


def mla_variant(r, V, src):
    v = r.choice(["峯", "羣", "畧", "甯", "秊", "裏", "麪", "兇", "菴", "靣"])
    return r.choice([
        f"按：原谱“{v}”字系異體字，今照录不改。",
        f"{V['N4'][0]}{v}山公，旧谱作“{v}”，与今通行字形不同，照原谱录入。",
    ])


def mla_rare_ext(r, V, src):
    c = chr(r.choice(EXTB))
    return f"{V['S']}{c}公，讳{c}，其名用字为生僻字，据原谱手写本录入。"


def mla_pinyin_index(r, V, src):
    items = r.sample([("王芳", "Wáng Fāng"), ("李明", "Lǐ Míng"), ("张伟", "Zhāng Wěi"), ("刘洋", "Liú Yáng"),
                      ("陈静", "Chén Jìng"), ("赵磊", "Zhào Lěi"), ("黄丽", "Huáng Lì"), ("周强", "Zhōu Qiáng")], 3)
    return "人名索引：" + "；".join(f"{p}（{h}）第{r.randint(3, 180)}页" for h, p in items)


def mla_classical(r, V, src):
    return r.choice([
        "序曰：夫谱者，所以明世系、别亲疏也。吾族自宋南渡，卜居于此，迄今二十余世矣。",
        "家训曰：孝悌为本，耕读为业，毋以小利而忘大义。",
        "旧序云：木之有本，水之有源，人之有祖，不可忘也。",
    ])


def mla_vietnamese(r, V, src):
    if src == "genealogy":
        return r.choice(["旅越宗亲Nguyễn Văn Thành（阮文成）一支，清末迁居越南堤岸。",
                         "海外支系Trần Thị Hoa（陈氏花）于当年回乡祭祖。",
                         "越南支系谱名照录越文：Lê Văn Phúc（黎文福）、Lê Thị Mai（黎氏梅）。"])
    return r.choice(["越南客商在座谈会上致辞：“Chúc mừng năm mới, hợp tác thành công.”",
                     "边贸服务站张贴越文提示：“Vui lòng xuất trình giấy tờ tùy thân.”（请出示身份证件）"])


def mla_russian(r, V, src):
    return r.choice([
        "俄罗斯友好城市发来唁电：«Выражаем глубокие соболезнования семье и коллегам.»",
        "莫斯科的老同学来信写道：«Светлая память, дорогой друг.»",
    ])


def mla_japanese(r, V, src):
    return r.choice([
        "日本友好协会来函：「心よりお悔やみ申し上げます。」",
        "日方合作企业发来唁电：「謹んでご冥福をお祈りいたします。」",
    ])


def mla_korean(r, V, src):
    if src == "obituary":
        return r.choice(["韩国合作单位发来唁电：“삼가 고인의 명복을 빕니다.”",
                         "韩国友人来函：“깊은 애도를 표합니다.”"])
    return r.choice(["问卷同时提供韩文版，首题为：귀하의 연령은 어떻게 되십니까?",
                     "辖区韩籍居民的书面意见：“주차 공간이 부족합니다.”（停车位不足）"])


def mla_emoji(r, V, src):
    if src == "obituary":
        return r.choice(["网上纪念馆留言：一路走好🙏🕯️ 永远怀念您🌹", "亲友在群里接龙悼念：🕯️🕯️🕯️ 安息🙏"])
    return r.choice(["线上问卷满意度评价：😀满意　😐一般　😞不满意", "线上留言区：服务很贴心👍👍"])


def mla_french(r, V, src):
    return r.choice([
        "法国合作院校发来唁电：« Nous présentons nos sincères condoléances à sa famille. »",
        "法方专家评价：« Un travail remarquable et très sérieux. »",
    ])


def mla_german(r, V, src):
    if src == "court":
        return r.choice(["第三人为德国公司Müller & Söhne GmbH在华设立的独资企业。",
                         "双方合同德文条款载明：„Lieferung frei Haus, Zahlung innerhalb von 30 Tagen.“"])
    return r.choice(["德方顾问在项目推进会上表示：„Die Zusammenarbeit läuft sehr gut.“",
                     "引进德国Schäfer公司垃圾分类设备，完成调试。"])


def mla_greek(r, V, src):
    if src == "court":
        return r.choice(["司法鉴定意见采用显著性水平α=0.05，检验效能1−β=0.80。",
                         "鉴定报告载明：混凝土试块强度标准差σ=2.31 MPa，均值μ=31.6 MPa。"])
    return r.choice(["道德讲堂引用古希腊箴言“Γνῶθι σεαυτόν”（认识你自己）。",
                     "监测数据显示，PM2.5浓度均值μ=28.4 μg/m³。"])


def mla_mongolian(r, V, src):
    return r.choice([
        "镇政府门牌采用蒙汉两种文字：ᠪᠠᠯᠭᠠᠰᠤᠨ ᠤ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ（镇人民政府）。",
        "嘎查名称蒙古文写作ᠰᠢᠨᠡ ᠭᠠᠴᠠᠭ᠎ᠠ，意为“新村”。",
    ])


def mla_tibetan(r, V, src):
    return r.choice([
        "乡政府匾额藏汉双语书写：བོད་ལྗོངས་（西藏）。",
        "群众以“བཀྲ་ཤིས་བདེ་ལེགས།”（扎西德勒）相互问候。",
    ])


def mla_uyghur(r, V, src):
    return r.choice([
        "县城路牌用维吾尔文和汉文书写，如“قەشقەر”（喀什）。",
        "乡人民政府牌匾维吾尔文为：يېزىلىق خەلق ھۆكۈمىتى。",
    ])


def mla_math(r, V, src):
    return r.choice([
        "水库库容按V ≈ ⅓·h·(S₁+S₂+√(S₁S₂))估算，误差±5%。",
        "当Δt≥30 min时，判定为超时办件；∑办件数=1 246件。",
        "圆形广场面积S=πr²≈3.14×25²≈1 962.5㎡。",
    ])


def mla_traditional(r, V, src):
    return r.choice([
        "舊志載：「縣城東門外有古渡，商旅往來不絕。」",
        "光緒《縣志》云：「其俗儉樸，重農桑，尚禮讓。」",
        "民國報紙稱：「是年大水，田廬漂沒無算。」",
    ])


def mla_hk(r, V, src):
    return r.choice([
        "证人（香港居民）陈述原话：“部𨋢壞咗，我哋喺大堂等咗好耐。”",
        "被告提交的粤语聊天记录：“你咪嘥時間啦，啲貨聽日到。”",
        "证人称：“個𡃁仔將箱貨𠝹開咗。”",
    ])


def mla_qmark(r, V, src):
    if src == "court":
        return r.choice(["庭审中被告代理人以英文宣读往来邮件原文：“Is the delivery date binding?”",
                         "原告提交的邮件截图显示，对方询问：“Can you ship the rest by Friday?”"])
    return r.choice(["英文版问卷第4题原文：How satisfied are you with the service?",
                     "双语问卷首题：What is your age? 您的年龄？"])


def mla_code(r, V, src):
    return r.choice([
        "技术说明：读取文件须指定编码，示例 open(\"data.txt\", encoding=\"utf-8\").read()。",
        "网页模板首行须声明 <meta charset=\"utf-8\">，否则浏览器可能误判编码。",
        "数据库连接串示例：mysql://user@host/db?charset=utf8mb4，用于保证中文正常存储。",
    ])


def mla_pinyin_lesson(r, V, src):
    return r.choice([
        "送教下乡示范课：声调练习 mā má mǎ mà，“妈妈骑马，马慢，妈妈骂马”。",
        "普通话推广课例：kāi xīn（开心）、fēng shōu（丰收）。",
    ])


def mla_blank_box(r, V, src):
    return r.choice([
        "本人已阅读上述说明：□同意　□不同意（由受访者本人勾选）",
        "请在□内打“√”：□党员　□团员　□群众",
    ])


MJ_LOOKS = {
    "variant_chars": (mla_variant, "異體字 variant characters"),
    "rare_ext_b": (mla_rare_ext, "CJK Extension B rare characters"),
    "pinyin_index": (mla_pinyin_index, "pinyin name index with tone marks"),
    "classical": (mla_classical, "classical Chinese preface"),
    "vietnamese": (mla_vietnamese, "genuine Vietnamese"),
    "russian": (mla_russian, "genuine Russian quote"),
    "japanese": (mla_japanese, "genuine Japanese quote"),
    "korean": (mla_korean, "genuine Korean"),
    "emoji": (mla_emoji, "emoji"),
    "french": (mla_french, "genuine French quote"),
    "german": (mla_german, "genuine German"),
    "greek": (mla_greek, "Greek letters/quote"),
    "mongolian": (mla_mongolian, "Mongolian script"),
    "tibetan": (mla_tibetan, "Tibetan script"),
    "uyghur": (mla_uyghur, "Uyghur Arabic script"),
    "math_symbols": (mla_math, "maths symbols"),
    "traditional": (mla_traditional, "traditional characters quoted"),
    "hk_supp": (mla_hk, "Hong Kong supplementary characters / Cantonese"),
    "legit_qmark": (mla_qmark, "legitimate ASCII ? in questions"),
    "code_snippet": (mla_code, "code snippet in a technical note"),
    "pinyin_lesson": (mla_pinyin_lesson, "pinyin with tone marks in a lesson"),
    "blank_checkbox": (mla_blank_box, "blank □ checkboxes"),
}

# ---------------------------------------------------------------------------
# Style registry
# ---------------------------------------------------------------------------

PH_POS = {
    "genealogy": ["x_lower", "x_upper", "cross", "moumou", "surname_mou", "daitian", "underscore", "ling", "bracket"],
    "obituary": ["x_lower", "x_upper", "cross", "fw_x", "surname_mou", "daitian", "tianxie", "underscore",
                 "mustache", "dollar", "bracket", "fw_under"],
    "gazetteer": ["x_lower", "x_upper", "cross", "fw_x", "moumou", "daitian", "ling", "underscore"],
    "court": ["x_upper", "cross", "x_lower", "moumou", "tianxie", "underscore", "bracket", "mustache", "fw_under", "dollar"],
    "survey": ["underscore", "fw_under", "tianxie", "x_lower", "mustache", "dollar", "bracket", "daitian"],
    "report": ["x_lower", "x_upper", "cross", "fw_x", "moumou", "surname_mou", "daitian", "mustache", "ling"],
}
PH_NEG = {
    "genealogy": ["mougong", "classical_mou", "ling_year", "lacuna_box", "moushi"],
    "obituary": ["moushi", "xray", "ling_year"],
    "gazetteer": ["ling_year", "times_formula", "chess", "roman", "model_no"],
    "court": ["anon_stated", "masked_id", "ling_year", "model_no", "times_formula"],
    "survey": ["blank_form", "sizes", "masked_id", "xray", "math_var"],
    "report": ["onex", "sevenx", "x86", "model_no", "math_var", "moushi", "x_axis", "times_formula"],
}
MJ_POS = {
    "utf8_as_gbk": ["report", "obituary", "court", "gazetteer"],
    "kunjinkao": ["report", "survey", "genealogy"],
    "utf8_as_cp1252": ["report", "court", "obituary"],
    "utf8_as_latin1": ["gazetteer", "survey"],
    "utf8_as_macroman": ["genealogy", "report", "obituary"],
    "utf8_as_cp850": ["court", "survey", "gazetteer"],
    "ebcdic_cp500": ["gazetteer", "genealogy", "court"],
    "ebcdic_cp037": ["report", "survey"],
    "hz_raw": ["obituary", "genealogy", "report"],
    "base64_raw": ["report", "obituary", "survey"],
    "gbk_as_utf8": ["court", "gazetteer", "report"],
    "qmark_loss": ["report", "obituary", "gazetteer"],
    "gb2312_rare_loss": ["genealogy", "obituary", "court"],
    "fffd_run": ["survey", "report"],
    "html_entity": ["report", "gazetteer", "obituary"],
    "html_tag": ["report", "court", "survey"],
    "ncr_mixed": ["report", "genealogy", "gazetteer"],
    "pinyin_anno": ["report", "gazetteer", "obituary"],
    "smart_quote": ["report", "obituary", "court"],
}
MJ_NEG = {
    "genealogy": ["variant_chars", "rare_ext_b", "pinyin_index", "classical", "vietnamese"],
    "obituary": ["russian", "japanese", "korean", "emoji", "french"],
    "gazetteer": ["mongolian", "tibetan", "uyghur", "traditional", "math_symbols"],
    "court": ["german", "hk_supp", "greek", "legit_qmark"],
    "survey": ["blank_checkbox", "emoji", "legit_qmark", "korean"],
    "report": ["code_snippet", "pinyin_lesson", "math_symbols", "german", "greek", "vietnamese", "traditional"],
}


def build_registry():
    reg = {}
    for src, kinds in PH_POS.items():
        for k in kinds:
            reg[f"ph_{src}_{k}"] = dict(family="ph", label="placeholder", source=src, kind=k)
    for src, looks in PH_NEG.items():
        for k in looks:
            reg[f"ph_{src}_neg_{k}"] = dict(family="ph", label="negative", source=src, kind=k)
    for k, srcs in MJ_POS.items():
        for src in srcs:
            reg[f"mj_{src}_{k}"] = dict(family="mj", label="mojibake", source=src, kind=k)
    for src, looks in MJ_NEG.items():
        for k in looks:
            reg[f"mj_{src}_neg_{k}"] = dict(family="mj", label="negative", source=src, kind=k)
    return reg


REGISTRY = build_registry()

# ---------------------------------------------------------------------------
# Record generators
# ---------------------------------------------------------------------------


def gen_ph_pos(r, st):
    src, kind = st["source"], st["kind"]
    for _ in range(50):
        V = make_vals(r)
        title, body = FRAMES[src](r, V)
        lines = pick_lines(r, title, body)
        extra = []
        if SPRINKLE[src] and r.random() < 0.3:
            la = r.choice(SPRINKLE[src])
            extra.append((r.randint(len(title), len(lines)), PH_LOOKS[la][0](r, V, src)))
        F = Filler(r, kind, p=r.choice([0.3, 0.5, 0.7, 1.0]))
        b = render_doc(r, lines, F, V, extra)
        if 1 <= len(b.spans) <= 12:
            note = f"{src} document with {len(b.spans)} unfilled placeholder(s): {PH_KINDS[kind][1]}"
            if extra:
                note += "; also contains an unmarked look-alike"
            return b.text(), b.spans, note
    raise RuntimeError("could not build ph positive " + kind)


def gen_ph_neg(r, st):
    src, look = st["source"], st["kind"]
    V = make_vals(r)
    if look == "blank_form":
        return blank_form(r, V), [], "negative: blank questionnaire meant to be filled in by respondents (□ and ____ are form fields)"
    if look == "anon_stated":
        for k in ("N1", "N2", "N3"):
            V[k] = V[k][0] + r.choice(["某", "某", "某某"])
    title, body = FRAMES[src](r, V)
    lines = pick_lines(r, title, body, room=10)
    n = 2 if r.random() < 0.35 and look not in ("anon_stated",) else 1
    extra = []
    for _ in range(n):
        line = PH_LOOKS[look][0](r, V, src)
        if all(line != l for _, l in extra):
            extra.append((r.randint(len(title), len(lines) + len(extra)), line))
    if look == "anon_stated":
        extra = [(len(lines), PH_LOOKS[look][0](r, V, src))]
    b = render_doc(r, lines, Filler(r), V, extra)
    return b.text(), [], f"negative: {src} document, look-alike {PH_LOOKS[look][1]}: {extra[0][1][:50]}"


def gen_mj_pos(r, st):
    src, kind = st["source"], st["kind"]
    fn = MJ_KINDS[kind][0]
    for _ in range(50):
        V = make_vals(r, rare=(kind == "gb2312_rare_loss"))
        title, body = FRAMES[src](r, V)
        lines = pick_lines(r, title, body, room=10)
        text = render_doc(r, lines, Filler(r), V).text()
        if kind == "smart_quote":
            text = ensure_quotes(r, text, src)
        res = fn(r, text, {})
        if isinstance(res, tuple) and res[0] == "whole":
            new, spans = res[1], res[2]
        elif isinstance(res, tuple) and res[0] == "newtext":
            new, spans = rebuild(res[1], res[2])
        else:
            if not res:
                continue
            new, spans = rebuild(text, res)
        if spans and all(e > s for s, e in spans) and new.count("\n") <= 11:
            return new, spans, f"{src} document, {len(spans)} damaged stretch(es): {MJ_KINDS[kind][2]}"
    raise RuntimeError("could not build mj positive " + kind)


def gen_mj_neg(r, st):
    src, look = st["source"], st["kind"]
    V = make_vals(r)
    title, body = FRAMES[src](r, V)
    lines = pick_lines(r, title, body, room=10)
    first = MJ_LOOKS[look][0](r, V, src)
    extra = [(r.randint(len(title), len(lines)), first)]
    if r.random() < 0.3:
        second = MJ_LOOKS[look][0](r, V, src)
        if second != first:
            extra.append((r.randint(len(title), len(lines) + 1), second))
    b = render_doc(r, lines, Filler(r), V, extra)
    return b.text(), [], f"negative: {src} document with {MJ_LOOKS[look][1]} (not damage): {first[:50]}"


GEN = {("ph", "placeholder"): gen_ph_pos, ("ph", "negative"): gen_ph_neg,
       ("mj", "mojibake"): gen_mj_pos, ("mj", "negative"): gen_mj_neg}


def generate(seed):
    recs = []
    for name in sorted(REGISTRY):
        st = REGISTRY[name]
        cnt = random.Random(f"count:{seed}:{name}").randint(15, 20)
        for i in range(cnt):
            r = random.Random(f"rec:{seed}:{name}:{i}")
            text, spans, note = GEN[(st["family"], st["label"])](r, st)
            recs.append(dict(family=st["family"], style=name, label=st["label"], text=text, spans=spans, note=note))
    random.Random(f"order:{seed}").shuffle(recs)
    out = []
    for n, rec in enumerate(recs):
        out.append(dict(id=f"t43-s{seed}-{n:05d}", family=rec["family"], style=rec["style"], label=rec["label"],
                        text=rec["text"], spans=rec["spans"], note=rec["note"]))
    return out


# ---------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------

PH_SPAN_RE = re.compile(
    r"^(?:[xX×Ｘ]+|[xX×Ｘ]+\.[xX×Ｘ]+|某某|[\u4e00-\u9fff]某|【待填】|【待补充】|（填写[^）]*）|_{3,}|＿{2,}"
    r"|\{\{[a-z_]+\}\}|\$[A-Z_]+\$|\[[\u4e00-\u9fff]+\]|〇{2,3})$")
PH_STRONG = re.compile(
    r"(?<![A-Za-z])[xX×Ｘ]{2,}(?![A-Za-z])|【待填】|【待补充】|（填写[^）]*）|_{3,}|＿{2,}|\{\{[a-z_]+\}\}"
    r"|\$[A-Z_]+\$|\[(?:姓名|地名|单位名称|数量|金额|比例|年份|月|日|年龄|电话)\]"
    r"|(?<![一二三四五六七八九〇零十])〇{2,}(?![一二三四五六七八九〇零十])")
PY_RE = re.compile(r"^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$")


def _cjk_count(s):
    return len(CJK.findall(s))


def check_mj_span(kind, span, before):
    """Return None if the damaged span is plausible for `kind`, else a message."""
    if kind in ("utf8_as_latin1", "utf8_as_macroman", "utf8_as_cp850"):
        b = MJ_KINDS[kind][1][1]
        try:
            orig = span.encode(b).decode("utf-8")
        except (UnicodeError, LookupError):
            return "reverse codec round trip fails"
        if orig == span or not _cjk_count(orig) or _cjk_count(span):
            return "span does not differ from its codec round trip"
        return None
    if kind == "utf8_as_cp1252":
        try:
            back = span.encode("cp1252").decode("utf-8", errors="replace")
        except UnicodeError:
            return "span not cp1252-encodable"
        return None if back != span and not _cjk_count(span) and _cjk_count(back) else "no cp1252 damage"
    if kind == "smart_quote":
        if span not in ("â€œ", "â€", "â€™", "â€˜"):
            return "not a smart-quote remnant"
        return None if span.encode("cp1252").decode("utf-8", errors="replace") != span else "no difference"
    if kind == "utf8_as_gbk":
        back = span.encode("gbk", errors="replace").decode("utf-8", errors="replace")
        if back == span:
            return "no difference under gbk/utf-8 round trip"
        if "\ufffd" in span or (_cjk_count(back) and back.count("\ufffd") < len(span)):
            return None
        return "span does not decode back to UTF-8 Chinese (looks like clean text)"
    if kind == "kunjinkao":
        return None if "锟" in span else "no 锟 in span"
    if kind in ("ebcdic_cp500", "ebcdic_cp037"):
        codec = MJ_KINDS[kind][1][0]
        try:
            orig = span.encode("latin-1").decode(codec)
        except UnicodeError:
            return "not latin-1 encodable"
        if orig == span or not all(32 <= ord(c) < 127 for c in orig):
            return "EBCDIC reverse does not give printable ASCII"
        return None
    if kind == "hz_raw":
        try:
            orig = span.encode("ascii").decode("hz")
        except UnicodeError:
            return "not valid HZ"
        return None if span.startswith("~{") and span.endswith("~}") and _cjk_count(orig) else "HZ span invalid"
    if kind == "base64_raw":
        try:
            orig = base64.b64decode(span, validate=True).decode("utf-8")
        except Exception:
            return "not base64 of UTF-8"
        return None if _cjk_count(orig) else "base64 does not hold Chinese"
    if kind == "gbk_as_utf8":
        return None if "\ufffd" in span else "no U+FFFD in GBK-as-UTF-8 span"
    if kind in ("qmark_loss", "gb2312_rare_loss"):
        return None if set(span) == {"?"} else "span not all ?"
    if kind == "fffd_run":
        return None if set(span) == {"\ufffd"} else "span not all U+FFFD"
    if kind == "html_entity":
        return None if re.fullmatch(r"(&[a-z]+;)+", span) and html.unescape(span) != span else "not an entity"
    if kind == "html_tag":
        return None if re.fullmatch(r"<[^<>]+>", span) else "not a tag"
    if kind == "ncr_mixed":
        if not re.fullmatch(r"(&#\d+;|&#x[0-9A-Fa-f]+;)+", span):
            return "not NCRs"
        un = html.unescape(span)
        return None if un != span and _cjk_count(un) == len(re.findall("&#", span)) else "NCRs do not decode to CJK"
    if kind == "pinyin_anno":
        return None if PY_RE.match(span) and CJK.match(before or "") is not None or (PY_RE.match(span) and before and unicodedata.category(before) == "Lo") else "not a (pinyin) annotation after a character"
    return "unknown kind " + kind


LATIN_DAMAGE_RUN = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2044\u20ac\u2122\u2500-\u25a0\u2248\u2260\u2264\u2265\u221a\u221e\u2202\u2206\u220f\u2211\u222b\u03c0\u03a9\ufb01\ufb02]{2,}")


def hidden_mojibake(text):
    """Look for Latin-looking runs that decode to CJK under a reverse codec."""
    for m in LATIN_DAMAGE_RUN.finditer(text):
        s = m.group()
        for b in ("cp1252", "latin-1", "mac_roman", "cp850"):
            try:
                back = s.encode(b).decode("utf-8")
            except UnicodeError:
                continue
            if _cjk_count(back):
                return f"hidden {b} mojibake {s!r}"
    return None


def verify_records(recs, fname):
    errs = []
    seen = set()
    for ln, d in enumerate(recs, 1):
        where = f"{fname}:{ln}"
        keys = {"id", "family", "style", "label", "text", "spans", "note"}
        if set(d) != keys:
            errs.append(f"{where}: keys {sorted(d)}")
            continue
        if d["id"] in seen:
            errs.append(f"{where}: duplicate id")
        seen.add(d["id"])
        st = REGISTRY.get(d["style"])
        if st is None:
            errs.append(f"{where}: unknown style {d['style']}")
            continue
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", d["style"]):
            errs.append(f"{where}: style not snake_case")
        if d["family"] != st["family"] or d["label"] != st["label"]:
            errs.append(f"{where}: family/label do not match style")
        allowed = {"ph": {"placeholder", "negative"}, "mj": {"mojibake", "negative"}}
        if d["label"] not in allowed.get(d["family"], ()):
            errs.append(f"{where}: label {d['label']} not allowed in family {d['family']}")
        t, spans = d["text"], d["spans"]
        if not isinstance(t, str) or not t.strip():
            errs.append(f"{where}: empty text")
            continue
        nl = t.count("\n") + 1
        if not 1 <= nl <= 12:
            errs.append(f"{where}: {nl} lines")
        if not isinstance(d["note"], str) or "\n" in d["note"] or not d["note"]:
            errs.append(f"{where}: note must be one non-empty line")
        if d["label"] == "negative":
            if spans:
                errs.append(f"{where}: negative with spans")
        elif not spans:
            errs.append(f"{where}: positive without spans")
        prev = 0
        ok = True
        for sp in spans:
            if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
                errs.append(f"{where}: bad span {sp}")
                ok = False
                break
            s, e = sp
            if not (0 <= s < e <= len(t)):
                errs.append(f"{where}: span {sp} out of text or empty")
                ok = False
            elif s < prev:
                errs.append(f"{where}: spans overlap or unsorted at {sp}")
                ok = False
            prev = max(prev, e)
        if not ok:
            continue
        # content checks
        if d["family"] == "ph":
            if d["label"] == "placeholder":
                for s, e in spans:
                    if not PH_SPAN_RE.match(t[s:e]):
                        errs.append(f"{where}: span {t[s:e]!r} is not a placeholder")
                for m in PH_STRONG.finditer(t):
                    if not any(s <= m.start() and m.end() <= e for s, e in spans):
                        errs.append(f"{where}: unmarked placeholder {m.group()!r}")
            else:
                if st["kind"] != "blank_form":
                    for m in PH_STRONG.finditer(t):
                        errs.append(f"{where}: negative holds placeholder {m.group()!r}")
            if "\ufffd" in t or "锟" in t:
                errs.append(f"{where}: ph record holds mojibake")
        else:
            if d["label"] == "mojibake":
                for s, e in spans:
                    msg = check_mj_span(st["kind"], t[s:e], t[s - 1] if s else "")
                    if msg:
                        errs.append(f"{where}: span {t[s:e]!r}: {msg}")
                rest = "".join(t[p:q] for p, q in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(t)]))
                if "\ufffd" in rest or "锟斤拷" in rest or "~{" in rest or "&#" in rest:
                    errs.append(f"{where}: damage outside spans")
            else:
                if "\ufffd" in t or "锟斤拷" in t or "~{" in t or re.search(r"&#x?[0-9A-Fa-f]+;|&nbsp;", t):
                    errs.append(f"{where}: negative holds damage markers")
                msg = hidden_mojibake(t)
                if msg:
                    errs.append(f"{where}: {msg}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        bad = 0
        for fn in a.verify:
            recs = []
            try:
                with open(fn, encoding="utf-8") as f:
                    for ln, line in enumerate(f, 1):
                        recs.append(json.loads(line))
            except (OSError, ValueError) as ex:
                print(f"{fn}: cannot read: {ex}")
                bad += 1
                continue
            errs = verify_records(recs, fn)
            for e in errs[:50]:
                print(e)
            if len(errs) > 50:
                print(f"... {len(errs) - 50} more")
            fam = {}
            for d in recs:
                fam[(d["family"], d["label"])] = fam.get((d["family"], d["label"]), 0) + 1
            print(f"{fn}: {len(recs)} records, {len({d['style'] for d in recs})} styles, "
                  + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(fam.items()))
                  + (f", {len(errs)} problem(s)" if errs else ", OK"))
            bad += bool(errs)
        sys.exit(1 if bad else 0)
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required unless --verify is given")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in recs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
