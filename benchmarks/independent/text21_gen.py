#!/usr/bin/env python3
"""text21_gen.py - held-out test records for a placeholder / mojibake auditor of Chinese report text.

Standard library only (Python 3.11).

    python3 text21_gen.py --seed 11 --out text21_seed11.jsonl
    python3 text21_gen.py --verify text21_seed11.jsonl text21_seed12.jsonl
    python3 text21_gen.py --style-table text21_seed11.jsonl > table.md

Every document is assembled from parts.  Placeholder parts (class P) become the spans of a
`placeholder` record; mojibake parts (class M) are produced by applying a real codec round trip
(or a real markup / escaping function) to a stretch of an otherwise clean document, and become
the spans of a `mojibake` record.  Negatives are built by the same genre builders with every slot
filled with a real value, plus look-alike traps.
"""
import argparse
import base64
import codecs
import email.header
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

# ----------------------------------------------------------------------------------------------
# parts
# ----------------------------------------------------------------------------------------------


class P(str):
    """A placeholder stretch."""


class M:
    """A damaged stretch: text as shown, and the clean text it replaced."""

    def __init__(self, text, clean, how):
        self.text, self.clean, self.how = text, clean, how


def flat(items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flat(it))
        elif it is None:
            continue
        else:
            out.append(it)
    return out


def ln(*items):
    return flat(items)


def assemble(lines):
    """lines: list of list-of-parts -> text, spans, cleans."""
    text, spans, cleans = [], [], []
    pos = 0
    for i, line in enumerate(lines):
        if i:
            text.append("\n")
            pos += 1
        for part in line:
            if isinstance(part, M):
                spans.append([pos, pos + len(part.text)])
                cleans.append(part.clean)
                text.append(part.text)
                pos += len(part.text)
            else:
                s = str(part)
                if isinstance(part, P):
                    spans.append([pos, pos + len(s)])
                    cleans.append(None)
                text.append(s)
                pos += len(s)
    # merge touching spans of the same kind
    merged, mc = [], []
    for sp, c in zip(spans, cleans):
        if merged and merged[-1][1] == sp[0] and (c is None) == (mc[-1] is None):
            merged[-1][1] = sp[1]
            if c is not None:
                mc[-1] = mc[-1] + c
        else:
            merged.append(list(sp))
            mc.append(c)
    return "".join(text), merged, mc


def line_text(line):
    return "".join(p.text if isinstance(p, M) else str(p) for p in line)


# ----------------------------------------------------------------------------------------------
# vocabulary (all names invented)
# ----------------------------------------------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷黎史陶贺毛郝顾龚邵覃武钱戴严孔向常汤康易乔赖")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建文辉力兰金林玲红云飞鹏宇浩然思雨欣怡佳琪梓涵子轩嘉俊志宏海燕晓东春梅秋菊庆立新振德胜玉淑珍家豪雅婷诗博一鸣晨阳凯峰瑶琳")
RARE_CAND = list("喆堃玥昇珺燊淏赟镕琤翀旸曌犇甦珏婧昕睿")


def _not_gb2312(c):
    try:
        c.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


RARE = [c for c in RARE_CAND if _not_gb2312(c)]
PLACES = "青禾 柘溪 云岗 枫林 东岚 石湾 梅岭 桂南 兰亭 松涛 白鹭 龙潭 鹤山 金穗 银杏 潮音 竹源 凤岗 清泉 望海 丰乐 安澜 合溪 临江 北坪 南浦 西岑 槐荫 杏坛 苇塘 荷塘 雁岭 栖霞 岚山 沁园 碧溪".split()
CITIES = "江州 澄阳 岳川 临沅 泰宁 宣平 沂川 榕城 蓉江 汉阳 商丘 澜沧".split()
CITY_SUFFIX = ["市", "市", "县", "区"]
INDUSTRIES = ["建材", "物流", "电子科技", "农业发展", "物业服务", "餐饮管理", "环保工程", "文化传媒", "机械制造", "医药", "建筑工程", "食品", "纺织", "新能源"]
PROVS = list("粤湘赣闽浙苏鲁豫鄂川桂滇黔陕晋冀")
ROADS = ["人民", "建设", "解放", "中山", "文明", "和平", "新华", "学府", "滨江", "朝阳", "光明", "振兴", "迎宾", "东风"]
ESTATES = ["花园", "小区", "家园", "雅苑", "新村", "名都", "华府", "公寓"]
UNIT_ROLES = ["同志", "书记", "主任", "副主任", "科长", "局长", "经理", "组长", "网格员", "社工"]
COURIERS = ["顺丰速运", "中通快递", "圆通速递", "韵达快递", "申通快递", "京东物流", "邮政EMS", "极兔速递"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "邮储银行", "农村商业银行"]
DEPTS = ["党政办", "综治办", "经发办", "社事办", "城管办", "财政所", "司法所", "派出所", "卫健办", "应急办"]

PINYIN_MAP_SRC = (
    "发發fā 区區qū 领領lǐng 导導dǎo 动動dòng 远遠yuǎn 设設shè 项項xiàng 务務wù 实實shí 现現xiàn 将將jiāng "
    "关關guān 开開kāi 况況kuàng 汇匯huì 报報bào 经經jīng 济濟jì 稳穩wěn 产產chǎn 业業yè 级級jí 园園yuán "
    "进進jìn 会會huì 这這zhè 为為wèi 们們men 过過guò 时時shí 间間jiān 机機jī 构構gòu 党黨dǎng 员員yuán "
    "组組zǔ 织織zhī 练練liàn 环環huán 卫衛wèi 体體tǐ 质質zhì 疗療liáo 医醫yī 应應yīng 对對duì 问問wèn "
    "题題tí 续續xù 强強qiáng 条條tiáo 规規guī 划劃huà 资資zī 财財cái 贫貧pín 农農nóng 乡鄉xiāng 镇鎮zhèn "
    "户戶hù 计計jì 统統tǒng 训訓xùn 讲講jiǎng 学學xué 习習xí 传傳chuán 达達dá 议議yì 论論lùn 认認rèn "
    "识識shí 责責zé 负負fù 监監jiān 检檢jiǎn 协協xié 调調diào 维維wéi 护護hù 边邊biān 广廣guǎng 东東dōng "
    "华華huá 国國guó 兴興xīng 优優yōu 众眾zhòng 给給gěi 积積jī 极極jí 标標biāo 准準zhǔn 万萬wàn 亿億yì "
    "额額é 个個gè 来來lái 与與yǔ 点點diǎn 门門mén 办辦bàn 决決jué 难難nán 书書shū 记記jì 车車chē 网網wǎng "
    "电電diàn 话話huà 单單dān 费費fèi 价價jià 购購gòu 货貨huò 运運yùn 输輸shū 处處chù 执執zhí 证證zhèng "
    "总總zǒng 结結jié 绩績jì 验驗yàn 补補bǔ 偿償cháng 迁遷qiān 线線xiàn 铁鐵tiě 桥橋qiáo 楼樓lóu 层層céng "
    "馆館guǎn 养養yǎng 儿兒ér 妇婦fù 联聯lián 团團tuán 创創chuàng 县縣xiàn 营營yíng 贸貿mào 税稅shuì "
    "银銀yín 险險xiǎn 灾災zāi 气氣qì 热熱rè 风風fēng 隐隱yǐn 顿頓dùn 纪紀jì 违違wéi 纠糾jiū 严嚴yán "
    "紧緊jǐn 围圍wéi 绕繞rào 于於yú 头頭tóu 举舉jǔ 办辦bàn 数數shù 据據jù 亩畝mǔ 访訪fǎng 园園yuán "
    "审審shěn 批批pī 级級jí 务務wù 综綜zōng 宣宣xuān 贯貫guàn 彻徹chè 扩擴kuò 筑築zhù 录錄lù 龄齡líng"
)
PINYIN = {}
for _tok in PINYIN_MAP_SRC.split():
    if _tok[0] != _tok[1]:
        PINYIN[_tok[0]] = (_tok[1], _tok[2:])

# clean traditional sentences (Hong Kong / Taiwan correspondence), all Big5-encodable
TRAD_LINES = [
    "敬啟者：本會謹訂於本月二十日舉行年度會員大會，敬請撥冗出席。",
    "茲因辦公室遷址，自即日起請將來函寄往新地址，不便之處，敬請見諒。",
    "感謝貴單位長期以來的支持與協助，特此致函表示謝意。",
    "本公司產品說明書如有疑問，請聯絡客戶服務部。",
    "會議記錄已整理完畢，請各位委員於週五前提出修改意見。",
    "隨函附上報價單一份，請查收並回覆確認。",
    "本案經審議後決議照案通過，並送請主管機關備查。",
    "參加研習之學員請攜帶身分證件及筆記型電腦。",
]

# OCR confusions: (correct, misread)
OCR_PAIRS = [("自己", "自已"), ("已经", "己经"), ("已经", "巳经"), ("已完成", "己完成"), ("已于", "己于"),
             ("尚未", "尚末"), ("未能", "末能"), ("未按", "末按"), ("未来", "末来"), ("土地", "士地"),
             ("人员", "入员"), ("干部", "千部"), ("日期", "曰期"), ("战士", "战土"), ("天气", "夭气"),
             ("已按", "己按"), ("已录入", "巳录入"), ("末尾", "未尾"), ("不已", "不己")]

# ----------------------------------------------------------------------------------------------
# look-alike traps (never placeholders, never mojibake)
# ----------------------------------------------------------------------------------------------

PH_TRAPS = [
    "学院承担“1+X”职业技能等级证书试点，{n}名学生取得证书。",
    "推行“7+X”便民服务模式，把{n}项高频事项下沉到社区。",
    "采购x86架构服务器{d}台、国产化办公终端{n}台。",
    "为辖区{n}名老人免费拍摄X光胸片。",
    "卫生院新购X射线计算机体层摄影设备1台。",
    "工作服尺码：L码{d}套、XL码{d}套、XXL码{d}套。",
    "政务服务热线实行7×24小时值守，窗口实行5×8小时工作制。",
    "展板规格统一为1200mm×600mm，共制作{d}块。",
    "练习：已知y=3x+2，当x={d}时，求y的值。",
    "有人说，某些问题看似小事，实则关系群众切身利益。",
    "某种程度上，这项改革改变了群众的办事习惯。",
    "老人回忆，记不清是某年某月，一场大水冲毁了旧桥。",
    "数学组开展“待定系数法”专题教研{d}次。",
    "淘汰Windows XP办公电脑{d}台，统一升级操作系统。",
    "小学二年级乘法口诀检测：3×4=12，6×7=42。",
    "箱体尺寸40cm×30cm×25cm，毛重{d}.5kg。",
    "尺码表：XS码、S码、M码、L码、XL码。",
    "附件：年度台账汇总表（终稿）.xlsx",
    "设备型号SX-{n}，出厂编号已登记。",
    "评分：★★★★☆",
    "2×2篮球赛共有{d}支队伍报名。",
    "将Linux服务器迁移至政务云，累计迁移系统{d}个。",
    "编号规则为“年份+流水号”，如2023-0{d}6。",
]


def fill_trap(r, t):
    return t.replace("{n}", str(r.randint(12, 480))).replace("{d}", str(r.randint(2, 9)))


MJ_TRAPS = [
    "俄方合作单位来函注明：“Просим подтвердить получение письма.”",
    "日方代表致辞：「ご協力ありがとうございます。」",
    "韩国友好城市来信结尾写道：“감사합니다. 다음에 또 뵙겠습니다.”",
    "希腊专家留言：“Ευχαριστούμε για τη φιλοξενία.”",
    "法方备注：« Réunion reportée à jeudi, merci de votre compréhension. »",
    "德国客户邮件称：“Vielen Dank für Ihre schnelle Rückmeldung. Grüße aus München.”",
    "西班牙语版本标题为“Guía de servicios para residentes”，已同步上线。",
    "越南籍员工签名：Nguyễn Thị Hương。",
    "香港合作方來函：「感謝貴單位的支持，期待再次合作。」",
    "语文课学习“发展(fāzhǎn)”一词，并用它造句。",
    "生字注音：“繁荣(fánróng)”“振兴(zhènxīng)”。",
    "技术说明：网页模板中用`&nbsp;`表示不换行空格，用`<br/>`表示换行。",
    "接口文档示例：`{\"name\": \"\\u4e2d\\u6587\"}`中的`\\u4e2d`即“中”字的转义。",
    "Excel 中若除数为0会显示“#DIV/0!”，可用IFERROR函数处理。",
    "详情请访问 https://www.qinghe.gov.cn/zwgk/tzgg/202305/t20230512_88123.html",
    "在线报名：https://bm.jiangzhou.gov.cn/apply?dept=%E7%A4%BE%E5%8C%BA&year=2023",
    "联系邮箱：service@yanling-wy.cn，传真：0756-3321456。",
    "附件：2023年度考核汇总表（终稿）.xlsx、现场照片IMG_20230512_093012.jpg",
    "当日气温-3℃～5℃，改造面积126.5㎡，误差不超过±0.5‰。",
    "检验指标：α=0.05，β≤0.2，样本量n≥120。",
    "居民反馈：“服务很贴心👍，点赞！”🎉",
    "孩子的名字里有个“堃”字，系统终于能正常显示了。",
    "“𠮷”字为“吉”的异体字，户籍系统已支持录入。",
    "农历癸卯年四月，巳时举行开馆仪式。",
    "展览介绍了戊戌变法的历史背景。",
    "请勾选：☑同意 ☐不同意",
    "文件路径：D:\\资料\\2023\\汇总.xlsx",
    "合作品牌包括P&G、AT&T等跨国企业。",
    "员工从São Paulo出差归来，带回了巴西咖啡。",
    "人民币对欧元汇率为1€≈7.8¥，英镑报价£120。",
]

# ----------------------------------------------------------------------------------------------
# slot filler
# ----------------------------------------------------------------------------------------------

