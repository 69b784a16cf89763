#!/usr/bin/env python3
"""numbers49_gen.py - held-out set 49: Chinese report statements with totals and percentages.

Standard library only.  Usage:
  python3 numbers49_gen.py --seed 11 --out numbers49_seed11.jsonl
  python3 numbers49_gen.py --verify numbers49_seed11.jsonl numbers49_seed12.jsonl
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 60

# ----------------------------------------------------------------------------
# names from syllables
# ----------------------------------------------------------------------------
SYL = ("安 宝 北 滨 昌 辰 川 丹 德 东 峰 丰 福 岗 高 广 海 和 河 衡 红 宏 湖 华 怀 淮 惠 佳 嘉 江 金 "
       "锦 景 静 九 康 兰 乐 黎 莲 林 临 柳 龙 鹿 罗 梅 明 南 宁 平 浦 普 齐 祁 青 清 庆 泉 仁 荣 瑞 "
       "沙 山 善 尚 邵 胜 石 双 顺 松 泰 潭 桃 天 通 桐 万 望 威 文 西 溪 祥 新 兴 秀 旭 阳 瑶 宜 义 "
       "益 银 永 玉 元 源 岳 云 泽 彰 昭 振 正 中 竹 紫").split()
SURN = "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧".split()


def place(rng):
    a = rng.choice(SYL)
    b = rng.choice(SYL)
    while b == a:
        b = rng.choice(SYL)
    return a + b


def person(rng):
    return rng.choice(SURN) + rng.choice(SYL) + (rng.choice(SYL) if rng.random() < 0.6 else "")


def uniq(rng, fn, k):
    out = []
    while len(out) < k:
        x = fn(rng)
        if x not in out:
            out.append(x)
    return out


# ----------------------------------------------------------------------------
# number formatting (generator side)
# ----------------------------------------------------------------------------
FWT = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
CN_D = "零一二三四五六七八九"


def cn4(n):
    units = ["千", "百", "十", ""]
    ds = [int(c) for c in "%04d" % n]
    s, zero, started = "", False, False
    for i, dg in enumerate(ds):
        if dg == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        s += CN_D[dg] + units[i]
        started = True
    return s


def cn_int(n):
    if n == 0:
        return "零"
    if n >= 10 ** 8:
        hi, lo = divmod(n, 10 ** 8)
        s = cn_int(hi) + "亿"
        if lo:
            s += ("零" if lo < 10 ** 7 else "") + cn_int(lo)
    elif n >= 10 ** 4:
        hi, lo = divmod(n, 10 ** 4)
        s = cn4(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn4(lo)
    else:
        s = cn4(n)
    if s.startswith("一十"):
        s = s[1:]
    if len(s) > 1 and s[0] == "二" and s[1] in "千百万亿":
        s = "两" + s[1:]
    return s


def group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


class NF:
    """number format of one record: plain, sep, fw or cn."""

    def __init__(self, rng, mode):
        self.mode = mode
        self.sep = rng.choice([",", ",", ",", "，", " "])

    def u(self, units, dec=0):
        """format integer count of 10^-dec units."""
        neg = units < 0
        units = abs(units)
        if dec == 0:
            ip, fp = str(units), ""
        else:
            ip, fp = str(units // 10 ** dec), str(units % 10 ** dec).rjust(dec, "0")
        if self.mode == "cn" and dec == 0 and units < 10 ** 8:
            s = cn_int(units)
        else:
            if self.mode == "sep" and units >= 1000 * 10 ** dec:
                ip = group(ip, self.sep)
            s = ip + ("." + fp if dec else "")
            if self.mode == "fw":
                s = s.translate(FWT)
        return ("-" if neg else "") + s

    def pct(self, val, d):
        s = "%s%%" % q(val, d)
        if self.mode == "fw":
            s = s.translate(FWT)
        return s

    def dec(self, val, d):
        s = str(q(val, d))
        if self.mode == "fw":
            s = s.translate(FWT)
        return s


def q(x, d):
    return D(x).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def is_tie(exact, d):
    x = exact * (D(10) ** d)
    return (x - x.to_integral_value(rounding="ROUND_FLOOR")) == D("0.5")


def split(rng, tot, k, minp=1):
    """split integer tot into k positive parts (not too uneven)."""
    for _ in range(200):
        ws = [rng.uniform(0.25, 1.0) for _ in range(k)]
        s = sum(ws)
        parts = [max(minp, int(tot * w / s)) for w in ws]
        parts[-1] = tot - sum(parts[:-1])
        if parts[-1] >= minp and len(set(parts)) == k:
            rng.shuffle(parts)
            return parts
    raise RuntimeError("split failed %d %d" % (tot, k))


def bump(rng, v, lo_frac=0.02, hi_frac=0.15):
    """a plausible wrong value for integer v (units)."""
    for _ in range(200):
        if v >= 100 and rng.random() < 0.25:
            s = list(str(v))
            i = rng.randrange(len(s) - 1)
            if s[i] == s[i + 1] or (i == 0 and s[1] == "0"):
                continue
            s[i], s[i + 1] = s[i + 1], s[i]
            nv = int("".join(s))
        else:
            delta = max(1, int(round(v * rng.uniform(lo_frac, hi_frac))))
            if v < 30:
                delta = rng.randint(1, 3)
            nv = v + rng.choice([-1, 1]) * delta
        if nv > 0 and nv != v:
            return nv
    return v + 1


def wrong_by(rng, true, d, cap=None, floor=D(0)):
    unit = D(1).scaleb(-d)
    thr = max(2 * unit, D("0.3"))
    for _ in range(500):
        delta = q(D(str(rng.uniform(float(thr), float(thr) + 4.0))), d)
        if delta < thr:
            continue
        nv = true + rng.choice([-1, 1]) * delta
        if nv <= floor or (cap is not None and nv > cap) or nv == true:
            continue
        return q(nv, d)
    raise RuntimeError("wrong_by failed")


def pick_d(rng):
    return rng.choices([0, 1, 2], [0.12, 0.63, 0.25])[0]


# ----------------------------------------------------------------------------
# domain vocabulary for the five sources
# ----------------------------------------------------------------------------
def _org_procur(rng):
    return place(rng) + rng.choice(["市人民检察院", "区人民检察院", "县人民检察院", "市检察院"])


def _org_port(rng):
    return place(rng) + rng.choice(["港", "港口集团", "机场", "国际机场", "市交通运输局", "海事局"])


def _org_coop(rng):
    return place(rng) + rng.choice(["市供销合作社", "县供销合作社", "县供销社", "市供销合作总社"])


def _org_renew(rng):
    return place(rng) + rng.choice(["市住房和城乡建设局", "区住建局", "市城市更新局", "县住房和城乡建设局"])


def _org_drug(rng):
    return place(rng) + rng.choice(["市市场监督管理局", "市药品监督管理局", "县市场监管局", "区药监分局"])


SRC = {
    "procur": dict(
        org=_org_procur,
        wholes=[
            ("受理审查逮捕", "人", ["批准逮捕", "不批准逮捕", "退回公安机关补充侦查", "另案处理"], 300, 3200, 0),
            ("提起公诉", "人", ["危险驾驶罪", "盗窃罪", "诈骗罪", "帮助信息网络犯罪活动罪", "故意伤害罪", "开设赌场罪"], 400, 6000, 0),
            ("立案办理公益诉讼案件", "件", ["生态环境和资源保护领域", "食品药品安全领域", "国有财产保护领域", "国有土地使用权出让领域", "英烈权益保护领域"], 60, 900, 0),
            ("办理控告申诉案件", "件", ["刑事申诉", "国家赔偿", "司法救助", "群众来信", "来访接待"], 80, 1500, 0),
            ("发出检察建议", "份", ["社会治理类", "公益诉讼诉前", "刑事执行监督", "民事行政监督"], 40, 600, 0),
            ("受理民事行政监督案件", "件", ["民事生效裁判监督", "民事执行活动监督", "行政诉讼监督", "审判人员违法行为监督"], 50, 900, 0),
            ("发放司法救助金", "万元", ["刑事案件被害人", "生活困难当事人", "未成年人", "残疾人"], 30, 900, 1),
        ],
        overlap=[("提起公诉", "人", ["未成年人", "女性", "外地户籍人员", "初犯偶犯", "认罪认罚"], 400, 5000),
                 ("审查逮捕", "人", ["涉黑涉恶", "涉网络犯罪", "未成年人", "再犯"], 300, 3000)],
        rates=[("审结审查起诉案件", "人", "适用认罪认罚从宽制度", "认罪认罚从宽制度适用率", 78, 96, 300, 5000),
               ("发出诉前检察建议", "份", "行政机关回复整改", "整改率", 88, 99.6, 40, 600),
               ("受理审查逮捕", "人", "批准逮捕", "批捕率", 55, 86, 300, 3000),
               ("审查起诉", "人", "决定不起诉", "不起诉率", 8, 32, 400, 5000),
               ("提出量刑建议", "件", "被法院采纳", "量刑建议采纳率", 88, 99.5, 300, 4000)],
        pass_fail=[("审结审查起诉", "人", "提起公诉", "不起诉", "起诉率", "不起诉率", 70, 92)],
        growth=[("受理各类案件", "件", 800, 9000, 0), ("办理公益诉讼案件", "件", 60, 900, 0),
                ("提起公诉", "人", 500, 6000, 0), ("发放司法救助金", "万元", 30, 800, 1)],
        pp=["认罪认罚从宽制度适用率", "诉前检察建议整改率", "量刑建议采纳率", "羁押率", "不捕率"],
        per=[("办理各类案件", "件", "员额检察官", "名", "人均办案", "件", 1)],
        target=[("办结积案", "件", 60, 600)],
        items=["加强未成年人综合司法保护", "深化认罪认罚从宽制度适用", "开展民事执行监督专项活动", "推进公益诉讼检察提质增效",
               "抓好控告申诉首办责任制", "推动检察听证常态化", "整治虚假诉讼", "开展羁押必要性审查", "做实行政检察监督",
               "加强检察队伍建设"],
        names=(lambda r: place(r) + r.choice(["县人民检察院", "区人民检察院"]), "个", "基层检察院"),
        shares=[("提起公诉罪名结构", ["危险驾驶罪", "盗窃罪", "诈骗罪", "帮信罪", "其他犯罪"])],
        heads=["一、主要检察业务数据", "（二）依法履行公益诉讼检察职能", "二、刑事检察工作情况", "（三）控告申诉检察工作",
               "检察工作报告（摘要）", "三、法律监督工作"],
    ),
    "port": dict(
        org=_org_port,
        wholes=[
            ("完成港口货物吞吐量", "万吨", ["外贸货物", "内贸货物"], 800, 26000, 1),
            ("完成货物吞吐量", "万吨", ["煤炭", "金属矿石", "石油及制品", "粮食", "集装箱货物", "矿建材料"], 800, 30000, 2),
            ("完成集装箱吞吐量", "万标箱", ["外贸航线", "内贸航线", "水水中转"], 20, 900, 1),
            ("保障航班起降", "架次", ["客运航班", "货运航班", "通用航空"], 8000, 160000, 0),
            ("完成旅客吞吐量", "万人次", ["国内航线", "国际航线", "地区航线"], 60, 3000, 1),
            ("完成货邮吞吐量", "吨", ["国内货邮", "国际货邮", "地区货邮"], 3000, 300000, 0),
            ("新开通航线", "条", ["国内航线", "国际航线", "地区航线"], 8, 70, 0),
            ("完成水路客运量", "万人次", ["客渡运输", "旅游客运", "省际客运"], 30, 900, 1),
        ],
        overlap=[("完成旅客吞吐量", "万人次", ["中转旅客", "国际旅客", "夜间航班旅客", "团队旅客"], 80, 2800),
                 ("到港船舶", "艘次", ["外籍船舶", "万吨级以上船舶", "危险品船舶", "LNG动力船舶"], 2000, 30000)],
        rates=[("计划执行航班", "架次", "正常执行", "航班正常率", 78, 95.5, 8000, 120000),
               ("进港船舶", "艘次", "实现靠泊即作业", "即靠率", 80, 98, 1500, 20000),
               ("生产性泊位", "个", "具备岸电供应能力", "岸电覆盖率", 40, 92, 40, 260),
               ("出港航班", "架次", "准点放行", "放行正常率", 80, 97, 6000, 90000),
               ("集装箱进出口", "万标箱", "通过铁水联运集疏运", "铁水联运占比", 3, 24, 30, 800)],
        pass_fail=[("监督检查船舶", "艘次", "未发现缺陷", "发现缺陷", "船舶检查合格率", "缺陷船舶比例", 80, 95)],
        growth=[("港口货物吞吐量", "万吨", 800, 26000, 1), ("集装箱吞吐量", "万标箱", 20, 900, 1),
                ("机场旅客吞吐量", "万人次", 60, 3000, 1), ("航班起降架次", "架次", 8000, 150000, 0)],
        pp=["航班正常率", "始发航班正常率", "铁水联运比例", "岸电使用率", "外贸货物占比"],
        per=[("完成旅客吞吐量", "人次", "保障航班起降", "架次", "平均每架次旅客", "人次", 1)],
        target=[("完成港口货物吞吐量", "万吨", 800, 20000)],
        items=["推进航道整治工程", "加快智慧港口建设", "开辟国际货运航线", "提升航班正常率", "开展危险货物集中整治",
               "推广靠港船舶使用岸电", "完善集疏运体系", "优化口岸营商环境", "推进多式联运示范工程", "加强水上交通安全监管"],
        names=(lambda r: place(r) + r.choice(["港务有限公司", "集装箱码头有限公司", "国际物流有限公司", "航空有限公司"]), "家", "企业"),
        shares=[("货物吞吐量构成", ["煤炭", "金属矿石", "石油及制品", "集装箱货物", "其他货类"]),
                ("旅客吞吐量构成", ["国内航线", "国际航线", "地区航线"])],
        heads=["一、港口生产运行情况", "（二）民航运输生产", "二、交通运输主要指标", "（一）港航发展", "港口与航空运输简报"],
    ),
    "coop": dict(
        org=_org_coop,
        wholes=[
            ("恢复重建基层供销社", "个", ["新建", "改造提升", "恢复重建"], 20, 300, 0),
            ("建成经营服务网点", "个", ["农资连锁网点", "日用消费品网点", "再生资源回收站点", "农产品收购网点", "庄稼医院"], 200, 6000, 0),
            ("实现销售总额", "亿元", ["农业生产资料", "农产品", "消费品零售", "再生资源"], 8, 600, 2),
            ("发展社员", "户", ["农民社员", "合作社社员", "企业社员"], 300, 20000, 0),
            ("领办农民专业合作社", "家", ["种植类", "养殖类", "农机服务类", "电商类"], 20, 900, 0),
            ("开展土地托管服务", "万亩", ["全程托管", "半托管", "代耕代种"], 5, 300, 1),
            ("实现电商销售额", "万元", ["农产品上行", "工业品下行", "直播带货"], 300, 90000, 0),
        ],
        overlap=[("发展社员", "人", ["女性社员", "45岁以下社员", "大专以上学历社员", "脱贫户社员"], 500, 20000),
                 ("服务农户", "户", ["托管服务农户", "农资配送农户", "农产品收购农户"], 3000, 90000)],
        rates=[("行政村", "个", "建有综合服务社", "综合服务社覆盖率", 60, 98, 100, 1500),
               ("基层社", "个", "实现扭亏为盈", "扭亏率", 40, 90, 30, 400),
               ("农资连锁网点", "个", "实现信息化管理", "信息化率", 50, 95, 100, 3000),
               ("农户", "户", "加入合作社", "入社率", 20, 70, 2000, 90000),
               ("社属企业", "家", "实现盈利", "盈利面", 55, 92, 20, 300)],
        pass_fail=[("抽检农资产品", "批次", "合格", "不合格", "合格率", "不合格率", 93, 99.5)],
        growth=[("销售总额", "亿元", 8, 600, 2), ("社员户数", "户", 300, 20000, 0),
                ("电商销售额", "万元", 300, 90000, 0), ("土地托管面积", "万亩", 5, 300, 1)],
        pp=["综合服务社覆盖率", "农资信息化率", "社属企业盈利面", "农产品冷链流通率", "入社率"],
        per=[("实现销售总额", "万元", "经营服务网点", "个", "平均每个网点销售额", "万元", 1)],
        target=[("新建经营服务网点", "个", 50, 2000)],
        items=["深化综合改革", "推进基层社恢复重建", "发展农资连锁经营", "建设县域冷链物流", "拓展农业社会化服务",
               "开展再生资源回收", "发展农村电子商务", "规范社有资产管理", "加强社有企业监管", "培育新型农业经营主体"],
        names=(lambda r: place(r) + r.choice(["镇供销合作社", "乡供销社", "农资有限公司", "再生资源有限公司"]), "个", "基层单位"),
        shares=[("销售总额构成", ["农业生产资料", "农产品", "消费品", "再生资源"]),
                ("社员结构", ["农民社员", "合作社社员", "企业社员"])],
        heads=["一、全系统主要经济指标", "（二）基层组织建设", "二、为农服务情况", "供销合作社年度工作总结", "（三）经营服务网络"],
    ),
    "renew": dict(
        org=_org_renew,
        wholes=[
            ("改造老旧小区", "个", None, 20, 600, 0),
            ("惠及居民", "户", None, 2000, 90000, 0),
            ("加装电梯", "部", ["已投入使用", "正在施工", "完成审批待开工"], 20, 900, 0),
            ("改造各类管网", "公里", ["供水管网", "排水管网", "燃气管网", "供热管网"], 20, 900, 1),
            ("新增停车位", "个", ["地面停车位", "机械式停车位", "地下停车位"], 300, 9000, 0),
            ("启动城市更新项目", "个", ["老旧街区", "老旧厂区", "城中村", "历史文化街区"], 8, 120, 0),
            ("配建社区服务设施", "处", ["养老服务", "托育服务", "社区食堂", "便民市场", "文体活动室"], 30, 600, 0),
        ],
        overlap=[("惠及居民", "户", ["老年人家庭", "低收入家庭", "残疾人家庭", "独居老人家庭"], 3000, 60000),
                 ("改造老旧小区", "个", ["加装电梯的小区", "新增停车位的小区", "完成海绵化改造的小区"], 30, 500)],
        rates=[("计划改造老旧小区", "个", "开工", "开工率", 75, 99, 30, 600),
               ("符合条件的楼栋", "栋", "完成加装电梯", "加装率", 8, 45, 200, 6000),
               ("改造楼栋居民", "户", "签字同意", "同意率", 85, 99.2, 500, 30000),
               ("开工小区", "个", "完成竣工验收", "完工率", 50, 95, 30, 500),
               ("改造小区", "个", "引入物业服务", "物业覆盖率", 45, 95, 30, 500)],
        pass_fail=[("抽查改造工程", "项", "质量合格", "存在质量问题", "合格率", "问题发现率", 88, 98)],
        growth=[("完成改造投资", "万元", 3000, 90000, 0), ("加装电梯", "部", 20, 900, 0),
                ("改造小区", "个", 20, 600, 0), ("惠及居民", "户", 2000, 90000, 0)],
        pp=["老旧小区开工率", "物业服务覆盖率", "居民满意率", "既有住宅加装电梯率", "完工率"],
        per=[("完成改造投资", "万元", "惠及居民", "户", "户均投入", "万元", 2)],
        target=[("改造老旧小区", "个", 30, 600)],
        items=["完善水电气热基础设施", "推进既有住宅加装电梯", "补齐养老托育短板", "建设完整社区", "引入专业化物业服务",
               "拓宽改造资金渠道", "实施片区统筹改造", "开展背街小巷整治", "推进海绵化改造", "建立长效管理机制"],
        names=(lambda r: place(r) + r.choice(["小区", "花园", "新村", "家园", "苑", "里"]), "个", "小区"),
        shares=[("改造资金来源", ["中央补助资金", "省级补助资金", "市县配套资金", "居民出资", "社会资本"]),
                ("改造内容投资构成", ["基础类", "完善类", "提升类"])],
        heads=["一、老旧小区改造工作进展", "（二）城市更新行动", "二、住房城乡建设主要指标", "（三）完整社区建设", "城镇老旧小区改造情况通报"],
        money=[("落实改造资金", ["中央补助资金", "省级补助资金", "市县配套资金", "地方政府专项债券", "居民出资", "社会资本投入"])],
    ),
    "drug": dict(
        org=_org_drug,
        wholes=[
            ("检查药品医疗器械企业", "家次", ["药品生产企业", "药品经营企业", "医疗机构", "医疗器械生产企业", "医疗器械经营企业", "化妆品企业"], 200, 9000, 0),
            ("完成抽检", "批次", ["药品", "医疗器械", "化妆品"], 300, 9000, 0),
            ("立案查处违法案件", "件", ["药品类", "医疗器械类", "化妆品类"], 30, 900, 0),
            ("督促企业召回问题产品", "批次", ["一级召回", "二级召回", "三级召回"], 10, 300, 0),
            ("收集药品不良反应报告", "份", ["新的一般报告", "严重报告", "新的严重报告"], 1000, 30000, 0),
            ("收缴罚没款", "万元", ["药品案件", "医疗器械案件", "化妆品案件"], 30, 3000, 1),
        ],
        overlap=[("检查企业", "家次", ["发现问题", "责令整改", "约谈负责人", "立案调查"], 300, 8000),
                 ("抽检样品", "批次", ["中药饮片", "网络抽检", "基本药物", "集采中选品种"], 400, 9000)],
        rates=[("抽检药品", "批次", "检验合格", "合格率", 96, 99.8, 300, 9000),
               ("检查企业", "家次", "发现问题", "问题发现率", 6, 30, 200, 8000),
               ("药品不良反应报告", "份", "为新的和严重报告", "新的和严重报告占比", 25, 55, 1000, 30000),
               ("监督检查发现的问题", "个", "完成整改", "整改完成率", 85, 99.5, 100, 3000),
               ("抽检化妆品", "批次", "检验合格", "合格率", 93, 99.5, 200, 5000)],
        pass_fail=[("抽检医疗器械", "批次", "合格", "不合格", "合格率", "不合格率", 93, 99.3)],
        growth=[("抽检样品", "批次", 300, 9000, 0), ("查处违法案件", "件", 30, 900, 0),
                ("罚没款", "万元", 30, 3000, 1), ("不良反应报告", "份", 1000, 30000, 0)],
        pp=["药品抽检合格率", "医疗器械抽检合格率", "化妆品抽检合格率", "新的和严重报告占比", "问题整改率"],
        per=[("完成日常检查", "家次", "执法人员", "人", "人均检查", "家次", 1)],
        target=[("完成抽检", "批次", 300, 6000)],
        items=["开展疫苗质量安全专项检查", "整治网络销售药品乱象", "推进医疗器械唯一标识实施", "加强中药饮片质量监管",
               "开展化妆品“线上净网线下清源”行动", "推动药品追溯体系建设", "加强特殊药品监管", "开展无菌和植入性医疗器械检查",
               "完善不良反应监测网络", "推进执业药师配备使用"],
        names=(lambda r: place(r) + r.choice(["制药有限公司", "药业有限公司", "医疗器械有限公司", "生物科技有限公司", "医药连锁有限公司"]), "家", "企业"),
        shares=[("不合格样品原因构成", ["含量测定", "性状", "微生物限度", "标签标识", "其他项目"]),
                ("检查对象构成", ["生产企业", "经营企业", "使用单位"])],
        heads=["一、药品安全监管主要数据", "（二）医疗器械监管", "二、抽检监测工作", "（三）稽查执法情况", "药品监督管理工作总结"],
    ),
}
SOURCES = ["procur", "port", "coop", "renew", "drug"]

# renewal wholes with part-lists of invented districts
def parts_for(rng, src, W):
    if W[2] is None:
        k = rng.randint(3, 6)
        return uniq(rng, lambda r: place(r) + r.choice(["区", "县", "新区", "开发区"]), k)
    return list(W[2])


def ctx_lines(rng, src, year, k):
    S = SRC[src]
    pool = [
        lambda: rng.choice(S["heads"]),
        lambda: "%d年%d月%d日" % (year + 1, rng.randint(1, 3), rng.randint(1, 28)),
        lambda: "数据来源：" + rng.choice(["业务统计系统", "年度统计报表", "各县（市、区）报送材料", "行业管理平台"]),
        lambda: "%s%d年工作情况报告" % (S["org"](rng), year),
        lambda: "全年召开党组会议%d次，专题研究业务工作%s。" % (rng.randint(8, 30), rng.choice(["多次", "若干次"])),
        lambda: "统计时段：%d年1月1日至12月31日。" % year,
        lambda: "（本部分数据未经审计，以最终统计公报为准）",
        lambda: "各项工作稳步推进，主要情况如下：",
        lambda: "组织召开工作推进会%d场。" % rng.randint(2, 15),
    ]
    idx = rng.sample(range(len(pool)), k)
    return [pool[i]() for i in idx]


def ident(rng, src, year):
    """an identifier-like trap (no relation). returns (sentence, marker)."""
    c = rng.randrange(8)
    if c == 0:
        n = rng.randint(1, 9)
        m = "%d+X" % n
        return "按照“%s”工作机制，统筹各方力量推进落实。" % m, m
    if c == 1:
        m = "1+X"
        return "推行“1+X”证书制度，组织业务人员参加技能培训。", m
    if c == 2:
        m = rng.choice(["12345", "12315", "12309"])
        m2 = "0%d-%d" % (rng.randint(100, 999), rng.randint(2000000, 8999999))
        return "设立举报投诉电话%s，并开通%s热线受理渠道。" % (m2, m), m2
    if c == 3:
        n = rng.randint(3, 99)
        m = "〔%d〕%d号" % (year, n)
        return "依据《关于印发工作方案的通知》（%s%s）开展工作。" % (rng.choice(["政办发", "检发", "建发", "药监发", "供销发"]), m), m
    if c == 4:
        m = "%s%s-%d" % (rng.choice("ABCDEFGHJK"), rng.choice("MNPQRSTXYZ"), rng.randint(100, 9999))
        return "重点核查型号为%s等产品的设备台账。" % m, m
    if c == 5:
        m = "%d年%d月%d日" % (year, rng.randint(1, 12), rng.randint(1, 28))
        return "相关工作于%s前全部完成。" % m, m
    if c == 6:
        m = "GB/T %d-%d" % (rng.randint(10000, 39999), rng.randint(2015, year))
        return "严格执行%s标准要求。" % m, m
    n = rng.randint(1, 30)
    m = "%d号" % n
    return "%s%s完成升级改造。" % (rng.choice(["第", ""]), m + rng.choice(["泊位", "楼", "车间", "仓库"])), m


GENDER = {
    "procur": [("审查起诉犯罪嫌疑人", "人"), ("新入额检察官", "名"), ("参与检察听证的人民监督员", "人次")],
    "port": [("完成船员培训", "人次"), ("新招录机场安检人员", "人"), ("持证引航员", "名")],
    "coop": [("发展个人社员", "人"), ("培训新型职业农民", "人次"), ("系统职工", "人")],
    "renew": [("受益老年居民", "人"), ("社区工作者", "人"), ("参与议事协商的居民代表", "人")],
    "drug": [("新注册执业药师", "人"), ("培训监管人员", "人次"), ("检查员队伍", "人")],
}
MONEY = {
    "procur": [("挽回国有财产损失", ["国有土地出让金", "欠缴税款", "社会保险基金", "财政补贴资金", "国有资产租金"])],
    "port": [("完成港航基础设施投资", ["航道整治工程", "码头泊位建设", "机场改扩建工程", "集疏运通道", "智慧港口项目"])],
    "coop": [("实现社有企业营业收入", ["农资经营", "农产品流通", "日用品零售", "再生资源回收", "冷链物流"])],
    "renew": [("落实改造资金", ["中央补助资金", "省级补助资金", "市县配套资金", "地方政府专项债券", "居民出资", "社会资本投入"])],
    "drug": [("落实监管能力建设资金", ["中央转移支付资金", "省级专项资金", "市级配套资金", "检验检测设备更新资金"])],
}
BAL = {
    "procur": [("stock", ["年初结存司法救助资金", "本年新拨入", "本年发放", "年末结存"], "万元", 1, 50, 600)],
    "port": [("stock", ["年初拥有生产性泊位", "本年新建", "拆除改造", "年末拥有生产性泊位"], "个", 0, 40, 300),
             ("flow", ["港口经营收入", "经营支出", "实现利润"], "万元", 1, 5000, 90000)],
    "coop": [("stock", ["年初经营服务网点", "本年新增", "撤并", "年末经营服务网点"], "个", 0, 200, 5000),
             ("flow", ["全系统实现营业收入", "营业成本及费用", "实现利润总额"], "万元", 1, 3000, 90000)],
    "renew": [("flow", ["归集住宅专项维修资金", "使用维修资金", "当年结余"], "万元", 2, 500, 30000),
              ("stock", ["年初在库改造项目", "本年新入库", "完成销号", "年末在库改造项目"], "个", 0, 30, 600)],
    "drug": [("stock", ["年初持有药品经营许可证企业", "本年新发证", "注销", "年末持证企业"], "家", 0, 300, 6000),
             ("flow", ["检验检测收入", "检验检测支出", "收支结余"], "万元", 1, 200, 9000)],
}
PCTWORD = ["为", "达", "达到", "", "是"]


def W_pick(rng, src, need_int=False, small=False):
    ws = [w for w in SRC[src]["wholes"] if not (need_int and w[5] > 0) and not (small and w[4] > 50000)]
    return rng.choice(ws)


# ----------------------------------------------------------------------------
# checks helpers
# ----------------------------------------------------------------------------
def c_sum(total, parts):
    return {"rel": "sum", "total": total, "parts": list(parts)}


def c_neg(kind, marker, numbers, naive=None):
    d = {"rel": "neg", "kind": kind, "marker": marker, "numbers": list(numbers)}
    if naive is not None:
        d["naive"] = naive
    return d


def approx_total(rng, s, dec):
    """approximate value s (units of 10^-dec) -> (marker, int value in display unit)."""
    v = D(s) / (D(10) ** dec)
    iv = int(v)
    if iv < 20:
        return None
    mag = 10 ** max(1, len(str(iv)) - 2)
    mk = rng.choice(["约", "近", "余", "左右", "超过"])
    if mk in ("约", "左右"):
        a = int(q(v / mag, 0)) * mag
    elif mk == "近":
        a = (int(v // mag) + 1) * mag
    else:
        a = int(v // mag) * mag
    if D(a) == v or a <= 0:
        return None
    return mk, a


# ----------------------------------------------------------------------------
# totals: renders of one whole and its parts
# ----------------------------------------------------------------------------
def lead_of(rng, R):
    return rng.choice(["%d年，%s" % (R["year"], R["org"]), "全年", "今年以来，", "%s" % R["org"], "%d年，" % R["year"], ""])


def items_of(rng, R, sep=None):
    sep = sep or rng.choice(["、", "、", "，", "；"])
    pat = rng.randrange(3)
    out = []
    for n, p in zip(R["names"], R["P"]):
        out.append("%s为%s" % (n, p) if pat == 2 else "%s%s" % (n, p))
    return sep.join(out)


def r_qizhong(rng, R):
    Wt, T = R["Wt"], R["T"]
    gong = "" if R["cum"] or R["approx"] else rng.choice(["", "共", "共计"])
    head = rng.choice(["%d年，%s%s%s%s" % (R["year"], R["org"], gong, Wt, T), "全年%s%s%s" % (gong, Wt, T),
                       "%s%s%s%s" % (R["org"], gong, Wt, T), "今年以来，%s%s%s" % (gong, Wt, T)])
    intro = R["intro"] or "其中"
    colon = rng.choice(["", "：", "，"]) if intro == "其中" else rng.choice(["", "："])
    mid = rng.choice(["，", "。"])
    return [head + mid + intro + colon + R["newp"] + items_of(rng, R) + R["suffix"] + "。"]


def r_heji(rng, R):
    lead = lead_of(rng, R)
    intro = R["intro"]
    if intro and intro != "其中":
        lead += intro + "："
    word = "" if R["cum"] else rng.choice(["合计", "共计", "总计", "累计", "以上合计", "合计"])
    return [lead + R["newp"] + items_of(rng, R) + R["suffix"] + "，" + word + R["Wt"] + R["T"] + "。"]


def r_fenbiewei(rng, R):
    verb = rng.choice(["分别为", "分别是", "分别达到", "分别为"])
    names = "、".join(R["names"])
    vals = "、".join(R["P"])
    intro = R["intro"] or "其中"
    if rng.random() < 0.5:
        gong = "" if R["cum"] or R["approx"] else rng.choice(["", "共"])
        return ["%s%s%s%s，%s%s%s%s%s。" % (lead_of(rng, R), gong, R["Wt"], R["T"], intro, R["newp"], names, verb, vals)]
    word = "" if R["cum"] else rng.choice(["合计", "共计", "总计"])
    pre = "" if intro == "其中" else intro
    return ["%s%s%s%s%s，%s%s%s。" % (lead_of(rng, R), pre, R["newp"], names, verb + vals, word, R["Wt"], R["T"])]


def r_brackets(rng, R):
    word = rng.choice(["含", "包括", "其中", "其中："]) if (R["intro"] or "其中") == "其中" else R["intro"]
    tail = rng.choice(["。", "，较好完成年度目标任务。", "，各项工作有序推进。", "。"])
    return ["%s%s%s（%s%s%s%s）%s" % (lead_of(rng, R), R["Wt"], R["T"], word, R["newp"], items_of(rng, R, "、" if rng.random() < 0.6 else "，"), R["suffix"], tail)]


MARKS = [["①", "②", "③", "④", "⑤", "⑥", "⑦"], ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）", "（7）"],
         ["1.", "2.", "3.", "4.", "5.", "6.", "7."], ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"],
         ["一是", "二是", "三是", "四是", "五是", "六是", "七是"], ["—", "—", "—", "—", "—", "—", "—"]]


def r_lines(rng, R):
    intro = R["intro"] or rng.choice(["其中", "分类情况如下", "具体构成如下", "分别为"])
    l1 = "%s%s%s，%s%s：" % (lead_of(rng, R), R["Wt"], R["T"], intro, R["newp"])
    mk = rng.choice(MARKS)
    colon = rng.choice(["：", " ", "", "："])
    out = [l1]
    n = len(R["names"])
    for i, (nm, p) in enumerate(zip(R["names"], R["P"])):
        out.append("%s%s%s%s%s" % (mk[i], nm, colon, p, "。" if i == n - 1 else rng.choice(["；", "；", ""])))
    return out


def r_sentences(rng, R):
    out = []
    if R["intro"]:
        out.append("%s%s以下几类：" % (R["intro"], R["newp"]))
    elif R["cum"]:
        out.append("%d年新增情况如下：" % R["year"])
    pat = rng.randrange(3)
    for nm, p in zip(R["names"], R["P"]):
        if pat == 0:
            out.append("%s方面，%s%s。" % (nm, R["W"], p))
        elif pat == 1:
            out.append("在%s方面，%s%s。" % (nm, rng.choice(["完成", "实现", "累计完成", "共"]), p) if not R["cum"] else "在%s方面，新增%s。" % (nm, p))
        else:
            out.append("%s：%s。" % (nm, p))
    word = "" if R["cum"] or R["approx"] else rng.choice(["以上合计", "全年共计", "上述各项合计", "总计"])
    out.append("%s%s%s。" % (word, R["Wt"], R["T"]))
    return out


def r_table(rng, R):
    sep = rng.choice(["\t", " | ", "｜", "  ", "|"])
    c1 = rng.choice(["类别", "项目", "分类", "指标"])
    if R["partial"]:
        c1 = "主要" + c1
    unit = R["unit"]
    title = "表%d  %s%d年%s情况（单位：%s）" % (rng.randint(1, 9), R["org"], R["year"], R["W"], unit)
    hdr = c1 + sep + rng.choice(["数量", "完成数", R["year"] and "%d年" % R["year"]])
    rows = []
    pre = "其中：" if R["overlap"] else ""
    for nm, p in zip(R["names"], R["Pn"]):
        rows.append(pre + nm + sep + p)
    tl = "全部合计" if R["partial"] else rng.choice(["合计", "总计", "合 计", "全市合计"])
    trow = tl + sep + R["Tn"]
    if R["overlap"] or rng.random() < 0.5:
        body = [trow] + rows
    else:
        body = rows + [trow]
    return [title, hdr] + body


RENDERS = {
    "qizhong": (r_qizhong, ["等", "主要有", "其中较多的是", "数量较多的是"], ["partial", "approx", "overlap", "cumulative", "identifier", "two_wholes"]),
    "heji": (r_heji, ["等", "主要有"], ["partial", "approx", "cumulative", "identifier", "two_wholes"]),
    "fenbiewei": (r_fenbiewei, ["主要有", "其中较多的是", "数量较多的是"], ["partial", "approx", "overlap", "cumulative", "identifier"]),
    "brackets": (r_brackets, ["等", "主要有", "其中较多的是"], ["partial", "approx", "overlap", "cumulative", "identifier"]),
    "lines": (r_lines, ["主要有", "其中较多的是", "数量较多的是"], ["partial", "approx", "overlap", "identifier", "two_wholes"]),
    "sentences": (r_sentences, ["主要有"], ["partial", "approx", "cumulative", "identifier"]),
    "table": (r_table, ["主要"], ["partial", "approx", "overlap", "identifier"]),
}


def whole_case(rng, src, label, fmt, rname):
    render, pmarks, kinds = RENDERS[rname]
    S = SRC[src]
    nf = NF(rng, fmt)
    year = rng.randint(2019, 2024)
    W = W_pick(rng, src, need_int=(fmt == "cn"), small=(fmt == "cn"))
    name, unit, _, lo, hi, dec = W
    pn = parts_for(rng, src, W)
    kind = rng.choice(kinds) if label == "negative" else None
    if kind == "partial" and len(pn) < 3:
        kind = "approx"
    kmin = 3 if kind == "partial" else 2
    k = rng.randint(min(kmin, len(pn)), min(5, len(pn)))
    names = rng.sample(pn, k)
    tot = rng.randint(max(lo * 10 ** dec, k * 3), hi * 10 ** dec)
    parts = split(rng, tot, k)
    R = dict(org=S["org"](rng), W=name, Wt=name, unit=unit, year=year, intro="", suffix="", newp="", cum=False,
             approx=False, partial=False, overlap=False)
    checks, note, extra = [], "", []
    ts = nf.u(tot, dec)
    T = ts + unit
    Tn = ts
    if kind == "overlap":
        ow = rng.choice(S["overlap"])
        R["W"] = R["Wt"] = ow[0]
        R["unit"] = unit = ow[1]
        dec = 0
        tot = rng.randint(ow[3], ow[4])
        names = rng.sample(ow[2], rng.randint(2, min(4, len(ow[2]))))
        while True:
            parts = [max(1, int(tot * rng.uniform(0.08, 0.7))) for _ in names]
            if sum(parts) != tot:
                break
        ts = nf.u(tot, 0)
        T, Tn = ts + unit, ts
        R["overlap"] = True
    Ps = [nf.u(p, dec) for p in parts]
    if label == "inconsistent":
        which = rng.randrange(k + 1)
        if which == 0:
            nt = bump(rng, tot)
            ts2 = nf.u(nt, dec)
            note = "total changed %s->%s" % (ts, ts2)
            ts = ts2
            T, Tn = ts + unit, ts
        else:
            np_ = bump(rng, parts[which - 1])
            note = "part %s changed %s->%s" % (names[which - 1], Ps[which - 1], nf.u(np_, dec))
            Ps[which - 1] = nf.u(np_, dec)
        checks.append(c_sum(ts, Ps))
    elif label == "consistent":
        checks.append(c_sum(ts, Ps))
        note = "%d parts add up to the total" % k
    else:
        if kind == "partial":
            keep = rng.randint(2, k - 1)
            names, Ps = names[:keep], Ps[:keep]
            mk = rng.choice(pmarks)
            if mk == "等":
                R["suffix"] = "等"
            elif mk == "主要":
                R["partial"] = True
            else:
                R["intro"] = mk
            checks.append(c_neg("partial_list", mk, [ts] + Ps, c_sum(ts, Ps)))
            note = "partial list marked by %s: %d of %d parts shown" % (mk, keep, k)
        elif kind == "approx":
            ap = approx_total(rng, tot, dec)
            if ap is None:
                ap = ("约", None)
            mk, a = ap
            if a is None:
                mk, a = "余", 0  # fallback below
                kind = "identifier"
            else:
                an = nf.u(a, 0)
                if mk == "约":
                    T, Tn = "约" + an + unit, "约" + an
                elif mk == "近":
                    T, Tn = "近" + an + unit, "近" + an
                elif mk == "超过":
                    T, Tn = "超过" + an + unit, "超过" + an
                elif mk == "余":
                    T, Tn = an + "余" + unit, an + "余"
                else:
                    T, Tn = an + unit + "左右", an + "左右"
                R["approx"] = True
                checks.append(c_neg("approx_total", mk, [an] + Ps, c_sum(an, Ps)))
                note = "approximate total (%s) against exact parts" % mk
        elif kind == "overlap":
            checks.append(c_neg("overlapping_subsets", names[0], [ts] + Ps, c_sum(ts, Ps)))
            note = "overlapping subsets of one whole"
        elif kind == "cumulative":
            prev = rng.randint(max(1, tot // 5), tot * 2)
            ct = tot + prev
            ts = nf.u(ct, dec)
            T, Tn = ts + unit, ts
            R["cum"] = True
            R["Wt"] = "累计" + name
            R["newp"] = "%d年新增" % year
            checks.append(c_neg("cumulative_vs_new", "累计", [ts] + Ps, c_sum(ts, Ps)))
            note = "cumulative total vs parts added this year"
        if kind == "identifier":
            checks.append(c_sum(ts, Ps))
            sent, m = ident(rng, src, year)
            extra.append(sent)
            checks.append(c_neg("identifier", m, []))
            note = "consistent list plus identifier-like %s" % m
        elif kind == "two_wholes":
            checks.append(c_sum(ts, Ps))
            W2 = rng.choice([w for w in S["wholes"] if w[0] != name] or [W])
            t2 = rng.randint(W2[3] * 10 ** W2[5], W2[4] * 10 ** W2[5])
            if t2 == tot:
                t2 += 1
            s2 = nf.u(t2, W2[5])
            extra.append("同期%s%s%s。" % (W2[0], s2, W2[1]))
            checks.append(c_neg("two_wholes", W2[0], [s2] + Ps, c_sum(s2, Ps)))
            note = "second, different whole stated next to the parts"
    R.update(T=T, Tn=Tn, names=names, P=[p + unit for p in Ps], Pn=Ps)
    lines = render(rng, R)
    if extra:
        if rng.random() < 0.5 and len(lines) == 1:
            lines = [lines[0] + extra[0]]
        else:
            lines = lines + extra
    return lines, checks, note


# ----------------------------------------------------------------------------
# totals: custom constructions
# ----------------------------------------------------------------------------
def t_gender(rng, src, label, fmt):
    nf = NF(rng, fmt)
    name, unit = rng.choice(GENDER[src])
    tot = rng.randint(40, 4000)
    m, f = split(rng, tot, 2)
    ms, fs, ts = nf.u(m), nf.u(f), nf.u(tot)
    kind = rng.choice(["overlap", "approx", "single_subset", "identifier"]) if label == "negative" else None
    note, extra, checks = "", [], []
    if label == "inconsistent":
        w = rng.randrange(3)
        if w == 0:
            ts2 = nf.u(bump(rng, tot)); note = "total changed %s->%s" % (ts, ts2); ts = ts2
        elif w == 1:
            ms2 = nf.u(bump(rng, m)); note = "male count changed %s->%s" % (ms, ms2); ms = ms2
        else:
            fs2 = nf.u(bump(rng, f)); note = "female count changed %s->%s" % (fs, fs2); fs = fs2
    mw, fw = rng.choice([("男性", "女性"), ("男", "女"), ("男性", "女性")])
    if kind == "overlap":
        attrs = rng.sample(["少数民族", "35岁以下", "中共党员", "本科以上学历", "外地户籍"], 2)
        vals = [rng.randint(max(1, tot // 10), tot * 3 // 4) for _ in attrs]
        vs = [nf.u(v) for v in vals]
        body = "%s%s%s，其中%s%s%s、%s%s%s、%s%s%s。" % (name, ts, unit, fw, fs, unit, attrs[0], vs[0], unit, attrs[1], vs[1], unit)
        checks.append(c_neg("overlapping_subsets", attrs[0], [ts, fs] + vs, c_sum(ts, [fs] + vs)))
        note = "female and other attributes overlap"
        return [body], checks, note
    if kind == "single_subset":
        body = "%s%s%s，其中%s%s%s。" % (name, ts, unit, fw, fs, unit)
        checks.append(c_neg("single_subset", "其中", [ts, fs], c_sum(ts, [fs])))
        return [body], checks, "only one subset given after 其中"
    T = ts + unit
    if kind == "approx":
        ap = approx_total(rng, tot, 0)
        if ap is None:
            kind = "identifier"
        else:
            mk, a = ap
            an = nf.u(a)
            T = {"约": "约" + an + unit, "近": "近" + an + unit, "超过": "超过" + an + unit,
                 "余": an + "余" + unit, "左右": an + unit + "左右"}[mk]
            checks.append(c_neg("approx_total", mk, [an, ms, fs], c_sum(an, [ms, fs])))
            note = "approximate total (%s)" % mk
    if kind != "approx":
        checks.append(c_sum(ts, [ms, fs]))
        note = note or "male + female = total"
    pat = rng.randrange(4)
    if pat == 0:
        body = "%s%s，其中%s%s%s、%s%s%s。" % (name, T, mw, ms, unit, fw, fs, unit)
    elif pat == 1:
        body = "%s：%s%s%s，%s%s%s，%s%s。" % (name, mw, ms, unit, fw, fs, unit, rng.choice(["合计", "共计", "共"]), T)
    elif pat == 2:
        body = "%s%s（%s%s%s、%s%s%s）。" % (name, T, mw, ms, unit, fw, fs, unit)
    else:
        body = "%s%s，%s、%s分别为%s%s和%s%s。" % (name, T, mw, fw, ms, unit, fs, unit)
    if kind == "identifier":
        sent, mk = ident(rng, src, 2023)
        checks.append(c_neg("identifier", mk, []))
        body += sent
        note = "consistent split plus identifier %s" % mk
    return [body], checks, note


def wan_str(nf, w):
    """w in 万 units (int). returns text number with multiplier (e.g. '1.26亿' or '4800万')."""
    if w >= 10000 and w % 100 == 0:
        v = D(w) / D(10000)
        s = format(v.normalize(), "f")
        return (s.translate(FWT) if nf.mode == "fw" else s) + "亿"
    return nf.u(w) + "万"


def t_wan_yi(rng, src, label, fmt):
    nf = NF(rng, fmt)
    name, pn = rng.choice(MONEY[src])
    k = rng.randint(2, min(5, len(pn)))
    names = rng.sample(pn, k)
    tot = rng.randint(120, 900) * 100  # 万 -> 亿 with two decimals
    if rng.random() < 0.3:
        tot = rng.randint(1200, 9000) * 10
    parts = split(rng, tot, k, minp=50)
    if rng.random() < 0.4:  # round a big part to whole 亿 hundreds
        i = max(range(k), key=lambda j: parts[j])
        j = min(range(k), key=lambda j: parts[j])
        r = parts[i] % 100
        if parts[i] >= 10000 and parts[j] > r + 50:
            parts[i] -= r; parts[j] += r
    def fmt_tot(t):
        v = D(t) / D(10000)
        s = format(v.normalize(), "f")
        return (s.translate(FWT) if nf.mode == "fw" else s) + "亿"
    ts = fmt_tot(tot)
    Ps = [wan_str(nf, p) for p in parts]
    kind = rng.choice(["partial", "approx", "identifier"]) if label == "negative" else None
    if kind == "partial" and k < 3:
        kind = "approx"
    checks, note, suffix, intro = [], "", "", "其中"
    if label == "inconsistent":
        w = rng.randrange(k + 1)
        if w == 0:
            nt = tot + rng.choice([-1, 1]) * rng.randint(1, 30) * 100
            ts2 = fmt_tot(nt); note = "total changed %s->%s" % (ts, ts2); ts = ts2
        else:
            p = parts[w - 1]
            np_ = p + rng.choice([-1, 1]) * max(10, int(p * rng.uniform(0.03, 0.2)) // 10 * 10)
            if np_ <= 0:
                np_ = p + 100
            p2 = wan_str(nf, np_); note = "part changed %s->%s" % (Ps[w - 1], p2); Ps[w - 1] = p2
        checks.append(c_sum(ts, Ps))
    elif kind == "partial":
        keep = rng.randint(2, k - 1)
        names, Ps = names[:keep], Ps[:keep]
        mk = rng.choice(["等", "主要有"])
        if mk == "等":
            suffix = "等"
        else:
            intro = "其中主要有"
        checks.append(c_neg("partial_list", mk, [ts] + Ps, c_sum(ts, Ps)))
        note = "partial list of funding sources (%s)" % mk
    elif kind == "approx":
        a = int(q(D(tot) / 1000, 0))  # 0.1亿 resolution
        if a * 1000 == tot:
            a += 1
        mk = rng.choice(["约", "近", "超过"]) if a * 1000 > tot else rng.choice(["约", "超过"])
        if mk == "近" and a * 1000 < tot:
            mk = "约"
        ts = (format((D(a) / 10).normalize(), "f")) + "亿"
        checks.append(c_neg("approx_total", mk, [ts] + Ps, c_sum(ts, Ps)))
        note = "approximate total in 亿 vs exact parts in 万"
        ts_txt = mk + ts
    else:
        checks.append(c_sum(ts, Ps))
        note = note or "total in 亿, parts in 万 (and 亿)"
    T = (ts_txt if kind == "approx" else ts) + "元"
    items = "、".join("%s%s元" % (n, p) for n, p in zip(names, Ps))
    pat = rng.randrange(3)
    if pat == 0 or kind == "partial" and intro != "其中":
        body = "%s%s，%s%s%s。" % (name, T, intro, items, suffix)
    elif pat == 1:
        body = "%s%s，%s%s。" % (items + suffix, "，合计" if kind != "approx" else "，共", name, T)
        body = "%s，%s%s%s。" % (items + suffix, "合计" if kind != "approx" else "", name, T)
    else:
        body = "%s%s（%s%s）。" % (name, T, "含" if rng.random() < 0.5 else "其中", items + suffix)
    lines = [body]
    if kind == "identifier":
        sent, mk = ident(rng, src, 2023)
        checks.append(c_neg("identifier", mk, []))
        lines.append(sent)
        note = "consistent 亿/万 split plus identifier %s" % mk
    return lines, checks, note


def t_two_year(rng, src, label, fmt):
    nf = NF(rng, fmt)
    S = SRC[src]
    W = W_pick(rng, src)
    name, unit, _, lo, hi, dec = W
    pn = parts_for(rng, src, W)
    kind = rng.choice(["partial", "identifier"]) if label == "negative" else None
    k = rng.randint(min(3, len(pn)), min(4 if kind == "identifier" else 5, len(pn)))
    names = rng.sample(pn, k)
    y = rng.randint(2020, 2024)
    t1 = rng.randint(lo * 10 ** dec, hi * 10 ** dec)
    t2 = max(k * 3, int(t1 * rng.uniform(0.8, 1.3)))
    p1, p2 = split(rng, t1, k), split(rng, t2, k)
    c1 = [nf.u(x, dec) for x in p1]; c2 = [nf.u(x, dec) for x in p2]
    s1, s2 = nf.u(t1, dec), nf.u(t2, dec)
    note = "two year columns each add up"
    checks = []
    if label == "inconsistent":
        col = rng.randrange(2); w = rng.randrange(k + 1)
        cells, tots = (c1, p1) if col == 0 else (c2, p2)
        if w == 0:
            nv = nf.u(bump(rng, t1 if col == 0 else t2), dec)
            note = "total of column %d changed to %s" % (col + 1, nv)
            if col == 0: s1 = nv
            else: s2 = nv
        else:
            nv = nf.u(bump(rng, tots[w - 1]), dec)
            note = "cell %s col %d changed %s->%s" % (names[w - 1], col + 1, cells[w - 1], nv)
            cells[w - 1] = nv
    if kind == "partial":
        keep = rng.randint(2, k - 1)
        names, c1, c2 = names[:keep], c1[:keep], c2[:keep]
        checks.append(c_neg("partial_list", "主要", [s1] + c1, c_sum(s1, c1)))
        checks.append(c_neg("partial_list", "主要", [s2] + c2, c_sum(s2, c2)))
        note = "table lists main categories only"
    else:
        checks += [c_sum(s1, c1), c_sum(s2, c2)]
    sep = rng.choice(["\t", " | ", "｜", "  "])
    c0 = ("主要" if kind == "partial" else "") + rng.choice(["项目", "类别", "指标"])
    out = ["%s近两年%s情况（单位：%s）" % (S["org"](rng), name, unit), sep.join([c0, "%d年" % (y - 1), "%d年" % y])]
    rows = [sep.join([n, a, b]) for n, a, b in zip(names, c1, c2)]
    tr = sep.join(["全部合计" if kind == "partial" else rng.choice(["合计", "总计"]), s1, s2])
    out += ([tr] + rows) if rng.random() < 0.5 else (rows + [tr])
    if kind == "identifier":
        sent, mk = ident(rng, src, y)
        checks.append(c_neg("identifier", mk, []))
        out.append(sent)
        note = "consistent two-year table plus identifier %s" % mk
    return out, checks, note


def count_str(rng, n):
    return cn_int(n) if rng.random() < 0.65 else str(n)


def t_items(rng, src, label, fmt):
    nf = NF(rng, fmt)
    S = SRC[src]
    k = rng.randint(3, 6)
    items = rng.sample(S["items"], k)
    mk = rng.choice(MARKS[:5])
    withnum = rng.random() < 0.5
    unit = rng.choice(["次", "项", "家次", "场"])
    vals = [rng.randint(3, 400) for _ in range(k)]
    tot = sum(vals)
    kind = "partial" if label == "negative" else None
    shown = k
    note = "announced count matches items"
    checks = []
    cnt = k
    vs = [nf.u(v) for v in vals]
    ts = nf.u(tot)
    if label == "inconsistent":
        if withnum and rng.random() < 0.5:
            w = rng.randrange(k + 1)
            if w == 0:
                ts = nf.u(bump(rng, tot)); note = "total changed to %s" % ts
            else:
                vs[w - 1] = nf.u(bump(rng, vals[w - 1])); note = "item %d number changed to %s" % (w, vs[w - 1])
        else:
            cnt = k + rng.choice([-2, -1, 1, 1, 2])
            if cnt < 2: cnt = k + 1
            note = "announced %d items but %d listed" % (cnt, k)
    if kind == "partial":
        cnt = k
        shown = rng.randint(2, k - 1)
        note = "主要有: %d of %d announced items listed" % (shown, k)
    cs = count_str(rng, cnt)
    meas = rng.choice(["项", "个方面", "项重点工作", "个专项行动"])
    head = "%s%d年%s%s%s%s%s" % (S["org"](rng), rng.randint(2019, 2024), rng.choice(["重点抓好", "组织开展", "着力推进", "围绕中心工作部署"]), cs, meas,
                               ("，共完成%s%s" % (ts, unit)) if withnum else "", "，主要有：" if kind == "partial" else "：")
    marks = mk[:shown]
    parts = []
    for i in range(shown):
        t = "%s%s" % (marks[i], items[i])
        if withnum:
            t += rng.choice(["，完成%s%s", "，开展%s%s", "（%s%s）"]) % (vs[i], unit)
        parts.append(t)
    if kind == "partial":
        checks.append(c_neg("partial_items", "主要有", [cs], {"rel": "count_items", "count": cs, "items": marks}))
        if withnum:
            checks.append(c_neg("partial_list", "主要有", [ts] + vs[:shown], c_sum(ts, vs[:shown])))
    else:
        checks.append({"rel": "count_items", "count": cs, "items": marks})
        if withnum:
            checks.append(c_sum(ts, vs))
    if rng.random() < 0.5 and k <= 5:
        return [head] + [p + ("。" if i == shown - 1 else "；") for i, p in enumerate(parts)], checks, note
    return [head + "；".join(parts) + "。"], checks, note


def t_names(rng, src, label, fmt):
    S = SRC[src]
    fn, meas, noun = S["names"]
    k = rng.randint(2, 6)
    names = uniq(rng, fn, k)
    n = k
    deng = rng.random() < 0.5
    note = "named list count matches"
    if label == "inconsistent":
        if deng:
            n = rng.randint(1, k - 1) if k > 2 else 1
            note = "等%d but %d names listed" % (n, k)
        else:
            n = k + rng.choice([-1, 1, 2]) if k > 2 else k + 1
            note = "共%d but %d names listed" % (n, k)
    if label == "negative":
        deng = True
        n = k + rng.randint(2, 25)
        note = "partial list with 等: %d named of %d" % (k, n)
    ns = count_str(rng, n)
    lst = "、".join(names)
    verb = rng.choice(["对%s%s%s%s%s开展飞行检查", "确定%s%s%s%s%s为年度示范单位", "%s%s%s%s%s通过验收",
                       "组织%s%s%s%s%s签订目标责任书", "将%s%s%s%s%s纳入重点监管名单"])
    if deng:
        mid = "等"
    else:
        mid = rng.choice(["共", "这", "，共"])
        if mid == "这":
            mid = "共"
    body = verb % (lst, mid, ns, meas, noun) + "。"
    c = {"rel": "count_names", "count": ns, "names": names}
    checks = [c] if label != "negative" else [c_neg("partial_names", "等", [ns], c)]
    lines = [body]
    return lines, checks, note


def t_balance(rng, src, label, fmt):
    nf = NF(rng, fmt)
    typ, labels, unit, dec, lo, hi = rng.choice(BAL[src])
    checks = []
    if typ == "stock":
        a = rng.randint(lo * 10 ** dec, hi * 10 ** dec)
        b = rng.randint(1, max(2, a // 3))
        c = rng.randint(1, max(2, a // 5))
        vals = [a, b, c, a + b - c]
    else:
        inc = rng.randint(lo * 10 ** dec, hi * 10 ** dec)
        exp = int(inc * rng.uniform(0.55, 0.97))
        vals = [inc, exp, inc - exp]
    ss = [nf.u(v, dec) for v in vals]
    note = "balance holds"
    kind = rng.choice(["approx", "identifier"]) if label == "negative" else None
    if label == "inconsistent":
        w = rng.randrange(len(vals))
        ss[w] = nf.u(bump(rng, vals[w]), dec)
        note = "%s changed to %s" % (labels[w], ss[w])
    disp = list(ss)
    if kind == "approx":
        ap = approx_total(rng, vals[-1], dec)
        if ap is None:
            kind = "identifier"
        else:
            mk, av = ap
            an = nf.u(av, 0)
            ss[-1] = an
            disp[-1] = {"约": "约" + an, "近": "近" + an, "超过": "超过" + an, "余": an + "余", "左右": an}[mk]
            suffix_zy = "左右" if mk == "左右" else ""
    if typ == "stock":
        rel = {"rel": "balance", "plus": [ss[0], ss[1]], "minus": [ss[2]], "result": ss[3]}
    else:
        rel = {"rel": "balance", "plus": [ss[0]], "minus": [ss[1]], "result": ss[2]}
    if kind == "approx":
        checks.append(c_neg("approx_total", mk, [ss[-1]], rel))
        note = "approximate result (%s)" % mk
    else:
        checks.append(rel)
    zy = suffix_zy if kind == "approx" else ""
    pat = rng.randrange(3)
    if pat == 0:
        body = "，".join("%s%s%s" % (l, d, unit) for l, d in zip(labels, disp)) + zy + "。"
        lines = [body]
    elif pat == 1:
        lines = ["%s：%s%s%s" % (l, d, unit, zy if i == len(labels) - 1 else "") for i, (l, d) in enumerate(zip(labels, disp))]
    else:
        sep = rng.choice(["\t", " | ", "｜"])
        lines = [sep.join(["项目", "金额（%s）" % unit if "元" in unit else "数量（%s）" % unit])] + \
                [sep.join([l, d + (zy if i == len(labels) - 1 else "")]) for i, (l, d) in enumerate(zip(labels, disp))]
    if kind == "identifier":
        sent, mk2 = ident(rng, src, 2023)
        checks.append(c_neg("identifier", mk2, []))
        lines.append(sent)
        note = "consistent balance plus identifier %s" % mk2
    return lines, checks, note


def t_increase(rng, src, label, fmt):
    nf = NF(rng, fmt)
    metric, unit, lo, hi, dec = rng.choice(SRC[src]["growth"])
    a = rng.randint(lo * 10 ** dec, hi * 10 ** dec)
    up = rng.random() < 0.75
    b = int(a * (rng.uniform(1.05, 1.6) if up else rng.uniform(0.5, 0.95)))
    if b == a:
        b += 1
    c = abs(b - a)
    sa, sb, sc = nf.u(a, dec), nf.u(b, dec), nf.u(c, dec)
    note = "from A to B, change C holds"
    kind = rng.choice(["approx", "identifier"]) if label == "negative" else None
    if label == "inconsistent":
        if rng.random() < 0.6:
            sc = nf.u(bump(rng, c), dec); note = "change changed to %s" % sc
        else:
            sb = nf.u(bump(rng, b), dec); note = "new value changed to %s" % sb
    cdisp = sc
    if kind == "approx":
        ap = approx_total(rng, c, dec)
        if ap is None or ap[0] == "左右":
            kind = "identifier"
        else:
            mk, av = ap
            sc = nf.u(av, 0)
            cdisp = {"约": "约" + sc, "近": "近" + sc, "超过": "超过" + sc, "余": sc + "余"}[mk]
    rel = {"rel": "balance", "plus": [sb], "minus": [sa], "result": sc} if up else {"rel": "balance", "plus": [sa], "minus": [sb], "result": sc}
    if kind == "approx":
        checks = [c_neg("approx_total", mk, [sa, sb, sc], rel)]
        note = "approximate change (%s)" % mk
    else:
        checks = [rel]
    if up:
        tpl = rng.choice(["%s由%s%s增加到%s%s、增加%s%s。", "%s从%s%s增至%s%s，净增%s%s。", "%s由上年的%s%s提高到%s%s，增加了%s%s。",
                          "%s由%s%s增长到%s%s，增加%s%s。"])
    else:
        tpl = rng.choice(["%s由%s%s减少到%s%s，减少%s%s。", "%s从%s%s降至%s%s，下降%s%s。", "%s由上年的%s%s回落到%s%s，减少了%s%s。"])
    body = tpl % (metric, sa, unit, sb, unit, cdisp, unit)
    lines = [body]
    if kind == "identifier":
        sent, mk2 = ident(rng, src, 2023)
        checks.append(c_neg("identifier", mk2, []))
        lines.append(sent)
        note = "consistent change plus identifier %s" % mk2
    return lines, checks, note


def t_subtotals(rng, src, label, fmt):
    nf = NF(rng, fmt)
    S = SRC[src]
    W = W_pick(rng, src, need_int=True)
    name, unit, _, lo, hi, dec = W
    g = rng.choice([("市本级", "各县（市、区）"), ("中心城区", "县域"), ("北片区", "南片区"), ("一季度至二季度", "三季度至四季度")])
    tot = rng.randint(max(lo, 60), max(hi, 200))
    sub = split(rng, tot, 2, minp=20)
    ka, kb = rng.randint(2, 3), rng.randint(2, 3)
    pa, pb = split(rng, sub[0], ka), split(rng, sub[1], kb)
    na = uniq(rng, lambda r: place(r) + r.choice(["区", "县", "街道", "镇"]), ka + kb)
    sa, sb = [nf.u(x) for x in pa], [nf.u(x) for x in pb]
    s1, s2, ts = nf.u(sub[0]), nf.u(sub[1]), nf.u(tot)
    note = "subtotals and grand total hold"
    kind = rng.choice(["approx", "identifier"]) if label == "negative" else None
    if label == "inconsistent":
        w = rng.randrange(3)
        if w == 0:
            ts = nf.u(bump(rng, tot)); note = "grand total changed to %s" % ts
        elif w == 1:
            i = rng.randrange(ka); sa[i] = nf.u(bump(rng, pa[i])); note = "leaf in group 1 changed to %s" % sa[i]
        else:
            i = rng.randrange(kb); sb[i] = nf.u(bump(rng, pb[i])); note = "leaf in group 2 changed to %s" % sb[i]
    T = ts + unit
    checks = [c_sum(s1, sa), c_sum(s2, sb)]
    if kind == "approx":
        ap = approx_total(rng, tot, 0)
        if ap is None or ap[0] == "左右":
            kind = "identifier"
        else:
            mk, av = ap
            ts = nf.u(av)
            T = {"约": "约" + ts, "近": "近" + ts, "超过": "超过" + ts, "余": ts + "余"}[mk] + unit
            checks.append(c_neg("approx_total", mk, [ts, s1, s2], c_sum(ts, [s1, s2])))
            note = "approximate grand total (%s), exact subtotals" % mk
    if kind != "approx":
        checks.append(c_sum(ts, [s1, s2]))
    ga = "、".join("%s%s%s" % (n, v, unit) for n, v in zip(na[:ka], sa))
    gb = "、".join("%s%s%s" % (n, v, unit) for n, v in zip(na[ka:], sb))
    pat = rng.randrange(3)
    if pat == 0:
        lines = ["%s%s%s，其中%s%s%s（%s），%s%s%s（%s）。" % (S["org"](rng), name, T, g[0], s1, unit, ga, g[1], s2, unit, gb)]
    elif pat == 1:
        lines = ["%s：%s，小计%s%s；" % (g[0], ga, s1, unit), "%s：%s，小计%s%s；" % (g[1], gb, s2, unit), "%s总计%s。" % (name, T)]
    else:
        lines = ["%s%s%s：" % (name, rng.choice(["共", "合计"]) if kind != "approx" else "", T),
                 "%s%s%s，分别为%s；" % (g[0], s1, unit, ga), "%s%s%s，分别为%s。" % (g[1], s2, unit, gb)]
    if kind == "identifier":
        sent, mk2 = ident(rng, src, 2023)
        checks.append(c_neg("identifier", mk2, []))
        lines.append(sent)
        note = "consistent subtotals plus identifier %s" % mk2
    return lines, checks, note


QN = ["一季度", "二季度", "三季度", "四季度"]


def t_quarters(rng, src, label, fmt):
    nf = NF(rng, fmt)
    metric, unit, lo, hi, dec = rng.choice(SRC[src]["growth"])
    months = rng.random() < 0.35
    k = 12 if months else 4
    tot = rng.randint(max(lo * 10 ** dec, 40 * k), hi * 10 ** dec)
    parts = split(rng, tot, k)
    ps = [nf.u(p, dec) for p in parts]
    ts = nf.u(tot, dec)
    note = "periods add up to the year"
    kind = rng.choice(["approx", "two_wholes", "identifier"]) if label == "negative" else None
    if kind == "two_wholes" and months:
        kind = "approx"
    if label == "inconsistent":
        w = rng.randrange(k + 1)
        if w == 0:
            ts = nf.u(bump(rng, tot), dec); note = "annual total changed to %s" % ts
        else:
            ps[w - 1] = nf.u(bump(rng, parts[w - 1]), dec); note = "period %d changed to %s" % (w, ps[w - 1])
    checks = []
    Tw = ts + unit
    year = rng.randint(2019, 2024)
    if kind == "two_wholes":
        s3 = nf.u(sum(parts[:3]), dec)
        line = "%d年%s%s%s、%s%s、%s%s，1—9月累计%s%s；全年%s%s%s。" % (year, metric, QN[0], ps[0] + unit, QN[1], ps[1] + unit, QN[2], ps[2] + unit, s3, unit,
                                                              rng.choice(["完成", "实现", ""]), ts, unit)
        checks = [c_sum(s3, ps[:3]), c_neg("two_wholes", "1—9月", [ts] + ps[:3], c_sum(ts, ps[:3]))]
        return [line], checks, "1-9 month total vs full-year total"
    if kind == "approx":
        ap = approx_total(rng, tot, dec)
        if ap is None or ap[0] == "左右":
            kind = "identifier"
        else:
            mk, av = ap
            an = nf.u(av, 0)
            Tw = {"约": "约" + an, "近": "近" + an, "超过": "超过" + an, "余": an + "余"}[mk] + unit
            checks.append(c_neg("approx_total", mk, [an] + ps, c_sum(an, ps)))
            note = "approximate annual total (%s)" % mk
    if kind != "approx":
        checks.append(c_sum(ts, ps))
    if months:
        if rng.random() < 0.5:
            sep = rng.choice([" | ", "\t", "｜"])
            lines = ["%d年各月%s（%s）" % (year, metric, unit), sep.join(["%d月" % (i + 1) for i in range(12)] + ["全年"]),
                     sep.join(ps + [Tw[:-len(unit)] if Tw.endswith(unit) else Tw])]
        else:
            lines = ["%d年1—12月%s分别为%s%s，全年%s。" % (year, metric, "、".join(ps), unit, Tw)]
    else:
        pat = rng.randrange(3)
        if pat == 0:
            lines = ["%d年%s：%s，全年%s%s。" % (year, metric, "、".join("%s%s%s" % (QN[i], ps[i], unit) for i in range(4)),
                                            "合计" if kind != "approx" else "", Tw)]
        elif pat == 1:
            lines = ["%d年全年%s%s，一至四季度分别为%s%s。" % (year, metric, Tw, "、".join(ps), unit)]
        else:
            lines = ["%d年%s分季度情况：" % (year, metric)] + ["%s：%s%s" % (QN[i], ps[i], unit) for i in range(4)] + ["全年：%s" % Tw]
    if kind == "identifier":
        sent, mk2 = ident(rng, src, year)
        checks.append(c_neg("identifier", mk2, []))
        lines.append(sent)
        note = "consistent periods plus identifier %s" % mk2
    return lines, checks, note


# ----------------------------------------------------------------------------
# pct family
# ----------------------------------------------------------------------------
def gen_rate(rng, Nlo, Nhi, rlo, rhi, d, cap100=True):
    for _ in range(2000):
        N = rng.randint(Nlo, Nhi)
        M = int(round(N * rng.uniform(rlo, rhi) / 100))
        if M <= 0 or (cap100 and M >= N):
            continue
        ex = D(M) * 100 / D(N)
        if is_tie(ex, d):
            continue
        return N, M, q(ex, d)
    raise RuntimeError("gen_rate")


def rate_spec(rng, src):
    return rng.choice(SRC[src]["rates"])


def rate_chk(num, den, rate):
    return {"rel": "rate", "num": num, "den": den, "rate": rate}


def neg_pct(rng, src, kind, nf):
    """standalone pct look-alikes. returns lines, checks, note."""
    S = SRC[src]
    year = rng.randint(2019, 2024)
    if kind == "growth_over_100":
        metric, unit, lo, hi, dec = rng.choice(S["growth"])
        for _ in range(500):
            old = rng.randint(lo * 10 ** dec, max(lo * 10 ** dec + 10, hi * 10 ** dec // 3))
            new = int(old * rng.uniform(2.05, 4.6))
            d = rng.choice([1, 1, 2])
            ex = D(new - old) * 100 / D(old)
            if not is_tie(ex, d):
                break
        g = nf.pct(q(ex, d), d)
        so, sn = nf.u(old, dec), nf.u(new, dec)
        body = rng.choice(["%s%s%s，较上年的%s%s增长%s。", "%s达到%s%s，比上年（%s%s）增长%s，实现跨越式增长。"]) % (metric, sn, unit, so, unit, g)
        return [body], [{"rel": "growth", "old": so, "new": sn, "rate": g, "dir": "增长"}, c_neg("growth_over_100", g, [g])], "growth above 100% is real, not an error"
    if kind == "pp_no_base":
        rn = rng.choice(S["pp"])
        dd = nf.dec(D(rng.randint(3, 90)) / 10, 1)
        body = rng.choice(["%s较上年提高%s个百分点。", "%s同比提升%s个百分点，创历史新高。", "%s比上年下降%s个百分点。"]) % (rn, dd)
        return [body], [c_neg("pp_no_base", "个百分点", [dd])], "个百分点 change with no base rates"
    if kind == "overlap_shares":
        its = rng.sample(S["items"], 3)
        vals = [D(rng.randint(350, 900)) / 10 for _ in its]
        while sum(vals) <= 100:
            vals[0] += 10
        ss = [nf.pct(v, 1) for v in vals]
        body = "在%s组织的满意度调查中，%s的受访者认为应%s，%s认为应%s，%s认为应%s（可多选）。" % (S["org"](rng), ss[0], its[0], ss[1], its[1], ss[2], its[2])
        return [body], [c_neg("overlapping_shares", "可多选", ss, {"rel": "share_sum", "shares": ss, "total": "100"})], "multi-choice shares sum past 100"
    if kind == "permille":
        den, unit, num, rn, rlo, rhi, Nlo, Nhi = rate_spec(rng, src)
        v = D(rng.randint(5, 95)) / 10
        pm = "%s‰" % v
        N = nf.u(rng.randint(Nlo, Nhi))
        body = "%s%s%s，%s%s。" % (den, N, unit, rng.choice(["差错率控制在", "投诉率为", "事故率控制在", "不良事件发生率为"]), pm)
        return [body], [c_neg("permille", pm, [N, pm])], "per-mille rate, not a percentage, no numerator stated"
    if kind == "pct_no_base":
        den, unit, num, rn, rlo, rhi, Nlo, Nhi = rate_spec(rng, src)
        d = pick_d(rng)
        r = nf.pct(q(D(str(rng.uniform(rlo, rhi))), d), d)
        body = rng.choice(["%s%s%s，继续保持较高水平。", "全年%s稳定在%s%s以上。", "%s%s%s，群众满意度进一步提升。"]) % (rn, rng.choice(PCTWORD), r)
        body = body.replace("稳定在为", "稳定在").replace("稳定在达到", "稳定在").replace("稳定在达", "稳定在").replace("稳定在是", "稳定在")
        return [body], [c_neg("pct_no_base", r, [r])], "percentage with no base in the text"
    if kind == "rate_unstated":
        den, unit, num, rn, rlo, rhi, Nlo, Nhi = rate_spec(rng, src)
        d = pick_d(rng)
        N = nf.u(rng.randint(Nlo, Nhi))
        r = nf.pct(q(D(str(rng.uniform(rlo, rhi))), d), d)
        body = "全年%s%s%s，%s%s%s。" % (den, N, unit, rn, rng.choice(PCTWORD), r)
        return [body], [c_neg("rate_unstated", r, [N, r])], "rate whose numerator is not stated"
    if kind == "growth_no_base":
        metric, unit, lo, hi, dec = rng.choice(S["growth"])
        d = rng.choice([1, 1, 2])
        g = nf.pct(q(D(str(rng.uniform(1, 40))), d), d)
        sn = nf.u(rng.randint(lo * 10 ** dec, hi * 10 ** dec), dec)
        body = "%s%s%s，同比%s%s。" % (metric, sn, unit, rng.choice(["增长", "增长", "下降"]), g)
        return [body], [c_neg("growth_no_base", g, [sn, g])], "growth with no previous value"
    if kind == "per_no_base":
        tp, tu, cp, cu, pp_, pu, dd = S["per"][0][:7]
        clo, chi, alo, ahi = PER_X[src]
        v = nf.dec(D(str(rng.uniform(alo, ahi))), dd)
        cnt = nf.u(rng.randint(clo, chi))
        body = "%s%s%s，%s%s%s。" % (cp, cnt, cu, pp_, v, pu)
        return [body], [c_neg("per_no_base", pp_, [cnt, v])], "per-capita figure with no total stated"
    raise ValueError(kind)


def p_rate(rng, src, label, fmt, form):
    """single rate over one base: forms after/before/bracket/lines."""
    nf = NF(rng, fmt)
    den, unit, num, rn, rlo, rhi, Nlo, Nhi = rate_spec(rng, src)
    d = pick_d(rng)
    N, M, r = gen_rate(rng, Nlo, Nhi, rlo, rhi, d)
    sN, sM = nf.u(N), nf.u(M)
    note = "rate = %s/%s" % (sM, sN)
    if label == "inconsistent":
        wr = wrong_by(rng, r, d, cap=D(100))
        note = "rate %s stated as %s" % (r, wr)
        r = wr
    rs = nf.pct(r, d)
    w = rng.choice(PCTWORD)
    lead = rng.choice(["全年", "%d年，" % rng.randint(2019, 2024), "今年以来，", ""])
    if form == "after":
        body = rng.choice(["%s%s%s%s，%s%s%s，%s%s%s。" % (lead, den, sN, unit, num, sM, unit, rn, w, rs),
                           "%s%s%s%s，其中%s%s%s，%s%s%s。" % (lead, den, sN, unit, num, sM, unit, rn, w, rs),
                           "%s%s%s%s中，%s%s%s，%s%s。" % (lead, den, sN, unit, num, sM, unit, rn, rs)])
        lines = [body]
    elif form == "before":
        body = rng.choice(["%s%s%s%s，%s%s%s中%s%s%s。" % (lead, rn, w, rs, den, sN, unit, num, sM, unit),
                           "%s%s%s%s（%s%s%s，%s%s%s）。" % (lead, rn, rng.choice(["达到", "为"]), rs, den, sN, unit, num, sM, unit),
                           "%s以%s的%s位居全市前列，%s%s%s，%s%s%s。" % (lead, rs, rn, den, sN, unit, num, sM, unit)])
        lines = [body]
    elif form == "bracket":
        body = rng.choice(["%s%s%s%s，%s%s%s（占%s）。" % (lead, den, sN, unit, num, sM, unit, rs),
                           "%s%s%s%s，%s%s%s，占比%s。" % (lead, den, sN, unit, num, sM, unit, rs),
                           "%s%s%s%s，%s%s%s，占%s总数的%s。" % (lead, den, sN, unit, num, sM, unit, den, rs),
                           "%s%s%s%s（%s%s），%s%s%s。" % (lead, num, sM, unit, rn, rs, den, sN, unit)])
        lines = [body]
    else:  # lines
        sep = rng.choice(["：", "　", "\t", " | "])
        lines = ["%s%s%s%s" % (den, sep, sN, unit), "%s%s%s%s" % (num, sep, sM, unit), "%s%s%s" % (rn, sep, rs)]
        if rng.random() < 0.5:
            lines = [rng.choice(["主要指标完成情况", "核心数据一览", "附表：主要业务指标"])] + lines
    return lines, [rate_chk(sM, sN, rs)], note


def p_two_bases(rng, src, label, fmt):
    nf = NF(rng, fmt)
    specs = rng.sample(SRC[src]["rates"], 2)
    vals = []
    for sp in specs:
        den, unit, num, rn, rlo, rhi, Nlo, Nhi = sp
        d = pick_d(rng)
        N, M, r = gen_rate(rng, Nlo, Nhi, rlo, rhi, d)
        vals.append([nf.u(N), nf.u(M), r, d])
    note = "two rates over different bases"
    if label == "inconsistent":
        i = rng.randrange(2)
        wr = wrong_by(rng, vals[i][2], vals[i][3], cap=D(100))
        note = "rate %d stated as %s instead of %s" % (i + 1, wr, vals[i][2])
        vals[i][2] = wr
    rs = [nf.pct(v[2], v[3]) for v in vals]
    (d1, u1, n1, r1n, *_), (d2, u2, n2, r2n, *_) = specs
    if rng.random() < 0.6:
        body = "%s%s%s、%s%s%s，%s%s；%s%s%s、%s%s%s，%s%s。" % (d1, vals[0][0], u1, n1, vals[0][1], u1, r1n, rs[0],
                                                            d2, vals[1][0], u2, n2, vals[1][1], u2, r2n, rs[1])
    else:
        body = "%s%s%s和%s%s%s，分别占%s%s%s和%s%s%s的%s和%s。" % (n1, vals[0][1], u1, n2, vals[1][1], u2, d1, vals[0][0], u1, d2, vals[1][0], u2, rs[0], rs[1])
    return [body], [rate_chk(vals[0][1], vals[0][0], rs[0]), rate_chk(vals[1][1], vals[1][0], rs[1])], note


def p_pass_fail(rng, src, label, fmt):
    nf = NF(rng, fmt)
    den, unit, pw, fw, prn, frn, rlo, rhi = SRC[src]["pass_fail"][0]
    for _ in range(3000):
        d = pick_d(rng)
        N, M, r1 = gen_rate(rng, 60, 9000, rlo, rhi, d)
        F = N - M
        ex2 = D(F) * 100 / D(N)
        if is_tie(ex2, d):
            continue
        r2 = q(ex2, d)
        if r1 + r2 == 100:
            break
    sN, sM, sF = nf.u(N), nf.u(M), nf.u(F)
    note = "pass and fail rates over one base"
    if label == "inconsistent":
        if rng.random() < 0.5:
            r1 = wrong_by(rng, r1, d, cap=D(100)); note = "pass rate stated as %s" % r1
        else:
            r2 = wrong_by(rng, r2, d, cap=D(100)); note = "fail rate stated as %s" % r2
    s1, s2 = nf.pct(r1, d), nf.pct(r2, d)
    pat = rng.randrange(3)
    if pat == 0:
        body = "%s%s%s，%s%s%s、%s%s%s，%s%s，%s%s。" % (den, sN, unit, pw, sM, unit, fw, sF, unit, prn, s1, frn, s2)
    elif pat == 1:
        body = "%s%s%s，其中%s%s%s（%s%s），%s%s%s（%s%s）。" % (den, sN, unit, pw, sM, unit, prn, s1, fw, sF, unit, frn, s2)
    else:
        body = "%s%s%s，%s、%s分别为%s%s和%s%s，%s、%s分别为%s和%s。" % (den, sN, unit, pw, fw, sM, unit, sF, unit, prn, frn, s1, s2)
    checks = [c_sum(sN, [sM, sF]), rate_chk(sM, sN, s1), rate_chk(sF, sN, s2)]
    return [body], checks, note


def p_target(rng, src, label, fmt):
    nf = NF(rng, fmt)
    task, unit, lo, hi = SRC[src]["target"][0]
    d = pick_d(rng)
    for _ in range(1000):
        T = rng.randint(lo, hi)
        X = int(T * rng.uniform(0.85, 1.35))
        ex = D(X) * 100 / D(T)
        if X > 0 and X != T and not is_tie(ex, d):
            break
    r = q(ex, d)
    note = "completion %s of target" % r
    if label == "inconsistent":
        wr = wrong_by(rng, r, d)
        note = "completion stated as %s instead of %s" % (wr, r)
        r = wr
    sT, sX, rs = nf.u(T), nf.u(X), nf.pct(r, d)
    pat = rng.randrange(3)
    if pat == 0:
        body = "%s%s%s，为年度目标%s%s的%s。" % (task, sX, unit, sT, unit, rs)
    elif pat == 1:
        body = "年度目标%s%s%s，实际完成%s%s，完成率%s%s。" % (task, sT, unit, sX, unit, rs, "，超额完成任务" if X > T else "")
    else:
        body = "%s%s%s，完成年度计划（%s%s）的%s。" % (task, sX, unit, sT, unit, rs)
    return [body], [rate_chk(sX, sT, rs)], note


PER_X = {
    "procur": (80, 400, 40, 260), "port": (8000, 90000, 80, 170), "coop": (200, 5000, 20, 180),
    "renew": (2000, 60000, 0.6, 6.0), "drug": (40, 400, 20, 140)}


def p_per(rng, src, label, fmt):
    nf = NF(rng, fmt)
    tp, tu, cp, cu, pp_, pu, dd = SRC[src]["per"][0][:7]
    clo, chi, alo, ahi = PER_X[src]
    for _ in range(2000):
        C = rng.randint(clo, chi)
        tot = int(C * rng.uniform(alo, ahi))
        if tu == "万元" and tot >= 10000 and rng.random() < 0.6:
            tot = tot // 100 * 100
            ts = wan_str(nf, tot)
            tu_txt = "元"
        else:
            ts = nf.u(tot) + ("万" if tu == "万元" else "")
            tu_txt = "元" if tu == "万元" else tu
        ex = D(tot) / D(C)
        if not is_tie(ex, dd):
            break
    v = q(ex, dd)
    note = "per-unit average"
    if label == "inconsistent":
        unit = D(1).scaleb(-dd)
        delta = max(2 * unit, q(v * D(str(rng.uniform(0.04, 0.15))), dd))
        v = v + (delta if rng.random() < 0.5 or v - delta <= 0 else -delta)
        note = "average stated as %s" % v
    vs = nf.dec(v, dd) + ("万" if pu == "万元" else "")
    pu_txt = "元" if pu == "万元" else pu
    cs = nf.u(C)
    pat = rng.randrange(3)
    if pat == 0:
        body = "%s%s%s，%s%s%s，%s%s%s。" % (tp, ts, tu_txt, cp, cs, cu, pp_, vs, pu_txt)
    elif pat == 1:
        body = "%s%s%s，%s%s%s，%s%s%s。" % (cp, cs, cu, tp, ts, tu_txt, pp_ + rng.choice(["", "达"]), vs, pu_txt)
    else:
        body = "%s%s%s（%s%s%s），%s%s%s。" % (tp, ts, tu_txt, cp, cs, cu, pp_, vs, pu_txt)
    return [body], [{"rel": "per", "total": ts, "count": cs, "value": vs}], note


def shares_exact(rng, k, d=1):
    scale = 10 ** d
    for _ in range(1000):
        ws = [rng.uniform(0.3, 1.0) for _ in range(k)]
        s = sum(ws)
        xs = [int(100 * scale * w / s) for w in ws]
        xs[-1] = 100 * scale - sum(xs[:-1])
        if all(x > 0 for x in xs) and len(set(xs)) == k:
            return [D(x) / scale for x in xs]
    raise RuntimeError


def p_shares(rng, src, label, fmt):
    nf = NF(rng, fmt)
    whole, cats = rng.choice(SRC[src]["shares"])
    k = len(cats) if rng.random() < 0.5 else rng.randint(3, len(cats))
    cats = cats[:k] if "其他" in cats[-1] and k == len(cats) else rng.sample(cats, k)
    d = rng.choice([1, 1, 2])
    sh = shares_exact(rng, k, d)
    note = "shares of one whole add to 100"
    if label == "inconsistent":
        i = rng.randrange(k)
        nv = wrong_by(rng, sh[i], d, cap=D(100))
        note = "share of %s changed %s->%s" % (cats[i], sh[i], nv)
        sh[i] = nv
    ss = [nf.pct(x, d) for x in sh]
    pat = rng.randrange(3)
    if pat == 0:
        body = "从%s看，%s。" % (whole, "，".join("%s占%s" % (c, s) for c, s in zip(cats, ss)))
    elif pat == 1:
        body = "%s中，%s分别占%s。" % (whole, "、".join(cats), "、".join(ss))
    else:
        body = "%s：%s。" % (whole, "；".join("%s%s" % (c, s) for c, s in zip(cats, ss)))
    return [body], [{"rel": "share_sum", "shares": ss, "total": "100"}], note


def pp_pair(rng, d):
    r0 = D(rng.randint(300, 980) * 10 ** (d - 1)) / 10 ** d if d >= 1 else D(rng.randint(30, 98))
    step = D(rng.randint(3, 120)) / 10
    up = rng.random() < 0.75
    r1 = r0 + step if up else r0 - step
    if r1 >= 100:
        r1 = r0 - step; up = False
    r0, r1 = q(r0, d), q(r1, d)
    return r0, r1, up


def p_pp(rng, src, label, fmt):
    nf = NF(rng, fmt)
    rn = rng.choice(SRC[src]["pp"])
    d = rng.choice([1, 1, 2])
    r0, r1, up = pp_pair(rng, d)
    diff = abs(r1 - r0)
    note = "pp difference of two stated rates"
    if label == "inconsistent":
        nd = wrong_by(rng, diff, d)
        note = "pp stated as %s instead of %s" % (nd, diff)
        diff = nd
    s0, s1, sd = nf.pct(r0, d), nf.pct(r1, d), nf.dec(diff, d)
    vb = "提高" if up else "下降"
    pat = rng.randrange(3)
    if pat == 0:
        body = "%s由%s%s到%s，%s%s个百分点。" % (rn, s0, "提高" if up else "下降", s1, vb, sd)
    elif pat == 1:
        body = "%s为%s，比上年%s%s个百分点（上年为%s）。" % (rn, s1, vb, sd, s0)
    else:
        body = "%s%s，较上年的%s%s%s个百分点。" % (rn, s1, s0, vb, sd)
    return [body], [{"rel": "pp", "from": s0, "to": s1, "diff": sd, "dir": vb}], note


def growth_vals(rng, spec, d, up=None):
    metric, unit, lo, hi, dec = spec
    for _ in range(2000):
        old = rng.randint(lo * 10 ** dec, hi * 10 ** dec)
        u = (rng.random() < 0.7) if up is None else up
        new = int(old * (rng.uniform(1.01, 1.6) if u else rng.uniform(0.55, 0.99)))
        if new == old or new <= 0:
            continue
        ex = abs(D(new - old)) * 100 / D(old)
        if not is_tie(ex, d):
            return old, new, q(ex, d), u
    raise RuntimeError


def p_growth(rng, src, label, fmt, form):
    nf = NF(rng, fmt)
    spec = rng.choice(SRC[src]["growth"])
    metric, unit, lo, hi, dec = spec
    d = rng.choice([1, 1, 1, 2])
    old, new, g, up = growth_vals(rng, spec, d)
    note = "growth from both years' values"
    if label == "inconsistent":
        ng = wrong_by(rng, g, d)
        note = "growth stated as %s instead of %s" % (ng, g)
        g = ng
    so, sn, gs = nf.u(old, dec), nf.u(new, dec), nf.pct(g, d)
    vb = rng.choice(["增长", "增长", "提高"]) if up else rng.choice(["下降", "减少"])
    if form == "both":
        body = rng.choice(["%s%s%s，较上年的%s%s%s%s。" % (metric, sn, unit, so, unit, vb, gs),
                           "%s由上年的%s%s%s到%s%s，%s%s。" % (metric, so, unit, "增加" if up else "减少", sn, unit, "增幅" if up else "降幅", gs),
                           "%s%s%s，比上年（%s%s）%s%s。" % (metric, sn, unit, so, unit, vb, gs)])
        lines = [body]
    else:
        body = rng.choice(["%s%s%s，上年同期为%s%s，同比%s%s。" % (metric, sn, unit, so, unit, vb, gs),
                           "%s%s%s，同比%s%s（上年同期%s%s）。" % (metric, sn, unit, vb, gs, so, unit),
                           "1—%d月，%s%s%s，上年同期为%s%s，同比%s%s。" % (rng.randint(3, 11), metric, sn, unit, so, unit, vb, gs)])
        lines = [body]
    return lines, [{"rel": "growth", "old": so, "new": sn, "rate": gs, "dir": "增长" if up else "下降"}], note


def p_table_share(rng, src, label, fmt):
    nf = NF(rng, fmt)
    W = W_pick(rng, src, need_int=True)
    name, unit, _, lo, hi, dec = W
    pn = parts_for(rng, src, W)
    partial = label == "negative"
    k = rng.randint(3, min(5, len(pn))) if len(pn) >= 3 else len(pn)
    if partial and k < 3:
        partial = False
    names = rng.sample(pn, k)
    d = rng.choice([1, 1, 2])
    for _ in range(3000):
        tot = rng.randint(max(lo, 100), max(hi, 300))
        parts = split(rng, tot, k)
        exs = [D(p) * 100 / D(tot) for p in parts]
        if any(is_tie(e, d) for e in exs):
            continue
        shs = [q(e, d) for e in exs]
        if sum(shs) == 100:
            break
    note = "table with share column; shares add to 100"
    shown = k
    if label == "inconsistent":
        i = rng.randrange(k)
        nv = wrong_by(rng, shs[i], d, cap=D(100))
        note = "share of %s stated %s instead of %s" % (names[i], nv, shs[i])
        shs[i] = nv
    if partial:
        shown = rng.randint(2, k - 1)
        note = "main categories only, shares of the full total"
    ps = [nf.u(p) for p in parts]
    ss = [nf.pct(s, d) for s in shs]
    ts = nf.u(tot)
    sep = rng.choice(["\t", " | ", "｜", "  "])
    c1 = ("主要" if partial else "") + rng.choice(["类别", "项目"])
    lines = ["%s%s构成（单位：%s）" % (SRC[src]["org"](rng), name, unit), sep.join([c1, "数量", "占比"])]
    rows = [sep.join([n, p, s]) for n, p, s in zip(names[:shown], ps[:shown], ss[:shown])]
    tr = sep.join(["全部合计" if partial else "合计", ts, "100%" if nf.mode != "fw" else "１００％"])
    lines += ([tr] + rows) if rng.random() < 0.5 else (rows + [tr])
    checks = [rate_chk(p, ts, s) for p, s in zip(ps[:shown], ss[:shown])]
    if partial:
        checks.append(c_neg("partial_list", "主要", [ts] + ps[:shown], c_sum(ts, ps[:shown])))
    else:
        checks.insert(0, c_sum(ts, ps))
    return lines, checks, note


def p_share_counts(rng, src, label, fmt):
    nf = NF(rng, fmt)
    W = W_pick(rng, src, need_int=True)
    name, unit, _, lo, hi, dec = W
    pn = parts_for(rng, src, W)
    k = rng.randint(2, min(4, len(pn)))
    partial = label == "negative" and len(pn) >= 3
    if partial:
        k = max(k, 3)
    names = rng.sample(pn, k)
    d = pick_d(rng)
    for _ in range(3000):
        tot = rng.randint(max(lo, 100), max(hi, 300))
        parts = split(rng, tot, k)
        exs = [D(p) * 100 / D(tot) for p in parts]
        if not any(is_tie(e, d) for e in exs):
            break
    shs = [q(e, d) for e in exs]
    note = "parts with shares in brackets"
    if label == "inconsistent":
        i = rng.randrange(k)
        nv = wrong_by(rng, shs[i], d, cap=D(100))
        note = "share of %s stated %s instead of %s" % (names[i], nv, shs[i])
        shs[i] = nv
    shown = k
    intro = "其中"
    if partial:
        shown = rng.randint(2, k - 1)
        intro = rng.choice(["其中较多的是", "主要有", "其中数量较多的是"])
        note = "partial list (%s) with shares of the total" % intro
    ps = [nf.u(p) for p in parts]
    ss = [nf.pct(s, d) for s in shs]
    ts = nf.u(tot)
    pat = rng.randrange(2)
    if pat == 0:
        items = "、".join("%s%s%s（占%s）" % (n, p, unit, s) for n, p, s in zip(names[:shown], ps[:shown], ss[:shown]))
    else:
        items = "；".join("%s%s%s，占%s" % (n, p, unit, s) for n, p, s in zip(names[:shown], ps[:shown], ss[:shown]))
    body = "%s%s%s，%s%s。" % (name, ts, unit, intro, items)
    checks = [rate_chk(p, ts, s) for p, s in zip(ps[:shown], ss[:shown])]
    if partial:
        checks.append(c_neg("partial_list", intro, [ts] + ps[:shown], c_sum(ts, ps[:shown])))
    else:
        checks.insert(0, c_sum(ts, ps))
    return [body], checks, note


def p_growth_pp(rng, src, label, fmt):
    nf = NF(rng, fmt)
    S = SRC[src]
    spec = rng.choice(S["growth"])
    metric, unit, lo, hi, dec = spec
    d = rng.choice([1, 1, 2])
    old, new, g, up = growth_vals(rng, spec, d, up=True)
    rn = rng.choice(S["pp"])
    d2 = rng.choice([1, 2])
    r0, r1, up2 = pp_pair(rng, d2)
    diff = abs(r1 - r0)
    note = "growth and pp in one passage"
    if label == "inconsistent":
        if rng.random() < 0.5:
            ng = wrong_by(rng, g, d); note = "growth stated as %s instead of %s" % (ng, g); g = ng
        else:
            nd = wrong_by(rng, diff, d2); note = "pp stated as %s instead of %s" % (nd, diff); diff = nd
    so, sn, gs = nf.u(old, dec), nf.u(new, dec), nf.pct(g, d)
    s0, s1, sd = nf.pct(r0, d2), nf.pct(r1, d2), nf.dec(diff, d2)
    vb = "提高" if up2 else "下降"
    l1 = "%s%s%s，同比增长%s（上年%s%s）" % (metric, sn, unit, gs, so, unit)
    l2 = "%s%s，较上年%s%s%s个百分点" % (rn, s1, s0 if rng.random() < 0.5 else "的" + s0, vb, sd)
    checks = [{"rel": "growth", "old": so, "new": sn, "rate": gs, "dir": "增长"},
              {"rel": "pp", "from": s0, "to": s1, "diff": sd, "dir": vb}]
    if rng.random() < 0.5:
        return [l1 + "；" + l2 + "。"], checks, note
    return [l1 + "。", l2 + "。"], checks, note


PCT_NEG = {
    "rate_after": ["rate_unstated", "pct_no_base", "permille"],
    "rate_before": ["rate_unstated", "pct_no_base", "pp_no_base"],
    "rate_bracket": ["rate_unstated", "pct_no_base", "permille"],
    "rate_lines": ["rate_unstated", "pct_no_base", "permille"],
    "rate_fw": ["rate_unstated", "pct_no_base", "growth_no_base"],
    "rate_sep": ["rate_unstated", "permille", "pct_no_base"],
    "two_bases": ["rate_unstated", "overlap_shares", "pct_no_base"],
    "pass_fail": ["rate_unstated", "permille", "pct_no_base"],
    "target": ["pct_no_base", "growth_over_100"],
    "per_capita": ["per_no_base", "rate_unstated"],
    "shares_100": ["overlap_shares"],
    "pp_both": ["pp_no_base"],
    "growth_both": ["growth_over_100", "growth_no_base"],
    "same_period": ["growth_over_100", "growth_no_base"],
    "growth_pp": ["growth_over_100", "pp_no_base"],
}


# ----------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------
def _mixfmt(rng, fmt):
    if fmt == "mix":
        return "sep" if rng.random() < 0.3 else "plain"
    return fmt


def T_whole(rname, fmt):
    return lambda rng, src, label: whole_case(rng, src, label, _mixfmt(rng, fmt), rname)


def T_custom(fn, fmt="mix"):
    return lambda rng, src, label: fn(rng, src, label, _mixfmt(rng, fmt))


TOTALS = [
    ("qizhong", T_whole("qizhong", "mix")),
    ("qizhong_cn", T_whole("qizhong", "cn")),
    ("heji_after", T_whole("heji", "mix")),
    ("heji_after_fw", T_whole("heji", "fw")),
    ("fenbiewei", T_whole("fenbiewei", "mix")),
    ("fenbiewei_sep", T_whole("fenbiewei", "sep")),
    ("brackets", T_whole("brackets", "mix")),
    ("header_lines", T_whole("lines", "mix")),
    ("table_flat", T_whole("table", "mix")),
    ("separate_sentences", T_whole("sentences", "mix")),
    ("two_year_table", T_custom(t_two_year)),
    ("numbered_items", T_custom(t_items)),
    ("named_list", T_custom(t_names)),
    ("balance", T_custom(t_balance)),
    ("increase_to", T_custom(t_increase)),
    ("subtotals", T_custom(t_subtotals)),
    ("quarters_months", T_custom(t_quarters)),
    ("gender_split", T_custom(t_gender)),
    ("wan_yi_mix", T_custom(t_wan_yi, "plain")),
]


def P_rate(form, fmt):
    return lambda rng, src, label: p_rate(rng, src, label, _mixfmt(rng, fmt), form)


PCTS = [
    ("rate_after", P_rate("after", "mix")),
    ("rate_before", P_rate("before", "mix")),
    ("rate_bracket", P_rate("bracket", "mix")),
    ("rate_lines", P_rate("lines", "mix")),
    ("rate_fw", P_rate("after", "fw")),
    ("rate_sep", P_rate("bracket", "sep")),
    ("two_bases", T_custom(p_two_bases)),
    ("pass_fail", T_custom(p_pass_fail)),
    ("target", T_custom(p_target)),
    ("per_capita", T_custom(p_per)),
    ("shares_100", T_custom(p_shares)),
    ("pp_both", T_custom(p_pp)),
    ("growth_both", lambda rng, src, label: p_growth(rng, src, label, _mixfmt(rng, "mix"), "both")),
    ("same_period", lambda rng, src, label: p_growth(rng, src, label, _mixfmt(rng, "mix"), "same")),
    ("table_share", T_custom(p_table_share)),
    ("share_counts", T_custom(p_share_counts)),
    ("growth_pp", T_custom(p_growth_pp)),
]


def malform(rng, lit):
    a = lit.translate(str.maketrans("０１２３４５６７８９．％", "0123456789.%"))
    body = a[:-1]
    opts = ["xx", "sp", "pre", "dbl", "dd"]
    k = rng.choice(opts)
    if k == "xx":
        return rng.choice(["xx%", "XX%", "x.x%", "xx.x%"]) if True else None
    if k == "sp":
        return body + " %"
    if k == "pre":
        return "%" + body
    if k == "dbl":
        return body + "%%"
    if "." in body:
        return body.replace(".", "..", 1) + "%"
    if len(body) >= 2:
        return body[0] + ".." + body[1:] + "%"
    return body + "%%"


def make_record(rng, fam, style, cname, cons, src, label):
    year = 2023
    if fam == "pct" and label == "inconsistent" and rng.random() < 0.22:
        for _ in range(20):
            lines, checks, note = cons(rng, src, "consistent")
            text = "\n".join(lines)
            cands = [i for i, c in enumerate(checks) if c["rel"] in ("rate", "growth") and text.count(c["rate"]) == 1]
            if cands:
                i = rng.choice(cands)
                lit = checks[i]["rate"]
                bad = malform(rng, lit)
                lines = [l.replace(lit, bad) for l in lines]
                checks[i] = {"rel": "malformed_pct", "literal": bad}
                note = "malformed percentage literal %s (was %s)" % (bad, lit)
                break
        else:
            lines, checks, note = cons(rng, src, label)
    elif fam == "pct" and label == "negative" and cname in PCT_NEG:
        kinds = PCT_NEG[cname]
        lines, checks, note = neg_pct(rng, src, rng.choice(kinds), NF(rng, "plain"))
    else:
        lines, checks, note = cons(rng, src, label)
    room = 8 - len(lines)
    k = rng.randint(0, min(3, room)) if room > 0 else 0
    ctx = ctx_lines(rng, src, year, k)
    before = [c for c in ctx if rng.random() < 0.5]
    after = [c for c in ctx if c not in before]
    lines = before + lines + after
    assert 1 <= len(lines) <= 8, (style, len(lines))
    return {"family": fam, "style": style, "label": label, "text": "\n".join(lines), "note": note, "checks": checks}


def generate(seed):
    out = []
    for fam, table in (("totals", TOTALS), ("pct", PCTS)):
        for cname, cons in table:
            for src in SOURCES:
                style = "%s_%s" % (cname, src)
                rng = random.Random("numbers49|%d|%s|%s" % (seed, fam, style))
                n = rng.randint(15, 20)
                nc = int(D(n) * D("0.4") + D("0.5"))
                ni = nc
                labels = ["consistent"] * nc + ["inconsistent"] * ni + ["negative"] * (n - nc - ni)
                rng.shuffle(labels)
                for lab in labels:
                    rec = make_record(rng, fam, style, cname, cons, src, lab)
                    rec["style"] = style
                    out.append(rec)
    for i, r in enumerate(out):
        r["id"] = "n49-s%d-%05d" % (seed, i + 1)
    keys = ["id", "family", "style", "label", "text", "note", "checks"]
    return [{k: r[k] for k in keys} for r in out]


# ----------------------------------------------------------------------------
# --verify: independent re-computation from the JSON text only
# ----------------------------------------------------------------------------
V_FW = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "％": "%", "，": ",", "　": " "})
V_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def v_cn_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in V_CN:
            num = V_CN[ch]
        elif ch == "十":
            section += (num or 1) * 10; num = 0
        elif ch == "百":
            section += num * 100; num = 0
        elif ch == "千":
            section += num * 1000; num = 0
        elif ch == "万":
            total += (section + num) * 10000; section = num = 0
        elif ch == "亿":
            total = (total + section + num) * 10 ** 8; section = num = 0
        else:
            raise ValueError("bad chinese numeral %r" % s)
    return total + section + num


def v_parse(s):
    """-> (bare Decimal in the written unit, multiplier, decimals, is_pct)."""
    t = s.strip().translate(V_FW)
    is_pct = False
    if t.startswith("百分之"):
        t = t[3:]
        is_pct = True
        if "点" in t:
            a, b = t.split("点", 1)
            return D(v_cn_int(a)) + D("0." + "".join(str(V_CN[c]) for c in b)), D(1), len(b), True
        return D(v_cn_int(t)), D(1), 0, True
    if t.endswith("%"):
        t = t[:-1]
        is_pct = True
    elif t.endswith("‰"):
        t = t[:-1]
    if t and all(c in "零〇一二两三四五六七八九十百千万亿" for c in t):
        return D(v_cn_int(t)), D(1), 0, is_pct
    mult = D(1)
    while t and t[-1] in "万亿":
        mult *= D(10000) if t[-1] == "万" else D(10 ** 8)
        t = t[:-1]
    t = re.sub(r"(?<=\d)[, ](?=\d{3}(\D|$))", "", t)
    if not re.fullmatch(r"-?\d+(\.\d+)?", t):
        raise ValueError("unparsable number %r" % s)
    dec = len(t.split(".")[1]) if "." in t else 0
    return D(t), mult, dec, is_pct


def v_val(s):
    b, m, _, _ = v_parse(s)
    return b * m


def v_round(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def v_tie(x, d):
    y = x * D(10) ** d
    return y - y.to_integral_value(rounding="ROUND_FLOOR") == D("0.5")


VALID_PCT = re.compile(r"-?\d+(\.\d+)?%")
MALF_SCAN = re.compile(r"[xX]{2}%|[xX]\.[xX]%|\d +%|%\d|%%|\d\.\.\d")


class VErr(Exception):
    pass


def v_strings(c):
    r = c["rel"]
    if r == "sum":
        return [c["total"]] + c["parts"]
    if r == "balance":
        return c["plus"] + c["minus"] + [c["result"]]
    if r == "count_items":
        return [c["count"]] + c["items"]
    if r == "count_names":
        return [c["count"]] + c["names"]
    if r == "rate":
        return [c["num"], c["den"], c["rate"]]
    if r == "per":
        return [c["total"], c["count"], c["value"]]
    if r == "growth":
        return [c["old"], c["new"], c["rate"]]
    if r == "pp":
        return [c["from"], c["to"], c["diff"]]
    if r == "share_sum":
        return c["shares"]
    if r == "malformed_pct":
        return [c["literal"]]
    if r == "neg":
        return [c["marker"]] + c["numbers"]
    raise VErr("unknown rel %r" % r)


def v_eval(c, text):
    """returns True (holds) / False (wrong). raises VErr on malformed check data."""
    r = c["rel"]
    for s in v_strings(c):
        if s not in text:
            raise VErr("string %r of %s not in text" % (s, r))
    thr_fail = None
    if r == "sum":
        return v_val(c["total"]) == sum(v_val(p) for p in c["parts"])
    if r == "balance":
        return sum(v_val(p) for p in c["plus"]) - sum(v_val(p) for p in c["minus"]) == v_val(c["result"])
    if r == "count_items":
        return v_val(c["count"]) == len(c["items"])
    if r == "count_names":
        if len(set(c["names"])) != len(c["names"]):
            raise VErr("duplicate names")
        return v_val(c["count"]) == len(c["names"])
    if r in ("rate", "growth", "pp", "per"):
        if r == "rate":
            stated, _, d, isp = v_parse(c["rate"])
            if not isp:
                raise VErr("rate without %")
            ex = v_val(c["num"]) * 100 / v_val(c["den"])
        elif r == "growth":
            stated, _, d, isp = v_parse(c["rate"])
            o, n = v_val(c["old"]), v_val(c["new"])
            ex = (n - o) * 100 / o if c["dir"] == "增长" else (o - n) * 100 / o
        elif r == "pp":
            stated, _, d, _ = v_parse(c["diff"])
            a, b = v_parse(c["from"])[0], v_parse(c["to"])[0]
            ex = b - a if c["dir"] == "提高" else a - b
        else:
            stated, m, d, _ = v_parse(c["value"])
            ex = v_val(c["total"]) / v_val(c["count"]) / m
        if v_tie(ex, d):
            raise VErr("exact .5 tie in %s" % r)
        true = v_round(ex, d)
        if true == stated:
            return True
        unit = D(1).scaleb(-d)
        need = 2 * unit if r == "per" else max(2 * unit, D("0.3"))
        if abs(true - stated) < need:
            raise VErr("wrong %s %s too close to true %s" % (r, stated, true))
        return False
    if r == "share_sum":
        return sum(v_parse(s)[0] for s in c["shares"]) == v_val(c["total"])
    if r == "malformed_pct":
        lit = c["literal"].translate(V_FW)
        if VALID_PCT.fullmatch(lit):
            raise VErr("literal %r is a valid percentage" % c["literal"])
        return False
    if r == "neg":
        if "naive" in c:
            if v_eval(c["naive"], text):
                raise VErr("negative trap %s: naive relation holds" % c["kind"])
        return None
    raise VErr("unknown rel")


def v_record(rec):
    for k in ("id", "family", "style", "label", "text", "note", "checks"):
        if k not in rec:
            raise VErr("missing field %s" % k)
    if rec["family"] not in ("totals", "pct"):
        raise VErr("bad family")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", rec["style"]):
        raise VErr("style not snake_case")
    if "\n" in rec["note"]:
        raise VErr("note not one line")
    text = rec["text"]
    nl = len(text.split("\n"))
    if not 1 <= nl <= 8:
        raise VErr("%d lines" % nl)
    fails, negs, real = 0, 0, 0
    has_malf = False
    for c in rec["checks"]:
        res = v_eval(c, text)
        if c["rel"] == "neg":
            negs += 1
            continue
        if c["rel"] == "malformed_pct":
            has_malf = True
        real += 1
        if res is False:
            fails += 1
    if MALF_SCAN.search(text.translate(V_FW)) and not has_malf:
        raise VErr("text has a malformed-looking percentage not listed in checks")
    if fails > 1:
        raise VErr("%d relations wrong (expected at most one)" % fails)
    if fails == 1:
        derived = "inconsistent"
    elif negs:
        derived = "negative"
    elif real:
        derived = "consistent"
    else:
        raise VErr("no checks")
    if derived != rec["label"]:
        raise VErr("label %s but checks say %s" % (rec["label"], derived))
    return derived


def verify(files):
    bad = 0
    for fn in files:
        recs = [json.loads(l) for l in open(fn, encoding="utf-8") if l.strip()]
        ids = set()
        per_style, per_fam = {}, {}
        for rec in recs:
            try:
                if rec.get("id") in ids:
                    raise VErr("duplicate id")
                ids.add(rec.get("id"))
                lab = v_record(rec)
            except (VErr, ValueError, KeyError, ArithmeticError) as e:
                bad += 1
                if bad <= 40:
                    print("FAIL %s %s: %s" % (fn, rec.get("id"), e))
                continue
            per_style.setdefault((rec["family"], rec["style"]), {}).setdefault(lab, 0)
            per_style[(rec["family"], rec["style"])][lab] += 1
            per_fam.setdefault(rec["family"], {}).setdefault(lab, 0)
            per_fam[rec["family"]][lab] += 1
        for (fam, st), cnt in per_style.items():
            n = sum(cnt.values())
            if not 15 <= n <= 20:
                bad += 1
                print("FAIL %s style %s has %d records" % (fn, st, n))
        print("%s: %d records, %d styles" % (fn, len(recs), len(per_style)))
        for fam in sorted(per_fam):
            c = per_fam[fam]
            tot = sum(c.values())
            print("  %-7s %5d  " % (fam, tot) + "  ".join("%s=%d (%.1f%%)" % (k, c.get(k, 0), 100.0 * c.get(k, 0) / tot)
                                                  for k in ("consistent", "inconsistent", "negative")))
            print("  %-7s styles: %d" % (fam, len([1 for (f, _) in per_style if f == fam])))
    print("verify: %s (%d problems)" % ("OK" if bad == 0 else "FAILED", bad))
    return 0 if bad == 0 else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    recs = generate(a.seed)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
        print("wrote %d records to %s" % (len(recs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
