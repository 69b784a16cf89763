#!/usr/bin/env python3
"""text26_gen.py - held-out labelled test collection for a placeholder (ph) and
mojibake (mj) auditor of Chinese report text.  Standard library only.

  python3 text26_gen.py --seed N --out FILE
  python3 text26_gen.py --verify FILE [FILE ...]
  python3 text26_gen.py --style-table FILE
"""
import argparse
import html
import json
import quopri
import random
import re
import sys
import urllib.parse
import base64

PER_STYLE = 20

# ---------------------------------------------------------------- pools
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万钱严覃")
GIVEN = ("建华 国强 丽娟 志明 海燕 晓东 春梅 德胜 秀英 文博 思远 雨桐 子涵 俊杰 淑芬 永康 立新 红霞 宏伟 "
         "玉兰 嘉怡 浩然 明轩 静怡 卫东 桂香 振华 晓燕 家豪 欣怡 兆林 少峰 秋菊 伟民 雪梅 锦程 若曦 长青").split()
PLACES = ("青禾 云溪 柳塘 石坪 鹤岭 桐川 梅湾 松阳 兰渚 枫桥 临澜 白沙 金垣 翠屏 南屿 东篱 槐荫 芦湾 "
          "望湖 清泉 岚山 凤栖 柏溪 渔沟 杏林 玉泉 长汀 荷塘 沙洲 北堤").split()
INDUSTRY = "建材 物流 科技 餐饮 物业 置业 医药 建筑 纺织 农业 电子 商贸 环保 机械 文化传媒 食品".split()
COSUF = ["有限公司", "有限责任公司", "股份有限公司"]
ORGSUF = ["区市场监督管理局", "区应急管理局", "区教育局", "区卫生健康局", "街道办事处", "镇人民政府",
          "区住房和城乡建设局", "区人力资源和社会保障局", "区财政局", "县农业农村局"]