KINDS = {
    "x": {"num", "money", "pct", "date", "person", "org", "place", "tel", "docno", "addr", "text", "year", "phone"},
    "cross": {"num", "money", "pct", "date", "person", "org", "place", "docno", "addr", "text", "year"},
    "fullx": {"num", "money", "pct", "date", "person", "org", "place", "addr", "year"},
    "circle": {"num", "date", "person", "org", "place", "money", "addr"},
    "star": {"person", "phone", "id", "card", "plate", "addr", "tel"},
    "mou": {"person", "org", "place"},
    "bracket": {"person", "org", "date", "money", "phone", "addr", "text", "id", "num", "tel", "place", "card", "plate"},
    "mustache": {"person", "org", "date", "money", "phone", "addr", "text", "id", "num", "tel", "card", "plate"},
    "merge": {"person", "org", "date", "money", "phone", "addr", "text", "num", "tel"},
    "underscore": {"person", "date", "money", "phone", "addr", "num", "text", "id", "tel", "org", "plate"},
    "instr": {"text", "org", "person", "addr"},
    "pending": {"date", "money", "text", "person", "num"},
}
MIXED_POOL = ["x", "x", "cross", "mou", "star", "bracket", "underscore", "pending"]
LABELS = {
    "person": ("姓名", "name"), "org": ("单位名称", "org_name"), "date": ("日期", "date"),
    "money": ("金额", "amount"), "phone": ("联系电话", "phone"), "tel": ("联系电话", "tel"),
    "addr": ("地址", "address"), "num": ("数量", "count"), "id": ("身份证号", "id_no"),
    "place": ("地点", "place"), "pct": ("比例", "rate"), "card": ("银行卡号", "card_no"),
    "plate": ("车牌号", "plate_no"), "docno": ("文号", "doc_no"), "year": ("年份", "year"),
}


class Filler:
    def __init__(self, r, flav=None, p=0.5, rare=0.06):
        self.r, self.flav, self.p, self.rare = r, flav, p, rare
        self.xc = {"x": r.choice("xxxX"), "cross": "×", "fullx": r.choice(["Ｘ", "Ｘ", "ｘ"]),
                   "circle": r.choice("○〇")}.get(flav, "x")
        self.brk = r.choice([("【", "】"), ("【", "】"), ("[", "]"), ("〔", "〕"), ("［", "］"), ("〖", "〗")])
        self.mus = r.choice(["{{K}}", "{{ K }}", "${K}", "{K}", "%K%", "$K$"])
        self.mus_cn = r.random() < 0.35
        self.merge = r.choice(["«K»", "«K»", "<<K>>", "{MERGEFIELD K}"])
        self.us = r.choice(["＿", "_", "_"])
        self.used = 0

    # ---- decision ----
    def pick(self, kind):
        if self.flav is None:
            return None
        fl = self.flav
        if fl == "mixed":
            cands = [f for f in MIXED_POOL if kind in KINDS[f]]
            if not cands:
                return None
            fl = self.r.choice(cands)
        if kind not in KINDS[fl]:
            return None
        if self.r.random() >= self.p:
            return None
        self.used += 1
        return fl

    def lab(self, kind, label=None, key=None):
        cn, en = LABELS.get(kind, ("内容", "content"))
        return label or cn, key or en

    def token(self, fl, kind, label=None, key=None):
        cn, en = self.lab(kind, label, key)
        r = self.r
        if fl == "bracket":
            a, b = self.brk
            return P(a + cn + b)
        if fl == "mustache":
            return P(self.mus.replace("K", cn if self.mus_cn else en))
        if fl == "merge":
            return P(self.merge.replace("K", cn))
        if fl == "instr":
            return P(r.choice([f"（此处填写{cn}）", f"（请填写{cn}）", "单击或点击此处输入文字。",
                               f"请输入{cn}", f"在此处键入{cn}"]))
        if fl == "pending":
            if kind in ("text",):
                return P(r.choice(["TODO", "TBD", "待补充", "待定", "（待填）"]))
            if kind == "num":
                return P(r.choice(["待补充", "TBD", "（待填）"]))
            return P(r.choice(["待定", "待定", "待补充", "TBD"]))
        if fl == "underscore":
            n = {"phone": 11, "id": 18, "addr": 10, "num": 3, "money": 6}.get(kind, r.randint(4, 8))
            return P(self.us * n)
        return None

    # ---- slots ----
    def num(self, lo, hi, unit=""):
        v = str(self.r.randint(lo, hi))
        fl = self.pick("num")
        if fl in ("x", "cross", "fullx", "circle"):
            k = self.r.choice([len(v), 2, 3]) if len(v) > 1 else 1
            return [P(self.xc * k), unit]
        if fl:
            return [self.token(fl, "num"), unit]
        return [v, unit]

    def flt(self, lo, hi, dec=2, unit="", kind="money"):
        v = f"{self.r.uniform(lo, hi):.{dec}f}"
        fl = self.pick(kind)
        if fl in ("x", "cross", "fullx", "circle"):
            c = self.xc
            return [P(self.r.choice([c * 2 + "." + c * 2, c * 2, c * 3 + "." + c])), unit]
        if fl:
            return [self.token(fl, kind), unit]
        return [v, unit]

    def money(self, lo, hi, dec=2, unit="万元"):
        return self.flt(lo, hi, dec, unit, "money")

    def pct(self, lo=40.0, hi=99.9, dec=1):
        v = f"{self.r.uniform(lo, hi):.{dec}f}"
        fl = self.pick("pct")
        if fl in ("x", "cross", "fullx", "circle"):
            c = self.xc
            return [P(self.r.choice([c * 2, c * 3, c * 2 + "." + c])), "%"]
        if fl:
            return [self.token(fl, "pct"), "%"]
        return [v, "%"]

    def ymd(self, y=None):
        r = self.r
        return (y or r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))

    def date(self, y=None, fmt="cn", ymd=None):
        y, m, d = ymd or self.ymd(y)
        fl = self.pick("date")
        c = self.xc
        if fmt == "cn":
            clean = f"{y}年{m}月{d}日"
        elif fmt == "md":
            clean = f"{m}月{d}日"
        elif fmt == "dash":
            clean = f"{y}-{m:02d}-{d:02d}"
        else:
            clean = f"{y}.{m}.{d}"
        if fl in ("x", "cross", "fullx", "circle"):
            if fmt == "md":
                return [P(self.r.choice([f"{c}月{c*2}日", f"{c}月{c}日", f"{c*2}月{c*2}日"]))]
            if fmt == "cn":
                o = self.r.randint(0, 2)
                if o == 0:
                    return [f"{y}年", P(f"{c}月{c*2}日")]
                if o == 1:
                    return [P(f"20{c*2}年{c}月{c}日")]
                return [f"{y}年{m}月", P(c * 2), "日"]
            if fmt == "dash":
                return [P(f"20{c*2}-{c*2}-{c*2}")] if self.r.random() < .5 else [f"{y}-", P(f"{c*2}-{c*2}")]
            return [f"{y}.", P(f"{c}.{c}")]
        if fl == "underscore":
            u = self.us
            if fmt == "md":
                return [P(f"{u*2}月{u*2}日")]
            if self.r.random() < .5:
                return [P(f"{u*4}年{u*2}月{u*2}日")]
            return [f"{y}年", P(f"{u*2}月{u*2}日")]
        if fl:
            return [self.token(fl, "date")]
        return [clean]

    def year(self, y):
        fl = self.pick("year")
        if fl in ("x", "cross", "fullx"):
            return [P("20" + self.xc * 2)]
        return [str(y)]

    def name_parts(self, rare=None):
        r = self.r
        s = r.choice(SURNAMES)
        g = "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))
        if (self.rare if rare is None else rare) > r.random() and RARE:
            g = (g[:-1] if len(g) > 1 else g) + r.choice(RARE)
        return s, g

    def person(self, suffix="", label=None, rare=None):
        s, g = self.name_parts(rare)
        fl = self.pick("person")
        r = self.r
        if fl in ("x", "cross", "fullx", "circle"):
            c = self.xc
            o = r.randint(0, 2)
            if o == 0:
                return [P(c * 2), suffix]
            if o == 1:
                return [P(c * 3), suffix]
            return [s, P(c * 2), suffix]
        if fl == "star":
            o = r.randint(0, 2)
            if o == 0 or len(g) == 1:
                return [P(s + "*" * len(g)), suffix]
            if o == 1:
                return [P(s + "*" + g[-1]), suffix]
            return [P(s + "**"), suffix]
        if fl == "mou":
            return [P(s + r.choice(["某", "某", "某某"])), suffix]
        if fl:
            return [self.token(fl, "person", label), suffix]
        return [s + g, suffix]

    def org(self, name, suffix, label=None):
        fl = self.pick("org")
        r = self.r
        if fl in ("x", "cross", "fullx", "circle"):
            return [P(self.xc * r.choice([2, 2, 3])), suffix]
        if fl == "mou":
            return [P(r.choice(["某", "某某"]) + suffix)]
        if fl:
            return [self.token(fl, "org", label)]
        return [name + suffix]

    def place(self, name, suffix):
        fl = self.pick("place")
        if fl in ("x", "cross", "fullx", "circle"):
            return [P(self.xc * 2), suffix]
        if fl == "mou":
            return [P(self.r.choice(["某", "某某"]) + suffix)]
        if fl:
            return [self.token(fl, "place")]
        return [name + suffix]

    def phone(self):
        r = self.r
        d = r.choice(["13", "15", "18", "17", "19"]) + "".join(str(r.randint(0, 9)) for _ in range(9))
        fl = self.pick("phone")
        if fl == "star":
            return [P(d[:3] + "****" + d[7:])]
        if fl == "x":
            return [d[:3], P(self.xc * 4), d[7:]] if r.random() < .6 else [P(self.xc * 11)]
        if fl:
            return [self.token(fl, "phone")]
        return [d]

    def tel(self):
        r = self.r
        area = r.choice(["0756", "0759", "0731", "0791", "0571", "0351", "0871", "0898"])
        num = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(6))
        fl = self.pick("tel")
        if fl == "x":
            return [area + "-", P(self.xc * 7)]
        if fl == "star":
            return [area + "-", P(num[:3] + "****")]
        if fl:
            return [self.token(fl, "tel")]
        return [f"{area}-{num}"]

    def idno(self, y=None):
        r = self.r
        area = r.choice(["440883", "430102", "360103", "350203", "330106", "320506", "450102", "510104", "420106"])
        y = y or r.randint(1950, 2004)
        body = f"{area}{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        ck = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        d = body + ck
        fl = self.pick("id")
        if fl == "star":
            return [P(r.choice([d[:6] + "*" * 8 + d[14:], d[:3] + "*" * 11 + d[14:], d[:1] + "*" * 16 + d[17:]]))]
        if fl:
            return [self.token(fl, "id")]
        return [d]

    def card(self):
        r = self.r
        d = r.choice(["6222", "6228", "6217", "6212", "6230"]) + "".join(str(r.randint(0, 9)) for _ in range(15))
        fl = self.pick("card")
        if fl == "star":
            return [P(r.choice([d[:4] + " **** **** " + d[-4:], d[:6] + "*" * 9 + d[-4:], "**** " + d[-4:]]))]
        if fl:
            return [self.token(fl, "card")]
        return [d]

    def plate(self):
        r = self.r
        letters = "ABCDEFGHJKLMNPRSTUVW"
        rest = r.choice(letters) + "".join(r.choice("0123456789" + letters[:8]) for _ in range(5))
        prov = r.choice(PROVS)
        fl = self.pick("plate")
        if fl == "star":
            return [P(prov + rest[:3] + "***")]
        if fl:
            return [self.token(fl, "plate")]
        return [prov + rest]

    def addr(self, estate=True):
        r = self.r
        road = r.choice(ROADS)
        n = r.randint(1, 399)
        clean = f"{road}路{n}号"
        if estate and r.random() < .5:
            clean += f"{r.choice(PLACES)}{r.choice(ESTATES)}{r.randint(1, 20)}栋{r.randint(1, 30)}0{r.randint(1, 4)}房"
        fl = self.pick("addr")
        c = self.xc
        if fl in ("x", "cross", "fullx", "circle"):
            return [P(c * 2), "路", P(c * 2), "号"] if r.random() < .5 else [road + "路", P(c * 2), "号"]
        if fl == "star":
            return [road + "路", P("*" * r.randint(4, 8))]
        if fl:
            return [self.token(fl, "addr")]
        return [clean]

    def docno(self, abbr, kind, y):
        n = self.r.randint(1, 168)
        fl = self.pick("docno")
        if fl in ("x", "cross"):
            c = self.xc
            o = self.r.randint(0, 1)
            if o == 0:
                return [P(c), f"{kind}〔{y}〕", P(c * 2), "号"]
            return [f"{abbr}{kind}〔{y}〕", P(c * 2), "号"]
        return [f"{abbr}{kind}〔{y}〕{n}号"]

    def text(self, clean, label, key="content"):
        fl = self.pick("text")
        if fl in ("x", "cross"):
            tail = next((t for t in TEXT_TAILS if clean.endswith(t) and len(clean) > len(t)), "")
            return [P(self.xc * self.r.choice([2, 3])), tail]
        if fl:
            return [self.token(fl, "text", label, key)]
        return [clean]


# ----------------------------------------------------------------------------------------------
# small helpers for builders
# ----------------------------------------------------------------------------------------------


def pl(r):
    return r.choice(PLACES)


def city(r):
    return r.choice(CITIES) + r.choice(CITY_SUFFIX)


def company(r):
    return r.choice(PLACES) + r.choice(INDUSTRIES) + "有限公司"


def company_parts(r):
    return r.choice(PLACES) + r.choice(INDUSTRIES), "有限公司"


def hm(r):
    return f"{r.randint(7, 21):02d}:{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"


