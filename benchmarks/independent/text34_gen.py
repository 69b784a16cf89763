#!/usr/bin/env python3
"""text34_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Usage:
    python3 text34_gen.py --seed 11 --out text34_seed11.jsonl
    python3 text34_gen.py --verify text34_seed11.jsonl text34_seed12.jsonl
    python3 text34_gen.py --style-table styles.md [--seed 11]

Standard library only.  Deterministic per seed: every record is drawn from its own
random.Random seeded with a *string* (hashed with SHA-512 by the random module, so the
output does not depend on PYTHONHASHSEED).  Encoding damage is produced with real codecs
(str.encode(...).decode(..., errors=...), html, base64, quopri, urllib.parse, 'hz', 'utf-7').
"""
import argparse
import base64
import html
import html.entities
import json
import quopri
import random
import re
import sys
import urllib.parse

PER_STYLE = 18

# ----------------------------------------------------------------------------------------------
# vocabulary (invented names; combinations of common characters)
# ----------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩凯俊帆晨欣怡梓涵轩雨泽思远嘉佳琪宏志海峰雪梅丹颖晓东国庆春燕永胜凤德荣"
RARE_GIVEN = "喆堃昇玥祎珺琤旻劼璟曌淏赟砚"  # in GBK but not GB2312
PLACE1 = ["青岚", "松溪", "云栖", "石桥", "柳塘", "丰泽", "金沙", "凤鸣", "白鹭", "南屏", "西岭", "东港", "梅林", "桂湖",
          "龙泉", "清河", "望江", "莲塘", "杏坛", "竹岗", "瑞安", "枫林", "霞浦", "鹤山", "永宁", "汇川", "新桥", "碧水",
          "平湖", "沙溪", "玉湖", "临江", "双峰", "岚山", "银杉", "泉塘", "茶亭", "棠溪", "翠屏", "河埠"]
BRAND = ["恒信", "启明", "瑞丰", "华拓", "嘉禾", "天衡", "远航", "联创", "博源", "鼎盛", "泰和", "润达", "安泽", "卓越",
         "同兴", "宏图", "海纳", "蓝海", "合力", "众诚"]
INDUSTRY = ["科技", "建设工程", "物业服务", "商贸", "医药", "农业开发", "环保科技", "电子", "食品", "物流", "建材", "文化传媒"]
STREETS = ["滨江路", "解放路", "人民路", "建设大道", "和平街", "文化路", "朝阳路", "学府路", "工业大道", "青年路", "新华街"]


def person(r):
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))


def place(r):
    return r.choice(PLACE1)


def company(r):
    return place(r) + r.choice(BRAND) + r.choice(INDUSTRY) + r.choice(["有限公司", "有限公司", "股份有限公司", "有限责任公司"])


def phone(r):
    return r.choice(["138", "139", "137", "150", "152", "158", "186", "187", "189", "135", "177", "199"]) + "".join(
        str(r.randint(0, 9)) for _ in range(8))


def idno(r):
    body = r.choice(["440103", "430102", "320581", "510104", "370203", "350102", "420111", "610113"])
    body += str(r.randint(1960, 2002)) + "%02d%02d" % (r.randint(1, 12), r.randint(1, 28))
    body += "".join(str(r.randint(0, 9)) for _ in range(3))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + c


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


# ----------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.parts = []  # (text, kind, clean)

    def t(self, s):
        if s:
            self.parts.append((s, None, None))
        return self

    def p(self, s):
        self.parts.append((s, "ph", None))
        return self

    def m(self, damaged, clean):
        """damaged stretch; common prefix/suffix with the clean text is kept unmarked."""
        if damaged == clean:
            raise ValueError("damage produced no change")
        i = 0
        while i < min(len(damaged), len(clean)) and damaged[i] == clean[i]:
            i += 1
        j = 0
        while (j < min(len(damaged), len(clean)) - i and damaged[len(damaged) - 1 - j] == clean[len(clean) - 1 - j]):
            j += 1
        mid_d = damaged[i:len(damaged) - j]
        mid_c = clean[i:len(clean) - j]
        if not mid_d:  # damage deleted something: keep whole stretch
            mid_d, mid_c, i, j = damaged, clean, 0, 0
        self.t(damaged[:i])
        self.parts.append((mid_d, "mj", mid_c))
        self.t(damaged[len(damaged) - j:] if j else "")
        return self

    def render(self):
        merged = []
        for s, k, c in self.parts:
            if merged and k and merged[-1][1] == k and k == "mj":
                ps, pk, pc = merged[-1]
                merged[-1] = (ps + s, k, pc + c)
            elif merged and k is None and merged[-1][1] is None:
                merged[-1] = (merged[-1][0] + s, None, None)
            else:
                merged.append((s, k, c))
        text, spans, cleans, pos = [], [], [], 0
        for s, k, c in merged:
            if k:
                spans.append([pos, pos + len(s)])
                cleans.append(c)
            text.append(s)
            pos += len(s)
        return "".join(text), spans, cleans


# ----------------------------------------------------------------------------------------------
# placeholder forms
# ----------------------------------------------------------------------------------------------
LABEL_ZH = {"person": "姓名", "org": "单位名称", "place": "地点", "amt": "金额", "num": "数值", "cnt": "数量",
            "pct": "比例", "date": "日期", "ymd": "日期", "year": "年份", "phone": "联系电话", "idno": "身份证号",
            "docno": "文号", "tbd": "时间", "mrn": "病案号", "street": "详细地址", "title": "标题", "projno": "项目编号",
            "orderno": "订单号"}
LABEL_EN = {"person": "name", "org": "company", "place": "city", "amt": "amount", "num": "value", "cnt": "count",
            "pct": "rate", "date": "date", "ymd": "sign_date", "year": "year", "phone": "phone", "idno": "id_no",
            "docno": "doc_no", "tbd": "deadline", "mrn": "record_no", "street": "address", "title": "title",
            "projno": "project_no", "orderno": "order_no"}
LABEL_UP = {k: v.upper() for k, v in LABEL_EN.items()}


def x_forms(ch):
    """mask vocabulary for one masking character."""
    c1, c2, c3 = ch, ch * 2, ch * 3
    return {
        "cnt": [c1, c2, c3, c2],
        "amt": [c2 + "." + c2, c1 + "." + c2, c3 + "." + c2, c2 + "." + c1, c2 * 2, c1 + "," + c3 + "." + c2],
        "num": [c2 + "." + c2, c3 + "." + c1, c2 * 2],
        "pct": [c2 + "%", c2 + "." + c1 + "%", c3 + "%", c1 + "." + c1 + "%", c1 + "%"],
        "date": [c1 + "月" + c2 + "日", c2 + "月" + c2 + "日", c1 + "月" + c1 + "日", c2 + "月" + c2 + "-" + c2 + "日"],
        "ymd": ["20" + c2 + "年" + c1 + "月" + c1 + "日", "20" + c2 + "年" + c2 + "月" + c2 + "日",
                c2 * 2 + "年" + c2 + "月" + c2 + "日", "二〇" + c2 + "年" + c1 + "月" + c1 + "日"],
        "year": ["20" + c2 + "年", "20" + c2 + "年"],
        "person": [c3, c2, c3 + "同志"[:0]],
        "phone": ["1" + c1 * 10, "0" + c3 + "-" + c2 * 3 + c1, "1" + c2 + "-" + c2 * 2 + "-" + c2 * 2],
        "mrn": [c2 * 4, c2 * 3],
        "idno": [c2 * 9],
        "street": [c3 + "路" + c2 + "号", c2 + "街" + c3 + "号"],
        "projno": [c3 + "-" + c2 * 2 + "-" + c3],
        "orderno": [c2 * 8],
    }


