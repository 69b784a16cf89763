#!/usr/bin/env python3
"""numbers48_gen.py -- held-out set 48: Chinese report statements with totals and percentages.

Generate:  python3 numbers48_gen.py --seed 11 --out numbers48_seed11.jsonl
Verify:    python3 numbers48_gen.py --verify numbers48_seed11.jsonl numbers48_seed12.jsonl
Table:     python3 numbers48_gen.py --table numbers48_seed11.jsonl   (markdown style table)

Standard library only.  Every style has its own random.Random seeded with a string, so the
output depends only on --seed (not on PYTHONHASHSEED).
"""
import argparse
import json
import math
import random
import re
import sys
from collections import Counter, OrderedDict, defaultdict
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 50

# ----------------------------------------------------------------------------------------------
# names from syllable lists
SYL = list("安宁华阳清河丰泰和平兴隆永昌嘉禾东泽云溪青松临江瑞金宝山长乐新桥南湖北塘西岭金川"
           "恒通广源吉庆福田明月白沙柳林凤鸣石城双龙汇丰锦绣盛远鹤岗碧桂芦荻桐柏")
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余")
GIV = list("建国志强海燕丽华秀英文博思远晓明春梅国平红霞振宇佳怡子轩雨涵立新德胜玉兰")
CO_KIND = ["科技", "新材料", "生物医药", "智能装备", "电子", "精密机械", "环保科技", "食品", "光电"]


def place(r, k=2):
    return "".join(r.choice(SYL) for _ in range(k))


def places(r, n, suffix):
    out = []
    while len(out) < n:
        p = place(r) + suffix
        if p not in out:
            out.append(p)
    return out


def company(r):
    return place(r) + r.choice(CO_KIND) + r.choice(["有限公司", "股份有限公司", "集团有限公司"])


def person(r):
    return r.choice(SUR) + "".join(r.choice(GIV) for _ in range(r.choice([1, 2])))


# ----------------------------------------------------------------------------------------------
# number rendering
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")
CN_D = "零一二三四五六七八九"


def cn_small(n):  # 0 < n < 10000
    s = ""
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    zero = False
    started = False
    for u, name in units:
        d = n // u
        n %= u
        if d:
            if zero and started:
                s += "零"
            zero = False
            if u == 1000 and d == 2 and not started:
                s += "两千"
            elif u == 10 and d == 1 and not started:
                s += "十"
            else:
                s += CN_D[d] + name
            started = True
        else:
            if started:
                zero = True
    return s


def cn(n):
    """Chinese numeral for a quantity (2 -> 两)"""
    assert 0 < n < 100000000
    if n == 2:
        return "两"
    hi, lo = divmod(n, 10000)
    if not hi:
        return cn_small(lo)
    s = cn_small(hi) + "万"
    if lo:
        if lo < 1000:
            s += "零"
        s += ("一" + cn_small(lo)) if 10 <= lo < 20 else cn_small(lo)
    return s


def sep_int(n, sep):
    s = str(n)
    if n < 1000:
        return s
    g = []
    while s:
        g.append(s[-3:])
        s = s[:-3]
    return sep.join(reversed(g))


def fmt_int(n, mode):
    if mode == "plain":
        return str(n)
    if mode == "comma":
        return sep_int(n, ",")
    if mode == "fwcomma":
        return sep_int(n, "，")
    if mode == "space":
        return sep_int(n, " ")
    if mode == "fw":
        return str(n).translate(FW)
    if mode == "cn":
        return cn(n)
    raise ValueError(mode)


def q(v, d):
    return Decimal(v).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def dstr(v, d):
    return str(q(v, d)) if d > 0 else str(int(q(v, 0)))


def pstr(v, d, fw=False, sign="%"):
    s = dstr(v, d) + sign
    return s.translate(FW).replace("%", "％") if fw else s


def ratio_pct(num, den, d):
    """exact rounded percentage num/den*100 at d decimals, and whether it is an exact .5 tie"""
    a = Decimal(num) * 100 * (Decimal(10) ** d)
    b = Decimal(den)
    tie = (a % b) * 2 == b
    return q(Decimal(num) * 100 / Decimal(den), d), tie


def bad_pct(r, v, d, cap=Decimal(100), floor=Decimal(0), extra=Decimal(0)):
    ulp = Decimal(1).scaleb(-d)
    units = max(2, math.ceil(Decimal("0.3") / ulp)) + math.ceil(extra / ulp)
    off = (units + r.randint(0, 2 * units)) * ulp
    cands = []
    if cap is None or v + off <= cap:
        cands.append(v + off)
    if v - off >= floor:
        cands.append(v - off)
    if not cands:
        off = units * ulp
        cands = [v - off] if v - off >= floor else [v + off]
    return q(r.choice(cands), d)


def bad_int(r, v, lo=1):
    for _ in range(50):
        mag = max(1, int(v * r.choice([0.01, 0.02, 0.05, 0.1, 0.2])))
        delta = r.choice([1, 2, 3, 5, 10, mag, mag, mag])
        w = v + r.choice([-1, 1]) * delta
        if w >= lo and w != v:
            return w
    return v + 1


def pick_parts(r, k, lo, hi):
    return [r.randint(lo, hi) for _ in range(k)]


# ----------------------------------------------------------------------------------------------
# domain frames
SRC = ["legal", "deputy", "ip", "elderly", "sanit"]
SRC_CN = {"legal": "法律援助与人民调解", "deputy": "代表建议与政协提案", "ip": "知识产权",
          "elderly": "养老服务", "sanit": "环境卫生与垃圾分类"}

# totals frames: verb, noun, unit, categories, lo, hi, column name
TF = {
    "legal": [("办理", "法律援助案件", "件", ["民事案件", "刑事案件", "行政案件", "劳动争议案件", "家事案件", "国家赔偿案件"], 8, 900, "案件数"),
              ("调解", "矛盾纠纷", "件", ["婚姻家庭纠纷", "邻里纠纷", "合同纠纷", "损害赔偿纠纷", "劳动争议纠纷", "物业纠纷", "土地承包纠纷"], 15, 1600, "纠纷数"),
              ("解答", "法律咨询", "人次", ["来访咨询", "电话咨询", "网络咨询", "现场咨询"], 200, 9000, "咨询量"),
              ("设立", "人民调解组织", "个", ["村（居）调解委员会", "企事业单位调解委员会", "行业性专业性调解组织", "派驻式调解工作室"], 4, 420, "组织数"),
              ("开展", "普法宣传活动", "场", ["进社区活动", "进企业活动", "进学校活动", "进农村活动"], 6, 220, "场次")],
    "deputy": [("承办", "人大代表建议", "件", ["城乡建设类", "教育卫生类", "交通出行类", "社会保障类", "农业农村类", "生态环境类"], 4, 160, "件数"),
               ("承办", "政协提案", "件", ["经济发展类", "社会事业类", "城市管理类", "民生保障类", "文化旅游类"], 4, 150, "件数"),
               ("答复", "代表建议", "件", ["A类", "B类", "C类"], 5, 220, "件数"),
               ("收到", "委员提案", "件", ["委员个人提案", "委员联名提案", "党派团体提案", "界别小组提案"], 3, 260, "件数"),
               ("组织", "代表视察调研活动", "次", ["专题视察", "集中调研", "执法检查", "代表接待日活动"], 2, 60, "次数")],
    "ip": [("获得", "专利授权", "件", ["发明专利", "实用新型专利", "外观设计专利"], 60, 9000, "授权量"),
           ("提交", "专利申请", "件", ["发明专利申请", "实用新型专利申请", "外观设计专利申请", "PCT国际专利申请"], 40, 12000, "申请量"),
           ("受理", "商标注册申请", "件", ["商品商标", "服务商标", "集体商标", "证明商标"], 20, 9000, "申请量"),
           ("查处", "知识产权侵权案件", "件", ["商标侵权案件", "专利侵权案件", "地理标志侵权案件", "著作权侵权案件"], 2, 180, "案件数"),
           ("培育", "知识产权示范企业", "家", ["国家级示范企业", "省级示范企业", "市级示范企业"], 2, 90, "企业数")],
    "elderly": [("新增", "养老床位", "张", ["护理型床位", "普通型床位", "家庭养老床位"], 30, 3000, "床位数"),
                ("建成", "养老服务设施", "个", ["街道综合养老服务中心", "社区养老服务站", "农村互助幸福院", "老年助餐点"], 3, 260, "数量"),
                ("培训", "养老护理员", "人次", ["初级护理员", "中级护理员", "高级护理员", "养老机构负责人"], 10, 1800, "人次"),
                ("备案", "养老机构", "家", ["公办养老机构", "公建民营养老机构", "民办养老机构"], 2, 160, "机构数"),
                ("提供", "居家上门服务", "人次", ["助餐服务", "助洁服务", "助浴服务", "助医服务", "精神慰藉服务"], 100, 60000, "服务人次")],
    "sanit": [("清运", "生活垃圾", "吨", ["厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"], 20, 300000, "清运量"),
              ("设置", "分类投放点", "个", ["厨余垃圾投放点", "可回收物投放点", "有害垃圾投放点", "其他垃圾投放点"], 8, 3000, "数量"),
              ("配备", "环卫作业车辆", "辆", ["压缩式垃圾车", "洒水车", "道路清扫车", "餐厨垃圾收运车", "小型电动保洁车"], 2, 300, "车辆数"),
              ("建成", "环卫基础设施", "座", ["垃圾中转站", "公共厕所", "大件垃圾处理点", "再生资源回收站"], 2, 400, "数量"),
              ("处理", "餐厨废弃物", "吨", ["餐饮单位餐厨垃圾", "居民厨余垃圾", "废弃食用油脂"], 10, 60000, "处理量")],
}

# rate frames: denominator phrase, numerator phrase, rate name, unit, lo, hi, rate lo, rate hi
RF = {
    "legal": [("受理矛盾纠纷", "调解成功", "调解成功率", "件", 80, 4000, 0.90, 0.995),
              ("办理法律援助案件", "已结案", "结案率", "件", 40, 1500, 0.80, 0.99),
              ("回访受援群众", "表示满意", "满意率", "人", 30, 1200, 0.88, 0.995),
              ("达成调解协议", "履行完毕", "协议履行率", "件", 50, 3000, 0.90, 0.999)],
    "deputy": [("交办人大代表建议", "按期办结", "办结率", "件", 30, 500, 0.90, 1.0),
               ("收到政协提案", "经审查立案", "立案率", "件", 40, 600, 0.60, 0.95),
               ("答复代表建议", "代表满意或基本满意", "满意率", "件", 30, 500, 0.90, 0.999),
               ("办理代表建议", "已解决或列入计划解决", "解决率", "件", 30, 500, 0.60, 0.90)],
    "ip": [("审结发明专利申请", "获得授权", "授权率", "件", 50, 5000, 0.40, 0.75),
           ("受理专利侵权纠纷", "办结", "结案率", "件", 10, 300, 0.80, 0.99),
           ("摸排规模以上工业企业", "拥有有效发明专利的", "占比", "家", 50, 1500, 0.20, 0.60),
           ("审查商标注册申请", "核准注册", "核准率", "件", 100, 9000, 0.50, 0.85)],
    "elderly": [("核定养老机构床位", "已入住", "入住率", "张", 200, 20000, 0.35, 0.85),
                ("应参加城乡居民养老保险人员", "实际参保", "参保率", "人", 5000, 900000, 0.90, 0.995),
                ("参评养老机构", "评定为二星级以上", "达标率", "家", 10, 400, 0.50, 0.95),
                ("登记80周岁以上老人", "按时领取高龄津贴", "发放覆盖率", "人", 500, 60000, 0.90, 0.999)],
    "sanit": [("清运生活垃圾", "无害化处理", "无害化处理率", "吨", 1000, 900000, 0.95, 1.0),
              ("排查住宅小区", "开展垃圾分类", "覆盖率", "个", 50, 3000, 0.60, 0.99),
              ("抽查分类投放点", "分类准确", "准确率", "个", 50, 2000, 0.70, 0.95),
              ("产生生活垃圾", "实现资源化利用", "资源化利用率", "吨", 1000, 500000, 0.30, 0.65)],
}

# per numerator phrase: the other parts of the base, and a sub-group of the numerator with its rate name
REST = {"调解成功": ["调解不成功", "正在调解"], "已结案": ["正在办理", "终止援助"], "表示满意": ["基本满意", "不满意"],
        "履行完毕": ["部分履行", "尚在履行期内"], "按期办结": ["延期办结", "正在办理"], "经审查立案": ["并案处理", "转为意见建议"],
        "代表满意或基本满意": ["不满意", "尚未反馈意见"], "已解决或列入计划解决": ["正在研究解决", "留作参考"],
        "获得授权": ["驳回", "视为撤回"], "办结": ["中止处理", "正在办理"], "拥有有效发明专利的": ["仅有实用新型专利的", "暂无有效专利的"],
        "核准注册": ["驳回", "部分驳回"], "已入住": ["预留", "空置"], "实际参保": ["待续保", "暂未参保"],
        "评定为二星级以上": ["评定为一星级", "暂未评定"], "按时领取高龄津贴": ["补发", "暂停发放"],
        "无害化处理": ["应急暂存", "简易处置"], "开展垃圾分类": ["正在推进", "尚未启动"], "分类准确": ["基本准确", "不合格"],
        "实现资源化利用": ["填埋处置", "其他方式处置"]}