def rn(r, lo, hi):
    return str(r.randint(lo, hi))


def rf(r, lo, hi, dec=2):
    return f"{r.uniform(lo, hi):.{dec}f}"


CN_NUM = "一二三四五六七八九十"
TEXT_TAILS = ["项目", "工程", "活动", "合同", "业务", "报表", "检查", "工作", "服务", "资料", "议程", "培训", "值班", "整治", "登记"]

# ----------------------------------------------------------------------------------------------
# genre builders: (r, F) -> list of lines (each a list of parts)
# ----------------------------------------------------------------------------------------------


def g_report(r, F):
    p = pl(r)
    y = r.randint(2020, 2023)
    L = [ln(F.org(p, "街道"), F.year(y), "年工作总结")]
    opens = [
        ["今年以来，", F.org(p, "街道"), "在区委、区政府的坚强领导下，聚焦中心工作，各项事业稳步推进。现将有关情况报告如下："],
        [F.year(y), "年，我街道坚持稳中求进工作总基调，统筹抓好发展和安全，经济社会保持平稳运行。"],
    ]
    L.append(ln(r.choice(opens)))
    L.append(["一、主要工作成效"])
    items = [
        ["（一）经济运行稳中有进。完成规模以上工业总产值", F.money(2, 60, 2, "亿元"), "，同比增长", F.pct(1, 30), "；完成固定资产投资", F.money(1, 20, 2, "亿元"), "。"],
        ["（二）民生保障持续加强。新增城镇就业", F.num(120, 2600, "人"), "，发放各类救助资金", F.money(20, 900, 1, "万元"), "，惠及困难群众", F.num(80, 1500, "户"), "。"],
        ["（三）基层治理不断深化。排查矛盾纠纷", F.num(30, 400, "宗"), "，化解率", F.pct(85, 99.9), "；新建", F.place(pl(r), "社区"), "党群服务中心1个。"],
        ["（四）项目建设提速增效。", F.org(pl(r) + r.choice(INDUSTRIES), "项目"), "于", F.date(y, "md"), "正式开工，完成征地", F.num(20, 300, "亩"), "。"],
        ["（五）安全生产形势平稳。开展安全检查", F.num(40, 600, "次"), "，整改隐患", F.num(50, 900, "处"), "，全年未发生较大以上安全事故。"],
        ["（六）文明创建深入开展。组织志愿服务活动", F.num(20, 300, "场次"), "，参与群众", F.num(500, 9000, "人次"), "。"],
    ]
    r.shuffle(items)
    k = r.randint(2, 4)
    for i, it in enumerate(items[:k]):
        L.append(ln(it))
    L.append(["二、存在的问题"])
    L.append([r.choice(["一是产业结构仍需优化；二是公共服务供给与群众期待还有差距；三是干部队伍能力有待提升。",
                        "部分项目推进较慢，个别社区基础设施老化，财政收支平衡压力较大。"])])
    if r.random() < .5:
        L.append(ln(F.org(p, "街道办事处"), "  ", F.date(y + 1, "cn")))
    return L


def g_halfyear(r, F):
    p = pl(r)
    y = r.randint(2021, 2023)
    L = [ln(F.org(p, "镇"), F.year(y), "年上半年工作情况汇报")]
    L.append(ln("上半年，", F.org(p, "镇"), "立足新发展阶段，紧紧围绕全年目标任务，各项工作有序推进。"))
    segs = [
        ["一是经济平稳发展。截至", F.date(y, "md"), "，完成规上工业增加值", F.money(1, 9, 3, "亿元"), "，同比增加", F.pct(1, 40), "。"],
        ["二是征地拆迁稳步推进。完成", F.text("城区快速路北延线", "项目名称", "project"), "红线内土地征收约", F.num(30, 300, "亩"), "，拆迁房屋", F.num(5, 90, "座"), "。"],
        ["三是疫情防控扎实有效。累计接种疫苗", F.num(5000, 40000, "剂次"), "，其中全程接种", F.num(3000, 30000, "人"), "。"],
        ["四是乡村振兴持续发力。发放种粮补贴", F.money(10, 300, 2, "万元"), "，覆盖农户", F.num(200, 3000, "户"), "。"],
        ["五是信访维稳成效明显。受理来信来访", F.num(10, 120, "件"), "，办结率", F.pct(90, 100, 2), "。"],
    ]
    k = r.randint(2, 5)
    for s in segs[:k]:
        L.append(ln(s))
    L.append(["下半年，我们将继续对标年度目标，补短板、强弱项，确保全年任务圆满完成。"])
    return L


def g_notice(r, F):
    p, y = pl(r), r.randint(2020, 2024)
    abbr = p[0]
    topic = r.choice(["开展安全生产大检查", "做好汛期防御工作", "组织年度干部培训", "开展人口普查入户登记", "做好春节期间值班", "开展消防安全专项整治"])
    L = [ln(F.docno(abbr, r.choice(["府办", "政办", "街办", "委办"]), y))]
    L.append(ln("关于", F.text(topic, "活动名称", "event"), "的通知"))
    L.append(ln("各社区、各部门："))
    L.append(ln("为切实做好相关工作，经研究，决定于", F.date(y, "md"), "至", F.date(y, "md"), "在全街道范围内", topic, "。现将有关事项通知如下："))
    L.append(ln("一、参加人员：各社区主任、网格员及", F.org(p, "街道"), "相关科室负责人，共", F.num(20, 150, "人"), "。"))
    L.append(ln("二、地点：", F.org(p, "街道"), "三楼会议室（", F.addr(False), "）。"))
    if r.random() < .7:
        L.append(ln("三、联系人：", F.person(), "，联系电话：", F.tel(), "。"))
    L.append(ln(F.org(p, "街道办事处")))
    L.append(ln(F.date(y, "cn")))
    return L


def g_contract(r, F):
    cp, cs = company_parts(r)
    y = r.randint(2020, 2024)
    L = [ln(F.text(r.choice(["办公设备采购合同", "物业服务合同", "工程施工合同", "技术服务合同"]), "合同名称", "contract_title"))]
    L.append(ln("合同编号：HT-", str(y), "-", rn(r, 100, 999)))
    L.append(ln("甲方：", F.org(pl(r), "街道办事处")))
    L.append(ln("乙方：", F.org(cp, cs)))
    L.append(ln("第一条 合同金额为人民币", F.money(1, 90, 2, "万元"), "（含税），乙方应于", F.date(y, "cn"), "前完成全部交付。"))
    L.append(ln("第二条 甲方在验收合格后", F.num(5, 30, "个工作日"), "内支付合同总价的", F.pct(30, 95, 0), "。"))
    if r.random() < .6:
        L.append(ln("第三条 乙方开户银行：", r.choice(BANKS), "，账号：", F.card(), "。"))
    L.append(ln("甲方代表（签字）：", F.person(), "    乙方代表（签字）：", F.person()))
    L.append(ln("签订日期：", F.date(y, "cn")))
    return L


def g_minutes(r, F):
    y = r.randint(2020, 2024)
    L = [ln(F.org(pl(r), "社区"), "第", rn(r, 2, 24), "次居民议事会会议纪要")]
    L.append(ln("时间：", F.date(y, "cn"), " ", hm(r)))
    L.append(ln("地点：", F.place(pl(r), "社区"), "党群服务中心二楼"))
    L.append(ln("主持人：", F.person(), "  记录人：", F.person()))
    L.append(ln("参加人员：居民代表", F.num(8, 40, "人"), "，物业公司代表", F.num(1, 3, "人"), "。"))
    L.append(ln("会议议定：一、同意使用公共收益", F.money(1, 30, 2, "万元"), "维修", F.place(pl(r), "花园"), "二期电梯；二、由",
                F.person(r.choice(UNIT_ROLES)), "牵头，", F.date(y, "md"), "前完成方案公示。"))
    if r.random() < .5:
        L.append(ln("表决结果：同意", F.num(8, 30, "票"), "，反对0票，弃权", F.num(0, 3, "票"), "。"))
    return L


