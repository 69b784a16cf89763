#!/usr/bin/env python3
"""text4_gen.py - labelled test collection for a Chinese-document auditor.

Two families:
  ph  - anonymisation / unfilled-template placeholders
  mj  - mojibake (text damaged by wrong encodings and transport artefacts)

Standard library only; deterministic for a given --seed.
Usage: python3 text4_gen.py --seed 7 --out text4.jsonl
"""
import argparse
import binascii
import html
import json
import random
import re
import urllib.parse
import zlib

# ---------------------------------------------------------------------------
# template machinery
#   «name»   -> clean slot filled from V (or from a style-local dict)
#   ⟦ ... ⟧  -> the enclosed (rendered) text is a marked span
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"«(\w+)»")
MARK_RE = re.compile(r"(⟦.*?⟧)", re.S)


class Builder:
    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append((s, False))
        return self

    def m(self, s):
        self.parts.append((s, True))
        return self

    def build(self):
        text = ""
        spans = []
        for s, f in self.parts:
            if f and s:
                st = len(text)
                text += s
                if spans and spans[-1][1] == st:
                    spans[-1][1] = len(text)
                else:
                    spans.append([st, len(text)])
            else:
                text += s
        return text, spans


def fill(rng, s, extra=None):
    def rep(m):
        k = m.group(1)
        if extra and k in extra:
            v = extra[k]
        elif k in V:
            v = V[k]
        else:
            raise KeyError(k)
        return v(rng) if callable(v) else rng.choice(v)
    # slots may produce further slots (one extra level)
    out = SLOT_RE.sub(rep, s)
    if "«" in out:
        out = SLOT_RE.sub(rep, out)
    return out


def render(rng, tpl, b=None, extra=None):
    b = b or Builder()
    for piece in MARK_RE.split(tpl):
        if not piece:
            continue
        if piece.startswith("⟦") and piece.endswith("⟧"):
            b.m(fill(rng, piece[1:-1], extra))
        else:
            b.t(fill(rng, piece, extra))
    return b


# ---------------------------------------------------------------------------
# vocabulary (all invented)
# ---------------------------------------------------------------------------
PLACE_CH = "青禾柳桐岚澄鹤沁枫蓉泓茗梧槐杉溪石云霞丰安宁兴和平永顺康泰嘉瑞南北东西龙凤金玉长新清明华阳春秋山河湖林松竹梅兰桂荷塘湾岭坪"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯史陶黎贺顾毛郝龚邵万严覃戴莫孔向汤"
GIVEN = "建国明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英志红玉兰春梅海波宁东晓文斌浩宇欣怡佳琪俊凯鹏飞雪慧颖晨辉永胜德荣新民振庆"


def p2(rng):
    return "".join(rng.sample(PLACE_CH, 2))


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def rint(a, b):
    return lambda rng: str(rng.randint(a, b))


def rflt(a, b, nd=1):
    return lambda rng: f"{rng.uniform(a, b):.{nd}f}"


def digits(k):
    return lambda rng: "".join(rng.choice("0123456789") for _ in range(k))


def abbr(rng):
    return "".join(rng.choice("bcdfghjklmnpqrstwyz") for _ in range(rng.randint(2, 4)))


V = {
    "year": rint(2018, 2024), "month": rint(1, 12), "day": rint(1, 28),
    "n": rint(2, 48), "n2": rint(120, 9800), "n3": rint(10000, 98000),
    "pct": rflt(3, 98.9), "pct1": rflt(1.5, 4.5), "money": rflt(12, 9800, 1),
    "yi": rflt(0.6, 98, 2), "d2": digits(2), "d3": digits(3), "d4": digits(4), "d6": digits(6),
    "town": lambda r: p2(r) + "镇", "county": lambda r: p2(r) + "县",
    "street": lambda r: p2(r) + "街道", "village": lambda r: p2(r) + "村",
    "community": lambda r: p2(r) + "社区", "city": lambda r: p2(r) + "市",
    "district": lambda r: p2(r) + "区", "place": lambda r: p2(r) + r.choice(["镇", "县", "街道", "乡", "区"]),
    "person": person, "surname": list(SURNAMES), "abbr": abbr,
    "mob3": lambda r: r.choice(["13", "15", "18", "17", "19"]) + str(r.randint(0, 9)),
    "theme": ["党建引领", "高质量发展", "乡村振兴", "基层治理现代化", "优化营商环境", "生态文明建设",
              "共同富裕", "民生保障", "平安建设", "数字化改革", "城市更新", "新型城镇化"],
    "work": ["重点项目建设", "招商引资", "人居环境整治", "城乡融合发展", "安全生产治理", "营商环境改革",
             "基层党组织建设", "文明城市创建", "河湖长制落实", "老旧小区改造", "社会救助", "信访矛盾化解",
             "耕地保护", "农村集体经济发展", "医共体建设", "校园安全管理"],
    "activity": ["政策宣讲活动", "义诊进社区活动", "消防安全培训", "文明实践志愿服务", "法治宣传活动",
                 "职业技能培训", "民俗文化活动", "防范电信诈骗宣传", "垃圾分类宣传", "应急疏散演练"],
    "proj": ["基础设施", "民生实事", "水利", "农业产业化", "城市更新", "教育补短板", "污水治理", "文旅融合"],
    "goal": ["各项工作再上新台阶", "经济社会持续健康发展", "群众获得感幸福感不断增强", "年度目标任务全面完成",
             "基层治理水平持续提升"],
    "problem": ["产业结构仍然偏重、新兴产业支撑不足", "基层治理力量相对薄弱", "部分项目推进较慢、资金保障压力较大",
                "公共服务供给与群众需求仍有差距", "干部队伍专业化水平有待提高"],
    "dept": ["区委", "县政府", "镇党委", "街道党工委", "市发展改革局", "区住建局", "县农业农村局", "市生态环境局",
             "区卫健委", "县应急管理局", "市市场监管局", "区教育局", "县民政局", "市财政局", "区人社局"],
    "lvl": ["区", "县", "镇", "市", "街道", "乡"],
    "company": lambda r: p2(r) + r.choice(["科技有限公司", "建材有限公司", "食品有限公司", "农业发展有限公司",
                                          "机械制造有限公司", "电子有限公司", "物流有限公司", "环保工程有限公司"]),
    "topic": ["安全生产", "防汛备汛", "项目建设", "乡村振兴", "营商环境", "疫情防控", "耕地保护", "森林防火",
              "信访维稳", "财政预算", "民生实事", "招商引资"],
    "pos": ["副县长", "副市长", "书记", "主任", "副局长", "镇长", "副主任", "站长"],
}

FILL = [
    "«year»年以来，«town»坚持以«theme»为统领，扎实推进«work»，各项工作取得新成效。",
    "全年完成地区生产总值«yi»亿元，同比增长«pct1»%。",
    "累计投入资金«money»万元，实施«proj»项目«n»个。",
    "组织开展«activity»«n»场次，覆盖群众«n2»人次。",
    "新增市场主体«n2»户，其中企业«n»家。",
    "深入开展安全生产专项整治，排查整改隐患«n2»处，整改率达到«pct»%。",
    "下一步，我们将持续深化«work»，推动«goal»。",
    "当前工作中还存在一些薄弱环节，主要是«problem»。",
    "«dept»主要负责同志多次深入一线调研指导，协调解决实际困难«n»个。",
    "完成新建及改造农村公路«n»公里，惠及群众«n2»人。",
    "全«lvl»城镇新增就业«n2»人，城镇登记失业率控制在«pct1»%以内。",
    "筹措资金«money»万元，完成«village»人居环境整治提升工程。",
    "建立健全联系服务群众机制，«person»等«n»名干部下沉«community»开展志愿服务。",
    "接待群众来信来访«n2»件次，按期办结率«pct»%。",
    "全年一般公共预算收入«yi»亿元，完成年度目标的«pct»%。",
    "推动«company»等«n»家企业完成技术改造，新增产值«yi»亿元。",
    "持续抓好森林防火和防汛工作，开展应急演练«n»次。",
    "城乡居民医保参保率稳定在«pct»%以上。",
    "围绕«theme»，召开专题会议«n»次，研究解决重点问题«n»项。",
    "«street»«n»个社区全部完成网格化管理改革。",
    "坚持“«theme»”工作思路，全面完成«work»各项任务。",
    "今年以来，«dept»紧盯年度目标，压实工作责任，确保各项任务按时序推进。",
    "全面完成«n»所中小学校舍维修改造，新增学位«n2»个。",
    "落实困难群众救助资金«money»万元，做到应保尽保。",
    "培育发展特色产业基地«n»个，带动农户增收«n2»户。",
]


def filler(rng, k):
    return "".join(fill(rng, s) for s in rng.sample(FILL, k))


def wrap(rng, core_builder_fn, max_extra=2, sep=""):
    """Put clean filler sentences before/after a core builder."""
    b = Builder()
    before = rng.randint(0, max_extra)
    after = rng.randint(0, max_extra - before) if max_extra - before > 0 else 0
    if rng.random() < 0.05:            # a few long records
        before += 2
        after += 2
    pool = [fill(rng, x) for x in rng.sample(FILL, before + after)]
    if before:
        b.t("".join(pool[:before]) + sep)
    core_builder_fn(b)
    if after:
        b.t(sep + "".join(pool[before:]))
    return b