PROV = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWY"   # no X/I/O on purpose
CN_DIGIT = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def cn_num(n):
    t = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10:
        return t[n]
    if n < 20:
        return "十" + t[n % 10]
    return t[n // 10] + "十" + t[n % 10]


class Ctx:
    """Per-document state: pools of names so that a person recurs consistently."""

    def __init__(self, r):
        self.r = r
        self.names = []
        while len(self.names) < 6:
            n = r.choice(SURNAMES) + r.choice(GIVEN)
            if n not in self.names and n[0] not in [x[0] for x in self.names]:
                self.names.append(n)
        self.pls = r.sample(PLACES, 3)
        self.cos = [self.pls[0] + r.choice(INDUSTRY) + r.choice(COSUF)]
        while len(self.cos) < 2:
            c = r.choice(PLACES) + r.choice(INDUSTRY) + r.choice(COSUF)
            if c not in self.cos:
                self.cos.append(c)
        self.yr = r.randint(2019, 2024)
        self.memo = {}

    def month(self):
        self.last_m = self.r.randint(getattr(self, "last_m", 1), min(12, getattr(self, "last_m", 1) + 3))
        return self.last_m

    def real(self, k):
        r = self.r
        if k in ("p1", "p2"):
            return self.names[int(k[1]) - 1]
        if k in ("c1", "c2"):
            return self.cos[int(k[1]) - 1]
        if k == "nm":
            self.last_nm = r.choice([n for n in self.names[2:5] if n != getattr(self, "last_nm", None)])
            return self.last_nm
        if k == "pl":
            return r.choice(self.pls)
        if k == "co":
            self.last_co = r.choice([n for n in self.cos if n != getattr(self, "last_co", None)])
            return self.last_co
        if k == "org":
            return self.pls[0] + r.choice(ORGSUF)
        if k == "n":
            return str(r.randint(3, 480))
        if k == "n2":
            return str(r.randint(1200, 98000))
        if k == "p":
            return f"{r.uniform(1, 99):.1f}" if r.random() < 0.7 else f"{r.uniform(1, 99):.2f}"
        if k == "m":
            return f"{r.uniform(10, 9999):.2f}"
        if k == "y":
            return f"{r.uniform(50, 99999):.2f}"
        if k == "md":
            return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
        if k == "yr":
            return str(self.yr)
        if k == "yr0":
            return str(r.randint(1958, 1998))
        if k == "ymd":
            return f"{self.yr}年{self.month()}月{r.randint(1, 28)}日"
        if k == "ymdcn":
            return f"{cn_year(self.yr)}年{cn_num(r.randint(1, 12))}月{cn_num(r.randint(1, 28))}日"
        if k == "date8":
            return f"{self.yr}-{self.month():02d}-{r.randint(1, 28):02d}"
        if k == "d":
            return str(r.randint(1, 28))
        if k == "h":
            return str(r.randint(1, 23))
        if k == "age":
            return str(r.randint(18, 86))
        if k == "t":
            return f"{r.uniform(37.3, 39.6):.1f}"
        if k == "f":
            return f"{r.uniform(3, 10):.2f}"
        if k == "hb":
            return str(r.randint(105, 172))
        if k == "alt":
            return str(r.randint(8, 66))
        if k == "sc":
            return str(r.randint(62, 100))
        if k == "cls":
            return str(r.randint(1, 6))
        if k == "ext":
            return str(r.randint(2000, 8999))
        if k == "tel":
            return "1" + r.choice("35789") + "".join(r.choice("0123456789") for _ in range(9))
        if k == "id":
            return (str(r.randint(110101, 650105)) + str(r.randint(1960, 2002)) + f"{r.randint(1, 12):02d}"
                    + f"{r.randint(1, 28):02d}" + "".join(r.choice("0123456789") for _ in range(4)))
        if k == "card":
            return "6222" + "".join(r.choice("0123456789") for _ in range(15))
        if k == "plate":
            return r.choice(PROV) + r.choice(LETTERS) + "".join(r.choice("0123456789" + LETTERS) for _ in range(5))
        if k == "no":
            return str(r.randint(100000, 99999999))
        if k == "pol":
            return "PDAA" + str(self.yr) + "".join(r.choice("0123456789") for _ in range(12))
        if k == "code12":
            return "0" + "".join(r.choice("0123456789") for _ in range(11))
        if k == "inv8":
            return "".join(r.choice("0123456789") for _ in range(8))
        if k == "tax":
            return "91" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWY") for _ in range(16))
        if k == "pno":
            return f"{r.choice(LETTERS)}{r.choice(LETTERS)}{self.yr}-GC-{r.randint(1, 99):03d}"
        if k == "addr":
            return r.choice(self.pls) + r.choice(["路", "大道", "街", "巷"]) + str(r.randint(1, 399)) + "号"
        if k == "court":
            return r.choice(PROV) + str(r.randint(1, 9)) + f"{r.randint(1, 30):02d}" + str(r.randint(1, 9))
        raise KeyError(k)


NUMERIC = {"n", "n2", "p", "m", "y", "d", "h", "age", "t", "f", "hb", "alt", "sc", "cls", "ext"}
CODES = {"no", "pol", "code12", "inv8", "tax", "pno"}


CANON = {"p1": "nm", "p2": "nm", "c1": "co", "c2": "co"}


def mask(k, real, fam, r):
    """Return a list of (text, is_placeholder) segments masking `real`."""
    k = CANON.get(k, k)
    if k in NUMERIC:
        ch = {"x": "x", "X": "X", "×": "×", "fw": r.choice("ｘＸ"), "star": "*", "blank": "＿",
              "circle": "○"}.get(fam, "x")
        if r.random() < 0.5:
            s = re.sub(r"\d", ch, real)
        else:
            s = ch * r.choice([2, 2, 3]) if "." not in real else ch * 2 + "." + ch * (len(real.split(".")[1]))
        return [(s, True)]
    if k == "md":
        c = {"X": "X", "×": "×", "fw": "Ｘ", "blank": "＿", "circle": "○"}.get(fam, "x")
        if fam == "mou":
            return [("某月某日", True)]
        return [(r.choice([f"{c}月{c}{c}日", f"{c}{c}月{c}{c}日", f"{c}月{c}日"]), True)]
    if k in ("ymd", "ymdcn"):
        c = {"X": "X", "×": "×", "fw": "Ｘ", "blank": "＿", "circle": "○"}.get(fam, "x")
        if fam == "mou":
            y = real[:4] if real[0].isdigit() else real.split("年")[0]
            return [(y + "年", False), ("某月某日", True)]
        return [(r.choice([f"20{c}{c}年{c}月{c}日", f"{c * 4}年{c * 2}月{c * 2}日", f"20{c}{c}年{c}{c}月{c}{c}日"]), True)]
    if k in ("yr", "yr0"):
        c = {"X": "X", "×": "×", "fw": "Ｘ"}.get(fam, "x")
        return [(r.choice([f"20{c}{c}", f"202{c}", c * 4]), True)]
    if k == "date8":
        return [(re.sub(r"\d", "x" if fam != "star" else "*", real), True)]
    if k == "pl":
        s = {"x": "xx", "X": "XX", "×": "××", "fw": "ＸＸ", "circle": r.choice(["○○", "〇〇"]), "mou": "某",
             "star": "**", "blank": "＿＿"}.get(fam, "XX")
        return [(s, True)]
    if k == "nm":
        if fam == "mou":
            return [(real[0] + r.choice(["某", "某某"]), True)]
        if fam == "star":
            return [(r.choice([real[0] + "**", real[0] + "*" + real[-1], real[0] + "*"]), True)]
        s = {"x": "xxx", "X": "XXX", "×": "×××", "fw": "ＸＸＸ", "circle": "○○○", "blank": "＿＿＿"}.get(fam, "XXX")
        return [(s, True)]
    if k == "co":
        if fam == "mou":
            ind = next((i for i in INDUSTRY if i in real), "")
            return [(r.choice(["某某公司", f"某{ind}公司", f"某{ind}有限公司"]), True)]
        suf = real[2:]
        s = {"x": "xx", "X": "XX", "×": "××", "fw": "ＸＸ", "circle": "○○", "star": "**"}.get(fam, "XX")
        return [(s, True), (suf, False)]
    if k == "org":
        s = {"x": "xx", "X": "XX", "×": "××", "fw": "ＸＸ", "circle": "○○", "mou": "某", "star": "**"}.get(fam, "XX")
        return [(s, True), (real[2:], False)]
    if k == "tel":
        if fam == "star":
            return [(real[:3] + "****" + real[-4:], True)]
        c = {"X": "X"}.get(fam, "x")
        return [(real[:3] + c * 4 + real[-4:], True)]
    if k == "id":
        if fam in ("star", "mou"):
            return [(real[:r.choice([3, 6])].ljust(14, "*") + real[-4:], True)]
        return [(real[:6] + "x" * 8 + real[-4:], True)]
    if k == "card":
        if r.random() < 0.5:
            return [(real[:4] + " **** **** " + real[-4:], True)]
        return [(real[:4] + "*" * (len(real) - 8) + real[-4:], True)]
    if k == "plate":
        return [(real[:2] + "·" + real[2] + "**" + real[-2:], True)] if fam == "star" else [(real[:2] + "XXXXX", True)]
    if k in CODES:
        c = {"star": "*", "X": "X", "x": "x"}.get(fam, "*")
        if r.random() < 0.5:
            return [(real[:2] + c * (len(real) - 2), True)]
        return [(c * len(real), True)]
    if k == "addr":
        c = {"x": "x", "×": "×", "fw": "Ｘ"}.get(fam, "X")
        road = re.sub(r"^..(.+?)\d+号$", r"\1", real)
        return [(c * 2, True), (road, False), (c * r.choice([2, 3]), True), ("号", False)]
    if k == "court":
        return [(real[0] + "XXXX", True)]
    return [("XX", True)]


# ---------------------------------------------------------------- genres
# Each genre: title list, body list, sign list.  Slots {kind}.
G = {}
G["gov"] = dict(
    title=["{pl}街道{yr}年上半年工作总结", "{pl}镇关于{yr}年度重点工作推进情况的报告", "{org}{yr}年工作总结和下一年工作思路",
           "{pl}区{yr}年民生实事项目完成情况"],
    body=["一、主要工作完成情况", "（一）经济运行稳中有进。全年完成地区生产总值{m}万元，同比增长{p}%，规模以上工业增加值增长{p}%。",
          "全年新增市场主体{n}户，其中企业{n}户，个体工商户{n}户。", "完成固定资产投资{m}万元，实施重点项目{n}个，其中新开工项目{n}个。",
          "（二）民生保障持续加强。累计发放城乡低保金{m}万元，惠及困难群众{n}户{n}人。",
          "{md}，组织开展防汛应急演练，参与人员{n}人次，转移安置群众{n}人。", "城镇新增就业{n}人，城镇登记失业率控制在{p}%以内。",
          "完成农村人居环境整治村庄{n}个，改造农村户厕{n}座，生活垃圾无害化处理率达{p}%。",
          "（三）基层治理不断深化。调处矛盾纠纷{n}宗，调解成功率{p}%，办结热线工单{n}件。",
          "全年召开党工委会议{n}次，开展主题党日活动{n}场，发展党员{n}名。", "二、存在的问题",
          "一是项目储备不足，产业结构偏重；二是公共服务供给与群众期待仍有差距。", "三、下一步工作打算",
          "围绕{yr}年目标任务，加快推进{pl}片区更新改造，力争完成投资{m}万元。",
          "组织开展消防安全检查{n}次，排查整改隐患{n}处，整改率{p}%。"],
    sign=["{pl}街道办事处", "{ymd}"])
G["notice"] = dict(
    title=["关于开展{yr}年度安全生产大检查的通知", "关于做好{yr}年春节期间值班工作的通知", "{org}关于调整办公地点的公告",
           "关于报送{yr}年度统计数据的通知"],
    body=["各科室、各村（社区）：", "根据上级工作部署，经研究，定于{md}至{md}在全区范围内开展专项检查，现将有关事项通知如下：",
          "一、检查范围：辖区内{n}家规模以上企业及{n}处人员密集场所。",
          "二、请各单位于{md}前将自查报告报送至{org}，联系人：{nm}，电话：{tel}。", "三、值班人员须保持通讯畅通，发现问题及时上报。",
          "四、本次检查经费{m}万元，从专项资金中列支。", "特此通知。"],
    sign=["{org}", "{ymd}"])
G["minutes"] = dict(
    title=["{pl}社区居委会会议纪要", "{org}党组会议纪要（第{n}期）", "{pl}村村民代表大会会议记录"],
    body=["会议时间：{ymd}上午9:30", "会议地点：社区二楼会议室", "主持人：{nm}    记录人：{nm}", "参会人员：{nm}、{nm}、{nm}等{n}人",
          "会议议题：讨论老旧小区加装电梯补助方案", "会议决定：对符合条件的{n}个单元给予每台{m}万元补助，由{nm}负责牵头落实。",
          "{nm}提出，需在{md}前完成入户意见征集，征集率不低于{p}%。", "会议同意将村集体收入{m}万元用于道路硬化。"],
    sign=["记录人：{nm}"])
G["lease"] = dict(
    title=["房屋租赁合同", "商铺租赁合同", "厂房租赁协议"],
    body=["出租方（甲方）：{p1}，身份证号：{id}", "承租方（乙方）：{c1}", "第一条 甲方将位于{pl}市{addr}的房屋出租给乙方使用，建筑面积{n}平方米。",
          "第二条 租赁期限自{ymd}起至{ymd}止。", "第三条 月租金为人民币{y}元，乙方应于每月{d}日前支付。",
          "第四条 押金{y}元，合同期满无违约的予以退还。", "第五条 租赁期间水电费、物业费由乙方承担。",
          "甲方联系电话：{tel}"],
    sign=["甲方（签字）：{p1}    乙方（盖章）：{c1}", "签订日期：{ymd}"])
G["sale"] = dict(
    title=["买卖合同", "建筑材料采购合同", "农产品购销合同"],
    body=["卖方：{c1}", "买方：{c2}", "一、标的：热轧带肋钢筋{n}吨，单价{y}元/吨，合计金额{y}元。",
          "二、交货时间：{ymd}前，交货地点：{pl}市{addr}。", "三、付款方式：买方于收货后{n}日内付清全部货款。",
          "四、质量标准：按国家标准执行，买方应在到货后{d}日内验收。", "卖方代表：{nm}  联系电话：{tel}"],
    sign=["签订日期：{ymd}"])
G["table"] = dict(
    title=["{pl}街道{yr}年各社区重点任务完成情况统计表", "表{d}  {pl}镇各村人口及低保户情况"],
    body=["序号 | 单位 | 户数 | 人数 | 完成率", "1 | {pl}社区 | {n} | {n} | {p}%", "2 | {pl}社区 | {n} | {n} | {p}%",
          "3 | {pl}村 | {n} | {n} | {p}%", "4 | {pl}村 | {n} | {n} | {p}%", "合计 | — | {n2} | {n2} | {p}%"],
    sign=["填报单位：{org}  填报人：{nm}"])
G["medical"] = dict(
    title=["{pl}市人民医院门诊病历", "{pl}区中医院住院病案首页（摘录）"],
    body=["姓名：{p1}  性别：男  年龄：{age}岁  门诊号：{no}", "就诊日期：{ymd}", "主诉：反复咳嗽{d}天，伴低热。",
          "现病史：患者{d}天前受凉后出现咳嗽，体温最高{t}℃，无胸痛。", "既往史：否认高血压、糖尿病病史。",
          "诊断：急性支气管炎", "处理：阿莫西林胶囊 0.5g 口服 每日3次；复诊时间：{md}。", "联系电话：{tel}"],
    sign=["医师：{nm}"])
G["rx"] = dict(
    title=["处方笺", "{pl}社区卫生服务中心处方"],
    body=["科别：内科  费别：医保  日期：{ymd}", "姓名：{p1}  性别：女  年龄：{age}岁  病历号：{no}", "临床诊断：原发性高血压",
          "Rp：苯磺酸氨氯地平片 5mg×28片  用法：5mg 口服 每日一次", "阿托伐他汀钙片 20mg×7片  用法：20mg 口服 每晚一次"],
    sign=["医师：{p2}  审核药师：{nm}  金额：{y}元"])
G["lab"] = dict(
    title=["{pl}市人民医院检验报告单", "{pl}区妇幼保健院生化检验报告"],
    body=["姓名：{p1}  性别：男  年龄：{age}岁  标本：静脉血  条码号：{no}", "项目 | 结果 | 单位 | 参考区间",
          "白细胞计数 | {f} | ×10^9/L | 3.5-9.5", "血红蛋白 | {hb} | g/L | 130-175", "谷丙转氨酶 | {alt} | U/L | 9-50",
          "送检时间：{ymd} 08:12  报告时间：{ymd} 10:45"],
    sign=["检验者：{nm}  审核者：{nm}"])
G["claim"] = dict(
    title=["机动车辆保险理赔申请书", "意外伤害保险索赔申请表"],
    body=["被保险人：{p1}  联系电话：{tel}", "身份证号码：{id}", "保单号：{pol}", "车牌号码：{plate}",
          "出险时间：{ymd} 17时20分  出险地点：{pl}大道与{pl}路交叉口",
          "事故经过：本车在路口左转时与对向直行车辆发生碰撞，造成两车受损，无人员受伤。", "索赔金额：{y}元",
          "开户银行：中国工商银行{pl}支行  账号：{card}"],
    sign=["申请人签字：{p1}  {ymd}"])
G["bank"] = dict(
    title=["个人账户对账单", "{pl}农商银行活期账户交易明细"],
    body=["户名：{p1}  账号：{card}  币种：人民币", "起止日期：{date8}至{date8}", "交易日期 | 摘要 | 支出 | 收入 | 余额",
          "{date8} | 工资 |  | {y} | {y}", "{date8} | 快捷支付 | {y} |  | {y}", "{date8} | 跨行转账 | {y} |  | {y}",
          "{date8} | 利息 |  | {f} | {y}"],
    sign=["打印日期：{date8}"])
G["invoice"] = dict(
    title=["{pl}增值税电子普通发票", "电子发票（增值税专用发票）"],
    body=["发票代码：{code12}  发票号码：{inv8}", "开票日期：{ymd}", "购买方名称：{c1}  纳税人识别号：{tax}",
          "项目名称 | 单位 | 数量 | 单价 | 金额 | 税率 | 税额", "*纸制品*A4复印纸 | 箱 | {n} | {f} | {y} | 13% | {y}",
          "*劳务*设备维修服务 | 次 | {d} | {y} | {y} | 6% | {y}", "价税合计（小写）：￥{y}"],
    sign=["销售方：{c2}  开票人：{nm}"])
G["receipt"] = dict(
    title=["收 款 收 据", "物业费收据"],
    body=["今收到{p1}交来{pl}小区{yr}年度物业服务费", "人民币（大写）：叁仟陆佰元整  ￥{y}", "收款方式：银行转账  票据号：{no}"],
    sign=["收款单位（盖章）：{c1}  收款人：{p2}  {ymd}"])
G["court"] = dict(
    title=["{pl}市{pl}区人民法院民事判决书", "{pl}县人民法院刑事判决书"],
    body=["（{yr}）{court}民初{n}号", "原告：{p1}，男，{yr0}年生，汉族，住{pl}市{addr}。", "被告：{c1}，住所地{pl}市{addr}。",
          "法定代表人：{p2}，该公司总经理。",
          "原告{p1}与被告{c1}买卖合同纠纷一案，本院于{ymd}立案后，依法适用简易程序，公开开庭进行了审理。",
          "本院认为，原告与被告之间的买卖合同关系合法有效，被告未按约定支付货款，应承担违约责任。",
          "判决如下：被告于本判决生效之日起十日内支付原告货款{y}元。", "案件受理费{y}元，减半收取，由被告负担。"],
    sign=["审判员  {nm}", "{ymdcn}", "书记员  {nm}"])
G["police"] = dict(
    title=["{pl}公安分局关于一起盗窃案件的警情通报", "{pl}县公安局警情通报"],
    body=["{ymd}，我局接群众报警称，{pl}路一商铺内手机被盗。",
          "接警后，民警迅速开展调查，于当日{h}时许在{pl}小区将犯罪嫌疑人{p1}（男，{age}岁，{pl}县人）抓获。",
          "经审讯，{p1}对其盗窃手机{d}部、涉案价值{y}元的违法事实供认不讳。", "目前，犯罪嫌疑人已被依法刑事拘留，案件正在进一步侦办中。",
          "警方提醒：请广大商户加强防范，发现可疑情况及时拨打110报警。"],
    sign=["{pl}公安分局", "{ymd}"])
G["card"] = dict(
    title=["{pl}实验小学{yr}学年第一学期学生素质报告单", "{pl}中学期末成绩通知单"],
    body=["班级：四年级（{cls}）班  姓名：{p1}  学号：{no}", "科目 | 平时 | 期末 | 等级", "语文 | {sc} | {sc} | 优秀",
          "数学 | {sc} | {sc} | 良好", "英语 | {sc} | {sc} | 优秀",
          "班主任评语：{p1}同学本学期学习态度端正，乐于帮助同学，希望今后在阅读上多下功夫。", "下学期开学时间：{md}"],
    sign=["班主任：{p2}"])
G["tender"] = dict(
    title=["{pl}区{yr}年道路维修工程招标公告", "{pl}镇污水管网改造项目竞争性磋商公告"],
    body=["项目编号：{pno}", "一、项目概况：本工程位于{pl}区，主要内容为沥青路面修复约{n2}平方米，最高投标限价{m}万元。",
          "二、投标人资格：具备市政公用工程施工总承包三级及以上资质。", "三、招标文件获取时间：{ymd}至{ymd}。",
          "四、开标时间：{ymd}上午9:30，地点：{pl}区公共资源交易中心。", "五、工期：{n}日历天。", "联系人：{nm}  电话：{tel}"],
    sign=["招标人：{org}"])
G["news"] = dict(
    title=["{pl}镇召开{yr}年度乡村振兴工作推进会", "{pl}区举办{yr}年就业招聘会", "{pl}街道开展夏季消防安全宣传活动"],
    body=["{md}，{pl}镇召开乡村振兴工作推进会，镇党委书记{nm}出席并讲话。",
          "会议通报了今年以来全镇{n}个行政村的重点任务完成情况，全镇累计流转土地{n2}亩，新建高标准农田{n2}亩。",
          "{nm}强调，要把发展特色产业作为增收的关键，推动村集体经济收入年均增长{p}%以上。",
          "本次招聘会共有{n}家企业参加，提供岗位{n2}个，现场达成就业意向{n}人。", "各村党组织书记、镇直各部门负责人共{n}人参加会议。"],
    sign=["（{org}供稿）"])
G["email"] = dict(
    title=["主题：关于{yr}年度预算编制的通知", "主题：{md}部门例会安排"],
    body=["发件人：{nm}", "收件人：各部门负责人", "各位同事：",
          "请于{md}前将本部门{yr}年度预算表报财务科，预算总额控制在{m}万元以内。", "如有疑问请联系{nm}，分机{ext}，手机{tel}。", "谢谢！"],
    sign=["{nm}", "财务科"])
G["paper"] = dict(
    title=["基于面板数据的{pl}地区农村居民收入影响因素分析", "{pl}市社区养老服务满意度调查研究"],
    body=["摘要：本文利用{yr0}—{yr}年{n}个县的面板数据，构建固定效应模型，分析农村居民人均可支配收入的影响因素。",
          "结果表明，农业机械化水平每提高1个百分点，人均收入增长{p}%。", "本次调查共发放问卷{n}份，回收有效问卷{n}份，有效率{p}%。",
          "关键词：农村收入；面板数据；固定效应", "基金项目：{pl}省社会科学基金项目（{no}）"],
    sign=["作者：{nm}（{pl}农业大学经济管理学院）"])
GENRES = list(G)

SLOT = re.compile(r"\{(\w+)\}")


def render_line(tpl, ctx, cfg):
    """cfg: {kind: (prob, fams)}; returns segments."""
    segs = []
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], False))
        k = m.group(1)
        real = ctx.real(k)
        ck = k if (cfg and k in cfg) else CANON.get(k, k)
        if cfg and ck in cfg:
            key = (ck, real)
            if key not in ctx.memo:
                prob, fams = cfg[ck]
                ctx.memo[key] = mask(k, real, ctx.r.choice(fams), ctx.r) if ctx.r.random() < prob else None
            got = ctx.memo[key]
            segs.extend(got if got else [(real, False)])
        else:
            segs.append((real, False))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], False))
    return segs