def g_stats(r, F):
    y = r.randint(2019, 2023)
    sep = r.choice(["\t", " | ", "  "])
    L = [ln(F.org(city(r)[:-1], r.choice(["市", "县"])), F.year(y), "年", r.choice(["社会事业", "民生实事", "农业生产", "教育卫生"]), "主要指标完成情况")]
    L.append([sep.join(["指标", "单位", "目标", "完成", "完成率"])])
    rows = [("新增就业", "人"), ("城镇污水处理率", "%"), ("粮食播种面积", "万亩"), ("新建学位", "个"), ("家庭医生签约", "人"),
            ("农村公路改造", "公里"), ("养老床位", "张"), ("棚户区改造", "套")]
    r.shuffle(rows)
    for name, unit in rows[:r.randint(3, 6)]:
        tgt = r.randint(100, 5000)
        L.append(ln(name, sep, unit, sep, str(tgt), sep, F.num(tgt // 2, tgt * 2), sep, F.pct(50, 130)))
    L.append(ln("数据来源：", F.org(city(r)[:-1], "市统计局"), "，截至", F.date(y, "cn"), "。"))
    return L


def g_notary(r, F):
    y = r.randint(2019, 2024)
    c = r.choice(CITIES)
    L = [["公 证 书"]]
    L.append(ln("（", str(y), "）", r.choice(PROVS), c, "证字第", F.num(100, 9999), "号"))
    L.append(ln("申请人：", F.person(), "，", r.choice(["男", "女"]), "，", F.date(r.randint(1950, 2000), "cn"), "出生，"))
    L.append(ln("公民身份号码：", F.idno(), "。"))
    L.append(ln("公证事项：", r.choice(["亲属关系", "出生", "无犯罪记录", "学历", "房屋赠与合同"]), "。"))
    L.append(ln("兹证明", F.person(), "与", F.person(), "系", r.choice(["父子", "母女", "夫妻", "兄妹"]), "关系。"))
    L.append(ln(F.org(c, "市公证处")))
    L.append(ln("公证员：", F.person()))
    L.append(ln(F.date(y, "cn")))
    return L


def g_vehicle(r, F):
    y = r.randint(2015, 2024)
    letters = "ABCDEFGHJKLMNPRSTUVWYZ"
    vin = "L" + "".join(r.choice(letters + "0123456789") for _ in range(16))
    L = [["机动车登记证书（摘录）"]]
    L.append(ln("机动车所有人/身份证明名称/号码：", F.person(), " / 居民身份证 / ", F.idno()))
    L.append(ln("登记机关：", F.org(r.choice(CITIES), "市公安局交通警察支队车辆管理所")))
    L.append(ln("登记日期：", F.date(y, "dash"), "    机动车登记编号：", F.plate()))
    L.append(ln("车辆类型：小型普通客车  车辆品牌：", r.choice(["大众", "丰田", "比亚迪", "吉利", "长安", "本田"]),
                "  车身颜色：", r.choice(["白", "黑", "银", "蓝", "红"])))
    L.append(ln("车辆识别代号：", vin, "  发动机号：", "".join(r.choice("0123456789ABCDEFGH") for _ in range(8))))
    L.append(ln("住所地址：", F.addr()))
    return L


def g_complaint(r, F):
    y = r.randint(2021, 2024)
    L = [["实名投诉信"]]
    L.append(ln("尊敬的", F.org(city(r), "市场监督管理局"), "领导："))
    L.append(ln("我叫", F.person(), "，身份证号", F.idno(), "，住", F.addr(), "，联系电话", F.phone(), "。"))
    L.append(ln(F.date(y, "md"), "，我在", F.org(*company_parts(r)), "购买", r.choice(["电动车一辆", "预付费健身卡一张", "空调一台", "装修服务"]),
                "，支付", F.money(800, 30000, 0, "元"), "，至今", r.choice(["未能退款", "未按合同履行", "多次维修仍有故障"]), "。"))
    L.append(ln("多次与商家负责人", F.person(), "交涉未果，特此实名投诉，恳请依法处理。"))
    L.append(ln("投诉人：", F.person()))
    L.append(ln(F.date(y, "cn")))
    return L


def g_hotel(r, F):
    y = r.randint(2020, 2024)
    sep = r.choice(["\t", " ", "，"])
    L = [ln(F.org(pl(r), "宾馆"), "旅客住宿登记表（", F.date(y, "md"), "）")]
    L.append([sep.join(["房号", "姓名", "证件号码", "入住时间", "联系电话"])])
    for _ in range(r.randint(2, 6)):
        L.append(ln(rn(r, 2, 9) + "0" + rn(r, 1, 9), sep, F.person(), sep, F.idno(), sep, hm(r), sep, F.phone()))
    L.append(ln("值班前台：", F.person()))
    return L


def g_waybill(r, F):
    L = [ln(r.choice(COURIERS), "  运单号：", r.choice(["SF", "YT", "ZT", "JD", "JT"]), "".join(str(r.randint(0, 9)) for _ in range(13)))]
    L.append(ln("寄件人：", F.person(), " ", F.phone()))
    L.append(ln("寄件地址：", r.choice(CITIES), "市", F.addr()))
    L.append(ln("收件人：", F.person(), " ", F.phone()))
    L.append(ln("收件地址：", r.choice(CITIES), "市", F.addr()))
    L.append(ln("托寄物：", r.choice(["文件", "衣物", "日用品", "电子产品", "食品"]), "  计费重量：", rf(r, 0.3, 12, 1), "kg  运费：", rn(r, 8, 60), "元"))
    if r.random() < .5:
        L.append(ln("签收人：", F.person(), "  签收时间：", F.date(r.randint(2021, 2024), "dash"), " ", hm(r)))
    return L


def g_bank(r, F):
    y = r.randint(2021, 2024)
    sep = r.choice(["\t", "  ", " | "])
    L = [ln(r.choice(BANKS), "个人账户交易明细")]
    L.append(ln("户名：", F.person(), "  卡号：", F.card()))
    L.append([sep.join(["交易日期", "摘要", "交易金额", "余额", "对方户名"])])
    bal = r.uniform(1000, 90000)
    for _ in range(r.randint(2, 6)):
        amt = r.uniform(-5000, 8000)
        bal += amt
        L.append(ln(F.date(y, "dash"), sep, r.choice(["工资", "转账", "消费", "还款", "利息", "代发"]), sep, f"{amt:+.2f}", sep, f"{bal:.2f}", sep,
                    r.choice([F.person(), F.org(*company_parts(r))])))
    return L


def g_payroll(r, F):
    y, m = r.randint(2021, 2024), r.randint(1, 12)
    L = [ln(F.org(*company_parts(r)), f"{y}年{m}月工资条")]
    L.append(ln("姓名：", F.person(), "  工号：", rn(r, 10000, 99999), "  部门：", r.choice(["行政部", "财务部", "生产部", "销售部", "技术部"])))
    base, perf = r.randint(2500, 9000), r.randint(300, 5000)
    L.append(ln("基本工资：", F.num(base, base), "  绩效工资：", F.num(perf, perf), "  加班费：", F.num(0, 800)))
    L.append(ln("社保个人部分：", F.money(300, 900, 2, ""), "  公积金：", F.money(200, 1200, 2, ""), "  个税：", F.money(0, 500, 2, "")))
    L.append(ln("实发工资：", F.money(3000, 15000, 2, "元"), "  发放账户：", F.card()))
    return L


def g_property(r, F):
    y = r.randint(2020, 2024)
    est = pl(r) + r.choice(ESTATES)
    L = [["温馨提示" if r.random() < .5 else "停水通知"]]
    L.append(ln("尊敬的", F.place(est[:2], est[2:]), "业主："))
    L.append(ln("因市政供水管网改造，定于", F.date(y, "md"), hm(r), "至", hm(r), "对", F.num(1, 20, "栋"), "暂停供水，请提前做好储水准备。"))
    L.append(ln("本月物业费收缴率为", F.pct(60, 99), "，尚未缴费的业主请于", F.date(y, "md"), "前到物业服务中心缴纳。"))
    L.append(ln("如有疑问请联系物业服务中心：", F.tel(), "（值班经理", F.person(), "）。"))
    L.append(ln(F.org(company_parts(r)[0], "有限公司"), est[2:] if False else "", "物业服务中心"))
    L.append(ln(F.date(y, "cn")))
    return L


def g_grid(r, F):
    y = r.randint(2021, 2024)
    L = [ln("网格工作日志  ", F.date(y, "cn"), "  天气：", r.choice(["晴", "多云", "小雨", "阴"]))]
    L.append(ln("网格：", F.place(pl(r), "社区"), "第", rn(r, 1, 12), "网格  网格员：", F.person()))
    L.append(ln("走访住户", F.num(5, 60, "户"), "，其中独居老人", F.num(1, 8, "户"), "，登记流动人口", F.num(0, 15, "人"), "。"))
    L.append(ln("发现问题：", F.addr(), "楼道堆放杂物，已通知", F.person(), "清理。"))
    L.append(ln("上报事件", F.num(1, 6, "件"), "，已办结", F.num(0, 5, "件"), "。居民", F.person(), "反映路灯不亮，已转城管处理。"))
    return L


def g_survey(r, F):
    y = r.randint(2020, 2024)
    L = [ln(F.org(pl(r), "街道"), F.year(y), "年居民满意度问卷调查结果")]
    L.append(ln("本次调查共发放问卷", F.num(300, 2000, "份"), "，回收有效问卷", F.num(200, 1800, "份"), "，有效率", F.pct(80, 99), "。"))
    qs = ["社区环境卫生", "物业服务质量", "治安状况", "办事便利程度", "文体活动"]
    r.shuffle(qs)
    for q in qs[:r.randint(2, 4)]:
        L.append(ln(q, "：非常满意", F.pct(10, 50), "，满意", F.pct(20, 50), "，一般", F.pct(5, 20), "，不满意", F.pct(0, 8), "。"))
    L.append(ln("调查执行单位：", F.org(*company_parts(r))))
    return L


def g_review(r, F):
    L = []
    apps = ["随申办", "掌上社保", "智慧物业", "公交通", "云缴费", "学习强校", "健康码助手", "城市服务"]
    for _ in range(r.randint(2, 5)):
        stars = r.randint(1, 5)
        txt = r.choice(["更新后闪退，登录不了", "界面清爽，缴费很方便", "客服回复太慢了", "希望增加夜间模式", "定位不准，老是显示在别的区",
                        "办证流程比以前快多了", "验证码收不到，重试了好几次"])
        L.append(ln(F.person(), "  ", "★" * stars + "☆" * (5 - stars), "  ", F.date(r.randint(2021, 2024), "dash"), "  版本",
                    f"{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"))
        L.append(ln("“", r.choice(apps), "”", txt, r.choice(["。", "！", "😂", "👍", "，差评。"])))
    return L


def g_chat(r, F):
    L = [ln("会话记录  渠道：", r.choice(["微信公众号", "APP在线客服", "12345热线网页版"]), "  ", F.date(r.randint(2021, 2024), "dash"))]
    t = r.randint(8, 20)
    turns = [
        ln("客服", rn(r, 1, 60), "号：您好，请问有什么可以帮您?"),
        ln("用户：我的订单一直没发货，收件人是", F.person(), "，电话", F.phone(), "。"),
        ln("客服：请提供一下订单号或下单手机号，我帮您查询。"),
        ln("用户：地址是", F.addr(), "，麻烦快点处理?"),
        ln("客服：已为您催促仓库，预计", F.date(2024, "md"), "前发出，补偿优惠券", F.num(5, 50, "元"), "。"),
        ln("用户：好的，谢谢🙏"),
    ]
    k = r.randint(3, 6)
    for i, tt in enumerate(turns[:k]):
        L.append(ln(f"[{t:02d}:{r.randint(10, 59):02d}] ", tt))
    return L


def g_exam(r, F):
    y = r.randint(2020, 2024)
    subj = r.choice(["语文", "数学", "道德与法治", "科学"])
    L = [ln(F.org(pl(r), "镇中心小学"), F.year(y), "学年第", r.choice(["一", "二"]), "学期", subj, "期末试卷")]
    L.append(ln("考试时间：", F.num(60, 90, "分钟"), "  满分：100分  命题人：", F.person()))
    L.append(["一、填空题（每空2分）"])
    qa = [("我国的首都是", "北京", "。"), ("一年有", "12", "个月。"), ("长方形的周长等于（长+宽）×", "2", "。"),
          ("“春眠不觉晓”的下一句是", "处处闻啼鸟", "。"), ("水在标准大气压下的沸点是", "100", "℃。"),
          ("我国国土面积约为", "960", "万平方千米。"), ("1千克等于", "1000", "克。"), ("地球绕太阳公转一周约需", "365", "天。")]
    r.shuffle(qa)
    for i, (a, b, c) in enumerate(qa[:r.randint(2, 5)]):
        L.append(ln(f"{i + 1}. ", a, F.text(b, "答案", "answer"), c))
    if subj == "数学" and r.random() < .6:
        L.append(["二、解方程：2x+3=11，x的值是多少？"])
    return L


def g_judgment(r, F):
    y = r.randint(2018, 2024)
    c = r.choice(CITIES)
    L = [ln(F.org(c, "市" + r.choice(["中级", "人民法院", "区人民"]) + "法院") if False else ln(c, "市", pl(r), "区人民法院"))]
    L.append(["民 事 判 决 书"])
    L.append(ln(f"（{y}）", r.choice(PROVS), "0", rn(r, 100, 999), "民初", rn(r, 100, 9999), "号"))
    L.append(ln("原告：", F.person(), "，", r.choice(["男", "女"]), "，", F.date(r.randint(1955, 1998), "cn"), "出生，住", F.addr(False), "。"))
    L.append(ln("被告：", F.org(*company_parts(r)), "，住所地", F.addr(False), "。"))
    L.append(ln("法定代表人：", F.person(), "，该公司", r.choice(["执行董事", "总经理", "董事长"]), "。"))
    L.append(ln("原告", F.person(), "向本院提出诉讼请求：判令被告支付货款", F.money(2, 80, 2, "万元"), "及利息。"))
    L.append(ln("本院于", F.date(y, "cn"), "立案后，依法适用简易程序，公开开庭进行了审理。"))
    return L


def g_penalty(r, F):
    y = r.randint(2019, 2024)
    c = r.choice(CITIES)
    L = [ln(c, "市", r.choice(["生态环境局", "市场监督管理局", "应急管理局", "城市管理综合执法局"]), "行政处罚决定书")]
    L.append(ln(F.docno(c[0], "环罚", y)))
    L.append(ln("当事人：", F.org(*company_parts(r))))
    L.append(ln("统一社会信用代码：91", rn(r, 1000, 9999), r.choice(["MA", "MA5", "MA3"]), "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUW") for _ in range(8))))
    L.append(ln("法定代表人：", F.person(), "    地址：", F.addr(False)))
    L.append(ln("经查，当事人于", F.date(y, "cn"), "存在", r.choice(["未按规定设置危险废物识别标志", "超标排放废水", "未取得许可擅自经营"]),
                "的行为，违反了相关规定。决定处以罚款人民币", F.money(1, 50, 1, "万元"), "。"))
    L.append(ln("当事人应自收到本决定书之日起", F.num(15, 15, "日"), "内缴纳罚款。"))
    return L


def g_tender(r, F):
    y = r.randint(2020, 2024)
    L = [ln(F.text(pl(r) + r.choice(["片区道路提升改造工程", "智慧社区平台建设项目", "学校食堂配送服务项目"]), "项目名称", "project_name"), "招标公告")]
    L.append(ln("项目编号：ZB", str(y), rn(r, 1000, 9999)))
    L.append(ln("采购人：", F.org(pl(r), "街道办事处"), "  代理机构：", F.org(*company_parts(r))))
    L.append(ln("预算金额：", F.money(20, 2000, 2, "万元"), "；最高限价：", F.money(20, 2000, 2, "万元"), "。"))
    L.append(ln("投标截止时间：", F.date(y, "cn"), hm(r), "；开标地点：", F.addr(False), "公共资源交易中心", rn(r, 1, 6), "号开标室。"))
    L.append(ln("联系人：", F.person(), "  电话：", F.tel()))
    return L


def g_appoint(r, F):
    y = r.randint(2019, 2024)
    L = [["干部任职前公示"]]
    L.append(ln("根据干部选拔任用有关规定，现将拟任职人选公示如下："))
    for i in range(r.randint(1, 3)):
        L.append(ln(F.person(), "，", r.choice(["男", "女"]), "，", r.choice(["汉族", "壮族", "回族", "土家族"]), "，", F.date(r.randint(1975, 1992), "dot"),
                    "生，", r.choice(["大学", "研究生"]), "学历，现任", F.org(pl(r), "街道"), r.choice(DEPTS), "主任，拟任", F.org(pl(r), "街道"), "副主任。"))
    L.append(ln("公示时间：", F.date(y, "md"), "至", F.date(y, "md"), "。举报电话：", F.tel(), "。"))
    L.append(ln("中共", F.org(city(r), "委组织部")))
    return L


def g_aid(r, F):
    y = r.randint(2019, 2023)
    sep = r.choice(["\t", " | "])
    L = [ln(F.place(pl(r), "村"), F.year(y), "年帮扶对象台账")]
    L.append([sep.join(["户主", "家庭人口", "帮扶责任人", "年人均纯收入（元）", "帮扶措施"])])
    for _ in range(r.randint(2, 6)):
        L.append(ln(F.person(), sep, F.num(1, 7), sep, F.person(), sep, F.num(6000, 30000), sep,
                    r.choice(["产业帮扶", "就业帮扶", "教育资助", "医疗救助", "危房改造", "公益岗位"])))
    L.append(ln("填报人：", F.person(), "  审核人：", F.person(), "  填报日期：", F.date(y, "cn")))
    return L


def g_sms(r, F):
    p = pl(r)
    sig = r.choice([f"【{p}社区】", f"【{p}街道】", f"【{r.choice(CITIES)}12345】", f"【{p}物业】"])
    L = []
    for _ in range(r.randint(1, 3)):
        L.append(ln(sig, "尊敬的", F.person(r.choice(["先生", "女士", "居民"])), "，", r.choice([
            ["您预约的", F.text("社保卡补办", "业务名称", "service"), "业务已办结，请于", F.date(2024, "md"), "前携带身份证到", F.place(p, "社区"), "服务站领取。"],
            ["本月燃气费", F.money(20, 300, 2, "元"), "已出账，请于", F.date(2024, "md"), "前缴纳。"],
            ["您家老人的健康体检安排在", F.date(2024, "md"), hm(r), "，地点：", F.addr(False), "。"],
        ]), "退订回T"))
    return L


def g_email(r, F):
    y = r.randint(2020, 2024)
    locs = ["zhangwei", "office", "hr2023", "lin.feng", "service", "chenjing", "admin"]
    L = [ln("发件人：", F.person(), " <", r.choice(locs), "@", r.choice(["qinghe.gov.cn", "163.com", "yanling-wy.cn", "tongda.com"]), ">")]
    L.append(ln("收件人：", F.org(pl(r), "街道办事处"), "综合办"))
    L.append(ln("主题：关于", F.text(r.choice(["报送季度统计报表", "确认会议议程", "提交项目结算资料"]), "邮件主题", "subject"), "的函"))
    L.append(ln("发送时间：", F.date(y, "dash"), " ", hm(r)))
    L.append(ln(F.person(r.choice(["主任", "科长", "老师"])), "：您好！"))
    L.append(ln("附件为", F.text("第二季度统计报表", "附件名称", "attachment"), "，请查收。如有问题请致电", F.phone(), "。"))
    L.append(ln("此致 敬礼  ", F.person()))
    return L


def g_award(r, F):
    y = r.randint(2019, 2024)
    L = [ln("关于表彰", F.year(y), "年度先进集体和先进个人的决定")]
    L.append(ln("各单位："))
    L.append(ln("为激励先进，经研究，决定授予", F.org(pl(r), "社区"), "等", F.num(3, 20, "个"), "单位“先进集体”称号，授予"))
    L.append(ln(F.person(), "、", F.person(), "、", F.person(), "等", F.num(10, 60, "名"), "同志“先进个人”称号，每人奖励", F.money(500, 3000, 0, "元"), "。"))
    L.append(ln(F.org(pl(r), "街道党工委")))
    L.append(ln(F.date(y, "cn")))
    return L


def g_receipt(r, F):
    y = r.randint(2020, 2024)
    L = [["费用报销单"]]
    L.append(ln("报销部门：", r.choice(DEPTS), "  报销人：", F.person(), "  日期：", F.date(y, "dash")))
    for _ in range(r.randint(2, 4)):
        L.append(ln(r.choice(["差旅费", "办公用品", "会议费", "印刷费", "交通费"]), "  ", F.money(50, 3000, 2, "元"), "  票据", F.num(1, 6, "张")))
    L.append(ln("合计（小写）：", F.money(200, 9000, 2, "元"), "  审批人：", F.person()))
    return L


def g_lease(r, F):
    y = r.randint(2020, 2024)
    L = [["房屋租赁合同"]]
    L.append(ln("出租方（甲方）：", F.person(), "  身份证号：", F.idno()))
    L.append(ln("承租方（乙方）：", F.person(), "  联系电话：", F.phone()))
    L.append(ln("甲方将位于", F.addr(), "的房屋出租给乙方使用，建筑面积", rf(r, 40, 140, 1), "平方米。"))
    L.append(ln("租期自", F.date(y, "cn"), "起至", F.date(y + 1, "cn"), "止，月租金人民币", F.money(1200, 8000, 0, "元"), "，押金", F.money(1200, 8000, 0, "元"), "。"))
    L.append(ln("甲方（签字）：", F.person(), "  乙方（签字）：", F.person()))
    return L


def g_press(r, F):
    y = r.randint(2020, 2024)
    L = [ln(F.org(pl(r), "街道"), r.choice(["举办", "开展", "启动"]), F.text(r.choice(["邻里文化节", "老旧小区改造议事会", "反诈宣传进社区活动"]), "活动名称", "event"))]
    L.append(ln("发布时间：", F.date(y, "dash"), " ", hm(r), "  来源：", F.org(pl(r), "街道办事处"), "  浏览次数：", rn(r, 30, 3000)))
    L.append(ln(F.date(y, "md"), "上午，", F.org(pl(r), "街道"), "在", F.place(pl(r), "广场"), "举行活动，吸引居民", F.num(100, 2000, "余人"), "参与。"))
    L.append(ln("街道党工委书记", F.person(), "表示，将持续办好群众身边的小事实事。"))
    L.append(ln("（编辑：", F.person(), "  审核：", F.person(), "）"))
    return L


def g_budget(r, F):
    y = r.randint(2020, 2024)
    sep = r.choice(["\t", " | ", "  "])
    L = [ln(F.org(pl(r), "街道"), F.year(y), "年部门预算收支总表（单位：万元）")]
    L.append([sep.join(["项目", "上年预算", "本年预算", "增减%"])])
    for it in r.sample(["一般公共服务支出", "公共安全支出", "教育支出", "社会保障和就业支出", "卫生健康支出", "城乡社区支出", "农林水支出"], r.randint(3, 6)):
        L.append(ln(it, sep, rf(r, 10, 900), sep, F.money(10, 900, 2, ""), sep, F.pct(-20, 30)))
    L.append(ln("合计", sep, rf(r, 1000, 5000), sep, F.money(1000, 5000, 2, "")))
    return L


def g_expro(r, F):
    y = r.randint(2019, 2024)
    L = [ln(F.org(r.choice(CITIES), "市人民政府"), "征收土地公告")]
    L.append(ln(F.docno("征", "告字", y)))
    L.append(ln("经省人民政府批准（", F.docno(r.choice(PROVS), "政土批", y), "），征收", F.place(pl(r), "村"), "集体土地", F.money(5, 90, 4, "公顷"), "。"))
    L.append(ln("征收范围涉及农户", F.num(10, 300, "户"), "，补偿标准为每亩", F.money(3, 12, 2, "万元"), "，安置补助费另计。"))
    L.append(ln("被征收土地的所有权人、使用权人应在公告之日起", F.num(10, 30, "日"), "内，持土地权属证书到", F.addr(False), "办理补偿登记。"))
    L.append(ln(F.date(y, "cn")))
    return L


def g_mt(r, F):
    """Machine-translated product notice: Chinese and English side by side."""
    prod = r.choice(["智能门锁", "空气净化器", "电动自行车充电器", "便携式储能电源"])
    L = [ln(prod, "使用说明 / User Guide")]
    L.append(ln("型号：", r.choice(["QH-", "ZK-", "TD-"]), rn(r, 100, 990), "  生产商：", F.org(*company_parts(r))))
    pairs = [("请勿在潮湿环境中使用本产品。", "Do not use this product in a damp environment — it may cause a short circuit."),
             ("首次使用前请充满电。", "Please charge fully before first use; the indicator turns “green” when done."),
             ("如有故障请联系售后。", "If it doesn’t work, contact the after-sales team."),
             ("保修期为一年。", "The warranty period is one year from the date of purchase."),
             ("儿童请在成人监护下使用。", "Children should use it under “adult supervision”.")]
    r.shuffle(pairs)
    for cn, en in pairs[:r.randint(2, 4)]:
        L.append([cn])
        L.append([en])
    L.append(ln("客服电话：", F.tel()))
    return L


def g_tw(r, F):
    """A Hong Kong / Taiwan letter in traditional characters (clean, Big5-encodable)."""
    L = [["來函"]]
    for s in r.sample(TRAD_LINES, r.randint(2, 4)):
        L.append([s])
    L.append(ln("聯絡人：", r.choice(["陳", "林", "黃", "張"]), r.choice(["小姐", "先生"]), "  電話：(02) ", rn(r, 2000, 2999), "-", rn(r, 1000, 9999)))
    return L


def g_certificate(r, F):
    y = r.randint(2019, 2024)
    L = [["荣 誉 证 书"]]
    L.append(ln(F.person(), "同志："))
    L.append(ln("在", F.year(y), "年度", F.text(r.choice(["社区志愿服务", "防汛抢险", "疫情防控", "文明城市创建"]), "活动名称", "event"), "工作中表现突出，"))
    L.append(ln("被评为“优秀", r.choice(["志愿者", "网格员", "共产党员", "工作者"]), "”，特发此证，以资鼓励。"))
    L.append(ln("证书编号：", str(y), rn(r, 1000, 9999)))
    L.append(ln(F.org(pl(r), "街道党工委"), "  ", F.date(y, "cn")))
    return L


def g_signup(r, F):
    y = r.randint(2020, 2024)
    L = [ln(F.text(r.choice(["社区工作者招聘", "暑期托管班", "老年大学春季班", "志愿者服务队"]), "项目名称", "project"), "报名登记表")]
    L.append(ln("姓名：", F.person(), "  性别：", r.choice(["男", "女"]), "  出生日期：", F.date(r.randint(1960, 2015), "dash")))
    L.append(ln("身份证号：", F.idno(), "  手机：", F.phone()))
    L.append(ln("现住址：", F.addr()))
    L.append(ln("工作单位：", F.org(*company_parts(r))))
    L.append(ln("报名日期：", F.date(y, "cn"), "  经办人：", F.person()))
    return L


GENRES = {k[2:]: v for k, v in dict(globals()).items() if k.startswith("g_") and callable(v)}

# ----------------------------------------------------------------------------------------------
# damage functions (real codecs / real escaping functions)
# ----------------------------------------------------------------------------------------------


def _box_handler(err):
    return ("□" * (err.end - err.start), err.end)


def _hexref_handler(err):
    return ("".join(f"&#x{ord(c):x};" for c in err.object[err.start:err.end]), err.end)


codecs.register_error("t21box", _box_handler)
codecs.register_error("t21hexref", _hexref_handler)


def cx(s, enc, dec, ee="replace", de="replace"):
    return s.encode(enc, ee).decode(dec, de)


def d_trunc(r, s):
    b = s.encode("utf-8")
    if len(b) < 6:
        return s
    cands = [i for i in range(3, len(b)) if (b[i] & 0xC0) == 0x80 and (b[i - 1] & 0xC0) != 0x80]
    if not cands:
        return s
    return b[: r.choice(cands)].decode("utf-8", "replace")


def d_gbk_shift(r, s):
    b = s.encode("gbk", "replace")
    leads, i = [], 0
    while i < len(b) - 2:
        if b[i] >= 0x81:
            leads.append(i)
            i += 2
        else:
            i += 1
    if not leads:
        return s
    k = r.choice(leads[: max(1, len(leads) * 2 // 3)])
    return (b[:k] + b[k + 1:]).decode("gbk", "replace")


def d_html_half(r, s):
    # a closing tag glued to a GBK-damaged last character, as seen in scraped pages
    b = s.encode("gbk", "replace")
    return (b[:-1] + r.choice([b"</strong>", b"</span>", b"</p>", b"</b>"])).decode("gbk", "replace")


def d_nbsp(r, s):
    i = r.choice([0, r.randint(1, max(1, len(s) - 1))])
    ent = r.choice(["&nbsp;", "&nbsp;&nbsp;", "&nbsp;" * 4, "&amp;nbsp;", "&#160;"])
    return s[:i] + ent + s[i:]


STYLE_ATTRS = ['style="font-family:宋体;font-size:16px;"', 'style="color:#333333;line-height:28px"', 'class="MsoNormal"',
               'style="text-indent:2em;"', 'lang="EN-US"']


def d_tags(r, s):
    t = r.choice(["span", "span", "p", "font", "strong"])
    a = r.choice(STYLE_ATTRS) if t != "strong" else ""
    open_ = f"<{t} {a}>" if a else f"<{t}>"
    return open_ + s + f"</{t}>" if r.random() < .7 else open_ + s


def d_escaped(r, s):
    t = r.choice(["p", "br/", "strong", "span"])
    if t == "br/":
        return s + html.escape(html.escape("<br/>"))
    return html.escape(html.escape(f"<{t}>")) + s + html.escape(html.escape(f"</{t}>"))


def d_rtf(r, s):
    body = "".join(c if ord(c) < 128 else "".join(f"\\'{x:02x}" for x in c.encode("gbk", "replace")) for c in s)
    if r.random() < .4:
        font = "".join(f"\\'{x:02x}" for x in "宋体".encode("gbk"))
        return "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + font + ";}}\\f0\\fs24 " + body + "\\par }"
    return body + r.choice(["\\par", "\\par ", " \\line "])


def d_xml(r, s):
    o = r.randint(0, 2)
    if o == 0:
        return '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>' + s + "</w:t></w:r>"
    if o == 1:
        return "<![CDATA[" + s + "]]>"
    return "<text:span text:style-name=\"T1\">" + s + "</text:span>"


def d_cid(r, s):
    return "".join(c if ord(c) < 128 else f"(cid:{(ord(c) * 7) % 9000 + 100})" for c in s)


def d_mime(r, s):
    if r.random() < .5:
        return email.header.Header(s, "utf-8").encode().replace("\n", "").replace("\r", "")
    cs = r.choice(["GB2312", "gbk", "GB18030"])
    enc = {"GB2312": "gb2312", "gbk": "gbk", "GB18030": "gb18030"}[cs]
    return f"=?{cs}?B?" + base64.b64encode(s.encode(enc, "replace")).decode("ascii") + "?="


def d_qp(r, s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "").replace("\n", "")


def d_udouble(r, s):
    return json.dumps(json.dumps(s)[1:-1])[1:-1]


DAMAGE = {
    "utf8_gbk": ("UTF-8 bytes read as GBK", lambda r, s: cx(s, "utf-8", r.choice(["gbk", "gbk", "gb18030"]))),
    "utf8_gbk_ignore": ("UTF-8 read as GBK, undecodable bytes dropped", lambda r, s: cx(s, "utf-8", "gbk", de="ignore")),
    "gbk_utf8": ("GBK bytes read as UTF-8", lambda r, s: cx(s, "gbk", "utf-8")),
    "kunjinkao": ("GBK->UTF-8 replacement chars saved and read as GBK (锟斤拷)", lambda r, s: cx(cx(s, "gbk", "utf-8"), "utf-8", "gbk")),
    "utf8_cp1252": ("UTF-8 read as Windows-1252", lambda r, s: cx(s, "utf-8", "cp1252")),
    "double_utf8": ("UTF-8 double-encoded through cp1252", lambda r, s: cx(cx(s, "utf-8", "cp1252"), "utf-8", "cp1252")),
    "utf8_macroman": ("UTF-8 read as Mac Roman", lambda r, s: cx(s, "utf-8", "mac_roman")),
    "utf8_cp437": ("UTF-8 read as CP437 in an old terminal", lambda r, s: cx(s, "utf-8", "cp437")),
    "utf8_cp850": ("UTF-8 read as CP850", lambda r, s: cx(s, "utf-8", "cp850")),
    "gbk_koi8r": ("GBK read as KOI8-R", lambda r, s: cx(s, "gbk", "koi8_r")),
    "utf8_koi8r": ("UTF-8 read as KOI8-R", lambda r, s: cx(s, "utf-8", "koi8_r")),
    "utf8_cp1251": ("UTF-8 read as Windows-1251", lambda r, s: cx(s, "utf-8", "cp1251")),
    "utf8_sjis": ("UTF-8 read as Shift_JIS", lambda r, s: cx(s, "utf-8", "shift_jis")),
    "gbk_sjis": ("GBK read as Shift_JIS", lambda r, s: cx(s, "gbk", "shift_jis")),
    "utf8_euckr": ("UTF-8 read as EUC-KR", lambda r, s: cx(s, "utf-8", "euc_kr")),
    "utf8_eucjp": ("UTF-8 read as EUC-JP", lambda r, s: cx(s, "utf-8", "euc_jp")),
    "gbk_big5": ("GBK read as Big5", lambda r, s: cx(s, "gbk", "big5")),
    "big5_gbk": ("Big5 read as GBK", lambda r, s: cx(s, "big5", "gbk")),
    "big5_utf8": ("Big5 read as UTF-8", lambda r, s: cx(s, "big5", "utf-8")),
    "gbk_cp1252": ("GBK read as Windows-1252", lambda r, s: cx(s, "gbk", "cp1252")),
    "lost_q_gb2312": ("characters outside GB2312 lost as ?", lambda r, s: cx(s, "gb2312", "gb2312")),
    "lost_q_ascii": ("text forced through ASCII, lost as ?", lambda r, s: cx(s, "ascii", "ascii")),
    "lost_box_big5": ("characters missing from a Big5 font shown as □", lambda r, s: s.encode("big5", "t21box").decode("big5")),
    "lost_box_gb2312": ("characters outside GB2312 shown as □", lambda r, s: s.encode("gb2312", "t21box").decode("gb2312")),
    "fffd_trunc": ("UTF-8 field truncated mid-character", d_trunc),
    "gbk_shift": ("GBK stream decoded one byte out of step", d_gbk_shift),
    "html_nbsp": ("HTML entity debris", d_nbsp),
    "html_tags": ("HTML markup remnants", d_tags),
    "html_escaped": ("double-escaped HTML markup", d_escaped),
    "html_half": ("half tag glued to a damaged character", d_html_half),
    "numref": ("decimal numeric character references", lambda r, s: s.encode("ascii", "xmlcharrefreplace").decode("ascii")),
    "numref_hex": ("hex numeric character references", lambda r, s: s.encode("ascii", "t21hexref").decode("ascii")),
    "uescape": ("\\u escapes left in text", lambda r, s: s.encode("unicode_escape").decode("ascii")),
    "uescape_double": ("doubly escaped JSON \\u sequences", d_udouble),
    "bytes_repr": ("Python bytes repr of UTF-8", lambda r, s: str(s.encode("utf-8"))[2:-1]),
    "percent": ("URL percent-encoding left in text", lambda r, s: urllib.parse.quote(s)),
    "qp": ("quoted-printable not decoded", d_qp),
    "mime": ("MIME encoded-word not decoded", d_mime),
    "hz": ("HZ-GB-2312 shown raw", lambda r, s: s.encode("hz", "replace").decode("ascii")),
    "utf7": ("UTF-7 shown raw", lambda r, s: s.encode("utf-7").decode("ascii")),
    "rtf": ("RTF hex escapes of GBK bytes", d_rtf),
    "xml": ("XML / DOCX / ODT markup remnants", d_xml),
    "cid": ("PDF extraction (cid:N) glyphs", d_cid),
}


def bad_chars(s):
    for c in s:
        if c in "\n\r\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e":
            return True
        if unicodedata.category(c) in ("Cc", "Cs"):
            return True
    return False


def diff_parts(pre, clean, dmg, post, how):
    """Parts for a damaged stretch: equal-length -> one M per run of differing characters,
    otherwise trim the common prefix / suffix."""
    if dmg == clean or bad_chars(dmg):
        return None
    parts = [pre]
    if len(dmg) == len(clean):
        i = 0
        while i < len(clean):
            if clean[i] == dmg[i]:
                j = i
                while j < len(clean) and clean[j] == dmg[j]:
                    j += 1
                parts.append(clean[i:j])
            else:
                j = i
                while j < len(clean) and clean[j] != dmg[j]:
                    j += 1
                parts.append(M(dmg[i:j], clean[i:j], how))
            i = j
    else:
        p = 0
        while p < min(len(clean), len(dmg)) and clean[p] == dmg[p]:
            p += 1
        q = 0
        while q < min(len(clean), len(dmg)) - p and clean[-1 - q] == dmg[-1 - q]:
            q += 1
        core_d, core_c = dmg[p:len(dmg) - q], clean[p:len(clean) - q]
        if not core_d:
            return None
        parts += [clean[:p], M(core_d, core_c, how), clean[len(clean) - q:]]
    parts.append(post)
    return [x for x in parts if not (isinstance(x, str) and x == "")]


# ---- region pickers: return (start, end) inside a line string, or None ----
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
SEP_RE = re.compile(r"\t| \| |  +")
FIELD_RE = re.compile(r"[：:]\s*([^：:\s，。；、（）()<>]{2,26})")
NUM_RE = re.compile(r"(?<![\d.])\d{2,}(?:\.\d+)?(?![\d.])")


def pick_word(r, s):
    runs = [m.span() for m in CJK_RUN.finditer(s)]
    if not runs:
        return None
    a, b = r.choice(runs)
    n = r.randint(2, min(8, b - a))
    st = r.randint(a, b - n)
    return st, st + n


def pick_char(r, s):
    idx = [i for i, c in enumerate(s) if "\u4e00" <= c <= "\u9fff"]
    if not idx:
        return None
    i = r.choice(idx)
    return i, i + 1


def pick_cell(r, s):
    if not SEP_RE.search(s):
        return None
    cells, pos = [], 0
    for m in SEP_RE.finditer(s):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, len(s)))
    cells = [c for c in cells if c[1] - c[0] >= 2 and any("\u4e00" <= ch <= "\u9fff" for ch in s[c[0]:c[1]])]
    return r.choice(cells) if cells else None