def mask_value(kind, fs, r, arg):
    """Return list of (text, is_placeholder) for a masked slot."""
    if fs in ("x", "X", "times", "fw", "fwl"):
        ch = {"x": "x", "X": "X", "times": "×", "fw": "Ｘ", "fwl": "ｘ"}[fs]
        F = x_forms(ch)
        if kind in ("place",):
            return [(r.choice([ch * 2, ch * 2, ch]), True), (arg, False)]
        if kind == "org":
            return [(ch * r.choice((2, 2, 3)), True), (r.choice(["有限公司", "公司", "集团", "科技有限公司"]), False)]
        if kind == "docno":
            return [(ch + arg + "〔20" + ch * 2 + "〕" + ch * r.choice((1, 2)) + "号", True)]
        if kind == "tbd":
            return [(r.choice(F["date"]), True)]
        if kind == "title":
            return [(ch * 2 + "工作方案", True)]
        if kind in ("cnt", "amt"):
            return [(r.choice(F[kind]), True), (arg, False)]
        return [(r.choice(F[kind]), True)]
    if fs == "mou":
        if kind == "person":
            return [(r.choice(SURNAMES) + r.choice(["某", "某", "某某"]), True)]
        if kind == "org":
            return [("某某", True), (r.choice(["公司", "有限公司", "科技有限公司", "商贸有限公司"]), False)]
        if kind == "place":
            return [("某某", True), (arg, False)]
        raise KeyError(kind)
    if fs == "star":
        if kind == "person":
            s = r.choice(SURNAMES)
            return [(r.choice([s + "**", s + "*", s + "*" + r.choice(GIVEN)]), True)]
        if kind == "phone":
            p = phone(r)
            return [(r.choice([p[:3] + "****" + p[7:], p[:3] + "*****" + p[8:], "*******" + p[7:]]), True)]
        if kind == "idno":
            i = idno(r)
            return [(r.choice([i[:6] + "********" + i[14:], i[:3] + "*" * 11 + i[14:], i[:1] + "*" * 16 + i[17:]]), True)]
        if kind == "mrn":
            d = digits(r, 10)
            return [(r.choice([d[:4] + "****" + d[8:], "******" + d[6:]]), True)]
        if kind == "street":
            return [(r.choice(["********", "***路***号", "****"]), True)]
        if kind == "orderno":
            d = digits(r, 19)
            return [(d[:4] + "*" * 11 + d[15:], True)]
        raise KeyError(kind)
    if fs == "bracket":
        return [("【" + LABEL_ZH[kind] + "】", True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "square":
        return [("[" + LABEL_ZH[kind] + "]", True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "brace":
        return [("{{" + LABEL_EN[kind] + "}}", True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "dollar":
        return [("${" + LABEL_EN[kind] + "}", True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "guillemet":
        return [("«" + LABEL_ZH[kind] + "»", True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "percent":
        return [("%" + LABEL_UP[kind] + "%", True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "blank":
        b = r.choice(["_" * r.randint(4, 10), "＿" * r.randint(3, 6)])
        if kind == "ymd":
            return [(r.choice(["____年__月__日", "______年____月____日", "＿＿年＿＿月＿＿日"]), True)]
        return [(b, True)] + ([(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "fill":
        return [(r.choice(["（此处填写" + LABEL_ZH[kind] + "）", "（请填写" + LABEL_ZH[kind] + "）", "(此处填写" + LABEL_ZH[kind] + ")"]), True)] + (
            [(arg, False)] if kind in ("cnt", "amt") and arg else [])
    if fs == "cms":
        return [(r.choice(["请输入标题", "此处为标题", "标题文字", "请输入" + LABEL_ZH[kind]]), True)]
    if fs == "tbd":
        return [(r.choice(["待定", "待定", "TBD", "待补充", "TODO"]), True)]
    if fs == "circle":
        if kind == "place":
            return [("○○", True), (arg, False)]
        if kind == "org":
            return [("○○", True), (r.choice(["國民小學", "股份有限公司", "事務所"]), False)]
        if kind == "person":
            return [(r.choice(SURNAMES) + "○○", True)]
        return [("○○", True)] + ([(arg, False)] if arg else [])
    raise KeyError(fs)


# ----------------------------------------------------------------------------------------------
# real values
# ----------------------------------------------------------------------------------------------
def real_value(kind, r, arg):
    if kind == "cnt":
        lo, hi = (1, 60) if arg in ("个", "次", "项", "所", "名", "岁", "天", "月", "个工作日", "个月", "日", "位") else (3, 9800)
        return str(r.randint(lo, hi)) + (arg or "")
    if kind == "amt":
        v = r.uniform(0.5, 9999)
        return (("%.2f" % v) if r.random() < 0.7 else str(int(v))) + (arg or "")
    if kind == "num":
        return "%.2f" % r.uniform(1, 999)
    if kind == "pct":
        return ("%.1f%%" % r.uniform(0.5, 99.9)) if r.random() < 0.75 else ("%d%%" % r.randint(1, 100))
    if kind == "date":
        return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))
    if kind == "ymd":
        return "%d年%d月%d日" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    if kind == "year":
        return "%d年" % r.randint(2019, 2024)
    if kind == "byear":
        return "%d年" % r.randint(1950, 1999)
    if kind == "place":
        return place(r) + (arg or "")
    if kind == "org":
        return company(r)
    if kind == "person":
        return person(r)
    if kind == "phone":
        return phone(r) if r.random() < 0.8 else "0%d-%s" % (r.randint(10, 999), digits(r, 8))
    if kind == "idno":
        return idno(r)
    if kind == "mrn":
        return digits(r, r.choice((8, 10)))
    if kind == "docno":
        return place(r)[0] + arg + "〔%d〕%d号" % (r.randint(2019, 2024), r.randint(1, 120))
    if kind == "tbd":
        return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))
    if kind == "street":
        return r.choice(STREETS) + "%d号" % r.randint(1, 300)
    if kind == "title":
        return r.choice(["关于开展夏季消防安全检查的通知", "2023年度民生实事项目进展情况", "社区养老服务驿站正式启用",
                         "全区人居环境整治现场推进会召开"])
    if kind == "projno":
        return "%s-%d-%03d" % (r.choice(["ZFCG", "GK", "JSGC"]), r.randint(2020, 2024), r.randint(1, 999))
    if kind == "orderno":
        return digits(r, 19)
    raise KeyError(kind)


SLOT = re.compile(r"\{(\w+)(?:#(\d))?(?::([^}]*))?\}")


def fill(doc, tpl, r, mask_kinds=(), fs=None, p=0.0, memo=None, pdfbreak=False):
    """Fill a template; slots of kind in mask_kinds are masked with probability p. Returns #masks."""
    memo = {} if memo is None else memo
    n = 0
    pos = 0
    for mo in SLOT.finditer(tpl):
        doc.t(tpl[pos:mo.start()])
        pos = mo.end()
        kind, ref, arg = mo.group(1), mo.group(2), mo.group(3) or ""
        key = (kind, ref) if ref else None
        if key and key in memo:
            pieces = memo[key]
        else:
            if kind in mask_kinds and r.random() < p:
                pieces = mask_value(kind, fs, r, arg)
            else:
                pieces = [(real_value(kind, r, arg), False)]
            if key:
                memo[key] = pieces
        for i, (s, isph) in enumerate(pieces):
            if isph:
                doc.p(s)
                n += 1
                if pdfbreak and i + 1 < len(pieces) and r.random() < 0.6:
                    doc.t("\n")
            else:
                doc.t(s)
    doc.t(tpl[pos:])
    return n


# ----------------------------------------------------------------------------------------------
# genre templates (written for this collection; slot syntax {kind#ref:arg})
# ----------------------------------------------------------------------------------------------
G = {}
G["report"] = dict(
    title=["{year}工作总结和下一步工作打算", "{place:街道}{year}上半年工作情况汇报", "{place:镇}人民政府{year}工作报告",
           "关于{year}民生实事项目推进情况的报告"],
    body=["全年实现地区生产总值{amt:亿元}，同比增长{pct}；一般公共预算收入{amt:亿元}。",
          "新增市场主体{cnt:户}，其中企业{cnt:家}，个体工商户{cnt:户}。",
          "{place:街道}完成老旧小区改造{cnt:个}，惠及居民{cnt:户}。",
          "累计发放创业担保贷款{amt:万元}，带动就业{cnt:人}。",
          "截至{date}，辖区老年人新冠疫苗接种覆盖率达{pct}。",
          "组织开展安全生产检查{cnt:次}，排查整改隐患{cnt:处}，整改率{pct}。",
          "{date}，{place:镇}召开乡村振兴工作推进会，部署下一阶段重点任务。",
          "城镇新增就业{cnt:人}，城镇登记失业率控制在{pct}以内。",
          "争取上级补助资金{amt:万元}，实施民生项目{cnt:个}。",
          "全年受理群众来信来访{cnt:件}，按期办结率{pct}。",
          "引进重点项目{cnt:个}，计划总投资{amt:亿元}，其中由{org}投资建设的新材料产业园已于{date}开工。",
          "完成植树造林{cnt:亩}，森林覆盖率提高到{pct}。",
          "发放城乡低保金{amt:万元}，保障困难群众{cnt:人}。",
          "新建改建农村公路{cnt:公里}，完成投资{amt:万元}。",
          "坚持以人民为中心的发展思想，统筹推进疫情防控和经济社会发展。",
          "持续优化营商环境，推动政务服务事项全程网上可办。",
          "扎实开展人居环境整治，村容村貌明显改善，群众满意度持续提升。",
          "加强基层党组织建设，充分发挥基层党组织战斗堡垒作用。",
          "坚持问题导向，聚焦群众急难愁盼问题，办成一批民生实事。"],
)
G["summary"] = dict(
    title=["（一）扎实推进控烟工作", "（二）持续开展卫生创建", "二、存在的问题", "三、下一步工作计划"],
    body=["印发《{place:市}关于进一步加强爱国卫生工作的通知》（{docno:爱卫办}），明确年度工作任务。",
          "全年共培训基层卫生人员{cnt:人次}，考核合格率{pct}。",
          "{date}至{date}，对辖区{cnt:家}医疗机构开展专项督导。",
          "市财政拨付专项经费{amt:万元}，用于城区病媒生物防制工作。",
          "我市共创成{cnt:个}省级卫生乡镇、{cnt:个}省级卫生村。",
          "在全国{cnt:个}地级市中排名第{cnt:位}，综合指数为{num}。",
          "根据《{place:市}健康企业建设实施方案》，{cnt:家}企业被命名为健康企业。",
          "各级各部门密切配合，形成了齐抓共管的良好局面。",
          "部分单位对控烟工作重视不够，宣传形式较为单一。"],
)
G["notice"] = dict(
    title=["关于召开{year}度安全生产工作会议的通知", "关于做好汛期防汛值班工作的通知", "关于开展夏季消防安全大检查的通知"],
    body=["各村（社区）、各有关单位：",
          "经研究，定于{date}上午9:00在{place:镇}政府三楼会议室召开工作会议。",
          "请各单位于{date}前将参会人员名单报送至党政办，联系人：{person}，电话：{phone}。",
          "检查范围包括辖区内{cnt:家}“九小场所”和{cnt:家}生产经营单位。",
          "请各单位高度重视，严格落实24小时值班制度，确保信息畅通。",
          "参会人员须提前10分钟到场签到，不得无故缺席。"],
    sign=["{place:街道}办事处", "{place:镇}人民政府", "{org}"],
)
G["minutes"] = dict(
    title=["会议纪要", "{place:社区}两委联席会议纪要", "项目推进协调会会议纪要"],
    body=["会议时间：{ymd}", "会议地点：{place:社区}党群服务中心二楼会议室", "主持人：{person}    记录人：{person}",
          "参会人员：{person}、{person}、{person}等{cnt:人}", "会议议定：由{person}牵头，于{date}前完成方案修订。",
          "会议听取了{org}关于项目进度的汇报，研究解决了征地补偿问题。", "会议要求各部门加强协作，确保项目按期完工。"],
)
G["contract"] = dict(
    title=["政府采购合同", "设备采购合同", "物业服务委托合同"],
    body=["甲方（采购人）：{org#1}", "乙方（供应商）：{org#2}", "合同总价为人民币{amt:元}，含税及运输安装费用。",
          "乙方应于{ymd}前将货物运至甲方指定地点并完成安装调试。", "甲方在验收合格后{cnt:个工作日}内支付合同总价的{pct}。",
          "甲方联系人：{person}，联系电话：{phone}", "乙方开户银行：中国农业银行{place:支行}", "本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。"],
)
G["lease"] = dict(
    title=["房屋租赁合同", "商品房买卖合同（节选）", "存量房屋买卖居间合同"],
    body=["出租方（甲方）：{person#1}，身份证号：{idno}", "承租方（乙方）：{person#2}，身份证号：{idno}",
          "房屋坐落于{place:区}{street}，建筑面积{amt:平方米}。", "月租金为人民币{amt:元}，押金为人民币{amt:元}。",
          "租赁期限自{ymd}起至{ymd}止。", "乙方应于每月{cnt:日}前支付当月租金。", "甲方联系电话：{phone}",
          "租赁期间水、电、燃气费用由乙方承担。"],
)
G["offer"] = dict(
    title=["录用通知书", "缴费通知", "面试通知"],
    body=["尊敬的{person}先生/女士：", "您已被我单位录用为行政专员岗位，请于{date}携带本人身份证原件到人力资源部报到。",
          "试用期{cnt:个月}，试用期月工资为人民币{amt:元}。", "报到地点：{place:区}{street}{org}", "如有疑问，请致电{phone}。",
          "您本学期应缴纳住宿费{amt:元}，请于{date}前完成缴费。", "特此通知。"],
    sign=["{org}人力资源部", "{org}"],
)
G["court"] = dict(
    title=["民事判决书", "{place:区}人民法院民事判决书"],
    body=["原告：{person#1}，男，{byear}出生，汉族，住{place:市}{street}。", "被告：{org#2}，住所地{place:区}{street}。",
          "法定代表人：{person#3}，该公司总经理。", "原告{person#1}与被告{org#2}买卖合同纠纷一案，本院于{ymd}立案后，依法适用简易程序公开开庭进行了审理。",
          "原告{person#1}向本院提出诉讼请求：判令被告支付货款{amt:元}及逾期付款利息。",
          "被告{org#2}辩称，双方确有业务往来，但货款已部分支付。", "本院认为，当事人对自己提出的诉讼请求所依据的事实，有责任提供证据加以证明。",
          "被告{org#2}于本判决生效之日起十日内支付原告{person#1}货款{amt:元}。", "案件受理费{amt:元}，由被告负担。"],
)
G["medical"] = dict(
    title=["门诊病历", "出院小结", "检验报告单"],
    body=["姓名：{person#1}  性别：男  年龄：{cnt:岁}", "门诊号：{mrn}  就诊日期：{ymd}", "联系电话：{phone}",
          "主诉：反复咳嗽{cnt:天}，伴低热。", "诊断：急性支气管炎", "处理：血常规检查，对症治疗，三日后复诊。",
          "住院号：{mrn}  入院日期：{ymd}", "医师签名：{person}"],
)
G["prescription"] = dict(
    title=["处方笺    科别：呼吸内科    费别：自费"],
    body=["患者：{person#1}  性别：女  年龄：{cnt:岁}", "病案号：{mrn}  日期：{ymd}", "临床诊断：上呼吸道感染",
          "Rp：阿莫西林胶囊 0.25g×24粒  用法：每次0.5g，每日3次，口服", "Rp：复方甘草口服溶液 100ml×1瓶  用法：每次10ml，每日3次",
          "医师：{person}  审核：{person}  金额：{amt:元}", "身份证号：{idno}"],
)
G["ecommerce"] = dict(
    title=["订单详情", "电子发货单"],
    body=["订单编号：{orderno}", "下单时间：{ymd} 14:32:07", "收货人：{person}  手机：{phone}",
          "收货地址：{place:市}{place:区}{street}", "商品：纯棉短袖T恤（白色，L码）×2  实付：{amt:元}", "配送方式：普通快递  运费：0.00元",
          "商家：{org}", "支付方式：在线支付  实付金额：{amt:元}"],
)
G["delivery"] = dict(
    title=["快递面单信息", "物流签收记录"],
    body=["运单号：SF" + "{mrn}", "寄件人：{person} {phone}", "收件人：{person} {phone}", "收件地址：{place:市}{street}",
          "签收时间：{ymd} 10:21", "签收人：{person}", "物品：文件  重量：0.5kg"],
)
G["tender"] = dict(
    title=["{place:县}第一中学食堂改造项目招标公告", "{place:区}道路照明设施维护项目竞争性磋商公告"],
    body=["项目编号：{projno}", "预算金额：{amt:万元}", "投标截止时间：{ymd}9时30分", "开标地点：{place:县}公共资源交易中心",
          "采购人：{org}  联系人：{person}  电话：{phone}", "投标人须具备建筑工程施工总承包三级及以上资质。"],
)
G["commend"] = dict(
    title=["关于表彰{year}度先进集体和先进个人的决定"],
    body=["经研究，决定授予{person}、{person}、{person}等{cnt:名}同志“优秀共产党员”称号。",
          "授予{place:社区}党支部等{cnt:个}单位“先进基层党组织”称号。", "希望受表彰的同志珍惜荣誉，再接再厉。",
          "优秀工作者：{person}（{place:社区}）、{person}（{org}）"],
    sign=["{place:街道}党工委", "中共{place:镇}委员会"],
)
G["stat"] = dict(
    title=["主要经济指标完成情况表", "{year}1-6月民生指标统计表"],
    body=["指标名称\t单位\t本期\t同比增长", "地区生产总值\t亿元\t{num}\t{pct}", "规模以上工业增加值\t亿元\t{num}\t{pct}",
          "社会消费品零售总额\t亿元\t{num}\t{pct}", "固定资产投资\t亿元\t{num}\t{pct}", "城镇新增就业\t人\t{cnt}\t{pct}",
          "居民人均可支配收入\t元\t{num}\t{pct}"],
)
G["press"] = dict(
    title=["{place:市}举办首届乡村文化旅游节", "{place:区}召开优化营商环境工作推进会"],
    body=["{date}，由{org}承办的乡村文化旅游节在{place:镇}开幕，吸引游客{cnt:人次}。",
          "活动期间共签约文旅项目{cnt:个}，签约金额{amt:亿元}。", "{place:区}区长{person}出席会议并讲话。",
          "据统计，节会期间实现旅游综合收入{amt:万元}，同比增长{pct}。", "与会人员实地观摩了非遗展示和特色农产品展销。"],
)
G["school"] = dict(
    title=["致家长的一封信", "关于暑假安全教育的告家长书"],
    body=["尊敬的{person}同学家长：", "学校定于{date}举行期末家长会，请您准时参加。", "会议地点：{place:区}实验小学三楼报告厅",
          "班主任：{person}  联系电话：{phone}", "暑假期间请加强对孩子的安全教育，严防溺水事故。"],
    sign=["{place:区}实验小学"],
)
G["memo"] = dict(
    title=["工作任务分解表", "专项工作推进备忘"],
    body=["任务一：完善社区网格化管理制度  负责人：{person}  完成时限：{tbd}", "任务二：组织消防应急演练  负责人：{person}  完成时限：{tbd}",
          "任务三：更新辖区企业台账  牵头科室：经济发展办  完成时限：{tbd}", "经费预算：{amt:万元}", "备注：请各责任人按时报送进度。"],
)
G["cms"] = dict(
    title=["标题：{title}"],
    body=["发布时间：{ymd}  来源：{org}  浏览次数：{cnt}", "作者：{person}  编辑：{person}", "正文：为进一步提升群众获得感，街道近期组织开展了系列惠民活动。",
          "附件：活动安排表.docx", "责任编辑：{person}"],
)
G["certificate"] = dict(
    title=["在职证明", "收入证明", "居住证明"],
    body=["兹证明{person}同志（身份证号：{idno}）系我单位正式职工，自{ymd}起在我单位工作至今。", "该同志月平均收入为人民币{amt:元}。",
          "现居住于{place:区}{street}。", "特此证明。", "单位联系电话：{phone}"],
    sign=["{org}（盖章）"],
)
G["form"] = dict(
    title=["报名信息导出表", "志愿者报名统计"],
    body=["序号,姓名,手机号,所在单位,报名时间", "1,{person},{phone},{org},{ymd}", "2,{person},{phone},{org},{ymd}",
          "3,{person},{phone},{place:社区}居委会,{ymd}"],
)


def genre_lines(r, g, mask_kinds=(), fs=None, p=0.0, nbody=(2, 6), sign=None, memo=None, pdfbreak=False, doc=None):
    """Render a genre into doc (title, body lines, optional signature). Returns (doc, #masks)."""
    spec = G[g]
    doc = doc or Doc()
    memo = {} if memo is None else memo
    n = 0
    if "title" in spec and r.random() < 0.8:
        n += fill(doc, r.choice(spec["title"]), r, mask_kinds, fs, p, memo, pdfbreak)
        doc.t("\n")
    body = spec["body"]
    k = min(len(body), r.randint(*nbody))
    if g in ("stat", "form", "minutes", "contract", "lease", "medical", "prescription", "ecommerce", "delivery", "court", "offer",
             "school", "notice", "certificate", "memo", "cms", "commend", "tender"):
        start = r.randint(0, len(body) - k)
        chosen = body[start:start + k]
    else:
        chosen = r.sample(body, k)
    for i, line in enumerate(chosen):
        n += fill(doc, line, r, mask_kinds, fs, p, memo, pdfbreak)
        doc.t("\n")
    if (sign if sign is not None else ("sign" in spec and r.random() < 0.6)) and "sign" in spec:
        n += fill(doc, r.choice(spec["sign"]), r, mask_kinds, fs, p, memo, pdfbreak)
        doc.t("\n")
        n += fill(doc, "{ymd}", r, mask_kinds, fs, p, memo, pdfbreak)
        doc.t("\n")
    return doc, n


# ----------------------------------------------------------------------------------------------
# ph family: positives
# ----------------------------------------------------------------------------------------------
STYLES = []  # (name, family, label, func, note)


def style(name, family, label, note):
    def deco(f):
        STYLES.append((name, family, label, f, note))
        return f
    return deco


def ph_genre_style(name, g, kinds, fs, p=0.5, note="", pdfbreak=False, sign=None, nbody=(2, 6)):
    def f(r):
        for _ in range(50):
            doc, n = genre_lines(r, g, kinds, fs, p, nbody=nbody, sign=sign, pdfbreak=pdfbreak)
            if n:
                return doc
        raise RuntimeError("no mask in " + name)
    STYLES.append((name, "ph", "placeholder", f, note or "%s with %s masks (%s)" % (g, fs, "/".join(kinds))))


ph_genre_style("report_count_lower_x", "report", ("cnt",), "x", 0.6, "work report, counts masked as x/xx/xxx")
ph_genre_style("report_count_upper_x", "report", ("cnt",), "X", 0.6, "work report, counts masked as X/XX/XXX")
ph_genre_style("report_amount_mask", "report", ("amt",), "x", 0.7, "work report, money masked as xx.xx万元")
ph_genre_style("report_percent_mask", "report", ("pct",), "x", 0.7, "work report, rates masked as xx.x%")
ph_genre_style("report_date_mask", "report", ("date",), "x", 0.8, "work report, dates masked as x月xx日")
ph_genre_style("report_place_upper_xx", "report", ("place", "org"), "X", 0.7, "work report, place/company names masked XX街道")
ph_genre_style("report_dense_mixed", "report", ("cnt", "amt", "pct", "date", "place", "org", "year"), "x", 0.75,
               "anonymised compilation, nearly every fact masked")
ph_genre_style("report_times_sign_mask", "report", ("cnt", "amt", "pct", "place"), "times", 0.6, "masks written with ×× (multiplication sign)")
ph_genre_style("report_fullwidth_mask", "report", ("cnt", "place", "pct"), "fw", 0.6, "full-width ＸＸ masks from a word processor")
ph_genre_style("report_fullwidth_lower_mask", "report", ("cnt", "amt", "date"), "fwl", 0.6, "full-width lower-case ｘｘ masks")
ph_genre_style("summary_docno_mask", "summary", ("docno",), "x", 0.9, "document number masked x爱卫办〔20xx〕x号")
ph_genre_style("summary_mixed_mask", "summary", ("cnt", "pct", "date", "place", "num", "amt"), "x", 0.6, "departmental summary with scattered masks")
ph_genre_style("summary_pdf_linebreak", "summary", ("cnt", "amt"), "x", 0.7, "masks followed by a PDF line break before the unit",
               pdfbreak=True)
ph_genre_style("notice_date_place_mask", "notice", ("date", "place"), "X", 0.7, "meeting notice with XX月XX日 and XX镇")
ph_genre_style("notice_contact_mask", "notice", ("person", "phone"), "X", 0.8, "notice contact person XXX, phone 1XXXXXXXXXX")
ph_genre_style("notice_signature_mask", "notice", ("ymd", "org", "place"), "X", 0.9, "placeholder in the signature block", sign=True,
               nbody=(1, 3))
ph_genre_style("minutes_pseudonym_mou", "minutes", ("person",), "mou", 0.7, "minutes with participants written 张某")
ph_genre_style("minutes_ymd_place_mask", "minutes", ("ymd", "place", "cnt"), "x", 0.7, "minutes with masked date/place")
ph_genre_style("contract_blank_amount", "contract", ("amt", "ymd"), "blank", 0.8, "contract with 人民币____元 blanks")
ph_genre_style("contract_party_blank", "contract", ("org", "person", "phone"), "blank", 0.8, "contract parties left as ______")
ph_genre_style("contract_bracket_fields", "contract", ("org", "amt", "ymd", "person", "phone"), "bracket", 0.7, "template fields 【单位名称】")
ph_genre_style("lease_blank_fields", "lease", ("person", "idno", "amt", "ymd", "street"), "blank", 0.6, "lease template with blanks")
ph_genre_style("lease_idno_starred", "lease", ("idno", "phone"), "star", 0.9, "lease with starred identity numbers")
ph_genre_style("offer_mailmerge_guillemet", "offer", ("person", "date", "amt", "org"), "guillemet", 0.7, "Word mail-merge fields «姓名»")
ph_genre_style("offer_mailmerge_braces", "offer", ("person", "date", "amt", "phone", "org"), "brace", 0.7, "template engine {{name}} left")
ph_genre_style("offer_mailmerge_dollar", "offer", ("person", "date", "amt", "org", "street"), "dollar", 0.7, "${name} variables left")
ph_genre_style("offer_mailmerge_percent", "offer", ("person", "amt", "date", "phone"), "percent", 0.7, "%NAME% merge tokens left")
ph_genre_style("court_pseudonym_person", "court", ("person",), "mou", 0.9, "judgment: natural persons pseudonymised 张某/张某某")
ph_genre_style("court_company_moumou", "court", ("org",), "mou", 0.9, "judgment: company masked 某某公司")
ph_genre_style("court_mixed_mou", "court", ("person", "org", "place"), "mou", 0.8, "judgment: persons, company and places masked")
ph_genre_style("court_star_idno", "court", ("person",), "star", 0.9, "judgment published with starred names 张**")
ph_genre_style("medical_record_starred", "medical", ("mrn", "phone", "person"), "star", 0.8, "medical record with masked patient number")
ph_genre_style("prescription_starred", "prescription", ("person", "mrn", "idno"), "star", 0.8, "prescription with masked patient")
ph_genre_style("ecommerce_phone_starred", "ecommerce", ("phone", "person"), "star", 0.9, "order with 138****5678")
ph_genre_style("ecommerce_address_starred", "ecommerce", ("street", "orderno", "phone"), "star", 0.9, "order with starred address")
ph_genre_style("delivery_note_starred", "delivery", ("person", "phone"), "star", 0.8, "waybill with starred sender/receiver")
ph_genre_style("tender_mask_lower", "tender", ("ymd", "amt", "projno", "place"), "x", 0.7, "tender announcement with xx masks")
ph_genre_style("tender_contact_upper", "tender", ("person", "phone", "org"), "X", 0.8, "tender contact masked XXX")
ph_genre_style("commendation_names_upper", "commend", ("person",), "X", 0.8, "commendation list XXX同志")
ph_genre_style("commendation_names_times", "commend", ("person", "cnt", "place"), "times", 0.7, "commendation list ×××")
ph_genre_style("stat_table_cell_mask", "stat", ("num", "pct", "cnt"), "x", 0.5, "flattened table with masked cells", nbody=(3, 7))
ph_genre_style("stat_table_cell_times", "stat", ("num", "pct"), "times", 0.5, "flattened table, cells ××.××", nbody=(3, 7))
ph_genre_style("press_release_mask", "press", ("place", "org", "cnt", "person"), "x", 0.6, "press release with xx市")
ph_genre_style("school_letter_braces", "school", ("person", "date", "phone"), "brace", 0.8, "school letter with {{name}}")
ph_genre_style("memo_tbd_values", "memo", ("tbd",), "tbd", 0.8, "task table with 待定/TBD/TODO as values")
ph_genre_style("memo_tbd_person", "memo", ("person", "tbd", "amt"), "tbd", 0.7, "task table, owner and deadline 待定")
ph_genre_style("cms_title_placeholder", "cms", ("title",), "cms", 1.0, "CMS page with 请输入标题")
ph_genre_style("cms_bracket_fields", "cms", ("org", "ymd", "person"), "bracket", 0.8, "CMS page with 【单位名称】")
ph_genre_style("certificate_blank", "certificate", ("person", "idno", "ymd", "amt"), "blank", 0.7, "certificate template with blanks")
ph_genre_style("certificate_fill_hint", "certificate", ("person", "org", "idno", "amt"), "fill", 0.7, "（此处填写姓名） hints left")
ph_genre_style("form_export_starred", "form", ("phone",), "star", 1.0, "form software export with starred phones")
ph_genre_style("square_bracket_notice", "notice", ("person", "org", "date", "phone"), "square", 0.8, "[姓名] style fields")


@style("report_title_year_mask", "ph", "placeholder", "title and signature with 20xx年 / XX街道")
def _(r):
    doc = Doc()
    ch = r.choice("xX")
    doc.p("20" + ch * 2).t("年" + r.choice(["工作总结", "上半年工作总结", "工作计划", "述职报告"]) + "\n")
    genre_lines(r, "report", nbody=(1, 4), doc=doc)
    if r.random() < 0.6:
        doc.p(ch * 2).t(r.choice(["街道办事处", "镇人民政府", "局"]) + "\n")
        doc.p("20" + ch * 2 + "年" + ch + "月" + ch + "日")
    return doc


@style("report_footnote_mask", "ph", "placeholder", "clean report, masked source in a footnote")
def _(r):
    doc, _n = genre_lines(r, "report", nbody=(2, 5))
    ch = r.choice(["x", "X", "××"[:1]])
    doc.t(r.choice(["注：", "数据来源：", "*注："]))
    k = r.randint(0, 2)
    if k == 0:
        doc.t("以上数据来源于").p(ch * 2).t("市统计局快报，截至").p(ch + "月" + ch * 2 + "日").t("。")
    elif k == 1:
        doc.t("本表由").p(ch * 2).t("区发展和改革局提供，统计口径为规模以上企业。")
    else:
        doc.t("部分数据为预计数，最终以").p("20" + ch * 2).t("年统计年鉴为准。")
    return doc


@style("srt_news_pseudonym", "ph", "placeholder", "news-video subtitles naming an interviewee by pseudonym")
def _(r):
    doc = Doc()
    t0 = r.randint(1, 50)
    lines = ["记者在{place:社区}看到，改造后的小区干净整洁。", "受访居民{person}说，电梯装好后出门方便多了。",
             "{person}告诉记者，这笔钱本来是给孩子交学费的。", "目前，警方已对涉案人员{person}依法采取刑事强制措施。",
             "办案民警介绍，{person}通过虚构投资项目骗取钱款。"]
    n = 0
    chosen = r.sample(lines, r.randint(2, 3))
    if not any("{person}" in c for c in chosen):
        chosen[-1] = lines[1]
    for i, l in enumerate(chosen):
        a, b = t0 + i * 4, t0 + i * 4 + 3
        doc.t("%d\n00:00:%02d,%03d --> 00:00:%02d,%03d\n" % (i + 1, a, r.randint(0, 999), b, r.randint(0, 999)))
        n += fill(doc, l, r, ("person",), "mou", 1.0)
        doc.t("\n")
    return doc


@style("taiwan_circle_mask", "ph", "placeholder", "Taiwan notice in traditional characters with ○○ masks")
def _(r):
    doc = Doc()
    lines = ["主旨：{place:縣}{org}辦理112學年度教師甄選簡章，請查照。", "說明：依據教育部函辦理，報名日期自即日起至本月底止。",
             "聯絡人：{person}，電話：(07)331-2456分機215。", "承辦單位：{place:市}政府教育局", "本案經費由{org}補助。"]
    n = 0
    for _ in range(20):
        doc = Doc()
        n = 0
        for l in r.sample(lines, r.randint(2, 4)):
            n += fill(doc, l, r, ("place", "org", "person"), "circle", 0.7)
            doc.t("\n")
        if n:
            break
    return doc


@style("report_todo_comment", "ph", "placeholder", "editor's TODO / 待补充 left in a published report")
def _(r):
    doc, _n = genre_lines(r, "report", nbody=(2, 4))
    k = r.randint(0, 3)
    if k == 0:
        doc.t("三、下一步工作打算\n").p(r.choice(["TODO：补充明年重点任务", "TODO", "【待补充】", "（待补充）"]))
    elif k == 1:
        doc.t("全年完成投资").p("待补充").t("，占年度计划的").p(r.choice(["xx%", "XX%"])).t("。")
    elif k == 2:
        doc.t("经费来源：").p("待定").t("；实施主体：").p("待定").t("。")
    else:
        doc.t("（").p("TODO: 核实数据后更新").t("）")
    return doc


@style("questionnaire_header_blank", "ph", "placeholder", "questionnaire whose respondent header is a blank template (questions themselves are real)")
def _(r):
    doc = Doc()
    doc.t(place(r) + "社区居民满意度调查问卷\n")
    doc.t("调查员：").p(r.choice(["________", "＿＿＿＿"])).t("  调查日期：").p(r.choice(["____年__月__日", "20xx年xx月xx日"])).t("\n")
    doc.t("1. 您对社区环境卫生是否满意？ □满意 □基本满意 □不满意\n")
    doc.t("2. 您平时参加社区活动的频率是？ □经常 □偶尔 □从不")
    return doc


# ----------------------------------------------------------------------------------------------
# ph family: negatives (look-alikes that are not placeholders)
# ----------------------------------------------------------------------------------------------
def neg_style(name, family, note, genre, traps, allow=(), nfill=(1, 3), ntrap=(1, 3)):
    """traps: list of callables r -> str (or plain strings)."""
    def f(r):
        doc = Doc()
        lines = []
        if genre:
            d2, _ = genre_lines(r, genre, nbody=nfill)
            lines = d2.render()[0].rstrip("\n").split("\n")
        k = r.randint(*ntrap)
        tr = [t(r) if callable(t) else t for t in r.sample(traps, min(k, len(traps)))]
        if lines and r.random() < 0.5:
            pos = r.randint(1, len(lines))
            lines[pos:pos] = tr
        else:
            lines += tr
        doc.t("\n".join(lines))
        return doc
    f.allow = set(allow)
    STYLES.append((name, family, "negative", f, note))


def R(fmt):
    """template with {i:a-b} integer and {f:a-b} float fields and {person}/{place}/{org}."""
    def g(r):
        def rep(mo):
            k, a = mo.group(1), mo.group(2)
            if k == "i":
                lo, hi = re.fullmatch(r"(-?[\d.]+)-(-?[\d.]+)", a).groups()
                return str(r.randint(int(lo), int(hi)))
            if k == "f":
                lo, hi = re.fullmatch(r"(-?[\d.]+)-(-?[\d.]+)", a).groups()
                return "%.1f" % r.uniform(float(lo), float(hi))
            return {"person": person, "place": place, "org": company, "phone": phone}[k](r)
        return re.sub(r"\{(i|f|person|place|org|phone)(?::([\d.\-]+))?\}", rep, fmt)
    return g


neg_style("vocational_1plusx_certificate", "ph", "1+X证书 and 7+X are policy names, not masks", "report", [
    R("推进“1+X”证书制度试点，全年{i:30-900}名学生获得职业技能等级证书。"),
    R("学院新增1+X证书试点项目{i:2-12}个，覆盖{i:3-20}个专业。"),
    R("构建“7+X”产业体系，培育壮大新能源、新材料等重点产业。"),
    R("实施“3+X”帮扶机制，每名干部结对帮扶{i:2-6}户困难家庭。"),
    R("探索“1+N+X”社区治理模式，在{place}街道先行试点。")])
neg_style("tech_x86_architecture", "ph", "x86 / x64 / ARM are architectures", "tender", [
    R("服务器采用x86架构，配置{i:2-8}颗处理器，内存不低于{i:64-512}GB。"),
    R("终端操作系统须兼容x86_64与ARM64平台。"),
    R("采购国产化x86服务器{i:2-40}台，预算{i:30-900}万元。"),
    "软件安装包分为x64和x86两个版本，请根据系统位数选择。"])
neg_style("medical_xray", "ph", "X光 / X射线 / X线 are medical terms", "medical", [
    R("胸部X线片示双肺纹理增粗，未见明显实变影。"),
    "建议行X光检查以排除骨折。",
    R("医院新购置数字化X射线摄影系统{i:1-3}台。"),
    "X射线衍射分析表明样品主要物相为石英。",
    "CT及X光检查结果已告知患者家属。"])
neg_style("apparel_size_codes", "ph", "XL/XXL/XS are clothing sizes", "ecommerce", [
    R("商品：运动速干T恤（藏青色，XL码）×{i:1-3}"),
    R("规格：XXL码  数量：{i:1-4}件"),
    "尺码对照：S码适合身高155-160厘米，XS码适合150厘米以下。",
    R("校服订购统计：M码{i:10-90}套，L码{i:10-90}套，XL码{i:5-40}套，XXL码{i:1-15}套。"),
    "本款偏小一码，建议平时穿L码的顾客选择XL码。"])
neg_style("work_schedule_multiplication", "ph", "5×8小时 / 7×24小时 service hours", "notice", [
    R("政务服务大厅实行5×8小时工作制，节假日提供预约服务。"),
    "12345热线实行7×24小时全天候人工服务。",
    R("运维团队提供7×24小时响应，故障{i:2-4}小时内到场处理。"),
    "应急值守实行“2×12”小时轮班制度。"])
neg_style("math_multiplication", "ph", "arithmetic with × between numbers", "stat", [
    R("按照每户{i:100-900}元标准测算，共需资金{i:100-900}×{i:10-99}元。"),
    R("会议室面积为{i:6-12}×{i:5-9}平方米。"),
    R("板材规格1220×2440×{i:9-18}mm，共采购{i:20-200}张。"),
    R("计算方法：年度得分=季度平均分×0.7+年终考核分×0.3。"),
    R("3×4的方阵共有12名队员，参加{i:2-9}个项目的比赛。")], nfill=(1, 2))
neg_style("formula_variables", "ph", "algebra and regression variables", None, [
    R("设每年增长率为x，则有{i:100-500}(1+x)²={i:501-900}。"),
    "经回归分析，得到拟合方程y=0.82x+3.15，其中x为投入资金（万元），y为产出值（万元）。",
    "当x→0时，函数f(x)的极限为1。",
    "解方程组：2x+y=7，x−y=2，得x=3，y=1。",
    "令X表示抽检不合格的样本数，则X服从二项分布B(n,p)。",
    R("若x、y均为正整数，且x+y={i:5-20}，求xy的最大值。")], ntrap=(2, 4))
neg_style("prose_mou_indefinite", "ph", "某些 / 某种 / 某年某月 as ordinary indefinites", "report", [
    "某些地区仍存在重建轻管的现象，需要进一步加强长效管理。",
    "在某种程度上，基层减负仍有较大空间。",
    "老人只记得那是某年某月的一个雨夜，具体日子已经说不清了。",
    "某一环节出现疏漏，都可能影响整体工作进度。",
    "在某些特定情况下，可以适当延长办理时限。"])
neg_style("exam_fill_in_blanks", "ph", "exam questions whose blanks are questions, not placeholders", None, [
    R("{i:1-9}. 我国的首都是______。"),
    R("{i:1-9}. 光在真空中的传播速度约为______m/s。"),
    "（  ）下列选项中，不属于可再生能源的是 A.太阳能 B.风能 C.煤炭 D.水能",
    R("{i:10-20}. 将下列句子补充完整：海内存知己，________。"),
    "三、填空题（每空2分，共20分）",
    "1. 1千克=（    ）克  2. 3时=（    ）分",
    "选择题：我国国土面积约为（   ）万平方千米。"], allow={"blank"}, ntrap=(3, 5))
neg_style("questionnaire_checkboxes", "ph", "□ boxes are answer options", None, [
    "1. 您的性别：□男 □女",
    "2. 您的年龄段：□18岁以下 □18-35岁 □36-60岁 □60岁以上",
    "3. 您对窗口服务态度的评价：□非常满意 □满意 □一般 □不满意",
    "4. 您获取政策信息的主要渠道（可多选）：□电视 □报纸 □微信公众号 □社区宣传栏",
    "5. 您是否愿意参加社区志愿服务？ □是 □否",
    "问卷说明：请在相应的□内打“√”。"], ntrap=(3, 6))
neg_style("srt_subtitles_clean", "ph", "subtitle file with time codes and real names", None, [
    R("{i:1-9}\n00:0{i:0-5}:1{i:0-9},200 --> 00:0{i:0-5}:2{i:0-9},000\n{place}镇党委书记{person}介绍了项目情况。"),
    R("{i:10-19}\n00:0{i:0-5}:3{i:0-9},480 --> 00:0{i:0-5}:4{i:0-9},120\n今年全镇共种植高山蔬菜{i:1000-9000}亩。"),
    R("{i:20-29}\n00:1{i:0-5}:0{i:0-9},000 --> 00:1{i:0-5}:1{i:0-9},900\n村民们说，路修好了，日子也越过越有奔头。")], ntrap=(2, 3))
neg_style("patent_formula_variables", "ph", "patent claims with formula variables x, y, n", None, [
    "权利要求1：一种基于深度学习的图像识别方法，其特征在于包括以下步骤：",
    "式中，x表示输入特征向量，W为权重矩阵，b为偏置项。",
    "所述催化剂的化学式为LaxSr1-xCoO3，其中0.1≤x≤0.5。",
    R("根据公式(1)计算得到修正系数k，其中n为采样点数，取值为{i:8-64}。"),
    "所述X轴方向与Y轴方向相互垂直，Z轴垂直于基板表面。",
    "优选地，所述合金中x的取值范围为0.2～0.4。"], ntrap=(2, 4))
neg_style("karyotype_46xx", "ph", "chromosome karyotype 46,XX / 46,XY", "medical", [
    "染色体核型分析：46,XX，未见明显数目及结构异常。",
    "羊水细胞染色体核型为46,XY。",
    "X连锁隐性遗传病多见于男性患者。",
    "结果提示性染色体为XX型。"], allow={"x_mask"})
neg_style("law_exam_jia_yi", "ph", "hypothetical parties 甲/乙/丙 in a law exam", None, [
    "案例分析：甲公司与乙公司签订买卖合同，约定乙公司于6月1日前交货。",
    "甲向乙借款5万元，丙为该笔借款提供连带责任保证。",
    "问：乙公司能否以甲公司违约为由解除合同？请说明理由。",
    "丁在乙不知情的情况下将该房屋出租给戊。",
    "（本题为模拟题，人物及情节均为虚构）"], ntrap=(2, 4))
neg_style("social_platform_x", "ph", "X as the name of a social platform / company", "press", [
    "该视频在社交平台X（原推特）上的播放量已超过百万次。",
    "SpaceX公司当天成功发射了一枚猎鹰9号火箭。",
    "电影《X战警》系列在国内拥有大量观众。",
    "他在X平台上发文回应了相关质疑。"])
neg_style("coordinate_axes", "ph", "X轴/Y轴 and x坐标 in a technical description", None, [
    "图中X轴表示年份，Y轴表示年度财政收入（亿元）。",
    R("测点{i:1-9}的x坐标为{i:100-999}.{i:10-99}，y坐标为{i:100-999}.{i:10-99}。"),
    "数控机床X轴行程为800mm，Y轴行程为500mm。",
    "散点图横轴（x）为人均GDP，纵轴（y）为城镇化率。"], ntrap=(2, 3))
neg_style("product_models_x", "ph", "model names containing X", "tender", [
    "采购华拓X5型无人机2架，续航时间不少于40分钟。",
    "车型：X3 2.0T 四驱版",
    "投影仪型号：EB-X51，亮度3800流明。",
    "配备X-Trail越野车一辆用于森林防火巡查。"])
neg_style("contract_fully_filled", "ph", "contract with every field filled in", "contract", [
    R("合同总价：人民币{i:10-99}万元整（¥{i:100000-999999}.00）。"),
    R("签订日期：202{i:0-4}年{i:1-12}月{i:1-28}日"),
    "本合同未尽事宜，由双方协商解决。"], nfill=(3, 6), ntrap=(1, 2))
neg_style("court_named_parties", "ph", "administrative judgment naming public bodies and a company in full", "court", [
    R("原告：{org}，住所地{place}市人民路{i:1-300}号。"),
    R("被告：{place}市市场监督管理局，住所地{place}市建设大道{i:1-300}号。"),
    R("负责人：{person}，该局局长。"),
    "本院认为，被诉行政处罚决定认定事实清楚，适用法律正确。"], nfill=(0, 0), ntrap=(2, 4))
neg_style("relay_and_dimensions", "ph", "4×100米接力 and size specifications", "press", [
    R("在4×100米接力比赛中，{place}中学代表队以{i:44-49}.{i:10-99}秒夺冠。"),
    "4×400米混合接力决赛将于明天上午进行。",
    R("展板尺寸为120×240厘米，共制作{i:10-60}块。"),
    R("篮球场面积28×15米，共新建{i:2-9}块。")])
neg_style("microscope_magnification", "ph", "10×目镜, 2x速度 magnifications", None, [
    "显微镜目镜为10×，物镜为40×，总放大倍数为400倍。",
    "视频支持0.5x、1.0x、1.5x和2x倍速播放。",
    "使用5倍（5×）放大镜观察叶片表面。",
    R("本次实验共观察装片{i:3-12}张。")], ntrap=(2, 3))
neg_style("chi_square_statistics", "ph", "χ² tests and P values in a medical paper", None, [
    R("两组患者治疗总有效率比较，差异有统计学意义（χ²={i:3-12}.{i:10-99}，P<0.05）。"),
    "采用SPSS 26.0软件进行统计分析，计量资料以均数±标准差（x̄±s）表示。",
    "组间比较采用t检验，计数资料采用χ²检验。",
    R("观察组{i:30-60}例，对照组{i:30-60}例，两组一般资料比较差异无统计学意义。")], ntrap=(2, 4))
neg_style("bank_card_last_digits", "ph", "card tail numbers and full phone numbers, nothing masked", "offer", [
    R("您尾号{i:1000-9999}的银行卡已成功转入工资{i:3000-9000}.00元。"),
    R("如需帮助，请拨打客服热线400-{i:100-999}-{i:1000-9999}。"),
    R("验证码已发送至{phone}，5分钟内有效。")])
neg_style("vitamin_and_grades", "ph", "单字母 grades and vitamins, A股, B超", "report", [
    "辖区内A级纳税人数量较上年有所增加。",
    "孕妇应适量补充维生素B和叶酸。",
    "B超检查未见异常。",
    "今年以来，辖区新增A股上市公司1家。",
    "全市旅游景区中，4A级以上景区共有12家。"])
neg_style("emoji_social_post", "ph", "social post with emoji and hashtags", None, [
    R("#{place}文旅# 周末打卡{place}古镇，油菜花开得正好🌼🌼"),
    "今天的志愿服务圆满结束啦！感谢每一位参与的小伙伴👏👏",
    R("点赞{i:100-999} 评论{i:10-99} 转发{i:10-99}"),
    "📍地址：古镇东门游客中心  ⏰开放时间：8:00-18:00"], ntrap=(2, 4))
neg_style("file_names_and_versions", "ph", "file names and version strings", None, [
    R("附件1：{place}街道{i:2019-2024}年度工作总结（定稿）.docx"),
    R("附件2：项目资金明细表_v{i:1-5}.{i:0-9}.xlsx"),
    "请将材料命名为“单位名称+联系人”后发送至指定邮箱。",
    R("系统版本：V{i:1-9}.{i:0-9}.{i:0-9}  更新日期：202{i:0-4}-0{i:1-9}-1{i:0-9}")], ntrap=(2, 4))
neg_style("literature_quote_mou", "ph", "literary and historical prose with 某", None, [
    "“吾某日将归”，信中只留下这样一句话。",
    "据地方志记载，某年大旱，颗粒无收，百姓流离失所。",
    "某种意义上说，这座老桥见证了小镇百年的变迁。",
    "那时候，村里的某些习俗至今仍在延续。"], ntrap=(2, 3))
neg_style("ordered_lists_and_roman", "ph", "Roman numerals and list labels", "summary", [
    "Ⅰ类水质断面占比较上年提高。",
    "Ⅳ级应急响应已于当日终止。",
    "附表Ⅱ：重点项目清单",
    "（ⅰ）资金来源；（ⅱ）实施步骤；（ⅲ）保障措施。"])
neg_style("money_in_words_and_blanks_filled", "ph", "amounts written in capitals, nothing left blank", "lease", [
    R("月租金人民币{i:2-9}仟{i:1-9}佰元整（¥{i:2000-9999}.00）。"),
    "甲方已收到乙方支付的押金，特此确认。",
    R("交房日期：202{i:3-5}年{i:1-12}月{i:1-28}日")])
neg_style("temperature_and_units", "ph", "units and symbols in a weather and environment bulletin", "report", [
    R("全年空气质量优良天数{i:280-350}天，PM2.5平均浓度{i:18-40}μg/m³。"),
    R("最高气温{i:35-40}℃，最低气温{i:-5-5}℃，日照时数{i:1500-2200}小时。"),
    R("单位面积产量{i:400-700}kg/亩，比上年增加{i:1-9}.{i:0-9}‰。")])


# ----------------------------------------------------------------------------------------------
# mj family: damage made with real codecs
# ----------------------------------------------------------------------------------------------
def _dec(b, enc, errors="replace"):
    return b.decode(enc, errors=errors)


def d_codec(src, dst, errors="replace"):
    def f(s, r):
        return _dec(s.encode(src), dst, errors)
    return f


def d_double_utf8_gbk(s, r):
    return _dec(_dec(s.encode("utf-8"), "gbk").encode("utf-8"), "gbk")


def d_kunjinkao(s, r):
    # GBK bytes read as UTF-8 (-> U+FFFD), saved as UTF-8, read back as GBK -> 锟斤拷
    return _dec(_dec(s.encode("gbk"), "utf-8").encode("utf-8"), "gbk")


def d_latin1_double(s, r):
    return _dec(_dec(s.encode("utf-8"), "cp1252").encode("utf-8"), "cp1252")


def d_qmarks_ascii(s, r):
    return s.encode("ascii", errors="replace").decode("ascii")


def d_qmarks_gb2312(s, r):
    return s.encode("gb2312", errors="replace").decode("gb2312")


def d_truncate_utf8(s, r):
    b = s.encode("utf-8")
    # cut inside a multi-byte character
    cands = [i for i in range(len(b) // 3, len(b)) if (b[i] & 0xC0) == 0x80]
    return _dec(b[:r.choice(cands)], "utf-8")


def d_gbk_slip(s, r):
    b = s.encode("gbk")
    cands = [i for i in range(len(b) - 2) if b[i] >= 0x81]
    i = r.choice(cands[: max(1, len(cands) // 2)])
    return _dec(b[:i] + b[i + 1:], "gbk")


def d_named_entities(s, r):
    out = []
    for c in s:
        n = html.entities.codepoint2name.get(ord(c))
        out.append("&%s;" % n if n and ord(c) > 127 else c)
    return "".join(out)


def d_ncr(s, r):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def d_ncr_hex(s, r):
    return "".join("&#x%x;" % ord(c) if ord(c) > 127 else c for c in s)


def d_unicode_escape(s, r):
    return s.encode("unicode_escape").decode("ascii")


def d_json_escape(s, r):
    return json.dumps(s)[1:-1]


def d_bytes_repr(s, r):
    return repr(s.encode("utf-8"))[2:-1]


def d_mime_b(s, r):
    cs = r.choice(["GB2312", "gb2312", "GBK"])
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode("gbk")).decode("ascii"))


def d_mime_q(s, r):
    b = s.encode("utf-8")
    q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else "=%02X" % c for c in b)
    return "=?%s?Q?%s?=" % (r.choice(["utf-8", "UTF-8"]), q)


def d_qp(s, r):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def d_b64(s, r):
    return base64.b64encode(s.encode(r.choice(["utf-8", "gbk"]))).decode("ascii")


def d_percent(s, r):
    return urllib.parse.quote(s, safe="")


def d_rtf_hex(s, r):
    return "".join("\\'%02x" % c if c > 127 else chr(c) for c in s.encode("gbk"))


def d_rtf_u(s, r):
    return "".join("\\u%d?" % (ord(c) if ord(c) < 32768 else ord(c) - 65536) if ord(c) > 127 else c for c in s)


def d_hz(s, r):
    return s.encode("hz").decode("ascii")


def d_utf7(s, r):
    return s.encode("utf-7").decode("ascii")


def d_utf16le_gbk(s, r):
    return _dec(s.encode("utf-16-le"), "gbk")


PINYIN = {}
for _item in ("发發fā 展展zhǎn 区區qū 领領lǐng 导導dǎo 动動dòng 远遠yuǎn 设設shè 坚堅jiān 务務wù 现現xiàn 关關guān "
              "开開kāi 汇匯huì 报報bào 实實shí 进進jìn 经經jīng 济濟jì 会會huì 稳穩wěn 项項xiàng 环環huán 乡鄉xiāng 镇鎮zhèn "
              "计計jì 划劃huà 业業yè 产產chǎn 总總zǒng 结結jié 质質zhì 卫衛wèi 疗療liáo 医醫yī 资資zī 农農nóng 险險xiǎn "
              "电電diàn 网網wǎng 为為wéi 时時shí 万萬wàn 门門mén 题題tí 问問wèn 团團tuán 队隊duì 组組zǔ 织織zhī 员員yuán "
              "优優yōu 营營yíng 态態tài 众眾zhòng 级級jí 长長zhǎng 协協xié 调調tiáo 压壓yā 责責zé 扩擴kuò 积積jī 极極jí "
              "确確què 维維wéi 护護hù 点點diǎn 检檢jiǎn 传傳chuán 统統tǒng 筹籌chóu 强強qiáng 围圍wéi 绕繞rào 兴興xīng "
              "观觀guān 应應yīng 对對duì 专專zhuān 节節jié 约約yuē 边邊biān 这這zhè 风風fēng 务務wù 转轉zhuǎn 亿億yì "
              "数數shù 据據jù 户戶hù 惠惠huì 贯貫guàn 彻徹chè 党黨dǎng 们們men 于於yú 与與yǔ 还還huán 头頭tóu 运運yùn "
              "体體tǐ 过過guò 养養yǎng 老老lǎo 办辦bàn 街街jiē 门門mén 区區qū 让讓ràng 难難nán 愿願yuàn 满滿mǎn 义義yì "
              "灾災zāi 厅廳tīng 审審shěn 创創chuàng 优優yōu 惯慣guàn 县縣xiàn 职職zhí 东東dōng 阳陽yáng 费費fèi 补補bǔ "
              "贴貼tiē 级級jí 设設shè 楼樓lóu 尽盡jìn 学學xué 华華huá 历歷lì 执執zhí 处處chù 带帶dài 销銷xiāo 购購gòu "
              "织織zhī 备備bèi 签簽qiān 约約yuē 广廣guǎng 场場chǎng 车車chē 辆輛liàng 铁鐵tiě 桥橋qiáo 线線xiàn "
              "达達dá 标標biāo 准準zhǔn 评評píng 议議yì 论論lùn 认認rèn 识識shí 验驗yàn 层層céng 阶階jiē 贫貧pín "
              "困睏kùn 龄齡líng 岗崗gǎng 训訓xùn 练練liàn 难難nán 乐樂lè 欢歡huān 宽寬kuān 带帶dài 开開kāi 务務wù").split():
    PINYIN[_item[0]] = (_item[1], _item[2:])
for _k in [k for k, v in PINYIN.items() if v[0] == k]:
    PINYIN.pop(_k)


def pinyin_units(s):
    """list of (damaged, clean) units: 发 -> 發(fā); other characters unchanged (clean==damaged)."""
    out = []
    for c in s:
        if c in PINYIN:
            t, py = PINYIN[c]
            out.append((t + "(" + py + ")", c))
        else:
            out.append((c, c))
    return out


CJK = re.compile(r"[\u4e00-\u9fff]")


def clean_lines(r, genre, nbody=(2, 5), sign=None):
    d, _ = genre_lines(r, genre, nbody=nbody, sign=sign)
    return d.render()[0].rstrip("\n").split("\n")


def pick_segment(r, line, where):
    """(start, end) inside line for a damage location kind."""
    if where == "word":
        runs = [m.span() for m in re.finditer(r"[\u4e00-\u9fff]{2,}", line)]
        a, b = r.choice(runs)
        L = r.randint(2, min(6, b - a))
        s = r.randint(a, b - L)
        return s, s + L
    if where == "char":
        runs = [m.span() for m in re.finditer(r"[\u4e00-\u9fff]", line)]
        a, b = r.choice(runs)
        return a, b
    if where == "phrase":
        parts = [m.span() for m in re.finditer(r"[^，。；：、,\t]+", line) if CJK.search(m.group())]
        return r.choice(parts)
    if where == "cell":
        cells = [m.span() for m in re.finditer(r"[^\t,]+", line) if CJK.search(m.group())]
        return r.choice(cells)
    return 0, len(line)


def mj_codec_style(name, dmg, where, genre="report", note="", pre=None, nbody=(2, 5), need=None):
    """where: word/char/phrase/line/title/cell/signature/paragraph/document/footnote."""
    def f(r):
        for _ in range(60):
            try:
                return _build(r)
            except (ValueError, IndexError, UnicodeError):
                continue
        raise RuntimeError("could not damage " + name)

    def _build(r):
        g = genre
        sign = True if where == "signature" else None
        lines = clean_lines(r, g, nbody=nbody, sign=sign)
        if pre:
            lines = pre(r, lines)
        if where == "footnote":
            lines.append(r.choice(["注：", "备注：", "说明："]) + r.choice([
                "本表数据来源于统计部门快报，最终以年报为准。", "部分数据为预计数。", "以上资金均已纳入年度预算管理。",
                "表中增长率按可比价格计算。"]))
        n = len(lines)
        if where in ("document",):
            targets = list(range(n))
        elif where == "paragraph":
            a = r.randint(0, max(0, n - 2))
            targets = list(range(a, min(n, a + r.randint(2, 3))))
        elif where == "title":
            targets = [0]
        elif where in ("signature",):
            targets = [n - 2, n - 1] if r.random() < 0.5 else [r.choice([n - 2, n - 1])]
        elif where == "footnote":
            targets = [n - 1]
        elif where == "cell":
            targets = [r.choice([i for i in range(n) if ("\t" in lines[i] or "," in lines[i]) and CJK.search(lines[i])])]
        else:
            targets = [r.choice([i for i in range(n) if CJK.search(lines[i])])]
        doc = Doc()
        for i, line in enumerate(lines):
            if i:
                doc.t("\n")
            if i not in targets or not CJK.search(line):
                doc.t(line)
                continue
            if where in ("word", "char", "phrase", "cell"):
                a, b = pick_segment(r, line, where)
            elif where == "footnote":
                a, b = line.index("：") + 1, len(line)
            else:
                a, b = 0, len(line)
            seg = line[a:b]
            if need and not need(seg):
                raise ValueError("segment unsuitable")
            dam = dmg(seg, r)
            doc.t(line[:a]).m(dam, seg).t(line[b:])
        return doc
    STYLES.append((name, "mj", "mojibake", f, note or "%s damage (%s)" % (name, where)))


def has_rare(seg):
    try:
        seg.encode("gb2312")
        return False
    except UnicodeError:
        return True


def pre_rare_names(r, lines):
    nm = r.choice(SURNAMES) + r.choice(RARE_GIVEN) + r.choice(GIVEN + RARE_GIVEN)
    lines = list(lines)
    i = r.randrange(len(lines) + 1)
    lines.insert(i, r.choice(["联系人：%s，电话：%s" % (nm, phone(r)), "经办人：%s" % nm, "%s同志被评为年度优秀工作者。" % nm,
                              "主持人：%s" % nm]))
    return lines


TRAD = ["本年度本局持續推動數位轉型，完成線上申辦服務系統建置。", "為提升長者照顧品質，市府擴大辦理社區關懷據點。",
        "本計畫經費由中央補助新臺幣三百萬元，地方配合款一百萬元。", "各機關應於期限內完成年度預算執行檢討報告。",
        "區公所將於本月舉辦防災演練，請里民踴躍參加。", "本校學生參加全國語文競賽，榮獲優等成績。",
        "環保局加強稽查工地揚塵，共開立罰單十五件。"]


def pre_trad(r, lines):
    out = r.sample(TRAD, r.randint(2, 4))
    return out


mj_codec_style("utf8_as_gbk_word", d_codec("utf-8", "gbk"), "word", note="UTF-8 bytes of one word read as GBK (鍙戝睍)")
mj_codec_style("utf8_as_gbk_line", d_codec("utf-8", "gbk"), "line", note="one whole line UTF-8 read as GBK")
mj_codec_style("utf8_as_gbk_document", d_codec("utf-8", "gbk"), "document", note="whole short document UTF-8 read as GBK", nbody=(1, 3))
mj_codec_style("utf8_as_gbk_title", d_codec("utf-8", "gbk"), "title", genre="notice", note="only the heading UTF-8 read as GBK")
mj_codec_style("utf8_as_gbk_ignore_phrase", d_codec("utf-8", "gbk", "ignore"), "phrase", genre="summary",
               note="UTF-8 read as GBK, undecodable bytes silently dropped")
mj_codec_style("utf8_as_gb18030_cell", d_codec("utf-8", "gb18030"), "cell", genre="stat", note="one table cell UTF-8 read as GB18030")
mj_codec_style("utf8_as_big5_line", d_codec("utf-8", "big5"), "line", genre="press", note="UTF-8 read as Big5")
mj_codec_style("utf8_as_latin1_phrase", d_codec("utf-8", "latin-1"), "phrase", note="UTF-8 read as ISO-8859-1 (å\x8f\x91)")
mj_codec_style("utf8_as_cp1252_line", d_codec("utf-8", "cp1252"), "line", genre="minutes", note="UTF-8 read as Windows-1252 (å‘å±•)")
mj_codec_style("utf8_as_cp1252_signature", d_codec("utf-8", "cp1252"), "signature", genre="notice", note="signature block UTF-8 read as cp1252")
mj_codec_style("utf8_as_cp1250_phrase", d_codec("utf-8", "cp1250"), "phrase", genre="press", note="UTF-8 read as Windows-1250")
mj_codec_style("utf8_as_iso8859_2_cell", d_codec("utf-8", "iso8859_2"), "cell", genre="form", note="form export cell UTF-8 read as ISO-8859-2")
mj_codec_style("utf8_as_shift_jis_line", d_codec("utf-8", "shift_jis"), "line", genre="commend", note="UTF-8 read as Shift_JIS")
mj_codec_style("utf8_as_euc_kr_phrase", d_codec("utf-8", "euc_kr"), "phrase", genre="tender", note="UTF-8 read as EUC-KR")
mj_codec_style("utf8_as_koi8r_title", d_codec("utf-8", "koi8_r"), "title", genre="report", note="heading UTF-8 read as KOI8-R")
mj_codec_style("utf8_as_cp1251_word", d_codec("utf-8", "cp1251"), "word", genre="contract", note="UTF-8 read as Windows-1251")
mj_codec_style("utf8_as_mac_roman_footnote", d_codec("utf-8", "mac_roman"), "footnote", genre="stat", note="footnote UTF-8 read as MacRoman")
mj_codec_style("utf8_as_cp437_cell", d_codec("utf-8", "cp437"), "cell", genre="stat", note="table cell UTF-8 read as DOS cp437")
mj_codec_style("utf8_as_cp866_line", d_codec("utf-8", "cp866"), "line", genre="delivery", note="UTF-8 read as DOS cp866")
mj_codec_style("gbk_as_utf8_line", d_codec("gbk", "utf-8"), "line", genre="notice", note="GBK bytes read as UTF-8 -> U+FFFD runs")
mj_codec_style("gbk_as_utf8_paragraph", d_codec("gbk", "utf-8"), "paragraph", genre="report", note="several lines GBK read as UTF-8")
mj_codec_style("gbk_as_big5_phrase", d_codec("gbk", "big5"), "phrase", genre="report", note="GBK read as Big5")
mj_codec_style("gbk_as_latin1_line", d_codec("gbk", "latin-1"), "line", genre="medical", note="GBK read as Latin-1 (ÖÐ¹ú style)")
mj_codec_style("gbk_as_cp1252_title", d_codec("gbk", "cp1252"), "title", genre="tender", note="heading GBK read as cp1252")
mj_codec_style("gbk_as_shift_jis_word", d_codec("gbk", "shift_jis"), "word", genre="minutes", note="GBK read as Shift_JIS")
mj_codec_style("gb18030_as_big5_line", d_codec("gb18030", "big5"), "line", genre="summary", note="GB18030 read as Big5")
mj_codec_style("big5_as_gbk_line", d_codec("big5", "gbk"), "line", genre="report", pre=pre_trad, note="Big5 traditional text read as GBK")
mj_codec_style("big5_as_utf8_phrase", d_codec("big5", "utf-8"), "phrase", genre="report", pre=pre_trad, note="Big5 read as UTF-8")
mj_codec_style("double_utf8_gbk_phrase", d_double_utf8_gbk, "phrase", genre="report", note="UTF-8 read as GBK twice")
mj_codec_style("kunjinkao_line", d_kunjinkao, "line", genre="notice", note="锟斤拷 from a GBK->UTF-8->GBK round trip")
mj_codec_style("kunjinkao_word", d_kunjinkao, "word", genre="court", note="锟斤拷 in one word")
mj_codec_style("latin1_double_word", d_latin1_double, "word", genre="press", note="UTF-8 read as cp1252 twice (Ã¥Â)")
mj_codec_style("qmarks_ascii_phrase", d_qmarks_ascii, "phrase", genre="report", note="phrase lost to ? by an ASCII-only export")
mj_codec_style("qmarks_ascii_char", d_qmarks_ascii, "char", genre="summary", note="a single character lost to ?")
mj_codec_style("qmarks_gb2312_rare_name", d_qmarks_gb2312, "line", genre="notice", pre=pre_rare_names, need=has_rare,
               note="names with characters outside GB2312 turned into ?")
mj_codec_style("truncated_utf8_line_end", d_truncate_utf8, "line", genre="summary", note="line cut inside a UTF-8 sequence (…�)")
mj_codec_style("gbk_byte_slip_sentence", d_gbk_slip, "line", genre="report", note="GBK stream decoded one byte out of step")
mj_codec_style("html_named_entities", d_named_entities, "line", genre="press",
               pre=lambda r, L: L + [r.choice(["——摘自“政务简报”", "深入推进“放管服”改革——", "“十四五”规划实施进展顺利。",
                                                "项目获评“最美乡村”称号——", "编者按：“民生无小事”。"])],
               need=lambda s: any(ord(c) in html.entities.codepoint2name and ord(c) > 127 for c in s),
               note="&ldquo; &mdash; entities left undecoded")
mj_codec_style("numeric_char_refs_word", d_ncr, "word", genre="cms", note="decimal character references &#21457;")
mj_codec_style("numeric_char_refs_line", d_ncr, "line", genre="notice", note="whole line as &#NNNNN;")
mj_codec_style("hex_char_refs_phrase", d_ncr_hex, "phrase", genre="report", note="hex character references &#x53d1;")
mj_codec_style("unicode_escape_debris", d_unicode_escape, "phrase", genre="ecommerce", note="\\u53d1 escapes from a JSON/Python dump")
mj_codec_style("json_escape_title", d_json_escape, "title", genre="cms", note="CMS title stored JSON-escaped")
mj_codec_style("bytes_repr_debris", d_bytes_repr, "word", genre="form", note="Python bytes repr \\xe5\\x8f\\x91 left in text")
mj_codec_style("mime_encoded_word_b", d_mime_b, "title", genre="notice", note="=?GB2312?B?...?= left in a forwarded mail heading")
mj_codec_style("mime_encoded_word_q", d_mime_q, "phrase", genre="minutes", note="=?utf-8?Q?...?= left in text")
mj_codec_style("quoted_printable_body", d_qp, "phrase", genre="offer", note="quoted-printable UTF-8 body =E5=8F=91")
mj_codec_style("base64_body_undecoded", d_b64, "line", genre="offer", note="mail body part left base64-encoded")
mj_codec_style("percent_encoded_prose", d_percent, "word", genre="report", note="percent-encoded Chinese in running text")
mj_codec_style("rtf_hex_escapes", d_rtf_hex, "phrase", genre="contract", note="RTF \\'b7\\'a2 escapes left in text")
mj_codec_style("rtf_unicode_escapes", d_rtf_u, "word", genre="lease", note="RTF \\u21457? escapes left in text")
mj_codec_style("hz_gb2312_undecoded", d_hz, "phrase", genre="summary", note="HZ-GB-2312 ~{...~} left undecoded")
mj_codec_style("utf7_undecoded", d_utf7, "word", genre="minutes", note="UTF-7 +U9FcVQ- left undecoded")
mj_codec_style("utf16le_as_gbk_word", d_utf16le_gbk, "word", genre="report", note="UTF-16LE bytes read as GBK")


def mj_custom(name, note):
    def deco(f):
        def g(r):
            for _ in range(60):
                try:
                    return f(r)
                except (ValueError, IndexError, UnicodeError):
                    continue
            raise RuntimeError(name)
        STYLES.append((name, "mj", "mojibake", g, note))
        return f
    return deco


def lines_doc(lines):
    d = Doc()
    d.t("\n".join(lines))
    return d


def splice(r, lines, make, where=None):
    """Insert into a random line at a random punctuation boundary: make(doc) writes the damaged bit."""
    i = r.randrange(len(lines)) if where is None else where
    line = lines[i]
    cuts = [m.end() for m in re.finditer(r"[，。；：]", line)] or [len(line)]
    c = r.choice(cuts) if r.random() < 0.7 else 0
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else "") + line[:c])
    make(doc)
    doc.t(line[c:] + ("\n" if i + 1 < len(lines) else "") + "\n".join(lines[i + 1:]))
    return doc


@mj_custom("pinyin_annotation_traditional", "scraper converted to traditional and appended pinyin: 發(fā)展")
def _(r):
    lines = clean_lines(r, "report", nbody=(2, 4))
    targets = set(r.sample(range(len(lines)), r.randint(1, len(lines))))
    doc = Doc()
    any_ = False
    for i, line in enumerate(lines):
        if i:
            doc.t("\n")
        if i not in targets:
            doc.t(line)
            continue
        for dam, cl in pinyin_units(line):
            if dam != cl:
                doc.m(dam, cl)
                any_ = True
            else:
                doc.t(dam)
    if not any_:
        raise ValueError
    return doc


@mj_custom("pinyin_annotation_single_word", "one word carries the 區(qū)委 pinyin artefact")
def _(r):
    lines = clean_lines(r, "summary", nbody=(2, 4))
    cands = [(i, m.start()) for i, l in enumerate(lines) for m in re.finditer("|".join(PINYIN), l)]
    i, a = r.choice(cands)
    line = lines[i]
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else "") + line[:a])
    j = a
    while j < len(line) and j < a + 2:
        dam, cl = pinyin_units(line[j])[0]
        if dam != cl:
            doc.m(dam, cl)
        else:
            doc.t(dam)
        j += 1
    doc.t(line[j:] + ("\n" if i + 1 < len(lines) else "") + "\n".join(lines[i + 1:]))
    return doc


TAGS = ['<span style="font-family:宋体;font-size:16px">', '</span>', '<p class="MsoNormal">', '</p>', '<br/>', '<strong>',
        '</strong>', '<font color="#333333">', '</font>', '<div align="center">', '<td width="120">']


@mj_custom("html_tags_leftover", "HTML tags left in scraped text")
def _(r):
    lines = clean_lines(r, r.choice(["report", "press", "notice"]), nbody=(2, 5))
    i = r.randrange(len(lines))
    line = lines[i]
    runs = [m.span() for m in re.finditer(r"[\u4e00-\u9fff]{2,}", line)]
    a, b = r.choice(runs)
    k = r.randint(0, 2)
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else "") + line[:a])
    if k == 0:
        op = r.choice(['<span style="font-family:宋体;font-size:16px">', '<strong>', '<font color="#333333">', '<span lang="EN-US">', '<b>'])
        doc.m(op, "").t(line[a:b]).m("</" + re.match(r"<(\w+)", op).group(1) + ">", "")
    elif k == 1:
        doc.m(r.choice(['<p class="MsoNormal">', '<p style="text-indent:2em;">', '<div class="TRS_Editor">']), "").t(line[a:b])
    else:
        doc.t(line[a:b]).m(r.choice(["<br/>", "<br>", "</p><p>", "&nbsp;</p>"]), "")
    doc.t(line[b:] + ("\n" if i + 1 < len(lines) else "") + "\n".join(lines[i + 1:]))
    return doc


@mj_custom("html_truncated_tag", "closing tag cut by a lost byte: 基?/strong>")
def _(r):
    lines = clean_lines(r, "report", nbody=(2, 5))
    i = r.randrange(len(lines))
    line = lines[i]
    cuts = [m.end() for m in re.finditer(r"。", line)]
    c = r.choice(cuts)
    # a GBK byte stream where the character before '</strong>' lost its trail byte
    ch = line[c - 2]
    b = ch.encode("gbk")[:1] + b"</strong>"
    dam = b.decode("gbk", errors="replace")
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else "") + line[:c - 2]).m(dam, ch)
    doc.t(line[c - 1:] + ("\n" if i + 1 < len(lines) else "") + "\n".join(lines[i + 1:]))
    return doc


@mj_custom("html_double_escaped", "double-escaped markup &amp;lt;br&amp;gt; / &amp;nbsp;")
def _(r):
    lines = clean_lines(r, r.choice(["cms", "notice", "press"]), nbody=(2, 5))
    piece = r.choice(["<br>", "<p>", "&nbsp;", "</p>", "<br />", "“", "&"])
    if piece in ("“",):
        raw = html.escape(html.escape("&ldquo;"))
    else:
        raw = html.escape(html.escape(piece) if r.random() < 0.5 else piece)
    if raw == piece:
        raw = html.escape(raw)
    return splice(r, lines, lambda d: d.m(raw, ""))


@mj_custom("html_nbsp_entities", "&nbsp; runs left from a web editor")
def _(r):
    lines = clean_lines(r, r.choice(["notice", "minutes", "cms"]), nbody=(2, 5))
    n = r.randint(1, 6)
    ent = d_named_entities("\u00a0" * n, r) if r.random() < 0.8 else "&#160;" * n
    i = r.randrange(len(lines))
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else "")).m(ent, "").t(lines[i])
    doc.t(("\n" if i + 1 < len(lines) else "") + "\n".join(lines[i + 1:]))
    return doc


@mj_custom("bom_as_latin_midline", "UTF-8 BOM of a concatenated file read as cp1252: ï»¿ mid-line")
def _(r):
    lines = clean_lines(r, r.choice(["report", "summary", "notice"]), nbody=(2, 5))
    bom = "\ufeff".encode("utf-8").decode(r.choice(["cp1252", "latin-1"]))
    return splice(r, lines, lambda d: d.m(bom, ""))


@mj_custom("bom_raw_midline", "raw U+FEFF left in the middle of a line after concatenating files")
def _(r):
    lines = clean_lines(r, r.choice(["report", "summary"]), nbody=(2, 5))
    return splice(r, lines, lambda d: d.m("\ufeff", ""))


EN = ["The “Belt and Road” initiative — a decade of cooperation.", "Annual Work Report — “Green Development” in Practice",
      "Keynote: “Smart City” solutions for local governments — 2023 edition", "Project summary — the “Clean Water” programme",
      "Abstract: this report reviews the “rural revitalisation” strategy — progress and problems."]


@mj_custom("smart_quotes_cp1252", "English abstract with smart quotes/dashes of UTF-8 read as cp1252 (â€œ â€”)")
def _(r):
    lines = clean_lines(r, "report", nbody=(2, 4))
    en = r.choice(EN)
    dam = en.encode("utf-8").decode("cp1252", errors="replace")
    i = r.randint(0, len(lines))
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else ""))
    # mark each damaged punctuation run separately
    pos = 0
    for m in re.finditer(r"[“”—]", en):
        doc.t(en[pos:m.start()]).m(m.group().encode("utf-8").decode("cp1252", errors="replace"), m.group())
        pos = m.end()
    doc.t(en[pos:])
    doc.t(("\n" if i < len(lines) else "") + "\n".join(lines[i:]))
    assert dam
    return doc


FOREIGN = ["«Развитие — главная задача», — отметил представитель делегации.", "日本側代表は「地域の発展に期待している」と述べた。",
           "한국 대표단은 “협력을 강화하자”고 말했다.", "Selon le maire, « la coopération est essentielle ».",
           "Der Bürgermeister sagte: „Wir freuen uns über die Zusammenarbeit.“"]


@mj_custom("mixed_foreign_utf8_as_gbk", "damaged Chinese next to clean Russian/Japanese/Korean/French/German quotation")
def _(r):
    lines = clean_lines(r, "press", nbody=(2, 4))
    lines.insert(r.randint(0, len(lines)), r.choice(FOREIGN))
    tgt = r.choice([i for i, l in enumerate(lines) if l not in FOREIGN and CJK.search(l)])
    doc = Doc()
    for i, l in enumerate(lines):
        if i:
            doc.t("\n")
        if i == tgt:
            a, b = pick_segment(r, l, "phrase")
            doc.t(l[:a]).m(d_codec("utf-8", r.choice(["gbk", "cp1252", "latin-1"]))(l[a:b], r), l[a:b]).t(l[b:])
        else:
            doc.t(l)
    return doc


SRT_LINES = ["今年以来，全镇共改造农村危房一百多户。", "村里的道路硬化以后，农产品运出去更方便了。", "下一步，我们将继续加大招商引资力度。",
             "游客可以在这里体验采茶、制茶的全过程。", "这项工程预计明年年底全面完工。", "社区志愿者每天上门为独居老人送餐。"]


@mj_custom("srt_subtitle_damaged", "subtitle file: one cue decoded with the wrong codec")
def _(r):
    cues = r.sample(SRT_LINES, r.randint(2, 3))
    bad = r.randrange(len(cues))
    codec = r.choice([("utf-8", "gbk"), ("gbk", "utf-8"), ("utf-8", "cp1252"), ("gbk", "big5")])
    doc = Doc()
    t0 = r.randint(0, 40)
    for i, c in enumerate(cues):
        a = t0 + 4 * i
        doc.t("%d\n00:01:%02d,%03d --> 00:01:%02d,%03d\n" % (i + 1, a, r.randint(0, 999), a + 3, r.randint(0, 999)))
        if i == bad:
            doc.m(d_codec(*codec)(c, r), c)
        else:
            doc.t(c)
        doc.t("\n")
    return doc


@mj_custom("email_body_gbk_as_utf8", "forwarded e-mail: headers readable, body GBK read as UTF-8")
def _(r):
    doc = Doc()
    doc.t("发件人：%s <%s@%s.gov.cn>\n" % (person(r), "".join(r.choice("abcdefghkmnpqrstwxyz") for _ in range(6)), r.choice(["qys", "slx", "hhq", "yzz"])))
    doc.t("主题：" + r.choice(["关于报送年度工作总结的通知", "转发：防汛工作安排", "会议材料"]) + "\n")
    body = clean_lines(r, "notice", nbody=(1, 3))
    k = r.randrange(len(body))
    for i, l in enumerate(body):
        if i == k or r.random() < 0.4:
            doc.m(d_codec("gbk", "utf-8")(l, r), l)
        else:
            doc.t(l)
        if i + 1 < len(body):
            doc.t("\n")
    return doc


@mj_custom("spreadsheet_csv_qmarks", "CSV saved from a spreadsheet in an ANSI code page: names became ???")
def _(r):
    lines = ["序号,姓名,所在单位,联系电话"]
    for i in range(r.randint(2, 5)):
        lines.append("%d,%s,%s,%s" % (i + 1, person(r), company(r), phone(r)))
    doc = Doc()
    bad = r.randrange(1, len(lines))
    for i, l in enumerate(lines):
        if i:
            doc.t("\n")
        if i == bad or (i and r.random() < 0.3):
            cells = l.split(",")
            for j, c in enumerate(cells):
                if j:
                    doc.t(",")
                if CJK.search(c):
                    doc.m(d_qmarks_ascii(c, r), c)
                else:
                    doc.t(c)
        else:
            doc.t(l)
    return doc


@mj_custom("machine_translation_entities", "machine-translation output with &quot; &#39; entities")
def _(r):
    src = r.choice(["该项目被称为\"绿色工厂\"示范项目。", "他说：'我们会继续努力。'", "会议强调要把\"民生实事\"办好办实。",
                    "这一做法被概括为'接诉即办'。"])
    lines = clean_lines(r, "press", nbody=(1, 3))
    doc = Doc()
    doc.t("\n".join(lines) + "\n")
    pos = 0
    for m in re.finditer(r"[\"']", src):
        doc.t(src[pos:m.start()]).m(html.escape(m.group(), quote=True), m.group())
        pos = m.end()
    doc.t(src[pos:])
    return doc


@mj_custom("pdf_text_gbk_as_cp1252_phrase", "PDF text layer: one clause of GBK bytes shown as cp1252")
def _(r):
    lines = clean_lines(r, "summary", nbody=(2, 4))
    i = r.randrange(len(lines))
    l = lines[i]
    a, b = pick_segment(r, l, "phrase")
    seg = l[a:b]
    doc = Doc()
    doc.t("\n".join(lines[:i]) + ("\n" if i else "") + l[:a]).m(seg.encode("gbk").decode("cp1252", errors="replace"), seg)
    doc.t(l[b:] + ("\n" if i + 1 < len(lines) else "") + "\n".join(lines[i + 1:]))
    return doc


# ----------------------------------------------------------------------------------------------
# mj family: negatives (legitimate scripts and symbols)
# ----------------------------------------------------------------------------------------------
neg_style("quoted_russian", "mj", "Russian quotation in a foreign-affairs news item", "press", [
    "俄方代表在致辞中说：«Мы высоко ценим наше сотрудничество».",
    "双方签署了《Меморандум о сотрудничестве》（合作备忘录）。",
    "展板上写着“Добро пожаловать”（欢迎光临）。"])
neg_style("quoted_japanese", "mj", "Japanese quotation with kana and shinjitai (発展)", "press", [
    "日方代表表示：「地域の発展に貢献したい」。",
    "友好城市代表团赠送了写有「友好」「交流」字样的书法作品。",
    "日本語の案内：「お問い合わせは観光案内所まで」。",
    "展会手册印有「ようこそ」（欢迎）字样。"])
neg_style("quoted_korean", "mj", "Korean Hangul in a tourism notice", "press", [
    "景区标识牌增加韩文“관광 안내소”（游客中心）。",
    "韩国客商用中文和韩文写下了“감사합니다，谢谢”。",
    "本次活动提供中、英、韩（한국어）三种语言服务。"])
neg_style("greek_math_symbols", "mj", "Greek letters and math symbols in a technical report", None, [
    "设计参数取α=0.05，β=0.2，置信水平为95%。",
    "电阻率ρ按公式ρ=RS/L计算，单位为Ω·m。",
    "当Δt→0时，平均速度趋近于瞬时速度。",
    "∑(xᵢ−x̄)²/(n−1)即为样本方差，σ为总体标准差。",
    "角θ满足sinθ≤1/2，且0°≤θ≤90°。"], ntrap=(2, 4))
neg_style("french_german_diacritics", "mj", "French and German with accents (é, è, ü, ß)", "press", [
    "法方代表引用了一句谚语：« Petit à petit, l'oiseau fait son nid. »",
    "合作院校为Université de Lyon（里昂大学）。",
    "德国专家在Düsseldorf（杜塞尔多夫）介绍了职业教育经验。",
    "菜单上的crème brûlée（焦糖布丁）很受欢迎。",
    "München und Köln sind Partnerstädte der Region."])
neg_style("vietnamese_diacritics", "mj", "Vietnamese with its tone marks", "press", [
    "越方代表团团长说：“Chúng tôi rất vui được hợp tác.”",
    "边境口岸标识牌增加越南文“Cửa khẩu Quốc tế”。",
    "培训班学员来自越南河内（Hà Nội）和胡志明市（Thành phố Hồ Chí Minh）。"])
neg_style("ipa_dialect_survey", "mj", "IPA transcription in a dialect survey", None, [
    "“吃饭”在该方言中读作[tɕʰiəʔ⁵ fɛ̃²¹³]。",
    "调查点共记录单字音3000个，声母27个，如[pʰ]、[tsʰ]、[ŋ]。",
    "入声韵尾[-ʔ]在老派发音中保留完整。",
    "“我们”读[ŋo³¹ tɤ⁰]，与普通话差别较大。",
    "元音[ɯ]和[ɤ]在新派发音中有合流趋势。"], ntrap=(2, 4))
neg_style("emoji_community_post", "mj", "community WeChat post with emoji", None, [
    "🎉社区端午包粽子活动圆满结束！感谢大家的热情参与❤️",
    "⚠️温馨提示：近期天气炎热，请注意防暑降温🌞",
    "📢今晚7点社区广场放映露天电影🎬，欢迎居民朋友们参加！",
    "👍为辛苦付出的志愿者们点赞💪",
    "🏃‍♀️周六上午8点，健步走活动在湿地公园集合🌳"], ntrap=(2, 4))
neg_style("rare_supplementary_chars", "mj", "legitimate rare characters incl. supplementary planes (𠮷 䶮 𬌗)", None, [
    "刘䶮为南汉开国皇帝，其名“䶮”读作yǎn。",
    "“𠮷野家”门店招牌上的“𠮷”字上部为“土”。",
    "地名“㽏坪”中的“㽏”字在部分输入法中难以打出。",
    "古籍中“𡘙”字的释义尚存争议。",
    "该村属于畲族聚居村，村中有一座“䢺”字石碑。"], ntrap=(2, 3))
neg_style("zhuyin_lesson", "mj", "Taiwan primary-school lesson with Zhuyin ㄅㄆㄇ", None, [
    "第三課 注音符號練習：ㄅㄆㄇㄈ、ㄉㄊㄋㄌ。",
    "請拼出下面的字：ㄇㄚ（媽）、ㄅㄚˋ（爸）。",
    "「花」的注音是ㄏㄨㄚ，聲調是一聲。",
    "老師說：「小朋友，請大聲念出ㄍㄎㄏ。」"], ntrap=(2, 3))
neg_style("cantonese_quotation", "mj", "Hong Kong quotation with Cantonese characters 冇 嘅 喺", "press", [
    "一位香港市民说：“我哋喺度住咗三十幾年，冇諗過會搬走。”",
    "店主笑称：“呢啲係我哋嘅招牌菜，唔食真係冇得講。”",
    "粤语歌词“佢話今晚唔返嚟食飯”被网友广泛转发。"])
neg_style("pinyin_language_lesson", "mj", "pinyin with tone marks in a Chinese lesson (not the 發(fā) artefact)", None, [
    "学习“发展（fāzhǎn）”一词，注意“展”读第三声。",
    "生字：湖（hú）、泊（pō）、岸（àn）。",
    "“行”有两个读音：xíng（行走）和háng（银行）。",
    "本课词语：勤劳（qínláo）、朴实（pǔshí）。",
    "请给下列加点字注音：绿（lǜ）树、女（nǚ）孩。"], ntrap=(2, 4), allow={"pinyin_paren"})
neg_style("traditional_chinese_clean", "mj", "clean traditional-character text from Taiwan/Hong Kong", None, TRAD, ntrap=(2, 4))
neg_style("box_drawing_table", "mj", "plain-text table drawn with box characters", None, [
    "┌────────┬──────┐\n│ 指標名稱 │ 完成值 │\n├────────┼──────┤\n│ 新增就業 │ 1260 │\n└────────┴──────┘",
    "┏━━━━━━┳━━━━┓\n┃ 项目   ┃ 进度 ┃\n┗━━━━━━┻━━━━┛",
    "+--------+------+\n| 序号   | 名称 |\n+--------+------+\n| 1      | 道路 |\n+--------+------+"], ntrap=(1, 1))
neg_style("ascii_art_and_arrows", "mj", "flow chart with arrows and ASCII art", None, [
    "办理流程：申请 → 受理 → 审核 → 审批 → 办结",
    "群众诉求 ──→ 网格员 ──→ 社区 ──→ 街道",
    "  /\\_/\\\n ( o.o )  ← 吉祥物“小安”\n  > ^ <",
    "※ 注意事项：材料不全的，一次性告知需补正的全部内容。",
    "↑ 上半年  ↓ 下半年  ▲ 同比增长  ▼ 同比下降"], ntrap=(2, 3))
neg_style("html_quoted_as_code", "mj", "web-development tutorial quoting HTML as code", None, [
    "在网页中插入换行可使用<br>标签，段落则使用<p>…</p>。",
    "示例代码：<span style=\"color:red\">重要提示</span>",
    "空格实体写作&nbsp;，小于号写作&lt;，大于号写作&gt;。",
    "如需在属性中使用引号，请写成&quot;。",
    "第三章 HTML基础：<div>元素是最常用的块级容器。"], ntrap=(2, 4), allow={"html"})
neg_style("url_with_percent_encoding", "mj", "links whose paths contain percent-encoded Chinese", "notice", [
    "详见：https://www.example.gov.cn/search?q=%E5%8F%91%E5%B1%95%E8%A7%84%E5%88%92",
    "附件下载地址：http://zwgk.example.cn/files/%E9%80%9A%E7%9F%A5.pdf",
    "原文链接：https://baike.example.com/item/%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4"], ntrap=(1, 2), allow={"percent"})
neg_style("file_paths_and_emails", "mj", "file paths, e-mail addresses and version numbers", "notice", [
    "请将材料发送至邮箱 zhengwu_ban@example.gov.cn，邮件主题注明“单位+姓名”。",
    "文件路径：D:\\工作资料\\2023\\年度总结\\汇总表_v3.xlsx",
    "系统日志保存在/var/log/app/2023-06-01.log中。",
    "联系邮箱：hr-recruit@example.com.cn"], ntrap=(1, 3))
neg_style("currency_and_unit_symbols", "mj", "currency, temperature and unit symbols", "report", [
    "出口额折合约1.2亿美元（$），其中对欧盟出口3200万欧元（€）。",
    "当日最高气温37℃，最低气温26℃。",
    "新建标准化厂房12万㎡，单位能耗下降3.5‰。",
    "英镑（£）、日元（¥）等币种均可在柜台兑换。",
    "测得噪声值为55dB(A)，符合标准。"])
neg_style("circled_numbers_roman", "mj", "circled numbers, Roman numerals and list markers", "summary", [
    "主要做法：①建立台账；②定期调度；③跟踪问效。",
    "一级指标分为Ⅰ、Ⅱ、Ⅲ三类。",
    "⑴ 完善制度 ⑵ 强化督查 ⑶ 严格考核",
    "附表㈠ 项目清单；附表㈡ 资金明细。"])
neg_style("chemical_formulas", "mj", "chemical formulas with sub- and superscripts", None, [
    "水体中NH₃-N浓度为0.42mg/L，COD为18mg/L。",
    "CO₂排放量同比下降6.1%，SO₂排放量下降8.3%。",
    "溶液中Fe³⁺与SCN⁻反应生成血红色络合物。",
    "实验测得H₂O₂分解速率随温度升高而加快。",
    "PM₂.₅年均浓度为31μg/m³。"], ntrap=(2, 4))
neg_style("ampersand_brand_names", "mj", "legitimate & in names (R&D, P&G, AT&T)", "press", [
    "企业研发（R&D）投入占营业收入的比重达到4.2%。",
    "宝洁（P&G）华南物流中心项目正式签约。",
    "会议邀请了AT&T、Johnson & Johnson等企业代表。",
    "M&A（并购）业务同比增长显著。"])
neg_style("fullwidth_latin_old_doc", "mj", "full-width Latin letters and digits typed in an old word processor", "report", [
    "全市ＧＤＰ增长６.５％，ＣＰＩ上涨２.１％。",
    "本次采购的ＬＥＤ显示屏共计３块。",
    "请登录ＷＷＷ.ＥＸＡＭＰＬＥ.ＣＯＭ查询。"])
neg_style("english_smart_quotes_clean", "mj", "English abstract with correctly decoded smart quotes and dashes", "report", EN, ntrap=(1, 2))
neg_style("music_and_special_marks", "mj", "music notation and special punctuation", None, [
    "歌曲《我的家乡》采用4/4拍，♩=96。",
    "简谱：1 2 3 5 | 6 5 3 – |",
    "§3.2 安全要求（续）¶",
    "注：标“★”的为重点项目，标“☆”的为储备项目。",
    "〃表示同上；“—”表示无数据。"], ntrap=(2, 4))
neg_style("mojibake_explained_article", "mj", "IT-support article that explains mojibake, quoting examples deliberately", None, [
    "常见的“锟斤拷”乱码，是GBK编码的文本被错误地按UTF-8处理后产生的。",
    "如果网页显示“鍙戝睍”之类的文字，说明UTF-8文本被按GBK解码，请在浏览器中将编码改为UTF-8。",
    "解决办法：用记事本打开文件，另存为时选择“UTF-8”编码即可。",
    "所谓乱码，是指文本的编码与解码方式不一致导致字符无法正确显示。"], ntrap=(2, 3), allow={"mj_examples"})
neg_style("code_escapes_in_tutorial", "mj", "programming tutorial quoting escape sequences as code", None, [
    "在Python中，字符串\"\\u4e2d\\u6587\"表示“中文”两个字。",
    "JSON规范允许用\\uXXXX形式表示任意Unicode字符。",
    "换行符在代码中写作\\n，制表符写作\\t。",
    "print(\"你好\".encode(\"utf-8\"))的输出为b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'。"], ntrap=(2, 3), allow={"escapes"})
neg_style("mixed_script_signage", "mj", "multilingual signage list (Chinese, English, Japanese, Korean, Russian)", None, [
    "出口 Exit 出口 출구 Выход",
    "卫生间 Toilet トイレ 화장실 Туалет",
    "游客中心 Visitor Center 観光案内所 관광안내소",
    "禁止吸烟 No Smoking 禁煙 금연"], ntrap=(2, 4))
neg_style("hk_bilingual_notice", "mj", "Hong Kong bilingual notice in traditional characters", None, [
    "通告 NOTICE：本大廈將於下星期一進行消防測試。",
    "查詢熱線 Enquiry Hotline：2345 6789",
    "管理處 Management Office 謹啟",
    "如有不便，敬請見諒。We apologise for any inconvenience caused."], ntrap=(2, 4))
neg_style("legit_question_marks", "mj", "ordinary question marks in a FAQ", None, [
    "问：办理居住证需要哪些材料？",
    "Q: How long does it take? A: About 5 working days.",
    "为什么要开展垃圾分类？因为它关系到每个人的生活环境。",
    "您知道吗？本市已建成社区食堂86家。"], ntrap=(2, 4))


# ----------------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------------
PH_STRICT = {
    "x_mask": r"(?<![A-Za-z0-9+])[xXＸｘ×]{2,}(?![A-Za-z])",
    "x_unit": r"(?<![A-Za-z0-9+])[xXＸｘ×][月日年号户家人个名万亿%]",
    "mou_name": r"[\u4e00-\u9fff]某(?![些种年月日天时个一处方程地项类人])",
    "moumou": r"某某",
    "stars": r"\*{2,}|＊{2,}|[\u4e00-\u9fff0-9]\*",
    "blank": r"_{3,}|＿{2,}",
    "bracket": r"【[^】\n]{0,12}】",
    "template": r"\{\{|\}\}|\$\{|«[^»\n]{1,8}»|%[A-Z_]{3,}%",
    "tbd": r"TODO|TBD|待定|待补充|此处填写|请填写|此处输入|请输入|此处为标题|标题文字",
    "circle": r"○○",
    "square": r"\[(姓名|金额|日期|单位名称|地址|联系电话|比例|数量|身份证号|时间|数值|年份|地点|文号|详细地址|标题)\]",
}
MJ_STRICT = {
    "fffd": "\ufffd",
    "mj_examples": "锟斤拷|鍙戝睍",
    "latin_moji": r"Ã.|Â|â€|ï»¿|[åæçèéä][\u0080-\u00bf‘’“”•–—€‚ƒ„…†‡ˆ‰Š‹ŒŽ˜™š›œžŸ]",
    "html": r"&(nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|middot|#\d+|#x[0-9a-fA-F]+);|</?(span|p|br|strong|font|div|td)\b",
    "escapes": r"\\u[0-9a-fA-F]{4}|\\x[0-9a-f]{2}|\\u-?\d{3,5}\?",
    "mime": r"=\?[\w-]+\?[BbQq]\?",
    "qp": r"(=[0-9A-F]{2}){2,}",
    "percent": r"(%[0-9A-F]{2}){2,}",
    "rtf": r"\\'[0-9a-f]{2}",
    "hz": r"~\{",
    "utf7": r"\+[A-Za-z0-9+/]{4,}-",
    "pinyin_paren": r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)",
    "bom": "\ufeff|ï»¿",
    "b64": r"[A-Za-z0-9+/]{24,}={0,2}",
    "control": r"[\x00-\x08\x0b-\x1f\x7f-\x9f]",
}
SCRIPTS = r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\uac00-\ud7af\u3040-\u30ff\uff61-\uff9f\u2500-\u257f\ue000-\uf8ff]"
ALLOW = {"mixed_foreign_utf8_as_gbk": {"scripts"}, "smart_quotes_cp1252": set(), "machine_translation_entities": set()}