SUB = {"调解成功": ("当场履行", "当场履行率"), "已结案": ("回访满意", "回访满意率"), "表示满意": ("非常满意", "非常满意率"),
       "履行完毕": ("自动履行", "自动履行率"), "按期办结": ("代表表示满意", "满意率"), "经审查立案": ("已办复", "办复率"),
       "代表满意或基本满意": ("表示满意", "满意率"), "已解决或列入计划解决": ("已解决", "解决率"),
       "获得授权": ("属于高价值发明专利", "高价值专利占比"), "办结": ("调解结案", "调解结案率"),
       "拥有有效发明专利的": ("拥有高价值发明专利的", "占比"), "核准注册": ("一次性核准", "一次性核准率"),
       "已入住": ("入住失能半失能老人", "护理型占比"), "实际参保": ("按最低档缴费", "最低档缴费占比"),
       "评定为二星级以上": ("评定为四星级以上", "高星级占比"), "按时领取高龄津贴": ("通过社保卡发放", "社保卡发放率"),
       "无害化处理": ("焚烧处理", "焚烧处理占比"), "开展垃圾分类": ("达到示范标准", "达标率"),
       "分类准确": ("完全准确", "完全准确率"), "实现资源化利用": ("焚烧发电利用", "焚烧发电占比")}
# counts in 万 with two decimals: den, num, name, unit, lo, hi (in 0.01万), rate lo, rate hi
WANF = {"legal": ("解答法律咨询", "回访满意", "满意率", "人次", 50, 3000, 0.85, 0.99),
        "deputy": ("征集群众意见建议", "吸收采纳", "采纳率", "条", 10, 500, 0.3, 0.8),
        "ip": ("受理商标注册申请", "核准注册", "核准率", "件", 50, 5000, 0.5, 0.85),
        "elderly": ("应参加养老保险人员", "实际参保", "参保率", "人", 100, 9000, 0.9, 0.995),
        "sanit": ("清运生活垃圾", "无害化处理", "无害化处理率", "吨", 100, 9000, 0.95, 1.0)}

MONEY = {  # subject of a money total, categories
    "legal": [("为农民工追回欠薪", ["建筑领域", "制造业领域", "服务业领域", "交通运输领域"]),
              ("通过调解挽回经济损失", ["合同纠纷", "劳动争议", "损害赔偿", "借贷纠纷"])],
    "deputy": [("推动落实代表建议相关资金", ["交通项目", "教育项目", "医疗项目", "水利项目"]),
               ("政协提案推动落实配套资金", ["老旧小区改造", "乡村道路", "校园安全", "社区服务"])],
    "ip": [("实现知识产权质押融资", ["专利权质押", "商标权质押", "著作权质押"]),
           ("兑现知识产权奖补资金", ["专利资助", "商标品牌奖励", "示范企业奖补", "服务机构补助"])],
    "elderly": [("投入养老服务资金", ["中央预算内资金", "省级补助资金", "市县配套资金", "福彩公益金"]),
                ("发放老年人补贴", ["高龄津贴", "服务补贴", "护理补贴", "助餐补贴"])],
    "sanit": [("完成垃圾分类设施投资", ["收运体系建设", "末端处理设施", "投放点改造", "宣传督导"]),
              ("投入环卫保洁经费", ["道路清扫保洁", "公厕运维", "垃圾清运", "设备购置"])],
}

PERSONS = {
    "legal": ["受援群众", "专职人民调解员", "法律援助志愿者"],
    "deputy": ["提出建议的人大代表", "提交提案的政协委员", "参加视察的代表"],
    "ip": ["知识产权专业人才", "执业专利代理师", "参加培训的企业知识产权专员"],
    "elderly": ["享受高龄津贴老人", "持证养老护理员", "特困供养老人"],
    "sanit": ["环卫一线职工", "垃圾分类督导员", "再生资源回收人员"],
}
OVERLAP_GROUPS = {
    "legal": ["农民工", "老年人", "未成年人", "残疾人", "妇女"],
    "deputy": ["基层代表", "女代表", "连任代表", "企业负责人代表"],
    "ip": ["高校院所", "高新技术企业", "专精特新企业", "中小微企业"],
    "elderly": ["失能老人", "独居老人", "低保老人", "80周岁以上老人"],
    "sanit": ["党员", "女职工", "50岁以上职工", "劳务派遣人员"],
}

STOCK = {  # start, add, minus, end, noun, unit, lo, hi
    "legal": ("上年结转", "本年新收", "办结", "年末尚未办结", "法律援助案件", "件", 30, 1500),
    "deputy": ("上年结转跟踪办理", "本年新交办", "办结销号", "继续跟踪办理", "代表建议", "件", 5, 300),
    "ip": ("年初有效发明专利", "本年新增授权", "因期满或未缴年费失效", "年末有效发明专利", "", "件", 200, 30000),
    "elderly": ("年初养老床位", "本年新增", "因改造核减", "年末养老床位", "", "张", 300, 20000),
    "sanit": ("年初在用环卫车辆", "本年新购置", "报废淘汰", "年末在用环卫车辆", "", "辆", 30, 900),
}
FUND = {"legal": "法律援助专项经费", "deputy": "代表履职服务经费", "ip": "知识产权专项资金",
        "elderly": "养老服务专项资金", "sanit": "生活垃圾处理费"}

GROW = {  # noun, unit, lo, hi  (from_to / growth)
    "legal": [("公共法律服务工作站", "个", 10, 400), ("法律援助案件", "件", 100, 3000), ("人民调解员", "名", 100, 5000)],
    "deputy": [("代表联络站", "个", 5, 200), ("代表建议", "件", 50, 800), ("政协提案", "件", 50, 700)],
    "ip": [("有效发明专利", "件", 500, 40000), ("有效注册商标", "件", 2000, 90000), ("地理标志商标", "件", 3, 60)],
    "elderly": [("养老床位", "张", 500, 30000), ("老年助餐点", "个", 10, 600), ("养老机构", "家", 10, 300)],
    "sanit": [("生活垃圾日清运量", "吨", 200, 9000), ("垃圾分类示范小区", "个", 10, 900), ("公共厕所", "座", 50, 2000)],
}

DEPTS = ["市住建局", "市教育局", "市交通运输局", "市卫健委", "市民政局", "市生态环境局", "市自然资源局",
         "市农业农村局", "市人社局", "市城管局", "市水务局", "市文旅局", "市市场监管局"]


def named_units(r, src, n):
    if src == "legal":
        return places(r, n, r.choice(["司法所", "人民调解委员会", "公共法律服务站"]))
    if src == "deputy":
        return r.sample(DEPTS, n)
    if src == "ip":
        out = []
        while len(out) < n:
            c = company(r)
            if c not in out:
                out.append(c)
        return out
    if src == "elderly":
        return places(r, n, r.choice(["敬老院", "颐养中心", "社区养老服务站"]))
    return places(r, n, r.choice(["社区", "小区", "村"]))


NAMED_KIND = {"legal": ("个", "基层单位"), "deputy": ("个", "承办单位"), "ip": ("家", "企业"),
              "elderly": ("家", "机构"), "sanit": ("个", "示范点")}

# neutral context lines (no relation inside)
HEAD = {"legal": ["（二）公共法律服务体系建设", "二、法律援助和人民调解工作", "【法律援助】", "（三）矛盾纠纷多元化解"],
        "deputy": ["三、建议提案办理工作", "（一）人大代表建议办理", "【提案办理】", "（四）政协提案督办"],
        "ip": ["四、知识产权创造保护运用", "（二）知识产权保护", "【专利与商标】", "（五）知识产权金融服务"],
        "elderly": ["五、养老服务体系建设", "（三）居家社区养老", "【养老服务】", "（一）兜底保障与养老保险"],
        "sanit": ["六、城市环境卫生管理", "（二）生活垃圾分类", "【环境卫生】", "（四）环卫作业市场化"]}
SOURCE_ORG = {"legal": "司法局", "deputy": "人大常委会选举任免联络工委", "ip": "市场监督管理局（知识产权局）",
              "elderly": "民政局", "sanit": "城市管理局"}


def context_lines(r, src, y, k=1):
    m = r.randint(1, 12)
    opts = [
        lambda: r.choice(HEAD[src]),
        lambda: f"数据来源：{place(r)}市{SOURCE_ORG[src]}",
        lambda: f"（统计截至{y}年{m}月底）",
        lambda: f"召开专题推进会{r.randint(2, 15)}次，研究部署年度重点任务。",
        lambda: f"{y}年{m}月{r.randint(1, 28)}日",
        lambda: f"本节数据为年报快报数，以正式统计公报为准。",
        lambda: f"{place(r)}区{SOURCE_ORG[src]}{y}年工作总结（节选）",
        lambda: f"各项工作稳步推进，群众获得感持续增强。",
        lambda: f"督查组先后{r.randint(2, 9)}次深入一线开展调研。",
    ]  # (no relation in any of these)
    return [f() for f in r.sample(opts, k)]


# ----------------------------------------------------------------------------------------------
# checks
def C_sum(parts, total, ok=True):
    return {"rel": "sum", "parts": list(parts), "total": total, "ok": ok}


def C_bal(plus, minus, result, ok=True):
    return {"rel": "balance", "plus": list(plus), "minus": list(minus), "result": result, "ok": ok}


def C_rate(num, den, rate, ok=True):
    return {"rel": "rate", "num": num, "den": den, "rate": rate, "ok": ok}


def C_growth(old, new, pct, dirn, ok=True):
    return {"rel": "growth", "old": old, "new": new, "pct": pct, "dir": dirn, "ok": ok}


def C_pp(frm, to, pp, dirn, ok=True):
    return {"rel": "pp", "from": frm, "to": to, "pp": pp, "dir": dirn, "ok": ok}


def C_per(total, count, per, scale="1", ok=True):
    return {"rel": "per", "total": total, "count": count, "per": per, "scale": scale, "ok": ok}


def C_share(shares, total="100%", ok=True):
    return {"rel": "share_sum", "shares": list(shares), "total": total, "ok": ok}


def C_items(count, items, ok=True):
    return {"rel": "count_items", "count": count, "items": list(items), "ok": ok}


def C_names(count, names, partial=False, ok=True):
    return {"rel": "count_names", "count": count, "names": list(names), "partial": partial, "ok": ok}


def C_mal(lit):
    return {"rel": "malformed_pct", "literal": lit, "ok": False}


def C_neg(kind, nums, cue):
    return {"rel": "neg", "kind": kind, "nums": list(nums), "cue": cue, "ok": True}


class Ctx:
    def __init__(self, r, src, fmts):
        self.r = r
        self.src = src
        self.fmt = r.choice(fmts)
        self.y = r.randint(2019, 2024)

    def F(self, n):
        return fmt_int(n, self.fmt)

    def tf(self):
        return self.r.choice(TF[self.src])

    def rf(self):
        return self.r.choice(RF[self.src])

    def d(self):
        return self.r.choice([1, 1, 1, 2, 2, 0])

    def org(self):
        return self.r.choice(["全市", "全区", "全县", place(self.r) + "区", place(self.r) + "县", "我局", "本级", place(self.r) + "镇"])

    def when(self):
        return self.r.choice([f"{self.y}年", "全年", "今年以来", f"{self.y}年度", "一年来", "过去一年"])


def parts_frame(c, kmin=2, kmax=4):
    verb, noun, u, cats, lo, hi, col = c.tf()
    k = c.r.randint(kmin, min(kmax, len(cats)))
    names = c.r.sample(cats, k)
    vals = pick_parts(c.r, k, lo, hi)
    return verb, noun, u, names, vals, col


def perturb_sum(c, vals, total):
    """returns (vals, total) with exactly one of them changed"""
    vals = list(vals)
    if c.r.random() < 0.5:
        return vals, bad_int(c.r, total)
    i = c.r.randrange(len(vals))
    vals[i] = bad_int(c.r, vals[i])
    return vals, total


def joinlist(r, items):
    if len(items) >= 2 and r.random() < 0.4:
        return "、".join(items[:-1]) + r.choice(["和", "及", "、"]) + items[-1]
    return r.choice(["、", "，", "；"]).join(items) if r.random() < 0.3 else "、".join(items)


