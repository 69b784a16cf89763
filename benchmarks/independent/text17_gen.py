#!/usr/bin/env python3
"""Held-out collection 17: placeholder (ph) and mojibake (mj) records of Chinese report text.

python3 text17_gen.py --seed N --out FILE
python3 text17_gen.py --verify FILE [FILE ...]
python3 text17_gen.py --style-table FILE
Standard library only; deterministic per seed (random.Random seeded with strings, no hash()).
"""
import argparse, base64, email.header, html, json, quopri, random, re, sys, unicodedata, urllib.parse
from collections import Counter, OrderedDict

# ---------------------------------------------------------------- vocab (invented)
SURN = list("张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹黎易常武乔贺赖龚")
GIVEN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞",
         "平", "刚", "桂英", "志远", "海燕", "建国", "晓东", "雨桐", "子涵", "俊峰", "立新", "春梅", "国庆", "文博", "思琪",
         "家豪", "晨阳", "若溪", "鹏程", "玉兰", "德胜"]
PCORE = OrderedDict([("青禾", "qinghe"), ("石溪", "shixi"), ("云岭", "yunling"), ("柳湾", "liuwan"), ("东泽", "dongze"),
                     ("望川", "wangchuan"), ("北塘", "beitang"), ("桂坪", "guiping"), ("松岗", "songgang"), ("枫林", "fenglin"),
                     ("清河", "qinghe"), ("白沙", "baisha"), ("金湖", "jinhu"), ("永丰", "yongfeng"), ("长乐", "changle"),
                     ("新港", "xingang"), ("龙湾", "longwan"), ("梅岭", "meiling"), ("杏园", "xingyuan"), ("双桥", "shuangqiao"),
                     ("槐荫", "huaiyin"), ("竹溪", "zhuxi"), ("鹤鸣", "heming"), ("潭头", "tantou"), ("凤栖", "fengqi")])
PSUF = ["街道", "镇", "乡", "村", "社区", "区", "县", "市"]
OCORE = ["恒信", "华盛", "瑞丰", "德隆", "鑫源", "宏达", "安泰", "丰源", "盛景", "嘉禾", "远航", "同创"]
OSUF = ["建设工程有限公司", "科技有限公司", "物业服务有限公司", "农业专业合作社", "市政工程有限公司", "环保科技有限公司",
        "商贸有限公司", "劳务派遣有限公司", "卫生院", "中心小学", "供销合作社", "文化传媒有限公司"]
TOPICS = ["安全生产大检查", "农村人居环境整治", "防汛备汛", "消防安全专项整治", "营商环境优化提升", "基层治理能力提升",
          "燃气安全排查", "文明城市创建", "食品安全宣传周", "医保政策进社区"]
DEPTS = ["综合办公室", "财务科", "人力资源部", "党建工作办公室", "社会事务办", "经济发展办", "规划建设科", "综合行政执法队"]
LAWF = ["明正", "衡平", "信达", "恒律", "正源", "嘉诚"]
RARE_NAME_CH = list("堃喆赟昇珺玥婧淼犇垚燊琮璟翀")  # filtered below to chars outside GB2312

# ---------------------------------------------------------------- slot values
def idcard(R):
    area = R.choice(["440103", "330106", "510104", "420102", "370202", "610113"])
    body = area + "%04d%02d%02d" % (R.randint(1955, 2003), R.randint(1, 12), R.randint(1, 28)) + "%03d" % R.randint(0, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def val(R, k):
    if k == "N":
        return str(R.choice([R.randint(2, 9), R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)]))
    if k == "M":
        return "%.2f" % R.uniform(0.3, 980)
    if k == "P":
        return "%.1f" % R.uniform(0.5, 99.5)
    if k == "D":
        return "%d月%d日" % (R.randint(1, 12), R.randint(1, 28))
    if k == "Y":
        return str(R.randint(2019, 2024))
    if k == "PL":
        return (R.choice(list(PCORE)), R.choice(PSUF))
    if k == "ORG":
        return (R.choice(list(PCORE) + OCORE), R.choice(OSUF))
    if k == "PER":
        return (R.choice(SURN), R.choice(GIVEN))
    if k == "TEL":
        return "1" + R.choice(["38", "39", "50", "58", "86", "77", "35"]) + "%08d" % R.randint(0, 99999999)
    if k == "LAND":
        return "0%d-%d" % (R.randint(200, 999), R.randint(2000000, 8999999))
    if k == "IDN":
        return idcard(R)
    if k == "AMT":
        return str(R.randint(800, 30000))
    if k == "DOCNO":
        return (R.choice(["青政办发", "柳府发", "东街〔办〕", "金政字", "云委办"]).replace("〔办〕", "办"), str(R.randint(2019, 2024)), str(R.randint(1, 99)))
    if k == "DATE":
        return "%d-%02d-%02d" % (R.randint(2019, 2024), R.randint(1, 12), R.randint(1, 28))
    if k == "TOP":
        return R.choice(TOPICS)
    if k == "DEPT":
        return R.choice(DEPTS)
    if k == "EMP":
        return "QH%04d" % R.randint(1, 9999)
    if k == "BIRTH":
        return "%d年%d月" % (R.randint(1960, 2002), R.randint(1, 12))
    if k == "LAW":
        return R.choice(LAWF)
    raise KeyError(k)


def clean_str(k, v):
    if k in ("PL", "ORG", "PER"):
        return v[0] + v[1]
    if k == "DOCNO":
        return "%s〔%s〕%s号" % v
    return v


# ---------------------------------------------------------------- placeholder renderers: (R, kind, value) -> [(is_ph, str)] or None
F_CN = {"N": "数量", "M": "金额", "P": "比例", "D": "日期", "Y": "年份", "PL": "地区名称", "ORG": "单位名称", "PER": "姓名",
        "TEL": "联系电话", "LAND": "联系电话", "IDN": "身份证号码", "AMT": "金额", "DOCNO": "文号", "DATE": "日期", "DEPT": "部门",
        "EMP": "工号", "TOP": "活动名称", "BIRTH": "出生年月", "LAW": "律所名称"}
F_EN = {"N": "count", "M": "amount", "P": "rate", "D": "date", "Y": "year", "PL": "region", "ORG": "org_name", "PER": "name",
        "TEL": "mobile", "LAND": "phone", "IDN": "id_no", "AMT": "amount", "DOCNO": "doc_no", "DATE": "date", "DEPT": "dept",
        "EMP": "emp_no", "TOP": "event", "BIRTH": "birth", "LAW": "firm"}


def _xren(ch):
    def r(R, k, v):
        c = ch
        if k == "N": return [(1, c * R.choice([1, 2, 2, 3, 3, 4]))]
        if k == "M": return [(1, R.choice([c * 2 + "." + c * 2, c + "." + c * 2, c * 3 + "." + c, c * 2]))]
        if k == "P": return [(1, R.choice([c * 2, c * 2 + "." + c, c, c * 3]))]
        if k == "D": return [(1, R.choice([c + "月" + c * 2 + "日", c * 2 + "月" + c * 2 + "日", c + "月" + c + "日"]))]
        if k == "Y": return [(1, R.choice(["20" + c * 2, "202" + c, c * 4]))]
        if k in ("PL", "ORG"): return [(1, c * R.choice([2, 2, 3])), (0, v[1])]
        if k == "PER": return [(1, c * 3)] if R.random() < .6 else [(0, v[0]), (1, c * 2)]
        if k == "AMT": return [(1, c * R.choice([3, 4, 5]))]
        if k == "DOCNO": return [(0, v[0] + "〔"), (1, "20" + c * 2), (0, "〕"), (1, c * 2), (0, "号")]
        if k == "DATE": return [(1, c * 4 + "-" + c * 2 + "-" + c * 2)]
        if k == "TEL": return [(1, c * 11)]
        if k == "IDN": return [(1, c * 18)]
        return None
    return r


def r_times(R, k, v):
    c = "×"
    if k in ("N", "AMT"): return [(1, c * R.choice([2, 2, 3]))]
    if k == "M": return [(1, c * 2 + "." + c * 2)]
    if k == "D": return [(1, c + "月" + c + "日")]
    if k == "Y": return [(1, "20" + c * 2)]
    if k in ("PL", "ORG"): return [(1, c * 2), (0, v[1])]
    if k == "PER": return [(0, v[0]), (1, c * 2)] if R.random() < .6 else [(1, c * 3)]
    if k == "DOCNO": return [(0, v[0] + "〔"), (1, "20" + c * 2), (0, "〕"), (1, c * 2), (0, "号")]
    return None


def r_fullx(R, k, v):
    c = R.choice(["Ｘ", "ｘ"])
    if k in ("N", "AMT", "P"): return [(1, c * R.choice([2, 3]))]
    if k in ("PL", "ORG"): return [(1, c * 2), (0, v[1])]
    if k == "PER": return [(1, c * 3)]
    if k == "D": return [(1, c + "月" + c + c + "日")]
    if k == "Y": return [(1, "２０" + c * 2)]
    return None


def r_mou(R, k, v):
    if k == "PER": return [(1, v[0] + R.choice(["某", "某", "某某"]))]
    if k == "ORG": return [(1, "某某"), (0, v[1])] if R.random() < .7 else [(1, "某"), (0, v[1])]
    if k == "PL": return [(1, R.choice(["某", "某某"])), (0, v[1])]
    return None


def r_mask(R, k, v):
    if k == "PER": return [(1, v[0] + R.choice(["**", "*"]))]
    if k == "TEL": return [(1, v[:3] + "****" + v[-4:])]
    if k == "IDN": return [(1, R.choice([v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:], v[:1] + "*" * 16 + v[-1:]]))]
    if k == "LAND": return [(1, v[:5] + "***" + v[-4:])]
    return None


def _field(fmt, cn=True):
    def r(R, k, v):
        name = (F_CN if cn else F_EN)[k]
        return [(1, fmt(R, name))]
    return r


def r_under(R, k, v):
    return [(1, R.choice(["＿", "_"]) * R.randint(4, 9))]


def r_fillnote(R, k, v):
    return [(1, R.choice(["（此处填写%s）", "（请填写%s）", "（填写%s）", "(此处填写%s)"]) % F_CN[k])]