# ---------------------------------------------------------------------------
# (a) placeholder family
# ---------------------------------------------------------------------------
PHV = {
    "xn": ["x", "xx", "xxx", "xx", "X", "XX", "XXX", "xx", "xxxx"],
    "XX": ["XX", "XX", "xx", "XXX", "xxx", "X"],
    "xd": ["x月x日", "x月xx日", "xx月xx日", "X月X日", "XX月XX日", "x月xx日", "xx月x日", "x月xx、xx日",
           "xx月xx-xx日", "x月x日"],
    "xm": ["xx.xx", "xxx.x", "x.xx", "XX.XX", "xxxx", "xx", "xx.x", "x.x"],
    "xp": ["xx", "xxx", "xx.x", "XX", "X.X", "x", "xx.xx"],
    "xy": ["20xx", "20XX", "20xx", "202x", "20xx"],
    "tm": ["××", "×××", "××", "××××"],
    "fs": ["＊＊", "＊＊＊", "＊＊"],
    "cm": ["○○", "○○○", "〇〇", "○○"],
    "sq": ["□□", "□□□", "■■", "■■■", "□□□□"],
    "sm": lambda r: r.choice(SURNAMES) + r.choice(["某", "某某", "某", "某甲", "某乙"]),
    "ss": lambda r: r.choice(SURNAMES) + r.choice(["*", "**", "＊＊", "××", "**", "*"]),
    "hn": lambda r: r.choice(SURNAMES) + r.choice(["*", "×", "○", "＊", "*"]) + r.choice(GIVEN),
    "pm": ["****", "****", "xxxx", "XXXX", "＊＊＊＊"],
    "bk": lambda r: "[" + r.choice(SLOTN) + "]",
    "bk_u": lambda r: "[" + r.choice(SL_UNIT) + "]",
    "bk_p": lambda r: "[" + r.choice(SL_PERS) + "]",
    "bk_n": lambda r: "[" + r.choice(SL_NUM) + "]",
    "lk_d": lambda r: "【" + r.choice(SL_DATE + ["请填写", "待补充"]) + "】",
    "lk_u": lambda r: "【" + r.choice(SL_UNIT + ["请填写", "单位全称"]) + "】",
    "lk_c": lambda r: "【" + r.choice(["此处插入图片", "待补充", "请填写标题", "项目名称", "会议名称"]) + "】",
    "bc_p": lambda r: r.choice(["{%s}", "{{%s}}", "${%s}", "{%s}"]) % r.choice(SL_PERS + ["name", "userName"]),
    "bc_u": lambda r: r.choice(["{%s}", "{{%s}}", "${%s}"]) % r.choice(SL_UNIT + ["unitName", "deptName"]),
    "bc_d": lambda r: r.choice(["{%s}", "{{%s}}", "${%s}"]) % r.choice(SL_DATE + ["date", "meetingTime"]),
    "pf_u": lambda r: r.choice(["（此处填写%s）", "（填写%s）", "(请填写%s)", "（请在此处填写%s）", "（%s待填）"]) % r.choice(SL_UNIT),
    "pf_p": lambda r: r.choice(["（此处填写%s）", "（填写%s）", "(请填写%s)", "（%s待填）"]) % r.choice(SL_PERS),
    "pf_n": lambda r: r.choice(["（此处填写%s）", "（填写%s）", "(请填写%s)", "（%s待核实后填写）"]) % r.choice(SL_NUM),
    "pf_t": lambda r: r.choice(["（此处填写联系电话）", "（填写手机号码）", "(请填写电话)"]),
    "us": lambda r: "_" * r.randint(3, 10),
    "fu": lambda r: "＿" * r.randint(2, 6),
    "en_org": ["[Company Name]", "[Department]", "{Company}", "<Organization>", "[Party B]"],
    "en_date": ["[Date]", "[Insert Date]", "<Date>", "[MM/DD/YYYY]"],
    "en_mail": ["[Email Address]", "[Contact Person]", "<email>", "[Recipient]"],
    "en_proj": ["[Project Name]", "<Project Title>", "[Insert Text Here]", "[Project Name]"],
    "en": ["[Company Name]", "[Project Name]", "[Date]", "[Insert Date]", "<Name>", "[Your Name]", "{Company}",
           "[Address]", "[Amount]", "[Contact Person]", "<Project Title>", "[Department]", "[Insert Text Here]"],
    "fx": ["ｘｘ", "ＸＸ", "ｘｘｘ", "ＸＸＸ", "ｘ", "ｘｘ"],
    "bd": lambda r: r.choice(["    年   月   日", "　　年　　月　　日", "     年    月    日", "   年  月  日"]),
}
SL_UNIT = ["单位名称", "企业名称", "乡镇名称", "村名", "填报单位", "部门名称"]
SL_PERS = ["姓名", "联系人", "负责人", "申请人姓名", "经办人"]
SL_NUM = ["金额", "数量", "具体数字", "投资额"]
SL_DATE = ["日期", "填写日期", "时间", "会议时间"]
SLOTN = ["单位名称", "项目名称", "姓名", "日期", "金额", "具体内容", "联系人", "联系电话", "乡镇名称", "数量",
         "会议名称", "文件名称", "负责人", "填报单位", "村名", "企业名称"]