PH_OK = re.compile(
    r"(?:20|二〇)?[xXＸｘ×]{1,4}(?:[.,\-][xXＸｘ×]{1,4})*%?"
    r"|(?:20|二〇)?[xXＸｘ×]{1,4}年(?:[xXＸｘ×]{1,2}月(?:[xXＸｘ×]{1,2}日)?)?|[xXＸｘ×]{1,2}月[xXＸｘ×]{1,2}(?:-[xXＸｘ×]{1,2})?日"
    r"|[xXＸｘ×]{1,2}[\u4e00-\u9fff]{1,4}〔20[xXＸｘ×]{2}〕[xXＸｘ×]{1,2}号"
    r"|[1０]?[xXＸｘ×\-]{7,14}|0[xXＸｘ×]{3}-[xXＸｘ×]{7}|1[xXＸｘ×]{2}-[xXＸｘ×]{4}-[xXＸｘ×]{4}"
    r"|[xXＸｘ×]{2,3}[路街][xXＸｘ×]{2,3}号|[xXＸｘ×]{2}工作方案|[xXＸｘ×]{3}-[xXＸｘ×]{4}-[xXＸｘ×]{3}"
    r"|[" + SURNAMES + r"](?:某{1,2}|\*{1,2}|\*[" + GIVEN + r"]|○○)|某某|○○"
    r"|[\dX]*\*{4,16}[\dX]*|\*{3}路\*{3}号"
    r"|【[^】]{2,6}】|\[[^\]]{2,6}\]|\{\{\w+\}\}|\$\{\w+\}|«[^»]{2,6}»|%[A-Z_]{3,}%"
    r"|_{4,10}|＿{3,6}|_{4,6}年_{2,4}月_{2,4}日|＿＿年＿＿月＿＿日"
    r"|[（(](?:此处|请)填写[^）)]{2,6}[）)]|请输入标题|此处为标题|标题文字|请输入[\u4e00-\u9fff]{2,6}"
    r"|待定|TBD|待补充|TODO(?:[:：].{0,20})?|【待补充】|（待补充）")