def approx_of(r, total):
    """an approximate total that is NOT the exact sum"""
    cue = r.choice(["约", "近", "余", "左右", "超过", "多"])
    if total >= 100:
        base = int(round(total, -len(str(total)) + 2))
    else:
        base = int(round(total, -1)) if total >= 20 else total
    if cue in ("余", "超过", "多"):
        base = (total // 10) * 10 if total >= 20 else total - 1
        if total >= 1000:
            base = (total // 100) * 100
        if base == total:
            base = total - 1 if total > 10 else total - 1
    elif cue == "近":
        base = ((total // 10) + 1) * 10 if total < 1000 else ((total // 100) + 1) * 100
    if base == total:
        base = total + r.choice([3, 7]) if cue in ("约", "左右") else base
    return cue, max(1, base)


def approx_text(cue, s, u):
    if cue == "约":
        return f"约{s}{u}"
    if cue == "近":
        return f"近{s}{u}"
    if cue == "余":
        return f"{s}余{u}"
    if cue == "左右":
        return f"{s}{u}左右"
    if cue == "超过":
        return f"超过{s}{u}"
    return f"{s}多{u}"


# ----------------------------------------------------------------------------------------------
# decoys (identifier look-alikes), per source
def decoy(c):
    r, y = c.r, c.y
    n1 = r.randint(1000, 9999)
    zl = f"ZL{y}1{r.randint(1000000, 9999999)}.{r.randint(0, 9)}"
    zz = f"ZZ5{r.randint(100, 199)}ZYS"
    opts = {
        "legal": [(f"依托“12348”公共法律服务热线和“12345”政务服务便民热线受理求助。", ["12348", "12345"], "热线"),
                  (f"推行“1+3+N”矛盾纠纷调解模式。", ["1+3+N"], "1+3+N"),
                  (f"案号为（{y}）{place(r)}0{r.randint(100, 999)}民初{n1}号的纠纷已审结。", [str(n1)], "案号"),
                  (f"依据《法律援助法》第{cn(r.randint(20, 60))}条规定办理。", [], "第")],
        "deputy": [(f"{place(r)}市第{cn(r.randint(12, 17))}届人大第{cn_small(r.randint(1, 5))}次会议第{r.randint(1, 300):04d}号建议已办结。", [], "号建议"),
                   (f"建立“7+X”督办机制，由{r.randint(3, 9)}位副市长领衔督办。", ["7+X"], "7+X"),
                   (f"会议于{y}年{r.randint(1, 3)}月{r.randint(1, 28)}日至{r.randint(1, 28)}日召开。", [str(y)], "年")],
        "ip": [(f"专利号{zl}的发明专利完成质押登记。", [zl], "专利号"),
               (f"注册号第{r.randint(10000000, 69999999)}号商标被认定为重点保护商标。", [], "注册号"),
               (f"构建“1+N”知识产权公共服务体系。", ["1+N"], "1+N")],
        "elderly": [("推行养老护理员“1+X”证书制度。", ["1+X"], "1+X"),
                    ("构建“9073”养老服务格局。", ["9073"], "9073"),
                    (f"打造“15分钟养老服务圈”，开通“{place(r)}养老”服务热线9610{r.randint(0, 9)}。", ["15"], "服务圈")],
        "sanit": [("推行“7+X”分类督导模式。", ["7+X"], "7+X"),
                  (f"新购型号为{zz}的{cn(r.randint(8, 18))}吨压缩式垃圾车投入使用。", [zz], "型号"),
                  ("开通“12319”城管服务热线受理投诉。", ["12319"], "12319"),
                  ("推广“4+2”分类收运体系。", ["4+2"], "4+2")],
    }[c.src]
    t, nums, cue = r.choice(opts)
    return t, C_neg("identifier", nums, cue)


# ======================================================================================
# TOTALS constructions.  each: f(c, label) -> (lines, checks, note)
# ======================================================================================
def t_qizhong(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 5)
    total = sum(vals)
    head = f"{c.when()}，{c.org()}共{verb}{noun}"
    if label == "negative":
        kind = r.choice(["deng", "zhuyao", "overlap", "decoy"])
        if kind == "decoy":
            t, ck = decoy(c)
            s = f"{head}{c.F(total)}{u}，其中" + "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + "。"
            return [s, t], [C_sum([c.F(v) for v in vals], c.F(total)), ck], "consistent 其中 list plus an identifier look-alike"
        if kind == "overlap" and c.src in OVERLAP_GROUPS:
            g = r.sample(OVERLAP_GROUPS[c.src], 3)
            sub = [r.randint(total // 4, total * 2 // 3 + 1) for _ in g]
            s = f"{head}{c.F(total)}{u}，其中涉及{g[0]}的{c.F(sub[0])}{u}、涉及{g[1]}的{c.F(sub[1])}{u}、涉及{g[2]}的{c.F(sub[2])}{u}。"
            return [s], [C_neg("overlap", [c.F(x) for x in sub] + [c.F(total)], "涉及")], "overlapping subsets under 其中; no sum"
        big = total + r.randint(max(1, total // 10), max(2, total // 2))
        if kind == "deng":
            s = f"{head}{c.F(big)}{u}，其中" + "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + "等。"
            return [s], [C_neg("partial_list", [c.F(v) for v in vals] + [c.F(big)], "等")], "partial list closed by 等"
        lead = r.choice(["其中数量较多的是", "其中主要有", "其中较多的是"])
        s = f"{head}{c.F(big)}{u}，{lead}" + "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + "。"
        return [s], [C_neg("partial_list", [c.F(v) for v in vals] + [c.F(big)], lead[2:])], "partial list (较多/主要有)"
    ok = True
    if label == "inconsistent":
        vals, total = perturb_sum(c, vals, total)
        ok = False
    pre = r.choice(["其中", "其中，", "其中："])
    sep = "；" if pre == "其中：" else "、"
    unit_each = r.random() < 0.8
    items = [f"{n}{c.F(v)}{u if unit_each else ''}" for n, v in zip(names, vals)]
    if not unit_each:
        items[-1] += u
    s = f"{head}{c.F(total)}{u}，{pre}{sep.join(items)}。"
    return [s], [C_sum([c.F(v) for v in vals], c.F(total), ok)], "其中 list, exhaustive"


def t_heji(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 5)
    total = sum(vals)
    word = r.choice(["合计", "共计", "总计", "累计"])
    items = "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals))
    lead = f"{c.when()}{c.org()}{verb}{r.choice(['', '各类'])}{noun}：" if r.random() < 0.5 else f"{c.when()}，{verb}"
    if label == "negative":
        if r.random() < 0.75:
            cue, base = approx_of(r, total)
            s = f"{lead}{items}，{word}{approx_text(cue, c.F(base), u)}。"
            return [s], [C_neg("approx_total", [c.F(v) for v in vals] + [c.F(base)], cue)], f"approximate total ({cue})"
        t, ck = decoy(c)
        return [f"{lead}{items}，{word}{c.F(total)}{u}。", t], [C_sum([c.F(v) for v in vals], c.F(total)), ck], "consistent plus identifier look-alike"
    ok = True
    if label == "inconsistent":
        vals, total = perturb_sum(c, vals, total)
        ok = False
        items = "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals))
    s = f"{lead}{items}，{word}{c.F(total)}{u}。"
    return [s], [C_sum([c.F(v) for v in vals], c.F(total), ok)], f"parts then {word}"


def t_fenbie(c, label):
    r = c.r
    verb, noun, u, _, lo, hi, col = c.tf()
    k = r.randint(2, 5)
    suf = r.choice(["区", "县", "镇", "街道"])
    ps = places(r, k, suf)
    vals = pick_parts(r, k, max(2, lo), max(lo + 5, hi // 2))
    total = sum(vals)
    nm = "、".join(ps)
    knum = cn(k)
    if label == "negative":
        allk = k + r.randint(2, 6)
        big = total + r.randint(max(3, total // 5), max(4, total))
        vals = sorted(vals, reverse=True)
        s = (f"{c.when()}，{c.org()}{allk}个{suf}共{verb}{noun}{c.F(big)}{u}，其中{nm}数量较多，分别为"
             + "、".join(f"{c.F(v)}{u}" for v in vals) + "。")
        return [s], [C_neg("partial_list", [c.F(v) for v in vals] + [c.F(big)], "较多")], "top places only (数量较多), not exhaustive"
    ok = True
    if label == "inconsistent":
        vals, total = perturb_sum(c, vals, total)
        ok = False
    vs = "、".join(f"{c.F(v)}{u}" for v in vals)
    form = r.randrange(3)
    if form == 0:
        s = f"{nm}{knum}个{suf}{verb}{noun}分别为{vs}，共计{c.F(total)}{u}。"
    elif form == 1:
        s = f"{c.when()}{verb}{noun}{c.F(total)}{u}，{nm}分别{verb}{vs}。"
    else:
        s = f"按地区分，{nm}分别为{vs}，{knum}地合计{verb}{noun}{c.F(total)}{u}。"
    ck = [C_sum([c.F(v) for v in vals], c.F(total), ok)]
    if form != 1:
        ck.append(C_names(knum, ps))
    return [s], ck, "names before 分别为"


def t_bracket(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 4)
    total = sum(vals)
    if label == "negative":
        big = total + r.randint(max(1, total // 8), max(2, total // 2))
        kind = r.choice(["等", "主要有"])
        inner = "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals))
        inner = inner + "等" if kind == "等" else "主要有" + inner
        s = f"{c.when()}{c.org()}{verb}{noun}{c.F(big)}{u}（{inner}）。"
        return [s], [C_neg("partial_list", [c.F(v) for v in vals] + [c.F(big)], kind)], f"bracket list marked {kind}"
    ok = True
    if label == "inconsistent":
        vals, total = perturb_sum(c, vals, total)
        ok = False
    lead = r.choice(["含", "包括", "其中", ""])
    op, cl = r.choice([("（", "）"), ("(", ")")])
    inner = "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals))
    s = f"{c.when()}{c.org()}{verb}{noun}{c.F(total)}{u}{op}{lead}{inner}{cl}，{r.choice(['任务全面完成', '工作有序推进', '较好完成年度目标'])}。"
    return [s], [C_sum([c.F(v) for v in vals], c.F(total), ok)], "parts in brackets"


def t_lines(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 5)
    total = sum(vals)
    mk = r.choice(["——", "·", "", "- "])
    lines_p = lambda vs: [f"{mk}{n}：{c.F(v)}{u}" for n, v in zip(names, vs)]
    if label == "negative":
        if r.random() < 0.5:
            big = total + r.randint(max(1, total // 8), max(2, total // 2))
            hdr = f"{c.when()}{verb}{noun}{c.F(big)}{u}，数量较多的类型如下："
            return [hdr] + lines_p(vals), [C_neg("partial_list", [c.F(v) for v in vals] + [c.F(big)], "较多")], "header total, only the larger types listed"
        cue, base = approx_of(r, total)
        hdr = f"{c.when()}{verb}{noun}{approx_text(cue, c.F(base), u)}，分类情况："
        return [hdr] + lines_p(vals), [C_neg("approx_total", [c.F(v) for v in vals] + [c.F(base)], cue)], "approximate header total"
    ok = True
    if label == "inconsistent":
        vals, total = perturb_sum(c, vals, total)
        ok = False
    hdr = r.choice([f"{c.when()}{c.org()}{verb}{noun}{c.F(total)}{u}，具体如下：",
                    f"{noun}{verb}情况（共{c.F(total)}{u}）：",
                    f"一、{noun}（{c.F(total)}{u}）"])
    return [hdr] + lines_p(vals), [C_sum([c.F(v) for v in vals], c.F(total), ok)], "header total, one part per line"


def _sep(r):
    return r.choice(["\t", " | ", "｜", "  "])


def t_table(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 5)
    total = sum(vals)
    sp = _sep(r)
    tname = r.choice(["合计", "总计", "合  计"])
    ok = True
    extra = None
    if label == "inconsistent":
        vals, total = perturb_sum(c, vals, total)
        ok = False
    if label == "negative":
        i = r.randrange(len(vals))
        sub = r.randint(1, max(1, vals[i] - 1))
        extra = (i, f"其中：{r.choice(['城区', '重点片区', '本年新增'])}", sub)
    rows = [f"{n}{sp}{c.F(v)}" for n, v in zip(names, vals)]
    if extra:
        rows.insert(extra[0] + 1, f"{extra[1]}{sp}{c.F(extra[2])}")
    trow = f"{tname}{sp}{c.F(total)}"
    head = f"类别{sp}{col}（{u}）"
    body = [trow] + rows if r.random() < 0.5 else rows + [trow]
    title = f"表{r.randint(1, 9)}  {c.y}年{noun}{verb}情况"
    ck = [C_sum([c.F(v) for v in vals], c.F(total), ok)]
    if extra:
        ck.append(C_neg("subset_row", [c.F(extra[2])], "其中"))
    return [title, head] + body, ck, "flattened table" + ("; 其中 row is a subset, not a part" if extra else "")


def t_table2(c, label):
    r = c.r
    verb, noun, u, names, v1, col = parts_frame(c, 2, 4)
    v2 = [max(1, int(v * r.uniform(0.7, 1.4))) for v in v1]
    t1, t2 = sum(v1), sum(v2)
    y0 = c.y
    ok1 = ok2 = True
    if label == "inconsistent":
        if r.random() < 0.5:
            v1, t1 = perturb_sum(c, v1, t1)
            ok1 = False
        else:
            v2, t2 = perturb_sum(c, v2, t2)
            ok2 = False
    sp = _sep(r)
    rows = [f"{n}{sp}{c.F(a)}{sp}{c.F(b)}" for n, a, b in zip(names, v1, v2)]
    extra = []
    if label == "negative":
        i = r.randrange(len(names))
        s1, s2 = r.randint(1, max(1, v1[i] - 1)), r.randint(1, max(1, v2[i] - 1))
        rows.insert(i + 1, "  其中：" + r.choice(['城区', '重点片区', '农村地区']) + f"{sp}{c.F(s1)}{sp}{c.F(s2)}")
        extra = [C_neg("subset_row", [c.F(s1), c.F(s2)], "其中")]
    trow = f"合计{sp}{c.F(t1)}{sp}{c.F(t2)}"
    body = rows + [trow] if r.random() < 0.6 else [trow] + rows
    head = f"项目{sp}{y0 - 1}年{sp}{y0}年"
    return ([f"{noun}{verb}情况对比（单位：{u}）", head] + body,
            [C_sum([c.F(a) for a in v1], c.F(t1), ok1), C_sum([c.F(b) for b in v2], c.F(t2), ok2)] + extra,
            "two-year table, each column sums")


MARKS = {"yishi": ["一是", "二是", "三是", "四是", "五是", "六是"],
         "circ": ["①", "②", "③", "④", "⑤", "⑥"],
         "paren": ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）"],
         "cnparen": ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"],
         "dot": ["1.", "2.", "3.", "4.", "5.", "6."]}


def t_numbered(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 5)
    total = sum(vals)
    k = len(names)
    mstyle = r.choice(list(MARKS))
    marks = MARKS[mstyle][:k]
    inline = mstyle in ("yishi", "circ") and r.random() < 0.6
    cnt = k
    okc = oks = True
    if label == "inconsistent":
        if r.random() < 0.5:
            cnt = k + r.choice([-1, 1, 2]) if k > 2 else k + r.choice([1, 2])
            okc = False
        else:
            vals, total = perturb_sum(c, vals, total)
            oks = False
    cw = cn(cnt) if r.random() < 0.7 else str(cnt)
    items = [f"{m}{verb}{n}{c.F(v)}{u}" for m, n, v in zip(marks, names, vals)]
    if label == "negative":
        big = total + r.randint(max(1, total // 6), max(2, total // 2))
        cntb = k + r.randint(1, 3)
        cwb = cn(cntb)
        hdr = f"{c.when()}{c.org()}围绕{cwb}类重点{noun}开展工作，共{verb}{c.F(big)}{u}，主要有："
        body = ["；".join(items) + "。"] if inline else [x + "；" for x in items]
        return [hdr] + body, [C_neg("partial_list", [c.F(v) for v in vals] + [c.F(big), cwb], "主要有")], "announced count and total, only main items listed (主要有)"
    hdr = r.choice([f"{c.when()}{c.org()}从{cw}个方面推进{noun}工作，共{verb}{c.F(total)}{u}：",
                    f"{c.org()}{verb}{noun}{c.F(total)}{u}，分为{cw}类："])
    body = ["；".join(items) + "。"] if inline else [x + "；" for x in items]
    return [hdr] + body, [C_items(cw, marks, okc), C_sum([c.F(v) for v in vals], c.F(total), oks)], f"numbered items ({mstyle}) under announced count"


def t_named(c, label):
    r = c.r
    mu, kindn = NAMED_KIND[c.src]
    k = r.randint(2, 6)
    names = named_units(r, c.src, k)
    nm = "、".join(names)
    what = {"legal": "被评为市级规范化调解组织", "deputy": "承办的建议全部按期办结",
            "ip": "获得知识产权质押融资", "elderly": "通过星级评定", "sanit": "被命名为垃圾分类示范点"}[c.src]
    if label == "negative":
        n = k + r.randint(2, 20)
        s = f"{nm}等{cn(n) if r.random() < 0.3 else n}{mu}{kindn}{what}。"
        cs = cn(n) if f"等{cn(n)}" in s else str(n)
        return [s], [C_names(cs, names, partial=True), C_neg("partial_list", [cs], "等")], "等N with fewer names: partial list"
    deng = r.random() < 0.5
    n, ok = k, True
    if label == "inconsistent":
        ok = False
        if deng and k <= 2:
            deng = False  # 'A、B等1家' would be odd
        n = k + r.choice([1, 2, 3]) if not deng else k - r.randint(1, min(2, k - 2))
    ns = cn(n) if r.random() < 0.4 else str(n)
    if deng:
        s = f"{nm}等{ns}{mu}{kindn}{what}。"
    else:
        s = r.choice([f"{nm}{ns}{mu}{kindn}{what}。", f"{what}的{kindn}共{ns}{mu}：{nm}。"])
    return [s], [C_names(ns, names, partial=deng, ok=ok)], "named list " + ("等N (closing)" if deng else "with count")


def t_balance(c, label):
    r = c.r
    if r.random() < 0.5:  # stock
        a, b, m, e, noun, u, lo, hi = STOCK[c.src]
        A = r.randint(lo, hi)
        B = r.randint(lo // 3 + 1, hi // 2 + 2)
        if c.src in ("legal", "deputy"):
            M = r.randint(max(1, int((A + B) * 0.6)), A + B - 1)
        else:
            M = r.randint(1, max(1, int((A + B) * 0.15)))
        E = A + B - M
        if label == "negative":
            cum = A + r.randint(B + 1, B * 3 + 5)
            s = f"{a}{noun}{c.F(A)}{u}，{b}{c.F(B)}{u}，历年累计{c.F(cum)}{u}。"
            return [s], [C_neg("cumulative_vs_new", [c.F(A), c.F(B), c.F(cum)], "累计")], "cumulative figure beside new ones; not a balance"
        ok = True
        if label == "inconsistent":
            ok = False
            if r.random() < 0.5:
                E = bad_int(r, E, 0)
            else:
                M = bad_int(r, M)
        s = f"{a}{noun}{c.F(A)}{u}，{b}{c.F(B)}{u}，{m}{c.F(M)}{u}，{e}{c.F(E)}{u}。"
        return [s], [C_bal([c.F(A), c.F(B)], [c.F(M)], c.F(E), ok)], "stock: start + new - removed = end"
    fund = FUND[c.src]
    I = r.randint(50, 90000)
    O = r.randint(I // 2, I)
    B = I - O
    if B == 0:
        O -= 1
        B = 1
    if label == "negative":
        cum = B + r.randint(50, 9000)
        s = f"{c.y}年{fund}收入{c.F(I)}万元，支出{c.F(O)}万元，截至年底累计结余{c.F(cum)}万元。"
        return [s], [C_neg("cumulative_vs_new", [c.F(I), c.F(O), c.F(cum)], "累计结余")], "累计结余 is not 收入-支出"
    ok = True
    if label == "inconsistent":
        ok = False
        which = r.randrange(3)
        if which == 0:
            B = bad_int(r, B)
        elif which == 1:
            I = bad_int(r, I)
        else:
            O = bad_int(r, O)
    s = r.choice([f"{c.y}年{fund}收入{c.F(I)}万元，支出{c.F(O)}万元，当年结余{c.F(B)}万元。",
                  f"{fund}全年收入{c.F(I)}万元、支出{c.F(O)}万元，收支相抵结余{c.F(B)}万元。"])
    return [s], [C_bal([c.F(I)], [c.F(O)], c.F(B), ok)], "fund: income - expense = balance"


def t_fromto(c, label):
    r = c.r
    noun, u, lo, hi = r.choice(GROW[c.src])
    A = r.randint(lo, hi)
    up = r.random() < 0.75
    D = r.randint(max(1, A // 20), max(2, A // 2))
    B = A + D if up else A - D
    if label == "negative":
        cue = r.choice(["近", "余", "超过"])
        Dp = (D // 10) * 10 if D >= 20 else D - 1
        if cue == "近":
            Dp = (D // 10 + 1) * 10
        if Dp == D or Dp <= 0:
            Dp = D + 3
        dt = approx_text(cue, c.F(Dp), u)
        s = f"{noun}由{c.F(A)}{u}{'增加' if up else '减少'}到{c.F(B)}{u}，{'增加' if up else '减少'}{dt}。"
        return [s], [C_neg("approx_total", [c.F(A), c.F(B), c.F(Dp)], cue)], "approximate difference"
    ok = True
    if label == "inconsistent":
        ok = False
        if r.random() < 0.5:
            D = bad_int(r, D)
        else:
            B = bad_int(r, B)
    form = r.randrange(3)
    if up:
        s = [f"{c.org()}{noun}由{c.F(A)}{u}增加到{c.F(B)}{u}、增加{c.F(D)}{u}。",
             f"{noun}从{c.y - 1}年的{c.F(A)}{u}增至{c.F(B)}{u}，净增{c.F(D)}{u}。",
             f"{noun}达到{c.F(B)}{u}，比上年末的{c.F(A)}{u}增加{c.F(D)}{u}。"][form]
        ck = C_bal([c.F(A), c.F(D)], [], c.F(B), ok)
    else:
        s = [f"{c.org()}{noun}由{c.F(A)}{u}减少到{c.F(B)}{u}、减少{c.F(D)}{u}。",
             f"{noun}从{c.F(A)}{u}降至{c.F(B)}{u}，减少{c.F(D)}{u}。",
             f"{noun}为{c.F(B)}{u}，比上年的{c.F(A)}{u}减少{c.F(D)}{u}。"][form]
        ck = C_bal([c.F(A)], [c.F(D)], c.F(B), ok)
    return [s], [ck], "由A增加到B、增加C"


def t_subtotal(c, label):
    r = c.r
    verb, noun, u, cats, lo, hi, col = c.tf()
    g1 = pick_parts(r, 2, lo, hi)
    g2 = pick_parts(r, r.randint(2, 3), lo, hi)
    n1, n2 = r.sample(cats, 2), r.sample(cats, len(g2))
    s1, s2 = sum(g1), sum(g2)
    T = s1 + s2
    oks = [True, True, True]
    if label == "inconsistent":
        w = r.randrange(3)
        oks[w] = False
        if w == 0:  # a subtotal disagrees with its parts; the grand total adds the written subtotals
            s1 = bad_int(r, s1)
            T = s1 + s2
        elif w == 1:
            s2 = bad_int(r, s2)
            T = s1 + s2
        else:
            T = bad_int(r, T)
    A, B = r.choice([("市本级", "各区县"), ("城区", "农村"), ("上半年", "下半年"), ("线下", "线上")])
    in1 = "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(n1, g1))
    in2 = "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(n2, g2))
    ck = [C_sum([c.F(v) for v in g1], c.F(s1), oks[0]), C_sum([c.F(v) for v in g2], c.F(s2), oks[1]),
          C_sum([c.F(s1), c.F(s2)], c.F(T), oks[2])]
    if label == "negative":
        ov = r.sample(OVERLAP_GROUPS[c.src], 2)
        o1, o2 = r.randint(1, s1), r.randint(1, s2)
        s = (f"{A}{verb}{noun}{c.F(s1)}{u}（其中{in1}），{B}{verb}{c.F(s2)}{u}（其中{in2}），总计{c.F(T)}{u}；"
             f"涉及{ov[0]}{c.F(o1)}{u}、涉及{ov[1]}{c.F(o2)}{u}。")
        return [s], ck + [C_neg("overlap", [c.F(o1), c.F(o2)], "涉及")], "subtotals hold; trailing 涉及 figures overlap"
    s = f"{A}{verb}{noun}{c.F(s1)}{u}（其中{in1}），{B}{verb}{c.F(s2)}{u}（其中{in2}），总计{c.F(T)}{u}。"
    if r.random() < 0.4:
        s = [f"{A}：{noun}{c.F(s1)}{u}，其中{in1}。", f"{B}：{noun}{c.F(s2)}{u}，其中{in2}。", f"两项总计{c.F(T)}{u}。"]
        return s, ck, "subtotals and grand total on separate lines"
    return [s], ck, "subtotals and a grand total"


def t_periods(c, label):
    r = c.r
    verb, noun, u, cats, lo, hi, col = c.tf()
    kind = r.choice(["q", "h", "m"])
    if kind == "q":
        names = ["一季度", "二季度", "三季度", "四季度"]
        whole = "全年"
    elif kind == "h":
        names = ["上半年", "下半年"]
        whole = "全年"
    else:
        names = ["1月", "2月", "3月"]
        whole = "一季度"
    vals = pick_parts(r, len(names), lo, hi)
    T = sum(vals)
    if label == "negative":
        part = names[:-1]
        pv = vals[:-1]
        cue = r.choice(["预计", "超过"])
        est = T + r.randint(1, max(2, T // 5))
        if cue == "预计":
            tail = f"{whole}预计{verb}{c.F(est)}{u}"
        else:
            tail = f"{whole}有望超过{c.F(est)}{u}"
        s = "，".join(f"{n}{verb}{noun}{c.F(v)}{u}" for n, v in zip(part, pv)) + f"，{tail}。"
        return [s], [C_neg("approx_total", [c.F(v) for v in pv] + [c.F(est)], cue)], "periods so far and an estimated whole"
    ok = True
    if label == "inconsistent":
        vals, T = perturb_sum(c, vals, T)
        ok = False
    if r.random() < 0.5:
        s = [f"{whole}{verb}{noun}{c.F(T)}{u}，" + "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + "。"]
    else:
        s = [f"{n}{verb}{noun}{c.F(v)}{u}。" for n, v in zip(names, vals)] + [f"{whole}累计{c.F(T)}{u}。"]
    return s, [C_sum([c.F(v) for v in vals], c.F(T), ok)], f"periods ({kind}) adding up to {whole}"


def t_sentences(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 4)
    T = sum(vals)
    fill = ["坚持依法办理。", "群众反映良好。", "办理质量进一步提升。", "工作机制不断完善。"]
    if label == "negative":
        # two different wholes
        rf = c.rf()
        other = r.randint(rf[4], rf[5])
        s = [f"{c.when()}，{verb}{names[0]}{c.F(vals[0])}{u}，{r.choice(fill)}",
             f"{rf[0]}{c.F(other)}{rf[3]}，{r.choice(fill)}",
             f"{verb}{names[1]}{c.F(vals[1])}{u}。"]
        return s, [C_neg("different_wholes", [c.F(vals[0]), c.F(other), c.F(vals[1])], rf[0])], "figures of two different wholes; no total stated"
    ok = True
    if label == "inconsistent":
        vals, T = perturb_sum(c, vals, T)
        ok = False
    s = [r.choice([f"在{n}方面，{verb}{c.F(v)}{u}，{r.choice(fill)}", f"{n}方面，共{verb}{c.F(v)}{u}。",
                   f"{verb}{n}{c.F(v)}{u}，{r.choice(fill)}"]) for n, v in zip(names, vals)]
    s.append(r.choice([f"以上合计{verb}{noun}{c.F(T)}{u}。", f"全年共{verb}{noun}{c.F(T)}{u}。"]))
    return s, [C_sum([c.F(v) for v in vals], c.F(T), ok)], "parts in separate sentences, total at the end"


def t_gender(c, label):
    r = c.r
    who = r.choice(PERSONS[c.src])
    T = r.randint(20, 20000)
    m = r.randint(1, T - 1)
    f = T - m
    if label == "negative":
        a = r.randint(T // 3, T - 1)
        g = r.choice(OVERLAP_GROUPS[c.src])
        b = r.randint(T // 3, T - 1)
        s = f"{c.when()}{who}{c.F(T)}人，其中女性{c.F(a)}人，{g}{c.F(b)}人。"
        return [s], [C_neg("overlap", [c.F(a), c.F(b), c.F(T)], "女性")], "女性 and another group overlap"
    ok = True
    if label == "inconsistent":
        ok = False
        w = r.randrange(3)
        if w == 0:
            T = bad_int(r, T, 2)
        elif w == 1:
            m = bad_int(r, m)
        else:
            f = bad_int(r, f)
    form = r.randrange(3)
    if form == 0:
        s = f"{c.when()}{who}{c.F(T)}人，其中男性{c.F(m)}人、女性{c.F(f)}人。"
    elif form == 1:
        s = f"{who}中，男{c.F(m)}人，女{c.F(f)}人，共{c.F(T)}人。"
    else:
        s = f"{who}共{c.F(T)}名（男{c.F(m)}名，女{c.F(f)}名）。"
    return [s], [C_sum([c.F(m), c.F(f)], c.F(T), ok)], "male/female split"


def wan(v):  # v in 万 integer
    return f"{v}万"


def yi(v, d):  # v in 万, divisible appropriately
    return dstr(Decimal(v) / 10000, d) + "亿"


def t_wanyi(c, label):
    r = c.r
    subj, cats = r.choice(MONEY[c.src])
    k = r.randint(2, min(4, len(cats)))
    names = r.sample(cats, k)
    d = r.choice([1, 2, 2])
    step = 10 ** (4 - d)  # total must be multiple of this (in 万)
    vals = [r.randint(300, 40000) for _ in range(k)]
    rem = sum(vals) % step
    vals[-1] += step - rem if rem else 0
    T = sum(vals)
    if label == "negative":
        cue = r.choice(["超过", "近", "约"])
        ap = (T // 10000) if cue == "超过" else (T // 10000 + 1)
        if ap == 0:
            ap = 1 if cue != "超过" else None
        if ap is None or Decimal(ap * 10000) == Decimal(T):
            ap = Decimal(T // 1000 + (1 if cue != "超过" else 0)) / 10
            if ap * 10000 == T:
                ap += Decimal("0.1")
            aps = f"{ap}亿"
        else:
            aps = f"{ap}亿"
        pv = "、".join(f"{n}{c.F(v)}万元" for n, v in zip(names, vals))
        s = f"{c.when()}{subj}{cue}{aps}元，其中{pv}。" if cue != "约" else f"{c.when()}{subj}约{aps}元，其中{pv}。"
        return [s], [C_neg("approx_total", [f"{c.F(v)}万" for v in vals] + [aps], cue)], "approximate 亿 total over 万 parts"
    ok = True
    ts = yi(T, d)
    if label == "inconsistent":
        ok = False
        if r.random() < 0.5:
            i = r.randrange(k)
            vals[i] = bad_int(r, vals[i])
        else:
            ts = yi(T + r.choice([-1, 1]) * step * r.randint(1, 9), d)
    pv = "、".join(f"{n}{c.F(v)}万元" for n, v in zip(names, vals))
    s = r.choice([f"{c.when()}{subj}{ts}元，其中{pv}。", f"{pv}，{c.when()}累计{subj}{ts}元。"])
    return [s], [C_sum([f"{c.F(v)}万" for v in vals], ts, ok)], "whole in 亿, parts in 万"


def t_cnnum(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 2, 4)
    vals = [r.randint(2, 99) if r.random() < 0.7 else r.randint(100, 2999) for _ in vals]
    T = sum(vals)
    if label == "negative":
        cue = r.choice(["余", "多"])
        base = (T // 10) * 10
        if base == T:
            base -= 10
        base = max(10, base)
        items = "、".join(f"{n}{cn(v)}{u}" for n, v in zip(names, vals))
        s = f"{c.when()}{verb}{noun}{cn(base)}{cue}{u}，其中{items}。"
        return [s], [C_neg("approx_total", [cn(v) for v in vals] + [cn(base)], cue)], "Chinese numerals with approximate total"
    ok = True
    if label == "inconsistent":
        vals, T = perturb_sum(c, vals, T)
        ok = False
    mix = r.random() < 0.3
    fv = lambda v: str(v) if (mix and r.random() < 0.5) else cn(v)
    ps = [fv(v) for v in vals]
    ts = cn(T)
    items = "、".join(f"{n}{p}{u}" for n, p in zip(names, ps))
    s = r.choice([f"{c.when()}{verb}{noun}{ts}{u}，其中{items}。", f"{items}，合计{ts}{u}。"])
    return [s], [C_sum(ps, ts, ok)], "Chinese numerals"


def t_fwsep(c, label):
    r = c.r
    big = [f for f in TF[c.src] if f[5] >= 3000]
    if big:
        verb, noun, u, cats, lo, hi, col = r.choice(big)
        c.fmt = r.choice(["fw", "comma", "fwcomma", "space"])
        lo = max(lo, 1000)
    else:
        verb, noun, u, cats, lo, hi, col = c.tf()
        c.fmt = "fw"
    k = r.randint(2, min(4, len(cats)))
    names = r.sample(cats, k)
    vals = [r.randint(lo, hi) for _ in range(k)]
    T = sum(vals)
    if label == "negative":
        t, ck = decoy(c)
        s = f"{c.when()}{verb}{noun}{c.F(T)}{u}，其中" + "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + "。"
        return [s, t], [C_sum([c.F(v) for v in vals], c.F(T)), ck], "full-width / separated digits plus identifier look-alike"
    ok = True
    if label == "inconsistent":
        vals, T = perturb_sum(c, vals, T)
        ok = False
    s = r.choice([f"{c.when()}{verb}{noun}{c.F(T)}{u}，其中" + "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + "。",
                  "、".join(f"{n}{c.F(v)}{u}" for n, v in zip(names, vals)) + f"，共计{c.F(T)}{u}。"])
    return [s], [C_sum([c.F(v) for v in vals], c.F(T), ok)], f"digits as {c.fmt}"


def t_decimal(c, label):
    """decimals: tonnes / 万元 / 万人次 with one or two decimals"""
    r = c.r
    d = r.choice([1, 2])
    if c.src == "sanit":
        verb, noun, u, cats = "清运", "生活垃圾", "万吨", ["厨余垃圾", "可回收物", "其他垃圾", "有害垃圾"]
    else:
        subj, cats = r.choice(MONEY[c.src])
        verb, noun, u = "", subj, "万元"
    k = r.randint(2, min(4, len(cats)))
    names = r.sample(cats, k)
    if c.src == "sanit":  # 0.05-300 万吨
        d = 2
        units = [r.randint(5, 30000 // k) for _ in range(k)]
    else:
        units = [r.randint(5, 99999) for _ in range(k)]  # in 10^-d
    T = sum(units)
    f = lambda x: dstr(Decimal(x).scaleb(-d), d)
    if label == "negative":
        cue = r.choice(["约", "近", "超过"])
        tv = Decimal(T).scaleb(-d)
        base = int(tv) + (1 if cue in ("近", "约") else 0)
        if Decimal(base) == tv:
            base += 1
        s = f"{c.when()}{verb}{noun}{cue}{base}{u}，其中" + "、".join(f"{n}{f(x)}{u}" for n, x in zip(names, units)) + "。"
        return [s], [C_neg("approx_total", [f(x) for x in units] + [str(base)], cue)], "approximate decimal total"
    ok = True
    if label == "inconsistent":
        units, T = perturb_sum(c, units, T)
        ok = False
    s = r.choice([f"{c.when()}{verb}{noun}{f(T)}{u}，其中" + "、".join(f"{n}{f(x)}{u}" for n, x in zip(names, units)) + "。",
                  "、".join(f"{n}{f(x)}{u}" for n, x in zip(names, units)) + f"，合计{f(T)}{u}。"])
    return [s], [C_sum([f(x) for x in units], f(T), ok)], "decimal parts"


# ======================================================================================
# PCT constructions
# ======================================================================================
def rate_pair(c, lo, hi, rlo, rhi, d, allow100=True):
    r = c.r
    for _ in range(200):
        D = r.randint(lo, hi)
        N = int(D * r.uniform(rlo, rhi))
        if N < 1 or N > D or (N == D and not allow100):
            continue
        v, tie = ratio_pct(N, D, d)
        if not tie:
            return D, N, v
    raise RuntimeError("no rate")


def pct_lit(c, v, d):
    return pstr(v, d, fw=(c.fmt == "fw"))


def neg_pct_generic(c, kind=None):
    """a look-alike percentage line with no checkable relation"""
    r = c.r
    rf = c.rf()
    kind = kind or r.choice(["no_base", "pp_no_base", "growth_over_100", "permille"])
    if kind == "no_base":
        v = q(Decimal(r.randint(850, 999)) / 10, 1)
        s = f"{rf[2]}保持在{pstr(v, 1)}以上。" if r.random() < 0.5 else f"群众{r.choice(['满意度', '知晓率'])}达{pstr(v, 1)}。"
        return s, C_neg("pct_no_base", [pstr(v, 1)], "%")
    if kind == "pp_no_base":
        p = dstr(Decimal(r.randint(3, 60)) / 10, 1)
        s = f"{rf[2]}同比提高{p}个百分点。"
        return s, C_neg("pp_no_base", [p], "个百分点")
    if kind == "growth_over_100":
        g = r.randint(101, 480)
        noun = r.choice(GROW[c.src])[0]
        s = f"{noun}同比增长{g}%，{r.choice(['创历史新高', '增幅居全省前列', '实现跨越式增长'])}。"
        return s, C_neg("growth_over_100", [f"{g}%"], "增长")
    v = dstr(Decimal(r.randint(1, 60)) / 10, 1)
    s = f"{r.choice(['投诉率', '差错率', '事故发生率'])}控制在{v}‰以内。"
    return s, C_neg("permille", [f"{v}‰"], "‰")


def p_after(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = c.d()
    D, N, v = rate_pair(c, lo, hi, rlo, rhi, d)
    if label == "negative":
        other = r.choice(["群众满意率", "回访满意率", "社会知晓率"])
        ov = q(Decimal(r.randint(900, 999)) / 10, 1)
        s = f"{c.when()}{den}{c.F(D)}{u}，{num}{c.F(N)}{u}，{other}{pstr(ov, 1)}。"
        return [s], [C_neg("rate_not_stated", [c.F(D), c.F(N), pstr(ov, 1)], other)], "rate of something whose counts are not stated"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d)
        ok = False
    R = pct_lit(c, v, d)
    vb = r.choice(["为", "达", "达到", ""])
    s = f"{c.when()}{den}{c.F(D)}{u}，{num}{c.F(N)}{u}，{name}{vb}{R}。"
    return [s], [C_rate(c.F(N), c.F(D), R, ok)], "rate after its counts"


def p_before(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = c.d()
    D, N, v = rate_pair(c, lo, hi, rlo, rhi, d)
    if label == "negative":
        t, ck = neg_pct_generic(c, "no_base")
        s = f"{c.when()}{den}{c.F(D)}{u}，{r.choice(['工作成效明显', '各项指标稳中有升'])}。"
        return [s, t], [ck], "percentage with no base"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d)
        ok = False
    R = pct_lit(c, v, d)
    s = r.choice([f"{name}达{R}，{den}{c.F(D)}{u}中{num}{c.F(N)}{u}。",
                  f"以{R}的{name}完成年度任务：{den}{c.F(D)}{u}，{num}{c.F(N)}{u}。",
                  f"{name}为{R}（{num}{c.F(N)}{u}/{den}{c.F(D)}{u}）。"])
    return [s], [C_rate(c.F(N), c.F(D), R, ok)], "rate before its numbers"


def p_bracket(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = c.d()
    D, N, v = rate_pair(c, lo, hi, rlo, rhi, d)
    if label == "negative":
        t, ck = neg_pct_generic(c, "growth_over_100")
        s = f"{den}{c.F(D)}{u}，{num}{c.F(N)}{u}。"
        return [s, t], [ck], "growth over 100 % without base"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d)
        ok = False
    R = pct_lit(c, v, d)
    op, cl = r.choice([("（", "）"), ("(", ")")])
    s = r.choice([f"{c.when()}{den}{c.F(D)}{u}，{num}{c.F(N)}{u}{op}{name}{R}{cl}。",
                  f"{c.when()}{den}{c.F(D)}{u}，其中{num}{c.F(N)}{u}{op}占{R}{cl}。"])
    return [s], [C_rate(c.F(N), c.F(D), R, ok)], "rate in brackets"


def p_two(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = c.d()
    D, N1, v1 = rate_pair(c, lo, hi, rlo, rhi, d)
    for _ in range(100):
        N2 = int(N1 * r.uniform(0.5, 0.99))
        v2, tie = ratio_pct(N2, N1, d)
        if N2 >= 1 and not tie:
            break
    second, second_rate = SUB[num]
    if label == "negative":
        R1 = pct_lit(c, v1, d)
        ov = q(Decimal(r.randint(880, 999)) / 10, 1)
        s = f"{den}{c.F(D)}{u}，{num}{c.F(N1)}{u}，{name}{R1}；{second_rate}{pstr(ov, 1)}。"
        return [s], [C_rate(c.F(N1), c.F(D), R1), C_neg("rate_not_stated", [pstr(ov, 1)], second_rate)], "second rate has no stated counts"
    ok1 = ok2 = True
    if label == "inconsistent":
        if r.random() < 0.5:
            v1 = bad_pct(r, v1, d)
            ok1 = False
        else:
            v2 = bad_pct(r, v2, d)
            ok2 = False
    R1, R2 = pct_lit(c, v1, d), pct_lit(c, v2, d)
    s = f"{den}{c.F(D)}{u}，{num}{c.F(N1)}{u}，{name}{R1}；其中{second}{c.F(N2)}{u}，{second_rate}{R2}。"
    return [s], [C_rate(c.F(N1), c.F(D), R1, ok1), C_rate(c.F(N2), c.F(N1), R2, ok2)], "two rates over different bases"


PF_SUBJ = {"legal": ("评查法律援助案卷", "份"), "deputy": ("测评建议办理答复件", "件"), "ip": ("抽查专利代理文书", "份"),
           "elderly": ("检查养老机构", "家"), "sanit": ("检查垃圾分类小区", "个")}


def p_passfail(c, label):
    r = c.r
    subj, u = PF_SUBJ[c.src]
    d = c.d()
    for _ in range(200):
        D = r.randint(20, 3000)
        P = int(D * r.uniform(0.8, 0.99))
        F = D - P
        v1, t1 = ratio_pct(P, D, d)
        v2, t2 = ratio_pct(F, D, d)
        if F > 0 and not t1 and not t2:
            break
    if label == "negative":
        t, ck = neg_pct_generic(c, r.choice(["no_base", "permille"]))
        s = f"{c.when()}{subj}{c.F(D)}{u}，对发现的问题全部督促整改。"
        return [s, t], [ck], "rate without base beside a count"
    oks = [True, True, True]
    if label == "inconsistent":
        w = r.randrange(3)
        oks[w] = False
        if w == 0:
            v1 = bad_pct(r, v1, d)
        elif w == 1:
            v2 = bad_pct(r, v2, d)
        else:
            D = bad_int(r, D, P + F + 1) if r.random() < 0.5 else P + F + r.randint(1, 9)
            # rates recomputed on the changed D so that only the sum fails
            v1, t1 = ratio_pct(P, D, d)
            v2, t2 = ratio_pct(F, D, d)
            if t1 or t2:
                D += 1
                v1, _ = ratio_pct(P, D, d)
                v2, _ = ratio_pct(F, D, d)
    R1, R2 = pct_lit(c, v1, d), pct_lit(c, v2, d)
    s = f"{c.when()}{subj}{c.F(D)}{u}，合格{c.F(P)}{u}、不合格{c.F(F)}{u}，合格率{R1}，不合格率{R2}。"
    return [s], [C_sum([c.F(P), c.F(F)], c.F(D), oks[2]), C_rate(c.F(P), c.F(D), R1, oks[0]),
                 C_rate(c.F(F), c.F(D), R2, oks[1])], "pass and fail rate together"


TARGET = {"legal": ("办理法律援助案件", "件"), "deputy": ("走访联系群众", "人次"), "ip": ("发明专利授权", "件"),
          "elderly": ("新增养老床位", "张"), "sanit": ("新建分类投放点", "个")}


def p_target(c, label):
    r = c.r
    subj, u = TARGET[c.src]
    d = c.d()
    for _ in range(200):
        T = r.randint(20, 5000) // 10 * 10 or 10
        A = int(T * r.uniform(0.85, 1.6))
        v, tie = ratio_pct(A, T, d)
        if A > 0 and not tie:
            break
    if label == "negative":
        g = r.randint(105, 190)
        s = f"{c.when()}{subj}{c.F(A)}{u}，超额完成年度任务，完成率达{g}%。"
        return [s], [C_neg("pct_no_base", [f"{g}%"], "完成率")], "completion rate without target stated"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d, cap=None)
        ok = False
    R = pct_lit(c, v, d)
    s = r.choice([f"年度目标{subj}{c.F(T)}{u}，实际完成{c.F(A)}{u}，完成率{R}。",
                  f"{subj}{c.F(A)}{u}，完成年度目标（{c.F(T)}{u}）的{R}。"])
    return [s], [C_rate(c.F(A), c.F(T), R, ok)], "completion of a target (may exceed 100 %)"


def p_per(c, label):
    r = c.r
    d = r.choice([1, 2])
    src = c.src
    if src == "ip":
        pop = Decimal(r.randint(300, 2000)) / 10  # 万人
        tot = int(pop * Decimal(r.uniform(3, 60)))
        per = q(Decimal(tot) / pop, d)
        cs, ts, scale = f"{pop}万", c.F(tot), "10000"
        tmpl = lambda ps: f"年末有效发明专利{ts}件，常住人口{cs}人，每万人口发明专利拥有量{ps}件。"
        exact = Decimal(tot) / pop
    elif src == "sanit":
        pop = Decimal(r.randint(300, 2000)) / 10
        tot = int(pop * 10 * Decimal(r.uniform(0.7, 1.4)))  # tonnes/day
        cs, ts, scale = f"{pop}万", c.F(tot), "1000"
        exact = Decimal(tot) * 1000 / (pop * 10000)
        per = q(exact, d)
        tmpl = lambda ps: f"日均清运生活垃圾{ts}吨，服务常住人口{cs}人，人均日产生量{ps}千克。"
    else:
        n = r.randint(30, 9000)
        totw = r.randint(10, 9000)  # 万元 with 1 decimal? keep integer 万
        tot = totw
        ts, cs, scale = f"{c.F(totw)}万", c.F(n), "1"
        exact = Decimal(totw) * 10000 / n
        d = r.choice([0, 1, 2])
        per = q(exact, d)
        who = {"legal": "受援群众", "deputy": "受益群众", "elderly": "享受补贴老人"}[src]
        what = {"legal": "为受援群众挽回损失", "deputy": "推动解决民生资金", "elderly": "发放养老服务补贴"}[src]
        tmpl = lambda ps: f"{c.when()}{what}{ts}元，惠及{who}{cs}人，人均{ps}元。"
    ulp = Decimal(1).scaleb(-d)
    if (exact * (Decimal(10) ** d)) % 1 == Decimal("0.5"):
        d += 1
        per = q(exact, d)
        ulp = Decimal(1).scaleb(-d)
    if label == "negative":
        ps = dstr(per, d)
        s = tmpl(ps).replace(f"人均{ps}", f"人均约{ps}").replace(f"拥有量{ps}", f"拥有量约{ps}").replace(f"产生量{ps}", f"产生量约{ps}")
        if r.random() < 0.5:
            t, ck = neg_pct_generic(c, "pp_no_base")
            return [s.replace("约", ""), t], [C_per(ts, cs, ps, scale), ck], "per-capita consistent plus 个百分点 without base"
        return [s], [C_neg("approx_total", [ts, cs, ps], "约")], "approximate per-capita (约)"
    ok = True
    if label == "inconsistent":
        ok = False
        off = max(2 * ulp, q(per * Decimal("0.05"), d), ulp)
        per = per + off * r.choice([1, -1]) * r.randint(1, 3)
        if per <= 0:
            per = per + 8 * off
    ps = dstr(per, d)
    return [tmpl(ps)], [C_per(ts, cs, ps, scale, ok)], "per-capita average"


def p_growth(c, label):
    r = c.r
    noun, u, lo, hi = r.choice(GROW[c.src])
    d = c.d()
    for _ in range(200):
        A = r.randint(lo, hi)
        B = int(A * r.uniform(0.7, 1.5))
        if B == A or B < 1:
            continue
        v, tie = ratio_pct(abs(B - A), A, d)
        if not tie:
            break
    up = B > A
    dw = r.choice(["增长", "增加"]) if up else r.choice(["下降", "减少"])
    if label == "negative":
        t, ck = neg_pct_generic(c, "growth_over_100")
        return [f"{c.y}年{noun}{c.F(B)}{u}。", t], [ck], "growth over 100 % with no base"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d, cap=None)
        ok = False
    G = pct_lit(c, v, d)
    form = r.randrange(4)
    s = [f"{c.y}年{noun}{c.F(B)}{u}，较上年（{c.F(A)}{u}）{dw}{G}。",
         f"{noun}达{c.F(B)}{u}，上年同期为{c.F(A)}{u}，同比{dw}{G}。",
         f"{noun}由上年的{c.F(A)}{u}变为{c.F(B)}{u}，{dw}{G}。",
         f"{c.y - 1}年{noun}{c.F(A)}{u}，{c.y}年{c.F(B)}{u}，{dw}{G}。"][form]
    return [s], [C_growth(c.F(A), c.F(B), G, "up" if up else "down", ok)], "growth with both years' values"


def p_pp(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = r.choice([1, 1, 2])
    a = q(Decimal(r.uniform(rlo * 100 - 8, min(99.0, rhi * 100))), d)
    b = q(a + Decimal(r.uniform(-6, 6)), d)
    if b == a:
        b = a + Decimal(1).scaleb(-d) * 5
    if b > 100:
        b = Decimal(100) - Decimal(1).scaleb(-d)
    up = b > a
    pp = abs(b - a)
    if label == "negative":
        t, ck = neg_pct_generic(c, "pp_no_base")
        return [t], [ck], "个百分点 without any base rate"
    ok = True
    if label == "inconsistent":
        pp = bad_pct(r, pp, d, cap=None, floor=Decimal(1).scaleb(-d))
        ok = False
    dw = r.choice(["提高", "上升", "提升"]) if up else r.choice(["下降", "回落"])
    A, B = pstr(a, d), pstr(b, d)
    P = dstr(pp, d)
    s = r.choice([f"{name}由{c.y - 1}年的{A}{'提高' if up else '下降'}到{B}，{dw}{P}个百分点。",
                  f"{name}达到{B}，比上年{dw}{P}个百分点（上年为{A}）。",
                  f"{name}为{B}，较上年的{A}{dw}了{P}个百分点。"])
    return [s], [C_pp(A, B, P, "up" if up else "down", ok)], "个百分点 with both rates"


def shares_exact(r, k, d):
    ulp = Decimal(1).scaleb(-d)
    total_units = int(100 / ulp)
    cuts = sorted(r.sample(range(1, total_units), k - 1))
    units = [b - a for a, b in zip([0] + cuts, cuts + [total_units])]
    if min(units) <= 0:
        return shares_exact(r, k, d)
    return [Decimal(x) * ulp for x in units]


SHARE_CATS = {"legal": ["婚姻家庭纠纷", "邻里纠纷", "合同纠纷", "劳动争议纠纷", "其他纠纷"],
              "deputy": ["城乡建设类", "教育卫生类", "社会保障类", "农业农村类", "其他类"],
              "ip": ["发明专利", "实用新型专利", "外观设计专利"],
              "elderly": ["居家养老", "社区养老", "机构养老"],
              "sanit": ["厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"]}


def p_shares(c, label):
    r = c.r
    cats = SHARE_CATS[c.src]
    k = r.randint(3, len(cats))
    names = r.sample(cats, k)
    d = r.choice([1, 1, 2])
    if label == "negative":
        g = r.sample(OVERLAP_GROUPS[c.src], 3)
        vs = [q(Decimal(r.uniform(30, 75)), 1) for _ in g]
        s = f"从构成看，{g[0]}占{pstr(vs[0], 1)}，{g[1]}占{pstr(vs[1], 1)}，{g[2]}占{pstr(vs[2], 1)}" + r.choice(["（同一对象可分属多类）。", "。"])
        return [s], [C_neg("overlap_shares", [pstr(x, 1) for x in vs], "占")], "overlapping shares may sum past 100"
    sh = shares_exact(r, k, d)
    ok = True
    if label == "inconsistent":
        ok = False
        i = r.randrange(k)
        ulp = Decimal(1).scaleb(-d)
        sh[i] = bad_pct(r, sh[i], d, floor=ulp, extra=Decimal(k) * ulp / 2)
    ls = [pstr(x, d) for x in sh]
    s = r.choice(["按类别分，" + "、".join(f"{n}占{l}" for n, l in zip(names, ls)) + "。",
                  "构成为：" + "，".join(f"{n}{l}" for n, l in zip(names, ls)) + "。"])
    return [s], [C_share(ls, "100%", ok)], "shares of one whole adding to 100"


def p_table_share(c, label):
    r = c.r
    verb, noun, u, names, vals, col = parts_frame(c, 3, 5)
    T = sum(vals)
    d = r.choice([1, 2])
    for _ in range(50):
        rs = [ratio_pct(v, T, d) for v in vals]
        if not any(t for _, t in rs):
            break
        vals[0] += 1
        T = sum(vals)
    sh = [v for v, _ in rs]
    sp = _sep(r)
    oks = [True] * len(vals)
    oksum = True
    if label == "inconsistent":
        if r.random() < 0.5:
            i = r.randrange(len(vals))
            sh[i] = bad_pct(r, sh[i], d)
            oks[i] = False
        else:
            T = bad_int(r, T)
            oksum = False
            T0 = T
            rs = [ratio_pct(v, T, d) for v in vals]
            sh = [v for v, _ in rs]
            if any(t for _, t in rs):
                return p_table_share(c, label)
    rows = [f"{n}{sp}{c.F(v)}{sp}{pstr(s, d)}" for n, v, s in zip(names, vals, sh)]
    ck = [C_sum([c.F(v) for v in vals], c.F(T), oksum)] + [C_rate(c.F(v), c.F(T), pstr(s, d), o) for v, s, o in zip(vals, sh, oks)]
    if label == "negative":
        i = r.randrange(len(vals))
        sub = r.randint(1, max(1, vals[i] - 1))
        sv, tie = ratio_pct(sub, T, d)
        if tie:
            sub = max(1, sub - 1)
            sv, _ = ratio_pct(sub, T, d)
        rows.insert(i + 1, f"其中：{r.choice(['城区', '重点片区', '本年新增'])}{sp}{c.F(sub)}{sp}{pstr(sv, d)}")
        ck += [C_rate(c.F(sub), c.F(T), pstr(sv, d)), C_neg("subset_row", [c.F(sub), pstr(sv, d)], "其中")]
    trow = f"合计{sp}{c.F(T)}{sp}100%"
    body = rows + [trow] if r.random() < 0.6 else [trow] + rows
    return [f"{noun}{verb}结构", f"类别{sp}{col}（{u}）{sp}占比"] + body, ck, "table with a 占比 column"


def p_growth_table(c, label):
    r = c.r
    verb, noun, u, names, v1, col = parts_frame(c, 2, 4)
    d = r.choice([1, 1, 2])
    for _ in range(100):
        v2 = [max(1, int(v * r.uniform(0.75, 1.45))) for v in v1]
        v2 = [x if x != v else x + 1 for x, v in zip(v2, v1)]
        t1, t2 = sum(v1), sum(v2)
        gs = [ratio_pct(abs(b - a), a, d) for a, b in zip(v1 + [t1], v2 + [t2])]
        if not any(t for _, t in gs) and t1 != t2:
            break
    sgn = lambda a, b, g: ("-" if b < a else "") + pstr(g, d)
    gl = [sgn(a, b, g) for (a, b), (g, _) in zip(zip(v1 + [t1], v2 + [t2]), gs)]
    oks = [True] * len(gl)
    oks1 = oks2 = True
    if label == "inconsistent":
        if r.random() < 0.6:
            i = r.randrange(len(gl))
            g = gs[i][0]
            a, b = (v1 + [t1])[i], (v2 + [t2])[i]
            signed = -g if b < a else g
            nb = bad_pct(r, signed, d, cap=None, floor=Decimal(-100))
            gl[i] = ("-" if nb < 0 else "") + pstr(abs(nb), d)
            oks[i] = False
        else:
            t2 = bad_int(r, t2)
            oks2 = False
            g, tie = ratio_pct(abs(t2 - t1), t1, d)
            if tie or t2 == t1:
                return p_growth_table(c, label)
            gl[-1] = sgn(t1, t2, g)
    sp = _sep(r)
    rows = [f"{n}{sp}{c.F(a)}{sp}{c.F(b)}{sp}{g}" for n, a, b, g in zip(names, v1, v2, gl[:-1])]
    trow = f"合计{sp}{c.F(t1)}{sp}{c.F(t2)}{sp}{gl[-1]}"
    ck = [C_sum([c.F(a) for a in v1], c.F(t1), oks1), C_sum([c.F(b) for b in v2], c.F(t2), oks2)]
    for (a, b, g, o) in zip(v1 + [t1], v2 + [t2], gl, oks):
        ck.append(C_growth(c.F(a), c.F(b), g, "signed", o))
    lines = [f"{noun}{verb}情况（单位：{u}）", f"类别{sp}{c.y - 1}年{sp}{c.y}年{sp}增长"] + rows + [trow]
    if label == "negative":
        t, ckn = neg_pct_generic(c, r.choice(["pp_no_base", "permille"]))
        lines.append("注：" + t)
        ck.append(ckn)
        return lines, ck, "growth table holds; footnote look-alike"
    return lines, ck, "two-year table with growth column"


MAL = ["xx", "space", "lead", "double", "dots"]


def malform(r, R, d):
    kinds = ["xx", "space", "lead", "double"] + (["dots"] if "." in R else [])
    k = r.choice(kinds)
    core = R[:-1]
    if k == "xx":
        return r.choice(["xx%", "XX%", "xx.x%"])
    if k == "space":
        return core + " %"
    if k == "lead":
        return "%" + core
    if k == "double":
        return core + "%%"
    i = core.index(".")
    return core[:i] + "." + core[i:] + "%"


def p_malformed(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = r.choice([1, 1, 2])
    D, N, v = rate_pair(c, lo, hi, rlo, rhi, d)
    R = pstr(v, d)
    if label == "negative":
        t, ck = neg_pct_generic(c, "permille")
        s = f"{c.when()}{den}{c.F(D)}{u}，{num}{c.F(N)}{u}，{name}{R}。"
        return [s, t], [C_rate(c.F(N), c.F(D), R), ck], "well-formed rate plus a ‰ figure"
    if label == "inconsistent":
        M = malform(r, R, d)
        s = f"{c.when()}{den}{c.F(D)}{u}，{num}{c.F(N)}{u}，{name}{M}。"
        return [s], [C_mal(M)], "malformed percentage literal"
    s = f"{c.when()}{den}{c.F(D)}{u}，{num}{c.F(N)}{u}，{name}{R}。"
    return [s], [C_rate(c.F(N), c.F(D), R)], "well-formed rate"


COVER = {"legal": ("村（社区）", "个", "配备法律顾问", "法律顾问覆盖率", 20, 3000), "deputy": ("镇（街道）", "个", "建成代表联络站", "联络站覆盖率", 8, 60),
         "ip": ("高新技术企业", "家", "建立知识产权管理制度", "贯标覆盖率", 20, 3000), "elderly": ("城市社区", "个", "建成养老服务站", "覆盖率", 20, 800),
         "sanit": ("行政村", "个", "实现生活垃圾分类", "分类覆盖率", 20, 3000)}


def p_cover(c, label):
    r = c.r
    unitn, mu, done, name, clo, chi = COVER[c.src]
    d = c.d()
    M, N, v = rate_pair(c, clo, chi, 0.6, 0.995, d)
    if label == "negative":
        cue = r.choice(["超过", "近"])
        g = r.randint(80, 99)
        s = f"{r.choice(['全市', '全区', '全县'])}{c.F(M)}{mu}{unitn}基本{done}，{name}{cue}{g}%。"
        return [s], [C_neg("approx_total", [c.F(M), f"{g}%"], cue)], "approximate coverage, no exact count"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d)
        ok = False
    R = pct_lit(c, v, d)
    s = r.choice([f"全{r.choice(['市', '区', '县'])}{c.F(M)}{mu}{unitn}中，已有{c.F(N)}{mu}{done}，{name}{R}。",
                  f"{c.F(N)}{mu}{unitn}{done}，占总数{c.F(M)}{mu}的{R}。"])
    return [s], [C_rate(c.F(N), c.F(M), R, ok)], "N of M, coverage"


def p_growth_rate(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = c.d()
    D, N, v = rate_pair(c, lo, hi, rlo, rhi, d)
    for _ in range(200):
        A = int(D * r.uniform(0.7, 1.3))
        if A > 0 and A != D and not ratio_pct(abs(D - A), A, d)[1]:
            break
    g, _ = ratio_pct(abs(D - A), A, d)
    up = D > A
    okg = okr = True
    if label == "inconsistent":
        if r.random() < 0.5:
            g = bad_pct(r, g, d, cap=None)
            okg = False
        else:
            v = bad_pct(r, v, d)
            okr = False
    G, R = pct_lit(c, g, d), pct_lit(c, v, d)
    dw = "增长" if up else "下降"
    if label == "negative":
        t, ck = neg_pct_generic(c, "pp_no_base")
        s = f"{c.when()}{den}{c.F(D)}{u}，同比{dw}{G}（上年{c.F(A)}{u}）；{num}{c.F(N)}{u}，{name}{R}，{t}"
        return [s], [C_growth(c.F(A), c.F(D), G, "up" if up else "down"), C_rate(c.F(N), c.F(D), R), ck], "holds; plus 个百分点 without base"
    s = f"{c.when()}{den}{c.F(D)}{u}，同比{dw}{G}（上年{c.F(A)}{u}）；{num}{c.F(N)}{u}，{name}{R}。"
    return [s], [C_growth(c.F(A), c.F(D), G, "up" if up else "down", okg), C_rate(c.F(N), c.F(D), R, okr)], "growth and a rate on the same base"


def p_wan_rate(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = WANF[c.src]
    d = r.choice([1, 2])
    # counts written in 万 with 2 decimals
    for _ in range(300):
        Du = r.randint(lo, hi)  # in 0.01万
        Nu = int(Du * r.uniform(rlo, rhi))
        v, tie = ratio_pct(Nu, Du, d)
        if Nu > 0 and not tie:
            break
    Ds, Ns = dstr(Decimal(Du) / 100, 2) + "万", dstr(Decimal(Nu) / 100, 2) + "万"
    if label == "negative":
        t, ck = neg_pct_generic(c, "no_base")
        return [f"{c.when()}{den}{Ds}{u}。", t], [ck], "percentage with no base"
    ok = True
    if label == "inconsistent":
        v = bad_pct(r, v, d)
        ok = False
    R = pct_lit(c, v, d)
    s = f"{c.when()}{den}{Ds}{u}，{num}{Ns}{u}，{name}{R}。"
    return [s], [C_rate(Ns, Ds, R, ok)], "rate over counts in 万 with decimals"


def p_sum_rate(c, label):
    r = c.r
    den, num, name, u, lo, hi, rlo, rhi = c.rf()
    d = c.d()
    D, N, v = rate_pair(c, lo, hi, rlo, rhi, d, allow100=False)
    rest = D - N
    a = r.randint(0, rest) if rest > 1 else rest
    b = rest - a
    if a == 0 or b == 0:
        parts = [(r.choice(REST[num]), rest)]
    else:
        parts = list(zip(REST[num], [a, b]))
    if label == "negative":
        ov = [(g, r.randint(1, D)) for g in r.sample(OVERLAP_GROUPS[c.src], 2)]
        s = (f"{den}{c.F(D)}{u}，{num}{c.F(N)}{u}，{name}{pct_lit(c, v, d)}；其中涉及" +
             "、".join(f"{g}{c.F(x)}{u}" for g, x in ov) + "。")
        return [s], [C_rate(c.F(N), c.F(D), pct_lit(c, v, d)), C_neg("overlap", [c.F(x) for _, x in ov], "涉及")], "rate holds; 涉及 groups overlap"
    oks = okr = True
    vals = [N] + [x for _, x in parts]
    if label == "inconsistent":
        if r.random() < 0.5:
            v = bad_pct(r, v, d)
            okr = False
        else:
            i = r.randrange(1, len(vals))
            vals[i] = bad_int(r, vals[i], 1)
            oks = False
    R = pct_lit(c, v, d)
    labs = [num] + [p for p, _ in parts]
    s = f"{c.when()}{den}{c.F(D)}{u}，其中" + "、".join(f"{l}{c.F(x)}{u}" for l, x in zip(labs, vals)) + f"，{name}{R}。"
    return [s], [C_sum([c.F(x) for x in vals], c.F(D), oks), C_rate(c.F(N), c.F(D), R, okr)], "parts with a rate on the total"


def p_fw(c, label):
    c.fmt = "fw"
    return p_after(c, label) if c.r.random() < 0.5 else p_cover(c, label)


# ----------------------------------------------------------------------------------------------
TOTALS = OrderedDict([
    ("qizhong", (t_qizhong, ["plain"] * 6 + ["comma"])),
    ("heji_after", (t_heji, ["plain"])),
    ("fenbie_names", (t_fenbie, ["plain"])),
    ("bracket_parts", (t_bracket, ["plain"] * 4 + ["comma"])),
    ("header_lines", (t_lines, ["plain"])),
    ("flat_table", (t_table, ["plain"] * 3 + ["comma"])),
    ("two_year_table", (t_table2, ["plain"])),
    ("numbered_items", (t_numbered, ["plain"])),
    ("named_count", (t_named, ["plain"])),
    ("balance", (t_balance, ["plain"] * 3 + ["comma"])),
    ("from_to", (t_fromto, ["plain"])),
    ("subtotals", (t_subtotal, ["plain"])),
    ("periods", (t_periods, ["plain"])),
    ("separate_sentences", (t_sentences, ["plain"])),
    ("gender_split", (t_gender, ["plain"])),
    ("wan_yi", (t_wanyi, ["plain"] * 3 + ["comma"])),
    ("cn_numerals", (t_cnnum, ["plain"])),
    ("fullwidth_sep", (t_fwsep, ["fw", "comma", "fwcomma", "space"])),
    ("decimals", (t_decimal, ["plain"])),
])
PCT = OrderedDict([
    ("rate_after", (p_after, ["plain"] * 5 + ["comma"])),
    ("rate_before", (p_before, ["plain"])),
    ("rate_bracket", (p_bracket, ["plain"])),
    ("two_bases", (p_two, ["plain"])),
    ("pass_fail", (p_passfail, ["plain"])),
    ("target", (p_target, ["plain"])),
    ("per_capita", (p_per, ["plain"])),
    ("growth", (p_growth, ["plain"] * 4 + ["comma"])),
    ("pp_both", (p_pp, ["plain"])),
    ("shares100", (p_shares, ["plain"])),
    ("share_table", (p_table_share, ["plain"])),
    ("growth_table", (p_growth_table, ["plain"])),
    ("malformed", (p_malformed, ["plain"])),
    ("coverage", (p_cover, ["plain"])),
    ("growth_and_rate", (p_growth_rate, ["plain"])),
    ("wan_rate", (p_wan_rate, ["plain"])),
    ("parts_rate", (p_sum_rate, ["plain"])),
    ("fullwidth_rate", (p_fw, ["fw"])),
])


def styles():
    for fam, table in (("totals", TOTALS), ("pct", PCT)):
        for cname, (fn, fmts) in table.items():
            for src in SRC:
                yield fam, f"{cname}_{src}", fn, fmts, src


def label_plan(r, n):
    neg = round(n * 0.2)
    inc = (n - neg) // 2
    con = n - neg - inc
    labs = ["consistent"] * con + ["inconsistent"] * inc + ["negative"] * neg
    r.shuffle(labs)
    return labs


def generate(seed):
    out = []
    for fam, style, fn, fmts, src in styles():
        r = random.Random(f"numbers48|{seed}|{style}")
        n = r.randint(15, 18)
        for i, lab in enumerate(label_plan(r, n)):
            c = Ctx(r, src, fmts)
            for _try in range(30):
                lines, checks, note = fn(c, lab)
                lines = [l for l in lines if l]
                if len(lines) <= 8:
                    break
                c = Ctx(r, src, fmts)
            else:
                raise RuntimeError(f"{style}: statement longer than 8 lines")
            ctxn = r.choice([0, 0, 1, 1, 2, 3])
            ctxn = min(ctxn, 8 - len(lines))
            before = r.randint(0, ctxn)
            ctx = context_lines(r, src, c.y, ctxn)
            pre, post = ctx[:before], ctx[before:]
            text = "\n".join(pre + lines + post)
            out.append({"id": f"n48-s{seed}-{style}-{i:02d}", "family": fam, "style": style, "label": lab,
                        "text": text, "note": f"{SRC_CN[src]}; {note}", "checks": checks})
    return out


# ==============================================================================================
# verification: independent parser and arithmetic
# ==============================================================================================
V_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
V_SM = {"十": 10, "百": 100, "千": 1000}
V_BIG = {"万": 10000, "亿": 100000000}


def v_cn(s):
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in V_CN:
            digit = V_CN[ch] or None  # 零 only separates
        elif ch in V_SM:
            section += (1 if digit is None else digit) * V_SM[ch]
            digit = None
        elif ch in V_BIG:
            section += digit or 0
            total += section * V_BIG[ch]
            section, digit = 0, None
        else:
            raise ValueError(f"bad Chinese numeral {s!r}")
    return Decimal(total + section + (digit or 0))


V_FW = {ord(a): b for a, b in zip("０１２３４５６７８９．％", "0123456789.%")}


def v_num(s):
    """-> (Decimal value, kind in {'n','%','‰'}, decimals)"""
    t = s.strip().translate(V_FW)
    kind = "n"
    if t.endswith("%"):
        kind, t = "%", t[:-1]
    elif t.endswith("‰"):
        kind, t = "‰", t[:-1]
    neg = t.startswith("-")
    if neg:
        t = t[1:]
    mult = Decimal(1)
    if t.endswith("亿") and not re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿]+", t):
        mult, t = Decimal(10) ** 8, t[:-1]
    elif t.endswith("万") and not re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿]+", t):
        mult, t = Decimal(10) ** 4, t[:-1]
    if re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿]+", t):
        val, dec = v_cn(t), 0
    else:
        t2 = re.sub(r"(?<=\d)[,，  ](?=\d{3}(\D|$))", "", t)
        if not re.fullmatch(r"\d+(\.\d+)?", t2):
            raise ValueError(f"unparsable number {s!r}")
        val = Decimal(t2)
        dec = len(t2.split(".")[1]) if "." in t2 else 0
    val = val * mult
    return (-val if neg else val), kind, dec


def v_round(x, dec):
    return x.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def v_is_tie(x, dec):
    y = x * (Decimal(10) ** dec)
    return (y - y.to_integral_value(rounding="ROUND_FLOOR")) == Decimal("0.5")


MAL_RE = [re.compile(p) for p in (r"^[xX]{2}(\.[xX])?%$", r"^\d+(\.\d+)?\s+%$", r"^%\d+(\.\d+)?$", r"^\d+(\.\d+)?%%$", r"^\d+\.\.\d+%$")]
SCAN_RE = [re.compile(p) for p in (r"\d\s+[%％]", r"[%％]{2}", r"\d\.\.\d", r"(?<![A-Za-z])[xX]{2}(\.[xX])?[%％]", r"(?<![\d.A-Za-z])[%％]\d")]


V_DIG = set("0123456789０１２３４５６７８９")
V_CNCH = set("零〇一二两三四五六七八九十百千万亿")


def v_standalone(s, text):
    """s occurs at least once not glued to further digits of the same kind"""
    cls = V_CNCH if s[0] in V_CNCH else V_DIG
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        before = text[i - 1] if i else ""
        after = text[i + len(s)] if i + len(s) < len(text) else ""
        after2 = text[i + len(s) + 1] if i + len(s) + 1 < len(text) else ""
        glued_b = before in cls or (before in ".．" and i > 1 and text[i - 2] in cls)
        glued_a = after in cls or (after in ".．,，" and after2 in cls and cls is V_DIG)
        if cls is V_CNCH or s[0] not in V_DIG:
            glued_b = before in cls if s[0] in cls else False
            glued_a = after in cls if s[-1] in cls else False
        if s[-1] not in cls:
            glued_a = False
        if not (glued_b or glued_a):
            return True
        start = i + 1


def v_pct_threshold(dec):
    return max(2 * Decimal(1).scaleb(-dec), Decimal("0.3"))


def v_check(ck, text, problems):
    """returns recomputed truth (True/False); appends problems for structural errors"""
    rel = ck["rel"]

    def need(s):
        if s not in text:
            problems.append(f"number {s!r} not in text")
        elif not v_standalone(s, text):
            problems.append(f"number {s!r} only occurs inside a longer number")

    def P(s):
        need(s)
        return v_num(s)

    if rel == "sum":
        parts = [P(x)[0] for x in ck["parts"]]
        tot = P(ck["total"])[0]
        return sum(parts) == tot
    if rel == "balance":
        val = sum(P(x)[0] for x in ck["plus"]) - sum(P(x)[0] for x in ck["minus"])
        return val == P(ck["result"])[0]
    if rel == "count_items":
        for m in ck["items"]:
            need(m)
        return P(ck["count"])[0] == len(ck["items"])
    if rel == "count_names":
        for m in ck["names"]:
            need(m)
        n = P(ck["count"])[0]
        k = len(set(ck["names"]))
        return n == k or (bool(ck.get("partial")) and k < n)
    if rel in ("rate", "growth", "per", "pp"):
        if rel == "rate":
            num, den = P(ck["num"])[0], P(ck["den"])[0]
            gv, kind, dec = P(ck["rate"])
            if kind != "%":
                problems.append("rate literal without %")
            exact = num * 100 / den
            thr = v_pct_threshold(dec)
        elif rel == "growth":
            old, new = P(ck["old"])[0], P(ck["new"])[0]
            gv, kind, dec = P(ck["pct"])
            exact = (new - old) * 100 / old
            if ck["dir"] == "down":
                gv = -gv
            elif ck["dir"] == "up" and gv < 0:
                problems.append("negative growth with dir up")
            thr = v_pct_threshold(dec)
        elif rel == "per":
            tot, cnt = P(ck["total"])[0], P(ck["count"])[0]
            gv, kind, dec = P(ck["per"])
            exact = tot / cnt * Decimal(ck.get("scale", "1"))
            thr = 2 * Decimal(1).scaleb(-dec)
        else:
            a, _, da = P(ck["from"])
            b, _, db = P(ck["to"])
            gv, kind, dec = P(ck["pp"])
            exact = b - a
            if ck["dir"] == "down":
                gv = -gv
            if exact.as_tuple().exponent < -dec:
                problems.append("pp literal has fewer decimals than the rates")
            thr = v_pct_threshold(dec)
            ok = exact == gv
            if not ok and abs(exact - gv) < thr:
                problems.append(f"wrong pp too close to truth ({gv} vs {exact})")
            return ok
        if v_is_tie(exact, dec):
            problems.append(f"exact .5 tie at {dec} decimals: {exact}")
        ok = v_round(exact, dec) == gv
        if not ok and abs(v_round(exact, dec) - gv) < thr:
            problems.append(f"wrong value too close to truth ({gv} vs {v_round(exact, dec)})")
        return ok
    if rel == "share_sum":
        vals = [P(x) for x in ck["shares"]]
        dec = max(v[2] for v in vals)
        tol = len(vals) * Decimal(1).scaleb(-dec) / 2
        target = v_num(ck["total"])[0]
        diff = abs(sum(v[0] for v in vals) - target)
        ok = diff < tol or diff == 0
        if not ok and diff < tol + v_pct_threshold(dec):
            problems.append(f"share sum off by only {diff}")
        return ok
    if rel == "malformed_pct":
        need(ck["literal"])
        if not any(p.match(ck["literal"]) for p in MAL_RE):
            problems.append(f"literal {ck['literal']!r} is not a recognised malformed percentage")
        return False
    if rel == "neg":
        for s in ck["nums"]:
            need(s)
        if ck["cue"] not in text:
            problems.append(f"cue {ck['cue']!r} not in text")
        return True
    problems.append(f"unknown rel {rel}")
    return False


FAM_RELS = {"totals": {"sum", "balance", "count_items", "count_names"},
            "pct": {"rate", "growth", "pp", "share_sum", "malformed_pct", "per"}}


def verify_files(paths):
    bad = 0
    total = 0
    for path in paths:
        counts = defaultdict(Counter)
        stys = set()
        ids = set()
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                rec = json.loads(line)
                total += 1
                problems = []
                for key in ("id", "family", "style", "label", "text", "note", "checks"):
                    if key not in rec:
                        problems.append(f"missing {key}")
                if rec["id"] in ids:
                    problems.append("duplicate id")
                ids.add(rec["id"])
                text = rec["text"]
                nlines = len(text.split("\n"))
                if not 1 <= nlines <= 8:
                    problems.append(f"{nlines} lines")
                if "\n" in rec["note"]:
                    problems.append("note not one line")
                if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", rec["style"]):
                    problems.append("style not snake_case")
                fails, has_neg, fam_ok = 0, False, False
                mal_lits = []
                for ck in rec["checks"]:
                    try:
                        got = v_check(ck, text, problems)
                    except (ValueError, ZeroDivisionError, KeyError, ArithmeticError) as e:
                        problems.append(f"error in {ck.get('rel')}: {e}")
                        continue
                    if got != ck.get("ok"):
                        problems.append(f"{ck['rel']} recomputed {got}, recorded {ck.get('ok')}: {ck}")
                    if ck["rel"] == "neg":
                        has_neg = True
                    elif not got:
                        fails += 1
                    if ck["rel"] == "malformed_pct":
                        mal_lits.append(ck["literal"])
                    if ck["rel"] in FAM_RELS.get(rec["family"], ()):
                        fam_ok = True
                if not fam_ok and not has_neg:
                    problems.append("no check of the record's family")
                for rx in SCAN_RE:
                    for m in rx.finditer(text):
                        if not any(m.group(0).strip() in L or L in text[max(0, m.start() - 8):m.end() + 8] for L in mal_lits):
                            problems.append(f"undeclared malformed percentage near {text[max(0, m.start() - 6):m.end() + 6]!r}")
                if fails == 0:
                    derived = "negative" if has_neg else "consistent"
                elif fails == 1:
                    derived = "inconsistent"
                else:
                    derived = None
                    problems.append(f"{fails} failing relations (inconsistent needs exactly one)")
                if derived and derived != rec["label"]:
                    problems.append(f"label {rec['label']} but checks give {derived}")
                counts[(rec["family"], rec["style"])][rec["label"]] += 1
                stys.add(rec["style"])
                if problems:
                    bad += 1
                    if bad <= 40:
                        print(f"{path}:{ln} {rec.get('id')}: " + " | ".join(problems[:4]))
        fam = defaultdict(Counter)
        for (f, s), cn_ in counts.items():
            fam[f].update(cn_)
        print(f"{path}: {sum(sum(v.values()) for v in fam.values())} records, {len(stys)} styles")
        for f in sorted(fam):
            nst = sum(1 for (ff, _) in counts if ff == f)
            print(f"  {f}: {dict(sorted(fam[f].items()))} total {sum(fam[f].values())}, styles {nst}")
    print(f"verified {total} records, {bad} with problems")
    return 1 if bad else 0


def table(path):
    rows = OrderedDict()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            k = rec["style"]
            if k not in rows:
                rows[k] = [rec["family"], Counter(), None]
            rows[k][1][rec["label"]] += 1
            if rows[k][2] is None and rec["label"] == "consistent":
                rows[k][2] = rec["text"]
    print("| style | family | consistent | inconsistent | negative | example (consistent) |")
    print("|---|---|---|---|---|---|")
    for k, (fam, cnt, ex) in rows.items():
        ex = (ex or "").replace("\n", " ⏎ ").replace("|", "\\|").replace("\t", " ⇥ ")
        if len(ex) > 110:
            ex = ex[:110] + "…"
        print(f"| {k} | {fam} | {cnt['consistent']} | {cnt['inconsistent']} | {cnt['negative']} | {ex} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_files(a.verify))
    if a.table:
        table(a.table)
        return
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required to generate")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