PH_POS = {
    "ph_xrun_count": [
        "全年共走访慰问困难群众⟦«xn»⟧户，发放慰问物资折合⟦«xn»⟧万元。",
        "«town»现有农户⟦«xn»⟧户、常住人口⟦«xn»⟧人，其中脱贫户⟦«xn»⟧户。",
        "组织开展«activity»⟦«xn»⟧场次，参与群众达⟦«xn»⟧人次。",
        "新建村级活动场所⟦«xn»⟧个，改造提升农村公路⟦«xn»⟧公里。",
        "共排查各类安全隐患⟦«xn»⟧处，已整改⟦«xn»⟧处，整改率达到«pct»%。",
        "截至目前，全«lvl»已发展家庭农场⟦«xn»⟧家、农民专业合作社⟦«xn»⟧家。",
        "共创成⟦«xn»⟧个省级卫生乡镇、⟦«xn»⟧个市级卫生村。",
        "发放宣传资料⟦«xn»⟧余份，受理群众咨询⟦«xn»⟧人次。",
    ],
    "ph_xname_place": [
        "⟦«XX»⟧街道党工委坚持把«theme»摆在突出位置，推动«work»落地见效。",
        "由⟦«XX»⟧社区牵头，联合辖区物业公司开展«activity»。",
        "在⟦«XX»⟧村试点推行积分制管理，形成了可复制的经验做法。",
        "⟦«XX»⟧市⟦«XX»⟧区⟦«XX»⟧街道办事处关于«topic»工作的情况报告",
        "市政府印发《⟦«XX»⟧市人民政府关于申请省级卫生城市复审的报告》，及时收集申报材料。",
        "«dept»会同⟦«XX»⟧乡政府对辖区内«n»处地质灾害隐患点进行了复核。",
    ],
    "ph_x_date": [
        "⟦«xd»⟧，«dept»召开«topic»专题会议，研究部署下一阶段工作。",
        "«year»年⟦«xd»⟧，省检查组对我«lvl»«work»工作开展技术评估。",
        "于⟦«xd»⟧至⟦«xd»⟧集中开展«activity»，累计服务群众«n2»人次。",
        "⟦x月⟧份完成招标，确定第三方公司负责城区病媒生物防制工作。",
        "截至«year»年⟦«xd»⟧，共完成«work»任务«n»项。",
        "⟦«xd»⟧上午，«person»带队赴«town»督导«topic»工作。",
    ],
    "ph_x_money": [
        "财政拨款⟦«xm»⟧万元用于«work»。",
        "完成固定资产投资⟦«xm»⟧亿元，其中工业投资⟦«xm»⟧亿元。",
        "争取上级专项资金⟦«xm»⟧万元，撬动社会资本⟦«xm»⟧万元投入«proj»项目。",
        "全年发放惠农补贴⟦«xm»⟧万元，惠及农户«n2»户。",
        "项目总投资⟦«xm»⟧万元，目前已完成投资⟦«xm»⟧万元。",
    ],
    "ph_x_percent": [
        "全年完成地区生产总值«yi»亿元，同比增长⟦«xp»⟧%。",
        "群众满意度达到⟦«xp»⟧%以上，较上年提高⟦«xp»⟧个百分点。",
        "农村生活污水治理率达⟦«xp»⟧%，垃圾分类覆盖率⟦«xp»⟧%。",
        "规模以上工业增加值增长⟦«xp»⟧%，高于全市平均水平。",
        "按期办结率⟦«xp»⟧%，回访满意率⟦«xp»⟧%。",
    ],
    "ph_20xx_year": [
        "⟦«xy»⟧年«work»工作总结",
        "截至⟦«xy»⟧年底，全«lvl»累计建成高标准农田«n3»亩。",
        "⟦«xy»⟧年度«dept»工作计划及重点任务清单",
        "《«county»«topic»三年行动方案（⟦«xy»⟧—⟦«xy»⟧年）》已印发实施。",
        "力争到⟦«xy»⟧年，城镇化率达到«pct»%。",
    ],
    "ph_xx_admin_chain": [
        "⟦«XX»⟧省⟦«XX»⟧市⟦«XX»⟧县⟦«XX»⟧镇⟦«XX»⟧村村民委员会",
        "⟦«XX»⟧县⟦«XX»⟧镇人民政府关于«topic»工作的自查报告",
        "经⟦«XX»⟧县⟦«XX»⟧乡党委研究决定，成立«topic»工作专班。",
        "申报单位：⟦«XX»⟧市⟦«XX»⟧区⟦«XX»⟧街道社区卫生服务中心",
    ],
    "ph_times_mask": [
        "⟦«tm»⟧同志任«dept»党组成员，试用期一年。",
        "与⟦«tm»⟧有限公司签订合作协议，总投资«money»万元。",
        "经调查，⟦«tm»⟧村党支部书记存在优亲厚友问题，已责令整改。",
        "⟦«tm»⟧局：现将«topic»检查情况通报如下。",
        "⟦«tm»⟧县⟦«tm»⟧镇«n»名群众联名反映道路积水问题。",
    ],
    "ph_fullwidth_star_mask": [
        "⟦«fs»⟧镇农业综合服务中心今年共推广新品种«n»个。",
        "⟦«fs»⟧同志在«topic»工作中表现突出，拟推荐为先进个人。",
        "群众反映⟦«fs»⟧小区存在消防通道堵塞问题，已督促物业整改。",
    ],
    "ph_circle_mask": [
        "⟦«cm»⟧村“两委”班子调整后，集体经济收入突破«n»万元。",
        "⟦«cm»⟧同志，男，汉族，中共党员，现任«dept»办公室主任。",
        "⟦«cm»⟧局牵头制定«topic»实施方案，明确责任分工。",
        "接到⟦«cm»⟧街道居民投诉后，执法人员及时赶赴现场处置。",
    ],
    "ph_square_mask": [
        "⟦«sq»⟧单位未按规定落实安全生产主体责任，被责令限期整改。",
        "举报人反映⟦«sq»⟧公司拖欠农民工工资«n»万元，经核查情况属实。",
        "⟦«sq»⟧同志（身份证号码已隐去）申请临时救助，经审核予以发放。",
        "«county»⟦«sq»⟧乡中心小学改扩建工程已完成主体施工。",
    ],
    "ph_moumou": [
        "⟦某某⟧公司违规占用耕地«n»亩，已依法立案查处。",
        "⟦某某⟧村村民反映饮水不安全问题，镇政府已安排专项资金解决。",
        "经查，⟦某某⟧局在政府采购中存在化整为零规避招标问题。",
        "⟦某某⟧单位职工在«activity»中主动参与志愿服务。",
        "«county»⟦某某⟧镇⟦某某⟧村开展«activity»，群众参与热情高涨。",
    ],
    "ph_surname_mou": [
        "«county»纪委通报：«dept»原副主任⟦«sm»⟧违规收受礼金«n2»元，受到党内警告处分。",
        "村民⟦«sm»⟧因宅基地纠纷多次上访，经调解双方达成一致。",
        "⟦«sm»⟧驾驶无牌摩托车被查获，交警部门依法予以处罚。",
        "经法院审理，被告人⟦«sm»⟧犯诈骗罪，判处有期徒刑«n»个月。",
        "⟦«sm»⟧、⟦«sm»⟧等人以虚报冒领方式套取补贴资金«money»万元。",
    ],
    "ph_surname_stars": [
        "本期“好人榜”推荐对象：⟦«ss»⟧，«town»退休教师，义务辅导留守儿童«n»年。",
        "中签名单如下：⟦«ss»⟧、⟦«ss»⟧、⟦«ss»⟧。",
        "患者⟦«ss»⟧，男，«n»岁，因突发疾病被送往镇卫生院救治。",
        "联系人：⟦«ss»⟧，联系电话：«mob3»«d4»«d4»。",
    ],
    "ph_half_name": [
        "公示名单：⟦«hn»⟧、⟦«hn»⟧、⟦«hn»⟧，公示期为«n»个工作日。",
        "⟦«hn»⟧同学获得全«lvl»中小学生作文比赛一等奖。",
        "获评“最美家庭”的⟦«hn»⟧一家，多年来照顾瘫痪在床的老人。",
        "困难群众⟦«hn»⟧申请低保，经入户调查和民主评议，予以纳入。",
    ],
    "ph_phone_mask": [
        "举报电话：«mob3»⟦«pm»⟧«d4»，受理时间为工作日。",
        "联系人：«person»，手机号码«mob3»⟦«pm»⟧«d4»。",
        "中奖用户«mob3»⟦«pm»⟧«d4»已领取奖品。",
        "来电号码为«mob3»⟦«pm»⟧«d4»的市民反映噪声扰民问题。",
        "咨询电话：0«d3»-⟦xxxxxxx⟧，地址：«city»人民路«n»号。",
    ],
    "ph_id_mask": [
        "申请人身份证号：«d6»⟦********⟧«d4»。",
        "身份证号码«d4»⟦**********⟧«d4»的群众已完成信息核验。",
        "公示对象：«person»，身份证号«d6»⟦********⟧«d3»X，拟享受低保待遇。",
        "持证人：«person»（身份证号：«d3»⟦***********⟧«d4»）",
    ],
    "ph_square_bracket_slot": [
        "⟦«bk_u»⟧关于«topic»工作的自查报告",
        "根据⟦[文件名称]⟧要求，我单位对«work»开展了全面排查。",
        "兹证明⟦«bk_p»⟧同志系我单位在职职工，特此证明。",
        "本次共投入资金⟦«bk_n»⟧万元，完成项目⟦[数量]⟧个。",
    ],
    "ph_lenticular_slot": [
        "报送时间：⟦«lk_d»⟧",
        "⟦«lk_d»⟧召开«topic»推进会，«dept»负责同志参加会议。",
        "本表由⟦«lk_u»⟧填报，于每月«n»日前报送«dept»。",
        "⟦«lk_c»⟧\n«dept»在«theme»中的主要做法及成效",
    ],
    "ph_brace_slot": [
        "尊敬的⟦«bc_p»⟧：您好！您申请的事项已受理，请于«n»个工作日内领取。",
        "⟦«bc_u»⟧：现将«topic»检查结果反馈如下。",
        "通知：⟦«bc_p»⟧同志于⟦«bc_d»⟧参加«activity»。",
    ],
    "ph_paren_fill": [
        "⟦«pf_u»⟧认真贯彻落实«topic»工作部署，取得阶段性成效。",
        "截至目前，共完成投资⟦«pf_n»⟧万元。",
        "联系人：⟦«pf_p»⟧，联系电话：⟦«pf_t»⟧。",
        "本单位⟦«pf_u»⟧承诺所报材料真实有效。",
    ],
    "ph_underscore_blank": [
        "本单位共有在职人员⟦«us»⟧名，其中党员⟦«us»⟧名。",
        "请各单位于⟦____年____月____日⟧前将材料报送«dept»。",
        "⟦«us»⟧镇（街道）«topic»工作情况报告",
        "经研究，同意⟦«us»⟧同志参加«activity»。",
    ],
    "ph_fullwidth_underscore": [
        "填报单位（盖章）：⟦«fu»⟧　　填报人：⟦«fu»⟧",
        "全年共计开展培训⟦«fu»⟧次，培训人员⟦«fu»⟧人次。",
        "⟦«fu»⟧村集体经济收入达到⟦«fu»⟧万元。",
    ],
    "ph_blank_date": [
        "«dept»\n⟦«bd»⟧",
        "特此报告。\n\n«dept»（盖章）\n⟦«bd»⟧",
        "申请人（签字）：\n⟦«bd»⟧",
        "承诺人：«person»\n日期：⟦«bd»⟧",
    ],
    "ph_english_slot": [
        "甲方：⟦«en_org»⟧，乙方：«company»，双方就«proj»项目达成如下协议。",
        "本次«activity»由⟦«en_org»⟧承办，时间定于⟦«en_date»⟧。",
        "请将材料发送至⟦«en_mail»⟧，抄送«dept»。",
        "项目名称：⟦«en_proj»⟧；建设地点：«town»。",
    ],
    "ph_fullwidth_x": [
        "⟦«fx»⟧村党支部带领群众发展特色种植«n2»亩。",
        "全年完成招商引资⟦«fx»⟧亿元，引进项目⟦«fx»⟧个。",
        "⟦«fx»⟧镇人民政府关于«topic»工作的报告",
        "⟦«fx»⟧月⟦«fx»⟧日，«dept»召开专题会议。",
    ],
    "ph_x_with_units": [
        "新建⟦«xn»⟧kV变电站一座，主变容量⟦«xm»⟧MVA。",
        "光伏电站装机容量⟦XX.X⟧MW，年发电量约⟦«xm»⟧万kWh。",
        "铺设供水管网⟦«xn»⟧km，新建蓄水池⟦«xn»⟧m³。",
        "改造⟦«xn»⟧kV线路⟦«xm»⟧公里，新增配变⟦«xn»⟧台。",
        "项目年处理生活垃圾⟦«xn»⟧t，日处理污水⟦«xm»⟧万m³。",
    ],
    "ph_doc_number": [
        "根据《关于做好«topic»工作的通知》（⟦x⟧政办发〔«year»〕⟦«xn»⟧号）要求，及时部署落实。",
        "按照«dept»《关于印发«topic»实施方案的通知》（〔⟦«xy»⟧〕⟦«xn»⟧号）精神，制定本方案。",
        "转发⟦«XX»⟧办〔«year»〕⟦«xn»⟧号文件，并结合实际提出贯彻意见。",
    ],
    "ph_x_person_role": [
        "⟦«XX»⟧«pos»召开会议，亲自部署«topic»工作。",
        "由⟦«XX»⟧同志带队，深入«village»开展调研。",
        "会议由⟦«XX»⟧主持，⟦«XX»⟧、⟦«XX»⟧等同志出席。",
        "⟦«XX»⟧«pos»对下一步工作提出明确要求。",
    ],
    "ph_x_address": [
        "办公地址：«city»⟦«XX»⟧路⟦«xn»⟧号⟦«xn»⟧楼。",
        "事故发生在⟦«XX»⟧大道与⟦«XX»⟧路交叉口。",
        "租用⟦«XX»⟧小区⟦«xn»⟧栋⟦«xn»⟧室作为临时安置点。",
    ],
    "ph_form_fields": [
        "姓名：⟦«us»⟧ 性别：⟦«us»⟧ 联系电话：⟦«us»⟧",
        "单位（盖章）：⟦«us»⟧\n负责人签字：⟦«us»⟧",
        "家庭住址：⟦«us»⟧乡（镇）⟦«us»⟧村⟦«us»⟧组",
        "申请金额（大写）：⟦«us»⟧万元",
    ],
    "ph_doc_title_x": [
        "《关于⟦«XX»⟧的通知》已转发至各村（社区）。",
        "印发《⟦«XX»⟧市⟦«XX»⟧工作实施方案》，明确目标任务。",
        "根据《⟦«XX»⟧省爱国卫生条例》有关规定，开展集中整治。",
        "完成《⟦«XX»⟧县«topic»专项规划》初稿编制工作。",
    ],
    "ph_time_x": [
        "会议定于«month»月«day»日⟦«XX»:«XX»⟧在«dept»三楼会议室召开。".replace("«XX»", "xx"),
        "当天⟦x时xx分⟧，«town»突降暴雨，防汛人员迅速到位。",
        "开放时间：⟦xx:xx⟧—⟦xx:xx⟧，节假日照常开放。",
        "⟦XX时XX分⟧接到报警后，消防救援人员«n»分钟内抵达现场。",
    ],
    "ph_ordinal_x": [
        "«dept»召开第⟦«xn»⟧次常务会议，审议通过«topic»方案。",
        "第⟦«xn»⟧届人大常委会立法规划将该条例列入审议项目。",
        "第⟦X⟧季度考核中，«town»位列全«lvl»第⟦«xn»⟧名。",
    ],
    "ph_plate_account_mask": [
        "车牌号为«plateprov»«plateL»·«d2»⟦***⟧的车辆违规停放，已通知车主挪车。",
        "补贴资金已打入户主银行账户（卡号：6217⟦********⟧«d4»）。",
        "收款账号：622848«d2»⟦**********⟧«d2»，开户行：农业银行«town»支行。",
    ],
}
V["cnm"] = list("一二三四五六七八九十") + ["十一", "十二"]
V["cny"] = ["一九", "二○", "二一", "二二", "二三", "一八"]
V["plateprov"] = list("粤湘赣鄂豫皖浙闽桂川")
V["plateL"] = list("ABCDEFGHJK")