def pick_numcell(r, s):
    ms = [m.span() for m in NUM_RE.finditer(s)]
    return r.choice(ms) if ms else None


def pick_field(r, s):
    ms = [m.span(1) for m in FIELD_RE.finditer(s)]
    ms = [m for m in ms if any("\u4e00" <= ch <= "\u9fff" for ch in s[m[0]:m[1]])]
    return r.choice(ms) if ms else None


def pick_line(r, s):
    return (0, len(s)) if s.strip() else None


PICKERS = {"word": pick_word, "char": pick_char, "cell": pick_cell, "field": pick_field, "line": pick_line,
           "num": pick_numcell, "title": pick_line, "sig": pick_line, "para": pick_line, "doc": pick_line}


def is_plain(line):
    return len(line) == 1 and isinstance(line[0], str) and not isinstance(line[0], P)


def apply_codec(r, lines, dname, region, avoid, need=None):
    """Damage one region (or several lines for para/doc). Returns True on success."""
    how, fn = DAMAGE[dname]
    cand = [i for i, l in enumerate(lines) if i not in avoid and is_plain(l) and l[0].strip()]
    if need:
        cand = [i for i in cand if need(lines[i][0])]
    if not cand:
        return False
    if region == "title":
        targets = [0] if 0 in cand else []
    elif region == "sig":
        targets = [cand[-1]] if cand[-1] >= len(lines) - 2 else []
    elif region == "para":
        st = r.choice(cand)
        targets = [i for i in range(st, min(st + r.randint(2, 4), len(lines))) if i in cand]
    elif region == "doc":
        targets = cand
    else:
        targets = [r.choice(cand)]
    if not targets:
        return False
    done = 0
    for i in targets:
        s = lines[i][0]
        sp = PICKERS[region](r, s)
        if not sp:
            continue
        a, b = sp
        parts = diff_parts(s[:a], s[a:b], fn(r, s[a:b]), s[b:], how)
        if parts:
            lines[i] = parts
            done += 1
    return done > 0