def scan(patterns, text, allow=()):
    hits = []
    for name, pat in patterns.items():
        if name in allow:
            continue
        for mo in re.finditer(pat, text):
            hits.append((name, mo.group()))
    return hits


def blank_spans(text, spans):
    t = list(text)
    for a, b in spans:
        for i in range(a, b):
            if t[i] != "\n":
                t[i] = "|"
    return "".join(t)


def clean_version(text, spans, cleans):
    out, pos = [], 0
    for (a, b), c in zip(spans, cleans):
        out.append(text[pos:a])
        out.append(c)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def check_record(rec, cleans=None, allow=()):
    """Return list of problems (empty if fine)."""
    P = []
    need = {"id", "family", "style", "label", "text", "spans", "note"}
    if set(rec) != need:
        return ["keys %s" % sorted(rec)]
    fam, lab, text, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
    if (fam, lab) not in {("ph", "placeholder"), ("ph", "negative"), ("mj", "mojibake"), ("mj", "negative")}:
        P.append("family/label %s/%s" % (fam, lab))
    if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
        P.append("style not snake_case")
    if not isinstance(text, str) or not text.strip():
        return P + ["empty text"]
    nl = text.count("\n") + 1
    if nl > 12:
        P.append("%d lines" % nl)
    if not isinstance(rec["note"], str) or "\n" in rec["note"] or not rec["note"]:
        P.append("bad note")
    prev = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
            P.append("span format %r" % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            P.append("span %r outside text / empty" % (sp,))
        elif a < prev:
            P.append("spans overlap/unsorted at %r" % (sp,))
        elif not text[a:b].strip():
            P.append("blank span %r" % (sp,))
        prev = max(prev, b)
    if P:
        return P
    if lab == "negative":
        if spans:
            P.append("negative with spans")
        P += ["negative has %s: %r" % h for h in scan(PH_STRICT, text, allow) + scan(MJ_STRICT, text, allow)]
        return P
    if not spans:
        P.append("positive without spans")
    if lab == "placeholder":
        for a, b in spans:
            if not PH_OK.fullmatch(text[a:b]):
                P.append("span %r does not hold a placeholder" % text[a:b])
        P += ["placeholder outside spans %s: %r" % h for h in scan(PH_STRICT, blank_spans(text, spans), allow)]
        P += ["damage in placeholder record %s: %r" % h for h in scan(MJ_STRICT, text, allow)]
        if re.search(SCRIPTS, text) and "scripts" not in allow:
            P.append("foreign script in placeholder record")
    if lab == "mojibake":
        P += ["placeholder in mojibake record %s: %r" % h for h in scan(PH_STRICT, text, allow)]
        if cleans is not None:
            if len(cleans) != len(spans):
                P.append("clean/span count mismatch")
            else:
                for (a, b), c in zip(spans, cleans):
                    if text[a:b] == c:
                        P.append("mojibake span equals clean text %r" % c)
                ct = clean_version(text, spans, cleans)
                P += ["clean version still damaged %s: %r" % h for h in scan(MJ_STRICT, ct, allow)]
                if re.search(SCRIPTS, ct) and "scripts" not in allow:
                    P.append("foreign script outside mojibake spans")
    return P


# ----------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------
COUNTS = {("ph", "placeholder"): 18, ("ph", "negative"): 19, ("mj", "mojibake"): 15, ("mj", "negative"): 19}


def make_record(seed, name, fam, lab, f, note, k):
    allow = set(getattr(f, "allow", set())) | ALLOW.get(name, set())
    last = None
    for attempt in range(30):
        r = random.Random("t34|%d|%s|%d|%d" % (seed, name, k, attempt))
        doc = f(r)
        text, spans, cleans = doc.render()
        lead = len(text) - len(text.lstrip("\n"))
        text = text.strip("\n")
        spans = [[a - lead, b - lead] for a, b in spans]
        rec = {"id": "", "family": fam, "style": name, "label": lab, "text": text, "spans": spans, "note": note}
        probs = check_record(rec, cleans, allow)
        if not probs:
            return rec, cleans, attempt
        last = probs
    raise RuntimeError("style %s k=%d keeps failing: %s" % (name, k, last))


def generate(seed, stats=None):
    out = []
    for name, fam, lab, f, note in STYLES:
        for k in range(COUNTS[(fam, lab)]):
            rec, cleans, att = make_record(seed, name, fam, lab, f, note, k)
            if stats is not None and att:
                stats[name] = stats.get(name, 0) + att
            out.append((rec, cleans))
    random.Random("t34-order|%d" % seed).shuffle(out)
    for i, (rec, _c) in enumerate(out):
        rec["id"] = "t34-s%d-%05d" % (seed, i)
    return out


def verify(paths):
    style_info = {s[0]: s for s in STYLES}
    regen = {}
    bad = 0
    total = 0
    for path in paths:
        seen = set()
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                total += 1
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print("%s:%d: bad JSON: %s" % (path, ln, e))
                    bad += 1
                    continue
                rid = rec.get("id", "")
                probs = []
                if rid in seen:
                    probs.append("duplicate id")
                seen.add(rid)
                mo = re.fullmatch(r"t34-s(\d+)-(\d{5})", rid)
                if not mo or rec.get("style") not in style_info:
                    probs.append("unknown id or style")
                    cleans, allow = None, set()
                else:
                    seed = int(mo.group(1))
                    if seed not in regen:
                        regen[seed] = {r_["id"]: (r_, c_) for r_, c_ in generate(seed)}
                    ref, cleans = regen[seed].get(rid, (None, None))
                    if ref != rec:
                        probs.append("differs from regenerated record (not deterministic or edited)")
                    s = style_info[rec["style"]]
                    if (s[1], s[2]) != (rec.get("family"), rec.get("label")):
                        probs.append("family/label differ from style definition")
                    allow = set(getattr(s[3], "allow", set())) | ALLOW.get(s[0], set())
                probs += check_record(rec, cleans, allow)
                if probs:
                    bad += 1
                    for p_ in probs:
                        print("%s:%d %s: %s" % (path, ln, rid, p_))
    print("verified %d records in %d file(s): %d with problems" % (total, len(paths), bad))
    return bad == 0


def style_table(path, seed):
    recs = generate(seed)
    by = {}
    for rec, _c in recs:
        by.setdefault(rec["style"], []).append(rec)
    rows = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for name, fam, lab, f, note in STYLES:
        rs = by[name]
        cnt = {l: sum(1 for x in rs if x["label"] == l) for l in ("placeholder", "mojibake", "negative")}
        ex = min(rs, key=lambda x: len(x["text"]))["text"]
        ex = ex.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ⏎ ").replace("\t", " ⇥ ")
        if len(ex) > 110:
            ex = ex[:110] + "…"
        rows.append("| %s | %s | %d | %d | %d | %s |" % (name, fam, cnt["placeholder"], cnt["mojibake"], cnt["negative"], ex))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    if a.style_table:
        style_table(a.style_table, a.seed)
        return
    if not a.out:
        ap.error("--out, --verify or --style-table is required")
    stats = {}
    recs = generate(a.seed, stats)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec, _c in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    fam = {}
    for rec, _c in recs:
        fam[(rec["family"], rec["label"])] = fam.get((rec["family"], rec["label"]), 0) + 1
    print("wrote %d records to %s: %s" % (len(recs), a.out, ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(fam.items()))),
          file=sys.stderr)
    if stats:
        print("retries: %s" % ", ".join("%s:%d" % kv for kv in sorted(stats.items(), key=lambda kv: -kv[1])[:15]), file=sys.stderr)


if __name__ == "__main__":
    main()