# placeholder spread over a hard line break
LB_PH = ["xx", "XXX", "20xx", "[单位名称]", "××", "某某", "x月xx日", "xx.xx", "xxxx", "【填写日期】", "○○○", "________"]
LB_CTX = [
    ("财政拨款", "万元用于«work»。"),
    ("«dept»联合", "单位开展«activity»。"),
    ("截至", "，共完成«work»任务«n»项。"),
    ("经研究，决定由", "同志负责«topic»工作。"),
    ("全年累计服务群众", "人次，群众满意度«pct»%。"),
]


def gen_ph_linebreak(rng):
    ph = rng.choice(LB_PH)
    cut = rng.randint(1, len(ph) - 1)
    nl = rng.choice(["\n", "\n", "\r\n", "\n　　"])
    pre, post = rng.choice(LB_CTX)

    def core(b):
        b.t(fill(rng, pre)).m(ph[:cut] + nl + ph[cut:]).t(fill(rng, post))
    return wrap(rng, core, 1)


def gen_ph_mixed(rng):
    tpl = rng.choice([
        "⟦«XX»⟧镇«year»年⟦«xd»⟧召开«topic»会议，拨付资金⟦«xm»⟧万元，由⟦«sm»⟧具体负责。",
        "经⟦«tm»⟧同志审核，⟦«bk_u»⟧共投入⟦«xn»⟧万元，联系电话«mob3»⟦«pm»⟧«d4»。",
        "⟦«xy»⟧年⟦«xd»⟧，⟦某某⟧公司向⟦«XX»⟧村捐赠物资⟦«xn»⟧批，价值⟦«xm»⟧万元。",
        "«dept»：\n    现将⟦«lk_c»⟧报送如下，请审阅。\n⟦«bd»⟧",
    ])

    def core(b):
        render(rng, tpl, b, PHV)
    return wrap(rng, core, 1, "" if tpl.endswith("。") else "\n")


PH_POS_FUNCS = {"ph_linebreak_split": gen_ph_linebreak, "ph_mixed_multi": gen_ph_mixed}

PH_NEG = {
    "ph_neg_1plusx": [
        "深入推进“1+X”证书制度试点，«n»所职业院校共有«n2»名学生取得职业技能等级证书。",
        "构建“7+X”现代产业体系，重点培育«n»条特色产业链。",
        "探索“1+N+X”基层治理模式，打通服务群众“最后一公里”。",
        "实施“3+X”招商行动，全年签约项目«n»个。",
    ],
    "ph_neg_xray": [
        "为«town»卫生院配备DR数字X光机«n»台、彩超«n»台。",
        "对压力管道焊缝开展X射线探伤检测«n2»道次，合格率«pct»%。",
        "免费为«n2»名老年人开展胸部X线检查。",
        "在«community»开展X光片阅片培训，提高基层医生诊断能力。",
    ],
    "ph_neg_x86_xp": [
        "完成«n2»台办公终端国产化替代，服务器由x86架构迁移至国产芯片平台。",
        "清理淘汰仍在运行Windows XP系统的老旧电脑«n»台，消除网络安全隐患。",
        "政务云平台兼容x86和ARM两种架构，累计部署应用«n»个。",
        "软件支持x64和x86系统，安装包已上传至内部共享平台。",
    ],
    "ph_neg_product_names": [
        "有市民反映购买的iPhone X手机存在质量问题，«dept»已督促商家退换。",
        "青少年科技节上，学生们了解了SpaceX火箭回收技术。",
        "查获走私Xbox游戏机«n»台，案值«money»万元。",
        "邀请TEDx演讲嘉宾为«n2»名青年分享创业经验。",
    ],
    "ph_neg_chromosome": [
        "生物课上，教师讲解了人类性染色体组成：女性为XX，男性为XY。",
        "产前筛查发现«n»例性染色体异常，其中47,XXY核型«n»例。",
        "遗传咨询门诊全年接诊«n2»人次，涉及XX、XY性反转等罕见病例。",
    ],
    "ph_neg_multiplication": [
        "新建«n»个3×4米标准宣传栏，统一设计、统一制作。",
        "电子显示屏分辨率为1920×1080，安装于«community»服务中心大厅。",
        "铺设600×600mm防滑地砖«n2»平方米。",
        "计算公式为：补贴金额=面积×单价×«pct1»。",
        "篮球场尺寸为28×15米，已完成硅PU面层铺设。",
    ],
    "ph_neg_algebra": [
        "数学教研组以“解方程2x+1=7”为例开展示范课，«n»名教师参加观摩。",
        "设x为年增长率，则«yi»(1+x)²=«yi»，解得x约为«pct1»%。",
        "一次函数y=kx+b的图像是一条直线，这是本单元的教学重点。",
        "以x轴表示月份、y轴表示用电量绘制折线图，直观反映用电变化趋势。",
    ],
    "ph_neg_pinyin_lesson": [
        "一年级拼音教学中，教师重点讲解声母j、q、x与ü相拼时省去两点的规则。",
        "通过儿歌帮助学生记住声母x的发音，“切开西瓜 x x x”，孩子们读得津津有味。",
        "拼读练习：x-i-xi、x-ia-xia、x-ue-xue，学生逐一过关。",
    ],
    "ph_neg_roman": [
        "«county»第XIV届运动会圆满闭幕，«n»支代表队参赛。",
        "断面水质稳定达到Ⅲ类标准，部分月份达到Ⅱ类。",
        "该建筑抗震设防烈度为VII度，设计使用年限50年。",
        "课题组研究了XIX世纪末«city»商埠的发展历程。",
        "发布地质灾害IV级预警，«n»个乡镇启动应急响应。",
    ],
    "ph_neg_model_numbers": [
        "配备X-60型多功能抢险车«n»台、DSJ-X1执法记录仪«n2»部。",
        "采购XG-2000型污水检测仪«n»套，已投入使用。",
        "新能源公交车采用X5系列电池组，续航里程«n2»公里。",
        "更换DN-X300型智能水表«n2»块。",
    ],
    "ph_neg_hex_codes": [
        "系统日志显示错误代码0x80070005，经排查为权限配置问题。",
        "寄存器地址0x1F存储设备状态，运维人员已修复读取异常。",
        "颜色值设置为0xFF6600，与政务网站主色调保持一致。",
    ],
    "ph_neg_product_codes": [
        "物资编码XK«year»«d4»，批次号X«d6»，已全部入库。",
        "涉案产品型号为HX-«d3»B，生产批号«d6»。",
        "合同编号：XS«year»-«d3»，项目已完成验收。",
    ],
    "ph_neg_url_email": [
        "政府信息公开网址：http://www.«abbr».gov.cn/xxgk/，欢迎群众查阅。",
        "意见建议请发送至xxgk@«abbr».gov.cn，我们将认真研究。",
        "学校网站：www.«abbr»xx.edu.cn，联系邮箱«abbr»xx@163.com。",
        "详见https://«abbr».gov.cn/xxgk/zcwj/«year»«d2»/t«d6».html。",
    ],
    "ph_neg_mou_ordinary": [
        "在某种程度上，«problem»制约了发展速度。",
        "某些地区仍存在重建设、轻管理的倾向，必须引起高度重视。",
        "对某一环节出现的问题，要举一反三、全面整改。",
        "某些企业反映融资难问题，«dept»已组织银企对接会«n»场。",
    ],
    "ph_neg_circle_zero": [
        "本报告起草于二○«cny»年«cnm»月，数据截至当年年底。",
        "一○八国道«county»段改建工程全线贯通。",
        "二○二三年十二月二十日\n«dept»",
        "新建文体广场位于二○七省道旁，占地«n2»平方米。",
    ],
    "ph_neg_footnote_star": [
        "地方一般公共预算收入*«yi»亿元，同比增长«pct1»%。\n注：带*号的为快报数。",
        "规上工业增加值增速«pct1»%*（*为初步核算数）。",
        "※ 以上数据来源于«dept»统计年报。",
    ],
    "ph_neg_underscore_names": [
        "附件：«year»_«topic»_工作总结_终稿.docx",
        "数据表字段包括user_id、create_time和area_code，已完成脱敏处理。",
        "请将文件命名为“单位名称_联系人_日期”格式后上传。",
    ],
    "ph_neg_english_x_words": [
        "引进Exxon公司润滑油项目，总投资«money»万元。",
        "开通taxi预约专线，方便老年人出行。",
        "快递box智能柜覆盖«n»个小区。",
        "与Foxconn配套企业签订用工合作协议，提供岗位«n2»个。",
        "邀请Max Weber研究学者开展讲座。",
    ],
    "ph_neg_clothing_sizes": [
        "校服尺码分为S、M、L、XL、XXL五档，请家长据实登记。",
        "统一采购XXL、XXXL号救生衣«n»件，配发至各渡口。",
        "工作服尺码：XL«n»套、XXL«n»套，已发放到位。",
    ],
    "ph_neg_x_concepts": [
        "以“Z世代”和X世代群体为对象开展消费调查。",
        "社区影院放映《X战警》等影片«n»场。",
        "X型腿矫正知识讲座吸引«n2»名家长参加。",
    ],
    "ph_neg_brackets_legit": [
        "【工作动态】«town»召开«topic»推进会。",
        "研究表明[1]，基层医疗服务可及性显著提升[2]。",
        "（一）坚持党建引领，凝聚干事创业合力。",
        "按照«dept»〔«year»〕«n»号文件要求，完成年度考核。",
    ],
    "ph_neg_filled_report": [
        "«year»年«month»月«day»日，«dept»召开«topic»工作会议，«person»同志出席并讲话。",
        "联系人：«person»，电话：0«d3»-«d4»«d3»，邮编：«d6»。",
        "投诉举报热线：12345，受理时间：8:30—17:30。",
        "«person»，男，«n»岁，«town»«village»村民，先后带动«n»户村民发展养殖。",
    ],
    "ph_neg_star_ratings": [
        "«village»成功创建国家AAAA级旅游景区，年接待游客«n3»人次。",
        "«n»家民宿获评★★★★星级，服务质量明显提升。",
        "全«lvl»现有AAA级信用企业«n»家、A级纳税人«n2»户。",
    ],
    "ph_neg_fullwidth_indent": [
        "　　«year»年，«town»紧紧围绕年度目标，统筹推进各项工作。",
        "　　一、主要工作成效\n　　（一）经济运行稳中向好。",
        "　　日期：«year»年«month»月«day»日　　地点：«dept»会议室",
    ],
}