def has_pinyin_chars(s):
    return sum(1 for c in s if c in PINYIN) >= 2


def apply_pinyin(r, lines, region, avoid):
    cand = [i for i, l in enumerate(lines) if i not in avoid and is_plain(l) and has_pinyin_chars(l[0])]
    if not cand:
        return False
    if region == "doc":
        targets = cand
    elif region == "para":
        st = r.randrange(len(cand))
        targets = cand[st:st + r.randint(2, 4)]
    else:
        targets = [r.choice(cand)]
    for i in targets:
        s, parts, buf = lines[i][0], [], ""
        for c in s:
            if c in PINYIN:
                if buf:
                    parts.append(buf)
                    buf = ""
                t, py = PINYIN[c]
                parts.append(M(f"{t}({py})", c, "traditional conversion with pinyin annotation"))
            else:
                buf += c
        if buf:
            parts.append(buf)
        lines[i] = parts
    return True


def apply_ocr(r, lines, region, avoid):
    cand = []
    for i, l in enumerate(lines):
        if i in avoid or not is_plain(l):
            continue
        s = l[0]
        for good, bad in OCR_PAIRS:
            for m in re.finditer(re.escape(good), s):
                cand.append((i, m.start(), good, bad))
        if region == "digits":
            for m in re.finditer(r"(?<=\d)[01](?=\d)|(?<=\d)1|1(?=\d)", s):
                cand.append((i, m.start(), m.group(), "O" if m.group() == "0" else "l"))
    if not cand:
        return False
    if region == "digits":
        dc = [c for c in cand if c[2] in "01"]
        cand = dc or cand
    r.shuffle(cand)
    used = set()
    for i, st, good, bad in cand[: r.randint(1, 3)]:
        if i in used:
            continue
        s = lines[i][0]
        parts = diff_parts(s[:st], good, bad, s[st + len(good):], "OCR confusion of similar glyphs")
        if parts:
            lines[i] = parts
            used.add(i)
    return bool(used)


EXCEL_ERR = ["#NAME?", "#VALUE!", "#REF!", "#DIV/0!", "#N/A", "#NUM!", "########"]


def apply_excel(r, lines, region, avoid):
    cand = [i for i, l in enumerate(lines) if i not in avoid and is_plain(l) and SEP_RE.search(l[0]) and NUM_RE.search(l[0])]
    if not cand:
        return False
    used = 0
    for i in r.sample(cand, min(len(cand), r.randint(1, 2))):
        s = lines[i][0]
        cells, pos = [], 0
        for m in SEP_RE.finditer(s):
            cells.append((pos, m.start()))
            pos = m.end()
        cells.append((pos, len(s)))
        cells = [c for c in cells if re.fullmatch(r"[+-]?\d+(?:\.\d+)?%?", s[c[0]:c[1]])]
        if not cells:
            continue
        a, b = r.choice(cells)
        err = r.choice(EXCEL_ERR[:-1]) if region != "hash" else "########"
        parts = diff_parts(s[:a], s[a:b], err, s[b:], "spreadsheet error value in a cell")
        if parts:
            lines[i] = parts
            used += 1
    return used > 0


def apply_fax(r, lines, region, avoid):
    org = r.choice(PLACES) + r.choice(["街道办事处", "镇人民政府", "社区居委会", "物业服务中心", "中心小学"])
    g = cx(org, "gbk", r.choice(["cp1252", "cp1252", "latin_1" if False else "cp1252"]))
    if bad_chars(g) or g == org:
        return False
    mon = r.choice(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])
    tel = r.choice(["0756", "0759", "0731"]) + " " + str(r.randint(2000000, 8999999))
    head = ["FROM : ", M(g, org, "GBK sender name printed by a fax set as Windows-1252"),
            f"    FAX NO. : {tel}    {mon}. {r.randint(1, 28):02d} {r.randint(2005, 2016)} {r.randint(1, 12):02d}:{r.randint(0, 59):02d}{r.choice(['AM', 'PM'])}  P{r.randint(1, 4)}"]
    lines.insert(0, head)
    return True


def apply_bom(r, lines, region, avoid):
    cand = [i for i, l in enumerate(lines) if i not in avoid and is_plain(l)]
    if region == "start":
        cand = [0] if 0 in cand else []
    else:
        cand = [i for i in cand if i > 0]
    if not cand:
        return False
    i = r.choice(cand)
    lines[i] = [M("\ufeff".encode("utf-8").decode("cp1252"), "", "UTF-8 byte-order mark read as Windows-1252"), lines[i][0]]
    return True


def apply_nbsp1252(r, lines, region, avoid):
    cand = [i for i, l in enumerate(lines) if i not in avoid and is_plain(l) and re.search(r"\S \S", l[0])]
    if not cand:
        return False
    n = 0
    for i in r.sample(cand, min(len(cand), r.randint(1, 2))):
        s = lines[i][0]
        ps = [m.start() + 1 for m in re.finditer(r"\S \S", s)]
        k = r.choice(ps)
        lines[i] = [s[:k], M("\xa0".encode("utf-8").decode("cp1252"), " ", "UTF-8 no-break space read as Windows-1252"), s[k + 1:]]
        n += 1
    return n > 0


def apply_punct1252(r, lines, region, avoid):
    cand = [i for i, l in enumerate(lines) if i not in avoid and is_plain(l) and re.search(r"[A-Za-z]{3}", l[0]) and re.search(r"[“”’—]", l[0])]
    if not cand:
        return False
    for i in r.sample(cand, min(len(cand), r.randint(1, 2))):
        s, parts, buf = lines[i][0], [], ""
        for c in s:
            if c in "“”’—":
                if buf:
                    parts.append(buf)
                    buf = ""
                parts.append(M(cx(c, "utf-8", "cp1252"), c, "UTF-8 punctuation read as Windows-1252"))
            else:
                buf += c
        if buf:
            parts.append(buf)
        lines[i] = parts
    return True


def apply_literal_nl(r, lines, region, avoid):
    cand = [i for i in range(len(lines) - 1) if i not in avoid and i + 1 not in avoid and is_plain(lines[i]) and is_plain(lines[i + 1])]
    if not cand:
        return False
    i = r.choice(cand)
    tok = r.choice(["\\n", "\\r\\n", "\\n\\n", "<br>", "<br />"])
    lines[i] = [lines[i][0], M(tok, "\n", "line break stored as literal escape or tag"), lines[i + 1][0]]
    del lines[i + 1]
    return True