def r_todo(R, k, v):
    if k not in ("N", "M", "P", "D", "AMT", "TEL", "LAND", "PER", "DATE"): return None
    return [(1, R.choice(["待定", "TODO", "TBD", "待补充", "【待补充】", "待定"]))]


def r_circle(R, k, v):
    if k == "PER": return [(0, v[0]), (1, "○○")]
    if k in ("PL", "ORG"): return [(1, "○○"), (0, v[1])]
    if k in ("N", "AMT", "P"): return [(1, "○○")]
    return None


RENDER = {
    "lower_x": _xren("x"), "upper_x": _xren("X"), "times": r_times, "fullwidth_x": r_fullx, "mou": r_mou, "mask": r_mask,
    "cn_bracket": _field(lambda R, n: "【%s】" % n),
    "mustache": _field(lambda R, n: R.choice(["{{%s}}", "{{ %s }}"]) % n, False),
    "dollar": _field(lambda R, n: "${%s}" % n, False),
    "mailmerge": _field(lambda R, n: "«%s»" % n),
    "angle": _field(lambda R, n: "<<%s>>" % n),
    "square": _field(lambda R, n: "[%s]" % n),
    "percent": _field(lambda R, n: "%%%s%%" % n.upper(), False),
    "sharp": _field(lambda R, n: "#%s#" % n),
    "underscore": r_under, "fillnote": r_fillnote, "todo": r_todo, "circle": r_circle,
}


def r_mixed(R, k, v):
    for name in R.sample(["lower_x", "upper_x", "times", "mou", "mask"], 5):
        out = RENDER[name](R, k, v)
        if out: return out
    return None


RENDER["mixed"] = r_mixed
RENDER["date_x"] = lambda R, k, v: _xren("X")(R, k, v) if k in ("D", "Y", "DATE") else None


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.buf, self.n, self.spans, self.cleans = [], 0, [], []

    def t(self, s):
        self.buf.append(s); self.n += len(s)

    def m(self, s, clean=""):
        assert s
        self.spans.append([self.n, self.n + len(s)]); self.cleans.append(clean); self.t(s)

    def text(self):
        return "".join(self.buf)


SLOT = re.compile(r"\{([A-Z]+)\}")


def render_lines(R, tpls, renderer=None, k_min=1, k_max=5):
    """Render template lines; with a renderer, k slots become placeholders. Returns Doc (spans marked)."""
    vals = []
    for li, tpl in enumerate(tpls):
        for m in SLOT.finditer(tpl):
            vals.append((li, m.group(1)))
    values = [val(R, k) for _, k in vals]
    chosen = set()
    if renderer:
        outs = [renderer(R, k, v) for (_, k), v in zip(vals, values)]
        elig = [i for i, o in enumerate(outs) if o]
        if not elig:
            return None
        chosen = set(R.sample(elig, min(len(elig), R.randint(k_min, k_max))))
    d = Doc(); si = 0
    for li, tpl in enumerate(tpls):
        if li: d.t("\n")
        pos = 0
        for m in SLOT.finditer(tpl):
            d.t(tpl[pos:m.start()]); pos = m.end()
            k, v = vals[si][1], values[si]
            if si in chosen:
                for isph, s in outs[si]:
                    (d.m(s) if isph else d.t(s))
            else:
                d.t(clean_str(k, v))
            si += 1
        d.t(tpl[pos:])
    return d


def clean_lines(R, tpls):
    return render_lines(R, tpls).text().split("\n")


# ---------------------------------------------------------------- contexts (template lines)
S_REPORT = [
    "{Y}年以来，{PL}围绕中心工作，新增市场主体{N}家，同比增长{P}%。",
    "全年完成固定资产投资{M}亿元，其中工业投资{M}亿元，占比{P}%。",
    "截至{D}，累计发放惠民补贴{M}万元，惠及群众{N}户。",
    "组织开展安全生产检查{N}次，排查整改隐患{N}处，整改率达{P}%。",
    "新建改建农村公路{N}公里，完成农村危房改造{N}户。",
    "由{ORG}承建的污水管网工程已于{D}完工，总投资{M}万元。",
    "{PL}新增城镇就业{N}人，帮扶困难人员再就业{N}人。",
    "全年接待来访群众{N}批{N}人次，按期办结率{P}%。",
    "举办各类文体活动{N}场，参与群众{N}余人次。",
    "完成高标准农田建设{N}亩，粮食总产量达到{N}吨。",
    "{PER}同志带队深入{PL}，实地调研项目建设情况，现场协调解决问题{N}个。",
    "为{N}名高龄老人发放生活补贴，发放金额{M}万元。",
    "全年共受理政务服务事项{N}件，其中网上办理{N}件，网办率{P}%。",
    "{ORG}投资{M}万元建设的冷链仓储项目于{D}投入使用。",
]
S_HEAD = ["一、主要工作完成情况", "二、存在的问题和不足", "三、下一步工作打算", "（一）经济运行稳中有进", "（二）民生保障持续加强",
          "（三）基层治理不断深化", "（四）生态环境明显改善"]
S_PROB = ["一是产业结构仍然偏单一，新兴产业支撑不足。", "二是基础设施短板依然明显，部分项目推进较慢。",
          "三是干部队伍能力与新形势要求还有差距。", "下一步，我们将坚持问题导向，抓好各项任务落实。"]


def ctx_report(R):
    L = [R.choice(["{PL}{Y}年工作总结", "{PL}{Y}年上半年工作情况汇报", "关于{PL}{Y}年度重点工作推进情况的报告"])]
    L.append(R.choice(S_HEAD))
    L += R.sample(S_REPORT, R.randint(2, 4))
    if R.random() < .6:
        L.append(R.choice(S_HEAD[1:3])); L += R.sample(S_PROB, R.randint(1, 2))
    return L


def ctx_notice(R):
    L = ["关于开展{TOP}工作的通知", R.choice(["各村（社区）、各有关单位：", "各科室、各直属单位："]),
         R.choice(["为切实做好{TOP}工作，经研究，决定在全{PL}范围内开展专项行动，现将有关事项通知如下。",
                   "根据上级部署，结合我{PL}实际，现就开展专项行动有关事项通知如下。"]),
         "一、时间安排", "{D}至{D}，共分动员部署、集中整治、总结验收三个阶段。", "二、工作要求",
         R.choice(["各单位要明确一名分管领导和一名联络员，于{D}前报{DEPT}。", "请各单位于{D}前将工作总结报送{DEPT}，联系人：{PER}，电话：{TEL}。"]),
         "{PL}人民政府办公室", "{Y}年{D}"]
    return L


def ctx_table(R):
    L = [R.choice(["{PL}{Y}年民生项目完成情况统计表", "表{N}  各村（社区）补贴发放情况"]),
         R.choice(["序号\t单位\t户数\t金额（万元）\t占比", "序号 | 单位 | 户数 | 金额（万元） | 占比"])]
    sep = "\t" if "\t" in L[1] else " | "
    for i in range(R.randint(3, 6)):
        L.append(sep.join([str(i + 1), "{PL}", "{N}", "{M}", "{P}%"]))
    L.append(sep.join(["合计", "", "{N}", "{M}", "100%"]))
    return L


def ctx_csv(R):
    L = ["单位名称,负责人,联系电话,完成数量,完成率"]
    for i in range(R.randint(3, 7)):
        L.append("{PL},{PER},{TEL},{N},{P}%")
    return L


def ctx_minutes(R):
    L = ["{PL}{TOP}工作推进会会议纪要", "会议时间：{Y}年{D} 14:30", "会议地点：{PL}三楼会议室", "主持人：{PER}    记录人：{PER}"]
    talk = ["[00:0%d:1%d] {PER}：上周共走访{N}户，发现问题{N}个，已经整改了大部分。" % (R.randint(1, 9), R.randint(0, 9)),
            "[00:1%d:0%d] {PER}：嗯，这个事情要抓紧，下周五之前把台账报上来。" % (R.randint(0, 9), R.randint(0, 9)),
            "[00:2%d:3%d] {PER}：资金方面已经到位{M}万元，还差一部分在走流程。" % (R.randint(0, 9), R.randint(0, 9)),
            "[00:3%d:4%d] {PER}：那个{ORG}的合同我们已经审过了，没有大问题。" % (R.randint(0, 9), R.randint(0, 9)),
            "会议议定：由{DEPT}牵头，{D}前完成全部整改任务。"]
    return L + R.sample(talk, R.randint(2, 4))


def ctx_contract(R):
    return ["{TOP}服务合同", "合同编号：QH-{Y}-{N}", "甲方：{ORG}", "乙方：{ORG}",
            "第一条 服务内容：乙方负责{PL}范围内的{TOP}相关服务。",
            "第二条 合同价款：人民币{M}万元（大写另附），分两期支付。",
            R.choice(["第三条 服务期限：自{Y}年{D}起至{Y}年{D}止。", "第三条 履约保证金：乙方应于签约后五日内缴纳{AMT}元。"]),
            "甲方代表：{PER}        乙方代表：{PER}", "签订日期：{Y}年{D}"]


def ctx_email(R):
    who = R.choice(list(PCORE.values()))
    return ["-----原始邮件-----", "发件人: {PER} <%s_office@%s.gov.cn>" % (R.choice(["zhb", "bgs", "jjk", "sjk"]), who),
            "发送时间: {Y}年{D} 9:%02d" % R.randint(0, 59), "主题: 转发: 关于报送{TOP}材料的通知",
            "各位同事：", R.choice(["请于{D}前将本单位{TOP}情况报送至办公室，逾期视为无异议。", "附件为{PL}汇总表，共涉及{N}户，请核对后回复。"]),
            "谢谢！", "{PER}", "{DEPT}  电话：{LAND}"]


def ctx_rss(R):
    return ['<?xml version="1.0" encoding="UTF-8"?>', "<rss version=\"2.0\"><channel>", "<item>",
            "<title>{PL}召开{TOP}工作部署会</title>",
            "<description>会议要求，{Y}年要完成{N}个重点项目，投资{M}亿元。</description>",
            "<pubDate>{DATE}</pubDate>", "</item>"]


def ctx_md(R):
    return ["## {PL}{TOP}工作周报", "- 本周完成走访{N}户，发放宣传资料{N}份", "- 负责人：{PER}",
            "| 事项 | 数量 | 备注 |", "|---|---|---|", "| 隐患排查 | {N} | 已整改{P}% |", "| 资金拨付 | {M}万元 | {ORG} |"]