# ---------------------------------------------------------------------------
# (b) mojibake family
# ---------------------------------------------------------------------------
_UNDEF1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_W1252_TAB = {}
for _b in range(0x80, 0xA0):
    if _b not in _UNDEF1252:
        _W1252_TAB[_b] = bytes([_b]).decode("cp1252")
_W1252_INV = {v: k for k, v in _W1252_TAB.items()}


def w1252_dec(bs):
    """windows-1252 the way web browsers do it: undefined bytes -> C1 controls."""
    return bs.decode("latin-1").translate(_W1252_TAB)


def w1252_enc(s):
    out = bytearray()
    for ch in s:
        if ch in _W1252_INV:
            out.append(_W1252_INV[ch])
        else:
            out.append(ord(ch))
    return bytes(out)


def codec_pair(enc, dec, errors="strict"):
    """forward transform, inverse transform (None if lossy)."""
    def fwd(s):
        bs = s.encode(enc)
        if dec == "w1252":
            return w1252_dec(bs)
        return bs.decode(dec, errors)

    def inv(d):
        if dec == "w1252":
            bs = w1252_enc(d)
        else:
            bs = d.encode(dec)
        return bs.decode(enc)
    return fwd, inv


def twice(enc, dec, errors):
    f1, i1 = codec_pair(enc, dec, errors)

    def fwd(s):
        return f1(f1(s))

    def inv(d):
        return i1(i1(d))
    return fwd, inv


CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")

TRAD = [
    "«year»年以來，本局堅持以人民為中心的發展思想，紮實推進各項工作，取得了明顯成效。",
    "全年共舉辦各類培訓班«n»期，培訓人員«n2»人次。",
    "積極推動產業轉型升級，規模以上工業總產值達«yi»億元，同比增長«pct1»%。",
    "進一步加強社區治理，完善網格化管理機制，群眾滿意度持續提升。",
    "下一步，我們將繼續深化改革，優化營商環境，推動經濟社會高質量發展。",
    "組織開展安全生產大檢查«n»次，排查整改隱患«n2»處。",
    "新建及改造城鄉道路«n»公里，完成老舊小區改造«n»個。",
    "持續加大民生投入，全年民生支出佔一般公共預算支出的«pct»%。",
    "本會於«month»月«day»日召開理事會議，審議通過年度工作報告。",
    "各級學校圖書館藏書總量達«n3»冊，閱覽人次較去年明顯增加。",
]

# simplified -> (traditional, pinyin) for the pinyin-annotation artefact
PYMAP = {
    "发": ("發", "fā"), "区": ("區", "qū"), "实": ("實", "shí"), "项": ("項", "xiàng"), "现": ("現", "xiàn"),
    "开": ("開", "kāi"), "动": ("動", "dòng"), "设": ("設", "shè"), "际": ("際", "jì"), "稳": ("穩", "wěn"),
    "远": ("遠", "yuǎn"), "导": ("導", "dǎo"), "领": ("領", "lǐng"), "经": ("經", "jīng"), "济": ("濟", "jì"),
    "产": ("產", "chǎn"), "业": ("業", "yè"), "务": ("務", "wù"), "点": ("點", "diǎn"), "关": ("關", "guān"),
    "总": ("總", "zǒng"), "体": ("體", "tǐ"), "质": ("質", "zhì"), "环": ("環", "huán"), "镇": ("鎮", "zhèn"),
    "乡": ("鄉", "xiāng"), "计": ("計", "jì"), "划": ("劃", "huà"), "专": ("專", "zhuān"), "级": ("級", "jí"),
    "组": ("組", "zǔ"), "织": ("織", "zhī"), "农": ("農", "nóng"), "问": ("問", "wèn"), "题": ("題", "tí"),
    "进": ("進", "jìn"), "员": ("員", "yuán"), "党": ("黨", "dǎng"), "时": ("時", "shí"), "对": ("對", "duì"),
    "报": ("報", "bào"), "场": ("場", "chǎng"), "坚": ("堅", "jiān"), "华": ("華", "huá"), "责": ("責", "zé"),
    "众": ("眾", "zhòng"), "优": ("優", "yōu"), "营": ("營", "yíng"), "资": ("資", "zī"), "规": ("規", "guī"),
    "县": ("縣", "xiàn"), "风": ("風", "fēng"), "险": ("險", "xiǎn"), "卫": ("衛", "wèi"), "护": ("護", "hù"),
    "议": ("議", "yì"), "机": ("機", "jī"), "构": ("構", "gòu"), "统": ("統", "tǒng"), "筹": ("籌", "chóu"),
    "会": ("會", "huì"), "达": ("達", "dá"), "积": ("積", "jī"), "极": ("極", "jí"), "难": ("難", "nán"),
}

RARE_NAME_CH = "堃喆昇珺玥琤晞祎婕琇瑄玙珩燚昕翀赟旻玟琍甦"


def gb2312_missing(rng_chars):
    out = []
    for c in rng_chars:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            c.encode("gbk")
            out.append(c)
    return out


RARE_MISSING = gb2312_missing(RARE_NAME_CH)


def clean_para(rng, kmin=1, kmax=4):
    k = rng.randint(kmin, kmax)
    if rng.random() < 0.05:
        k += 3
    return [fill(rng, s) for s in rng.sample(FILL, k)]


def trim_span(orig, dam):
    p = 0
    while p < len(orig) and p < len(dam) and orig[p] == dam[p]:
        p += 1
    q = 0
    while (q < len(orig) - p and q < len(dam) - p and orig[-1 - q] == dam[-1 - q]):
        q += 1
    return p, len(dam) - q


class Reject(Exception):
    pass


def damage_record(rng, sents, idx, start, end, fwd, inv, join=""):
    """damage sents[idx][start:end]; return (text, spans)."""
    s = sents[idx]
    target = s[start:end]
    dam = fwd(target)
    if dam == target:
        raise Reject("unchanged")
    if inv is not None and "\ufffd" not in dam:
        try:
            if inv(dam) != target:
                raise Reject("no roundtrip")
        except (UnicodeError, ValueError):
            raise Reject("no roundtrip")
    a, z = trim_span(target, dam)
    if z <= a:
        raise Reject("empty")
    if inv is not None and "\ufffd" in dam and "\ufffd" not in target:
        pass  # lossy: replacement characters emitted by the wrong decoder
    pre = join.join(sents[:idx]) + (join if idx else "") + s[:start]
    text = pre + dam + s[end:] + (join if idx < len(sents) - 1 else "") + join.join(sents[idx + 1:])
    return text, [[len(pre) + a, len(pre) + z]]


def make_codec_style(fwd, inv, scope, source="simp", join_opts=("",), desc=""):
    def gen(rng):
        t, sp, sc = gen0(rng)
        lossless = inv is not None and not any("\ufffd" in t[a:z] for a, z in sp)
        return t, sp, f"{getattr(gen, 'desc', desc)}; scope={sc}" + (
            "; checked: inverse codecs recover the original" if lossless else "; lossy (replacement/dropped bytes)")

    def gen0(rng):
        if source == "trad":
            sents = [fill(rng, s) for s in rng.sample(TRAD, rng.randint(1, 4))]
        else:
            sents = clean_para(rng)
        join = rng.choice(join_opts)
        sc = scope if scope != "any" else rng.choice(["phrase", "phrase", "sentence", "para"])
        if sc == "para":
            whole = join.join(sents)
            return damage_record(rng, [whole], 0, 0, len(whole), fwd, inv) + (sc,)
        idx = rng.randrange(len(sents))
        s = sents[idx]
        if sc == "sentence":
            return damage_record(rng, sents, idx, 0, len(s), fwd, inv, join) + (sc,)
        runs = [m for m in CJK_RUN.finditer(s)]
        m = rng.choice(runs)
        L = rng.randint(2, min(10, m.end() - m.start()))
        st = rng.randint(m.start(), m.end() - L)
        return damage_record(rng, sents, idx, st, st + L, fwd, inv, join) + (sc,)
    return gen


MJ_POS = {}


DESC = {
    "mj_utf8_gbk_phrase": "UTF-8 bytes decoded as GBK (errors=replace)",
    "mj_utf8_gbk_sentence": "UTF-8 bytes decoded as GBK (errors=replace)",
    "mj_utf8_gbk_paragraph": "UTF-8 bytes decoded as GBK (errors=replace), whole paragraph",
    "mj_utf8_gb18030_multiline": "one line of a multi-line text: UTF-8 bytes decoded as GB18030 (errors=replace)",
    "mj_utf8_gbk_ignore": "UTF-8 bytes decoded as GBK (errors=ignore)",
    "mj_utf8_big5": "UTF-8 bytes decoded as Big5 (errors=replace)",
    "mj_utf8_latin1": "UTF-8 bytes decoded as ISO-8859-1 (C1 controls kept)",
    "mj_utf8_cp1252_browser": "UTF-8 bytes decoded as windows-1252, undefined bytes -> C1 controls (browser behaviour)",
    "mj_utf8_cp1252_replace": "UTF-8 bytes decoded as cp1252 (errors=replace)",
    "mj_utf8_cp1251": "UTF-8 bytes decoded as windows-1251 (errors=replace)",
    "mj_utf8_koi8r": "UTF-8 bytes decoded as KOI8-R",
    "mj_utf8_macroman": "UTF-8 bytes decoded as Mac Roman",
    "mj_utf8_cp437": "UTF-8 bytes decoded as CP437",
    "mj_utf8_cp850": "UTF-8 bytes decoded as CP850",
    "mj_utf8_euckr": "UTF-8 bytes decoded as EUC-KR (errors=replace)",
    "mj_utf8_shiftjis": "UTF-8 bytes decoded as Shift-JIS/cp932 (errors=replace)",
    "mj_utf8_greek": "UTF-8 bytes decoded as ISO-8859-7 (errors=replace)",
    "mj_gbk_utf8_replace": "GBK bytes decoded as UTF-8 (errors=replace)",
    "mj_gbk_cp1252": "GBK bytes decoded as windows-1252 (browser behaviour)",
    "mj_gbk_latin1_sentence": "GBK bytes decoded as ISO-8859-1",
    "mj_gbk_big5": "GBK bytes decoded as Big5 (errors=replace)",
    "mj_big5_gbk": "traditional text, Big5 bytes decoded as GBK (errors=replace)",
    "mj_double_gbk": "UTF-8->GBK mojibake applied twice (errors=replace)",
    "mj_double_cp1252": "UTF-8->windows-1252 mojibake applied twice",
    "mj_kunjinkao_roundtrip": "GBK bytes decoded as UTF-8 with replace, re-encoded UTF-8, decoded GBK (锟斤拷)",
    "mj_utf8bom_gbk": "line saved as UTF-8 with BOM, decoded as GBK (锘 prefix)",
}