def pick_lines(r, genre, lo=3, hi=9, title=True, sign=True):
    g = G[genre]
    body = g["body"]
    k = min(len(body), r.randint(lo, hi))
    start = r.randint(0, len(body) - k)
    chosen = body[start:start + k] if r.random() < 0.6 else sorted(r.sample(body, k), key=body.index)
    out = []
    if title:
        out.append(r.choice(g["title"]))
    out += chosen
    if sign and r.random() < 0.8:
        out += g["sign"]
    return out[:12]


def segs_to_record(lines_segs):
    text = ""
    spans = []
    for i, segs in enumerate(lines_segs):
        if i:
            text += "\n"
        for t, f in segs:
            if f and t:
                if spans and spans[-1][1] == len(text):
                    spans[-1][1] += len(t)
                else:
                    spans.append([len(text), len(text) + len(t)])
            text += t
    return text, spans


def clean_doc(r, genre, lo=3, hi=9, title=True, sign=True):
    ctx = Ctx(r)
    return [SEG_JOIN(render_line(t, ctx, None)) for t in pick_lines(r, genre, lo, hi, title, sign)]


def SEG_JOIN(segs):
    return "".join(t for t, _ in segs)


# ---------------------------------------------------------------- detectors for --verify
PH_RE = re.compile(
    r"[xXｘＸ×＊*_＿○〇□△]|某|【.*?】|\{\{|\$\{|%s|\{\d\}|TODO|TBD|待定|待补充|待填|此处|填写|请填|«|<<|<[A-Z_]+>|"
    r"\[[^\]]+\]|［.*?］|〖.*?〗|@@|Lorem|ipsum|匿名|示例文字|这里是标题|#\{|\{\$|<%|\$[a-z]+\$|\s{2,}[年月日]|^\s+$")
LEVEL1_CACHE = {}


def _uncommon_cjk(c):
    if c in LEVEL1_CACHE:
        return LEVEL1_CACHE[c]
    o = ord(c)
    res = False
    if 0x2E80 <= o <= 0x2FDF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o:
        res = True
    elif 0x4E00 <= o <= 0x9FFF:
        try:
            b = c.encode("gb2312")
            res = b[0] >= 0xD8
        except UnicodeEncodeError:
            res = True
    LEVEL1_CACHE[c] = res
    return res


DMG_RE = re.compile(r"[\ufffd?\u0080-\u02ff\u0370-\u04ff\u2500-\u259f\u3040-\u30ff\uac00-\ud7af\ue000-\uf8ff"
                    r"\uff61-\uff9f\u2018-\u2030\u20ac\u2122\u1100-\u11ff\u3130-\u318f]|&[#a-zA-Z]|\\[uUxX]|=[0-9A-F]{2}|"
                    r"%[0-9A-F]{2}|<|>|\(cid:|\([a-z]{1,6}\)")


def looks_damaged(s):
    if DMG_RE.search(s):
        return True
    return any(_uncommon_cjk(c) for c in s)


# ---------------------------------------------------------------- ph positive styles
def gen_generic(genre, cfg, lo=3, hi=9, only_title=False, only_sign=False):
    genres = genre if isinstance(genre, (list, tuple)) else [genre]

    def f(r):
        for _ in range(50):
            g = r.choice(genres)
            ctx = Ctx(r)
            tpls = pick_lines(r, g, lo, hi)
            out = []
            for i, t in enumerate(tpls):
                use = cfg
                if only_title and i != 0:
                    use = None
                if only_sign and t not in G[g]["sign"]:
                    use = None
                out.append(render_line(t, ctx, use))
            text, spans = segs_to_record(out)
            if spans:
                return text, spans
        raise RuntimeError("no span")
    return f


ALLNUM = {k: (0.8, ["x"]) for k in ("n", "n2", "p", "m", "md", "y", "d")}


def C(kinds, prob, fams):
    return {k: (prob, fams) for k in kinds}


def special(lines_fn):
    """lines_fn(r, ctx) -> list of segment lists"""
    def f(r):
        for _ in range(50):
            ctx = Ctx(r)
            text, spans = segs_to_record(lines_fn(r, ctx))
            if spans:
                return text, spans
        raise RuntimeError
    return f


def L(s, ctx=None):
    """Parse a literal line with inline placeholder markup ⟦...⟧ into segments; fill {slots} from ctx."""
    segs = []
    for part in re.split(r"(⟦.*?⟧)", s):
        if part.startswith("⟦"):
            segs.append((part[1:-1], True))
        elif part:
            segs.extend(render_line(part, ctx, None) if ctx else [(part, False)])
    return segs


def sp_mustache(r, ctx):
    v = r.sample(["{{student_name}}", "{{name}}", "{{ class_no }}", "{{score_chinese}}", "{{teacher}}", "{{date}}"], 3)
    return [L("{pl}实验小学期末成绩通知单", ctx), L(f"亲爱的家长：您的孩子⟦{v[0]}⟧同学本学期各科成绩如下。", ctx),
            L("科目 | 成绩 | 等级"), L(f"语文 | ⟦{v[1]}⟧ | 优秀"), L("数学 | {sc} | 良好", ctx),
            L(f"班主任：⟦{v[2]}⟧"), L("{ymd}", ctx)][: r.randint(5, 7)]


def sp_bracket(r, ctx):
    q = r.choice([("【", "】"), ("【", "】"), ("[", "]"), ("〖", "〗"), ("［", "］")])
    a = [q[0] + x + q[1] for x in (r.choice(["单位名称", "申报单位"]), r.choice(["项目名称", "具体项目"]), r.choice(["联系人", "经办人姓名"]))]
    lines = [L(f"关于⟦{a[0]}⟧申报{{yr}}年度专项资金的请示", ctx), L("区财政局："),
             L(f"根据有关文件精神，我单位拟申报⟦{a[1]}⟧，申请资金{{m}}万元，主要用于设备购置和人员培训。", ctx),
             L("妥否，请批示。"), L(f"联系人：⟦{a[2]}⟧  电话：{{tel}}", ctx)]
    return lines


def sp_underscore(r, ctx):
    u = lambda: r.choice(["＿＿＿＿", "________", "＿＿＿＿＿＿", "__________"])
    return [L("建筑材料采购合同"), L(f"卖方：⟦{u()}⟧"), L("买方：{co}", ctx),
            L(f"一、标的：水泥（P.O 42.5）⟦{u()}⟧吨，单价{{y}}元/吨。", ctx), L(f"二、交货地点：⟦{u()}⟧"),
            L("三、付款方式：货到验收合格后十五日内付清。"), L(f"卖方代表（签字）：⟦{u()}⟧")][: r.randint(4, 7)]


def sp_dateblank(r, ctx):
    blank = r.choice(["    年    月    日", "　　年　　月　　日", "      年   月   日"])
    g = r.choice(["lease", "sale"])
    lines = [L(SEG_JOIN(render_line(t, ctx, None))) for t in pick_lines(r, g, 3, 6, sign=False)]
    lines.append(L("甲方（签章）：{nm}          乙方（签章）：{co}", ctx))
    lines.append([("签订日期：", False), (blank, True)])
    return lines


def sp_tbd(r, ctx):
    t = lambda: r.choice(["待定", "待定", "TBD", "待补充", "待填"])
    return [L("{pl}区{yr}年道路维修工程招标公告", ctx), L("项目编号：{pno}", ctx),
            L(f"一、项目概况：本工程位于{{pl}}区，最高投标限价⟦{t()}⟧万元。", ctx), L("二、投标人资格：具备市政公用工程施工总承包三级及以上资质。"),
            L(f"三、开标时间：⟦{t()}⟧，地点：{{pl}}区公共资源交易中心。", ctx), L("联系人：{nm}  电话：{tel}", ctx)]


def sp_instruction(r, ctx):
    ins = r.choice(["（此处填写项目概况，不少于200字）", "（此处插入项目区位图）", "（请填写本单位年度工作亮点）",
                    "（此处填写具体整改措施）", "[此处插入表格]", "（在此处键入正文）"])
    base = [L(SEG_JOIN(render_line(t, ctx, None))) for t in pick_lines(r, r.choice(["gov", "notice", "tender"]), 3, 6, sign=False)]
    pos = r.randint(1, len(base))
    base.insert(pos, [(ins, True)])
    return base


def sp_todo(r, ctx):
    base = [SEG_JOIN(render_line(t, ctx, None)) for t in pick_lines(r, r.choice(["gov", "news", "notice"]), 4, 7)]
    out = [L(b) for b in base]
    k = r.randint(1, 2)
    for i in r.sample(range(1, len(out)), min(k, len(out) - 1)):
        tag = r.choice(["TODO：补充数据", "【TODO】", "（TODO 核实）", "TBD", "（待补充）", "[待核实数据]"])
        out[i] = out[i] + [(tag, True)]
    return out


def sp_chevron(r, ctx):
    q = r.choice([("«", "»"), ("<<", ">>"), ("«", "»")])
    f = [q[0] + x + q[1] for x in (r.choice(["姓名", "FirstName", "收件人"]), r.choice(["部门", "科室"]), r.choice(["金额", "标准"]))]
    return [L("主题：年度体检安排"), L(f"尊敬的⟦{f[0]}⟧：", ctx),
            L(f"您好！根据工会安排，您所在的⟦{f[1]}⟧将于{{md}}参加年度健康体检，请空腹前往{{pl}}市人民医院体检中心。", ctx),
            L(f"体检套餐标准：⟦{f[2]}⟧元/人。"), L("人事处"), L("{ymd}", ctx)]


def sp_templatevars(r, ctx):
    v = r.sample(["${customerName}", "%s", "{0}", "${orderNo}", "{1}", "#{user.name}", "$name$", "<%= amount %>", "{$title}", "[[date]]"], 3)
    return [L("【{pl}燃气】缴费提醒", ctx),
            L(f"尊敬的用户⟦{v[0]}⟧，您户号{{no}}的燃气费已于{{md}}出账，本期应缴⟦{v[1]}⟧元。", ctx),
            L(f"请于⟦{v[2]}⟧前通过营业厅或线上渠道缴纳，逾期将产生滞纳金。"), L("客服热线：96777")]


def sp_mt_tags(r, ctx):
    v = r.sample(["[PERSON_1]", "[ORG]", "<PER>", "<LOC>", "@@NAME@@", "[LOCATION]", "__ORG__", "[PERSON_2]"], 3)
    return [L("（机器翻译，仅供参考）"), L(f"⟦{v[0]}⟧表示，双方将在{{pl}}建设联合实验室，总投资约{{m}}万元。", ctx),
            L(f"协议由⟦{v[1]}⟧与{{co}}于{{ymd}}签署。", ctx), L(f"此前，⟦{v[2]}⟧曾多次率团访问该市。")]