def ctx_sms(R):
    return [R.choice(["尊敬的{PER}，您于{D}申请的{TOP}补贴已审核通过，金额{AMT}元将于{D}前发放至您的社保卡，如有疑问请致电{LAND}。",
                      "{PER}您好，您预约的{PL}政务服务中心业务办理时间为{D}上午9:30，请携带身份证原件准时到达。",
                      "温馨提示：{PL}将于{D}开展{TOP}，届时请配合工作人员入户检查。咨询电话：{LAND}"])]


def ctx_oa(R):
    return ["文号：{DOCNO}", "标题：关于印发{PL}{TOP}实施方案的通知", "拟稿单位：{DEPT}", "拟稿人：{PER}", "核稿人：{PER}",
            "签发人：{PER}", "流转记录：{DATE} 10:%02d {PER} 已阅；{DATE} 15:%02d {PER} 已办结" % (R.randint(0, 59), R.randint(0, 59))]


def ctx_press(R):
    return ["{PL}举行{TOP}新闻发布会",
            "本报讯（记者 {PER} 通讯员 {PER}）{D}，{PL}举行新闻发布会，通报{TOP}进展情况。",
            R.choice(S_REPORT), R.choice(S_REPORT), "据介绍，下一步将重点推进{N}个项目，计划总投资{M}亿元。", "（责任编辑：{PER}）"]


def ctx_qa(R):
    return [R.choice(["问：我是{PL}居民，请问申请{TOP}补贴需要哪些材料？", "问：企业在{PL}新设分支机构，能否享受租金减免？"]),
            R.choice(["答：您好！申请人需提供身份证、户口簿及相关证明材料，到所在村（社区）便民服务站提交申请，{N}个工作日内完成审核。",
                      "答：您好！符合条件的企业可按规定享受减免，单个企业最高不超过{AMT}元。具体请咨询{DEPT}，电话{LAND}。"]),
            "答复单位：{ORG}", "答复时间：{DATE}"]


def ctx_comment(R):
    return ["关于《{PL}{TOP}管理办法（征求意见稿）》公开征求意见的公告",
            "为提高决策的科学性和透明度，现将征求意见稿全文公布，公开征求社会各界意见。",
            "征求意见时间：{Y}年{D}至{D}。", "意见反馈方式：", "1. 电子邮件：发送至%s@%s.gov.cn；" % (R.choice(["yjzj", "fzb", "sfj"]), R.choice(list(PCORE.values()))),
            "2. 信函：寄至{PL}{DEPT}，邮编{N}。", "{PL}司法局", "{Y}年{D}"]


def ctx_payroll(R):
    L = ["{ORG}{Y}年%d月工资发放表" % R.randint(1, 12), "姓名\t工号\t基本工资\t绩效工资\t代扣社保\t实发金额"]
    for _ in range(R.randint(3, 6)):
        L.append("{PER}\t{EMP}\t{AMT}\t{AMT}\t{AMT}\t{AMT}")
    L.append("制表人：{PER}    审核人：{PER}")
    return L


def ctx_notary(R):
    return ["公 证 书", "（{Y}）青证字第{N}号", "申请人：{PER}，男，{BIRTH}出生，公民身份号码：{IDN}。",
            "关系人：{PER}，女，{BIRTH}出生，公民身份号码：{IDN}。", "兹证明申请人与关系人系母子关系。",
            "{PL}公证处", "公证员 {PER}", "{Y}年{D}"]


def ctx_hr(R):
    return ["员工入职信息登记表", "姓名：{PER}    性别：男    出生年月：{BIRTH}", "身份证号：{IDN}", "手机号码：{TEL}",
            "入职日期：{Y}年{D}    所在部门：{DEPT}    工号：{EMP}", "紧急联系人：{PER}    联系电话：{TEL}"]


def ctx_lawyer(R):
    return ["律 师 函", "致：{ORG}", "{LAW}律师事务所受{ORG}委托，就贵司拖欠货款一事致函如下：",
            "截至{Y}年{D}，贵司尚欠委托人货款人民币{AMT}元，经多次催告仍未支付。",
            "请贵司于本函送达之日起{N}日内付清全部欠款，否则本所将依法提起诉讼。", "律师：{PER}    联系电话：{TEL}", "{Y}年{D}"]


def ctx_pdf(R):
    s = R.choice(S_REPORT)
    cut = R.choice([c for c in range(6, 16) if s[:c].count("{") == s[:c].count("}")])
    return ["{PL}{Y}年政府工作报告", s[:cut], s[cut:], R.choice(S_REPORT), "第 %d 页 共 %d 页" % (R.randint(2, 5), R.randint(6, 12)),
            R.choice(S_REPORT)]


def ctx_ocr(R):
    return ["房 屋 租 赁 合 同", "出租方（甲方）：{PER}", "承租方（乙方）：{ORG}",
            "甲方将位于{PL}的房屋出租给乙方使用，建筑面积{N}平方米。", "租金每月人民币{AMT}元，乙方应于每月{N}日前支付。",
            "甲方（签字）：{PER}     乙方（盖章）：{ORG}", "{Y} 年 {D}"]


def ctx_bulletin(R):
    return ["{PL}{Y}年国民经济和社会发展统计公报", "全年地区生产总值{M}亿元，比上年增长{P}%。",
            "其中，第一产业增加值{M}亿元，第二产业增加值{M}亿元，第三产业增加值{M}亿元。",
            "年末常住人口{N}万人，城镇化率{P}%。", "全体居民人均可支配收入{AMT}元，增长{P}%。"]


def ctx_cms(R):
    return ["首页 > 新闻中心 > 工作动态", "{PL}扎实推进{TOP}工作", "发布时间：{DATE}    来源：{ORG}    浏览次数：{N}",
            R.choice(S_REPORT), R.choice(S_REPORT), "打印本页    关闭窗口"]


def ctx_mt(R):
    return ["原文：The district completed the renovation of old residential compounds ahead of schedule this year.",
            "译文：今年，该区提前完成了老旧小区改造任务，涉及居民{N}户。",
            "原文：Officials said total investment reached about 120 million yuan.",
            "译文：官员表示，{ORG}等单位参与建设，总投资约{M}万元。"]


def ctx_case(R):
    return ["【以案释法】拖欠工资被判支付", R.choice(["基本案情：{Y}年{D}，{PER}入职{ORG}从事装修工作，约定月工资{AMT}元。",
                                              "基本案情：{PER}在{PL}经营一家小超市，{Y}年起拖欠供货商{PER}货款{AMT}元。"]),
            "后因公司经营困难，{PER}被拖欠工资共计{AMT}元，多次讨要未果。", "法院经审理认为，双方劳动关系成立，判决{ORG}支付拖欠工资。",
            "法官提醒：劳动者应注意保存考勤记录、工资条等证据。"]


CTX = {"report": ctx_report, "notice": ctx_notice, "table": ctx_table, "csv": ctx_csv, "minutes": ctx_minutes,
       "contract": ctx_contract, "email": ctx_email, "rss": ctx_rss, "md": ctx_md, "sms": ctx_sms, "oa": ctx_oa,
       "press": ctx_press, "qa": ctx_qa, "comment": ctx_comment, "payroll": ctx_payroll, "notary": ctx_notary,
       "hr": ctx_hr, "lawyer": ctx_lawyer, "pdf": ctx_pdf, "ocr": ctx_ocr, "bulletin": ctx_bulletin, "cms": ctx_cms,
       "mt": ctx_mt, "case": ctx_case}