def reg(name, fn):
    if name in DESC:
        fn.desc = DESC[name]
    MJ_POS[name] = fn


# UTF-8 bytes read with the wrong decoder
reg("mj_utf8_gbk_phrase", make_codec_style(*codec_pair("utf-8", "gbk", "replace"), "phrase"))
reg("mj_utf8_gbk_sentence", make_codec_style(*codec_pair("utf-8", "gbk", "replace"), "sentence"))
reg("mj_utf8_gbk_paragraph", make_codec_style(*codec_pair("utf-8", "gbk", "replace"), "para"))
reg("mj_utf8_gb18030_multiline", make_codec_style(*codec_pair("utf-8", "gb18030", "replace"), "sentence",
                                                  join_opts=("\n", "\r\n")))
reg("mj_utf8_gbk_ignore", make_codec_style(codec_pair("utf-8", "gbk", "ignore")[0], None, "any"))
reg("mj_utf8_big5", make_codec_style(*codec_pair("utf-8", "big5", "replace"), "any"))
reg("mj_utf8_latin1", make_codec_style(*codec_pair("utf-8", "latin-1"), "any"))
reg("mj_utf8_cp1252_browser", make_codec_style(*codec_pair("utf-8", "w1252"), "any"))
reg("mj_utf8_cp1252_replace", make_codec_style(*codec_pair("utf-8", "cp1252", "replace"), "any"))
reg("mj_utf8_cp1251", make_codec_style(*codec_pair("utf-8", "cp1251", "replace"), "any"))
reg("mj_utf8_koi8r", make_codec_style(*codec_pair("utf-8", "koi8_r"), "any"))
reg("mj_utf8_macroman", make_codec_style(*codec_pair("utf-8", "mac_roman"), "any"))
reg("mj_utf8_cp437", make_codec_style(*codec_pair("utf-8", "cp437"), "any"))
reg("mj_utf8_cp850", make_codec_style(*codec_pair("utf-8", "cp850"), "any"))
reg("mj_utf8_euckr", make_codec_style(*codec_pair("utf-8", "euc_kr", "replace"), "any"))
reg("mj_utf8_shiftjis", make_codec_style(*codec_pair("utf-8", "cp932", "replace"), "any"))
reg("mj_utf8_greek", make_codec_style(*codec_pair("utf-8", "iso8859_7", "replace"), "any"))
# GBK / Big5 bytes read with the wrong decoder
reg("mj_gbk_utf8_replace", make_codec_style(codec_pair("gbk", "utf-8", "replace")[0], None, "any"))
reg("mj_gbk_cp1252", make_codec_style(*codec_pair("gbk", "w1252"), "any"))
reg("mj_gbk_latin1_sentence", make_codec_style(*codec_pair("gbk", "latin-1"), "sentence"))
reg("mj_gbk_big5", make_codec_style(*codec_pair("gbk", "big5", "replace"), "any"))
reg("mj_big5_gbk", make_codec_style(*codec_pair("big5", "gbk", "replace"), "any", source="trad"))
reg("mj_double_gbk", make_codec_style(twice("utf-8", "gbk", "replace")[0], None, "any"))
reg("mj_double_cp1252", make_codec_style(*twice("utf-8", "w1252", "strict"), "any"))


def kunjinkao(s):
    step1 = s.encode("gbk").decode("utf-8", "replace")
    return step1.encode("utf-8").decode("gbk", "replace")


reg("mj_kunjinkao_roundtrip", make_codec_style(kunjinkao, None, "any"))
reg("mj_utf8bom_gbk", make_codec_style(lambda s: s.encode("utf-8-sig").decode("gbk", "replace"), None, "sentence",
                                       join_opts=("\n",)))


def simple_insert(core):
    """core(rng, b) builds the damaged core into Builder b; wrap with filler."""
    def gen(rng):
        b = wrap(rng, lambda bb: core(rng, bb), 2)
        return b.build()
    return gen


def pick_phrase(rng, lo=2, hi=8):
    s = fill(rng, rng.choice(FILL))
    runs = list(CJK_RUN.finditer(s))
    m = rng.choice(runs)
    L = rng.randint(min(lo, m.end() - m.start()), min(hi, m.end() - m.start()))
    st = rng.randint(m.start(), m.end() - L)
    return s, st, st + L


def phrase_transform(fn, check):
    """replace one CJK phrase of a clean sentence with fn(phrase)."""
    def core(rng, b):
        for _ in range(20):
            s, a, z = pick_phrase(rng)
            ph = s[a:z]
            d = fn(rng, ph)
            if d != ph and check(ph, d):
                b.t(s[:a]).m(d).t(s[z:])
                return
        raise Reject("phrase")
    return simple_insert(core)


def qmark(rng, ph):
    return ph.encode("ascii", "replace").decode("ascii")


reg("mj_qmark_lost_chars", phrase_transform(qmark, lambda p, d: set(d) == {"?"}))


def pct_utf8(rng, ph):
    return urllib.parse.quote(ph, safe="")


def pct_gbk(rng, ph):
    return urllib.parse.quote(ph.encode("gbk"), safe="")


reg("mj_percent_utf8", phrase_transform(pct_utf8, lambda p, d: urllib.parse.unquote(d) == p))
reg("mj_percent_gbk", phrase_transform(pct_gbk, lambda p, d: urllib.parse.unquote(d, "gbk") == p))


def uesc(rng, ph):
    e = ph.encode("unicode_escape").decode("ascii")
    return e.upper().replace("\\U", "\\u") if rng.random() < 0.3 else e


reg("mj_unicode_escape", phrase_transform(uesc, lambda p, d: json.loads('"' + d + '"') == p))


def ncr_dec(rng, ph):
    return "".join(f"&#{ord(c)};" for c in ph)


def ncr_hex(rng, ph):
    return "".join(f"&#x{ord(c):x};" if rng.random() < 0.5 else f"&#x{ord(c):X};" for c in ph)


reg("mj_html_numeric_entity", phrase_transform(ncr_dec, lambda p, d: html.unescape(d) == p))
reg("mj_html_hex_entity", phrase_transform(ncr_hex, lambda p, d: html.unescape(d) == p))


def qp(rng, ph):
    return binascii.b2a_qp(ph.encode("utf-8")).decode("ascii")


reg("mj_quoted_printable", phrase_transform(qp, lambda p, d: binascii.a2b_qp(d).decode("utf-8") == p))


def gen_qmark_rare(rng):
    # a name with a character outside GB2312 saved through a GB2312 pipeline
    c = rng.choice(RARE_MISSING)
    sur = rng.choice(SURNAMES)
    given = rng.choice([c, c + rng.choice(GIVEN), rng.choice(GIVEN) + c])
    name = sur + given
    tpl = rng.choice([
        "«dept»«pos»{N}同志带队深入«village»调研«topic»工作。",
        "{N}，女，«n»岁，«town»人，获评“最美志愿者”。",
        "获奖名单：«person»、{N}、«person»。",
        "经研究，任命{N}为«dept»办公室副主任。",
    ])
    s = fill(rng, tpl).replace("{N}", name)
    bad = s.encode("gb2312", "replace").decode("gb2312")
    if bad == s:
        raise Reject("no loss")
    b = Builder()
    for o, d in zip(s, bad):
        (b.m(d) if o != d else b.t(d))
    b2 = wrap(rng, lambda bb: bb.parts.extend(b.parts), 1)
    return b2.build()


reg("mj_qmark_gb2312_rare_name", gen_qmark_rare)


def gen_truncated(rng):
    s, a, z = pick_phrase(rng, 3, 8)
    ph = s[a:z]
    bs = ph.encode("utf-8")
    b = wrap(rng, lambda bb: None, 1)
    mode = rng.choice(["tail", "tail", "head"])
    if mode == "tail":
        cut = len(bs) - rng.choice([1, 2])
        d = bs[:cut].decode("utf-8", "replace")
        ok_part = d.rstrip("\ufffd")
        lead = rng.choice(["标题：", "摘要：", "事项名称：", "备注："])
        b.t(lead + ok_part).m(d[len(ok_part):]).t(rng.choice(["\n", "…", "。", " "]) + fill(rng, rng.choice(FILL)))
    else:
        s2 = fill(rng, rng.choice([f for f in FILL if CJK_RUN.match(f)]))
        cut = rng.choice([1, 2])
        d = s2.encode("utf-8")[cut:].decode("utf-8", "replace")
        ok_part = d.lstrip("\ufffd")
        b.t(fill(rng, rng.choice(FILL)) + "\n").m(d[:len(d) - len(ok_part)]).t(ok_part)
    return b.build()


reg("mj_truncated_utf8", gen_truncated)

ENT_MAP = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;", "&": "&amp;",
           "<": "&lt;", ">": "&gt;", "‘": "&lsquo;", "’": "&rsquo;", " ": "&nbsp;"}


def gen_named_entity(rng, double=False):
    b = Builder()
    pre = "&amp;" if double else "&"

    def ent(name):
        return pre + name[1:] if double else name
    if rng.random() < 0.4:
        b.m(ent("&nbsp;") * rng.randint(2, 6))
    kind = rng.randrange(5)
    if kind == 0:
        b.t(fill(rng, "坚持")).m(ent("&ldquo;")).t(fill(rng, "«theme»")).m(ent("&rdquo;")).t(fill(rng, "工作思路，扎实推进«work»。"))
    elif kind == 1:
        b.t(fill(rng, "«company»R")).m(ent("&amp;")).t(fill(rng, "D研发投入«money»万元，同比增长«pct1»%。"))
    elif kind == 2:
        b.t(fill(rng, "«year»年")).m(ent("&mdash;")).t(fill(rng, "«year»年«topic»工作取得明显成效")).m(ent("&hellip;")).t("")
        b.t("。")
    elif kind == 3:
        b.t(fill(rng, "PM2.5平均浓度")).m(ent("&lt;")).t(fill(rng, "«n»微克/立方米，优良天数比例«pct»%。"))
    else:
        b.t(fill(rng, "«person»")).m(ent("&nbsp;")).t(fill(rng, "«pos»出席会议")).m(ent("&nbsp;")).t("并讲话。")
    rest = filler(rng, rng.randint(0, 2))
    b.t(rest)
    return b.build()