def sp_lorem(r, ctx):
    lorem = r.choice(["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet",
                      "示例文字示例文字示例文字示例文字", "这里是标题这里是标题"])
    base = [L(SEG_JOIN(render_line(t, ctx, None))) for t in pick_lines(r, r.choice(["news", "gov"]), 2, 5, sign=False)]
    base.insert(r.randint(1, len(base)), [(lorem, True)])
    return base


def sp_circle(r, ctx):
    c = r.choice(["○○", "〇〇", "□□", "△△"])
    return [L(f"⟦{c}⟧市⟦{c}⟧区关于表彰{{yr}}年度先进集体的决定", ctx), L("各街道、各部门："),
            L(f"一年来，⟦{c}⟧街道等{{n}}个单位在安全生产工作中成绩突出，经研究，决定予以通报表彰。", ctx),
            L("希望受表彰单位珍惜荣誉，再接再厉。"), L(f"⟦{c}⟧市⟦{c}⟧区人民政府"), L("{ymd}", ctx)]


def sp_publiclist(r, ctx):
    lines = [L("{pl}区{yr}年度困难群众临时救助发放名单公示", ctx), L("序号 | 姓名 | 身份证号 | 联系电话 | 救助金额（元）")]
    for i in range(r.randint(3, 6)):
        nm = r.choice(SURNAMES) + r.choice(GIVEN)
        nmk = mask("nm", nm, "star", r)[0][0]
        idk = mask("id", ctx.real("id"), "star", r)[0][0]
        tk = mask("tel", ctx.real("tel"), "star", r)[0][0]
        lines.append([(f"{i + 1} | ", False), (nmk, True), (" | ", False), (idk, True), (" | ", False), (tk, True),
                      (f" | {r.randint(5, 30) * 100}", False)])
    lines.append(L("公示期：{md}至{md}，监督电话：12345", ctx))
    return lines


def sp_model(r, ctx):
    v = r.choice(["XX型号", "XX型", "XXX牌", "xx品牌", "型号XX-XX"])
    size = r.choice(["XL码", "XXL码", "L码", "M码"])
    return [L("{pl}区{yr}年执法服装采购需求", ctx),
            L(f"1. 春秋执勤服，⟦{v}⟧，面料为涤棉混纺，尺码以{size}为主，数量{{n}}套。", ctx),
            L("2. 执勤鞋，数量{n}双，须提供质检报告。", ctx), L("3. 交货期：合同签订后{d}日内。", ctx)]


def sp_filler_para(r, ctx):
    c = r.choice(["×", "X", "x", "○"])
    fill = c * r.randint(12, 30)
    return [L("{pl}县人民政府关于{yr}年度政府信息公开工作的报告", ctx), L("一、总体情况"),
            [("（正文）", False), (fill, True), ("。", False)],
            [(fill[:r.randint(6, 12)], True), ("，", False), (fill[:r.randint(8, 20)], True), ("。", False)],
            L("二、主动公开政府信息情况"), L("全年主动公开政府信息{n}条。", ctx)][: r.randint(4, 6)]


def sp_pdfsplit(r, ctx):
    items = r.sample(["健康企业", "健康学校", "无烟单位", "健康社区", "卫生村", "健康家庭示范户", "母婴室"], 3)
    units = {"健康企业": "家", "健康学校": "所", "无烟单位": "家", "健康社区": "个", "卫生村": "个", "健康家庭示范户": "户", "母婴室": "间"}
    mk = lambda: r.choice(["xx", "xxx", "XX", "x"])
    out = [L(f"{r.randint(2, 9)}.积极开展健康细胞建设工作。"), L("")]
    line = [("全市共创建", False)]
    for j, it in enumerate(items):
        line += [(it, False), (mk(), True)]
        if j == len(items) - 1 or r.random() < 0.5:
            out.append(line)
            if r.random() < 0.7:
                out.append(L(""))
            line = [(units[it] + ("、" if j < len(items) - 1 else "，完成年度目标任务。"), False)]
        else:
            line += [(units[it] + "、", False)]
    out.append(line)
    return out[:12]


def sp_mixed_traps(r, ctx):
    trap = r.choice(["推进“1+X”证书制度试点", "为群众提供5×8小时咨询服务", "配备数字X光机一台", "采购x86架构服务器",
                     "落实7×24小时值守"])
    c = r.choice(["xx", "xxx", "XX"])
    return [L("{pl}区{yr}年教育卫生工作总结", ctx), L(f"一是{trap}，覆盖学校⟦{c}⟧所。"),
            L(f"二是新增学位⟦{c}⟧个，新建校舍{{n}}平方米。", ctx), L(f"三是基层医疗机构诊疗人次同比增长⟦{r.choice(['xx.x', 'x.x', 'xx'])}⟧%。")]


def sp_blind_review(r, ctx):
    a = r.choice(["XXX", "×××", "[作者姓名]", "（匿名）"])
    u = r.choice(["XX大学", "XXXX学院", "××大学"])
    return [L("{pl}地区农村居民收入影响因素分析", ctx), [("作者：", False), (a, True), ("（", False), (u[:-2], True), (u[-2:] + "）", False)],
            L("摘要：本文利用{yr0}—{yr}年{n}个县的面板数据，构建固定效应模型。", ctx),
            [("基金项目：", False), (r.choice(["XX省", "××省"])[:2], True), ("社会科学基金项目（编号：", False), (r.choice(["XXXXXX", "xxxxxx"]), True), ("）", False)]]


def sp_signblock(r, ctx):
    base = [L(SEG_JOIN(render_line(t, ctx, None))) for t in pick_lines(r, r.choice(["notice", "gov"]), 3, 6, sign=False)]
    c = r.choice(["XX", "××", "xx"])
    base.append([(c, True), ("市", False), (c, True), ("局", False)])
    base.append([(r.choice(["20XX年X月X日", "20××年×月×日", "xxxx年xx月xx日", "202x年x月x日"]), True)])
    return base


def sp_police_mou(r, ctx):
    s = r.choice(SURNAMES)
    s2 = r.choice([x for x in SURNAMES if x != s])
    return [L("{pl}县公安局警情通报", ctx),
            L(f"{{yr}}年⟦某月某日⟧，我局接到报警，称⟦某小区⟧一住户家中财物被盗。", ctx),
            L(f"经侦查，民警将犯罪嫌疑人⟦{s}某⟧（男，{{age}}岁）抓获，同案人⟦{s2}某某⟧仍在追捕中。", ctx),
            L("目前案件正在进一步侦办中。")]


def sp_spreadsheet(r, ctx):
    rows = [L("项目名称\t责任单位\t计划投资（万元）\t完成投资（万元）\t完成率")]
    for _ in range(r.randint(3, 6)):
        nm = r.choice(["道路提升", "污水管网", "学校扩建", "农贸市场改造", "公园建设", "危房改造"])
        org = r.choice(PLACES) + "街道"
        cells = [(f"{nm}工程\t{org}\t", False)]
        if r.random() < 0.5:
            cells += [(r.choice(["xxx", "xx.xx", "待定"]), True), ("\t", False)]
        else:
            cells += [(f"{r.randint(100, 9000)}\t", False)]
        cells += [(r.choice(["xx", "xxx", "xx.x"]), True), ("\t", False), (r.choice(["xx%", "xx.x%"]), True)]
        rows.append(cells)
    return rows


def sp_fullwidth(r, ctx):
    c = r.choice(["ＸＸ", "ｘｘ", "ＸＸＸ"])
    return [L("{pl}街道{yr}年度安全生产工作总结", ctx),
            L(f"全年共检查生产经营单位⟦{c}⟧家，发现隐患⟦{c}⟧处，已全部完成整改。"),
            L("开展应急演练{n}场，参与群众{n}人次。", ctx),
            L(f"⟦{c}⟧社区被评为市级安全社区。")]


def sp_addr(r, ctx):
    return [L("{pl}市{yr}年度出租房屋消防检查情况通报", ctx),
            L(f"检查中发现，⟦{r.choice(['XX', 'xx', '××'])}⟧路⟦{r.choice(['XX', 'xx', 'xxx'])}⟧号出租屋存在电动车室内充电问题。", ctx),
            L(f"⟦{r.choice(['xx', 'XX'])}⟧小区⟦{r.choice(['x', 'X'])}⟧栋⟦{r.choice(['x', 'X'])}⟧单元楼道堆放杂物，已责令整改。"),
            L("下一步将持续开展“拉网式”排查。")]


def sp_year20xx(r, ctx):
    y = r.choice(["20xx", "20XX", "202x", "20××"])
    base = [L(f"{{pl}}区⟦{y}⟧年度法治政府建设工作报告", ctx)]
    base += [L(SEG_JOIN(render_line(t, ctx, None))) for t in G["gov"]["body"][1:r.randint(3, 6)]]
    base.append([(y, True), ("年1月", False), (r.choice(["x", "X", "xx"]), True), ("日", False)])
    return base


PH_POS = [
    ("ph_gov_count_xx", gen_generic("gov", C(["n"], 0.7, ["x"]))),
    ("ph_gov_money_pct", gen_generic("gov", C(["m", "p"], 0.7, ["x", "X"]))),
    ("ph_gov_full_anonymised", gen_generic(["gov", "news"], dict(C(["n", "n2", "m", "p", "md"], 0.85, ["x"]), **C(["pl", "nm"], 0.9, ["x", "X"])))),
    ("ph_gov_date_mask", gen_generic(["gov", "notice"], C(["md", "ymd", "yr"], 0.8, ["x", "X", "×"]))),
    ("ph_title_place_upper_xx", gen_generic(["gov", "news", "tender"], C(["pl", "org"], 1.0, ["X", "x", "×"]), only_title=True)),
    ("ph_notice_contact_mask", gen_generic("notice", dict(C(["nm"], 1.0, ["X", "×", "star"]), **C(["tel"], 1.0, ["star", "x"])))),
    ("ph_notice_org_times", gen_generic("notice", C(["org", "md"], 0.9, ["×"]))),
    ("ph_minutes_xxx_people", gen_generic("minutes", C(["nm"], 0.9, ["X", "×", "circle"]))),
    ("ph_minutes_numbers", gen_generic("minutes", C(["n", "m", "p", "ymd", "md"], 0.8, ["x"]))),
    ("ph_lease_masked_party", gen_generic("lease", dict(C(["nm"], 1.0, ["mou", "star"]), **C(["id", "tel"], 1.0, ["star"])))),
    ("ph_lease_amounts_x", gen_generic("lease", C(["y", "n", "d", "addr"], 0.8, ["x", "X"]))),
    ("ph_sale_company_masked", gen_generic("sale", C(["co", "y"], 0.9, ["X", "x", "mou"]))),
    ("ph_table_cells_xx", gen_generic("table", C(["n", "n2", "p"], 0.6, ["x"]), 4, 6)),
    ("ph_table_place_cells", gen_generic("table", C(["pl"], 0.9, ["x", "X", "×"]), 4, 6)),
    ("ph_medical_name_star", gen_generic("medical", C(["nm", "no", "tel"], 1.0, ["star"]))),
    ("ph_rx_masked_patient", gen_generic("rx", dict(C(["nm"], 1.0, ["star", "X"]), **C(["age", "no"], 0.7, ["x", "star"])))),
    ("ph_lab_masked", gen_generic("lab", C(["nm", "no"], 1.0, ["star", "x"]))),
    ("ph_claim_masked_ids", gen_generic("claim", C(["tel", "card", "plate", "pol", "id"], 0.9, ["star"]))),
    ("ph_bank_masked_card", gen_generic("bank", C(["card", "nm"], 1.0, ["star"]))),
    ("ph_invoice_masked_buyer", gen_generic("invoice", dict(C(["co"], 1.0, ["X", "star"]), **C(["tax", "inv8"], 0.8, ["star"])))),
    ("ph_receipt_payer", gen_generic("receipt", C(["nm", "pl", "co"], 0.9, ["mou", "X"]))),
    ("ph_court_pseudonym", gen_generic("court", C(["p1", "p2", "c1"], 1.0, ["mou"]))),
    ("ph_court_company_xx_addr", gen_generic("court", dict(C(["c1", "addr"], 1.0, ["X", "×"]), **C(["p1", "p2"], 1.0, ["mou"])))),
    ("ph_police_suspect", gen_generic("police", dict(C(["p1"], 1.0, ["mou"]), **C(["age", "pl"], 0.5, ["x", "X"])))),
    ("ph_police_date_place", gen_generic("police", C(["ymd", "pl", "h"], 0.9, ["X", "x"]))),
    ("ph_card_mustache", special(sp_mustache)),
    ("ph_card_star_name", gen_generic("card", C(["nm", "no"], 1.0, ["star"]))),
    ("ph_tender_tbd", special(sp_tbd)),
    ("ph_tender_masked", gen_generic("tender", C(["pno", "m", "n2", "nm", "tel"], 0.8, ["x", "X"]))),
    ("ph_news_people_place", gen_generic("news", C(["nm", "pl", "org"], 0.9, ["X", "×", "x"]))),
    ("ph_email_chevron_merge", special(sp_chevron)),
    ("ph_sms_template_vars", special(sp_templatevars)),
    ("ph_bracket_fields", special(sp_bracket)),
    ("ph_instruction_line", special(sp_instruction)),
    ("ph_todo_draft", special(sp_todo)),
    ("ph_blind_review", special(sp_blind_review)),
    ("ph_circle_marks", special(sp_circle)),
    ("ph_mt_entity_tags", special(sp_mt_tags)),
    ("ph_lorem_filler", special(sp_lorem)),
    ("ph_fullwidth_xx", special(sp_fullwidth)),
    ("ph_year_20xx", special(sp_year20xx)),
    ("ph_address_mask", special(sp_addr)),
    ("ph_public_list_masked", special(sp_publiclist)),
    ("ph_model_xx_with_size", special(sp_model)),
    ("ph_filler_paragraph", special(sp_filler_para)),
    ("ph_signature_block", special(sp_signblock)),
    ("ph_mixed_with_traps", special(sp_mixed_traps)),
    ("ph_pdf_split_lines", special(sp_pdfsplit)),
    ("ph_spreadsheet_tsv", special(sp_spreadsheet)),
    ("ph_contract_underscores", special(sp_underscore)),
    ("ph_contract_date_blank", special(sp_dateblank)),
    ("ph_police_mou_date", special(sp_police_mou)),
]