SPECIAL = {"pinyin": apply_pinyin, "ocr": apply_ocr, "excel": apply_excel, "fax": apply_fax, "bom": apply_bom,
           "nbsp1252": apply_nbsp1252, "punct1252": apply_punct1252, "literal_nl": apply_literal_nl}


def need_for(dname):
    if dname == "lost_q_gb2312" or dname == "lost_box_gb2312":
        return lambda s: any(_not_gb2312(c) for c in s)
    if dname in ("gbk_big5", "lost_box_big5"):
        return lambda s: sum(1 for c in s if "\u4e00" <= c <= "\u9fff") >= 4
    if dname.startswith("big5"):
        return lambda s: any("\u4e00" <= c <= "\u9fff" for c in s)
    if dname == "lost_q_ascii":
        return lambda s: any(ord(c) > 127 for c in s)
    return lambda s: any("\u4e00" <= c <= "\u9fff" for c in s)

# ----------------------------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------------------------


class T(str):
    """A trap line / phrase (clean look-alike)."""


def _is_plain(line):
    return len(line) == 1 and type(line[0]) is str


is_plain = _is_plain  # noqa: F811  (trap lines are T, placeholders P: both excluded)

PH_STYLES = [
    ("report", "x"), ("report", "cross"), ("report", "fullx"), ("report", "mixed"),
    ("halfyear", "x"), ("halfyear", "circle"), ("halfyear", "cross"),
    ("notice", "x"), ("notice", "bracket"), ("notice", "instr"), ("notice", "mustache"),
    ("contract", "underscore"), ("contract", "bracket"), ("contract", "mustache"), ("contract", "x"), ("contract", "pending"),
    ("minutes", "x"), ("minutes", "mou"), ("minutes", "pending"),
    ("stats", "x"), ("stats", "cross"), ("stats", "pending"),
    ("notary", "star"), ("notary", "mou"), ("notary", "bracket"),
    ("vehicle", "star"), ("vehicle", "bracket"),
    ("complaint", "star"), ("complaint", "mou"),
    ("hotel", "star"), ("hotel", "mustache"),
    ("waybill", "star"), ("waybill", "x"),
    ("bank", "star"), ("bank", "mustache"),
    ("payroll", "star"), ("payroll", "merge"), ("payroll", "underscore"),
    ("property", "x"), ("property", "merge"), ("property", "bracket"),
    ("grid", "mou"), ("grid", "star"), ("grid", "x"),
    ("survey", "x"), ("survey", "fullx"),
    ("review", "star"),
    ("chat", "star"), ("chat", "mustache"),
    ("exam", "underscore"), ("exam", "bracket"), ("exam", "x"),
    ("judgment", "mou"), ("judgment", "x"), ("judgment", "star"),
    ("penalty", "mou"), ("penalty", "x"),
    ("tender", "bracket"), ("tender", "pending"), ("tender", "x"), ("tender", "instr"),
    ("appoint", "x"), ("appoint", "mou"),
    ("aid", "star"), ("aid", "x"), ("aid", "mou"),
    ("sms", "mustache"), ("sms", "merge"), ("sms", "x"), ("sms", "star"),
    ("email", "merge"), ("email", "mustache"), ("email", "instr"),
    ("award", "x"), ("award", "cross"), ("award", "merge"),
    ("receipt", "underscore"), ("receipt", "pending"),
    ("lease", "underscore"), ("lease", "star"), ("lease", "bracket"),
    ("press", "x"), ("press", "mou"), ("press", "instr"),
    ("budget", "x"), ("budget", "pending"),
    ("expro", "x"), ("expro", "cross"),
    ("certificate", "merge"), ("certificate", "underscore"), ("certificate", "instr"),
    ("signup", "underscore"), ("signup", "star"), ("signup", "bracket"),
    ("mt", "mustache"),
]

# name, [(damage, region)], genres, options
MJ_STYLES = [
    ("utf8gbk_word", [("utf8_gbk", "word")], ["report", "press", "notice"], {}),
    ("utf8gbk_title", [("utf8_gbk", "title")], ["notice", "report", "award", "tender"], {}),
    ("utf8gbk_para", [("utf8_gbk", "para")], ["halfyear", "report"], {}),
    ("utf8gbk_wholedoc", [("utf8_gbk", "doc")], ["sms", "grid", "certificate"], {}),
    ("utf8gbk_cell", [("utf8_gbk", "cell")], ["stats", "aid", "budget"], {}),
    ("utf8gbk_field", [("utf8_gbk", "field")], ["hotel", "signup", "vehicle"], {}),
    ("utf8gbk_signature", [("utf8_gbk", "sig")], ["contract", "notice", "award", "complaint"], {}),
    ("utf8gbk_char", [("utf8_gbk", "char")], ["press", "minutes"], {}),
    ("utf8gbk_ignore_line", [("utf8_gbk_ignore", "line")], ["email", "press"], {}),
    ("kunjinkao_word", [("kunjinkao", "word")], ["complaint", "report"], {}),
    ("kunjinkao_field", [("kunjinkao", "field")], ["signup", "waybill"], {}),
    ("kunjinkao_line", [("kunjinkao", "line")], ["chat", "sms"], {}),
    ("gbkutf8_word", [("gbk_utf8", "word")], ["review", "press"], {}),
    ("gbkutf8_line", [("gbk_utf8", "line")], ["grid", "minutes"], {}),
    ("gbkutf8_cell", [("gbk_utf8", "cell")], ["payroll", "hotel", "bank"], {}),
    ("cp1252_line", [("utf8_cp1252", "line")], ["press", "notice"], {}),
    ("cp1252_title", [("utf8_cp1252", "title")], ["tender", "press", "email"], {}),
    ("cp1252_field", [("utf8_cp1252", "field")], ["waybill", "signup"], {}),
    ("double_utf8_word", [("double_utf8", "word")], ["email", "press"], {}),
    ("double_utf8_line", [("double_utf8", "line")], ["property", "sms"], {}),
    ("macroman_line", [("utf8_macroman", "line")], ["notice", "minutes"], {}),
    ("macroman_field", [("utf8_macroman", "field")], ["vehicle", "lease"], {}),
    ("cp437_terminal_line", [("utf8_cp437", "line")], ["bank", "receipt"], {}),
    ("cp437_cell", [("utf8_cp437", "cell")], ["hotel", "aid"], {}),
    ("cp850_line", [("utf8_cp850", "line")], ["budget", "payroll"], {}),
    ("koi8r_of_gbk_line", [("gbk_koi8r", "line")], ["report", "halfyear"], {}),
    ("koi8r_of_gbk_field", [("gbk_koi8r", "field")], ["notary", "judgment"], {}),
    ("koi8r_of_utf8_word", [("utf8_koi8r", "word")], ["minutes", "award"], {}),
    ("cp1251_line", [("utf8_cp1251", "line")], ["award", "notice"], {"neg": "foreign"}),
    ("sjis_of_utf8_line", [("utf8_sjis", "line")], ["mt", "press"], {"neg": "foreign"}),
    ("sjis_of_gbk_word", [("gbk_sjis", "word")], ["press", "report"], {"neg": "foreign"}),
    ("euckr_of_utf8_field", [("utf8_euckr", "field")], ["appoint", "signup"], {"neg": "foreign"}),
    ("eucjp_of_utf8_word", [("utf8_eucjp", "word")], ["survey", "review"], {"neg": "foreign"}),
    ("big5_of_gbk_line", [("gbk_big5", "line")], ["notice", "expro"], {"neg": "trad"}),
    ("big5_of_gbk_para", [("gbk_big5", "para")], ["report", "halfyear"], {"neg": "trad"}),
    ("gbk_of_big5_line", [("big5_gbk", "line")], ["tw"], {"neg": "trad"}),
    ("gbk_of_big5_doc", [("big5_gbk", "doc")], ["tw"], {"neg": "trad"}),
    ("utf8_of_big5_line", [("big5_utf8", "line")], ["tw"], {"neg": "trad"}),
    ("fax_header_gbk", [("fax", "header")], ["notice", "contract", "penalty", "tender"], {}),
    ("lost_q_rare_name_line", [("lost_q_gb2312", "line")], ["hotel", "signup", "aid", "payroll"], {"rare": 1.0, "neg": "rare"}),
    ("lost_q_rare_signature", [("lost_q_gb2312", "sig")], ["certificate", "award", "complaint", "email"], {"rare": 1.0, "neg": "rare"}),
    ("lost_q_ascii_line", [("lost_q_ascii", "line")], ["sms", "chat", "review"], {"neg": "qmark"}),
    ("lost_q_ascii_field", [("lost_q_ascii", "field")], ["bank", "waybill", "vehicle"], {"neg": "qmark"}),
    ("lost_box_big5_word", [("lost_box_big5", "word")], ["report", "halfyear", "press"], {"neg": "box"}),
    ("lost_box_rare_line", [("lost_box_gb2312", "line")], ["signup", "notary", "hotel"], {"rare": 1.0, "neg": "box"}),
    ("fffd_truncated_field", [("fffd_trunc", "field")], ["vehicle", "signup", "waybill"], {}),
    ("fffd_truncated_cell", [("fffd_trunc", "cell")], ["hotel", "aid", "bank"], {}),
    ("gbk_out_of_step_line", [("gbk_shift", "line")], ["halfyear", "report"], {}),
    ("gbk_out_of_step_para", [("gbk_shift", "para")], ["report", "notice"], {}),
    ("html_nbsp_line", [("html_nbsp", "line")], ["press", "notice"], {"neg": "code"}),
    ("html_tags_word", [("html_tags", "word")], ["press", "report"], {"neg": "code"}),
    ("html_tags_title", [("html_tags", "title")], ["notice", "press"], {"neg": "code"}),
    ("html_escaped_line", [("html_escaped", "line")], ["press", "halfyear"], {"neg": "code"}),
    ("html_half_tag_word", [("html_half", "word")], ["halfyear", "report"], {"neg": "code"}),
    ("numref_word", [("numref", "word")], ["press", "notice"], {"neg": "code"}),
    ("numref_line", [("numref", "line")], ["sms", "property"], {"neg": "code"}),
    ("numref_hex_word", [("numref_hex", "word")], ["email", "review"], {"neg": "code"}),
    ("uescape_word", [("uescape", "word")], ["chat", "review"], {"neg": "code"}),
    ("uescape_line", [("uescape", "line")], ["sms", "chat"], {"neg": "code"}),
    ("uescape_double_field", [("uescape_double", "field")], ["email", "signup"], {"neg": "code"}),
    ("bytes_repr_field", [("bytes_repr", "field")], ["complaint", "chat", "waybill"], {"neg": "code"}),
    ("percent_word", [("percent", "word")], ["press", "email"], {"neg": "url"}),
    ("percent_title", [("percent", "title")], ["email", "tender"], {"neg": "url"}),
    ("quoted_printable_line", [("qp", "line")], ["email"], {"neg": "url"}),
    ("mime_subject", [("mime", "field")], ["email"], {"neg": "url"}),
    ("hz_line", [("hz", "line")], ["email", "sms"], {}),
    ("utf7_field", [("utf7", "field")], ["email", "signup"], {}),
    ("rtf_word", [("rtf", "word")], ["contract", "lease"], {"neg": "code"}),
    ("rtf_title", [("rtf", "title")], ["contract", "judgment"], {"neg": "code"}),
    ("xml_markup_word", [("xml", "word")], ["contract", "judgment", "penalty"], {"neg": "code"}),
    ("xml_markup_line", [("xml", "line")], ["press", "award"], {"neg": "code"}),
    ("pinyin_line", [("pinyin", "line")], ["report", "halfyear", "notice"], {"neg": "pinyin"}),
    ("pinyin_para", [("pinyin", "para")], ["halfyear", "report"], {"neg": "pinyin"}),
    ("pinyin_wholedoc", [("pinyin", "doc")], ["press", "notice", "award"], {"neg": "pinyin"}),
    ("ocr_similar_glyphs", [("ocr", "line")], ["notice", "judgment", "penalty", "report"], {"neg": "ocr", "ocr": True}),
    ("ocr_digits_letters", [("ocr", "digits")], ["stats", "budget", "payroll"], {"neg": "ocr", "ocr": True}),
    ("bom_start", [("bom", "start")], ["report", "notice", "minutes"], {}),
    ("bom_concatenated", [("bom", "mid")], ["minutes", "press", "grid"], {}),
    ("nbsp_cp1252", [("nbsp1252", "line")], ["mt", "press", "waybill"], {"neg": "foreign"}),
    ("punct_cp1252_english", [("punct1252", "line")], ["mt"], {"neg": "foreign"}),
    ("excel_error_cell", [("excel", "cell")], ["stats", "budget", "aid", "bank"], {"neg": "excel"}),
    ("excel_hash_cell", [("excel", "hash")], ["bank", "stats", "hotel"], {"neg": "excel"}),
    ("pdf_cid_word", [("cid", "word")], ["judgment", "penalty", "expro"], {}),
    ("pdf_cid_line", [("cid", "line")], ["expro", "notary"], {}),
    ("literal_newline", [("literal_nl", "line")], ["sms", "press", "email", "notice"], {"neg": "code"}),
    ("mixed_pinyin_q_html", [("gbk_shift", "line"), ("html_half", "word"), ("pinyin", "doc")], ["halfyear", "report"], {"neg": "pinyin"}),
    ("mixed_utf8gbk_nbsp", [("utf8_gbk", "word"), ("html_nbsp", "line")], ["press", "notice"], {}),
    ("mixed_cp1252_in_foreign_context", [("utf8_cp1252", "word")], ["press", "email"], {"neg": "foreign", "trap_pos": 1.0}),
]