# ---------------------------------------------------------------- traps (clean look-alikes)
TRAP = {
    "onex": ["学院深入推进1+X证书制度试点，本年度{N}名学生取得职业技能等级证书。", "推行“7+X”延时服务，工作日窗口服务延长至晚上八点。",
             "构建“1+X”帮扶机制，由一名干部联系若干困难家庭。"],
    "x86": ["采购x86架构服务器{N}台，配套国产操作系统授权{N}套。", "原有x86平台业务系统已全部迁移至信创环境。"],
    "xray": ["{ORG}新增数字化X光机一台，X射线防护设施已通过验收。", "体检项目包括血常规、心电图、胸部X线检查等。"],
    "size": ["工作服尺码分为M、L、XL、XXL四档，请各单位按实际报送。", "志愿者马甲统一订购XL码{N}件、L码{N}件。"],
    "fivex8": ["12345热线实行7×24小时人工值守，部门专线实行5×8小时服务。", "便民服务站实行“5+2”“白+黑”工作模式。"],
    "dims": ["展板尺寸为3×4米，材质为防水喷绘布。", "箱体规格：长×宽×高为1.2×0.6×0.8米。", "会议室可容纳{N}人，面积约为6×8米。"],
    "formula": ["设每户月用水量为x吨，则应缴水费y=2.8x+5（元）。", "由题意得2x+3=11，解得x=4。", "函数f(x)=x²−4x+3的最小值为−1。"],
    "mou_prose": ["在某些领域仍存在短板，在某种程度上制约了高质量发展。", "某一时期的数据波动不能说明长期趋势。",
                  "部分群众反映，某些窗口仍存在排队时间较长的问题。"],
    "mou_date": ["老人回忆，某年某月，村里第一次通上了电，全村人都跑出来看电灯。", "很多年前的某一天，他第一次走进这间教室。"],
    "daiding": ["本题可用待定系数法求出二次函数的解析式。", "会上有同志提出，具体开工日期尚待定夺，需进一步论证。"],
    "zero_date": ["二〇二三年十二月二十日", "二〇二四年三月五日印发"],
    "checkbox": ["是否同意调剂：□同意  □不同意", "婚姻状况：☑已婚 □未婚 □其他"],
    "cms_tags": ["【权威发布】{PL}{Y}年重点项目清单出炉", "【打印本页】【关闭窗口】", "【字体：大 中 小】"],
    "sms_sig": ["【{PL}政务服务】您的业务已办结，请及时领取证照。", "【12345热线】感谢您的来电，您反映的问题已转交相关部门办理。"],
    "gov_url": ["详见政府信息公开专栏：http://www.qinghe.gov.cn/xxgk/tzgg/202305/t20230512_1187.html",
                "来信请发送至xxzx@jinhu.gov.cn（信息中心）。", "下载地址：https://www.dongze.gov.cn/xxgk/zcwj/"],
    "pinyin_en": ["Abstract: This report reviews the work of Xiamen and Xi'an pilot districts.", "Contact: Mr. Xu Xiaoming, Xinjiang office."],
    "menu": ["本周职工餐厅推出XO酱炒饭、清蒸鲈鱼等菜品。", "周三特色：XO酱萝卜糕、黑椒牛柳。"],
    "sports": ["在市运会4×100米接力比赛中，{PL}代表队获得第一名。", "3×3篮球赛共有{N}支队伍报名参赛。"],
    "dash": ["注：表中“—”表示无此项数据。", "{PL}\t—\t{N}\t—", "小计\t—\t—\t{M}"],
    "files": ["附件：{Y}_annual_budget_final.xlsx、work_plan_v2.docx", "配置文件路径为/etc/app/__init__.py，请勿删除。"],
    "models": ["采购XZ-200型消防泵{N}台，配套X型钢支撑{N}组。", "监控设备型号为DS-2CD3T47，分辨率为400万像素。"],
    "gen_z": ["调查显示，Z世代青年更加注重职业发展空间。", "“X世代”和“Z世代”在消费观念上存在明显差异。"],
    "matrix": ["若A为3×4矩阵，B为4×2矩阵，则AB为3×2矩阵。", "计算3×4+5×6的值。"],
    "plain": ["全年各项工作任务均已按计划完成。", "下一步，将继续巩固提升工作成效。"],
    # mj traps
    "ru": ["俄方代表在致辞中说：«Мы рады сотрудничеству с вашим городом.»", "活动现场悬挂俄文横幅“Добро пожаловать!”。"],
    "ja": ["日本友好城市代表团团长表示：「地域の発展に貢献したいと考えています。」", "展板上写着日文“ご協力をお願いいたします”。"],
    "ko": ["韩方代表用韩语说：“양 도시의 우호 협력이 더욱 발전하기를 바랍니다.”", "宣传册附有韩文版“함께 성장합시다”。"],
    "el": ["设夹角为α，则cos α = 0.6，β = 90° − α。", "希腊客商留言“Ευχαριστούμε πολύ”。", "样本均值为μ，标准差为σ。"],
    "fr": ["法国企业 Société Générale de Café 在园区设立分支机构。", "法方代表引用了“Liberté, égalité, fraternité”的格言。"],
    "vi": ["越南籍员工Nguyễn Văn An、Trần Thị Hoa已办理工作许可。", "越方合作单位为Công ty Thương mại Hà Nội。"],
    "pl": ["友好城市波兰罗兹（Łódź）代表团到访。", "捷克比尔森（Plzeň）企业参加了本次展会。", "合作方为Wrocław大学。"],
    "pt": ["巴西圣保罗（SÃO PAULO）商会代表出席签约仪式。", "葡萄牙语资料标题为“Relatório de Gestão”。"],
    "emoji": ["活动现场气氛热烈🎉，大家纷纷点赞👍", "祝大家新春快乐🧧，阖家幸福😊", "📢 好消息！{PL}新开通公交线路{N}条🚌"],
    "rare": ["获奖人员：{PER}、李堃、王喆、张䶮。", "本届“最美家庭”获得者吉𠮷女士发言。", "口腔科开展𬌗垫治疗{N}例。"],
    "trad": ["發言人表示，當局會密切監察情況，並適時檢討相關安排。", "有關計劃的申請期將於下月底截止，詳情請瀏覽相關網頁。",
             "區議會轄下委員會今日舉行會議，討論交通改善措施。"],
    "pinyin_lesson": ["本课学习“发展(fāzhǎn)”一词，注意“展”读第三声。", "生字：治(zhì)理(lǐ)，组词：治理、管理。",
                      "请给下列词语注音：环境(huánjìng)、保护(bǎohù)。"],
    "zhuyin": ["注音符号ㄅㄆㄇㄈ对应汉语拼音b、p、m、f。", "“中”的注音为ㄓㄨㄥ。"],
    "html_code": ["```html", '<p class="notice">通知正文&nbsp;第一段</p>', "```", "说明：HTML中空格实体写作 &nbsp;，小于号写作 &lt;。"],
    "uescape": ["```python", 'print("\\u4e2d\\u6587")  # 输出：中文', "```", "Python中可以用\\u加四位十六进制数表示一个字符。"],
    "urls": ["政策原文：https://www.jinhu.gov.cn/zwgk/%E6%94%BF%E7%AD%96%E6%96%87%E4%BB%B6/index.html",
             "附件：{PL}{Y}年预算表.xlsx", "联系邮箱：office_{N}@yunling.gov.cn", "文件路径：D:\\\\工作\\\\汇总\\\\final_v3.docx"],
    "units": ["今日最高气温36℃，PM2.5浓度为35μg/m³。", "新建厂房{N}㎡，误差控制在±0.5mm以内。", "人口自然增长率为3.2‰。"],
    "chem": ["二氧化碳（CO₂）排放量下降{P}%，SO₂、NOₓ均达标。", "水质检测中NH₃-N浓度为0.35mg/L。"],
    "qmark": ["问：退休人员医保怎么转移?", "请问孩子上学需要什么材料?谢谢!", "网友留言：路灯坏了好几天了，什么时候修?"],
    "currency": ["项目引进外资{N}万€，折合人民币约{M}万元。", "英国伦敦展位费为£3,200，约合¥29,000。", "韩元汇率约为1元=185₩。"],
    "box": ["┌──────┬──────┐", "│ 项目 │ 数量 │", "├──────┼──────┤", "│ 走访 │ {N}  │", "└──────┴──────┘"],
    "circled": ["① 加强组织领导；② 强化资金保障；③ 严格督查考核。", "第Ⅲ部分 附则", "㈠ 总体要求"],
    "jp_names": ["日方代表髙橋一郎、渡邉裕子出席会议。", "姉妹都市の皆様へ心より感謝申し上げます。"],
    "latin": ["古树名木包括银杏（Ginkgo biloba L.）和樟树（Cinnamomum camphora）。", "检测到美国白蛾（Hyphantria cunea）虫害点{N}处。"],
    "de": ["德国Müller Maschinenbau GmbH 在园区投资建厂。", "合作伙伴地址：Hauptstraße 12, München。", "外方代表Jürgen Weiß致辞。"],
    "signage": ["游客中心 Tourist Center ビジターセンター 관광안내소", "出口 Exit 出口 출구"],
    "mdclean": ["## 本周工作", "- **重点**：完成`台账`整理", "- [x] 已提交月报"],
}

# ---------------------------------------------------------------- mojibake damage (real codecs)
def _rc(enc_in, enc_out, err="replace"):
    return lambda R, s: s.encode(enc_in).decode(enc_out, err)


def _double(enc_in, enc_out):
    def f(R, s):
        once = s.encode(enc_in).decode(enc_out, "replace")
        return once.encode(enc_in, "replace").decode(enc_out, "replace")
    return f


def d_kunjinkao(R, s):
    return s.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")


def d_utf16_as_utf8(R, s):
    return s.encode("utf-16-le").decode("utf-8", "replace").replace("\x00", "")


def d_utf8_as_utf16(R, s):
    b = s.encode("utf-8")
    if len(b) % 2: b += b" "
    return b.decode("utf-16-le", "replace")


def d_offbyone(R, s):
    return s.encode("gbk")[1:].decode("gbk", "replace")