# ---------------------------------------------------------------- ph negatives
CTX_GENRES = ["gov", "news", "notice", "minutes", "tender", "paper"]


BOILER_TOP = ["发布时间：{ymd}  来源：{org}", "发布日期：{ymd}  浏览次数：{n}", "【字体：大 中 小】【打印本页】【关闭窗口】",
              "信息来源：{org}  发布时间：{date8}", "当前位置：首页 > 政务公开 > 工作动态"]
BOILER_END = ["（责任编辑：{nm}）", "扫一扫在手机打开当前页", "分享到：微信  微博", "附件：无", "联系电话：{tel}",
              "【打印本页】【关闭窗口】", "来源：{org}"]


def wrap(r, lines, keep=False):
    """Add scraped-page boilerplate (clean) around the trap lines for variety."""
    lines = list(lines)
    if keep:
        return lines[:12]
    if r.random() < 0.5 and len(lines) < 11:
        lines.insert(1, r.choice(BOILER_TOP))
    if r.random() < 0.6 and len(lines) < 11:
        lines += r.sample(BOILER_END, r.randint(1, 2))
    return lines[:12]


def neg(fn, keep=False):
    def f(r):
        ctx = Ctx(r)
        lines = wrap(r, fn(r, ctx), keep=keep)
        return "\n".join(SEG_JOIN(render_line(x, ctx, None)) for x in lines), []
    return f


def fill(r, genre, k=3):
    return pick_lines(r, genre, 2, k, title=False, sign=False)


PH_NEG = [
    ("phn_1plusx_certificate", neg(lambda r, c: ["{pl}职业技术学院{yr}年教学工作总结",
        r.choice(["深入推进“1+X”证书制度试点，新增试点证书{n}个，参加考核学生{n}人，通过率{p}%。",
                  "落实1+X证书制度，组织学生参加Web前端开发等{d}类证书考核。"]),
        r.choice(["探索“7+X”课后服务模式，开设兴趣课程{n}门。", "构建“5+X”课程体系，覆盖全体在校生。"]), "学院获评省级示范性职业院校。"])),
    ("phn_x86_procurement", neg(lambda r, c: ["{org}信息化设备采购清单",
        r.choice(["服务器：x86架构，2路CPU，内存≥256GB，数量{d}台。", "国产化终端：支持ARM与x86双平台，数量{n}台。"]),
        "操作系统：64位，兼容x64应用。", r.choice(["交换机：24口千兆，数量{d}台。", "预算金额{m}万元。"])])),
    ("phn_xray_medical", neg(lambda r, c: ["{pl}区卫生健康局{yr}年基层医疗能力提升情况",
        r.choice(["为{d}家乡镇卫生院配备数字化X光机，完成X射线防护检测{n}台次。",
                  "胸部X线检查共{n}人次，阳性检出率{p}%。"]), "开展CT、彩超远程会诊{n}例。", "辐射工作人员个人剂量监测覆盖率100%。"])),
    ("phn_clothing_sizes", neg(lambda r, c: ["{pl}中学{yr}年校服征订说明",
        "尺码对照：S码（150cm）、M码（160cm）、L码（170cm）、XL码（175cm）、XXL码（180cm）、XXXL码（185cm）。",
        "每套价格{f}元（含春秋装各一套）×2套。" if r.random() < 0.3 else "每套价格{n}元，自愿征订。", "请家长于{md}前在小程序完成选码。"])),
    ("phn_service_hours", neg(lambda r, c: ["{pl}区政务服务中心便民服务指南",
        r.choice(["实行5×8小时工作制，周末提供预约服务。", "开通7×24小时自助服务区，可办理社保查询等{n}项业务。"]),
        "热线服务实行“5+2”“白+黑”值守机制。", "服务电话：12345"])),
    ("phn_dimensions", neg(lambda r, c: ["{pl}小学课桌椅采购技术参数",
        "课桌尺寸：1200×600×750mm，桌面板厚度≥18mm。", r.choice(["教室面积按8×9米计算，每间可放置课桌{d}套。",
                                                       "展板规格为3×4米，共{d}块。"]), "质保期：{d}年。"])),
    ("phn_formula_xy", neg(lambda r, c: ["{pl}地区居民消费与收入关系的实证分析",
        "设x为人均可支配收入，y为人均消费支出，建立回归模型 y = α + βx + ε。",
        r.choice(["估计结果显示β = 0.{n}，在1%的水平上显著。", "当x增加1个单位时，y平均增加0.{n}个单位。"]),
        "图1中横轴为x（万元），纵轴为y（万元）。"])),
    ("phn_mou_prose", neg(lambda r, c: ["{pl}街道{yr}年工作总结（节选）",
        r.choice(["在某些领域仍存在短板，某种程度上制约了发展。", "部分群众对某些政策理解不到位，某种观念仍需转变。"]),
        *fill(r, "gov", 3)])),
    ("phn_mounian_memoir", neg(lambda r, c: ["村史馆文字稿：我们的老支书",
        r.choice(["老人回忆说，某年某月的一场大水，把村口的石桥冲垮了。", "某天傍晚，他一个人扛着锄头上了后山。"]),
        "那时候全村只有{n}户人家，靠着几亩薄田过日子。", "如今，村里通了公路，建起了{d}家民宿。"])),
    ("phn_exam_blanks", neg(lambda r, c: ["{pl}小学{yr}学年四年级数学期中试卷",
        "一、填空题（每空1分）", "1. 一个数由5个万和3个一组成，这个数是____。",
        "2. 3时整，时针和分针所成的角是（    ）度。", "二、选择题", "1. 下列算式中，得数最大的是（  ）。A. 25×4  B. 125×8  C. 36÷4"])),
    ("phn_roman_numerals", neg(lambda r, c: ["{pl}市{yr}年生态环境状况公报（摘要）",
        r.choice(["全市{d}个国考断面水质均达到Ⅲ类及以上，其中Ⅱ类占{p}%。", "Ⅰ类—Ⅲ类水质断面比例为{p}%，无劣Ⅴ类断面。"]),
        "Ⅱ型糖尿病患者规范管理率{p}%。" if r.random() < 0.3 else "空气质量优良天数{n}天。", "本工程第Ⅱ标段已完工。"])),
    ("phn_karyotype_xx", neg(lambda r, c: ["{pl}市妇幼保健院遗传咨询报告",
        r.choice(["染色体核型分析结果：46,XX，未见明显异常。", "染色体核型：46,XY，正常男性核型。"]),
        "该病为X连锁隐性遗传，男性发病率高于女性。", "建议孕{d}周行产前诊断。", "报告医师：{nm}"])),
    ("phn_significance_stars", neg(lambda r, c: ["表{d}  不同干预组血压变化比较（x̄±s）",
        "组别 | 例数 | 干预前 | 干预后", "干预组 | {n} | 152.3±10.2 | 132.6±9.8**", "对照组 | {n} | 151.8±11.0 | 145.1±10.5*",
        "注：与干预前比较，*P<0.05，**P<0.01。"])),
    ("phn_filenames", neg(lambda r, c: ["附件下载",
        r.choice(["附件1：{pl}区{yr}年度预算_公开版.pdf", "附件：report_2023_final_v2.docx"]),
        "附件2：申报表（模板）.xlsx", "数据字段说明：user_id、org_code、create_time 分别为用户编号、机构代码和创建时间。"])),
    ("phn_gov_urls", neg(lambda r, c: ["信息公开指南",
        r.choice(["本机关政府信息公开网址：https://www.qh.gov.cn/xxgk/zfxxgkzn/", "详见门户网站“信息公开”栏目（http://www.lt.gov.cn/xxgk/index.html）。"]),
        "电子邮箱：xxgk_office@example.gov.cn", "办公时间：工作日9:00-17:00"])),
    ("phn_sports_3x3", neg(lambda r, c: ["{pl}区第{d}届全民运动会成绩公告",
        r.choice(["3×3篮球比赛共有{d}支队伍参赛，{pl}街道队获得冠军。", "男子4×100米接力决赛成绩为47秒{d}。"]),
        "女子4×400米接力由{pl}中学代表队夺冠。", "本届运动会共设{d}个大项。"])),
    ("phn_hex_codes", neg(lambda r, c: ["网站改版技术说明",
        "主题色采用#C8102E，辅助色为#FFFFFF和#333333。", r.choice(["状态码0x1F表示校验失败，0x00表示成功。", "寄存器地址0x3A，默认值0xFF。"]),
        "页面宽度统一为1200px。"])),
    ("phn_product_names", neg(lambda r, c: ["机关老旧电脑替换情况说明",
        r.choice(["全局仍有{d}台电脑运行Windows XP系统，存在安全隐患。", "部分设计人员使用Mac OS X系统。"]),
        "计划于{md}前完成国产化替代。", "涉及经费{m}万元。"])),
    ("phn_clean_report", neg(lambda r, c: pick_lines(r, r.choice(["gov", "news", "notice", "minutes"]), 3, 8), keep=True)),
    ("phn_daiding_math", neg(lambda r, c: ["高一数学教学设计：待定系数法",
        "教学目标：掌握用待定系数法求一次函数解析式的方法。", "例题：已知一次函数的图象经过点(1, 3)和(2, 5)，求这个函数的解析式。",
        "解：设y = kx + b，把两点坐标代入得 k + b = 3，2k + b = 5，解得k = 2，b = 1。"])),
    ("phn_chinese_zero_dates", neg(lambda r, c: ["{pl}市人民政府关于公布第二批历史建筑名录的通知",
        "各区人民政府，市政府各部门：", r.choice(["该建筑始建于一九〇〇年前后，二〇〇八年列为市级文物保护单位。",
                                         "经二〇〇〇年、二〇一〇年两次普查确认。"]), "{pl}市人民政府", "{ymdcn}"])),
    ("phn_scientific_notation", neg(lambda r, c: ["{pl}市疾控中心饮用水检测报告",
        r.choice(["菌落总数：1.2×10² CFU/mL，符合标准。", "检出限为5×10⁻⁴ mg/L。"]), "白细胞计数 | {f} | ×10^9/L | 3.5-9.5",
        "检测结论：所检项目符合GB 5749-2022要求。"])),
    ("phn_invoice_category_star", neg(lambda r, c: pick_lines(r, "invoice", 4, 7), keep=True)),
    ("phn_star_rating", neg(lambda r, c: ["{pl}区{yr}年文明餐饮单位评定结果",
        "{pl}酒家：★★★★★（五星级）", "{pl}小吃店：★★★☆☆", "评定标准：卫生、服务、价格三项，满分100分。"])),
    ("phn_contract_filled", neg(lambda r, c: pick_lines(r, r.choice(["lease", "sale"]), 4, 8) + ["（以下无正文）"], keep=True)),
    ("phn_pinyin_x_names", neg(lambda r, c: ["{pl}市与厦门、西安开展文旅合作",
        r.choice(["英文译名：Xiamen International Travel Fair，简称XITF。", "项目合作方为西安交通大学（XJTU）。"]),
        "新华社（Xinhua）对此进行了报道。", "合作期限为{d}年。"])),
]