MJ_TRAP_GROUPS = {
    "foreign": [0, 1, 2, 3, 4, 5, 6, 7, 8, 28],
    "trad": [8],
    "pinyin": [9, 10],
    "code": [11, 12, 26, 27],
    "excel": [13, 17],
    "url": [14, 15, 16],
    "rare": [21, 22, 20],
    "ocr": [23, 24],
    "box": [25],
    "qmark": [14, 15, 20],
    "generic": list(range(len(MJ_TRAPS))),
}
QMARK_LINES = ["用户：请问周末营业吗?", "居民留言：什么时候恢复供水?", "我想问一下，这个证明在哪里开?"]
OCR_OK_LINES = ["他自己承认已经知道了，未来会注意。", "干部带头，人员到位，土地已完成流转。", "请于日期栏填写实际办理日期。"]


def add_traps(r, lines, pool, k):
    have = {str(l[0]) for l in lines if len(l) == 1}
    choices = [t for t in pool if t not in have]
    for t in r.sample(choices, min(k, len(choices))):
        if len(lines) >= 12:
            break
        n = len(lines)
        pos = r.choice([n, n, max(1, n - 1), r.randint(1, n) if n > 1 else 1])
        lines.insert(pos, [T(fill_trap(r, t))])


def pdf_wrap(r, lines):
    """Hard-wrap one long line as PDF extraction does, never inside a placeholder."""
    cand = [i for i, l in enumerate(lines) if sum(len(str(p)) for p in l) > 34 and not any(isinstance(p, T) for p in l)]
    if not cand or len(lines) >= 11:
        return lines
    i = r.choice(cand)
    line = lines[i]
    cuts, pos = [], 0
    for j, p in enumerate(line):
        s = str(p)
        if isinstance(p, P):
            cuts.append((j, len(s)))  # right after a placeholder
        elif len(s) > 6:
            cuts.append((j, r.randint(2, len(s) - 2)))
        pos += len(s)
    if not cuts:
        return lines
    j, k = r.choice(cuts)
    p = line[j]
    if isinstance(p, P):
        first, second = line[:j + 1], line[j + 1:]
    else:
        s = str(p)
        first, second = line[:j] + [s[:k]], [s[k:]] + line[j + 1:]
    if not second or not "".join(str(x) for x in second).strip():
        return lines
    sep = [[""]] if r.random() < .4 else []
    return lines[:i] + [first] + sep + [second] + lines[i + 1:]


def plain_lines(lines):
    return [["".join(str(p) for p in l)] for l in lines]


PDF_GENRES = {"report", "halfyear", "expro", "press", "judgment", "penalty", "award", "notice", "minutes"}


def gen_ph(r, genre, flav, positive):
    for attempt in range(60):
        F = Filler(r, flav if positive else None, p=r.uniform(.2, .7) if attempt < 30 else .95)
        lines = GENRES[genre](r, F)
        if positive and not assemble(lines)[1]:
            continue
        break
    else:
        raise RuntimeError(f"no placeholder for {genre}/{flav}")
    lines = [l for l in lines]
    if genre in PDF_GENRES and r.random() < .35:
        lines = pdf_wrap(r, lines)
    ntrap = (r.choice([1, 1, 2]) if r.random() < .85 else 0) if not positive else (1 if r.random() < .3 else 0)
    add_traps(r, lines, PH_TRAPS, ntrap)
    text, spans, _ = assemble(lines[:12])
    if positive:
        note = f"{genre} document with {flav} placeholders ({len(spans)} span(s))" + ("; contains look-alike traps" if ntrap else "")
    else:
        note = f"clean {genre} document" + ("; look-alikes that are not placeholders" if ntrap else "")
    return text, spans, note


def gen_mj(r, spec, positive):
    name, dmgs, genres, opt = spec
    for attempt in range(80):
        genre = r.choice(genres)
        F = Filler(r, None, rare=opt.get("rare", 0.06))
        lines = plain_lines(GENRES[genre](r, F))
        if opt.get("ocr") and r.random() < .5 and not positive:
            lines.insert(r.randint(1, len(lines)), [T(r.choice(OCR_OK_LINES))])
        grp = opt.get("neg", "generic")
        if positive:
            ntrap = 1 if r.random() < opt.get("trap_pos", .3) else 0
            pool = [MJ_TRAPS[i] for i in MJ_TRAP_GROUPS["foreign" if opt.get("trap_pos") else "generic"]]
            add_traps(r, lines, pool, ntrap)
        else:
            spec_pool = [MJ_TRAPS[i] for i in MJ_TRAP_GROUPS[grp]]
            if grp == "qmark":
                spec_pool = spec_pool + QMARK_LINES
            add_traps(r, lines, spec_pool, 1 if r.random() < .85 else 0)
            add_traps(r, lines, MJ_TRAPS, 1 if r.random() < .4 else 0)
        if len(lines) > 12:
            continue
        if positive:
            ok = True
            for dname, region in dmgs:
                if dname in SPECIAL:
                    ok = SPECIAL[dname](r, lines, region, set())
                else:
                    ok = apply_codec(r, lines, dname, region, set(), need_for(dname))
                if not ok:
                    break
            if not ok or len(lines) > 12:
                continue
        text, spans, cleans = assemble(lines)
        if positive and not spans:
            continue
        break
    else:
        raise RuntimeError(f"could not damage {name}")
    if positive:
        hows = []
        for l in lines:
            for p in l:
                if isinstance(p, M) and p.how not in hows:
                    hows.append(p.how)
        regions = "+".join(reg for _, reg in dmgs)
        note = f"{'; '.join(hows)} ({regions}) in {genre} | clean=" + json.dumps(cleans, ensure_ascii=False)
    else:
        note = f"clean {genre} document with look-alikes ({opt.get('neg', 'generic')})"
    return text, spans, note


def generate(seed):
    recs = []
    for family, styles in (("ph", PH_STYLES), ("mj", MJ_STYLES)):
        for spec in styles:
            sname = f"ph_{spec[0]}_{spec[1]}" if family == "ph" else f"mj_{spec[0]}"
            r = random.Random(f"text21:{seed}:{sname}")
            n = r.choice([16, 16, 17]) if family == "ph" else r.choice([17, 17, 18])
            npos = round(n * 0.65) + r.choice([0, 0, 1, -1])
            flags = [True] * npos + [False] * (n - npos)
            r.shuffle(flags)
            for positive in flags:
                if family == "ph":
                    text, spans, note = gen_ph(r, spec[0], spec[1], positive)
                    label = "placeholder" if positive else "negative"
                else:
                    text, spans, note = gen_mj(r, spec, positive)
                    label = "mojibake" if positive else "negative"
                recs.append({"family": family, "style": sname, "label": label, "text": text, "spans": spans, "note": note})
    random.Random(f"text21-order:{seed}").shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append({"id": f"t21-s{seed}-{i:05d}", **rec})
    return out


# ----------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------

PH_RE = re.compile(r"[xXｘＸ×○〇]|＿|_{2,}|\*|某|【[^】]*】|\[[^\]]*\]|〔[^〕]*〕|［[^］]*］|〖[^〗]*〗|\{[^}]*\}|\$|%[^%\s]+%|«|<<"
                   r"|TODO|TBD|待定|待补充|待填|此处|输入|键入|请填写")
LINT_PH = re.compile(r"(?<![A-Za-z])[xX]{2,}(?![A-Za-z])|(?<![A-Za-z])[xX](?:月|日|年)|\d[xX]{2,}|[ｘＸ]|×{2,}|×(?:月|日)|[○〇]{2}|＿|_{2,}"
                     r"|\*{2,}|[\u4e00-\u9fff]\*[\u4e00-\u9fff]|\d\*{3,}|某某|[\u4e00-\u9fff]某(?![些种年月日])"
                     r"|【[^】]*(?:名称|姓名|日期|金额|填写|地址|电话|数量|标题|联系人|身份证|答案|内容)[^】]*】|\{\{|\$\{|\{[A-Za-z_]+\}"
                     r"|%[A-Za-z_]{3,}%|\$[A-Za-z_]{2,}\$|«[\u4e00-\u9fff]|<<|MERGEFIELD|TODO|TBD|待定(?!系数)|待补充|待填|此处|输入文字|请输入|键入")
LINT_MJ = re.compile(r"锟斤拷|\ufffd|â€|Ã.|Â\xa0|ï»¿|鍙|&nbsp;|&amp;|&lt;|&gt;|&#\d+;|&#x[0-9a-fA-F]+;|\\u[0-9a-fA-F]{4}|\\x[0-9a-f]{2}"
                     r"|%[0-9A-F]{2}%[0-9A-F]{2}|=[0-9A-F]{2}=[0-9A-F]{2}|=\?[\w-]+\?[BbQq]\?|#NAME\?|#VALUE!|#REF!|#DIV/0!|#N/A|#NUM!|#{5,}"
                     r"|\(cid:\d+\)|</?(?:span|p|strong|div|br|font|w:t|w:r|b)\b|<!\[CDATA|\\'[0-9a-f]{2}|\\rtf|\\par\b"
                     r"|[\u3400-\u9fff\uf900-\ufaff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|□|\?{2,}|~\{|\+[A-Za-z0-9]{4,}-|\\n|\\r")
QUOTED = re.compile(r"`[^`]*`|“[^”]*”|「[^」]*」|https?://\S+")


def mask_spans(text, spans):
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "\u3000" if chars[i] != "\n" else "\n"
    return "".join(chars)


def verify(paths):
    problems = []
    for path in paths:
        ids = set()
        counts = {}
        with open(path, encoding="utf-8") as fh:
            for ln_no, raw in enumerate(fh, 1):
                where = f"{path}:{ln_no}"
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: bad JSON {e}")
                    continue
                keys = {"id", "family", "style", "label", "text", "spans", "note"}
                if set(rec) != keys:
                    problems.append(f"{where}: keys {sorted(rec)}")
                    continue
                rid, fam, lab, text, spans, note = rec["id"], rec["family"], rec["label"], rec["text"], rec["spans"], rec["note"]
                if rid in ids:
                    problems.append(f"{where}: duplicate id {rid}")
                ids.add(rid)
                if fam not in ("ph", "mj") or lab not in {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ()):
                    problems.append(f"{where}: family/label {fam}/{lab}")
                    continue
                if not re.fullmatch(r"[a-z0-9_]+", rec["style"]):
                    problems.append(f"{where}: style not snake_case")
                if not isinstance(text, str) or not text.strip() or not 1 <= len(text.split("\n")) <= 12:
                    problems.append(f"{where}: text empty or not 1-12 lines")
                if not isinstance(note, str) or "\n" in note:
                    problems.append(f"{where}: note not one line")
                counts[(rec["style"], lab)] = counts.get((rec["style"], lab), 0) + 1
                prev = 0
                okspans = True
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp) and prev <= sp[0] < sp[1] <= len(text)):
                        problems.append(f"{where}: bad span {sp}")
                        okspans = False
                        break
                    prev = sp[1]
                if not okspans:
                    continue
                if lab == "negative":
                    if spans:
                        problems.append(f"{where}: negative with spans")
                    body = text
                else:
                    if not spans:
                        problems.append(f"{where}: positive without spans")
                    body = mask_spans(text, spans)
                if fam == "ph" and lab == "placeholder":
                    for a, b in spans:
                        if not PH_RE.search(text[a:b]):
                            problems.append(f"{where}: span {text[a:b]!r} holds no placeholder")
                if fam == "mj" and lab == "mojibake":
                    if " | clean=" not in note:
                        problems.append(f"{where}: note lacks clean list")
                    else:
                        cleans = json.loads(note.split(" | clean=", 1)[1])
                        if len(cleans) != len(spans):
                            problems.append(f"{where}: clean list length")
                        for (a, b), c in zip(spans, cleans):
                            if text[a:b] == c:
                                problems.append(f"{where}: mojibake span equals clean text {c!r}")
                m = LINT_PH.search(body)
                if m:
                    problems.append(f"{where}: placeholder-like {m.group()!r} outside spans ({lab})")
                m = LINT_MJ.search(QUOTED.sub(" ", body))
                if m:
                    problems.append(f"{where}: mojibake-like {m.group()!r} outside spans ({lab})")
        styles = {s for s, _ in counts}
        fam_counts = {}
        print(f"{path}: {len(ids)} records, {len(styles)} styles")
    for p in problems[:60]:
        print("PROBLEM", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("verify: OK")
    return 0


def summary(recs):
    out = {}
    for rec in recs:
        k = (rec["family"], rec["label"])
        out[k] = out.get(k, 0) + 1
    return out


def style_table(path):
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            d = rows.setdefault(rec["style"], {"family": rec["family"], "pos": 0, "neg": 0, "ex": None})
            if rec["label"] == "negative":
                d["neg"] += 1
            else:
                d["pos"] += 1
                if d["ex"] is None or len(rec["text"]) < len(d["ex"][0]):
                    d["ex"] = (rec["text"], rec["spans"])
    lines = ["| style | family | positives | negatives | example (first damaged/placeholder stretch in context) |",
             "|---|---|---|---|---|"]
    for st in sorted(rows):
        d = rows[st]
        ex = ""
        if d["ex"]:
            text, spans = d["ex"]
            a, b = spans[0]
            ctx = text[max(0, a - 12):a] + "⟦" + text[a:b][:40] + "⟧" + text[b:b + 12]
            ex = ctx.replace("\n", "⏎").replace("|", "\\|").replace("`", "'")
        lines.append(f"| {st} | {d['family']} | {d['pos']} | {d['neg']} | {ex} |")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+")
    ap.add_argument("--style-table")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error("--seed N --out FILE, or --verify FILE..., or --style-table FILE")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    s = summary(recs)
    print(f"wrote {len(recs)} records, {len({r['style'] for r in recs})} styles to {a.out}: "
          + ", ".join(f"{f}/{l}={n}" for (f, l), n in sorted(s.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