def d_qp(R, s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def d_mime(R, s):
    return email.header.Header(s, "utf-8").encode().replace("\n", "")


def d_ncr_hex(R, s):
    return re.sub(r"&#(\d+);", lambda m: "&#x%X;" % int(m.group(1)), s.encode("ascii", "xmlcharrefreplace").decode())


DAMAGE = {
    "utf8_gbk": _rc("utf-8", "gbk"), "utf8_gbk_ignore": _rc("utf-8", "gbk", "ignore"), "utf8_gb18030": _rc("utf-8", "gb18030"),
    "utf8_big5": _rc("utf-8", "big5"), "utf8_cp1252": _rc("utf-8", "cp1252"), "utf8_macroman": _rc("utf-8", "mac_roman"),
    "utf8_cp1250": _rc("utf-8", "cp1250"), "utf8_koi8r": _rc("utf-8", "koi8_r"), "utf8_sjis": _rc("utf-8", "shift_jis"),
    "utf8_euckr": _rc("utf-8", "euc_kr"), "utf8_cp437": _rc("utf-8", "cp437"), "gbk_utf8": _rc("gbk", "utf-8"),
    "gbk_latin1": _rc("gbk", "latin-1"), "gbk_cp1252": _rc("gbk", "cp1252"), "gbk_big5": _rc("gbk", "big5"),
    "gbk_sjis": _rc("gbk", "shift_jis"), "gbk_euckr": _rc("gbk", "euc_kr"), "big5_gbk": _rc("big5", "gbk"),
    "big5_utf8": _rc("big5", "utf-8"), "utf16_utf8": d_utf16_as_utf8, "utf8_utf16": d_utf8_as_utf16,
    "double_utf8_gbk": _double("utf-8", "gbk"), "double_utf8_cp1252": _double("utf-8", "cp1252"), "kunjinkao": d_kunjinkao,
    "ascii_qmark": lambda R, s: s.encode("ascii", "replace").decode(), "fffd": _rc("utf-8", "ascii"),
    "offbyone": d_offbyone, "ncr": lambda R, s: s.encode("ascii", "xmlcharrefreplace").decode(), "ncr_hex": d_ncr_hex,
    "uesc": lambda R, s: s.encode("unicode_escape").decode("ascii"), "bytes_repr": lambda R, s: repr(s.encode("utf-8")),
    "urlenc": lambda R, s: urllib.parse.quote(s), "qp": d_qp, "mime": d_mime,
    "utf7": lambda R, s: s.encode("utf-7").decode("ascii"), "hz": lambda R, s: s.encode("hz").decode("ascii"),
    "gb18030_gbk": _rc("gb18030", "gbk"), "gb2312_qmark": lambda R, s: s.encode("gb2312", "replace").decode("gb2312"),
    "html_amp2": lambda R, s: html.escape(html.escape(s)),
}

BAD_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _targets(R, text, scope):
    lines = text.split("\n"); offs = []; o = 0
    for l in lines:
        offs.append(o); o += len(l) + 1
    cjk_lines = [i for i, l in enumerate(lines) if CJK.search(l)]

    def trim(a, b):
        while a < b and text[a] in " \t\u3000|,": a += 1
        while b > a and text[b - 1] in " \t\u3000|,": b -= 1
        return (a, b) if b > a else None

    if scope == "title":
        return [trim(0, len(lines[0]))]
    if scope == "sig":
        i = cjk_lines[-1]; return [trim(offs[i], offs[i] + len(lines[i]))]
    if scope == "line":
        i = R.choice(cjk_lines[1:] or cjk_lines); return [trim(offs[i], offs[i] + len(lines[i]))]
    if scope == "para":
        i = R.choice(cjk_lines[1:-1] or cjk_lines); j = min(len(lines) - 1, i + R.randint(1, 2))
        return [trim(offs[i], offs[j] + len(lines[j]))]
    if scope == "whole":
        return [trim(0, len(text))]
    if scope in ("word", "multi"):
        runs = [m for m in re.finditer(r"[\u4e00-\u9fff]{2,}", text) if m.start() >= len(lines[0]) or R.random() < .2]
        out = []
        for m in R.sample(runs, min(len(runs), 1 if scope == "word" else R.randint(2, 3))):
            L = R.randint(2, min(5, len(m.group())))
            a = R.randint(m.start(), m.end() - L); out.append((a, a + L))
        return out
    if scope == "phrase":
        ms = [m for m in re.finditer(r"[^，。；：、！？\n\t|,（）]{4,}", text) if CJK.search(m.group())]
        m = R.choice(ms); return [trim(m.start(), m.end())]
    if scope == "cell":
        ms = [m for m in re.finditer(r"[^\t|,\n]+", text) if CJK.search(m.group())
              and re.search(r"[\t|,]", lines[text.count("\n", 0, m.start())])]
        return [trim(m.start(), m.end()) for m in R.sample(ms, min(len(ms), R.randint(1, 2)))]
    raise KeyError(scope)


def apply_damage(R, text, scope, dmg, tries=40):
    for attempt in range(tries):
        tg = [t for t in _targets(R, text, scope) if t]
        tg = sorted(set(tg))
        ok = bool(tg) and all(tg[i][1] <= tg[i + 1][0] for i in range(len(tg) - 1))
        if not ok: continue
        d = Doc(); pos = 0; good = True
        for a, b in tg:
            seg = text[a:b]
            try:
                bad = dmg(R, seg)
            except (UnicodeError, LookupError):
                good = False; break
            if attempt > tries // 2: bad = BAD_CTRL.sub("", bad)
            if not bad.strip() or bad == seg or BAD_CTRL.search(bad):
                good = False; break
            d.t(text[pos:a]); d.m(bad, seg); pos = b
        if not good: continue
        d.t(text[pos:])
        return d
    return None


def doc_from_text(text):
    d = Doc(); d.t(text); return d


# ---------------------------------------------------------------- special mojibake builders: (R, text) -> Doc or None
def _per_char(R, text, pick, repl, region=None, maxn=None):
    a0, b0 = region if region else (0, len(text))
    idx = [i for i in range(a0, b0) if pick(text[i])]
    if not idx: return None
    if maxn: idx = sorted(R.sample(idx, min(len(idx), maxn)))
    d = Doc(); pos = 0
    for i in idx:
        d.t(text[pos:i]); d.m(repl(text[i]), text[i]); pos = i + 1
    d.t(text[pos:]); return d


_S2T_SRC = (
    "发發fā 区區qū 领領lǐng 导導dǎo 设設shè 远遠yuǎn 务務wù 实實shí 开開kāi 进進jìn 经經jīng 济濟jì 会會huì 议議yì 动動dòng "
    "员員yuán 门門mén 关關guān 业業yè 产產chǎn 为為wéi 时時shí 国國guó 长長zhǎng 书書shū 记記jì 们們men 计計jì 划劃huà "
    "项項xiàng 质質zhì 级級jí 组組zǔ 织織zhī 镇鎮zhèn 乡鄉xiāng 县縣xiàn 环環huán 卫衛wèi 万萬wàn 亿億yì 户戶hù 场場chǎng "
    "农農nóng 节節jié 规規guī 点點diǎn 现現xiàn 围圍wéi 处處chù 统統tǒng 确確què 报報bào 体體tǐ 强強qiáng 众眾zhòng 责責zé "
    "险險xiǎn 隐隱yǐn 总總zǒng 结結jié 资資zī 补補bǔ 贴貼tiē 检檢jiǎn 办辦bàn 问問wèn 题題tí 达達dá 标標biāo 网網wǎng 线線xiàn "
    "电電diàn 车車chē 学學xué 医醫yī 疗療liáo 养養yǎng 态態tài 这這zhè 个個gè 来來lái 对對duì 与與yǔ 传傳chuán 队隊duì "
    "应應yīng 灾災zāi 层層céng 稳穩wěn 营營yíng 优優yōu 训訓xùn 年年 "
    ).replace("年年 ", "")
S2T = {tok[0]: tok[1:] for tok in _S2T_SRC.split()}
TRAD = {k: v[0] for k, v in S2T.items()}
PINY = {k: v[1:] for k, v in S2T.items()}
KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    KANGXI.setdefault(unicodedata.normalize("NFKC", chr(_cp)), chr(_cp))
for _cp in range(0x2E80, 0x2EF4):
    try:
        _n = unicodedata.normalize("NFKC", chr(_cp))
        if _n != chr(_cp): KANGXI.setdefault(_n, chr(_cp))
    except ValueError:
        pass


def sp_pinyin(R, text):
    L = len(text.split("\n")[0]) + 1
    def repl(c): return TRAD[c] + "(" + PINY[c] + ")" if R.random() < .92 else TRAD[c] + "?"
    return _per_char(R, text, lambda c: c in TRAD, repl, (L, len(text)))


def sp_kangxi(R, text):
    return _per_char(R, text, lambda c: c in KANGXI, lambda c: KANGXI[c])


def sp_pua(R, text):
    return _per_char(R, text, lambda c: bool(CJK.match(c)), lambda c: chr(0xE000 + (ord(c) * 7) % 0x1800), maxn=R.randint(2, 8))


def sp_cid(R, text):
    def f(R2, s): return "".join("(cid:%d)" % ((ord(c) * 13) % 9000 + 100) if CJK.match(c) else c for c in s)
    return apply_damage(R, text, R.choice(["phrase", "line", "word"]), f)


def sp_bom(R, text):
    d = Doc(); d.m("\ufeff".encode("utf-8").decode(R.choice(["gbk", "cp1252", "mac_roman"]), "replace"), ""); d.t(text); return d


TAGS = ['<span style="font-family:仿宋_GB2312;font-size:16pt">', "</span>", "<br/>", "</strong>", '<p class="MsoNormal">',
        "<o:p></o:p>", "&nbsp;&nbsp;&nbsp;&nbsp;", "&ensp;", "</p>", '<font color="#333333">', "&#160;"]


def sp_tags(R, text):
    idx = [m.end() for m in re.finditer(r"[，。；：]", text)] + [0]
    pts = sorted(set(R.sample(idx, min(len(idx), R.randint(1, 4)))))
    d = Doc(); pos = 0
    for p in pts:
        d.t(text[pos:p]); d.m("".join(R.sample(TAGS, R.randint(1, 2))), ""); pos = p
    d.t(text[pos:]); return d


def sp_amp2(R, text):
    idx = [m.end() for m in re.finditer(r"[，。；：]", text)]
    pts = sorted(set(R.sample(idx, min(len(idx), R.randint(1, 3)))))
    d = Doc(); pos = 0
    for p in pts:
        debris = html.escape(html.escape(R.choice(["<p>", "</p>", "\u00a0", "<br>", "“", "<strong>", "&"]), False).replace("\u00a0", "&nbsp;"), False)
        if debris in ("“",): debris = "&amp;ldquo;"
        if "&" not in debris: debris = "&amp;nbsp;"
        d.t(text[pos:p]); d.m(debris, ""); pos = p
    d.t(text[pos:]); return d


def sp_literal_esc(R, text):
    lines = text.split("\n"); k = R.randint(1, len(lines) - 1)
    seps = [R.choice(["\\r\\n", "\\n", "\\n\\n"]) if i in range(k, k + 3) else "\n" for i in range(1, len(lines))]
    d = Doc(); d.t(lines[0])
    for s, l in zip(seps, lines[1:]):
        (d.m(s, "\n") if s != "\n" else d.t(s)); d.t(l)
    return d


def sp_trunc(R, text):
    lines = text.split("\n"); i = max(range(len(lines)), key=lambda j: len(lines[j].encode()))
    b = lines[i].encode("utf-8"); W = R.randint(28, 50)
    if len(b) <= W: return None
    parts = [b[j:j + W].decode("utf-8", "replace") for j in range(0, len(b), W)]
    d = Doc(); d.t("\n".join(lines[:i]) + ("\n" if i else ""))
    for pi, p in enumerate(parts):
        if pi: d.t("\n")
        pos = 0
        for m in re.finditer("\ufffd+", p):
            d.t(p[pos:m.start()]); d.m(m.group(), lines[i]); pos = m.end()
        d.t(p[pos:])
    d.t(("\n" if i < len(lines) - 1 else "") + "\n".join(lines[i + 1:]))
    return d if d.spans else None


def _insert_line(R, text, line):
    lines = text.split("\n"); i = R.randint(1, len(lines)); lines.insert(i, line); return "\n".join(lines), i


def _damage_inserted(R, text, pool, dmg):
    line = R.choice(pool); lines = text.split("\n"); i = R.randint(1, len(lines))
    pre = "\n".join(lines[:i]) + "\n"; post = ("\n" + "\n".join(lines[i:])) if lines[i:] else ""
    m = re.search(r"[«“「（(]([^»”」）)]+)[»”」）)]", line)
    a, b = (m.start(1), m.end(1)) if m else (0, len(line))
    bad = dmg(R, line[a:b])
    d = Doc(); d.t(pre + line[:a]); d.m(bad, line[a:b]); d.t(line[b:] + post); return d


FOREIGN = ["Café", "Müller", "José García", "Zürich", "Société Générale", "Crème brûlée", "Björn", "Ångström", "São Paulo", "Łódź"]


def sp_foreign(R, text):
    w = R.choice(FOREIGN)
    line = R.choice(["外方合作企业%s的代表出席签约仪式。", "欧洲客商%s一行到{PL}考察。", "展会邀请了%s等境外嘉宾。"]) % w
    line = line.replace("{PL}", R.choice(list(PCORE)) + "区")
    lines = text.split("\n"); i = R.randint(1, len(lines)); lines.insert(i, line)
    full = "\n".join(lines); a = full.index(w, sum(len(l) + 1 for l in lines[:i]))
    bad = w.encode("utf-8").decode(R.choice(["gbk", "gb18030", "big5"]), "replace")
    d = Doc(); d.t(full[:a]); d.m(bad, w); d.t(full[a + len(w):]); return d


def sp_russian(R, text):
    return _damage_inserted(R, text, ["俄方代表在致辞中说：«Мы рады сотрудничеству с вашим городом.»",
                                      "横幅上用俄文写着“Добро пожаловать на выставку”。",
                                      "俄罗斯客商留言：«Спасибо за тёплый приём!»"], _rc("utf-8", "cp1251"))


def sp_sjis_gbk(R, text):
    return _damage_inserted(R, text, ["日方代表表示：「地域の発展に貢献したいと考えています。」", "日文说明：「ご協力をお願いいたします。」",
                                      "友好城市来信写道：「交流がさらに深まることを期待します。」"], _rc("shift_jis", "gbk"))


def sp_mysql(R, text):
    emo = ["🎉", "👍", "😊", "🚌", "📢", "🧧", "💪", "🌸"]
    lines = text.split("\n"); i = R.randint(0, len(lines) - 1)
    lines[i] = lines[i] + "".join(R.sample(emo, R.randint(1, 3)))
    if R.random() < .5: lines[0] = R.choice(emo) + lines[0]
    return _per_char(R, "\n".join(lines), lambda c: ord(c) > 0xFFFF, lambda c: "?" * len(c.encode("utf-8")))


def sp_nbsp(R, text):
    return _per_char(R, text.replace("    ", "\u00a0\u00a0"), lambda c: c == "\u00a0",
                     lambda c: c.encode("utf-8").decode("cp1252")) if "    " in text else None


def sp_smartquotes(R, text):
    en = R.choice(["The mayor said the “Green Valley” project would be finished by June — ahead of schedule.",
                   "Residents call it the “people’s garden”, a place to relax after work…",
                   "According to the bureau’s report, the “one-stop” service covers 126 items."])
    lines = text.split("\n"); lines.insert(1, en); t = "\n".join(lines)
    return _per_char(R, t, lambda c: c in "“”’—…", lambda c: c.encode("utf-8").decode("cp1252", "replace"))


def sp_gb18030_name(R, text):
    nm = R.choice(SURN) + R.choice(["䶮", "𠮷", "㐂", "䲜", "𪚥"]) + R.choice(["", "明", "华"])
    line = R.choice(["获奖人员名单：%s、%s%s。", "经办人：%s    复核人：%s%s"]) % (nm, R.choice(SURN), R.choice(GIVEN))
    lines = text.split("\n"); i = R.randint(1, len(lines)); lines.insert(i, line); full = "\n".join(lines)
    a = full.index(nm); bad = nm.encode("gb18030").decode(R.choice(["gbk", "utf-8", "big5"]), "replace")
    d = Doc(); d.t(full[:a]); d.m(bad, nm); d.t(full[a + len(nm):]); return d


def _rare_chars():
    out = []
    for c in RARE_NAME_CH:
        try: c.encode("gb2312")
        except UnicodeError: out.append(c)
    return out


RARE = _rare_chars()


def sp_gb2312_name(R, text):
    nm = R.choice(SURN) + R.choice(RARE) + R.choice(["", "", "阳", "然"])
    line = R.choice(["申请人：%s，联系电话：%s。", "经办人：%s    电话：%s"]) % (nm, val(R, "TEL"))
    lines = text.split("\n"); i = R.randint(1, len(lines)); lines.insert(i, line); full = "\n".join(lines)
    a = full.index(nm); bad = nm.encode("gb2312", "replace").decode("gb2312")
    j = next(k for k, c in enumerate(bad) if c == "?")
    d = Doc(); d.t(full[:a + j]); d.m("?", nm[j]); d.t(full[a + j + 1:]); return d


TRAD_LINES = ["政府將繼續推動社區設施建設，改善居民生活環境。", "有關計劃的申請期將於下月底截止，詳情請瀏覽相關網頁。",
              "區議會轄下委員會今日舉行會議，討論交通改善措施。", "發言人表示，當局會密切監察情況，並適時檢討相關安排。",
              "市民如有查詢，可致電熱線與職員聯絡。", "本年度共資助社區團體舉辦活動一百二十項。"]


def ctx_trad(R):
    return ["新聞公報", R.choice(["社區設施改善計劃最新進展", "交通改善措施諮詢結果"])] + R.sample(TRAD_LINES, R.randint(2, 4)) + ["完"]


CTX["trad"] = ctx_trad

# ---------------------------------------------------------------- style registry
STYLES = []  # (name, family, label, builder, note)


def reg(name, fam, label, note):
    def deco(f):
        STYLES.append((name, fam, label, f, note)); return f
    return deco


def ph_pos(name, ctx, rend, note, traps=None, kmin=1, kmax=5):
    def b(R):
        tp = CTX[ctx](R)
        d = render_lines(R, tp, RENDER[rend], kmin, kmax)
        if d is None: return None
        if traps:
            # append clean trap lines after the rendered doc
            for t in R.sample(TRAP[traps], min(2, len(TRAP[traps]))):
                d.t("\n" + render_lines(R, [t]).text())
        return d
    STYLES.append((name, "ph", "placeholder", b, note))


BLOCK = {"html_code", "uescape", "box", "mdclean"}


def neg(name, fam, ctx, traps, note, k=(1, 2)):
    def b(R):
        lines = clean_lines(R, CTX[ctx](R)) if ctx else []
        pool = TRAP[traps] if traps else []
        if traps in BLOCK:
            i = R.choice([1, len(lines)]); lines[i:i] = [render_lines(R, [t]).text() for t in pool]
            return doc_from_text("\n".join(lines[-12:]))
        n = R.randint(*k) if pool else 0
        for t in R.sample(pool, min(n, len(pool))):
            t = render_lines(R, [t]).text()
            if lines: lines.insert(R.randint(1, len(lines)), t)
            else: lines.append(t)
        return doc_from_text("\n".join(lines[:12]))
    STYLES.append((name, fam, "negative", b, note))


def mj_pos(name, ctx, scope, dmg, note):
    def b(R):
        text = "\n".join(clean_lines(R, CTX[ctx](R))[:12])
        return apply_damage(R, text, scope, DAMAGE[dmg])
    STYLES.append((name, "mj", "mojibake", b, note))


def mj_sp(name, ctx, fn, note):
    def b(R):
        text = "\n".join(clean_lines(R, CTX[ctx](R))[:11])
        return fn(R, text)
    STYLES.append((name, "mj", "mojibake", b, note))


# ---- ph positives
ph_pos("report_lower_x_counts", "report", "lower_x", "anonymised summary: lowercase x for counts, money, rates, dates")
ph_pos("report_upper_x_places", "report", "upper_x", "uppercase XX for places/orgs/numbers")
ph_pos("bulletin_lower_x_figures", "bulletin", "lower_x", "statistical bulletin figures masked as xx.xx / xx%", kmin=2)
ph_pos("table_cells_upper_x", "table", "upper_x", "flattened table cells masked with X", kmin=2)
ph_pos("csv_export_lower_x", "csv", "lower_x", "CSV export with x in cells")
ph_pos("notice_times_sign", "notice", "times", "notice using ×× for names, dates")
ph_pos("report_fullwidth_x", "report", "fullwidth_x", "full-width Ｘ/ｘ placeholders")
ph_pos("pdf_lower_x_broken_lines", "pdf", "lower_x", "PDF extraction with broken lines and x placeholders")
ph_pos("ocr_contract_upper_x", "ocr", "upper_x", "scanned lease contract after OCR with XXX parties")
ph_pos("mt_output_upper_x", "mt", "upper_x", "machine-translation pair with XX in the Chinese side")
ph_pos("rss_feed_lower_x", "rss", "lower_x", "RSS item with xx figures")
ph_pos("payroll_upper_x_amounts", "payroll", "upper_x", "payroll sheet with XXXX amounts", kmin=2)
ph_pos("oa_docno_upper_x", "oa", "upper_x", "OA export with X文号〔20XX〕XX号 and XXX names")
ph_pos("notice_signature_date_x", "notice", "date_x", "dates/signature masked XXXX年XX月XX日", kmin=1, kmax=2)
ph_pos("press_lower_x", "press", "lower_x", "press release with xx counts")
ph_pos("case_mou_parties", "case", "mou", "law-popularisation case with 张某/某某公司")
ph_pos("minutes_stt_mou", "minutes", "mou", "speech-to-text minutes naming 王某、某某公司")
ph_pos("qa_mou_applicant", "qa", "mou", "portal Q&A masking place and unit with 某")
ph_pos("hr_masked_id_phone", "hr", "mask", "HR form with 138****5678 and starred IDs", kmin=1, kmax=3)
ph_pos("notary_masked_id", "notary", "mask", "notarial certificate with starred ID numbers / names")
ph_pos("payroll_masked_names", "payroll", "mask", "payroll with 张** names", kmin=2)
ph_pos("csv_masked_contacts", "csv", "mask", "CSV of contacts with masked phones and names", kmin=2)
ph_pos("lawyer_masked_phone", "lawyer", "mask", "lawyer letter with masked phone")
ph_pos("sms_mustache_fields", "sms", "mustache", "SMS template with {{name}} fields")
ph_pos("sms_percent_fields", "sms", "percent", "SMS gateway template %NAME%")
ph_pos("email_mailmerge_chevrons", "email", "mailmerge", "Word mail merge «字段» left in forwarded mail")
ph_pos("contract_underscore_blanks", "contract", "underscore", "contract template blanks ＿＿＿")
ph_pos("contract_angle_fields", "contract", "angle", "contract template <<字段>>")
ph_pos("lawyer_cn_bracket", "lawyer", "cn_bracket", "law-firm template 【单位名称】")
ph_pos("notary_cn_bracket", "notary", "cn_bracket", "notary template 【姓名】")
ph_pos("oa_fillnote", "oa", "fillnote", "OA form with （此处填写…）")
ph_pos("comment_todo_values", "comment", "todo", "comment solicitation with 待定/TODO values", kmax=3)
ph_pos("md_wiki_todo", "md", "todo", "Markdown wiki with TODO/待补充", kmax=3)
ph_pos("press_square_fields", "press", "square", "press release template [姓名]")
ph_pos("cms_dollar_vars", "cms", "dollar", "CMS page with ${var} not substituted")
ph_pos("minutes_circle", "minutes", "circle", "minutes using ○○ for names")
ph_pos("report_mixed_styles", "report", "mixed", "mixture of x, X, ×, 某 and masks", kmin=2, kmax=6)
ph_pos("report_lower_x_with_traps", "report", "lower_x", "xx placeholders next to 1+X / X光 traps", traps="onex")
ph_pos("qa_mou_with_traps", "qa", "mou", "某 masks next to 某些/某种 prose", traps="mou_prose")
ph_pos("table_times_with_dims", "table", "times", "×× placeholders next to 3×4米 dimensions", traps="dims")
ph_pos("hr_underscore_form", "hr", "underscore", "HR form with blanks ______")
ph_pos("comment_fillnote", "comment", "fillnote", "solicitation with （请填写…）")
ph_pos("email_cn_bracket", "email", "cn_bracket", "forwarded mail with 【单位名称】")
ph_pos("md_wiki_mustache", "md", "mustache", "wiki page with {{var}}")
ph_pos("bulletin_todo_values", "bulletin", "todo", "bulletin with 待定 figures", kmax=2)
ph_pos("case_mixed_mask", "case", "mixed", "case article mixing 某 and ** masks", kmin=2)
ph_pos("report_sharp_fields", "report", "sharp", "template with #字段#")
ph_pos("oa_mustache", "oa", "mustache", "OA export with {{doc_no}}")
ph_pos("hr_mask_with_size_traps", "hr", "mask", "masked ID/phone next to XL码 sizes", traps="size", kmin=1, kmax=2)


@reg("cms_default_text", "ph", "placeholder", "CMS default prompt text left in page")
def _b(R):
    lines = clean_lines(R, ctx_cms(R)); d = Doc(); d.t(lines[0] + "\n")
    if R.random() < .5: d.m(R.choice(["请输入标题", "在此输入标题"]))
    else: d.t(lines[1])
    d.t("\n" + lines[2] + "\n"); d.m(R.choice(["此处为摘要内容", "请输入摘要", "此处填写正文内容"])); d.t("\n" + "\n".join(lines[3:]))
    return d


# ---- ph negatives
for nm, ctx, tr, note in [
    ("neg_vocational_1plusx", "report", "onex", "1+X证书 / 7+X are policy names"),
    ("neg_x86_procurement", "notice", "x86", "x86 architecture"),
    ("neg_xray_hospital", "press", "xray", "X光 / X射线 / X线"),
    ("neg_uniform_sizes", "table", "size", "XL/XXL clothing sizes"),
    ("neg_hotline_5x8", "qa", "fivex8", "5×8小时 / 7×24小时 service hours"),
    ("neg_dimensions", "contract", "dims", "3×4米 dimensions, 长×宽×高"),
    ("neg_formula_vars", "report", "formula", "formulas with variable x"),
    ("neg_mou_some", "report", "mou_prose", "某些/某种/某一 in ordinary prose"),
    ("neg_mou_year_month", "press", "mou_date", "某年某月 in narrative prose"),
    ("neg_daiding_math", "minutes", "daiding", "待定系数法, 尚待定夺"),
    ("neg_chinese_zero_dates", "notice", "zero_date", "二〇二三年 with 〇"),
    ("neg_checkbox_form", "hr", "checkbox", "□ checkboxes in a form"),
    ("neg_cms_bracket_tags", "cms", "cms_tags", "【权威发布】【打印本页】 CMS tags"),
    ("neg_sms_signature", "sms", "sms_sig", "【签名】 SMS signature brackets"),
    ("neg_gov_url_xxgk", "comment", "gov_url", "pinyin abbreviations xxgk/xxzx in URLs and mail"),
    ("neg_pinyin_english_x", "mt", "pinyin_en", "Xiamen, Xi'an, Xu in English"),
    ("neg_xo_sauce_menu", "notice", "menu", "XO酱 on a canteen menu"),
    ("neg_relay_4x100", "press", "sports", "4×100米接力, 3×3篮球"),
    ("neg_stats_dash_cells", "table", "dash", "— for empty cells in statistical tables"),
    ("neg_filenames_underscores", "email", "files", "file names with underscores"),
    ("neg_model_numbers", "contract", "models", "model numbers XZ-200型, X型钢"),
    ("neg_generation_xz", "report", "gen_z", "X世代/Z世代"),
    ("neg_matrix_times", "report", "matrix", "3×4 matrices, multiplication"),
    ("neg_hr_full_contacts", "hr", None, "fully filled HR form, unmasked"),
    ("neg_case_named_parties", "case", None, "case article with real-looking names"),
    ("neg_contract_filled", "contract", None, "fully filled contract"),
    ("neg_payroll_filled", "payroll", None, "payroll without masks"),
]:
    neg(nm, "ph", ctx, tr, note)

# ---- mj positives (generic codec damage)
for nm, ctx, scope, dmg, note in [
    ("report_word_utf8_as_gbk", "report", "word", "utf8_gbk", "UTF-8 bytes read as GBK, one word"),
    ("report_para_utf8_as_gbk", "report", "para", "utf8_gbk", "UTF-8 read as GBK, whole paragraph"),
    ("notice_title_utf8_as_gb18030", "notice", "title", "utf8_gb18030", "title decoded as GB18030"),
    ("csv_cell_utf8_as_gbk_excel", "csv", "cell", "utf8_gbk_ignore", "UTF-8 CSV opened in Excel as GBK, bad bytes dropped"),
    ("table_row_utf8_as_big5", "table", "line", "utf8_big5", "table row UTF-8 read as Big5"),
    ("cms_line_utf8_as_cp1252", "cms", "line", "utf8_cp1252", "UTF-8 read as Windows-1252"),
    ("email_subject_utf8_as_cp1252", "email", "multi", "utf8_cp1252", "mail client shows words as cp1252"),
    ("wiki_phrase_utf8_as_macroman", "md", "phrase", "utf8_macroman", "UTF-8 read as Mac Roman"),
    ("oa_field_utf8_as_cp1250", "oa", "line", "utf8_cp1250", "UTF-8 read as Windows-1250"),
    ("press_word_utf8_as_koi8r", "press", "word", "utf8_koi8r", "UTF-8 read as KOI8-R"),
    ("minutes_phrase_utf8_as_sjis", "minutes", "phrase", "utf8_sjis", "UTF-8 read as Shift_JIS"),
    ("qa_answer_utf8_as_euckr", "qa", "phrase", "utf8_euckr", "UTF-8 read as EUC-KR"),
    ("pdf_line_utf8_as_cp437", "pdf", "line", "utf8_cp437", "UTF-8 read as DOS cp437"),
    ("report_line_gbk_as_utf8", "report", "line", "gbk_utf8", "GBK bytes read as UTF-8 -> U+FFFD"),
    ("notice_para_gbk_as_latin1", "notice", "para", "gbk_latin1", "GBK read as Latin-1 (·¢Õ¹ style)"),
    ("payroll_cell_gbk_as_cp1252", "payroll", "cell", "gbk_cp1252", "GBK cells read as cp1252"),
    ("bulletin_phrase_gbk_as_big5", "bulletin", "phrase", "gbk_big5", "GBK read as Big5"),
    ("contract_line_gbk_as_sjis", "contract", "line", "gbk_sjis", "GBK read as Shift_JIS"),
    ("sms_whole_gbk_as_euckr", "sms", "whole", "gbk_euckr", "whole SMS GBK read as EUC-KR"),
    ("hk_release_big5_as_gbk", "trad", "para", "big5_gbk", "Big5 release read as GBK"),
    ("hk_release_big5_as_utf8", "trad", "line", "big5_utf8", "Big5 read as UTF-8"),
    ("hr_line_utf16_as_utf8", "hr", "phrase", "utf16_utf8", "UTF-16LE read as UTF-8, NULs dropped"),
    ("email_body_utf8_as_utf16", "email", "phrase", "utf8_utf16", "UTF-8 read as UTF-16LE"),
    ("cms_double_utf8_gbk", "cms", "phrase", "double_utf8_gbk", "double UTF-8->GBK conversion"),
    ("wiki_double_utf8_cp1252", "md", "word", "double_utf8_cp1252", "double UTF-8->cp1252 (Ã¥Â…)"),
    ("report_kunjinkao", "report", "phrase", "kunjinkao", "GBK->UTF-8 replacement then GBK: 锟斤拷"),
    ("comment_qmark_lost", "comment", "phrase", "ascii_qmark", "characters lost as ?"),
    ("pdf_fffd_lost", "pdf", "word", "fffd", "bytes replaced by U+FFFD"),
    ("cms_gbk_offbyone", "cms", "phrase", "offbyone", "GBK stream decoded one byte out of step"),
    ("rss_ncr_decimal", "rss", "phrase", "ncr", "numeric character references &#21457;"),
    ("wiki_ncr_hex", "md", "word", "ncr_hex", "hex character references &#x53D1;"),
    ("api_unicode_escape", "cms", "phrase", "uesc", "JSON \\u escapes leaked into text"),
    ("log_bytes_repr", "oa", "word", "bytes_repr", "Python bytes repr b'\\xe5…' leaked"),
    ("cms_url_percent_prose", "cms", "word", "urlenc", "percent-encoding in prose"),
    ("email_quoted_printable", "email", "phrase", "qp", "quoted-printable =E5=8F=91 body"),
    ("email_mime_header", "email", "title", "mime", "raw MIME encoded-word =?utf-8?b?…?="),
    ("email_utf7", "email", "word", "utf7", "UTF-7 +U9FcVQ- text"),
    ("bbs_hz_gb", "press", "phrase", "hz", "HZ-GB-2312 ~{…~} escapes"),
    ("rss_double_escaped", "rss", "phrase", "html_amp2", "double-escaped markup &amp;lt;"),
    ("ocr_contract_utf8_as_gbk", "ocr", "multi", "utf8_gbk", "scanned contract OCR text then GBK misread"),
    ("minutes_stt_gbk_as_utf8", "minutes", "word", "gbk_utf8", "speech-to-text export GBK read as UTF-8"),
    ("notary_sig_utf8_as_gbk", "notary", "sig", "utf8_gbk", "signature line misdecoded"),
    ("lawyer_title_gbk_as_cp1252", "lawyer", "title", "gbk_cp1252", "title GBK read as cp1252"),
]:
    mj_pos(nm, ctx, scope, dmg, note)

for nm, ctx, fn, note in [
    ("scraper_pinyin_annotation", "report", sp_pinyin, "trad conversion with ASCII pinyin 發(fā)展"),
    ("pdf_kangxi_radicals", "pdf", sp_kangxi, "PDF extraction gives Kangxi radicals ⽣ for 生"),
    ("pdf_private_use_glyphs", "pdf", sp_pua, "font without ToUnicode: private-use code points"),
    ("pdf_cid_glyphs", "bulletin", sp_cid, "pdfminer (cid:NNNN) output"),
    ("bom_remnant", "notice", sp_bom, "BOM read in a legacy encoding at start"),
    ("word_html_tag_debris", "report", sp_tags, "Word/HTML tags and &nbsp; remnants"),
    ("cms_double_escaped_entities", "cms", sp_amp2, "&amp;nbsp; / &amp;lt;p&amp;gt; debris"),
    ("export_literal_escapes", "oa", sp_literal_esc, "literal \\r\\n between lines"),
    ("log_truncated_multibyte", "report", sp_trunc, "fixed-width byte wrap cutting UTF-8 characters"),
    ("foreign_name_utf8_as_gbk", "press", sp_foreign, "Café -> Caf茅 next to clean Chinese"),
    ("russian_quote_utf8_as_cp1251", "press", sp_russian, "quoted Russian UTF-8 read as cp1251"),
    ("japanese_sjis_as_gbk", "press", sp_sjis_gbk, "quoted Japanese Shift_JIS read as GBK"),
    ("mysql_utf8mb3_emoji", "sms", sp_mysql, "4-byte emoji stored as ???? in utf8mb3"),
    ("mt_smartquotes_cp1252", "mt", sp_smartquotes, "English smart quotes as â€œ"),
    ("hr_gb18030_4byte_name", "hr", sp_gb18030_name, "GB18030 four-byte name decoded as GBK/UTF-8/Big5"),
    ("notary_gb2312_rare_name", "notary", sp_gb2312_name, "rare name character lost as ? via GB2312"),
    ("contract_nbsp_latin", "contract", sp_nbsp, "UTF-8 NBSP read as cp1252: Â"),
]:
    mj_sp(nm, ctx, fn, note)

# ---- mj negatives
for nm, ctx, tr, note in [
    ("neg_quote_russian", "press", "ru", "quoted Russian"), ("neg_quote_japanese", "press", "ja", "quoted Japanese"),
    ("neg_quote_korean", "press", "ko", "quoted Korean"), ("neg_greek_symbols", "report", "el", "Greek letters and text"),
    ("neg_french_accents", "press", "fr", "French with accents"), ("neg_vietnamese_names", "hr", "vi", "Vietnamese diacritics"),
    ("neg_polish_czech_cities", "press", "pl", "Łódź, Plzeň"), ("neg_portuguese_sao_paulo", "press", "pt", "SÃO PAULO is real Portuguese"),
    ("neg_emoji_sms", "sms", "emoji", "emoji in SMS and posts"), ("neg_rare_name_chars", "notice", "rare", "rare and Ext-B characters"),
    ("neg_traditional_release", "trad", None, "clean traditional Chinese"), ("neg_pinyin_lesson", "report", "pinyin_lesson", "pinyin in a language lesson"),
    ("neg_zhuyin_lesson", "report", "zhuyin", "bopomofo"), ("neg_html_code_tech_doc", "md", "html_code", "HTML quoted as code"),
    ("neg_unicode_escape_tutorial", "md", "uescape", "\\u escapes in a programming tutorial"),
    ("neg_urls_files_emails", "comment", "urls", "URLs (percent-encoded), file names, emails"),
    ("neg_units_symbols", "bulletin", "units", "℃, ㎡, μg/m³, ‰"), ("neg_chem_subscripts", "report", "chem", "CO₂, NOₓ"),
    ("neg_qa_ascii_qmark", "qa", "qmark", "ASCII ? ending real questions"), ("neg_currency_symbols", "report", "currency", "€ £ ¥ ₩"),
    ("neg_box_drawing", "report", "box", "box-drawing table"), ("neg_circled_roman", "notice", "circled", "①②③, Ⅲ, ㈠"),
    ("neg_japanese_variant_names", "minutes", "jp_names", "髙橋, 渡邉"), ("neg_latin_species", "report", "latin", "Latin binomials"),
    ("neg_german_umlaut_company", "contract", "de", "Müller, Straße"), ("neg_signage_multilingual", "notice", "signage", "multilingual signage"),
    ("neg_markdown_clean", "md", "mdclean", "markdown syntax"), ("neg_plain_report", "report", None, "clean report"),
    ("neg_plain_table", "table", None, "clean table"),
]:
    neg(nm, "mj", ctx, tr, note)

# ---------------------------------------------------------------- generation / verify / table
PH_RE = re.compile(r"[xXｘＸ]|×|某|\{\{|\$\{|【[^】]+】|«|<<|\[[^\]]+\]|[＿_]{3,}|（(此处|请|填写)|\(此处|TODO|TBD|待定|待补充|\*|○|%[A-Z_]+%|#[^#\s]+#|请输入|此处|在此输入")


def generate(seed):
    recs = []
    fam_styles = {f: [s for s in STYLES if s[1] == f] for f in ("ph", "mj")}
    for fam, sts in fam_styles.items():
        npos = sum(1 for s in sts if s[2] != "negative"); nneg = len(sts) - npos
        per_pos = max(15, min(20, round(1500 * 0.65 / npos))); per_neg = max(15, min(20, round(1500 * 0.35 / nneg)))
        for name, f, label, builder, note in sts:
            R = random.Random("t17:%d:%s" % (seed, name))
            want = per_neg if label == "negative" else per_pos
            got = 0; seen = set(); guard = 0
            while got < want:
                guard += 1
                if guard > want * 30: raise RuntimeError("style %s cannot produce records" % name)
                d = builder(R)
                if d is None: continue
                text = d.text()
                if text in seen or len(text.split("\n")) > 12 or (label != "negative" and not d.spans): continue
                seen.add(text); got += 1
                n = note if label != "mojibake" else note + " | clean=" + json.dumps(d.cleans, ensure_ascii=False)
                recs.append({"family": f, "style": name, "label": label, "text": text,
                             "spans": d.spans if label != "negative" else [], "note": n})
    R = random.Random("t17-order:%d" % seed); R.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        out.append(dict([("id", "t17-s%d-%05d" % (seed, i))] + list(r.items())))
    return out


def verify(path):
    probs = []; ids = set()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                probs.append("%d: bad json %s" % (ln, e)); continue
            where = "%s:%d %s" % (path, ln, r.get("id"))
            for k in ("id", "family", "style", "label", "text", "spans", "note"):
                if k not in r: probs.append(where + " missing " + k)
            if r["id"] in ids: probs.append(where + " duplicate id")
            ids.add(r["id"])
            fam, lab, t, sp = r["family"], r["label"], r["text"], r["spans"]
            if fam not in ("ph", "mj") or lab not in ("placeholder", "mojibake", "negative"): probs.append(where + " bad family/label")
            if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"): probs.append(where + " label/family mismatch")
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["style"]): probs.append(where + " style not snake_case")
            if "\n" in r["note"]: probs.append(where + " note not one line")
            nl = len(t.split("\n"))
            if not t.strip() or nl > 12: probs.append(where + " text has %d lines" % nl)
            if lab == "negative":
                if sp: probs.append(where + " negative with spans")
                continue
            if not sp: probs.append(where + " positive without spans")
            prev = -1
            for a, b in sp:
                if not (0 <= a < b <= len(t)): probs.append(where + " span out of range %r" % ([a, b],)); continue
                if a < prev: probs.append(where + " spans overlap/unsorted")
                prev = b
                s = t[a:b]
                if not s.strip(): probs.append(where + " blank span")
                if lab == "placeholder" and not PH_RE.search(s): probs.append(where + " span holds no placeholder: %r" % s)
            if lab == "mojibake":
                m = re.search(r" \| clean=(\[.*\])$", r["note"])
                if not m: probs.append(where + " note lacks clean list"); continue
                cl = json.loads(m.group(1))
                if len(cl) != len(sp): probs.append(where + " clean list length mismatch")
                for (a, b), c in zip(sp, cl):
                    if t[a:b] == c: probs.append(where + " mojibake span equals clean text %r" % c)
    return probs