# ---------------------------------------------------------------- mojibake damage functions
def d_utf8_gbk(s, r):
    return s.encode("utf-8").decode("gbk", errors="replace")


def d_utf8_gb18030(s, r):
    return s.encode("utf-8").decode("gb18030", errors="replace")


def d_kunjinkao(s, r):
    return s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")


def d_utf8_cp1252(s, r):
    return s.encode("utf-8").decode("cp1252", errors=r.choice(["replace", "ignore"]))


def d_utf8_latin1(s, r):
    return s.encode("utf-8").decode("latin-1")


def d_latin1_twice(s, r):
    return s.encode("utf-8").decode("cp1252", "replace").encode("utf-8").decode("cp1252", "replace")


def d_gbk_utf8(s, r):
    return s.encode("gbk").decode("utf-8", errors="replace")


def d_gb2312_utf8(s, r):
    return s.encode("gb2312", "replace").decode("utf-8", errors="replace")


def d_ascii_q(s, r):
    return s.encode("ascii", errors="replace").decode("ascii")


def d_big5_gbk(s, r):
    t = s.translate(str.maketrans({k: v[0] for k, v in PY.items()}))
    return t.encode("big5", "replace").decode("gbk", errors="replace")


def d_gbk_big5(s, r):
    return s.encode("gbk").decode("big5", errors="replace")


def d_utf8_sjis(s, r):
    return s.encode("utf-8").decode("shift_jis", errors="replace")


def d_gbk_sjis(s, r):
    return s.encode("gbk").decode("shift_jis", errors="replace")


def d_utf8_koi8(s, r):
    return s.encode("utf-8").decode("koi8_r")


def d_utf8_cp1251(s, r):
    return s.encode("utf-8").decode("cp1251", errors="replace")


def d_utf8_euckr(s, r):
    return s.encode("utf-8").decode("euc_kr", errors="replace")


def d_utf8_eucjp(s, r):
    return s.encode("utf-8").decode("euc_jp", errors="replace")


def d_utf8_utf16(s, r):
    b = s.encode("utf-8")
    if len(b) % 2:
        b += b" "
    return b.decode("utf-16-le", errors="replace")


def d_utf8_cp437(s, r):
    return s.encode("utf-8").decode("cp437")


def d_utf8_macroman(s, r):
    return s.encode("utf-8").decode("mac_roman")


def d_gbk_misalign(s, r):
    b = s.encode("gbk")
    return b[1:].decode("gbk", errors="replace")