reg("mj_html_named_entity", lambda r: gen_named_entity(r))
reg("mj_html_double_escaped", lambda r: gen_named_entity(r, True))

TAGS_OPEN = ["<p>", "<strong>", '<span style="font-size:16px;">', '<p style="text-indent:2em;">', "<b>",
             '<font face="仿宋">', "<div>", '<span lang="EN-US">']
TAGS_CLOSE = ["</p>", "</strong>", "</span>", "</p>", "</b>", "</font>", "</div>", "</span>"]


def gen_html_tags(rng):
    sents = clean_para(rng, 2, 4)
    b = Builder()
    for i, s in enumerate(sents):
        r = rng.random()
        if r < 0.35:
            j = rng.randrange(len(TAGS_OPEN))
            b.m(TAGS_OPEN[j]).t(s).m(TAGS_CLOSE[j])
        elif r < 0.6:
            b.t(s).m(rng.choice(["<br>", "<br/>", "<br />", "<BR>", "&nbsp;<br>"]))
        elif r < 0.7:
            b.t(s).m(rng.choice(["<o:p></o:p>", '<img src="/uploads/%s.jpg">' % fill(rng, "«year»«d4»«d4»"),
                                 "</td><td>", "<!-- 正文 -->"]))
        else:
            b.t(s)
    t, sp = b.build()
    if not sp:
        raise Reject("no tag")
    return t, sp


reg("mj_html_tag_remnants", gen_html_tags)


def gen_broken_tag(rng):
    sents = clean_para(rng, 2, 3)
    b = Builder()
    k = rng.randrange(len(sents))
    for i, s in enumerate(sents):
        if i == k:
            frag = rng.choice(["/strong>", "/span>", "p>", "<st", "an>", '"font-size:16px">', "<span style=", "/b>",
                               "nbsp;", "&nbs", "/p>"])
            if rng.random() < 0.5:
                b.t(s[:-1]).m(frag).t(s[-1])
            else:
                b.m(frag).t(s)
        else:
            b.t(s)
    return b.build()


reg("mj_html_broken_tag", gen_broken_tag)


def gen_pinyin(rng):
    sents = clean_para(rng, 1, 3)
    s = "".join(sents)
    full = rng.random() < 0.5
    paren = rng.choice([("(", ")"), ("(", ")"), ("（", "）")])
    b = Builder()
    marked = 0
    for c in s:
        if c in PYMAP:
            tr, py = PYMAP[c]
            if rng.random() < 0.45:
                b.m(tr + paren[0] + py + paren[1])
                marked += 1
            else:
                b.t(tr if full else c)
        else:
            b.t(c)
    if not marked:
        raise Reject("no pinyin")
    return b.build()


reg("mj_pinyin_annotation", gen_pinyin)