def style_table(path):
    by = OrderedDict()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        e = by.setdefault(r["style"], {"family": r["family"], "c": Counter(), "ex": None})
        e["c"][r["label"]] += 1
        if e["ex"] is None: e["ex"] = r["text"]
    rows = ["| style | family | labels | example |", "|---|---|---|---|"]
    for st in sorted(by, key=lambda s: (by[s]["family"], "negative" in by[s]["c"], s)):
        e = by[st]; ex = e["ex"].replace("\n", "⏎")
        ex = (ex[:70] + "…") if len(ex) > 70 else ex
        ex = ex.replace("|", "\\|").replace("`", "'")
        rows.append("| %s | %s | %s | %s |" % (st, e["family"], ", ".join("%s %d" % kv for kv in sorted(e["c"].items())), ex))
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int); ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+"); ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        bad = 0
        for p in a.verify:
            pr = verify(p)
            for x in pr[:50]: print(x)
            n = sum(1 for _ in open(p, encoding="utf-8"))
            print("%s: %d records, %d problems" % (p, n, len(pr))); bad += len(pr)
        sys.exit(1 if bad else 0)
    if a.style_table:
        print(style_table(a.style_table)); return
    if a.seed is None or not a.out: ap.error("--seed and --out required")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["family"], r["label"]) for r in recs)
    print("wrote %d records to %s: %s" % (len(recs), a.out, dict(c)))


if __name__ == "__main__":
    main()