def d_truncate(s, r):
    b = s.encode("utf-8")
    cut = r.randint(1, max(1, len(b) // 3)) * 3 - r.choice([1, 2])
    return b[:max(1, cut)].decode("utf-8", errors="replace")


def d_double_gbk(s, r):
    t = s.encode("utf-8").decode("gbk", "replace")
    return t.encode("utf-8").decode("gbk", "replace")


def d_num_ent(s, r):
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in s)


def d_hex_ent(s, r):
    return "".join(f"&#x{ord(c):x};" if ord(c) > 127 else c for c in s)


def d_uescape(s, r):
    return s.encode("unicode_escape").decode("ascii")


def d_bytes_escape(s, r):
    return "".join(f"\\x{b:02x}" if b > 127 else chr(b) for b in s.encode("utf-8"))


def d_qp(s, r):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


def d_url(s, r):
    return urllib.parse.quote(s)


def d_mime(s, r):
    cs = r.choice(["UTF-8", "gb2312"])
    b = s.encode("utf-8" if cs == "UTF-8" else "gb2312", "replace")
    return f"=?{cs}?B?{base64.b64encode(b).decode('ascii')}?="


def d_kangxi(s, r):
    return s.translate(KANGXI)


def d_pua(s, r):
    return "".join(chr(0xE000 + (ord(c) % 0x1800)) if (0x4E00 <= ord(c) <= 0x9FFF and r.random() < 0.6) else c for c in s)


def d_cid(s, r):
    return "".join(f"(cid:{ord(c) % 9000 + 100})" if 0x4E00 <= ord(c) <= 0x9FFF and r.random() < 0.7 else c for c in s)


def d_html_wrap(s, r):
    tag = r.choice(['<span style="font-family:宋体;font-size:16px">', '<p class="MsoNormal">', "<strong>",
                    '<font face="仿宋_GB2312">', '<span lang="EN-US">'])
    close = {"<strong>": "</strong>"}.get(tag, "</span>" if "span" in tag else ("</p>" if "<p" in tag else "</font>"))
    return [(tag, True), (s, False), (close, True)]


def d_html_ent_named(s, r):
    out = []
    for i, c in enumerate(s):
        if c in "，。" and r.random() < 0.7:
            out.append((c, False))
            out.append((r.choice(["&nbsp;", "&nbsp;&nbsp;", "&emsp;"]), True))
        elif c == "“":
            out.append(("&ldquo;", True))
        elif c == "”":
            out.append(("&rdquo;", True))
        else:
            out.append((c, False))
    if not any(f for _, f in out):
        out.insert(0, ("&nbsp;&nbsp;&nbsp;&nbsp;", True))
    return out


def d_html_double(s, r):
    return r.choice([f"&amp;lt;p&amp;gt;{s}&amp;lt;/p&amp;gt;", f"&amp;nbsp;{s}", f"&lt;br/&gt;{s}",
                     html.escape(html.escape(f"<b>{s}</b>"))])


def d_broken_tag(s, r):
    b = s.encode("gbk")
    t = b[:-1].decode("gbk", "replace") if len(b) > 2 else s
    return t + r.choice(["?/strong>", "?/span>", "</p", "?/p>"])


def d_json_escape(s, r):
    return json.dumps("<p>" + s + "</p>")[1:-1].replace("<", "\\u003c").replace(">", "\\u003e")


def d_pinyin(s, r):
    out = []
    for c in s:
        if c in PY:
            out.append(PY[c][0] + "(" + PY[c][1] + ")")
        else:
            out.append(c)
    return "".join(out)


def d_bom(s, r):
    return None  # handled specially


def d_smartq(s, r):
    return s.encode("utf-8").decode("cp1252", "replace")


PY_SRC = ("发發fā 区區qū 组組zǔ 织織zhī 经經jīng 济濟jì 会會huì 议議yì 书書shū 记記jì 导導dǎo 领領lǐng 设設shè 项項xiàng "
          "务務wù 实實shí 现現xiàn 环環huán 卫衛wèi 质質zhì 这這zhè 开開kāi 关關guān 为為wèi 众眾zhòng 产產chǎn 业業yè "
          "农農nóng 乡鄉xiāng 镇鎮zhèn 户戶hù 万萬wàn 亿億yì 计計jì 划劃huà 长長zhǎng 监監jiān 检檢jiǎn 动動dòng 进進jìn "
          "办辦bàn 报報bào 资資zī 费費fèi 财財cái 党黨dǎng 员員yuán 团團tuán 体體tǐ 协協xié 调調tiáo 与與yǔ 标標biāo "
          "准準zhǔn 统統tǒng 筹籌chóu 确確què 稳穩wěn 应應yīng 险險xiǎn 隐隱yǐn 疗療liáo 医醫yī 养養yǎng 护護hù 达達dá "
          "个個gè 对對duì 时時shí 间間jiān 积積jī 极極jí 优優yōu 营營yíng 级級jí 规規guī 门門mén 线線xiàn 网網wǎng "
          "电電diàn 车車chē 辆輛liàng 广廣guǎng 东東dōng 国國guó 华華huá 学學xué 处處chù 据據jù 数數shù 点點diǎn "
          "况況kuàng 总總zǒng 结結jié 认認rèn 识識shí 讲講jiǎng 话話huà 论論lùn 习習xí 传傳chuán 风風fēng 队隊duì "
          "联聯lián 纪紀jì 违違wéi 问問wèn 题題tí 们們men 来來lái 还還hái 过過guò 让讓ràng 从從cóng 将將jiāng "
          "约約yuē 责責zé 训訓xùn 阶階jiē 贯貫guàn 彻徹chè 围圍wéi 绕繞rào 紧緊jǐn 动動dòng 门門mén 场場chǎng 务務wù "
          "县縣xiàn 街街jiē 园園yuán 树樹shù 态態tài 节節jié 减減jiǎn 灾災zāi 补補bǔ 贴貼tiē 岁歲suì 职職zhí 庆慶qìng "
          "图圖tú 馆館guǎn 艺藝yì 观觀guān 宁寧níng 兴興xīng 劳勞láo 动動dòng 层層céng 类類lèi 设設shè 备備bèi 项項xiàng")
PY = {}
for tok in PY_SRC.split():
    s_, t_, p_ = tok[0], tok[1], tok[2:]
    if s_ != t_:
        PY[s_] = (t_, p_)
KANGXI = {ord("一"): "⼀", ord("人"): "⼈", ord("民"): "⺠", ord("工"): "⼯", ord("大"): "⼤", ord("长"): "⻓",
          ord("门"): "⻔", ord("金"): "⾦", ord("生"): "⽣", ord("用"): "⽤", ord("日"): "⽇", ord("月"): "⽉",
          ord("年"): "年", ord("水"): "⽔", ord("目"): "⽬", ord("食"): "⻝", ord("车"): "⻋", ord("见"): "⻅",
          ord("心"): "⼼", ord("力"): "⼒", ord("入"): "⼊", ord("小"): "⼩", ord("山"): "⼭", ord("子"): "⼦",
          ord("女"): "⼥", ord("高"): "⾼", ord("文"): "⽂", ord("方"): "⽅", ord("立"): "⽴", ord("言"): "⾔",
          ord("行"): "⾏", ord("米"): "⽶", ord("走"): "⾛", ord("面"): "⾯", ord("青"): "⻘", ord("风"): "⻛",
          ord("马"): "⻢", ord("龙"): "⻰", ord("二"): "⼆", ord("十"): "⼗", ord("八"): "⼋", ord("口"): "⼝",
          ord("土"): "⼟", ord("士"): "⼠", ord("上"): "上", ord("手"): "⼿", ord("支"): "⽀", ord("无"): "⽆",
          ord("生"): "⽣", ord("田"): "⽥", ord("白"): "⽩", ord("石"): "⽯", ord("示"): "⽰", ord("色"): "⾊"}


# ---------------------------------------------------------------- stretch selection
CJK = re.compile(r"[\u4e00-\u9fff]")


def has_cjk(s):
    return bool(CJK.search(s))


def choose_stretches(r, lines, pos):
    """Return list of (line_index, start, end)."""
    body = [i for i in range(1, len(lines)) if has_cjk(lines[i])] or [0]
    if pos == "title":
        ln = lines[0]
        if r.random() < 0.5:
            return [(0, 0, len(ln))]
        a = r.randint(0, max(0, len(ln) - 4))
        return [(0, a, min(len(ln), a + r.randint(2, 6)))]
    if pos == "line":
        i = r.choice(body)
        return [(i, 0, len(lines[i]))]
    if pos == "para":
        i = r.choice(body)
        k = r.randint(2, 4)
        return [(j, 0, len(lines[j])) for j in range(i, min(len(lines), i + k)) if has_cjk(lines[j])]
    if pos == "sign":
        i = len(lines) - 1
        while i > 0 and not has_cjk(lines[i]):
            i -= 1
        return [(i, 0, len(lines[i]))]
    if pos == "cell":
        cand = [(i, m.start(), m.end()) for i, ln in enumerate(lines) for m in re.finditer(r"[^|\t]+", ln)
                if has_cjk(m.group()) and ("|" in ln or "\t" in ln)]
        if not cand:
            return choose_stretches(r, lines, "word")
        i, a, b = r.choice(cand)
        while a < b and lines[i][a] == " ":
            a += 1
        while b > a and lines[i][b - 1] == " ":
            b -= 1
        return [(i, a, b)]
    if pos == "phrase":
        i = r.choice(body)
        segs = [m for m in re.finditer(r"[^，。；：、（）]+", lines[i]) if has_cjk(m.group())]
        m = r.choice(segs)
        return [(i, m.start(), m.end())]
    if pos in ("word", "multi"):
        out = []
        n = 1 if pos == "word" else r.randint(2, 3)
        for i in r.sample(body, min(n, len(body))):
            runs = [m for m in re.finditer(r"[\u4e00-\u9fff]{2,}", lines[i])]
            if not runs:
                continue
            m = r.choice(runs)
            L_ = r.randint(2, min(5, len(m.group())))
            a = r.randint(m.start(), m.end() - L_)
            out.append((i, a, a + L_))
        return out or choose_stretches(r, lines, "line")
    raise KeyError(pos)


def apply_damage(r, lines, stretches, dmg):
    """Apply dmg to stretches; returns text, spans."""
    per_line = {}
    for i, a, b in stretches:
        per_line.setdefault(i, []).append((a, b))
    segs_lines = []
    for i, ln in enumerate(lines):
        segs = []
        pos = 0
        for a, b in sorted(per_line.get(i, [])):
            if a < pos:
                continue
            segs.append((ln[pos:a], False))
            out = dmg(ln[a:b], r)
            if isinstance(out, str):
                segs.append((out, True))
            else:
                segs.extend(out)
            pos = b
        segs.append((ln[pos:], False))
        segs_lines.append(segs)
    return segs_to_record(segs_lines)


def gen_mj(genres, dmg, positions, lo=3, hi=8):
    genres = genres if isinstance(genres, (list, tuple)) else [genres]
    positions = positions if isinstance(positions, (list, tuple)) else [positions]

    def f(r):
        for _ in range(60):
            lines = clean_doc(r, r.choice(genres), lo, hi)
            st = choose_stretches(r, lines, r.choice(positions))
            text, spans = apply_damage(r, lines, st, dmg)
            if spans and all(looks_damaged(text[a:b]) for a, b in spans):
                return text, spans
        raise RuntimeError("mj gen failed")
    return f


def mj_special(fn):
    def f(r):
        for _ in range(60):
            lines_segs = fn(r, Ctx(r))
            text, spans = segs_to_record(lines_segs)
            if spans and all(looks_damaged(text[a:b]) for a, b in spans):
                return text, spans
        raise RuntimeError("mj special failed")
    return f


def ms_bom(r, ctx):
    lines = clean_doc(r, r.choice(GENRES), 3, 7)
    bom = "\ufeff".encode("utf-8").decode(r.choice(["cp1252", "latin-1"]))
    return [[(bom, True), (lines[0], False)]] + [[(x, False)] for x in lines[1:]]


def ms_smartq_en(r, ctx):
    lines = clean_doc(r, "paper", 2, 4, sign=False)
    en = r.choice(["Abstract: This paper examines the county’s “rural revitalization” policy and its effect on income.",
                   "Keywords: “digital government”; public service; county-level data",
                   "It’s found that the programme’s impact is significant – especially for low-income households."])
    segs = []
    for piece in re.split(r"([’“”–])", en):
        if piece in ("’", "“", "”", "–"):
            segs.append((piece.encode("utf-8").decode("cp1252", "replace"), True))
        elif piece:
            segs.append((piece, False))
    return [[(x, False)] for x in lines] + [segs]


def ms_mixed_foreign(r, ctx):
    lines = clean_doc(r, "news", 2, 4, sign=False)
    q = r.choice(["俄方代表表示：«Мы высоко ценим сотрудничество».", "日方代表在致辞中说：「協力を深めたい」。",
                  "韩方代表说：“협력을 강화하겠습니다”。", "法方代表致辞：« Nous saluons cette coopération. »"])
    w = r.choice(["双方签署合作备忘录", "推动经贸合作", "共同建设产业园"])
    dmgf = r.choice([d_utf8_gbk, d_utf8_cp1252, d_kunjinkao])
    return [[(x, False)] for x in lines] + [[(q, False)], [(dmgf(w, r), True), ("。", False)]]


def ms_mime(r, ctx):
    subj = r.choice(["关于报送年度统计数据的通知", "会议纪要请查收", "预算调整说明"])
    return [[("Subject: ", False), (d_mime(subj, r), True)], [("From: ", False), (f"{r.choice(['caiwu', 'bgs', 'tjk'])}@example.gov.cn", False)],
            [("各位同事：", False)], [(SEG_JOIN(render_line("请于{md}前完成报送工作。", ctx, None)), False)], [("办公室", False)]]


def ms_rare_q(r, ctx):
    rare = r.choice(["堃", "喆", "珺", "昇", "赟", "玥", "旻", "頔", "镕", "婳"])
    nm = r.choice(SURNAMES) + rare + r.choice("华明杰")
    q = nm.encode("gb2312", "replace").decode("gb2312")
    if q == nm:
        nm = r.choice(SURNAMES) + "堃"
        q = nm[0] + "?"
    i = q.index("?")
    lines = clean_doc(r, r.choice(["minutes", "news", "card"]), 2, 5, sign=False)
    return [[(x, False)] for x in lines] + [[("经办人：", False), (q[:i], False), ("?", True), (q[i + 1:], False)]]


def ms_pinyin_doc(r, ctx):
    lines = clean_doc(r, r.choice(["gov", "news"]), 3, 6)
    out = []
    for ln in lines:
        segs = []
        for c in ln:
            if c in PY:
                segs.append((PY[c][0] + "(" + PY[c][1] + ")", True))
            else:
                segs.append((c, False))
        out.append(segs)
    return out


def ms_broken_mix(r, ctx):
    lines = clean_doc(r, "gov", 3, 6)
    i = r.randint(1, len(lines) - 1)
    ln = lines[i]
    j = max(1, len(ln) // 2)
    return [[(x, False)] for x in lines[:i]] + [[(ln[:j], False), (d_broken_tag(ln[j:j + 3], r), True), (ln[j + 3:], False)]] + \
        [[(x, False)] for x in lines[i + 1:]]


MJ_POS = [
    ("mj_utf8_gbk_word", gen_mj(["gov", "notice", "news"], d_utf8_gbk, "word")),
    ("mj_utf8_gbk_line", gen_mj(["notice", "minutes", "medical"], d_utf8_gbk, "line")),
    ("mj_utf8_gbk_title", gen_mj(["news", "gov", "tender"], d_utf8_gbk, "title")),
    ("mj_utf8_gbk_paragraph", gen_mj(["gov", "court", "police"], d_utf8_gbk, "para")),
    ("mj_utf8_gb18030_cell", gen_mj(["table", "lab", "bank"], d_utf8_gb18030, "cell")),
    ("mj_kunjinkao_phrase", gen_mj(["gov", "notice", "lease"], d_kunjinkao, "phrase")),
    ("mj_kunjinkao_signature", gen_mj(["notice", "court", "police", "gov"], d_kunjinkao, "sign")),
    ("mj_utf8_cp1252_line", gen_mj(["email", "news"], d_utf8_cp1252, "line")),
    ("mj_utf8_cp1252_title", gen_mj(["paper", "tender", "notice"], d_utf8_cp1252, "title")),
    ("mj_utf8_latin1_word", gen_mj(["invoice", "receipt", "claim"], d_utf8_latin1, ["word", "multi"])),
    ("mj_latin1_twice_phrase", gen_mj(["news", "gov", "paper"], d_latin1_twice, "phrase")),
    ("mj_gbk_as_utf8_line", gen_mj(["gov", "minutes"], d_gbk_utf8, "line")),
    ("mj_gb2312_as_utf8_cell", gen_mj(["table", "card", "lab"], d_gb2312_utf8, ["cell", "word"])),
    ("mj_rare_char_lost_qmark", mj_special(ms_rare_q)),
    ("mj_ascii_lossy_qmarks", gen_mj(["email", "notice", "claim"], d_ascii_q, ["phrase", "line"])),
    ("mj_big5_as_gbk", gen_mj(["news", "gov"], d_big5_gbk, ["phrase", "line"])),
    ("mj_gbk_as_big5", gen_mj(["notice", "police"], d_gbk_big5, ["line", "phrase"])),
    ("mj_utf8_as_shiftjis", gen_mj(["news", "paper"], d_utf8_sjis, ["phrase", "title"])),
    ("mj_gbk_as_shiftjis", gen_mj(["rx", "medical"], d_gbk_sjis, ["line", "word"])),
    ("mj_utf8_as_koi8r", gen_mj(["email", "tender"], d_utf8_koi8, ["word", "phrase"])),
    ("mj_utf8_as_cp1251", gen_mj(["sale", "lease"], d_utf8_cp1251, ["phrase", "line"])),
    ("mj_utf8_as_euckr", gen_mj(["news", "gov"], d_utf8_euckr, ["word", "phrase"])),
    ("mj_utf8_as_eucjp", gen_mj(["lab", "medical"], d_utf8_eucjp, ["word", "cell"])),
    ("mj_utf8_as_utf16", gen_mj(["notice", "minutes"], d_utf8_utf16, ["phrase", "line"])),
    ("mj_utf8_as_cp437", gen_mj(["bank", "invoice"], d_utf8_cp437, ["cell", "word"])),
    ("mj_utf8_as_macroman", gen_mj(["email", "paper"], d_utf8_macroman, ["phrase", "title"])),
    ("mj_gbk_misaligned_byte", gen_mj(["gov", "news", "police"], d_gbk_misalign, ["phrase", "line"])),
    ("mj_truncated_utf8_tail", gen_mj(["gov", "notice", "tender"], d_truncate, ["line"])),
    ("mj_double_gbk_misread", gen_mj(["court", "gov"], d_double_gbk, ["word", "phrase"])),
    ("mj_html_named_entities", gen_mj(["gov", "news", "notice"], d_html_ent_named, ["line", "para"])),
    ("mj_html_double_escaped", gen_mj(["news", "notice"], d_html_double, ["line", "phrase"])),
    ("mj_html_tag_remnants", gen_mj(["gov", "news", "notice", "tender"], d_html_wrap, ["phrase", "line", "title"])),
    ("mj_html_broken_tag_gbk", mj_special(ms_broken_mix)),
    ("mj_numeric_entities_dec", gen_mj(["news", "gov"], d_num_ent, ["word", "phrase"])),
    ("mj_numeric_entities_hex", gen_mj(["notice", "card"], d_hex_ent, ["word", "cell"])),
    ("mj_unicode_escape_debris", gen_mj(["news", "email", "gov"], d_uescape, ["word", "phrase"])),
    ("mj_byte_escape_debris", gen_mj(["minutes", "claim"], d_bytes_escape, ["word"])),
    ("mj_quoted_printable", gen_mj(["email"], d_qp, ["line", "phrase"])),
    ("mj_url_encoded_prose", gen_mj(["news", "gov", "notice"], d_url, ["word", "phrase"])),
    ("mj_mime_encoded_subject", mj_special(ms_mime)),
    ("mj_pinyin_artefact_phrase", gen_mj(["gov", "news", "minutes"], d_pinyin, ["phrase", "multi", "line"])),
    ("mj_pinyin_artefact_document", mj_special(ms_pinyin_doc)),
    ("mj_bom_as_cp1252", mj_special(ms_bom)),
    ("mj_smart_quotes_cp1252_en", mj_special(ms_smartq_en)),
    ("mj_kangxi_radicals_pdf", gen_mj(["gov", "news", "court"], d_kangxi, ["line", "para"])),
    ("mj_pdf_cid_glyphs", gen_mj(["paper", "gov"], d_cid, ["phrase", "line"])),
    ("mj_pua_font_glyphs", gen_mj(["invoice", "court", "lab"], d_pua, ["word", "phrase"])),
    ("mj_damage_beside_foreign", mj_special(ms_mixed_foreign)),
    ("mj_json_escaped_cms", gen_mj(["news", "notice"], d_json_escape, ["line"])),
]


def filter_mj_pos():
    # Kangxi damage needs at least one mapped char in the stretch; others are checked by looks_damaged().
    return MJ_POS


# ---------------------------------------------------------------- mj negatives
def mneg(fn, keep=False):
    def f(r):
        ctx = Ctx(r)
        lines = wrap(r, fn(r, ctx), keep=keep)
        return "\n".join(SEG_JOIN(render_line(x, ctx, None)) if "{" in x and not x.startswith("CODE:") else x.replace("CODE:", "")
                         for x in lines), []
    return f


MJ_NEG = [
    ("mjn_russian_quote", mneg(lambda r, c: ["{pl}市与友好城市开展线上交流", r.choice(
        ["俄方市长在致辞中说：«Мы рады укреплять дружбу между нашими городами».", "活动主题为“Дружба и сотрудничество”（友谊与合作）。"]),
        "双方就教育、旅游等领域合作交换了意见。"])),
    ("mjn_japanese_quote", mneg(lambda r, c: ["{pl}区接待日本友城代表团", r.choice(
        ["日方团长表示：「両市の交流をさらに深めたいと思います」。", "双方互赠书法作品“友好”（ゆうこう）。"]),
        "代表团参观了{pl}智能制造产业园。"])),
    ("mjn_korean_quote", mneg(lambda r, c: ["{pl}市举办中韩青年交流周", r.choice(
        ["韩方学生代表用中文和韩语致辞：“감사합니다，谢谢大家”。", "交流周标语为“함께 성장하는 미래”（共同成长的未来）。"]),
        "共有{n}名青年参加活动。"])),
    ("mjn_greek_formula", mneg(lambda r, c: ["研究方法", "显著性水平取α = 0.05，检验效能1−β = 0.80。",
        "回归系数β₁的估计值为0.{n}，Δ表示变化量，σ为标准差，χ²检验P < 0.001。", "样本量n = {n}。"])),
    ("mjn_french_quote", mneg(lambda r, c: ["{pl}市与法国友城签署文化合作协议", r.choice(
        ["法方代表说：« C’est une coopération très réussie. »", "展览名称为“Regards croisés：café et thé”。"]),
        "协议有效期{d}年。"])),
    ("mjn_vietnamese", mneg(lambda r, c: ["{pl}口岸{yr}年边贸情况", r.choice(
        ["越方企业代表表示：“Chúng tôi mong muốn hợp tác lâu dài.”", "中越双语标识“Cửa khẩu Quốc tế”已全部更新。"]),
        "全年口岸进出口货值{m}万元。"])),
    ("mjn_ipa", mneg(lambda r, c: ["方言调查笔记", r.choice(["“水”在当地读作[sy˧˥]，声调为高升调。", "普通话“二”的国际音标为[aɚ˥˩]。"]),
        "“鞋”读作[xai˨˩]，保留了古音特点。", "发音人：{nm}，男，{age}岁。"])),
    ("mjn_pinyin_lesson", mneg(lambda r, c: ["一年级语文识字教案", r.choice(
        ["学习“发展(fāzhǎn)”一词，理解其含义。", "认读生字：春(chūn)、风(fēng)、雨(yǔ)。"]),
        "拼读练习：“你好”的拼音是nǐ hǎo。", "布置作业：抄写生字各{d}遍。"])),
    ("mjn_english_names", mneg(lambda r, c: ["Abstract", "This study surveys {n} households in Guangdong Province, China.",
        "Corresponding author: Zhang Wei, School of Economics, Xiamen University.", "Key words: rural income; panel data"])),
    ("mjn_emoji", mneg(lambda r, c: ["“{pl}发布”微信公众号推文", r.choice(["🎉好消息！{pl}公园正式开园啦🌸🌸", "📢停水通知：{md}8:00-18:00"]),
        "👉点击下方链接预约参观", "❤️欢迎转发扩散"])),
    ("mjn_rare_chars", mneg(lambda r, c: ["{pl}区{yr}年优秀教师名单", r.choice(["王堃、李喆、陈旻、赵頔、周赟", "刘犇、吴淼、孙鑫、郑垚、冯焱"]),
        r.choice(["获奖学生：张珺玥、杨婳", "𠮷野家餐饮门店开业"]), "以上人员予以通报表扬。"])),
    ("mjn_html_code_doc", mneg(lambda r, c: ["前端开发笔记：如何给文字设置颜色", "在HTML中，可以这样写：",
        'CODE:<span style="color:red">重要提示</span>', "其中&lt;和&gt;在源码中需要转义，空格可用&nbsp;表示。"])),
    ("mjn_url_percent", mneg(lambda r, c: ["检索方式说明", "可在浏览器中访问：https://search.example.cn/s?q=%E5%8F%91%E5%B1%95&page=2",
        "也可直接在首页搜索框输入关键词。"])),
    ("mjn_email_filenames", mneg(lambda r, c: ["联系方式", "邮箱：qhjyj_bgs@163.com", "附件：2023年度决算报告（终稿）.pdf，Budget_Q3_v2.xlsx",
        "网址：www.example.gov.cn/zwgk/"])),
    ("mjn_traditional_quote", mneg(lambda r, c: ["两岸青年交流活动综述", r.choice(
        ["台湾学生在留言簿上写道：「這次交流讓我收穫很多，期待再相會。」", "香港团员表示：「希望多啲機會嚟內地學習。」"]),
        "活动共有{n}人参加。"])),
    ("mjn_json_escape_code", mneg(lambda r, c: ["技术博客：JSON中的中文转义", "使用json.dumps时，默认ensure_ascii=True，中文会被转义为Unicode形式：",
        'CODE:>>> json.dumps("中")  输出 "\\u4e2d"', "设置ensure_ascii=False即可保留原文。"])),
    ("mjn_german_spanish_names", mneg(lambda r, c: ["{pl}市{yr}年国际友城合作项目", r.choice(
        ["德方合作单位为Müller GmbH，位于Zürich附近。", "西班牙专家José García教授来访讲学。"]), "合作金额{m}万元。"])),
    ("mjn_math_units", mneg(lambda r, c: ["{pl}区{yr}年环境质量简报", "PM2.5年均浓度为{d}μg/m³，同比下降{p}%。",
        "气温−5℃～38℃，降水量≥{n}mm，噪声≤55dB(A)。", "新增绿地面积{n}㎡，绿化覆盖率±0.5‰。"])),
    ("mjn_chemical_formulas", mneg(lambda r, c: ["化学实验报告", "实验原理：CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑",
        "溶液中SO₄²⁻与Ba²⁺生成白色沉淀。", "实验人：{nm}"])),
    ("mjn_currency_marks", mneg(lambda r, c: ["外贸企业出口报价单", "单价：€12.50 / £10.80 / ¥98.00", "注册商标：QingHe®，产品名称Smart Lamp™",
        "© {yr} {pl}外贸有限公司"])),
    ("mjn_question_marks_faq", mneg(lambda r, c: ["常见问题解答", "问：如何办理居住证？", "答：携带身份证到社区服务中心办理。",
        "Q: What documents do I need? A: Passport and visa.", "问：办理时限是多久？答：{d}个工作日。"])),
    ("mjn_ampersand_names", mneg(lambda r, c: ["企业研发投入情况", "R&D经费投入{m}万元，占营业收入{p}%。",
        "合作企业包括P&G、AT&T等跨国公司。", "M&A项目{d}个。"])),
    ("mjn_circled_zhuyin", mneg(lambda r, c: ["台湾地区注音符号教学简介", "注音符号ㄅㄆㄇㄈ对应拼音b、p、m、f。",
        "课程安排：①认读符号 ②拼读练习 ③课堂测验", "㈠教学目标 ㈡教学重点"])),
    ("mjn_arabic_thai", mneg(lambda r, c: ["“一带一路”青年交流营侧记", r.choice(
        ["阿拉伯语问候“مرحبا”（你好）成为营员间的口头禅。", "泰国营员用泰语说“สวัสดี”（你好）向大家问好。"]), "交流营为期{d}天。"])),
    ("mjn_latex_backslash", mneg(lambda r, c: ["论文写作规范：公式排版", "CODE:行内公式写作$\\frac{a}{b}$，希腊字母用\\alpha、\\beta表示。",
        "换行使用\\\\，注意不要与正文混淆。"])),
    ("mjn_windows_paths", mneg(lambda r, c: ["档案电子化操作指引", "扫描件请统一保存至 D:\\档案\\{yr}\\文书类\\ 目录。",
        "模板文件位于 C:\\Users\\Public\\Documents\\模板.docx。", "文件命名规则：年度_类别_序号。"])),
]


# ---------------------------------------------------------------- assemble
STYLES = ([("ph", "placeholder", n, f) for n, f in PH_POS] + [("ph", "negative", n, f) for n, f in PH_NEG] +
          [("mj", "mojibake", n, f) for n, f in MJ_POS] + [("mj", "negative", n, f) for n, f in MJ_NEG])


def note_for(fam, label, style):
    if label == "negative":
        return f"look-alike, must not be flagged ({style})"
    return f"{'placeholder' if fam == 'ph' else 'encoding damage'}: {style.split('_', 1)[1].replace('_', ' ')}"


def generate(seed):
    recs = []
    for fam, label, name, fn in STYLES:
        r = random.Random(f"t26|{seed}|{name}")
        seen = set()
        i = 0
        tries = 0
        while i < PER_STYLE and tries < PER_STYLE * 10:
            tries += 1
            text, spans = fn(r)
            if text in seen:
                continue
            seen.add(text)
            recs.append({"id": f"t26-s{seed}-{name}-{i:02d}", "family": fam, "style": name, "label": label,
                         "text": text, "spans": spans, "note": note_for(fam, label, name)})
            i += 1
    random.Random(f"t26-order|{seed}").shuffle(recs)
    return recs


def verify(paths):
    bad = 0
    for p in paths:
        ids = set()
        n = 0
        with open(p, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                n += 1
                try:
                    rec = json.loads(line)
                except Exception as e:
                    print(f"{p}:{ln}: bad json {e}")
                    bad += 1
                    continue
                probs = []
                for k in ("id", "family", "style", "label", "text", "spans", "note"):
                    if k not in rec:
                        probs.append(f"missing {k}")
                if probs:
                    print(f"{p}:{ln}: {probs}")
                    bad += 1
                    continue
                t = rec["text"]
                if rec["id"] in ids:
                    probs.append("duplicate id")
                ids.add(rec["id"])
                if rec["family"] not in ("ph", "mj"):
                    probs.append("family")
                if rec["label"] not in ("placeholder", "mojibake", "negative"):
                    probs.append("label")
                if (rec["family"], rec["label"]) in (("ph", "mojibake"), ("mj", "placeholder")):
                    probs.append("label/family mismatch")
                if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
                    probs.append("style not snake_case")
                if not t or t.count("\n") > 11:
                    probs.append("text empty or >12 lines")
                if "\n" in rec["note"]:
                    probs.append("note multi-line")
                sp = rec["spans"]
                if rec["label"] == "negative" and sp:
                    probs.append("negative with spans")
                if rec["label"] != "negative" and not sp:
                    probs.append("positive without spans")
                prev = -1
                for s in sp:
                    if not (isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s)):
                        probs.append(f"bad span {s}")
                        continue
                    a, b = s
                    if not (0 <= a < b <= len(t)):
                        probs.append(f"span out of range/empty {s}")
                        continue
                    if a < prev:
                        probs.append(f"spans overlap/unsorted {s}")
                    prev = b
                    seg = t[a:b]
                    if rec["label"] == "placeholder" and not PH_RE.search(seg):
                        probs.append(f"span {s} {seg!r} holds no placeholder")
                    if rec["label"] == "mojibake" and not looks_damaged(seg):
                        probs.append(f"span {s} {seg!r} does not look damaged")
                if probs:
                    bad += 1
                    print(f"{p}:{ln} {rec.get('id')}: " + "; ".join(probs))
        print(f"{p}: {n} records checked")
    print("OK" if not bad else f"{bad} problem records")
    return 0 if not bad else 1


def style_table(path):
    from collections import OrderedDict
    rows = OrderedDict()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            k = rec["style"]
            if k not in rows:
                rows[k] = {"family": rec["family"], "placeholder": 0, "mojibake": 0, "negative": 0, "ex": None}
            rows[k][rec["label"]] += 1
            if rows[k]["ex"] is None or (rec["spans"] and len(rec["text"]) < len(rows[k]["ex"][0])):
                rows[k]["ex"] = (rec["text"], rec["spans"])
    out = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---|---|---|---|"]
    for k in sorted(rows, key=lambda s: (rows[s]["family"], s)):
        v = rows[k]
        t, sp = v["ex"]
        if sp:
            a, b = sp[0]
            lo = max(0, a - 25)
            ex = ("…" if lo else "") + t[lo:a] + "⟦" + t[a:b] + "⟧" + t[b:b + 25]
        else:
            ex = t[:60]
        ex = ex.replace("\n", " ⏎ ").replace("|", "\\|").replace("`", "'")
        ex = "".join(c if (c.isprintable() or c == " ") else f"\\x{ord(c):02x}" for c in ex)
        out.append(f"| {k} | {v['family']} | {v['placeholder']} | {v['mojibake']} | {v['negative']} | {ex} |")
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
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((x["family"], x["label"]) for x in recs)
    print(f"wrote {len(recs)} records, {len(STYLES)} styles: {dict(c)}", file=sys.stderr)


if __name__ == "__main__":
    main()