INVIS = ["\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def gen_zero_width(rng):
    sents = clean_para(rng, 1, 3)
    s = "".join(sents)
    pos = sorted(rng.sample(range(1, len(s)), min(len(s) - 1, rng.choice([1, 1, 2, 3, 5]))))
    b = Builder()
    last = 0
    ch = rng.choice(INVIS)
    for p in pos:
        b.t(s[last:p]).m(ch * rng.choice([1, 1, 1, 2]))
        last = p
    b.t(s[last:])
    return b.build()


reg("mj_zero_width_chars", gen_zero_width)


def gen_bom_inside(rng):
    sents = clean_para(rng, 2, 4)
    k = rng.randrange(1, len(sents))
    b = Builder()
    sep = rng.choice(["", "\n", "\n"])
    for i, s in enumerate(sents):
        if i == k:
            b.t(sep).m("\ufeff").t(s)
        else:
            b.t((sep if i else "") + s)
    return b.build()


reg("mj_bom_mid_text", gen_bom_inside)

SMART = {"“": None, "”": None, "—": None, "…": None, "、": None, "·": None, "‘": None, "’": None}


def gen_smart_quotes(rng):
    s = rng.choice([
        "坚持“«theme»”不动摇，推动«work»取得新突破。",
        "开展“«activity»”主题月活动——共组织«n»场，覆盖«n2»人次。",
        "«dept»提出“三个一批”工作法，即谋划一批、储备一批、实施一批…",
        "围绕“«theme»”“«theme»”两大主题，深化‘放管服’改革。",
        "«person»·«person»获评优秀志愿者、优秀网格员。",
    ])
    s = fill(rng, s)
    mode = rng.choice(["w1252", "cp1252r", "latin-1"])
    b = Builder()
    for c in s:
        if c in SMART:
            bs = c.encode("utf-8")
            d = w1252_dec(bs) if mode == "w1252" else bs.decode("cp1252", "replace") if mode == "cp1252r" else bs.decode("latin-1")
            b.m(d)
        else:
            b.t(c)
    t, sp = b.build()
    if not sp:
        raise Reject("none")
    b2 = wrap(rng, lambda bb: bb.parts.extend(b.parts), 1)
    return b2.build()


reg("mj_smart_punct_cp1252", gen_smart_quotes)


def gen_zip_name(rng):
    stem = fill(rng, rng.choice(["«year»年«topic»工作总结", "关于«work»的实施方案", "«town»«topic»台账",
                                  "附表«n»：«dept»项目清单", "«person»同志先进事迹材料"]))
    src = rng.choice(["gbk", "utf-8"])
    d = stem.encode(src).decode("cp437")
    if d.encode("cp437").decode(src) != stem:
        raise Reject("rt")
    ext = rng.choice([".docx", ".doc", ".xlsx", ".pdf", ".wps"])
    b = Builder()
    b.t(fill(rng, rng.choice(["附件«n»：", "下载附件：", "相关文件："])))
    a, z = trim_span(stem, d)
    b.t(d[:a]).m(d[a:z]).t(d[z:] + ext)
    if rng.random() < 0.6:
        b.t("\n" + filler(rng, 1))
    return b.build()


reg("mj_zip_filename_cp437", gen_zip_name)

# ---------------------------------------------------------------------------
# mojibake negatives
# ---------------------------------------------------------------------------
MJ_NEGV = {
    "ru": ["«Спасибо за тёплый приём»", "“Сотрудничество — это путь к развитию”", "“Добро пожаловать”",
           "“Мы рады новому этапу партнёрства”"],
    "jp": ["「今後ともよろしくお願いいたします」", "「ありがとうございました」", "「どうぞよろしく」", "「お世話になりました」"],
    "jp2": ["「カイゼン」", "「5S」", "「見える化」", "「かんばん」"],
    "ko": ["“감사합니다”", "“안녕하세요”", "“함께 발전합시다”"],
    "eu": ["Müller", "François Lefèvre", "Zoë Brückner", "Søren Ødegård", "José Peña", "Jürgen Weiß"],
    "pv": ["João Conceição", "Nguyễn Văn Hùng", "Trần Thị Lan", "Sebastião Araújo", "Phạm Đức Minh"],
    "rare": ["鑫垚建材有限公司", "犇腾牧业合作社", "淼淼水产养殖场", "龘龘文化传媒工作室", "焱鑫机械厂",
             "森淼园林绿化公司", "骉达运输公司", "垚鑫石材厂", "晶淼净水设备公司"],
    "rn": lambda r: r.choice(SURNAMES) + r.choice(["犇", "垚", "淼", "鑫", "焱", "喆", "昇", "锟", "锟", "堃", "燚", "赟", "翀"]),
    "emo": ["👍", "🎉", "❤️", "🔥", "📢", "✅", "👉", "🌾", "🏆", "💪"],
    "eng1": ["GDP", "CPI", "PPI", "R&D投入"],
    "eng2": ["5G", "4G+", "NB-IoT"],
    "eng3": ["PPP", "EPC", "BOT", "EOD"],
    "eng4": ["APP", "小程序", "Web端"],
    "eng5": ["CT", "MRI", "ICU", "DR"],
    "rw_a": ["鳏寡孤独", "老弱病残、鳏寡孤独"],
    "rw_b": ["鏖战", "奋战", "鏖战"],
    "rw_c": ["耄耋老人", "耄耋之年的老人"],
    "rw_d": ["氤氲", "缭绕、氤氲", "旖旎"],
    "rw_e": ["犄角旮旯", "死角盲区、犄角旮旯"],
    "mn": ["阿依古丽·买买提", "古丽娜尔·吐尔逊", "热依拉·阿不都", "艾克拜尔·依明", "迪丽娜·艾力", "约翰·史密斯"],
}

MJ_NEG = {
    "mj_neg_russian": [
        "在与友好城市代表团座谈时，俄方代表用俄语致辞：«ru»，现场气氛热烈。",
        "对俄贸易企业增至«n»家，合同文本均附俄文版本，如«ru»等宣传标语。",
        "俄语角活动中，学生们学习了问候语«ru»。",
    ],
    "mj_neg_greek": [
        "回归分析显示，β系数为0.«d2»，显著性水平α=0.05。",
        "监测数据标准差σ=«pct1»，Δ值较上年缩小。",
        "课堂上讲解了圆周率π≈3.14及希腊字母λ、μ的读法。",
    ],
    "mj_neg_japanese": [
        "日方企业代表在签约仪式上表示«jp»。",
        "引进日本企业的«jp2»管理方法，生产效率提高«pct1»%。",
        "日语培训班结业式上，学员用日语说出«jp»。",
    ],
    "mj_neg_korean": [
        "韩国客商在洽谈会上用韩语说«ko»，并现场签约。",
        "韩语兴趣班共培训学员«n»名，学员能熟练说出«ko»等日常用语。",
    ],
    "mj_neg_accented_latin": [
        "德国专家«eu»先生受邀为企业开展技术指导。",
        "与法国咨询公司代表«eu»就café文化街区规划进行交流。",
        "外籍教师«eu»在校任教«n»年，获评“优秀外籍教师”。",
    ],
    "mj_neg_portuguese_vietnamese": [
        "越南客商«pv»先生参加了边贸洽谈会。",
        "巴西合作伙伴«pv»表示，期待双方在农产品贸易领域深化合作（cooperação）。",
        "留学生«pv»参加了«town»民俗文化体验活动。",
    ],
    "mj_neg_math_symbols": [
        "要求室内温度≥18℃，湿度控制在40%～60%之间。",
        "抽检合格率≥«pct»%，误差范围±0.5‰。",
        "单户补助标准≤«n2»元，人均住房面积≈«n»㎡。",
        "当n→∞时数列收敛，且∑a≠0，该结论在培训中得到验证。",
        "设备运行温度控制在−20℃～«n»℃，偏差不超过±«pct1»℃。",
    ],
    "mj_neg_currency": [
        "出口额达€«n2»万，折合人民币¥«money»万元。",
        "英国客户订单金额为£«n2»，美元结算部分为$«n3»。",
        "门票价格为¥«n»/人，港澳游客可使用HK$支付。",
    ],
    "mj_neg_rare_char_company": [
        "«rare»获评“守合同重信用”企业。",
        "扶持«rare»等«n»家小微企业发展，新增就业«n2»人。",
        "对«rare»开展安全生产检查，发现隐患«n»处并督促整改。",
    ],
    "mj_neg_rare_char_names": [
        "«rn»同志被评为优秀共产党员。",
        "«dept»副局长«rn»带队检查«topic»工作。",
        "表彰名单：«person»、«rn»、«rn»、«person»。",
        "«rn»老师扎根乡村教育«n»年，深受师生爱戴。",
    ],
    "mj_neg_emoji": [
        "«emo»好消息！«town»«n»个项目集中开工啦«emo»",
        "«emo»点击下方链接报名参加«activity»«emo»",
        "为«village»的乡亲们点赞«emo»«emo»",
    ],
    "mj_neg_fullwidth_forms": [
        "全年ＧＤＰ增长«pct1»%，ＡＰＰ注册用户突破«n2»万。",
        "咨询热线：１２３４５（工作日９：００－１７：００）",
        "（一）加强组织领导；（二）强化督查考核！",
    ],
    "mj_neg_english_terms": [
        "全«lvl»«eng1»增速«pct1»%，新建«eng2»基站«n»个。",
        "采用«eng3»模式建设污水处理厂，总投资«yi»亿元。",
        "上线政务服务«eng4»，实现«n»个事项“掌上办”。",
        "为«town»卫生院配备«eng5»设备，基层诊疗能力明显提升。",
        "推动AI、大数据与实体经济深度融合，培育«n»家ESG示范企业。",
    ],
    "mj_neg_pinyin_tones": [
        "普通话培训中，教师示范了“发展”的读音fā zhǎn，并纠正了学员的声调。",
        "四个声调可标为ā、á、ǎ、à，轻声不标调。",
        "“绿色”拼写为lǜ sè，ü上两点不能省略。",
    ],
    "mj_neg_question_mark": [
        "如何破解“融资难”问题?«dept»给出了答案。",
        "学员提问：What is a smart city? 专家作了详细解答。",
        "群众关心的问题解决了没有?满意不满意?这是检验工作成效的标准。",
    ],
    "mj_neg_code_snippet": [
        "培训中演示了Python代码print(\"你好，世界\")的运行结果。",
        "数据库查询语句为SELECT * FROM projects WHERE status = 1;，已完成优化。",
        "示例代码if (count > 0) { notify(); }用于触发预警提醒。",
    ],
    "mj_neg_traditional": TRAD,
    "mj_neg_mixed_trad_simp": "__mixed__",
    "mj_neg_html_discussed": [
        "网页制作培训中，讲师讲解了使用<br>标签换行、用<p>标签分段的方法。",
        "在HTML中，“&”需写作&amp;，空格可写作&nbsp;，学员当场练习。",
        "信息技术课上，学生学习了<table>标签的用法，并制作了课程表网页。",
    ],
    "mj_neg_rare_words": [
        "坚持关爱«rw_a»群体，落实兜底保障政策。",
        "经过连续«n»昼夜的«rw_b»，抢险队伍终于排除险情。",
        "为«n2»名«rw_c»发放高龄津贴，营造敬老爱老氛围。",
        "景区云雾«rw_d»，吸引大量游客前来观光。",
        "环境卫生整治不留«rw_e»，累计清运垃圾«n2»吨。",
        "对群众反映的问题不推诿、不扯皮，避免部门之间产生龃龉。",
    ],
    "mj_neg_units_chem": [
        "全年PM2.5平均浓度«n»μg/m³，SO₂、NO₂浓度均达标。",
        "减少CO₂排放«n2»吨，污水处理能力达«n2»m³/日。",
        "氨氮（NH₃-N）排放量下降«pct1»%，治理面积«n»km²。",
    ],
    "mj_neg_box_table": [
        "主要指标完成情况：\n┌────────┬────────┐\n│ 指标   │ 完成值 │\n├────────┼────────┤\n│ 投资   │ «yi»亿 │\n└────────┴────────┘",
        "指标 │ 数值\n──────┼──────\n产值 │ «yi»亿元\n税收 │ «money»万元",
    ],
    "mj_neg_trademark_symbols": [
        "«company»注册商标“«town»®”获评省级知名品牌。",
        "本文件版权所有©«year»«dept»，未经许可不得转载。",
        "当日最高气温36°C，启动高温作业防护措施。",
        "根据第«n»条第2款（§«n»）相关规定执行。",
    ],
    "mj_neg_middle_dot_names": [
        "«mn»同志荣获“民族团结进步模范个人”称号。",
        "驻村干部«mn»带领村民发展特色林果«n2»亩。",
        "«mn»、«mn»等«n»人参加了«activity»。",
    ],
    "mj_neg_arabic": [
        "阿拉伯国家客商用阿拉伯语问候“مرحبا”，双方就清真食品出口达成意向。",
        "展会设置阿拉伯语标识“أهلا وسهلا”，方便外国客商参观。",
    ],
    "mj_neg_plain_report": "__plain__",
}


def mixed_ts(rng):
    s = "".join(clean_para(rng, 1, 3))
    return "".join(PYMAP[c][0] if c in PYMAP and rng.random() < 0.3 else c for c in s)


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
C1 = re.compile(r"[\u0080-\u009f]")
PH_LEAK = re.compile(r"[xX]{2,}|××|某某|＊|○○|□|■|_{3,}|＿|\[[^\]]*名称\]|【填|ｘ|Ｘ")


def check_neg_mj(t):
    return "\ufffd" not in t and not C1.search(t) and "锟斤拷" not in t and not re.search("[\u200b-\u200d\u2060]", t) \
        and "\ufeff" not in t


def check_common(t, spans):
    last = 0
    for a, z in spans:
        if not (0 <= a < z <= len(t)) or a < last:
            return False
        last = z
    return True


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def style_rng(seed, name):
    return random.Random(zlib.crc32(f"{seed}:{name}".encode("utf-8")))


def collect(seed, name, gen, target, family, label, note):
    rng = style_rng(seed, name)
    out = []
    seen = set()
    tries = 0
    while len(out) < target and tries < target * 30:
        tries += 1
        try:
            res = gen(rng)
            text, spans = res[0], res[1]
            rnote = res[2] if len(res) > 2 else None
        except Reject:
            continue
        except (UnicodeError, ValueError, IndexError):
            continue
        if text in seen or not check_common(text, spans):
            continue
        if label == "negative":
            if spans:
                continue
            if family == "mj" and not check_neg_mj(text):
                continue
            if family == "ph" and PH_LEAK.search(text) and name not in LEAK_OK:
                continue
        else:
            if not spans:
                continue
            if family == "mj":
                # damaged stretches must not be plain clean CJK text
                pass
        seen.add(text)
        out.append({"family": family, "style": name, "label": label, "text": text, "spans": spans,
                    "note": rnote or note})
    return out


def tpl_gen(tpls, extra, label):
    def gen(rng):
        tpl = rng.choice(tpls)
        line = not tpl.rstrip().endswith(("。", "！", "？", "；", "）", "”", "》"))

        def core(b):
            render(rng, tpl, b, extra)
        return wrap(rng, core, 2, "\n" if line else "").build()
    return gen


NOTES = {}
LEAK_OK = {"ph_neg_chromosome", "ph_neg_clothing_sizes", "ph_neg_url_email"}


def build_all(seed):
    recs = []
    # ---- ph
    ph_pos_names = list(PH_POS) + list(PH_POS_FUNCS)
    n_pos = -(-840 // len(ph_pos_names))
    for name in ph_pos_names:
        if name in PH_POS:
            g = tpl_gen(PH_POS[name], PHV, "placeholder")
        else:
            g = lambda r, f=PH_POS_FUNCS[name]: f(r).build()
        recs += collect(seed, name, g, n_pos, "ph", "placeholder", NOTES.get(name, "placeholder: " + name[3:]))
    n_neg = -(-560 // len(PH_NEG))
    for name, tpls in PH_NEG.items():
        g = tpl_gen(tpls, {}, "negative")
        recs += collect(seed, name, g, n_neg, "ph", "negative", "look-alike, not a placeholder: " + name[7:])
    # ---- mj
    n_pos = -(-840 // len(MJ_POS))
    for name, g in MJ_POS.items():
        recs += collect(seed, name, g, n_pos, "mj", "mojibake", "damage: " + name[3:])
    n_neg = -(-560 // len(MJ_NEG))
    for name, tpls in MJ_NEG.items():
        if tpls == "__mixed__":
            g = lambda r: (mixed_ts(r), [])
        elif tpls == "__plain__":
            g = lambda r: ("".join(clean_para(r, 1, 4)), [])
        elif tpls is TRAD:
            g = lambda r: ("".join(fill(r, s) for s in r.sample(TRAD, r.randint(1, 4))), [])
        else:
            g = tpl_gen(tpls, MJ_NEGV, "negative")
        recs += collect(seed, name, g, n_neg, "mj", "negative", "correct text that looks suspicious: " + name[7:])
    rng = random.Random(seed)
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"t{i:05d}"
    return recs


ESCAPE_CH = set(chr(c) for c in range(0x80, 0xA0)) | {"\u2028", "\u2029", "\ufeff", "\u200b", "\u200c",
                                                        "\u200d", "\u2060", "\u00ad"}


def dump(rec):
    order = ["id", "family", "style", "label", "text", "spans", "note"]
    s = json.dumps({k: rec[k] for k in order}, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if c in ESCAPE_CH else c for c in s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="text4.jsonl")
    a = ap.parse_args()
    recs = build_all(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            line = dump(r)
            assert "\n" not in line and "\r" not in line
            f.write(line + "\n")


if __name__ == "__main__":
    main()
